"""The type kinds of round 14's types corpus: machine mail known by the sentences only a system writes, and a person
who pastes one beside a request of theirs; a change still wanted while its value waits; the ways a how-to question
is asked; "the notice below" received, not handed over."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.intent import nothing_to_do, said_for_later
from daemon.classify.model import RequestType
from daemon.classify.questions_asked import how_to_questions
from daemon.classify.rules_change import STILL_WANTED
from daemon.classify.telling import plan_told_ahead
from parsers.automail import ScreeningContext, screen
from parsers.message import parse_message

CONTEXT = ScreeningContext(frozenset({"helpdesk-p4m@polibatam.ac.id"}), "helpdesk-p4m@polibatam.ac.id")


def _screened(subject: str, body: str, sender: str = "Sistem Arsip <arsip@unit.example.ac.id>") -> bool:
    raw = (
        f"From: {sender}\r\nTo: helpdesk-p4m@polibatam.ac.id\r\nSubject: {subject}\r\n"
        f"Message-ID: <k1@unit.example.ac.id>\r\n\r\n{body}\r\n"
    ).encode()
    return screen(parse_message(raw), CONTEXT).is_machine


@pytest.mark.parametrize(
    ("subject", "body", "machine"),
    [
        # a signature service, a ticket's status, an export, a notifier's footer, a reply-above line
        ("Arsip: kontrak lisensi", 'Berkas "Kontrak Lisensi" telah ditandatangani oleh semua pihak.', True),
        ("Contract done", "Your contract has been signed by all signers. View it online.", True),
        ("Ticket 551 updated", 'Your request 551 "Need a form" is now in progress.', True),
        ("Ekspor", "Permintaan ekspor Anda telah selesai diproses. Unduh dari menu Riwayat.", True),
        ("Kuis baru", "Kuis 2 dibuka.\n\nAnda mendapat pemberitahuan ini sebagai pengajar kursus.", True),
        (
            "Tiket 7 diperbarui",
            "##- Ketik balasan Anda di atas baris ini -##\n\nTiket Anda (7) telah diperbarui.",
            True,
        ),
        # a digest carries its members' questions and is still a digest
        ("Dosen-TI Digest, Vol 3, Issue 2", "Today's Topics:\n\n1. Ada yang tahu cara ganti key?", True),
        ("Ringkasan untuk staf@googlegroups.com - 3 pembaruan dalam 1 topik", "Formulir di mana ya?", True),
        ("Ringkasan forum Basis Data", "Re: kapan kuis?\n\nUbah preferensi digest forum Anda: https://x", True),
        # a person pasting the same sentences asks something with them
        ("surat kontrak", 'Sistem bilang "telah ditandatangani oleh semua pihak". Mohon kirim PDF-nya.', False),
        ("Fwd: Dosen-TI Digest, Vol 3, Issue 2", "Pesan pertama itu dari saya: mohon key diganti.", False),
        ("ekspor gagal", "Permintaan ekspor Anda telah selesai, katanya, tapi filenya kosong. Kenapa ya?", False),
    ],
)
def test_a_systems_own_sentences_and_a_person_pasting_them(subject: str, body: str, machine: bool) -> None:
    assert _screened(subject, body) is machine


def _type(subject: str, text: str, *, is_reply: bool = False) -> RequestType:
    request = ClassifierInput(subject, text, datetime(2028, 7, 1, tzinfo=UTC), is_reply=is_reply)
    return classify(request).type


def test_a_change_still_wanted_while_its_value_waits_is_asked() -> None:
    text = "Belum tahu siapa penggantinya, masih rapat. Tapi pengampu MK Geologi tetap harus diganti ya."
    assert _type("Re: pengampu Geologi", text, is_reply=True) is RequestType.COURSE_DATA
    kept, later = said_for_later("Ya tetap diganti, cuma namanya belum pasti.")
    assert "tetap diganti" in kept and not later


def test_the_old_value_kept_is_no_change_still_wanted() -> None:
    assert re.search(STILL_WANTED, "nama lama tetap dipakai saja") is None
    assert re.search(STILL_WANTED, "the course still needs to be renamed") is not None


@pytest.mark.parametrize(
    "text",
    [
        "Where in the gradebook can a tutor reset the weights?",
        "Di menu mana ya dosen bisa atur tanggal kuis?",
        "Is there a way for teachers to hide a section?",
        "Dosen bisa ngunci forum dewek apa ora?",
    ],
)
def test_ways_a_how_to_question_is_asked(text: str) -> None:
    assert how_to_questions("tanya", text)[2] is not None


def test_where_a_file_is_fetched_asks_for_the_file() -> None:
    assert how_to_questions("template", "Where can I download the exam template?")[2] is None


@pytest.mark.parametrize(
    "text",
    [
        "i only want to know how it works",
        "mung pengin ngerti wae",
        "we have not decided anything",
        "belum arep ngubah apa-apa",
    ],
)
def test_nothing_to_do_said_in_new_ways(text: str) -> None:
    assert nothing_to_do(text) is not None


def test_a_condition_and_a_request_to_come_are_told_ahead() -> None:
    text = "kalau memungkinkan, kami akan mengajukan permohonan resmi minggu depan"
    assert plan_told_ahead(text) is not None
    assert plan_told_ahead("kalau bisa sendiri, menunya di mana") is None


def test_a_notice_received_is_no_announcement_to_publish() -> None:
    text = "I got the notice below saying my quiz closed, but students still see it open. Could you check?"
    assert _type("quiz still open", text) is not RequestType.ANNOUNCEMENT
    assert _type("notice", "Please post this notice on the front page: the library closes at 3 pm.") is (
        RequestType.ANNOUNCEMENT
    )

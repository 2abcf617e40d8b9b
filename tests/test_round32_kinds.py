"""Kinds missed when held-out part34 was opened (as tune56), in voices it does not use: a scanner's scan-to-email
message is machine mail (a person sending on a scan is not); a question where a setting is, the work kept for
oneself, is a question about e-learning; a reply that corrects the code and says the request stands as quoted asks
what the quoted mail asks, for the course it names, not for the course a bracket names aside."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.fields import extract_fields
from daemon.classify.model import RequestType
from parsers.automail import ScreeningContext, screen
from parsers.message import parse_message

CONTEXT = ScreeningContext(frozenset({"helpdesk-p4m@polibatam.ac.id"}), "helpdesk-p4m@polibatam.ac.id")
AT = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)


def _mail(sender: str, subject: str, body: str) -> bytes:
    return (
        f"From: {sender}\r\nTo: helpdesk-p4m@polibatam.ac.id\r\nSubject: {subject}\r\n"
        f"Message-ID: <s1@mail.example>\r\nDate: Thu, 03 Dec 2026 02:00:00 +0000\r\n\r\n{body}\r\n"
    ).encode()


SCANS = (
    pytest.param(
        "HP LaserJet MFP <scanner-gu3@polibatam.ac.id>",
        "Scan to Email from HP LaserJet MFP M428",
        "Scanned document attached.\r\n",
        True,
        id="hp-scan-to-email-subject",
    ),
    pytest.param(
        "Ricoh Ruang Dosen <mfp-tm@polibatam.ac.id>",
        "Scan",
        'This E-mail was sent from "RNP00267E3A1B2" (MP C3004).\r\n\r\nQueries to: mfp-tm@polibatam.ac.id\r\n',
        True,
        id="ricoh-own-sentence",
    ),
    pytest.param(
        "Brother MFC <brother-lab@polibatam.ac.id>",
        "Scanned image from MFC-L2750DW",
        "\r\n",
        True,
        id="brother-subject",
    ),
    pytest.param(
        "Sri Wahyuni <sri.wahyuni@polibatam.ac.id>",
        "Fwd: Scanned from a Xerox Multifunction Printer",
        "Pak, ini scan surat permohonan dari Kaprodi, mohon diproses ya.\r\n\r\n"
        "---------- Forwarded message ---------\r\nPlease open the attached document. It was scanned and sent to you "
        "using a Xerox Multifunction Printer.\r\n",
        False,
        id="a-person-sending-on-a-scan",
    ),
)


@pytest.mark.parametrize(("sender", "subject", "body", "machine"), SCANS)
def test_a_scanners_message_is_machine_mail(sender: str, subject: str, body: str, machine: bool) -> None:
    verdict = screen(parse_message(_mail(sender, subject, body)), CONTEXT)
    assert verdict.is_machine is machine, verdict.summary


HOW_TO = (
    pytest.param(
        "Tanya setting forum anonim",
        'Halo P4M,\n\nKami dari Pusat Karier sedang menyiapkan course "Persiapan Kerja" di e-learning. Kami ingin '
        "mahasiswa bisa self-enrol tanpa enrolment key, dan forum tanya jawabnya anonim supaya mahasiswa tidak malu "
        "bertanya.\n\nApakah bisa di Moodle kita? Kalau bisa, pengaturannya di menu mana? Kami atur sendiri saja, "
        "cukup diberi tahu caranya.\n\nTerima kasih",
        RequestType.ELEARNING_SUPPORT,
        id="where-the-setting-is-and-only-the-way",
    ),
    pytest.param(
        "Enrolment key setting",
        'Hello, for our short course "Basic Welding Safety" I want participants to self-enrol without any enrolment '
        "key. Where do I find that setting? Just tell me how, I'll do it.\nThanks",
        RequestType.ELEARNING_SUPPORT,
        id="where-do-i-find-that-setting",
    ),
    pytest.param(
        "Enrolment key",
        "Pak, enrolment key MK AK2103 mohon diganti jadi Biaya2027. Kalau bisa sekalian ajari saya caranya ganti "
        "sendiri lain kali.",
        RequestType.COURSE_DATA,
        id="guard-the-change-asked-and-the-way-for-next-time",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), HOW_TO)
def test_where_a_setting_is_asked_is_support(subject: str, text: str, expected: RequestType) -> None:
    assert classify(ClassifierInput(subject, text, AT, False, "")).type is expected


QUOTE = (
    "Pada Sen, 30 Nov 2026 pukul 09.00 Rudi <rudi@polibatam.ac.id> menulis:\n> Yth. P4M,\n> Mohon nama dosen MK "
    "TM2280 Termodinamika di e-learning diganti menjadi Ir. Bambang Sutejo, M.T.\n> Terima kasih.\n"
)


def test_a_code_corrected_and_the_request_standing_as_quoted() -> None:
    text = (
        "Maaf Pak/Bu, ada salah ketik di email saya kemarin. Kode MK-nya TM2208, bukan TM2280 (TM2280 itu MK "
        "Mekanika Teknik). Permintaan lainnya tetap seperti di bawah.\n\nSalam,\nRudi"
    )
    fields, _ = extract_fields(RequestType.COURSE_DATA, "Re: Ganti dosen MK Termodinamika", text, AT, QUOTE)
    assert (fields.course_code, fields.course_name) == ("TM2208", "Termodinamika")
    assert fields.changes == (("lecturer", "Ir. Bambang Sutejo, M.T."),)


def test_the_rest_of_my_request_is_as_below() -> None:
    quote = (
        "On Mon, 30 Nov 2026 at 10:00, Priya <priya@polibatam.ac.id> wrote:\n> Hello, please change the enrolment "
        "key of LG3150 Port Operations to Harbour#2027.\n> Thanks\n"
    )
    text = (
        "Sorry, small correction to my mail below: the course code is LG3105, not LG3150. The rest of my request is "
        "as below.\n\nThanks, Priya"
    )
    fields, _ = extract_fields(RequestType.COURSE_DATA, "Re: Enrolment key", text, AT, quote)
    assert fields.changes == (("enrolment_key", "Harbour#2027"),)


def test_a_reply_that_disagrees_asks_nothing_of_the_quote() -> None:
    text = "Maaf, yang di bawah itu salah kirim, tolong diabaikan dulu ya.\n\nSalam,\nRudi"
    fields, _ = extract_fields(RequestType.COURSE_DATA, "Re: Ganti dosen MK Termodinamika", text, AT, QUOTE)
    assert fields.changes == ()


ACCOUNTS = (
    pytest.param(
        "Akun tamu e-learning untuk asesor BAN-PT",
        "Yth. Tim Helpdesk P4M,\n\nMohon dibuatkan akun tamu (hanya bisa melihat, tidak bisa mengubah) untuk dua "
        "asesor berikut, aktif dari 2 sampai 5 Desember 2026:\n1. Dr. Yusuf Hamdani, M.T. - yusuf@asesor.example.id\n"
        "2. Dr. Maria Lestari, M.Kom. - maria@asesor.example.id\n\nAkses cukup ke seluruh mata kuliah semester ganjil "
        "2026/2027 di kategori Teknik Mesin.\n\nTerima kasih.",
        RequestType.ELEARNING_SUPPORT,
        id="guest-accounts-for-assessors",
    ),
    pytest.param(
        "Guest access for our industry partner",
        "Dear team, could you set up guest access to EL3205 Industrial Control for Mr. Tan from PT Schneider, read "
        "only, until 31 January? He should not be able to change anything. Thanks, Wira",
        RequestType.ELEARNING_SUPPORT,
        id="guest-access-read-only",
    ),
    pytest.param(
        "Dosen tamu",
        "Yth. P4M, mohon nama dosen MK EL3205 Kendali Industri diganti menjadi Dr. Tan Wei Ming (dosen tamu dari "
        "PT Schneider). Terima kasih.",
        RequestType.COURSE_DATA,
        id="guard-a-guest-lecturer-named-as-the-new-lecturer",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), ACCOUNTS)
def test_an_account_made_for_a_guest_is_support(subject: str, text: str, expected: RequestType) -> None:
    assert classify(ClassifierInput(subject, text, AT, False, "")).type is expected


FROM_TO = (
    pytest.param(
        "Semester of Fluid Mechanics",
        "About Fluid Mechanics (TM2205): the semester must be changed from Semester 3 to Semester 4. Thank you.",
        RequestType.COURSE_DATA,
        id="semester-must-be-changed-from-to-then-thanks",
    ),
    pytest.param(
        "Kelas Gambar Teknik",
        "Kelas MK TM1102 Gambar Teknik diubah dari kelas TM 1A Pagi ke TM 1A Malam. Terima kasih banyak.",
        RequestType.COURSE_DATA,
        id="kelas-diubah-dari-ke-then-thanks",
    ),
    pytest.param(
        "tanya",
        "Halo, semester ini saya mau ganti kelas dari pagi jadi malam, bisa tidak ya login e-learning saya tetap sama?",
        RequestType.ELEARNING_SUPPORT,
        id="guard-a-student-changing-class-asks-about-login",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), FROM_TO)
def test_a_change_from_the_old_value_closed_with_thanks_is_asked(
    subject: str, text: str, expected: RequestType
) -> None:
    assert classify(ClassifierInput(subject, text, AT, False, "")).type is expected

"""Quote, signature and forward handling for every client format the helpdesk sees."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from daemon.classify.message_text import body_parts
from parsers.body import split_body, split_html
from parsers.message import parse_message
from tests.conftest import SAMPLES

NEW = "Mohon ganti nama MK IF201 menjadi Sistem Basis Data."
QUOTE = "Yth. Bapak, permintaan Anda sudah kami terima."


@pytest.mark.parametrize(
    ("name", "body"),
    [
        (
            "gmail-id-wrapped",
            f"{NEW}\n\nPada Sen, 23 Nov 2026 pukul 10.15 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\n"
            f"menulis:\n> {QUOTE}\n",
        ),
        ("gmail-id-one-line", f"{NEW}\n\nPada Sen, 23 Nov 2026 pukul 10.15 Helpdesk P4M menulis:\n> {QUOTE}\n"),
        (
            "gmail-mobile-id",
            f"{NEW}\n\nPada tanggal Sen, 23 Nov 2026 10.15, Helpdesk P4M <helpdesk-p4m@"
            f"polibatam.ac.id> menulis:\n\n> {QUOTE}\n",
        ),
        (
            "gmail-en",
            f"{NEW}\n\nOn Mon, Nov 23, 2026 at 10:15 AM Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\n"
            f"wrote:\n> {QUOTE}\n",
        ),
        (
            "outlook-id",
            f"{NEW}\n\n________________________________\nDari: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\n"
            f"Dikirim: Senin, 23 November 2026 10.15\nKepada: Budi <budi@polibatam.ac.id>\n"
            f"Subjek: [P4M #1] Perubahan\n\n{QUOTE}\n",
        ),
        (
            "outlook-en",
            f"{NEW}\n\nFrom: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nSent: Monday, November 23, 2026 "
            f"10:15 AM\nTo: Budi <budi@polibatam.ac.id>\nSubject: [P4M #1] Perubahan\n\n{QUOTE}\n",
        ),
        ("pesan-asli", f"{NEW}\n\n-----Pesan Asli-----\nDari: Helpdesk P4M\nTerkirim: Senin\n\n{QUOTE}\n"),
        ("original-message", f"{NEW}\n\n-----Original Message-----\nFrom: Helpdesk P4M\n\n{QUOTE}\n"),
        (
            "zimbra",
            f'{NEW}\n\n----- Pesan Asli -----\nDari: "Helpdesk P4M" <helpdesk-p4m@polibatam.ac.id>\n\n{QUOTE}\n',
        ),
        ("angle-runs", f"> {QUOTE}\n> Salam\n\n{NEW}\n"),
        (
            "iphone",
            f"{NEW}\n\nDikirim dari iPhone saya\n\n> Pada 23 Nov 2026, pukul 10.15, Helpdesk P4M menulis:\n"
            f">\n> {QUOTE}\n",
        ),
    ],
)
def test_plain_quote_formats_keep_only_the_new_text(name: str, body: str) -> None:
    parts = split_body(body)
    assert NEW in parts.new, name
    assert QUOTE not in parts.new, name


def test_signature_is_cut() -> None:
    parts = split_body(f"{NEW}\n\n-- \nBudi Santoso\nDosen TI\n")
    assert parts.new == NEW


@pytest.mark.parametrize(
    "html",
    [
        f'<div dir="ltr">{NEW}</div><br><div class="gmail_quote"><div class="gmail_attr">Pada Sen menulis:</div>'
        f'<blockquote class="gmail_quote">{QUOTE}</blockquote></div>',
        f'<p>{NEW}</p><blockquote type="cite">{QUOTE}</blockquote>',
        f'<div>{NEW}</div><hr style="display:inline-block"><div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Helpdesk'
        f"</div><div>{QUOTE}</div>",
        f'<div>{NEW}</div><div class="yahoo_quoted"><div>{QUOTE}</div></div>',
    ],
)
def test_html_quote_containers_are_cut(html: str) -> None:
    parts = split_html(html)
    assert NEW in " ".join(parts.new.split())
    assert QUOTE not in parts.new


def test_html_only_reply_is_read_without_the_quote() -> None:
    message = EmailMessage()
    message["From"] = "budi@polibatam.ac.id"
    message["Subject"] = "Re: [P4M #1] Perubahan"
    message.set_content(f'<div>{NEW}</div><div class="gmail_quote">{QUOTE}</div>', subtype="html")
    parts = body_parts(parse_message(message.as_bytes()))
    assert NEW in " ".join(parts.new.split()) and QUOTE not in parts.new


def test_inline_forward_keeps_the_forwarded_request_as_content(corpus: Path) -> None:
    parts = body_parts(parse_message((SAMPLES / "031-fwd-kaprodi-mekanika-teknik.eml").read_bytes()))
    assert "Berikut saya teruskan" in parts.new
    assert "MS2105" in parts.forwarded and "Ir. Bambang Sutrisno" in parts.forwarded
    assert "Dikirim:" not in parts.forwarded


def test_gmail_forward_marker_keeps_the_forwarded_request() -> None:
    body = (
        "Tolong dibantu ya.\n\n---------- Forwarded message ---------\nFrom: Kaprodi <k@polibatam.ac.id>\n"
        "Date: Mon, 23 Nov 2026\nSubject: Ganti SKS\nTo: Budi\n\nMohon SKS MK IF201 diubah menjadi 3 SKS.\n"
    )
    parts = split_body(body, is_forward=True)
    assert parts.new == "Tolong dibantu ya."
    assert parts.forwarded == "Ganti SKS\n\nMohon SKS MK IF201 diubah menjadi 3 SKS."


@pytest.mark.parametrize(
    "mark",
    ["Begin forwarded message:", "Awal pesan yang diteruskan:", "---------- Forwarded message ---------"],
)
def test_a_forward_quoted_with_marks_is_read_without_them(mark: str) -> None:
    """Apple Mail on a phone quotes the whole forwarded message with "> ", its header block too."""
    body = (
        f"Approved, please proceed.\n\nSent from my iPhone\n\n{mark}\n\n"
        "> From: Wulan Sari <wulan@polibatam.ac.id>\n> Date: 3 December 2026 at 20:11:05 GMT+7\n"
        "> To: Head of Department <hod@polibatam.ac.id>\n> Subject: Credits of EL2204\n>\n"
        "> Dear Sir,\n>\n> Could the credits of EL2204 Sistem Kendali on e-learning be changed\n"
        "> to 4 SKS? The page still shows 3.\n>\n> Kind regards,\n> Wulan\n"
    )
    parts = split_body(body, is_forward=True)
    assert parts.new.startswith("Approved, please proceed.")
    assert parts.forwarded.startswith("Credits of EL2204\n\nDear Sir,")
    assert "changed\nto 4 SKS?" in parts.forwarded and ">" not in parts.forwarded
    assert "wulan@polibatam.ac.id" not in parts.forwarded


def test_forward_as_attachment_is_classified_on_the_attached_message() -> None:
    from datetime import UTC, datetime

    from daemon.classify.message_text import classify_message

    inner = EmailMessage()
    inner["From"] = "kaprodi@polibatam.ac.id"
    inner["Subject"] = "Pengumuman kuis"
    inner.set_content(
        "Mohon diumumkan di course Jaringan Komputer (IF2206):\n\nJudul: Kuis 3 Diundur\n"
        "Isi: Kuis 3 diundur ke minggu depan.\n"
    )
    outer = EmailMessage()
    outer["From"] = "staf.jurusan@polibatam.ac.id"
    outer["Subject"] = "Fwd: Pengumuman kuis"
    outer.set_content("Diteruskan.")
    outer.add_attachment(inner)
    result, _ = classify_message(parse_message(outer.as_bytes()), "P4M", datetime(2026, 11, 23, tzinfo=UTC))
    assert result.type.value == "announcement"
    assert result.fields.course_code == "IF2206"
    assert result.fields.title == "Kuis 3 Diundur"


@pytest.mark.parametrize(
    "intro",
    ["Mohon dipasang pengumuman berikut di kelas saya:", "Could you post the following announcement, please?"],
)
def test_a_new_message_keeps_the_text_it_introduces_as_a_quote(intro: str) -> None:
    body = f"{intro}\n\n> Kuis 3 Ditunda\n> Kuis 3 ditunda ke minggu depan.\n\nTerima kasih\n"
    parts = split_body(body)
    assert "Kuis 3 Ditunda\nKuis 3 ditunda ke minggu depan." in parts.new
    # a reply's quote is still the earlier message
    assert "Kuis 3 Ditunda" not in split_body(body, is_reply=True).new


def test_a_plain_blockquote_under_an_introduction_is_the_new_text() -> None:
    html = (
        "<p>Please put up the following announcement in my course.</p>"
        "<blockquote><b>Lab session cancelled</b><br>The lab on Monday is cancelled.</blockquote><p>Regards</p>"
    )
    assert "Lab session cancelled" in split_html(html).new

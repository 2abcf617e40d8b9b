"""Commands, sender authentication and ratings, as pure functions."""

from __future__ import annotations

import pytest

from daemon.outgoing.reply_address import signed_reply_address, signed_ticket
from daemon.pipeline.rating import read_rating
from daemon.staff.authentication import authentication_passes, check_staff
from daemon.staff.commands.parsing import parse_staff_reply
from parsers.message import parse_message

TRUSTED = ("mx.polibatam.ac.id",)


def mail(headers: str, sender: str = "rina.staf@polibatam.ac.id") -> bytes:
    return f"From: Rina <{sender}>\r\nSubject: Re: [P4M #3] x\r\n{headers}\r\nok\r\n".encode()


@pytest.mark.parametrize(
    ("header", "passes"),
    [
        ("Authentication-Results: mx.polibatam.ac.id; dkim=pass header.d=polibatam.ac.id", True),
        ("Authentication-Results: mx.polibatam.ac.id 1; dmarc=pass (p=none) header.from=polibatam.ac.id", True),
        ("Authentication-Results: mx.polibatam.ac.id; dkim=pass header.i=@polibatam.ac.id", True),
        ("Authentication-Results: mx.polibatam.ac.id; dkim=fail header.d=polibatam.ac.id", False),
        ("Authentication-Results: mx.polibatam.ac.id; dkim=pass header.d=gmail.com", False),
        ("Authentication-Results: evil.example; dkim=pass header.d=polibatam.ac.id", False),
        ("Authentication-Results: mx.polibatam.ac.id; spf=pass smtp.mailfrom=polibatam.ac.id", False),
    ],
)
def test_authentication_results(header: str, passes: bool) -> None:
    assert (authentication_passes(parse_message(mail(header + "\r\n")), TRUSTED) is not None) is passes


def test_signed_reply_address_round_trip_and_forgery() -> None:
    key = b"secret"
    address = signed_reply_address("helpdesk-p4m@polibatam.ac.id", key, 12)
    assert address.startswith("helpdesk-p4m+12-") and address.endswith("@polibatam.ac.id")
    good = parse_message(mail(f"To: {address}\r\n"))
    assert signed_ticket(good, "helpdesk-p4m@polibatam.ac.id", key) == 12
    forged = parse_message(mail(f"To: {address.replace('+12-', '+13-')}\r\n"))
    assert signed_ticket(forged, "helpdesk-p4m@polibatam.ac.id", key) is None
    assert check_staff(
        good, ("rina.staf@polibatam.ac.id",), TRUSTED, "helpdesk-p4m@polibatam.ac.id", key, 12
    ).authenticated
    assert not check_staff(
        good, ("rina.staf@polibatam.ac.id",), TRUSTED, "helpdesk-p4m@polibatam.ac.id", key, 11
    ).authenticated, "a signature for another ticket proves nothing here"
    outsider = parse_message(mail(f"To: {address}\r\n", sender="budi@polibatam.ac.id"))
    assert not check_staff(
        outsider, ("rina.staf@polibatam.ac.id",), TRUSTED, "helpdesk-p4m@polibatam.ac.id", key, 12
    ).is_staff_address


def test_a_staff_address_among_several_authors_is_not_authenticated() -> None:
    header = "Authentication-Results: mx.polibatam.ac.id; dkim=pass header.d=polibatam.ac.id\r\n"
    raw = f"From: rina.staf@polibatam.ac.id, mallory@evil.example\r\nSubject: Re: [P4M #3] x\r\n{header}\r\nok\r\n"
    check = check_staff(parse_message(raw.encode()), ("rina.staf@polibatam.ac.id",), TRUSTED, "h@x.id", None, 3)
    assert check.is_staff_address and not check.authenticated and "unclear sender" in check.how


def test_commands_at_the_top_only() -> None:
    reply = parse_staff_reply("#resolve\n#assign dedi\n\nSudah beres.\n#close di tengah bukan perintah")
    assert [c.verb for c in reply.commands] == ["resolve", "assign"]
    assert reply.argument("assign") == "dedi"
    assert reply.text.startswith("Sudah beres.") and "#close di tengah" in reply.text
    assert reply.problems == ()


def test_malformed_commands_are_reported() -> None:
    reply = parse_staff_reply("#type\n#frobnicate\n#type weird\nteks")
    assert len(reply.problems) == 3


def test_text_command_takes_the_rest() -> None:
    reply = parse_staff_reply("#approve\n#text\nJudul baru\nIsi baru.")
    assert reply.has("approve") and reply.argument("text") == "Judul baru\nIsi baru."


@pytest.mark.parametrize(
    ("text", "rating"),
    [
        ("5", 5),
        ("4/5", 4),
        ("Nilai 3, terima kasih", 3),
        ("sangat puas", 5),
        ("Kurang puas", 2),
        ("very satisfied, thanks!", 5),
        ("2 dari 5", 2),
        ("Masih error, tolong dicek lagi", None),
        ("Kode MK saya IF201 belum berubah", None),
        ("10", None),
        ("", None),
    ],
)
def test_ratings(text: str, rating: int | None) -> None:
    assert read_rating(text) == rating

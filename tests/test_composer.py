"""Plain-text replies encoded in C read back exactly as the email package's own encoding would."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email import message_from_bytes, policy

import pytest
from hypothesis import given
from hypothesis import strategies as st

from daemon.outgoing.composer import _WIRE, OutgoingMail, Sender, _plain_part, _text_part, compose

BARE_LINE_END = re.compile(rb"(?<!\r)\n|\r(?!\n)")
# Characters that stress quoted-printable: line ends of every kind, '=', white space, non-ASCII, controls.
# No lone surrogates: text holding one cannot be UTF-8, and both encoders refuse it alike.
TRICKY = st.text(
    alphabet=st.sampled_from(list("ab =.\t\r\n\x0b\x85é€\u2028 ")) | st.characters(exclude_categories=["Cs"]),
    max_size=400,
)


@given(TRICKY)
def test_plain_part_reads_back_as_the_email_package_writes_it(text: str) -> None:
    ours = _plain_part(text)
    theirs = _text_part(text, "plain").as_bytes(policy=_WIRE)
    assert message_from_bytes(ours).get_payload(decode=True) == message_from_bytes(theirs).get_payload(decode=True)
    _head, _, body = ours.partition(b"\r\n\r\n")
    assert not BARE_LINE_END.search(body)
    assert max(len(line) for line in body.split(b"\r\n")) <= 76  # RFC 2045


def test_a_line_ending_in_white_space_stays_within_76_characters() -> None:
    # binascii writes such a line as 77 characters ("...=20"): the email package's encoding is used instead.
    text = "x" * 74 + " \nnext"
    body = _plain_part(text).partition(b"\r\n\r\n")[2]
    assert max(len(line) for line in body.split(b"\r\n")) <= 76
    assert message_from_bytes(_plain_part(text)).get_payload(decode=True) == text.replace("\n", "\r\n").encode()


def test_a_composed_receipt_is_crlf_quoted_printable_utf8() -> None:
    mail = OutgoingMail(to=("dosen@polibatam.ac.id",), subject="Ubah SKS", body="Terima kasih, Bapak/Ibu — #12 = OK.\n")
    raw = compose(
        mail, Sender("helpdesk@p4m.id", "Helpdesk P4M", "x"), "<m@p4m.id>", datetime(2026, 11, 29, tzinfo=UTC)
    )
    assert not BARE_LINE_END.search(raw)
    parsed = message_from_bytes(raw, policy=policy.default)
    assert parsed["Content-Transfer-Encoding"] == "quoted-printable"
    assert parsed.get_content().replace("\r\n", "\n") == "Terima kasih, Bapak/Ibu — #12 = OK.\n"


def test_text_with_a_lone_surrogate_is_refused_as_before() -> None:
    with pytest.raises(UnicodeEncodeError):
        _text_part("\ud800", "plain").as_bytes(policy=_WIRE)
    with pytest.raises(UnicodeEncodeError):
        _plain_part("\ud800")

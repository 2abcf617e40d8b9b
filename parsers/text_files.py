"""Decode an attached text file as its writer saved it (a byte-order mark, the declared charset, UTF-8, else
windows-1252) and read the text of an RTF file."""

from __future__ import annotations

import codecs
from collections.abc import Callable

from striprtf import striprtf

# striprtf ships its types marker but leaves this function unannotated.
_rtf_to_text: Callable[..., str] = striprtf.rtf_to_text

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _utf16_without_bom(start: bytes) -> str | None:
    """UTF-16 saved without a mark shows as a NUL byte beside every ASCII letter: on the odd bytes for little-endian,
    the even ones for big-endian."""
    if len(start) < 8 or start.count(0) < len(start) // 4:
        return None
    odd, even = start[1::2].count(0), start[0::2].count(0)
    if odd >= 4 * max(even, 1):
        return "utf-16-le"
    if even >= 4 * max(odd, 1):
        return "utf-16-be"
    return None


def _known(charset: str) -> str | None:
    try:
        return codecs.lookup(charset).name if charset else None
    except LookupError:
        return None


def decode_text(content: bytes, declared: str = "") -> str:
    """The text of a file cut from its start (so its last character may be split): a mark says the charset before
    the mail does (Notepad's "Unicode" is UTF-16 whatever the mail says), and bytes that are valid UTF-8 are UTF-8
    (a mail client declares its own default charset for any file); a declared charset that does not fit the bytes is
    not trusted."""
    for mark, marked in _BOMS:
        if content.startswith(mark):
            return codecs.getincrementaldecoder(marked)("replace").decode(content, final=False)
    guessed = _utf16_without_bom(content[:512])
    candidates: tuple[str | None, ...] = (guessed, "utf-8", _known(declared))
    for charset in candidates:
        if charset is None:
            continue
        try:
            return codecs.getincrementaldecoder(charset)().decode(content, final=False)
        except UnicodeDecodeError:
            continue
    # A text file written in Notepad is windows-1252 more often than not.
    return content.decode("windows-1252", "replace")


def rtf_text(content: bytes) -> str:
    """An RTF file's text (WordPad, Word "save as RTF"): the file is ASCII, its other characters escaped in the code
    page it names, which striprtf applies."""
    return _rtf_to_text(content.decode("latin-1"), errors="replace")

"""Recognise the notices a sharing or form service writes about a person's action, which relay none of their words."""

from __future__ import annotations

import re

from parsers.message import ParsedMessage

# A sharing service tells what a person did, in the third person, on a line of its own: "Lestari Handayani shared a
# document with you", "Pieter Vermeulen (p.v@x) shared a file with you", "Rahmat telah membagikan folder berikut:",
# "Nurul Hidayah membagikan file dengan Anda", "X has invited you to edit". The writer of a mail says "I shared" or
# "saya sudah membagikan": a line opening with the writer is not the service's.
_SHARED = re.compile(
    r"^[ \t]*+(?!(?:i|we|saya|kami|aku|kita|sudah|telah|have|has)\b)[^\W\d][^\n(:]{0,60}?"
    r"(?:[ \t]++\([^)\n]{1,80}+\))?+[ \t]++(?:has[ \t]++|telah[ \t]++)?+"
    r"(?:shared[ \t]++[^\n]{1,160}?\bwith[ \t]++you\b|"
    # a comment's notice: "X mentioned you in a comment", "X menyebut Anda dalam komentar"
    r"(?:mentioned|tagged)[ \t]++you[ \t]++in[ \t]++(?:a[ \t]++)?+comment|"
    r"(?:menyebut|menandai)[ \t]++anda[ \t]++(?:dalam|di)[ \t]++(?:sebuah[ \t]++)?+komentar|"
    r"membagikan[ \t]++(?:sebuah[ \t]++)?+(?:dokumen|file|berkas|folder|spreadsheet|presentasi|formulir|item|tautan|"
    r"\"[^\"\n]{1,120}+\")(?:[ \t]++berikut\b|[^\n]{0,80}?\bdengan[ \t]++anda\b)|"
    r"invited[ \t]++you[ \t]++to[ \t]++(?:edit|view|comment|collaborate)|"
    r"mengundang[ \t]++anda[ \t]++untuk[ \t]++(?:mengedit|melihat|berkomentar|berkolaborasi)|"
    # an access request and a file transfer: "X is requesting access to the following document", "X meminta akses ke
    # spreadsheet berikut", "X sent you some files", "X mengirimi Anda file"
    r"(?:is[ \t]++requesting|requested|meminta)[ \t]++(?:access|akses)[ \t]++(?:to|ke)[ \t]++"
    r"(?:the[ \t]++following\b|[^\n]{0,40}?\bberikut\b)|"
    r"sent[ \t]++you[ \t]++(?:some[ \t]++|a[ \t]++|\d++[ \t]++)?+(?:files?|documents?|folders?)\b|"
    r"mengirimi[ \t]++anda[ \t]++(?:file|berkas|dokumen))",
    re.IGNORECASE | re.MULTILINE,
)
# A form service tells that a person answered, without the answers: "Sri Wahyuni baru saja mengirimkan respons.",
# "Alan Brooks submitted a response". A form that relays the answers shows them as "Label: value" rows.
_RESPONDED = re.compile(
    r"^[ \t]*+(?!(?:i|we|saya|kami|aku|kita)\b)[^\W\d][^\n:]{0,60}?[ \t]++"
    r"(?:(?:baru[ \t]++saja[ \t]++|telah[ \t]++|sudah[ \t]++)?+mengirim(?:kan)?+[ \t]++(?:sebuah[ \t]++)?+"
    r"(?:respons|tanggapan|jawaban)|(?:has[ \t]++|just[ \t]++)?+(?:submitted|sent)[ \t]++(?:a[ \t]++)?+"
    r"(?:new[ \t]++)?+response)\b",
    re.IGNORECASE | re.MULTILINE,
)
# An answer a form relays: a label and a value that is not a link ("Kode mata kuliah: AK2105", "Request: Please ...").
_ANSWER_ROW = re.compile(r"^[ \t]*+[^\W\d][^:\n]{0,40}+:[ \t]*+(?!https?://)\S", re.MULTILINE)


def service_notice(message: ParsedMessage) -> str | None:
    """A sharing service's notice of what a person shared, or a form's notice that a person answered it (without the
    answers): the person it names in Reply-To and in its text did not write it."""
    if found := _SHARED.search(message.text):
        return f"a sharing service's notice ({found.group(0).strip()[:80]!r})"
    if (found := _RESPONDED.search(message.text)) and not _ANSWER_ROW.search(message.text):
        return f"a form's notice of a response ({found.group(0).strip()[:80]!r})"
    return None

"""What every value reader shares: where a value starts (past bars, colons, line breaks), quotes, and cleaning."""

from __future__ import annotations

import re
from collections.abc import Callable

from daemon.classify.wording import LIST_MARK, MONTH_WORD, TITLE_PREFIX

# A reader gets the text, where the value may start and where it must stop; it returns (value, end) or None.
Reader = Callable[[str, int, int], "tuple[str, int] | None"]

# Each opening quote and the marks that may close it: German „…“, Polish and Word's „…”, Swedish ”…”, »…«; a backtick
# is markdown's code mark ("enrolment key -> `Laut@Dalam`").
QUOTES = {'"': '"', "“": "”", "'": "'", "‘": "’", "«": "»", "„": "“”", "”": "”", "»": "«»", "‚": "‘’", "`": "`"}
NOT_A_NAME_START = re.compile(
    r"(?:mohon|tolong|saya|kami|ini|itu|yang|yg|dan|atau|di|ke|dari|untuk|agar|karena|sudah|belum|bisa|jadi|the|a|an|"
    r"it|this|that|please|is|are|be|to|of|and|or|so|we|i(?![ \t]+[A-Z][a-z])|you|sesuai|apa|kapan|dengan|"
    # the reader addressed: "..., jadi Bapak/Ibu cukup mengganti SKS-nya saja"
    r"(?:bapak|bpk|pak)[/-](?:ibu|bu)|(?:ibu|bu)[/-](?:bapak|pak)|anda|kalian)\b",
    re.IGNORECASE,
)
# "diganti Kamis depan", "change it Friday morning", "diubah 12 Oktober", "per 17/05": a moment is when the change is
# wanted, never its value.
_DAY = (
    r"senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday|besok|"
    r"lusa|tomorrow|today|tonight"
)
TIME_START = re.compile(
    rf"(?:(?:{_DAY})\b|\d{{1,2}}[ \t]+(?:{MONTH_WORD})\b|\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?(?![\w-]))",
    re.IGNORECASE,
)
FILLER_WORDS = re.compile(
    r"^(?:saja|aja|ya|yah|dong|deh|lagi|juga|the|a|an|it|itu|ini|yang|yg|baru|new|mohon|please|tolong|dan|and|"
    r"semester|sks|kelas|class|kode|code|course|mk|nya|di|ke|to|from|dari|menjadi|jadi|oleh|by|adalah|is|untuk|for)$",
    re.IGNORECASE,
)


# No-break, figure and narrow no-break spaces (Outlook and Word put them between words) read as plain spaces:
# `text.translate(SPACES)` before a reader's patterns meet the text.
SPACES = {0xA0: " ", 0x2007: " ", 0x202F: " "}


def clean_value(value: str) -> str:
    value = re.sub(r"\s+", " ", value).strip().strip("\"“”„'‘’‚«»").strip()
    return value.rstrip(",;:").strip()


# A line that opens a list item keeps its own line in a text.
_LIST_ITEM = re.compile(rf"\n[ \t]*(?={LIST_MARK}[ \t]+\S)")


def clean_text(value: str) -> str:
    """A course description as its writer laid it out: paragraphs and list items kept, the lines the mail client
    wrapped joined again (Moodle shows one paragraph per blank-line-separated block)."""
    paragraphs: list[str] = []
    for paragraph in re.split(r"\n[ \t]*\n\s*", value.strip()):
        lines = (" ".join(line.split()) for line in _LIST_ITEM.split(paragraph))
        laid_out = "\n".join(line for line in lines if line)
        # Outlook makes each line the writer typed a paragraph: a sentence broken off goes on in the next one.
        if paragraphs and laid_out[:1].islower() and not re.search(r"[.!?:\"”)]$", paragraphs[-1]):
            paragraphs[-1] += " " + laid_out
        else:
            paragraphs.append(laid_out)
    text = "\n\n".join(paragraph for paragraph in paragraphs if paragraph)
    return text.strip().strip("\"“”'‘’«»").strip().rstrip(",;:").strip()


def skip_to_value(text: str, start: int, limit: int) -> int:
    """Past spaces and a table's cell bar; past the line break when the value stands on the next line(s)
    ("menjadi:\n\n  X")."""
    position = start
    while position < limit and text[position] in " \t:|":
        position += 1
    newlines = 0
    while position < limit and text[position] in " \t\n" and newlines <= 2:
        newlines += text[position] == "\n"
        position += 1
    # "diganti jadi:\n- IF-1C Malam": the value set on a line of its own as a list item; the bullet is no part of it.
    # A list of several items ("The teaching team is:\n- A\n- B") is no one value.
    if newlines and (bullet := _BULLET.match(text, position, limit)) and not _NEXT_ITEM.match(text, bullet.end()):
        position = bullet.end()
    return position if newlines <= 2 else limit


_BULLET = re.compile(r"[-–•*▪][ \t]++(?=\S)")
_NEXT_ITEM = re.compile(r"[^\n]*+\n(?:[ \t]*+\n)*+[ \t]*+[-–•*▪][ \t]")


# "jadi *Statistika Bisnis Terapan* ya": Gmail's plain text of a bold (or italic) value marks it as quotes do.
_EMPHASIS = re.compile(r"(\*\*|[*_])(\S(?:[^*_\n]{0,200}?\S)?)\1(?![\w*])")


def quoted_value(text: str, start: int, limit: int) -> tuple[str, int] | None:
    opener = text[start : start + 1]
    if opener in "*_" and (emphasis := _EMPHASIS.match(text, start, limit)):
        return emphasis.group(2), emphasis.end()
    if opener not in QUOTES:
        return None
    closes = (text.find(mark, start + 1, min(limit, start + 300)) for mark in QUOTES[opener])
    close = min((found for found in closes if found >= 0), default=-1)
    if close < 0 or "\n\n" in text[start:close]:
        return None
    return text[start + 1 : close], close + 1


# "Kindly replace the name with Dr. Priya Nair", "the summary still mentions Mr. Tan; replace him with Ms. Linda
# Wong": a value that opens with a person's title or courtesy word is a person, never a course's name or description.
PERSON_FIRST = re.compile(rf"(?:{TITLE_PREFIX}|Bapak|Sdr|Sdri|Miss)[ \t]+[A-ZÀ-ÖØ-Þ]")


# "disesuaikan dengan SK Direktur Nomor 45/2027", "sesuai kurikulum 2027", "match SIAKAD": the document or system a
# name is to follow is where the new name is written, never the name itself.
SOURCE_FIRST = re.compile(
    r"(?:SK|S\.K\.|Surat|Keputusan|Peraturan|Pedoman|Ketentuan|SIAKAD|Siakad|KRS|RPS|Kurikulum[ \t]+\d{4}|"
    r"(?:Buku|Berita)[ \t]+\w+|Curriculum[ \t]+\d{4}|the[ \t]+(?:decree|letter|regulation|curriculum)|decree)(?![\w-])",
    re.IGNORECASE,
)

"""A pasted course settings screen ("Course full name", "Course short name", "Course summary", the value on the same
line or the next): the values it shows, when the sentence above it says they are the ones wanted."""

from __future__ import annotations

import re
from itertools import pairwise

from daemon.classify.change_words import cues
from daemon.classify.found_change import FoundChange
from daemon.classify.tables import read_cell
from daemon.classify.wording import sentence_around

# The labels of the course settings form, English and Indonesian; those that name no field of a request still mark
# the block as a settings screen ("Course category", "Course start date").
_SETTING = re.compile(
    r"^[ \t]*(?P<label>course[ \t](?:(?P<full>full[ \t]?name)|(?P<short>short[ \t]?name)|(?P<summary>summary)|"
    r"id[ \t]number|category|start[ \t]date|end[ \t]date|visibility|format|image)|"
    r"nama[ \t](?:(?P<full_id>lengkap)|(?P<short_id>singkat|pendek))[ \t](?:kursus|course)|"
    r"(?P<summary_id>ringkasan)[ \t](?:kursus|course)|kategori[ \t](?:kursus|course)|"
    r"tanggal[ \t](?:mulai|selesai)[ \t](?:kursus|course))\b[ \t]*:?[ \t]*(?P<value>[^\n]*)$",
    re.IGNORECASE | re.MULTILINE,
)
_FIELDS = {
    "full": "fullname",
    "full_id": "fullname",
    "short": "shortname",
    "short_id": "shortname",
    "summary": "summary",
    "summary_id": "summary",
}
# The lines above the screen ask for its values ("please set these", "with the values I need", "ubah menjadi
# berikut"), unless they say it shows what is there now ("sekarang tertulis:", "it currently shows:").
_ASKS = re.compile(
    r"\b(?:set|change|update|ubah|diubah|ganti|diganti|perbarui|diperbarui|sesuaikan|disesuaikan|menjadi|isikan|"
    r"diisi|new|baru|below|as\sfollows|berikut|sbb|should\sbe|seharusnya|(?:values?|nilai)\s(?:I|we|yang)\s\w+)\b",
    re.IGNORECASE,
)
_NOW = re.compile(
    r"\b(?:tertulis|currently|saat\sini|sekarang|skrg|masih|still|shows?|showing|muncul|existing|terlihat|tampil|"
    r"current)\b",
    re.IGNORECASE,
)
_STAYS = re.compile(
    r"\b(?:tetap|biarkan|keep|stays?|unchanged|no\schange|tidak\s(?:berubah|diubah)|as\sit\sis)\b", re.I
)


_SAME_LINE_MARK = re.compile(r"[ \t]*(?:->|-->|=>|→|➜|»|>>)[ \t]*(?:[A-Za-z][\w ]{0,20}?[ \t]*:[ \t]*|(?=\w))")


def _settings(text: str) -> list[tuple[str | None, str, int, int, int]]:
    """(field, value, label start, value start, value end) of each settings line; a label alone on its line takes
    the next line that is not a label of its own."""
    found = []
    for match in _SETTING.finditer(text):
        field = next((_FIELDS[name] for name in _FIELDS if match.group(name)), None)
        if match.group("value").strip():
            # "Course short name -> isi: X": the writer's mark on the label's own line leads to the value wanted.
            mark = _SAME_LINE_MARK.match(match.group("value"))
            start = match.start("value") + (mark.end() if mark else 0)
            value = "" if mark and _STAYS.search(mark.group(0)) else text[start : match.end("value")]
            found.append((field, value, match.start(), start, match.end("value")))
            continue
        following = re.compile(r"\n(?:[ \t]*\n)?[ \t]*([^\n]+)").match(text, match.end())
        if following and not _SETTING.match(text, following.start(1)):
            found.append((field, following.group(1), match.start(), following.start(1), following.end(1)))
        else:
            found.append((field, "", match.start(), match.end(), match.end()))
    return found


# "Course full name *  X\n   -> ganti: Y\nCourse short name *  Z\n   -> tetap": the writer marks under a line of the
# screen what to put there; the lines left unmarked, or marked to stay, change nothing.
_MARK = re.compile(
    r"\n[ \t]*(?:->|-->|=>|→|➜|»|>>)[ \t]*(?:(?P<verb>[A-Za-z][\w ]{0,20}?)[ \t]*:[ \t]*)?(?P<value>[^\n]*)"
)


def _marked(text: str, lines: list[tuple[str | None, str, int, int, int]], known: set[str]) -> list[FoundChange]:
    changes = []
    for field, _, _, _, end in lines:
        mark = _MARK.match(text, end)
        if field is None or field in known or not mark or not mark.group("verb") or _STAYS.search(mark.group(0)):
            continue
        if value := read_cell(field, mark.group("value")):
            at = text.find(value, mark.start("value"), mark.end("value") + 1)
            changes.append(
                FoundChange(field, value, f"settings screen, marked {mark.group('verb')}:", at, at + len(value))
            )
    return changes


def settings_screen(text: str, known: set[str]) -> list[FoundChange]:
    """The fields a pasted settings screen sets; one screen of two or more labels, a value already written elsewhere
    in the mail (the course's current name) or said to stay is not a change."""
    lines = _settings(text)
    if len(lines) < 2:
        return []
    first, last = lines[0][2], lines[-1][4]
    # Lines of the same screen follow one another: no paragraph of the writer's own between two labels, only marks.
    between = [text[one[4] : other[2]] for one, other in pairwise(lines)]
    if any(gap.strip() for gap in between):
        # A section's heading ("Description", "Appearance") may stand between two marked lines too.
        marked = all(
            not gap.strip() or _MARK.fullmatch(gap.rstrip(" \t\n")) or re.fullmatch(r"\s*[A-Z][a-z]+\s*", gap)
            for gap in between
        )
        return _marked(text, lines, known) if marked else []
    above = [line for line in text[:first].split("\n") if line.strip()][-2:]
    intro = " ".join(above)
    if not _ASKS.search(intro) or _NOW.search(intro):
        return []
    outside = f"{text[:first]} {text[last:]}".casefold()
    # "Short name biarkan saja", "Full name stays": a field said to stay under the screen is not asked.
    stays = {
        field for field, cue in cues(text[last:]) if _STAYS.search(text, *sentence_around(text, last + cue.start()))
    }
    changes = []
    for field, raw, _, start, end in lines:
        value = read_cell(field, raw) if field and field not in known | stays and raw.strip() else None
        if not value or field is None or value.casefold() in outside:
            continue
        at = text.find(value, start, end + 1)
        changes.append(FoundChange(field, value, "settings screen", at, at + len(value)))
    return changes

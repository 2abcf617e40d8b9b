"""Find an announcement's title, text, scope and publish time in the requester's mail."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from daemon.classify.dates import find_moment
from daemon.classify.wording import sentences, unwrap

_SITE = re.compile(
    r"halaman (?:depan|utama)|seluruh (?:pengguna|mahasiswa|civitas|dosen)|semua (?:mahasiswa|dosen|pengguna)|"
    r"pengumuman situs|site[- ]wide|front page|all (?:students|lecturers|users)|for all|untuk semua|"
    r"untuk seluruh|menjangkau seluruh|seluruh sivitas|site notice",
    re.IGNORECASE,
)
_PUBLISH = re.compile(
    r"tayang|ditayangkan|menayangkan|publish|post(?:ed|ing)?\b|dipasang|pasang|diumumkan|dipublikasikan|"
    r"\bmulai\b|schedul|jadwal tayang|muncul|sebagai pengumuman|appear|announce|umumkan|pin\b|share|terbit|"
    r"tampil|sebar|go live|naik(?:kan)?|pasang|post|di-post|upload|unggah",
    re.IGNORECASE,
)
_TITLE_LABEL = re.compile(r"(?im)^\s*(?:judul(?: pengumuman)?|title|subject|subjek)\s*:\s*(.*)$")
_BODY_LABEL = re.compile(r"(?im)^\s*(?:isi(?:nya)?|teks(?: lengkap(?: yang benar)?)?|body|text|konten)\s*:\s*(.*)$")


@dataclass(frozen=True)
class AnnouncementFields:
    title: str | None
    text: str | None
    scope: str
    publish_at: str | None


def _clean(value: str) -> str:
    return re.sub(r"\s+", " ", value).strip().strip('*"“”').strip()


def _paragraph(text: str) -> str:
    return re.split(r"\n\s*\n", text.strip(), maxsplit=1)[0].strip()


def _title_and_body(text: str) -> tuple[str | None, str | None, int]:
    """(title, body, index where the announcement itself starts)."""
    labelled = _TITLE_LABEL.search(text)
    if labelled:
        title = labelled.group(1).strip()
        rest = text[labelled.end() :]
        if not title:
            stripped = rest.lstrip("\n")
            title, _, rest = stripped.partition("\n")
        body_label = _BODY_LABEL.search(rest)
        body = (body_label.group(1) + "\n" + rest[body_label.end() :]) if body_label else rest
        return _clean(title), _paragraph(body) or None, labelled.start()
    quoted = re.search(r"judulnya\s+[\"“]([^\"”\n]+)[\"”]", text, re.IGNORECASE)
    if quoted:
        body_label = _BODY_LABEL.search(text[quoted.end() :])
        body = text[quoted.end() + body_label.end() :] if body_label else text[quoted.end() :]
        return _clean(quoted.group(1)), _paragraph(body) or None, quoted.start()
    for match in re.finditer(r"(?m)^\s*(?:\*([^*\n]{4,120})\*|[\"“]([^\"”\n]{4,120})[\"”])\s*$", text):
        title = match.group(1) or match.group(2)
        return _clean(title), _paragraph(text[match.end() :]) or None, match.start()
    # Otherwise: the first short line after an introduction that ends with ":" or "?".
    lines = text.split("\n")
    position = 0
    for index, line in enumerate(lines[:-1]):
        position += len(line) + 1
        if line.rstrip().endswith((":", "?")):
            following = [item for item in lines[index + 1 :] if item.strip()]
            if following and _looks_like_title(following[0]):
                start = text.find(following[0], position)
                body = text[start + len(following[0]) :]
                return _clean(following[0]), _paragraph(body) or None, start
    return None, None, len(text)


def _looks_like_title(line: str) -> bool:
    stripped = line.strip()
    if len(stripped) > 100 or stripped.endswith((".", ",", ":")):
        return False
    # An enumerated request or a sentence asking for something is not the announcement's title.
    return not re.match(r"^(?:\d+[.)]|[-*•]|[a-z][.)])\s", stripped) and not re.search(
        r"\b(?:tolong|mohon|please|minta|could you|can you|bisa)\b", stripped, re.IGNORECASE
    )


def _publish_at(intro: str, reference: datetime) -> str | None:
    flat = unwrap(intro)
    for start, end in sentences(flat):
        sentence = " ".join(flat[start:end].split())
        if not _PUBLISH.search(sentence) or re.search(r"sebelum (?:jam|pukul)", sentence, re.IGNORECASE):
            continue
        moment = find_moment(sentence, reference)
        if moment is not None:
            return moment.at.isoformat()
    return None


def extract_announcement(subject: str, text: str, reference: datetime, *, has_course: bool) -> AnnouncementFields:
    title, body, start = _title_and_body(text)
    intro = text[:start]
    after = text[start:]
    # A publish time is asked for in the introduction, or in a line after the text ("Jadwal tayang ...").
    publish = _publish_at(intro, reference) or _publish_at(
        "\n\n".join(line for line in after.split("\n") if re.search(r"jadwal tayang|tayang", line, re.I)),
        reference,
    )
    site = bool(_SITE.search(intro + " " + subject))
    scope = "site" if site or not has_course else "course"
    return AnnouncementFields(title, body, scope, publish)

"""Read an announcement's title and text from the requester's mail: labels, cues with their delimiters (read by
announcement_cued), lines of their own, and the subject line."""

from __future__ import annotations

import re

from daemon.classify.announcement_cued import capitalised_run, cued_title, emoji_break
from daemon.classify.announcement_lines import (
    ASKED_TO_PUBLISH,
    ASKING,
    ATTACHMENT_LINE,
    BODY_LABEL,
    CLOSING,
    NUMBER_LINE,
    PLACEHOLDER,
    RELEASE_LINE,
    TABLE_ROW,
    TABLE_RULE,
    TITLE_LABEL,
    announcement_body,
    clean_title,
    is_letterhead,
    looks_like_title,
    table_cells,
)
from daemon.classify.announcement_subject import (
    about_title,
    letter_subject,
    subject_alone,
    subject_named,
    subject_title,
)
from daemon.classify.wording import WRAP_WIDTH, sentence_end


def _headed_column(text: str, label: re.Match[str]) -> tuple[str | None, str | None, int] | None:
    """A title label heading a table's column ("Judul| Tanggal tayang| Jam"): the title is the cell under it."""
    start = text.rfind("\n", 0, label.end()) + 1
    lines = text[start:].split("\n")
    if (
        not TABLE_ROW.match(lines[0])
        or len(list(filter(None, table_cells(text[label.end() : start + len(lines[0])], False)))) < 2
    ):
        return None
    head = text[start : label.end()].strip()
    column = head.count("|") - 1 - head.startswith("|")
    framed = lines[0].rstrip().endswith("|")
    rows = [table_cells(line, framed) for line in lines[1:4] if TABLE_ROW.match(line) and not TABLE_RULE.match(line)]
    if not rows or column >= len(rows[0]):
        return None
    return clean_title(rows[0][column]) or None, None, label.start()


# "Pengumuman: Kuliah Pengganti Jaringan Komputer", "[INFO] Lab Tutup" on a line of its own: the notice's own heading
# and its title, read only in title case (after it, "Pengumuman: besok kuliah libur" is the text itself)
_HEADED = re.compile(
    r"(?im)^[ \t]*(?:\*\*)?(?:pengumuman|announcement|notice|info(?:rmasi)?|\[(?:info|pengumuman|announcement)\])"
    r"(?:\*\*)?[ \t]*(?:[:\u2013\u2014]|(?<=\])|\s-)[ \t]*(\S[^\n]*)$"
)


def _headed(text: str) -> tuple[str | None, str | None, int] | None:
    for line in _HEADED.finditer(text):
        title = line.group(1).strip()
        if looks_like_title(title) and capitalised_run(title) == title and len(title.split()) >= 2:
            return clean_title(title), announcement_body(text[line.end() :]), line.start()
    return None


_REQUEST_AFTER = re.compile(
    r"(?i)(?:[,;]|\s[-\u2013\u2014])\s+(?=(?:tolong|tlg|mohon|mhn|please|pls|kindly|(?:di)?tayang(?:kan)?|tayangnya|"
    r"(?:di)?publish|publikasikan|dipublikasikan|(?:di)?post(?:ing)?|(?:di)?pasang|(?:di)?umumkan|share|go live|"
    # (the day and the place in lower case only: "Kuis 1 - Hari Ini Dibatalkan" is a title)
    r"(?-i:besok|bsk|lusa|tomorrow|today|hari ini|di kelas|di course|on my|in my|for my|untuk kelas))\b)"
)


def _labelled(text: str) -> tuple[str | None, str | None, int] | None:
    label = TITLE_LABEL.search(text)
    if not label:
        return _headed(text)
    rest = text[label.end() :]
    if column := _headed_column(text, label):
        return column
    if not rest.split("\n", 1)[0].strip():
        # a form's answer may stand a blank line below its question
        rest = rest.lstrip(" \t\n")
    line_end = rest.find("\n") if "\n" in rest else len(rest)
    body_label = BODY_LABEL.search(rest)
    # "judul: X. isinya: Y" on one line; otherwise the title is the line.
    end = body_label.start() if body_label and body_label.start() < line_end else line_end
    if end == line_end and (stop := sentence_end(rest[:line_end])) < line_end and re.match(r"\.\s+\S", rest[stop:]):
        end = stop
    # "Judul: Kuis 1, tayang besok jam 7", "Title: Quiz Moved - please publish tomorrow": the request goes on after it
    if request := _REQUEST_AFTER.search(rest[:end]):
        end = request.start()
    if (emoji := emoji_break(rest[:end])) is not None:
        end = emoji
    title = clean_title(rest[:end].rstrip(" .,;"))
    # the answer to a question ("Judul?") is a title only in a title's shape: "belum ada", "terserah" are not
    if label.group("asked") and not looks_like_title(title):
        return None
    after = rest[end:]
    after_label = BODY_LABEL.search(after)
    body = after[after_label.end() :] if after_label else after
    return title or None, announcement_body(body.lstrip(" .,;\n")), label.start()


def _quoted_title(text: str) -> tuple[str | None, str | None, int] | None:
    # 'judulnya "X"', 'Judulnya tolong diganti jadi "X"', 'with the title "X"'
    quoted = re.search(r"(?:judul(?:nya|nye|ne|e|na)?|title)\b[^\"“\n]{0,40}[\"“]([^\"”\n]+)[\"”]", text, re.IGNORECASE)
    if quoted:
        body_label = BODY_LABEL.search(text[quoted.end() :])
        body = text[quoted.end() + body_label.end() :] if body_label else text[quoted.end() :]
        return clean_title(quoted.group(1)), announcement_body(body), quoted.start()
    # a line of its own in bold, quotes, or the underscores of italics ("_X_", "__X__"), an emoji maybe before it
    line = (
        r"(?m)^\s*(?:[\u2190-\u2bff\U0001f000-\U0001faff\ufe0f]+\s*)?"
        r"(?:\*([^*\n]{4,120})\*|[\"“]([^\"”\n]{4,120})[\"”]|_{1,2}([^_\n]{4,120})_{1,2}|"
        # ... or framed by brackets or a rule of signs ("[X]", "=== X ===", ">> X <<")
        r"\[(?!attachment:|cid:)([^\]\[\n]{4,120})\]|[=~#<>-]{2,}[ \t]*([^=~#<>\n]{4,120}?)[ \t]*[=~#<>-]{2,})\s*$"
    )
    for match in re.finditer(line, text):
        title = next(group for group in match.groups() if group)
        if (match.group(4) or match.group(5)) and not looks_like_title(title):
            continue
        return clean_title(title), announcement_body(text[match.end() :]), match.start()
    return None


_CAPITAL_LINE = re.compile(r"^\s*[A-Z0-9][A-Z0-9 /&,()'\-]{2,80}\s*$")


def _set_apart(before: str, line: str) -> bool:
    """A request written without a full stop ("tlg umumin di MK X bsk jam 6 ya"), a blank line, then a line in
    title case of three words or more: the line is the title."""
    paragraphs = before.rstrip(" \t").split("\n\n")
    return (
        before.rstrip(" \t").endswith("\n\n")
        and len(paragraphs) >= 2
        and bool(ASKED_TO_PUBLISH.search(paragraphs[-2]))
        and capitalised_run(line) == line.strip()
        and len(line.split()) >= 3
    )


# A letter's addressee block, up to the line just read: "Kepada Yth.\nSeluruh Mahasiswa\nPoliteknik Negeri Batam".
# Its lines are short names and places, never a sentence.
_ADDRESSEE = re.compile(
    r"(?im)^\s*(?:kepada(?:\s+yth)?|yth|to)\b\.?[^\n]*\n(?:[^\S\n]*[^\s.:;!?][^\n.:;!?]{0,60}\n){0,3}\Z"
)


def _title_line(text: str) -> tuple[str | None, str | None, int] | None:
    """An unlabelled title: a short line of its own after the request, followed by a longer text that is not
    itself a request; never in the signature under the closing, but again in an attached document."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    # A letter names its subject on the line after "tentang" (a circular's "SURAT EDARAN ... tentang X").
    for index, line in enumerate(lines[1:-1], start=1):
        # A notice's own heading ("PENGUMUMAN", "Announcement") stands above its title too; a number line does not.
        heading = r"^\s*(?:tentang|perihal|regarding|pengumuman|announcement|notice)\s*:?\s*$"
        if not re.match(heading, line, re.IGNORECASE):
            continue
        # under a notice's heading its number, date or reference lines ("Nomor: 412/PL29/2026") come before the title
        top, numbered = index + 1, False
        while top < min(len(lines) - 1, index + 4) and (
            NUMBER_LINE.match(lines[top]) or (numbered and not lines[top].strip())
        ):
            numbered, top = True, top + 1
        following = lines[top]
        # under "PENGUMUMAN / Nomor: ..." a "TENTANG" line is the next heading, read in its turn
        if looks_like_title(following) and not NUMBER_LINE.match(following) and not re.match(heading, following, re.I):
            # a letter's upper-case title may run over two or three lines ("JADWAL UJIAN AKHIR\nSEMESTER GANJIL")
            last = top
            while last + 1 < min(len(lines), top + 3) and _CAPITAL_LINE.match(lines[last]):
                if not _CAPITAL_LINE.match(lines[last + 1]):
                    break
                last += 1
            title = " ".join(part.strip() for part in lines[top : last + 1])
            return clean_title(title), announcement_body(text[offsets[last + 1] :]), offsets[top]
    signed = False
    for index, line in enumerate(lines):
        if ATTACHMENT_LINE.match(line):
            signed = False
            continue
        if CLOSING.match(line) and len(line.strip()) <= 40:
            signed = True
        # a request to publish opening a paragraph after the closing opens another message (a forwarded one)
        elif signed and index and not lines[index - 1].strip() and ASKED_TO_PUBLISH.search(line):
            signed = False
        if signed or index == 0 or not looks_like_title(line) or is_letterhead(line, lines[index + 1 : index + 2]):
            continue
        before = text[: offsets[index]]
        # the addressee of a letter ("Kepada Yth. / Seluruh Mahasiswa ...") is not its title, but ends like a sentence
        if _ADDRESSEE.search(before.rstrip(" \t")) or re.match(r"(?i)\s*(?:kepada\b|yth\b|to\s*:)", line):
            continue
        # the request above ends its sentence, or says the text follows ("pengumuman berikut" without a colon)
        if (
            not re.search(
                r"[.:?!\]][)\"”’']*\s*$|\b(?:berikut(?:nya)?|di bawah(?: ini)?|below|following)\s*$",
                before.strip()[-200:],
            )
            and not _set_apart(before, line)
            # a press release's headline under its own header line ("EMBARGOED UNTIL ...", "SIARAN PERS")
            and not RELEASE_LINE.match(before.rstrip().rsplit("\n", 1)[-1].strip())
            and not _ADDRESSEE.search(before.rstrip(" \t\n") + "\n", max(0, len(before) - 300))
        ):
            continue
        title, rest_at = line, index + 1
        # a long title the mail client wrapped: its last words on the next line, then a blank line
        if len(line.rstrip()) >= WRAP_WIDTH and index + 2 < len(lines) and lines[index + 1].strip():
            joined = f"{line.strip()} {lines[index + 1].strip()}"
            if not lines[index + 2].strip() and len(lines[index + 1].strip()) < 30 and looks_like_title(joined):
                title, rest_at = joined, index + 2
        # a long line the mail client broke in mid-sentence ("... ditayangkan untuk seluruh\nmahasiswa pada ...") is
        # the first line of a paragraph, not a title
        next_line = lines[index + 1].lstrip() if index + 1 < len(lines) else ""
        if title == line and len(line.rstrip()) >= WRAP_WIDTH and next_line[:1].islower():
            continue
        following = text[offsets[rest_at] :].lstrip("\n")
        first = following.split("\n\n", 1)[0]
        if len(first) >= 40 and not CLOSING.match(first) and not ASKING.search(first[: sentence_end(first)]):
            return clean_title(title), announcement_body(following), offsets[index]
    return None


def _first_line_title(text: str) -> tuple[str | None, str | None, int] | None:
    """A title the writer put first, alone on its line, above the announcement's paragraph."""
    first, _, rest = text.lstrip().partition("\n")
    following = rest.lstrip("\n")
    if rest.startswith("\n") or not rest.strip():
        paragraph = following.split("\n\n", 1)[0]
        title = capitalised_run(first)
        # "tolong publish info di atas" asks for the text above it: the first line is still its title.
        asks = ASKING.search(paragraph[: sentence_end(paragraph)]) and not re.search(
            r"\b(?:di atas|tersebut|above)\b", paragraph, re.IGNORECASE
        )
        if title == first.strip() and len(title.split()) >= 3 and len(paragraph) >= 40 and not asks:
            return clean_title(title), announcement_body(following), 0
    return None


_LISTED = re.compile(r"(?:dan|and|or|atau|serta)\b")


def _is_sentence(title: str) -> bool:
    """'umumkan: "Besok kuliah diganti tugas mandiri, silakan cek folder minggu 14."': a quoted sentence (five words
    or more ending in a full stop, or a clause of three lower-case words after a comma behind two words) is the
    announcement's text; a title is neither. Read word by word: a pattern of repeated words searched from every
    start is quadratic on a long title ("Title: a 🎤 a 🎤 ...")."""
    words = title.split()
    if len(words) >= 5 and re.search(r"[a-z)]\.\n?\Z", title):
        return True
    for index in range(2, len(words) - 3):
        clause = words[index + 1 : index + 4]
        if (
            len(words[index]) > 1
            and words[index].endswith(",")
            and not _LISTED.match(clause[0])
            and all("a" <= word[0] <= "z" for word in clause)
        ):
            return True
    return False


def title_and_body(text: str, subject: str = "") -> tuple[str | None, str | None, int]:
    """(title, body, index where the announcement itself starts)."""
    readers = (_labelled, cued_title, lambda body: subject_named(body, subject), _quoted_title, _title_line)
    for reader in (*readers, _first_line_title, letter_subject, about_title):
        if found := reader(text):
            title, body, start = found
            unsure = title is None or PLACEHOLDER.fullmatch(title) or _is_sentence(title)
            return (None if unsure else title), body, start
    # a subject that names the title with a cue or in quotes ('Tolong tayangkan pengumuman "X" di elearning', "post
    # an announcement titled 'X'"), as a request made only in the subject line above a phone's empty body does
    if subject and (cued := cued_title(subject)) and cued[0]:
        return cued[0], announcement_body(text), len(text)
    if named := subject_title(subject, text) or subject_alone(subject, text):
        return clean_title(named), announcement_body(text), len(text)
    return None, None, len(text)

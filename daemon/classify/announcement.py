"""Find an announcement's title, text, scope and publish time in the requester's mail."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from daemon.classify.dates import find_date, find_moment, find_time, moment_at
from daemon.classify.wording import sentence_end, sentences, unwrap

_SITE = re.compile(
    r"halaman (?:depan|utama)|seluruh (?:pengguna|mahasiswa|mhs|civitas|dosen)|semua (?:mahasiswa|mhs|dosen|pengguna)|"
    r"pengumuman situs|site[- ]wide|front ?page|home ?page|beranda|all (?:students|lecturers|users|staff)|for all|"
    r"untuk semua|untuk seluruh|menjangkau seluruh|seluruh sivitas|site notice|everyone on e-?learning|"
    r"(?:semua|seluruh) (?:kelas|course|mata ?kuliah|matkul|prodi|program studi)|all (?:courses|classes|programmes)|"
    r"every (?:course|class)|(?:civitas|sivitas) akademika|(?:campus|university|institution)[- ]wide|"
    r"(?:semua|seluruh) (?:jurusan|unit|warga)|all (?:departments|programs|users of)|\beveryone\b|"
    r"halaman (?:awal|login|muka)|(?:main|landing|login) page|"
    # a whole programme, cohort or year is more than one course
    r"(?:mahasiswa|mhs) (?:prodi|program studi|jurusan|angkatan|tingkat|baru)|para (?:dosen|mahasiswa)|"
    r"(?:final|first|second|third|fourth)[- ]year students|new students|"
    r"students of (?:the )?[A-Z]?\w+ (?:programme|program|department|study program)",
    re.IGNORECASE,
)
# "all students of my course", "semua mahasiswa di kelas saya", "seluruh mahasiswa MK X": a site word narrowed to
# one course's people is the course.
_NARROWED = re.compile(
    r"\s*(?:(?:the\s+)?(?:students|mahasiswa|participants|peserta)\s+)?(?:(?:of|in|on|from|taking|enrolled in|"
    r"di|dari|pada|yang (?:mengambil|ambil|ikut))\s+)?(?:(?:my|our|this|the)\s+)?"
    r"(?:(?:kelas|class|course|mk|matkul|makul|mata\s?kuliah|module|section)\b(?!\s*(?:-|yang|di|\())|"
    r"(?-i:[A-Z]{2,5}[- ]?\d{3,4})\b)"
    # "all my students", "semua mahasiswa saya": the writer's own students
    r"|\s*(?:(?:the\s+)?(?:students|mahasiswa|mhs)\s+)?(?:(?:of\s+)?(?:my|our)\b|(?:saya|kami|kita)\b)",
    re.IGNORECASE,
)
# Words that say the announcement is for one course's page even when its code or name is not written out.
_COURSE_CUE = re.compile(
    r"\b(?:my|our)\s+(?:course|class|module|students)\b|\bcourse(?:'s)? page\b|"
    r"\bhalaman (?:kelas|course|mata ?kuliah|mk|matkul)\b|"
    r"\b(?:kelas|mahasiswa|course|matkul|mk)\s+(?:saya|kami|kita)\b|\b(?i:for the) [A-Z][\w ]{2,40}? (?:course|class)\b"
)
_PUBLISH = re.compile(
    r"tayang|ditayangkan|menayangkan|publish|post(?:ed|ing)?\b|dipasang|pasang|diumumkan|dipublikasikan|"
    r"\bmulai\b|schedul|jadwal tayang|muncul|sebagai pengumuman|appear|announce|umumkan|pin\b|share|terbit|"
    r"visible|terlihat|kelihatan|\b(?:saw|see|read) it\b|\bgo(?:es)? out\b|rilis|release|dimuat|siarkan|broadcast|"
    r"\blive\b|(?:send|sent) (?:it )?out|informasikan|infokan|kabarkan|beritahukan|sampaikan|"
    r"tampil|sebar|go live|naik(?:kan)?|post|di-post|upload|unggah|(?:have|put|get) it up|\bup by\b|online by|"
    r"\bput (?:up|an?|the|this)\b|\brun (?:the|this|it)\b",
    re.IGNORECASE,
)
_TITLE_LABEL = re.compile(
    r"(?im)(?:^|(?<=[,;.]\s))\s*\**(?:judul(?:\s(?:pengumuman(?:nya)?|nya))?|judulnya|title|subject|subjek|headline)"
    r"(?:\s(?:saya|kami|ini))?\**\s*(?:[:=|\u2013\u2014]|\s-)\s*"
)
_BODY_LABEL = re.compile(
    r"(?im)(?:^|(?<=[,;.]\s))\s*\**(?:isi(?:nya)?(?:\spengumuman)?|teks(?:nya)?(?:\s(?:lengkap|pengumuman))?"
    r"(?:\syang\sbenar)?|body|text|konten|content|message)\**\s*[:=|]\s*"
)
# A request line, a greeting or a closing is not the announcement's title.
_NOT_TITLE = re.compile(
    r"\b(?:tolong|mohon|please|minta|could you|can you|bisa|kindly|dear|yth|halo|hello|hi|selamat|terima kasih|"
    r"thanks?|regards|salam|hormat|best|sincerely|wassalam|assalamualaikum)\b",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"(?im)^\s*(?:terima\s?kasih|makasih|thanks?|thank you|regards|best|salam|hormat saya|hormat kami|wassalam|"
    r"sincerely|cheers|tks|trims|--\s*$|sent from|dikirim dari)\b.*$"
)


_ATTACHMENT_LINE = re.compile(r"^\[attachment: [^\]]*\]\s*$")
_ASKING = re.compile(r"\b(?:tolong|mohon|please|kindly|could you|can you|minta)\b", re.IGNORECASE)
# After the text, a line that says when it goes out: "Jadwal tayang: ...", "Tayang: ...", "ditayangkan mulai ...".
_PUBLISH_AFTER = re.compile(
    r"tayang|publish|dipublikasikan|post(?:ed|ing)?\b|dipasang|go live|schedul|terbit|appear|tampil|"
    r"(?:go|goes|send|sent) out|\b(?:make|making) it (?:visible|appear|available)\b|\bvisible (?:from|on|at|by)\b",
    re.IGNORECASE,
)
_AUDIENCE_LINE = re.compile(r"(?im)^\s*(?:ditujukan kepada|kepada|untuk|sasaran|audience|scope|lingkup)\s*:.*$")


@dataclass(frozen=True)
class AnnouncementFields:
    title: str | None
    text: str | None
    scope: str
    publish_at: str | None


def _clean(value: str) -> str:
    # "Perihal: X" on a title's own line names the title; the label is not part of it.
    value = re.sub(
        r"^\W*(?:perihal|hal|tentang|judul|title|headline|subject|subjek)\s*:\s*", "", value.strip(), flags=re.I
    )
    # A forwarded subject used as the title keeps none of its tags or request words.
    value = _SUBJECT_REQUEST.sub("", _SUBJECT_TAGS.sub("", value))
    return re.sub(r"\s+", " ", value).strip().lstrip("#").strip().strip('*"“”').strip()


def _body(text: str) -> str | None:
    """The announcement's text: everything up to the closing, wrapped lines joined, paragraphs and lists kept."""
    closing = _CLOSING.search(text)
    body = text[: closing.start()] if closing else text
    paragraphs = [re.sub(r"[ \t]+", " ", part).strip() for part in re.split(r"\n\s*\n", unwrap(body.strip()))]
    joined = "\n\n".join(part for part in paragraphs if part)
    return joined or None


def _looks_like_title(line: str) -> bool:
    # "## X" is an HTML heading the converter marked
    stripped = line.strip().strip("*").lstrip("#").strip()
    if not 3 <= len(stripped) <= 110 or stripped.endswith((".", ",", ":", ";", "?", "!")):
        return False
    # An enumerated request or a sentence asking for something is not the announcement's title.
    if re.match(r"^(?:\d+[.)]|[-*•]|[a-z][.)])\s", stripped) or _NOT_TITLE.search(stripped):
        return False
    return stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in '"“'


def _labelled(text: str) -> tuple[str | None, str | None, int] | None:
    label = _TITLE_LABEL.search(text)
    if not label:
        return None
    rest = text[label.end() :]
    if not rest.split("\n", 1)[0].strip():
        rest = rest.lstrip("\n")
    line_end = rest.find("\n") if "\n" in rest else len(rest)
    body_label = _BODY_LABEL.search(rest)
    # "judul: X. isinya: Y" on one line; otherwise the title is the line.
    end = body_label.start() if body_label and body_label.start() < line_end else line_end
    if end == line_end and (stop := sentence_end(rest[:line_end])) < line_end and re.match(r"\.\s+\S", rest[stop:]):
        end = stop
    title = _clean(rest[:end].rstrip(" .,;"))
    after = rest[end:]
    after_label = _BODY_LABEL.search(after)
    body = after[after_label.end() :] if after_label else after
    return title or None, _body(body.lstrip(" .,;\n")), label.start()


def _quoted_title(text: str) -> tuple[str | None, str | None, int] | None:
    # 'judulnya "X"', 'Judulnya tolong diganti jadi "X"', 'with the title "X"'
    quoted = re.search(r"(?:judul(?:nya)?|title)\b[^\"“\n]{0,40}[\"“]([^\"”\n]+)[\"”]", text, re.IGNORECASE)
    if quoted:
        body_label = _BODY_LABEL.search(text[quoted.end() :])
        body = text[quoted.end() + body_label.end() :] if body_label else text[quoted.end() :]
        return _clean(quoted.group(1)), _body(body), quoted.start()
    for match in re.finditer(r"(?m)^\s*(?:\*([^*\n]{4,120})\*|[\"“]([^\"”\n]{4,120})[\"”])\s*$", text):
        title = match.group(1) or match.group(2)
        return _clean(title), _body(text[match.end() :]), match.start()
    return None


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
        following = lines[index + 1]
        if (
            re.match(heading, line, re.IGNORECASE)
            and _looks_like_title(following)
            and not re.match(r"(?i)\s*(?:no|nomor|number)\b", following)
        ):
            return _clean(lines[index + 1]), _body(text[offsets[index + 2] :]), offsets[index + 1]
    signed = False
    for index, line in enumerate(lines):
        if _ATTACHMENT_LINE.match(line):
            signed = False
            continue
        if _CLOSING.match(line) and len(line.strip()) <= 40:
            signed = True
        if signed or index == 0 or not _looks_like_title(line):
            continue
        before = text[: offsets[index]]
        if not re.search(r"[.:?!\]]\s*$", before.strip()[-200:]):
            continue
        following = text[offsets[index + 1] :].lstrip("\n")
        first = following.split("\n\n", 1)[0]
        if len(first) >= 40 and not _CLOSING.match(first) and not _ASKING.search(first[: sentence_end(first)]):
            return _clean(line), _body(following), offsets[index]
    return None


# The grammar of a title named in prose: a cue ("berjudul", "dengan judul", "titled", "with the title"), an optional
# connector (":", "adalah", "is"), then a value of a known shape: quoted, or a run of capitalised words (with the
# small words a title keeps inside it) that ends where the writer's own lower-case prose begins.
_TITLE_CUE = re.compile(
    r"\b(?:berjudul|bertajuk|(?:dengan\s)?tajuk(?:nya)?|dengan judul|judul(?:nya|\spengumuman(?:nya)?)?|(?:en)?titled|"
    r"with the (?:title|heading)|the title|title|heading)\b\s*"
    r"(?:[:=|\-\u2013]|adalah\b|yaitu\b|yakni\b|is\b|(?:sebagai\s)?berikut(?:\sini)?\s*:?|(?:as\s)?follows\s*:?)?\s*",
    re.IGNORECASE,
)
# A title's delimiters: straight and curly quotes, low-high quotes, guillemets, square brackets, bold stars.
_QUOTE = re.compile(
    # a double-quoted title keeps its apostrophes ("Don't Miss the Career Fair")
    r"[\"\u201c\u201e]([^\"\u201c\u201d\n]{3,120})[\"\u201c\u201d](?!\w)|['\u2018]([^'\u2018\u2019\n]{3,120})['\u2019](?!\w)|"
    r"\*{1,2}([^*\n]{3,120})\*{1,2}(?!\w)|"
    r"[\u00ab\u2039]([^\u00bb\u203a\n]{3,120})[\u00bb\u203a]|\[(?!attachment:)([^\]\[\n]{3,120})\]"
)
_OPENING = "\"\u201c\u201e'\u2018*\u00ab\u2039\\["


def _quoted(match: re.Match[str]) -> str:
    return next(group for group in match.groups()[-5:] if group)


# Words that name a title only when a quoted value follows: 'pengumuman tentang "X"', 'saying "X"'.
_QUOTED_TITLE_CUE = re.compile(
    r"\b(?:pengumuman(?:\s(?:tentang|mengenai|perihal))?|announcement(?:\s(?:about|on|regarding))?|notice|saying|"
    # 'announcement di elearning kelas kita: "X"'
    r"(?:pengumuman|announcement|notice)\b[^\n:.?!" + _OPENING + r"]{0,60}(?=:)|"
    r"(?:yang\s)?berbunyi|bunyinya)\s*:?\s*(?=[" + _OPENING + "])",
    re.IGNORECASE,
)
_SMALL = {"di", "dan", "untuk", "ke", "pada", "bagi", "dalam", "dari", "oleh", "via", "&", "-", "of", "the", "for",
          "to", "and", "in", "on", "at", "a", "an", "by", "with", "yang", "selama"}  # fmt: skip
_WORD = re.compile(r"[^\s,.;:!?()]+")
# After "publish/umumkan", a quoted value or one after a colon is the title: 'umumkan: "Kuis 3 Daring"'.
_PUBLISH_QUOTE = re.compile(
    r"(?i:umumkan|diumumkan|announce|publish|publikasikan|post|dipost|pasang|tayangkan|sebarkan|share|put|"
    r"tampilkan|ditampilkan|display|show)\b[^\n" + _OPENING + r"]{0,80}?(?::\s*|\s)(?:" + _QUOTE.pattern + ")"
)
# What mail clients and writers put before a subject: replies, forwards, tags ("[Penting]", "URGENT:").
_SUBJECT_TAGS = re.compile(
    r"^(?:\s*(?:(?:re|fwd?|tr|aw|wg|rv)\s*:|\[[^\]\n]{1,30}\]|\((?:penting|urgent|info|segera)\)|"
    r"(?:penting|urgent|segera|important)\s*[:!\-\u2013]))+\s*",
    re.IGNORECASE,
)
# The body says the title is the subject line: "judul sesuai subjek", "in the subject line", "subject of this email".
_SUBJECT_REFERENCE = re.compile(
    r"\b(?:di|pada|sesuai|seperti|dalam|dari|in|as|from|on)\s+(?:the\s+|di\s+)?(?:subje[ck]t?|subyek)\b|"
    r"\b(?:subje[ck]t?|subyek)\s+(?:line|e-?mail|surel|ini|of\s+(?:this|the|my)\s+(?:e-?mail|message))\b",
    re.IGNORECASE,
)
# "Pengumuman: X", "Mohon diumumkan - X": the request word before a subject's title is not part of it.
_SUBJECT_REQUEST = re.compile(
    r"^(?:pengumuman|announcement|notice|info|mohon diumumkan|tolong diumumkan|untuk diumumkan|please announce|"
    r"mohon ditayangkan|request)\s*[:\-\u2013]\s*",
    re.IGNORECASE,
)
# A label with no title after it: "Judul: -", "Judul: menyusul", "Title: TBA".
_PLACEHOLDER = re.compile(
    r"(?i)[-\u2013\u2014.?_ ]*|menyusul|nanti|belum ada|tba|tbd|bebas|terserah|kosong|none|n/?a|to follow|later"
)
# A subject that names the request, then the title: "Pengumuman: X", "Request to post: X", "Pengumuman kelas IF302 - X",
# "[Pengumuman] X", "X - please announce".
_SUBJECT_WORDS = (
    r"pengumuman|announcement|announce|notice|info|umumkan|diumumkan|ditayangkan|tayangkan|post|publish|request|"
    r"titip|pasang|dipasang|home\s?page|front\s?page|course\s?page|beranda|halaman\sdepan"
)
_SUBJECT_TITLE = re.compile(
    r"(?i:\b(?:" + _SUBJECT_WORDS + r")\b[^:\n]{0,40}?(?::\s*|\s[-\u2013]\s+))(\S.{2,110})$"
    r"|^(?i:\[[^\]]*\b(?:pengumuman|announcement|info|notice)\b[^\]]*\]\s*)(\S.{2,110})$"
    r"|^(\S.{2,110}?)\s*[:\-\u2013(]\s*(?i:please\sannounce|mohon\sdiumumkan|untuk\sdiumumkan|announcement|"
    r"pengumuman)\)?$"
)
# "Kuis 3 Ditunda (IF302)": the course's code after a subject's title is not part of it
_TRAILING_CODE = re.compile(r"\s*(?:[-\u2013]\s*|[(\[])?(?-i:[A-Z]{2,5}[- ]?\d{3,4})[)\]]?\s*$")


# "Tolong diumumkan di semua kelas: Seminar Karier Alumni, Sabtu ...": a capitalised value after the colon.
_PUBLISH_COLON = re.compile(
    r"(?i:umumkan|diumumkan|announce|publish|publikasikan|post|pasang|dipasang|tayangkan|ditayangkan|put\sup|"
    r"share|sebarkan|bagikan)\b"
    # the colon of a time ("at 07:30") is not the one before a title
    r"(?:[^\n:]|(?<=\d):(?=\d)){0,80}(?<!\d):[ \t]*(?=\S)"
)
_GREETING = re.compile(r"(?i)\b(?:bapak|ibu|pak|bu|kak|min|admin|tim|team|p4m|helpdesk|pagi|siang|sore|malam)\b")


# Where a title written in sentence case ("dengan judul Perubahan jadwal kuliah, isinya ...") stops: the writer's
# own words after it (the place, the time, the text, a particle) or punctuation.
_VALUE_STOP = re.compile(
    r"(?i)ya+|yah|isinya|isi|yang|untuk|di|ke|pada|bagi|kepada|buat|dari|oleh|sampai|hingga|sejak|for|on|in|at|to|"
    r"from|by|via|until|starting|with|dengan|tayang|ditayangkan|publish|post|"
    r"besok|hari|tomorrow|today|tonight|mulai|agar|supaya|so|please|tolong|mohon|min|kak|pak|bu|bahwa|that|which|"
    r"karena|because|sebagai|as|dan|and|lalu|then"
)
_LONGEST_TITLE = 12


def _capitalised_run(text: str, *, sentence_case: bool = False) -> str | None:
    """The leading run of capitalised words (small words kept inside), or None. After a title cue a title may go
    on in sentence case up to a clause boundary; when no boundary comes, nothing is claimed."""
    words: list[str] = []
    end = 0
    prose = False
    matches = list(_WORD.finditer(text))
    for index, match in enumerate(matches):
        gap = text[end : match.start()].strip()
        # "Kuliah Umum: AI di Industri": after a cue, a capitalised subtitle behind a colon is part of the title
        subtitle = sentence_case and gap == ":" and words and words[-1].lower() not in _SMALL
        if gap and not (subtitle and (match.group(0)[0].isupper() or match.group(0)[0].isdigit())):
            break
        if gap:
            words[-1] += gap
        end = match.end()
        word = match.group(0)
        if word[0].isupper() or word[0].isdigit() or (words and word.lower() in _SMALL):
            words.append(word)
            continue
        # a lower-case word right after a capitalised one continues the title; after a small word it does not
        if sentence_case and words and words[-1].lower() not in _SMALL and not _VALUE_STOP.fullmatch(word):
            return _sentence_case_run(text, words, matches[index:], matches[index].start())
        prose = True
        break
    while words and words[-1].lower() in _SMALL:
        words.pop()
    # "dengan judul Perubahan yang ...": one capitalised word before the writer's prose is not a sure title
    if sentence_case and prose and len(words) == 1:
        return None
    title = " ".join(words)
    return title if len(title) >= 4 and not _GREETING.fullmatch(title) else None


def _sentence_case_run(text: str, words: list[str], rest: list[re.Match[str]], end: int) -> str | None:
    for match in rest:
        if text[end : match.start()].strip() or _VALUE_STOP.fullmatch(match.group(0)):
            break
        words.append(match.group(0))
        end = match.end()
        if len(words) > _LONGEST_TITLE:
            return None
    while words and words[-1].lower() in _SMALL:
        words.pop()
    return " ".join(words) if len(words) >= 2 else None


def _cued_title(text: str) -> tuple[str | None, str | None, int] | None:
    for cue in _TITLE_CUE.finditer(text):
        rest = text[cue.end() :]
        quoted = _QUOTE.match(rest)
        title = _quoted(quoted) if quoted else _capitalised_run(rest.split("\n", 1)[0], sentence_case=True)
        if title:
            after = rest[quoted.end() if quoted else len(title) :]
            body_label = _BODY_LABEL.search(after)
            return _clean(title), _body(after[body_label.end() :] if body_label else after), cue.start()
    for pattern in (_QUOTED_TITLE_CUE, _PUBLISH_QUOTE):
        for match in pattern.finditer(text):
            quoted = _QUOTE.match(text, match.end()) if pattern is _QUOTED_TITLE_CUE else match
            if quoted:
                after = text[quoted.end() :]
                title = _quoted(quoted)
                return _clean(title), _body(after.lstrip(" .,;?\n")), match.start()
    for match in _PUBLISH_COLON.finditer(text):
        title = _capitalised_run(text[match.end() :].split("\n", 1)[0])
        if title and len(title.split()) >= 2:
            after = text[match.end() + len(title) :]
            return _clean(title), _body(after.lstrip(" .,;\n")), match.start()
    return None


def _first_line_title(text: str) -> tuple[str | None, str | None, int] | None:
    """A title the writer put first, alone on its line, above the announcement's paragraph."""
    first, _, rest = text.lstrip().partition("\n")
    following = rest.lstrip("\n")
    if rest.startswith("\n") or not rest.strip():
        paragraph = following.split("\n\n", 1)[0]
        title = _capitalised_run(first)
        # "tolong publish info di atas" asks for the text above it: the first line is still its title.
        asks = _ASKING.search(paragraph[: sentence_end(paragraph)]) and not re.search(
            r"\b(?:di atas|tersebut|above)\b", paragraph, re.IGNORECASE
        )
        if title == first.strip() and len(title.split()) >= 3 and len(paragraph) >= 40 and not asks:
            return _clean(title), _body(following), 0
    return None


def _subject_named(text: str, subject: str) -> tuple[str | None, str | None, int] | None:
    """The body says the subject line is the title ("judul sesuai subjek", "the subject of this email")."""
    reference = _SUBJECT_REFERENCE.search(text)
    title = _SUBJECT_REQUEST.sub("", _SUBJECT_TAGS.sub("", subject)).strip()
    if reference is None or not _looks_like_title(title):
        return None
    end = sentence_end(unwrap(text), reference.start())
    return _clean(title), _body(text[end + 1 :]), reference.start()


def _title_and_body(text: str, subject: str = "") -> tuple[str | None, str | None, int]:
    """(title, body, index where the announcement itself starts)."""
    readers = (_labelled, _cued_title, lambda body: _subject_named(body, subject), _quoted_title, _title_line)
    for reader in (*readers, _first_line_title):
        if found := reader(text):
            title, body, start = found
            return (None if title is None or _PLACEHOLDER.fullmatch(title) else title), body, start
    found_subject = _SUBJECT_TITLE.search(subject) or _SUBJECT_TITLE.search(_SUBJECT_TAGS.sub("", subject))
    named = next((group for group in found_subject.groups() if group), "") if found_subject else ""
    if _looks_like_title(named := _TRAILING_CODE.sub("", named)):
        return _clean(named), _body(text), len(text)
    return None, None, len(text)


def _publish_at(intro: str, reference: datetime, cue: re.Pattern[str] = _PUBLISH) -> str | None:
    flat = unwrap(intro)
    for start, end in sentences(flat):
        sentence = " ".join(flat[start:end].split())
        if not cue.search(sentence):
            continue
        moment = find_moment(sentence, reference)
        # "sebelum jam 7", "before Monday 8 am" bound the time without naming it; "..., before class" does not
        bounded = moment is not None and re.search(
            r"sebelum|before", sentence[max(0, moment.start - 12) : moment.end], re.IGNORECASE
        )
        if moment is not None and not bounded and _governed_by_publishing(sentence[: moment.start], cue):
            return moment.at.isoformat()
    if split := _split_moment(flat, reference, cue):
        return split
    # "Tomorrow at 8 am please.": a sentence that is nothing but a moment, in the request to publish, is its time;
    # in the announcement's own text such a line is when its event happens.
    for start, end in sentences(flat) if cue is _PUBLISH else ():
        sentence = " ".join(flat[start:end].split())
        moment = find_moment(sentence, reference)
        if moment is not None and not _FILLER.sub("", sentence[: moment.start] + sentence[moment.end :]).strip():
            return moment.at.isoformat()
    return None


# "Tanggal tayang: 15/11/2027" and "Jam tayang: 08.00" on lines of their own: one moment.
_TIME_LABEL = re.compile(r"(?i)^\W*(?:jam|pukul|pkl|waktu|time|publish time|at)\b[^:]{0,20}:")


def _split_moment(flat: str, reference: datetime, cue: re.Pattern[str]) -> str | None:
    lines = [" ".join(flat[start:end].split()) for start, end in sentences(flat)]
    for index, line in enumerate(lines):
        day = find_date(line, reference)
        if not cue.search(line) or day is None or find_time(line) is not None:
            continue
        for other in lines[max(0, index - 1) : index] + lines[index + 1 : index + 2]:
            if _TIME_LABEL.match(other) and find_date(other, reference) is None and (clock := find_time(other)):
                return moment_at(day[0], clock).isoformat()
    return None


_FILLER = re.compile(
    r"(?i)\b(?:please|pls|plz|ya|yaa|yah|ok|oke|min|kak|pak|bu|tolong|mohon|thanks|thank you|tks|makasih|"
    r"terima kasih|wib|wita|wit)\b|[\W_]"
)


# When the class, quiz or deadline is named, a moment after it is when that happens, not when the text goes out.
# Only lower-case words count: a capitalised "Praktikum" is part of a course's name.
_EVENT = re.compile(
    # "mata kuliah X" names the course, not a lecture
    r"\b(?:(?<!mata )kuliah|perkuliahan|kelas pengganti|kuis|quiz|ujian|uts|uas|exam|rapat|meeting|presentasi|"
    r"praktikum|"
    r"dibuka|ditutup|deadline|batas|dikumpulkan|dilaksanakan|diadakan|held|opens?|closes?|due|sampai|hingga|until|"
    # a moved event's new day, and the announcement's own words after "isinya", are not when it goes out
    r"pindah|dipindah(?:kan)?|diundur|dimajukan|ditunda|moved|postponed|rescheduled|isi(?:nya)?|bunyinya|berbunyi|"
    r"paling lambat|selambat-lambatnya|at the latest|no later than)\b"
)


def _governed_by_publishing(before: str, cue: re.Pattern[str]) -> bool:
    """Whether the nearest word before a moment that says what happens then is a publishing word."""
    cues = [match.end() for match in cue.finditer(before)]
    events = [match.end() for match in _EVENT.finditer(before)]
    return not events or (bool(cues) and max(cues) > max(events))


def _scope(text: str, has_course: bool) -> str:
    site = any(not _NARROWED.match(text, match.end()) for match in _SITE.finditer(text))
    return "site" if site or not (has_course or _COURSE_CUE.search(text)) else "course"


def extract_announcement(subject: str, text: str, reference: datetime, *, has_course: bool) -> AnnouncementFields:
    title, body, start = _title_and_body(text, subject)
    # The sentence that names the title may go on to say when it goes out ("berjudul X, dipublikasikan pada ...").
    intro = text[: sentence_end(unwrap(text), start)] if start < len(text) else text
    after = text[start:]
    if title:
        # A day named in the title ("No Class on Friday") is what the text is about, not when it goes out.
        intro, after = (part.replace(title, " " * len(title)) for part in (intro, after))
    # A publish time is asked for in the introduction, or in a line after the text ("Jadwal tayang ...").
    publish = _publish_at(intro, reference) or _publish_at(after, reference, _PUBLISH_AFTER)
    audience = " ".join(match.group(0) for match in _AUDIENCE_LINE.finditer(after))
    scope = _scope(f"{intro} {subject} {audience}", has_course)
    return AnnouncementFields(title, body, scope, publish)

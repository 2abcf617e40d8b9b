"""The shapes an announcement request shares between its readers: title and text labels, the closing, the text
itself, what a title looks like (its quotes, and the letterhead, number line or moment that is not one), and the
tags and request words around a subject line."""

from __future__ import annotations

import re

from daemon.classify.dates import MONTHS, WEEKDAYS
from daemon.classify.wording import unwrap
from parsers.sign_off import CLOSING as SIGN_OFF

TITLE_LABEL = re.compile(
    # at a line's start, a framed table's border first ("| Judul | X |")
    r"(?im)(?:^[ \t]*\|?|(?<=[,;.]\s))\s*\**(?:the\s)?"
    r"(?:judul(?:\s(?:pengumuman(?:nya)?|nya|berita|info(?:rmasi)?|postingan))?|"
    r"nama\s(?:pengumuman|berita|postingan)|judul(?:nya|nye|ne|e|na)|jdl|"
    r"(?:(?:announcement|notice|post)\s)?title|subject(?:\sline)?|"
    # Malay "tajuk", "tajuk pengumuman"
    r"subjek|headline|topik|topic|tajuk(?:\s(?:pengumuman|makluman|hebahan))?)"
    # a bilingual form's label: "Title / Judul:"
    r"(?:\s?/\s?(?:judul|title|tajuk))?"
    # "Title of the announcement:", "Judul untuk pengumuman ini:"
    r"(?:\s(?:saya|kami|ini)|\s(?:of|for)\s(?:the|this|my|our)\s(?:announcement|notice|post)|"
    r"\suntuk\spengumuman(?:\s(?:ini|tersebut))?)?"
    # "The title is: X", "Judulnya adalah: X": a copula before the colon
    r"(?:\s(?:is|adalah|yaitu|yakni|ialah)(?=\s*:))?\**\s*"
    # a form's note on the label: "Judul pengumuman (maks. 60 karakter):", "Title (English):"
    r"(?:\([^()\n]{1,40}\)\s*)?"
    # a form's question ("Judul pengumuman?") with its answer on the lines below
    r"(?:[:=|\u2013\u2014]|\s-|(?P<asked>\?)(?=[ \t]*$))\s*"
)
BODY_LABEL = re.compile(
    r"(?im)(?:^|(?<=[,;.]\s))\s*\**(?:isi(?:nya|ne|pun)?(?:\spengumuman)?|eusi(?:na)?|kandungan(?:nya)?|teks(?:nya)?(?:\s(?:lengkap|pengumuman))?"
    r"(?:\syang\sbenar)?|body|text|konten|content|message)\**\s*[:=|]\s*"
)
# A request line, a greeting or a closing is not the announcement's title.
NOT_TITLE = re.compile(
    r"\b(?:tolong|mohon|please|minta|could you|can you|bisa|kindly|dear|yth|halo|hello|hi|selamat|terima kasih|"
    r"thanks?|regards|salam|hormat|best|sincerely|wassalam|assalamualaikum)\b",
    re.IGNORECASE,
)
CLOSING = re.compile(
    rf"(?im)^\s*(?:{SIGN_OFF}|(?:warmest|with)\s+regards|best|sincerely|yours\s+(?:sincerely|faithfully|truly)|"
    r"--\s*$|sent from|dikirim dari)\b.*$"
)


_RULE_LINE = re.compile(r"(?m)^[ \t]*(?:[-_=*][ \t]*){4,}$")
ATTACHMENT_LINE = re.compile(r"^\[attachment: [^\]]*\]\s*$")
# The one lexicon of words that ask, read by the title, the text and the publish time.
# Malay "sila" asks as "mohon" does.
# ... and the polite English that asks without "please": "would it be possible", "we would be grateful if it could go
# up", "hope it can go up", and the subject left out ("Can put up the notice on Monday?")
ASKING = re.compile(
    r"\b(?:tolong|tlg|mohon|mhn|please|pls|kindly|could you|can you|would you|minta|sila|would it be possible|"
    r"is it possible|grateful if|appreciate (?:it )?if|hope (?:it|this|you) (?:can|could)|"
    r"^\W*can (?:put|post|publish|announce|share|upload|pop))\b",
    re.IGNORECASE,
)


def clean_title(value: str) -> str:
    # "Perihal: X", "The title is: X", "Judulnya adalah: X" on a title's own line name the title; the label and its
    # copula are not part of it.
    value = re.sub(
        r"^\W*(?:the\s+)?(?:perihal|hal|tentang|judul(?:nya)?|jdl|title|headline|subject|subjek|topik|topic|"
        r"tajuk(?:\s+pengumuman)?)"
        r"(?:\s+(?:is|adalah|yaitu|yakni|ialah))?\s*:\s*",
        "",
        value.strip(),
        flags=re.I,
    )
    # A forwarded subject used as the title keeps none of its tags or request words.
    value = SUBJECT_REQUEST.sub("", SUBJECT_TAGS.sub("", value))
    # "Kuis Ditunda ya min", "Lab Closed please", "X (mohon dicek)": words to the helpdesk are not the title
    value = _TO_US.sub("", value.strip())
    # a table row ("| Judul | X |") leaves its cell borders
    value = re.sub(r"\s+", " ", value).strip().lstrip("#").strip().strip("|").strip()
    return _unemphasised(_unquoted(value))


_QUOTES = ('"', "“", "”")


def _unquoted(value: str) -> str:
    """The title without the quotes around it; a quote it opens inside ('Guest Talk — "Design Thinking"') keeps its
    closing one."""
    while len(value) > 1 and value.startswith(_QUOTES) and value.endswith(_QUOTES):
        value = value[1:-1].strip()
    if sum(value.count(mark) for mark in _QUOTES) == 1:
        value = value.removeprefix(value[0]) if value.startswith(_QUOTES) else value
        value = value.removesuffix(value[-1]) if value.endswith(_QUOTES) else value
    return value.strip()


# Markdown and WhatsApp emphasis around a title ("*X*", "**X**", "_X_", "__X__", "~X~"), and the closing mark of an
# emphasised label before it ("*Judul:* *X*"), are not part of it; a mark inside the title is.
SYMBOL = "[\u2190-\u21ff\u2300-\u23ff\u2500-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]"
_SYMBOLS = re.compile(rf"^(?:{SYMBOL}|\s)+|(?:\s|{SYMBOL})+$")
_EMPHASIS = re.compile(r"([*_~]{1,3})(?=\S)(.*?\S)\1")


def _unemphasised(value: str) -> str:
    # an emoji or a symbol the writer set before or after it ("📢 *X*", "X 🙏") is not part of it either
    value = _SYMBOLS.sub("", value)
    value = re.sub(r"^[*_~]{1,3}\s+(?=\S)", "", value)
    while (whole := _EMPHASIS.fullmatch(value)) is not None:
        value = whole.group(2).strip()
    return value.strip("*").strip()


_TO_US = re.compile(
    r"(?:\s*\((?i:mohon|tolong|please|pls)[^)]*\)|"
    r"[\s,]+(?:ya+|yah|min|kak|pak|bu|please|pls|thanks|tks|makasih|ok|oke|aja|saja|deh|dong|sih))+$"
)


def announcement_body(text: str) -> str | None:
    """The announcement's text: everything up to the closing, wrapped lines joined, paragraphs and lists kept."""
    # A closing is a short line: "Terima kasih kepada asisten, kunci jawaban kuis 2 sudah ada di folder Materi." is
    # the notice's own.
    closing = next((found for found in CLOSING.finditer(text) if len(found.group(0).strip()) <= 60), None)
    body = text[: closing.start()] if closing else text
    # A rule drawn under the text ("-----" after a pasted release) closes it; one right under the title does not.
    if (rule := _RULE_LINE.search(body)) and body[: rule.start()].strip():
        body = body[: rule.start()]
    # The line naming an attached file is the daemon's own; the attachment's text under it may be the announcement.
    body = "\n".join(line for line in body.split("\n") if not ATTACHMENT_LINE.match(line))
    paragraphs = [re.sub(r"[ \t]+", " ", part).strip() for part in re.split(r"\n\s*\n", unwrap(body.strip()))]
    joined = "\n\n".join(part for part in paragraphs if part)
    return joined or None


_DETAIL_LINE = re.compile(
    r"(?i)(?:hari|tanggal|tgl|waktu|pukul|jam|tempat|lokasi|ruang(?:an)?|date|time|day|venue|place|location|room|"
    r"narahubung|contact person|cp)(?:\s*[/,&]\s*(?:tanggal|tgl|waktu|jam|date|time))?\s*:"
)


RELEASE_LINE = re.compile(
    r"(?:embargo(?:ed)?\b|(?:for|untuk)\s+(?:immediate\s+|segera\s+)?(?:release|publication|disiarkan|dipublikasikan)\b|"
    r"not\s+for\s+(?:publication|release)\b|siaran\s+pers\b|press\s+release\b|media\s+release\b)",
    re.IGNORECASE,
)


def looks_like_title(line: str) -> bool:
    # "## X" is an HTML heading the converter marked
    stripped = line.strip().strip("*").lstrip("#").strip()
    if not 3 <= len(stripped) <= 110 or stripped.endswith((".", ",", ":", ";", "?", "!")):
        return False
    # An enumerated request or a sentence asking for something is not the announcement's title.
    if re.match(r"^(?:\d+[.)]|[-*•]|[a-z][.)])\s", stripped) or NOT_TITLE.search(stripped):
        return False
    # an event's detail line ("Hari/Tanggal : Senin, 4 Januari 2027", "Tempat : Aula", "Time: 9 am") is not a title
    if _DETAIL_LINE.match(stripped):
        return False
    # a table's row of cells ("Kegiatan| Tanggal| Jam") is not a title line
    if "|" in stripped.strip("|"):
        return False
    # a press release's own header ("EMBARGOED UNTIL 09:00 ...", "FOR IMMEDIATE RELEASE", "SIARAN PERS") stands
    # above its headline
    if RELEASE_LINE.match(stripped):
        return False
    return stripped[0].isupper() or stripped[0].isdigit() or stripped[0] in '"“'


# What mail clients and writers put before a subject: replies, forwards, tags ("[Penting]", "URGENT:").
SUBJECT_TAGS = re.compile(
    r"^(?:\s*(?:(?:re|fwd?|tr|aw|wg|rv)\s*:|\[[^\]\n]{1,30}\]|\((?:penting|urgent|info|segera)\)|"
    r"(?:penting|urgent|segera|important)\s*[:!\-\u2013]))+\s*",
    re.IGNORECASE,
)
# The body says the title is the subject line: "judul sesuai subjek", "in the subject line", "subject of this email".
SUBJECT_REFERENCE = re.compile(
    r"\b(?:di|pada|sesuai|seperti|dalam|dari|in|as|from|on|use|using|pakai|pake|gunakan|memakai|menggunakan|ambil)\s+"
    r"(?:the\s+|di\s+)?(?:subje[ck]t?|subyek)\b|"
    r"\b(?:subje[ck]t?|subyek)\s+(?:line|e-?mail|surel|ini|of\s+(?:this|the|my)\s+(?:e-?mail|message))\b",
    re.IGNORECASE,
)
# A value that starts as a date or time names when, not what.
MOMENT_START = re.compile(
    r"(?i)(?:\d{1,4}(?:[\s/.:-]|$)|(?:"
    + "|".join(sorted((re.escape(word) for word in (*WEEKDAYS, *MONTHS)), key=len, reverse=True))
    + r"|besok|tomorrow|lusa|today|hari ini|tgl|tanggal|jam|pukul|pkl)\b)"
)

# "Pengumuman: X", "Mohon diumumkan - X": the request word before a subject's title is not part of it.
SUBJECT_REQUEST = re.compile(
    r"^(?:pengumuman|announcement|notice|info|mohon diumumkan|tolong diumumkan|untuk diumumkan|please announce|"
    r"mohon ditayangkan|request|"
    # a publishing verb with its moment: "Tayangkan Rabu 9/12 jam 13.00: X", "Post Tue 8 Dec 07:00 - X" (a time's own
    # colon is not the one before the title)
    r"(?:(?:mohon|tolong|tlg|please)\s+)?(?:di)?(?:tayang(?:kan)?|umumkan|publish|post|pasang)\s+(?:(?:on|pada|hari)\s+)?"
    rf"(?=\(?(?:{MOMENT_START.pattern.removeprefix('(?i)')}))"
    r"(?:[^:\n\-\u2013]|(?<=\d)[:\-](?=\d)){1,40}?(?=\s*(?:\u2013|(?<!\d)[:\-]|[:\-](?!\d))))"
    r"\s*[:\-\u2013]\s*",
    re.IGNORECASE,
)
# A label with no title after it: "Judul: -", "Judul: menyusul", "Title: TBA".
PLACEHOLDER = re.compile(
    r"(?i)[-\u2013\u2014.?_ ]*|menyusul|nanti|belum ada|tba|tbd|bebas|terserah|kosong|none|n/?a|to follow|later"
)
# A subject that names the request, then the title: "Pengumuman: X", "Request to post: X", "Pengumuman kelas IF302 - X",
# "[Pengumuman] X", "X - please announce".
SUBJECT_WORDS = (
    r"pengumuman|announcement|announce|notice|info|umumkan|diumumkan|ditayangkan|tayangkan|post|publish|request|"
    r"titip|pasang|dipasang|home\s?page|front\s?page|course\s?page|beranda|halaman\sdepan|"
    # the other verbs a subject asks with: "Please schedule: X", "Mohon disebarkan - X"
    r"schedule|jadwalkan|dijadwalkan|share|sebarkan|disebarkan|tampilkan|ditampilkan|fyi"
)
SUBJECT_TITLE = re.compile(
    r"(?i:\b(?:" + SUBJECT_WORDS + r")\b[^:\n]{0,40}?(?::\s*|\s[-\u2013]\s+))(\S.{2,110})$"
    r"|^(?i:\[[^\]]*\b(?:pengumuman|announcement|info|notice)\b[^\]]*\]\s*)(\S.{2,110})$"
    # "Pengumuman tentang X", "Announcement about X": the subject's request word and what it is about
    r"|^(?i:(?:pengumuman|announcement|notice|info)\s(?:tentang|mengenai|perihal|terkait|about|on|regarding)\s)"
    r"(?-i:([A-Z0-9].{2,110}))$"
    r"|^(\S.{2,110}?)\s*[:\-\u2013(]\s*(?i:please\sannounce|mohon\sdiumumkan|untuk\sdiumumkan|announcement|"
    r"pengumuman)\)?$"
    # a letter's subject: "Permohonan Penayangan Pengumuman X", "Request for Publication of Notice: X"
    r"|^(?i:(?:surat\s)?(?:(?:permohonan|permintaan|request(?:\sfor)?)\s)?(?:penayangan|publikasi|pemasangan|"
    r"publication|posting|publishing)(?:\s(?:of|an?|the))?\s(?:pengumuman|announcement|notice|info(?:rmasi|rmation)?))"
    r"(?:\s(?i:tentang|mengenai|perihal|about|on|regarding))?\s*:?\s+"
    r"(?!(?i:di|ke|untuk|bagi|pada|dari|for|on|to|at|in|from|by)\b)(\S.{2,110})$"
)
# "Kuis 3 Ditunda (IF302)": the course's code after a subject's title is not part of it
TRAILING_CODE = re.compile(r"\s*(?:[-\u2013]\s*|[(\[])?(?-i:[A-Z]{2,5}[- ]?\d{3,4})[)\]]?\s*$")


# A letter's head names who writes (the institution) and is followed by its number, subject or address lines:
# "POLITEKNIK NEGERI BATAM" over "Nomor : 077/PL29/2026" is not the announcement's title.
_INSTITUTION = re.compile(
    r"^\s*(?:KEMENTERIAN|POLITEKNIK|UNIVERSITAS|INSTITUT|SEKOLAH TINGGI|AKADEMI|YAYASAN|FAKULTAS|JURUSAN|"
    r"PROGRAM STUDI|DIREKTORAT|LEMBAGA|BADAN|PUSAT|UNIT|BAGIAN|UPT|PEMERINTAH)\b[A-Z0-9 ,.&()'\-]*$"
)
_LETTER_LINE = re.compile(
    r"(?i)^\s*(?:(?:nomor|no|lampiran|lamp|hal|perihal|sifat)\s*[:.]\s*\S|(?:jl\.|telp\.?|telepon|fax|faks)\s|"
    r"(?:laman|website|e-?mail|surel)\s*:)"
)


def is_letterhead(line: str, following: list[str]) -> bool:
    """A letter's head: an institution's name in capitals, or a line over the letter's number or address."""
    return bool(_INSTITUTION.match(line)) or any(_LETTER_LINE.match(other) for other in following)


# Words that ask for a text to be published, in the paragraph above an unlabelled title.
ASKED_TO_PUBLISH = re.compile(
    r"(?i)\b(?:di)?(?:umumkan|umumin|tayangkan|pasang(?:kan|in)?|posting(?:kan)?|post|publish|publikasikan|"
    r"announce|share|sebarkan|tampilkan)\b"
)


# A title's delimiters: straight and curly quotes, low-high quotes, guillemets, square brackets, bold stars.
QUOTE = re.compile(
    # a double-quoted title keeps its apostrophes ("Don't Miss the Career Fair")
    # and may run over the line break the mail client put in it
    r"[\"\u201c\u201e]((?:[^\"\u201c\u201d\n]|\n(?![ \t]*\n)){3,120})[\"\u201c\u201d](?!\w)|"
    r"['\u2018]([^'\u2018\u2019\n]{3,120})['\u2019](?!\w)|"
    r"\*{1,2}([^*\n]{3,120})\*{1,2}(?!\w)|"
    r"[\u00ab\u2039]([^\u00bb\u203a\n]{3,120})[\u00bb\u203a]|\[(?!attachment:)([^\]\[\n]{3,120})\]|"
    # the corner brackets a Japanese or Chinese keyboard types: 「X」, 『X』, 【X】
    r"[\u300c\u300e\u3010]([^\u300d\u300f\u3011\n]{3,120})[\u300d\u300f\u3011]"
)
OPENING = "\"\u201c\u201e'\u2018*\u00ab\u2039\\[\u300c\u300e\u3010"


_QUOTE_GROUPS = QUOTE.groups


def quoted_value(match: re.Match[str]) -> str:
    return next(group for group in match.groups()[-_QUOTE_GROUPS:] if group)


def quote_start(match: re.Match[str]) -> int:
    """Where the quoted value starts (its delimiter just before)."""
    last = len(match.groups())
    return next(match.start(number) for number in range(last - _QUOTE_GROUPS + 1, last + 1) if match.group(number))


# A letter's number, date, enclosure or nature line ("Nomor: 412/PL29/AK/2026", "No. 12", "Tanggal: 27 Juli 2026");
# "No Class on Friday" is a title.
NUMBER_LINE = re.compile(
    r"(?i)\s*(?:(?:(?:our\s)?ref(?:erence)?\.?\s*)?(?:no|nomor|nomer|number|ref|reference)\b\.?\s*[:.]?\s*[\w/.-]*\d|"
    r"(?:tanggal|tgl|date|dated|lampiran|lamp|sifat)\b\.?\s*[:.]\s*\S)"
)


# A table rendered as text: "Judul| Tanggal tayang| Jam" rows, "---|---" rules under the header.
TABLE_ROW = re.compile(r"^[ \t]*\|?(?:[^|\n]*\|)+[^|\n]*$")
TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}")


def table_cells(line: str, framed: bool | None = None) -> list[str]:
    """The cells of a row; a framed table ("| a | b |") has a border on its sides, an unframed one ("a| b") none,
    so there an empty first cell stays a cell."""
    cells = line.split("|")
    if line.rstrip().endswith("|") if framed is None else framed:
        cells = cells[line.lstrip().startswith("|") : len(cells) - line.rstrip().endswith("|")]
    return [cell.strip() for cell in cells]

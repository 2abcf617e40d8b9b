"""Read an announcement's title named in prose: a cue ("berjudul", "titled", "umumkan:"), an optional connector, and
a value of a known shape (quoted, or a run of capitalised words that ends where the writer's prose begins)."""

from __future__ import annotations

import re

from daemon.classify.announcement_lines import (
    BODY_LABEL,
    MOMENT_START,
    OPENING,
    QUOTE,
    SYMBOL,
    announcement_body,
    clean_title,
    looks_like_title,
    quote_start,
    quoted_value,
)
from daemon.classify.change_words import OUGHT
from daemon.classify.wording import WRAP_WIDTH

# The grammar of a title named in prose: a cue ("berjudul", "dengan judul", "titled", "with the title"), an optional
# connector (":", "adalah", "is"), then a value of a known shape: quoted, or a run of capitalised words (with the
# small words a title keeps inside it) that ends where the writer's own lower-case prose begins.
_TITLE_CUE = re.compile(
    # the title named with its change verb first: "change the title to X", "ganti judulnya jadi X"
    r"\b(?:(?:change|rename|update|correct)\s+(?:the\s+)?(?:title|heading)\s+(?:to|into)|(?:ganti|ubah|ralat)\s+"
    r"judul(?:nya)?\s+(?:jadi|menjadi|ke))\s*:?\s*|"
    # a correction in a ticket's thread: "judulnya salah, yang benar: X", "the title is wrong, it should be X"
    r"\b(?:judul(?:nya)?\s(?:salah|keliru|typo|kurang\stepat)(?:\s(?:ketik|tulis))?(?:\s(?:ya|pak|bu|min))?\s*[.,;!]?\s*"
    r"(?:(?:maaf|mohon|tolong)\W*\s*)?(?=(?:yang|yg)\s(?:benar|betul)|seharusnya|harusnya|mestinya)|"
    r"(?:the\s)?title\s(?:is\s(?:wrong|incorrect)|has\sa\stypo)\s*[.,;!]?\s*(?:it\s)?(?=should|must)|"
    r"berjudul|bertajuk|(?:dengan\s)?tajuk(?:nya|nye|ne|e|na)?|(?:dengan|dgn) judul|"
    # the possessive in its regional forms too: "judule" (Javanese), "judulna" (Sundanese), "judul nya"
    # "Judul dari pengumuman ini adalah: X", "The title of the announcement is: X": a translated, stiff possessive.
    r"judul(?:nya|nye|ne|e|na|\snya|\spengumuman(?:nya)?|\s(?:dari|untuk)\spengumuman(?:\s(?:ini|tersebut|itu))?)?|"
    r"(?:the\s)?title\sof\s(?:the|this|my)\s(?:announcement|notice|post)|"
    r"jdl|(?:en)?titled|headlined|with the headline|"
    # "a notice called X", "an announcement headed X", "pengumuman dengan nama X"
    r"(?:notice|announcement|post|news item|pengumuman)\s+(?:called|named|headed)|pengumuman\s+dengan\s+nama|"
    # a letter's "pengumuman perihal X" names its subject
    r"pengumuman\s+perihal|"
    r"with the (?:title|heading)|the title|title|heading)\b\s*"
    r"(?:[:=|\-\u2013]|(?:adalah|yaitu|yakni|is)\b(?:[ \t]*:)?|(?:sebagai\s)?berikut(?:\sini)?\s*:?|"
    r"(?:as\s)?follows\s*:?|"
    # a title named or corrected with a change verb: "judulnya tolong diganti jadi X", "the title should be: X"
    r"(?:(?:tolong|tlg|mohon|mhn|please|pls)\s)?(?:(?:di)?(?:ganti|ubah)(?:kan)?\s(?:jadi|menjadi|ke)|menjadi|jadi|jd|"
    rf"{OUGHT}|(?:yang|yg) (?:benar|betul)|should (?:be|read)|must be|(?:can|could) be|"
    r"changed to|be changed to|to be)\b\s*:?)?"
    # "judul yang benar adalah X": a second connector after the first; a spoken particle ("judulnya tuh X")
    r"(?:\s*(?:adalah|yaitu|is|tuh|sih|nih|deh)\b)?\s*",
    re.IGNORECASE,
)
# 'in my course "English for Tour Guiding"': a quoted value right after a course word is the course's name
_COURSE_BEFORE = re.compile(
    r"(?i)\b(?:course|kelas|class|mata\s?kuliah|matkul|mk|module)\s*[\"\u201c\u201e'\u2018*\u00ab\u2039\[]*$"
)


# Words that name a title only when a quoted value follows: 'pengumuman tentang "X"', 'saying "X"'.
QUOTED_TITLE_CUE = re.compile(
    r"\b(?:pengumuman(?:\s(?:tentang|mengenai|perihal))?|announcement(?:\s(?:about|on|regarding))?|notice|saying|"
    # 'announcement di elearning kelas kita: "X"'
    r"(?:pengumuman|announcement|notice|news(?:\sitem)?|berita)\b[^\n:.?!" + OPENING + r"]{0,60}(?=:)|"
    # the writer names it: 'call it "X"', 'name it "X"', 'kasih nama "X"'
    r"(?:yang\s)?berbunyi|bunyinya|(?:call|name|title|head)\s+it|(?:kasih|beri)\s+nama)\s*:?\s*(?=[" + OPENING + "])",
    re.IGNORECASE,
)
_SMALL = {"di", "dan", "untuk", "ke", "pada", "bagi", "dalam", "dari", "oleh", "via", "&", "-", "of", "the", "for",
          "to", "and", "in", "on", "at", "a", "an", "by", "with", "yang", "selama"}  # fmt: skip
_WORD = re.compile(r"[^\s,.;:!?()]+")
# After "publish/umumkan", a quoted value or one after a colon is the title: 'umumkan: "Kuis 3 Daring"'.
_PUBLISHQUOTE = re.compile(
    r"(?i:umumkan|diumumkan|umumin|announce|publish|publikasikan|post|dipost|pasang|tayangkan|sebarkan|share|put|schedule|"
    r"tampilkan|ditampilkan|display|show)\b[^\n" + OPENING + r"]{0,80}?(?::\s*|\s)(?:" + QUOTE.pattern + ")"
)


# "Tolong diumumkan di semua kelas: Seminar Karier Alumni, Sabtu ...": a capitalised value after the colon.
_PUBLISH_COLON = re.compile(
    r"(?i:umumkan|diumumkan|umumin|announce|publish|publikasikan|post|pasang|dipasang|tayangkan|ditayangkan|put\sup|"
    r"share|sebarkan|bagikan|titip(?:\s+(?:info|pengumuman))?|infokan|sampaikan)\b"
    # the colon of a time ("at 07:30") is not the one before a title
    r"(?:[^\n:]|(?<=\d):(?=\d)){0,80}(?<!\d):[ \t]*(?=\S)"
)
_QUOTE_THEN_PUBLISHED = re.compile(
    r"(?i)\b(?:mohon|tolong|tlg|minta|please|pls|kindly|could you|can you)\b[^\n.?!" + OPENING + r"]{0,30}"
    r"(?P<quote>(?=["
    + OPENING
    + r"]))(?:"
    + QUOTE.pattern
    + r")[^\n.?!]{0,30}?\b(?:di(?:tayangkan|umumkan|pasang|posting|post|"
    r"publikasikan|publish|sebarkan|share|tampilkan|muat)|posted|published|announced|put up|shared)\b"
)
_GREETING = re.compile(r"(?i)\b(?:bapak|ibu|pak|bu|kak|min|admin|tim|team|p4m|helpdesk|pagi|siang|sore|malam)\b")


# Where a title written in sentence case ("dengan judul Perubahan jadwal kuliah, isinya ...") stops: the writer's
# own words after it (the place, the time, the text, a particle) or punctuation.
_VALUE_STOP = re.compile(
    r"(?i)ya+|yah|isinya|isi|yang|untuk|di|ke|pada|bagi|kepada|buat|dari|oleh|sampai|hingga|sejak|for|on|in|at|to|"
    r"from|by|via|until|starting|with|dengan|tayang|ditayangkan|publish|post|"
    r"besok|hari|tomorrow|today|tonight|mulai|agar|supaya|so|please|tolong|mohon|min|kak|pak|bu|bahwa|that|which|"
    r"karena|because|sebagai|as|dan|and|lalu|then|"
    # the request's own publishing verbs: "berjudul Sosialisasi KP dipasang di course ..."
    r"dipasang|diumumkan|dipublikasikan|dipublish|diposting|dipost|dimuat|ditampilkan|disebarkan|dishare|diupload|"
    r"diunggah|terbit|muncul|published|posted|shared|displayed|segera|agar|supaya"
)
_LONGEST_TITLE = 12
# Capitalised words in brackets, then more of the title or the line's end; never a course's code ("(IF2201)"), which
# names the course the notice is for
_BRACKETED = re.compile(
    r"(?![A-Z]{2,5}[- ]?\d{3,4}\))([A-Z0-9][\w&/-]*+(?:[ \t][A-Z0-9][\w&/-]*+){0,3})\)(?=[ \t][A-Z0-9]|[ \t]*+(?:\n|$))"
)


def capitalised_run(text: str, *, sentence_case: bool = False) -> str | None:
    """The leading run of capitalised words (small words kept inside), or None. After a title cue a title may go
    on in sentence case up to a clause boundary; when no boundary comes, nothing is claimed."""
    words: list[str] = []
    end = 0
    prose = False
    matches = list(_WORD.finditer(text))
    for index, match in enumerate(matches):
        if match.start() < end:
            continue
        gap = text[end : match.start()].strip()
        # "Pengisian Evaluasi Dosen (EDOM) Semester Ganjil": an abbreviation in brackets inside the run is the title's
        if gap == "(" and words and (inside := _BRACKETED.match(text, match.start())):
            words.append(f"({inside.group(1)})")
            end = inside.end()
            continue
        # "Kuliah Umum: AI di Industri": after a cue, a capitalised subtitle behind a colon is part of the title
        subtitle = sentence_case and gap == ":" and words and words[-1].lower() not in _SMALL
        if gap and not (subtitle and (match.group(0)[0].isupper() or match.group(0)[0].isdigit())):
            break
        if gap:
            words[-1] += gap
        end = match.end()
        word = match.group(0)
        # "Kuis 3 Diundur pada Senin, 23 November": "pada" before a day or date is when, not the title's words (an
        # English title keeps its day: "Scheduled Downtime on Sunday")
        if word.lower() == "pada" and index + 1 < len(matches) and MOMENT_START.match(matches[index + 1].group(0)):
            break
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


# "batas pengajuan judul Tugas Akhir", "judul skripsi", "thesis title": the title of a thesis or report the notice is
# about, not the notice's own
_WORK_TITLE = re.compile(
    r"(?i)(?:\b(?:pengajuan|usulan|mengajukan|ajukan|diajukan|persetujuan|acc|revisi|seminar|sidang|thesis|project|"
    r"report|capstone|paper)\s+$)"
)
_WORK = re.compile(
    r"(?i)(?:tugas akhir|ta|skripsi|tesis|disertasi|proposal|laporan|penelitian|kp|pkl|pa|makalah|artikel|jurnal|"
    r"thesis|dissertation|capstone|project|proyek|"
    r"of (?:your|the|their|each) (?:thesis|report|project|paper|capstone))\b"
)


def _wrapped_run(text: str, start: int) -> str | None:
    """The title after a cue, read on into the next line where the mail client broke a long line inside it
    ("... berjudul Praktikum PLC\nPindah ke Lab Otomasi.")."""
    line, _, following = text[start:].partition("\n")
    title = capitalised_run(line, sentence_case=True)
    written = len(line) + start - (text.rfind("\n", 0, start) + 1)
    next_line = following.split("\n", 1)[0]
    # (a list's next item or a label's line is not the title's end: "* Audience: ...", "Tayang: ...")
    if (
        not title
        or not line.rstrip().endswith(title)
        or written < WRAP_WIDTH
        or not re.match(r"[^\W_]", next_line)
        or re.match(r"[^:\n]{1,30}:", next_line)
    ):
        return title
    longer = capitalised_run(f"{line.rstrip()} {next_line.strip()}", sentence_case=True)
    return longer if longer and len(longer) > len(title) and looks_like_title(longer) else title


# A title dictated to a phone comes in lower case and without punctuation ("judulnya kuis dua mekanika teknik isinya
# kuis dua ..."): after the cue it runs, over the line breaks the client put in, up to the words that open the text
# ("isinya", "terus isinya", "the text is"), after the mark that may close it; without them nothing tells where it
# ends, and nothing is claimed.
_DICTATED = re.compile(
    r"([a-z0-9][^\n.,;:!?\"\u201c\u201d()]{2,90}?(?:\n(?![ \t]*\n)[^\n.,;:!?\"\u201c\u201d()]{1,60}?)?)[.,;]?\s+"
    r"(?:(?:terus|trus|lalu|dan|kemudian|and|then)\s+)?"
    r"((?:isi(?:nya)?|isi\s+pengumuman(?:nya)?|(?:the\s+)?(?:text|content|message|body)\s+(?:is|says|reads))\b)"
)


# A student's title typed in lower case and closed by emoji ("judulnya donor darah bareng pmi 🩸❤️ buat semua"): the
# emoji end it on its line, where no punctuation came first
_EMOJI_ENDED = re.compile(
    rf"([a-z0-9][^\n.,;:!?\"\u201c\u201d()\u2190-\u2bff\U0001f000-\U0001faff]{{2,80}}?)[ \t]*{SYMBOL}"
)

_LEADING_SYMBOLS = re.compile(rf"(?:{SYMBOL}|[ \t])*+")


_POINTER = re.compile(
    r"(?i)sesuai|seperti|sama|ikut|ikuti|lihat|cek|bebas|terserah|menyusul|nanti|belum|kosong|as|same|like|see|"
    r"below|above|tba|tbd|none|not|no|tidak|tdk|gak|nggak|berikut|dibawah|diatas|up|whatever|anything|any"
)


# "titled lab session moved. the lab session on thursday ...": a title in lower case that a full stop closes (its
# dictated "full stop" written): the text follows, whatever its first words.
_NAMES_A_TITLE = re.compile(r"(?i)judul|title|tajuk")
_DESCRIBED = re.compile(r"(?i)the|a|an|it|this|that|its|same|sama|yang")
# Its empty second group marks where the text begins, as the text cue's group does in _DICTATED.
_CLOSED_LOWER = re.compile(r"([a-z0-9][^\n.,;:!?\"\u201c\u201d()]{2,90}?)[.!]()(?=\s|$)")


def _closed_lower(cue: str, rest: str) -> re.Match[str] | None:
    # "perihal perubahan jadwal kuliah.": what a notice is about, in lower case, is its matter; a title is named so
    if not _NAMES_A_TITLE.search(cue):
        return None
    closed = _CLOSED_LOWER.match(rest)
    if closed is None or not 2 <= len(words := closed.group(1).split()) <= _LONGEST_TITLE:
        return None
    # "The title should be the event name.": what the title is, described, not written
    return None if _DESCRIBED.fullmatch(words[0]) else closed


def _emoji_ended(rest: str) -> re.Match[str] | None:
    # (emoji may open it as well: "judulnya 🎉 pensi akhir tahun 🎉")
    lead = _LEADING_SYMBOLS.match(rest)
    ended = _EMOJI_ENDED.match(rest, lead.end() if lead else 0)
    if ended is None or not 2 <= len(words := ended.group(1).split()) <= _LONGEST_TITLE:
        return None
    # "judulnya terserah kakak aja 😁", "judulnya nanti aku kabarin 🙏": a pointer or the writer's words, not a title
    return None if _VALUE_STOP.fullmatch(words[0]) or _POINTER.fullmatch(words[0]) else ended


def emoji_break(value: str) -> int | None:
    """Where a labelled title typed in lower case stops at its emoji ("title: open mic night 🎤 and it's for
    everyone"): the writer's prose goes on after them."""
    ended = _EMOJI_ENDED.match(value)
    if ended is None or len(ended.group(1).split()) < 2:
        return None
    after = value[ended.end() :]
    after = after[len(after) - len(_LEADING_SYMBOLS.sub("", after, count=1)) :].lstrip(" \t")
    return ended.end(1) if after[:1].islower() else None


def cued_title(text: str) -> tuple[str | None, str | None, int] | None:
    for cue in _TITLE_CUE.finditer(text):
        rest = text[cue.end() :]
        # "titled Thesis Proposal Deadline Extended" names the notice; a bare "judul Tugas Akhir" names a thesis
        noun = re.fullmatch(r"(?i)(?:the\s+)?(?:judul|jdl|title)", cue.group(0).strip())
        if _WORK_TITLE.search(text[max(0, cue.start() - 20) : cue.start()]) or (noun and _WORK.match(rest)):
            continue
        quoted = QUOTE.match(rest)
        dictated = None if quoted else _DICTATED.match(rest) or _closed_lower(cue.group(0), rest)
        # "judulnya sesuai subjek isinya ...", "title is as below": a pointer or a connector is not a dictated title
        if dictated and (_VALUE_STOP.fullmatch(first := dictated.group(1).split()[0]) or _POINTER.fullmatch(first)):
            dictated = None
        emoji = None if quoted or dictated else _emoji_ended(rest)
        title = (
            quoted_value(quoted)
            if quoted
            else dictated.group(1)
            if dictated
            else emoji.group(1)
            if emoji
            else _wrapped_run(text, cue.end())
        )
        if title:
            ends = quoted.end() if quoted else dictated.start(2) if dictated else emoji.end() if emoji else len(title)
            after = rest[ends:]
            body_label = BODY_LABEL.search(after)
            return (
                clean_title(title),
                announcement_body(after[body_label.end() :] if body_label else after),
                cue.start(),
            )
    # 'Mohon "Kuis Susulan" ditayangkan ...', 'Please get "X" posted': the quoted object of a request, then its
    # publishing verb
    for match in _QUOTE_THEN_PUBLISHED.finditer(text):
        quoted = QUOTE.match(text, match.start("quote"))
        if quoted and not _COURSE_BEFORE.search(text[: quote_start(quoted)]):
            after = text[quoted.end() :]
            return clean_title(quoted_value(quoted)), announcement_body(after.split("\n\n", 1)[-1]), match.start()
    for pattern in (QUOTED_TITLE_CUE, _PUBLISHQUOTE):
        for match in pattern.finditer(text):
            quoted = QUOTE.match(text, match.end()) if pattern is QUOTED_TITLE_CUE else match
            if quoted and not _COURSE_BEFORE.search(text[: quote_start(quoted)]):
                after = text[quoted.end() :]
                title = quoted_value(quoted)
                return clean_title(title), announcement_body(after.lstrip(" .,;?\n")), match.start()
    for match in _PUBLISH_COLON.finditer(text):
        title = capitalised_run(text[match.end() :].split("\n", 1)[0])
        # "Ditayangkan: 23 November 2026 pukul 07.00" names when, not what
        if title and len(title.split()) >= 2 and not MOMENT_START.match(title):
            after = text[match.end() + len(title) :]
            return clean_title(title), announcement_body(after.lstrip(" .,;\n")), match.start()
    return None

"""Find when an announcement goes out: the moment its publishing word governs in the request, or a line after the
text that says so, apart from the event's own time and its deadline."""

from __future__ import annotations

import re
from datetime import datetime

from daemon.classify.announcement_governed import (
    FILLER,
    PLACE,
    PREFERENCE,
    THERE_IS,
    governed_by_publishing,
    in_the_news,
    names_event,
    opening,
)
from daemon.classify.announcement_lines import ASKING, TABLE_ROW, TABLE_RULE, table_cells
from daemon.classify.clock import find_time, moment_at
from daemon.classify.dates import SPAN_TO, WEEKDAY_WORD, WEEKDAYS, find_date, find_moment
from daemon.classify.wording import sentences, unwrap

PUBLISH = re.compile(
    r"tayang|ditayangkan|menayangkan|penayangan|publish|publikasi|publication|post(?:ed|ing)?\b|dipasang|pasang|"
    r"pemasangan|penyebaran|"
    # the active forms whose first sound the prefix replaces: pasang -> memasang, sebar -> menyebarkan
    r"memasang|menampilkan|menerbitkan|menyebarkan|menyebar|menyiarkan|memuat|memublikasikan|"
    # the announcement itself as the subject: "jadi pengumumannya besok pagi jam 7 saja", "the notice Monday 7 am"
    r"\bpengumumannya\b|\b(?:the|this) (?:announcement|notice)\b|"
    r"diumumkan|(?<!berlaku )(?<!efektif )\bmulai\b|schedul|jadwal tayang|"
    # "Timing: Feb 1 at 5 pm" under the request
    r"\btiming\b|"
    # a press release held until a moment: "EMBARGOED UNTIL 09:00 SGT, 8 DECEMBER", "embargo hingga Senin pukul 8"
    r"\bembargo(?:ed)?\s+(?:until|till|hingga|sampai)\b|"
    # asked to schedule it: "tolong dijadwalkan untuk Senin", "jadwalkan saja Rabu"; never the event's own
    # "Responsi dijadwalkan Kamis ..."
    r"(?:tolong|tlg|mohon|mhn|minta|bisa|bisakah|harap|please)\s+(?:\w+\s+)?dijadwal(?:kan|in)?\b|\bjadwal(?:kan|in)\b|"
    r"\b(?:tolong|tlg|mohon|mhn|minta|bisa|please)\s+menjadwalkan\b|"
    r"muncul|sebagai pengumuman|appear|announce|"
    r"umumkan|pin\b|share|terbit|"
    # the same verbs in regional and Malay forms: "diumumkeun", "diumumke", "hebahkan", "dipaparkan", "dipajang"
    r"umumke(?:un)?\b|tayangke(?:un)?\b|hebah|paparkan|pajang|"
    r"visible|terlihat|kelihatan|\b(?:saw|see|read) it\b|\bgo(?:es)? out\b|rilis|release|dimuat|siarkan|broadcast|"
    r"\blive\b|(?:send|sent) (?:it )?out|\b(?:go|goes|went|going) (?:up|online)\b|"
    r"informasikan|infokan|kabarkan|beritahukan|sampaikan|"
    # the spoken "-in" forms of the same verbs: "tlg umumin", "diumumin", "infoin", "kabarin"
    r"umumin|infoin|kabarin|beritahuin|\b(?:di-?)?up-?(?:kan|in)\b|\bdi-?up\b|"
    r"tampil|sebar|go[- ]live|naik(?:kan)?|post|di-post|"
    # the students' upload is the deadline's: "batas unggah laporan Jumat pukul 12.00", "upload deadline"
    r"(?<!batas )(?<!tenggat )(?<!deadline )(?<!deadline for )(?<!akhir )(?<!waktu )(?:upload|unggah)"
    # ("CV uploads close on Monday at 11.59 p.m.": the readers' uploads and their deadline)
    r"(?!s?\s+(?:deadline|close[sd]?|due|ditutup))|"
    r"(?:have|put|get) it up|\bup by\b|online by|"
    # put up in a few words: "pop this up on the page", "stick it up", "bung the notice on", "have this up by"
    r"\b(?:pop|stick|bung|throw|slap|whack|chuck|shove|have|get|put)\s+(?:it|this|that|these|them|the\s+(?:notice|announcement|post))\s+"
    r"(?:up|out|online|on)\b|"
    r"\bput (?:up|an?|the|this)\b|\brun (?:the|this|it)\b|"
    # the notice between the verb and "up": "putting a wee notice up", "get the reminder up", "popping one up"
    r"\b(?:put(?:ting)?|pop(?:ping)?|stick(?:ing)?|get(?:ting)?)\s+(?:(?:a|an|the|this|that|my|our|one)\s+)?"
    r"(?:\w+\s+){0,2}?(?:notice|announcement|post|note|reminder|message|one)\s+(?:up|on|online)\b|\bputting up\b|"
    # being seen is being published: "display it from ...", "bisa dilihat mahasiswa ...", "be online on ..."
    r"display|dilihat|dibaca|\b(?:be|is|being|sudah|bisa) online\b",
    re.IGNORECASE,
)
# After the text, a line that says when it goes out: "Jadwal tayang: ...", "Tayang: ...", "ditayangkan mulai ...".
PUBLISH_AFTER = re.compile(
    # a form's own words too: "Go-live: ...", "Start showing: ..." (a notice's display window)
    r"tayang|penayangan|pemasangan|publish|publikasi|publication|post(?:ed|ing)?\b|dipasang|go[- ]live|schedul|"
    r"(?:start )?showing\b|\bdisplay(?:ed)? (?:from|on)\b|\b(?:show|shown|visible|tampil(?:kan)?|ditampilkan)\s+"
    r"(?:from|on|starting|since|mulai|sejak)\b|"
    # Moodle's own words for a forum post's timing: "Display start: ...", "display period", "timed post"
    r"\bdisplay (?:start|period|date|time)\b|\btimed post\b|\bwaktu tampil\b|"
    r"terbit|appear|tampil|"
    r"(?:go|goes|send|sent) out|\b(?:make|making) it (?:visible|appear|available)\b|\bvisible (?:from|on|at|by)\b",
    re.IGNORECASE,
)
# After the text, a sentence about the announcement itself ("It needs to go live on ...", "This should be visible
# from ...", a partner's article-less "Announcement should be online ...", "Dijadwalkan muncul ...", "Sebaiknya sudah
# bisa dilihat ...") says when it goes out, in words of being seen.
_ABOUT_IT = re.compile(
    r"(?i)^\W*(?:(?:and|dan|also|juga|lalu|then|oh)\W+)?"
    r"(?:(?:it|this|this one|(?:the |this |my )?(?:notice|announcement|post))\s+"
    r"(?:should|needs? to|must|has to|can|could|would need to|is to)\b|"
    r"(?:pengumuman|postingan|info)(?:nya|\s+(?:ini|tersebut|itu))?"
    r"\s+(?:harus|perlu|sebaiknya|diharapkan|dijadwalkan|bisa|dapat|mohon|agar|supaya)\b|dijadwalkan|terjadwal|sebaiknya|"
    r"diharapkan|hendaknya|idealnya|ideally|preferably|rencana(?:nya)?|targetnya|scheduled|planned)\b"
)
_SEEN = re.compile(
    PUBLISH_AFTER.pattern + r"|muncul|terlihat|kelihatan|dilihat|dibaca|visible|\bonline\b|\blive\b|"
    r"\b(?:go|goes|going|be|is)\s+up\b",
    re.IGNORECASE,
)


def _untabled(text: str) -> str:
    """A table as its writer meant it, one "header: value" line a cell: rows of two cells are a label and its value
    ("Tanggal Tayang | 23 November 2026"); under a header row ("Judul | Tanggal tayang | Jam") each cell is named by
    the header above it."""
    lines, out, index = text.split("\n"), [], 0
    while index < len(lines):
        end = index
        while end < len(lines) and TABLE_ROW.match(lines[end]):
            end += 1
        framed = any(line.rstrip().endswith("|") for line in lines[index:end])
        rows = [table_cells(line, framed) for line in lines[index:end] if not TABLE_RULE.match(line)]
        if len(rows) < 2:
            out.append(lines[index])
            index += 1
            continue
        header, *body = rows
        headed = len(header) > 2 or (
            not any(ch.isdigit() for cell in header for ch in cell)
            and all(any(ch.isdigit() for ch in cell) for cell in body[0])
        )
        pairs = [zip(header, row, strict=False) for row in body] if headed else [[(row[0], row[-1])] for row in rows]
        out.extend(f"{name}: {value}." for row in pairs for name, value in row if name and value)
        index = end
    return "\n".join(out)


# A label ends in a colon; a question is a label only when it asks for a moment ("Kapan ditayangkan?", "Waktu
# tayang?", "Publish time?", numbered "3. Kapan ditayangkan?"): "Bisa tolong dipasang?" above a thank-you is a
# sentence.
_FORM_LABEL = re.compile(
    # (a title's label whose title was blanked out is not a label above the next line)
    r"(?m)^(?!(?i:\W*(?:judul|title)\W*:))((?:[^\n:?]{1,30}(?=:)|(?i:\W*(?:\d{1,2}[.)]\s*)?(?:kapan|when|waktu|jam|tanggal|tgl|jadwal|tayang|publish|publication|"
    r"post(?:ing)?|time|date)\b)[^\n:?]{0,25}(?=\?)))[:?][ \t]*\n(?:[ \t]*\n)?(?=[ \t]*\S)"
)


# "on Nov. 27 at 0730H": a month's abbreviation before its day ends no sentence (the dot becomes a space)
_MONTH_DOT = re.compile(r"(?i)\b(jan|feb|mar|apr|jun|jul|aug|agu|agt|sep|sept|oct|okt|nov|nop|dec|des)\.(?=[ \t]*\d)")


def publish_at(intro: str, reference: datetime, cue: re.Pattern[str] = PUBLISH) -> str | None:
    # a form's label on a line of its own ("Waktu tayang:", or asked: "Kapan ditayangkan?") takes the value on the
    # next line, or the one after a blank line
    flat = _MONTH_DOT.sub(r"\1 ", unwrap(_FORM_LABEL.sub(r"\1: ", _untabled(intro))))
    for start, end in sentences(flat):
        sentence = " ".join(flat[start:end].split())
        # under the text, "Mohon diumumkan besok jam 7" is still the writer asking: any publishing word counts then
        asked = (
            cue
            if cue.search(sentence)
            else PUBLISH
            if ASKING.search(sentence)
            else _SEEN
            if cue is PUBLISH_AFTER and _ABOUT_IT.match(sentence)
            else None
        )
        if asked is None or not asked.search(sentence):
            continue
        sentence = _publishing_day(sentence, asked)
        # "Batas pengumpulan 14 Mei pukul 23.59, jadi tolong umumkan besok jam 8": the deadline comes first, the
        # moment the publishing word governs later in the same sentence
        offset = 0
        while (moment := find_moment(sentence[offset:], reference)) is not None:
            start, end = offset + moment.start, offset + moment.end
            # "sebelum jam 7", "before Monday 8 am" bound the time without naming it; "..., before class" does not
            # "any time after 7 am", "setelah jam 7" bound it from the other side ("the day after tomorrow" is a day)
            bounded = re.search(
                r"sebelum|\bsblm\b|sebelom|before|\bafter\b(?!\s+tomorrow)|setelah|\bstlh\b|sesudah|\blatest\b|"
                r"paling lambat|paling telat|selambat|"
                r"no later than",
                # (the weekday before the date is the moment's own: "paling telat Senin 21 Desember ...")
                sentence[max(0, opening(sentence, start) - 14) : end],
                re.IGNORECASE,
            ) or re.match(r"(?i)\W*(?:at the latest|paling lambat|selambat-lambatnya)", sentence[end:])
            # "Kamis pukul 08.00 ada kuis susulan", "at 8 am there will be a quiz": the moment of what there is
            there = THERE_IS.match(sentence, end)
            # "tomorrow; the quiz opens at 8 am": the hour after the day is the event's named between them
            if (
                not bounded
                and not there
                and not names_event(moment.between)
                and governed_by_publishing(sentence[:start], asked)
                and not in_the_news(sentence, start, end, asked)
            ):
                return moment.at.isoformat()
            offset = end
    if split := _split_moment(flat, reference, cue):
        return split
    # "Tomorrow at 8 am please.": a sentence that is nothing but a moment, in the request to publish, is its time;
    # in the announcement's own text such a line is when its event happens, unless the writer says it is what they
    # would like ("Tomorrow at 9 am would be ideal", "Besok jam 7 kalau bisa"): that is said to us, not to readers.
    for start, end in sentences(flat):
        sentence = " ".join(flat[start:end].split())
        moment = find_moment(sentence, reference)
        if moment is None:
            continue
        rest = sentence[: moment.start] + sentence[moment.end :]
        rest = _NOT_EARLIER.sub("", _DAY_NAME.sub("", PLACE.sub("", rest)))
        if (cue is PUBLISH or PREFERENCE.search(rest)) and not FILLER.sub("", PREFERENCE.sub("", rest)).strip():
            return moment.at.isoformat()
    return None


# "..., not before, as I still need to tell them in class", "jangan sebelum itu karena ...": the wished time bounded
# from below, with the writer's reason, is still the time asked for.
_NOT_EARLIER = re.compile(
    r"(?i)[,;]\s*(?:(?:but\s+)?not\s+(?:before|earlier|sooner)|(?:tapi\s+)?jangan\s+(?:sebelum|lebih\s+(?:awal|cepat|"
    r"dulu)|duluan)|(?:tidak|tdk|jgn)\s+(?:sebelum|lebih\s+awal))\b.*$"
)
# "Monday 7 December at 8 am would be ideal": the day's name before its date is the moment's own.
_DAY_NAME = re.compile(rf"(?i)\b(?:hari\s+)?(?:{WEEKDAY_WORD})\b\.?,?")
# "sekitar jam 7", "around 7 am": a time given roughly is still the time asked for
_ROUGHLY = re.compile(r"(?i)\b(?:sekitar|kira-kira|kurang lebih|around|about|approximately|roughly)\b")


_HARI_DAY = re.compile(
    # the place it goes may stand between: "posting di kelas saya hari Senin", "pasang di e-learning hari Senin", "di
    # course Akuntansi Biaya (AK2203) hari Kamis", "di Pengumuman Umum E-Learning hari Senin" (the site's news)
    # the publishing word's own ending first ("tayangin", "tayangkan")
    r"(?i)\w*(?:\s+(?:di|ke|on|in)\s+(?:the\s+|my\s+)?(?:kelas|course|e-?learning|moodle|beranda|halaman|forum|lms|site|page|"
    r"pengumuman|announcements?|news|"
    r"mk|matkul)(?:\s+[\w-]+){0,3}?(?:\s+\([\w -]{2,14}\))?)?\s+(?:(?:pada|mulai|pas|tepat|di|nanti)\s+)?(hari)\s+(?:"
    + "|".join(day for day in WEEKDAYS if day != "minggu")
    + r")\b"
)


def _publishing_day(sentence: str, cue: re.Pattern[str]) -> str:
    """A weekday after "hari" is read as a day ("Tayang hari Jumat jam 1 siang") only right after the publishing
    word (elsewhere "hari Jumat" is the event's day): "hari" is blanked, offsets kept. "Hari Minggu" stays, since
    "minggu" alone is a week."""
    for match in cue.finditer(sentence):
        day = _HARI_DAY.match(sentence, match.end())
        if day is not None:
            sentence = sentence[: day.start(1)] + "    " + sentence[day.end(1) :]
    return sentence


# "Tanggal tayang: 15/11/2027" and "Jam tayang: 08.00" on lines of their own: one moment.
# "Jam tayangnya 10.00 WIB.", "Time of posting 2 pm.": a label with its publishing word needs no colon.
_TIME_LABEL = re.compile(
    r"(?i)^\W*(?:(?:jam|pukul|pkl|waktu|time|publish time|at)\b[^:]{0,20}:|(?:jam|pukul|waktu)\s+(?:tayang|penayangan|"
    r"terbit|publish|publikasi|posting)(?:nya)?\b|(?:time|hour) of (?:publication|publishing|posting)\b)"
)


def split_moment(text: str, reference: datetime) -> str | None:
    """The day the request asks for in one sentence and the hour alone in the next ("... pada Kamis, 10 Desember
    2026. Untuk jamnya pukul 13.00 WIB saja.")."""
    return _split_moment(unwrap(_FORM_LABEL.sub(r"\1: ", _untabled(text))), reference, PUBLISH)


_SPAN = re.compile(rf"(?i)\s*(?:{SPAN_TO})\s*\d")
_PLACE_LABEL = re.compile(r"(?i)\W*(?:tempat|lokasi|ruang(?:an)?|venue|place|location|room)\s*:")


def _split_moment(flat: str, reference: datetime, cue: re.Pattern[str]) -> str | None:
    lines = [" ".join(flat[start:end].split()) for start, end in sentences(flat)]
    for index, line in enumerate(lines):
        # "ditayangkan hari Senin." names the publishing day (see _publishing_day)
        day = find_date(_publishing_day(line, cue), reference)
        if not cue.search(line) or day is None or find_time(line) is not None:
            continue
        # the line above gives the hour only with its own publishing word ("Jam tayang: 06.30"): a bare "Jam: 08.00"
        # above is the last row of something else (a table of events)
        above = [line for line in lines[max(0, index - 1) : index] if cue.search(line)]
        for number, other in enumerate(above + lines[index + 1 : index + 2]):
            clock = find_time(other) if find_date(other, reference) is None else None
            # an event's details below: a span of hours ("Jam: 13.00 - 15.00") or its place on the next line
            below = lines[index + 2] if index + 2 < len(lines) and number == len(above) else ""
            if clock is not None and (_SPAN.match(other, clock[3]) or _PLACE_LABEL.match(below)):
                continue
            # "Jam tayang: 08.00", or a sentence that is only the time ("Jam 07.00 ya.")
            # "Kalau bisa pukul 07.00 WIB.", "Ideally around 7 am.": the writer's preference for the time, alone
            rest = other[: clock[2]] + other[clock[3] :] if clock is not None else ""
            alone = clock is not None and not FILLER.sub("", _ROUGHLY.sub("", PREFERENCE.sub("", rest))).strip()
            if clock is not None and (_TIME_LABEL.match(other) or alone):
                return moment_at(day[0], clock).isoformat()
    return None


_REPLY_PREFIX = re.compile(r"(?i)^\s*(?:(?:re|fwd?|tr|aw|balas|bls)\s*:\s*)+")


def subject_publish_at(subject: str, reference: datetime) -> str | None:
    """A new mail's subject that says when the notice goes out ("Tayang Rabu 9/12 pukul 08.00 - Pengumuman X"): read
    as a sentence of the request, so its publishing word must govern the moment. A reply's subject is the earlier
    request's, and is not read."""
    if _REPLY_PREFIX.match(subject):
        return None
    return publish_at(subject.strip(), reference)

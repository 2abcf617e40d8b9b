"""Find when an announcement goes out: the moment its publishing word governs in the request, or a line after the
text that says so, apart from the event's own time and its deadline."""

from __future__ import annotations

import re
from datetime import datetime

from daemon.classify.announcement_lines import TABLE_ROW, TABLE_RULE, table_cells
from daemon.classify.clock import find_time, moment_at
from daemon.classify.dates import WEEKDAYS, find_date, find_moment
from daemon.classify.wording import sentences, unwrap

PUBLISH = re.compile(
    r"tayang|ditayangkan|menayangkan|penayangan|publish|publikasi|publication|post(?:ed|ing)?\b|dipasang|pasang|"
    r"pemasangan|penyebaran|"
    # the active forms whose first sound the prefix replaces: pasang -> memasang, sebar -> menyebarkan
    r"memasang|menampilkan|menerbitkan|menyebarkan|menyebar|menyiarkan|memuat|memublikasikan|"
    # the announcement itself as the subject: "jadi pengumumannya besok pagi jam 7 saja", "the notice Monday 7 am"
    r"\bpengumumannya\b|\b(?:the|this) (?:announcement|notice)\b|"
    r"diumumkan|(?<!berlaku )(?<!efektif )\bmulai\b|schedul|jadwal tayang|muncul|sebagai pengumuman|appear|announce|umumkan|pin\b|share|terbit|"
    r"visible|terlihat|kelihatan|\b(?:saw|see|read) it\b|\bgo(?:es)? out\b|rilis|release|dimuat|siarkan|broadcast|"
    r"\blive\b|(?:send|sent) (?:it )?out|\b(?:go|goes|went|going) (?:up|online)\b|"
    r"informasikan|infokan|kabarkan|beritahukan|sampaikan|"
    # the spoken "-in" forms of the same verbs: "tlg umumin", "diumumin", "infoin", "kabarin"
    r"umumin|infoin|kabarin|beritahuin|\b(?:di-?)?up-?(?:kan|in)\b|\bdi-?up\b|"
    r"tampil|sebar|go[- ]live|naik(?:kan)?|post|di-post|upload|unggah|(?:have|put|get) it up|\bup by\b|online by|"
    r"\bput (?:up|an?|the|this)\b|\brun (?:the|this|it)\b|"
    # being seen is being published: "display it from ...", "bisa dilihat mahasiswa ...", "be online on ..."
    r"display|dilihat|dibaca|\b(?:be|is|being|sudah|bisa) online\b",
    re.IGNORECASE,
)
# After the text, a line that says when it goes out: "Jadwal tayang: ...", "Tayang: ...", "ditayangkan mulai ...".
ASKING = re.compile(r"\b(?:tolong|tlg|mohon|mhn|please|pls|kindly|could you|can you|minta)\b", re.IGNORECASE)
PUBLISH_AFTER = re.compile(
    # a form's own words too: "Go-live: ...", "Start showing: ..." (a notice's display window)
    r"tayang|penayangan|pemasangan|publish|publikasi|publication|post(?:ed|ing)?\b|dipasang|go[- ]live|schedul|"
    r"(?:start )?showing\b|\bdisplay(?:ed)? (?:from|on)\b|"
    # Moodle's own words for a forum post's timing: "Display start: ...", "display period", "timed post"
    r"\bdisplay (?:start|period|date|time)\b|\btimed post\b|\bwaktu tampil\b|"
    r"terbit|appear|tampil|"
    r"(?:go|goes|send|sent) out|\b(?:make|making) it (?:visible|appear|available)\b|\bvisible (?:from|on|at|by)\b",
    re.IGNORECASE,
)
# After the text, a sentence about the announcement itself ("It needs to go live on ...", "This should be visible
# from ...", "Dijadwalkan muncul ...", "Sebaiknya sudah bisa dilihat ...") says when it goes out, in words of being
# seen.
_ABOUT_IT = re.compile(
    r"(?i)^\W*(?:(?:and|dan|also|juga|lalu|then|oh)\W+)?(?:(?:it|this|this one|the (?:notice|announcement|post))\s+"
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
# tayang?", "Publish time?"): "Bisa tolong dipasang?" above a thank-you is a sentence.
_FORM_LABEL = re.compile(
    r"(?m)^((?:[^\n:?]{1,30}(?=:)|(?i:\W*(?:kapan|when|waktu|jam|tanggal|tgl|jadwal|tayang|publish|publication|"
    r"post(?:ing)?|time|date)\b)[^\n:?]{0,25}(?=\?)))[:?][ \t]*\n(?:[ \t]*\n)?(?=[ \t]*\S)"
)


def publish_at(intro: str, reference: datetime, cue: re.Pattern[str] = PUBLISH) -> str | None:
    # a form's label on a line of its own ("Waktu tayang:", or asked: "Kapan ditayangkan?") takes the value on the
    # next line, or the one after a blank line
    flat = unwrap(_FORM_LABEL.sub(r"\1: ", _untabled(intro)))
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
            # "any time after 7 am", "setelah jam 7" bound it from the other side
            bounded = re.search(
                r"sebelum|before|\bafter\b|setelah|sesudah|\blatest\b|paling lambat|paling telat|selambat|no later than",
                # (the weekday before the date is the moment's own: "paling telat Senin 21 Desember ...")
                sentence[max(0, _opening(sentence, start) - 14) : end],
                re.IGNORECASE,
            ) or re.match(r"(?i)\W*(?:at the latest|paling lambat|selambat-lambatnya)", sentence[end:])
            # "Kamis pukul 08.00 ada kuis susulan", "at 8 am there will be a quiz": the moment of what there is
            there = _THERE_IS.match(sentence, end)
            if (
                not bounded
                and not there
                and _governed_by_publishing(sentence[:start], asked)
                and not _in_the_news(sentence, start, end, asked)
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
        rest = _PLACE.sub("", rest)
        if (cue is PUBLISH or _PREFERENCE.search(rest)) and not _FILLER.sub("", _PREFERENCE.sub("", rest)).strip():
            return moment.at.isoformat()
    return None


# "Tomorrow 7 am please, on my course page": where it goes, beside the moment, is still the request's own words
_THERE_IS = re.compile(r"(?i)[\s,]*(?:(?:akan\s+)?(?:ada|diadakan)|there\s+(?:is|are|will\s+be))\b")
_PLACE = re.compile(
    r"(?i)\b(?:on|in|to|di|ke|pada)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?:course page|course|class|kelas(?:\s(?:saya|kami|ini))?|"
    r"e-?learning|front ?page|home ?page|beranda|halaman depan|site|moodle)\b"
)
_PREFERENCE = re.compile(
    r"(?i)\b(?:would be (?:ideal|great|best|perfect|good|fine)|(?:is|works?) (?:ideal|best|fine|ok|okay|good)"
    r"(?: for (?:me|us))?|if possible|if you can|kalau bisa|kalo bisa|klo bisa|kl bisa|jika memungkinkan|"
    r"bila memungkinkan|sebaiknya|lebih baik|paling baik|cukup|ideally|idealnya|preferably|kalau boleh|kalo boleh)\b"
)
# "sekitar jam 7", "around 7 am": a time given roughly is still the time asked for
_ROUGHLY = re.compile(r"(?i)\b(?:sekitar|kira-kira|kurang lebih|around|about|approximately|roughly)\b")


_HARI_DAY = re.compile(
    # the place it goes may stand between: "posting di kelas saya hari Senin", "pasang di e-learning hari Senin"
    # the publishing word's own ending first ("tayangin", "tayangkan")
    r"(?i)\w*(?:\s+(?:di|ke|on|in)\s+(?:the\s+|my\s+)?(?:kelas|course|e-?learning|moodle|beranda|halaman|forum|lms|site|page|"
    r"mk|matkul)(?:\s+[\w-]+){0,2}?)?\s+(?:(?:pada|mulai|pas|tepat|di|nanti)\s+)?(hari)\s+(?:"
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


def _split_moment(flat: str, reference: datetime, cue: re.Pattern[str]) -> str | None:
    lines = [" ".join(flat[start:end].split()) for start, end in sentences(flat)]
    for index, line in enumerate(lines):
        day = find_date(line, reference)
        if not cue.search(line) or day is None or find_time(line) is not None:
            continue
        for other in lines[max(0, index - 1) : index] + lines[index + 1 : index + 2]:
            clock = find_time(other) if find_date(other, reference) is None else None
            # "Jam tayang: 08.00", or a sentence that is only the time ("Jam 07.00 ya.")
            # "Kalau bisa pukul 07.00 WIB.", "Ideally around 7 am.": the writer's preference for the time, alone
            rest = other[: clock[2]] + other[clock[3] :] if clock is not None else ""
            alone = clock is not None and not _FILLER.sub("", _ROUGHLY.sub("", _PREFERENCE.sub("", rest))).strip()
            if clock is not None and (_TIME_LABEL.match(other) or alone):
                return moment_at(day[0], clock).isoformat()
    return None


_FILLER = re.compile(
    r"(?i)\b(?:please|pls|plz|ya|yaa|yah|ok|oke|min|kak|pak|bu|tolong|mohon|thanks|thank you|tks|makasih|"
    r"saja|aja|deh|dong|sir|jamnya|waktunya|pukulnya|"
    # "Untuk jamnya ...", "As for the time, ...": the hour introduced as the other half of the moment
    r"untuk|utk|soal|as for|the time|timing|time-wise|"
    r"terima kasih|wib|wita|wit)\b|[\W_]"
)


# When the class, quiz or deadline is named, a moment after it is when that happens, not when the text goes out.
# Only lower-case words count: a capitalised "Praktikum" is part of a course's name.
_EVENT = re.compile(
    # "mata kuliah X" names the course, not a lecture
    r"\b(?:(?<!mata )kuliah|perkuliahan|kelas pengganti|kuis|quiz|ujian|uts|uas|exam|rapat|meeting|presentasi|"
    r"praktikum|"
    # the other events a notice announces, in both languages
    r"lecture|seminar|webinar|workshop|talk|sessions?|sesi|pelatihan|sosialisasi|acara|kegiatan|upacara|wisuda|"
    r"yudisium|responsi|asistensi|remedial|konsultasi|bimbingan|briefing|pertemuan|lomba|event|"
    # "kelas besok jam 8 online": a class followed by its day (the moment, which ends the text looked at) is the
    # class meeting; "di kelas X" is the place
    r"(?<!di )(?<!ke )(?<!in )(?<!to )(?<!my )(?<!our )(?:kelas|class)"
    r"(?=\s*$|\s+(?:besok|bsk|lusa|nanti|hari|tomorrow|today|tonight|on|this|next|senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday))|"
    r"dibuka|ditutup|deadline|batas|dikumpulkan|dilaksanakan|diadakan|held|opens?|closes?|due|sampai|hingga|until|"
    # a moved event's new day, and the announcement's own words after "isinya", are not when it goes out
    r"pindah|dipindah(?:kan)?|diundur|dimajukan|ditunda|moved|postponed|rescheduled|isi(?:nya)?|bunyinya|berbunyi|"
    # "kuisnya", "ujiannya": the event with its possessive suffix
    r"paling lambat|selambat-lambatnya|at the latest|no later than|"
    # a rule that takes effect, a period that ends, an event that takes place, a place that opens: their moments
    r"berlaku|efektif|effective|takes? effect|in effect|berakhir|ends?|expires?|berlangsung|digelar|dimulai|"
    r"takes? place|taking place|begins?|buka|"
    # the writer's own absence or the students' attendance: "saya berhalangan hadir besok pukul 13.00"
    r"hadir|berhalangan|absen|attend|away|"
    # "umumkan bahwa SIAKAD tidak dapat diakses pada Sabtu pukul 20.00": what follows is the text's own news
    r"bahwa|that(?= (?:the|all|there|our|students|classes|lectures))"
    r")(?:nya)?\b"
)


# "penayangan pengumuman pelatihan Moodle pada ...", "a notice about the workshop on ...": an event named as what
# the announcement is about is its topic, not what happens at the moment that follows.
_TOPIC = re.compile(
    r"(?i)\b(?:pengumuman|announcement|notice|info(?:rmasi)?|berita|news)\s+(?:(?:tentang|mengenai|perihal|terkait|"
    r"soal|about|on|regarding|for|of)\s+)?(?:(?:the|an?)\s+)?$"
)


_MOVED = re.compile(r"(?i)pindah|dipindah(?:kan)?|diundur|dimajukan|ditunda|moved|postponed|rescheduled")
_MOVED_PUBLISHING = re.compile(r"(?i)(?:nya)?\s+(?:(?:time|date|schedule|jadwal(?:nya)?|waktu(?:nya)?)\s+)?")


def _governed_by_publishing(before: str, cue: re.Pattern[str]) -> bool:
    """Whether the nearest word before a moment that says what happens then is a publishing word."""
    # "..., ideally tomorrow at 7 am", "..., kalau bisa besok jam 7": the writer's wish for the time is ours to keep
    cues = [match.end() for match in (*cue.finditer(before), *_PREFERENCE.finditer(before))]
    # an event word that opens the sentence is capitalised only for that ("Batas pengumpulan ...")
    before = before[:1].lower() + before[1:]
    # an event named as the topic has words of its own before the moment ("pengumuman pelatihan Moodle bagi dosen
    # baru pada ..."); "pengumuman kuis hari Jumat jam 10" is still the quiz's time
    events = [
        match.end()
        for match in _EVENT.finditer(before)
        if not (_TOPIC.search(before[: match.start()]) and len(before[match.end() :].split()) >= 3)
        # "tayangnya diundur jadi ...", "jam tayangnya dimajukan": the publishing itself is what is moved
        and not (
            _MOVED.fullmatch(match.group(0))
            and any(_MOVED_PUBLISHING.fullmatch(before[end : match.start()]) for end in cues)
        )
    ]
    return not events or (bool(cues) and max(cues) > max(events))


# "jamnya dimundurkan jadi jam 10", "move the time to 9 am": in a reply to a request that named its publish time, the
# hour changed without a publishing word is that time's hour
_HOUR_CHANGED = re.compile(
    r"(?i)\b(?:jam(?:nya)?|pukul(?:nya)?|waktu(?:nya)?|the time|the hour)\b[^.?!]{0,30}?\b(?:diganti|diubah|dimundurkan|"
    r"dimajukan|diundur|digeser|dipindah|ganti|ubah|jadi|menjadi|change[ds]?|move[ds]?|shift(?:ed)?|push(?:ed)?)\b"
)


# Words that may stand between a publishing word, a comma and the moment it governs: "tayangkan di course X, besok
# jam 7 saja ya", "post it, tomorrow at 9 am, on my page"; and the label forms "Tayang: ...", "publish on: ...".
_LEAD = re.compile(
    r"(?i)(?:\s|[,:;]|\b(?:ya|yaa|yah|ok|oke|min|kak|pak|bu|saja|aja|deh|dong|tolong|tlg|mohon|mhn|please|pls|"
    r"kindly|pada|on|at|from|mulai|starting|tanggal|tgl|hari|sekitar|around|about|nanti|it|this|ini|itu|nya|kan|in|"
    r"lah|time|date|waktu|waktunya|jadwal|jadwalnya|kalau|kalo|klo|bisa|if|possible|sebaiknya|ideally|preferably|by|"
    r"the|notice|announcement|pengumuman|pengumumannya)\b)*"
)


_WEEKDAY_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(WEEKDAYS) + r")\W*$")
_SUBJECT_AFTER = re.compile(
    r"(?i)[\s,]*(?:kita|kami|saya|aku|kalian|mahasiswa|mhs|semua|seluruh|para|we|they|students|everyone|all)\b"
)


def _opening(sentence: str, start: int) -> int:
    """Where a moment starts with the weekday written before its date."""
    weekday = _WEEKDAY_BEFORE.search(sentence[:start])
    return weekday.start() if weekday else start


def _in_the_news(sentence: str, start: int, end: int, cue: re.Pattern[str]) -> bool:
    """Whether a moment after the publishing word belongs to the notice's own news, set off by a colon or a comma:
    "tayangkan info maintenance: e-learning tidak bisa diakses Sabtu pukul 22.00", "dishare ke mahasiswa,
    pengumpulan tugas Senin jam 23.59", "di-post ya, besok jam 10 kita kumpul di lab"."""
    cues = [match.end() for match in cue.finditer(sentence[:start])]
    if not cues:
        return False
    # the weekday written before the date ("Kamis, 3 Desember") is the moment's own
    # ... and an aside in brackets ("(mahasiswa, dosen, dan tendik)") sets nothing off
    between = _WEEKDAY_BEFORE.sub("", re.sub(r"\([^()]*\)", "", sentence[max(cues) : start]))
    boundary = max(between.rfind(mark) for mark in ",:;")
    if boundary < 0:
        return False
    # "diumumkan jadwal baru responsi: Senin ...", "post this on the front page: the server ...": the words before
    # the colon name what is announced, and the words after it are its text
    # ("publish it on: Tuesday ...", "tayang pada: ..." name the moment itself)
    named = re.search(
        r"(?i)\b(?:on|at|by|pada|tanggal|tgl|date|time|jam|pukul|waktu|mulai|starting|from)\s*$", between[:boundary]
    )
    if between[boundary] == ":" and not named and not _LEAD.fullmatch(_PLACE.sub("", between[:boundary])):
        return True
    # words of a clause of its own before the moment ("pengumpulan tugas", "dosen tamu datang")
    if not _LEAD.fullmatch(between[boundary + 1 :]):
        return True
    # the moment opens its clause; the clause's own subject after it makes it the news ("besok jam 10 kita kumpul")
    return bool(_SUBJECT_AFTER.match(sentence, end))


def changed_clock(text: str, thread: str, reference: datetime, quoted: datetime | None = None) -> str | None:
    """A reply that moves only the hour ("jam tayangnya diganti jadi jam 8 pagi, tanggal tetap"): the day the quoted
    thread asked for (its relative days counted from when it was written, `quoted`), at the new time. A sentence
    naming a day of its own is read by publish_at instead."""
    earlier = publish_at(thread, quoted or reference)
    if earlier is None:
        return None
    flat = unwrap(text)
    for start, end in sentences(flat):
        sentence = " ".join(flat[start:end].split())
        clock = find_time(sentence)
        if clock is None or find_date(sentence, reference) is not None:
            continue
        if not PUBLISH.search(sentence[: clock[2]]) and not _HOUR_CHANGED.search(sentence[: clock[2]]):
            continue
        if not _governed_by_publishing(sentence[: clock[2]], PUBLISH):
            continue
        return moment_at(datetime.fromisoformat(earlier).date(), clock).isoformat()
    return None

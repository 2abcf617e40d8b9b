"""Find an announcement's title, text, scope and publish time in the requester's mail (the title and text are read
by announcement_title)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from daemon.classify.announcement_title import title_and_body
from daemon.classify.dates import WEEKDAYS, find_date, find_moment, find_time, moment_at
from daemon.classify.wording import sentence_end, sentences, unwrap

_SITE = re.compile(
    r"halaman (?:depan|utama)|seluruh (?:pengguna|mahasiswa|mhs|civitas|dosen)|semua (?:mahasiswa|mhs|dosen|pengguna)|"
    r"pengumuman situs|site[- ]wide|front ?page|home ?page|beranda|all (?:students|lecturers|users|staff)|for all|"
    r"untuk semua|untuk seluruh|menjangkau seluruh|seluruh sivitas|site notice|everyone on e-?learning|"
    r"(?:semua|seluruh) (?:kelas|course|mata ?kuliah|matkul|prodi|program studi)|all (?:courses|classes|programmes)|"
    r"every (?:course|class)|(?:civitas|sivitas) akademika|(?:campus|university|institution)[- ]wide|"
    r"(?:semua|seluruh) (?:jurusan|unit|warga)|all (?:departments|programs|users of)|\beveryone\b|"
    r"halaman (?:awal|login|muka)|(?:main|landing|login) page|"
    # the site's own places and words for everyone: the dashboard, site announcements, "everybody"
    r"\bdashboard\b|\bdasbor\b|site (?:announcements?|news)|pengumuman (?:umum|situs)|\beverybody\b|semua orang|"
    # a whole programme is more than one course
    r"(?:mahasiswa|mhs) (?:prodi|program studi|jurusan)|students of (?:the )?[A-Z]?\w+ (?:programme|department)",
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
    r"|\s*(?:(?:the\s+)?(?:students|mahasiswa|mhs)\s+)?(?:(?:of\s+)?(?:my|our)\b|(?:saya|kami|kita)\b)"
    # "everyone enrolled in Basis Data", "seluruh mahasiswa yang mengambil Kalkulus": a course's name after the verb
    r"|\s*(?:(?:the\s+)?(?:students|mahasiswa|mhs|participants|peserta)\s+)?(?:taking|enrolled in|registered in|"
    r"yang (?:mengambil|ambil|ikut|terdaftar di))\s+(?-i:[A-Z][a-z])",
    re.IGNORECASE,
)
# Words that say the announcement is for one course's page even when its code or name is not written out.
_COURSE_CUE = re.compile(
    r"\b(?:my|our)\s+(?:[A-Z][\w&-]*\s+){0,4}(?:course|class|module|students)\b|\bcourse(?:'s)? page\b|"
    r"\bhalaman (?:kelas|course|mata ?kuliah|mk|matkul)\b|"
    # a class group ("kelas TI-1B", "class IF-3B") is one course's students
    r"\b(?i:kelas|class)\s+[A-Z]{2,4}[- ]?\d[A-Z]\b|"
    r"\b(?i:kelas|mahasiswa|course|matkul|mk|kuliah|mata\s?kuliah|peserta)\s+(?:saya|kami|kita)\b|"
    r"\b(?i:for the) [A-Z][\w ]{2,40}? (?:course|class)\b|"
    # "course yang saya ampu", "mata kuliah yang kami ajar", "peserta MK saya", "my section"
    r"\b(?i:course|kelas|matkul|mk|kuliah|mata\s?kuliah)\s+yang\s+(?:saya|kami)\s+(?:ampu|ajar|asuh|pegang|bina)|"
    r"\bpeserta\s+(?i:mk|matkul|kuliah|mata\s?kuliah|kelas|course)\s+(?:saya|kami)\b|"
    r"\b(?:my|our)\s+(?:sections?|tutorials?|lectures?|lab groups?)\b"
)
_PUBLISH = re.compile(
    r"tayang|ditayangkan|menayangkan|penayangan|publish|publikasi|publication|post(?:ed|ing)?\b|dipasang|pasang|"
    r"pemasangan|penyebaran|"
    # the active forms whose first sound the prefix replaces: pasang -> memasang, sebar -> menyebarkan
    r"memasang|menampilkan|menerbitkan|menyebarkan|menyebar|menyiarkan|memuat|memublikasikan|"
    r"diumumkan|\bmulai\b|schedul|jadwal tayang|muncul|sebagai pengumuman|appear|announce|umumkan|pin\b|share|terbit|"
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
_ASKING = re.compile(r"\b(?:tolong|tlg|mohon|mhn|please|pls|kindly|could you|can you|minta)\b", re.IGNORECASE)
_PUBLISH_AFTER = re.compile(
    # a form's own words too: "Go-live: ...", "Start showing: ..." (a notice's display window)
    r"tayang|penayangan|pemasangan|publish|publikasi|publication|post(?:ed|ing)?\b|dipasang|go[- ]live|schedul|"
    r"(?:start )?showing\b|\bdisplay(?:ed)? (?:from|on)\b|"
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
    _PUBLISH_AFTER.pattern + r"|muncul|terlihat|kelihatan|dilihat|dibaca|visible|\bonline\b|\blive\b|"
    r"\b(?:go|goes|going|be|is)\s+up\b",
    re.IGNORECASE,
)
_STAFF_AUDIENCE = re.compile(
    r"\b(?:seluruh|semua|segenap|all(?: the)?|every) (?:dosen|tenaga pendidik|pegawai|staf|karyawan|"
    r"lecturers?|teaching staff|staff|faculty members?)\b(?! pengampu)",
    re.IGNORECASE,
)
_AUDIENCE_LINE = re.compile(r"(?im)^\s*(?:ditujukan kepada|kepada|untuk|sasaran|audience|scope|lingkup)\s*:.*$")


@dataclass(frozen=True)
class AnnouncementFields:
    title: str | None
    text: str | None
    scope: str
    publish_at: str | None


def _publish_at(intro: str, reference: datetime, cue: re.Pattern[str] = _PUBLISH) -> str | None:
    flat = unwrap(intro)
    for start, end in sentences(flat):
        sentence = " ".join(flat[start:end].split())
        # under the text, "Mohon diumumkan besok jam 7" is still the writer asking: any publishing word counts then
        asked = (
            cue
            if cue.search(sentence)
            else _PUBLISH
            if _ASKING.search(sentence)
            else _SEEN
            if cue is _PUBLISH_AFTER and _ABOUT_IT.match(sentence)
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
            bounded = re.search(r"sebelum|before", sentence[max(0, start - 12) : end], re.IGNORECASE)
            if not bounded and _governed_by_publishing(sentence[:start], asked):
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
        if (cue is _PUBLISH or _PREFERENCE.search(rest)) and not _FILLER.sub("", _PREFERENCE.sub("", rest)).strip():
            return moment.at.isoformat()
    return None


_PREFERENCE = re.compile(
    r"(?i)\b(?:would be (?:ideal|great|best|perfect|good|fine)|(?:is|works?) (?:ideal|best|fine|ok|okay|good)"
    r"(?: for (?:me|us))?|if possible|if you can|kalau bisa|kalo bisa|klo bisa|kl bisa|jika memungkinkan|"
    r"bila memungkinkan|sebaiknya|lebih baik|paling baik|cukup|ideally|idealnya|preferably|kalau boleh|kalo boleh)\b"
)
# "sekitar jam 7", "around 7 am": a time given roughly is still the time asked for
_ROUGHLY = re.compile(r"(?i)\b(?:sekitar|kira-kira|kurang lebih|around|about|approximately|roughly)\b")


_HARI_DAY = re.compile(
    r"(?i)\s+(?:pada\s+|mulai\s+)?(hari)\s+(?:" + "|".join(day for day in WEEKDAYS if day != "minggu") + r")\b"
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
_TIME_LABEL = re.compile(r"(?i)^\W*(?:jam|pukul|pkl|waktu|time|publish time|at)\b[^:]{0,20}:")


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
    r"saja|aja|deh|dong|sir|"
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
    r"paling lambat|selambat-lambatnya|at the latest|no later than)\b"
)


# "penayangan pengumuman pelatihan Moodle pada ...", "a notice about the workshop on ...": an event named as what
# the announcement is about is its topic, not what happens at the moment that follows.
_TOPIC = re.compile(
    r"(?i)\b(?:pengumuman|announcement|notice|info(?:rmasi)?|berita|news)\s+(?:(?:tentang|mengenai|perihal|terkait|"
    r"soal|about|on|regarding|for|of)\s+)?(?:(?:the|an?)\s+)?$"
)


def _governed_by_publishing(before: str, cue: re.Pattern[str]) -> bool:
    """Whether the nearest word before a moment that says what happens then is a publishing word."""
    cues = [match.end() for match in cue.finditer(before)]
    # an event word that opens the sentence is capitalised only for that ("Batas pengumpulan ...")
    before = before[:1].lower() + before[1:]
    events = [match.end() for match in _EVENT.finditer(before) if not _TOPIC.search(before[: match.start()])]
    return not events or (bool(cues) and max(cues) > max(events))


# "di course IF2203 Sistem Operasi (semua kelas)", "MK Kalkulus, all sections", "IF302 untuk semua kelas": the
# classes or students of a course named just before are its parallel classes, not the whole site.
_PEOPLE = re.compile(
    r"(?i)(?:semua|seluruh|all|every)\s+(?:kelas|class(?:es)?|sections?|rombel|mahasiswa|mhs|students|peserta)\b"
)
_COURSE_BEFORE = re.compile(
    r"(?:(?-i:\b[A-Z]{2,5}[- ]?\d{3,4})|\b(?i:course|mk|matkul|mata\s?kuliah|module)\s+(?-i:[A-Z][\w&-]*))"
    # the course's name may keep its small words ("English for Engineers") between capitalised ones
    r"(?:\s+(?:(?:of|for|and|dan|the|untuk|&)\s+)?(?-i:[A-Z0-9][\w&-]*))*"
    r"(?:\s*[(,\-\u2013]\s*|\s+(?P<giving>(?i:untuk|utk|buat|for|across))\s+|\s+)?$"
)


def _narrowed_before(text: str, match: re.Match[str]) -> bool:
    people = _PEOPLE.match(match.group(0))
    course = _COURSE_BEFORE.search(text[max(0, match.start() - 80) : match.start()])
    # "IF302 untuk semua kelas" is its classes; "IF302 untuk semua mahasiswa" may be news about it for everyone
    return bool(
        people
        and course
        and not (course.group("giving") and re.search(r"(?i)mahasiswa|mhs|students|peserta", people.group(0)))
    )


# "jangan di halaman depan", "not on the front page", "tidak perlu ke semua mahasiswa": a site word ruled out
_NEGATED = re.compile(
    r"(?i)\b(?:jangan|bukan|tidak|tdk|tak|gak|nggak|enggak|not|don'?t|never|instead of|rather than)\b"
    r"(?:\s+(?:perlu|usah|dipasang|ditayangkan|diumumkan|di|ke|pada|untuk|on|in|to|the|for|it|this|ini|put|post|"
    r"posted|share|shared|publish|published))*\s*$"
)


def _site_word(text: str, match: re.Match[str]) -> bool:
    narrowed = _NARROWED.match(text, match.end()) or _narrowed_before(text, match)
    return not narrowed and not _NEGATED.search(text[max(0, match.start() - 60) : match.start()])


def _scope(text: str, has_course: bool) -> str:
    site = any(_site_word(text, match) for match in _SITE.finditer(text))
    return "site" if site or not (has_course or _COURSE_CUE.search(text)) else "course"


def _quoted_title(context: str) -> str | None:
    """The title named in the quoted thread ('to post "X"', "Judul: X") when a reply only answers what was asked
    ("Tomorrow at 9 please"): the thread is about one announcement."""
    lines = [re.sub(r"^(?:\s*>)+ ?", "", line) for line in context.split("\n") if line.lstrip().startswith(">")]
    return title_and_body(unwrap("\n".join(lines)))[0] if lines else None


def extract_announcement(
    subject: str, text: str, reference: datetime, *, has_course: bool, context: str = ""
) -> AnnouncementFields:
    title, body, start = title_and_body(text, subject)
    if title is None and context:
        title = _quoted_title(context)
    # The sentence that names the title may go on to say when it goes out ("berjudul X, dipublikasikan pada ...").
    intro = text[: sentence_end(unwrap(text), start)] if start < len(text) else text
    after = text[start:]
    if title:
        # A day named in the title ("No Class on Friday") is what the text is about, not when it goes out.
        written = re.compile(r"\s+".join(map(re.escape, title.split())))
        intro, after = (written.sub(lambda match: " " * len(match.group(0)), part) for part in (intro, after))
    # A publish time is asked for in the introduction, or in a line after the text ("Jadwal tayang ...").
    publish = _publish_at(intro, reference) or _publish_at(after, reference, _PUBLISH_AFTER)
    # Nothing is published days before it was asked for: such a moment was misread ("12/01/2026" from an American
    # pen, a letter's own date), and is not claimed.
    if publish and datetime.fromisoformat(publish) < reference - timedelta(days=1):
        publish = None
    audience = " ".join(match.group(0) for match in _AUDIENCE_LINE.finditer(after))
    # A text addressed to all lecturers or staff is not for one course's students, whatever course it links to.
    staff = any(not _NARROWED.match(after, match.end()) for match in _STAFF_AUDIENCE.finditer(after))
    # "Mohon dipasang di halaman depan ..." under the text asks where it goes, as the introduction would
    asking = " ".join(
        flat[start:end]
        for flat in (unwrap(after),)
        for start, end in sentences(flat)
        if _ASKING.search(flat[start:end]) and _PUBLISH.search(flat[start:end])
    )
    scope = "site" if staff else _scope(f"{intro} {subject} {audience} {asking}", has_course)
    return AnnouncementFields(title, body, scope, publish)

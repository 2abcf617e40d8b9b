"""Decide which moment in a request its publishing word governs: not an event's, a deadline's or the notice's own
news set off by a colon or a comma, and not one bounded by "before"/"paling lambat"; the words around a moment that
are still the request's own (where it goes, the writer's preference, fillers)."""

from __future__ import annotations

import re

from daemon.classify.announcement_lines import ASKING
from daemon.classify.dates import WEEKDAYS

# "Tomorrow 7 am please, on my course page": where it goes, beside the moment, is still the request's own words
THERE_IS = re.compile(r"(?i)[\s,]*(?:(?:akan\s+)?(?:ada|diadakan)|there\s+(?:is|are|will\s+be))\b")
PLACE = re.compile(
    r"(?i)\b(?:on|in|to|di|ke|pada)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?:course page|course|class|kelas(?:\s(?:saya|kami|ini))?|"
    r"e-?learning|front ?page|home ?page|beranda|halaman depan|site|moodle)\b"
)
PREFERENCE = re.compile(
    r"(?i)\b(?:would be (?:ideal|great|best|perfect|good|fine)|(?:is|works?) (?:ideal|best|fine|ok|okay|good)"
    r"(?: for (?:me|us))?|if possible|if you can|kalau bisa|kalo bisa|klo bisa|kl bisa|jika memungkinkan|"
    r"bila memungkinkan|sebaiknya|lebih baik|paling baik|cukup|ideally|idealnya|preferably|kalau boleh|kalo boleh)\b"
)

FILLER = re.compile(
    r"(?i)\b(?:please|pls|plz|ya|yaa|yah|ok|oke|min|kak|pak|bu|tolong|mohon|thanks|thank you|tks|makasih|"
    r"saja|aja|deh|dong|sir|jamnya|waktunya|pukulnya|"
    # "Untuk jamnya ...", "As for the time, ...": the hour introduced as the other half of the moment
    r"untuk|utk|soal|as for|the time|timing|time-wise|"
    # "Pagi jam 7 aja.": the part of the day said before the hour
    r"pagi|siang|sore|malam|malem|morning|afternoon|evening|"
    r"terima kasih|wib|wita|wit)\b|[\W_]"
)


# When the class, quiz or deadline is named, a moment after it is when that happens, not when the text goes out.
# Only lower-case words count: a capitalised "Praktikum" is part of a course's name.
_EVENT = re.compile(
    # "mata kuliah X" names the course, not a lecture; "kelompok praktikum 3", "peserta kuis" name who reads it
    r"\b(?<!kelompok )(?<!peserta )(?<!group )"
    r"(?:(?<!mata )kuliah|perkuliahan|kelas pengganti|kuis|quiz|ujian|uts|uas|exam|rapat|meeting|presentasi|"
    r"praktikum|"
    # the other events a notice announces, in both languages
    r"lecture|seminar|webinar|workshop|talk|sessions?|sesi|pelatihan|sosialisasi|acara|kegiatan|upacara|wisuda|"
    r"yudisium|responsi|asistensi|remedial|konsultasi|bimbingan|briefing|pertemuan|lomba|event|"
    # the fairs, shows and contests a notice invites to: "the career fair is on Thursday 21 January from 9 am"
    r"fair|expo|pameran|bazaa?r|festival|concert|konser|tournament|turnamen|competition|kompetisi|ceremony|"
    # "kelas besok jam 8 online": a class followed by its day (the moment, which ends the text looked at) is the
    # class meeting; "di kelas X" is the place
    r"(?<!di )(?<!ke )(?<!in )(?<!to )(?<!my )(?<!our )(?:kelas|class)"
    r"(?=\s*$|\s+(?:besok|bsk|lusa|nanti|hari|tomorrow|today|tonight|on|this|next|senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday))|"
    r"dibuka|ditutup|deadline|batas|dikumpulkan|dilaksanakan|diadakan|held|opens?|closes?|due|"
    # (not between class letters: "kelas A sampai D")
    r"(?:sampai|hingga|until)(?!\s+[A-H]\b)|"
    # a moved event's new day, and the announcement's own words after "isinya", are not when it goes out
    r"pindah|dipindah(?:kan)?|diundur|dimajukan|ditunda|moved|postponed|rescheduled|isi(?:nya)?|bunyinya|berbunyi|"
    # "kuisnya", "ujiannya": the event with its possessive suffix
    r"paling lambat|selambat-lambatnya|at the latest|no later than|"
    # a rule that takes effect, a period that ends, an event that takes place, a place that opens: their moments
    r"berlaku|efektif|effective|takes? effect|in effect|berakhir|ends|ended|will end|expires?|berlangsung|digelar|"
    r"dimulai|"
    r"takes? place|taking place|begins?|buka|"
    # the writer's own absence or the students' attendance: "saya berhalangan hadir besok pukul 13.00"
    r"hadir|berhalangan|absen|attend|"
    # what the readers do in a period: "pengisian KRS mulai ...", "pendaftaran ...", "pembayaran UKT ..."
    r"pengisian|pendaftaran|registrasi|registration|pembayaran|payment|pengumpulan|submission|pengambilan|"
    r"penyerahan|"
    # when the notice comes down again: "diturunkan besok jam 5 sore", "taken down on Friday at 5 pm"
    r"diturunkan|diturunin|turunkan|turunin|dihapus|hapus|ditarik|dicabut|disembunyikan|take (?:it |this )?down|"
    r"taken down|removed?|deleted?|hidden|unpublish(?:ed)?|till|"
    # "umumkan bahwa SIAKAD tidak dapat diakses pada Sabtu pukul 20.00": what follows is the text's own news
    r"bahwa|that(?= (?:the|all|there|our|students|classes|lectures))"
    r")(?:nya)?\b"
)


def names_event(words: str) -> bool:
    """Whether the words name an event, a deadline or a period of the text's own ("the quiz opens")."""
    return bool(_EVENT.search(words))


# "penayangan pengumuman pelatihan Moodle pada ...", "a notice about the workshop on ...": an event named as what
# the announcement is about is its topic, not what happens at the moment that follows.
_TOPIC = re.compile(
    r"(?i)\b(?:pengumuman|announcement|notice|info(?:rmasi)?|berita|news)\s+(?:(?:tentang|mengenai|perihal|terkait|"
    r"soal|about|on|regarding|for|of)\s+)?(?:(?:the|an?)\s+)?$"
)


_MOVED = re.compile(r"(?i)pindah|dipindah(?:kan)?|diundur|dimajukan|ditunda|moved|postponed|rescheduled")
_MOVED_PUBLISHING = re.compile(r"(?i)(?:nya)?\s+(?:(?:time|date|schedule|jadwal(?:nya)?|waktu(?:nya)?)\s+)?")


# "kuisnya mulai besok jam 8", "pengisian KRS semester genap mulai Senin": "mulai" after an event is when that starts
_STARTS = re.compile(_EVENT.pattern + r"(?:\s+[\w/-]+){0,3}\s+mulai$")


def governed_by_publishing(before: str, cue: re.Pattern[str]) -> bool:
    """Whether the nearest word before a moment that says what happens then is a publishing word."""
    # "..., ideally tomorrow at 7 am", "..., kalau bisa besok jam 7": the writer's wish for the time is ours to keep
    cues = [match.end() for match in (*cue.finditer(before), *PREFERENCE.finditer(before))]
    # an event word that opens the sentence is capitalised only for that ("Batas pengumpulan ...")
    before = before[:1].lower() + before[1:]
    cues = [end for end in cues if not _STARTS.search(before[max(0, end - 40) : end])]
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


# Words that may stand between a publishing word, a comma and the moment it governs: "tayangkan di course X, besok
# jam 7 saja ya", "post it, tomorrow at 9 am, on my page"; and the label forms "Tayang: ...", "publish on: ...".
_LEAD = re.compile(
    r"(?i)(?:\s|[,:;]|\b(?:ya|yaa|yah|ok|oke|min|kak|pak|bu|saja|aja|deh|dong|tolong|tlg|mohon|mhn|please|pls|"
    r"kindly|pada|on|at|from|mulai|starting|tanggal|tgl|hari|sekitar|around|about|nanti|it|this|ini|itu|nya|kan|in|"
    r"lah|time|date|waktu|waktunya|jadwal|jadwalnya|kalau|kalo|klo|bisa|if|possible|sebaiknya|ideally|preferably|by|"
    r"the|notice|announcement|pengumuman|pengumumannya|"
    # "tayangnya bukan jam 8, tapi Selasa ...", "do not post it on Friday, but on Monday ...": the other side of a
    # "not this but that" is still the publishing's moment
    r"tapi|tetapi|melainkan|but|instead|"
    # the moment said again more exactly: "publish at midnight, yaitu pukul 00.00 ...", "early, namely at 6.30"
    r"yaitu|yakni|tepatnya|persisnya|namely|exactly|precisely|specifically|"
    # "on" in Sundanese and Javanese: "ditayangkeun ..., dina Senin ...", "ing dinten Senin"
    r"dina|ing|dinten)\b)*"
)


_WEEKDAY_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(WEEKDAYS) + r")\W*$")
_SUBJECT_AFTER = re.compile(
    r"(?i)[\s,]*(?:kita|kami|saya|aku|kalian|mahasiswa|mhs|semua|seluruh|para|we|they|students|everyone|all)\b"
)


def opening(sentence: str, start: int) -> int:
    """Where a moment starts with the weekday written before its date."""
    weekday = _WEEKDAY_BEFORE.search(sentence[:start])
    return weekday.start() if weekday else start


_TASK = re.compile(
    r"(?i)\b(?:agar|supaya|biar|sehingga|so that|asking|telling|reminding|instructing|inviting|urging|mengingatkan|"
    r"meminta|mengajak|mengundang|menghimbau|mengimbau)\b|\buntuk\s+(?:me|ber(?!anda))\w+|"
    r"\b(?:students|mahasiswa|mhs|everyone|them|participants|peserta)\s+(?:to|untuk)\s+\w+"
)


# "for tomorrow's 8 am lecture", "untuk besok jam 8 kuliah": a moment that names its event right after it
_EVENT_AFTER = re.compile(
    r"(?:'s)?\s+(?:kuliah|perkuliahan|kelas|class|kuis|quiz|ujian|exam|lecture|seminar|webinar|workshop|session|sesi|"
    r"praktikum|responsi|asistensi|tutorial|meeting|rapat|briefing)\b"
)


def in_the_news(sentence: str, start: int, end: int, cue: re.Pattern[str]) -> bool:
    """Whether a moment after the publishing word belongs to the notice's own news, set off by a colon or a comma:
    "tayangkan info maintenance: e-learning tidak bisa diakses Sabtu pukul 22.00", "dishare ke mahasiswa,
    pengumpulan tugas Senin jam 23.59", "di-post ya, besok jam 10 kita kumpul di lab"."""
    if _EVENT_AFTER.match(sentence, end):
        return True
    cues = [match.end() for match in cue.finditer(sentence[:start])]
    if not cues:
        return False
    # "umumkan ke mahasiswa untuk mengumpulkan laporan ...", "agar mahasiswa datang ...", "asking students to log in
    # on ...": the readers' own task, and its moment
    if _TASK.search(sentence[max(cues) : start]):
        return True
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
        # ("Publish window:", "Jadwal tayang:", "Posting schedule:": the label of the publishing moment itself)
        r"(?i)\b(?:on|at|by|pada|tanggal|tgl|date|time|jam|pukul|waktu|mulai|starting|from|window|period|schedule|"
        r"slot|jadwal(?:nya)?|periode)\s*$",
        between[:boundary],
    )
    if between[boundary] == ":" and not named and not _LEAD.fullmatch(PLACE.sub("", between[:boundary])):
        return True
    # words of a clause of its own before the moment ("pengumpulan tugas", "dosen tamu datang")
    if not _LEAD.fullmatch(between[boundary + 1 :]):
        return True
    # the moment opens its clause; the clause's own subject after it makes it the news ("besok jam 10 kita kumpul");
    # after a request's colon ("Please announce it: on Monday at 8 am the lab is closed") any clause of its own does
    following = re.split(r"[,.;!?]", sentence[end:], maxsplit=1)[0]
    asked_colon = between[boundary] == ":" and bool(ASKING.search(sentence[:start]))
    return bool(_SUBJECT_AFTER.match(sentence, end)) or (
        asked_colon and not _LEAD.fullmatch(PLACE.sub("", FILLER.sub(" ", PREFERENCE.sub("", following))))
    )

"""The lecturer's value read from where a change request puts it: one person or a team, with their titles."""

from __future__ import annotations

import re

from daemon.classify.post_nominals import NICKNAME, POST_NOMINAL
from daemon.classify.value_basics import NOT_A_NAME_START, TIME_START, quoted_value, skip_to_value
from daemon.classify.wording import TITLE_PREFIX, TITLE_SUFFIX

# Names are written in any Latin script: "Anna Schäfer", "José Núñez".
_UPPER = r"[A-ZÀ-ÖØ-Þ]"
_LETTER = r"[^\W\d_]"
# Only a short word takes a dot ("Muh.", "A."): "Anna Schäfer. She arrived" ends the name at the sentence end.
# A dotted word of two or three letters is an abbreviation only when it is a known one ("Muh.", "Moh.", "Abd."):
# "Dr. Wong Kai. Thanks", "Tan Siok Lan. Mohon ..." end the name, a short Chinese or Balinese word being its last.
_ABBREVIATED = r"(?:Muh|Moh|Mhd|Moch|Abd|Ach|Ahm|Mch|Md|Ch|Th|Kh|Sy|Yoh|Fr|Sr|Jr|St|Br)"
_WORD = rf"(?:{_UPPER}\.(?!\w)|{_ABBREVIATED}\.(?!\w)|{_UPPER}(?:{_LETTER}|['’-])+|{NICKNAME})"
# Family-name particles: "Maarten van der Berg", "Ana de la Cruz", "Jan ter Horst", "Carlos dos Santos".
# Batak Karo and Toba women's "br." / "boru" before the clan name: "Ruth Elisabeth br. Tarigan".
_NAME_WORD = (
    rf"(?:{_WORD}|(?:binti|bin|van|von|de|der|den|ter|ten|la|del|dos|das|al|el|da|di|boru|beru|br\.?)(?![\w-])|d')"
)
_PERSON = (
    # Balinese "I Made", "Ni Luh"; an initial before a name ("M. Ikhsan").
    rf"(?:{TITLE_PREFIX}[ \t]+)*(?:(?:I|Ni)[ \t]+(?={_UPPER}))?(?:{_UPPER}{_LETTER}{{0,2}}\.(?=[ \t]+{_UPPER})|"
    rf"{_UPPER}(?:{_LETTER}|['’-])+)"
    rf"(?:[ \t]+{_NAME_WORD}){{0,5}}"
    rf"(?:,?[ \t]*(?<=[ \t,]){POST_NOMINAL})*"
)
# A name never runs over a line break: the writer ended the line (wrapped lines are joined before reading).
# Several people (a team of six at most): "A dan B", "A, M.T. and B"; after a bare comma only a titled name
# ("A, Dr. B"), never "A, Mulai".
# "Dr. A (koordinator) & B": a person's role in the team, in brackets, before the next person joins.
_ROLE = (
    r"(?:[ \t]*\((?i:koordinator|coordinator|ketua|anggota|member|utama|pendamping|lead|main|pj|penanggung[ \t]jawab|"
    r"co-?lecturer|co-?teacher|tutor|asisten|assistant)\)(?=[ \t]*,?[ \t]*(?:dan|and|&|serta)[ \t]))?"
)
_PEOPLE = re.compile(
    rf"{_PERSON}(?:{_ROLE}(?:[ \t]*+,?[ \t]*(?:dan|and|&|serta)|[ \t]*,(?=[ \t]+{TITLE_PREFIX}[ \t]))[ \t]+{_PERSON})"
    r"{0,5}"
)


_COURTESY = re.compile(
    r"(?:(?:Pak|Bu|Bapak|Ibu|Bpk|Bp|Mr|Mrs|Ms|Miss|Sdr|Sdri|Saudara|Saudari|Ustadz|Ustaz|Ustadzah|Ustazah|Mas|Mbak|Mba)"
    r"\.?\s+)+"
)
_COURTESY_TYPED = re.compile(_COURTESY.pattern, re.IGNORECASE)
# "dialihkan kepada rekan saya, Novita Sari": the colleague is named after the word that says so.
_COLLEAGUE = re.compile(
    r"(?:(?:rekan|kolega|teman|sejawat)(?:[ \t]+(?:sejawat|dosen))?(?:[ \t]+(?:saya|sy|kami|kita))?|"
    r"(?:my|our)[ \t]+colleague)[ \t]*,?[ \t]+(?=[A-Z])",
    re.IGNORECASE,
)
# "diganti ke Kaprodi yang baru, Dr. X", "to the new Head of Department, Dr. X": an office before the person who holds
# it; an office alone names nobody (a role word is never read as a name).
_OFFICE = (
    r"(?:Kaprodi|Kajur|Sekprodi|Sekjur|Kalab|Wadir|Direktur|Dekan|Rektor|Laboran|Asisten|Ketua[ \t]+(?:Prodi|Jurusan|"
    r"Program[ \t]+Studi|Lab\w*|Tim)|Kepala[ \t]+(?:Lab\w*|Bagian|Prodi|Jurusan|Unit|Pusat|Program[ \t]+Studi)|"
    r"Koordinator[ \t]+(?:Prodi|Lab\w*|Program|Tim)|Head[ \t]+of[ \t]+(?:Department|Programme|Program|Lab\w*|"
    r"Studies)|(?:Programme|Program|Department)[ \t]+(?:Head|Chair|Coordinator)|Director)"
)
_OFFICE_BEFORE = re.compile(
    r"(?:the[ \t]+|our[ \t]+)?(?:new[ \t]+)?"
    + _OFFICE
    # "Ketua Lab Jaringan, Bpk. X": the office's own unit in capitals, then who holds it.
    + r"(?:[ \t]+(?-i:[A-Z][\w&-]*)){0,3}(?:[ \t]+(?:yang|yg|kami|baru|new|saat[ \t]+ini))*[ \t]*,"
    r"[ \t]*(?=[A-Z])",
    re.IGNORECASE,
)
_OFFICE_ALONE = re.compile(_OFFICE + r"\b", re.IGNORECASE)
_WRITER_SELF = re.compile(r"(?:saya(?:\s+sendiri)?|sy\s+sendiri|myself|me)[ \t]*[,(:–-][ \t]*", re.IGNORECASE)


# "pengampu baru MK Metodologi Penelitian adalah Prof. X": what names a course, a class or a unit is not a person.
_NOT_A_PERSON = re.compile(
    r"(?:MK|M\.K\.|Mata[ \t]?Kuliah|Matakuliah|Matkul|Course|Kelas|Class|Prodi|Program|Jurusan|Semester|Modul|"
    r"Module|Unit|Bagian|Fakultas|Department)\b",
    re.IGNORECASE,
)
# "sudah pindah ke PT Batamindo", "moved to the Ministry of Industry": where a lecturer went is no lecturer.
_ORGANISATION = re.compile(
    r"(?:PT|CV|Kementerian|Kemdikbud\w*|Kemendikbud\w*|Ministry|Politeknik|Polytechnic|Universitas|University|"
    r"Institut|Institute|Sekolah|SMK|SMA|Dinas|Badan|Rektorat|Rectorate|Direktorat|Directorate|Yayasan|Bank|Pemkot|"
    r"Pemprov|Pemda|Kantor|Perusahaan|Company|Otorita)\b"
)
# "Batas Akhir Unggah RPS Semester Ganjil": words of the academic calendar are in no person's name; nor the platform a
# class meets on ("dosen berganti ke Google Meet", "the lecture changes to Zoom").
_NOT_IN_A_NAME = re.compile(
    r"\b(?:Semester|Ganjil|Genap|Kuliah|Jadwal|Ujian|Tugas|Pengumuman|Batas|Unggah|Upload|RPS|UTS|UAS|Deadline|Exam|"
    r"Quiz|Kuis|Assignment|Schedule|Ruang|Room|Gedung|Jurusan|Prodi|Kelas|Class|Course|Zoom|Meet|GMeet|Teams|Moodle|"
    r"WhatsApp|Webex|Skype|YouTube|Classroom)\b"
)


JOINED = re.compile(r"[ \t]*+,?[ \t]*(?:\b(?:dan|and|serta)\b|&)[ \t]+")
_TITLED_PART = re.compile(rf"^(?:{TITLE_PREFIX}|Bapak|Ibu|Pak|Bu|Mr|Mrs|Ms)[ \t.]|,[ \t]*{TITLE_SUFFIX}")


def _untitled_tail_cut(people: str) -> str:
    """ "Dr. Sri Rahayu, M.Si., dan Aljabar Linear oleh saya": after a titled person, a plain capitalised name joined
    by "dan" is something else (a course); titled people join titled people."""
    joins = list(JOINED.finditer(people))
    if not joins or not _TITLED_PART.search(people[: joins[0].start()]):
        return people
    for join, following in zip(joins, [*joins[1:], None], strict=True):
        if not _TITLED_PART.search(people[join.end() : following.start() if following else len(people)]):
            return people[: join.start()]
    return people


def read_lecturer(text: str, start: int, limit: int) -> tuple[str, int] | None:
    start = skip_to_value(text, start, limit)
    if quoted := quoted_value(text, start, limit):
        return quoted
    # "harusnya saya sendiri, Dewi Anggraini, M.Kom.", "it should be me, Dr. Ortiz": the writer names themself.
    if writer := (
        _WRITER_SELF.match(text, start, limit)
        or _COLLEAGUE.match(text, start, limit)
        or _OFFICE_BEFORE.match(text, start, limit)
    ):
        start = writer.end()
    elif _OFFICE_ALONE.match(text, start, limit):
        return None
    # "jadi pak Yudi Prasetyo": a courtesy word in lower case, typed on a phone, still stands before a name.
    if lower := _COURTESY_TYPED.match(text, start, limit):
        start = lower.end()
    match = _PEOPLE.match(text, start, limit)
    if (
        not match
        or NOT_A_NAME_START.match(match.group(0))
        or TIME_START.match(match.group(0))
        or _NOT_A_PERSON.match(match.group(0))
        or _ORGANISATION.match(match.group(0))
        or re.match(r"[\w-]", text[match.end() : match.end() + 1])
    ):
        return None
    # "Kalkulus 2 sekarang dipegang ...": an untitled word before a number is a course's name (not "X, NIDN 04..."
    # nor "Dr. X 0812..."); "Prof. Dr" alone, titles with
    # no name, or a name ending on "van", names nobody whole.
    if (
        (
            re.match(r"[ \t]+\d", text[match.end() : match.end() + 3])
            and not _TITLED_PART.search(match.group(0))
            and not match.group(0).split()[-1].isupper()
        )
        or re.fullmatch(rf"(?:{TITLE_PREFIX}[ \t.]*)+", match.group(0))
        or re.search(r"[ \t](?:binti|bin|van|von|der|den|ter|de|al|el|da|di|dos|del|boru|beru|br\.?)$", match.group(0))
    ):
        return None
    # Courtesy words are not part of the name ("Bu Ani Lestari, M.Kom."); academic titles are.
    courtesy = _COURTESY.match(match.group(0))
    if courtesy:
        start += courtesy.end()
    value = _untitled_tail_cut(match.group(0))[courtesy.end() if courtesy else 0 :].rstrip(" ,")
    # "Bapak/Ibu dosen": a courtesy word alone names nobody.
    # ... nor an acronym alone ("pindah ke GU 705": a building).
    if (
        not value
        or _COURTESY.fullmatch(f"{value} ")
        or _NOT_IN_A_NAME.search(value)
        or (value.isupper() and " " not in value)
    ):
        return None
    # "Ir. Bambang Sutrisno, M.T." keeps the closing dot of its last title; a plain name ends before the period.
    # "Dr. Hannah Lee." ends the sentence; "M.Kom." and "S.T." end with their own dot.
    titled = re.search(r",\s*" + TITLE_SUFFIX + r"$|\s(?:[A-Z][a-z]{0,3}\.){2,}$|\b[A-Z]\.$", value)
    # The engineer's professional titles are written with their dot ("S.T., M.T., IPM."); other capitals are not.
    if value.endswith(".") and (
        re.search(r"(?<![.\w])(?!IP[MUP]\.)(?:[A-Z]{2,4}|PhD|MSc|BSc|MEng)\.$", value) or not titled
    ):
        value = value[:-1]
    return value, start + len(value)

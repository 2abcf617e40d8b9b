"""Say whom an announcement is for: one course's students ("course") or everyone on the e-learning site ("site"),
from the words of the request around the course it names."""

from __future__ import annotations

import re

from daemon.classify.course_name_placed import PERSON
from daemon.classify.course_name_posted import posted_course

_SITE = re.compile(
    r"halaman (?:depan|utama)|seluruh (?:pengguna|mahasiswa|mhs|civitas|dosen|pelajar)|"
    # "all" as Malay, Sundanese and Javanese writers say it: "semua pelajar", "sadaya mahasiswa", "kabeh mahasiswa"
    r"(?:semua|sadaya|sadayana|kabeh|sedaya|sedoyo) (?:mahasiswa|mhs|dosen|pengguna|pelajar)|"
    r"pengumuman situs|site[- ]wide|front ?page|home ?page|beranda|all (?:students|lecturers|users|staff)|for all|"
    r"untuk semua|untuk seluruh|menjangkau seluruh|seluruh sivitas|site notice|everyone on e-?learning|"
    r"(?:semua|seluruh) (?:kelas|course|mata ?kuliah|matkul|prodi|program studi)|all (?:courses|classes|programmes)|"
    r"every (?:course|class)|(?:civitas|sivitas) akademika|(?:campus|university|institution)[- ]wide|"
    r"(?:semua|seluruh) (?:jurusan|unit|warga)|all (?:departments|programs|users of)|\beveryone\b|"
    r"halaman (?:awal|login|muka)|(?:main|landing|login) page|"
    # every cohort, every student, a notice for all ("secara umum", "(global)")
    r"(?:semua|seluruh) (?:angkatan|tingkat)|secara umum|pengumuman global|global (?:announcement|notice)|\(global\)|"
    r"\bevery student\b|all (?:first|second|third|fourth|final|new|incoming|international|exchange|active|"
    r"1st|2nd|3rd|4th)(?:[- ]year)? students|"
    # a whole cohort, programme or campus: "the whole cohort", "satu angkatan", "the entire department"
    r"(?:whole|entire) (?:cohort|campus|programme|program|department|university|institution|year group)|"
    # ... named: "the whole Electrical Engineering department"
    r"(?:whole|entire) (?:[\w&-]+ ){1,4}(?:programme|program|department|faculty)\b|"
    # the site's own places and words for everyone: the dashboard, site announcements, "everybody"
    r"\bdashboard\b|\bdasbor\b|site (?:announcements?|news)|pengumuman (?:umum|situs)|\beverybody\b|semua orang|"
    # a whole programme is more than one course
    r"(?:mahasiswa|mhs) (?:prodi|program studi|jurusan)|students (?:of|in) (?:the )?[A-Z]?\w+ (?:programme|department)",
    re.IGNORECASE,
)
# ... and so is a level, a cohort or the new intake ("mahasiswa D3 Teknik Informatika", "angkatan 2025", "maba"),
# unless a course is named as the place ("di MK Statika: mahasiswa angkatan 2025 ikut kuis susulan")
_GROUP = re.compile(
    r"(?i)(?:mahasiswa|mhs)\s+(?:(?:program\s+)?(?:D-?[1-4]|S[12]|diploma|sarjana terapan)\s+(?-i:[A-Z])|"
    r"angkatan\s+(?:20)?\d\d\b|baru\b)|"
    r"\b(?:new|incoming|first-year|freshman|freshmen)\s+students\b|\bmaba\b|"
    # an intake or a level said alone: "untuk angkatan 2025", "mahasiswa tingkat akhir", "mahasiswa semester 7 Jurusan
    # X", "the 2026 intake", "the class of 2027"
    r"\b(?:untuk|bagi|kepada|for)\s+(?:seluruh\s+|semua\s+)?angkatan\s+(?:20)?\d\d\b|"
    r"(?:mahasiswa|mhs)\s+tingkat\s+(?:akhir|[1-4]|satu|dua|tiga|empat|I{1,3}|IV)\b|"
    r"(?:mahasiswa|mhs)\s+(?:semester|smt|tingkat)\s+\w+\s+(?:prodi|program\s+studi|jurusan)\b|"
    r"\b20\d\d\s+(?:intake|cohort|batch)\b|\bbatch\s+(?:of\s+)?20\d\d\b|\bclass\s+of\s+20\d\d\b|"
    # (a programme by its name alone, "mahasiswa Teknik Mesin", is too like a course's: "mahasiswa Manajemen Proyek")
    # the programme itself as the audience: "untuk prodi TI", "kepada seluruh jurusan", "for the Accounting department"
    r"\b(?:untuk|bagi|ke|kepada|for)\s+(?:seluruh\s+|semua\s+|all\s+)?(?:prodi|program studi|jurusan|"
    r"the\s+[A-Z]\w+\s+(?:programme|department))\b"
)
_COURSE_PLACE = re.compile(
    r"\b(?i:di|ke|pada|dalam|on|in|to|into)\s+(?:(?i:the|my|our)\s+)?(?i:course|mk|matkul|mata\s?kuliah|kelas|class|"
    r"module)\s+(?-i:[A-Z])|"
    # a named course's news forum: "ke news forum Basis Data", "di forum berita MK Kalkulus", "on the forum of X"
    r"\b(?i:di|ke|on|in|to|into)\s+(?:(?i:the)\s+)?(?i:news\s+forum|forum(?:\s+(?:berita|pengumuman))?|"
    r"announcements?\s+forum)\s+(?:(?i:of|di|dari|course|mk|matkul|kelas)\s+)*(?-i:[A-Z])|\b(?i:on|in|to)\s+(?:(?i:the|my|our)\s+)?(?:[A-Z][\w&-]*\s+){1,5}(?i:course|class|module)\b"
)
# "all students of my course", "semua mahasiswa di kelas saya", "seluruh mahasiswa MK X": a site word narrowed to
# one course's people is the course.
_NARROWED = re.compile(
    r"\s*(?:(?:the\s+)?(?:students|mahasiswa|participants|peserta)\s+)?(?:(?:of|in|on|from|taking|enrolled in|"
    r"di|dari|pada|yang (?:mengambil|ambil|ikut))\s+)?(?:(?:my|our|this|the)\s+)?"
    r"(?:(?:kelas|class|course|mk|matkul|makul|mata\s?kuliah|kuliah|module|section|rombel)\b(?!\s*(?:-|yang|di|\())|"
    # "everyone in the Database Systems course": the course's name before its word
    r"(?-i:(?:[A-Z][\w&-]*\s+){1,5})(?:course|class|module)\b|"
    # ... or before its code, a few words of its classes between: "semua mahasiswa Kalkulus (MA1101)", "seluruh
    # mahasiswa Basis Data kelas pagi dan malam (IF2101)"
    r"(?-i:(?:[A-Z][\w&-]*\s+){1,5})\(\s*(?-i:[A-Z]{2,5}[- ]?\d{3,4})\s*\)|"
    r"[\w&-]+(?:[ \t]+[\w&-]+){0,6}[ \t]*\(\s*(?-i:[A-Z]{2,5}[- ]?\d{3,4})\s*\)|"
    # "every student in it", "semua mahasiswa di dalamnya": the course just named
    r"(?:in|of|on)\s+(?:it|that\s+course|this\s+course)\b|di\s*dalamnya\b|"
    # the course's participants: "untuk seluruh mahasiswa peserta", "all participants of this course"
    r"(?:peserta(?:nya)?|participants)\b(?=\s*(?:[.,;!?)]|$|(?:mata\s?kuliah|mk|matkul|kelas|course|ini|"
    r"tersebut|of\s+(?:this|the|my|our)\s+(?:course|class|module))\b))|"
    # a course's code, or a class group: "semua mahasiswa TI-2A", "all students of IF-3B", "everyone in TRPL 2B"
    r"(?-i:[A-Z]{2,5}[- ]?\d{3,4})\b|(?-i:[A-Z]{2,5}[- ]?\d[A-Z])\b)"
    # "all my students", "semua mahasiswa saya": the writer's own students
    r"|\s*(?:(?:the\s+)?(?:students|mahasiswa|mhs)\s+)?(?:(?:of\s+)?(?:my|our)\b|(?:saya|kami|kita)\b)"
    # "semua kelas yang saya ajar", "all the classes I teach": the writer's own classes
    r"|\s*(?:yang|yg|that|which)?\s*(?:saya|kami|I|we)\s+(?:ampu|ajar|asuh|pegang|bina|teach|run|take)\b"
    # "everyone enrolled in Basis Data", "seluruh mahasiswa yang mengambil Kalkulus": a course's name after the verb
    r"|\s*(?:(?:the\s+)?(?:students|mahasiswa|mhs|participants|peserta)\s+)?(?:taking|enrolled in|registered in|"
    r"yang (?:mengambil|ambil|ikut|mengikuti|terdaftar di))\s+(?-i:[A-Z][a-z])",
    re.IGNORECASE,
)
# Words that say the announcement is for one course's page even when its code or name is not written out.
_COURSE_CUE = re.compile(
    r"\b(?:my|our)\s+(?:[A-Z0-9][\w&-]*\s+){0,4}(?:course|class|module|students)\b|\bcourse(?:'s)? page\b|"
    r"\bhalaman (?:kelas|course|mata ?kuliah|mk|matkul)\b|"
    # a class group ("kelas TI-1B", "class IF-3B") is one course's students
    r"\b(?i:kelas|class)\s+[A-Z]{2,4}[- ]?\d[A-Z]\b|"
    # ... and so is one written alone ("Responsi Kimia Analitik KA-2B", "mahasiswa IF-3C Malam")
    r"\b[A-Z]{2,4}[- ]?\d[A-Z]\b|"
    r"\b(?i:kelas|mahasiswa|course|matkul|mk|kuliah|mata\s?kuliah|peserta)\s+(?:saya|kami|kita)\b|"
    # one lecturer's class: "di kelas Bapak Rudi", "Dr. Lim's class"
    rf"\b(?i:kelas|class|course|matkul|mk)\s+(?i:{PERSON.pattern})\s+[A-Z]|"
    r"\b(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+[A-Z][\w-]+'s\s+(?:class|course|students)\b|"
    r"\b(?i:for the) [A-Z][\w ]{2,40}? (?:course|class)\b|"
    # "course yang saya ampu", "mata kuliah yang kami ajar", "peserta MK saya", "my section"
    r"\b(?i:course|kelas|matkul|mk|kuliah|mata\s?kuliah)\s+yang\s+(?:saya|kami)\s+(?:ampu|ajar|asuh|pegang|bina)|"
    r"\bpeserta\s+(?i:mk|matkul|kuliah|mata\s?kuliah|kelas|course)\s+(?:saya|kami)\b|"
    r"\b(?:my|our)\s+(?:sections?|tutorials?|lectures?|lab groups?)\b|"
    # "posted in the course", "ke course-nya", "visible to its students only": the one course the mail is about
    r"\b(?i:in|on|to|into|inside)\s+the\s+(?i:course|class)\b(?!\s*(?:list|catalogue|catalog|of|for|and|or))|"
    r"\b(?i:di|ke|dalam)\s+(?i:course|kelas)-?(?:nya|tersebut)\b"
)
_STAFF_AUDIENCE = re.compile(
    r"\b(?:seluruh|semua|segenap|all(?: the)?|every) (?:dosen|tenaga pendidik|pegawai|staf|karyawan|"
    r"lecturers?|teaching staff|staff|faculty members?)\b(?! pengampu)",
    re.IGNORECASE,
)
_AUDIENCE_LINE = re.compile(
    r"(?im)^[ \t]*(?:ditujukan kepada|kepada|untuk|sasaran|audience|scope|lingkup)\s*:.*$|"
    # a pasted letter's addressee block: "Kepada Yth.\nSeluruh Mahasiswa\nPoliteknik Negeri Batam"
    r"^[ \t]*(?:kepada(?:\s+yth)?|yth|to)\b\.?[ \t]*:?[ \t]*\n(?:[ \t]*\S[^\n]{0,60}(?:\n|$)){1,2}"
)


# "di course IF2203 Sistem Operasi (semua kelas)", "MK Kalkulus, all sections", "IF302 untuk semua kelas": the
# classes or students of a course named just before are its parallel classes, not the whole site.
_PEOPLE = re.compile(
    r"(?i)(?:semua|seluruh|all|every)\s+(?:kelas|class(?:es)?|sections?|rombel|mahasiswa|mhs|students|peserta)\b"
)
_COURSE_BEFORE = re.compile(
    r"(?:(?-i:\b[A-Z]{2,5}[- ]?\d{3,4})|\b(?i:course|mk|matkul|mata\s?kuliah|module)\s+(?-i:[A-Z][\w&-]*)|"
    # a form's course field and its answer: "Course tujuan?\n\nPraktikum Basis Data, semua kelas", "Mata kuliah: X"
    r"\b(?i:course|mk|matkul|mata\s?kuliah|module)\b[^\n:?]{0,20}[:?]\s*(?-i:[A-Z][\w&-]*))"
    # the course's name may keep its small words ("English for Engineers") between capitalised ones
    r"(?:\s+(?:(?:of|for|and|dan|the|untuk|&)\s+)?(?-i:[A-Z0-9][\w&-]*))*"
    r"\)?(?:\s*[(,\-\u2013]\s*|\s+(?P<giving>(?i:untuk|utk|buat|for|across))\s+|\s+)?"
    # "mahasiswa MK Basis Data (IF2101) dari semua prodi": the course's students, whatever their programme
    r"(?P<origin>(?i:dari|from)\s+)?$"
)


def _narrowed_before(text: str, match: re.Match[str]) -> bool:
    people = _PEOPLE.match(match.group(0))
    course = _COURSE_BEFORE.search(text[max(0, match.start() - 80) : match.start()])
    if course and course.group("origin"):
        return True
    # "IF302 untuk semua kelas" is its classes; "IF302 untuk semua mahasiswa" may be news about it for everyone
    return bool(
        people
        and course
        and not (course.group("giving") and re.search(r"(?i)mahasiswa|mhs|students|peserta", people.group(0)))
    )


# "jangan di halaman depan", "not on the front page", "tidak perlu ke semua mahasiswa": a site word ruled out
_NEGATED = re.compile(
    r"(?i)\b(?:jangan|bukan|tidak|tdk|tak|gak|nggak|enggak|not|don'?t|never|instead of|rather than|no need(?: to)?|"
    r"needn'?t|ga usah|gak usah|nggak usah)\b"
    r"(?:\s+(?:perlu|usah|dipasang|ditayangkan|diumumkan|di|ke|pada|untuk|on|in|to|the|for|it|this|ini|put|post|"
    r"posted|share|shared|publish|published))*\s*$"
)


# "semua kelas Basis Data", "all classes of Database Systems": every parallel class of one course, unless the name
# after it is a programme's, a cohort's or the campus's
_CLASSES_OF = re.compile(
    # parallel classes, or classes by their letters ("semua kelas paralel", "all classes A-D", "kelas A sampai D"),
    # are one course's
    r"\s+(?i:paralel|parallel)\b|\s+(?-i:[A-H])(?:\s*(?:-|\u2013|,|s\.?d\.?|sampai|hingga|dan|and|to|until)\s*"
    r"(?-i:[A-H]))+\b|"
    r"\s+(?:(?i:paralel|parallel)\s+)?(?:(?i:of|dari|untuk|for)\s+)?(?!(?:Teknik|Prodi|Program|Jurusan|Departemen|"
    r"Department|Angkatan|Tingkat|Semester|Politeknik|Polibatam|Fakultas|Faculty|School)\b)[A-Z][a-z]{2,}\b"
)


def _site_word(text: str, match: re.Match[str]) -> bool:
    classes = re.search(r"(?i)(?:kelas|class(?:es)?|sections?)$", match.group(0))
    narrowed = (
        _NARROWED.match(text, match.end())
        or _narrowed_before(text, match)
        or (classes and _CLASSES_OF.match(text, match.end()))
    )
    return not narrowed and not _NEGATED.search(text[max(0, match.start() - 60) : match.start()])


# Site words that name people, not places: where a course is named as the place ("di kelas Kalkulus untuk semua
# mahasiswa"), they are that course's people.
_PEOPLE_WORD = re.compile(r"(?i)(?:\S+\s+){0,2}(?:mahasiswa|mhs|students?|everyone|everybody|pelajar)\b")


def scope_of(text: str, has_course: bool) -> str:
    """ "course" or "site" for the words of the request (its introduction, subject, audience lines)."""
    # "tidak hanya di course X", "not only in the X course": a place ruled out, or widened
    placed = any(
        not re.search(
            r"(?i)\b(?:tidak|tdk|bukan|not|jangan|never|instead of|rather than)\b"
            r"(?:\s+(?:hanya|cuma|saja|only|just))*\s*$",
            text[max(0, place.start() - 30) : place.start()],
        )
        for place in _COURSE_PLACE.finditer(text)
    )
    # ("untuk semua" is read with the word after it)
    words = [
        match
        for match in _SITE.finditer(text)
        if not (placed and _PEOPLE_WORD.match(text, match.start(), match.end() + 12))
    ]
    site = any(_site_word(text, match) for match in words)
    site = site or bool(_GROUP.search(text) and not _COURSE_PLACE.search(text))
    # "Praktikum Basis Data, semua kelas": the course named before its classes is a course even where no code says so
    named = any(_narrowed_before(text, match) for match in words)
    cued = any(not _OUR_STUDENTS.fullmatch(cue.group(0)) for cue in _COURSE_CUE.finditer(text))
    cued = cued or posted_course(text) is not None
    return "site" if site or not (has_course or named or cued) else "course"


# "mahasiswa kami", "our students": an office's or a directorate's "we" is the institution, so without a course named
# they are every student; a lecturer's class is "mahasiswa saya", "my students", or a course named
_OUR_STUDENTS = re.compile(r"(?i)(?:our|mahasiswa|mhs|peserta)\s+(?:students|kami|kita)")


def audience_lines(after: str) -> str:
    """The lines under the request that say whom the text is addressed to ("Kepada: ...", a letter's addressee)."""
    return " ".join(match.group(0) for match in _AUDIENCE_LINE.finditer(after))


def for_staff(after: str) -> bool:
    """A text addressed to all lecturers or staff is not for one course's students, whatever course it links to."""
    return any(not _NARROWED.match(after, match.end()) for match in _STAFF_AUDIENCE.finditer(after))

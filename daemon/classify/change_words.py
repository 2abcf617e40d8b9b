"""The words of change requests: field cues with their variants and typos, the change verbs, and the words that
mark a value as the old or the new one (the connectors after a cue are in change_connectors.py)."""

from __future__ import annotations

import re
from functools import lru_cache

from daemon.classify.wording import sentence_around

# Field cues, Indonesian and English with the usual typos; the more specific ones first, since the first
# alternative that matches at a position wins ("nama dosen" is the lecturer, a bare "nama" the course).
# "Yang ngajar sekarang X", "yg pegang skrg Pak X": who teaches now, in spoken verbs, names the new lecturer.
TEACHES_NOW = (
    r"(?:yang|yg)\s(?:(?:meng|ng)?ajar(?:in)?|(?:meng|ng)ampu|(?:mem|m)?egang|pegang)(?:nya)?\s"
    r"(?:sekarang|skrg|skrang|sekarng|saat\sini|kini)"
)
# "kata sandi supaya bisa masuk ke kelas", "a password to get into my class": a password described by what it opens,
# a class, is the class's enrolment key (a password into e-learning itself is a login).
INTO_A_CLASS = (
    r"\s(?:\S+\s){0,2}?(?:supaya|agar|untuk|utk|buat|biar|to|so\sthey\scan|so\sstudents\scan)\s"
    r"(?:bisa\s|dapat\s|can\s)?(?:masuk|gabung|join|enrol\w*|get\sinto|access|enter)\s(?:ke\s|to\s|into\s)?"
    r"(?:(?:the|my|this|our|his|her)\s)?(?:kelas|course|class|mk|matkul|matakuliah|mata\skuliah)\b"
)
PASSWORD_INTO_A_CLASS = rf"(?:kata\s?sandi|sandi|password|passcode|pw)(?={INTO_A_CLASS})"
COURSE = r"(?:mata\s?kuliah|matakuliah|matkul|makul|mk|m\.k\.|course|kursus|mata\s?kuliahnya|mknya|matkulnya)"
CUES: tuple[tuple[str, str], ...] = (
    (
        "enrolment_key",
        r"enrol(?:l)?(?:ment|emnt|men)?[\s-]?key|kunci\s(?:pendaftaran|enrol(?:l)?(?:ment)?|masuk)|"
        r"self[\s-]enrol(?:l)?ment\s(?:key|password)|enrol(?:l)?ment\spassword|password\s(?:enrol(?:l)?(?:ment)?|"
        r"course|kelas|mk)|(?:pw|pass)\s?enrol(?:l)?(?:ment)?|kode?\s(?:enrol(?:l)?(?:ment|men)?|pendaftaran|akses|masuk|gabung)|key\senrol(?:l)?(?:ment)?|"
        r"kata\s(?:kunci|sandi)\s(?:kelas|enrol(?:l)?(?:ment)?|pendaftaran|course|mk)|access\s(?:key|code)|"
        # "sandi pendaftaran", "password untuk masuk course"
        r"sandi\s(?:pendaftaran|masuk|enrol(?:l)?(?:ment)?)|password\s(?:untuk\s|utk\s|buat\s)?masuk(?!\s(?:e-?learning|sistem|siakad|akun|email|portal))|"
        # "New key: Arch@2026": a bare "key" only as the new one.
        r"enrolkey|kunci(?:nya)?|(?<=new\s)key|key(?=[\s-]?nya\b)|" + PASSWORD_INTO_A_CLASS + "|"
        # "minta key Pemrograman Dasar diganti", "the key for Robotics": a bare key that names its course.
        r"(?-i:key)(?=[ \t](?:(?:mk|matkul|makul|mata\skuliah|course|kursus|for|of|untuk|buat|utk)\b|"
        r"(?-i:[A-Z][a-z])))|"
        # "set key: rajawali", "key baru = elang": a bare key labelled, or named as the new one.
        r"(?<!api\s)(?<!API\s)(?-i:[Kk]ey)(?=[ \t]*(?:[:=]|->|→)|[ \t]+(?:baru(?:nya)?|new)\b)",
    ),
    (
        "lecturer",
        # "koordinator MK", "PJ MK", "penanggung jawab mata kuliah", "co-lecturer": the course's person in charge.
        r"(?:koordinator|koord\.?|pj|penanggung\s?jawab)\s" + COURSE + r"|co-?(?:lecturer|instructor|teacher)|"
        r"(?:module|course|subject)\s(?:leader|coordinator|convenor)|lecturer[\s-]in[\s-]charge|"
        r"dosen\s(?:p(?:e)?ngampu|p(?:e)?ngajar)(?:nya)?|nama\sdosen(?:nya)?|p(?:e)?ngampu(?:nya|an)?|p(?:e)?ngajar(?:nya)?|"
        r"teaching\s(?:staff|team)|(?:staf|tim)\s(?:dosen|pengajar)|dosen(?:nya)?|pensyarah|tenaga\spengajar|dsn|lecturer(?:'?s)?(?:\s(?:in\scharge|names?))?|(?:instructor|teacher)(?:'?s)?\snames?|instructor|instruktur|tutor|teacher|team\steaching|teaching\steam|"
        r"(?:diampu|dipegang)(?:\soleh)?|(?:diajar|diajarkan)\soleh|(?:taught|handled)\sby|" + TEACHES_NOW,
    ),
    (
        "shortname",
        # Malay "nama ringkas"
        r"nama\s(?:singkat|pendek|ringkas)|(?:short|sort|shrt)[\s-]?name|kode\s(?:" + COURSE + r"|singkat)|"
        r"course\scode|shortname|singkatan|kode(?:nya)?|"
        # "the abbreviated course name", "name abbreviation"
        r"abbreviat\w*\s(?:course\s)?name|(?:name\s)?abbreviation",
    ),
    (
        "class",
        r"nama\skelas|kelas(?:nya)?|kls(?:nya)?|klas|class(?:\s(?:name|section|group))?|rombel|section|"
        # "move the course to group EL-3A": a class's group, never a chat's.
        r"(?<!whatsapp\s)(?<!wa\s)(?<!telegram\s)(?<!chat\s)(?<!study\s)(?<!line\s)group(?:\sname)?",
    ),
    (
        "semester",
        r"tahun\s(?:ajaran|akademik)(?:nya)?|thn\s(?:ajaran|akademik)|academic\s(?:year|term)|semester(?:nya)?|"
        r"smt|smstr|smester|periode|term|"
        # "pindahkan ke kategori Genap 2026/2027": the course category is the semester; only a semester's shape is read.
        r"kategori(?:\ssemester)?|category",
    ),
    ("credits", r"jumlah\ssks|bobot(?:\ssks)?|skss?(?:-?nya)?|(?:credit|kredit)(?:s|\shours|\sunits)?"),
    (
        "summary",
        r"deskripsi(?:\s(?:singkat|" + COURSE + r"))?|description|summary|ringkasan|sinopsis|"
        r"course\s(?:overview|description)",
    ),
    (
        "fullname",
        # Sundanese "nami", Malay "tajuk kursus", "nama penuh kursus"
        r"(?:nama|nm|nma|nami|tajuk)\s(?:(?:lengkap|penuh)\s)?"
        + COURSE
        + r"(?:\s?nya)?|nama\s(?:lengkap|penuh)(?!\s(?:saya|sy|aku|beliau|dia|mahasiswa))|judul\s"
        + COURSE
        + r"|"
        r"course\s(?:full\s?)?(?:name|title)|full?[\s-]?name|title\sof\s(?:the\s|my\s|our\s)?(?:course|subject|module|mk|[A-Z]{2,4}[\s-]?\d{3,4})|(?:di)?rename[ds]?|"
        r"(?:ganti|ubah)\snama(?!\s(?:singkat|pendek|dosen|kelas|pengampu|pengajar|saya|sy))|namanya|nama(?!\s(?:(?:di|pada|dalam|dari)\s)?(?:saya|sy|aku|profil|login|email|"
        r"beliau|dia|mahasiswa|mhs|akun|pengguna|user|file|berkas|dokumen|tugas|folder|grup))|"
        r"(?<=new\s)title|(?<!\bmy\s)(?<!\bhis\s)(?<!\bher\s)(?<!\byour\s)(?<!\buser\s)(?<!\bfile\s)name|(?:be|is|being)\s(?:now\s)?(?=(?:called|named)\s[A-Z\"“])|re-?title[ds]?",
    ),
)
# What the page shows now, the current value after it: "yang tertulis sekarang X", "tercantum saat ini X".
SHOWN_NOW = r"tertulis|tercantum|tertera"
NOW = r"sekarang|skrg|saat[ \t]+ini"
# Malay "baharu" (new) and "asal" (original), Javanese and Sundanese "anyar" and "enggal", Banjar "hanyar" stand where
# Indonesian writes "baru"; Javanese and Banjar "lawas", Sundanese "heubeul" where it writes "lama".
REGIONAL_NEW = r"baharu|anyar|hanyar|enggal"
REGIONAL_OLD = r"asal|lawas|heubeul"
CUE = re.compile(
    r"(?P<before>\b(?:new|old|current|correct|proposed|previous|the|its|their|baru|lama)\s+)?"
    + "(?:"
    # "nama singkatnya", "SKS-nya": the possessive suffix belongs to the cue.
    # Sundanese "-na" too: "mata kuliahna", "dosenna".
    # Javanese "-ipun"/"-nipun": "kelasipun", "enrolment key-nipun".
    + "|".join(
        f"\\b(?P<f{index}>(?:{pattern})(?:[\\s-]?nya|-?na|-?n?ipun)?)\\b" for index, (_, pattern) in enumerate(CUES)
    )
    # The side word stands on the cue's line: "Nama MK\nLama: X" is a cue and a labelled line, not "Nama MK lama".
    + r")(?P<after>(?:[ \t]*\(?(?:baru|lama|sekarang|saat\sini|yg\sbaru|yang\sbaru|usulan|"
    r"semula|sebelumnya|tertulis|old|new|current|sebelum|sesudah|setelah|pengganti|replacement|"
    rf"{REGIONAL_NEW}|{REGIONAL_OLD})(?:nya)?\)?)?)",
    re.IGNORECASE,
)
NEW_SIDE = re.compile(
    rf"\b(?:baru|{REGIONAL_NEW}|new|yang\sbaru|yg\sbaru|usulan|sesudah|setelah)(?:nya)?\b", re.IGNORECASE
)
# "Dosen pengganti untuk MK ini adalah X": a cue that names the replacement may have its label further on.
REPLACEMENT = re.compile(r"\b(?:pengganti|replacement)(?:nya)?\b", re.IGNORECASE)
OLD_SIDE = re.compile(
    rf"\b(?:old|current|previous|lama|{REGIONAL_OLD}|sekarang|saat\sini|semula|sebelumnya|tertulis|sebelum)\b", re.I
)

# The writer's own name ("my name is misspelled in the course", "nama saya di MK X tertulis ..."): as it shows in a
# course, the lecturer's name, not the course's.
WRITERS_NAME = re.compile(r"\b(?:my\s(?:full\s)?name|nama(?:\slengkap)?\s(?:saya|aku)|namaku)\b", re.IGNORECASE)

# What stands between a cue and its new value. Each is a named way of writing it, kept as the value's source.
# Javanese "dados"/"dadi", Sundanese "janten" (menjadi), typed by writers who dictate in their own language.
# The writer's words that the value after them is the right one and the one shown wrong ("seharusnya X", "yang
# benar X", "should be X"): the one lexicon of corrections. OUGHT is its single words, read alone where a site
# pairs them with its own looser words ("should", "must", "yang betul"); change_connectors adds casual spellings.
OUGHT = r"seharusnya|harusnya|hrsnya|mestinya|semestinya"
CORRECTION = rf"{OUGHT}|yang\sbenar|yg\sbenar|should\s(?:be|read)"
STRONG_TO = r"menjadi|mnjadi|menjdi|mjd|mnjd|mjdi|jadi|jdi|jd|dados|dadi|janten|into|becomes?"
CHANGE_VERB = (
    r"di\s?ubah|dirubah|ubah|rubah|d?i?ubh|dirubh|di\s?ganti|ganti|gnti|dganti|dgnti|dijadikan|diupdate|update[d]?|change[d]?|set|diset|"
    # Javanese "digantos", "dipungantos"
    r"(?:di|dipun)?gantos|"
    r"dipindah(?:kan)?|pindah(?:kan)?|(?:di)?alihkan|move[d]?|revisi|direvisi|koreksi|dikoreksi|perbaiki|diperbaiki|correct(?:ed)?|"
    r"fix(?:ed)?|(?:di-?)?rename[d]?|edit(?:ed)?|diedit|adjust(?:ed)?|disesuaikan|sesuaikan|replace[d]?|switch(?:ed)?|"
    r"amend(?:ed)?|modif(?:y|ied)|alter(?:ed)?|reset|revise[d]?|rebrand(?:ed|ing)?|"
    # a key that leaked is rotated: "rotate it to X", "renew the key to X", "regenerate it as X"
    r"rotate[d]?|renew(?:ed)?|regenerate[d]?|"
    r"(?:di)?perba(?:ha)?rui|(?:di)?tukar|menukar(?:kan)?|tukarkan|"
    # Malay "sila pinda", "dipinda": amend
    r"(?:di|me)?pinda|"
    # put back as it was: "tolong dikembalikan ke Kimia Dasar", "balikin ke X", "revert it to X"
    r"(?:di)?kembalikan|(?:di)?balikin|revert(?:ed)?|restore[d]?|"
    # "Ringkasan course masih kosong, tolong diisi dengan: X": filling an empty field
    r"diisi|isikan|diisikan|"
    # the change named as a noun: "Mohon perubahan nama MK X ke Y"
    r"perubahan|penggantian|pergantian|pengubahan|"
    # spoken Jakarta forms typed on phones: "dipindahin", "gantiin", "dijadiin", "dibikin"
    r"(?:di)?(?:ubah|rubah|ganti|pindah|jadi|benar|betul|bikin|update|set|ganti-)in"
)
# A change verb where a word starts ("diubah", "changed"; "ubahnya" too).
VERB_OF_CHANGE = re.compile(r"\b(?:" + CHANGE_VERB + r")", re.IGNORECASE)
# A credit count in figures or words.
COUNT_WORD = r"\d{1,2}|satu|dua|tiga|empat|lima|enam|one|two|three|four|five|six"
# "menjadi 3 SKS", "jadi tiga SKS": the credit count stands before its cue, as written.
COUNT_BEFORE = re.compile(
    r"\b(?:"
    + STRONG_TO
    + r"|ke|to|seharusnya|harusnya|hanya|cuma|only|is|be|sebanyak|berbobot|dijadikan|jadikan|dibuat|"
    # "Mohon diganti 3 SKS": the change verb right before the count.
    r"(?:di)?(?:ganti|ubah|rubah|set)|"
    # "should carry four credits", "must have 3 credits": what the course ought to weigh, asked.
    r"(?:should|must|ought\sto|needs?\sto|has\sto)\s(?:carry|have|be\sworth|bear)|"
    # "masih 2 SKS, padahal sesuai kurikulum baru 3 SKS": what it is, by the rule it follows, against what is shown;
    # "padahal sudah tiga SKS": what it already is.
    r"(?:padahal|pdhl|whereas)(?:\s(?:sudah|udah|sdh|already))?"
    r"(?:\s(?:sesuai|menurut|berdasarkan|according\sto|as\sper)(?:\s[^\s\d]+){1,5})?)"
    r"\s+(" + COUNT_WORD + r")\s*$",
    re.IGNORECASE,
)
# "ubah 3 SKS jadi 4 SKS": a connector right after the cue leads past the count before it.
THEN_TO = re.compile(r"[ \t]*(?:(?:" + STRONG_TO + r"|ke|to)\b|->|→|=>|[➜➔➙➛➝➞➟➡⟶⇨⇒])", re.IGNORECASE)
# "Short name: X, please keep it", "Semester: X (sudah benar)": a labelled value said to stay.
STAYS = re.compile(
    r"[ \t]*[,(;-]?[ \t]*(?:(?:sudah|sdh|udah|already)[ \t]+(?:benar|betul|bener|sesuai|tepat|correct|right|fine|ok)|"
    r"(?:masih[ \t]+)?tetap|tidak[ \t]+(?:berubah|diubah|perlu[ \t]+diubah)|jangan[ \t]+diubah|biarkan|no[ \t]+change|"
    r"unchanged|(?:please[ \t]+)?keep[ \t]+(?:it|this|that)?|(?:is|it'?s)[ \t]+(?:fine|correct|right|ok)|"
    # "The short name is X, in case you need it", "Kode singkat: X (buat referensi)": given to find the course by.
    r"(?:just[ \t]+)?(?:in[ \t]+case[ \t]+you[ \t]+need|for[ \t]+(?:your[ \t]+)?(?:reference|info)|fyi|"
    r"(?:sebagai|buat|untuk|utk)[ \t]+(?:referensi|info(?:rmasi)?|acuan|pencarian)|kalau[ \t]+perlu|"
    r"jika[ \t]+diperlukan))\b",
    re.IGNORECASE,
)
# "Ini screenshot deskripsinya:", "Pesan errornya sebagai berikut:": what a colon hands over is a picture, a file or
# an error message about the field, not its new value.
HANDS_OVER_OTHER = re.compile(
    r"\b(?:screenshot|screen\s?shot|ss|tangkapan|gambar|foto|capture|error|galat|pesan|message|file|berkas|lampiran|"
    r"attach\w*|link|tautan)(?:nya)?\b",
    re.IGNORECASE,
)
# "Tolong buatkan enrolment key untuk kelas TI-2A: X": a field made anew names its value after its label.
CREATED_BEFORE = re.compile(
    r"\b(?:buatkan|bikinkan|dibuatkan|create|set\sup|add|tambahkan|pasangkan)\s+(?:(?:the|a|an|new|baru)\s+)?$", re.I
)
# "short name-nya X ya, bukan Y": the value set against a wrong one, in a sentence that owns up to a slip.
# "semesternya 2 (bukan 1)": the wrong one in brackets too.
NOT_THE_OTHER = re.compile(
    r"[ \t]*+(?:(?:ya|yah|min|kak|pak|bu)\b)?[ \t]*+[,(]?[ \t]*(?:bukan|bkn|not|instead\sof)\b", re.I
)
# "minta short name-nya X", "Singkatannya X aja": a bare value asked by the word before the cue or a particle.
REQUEST_BEFORE = re.compile(r"\b(?:minta|tolong|mohon|please|pls|plz)\s+(?:the\s+)?$", re.IGNORECASE)
PARTICLE = re.compile(r"[ \t]*(?:aja|saja|dong|deh)\b", re.IGNORECASE)
# "ada 3 yang perlu dikoreksi: ..., semesternya 2 (bukan 1)": a correction asked owns the contrast too.
SLIP = re.compile(r"\b(?:maaf|salah|keliru|(?:di)?koreksi|ralat|typo|sorry|wrong|mistake|apologies)\b", re.IGNORECASE)


def cues(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """Each field cue in the text with the field it names."""
    return _cues(text)


# Readers ask again and again for the cues of one text (the mail, or the sentence around each of its cues): a long
# sentence of cue words was scanned whole once per cue in it (seconds at 20 000 characters), now once; the last few
# hundred texts are kept because the readers of one request ask about the same text and sentences.
@lru_cache(maxsize=512)
def _cues(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    return tuple((_cue_field(match), match) for match in CUE.finditer(text))


def leading_cue(text: str) -> tuple[str, re.Match[str]] | None:
    """The cue the text opens with (the first of `cues(text)` when it starts at 0), matched there alone."""
    match = CUE.match(text)
    return (_cue_field(match), match) if match else None


def _cue_field(match: re.Match[str]) -> str:
    return CUES[next(int(name[1:]) for name, value in match.groupdict().items() if value and name[0] == "f")][0]


def cue_field_name(match: re.Match[str]) -> str:
    return next(name for name, value in match.groupdict().items() if value and name[0] == "f")


def cue_field_start(match: re.Match[str]) -> int:
    return next(match.start(name) for name, value in match.groupdict().items() if value and name[0] == "f")


# A cue that is itself the verb: "diampu oleh X", "taught by X".
BY_VERB = re.compile(
    r"(?:diampu|dipegang)(?:\soleh)?|(?:diajar|diajarkan)\soleh|(?:taught|handled)\sby|" + TEACHES_NOW, re.IGNORECASE
)


def is_old_side(match: re.Match[str]) -> bool:
    return bool(OLD_SIDE.search((match.group("before") or "") + " " + (match.group("after") or "")))


# "disederhanakan menjadi Manajemen Logistik (LOG2103) seperti yang tampil di e-learning sekarang", "became X (as the
# page shows it now)": a value the page shows now is the current one, told in the course's story.
SHOWN_NOW_AFTER = re.compile(
    rf"[ \t]*(?:\([^()\n]{{1,20}}\))?[ \t]*[,(]?[ \t]*(?:(?:seperti|sebagaimana|sesuai)[ \t]+(?:yang[ \t]+)?"
    rf"(?:tampil|muncul|{SHOWN_NOW}|terlihat|ada)[ \t]+(?:di[ \t]+)?(?:e-?learning|moodle|lms|halaman|sana|situ)"
    r"|as[ \t]+(?:it[ \t]+is[ \t]+|it'?s[ \t]+)?(?:shown|listed|displayed|written)[ \t]+(?:now|on[ \t]+(?:e-?learning|"
    r"moodle|the[ \t]+(?:course[ \t]+)?page))"
    r"|which[ \t]+is[ \t]+what[ \t]+(?:e-?learning|moodle|the[ \t]+page)[ \t]+shows)",
    re.IGNORECASE,
)

# "Saya Rahmi, dosen Prodi Akuntansi", "I'm Grace, lecturer at the Business Administration programme": the writer says
# what they are; that "dosen" names no field to change.
WRITER_ROLE_AFTER = re.compile(
    r"[ \t]+(?:(?:tetap|luar[ \t]+biasa|LB|honorer|tamu|praktisi|muda)\b|(?:(?:di|pada|at|in|of|from|dari)[ \t]+)?"
    r"(?:the[ \t]+)?(?:[A-Z][\w&-]*[ \t]+){0,4}?(?:prodi|program[ \t]+studi|jurusan|department|dept|programme|"
    r"study[ \t]+program|politeknik|polytechnic|polibatam)\b)",
    re.IGNORECASE,
)

# "padahal kelas C kan sudah dipindah ke sore", "whereas group C was moved": a value that a verb of its own follows is
# the subject of a clause that tells something, not the value the field should have.
_TOLD_OF_IT_AFTER = re.compile(
    r"[ \t]+(?:(?:kan|sih|itu|tuh|juga)[ \t]+)?(?:sudah|udah|sdh|dah|telah|baru[ \t]+saja|sempat|pernah|has|had|was|"
    r"were|already)\b",
    re.IGNORECASE,
)


def told_of_after_whereas(kind: str, text: str, value_end: int) -> bool:
    """Whether a value read after the "whereas" connector is the subject of a clause telling something."""
    return kind == "whereas" and bool(_TOLD_OF_IT_AFTER.match(text, value_end))


_SO_AFTER_COMMA = re.compile(r",[ \t]*(?:jadi|jdi|jd)$", re.IGNORECASE)
# "Kode singkatnya juga, jadi PED-EL1": a field said "also" shares the change asked before it.
_ALSO_BEFORE_COMMA = re.compile(r"\b(?:juga|jg|pula|pun|also|too)[ \t]*,[ \t]*\w+$", re.IGNORECASE)


def said_so(text: str, connector_start: int, connector_end: int) -> bool:
    """Whether a "jadi" after a comma says "so" ("Key yg lama bocor, jadi adik-adik tingkat ikut masuk"): no change
    is asked in its sentence before it, nor is a field said "also", so it goes on with what followed, not with a new
    value."""
    if not _SO_AFTER_COMMA.search(text, max(0, connector_start - 3), connector_end) or _ALSO_BEFORE_COMMA.search(
        text, max(0, connector_start - 12), connector_end
    ):
        return False
    return not VERB_OF_CHANGE.search(text, sentence_around(text, connector_start)[0], connector_start)

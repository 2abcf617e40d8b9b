"""The words of change requests: field cues with their variants and typos, change verbs, and the connectors that
stand between a field and its new value (each a named way of writing it, kept as the value's source)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from daemon.classify.wording import sentence_end

# Field cues, Indonesian and English with the usual typos; the more specific ones first, since the first
# alternative that matches at a position wins ("nama dosen" is the lecturer, a bare "nama" the course).
# "Yang ngajar sekarang X", "yg pegang skrg Pak X": who teaches now, in spoken verbs, names the new lecturer.
TEACHES_NOW = (
    r"(?:yang|yg)\s(?:(?:meng|ng)?ajar(?:in)?|(?:meng|ng)ampu|(?:mem|m)?egang|pegang)(?:nya)?\s"
    r"(?:sekarang|skrg|skrang|sekarng|saat\sini|kini)"
)
COURSE = r"(?:mata\s?kuliah|matakuliah|matkul|makul|mk|m\.k\.|course|kursus|mata\s?kuliahnya|mknya|matkulnya)"
CUES: tuple[tuple[str, str], ...] = (
    (
        "enrolment_key",
        r"enrol(?:l)?(?:ment|emnt|men)?[\s-]?key|kunci\s(?:pendaftaran|enrol(?:l)?(?:ment)?|masuk)|"
        r"self[\s-]enrol(?:l)?ment\s(?:key|password)|enrol(?:l)?ment\spassword|password\s(?:enrol(?:l)?(?:ment)?|"
        r"course|kelas|mk)|(?:pw|pass)\s?enrol(?:l)?(?:ment)?|kode\s(?:enrol(?:l)?(?:ment)?|pendaftaran|akses|masuk|gabung)|key\senrol(?:l)?(?:ment)?|"
        r"kata\s(?:kunci|sandi)\s(?:kelas|enrol(?:l)?(?:ment)?|pendaftaran|course|mk)|access\s(?:key|code)|"
        # "sandi pendaftaran", "password untuk masuk course"
        r"sandi\s(?:pendaftaran|masuk|enrol(?:l)?(?:ment)?)|password\s(?:untuk\s|utk\s|buat\s)?masuk(?!\s(?:e-?learning|sistem|siakad|akun|email|portal))|"
        # "New key: Arch@2026": a bare "key" only as the new one.
        r"enrolkey|kunci(?:nya)?|(?<=new\s)key|key(?=[\s-]?nya\b)|"
        # "minta key Pemrograman Dasar diganti", "the key for Robotics": a bare key that names its course.
        r"(?-i:key)(?=[ \t](?:(?:mk|matkul|makul|mata\skuliah|course|kursus|for|of|untuk|buat|utk)\b|"
        r"(?-i:[A-Z][a-z])))|"
        # "set key: rajawali", "key baru = elang": a bare key labelled, or named as the new one.
        r"(?<!api\s)(?<!API\s)(?-i:[Kk]ey)(?=[ \t]*(?:[:=]|->|→)|[ \t]+(?:baru|new)\b)",
    ),
    (
        "lecturer",
        # "koordinator MK", "PJ MK", "penanggung jawab mata kuliah", "co-lecturer": the course's person in charge.
        r"(?:koordinator|koord\.?|pj|penanggung\s?jawab)\s" + COURSE + r"|co-?(?:lecturer|instructor|teacher)|"
        r"(?:module|course|subject)\s(?:leader|coordinator|convenor)|lecturer[\s-]in[\s-]charge|"
        r"dosen\s(?:p(?:e)?ngampu|p(?:e)?ngajar)(?:nya)?|nama\sdosen(?:nya)?|p(?:e)?ngampu(?:nya|an)?|p(?:e)?ngajar(?:nya)?|"
        r"teaching\s(?:staff|team)|(?:staf|tim)\s(?:dosen|pengajar)|dosen(?:nya)?|dsn|lecturer(?:'?s)?(?:\s(?:in\scharge|names?))?|(?:instructor|teacher)(?:'?s)?\snames?|instructor|instruktur|tutor|teacher|team\steaching|teaching\steam|"
        r"(?:diampu|dipegang)(?:\soleh)?|(?:diajar|diajarkan)\soleh|(?:taught|handled)\sby|" + TEACHES_NOW,
    ),
    (
        "shortname",
        r"nama\s(?:singkat|pendek)|(?:short|sort|shrt)[\s-]?name|kode\s(?:" + COURSE + r"|singkat)|course\scode|"
        r"shortname|singkatan|kode(?:nya)?",
    ),
    (
        "class",
        r"nama\skelas|kelas(?:nya)?|kls(?:nya)?|klas|class(?:\s(?:name|section|group))?|rombel|section",
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
        # Sundanese "nami", Malay "tajuk kursus"
        r"(?:nama|nm|nma|nami|tajuk)\s(?:lengkap\s)?"
        + COURSE
        + r"(?:\s?nya)?|nama\slengkap(?!\s(?:saya|sy|aku|beliau|dia|mahasiswa))|judul\s"
        + COURSE
        + r"|"
        r"course\s(?:full\s?)?(?:name|title)|full?[\s-]?name|title\sof\s(?:the\s|my\s|our\s)?(?:course|subject|module|mk|[A-Z]{2,4}[\s-]?\d{3,4})|(?:di)?rename[ds]?|"
        r"(?:ganti|ubah)\snama(?!\s(?:singkat|pendek|dosen|kelas|pengampu|pengajar|saya|sy))|namanya|nama(?!\s(?:(?:di|pada|dalam|dari)\s)?(?:saya|sy|aku|profil|login|email|"
        r"beliau|dia|mahasiswa|mhs|akun|pengguna|user|file|berkas|dokumen|tugas|folder|grup))|"
        r"(?<=new\s)title|(?<!\bmy\s)(?<!\bhis\s)(?<!\bher\s)(?<!\byour\s)(?<!\buser\s)(?<!\bfile\s)name|(?:be|is|being)\s(?:now\s)?(?=(?:called|named)\s[A-Z\"“])|re-?title[ds]?",
    ),
)
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
    r"semula|sebelumnya|tertulis|old|new|current|sebelum|sesudah|setelah|pengganti|replacement)(?:nya)?\)?)?)",
    re.IGNORECASE,
)
NEW_SIDE = re.compile(r"\b(?:baru|new|yang\sbaru|yg\sbaru|usulan|sesudah|setelah)(?:nya)?\b", re.IGNORECASE)
# "Dosen pengganti untuk MK ini adalah X": a cue that names the replacement may have its label further on.
REPLACEMENT = re.compile(r"\b(?:pengganti|replacement)(?:nya)?\b", re.IGNORECASE)
OLD_SIDE = re.compile(r"\b(?:old|current|previous|lama|sekarang|saat\sini|semula|sebelumnya|tertulis|sebelum)\b", re.I)

# What stands between a cue and its new value. Each is a named way of writing it, kept as the value's source.
# Javanese "dados"/"dadi", Sundanese "janten" (menjadi), typed by writers who dictate in their own language.
STRONG_TO = r"menjadi|mnjadi|menjdi|mjd|mnjd|mjdi|jadi|jdi|jd|dados|dadi|janten|into|becomes?"
CHANGE_VERB = (
    r"di\s?ubah|dirubah|ubah|rubah|d?i?ubh|dirubh|di\s?ganti|ganti|gnti|dganti|dgnti|dijadikan|diupdate|update[d]?|change[d]?|set|diset|"
    # Javanese "digantos", "dipungantos"
    r"(?:di|dipun)?gantos|"
    r"dipindah(?:kan)?|pindah(?:kan)?|(?:di)?alihkan|move[d]?|revisi|direvisi|koreksi|dikoreksi|perbaiki|diperbaiki|correct(?:ed)?|"
    r"fix(?:ed)?|(?:di-?)?rename[d]?|edit(?:ed)?|diedit|adjust(?:ed)?|disesuaikan|sesuaikan|replace[d]?|switch(?:ed)?|"
    r"amend(?:ed)?|modif(?:y|ied)|alter(?:ed)?|reset|revise[d]?|rebrand(?:ed|ing)?|"
    r"(?:di)?perba(?:ha)?rui|(?:di)?tukar|"
    # "Ringkasan course masih kosong, tolong diisi dengan: X": filling an empty field
    r"diisi|isikan|diisikan|"
    # the change named as a noun: "Mohon perubahan nama MK X ke Y"
    r"perubahan|penggantian|pergantian|pengubahan|"
    # spoken Jakarta forms typed on phones: "dipindahin", "gantiin", "dijadiin", "dibikin"
    r"(?:di)?(?:ubah|rubah|ganti|pindah|jadi|benar|betul|bikin|update|set|ganti-)in"
)
# "menjadi 3 SKS", "jadi tiga SKS": the credit count stands before its cue, as written.
COUNT_BEFORE = re.compile(
    r"\b(?:"
    + STRONG_TO
    + r"|ke|to|seharusnya|harusnya|hanya|cuma|only|is|be|sebanyak|berbobot|dijadikan|jadikan|dibuat|"
    # "Mohon diganti 3 SKS": the change verb right before the count.
    r"(?:di)?(?:ganti|ubah|rubah|set)|"
    # "should carry four credits", "must have 3 credits": what the course ought to weigh, asked.
    r"(?:should|must|ought\sto|needs?\sto|has\sto)\s(?:carry|have|be\sworth|bear))"
    r"\s+(\d{1,2}|satu|dua|tiga|empat|lima|enam|one|two|three|four|five|six)\s*$",
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
NOT_THE_OTHER = re.compile(r"[ \t]*(?:(?:ya|yah|min|kak|pak|bu)\b)?[ \t]*,?[ \t]*(?:bukan|bkn|not|instead\sof)\b", re.I)
# "minta short name-nya X", "Singkatannya X aja": a bare value asked by the word before the cue or a particle.
REQUEST_BEFORE = re.compile(r"\b(?:minta|tolong|mohon|please|pls|plz)\s+(?:the\s+)?$", re.IGNORECASE)
PARTICLE = re.compile(r"[ \t]*(?:aja|saja|dong|deh)\b", re.IGNORECASE)
SLIP = re.compile(r"\b(?:maaf|salah|keliru|koreksi|ralat|typo|sorry|wrong|mistake|apologies)\b", re.IGNORECASE)
CONNECTORS: tuple[tuple[str, str], ...] = (
    ("arrow", r"(?:->|-->|→|=>|⇒|»|>>|[➜➔➙➛➝➞➟➡⟶⇨])"),
    ("colon at line end", r":[ \t]*(?=\n)"),
    # "the lecturer for EL3201 is now Dr. X": a field said to be something now has a new value.
    # "dosennya ganti, sekarang Bu X": the change told, then who it is now.
    (
        "is now",
        r"\b(?:is|are)\s(?:now|from\snow\son|as\sof\snow)\b|"
        r"\b(?:ganti|berganti|diganti|changed)[ \t]*[,;][ \t]*(?:sekarang|skrg|kini|now)\b",
    ),
    # Spaces before a label are read only from the first of them, each taken once: "\s*(...)?\s*" tried from every
    # space of a long run splits the run every way (cubic time).
    (
        "label",
        r"(?:(?<!\s)\s++(?:\([^)\n]{0,20}\)(?:\s(?:please|pls|ya))?\s*+|(?<=\s)(?:please|pls|ya)\s*+)?|"
        r"\([^)\n]{0,20}\)(?:\s(?:please|pls|ya))?\s*+)?(?:[:=|]|adalah\b|yaitu\b|is\b)",
    ),
    (
        "should be",
        r"\b(?:seharusnya|harusnya|hrsnya|hrs\snya|hrusnya|harus|hrs|(?:(?:needs?|has|have|ought)\s)?to\sbe|sharusnya|semestinya|mestinya|sepatutnya|patutnya|seyogyanya|yang\sbenar(?:nya)?|"
        r"(?:yg|yang)\s(?:benar|bener|bnr|betul|btl)(?:nya)?|benarnya|betulnya|sebenarnya|(?:should|must|shall)\s(?:(?:now|actually|really|instead|therefore|then|still|also|rather|simply|from\snow\son)\s)?(?:be|read|say|become)|to\s(?:read|say)|"
        r"is\ssupposed\sto\sbe|correct\s(?:[\w-]+\s){0,4}?(?:is|would\sbe))\b"
        # "Nama yang benar menurut kurikulum adalah X": the authority between the cue and its copula.
        r"(?:\s(?:menurut|sesuai|berdasarkan|according\sto|as\sper)(?:\s[\w/-]+){1,4}?(?=\s(?:adalah|adlh|yaitu|is)\b))?"
        r"(?:\s(?:adalah|adlh|yaitu|itu|is))?(?:\s(?:sudah|udah|sdh|already))?",
    ),
    (
        "as follows",
        r"\b(?:(?:dengan|with|menjadi|to|as|sbb|seperti)\s)?(?:(?:teks|text|kalimat|isi|versi|bunyi|yang|"
        r"paragraf|paragraph|deskripsi|description|ringkasan|summary)\s)?"
        r"(?:berikut(?:\sini)?|below|as\sfollows|the\sfollowing|sebagai\sberikut|sbb)(?:\s*\([^)\n]{0,120}\))?"
        r"(?:\s(?:ya|yah|ini|please|pls))?\s*:?|"
        # "diganti sama ini ya: ...", "replace it with this:"
        r"\b(?:dengan|dgn|sama|sm|with|to|jadi|menjadi)\s(?:ini|this)(?:\s(?:ya|yah|aja|saja|please|pls))?\s*:",
    ),
    (
        "new:",
        r"(?<![\w-])(?:new|baru|yang\sbaru|yg\sbaru|menjadi|sesudah|after|usulan|correct|benar|seharusnya|(?<=\n)(?:to|ke)|"
        r"requested|proposed|diminta|yang\sdiminta|yg\sdiminta|diusulkan|"
        r"(?:sesuai|menurut|according\sto|as\sper)\s[^:\n]{1,30}|(?:yang|yg)\s(?:akan|baru)\s\w+|"
        # "Nama yang diinginkan:", "Desired name:"
        r"(?:yang\s|yg\s)?diinginkan|(?:desired|wanted|preferred)(?:\s(?:value|name|text))?)"
        # "New value:", "Nilai baru:", "Data baru:"
        r"(?:\s(?:value|name|text|entry|one))?\s*:|(?<![\w-])(?:nilai|data|isian|value)\s(?:baru|yang\sbaru|yg\sbaru)\s*:|"
        # "Could you change the enrolment key? The new one is X.", "Yang barunya adalah X."
        r"\b(?:the\s)?new\sone\s(?:is|will\sbe|should\sbe)\b|\b(?:yang|yg)\sbaru(?:nya)?\s(?:adalah|yaitu|ialah)\b",
    ),
    (
        "written as",
        r"(?<!masih\s)(?<!still\s)\b(?:ditulis|dituliskan|dinamai|dinamakan|diberi\snama|named|labell?ed|"
        r"called)\b",
    ),
    ("not X but Y", r"\b(?:bukan|bkn|bukannya|not|instead\sof)\b[^\n]{1,80}?\b(?:tapi|tetapi|tp|melainkan|but)\b"),
    # Not "From: X\nTo: Y", whose "To:" line is read as a label, nor the "to" of "Intro to Programming".
    ("from X to Y", r"\b(?:dari|from)\b(?!\s*:)[^\n]{1,80}?\b(?:ke|kepada|to|" + STRONG_TO + r")\b"),
    (
        "was X, now Y",
        r"\b(?:sebelumnya|semula|dulunya|dulu|previously|formerly)\b[^\n]{1,60}?[,;]?\s(?:sekarang|kini|now)\b",
    ),
    # "diganti ya min: X": words of address between the verb and its colon (before "changed to", which would take
    # the verb for itself).
    (
        "verb colon",
        r"\b(?:" + CHANGE_VERB + r")(?:kan)?(?:\s(?:ya|yah|min|kak|pak|bu|dong|please|pls))+\s*:[ \t]*(?=\S)",
    ),
    ("changed to", r"\b(?:" + STRONG_TO + r")\b"),
    # "diubah ... dengan X", but never past a "menjadi" of its own ("diubah menjadi X agar sama dengan Y").
    (
        "changed to",
        r"\b(?:"
        + CHANGE_VERB
        + r")\b(?:\s+(?!(?:"
        + STRONG_TO
        # Malay "ditukar kepada X", Betawi "diganti ame X", Sundanese "diganti ku X"
        + r")\b)\S+){0,4}?\s+(?:ke|k|to|dengan|dgn|with|by|oleh|sama|sm|kepada|ame|ama|ku)\b",
    ),
    (
        "changed to",
        r"\b(?:diganti|diubah|dirubah|ganti|ubah|dganti|diubh|ubh|replace[d]?|rename(?:\s(?:it|this|the\scourse))?|"
        r"dibuat|dijadikan|jadikan|diset|di-set)"
        r"(?:\s(?:saja|aja|juga|please|pls))?\s+"
        r"(?=[\"“'‘A-Z])",
    ),
    # "SKS-nya dijadikan 3", "tolong dibikin 4 sks": a verb of making into, with a count or a name after it.
    (
        "changed to",
        # "key-nya dibikin robotik2027 aja": a word with a digit in it is a code or a key, in any case.
        r"\b(?:di)?(?:jadikan|jadiin|bikin)\s+(?=[\"“'‘A-Z]|[a-z][\w#@-]*\d|\d{1,2}(?:\s*sks)?\b"
        r"(?!\s*(?!(?:ya|yah|aja|saja|sks|kak|pak|bu|min|dong|deh|mulai|untuk|utk)\b)[a-z]))",
    ),
    (
        "taken over by",
        r"\b(?:digantikan|diganti|replaced|taken\sover|diampu|diajar|dipegang|taught|handled|"
        # Sundanese "diganti ku X", Javanese "dipunampu dening X"
        r"dialihkan|dilanjutkan|diserahkan|diserahterimakan|beralih|handed\sover|passed\son|transferred|dipunampu|digantos)\s+"
        r"(?:oleh|by|ke|kepada|to|ku|dening)\b",
    ),
    # "masih Pak Ahmad, padahal pengampunya sudah X": what the field already is, against what is shown.
    ("already is", r"(?<=nya)\s+(?:sudah|udah|sdh|kini|sekarang|skrg)(?=\s+[\"“'A-Z])"),
    ("copula", r"(?<=nya)\s+(?=[\"“'A-Z0-9])"),
    ("verb colon", r"\b(?:" + CHANGE_VERB + r")(?:kan)?\s*:[ \t]*(?=\S)"),
    # "Also, the short name needs updating: X"
    ("verb colon", r"\b(?:needs?|requires?)\s(?:updating|changing|to\sbe\s(?:updated|changed))\s*:[ \t]*(?=\S)"),
    ("make it", r"\bmake\s(?:it|that|them)\b"),
    # "Could the short name of EL2201 read EL2201-B instead?": read only in a sentence that asks.
    ("read as", r"(?<=\s)(?<!\bI\s)(?<!\bwe\s)(?<!\bthey\s)(?<!\bto\s)read(?:\s(?:as|like))?\b[ \t]*:?"),
    # "Could the short name of TI3105 be OR-TI3-2027?": a question that asks for a value of a field's own shape.
    ("could be", r"(?<=\s)(?<!\bto\s)be\b(?:\s(?:changed|set|updated)\s(?:to|into))?"),
    # "For the enrolment key, please use "harbor-2027"", "Kode enrol yang ingin saya gunakan: SIG-2027".
    ("use", r"\b(?:use|gunakan|gunakanlah|pakai|pake|menggunakan|memakai)\b[ \t]*:?"),
    # "adjusted to the timetable, namely TRM-2A" (and "yaitu", which the label reads): only after a change verb.
    ("namely", r"\bnamely\b[ \t]*:?"),
    # "tertulis Genap 2025/2026 padahal Ganjil 2026/2027": "whereas" leads to the right value, read only for a
    # field whose value has a shape of its own.
    # "says Odd 2026/2027 but it is Even 2026/2027": what it is, against what is shown.
    (
        "whereas",
        r"\b(?:padahal|pdhl|whereas|but\s(?:it\s(?:is|'s)|actually(?:\sit\sis)?))\b(?:\s(?:seharusnya|harusnya|mestinya|"
        r"it\sshould\sbe|actually))?",
    ),
    ("will be", r"\b(?:will\sbe|akan\sdiampu\soleh)\s+(?=[A-Z])"),
)
CONNECTOR = re.compile("|".join(f"(?P<c{index}>{pattern})" for index, (_, pattern) in enumerate(CONNECTORS)), re.I)


# "masih ter-set di semester 4 (copy dari tahun lalu). It should be semester 5, karena ... ke semester ganjil": a
# connector of two parts never spans a sentence end; its parts belong to two sentences.
_TWO_PARTS = frozenset({"not X but Y", "from X to Y", "was X, now Y"})


def connectors(text: str, start: int, end: int) -> Iterator[tuple[str, re.Match[str]]]:
    """Every connector from `start`, overlapping ones too: when "diperbaiki ... dengan" leads to no value, the
    "menjadi" inside it may."""
    while connector := CONNECTOR.search(text, start, end):
        kind = next(CONNECTORS[int(name[1:])][0] for name, value in connector.groupdict().items() if value)
        if kind not in _TWO_PARTS or sentence_end(text, connector.start()) >= connector.end():
            yield kind, connector
        start = connector.start() + 1


def cues(text: str) -> list[tuple[str, re.Match[str]]]:
    found = []
    for match in CUE.finditer(text):
        index = next(int(name[1:]) for name, value in match.groupdict().items() if value and name[0] == "f")
        found.append((CUES[index][0], match))
    return found


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

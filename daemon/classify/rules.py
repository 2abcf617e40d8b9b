"""Every keyword rule in the order the classifier weighs them, the course-data rules written here."""

from __future__ import annotations

from daemon.classify.change_words import OUGHT, PASSWORD_INTO_A_CLASS
from daemon.classify.keyword_rule import AS_LECTURER, CHANGE, KeywordRule, rule
from daemon.classify.model import RequestType
from daemon.classify.revert_words import REVERT
from daemon.classify.rules_announcement import ANNOUNCEMENT_RULES
from daemon.classify.rules_change import FIELD_TO_VALUE, STILL_WANTED
from daemon.classify.rules_help import HELP_RULES
from daemon.classify.rules_other import OTHER_RULES
from daemon.classify.wording import STILL_WHEREAS_NAMED, WHEREAS

_CD = RequestType.COURSE_DATA
# The course fields a value is set back on.
_REVERTED_FIELD = (
    r"nama(?: matakuliah| course| lengkap| singkat| pendek)?|short ?name|full ?name|course name|name|kode|code|sks|"
    r"credits?|(?:dosen )?pengampu(?:nya)?|lecturer|enrol(?:l)?ment key|deskripsi|summary"
)

RULES: tuple[KeywordRule, ...] = (
    # course identity data
    rule(
        "course field: name",
        _CD,
        r"\b(?:nama (?:matakuliah|course)|course name|full ?name|nama lengkap|nama penuh|tajuk kursus|"
        r"nama baru|new name|nama course|rename[ds]?|renaming|(?:ganti|ubah|perubahan|penggantian) nama|"
        # a course's name called its title: "judul course saya", "the course title"
        r"judul (?:course|matakuliah|mk|matkul)|course title|title of (?:the |my |this )?course)\b",
        2.5,
        course_field=True,
    ),
    rule(
        "course field: short name/code",
        _CD,
        r"\b(?:short ?name|nama singkat|nama pendek|kode matakuliah|course code|"
        r"kode (?:course|baru))\b",
        2.5,
        course_field=True,
    ),
    rule("course field: credits", _CD, r"\b(?:sks|credits?|credit hours)\b", 2.5, course_field=True),
    rule(
        "course field: lecturer",
        _CD,
        r"\b(?:dosen pengampu|pengampu|pengampunya|pengajar(?:nya)? (?:matakuliah|course|kelas)|team teaching|"
        r"teaching team|lecturer in charge|ganti dosen|pergantian dosen|wrong (?:lecturer|teacher|instructor)|"
        r"(?:as|is) the (?:teacher|lecturer|instructor|tutor|coordinator|co-lecturer|course coordinator)|"
        # "swap out Mr. X for Dr. Y as instructor on ...", "koordinator MK", "PJ MK", "module leader of ..."
        r"as (?:a |an )?(?:co-?)?(?:instructor|lecturer|teacher) (?:on|for|of|in)|"
        r"module (?:leader|coordinator)|(?:koordinator|pj|penanggung ?jawab) (?:mk|mata ?kuliah|matkul)|"
        r"tim (?:pengajar|dosen) (?:mk|mata ?kuliah|matkul)|"
        r"replace (?:him|her) with|"
        # Malay: "pertukaran pensyarah", "tukar pensyarah", "pensyarah asal/pengganti"
        r"(?:tukar|menukar|ditukar|pertukaran|penukaran|ganti|gantikan|pindaan) pensyarah|pensyarah (?:asal|pengganti)|"
        # "dosen baru" is the course's new lecturer only when named as such; "saya dosen baru" is a newcomer
        r"dosen baru(?:nya)? (?:adalah|untuk (?:matakuliah|course|kelas)|menggantikan))\b",
        2.5,
        course_field=True,
    ),
    rule(
        "lecturer added",
        _CD,
        # A person added to a course as one of its lecturers, the writer too ("please add me as a second lecturer",
        # "mohon ditambahkan Bu X sebagai pengampu kedua", "please enrol Dr. Y as a teacher"): a lecturer change, not
        # trouble getting in.
        # ("saya sudah ditambahkan sebagai pengampu kedua, tapi ..." tells what was done before a fault)
        r"\b(?<!sudah )(?<!telah )(?<!already )(?<!been )(?<!was )(?<!were )"
        r"(?:add|adding|include|enrol(?:l)?|(?:di|me)?tambah(?:kan)?|(?:di|me)?masukkan|assign)" + AS_LECTURER,
        3.0,
    ),
    rule(
        "course field: class",
        _CD,
        r"\b(?:kelas (?:nya )?(?:salah|seharusnya|harusnya|bukan)|"
        r"gabung(?:kan)? (?:course )?kelas|kelas(?: [a-z0-9-]+){1,4}? (?:akan )?(?:di|ter)gabung(?:kan)?|"
        r"merge (?:the )?(?:two )?(?:class|section)|nama kelas|class (?:section|name)|kelasnya)\b",
        2.0,
        course_field=True,
    ),
    rule(
        "course field: semester",
        _CD,
        r"\b(?:tahun (?:ajaran|akademik)|academic year|semester (?:ganjil|genap)"
        r" \d{4}|ke semester|dipindah ke semester)\b",
        2.0,
        course_field=True,
    ),
    rule(
        "course field: enrolment key",
        _CD,
        r"\b(?:enrol(?:l)?ment key|enrol key|kunci pendaftaran|"
        r"self enrol(?:ment)? key|" + PASSWORD_INTO_A_CLASS + r")\b",
        3.0,
    ),
    rule(
        "course field: description",
        _CD,
        r"\b(?:deskripsi|description|summary|ringkasan|blurb) "
        r"(?:course|matakuliah|mk)?",
        2.0,
        course_field=True,
    ),
    # Course fields are only the topic of a mail (the lecturer who cannot see the course, a meeting about course names)
    # unless a rule below says a change is asked: a verb of change, a value given or corrected, a field said wrong.
    # "I have changed it myself", "sudah diganti", "the course was renamed": a change reported done is not asked
    rule(
        "change verb",
        _CD,
        r"\b(?<!have )(?<!has )(?<!sudah )(?<!telah )(?<!already )(?<!was )(?<!were )(?<!been )"
        # nothing to change: "tidak ada yang perlu diubah", "tidak usah diganti", "no need to change"
        r"(?<!ada yang perlu )(?<!tidak perlu )(?<!tidak usah )(?<!jangan )(?<!no need to )(?<!don t )(?<!not )"
        # a change told as past, the cause of a fault: "diganti bulan lalu", "setelah ganti nama", "since the update"
        r"(?<!setelah )(?<!sesudah )(?<!sejak )(?<!semenjak )(?<!after )(?<!since )"
        # "the key is correct": the adjective, not the verb
        r"(?!(?<=is )correct|(?<=are )correct|(?<=s )correct)"
        + CHANGE
        + r"\b(?! (?:bulan|minggu|tahun|semester) lalu\b| kemarin\b| last (?:week|month|year|term|semester)\b|"
        r" yesterday\b| (?:a|one|two|few) (?:days?|weeks?|months?) ago\b)",
        1.0,
    ),
    rule(
        "change reverted",
        _CD,
        # A course field set back to what it was ("short name MK X dikembalikan seperti sebelumnya", "pengampunya
        # dibalikin ke Bu R", "mohon dikembalikan ke nama semula", "change the course name back to the original"):
        # a change asked, whatever document the writer names as the reason. Content restored ("materi ...
        # dikembalikan seperti semula", "revert the quiz") names no course field.
        r"\b(?:" + _REVERTED_FIELD + r")(?: [a-z0-9-]+){0,8}? (?:" + REVERT + r")(?: [a-z0-9-]+){0,2}? "
        r"(?:ke|to|seperti|as|menjadi|jadi)\b|"
        # (a course restored into another is its content: "di-restore ke course semester ini. Kode lama X")
        r"\b(?:" + REVERT + r")(?! (?:ke|to|into) (?:the |my )?(?:course|kelas|shell))(?: [a-z0-9-]+){0,4}? "
        r"(?:" + _REVERTED_FIELD + r")(?: [a-z0-9-]+){0,3}? "
        r"(?:semula|sebelumnya|awal|asal|lama|original|previous|old|former)\b",
        3.0,
    ),
    rule(
        "field changed to a value",
        _CD,
        FIELD_TO_VALUE,
        2.5,
    ),
    rule(
        "recorded wrongly",
        _CD,
        # "tercatat sebagai mahasiswa di course saya sendiri" tells the writer's role on e-learning, not a course field
        r"\b(?:tertulis|tercatat(?! sebagai (?:mahasiswa|peserta|tamu|student|guest))|tercantum|still shows|"
        r"is shown as|shown as|masih mengacu|salah (?:kelas|nama|kode))\b",
        1.5,
    ),
    rule(
        "correct value given",
        _CD,
        rf"\b(?:should (?:be|read)(?! able)|{OUGHT}|sepatutnya|"
        r"yang (?:benar|bener|betul)|(?:is|are|was) (?:supposed|meant) to be|ought to be|"
        r"the (?:correct|right) (?:name|code|one)|"
        # "nama yang baru X", "kodenya yang baru: Y", "the new one is Z": the new value given after its field
        r"(?:nama|kode|singkatan|short name|kelas|pengampu|dosen|sks)(?:nya)? yang baru(?:nya)?|"
        # the new value named: "pengampu baru MK X adalah Y", "the new short name is Z"
        r"(?:pengampu|dosen|nama|kode|singkatan|kelas|lecturer|name|code)(?:nya)? baru(?:nya)?(?: [a-z0-9-]+){0,6}? "
        r"(?:adalah|ialah|yaitu)|the new (?:lecturer|instructor|teacher|tutor|coordinator|course coordinator|"
        r"module leader|name|short name|code|key|class) (?:is|will be)|"
        # the old value still there while the record it should follow has the new one: "nama MK di e-learning masih X,
        # sedangkan di SIAKAD sudah Y"
        r"(?:nama|judul|kode|sks|pengampu|dosen|kelas|short name|singkatan|semester|name|title|code|lecturer)\b"
        r"(?: [a-z0-9-]+){0,6}? (?:masih|still)(?! (?:belum|tidak|kosong|error|loading|not|empty|blank|missing))"
        rf"(?: [a-z0-9-]+){{1,8}}? (?:{WHEREAS})\b)",
        2.0,
    ),
    rule("value now against its record", _CD, STILL_WHEREAS_NAMED, 3.0),
    rule("class code", _CD, r"\bkelas(?:nya)? [a-z]{2,4}-\d[a-z]\b", 1.0, course_field=True),
    rule(
        "course identity",
        _CD,
        r"\b(?:data (?:identitas|course|matakuliah)|identitas matakuliah)\b",
        2.5,
        course_field=True,
    ),
    rule("a change still wanted", _CD, STILL_WANTED, 3.5),
    *ANNOUNCEMENT_RULES,
    *HELP_RULES,
    *OTHER_RULES,
)

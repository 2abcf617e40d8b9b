"""The keyword rules, Indonesian and English: those asking for course data or an announcement, then the rest."""

from __future__ import annotations

from daemon.classify.change_words import CORRECTION, OUGHT
from daemon.classify.keyword_rule import AS_LECTURER, CHANGE, KeywordRule, rule
from daemon.classify.model import RequestType
from daemon.classify.revert_words import REVERT
from daemon.classify.rules_change import FIELD_TO_VALUE, STILL_WANTED
from daemon.classify.rules_help import HELP_RULES
from daemon.classify.rules_other import OTHER_RULES
from daemon.classify.wording import STILL_WHEREAS_NAMED, WHEREAS

_CD, _AN = RequestType.COURSE_DATA, RequestType.ANNOUNCEMENT
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
        r"\b(?:nama (?:matakuliah|course)|course name|full ?name|nama lengkap|"
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
        r"self enrol(?:ment)? key)\b",
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
        r"\b(?:" + REVERT + r")(?: [a-z0-9-]+){0,4}? (?:" + _REVERTED_FIELD + r")(?: [a-z0-9-]+){0,3}? "
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
    # announcements
    # (a notice received is a system's notification: "I got the notice below saying ...")
    rule(
        "announcement word",
        _AN,
        r"\b(?:pengumuman(?:nya)?|announcement|site notice|"
        r"(?<!got the )(?<!got a )(?<!got this )(?<!received the )(?<!received a )(?<!received this )notice"
        r"(?! below saying| saying))\b",
        3.0,
    ),
    rule(
        "publish verb",
        _AN,
        # what is awaited is not asked: "nilai UTS belum diumumkan", "tidak pernah diumumkan"
        r"\b(?<!sudah )(?<!belum )(?<!blm )(?<!pernah )(?:umumkan|diumumkan|mengumumkan|umumin|diumumin|memasang|"
        r"publikasi|publikasikan|dipublikasikan|"
        r"publish|post|posted|posting|tayang|tayangkan|ditayangkan|pasang|dipasang|sebarkan|disebarkan|announce|"
        # the active me- forms of a formal letter: "mohon bantuan menayangkan", "untuk mempublikasikan"
        r"menayangkan|mempublikasikan|menyebarkan|menyebarluaskan|disebarluaskan)\b"
        # "hapus dan pasang lagi" reinstalls an app
        r"(?! (?:lagi|ulang|kembali))",
        2.5,
    ),
    rule(
        "announcement event",
        _AN,
        r"\b(?:diundur|ditiadakan|dibatalkan|kelas pengganti|perpanjangan|"
        r"jadwal (?:uas|uts|ujian|responsi)|workshop|pelatihan|guest lecture|kuliah tamu|lomba|survei|"
        r"libur|cuti bersama|audit mutu)\b",
        1.5,
        topic=True,
    ),
    rule("poster", _AN, r"\bposter\b", 1.5, topic=True),
    # "Judul: X / Isi: Y", "Title: X / Text: Y": a title and its text, as an announcement is handed over
    rule(
        "title and text given",
        _AN,
        r"\b(?:judul|title|headline|heading)(?: [a-z0-9-]+){1,14} (?:isi|text|body|teks)\b",
        3.0,
        asks_to_publish=True,
    ),
    rule(
        "tell the students",
        _AN,
        # A verb of telling with its audience or its channel: "sampaikan ke mahasiswa", "let all students know",
        # "diinfokan di e-learning kelas kami", "dishare di beranda". Alone, "sampaikan" opens formal letters.
        r"\b(?:(?:di)?sampaikan|(?:di)?infokan|(?:di|meng)?informasikan|(?:di|mem)?beritahukan|(?:di)?kabarkan|"
        r"(?:di-?)?share|(?:di-?)?broadcast|(?:di-?)?blast|(?:di)?edarkan|circulate|let|inform|tell|notify|relay|"
        r"pass (?:this |it )?on|(?:di)?teruskan)"
        r"(?: [a-z0-9-]+){0,2}? (?:(?:ke|kepada|pada|to|with) )?(?:para |seluruh |semua |all |every |my |the |our )?"
        # or to the staff: "infokan ke seluruh dosen", "share with all lecturers and staff", "pegawai dan tendik"
        r"(?:mahasiswa|students?|peserta|civitas|kelas|class|everyone|everybody|di e-learning|lewat e-learning|"
        r"(?:seluruh|semua|all|para) (?:dosen|lecturers|staff|pegawai|karyawan|tendik)|"
        r"melalui e-learning|di beranda|di halaman|on the (?:course page|front page|homepage|e-learning))\b",
        3.0,
        asks_to_publish=True,
    ),
    rule(
        "notice addressed to its readers",
        _AN,
        # The notice handed over opens with its own salutation to its readers: "Dear students,", "Kepada seluruh
        # mahasiswa kelas X:", "Diberitahukan kepada ...", "Attention all students".
        r"\b(?:dear (?:all )?(?:students|class|learners)|(?:attention|to) all students|diberitahukan kepada|"
        r"kepada (?:yth )?(?:seluruh|para|semua) mahasiswa|(?:perhatian|info) (?:untuk|kepada|bagi) "
        r"(?:seluruh |para |semua )mahasiswa|(?:halo|hai) (?:adik-adik |teman-teman |rekan-rekan )?mahasiswa)\b",
        3.0,
        asks_to_publish=True,
    ),
    rule(
        "text handed over for its readers",
        _AN,
        # The text handed over with where or whom it is for, and no verb: "berikut info untuk mahasiswa TI-2A:",
        # "the following for the front page:", "text below for my course page", "here is the notice for my students".
        r"\b(?:(?:berikut|di bawah ini|below|here is|here s|the following)(?: [a-z0-9-]+){0,3}? "
        r"(?:untuk|for|bagi|buat|kepada|to)) (?:para |seluruh |semua |all |my |the |our )?"
        r"(?:mahasiswa|students?|kelas|class|front ?page|home ?page|beranda|halaman depan|course page|e-learning|"
        r"moodle|lms)\b",
        3.0,
        asks_to_publish=True,
    ),
    rule(
        "announcement asked for",
        _AN,
        r"\b(?:(?:buat(?:kan)?|dibuatkan|buatkan|pasang(?:kan)?|dipasang|tayangkan|ditayangkan|publish|post|"
        r"umumkan|sebarkan|share|put up|make|upload(?:kan)?|diupload|unggah(?:kan)?|diunggah|naikkan|dinaikkan)"
        r"\s+(?:an?\s+|sebuah\s+|satu\s+|the\s+|this\s+|ini\s+)?(?:pengumuman|announcement|notice)|"
        # the text handed over: "berikut teks pengumumannya", "naskah pengumuman", "the wording of the notice"
        r"(?:judul|isi|teks|naskah|draf|draft|redaksi|bunyi) pengumuman(?:nya)?|announcement (?:title|text|wording)|"
        r"(?:text|wording|draft) (?:of|for) the (?:announcement|notice))\b",
        4.0,
        asks_to_publish=True,
    ),
    rule(
        "publish on e-learning",
        _AN,
        # A verb of publishing with the unit's channel as its place: "untuk dipasang di e-learning", "please post
        # this on the front page", "ditayangkan di beranda Moodle"; "terpasang di Moodle" says what is installed.
        # "yang dipasang di beranda kemarin", "was posted on the front page": a post already up, told of.
        # "I posted it in my course", "saya pasang di e-learning": the writer posts it themselves.
        r"\b(?<!sudah )(?<!telah )(?<!yang )(?<!was )(?<!were )(?<!been )(?<!i )(?<!we )(?<!saya )(?<!kami )"
        r"(?:(?:di)?pasang(?:kan)?|(?:di)?tayang(?:kan)?|(?:di)?publikasi(?:kan)?|"
        r"(?:di)?umumkan|(?:di)?sebar(?:kan)?|dimuat|publish(?:ed)?|post(?:ed)?|"
        # put up or shown: "mohon dinaikkan info ini di course X", "ditampilkan di halaman depan", "pin it on"
        r"(?:di)?naik(?:kan|in)|(?:di|me)?nampilkan|ditampilkan|tampilkan|(?:di)?sematkan|pin|menayangkan|"
        r"mempublikasikan|menyebarkan|menyebarluaskan|disebarluaskan|memuat|"
        # displayed, spread or put where it shows: "dipajang di beranda", "circulate ... to all students", "get this
        # up on the course page", "put the following on the front page"
        r"(?:di|me)?majang\w*|(?:di)?pajang(?:kan)?|(?:di-?)?blast|(?:di)?edarkan|circulate|(?:di|me)?tempel(?:kan)?|"
        r"di-?up|"
        r"get (?:this|it|these) (?:up|out|posted)|put (?:the following|the notice|the announcement|this notice|this)|"
        r"put (?:it |this )?up)(?: [a-z0-9-]+){0,3}? (?:(?:di|ke|pada|on|to|in|melalui|lewat|via) (?:the )?"
        r"(?:halaman |laman )?(?:[a-z0-9-]+ ){0,2}?"
        r"(?:e-learning|moodle|lms|beranda|halaman (?:depan|utama|course|matakuliah)|front ?page|home ?page|site|"
        r"course page|course|kelas online)|"
        # or with its audience: "publish this for all students", "dipasang untuk seluruh mahasiswa"
        r"(?:for|to|untuk|bagi|ke) (?:all|every|semua|seluruh) (?:the )?(?:students?|mahasiswa|users|pengguna|"
        r"lecturers|dosen|staff|civitas))\b",
        4.0,
        asks_to_publish=True,
    ),
    rule(
        "announcement corrected",
        _AN,
        # In a reply on a ticket, "judulnya salah ketik", "jam tayangnya keliru": the announcement's own fields are
        # corrected (a new mail naming a wrong title may speak of a thesis).
        r"\b(?:judul|jam tayang|tanggal tayang|waktu tayang|headline)(?:nya)? (?:tadi |yang saya kirim )?"
        rf"(?:salah|keliru|typo|kurang tepat|diralat|ralat|{CORRECTION})\b",
        2.5,
        in_reply=True,
    ),
    *HELP_RULES,
    *OTHER_RULES,
)

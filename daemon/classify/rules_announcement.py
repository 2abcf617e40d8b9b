"""The keyword rules that tell a request to publish an announcement, each a small named rule with its weight."""

from __future__ import annotations

from daemon.classify.change_words import CORRECTION
from daemon.classify.keyword_rule import KeywordRule, rule
from daemon.classify.model import RequestType

_AN = RequestType.ANNOUNCEMENT

ANNOUNCEMENT_RULES: tuple[KeywordRule, ...] = (
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
)

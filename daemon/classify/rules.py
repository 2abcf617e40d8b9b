"""Keyword rules, Indonesian and English, each a named pattern voting for one request type."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from daemon.classify.model import RequestType

# Casual Indonesian and common typos, mapped to the word the rules look for.
_ABBREVIATIONS = {
    "mhn": "mohon",
    "mohn": "mohon",
    "utk": "untuk",
    "untk": "untuk",
    "sy": "saya",
    "sya": "saya",
    "mk": "matakuliah",
    "nm": "nama",
    "mjd": "menjadi",
    "mnjd": "menjadi",
    "jd": "jadi",
    "jdi": "jadi",
    "matkul": "matakuliah",
    "makul": "matakuliah",
    "tdk": "tidak",
    "gak": "tidak",
    "ga": "tidak",
    "gk": "tidak",
    "nggak": "tidak",
    "ngga": "tidak",
    "enggak": "tidak",
    "gabisa": "tidak bisa",
    "gbs": "tidak bisa",
    "dgn": "dengan",
    "yg": "yang",
    "sdh": "sudah",
    "udh": "sudah",
    "udah": "sudah",
    "blm": "belum",
    "krn": "karena",
    "pdhl": "padahal",
    "tp": "tapi",
    "ttp": "tetap",
    "skrg": "sekarang",
    "tlg": "tolong",
    "pengumunan": "pengumuman",
    "pengumman": "pengumuman",
    "elearning": "e-learning",
    "elerning": "e-learning",
    "e-lerning": "e-learning",
    "pw": "password",
    "passwd": "password",
    "pasword": "password",
    "ketutup": "tertutup",
    "prak": "praktikum",
    "dosen2": "dosen",
    "tks": "terima kasih",
    "makasih": "terima kasih",
    "trims": "terima kasih",
    "thx": "thanks",
    "pls": "please",
    "plz": "please",
}
_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_DOUBLED = re.compile(r"^([a-z]{3,})2$")


def normalise(text: str) -> str:
    """Lower-case words with abbreviations expanded and "mata kuliah" joined, for the rules."""
    # "muter2", "jalan2": a word doubled the informal way is the word.
    words = [_ABBREVIATIONS.get(word, _DOUBLED.sub(r"\1", word)) for word in _TOKEN.findall(text.lower())]
    joined = " ".join(words)
    return joined.replace("mata kuliah", "matakuliah").replace("e learning", "e-learning")


@dataclass(frozen=True)
class KeywordRule:
    """A named pattern that adds `weight` to `votes_for` when it matches."""

    name: str
    votes_for: RequestType
    pattern: re.Pattern[str]
    weight: float
    says_done: bool = False
    # A topic ("jadwal UAS", "libur") votes only beside a rule of the same type that says what is asked: a question
    # about the exam schedule is not a request to announce it.
    topic: bool = False
    # Votes only in a reply on a ticket.
    in_reply: bool = False
    # Asks the unit to publish a text: what the text is about (the library's hours, a meeting) is then its topic.
    asks_to_publish: bool = False
    # Names a matter outside the unit, which is silent when the mail asks to publish a text about it.
    outside: bool = False
    # The pattern without its leading word boundary, which hides the first characters from re's fast scan for
    # candidates; every candidate is then tried with the whole pattern. Same leftmost match, a third less time.
    candidates: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        source = self.pattern.pattern
        scan = re.compile(source.removeprefix(r"\b")) if source.startswith(r"\b") else None
        object.__setattr__(self, "candidates", scan)

    def reason(self, text: str) -> str | None:
        match = self._first_match(text)
        return f"{self.name} ({match.group(0)!r})" if match else None

    def _first_match(self, text: str) -> re.Match[str] | None:
        if self.candidates is None:
            return self.pattern.search(text)
        start = 0
        while candidate := self.candidates.search(text, start):
            match = self.pattern.match(text, candidate.start())
            if match:
                return match
            start = candidate.start() + 1
        return None


def _rule(
    name: str,
    votes_for: RequestType,
    pattern: str,
    weight: float,
    *,
    says_done: bool = False,
    topic: bool = False,
    in_reply: bool = False,
    asks_to_publish: bool = False,
    outside: bool = False,
) -> KeywordRule:
    return KeywordRule(
        name, votes_for, re.compile(pattern), weight, says_done, topic, in_reply, asks_to_publish, outside
    )


_CD, _AN, _ES, _DR, _OT = (
    RequestType.COURSE_DATA,
    RequestType.ANNOUNCEMENT,
    RequestType.ELEARNING_SUPPORT,
    RequestType.DOCUMENT_REQUEST,
    RequestType.OTHER,
)
# A change not decided yet. In a reply after finished work it is a remark for later, not a new request; in a new mail
# it announces a change to a course, which staff hold without claiming a value.
_HEDGE = (
    r"\b(?:kemungkinan|nanti (?:saya|kami) (?:kabari|kabarkan|informasikan)|masih menunggu|will let you know|"
    r"belum (?:pasti|final|fix|diputuskan)|not (?:yet )?(?:final|confirmed|decided))\b"
)
_CHANGE = (
    r"(?:ubah|diubah|mengubah|ganti|diganti|mengganti|pergantian|penggantian|perubahan|pembaruan|update|"
    r"diupdate|koreksi|perbaiki|diperbaiki|revisi|change|changed|rename|renamed|correct|fix|updating|"
    r"updated|replace|replaced|rubah|dirubah|merubah|digantikan|menggantikan|gantikan|sesuaikan|disesuaikan|penyesuaian|pindah|dipindah|tambah|penambahan|reset)"
)

RULES: tuple[KeywordRule, ...] = (
    # course identity data
    _rule(
        "course field: name",
        _CD,
        r"\b(?:nama (?:matakuliah|course)|course name|full ?name|nama lengkap|"
        r"nama baru|new name|nama course)\b",
        2.5,
    ),
    _rule(
        "course field: short name/code",
        _CD,
        r"\b(?:short ?name|nama singkat|nama pendek|kode matakuliah|course code|"
        r"kode (?:course|baru))\b",
        2.5,
    ),
    _rule("course field: credits", _CD, r"\b(?:sks|credits?|credit hours)\b", 2.5),
    _rule(
        "course field: lecturer",
        _CD,
        r"\b(?:dosen pengampu|pengampu|pengampunya|pengajar(?:nya)? (?:matakuliah|course|kelas)|team teaching|"
        r"teaching team|lecturer in charge|ganti dosen|pergantian dosen|wrong (?:lecturer|teacher|instructor)|"
        r"(?:as|is) the (?:teacher|lecturer|instructor)|replace (?:him|her) with|"
        # "dosen baru" is the course's new lecturer only when named as such; "saya dosen baru" is a newcomer
        r"dosen baru(?:nya)? (?:adalah|untuk (?:matakuliah|course|kelas)|menggantikan))\b",
        2.5,
    ),
    _rule(
        "course field: class",
        _CD,
        r"\b(?:kelas (?:nya )?(?:salah|seharusnya|harusnya|bukan)|"
        r"gabung(?:kan)? (?:course )?kelas|nama kelas|class (?:section|name)|kelasnya)\b",
        2.0,
    ),
    _rule(
        "course field: semester",
        _CD,
        r"\b(?:tahun (?:ajaran|akademik)|academic year|semester (?:ganjil|genap)"
        r" \d{4}|ke semester|dipindah ke semester)\b",
        2.0,
    ),
    _rule(
        "course field: enrolment key",
        _CD,
        r"\b(?:enrol(?:l)?ment key|enrol key|kunci pendaftaran|"
        r"self enrol(?:ment)? key)\b",
        3.0,
    ),
    _rule(
        "course field: description",
        _CD,
        r"\b(?:deskripsi|description|summary|ringkasan) "
        r"(?:course|matakuliah|mk)?",
        2.0,
    ),
    _rule("change verb", _CD, r"\b" + _CHANGE + r"\b", 1.0),
    _rule(
        "recorded wrongly",
        _CD,
        r"\b(?:tertulis|tercatat|tercantum|still shows|is shown as|shown as|"
        r"masih mengacu|salah (?:kelas|nama|kode))\b",
        1.5,
    ),
    _rule(
        "correct value given",
        _CD,
        r"\b(?:should (?:be|read)(?! able)|seharusnya|harusnya|hrsnya|yang benar|yg benar|"
        r"the correct (?:name|code|one))\b",
        2.0,
    ),
    _rule("class code", _CD, r"\bkelas(?:nya)? [a-z]{2,4}-\d[a-z]\b", 1.0),
    _rule("course identity", _CD, r"\b(?:data (?:identitas|course|matakuliah)|identitas matakuliah)\b", 2.5),
    # announcements
    _rule("announcement word", _AN, r"\b(?:pengumuman|announcement|site notice|notice)\b", 3.0),
    _rule(
        "publish verb",
        _AN,
        r"\b(?<!sudah )(?:umumkan|diumumkan|mengumumkan|umumin|diumumin|memasang|publikasi|publikasikan|dipublikasikan|"
        r"publish|post|posted|posting|tayang|tayangkan|ditayangkan|pasang|dipasang|sebarkan|disebarkan|announce)\b"
        # "hapus dan pasang lagi" reinstalls an app
        r"(?! (?:lagi|ulang|kembali))",
        2.5,
    ),
    _rule(
        "announcement event",
        _AN,
        r"\b(?:diundur|ditiadakan|dibatalkan|kelas pengganti|perpanjangan|"
        r"jadwal (?:uas|uts|ujian|responsi)|workshop|pelatihan|guest lecture|kuliah tamu|lomba|survei|"
        r"libur|cuti bersama|audit mutu)\b",
        1.5,
        topic=True,
    ),
    _rule("poster", _AN, r"\bposter\b", 1.5, topic=True),
    # "Judul: X / Isi: Y", "Title: X / Text: Y": a title and its text, as an announcement is handed over
    _rule(
        "title and text given",
        _AN,
        r"\b(?:judul|title|headline|heading)(?: [a-z0-9-]+){1,14} (?:isi|text|body|teks)\b",
        3.0,
    ),
    _rule(
        "tell the students",
        _AN,
        # A verb of telling with its audience or its channel: "sampaikan ke mahasiswa", "let all students know",
        # "diinfokan di e-learning kelas kami", "dishare di beranda". Alone, "sampaikan" opens formal letters.
        r"\b(?:(?:di)?sampaikan|(?:di)?infokan|(?:di)?informasikan|(?:di)?beritahukan|(?:di)?kabarkan|"
        r"(?:di-?)?share|(?:di-?)?broadcast|let|inform|tell|notify)"
        r"(?: [a-z0-9-]+){0,2}? (?:(?:ke|kepada|pada|to|with) )?(?:para |seluruh |semua |all |every |my |the |our )?"
        r"(?:mahasiswa|students?|peserta|civitas|kelas|class|everyone|everybody|di e-learning|lewat e-learning|"
        r"melalui e-learning|di beranda|di halaman|on the (?:course page|front page|homepage|e-learning))\b",
        3.0,
    ),
    _rule(
        "announcement asked for",
        _AN,
        r"\b(?:(?:buat(?:kan)?|dibuatkan|buatkan|pasang(?:kan)?|dipasang|tayangkan|ditayangkan|publish|post|"
        r"umumkan|sebarkan|share|put up|make)\s+(?:an?\s+|sebuah\s+|satu\s+)?(?:pengumuman|announcement|notice)|"
        r"(?:judul|isi) pengumuman|announcement (?:title|text))\b",
        4.0,
        asks_to_publish=True,
    ),
    _rule(
        "publish on e-learning",
        _AN,
        # A verb of publishing with the unit's channel as its place: "untuk dipasang di e-learning", "please post
        # this on the front page", "ditayangkan di beranda Moodle".
        r"\b(?<!sudah )(?<!telah )(?:(?:di|ter)?pasang(?:kan)?|(?:di)?tayang(?:kan)?|(?:di)?publikasi(?:kan)?|"
        r"(?:di)?umumkan|(?:di)?sebar(?:kan)?|dimuat|publish(?:ed)?|post(?:ed)?|"
        r"put (?:it |this )?up)(?: [a-z0-9-]+){0,3}? (?:di|ke|pada|on|to|in) (?:the )?(?:halaman )?"
        r"(?:e-learning|moodle|lms|beranda|halaman (?:depan|utama)|front ?page|home ?page|site)\b",
        4.0,
        asks_to_publish=True,
    ),
    # e-learning support
    _rule(
        "login trouble",
        _ES,
        r"\b(?:login|log in|masuk akun|sign in|password|kata sandi|lupa|locked|"
        r"terkunci|akun (?:saya|e-learning)|account)\b",
        3.0,
    ),
    _rule(
        "enrolment trouble",
        _ES,
        r"\b(?:belum (?:terdaftar|masuk)|tidak terdaftar|cannot enrol|"
        r"enrol (?:manual|saya)|di-enrol|tidak muncul|belum muncul|not showing|not show up|tidak ada di dashboard|"
        r"dashboard|cannot access|"
        r"tidak bisa akses|akses course|dimasukkan ke (?:course|kelas|matakuliah)|masukkan saya|add me|"
        r"enrol(?:l)? me|be enrolled|didaftarkan ke|move me|put me|pindahkan saya|wrong (?:section|group))\b",
        3.0,
    ),
    _rule(
        "feature trouble",
        _ES,
        r"\b(?:error|gagal|tidak bisa|cannot|can t|tidak tampil|tidak terlihat|"
        r"tertutup sendiri|hilang|upload|unggah tugas|submit|add submission|nilai kuis|bug|tidak (?:mau )?jalan|"
        r"tidak bisa diputar|won t play|not playing|can t connect|cannot connect|(?:tidak|gagal) terhubung|"
        r"(?:tidak|belum) (?:ke)?kirim|(?:tidak|belum) ke?simpan|(?:tidak|belum) kesimpen)\b",
        2.0,
    ),
    _rule(
        "e-learning object",
        _ES,
        r"\b(?:quiz|quizzes|kuis|attempt|forum|assignments?|gradebook|grades?|rubric|rubrik|attendance|presensi|scorm|"
        r"h5p|question bank|bank soal|backup|restore|import|notifikasi|notifications?|timer|activity|aktivitas|"
        r"resources?|course page|halaman course|submission|turnitin|zoom|bbb|bigbluebutton|aplikasi moodle|"
        r"moodle app|mobile app|the app|aplikasi)\b",
        1.5,
    ),
    _rule(
        "something wrong",
        _ES,
        r"\b(?:spin(?:s|ning)?|loading|loads|stuck|hang|macet|lemot|blank|missing|gone|disappeared|not working|"
        r"tidak berfungsi|broken|rusak|tidak masuk|didn t|doesn t|does not|won t|never|auto-submitted|absent|"
        r"salah hitung|masalah|problem|issue|kenapa|why|went wrong|tidak ikut|didn t come|halaman putih|white page|"
        r"blank page|page not found|not found|error \d{3}|server error|abu-abu|gr[ae]yed out|black box|berputar|"
        r"tidak (?:mau )?terkirim|locked out|incorrect|tidak kelihatan|shut|muter(?:-muter)?|keluar sendiri|"
        r"logout sendiri|logged out|masuk ulang|terhapus sendiri|permissions?|akses ditolak|"
        r"access denied|no access|tidak punya akses|padahal|ternyata|malah|anehnya|even though|although|"
        r"for some reason|somehow|flags? it)\b",
        1.5,
    ),
    _rule(
        "undo or reopen",
        _ES,
        # "dibukakan kembali" opens something for someone; "apakah dibuka lagi" only asks about a programme
        r"\b(?:dibukakan (?:kembali|lagi)|bukakan (?:kembali|lagi)|"
        r"buka (?:kembali|lagi) (?:tugas|kuis|pengumpulan|akses)|reopen|re-open|extend the deadline|"
        r"another attempt|attempt tambahan|deleted by mistake|tidak sengaja (?:terhapus|menghapus|dihapus|hapus)|"
        r"bring it back|kembalikan (?:file|materi|folder|tugas))\b",
        2.5,
    ),
    _rule(
        "new course needed",
        _ES,
        r"\b(?:(?:belum|tidak|masih belum) ada di (?:e-learning|moodle)|course(?:-?nya)? (?:belum|tidak) ada|"
        r"dibuatkan course|buat course|course baru)\b",
        2.5,
    ),
    # documents
    _rule(
        "document word",
        _DR,
        r"\b(?:sop|formulir|form|format|template|templat|dokumen|document|manual mutu|rps|lesson plan|silabus|"
        r"quality manual|berita acara|bap|panduan|pedoman|juknis|prosedur|instrumen|kuesioner|questionnaire|"
        r"rekap(?:an)? hasil|laporan (?:ami|audit|evaluasi|hasil|akhir|edom|survei)|surat keputusan|"
        r"sk (?:tim|pengangkatan|penetapan|direktur|rektor)|salinan|copy of|user guide|guidebook|handbook|"
        r"manual book|buku (?:panduan|saku)|softcopy|soft copy|soft file)\b",
        2.5,
    ),
    _rule(
        "document ask",
        _DR,
        r"\b(?:minta (?:file|dokumen|formulir|template|sop)|(?:mohon |tolong )?dikirim(?:kan|i)?|"
        r"(?:mohon|tolong) kirim(?:kan|in)?|request for|bisa (?:dikirim|dibagikan)|versi terbaru|latest version|"
        r"where can i (?:get|find))\b",
        2.0,
    ),
    # other
    _rule(
        "thanks only",
        _OT,
        r"\b(?:terima kasih (?:banyak )?(?:sudah|atas bantuan)|sudah bisa|sudah masuk|"
        r"sudah beres|berhasil|thank you for (?:your )?(?:help|fixing)|cheers for|thanks for sorting|"
        r"sort(?:ed|ing) (?:it|that|this) out)\b",
        2.5,
        says_done=True,
    ),
    _rule(
        "done confirmation",
        _OT,
        r"\b(?:sudah (?:saya (?:cek|lihat)|berubah|beres|bisa|masuk|berhasil|oke|tayang|muncul|tampil|terpasang|aman)|"
        r"namanya sudah|it works now|all good now|problem solved)\b",
        2.5,
        says_done=True,
    ),
    _rule(
        "another office asked",
        _OT,
        r"\b(?:(?:the )?right (?:office|person|place|unit)|which office|who handles|(?:nanya|tanya|bertanya) ke siapa|"
        r"bagian mana|unit mana|pass this to|diteruskan ke bagian)\b",
        2.5,
    ),
    _rule(
        "congratulations",
        _OT,
        r"\b(?:selamat (?:kepada|atas|untuk)|congratulations|congrats|turut berduka|happy (?:new year|holidays))\b",
        3.0,
    ),
    _rule("not yet a request", _OT, _HEDGE, 2.0, in_reply=True),
    _rule(
        "outside the unit",
        _OT,
        # "SOP penanganan keluhan" names a document's topic
        # "setelah rapat prodi", "hasil rapat": a meeting named as when a decision comes is not what the mail is about
        r"\b(?:wifi|wi-fi|ukt|pembayaran|tagihan|(?<!setelah )(?<!sesudah )(?<!sebelum )(?<!hasil )rapat|"
        r"undangan|saran|penawaran|aduan|mengadu|"
        r"(?<!penanganan )pengaduan|complaint|partnership|proposal kerja sama|sertifikat|jam layanan|jam kerja|"
        r"(?<!penanganan )keluhan|transkrip|transcript|ijazah|"
        r"legalisir|call for papers?|konferensi|conference|kunjungan|benchmarking|studi banding|magang|internship|"
        r"beasiswa|scholarship|offer|free trial|demo|pilot|pricing|quotation|penawaran harga|our (?:product|platform|"
        r"solution|company))\b",
        2.5,
        outside=True,
    ),
    _rule(
        "training question",
        _OT,
        r"\b(?:(?:pelatihan|training|workshop|bimtek|orientasi) (?:untuk |for |bagi )?(?:new |the |para )?"
        r"(?:dosen|lecturers?|staff|staf|teachers)|"
        r"mengadakan (?:pelatihan|workshop|training)|ada (?:pelatihan|training|workshop)|jadwal (?:pelatihan|"
        r"training)|pekerti|applied approach)\b",
        3.5,
    ),
    _rule(
        "thanks, it works",
        _OT,
        r"\b(?:works (?:now|fine|again)|working (?:now|again)|fixed now|(?:all|it s) (?:good|fine|sorted) now|"
        r"thanks (?:a lot|so much) for (?:the )?(?:quick|fast)|sudah normal|sudah aman|sudah oke|much appreciated|"
        r"can (?:now )?(?:open|access|see|log in|login)(?: [a-z0-9-]+){0,3} now|sudah bisa dibuka)\b",
        4.0,
        says_done=True,
    ),
)

# What every request to the unit is about: e-learning, a course, its people, or a document. Mail about none of
# them (the parking, the air conditioning, an invitation to a meeting) is other mail, whatever words it shares.
_ABOUT_THE_UNIT = re.compile(
    r"\b(?:e-learning|moodle|lms|course|courses|matakuliah|kelas|class|classes|login|password|kata sandi|sandi|akun|"
    r"account|kuis|quiz|tugas|assignment|upload\w*|unggah|lecturer of|enrol\w*|pengumuman|announcement|announce|"
    r"notice|dashboard|short ?name|sks|pengampu|nilai|grades?|ujian|exam|materi|video|praktikum|kuliah|"
    r"sop|formulir|form|template|dokumen|document|manual|laporan|report|instrumen|standar|panduan|pedoman|sk|rps|"
    r"bap|kurikulum|curriculum|syllabus|silabus|daring|online|website|situs|site|homepage|halaman|tests?|tes|score|"
    r"skor|feedback|settings?|pengaturan|results?|lesson plan|format|permissions?|akses|access|folder|username|"
    r"credentials|platform|app|aplikasi|kata sandi)\b"
)
# A request asks; a note of thanks only thanks.
_ASKS = re.compile(
    r"\b(?:mohon|tolong|please|minta|could you|can you|would you|bisa|bisakah|boleh|kindly|perlu|butuh|need|"
    r"ingin|mau|harap|dimohon|request|permohonan|would like|want|appreciate (?:a|any|some|your) (?:hand|help)|"
    r"help me|dibantu)\b"
)
_QUESTION_ONLY = re.compile(r"\b(?:boleh|mau|ingin|numpang) (?:tanya|bertanya)|may i ask\b")
_THANKS = re.compile(r"\b(?:thank you|thanks|terima kasih|cheers)\b")


# "Teman-teman sudah bisa" says what works for others: the contrast that makes a problem, not thanks.
_OTHERS_FINE = re.compile(
    r"\b((?:teman(?:-teman)?|yang lain|mahasiswa lain|orang lain|others|other students|my friends|classmates)"
    r"(?: [a-z0-9-]+){0,2}?) (?:sudah|got|can)\b"
)


# "Sudah beres, tapi sekarang ...": what was done is the old request; the mail brings a new one.
_NEW_PROBLEM = re.compile(
    r"\b(?:(?:tapi|tetapi|namun|but|however) (?:sekarang|now|kok|malah|masih|still|there s|ada)|one more thing|"
    r"another (?:problem|issue)|different problem|masalah (?:lain|baru)|satu lagi)\b"
)


def done_counts(text: str, is_reply: bool) -> bool:
    """Whether words saying the work is done mean it: in a reply or beside thanks, and with no new problem after
    them ("sudah bisa dikerjakan sejak jam 6" in a new mail reports a fault; "sudah beres, tapi sekarang ..." brings
    a new one)."""
    return (is_reply or bool(_THANKS.search(text))) and not _NEW_PROBLEM.search(text)


def others_fine(text: str) -> str:
    """The normalised text with what works for other people said without the words of a done confirmation."""
    return _OTHERS_FINE.sub(r"\1 also", text)


def about_the_unit(subject: str, text: str) -> bool:
    """Whether a mail (both texts normalised) speaks of e-learning, a course, its people or a document."""
    return bool(_ABOUT_THE_UNIT.search(f"{subject} {text}"))


# A change said as what is to be ("nm MK X mjd Y ya", "pengajar MK X digantikan oleh Bpk Y", "kodenya diganti ke Z")
# asks for it as surely as "mohon"; the same words after "sudah" or "already" report a change that was made.
_CHANGE_STATED = re.compile(
    r"\b(?:" + _CHANGE[3:-1] + r")(?: [a-z0-9-]+){0,2}? (?:menjadi|jadi|ke|oleh|dengan|to|into|with|by)\b|"
    r"\bmenjadi\b"
)
_DONE_BEFORE = re.compile(r"\b(?:sudah|telah|udah|already|been|was|were|berhasil|sempat)\b")
_WORDS_BEFORE = 4


def states_a_change(text: str) -> bool:
    """Whether the normalised text says a change is to be made, not that it was made."""
    for match in _CHANGE_STATED.finditer(text):
        before = " ".join(text[: match.start()].split()[-_WORDS_BEFORE:])
        if not _DONE_BEFORE.search(before):
            return True
    return False


def hedged(text: str) -> bool:
    """Whether the normalised text says a change is not decided yet ("belum pasti", "nanti kami kabari")."""
    return bool(re.search(_HEDGE, text))


# Sentences end at their stop or at a blank line; a line the mail client wrapped stays inside its sentence.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n[ \t]*\n")


def said_for_later(text: str) -> tuple[str, str]:
    """The raw text of a reply without its remarks for later, and those remarks.

    A sentence of a reply that says a change is not decided yet and neither asks nor states a change ("semester
    depan kemungkinan ada perubahan SKS, tapi masih menunggu rapat") tells of a request to come: the fields it names
    are not asked now."""
    kept: list[str] = []
    later: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        words = normalise(sentence)
        if hedged(words) and not _ASKS.search(words) and not states_a_change(words):
            later.append(sentence)
        else:
            kept.append(sentence)
    return "\n".join(kept), " ".join(later)


def thanks_without_asking(subject: str, text: str) -> bool:
    """A note of thanks that asks for nothing (a question about how things work is not an ask for work)."""
    if not _THANKS.search(text) or states_a_change(text):
        return False
    return not _ASKS.search(_QUESTION_ONLY.sub(" ", f"{subject} {text}"))


# A question how to do something ("bagaimana cara mengganti nama MK?", "how do I change the enrolment key?", "apakah
# dosen bisa mengubahnya sendiri?") asks to be shown the way: the field and the change it names are its topic, not
# work asked of the unit. The whole clause, up to its question mark or full stop, is the question.
_HOW_TO = re.compile(
    r"\b(?:(?:bagaimana(?:kah)?|gimana|gmn|bgmn|bgm) (?:cara|langkah)\w*|"
    r"cara(?:nya)? (?:untuk )?(?:me[a-z]+|ganti|ubah|rubah|upload|unggah|buat|atur|set|reset|tambah|hapus|"
    r"login|masuk|daftar|enrol\w*)|"
    r"how (?:do|can|could|should|would) (?:i|we|one|you|lecturers?|a lecturer|students?)|how to|"
    r"(?:apakah|apa|bisakah|dapatkah|can|could|may|is it possible)\b(?=[^?.!\n]*\b(?:sendiri|myself|ourselves|"
    r"themselves|on (?:my|our|their) own)\b[^.!\n]*\?))[^?.!\n]*[?.!]?",
    re.IGNORECASE,
)
_ASKED_AS_QUESTION = re.compile(r"\b(?:question|pertanyaan|tanya|bertanya|nanya|cara|how)\b", re.IGNORECASE)


def how_to_questions(subject: str, text: str) -> tuple[str, str, str | None]:
    """The subject and text with their how-to questions taken out, and the first such question's opening words.

    A subject that says it is a question ("enrolment key question", "cara ganti nama MK") names the topic of the
    question in the text, so it is taken out too."""
    found = _HOW_TO.search(text)
    if found is None:
        return subject, text, None
    opening = " ".join(found.group(0).split()[:4])
    subject = " " if _ASKED_AS_QUESTION.search(subject) else subject
    return subject, _HOW_TO.sub(" ", text), opening

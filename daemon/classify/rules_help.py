"""The keyword rules for e-learning support and documents."""

from __future__ import annotations

from daemon.classify.change_words import INTO_A_CLASS
from daemon.classify.keyword_rule import ABLE, AS_LECTURER, CHANGE, NOT, KeywordRule, rule
from daemon.classify.model import RequestType

_ES, _DR = RequestType.ELEARNING_SUPPORT, RequestType.DOCUMENT_REQUEST

HELP_RULES: tuple[KeywordRule, ...] = (
    # e-learning support
    rule(
        "login trouble",
        _ES,
        # "ganti password enrol MK X jadi ...": a course's enrolment password is its key, a course-data change
        r"\b(?:login|log in|masuk akun|sign in|(?:password|kata sandi)(?! enrol)(?!" + INTO_A_CLASS + r")|lupa|locked|"
        # an account made for a guest is the same work on accounts: "mohon dibuatkan akun tamu", "a guest account"
        r"terkunci|akun (?:saya|e-learning|tamu|sementara)|(?:di)?buatkan akun|guest (?:account|access|login)|"
        # the account as the means ("can I reach it from home with my student account?") is no trouble with it
        r"(?<!with my )(?<!with my student )(?<!with my campus )(?<!using my )(?<!using my student )"
        r"account(?! (?:manager|executive|officer)))\b",
        3.0,
    ),
    rule(
        "enrolment trouble",
        _ES,
        # (money not yet in an account is pay, not a course: "honor belum masuk ke rekening")
        r"\b(?:belum (?:terdaftar|masuk(?! (?:ke )?(?:rekening|rek|atm|saldo|akun bank|dompet)))|tidak terdaftar|"
        r"cannot enrol|"
        r"enrol (?:manual|saya)|di-enrol|tidak muncul|belum muncul|not showing|not show up|tidak ada di dashboard|"
        r"dashboard|cannot access|"
        # the writer added as one of the course's lecturers is a lecturer change (rules.py), not enrolment
        r"tidak bisa akses|akses course|dimasukkan ke (?:course|kelas|matakuliah)|"
        rf"(?:masukkan saya|add me|enrol(?:l)? me)(?!{AS_LECTURER}| ke tim (?:dosen|pengajar))|"
        r"be enrolled|didaftarkan ke|move me|put me|pindahkan saya|wrong (?:section|group)|"
        # moved to another section where e-learning keeps it: "transfer me to Section 2 of X on the LMS" (a move in
        # the academic system's record is that office's)
        r"(?:transfer|switch) me (?:to|into)(?: [a-z0-9-]+){1,8}? (?:on|in|di) (?:the )?(?:lms|e-learning|moodle)|"
        # the writer moved into another class's course: "mohon saya dipindah ke course kelas TI-1C"
        r"(?:saya|aku|kami) (?:di)?pindah(?:kan)? ke (?:course|kelas online|e-learning|matakuliah|group|grup)|"
        # a course gone from the writer's list: "hilang dari daftar saya", "disappeared from my dashboard"
        r"(?:hilang|lenyap|tidak ada lagi) dari (?:daftar|dashboard|halaman|menu)|"
        r"(?:missing|gone|disappeared|vanished) from (?:my |the )?(?:list|dashboard|course list|courses))\b",
        3.0,
    ),
    rule(
        "course not on the writer's page",
        _ES,
        # A course absent from where the writer looks for it: "belum tampil pada halaman My courses", "tidak ada di
        # daftar saya", "ndak ado di daftar ambo", "is nowhere on my page", "not on my dashboard".
        r"\b(?:(?:" + NOT + r"|belum|masih belum)(?: ada| ado| aya| tampil| muncul| nongol| kelihatan| terlihat)|"
        r"is nowhere|not (?:showing|listed|visible)|isn t (?:showing|listed|there))(?: [a-z0-9-]+){0,3}? "
        r"(?:di|pada|dari|dalam|on|in|from) (?:the |my |halaman |daftar )?"
        r"(?:halaman|daftar|dashboard|my courses|beranda|page|list|menu|course list)\b",
        3.0,
        fault=True,
    ),
    rule(
        "the writer in the wrong class",
        _ES,
        # The writer enrolled in another class's course, or to be moved to their own: "I am enrolled in class A",
        # "saya justru masuk ke course Algoritma kelas IF-1D", "saya dipindahkan ke kelas yang benar".
        r"\b(?:(?:i am|i m|i was|we are|we were) (?:[a-z]+ )?(?:enrolled|registered|put|placed) (?:in|into|on)|"
        r"(?:saya|aku|kami) (?:[a-z]+ )?(?:masuk|terdaftar|dimasukkan|tercatat)(?: ke| di| dalam)? "
        r"(?:course|kelas online|e-learning)|"
        r"(?:saya|aku|kami|me|us) (?:bisa |tolong )?(?:di)?pindah(?:kan)? ke|"
        # the writer moved by the unit: "tolong pindahin aku ke course kelas malam", "move me from group B to group A",
        # "remove me from MK-1B"
        r"(?:di)?pindah(?:kan|in) (?:saya|aku|kami) (?:ke|dari)|(?:move|transfer|switch) me (?:from|to|into)|"
        r"remove me from (?:the )?(?:group|class|section|kelas|[a-z]{1,4}-\d\w*))\b",
        2.5,
    ),
    rule(
        "since when it went wrong",
        _ES,
        # When a fault began, or what still worked before it: "sejak tadi pagi", "since yesterday", "kemarin sore
        # masih normal", "tiba-tiba", "all of a sudden".
        r"\b(?:(?:sejak|semenjak|since|from) (?:tadi(?: pagi| siang| malam)?|kemarin(?: sore| pagi| malam)?|"
        r"pagi ini|this morning|yesterday|last night|semalam|the update|pembaruan|update)|"
        r"(?:kemarin|yesterday|tadi|last week|minggu lalu)(?: [a-z]+)? (?:masih|still|was|were) "
        r"(?:normal|bisa|ada|fine|ok|oke|working|aman)|"
        r"tiba-tiba|suddenly|all of a sudden|(?:something|sesuatu) (?:just )?went wrong)\b",
        2.0,
        fault=True,
    ),
    rule(
        "old value still shown after the change",
        _ES,
        # A change already made whose old value still shows somewhere: "the course was renamed ... but every
        # notification still says the old name", "nama sudah diganti tapi di aplikasi masih muncul nama lama".
        r"\b(?:was|were|has been|have been|sudah|telah|already)(?: [a-z]+)? (?:renamed|changed|updated|replaced|"
        r"diganti|diubah|berubah|diperbarui|dirubah)(?: [a-z0-9-]+){1,30}? (?:still|masih)(?: [a-z0-9-]+){0,4}? "
        r"(?:says?|shows?|uses?|displays?|appears?|muncul|tampil|memakai|pakai|menampilkan)\b",
        2.5,
    ),
    rule(
        "course content moved or copied",
        _ES,
        # A course's content, not its fields, to be copied, imported or moved: "materi semester lalu mohon
        # dipindahkan ke course yang baru", "import my quizzes from last year's course", "salin bank soal".
        r"\b(?:(?:materi|konten|content|bank soal|question bank|kuis|quiz(?:zes)?|tugas|assignments?|resources?|"
        r"files?|file-file)(?:nya)?(?: [a-z0-9-]+){0,6}? (?:di|me)?(?:pindah|salin|copy|kopi|import|impor|duplikat|"
        r"move|transfer|duplicate|restore)\w*|"
        r"(?:copy|import|salin|kopi|move|transfer|duplicate|restore|(?:di|me)?mindahkan|pindahkan)"
        r"(?: [a-z0-9-]+){0,3}? "
        r"(?:the |all |semua |seluruh |my |our )?(?:materi|konten|content|bank soal|question bank|kuis|quiz(?:zes)?|"
        r"tugas|assignments?|resources?)|"
        # a whole course backed up and restored into another: "di-backup lalu di-restore ke course semester ini"
        r"back ?-?up(?: [a-z0-9-]+){0,4}? (?:di-?)?restore|restore(?: [a-z0-9-]+){0,2}? (?:ke|to|into)"
        r"(?: [a-z0-9-]+){0,3}? (?:course|kelas|shell))\b",
        3.0,
    ),
    rule(
        "groups or the course's look",
        _ES,
        # A course's groups and look are settings of its page, not its identity data: "move Andi from group A to
        # group B", "pindahkan ke kelompok 3", "ganti tema tampilan course saya", "change the course layout".
        r"\b(?:(?:move|pindah(?:kan)?|dipindah(?:kan)?|add|tambah(?:kan)?|remove|keluarkan|hapus)(?: [a-z0-9-]+){0,4}? "
        r"(?:to|into|ke|from|dari|in) (?:the )?(?:group|grup|kelompok)|"
        r"(?:" + CHANGE[3:-1] + r")(?: [a-z0-9-]+){0,2}? (?:tema|theme|tampilan|layout|course format|format course)|"
        r"(?:tema|theme|tampilan|layout)(?: [a-z0-9-]+){0,3}? (?:" + CHANGE[3:-1] + r"))\b",
        3.0,
    ),
    rule(
        "course reset",
        _ES,
        # A course emptied of last term's work for a new one: "reset my course for the new semester", "course saya
        # mohon di-reset", "clear last term's submissions".
        r"\b(?:reset(?:ting)? (?:my |the |our |this )?(?:[a-z0-9-]+ ){0,2}?course|"
        r"course(?:nya)?(?: [a-z0-9-]+){0,3}? (?:di-?)?reset|"
        r"(?:hapus|bersihkan|kosongkan|clear|delete)(?: [a-z0-9-]+){0,3}? (?:submissions?|pengumpulan|nilai lama|"
        r"old grades|last (?:term|semester) s))\b",
        3.0,
    ),
    rule(
        "wrong role on the course",
        _ES,
        # A writer on the course with the wrong role after a teaching letter, a class or a room change: "tercatat
        # sebagai mahasiswa di course saya sendiri", "only see it as a guest", "added with the wrong role", "mohon
        # dikembalikan peran saya sebagai pengajar".
        r"\b(?:(?:tercatat|terdaftar|masuk|listed|added|enrolled|registered|shown|appears?|muncul|"
        r"(?:hanya|cuma) bisa (?:melihat|masuk|membuka|lihat)(?: [a-z0-9-]+){0,2}?|"
        r"(?:can )?only (?:see|view|open|access)(?: [a-z0-9-]+){0,2}?) (?:sebagai|as an?|as) "
        r"(?:mahasiswa|peserta|tamu|guest|student|participant|non-editing)|"
        r"(?:the )?wrong role|role(?:nya)? (?:salah|keliru)|"
        r"(?:peran|role|hak akses)(?: saya)? (?:sebagai )?(?:pengajar|dosen|teacher|lecturer|asisten|assistant|"
        r"editing teacher|grader)|"
        # "belum punya akses pengajar", "no teacher access": the role the writer lacks
        r"(?:belum|tidak|no|without|don t have|do not have) (?:punya |memiliki |any )?(?:akses|access|hak akses) "
        r"(?:sebagai )?(?:pengajar|dosen|teacher|lecturer|editing|asisten|assistant)|"
        r"(?:belum|tidak|no|without|don t have|do not have) (?:punya |memiliki |any )?(?:teacher|lecturer|editing) "
        r"(?:access|rights|role))\b",
        3.0,
        # the role the writer lacks is what goes wrong for them, as a course missing from their page is
        fault=True,
    ),
    rule(
        "enrolment key refused",
        _ES,
        # The key students were given does not let them in ("enrol key dari dosen ditolak terus", "the key keeps being
        # rejected", "kuncinya salah terus"): the key is the fault's topic; a new key asked with it is the change.
        r"\b(?:enrol(?:l)?(?:ment)? key|kunci(?: pendaftaran)?)(?:nya)?(?: [a-z0-9-]+){0,6}? (?:di ?tolak|ditolak|"
        r"salah terus|gagal terus|tidak (?:bisa|berhasil|diterima|valid)|invalid|(?:keeps? )?(?:being )?"
        r"(?:rejected|refused)|(?:does not|doesn t|did not|didn t) work|not (?:working|accepted))\b",
        3.0,
        fault=True,
    ),
    rule(
        "not synced",
        _ES,
        # Grades or members e-learning did not pass on to the academic system: "nilai tidak tersinkron ke SIAKAD",
        # "my final marks never synced", "sinkronisasi nilai gagal".
        r"\b(?:(?:tidak|belum|gagal|not|never|didn t|did not|won t|failed to)(?: ikut| [a-z]+)? "
        r"(?:ter)?(?:sinkron(?:isasi)?|sync(?:ed|ing|hroni[sz]ed)?)|"
        r"(?:sinkron(?:isasi)?|sync(?:ing|hroni[sz]ation)?)(?:nya)?(?: [a-z0-9-]+){0,2}? "
        r"(?:gagal|error|failed|tidak jalan))\b",
        3.0,
        fault=True,
    ),
    rule(
        "feature trouble",
        _ES,
        # what a person cannot do ("cannot attend both", "tidak bisa hadir") is no fault of a feature, nor a course
        # field a lecturer may not edit ("I could not edit the summary myself, could you set it to ...")
        r"\b(?:error|gagal|(?:" + NOT + " " + ABLE + r"|cannot|can t)(?! (?:attend|come|make it|teach|hadir|datang|"
        r"mengajar|ikut|mengikuti|join))|"
        r"(?:unable to|not able to|could not|couldn t) (?!(?:attend|come|make it|teach|join|edit|change|rename|"
        r"update|modify|set)\b)|"
        r"tidak tampil|tidak terlihat|"
        r"tertutup sendiri|hilang|upload|unggah tugas|submit|add submission|nilai kuis|bug|tidak (?:mau )?jalan|"
        r"tidak bisa diputar|won t play|not playing|can t connect|cannot connect|(?:tidak|gagal) terhubung|"
        r"(?:tidak|belum) (?:ke)?kirim|(?:tidak|belum) ke?simpan|(?:tidak|belum) kesimpen)\b",
        2.0,
        fault=True,
    ),
    rule(
        "e-learning object not doing its job",
        _ES,
        # A feature that does not do what it should: "kolom total di gradebook tidak menjumlahkan nilai tugas", "the
        # quiz timer doesn't stop", "forumnya nggak ngirim notifikasi". What it need not do is no fault.
        r"\b(?:quiz|quizzes|kuis|gradebook|rubric|rubrik|attendance|presensi|forum|timer|h5p|scorm|turnitin|"
        r"notifikasi|notifications?|player|pemutar)(?:nya)?(?: [a-z0-9-]+){0,3}? "
        r"(?:" + NOT + r"|nggak|gak|ga|doesn t|does not|didn t|did not|won t|isn t|is not)"
        r" (?!(?:perlu|usah|harus|need|have|ada|apa-apa|masalah|problem)\b)[a-z]{3,}",
        2.5,
        fault=True,
    ),
    rule(
        "e-learning object",
        _ES,
        # A topic: naming a quiz or the gradebook (praise after a training, a vendor's plug-in) asks nothing; trouble
        # with it, a question how to use it or a login does.
        r"\b(?:quiz|quizzes|kuis|attempt|forum|assignments?|gradebook|grades?|rubric|rubrik|attendance|presensi|scorm|"
        r"h5p|question bank|bank soal|backup|restore|import|export|ekspor|notifikasi|notifications?|timer|activity|"
        r"aktivitas|"
        r"resources?|course page|halaman course|submission|turnitin|zoom|bbb|bigbluebutton|aplikasi moodle|"
        r"moodle app|mobile app|the app|aplikasi)\b",
        1.5,
        topic=True,
    ),
    rule(
        "something wrong",
        _ES,
        r"\b(?:spin(?:s|ning)?|loading|loads|stuck|hang|macet|lemot|blank|missing|gone|disappeared|not working|"
        r"tidak berfungsi|broken|rusak|tidak masuk|didn t|doesn t|does not|won t|never|auto-submitted|absent|"
        r"salah hitung|masalah|problem|issue|kenapa|why|went wrong|tidak ikut|didn t come|halaman putih|white page|"
        r"blank page|page not found|not found|error \d{3}|server error|abu-abu|gr[ae]yed out|black box|berputar|"
        r"tidak (?:mau )?terkirim|locked out|incorrect|tidak kelihatan|shut|muter(?:-muter)?|keluar sendiri|"
        r"logout sendiri|logged out|masuk ulang|terhapus sendiri|permissions?|akses ditolak|"
        r"access denied|no access|tidak punya akses|padahal|ternyata|malah|anehnya|even though|although|"
        r"for some reason|somehow|flags? it|logged (?:me|us|them) out|kicked (?:me |us )?out|"
        r"lost (?:my|all|the|our) (?:answers|work|progress|data)|"
        # what came out empty, and what the writer already tried
        r"(?:file|halaman|kolom|hasil|isi|sheet|page|export|rekap|laporan|report|nilai)(?:nya)?(?: [a-z0-9-]+){0,2}? "
        r"(?:masih |jadi |malah |tetap )?(?:kosong|empty)|"
        # what looks odd: "hasilnya aneh", "ada yang janggal", "weird zeros", "something is off"
        r"aneh|janggal|tidak (?:sesuai|wajar|cocok)|weird|strange|odd(?! (?:semester|term|year|numbers?))|"
        r"(?:is|looks|seems) (?:off|wrong)|"
        r"doesn t add up|"
        r"sudah (?:saya )?(?:coba|mencoba)|(?:i ve|i have) (?:already )?tried|tried (?:twice|again|several)|"
        # tries repeated, a screen that keeps showing the same, a search that finds no one
        r"berkali-kali (?:saya |aku |sy )?(?:coba|mencoba|cari|mencari)|(?:coba|mencoba) berkali-kali|"
        r"tried (?:severally|several times|many times|repeatedly)|"
        r"keeps? (?:displaying|showing|saying|returning|giving|throwing|popping up|coming back)|"
        r"(?:terus|selalu) (?:menampilkan|memunculkan|muncul|keluar|bilang|tertulis)|"
        r"no (?:users?|results?|records?|matches|participants?) (?:were )?found|"
        r"tidak ada (?:pengguna|user|hasil|peserta)(?: yang)? (?:ditemukan|ketemu)|"
        r"(?:pengguna|user|hasil)(?:nya)? (?:tidak|nggak|gak|ga) (?:ditemukan|ketemu))\b",
        1.5,
        fault=True,
    ),
    rule(
        "work recorded late",
        _ES,
        # What e-learning recorded of a student's work, not of the course: "statusnya jadi terlambat", "tercatat
        # terlambat", "the submission page says it came in late", "marked late".
        r"\b(?:tercatat|dianggap|ditandai|terhitung|status(?:nya)?|marked|flagged|shows?|says|recorded|counted)"
        r"(?: [a-z0-9-]+){0,4}? (?:terlambat|telat|late|overdue)\b",
        2.5,
    ),
    rule(
        "undo or reopen",
        _ES,
        # "dibukakan kembali" opens something for someone; "apakah dibuka lagi" only asks about a programme
        r"\b(?:dibukakan (?:kembali|lagi)|bukakan (?:kembali|lagi)|"
        r"buka (?:kembali|lagi) (?:tugas|kuis|pengumpulan|akses)|reopen|re-open|extend the deadline|"
        r"another attempt|attempt tambahan|(?:be|get|been) (?:re-?)?opened (?:again|back)|"
        r"open (?:it|them|the (?:quiz|assignment|test)) (?:again|back)|"
        r"deleted by mistake|tidak sengaja (?:terhapus|menghapus|dihapus|hapus)|"
        r"bring it back|kembalikan (?:file|materi|folder|tugas)|"
        # a quiz or an assignment opened again or for a class: "mohon kuisnya dibuka lagi untuk kelas malam",
        # "could the quiz be opened for our section"
        r"(?:quiz|kuis|tugas|assignment|test|attempt|ujian)(?:nya)? (?:be |to be |di)?(?:re-?)?"
        r"(?:opened|buka(?:kan)?) (?:for|untuk|bagi|lagi|kembali|again))\b",
        2.5,
    ),
    rule(
        "closed too early",
        _ES,
        # A quiz or an assignment that closed before the writer could take it, by another class's timetable or a
        # wrong date: "the quiz closed on Tuesday", "kuis 2 ditutup jam 17.00".
        r"\b(?:quiz|quizzes|kuis|tugas|assignment|test|attempt|pengumpulan|submission)(?:nya)?(?: [a-z0-9-]+){0,2}? "
        r"(?:closed|closes|ditutup|tertutup|tutup|shut)\b",
        2.5,
        fault=True,
    ),
    rule(
        "new course needed",
        _ES,
        r"\b(?:(?:belum|tidak|masih belum) ada di (?:e-learning|moodle)|course(?:-?nya)? (?:belum|tidak) ada|"
        r"dibuatkan course|buat course|course baru)\b",
        2.5,
    ),
    # documents
    rule(
        "document word",
        _DR,
        r"\b(?:sop|formulir|form|format|template|templat|dokumen|document|manual mutu|rps|lesson plan|silabus|"
        r"quality manual|berita acara|bap|panduan|pedoman|juknis|prosedur|instrumen|"
        # a questionnaire the writer asks the unit to fill in is their study, not a document the unit keeps
        r"(?<!mengisi )(?<!pengisian )(?<!isi )(?<!isikan )(?<!fill in )(?<!fill out )(?<!complete )"
        r"(?:kuesioner|kuisioner|questionnaire)(?! (?:penelitian|skripsi|tugas akhir|tesis|thesis|research|riset))|"
        r"rekap(?:an)? hasil|laporan (?:ami|audit|evaluasi|hasil|akhir|edom|survei)|surat keputusan|"
        r"sk (?:tim|pengangkatan|penetapan|direktur|rektor)|salinan|copy of|user guide|guidebook|handbook|"
        r"manual book|buku (?:panduan|saku)|softcopy|soft copy|soft file)\b",
        2.5,
    ),
    rule(
        "document ask",
        _DR,
        r"\b(?:minta (?:file|dokumen|formulir|template|sop)|(?:mohon |tolong )?dikirim(?:kan|i)?|"
        r"(?:mohon|tolong) kirim(?:kan|in)?|request for|bisa (?:dikirim|dibagikan)|versi terbaru|latest version|"
        r"where can i (?:get|find))\b",
        2.0,
    ),
)

"""The keyword rules for e-learning support, documents, and mail that asks the unit for nothing."""

from __future__ import annotations

from daemon.classify.keyword_rule import HEDGE, KeywordRule, rule
from daemon.classify.model import RequestType

_ES, _DR, _OT = RequestType.ELEARNING_SUPPORT, RequestType.DOCUMENT_REQUEST, RequestType.OTHER

HELP_RULES: tuple[KeywordRule, ...] = (
    # e-learning support
    rule(
        "login trouble",
        _ES,
        r"\b(?:login|log in|masuk akun|sign in|password|kata sandi|lupa|locked|"
        r"terkunci|akun (?:saya|e-learning)|"
        # the account as the means ("can I reach it from home with my student account?") is no trouble with it
        r"(?<!with my )(?<!with my student )(?<!with my campus )(?<!using my )(?<!using my student )"
        r"account(?! (?:manager|executive|officer)))\b",
        3.0,
    ),
    rule(
        "enrolment trouble",
        _ES,
        r"\b(?:belum (?:terdaftar|masuk)|tidak terdaftar|cannot enrol|"
        r"enrol (?:manual|saya)|di-enrol|tidak muncul|belum muncul|not showing|not show up|tidak ada di dashboard|"
        r"dashboard|cannot access|"
        r"tidak bisa akses|akses course|dimasukkan ke (?:course|kelas|matakuliah)|masukkan saya|add me|"
        r"enrol(?:l)? me|be enrolled|didaftarkan ke|move me|put me|pindahkan saya|wrong (?:section|group))\b",
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
        r"editing teacher|grader))\b",
        3.0,
    ),
    rule(
        "feature trouble",
        _ES,
        # what a person cannot do ("cannot attend both", "tidak bisa hadir") is no fault of a feature
        r"\b(?:error|gagal|(?:tidak bisa|cannot|can t)(?! (?:attend|come|make it|teach|hadir|datang|mengajar))|"
        r"tidak tampil|tidak terlihat|"
        r"tertutup sendiri|hilang|upload|unggah tugas|submit|add submission|nilai kuis|bug|tidak (?:mau )?jalan|"
        r"tidak bisa diputar|won t play|not playing|can t connect|cannot connect|(?:tidak|gagal) terhubung|"
        r"(?:tidak|belum) (?:ke)?kirim|(?:tidak|belum) ke?simpan|(?:tidak|belum) kesimpen)\b",
        2.0,
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
        r"sudah (?:saya )?(?:coba|mencoba)|(?:i ve|i have) (?:already )?tried|tried (?:twice|again|several))\b",
        1.5,
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
        r"quality manual|berita acara|bap|panduan|pedoman|juknis|prosedur|instrumen|kuesioner|questionnaire|"
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
    # other
    rule(
        "thanks only",
        _OT,
        r"\b(?:terima kasih (?:banyak )?(?:sudah|atas bantuan)|sudah bisa|sudah masuk|"
        r"sudah beres|berhasil|thank you for (?:your )?(?:help|fixing)|cheers for|thanks for sorting|"
        r"sort(?:ed|ing) (?:it|that|this) out)\b",
        2.5,
        says_done=True,
    ),
    rule(
        "done confirmation",
        _OT,
        # asked about, it is not said: "mohon dicek apakah sudah sesuai"
        r"\b(?<!apakah )(?<!apa )(?:sudah (?:sesuai|benar|betul|tepat|berubah|beres|bisa|masuk|berhasil|oke|tayang|"
        r"muncul|tampil|terpasang|aman)|"
        r"namanya sudah|it works now|all good now|problem solved|"
        # a receipt acknowledged: "noted with thanks", "baik, sudah saya terima"
        r"noted (?:with )?thanks|well received|sudah (?:saya |kami )?terima)\b",
        2.5,
        says_done=True,
    ),
    rule(
        "checked and found done",
        _OT,
        # In a reply on a ticket "sudah saya cek" confirms the work; in a new mail it tells what the writer checked
        # before asking ("pengaturannya sudah saya cek, tapi ..."), as "sudah saya coba" does.
        r"\b(?:sudah|udah|telah) (?:saya |kami )?(?:cek|lihat|periksa)\b",
        2.5,
        says_done=True,
        in_reply=True,
    ),
    rule(
        "another office asked",
        _OT,
        r"\b(?:(?:the )?right (?:office|person|place|unit)|which office|who handles|(?:nanya|tanya|bertanya) ke siapa|"
        r"bagian mana|unit mana|pass this to|diteruskan ke bagian)\b",
        2.5,
    ),
    rule(
        "nothing left to do",
        _OT,
        # The writer made the change or solved it, or withdraws the request: "sudah saya perbarui sendiri", "tidak
        # perlu diproses lagi", "please ignore my last mail"; "sudah saya coba sendiri" is an attempt, not a fix.
        # ("nama tidak usah diubah, hanya dosennya" limits the request to a part: only the whole is withdrawn)
        r"\b(?:tidak (?:perlu|usah) (?:di)?(?:proses|tindaklanjuti|lanjutkan|kerjakan)\w*|"
        r"no (?:further )?action (?:is )?(?:needed|required)|no need to (?:change|do|process|proceed)|"
        r"(?:please )?(?:ignore|disregard) (?:it|this|that|(?:my|the|this) (?:previous |earlier |last )?"
        r"(?:e-?mail|mail|message|request))|"
        # mail sent to the wrong address ("salah kirim file tugas" is a student's upload: not here)
        r"salah alamat|wrong (?:address|recipient|e-?mail address)|sent (?:this |it )?to the wrong|"
        r"terkirim ke (?:alamat|email|e-mail) (?:yang )?salah|"
        r"abaikan (?:saja )?(?:e-?mail|pesan|permintaan)|(?:batalkan|membatalkan|cancel) (?:my |the |this )?"
        r"(?:permintaan|request)|(?:sudah|telah) (?:saya|kami) (?!coba|cek|lihat|periksa|tanya)[a-z]+ sendiri|"
        r"(?:i|we) (?:ve|have) (?:already )?(?:done|fixed|changed|updated|sorted|solved) (?:it|this|that) "
        r"(?:myself|ourselves)|never ?mind)\b",
        3.5,
    ),
    rule(
        "asked to take part",
        _OT,
        # A survey or a study asks the unit to answer it: "mohon kesediaan mengisi kuesioner", "fill in our survey".
        r"\b(?:kesediaan|berkenan|bersedia|mohon|please|would you|could you|kindly|invite you to)"
        r"(?: [a-z0-9-/]+){0,3}? "
        r"(?:mengisi|isi|fill (?:in|out)|complete|take part in|participate in|menjadi responden)(?: [a-z0-9-]+){0,2}? "
        r"(?:kuesioner|kuisioner|survei|survey|questionnaire|angket|penelitian|research|study)\b",
        3.5,
    ),
    rule(
        "congratulations",
        _OT,
        r"\b(?:selamat (?:kepada|atas|untuk)|congratulations|congrats|turut berduka|happy (?:new year|holidays))\b",
        3.0,
    ),
    rule("not yet a request", _OT, HEDGE, 2.0, in_reply=True),
    rule(
        "outside the unit",
        _OT,
        # A complaint is said of anything, e-learning too: what it is about decides, not the word "keluhan".
        # "setelah rapat prodi", "hasil rapat": a meeting named as when a decision comes is not what the mail is about
        r"\b(?:wifi|wi-fi|ukt|pembayaran|tagihan|(?<!setelah )(?<!sesudah )(?<!sebelum )(?<!hasil )rapat|"
        r"undangan|saran|penawaran|"
        r"partnership|proposal kerja sama|sertifikat|jam layanan|jam kerja|transkrip|transcript|ijazah|"
        r"legalisir|call for papers?|konferensi|conference|kunjungan|benchmarking|studi banding|magang|internship|"
        r"beasiswa|scholarship)\b",
        2.5,
        outside=True,
    ),
    rule(
        "another office's matter",
        _OT,
        # The academic system and the offices beside the unit: study plans, advisers, the student portal, timetables,
        # leave, letters, borrowing rooms and equipment, office equipment, mail addressed to another office. Grades
        # kept there are not e-learning's.
        # SIAKAD named as where a file goes or a value comes from ("diunggah ke SIAKAD", "sama dengan SIAKAD") is not
        # the matter.
        r"\b(?:(?<!ke )(?<!dengan )(?<!sesuai )(?<!seperti )(?<!dari )(?<!to )(?<!into )(?<!from )siakad|"
        # a study plan already filled in or approved is why the writer expects a course, not the matter
        r"krs(?!(?:-?nya)? (?:saya |kami )?(?:sudah|telah) )|khs|"
        r"kartu (?:rencana|hasil) studi|dosen wali|pembimbing akademik|academic advis[eo]r|"
        r"(?:student|academic) portal|portal (?:akademik|mahasiswa|siakad)|"
        r"(?<!according to the )(?<!according to our )(?<!menurut )(?<!sesuai )timetable|"
        r"jadwal(?:nya)? bentrok|bentrok|"
        # an office named as the addressee ("Yth. Bagian Kepegawaian"); as the sender it may ask the unit anything
        r"(?:yth|kepada|dear|to the) (?:bagian |biro |tim )?(?:kepegawaian|keuangan|akademik|baak|hrd|sdm|personnel|"
        r"finance|academic)(?: office| team| department)?|cuti (?:tahunan|akademik)|"
        r"surat (?:rekomendasi|keterangan|aktif kuliah)|recommendation letter|"
        r"(?:certificate|letter|proof) of (?:enrol(?:l)?ment|registration|active (?:study|studies|enrol(?:l)?ment))|"
        r"enrol(?:l)?ment (?:certificate|letter|verification)|"
        r"(?:pinjam|meminjam|peminjaman|borrow(?:ing)?) (?:a |the )?(?:ruang\w*|rooms?|proyektor|projector|"
        r"studio|alat|laptop|kamera|camera)|"
        # office equipment, which the general services keep
        r"printer|photocopier|projector|proyektor|hdmi|vga|sound system|mesin fotokopi|scanner|"
        r"(?:laptop|komputer|pc) (?:kantor|inventaris|dinas)|"
        r"office (?:laptop|computer|pc)|teknisi|technician|air conditioner|ac (?:ruangan|kantor|ruang))\b",
        2.5,
        outside=True,
    ),
    rule(
        "another office's system in trouble",
        _OT,
        # Trouble logging in to the academic system is its office's, though the words are those of e-learning's
        # support: "tidak bisa masuk ke SIAKAD", "password SIAKAD sudah saya reset", "can't log in to the portal".
        r"\b(?:(?:tidak bisa|tidak dapat|gagal|cannot|can t|unable to|susah|error)(?: [a-z0-9-]+){0,2}? "
        r"(?:(?:login|log in|masuk|akses|access|sign in) )?(?:(?:ke|to|into|di|in) )?|"
        r"(?:password|kata sandi|akun|account|login)(?: (?:di|ke|to|for|of|on))? )"
        r"(?:siakad|portal (?:akademik|mahasiswa|siakad)|(?:the )?(?:student|academic) portal)\b",
        3.0,
        outside=True,
    ),
    rule(
        "a vendor's offer",
        _OT,
        # A sales letter names Moodle and its features as what it sells: "memperkenalkan plugin ...", "a free demo".
        r"\b(?:offer|free trial|demo|pilot|pricing|quotation|penawaran(?: harga)?|our (?:product|platform|solution|"
        r"company|team)|(?:kami |we )?(?:ingin |would like to |are pleased to )?(?:memperkenalkan|introduce)|"
        r"brosur|brochure|katalog|catalogue|gratis|free of charge|at no cost|tanpa biaya|harga khusus|diskon|"
        r"discount|account manager|sales (?:team|manager|executive)|business development)\b",
        3.5,
        outside=True,
    ),
    rule(
        "training question",
        _OT,
        r"\b(?:(?:pelatihan|training|workshop|bimtek|orientasi) (?:untuk |for |bagi )?(?:new |the |para )?"
        r"(?:dosen|lecturers?|staff|staf|teachers)|"
        r"mengadakan (?:pelatihan|workshop|training)|ada (?:pelatihan|training|workshop)|jadwal (?:pelatihan|"
        r"training)|pekerti|applied approach)\b",
        3.5,
    ),
    rule(
        "thanks, it works",
        _OT,
        r"\b(?:works (?:now|fine|again)|working (?:now|again)|fixed now|(?:all|it s) (?:good|fine|sorted) now|"
        r"(?:is|are|looks?|reads?) (?:correct|right|fine) now|"
        r"thanks (?:a lot|so much) for (?:the )?(?:quick|fast)|sudah normal|sudah aman|sudah oke|much appreciated|"
        r"can (?:now )?(?:open|access|see|log in|login)(?: [a-z0-9-]+){0,3} now|sudah bisa dibuka)\b",
        4.0,
        says_done=True,
    ),
)

"""The keyword rules for mail that asks the unit for nothing: thanks, work done, other offices' matters, offers."""

from __future__ import annotations

from daemon.classify.keyword_rule import HEDGE, KeywordRule, rule
from daemon.classify.model import RequestType

_OT = RequestType.OTHER

# Also what taken_back reads as an earlier request let go, when a new one follows it.
NOTHING_LEFT_TO_DO = rule(
    "nothing left to do",
    _OT,
    # The writer made the change or solved it, or withdraws the request: "sudah saya perbarui sendiri", "tidak
    # perlu diproses lagi", "please ignore my last mail"; "sudah saya coba sendiri" is an attempt, not a fix.
    # ("nama tidak usah diubah, hanya dosennya" limits the request to a part: only the whole is withdrawn)
    r"\b(?:tidak (?:perlu|usah) (?:di)?(?:proses|tindaklanjuti|lanjutkan|kerjakan)\w*|"
    r"no (?:further )?action (?:is )?(?:needed|required)|no need to (?:change|do|process|proceed)|"
    # a forward of a request the forwarder already handled: "tidak usah dibuatkan tiket", "no need to open a ticket",
    # "permintaan di bawah ini sudah saya kerjakan", "I handled the request below"
    r"(?:tidak|tdk|gak|nggak|ga) (?:perlu|usah) (?:di)?(?:buat|buka|bikin)(?:kan|in)? tiket|"
    r"no need (?:to|for) (?:(?:open(?:ing)?|creat(?:e|ing)|rais(?:e|ing)|log(?:ging)?|mak(?:e|ing)) )?(?:a )?ticket|"
    r"(?:permintaan|request|yang) (?:di )?bawah(?: ini)? (?:sudah|telah) (?:saya |kami )?"
    r"(?:kerjakan|selesaikan|tangani|proses|beres\w*)|"
    r"(?:i|we) (?:have |ve )?(?:already )?(?:handled|done|sorted|processed|completed|took care of) the "
    r"(?:request|change|one) below|"
    r"(?:please )?(?:ignore|disregard) (?:it|this|that|(?:my|the|this) (?:previous |earlier |last )?"
    r"(?:e-?mail|mail|message|request|ticket))|"
    # mail sent to the wrong address ("salah kirim file tugas" is a student's upload: not here)
    r"salah alamat|wrong (?:address|recipient|e-?mail address)|sent (?:this |it )?to the wrong|"
    r"terkirim ke (?:alamat|email|e-mail) (?:yang )?salah|"
    # the earlier one named: "abaikan yang tadi", "yang kemarin abaikan saja", "yang tadi batal ya"
    r"abaikan (?:saja )?(?:e-?mail|pesan|permintaan|yang (?:kemarin|tadi|sebelumnya|pertama))|"
    r"yang (?:kemarin|tadi|sebelumnya|pertama) (?:abaikan|batal|dibatalkan|tidak usah|tidak perlu)|"
    r"(?:batalkan|membatalkan|cancel) (?:my |the |this )?"
    r"(?:permintaan|request)|(?:sudah|telah) (?:saya|kami) (?!coba|cek|lihat|periksa|tanya)[a-z]+ sendiri|"
    r"(?:i|we) (?:ve|have) (?:already )?(?:done|fixed|changed|updated|sorted|solved) (?:it|this|that) "
    r"(?:myself|ourselves)|"
    # the subject left out after "and": "I found the field and updated it myself"
    r"\band (?:already )?(?:fixed|changed|updated|sorted|solved|edited|renamed|corrected) (?:it|this|that|them) "
    r"(?:myself|ourselves)|never ?mind)\b",
    3.5,
)

# "Rencananya minggu depan semua sudah bisa dipakai": "sudah" in a plan tells no work done.
_NOT_A_PLAN = r"(?<!semua )(?<!depan )(?<!nanti )(?<!besok )"

OTHER_RULES: tuple[KeywordRule, ...] = (
    rule(
        "thanks only",
        _OT,
        r"\b(?:terima kasih (?:banyak )?(?:sudah|atas bantuan)|" + _NOT_A_PLAN + r"sudah bisa|sudah masuk|"
        r"sudah beres|berhasil|thank you for (?:your )?(?:help|fixing)|cheers for|thanks for sorting|"
        r"sort(?:ed|ing) (?:it|that|this) out)\b",
        2.5,
        says_done=True,
    ),
    rule(
        "done confirmation",
        _OT,
        # asked about, it is not said: "mohon dicek apakah sudah sesuai"
        r"\b(?<!apakah )(?<!apa )" + _NOT_A_PLAN + r"(?:sudah (?:sesuai|benar|betul|tepat|berubah|beres|bisa|masuk|"
        r"berhasil|oke|tayang|"
        r"muncul|tampil|terpasang|aman)|"
        # the work named as done with its result: "sudah diganti jadi X", "sampun gantos dados X" (krama)
        r"sudah (?:di ?)?(?:ganti|ubah|rubah|update)(?:kan)? (?:jadi|menjadi)|"
        r"namanya sudah|it works now|all good now|problem solved|"
        # English done with "already" or "now" beside it: "the key is updated now", "was already corrected"
        r"(?:is|are|s|was|were|has been|have been|got) (?:(?:already|now) (?:been )?(?:changed|updated|fixed|"
        r"corrected|renamed|sorted)|(?:changed|updated|fixed|corrected|renamed|sorted) (?:already|now))|"
        # the record now as the writer asked: "the key is now X as I asked", "exactly what we needed", "sesuai
        # permintaan saya"
        r"(?:just |exactly )?(?:as|what) (?:i|we) (?:asked|requested|needed|wanted)(?! for)|"
        r"sesuai (?:dengan )?(?:permintaan|yang (?:saya|kami) (?:minta|ajukan))|"
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
        r"\b(?:(?:the )?right (?:office|person|place|unit)|which office|who handles|"
        # where to take a matter: "harus protes ke siapa", "mengadu ke mana", "who should I contact"
        r"(?:nanya|tanya|bertanya|protes|mengadu|komplain|lapor|melapor|menghubungi|hubungi|"
        # a proposal taken somewhere: "usulannya saya ajukan ke siapa"
        r"ajukan|diajukan|mengajukan|usulkan|diusulkan|mengusulkan)(?: [a-z]+)? "
        r"ke (?:siapa|mana)|"
        r"who (?:should|do|can) (?:i|we) (?:contact|ask|talk to|complain to)|"
        r"bagian mana|unit mana|pass this to|diteruskan ke bagian|"
        # the question turned round: "ke mana saya harus menanyakan", "kepada siapa sebaiknya kami melapor"
        r"(?:ke|kepada) (?:siapa|mana) (?:(?:saya|kami|aku) )?(?:(?:harus|perlu|sebaiknya|bisa|dapat) )?"
        r"(?:bertanya|menanyakan|tanya|nanya|mengadu|melapor|lapor|menghubungi|mengurus|minta))\b",
        2.5,
    ),
    NOTHING_LEFT_TO_DO,
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
        # an online course's certificate of completion is e-learning's own
        r"partnership|proposal kerja sama|sertifikat(?! (?:penyelesaian|kursus|course|e-learning|moodle|mooc|daring))|"
        r"jam layanan|jam kerja|transkrip|transcript|ijazah|"
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
        # the lecture timetable is the academic office's; cited as what e-learning followed, it is not the matter
        r"(?<!menurut )(?<!sesuai )(?<!mengikuti )(?<!ikut )(?<!dengan )jadwal kuliah|"
        r"jadwal(?:nya)? bentrok|bentrok|"
        # an office named as the addressee ("Yth. Bagian Kepegawaian"); as the sender it may ask the unit anything
        r"(?:yth|kepada|dear|to the) (?:bagian |biro |tim )?(?:kepegawaian|keuangan|akademik|baak|hrd|sdm|personnel|"
        r"finance|academic)(?: office| team| department)?|cuti (?:tahunan|akademik|kuliah|studi)|"
        # a lecturer's conduct, the programme's to answer: "dosennya sudah lima kali tidak masuk", "jarang hadir"
        r"dosen(?:nya)?(?: [a-z]+){0,5}? (?:sudah \w+ kali |sering |selalu )?(?:tidak|jarang|tak|gak|ga) (?:pernah )?"
        r"(?:masuk|hadir|datang)(?: (?:kelas|mengajar|tanpa))?|"
        r"surat (?:rekomendasi|keterangan|aktif kuliah)|recommendation letter|"
        r"(?:certificate|letter|proof) of (?:enrol(?:l)?ment|registration|active (?:study|studies|enrol(?:l)?ment))|"
        r"enrol(?:l)?ment (?:certificate|letter|verification)|"
        r"(?:pinjam|meminjam|peminjaman|borrow(?:ing)?) (?:a |the )?(?:ruang\w*|rooms?|proyektor|projector|"
        r"studio|alat|laptop|kamera|camera)|"
        # office equipment, which the general services keep
        r"printer|photocopier|projector|proyektor|hdmi|vga|sound system|mesin fotokopi|scanner|"
        # the staff attendance machine, kept by the personnel office
        r"mesin (?:presensi|absensi|absen)|sidik jari|fingerprint|finger print|"
        r"(?:laptop|komputer|pc) (?:kantor|inventaris|dinas)|"
        r"office (?:laptop|computer|pc)|teknisi|technician|air conditioner|ac (?:ruangan|kantor|ruang)|"
        # pay, kept by the finance office: "honor mengajar", "slip gaji", "uang transport", "teaching allowance"
        r"honor(?:arium)?(?: (?:mengajar|dosen|kegiatan))?|gaji|slip gaji|tunjangan|remunerasi|insentif|"
        r"uang (?:transport|lembur|makan|saku|harian)|reimburse(?:ment)?|pencairan|payroll|salary|salaries|"
        r"pay ?slip|(?:teaching |transport )?allowance|(?:ke|into|to) (?:my )?(?:rekening|bank account)|"
        # the writer's own mail coming back, kept by the mail administrators: "email saya selalu kembali", "my
        # e-mails bounce", "mailbox full"
        r"(?:e-?mail|surel|mail)(?:-?nya)?(?: (?:saya|kami|aku|ku|i send|we send))?(?: [a-z0-9-]+){0,4}? "
        r"(?:selalu |terus |always |keeps? )?(?:kembali|mental|bounc(?:e|es|ed|ing)|gagal (?:ter)?kirim|"
        r"tidak (?:sampai|terkirim)|come back|(?:get|are|were|is) returned|undeliverable)|"
        r"kotak surat(?: [a-z]+)? penuh|mailbox (?:is )?full)\b",
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
        r"(?:siakad|portal (?:akademik|mahasiswa|siakad)|(?:the )?(?:student|academic) portal)\b|"
        # The campus mail account is the IT unit's: "akun email kampus saya belum aktif", "my Microsoft 365 account
        # shows license expired".
        r"\b(?:microsoft 365|office 365|google workspace|(?:campus|university|staff|official) e-?mail|"
        r"e-?mail (?:kampus|dinas|resmi|institusi))(?: [a-z0-9-]+){0,5}? (?:belum aktif|tidak aktif|nonaktif|"
        r"expired|kedaluwarsa|terkunci|locked|password|kata sandi|passwordnya|license|lisensi|tidak bisa|cannot|"
        r"can t)\b",
        3.0,
        outside=True,
        act=True,
    ),
    rule(
        "campus facilities",
        _OT,
        # Parking, gates, lifts, cards and rooms are the general services' faults, whatever fault words tell them.
        # ("lift" alone is also the English verb: "lift the time limit")
        r"\b(?:parkir|kartu parkir|parking|gerbang|palang pintu|lift (?:gedung|di gedung|lantai)|elevator|toilet|"
        r"kamar mandi|kantin|canteen|"
        r"(?:listrik|lampu) (?:padam|mati)|mati listrik|air (?:mati|tidak mengalir)|kartu (?:mahasiswa|ktm|akses|"
        r"identitas|pegawai)|student (?:id )?card|access card|id card|loker|locker|kunci ruang(?:an|kelas)?|asrama|"
        r"dormitory|bus kampus|shuttle bus)\b",
        4.0,
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
        r"can (?:now )?(?:open|access|see|log in|login)(?: [a-z0-9-]+){0,3} now|sudah bisa dibuka|"
        # the fault gone: "errornya sudah tidak muncul lagi", "the error is gone now", "no longer shows"
        r"sudah (?:tidak|tak) (?:muncul|error|bermasalah|ada masalah) lagi|(?:error|masalah)(?:nya)? sudah (?:hilang|"
        r"tidak ada)|(?:is|are|s) gone now|no longer (?:shows?|appears?|happens?|comes? up))\b",
        4.0,
        says_done=True,
    ),
)

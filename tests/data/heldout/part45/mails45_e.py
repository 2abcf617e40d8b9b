"""Part 45 mail texts, batch e (late November / early December 2026)."""

MAILS = [
    {
        "slug": "ganti-dosen-nama-menyusul",
        "date": "2026-11-25 15:54:22",
        "client": "roundcube",
        "from": ("Wulandari Putri", "wulandari.putri@polibatam.ac.id"),
        "subject": "Dosen pengampu Hukum Bisnis akan diganti",
        "body": """Selamat sore,

Mohon bantuan untuk course Hukum Bisnis (MB2109) kelas MB-2A dan MB-2C.
Dosen pengampunya akan diganti mulai pertemuan 11 karena Pak Bonar
ditugaskan ke Direktorat. Nama dosen pengganti masih menunggu SK dari
Wadir I, nanti saya kabari secepatnya.

Sementara itu, apakah course-nya bisa disiapkan dulu supaya begitu nama
dosen baru keluar tinggal diisi? Pak Bonar tetap dibiarkan sebagai
teacher sampai dosen baru aktif.

Terima kasih,
Wulandari Putri, S.E., M.M.
Ketua Program Studi Administrasi Bisnis Terapan
""",
        "label": {"type": "course_data", "lang": "id",
                  "fields": {"course_code": "MB2109", "course_name": "Hukum Bisnis",
                             "changes": {"lecturer": ""}},
                  "note": "Lecturer change announced, but the new lecturer's name is not known yet; "
                          "the value is left empty."},
    },
    {
        "slug": "teruskan-sebagai-lampiran-eml-kaprodi",
        "date": "2026-11-26 08:20:47",
        "client": "thunderbird",
        "from": ("Herman Syahputra", "herman.syahputra@polibatam.ac.id"),
        "subject": "Fwd: Pergantian dosen Transportasi Multimoda",
        "body": """Selamat pagi Tim P4M,

Terlampir email dari Kaprodi Logistik terkait pergantian dosen dan kelas
MK Transportasi Multimoda. Mohon ditindaklanjuti di e-learning.

Terima kasih,
Herman Syahputra
Staf Administrasi Jurusan Manajemen Bisnis
""",
        "attachments": [{
            "kind": "eml",
            "name": "Pergantian dosen Transportasi Multimoda.eml",
            "mail": {
                "date": "2026-11-25 17:02:10",
                "client": "zimbra",
                "from": ("Lamhot Sinaga", "lamhot.sinaga@polibatam.ac.id"),
                "to": [("Herman Syahputra", "herman.syahputra@polibatam.ac.id")],
                "rcpt_to": "herman.syahputra@polibatam.ac.id",
                "subject": "Pergantian dosen Transportasi Multimoda",
                "body": """Pak Herman,

Tolong diteruskan ke P4M. Mulai pertemuan 10, MK Transportasi Multimoda
(LOG2103) diampu oleh Rahmat Hidayat Lubis, S.T., M.Log. menggantikan
Bu Citra. Kelas di e-learning juga tolong diganti menjadi LOG-2B, karena
mahasiswa LOG-2A sudah dipindah ke jadwal pagi dan punya course sendiri.

Terima kasih,
Lamhot Sinaga
Kaprodi Logistik Perdagangan Internasional
""",
            },
        }],
        "label": {"type": "course_data", "lang": "id",
                  "fields": {"course_code": "LOG2103", "course_name": "Transportasi Multimoda",
                             "changes": {"lecturer": "Rahmat Hidayat Lubis, S.T., M.Log.",
                                         "class": "LOG-2B"}},
                  "note": "Forwarded as an attached message (message/rfc822); the request is only "
                          "in the attachment."},
    },
    {
        "slug": "surat-edaran-tata-tertib-uas-pdf",
        "date": "2026-11-30 13:05:10",
        "client": "outlook",
        "from": ("Bagian Akademik Polibatam", "akademik@polibatam.ac.id"),
        "subject": "Permohonan publikasi Surat Edaran Tata Tertib UAS Ganjil 2026/2027",
        "body": """Yth. Tim Helpdesk P4M,

Dengan hormat,
Bersama ini kami sampaikan Surat Edaran Wakil Direktur Bidang Akademik
tentang tata tertib Ujian Akhir Semester (terlampir, PDF). Mohon isi
surat edaran tersebut dipublikasikan sebagai pengumuman di halaman utama
e-learning untuk seluruh mahasiswa dan dosen, dengan judul:

Tata Tertib Ujian Akhir Semester Ganjil 2026/2027

Jadwal tayang: Senin, 7 Desember 2026 pukul 07.00 WIB, sampai akhir
masa UAS.

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Hormat kami,
Bagian Akademik
Politeknik Negeri Batam
""",
        "attachments": [{
            "kind": "pdf",
            "name": "SE-0931-Tata-Tertib-UAS-Ganjil-2026.pdf",
            "title": "SURAT EDARAN Nomor: 0931/PL29/AK/2026",
            "lines": [
                "Tentang: Tata Tertib Ujian Akhir Semester Ganjil 2026/2027",
                "",
                "1. Peserta hadir paling lambat 15 menit sebelum ujian dimulai.",
                "2. Kartu ujian dan KTM wajib dibawa dan diletakkan di atas meja.",
                "3. Ujian berbasis e-learning dikerjakan di laboratorium yang ditentukan;",
                "   akses dari luar jaringan kampus tidak diizinkan.",
                "4. Telepon genggam dan jam tangan pintar dikumpulkan kepada pengawas.",
                "5. Pelanggaran dikenakan sanksi sesuai Peraturan Akademik Pasal 27.",
                "",
                "Batam, 27 November 2026",
                "Wakil Direktur Bidang Akademik,",
                "",
                "Dr. Ir. Taufik Hidayat, M.T.",
            ],
        }],
        "label": {"type": "announcement", "lang": "id",
                  "fields": {"title": "Tata Tertib Ujian Akhir Semester Ganjil 2026/2027",
                             "scope": "site", "publish_at": "2026-12-07T07:00:00+07:00"},
                  "note": "The announcement text is the attached PDF circular."},
    },
    {
        "slug": "horas-lae-kelas-malam",
        "date": "2026-12-01 10:44:36",
        "client": "yahoo",
        "from": ("Tigor Simanjuntak", "tigor.simanjuntak@yahoo.com"),
        "subject": "Tolong ganti kelas course Pneumatik",
        "body": """Horas Tim P4M,

Saya Tigor Simanjuntak, dosen LB di Mekatronika. Begini lae, course
Pneumatik dan Hidrolik (TRM3104) yang saya pegang itu kelasnya di
e-learning masih TRM-3B, padahal yang saya ajar itu anak malam, bah.
Mahasiswa reguler jadi ikut masuk, bingung pula orang itu.

Tolong kau ganti lah kelasnya jadi TRM-3B Malam, biar tidak
bercampur. Kalau ada yang kurang, telepon sajalah ke nomor saya
0813-6410-2297.

Mauliate godang,
Tigor Simanjuntak
""",
        "label": {"type": "course_data", "lang": "id",
                  "fields": {"course_code": "TRM3104", "course_name": "Pneumatik dan Hidrolik",
                             "changes": {"class": "TRM-3B Malam"}},
                  "note": ""},
    },
    {
        "slug": "admission-inquiry-wrong-address",
        "date": "2026-12-01 16:18:02",
        "client": "gmail",
        "from": ("Aisha binti Rahman", "aisha.rahman.jb@gmail.com"),
        "subject": "Enquiry about admission for international students 2027",
        "body": """Dear Sir/Madam,

I am a secondary school leaver from Johor Bahru, Malaysia, and I am
interested in the Applied Bachelor programme in Multimedia Animation at
Politeknik Negeri Batam for the 2027 intake.

Could you tell me whether international students can apply, what the
tuition fee is, and whether classes are taught in English? I found this
e-mail address on your website under "Helpdesk", so I hope it is the
right place to ask.

Thank you for your kind assistance.

Yours faithfully,
Aisha binti Rahman
""",
        "label": {"type": "other", "lang": "en", "fields": {},
                  "note": "Misdirected admission enquiry from a prospective international student."},
    },
    {
        "slug": "moodle-app-site-not-supported",
        "date": "2026-12-02 20:09:55",
        "client": "iphone",
        "from": ("Nadia Safitri", "nadia.safitri@students.polibatam.ac.id"),
        "subject": "Aplikasi Moodle tidak bisa dipakai",
        "body": """Malam kak, aplikasi Moodle di HP saya (iPhone 11, app versi terbaru) tiba-tiba tidak bisa connect. Waktu masukin alamat learning.polibatam.ac.id muncul pesan "This site is not supported by the app" / "Situs tidak didukung". Minggu lalu masih normal.

Kalau lewat Safari bisa, tapi notifikasi tugas jadi tidak masuk. Apakah memang aplikasinya sudah tidak bisa dipakai?

Terima kasih kak

Dikirim dari iPhone saya
""",
        "label": {"type": "elearning_support", "lang": "id", "fields": {}, "note": ""},
    },
    {
        "slug": "format-ba-ujian-online-outlook-html",
        "date": "2026-12-03 09:31:44",
        "client": "outlook_html",
        "from": ("Yusnita Harahap", "yusnita.harahap@polibatam.ac.id"),
        "subject": "Permintaan format Berita Acara Ujian Online",
        "body": """Selamat pagi Tim P4M,

Menjelang UAS Ganjil 2026/2027, beberapa dosen akan melaksanakan ujian melalui kuis e-learning. Kami diminta melampirkan berita acara pelaksanaan ujian online beserta daftar hadir dari log e-learning.

Mohon dapat dikirimkan format/template Berita Acara Ujian Online yang berlaku (sebaiknya dalam format .docx), serta petunjuk singkat cara mengunduh log kehadiran peserta kuis, jika ada.

Terima kasih atas bantuannya.

Salam,
Yusnita Harahap, S.Kom., M.T.
Koordinator UAS Jurusan Teknik Informatika
Politeknik Negeri Batam
""",
        "label": {"type": "document_request", "lang": "id", "fields": {}, "note": ""},
    },
]

"""Part 45 mail texts, batch c (late October / early November 2026)."""

MAILS = [
    {
        "slug": "reset-password-masuk-email-lama",
        "date": "2026-10-27 20:15:33",
        "client": "yahoo",
        "from": ("Putri Melati", "putrimelati_02@yahoo.com"),
        "subject": "Link reset password elearning masuk ke email lama",
        "body": """Selamat malam kak,

Saya Putri Melati, mahasiswa Akuntansi Manajerial semester 3 (NIM
3312501044). Saya lupa password e-learning dan sudah klik "Lupa kata
sandi", tapi link reset-nya dikirim ke email SMA saya yang sudah tidak
bisa dibuka lagi (putri.melati@sman3batam.sch.id).

Bisa tolong email di akun e-learning saya diganti ke email kampus
(3312501044@students.polibatam.ac.id) atau password saya direset saja?
Saya kirim dari email pribadi karena email kampus juga belum pernah
saya aktifkan.

Terima kasih banyak kak.
Putri
""",
        "label": {"type": "elearning_support", "lang": "id", "fields": {}, "note": ""},
    },
    {
        "slug": "iso-21001-audit-quality-documents",
        "date": "2026-10-28 10:00:21",
        "client": "outlook",
        "outlook_box": "TYZPR03MB",
        "from": ("Daniel Hartmann", "d.hartmann@meridian-engineering.co.id"),
        "subject": "Request: quality documents for joint programme audit (ISO 21001)",
        "body": """Dear P4M team,

Meridian Engineering co-delivers the dual-system programme "Teknologi
Rekayasa Mekatronika - Industry Track" with Polibatam. Our corporate
academy is being audited against ISO 21001 (educational organizations)
in December, and the auditor wants evidence of the partner's quality
system for the online part of the programme.

Could you send us, or point us to, the following documents?

1. the quality manual or quality policy of P4M,
2. the SOP for the e-learning helpdesk (including your response-time
   target), and
3. the most recent evaluation report of the service.

An English summary is enough where a full translation does not exist.

Kind regards,
Daniel Hartmann
Head of Training Quality, Meridian Academy
PT Meridian Engineering Indonesia, Batamindo Industrial Park, Muka Kuning
""",
        "label": {"type": "document_request", "lang": "en", "fields": {}, "note": ""},
    },
    {
        "slug": "deskripsi-mk-dua-paragraf",
        "date": "2026-10-29 14:30:07",
        "client": "thunderbird",
        "from": ("Wahyu Nugroho", "wahyu.nugroho@polibatam.ac.id"),
        "subject": "Deskripsi course Keamanan Jaringan (RKS2201)",
        "body": """Selamat siang,

Mohon deskripsi (summary) course Keamanan Jaringan (RKS2201) di
e-learning diganti dengan teks di bawah ini. Dua paragraf, mohon jeda
paragrafnya tetap dipertahankan.

---
Mata kuliah ini membekali mahasiswa dengan konsep dan praktik pengamanan jaringan komputer, mulai dari model ancaman, segmentasi jaringan, firewall, VPN, hingga sistem deteksi intrusi berbasis jaringan.

Pembelajaran dilakukan melalui praktikum di laboratorium siber dan studi kasus insiden nyata. Pada akhir semester mahasiswa menyusun laporan pengujian keamanan untuk satu jaringan simulasi.
---

Terima kasih.

-- 
Wahyu Nugroho, S.Kom., M.Cs.
Program Studi Rekayasa Keamanan Siber
Politeknik Negeri Batam
""",
        "label": {"type": "course_data", "lang": "id",
                  "fields": {"course_code": "RKS2201", "course_name": "Keamanan Jaringan",
                             "changes": {"summary": "Mata kuliah ini membekali mahasiswa dengan konsep "
                                         "dan praktik pengamanan jaringan komputer, mulai dari model "
                                         "ancaman, segmentasi jaringan, firewall, VPN, hingga sistem "
                                         "deteksi intrusi berbasis jaringan.\n\nPembelajaran dilakukan "
                                         "melalui praktikum di laboratorium siber dan studi kasus insiden "
                                         "nyata. Pada akhir semester mahasiswa menyusun laporan pengujian "
                                         "keamanan untuk satu jaringan simulasi."}},
                  "note": "Summary of two paragraphs; the paragraph break is part of the value."},
    },
    {
        "slug": "memo-kajur-bernomor-tiga-mk",
        "date": "2026-11-03 10:12:45",
        "client": "zimbra",
        "from": ("Ketua Jurusan Teknik Elektro", "kajur.elektro@polibatam.ac.id"),
        "subject": "Memo: perubahan data beberapa MK di e-learning (Ganjil 2026/2027)",
        "body": """MEMO

Nomor   : 118/PL29/JTE/XI/2026
Kepada  : Tim Helpdesk P4M
Dari    : Ketua Jurusan Teknik Elektro
Perihal : Perubahan data mata kuliah di e-learning

Menindaklanjuti rapat jurusan tanggal 30 Oktober 2026, dengan ini kami
mohon perubahan data mata kuliah berikut:

1. Sinyal dan Sistem (TRE2104)
   a. Dosen pengampu menjadi Dr. Ir. Hasudungan Nainggolan, M.T.
   b. Kelas menjadi TRE-2B Malam
2. Sistem Tenaga Listrik (TRE3205): jumlah SKS menjadi 3
3. Elektronika Daya (TRE3108): semester menjadi Genap 2026/2027

Perubahan berlaku mulai pertemuan ke-9. Atas kerja samanya kami ucapkan
terima kasih.

Ketua Jurusan Teknik Elektro,

Dr. Sapta Nugraha, S.T., M.Eng.
""",
        "label": {"type": "course_data", "lang": "id",
                  "fields": {"course_code": "TRE2104", "course_name": "Sinyal dan Sistem",
                             "changes": {"lecturer": "Dr. Ir. Hasudungan Nainggolan, M.T.",
                                         "class": "TRE-2B Malam"}},
                  "note": "Numbered memo covering three courses; labelled with the first course "
                          "(TRE2104) and its changes only. Items 2 and 3 (credits of TRE3205, semester "
                          "of TRE3108) need their own tickets."},
    },
    {
        "slug": "next-monday-8am-site-visit",
        "date": "2026-11-04 17:20:38",
        "client": "gmail",
        "from": ("Rajesh Kumar", "rajesh.kumar.marine@gmail.com"),
        "subject": "Announcement for Marine Electrical Systems",
        "body": """Hi P4M,

Please post this in my course Marine Electrical Systems (TRE3310), to go
live next Monday 8am. I don't have editing rights yet (that's another
ticket I think).

Title: Site Visit to Sekupang Marine Works

Text:
On Thursday 12 November we visit the switchboard workshop at Sekupang
Marine Works instead of the normal class. Bus leaves the Polibatam main
gate at 07:30 sharp. Safety shoes and long trousers are compulsory;
helmets are provided. Bring your student ID.

Thanks,
Rajesh Kumar
Electrical Superintendent / part-time lecturer
""",
        "label": {"type": "announcement", "lang": "en",
                  "fields": {"course_code": "TRE3310", "course_name": "Marine Electrical Systems",
                             "title": "Site Visit to Sekupang Marine Works", "scope": "course",
                             "publish_at": "2026-11-09T08:00:00+07:00"},
                  "note": ""},
    },
    {
        "slug": "nilai-kuis-jadi-nol-semua",
        "date": "2026-11-05 09:55:14",
        "client": "apple",
        "from": ("Maya Sari Dewi", "maya.sari@polibatam.ac.id"),
        "subject": "Nilai kuis 3 mahasiswa jadi 0 semua",
        "body": """Pagi Tim P4M,

Kuis 3 di course Akuntansi Biaya Lanjutan (kelas AK-3B) kemarin sore
sudah dikerjakan 34 mahasiswa, tapi di gradebook nilainya 0 semua.
Padahal waktu saya buka review attempt salah satu mahasiswa, jawabannya
banyak yang benar. Soalnya isian angka (numerical) dengan toleransi 1%.

Apa ini karena pengaturan desimal? Sebagian mahasiswa mengetik pakai
koma (12,5), sebagian pakai titik (12.5). Mohon dibantu cek sebelum
nilai saya rekap hari Senin.

Terima kasih,
Maya

Maya Sari Dewi, S.E., M.Ak.
Dosen Akuntansi Manajerial
""",
        "label": {"type": "elearning_support", "lang": "id", "fields": {}, "note": ""},
    },
    {
        "slug": "komting-kelas-salah-tulis",
        "date": "2026-11-06 22:31:50",
        "client": "gmail_android",
        "from": ("Bagas Wicaksono", "bagas.wicaksono@students.polibatam.ac.id"),
        "subject": "Kelas di course PBO salah",
        "body": """Malam min, maaf ganggu.

Saya Bagas, komting IF-2C. Di e-learning course Pemrograman Berorientasi Objek (IF2103) yang diajar Pak Yudi, kelasnya masih ketulis IF-2A padahal isinya kita anak IF-2C semua. Jadi temen2 IF-2A yang asli bingung karena ada 2 course dengan kelas sama.

Tolong kelasnya diganti jadi IF-2C ya min. Pak Yudi udah tau dan setuju kok, beliau yang nyuruh saya email ke sini.

Makasih min \U0001F64F
""",
        "label": {"type": "course_data", "lang": "id",
                  "fields": {"course_code": "IF2103", "course_name": "Pemrograman Berorientasi Objek",
                             "changes": {"class": "IF-2C"}},
                  "note": "Sent by a student class representative on the lecturer's instruction."},
    },
]

"""Part 45 mail texts, batch a (October 2026)."""

MAILS = [
    {
        "slug": "sekretaris-menulis-atas-arahan-kajur",
        "date": "2026-10-05 08:14:41",
        "client": "outlook",
        "from": ("Nur Aisyah", "nur.aisyah@polibatam.ac.id"),
        "subject": "Permohonan perubahan dosen pengampu MK Manajemen Risiko (a.n. Ketua Jurusan)",
        "body": """Yth. Tim Helpdesk P4M,

Mohon maaf, email ini saya tuliskan atas arahan Bapak Dr. Rudi Hartono,
S.E., M.M. (Ketua Jurusan Manajemen Bisnis). Beliau sedang dinas ke
Jakarta dan tadi pagi mendiktekan isinya kepada saya lewat telepon, jadi
kalimatnya saya tulis seperti yang beliau sampaikan:

"Untuk mata kuliah Manajemen Risiko, kode MB3107, kelas MB-3A dan MB-3B,
dosen pengampu di e-learning tolong diganti. Pak Andreas sudah mulai
tugas belajar ke luar negeri. Penggantinya:
Yuliana Kartika Sari, S.E., M.M.
Mulai minggu ini. Materi dan nilai yang sudah ada jangan dihapus."

Apabila diperlukan konfirmasi langsung, Bapak Rudi dapat dihubungi di
0812-7034-5581 setelah pukul 16.00 WIB.

Atas perhatian dan bantuannya kami ucapkan terima kasih.

Hormat saya,
Nur Aisyah
Staf Sekretariat Jurusan Manajemen Bisnis
Politeknik Negeri Batam
""",
        "label": {"type": "course_data", "lang": "id",
                  "fields": {"course_code": "MB3107", "course_name": "Manajemen Risiko",
                             "changes": {"lecturer": "Yuliana Kartika Sari, S.E., M.M."}},
                  "note": "Written by the department secretary on the head of department's behalf "
                          "(dictated by phone); the request itself is quoted."},
    },
    {
        "slug": "gw-gak-bisa-login-huruf-kecil-semua",
        "date": "2026-10-07 21:40:09",
        "client": "gmail_android",
        "from": ("rizky ananda putra", "4312411087@students.polibatam.ac.id"),
        "subject": "min tolong gw gak bisa login elearning",
        "body": """min plis bantuin, gw dari sore gak bisa login elearning. udah bener nim sama passwordnya tp muncul tulisan "invalid login, please try again" trs. padahal kemarin masih bisa bgt, pake password yg sama.

udah coba ganti browser, hapus cache, pake hp jg sama aja. besok jam 8 pagi ada kuis pemrograman web di elearning, kalo gak bisa masuk gw auto nol \U0001F62D

nim gw 4312411087, kelas if-2b malam

makasih min, fast respon ya plis
""",
        "label": {"type": "elearning_support", "lang": "id", "fields": {}, "note": ""},
    },
    {
        "slug": "terse-industry-lecturer-short-name",
        "date": "2026-10-08 10:05:52",
        "client": "iphone",
        "from": ("Marcus Tan", "marcus.tan.wk@gmail.com"),
        "subject": "Short name wrong - Welding Inspection",
        "body": """Hi,

Course Welding Inspection (MS3210) - short name on e-learning shows MS3120-WI. Wrong. Should be MS3210-WI.

Pls fix before Thu, students confused.

Thx
Marcus Tan
Part-time lecturer, Teknik Mesin

Sent from my iPhone
""",
        "label": {"type": "course_data", "lang": "en",
                  "fields": {"course_code": "MS3210", "course_name": "Welding Inspection",
                             "changes": {"shortname": "MS3210-WI"}},
                  "note": ""},
    },
    {
        "slug": "dokumen-akreditasi-lam-infokom",
        "date": "2026-10-09 14:22:17",
        "client": "zimbra",
        "from": ("Ika Yulianti", "ika.yulianti@polibatam.ac.id"),
        "subject": "Permohonan dokumen pendukung akreditasi LAM INFOKOM",
        "body": """Selamat siang Bapak/Ibu Tim P4M,

Prodi Sarjana Terapan Teknologi Rekayasa Perangkat Lunak sedang
menyiapkan dokumen akreditasi LAM INFOKOM (visitasi dijadwalkan
Januari 2027). Pada kriteria Pendidikan, asesor biasanya meminta bukti
dukungan sistem pembelajaran daring. Untuk itu kami mohon dapat
dikirimkan:

1. SOP layanan helpdesk e-learning yang berlaku saat ini;
2. Laporan Evaluasi Diri (LED) layanan P4M tahun 2025;
3. rekap jumlah course e-learning prodi TRPL per semester untuk tahun
   akademik 2024/2025 dan 2025/2026, bila ada.

Jika dokumen nomor 2 bersifat internal, cukup halaman pengesahan dan
ringkasannya saja.

Terima kasih atas kerja samanya.

Salam,
Ika Yulianti, M.Kom.
Ketua Tim Akreditasi Prodi TRPL
Jurusan Teknik Informatika
""",
        "label": {"type": "document_request", "lang": "id", "fields": {}, "note": ""},
    },
    {
        "slug": "laboran-minta-pengumuman-pindah-lab",
        "date": "2026-10-12 07:48:30",
        "client": "roundcube",
        "from": ("Suryadi", "suryadi.plp@polibatam.ac.id"),
        "subject": "Mohon dipasang pengumuman: Praktikum PLC pindah lab",
        "body": """Assalamualaikum, pagi Tim P4M.

Saya Suryadi, PLP (laboran) Lab Otomasi Teknik Mesin. Pak Fadli Rahman
(dosen pengampu) sedang ikut survei kapal di Tanjung Uncang dan minta
saya yang mengurus ini.

Mohon dipasang pengumuman di course Praktikum PLC (TRM2208), hari ini
juga kalau bisa sebelum jam 10:

Judul: Praktikum PLC Pindah ke Lab Otomasi 2
Isi: Mulai hari ini, Senin 12 Oktober 2026, seluruh praktikum PLC kelas
TRM-2A dan TRM-2B dilaksanakan di Lab Otomasi 2 (Gedung Teaching Factory
lantai 1). Lab Otomasi 1 sedang perbaikan instalasi listrik. Jam
praktikum tidak berubah.

Terima kasih,
Suryadi
PLP Lab Otomasi - Jurusan Teknik Mesin
""",
        "label": {"type": "announcement", "lang": "id",
                  "fields": {"course_code": "TRM2208", "course_name": "Praktikum PLC",
                             "title": "Praktikum PLC Pindah ke Lab Otomasi 2", "scope": "course"},
                  "note": "Sent by a lab technician for the lecturer; 'before 10' is a deadline, "
                          "not a scheduled publication time."},
    },
    {
        "slug": "nyuwun-sewu-sks-gambar-teknik",
        "date": "2026-10-13 19:30:44",
        "client": "yahoo",
        "from": ("Sri Wahyuningsih", "sri_wahyuningsih76@yahoo.co.id"),
        "subject": "Nyuwun tulung, SKS Gambar Teknik",
        "body": """Sugeng dalu Mas/Mbak Tim P4M,

Nyuwun sewu ganggu malam-malam. Kulo Sri Wahyuningsih, dosen LB di
Teknik Mesin. Niki lho, di e-learning MK Gambar Teknik (MS1103) kok
SKS-nya masih ketulis 2. Leresipun sekarang sudah 3 SKS, sesuai
kurikulum baru, soale praktik gambar CAD-nya digabung ke MK niku.

Monggo dibantu diganti dados 3 nggih. Mahasiswa sampun tanya-tanya,
kok beda kaliyan KRS.

Matur nuwun sanget,
Bu Sri
""",
        "label": {"type": "course_data", "lang": "id",
                  "fields": {"course_code": "MS1103", "course_name": "Gambar Teknik",
                             "changes": {"credits": "3"}},
                  "note": ""},
    },
    {
        "slug": "vendor-chatbot-lms-sales-pitch",
        "date": "2026-10-15 11:11:03",
        "client": "gmail",
        "relay": ("mail-pl1-f174.google.com", "209.85.214.174"),
        "from": ("Clarissa Lim", "clarissa.lim@edubotics.sg"),
        "subject": "Cut your helpdesk load by 60% with an AI tutor for Moodle",
        "body": """Dear P4M Team,

I hope this finds you well! I'm reaching out because Politeknik Negeri
Batam runs Moodle, and teams like yours keep telling us the same thing:
the same twenty questions arrive every semester (forgotten passwords,
missing courses, quiz errors) and eat up hours of staff time.

EduBotics Assist is an AI chatbot that sits inside Moodle and answers
those questions in Bahasa Indonesia and English, 24/7. Our partner
campuses in Malaysia and Thailand saw:

- 60% fewer helpdesk e-mails in the first semester
- an average answer time under 10 seconds
- a plug-in that installs in one afternoon (Moodle 4.1 to 4.5)

We are offering three Indonesian polytechnics a free 90-day pilot this
academic year. Would you have 20 minutes for a quick call next week?
You can also pick a slot here: https://edubotics.sg/meet/clarissa

Warm regards,
Clarissa Lim
Partnerships Manager, Southeast Asia
EduBotics Pte. Ltd. | 71 Ayer Rajah Crescent, Singapore 139951
+65 8123 4470
""",
        "label": {"type": "other", "lang": "en", "fields": {}, "note": ""},
    },
]

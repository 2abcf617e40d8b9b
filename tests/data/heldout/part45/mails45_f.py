"""Part 45 mail texts, batch f (December 2026)."""

MAILS = [
    {
        "slug": "moodle-backup-gagal-notifikasi",
        "date": "2026-12-04 02:00:13",
        "client": "auto_moodle",
        "from": ("Admin E-Learning (via E-Learning Polibatam)", "noreply@learning.polibatam.ac.id"),
        "subject": "E-Learning Polibatam: Status pencadangan terjadwal - Ada kesalahan",
        "body": """Laporan pencadangan terjadwal (scheduled backup) E-Learning Polibatam

Waktu mulai   : Jumat, 4 Desember 2026, 01.00
Waktu selesai : Jumat, 4 Desember 2026, 01.58

Jumlah course : 1.284
Berhasil      : 1.279
Gagal         : 3
Dilewati      : 2 (tidak ada perubahan)

Course yang gagal:
- MS2207 Metrologi Industri: Error writing to file system (disk quota)
- ANM3102 Animasi 3D: Error writing to file system (disk quota)
- IF4902 Proyek Akhir: Error writing to file system (disk quota)

Lihat laporan lengkap:
https://learning.polibatam.ac.id/report/backups/index.php

Anda menerima email ini karena alamat ini terdaftar sebagai kontak
dukungan situs. Email ini dibuat otomatis, mohon tidak dibalas.
""",
        "label": {"type": "auto", "lang": "id", "fields": {},
                  "note": "Moodle system notification (scheduled-backup report) to the site's support "
                          "contact address."},
    },
    {
        "slug": "tayang-rabu-9-12-pukul-1330",
        "date": "2026-12-07 15:10:29",
        "client": "outlook",
        "from": ("Rosmawati Lubis", "rosmawati.lubis@polibatam.ac.id"),
        "subject": "Mohon publikasi pengumuman course Kewirausahaan",
        "body": """Yth. Tim Helpdesk P4M,

Mohon bantuan untuk menayangkan pengumuman berikut di course
Kewirausahaan (MB2106) kelas MB-2A, MB-2B dan MB-2C. Mohon ditayangkan
Rabu (9/12) pukul 13.30 WIB, setelah rapat prodi selesai, jangan
sebelumnya.

Judul:
Batas Pengumpulan Proposal Bisnis Diperpanjang

Isi:
Pengumpulan proposal bisnis kelompok diperpanjang sampai Senin, 14
Desember 2026 pukul 23.59 WIB melalui menu Tugas di e-learning. Format
file PDF, maksimal 15 halaman. Jadwal presentasi tidak berubah.

Terima kasih.

Salam,
Rosmawati Lubis, S.E., M.M.
Dosen Jurusan Manajemen Bisnis
""",
        "label": {"type": "announcement", "lang": "id",
                  "fields": {"course_code": "MB2106", "course_name": "Kewirausahaan",
                             "title": "Batas Pengumpulan Proposal Bisnis Diperpanjang",
                             "scope": "course", "publish_at": "2026-12-09T13:30:00+07:00"},
                  "note": ""},
    },
    {
        "slug": "formulir-docx-sks-dan-deskripsi",
        "date": "2026-12-08 10:03:50",
        "client": "outlook",
        "from": ("Eko Wahyudi", "eko.wahyudi@polibatam.ac.id"),
        "subject": "Formulir perubahan data MK Audit Sistem Informasi",
        "body": """Selamat pagi,

Terlampir formulir perubahan data mata kuliah yang sudah saya isi dan
ditandatangani Kaprodi. Mohon diproses.

Terima kasih,
Eko Wahyudi, S.E., M.Ak., CISA
Prodi Akuntansi Manajerial
""",
        "attachments": [{
            "kind": "docx",
            "name": "Formulir-Perubahan-Data-MK-AK3208.docx",
            "title": "Formulir Perubahan Data Identitas Mata Kuliah",
            "author": "Eko Wahyudi",
            "items": [
                "**FORMULIR PERUBAHAN DATA IDENTITAS MATA KULIAH PADA E-LEARNING",
                "P4M Politeknik Negeri Batam - FM-P4M-07 Rev. 02",
                [["Data", "Isian"],
                 ["Kode MK", "AK3208"],
                 ["Nama MK (saat ini)", "Audit Sistem Informasi"],
                 ["Nama lengkap baru", "-"],
                 ["Short name baru", "-"],
                 ["Dosen pengampu baru", "-"],
                 ["Kelas", "-"],
                 ["Semester", "-"],
                 ["Jumlah SKS baru", "3"],
                 ["Enrolment key baru", "-"],
                 ["Deskripsi (summary) baru",
                  "Membahas audit berbasis risiko atas sistem informasi akuntansi, pengendalian "
                  "umum dan aplikasi TI, teknik audit berbantuan komputer (CAAT), serta pelaporan "
                  "temuan audit."]],
                "Alasan perubahan: penyesuaian kurikulum OBE 2026 (SKS naik dari 2 menjadi 3).",
                "Batam, 7 Desember 2026",
                "Pemohon: Eko Wahyudi",
                "Mengetahui, Kaprodi: Dr. Melati Kusuma, S.E., M.Si.",
            ],
        }],
        "label": {"type": "course_data", "lang": "id",
                  "fields": {"course_code": "AK3208", "course_name": "Audit Sistem Informasi",
                             "changes": {"credits": "3",
                                         "summary": "Membahas audit berbasis risiko atas sistem informasi "
                                         "akuntansi, pengendalian umum dan aplikasi TI, teknik audit "
                                         "berbantuan komputer (CAAT), serta pelaporan temuan audit."}},
                  "note": "All values are only in the attached DOCX form; rows filled with '-' are "
                          "not changes."},
    },
    {
        "slug": "enrol-key-ditolak-terus-mahasiswa",
        "date": "2026-12-10 21:22:18",
        "client": "gmail_android",
        "from": ("Dimas Aditya", "dimas.aditya@students.polibatam.ac.id"),
        "subject": "Enrolment key salah terus",
        "body": """Malam kak,

Saya mau masuk course Jaringan Nirkabel (dosennya Pak Teddy), tapi setiap
masukin enrolment key yang dikasih di grup WA selalu muncul "Kunci
pendaftaran salah". Sudah saya ketik ulang pelan2, huruf besar kecilnya
juga sudah sama. Teman sekelas saya yang lain bisa masuk.

Apa mungkin akun saya yang bermasalah? NIM 4312301122, kelas TRE-3A.

Makasih kak
""",
        "label": {"type": "elearning_support", "lang": "id", "fields": {}, "note": ""},
    },
    {
        "slug": "post-asap-engineering-math-mixed",
        "date": "2026-12-11 09:47:05",
        "client": "gmail",
        "from": ("Hafiz Ramadhan", "hafiz.ramadhan@polibatam.ac.id"),
        "subject": "Tolong post announcement ASAP - Engineering Mathematics III",
        "body": """Hi min,

Tolong post announcement ini ASAP di course Engineering Mathematics III
(MT3101), kelas IUP. Saya lagi di bandara, login e-learning dari HP
gagal terus.

Title: Online Class Today, 13.00 via Zoom

Today's class is moved online because I'm stuck at Hang Nadim airport.
Same time, 13.00 WIB. Zoom link sudah saya share di grup WA kelas.
Attendance will be taken from the Zoom log.

Thanks a lot!
Hafiz
""",
        "label": {"type": "announcement", "lang": "mixed",
                  "fields": {"course_code": "MT3101", "course_name": "Engineering Mathematics III",
                             "title": "Online Class Today, 13.00 via Zoom", "scope": "course"},
                  "note": ""},
    },
    {
        "slug": "template-rps-mbkm-mixed",
        "date": "2026-12-14 13:33:41",
        "client": "gmail",
        "from": ("Citra Dewi Lestari", "citra.lestari@polibatam.ac.id"),
        "subject": "Request template RPS untuk MK MBKM",
        "body": """Dear tim P4M,

Saya sedang menyusun RPS untuk MK konversi MBKM (magang industri 20
SKS) for next semester. Template RPS yang di website sepertinya masih
versi lama, belum ada kolom untuk CPMK yang di-assess oleh mentor
industri.

Is there an updated template for MBKM courses? Kalau ada, please send
the Word version, plus contoh RPS yang sudah disetujui kalau boleh.

Thank you,
Citra Dewi Lestari, M.Pd.
Unit MBKM - Jurusan Teknik Informatika
""",
        "label": {"type": "document_request", "lang": "mixed", "fields": {}, "note": ""},
    },
    {
        "slug": "sks-code-switching-min",
        "date": "2026-12-15 19:58:27",
        "client": "gmail_android",
        "from": ("Jessica Wijaya", "jessica.wijaya@polibatam.ac.id"),
        "subject": "SKS Akuntansi Sektor Publik",
        "body": """Hi min, please update SKS untuk MK Akuntansi Sektor Publik (AK3104) ya. Should be 3 SKS, bukan 2 like what's shown now. Already confirmed with kaprodi, it's in the new curriculum.

Thanks so much!
Jessica
""",
        "label": {"type": "course_data", "lang": "mixed",
                  "fields": {"course_code": "AK3104", "course_name": "Akuntansi Sektor Publik",
                             "changes": {"credits": "3"}},
                  "note": ""},
    },
]

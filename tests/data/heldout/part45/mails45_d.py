"""Part 45 mail texts, batch d (November 2026)."""

MAILS = [
    {
        "slug": "balas-ack-lama-enrol-key-baru",
        "date": "2026-11-09 09:15:26",
        "client": "gmail",
        "from": ("Rina Kusumawati", "rina.kusumawati@polibatam.ac.id"),
        "subject": "Re: [P4M #2026-0587] Perubahan nama MK Basis Data NoSQL",
        "in_reply_to": "<tkt-2026-0587.ack@helpdesk.polibatam.ac.id>",
        "body": """Halo Tim P4M,

Saya balas di email lama ini saja ya biar nyambung. Untuk course yang
sama (IF3104, yang bulan September lalu sudah diganti namanya jadi
Basis Data Terdistribusi), tolong enrolment key-nya diganti jadi:

bdt-IF3A-2026

Key yang lama sudah tersebar ke kakak tingkat yang mengulang.

Terima kasih,
Rina

Pada Sen, 14 Sep 2026 pukul 10.03 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:
> Yth. Ibu Rina Kusumawati,
>
> Permohonan Ibu telah kami terima dengan nomor tiket [P4M #2026-0587].
>
> Jenis permohonan : Perubahan data identitas mata kuliah
> Mata kuliah      : IF3104 Basis Data NoSQL
> Perubahan        : nama lengkap -> Basis Data Terdistribusi
>
> Petugas kami akan menindaklanjuti permohonan ini. Untuk menambahkan
> informasi, cukup balas email ini.
>
> Salam,
> Helpdesk P4M Polibatam
""",
        "label": {"type": "course_data", "lang": "id",
                  "fields": {"course_code": "IF3104", "course_name": "Basis Data Terdistribusi",
                             "changes": {"enrolment_key": "bdt-IF3A-2026"}},
                  "note": "New request written as a reply to a two-month-old acknowledgement; the "
                          "quoted rename is the old (done) ticket. The course's current name is the one "
                          "given after that rename."},
    },
    {
        "slug": "upload-video-limit-industry",
        "date": "2026-11-11 13:02:40",
        "client": "gmail",
        "from": ("Kevin Ong", "kevin.ong.animation@gmail.com"),
        "subject": "Upload limit on e-learning",
        "body": """Hello,

I teach Motion Capture (Animation, part-time). Tried to upload a 480 MB
demo reel as a resource in my course, upload stops at "Maximum file size
100 MB". Students need the original quality, YouTube compression kills
the detail.

Options? Raise the limit for my course, or is there a Google Drive or
OneDrive integration I can use?

Kevin Ong
Lead Animator, Kinetika Studio Batam
""",
        "label": {"type": "elearning_support", "lang": "en", "fields": {}, "note": ""},
    },
    {
        "slug": "enrol-key-penuh-tanda-baca",
        "date": "2026-11-12 08:41:19",
        "client": "apple",
        "from": ("Elena Petrova", "elena.petrova@polibatam.ac.id"),
        "subject": "New enrolment key for Freight Forwarding",
        "body": """Good morning,

Could you please set a new enrolment key for my course
Freight Forwarding (LOG2206)? Please use exactly this, including the
punctuation:

Fr8&Fwd!LOG-2206.

(the final full stop is part of the key - I know, sorry!)

The old key was shared in a public Instagram story by a student, so
please change it today if possible.

Many thanks,
Elena Petrova
Visiting Lecturer, International Trade Logistics
""",
        "label": {"type": "course_data", "lang": "en",
                  "fields": {"course_code": "LOG2206", "course_name": "Freight Forwarding",
                             "changes": {"enrolment_key": "Fr8&Fwd!LOG-2206."}},
                  "note": "Enrolment key with punctuation; the trailing full stop belongs to the key."},
    },
    {
        "slug": "impor-materi-course-semester-lalu",
        "date": "2026-11-16 10:26:03",
        "client": "zimbra",
        "from": ("Bambang Irawan", "bambang.irawan@polibatam.ac.id"),
        "subject": "Minta tolong impor materi dari course tahun lalu",
        "body": """Selamat pagi,

Saya mengajar Mekanika Fluida (kelas MS-3A) semester ini, course-nya
masih kosong. Tahun lalu saya sudah lengkap menyusun materi, kuis, dan
bank soal di course Mekanika Fluida Ganjil 2025/2026.

Saya sudah coba menu Import, tapi course lama tidak muncul di daftar
pencarian, mungkin karena saya sudah bukan teacher di sana. Bisa tolong
dibantu impor semua aktivitas dan bank soal ke course yang baru? Nilai
dan peserta tidak perlu dibawa.

Terima kasih,
Bambang Irawan, S.T., M.T.
Jurusan Teknik Mesin
""",
        "label": {"type": "elearning_support", "lang": "id", "fields": {}, "note": ""},
    },
    {
        "slug": "formulir-permohonan-course-baru",
        "date": "2026-11-18 14:48:55",
        "client": "roundcube",
        "from": ("Lia Anggraeni", "lia.anggraeni@polibatam.ac.id"),
        "subject": "Minta formulir permohonan pembuatan course",
        "body": """Siang Tim P4M,

Prodi Teknologi Rekayasa Pembangkit Energi akan membuka 4 mata kuliah
pilihan baru di semester genap. Kata Bu Kaprodi, permohonan pembuatan
course harus pakai formulir dari P4M.

Boleh minta dikirimkan formulirnya (versi Word kalau ada, supaya bisa
diisi langsung) beserta alur pengajuannya? Kalau sudah ada di website,
cukup kirim link-nya saja.

Terima kasih,
Lia Anggraeni
Admin Prodi TRPE
""",
        "label": {"type": "document_request", "lang": "id", "fields": {}, "note": ""},
    },
    {
        "slug": "balas-rating-lima-mantap",
        "date": "2026-11-20 07:12:31",
        "client": "gmail_android",
        "from": ("Bagas Wicaksono", "bagas.wicaksono@students.polibatam.ac.id"),
        "subject": "Re: [P4M #2026-0851] Selesai: Perubahan kelas course PBO",
        "in_reply_to": "<tkt-2026-0851.resolved@helpdesk.polibatam.ac.id>",
        "references": ["<CAb8gW1nP4kR2t_Ue6Hq0ZsLmYv3Jx9dA7cFo5TiKe2wQpNuB1s@mail.gmail.com>",
                       "<tkt-2026-0851.ack@helpdesk.polibatam.ac.id>",
                       "<tkt-2026-0851.resolved@helpdesk.polibatam.ac.id>"],
        "body": """5 min, mantap cepet bgt. udah bener kelasnya skrg \U0001F44D

Pada Kam, 19 Nov 2026 pukul 16.40 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:
> Yth. Bagas Wicaksono,
>
> Permohonan Anda [P4M #2026-0851] telah selesai dikerjakan: kelas
> pada course IF2103 Pemrograman Berorientasi Objek sudah diubah menjadi
> IF-2C.
>
> Mohon berikan penilaian atas layanan kami dengan membalas email ini
> berisi angka 1 (sangat tidak puas) sampai 5 (sangat puas).
>
> Terima kasih,
> Helpdesk P4M Polibatam
""",
        "label": {"type": "other", "lang": "id", "fields": {},
                  "note": "Satisfaction rating (5) in reply to a resolution mail; the quoted text "
                          "describes the finished course change, nothing new is asked."},
    },
    {
        "slug": "dashboard-kosong-setelah-update-mixed",
        "date": "2026-11-24 11:37:08",
        "client": "apple",
        "from": ("Stefanus Halim", "stefanus.halim@polibatam.ac.id"),
        "subject": "Courses hilang dari dashboard after the update",
        "body": """Hi tim P4M,

Sejak maintenance weekend kemarin, semua course saya hilang dari
dashboard. The "My courses" page is empty, tapi kalau saya buka link
course langsung (dari bookmark) masih bisa masuk dan role saya masih
teacher. So the courses exist, they just don't show up.

Sudah coba logout-login, clear cache, dan pakai Firefox juga. Same
result. Is this a known issue after the upgrade, or something on my
account?

Thanks,
Stefanus Halim, M.Kom.
Teknik Informatika
""",
        "label": {"type": "elearning_support", "lang": "mixed", "fields": {}, "note": ""},
    },
]

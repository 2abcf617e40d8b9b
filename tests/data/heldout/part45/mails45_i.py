"""Part 45 mail texts, batch i (mid to late January 2027)."""

MAILS = [
    {
        "slug": "google-forms-respons-baru",
        "date": "2027-01-15 07:30:00",
        "client": "auto_gforms",
        "from": ("Google Forms", "forms-receipts-noreply@google.com"),
        "subject": 'Ada 14 respons baru untuk "Survei Kepuasan Layanan Helpdesk P4M 2026"',
        "body": """Survei Kepuasan Layanan Helpdesk P4M 2026

Formulir Anda menerima 14 respons baru sejak ringkasan terakhir.

Total respons: 212

Lihat ringkasan respons:
https://docs.google.com/forms/d/1hK3pT9vWm2QxR7sLc5NdYe8uFb0aJg4iZo6VtXyM1kE/viewanalytics

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Anda menerima email ini karena mengaktifkan notifikasi email untuk
respons baru pada formulir ini. Nonaktifkan notifikasi:
https://docs.google.com/forms/d/1hK3pT9vWm2QxR7sLc5NdYe8uFb0aJg4iZo6VtXyM1kE/edit#responses
""",
        "label": {"type": "auto", "lang": "id", "fields": {},
                  "note": "Google Forms response notification from a no-reply sender."},
    },
    {
        "slug": "awal-perkuliahan-genap-zimbra",
        "date": "2027-01-15 16:12:51",
        "client": "zimbra",
        "from": ("Sekretariat Wadir I", "sekretariat.wadir1@polibatam.ac.id"),
        "subject": "Mohon ditayangkan: info awal perkuliahan semester genap",
        "body": """Kepada Yth. Tim P4M,

Atas arahan Wakil Direktur Bidang Akademik, mohon informasi berikut
ditayangkan sebagai pengumuman di halaman depan e-learning (seluruh
pengguna) pada Senin, 18 Januari 2027 pukul 07.00 WIB:

Awal Perkuliahan Semester Genap 2026/2027

Perkuliahan semester genap tahun akademik 2026/2027 dimulai pada Senin,
1 Februari 2027. Masa libur semester berlangsung 18-31 Januari 2027.
Dosen dimohon menyiapkan course e-learning dan mengunggah RPS paling
lambat 29 Januari 2027. Perubahan data mata kuliah di e-learning dapat
diajukan melalui helpdesk P4M.

Terima kasih.

Sekretariat Wakil Direktur Bidang Akademik
Politeknik Negeri Batam
""",
        "label": {"type": "announcement", "lang": "id",
                  "fields": {"title": "Awal Perkuliahan Semester Genap 2026/2027", "scope": "site",
                             "publish_at": "2027-01-18T07:00:00+07:00"},
                  "note": ""},
    },
    {
        "slug": "fwd-mahasiswa-belum-masuk-course-mixed",
        "date": "2027-01-19 11:06:24",
        "client": "gmail",
        "from": ("Fajar Nugraha", "fajar.nugraha@polibatam.ac.id"),
        "subject": "Fwd: Belum bisa akses course Pemrograman Game",
        "body": """Hi P4M team,

Forwarding this from one of my students. Dia belum bisa masuk course
Pemrograman Game padahal sudah ada di daftar peserta KRS. Could you
please check her account? Thanks!

Fajar

---------- Forwarded message ---------
Dari: Salsabila Rahmadani <salsabila.r@students.polibatam.ac.id>
Date: Sen, 18 Jan 2027 pukul 21.47
Subject: Belum bisa akses course Pemrograman Game
To: Fajar Nugraha <fajar.nugraha@polibatam.ac.id>


Selamat malam Pak Fajar,

Mohon maaf mengganggu. Saya Salsabila (ANM-2B, NIM 4352401031). Saya
tidak bisa masuk course Pemrograman Game di e-learning, muncul tulisan
"Anda tidak dapat mendaftar sendiri di kursus ini". Teman-teman yang
lain sudah bisa.

Terima kasih Pak.
Salsabila
""",
        "label": {"type": "elearning_support", "lang": "mixed", "fields": {}, "note": ""},
    },
    {
        "slug": "fwd-inline-coordinator-semester-en",
        "date": "2027-01-20 09:38:17",
        "client": "gmail",
        "from": ("Thomas Reinholt", "thomas.reinholt@gmail.com"),
        "subject": "Fwd: Technical English for Shipbuilding - semester",
        "body": """Hello helpdesk,

See below from my coordinator. Could you move the course as she
describes? I am only the part-time lecturer, I cannot change it myself.

Regards,
Thomas Reinholt

---------- Forwarded message ----------
From: Dewi Kartika <dewi.kartika@polibatam.ac.id>
Date: Mon, Jan 18, 2027 at 2:15 PM
Subject: Technical English for Shipbuilding - semester
To: Thomas Reinholt <thomas.reinholt@gmail.com>


Dear Thomas,

The course Technical English for Shipbuilding (BI2207) was created in
the wrong semester on e-learning. It runs in the even semester, so the
course must be moved to Genap 2026/2027 before classes start on
1 February. Please ask the P4M helpdesk to do it; they are at
helpdesk-p4m@polibatam.ac.id.

Best,
Dewi Kartika
Coordinator, Language Centre
""",
        "label": {"type": "course_data", "lang": "en",
                  "fields": {"course_code": "BI2207", "course_name": "Technical English for Shipbuilding",
                             "changes": {"semester": "Genap 2026/2027"}},
                  "note": "Inline forward; the request and its values are in the forwarded part."},
    },
    {
        "slug": "iphone-enrol-key-bocor-mixed",
        "date": "2027-01-22 06:47:39",
        "client": "iphone",
        "from": ("Gilang Ramadhan", "gilang.ramadhan@polibatam.ac.id"),
        "subject": "Enrol key ANM3206",
        "body": """Pagi min, enrol key ANM3206 tolong diganti ya, the old one leaked di grup angkatan atas.

New key: anim3d_Genap27

Thanks!

Dikirim dari iPhone saya
""",
        "label": {"type": "course_data", "lang": "mixed",
                  "fields": {"course_code": "ANM3206",
                             "changes": {"enrolment_key": "anim3d_Genap27"}},
                  "note": ""},
    },
    {
        "slug": "guest-session-feb-3-930am",
        "date": "2027-01-25 14:15:02",
        "client": "roundcube",
        "from": ("Arjun Mehta", "arjun.mehta@polibatam.ac.id"),
        "subject": "Announcement for Cloud Computing - guest session",
        "body": """Hi,

Please post the following announcement in the course Cloud Computing
(IF3208). Please post it on Feb 3 at 9:30am, right after the first
lecture ends.

Guest Session: Serverless in Production

On Wednesday 10 February, Ms. Linda Tanoto (Principal Engineer at a
Batam-based logistics platform) will talk about running serverless
workloads in production: cold starts, cost traps and observability.
Attendance is compulsory and counts as lecture 2. Location: Auditorium,
Main Building, 09.30-11.30.

Thanks,
Arjun Mehta
Part-time lecturer, Informatics
""",
        "label": {"type": "announcement", "lang": "en",
                  "fields": {"course_code": "IF3208", "course_name": "Cloud Computing",
                             "title": "Guest Session: Serverless in Production", "scope": "course",
                             "publish_at": "2027-02-03T09:30:00+07:00"},
                  "note": ""},
    },
    {
        "slug": "tb-bottom-post-masih-gagal",
        "date": "2027-01-27 08:52:45",
        "client": "thunderbird",
        "from": ("Ayu Lestari", "ayu.lestari@polibatam.ac.id"),
        "subject": "Re: [P4M #2027-0088] Tidak bisa mengunggah RPS ke course",
        "in_reply_to": "<tkt-2027-0088.reply1@helpdesk.polibatam.ac.id>",
        "references": ["<6a1f0c2e-3b7d-4e55-9c1a-0d2b8e7f4a61@polibatam.ac.id>",
                       "<tkt-2027-0088.ack@helpdesk.polibatam.ac.id>",
                       "<tkt-2027-0088.reply1@helpdesk.polibatam.ac.id>"],
        "body": """Pada 26/01/2027 16.05, Helpdesk P4M menulis:
> Yth. Ibu Ayu,
>
> Batas ukuran unggahan di course Ibu sudah kami naikkan menjadi 50 MB.
> Silakan dicoba kembali mengunggah file RPS. Bila masih gagal, mohon
> balas email ini dengan tangkapan layar pesan kesalahannya.
>
> Salam,
> Helpdesk P4M Polibatam
>
> Pada 26/01/2027 10.22, Ayu Lestari menulis:
>> Selamat pagi, saya tidak bisa mengunggah file RPS (PDF 18 MB) ke
>> course Statistika Industri. Selalu muncul "The file is too large".

Sudah saya coba lagi tadi pagi, masih gagal Pak/Bu. Pesannya sekarang
beda: "Upload failed: the server did not respond in time" setelah
progress bar sampai sekitar 80%. Saya pakai Wi-Fi kampus di gedung
Tower A. Filenya sudah saya kecilkan jadi 12 MB, tetap gagal.

Terima kasih,
Ayu Lestari, S.Si., M.Sc.
""",
        "label": {"type": "elearning_support", "lang": "id", "fields": {},
                  "note": "Bottom-posted reply: the new text comes after the quoted thread."},
    },
]

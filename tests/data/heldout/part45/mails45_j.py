"""Part 45 mail texts, batch j (late January / February 2027)."""

MAILS = [
    {
        "slug": "sieve-vacation-umrah",
        "date": "2027-01-29 17:21:33",
        "client": "auto_vacation",
        "from": ("Nurul Hidayah", "nurul.hidayah@polibatam.ac.id"),
        "subject": "Auto: [P4M #2027-0102] Permohonan Anda telah kami terima",
        "in_reply_to": "<tkt-2027-0102.ack@helpdesk.polibatam.ac.id>",
        "body": """Assalamualaikum warahmatullahi wabarakatuh,

Terima kasih atas email Bapak/Ibu. Saya sedang menunaikan ibadah umrah
dan baru kembali bertugas pada Senin, 15 Februari 2027. Email akan saya
balas setelah kembali.

Untuk urusan akademik Prodi Teknik Geomatika yang mendesak, silakan
menghubungi admin prodi di admin.geomatika@polibatam.ac.id.

Wassalamualaikum,
Nurul Hidayah
""",
        "label": {"type": "auto", "lang": "id", "fields": {},
                  "note": "Sieve (Roundcube) vacation reply to our acknowledgement: subject prefix "
                          "'Auto:', Auto-Submitted: auto-replied (vacation), null return path."},
    },
    {
        "slug": "survei-pengguna-elearning-mixed",
        "date": "2027-02-01 09:03:18",
        "client": "outlook",
        "from": ("Lestari Wulandari", "kepala.p4m@polibatam.ac.id"),
        "subject": "Tolong tayangkan: E-Learning User Satisfaction Survey 2027",
        "body": """Rekan-rekan tim helpdesk,

Please publish the survey announcement below di halaman depan
e-learning untuk semua pengguna, on Monday, 8 February 2027 at 08.00
WIB. Teks dwibahasa ini sudah final, tidak perlu diterjemahkan lagi.

Title: Survei Kepuasan Pengguna E-Learning / E-Learning User Satisfaction Survey 2027

Bapak/Ibu dosen dan mahasiswa, bantu kami meningkatkan layanan
e-learning dengan mengisi survei singkat (5 menit) sampai 21 Februari
2027. Lecturers and students, please help us improve e-learning by
filling in a short survey (5 minutes) by 21 February 2027. Tautan
survei / survey link: https://s.polibatam.ac.id/survei-elearning-2027

Terima kasih,
Dr. Lestari Wulandari, M.Pd.
Kepala P4M
""",
        "label": {"type": "announcement", "lang": "mixed",
                  "fields": {"title": "Survei Kepuasan Pengguna E-Learning / E-Learning User "
                                      "Satisfaction Survey 2027",
                             "scope": "site", "publish_at": "2027-02-08T08:00:00+07:00"},
                  "note": "Sent by the head of P4M to her own helpdesk team."},
    },
    {
        "slug": "sop-announcement-publication-en",
        "date": "2027-02-02 13:40:55",
        "client": "apple",
        "from": ("Lim Wei Jie", "weijie.lim@polibatam.ac.id"),
        "subject": "SOP for publishing announcements on e-learning",
        "body": """Dear P4M team,

I have just joined the International Office as programme officer for
the IUP classes. Part of my job will be to send you announcements for
the IUP students, so I would like to follow your procedure properly.

Could you send me the SOP for announcement publication on e-learning
(SOP publikasi pengumuman), and, if there is one, the request form or
template you expect us to use? An Indonesian version is fine, I can
manage with it.

Thank you,
Lim Wei Jie
Programme Officer, International Office
""",
        "label": {"type": "document_request", "lang": "en", "fields": {}, "note": ""},
    },
    {
        "slug": "thesis-interview-request",
        "date": "2027-02-09 10:17:26",
        "client": "gmail",
        "from": ("Hannah Kowalski", "hannah.kowalski.research@gmail.com"),
        "subject": "Interview request for a master's thesis on LMS helpdesks",
        "body": """Dear members of P4M,

My name is Hannah Kowalski and I am a master's student in Educational
Technology at the University of Twente. My thesis compares how
vocational institutions in Southeast Asia organise support for their
learning management systems.

Your unit was recommended to me because of its e-mail helpdesk and the
15-minute response target. Would one of your staff be willing to do a
45-minute online interview in March? I can send the consent form and
question list in advance, and the results will be anonymised.

With kind regards,
Hannah Kowalski
University of Twente, Enschede
""",
        "label": {"type": "other", "lang": "en", "fields": {}, "note": ""},
    },
    {
        "slug": "m365-quarantine-digest",
        "date": "2027-02-12 07:45:09",
        "client": "auto_quarantine",
        "from": ("Microsoft 365", "quarantine@messaging.microsoft.com"),
        "subject": "Microsoft 365 security: You have messages in quarantine",
        "body": """Review These Messages

2 messages are being held for you to review as of 2/12/2027 12:30:02 AM (UTC).

Review them within 30 days of the received date by going to the Quarantine page in the Security Center.

Prevented spam messages

Sender: promo@edu-deals-asia.com
Subject: Final call: 70% off Moodle themes for universities
Date: 2/11/2027 6:14:55 PM

Sender: billing@accounts-verify-m365.net
Subject: Action required: your mailbox storage is full
Date: 2/11/2027 9:02:31 PM

Review Message | Release | Block Sender

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""",
        "label": {"type": "auto", "lang": "en", "fields": {},
                  "note": "Microsoft 365 quarantine notification (HTML only)."},
    },
    {
        "slug": "rename-and-short-name-visiting-lecturer",
        "date": "2027-02-16 14:08:37",
        "client": "roundcube",
        "from": ("Kenji Watanabe", "kenji.watanabe@polibatam.ac.id"),
        "subject": "Course rename: Cyber Threat Intelligence (RKS3207)",
        "body": """Dear Helpdesk,

For the even semester I have extended the course Cyber Threat
Intelligence (RKS3207) with a threat-hunting project, approved by the
programme head last week. Please update the course on e-learning:

  Full name : Cyber Threat Intelligence and Hunting
  Short name: RKS3207-CTIH

Everything else (participants, enrolment key, materials) stays the same.

Thank you in advance,
Dr. Kenji Watanabe
Visiting Associate Professor, Rekayasa Keamanan Siber
""",
        "label": {"type": "course_data", "lang": "en",
                  "fields": {"course_code": "RKS3207", "course_name": "Cyber Threat Intelligence",
                             "changes": {"fullname": "Cyber Threat Intelligence and Hunting",
                                         "shortname": "RKS3207-CTIH"}},
                  "note": ""},
    },
    {
        "slug": "tabel-jadwal-seminar-outlook-html",
        "date": "2027-02-22 11:24:50",
        "client": "outlook_html",
        "from": ("Rudy Setiawan", "rudy.setiawan@polibatam.ac.id"),
        "subject": "Pengumuman jadwal seminar proposal Proyek Akhir",
        "body": """Yth. Tim Helpdesk P4M,

Mohon dipublikasikan pengumuman berikut di course Proyek Akhir (IF4902), tayang Rabu, 24 Februari 2027 pukul 07.00 WIB.

Judul: Jadwal Seminar Proposal Proyek Akhir Gelombang 1

Seminar proposal Proyek Akhir gelombang 1 dilaksanakan sesuai jadwal berikut:

| Hari/Tanggal | Waktu | Ruang | Kelompok |
| Senin, 1 Maret 2027 | 08.00-12.00 | GU 702 | PA-01 s.d. PA-08 |
| Selasa, 2 Maret 2027 | 08.00-12.00 | GU 702 | PA-09 s.d. PA-16 |
| Rabu, 3 Maret 2027 | 13.00-16.00 | GU 805 | PA-17 s.d. PA-22 |

Mahasiswa wajib mengunggah draf proposal ke course paling lambat dua hari sebelum jadwal seminar.

Terima kasih.

Hormat saya,
Rudy Setiawan, S.T., M.Kom.
Koordinator Proyek Akhir Teknik Informatika
""",
        "label": {"type": "announcement", "lang": "id",
                  "fields": {"course_code": "IF4902", "course_name": "Proyek Akhir",
                             "title": "Jadwal Seminar Proposal Proyek Akhir Gelombang 1",
                             "scope": "course", "publish_at": "2027-02-24T07:00:00+07:00"},
                  "note": "HTML-only Outlook mail with the schedule as an HTML table."},
    },
]

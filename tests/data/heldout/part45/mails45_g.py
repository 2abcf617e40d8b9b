"""Part 45 mail texts, batch g (mid December 2026 / early January 2027)."""

MAILS = [
    {
        "slug": "tanda-terima-dibaca-outlook",
        "date": "2026-12-16 10:41:12",
        "client": "auto_mdn",
        "from": ("Rosmawati Lubis", "rosmawati.lubis@polibatam.ac.id"),
        "subject": "Dibaca: [P4M #2026-0934] Mohon publikasi pengumuman course Kewirausahaan",
        "orig_mid": "<tkt-2026-0934.resolved@helpdesk.polibatam.ac.id>",
        "body": """Pesan Anda

Kepada: Rosmawati Lubis
Subjek: [P4M #2026-0934] Mohon publikasi pengumuman course Kewirausahaan
Dikirim: Rabu, 09 Desember 2026 13.36.02 (UTC+07:00) Bangkok, Hanoi, Jakarta

telah dibaca pada Rabu, 16 Desember 2026 10.41.09 (UTC+07:00) Bangkok, Hanoi, Jakarta.
""",
        "label": {"type": "auto", "lang": "id", "fields": {},
                  "note": "Outlook read receipt (disposition notification) for a resolution mail; it "
                          "carries no Auto-Submitted header."},
    },
    {
        "slug": "re-tiket-mundurkan-jam-tayang",
        "date": "2026-12-16 14:26:35",
        "client": "gmail",
        "from": ("Ahmad Zulkarnain", "ahmad.zulkarnain@polibatam.ac.id"),
        "subject": "Re: [P4M #2026-0951] Pengumuman remedial kuis Fisika Terapan",
        "in_reply_to": "<tkt-2026-0951.ack@helpdesk.polibatam.ac.id>",
        "body": """Mas/Mbak, satu koreksi: jam tayangnya tolong dimundurkan jadi jam 6
sore (18.00) di hari yang sama, Kamis besok. Daftar peserta remedial
baru final sore nanti. Teks pengumumannya tetap seperti di bawah.

Terima kasih,
Zul

Pada Rab, 16 Des 2026 pukul 09.12 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:
> Yth. Bapak Ahmad Zulkarnain,
>
> Permohonan Bapak telah kami terima dengan nomor tiket [P4M #2026-0951].
>
> Jenis permohonan : Publikasi pengumuman
> Course           : Fisika Terapan (TRE1102)
> Judul            : Remedial Kuis 2 Fisika Terapan
> Jadwal tayang    : Kamis, 17 Desember 2026 pukul 07.00 WIB
>
> Petugas kami akan menindaklanjuti permohonan ini. Untuk menambahkan
> informasi, cukup balas email ini.
>
> Salam,
> Helpdesk P4M Polibatam
""",
        "label": {"type": "announcement", "lang": "id",
                  "fields": {"course_code": "TRE1102", "course_name": "Fisika Terapan",
                             "title": "Remedial Kuis 2 Fisika Terapan", "scope": "course",
                             "publish_at": "2026-12-17T18:00:00+07:00"},
                  "note": "Reply to our acknowledgement that only moves the publication time; course "
                          "and title come from the quoted acknowledgement, whose 07.00 is superseded."},
    },
    {
        "slug": "orientation-exchange-students-tomorrow-7am",
        "date": "2026-12-17 11:02:44",
        "client": "outlook",
        "from": ("International Office Polibatam", "international@polibatam.ac.id"),
        "subject": "Site announcement: orientation for incoming exchange students",
        "body": """Dear P4M colleagues,

Could you publish the notice below on the e-learning front page for all
users, tomorrow at 7 am? Several incoming students only read e-learning,
not their campus e-mail.

Title: Orientation Week for Incoming Exchange Students, Even Semester 2026/2027

Incoming exchange and IUP students of the even semester are invited to
the orientation week from 4 to 8 January 2027 in the Main Building,
Room 701. Topics: academic regulations, e-learning and SIAKAD accounts,
campus safety, and a half-day city tour. Registration closes on
28 December 2026 at https://io.polibatam.ac.id/orientation.

Best regards,
Jonathan Siahaan
International Office
Politeknik Negeri Batam
""",
        "label": {"type": "announcement", "lang": "en",
                  "fields": {"title": "Orientation Week for Incoming Exchange Students, Even Semester "
                                      "2026/2027",
                             "scope": "site", "publish_at": "2026-12-18T07:00:00+07:00"},
                  "note": ""},
    },
    {
        "slug": "final-presentation-iup-mixed",
        "date": "2026-12-21 09:12:07",
        "client": "zimbra",
        "from": ("Ratna Sari Dewi", "ratna.dewi@polibatam.ac.id"),
        "subject": "Pengumuman jadwal final presentation - Digital Marketing IUP",
        "body": """Selamat pagi Tim P4M,

Mohon dibantu publish announcement di course Digital Marketing
(MB3211), kelas IUP. Tayang besok pagi jam 8 ya, karena hari ini
mahasiswa masih UAS mata kuliah lain.

Title: Final Project Presentation Schedule

Dear students, final project presentations will be held on 28-29
December 2026 in Room B-304. Tiap kelompok dapat 15 menit presentasi +
10 menit tanya jawab. The detailed schedule per group is in the course
folder "Final Project". Please upload your slides by 27 December,
21.00 WIB.

Terima kasih banyak,
Ratna Sari Dewi, S.E., M.B.A.
Dosen Manajemen Bisnis
""",
        "label": {"type": "announcement", "lang": "mixed",
                  "fields": {"course_code": "MB3211", "course_name": "Digital Marketing",
                             "title": "Final Project Presentation Schedule", "scope": "course",
                             "publish_at": "2026-12-22T08:00:00+07:00"},
                  "note": ""},
    },
    {
        "slug": "tgl-5-jan-jam-10-pagi-krs",
        "date": "2026-12-28 16:40:31",
        "client": "gmail_android",
        "from": ("Hotma Pardede", "hotma.pardede@polibatam.ac.id"),
        "subject": "titip pengumuman KRS genap",
        "body": """Sore mas/mbak P4M,

Titip pengumuman di halaman depan e-learning ya (semua user), tolong
tayang tgl 5 Jan jam 10 pagi, pas SIAKAD dibuka:

Pengisian KRS Semester Genap 2026/2027

Pengisian KRS semester genap 2026/2027 dibuka 5-16 Januari 2027 melalui
SIAKAD. Mahasiswa wajib konsultasi dengan dosen wali sebelum mengajukan
KRS. Mahasiswa yang belum melunasi UKT tidak dapat mengisi KRS; silakan
hubungi Bagian Keuangan.

Makasih,
Hotma - BAAK
""",
        "label": {"type": "announcement", "lang": "id",
                  "fields": {"title": "Pengisian KRS Semester Genap 2026/2027", "scope": "site",
                             "publish_at": "2027-01-05T10:00:00+07:00"},
                  "note": ""},
    },
    {
        "slug": "memo-pdf-pindah-semester",
        "date": "2027-01-04 08:26:19",
        "client": "gmail",
        "from": ("Sekretariat Jurusan Manajemen Bisnis", "sekjur.mb@polibatam.ac.id"),
        "subject": "Nota dinas perubahan semester MK Manajemen Rantai Pasok Dingin",
        "body": """Yth. Tim Helpdesk P4M,

Bersama ini kami kirimkan nota dinas Ketua Jurusan Manajemen Bisnis
mengenai perubahan semester pelaksanaan satu mata kuliah di e-learning
(terlampir dalam bentuk PDF). Mohon dapat ditindaklanjuti.

Terima kasih.

Sekretariat Jurusan Manajemen Bisnis
Politeknik Negeri Batam
""",
        "attachments": [{
            "kind": "pdf",
            "name": "Nota-Dinas-004-JMB-2027.pdf",
            "title": "NOTA DINAS Nomor: 004/PL29/JMB/I/2027",
            "lines": [
                "Kepada : Kepala P4M u.p. Tim Helpdesk",
                "Dari   : Ketua Jurusan Manajemen Bisnis",
                "Hal    : Perubahan semester mata kuliah di e-learning",
                "",
                "Berdasarkan hasil rapat kurikulum, mata kuliah berikut dipindahkan pelaksanaannya:",
                "",
                "Kode MK       : LOG3105",
                "Nama MK       : Manajemen Rantai Pasok Dingin",
                "Semester lama : Ganjil 2026/2027",
                "Semester baru : Genap 2026/2027",
                "",
                "Course yang sudah ada mohon dipindahkan ke kategori Genap 2026/2027 tanpa",
                "menghapus materi. Dosen pengampu tetap.",
                "",
                "Batam, 2 Januari 2027",
                "Ketua Jurusan Manajemen Bisnis,",
                "Dr. Rudi Hartono, S.E., M.M.",
            ],
        }],
        "label": {"type": "course_data", "lang": "id",
                  "fields": {"course_code": "LOG3105", "course_name": "Manajemen Rantai Pasok Dingin",
                             "changes": {"semester": "Genap 2026/2027"}},
                  "note": "Course, code and new semester appear only in the attached PDF memo."},
    },
    {
        "slug": "bounce-alamat-mahasiswa-salah-ketik",
        "date": "2027-01-05 22:14:46",
        "client": "auto_bounce",
        "from": ("Mail Delivery System", "MAILER-DAEMON@mx.polibatam.ac.id"),
        "subject": "Undelivered Mail Returned to Sender",
        "rcpt": "ferdy.anshori@students.polibatam.ac.id",
        "orig_subject": "[P4M #2027-0012] Permohonan Anda telah kami terima",
        "orig_date": "2027-01-05 22:14:40",
        "orig_mid": "<tkt-2027-0012.ack@helpdesk.polibatam.ac.id>",
        "status": "5.1.1",
        "remote_mta": "aspmx.l.google.com",
        "diag": "550-5.1.1 The email account that you tried to reach does not exist.",
        "body": """This is the mail system at host mx.polibatam.ac.id.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ferdy.anshori@students.polibatam.ac.id>: host aspmx.l.google.com[142.251.10.27]
    said: 550-5.1.1 The email account that you tried to reach does not exist.
    (in reply to RCPT TO command)
""",
        "label": {"type": "auto", "lang": "en", "fields": {},
                  "note": "Postfix bounce of our acknowledgement to a mistyped student address."},
    },
]

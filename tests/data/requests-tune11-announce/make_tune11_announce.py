#!/usr/bin/env python3
"""Generate the eleventh P4M helpdesk TUNING corpus for announcements (22 labelled request e-mails).

Written in round 6 (second half), after the kinds the opened part7 (requests-tune10) showed, in other voices and
other words than its samples: a title cue with a regional possessive ending ("judule", "judulna", "judul nya",
"tajuknya") and single or typographic quotes; a reply correcting one detail of an earlier ticket whose request is
quoted as a header block ("-----Original Message-----", "-----Pesan Asli-----", "-------- Original message --------")
instead of "> " lines; the helpdesk's questions quoted with the answers written below each ("> Judul pengumuman?"
then the title); a new message (no reply) that sets the announcement off as a quote ("> " lines, an HTML blockquote). Near-misses that must not be read: an answer that gives no title ("belum ada"), a question label
whose answer leaves the title to the helpdesk, a correction of the title only under a request that named no clock
time, a quoted course name before a quoted title.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py; every body
here was written by hand, and the batch was scored before any rule was changed for it.
Run:  python3 make_tune11_announce.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"announcement": 21, "elearning_support": 1}
M = E.M
A = "announcement"
DESK = "Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>"

# ---------------------------------------------------------------- title cues with regional endings, single quotes

M(
    "jawa-judule-kutip-lengkung-tunggal",
    "2026-12-01 09:10:00",
    ("Sri Handayani", "sri.handayani@polibatam.ac.id"),
    "nyuwun pengumuman praktikum",
    """Sugeng enjang,

Nyuwun tulung diumumke teng course Sistem Tertanam (EL3202) nggih, judule \u2018Praktikum Modul 4 Ditunda\u2019.
Isine: praktikum modul 4 ditunda seminggu amargi alat taksih didandani.

Ditayangke Kamis, 3 Desember 2026 jam 07.00 mawon.

Matur nuwun,
Sri
""",
    A,
    "id",
    fields={
        "course_code": "EL3202",
        "course_name": "Sistem Tertanam",
        "title": "Praktikum Modul 4 Ditunda",
        "scope": "course",
        "publish_at": "2026-12-03T07:00:00+07:00",
    },
)

M(
    "sunda-judulna-kutip-tunggal-besok",
    "2026-12-02 13:20:00",
    ("Asep Saepudin", "asep.saepudin@polibatam.ac.id"),
    "punten, pengumuman wisuda",
    """Punten kang/teh P4M,

Bade nyuhunkeun dipasang pengumuman di halaman depan e-learning, judulna 'Pendaftaran Wisuda Periode II Dibuka'.
Eusina: pendaftaran wisuda periode II dibuka dugi ka 31 Desember 2026 lewat SIAKAD.

Mangga ditayangkan besok jam 08.00.

Hatur nuhun,
Asep - BAAK
""",
    A,
    "id",
    fields={
        "title": "Pendaftaran Wisuda Periode II Dibuka",
        "scope": "site",
        "publish_at": "2026-12-03T08:00:00+07:00",
    },
)

M(
    "jawa-label-judule-baris-sendiri",
    "2026-12-03 10:45:00",
    ("Unit Kesehatan", "uks@polibatam.ac.id"),
    "pengumuman donor darah",
    """Sugeng siang,

Nyuwun dipun pasang wonten ing pengumuman situs:

Judule: Donor Darah Bersama PMI Kota Batam
Isine: Donor darah dipunwontenaken Jumat, 11 Desember 2026 ing Aula. Sedaya civitas saged nderek.

Matur nuwun.
""",
    A,
    "id",
    fields={"title": "Donor Darah Bersama PMI Kota Batam", "scope": "site"},
)

M(
    "komting-judul-nya-terpisah",
    "2026-12-03 19:02:00",
    ("Rizky Ananda", "rizky.ananda@students.polibatam.ac.id"),
    "umumin kuis susulan",
    """min tolong umumin di course MA2103 Statistika ya, judul nya 'Kuis Susulan Hari Sabtu'
isinya kuis susulan buat yg kemarin sakit, sabtu jam 9 di ruang 305. makasih min
""",
    A,
    "id",
    fields={
        "course_code": "MA2103",
        "course_name": "Statistika",
        "title": "Kuis Susulan Hari Sabtu",
        "scope": "course",
    },
)

M(
    "english-titled-typographic-single-quotes",
    "2026-12-04 10:00:00",
    ("Dr. Helen Wirawan", "helen.wirawan@polibatam.ac.id"),
    "Announcement for DSP",
    """Dear P4M team,

Please post an announcement titled \u2018Lab Report Template Updated\u2019 on my Digital Signal Processing (EL3105)
course page tomorrow at 9 am. The new template is in the Week 12 folder; reports in the old template are still
accepted until Friday.

Best regards,
Helen
""",
    A,
    "en",
    fields={
        "course_code": "EL3105",
        "course_name": "Digital Signal Processing",
        "title": "Lab Report Template Updated",
        "scope": "course",
        "publish_at": "2026-12-05T09:00:00+07:00",
    },
)

M(
    "malay-tajuknya-kutip-tunggal",
    "2026-12-15 08:40:00",
    ("Nurul Izzah", "nurul.izzah@polibatam.ac.id"),
    "Pengumuman untuk kelas Akuntansi Biaya",
    """Assalamualaikum,

Mohon bantu siarkan pengumuman di course Akuntansi Biaya (AK2201), tajuknya 'Tugas Kelompok 3 Dikumpulkan Daring'.
Kandungannya: tugas kelompok 3 dikumpulkan lewat e-learning, tidak perlu cetak.

Terima kasih banyak.
Nurul
""",
    A,
    "id",
    fields={
        "course_code": "AK2201",
        "course_name": "Akuntansi Biaya",
        "title": "Tugas Kelompok 3 Dikumpulkan Daring",
        "scope": "course",
    },
)

M(
    "course-kutip-lalu-judul-kutip",
    "2026-12-16 11:15:00",
    ("Bayu Pratama", "bayu.pratama@polibatam.ac.id"),
    "pengumuman kuis",
    """Siang tim P4M,

Tolong pasang pengumuman di course 'Basis Data Lanjut' (IF3103) ya, judulnya 'Kuis 4 Dilaksanakan Online'.
Kuis dibuka Kamis jam 19.00 selama 60 menit.

Makasih,
Bayu
""",
    A,
    "id",
    fields={
        "course_code": "IF3103",
        "course_name": "Basis Data Lanjut",
        "title": "Kuis 4 Dilaksanakan Online",
        "scope": "course",
    },
)

# ---------------------------------------------------------------- replies over a header-block quote

M(
    "outlook-original-message-en-time-correction",
    "2026-12-07 10:30:00",
    ("Lisa Hartono", "lisa.hartono@polibatam.ac.id"),
    "RE: [Tiket #2026-0611] Library notice",
    """Hi team,

Small correction for this ticket: please publish it at 9:00 instead of 8:00, same day. Everything else stays
as it is.

Thanks,
Lisa

-----Original Message-----
From: Lisa Hartono <lisa.hartono@polibatam.ac.id>
Sent: Monday, 7 December 2026 09:02
To: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Subject: Library notice

Please put this on the e-learning front page:
Title: Library Closed for Stocktaking
Publish: Wednesday, 9 December 2026, 08:00 WIB
Text: The library is closed from 14 to 16 December 2026 for the yearly stocktaking.
""",
    A,
    "en",
    client="outlook",
    fields={
        "title": "Library Closed for Stocktaking",
        "scope": "site",
        "publish_at": "2026-12-09T09:00:00+07:00",
    },
    reply="<lib0611.notice@polibatam.ac.id>",
)

M(
    "pesan-asli-jam-dimajukan-kuliah-tamu",
    "2026-12-08 14:00:00",
    ("Dedi Kurniawan", "dedi.kurniawan@polibatam.ac.id"),
    "RE: [Tiket #2026-0620] Pengumuman kuliah tamu",
    """Selamat siang,

Mohon maaf, ralat untuk tiket ini: jam tayangnya dimajukan jadi pukul 06.00 WIB, tanggalnya tetap.
Judul dan isi tidak berubah.

Salam,
Dedi

-----Pesan Asli-----
Dari: Dedi Kurniawan <dedi.kurniawan@polibatam.ac.id>
Dikirim: Selasa, 8 Desember 2026 08:15
Kepada: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Perihal: Pengumuman kuliah tamu

Mohon dipasang di course Kecerdasan Buatan (IF3204):
Judul: Kuliah Tamu Machine Learning di Industri
Tayang: Kamis, 10 Desember 2026 pukul 07.00 WIB
Isi: Kuliah tamu diadakan Jumat, 11 Desember 2026 di Auditorium.
""",
    A,
    "id",
    client="zimbra",
    fields={
        "course_code": "IF3204",
        "course_name": "Kecerdasan Buatan",
        "title": "Kuliah Tamu Machine Learning di Industri",
        "scope": "course",
        "publish_at": "2026-12-10T06:00:00+07:00",
    },
    reply="<tamu0620.ai@polibatam.ac.id>",
)

M(
    "pesan-asli-ralat-judul-tanpa-jam",
    "2026-12-17 09:05:00",
    ("Bagian Akademik", "akademik@polibatam.ac.id"),
    "RE: [Tiket #2026-0671] Pengumuman seminar nasional",
    """Selamat pagi,

Maaf judulnya salah ketik, yang benar: Seminar Nasional Teknologi Terapan 2026. Yang lain tetap.

Terima kasih.

-----Pesan Asli-----
Dari: Bagian Akademik <akademik@polibatam.ac.id>
Dikirim: Rabu, 16 Desember 2026 15:40
Kepada: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Perihal: Pengumuman seminar nasional

Mohon ditayangkan di halaman depan e-learning:
Judul: Seminar Nasional Teknologi Terapa 2026
Tanggal tayang: Jumat, 18 Desember 2026
Isi: Pendaftaran pemakalah dibuka sampai 8 Januari 2027.
""",
    A,
    "id",
    client="outlook",
    fields={"title": "Seminar Nasional Teknologi Terapan 2026", "scope": "site"},
    reply="<semnas0671.akad@polibatam.ac.id>",
)

M(
    "outlook-from-sent-tanggal-baru-dari-teks",
    "2026-12-18 08:20:00",
    ("Wahyu Saputra", "wahyu.saputra@polibatam.ac.id"),
    "RE: [Tiket #2026-0680] Pengumuman libur semester",
    """Pagi,

Untuk tiket ini tayangnya diundur jadi Senin, 21 Desember 2026 pukul 08.00 WIB ya. Isinya tetap.

Wahyu

From: Wahyu Saputra <wahyu.saputra@polibatam.ac.id>
Sent: Thursday, December 17, 2026 4:10 PM
To: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Subject: Pengumuman libur semester

Mohon dipasang untuk seluruh mahasiswa:
Judul: Libur Semester Ganjil 2026/2027
Tayang: Sabtu, 19 Desember 2026 pukul 07.00 WIB
Isi: Libur semester ganjil mulai 28 Desember 2026 sampai 8 Januari 2027.
""",
    A,
    "id",
    client="outlook",
    fields={
        "title": "Libur Semester Ganjil 2026/2027",
        "scope": "site",
        "publish_at": "2026-12-21T08:00:00+07:00",
    },
    reply="<libur0680.akad@polibatam.ac.id>",
)

# ---------------------------------------------------------------- answers written under the quoted questions

M(
    "android-original-message-answers-between-en",
    "2026-12-09 11:00:00",
    ("Kevin Tanoto", "kevin.tanoto@polibatam.ac.id"),
    "Re: [Tiket #2026-0633] Announcement request",
    """Here you go:

-------- Original message --------
From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Date: 09/12/2026 09:30 (GMT+07:00)
To: Kevin Tanoto <kevin.tanoto@polibatam.ac.id>
Subject: [Tiket #2026-0633] Announcement request

> Which course?

Algorithms and Data Structures (IF2102)

> Title of the announcement?

Midterm Review Session

> Publish time?

tomorrow 7 am please

> Text?

The review session is on Friday in room B201. Bring your questions.

Sent from my Android phone
""",
    A,
    "en",
    client="android",
    fields={
        "course_code": "IF2102",
        "course_name": "Algorithms and Data Structures",
        "title": "Midterm Review Session",
        "scope": "course",
        "publish_at": "2026-12-10T07:00:00+07:00",
    },
    reply="<q0633.desk@polibatam.ac.id>",
)

M(
    "pesan-asli-jawaban-di-antara-kapan-ditayangkan",
    "2026-12-10 15:00:00",
    ("Bagian Umum", "umum@polibatam.ac.id"),
    "Re: [Tiket #2026-0640] Pengumuman",
    """Ini pak jawabannya

-------- Pesan asli --------
Dari: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Tanggal: 10/12/26 13.05 (GMT+07:00)
Ke: Bagian Umum <umum@polibatam.ac.id>
Subjek: [Tiket #2026-0640] Pengumuman

> Judul pengumuman?

Pemadaman Listrik Gedung Utama

> Kapan ditayangkan?

senin 14 desember jam 7 pagi

> Untuk siapa?

seluruh mahasiswa dan dosen

> Isi?

Listrik gedung utama padam pukul 08.00-12.00 karena perawatan gardu.
""",
    A,
    "id",
    client="android",
    fields={
        "title": "Pemadaman Listrik Gedung Utama",
        "scope": "site",
        "publish_at": "2026-12-14T07:00:00+07:00",
    },
    reply="<q0640.desk@polibatam.ac.id>",
)

M(
    "gmail-pada-menulis-jawaban-di-bawah-pertanyaan",
    "2026-12-11 13:00:00",
    ("Siti Rahmawati", "siti.rahmawati@polibatam.ac.id"),
    "Re: [Tiket #2026-0652] Pengumuman KRS",
    """Pada Jum, 11 Des 2026 pukul 10.12 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:

> Judul?

Batas Akhir Pengisian KRS Diperpanjang

> Tayang kapan?

hari ini jam 4 sore

> Isi pengumuman?

Pengisian KRS semester genap diperpanjang sampai 18 Desember 2026.

Siti - BAAK
""",
    A,
    "id",
    client="plain",
    fields={
        "title": "Batas Akhir Pengisian KRS Diperpanjang",
        "scope": "site",
        "publish_at": "2026-12-11T16:00:00+07:00",
    },
    reply="<q0652.desk@polibatam.ac.id>",
)

M(
    "jawaban-di-antara-judul-belum-ada",
    "2026-12-14 10:10:00",
    ("Andi Wijaya", "andi.wijaya@polibatam.ac.id"),
    "Re: [Tiket #2026-0660] Pengumuman Fisika Dasar",
    """Pada Sen, 14 Des 2026 pukul 09.00 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:

> Course tujuan?

Fisika Dasar (FI1101)

> Judul pengumuman?

belum ada, nanti saya kabari

> Waktu tayang?

terserah

Andi
""",
    A,
    "id",
    client="plain",
    fields={"course_code": "FI1101", "course_name": "Fisika Dasar", "scope": "course"},
    reply="<q0660.desk@polibatam.ac.id>",
)

M(
    "label-tanya-judul-terserah-helpdesk",
    "2026-12-15 14:30:00",
    ("Yusuf Maulana", "yusuf.maulana@polibatam.ac.id"),
    "minta tolong umumkan praktikum",
    """Siang min,

Tolong umumkan di course Rangkaian Listrik (EL1204) bahwa praktikum minggu depan pindah ke Lab 3.

Judul?
terserah tim P4M saja, yang penting singkat.

Makasih
""",
    A,
    "id",
    fields={"course_code": "EL1204", "course_name": "Rangkaian Listrik", "scope": "course"},
)

M(
    "english-with-the-title-curly-site",
    "2026-12-10 16:20:00",
    ("IT Services", "it@polibatam.ac.id"),
    "Maintenance notice",
    """Hello Helpdesk,

Could you publish a site notice with the title \u2018Campus Wi-Fi Maintenance\u2019 on Saturday, 12 December 2026
at 06:00? The Wi-Fi will be down from 07:00 to 10:00 that day.

Regards,
IT Services
""",
    A,
    "en",
    fields={"title": "Campus Wi-Fi Maintenance", "scope": "site", "publish_at": "2026-12-12T06:00:00+07:00"},
)

M(
    "answers-between-course-label-all-classes-en",
    "2026-12-18 16:45:00",
    ("Grace Simanjuntak", "grace.simanjuntak@polibatam.ac.id"),
    "Re: [Tiket #2026-0690] Announcement",
    """On Fri, 18 Dec 2026 at 14:02, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:

> Course?

Engineering Mathematics, all classes

> Announcement title?

Final Exam Room Allocation

> Publication time?

Monday 21 December 2026, 7.30 am

Grace
""",
    A,
    "en",
    client="plain",
    fields={
        "course_name": "Engineering Mathematics",
        "title": "Final Exam Room Allocation",
        "scope": "course",
        "publish_at": "2026-12-21T07:30:00+07:00",
    },
    reply="<q0690.desk@polibatam.ac.id>",
)

M(
    "jawaban-di-antara-untuk-semua-mahasiswa",
    "2026-12-21 09:30:00",
    ("Bagian Kemahasiswaan", "kemahasiswaan@polibatam.ac.id"),
    "Re: [Tiket #2026-0702] Pengumuman beasiswa",
    """Pada Sen, 21 Des 2026 pukul 08.40 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:

> Ditujukan untuk?

semua mahasiswa aktif

> Judul pengumuman?

Beasiswa Prestasi Semester Genap Dibuka

Terima kasih
""",
    A,
    "id",
    client="plain",
    fields={"title": "Beasiswa Prestasi Semester Genap Dibuka", "scope": "site"},
    reply="<q0702.desk@polibatam.ac.id>",
)

# ---------------------------------------------------------------- a new message quoting the text it asks to publish

M(
    "plain-surat-baru-pengumuman-dikutip",
    "2026-12-21 11:05:00",
    ("Ir. Hendra Gunawan, M.T.", "hendra.gunawan@polibatam.ac.id"),
    "Mohon dipasang pengumuman asistensi",
    """Selamat siang,

Mohon dipasang pengumuman berikut di course Mekanika Teknik (TM2105):

> Asistensi Tugas Besar Dipindah
> Asistensi tugas besar minggu ini dipindah ke Rabu, 23 Desember 2026 pukul 10.00 di Lab
> Struktur. Mahasiswa membawa draf gambar kerja.

Terima kasih,
Hendra
""",
    A,
    "id",
    client="thunderbird",
    fields={
        "course_code": "TM2105",
        "course_name": "Mekanika Teknik",
        "title": "Asistensi Tugas Besar Dipindah",
        "scope": "course",
    },
)

M(
    "html-blockquote-tanpa-cite-front-page",
    "2026-12-22 09:15:00",
    ("Alumni Office", "alumni@polibatam.ac.id"),
    "Notice for the front page",
    "",
    A,
    "en",
    client="outlook",
    html_body=(
        "<p>Dear helpdesk,</p>"
        "<p>Kindly publish the notice below on the e-learning front page.</p>"
        "<blockquote><b>Graduation Photo Session</b><br>"
        "Graduating students can take their official photo on 6 January 2027 in the Main Hall, "
        "from 09:00 to 15:00. Please wear the academic gown.</blockquote>"
        "<p>Best regards,<br>Alumni Office</p>"
    ),
    fields={"title": "Graduation Photo Session", "scope": "site"},
)

M(
    "keluhan-mahasiswa-dikutip-bukan-pengumuman",
    "2026-12-22 13:40:00",
    ("Rudi Hartanto", "rudi.hartanto@polibatam.ac.id"),
    "akun mahasiswa tidak bisa login",
    """Siang,

Saya dapat keluhan dari mahasiswa bimbingan saya:

> Pak, saya tidak bisa login ke e-learning sejak kemarin, selalu muncul invalid login
> padahal password sudah benar.

Mohon dibantu dicek akunnya, NIM 4311901012. Terima kasih.

Rudi
""",
    "elearning_support",
    "id",
    client="thunderbird",
)


if __name__ == "__main__":
    sys.exit(E.main())

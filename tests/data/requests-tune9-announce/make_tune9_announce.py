#!/usr/bin/env python3
"""Generate the ninth P4M helpdesk TUNING corpus for announcements (40 labelled request e-mails).

Written in round 6, after the kinds the opened part3 (requests-tune8) showed, in other voices and other
words than its samples: guest lecturers in WITA/WIT, an international office, a student union, a
programme secretary, lab staff and phone mail. Aimed at the publish time (day-first numeric dates with
two-digit years, ordinal English dates, parts of the day said in words, relative days and weeks, times
written before their dates, the publish time beside the event's time and a deadline in one mail, a
publish time said after the text without asking words), the scope (site words narrowed to a course or
ruled out) and the title (quoted and wrapped by the mail client, bold, after labels, only in the
subject), with near-misses that must not be read: a date without a time, a bound ("sebelum jam 7"),
only an event's or a deadline's time, a quoted course name, no title at all.

The message engine is the first tuning corpus's generator, imported from
../requests-tune/make_tune.py; every body here was written by hand, and the batch was
scored before any rule was changed for it (the first 35, then the last 5, written after the first
rules of round 6 to look for kinds those rules did not yet read).
Run:  python3 make_tune9_announce.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"announcement": 40}
M = E.M
W = E.wrap
A = "announcement"

# ---------------------------------------------------------------- zones: WITA and WIT

M(
    "dosen-tamu-wita-jam-sebelum-tanggal-bold",
    "2027-02-01 10:05:00",
    ("Andi Makkasau, S.T., M.T.", "andi.makkasau@unhas-mitra.ac.id"),
    "Titip pengumuman kuliah tamu",
    """Selamat pagi tim P4M,

Saya dosen tamu dari Makassar untuk mata kuliah Teknik Perkapalan (TP2101). Mohon pengumuman berikut dipasang di halaman course tersebut, tayang pukul 09.00 WITA tanggal 4 Februari 2027 (saya masih di Makassar).

**Kuliah Tamu: Keselamatan Kapal Penumpang**

Kuliah tamu diadakan Jumat, 5 Februari 2027 pukul 13.00 WIB di Auditorium Gedung Utama. Mahasiswa wajib hadir dan membawa laptop.

Terima kasih,
Andi Makkasau
""",
    A,
    "id",
    fields={
        "course_code": "TP2101",
        "course_name": "Teknik Perkapalan",
        "title": "Kuliah Tamu: Keselamatan Kapal Penumpang",
        "scope": "course",
        "publish_at": "2027-02-04T08:00:00+07:00",
    },
)

M(
    "jayapura-wit-headline-dash-two-digit-year",
    "2027-02-03 13:40:00",
    ("Maria Kambu", "maria.kambu@uncen-partner.ac.id"),
    "Student Research Week notice",
    """Dear Helpdesk team,

On behalf of the partner programme in Jayapura, we would like a notice for all students on the front page of the e-learning site.

Headline - Call for Papers: Student Research Week

Students are invited to submit a two-page abstract on any applied research topic. Selected papers will be presented during Student Research Week in March.

Please publish it at 10:00 WIT on 08/02/27.

Kind regards,
Maria Kambu
International Partnerships
""",
    A,
    "en",
    fields={
        "title": "Call for Papers: Student Research Week",
        "scope": "site",
        "publish_at": "2027-02-08T08:00:00+07:00",
    },
)

M(
    "wita-jam-pagi-sebelum-tanggal-kutip-terbungkus",
    "2027-03-04 11:20:00",
    ("Yohanes Lamabelawa, M.Eng.", "yohanes.l@polibatam.ac.id"),
    "pengumuman kelompok proyek Mekatronika",
    W("""Siang P4M,

Saya sedang di Kupang minggu ini. Mohon dipasang pengumuman di kelas saya Mekatronika (MK3205) dengan judul "Pembagian Kelompok Proyek Robot Line Follower Semester Genap", isinya daftar kelompok sudah bisa dilihat di folder Proyek dan setiap kelompok wajib mengisi nama ketua.

Bisa ditayangkan jam 8 pagi WITA hari Senin, 8 Maret 2027?

Terima kasih,
Yohanes
"""),
    A,
    "id",
    client="thunderbird",
    fields={
        "course_code": "MK3205",
        "course_name": "Mekatronika",
        "title": "Pembagian Kelompok Proyek Robot Line Follower Semester Genap",
        "scope": "course",
        "publish_at": "2027-03-08T07:00:00+07:00",
    },
)

M(
    "wit-english-noon-front-page",
    "2027-03-26 09:15:00",
    ("Dr. Peter Wanma", "peter.wanma@uncen-partner.ac.id"),
    "Exchange briefing announcement",
    """Hello,

Could you please announce the following for all students?

Title: Outbound Exchange Briefing 2027/2028

Students interested in a semester abroad are invited to a briefing with the partner universities. Registration links will be shared at the briefing.

Please have it appear at noon WIT on 2 April 2027.

Thank you,
Peter Wanma
""",
    A,
    "en",
    fields={
        "title": "Outbound Exchange Briefing 2027/2028",
        "scope": "site",
        "publish_at": "2027-04-02T10:00:00+07:00",
    },
)

M(
    "wita-sore-selasa-minggu-depan-semua-mahasiswa",
    "2027-04-23 16:30:00",
    ("Hj. Rahmawati Said", "rahmawati.said@polibatam.ac.id"),
    "Mohon diumumkan - Beasiswa Daerah Sulawesi",
    """Assalamualaikum tim P4M,

Mohon diumumkan untuk semua mahasiswa di beranda e-learning: pendaftaran beasiswa daerah Sulawesi dibuka sampai akhir Mei. Berkas dikirim ke bagian kemahasiswaan.

Ditayangkan minggu depan hari Selasa jam 4 sore WITA ya, saya yang akan menjawab pertanyaan mahasiswa setelah itu.

Wassalam,
Rahmawati
""",
    A,
    "id",
    fields={"title": "Beasiswa Daerah Sulawesi", "scope": "site", "publish_at": "2027-04-27T15:00:00+07:00"},
)

# ---------------------------------------------------------------- ordinal English dates, parts of the day

M(
    "intl-office-ordinal-of-month-in-the-evening",
    "2027-02-10 14:00:00",
    ("International Office", "io@polibatam.ac.id"),
    "Erasmus+ session",
    """Dear colleagues at P4M,

We would like the notice titled "Erasmus+ Info Session" to go up on the 15th of February at 7 in the evening, on the e-learning front page for everyone.

The session itself is on February 18th at 2 pm in Room B201; alumni of the programme will share their experience.

Best regards,
Laura Hendriks
International Office
""",
    A,
    "en",
    fields={"title": "Erasmus+ Info Session", "scope": "site", "publish_at": "2027-02-15T19:00:00+07:00"},
)

M(
    "english-lecturer-month-first-ordinal-due",
    "2027-02-25 20:10:00",
    ("Catherine Lowe", "c.lowe@polibatam.ac.id"),
    "Reminder for Academic Writing",
    """Hi,

Please post this on my course page (EN1203 Academic Writing) on March 1st, 6:30 am.

Title: Essay Draft Deadline Reminder

Your first essay draft is due March 5th at 11:59 pm. Upload it as a PDF and include your word count on the first page.

Thanks,
Catherine
""",
    A,
    "en",
    fields={
        "course_code": "EN1203",
        "course_name": "Academic Writing",
        "title": "Essay Draft Deadline Reminder",
        "scope": "course",
        "publish_at": "2027-03-01T06:30:00+07:00",
    },
)

M(
    "ordinal-day-month-year-9am-subject-title",
    "2027-05-03 08:45:00",
    ("Career Development Centre", "cdc@polibatam.ac.id"),
    "Career Fair 2027 - please announce",
    """Good morning,

The Career Development Centre would like this shared with all students. Please make it visible on 7th May 2027 at 9am.

More than forty companies will open booths in the main hall on 12 May. Bring printed CVs and dress formally.

Regards,
CDC Team
""",
    A,
    "en",
    fields={"title": "Career Fair 2027", "scope": "site", "publish_at": "2027-05-07T09:00:00+07:00"},
)

M(
    "tonight-at-8-bold-everyone",
    "2027-04-19 17:05:00",
    ("Student Union (BEM)", "bem@students.polibatam.ac.id"),
    "notice for tonight",
    """hi P4M team,

could you put this on the dashboard for everyone tonight at 8? thank you!!

*Blood Donation Drive on Campus*

PMI will be at the student centre from 09.00 to 14.00 on Thursday. Eat breakfast before donating and bring your student card.

BEM Polibatam
""",
    A,
    "en",
    client="iphone",
    fields={"title": "Blood Donation Drive on Campus", "scope": "site", "publish_at": "2027-04-19T20:00:00+07:00"},
)

M(
    "time-before-tomorrow-morning-named",
    "2027-04-05 15:00:00",
    ("Library", "library@polibatam.ac.id"),
    "Library closure",
    """Dear Helpdesk,

Please publish a site notice named "Library Closed for Stocktaking" at 7:30 tomorrow morning, so everyone sees it before coming to campus.

The library will be closed from Wednesday to Friday this week for the yearly stocktaking. Loans due in those days are extended automatically.

Kind regards,
Library Services
""",
    A,
    "en",
    fields={"title": "Library Closed for Stocktaking", "scope": "site", "publish_at": "2027-04-06T07:30:00+07:00"},
)

# ---------------------------------------------------------------- day-first numbers, two-digit years

M(
    "bem-phone-dmy-titik-dua-digit-subjek-saja",
    "2027-02-08 21:30:00",
    ("Putri Ayu", "putri.ayu@students.polibatam.ac.id"),
    "Pengumuman: Pendaftaran Panitia Dies Natalis",
    """min tlg umumin di halaman depan elearning ya, tgl 10.02.27 jam 7 pagi. isinya pendaftaran panitia dies natalis dibuka sampe tgl 20, form nya di link bio ig BEM. makasih min
""",
    A,
    "id",
    client="iphone",
    fields={"title": "Pendaftaran Panitia Dies Natalis", "scope": "site", "publish_at": "2027-02-10T07:00:00+07:00"},
)

M(
    "dua-digit-tahun-strip-jam-1-siang",
    "2027-03-31 10:00:00",
    ("BAAK", "baak@polibatam.ac.id"),
    "Permohonan pengumuman her-registrasi",
    """Yth. Tim P4M,

Judul pengumuman: Jadwal Her-registrasi Semester Ganjil
Isi pengumuman: Her-registrasi dilaksanakan secara daring melalui SIAKAD. Mahasiswa yang belum melunasi UKT tidak dapat mengisi KRS.

Mohon ditayangkan bagi seluruh mahasiswa aktif, tayang 05-04-27 jam 1 siang.

Hormat kami,
BAAK
""",
    A,
    "id",
    client="outlook",
    fields={
        "title": "Jadwal Her-registrasi Semester Ganjil",
        "scope": "site",
        "publish_at": "2027-04-05T13:00:00+07:00",
    },
)

M(
    "day-first-two-digit-year-headline",
    "2027-04-28 13:00:00",
    ("Ir. Bambang Sutejo", "bambang.sutejo@polibatam.ac.id"),
    "pengumuman kelas Termodinamika",
    """Selamat siang,

Mohon dibantu pasang pengumuman di course Termodinamika Teknik (MS2207), tayang tgl 3/5/27 pkl 08.00.

Headline: Kuis 3 Dibatalkan

Kuis 3 minggu depan dibatalkan; nilainya diganti tugas rumah yang sudah saya unggah.

Salam,
Bambang Sutejo
""",
    A,
    "id",
    fields={
        "course_code": "MS2207",
        "course_name": "Termodinamika Teknik",
        "title": "Kuis 3 Dibatalkan",
        "scope": "course",
        "publish_at": "2027-05-03T08:00:00+07:00",
    },
)

M(
    "senin-tanggal-garis-miring-pkl-titik-bukan-halaman-depan",
    "2027-03-24 09:30:00",
    ("Dewi Lestari, S.T., M.Sc.", "dewi.lestari@polibatam.ac.id"),
    "pengumuman Sistem Digital",
    """Pagi P4M,

Tolong pasang pengumuman ini, jangan di halaman depan ya, cukup di course Sistem Digital (EL2103) saja:

Judul: Praktikum Gerbang Logika Pindah Lab

Praktikum minggu depan pindah ke Lab Elektronika 2 karena Lab 1 sedang direnovasi.

Jadwal tayang Senin, 29/03/2027 pkl. 06.00.

Terima kasih
Dewi
""",
    A,
    "id",
    fields={
        "course_code": "EL2103",
        "course_name": "Sistem Digital",
        "title": "Praktikum Gerbang Logika Pindah Lab",
        "scope": "course",
        "publish_at": "2027-03-29T06:00:00+07:00",
    },
)

M(
    "on-d-m-english-quoted-course-name",
    "2027-04-16 11:00:00",
    ("Rina Wulandari, M.M.", "rina.w@polibatam.ac.id"),
    "Guest talk",
    """Hello P4M,

I teach MI3102 "Manajemen Proyek TI" this semester. Please add an announcement to that course on 21/4 at 8 am.

Title: Guest Talk on Agile Delivery

A scrum master from a Batam software house will talk about sprint planning in Thursday's session. Attendance counts as one meeting.

Thanks,
Rina
""",
    A,
    "mixed",
    fields={
        "course_code": "MI3102",
        "course_name": "Manajemen Proyek TI",
        "title": "Guest Talk on Agile Delivery",
        "scope": "course",
        "publish_at": "2027-04-21T08:00:00+07:00",
    },
)

# ---------------------------------------------------------------- relative days and weeks, times before dates

M(
    "sekretaris-kaprodi-lusa-sore-pukul-4",
    "2027-02-09 14:00:00",
    ("Sekretariat Prodi TI", "sekprodi.ti@polibatam.ac.id"),
    "Kuesioner evaluasi dosen",
    """Yth. Tim P4M,

Atas arahan Ibu Kaprodi, mohon pengumuman di bawah ini ditayangkan lusa sore pukul 4 untuk seluruh mahasiswa Prodi Teknik Informatika.

Judul : Pengisian Kuesioner Evaluasi Dosen
Isi : Mahasiswa wajib mengisi kuesioner evaluasi dosen paling lambat 19 Februari 2027 melalui SIAKAD sebagai syarat melihat nilai.

Hormat kami,
Sekretariat Prodi TI
""",
    A,
    "id",
    client="outlook",
    fields={"title": "Pengisian Kuesioner Evaluasi Dosen", "scope": "site", "publish_at": "2027-02-11T16:00:00+07:00"},
)

M(
    "next-week-wednesday-called-kimia",
    "2027-02-11 19:20:00",
    ("Hendra Gunawan", "hendra.gunawan@polibatam.ac.id"),
    "lab induction",
    """hi, pls put up an announcement called "Lab Safety Induction" on my course Kimia Dasar (KM1101), next week Wednesday at 8 am. all first-years must attend before their first practical. thx
""",
    A,
    "mixed",
    client="iphone",
    fields={
        "course_code": "KM1101",
        "course_name": "Kimia Dasar",
        "title": "Lab Safety Induction",
        "scope": "course",
        "publish_at": "2027-02-17T08:00:00+07:00",
    },
)

M(
    "pukul-pagi-sebelum-kamis-minggu-depan-kutip-tunggal",
    "2027-02-16 10:10:00",
    ("Laboran Fisika", "lab.fisika@polibatam.ac.id"),
    "Perubahan jadwal praktikum",
    """Selamat pagi,

Mohon bantuan untuk memasang pengumuman dengan judul 'Perubahan Jadwal Praktikum Fisika Dasar' di kelas Fisika Dasar (FS1101), pukul 06.00 pagi, hari Kamis minggu depan.

Praktikum modul 3 pindah ke hari Sabtu, 27 Februari 2027 pukul 08.00 di Lab Fisika. Mahasiswa membawa jas lab.

Terima kasih,
Laboran Fisika
""",
    A,
    "id",
    fields={
        "course_code": "FS1101",
        "course_name": "Fisika Dasar",
        "title": "Perubahan Jadwal Praktikum Fisika Dasar",
        "scope": "course",
        "publish_at": "2027-02-25T06:00:00+07:00",
    },
)

M(
    "besok-malam-setengah-berjudul-diperpanjang",
    "2027-03-03 13:25:00",
    ("Teguh Santoso, M.Kom.", "teguh.santoso@polibatam.ac.id"),
    "pengumuman kerja praktik",
    """Siang P4M,

Mohon tayangkan besok malam jam setengah 9 di kelas Kerja Praktik (TI3301) pengumuman berjudul Pengumpulan Laporan Magang Diperpanjang, isinya: batas pengumpulan laporan diperpanjang sampai 12 Maret 2027 pukul 23.59.

Terima kasih,
Teguh
""",
    A,
    "id",
    fields={
        "course_code": "TI3301",
        "course_name": "Kerja Praktik",
        "title": "Pengumpulan Laporan Magang Diperpanjang",
        "scope": "course",
        "publish_at": "2027-03-04T20:30:00+07:00",
    },
)

M(
    "this-friday-topic-label-my-class-only",
    "2027-03-16 15:45:00",
    ("Jonathan Reyes", "j.reyes@polibatam.ac.id"),
    "Peer review week",
    """Dear P4M,

Please post the following this Friday at 9 a.m., only for the students of my Technical English II class (EN2101).

Topic: Peer Review Week

Next week each of you will review two essays from your classmates. The review rubric is on the course page.

Best wishes,
Jonathan Reyes
""",
    A,
    "en",
    fields={
        "course_code": "EN2101",
        "course_name": "Technical English II",
        "title": "Peer Review Week",
        "scope": "course",
        "publish_at": "2027-03-19T09:00:00+07:00",
    },
)

M(
    "rabu-depan-seluruh-mahasiswa-kelas-saja",
    "2027-03-18 12:00:00",
    ("Agus Prasetyo, M.T.", "agus.prasetyo@polibatam.ac.id"),
    "Pengumuman Basis Data",
    """Siang,

Tolong umumkan ke seluruh mahasiswa kelas Basis Data (IF2202) saja, Rabu depan jam 07.00: "Responsi Basis Data Dimajukan". Responsi dimajukan ke hari Kamis karena hari Jumat ada rapat jurusan.

Makasih,
Agus
""",
    A,
    "id",
    fields={
        "course_code": "IF2202",
        "course_name": "Basis Data",
        "title": "Responsi Basis Data Dimajukan",
        "scope": "course",
        "publish_at": "2027-03-24T07:00:00+07:00",
    },
)

M(
    "senin-pekan-depan-pukul-wib-deadline",
    "2027-04-08 10:40:00",
    ("Nurul Hidayah, M.Pd.", "nurul.hidayah@polibatam.ac.id"),
    "Pengumuman tugas Bahasa Indonesia",
    """Yth. Tim P4M,

Mohon ditayangkan Senin pekan depan pukul 07.00 WIB di course Bahasa Indonesia (UM1103):

Judul: Tugas Menulis Esai Argumentatif

Pengumpulan tugas paling lambat Jumat, 16 April 2027 pukul 23.59 melalui menu Tugas.

Terima kasih,
Nurul Hidayah
""",
    A,
    "id",
    fields={
        "course_code": "UM1103",
        "course_name": "Bahasa Indonesia",
        "title": "Tugas Menulis Esai Argumentatif",
        "scope": "course",
        "publish_at": "2027-04-12T07:00:00+07:00",
    },
)

M(
    "malam-ini-jam-9-judul-em-dash",
    "2027-04-07 18:10:00",
    ("Fikri Ramadhan", "fikri.r@polibatam.ac.id"),
    "kuis ditunda",
    """Malam P4M, tolong tayangkan malam ini jam 9 di kelas Jaringan Komputer Lanjut (TI3204).

Judul — Kuis Online Ditunda
Isi — Kuis online besok ditunda karena server sedang dipindahkan; jadwal baru menyusul.

Fikri
""",
    A,
    "id",
    client="iphone",
    fields={
        "course_code": "TI3204",
        "course_name": "Jaringan Komputer Lanjut",
        "title": "Kuis Online Ditunda",
        "scope": "course",
        "publish_at": "2027-04-07T21:00:00+07:00",
    },
)

M(
    "pukul-sebelum-pada-tanggal-berjudul",
    "2027-04-22 09:00:00",
    ("Koordinator KP", "koordinator.kp@polibatam.ac.id"),
    "Sosialisasi KP",
    """Selamat pagi,

Kami mohon pengumuman berjudul Sosialisasi Kerja Praktik Industri dipasang di course Kerja Praktik (TI3301). Pengumuman tayang pukul 07.15 pada tanggal 26 April 2027.

Sosialisasi diadakan Rabu, 28 April 2027 pukul 13.00 di Aula. Semua mahasiswa semester 6 wajib hadir.

Salam,
Koordinator KP
""",
    A,
    "id",
    fields={
        "course_code": "TI3301",
        "course_name": "Kerja Praktik",
        "title": "Sosialisasi Kerja Praktik Industri",
        "scope": "course",
        "publish_at": "2027-04-26T07:15:00+07:00",
    },
)

M(
    "hari-ini-jam-3-sore-subjek-fwd-tag",
    "2027-03-15 10:00:00",
    ("Sarpras", "sarpras@polibatam.ac.id"),
    "Fwd: [PENTING] Pengumuman - Pemadaman Listrik Gedung Utama",
    """Mohon ditayangkan di beranda e-learning hari ini jam 3 sore.

---------- Forwarded message ----------
From: PLN Batam <info@plnbatam.co.id>
Subject: Pemadaman Listrik Gedung Utama

Akan ada pemeliharaan jaringan listrik yang menyebabkan pemadaman di Gedung Utama pada Sabtu, 20 Maret 2027 pukul 08.00-12.00.
""",
    A,
    "id",
    fields={"title": "Pemadaman Listrik Gedung Utama", "scope": "site", "publish_at": "2027-03-15T15:00:00+07:00"},
)

M(
    "surat-formal-subjek-permohonan-tanpa-tahun",
    "2027-04-14 08:30:00",
    ("Pusat Pengembangan Pembelajaran", "p3@polibatam.ac.id"),
    "Permohonan Penayangan Pengumuman Pelatihan Moodle untuk Dosen Baru",
    """Yth. Kepala Unit P4M,

Dengan hormat, kami mohon bantuan penayangan pengumuman pelatihan Moodle bagi seluruh dosen baru di e-learning pada tgl. 20 April jam 10.00. Pelatihan dilaksanakan Kamis, 22 April 2027 pukul 09.00 di Lab Komputer 1.

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Hormat kami,
Pusat Pengembangan Pembelajaran
""",
    A,
    "id",
    client="outlook",
    fields={"title": "Pelatihan Moodle untuk Dosen Baru", "scope": "site", "publish_at": "2027-04-20T10:00:00+07:00"},
)

# ---------------------------------------------------------------- a publish time said after the text

M(
    "english-quoted-course-page-go-live-next-sentence",
    "2027-03-08 07:50:00",
    ("Dr. Samuel Osei", "s.osei@polibatam.ac.id"),
    "Midterm review",
    """Good morning,

Could you put the following on the EE2104 Circuit Analysis page: "Midterm Review Session Moved to Room C305". It needs to go live on Thursday, 11 March 2027 at 6 am. The review starts at 10 am the same day.

Many thanks,
Samuel Osei
""",
    A,
    "en",
    fields={
        "course_code": "EE2104",
        "course_name": "Circuit Analysis",
        "title": "Midterm Review Session Moved to Room C305",
        "scope": "course",
        "publish_at": "2027-03-11T06:00:00+07:00",
    },
)

M(
    "sebaiknya-bisa-dilihat-setelah-isi",
    "2027-03-10 15:15:00",
    ("Rudy Hartanto, M.Kom.", "rudy.hartanto@polibatam.ac.id"),
    "bimbingan skripsi",
    """Sore P4M,

Untuk course Metodologi Penelitian (TI4101):

Judul: Jadwal Bimbingan Skripsi Gelombang 2
Isi: Bimbingan gelombang 2 dimulai hari Senin di ruang dosen lantai 4. Silakan daftar slot melalui formulir di course.

Sebaiknya sudah bisa dilihat mahasiswa tgl 15/3 jam 07.30.

Rudy
""",
    A,
    "id",
    fields={
        "course_code": "TI4101",
        "course_name": "Metodologi Penelitian",
        "title": "Jadwal Bimbingan Skripsi Gelombang 2",
        "scope": "course",
        "publish_at": "2027-03-15T07:30:00+07:00",
    },
)

M(
    "visible-to-students-from-time-before-date",
    "2027-03-12 16:00:00",
    ("Aisha Rahman", "aisha.rahman@polibatam.ac.id"),
    "Announcement for Operations Research",
    """Hello,

Heading: Group Assignment 2 Released
Text: The second group assignment is now available under Week 6. Each group submits one report.

This should be visible to students of OR3102 Operations Research from 7:00 on 16/03/2027.

Thank you,
Aisha
""",
    A,
    "en",
    fields={
        "course_code": "OR3102",
        "course_name": "Operations Research",
        "title": "Group Assignment 2 Released",
        "scope": "course",
        "publish_at": "2027-03-16T07:00:00+07:00",
    },
)

# ---------------------------------------------------------------- near-misses: no publish time, no title

M(
    "hanya-waktu-ujian-segera-tanpa-jam-tayang",
    "2027-02-24 13:00:00",
    ("Yuliana Sari, M.Si.", "yuliana.sari@polibatam.ac.id"),
    "ujian susulan statistika",
    """Siang tim P4M,

Mohon diumumkan segera di kelas Statistika (MA2104).

Judul: Ujian Susulan UTS Statistika
Isi: Ujian susulan UTS dilaksanakan Senin, 1 Maret 2027 pukul 10.00 di ruang 402. Bawa kalkulator sendiri.

Terima kasih
Yuliana
""",
    A,
    "id",
    fields={
        "course_code": "MA2104",
        "course_name": "Statistika",
        "title": "Ujian Susulan UTS Statistika",
        "scope": "course",
    },
)

M(
    "tanggal-saja-jam-bebas-subjek-kurung-siku",
    "2027-02-26 09:00:00",
    ("Humas", "humas@polibatam.ac.id"),
    "[Pengumuman] Libur Hari Raya Nyepi",
    """Yth. P4M,

Tolong ditayangkan untuk semua civitas akademika tanggal 3 Maret 2027 (jamnya bebas). Kampus libur pada Hari Raya Nyepi dan kegiatan perkuliahan diganti secara daring.

Salam,
Humas
""",
    A,
    "id",
    fields={"title": "Libur Hari Raya Nyepi", "scope": "site"},
)

M(
    "sebelum-jam-7-besok-bukan-waktu-tepat",
    "2027-03-01 20:00:00",
    ("UPT TIK", "upt.tik@polibatam.ac.id"),
    "Perbaikan jaringan",
    """Malam P4M,

Judul: Perbaikan Jaringan WiFi Kampus
Isi: Jaringan WiFi kampus akan mati sementara pada Rabu pukul 12.00-14.00 karena penggantian perangkat.

Tolong tayang untuk seluruh pengguna sebelum jam 7 pagi besok.

UPT TIK
""",
    A,
    "id",
    fields={"title": "Perbaikan Jaringan WiFi Kampus", "scope": "site"},
)

M(
    "deadline-only-asap-quoted-title-label",
    "2027-04-26 10:30:00",
    ("Marco Bianchi", "m.bianchi@polibatam.ac.id"),
    "Final project portal",
    """Hi team,

Please post asap in my Software Engineering course (SE3201).

Title: "Final Project Submission Portal"

The submission portal is open now. Submissions close on April 30th at 5 pm; late work is not accepted.

Cheers,
Marco
""",
    A,
    "en",
    fields={
        "course_code": "SE3201",
        "course_name": "Software Engineering",
        "title": "Final Project Submission Portal",
        "scope": "course",
    },
)

M(
    "komting-tanpa-judul-besok-jam-6-diundur",
    "2027-04-20 21:00:00",
    ("Bayu Saputra", "bayu.saputra@students.polibatam.ac.id"),
    "kuis pbo",
    """min tolong umumin ke kelas Pemrograman Berorientasi Objek (IF2105) besok jam 6 pagi kalau kuis hari kamis diundur ke minggu depan ya. dari pak dosen. makasih min
""",
    A,
    "id",
    client="iphone",
    fields={
        "course_code": "IF2105",
        "course_name": "Pemrograman Berorientasi Objek",
        "scope": "course",
        "publish_at": "2027-04-21T06:00:00+07:00",
    },
)

M(
    "scholarship-tomorrow-7am-form-closes-friday",
    "2027-03-02 16:00:00",
    ("Student Affairs", "kemahasiswaan@polibatam.ac.id"),
    "Scholarship announcement",
    """Dear Helpdesk,

Please publish this for all students tomorrow at 7 am; the form closes Friday at 5 pm.

*Scholarship Application Form Open*

Applications for the 2027 merit scholarship are open. Attach your transcript and one recommendation letter.

Regards,
Student Affairs
""",
    A,
    "en",
    fields={"title": "Scholarship Application Form Open", "scope": "site", "publish_at": "2027-03-03T07:00:00+07:00"},
)

# ---------------------------------------------------------------- second batch: written after the first rules

M(
    "deadline-dulu-baru-waktu-tayang-satu-kalimat",
    "2027-05-04 14:20:00",
    ("Lina Marlina, M.T.", "lina.marlina@polibatam.ac.id"),
    "tugas besar Rekayasa Perangkat Lunak",
    """Siang P4M,

Batas pengumpulan tugas besar tanggal 14 Mei 2027 pukul 23.59, jadi tolong umumkan di kelas Rekayasa Perangkat Lunak (IF3103) besok jam 8 pagi dengan judul "Pengumpulan Tugas Besar RPL".

Isinya: tugas besar dikumpulkan dalam satu berkas ZIP melalui menu Tugas di e-learning.

Terima kasih,
Lina
""",
    A,
    "id",
    fields={
        "course_code": "IF3103",
        "course_name": "Rekayasa Perangkat Lunak",
        "title": "Pengumpulan Tugas Besar RPL",
        "scope": "course",
        "publish_at": "2027-05-05T08:00:00+07:00",
    },
)

M(
    "event-first-then-publish-english-one-sentence",
    "2027-05-06 09:40:00",
    ("Dr. Ahmed Karim", "a.karim@polibatam.ac.id"),
    "Workshop notice",
    """Dear P4M team,

The workshop runs on Saturday, 15 May 2027 at 9 am, so could you publish the notice below on the front page on Monday, 10 May 2027 at 7 am?

**Research Writing Workshop for Final-Year Students**

Final-year students can register through the link on the research centre page. Seats are limited to sixty.

Regards,
Ahmed Karim
""",
    A,
    "en",
    fields={
        "title": "Research Writing Workshop for Final-Year Students",
        "scope": "site",
        "publish_at": "2027-05-10T07:00:00+07:00",
    },
)

M(
    "halaman-depan-diminta-setelah-teks-kode-di-isi",
    "2027-05-11 15:00:00",
    ("Bagian Akademik", "akademik@polibatam.ac.id"),
    "Perkuliahan ditiadakan",
    """Yth. Tim P4M,

Judul: Perkuliahan Ditiadakan pada Hari Kenaikan
Isi: Seluruh perkuliahan, termasuk praktikum IF2201 dan EL2202 yang semula dijadwalkan pada hari tersebut, ditiadakan dan diganti minggu berikutnya.

Mohon dipasang di halaman depan e-learning pada tanggal 12-05-2027 pukul 06.00 WIB.

Hormat kami,
Bagian Akademik
""",
    A,
    "id",
    client="outlook",
    fields={
        "title": "Perkuliahan Ditiadakan pada Hari Kenaikan",
        "scope": "site",
        "publish_at": "2027-05-12T06:00:00+07:00",
    },
)

M(
    "subjek-pengumuman-tentang-tanpa-titik-dua",
    "2027-05-13 08:10:00",
    ("Unit Kesehatan Kampus", "klinik@polibatam.ac.id"),
    "Pengumuman tentang Vaksinasi Influenza Gratis",
    """Pagi tim P4M,

Mohon ditayangkan untuk semua mahasiswa dan dosen pada Senin, 17 Mei 2027 pukul 07.30. Vaksinasi dilaksanakan di klinik kampus selama tiga hari, cukup membawa KTM atau kartu pegawai.

Salam sehat,
Unit Kesehatan Kampus
""",
    A,
    "id",
    fields={"title": "Vaksinasi Influenza Gratis", "scope": "site", "publish_at": "2027-05-17T07:30:00+07:00"},
)

M(
    "outlook-html-bold-announcement-title-label",
    "2027-05-18 10:30:00",
    ("Grace Tan", "grace.tan@polibatam.ac.id"),
    "For the Business English course",
    """Hello Helpdesk,

Announcement title: Speaking Test Groups Are Out

Please put this on the BE2102 Business English course page at 6.30 am on Thursday the 20th. The group list is attached to the course; each group has fifteen minutes.

Thank you,
Grace
""",
    A,
    "en",
    client="outlook",
    fields={
        "course_code": "BE2102",
        "course_name": "Business English",
        "title": "Speaking Test Groups Are Out",
        "scope": "course",
        "publish_at": "2027-05-20T06:30:00+07:00",
    },
)


if __name__ == "__main__":
    sys.exit(E.main())

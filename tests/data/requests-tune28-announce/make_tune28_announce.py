#!/usr/bin/env python3
"""Generate the twenty-eighth P4M helpdesk TUNING corpus for announcements (labelled e-mails).

Written in round 14 before any rule for it (batch 1; batch 2 after batch 1's rules and before its own), for the
announcement fields the opened part16 missed, in voices no corpus had: a student's lower-case title ended by emoji,
a title with an abbreviation in brackets inside it, a course named as the place with no course word ("pasang di
Fisika Dasar II", "For Public Speaking, please post"), an American's month-first "12/8" (and the day-first dates of
other English writers beside it), eastern zones written after a course's code, prayer times ("ba'da dzuhur",
"selepas maghrib"), a moment counted from an exam whose day is not given, an announcement in an attached PDF or DOCX.
Near-misses claim nothing: "judulnya terserah kakak aja 😁", "ba'da dzuhur" without an hour, "H-1 UTS" without the
exam's date, "segera".

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py.
Run:  python3 make_tune28_announce.py   (BATCH=1 writes only the first batch)
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
M = E.M
BATCH = int(os.environ.get("BATCH", "3"))


def ann(title, scope, publish=None, code=None, name=None):
    fields = {}
    if code:
        fields["course_code"] = code
    if name:
        fields["course_name"] = name
    fields["scope"] = scope
    if title:
        fields["title"] = title
    if publish:
        fields["publish_at"] = publish + ":00+07:00"
    return fields


# ================================================================ batch 1

M("mhs-judulnya-huruf-kecil-emoji", "2026-12-02 21:40:00",
  ("salsabila", "salsabila.ak@students.polibatam.ac.id"),
  "kak mau titip info 🙏🙏",
  """kak admin selamat malam 🙏

aku salsa dari bem, mau minta tolong pasangin info di beranda elearning ya kak. judulnya donor darah bareng pmi batam 🩸❤️ buat semua mahasiswa sama dosen, tempatnya di aula gedung utama

tayangin tgl 8 desember jam 7 pagi ya kak 🥰

makasih banyak kak 💕
salsa""", "announcement", "id",
  ann("donor darah bareng pmi batam", "site", "2026-12-08T07:00"),
  note="A student's lower-case title after 'judulnya', ended by emoji; the beranda is the site.")

M("asdos-judul-titik-dua-kecil-emoji", "2026-12-03 16:05:00",
  ("Gilang Ramadhan", "gilang.r@students.polibatam.ac.id"),
  "titip pengumuman praktikum",
  """sore kak,

aku asdos praktikum MK Jaringan Komputer (IF2207), minta tolong dipasang pengumuman di course itu ya kak
judul: jadwal responsi praktikum jarkom ✨📌
tayang besok jam 4 sore, isinya jadwal responsi per kelompok ada di file yg aku lampirin di course

thx kak 🙌""", "announcement", "id",
  ann("jadwal responsi praktikum jarkom", "course", "2026-12-04T16:00", "IF2207", "Jaringan Komputer"),
  note="A lab assistant's lower-case title after 'judul:', emoji at its end; the course named as the place.")

M("near-judulnya-terserah-emoji", "2026-12-03 19:30:00",
  ("kevin", "kevin.tan@students.polibatam.ac.id"),
  "info turnamen esport",
  """halo kak 👋

dari ukm esport mau minta tolong umumin turnamen mobile legends antar prodi di halaman depan elearning kak. judulnya terserah kakak aja 😁 pokoknya pendaftaran dibuka sampai 15 desember, link di bio ig ukm.

tayangnya besok jam 10 pagi ya kak

makasih kak""", "announcement", "id",
  ann(None, "site", "2026-12-04T10:00"),
  note="NEAR-MISS for a lower-case title: 'judulnya terserah kakak aja' leaves it to us; no title is claimed.")

M("bali-berjudul-singkatan-kurung", "2026-12-04 09:10:00",
  ("I Gusti Ayu Made Sriani", "ayu.sriani@polibatam.ac.id"),
  "Mohon penayangan pengumuman PKP",
  """Om Swastiastu,

Bapak/Ibu Tim P4M, mohon ditayangkan pengumuman berjudul Sosialisasi Program Kredit Prestasi (PKP) Semester Genap untuk seluruh mahasiswa, pada Senin 14 Desember 2026 pukul 08.00 WIB.

Isinya: Sosialisasi dilaksanakan secara daring; tautan Zoom dikirim lewat e-mail kampus masing-masing.

Suksma,
Ayu Sriani""", "announcement", "id",
  ann("Sosialisasi Program Kredit Prestasi (PKP) Semester Genap", "site", "2026-12-14T08:00"),
  note="A Balinese lecturer: an abbreviation in brackets inside the title after 'berjudul'.")

M("surat-dengan-judul-baris-kurung", "2026-12-07 10:30:00",
  ("Bagian Keuangan Polibatam", "keuangan@polibatam.ac.id"),
  "Penayangan pengumuman pembayaran UKT",
  """Dengan hormat,

Bersama ini kami mohon bantuan P4M untuk menayangkan pengumuman di halaman depan e-learning dengan judul sebagai berikut:

Pembayaran Uang Kuliah Tunggal (UKT) Semester Genap 2026/2027

Isi: Pembayaran UKT semester genap dibuka 4 sampai 22 Januari 2027 melalui virtual account masing-masing mahasiswa.

Mohon pengumuman ditayangkan Rabu, 16 Desember 2026 pukul 10.00 WIB.

Hormat kami,
Kepala Bagian Keuangan""", "announcement", "id",
  ann("Pembayaran Uang Kuliah Tunggal (UKT) Semester Genap 2026/2027", "site", "2026-12-16T10:00"),
  client="outlook",
  note="A letter's title on a line of its own under 'dengan judul sebagai berikut:', an abbreviation in brackets.")

M("en-kenya-titled-brackets-4-1", "2026-12-18 11:20:00",
  ("Dr. Wanjiru Kamau", "wanjiru.kamau@polibatam.ac.id"),
  "Notice for Project Management",
  """Dear P4M team,

Kindly post a notice titled Industrial Attachment (IA) Logbook Submission on my Project Management course (PM3102) on 4/1 at 9 am, when the students are back from the break.

All logbooks must be signed by the workplace supervisor and uploaded as one PDF by the end of the second week.

Asante sana,
Wanjiru""", "announcement", "en",
  ann("Industrial Attachment (IA) Logbook Submission", "course", "2027-01-04T09:00", "PM3102", "Project Management"),
  note="A Kenyan lecturer writes the day first ('4/1' is 4 January); a bracketed abbreviation inside the title.")

M("en-texas-for-course-12-8", "2026-11-30 08:45:00",
  ("Brandon Miller", "brandon.miller.fulbright@gmail.com"),
  "Final speech order",
  """Hey y'all,

For Public Speaking (EN2201), could you post "Final Speech Order" on 12/8 at 10:00 am? It just lists who speaks on which day of finals week.

Hope y'all had a good Thanksgiving!
Brandon""", "announcement", "en",
  ann("Final Speech Order", "course", "2026-12-08T10:00", "EN2201", "Public Speaking"),
  note="An American writes the month first: '12/8' is 8 December (8 August would be eight months off).")

M("en-us-month-first-with-year", "2026-11-27 14:10:00",
  ("Megan O'Connor", "megan.oconnor@polibatam.ac.id"),
  "Circuits I lab template",
  """Hi there,

Please schedule "Lab Report Template Updated" for 12/3/2026, 2:00 pm in the Circuits I course (EE1203). The old template is missing the uncertainty section.

Thanks so much,
Megan""", "announcement", "en",
  ann("Lab Report Template Updated", "course", "2026-12-03T14:00", "EE1203", "Circuits I"),
  note="An American's '12/3/2026' is 3 December: day first it would be March, long gone.")

M("near-tgl-3-12-hari-dulu", "2026-11-30 13:00:00",
  ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
  "Pengumuman Sistem Digital",
  """Siang,

Tolong tayangkan di MK Sistem Digital (TE2104) tgl 3/12 jam 9 pagi.

Judul: Kuis Sistem Digital Pindah Ruang
Kuis hari Kamis pindah ke lab elektronika 2.

Rudi""", "announcement", "id",
  ann("Kuis Sistem Digital Pindah Ruang", "course", "2026-12-03T09:00", "TE2104", "Sistem Digital"),
  note="NEAR-MISS for month-first: an Indonesian 'tgl 3/12' is 3 December.")

M("near-en-uganda-2-1-both-near", "2026-12-20 10:00:00",
  ("Dr. Okello Musoke", "okello.musoke@polibatam.ac.id"),
  "Welcome back notice",
  """Dear colleagues at P4M,

Please publish the notice below on the Thermodynamics course (ME2203) on 2/1 at 8 am.

Title: Welcome Back and Revision Week
The first week of January is a revision week; tutorials run as usual in room 405.

Kind regards,
Okello""", "announcement", "en",
  ann("Welcome Back and Revision Week", "course", "2027-01-02T08:00", "ME2203", "Thermodynamics"),
  note="NEAR-MISS for month-first: a Ugandan lecturer's '2/1' is 2 January; 1 February is near as well, so the day stays first.")

M("sunda-pasang-di-nama-mk", "2026-12-08 15:20:00",
  ("Asep Saepudin", "asep.saepudin@polibatam.ac.id"),
  "Praktikum Fisika Dasar II libur",
  """Punten Bapak Ibu P4M,

Abdi nyuhunkeun tulung, pasang pengumuman di Fisika Dasar II, judulna Praktikum Fisika Dasar II Libur. Tayang besok jam 7 pagi.

Isina: praktikum minggu ieu libur kusabab lab dipake kalibrasi alat.

Hatur nuhun,
Asep""", "announcement", "id",
  ann("Praktikum Fisika Dasar II Libur", "course", "2026-12-09T07:00", None, "Fisika Dasar II"),
  note="A Sundanese lecturer names the course as the place with no course word ('pasang pengumuman di Fisika Dasar II').")

M("en-post-to-course-name-no-word", "2026-12-09 09:30:00",
  ("Dr. Eleanor Whitfield", "e.whitfield@polibatam.ac.id"),
  "Safety refresher",
  """Morning,

Would you please post the notice below to Chemistry for Engineers tomorrow at 1 pm?

Title: Lab Safety Refresher Before the Final Practical
Read the safety sheet in the course files and sign the form at the lab door before Friday's practical.

Many thanks,
Eleanor""", "announcement", "en",
  ann("Lab Safety Refresher Before the Final Practical", "course", "2026-12-10T13:00", None, "Chemistry for Engineers"),
  note="A course named as the place with no course word ('post the notice below to Chemistry for Engineers').")

M("near-pasang-di-beranda-kapital", "2026-12-09 11:00:00",
  ("UPT Perpustakaan", "perpustakaan@polibatam.ac.id"),
  "Jam layanan perpustakaan",
  """Selamat siang,

Mohon pasang pengumuman di Beranda E-Learning besok pukul 07.30.

Judul: Jam Layanan Perpustakaan Selama Libur Semester
Perpustakaan buka pukul 08.00 sampai 14.00 selama libur semester.

Terima kasih,
UPT Perpustakaan""", "announcement", "id",
  ann("Jam Layanan Perpustakaan Selama Libur Semester", "site", "2026-12-10T07:30"),
  note="NEAR-MISS for a course named as the place: 'di Beranda E-Learning' is the site's front page.")

M("en-vietnam-for-course-comma", "2026-12-10 14:00:00",
  ("Nguyen Thi Lan", "lan.nguyen@polibatam.ac.id"),
  "Operations Research consultation",
  """Dear P4M,

For Operations Research, please put up the following on Friday at 8 am.

Title: Extra Consultation Hours for the Final Project
I will be in room 210 on Monday and Tuesday afternoon for questions about the final project.

Best regards,
Lan""", "announcement", "en",
  ann("Extra Consultation Hours for the Final Project", "course", "2026-12-11T08:00", None, "Operations Research"),
  note="A Vietnamese lecturer opens with the course ('For Operations Research, please put up ...'): one course.")

M("kupang-hari-kamis-wita-setelah-kode", "2026-12-01 10:15:00",
  ("Yohanes Nubatonis", "yohanes.nubatonis@polibatam.ac.id"),
  "Kuis Akuntansi Biaya",
  """Selamat pagi Bapa Ibu,

Beta minta tolong tayangkan di course Akuntansi Biaya (AK2203) hari Kamis jam 10 pagi WITA.

Judul: Kuis 3 Akuntansi Biaya Daring
Kuis 3 dikerjakan di e-learning, dibuka selama satu jam.

Makasih banyak,
Yohanes""", "announcement", "id",
  ann("Kuis 3 Akuntansi Biaya Daring", "course", "2026-12-03T09:00", "AK2203", "Akuntansi Biaya"),
  note="A lecturer from Kupang: 'hari Kamis jam 10 pagi WITA' after the course's code is 09.00 WIB on Thursday.")

M("ternate-waktu-indonesia-timur", "2026-12-11 08:00:00",
  ("Fadli Sangaji", "fadli.sangaji@polibatam.ac.id"),
  "Pengumuman Statika",
  """Pagi Pak/Bu,

Mohon pengumuman di bawah ditayangkan di MK Statika (TS1203) pada Senin, 14 Desember 2026 pukul 20.00 Waktu Indonesia Timur.

Judul: Remedial Statika Minggu Depan
Remedial untuk nilai di bawah 60 dilaksanakan Rabu di ruang 305.

Terima kasih,
Fadli""", "announcement", "id",
  ann("Remedial Statika Minggu Depan", "course", "2026-12-14T18:00", "TS1203", "Statika"),
  note="A lecturer from Ternate: '20.00 Waktu Indonesia Timur' is 18.00 WIB.")

M("near-bada-dzuhur-tanpa-jam", "2026-12-10 07:45:00",
  ("Takmir Masjid Baiturrahman Polibatam", "masjid@polibatam.ac.id"),
  "Kajian Jumat",
  """Assalamualaikum warahmatullahi wabarakatuh,

Mohon dibantu tayangkan di halaman depan e-learning besok ba'da dzuhur.

Judul: Kajian Jumat Bersama Ustadz Hanafi
Kajian terbuka untuk seluruh sivitas akademika di masjid kampus.

Jazakumullah khairan,
Takmir Masjid""", "announcement", "id",
  ann("Kajian Jumat Bersama Ustadz Hanafi", "site"),
  note="NEAR-MISS for a publish time: 'besok ba'da dzuhur' gives a day and a prayer, no hour; nothing is claimed.")

M("selepas-maghrib-sekitar-jam", "2026-12-14 09:00:00",
  ("Zulkifli Harahap", "zulkifli.harahap@polibatam.ac.id"),
  "Buka puasa bersama",
  """Assalamualaikum,

Tolong ditayangkan di halaman depan e-learning besok selepas maghrib, sekitar pukul 18.30.

Judul: Santunan Anak Yatim Keluarga Besar Polibatam
Donasi dapat diserahkan ke sekretariat rohis sampai Jumat.

Wassalam,
Zulkifli""", "announcement", "id",
  ann("Santunan Anak Yatim Keluarga Besar Polibatam", "site", "2026-12-15T18:30"),
  note="'selepas maghrib, sekitar pukul 18.30': the hour given after the prayer is the time.")

M("near-h-min-satu-uts-tanpa-tanggal", "2026-12-01 08:20:00",
  ("Dewi Lestari", "dewi.lestari@polibatam.ac.id"),
  "Kisi-kisi UTS Basis Data",
  """Pagi tim,

Tolong tayangkan H-1 UTS jam 7 malam di course Basis Data (IF2201).

Judul: Kisi-kisi UTS Basis Data
Materi UTS bab 1 sampai 6, boleh membawa catatan satu lembar.

Dewi""", "announcement", "id",
  ann("Kisi-kisi UTS Basis Data", "course", None, "IF2201", "Basis Data"),
  note="NEAR-MISS: 'H-1 UTS jam 7 malam' with the exam's date nowhere in the mail; nothing is claimed.")

M("pdf-terlampir-pengumuman-libur", "2026-12-15 13:30:00",
  ("Direktorat Polibatam", "direktorat@polibatam.ac.id"),
  "Permohonan penayangan pengumuman libur akhir tahun",
  """Dengan hormat,

Bersama ini kami sampaikan pengumuman terlampir untuk ditayangkan di halaman depan e-learning sesuai waktu yang tercantum di dalamnya.

Atas bantuannya kami ucapkan terima kasih.

Sekretariat Direktorat""", "announcement", "id",
  ann("JADWAL LIBUR AKHIR TAHUN 2026", "site", "2026-12-21T08:00"),
  client="outlook",
  att=[("pdf", "Pengumuman_Libur_Akhir_Tahun.pdf", [
      "PENGUMUMAN",
      "Nomor: 2210/PL29/TU/2026",
      "TENTANG",
      "JADWAL LIBUR AKHIR TAHUN 2026",
      "Diberitahukan kepada seluruh sivitas akademika bahwa kegiatan perkuliahan",
      "diliburkan mulai 24 Desember 2026 sampai dengan 3 Januari 2027.",
      "Layanan akademik dibuka kembali Senin, 4 Januari 2027.",
      "Mohon ditayangkan Senin, 21 Desember 2026 pukul 08.00 WIB.",
  ])],
  note="The announcement and when it goes out are in the attached PDF; the mail only points to it.")

if BATCH >= 2:
    M("en-exchange-title-colon-emoji", "2026-12-07 20:10:00",
      ("Aina Sofea", "aina.sofea@students.polibatam.ac.id"),
      "announcement for the coding club",
      """hi admin!

i'm from the coding club, could you help us put an announcement on the e-learning front page? title: free coding bootcamp for beginners 💻✨ open to everyone, no experience needed

please post it tomorrow at 7 pm 😊

thank you so much!!
aina""", "announcement", "en",
      ann("free coding bootcamp for beginners", "site", "2026-12-08T19:00"),
      note="A Malaysian exchange student's lower-case title after 'title:', closed by emoji.")

    M("judul-nya-spasi-emoji-angkatan", "2026-12-07 19:00:00",
      ("bima", "bima.saputra@students.polibatam.ac.id"),
      "makrab angkatan 2026",
      """malam kak 🙏

aku ketua panitia makrab, mau minta tolong tayangin info di elearning buat angkatan 2026 ya kak, judul nya malam keakraban angkatan 2026 🔥🔥 tanggal 19 desember di pantai nongsa

tayang jumat jam 8 malam aja kak

makasih kak""", "announcement", "id",
      ann("malam keakraban angkatan 2026", "site", "2026-12-11T20:00"),
      note="'judul nya' with a space, a lower-case title closed by emoji; an intake is the site.")

    M("near-judulnya-nanti-dikabari-emoji", "2026-12-08 12:30:00",
      ("nadya", "nadya.k@students.polibatam.ac.id"),
      "mau pasang info lomba",
      """kak izin, dari hima akuntansi mau pasang info lomba akuntansi tingkat nasional di halaman depan elearning

judulnya nanti aku kabarin ya kak 🙏 pendaftaran sampai akhir desember

tayang besok jam 9 pagi ya kak, makasih""", "announcement", "id",
      ann(None, "site", "2026-12-09T09:00"),
      note="NEAR-MISS for a lower-case title: 'judulnya nanti aku kabarin' promises it later; no title is claimed.")

    M("minahasa-dengan-judul-kurung-koma", "2026-12-09 10:00:00",
      ("Jeffry Rumengan", "jeffry.rumengan@polibatam.ac.id"),
      "Info LKTI",
      """Selamat pagi Bapak Ibu P4M,

Torang mohon bantuan tayangkan pengumuman dengan judul Lomba Karya Tulis Ilmiah (LKTI) Nasional 2027, tayang Senin 14 Desember pukul 09.00 untuk seluruh mahasiswa.

Isi: Pendaftaran dibuka sampai 31 Januari 2027, naskah dikirim lewat formulir daring.

Makase banyak,
Jeffry""", "announcement", "id",
      ann("Lomba Karya Tulis Ilmiah (LKTI) Nasional 2027", "site", "2026-12-14T09:00"),
      note="A Minahasa lecturer: a bracketed abbreviation inside the title, a comma and the request after it.")

    M("en-india-titled-iisma", "2026-12-10 11:45:00",
      ("Dr. Priya Raghavan", "priya.raghavan@polibatam.ac.id"),
      "IISMA info session",
      """Dear Sir/Madam,

Kindly post an announcement titled Student Exchange (IISMA) Info Session for all students on Thursday 17 December at 3 pm.

The session covers eligibility, the partner universities and the language test; it will be held in the auditorium.

With regards,
Dr. Priya""", "announcement", "en",
      ann("Student Exchange (IISMA) Info Session", "site", "2026-12-17T15:00"),
      note="An Indian lecturer: 'titled Student Exchange (IISMA) Info Session for all students'.")

    M("outlook-berjudul-baris-kurung-aslab", "2026-12-10 14:20:00",
      ("Kepala Laboratorium Terpadu", "labterpadu@polibatam.ac.id"),
      "Rekrutmen asisten laboratorium",
      """Yth. Tim P4M,

Mohon ditayangkan di halaman depan e-learning pengumuman berjudul:

Penerimaan Asisten Laboratorium (Aslab) Tahun 2027

Isi: Mahasiswa semester 3 dan 5 dengan IPK minimal 3,00 dapat mendaftar sampai 8 Januari 2027.

Waktu tayang: Selasa, 15 Desember 2026 pukul 08.00 WIB.

Terima kasih,
Kepala Laboratorium Terpadu""", "announcement", "id",
      ann("Penerimaan Asisten Laboratorium (Aslab) Tahun 2027", "site", "2026-12-15T08:00"),
      client="outlook",
      note="A title on a line of its own under 'pengumuman berjudul:', a word in brackets inside it.")

    M("en-us-1-8-spring-syllabus", "2026-12-18 09:15:00",
      ("Ashley Brooks", "ashley.brooks@polibatam.ac.id"),
      "Syllabus post",
      """Hi P4M folks,

Could you please post "Spring Syllabus Is Up" to Intro to Psychology (PS1101) on 1/8 at 4 pm? I'll be flying back home for the holidays, so I'd like it queued before I leave.

Thanks a ton,
Ashley""", "announcement", "en",
      ann("Spring Syllabus Is Up", "course", "2027-01-08T16:00", "PS1101", "Intro to Psychology"),
      note="An American's '1/8' is 8 January (1 August would be months off).")

    M("en-filipino-12-11-po", "2026-12-02 13:40:00",
      ("Jose Miguel Santos", "jm.santos@polibatam.ac.id"),
      "Front office role play",
      """Good afternoon po!

Kindly post the notice below in my Front Office Operations class (HT2102) on 12/11 at 3 p.m.

Title: Role Play Assessment Groups
The groups for the check-in and check-out role play are in the course files. Wear your full uniform.

Thank you po,
Sir Miguel""", "announcement", "en",
      ann("Role Play Assessment Groups", "course", "2026-12-11T15:00", "HT2102", "Front Office Operations"),
      note="A Filipino lecturer writes the month first: '12/11' is 11 December.")

    M("near-en-australia-10-12-day-first", "2026-12-02 08:30:00",
      ("Dr. Liam Henderson", "liam.henderson@polibatam.ac.id"),
      "Hydraulics notice",
      """G'day team,

Can you please pop the notice below on my Hydraulics course (CV2201) on 10/12 at 8 am?

Title: Flume Lab Moved to Thursday
The flume lab moves to Thursday because the pump is being serviced.

Cheers,
Liam""", "announcement", "en",
      ann("Flume Lab Moved to Thursday", "course", "2026-12-10T08:00", "CV2201", "Hydraulics"),
      note="NEAR-MISS for month-first: an Australian's '10/12' is 10 December; October would be months off.")

    M("near-en-british-5-1-2027", "2026-12-20 15:00:00",
      ("Prof. Gareth Hughes", "gareth.hughes@polibatam.ac.id"),
      "Welcome back - Structures",
      """Hello,

Please publish the following on the Structural Analysis course (CV3104) on 5/1/2027 at 9am.

Title: Structural Analysis Resit Timetable
Resit papers are on Friday of the first week back; see the timetable in the course files.

Regards,
Gareth""", "announcement", "en",
      ann("Structural Analysis Resit Timetable", "course", "2027-01-05T09:00", "CV3104", "Structural Analysis"),
      note="NEAR-MISS for month-first: a British '5/1/2027' is 5 January; both orders are within months, so the day stays first.")

    M("aceh-pasangkan-di-nama-mk", "2026-12-11 09:00:00",
      ("Teuku Rizal", "teuku.rizal@polibatam.ac.id"),
      "Tugas besar Statistika Industri",
      """Assalamualaikum,

Mohon pasangkan info ini di Statistika Industri, besok jam 1 siang.

Judul: Pengumpulan Tugas Besar Statistika Industri
Tugas besar dikumpulkan per kelompok paling lambat Jumat depan.

Teurimong geunaseh,
Teuku Rizal""", "announcement", "id",
      ann("Pengumpulan Tugas Besar Statistika Industri", "course", "2026-12-12T13:00", None, "Statistika Industri"),
      note="An Acehnese lecturer names the course as the place with no course word ('pasangkan info ini di Statistika Industri').")

    M("en-put-up-in-course-name", "2026-12-11 16:30:00",
      ("Hannah Schmidt", "hannah.schmidt@polibatam.ac.id"),
      "Guest talk notice",
      """Hello,

Could you put up the notice below in Digital Marketing Analytics on Monday at 7 am?

Title: Guest Talk on Marketplace Data
A data analyst from a Batam marketplace joins our Wednesday session; prepare two questions each.

Danke und viele Grüße,
Hannah""", "announcement", "en",
      ann("Guest Talk on Marketplace Data", "course", "2026-12-14T07:00", None, "Digital Marketing Analytics"),
      note="A German lecturer names the course as the place ('put up the notice below in Digital Marketing Analytics').")

    M("near-dipasang-di-pengumuman-umum", "2026-12-11 10:10:00",
      ("Unit Layanan Kesehatan", "klinik@polibatam.ac.id"),
      "Vaksinasi influenza",
      """Selamat pagi,

Mohon dipasang di Pengumuman Umum E-Learning hari Senin pukul 07.00.

Judul: Vaksinasi Influenza Gratis di Klinik Kampus
Vaksinasi dibuka Senin sampai Rabu pukul 09.00 sampai 12.00 di klinik kampus.

Salam sehat,
Unit Layanan Kesehatan""", "announcement", "id",
      ann("Vaksinasi Influenza Gratis di Klinik Kampus", "site", "2026-12-14T07:00"),
      note="NEAR-MISS for a course named as the place: 'di Pengumuman Umum E-Learning' is the site's own news.")

    M("untuk-nama-mk-koma-mohon", "2026-12-12 08:00:00",
      ("Ratna Siregar", "ratna.siregar@polibatam.ac.id"),
      "Pengumuman Kalkulus Lanjut",
      """Pagi,

Untuk Kalkulus Lanjut, mohon ditayangkan besok pukul 07.00 pengumuman berikut.

Judul: Latihan Soal Integral Lipat
Latihan soal ada di folder minggu 14, dibahas hari Selasa.

Ratna""", "announcement", "id",
      ann("Latihan Soal Integral Lipat", "course", "2026-12-13T07:00", None, "Kalkulus Lanjut"),
      note="The sentence opened by the course ('Untuk Kalkulus Lanjut, mohon ditayangkan ...'): one course.")

    M("makassar-hari-senin-waktu-makassar", "2026-12-10 11:00:00",
      ("Andi Tenri Ajeng", "andi.tenri@polibatam.ac.id"),
      "Pengumuman Hukum Bisnis",
      """Tabe' Bapak Ibu,

Tolong ditayangkan di kelas Hukum Bisnis (MB2105) hari Senin pukul 19.00 waktu Makassar.

Judul: Tugas Analisis Kontrak Diperpanjang
Batas pengumpulan tugas analisis kontrak diperpanjang satu minggu.

Terima kasih,
Andi""", "announcement", "id",
      ann("Tugas Analisis Kontrak Diperpanjang", "course", "2026-12-14T18:00", "MB2105", "Hukum Bisnis"),
      note="A lecturer in Makassar: 'hari Senin pukul 19.00 waktu Makassar' after the course's code is 18.00 WIB.")

    M("jayapura-besok-jam-delapan-wit", "2026-12-14 06:30:00",
      ("Markus Wenda", "markus.wenda@polibatam.ac.id"),
      "Pengumuman Ekologi",
      """Selamat pagi kaka dong di P4M,

Sa minta tolong umumkan di MK Ekologi (BI2103) besok jam 8 pagi WIT.

Judul: Kunjungan Lapangan ke Hutan Mangrove
Kunjungan lapangan berangkat dari kampus pukul 07.00, pakai sepatu lapangan.

Terima kasih,
Markus""", "announcement", "id",
      ann("Kunjungan Lapangan ke Hutan Mangrove", "course", "2026-12-15T06:00", "BI2103", "Ekologi"),
      note="A Papuan lecturer: 'besok jam 8 pagi WIT' is 06.00 WIB.")

    M("near-setelah-isya-tanpa-jam", "2026-12-15 13:00:00",
      ("Rohis Polibatam", "rohis@students.polibatam.ac.id"),
      "Info kajian malam",
      """Assalamualaikum kak,

Mohon ditayangkan di halaman depan e-learning hari Jumat setelah isya ya kak.

Judul: Kajian Malam Sabtu Rohis Polibatam
Kajian terbuka untuk semua mahasiswa di mushola gedung Tower A.

Jazakallah khair""", "announcement", "id",
      ann("Kajian Malam Sabtu Rohis Polibatam", "site"),
      note="NEAR-MISS for a publish time: 'hari Jumat setelah isya' names a prayer, no hour.")

    M("bada-ashar-jam-empat-sore", "2026-12-15 09:30:00",
      ("Hasanuddin Lubis", "hasanuddin.lubis@polibatam.ac.id"),
      "Pengumuman praktikum",
      """Assalamualaikum,

Mohon ditayangkan di course Praktikum Kimia Analitik (KA2202) besok ba'da ashar, jam 4 sore.

Judul: Jadwal Ulang Praktikum Titrasi
Praktikum titrasi dijadwalkan ulang ke Sabtu pagi.

Wassalam,
Hasan""", "announcement", "id",
      ann("Jadwal Ulang Praktikum Titrasi", "course", "2026-12-16T16:00", "KA2202", "Praktikum Kimia Analitik"),
      note="'besok ba'da ashar, jam 4 sore': the hour given after the prayer is the time.")

    M("near-sekarang-juga-tanpa-waktu", "2026-12-16 10:45:00",
      ("Biro Umum Polibatam", "biroumum@polibatam.ac.id"),
      "Pengumuman pemadaman air",
      """Selamat pagi,

Mohon pengumuman berikut ditayangkan di halaman depan e-learning sekarang juga.

Judul: Gangguan Air Bersih Gedung Utama
Aliran air bersih di Gedung Utama terhenti sampai pukul 15.00 karena perbaikan pipa.

Terima kasih,
Biro Umum""", "announcement", "id",
      ann("Gangguan Air Bersih Gedung Utama", "site"),
      note="NEAR-MISS for a publish time: 'sekarang juga' is now, not a moment; the hour is the outage's.")

    M("docx-terlampir-kewirausahaan", "2026-12-16 14:00:00",
      ("Yuliana Sembiring", "yuliana.sembiring@polibatam.ac.id"),
      "Pengumuman Kewirausahaan (terlampir)",
      """Selamat siang,

Mohon pengumuman dalam berkas terlampir ditayangkan di course Kewirausahaan (MB1201).

Terima kasih,
Yuliana""", "announcement", "id",
      ann("Pitching Ide Bisnis Kelompok", "course", "2026-12-22T09:00", "MB1201", "Kewirausahaan"),
      att=[("docx", "Pengumuman_Kewirausahaan.docx", [
          "Judul: Pitching Ide Bisnis Kelompok",
          "Tayang: Selasa, 22 Desember 2026 pukul 09.00",
          "Setiap kelompok mempresentasikan ide bisnis selama 7 menit di depan panel dosen.",
      ])],
      note="The announcement's title and publish time are in the attached DOCX.")

    M("near-en-night-before-midterm", "2026-12-16 17:00:00",
      ("Dr. Samuel Osei", "samuel.osei@polibatam.ac.id"),
      "Midterm reminder",
      """Good evening,

Please post the reminder below on my Microeconomics course (EC2101) the night before the midterm, at 8 pm.

Title: Microeconomics Midterm Reminder
Bring a pencil, an eraser and your student card.

Best,
Samuel""", "announcement", "en",
      ann("Microeconomics Midterm Reminder", "course", None, "EC2101", "Microeconomics"),
      note="NEAR-MISS: 'the night before the midterm, at 8 pm' with the midterm's date nowhere; nothing is claimed.")

if BATCH >= 3:
    M("gmail-html-bold-baris-kurung-panjang", "2026-12-17 10:00:00",
      ("Pusat Kemahasiswaan", "pusatkemahasiswaan@polibatam.ac.id"),
      "Permohonan penayangan pengumuman PKM",
      """Selamat pagi Tim P4M,

Mohon ditayangkan pengumuman berikut di halaman depan e-learning pada Senin, 21 Desember 2026 pukul 09.00 WIB:

Workshop Penulisan Proposal PKM (Program Kreativitas Mahasiswa) 2027

Workshop terbuka untuk semua mahasiswa, pendaftaran melalui formulir daring sampai 8 Januari 2027.

Salam,
Pusat Kemahasiswaan""", "announcement", "id",
      ann("Workshop Penulisan Proposal PKM (Program Kreativitas Mahasiswa) 2027", "site", "2026-12-21T09:00"),
      html_body=("<div dir=\"ltr\"><div>Selamat pagi Tim P4M,</div><div><br></div><div>Mohon ditayangkan pengumuman "
                 "berikut di halaman depan e-learning pada Senin, 21 Desember 2026 pukul 09.00 WIB:</div><div><br></div>"
                 "<div><b>Workshop Penulisan Proposal PKM (Program Kreativitas Mahasiswa) 2027</b></div><div><br></div>"
                 "<div>Workshop terbuka untuk semua mahasiswa, pendaftaran melalui formulir daring sampai 8 Januari "
                 "2027.</div><div><br></div><div>Salam,</div><div>Pusat Kemahasiswaan</div></div>"),
      note="A title in bold on a line of its own, three words in brackets inside it.")

    M("mhs-emoji-sebelum-dan-sesudah-judul", "2026-12-17 20:30:00",
      ("dinda", "dinda.ayu@students.polibatam.ac.id"),
      "pensi akhir tahun",
      """kak admin malam 🙏

aku dari osis kampus eh maksudnya bem hehe, mau titip info di beranda elearning ya kak, judulnya 🎉 pensi akhir tahun polibatam 🎉 buat semua mahasiswa

tayang tgl 20 desember jam 10 pagi ya kak

makasih kak 🫶""", "announcement", "id",
      ann("pensi akhir tahun polibatam", "site", "2026-12-20T10:00"),
      note="A student's lower-case title between emoji ('judulnya 🎉 pensi akhir tahun polibatam 🎉').")

    M("en-student-the-title-is-emoji", "2026-12-18 22:00:00",
      ("Farah Lim", "farah.lim@students.polibatam.ac.id"),
      "study room notice",
      """hello!! student council here 👋

can you put this on the elearning homepage please, the title is: 24 hour study room open during finals 📚☕ and it's for everyone

post it on monday at 6 am if possible

thanks!!
farah""", "announcement", "en",
      ann("24 hour study room open during finals", "site", "2026-12-21T06:00"),
      note="A student's lower-case title after 'the title is:', closed by emoji; 'monday' in lower case.")

    M("near-judulnya-sama-kayak-tahun-lalu", "2026-12-18 13:00:00",
      ("yoga", "yoga.pratama@students.polibatam.ac.id"),
      "info donor darah lagi",
      """kak, izin titip lagi info donor darah di halaman depan elearning ya

judulnya sama kayak tahun lalu aja kak 😊 tanggalnya 9 januari di aula

tayang tgl 4 januari jam 8 pagi kak, makasih""", "announcement", "id",
      ann(None, "site", "2027-01-04T08:00"),
      note="NEAR-MISS for a lower-case title: 'judulnya sama kayak tahun lalu' points at last year's; no title is claimed.")

    M("pada-praktikum-nama-mk-koma", "2026-12-18 09:00:00",
      ("Imam Syafii", "imam.syafii@polibatam.ac.id"),
      "Praktikum Elektronika Daya",
      """Assalamualaikum,

Mohon diumumkan pada Praktikum Elektronika Daya, besok jam 8 pagi.

Judul: Modul Inverter Wajib Dibaca
Modul inverter sudah diunggah; baca sebelum praktikum hari Senin.

Wassalam,
Imam""", "announcement", "id",
      ann("Modul Inverter Wajib Dibaca", "course", "2026-12-19T08:00", None, "Praktikum Elektronika Daya"),
      note="The course named as the place by its name alone after 'diumumkan pada'.")

    M("en-post-this-in-course-name", "2026-12-19 10:30:00",
      ("Tomasz Kowalski", "tomasz.kowalski@polibatam.ac.id"),
      "Welding notice",
      """Dear P4M,

Please post this in Advanced Welding Technology on Tuesday at 10 am.

Title: Welding Booths Reassigned
Booth numbers for the final test are on the workshop door; check yours before Thursday.

Pozdrawiam,
Tomasz""", "announcement", "en",
      ann("Welding Booths Reassigned", "course", "2026-12-22T10:00", None, "Advanced Welding Technology"),
      note="A Polish lecturer names the course as the place ('post this in Advanced Welding Technology').")

    M("buat-nama-mk-koma-tlg", "2026-12-19 19:45:00",
      ("Nurul Hidayah", "nurul.hidayah@polibatam.ac.id"),
      "bahasa inggris teknik",
      """malam min,

Buat Bahasa Inggris Teknik, tlg tayangin pengumuman ini senin jam 7 pagi ya.

Judul: Presentasi Kelompok Minggu Terakhir
Urutan presentasi ada di course, tiap kelompok 10 menit.

makasih min""", "announcement", "id",
      ann("Presentasi Kelompok Minggu Terakhir", "course", "2026-12-21T07:00", None, "Bahasa Inggris Teknik"),
      note="The sentence opened by the course ('Buat Bahasa Inggris Teknik, tlg tayangin ...').")

    M("near-di-sistem-informasi-akademik", "2026-12-21 08:15:00",
      ("Bagian Akademik Polibatam", "akademik@polibatam.ac.id"),
      "Pengisian KRS",
      """Selamat pagi,

Pengumuman ini sudah kami pasang di Sistem Informasi Akademik; mohon juga ditayangkan di halaman depan e-learning besok pukul 08.00.

Judul: Batas Akhir Pengisian KRS Semester Genap
Pengisian KRS ditutup Jumat, 8 Januari 2027 pukul 23.59.

Terima kasih,
Bagian Akademik""", "announcement", "id",
      ann("Batas Akhir Pengisian KRS Semester Genap", "site", "2026-12-22T08:00"),
      note="NEAR-MISS for a course named as the place: 'di Sistem Informasi Akademik' is the academic system, and the front page is named.")

    M("bali-jam-tujuh-malam-waktu-bali", "2026-12-21 10:00:00",
      ("Made Wirawan", "made.wirawan@polibatam.ac.id"),
      "Pengumuman Desain Interior",
      """Om Swastiastu,

Mohon tayangkan di MK Desain Interior (DI2104) hari Rabu jam 7 malam waktu Bali, saya sedang di Denpasar.

Judul: Revisi Maket Dikumpulkan Daring
Foto revisi maket diunggah ke course, maket fisik dibawa setelah libur.

Suksma,
Made""", "announcement", "id",
      ann("Revisi Maket Dikumpulkan Daring", "course", "2026-12-23T18:00", "DI2104", "Desain Interior"),
      note="A lecturer in Bali: 'hari Rabu jam 7 malam waktu Bali' after the course's code is 18.00 WIB.")

    M("near-segera-setelah-disetujui", "2026-12-21 14:00:00",
      ("Koordinator KKN", "kkn@polibatam.ac.id"),
      "Pengumuman lokasi pengabdian",
      """Selamat siang,

Mohon pengumuman di bawah ditayangkan di halaman depan e-learning segera setelah disetujui Wadir III.

Judul: Lokasi Pengabdian Masyarakat Semester Genap
Daftar lokasi dan kelompok ada di lampiran pengumuman; pembekalan Senin, 11 Januari 2027 pukul 08.00.

Terima kasih""", "announcement", "id",
      ann("Lokasi Pengabdian Masyarakat Semester Genap", "site"),
      note="NEAR-MISS for a publish time: 'segera setelah disetujui'; the briefing's own moment is not it.")

    M("near-tgl-ba-da-subuh", "2026-12-22 05:30:00",
      ("Ustadz Rahmat Nasution", "rahmat.nasution@polibatam.ac.id"),
      "Tabligh akbar",
      """Assalamualaikum,

Mohon ditayangkan di halaman depan e-learning tgl 24 Desember ba'da subuh.

Judul: Tabligh Akbar Akhir Tahun
Tabligh akbar terbuka untuk seluruh sivitas akademika di masjid kampus.

Wassalamualaikum""", "announcement", "id",
      ann("Tabligh Akbar Akhir Tahun", "site"),
      note="NEAR-MISS for a publish time: a date and a prayer ('tgl 24 Desember ba'da subuh'), no hour.")

    M("pdf-judul-kapital-kurung-tayang-di-surel", "2026-12-22 10:00:00",
      ("Panitia PMB Polibatam", "pmb@polibatam.ac.id"),
      "Pengumuman PMB jalur prestasi",
      """Dengan hormat,

Terlampir pengumuman PMB jalur prestasi. Mohon ditayangkan di halaman depan e-learning pada Senin, 28 Desember 2026 pukul 10.00 WIB.

Hormat kami,
Panitia PMB""", "announcement", "id",
      ann("PENERIMAAN MAHASISWA BARU (PMB) JALUR PRESTASI", "site", "2026-12-28T10:00"),
      att=[("pdf", "Pengumuman_PMB_Prestasi.pdf", [
          "PENGUMUMAN",
          "TENTANG",
          "PENERIMAAN MAHASISWA BARU (PMB) JALUR PRESTASI",
          "Pendaftaran PMB jalur prestasi dibuka 4 sampai 29 Januari 2027",
          "melalui laman pmb.polibatam.ac.id bagi lulusan SMA/SMK sederajat.",
      ])],
      note="The title in capitals under 'TENTANG' in the attached PDF, an abbreviation in brackets inside it; the publish time in the mail.")

    M("en-filipino-1-5-month-first", "2026-12-22 16:20:00",
      ("Kristine Joy Villanueva", "kj.villanueva@polibatam.ac.id"),
      "Food and Beverage notice",
      """Hi po!

Please post "Bar Practical Schedule" on my Food and Beverage Service course (HT2204) on 1/5 at 7 a.m. Students should check their bar shift before the break ends.

Thank you po and Merry Christmas!
Kristine""", "announcement", "en",
      ann("Bar Practical Schedule", "course", "2027-01-05T07:00", "HT2204", "Food and Beverage Service"),
      note="A Filipino lecturer's '1/5' is 5 January (1 May would be months off).")

E.PLAN = {"announcement": len(E.MAILS)}

if __name__ == "__main__":
    sys.exit(E.main())

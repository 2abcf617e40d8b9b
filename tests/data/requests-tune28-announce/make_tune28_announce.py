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
BATCH = int(os.environ.get("BATCH", "2"))


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
    pass

E.PLAN = {"announcement": len(E.MAILS)}

if __name__ == "__main__":
    sys.exit(E.main())

#!/usr/bin/env python3
"""Generate the fifth P4M helpdesk TUNING corpus for announcements (52 labelled request e-mails).

Aimed at the announcement's title, scope and publish time, in voices and forms the other corpora lack:
titles after every cue ("Judul:", "Judul pengumuman", "dengan judul", "berjudul", "Title:",
"Subject/Heading:"), in quotes of every kind, in square brackets or parentheses, in bold (HTML and
plain text), as the subject line behind prefixes that are not part of it ("Pengumuman:",
"Mohon diumumkan", "Fwd:", "[Penting]"), as the first upper-case line, in an attached DOCX, and
announcements with a title label but no title; scope said many ways (course words that contain
"all students"/"semua mahasiswa"); publish times in every common form, with other dates in the text
(deadlines, the event itself) that are not the publish time, and "segera"/"as soon as possible"
that give no time.

The message engine is the first tuning corpus's generator, imported from
../requests-tune/make_tune.py; every body here was written by hand, and the batch was
scored before any rule was changed for it.
Run:  python3 make_tune5_announce.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"announcement": 52}
M = E.M
A = "announcement"

# ---------------------------------------------------------------- titles after a cue

M("judul-titik-dua-kelas-dmy-jam-8-pagi", "2027-10-04 09:10:00",
  ("Rudi Hartono, M.Kom.", "rudi.hartono@polibatam.ac.id"),
  "pengumuman kelas Pemrograman Web",
  """Selamat pagi tim P4M,

Mohon dibantu pasang pengumuman di kelas Pemrograman Web (IF302).

Judul: Kuis 2 Dipindah ke Minggu Depan
Isi: Kuis 2 yang semula hari Kamis dipindah ke minggu depan karena saya ada dinas luar.

Tayang tanggal 6/10/2027 jam 8 pagi.

Terima kasih,
Rudi Hartono
""", A, "id",
  fields={"course_code": "IF302", "course_name": "Pemrograman Web", "title": "Kuis 2 Dipindah ke Minggu Depan",
          "scope": "course", "publish_at": "2027-10-06T08:00:00+07:00"})

M("judul-pengumuman-seluruh-civitas-dd-mm-yy-pkl", "2027-10-05 10:00:00",
  ("Bagian Umum", "umum@polibatam.ac.id"),
  "Permohonan pengumuman libur",
  """Yth. Tim P4M,

Judul pengumuman: Libur Nasional Maulid Nabi Muhammad SAW
Isi pengumuman: Kegiatan perkuliahan dan layanan administrasi diliburkan pada hari libur nasional tersebut dan dimulai kembali keesokan harinya.

Mohon ditayangkan untuk seluruh civitas akademika pada 12-10-27 pkl 13.00.

Hormat kami,
Bagian Umum
""", A, "id",
  fields={"title": "Libur Nasional Maulid Nabi Muhammad SAW", "scope": "site",
          "publish_at": "2027-10-12T13:00:00+07:00"}, client="outlook")

M("dengan-judul-kutip-lurus-kelas-saya-tgl", "2027-10-18 14:30:00",
  ("Siti Aminah, M.T.", "siti.aminah@polibatam.ac.id"),
  "minta tolong pengumuman",
  """Sore Pak/Bu,

Tolong buatkan pengumuman di kelas saya Jaringan Komputer (TI2205) dengan judul "Perubahan Ruang Praktikum Jaringan". Isinya: mulai pekan ini praktikum pindah ke Lab Jaringan 2 lantai 3.

Tayang tgl 22/10 jam 07.30 ya.

Terima kasih
Siti
""", A, "id",
  fields={"course_code": "TI2205", "course_name": "Jaringan Komputer",
          "title": "Perubahan Ruang Praktikum Jaringan", "scope": "course",
          "publish_at": "2027-10-22T07:30:00+07:00"})

M("berjudul-kutip-miring-22-okt-deadline-30-nov", "2027-10-15 08:45:00",
  ("Koordinator KP Jurusan Informatika", "kp.informatika@polibatam.ac.id"),
  "Pengumuman laporan KP",
  """Dengan hormat,

Kami mohon ditayangkan pengumuman berjudul “Pengumpulan Laporan Akhir KP” untuk semua mahasiswa di e-learning. Pengumuman tayang 22 Okt pukul 09.00 WIB.

Isi pengumuman:
Laporan akhir Kerja Praktik dikumpulkan paling lambat 30 Nov 2027 pukul 23.59 melalui e-learning dalam format PDF.

Hormat kami,
Koordinator KP
""", A, "id",
  fields={"title": "Pengumpulan Laporan Akhir KP", "scope": "site",
          "publish_at": "2027-10-22T09:00:00+07:00"})

M("en-title-colon-my-course-oct-22nd", "2027-10-19 11:20:00",
  ("Dr. Emily Carter", "emily.carter@polibatam.ac.id"),
  "Announcement for Cloud Computing",
  """Hello P4M team,

Could you please post an announcement for all students of my course Cloud Computing (IF405)?

Title: Guest Lecture on Cloud Security
Text: Next week's lecture will be given by a guest speaker from a cloud provider. Attendance is compulsory.

Please publish it on Oct 22nd at 10 am.

Kind regards,
Emily Carter
Visiting Lecturer
""", A, "en",
  fields={"course_code": "IF405", "course_name": "Cloud Computing", "title": "Guest Lecture on Cloud Security",
          "scope": "course", "publish_at": "2027-10-22T10:00:00+07:00"})

M("en-subject-heading-label-front-page-730pm", "2027-10-20 09:00:00",
  ("Library Services", "library@polibatam.ac.id"),
  "Request: front page notice",
  """Dear helpdesk,

Please put the following notice on the e-learning front page.

Subject/Heading: Library Closed for Stocktaking
Body: The library will be closed from 25 to 27 October for the yearly stocktaking. Loans due in that period are extended automatically.

We would like it to go live tomorrow at 7.30 pm.

Thank you,
Library Services
""", A, "en",
  fields={"title": "Library Closed for Stocktaking", "scope": "site",
          "publish_at": "2027-10-21T19:30:00+07:00"})

M("guillemets-untuk-mahasiswa-mk-lusa", "2027-10-06 16:00:00",
  ("Hendra Gunawan, M.Si.", "hendra.gunawan@polibatam.ac.id"),
  "pengumuman responsi",
  """Selamat sore,

Mohon diumumkan untuk mahasiswa MK Statistika Industri (TI2103) dengan judul «Responsi Statistika Dibatalkan». Isinya: responsi minggu ini dibatalkan, materi dipelajari mandiri dari modul.

Tolong tayang lusa jam 6 pagi.

Terima kasih
Hendra
""", A, "id",
  fields={"course_code": "TI2103", "course_name": "Statistika Industri", "title": "Responsi Statistika Dibatalkan",
          "scope": "course", "publish_at": "2027-10-08T06:00:00+07:00"})

M("kutip-tunggal-di-course-kode-saja-senin-depan", "2027-10-07 13:15:00",
  ("Rudi Hartono, M.Kom.", "rudi.hartono@polibatam.ac.id"),
  "pengumuman asistensi",
  """Siang min,

tolong pasang pengumuman di course IF302 judulnya 'Jadwal Asistensi Baru', isinya asistensi pindah ke hari Selasa jam 15.00 di Lab RPL.

Tayang Senin depan pkl 07.00.

Rudi
""", A, "id",
  fields={"course_code": "IF302", "title": "Jadwal Asistensi Baru", "scope": "course",
          "publish_at": "2027-10-11T07:00:00+07:00"})

M("kurung-siku-judul-kelas-besok-jam-6", "2027-10-12 20:30:00",
  ("Bambang Suryadi, M.T.", "bambang.suryadi@polibatam.ac.id"),
  "praktikum fisika",
  """Malam tim P4M,

Mohon ditayangkan pengumuman [Praktikum Fisika Terapan Ditiadakan] di kelas Fisika Terapan (MS1102). Isinya: praktikum pekan ini ditiadakan karena lab dipakai untuk akreditasi, diganti tugas laporan.

Tayang besok jam 6 pagi.

Terima kasih
Bambang
""", A, "id",
  fields={"course_code": "MS1102", "course_name": "Fisika Terapan", "title": "Praktikum Fisika Terapan Ditiadakan",
          "scope": "course", "publish_at": "2027-10-13T06:00:00+07:00"})

M("kurung-biasa-judul-titik-dua-kelas", "2027-10-13 10:05:00",
  ("Lina Marlina, M.Pd.", "lina.marlina@polibatam.ac.id"),
  "ujian susulan",
  """Pagi,

Tolong buatkan pengumuman (judul: Ujian Susulan Kalkulus) di kelas Kalkulus 1 (MT1101). Isi: ujian susulan diadakan Sabtu 16 Oktober pukul 09.00 di ruang 201, bawa kartu ujian.

Pengumuman dipasang Kamis, 14 Oktober 2027 pukul 10.00 WIB.

Terima kasih
Lina
""", A, "id",
  fields={"course_code": "MT1101", "course_name": "Kalkulus 1", "title": "Ujian Susulan Kalkulus",
          "scope": "course", "publish_at": "2027-10-14T10:00:00+07:00"})

M("outlook-html-bold-judul-seluruh-civitas", "2027-10-06 08:30:00",
  ("Pusat Penelitian", "p3m@polibatam.ac.id"),
  "Permohonan penayangan pengumuman seminar",
  "", A, "id",
  fields={"title": "Seminar Nasional Teknologi Terapan 2027", "scope": "site",
          "publish_at": "2027-10-11T08:00:00+07:00"},
  client="outlook", html_body="""<p class="MsoNormal">Yth. Tim P4M,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Mohon ditayangkan pengumuman berikut untuk seluruh civitas akademika pada Senin, 11 Oktober 2027 pukul 08.00 WIB.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal"><b>Seminar Nasional Teknologi Terapan 2027</b><o:p></o:p></p>
<p class="MsoNormal">Pusat Penelitian mengundang dosen dan mahasiswa mengirimkan makalah untuk Seminar Nasional Teknologi Terapan. Batas pengiriman makalah 15 November 2027.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Hormat kami,<o:p></o:p></p>
<p class="MsoNormal">Pusat Penelitian dan Pengabdian kepada Masyarakat<o:p></o:p></p>""")

# ---------------------------------------------------------------- titles in the subject line

M("subjek-pengumuman-prefix-halaman-depan-besok", "2027-10-08 09:40:00",
  ("Lembaga Penjaminan Mutu", "lpm@polibatam.ac.id"),
  "Pengumuman: Batas Akhir Pengisian EDOM",
  """Yth. Tim P4M,

Mohon pengumuman pada subjek email ini ditayangkan di halaman depan e-learning besok pukul 08.00. Isinya: mahasiswa wajib mengisi EDOM sebelum melihat nilai akhir semester.

Terima kasih,
LPM
""", A, "id",
  fields={"title": "Batas Akhir Pengisian EDOM", "scope": "site", "publish_at": "2027-10-09T08:00:00+07:00"})

M("subjek-mohon-diumumkan-kelas-jam-1-siang", "2027-10-11 15:00:00",
  ("Agus Salim, S.T., M.T.", "agus.salim@polibatam.ac.id"),
  "Mohon diumumkan - Kuliah Tamu Sistem Manufaktur",
  """Sore,

Judul seperti di subjek ya, tolong dipasang di kelas Sistem Manufaktur (MS3201). Kuliah tamu dari PT Batamindo pada Jumat 15 Oktober, mahasiswa hadir di aula jam 9.

Tayang Rabu, 13 Oktober 2027 jam 1 siang.

Terima kasih
Agus
""", A, "id",
  fields={"course_code": "MS3201", "course_name": "Sistem Manufaktur",
          "title": "Kuliah Tamu Sistem Manufaktur", "scope": "course",
          "publish_at": "2027-10-13T13:00:00+07:00"})

M("subjek-fwd-pengumuman-semua-mahasiswa", "2027-10-14 10:10:00",
  ("Bagian Kemahasiswaan", "kemahasiswaan@polibatam.ac.id"),
  "Fwd: Pengumuman: Pendaftaran Beasiswa Bank Indonesia",
  """Mohon bantuannya ditayangkan untuk semua mahasiswa, tayang Senin depan jam 9 pagi. Terima kasih.

---------- Forwarded message ---------
From: Beasiswa BI <beasiswa@bi.go.id>
Date: Wed, 13 Oct 2027 at 16:02
Subject: Pengumuman: Pendaftaran Beasiswa Bank Indonesia
To: <kemahasiswaan@polibatam.ac.id>

Pendaftaran Beasiswa Bank Indonesia tahun 2027 dibuka untuk mahasiswa semester 3 dan 5 dengan IPK minimal 3,00. Berkas diserahkan ke Bagian Kemahasiswaan.
""", A, "id",
  fields={"title": "Pendaftaran Beasiswa Bank Indonesia", "scope": "site",
          "publish_at": "2027-10-18T09:00:00+07:00"})

M("subjek-penting-prefix-beranda-hari-ini", "2027-10-15 11:30:00",
  ("Unit Pemeliharaan", "pemeliharaan@polibatam.ac.id"),
  "[Penting] Pemadaman Listrik Gedung Utama",
  """Siang,

Mohon diumumkan di beranda e-learning dengan judul sesuai subjek. Pada Sabtu 16 Oktober pukul 08.00 sampai 12.00 listrik gedung utama dipadamkan untuk perawatan gardu.

Tayang hari ini pukul 15.00.

Unit Pemeliharaan
""", A, "id",
  fields={"title": "Pemadaman Listrik Gedung Utama", "scope": "site",
          "publish_at": "2027-10-15T15:00:00+07:00"})

M("en-subject-is-title-front-page-monday", "2027-10-20 13:00:00",
  ("Student Affairs", "studentaffairs@polibatam.ac.id"),
  "Campus Run 2027 Registration Open",
  """Dear P4M,

Please publish an announcement on the front page with the subject of this email as its title. Registration for the campus run is open for all students and staff at the sports office until 5 November.

Publish on Monday, 25 October 2027 at 08:00.

Best regards,
Student Affairs
""", A, "en",
  fields={"title": "Campus Run 2027 Registration Open", "scope": "site",
          "publish_at": "2027-10-25T08:00:00+07:00"})

M("en-subject-announcement-prefix-course-code-only", "2027-10-21 09:30:00",
  ("Dr. Emily Carter", "emily.carter@polibatam.ac.id"),
  "Announcement: Lab Report Template Updated",
  """Hi,

Please post this in IF405 for my students: the lab report template on the course page has been updated, use the new one from now on.

Tomorrow at 8 am please.

Thanks,
Emily
""", A, "en",
  fields={"course_code": "IF405", "title": "Lab Report Template Updated", "scope": "course",
          "publish_at": "2027-10-22T08:00:00+07:00"})

M("subjek-bukan-judul-titip-pengumuman", "2027-10-21 19:00:00",
  ("Dimas Prasetyo", "dimas.prasetyo@students.polibatam.ac.id"),
  "titip pengumuman kelas",
  """kak saya komting Basis Data (IF204). dosen minta diumumkan di kelas kami kalau kuis hari jumat diundur. tolong dipasang malam ini jam 8 ya kak, makasih
""", A, "id",
  fields={"course_code": "IF204", "course_name": "Basis Data", "scope": "course",
          "publish_at": "2027-10-21T20:00:00+07:00"}, client="iphone")

# ---------------------------------------------------------------- titles as a line of their own

M("baris-huruf-besar-judul-seluruh-mahasiswa", "2027-10-22 08:00:00",
  ("Bagian Akademik", "akademik@polibatam.ac.id"),
  "Pengumuman UTS",
  """Yth. Tim P4M,

Mohon ditayangkan pengumuman berikut untuk seluruh mahasiswa pada Senin, 25 Oktober 2027 pukul 07.00 WIB.

PERUBAHAN JADWAL UTS SEMESTER GANJIL
Ujian Tengah Semester ganjil yang semula dijadwalkan 1 November 2027 diundur satu minggu menjadi 8 November 2027. Jadwal per kelas menyusul melalui SIAKAD.

Hormat kami,
Bagian Akademik
""", A, "id",
  fields={"title": "PERUBAHAN JADWAL UTS SEMESTER GANJIL", "scope": "site",
          "publish_at": "2027-10-25T07:00:00+07:00"}, client="zimbra")

M("tebal-bintang-baris-pertama-kelas", "2027-10-22 10:00:00",
  ("Yoga Pratama, M.Ds.", "yoga.pratama@polibatam.ac.id"),
  "pengumuman Desain Grafis",
  """Halo tim, tolong pasang di kelas Desain Grafis (MM1203) ya:

*Pameran Karya Akhir Desain Grafis*
Mahasiswa memamerkan karya akhir di galeri lantai 2 pada 3 November 2027. Karya dipasang paling lambat sehari sebelumnya.

Tayang Senin 25/10/2027 jam 9.

Makasih
Yoga
""", A, "id",
  fields={"course_code": "MM1203", "course_name": "Desain Grafis", "title": "Pameran Karya Akhir Desain Grafis",
          "scope": "course", "publish_at": "2027-10-25T09:00:00+07:00"})

M("docx-lampiran-judul-tebal-halaman-depan", "2027-10-11 09:00:00",
  ("UPT Bahasa", "uptbahasa@polibatam.ac.id"),
  "Naskah pengumuman tes TOEIC",
  """Dengan hormat,

Terlampir naskah pengumuman tes TOEIC. Mohon ditayangkan di halaman depan e-learning pada Jumat, 15 Oktober 2027 pukul 07.00 WIB.

Terima kasih.
UPT Bahasa
""", A, "id",
  fields={"title": "Tes TOEIC Gratis Semester Ganjil", "scope": "site",
          "publish_at": "2027-10-15T07:00:00+07:00"},
  att=[("docx", "Pengumuman_TOEIC.docx", [
      "**Tes TOEIC Gratis Semester Ganjil",
      "UPT Bahasa menyelenggarakan tes TOEIC gratis bagi mahasiswa tingkat akhir. Pendaftaran melalui tautan di laman UPT Bahasa paling lambat 29 Oktober 2027.",
      "Kuota terbatas untuk 200 peserta.",
  ])])

M("judul-baris-berikut-sebagai-berikut", "2027-10-25 13:40:00",
  ("Ratna Sari, M.Ak.", "ratna.sari@polibatam.ac.id"),
  "pengumuman Akuntansi Biaya",
  """Siang,

Mohon dipasang pengumuman di kelas Akuntansi Biaya (AK2201). Judul pengumumannya sebagai berikut:
Perubahan Bobot Nilai Tugas
Bobot tugas menjadi 30 persen dan UAS 40 persen sesuai kesepakatan kelas.

Tayang besok jam 10.00.

Terima kasih
Ratna
""", A, "id",
  fields={"course_code": "AK2201", "course_name": "Akuntansi Biaya", "title": "Perubahan Bobot Nilai Tugas",
          "scope": "course", "publish_at": "2027-10-26T10:00:00+07:00"})

M("en-title-label-next-line-site-wide", "2027-10-26 10:00:00",
  ("Career Centre", "career@polibatam.ac.id"),
  "Internship fair",
  """Dear P4M team,

Please put up a site-wide announcement. Title:
Internship Fair 2027
Text: More than forty companies will open internship desks in the main hall. Bring printed CVs.

It should appear on Thursday, 28 October 2027 at 09:00.

Regards,
Career Centre
""", A, "en",
  fields={"title": "Internship Fair 2027", "scope": "site", "publish_at": "2027-10-28T09:00:00+07:00"})

# ---------------------------------------------------------------- no title at all

M("label-judul-menyusul-tanpa-judul", "2027-10-26 15:00:00",
  ("Dewi Lestari, M.M.", "dewi.lestari@polibatam.ac.id"),
  "pengumuman kunjungan",
  """Sore,

Mohon dibuatkan pengumuman di kelas Manajemen Rantai Pasok (LG2102).
Judul: menyusul
Isi: kunjungan ke gudang PT Sinar Logistik hari Sabtu, kumpul di lobi jam 07.30.

Tayang Kamis 28/10 pukul 08.00.

Terima kasih
Dewi
""", A, "id",
  fields={"course_code": "LG2102", "course_name": "Manajemen Rantai Pasok", "scope": "course",
          "publish_at": "2027-10-28T08:00:00+07:00"})

M("label-judul-kosong-tanda-strip", "2027-10-27 09:00:00",
  ("Bagian Keuangan", "keuangan@polibatam.ac.id"),
  "Pengumuman UKT",
  """Yth. Tim P4M,

Mohon ditayangkan di halaman depan:
Judul: -
Isi: Pembayaran UKT semester genap dapat dilakukan mulai 1 Desember 2027 melalui bank mitra.

Tayang Senin, 1 November 2027 pukul 08.00 WIB.

Bagian Keuangan
""", A, "id",
  fields={"scope": "site", "publish_at": "2027-11-01T08:00:00+07:00"}, client="outlook")

M("tanpa-judul-di-kelas-saya-sore-ini", "2027-10-27 12:30:00",
  ("Fitri Handayani, M.Kom.", "fitri.handayani@polibatam.ac.id"),
  "tolong umumkan",
  """Siang tim P4M, tolong umumkan di kelas saya Sistem Operasi (IF203) bahwa kuliah besok diganti dengan tugas mandiri di e-learning. Tayang sore ini jam 4 ya. Terima kasih.
""", A, "id",
  fields={"course_code": "IF203", "course_name": "Sistem Operasi", "scope": "course",
          "publish_at": "2027-10-27T16:00:00+07:00"})

M("en-site-wide-no-title-asap", "2027-10-27 14:00:00",
  ("IT Services", "it@polibatam.ac.id"),
  "Outage notice",
  """Hi P4M,

We need a site-wide notice that the campus VPN will be down tonight from 22:00 to 02:00 for a firmware upgrade. Please publish it as soon as possible.

Thanks,
IT Services
""", A, "en",
  fields={"scope": "site"})

M("segera-tanpa-jam-untuk-mahasiswa-mk", "2027-10-28 07:50:00",
  ("Irwan Setiawan, M.T.", "irwan.setiawan@polibatam.ac.id"),
  "pengumuman Basis Data",
  """Pagi,

Mohon segera diumumkan untuk mahasiswa MK Basis Data (IF204), judulnya: Kuliah Hari Ini Daring. Kuliah pukul 10.00 hari ini dilaksanakan lewat Zoom, tautan ada di course.

Terima kasih
Irwan
""", A, "id",
  fields={"course_code": "IF204", "course_name": "Basis Data", "title": "Kuliah Hari Ini Daring",
          "scope": "course"})

# ---------------------------------------------------------------- dates that are not the publish time

M("deadline-bukan-tayang-besok-jam-8", "2027-10-28 16:20:00",
  ("Rudi Hartono, M.Kom.", "rudi.hartono@polibatam.ac.id"),
  "pengumuman proyek akhir",
  """Sore,

Tolong pasang pengumuman di kelas Pemrograman Web (IF302) dengan judul Pengumpulan Proyek Akhir. Proyek akhir dikumpulkan paling lambat 30 Nov pukul 23.59 lewat tugas di e-learning.

Tayangkan besok jam 8 pagi.

Rudi
""", A, "id",
  fields={"course_code": "IF302", "course_name": "Pemrograman Web", "title": "Pengumpulan Proyek Akhir",
          "scope": "course", "publish_at": "2027-10-29T08:00:00+07:00"})

M("deadline-saja-tanpa-jam-tayang", "2027-10-29 09:00:00",
  ("Lina Marlina, M.Pd.", "lina.marlina@polibatam.ac.id"),
  "tugas kalkulus",
  """Pagi tim P4M,

Mohon diumumkan di kelas Kalkulus 1 (MT1101): tugas 3 dikumpulkan paling lambat Jumat, 5 November 2027 pukul 23.59 WIB di e-learning.

Terima kasih
Lina
""", A, "id",
  fields={"course_code": "MT1101", "course_name": "Kalkulus 1", "scope": "course"})

M("en-event-date-not-publish-noon", "2027-10-29 10:30:00",
  ("Prof. Hiroshi Tanaka", "h.tanaka@polibatam.ac.id"),
  "Message for Industrial Robotics",
  """Hello,

Please tell all students of my course Industrial Robotics (MK3305) that the lab exam will be held on 10 November at 8 am in the robotics lab. Post it tomorrow at noon, please.

Thank you,
Hiroshi Tanaka
""", A, "en",
  fields={"course_code": "MK3305", "course_name": "Industrial Robotics", "scope": "course",
          "publish_at": "2027-10-30T12:00:00+07:00"})

M("acara-dulu-tayang-belakangan-tengah-hari", "2027-11-01 08:15:00",
  ("Bagian Kemahasiswaan", "kemahasiswaan@polibatam.ac.id"),
  "pengumuman donor darah",
  """Pagi,

Kegiatan donor darah diadakan Kamis, 11 November 2027 pukul 08.00 di aula. Mohon diumumkan kepada seluruh civitas, tayang besok tengah hari.

Terima kasih
""", A, "id",
  fields={"scope": "site", "publish_at": "2027-11-02T12:00:00+07:00"})

# ---------------------------------------------------------------- publish times in every form

M("wita-kamis-pukul-09", "2027-11-01 13:00:00",
  ("Narasumber Makassar", "andi.mappa@unhas.ac.id"),
  "pengumuman webinar",
  """Selamat siang,

Mohon bantuan menayangkan pengumuman berjudul "Webinar Literasi Digital" di halaman utama e-learning Polibatam pada Kamis, 4 November 2027 pukul 09.00 WITA.

Terima kasih
Andi Mappa
""", A, "id",
  fields={"title": "Webinar Literasi Digital", "scope": "site", "publish_at": "2027-11-04T08:00:00+07:00"})

M("wit-jam-10-lusa", "2027-11-02 09:00:00",
  ("Yohanes Wenda", "yohanes.wenda@uncen.ac.id"),
  "pengumuman kuliah tamu",
  """Pagi tim P4M,

Saya dosen tamu dari Jayapura. Mohon diumumkan kepada semua mahasiswa: judul Kuliah Tamu Energi Terbarukan Papua. Tayang lusa jam 10 WIT.

Salam
Yohanes
""", A, "id",
  fields={"title": "Kuliah Tamu Energi Terbarukan Papua", "scope": "site",
          "publish_at": "2027-11-04T08:00:00+07:00"})

M("en-noon-front-page-titled", "2027-11-02 15:00:00",
  ("Student Affairs", "studentaffairs@polibatam.ac.id"),
  "Blood drive",
  """Dear P4M,

Please put an announcement titled "Blood Drive This Thursday" on the front page tomorrow at noon.

Best,
Student Affairs
""", A, "en",
  fields={"title": "Blood Drive This Thursday", "scope": "site", "publish_at": "2027-11-03T12:00:00+07:00"})

M("hari-jumat-jam-1-siang-kelas", "2027-11-03 10:00:00",
  ("Hendra Gunawan, M.Si.", "hendra.gunawan@polibatam.ac.id"),
  "pengumuman statistika",
  """Pagi,

Tolong buat pengumuman di kelas Statistika Industri (TI2103) berjudul Kuis Daring Statistika, isinya kuis dibuka di e-learning selama satu jam. Tayang hari Jumat jam 1 siang.

Terima kasih
""", A, "id",
  fields={"course_code": "TI2103", "course_name": "Statistika Industri", "title": "Kuis Daring Statistika",
          "scope": "course", "publish_at": "2027-11-05T13:00:00+07:00"})

M("malam-ini-pukul-20-semua-dosen", "2027-11-03 17:00:00",
  ("Wakil Direktur Bidang Akademik", "wadir1@polibatam.ac.id"),
  "pengumuman untuk dosen",
  """Sore tim P4M,

Mohon ditayangkan malam ini pukul 20.00 untuk semua dosen dengan judul "Pengisian Nilai Tengah Semester". Nilai UTS diisi di SIAKAD paling lambat 12 November 2027.

Terima kasih
""", A, "id",
  fields={"title": "Pengisian Nilai Tengah Semester", "scope": "site",
          "publish_at": "2027-11-03T20:00:00+07:00"})

M("en-this-friday-730-pm-course", "2027-11-03 11:00:00",
  ("Dr. Emily Carter", "emily.carter@polibatam.ac.id"),
  "Cloud Computing notice",
  """Hello,

Please post a notice in my course Cloud Computing (IF405) titled "Project Groups Are Final". Publish it this Friday, 7.30 pm.

Thanks,
Emily
""", A, "en",
  fields={"course_code": "IF405", "course_name": "Cloud Computing", "title": "Project Groups Are Final",
          "scope": "course", "publish_at": "2027-11-05T19:30:00+07:00"})

M("en-thursday-evening-at-8-course", "2027-11-08 09:30:00",
  ("Prof. Hiroshi Tanaka", "h.tanaka@polibatam.ac.id"),
  "For my students",
  """Hello,

I teach Industrial Robotics (MK3305). Please let my students know on the course page that the lab report deadline moved to Monday. It should go out on Thursday evening at 8.

Thank you,
Hiroshi Tanaka
""", A, "en",
  fields={"course_code": "MK3305", "course_name": "Industrial Robotics", "scope": "course",
          "publish_at": "2027-11-11T20:00:00+07:00"})

M("minggu-depan-hari-rabu-jam-7-pagi", "2027-11-08 10:00:00",
  ("Siti Aminah, M.T.", "siti.aminah@polibatam.ac.id"),
  "pengumuman jaringan",
  """Pagi min,

Mohon pasang pengumuman di kelas Jaringan Komputer (TI2205) judulnya: Praktikum Routing Dimulai. Tayang minggu depan hari Rabu jam 7 pagi.

Makasih
Siti
""", A, "id",
  fields={"course_code": "TI2205", "course_name": "Jaringan Komputer", "title": "Praktikum Routing Dimulai",
          "scope": "course", "publish_at": "2027-11-17T07:00:00+07:00"})

M("en-wednesday-next-week-9am-site", "2027-11-08 14:00:00",
  ("International Office", "international@polibatam.ac.id"),
  "Exchange info session",
  """Dear P4M team,

Please post this on the front page for all students, with the heading "Exchange Info Session". The session is on 24 November in the main hall. Please publish it Wednesday next week at 9am.

Best regards,
International Office
""", A, "en",
  fields={"title": "Exchange Info Session", "scope": "site", "publish_at": "2027-11-17T09:00:00+07:00"})

M("titik-dua-1330-tanggal-panjang", "2027-11-09 08:00:00",
  ("Bagian Akademik", "akademik@polibatam.ac.id"),
  "pengumuman wisuda",
  """Yth. Tim P4M,

Mohon ditayangkan untuk seluruh mahasiswa pengumuman dengan judul Pendaftaran Wisuda Periode Desember pada tanggal 12 November 2027 jam 13:30.

Hormat kami,
Bagian Akademik
""", A, "id",
  fields={"title": "Pendaftaran Wisuda Periode Desember", "scope": "site",
          "publish_at": "2027-11-12T13:30:00+07:00"})

M("dd-mm-yy-strip-jam-kelas", "2027-11-09 11:00:00",
  ("Fitri Handayani, M.Kom.", "fitri.handayani@polibatam.ac.id"),
  "pengumuman sistem operasi",
  """Siang,

Tolong pasang pengumuman di kelas Sistem Operasi (IF203) judul "Remedial UTS Sistem Operasi". Tayang 15-11-27 jam 08.00.

Terima kasih
Fitri
""", A, "id",
  fields={"course_code": "IF203", "course_name": "Sistem Operasi", "title": "Remedial UTS Sistem Operasi",
          "scope": "course", "publish_at": "2027-11-15T08:00:00+07:00"})

M("en-d-m-y-slash-at-0800-course", "2027-11-10 09:00:00",
  ("Daniel Brooks", "daniel.brooks@polibatam.ac.id"),
  "Notice for Technical English",
  """Hi,

Could you add an announcement to my course Technical English (EN1101)? Heading: Oral Test Schedule Posted. Please publish on 16/11/2027 at 08:00.

Thanks,
Daniel
""", A, "en",
  fields={"course_code": "EN1101", "course_name": "Technical English", "title": "Oral Test Schedule Posted",
          "scope": "course", "publish_at": "2027-11-16T08:00:00+07:00"})

M("besok-pagi-tanpa-jam-tidak-diklaim", "2027-11-10 20:00:00",
  ("Bambang Suryadi, M.T.", "bambang.suryadi@polibatam.ac.id"),
  "pengumuman fisika",
  """Malam,

Mohon diumumkan di kelas Fisika Terapan (MS1102) dengan judul Kuliah Besok Ditiadakan. Tayang besok pagi ya.

Terima kasih
""", A, "id",
  fields={"course_code": "MS1102", "course_name": "Fisika Terapan", "title": "Kuliah Besok Ditiadakan",
          "scope": "course"})

M("siang-ini-jam-12-halaman-depan-bintang-html", "2027-11-11 09:00:00",
  ("Humas Polibatam", "humas@polibatam.ac.id"),
  "pengumuman dies natalis",
  "Mohon ditayangkan di halaman depan e-learning siang ini jam 12.\n\n"
  "Dies Natalis Polibatam ke-27\nUpacara dies natalis diadakan di lapangan utama pada 18 November 2027. "
  "Seluruh mahasiswa dan dosen diharapkan hadir.\n\nHumas\n", A, "id",
  fields={"title": "Dies Natalis Polibatam ke-27", "scope": "site", "publish_at": "2027-11-11T12:00:00+07:00"},
  html_body="""<div dir="ltr"><div>Mohon ditayangkan di halaman depan e-learning siang ini jam 12.</div><div><br></div>
<div><b>Dies Natalis Polibatam ke-27</b></div>
<div>Upacara dies natalis diadakan di lapangan utama pada 18 November 2027. Seluruh mahasiswa dan dosen diharapkan hadir.</div><div><br></div><div>Humas</div></div>""")

# ---------------------------------------------------------------- scope said many ways, mixed language

M("campur-titlenya-front-page-besok-sore", "2027-11-11 13:00:00",
  ("Himpunan Mahasiswa Informatika", "hmif@students.polibatam.ac.id"),
  "minta post announcement",
  """Hi min, please announce di front page ya buat all students, titlenya "Open Recruitment Asisten Lab 2027". Post besok sore jam 4 ya min. Thanks!
""", A, "mixed",
  fields={"title": "Open Recruitment Asisten Lab 2027", "scope": "site",
          "publish_at": "2027-11-12T16:00:00+07:00"}, client="iphone")

M("campur-judul-english-kelas-saya-pkl", "2027-11-12 08:30:00",
  ("Daniel Brooks", "daniel.brooks@polibatam.ac.id"),
  "pengumuman Technical English",
  """Pagi tim P4M, sorry my Bahasa is limited. Tolong pasang announcement di kelas saya Technical English (EN1101), judul: Vocabulary Quiz Moved. Publish Senin, 15 November 2027 pkl 07.00. Terima kasih banyak!
""", A, "mixed",
  fields={"course_code": "EN1101", "course_name": "Technical English", "title": "Vocabulary Quiz Moved",
          "scope": "course", "publish_at": "2027-11-15T07:00:00+07:00"})

M("semua-mahasiswa-kelas-saya-course-bukan-site", "2027-11-12 14:00:00",
  ("Irwan Setiawan, M.T.", "irwan.setiawan@polibatam.ac.id"),
  "pengumuman kelas Basis Data",
  """Siang,

Mohon diumumkan kepada semua mahasiswa di kelas saya, Basis Data (IF204), dengan judul "Praktikum SQL Lanjutan". Tayang Senin 15/11/2027 jam 8 pagi.

Terima kasih
Irwan
""", A, "id",
  fields={"course_code": "IF204", "course_name": "Basis Data", "title": "Praktikum SQL Lanjutan",
          "scope": "course", "publish_at": "2027-11-15T08:00:00+07:00"})

M("seluruh-mahasiswa-mk-course-bukan-site", "2027-11-15 10:00:00",
  ("Ratna Sari, M.Ak.", "ratna.sari@polibatam.ac.id"),
  "pengumuman akuntansi",
  """Pagi,

Mohon ditayangkan untuk seluruh mahasiswa MK Akuntansi Biaya (AK2201) pengumuman berjudul "Kelas Pengganti Akuntansi Biaya". Tayang Rabu, 17 November 2027 pukul 07.00.

Terima kasih
""", A, "id",
  fields={"course_code": "AK2201", "course_name": "Akuntansi Biaya", "title": "Kelas Pengganti Akuntansi Biaya",
          "scope": "course", "publish_at": "2027-11-17T07:00:00+07:00"})

M("en-visiting-prof-all-my-students-course", "2027-11-15 16:00:00",
  ("Prof. Maria Gomez", "maria.gomez@polibatam.ac.id"),
  "Notice for International Business",
  """Dear P4M team,

As the visiting professor for International Business (IB2101), I would like all students in my class to see a notice titled "Case Study Groups Announced". Please make it visible tomorrow at 8:00 am.

Kind regards,
Maria Gomez
""", A, "en",
  fields={"course_code": "IB2101", "course_name": "International Business", "title": "Case Study Groups Announced",
          "scope": "course", "publish_at": "2027-11-16T08:00:00+07:00"})

M("dgn-judul-singkat-kode-saja-jam-7-malam", "2027-11-16 18:30:00",
  ("Andi Saputra", "andi.saputra@students.polibatam.ac.id"),
  "pengumuman",
  """min tlg pasang pengumuman di EL2201 dgn judul Asistensi Tambahan Sistem Digital, tayang bsk jam 7 malam. tks
""", A, "id",
  fields={"course_code": "EL2201", "title": "Asistensi Tambahan Sistem Digital", "scope": "course",
          "publish_at": "2027-11-17T19:00:00+07:00"}, client="iphone")


if __name__ == "__main__":
    sys.exit(E.main())

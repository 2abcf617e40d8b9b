#!/usr/bin/env python3
"""Generate the fourth P4M helpdesk TUNING corpus (42 labelled request e-mails).

Voices no other corpus has: lecturers of Teknik Mesin, Elektro, Logistik and Multimedia,
class representatives (komting), lab assistants, the academic office, the international
office and a visiting professor; aimed at announcement titles (named every way, or not
at all: then none may be claimed), course versus site scope, publish times, course names
and change values that must not be claimed when doubtful.

The message engine is the first tuning corpus's generator, imported from
../requests-tune/make_tune.py; every body here was written by hand, and the batch was
scored before any rule was changed for it (the first 30, then the last 12).
Run:  python3 make_tune4.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 8, "announcement": 23, "elearning_support": 5,
          "document_request": 1, "other": 5}
M = E.M

# ---------------------------------------------------------------- announcement

M("mesin-kelas-judul-dengan-judul-besok-pagi", "2027-01-11 15:20:00",
  ("Agus Salim, S.T., M.T.", "agus.salim@polibatam.ac.id"),
  "pengumuman kelas",
  """Selamat sore tim P4M,

Mohon dibuatkan pengumuman di e-learning untuk mahasiswa kelas Mekanika Teknik (MT1201) dengan judul Praktikum Uji Tarik Ditunda, isinya: praktikum uji tarik minggu ini ditunda ke minggu depan karena mesin UTM sedang dikalibrasi.

Tolong ditayangkan besok pagi jam 07.00.

Terima kasih,
Agus Salim
Dosen Teknik Mesin
""", "announcement", "id",
  fields={"course_code": "MT1201", "course_name": "Mekanika Teknik",
          "title": "Praktikum Uji Tarik Ditunda", "scope": "course",
          "publish_at": "2027-01-12T07:00:00+07:00"})

M("komting-tanpa-judul-kelas-kamis", "2027-01-11 19:45:00",
  ("Fajar Nugroho", "fajar.nugroho@students.polibatam.ac.id"),
  "titip pengumuman",
  """kak saya komting kelas Elektronika Dasar (EL1102) pagi. dosen minta diumumkan di elearning kelas kami kalau kuliah hari kamis pindah ke ruang 305. tolong dipasang kamis 14 januari jam 6 pagi ya kak. makasih
""", "announcement", "id",
  fields={"course_code": "EL1102", "course_name": "Elektronika Dasar",
          "scope": "course", "publish_at": "2027-01-14T06:00:00+07:00"}, client="iphone")

M("akademik-seluruh-civitas-perihal", "2027-01-12 08:05:00",
  ("Bagian Akademik", "akademik@polibatam.ac.id"),
  "Permohonan Penayangan Pengumuman",
  """Yth. Tim P4M,

Bersama ini kami mohon bantuan untuk menayangkan pengumuman berjudul "Jadwal Pengisian KRS Semester Genap 2026/2027" di halaman depan e-learning agar dapat dibaca seluruh civitas akademika Politeknik Negeri Batam.

Pengumuman mohon ditayangkan pada Senin, 18 Januari 2027 pukul 08.00 WIB.

Isi pengumuman:
Pengisian KRS semester genap dibuka tanggal 18 sampai 29 Januari 2027 melalui SIAKAD. Mahasiswa wajib berkonsultasi dengan dosen wali sebelum mengisi KRS.

Hormat kami,
Bagian Akademik
Politeknik Negeri Batam
""", "announcement", "id",
  fields={"title": "Jadwal Pengisian KRS Semester Genap 2026/2027", "scope": "site",
          "publish_at": "2027-01-18T08:00:00+07:00"}, client="outlook")

M("en-international-office-all-students-headline", "2027-01-12 10:30:00",
  ("International Office", "international@polibatam.ac.id"),
  "Announcement request: exchange programme",
  """Dear P4M team,

Could you please post the following announcement on the e-learning front page for all students?

Headline: Student Exchange to Malaysia 2027 Now Open
Publish: Wednesday, 13 January 2027, 09:00 WIB

Applications for the one-semester exchange with our partner universities in Malaysia are now open until 15 February. Details and forms are available at the International Office.

Best regards,
International Office
Politeknik Negeri Batam
""", "announcement", "en",
  fields={"title": "Student Exchange to Malaysia 2027 Now Open", "scope": "site",
          "publish_at": "2027-01-13T09:00:00+07:00"})

M("en-visiting-professor-my-course-no-title", "2027-01-12 14:10:00",
  ("Prof. Hiroshi Tanaka", "h.tanaka@polibatam.ac.id"),
  "Message for my students",
  """Hello,

I am the visiting professor teaching Industrial Robotics (MK3305) this semester. Please let my students know through the course page that Friday's lecture will start at 10:00 instead of 08:00. It would be good if they saw it on Thursday evening, around 7 pm.

Thank you,
Hiroshi Tanaka
""", "announcement", "en",
  fields={"course_code": "MK3305", "course_name": "Industrial Robotics", "scope": "course",
          "publish_at": "2027-01-14T19:00:00+07:00"})

M("aslab-judul-subjek-kelas-nama-saja", "2027-01-13 09:15:00",
  ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
  "Pengumuman: Pembagian Kelompok Praktikum Rangkaian Listrik",
  """Pagi min, saya asisten lab Elektro. Tolong pengumuman di subjek dipasang di kelas Rangkaian Listrik ya, lampiran daftar kelompok menyusul dari dosen. Tayang hari ini jam 13.00.

Rahmat
Asisten Laboratorium Elektro
""", "announcement", "id",
  fields={"course_name": "Rangkaian Listrik", "title": "Pembagian Kelompok Praktikum Rangkaian Listrik",
          "scope": "course", "publish_at": "2027-01-13T13:00:00+07:00"})

M("logistik-semua-mahasiswa-prodi-tanpa-judul", "2027-01-13 11:00:00",
  ("Dewi Lestari, M.M.", "dewi.lestari@polibatam.ac.id"),
  "kunjungan industri",
  """Selamat siang,

Saya koordinator kunjungan industri prodi Logistik. Mohon diumumkan di e-learning untuk semua mahasiswa prodi Logistik bahwa kunjungan ke Pelabuhan Batu Ampar dilaksanakan Sabtu 23 Januari, kumpul di lobi jam 07.30. Pengumuman dipasang Senin 18 Januari pukul 09.00.

Terima kasih
Dewi Lestari
""", "announcement", "id",
  fields={"scope": "site", "publish_at": "2027-01-18T09:00:00+07:00"})

M("multimedia-judul-kutip-tunggal-kode-kurung", "2027-01-13 16:40:00",
  ("Yoga Pratama, M.Ds.", "yoga.pratama@polibatam.ac.id"),
  "Pengumuman kelas Animasi 3D",
  """Halo tim P4M,

Mohon pasang pengumuman 'Pengumpulan Storyboard Diperpanjang' di kelas Animasi 3D (MM2104). Isinya: batas pengumpulan storyboard diperpanjang sampai Jumat 22 Januari pukul 23.59.

Tayang 14/01/2027 pkl 08.00.

Salam,
Yoga
""", "announcement", "id",
  fields={"course_code": "MM2104", "course_name": "Animasi 3D",
          "title": "Pengumpulan Storyboard Diperpanjang", "scope": "course",
          "publish_at": "2027-01-14T08:00:00+07:00"})

M("en-academic-office-all-students-no-title-monday", "2027-01-14 09:00:00",
  ("Academic Office", "akademik@polibatam.ac.id"),
  "Exam schedule notice",
  """Dear P4M,

Please put a notice on the e-learning homepage for all students saying that the final exam timetable will be available on SIAKAD from next Monday. Please publish it on Monday 18 January 2027 at 07:00.

Regards,
Academic Office
""", "announcement", "en",
  fields={"scope": "site", "publish_at": "2027-01-18T07:00:00+07:00"})

M("mesin-berikut-judul-baris-sendiri-kelas-kode", "2027-01-14 13:25:00",
  ("Budi Santoso, S.T., M.Eng.", "budi.santoso@polibatam.ac.id"),
  "Mohon ditayangkan",
  """Assalamualaikum,

Mohon ditayangkan pengumuman berikut di kelas Termodinamika (MT2103) pada Senin, 18 Januari 2027 pukul 07.00 WIB.

Judul:
Kuis Termodinamika Minggu Ketiga

Kuis dilaksanakan secara daring pada jam kuliah, materi siklus Rankine.

Wassalam,
Budi Santoso
""", "announcement", "id",
  fields={"course_code": "MT2103", "course_name": "Termodinamika",
          "title": "Kuis Termodinamika Minggu Ketiga", "scope": "course",
          "publish_at": "2027-01-18T07:00:00+07:00"})

M("komting-en-campur-kelas-tgl-jam-sore", "2027-01-15 16:00:00",
  ("Nadia Putri", "nadia.putri@students.polibatam.ac.id"),
  "pengumuman PKN",
  """halo min, aku komting kelas Pengantar Kewarganegaraan (UM1103) sore. bu dosen minta announcement di elearning kelas kita: "Tugas Makalah Dikumpulkan Lewat E-learning". tolong tayang tgl 19/1 jam 4 sore. thanks min
""", "announcement", "id",
  fields={"course_code": "UM1103", "course_name": "Pengantar Kewarganegaraan",
          "title": "Tugas Makalah Dikumpulkan Lewat E-learning", "scope": "course",
          "publish_at": "2027-01-19T16:00:00+07:00"}, client="iphone")

M("elektro-seluruh-mahasiswa-jurusan-judul-titik-dua", "2027-01-15 10:10:00",
  ("Sekretariat Jurusan Teknik Elektro", "sekjur.elektro@polibatam.ac.id"),
  "Pengumuman jurusan",
  """Dengan hormat,

Mohon bantuan menayangkan pengumuman untuk seluruh mahasiswa Jurusan Teknik Elektro di halaman utama e-learning.

Judul pengumuman: Pemadaman Listrik Gedung Teknik Sabtu Ini
Waktu tayang: Jumat, 15 Januari 2027 pukul 14.00 WIB

Isi: Sehubungan dengan perawatan gardu, listrik gedung Teknik padam Sabtu 16 Januari pukul 08.00-16.00.

Hormat kami,
Sekretariat Jurusan Teknik Elektro
""", "announcement", "id",
  fields={"title": "Pemadaman Listrik Gedung Teknik Sabtu Ini", "scope": "site",
          "publish_at": "2027-01-15T14:00:00+07:00"}, client="zimbra")

M("en-visiting-prof-titled-course-name-only", "2027-01-15 20:30:00",
  ("Prof. Anna Schmidt", "anna.schmidt@polibatam.ac.id"),
  "Course announcement",
  """Dear colleagues,

Could you post an announcement titled Guest Lecture on Supply Chain Analytics in my Supply Chain Management course? It should appear on Tuesday, 19 January at 8:00 am.

The guest lecture will be given by Dr. Lee of NUS in room B201.

Many thanks,
Anna Schmidt
Visiting Professor, Logistics
""", "announcement", "en",
  fields={"course_name": "Supply Chain Management",
          "title": "Guest Lecture on Supply Chain Analytics", "scope": "course",
          "publish_at": "2027-01-19T08:00:00+07:00"})

M("aslab-multimedia-kelas-besok-siang-tanpa-judul", "2027-01-18 10:50:00",
  ("Intan Permata", "intan.permata@polibatam.ac.id"),
  "info lab",
  """Siang kak P4M, saya aslab Multimedia. Tolong umumkan di kelas Fotografi Digital (MM1203) kalau peminjaman kamera untuk tugas 2 bisa mulai Rabu di lab 2. Tayang besok jam 12 siang aja kak.

Intan
""", "announcement", "id",
  fields={"course_code": "MM1203", "course_name": "Fotografi Digital", "scope": "course",
          "publish_at": "2027-01-19T12:00:00+07:00"})

# ---------------------------------------------------------------- course_data

M("mesin-nama-mk-seharusnya", "2027-01-11 10:00:00",
  ("Agus Salim, S.T., M.T.", "agus.salim@polibatam.ac.id"),
  "nama mata kuliah",
  """Selamat pagi, nama mata kuliah MT2205 di e-learning tertulis Gambar Teknik 2, seharusnya Gambar Teknik Lanjut. Mohon dibetulkan. Terima kasih.
""", "course_data", "id",
  fields={"course_code": "MT2205", "course_name": "Gambar Teknik 2",
          "changes": {"fullname": "Gambar Teknik Lanjut"}})

M("komting-dosen-salah-tanpa-nama-baru", "2027-01-12 21:15:00",
  ("Andi Saputra", "andi.saputra@students.polibatam.ac.id"),
  "dosen di elearning salah",
  """min, di elearning kelas Sistem Digital (EL2201) nama dosennya masih pak yang semester lalu, padahal sekarang sudah ganti dosen. tolong diganti ya min, nama dosen barunya nanti saya tanyakan dulu
""", "course_data", "id",
  fields={"course_code": "EL2201", "course_name": "Sistem Digital"}, client="iphone")

M("logistik-short-name-dan-kunci", "2027-01-13 08:30:00",
  ("Dewi Lestari, M.M.", "dewi.lestari@polibatam.ac.id"),
  "perubahan data MK Manajemen Pergudangan",
  """Selamat pagi,

Untuk MK Manajemen Pergudangan (LG2104), mohon short name diubah menjadi LG2104-GUDANG dan enrolment key diganti jadi gudang2027.

Terima kasih,
Dewi Lestari
""", "course_data", "id",
  fields={"course_code": "LG2104", "course_name": "Manajemen Pergudangan",
          "changes": {"shortname": "LG2104-GUDANG", "enrolment_key": "gudang2027"}})

M("en-visiting-prof-course-title-wrong-unsure", "2027-01-14 11:45:00",
  ("Prof. Hiroshi Tanaka", "h.tanaka@polibatam.ac.id"),
  "Course title",
  """Hello,

The title of my course MK3305 on the e-learning site is not the one in the curriculum. I will check the exact wording with the programme head and come back to you.

Best,
Hiroshi Tanaka
""", "course_data", "en",
  fields={"course_code": "MK3305"})

M("multimedia-dosen-dari-ke", "2027-01-14 15:30:00",
  ("Prodi Multimedia", "prodi.multimedia@polibatam.ac.id"),
  "Pergantian dosen Desain Grafis",
  """Yth. Tim P4M,

Mohon dosen pengampu Desain Grafis (MM1102) di e-learning diganti dari Yoga Pratama, M.Ds. ke Rina Marlina, S.Sn., M.Ds. mulai semester ini.

Terima kasih
Prodi Multimedia
""", "course_data", "id",
  fields={"course_code": "MM1102", "course_name": "Desain Grafis",
          "changes": {"lecturer": "Rina Marlina, S.Sn., M.Ds."}})

M("elektro-semester-yang-benar", "2027-01-15 09:20:00",
  ("Hendra Wijaya", "hendra.wijaya@polibatam.ac.id"),
  "semester MK",
  """Pagi, MK Mikrokontroler (EL3102) di e-learning tercatat semester 4, yang benar semester 5. Mohon diperbaiki ya. Tks
""", "course_data", "id",
  fields={"course_code": "EL3102", "course_name": "Mikrokontroler",
          "changes": {"semester": "5"}})

M("akademik-nama-mk-mungkin-tanya", "2027-01-18 13:00:00",
  ("Bagian Akademik", "akademik@polibatam.ac.id"),
  "Nama MK LG1101",
  """Yth. Tim P4M,

Nama mata kuliah LG1101 Pengantar Logistik di e-learning barangkali perlu disesuaikan dengan kurikulum baru, mungkin menjadi Dasar-Dasar Logistik, namun kami masih menunggu konfirmasi prodi. Mohon jangan diubah dulu sampai ada kabar dari kami.

Hormat kami,
Bagian Akademik
""", "course_data", "id",
  fields={"course_code": "LG1101", "course_name": "Pengantar Logistik"})

# ---------------------------------------------------------------- elearning_support

M("aslab-tidak-bisa-upload-video-praktikum", "2027-01-11 14:00:00",
  ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
  "upload video",
  """Siang, saya asisten lab Elektro. Waktu upload video praktikum (mp4 180 MB) ke kelas Rangkaian Listrik selalu gagal di 99%, muncul tulisan "file terlalu besar". Apakah ada batas ukuran? Mohon bantuannya.
""", "elearning_support", "id")

M("komting-teman-tidak-terdaftar-kelas", "2027-01-12 07:40:00",
  ("Fajar Nugroho", "fajar.nugroho@students.polibatam.ac.id"),
  "teman ga bisa masuk kelas",
  """kak, 3 teman sekelas saya ga ada di daftar peserta kelas Elektronika Dasar di elearning, jadi mereka ga bisa lihat materi. NIM nya 4312501001, 4312501007, 4312501015. tolong dibantu kak
""", "elearning_support", "id", client="iphone")

M("en-international-student-cannot-login", "2027-01-13 08:20:00",
  ("Li Wei", "li.wei@students.polibatam.ac.id"),
  "cannot log in",
  """Hello, I am an exchange student from China. My account does not work on the e-learning site, it says "Invalid login, please try again" although I use the password from the International Office. Please help.

Li Wei
""", "elearning_support", "en")

M("mesin-kuis-tidak-bisa-dibuka-mahasiswa", "2027-01-14 07:55:00",
  ("Budi Santoso, S.T., M.Eng.", "budi.santoso@polibatam.ac.id"),
  "kuis tidak bisa dibuka",
  """Pagi, kuis yang saya buat di kelas Termodinamika tidak bisa dibuka oleh mahasiswa, katanya muncul "This quiz is not currently available" padahal sudah saya atur dibuka jam 07.30. Mohon dicek segera, kuis mulai 10 menit lagi.
""", "elearning_support", "id")

M("multimedia-nilai-tugas-tidak-tersimpan", "2027-01-15 22:10:00",
  ("Yoga Pratama, M.Ds.", "yoga.pratama@polibatam.ac.id"),
  "nilai tidak tersimpan",
  """Malam, saya sudah menilai 35 tugas di Animasi 3D tapi setelah klik simpan nilainya kosong lagi semua. Sudah dua kali begini. Tolong dibantu.
""", "elearning_support", "id")

# ---------------------------------------------------------------- other / document_request

M("komting-tanya-jadwal-ujian-ke-akademik", "2027-01-13 20:00:00",
  ("Nadia Putri", "nadia.putri@students.polibatam.ac.id"),
  "jadwal uas",
  """min mau tanya jadwal UAS semester ini kapan keluar ya? di SIAKAD belum ada. makasih
""", "other", "id", client="iphone")

M("en-visiting-prof-thanks-workshop", "2027-01-16 09:00:00",
  ("Prof. Anna Schmidt", "anna.schmidt@polibatam.ac.id"),
  "Thank you",
  """Dear P4M team,

Thank you very much for the workshop on blended learning last Thursday. It was very useful, and I look forward to the next one.

Warm regards,
Anna Schmidt
""", "other", "en")

M("international-office-undangan-rapat", "2027-01-18 08:30:00",
  ("International Office", "international@polibatam.ac.id"),
  "Undangan rapat koordinasi",
  """Yth. Kepala P4M,

Kami mengundang Bapak/Ibu menghadiri rapat koordinasi penerimaan mahasiswa asing pada Rabu, 20 Januari 2027 pukul 10.00 WIB di ruang rapat Direktorat.

Hormat kami,
International Office
""", "other", "id")

M("aslab-minta-template-modul-praktikum", "2027-01-18 14:20:00",
  ("Intan Permata", "intan.permata@polibatam.ac.id"),
  "template modul",
  """Siang kak, boleh minta file template modul praktikum standar P4M? saya mau menyusun modul lab Multimedia. terima kasih
""", "document_request", "id")

# ---------------------------------------------------------------- the second batch (12)

M("en-intl-office-subject-is-title-front-page", "2027-01-19 09:00:00",
  ("International Office", "international@polibatam.ac.id"),
  "Call for Applications: Summer Course in Japan 2027",
  """Dear P4M team,

Please publish the announcement in the subject line on the e-learning front page so that all students and lecturers can read it, starting Thursday 21 January 2027 at 08:00 WIB. The full text is below.

Polibatam invites students to apply for a two-week summer course at our partner institute in Osaka. Deadline: 28 February 2027.

Best regards,
International Office
""", "announcement", "en",
  fields={"title": "Call for Applications: Summer Course in Japan 2027", "scope": "site",
          "publish_at": "2027-01-21T08:00:00+07:00"})

M("logistik-mahasiswa-kelas-a-saja-judul-tentang", "2027-01-19 10:30:00",
  ("Dewi Lestari, M.M.", "dewi.lestari@polibatam.ac.id"),
  "pengumuman untuk kelas LG-2A",
  """Selamat pagi,

Mohon dipasang pengumuman tentang "Perubahan Ruang Kuliah Transportasi Laut" untuk mahasiswa kelas LG-2A di mata kuliah Transportasi Laut (LG2203). Mulai minggu depan kuliah pindah ke ruang C305.

Ditayangkan hari ini pukul 15.00 WIB.

Terima kasih
""", "announcement", "id",
  fields={"course_code": "LG2203", "course_name": "Transportasi Laut",
          "title": "Perubahan Ruang Kuliah Transportasi Laut", "scope": "course",
          "publish_at": "2027-01-19T15:00:00+07:00"})

M("akademik-tanpa-judul-beranda-rabu", "2027-01-19 13:00:00",
  ("Bagian Akademik", "akademik@polibatam.ac.id"),
  "Info libur",
  """Yth. Tim P4M,

Mohon diinformasikan melalui beranda e-learning bahwa kampus libur pada Jumat, 29 Januari 2027 dalam rangka dies natalis, kegiatan perkuliahan diganti pada minggu berikutnya. Mohon ditayangkan Rabu, 27 Januari 2027 pukul 08.00 WIB.

Hormat kami,
Bagian Akademik
""", "announcement", "id",
  fields={"scope": "site", "publish_at": "2027-01-27T08:00:00+07:00"}, client="outlook")

M("mesin-judul-dalam-kurung-siku-kelas", "2027-01-19 16:45:00",
  ("Agus Salim, S.T., M.T.", "agus.salim@polibatam.ac.id"),
  "[Pengumuman] Kelas Mekanika Teknik",
  """Sore,

Tolong pasang di kelas Mekanika Teknik (MT1201) pengumuman dengan judul [Hasil Kuis 1 Sudah Bisa Dilihat]. Tayang besok jam 8 pagi.

Terima kasih
Agus
""", "announcement", "id",
  fields={"course_code": "MT1201", "course_name": "Mekanika Teknik",
          "title": "Hasil Kuis 1 Sudah Bisa Dilihat", "scope": "course",
          "publish_at": "2027-01-20T08:00:00+07:00"})

M("en-visiting-prof-course-name-quoted-title-noon", "2027-01-20 08:10:00",
  ("Prof. Hiroshi Tanaka", "h.tanaka@polibatam.ac.id"),
  "Announcement for Industrial Robotics",
  """Hello,

For the Industrial Robotics course, could you post an announcement with the title "Lab Safety Briefing Is Mandatory"? Please make it visible from today at noon.

Text: All students must attend the lab safety briefing before using the robot cells.

Thank you,
Hiroshi Tanaka
""", "announcement", "en",
  fields={"course_name": "Industrial Robotics", "title": "Lab Safety Briefing Is Mandatory",
          "scope": "course", "publish_at": "2027-01-20T12:00:00+07:00"})

M("komting-multimedia-semua-angkatan-tanpa-judul", "2027-01-20 19:20:00",
  ("Galih Ramadhan", "galih.ramadhan@students.polibatam.ac.id"),
  "info pameran",
  """kak, saya ketua himpunan Multimedia. boleh minta tolong diumumkan ke seluruh mahasiswa di e-learning kalau pameran karya Multimedia diadakan tanggal 30 Januari di gedung utama? kalau bisa tayang tgl 25/1 jam 9 pagi kak. makasih banyak
""", "announcement", "id",
  fields={"scope": "site", "publish_at": "2027-01-25T09:00:00+07:00"}, client="iphone")

M("elektro-judul-titik-dua-pada-baris-kelas-nama", "2027-01-21 09:30:00",
  ("Hendra Wijaya", "hendra.wijaya@polibatam.ac.id"),
  "Mohon bantuan pengumuman",
  """Pagi,

Mohon bantuannya memasang pengumuman di kelas Mikrokontroler (EL3102):

Jadwal Presentasi Proyek Akhir

Urutan presentasi sudah saya unggah di folder Proyek. Presentasi dimulai Senin depan.

Tayang: Jumat, 22 Januari 2027 pukul 10.00 WIB

Terima kasih
Hendra
""", "announcement", "id",
  fields={"course_code": "EL3102", "course_name": "Mikrokontroler",
          "title": "Jadwal Presentasi Proyek Akhir", "scope": "course",
          "publish_at": "2027-01-22T10:00:00+07:00"})

M("en-academic-office-programme-students-titled-monday-morning", "2027-01-21 14:00:00",
  ("Academic Office", "akademik@polibatam.ac.id"),
  "Notice for all Logistics students",
  """Dear P4M,

Please post a notice titled Thesis Proposal Deadline Extended for all students of the Logistics programme, on the e-learning homepage, next Monday morning at 7.

Regards,
Academic Office
""", "announcement", "en",
  fields={"title": "Thesis Proposal Deadline Extended", "scope": "site",
          "publish_at": "2027-01-25T07:00:00+07:00"})

M("multimedia-kelas-tayang-sekarang-tanpa-jam", "2027-01-22 11:00:00",
  ("Yoga Pratama, M.Ds.", "yoga.pratama@polibatam.ac.id"),
  "pengumuman Animasi 3D",
  """Siang, tolong pasang pengumuman di kelas Animasi 3D (MM2104) bahwa kuliah hari ini diganti tugas mandiri. Secepatnya ya, terima kasih.
""", "announcement", "id",
  fields={"course_code": "MM2104", "course_name": "Animasi 3D", "scope": "course"})

M("komting-nama-mk-bukan-tapi", "2027-01-19 20:00:00",
  ("Andi Saputra", "andi.saputra@students.polibatam.ac.id"),
  "nama MK salah",
  """min nama MK EL2201 di elearning bukan Sistem Digital tapi Sistem Digital Lanjut, tolong dibetulkan ya min
""", "course_data", "id",
  fields={"course_code": "EL2201", "course_name": "Sistem Digital",
          "changes": {"fullname": "Sistem Digital Lanjut"}}, client="iphone")

M("en-intl-office-lecturer-maybe-not-claim", "2027-01-21 10:00:00",
  ("International Office", "international@polibatam.ac.id"),
  "Lecturer for IB2101",
  """Dear P4M,

For International Business (IB2101) the lecturer on the course page might need to change next month, possibly to Dr. Maria Gomez, but nothing is decided yet. We will confirm later.

Regards,
International Office
""", "other", "en",
  note="A change planned for later and not decided, told ahead: not a request yet (issue 17; tune16-plans).")

M("aslab-tanya-kapan-jadwal-praktikum-keluar", "2027-01-22 08:00:00",
  ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
  "jadwal praktikum",
  """Pagi, mau tanya kak, kapan jadwal praktikum semester genap keluar ya? saya perlu untuk menyusun jadwal asisten. terima kasih
""", "other", "id")


if __name__ == "__main__":
    sys.exit(E.main())

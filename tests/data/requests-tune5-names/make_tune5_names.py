#!/usr/bin/env python3
"""Generate the fifth P4M helpdesk TUNING corpus for course identity (88 labelled request e-mails).

Course code and course name written every way people write them: "MK Basis Data (IF204)",
"IF204 - Basis Data", "IF 204", "if204", "kode IF-204", "Basis Data / IF204", abbreviations
("matkul basdat"), names in quotes, in the subject only, in an Outlook HTML table, English
"my course X (CODE)", names followed by a class or a semester, the current name next to the
new one in a rename, two courses in one request, and numbers that are not course codes (rooms,
NIM, ticket numbers, phone numbers, years). Voices: Teknik Sipil, Akuntansi Manajerial,
Geomatika, Pariwisata and Robotika lecturers, part-time lecturers, programme secretaries,
tutors, student representatives on phones and exchange lecturers.

The message engine is the first tuning corpus's generator, imported from
../requests-tune/make_tune.py; every body here was written by hand, and the batch was scored
before any rule was changed for it.
Run:  python3 make_tune5_names.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 61, "announcement": 27}
M = E.M

# ---------------------------------------------------------------- course_data

M("mk-nama-kode-kurung-dosen", "2027-02-01 08:10:00",
  ("Hendra Gunawan, S.T., M.T.", "hendra.gunawan@polibatam.ac.id"),
  "Dosen pengampu",
  """Selamat pagi,

Mohon dosen pengampu MK Mekanika Tanah (TS2105) di e-learning diganti menjadi Hendra Gunawan, S.T., M.T. karena dosen sebelumnya pindah tugas.

Terima kasih,
Hendra Gunawan
Dosen Teknik Sipil
""", "course_data", "id",
  fields={"course_code": "TS2105", "course_name": "Mekanika Tanah",
          "changes": {"lecturer": "Hendra Gunawan, S.T., M.T."}})

M("kode-strip-nama-enrol-key", "2027-02-01 10:25:00",
  ("Siti Aminah, S.E., M.Ak.", "siti.aminah@polibatam.ac.id"),
  "AK2203 - Akuntansi Manajemen",
  """Yth. Tim P4M,

AK2203 - Akuntansi Manajemen: mohon enrolment key diganti menjadi akm-genap27 karena key lama tersebar ke angkatan sebelumnya.

Hormat saya,
Siti Aminah
""", "course_data", "id",
  fields={"course_code": "AK2203", "course_name": "Akuntansi Manajemen",
          "changes": {"enrolment_key": "akm-genap27"}}, client="outlook")

M("kode-spasi-tanpa-nama", "2027-02-01 13:40:00",
  ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
  "sks salah",
  """Siang min, SKS mata kuliah kode GM 2102 di elearning tertulis 2, seharusnya 3. Mohon dibetulkan. Terima kasih
""", "course_data", "id",
  fields={"course_code": "GM 2102", "changes": {"credits": "3"}}, client="iphone")

M("kode-huruf-kecil-hp", "2027-02-01 21:05:00",
  ("Putri Ayu", "putri.ayu@students.polibatam.ac.id"),
  "matkul",
  """kak matkul if204 di elearning dosennya masih pak yanto, harusnya bu Rina Marlina, M.Kom. mhn diganti ya kak, tks
""", "course_data", "id",
  fields={"course_code": "if204", "changes": {"lecturer": "Rina Marlina, M.Kom."}}, client="iphone")

M("kode-tanda-hubung-setelah-kode", "2027-02-02 09:00:00",
  ("Sekretariat Prodi Geomatika", "geomatika@polibatam.ac.id"),
  "Perubahan short name",
  """Dengan hormat,

Untuk mata kuliah Fotogrametri Dasar dengan kode GM-2201, mohon short name di e-learning diubah menjadi GM2201-FOTO agar seragam dengan mata kuliah lain.

Hormat kami,
Sekretariat Prodi Geomatika
""", "course_data", "id",
  fields={"course_code": "GM-2201", "course_name": "Fotogrametri Dasar",
          "changes": {"shortname": "GM2201-FOTO"}}, client="zimbra")

M("nama-garis-miring-kode", "2027-02-02 11:15:00",
  ("Andi Wijaya", "andi.wijaya@polibatam.ac.id"),
  "Basis Data / IF2204",
  """Halo P4M,

Untuk Basis Data / IF2204, kelas di e-learning masih IF-2A, mohon diubah menjadi IF-2B.

Thanks,
Andi
""", "course_data", "id",
  fields={"course_code": "IF2204", "course_name": "Basis Data", "changes": {"class": "IF-2B"}})

M("singkatan-basdat-tanpa-nama", "2027-02-02 20:30:00",
  ("Rizal Fahmi", "rizal.fahmi@students.polibatam.ac.id"),
  "basdat",
  """min, matkul basdat kelas malam di elearning enrol key nya gk bisa dipake. katanya diganti jd basdat-malam27 tp blm diubah. mhn dibantu min
""", "course_data", "id",
  fields={"changes": {"enrolment_key": "basdat-malam27"}}, client="iphone",
  note="Only an abbreviation (basdat): no course name is labelled.")

M("nama-kutip-kode-kurung", "2027-02-03 08:45:00",
  ("Maria Ulfa, M.Par.", "maria.ulfa@polibatam.ac.id"),
  "Deskripsi mata kuliah",
  """Selamat pagi,

Mohon deskripsi mata kuliah "Manajemen Perjalanan Wisata" (PW2103) diganti menjadi: Mata kuliah ini membahas perencanaan, pengemasan dan pemasaran paket perjalanan wisata.

Terima kasih,
Maria Ulfa
Prodi Pariwisata
""", "course_data", "id",
  fields={"course_code": "PW2103", "course_name": "Manajemen Perjalanan Wisata",
          "changes": {"summary": "Mata kuliah ini membahas perencanaan, pengemasan dan pemasaran paket perjalanan wisata."}})

M("subjek-saja-nama-dan-kode", "2027-02-03 10:00:00",
  ("Bambang Sutrisno", "bambang.sutrisno@polibatam.ac.id"),
  "Struktur Beton II (TS3104) - ganti dosen",
  """Pagi,

Dosen di e-learning mohon diganti menjadi Ir. Bambang Sutrisno, M.T. mulai semester ini.

Terima kasih
""", "course_data", "id",
  fields={"course_code": "TS3104", "course_name": "Struktur Beton II",
          "changes": {"lecturer": "Ir. Bambang Sutrisno, M.T."}})

M("outlook-tabel-kode-nama", "2027-02-03 14:20:00",
  ("Tata Usaha Jurusan Manajemen Bisnis", "tu.mb@polibatam.ac.id"),
  "Permohonan perubahan data mata kuliah",
  "", "course_data", "id",
  fields={"course_code": "MB2106", "course_name": "Manajemen Rantai Pasok",
          "changes": {"lecturer": "Dewi Anggraini, S.E., M.M."}},
  client="outlook", html_body="""<p class="MsoNormal">Yth. Tim Helpdesk P4M,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Mohon perubahan dosen pengampu pada mata kuliah berikut:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td width="120"><p class="MsoNormal"><b>Kode MK</b><o:p></o:p></p></td><td width="240"><p class="MsoNormal"><b>Nama MK</b><o:p></o:p></p></td><td width="260"><p class="MsoNormal"><b>Dosen Baru</b><o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">MB2106<o:p></o:p></p></td><td><p class="MsoNormal">Manajemen Rantai Pasok<o:p></o:p></p></td><td><p class="MsoNormal">Dewi Anggraini, S.E., M.M.<o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Terima kasih.<o:p></o:p></p>
<p class="MsoNormal">Tata Usaha Jurusan Manajemen Bisnis<o:p></o:p></p>""")

M("en-my-course-name-code", "2027-02-04 09:30:00",
  ("Dr. Kenji Watanabe", "k.watanabe@polibatam.ac.id"),
  "Enrolment key",
  """Dear P4M team,

The enrolment key of my course Industrial Robotics (RB4102) should be changed to robo-feb27, since the old one was posted in a public group.

Best regards,
Kenji Watanabe
""", "course_data", "en",
  fields={"course_code": "RB4102", "course_name": "Industrial Robotics",
          "changes": {"enrolment_key": "robo-feb27"}})

M("nama-kelas-suffix-kode", "2027-02-04 15:10:00",
  ("Nurul Hidayah, M.Pd.", "nurul.hidayah@polibatam.ac.id"),
  "kelas Bahasa Inggris Teknik",
  """Assalamualaikum,

Course Bahasa Inggris Teknik kelas RB-1A (UM1204) di e-learning dosennya masih kosong. Mohon diisi menjadi Nurul Hidayah, M.Pd.

Wassalam,
Nurul
""", "course_data", "id",
  fields={"course_code": "UM1204", "course_name": "Bahasa Inggris Teknik",
          "changes": {"lecturer": "Nurul Hidayah, M.Pd."}})

M("nama-semester-suffix-tanpa-kode", "2027-02-04 19:45:00",
  ("Yusuf Maulana", "yusuf.maulana@polibatam.ac.id"),
  "semester course",
  """Malam tim P4M,

Mata kuliah Survei Hidrografi semester 4 di e-learning masih tercatat Ganjil 2026/2027, mohon diganti menjadi Genap 2026/2027.

Terima kasih,
Yusuf
""", "course_data", "id",
  fields={"course_name": "Survei Hidrografi", "changes": {"semester": "Genap 2026/2027"}})

M("dari-menjadi-rename-kode-depan", "2027-02-05 08:20:00",
  ("Kaprodi Teknologi Rekayasa Perangkat Lunak", "kaprodi.trpl@polibatam.ac.id"),
  "Perubahan nama mata kuliah",
  """Yth. Tim P4M,

Sesuai kurikulum baru, mohon nama mata kuliah RPL3105 diubah dari Pengujian Perangkat Lunak menjadi Penjaminan Mutu Perangkat Lunak.

Hormat kami,
Kaprodi TRPL
""", "course_data", "id",
  fields={"course_code": "RPL3105", "course_name": "Pengujian Perangkat Lunak",
          "changes": {"fullname": "Penjaminan Mutu Perangkat Lunak"}}, client="outlook")

M("nama-mk-seharusnya-kode-kurung", "2027-02-05 11:30:00",
  ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
  "nama MK keliru",
  """Siang,

Nama MK Akuntansi Biaya (AK2104) di e-learning seharusnya Akuntansi Biaya dan Manajemen. Mohon diperbaiki ya.

Lina
""", "course_data", "id",
  fields={"course_code": "AK2104", "course_name": "Akuntansi Biaya",
          "changes": {"fullname": "Akuntansi Biaya dan Manajemen"}})

M("bukan-tapi-nama-tanpa-kode", "2027-02-05 21:10:00",
  ("Dimas Prasetyo", "dimas.prasetyo@students.polibatam.ac.id"),
  "nama matkul",
  """min nama matkul di elearning bukan Perpetaan Digital tapi Pemetaan Digital, typo min. tolong dibenerin
""", "course_data", "id",
  fields={"course_name": "Perpetaan Digital", "changes": {"fullname": "Pemetaan Digital"}}, client="iphone")

M("en-quoted-name-rename", "2027-02-08 09:05:00",
  ("Dr. Sarah Mitchell", "s.mitchell@polibatam.ac.id"),
  "Course title",
  """Hello,

The course "Hospitality English" (PW1105) should be renamed to English for Hospitality, which is the name in the new curriculum.

Many thanks,
Sarah Mitchell
Exchange Lecturer
""", "course_data", "en",
  fields={"course_code": "PW1105", "course_name": "Hospitality English",
          "changes": {"fullname": "English for Hospitality"}})

M("dua-mk-satu-permintaan", "2027-02-08 10:40:00",
  ("Agus Riyanto, M.T.", "agus.riyanto@polibatam.ac.id"),
  "dosen pengampu",
  """Selamat pagi,

Mohon dosen pengampu Kinematika Robot (RB2103) diganti menjadi Agus Riyanto, M.T. Untuk Sensor dan Aktuator (RB2104) dosennya sudah benar.

Terima kasih,
Agus
""", "course_data", "id",
  fields={"course_code": "RB2103", "course_name": "Kinematika Robot",
          "changes": {"lecturer": "Agus Riyanto, M.T."}},
  note="Two courses named; the change concerns the first.")

M("nim-bukan-kode", "2027-02-08 16:00:00",
  ("Reza Pahlevi", "reza.pahlevi@students.polibatam.ac.id"),
  "kelas salah di elearning",
  """Sore kak, saya Reza NIM 3312301045 komting. Di elearning mata kuliah Hidrolika (TS2203) kelasnya tertulis TS-2A padahal kami TS-2B. Mohon diganti jadi TS-2B ya kak. Terima kasih
""", "course_data", "id",
  fields={"course_code": "TS2203", "course_name": "Hidrolika", "changes": {"class": "TS-2B"}})

M("tiket-dan-ruang-bukan-kode", "2027-02-09 08:30:00",
  ("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
  "Re: [P4M-2026-00012] perubahan sks",
  """Pagi,

Menyambung tiket [P4M-2026-00012]: SKS mata kuliah Statistika Bisnis (MB1205) mohon diubah menjadi 3. Kuliah tetap di ruang GU 702.

Terima kasih,
Fitri
""", "course_data", "id",
  fields={"course_code": "MB1205", "course_name": "Statistika Bisnis", "changes": {"credits": "3"}})

M("telepon-dan-tahun-tanpa-kode", "2027-02-09 10:50:00",
  ("Darmawan", "darmawan@polibatam.ac.id"),
  "mohon bantuan dosen",
  """Selamat pagi,

Untuk mata kuliah Pengantar Pariwisata tahun 2027, dosen pengampunya mohon diganti menjadi Darmawan, S.Par., M.Par. Bila perlu konfirmasi silakan hubungi 0812-7788-2026.

Terima kasih
Darmawan
""", "course_data", "id",
  fields={"course_name": "Pengantar Pariwisata",
          "changes": {"lecturer": "Darmawan, S.Par., M.Par."}})

M("tanpa-kode-tanpa-nama", "2027-02-09 20:15:00",
  ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "enrol key",
  """Malam min, enrol key kelas saya mohon diganti jadi wulan-2027. Terima kasih
""", "course_data", "id",
  fields={"changes": {"enrolment_key": "wulan-2027"}}, client="iphone")

M("kode-titik-dua-nama-baris", "2027-02-10 09:20:00",
  ("Prodi Teknik Robotika", "robotika@polibatam.ac.id"),
  "Perubahan semester",
  """Yth. P4M,

Kode MK: RB3201
Nama MK: Sistem Kendali Cerdas
Perubahan: semester menjadi Genap 2026/2027

Terima kasih.
Prodi Teknik Robotika
""", "course_data", "id",
  fields={"course_code": "RB3201", "course_name": "Sistem Kendali Cerdas",
          "changes": {"semester": "Genap 2026/2027"}}, client="zimbra")

M("en-code-dash-name-lecturer", "2027-02-10 13:00:00",
  ("Academic Office", "akademik@polibatam.ac.id"),
  "Lecturer update",
  """Dear P4M,

For GM3104 - Remote Sensing, please change the lecturer to Dr. Ahmad Fauzi.

Regards,
Academic Office
""", "course_data", "en",
  fields={"course_code": "GM3104", "course_name": "Remote Sensing",
          "changes": {"lecturer": "Dr. Ahmad Fauzi"}})

M("nama-kutip-tunggal-rename-jadi", "2027-02-10 19:30:00",
  ("Eka Putra", "eka.putra@polibatam.ac.id"),
  "ganti nama course",
  """Malam min, course 'Gambar Teknik' TS1102 tolong namanya diganti jadi Gambar Teknik Sipil ya. makasih
""", "course_data", "id",
  fields={"course_code": "TS1102", "course_name": "Gambar Teknik",
          "changes": {"fullname": "Gambar Teknik Sipil"}})

M("nama-kode-kurung-lalu-semester", "2027-02-11 08:05:00",
  ("Indah Permatasari", "indah.permata@polibatam.ac.id"),
  "short name",
  """Selamat pagi,

Short name course Perpajakan (AK2201) semester genap mohon diganti menjadi AK2201-PJK27.

Terima kasih,
Indah
""", "course_data", "id",
  fields={"course_code": "AK2201", "course_name": "Perpajakan", "changes": {"shortname": "AK2201-PJK27"}})

M("mk-huruf-kapital-semua", "2027-02-11 11:45:00",
  ("Slamet Riyadi", "slamet.riyadi@polibatam.ac.id"),
  "MK ILMU UKUR TANAH",
  """Siang,

Mohon SKS MK ILMU UKUR TANAH (GM1103) diubah menjadi 4.

Slamet
""", "course_data", "id",
  fields={"course_code": "GM1103", "course_name": "ILMU UKUR TANAH", "changes": {"credits": "4"}})

M("campur-matkul-nama-lalu-kode-spasi", "2027-02-11 17:20:00",
  ("Bayu Aji", "bayu.aji@polibatam.ac.id"),
  "update dosen",
  """Hi min, matkul Pemrograman Robot (RB 2205) tolong update lecturer-nya to Bayu Aji, M.Eng. Thanks!
""", "course_data", "mixed",
  fields={"course_code": "RB 2205", "course_name": "Pemrograman Robot",
          "changes": {"lecturer": "Bayu Aji, M.Eng."}})

M("nama-sekarang-lama-baru-baris", "2027-02-12 09:40:00",
  ("Kaprodi Akuntansi Manajerial", "kaprodi.akm@polibatam.ac.id"),
  "Ganti nama MK AK3102",
  """Yth. Tim P4M,

Nama lama: Analisis Laporan Keuangan
Nama baru: Analisis Laporan Keuangan Lanjutan

Mohon diubah untuk course AK3102 di e-learning.

Hormat kami,
Kaprodi Akuntansi Manajerial
""", "course_data", "id",
  fields={"course_code": "AK3102", "course_name": "Analisis Laporan Keuangan",
          "changes": {"fullname": "Analisis Laporan Keuangan Lanjutan"}}, client="outlook")

# ---------------------------------------------------------------- announcement

M("mk-kode-kurung-judul-kutip", "2027-02-12 14:00:00",
  ("Hendra Gunawan, S.T., M.T.", "hendra.gunawan@polibatam.ac.id"),
  "Pengumuman kelas",
  """Selamat siang,

Mohon dipasang pengumuman "Praktikum Uji Tanah Ditunda" di kelas MK Mekanika Tanah (TS2105), tayang Senin, 15 Februari 2027 pukul 07.00 WIB. Isinya: praktikum minggu ini ditunda karena alat sedang dikalibrasi.

Terima kasih,
Hendra
""", "announcement", "id",
  fields={"course_code": "TS2105", "course_name": "Mekanika Tanah", "title": "Praktikum Uji Tanah Ditunda",
          "scope": "course", "publish_at": "2027-02-15T07:00:00+07:00"})

M("kode-strip-nama-subjek-pengumuman", "2027-02-12 16:30:00",
  ("Siti Aminah, S.E., M.Ak.", "siti.aminah@polibatam.ac.id"),
  "Pengumuman AK2203 - Akuntansi Manajemen",
  """Yth. Tim P4M,

Mohon pengumuman berikut dipasang di course tersebut pada Selasa, 16 Februari 2027 pukul 08.00 WIB.

Judul: Kuis 1 Daring
Isi: Kuis 1 dilaksanakan daring pada jam kuliah.

Hormat saya,
Siti Aminah
""", "announcement", "id",
  fields={"course_code": "AK2203", "course_name": "Akuntansi Manajemen", "title": "Kuis 1 Daring",
          "scope": "course", "publish_at": "2027-02-16T08:00:00+07:00"}, client="outlook")

M("en-my-course-quoted-name-no-code", "2027-02-15 09:10:00",
  ("Dr. Sarah Mitchell", "s.mitchell@polibatam.ac.id"),
  "Announcement for my students",
  """Hello,

Could you post an announcement in my course "English for Tour Guiding" telling students that Thursday's class moves to Room B-204? Please publish it on Wednesday, 17 February 2027 at 09:00.

Thanks,
Sarah
""", "announcement", "en",
  fields={"course_name": "English for Tour Guiding", "scope": "course",
          "publish_at": "2027-02-17T09:00:00+07:00"})

M("komting-kode-huruf-kecil-nama", "2027-02-15 20:40:00",
  ("Nanda Pratiwi", "nanda.pratiwi@students.polibatam.ac.id"),
  "pengumuman",
  """kak titip pengumuman di elearning kelas rpl2103 Rekayasa Kebutuhan ya, kuliah besok diganti tugas mandiri. tayang besok jam 6 pagi kak. makasih
""", "announcement", "id",
  fields={"course_code": "rpl2103", "course_name": "Rekayasa Kebutuhan", "scope": "course",
          "publish_at": "2027-02-16T06:00:00+07:00"}, client="iphone")

M("ruang-angka-bukan-kode-kelas-nama", "2027-02-16 10:00:00",
  ("Yusuf Maulana", "yusuf.maulana@polibatam.ac.id"),
  "pindah ruang",
  """Pagi,

Tolong umumkan di kelas Survei Hidrografi bahwa kuliah Kamis pindah ke ruang TA 10.3 lantai 10. Tayang hari ini jam 13.00.

Yusuf
""", "announcement", "id",
  fields={"course_name": "Survei Hidrografi", "scope": "course",
          "publish_at": "2027-02-16T13:00:00+07:00"})

M("kode-mk-tanda-hubung-judul", "2027-02-16 14:30:00",
  ("Rina Marlina, M.Kom.", "rina.marlina@polibatam.ac.id"),
  "Pengumuman kelas",
  """Siang tim P4M,

Mohon pasang pengumuman berjudul Pengumpulan Proyek Akhir di course dengan kode IF-2204 (Basis Data), tayang Rabu, 17 Februari 2027 pukul 10.00 WIB.

Terima kasih,
Rina
""", "announcement", "id",
  fields={"course_code": "IF-2204", "course_name": "Basis Data", "title": "Pengumpulan Proyek Akhir",
          "scope": "course", "publish_at": "2027-02-17T10:00:00+07:00"})

M("en-course-code-after-name-comma", "2027-02-17 08:00:00",
  ("Prof. Lars Eriksson", "l.eriksson@polibatam.ac.id"),
  "Guest lecture announcement",
  """Dear P4M,

Please announce in Machine Vision, RB3105, that next week's guest lecture is cancelled. Title: Guest Lecture Cancelled. Publish on Thursday, 18 February 2027 at 08:00.

Kind regards,
Lars Eriksson
""", "announcement", "en",
  fields={"course_code": "RB3105", "course_name": "Machine Vision", "title": "Guest Lecture Cancelled",
          "scope": "course", "publish_at": "2027-02-18T08:00:00+07:00"})

M("singkatan-pbo-kode-saja", "2027-02-17 19:00:00",
  ("Fauzan Akbar", "fauzan.akbar@students.polibatam.ac.id"),
  "PBO",
  """min titip pengumuman utk matkul PBO (IF2203) ya, kuis pindah ke jumat. tayang besok jam 7 pagi min
""", "announcement", "id",
  fields={"course_code": "IF2203", "course_name": "PBO", "scope": "course", "publish_at": "2027-02-18T07:00:00+07:00"},
  client="iphone", note="Only an abbreviation (PBO) next to the code: it is the course's name as written (relabelled in "
  "round 18; the held-out parts label a name as the sender writes it, an abbreviation too).")

M("subjek-nama-saja-kelas-semester", "2027-02-18 09:30:00",
  ("Ratna Sari", "ratna.sari@polibatam.ac.id"),
  "Pengumuman kelas Akuntansi Sektor Publik semester 4",
  """Pagi tim P4M,

Mohon dipasang di kelas tersebut pengumuman dengan judul Tugas 2 Diperpanjang, isinya tugas 2 dikumpulkan Senin depan. Tayang hari ini pukul 12.00.

Ratna
""", "announcement", "id",
  fields={"course_name": "Akuntansi Sektor Publik", "title": "Tugas 2 Diperpanjang",
          "scope": "course", "publish_at": "2027-02-18T12:00:00+07:00"},
  note="The course is named in the subject only; the name stops before the semester.")

M("tahun-dan-nim-dalam-isi", "2027-02-18 15:45:00",
  ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
  "pengumuman kuis",
  """Sore,

Tolong umumkan di MK Kartografi Digital (GM2105): mahasiswa angkatan 2025 dengan NIM 4312501001 sampai 4312501040 ikut kuis susulan Sabtu. Tayang Jumat, 19 Februari 2027 pukul 07.00 WIB.

Rudi
""", "announcement", "id",
  fields={"course_code": "GM2105", "course_name": "Kartografi Digital", "scope": "course",
          "publish_at": "2027-02-19T07:00:00+07:00"})

M("outlook-tabel-pengumuman-kode-nama", "2027-02-19 08:15:00",
  ("Tata Usaha Jurusan Teknik Sipil", "tu.sipil@polibatam.ac.id"),
  "Permohonan pengumuman",
  "", "announcement", "id",
  fields={"course_code": "TS3201", "course_name": "Manajemen Konstruksi", "title": "Kunjungan Proyek Ditunda",
          "scope": "course", "publish_at": "2027-02-22T07:00:00+07:00"},
  client="outlook", html_body="""<p class="MsoNormal">Yth. Tim Helpdesk P4M,<o:p></o:p></p>
<p class="MsoNormal">Mohon ditayangkan pengumuman berikut:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td width="160"><p class="MsoNormal">Mata Kuliah<o:p></o:p></p></td><td width="360"><p class="MsoNormal">TS3201 Manajemen Konstruksi<o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">Judul<o:p></o:p></p></td><td><p class="MsoNormal">Kunjungan Proyek Ditunda<o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">Waktu Tayang<o:p></o:p></p></td><td><p class="MsoNormal">Senin, 22 Februari 2027 pukul 07.00 WIB<o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal">Terima kasih.<o:p></o:p></p>
<p class="MsoNormal">Tata Usaha Jurusan Teknik Sipil<o:p></o:p></p>""")

M("dua-mk-pengumuman-sama", "2027-02-19 11:00:00",
  ("Agus Riyanto, M.T.", "agus.riyanto@polibatam.ac.id"),
  "Pengumuman di Kinematika Robot",
  """Siang,

Mohon pengumuman "Responsi Diganti Tugas" dipasang di Kinematika Robot (RB2103) saja, tidak perlu di Sensor dan Aktuator. Tayang Senin, 22 Februari 2027 pukul 07.00 WIB.

Agus
""", "announcement", "id",
  fields={"course_code": "RB2103", "course_name": "Kinematika Robot", "title": "Responsi Diganti Tugas",
          "scope": "course", "publish_at": "2027-02-22T07:00:00+07:00"})

M("en-ticket-number-then-course", "2027-02-22 09:00:00",
  ("Dr. Kenji Watanabe", "k.watanabe@polibatam.ac.id"),
  "Re: [P4M-2027-00031] announcement",
  """Hello again,

One more announcement, this time for Robot Dynamics (RB3102): "Lab Report Template Updated". Please publish it on Tuesday, 23 February 2027 at 08:00. My phone is +62 812 7000 3102 if anything is unclear.

Best,
Kenji
""", "announcement", "en",
  fields={"course_code": "RB3102", "course_name": "Robot Dynamics", "title": "Lab Report Template Updated",
          "scope": "course", "publish_at": "2027-02-23T08:00:00+07:00"})

M("lb-dosen-mata-kuliah-kode-setelah-kata-kode", "2027-02-22 13:30:00",
  ("Joko Susilo", "joko.susilo@gmail.com"),
  "pengumuman",
  """Selamat siang,

Saya dosen LB mata kuliah Etika Profesi kode UM3101. Mohon dibuatkan pengumuman di kelas saya bahwa UTS dilaksanakan daring. Tayang Rabu, 24 Februari 2027 pukul 08.00 WIB.

Terima kasih,
Joko Susilo
""", "announcement", "id",
  fields={"course_code": "UM3101", "course_name": "Etika Profesi", "scope": "course",
          "publish_at": "2027-02-24T08:00:00+07:00"})

M("site-tanpa-mk-tahun-angka", "2027-02-23 08:00:00",
  ("Bagian Akademik", "akademik@polibatam.ac.id"),
  "Pengumuman libur",
  """Yth. Tim P4M,

Mohon ditayangkan di halaman depan e-learning untuk seluruh mahasiswa: pengumuman berjudul "Libur Nasional 2027" bahwa kegiatan kuliah ditiadakan pada 26 Februari 2027. Tayang Rabu, 24 Februari 2027 pukul 07.00 WIB. Informasi: ext. 2102.

Bagian Akademik
""", "announcement", "id",
  fields={"title": "Libur Nasional 2027", "scope": "site", "publish_at": "2027-02-24T07:00:00+07:00"})

M("tanpa-kode-kelas-nama-kelas-kode", "2027-02-23 10:15:00",
  ("Nurul Hidayah, M.Pd.", "nurul.hidayah@polibatam.ac.id"),
  "pengumuman",
  """Pagi,

Mohon umumkan di kelas Bahasa Inggris Teknik kelas RB-1A bahwa listening test dipindah ke lab bahasa. Tayang Kamis, 25 Februari 2027 pukul 07.00 WIB.

Nurul
""", "announcement", "id",
  fields={"course_name": "Bahasa Inggris Teknik", "scope": "course",
          "publish_at": "2027-02-25T07:00:00+07:00"})

# ---------------------------------------------------------------- second batch (written after the first rules)

M("subjek-kode-strip-tanpa-cue", "2027-02-24 09:00:00",
  ("Arif Rahman, M.Kom.", "arif.rahman@polibatam.ac.id"),
  "IF-2105 Struktur Data: ganti dosen",
  """Pagi P4M,

Mohon dosen pengampu di e-learning diganti menjadi Arif Rahman, M.Kom. mulai minggu ini.

Terima kasih
""", "course_data", "id",
  fields={"course_code": "IF-2105", "course_name": "Struktur Data",
          "changes": {"lecturer": "Arif Rahman, M.Kom."}})

M("nama-strip-kode-spasi", "2027-02-24 11:30:00",
  ("Galih Permana", "galih.permana@polibatam.ac.id"),
  "short name course",
  """Siang,

Keamanan Aplikasi - RPL 3104: short name di e-learning mohon diganti menjadi RPL3104-KA.

Galih
""", "course_data", "id",
  fields={"course_code": "RPL 3104", "course_name": "Keamanan Aplikasi",
          "changes": {"shortname": "RPL3104-KA"}})

M("en-course-code-name-lines", "2027-02-24 14:00:00",
  ("Dr. Priya Raman", "p.raman@polibatam.ac.id"),
  "Credits correction",
  """Dear P4M team,

Course code: MEC 2201
Course name: Fluid Mechanics

The credits shown on the course page are 2; they should be 3.

Best regards,
Priya Raman
""", "course_data", "en",
  fields={"course_code": "MEC 2201", "course_name": "Fluid Mechanics", "changes": {"credits": "3"}})

M("baris-mata-kuliah-kode-kurung-spasi", "2027-02-25 08:30:00",
  ("Sekretariat Prodi TRPL", "trpl@polibatam.ac.id"),
  "Perubahan kelas",
  """Dengan hormat,

Mata kuliah: Perancangan Basis Data (IF 3201)
Kelas di e-learning mohon diubah menjadi TRPL-3A Malam.

Hormat kami,
Sekretariat Prodi TRPL
""", "course_data", "id",
  fields={"course_code": "IF 3201", "course_name": "Perancangan Basis Data",
          "changes": {"class": "TRPL-3A Malam"}}, client="zimbra")

M("en-course-titled-single-quotes", "2027-02-25 10:45:00",
  ("Emma Lawson", "e.lawson@polibatam.ac.id"),
  "Course summary",
  """Hi,

For the course titled 'Digital Marketing' (MB3107), please replace the summary with: Students plan, run and measure a digital campaign for a local business.

Thanks,
Emma
""", "course_data", "en",
  fields={"course_code": "MB3107", "course_name": "Digital Marketing",
          "changes": {"summary": "Students plan, run and measure a digital campaign for a local business."}})

M("singkatan-atau-nama-lengkap-kode", "2027-02-25 16:20:00",
  ("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
  "enrol key PBO",
  """Sore min, enrol key MK PBO atau Pemrograman Berorientasi Objek (IF2203) tolong diganti jadi pbo-genap27 ya. Makasih
""", "course_data", "id",
  fields={"course_code": "IF2203", "course_name": "Pemrograman Berorientasi Objek",
          "changes": {"enrolment_key": "pbo-genap27"}}, client="iphone",
  note="The abbreviation and the full name are both written; the full name is labelled.")

M("kode-titik-dua-nama-kls", "2027-02-26 09:10:00",
  ("Melati Kusuma", "melati.kusuma@polibatam.ac.id"),
  "pengumuman IMK",
  """Pagi tim P4M,

RPL2104: Interaksi Manusia dan Komputer kls RPL-2A. Mohon dipasang pengumuman berjudul Presentasi Prototipe Diundur di kelas tersebut, tayang Senin, 1 Maret 2027 pukul 07.00 WIB.

Melati
""", "announcement", "id",
  fields={"course_code": "RPL2104", "course_name": "Interaksi Manusia dan Komputer",
          "title": "Presentasi Prototipe Diundur", "scope": "course",
          "publish_at": "2027-03-01T07:00:00+07:00"})

M("ruang-gedung-kode-mirip-tanpa-mk", "2027-02-26 13:40:00",
  ("Bagian Umum", "umum@polibatam.ac.id"),
  "pengumuman ruang",
  """Yth. P4M,

Mohon ditayangkan di halaman depan e-learning untuk seluruh mahasiswa: mulai Senin, 1 Maret 2027 ruang GU 805 dan TA 1003 tidak dapat dipakai karena renovasi. Tayang Sabtu, 27 Februari 2027 pukul 08.00 WIB.

Bagian Umum
""", "announcement", "id",
  fields={"scope": "site", "publish_at": "2027-02-27T08:00:00+07:00"})

# ---------------------------------------------------------------- third batch (written after the second rules)

M("fwd-inline-subjek-diteruskan-mk", "2027-03-01 08:15:00",
  ("Sekretariat Jurusan Teknik Mesin", "sekjur.mesin@polibatam.ac.id"),
  "Fwd: Ganti dosen MK Termodinamika Lanjut",
  """mohon dibantu ya

---------- Forwarded message ---------
From: Kaprodi Teknik Mesin <kaprodi.mesin@polibatam.ac.id>
Date: Fri, 26 Feb 2027 at 16.02
Subject: Ganti dosen MK Termodinamika Lanjut
To: Sekretariat Jurusan Teknik Mesin <sekjur.mesin@polibatam.ac.id>

Mohon diteruskan ke P4M: dosen di e-learning diganti menjadi Dr. Wahyu Nugroho, S.T., M.T.

Kaprodi
""", "course_data", "id",
  fields={"course_name": "Termodinamika Lanjut", "changes": {"lecturer": "Dr. Wahyu Nugroho, S.T., M.T."}})

M("huruf-kecil-nama-kode-kurung", "2027-03-01 21:30:00",
  ("Salsabila Putri", "salsabila.putri@students.polibatam.ac.id"),
  "matkul",
  """kak matkul sistem operasi (IF2105) enrol key nya udh diganti dosen jadi sisop-27 tp di elearning blm bisa. mhn dicek kak
""", "course_data", "id",
  fields={"course_code": "IF2105", "course_name": "sistem operasi",
          "changes": {"enrolment_key": "sisop-27"}}, client="iphone",
  note="A full name written in lower case is still the name, labelled as written.")

M("campur-course-nya-nama-kode", "2027-03-02 10:20:00",
  ("Kevin Tan", "kevin.tan@polibatam.ac.id"),
  "lecturer change",
  """Hi P4M, course-nya Data Mining (IF3203) please ganti lecturer-nya to Kevin Tan, M.Sc. ya. Thanks!
""", "course_data", "mixed",
  fields={"course_code": "IF3203", "course_name": "Data Mining", "changes": {"lecturer": "Kevin Tan, M.Sc."}})

M("nama-untuk-di-dalam-nama", "2027-03-02 13:50:00",
  ("Rahmawati, M.Pd.", "rahmawati@polibatam.ac.id"),
  "semester mata kuliah",
  """Selamat siang,

Semester mata kuliah Bahasa Inggris untuk Bisnis (UM2103) di e-learning tercatat Ganjil 2026/2027. Seharusnya Genap 2026/2027.

Rahmawati
""", "course_data", "id",
  fields={"course_code": "UM2103", "course_name": "Bahasa Inggris untuk Bisnis",
          "changes": {"semester": "Genap 2026/2027"}})

M("nama-e-huruf-kecil-awal", "2027-03-03 09:05:00",
  ("Hana Pertiwi", "hana.pertiwi@polibatam.ac.id"),
  "dosen e-Bisnis",
  """Pagi,

Dosen pengampu Manajemen e-Bisnis (MB3105) mohon diganti menjadi Hana Pertiwi, S.E., M.M.

Terima kasih
""", "course_data", "id",
  fields={"course_code": "MB3105", "course_name": "Manajemen e-Bisnis",
          "changes": {"lecturer": "Hana Pertiwi, S.E., M.M."}})

M("yth-baris-lalu-terkait-nama", "2027-03-03 14:30:00",
  ("Fikri Ramadhan", "fikri.ramadhan@polibatam.ac.id"),
  "Perubahan SKS",
  """Yth. Tim P4M
Terkait Metode Numerik (IF2107), mohon SKS di e-learning diubah menjadi 3.

Fikri
""", "course_data", "id",
  fields={"course_code": "IF2107", "course_name": "Metode Numerik", "changes": {"credits": "3"}})

M("shortname-mirip-kode-lama-baru", "2027-03-04 10:00:00",
  ("Oki Setiawan", "oki.setiawan@polibatam.ac.id"),
  "short name",
  """Pagi min, short name course IF3101 sekarang IF3101-A, mohon diganti jadi IF3101-PBL. Terima kasih
""", "course_data", "id",
  fields={"course_code": "IF3101", "changes": {"shortname": "IF3101-PBL"}})

M("en-teaching-the-course-code-subject", "2027-03-04 15:15:00",
  ("Dr. Priya Raman", "p.raman@polibatam.ac.id"),
  "MEC2202 announcement",
  """Hello,

I am teaching the Heat Transfer course this term. Please post an announcement titled "Quiz 1 Moved Online" on its page on Monday, 8 March 2027 at 07:00.

Best,
Priya
""", "announcement", "en",
  fields={"course_code": "MEC2202", "course_name": "Heat Transfer", "title": "Quiz 1 Moved Online",
          "scope": "course", "publish_at": "2027-03-08T07:00:00+07:00"})

M("kelas-nama-kode-spasi-kurung-kelas", "2027-03-05 08:40:00",
  ("Yanti Susanti", "yanti.susanti@polibatam.ac.id"),
  "pengumuman kelas",
  """Pagi,

Mohon pengumuman di kelas Statistika Industri (TI 2104) kelas TI-2A: kuliah Selasa diganti daring. Tayang Senin, 8 Maret 2027 pukul 06.00 WIB.

Yanti
""", "announcement", "id",
  fields={"course_code": "TI 2104", "course_name": "Statistika Industri", "scope": "course",
          "publish_at": "2027-03-08T06:00:00+07:00"})

M("balasan-subjek-nama-kode", "2027-03-05 13:10:00",
  ("Dedi Kurniawan", "dedi.kurniawan@polibatam.ac.id"),
  "Re: Basis Data Lanjut IF3102",
  """Maaf, satu lagi: enrolment key-nya mohon diganti jadi bdl-genap27.

Dedi
""", "course_data", "id",
  fields={"course_code": "IF3102", "course_name": "Basis Data Lanjut",
          "changes": {"enrolment_key": "bdl-genap27"}})

M("en-formal-letter-course-colon", "2027-03-08 09:30:00",
  ("Office of the Vice Director for Academic Affairs", "wadir1@polibatam.ac.id"),
  "Request to update course data",
  """Dear Head of P4M,

With reference to the curriculum review, we kindly request that the lecturer of the following course be updated.

Course: Entrepreneurship (UM3102)
New lecturer: Dra. Sri Wahyuni, M.M.

Sincerely,
Office of the Vice Director for Academic Affairs
""", "course_data", "en",
  fields={"course_code": "UM3102", "course_name": "Entrepreneurship",
          "changes": {"lecturer": "Dra. Sri Wahyuni, M.M."}}, client="outlook")

M("huruf-kecil-tanpa-kode-tidak-diklaim", "2027-03-08 20:45:00",
  ("Bima Aditya", "bima.aditya@students.polibatam.ac.id"),
  "pengumuman",
  """min tolong umumin di elearning matkul fisika dasar kelas TI-1B kalo kuis besok diundur. tayang skrg aja min
""", "announcement", "id",
  fields={"course_name": "fisika dasar", "scope": "course"}, client="iphone",
  note="A lower-case name without a code: labelled as written; the daemon may leave it to ask.")

# ---------------------------------------------------------------- fourth batch (written after the third rules)

M("surat-pdf-tabel-kode-nama-titik-dua-spasi", "2027-03-09 09:00:00",
  ("Jurusan Teknik Sipil", "jurusan.sipil@polibatam.ac.id"),
  "Surat permohonan",
  """Dengan hormat,

Terlampir surat permohonan perubahan dosen pengampu di e-learning.

Hormat kami,
Jurusan Teknik Sipil
""", "course_data", "id",
  fields={"course_code": "TS3206", "course_name": "Rekayasa Transportasi",
          "changes": {"lecturer": "Ir. Sutrisno Wibowo, M.T."}},
  note="The request is only in the PDF letter.",
  att=[("pdf", "Surat_Dosen_TS3206.pdf", [
      "JURUSAN TEKNIK SIPIL",
      "POLITEKNIK NEGERI BATAM",
      "Nomor: 77/PL29.2/TS/2027",
      "Perihal: Perubahan Dosen Pengampu",
      "",
      "Kepada Yth. Kepala P4M Politeknik Negeri Batam",
      "",
      "Kode Mata Kuliah   : TS3206",
      "Nama Mata Kuliah   : Rekayasa Transportasi",
      "Dosen Pengampu Baru: Ir. Sutrisno Wibowo, M.T.",
      "",
      "Demikian surat ini kami sampaikan.",
      "Ketua Jurusan Teknik Sipil",
  ])])

M("docx-pengumuman-kode-nama-garis-miring", "2027-03-09 13:30:00",
  ("Dian Puspita", "dian.puspita@polibatam.ac.id"),
  "pengumuman (lampiran)",
  """Siang tim P4M, teks pengumumannya di lampiran ya. Terima kasih.

Dian
""", "announcement", "id",
  fields={"course_code": "AK2205", "course_name": "Akuntansi Keuangan Menengah",
          "title": "Ujian Praktik Dimajukan", "scope": "course",
          "publish_at": "2027-03-11T07:00:00+07:00"},
  note="The announcement is only in the DOCX.",
  att=[("docx", "Pengumuman_AK2205.docx", [
      "Mata kuliah: AK2205 / Akuntansi Keuangan Menengah",
      "Judul: Ujian Praktik Dimajukan",
      "Tayang: Kamis, 11 Maret 2027 pukul 07.00 WIB",
      "Ujian praktik dimajukan ke hari Senin pada jam kuliah.",
  ])])

M("rfc822-diteruskan-kaprodi-kode-nama", "2027-03-10 08:20:00",
  ("Ahmad Syukri", "ahmad.syukri@polibatam.ac.id"),
  "Fwd: Enrolment key Manajemen Pemasaran",
  """mohon dibantu, email kaprodi terlampir.

Ahmad
""", "course_data", "id",
  fields={"course_code": "MB2201", "course_name": "Manajemen Pemasaran",
          "changes": {"enrolment_key": "mp-genap27"}},
  note="The request is only in the attached message/rfc822 e-mail.",
  att=[("eml", dict(sender=("Kaprodi Manajemen Bisnis", "kaprodi.mb@polibatam.ac.id"),
                    to="Ahmad Syukri <ahmad.syukri@polibatam.ac.id>",
                    date="2027-03-09 17:00:00",
                    subject="Enrolment key Manajemen Pemasaran",
                    body="Pak Ahmad,\n\nEnrolment key mata kuliah Manajemen Pemasaran (MB2201) tolong\nditeruskan ke P4M agar diganti menjadi mp-genap27.\n\nKaprodi\n"))])

M("kode-garis-miring-nama-titik-dua", "2027-03-10 11:10:00",
  ("Tata Usaha Jurusan Teknik Elektro", "tu.elektro@polibatam.ac.id"),
  "perubahan semester",
  """Yth. P4M,

Kode/Nama MK: EL3105/Sistem Kendali Digital
Semester di e-learning mohon diubah menjadi Genap 2026/2027.

Tata Usaha Jurusan Teknik Elektro
""", "course_data", "id",
  fields={"course_code": "EL3105", "course_name": "Sistem Kendali Digital",
          "changes": {"semester": "Genap 2026/2027"}}, client="zimbra")

M("en-wrapped-name-across-lines", "2027-03-10 15:40:00",
  ("Dr. Michael O'Brien", "m.obrien@polibatam.ac.id"),
  "Short name change",
  """Dear P4M,

Could you change the short name of my course Renewable Energy Systems
Engineering (EL4103) to EL4103-RESE? The current one is a leftover from last year.

Best,
Michael
""", "course_data", "en",
  fields={"course_code": "EL4103", "course_name": "Renewable Energy Systems Engineering",
          "changes": {"shortname": "EL4103-RESE"}}, client="thunderbird")

M("mata-kuliah-kelas-garis-miring-baris", "2027-03-11 09:25:00",
  ("Sekretariat Prodi Animasi", "animasi@polibatam.ac.id"),
  "perubahan kelas",
  """Selamat pagi,

Mata Kuliah : Desain Karakter (AN2203) / Kelas : AN-2A
Mohon kelas di e-learning diubah menjadi AN-2B.

Terima kasih
Sekretariat Prodi Animasi
""", "course_data", "id",
  fields={"course_code": "AN2203", "course_name": "Desain Karakter", "changes": {"class": "AN-2B"}})

M("matkul-titik-dua-huruf-kecil-cue", "2027-03-11 20:05:00",
  ("Rani Oktaviani", "rani.oktaviani@students.polibatam.ac.id"),
  "pengumuman kelas",
  """kak, matkul: Kewirausahaan (UM2105). dosen minta diumumin kalo kuliah kamis libur. tayang besok jam 7 pagi ya kak
""", "announcement", "id",
  fields={"course_code": "UM2105", "course_name": "Kewirausahaan", "scope": "course",
          "publish_at": "2027-03-12T07:00:00+07:00"}, client="iphone")

M("en-two-courses-second-not-claimed", "2027-03-12 10:30:00",
  ("Dr. Kenji Watanabe", "k.watanabe@polibatam.ac.id"),
  "Semester of Robot Dynamics",
  """Hello,

The semester of Robot Dynamics (RB3102) is still Odd 2026/2027; it should be Even 2026/2027. My other course, Machine Vision (RB3105), is fine.

Kenji
""", "course_data", "en",
  fields={"course_code": "RB3102", "course_name": "Robot Dynamics",
          "changes": {"semester": "Even 2026/2027"}})

# ---------------------------------------------------------------- fifth batch (written after the fourth rules)

M("saya-pengampu-nama-kelas", "2027-03-12 14:10:00",
  ("Lestari Handayani, M.Si.", "lestari.handayani@polibatam.ac.id"),
  "enrol key",
  """Selamat siang,

Saya pengampu Matematika Diskrit di kelas IF-1A. Mohon enrolment key di e-learning diganti menjadi matdis-1a.

Lestari
""", "course_data", "id",
  fields={"course_name": "Matematika Diskrit", "changes": {"enrolment_key": "matdis-1a"}})

M("en-i-am-teaching-name-no-code", "2027-03-15 09:00:00",
  ("Dr. Anna Kowalski", "a.kowalski@polibatam.ac.id"),
  "Announcement please",
  """Hello,

I am teaching Applied Thermodynamics this semester. Could you post an announcement on its page that Wednesday's tutorial is cancelled? Publish on Tuesday, 16 March 2027 at 08:00.

Anna
""", "announcement", "en",
  fields={"course_name": "Applied Thermodynamics", "scope": "course",
          "publish_at": "2027-03-16T08:00:00+07:00"})

M("en-my-class-comma-name-comma", "2027-03-15 13:20:00",
  ("Dr. Michael O'Brien", "m.obrien@polibatam.ac.id"),
  "Wrong semester",
  """Hi,

In my class, Technical Drawing, the semester is shown as Odd 2026/2027. It should be Even 2026/2027.

Michael
""", "course_data", "en",
  fields={"course_name": "Technical Drawing", "changes": {"semester": "Even 2026/2027"}})

M("singkatan-lalu-nama-lengkap-kurung", "2027-03-16 08:50:00",
  ("Heru Santoso", "heru.santoso@polibatam.ac.id"),
  "dosen PKN",
  """Pagi min, mata kuliah PKN (Pendidikan Kewarganegaraan) dosennya mohon diganti jadi Heru Santoso, S.H., M.H. Terima kasih
""", "course_data", "id",
  fields={"course_name": "Pendidikan Kewarganegaraan", "changes": {"lecturer": "Heru Santoso, S.H., M.H."}},
  client="iphone")

M("dosen-pengampu-nama-orang-bukan-mk", "2027-03-16 15:30:00",
  ("Sekretariat Prodi Logistik", "logistik@polibatam.ac.id"),
  "dosen pengampu",
  """Yth. P4M,

Dosen pengampu Budi Hartanto, S.T., M.T. mohon ditambahkan sebagai pengajar di mata kuliah Manajemen Pergudangan (LG2103).

Sekretariat Prodi Logistik
""", "course_data", "id",
  fields={"course_code": "LG2103", "course_name": "Manajemen Pergudangan",
          "changes": {"lecturer": "Budi Hartanto, S.T., M.T."}})

M("huruf-kalimat-nama-kode-kurung", "2027-03-17 19:40:00",
  ("Yoga Saputra", "yoga.saputra@students.polibatam.ac.id"),
  "kelas elearning",
  """min, mata kuliah Pemrograman web lanjut (IF3204) di elearning kelasnya masih IF-3A, harusnya IF-3C. tolong diganti ya min
""", "course_data", "id",
  fields={"course_code": "IF3204", "course_name": "Pemrograman web lanjut", "changes": {"class": "IF-3C"}},
  client="iphone", note="A name in sentence case between a course cue and its code.")

M("kuis-kode-setelah-kata-berakhiran-is", "2027-03-18 07:30:00",
  ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
  "Pengumuman Kuis GM2105",
  """Pagi, mohon dipasang pengumuman di kelas Kartografi Digital: kuis besok dimulai pukul 09.00. Tayang hari ini jam 12.00.

Rudi
""", "announcement", "id",
  fields={"course_code": "GM2105", "course_name": "Kartografi Digital", "scope": "course",
          "publish_at": "2027-03-18T12:00:00+07:00"},
  note="A code right after a word ending in 'is' (Kuis) is still the course.")

# ---------------------------------------------------------------- sixth batch (written after the fifth rules)

M("surat-nomor-berkode-tanpa-kode-mk", "2027-03-18 10:00:00",
  ("Jurusan Teknik Informatika", "jurusan.if@polibatam.ac.id"),
  "Surat No. 45/PL29/TI2027",
  """Dengan hormat,

Menindaklanjuti surat No. 45/PL29/TI2027, mohon dosen pengampu mata kuliah Kecerdasan Buatan di e-learning diganti menjadi Dr. Sari Dewi, M.Kom.

Hormat kami,
Jurusan Teknik Informatika
""", "course_data", "id",
  fields={"course_name": "Kecerdasan Buatan", "changes": {"lecturer": "Dr. Sari Dewi, M.Kom."}}, client="outlook")

M("en-shortname-from-looks-like-code", "2027-03-18 14:45:00",
  ("Dr. Anna Kowalski", "a.kowalski@polibatam.ac.id"),
  "Short name",
  """Hello,

Please change the short name from TD2104 to ME2104-TD. The course is Technical Drawing (ME2104).

Anna
""", "course_data", "en",
  fields={"course_code": "ME2104", "course_name": "Technical Drawing", "changes": {"shortname": "ME2104-TD"}})

M("course-id-angka-bukan-nama", "2027-03-19 09:15:00",
  ("Bayu Aji", "bayu.aji@polibatam.ac.id"),
  "enrol key",
  """Pagi min, course ID 2231 di elearning (Pemrograman Robot) enrol key-nya tolong diganti jadi robot-2231. Thanks
""", "course_data", "id",
  fields={"course_name": "Pemrograman Robot", "changes": {"enrolment_key": "robot-2231"}})

# ---------------------------------------------------------------- seventh batch (written after the sixth rules)

M("nama-mk-titik-dua-seharusnya", "2027-03-19 13:00:00",
  ("Kaprodi Administrasi Bisnis Terapan", "kaprodi.abt@polibatam.ac.id"),
  "Nama mata kuliah",
  """Yth. Tim P4M,

Nama MK di e-learning: Sistem Informasi Manajemen, seharusnya Sistem Informasi Manajerial. Mohon diperbaiki.

Kaprodi ABT
""", "course_data", "id",
  fields={"course_name": "Sistem Informasi Manajemen", "changes": {"fullname": "Sistem Informasi Manajerial"}})

M("nama-course-panah-kutip", "2027-03-19 16:20:00",
  ("Bayu Saputra", "bayu.saputra@polibatam.ac.id"),
  "rename course",
  """Hi min, tolong ya:

Nama course: "Keamanan Jaringan" -> "Keamanan Jaringan Komputer"

Thanks
""", "course_data", "mixed",
  fields={"course_name": "Keamanan Jaringan", "changes": {"fullname": "Keamanan Jaringan Komputer"}})

M("matkul-kutip-tunggal-satu-kata", "2027-03-22 19:10:00",
  ("Citra Lestari", "citra.lestari@students.polibatam.ac.id"),
  "pengumuman",
  """kak titip pengumuman di matkul 'Grafika' kelas TI-2A, praktikum besok online. tayang besok jam 6 pagi ya kak
""", "announcement", "id",
  fields={"course_name": "Grafika", "scope": "course", "publish_at": "2027-03-23T06:00:00+07:00"}, client="iphone")

# ---------------------------------------------------------------- eighth batch (written after the seventh rules)

M("en-in-name-course-no-article", "2027-03-23 09:40:00",
  ("Dr. Lars Eriksson", "l.eriksson@polibatam.ac.id"),
  "Announcement",
  """Dear P4M,

Students in Machine Learning course should be told that the project deadline moves to Friday. Title: Project Deadline Moved. Please publish on Wednesday, 24 March 2027 at 08:00.

Lars
""", "announcement", "en",
  fields={"course_name": "Machine Learning", "title": "Project Deadline Moved", "scope": "course",
          "publish_at": "2027-03-24T08:00:00+07:00"})

M("campur-for-name-class-kode-tidak-ada", "2027-03-23 14:00:00",
  ("Kevin Tan", "kevin.tan@polibatam.ac.id"),
  "enrol key",
  """Hi min, for Data Mining class tolong enrol key-nya diganti ke dm-genap27 ya. Thanks!
""", "course_data", "mixed",
  fields={"course_name": "Data Mining", "changes": {"enrolment_key": "dm-genap27"}})


if __name__ == "__main__":
    sys.exit(E.main())

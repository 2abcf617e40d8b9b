#!/usr/bin/env python3
"""Generate the fourteenth P4M helpdesk TUNING corpus for the request type (25 labelled e-mails).

Written before any rule for it, in voices the earlier type corpora lack: part-time practitioner lecturers, tutors
and teaching assistants, evening-class working students, RPL students, exchange students writing English, and
the IT unit forwarding a lecturer's trouble. The e-learning trouble is told through another system's or office's
words (study plans, the timetable, the academic system's grades, a room or class change, a teaching letter) and
often without the word "e-learning": the LMS, Moodle, the online class, "web kuliah", "kelas online", the learning
portal, the course page. Beside them, true matters of other offices that must stay `other` (a grade corrected in
the academic system, a room booking, a certificate of enrolment, a timetable clash, the library), a policy
question asked only to know, a newcomer introducing themselves with the course they teach, and a question why a
course's name changed.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py.
Run:  python3 make_tune14_types.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"elearning_support": 15, "other": 10}
M = E.M

# ---------------------------------------------------------------- support told through another office's words

M("sk-mengajar-keluar-web-kuliah-tamu", "2027-08-02 19:40:00",
  ("Ir. Yusuf Hamdani", "yusuf.hamdani.praktisi@gmail.com"),
  "SK mengajar sudah terbit, web kuliah masih sebagai tamu",
  """Selamat malam Bapak/Ibu,

Saya Yusuf, dosen praktisi dari industri yang semester ini mengajar Manajemen Proyek Konstruksi setiap Sabtu. SK mengajar dari jurusan sudah terbit Jumat lalu, tapi waktu saya buka web kuliah, saya hanya bisa melihat kelasnya sebagai tamu. Menu untuk menambah materi dan membuat tugas tidak ada.

Pertemuan pertama tanggal 9 Agustus. Mohon bantuannya supaya saya bisa menyiapkan materi sebelum itu.

Salam,
Yusuf Hamdani
""", "elearning_support", "id",
  note="A teaching letter that did not give the lecturer's role on the course; 'web kuliah' is e-learning.")

M("en-ta-cannot-grade-lab-reports", "2027-08-03 09:15:00",
  ("Nadia Putri Anggraini", "nadia.anggraini@students.polibatam.ac.id"),
  "TA access for the Physics lab sections",
  """Hi,

I'm the teaching assistant for the Basic Physics lab sections this term. Mr. Harun asked me to mark the lab reports, and I can open the course in the LMS, but there is no grading button next to the submissions, only "view". I think I was added with the wrong role.

Could someone look at it? The first reports came in yesterday.

Thanks,
Nadia
""", "elearning_support", "en",
  note="A role wrong on the course, told by a teaching assistant in English.")

M("kelas-karyawan-krs-kelas-online-belum-nongol", "2027-08-03 21:50:00",
  ("Dimas Prasetyo", "dimas.prasetyo@students.polibatam.ac.id"),
  "kelas online akuntansi biaya blm ada",
  """malam min,

sy mhs kelas karyawan (malam) akuntansi manajerial. KRS udh sy isi dari awal semester dan udh di acc, tp di kelas online matkul Akuntansi Biaya blm nongol sampe skrg. temen2 sekelas udh pada bisa masuk. minggu ini udh ada kuis.

tlg dicek ya min, mksh

Dimas
NIM 3312301077
""", "elearning_support", "id", client="iphone",
  note="A course missing after the study plan was approved, told by an evening-class student in casual words.")

M("rpl-hanya-dua-matakuliah-di-moodle", "2027-08-04 10:05:00",
  ("Sri Wahyuni", "sri.wahyuni.rpl@gmail.com"),
  "Mahasiswa RPL - matakuliah di Moodle tidak lengkap",
  """Yth. Tim P4M,

Saya mahasiswa jalur RPL (rekognisi pembelajaran lampau) Prodi Teknik Mesin angkatan 2027. Dari lima matakuliah yang harus saya ambil semester ini, di Moodle saya baru terdaftar di dua. Tiga lainnya (Mekanika Fluida, Perpindahan Panas, dan Perawatan Mesin) tidak kelihatan sama sekali.

Saya bekerja di Batamindo sehingga hanya bisa belajar lewat kelas daring. Mohon bantuan agar ketiga matakuliah itu bisa saya ikuti.

Hormat saya,
Sri Wahyuni
""", "elearning_support", "id", client="outlook",
  note="An RPL student missing from three courses on Moodle.")

M("en-exchange-quiz-closed-by-timetable", "2027-08-05 08:30:00",
  ("Jonas Becker", "jonas.becker@students.polibatam.ac.id"),
  "Quiz closed before our class",
  """Good morning,

I am an exchange student from Germany taking Intercultural Communication. Our section meets on Thursday according to the timetable, and the lecturer told us the first quiz would be open until Thursday night. But on the learning portal the quiz closed on Tuesday at 17:00, which seems to be the date of the other section. None of us in the Thursday section could take it.

Could the quiz be opened for our section until Thursday?

Kind regards,
Jonas Becker
""", "elearning_support", "en",
  note="A quiz that closed by the other section's timetable; 'learning portal' is e-learning.")

M("upt-tik-meneruskan-keluhan-dosen-lms", "2027-08-05 13:20:00",
  ("UPT TIK Polibatam", "upt-tik@polibatam.ac.id"),
  "Fwd: Tidak bisa unggah materi di LMS",
  """Yth. Tim P4M,

Kami meneruskan keluhan Ibu Rahmawati (dosen Teknik Elektro) yang masuk ke layanan UPT TIK. Karena LMS dikelola oleh P4M, mohon ditindaklanjuti langsung dengan beliau.

Salam,
Helpdesk UPT TIK

---------- Forwarded message ---------
Dari: Rahmawati <rahmawati@polibatam.ac.id>
Tanggal: Kam, 5 Agu 2027 pukul 10.02
Subjek: Tidak bisa unggah materi di LMS
Kepada: upt-tik@polibatam.ac.id

Selamat pagi,

Sejak kemarin saya tidak bisa mengunggah file PDF materi ke course Elektronika Daya. Setiap kali diunggah, muncul tulisan "file too large" padahal ukurannya hanya 3 MB.

Terima kasih,
Rahmawati
""", "elearning_support", "id",
  note="The IT unit forwards a lecturer's upload trouble on the LMS to the unit.")

M("psi-nilai-kelas-online-tidak-tersinkron", "2027-08-06 09:45:00",
  ("Pusat Sistem Informasi", "psi@polibatam.ac.id"),
  "Nilai dari kelas online tidak masuk ke SIAKAD",
  """Dengan hormat,

Pusat Sistem Informasi menerima laporan dari Bapak Andi Saputra bahwa nilai akhir course Statistika Industri yang sudah difinalkan di kelas online tidak ikut tersinkron ke SIAKAD. Dari sisi SIAKAD tidak ada kendala; data yang dikirim dari Moodle untuk course tersebut kosong, sementara course lain masuk normal.

Mohon Tim P4M memeriksa pengaturan sinkronisasi di course tersebut.

Hormat kami,
Pusat Sistem Informasi
Politeknik Negeri Batam
""", "elearning_support", "id", client="outlook",
  note="Grades not synced from e-learning to the academic system; the academic system is fine.")

M("pindah-kelas-masih-kelas-lama-halaman-course", "2027-08-06 16:10:00",
  ("Rizal Fahmi", "rizal.fahmi@students.polibatam.ac.id"),
  "Pindah kelas tapi course masih kelas lama",
  """Permisi Kak/Bapak/Ibu,

Saya baru pindah dari kelas pagi ke kelas malam karena sekarang sudah bekerja; perpindahannya sudah disetujui prodi. Tapi di halaman course Pemrograman Web saya masih masuk grup kelas pagi, jadi tugas dan jadwal kuis kelas malam tidak muncul buat saya.

Mohon dibantu dipindahkan ke grup kelas malam.

Terima kasih,
Rizal Fahmi
""", "elearning_support", "id", client="iphone",
  note="A student moved to another class is still in the old group on the course page.")

M("en-practitioner-cannot-enrol-online-class", "2027-08-07 07:55:00",
  ("Michael Tan", "michael.tan@shipyard-batam.com"),
  "Guest lecturer - online class says I cannot enrol",
  """Dear helpdesk,

I teach Industrial Safety at the polytechnic as a part-time practitioner, Saturdays only. My appointment letter from the department came through last week and I received a campus account, but when I open the online class page for my course it says "You cannot enrol yourself in this course".

The first session is this Saturday. What do I need to do?

Best regards,
Michael Tan
""", "elearning_support", "en",
  note="A practitioner's teaching letter did not give access to the course on e-learning.")

M("asisten-tutorial-menu-nilai-tidak-ada", "2027-08-07 11:30:00",
  ("Putri Maharani", "putri.maharani@students.polibatam.ac.id"),
  "Asisten tutorial Kalkulus: menu penilaian",
  """Selamat siang,

Saya asisten tutorial Kalkulus I kelas IF-1A dan IF-1B. Bu Wulan meminta saya memeriksa jawaban kuis mingguan, tapi di kelas online menu penilaiannya tidak ada untuk saya. Saya hanya bisa melihat daftar peserta.

Mohon bantuannya, Bu Wulan juga cc di email ini.

Putri Maharani
""", "elearning_support", "id",
  note="A tutor lacking the grading role on the online class.")

M("kuis-ditutup-jadwal-kelas-pagi-kelas-malam", "2027-08-08 20:40:00",
  ("Agus Salim", "agus.salim@students.polibatam.ac.id"),
  "Kuis Statistika tutup sebelum kelas malam mulai",
  """Selamat malam,

Kuis 2 Statistika di web kuliah ditutup jam 17.00 mengikuti jadwal kelas pagi, padahal kelas karyawan kami baru mulai jam 18.30. Jadi satu kelas malam tidak sempat mengerjakan sama sekali. Dosen pengampu sudah tahu dan menyarankan kami menghubungi P4M.

Mohon kuisnya dibuka lagi untuk kelas malam.

Agus Salim
Ketua kelas TI Karyawan
""", "elearning_support", "id",
  note="A quiz closed by the day class's timetable; the lecturer is named only as who sent the students.")

M("en-rpl-courses-not-on-course-page", "2027-08-09 12:00:00",
  ("Ahmad Firdaus", "ahmad.firdaus.rpl@gmail.com"),
  "RPL student - courses not on my list",
  """Hello,

I joined this semester through the RPL pathway (recognition of prior learning). My study plan was approved, but when I log in to Moodle my course list is empty except for the orientation course. My lecturers have started posting materials already.

Please help me get into my courses.

Regards,
Ahmad Firdaus
""", "elearning_support", "en",
  note="An RPL student's courses missing from the course list after the study plan.")

M("ruang-pindah-role-jadi-mahasiswa", "2027-08-10 08:05:00",
  ("Dra. Lina Marlina, M.Pd.", "lina.marlina@polibatam.ac.id"),
  "Setelah pindah ruang, saya jadi mahasiswa di course sendiri",
  """Selamat pagi,

Minggu lalu kelas Bahasa Inggris Teknik saya dipindah ruang ke Gedung Tower A dan jurusan sekaligus membuat ulang pembagian kelasnya. Sejak itu di Moodle saya tercatat sebagai mahasiswa di course saya sendiri, bukan pengajar, jadi tidak bisa membuka nilai tugas.

Mohon dikembalikan peran saya sebagai pengajar.

Terima kasih,
Lina Marlina
""", "elearning_support", "id", client="thunderbird",
  note="A role wrong after a room and class change; 'tercatat' tells the role, not a course field.")

M("web-kuliah-tidak-bisa-dibuka-dari-kantor", "2027-08-10 22:15:00",
  ("Yoga Pratama", "yoga.pratama@students.polibatam.ac.id"),
  "web kuliah muter terus dari jaringan kantor",
  """Malam,

saya mhs kelas karyawan, biasanya buka web kuliah dari kantor waktu istirahat. sejak senin halaman kuliahnya muter terus dan akhirnya "connection timed out", padahal situs lain bisa. dari hp pakai data juga sama.

apa ada gangguan? deadline tugas rabu.

Yoga
""", "elearning_support", "id", client="iphone",
  note="The course site not loading, told by a working student without the word e-learning.")

# ---------------------------------------------------------------- other offices' matters and questions only

M("koreksi-nilai-uts-siakad", "2027-08-04 14:30:00",
  ("Bambang Hermawan, M.T.", "bambang.hermawan@polibatam.ac.id"),
  "Koreksi nilai UTS di SIAKAD",
  """Selamat siang,

Nilai UTS Mekanika Teknik untuk dua mahasiswa saya salah input di SIAKAD (tertukar antara NIM 4222201005 dan 4222201050). Batas input nilai sudah lewat, jadi saya tidak bisa memperbaikinya sendiri. Mohon dibantu koreksi.

Terima kasih,
Bambang Hermawan
""", "other", "id",
  note="A grade corrected in the academic system: the academic office's matter.")

M("en-certificate-of-enrolment-home-university", "2027-08-05 10:10:00",
  ("Chloe Martin", "chloe.martin@students.polibatam.ac.id"),
  "Certificate of enrolment for my home university",
  """Hello,

My home university in France needs a certificate of enrolment stating that I am registered for the autumn semester at Polibatam, signed and stamped. Who can issue it, and how long does it take?

Thank you,
Chloe Martin
""", "other", "en",
  note="A certificate of enrolment: academic administration's.")

M("jadwal-kuliah-karyawan-tabrakan", "2027-08-06 20:00:00",
  ("Fitriani", "fitriani@students.polibatam.ac.id"),
  "Jadwal kuliah Rabu tabrakan",
  """Selamat malam,

Saya mahasiswa kelas karyawan semester 3. Di jadwal kuliah yang baru, Perpajakan dan Akuntansi Sektor Publik sama-sama hari Rabu jam 19.00. Saya harus ikut yang mana, dan ke siapa saya harus mengajukan perubahan jadwal?

Fitriani
""", "other", "id",
  note="A timetable clash: the academic office's.")

M("pinjam-ruang-kelas-pengganti-sabtu", "2027-08-07 09:00:00",
  ("Hadi Susanto, S.T., M.Sc.", "hadi.susanto@polibatam.ac.id"),
  "Ruang untuk kelas pengganti hari Sabtu",
  """Selamat pagi,

Saya perlu ruang kelas untuk kelas pengganti Rekayasa Perangkat Lunak hari Sabtu 14 Agustus jam 08.00-10.30, sekitar 35 mahasiswa. Apakah ruang di Gedung Utama bisa dipakai, dan formulirnya diajukan ke mana?

Terima kasih,
Hadi
""", "other", "id",
  note="A room booking, told with the words 'kelas pengganti' and 'formulir'.")

M("en-library-saturday-e-journal", "2027-08-08 13:40:00",
  ("Rina Hartono", "rina.hartono@students.polibatam.ac.id"),
  "Library on Saturdays?",
  """Hi,

I'm a working student in the evening programme. Is the library open on Saturdays, and can I reach the e-journal subscriptions from home with my student account?

Thanks,
Rina
""", "other", "en",
  note="A library question, with an account named.")

M("en-policy-rename-course-mid-semester", "2027-08-09 15:20:00",
  ("Dr. Peter Lim", "peter.lim@polibatam.ac.id"),
  "Question about renaming courses",
  """Dear P4M,

A general question before our curriculum meeting: is it possible to rename a course on the LMS in the middle of a semester, or only between semesters? We are not planning anything for this term; I just want to tell my colleagues what the rules are.

Best regards,
Peter Lim
""", "other", "en",
  note="A policy question asked only to know; nothing is to be changed.")

M("perkenalan-dosen-baru-mengampu-basis-data", "2027-08-10 10:30:00",
  ("Anisa Rahmadani, M.Kom.", "anisa.rahmadani@polibatam.ac.id"),
  "Perkenalan dosen baru Teknik Informatika",
  """Selamat pagi Bapak/Ibu tim P4M,

Perkenalkan, saya Anisa Rahmadani, dosen baru di Prodi Teknik Informatika mulai bulan ini. Semester ini saya mengajar Basis Data dan Struktur Data untuk kelas IF-2A dan IF-2B. Senang bisa bergabung, dan semoga kita bisa bekerja sama dengan baik.

Salam hangat,
Anisa
""", "other", "id",
  note="A newcomer introducing themselves with the courses they teach; nothing asked.")

M("kenapa-nama-matakuliah-berubah", "2027-08-11 09:10:00",
  ("Teguh Santoso", "teguh.santoso@polibatam.ac.id"),
  "Nama matakuliah kok berubah?",
  """Pagi,

Saya lihat nama matakuliah Termodinamika di kelas online sekarang jadi Termodinamika Terapan. Kenapa diganti ya? Saya tidak keberatan, hanya ingin tahu dasarnya, karena di RPS saya masih nama lama.

Teguh
""", "other", "id",
  note="Why a course's name changed: a question, no change asked.")

M("en-why-was-course-name-changed", "2027-08-11 14:45:00",
  ("Grace Wong", "grace.wong@polibatam.ac.id"),
  "Course name changed?",
  """Hello,

I noticed that my course on Moodle is now called Applied Statistics instead of Statistics for Engineers. Was that changed by P4M or by the department? Just curious, it is fine as it is.

Grace
""", "other", "en",
  note="Why a course's name changed, said to be fine as it is.")

# ---------------------------------------------------------------- second batch, written after the first rules

M("kelas-online-hilang-setelah-pindah-ruang", "2027-08-12 19:05:00",
  ("Wahyu Hidayat", "wahyu.hidayat@students.polibatam.ac.id"),
  "Kelas online Mikrokontroler hilang",
  """Selamat malam,

Kelas online Mikrokontroler hilang dari daftar saya sejak perkuliahannya dipindah ke ruang Lab Elektro 2 minggu ini. Matakuliah lain masih ada. Saya kelas karyawan jadi tugas-tugasnya hanya bisa saya lihat dari situ.

Terima kasih,
Wahyu
""", "elearning_support", "id", client="iphone",
  note="A course gone from the writer's list after a room change; no word 'e-learning'.")

M("perkenalan-dosen-pengampu-baru-praktisi", "2027-08-12 08:25:00",
  ("Ir. Bonifasius Sinaga", "boni.sinaga@polibatam.ac.id"),
  "Salam kenal dari dosen praktisi",
  """Selamat pagi rekan-rekan P4M,

Izinkan saya memperkenalkan diri. Saya Bonifasius Sinaga, dosen pengampu baru Manajemen Perawatan di Prodi Teknik Mesin, sehari-hari bekerja di galangan kapal Tanjung Uncang. Salam kenal, semoga semester ini lancar.

Hormat saya,
Boni
""", "other", "id",
  note="A newcomer introducing themselves as a course's new lecturer; nothing is asked.")


if __name__ == "__main__":
    sys.exit(E.main())

#!/usr/bin/env python3
"""Generate the thirtieth P4M helpdesk TUNING corpus for announcements (labelled e-mails).

Written in round 15 before any rule for it (batch 1; batch 2 after batch 1's rules and before its own), for the
announcement fields the opened part17 missed and the kinds around them, in voices no corpus had: partners abroad who
write a day and a bare four-digit hour ("Monday 7 Dec 0800"), a day-first date with dots or dashes and a 24-hour
clock ("08.12.2026, 14:00"), Javanese and Banjar lecturers who write the hour in words ("Senin depan jam tujuh
pagi", "lusa pukul 7 malam"), English writers on a 12-hour clock ("this Friday at 7:30 a.m."), eastern zones, and
near-misses whose only moment is the event's, its deadline or how long the notice stays up ("berlaku sampai").
Titles stand only in the subject, after "Judul:"/"Title:", in bold, or in an attached document; scopes are a lab
group or a class of one course (the course), a department or the whole campus (the site).

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py.
Run:  python3 make_tune30_announce.py   (BATCH=1 writes only the first batch)
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

M("en-dutch-day-month-bare-hour", "2026-12-02 15:20:00",
  ("Dr. Pieter van der Berg", "p.vanderberg@hz-partner.nl"),
  "Announcement for my Hydraulic Structures students",
  """Good afternoon,

Could you place an announcement in my course Hydraulic Structures (TS3105)? Title: "Guest Lecture on Delta Water Management".
It must appear Thursday 10 Dec 0730, so the students see it before the morning session.

Text: Next week's Monday lecture is replaced by an online guest lecture from Rijkswaterstaat. Attendance is compulsory.

Kind regards,
Pieter van der Berg""", "announcement", "en",
  ann("Guest Lecture on Delta Water Management", "course", "2026-12-10T07:30", "TS3105", "Hydraulic Structures"),
  client="outlook",
  note="A Dutch partner: a weekday, a day and month, then a bare four-digit 24-hour clock ('Thursday 10 Dec 0730').")

M("en-german-dotted-date-24h", "2026-12-02 17:45:00",
  ("Prof. Dr. Katrin Hoffmann", "k.hoffmann@th-partner.de"),
  "Excursion to Batamindo Cancelled",
  """Dear P4M team,

please publish the following text in my course Production Systems (MS4102) on 08.12.2026, 14:00 Jakarta time.

Due to the safety audit at the plant, the excursion on 11 December cannot take place. We will hold a case study session in the classroom instead.

Best regards
Katrin Hoffmann""", "announcement", "en",
  ann("Excursion to Batamindo Cancelled", "course", "2026-12-08T14:00", "MS4102", "Production Systems"),
  note="A German partner: the title only in the subject; a day-first dotted date and a 24-hour clock.")

M("jawa-senin-depan-jam-tujuh-pagi", "2026-12-02 19:10:00",
  ("Drs. Suharjo Wiryosudarmo", "suharjo@polibatam.ac.id"),
  "Nyuwun tulung pengumuman kuliah pengganti",
  """Sugeng dalu Mas/Mbak P4M,

Nyuwun tulung dipun tayangaken pengumuman wonten MK Mekanika Fluida (ME2203) Senin depan jam tujuh pagi nggih.

Judul: Kuliah Pengganti Mekanika Fluida
Isi: Kuliah pengganti dilaksanakan Rabu, 9 Desember 2026 pukul 13.00 di ruang TM-204.

Matur nuwun,
Suharjo""", "announcement", "id",
  ann("Kuliah Pengganti Mekanika Fluida", "course", "2026-12-07T07:00", "ME2203", "Mekanika Fluida"),
  note="A Javanese lecturer: 'Senin depan jam tujuh pagi', the hour in words; the make-up class's own moment is not it.")

M("banjar-lusa-pukul-tujuh-bold", "2026-12-03 20:15:00",
  ("Muhammad Rizky Ananda", "rizky.ananda@students.polibatam.ac.id"),
  "minta tolong pasang info lomba",
  """Assalamualaikum kak,

ulun dari BEM, minta tolong pasangkan info ini gasan seluruh warga kampus di beranda e-learning, lusa pukul 7 malam ya kak.

*Lomba Karya Tulis Ilmiah Tingkat Politeknik 2026*

Pendaftaran dibuka sampai 20 Desember, berkas dikirim lewat formulir di bio Instagram BEM.

Makasih banyak kak""", "announcement", "id",
  ann("Lomba Karya Tulis Ilmiah Tingkat Politeknik 2026", "site", "2026-12-05T19:00"),
  html_body=("<div dir=\"ltr\"><div>Assalamualaikum kak,</div><div><br></div><div>ulun dari BEM, minta tolong pasangkan "
             "info ini gasan seluruh warga kampus di beranda e-learning, lusa pukul 7 malam ya kak.</div><div><br></div>"
             "<div><b>Lomba Karya Tulis Ilmiah Tingkat Politeknik 2026</b></div><div><br></div><div>Pendaftaran dibuka "
             "sampai 20 Desember, berkas dikirim lewat formulir di bio Instagram BEM.</div><div><br></div>"
             "<div>Makasih banyak kak</div></div>"),
  note="A Banjar student: 'lusa pukul 7 malam'; the title in bold on a line of its own; the whole campus is the site.")

M("en-us-this-friday-12h-lab-group", "2026-12-08 09:05:00",
  ("Dr. Jennifer Walsh", "jennifer.walsh@polibatam.ac.id"),
  "Quick post for my Thermo lab group",
  """Hi there,

Could you post an announcement titled "Lab Safety Refresher Quiz" for my Tuesday lab group in Thermodynamics (ME2201)? Please have it go up this Friday at 7:30 a.m.

The quiz is short and covers the fume hood and PPE rules from week 1.

Thanks a bunch,
Jen""", "announcement", "en",
  ann("Lab Safety Refresher Quiz", "course", "2026-12-11T07:30", "ME2201", "Thermodynamics"),
  note="An American: 'this Friday at 7:30 a.m.' on a 12-hour clock; a lab group of one course is the course.")

M("near-en-deadline-only-asap", "2026-12-08 11:30:00",
  ("Dr. Oluwaseun Adeyemi", "seun.adeyemi@polibatam.ac.id"),
  "Capstone poster submission notice",
  """Good morning,

Kindly post the notice below in my course Capstone Design Project (EE4901) as soon as you can.

Title: Capstone Poster Submission

Posters must be uploaded to the course page before Friday, December 18 at 5:00 PM. Late posters will not be judged.

Best regards,
Dr. Adeyemi""", "announcement", "en",
  ann("Capstone Poster Submission", "course", None, "EE4901", "Capstone Design Project"),
  note="NEAR-MISS for a publish time: 'as soon as you can'; the only moment is the students' deadline.")

M("mulai-dan-berlaku-sampai", "2026-12-09 08:40:00",
  ("Unit Perpustakaan", "perpustakaan@polibatam.ac.id"),
  "Penayangan pengumuman jam layanan perpustakaan",
  """Selamat pagi,

Mohon pengumuman berikut dipasang di halaman depan e-learning mulai Senin, 14 Desember 2026 pukul 07.00 WIB dan berlaku sampai Jumat, 18 Desember 2026 pukul 16.00 WIB.

Judul: Perubahan Jam Layanan Perpustakaan Selama Stock Opname
Selama stock opname, perpustakaan hanya melayani pengembalian buku pukul 08.00-12.00.

Terima kasih,
Unit Perpustakaan""", "announcement", "id",
  ann("Perubahan Jam Layanan Perpustakaan Selama Stock Opname", "site", "2026-12-14T07:00"),
  note="Put up from one moment and kept 'berlaku sampai' another: the first is the publish time.")

M("near-berlaku-sampai-saja", "2026-12-09 10:15:00",
  ("Bagian Umum", "umum@polibatam.ac.id"),
  "Pengumuman pemadaman listrik",
  """Dengan hormat,

Mohon dipasang pengumuman di beranda e-learning untuk seluruh sivitas akademika, berlaku sampai Sabtu, 19 Desember 2026 pukul 17.00 WIB.

Judul: Pemadaman Listrik Terjadwal Gedung Utama
Pemadaman dilakukan untuk perawatan gardu; mohon simpan pekerjaan sebelum pukul 09.00.

Hormat kami,
Bagian Umum""", "announcement", "id",
  ann("Pemadaman Listrik Terjadwal Gedung Utama", "site"),
  client="outlook",
  note="NEAR-MISS for a publish time: the only moment is how long the notice stays ('berlaku sampai').")

M("bugis-kelas-wita", "2026-12-09 13:20:00",
  ("Andi Tenri Ajeng, M.Kom.", "andi.tenri@polibatam.ac.id"),
  "Tolong pasang info kuis kelas 2B",
  """Selamat siang, P4M.

Saya sedang di Makassar. Tolong tayangkan pengumuman untuk kelas 2B saja di MK Basis Data (IF2103) pada Kamis, 10 Desember 2026 pukul 08.30 WITA.

Judul: Kuis Normalisasi Kelas 2B
Kuis dikerjakan di e-learning selama 30 menit, dibuka setelah pengumuman tayang.

Terima kasih, iye.
Andi Tenri""", "announcement", "id",
  ann("Kuis Normalisasi Kelas 2B", "course", "2026-12-10T07:30", "IF2103", "Basis Data"),
  note="A Bugis lecturer in Makassar: 08.30 WITA is 07.30 WIB; one class of one course is the course.")

M("papua-wit-seluruh-kampus-garis-miring", "2026-12-10 07:50:00",
  ("Yohanis Wenda", "yohanis.wenda@polibatam.ac.id"),
  "Pengumuman ibadah Natal bersama",
  """Selamat pagi, kaka-kaka P4M,

Sa minta tolong pasang pengumuman untuk seluruh kampus, Selasa 15/12 jam 9 pagi WIT.

Judul: Ibadah Natal Bersama Sivitas Akademika
Ibadah Natal bersama dilaksanakan Jumat, 18 Desember 2026 pukul 15.00 di aula gedung utama. Semua diundang.

Tuhan memberkati,
Yohanis""", "announcement", "id",
  ann("Ibadah Natal Bersama Sivitas Akademika", "site", "2026-12-15T07:00"),
  note="A Papuan lecturer: 'Selasa 15/12 jam 9 pagi WIT' is 07.00 WIB; the whole campus is the site.")

M("docx-judul-baris-pertama", "2026-12-10 09:30:00",
  ("Kepala UPT Bahasa", "uptbahasa@polibatam.ac.id"),
  "Mohon penayangan pengumuman TOEIC",
  """Selamat pagi Tim P4M,

Terlampir naskah pengumuman dari UPT Bahasa. Mohon ditayangkan di halaman depan e-learning pada Senin, 14 Desember 2026 pukul 09.00 WIB.

Terima kasih,
UPT Bahasa""", "announcement", "id",
  ann("Jadwal Tes TOEIC Gelombang Januari 2027", "site", "2026-12-14T09:00"),
  att=[("docx", "Pengumuman_TOEIC.docx", [
      "Jadwal Tes TOEIC Gelombang Januari 2027",
      "Tes TOEIC gelombang Januari dilaksanakan 11 sampai 15 Januari 2027 di laboratorium bahasa.",
      "Pendaftaran melalui laman UPT Bahasa paling lambat 6 Januari 2027.",
  ])],
  note="The title is the first line of the attached DOCX; the publish time in the mail.")

M("en-nigeria-department-2pm", "2026-12-10 14:10:00",
  ("Engr. Chukwuemeka Obi", "chukwuemeka.obi@polibatam.ac.id"),
  "Departmental seminar announcement",
  """Good afternoon sir/ma,

Kindly publish the announcement below for the whole Electrical Engineering department on Monday, 14th December, 2:00 pm prompt.

Title: Departmental Seminar on Renewable Microgrids

All students and staff of the department are expected to attend on Wednesday, 16th December at 10:00 am in the auditorium.

Thank you and God bless.
Engr. C. Obi""", "announcement", "en",
  ann("Departmental Seminar on Renewable Microgrids", "site", "2026-12-14T14:00"),
  note="A Nigerian lecturer: '14th December, 2:00 pm prompt'; a department is read as the site; the seminar's moment is not it.")

M("near-kuis-saja-segera", "2026-12-11 08:00:00",
  ("Rahmawati Siregar, S.Si., M.Sc.", "rahmawati.siregar@polibatam.ac.id"),
  "Pengumuman kuis statistika",
  """Horas, selamat pagi.

Tolong segera ditayangkan pengumuman di MK Statistika Industri (TI2205), lae.

Judul: Kuis 2 Statistika Industri
Kuis dilaksanakan Rabu, 16 Desember 2026 pukul 10.00 di ruang TI-301. Bawa kalkulator.

Mauliate,
Rahmawati""", "announcement", "id",
  ann("Kuis 2 Statistika Industri", "course", None, "TI2205", "Statistika Industri"),
  note="NEAR-MISS for a publish time: 'segera'; the quiz's own moment is not when the notice goes out.")

M("subjek-saja-judul", "2026-12-11 16:40:00",
  ("Dedi Kurniawan", "dedi.kurniawan@polibatam.ac.id"),
  "Pengumuman: Praktikum Kimia Dasar Ditiadakan Minggu Ini",
  """Mas, tolong pasang pengumuman di atas di MK Kimia Dasar (KI1101), besok jam 6 pagi.

Isinya: praktikum minggu ini ditiadakan karena laboratorium dipakai akreditasi. Laporan minggu lalu tetap dikumpulkan.

Makasih
Dedi""", "announcement", "id",
  ann("Praktikum Kimia Dasar Ditiadakan Minggu Ini", "course", "2026-12-12T06:00", "KI1101", "Kimia Dasar"),
  client="iphone",
  note="The title only in the subject ('Pengumuman: X'), the body says 'pengumuman di atas'.")

M("en-scot-lab-group-six-in-evening", "2026-12-14 10:25:00",
  ("Dr. Fiona MacLeod", "fiona.macleod@polibatam.ac.id"),
  "Notice for lab group B",
  """Hiya,

Would you mind putting a wee notice up on Digital Electronics (EL2204) for lab group B only, tomorrow at 6 in the evening?

Title: Group B Lab Rotation Swap

Group B swaps with group C next week: you're in Lab 3 on Thursday, not Lab 1.

Cheers,
Fiona""", "announcement", "en",
  ann("Group B Lab Rotation Swap", "course", "2026-12-15T18:00", "EL2204", "Digital Electronics"),
  note="A Scottish lecturer: 'tomorrow at 6 in the evening'; one lab group of one course is the course.")

M("near-en-exam-moment-right-away", "2026-12-14 13:00:00",
  ("Prof. Rajesh Menon", "rajesh.menon@polibatam.ac.id"),
  "Final exam room notice",
  """Dear helpdesk,

Please post this announcement on Signals and Systems (EL3102) right away.

Title: Final Exam Room Change

The final exam is on Friday, December 18 at 9:00 AM in Hall B instead of Hall A.

Regards,
Rajesh Menon""", "announcement", "en",
  ann("Final Exam Room Change", "course", None, "EL3102", "Signals and Systems"),
  note="NEAR-MISS for a publish time: 'right away'; the exam's 12-hour moment is not it.")

M("titik-tanggal-civitas", "2026-12-15 09:00:00",
  ("Ir. Hendrik Tambunan, M.T.", "hendrik.tambunan@polibatam.ac.id"),
  "Penayangan pengumuman donor darah",
  """Selamat pagi,

Mohon ditayangkan untuk seluruh civitas akademika pada 21.12.2026 pukul 07.00 WIB.

Judul : Donor Darah Akhir Tahun Bersama PMI
Kegiatan donor darah diadakan di lobi gedung utama, Selasa 22 Desember 2026, pukul 08.00-12.00.

Salam,
Hendrik""", "announcement", "id",
  ann("Donor Darah Akhir Tahun Bersama PMI", "site", "2026-12-21T07:00"),
  note="A dotted day-first date '21.12.2026' with 'pukul 07.00'; 'Judul :' with a space before the colon.")

M("kelas-hari-ini-jam-tiga-sore", "2026-12-15 10:45:00",
  ("Nur Aisyah, M.T.", "nur.aisyah@polibatam.ac.id"),
  "Info kelas MI-1A",
  """Assalamualaikum,

Mas/Mbak, tolong tayangkan pengumuman untuk kelas MI-1A di MK Algoritma dan Pemrograman (IF1102) hari ini jam tiga sore.

Judul: Pengumpulan Tugas Besar Diundur
Tugas besar dikumpulkan paling lambat Senin, 21 Desember 2026 pukul 23.59.

Wassalamualaikum,
Nur Aisyah""", "announcement", "id",
  ann("Pengumpulan Tugas Besar Diundur", "course", "2026-12-15T15:00", "IF1102", "Algoritma dan Pemrograman"),
  note="'hari ini jam tiga sore' with the hour in words; one class of one course is the course; the deadline is not it.")

M("en-polish-visible-from-bare-hour-department", "2026-12-15 16:30:00",
  ("dr inż. Tomasz Kowalczyk", "t.kowalczyk@pw-partner.pl"),
  "Announcement for Mechanical Engineering students",
  """Dear Sir or Madam,

I kindly ask to publish an announcement for all students of the Mechanical Engineering department. It should be visible from Monday 21 Dec 0900.

Title: Erasmus+ Exchange Call for Summer Semester 2027

Applications are accepted until 15 January 2027 through the international office.

With best regards,
Tomasz Kowalczyk""", "announcement", "en",
  ann("Erasmus+ Exchange Call for Summer Semester 2027", "site", "2026-12-21T09:00"),
  note="A Polish partner: 'visible from Monday 21 Dec 0900', a bare four-digit hour; a department is the site.")

M("en-japan-year-first-jst", "2026-12-15 18:20:00",
  ("Dr. Hiroshi Tanaka", "h.tanaka@kosen-partner.ac.jp"),
  "Request: announcement for joint robotics class",
  """Dear P4M helpdesk,

Thank you for your support always. I would like to ask to publish one announcement to the joint class Robotics Systems (RE3201).

Title: Online Joint Presentation with Kosen Students
Publish: 2026/12/17 10:00 JST

The presentation will be held on 2026/12/22 from 13:00 JST by Zoom. Each group presents 10 minutes.

Best regards,
Hiroshi Tanaka""", "announcement", "en",
  ann("Online Joint Presentation with Kosen Students", "course", "2026-12-17T08:00", "RE3201", "Robotics Systems"),
  note="A Japanese partner: a year-first date and a 24-hour clock in JST (two hours ahead of WIB).")

if BATCH >= 2:
    M("en-french-h-separator", "2026-12-16 08:30:00",
      ("Dr. Élodie Marchand", "elodie.marchand@iut-partner.fr"),
      "Announcement for Embedded Systems students",
      """Hello,

I would like you to publish this announcement in my course Embedded Systems (EL3206) on Tuesday 22/12 at 8h30, Batam time.

Title: Remote Lab Session with IUT Students

We will connect with the students of IUT by video for the remote lab session on 23 December. Bring your STM32 boards.

Thank you in advance,
Élodie Marchand""", "announcement", "en",
      ann("Remote Lab Session with IUT Students", "course", "2026-12-22T08:30", "EL3206", "Embedded Systems"),
      note="A French partner: 'Tuesday 22/12 at 8h30', the hour and its minutes parted by an 'h'.")

    M("en-korea-year-first-dotted-kst", "2026-12-16 10:10:00",
      ("Prof. Kim Min-jun", "minjun.kim@kr-partner.ac.kr"),
      "Announcement request - Smart Factory course",
      """Dear helpdesk team,

Please upload announcement to Smart Factory Systems (MK4103) course.
Title: Company Visit Group List
Time: 2026.12.18 (Fri) 09:00 KST

Group list for the company visit is attached in the course. Please check your group before the visit.

Best regards,
Kim Min-jun""", "announcement", "en",
      ann("Company Visit Group List", "course", "2026-12-18T07:00", "MK4103", "Smart Factory Systems"),
      note="A Korean partner: a dotted year-first date with the weekday in brackets and 09:00 KST (07:00 WIB) after 'Time:'.")

    M("sunda-kamis-besok-jam-sapuluh", "2026-12-16 13:00:00",
      ("Asep Saepudin, S.T., M.T.", "asep.saepudin@polibatam.ac.id"),
      "Punten, pengumuman responsi",
      """Punten Kang/Teh P4M,

Mohon ditayangkan pengumuman kanggo kelompok praktikum 3 MK Mesin Konversi Energi (ME3104) Kamis besok jam sepuluh pagi.

Judul pengumuman: Responsi Praktikum Kelompok 3
Responsi dilaksanakan Senin, 21 Desember 2026 pukul 13.00 di Lab Konversi Energi.

Hatur nuhun,
Asep""", "announcement", "id",
      ann("Responsi Praktikum Kelompok 3", "course", "2026-12-17T10:00", "ME3104", "Mesin Konversi Energi"),
      note="A Sundanese lecturer: 'Kamis besok jam sepuluh pagi'; a lab group of one course; 'Judul pengumuman:'.")

    M("minang-setengah-delapan", "2026-12-16 16:20:00",
      ("Yuliarni, S.E., M.Ak.", "yuliarni@polibatam.ac.id"),
      "Pengumuman UAS Akuntansi Biaya",
      """Assalamualaikum, Uda/Uni P4M,

Ambo minta tolong pasangkan pengumuman di MK Akuntansi Biaya (AK2203), Rabu depan pukul setengah delapan pagi.

Judul: Kisi-kisi UAS Akuntansi Biaya
Kisi-kisi UAS sudah diunggah di folder minggu 16. UAS dilaksanakan Senin, 28 Desember 2026 pukul 08.00.

Tarimo kasih,
Yuliarni""", "announcement", "id",
      ann("Kisi-kisi UAS Akuntansi Biaya", "course", "2026-12-23T07:30", "AK2203", "Akuntansi Biaya"),
      note="A Minang lecturer: 'Rabu depan pukul setengah delapan pagi' is 07.30 next Wednesday; the exam's moment is not it.")

    M("en-aus-this-coming-monday-8am-programme", "2026-12-17 09:40:00",
      ("Dr. Bronwyn Fletcher", "bronwyn.fletcher@polibatam.ac.id"),
      "Notice for all Accounting students",
      """G'day team,

Could you pop a notice on the e-learning front page for all students of the Accounting programme this coming Monday, 8am?

Title: Internship Logbook Reminder

Logbooks for the January internship intake need to be signed by your supervisor before you start.

Ta,
Bronwyn""", "announcement", "en",
      ann("Internship Logbook Reminder", "site", "2026-12-21T08:00"),
      note="An Australian: 'this coming Monday, 8am'; a programme's students on the front page are the site.")

    M("subject-only-english-lab-closed", "2026-12-17 11:15:00",
      ("Ahmad Fauzan", "ahmad.fauzan@polibatam.ac.id"),
      "Notice: Computer Lab 2 Closed for Maintenance",
      """Hi,

Please post this on my course Computer Networks (IF2207) tomorrow at 7 am.

Lab 2 will be closed all day for cabling work. Friday's practical moves to Lab 4, same time.

Thanks,
Fauzan""", "announcement", "en",
      ann("Computer Lab 2 Closed for Maintenance", "course", "2026-12-18T07:00", "IF2207", "Computer Networks"),
      client="iphone",
      note="The title only in the subject after 'Notice:'; 'tomorrow at 7 am'.")

    M("maluku-waktu-ambon-jurusan", "2026-12-17 13:30:00",
      ("Marthen Latuheru, M.T.", "marthen.latuheru@polibatam.ac.id"),
      "Pengumuman untuk Jurusan Teknik Elektro",
      """Selamat siang basudara P4M,

Beta minta tolong tayangkan pengumuman untuk seluruh mahasiswa Jurusan Teknik Elektro di beranda e-learning, hari Senin 21 Desember jam 8 pagi waktu Ambon.

Judul: Pendaftaran Asisten Laboratorium Semester Genap
Formulir pendaftaran ada di ruang jurusan, dikumpulkan paling lambat 8 Januari 2027.

Danke,
Marthen""", "announcement", "id",
      ann("Pendaftaran Asisten Laboratorium Semester Genap", "site", "2026-12-21T06:00"),
      note="A Moluccan lecturer: 'jam 8 pagi waktu Ambon' is WIT (06.00 WIB); a department's students are the site.")

    M("near-berlaku-mulai-tanpa-jam", "2026-12-17 15:00:00",
      ("Wakil Direktur II", "wadir2@polibatam.ac.id"),
      "Pengumuman tarif parkir baru",
      """Dengan hormat,

Mohon ditayangkan besok di beranda e-learning untuk seluruh sivitas akademika.

Judul: Penyesuaian Tarif Parkir Kampus
Tarif parkir baru berlaku mulai Jumat, 1 Januari 2027 pukul 00.00 WIB. Kartu parkir lama tetap dapat digunakan.

Hormat kami,
Wakil Direktur II""", "announcement", "id",
      ann("Penyesuaian Tarif Parkir Kampus", "site"),
      client="outlook",
      note="NEAR-MISS for a publish time: 'besok' with no hour; 'berlaku mulai ... pukul 00.00' is when the tariff takes effect.")

    M("near-en-webinar-moment-asap", "2026-12-18 08:45:00",
      ("Dr. Carlos Mendoza", "carlos.mendoza@polibatam.ac.id"),
      "Webinar notice for my students",
      """Hello,

Can you post this to Supply Chain Management (MB3105) asap? Thanks!

Title: Industry Webinar with Maersk Logistics

The webinar is on 12/22 at 7 PM Batam time. The link will be in the course page.

Carlos""", "announcement", "en",
      ann("Industry Webinar with Maersk Logistics", "course", None, "MB3105", "Supply Chain Management"),
      note="NEAR-MISS for a publish time: 'asap'; the webinar's month-first moment is not it.")

    M("near-masa-tayang-sampai", "2026-12-18 09:30:00",
      ("Koordinator Kemahasiswaan", "kemahasiswaan@polibatam.ac.id"),
      "Pengumuman beasiswa",
      """Selamat pagi,

Mohon dipasang pengumuman berikut di halaman depan e-learning, masa tayang sampai 31 Desember 2026 pukul 23.59.

Judul: Beasiswa Bank Indonesia Tahun 2027
Berkas pendaftaran dikirim ke bagian kemahasiswaan paling lambat 30 Desember 2026.

Terima kasih""", "announcement", "id",
      ann("Beasiswa Bank Indonesia Tahun 2027", "site"),
      note="NEAR-MISS for a publish time: only the end of its display window ('masa tayang sampai ...').")

    M("dash-date-jam-kelas-karyawan", "2026-12-18 13:40:00",
      ("Hery Setiawan, M.Kom.", "hery.setiawan@polibatam.ac.id"),
      "Pengumuman kelas karyawan",
      """Siang Mas,

Tolong pasang pengumuman di MK Pemrograman Web (IF2305) khusus kelas karyawan, tanggal 21-12-2026 jam 17.00.

Judul: Kuliah Kelas Karyawan Pindah ke Daring
Mulai minggu depan kuliah kelas karyawan lewat Zoom, tautan di course.

Suwun,
Hery""", "announcement", "id",
      ann("Kuliah Kelas Karyawan Pindah ke Daring", "course", "2026-12-21T17:00", "IF2305", "Pemrograman Web"),
      note="A dashed day-first date '21-12-2026 jam 17.00'; one class of one course is the course.")

    M("en-turkish-weekday-bare-hour-only", "2026-12-18 17:00:00",
      ("Assoc. Prof. Ayşe Demir", "ayse.demir@itu-partner.edu.tr"),
      "Announcement to my Materials students",
      """Dear helpdesk,

Please make announcement in my course Materials Science (MS2101) with title "Midterm Results Are Published". Announcement should be online Tuesday 0830, not earlier, because grades are checking still.

Students can see their results in the gradebook.

Thank you, good works.
Ayşe Demir""", "announcement", "en",
      ann("Midterm Results Are Published", "course", "2026-12-22T08:30", "MS2101", "Materials Science"),
      client="outlook",
      note="A Turkish partner: a weekday and a bare four-digit hour ('Tuesday 0830') with no date.")

    M("bold-outlook-en-kenyan", "2026-12-18 18:10:00",
      ("Dr. Achieng Otieno", "achieng.otieno@polibatam.ac.id"),
      "Notice for Public Health students",
      """Dear Helpdesk,

Kindly post the following in Environmental Health (KL2102) on Monday 28th December at 7:45 a.m.

*Field Sampling Trip Postponed*

The sampling trip to Duriangkang reservoir moves to January because of the heavy rains. New date to follow.

Regards,
Dr. Otieno""", "announcement", "en",
      ann("Field Sampling Trip Postponed", "course", "2026-12-28T07:45", "KL2102", "Environmental Health"),
      html_body=("<div>Dear Helpdesk,</div><div><br></div><div>Kindly post the following in Environmental Health (KL2102) on "
                 "Monday 28th December at 7:45 a.m.</div><div><br></div><div><b>Field Sampling Trip Postponed</b></div>"
                 "<div><br></div><div>The sampling trip to Duriangkang reservoir moves to January because of the heavy "
                 "rains. New date to follow.</div><div><br></div><div>Regards,</div><div>Dr. Otieno</div>"),
      note="A Kenyan lecturer: the title in bold on its own line; '28th December at 7:45 a.m.'.")

    M("pdf-judul-label-jam-di-surel", "2026-12-21 08:20:00",
      ("Panitia Wisuda", "wisuda@polibatam.ac.id"),
      "Mohon tayang pengumuman gladi wisuda",
      """Yth. Tim P4M,

Bersama ini kami lampirkan pengumuman gladi wisuda. Mohon ditayangkan untuk seluruh kampus pada Rabu, 23 Desember 2026 pukul 10.00 WIB.

Hormat kami,
Panitia Wisuda""", "announcement", "id",
      ann("Gladi Bersih Wisuda Periode Desember 2026", "site", "2026-12-23T10:00"),
      att=[("pdf", "Pengumuman_Gladi_Wisuda.pdf", [
          "Judul: Gladi Bersih Wisuda Periode Desember 2026",
          "Gladi bersih wisuda dilaksanakan Senin, 28 Desember 2026 pukul 08.00 di Auditorium.",
          "Wisudawan wajib hadir dengan toga.",
      ])],
      note="The title after 'Judul:' in the attached PDF; the publish time in the mail; the rehearsal's moment is not it.")

    M("lusa-jam-tujuh-tanpa-pagi", "2026-12-21 14:30:00",
      ("rina", "rina.oktaviani@students.polibatam.ac.id"),
      "titip pengumuman himpunan",
      """kak, aku rina dari himpunan mahasiswa akuntansi 🙏

minta tolong umumin di beranda elearning buat semua mahasiswa lusa jam 7 ya kak

judul: bazar buku bekas himaksi 📚
tempatnya di selasar gedung utama, buka dari jam 9 sampe jam 3

makasih kak 😊""", "announcement", "id",
      ann("bazar buku bekas himaksi", "site", "2026-12-23T07:00"),
      note="A student: 'lusa jam 7' with no part of the day; a lower-case title after 'judul:' closed by an emoji.")

    M("en-this-friday-noon-class-section", "2026-12-21 15:10:00",
      ("Mr. Daniel Ong", "daniel.ong@polibatam.ac.id"),
      "Post for section B only",
      """Hi P4M,

Please post the announcement below for section B of Business English (BE1102) only, this Friday at 12 noon.

Title: Section B Oral Test Schedule

Oral tests run in pairs; the pairing list is in the course files.

Daniel""", "announcement", "en",
      ann("Section B Oral Test Schedule", "course", "2026-12-25T12:00", "BE1102", "Business English"),
      note="'this Friday at 12 noon' for one section of one course (the course).")

    M("near-en-valid-until-only", "2026-12-21 16:00:00",
      ("IT Service Desk", "itservice@polibatam.ac.id"),
      "Wi-Fi password notice",
      """Hello P4M,

Please put the notice below on the e-learning front page for the whole campus. It is valid until 31/12/2026, 23:59.

Title: New Campus Wi-Fi Password for the Holidays

The guest Wi-Fi password changes every week during the holidays; ask the security post for the current one.

IT Service Desk""", "announcement", "en",
      ann("New Campus Wi-Fi Password for the Holidays", "site"),
      note="NEAR-MISS for a publish time: the only moment is how long the notice is valid.")

    M("italian-24th-of-december-cet", "2026-12-22 09:00:00",
      ("Prof. Giulia Romano", "giulia.romano@polimi-partner.it"),
      "Announcement for Industrial Design students",
      """Dear colleagues,

please publish the announcement below in my course Industrial Design Studio (DP3202) on Thursday 24th of December at 03:00 CET, so it is there when the students wake up.

Title: Final Review Panel Composition

The review panel will include two designers from Milan joining online.

Best,
Giulia Romano""", "announcement", "en",
      ann("Final Review Panel Composition", "course", "2026-12-24T09:00", "DP3202", "Industrial Design Studio"),
      note="An Italian partner: '24th of December at 03:00 CET' is 09:00 WIB.")

    M("judul-dalam-subjek-kurung-siku", "2026-12-22 08:00:00",
      ("Siti Rahmah, S.Pd.", "siti.rahmah@polibatam.ac.id"),
      "[Pengumuman] Libur Natal Kelas Bahasa Inggris",
      """Pagi Mas/Mbak,

Pengumuman di subjek mohon ditayangkan di MK Bahasa Inggris Teknik (BI1201) hari ini jam 1 siang.

Kelas tanggal 24 dan 25 Desember diliburkan; tugas membaca tetap dikumpulkan lewat e-learning.

Terima kasih""", "announcement", "id",
      ann("Libur Natal Kelas Bahasa Inggris", "course", "2026-12-22T13:00", "BI1201", "Bahasa Inggris Teknik"),
      note="The title only in the subject after '[Pengumuman]'; 'hari ini jam 1 siang'.")

    M("near-jumat-ini-tanpa-jam-acara-jam", "2026-12-22 10:30:00",
      ("Rudi Hartono, M.Sc.", "rudi.hartono@polibatam.ac.id"),
      "Info pengganti kuliah",
      """Mas, tolong tayangkan Jumat ini di MK Fisika Dasar II (FI1202).

Judul: Kuliah Pengganti Fisika Dasar II
Kuliah pengganti hari Sabtu, 26 Desember 2026 jam 09.00 di ruang B-201.

Rudi""", "announcement", "id",
      ann("Kuliah Pengganti Fisika Dasar II", "course", None, "FI1202", "Fisika Dasar II"),
      note="NEAR-MISS for a publish time: 'Jumat ini' has no hour; the make-up class's moment is not it.")


if BATCH >= 3:
    M("en-spanish-dotted-date-cet-parens", "2026-12-23 09:10:00",
      ("Dr. Javier Ruiz Ortega", "javier.ruiz@upv-partner.es"),
      "Announcement for the Renewable Energy students",
      """Dear colleagues,

I would be grateful if you could publish the following announcement in the course Wind Energy Systems (EE4207) on 04.01.2027 at 02:00 (CET).

Title – Exchange Week Pre-Reading

Please read chapters 3 and 4 of the shared book before the exchange week starts.

Kind regards,
Javier Ruiz""", "announcement", "en",
      ann("Exchange Week Pre-Reading", "course", "2027-01-04T08:00", "EE4207", "Wind Energy Systems"),
      note="A Spanish partner: '04.01.2027 at 02:00 (CET)' is 08:00 WIB; the title after 'Title –'.")

    M("malaysia-isnin-jam-pagi", "2026-12-23 10:30:00",
      ("Dr. Nurul Huda binti Ahmad", "nurulhuda@utm-partner.edu.my"),
      "Permohonan hebahan pengumuman",
      """Salam sejahtera,

Mohon pihak tuan hebahkan pengumuman di bawah kepada pelajar kursus Mekatronik (MK3110) pada hari Isnin, 4 Januari 2027 jam 8.00 pagi waktu Malaysia.

Tajuk: Sesi Perkongsian Industri Bersama UTM

Sesi akan diadakan secara dalam talian. Pautan akan dikongsi di laman kursus.

Sekian, terima kasih.
Dr. Nurul Huda""", "announcement", "mixed",
      ann("Sesi Perkongsian Industri Bersama UTM", "course", "2027-01-04T07:00", "MK3110", "Mekatronik"),
      note="A Malaysian partner: 'hari Isnin ... jam 8.00 pagi waktu Malaysia' (07.00 WIB); the title after 'Tajuk:'.")

    M("capital-judul-senin-pagi-jam", "2026-12-23 14:00:00",
      ("Dra. Lestari Handayani", "lestari.h@polibatam.ac.id"),
      "PENGUMUMAN UNTUK PRODI AKUNTANSI",
      """SELAMAT SIANG,

MOHON DITAYANGKAN UNTUK SEMUA MAHASISWA PRODI AKUNTANSI DI BERANDA E-LEARNING, SENIN PAGI JAM 7.

JUDUL: PENGISIAN KRS SEMESTER GENAP 2026/2027
PENGISIAN KRS DIBUKA 4 JANUARI 2027 SAMPAI 15 JANUARI 2027.

TERIMA KASIH
LESTARI""", "announcement", "id",
      ann("PENGISIAN KRS SEMESTER GENAP 2026/2027", "site", "2026-12-28T07:00"),
      note="A lecturer typing in capitals: 'SENIN PAGI JAM 7'; a programme's students on the front page are the site.")

    M("near-hari-ini-tanpa-jam-deadline-jam", "2026-12-24 08:15:00",
      ("Sekretariat Jurusan Teknik Informatika", "sekjur.if@polibatam.ac.id"),
      "Pengumuman pengumpulan laporan KP",
      """Selamat pagi,

Mohon pengumuman berikut ditayangkan hari ini di beranda e-learning untuk seluruh mahasiswa Jurusan Teknik Informatika.

Judul: Batas Pengumpulan Laporan Kerja Praktik
Laporan KP dikumpulkan paling lambat Senin, 4 Januari 2027 pukul 16.00 WIB di sekretariat jurusan.

Terima kasih""", "announcement", "id",
      ann("Batas Pengumpulan Laporan Kerja Praktik", "site"),
      note="NEAR-MISS for a publish time: 'hari ini' with no hour; the deadline's moment is not it.")

    M("en-filipino-tutorial-groups-7-30pm", "2026-12-24 09:40:00",
      ("Engr. Mark Anthony Dela Cruz", "mark.delacruz@polibatam.ac.id"),
      "Announcement for my tutorial groups",
      """Good morning po,

Can you please post this announcement for my two tutorial groups in Engineering Mathematics III (MA2103) tomorrow at 7.30pm?

Title: Tutorial Problem Set 9 Answer Key

The answer key is uploaded; please compare it with your solutions before the next tutorial.

Salamat po,
Mark""", "announcement", "en",
      ann("Tutorial Problem Set 9 Answer Key", "course", "2026-12-25T19:30", "MA2103", "Engineering Mathematics III"),
      note="A Filipino lecturer: 'tomorrow at 7.30pm'; tutorial groups of one course are the course.")

    M("gorontalo-wita-huruf-kecil", "2026-12-24 11:00:00",
      ("Fadli Hasan", "fadli.hasan@polibatam.ac.id"),
      "tolong tayang info kuis",
      """Siang Mas P4M,

sy lagi di Gorontalo, tolong tayangkan pengumuman di MK Sistem Operasi (IF2104) Senin 28 Des jam 10.00 Wita.

Judul: Kuis Penjadwalan Proses
kuis online 20 menit, dikerjakan di e-learning.

mksh""", "announcement", "id",
      ann("Kuis Penjadwalan Proses", "course", "2026-12-28T09:00", "IF2104", "Sistem Operasi"),
      note="A lecturer in Gorontalo: 'jam 10.00 Wita' in lower case is 09.00 WIB.")

    M("en-turkish-date-then-hhmm-colon", "2026-12-24 15:30:00",
      ("Dr. Emre Yıldız", "emre.yildiz@ktu-partner.edu.tr"),
      "Announcement for Power Electronics",
      """Dear helpdesk,

Please make announcement in my course Power Electronics (EE3204). Title is "Lab Reports Are Graded".
Announcement should appear Monday 4 Jan 08:00, not before.

Students can see their grade in the gradebook and the comments in the file.

Thank you, good works.
Emre Yıldız""", "announcement", "en",
      ann("Lab Reports Are Graded", "course", "2027-01-04T08:00", "EE3204", "Power Electronics"),
      client="outlook",
      note="A Turkish partner: 'Title is \"X\"' and 'Announcement should appear Monday 4 Jan 08:00'.")

    M("subjek-judul-saja-english-body-id", "2026-12-28 08:05:00",
      ("Wahyu Pratama", "wahyu.pratama@polibatam.ac.id"),
      "Pengumuman - Jadwal Remedial Kalkulus I",
      """Pagi Mas,

Tolong pengumuman di subjek ditayangkan di MK Kalkulus I (MA1101) besok pukul 07.30.

Remedial untuk mahasiswa dengan nilai UTS di bawah 55, daftar nama ada di course.

Makasih
Wahyu""", "announcement", "id",
      ann("Jadwal Remedial Kalkulus I", "course", "2026-12-29T07:30", "MA1101", "Kalkulus I"),
      client="iphone",
      note="The title only in the subject after 'Pengumuman -'; 'besok pukul 07.30'.")

    M("near-en-posted-already-event", "2026-12-28 09:30:00",
      ("Dr. Sarah Thompson", "sarah.thompson@polibatam.ac.id"),
      "Notice about the guest lecture",
      """Hi team,

Could you post this in Marketing Management (MB2102) whenever you get a chance today?

Title: Guest Lecture by Shopee Indonesia

Our guest speaker joins us on Tuesday, January 5 at 10:30 AM in Room C-101. Attendance counts as one session.

Thanks!
Sarah""", "announcement", "en",
      ann("Guest Lecture by Shopee Indonesia", "course", None, "MB2102", "Marketing Management"),
      note="NEAR-MISS for a publish time: 'whenever you get a chance today'; the guest lecture's moment is not it.")

    M("docx-bold-title-all-staff", "2026-12-28 10:45:00",
      ("Bagian Kepegawaian", "kepegawaian@polibatam.ac.id"),
      "Mohon ditayangkan: pengumuman untuk dosen dan tendik",
      """Yth. Tim P4M,

Mohon naskah terlampir ditayangkan di halaman depan e-learning untuk seluruh dosen dan tenaga kependidikan pada Rabu, 30 Desember 2026 pukul 08.00 WIB.

Hormat kami,
Bagian Kepegawaian""", "announcement", "id",
      ann("Pengisian Sasaran Kinerja Pegawai Tahun 2027", "site", "2026-12-30T08:00"),
      att=[("docx", "Pengumuman_SKP_2027.docx", [
          "Pengisian Sasaran Kinerja Pegawai Tahun 2027",
          "Seluruh dosen dan tenaga kependidikan diminta mengisi SKP tahun 2027 melalui aplikasi kepegawaian.",
          "Batas pengisian 15 Januari 2027.",
      ])],
      note="The title is the first line of the attached DOCX; staff of the whole campus are the site.")

    M("jawa-timur-lusa-jam-sewelas", "2026-12-28 13:20:00",
      ("Bambang Sutrisno", "bambang.sutrisno@polibatam.ac.id"),
      "Titip pengumuman praktikum",
      """Mas P4M, sugeng siang.

Tulung pengumuman iki dipasang nang MK Praktikum Rangkaian Listrik (EL1203), lusa jam sebelas siang.

Judul: Pembagian Kelompok Praktikum Semester Genap
Daftar kelompok wis tak upload nang folder course.

Suwun
Bambang""", "announcement", "id",
      ann("Pembagian Kelompok Praktikum Semester Genap", "course", "2026-12-30T11:00", "EL1203", "Praktikum Rangkaian Listrik"),
      note="An East Javanese lecturer: 'lusa jam sebelas siang' with the hour in words.")

    M("en-indian-dd-mm-yyyy-hrs-ist", "2026-12-28 15:00:00",
      ("Dr. Priya Raghavan", "priya.raghavan@iit-partner.ac.in"),
      "Request to publish announcement - Data Analytics",
      """Respected Sir/Madam,

Kindly publish the below announcement in the course Data Analytics (IF4105) on 31-12-2026 at 0930 hrs IST.

Title: Joint Hackathon Registration Open

Students may register in teams of three through the form in the course page.

Thanks and regards,
Dr. Priya Raghavan""", "announcement", "en",
      ann("Joint Hackathon Registration Open", "course", "2026-12-31T11:00", "IF4105", "Data Analytics"),
      note="An Indian partner: '31-12-2026 at 0930 hrs IST' is 11:00 WIB.")

    M("near-en-publish-today-event-tomorrow-12h", "2026-12-29 08:00:00",
      ("Coach Ryan Mitchell", "ryan.mitchell@polibatam.ac.id"),
      "Futsal tryouts",
      """Hey team,

Please put this on the front page today for everyone on campus.

Title: Futsal Team Tryouts

Tryouts are tomorrow at 4:30 p.m. on the outdoor court. Bring your own shoes.

Coach Ryan""", "announcement", "en",
      ann("Futsal Team Tryouts", "site"),
      note="NEAR-MISS for a publish time: 'today' with no hour; the tryouts' 12-hour moment is not it.")

    M("whole-campus-en-bold-title-thursday", "2026-12-29 10:10:00",
      ("Campus Health Clinic", "klinik@polibatam.ac.id"),
      "Notice for everyone on campus",
      """Hello P4M,

Please publish this for the whole campus on Thursday, 31 December at 7:00 a.m.

*Free Health Check-Up Before the New Year*

The clinic offers free blood pressure and blood sugar checks from 8 to 12 in the main lobby.

Campus Health Clinic""", "announcement", "en",
      ann("Free Health Check-Up Before the New Year", "site", "2026-12-31T07:00"),
      html_body=("<div>Hello P4M,</div><div><br></div><div>Please publish this for the whole campus on Thursday, 31 "
                 "December at 7:00 a.m.</div><div><br></div><div><b>Free Health Check-Up Before the New Year</b></div>"
                 "<div><br></div><div>The clinic offers free blood pressure and blood sugar checks from 8 to 12 in the "
                 "main lobby.</div><div><br></div><div>Campus Health Clinic</div>"),
      note="The title in bold; 'the whole campus' is the site.")

    M("near-berlaku-hingga-en-and-id", "2026-12-29 11:30:00",
      ("Unit Layanan Terpadu", "ult@polibatam.ac.id"),
      "Pengumuman layanan libur",
      """Selamat siang,

Mohon dipasang di beranda e-learning, pengumuman ini berlaku hingga Senin, 4 Januari 2027 pukul 08.00 WIB.

Judul: Layanan Akademik Tutup Selama Libur Tahun Baru
Permohonan surat selama libur dapat dikirim lewat e-mail ULT.

Terima kasih""", "announcement", "id",
      ann("Layanan Akademik Tutup Selama Libur Tahun Baru", "site"),
      note="NEAR-MISS for a publish time: 'berlaku hingga' is how long the notice stays.")

E.PLAN = {"announcement": len(E.MAILS)}

if __name__ == "__main__":
    sys.exit(E.main())

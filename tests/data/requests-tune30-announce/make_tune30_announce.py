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
    pass

E.PLAN = {"announcement": len(E.MAILS)}

if __name__ == "__main__":
    sys.exit(E.main())

#!/usr/bin/env python3
"""Generate the fourteenth P4M helpdesk TUNING corpus, about requested changes (labelled request e-mails).

Written blind (no held-out mail read), in the voices of part-time lecturers, tutors and exchange staff, for kinds
of change mail guessed from those voices: before/after ASCII tables (+----+ borders, pipes); a pasted Moodle
settings screen ("Course full name", "Course short name", the value on the same or the next line); short names
asked as questions that are requests ("bisa tolong short name-nya diganti jadi X?", "could the short name be X?");
imperative one-liners ("shortname -> X", "ganti singkatan MK jd X"); credits with units or in words ("jadi 3 sks",
"tiga SKS", "from 2 to 3 credits"); a correction of a value the writer got wrong earlier in the thread; and
near-misses that must not be read (a question about the current value, an unchanged table row, a credit split
into theory and practice, the value the writer retracts).

Credits are labelled as written after the connector, the number without its unit ("3" for "3 SKS"), a number
word as the word ("tiga"). The message engine is the first tuning corpus's generator, imported from
../requests-tune/make_tune.py; every body here was written by hand and scored before any rule was changed for it.
Run:  python3 make_tune14_changes.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 41, "elearning_support": 2, "other": 1}
M = E.M


def cd(code=None, name=None, **changes):
    fields = {}
    if code:
        fields["course_code"] = code
    if name:
        fields["course_name"] = name
    if changes:
        fields["changes"] = changes
    return fields


# ---------------------------------------------------------------- before/after ASCII tables

M("tabel-ascii-sebelum-sesudah-shortname", "2027-06-01 08:10:00",
  ("Andi Saputra", "andi.saputra@polibatam.ac.id"),
  "Perubahan short name MK Pemrograman Web",
  """Selamat pagi tim P4M,

Saya dosen LB di prodi TI. Mohon perubahan data course Pemrograman Web (IF2207) berikut:

+------------+-------------+---------------+
| Data       | Sebelum     | Sesudah       |
+------------+-------------+---------------+
| Short name | IF2207-A    | PWEB-TI2A     |
| SKS        | 3           | 3             |
+------------+-------------+---------------+

Terima kasih.
Andi Saputra (dosen luar biasa)
""", "course_data", "id", cd("IF2207", "Pemrograman Web", shortname="PWEB-TI2A"), client="thunderbird")

M("en-ascii-table-old-new-credits", "2027-06-01 10:30:00",
  ("Kenji Watanabe", "kenji.watanabe@polibatam.ac.id"),
  "Course settings for Embedded Systems",
  """Dear P4M team,

I am the exchange lecturer for Embedded Systems (EL3204) this term. Could you update the course as below?

+-----------+-------+-------+
| Field     | Old   | New   |
+-----------+-------+-------+
| Credits   | 2     | 3     |
| Semester  | 6     | 6     |
+-----------+-------+-------+

Best regards,
Kenji Watanabe
Visiting Lecturer
""", "course_data", "en", cd("EL3204", "Embedded Systems", credits="3"), client="outlook")

M("tabel-ascii-garis-pipa-dosen", "2027-06-02 13:05:00",
  ("Rina Oktaviani", "rina.oktaviani@polibatam.ac.id"),
  "update pengampu Basis Data",
  """Siang min,

Course Basis Data (IF2105) tolong disesuaikan:

| Kolom   | Lama              | Baru                      |
|---------|-------------------|---------------------------|
| Dosen   | Rina Oktaviani    | Bambang Sutrisno, M.Kom.  |
| Kelas   | TI-2B             | TI-2B                     |

Saya sekarang hanya tutor praktikumnya. Makasih.

Rina
""", "course_data", "id", cd("IF2105", "Basis Data", lecturer="Bambang Sutrisno, M.Kom."), client="gmail")

M("tabel-ascii-semua-sama-tanpa-ubah", "2027-06-02 15:40:00",
  ("Dedi Kurniadi", "dedi.kurniadi@polibatam.ac.id"),
  "Cek data course Jaringan Komputer",
  """Sore P4M,

Setelah saya cek, data course Jaringan Komputer (IF2209) di e-learning sudah sesuai:

+------------+-------------+-------------+
| Data       | E-learning  | SIAKAD      |
+------------+-------------+-------------+
| Short name | JARKOM-2C   | JARKOM-2C   |
| SKS        | 3           | 3           |
+------------+-------------+-------------+

Jadi untuk data tidak ada yang perlu diubah, saya cuma minta tolong mahasiswa kelas TI-2C dimasukkan ke course itu.

Dedi
""", "elearning_support", "id", client="gmail",
  note="Near-miss: the table compares two systems and every row is the same; the request is an enrolment.")

# ---------------------------------------------------------------- pasted Moodle settings screens

M("moodle-settings-nilai-baris-berikut", "2027-06-03 09:00:00",
  ("Yohana Simatupang", "yohana.simatupang@polibatam.ac.id"),
  "Ubah nama course Akuntansi Dasar",
  """Halo P4M,

Saya tidak punya hak edit, jadi mohon dibantu. Di pengaturan course sekarang tertulis:

Course full name
Akuntansi Dasar
Course short name
AK1101-2026

Mohon course full name diganti menjadi Pengantar Akuntansi. Short name biarkan saja.

Terima kasih,
Yohana (tutor AK)
""", "course_data", "id", cd("AK1101", "Akuntansi Dasar", fullname="Pengantar Akuntansi"), client="gmail")

M("en-moodle-settings-edited-paste", "2027-06-03 11:20:00",
  ("Siti Nurhaliza binti Ahmad", "siti.nurhaliza@polibatam.ac.id"),
  "Edit course settings - Supply Chain Management",
  """Hi team,

I am the exchange staff from UTM teaching Supply Chain Management (LG3102). I have pasted the settings
screen below with the values I need; only the short name and the start date differ from what is there now.

Course full name    Supply Chain Management
Course short name   SCM-LG3A-2027
Course category     Logistik / Semester 6
Course start date   2 August 2027

Thank you very much,
Siti
""", "course_data", "en", cd("LG3102", "Supply Chain Management", shortname="SCM-LG3A-2027"), client="outlook",
  note="The start date is no course field of the schema; the short name is the change.")

M("moodle-settings-sekarang-saja", "2027-06-04 08:15:00",
  ("Fajar Nugroho", "fajar.nugroho@polibatam.ac.id"),
  "Tidak bisa akses course Statistika",
  """Pagi,

Saya tutor baru. Course ini tidak muncul di dashboard saya:

Course full name: Statistika Industri
Course short name: TI2104-STAT

Mohon saya ditambahkan sebagai non-editing teacher. Terima kasih.

Fajar
""", "elearning_support", "id", client="gmail",
  note="Near-miss: a pasted settings screen that only says which course; the request is an enrolment.")

M("en-moodle-summary-next-line", "2027-06-04 14:45:00",
  ("Maria Gonzalez", "maria.gonzalez@polibatam.ac.id"),
  "Course summary for Intercultural Communication",
  """Dear P4M,

For Intercultural Communication (BI2203), please set these on the course settings page:

Course short name
ICC-2027
Course summary
An introduction to communication across cultures for students of the international class.

Regards,
Maria Gonzalez
Exchange Lecturer, Universidad de Valencia
""", "course_data", "en",
  cd("BI2203", "Intercultural Communication", shortname="ICC-2027",
     summary="An introduction to communication across cultures for students of the international class."),
  client="gmail")

# ---------------------------------------------------------------- short names asked as questions

M("bisa-tolong-short-name-jadi", "2027-06-05 19:30:00",
  ("Lukman Hakim", "lukman.hakim@polibatam.ac.id"),
  "short name MK",
  """Malam min, bisa tolong short name-nya course Elektronika Daya (EL3102) diganti jadi ELDA-3B? Makasih banyak

Lukman (dosen LB)
""", "course_data", "id", cd("EL3102", "Elektronika Daya", shortname="ELDA-3B"), client="iphone")

M("en-could-the-short-name-be", "2027-06-05 21:00:00",
  ("Tan Wei Ming", "weiming.tan@polibatam.ac.id"),
  "Short name of Operations Research",
  """Hi P4M,

Could the short name of Operations Research (TI3105) be OR-TI3-2027? The current one clashes with last
year's copy.

Thanks,
Wei Ming
""", "course_data", "en", cd("TI3105", "Operations Research", shortname="OR-TI3-2027"), client="gmail")

M("apakah-short-name-masih-pertanyaan", "2027-06-06 10:00:00",
  ("Nanda Pratiwi", "nanda.pratiwi@polibatam.ac.id"),
  "Tanya short name course Fisika Dasar",
  """Halo P4M,

Apakah short name course Fisika Dasar (FI1101) masih FISDAS-1A? Saya mau mencarinya di daftar course
tapi tidak ketemu. Mohon info.

Nanda (tutor)
""", "course_data", "id", cd("FI1101", "Fisika Dasar"), client="gmail",
  note="Near-miss: asks what the short name is now; nothing to change.")

M("boleh-nggak-singkatannya-diubah", "2027-06-06 16:25:00",
  ("Gilang Ramadhan", "gilang.ramadhan@polibatam.ac.id"),
  "Re: singkatan course Gambar Teknik",
  """Min, boleh nggak singkatannya course Gambar Teknik (MES2107) diubah ke GT-MES1? biar sama kayak di SIAKAD

Gilang
""", "course_data", "id", cd("MES2107", "Gambar Teknik", shortname="GT-MES1"), client="android")

# ---------------------------------------------------------------- imperative one-liners

M("shortname-panah-satu-baris", "2027-06-07 07:50:00",
  ("Wahyu Hidayat", "wahyu.hidayat@polibatam.ac.id"),
  "Kalkulus 2 (MA1202)",
  """shortname -> KALK2-TI1C

tq
""", "course_data", "id", cd("MA1202", "Kalkulus 2", shortname="KALK2-TI1C"), client="iphone")

M("ganti-singkatan-mk-jd", "2027-06-07 12:10:00",
  ("Putri Ayuningtyas", "putri.ayu@polibatam.ac.id"),
  "singkatan MK",
  """min ganti singkatan MK Sistem Digital (EL1203) jd SISDIG-1B ya

putri, tutor lab elka
""", "course_data", "id", cd("EL1203", "Sistem Digital", shortname="SISDIG-1B"), client="android")

M("en-set-short-name-colon-imperative", "2027-06-07 15:30:00",
  ("Ahmad Farid bin Yusof", "farid.yusof@polibatam.ac.id"),
  "Thermodynamics ME2104",
  """Hello,

Thermodynamics (ME2104): set short name to THERMO-ME2A please. Full name stays.

Farid
Exchange staff, UiTM
""", "course_data", "en", cd("ME2104", "Thermodynamics", shortname="THERMO-ME2A"), client="outlook")

# ---------------------------------------------------------------- credits with units or in words

M("sks-jadi-angka-satuan", "2027-06-08 08:40:00",
  ("Hartono Wijaya", "hartono.wijaya@polibatam.ac.id"),
  "SKS Mekanika Fluida",
  """Selamat pagi,

Mohon SKS course Mekanika Fluida (ME2203) di e-learning diubah jadi 3 sks, sesuai kurikulum 2027.

Salam,
Hartono Wijaya
Dosen tidak tetap
""", "course_data", "id", cd("ME2203", "Mekanika Fluida", credits="3"), client="gmail")

M("sks-kata-bilangan", "2027-06-08 11:15:00",
  ("Sri Wahyuni", "sri.wahyuni@polibatam.ac.id"),
  "bobot SKS Praktikum Kimia",
  """Yth. P4M,

Bobot course Praktikum Kimia Analitik (KM2102) di e-learning tertulis 1, padahal seharusnya tiga SKS.
Mohon diperbaiki.

Terima kasih,
Sri Wahyuni
""", "course_data", "id", cd("KM2102", "Praktikum Kimia Analitik", credits="tiga"), client="outlook")

M("en-credits-from-to", "2027-06-08 14:00:00",
  ("Daniel Okafor", "daniel.okafor@polibatam.ac.id"),
  "Credits of Technical English",
  """Dear P4M,

Please change the credits of Technical English (BI1102) from 2 to 3 credits; the programme approved it last
week.

Kind regards,
Daniel Okafor
Exchange lecturer
""", "course_data", "en", cd("BI1102", "Technical English", credits="3"), client="gmail")

M("sks-teori-praktik-bukan-ubah", "2027-06-09 09:20:00",
  ("Agus Prasetyo", "agus.prasetyo@polibatam.ac.id"),
  "Pembagian kelas praktikum Instrumentasi",
  """Pagi P4M,

Course Instrumentasi (EL2205) itu 3 SKS, terdiri dari 2 SKS teori dan 1 SKS praktikum. Mohon dibuatkan
grup untuk kelas praktikum di dalam course tersebut supaya tutor bisa menilai terpisah.

Agus
""", "course_data", "id", cd("EL2205", "Instrumentasi"), client="gmail",
  note="Near-miss: credit counts described, none asked to change.")

M("en-credits-in-words", "2027-06-09 13:10:00",
  ("Priya Raman", "priya.raman@polibatam.ac.id"),
  "Quality Management credits",
  """Hi,

Quality Management (TI3201) should carry four credits, not two. Could you correct it on the course page?

Thanks,
Priya Raman (tutor)
""", "course_data", "en", cd("TI3201", "Quality Management", credits="four"), client="gmail")

# ---------------------------------------------------------------- a value corrected later in the thread

M("ralat-shortname-thread-kata-maaf", "2027-06-10 20:05:00",
  ("Yudi Setiawan", "yudi.setiawan@polibatam.ac.id"),
  "Re: short name Metode Numerik",
  """Maaf min salah ketik, short name-nya MN-TI2B ya, bukan MN-TI2D.

Yudi

On Thu, 10 Jun 2027 at 17:40, Yudi Setiawan <yudi.setiawan@polibatam.ac.id> wrote:
> Min, short name course Metode Numerik (IF2110) tolong diganti jadi MN-TI2D. Makasih.
""", "course_data", "id", cd("IF2110", "Metode Numerik", shortname="MN-TI2B"), client="gmail")

M("en-correction-credits-earlier-mail", "2027-06-11 08:30:00",
  ("Liam O'Connor", "liam.oconnor@polibatam.ac.id"),
  "Re: Credits for Project Management",
  """Hi again,

Apologies, I gave the wrong figure yesterday: the credits for Project Management (MB3105) should be 2,
not 4.

Liam

-----Original Message-----
From: Liam O'Connor <liam.oconnor@polibatam.ac.id>
Sent: Thursday, 10 June 2027 16:12
To: P4M Helpdesk <helpdesk@polibatam.ac.id>
Subject: Credits for Project Management

Please set the credits of Project Management (MB3105) to 4.
""", "course_data", "en", cd("MB3105", "Project Management", credits="2"), client="outlook")

M("koreksi-nama-lengkap-balasan", "2027-06-11 10:45:00",
  ("Indah Permatasari", "indah.permatasari@polibatam.ac.id"),
  "Re: nama course Kewirausahaan",
  """Koreksi ya min, nama lengkapnya Kewirausahaan Digital, bukan Kewirausahaan Teknologi seperti email saya
sebelumnya.

Indah

Pada Jum, 11 Jun 2027 pukul 09.02 Indah Permatasari <indah.permatasari@polibatam.ac.id> menulis:
> Min, nama course Kewirausahaan (MB1206) mohon diubah menjadi Kewirausahaan Teknologi.
""", "course_data", "id", cd("MB1206", "Kewirausahaan", fullname="Kewirausahaan Digital"), client="gmail")

M("tarik-kembali-permintaan-tanpa-nilai", "2027-06-11 13:00:00",
  ("Bayu Saputra", "bayu.saputra@polibatam.ac.id"),
  "Re: ganti short name Robotika",
  """Min, permintaan saya tadi dibatalkan saja ya, short name-nya ternyata sudah benar.

Bayu

Pada Jum, 11 Jun 2027 pukul 10.15 Bayu Saputra <bayu.saputra@polibatam.ac.id> menulis:
> Tolong short name course Robotika (MK3302) diganti jadi ROBOT-3A.
""", "other", "id", client="gmail",
  note="Near-miss: the writer withdraws the earlier request in a reply; nothing to change (other, issue 17).")


# ---------------------------------------------------------------- second batch, other words (scored before its rules)

M("en-ascii-equals-current-proposed", "2027-06-12 09:10:00",
  ("Hannah Schmidt", "hannah.schmidt@polibatam.ac.id"),
  "Industrial Automation course page",
  """Good morning,

I teach Industrial Automation (MK3205) as a guest lecturer. Two entries of the course page need fixing:

+==============+=================+====================+
| Item         | Current         | Proposed           |
+==============+=================+====================+
| Short name   | MK3205          | IA-MK3A-2027       |
| Lecturer     | (empty)         | Hannah Schmidt     |
+--------------+-----------------+--------------------+

Thank you,
Hannah Schmidt
""", "course_data", "en", cd("MK3205", "Industrial Automation", shortname="IA-MK3A-2027", lecturer="Hannah Schmidt"),
  client="thunderbird")

M("pengaturan-kursus-bahasa-indonesia", "2027-06-12 13:40:00",
  ("Reza Firmansyah", "reza.firmansyah@polibatam.ac.id"),
  "Pengaturan course Kecerdasan Buatan",
  """Siang min, saya dosen LB pengampu Kecerdasan Buatan (IF3207). Tolong pengaturan course-nya diubah seperti ini:

Nama lengkap kursus
Kecerdasan Buatan Terapan
Nama singkat kursus
KB-TI3A-2027

Terima kasih banyak.
Reza
""", "course_data", "id",
  cd("IF3207", "Kecerdasan Buatan", fullname="Kecerdasan Buatan Terapan", shortname="KB-TI3A-2027"), client="gmail")

M("en-would-it-be-possible-shortname", "2027-06-13 08:05:00",
  ("Olivia Bennett", "olivia.bennett@polibatam.ac.id"),
  "Short name request - Renewable Energy",
  """Dear P4M,

Would it be possible to change the short name of Renewable Energy (EL3108) to RE-EL3B? Students search the
course by that code.

Best,
Olivia Bennett (tutor)
""", "course_data", "en", cd("EL3108", "Renewable Energy", shortname="RE-EL3B"), client="gmail")

M("singkatan-panah-unicode-satu-baris", "2027-06-13 10:30:00",
  ("Dimas Prakoso", "dimas.prakoso@polibatam.ac.id"),
  "Fisika Terapan FT1102",
  """singkatan → FISTER-1A
makasih min
""", "course_data", "id", cd("FT1102", "Fisika Terapan", shortname="FISTER-1A"), client="iphone")

M("bobotnya-sks-ya-bukan", "2027-06-13 15:15:00",
  ("Yanti Lestari", "yanti.lestari@polibatam.ac.id"),
  "Re: SKS Kalkulus Lanjut",
  """Maaf min, saya salah tulis kemarin. Bobotnya 4 SKS ya, bukan 3.

Yanti

Pada Sen, 13 Jun 2027 pukul 08.00 Yanti Lestari <yanti.lestari@polibatam.ac.id> menulis:
> Min, SKS course Kalkulus Lanjut (MA2201) tolong diubah jadi 3.
""", "course_data", "id", cd("MA2201", "Kalkulus Lanjut", credits="4"), client="gmail")

M("en-sorry-typo-short-name-is", "2027-06-14 09:45:00",
  ("Arjun Mehta", "arjun.mehta@polibatam.ac.id"),
  "Re: Short name of Power Systems",
  """Sorry, typo in my last mail: the short name is EE-PS-3C, not EE-PS-3B.

Arjun

On Mon, 14 Jun 2027 at 08:12, Arjun Mehta <arjun.mehta@polibatam.ac.id> wrote:
> Hello, please change the short name of Power Systems (EL3301) to EE-PS-3B.
""", "course_data", "en", cd("EL3301", "Power Systems", shortname="EE-PS-3C"), client="gmail")

M("en-short-name-is-statement-not-change", "2027-06-14 11:20:00",
  ("Chen Jia Hui", "jiahui.chen@polibatam.ac.id"),
  "Lecturer for Mobile Programming",
  """Hi P4M,

The short name is IF3108-PAM, in case you need it. Please change the lecturer of Mobile Programming (IF3108) to Chen Jia Hui, M.Sc.; I take over from next week.

Thanks,
Jia Hui
""", "course_data", "en", cd("IF3108", "Mobile Programming", lecturer="Chen Jia Hui, M.Sc."), client="outlook",
  note="Near-miss: the short name is stated to identify the course, not to change it.")

M("sks-dalam-kurung-bukan-ubah", "2027-06-14 14:00:00",
  ("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
  "Pengampu Rangkaian Listrik",
  """Pagi min,

Course Rangkaian Listrik (EL1102, 3 SKS) tolong pengampunya diganti jadi Taufik Hidayat, S.T., M.T. karena
dosen sebelumnya cuti.

Taufik (dosen LB)
""", "course_data", "id", cd("EL1102", "Rangkaian Listrik", lecturer="Taufik Hidayat, S.T., M.T."), client="gmail",
  note="Near-miss: the credit count only describes the course.")


# ---------------------------------------------------------------- descriptions with the writer's own sentence after them

M("en-summary-then-let-me-know", "2027-06-15 09:00:00",
  ("Sophie Laurent", "sophie.laurent@polibatam.ac.id"),
  "Course summary - Technical French",
  """Hello,

For Technical French (BI2105), the course summary should read: This course builds reading and speaking skills in French for technical settings. Let me know if you need it shorter.

Sophie Laurent
Exchange lecturer
""", "course_data", "en",
  cd("BI2105", "Technical French",
     summary="This course builds reading and speaking skills in French for technical settings."), client="gmail")

M("deskripsi-lalu-mohon-segera", "2027-06-15 10:30:00",
  ("Eko Susanto", "eko.susanto@polibatam.ac.id"),
  "Deskripsi MK Sistem Tertanam",
  """Selamat pagi min,

Deskripsi course Sistem Tertanam (EL3206) yang baru: Mata kuliah ini membahas perancangan sistem berbasis mikrokontroler dan antarmuka sensor. Mohon segera diganti karena mahasiswa sudah mulai membaca RPS.

Eko (dosen LB)
""", "course_data", "id",
  cd("EL3206", "Sistem Tertanam",
     summary="Mata kuliah ini membahas perancangan sistem berbasis mikrokontroler dan antarmuka sensor."),
  client="gmail")


# ---------------------------------------------------------------- a course name between the lecturer's cue and "menggantikan"

M("saya-sebagai-pengampu-course-menggantikan", "2027-06-16 08:00:00",
  ("Nur Aisyah", "nur.aisyah@polibatam.ac.id"),
  "Akses pengampu Basis Data Lanjut",
  """Selamat pagi P4M,

Mohon saya ditambahkan sebagai dosen pengampu di course Basis Data Lanjut (IF3102), menggantikan Pak Budi yang sedang tugas belajar.

Terima kasih,
Nur Aisyah (dosen LB)
""", "course_data", "id", cd("IF3102", "Basis Data Lanjut"), client="gmail",
  note="Near-miss: the course's name stands between the lecturer's cue and 'menggantikan'; the new lecturer is "
       "the writer, not named in the sentence.")

M("bapak-dimasukkan-pengampu-course-menggantikan-saya", "2027-06-16 09:15:00",
  ("Wahyuni Putri", "wahyuni.putri@polibatam.ac.id"),
  "Pengganti pengampu Jaringan Komputer Lanjut",
  """Yth. Tim P4M,

Mohon Bapak Dedi Kurniadi, S.T., M.T. dimasukkan sebagai dosen pengampu course Jaringan Komputer Lanjut (IF3209) menggantikan saya mulai pekan depan.

Salam,
Wahyuni (tutor)
""", "course_data", "id", cd("IF3209", "Jaringan Komputer Lanjut", lecturer="Dedi Kurniadi, S.T., M.T."),
  client="gmail")


# ---------------------------------------------------------------- a person who will teach, or is added as lecturer or tutor

M("en-will-be-teaching-please-update", "2027-06-17 08:20:00",
  ("Programme Office Logistics", "logistik@polibatam.ac.id"),
  "Lecturer change - Warehouse Management",
  """Dear P4M,

Mr. Ahmad Farid bin Yusof will be teaching Warehouse Management (LG2104) from week 3, as our exchange lecturer. Please update the course page accordingly.

Regards,
Programme Office Logistics
""", "course_data", "en", cd("LG2104", "Warehouse Management", lecturer="Ahmad Farid bin Yusof"), client="outlook")

M("en-assign-as-tutor", "2027-06-17 10:00:00",
  ("Daniel Okafor", "daniel.okafor@polibatam.ac.id"),
  "Tutor for Technical English",
  """Hi,

Could you assign Ms. Priya Raman as the tutor for Technical English (BI1102)? She takes the Thursday group.

Thanks,
Daniel
""", "course_data", "en", cd("BI1102", "Technical English", lecturer="Priya Raman"), client="gmail")

M("akan-mengajar-kelas-lain-bukan-dosen", "2027-06-17 13:30:00",
  ("Hendra Gunawan", "hendra.gunawan@polibatam.ac.id"),
  "Nama MK Mekanika Teknik",
  """Siang min,

Bu Wulan Sari akan mengajar di kelas lain semester ini, jadi course Mekanika Teknik (TM1203) tetap saya yang pegang. Mohon nama course-nya diubah menjadi Mekanika Teknik dan Statika.

Hendra
""", "course_data", "id", cd("TM1203", "Mekanika Teknik", fullname="Mekanika Teknik dan Statika"), client="gmail",
  note="Near-miss: the person who will teach elsewhere is not the new lecturer.")


# ---------------------------------------------------------------- the new value in the next sentence: "The new one is X"

M("en-change-key-question-new-one-is", "2027-06-18 08:45:00",
  ("Tan Wei Ming", "weiming.tan@polibatam.ac.id"),
  "Enrolment key - Operations Research",
  """Hi P4M,

Students from another class shared the enrolment key of Operations Research (TI3105). Could you change the enrolment key? The new one is OpRes#2027.

Thanks,
Wei Ming
""", "course_data", "en", cd("TI3105", "Operations Research", enrolment_key="OpRes#2027"), client="gmail")

M("ganti-kode-singkat-yang-baru-adalah", "2027-06-18 11:10:00",
  ("Putri Ayuningtyas", "putri.ayu@polibatam.ac.id"),
  "kode singkat Sistem Digital",
  """Siang min, kode singkat course Sistem Digital (EL1203) tolong diganti. Yang baru adalah SISDIG-1C, karena kelasnya digabung.

Putri
""", "course_data", "id", cd("EL1203", "Sistem Digital", shortname="SISDIG-1C"), client="android")


# ---------------------------------------------------------------- an empty field asked to be filled

M("ringkasan-kosong-tolong-diisi-dengan", "2027-06-19 09:30:00",
  ("Maya Anggraini", "maya.anggraini@polibatam.ac.id"),
  "Ringkasan course Manajemen Operasi",
  """Pagi P4M,

Ringkasan course Manajemen Operasi (MB2204) di e-learning masih kosong. Tolong diisi dengan: Mata kuliah ini membahas perencanaan kapasitas, persediaan, dan pengendalian mutu pada operasi jasa dan manufaktur.

Maya (tutor)
""", "course_data", "id",
  cd("MB2204", "Manajemen Operasi",
     summary="Mata kuliah ini membahas perencanaan kapasitas, persediaan, dan pengendalian mutu pada operasi jasa "
             "dan manufaktur."), client="gmail")

M("nama-sudah-diisi-benar-lalu-sks", "2027-06-19 11:00:00",
  ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
  "Data course Termodinamika",
  """Siang min,

Di formulir kemarin nama MK Termodinamika (ME2102) sudah diisi dengan benar. Yang perlu diubah hanya SKS-nya, jadi 3 SKS.

Rahmat
""", "course_data", "id", cd("ME2102", "Termodinamika", credits="3"), client="gmail",
  note="Near-miss: a field said to be filled in right is not a change.")


# ---------------------------------------------------------------- a key made anew, its label qualified

M("buatkan-enrolment-key-untuk-kelas", "2027-06-20 08:00:00",
  ("Gilang Ramadhan", "gilang.ramadhan@polibatam.ac.id"),
  "Enrolment key Gambar Teknik",
  """Pagi min,

Course Gambar Teknik (MES2107) belum ada kuncinya. Tolong buatkan enrolment key untuk kelas MES-1B: GT-mes1b-27

Gilang (dosen LB)
""", "course_data", "id", cd("MES2107", "Gambar Teknik", enrolment_key="GT-mes1b-27"), client="android")


if __name__ == "__main__":
    sys.exit(E.main())

#!/usr/bin/env python3
"""Generate the thirtieth P4M helpdesk TUNING corpus, part "codes" (course codes and current course names).

Written in round 15 from the KINDS tune29 (the opened part17) still missed, in voices and layouts no corpus has:
a reply that gives only the code the helpdesk asked for, the course's name being in the quoted request; the course
named by the verb of teaching it ("yang ngajar X kelas sore", "I teach X on Thursdays"); the course named only in a
reply's subject; codes with a year, a class or a curriculum after them. Near-misses that must claim nothing: a reply
that adds a second course while the quoted request named another one; a teaching verb before a person, a class or a
time; a code-shaped ticket, room or form number.

The label is the value AS WRITTEN. The message engine (clients, HTML) is the reading corpus's generator, imported
from ../requests-tune9-reading/make_tune9_reading.py; every body here was written by hand.
Run:  python3 make_tune30_codes.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune9-reading"))
import make_tune9_reading as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
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


# ================================================================ batch 1 (scored before any rule for it)

# --- a reply that gives only the code the helpdesk asked for; the name is in the quoted request

M("balas-kode-saja-thunderbird", "2026-12-01 08:20", ("Ratna Sari Dewi", "ratna.sari@polibatam.ac.id"),
  "Re: [P4M #3101] Mohon lengkapi: kode mata kuliah", "course_data", "id",
  cd("TK2107", "Perpindahan Panas", lecturer="Ir. Bambang Prasetyo, M.T."), client="thunderbird", reply=True,
  note="A reply with only the code asked for; the change and the name are in the quoted request.",
  plain="""Kode MK: TK2107

Ratna

Pada 30/11/2026 15.40, Helpdesk P4M menulis:
> Yth. Ibu Ratna Sari Dewi,
>
> Permintaan Ibu sudah kami terima dengan nomor tiket #3101.
> Mohon lengkapi: kode mata kuliah.
>
> Salam,
> Helpdesk P4M
>
>> Pada 30/11/2026 14.02, Ratna Sari Dewi menulis:
>> Selamat siang, dosen pengampu course Perpindahan Panas di e-learning mohon diganti
>> menjadi Ir. Bambang Prasetyo, M.T. karena saya cuti mulai Desember.
""")

M("en-reply-code-only-outlook-original", "2026-12-01 10:05", ("Peter Nakamura", "peter.nakamura@polibatam.ac.id"),
  "RE: [P4M #3107] Please complete: course code", "course_data", "en",
  cd("MR3302", "Ship Resistance and Propulsion", credits="3"), client="outlook", reply=True,
  note="Outlook reply above '-----Original Message-----'; the code answers the receipt, the name is in the request.",
  plain="""It is MR3302.

Regards,
Peter

-----Original Message-----
From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Sent: Monday, 30 November 2026 16:10
To: Peter Nakamura <peter.nakamura@polibatam.ac.id>
Subject: [P4M #3107] Please complete: course code

Dear Mr Nakamura,

We have received your request as ticket #3107.
Please complete: course code.

Kind regards,
Helpdesk P4M

-----Original Message-----
From: Peter Nakamura
Sent: Monday, 30 November 2026 15:52
Subject: credits

Hello, the credits of Ship Resistance and Propulsion on e-learning should be 3, not 2. Thank you.
""")

M("staff-tanya-kode-jawab-spasi", "2026-12-01 13:30", ("Yusuf Harahap", "yusuf.harahap@polibatam.ac.id"),
  "Re: [P4M #3112] ganti key", "course_data", "id",
  cd("EL 2204", "Elektronika Daya", enrolment_key="daya-gjl26"), client="gmail-app", reply=True,
  note="A staff question asking for the code; the answer writes it with a space.",
  plain="""EL 2204 mbak, makasih

Pada Sen, 30 Nov 2026 pukul 17.05 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:

> Baik Pak Yusuf, boleh kami tahu kode MK-nya apa ya Pak?
>
> Salam,
> Rina
>
> Pada Sen, 30 Nov 2026 pukul 16.48 Yusuf Harahap menulis:
>> Mbak, enrol key Elektronika Daya tolong diganti daya-gjl26 ya.
""")

M("en-staff-asks-code-apple", "2026-12-02 09:15", ("Hannah Okafor", "hannah.okafor@polibatam.ac.id"),
  "Re: [P4M #3120] Course summary", "course_data", "en",
  cd("BE2101", "Business English",
     summary="Communication skills for meetings, e-mails and presentations in an international workplace"),
  client="apple", reply=True,
  note="Apple Mail reply; the staff question asked for the code, the request named the course without one.",
  plain="""Hi Rina,

Sure, the code is BE2101.

Hannah

On 1 Dec 2026, at 16:30, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:

> Dear Ms Okafor,
> Could you tell us the course code, please?
> Rina
>
>> On 1 Dec 2026, at 15:58, Hannah Okafor wrote:
>> Please replace the summary of Business English with: Communication skills for meetings, e-mails and presentations in an international workplace
""")

M("near-miss-balas-tambah-mk-lain", "2026-12-02 11:40", ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "Re: [P4M #3125] Ganti enrol key", "course_data", "id",
  cd("IF3301", enrolment_key="jarkom-lanjut27"), client="gmail", reply=True,
  note="Near-miss: the reply adds another course by its code; the quoted request's name is a different course and "
       "nobody asked for a code.",
  plain="""Sekalian untuk IF3301 juga tolong key-nya diganti jarkom-lanjut27.

Pada Sel, 1 Des 2026 pukul 09.12 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:

> Yth. Bapak Agus,
> Enrolment key Jaringan Komputer sudah kami ganti menjadi jarkom27.
> Salam,
> Helpdesk P4M
""")

# --- the course named by the verb of teaching it

M("ngajar-nama-kelas-malam", "2026-12-02 20:10", ("Hendrik Lie", "hendrik.lie@gmail.com"),
  "enrol key", "course_data", "id",
  cd("MB1103", "Pengantar Bisnis", enrolment_key="bisnis-mlm26"), client="gmail-app",
  note="The course named by the verb of teaching it, closed by a class word.",
  plain="""Malam min, saya yang ngajar Pengantar Bisnis kelas malam. Key yang lama bocor, tolong diganti bisnis-mlm26. Kodenya MB1103.

Hendrik
""")

M("mengampu-nama-untuk-kelas", "2026-12-03 07:50", ("Dra. Sulastri", "sulastri@polibatam.ac.id"),
  "Perubahan SKS", "course_data", "id",
  cd(None, "Kimia Terapan", credits="2"), client="outlook",
  note="'saya mengampu X untuk kelas ...': the course the writer teaches.",
  plain="""Yth. Tim P4M,

Saya mengampu Kimia Terapan untuk kelas TM-1A dan TM-1B. Jumlah SKS di e-learning masih 3, mohon diubah menjadi 2 SKS sesuai kurikulum.

Hormat saya,
Dra. Sulastri
""")

M("en-i-teach-name-on-thursdays", "2026-12-03 10:25", ("Marco Bianchi", "marco.bianchi@polibatam.ac.id"),
  "lecturer listed", "course_data", "en",
  cd("AR2205", "Building Physics", lecturer="Dr. Marco Bianchi"), client="gmail",
  note="'I teach X on Thursdays (CODE)': the name closed by a time phrase.",
  plain="""Hello,

I teach Building Physics on Thursdays (AR2205) but e-learning still lists Ms. Tan as the lecturer. Could you put Dr. Marco Bianchi please?

Thanks,
Marco
""")

M("near-miss-ngajar-orang", "2026-12-03 13:00", ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "ganti dosen", "course_data", "id",
  cd("TI2203", lecturer="Rahmat Hidayat, M.Kom."), client="gmail-app",
  note="Near-miss: 'yang ngajar Pak X' names a person, not a course.",
  plain="""Min, yang ngajar Pak Joko sudah pensiun. Dosen TI2203 tolong diganti jadi Rahmat Hidayat, M.Kom.

Wulan
""")

M("near-miss-en-teaching-evening-class", "2026-12-03 15:30", ("Ian Sinclair", "ian.sinclair@polibatam.ac.id"),
  "enrolment key", "course_data", "en",
  cd("ME3104", enrolment_key="thermo-eve"), client="apple",
  note="Near-miss: 'I am teaching the evening class' names no course; only the code does.",
  plain="""Hi team,

I am teaching the Evening Class this term. For ME3104 please set the enrolment key to thermo-eve.

Ian
""")

# --- the course named only in a reply's subject or a forward

M("subjek-balasan-nama-saja", "2026-12-04 08:40", ("Irma Nasution", "irma.nasution@polibatam.ac.id"),
  "Re: Ganti enrolment key Statistika Industri", "course_data", "id",
  cd("TI2108", "Statistika Industri", enrolment_key="stat-ind26"), client="roundcube", reply=True,
  note="The course named in the subject of a reply to a colleague; the body gives the code and the value.",
  plain="""Kodenya TI2108, key baru: stat-ind26. Tolong dibantu ya.

Irma

Pada 2026-12-03 17:20, Fajar menulis:
> Bu, ini diteruskan saja ke P4M.
""")

M("en-forward-subject-in-body", "2026-12-04 11:15", ("Sarah Lim", "sarah.lim@polibatam.ac.id"),
  "Fwd: Shortname for Digital Logic", "course_data", "en",
  cd("EL1205", "Digital Logic", shortname="DIGLOG-26"), client="gmail",
  note="A forward whose own subject names the course; the forwarded text gives the code.",
  plain="""Forwarding as asked.

---------- Forwarded message ---------
From: Budi Santoso <budi.santoso@polibatam.ac.id>
Date: Thu, 3 Dec 2026 at 14:02
Subject: Shortname for Digital Logic
To: Sarah Lim <sarah.lim@polibatam.ac.id>

Sarah, can you ask P4M to change the shortname of EL1205 to DIGLOG-26?

Budi
""")

# --- codes with year, class or curriculum suffixes

M("kode-tahun-kurikulum-miring", "2026-12-04 13:45", ("Prodi Teknik Sipil", "sipil@polibatam.ac.id"),
  "Perubahan nama MK", "course_data", "id",
  cd("TS2203", "Mekanika Tanah", fullname="Mekanika Tanah I"), client="outlook",
  note="A code with the curriculum year after a slash; the year is no part of it.",
  plain="""Yth. P4M,

Mata kuliah TS2203/2026 Mekanika Tanah mohon diubah namanya menjadi Mekanika Tanah I.

Terima kasih,
Admin Prodi Teknik Sipil
""")

M("en-code-dash-class-lower", "2026-12-04 16:20", ("Rachel Goh", "rachel.goh@polibatam.ac.id"),
  "key for my class", "course_data", "en",
  cd("mk2201", "Thermodynamics", enrolment_key="thermo-2b"), client="gmail-app",
  note="A lower-case code with a class after a dash, and the name after it.",
  plain="""hi, could you change the enrolment key of mk2201-2B Thermodynamics to thermo-2b? thanks, Rachel
""")

M("nama-lalu-dosen-kode-kurung", "2026-12-05 09:05", ("Taufiq Ismail", "taufiq.ismail@polibatam.ac.id"),
  "Semester course", "course_data", "id",
  cd("AK2210", "Akuntansi Manajemen", semester="Genap 2026/2027"), client="thunderbird",
  note="A name followed by its lecturer and then the code in brackets.",
  plain="""Selamat pagi,

Course Akuntansi Manajemen - Bu Rina (AK2210) semesternya tolong diganti menjadi Genap 2026/2027.

Salam,
Taufiq
""")

M("dua-mk-satu-berubah", "2026-12-05 11:30", ("Nurul Huda", "nurul.huda@polibatam.ac.id"),
  "SKS", "course_data", "id",
  cd("TE3102", "Sistem Kendali", credits="3"), client="gmail",
  note="Two courses in one mail; only the second changes, the first is already right.",
  plain="""Siang P4M,

SKS Rangkaian Listrik (TE2101) di e-learning sudah benar. Yang salah Sistem Kendali (TE3102): tertulis 2, seharusnya 3 SKS.

Terima kasih,
Nurul
""")

M("near-miss-nomor-tiket-kode", "2026-12-05 14:10", ("Dimas Pratama", "dimas.pratama@polibatam.ac.id"),
  "Re: REQ2210", "course_data", "id",
  cd(None, "Kalkulus Lanjut", lecturer="Siti Aminah, M.Si."), client="gmail",
  note="Near-miss: a ticket number in the subject shaped like a code; the course is named only by its name.",
  plain="""Halo, melanjutkan tiket REQ2210: dosen course Kalkulus Lanjut mohon diganti menjadi Siti Aminah, M.Si.

Dimas
""")

M("en-table-header-course", "2026-12-07 08:30", ("Academic Office TRE", "tre.office@polibatam.ac.id"),
  "Lecturer update", "course_data", "en",
  cd("TRE2206", "Embedded Systems", lecturer="Andi Wijaya, M.Eng."), client="outlook",
  note="The course in a table's first row under a header; the lecturer in the second.",
  plain="""Dear P4M,

Please update the following:

Course            | TRE2206 Embedded Systems
New lecturer      | Andi Wijaya, M.Eng.

Best regards,
Academic Office, Robotics Engineering
""")

M("hokkien-ngajar-kelas-pagi", "2026-12-07 19:45", ("Ko Ahmad Tan", "ahmad.tan88@gmail.com"),
  "key kelas wa", "course_data", "mixed",
  cd("MK1104", "Pengantar Akuntansi", enrolment_key="HOKI2027"), client="gmail-app",
  note="A writer who calls himself 'wa'; the course after the teaching verb, closed by the class.",
  plain="""Halo P4M,

Wa yang ngajar Pengantar Akuntansi kelas pagi, key lama sudah kasih ke semua orang, susah lah.
Ganti key jadi HOKI2027 ya. Kode nya MK1104.

Kamsia,
Ahmad
""")

M("near-miss-en-teach-for-colleague", "2026-12-07 21:00", ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
  "key", "course_data", "en",
  cd("IF2105", enrolment_key="algo-b26"), client="gmail",
  note="Near-miss: 'I teach for Mr Hadi this week' names a person; the course is only its code.",
  plain="""Hello,

I teach for Mr Hadi this week. Could you set the key of IF2105 to algo-b26?

Lina
""")


# ================================================================ batch 2 (written before any rule for it)

M("balas-kode-huruf-kecil-yahoo", "2026-12-08 07:40", ("Maria Ulfa", "maria.ulfa@polibatam.ac.id"),
  "Re: [P4M #3140] Mohon lengkapi: kode mata kuliah", "course_data", "id",
  cd("ak2104", "Akuntansi Keuangan Menengah", shortname="AKM-26"), client="gmail-app", reply=True,
  note="A reply with a lower-case code asked for; the name is in the quoted request.",
  plain="""ak2104 bu, maaf lupa

Pada Sen, 7 Des 2026 pukul 20.02 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
> Yth. Ibu Maria Ulfa,
> Mohon lengkapi: kode mata kuliah.
>
>> Pada Sen, 7 Des 2026 pukul 19.40 Maria Ulfa menulis:
>> Shortname course Akuntansi Keuangan Menengah tolong diganti AKM-26 ya.
""")

M("en-reply-code-dash-partner", "2026-12-08 10:10", ("Kenji Watanabe", "k.watanabe@nit-partner.ac.jp"),
  "Re: [P4M #3144] Please complete: course code", "course_data", "en",
  cd("MKT-3201", "Robot Kinematics", lecturer="Prof. Kenji Watanabe"), client="outlook-mac", reply=True,
  note="A partner's reply: the code with a dash, answering the receipt; the name in the quoted request.",
  plain="""Dear Helpdesk,

The course code is MKT-3201. Sorry for the omission.

Best regards,
Kenji Watanabe

On 7/12/26, 17:05, "Helpdesk P4M" <helpdesk-p4m@polibatam.ac.id> wrote:

    Dear Prof. Watanabe,
    Please complete: course code.

    On 7/12/26, 16:40, "Kenji Watanabe" wrote:
        Could you add me, Prof. Kenji Watanabe, as the lecturer of the joint course Robot Kinematics?
""")

M("staff-tanya-kode-dosen-jawab-kalimat", "2026-12-08 13:25", ("Ahmad Fauzi", "ahmad.fauzi@polibatam.ac.id"),
  "Re: [P4M #3150] SKS Fisika", "course_data", "id",
  cd("FI1201", "Fisika Dasar 2", credits="3"), client="outlook", reply=True,
  note="A staff question for the code, answered in a sentence with the code labelled by its own word.",
  plain="""Kode mata kuliahnya FI1201 Mbak.

Salam,
Ahmad

________________________________
Dari: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Dikirim: Senin, 07 Desember 2026 15.10
Kepada: Ahmad Fauzi
Subjek: RE: [P4M #3150] SKS Fisika

Pak Ahmad, mohon informasikan kode mata kuliahnya agar bisa kami proses.

Salam,
Rina
________________________________
Dari: Ahmad Fauzi
Dikirim: Senin, 07 Desember 2026 14.50

SKS Fisika Dasar 2 di e-learning mohon diubah menjadi 3 SKS.
""")

M("near-miss-balas-kode-lain-en", "2026-12-08 15:50", ("Olivia Hart", "olivia.hart@polibatam.ac.id"),
  "Re: [P4M #3155] Lecturer", "course_data", "en",
  cd("BE2202", lecturer="Olivia Hart, M.A."), client="gmail", reply=True,
  note="Near-miss: the reply asks the same for another course by its code; nobody asked for a code and the "
       "quoted mail's course (named, no code) is a different one.",
  plain="""Thanks! Could you also put me, Olivia Hart, M.A., as the lecturer of BE2202?

On Mon, 7 Dec 2026 at 14:02, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> Dear Ms Hart,
> You are now listed as the lecturer of Academic Writing.
> Kind regards,
> Helpdesk P4M
""")

M("gue-yg-ngajar-kelas-sore", "2026-12-09 21:30", ("Kevin Halim", "kevin.halim@gmail.com"),
  "key", "course_data", "id",
  cd("IF2306", "Pemrograman Mobile", enrolment_key="mobile-sore27"), client="gmail-app",
  note="Jakarta slang: 'gue yg ngajar X kelas sore'.",
  plain="""min, gue yg ngajar Pemrograman Mobile kelas sore. tolong key IF2306 ganti mobile-sore27 ya, thx
""")

M("en-i-am-lecturing-name-section", "2026-12-09 09:00", ("Dr. Priya Raman", "priya.raman@polibatam.ac.id"),
  "Shortname", "course_data", "en",
  cd("EE3105", "Power Electronics", shortname="PE-EE3105"), client="outlook",
  note="'I am lecturing X for section B': the name closed by the purpose of the class.",
  plain="""Dear P4M,

I am lecturing Power Electronics for Section B (EE3105). Please change its shortname to PE-EE3105.

Kind regards,
Priya
""")

M("near-miss-saya-mengajar-hari", "2026-12-09 11:15", ("Yanti Lubis", "yanti.lubis@polibatam.ac.id"),
  "semester", "course_data", "id",
  cd("MB2201", semester="Genap 2026/2027"), client="thunderbird",
  note="Near-miss: 'saya mengajar hari Kamis' says when, not which course.",
  plain="""Selamat siang,

Saya mengajar Hari Kamis di kelas MB-2A. Semester course MB2201 mohon diganti menjadi Genap 2026/2027.

Yanti
""")

M("subjek-balasan-en-name", "2026-12-09 14:40", ("Grace Tanoto", "grace.tanoto@polibatam.ac.id"),
  "Re: Enrolment key for Corporate Finance", "course_data", "en",
  cd("MB3110", "Corporate Finance", enrolment_key="corpfin-27"), client="apple", reply=True,
  note="The course named in the subject of a reply to a colleague; the body gives the code and the value.",
  plain="""Hi P4M, looping you in. The code is MB3110 and the new key should be corpfin-27.

Grace

On 9 Dec 2026, at 13:20, Daniel Wu wrote:
> Grace, please ask P4M directly.
""")

M("kode-kelas-miring-nama", "2026-12-10 08:20", ("Admin Prodi Akuntansi", "akuntansi@polibatam.ac.id"),
  "Dosen pengampu", "course_data", "id",
  cd("AK3108", "Auditing", lecturer="Dewi Kartika, S.E., M.Ak."), client="outlook",
  note="A code with its class after a slash, then the name.",
  plain="""Yth. P4M,

Dosen pengampu AK3108/AK-3A Auditing mohon diganti menjadi Dewi Kartika, S.E., M.Ak.

Terima kasih,
Admin Prodi Akuntansi
""")

M("en-name-then-lecturer-code", "2026-12-10 10:45", ("Thomas Reid", "thomas.reid@polibatam.ac.id"),
  "semester of my course", "course_data", "en",
  cd("CE2207", "Fluid Mechanics", semester="Odd 2026/2027"), client="gmail",
  note="A name followed by the lecturer's name and then the code in brackets.",
  plain="""Hello,

Fluid Mechanics with Dr. Reid (CE2207) is listed under the wrong semester. Please move it to Odd 2026/2027.

Thomas
""")

M("dua-mk-en-one-changes", "2026-12-10 13:30", ("Linda Gunawan", "linda.gunawan@polibatam.ac.id"),
  "credits", "course_data", "en",
  cd("IF2202", "Data Structures", credits="4"), client="gmail",
  note="Two courses in one mail; the first is fine, the second changes.",
  plain="""Hi,

Algorithms (IF2201) is fine as it is. Data Structures (IF2202) however shows 3 credits; it should be 4.

Thanks,
Linda
""")

M("near-miss-ruang-kode", "2026-12-10 15:05", ("Budi Hartono", "budi.hartono@polibatam.ac.id"),
  "key", "course_data", "id",
  cd(None, "Mekatronika", enrolment_key="mekatro-27"), client="gmail",
  note="Near-miss: a room shaped like a code; the course is named only by its name.",
  plain="""Siang P4M,

Kuliah Mekatronika di ruang GU 702 mulai minggu depan. Enrolment key course Mekatronika tolong diganti mekatro-27.

Budi
""")

M("fwd-kode-tahun-strip", "2026-12-11 08:35", ("Sekretariat Jurusan Elektro", "elektro@polibatam.ac.id"),
  "Fwd: ganti nama MK", "course_data", "id",
  cd("EL2105-2026", "Sinyal dan Sistem", fullname="Sinyal dan Sistem Waktu Diskrit"), client="roundcube",
  note="A forwarded request; the code written with the curriculum year after a dash, as the department writes it.",
  plain="""Mohon diproses.

-------- Pesan Terusan --------
Subjek: ganti nama MK
Tanggal: 10 Des 2026 16.20
Dari: Rudi Hartanto <rudi.hartanto@polibatam.ac.id>

Nama MK EL2105-2026 Sinyal dan Sistem mohon diganti menjadi Sinyal dan Sistem Waktu Diskrit.

Rudi
""")

M("hokkien-en-teach-class", "2026-12-11 20:15", ("Ah Huat Lim", "ahhuat.lim@yahoo.com"),
  "change key lah", "course_data", "en",
  cd("MB1105", "Business Mathematics", enrolment_key="ONG2027"), client="gmail-app",
  note="Singapore-flavoured English: 'I'm the one teach X night class'.",
  plain="""Hi P4M, I'm the one teaching Business Mathematics night class one. Old key everybody also know already, can change to ONG2027 or not? Code is MB1105.

Thanks ah,
Ah Huat
""")

M("near-miss-en-i-teach-for-program", "2026-12-11 22:00", ("Sofia Marques", "sofia.marques@polibatam.ac.id"),
  "lecturer", "course_data", "en",
  cd("MR2104", lecturer="Sofia Marques, Ph.D."), client="apple",
  note="Near-miss: 'I teach in the Marine Engineering programme' is where, not which course.",
  plain="""Hello,

I teach in the Marine Engineering programme. Please list Sofia Marques, Ph.D. as the lecturer of MR2104.

Sofia
""")


# ================================================================ batch 3 (written before any rule for it)

M("balas-staff-kode-slash-nama-kurung", "2026-12-14 08:15", ("Rizky Ananda", "rizky.ananda@polibatam.ac.id"),
  "Re: [P4M #3201] Perubahan MK", "course_data", "id",
  cd("MM2203", "Animasi / Multimedia", fullname="Animasi dan Multimedia Interaktif"), client="thunderbird",
  reply=True,
  note="An answer to a staff question naming the course by its code and a slashed name in brackets.",
  plain="""Nama barunya Animasi dan Multimedia Interaktif, Bu.

Pada 12/12/2026 10.20, Helpdesk P4M menulis:
> Baik Pak Rizky, untuk MK MM2203 (Animasi / Multimedia) apa nama baru yang diinginkan?
> Salam,
> Helpdesk P4M
""")

M("en-staff-question-slash-name", "2026-12-14 10:30", ("Anna Schmidt", "anna.schmidt@polibatam.ac.id"),
  "Re: [P4M #3205] Course rename", "course_data", "en",
  cd("CS3301", "Cloud / DevOps", fullname="Cloud Computing and DevOps"), client="apple", reply=True,
  note="A staff question naming the course with a slashed name after its code; the answer gives the new name.",
  plain="""The new title should be Cloud Computing and DevOps.

Anna

On 12 Dec 2026, at 09:00, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:

> Dear Dr. Schmidt,
> For CS3301 (Cloud / DevOps), which new title would you like?
> Kind regards,
> Helpdesk P4M
""")

M("daftar-namanya-masih-baris", "2026-12-14 13:10", ("Sekretaris Prodi TRPL", "trpl@polibatam.ac.id"),
  "Nama MK RPL2105", "course_data", "id",
  cd("RPL2105", "Pengujian Perangkat Lunak", fullname="Penjaminan Mutu Perangkat Lunak"), client="outlook",
  note="'namanya masih X' ending its line; the new name on the next line.",
  plain="""Yth. P4M,

MK RPL2105 di e-learning namanya masih Pengujian Perangkat Lunak
Mohon diganti menjadi Penjaminan Mutu Perangkat Lunak sesuai kurikulum 2026.

Terima kasih,
Sekretaris Prodi TRPL
""")

M("en-its-name-still-line-end", "2026-12-14 15:45", ("Mark Fernandes", "mark.fernandes@polibatam.ac.id"),
  "Rename EE2108", "course_data", "en",
  cd("EE2108", "Signals and Systems", fullname="Signals, Systems and Transforms"), client="gmail",
  note="'its name still reads X' at the end of a line; the new name on the next line.",
  plain="""Hi,

On e-learning EE2108 its name still reads Signals and Systems
It should now be Signals, Systems and Transforms.

Thanks,
Mark
""")

M("wa-chat-namanya-masih", "2026-12-15 09:20", ("Dedi Kurniawan", "dedi.kurniawan@polibatam.ac.id"),
  "Fwd chat kaprodi: nama MK", "course_data", "id",
  cd("TM2201", "Gambar Mesin", fullname="Gambar Teknik Mesin"), client="gmail",
  note="A pasted chat: 'namanya masih X' ends one message; the new name is in the next.",
  plain="""Pak, dari grup kaprodi:

[09.02, 15/12/2026] Kaprodi TM: MK TM2201 di elearning namanya masih Gambar Mesin
[09.03, 15/12/2026] Kaprodi TM: seharusnya Gambar Teknik Mesin

Terima kasih pak
""")

M("balas-kode-dalam-kalimat-panjang", "2026-12-15 11:00", ("Siti Rahayu", "siti.rahayu@polibatam.ac.id"),
  "Re: [P4M #3212] Mohon lengkapi: kode mata kuliah", "course_data", "id",
  cd("KB2104", "Kimia Analitik", semester="Genap 2026/2027"), client="roundcube", reply=True,
  note="The code asked for, inside a longer sentence of the reply.",
  plain="""Selamat siang, maaf baru sempat membalas. Untuk kodenya KB2104 ya Pak, sesuai di SIAKAD.

Salam,
Siti

Pada 2026-12-14 16:40, Helpdesk P4M menulis:
> Yth. Ibu Siti Rahayu,
> Mohon lengkapi: kode mata kuliah.
>
>> Pada 2026-12-14 15:05, Siti Rahayu menulis:
>> Semester course Kimia Analitik mohon diganti menjadi Genap 2026/2027.
""")

M("en-reply-code-lower-dash", "2026-12-15 14:20", ("Jason Teo", "jason.teo@polibatam.ac.id"),
  "Re: [P4M #3215] Please complete: course code", "course_data", "en",
  cd("me-3107", "Heat Transfer", enrolment_key="heat-3107"), client="gmail-app", reply=True,
  note="A lower-case code with a dash as the whole answer.",
  plain="""me-3107

On Tue, 15 Dec 2026, 13:50 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:

> Dear Mr Teo,
> Please complete: course code.
>
> On Tue, 15 Dec 2026, 13:31 Jason Teo wrote:
>> Please set the enrolment key of Heat Transfer to heat-3107.
""")

M("near-miss-balas-kode-tiket", "2026-12-15 16:00", ("Yudi Setiawan", "yudi.setiawan@polibatam.ac.id"),
  "Re: [P4M #3218] Mohon lengkapi: kode mata kuliah", "course_data", "id",
  cd(None, "Statika Struktur", lecturer="Ir. Hasan Basri, M.T."), client="gmail", reply=True,
  note="Near-miss: the reply does not know the code and gives only a ticket number of its own.",
  plain="""Maaf Bu, kodenya saya belum tahu, nanti saya tanyakan ke prodi. Nomor surat tugasnya ST 2026 kalau perlu.

Pada Sel, 15 Des 2026 pukul 14.10 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
> Yth. Bapak Yudi,
> Mohon lengkapi: kode mata kuliah.
>> Dosen course Statika Struktur mohon diganti menjadi Ir. Hasan Basri, M.T.
""")

M("ane-ngajar-kelas-karyawan", "2026-12-16 19:30", ("Ustadz Hamid", "hamid.alkaff@gmail.com"),
  "afwan, key", "course_data", "id",
  cd("PA1101", "Pendidikan Agama Islam", enrolment_key="pai-kry27"), client="gmail-app",
  note="'ane yang ngajar X kelas karyawan': another word for I.",
  plain="""Assalamualaikum min, ane yang ngajar Pendidikan Agama Islam kelas karyawan. Key PA1101 tolong diganti pai-kry27. Jazakallah.
""")

M("en-i-who-teach-name-comma", "2026-12-16 09:40", ("Elena Petrova", "elena.petrova@polibatam.ac.id"),
  "Credits", "course_data", "en",
  cd("MA2103", "Numerical Methods", credits="3"), client="outlook",
  note="'I, Elena, teach X, and ...': the course after the teaching verb, closed by a comma.",
  plain="""Dear P4M,

I teach Numerical Methods, code MA2103, and e-learning shows 2 credits. It should be 3.

Best regards,
Elena
""")

M("near-miss-en-teach-students", "2026-12-16 11:10", ("Paul Nguyen", "paul.nguyen@polibatam.ac.id"),
  "key", "course_data", "en",
  cd("IF3108", enrolment_key="sec-ops27"), client="gmail",
  note="Near-miss: 'I teach Year 3 Students' names who, not which course.",
  plain="""Hello,

I teach Year 3 Students on Fridays. Please set the key of IF3108 to sec-ops27.

Paul
""")

M("dua-mk-sudah-sesuai-kedua", "2026-12-16 14:30", ("Prodi Teknik Mesin", "mesin@polibatam.ac.id"),
  "Perbaikan dosen", "course_data", "id",
  cd("TM3105", "Mesin Konversi Energi", lecturer="Dr. Arief Rahman"), client="outlook",
  note="Two courses; the second is said to be right, the first changes.",
  plain="""Yth. P4M,

Dosen pengampu Mesin Konversi Energi (TM3105) mohon diganti menjadi Dr. Arief Rahman. Untuk Mekanika Fluida (TM3106) sudah sesuai, tidak perlu diubah.

Terima kasih,
Prodi Teknik Mesin
""")

M("en-two-courses-correct-one", "2026-12-17 08:50", ("Karen Wong", "karen.wong@polibatam.ac.id"),
  "Semester fix", "course_data", "en",
  cd("AC2202", "Cost Accounting", semester="Even 2026/2027"), client="apple",
  note="Two courses; one is correct already, the other moves semester.",
  plain="""Hi team,

Financial Accounting (AC2201) is correct already. Cost Accounting (AC2202) is still under the odd semester; please move it to Even 2026/2027.

Karen
""")

M("near-miss-tiket-subjek-kode-en", "2026-12-17 10:20", ("Fiona Grant", "fiona.grant@polibatam.ac.id"),
  "Re: INC4471 follow-up", "course_data", "en",
  cd(None, "Marine Biology", lecturer="Dr. Fiona Grant"), client="outlook",
  note="Near-miss: an incident number in the subject, called a case in the body; the course only by name.",
  plain="""Hello,

Following up on case INC4471: please list Dr. Fiona Grant as the lecturer of the course Marine Biology.

Regards,
Fiona
""")


if __name__ == "__main__":
    sys.exit(E.main())

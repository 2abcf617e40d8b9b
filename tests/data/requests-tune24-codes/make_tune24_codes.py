#!/usr/bin/env python3
"""Generate the twenty-fourth P4M helpdesk TUNING corpus, part "codes" (course codes).

Written in round 12 from the KINDS of course-code misses the opened part14 (tune23) showed, in voices and layouts no
corpus has: a code after "my course on e-learning is", codes with dots, spaces, hyphens, lower case, a practicum or
class letter, a curriculum year beside them, codes after labels in other words ("KD MK", "Kode Matkul", "No. MK",
"course ID", "subject code"), glued to a class, in brackets, in tables, in the subject only, in a forwarded mail, one
course to change among several listed. Near-misses that must claim no code: rooms, classes ("TI-2A"), NIP/NIDN/NIM,
ticket numbers, decree numbers, error codes, model numbers, versions, phone extensions.

The label is the value AS WRITTEN. The message engine (clients, DOCX/ODT/PDF, HTML) is the reading corpus's
generator, imported from ../requests-tune9-reading/make_tune9_reading.py; every body here was written by hand.
Run:  python3 make_tune24_codes.py
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


def an(title, code=None, name=None, publish_at=None, scope="course"):
    fields = {"title": title, "scope": scope}
    if code:
        fields["course_code"] = code
    if name:
        fields["course_name"] = name
    if publish_at:
        fields["publish_at"] = publish_at
    return fields


# ================================================================ batch 1 (scored before any rule for it)

M("en-my-course-on-e-learning-is", "2027-03-01 08:20", ("Nguyen Van Minh", "minh.nguyen.visit@gmail.com"),
  "Request for my course", "course_data", "en",
  cd("MEK3105", "Hydraulics and Pneumatics", lecturer="Nguyen Van Minh, M.Eng."), client="gmail",
  plain="""Dear P4M team,

I am a guest lecturer from Ho Chi Minh City University of Technology for this semester. My course on e-learning is
MEK3105 Hydraulics and Pneumatics. Please put my name as lecturer: Nguyen Van Minh, M.Eng.

Many thanks,
Minh
""")

M("kd-mk-titik-garis-miring-nama", "2027-03-01 10:05", ("Ferdy Hutapea", "ferdy.hutapea@polibatam.ac.id"),
  "enrol key keamanan jaringan", "course_data", "id",
  cd("RKS.2203", "Keamanan Jaringan", enrolment_key="kj-genap-27"), client="thunderbird",
  plain="""Selamat pagi,

KD MK : RKS.2203 / Keamanan Jaringan
Mohon kunci pendaftarannya diganti menjadi kj-genap-27.

Terima kasih,
Ferdy
""")

M("subjek-saja-kode-huruf-kecil-strip", "2027-03-01 13:40", ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "ganti key mes-2101", "course_data", "id",
  cd("mes-2101", enrolment_key="mesin2101genap"), client="gmail-app",
  plain="""min tolong keynya diganti mesin2101genap, makasih
""")

M("kode-matkul-huruf-kecil-strip-nama-kecil", "2027-03-02 07:55", ("Rizky Ananda", "rizky.ananda@polibatam.ac.id"),
  "key algo", "course_data", "id",
  cd("if-201", "algoritma", enrolment_key="algo2027"), client="gmail-app",
  plain="""pagi min, kode matkul if-201 algoritma, key nya tolong ganti jadi algo2027. thx
""")

M("tabel-html-no-mk-satu-baris", "2027-03-02 09:30", ("Prodi Akuntansi", "akuntansi@polibatam.ac.id"),
  "Koreksi SKS", "course_data", "id",
  cd("AK 2105", "Akuntansi Biaya", credits="3"), client="outlook",
  plain="""Yth. P4M,

Mohon koreksi data berikut di e-learning:

No. MK\tNama MK\tPerubahan
AK 2105\tAkuntansi Biaya\tSKS menjadi 3

Hormat kami,
Prodi Akuntansi
""",
  html_body="""<html><body><p>Yth. P4M,</p><p>Mohon koreksi data berikut di e-learning:</p>
<table border="1"><tr><th>No. MK</th><th>Nama MK</th><th>Perubahan</th></tr>
<tr><td>AK 2105</td><td>Akuntansi Biaya</td><td>SKS menjadi 3</td></tr></table>
<p>Hormat kami,<br>Prodi Akuntansi</p></body></html>""")

M("en-course-id-class-letter", "2027-03-02 14:10", ("Priya Raman", "priya.raman@polibatam.ac.id"),
  "Description update", "course_data", "en",
  cd("CS-2204B", summary="Students build relational schemas, write SQL queries and tune indexes."), client="outlook-mac",
  plain="""Hi,

Course ID: CS-2204B
Please replace the description with: Students build relational schemas, write SQL queries and tune indexes.

Regards,
Priya
""")

M("praktikum-huruf-p-dalam-kurung", "2027-03-03 08:45", ("Hendra Saputra", "hendra.saputra@polibatam.ac.id"),
  "Dosen praktikum", "course_data", "id",
  cd("TRE2102P", "Praktikum Elektronika Dasar", lecturer="Dimas Prasetyo, S.T."), client="roundcube",
  plain="""Sore Bapak/Ibu,

Untuk Praktikum Elektronika Dasar (TRE2102P), dosen pengampunya tolong diganti menjadi Dimas Prasetyo, S.T.

Salam,
Hendra
""")

M("kode-dengan-kurikulum-tahun", "2027-03-03 11:15", ("Siti Marlina", "siti.marlina@polibatam.ac.id"),
  "Short name Basis Data", "course_data", "id",
  cd("IF2204", "Basis Data", shortname="BD-TI-2027"), client="gmail",
  plain="""Halo P4M,

Course Basis Data IF2204 (Kurikulum 2024) short name-nya mohon dibuat BD-TI-2027 supaya sama dengan kelas lain.

Terima kasih,
Siti
""")

M("teruskan-kaprodi-kode-spasi", "2027-03-03 15:30", ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "Fwd: Perubahan pengampu", "course_data", "id",
  cd("MNJ 3102", "Manajemen Operasi", lecturer="Agus Salim, S.E., M.M."), client="gmail",
  plain="""Mohon ditindaklanjuti, terima kasih.

---------- Forwarded message ---------
From: Kaprodi Manajemen Bisnis <kaprodi.mb@polibatam.ac.id>
Date: Wed, 3 Mar 2027 at 14:02
Subject: Perubahan pengampu
To: Agus Salim <agus.salim@polibatam.ac.id>

Pak Agus,

Mulai semester ini Bapak mengampu Kode MK: MNJ 3102 (Manajemen Operasi) menggantikan Bu Rina. Tolong minta P4M
mengganti dosen pengampu di e-learning menjadi Agus Salim, S.E., M.M.

Kaprodi
""")

M("beberapa-mk-satu-diubah", "2027-03-04 09:00", ("Lestari Dewi", "lestari.dewi@polibatam.ac.id"),
  "SKS salah satu MK", "course_data", "id",
  cd("MB2203", "Manajemen Keuangan", credits="3"), client="outlook",
  plain="""Selamat pagi,

Semester ini saya mengampu MB2101 Pengantar Bisnis, MB2203 Manajemen Keuangan dan MB3105 Studi Kelayakan Bisnis.
Yang perlu diperbaiki hanya MB2203: SKS di e-learning masih 2, seharusnya 3.

Terima kasih,
Lestari
""")

M("kelas-ti-ruang-nip-tanpa-kode", "2027-03-04 13:20", ("Yosef Manurung", "yosef.manurung@polibatam.ac.id"),
  "Pengampu Pemrograman Web TI-2A", "course_data", "id",
  cd(None, "Pemrograman Web", lecturer="Yosef Manurung, S.Kom., M.Kom."), client="zimbra",
  plain="""Yth. Tim P4M,

Untuk course Pemrograman Web kelas TI-2A (ruang GU 702), mohon dosen pengampunya diganti menjadi
Yosef Manurung, S.Kom., M.Kom. (NIP 198703152019031008).

Terima kasih.
""")

M("sk-nomor-garis-miring-tanpa-kode", "2027-03-05 08:10", ("Bagian Akademik", "akademik@polibatam.ac.id"),
  "Perubahan dosen Statistika", "course_data", "id",
  cd(None, "Statistika", lecturer="Maria Ulfa, S.Si., M.Sc."), client="outlook",
  plain="""Yth. Kepala P4M,

Sesuai SK Direktur No. 123/PL29/2026, dosen pengampu Statistika di e-learning mohon diganti menjadi
Maria Ulfa, S.Si., M.Sc.

Hormat kami,
Bagian Akademik
""")

M("en-error-code-version-no-code", "2027-03-05 10:40", ("Kevin Lim", "kevin.lim@polibatam.ac.id"),
  "Could not edit the summary myself", "course_data", "en",
  cd(None, "Applied Physics", summary="Mechanics, waves and optics for engineering students."), client="apple",
  plain="""Hello,

I tried to edit the summary of Applied Physics myself but Moodle 4.1.2 shows error code 4031. Could you set it to:
Mechanics, waves and optics for engineering students.

Thanks,
Kevin
""")

M("tiket-ext-tanpa-kode", "2027-03-05 14:55", ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
  "Re: [Ticket #INC-20417] dosen Fisika Dasar", "course_data", "id",
  cd(None, "Fisika Dasar", lecturer="Rahmat Hidayat, M.Si."), client="outlook", reply=True,
  plain="""Siang,

Menyambung tiket kemarin: dosen Fisika Dasar mohon diganti menjadi Rahmat Hidayat, M.Si. Kalau perlu konfirmasi,
hubungi saya di ext. 2104.

Rahmat
""")

M("pengumuman-proyektor-model-tanpa-kode", "2027-03-08 07:30", ("Dina Maharani", "dina.maharani@polibatam.ac.id"),
  "Pengumuman Desain Grafis", "announcement", "id",
  an("Presentasi tugas akhir semester", None, "Desain Grafis"), client="gmail",
  plain="""Halo P4M,

Tolong umumkan di course Desain Grafis ya.

Judul: Presentasi tugas akhir semester
Isi: Presentasi dilakukan di studio dengan proyektor Epson EB-X500; bawa file dalam format PDF.

Dina
""")

M("kode-terlekat-kelas-strip", "2027-03-08 10:00", ("Bayu Nugroho", "bayu.nugroho@polibatam.ac.id"),
  "Key Struktur Data", "course_data", "id",
  cd("IF2105", "Struktur Data", enrolment_key="sd-ti1b-27"), client="gmail",
  plain="""Pagi,

Course IF2105-TI1B Struktur Data, enrolment key-nya tolong diganti sd-ti1b-27.

Bayu
""")

M("kurung-siku-spasi-dalam", "2027-03-08 13:35", ("Clara Simanjuntak", "clara.simanjuntak@polibatam.ac.id"),
  "Nama course salah", "course_data", "id",
  cd("RPL 3104", "Keamanan Aplikasi", fullname="Keamanan Aplikasi Web"), client="roundcube",
  plain="""Halo,

Nama course [ RPL 3104 ] Keamanan Aplikasi mohon diubah menjadi Keamanan Aplikasi Web.

Clara
""")

M("en-subject-code-announcement", "2027-03-09 08:00", ("Thomas Becker", "thomas.becker@polibatam.ac.id"),
  "Notice for my students", "announcement", "en",
  an("Lab report deadline extended", "EE 2103", "Circuit Analysis"), client="outlook",
  plain="""Dear team,

Subject code: EE 2103 (Circuit Analysis). Please post this notice to the course now:

Title: Lab report deadline extended
Body: The deadline for lab report 3 is extended to Friday 19 March 2027.

Thomas
""")

M("kode-mk-titik-huruf-kecil", "2027-03-09 11:50", ("Nanda Putri", "nanda.putri@polibatam.ac.id"),
  "sks", "course_data", "id",
  cd("trm.2206", "termodinamika", credits="2"), client="gmail-app",
  plain="""kak, kode mk trm.2206 termodinamika sks nya di elearning ganti jadi 2 ya, tq
""")

M("en-model-number-room-no-code", "2027-03-09 15:10", ("Omar Farouk", "omar.farouk@polibatam.ac.id"),
  "Announcement: lab session moved", "announcement", "en",
  an("Lab session moved", None, "Digital Systems"), client="outlook-mac",
  plain="""Hi,

Please post in Digital Systems:

Title: Lab session moved
Body: This week's lab moves to room GU 805. Bring your own FPGA board (DE10-Lite) and Vivado 2023.2.

Omar
""")


# ================================================================ batch 2 (written after batch 1's rules, scored before any rule for it)

M("en-my-module-on-platform-is", "2027-03-15 08:05", ("Hiroshi Tanaka", "h.tanaka.guest@gmail.com"),
  "Change of lecturer", "course_data", "en",
  cd("ELK-2207", "Power Electronics", lecturer="Hiroshi Tanaka, Dr.Eng."), client="gmail",
  plain="""Good morning,

I will teach in the electrical department until June. My module on the e-learning platform is ELK-2207 Power
Electronics; please show me as its lecturer: Hiroshi Tanaka, Dr.Eng.

Kind regards,
Hiroshi Tanaka
""")

M("docx-kode-matkul-spasi", "2027-03-15 09:40", ("Jurusan Teknik Elektro", "elektro@polibatam.ac.id"),
  "Formulir perubahan data", "course_data", "id",
  cd("TRE 3201", "Sistem Kendali Digital", credits="3"), client="outlook",
  plain="""Dengan hormat,

Bersama ini kami lampirkan formulir perubahan data mata kuliah di e-learning.

Jurusan Teknik Elektro
""", att=[("docx", "formulir-perubahan.docx", [
      "FORMULIR PERUBAHAN DATA MATA KULIAH",
      [["Kode Matkul", "TRE 3201"],
       ["Nama Matkul", "Sistem Kendali Digital"],
       ["Perubahan", "SKS menjadi 3"]],
      "Batam, 15 Maret 2027",
  ])])

M("odt-course-id-titik", "2027-03-15 13:25", ("Civil Engineering Office", "civil@polibatam.ac.id"),
  "Course data change form", "course_data", "en",
  cd("CE.2104", "Soil Mechanics", shortname="SOILMECH-27"), client="thunderbird",
  plain="""Dear P4M,

Please find the change form attached.

Civil Engineering Office
""", att=[("odt", "change-form.odt", [
      "COURSE DATA CHANGE FORM",
      [["Course ID", "CE.2104"],
       ["Course name", "Soil Mechanics"],
       ["Field to change", "Short name"],
       ["New value", "SOILMECH-27"]],
  ])])

M("pdf-no-mk-spasi", "2027-03-16 08:30", ("Prodi Teknik Sipil", "sipil@polibatam.ac.id"),
  "Permohonan ganti dosen", "course_data", "id",
  cd("SIP 2205", "Mekanika Fluida", lecturer="Rudi Hartono, S.T., M.T."), client="outlook",
  plain="""Yth. P4M,

Permohonan terlampir (PDF). Terima kasih.

Prodi Teknik Sipil
""", att=[("pdf", "permohonan.pdf", [[
      "PERMOHONAN PERUBAHAN DOSEN PENGAMPU",
      "No. MK: SIP 2205",
      "Nama MK: Mekanika Fluida",
      "Dosen baru: Rudi Hartono, S.T., M.T.",
  ]])])

M("daftar-butir-satu-ditandai", "2027-03-16 10:50", ("Irfan Maulana", "irfan.maulana@polibatam.ac.id"),
  "key course", "course_data", "id",
  cd("TI2203", "Pemrograman Berorientasi Objek", enrolment_key="pbo-2b-27"), client="gmail",
  plain="""Halo P4M,

Course saya semester ini:
- TI2101 Dasar Pemrograman
- TI2203 Pemrograman Berorientasi Objek
- TI2305 Basis Data Lanjut

Yang mau diganti cuma TI2203, enrolment key-nya jadi pbo-2b-27.

Irfan
""")

M("subjek-kurung-siku-kode-spasi", "2027-03-16 14:00", ("Melati Kusuma", "melati.kusuma@polibatam.ac.id"),
  "[IF 3105] ganti dosen pengampu", "course_data", "id",
  cd("IF 3105", lecturer="Melati Kusuma, S.T., M.Kom."), client="roundcube",
  plain="""Siang,

Dosen pengampu mohon diganti menjadi Melati Kusuma, S.T., M.Kom. karena Pak Dedi sedang cuti.

Melati
""")

M("subjek-huruf-kecil-spasi-kelas", "2027-03-17 07:40", ("Yudi Pratama", "yudi.pratama@polibatam.ac.id"),
  "key rks 2201 kelas malam", "course_data", "id",
  cd("rks 2201", enrolment_key="rks-malam-27"), client="gmail-app",
  plain="""min key nya tolong ganti rks-malam-27 ya
""")

M("kode-kelas-dalam-kurung", "2027-03-17 10:15", ("Astuti Rahayu", "astuti.rahayu@polibatam.ac.id"),
  "Nama course", "course_data", "id",
  cd("MES2201", "Gambar Teknik", fullname="Gambar Teknik Mesin"), client="outlook",
  plain="""Selamat pagi,

Mohon nama course Gambar Teknik (MES2201 - kelas MES-2A) diubah menjadi Gambar Teknik Mesin.

Terima kasih,
Astuti
""")

M("kode-angkatan-tahun-kurung", "2027-03-17 13:30", ("Benny Sitompul", "benny.sitompul@polibatam.ac.id"),
  "deskripsi MK", "course_data", "id",
  cd("ME2104", "Mekanika Teknik", summary="Statika benda tegar, gaya dalam, dan tegangan pada batang."), client="zimbra",
  plain="""Pak/Bu,

Deskripsi MK ME2104 Mekanika Teknik (angkatan 2025) mohon diganti menjadi: Statika benda tegar, gaya dalam, dan tegangan pada batang.

Benny
""")

M("balasan-kutipan-kaprodi-kode", "2027-03-18 08:20", ("Fajar Siddiq", "fajar.siddiq@polibatam.ac.id"),
  "Re: dosen baru Elektronika Analog", "course_data", "id",
  cd("ELK 2210", "Elektronika Analog", lecturer="Fajar Siddiq, S.T., M.Eng."), client="thunderbird", reply=True,
  plain="""Yth. P4M, mohon dibantu sesuai email Kaprodi di bawah.

Fajar

Pada 17/03/2027 15.02, Kaprodi Elektro menulis:
> Pak Fajar,
>
> Kode MK: ELK 2210
> Nama MK: Elektronika Analog
> Mulai pekan depan pengampunya Bapak. Silakan minta P4M mengganti dosen di
> e-learning menjadi Fajar Siddiq, S.T., M.Eng.
>
> Kaprodi
""")

M("kode-dua-kali-beda-tulis", "2027-03-18 11:00", ("Gita Permata", "gita.permata@polibatam.ac.id"),
  "SKS Jaringan Komputer", "course_data", "id",
  cd("IF2206", "Jaringan Komputer", credits="3"), client="gmail",
  plain="""Halo,

SKS Jaringan Komputer IF2206 (di SIAKAD tertulis IF-2206) mohon diubah menjadi 3 di e-learning.

Gita
""")

M("nidn-nim-tiket-tanpa-kode", "2027-03-18 15:20", ("Lukas Tambunan", "lukas.tambunan@polibatam.ac.id"),
  "Re: No. Tiket 20417", "course_data", "id",
  cd(None, "Kalkulus", lecturer="Lukas Tambunan, M.Pd."), client="outlook", reply=True,
  plain="""Selamat sore,

Melanjutkan tiket REQ-2231: dosen Kalkulus di e-learning mohon diganti menjadi Lukas Tambunan, M.Pd.
(NIDN 0412058801). Mahasiswa yang melapor: NIM 4312201045.

Lukas
""")

M("ruang-kelas-bukan-kode-pengumuman", "2027-03-19 08:00", ("Rina Oktaviani", "rina.oktaviani@polibatam.ac.id"),
  "Info Kimia Dasar", "announcement", "id",
  an("Praktikum pindah ruang", None, "Kimia Dasar"), client="gmail",
  plain="""Pagi P4M,

Tolong pasang di course Kimia Dasar ya.

Judul: Praktikum pindah ruang
Isi: Praktikum kelas MJ-1A pindah dari TA 10.3 ke Lab GU 805 mulai minggu depan.

Rina
""")

M("surat-nomor-titik-tanpa-kode", "2027-03-19 10:30", ("Tata Usaha Akuntansi", "tu.akuntansi@polibatam.ac.id"),
  "Perubahan dosen pengampu", "course_data", "id",
  cd(None, "Perpajakan", lecturer="Yuliana Sari, S.E., M.Ak."), client="outlook",
  plain="""Nomor : 045/PL29.3/AK/2027
Hal   : Perubahan dosen pengampu

Yth. Kepala P4M,

Dengan ini kami mohon dosen pengampu Perpajakan di e-learning diganti menjadi Yuliana Sari, S.E., M.Ak.

Hormat kami,
Tata Usaha Akuntansi
""")

M("en-error-hex-http-ext-no-code", "2027-03-19 14:45", ("Marco Rossi", "marco.rossi@polibatam.ac.id"),
  "Key change", "course_data", "en",
  cd(None, "Machine Learning", enrolment_key="ml-spring27"), client="outlook-web",
  plain="""Hi,

Could you change the enrolment key of Machine Learning to ml-spring27? I tried from Windows 11 and got HTTP 503,
then error 0x80070005. Call me at ext 2210 if needed.

Marco
""")

M("en-announce-lower-case-code", "2027-03-22 08:15", ("Sarah Johnson", "sarah.johnson@polibatam.ac.id"),
  "quick notice", "announcement", "en",
  an("No class on Thursday", "cs 2102", "Discrete Mathematics"), client="apple",
  plain="""Hi team,

Course: cs 2102 Discrete Mathematics. Please post now:

Title: No class on Thursday
Body: There is no class this Thursday; the quiz moves to next week.

Sarah
""")

M("html-tabel-subject-code-strip", "2027-03-22 10:40", ("Daniel Wong", "daniel.wong@polibatam.ac.id"),
  "Announcement", "announcement", "en",
  an("Midterm review session", "EE-2105", "Signals and Systems"), client="outlook",
  html_body="""<html><body><p>Dear P4M,</p><p>Please post the following:</p>
<table border="1"><tr><td>Subject code</td><td>EE-2105</td></tr>
<tr><td>Subject</td><td>Signals and Systems</td></tr>
<tr><td>Title</td><td>Midterm review session</td></tr>
<tr><td>Message</td><td>A review session is held on Monday at 16.00.</td></tr></table>
<p>Thanks,<br>Daniel</p></body></html>""")

M("praktikum-strip-p-spasi", "2027-03-22 13:10", ("Wahyu Hidayat", "wahyu.hidayat@polibatam.ac.id"),
  "Ganti short name praktikum", "course_data", "id",
  cd("KIM 1101-P", "Praktikum Kimia Dasar", shortname="PKD-27"), client="gmail",
  plain="""Halo,

Mata Kuliah: Praktikum Kimia Dasar (KIM 1101-P). Short name-nya tolong diganti menjadi PKD-27.

Wahyu
""")

M("en-course-code-lower-after-name", "2027-03-23 09:00", ("Ananya Gupta", "ananya.gupta@polibatam.ac.id"),
  "credits", "course_data", "en",
  cd("acc.2103", "cost accounting", credits="4"), client="gmail",
  plain="""hello, cost accounting is wrong on elearning - the credits should be 4 not 3. course code acc.2103. thanks
""")

M("kode-nomor-hp-versi-pengumuman", "2027-03-23 11:30", ("Joko Santoso", "joko.santoso@polibatam.ac.id"),
  "Pengumuman praktikum jaringan", "announcement", "id",
  an("Instalasi Packet Tracer", "TRK2107", "Jaringan Komputer"), client="gmail",
  plain="""Siang min,

Tolong umumkan di TRK2107 Jaringan Komputer:

Judul: Instalasi Packet Tracer
Isi: Sebelum praktikum, pasang Packet Tracer 8.2.1 di laptop. Kendala hubungi asisten di 0812 7788 2104.

Joko
""")


# ================================================================ batch 3 (written after batch 2's rules, scored before any rule for it)

M("markdown-tabel-prodi-empat-huruf", "2027-03-29 08:10", ("Prodi TRPL", "trpl@polibatam.ac.id"),
  "Perubahan dosen", "course_data", "id",
  cd("TRPL-3104", "Keamanan Siber", lecturer="Nadia Putri, S.Kom., M.T."), client="gmail",
  plain="""Yth. P4M,

| Kode | Mata Kuliah | Perubahan |
|------|-------------|-----------|
| TRPL-3104 | Keamanan Siber | Dosen: Nadia Putri, S.Kom., M.T. |

Terima kasih,
Admin Prodi TRPL
""")

M("kodene-jawa-spasi", "2027-03-29 10:30", ("Slamet Riyadi", "slamet.riyadi@polibatam.ac.id"),
  "nyuwun tulung", "course_data", "id",
  cd("EL 3206", "Sistem Embedded", enrolment_key="embedded-27"), client="gmail-app",
  plain="""Mas admin, nyuwun tulung. MK Sistem Embedded, kodene EL 3206, key-nya diganti embedded-27 nggih. Matur nuwun.
""")

M("kurung-siku-titik", "2027-03-29 13:45", ("Dewi Anggraini", "dewi.anggraini@polibatam.ac.id"),
  "Semester course", "course_data", "id",
  cd("TI.2202", "Sistem Operasi", semester="4"), client="roundcube",
  plain="""Selamat siang,

Course Sistem Operasi [TI.2202] masih berada di semester 3, mohon dipindah ke semester 4.

Dewi
""")

M("en-reply-subject-only-spaced", "2027-03-30 08:00", ("Peter Halim", "peter.halim@polibatam.ac.id"),
  "Re: ME 2104 enrolment key", "course_data", "en",
  cd("ME 2104", enrolment_key="mech-2104-b"), client="apple", reply=True,
  plain="""Sorry, one more thing: please make the new key mech-2104-b, not the one I sent earlier.

Peter
""")

M("dua-tulisan-kode-siakad", "2027-03-30 10:20", ("Yoga Pratama", "yoga.pratama@polibatam.ac.id"),
  "Short name", "course_data", "id",
  cd("TRE-3104", "Elektronika Daya", shortname="ELDA-27"), client="gmail",
  plain="""Halo P4M,

Untuk course TRE-3104 Elektronika Daya (di SIAKAD: TRE3104), short name-nya tolong dibuat ELDA-27.

Yoga
""")

M("outlook-original-message-kode-di-kutipan", "2027-03-30 14:00", ("Hana Lestari", "hana.lestari@polibatam.ac.id"),
  "FW: Perubahan SKS", "course_data", "id",
  cd("KIM2103", "Kimia Analitik", credits="3"), client="outlook",
  plain="""Mohon dibantu ya, terima kasih.

Hana

-----Original Message-----
From: Sekretaris Jurusan <sekjur.kimia@polibatam.ac.id>
Sent: Tuesday, March 30, 2027 11:20 AM
To: Hana Lestari <hana.lestari@polibatam.ac.id>
Subject: Perubahan SKS MK KIM2103

Bu Hana, SKS Kimia Analitik (KIM2103) di e-learning mohon diubah menjadi 3 melalui P4M.
""")

M("kelas-ruang-ext-tanpa-kode", "2027-03-31 08:30", ("Rudy Gunawan", "rudy.gunawan@polibatam.ac.id"),
  "Dosen Pengantar Akuntansi", "course_data", "id",
  cd(None, "Pengantar Akuntansi", lecturer="Rudy Gunawan, S.E., M.Si."), client="outlook",
  plain="""Selamat pagi,

Untuk Pengantar Akuntansi kelas AK-1B dan AK-1C (ruang B 205), dosen di e-learning mohon diganti menjadi
Rudy Gunawan, S.E., M.Si. Bila ada pertanyaan silakan hubungi ext. 3105.

Rudy
""")

M("nomor-sk-nip-spasi-tanpa-kode", "2027-03-31 10:45", ("Bagian Kepegawaian", "kepegawaian@polibatam.ac.id"),
  "Penugasan dosen Ekonomi Teknik", "course_data", "id",
  cd(None, "Ekonomi Teknik", lecturer="Ir. Bambang Setiawan, M.T."), client="outlook",
  plain="""Yth. P4M,

Berdasarkan Nomor SK: 1021/PL29/KP/2027, Ir. Bambang Setiawan, M.T. (NIP. 19850621 201012 1 003)
ditugaskan mengampu Ekonomi Teknik. Mohon dosen pada course tersebut di e-learning disesuaikan.

Bagian Kepegawaian
""")

M("modul-komponen-bukan-kode-pengumuman", "2027-03-31 13:15", ("Eko Prasetyo", "eko.prasetyo@polibatam.ac.id"),
  "Pengumuman IoT", "announcement", "id",
  an("Komponen praktikum minggu depan", None, "Internet of Things"), client="gmail",
  plain="""Halo min,

Tolong umumkan di course Internet of Things ya.

Judul: Komponen praktikum minggu depan
Isi: Siapkan board ESP32 dan modul SIM800L, serta kabel jumper secukupnya.

Eko
""")

M("en-subject-code-lab-suffix", "2027-04-01 08:40", ("Laura Chen", "laura.chen@polibatam.ac.id"),
  "Lab course lecturer", "course_data", "en",
  cd("PHY-1102L", "Physics Laboratory", lecturer="Laura Chen, Ph.D."), client="outlook-mac",
  plain="""Hello,

The subject code for the Physics Laboratory is PHY-1102L. Please set the lecturer to Laura Chen, Ph.D.

Thanks,
Laura
""")

M("error-kode-db-bukan-mk", "2027-04-01 11:00", ("Taufan Akbar", "taufan.akbar@polibatam.ac.id"),
  "Ganti nama course Analisis Numerik", "course_data", "id",
  cd(None, "Analisis Numerik", fullname="Metode Numerik"), client="gmail",
  plain="""Pagi,

Saya coba ubah sendiri tapi keluar error kode DB1045. Jadi mohon nama course Analisis Numerik diubah menjadi
Metode Numerik.

Taufan
""")

M("en-several-codes-just-one", "2027-04-01 14:30", ("Kimberly Tan", "kimberly.tan@polibatam.ac.id"),
  "Description for one of my courses", "course_data", "en",
  cd("BA2202", "Marketing Management", summary="Segmentation, targeting, positioning and the marketing mix."),
  client="gmail",
  plain="""Hi P4M,

I teach BA2101 Principles of Management, BA2202 Marketing Management and BA3104 Consumer Behaviour. Just BA2202
needs a new description: Segmentation, targeting, positioning and the marketing mix.

Cheers,
Kimberly
""")

M("kode-garis-miring-kelas", "2027-04-02 08:15", ("Ahmad Fauzi", "ahmad.fauzi@polibatam.ac.id"),
  "Kunci kelas Basis Data", "course_data", "id",
  cd("TI2204", "Basis Data", enrolment_key="bd-2c-27"), client="zimbra",
  plain="""Selamat pagi,

Course Basis Data TI2204/TI-2C, key pendaftarannya mohon diganti menjadi bd-2c-27.

Ahmad
""")

M("en-announce-model-version-code", "2027-04-02 10:30", ("Victor Lee", "victor.lee@polibatam.ac.id"),
  "Post for CAD class", "announcement", "en",
  an("Software for next lab", "DM 2203", "Computer Aided Design"), client="outlook",
  plain="""Hello,

Please post this in DM 2203 Computer Aided Design:

Title: Software for next lab
Body: Install SolidWorks 2024 SP3 before Tuesday. The lab PCs (Dell OptiPlex 7010) already have it.

Victor
""")

M("kode-mk-huruf-kecil-tanpa-pemisah-tabel-tsv", "2027-04-02 13:00", ("Sekretariat Mesin", "mesin@polibatam.ac.id"),
  "koreksi sks", "course_data", "id",
  cd("mes2205", "Perawatan Mesin", credits="2"), client="gmail",
  plain="""Yth P4M,

kode mk\tnama mk\tsks baru
mes2205\tPerawatan Mesin\t2

Terima kasih
""")


# ================================================================ batch 4 (written after batch 3's rules, scored before any rule for it)

M("kode-mk-prefiks-prodi-strip", "2027-04-05 08:20", ("Admin Prodi D3 Mesin", "d3mesin@polibatam.ac.id"),
  "Perubahan SKS", "course_data", "id",
  cd("D3-MES2201", "Mekanika Teknik", credits="3"), client="outlook",
  plain="""Yth. P4M,

Kode MK: D3-MES2201
Nama MK: Mekanika Teknik
SKS di e-learning mohon diubah menjadi 3.

Admin Prodi D3 Mesin
""")

M("en-course-code-digits-first", "2027-04-05 10:00", ("Faculty Office", "faculty.office@polibatam.ac.id"),
  "Key for Electronics", "course_data", "en",
  cd("21EL2104", "Analog Electronics", enrolment_key="analog-27"), client="outlook-web",
  plain="""Hello,

Course code: 21EL2104
Course name: Analog Electronics
Please change the enrolment key to analog-27.

Faculty Office
""")

M("nama-strip-kode-titik", "2027-04-05 13:30", ("Ratna Wulandari", "ratna.wulandari@polibatam.ac.id"),
  "dosen pengampu", "course_data", "id",
  cd("IF.2208", "Rekayasa Perangkat Lunak", lecturer="Ratna Wulandari, M.Kom."), client="gmail",
  plain="""Selamat siang,

MK: Rekayasa Perangkat Lunak - IF.2208
Dosen pengampu mohon diganti menjadi Ratna Wulandari, M.Kom.

Ratna
""")

M("en-subject-id-dash", "2027-04-06 08:45", ("Graham Smith", "graham.smith@polibatam.ac.id"),
  "Semester move", "course_data", "en",
  cd("ACC 2201", "Financial Accounting", semester="3"), client="apple",
  plain="""Hi,

Subject ID - ACC 2201 (Financial Accounting). Please move it to semester 3.

Graham
""")

M("kode-titik-huruf-praktikum", "2027-04-06 11:10", ("Lab Elektro", "lab.elektro@polibatam.ac.id"),
  "Ganti key praktikum", "course_data", "id",
  cd("TRE.3201.P", "Praktikum Sistem Kendali", enrolment_key="pskd-27"), client="thunderbird",
  plain="""Halo,

KODE MK : TRE.3201.P
NAMA MK : Praktikum Sistem Kendali
Enrolment key mohon diganti menjadi pskd-27.

Lab Elektro
""")

M("nomor-rekening-hp-bukan-kode", "2027-04-06 14:20", ("Sri Handayani", "sri.handayani@polibatam.ac.id"),
  "Nama dosen Kewirausahaan", "course_data", "id",
  cd(None, "Kewirausahaan", lecturer="Sri Handayani, S.E., M.M."), client="gmail",
  plain="""Siang,

Dosen Kewirausahaan mohon diganti menjadi Sri Handayani, S.E., M.M. Honor praktisi ditransfer ke BNI 0123 4567 89,
konfirmasi ke WA 0813 6677 2201.

Sri
""")

M("en-booking-code-no-course", "2027-04-07 09:00", ("Ivan Petrov", "ivan.petrov@polibatam.ac.id"),
  "Summary for Robotics", "course_data", "en",
  cd(None, "Introduction to Robotics", summary="Kinematics, sensors and control of mobile robots."), client="outlook",
  plain="""Dear team,

Please set the summary of Introduction to Robotics to: Kinematics, sensors and control of mobile robots.
(Our lab visit is confirmed, booking code is LAB2204.)

Ivan
""")


if __name__ == "__main__":
    sys.exit(E.main())

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


if __name__ == "__main__":
    sys.exit(E.main())

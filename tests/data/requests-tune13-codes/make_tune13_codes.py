#!/usr/bin/env python3
"""Generate the thirteenth P4M helpdesk TUNING corpus, part "codes" (labelled request e-mails about course codes).

Written for the SHAPES a course code takes when people at the polytechnic type it, before any rule was changed for
them: a space or a hyphen between the letters and the digits ("IF 2204", "TRE-3201"), lower or mixed case
("if3102", "Tre3201"), a trailing letter of a practicum ("RPL3104P"), a code ending its sentence with a dot, a code
given only in the subject (at its start, in brackets), in brackets after the name, in the cells of DOCX, ODT and
HTML tables (a "Kode MK" column, a "Kode Mata Kuliah | ..." row), under labels in other words ("kd matkul",
"kodenya", "Course ID", "Subject code", "Kode/Nama MK"), beside several classes of one course; written by
part-time lecturers, students on phones and exchange staff.  The label is the code AS WRITTEN.  Near-misses must
not be read: class labels (TI-2A, MB 3B, TRE-3A Malam), rooms and labs (GU 704, Lab 3), NIM and NIP, ticket and
letter numbers, years and semesters, version numbers, times, phone numbers, Moodle ids, an HTTP error.

The message engine (clients, DOCX/ODT tables, HTML) is the reading corpus's generator, imported from
../requests-tune9-reading/make_tune9_reading.py; every body here was written by hand.
Run:  python3 make_tune13_codes.py
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


def html_table(intro, rows, outro):
    cells = "".join("<tr>%s</tr>" % "".join('<td style="border:1px solid #999;padding:2px 6px">%s</td>' % E.esc(c)
                                              for c in row) for row in rows)
    return ("<html><body>%s<table style=\"border-collapse:collapse\">%s</table>%s</body></html>"
            % ("".join("<p>%s</p>" % E.esc(p) for p in intro), cells, "".join("<p>%s</p>" % E.esc(p) for p in outro)))


# ---------------------------------------------------------------- a space or a hyphen between letters and digits

M("hp-spasi-kode-tanpa-label-key", "2027-05-03 06:40", ("Fadli Rahman", "fadli.rahman@polibatam.ac.id"),
  "enrol key", "course_data", "id",
  cd("IF 2204", "Basis Data", enrolment_key="basdatgenap27"), client="gmail-app",
  plain="""Pagi min, enrolment key Basis Data IF 2204 tolong diganti jd basdatgenap27 ya, yg lama kesebar ke
angkatan atas. Makasih min

Dikirim dari HP
""")

M("dosen-lb-kode-hyphen-kelas-malam", "2027-05-03 20:15", ("Hendra Saputra", "hendra.saputra@gmail.com"),
  "Penggantian nama pengajar", "course_data", "id",
  cd("TRE-3201", "Sistem Kendali Digital", lecturer="Ir. Hendra Saputra, M.T."), client="gmail",
  plain="""Selamat malam Bapak/Ibu P4M,

Perkenalkan, saya dosen tidak tetap (LB) di Jurusan Teknik Elektro. Semester ini saya mengampu Sistem Kendali
Digital TRE-3201 untuk kelas TRE-3A Malam, menggantikan dosen sebelumnya. Mohon nama pengajar di e-learning
diganti menjadi Ir. Hendra Saputra, M.T.

Terima kasih atas bantuannya.

Hormat saya,
Hendra Saputra
HP 0812-7766-5432
""")

M("en-exchange-subject-code-hyphen-lower", "2027-05-04 09:05", ("Lukas Becker", "lukas.becker@polibatam.ac.id"),
  "Enrolment key for my module", "course_data", "en",
  cd("mkt-3102", "Digital Marketing", enrolment_key="dm-odd27"), client="thunderbird",
  plain="""Hello,

I am the visiting lecturer from Hochschule Bremen this semester.
Subject code: mkt-3102
Subject name: Digital Marketing

Could you please change the enrolment key of this module to dm-odd27? My students are waiting for it.

Many thanks,
Lukas Becker
""")

# ---------------------------------------------------------------- lower and mixed case

M("hp-huruf-kecil-dalam-kurung-shortname", "2027-05-04 21:30", ("Rina Marlina", "rina.marlina@polibatam.ac.id"),
  "short name", "course_data", "id",
  cd("if3102", "Basis Data Lanjut", shortname="BDL-TI3A"), client="gmail-app",
  plain="""Malam kak, short name course Basis Data Lanjut (if3102) tolong diganti menjadi BDL-TI3A. Makasih kak
""")

M("huruf-campur-kode-lalu-nama-semester", "2027-05-05 08:20", ("Yudi Prasetyo", "yudi.prasetyo@polibatam.ac.id"),
  "Semester course salah", "course_data", "id",
  cd("Tre3201", "Sistem Kendali", semester="6"), client="outlook",
  plain="""Selamat pagi,

Untuk Tre3201 Sistem Kendali, mohon semester di e-learning diubah menjadi 6. Saat ini masih tercantum semester 5.

Terima kasih,
Yudi Prasetyo
""")

M("kodenya-huruf-kecil-titik-akhir", "2027-05-05 13:10", ("Siti Nurhaliza", "siti.nurhaliza@polibatam.ac.id"),
  "ganti nama dosen", "course_data", "id",
  cd("if2205", lecturer="Siti Nurhaliza, S.Kom., M.Cs."), client="gmail-app",
  plain="""Siang P4M, nama pengajar di course yg saya ampu masih dosen lama. Mohon diganti menjadi Siti Nurhaliza,
S.Kom., M.Cs. Kode matkulnya if2205.

Terima kasih
""")

# ---------------------------------------------------------------- a trailing letter, a dot

M("praktikum-huruf-p-di-akhir", "2027-05-06 10:00", ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "Enrolment key praktikum", "course_data", "id",
  cd("RPL3104P", "Praktikum Pemrograman Web", enrolment_key="pweb-prak27"), client="zimbra",
  plain="""Yth. Tim P4M,

Mohon enrolment key course Praktikum Pemrograman Web (RPL3104P) diganti menjadi pweb-prak27. Course teorinya
(RPL3104) tidak perlu diubah.

Salam,
Agus Salim
""")

M("en-lab-suffix-l-course-id", "2027-05-06 14:45", ("Priya Raman", "priya.raman@polibatam.ac.id"),
  "Lab course credits", "course_data", "en",
  cd("ELE2101L", "Circuit Analysis Lab", credits="1"), client="outlook",
  plain="""Dear helpdesk,

Course ID: ELE2101L (Circuit Analysis Lab). The e-learning page shows 2 credits, but the lab carries 1 credit
only. Please change the credits to 1.

The Moodle page is https://elearning.polibatam.ac.id/course/view.php?id=2871 in case it helps.

Kind regards,
Priya Raman
""")

M("kode-bertitik-label-kode-mk", "2027-05-07 09:30", ("Bagian Akademik Teknik Mesin", "akademik.mesin@polibatam.ac.id"),
  "Perubahan SKS", "course_data", "id",
  cd("MES.2203", "Mekanika Fluida", credits="3"), client="outlook",
  plain="""Yth. P4M,

Berdasarkan kurikulum 2027, data mata kuliah berikut perlu disesuaikan:
Kode MK : MES.2203
Nama MK : Mekanika Fluida
SKS baru : 3

Terima kasih.
Bagian Akademik Teknik Mesin
""")

# ---------------------------------------------------------------- only in the subject

M("kode-hanya-di-subjek-hyphen-mk", "2027-05-07 11:00", ("Yuli Astuti", "yuli.astuti@polibatam.ac.id"),
  "Permohonan ganti dosen MK RKS-3202", "course_data", "id",
  cd("RKS-3202", "Keamanan Jaringan", lecturer="Yuli Astuti, M.Kom."), client="gmail",
  plain="""Selamat siang,

Mohon dosen pengampu Keamanan Jaringan di e-learning diganti menjadi Yuli Astuti, M.Kom. karena pembagian
tugas mengajar sudah berubah.

Terima kasih.
""")

M("subjek-diawali-kode-spasi", "2027-05-08 07:55", ("Dedy Irawan", "dedy.irawan@polibatam.ac.id"),
  "IF 3105 - ganti nama course", "course_data", "id",
  cd("IF 3105", "Pemrograman Berbasis Objek", fullname="Pemrograman Berorientasi Objek"), client="outlook",
  plain="""Pagi,

Mohon nama course Pemrograman Berbasis Objek diubah menjadi Pemrograman Berorientasi Objek sesuai kurikulum
baru.

Terima kasih,
Dedy
""")

M("subjek-kurung-siku-pengumuman", "2027-05-08 15:20", ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "[TRE 2203] mohon umumkan kuis", "announcement", "id",
  an("Kuis 2 Mikrokontroler", code="TRE 2203", publish_at="2027-05-10T07:00:00+07:00"), client="gmail",
  plain="""Halo P4M,

Tolong pasang pengumuman ini di course saya, tayang Senin, 10 Mei 2027 pukul 07.00.

Judul: Kuis 2 Mikrokontroler
Isi: Kuis 2 dibuka Senin pukul 08.00 dan ditutup Selasa pukul 23.59. Materi: timer dan interupsi.

Terima kasih
""")

# ---------------------------------------------------------------- in tables

M("docx-tabel-kolom-kode-mk", "2027-05-10 09:10", ("Admin Prodi Teknik Elektronika", "admin.elka@polibatam.ac.id"),
  "Formulir perubahan data course", "course_data", "id",
  cd("TRE 3104", "Elektronika Daya", lecturer="Dr. Rahmat Hidayat, M.T."), client="outlook",
  plain="""Yth. P4M,

Terlampir formulir perubahan data course semester genap. Mohon diproses.

Terima kasih,
Admin Prodi Teknik Elektronika
""", att=[("docx", "formulir_perubahan_course.docx", [
      "FORMULIR PERUBAHAN DATA COURSE E-LEARNING",
      [["No", "Kode MK", "Nama MK", "Data yang diubah", "Menjadi"],
       ["1", "TRE 3104", "Elektronika Daya", "Dosen pengampu", "Dr. Rahmat Hidayat, M.T."]],
      "Batam, 10 Mei 2027",
  ])])

M("odt-baris-kode-mata-kuliah", "2027-05-10 13:40", ("Bayu Aji", "bayu.aji@polibatam.ac.id"),
  "Permohonan ganti kunci pendaftaran", "course_data", "id",
  cd("el-2203", "Sinyal dan Sistem", enrolment_key="sinyal27"), client="thunderbird",
  plain="""Selamat siang,

Permohonan saya ada di lampiran. Terima kasih.

Bayu
""", att=[("odt", "permohonan.odt", [
      "Permohonan perubahan data course",
      [["Kode Mata Kuliah", "el-2203"],
       ["Nama Mata Kuliah", "Sinyal dan Sistem"],
       ["Kunci pendaftaran baru", "sinyal27"]],
  ])])

M("outlook-html-tabel-kode-kelas-mb", "2027-05-11 10:25", ("Dra. Sri Wahyuni, M.M.", "sri.wahyuni@polibatam.ac.id"),
  "Dosen pengampu", "course_data", "id",
  cd("MB 2201", "Manajemen Operasional", lecturer="Dra. Sri Wahyuni, M.M."), client="outlook",
  html_body=html_table(
      ["Yth. Tim P4M,", "Mohon dosen pengampu mata kuliah di bawah ini diganti menjadi Dra. Sri Wahyuni, M.M."],
      [["Kode MK", "Nama MK", "Kelas"], ["MB 2201", "Manajemen Operasional", "MB 3B"]],
      ["Terima kasih.", "Sri Wahyuni"]))

# ---------------------------------------------------------------- labelled in other words

M("hp-kd-matkul-huruf-kecil-sks", "2027-05-11 19:50", ("Nanda Putri", "nanda.putri@polibatam.ac.id"),
  "sks", "course_data", "id",
  cd("ak 2103", "Akuntansi Biaya", credits="3"), client="gmail-app",
  plain="""kak mau minta tolong, kd matkul : ak 2103 nama matkul Akuntansi Biaya. sks nya di elearning tolong diubah
jd 3 ya kak, makasih
""")

M("en-course-id-spasi-bis", "2027-05-12 08:35", ("Maria Gonzalez", "maria.gonzalez@polibatam.ac.id"),
  "Course title change", "course_data", "en",
  cd("BIS 2205", "Business Intelligence", fullname="Business Intelligence and Analytics"), client="outlook",
  plain="""Good morning,

Course ID: BIS 2205
Please rename the course Business Intelligence to "Business Intelligence and Analytics" as approved by the
study programme.

Best regards,
Maria Gonzalez
""")

M("kode-nama-mk-garis-miring", "2027-05-12 14:00", ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
  "Nama singkat course", "course_data", "id",
  cd("TI 1104", "Matematika Diskrit", shortname="MATDIS-TI1"), client="zimbra",
  plain="""Yth. Admin e-learning,

Kode/Nama MK: TI 1104 / Matematika Diskrit
Mohon nama singkat diubah menjadi MATDIS-TI1.

Terima kasih.
Rudi Hartono
""")

M("kode-sesuai-siakad-dalam-kurung", "2027-05-13 09:45", ("Lina Marpaung", "lina.marpaung@polibatam.ac.id"),
  "Ringkasan course", "course_data", "id",
  cd("AK-3105", "Auditing", fullname="Auditing dan Asurans"), client="gmail",
  plain="""Selamat pagi,

Kode mata kuliah (sesuai SIAKAD): AK-3105, nama di e-learning masih Auditing. Mohon nama course diubah
menjadi Auditing dan Asurans.

Terima kasih,
Lina
""")

# ---------------------------------------------------------------- several classes of one course

M("satu-mk-tiga-kelas-kode-hyphen", "2027-05-13 16:10", ("Arif Budiman", "arif.budiman@polibatam.ac.id"),
  "Enrolment key Statistika Industri", "course_data", "id",
  cd("TI-2105", "Statistika Industri", enrolment_key="statind27"), client="gmail",
  plain="""Sore P4M,

Untuk MK Statistika Industri (TI-2105) kelas TI-2A, TI-2B dan TI-2C Malam, mohon enrolment key diganti menjadi
statind27. Satu key untuk ketiga kelas.

Terima kasih,
Arif
""")

M("en-part-time-class-code-space", "2027-05-14 10:30", ("Daniel Tan", "daniel.tan@gmail.com"),
  "Announcement for Business English", "announcement", "en",
  an("Class Moved to Room GU 705", code="BE 1102", name="Business English",
     publish_at="2027-05-17T06:00:00+07:00"), client="gmail",
  plain="""Hi P4M team,

I teach Business English (BE 1102) part-time for classes MB-1A and MB-1B. Please post this announcement on the
course page on Monday 17 May 2027 at 06:00:

Title: Class Moved to Room GU 705
Text: From this week our Monday class meets in GU 705 instead of GU 704. Same time, 08.00.

Thank you,
Daniel Tan
+62 812 6677 1234
""")

# ---------------------------------------------------------------- near-misses: nothing here is a course code

M("bukan-kode-ruang-dalam-kurung-lab", "2027-05-14 15:00", ("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
  "Pengumuman kuliah pengganti", "announcement", "id",
  an("Kuliah Pengganti Basis Data", name="Basis Data", publish_at="2027-05-17T07:00:00+07:00"), client="gmail",
  plain="""Halo P4M,

Mohon pengumuman ini dipasang di course Basis Data pada Senin, 17 Mei 2027 pukul 07.00.

Judul: Kuliah Pengganti Basis Data
Isi: Kuliah pengganti untuk kelas TI-2A diadakan Rabu pukul 13.00 di GU 704 (Lab Basis Data). Kelas MB 3B
tetap di Lab 3.

Terima kasih
""")

M("bukan-kode-nip-nim-surat-bernomor", "2027-05-15 08:00", ("Jurusan Teknik Informatika", "jti@polibatam.ac.id"),
  "Surat permohonan penggantian pengampu", "course_data", "id",
  cd(name="Interaksi Manusia dan Komputer", lecturer="Andi Wijaya, S.T., M.Eng."), client="outlook",
  plain="""Nomor : 123/PL29/TI/2027
Hal : Permohonan penggantian pengampu

Yth. Kepala P4M,

Sehubungan dengan tugas belajar Sdr. Bambang Irawan (NIP 198703152019031002), kami mohon pengampu mata
kuliah Interaksi Manusia dan Komputer di e-learning semester Genap 2026/2027 diganti menjadi Andi Wijaya, S.T.,
M.Eng.

Sebagai informasi, ketua kelas TI-3B (NIM 4312101001) sudah kami beritahu.

Ketua Jurusan Teknik Informatika
""")

M("bukan-kode-tiket-versi-error-http", "2027-05-15 11:20", ("Rahmat Siregar", "rahmat.siregar@polibatam.ac.id"),
  "Re: [P4M #1234] ganti nama course", "course_data", "id",
  cd(name="Jaringan Komputer", fullname="Jaringan Komputer Dasar"), client="gmail",
  plain="""Halo P4M,

Saya coba ganti sendiri nama course Jaringan Komputer tapi muncul error (HTTP 500) di Moodle 4.1. Mohon
dibantu: nama course tolong diubah menjadi Jaringan Komputer Dasar.

Terima kasih,
Rahmat
""")

M("bukan-kode-jam-hp-id-moodle-ta", "2027-05-16 09:00", ("Dewi Lestari", "dewi.lestari@polibatam.ac.id"),
  "Pengumuman jadwal konsultasi", "announcement", "id",
  an("Jadwal Konsultasi Tugas Akhir", name="Tugas Akhir", publish_at="2027-05-18T08:00:00+07:00"), client="zimbra",
  plain="""Yth. P4M,

Mohon pengumuman berikut dipasang di course Tugas Akhir (https://elearning.polibatam.ac.id/course/view.php?id=1234)
pada Selasa, 18 Mei 2027 pukul 08.00.

Judul: Jadwal Konsultasi Tugas Akhir
Isi: Konsultasi TA 2026/2027 semester Ganjil dibuka tiap Kamis pukul 08.00 - 11.00 di GU 805. Hubungi
WA 0813 7000 2204 untuk janji temu.

Terima kasih,
Dewi
""")

M("bukan-kode-kelas-ruang-gedung-kode-benar", "2027-05-16 14:30", ("Teguh Santoso", "teguh.santoso@polibatam.ac.id"),
  "Kelas course salah", "course_data", "id",
  cd("MES 2107", "Gambar Teknik", **{"class": "ME-2B Pagi"}), client="gmail",
  plain="""Siang min,

Course Gambar Teknik MES 2107 di e-learning masih tercatat untuk kelas ME-2A, padahal yang saya ajar ME-2B.
Kuliahnya di GU 704 (Gedung Utama lt. 7), hari Senin 08.00. Mohon kelasnya diganti menjadi ME-2B Pagi.

Terima kasih
""")

# ---------------------------------------------------------------- written after the first rules, scored before any more

M("en-exchange-name-then-code-room", "2027-05-17 10:10", ("Kenji Watanabe", "kenji.watanabe@polibatam.ac.id"),
  "Lecturer on the course page", "course_data", "en",
  cd("ME 2104", "Thermodynamics", lecturer="Dr. Kenji Watanabe"), client="apple",
  plain="""Hello helpdesk,

I have taken over Thermodynamics ME 2104 from a colleague on leave. Please change the lecturer shown on the
e-learning page to Dr. Kenji Watanabe. The lectures stay in Room B 301 on Tuesdays.

Thank you,
Kenji
""")

M("gmail-html-tabel-kolom-kode-huruf-kecil", "2027-05-17 14:50", ("Admin Prodi RKS", "admin.rks@polibatam.ac.id"),
  "SKS Kriptografi", "course_data", "id",
  cd("rks 2201", "Kriptografi", credits="2"), client="gmail",
  plain=None, html_body=html_table(
      ["Selamat siang P4M,", "SKS mata kuliah di bawah ini mohon diubah menjadi 2."],
      [["Kode", "Mata Kuliah", "SKS lama"], ["rks 2201", "Kriptografi", "3"]],
      ["Terima kasih,", "Admin Prodi RKS"]))

M("bukan-kode-rekening-ruang-kelas-hijriah", "2027-05-18 08:30", ("Nurul Aini", "nurul.aini@polibatam.ac.id"),
  "Pengumuman praktikum Kimia Dasar", "announcement", "id",
  an("Biaya Praktikum Kimia Dasar", name="Kimia Dasar", publish_at="2027-05-20T07:00:00+07:00"), client="outlook",
  plain="""Yth. Tim P4M,

Mohon pengumuman berikut dipasang di course Kimia Dasar pada Kamis, 20 Mei 2027 pukul 07.00.

Judul: Biaya Praktikum Kimia Dasar
Isi: Biaya praktikum dibayar ke rekening Bank BNI 0123 4567 89 a.n. Politeknik Negeri Batam paling lambat
sebelum libur Idul Adha 1448 H, sesuai SK Direktur Nomor 45 Tahun 2027.
Ruang kelas: GU 704

Hormat saya,
Nurul Aini
""")

M("subjek-kurung-siku-huruf-kecil-dosen", "2027-05-18 19:40", ("Bima Sakti", "bima.sakti@polibatam.ac.id"),
  "[if3102] dosen pengganti", "course_data", "id",
  cd(lecturer="Bima Sakti, M.Kom.") | {"course_code": "if3102"}, client="gmail-app",
  plain="""Malam, pengampu course ini mohon diganti menjadi Bima Sakti, M.Kom. mulai minggu depan. Makasih
""")


if __name__ == "__main__":
    sys.exit(E.main())

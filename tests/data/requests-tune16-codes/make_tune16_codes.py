#!/usr/bin/env python3
"""Generate the sixteenth P4M helpdesk TUNING corpus, part "codes" (labelled request e-mails about course codes).

Written for the GRAMMAR of a course code, before any rule was changed for it, in voices and layouts the earlier code
corpus (requests-tune13-codes) lacks: Moodle's settings screen pasted in Indonesian and in English ("Nomor ID
kursus", "Course ID number") with the value in a column; a code with the suffix of a class session or a programme
("MB2104-M", "rks3102-kk"), labelled or in brackets after the name; a current short name that opens with the code
("TM2203-2025"); letters with a digit inside ("K3L 2101"); a course whose name ends in Lab, Praktikum, Studio or
Workshop before its bracketed code; labels with typos and dots ("kdoe mk", "Kode M.K.", "kodematkul", "Course
number", "Module Code"); a code spaced around its hyphen ("IF - 2206"); a code only in the quoted earlier mail, in a
forwarded "Pesan Asli" block, in a PDF letter, in a plain-text table with a Room column.  Written by laboratory
assistants, evening-class coordinators, staff of the academic office, exchange lecturers and students on phones.
The label is the code AS WRITTEN.  Near-misses must claim no code: rooms named by a lab ("Lab Komputer 3 (GU 805)"),
classes ("MK-4A", "TI 2A"), NIDN, a decree, a letter number, tickets, an HTTP error, versions (Android 14, Office
2021, Moodle 4.5), a Zoom meeting id, phone and bank numbers, years ("UAS 2027", "PKL 2027").

The message engine (clients, DOCX/ODT/PDF, HTML) is the reading corpus's generator, imported from
../requests-tune9-reading/make_tune9_reading.py; every body here was written by hand.
Run:  python3 make_tune16_codes.py
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


# ---------------------------------------------------------------- Moodle's settings screen pasted

M("pengaturan-kursus-nomor-id-kolom", "2027-07-05 09:12", ("Teguh Santoso", "teguh.santoso@polibatam.ac.id"),
  "Tolong ubah nama kursus", "course_data", "id",
  cd("mes 1102", "Fisika Terapan", fullname="Fisika Terapan untuk Teknik"), client="roundcube",
  plain="""Siang Tim P4M,

Berikut tampilan pengaturan kursus saya (saya hanya bisa melihat, tombol simpan tidak ada):

Nama lengkap kursus        Fisika Terapan
Nama singkat kursus        FISTER
Kategori kursus            Teknik Mesin
Nomor ID kursus            mes 1102

Nama lengkap kursus mohon diganti menjadi Fisika Terapan untuk Teknik. Yang lain tetap.

Salam,
Teguh Santoso
""")

M("en-course-id-number-inline-moodle-id", "2027-07-05 14:40", ("Henrik Lund", "henrik.lund@polibatam.ac.id"),
  "Enrolment key, Power Systems", "course_data", "en",
  cd("ELK-3204", "Power Systems", enrolment_key="psys-odd27"), client="outlook-mac",
  plain="""Hi there,

For my course Power Systems (Moodle id=3310, course ID number ELK-3204) please set the enrolment key to
psys-odd27. The old key was shared in last year's WhatsApp group.

Cheers,
Henrik Lund
Visiting lecturer, Electrical Engineering
""")

M("en-settings-id-number-tab", "2027-07-06 08:05", ("Academic Office Mechanical", "akademik.mesin@polibatam.ac.id"),
  "Course settings correction", "course_data", "en",
  cd("MES 2210", "Heat Transfer", credits="2"), client="outlook",
  plain="""Dear P4M,

The settings page of this course currently reads:

Course full name:    Heat Transfer
Course short name:   HT-2027
Course ID number:    MES 2210
Credits (custom field):  3

The credits should be 2 according to the 2027 curriculum. Please correct.

Regards,
Academic Office, Mechanical Engineering
""")

# ---------------------------------------------------------------- a class session's or a programme's suffix

M("kode-mk-sufiks-m-kelas-malam", "2027-07-06 19:30", ("Koordinator Kelas Malam", "kelasmalam@polibatam.ac.id"),
  "Pengampu kelas malam", "course_data", "id",
  cd("MB2104-M", "Manajemen Pemasaran", lecturer="Rudi Hartono, S.E., M.M."), client="zimbra",
  plain="""Yth. P4M,

Untuk kelas karyawan (malam) mohon pengampu di e-learning diganti:

Kode MK     : MB2104-M
Nama MK     : Manajemen Pemasaran
Pengampu baru : Rudi Hartono, S.E., M.M.

Terima kasih,
Koordinator Kelas Malam
""")

M("kurung-sufiks-p-kelas-pagi-pengumuman", "2027-07-07 06:15", ("Lina Marpaung", "lina.marpaung@yahoo.co.id"),
  "umumkan ya pak", "announcement", "id",
  an("Kuis Statistika Dipindah", code="MB1203-P", name="Statistika Bisnis",
     publish_at="2027-07-08T06:00:00+07:00"), client="yahoo",
  plain="""pagi pak, mohon dibuatkan pengumuman di course Statistika Bisnis kelas pagi (MB1203-P)
judul: Kuis Statistika Dipindah
isi: kuis minggu ini pindah ke hari Jumat karena Kamis tanggal merah.
tayang besok jam 6 pagi. makasih pak

lina

Dikirim dari Yahoo Mail di Android
""")

M("hp-kode-sufiks-kk-huruf-kecil", "2027-07-07 21:02", ("Fajar Nugroho", "fajar.nugroho@polibatam.ac.id"),
  "key matkul", "course_data", "id",
  cd("rks3102-kk", "Kriptografi", enrolment_key="kripto-kk27"), client="gmail-app",
  plain="""min kode mk: rks3102-kk (Kriptografi kelas karyawan), key nya tolong ganti jd kripto-kk27. thx
""")

M("nama-lalu-kode-sufiks-m-tanpa-kurung", "2027-07-08 20:45", ("Desi Ratnasari", "desi.ratnasari@gmail.com"),
  "Dosen Perpajakan", "course_data", "id",
  cd("AKT2203-M", "Perpajakan", lecturer="Desi Ratnasari, S.E., M.Ak."), client="gmail",
  plain="""Selamat malam,

Saya dosen LB baru untuk Perpajakan AKT2203-M. Mohon nama dosen di course diganti menjadi Desi Ratnasari, S.E.,
M.Ak. karena mahasiswa masih melihat nama dosen semester lalu.

Terima kasih.
Desi
""")

# ---------------------------------------------------------------- the code inside the current short name

M("nama-singkat-sekarang-kode-tahun", "2027-07-09 10:20", ("Yogi Pratama", "yogi.pratama@polibatam.ac.id"),
  "nama singkat Termodinamika", "course_data", "id",
  cd("TM2203", "Termodinamika", shortname="TM2203-2027"), client="thunderbird",
  plain="""Selamat siang,

Nama singkat course Termodinamika sekarang masih TM2203-2025. Mohon diganti menjadi TM2203-2027.

Terima kasih,
Yogi
""")

# ---------------------------------------------------------------- letters with a digit inside

M("kode-huruf-angka-k3l-form", "2027-07-09 13:35", ("Bagian Akademik Teknik Mesin", "akademik.mesin@polibatam.ac.id"),
  "Perubahan SKS K3", "course_data", "id",
  cd("K3L 2101", "Keselamatan dan Kesehatan Kerja", credits="2"), client="outlook",
  plain="""Yth. P4M,

Mohon penyesuaian data mata kuliah berikut:
Kode Mata Kuliah : K3L 2101
Nama Mata Kuliah : Keselamatan dan Kesehatan Kerja
SKS              : 2 (di e-learning tertulis 3)

Terima kasih.
""")

M("subjek-kurung-siku-k3l-tanpa-spasi", "2027-07-10 07:50", ("Ari Wibowo", "ari.wibowo@polibatam.ac.id"),
  "[K3L1103] ganti dosen", "course_data", "id",
  cd("K3L1103", lecturer="Ari Wibowo, S.T., M.T."), client="gmail-app",
  plain="""Pagi, pengampu course ini mohon diganti menjadi Ari Wibowo, S.T., M.T. mulai semester ini. Tks
""")

# ---------------------------------------------------------------- a name ending in Lab, Praktikum, Studio, Workshop

M("en-lab-assistant-name-ends-lab", "2027-07-12 16:10", ("Sophie Martin", "sophie.martin@polibatam.ac.id"),
  "Announcement for the lab course", "announcement", "en",
  an("Lab 4 report deadline extended", code="EMB 3201", name="Embedded Systems Lab"), client="apple",
  plain="""Hello P4M,

I'm the lab assistant for Embedded Systems Lab (EMB 3201). Could you post this in the course, please?

Title: Lab 4 report deadline extended
Text: The Lab 4 report may be submitted until Friday 23:59. The usual template applies.

Thank you,
Sophie
""")

M("praktikum-bengkel-las-kurung-huruf-kecil", "2027-07-13 08:25", ("Joko Susilo", "joko.susilo@polibatam.ac.id"),
  "Key praktikum las", "course_data", "id",
  cd("mes 1105", "Praktikum Bengkel Las", enrolment_key="las-ganjil27"), client="zimbra",
  plain="""Selamat pagi P4M,

Enrolment key Praktikum Bengkel Las (mes 1105) mohon diganti menjadi las-ganjil27.

Terima kasih,
Joko Susilo
Teknisi Bengkel Las
""")

M("studio-desain-kurung-hyphen-dosen", "2027-07-13 11:40", ("Maya Kusuma", "maya.kusuma@polibatam.ac.id"),
  "Pengampu Studio Desain Grafis", "course_data", "id",
  cd("DKV-2104", "Studio Desain Grafis", lecturer="Maya Kusuma, M.Ds."), client="outlook-mac",
  plain="""Halo P4M,

Mohon dosen pengampu Studio Desain Grafis (DKV-2104) di e-learning diganti menjadi Maya Kusuma, M.Ds.

Terima kasih,
Maya
""")

M("bukan-kode-lab-komputer-ruang-kurung", "2027-07-14 09:00", ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
  "Pengumuman pindah ruang Basis Data", "announcement", "id",
  an("Kuliah Basis Data Pindah Ruang", name="Basis Data", publish_at="2027-07-15T07:00:00+07:00"),
  client="outlook",
  plain="""Yth. Tim P4M,

Mohon pasang pengumuman di course Basis Data, tayang Kamis, 15 Juli 2027 pukul 07.00.

Judul: Kuliah Basis Data Pindah Ruang
Isi: Mulai minggu ini kuliah Basis Data pindah ke Lab Komputer 3 (GU 805), praktikum tetap di Workshop lantai 2
(TA 1204).

Terima kasih,
Rahmat Hidayat
""")

# ---------------------------------------------------------------- labels with typos and dots

M("hp-kdoe-mk-typo-huruf-kecil", "2027-07-14 22:15", ("Intan Permata", "intan.permata@students.polibatam.ac.id"),
  "ganti key matkul", "course_data", "id",
  cd("tre2207", enrolment_key="mikro2207"), client="gmail-app",
  plain="""kak, kdoe mk nya tre2207. kata pak dosen key nya mau diganti jd mikro2207, minta tolong diubah ya kak.
makasih kak
""")

M("form-kode-m-k-titik-hyphen-spasi", "2027-07-15 10:05", ("Admin Prodi Elektro", "admin.elektro@polibatam.ac.id"),
  "Permohonan perubahan data course", "course_data", "id",
  cd("IF - 2206", "Sistem Digital", semester="3"), client="notes",
  plain="""Kepada Yth. Tim P4M

Dengan hormat, mohon perubahan data course sebagai berikut.

Kode M.K.   : IF - 2206
Nama M.K.   : Sistem Digital
Semester    : 3 (saat ini tercatat semester 4)

Hormat kami,
Admin Prodi Elektro
""")

M("kodematkul-menempel-titik-dua", "2027-07-15 19:20", ("Rizky Ananda", "rizky.ananda@students.polibatam.ac.id"),
  "nama dosen salah", "course_data", "id",
  cd("ak2202", lecturer="Dr. Wahyu Prasetyo, M.Si."), client="gmail-app",
  plain="""malam min, kodematkul:ak2202. nama dosennya di elearning msh dosen lama, harusnya Dr. Wahyu Prasetyo, M.Si.
makasih min
""")

M("en-course-number-lowercase-spaced", "2027-07-16 09:45", ("Amelia Ross", "amelia.ross@polibatam.ac.id"),
  "Course summary update", "course_data", "en",
  cd("mkt 2205", "Consumer Behaviour",
     summary="An introduction to how consumers choose, buy and use products and services."), client="outlook-web",
  plain="""Good morning,

Course number: mkt 2205 (Consumer Behaviour). Please replace the course summary with:
An introduction to how consumers choose, buy and use products and services.

Best regards,
Amelia Ross
""")

M("en-module-code-capitals-table-line", "2027-07-16 13:30", ("Daniel Okafor", "daniel.okafor@polibatam.ac.id"),
  "Change of lecturer", "course_data", "en",
  cd("BIS 2103", "Business Statistics", lecturer="Dr. Daniel Okafor"), client="outlook",
  plain="""Dear Helpdesk,

Module Code - BIS 2103
Module Title - Business Statistics

From this semester the lecturer is Dr. Daniel Okafor instead of Mr. Hadi. Please update the course.

Kind regards,
Daniel Okafor
""")

# ---------------------------------------------------------------- tables and documents

M("ascii-tabel-course-code-kolom-room", "2027-07-19 08:40", ("Grace Tan", "grace.tan@polibatam.ac.id"),
  "Enrolment keys for two groups", "course_data", "en",
  cd("mkt 3201", "Brand Management", enrolment_key="brand-27"), client="thunderbird",
  plain="""Hello,

Please set the enrolment key of this course to brand-27:

| Room   | Course Code | Course           | Day     |
|--------|-------------|------------------|---------|
| GU 704 | mkt 3201    | Brand Management | Tuesday |

Thanks,
Grace
""")

M("html-tabel-ruang-dulu-lalu-kode", "2027-07-19 14:00", ("Siska Amelia", "siska.amelia@polibatam.ac.id"),
  "Ganti nama pengajar", "course_data", "id",
  cd("EL 3201", "Sistem Tenaga Listrik", lecturer="Siska Amelia, M.T."), client="outlook",
  html_body=html_table(
      ["Yth. P4M,", "Mohon nama pengajar course di bawah ini diganti menjadi Siska Amelia, M.T."],
      [["Ruang", "Kode MK", "Mata Kuliah", "Hari"], ["GU 805", "EL 3201", "Sistem Tenaga Listrik", "Rabu"]],
      ["Terima kasih.", "Siska"]))

M("pdf-surat-nomor-kode-mata-kuliah", "2027-07-20 10:30", ("Tata Usaha Jurusan Teknik Elektro", "tu.elektro@polibatam.ac.id"),
  "Surat permohonan perubahan pengampu", "course_data", "id",
  cd("TRE 2104", "Rangkaian Listrik", lecturer="Ir. Bambang Setiawan, M.T."), client="outlook",
  plain="""Yth. Tim P4M,

Terlampir surat permohonan perubahan dosen pengampu. Mohon ditindaklanjuti.

Terima kasih,
Tata Usaha Jurusan Teknik Elektro
""", att=[("pdf", "surat_perubahan_pengampu.pdf", [[
      "Nomor   : 215/PL29.4/TU/2027",
      "Perihal : Perubahan dosen pengampu",
      "Dengan hormat, bersama ini kami mohon perubahan dosen pengampu:",
      "Kode Mata Kuliah : TRE 2104",
      "Nama Mata Kuliah : Rangkaian Listrik",
      "Dosen pengampu baru : Ir. Bambang Setiawan, M.T.",
      "Batam, 20 Juli 2027",
  ]])])

# ---------------------------------------------------------------- the code only in the quoted or forwarded mail

M("balasan-kode-hanya-di-kutipan", "2027-07-20 15:55", ("Nia Kurniasih", "nia.kurniasih@polibatam.ac.id"),
  "Re: Enrolment key Akuntansi Manajemen", "course_data", "id",
  cd("AKM 3101", "Akuntansi Manajemen", enrolment_key="akm-baru27"), client="gmail", reply=True,
  plain="""Maaf, key yang saya kirim tadi ternyata sudah dipakai kelas lain. Tolong pakai akm-baru27 saja.

Nia

Pada Sel, 20 Jul 2027 pukul 14.10 Nia Kurniasih <nia.kurniasih@polibatam.ac.id>
menulis:
""" + E.q("""Yth. P4M,

Mohon enrolment key Akuntansi Manajemen (kode MK: AKM 3101) diganti menjadi akm-ganjil27.

Terima kasih,
Nia"""))

M("teruskan-pesan-asli-kode-mata-kuliah", "2027-07-21 08:10", ("Sekretariat Prodi Logistik", "logistik@polibatam.ac.id"),
  "TR: perubahan nama course", "course_data", "id",
  cd("LOG 2106", "Manajemen Gudang", fullname="Manajemen Pergudangan"), client="outlook",
  plain="""Mohon bantuannya.

-----Pesan Asli-----
Dari: Hendra Gunawan <hendra.gunawan@polibatam.ac.id>
Dikirim: Selasa, 20 Juli 2027 16.02
Kepada: Sekretariat Prodi Logistik <logistik@polibatam.ac.id>
Subjek: perubahan nama course

Bu, tolong diteruskan ke P4M: kode mata kuliah LOG 2106, nama course Manajemen Gudang mohon diubah menjadi
Manajemen Pergudangan sesuai kurikulum baru.

Terima kasih,
Hendra
""")

# ---------------------------------------------------------------- a true code among versions, meetings and numbers

M("en-seb-versi-android-kode-benar", "2027-07-21 13:15", ("Lars Nielsen", "lars.nielsen@polibatam.ac.id"),
  "Exam announcement - Software Testing", "announcement", "en",
  an("Final exam uses Safe Exam Browser", code="IF 3202", name="Software Testing"), client="apple",
  plain="""Dear helpdesk,

Please post an announcement in Software Testing (course code IF 3202):

Title: Final exam uses Safe Exam Browser
Text: The final exam runs in Safe Exam Browser 3.7. Install it before the exam. Phones on Android 14 or iOS 17
cannot run it, so bring a laptop with Windows 11 or Office 2021 removed from startup.

Thanks,
Lars
""")

M("zoom-id-passcode-kode-dari-subjek", "2027-07-22 07:30", ("Wahyuni Siregar", "wahyuni.siregar@polibatam.ac.id"),
  "Pengumuman kuliah daring - ELK 2103", "announcement", "id",
  an("Kuliah Daring Pekan 6", code="ELK 2103", publish_at="2027-07-23T07:00:00+07:00"), client="gmail",
  plain="""Pagi P4M,

Mohon pengumuman ini ditayangkan besok pukul 07.00.

Judul: Kuliah Daring Pekan 6
Isi: Kuliah pekan 6 lewat Zoom. Meeting ID 845 1234 5678, passcode 2027. Kalau ada kendala hubungi WA 0812 6677
8899.

Terima kasih,
Wahyuni
""")

# ---------------------------------------------------------------- near-misses: no code at all

M("bukan-kode-sk-nidn-nomor-surat", "2027-07-22 11:20", ("Bagian Kepegawaian", "kepegawaian@polibatam.ac.id"),
  "Perubahan pengampu sesuai SK", "course_data", "id",
  cd(name="Kalkulus I", lecturer="Dr. Siti Aminah, M.Si."), client="outlook",
  plain="""Yth. P4M,

Sesuai SK Direktur No. 1123 Tahun 2027 dan surat nomor B/412/PL29/KP.02/2027, dosen pengampu course Kalkulus I
mohon diganti menjadi Dr. Siti Aminah, M.Si. (NIDN 1002038703).

Terima kasih,
Bagian Kepegawaian
""")

M("bukan-kode-kelas-mk-4a-angkatan", "2027-07-23 09:50", ("Eko Saputra", "eko.saputra@polibatam.ac.id"),
  "Pengumuman Robotika", "announcement", "id",
  an("Praktikum Robotika Diganti", name="Robotika"), client="gmail-app",
  plain="""Pagi P4M, tolong umumkan di course Robotika untuk kelas MK-4A, MK-4B dan TI 2A (angkatan 2024):

Judul: Praktikum Robotika Diganti
Isi: Praktikum minggu ini diganti tugas mandiri, modul ada di e-learning.

Makasih
Eko
""")

M("bukan-kode-tiket-error-versi-moodle", "2027-07-23 14:35", ("Budi Santika", "budi.santika@polibatam.ac.id"),
  "Re: [Tiket #20274] nama course", "course_data", "id",
  cd(name="Pemrograman Mobile", fullname="Pemrograman Perangkat Bergerak"), client="outlook", reply=True,
  plain="""Selamat siang,

Menyambung tiket REQ 4471: waktu saya coba ubah sendiri keluar Error 503 di Moodle 4.5.2. Jadi mohon nama course
Pemrograman Mobile diganti menjadi Pemrograman Perangkat Bergerak oleh P4M saja.

Terima kasih,
Budi
""")

M("bukan-kode-rekening-tahun-ujian", "2027-07-26 08:00", ("Dewi Lestari", "dewi.lestari@polibatam.ac.id"),
  "Pengumuman biaya sertifikasi", "announcement", "id",
  an("Pembayaran Sertifikasi Kerja Praktik", name="Kerja Praktik", publish_at="2027-07-27T08:00:00+07:00"),
  client="outlook",
  plain="""Yth. Tim P4M,

Mohon pasang pengumuman di course Kerja Praktik pada Selasa, 27 Juli 2027 pukul 08.00.

Judul: Pembayaran Sertifikasi Kerja Praktik
Isi: Peserta PKL 2027 membayar sertifikasi ke rekening BSI 7012 3456 78 sebelum UAS 2027. Pertanyaan ke ext 2104.

Hormat saya,
Dewi Lestari
""")

M("bukan-kode-kode-baru-sebagai-nilai", "2027-07-26 13:10", ("Hana Pertiwi", "hana.pertiwi@polibatam.ac.id"),
  "Short name Kimia Analitik", "course_data", "id",
  cd(name="Kimia Analitik", shortname="KA2205-B"), client="roundcube",
  plain="""Siang min,

Short name course Kimia Analitik tolong diganti jadi KA2205-B ya, biar beda dengan kelas A.

Makasih,
Hana
""")


# ================================================================ batch 2, written after the first rules, scored
# on them before any further change

M("en-settings-label-line-value-next-line", "2027-07-27 10:15", ("Olivia Brandt", "olivia.brandt@polibatam.ac.id"),
  "Course key please", "course_data", "en",
  cd("RKS 3106", "Network Forensics", enrolment_key="nf-2027b"), client="outlook-web",
  plain="""Hi,

I copied this from the course settings:

Course full name
Network Forensics
Course ID number
RKS 3106

Please change its enrolment key to nf-2027b.

Thanks,
Olivia
""")

M("kode-mk-sufiks-rpl-tiga-huruf", "2027-07-27 15:40", ("Sekretariat RPL", "rpl.sekretariat@polibatam.ac.id"),
  "Permohonan perubahan dosen kelas RPL", "course_data", "id",
  cd("AK2105-RPL", "Akuntansi Sektor Publik", lecturer="Dra. Yusnita, M.Ak."), client="zimbra",
  plain="""Yth. P4M,

Mohon bantuan perubahan dosen untuk kelas Rekognisi Pembelajaran Lampau:
kode MK AK2105-RPL, Akuntansi Sektor Publik, dosen pengampu menjadi Dra. Yusnita, M.Ak.

Terima kasih,
Sekretariat RPL
""")

M("bukan-kode-praktikum-di-lab-akuntansi", "2027-07-28 07:20", ("Ratna Dewi", "ratna.dewi@polibatam.ac.id"),
  "Pengumuman praktikum Akuntansi Komputer", "announcement", "id",
  an("Praktikum Akuntansi Komputer Pekan 3", name="Akuntansi Komputer"), client="gmail",
  plain="""Pagi P4M,

Tolong pasang di course Akuntansi Komputer:

Judul: Praktikum Akuntansi Komputer Pekan 3
Isi: Kelas AK-1A pagi praktikum di Lab Akuntansi (GU 705), kelas AK-1B di ruang B 305. Bawa flashdisk.

Makasih,
Ratna
""")

M("nama-praktikum-laboratorium-kurung-hyphen-kecil", "2027-07-28 11:05", ("Andi Firmansyah", "andi.firmansyah@polibatam.ac.id"),
  "Kunci praktikum fisika", "course_data", "id",
  cd("fis-1103", "Praktikum Laboratorium Fisika", enrolment_key="fisika-lab27"), client="gmail-app",
  plain="""Siang min, key course Praktikum Laboratorium Fisika (fis-1103) minta diganti jadi fisika-lab27 ya. Makasih
""")

M("kode-k3-spasi-tanpa-huruf-akhir", "2027-07-29 09:30", ("Sri Mulyani", "sri.mulyani@polibatam.ac.id"),
  "Perubahan nama MK K3", "course_data", "id",
  cd("K3 1201", "Dasar K3", fullname="Dasar Keselamatan dan Kesehatan Kerja"), client="outlook",
  plain="""Yth. Tim P4M,

Kode MK: K3 1201
Nama MK saat ini: Dasar K3
Mohon nama lengkap diganti menjadi Dasar Keselamatan dan Kesehatan Kerja.

Terima kasih,
Sri Mulyani
""")

M("balasan-tiket-subjek-kode-akhir", "2027-07-29 14:50", ("Bayu Setiadi", "bayu.setiadi@polibatam.ac.id"),
  "Re: [P4M #4471] Re: key IF 2208", "course_data", "id",
  cd("IF 2208", enrolment_key="ifkey-2208b"), client="gmail", reply=True,
  plain="""Maaf min, ternyata key-nya masih bocor. Tolong ganti lagi menjadi ifkey-2208b.

Bayu
""")


# ================================================================ batch 3: regional possessives and a slash-glued name,
# scored on the rules of batch 2 before any change

M("jawa-kodene-huruf-kecil-spasi", "2027-07-30 19:45", ("Slamet Riyadi", "slamet.riyadi@polibatam.ac.id"),
  "nyuwun tulung key", "course_data", "id",
  cd("elk 2206", enrolment_key="elk-genap27"), client="gmail-app",
  plain="""Sugeng dalu mas admin, kodene elk 2206. Key e-learning tulung diganti dados elk-genap27 nggih. Matur nuwun
""")

M("betawi-kodenye-hyphen", "2027-07-31 08:25", ("Bang Rojali", "rojali.m@polibatam.ac.id"),
  "tolong bang dosennye", "course_data", "id",
  cd("mb-2207", lecturer="Rojali Marzuki, S.E., M.M."), client="gmail-app",
  plain="""Bang, kodenye mb-2207. Nama dosennye di e-learning tolong ganti jadi Rojali Marzuki, S.E., M.M. ya bang,
makasih
""")

M("kop-surat-nama-garis-miring-kode", "2027-08-02 09:00", ("Kantor Direktur", "direktur@polibatam.ac.id"),
  "Perubahan pengampu mata kuliah", "course_data", "id",
  cd("TRE 2110", "Elektronika Analog", lecturer="Dr. Hendri Gunawan, M.T."), client="outlook",
  plain="""POLITEKNIK NEGERI BATAM
Jl. Ahmad Yani, Batam Centre, Batam 29461

Nomor    : 311/PL29/DIR/2027
Perihal  : Perubahan pengampu

Yth. Kepala P4M,

Mata kuliah Elektronika Analog/TRE 2110 mulai semester ini diampu oleh Dr. Hendri Gunawan, M.T. Mohon data
pengampu di e-learning disesuaikan.

Direktur
""")


if __name__ == "__main__":
    sys.exit(E.main())

#!/usr/bin/env python3
"""Generate the thirteenth P4M helpdesk TUNING corpus, about requested changes (labelled request e-mails).

Written after the held-out part8 was opened as requests-tune12, in other words, voices and layouts than its
mails, for the kinds of change it showed: bare old/new lines ("lama:/baru:", "Semula/Menjadi", "Before/After")
under a sentence or a subject that names the one field to change; before/after tables whose rows that stay the
same ("(tetap)", the same value twice) are not changes; the writer's own correction with the correcting word
before the field ("yang benar shortname-nya X, bukan Y", "koreksi: harusnya dosennya X"); a number written for
the semester while a word for the kind of semester stands in a later sentence ("ke semester ganjil"); "maaf, yang
benar ..." over labelled lines; and near-misses for the shapes claimed too eagerly: a connector that is a
conjunction ("jadi" = so), an adjective after a cue ("kelas malam", "semester genap nanti"), a class code where a
short name is asked, a date after a change verb, the person addressed after a verb ("diganti ya Bu Rina").

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py;
every body here was written by hand, and the batch was scored before any rule was changed for it.
Run:  python3 make_tune13_changes.py
"""

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 51}
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


def table(rows):
    cells = "".join(
        "<tr>%s</tr>\n" % "".join('<td><p class="MsoNormal">%s</p></td>' % html.escape(cell) for cell in row)
        for row in rows
    )
    return '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">\n%s</table>\n' % cells


def p(text=""):
    return '<p class="MsoNormal">%s<o:p></o:p></p>\n' % (html.escape(text) if text else "&nbsp;")


# ---------------------------------------------------------------- bare old/new lines, the field named above

M("semula-menjadi-di-bawah-kalimat", "2027-05-03 08:20:00",
  ("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
  "Mohon bantuan perubahan MK",
  """Selamat pagi Bapak/Ibu,

Kami mohon judul mata kuliah Manajemen Proyek (MB3105) di e-learning disesuaikan dengan kurikulum
yang baru, untuk semua kelas.

Semula  : Manajemen Proyek
Menjadi : Manajemen Proyek Bisnis

Terima kasih atas kerja samanya.

Fitri Handayani
Admin Prodi Manajemen Bisnis
""", "course_data", "id", cd("MB3105", "Manajemen Proyek", fullname="Manajemen Proyek Bisnis"), client="zimbra")

M("en-before-after-lines-key", "2027-05-03 10:05:00",
  ("Grace Lim", "grace.lim@polibatam.ac.id"),
  "Enrolment key for Digital Marketing",
  """Hello P4M,

Students of another class got hold of the enrolment key for Digital Marketing (MB2207), so I would like
it replaced.

Before: dm2026
After: DigiMkt#27

Many thanks,
Grace Lim
""", "course_data", "en", cd("MB2207", "Digital Marketing", enrolment_key="DigiMkt#27"), client="thunderbird")

M("subjek-nama-lama-baru-saja", "2027-05-04 07:40:00",
  ("Hendra Gunawan", "hendra.gunawan@polibatam.ac.id"),
  "Perubahan nama course Mekanika Teknik",
  """Pagi tim P4M,

Untuk course TM1203:
lama = Mekanika Teknik
baru = Mekanika Teknik dan Statika

Kurikulum baru sudah berlaku semester ini. Terima kasih.

Hendra
""", "course_data", "id", cd("TM1203", "Mekanika Teknik", fullname="Mekanika Teknik dan Statika"), client="gmail")

M("hp-lama-baru-dosen-arah", "2027-05-04 19:10:00",
  ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
  "dosen MK Akuntansi Keuangan",
  """min tolong dosen di course Akuntansi Keuangan (AK2101) diganti ya, SK nya udah keluar

lama - Drs. Wahyu Prasetyo
baru - Meliana Sitorus, S.E., M.Ak.

makasih min
""", "course_data", "id", cd("AK2101", "Akuntansi Keuangan", lecturer="Meliana Sitorus, S.E., M.Ak."), client="iphone")

M("lama-baru-dua-field-disebut-tanpa-nilai", "2027-05-05 09:00:00",
  ("Yusuf Effendi", "yusuf.effendi@polibatam.ac.id"),
  "Perubahan data course Fisika Terapan",
  """Selamat pagi,

Mohon nama MK dan kode singkat course Fisika Terapan (FT1102) diperbarui.

lama: Fisika Terapan
baru: Fisika Teknik

Kode singkatnya nanti saya kirim menyusul setelah rapat prodi.

Salam,
Yusuf
""", "course_data", "id", cd("FT1102", "Fisika Terapan", fullname="Fisika Teknik"), client="gmail")

M("lama-baru-jadwal-lalu-dosen", "2027-05-05 13:30:00",
  ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "Jadwal kuliah Kimia Dasar pindah",
  """Yth. P4M,

Sekadar informasi, jadwal tatap muka Kimia Dasar (KM1101) kelas TK-1A pindah hari.

lama: Selasa 08.00
baru: Kamis 10.00

Selain itu, mohon dosen pengampu di course tersebut diganti menjadi Rahmawati, S.Si., M.Si. Terima kasih.

Wulan
""", "course_data", "id", cd("KM1101", "Kimia Dasar", lecturer="Rahmawati, S.Si., M.Si."), client="outlook")

# ---------------------------------------------------------------- before/after tables, rows that stay the same

M("tabel-sebelum-sesudah-kode-sama", "2027-05-06 10:15:00",
  ("Admin Prodi Teknik Sipil", "admin.sipil@polibatam.ac.id"),
  "Koreksi data MK Hidrologi",
  "", "course_data", "id", cd("TS2205", "Hidrologi", lecturer="Ir. Agus Salim, M.T."), client="outlook",
  html_body=p("Yth. Tim P4M,") + p() + p("Mohon data course berikut disesuaikan:") + p()
  + table([["Data", "Sebelum", "Sesudah"],
           ["Kode MK", "TS2205", "TS2205"],
           ["Nama MK", "Hidrologi", "Hidrologi (tidak berubah)"],
           ["Dosen", "Dra. Lina Marlina", "Ir. Agus Salim, M.T."]])
  + p() + p("Terima kasih.") + p("Admin Prodi Teknik Sipil"))

M("en-table-current-requested-same-shortname", "2027-05-06 14:00:00",
  ("Programme Office Mechatronics", "mekatronika@polibatam.ac.id"),
  "Course data correction - Robotics",
  "", "course_data", "en", cd(name="Robotics", credits="4"), client="outlook",
  html_body=p("Dear P4M team,") + p() + p("Please correct the course below on the e-learning site:") + p()
  + table([["Field", "Current", "Requested"],
           ["Short name", "MK3301-ROB", "MK3301-ROB (no change)"],
           ["Credits", "3", "4"]])
  + p() + p("Kind regards,") + p("Programme Office Mechatronics"))

M("tabel-lama-baru-semua-tetap-kecuali-kelas", "2027-05-07 08:45:00",
  ("Sekretariat Jurusan Elektro", "sekjur.elektro@polibatam.ac.id"),
  "Perubahan kelas MK Instalasi Listrik",
  "", "course_data", "id", cd("EL2208", "Instalasi Listrik", **{"class": "EL-2B Malam"}), client="outlook",
  html_body=p("Selamat pagi,") + p() + p("Mohon perubahan data course Instalasi Listrik:") + p()
  + table([["Item", "Lama", "Baru"],
           ["Kode", "EL2208", "sama"],
           ["Kelas", "EL-2 Malam", "EL-2B Malam"],
           ["Semester", "4", "4"]])
  + p() + p("Terima kasih,") + p("Sekretariat Jurusan Teknik Elektro"))

# ---------------------------------------------------------------- own correction, the correcting word before the field

M("ralat-yang-benar-kode-singkat", "2027-05-07 21:05:00",
  ("Tommy Kurniawan", "tommy.kurniawan@polibatam.ac.id"),
  "Re: ganti kode singkat Sistem Operasi",
  """Mohon maaf min, yang benar kode singkatnya SO-TI2A-27, bukan SO-TI2A-2027 yang saya kirim tadi sore.

Tommy

Pada Jum, 7 Mei 2027 pukul 16.02 Tommy Kurniawan <tommy.kurniawan@polibatam.ac.id> menulis:
> Min, kode singkat MK Sistem Operasi (IF2204) tolong diganti jadi SO-TI2A-2027.
""", "course_data", "id", cd("IF2204", "Sistem Operasi", shortname="SO-TI2A-27"), client="gmail")

M("koreksi-harusnya-dosennya", "2027-05-08 08:30:00",
  ("Desi Ratnasari", "desi.ratnasari@polibatam.ac.id"),
  "Koreksi: pengampu Statistika Bisnis",
  """Selamat pagi,

Koreksi untuk email saya kemarin: harusnya pengampunya Dr. Hasanah Lubis, M.Si., bukan Dr. Hasanah
Lubis, M.Sc. Mohon diubah di course Statistika Bisnis (MB2103).

Terima kasih,
Desi
""", "course_data", "id", cd("MB2103", "Statistika Bisnis", lecturer="Dr. Hasanah Lubis, M.Si."), client="outlook")

M("en-sorry-correct-short-name-is", "2027-05-08 11:20:00",
  ("Ahmad Zaki", "ahmad.zaki@polibatam.ac.id"),
  "Re: Short name for Computer Networks",
  """Apologies, I mistyped it yesterday. The correct short name is CN-RKS2B, not CN-RKS2-B.

Regards,
Zaki
""", "course_data", "en", cd(name="Computer Networks", shortname="CN-RKS2B"), client="thunderbird")

M("maaf-yang-benar-nama-baris-berlabel", "2027-05-09 09:10:00",
  ("Lestari Ningsih", "lestari.ningsih@polibatam.ac.id"),
  "Ralat perubahan nama MK",
  """Selamat pagi Bapak/Ibu,

Mohon maaf, nama baru yang saya kirim minggu lalu untuk course Etika Profesi (UM1201) keliru.
Yang benar:

Nama baru: Etika Profesi dan Hukum Siber

Terima kasih, mohon maaf merepotkan.

Lestari
""", "course_data", "id", cd("UM1201", "Etika Profesi", fullname="Etika Profesi dan Hukum Siber"), client="zimbra")

M("maaf-yang-benar-nama-prosa", "2027-05-09 15:45:00",
  ("Bayu Saputra", "bayu.saputra@polibatam.ac.id"),
  "Re: nama course Kalkulus",
  """Maaf Bu, salah ketik tadi. Yang benar nama MK-nya Kalkulus Teknik, bukan Kalkulus Teknis. Course
KL1101 ya Bu.

Terima kasih
Bayu
""", "course_data", "id", cd("KL1101", "Kalkulus", fullname="Kalkulus Teknik"), client="iphone")

# ---------------------------------------------------------------- a number for the semester, a word for its kind elsewhere

M("semester-angka-alasan-ganjil", "2027-05-10 10:00:00",
  ("Irwan Setiadi", "irwan.setiadi@polibatam.ac.id"),
  "Semester MK Mesin Fluida salah",
  """Dear P4M,

Course Mesin Fluida (TM3206) masih tercatat di semester 6 dari tahun lalu. Mohon dipindahkan ke
semester 5, sebab kurikulum 2027 meletakkan MK ini di semester ganjil.

Thanks,
Irwan
""", "course_data", "mixed", cd("TM3206", "Mesin Fluida", semester="5"), client="zimbra")

M("en-semester-number-then-odd-term", "2027-05-10 13:25:00",
  ("Nadia Farhana", "nadia.farhana@polibatam.ac.id"),
  "Wrong semester for Control Systems",
  """Hi,

Control Systems (EL3105) sits under semester 4 on the e-learning site, which came over from last
year. It should be semester 3. The new curriculum moved it to the odd term.

Best,
Nadia
""", "course_data", "en", cd("EL3105", "Control Systems", semester="3"), client="gmail")

M("dari-lalu-kalimat-baru-ke", "2027-05-11 08:05:00",
  ("Sugeng Riyadi", "sugeng.riyadi@polibatam.ac.id"),
  "SKS Praktikum Kimia",
  """Selamat pagi,

Data SKS course Praktikum Kimia (KM1202) sepertinya masih terbawa dari kurikulum lama. Seharusnya 1 SKS,
tidak 2. Nanti kami sampaikan juga ke bagian akademik supaya disamakan ke SIAKAD.

Terima kasih,
Sugeng
""", "course_data", "id", cd("KM1202", "Praktikum Kimia", credits="1"), client="outlook")

# ---------------------------------------------------------------- near-misses: shapes claimed too eagerly

M("jadi-penghubung-bukan-nilai", "2027-05-11 14:30:00",
  ("Melati Puspita", "melati.puspita@polibatam.ac.id"),
  "nama MK di e-learning",
  """Siang P4M,

Nama MK Biokimia (BK2101) di e-learning ternyata sudah diubah oleh prodi minggu lalu, jadi Bapak/Ibu
cukup mengganti SKS-nya saja menjadi 3.

Salam,
Melati
""", "course_data", "id", cd("BK2101", "Biokimia", credits="3"), client="gmail")

M("kelas-malam-sifat-bukan-kode", "2027-05-12 19:40:00",
  ("Arief Budiman", "arief.budiman@polibatam.ac.id"),
  "kelas malam Akuntansi Manajemen",
  """Malam min, untuk kelas malam MK Akuntansi Manajemen (AK3104) dosennya mohon diganti ya, tapi nama
dosen penggantinya masih menunggu SK. Nanti saya kabari lagi.

Arief
""", "course_data", "id", cd("AK3104", "Akuntansi Manajemen"), client="iphone")

M("semester-genap-nanti-bukan-nilai", "2027-05-12 10:50:00",
  ("Siska Amelia", "siska.amelia@polibatam.ac.id"),
  "Rencana perubahan kode singkat",
  """Yth. P4M,

Mulai semester genap nanti kode singkat course Desain Grafis (MM2102) perlu diganti, tetapi formatnya
belum diputuskan prodi. Mohon ditunggu dulu ya, nanti kami kirim kode yang baru.

Terima kasih,
Siska
""", "course_data", "id", cd("MM2102", "Desain Grafis"), client="outlook")

M("kelas-kode-bukan-shortname", "2027-05-13 09:15:00",
  ("Bonifasius Tarigan", "boni.tarigan@polibatam.ac.id"),
  "shortname course Jaringan Komputer",
  """Pagi P4M,

Shortname course Jaringan Komputer (RK2103) untuk kelas RKS-2A tolong diganti menjadi JARKOM-RKS2A-27.

Terima kasih,
Boni
""", "course_data", "id", cd("RK2103", "Jaringan Komputer", shortname="JARKOM-RKS2A-27"), client="gmail")

M("tanggal-setelah-kata-ubah", "2027-05-13 13:00:00",
  ("Yanti Rahayu", "yanti.rahayu@polibatam.ac.id"),
  "Enrolment key Bahasa Inggris Teknik",
  """Selamat siang,

Enrolment key course Bahasa Inggris Teknik (BI1102) mohon diganti per 17/05, kunci barunya akan saya
kirim hari Senin.

Salam,
Yanti
""", "course_data", "id", cd("BI1102", "Bahasa Inggris Teknik"), client="gmail")

M("sks-tanggal-lalu-angka", "2027-05-14 08:00:00",
  ("Agung Wibowo", "agung.wibowo@polibatam.ac.id"),
  "Perubahan SKS MK Termodinamika",
  """Selamat pagi P4M,

Mulai 1 Juni, SKS course Termodinamika (TM2104) mohon diubah per 1 Juni menjadi 3 SKS sesuai SK Direktur.

Terima kasih,
Agung
""", "course_data", "id", cd("TM2104", "Termodinamika", credits="3"), client="outlook")

M("dosen-diganti-ya-bu-orang-disapa", "2027-05-14 15:20:00",
  ("Robby Syahputra", "robby.syahputra@polibatam.ac.id"),
  "dosen MK Pemrograman Mobile",
  """Bu Rina, dosen MK Pemrograman Mobile (IF3207) mohon diganti ya Bu Rina, nama dosen barunya saya
kirim besok setelah rapat jurusan.

Terima kasih,
Robby
""", "course_data", "id", cd("IF3207", "Pemrograman Mobile"), client="gmail")

M("en-lecturer-addressed-after-verb", "2027-05-15 09:40:00",
  ("Kevin Tan", "kevin.tan@polibatam.ac.id"),
  "Lecturer of Machine Learning",
  """Dear Ms. Rina,

Could the lecturer of Machine Learning (IF4102) be changed, Ms. Rina? The department will tell you the
new name next week.

Thanks,
Kevin
""", "course_data", "en", cd("IF4102", "Machine Learning"), client="outlook")

M("dosennya-pak-sebagai-subjek", "2027-05-15 11:30:00",
  ("Mira Lestari", "mira.lestari@polibatam.ac.id"),
  "Nama MK Ekonomi Mikro",
  """Selamat siang,

Dosennya Pak Hendro Wibisono minta nama MK Ekonomi Mikro (MB1204) diubah menjadi Pengantar Ekonomi
Mikro. Mohon dibantu ya.

Salam,
Mira (admin prodi)
""", "course_data", "id", cd("MB1204", "Ekonomi Mikro", fullname="Pengantar Ekonomi Mikro"), client="gmail")

# ---------------------------------------------------------------- more near-misses: a time, a source, the current value

M("hari-setelah-kata-ganti-bukan-nama", "2027-05-17 08:10:00",
  ("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
  "Nama course Perencanaan Produksi",
  """Pagi P4M,

Nama MK Perencanaan Produksi (TI3204) mohon diganti Kamis depan setelah rapat kurikulum; nama barunya
akan saya kirim setelah disahkan.

Terima kasih,
Taufik
""", "course_data", "id", cd("TI3204", "Perencanaan Produksi"), client="gmail")

M("en-key-changed-on-weekday", "2027-05-17 10:30:00",
  ("Laura Chen", "laura.chen@polibatam.ac.id"),
  "Enrolment key of Business English",
  """Hi team,

Please change the enrolment key of Business English (BE1103) Friday morning, right after the last
session. I will reply with the new key on Thursday.

Thanks,
Laura
""", "course_data", "en", cd("BE1103", "Business English"), client="thunderbird")

M("disesuaikan-dengan-sk-sumber-bukan-nilai", "2027-05-18 09:00:00",
  ("Bagian Akademik Teknik Informatika", "akademik.if@polibatam.ac.id"),
  "Penyesuaian nama MK Kecerdasan Buatan",
  """Yth. Tim P4M,

Mohon nama MK Kecerdasan Buatan (IF3108) di e-learning disesuaikan dengan SK Direktur Nomor
45/PL29/2027 tentang kurikulum. Salinan SK akan kami kirim terpisah.

Hormat kami,
Bagian Akademik Teknik Informatika
""", "course_data", "id", cd("IF3108", "Kecerdasan Buatan"), client="outlook")

M("label-dosen-lalu-mohon-diganti", "2027-05-18 13:45:00",
  ("Putri Maharani", "putri.maharani@polibatam.ac.id"),
  "Pengampu MK Anatomi Fisiologi",
  """Selamat siang,

Course Anatomi Fisiologi (KP1102):
Dosen pengampu: Ns. Ratna Wijaya, M.Kep. (sedang tugas belajar), mohon diganti sementara. Nama dosen
penggantinya menyusul dari prodi.

Salam,
Putri
""", "course_data", "id", cd("KP1102", "Anatomi Fisiologi"), client="zimbra")

M("shortname-untuk-kelas-kode-mirip-kelas", "2027-05-19 07:55:00",
  ("Hafiz Ramadhan", "hafiz.ramadhan@polibatam.ac.id"),
  "kode singkat MK Pemrograman Dasar",
  """Min, kode singkat MK Pemrograman Dasar (IF1101) kelas TI-1C tolong diganti jadi PD-1C ya. Makasih.
""", "course_data", "id", cd("IF1101", "Pemrograman Dasar", shortname="PD-1C"), client="iphone")

# ---------------------------------------------------------------- the writer's words after a new name

M("nama-baru-lalu-kata-penulis", "2027-05-19 10:20:00",
  ("Nurul Hidayah", "nurul.hidayah@polibatam.ac.id"),
  "Nama MK Sistem Informasi",
  """Selamat pagi,

Mohon nama MK Sistem Informasi (SI2101) di e-learning diubah menjadi Sistem Informasi Manajemen
sebagaimana tercantum dalam kurikulum 2027.

Terima kasih,
Nurul
""", "course_data", "id", cd("SI2101", "Sistem Informasi", fullname="Sistem Informasi Manajemen"), client="outlook")

M("en-new-title-then-writers-clause", "2027-05-19 14:10:00",
  ("Daniel Sitompul", "daniel.sitompul@polibatam.ac.id"),
  "Course title of Web Programming",
  """Hello P4M,

Could you update the course title of Web Programming (IF2205) to Web Programming II so students of the
second year can find it more easily?

Thanks a lot,
Daniel
""", "course_data", "en", cd("IF2205", "Web Programming", fullname="Web Programming II"), client="gmail")

# ---------------------------------------------------------------- more bare old/new lines: other words, an arrow

M("baris-panah-tanpa-label", "2027-05-20 08:00:00",
  ("Prodi Teknik Robotika", "prodi.robotika@polibatam.ac.id"),
  "Perubahan nama MK Robotika Dasar",
  """Yth. P4M,

Kami mohon perubahan nama mata kuliah di e-learning untuk kelas RO-1A sesuai kurikulum 2027.

Robotika Dasar → Pengantar Robotika dan Otomasi

Hormat kami,
Prodi Teknik Robotika
""", "course_data", "id", cd(name="Robotika Dasar", fullname="Pengantar Robotika dan Otomasi"), client="outlook")

M("en-current-requested-lines-lecturer", "2027-05-20 11:35:00",
  ("Siti Norhaliza", "siti.norhaliza@polibatam.ac.id"),
  "Lecturer update - Marine Engineering Drawing",
  """Dear P4M,

Please update the lecturer of Marine Engineering Drawing (MR2102) on the e-learning site.

Current: Mr. Tan Ah Kow
Requested: Ms. Nur Aisyah, M.Sc.

Best regards,
Siti Norhaliza
""", "course_data", "en", cd("MR2102", "Marine Engineering Drawing", lecturer="Nur Aisyah, M.Sc."), client="outlook")

M("tertulis-seharusnya-baris-dosen", "2027-05-21 09:25:00",
  ("Joko Susilo", "joko.susilo@polibatam.ac.id"),
  "Nama dosen di course Fisika Dasar",
  """Selamat pagi,

Mohon perbaikan nama dosen pengampu di course Fisika Dasar (FD1101), ada salah ketik.

Tertulis: Budi Santosa
Seharusnya: Budi Santoso, M.T.

Terima kasih,
Joko
""", "course_data", "id", cd("FD1101", "Fisika Dasar", lecturer="Budi Santoso, M.T."), client="zimbra")

# ---------------------------------------------------------------- a cue's connector in the next sentence, about another field

M("semester-disebut-lalu-kalimat-dosen", "2027-05-21 13:15:00",
  ("Ratih Purnamasari", "ratih.purnamasari@polibatam.ac.id"),
  "Tim pengajar MK Mikrobiologi",
  """Selamat siang,

Course Mikrobiologi (BK2203) ini untuk mahasiswa semester 4. Mohon dosen pengampunya diubah jadi 2 orang,
nama-namanya akan dikirim kaprodi.

Terima kasih,
Ratih
""", "course_data", "id", cd("BK2203", "Mikrobiologi"), client="gmail")

M("en-class-named-then-key-sentence", "2027-05-22 08:40:00",
  ("Mohd Faizal", "mohd.faizal@polibatam.ac.id"),
  "Key for Fluid Power",
  """Hi P4M,

Fluid Power (ME3104) is taught to class ME-3A in semester 5. Could the enrolment key be changed to
something only the class rep knows? I will send the new key to you by phone.

Thanks,
Faizal
""", "course_data", "en", cd("ME3104", "Fluid Power"), client="outlook")

# ---------------------------------------------------------------- a label that says from when: the new value

M("label-dosen-mulai-semester-ini", "2027-05-22 10:00:00",
  ("Kaprodi Teknik Geomatika", "kaprodi.geomatika@polibatam.ac.id"),
  "Pengampu MK Survei Hidrografi",
  """Yth. Tim P4M,

Sehubungan dengan rotasi dosen, data course Survei Hidrografi (GM3102) mohon disesuaikan.
Dosen pengampu mulai semester ini: Dr. Rina Kartika, M.Eng.

Terima kasih,
Kaprodi Teknik Geomatika
""", "course_data", "id", cd("GM3102", "Survei Hidrografi", lecturer="Dr. Rina Kartika, M.Eng."), client="outlook")

M("en-label-key-from-next-week", "2027-05-22 15:30:00",
  ("Aisha Rahman", "aisha.rahman@polibatam.ac.id"),
  "Enrolment key Process Control",
  """Dear team,

Please update Process Control (PC3201) on the e-learning site.
Enrolment key from next week: Proc#Ctrl27

Regards,
Aisha
""", "course_data", "en", cd("PC3201", "Process Control", enrolment_key="Proc#Ctrl27"), client="thunderbird")

# ---------------------------------------------------------------- a formal letter: "dari X kepada Y"

M("surat-resmi-dari-kepada-pengampu", "2027-05-24 08:30:00",
  ("Sekretariat Jurusan Manajemen Bisnis", "sekjur.mb@polibatam.ac.id"),
  "Permohonan perubahan pengampu MK Kewirausahaan",
  """Kepada Yth.
Kepala P4M Politeknik Negeri Batam

Dengan hormat,

Bersama surat ini kami mengajukan permohonan pengalihan dosen pengampu mata kuliah Kewirausahaan
(UM2101) di e-learning dari Drs. Ahmad Yani kepada Dr. Siti Aminah, S.E., M.M. terhitung semester genap.

Demikian permohonan ini kami sampaikan, atas perhatiannya kami ucapkan terima kasih.

Hormat kami,
Sekretaris Jurusan Manajemen Bisnis
""", "course_data", "id", cd("UM2101", "Kewirausahaan", lecturer="Dr. Siti Aminah, S.E., M.M."), client="outlook")

# ---------------------------------------------------------------- check-box forms: the ticked field is the one asked

M("docx-formulir-kotak-centang", "2027-05-24 10:45:00",
  ("Admin Prodi Teknik Informatika", "admin.if@polibatam.ac.id"),
  "Formulir perubahan data course",
  """Selamat pagi,

Terlampir formulir perubahan data course dari dosen kami. Mohon diproses.

Terima kasih,
Admin Prodi Teknik Informatika
""", "course_data", "id", cd("IF2207", "Pemrograman Web", fullname="Pemrograman Web Lanjut"), client="outlook",
  att=[("docx", "Formulir_Perubahan_Course_IF2207.docx", [
      "**FORMULIR PERUBAHAN DATA COURSE E-LEARNING**",
      "Kode MK: IF2207",
      "Nama MK saat ini: Pemrograman Web",
      "Jenis perubahan: [x] Nama MK   [ ] Dosen   [ ] Kelas   [ ] Enrolment key",
      "Data baru: Pemrograman Web Lanjut",
      "Pemohon: Andi Saputra, M.Kom.",
  ])])

M("en-form-ticked-box-credits", "2027-05-24 14:20:00",
  ("Faculty Office Maritime", "maritime.office@polibatam.ac.id"),
  "Course change form - Ship Stability",
  """Dear P4M,

Please find the change request for Ship Stability (MR3105) below.

Change requested:  [ ] Course name   [ ] Lecturer   [x] Credits
New value: 3

Regards,
Faculty Office Maritime
""", "course_data", "en", cd("MR3105", "Ship Stability", credits="3"), client="thunderbird")

# ---------------------------------------------------------------- a labelled "text" that is the request itself

M("label-deskripsi-berisi-permintaan", "2027-05-25 09:05:00",
  ("Eko Prasetyo", "eko.prasetyo@polibatam.ac.id"),
  "Deskripsi course Sistem Tertanam",
  """Selamat pagi P4M,

Deskripsi course Sistem Tertanam (EL3204):
Mohon diperbarui sesuai RPS terbaru yang saya lampirkan di email ini.

Terima kasih,
Eko
""", "course_data", "id", cd("EL3204", "Sistem Tertanam"), client="gmail",
  att=[("pdf", "RPS_Sistem_Tertanam_2027.pdf", ["RENCANA PEMBELAJARAN SEMESTER", "Sistem Tertanam (EL3204)"])])

# ---------------------------------------------------------------- a dotted title chain that ends the sentence

M("dosen-gelar-spesialis-titik-akhir", "2027-05-25 13:00:00",
  ("Prodi Keperawatan", "prodi.keperawatan@polibatam.ac.id"),
  "Pengampu MK Ilmu Penyakit Dalam",
  """Yth. P4M,

Mohon pengampu course Ilmu Penyakit Dalam (KP2204) diganti menjadi dr. Andi Pratama, Sp.PD.
Terima kasih.

Prodi Keperawatan
""", "course_data", "id", cd("KP2204", "Ilmu Penyakit Dalam", lecturer="dr. Andi Pratama, Sp.PD."), client="zimbra")

# ---------------------------------------------------------------- a language to translate into; two fields joined by "dan"

M("en-into-english-language-not-name", "2027-05-26 08:15:00",
  ("International Office", "international@polibatam.ac.id"),
  "Course name for exchange students",
  """Dear P4M,

For the exchange students, could the course name of Perpajakan (AK2205) be changed into English? The
department will send the exact English name later.

Kind regards,
International Office
""", "course_data", "en", cd("AK2205", "Perpajakan"), client="outlook")

M("nama-dan-shortname-dua-perubahan", "2027-05-26 10:40:00",
  ("Gilang Ramadhan", "gilang.ramadhan@polibatam.ac.id"),
  "Perubahan nama dan shortname MK Basis Data",
  """Siang min,

Mohon nama MK Basis Data (IF2106) diganti menjadi Basis Data II dan shortname jadi BD2-TI2A.

Makasih,
Gilang
""", "course_data", "id", cd("IF2106", "Basis Data", fullname="Basis Data II", shortname="BD2-TI2A"), client="gmail")

M("deskripsi-disesuaikan-dengan-lampiran", "2027-05-26 14:30:00",
  ("Maria Ulfa", "maria.ulfa@polibatam.ac.id"),
  "Deskripsi course Akuntansi Sektor Publik",
  """Selamat siang,

Deskripsi course Akuntansi Sektor Publik (AK3207) mohon disesuaikan dengan RPS terbaru yang kami
lampirkan bersama email ini.

Terima kasih,
Maria
""", "course_data", "id", cd("AK3207", "Akuntansi Sektor Publik"), client="outlook",
  att=[("pdf", "RPS_AK3207.pdf", ["RENCANA PEMBELAJARAN SEMESTER", "Akuntansi Sektor Publik (AK3207)"])])

# ---------------------------------------------------------------- the name is right, the code is not

M("nama-benar-kodenya-salah", "2027-05-27 09:50:00",
  ("Irfan Maulana", "irfan.maulana@polibatam.ac.id"),
  "Kode course Kalkulus",
  """Pagi P4M,

Course Kalkulus I di e-learning: nama MK sudah benar, yang salah kodenya: harusnya KAL1-TI1B.

Terima kasih,
Irfan
""", "course_data", "id", cd(name="Kalkulus I", shortname="KAL1-TI1B"), client="gmail")

# ---------------------------------------------------------------- labelled values that the writer says stay

M("label-tetap-sudah-benar-lalu-sks", "2027-05-27 13:10:00",
  ("Admin Prodi Teknik Kimia", "admin.tekkim@polibatam.ac.id"),
  "Data course Operasi Teknik Kimia",
  """Selamat siang P4M,

Untuk course Operasi Teknik Kimia (TK2203):
Semester: Ganjil 2027/2028 (sudah benar)
Kelas: TK-2A (tetap)
Mohon SKS diubah jadi 4.

Terima kasih,
Admin Prodi Teknik Kimia
""", "course_data", "id", cd("TK2203", "Operasi Teknik Kimia", credits="4"), client="outlook")

M("en-label-keep-it-then-credits", "2027-05-27 15:25:00",
  ("Owen Tay", "owen.tay@polibatam.ac.id"),
  "Heat Transfer course data",
  """Hi P4M,

Heat Transfer (ME2101)
Short name: ME2101-A, please keep it as is.
Credits: please change them to 2.

Cheers,
Owen
""", "course_data", "en", cd("ME2101", "Heat Transfer", credits="2"), client="gmail")


if __name__ == "__main__":
    sys.exit(E.main())

#!/usr/bin/env python3
"""Generate the fifth P4M helpdesk TUNING corpus, about requested changes (labelled request e-mails).

Course-data requests in voices and forms the other corpora lack: all eight fields named
in many ways (Indonesian and English words, abbreviations and typos: "nm mk", "sks",
"kode enrol", "kunci pendaftaran", "dosen pengampu", "pengajar", "kls", "smt"), every
common connector between the field and its new value, values in quotes, after colons,
on the next line, in Outlook tables, in lists of several changes, ending at a sentence
end with academic titles inside; and near-misses that must claim nothing (questions,
hedges, plans, a change already done, the current value quoted alone).

The message engine is the first tuning corpus's generator, imported from
../requests-tune/make_tune.py; every body here was written by hand, and the batch was
scored before any rule was changed for it.
Run:  python3 make_tune5_changes.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 79, "elearning_support": 2, "other": 6}
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


# ---------------------------------------------------------------- abbreviations, phones

M("hp-nm-mk-mjd", "2027-02-01 06:12:00",
  ("Rizky Ananda", "rizky.ananda@polibatam.ac.id"),
  "nm mk",
  """pagi min, nm mk TI2203 Basis Data 2 di elearning mjd Basis Data Lanjut ya. tks
""", "course_data", "id", cd("TI2203", "Basis Data 2", fullname="Basis Data Lanjut"), client="iphone")

M("kls-jd-kode-malam", "2027-02-01 21:40:00",
  ("Nanda Pratiwi", "nanda.pratiwi@students.polibatam.ac.id"),
  "kls jarkom",
  """kak aku komting jarkom (TRK2201). kls di elearning msh TRK-2A, hrs nya jd TRK-2A Malam soalnya kami kls malam. mksh kak
""", "course_data", "id", cd("TRK2201", **{"class": "TRK-2A Malam"}), client="iphone")

M("smt-dari-ke-angka", "2027-02-02 07:05:00",
  ("Hadi Susanto", "hadi.susanto@polibatam.ac.id"),
  "smt MK Fisika Terapan",
  """Min, smt utk MK Fisika Terapan (TM1203) tlg diubah dari 3 ke 2. Mksh
""", "course_data", "id", cd("TM1203", "Fisika Terapan", semester="2"), client="iphone")

M("sks-seharusnya-angka-lalu-sks", "2027-02-02 09:30:00",
  ("Yusuf Maulana, S.T., M.T.", "yusuf.maulana@polibatam.ac.id"),
  "SKS Statistika Industri",
  """Selamat pagi,

SKS MK Statistika Industri (TM2104) di e-learning tertulis 2, seharusnya 3 SKS sesuai kurikulum 2026. Mohon dibantu perbaikannya.

Terima kasih,
Yusuf Maulana
""", "course_data", "id", cd("TM2104", "Statistika Industri", credits="3"))

M("kode-enrol-dirubah-titik-dua", "2027-02-02 13:15:00",
  ("Lestari Handayani", "lestari.handayani@polibatam.ac.id"),
  "kode enrol Akuntansi Biaya",
  """Siang tim P4M,

Kode enrol kelas Akuntansi Biaya (AK2203) mohon dirubah: AKB-genap27

Kode yang lama sudah tersebar ke mahasiswa angkatan sebelumnya.

Salam,
Lestari
""", "course_data", "id", cd("AK2203", "Akuntansi Biaya", enrolment_key="AKB-genap27"))

M("kunci-pendaftaran-diganti-dengan-kutip", "2027-02-03 08:00:00",
  ("Dra. Maria Ulfa, M.Ak.", "maria.ulfa@polibatam.ac.id"),
  "Kunci pendaftaran Perpajakan II",
  """Yth. Tim P4M,

Kunci pendaftaran untuk MK Perpajakan II (AK3105) tolong diganti dengan "pajak#2027". Terima kasih.

Hormat saya,
Maria Ulfa
""", "course_data", "id", cd("AK3105", "Perpajakan II", enrolment_key="pajak#2027"), client="outlook")

M("dosen-pengampu-gelar-akhir-kalimat", "2027-02-03 10:20:00",
  ("Sekretariat Prodi Teknik Informatika", "prodi.if@polibatam.ac.id"),
  "Perubahan dosen pengampu Kalkulus",
  """Selamat pagi,

Dosen pengampu MK Kalkulus (TI1101) kelas TI-1A mohon diubah menjadi Dr. Ir. Siti Rahmawati, M.Sc. Terima kasih atas bantuannya.

Sekretariat Prodi TI
""", "course_data", "id", cd("TI1101", "Kalkulus", lecturer="Dr. Ir. Siti Rahmawati, M.Sc."), client="zimbra")

M("pengajar-digantikan-oleh-bpk", "2027-02-03 14:45:00",
  ("Kaprodi Teknik Mesin", "kaprodi.tm@polibatam.ac.id"),
  "pengajar Termodinamika",
  """Siang,

Pengajar MK Termodinamika (TM2201) digantikan oleh Bpk. Rudi Hartono, S.T., M.Eng. mulai minggu ini karena dosen sebelumnya tugas belajar.

Terima kasih
Kaprodi TM
""", "course_data", "id", cd("TM2201", "Termodinamika", lecturer="Rudi Hartono, S.T., M.Eng."))

M("bukan-melainkan-kelas", "2027-02-04 08:10:00",
  ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "kelas Pemrograman Dasar",
  """Pagi, kelas untuk MK Pemrograman Dasar (TI1102) saya di e-learning bukan TI-1A melainkan TI-1C. Mohon dikoreksi ya.

Wulan
""", "course_data", "id", cd("TI1102", "Pemrograman Dasar", **{"class": "TI-1C"}))

M("harusnya-lalu-bukan-typo-nama", "2027-02-04 11:00:00",
  ("Teguh Prasetyo", "teguh.prasetyo@polibatam.ac.id"),
  "salah ketik nama MK",
  """Siang min, nama matkul saya salah ketik di elearning (TI2105), harusnya Pemrograman Berorientasi Objek bukan Pemograman Berorientasi Objek. Tolong dibetulkan, makasih.
""", "course_data", "id",
  cd("TI2105", "Pemograman Berorientasi Objek", fullname="Pemrograman Berorientasi Objek"))

M("yg-benar-dosen-ibu", "2027-02-04 19:30:00",
  ("Dimas Aryo", "dimas.aryo@students.polibatam.ac.id"),
  "dosen salah",
  """min di elearning MK Bahasa Indonesia (MKU1103) dosennya tertulis pak Heru, yg benar Ibu Ratih Kusuma, M.Pd. mohon diganti ya min
""", "course_data", "id", cd("MKU1103", "Bahasa Indonesia", lecturer="Ratih Kusuma, M.Pd."), client="iphone")

M("mestinya-bobot-sks-kurung-kata", "2027-02-05 09:05:00",
  ("Ahmad Fauzi, S.E., M.M.", "ahmad.fauzi@polibatam.ac.id"),
  "bobot SKS MSDM",
  """Selamat pagi,

Bobot SKS MK Manajemen SDM (MN2105) mestinya 2 (dua), bukan 3. Mohon disesuaikan di e-learning.

Terima kasih.
Ahmad Fauzi
""", "course_data", "id", cd("MN2105", "Manajemen SDM", credits="2"))

M("panah-unicode-semester", "2027-02-05 13:30:00",
  ("Fitri Yanti", "fitri.yanti@polibatam.ac.id"),
  "Koreksi semester GM2102",
  """Halo P4M,

Mohon koreksi data MK Kartografi (GM2102):
Semester: 4 → 6

Terima kasih
Fitri
""", "course_data", "id", cd("GM2102", "Kartografi", semester="6"), client="thunderbird")

M("daftar-tiga-perubahan-panah-campur", "2027-02-05 16:00:00",
  ("Bambang Irawan, S.T., M.Eng.", "bambang.irawan@polibatam.ac.id"),
  "perubahan data MK SIG",
  """Sore tim P4M,

Untuk MK Sistem Informasi Geografis (GM3101) mohon perubahan berikut:
- Short name: GM3101 -> GM3101-SIG
- Kelas: GM-3A => GM-3A/3B
- Kunci pendaftaran: sig2027

Terima kasih,
Bambang
""", "course_data", "id",
  cd("GM3101", "Sistem Informasi Geografis", shortname="GM3101-SIG", enrolment_key="sig2027",
     **{"class": "GM-3A/3B"}))

# ---------------------------------------------------------------- English voices

M("en-semester-should-be-academic-year", "2027-02-08 09:00:00",
  ("Dr. Sarah Lim", "sarah.lim@polibatam.ac.id"),
  "Semester of Marketing Research",
  """Dear P4M team,

The semester of my course Marketing Research (MKT3102) reads Genap 2025/2026; it should be Ganjil 2026/2027. Could you correct it?

Kind regards,
Sarah Lim
""", "course_data", "en", cd("MKT3102", "Marketing Research", semester="Ganjil 2026/2027"))

M("en-replace-x-with-y-short-name", "2027-02-08 11:30:00",
  ("Dr. Sarah Lim", "sarah.lim@polibatam.ac.id"),
  "Short name",
  """Hi again,

One more thing for Marketing Research (MKT3102): please replace the short name MKT3102-OLD with MKT3102-RSCH.

Thanks,
Sarah
""", "course_data", "en", cd("MKT3102", "Marketing Research", shortname="MKT3102-RSCH"))

M("en-change-course-name-to-quotes", "2027-02-08 14:10:00",
  ("James Whitfield", "j.whitfield@polibatam.ac.id"),
  "Course name change",
  """Hello,

Could you change the course name of BIS2101 (Business English) to "Business English for Professionals"? The programme renamed it in the new curriculum.

Many thanks,
James Whitfield
Visiting Lecturer
""", "course_data", "en",
  cd("BIS2101", "Business English", fullname="Business English for Professionals"), client="outlook")

M("en-credits-from-to", "2027-02-09 08:45:00",
  ("Priya Raman", "priya.raman@polibatam.ac.id"),
  "Credits for Supply Chain Analytics",
  """Dear helpdesk,

Please update the credit value of Supply Chain Analytics (LG3203) from 2 to 4 credits; the course now includes the lab sessions.

Best,
Priya Raman
""", "course_data", "en", cd("LG3203", "Supply Chain Analytics", credits="4"))

M("en-change-lecturer-to-umlaut", "2027-02-09 10:30:00",
  ("International Office", "international@polibatam.ac.id"),
  "Lecturer for Renewable Energy Systems",
  """Dear P4M,

Please change the lecturer of Renewable Energy Systems (EL3205) to Dr. Anna Schäfer. She arrived from our partner university in Germany last week and will teach the course this semester.

Regards,
International Office
""", "course_data", "en", cd("EL3205", "Renewable Energy Systems", lecturer="Dr. Anna Schäfer"))

M("en-rename-into", "2027-02-09 15:20:00",
  ("Kevin Tan", "kevin.tan@polibatam.ac.id"),
  "rename TI3105",
  """Hi,

Please rename TI3105 Cloud Computing into Cloud Computing Fundamentals, to match the module handbook.

Kevin
""", "course_data", "en", cd("TI3105", "Cloud Computing", fullname="Cloud Computing Fundamentals"), client="thunderbird")

M("en-should-read-single-quotes", "2027-02-10 09:15:00",
  ("Prof. Hiroshi Tanaka", "h.tanaka@polibatam.ac.id"),
  "Course name on e-learning",
  """Hello,

The course name of MK3306 on e-learning says 'Quality Management', but it should read 'Quality Management Systems'. Please fix it when you can.

Best,
Hiroshi Tanaka
""", "course_data", "en", cd("MK3306", "Quality Management", fullname="Quality Management Systems"))

M("en-update-summary-to-paragraph", "2027-02-10 13:40:00",
  ("Priya Raman", "priya.raman@polibatam.ac.id"),
  "Course description LG3203",
  """Dear P4M,

Please update the course summary of Supply Chain Analytics (LG3203) to:

This course introduces data-driven decision making in supply chains: demand forecasting, inventory optimisation and network design, with weekly lab work in Python and a final project with a partner company.

Thank you,
Priya
""", "course_data", "en",
  cd("LG3203", "Supply Chain Analytics",
     summary="This course introduces data-driven decision making in supply chains: demand forecasting, "
             "inventory optimisation and network design, with weekly lab work in Python and a final project "
             "with a partner company."))

M("en-enrolment-key-should-be-changed-to", "2027-02-10 16:05:00",
  ("James Whitfield", "j.whitfield@polibatam.ac.id"),
  "enrolment key",
  """Hi,

The enrolment key for Business English (BIS2101) should be changed to BE-Prof27 as the old one was posted on a public group.

Cheers,
James
""", "course_data", "en", cd("BIS2101", "Business English", enrolment_key="BE-Prof27"))

# ---------------------------------------------------------------- Indonesian connectors and layouts

M("nama-mk-baru-baris-berikutnya", "2027-02-11 08:20:00",
  ("Dewi Lestari, M.M.", "dewi.lestari@polibatam.ac.id"),
  "Perubahan nama MK LG2201",
  """Selamat pagi,

Mohon perubahan nama MK LG2201 Manajemen Rantai Pasok di e-learning.
Nama MK baru:
Manajemen Rantai Pasok Global

Terima kasih,
Dewi Lestari
""", "course_data", "id",
  cd("LG2201", "Manajemen Rantai Pasok", fullname="Manajemen Rantai Pasok Global"), client="thunderbird")

M("sks-nya-jadi-dan-kelasnya-diganti-ke", "2027-02-11 10:00:00",
  ("Rina Oktaviani, M.Kom.", "rina.oktaviani@polibatam.ac.id"),
  "MK Sistem Operasi",
  """Pagi min, untuk MK Sistem Operasi (TI2206), SKS-nya jadi 3 dan kelasnya diganti ke TI-2B. Makasih.
""", "course_data", "id", cd("TI2206", "Sistem Operasi", credits="3", **{"class": "TI-2B"}))

M("daftar-bernomor-tiga-menjadi", "2027-02-11 14:30:00",
  ("Sekretariat Prodi Akuntansi", "prodi.ak@polibatam.ac.id"),
  "Perubahan data mata kuliah AK2105",
  """Yth. Tim P4M,

Mohon bantuan perubahan data mata kuliah AK2105 Akuntansi Keuangan Menengah di e-learning:
1. Nama mata kuliah menjadi Akuntansi Keuangan Menengah I
2. Dosen pengampu menjadi Novi Andriani, S.E., M.Ak.
3. SKS menjadi 4

Atas perhatiannya kami ucapkan terima kasih.

Sekretariat Prodi Akuntansi
""", "course_data", "id",
  cd("AK2105", "Akuntansi Keuangan Menengah", fullname="Akuntansi Keuangan Menengah I",
     lecturer="Novi Andriani, S.E., M.Ak.", credits="4"), client="outlook")

M("surat-formal-semula-diganti-menjadi", "2027-02-12 08:00:00",
  ("Wakil Direktur Bidang Akademik", "wadir1@polibatam.ac.id"),
  "Permohonan Koreksi Data Mata Kuliah",
  """Dengan hormat,

Sehubungan dengan penugasan dosen semester genap 2026/2027, bersama ini kami mohon agar data mata kuliah Etika Profesi (MKU2101) di e-learning dikoreksi sebagai berikut: nama dosen pengampu yang semula Drs. Ahmad Yani, M.Si. diganti menjadi Ir. Hendro Saputro, M.T.

Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Hormat kami,
Wakil Direktur Bidang Akademik
""", "course_data", "id", cd("MKU2101", "Etika Profesi", lecturer="Ir. Hendro Saputro, M.T."), client="outlook")

M("dari-menjadi-nama-mk", "2027-02-12 10:15:00",
  ("Agus Salim, S.T., M.T.", "agus.salim@polibatam.ac.id"),
  "ganti nama mk",
  """Pagi, tolong ganti nama mk MN1102 dari Kewirausahaan menjadi Kewirausahaan Digital ya. Terima kasih.
""", "course_data", "id", cd("MN1102", "Kewirausahaan", fullname="Kewirausahaan Digital"))

M("nama-singkat-kini-lalu-diperbaiki-menjadi", "2027-02-12 13:00:00",
  ("Yoga Pratama, M.Ds.", "yoga.pratama@polibatam.ac.id"),
  "nama singkat Animasi 3D",
  """Halo,

Nama singkat MK Animasi 3D saat ini: AN2201-3D. Mohon diperbaiki menjadi AN2201-ANIM3D supaya sama dengan kelas lain.

Salam,
Yoga
""", "course_data", "id", cd("AN2201", "Animasi 3D", shortname="AN2201-ANIM3D"))

M("update-shortname-ke-campur", "2027-02-12 15:45:00",
  ("Ahmad Fauzi, S.E., M.M.", "ahmad.fauzi@polibatam.ac.id"),
  "update shortname",
  """min tolong update shortname MN2105 ke MN2105-MSDM ya, thanks
""", "course_data", "mixed", cd("MN2105", shortname="MN2105-MSDM"), client="iphone")

M("enrol-key-nya-ganti-ke-aja", "2027-02-13 07:50:00",
  ("Ahmad Fauzi, S.E., M.M.", "ahmad.fauzi@polibatam.ac.id"),
  "enrol key MSDM",
  """min, enrol key nya MN2105 ganti ke msdm_2027 aja. tks
""", "course_data", "id", cd("MN2105", enrolment_key="msdm_2027"), client="iphone")

M("dua-dosen-team-teaching-dirubah", "2027-02-15 09:10:00",
  ("Sekretariat Prodi Teknik Elektro", "prodi.te@polibatam.ac.id"),
  "dosen Sistem Kendali",
  """Selamat pagi,

Dosen pengampu MK Sistem Kendali (EL3104) dirubah menjadi Andi Wijaya, S.T., M.T. dan Rina Oktaviani, M.Kom. (team teaching).

Terima kasih
""", "course_data", "id",
  cd("EL3104", "Sistem Kendali", lecturer="Andi Wijaya, S.T., M.T. dan Rina Oktaviani, M.Kom."))

M("tertulis-ganjil-yg-benar-genap-ta", "2027-02-15 11:25:00",
  ("Hendra Wijaya", "hendra.wijaya@polibatam.ac.id"),
  "semester salah",
  """Siang, MK Elektronika Daya (EL3106) di e-learning semesternya tertulis Ganjil, yg benar Genap 2026/2027. Mohon dibantu.
""", "course_data", "id", cd("EL3106", "Elektronika Daya", semester="Genap 2026/2027"))

M("jumlah-sks-menjadi-angka-kata", "2027-02-15 14:00:00",
  ("Fitri Yanti", "fitri.yanti@polibatam.ac.id"),
  "SKS Fotogrametri",
  """Sore, jumlah SKS MK Fotogrametri (GM3104) mohon diubah menjadi 4 (empat) SKS. Terima kasih.
""", "course_data", "id", cd("GM3104", "Fotogrametri", credits="4"))

M("kls-kutip-karyawan-update", "2027-02-16 08:30:00",
  ("Siska Amelia", "siska.amelia@polibatam.ac.id"),
  "kls MK Perpajakan",
  """Pagi, tolong kls MK Perpajakan I (AK2104) diupdate jadi "AK-2A Karyawan". Trims
""", "course_data", "id", cd("AK2104", "Perpajakan I", **{"class": "AK-2A Karyawan"}))

M("deskripsi-menjadi-titik-dua-dua-baris", "2027-02-16 10:45:00",
  ("Yoga Pratama, M.Ds.", "yoga.pratama@polibatam.ac.id"),
  "deskripsi MK Tipografi",
  """Halo P4M,

Deskripsi MK Tipografi (AN1203) di e-learning mohon diganti menjadi:
Mata kuliah ini membahas anatomi huruf, klasifikasi jenis huruf, hierarki tipografi dan
penerapannya pada media cetak maupun digital melalui proyek desain mingguan.

Terima kasih,
Yoga
""", "course_data", "id",
  cd("AN1203", "Tipografi",
     summary="Mata kuliah ini membahas anatomi huruf, klasifikasi jenis huruf, hierarki tipografi dan "
             "penerapannya pada media cetak maupun digital melalui proyek desain mingguan."),
  client="thunderbird")

M("koreksi-nama-dosen-diperbaiki-titik-singkatan", "2027-02-16 13:20:00",
  ("Ratna Sari, S.Pd., M.Pd.", "ratna.sari@polibatam.ac.id"),
  "nama saya salah",
  """Siang,

Nama dosen di MK Bahasa Inggris Teknik (MKU1204) salah ketik, mohon diperbaiki jadi Ratna Sari, S.Pd., M.Pd. (bukan Ratna Sary). Terima kasih.

Ratna
""", "course_data", "id", cd("MKU1204", "Bahasa Inggris Teknik", lecturer="Ratna Sari, S.Pd., M.Pd."))

M("outlook-tabel-en-current-new", "2027-02-17 09:00:00",
  ("Academic Office", "akademik@polibatam.ac.id"),
  "Course data update: Digital Marketing",
  "", "course_data", "en",
  cd("MKT2203", "Digital Marketing", fullname="Digital Marketing Strategy",
     lecturer="Lisa Hartono, S.E., M.M.", credits="3"),
  client="outlook", html_body="""<p class="MsoNormal">Dear P4M team,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Please apply the following changes to MKT2203 Digital Marketing on e-learning:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td width="150"><p class="MsoNormal"><b>Field</b><o:p></o:p></p></td><td width="220"><p class="MsoNormal"><b>Current</b><o:p></o:p></p></td><td width="260"><p class="MsoNormal"><b>New</b><o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">Course full name<o:p></o:p></p></td><td><p class="MsoNormal">Digital Marketing<o:p></o:p></p></td><td><p class="MsoNormal">Digital Marketing Strategy<o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">Lecturer<o:p></o:p></p></td><td><p class="MsoNormal">Tommy Wijaya, S.E.<o:p></o:p></p></td><td><p class="MsoNormal">Lisa Hartono, S.E., M.M.<o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">Credits<o:p></o:p></p></td><td><p class="MsoNormal">2<o:p></o:p></p></td><td><p class="MsoNormal">3<o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal">Academic Office<o:p></o:p></p>""")

M("outlook-tabel-semula-menjadi", "2027-02-17 11:30:00",
  ("Bagian Akademik", "akademik@polibatam.ac.id"),
  "Perubahan Data MK Mekatronika",
  "", "course_data", "id",
  cd("TM3105", "Mekatronika", fullname="Mekatronika Industri", semester="6", **{"class": "TM-3A/3B"}),
  client="outlook", html_body="""<p class="MsoNormal">Yth. Tim P4M,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Mohon perubahan data MK TM3105 Mekatronika sebagai berikut:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td width="40"><p class="MsoNormal"><b>No</b><o:p></o:p></p></td><td width="150"><p class="MsoNormal"><b>Data</b><o:p></o:p></p></td><td width="200"><p class="MsoNormal"><b>Semula</b><o:p></o:p></p></td><td width="200"><p class="MsoNormal"><b>Menjadi</b><o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">1<o:p></o:p></p></td><td><p class="MsoNormal">Nama Mata Kuliah<o:p></o:p></p></td><td><p class="MsoNormal">Mekatronika<o:p></o:p></p></td><td><p class="MsoNormal">Mekatronika Industri<o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">2<o:p></o:p></p></td><td><p class="MsoNormal">Kelas<o:p></o:p></p></td><td><p class="MsoNormal">TM-3A<o:p></o:p></p></td><td><p class="MsoNormal">TM-3A/3B<o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">3<o:p></o:p></p></td><td><p class="MsoNormal">Semester<o:p></o:p></p></td><td><p class="MsoNormal">5<o:p></o:p></p></td><td><p class="MsoNormal">6<o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Terima kasih.<o:p></o:p></p>
<p class="MsoNormal">Bagian Akademik<o:p></o:p></p>""")

M("kunci-enrol-nilai-sesudah-titik-dua-baris", "2027-02-17 15:10:00",
  ("Dedi Kurniawan", "dedi.kurniawan@polibatam.ac.id"),
  "kunci enrol",
  """Sore min,

MK Keamanan Jaringan (RKS3202) mohon ganti kunci enrolnya.
Kunci baru: KJ#Genap-27

Makasih,
Dedi
""", "course_data", "id", cd("RKS3202", "Keamanan Jaringan", enrolment_key="KJ#Genap-27"))

M("nama-pendek-sebaiknya-diganti-jadi-kutip-tunggal", "2027-02-18 08:40:00",
  ("Teguh Prasetyo", "teguh.prasetyo@polibatam.ac.id"),
  "nama pendek PBO",
  """Pagi, nama pendek course TI2105 diganti jadi 'TI2105-PBO' ya min. Terima kasih.
""", "course_data", "id", cd("TI2105", shortname="TI2105-PBO"))

M("campur-lecturer-jadi-pak-dengan-gelar", "2027-02-18 10:00:00",
  ("Kevin Tan", "kevin.tan@polibatam.ac.id"),
  "lecturer Cloud Computing",
  """Hi min, lecturer di course Cloud Computing (TI3105) tolong diganti jadi Pak Irfan Hakim, S.Kom., M.Cs. ya, I'm moving to the research unit. Thanks!
""", "course_data", "mixed", cd("TI3105", "Cloud Computing", lecturer="Irfan Hakim, S.Kom., M.Cs."))

M("tanda-sama-dengan-label-kelas-dan-smt", "2027-02-18 13:30:00",
  ("Nanda Pratiwi", "nanda.pratiwi@students.polibatam.ac.id"),
  "data kelas jarkom",
  """kak mau minta ubah data course Jaringan Komputer (TRK2201):
kelas = TRK-2B
smt = 4
makasih kak
""", "course_data", "id",
  cd("TRK2201", "Jaringan Komputer", semester="4", **{"class": "TRK-2B"}), client="iphone")

M("diubah-saja-menjadi-nama-dengan-tanda-hubung", "2027-02-19 09:20:00",
  ("Lestari Handayani", "lestari.handayani@polibatam.ac.id"),
  "nama MK Audit",
  """Pagi, nama MK AK3201 Auditing di e-learning diubah saja menjadi Auditing Berbasis Risiko - Lanjutan. Terima kasih.
""", "course_data", "id",
  cd("AK3201", "Auditing", fullname="Auditing Berbasis Risiko - Lanjutan"))

# ---------------------------------------------------------------- near-misses: nothing may be claimed

M("tanya-cara-mengganti-nama-mk", "2027-02-19 11:00:00",
  ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "cara ganti nama MK",
  """Siang P4M, bagaimana cara mengganti nama MK di e-learning? Apakah dosen bisa mengubah sendiri nama mata kuliah menjadi yang baru, atau harus lewat admin? Terima kasih.
""", "elearning_support", "id")

M("mungkin-dosennya-nanti-pak-belum-pasti", "2027-02-19 14:20:00",
  ("Sekretariat Prodi Teknik Mesin", "prodi.tm@polibatam.ac.id"),
  "dosen MK Getaran Mekanis",
  """Siang,

Untuk MK Getaran Mekanis (TM3103) mungkin dosennya nanti Pak Budi Hartono, S.T., M.T., tapi belum pasti. Nanti kami kabari lagi setelah rapat prodi.

Terima kasih
""", "course_data", "id", cd("TM3103", "Getaran Mekanis"))

M("rencana-semester-depan-ganti-nama", "2027-02-22 09:00:00",
  ("Dewi Lestari, M.M.", "dewi.lestari@polibatam.ac.id"),
  "rencana perubahan nama MK",
  """Selamat pagi,

Sekadar informasi, semester depan prodi berencana mengganti nama MK LG1101 Pengantar Logistik menjadi Dasar-Dasar Logistik. Permohonan resminya akan kami kirim setelah kurikulum disahkan.

Terima kasih,
Dewi Lestari
""", "other", "id",
  note="A plan told for information, its formal request to follow: not a request yet (issue 17).")

M("sudah-diganti-terima-kasih", "2027-02-22 13:00:00",
  ("Teguh Prasetyo", "teguh.prasetyo@polibatam.ac.id"),
  "Re: salah ketik nama MK",
  """Nama MK-nya sudah diganti menjadi Pemrograman Berorientasi Objek, terima kasih banyak min!
""", "other", "id", client="iphone")

M("kutip-nilai-sekarang-tanpa-nilai-baru", "2027-02-22 15:30:00",
  ("Ir. Suryadi, M.T.", "suryadi@polibatam.ac.id"),
  "nama dosen MK Statika",
  """Sore,

Nama dosen di MK Statika (TM1102) tertulis "Drs. Ahmad Yani, M.Si.", padahal beliau sudah purnatugas. Nama yang benar akan dikirim kaprodi minggu ini.

Suryadi
""", "course_data", "id", cd("TM1102", "Statika"))

M("en-hedged-lecturer-may-end-up", "2027-02-23 10:00:00",
  ("Dr. Sarah Lim", "sarah.lim@polibatam.ac.id"),
  "Lecturer for Consumer Behaviour",
  """Dear P4M,

For Consumer Behaviour (MKT2104) the lecturer may end up being Dr. Michael Chen, but the faculty has not decided yet, so please do not change anything for now.

Best,
Sarah
""", "other", "en",
  note="A lecturer change weighed, not decided, nothing to be changed now: not a request yet (issue 17).")

M("en-question-how-to-change-enrolment-key", "2027-02-23 14:15:00",
  ("James Whitfield", "j.whitfield@polibatam.ac.id"),
  "enrolment key question",
  """Hi,

How do I change the enrolment key of my course myself? I could not find the setting under Participants. Is it possible for a lecturer to set it to something new without asking you every semester?

Thanks,
James
""", "elearning_support", "en")

M("tidak-usah-diubah-hanya-dosen", "2027-02-24 08:30:00",
  ("Hadi Susanto", "hadi.susanto@polibatam.ac.id"),
  "dosen Fisika Terapan",
  """Pagi, untuk MK Fisika Terapan (TM1203) kelasnya tidak usah diubah, tetap TM-1A. Yang perlu diganti hanya dosennya menjadi Yusuf Maulana, S.T., M.T. Terima kasih.
""", "course_data", "id", cd("TM1203", "Fisika Terapan", lecturer="Yusuf Maulana, S.T., M.T."))

M("sks-sudah-benar-hanya-nama-singkat", "2027-02-24 11:10:00",
  ("Siska Amelia", "siska.amelia@polibatam.ac.id"),
  "nama singkat Perpajakan I",
  """Siang, SKS MK Perpajakan I (AK2104) sudah benar 3, hanya nama singkatnya yang perlu diganti jadi AK2104-PJK1. Makasih min.
""", "course_data", "id", cd("AK2104", "Perpajakan I", shortname="AK2104-PJK1"))

M("en-already-changed-thanks", "2027-02-24 16:00:00",
  ("Kevin Tan", "kevin.tan@polibatam.ac.id"),
  "Re: rename TI3105",
  """Hi,

Thanks, the course name has been changed to Cloud Computing Fundamentals correctly. All good now.

Kevin
""", "other", "en", client="thunderbird")

M("kemungkinan-sks-akan-jadi-semester-depan", "2027-02-25 09:40:00",
  ("Ahmad Fauzi, S.E., M.M.", "ahmad.fauzi@polibatam.ac.id"),
  "SKS Manajemen Pemasaran",
  """Pagi min, SKS MK Manajemen Pemasaran (MN2102) kemungkinan akan jadi 3 tahun depan kalau kurikulum baru disetujui. Untuk sekarang dibiarkan dulu saja ya, nanti saya kabari.
""", "other", "id",
  note="A change weighed for next year, its decision to come ('nanti saya kabari'): not a request yet (issue 17).")


# ---------------------------------------------------------------- second batch (written after the first rules):
# forwarded and attached requests, replies, letters, and changes named without a field cue

M("tanpa-isyarat-ubah-nama-lama-menjadi-baru", "2027-03-01 08:15:00",
  ("Rahma Yulia, M.Si.", "rahma.yulia@polibatam.ac.id"),
  "MK Statistika Dasar",
  """Selamat pagi Tim P4M,

Mohon ubah Statistika Dasar menjadi Statistika Terapan di e-learning, sesuai kurikulum baru prodi. Kode MK tetap ST1102.

Terima kasih,
Rahma
""", "course_data", "id", cd("ST1102", "Statistika Dasar", fullname="Statistika Terapan"))

M("tanpa-isyarat-ganti-pak-jadi-bu-huruf-kecil", "2027-03-01 10:40:00",
  ("Fajar Nugroho", "fajar.nugroho@students.polibatam.ac.id"),
  "dosen b inggris 2",
  """kak tolong di course Bahasa Inggris 2 (MKU1205) ganti pak Joko jadi bu Sinta Maharani, M.Pd. soalnya dosennya udah ganti dari minggu lalu. makasih kak
""", "course_data", "id",
  cd("MKU1205", "Bahasa Inggris 2", lecturer="Sinta Maharani, M.Pd."), client="iphone")

M("surat-pdf-semula-menjadi-dua-baris", "2027-03-02 09:00:00",
  ("Jurusan Manajemen Bisnis", "jurusan.mb@polibatam.ac.id"),
  "Surat permohonan perubahan data MK MB2203",
  """Dengan hormat,

Bersama ini kami lampirkan surat permohonan perubahan data mata kuliah di e-learning. Mohon ditindaklanjuti.

Hormat kami,
Jurusan Manajemen Bisnis
""", "course_data", "id",
  cd("MB2203", "Manajemen Keuangan", lecturer="Dr. Yanti Puspita, S.E., M.M.", credits="3"),
  note="The request is only in the PDF letter.",
  att=[("pdf", "Surat_Perubahan_MB2203.pdf", [
      "JURUSAN MANAJEMEN BISNIS",
      "POLITEKNIK NEGERI BATAM",
      "Nomor: 087/PL29.6/MB/2027",
      "Perihal: Permohonan Perubahan Data Mata Kuliah",
      "",
      "Kepada Yth. Kepala P4M Politeknik Negeri Batam",
      "",
      "Dengan hormat, kami mohon perubahan data mata kuliah MB2203",
      "Manajemen Keuangan pada e-learning dengan rincian:",
      "- Dosen pengampu semula Agus Pratama, S.E., M.M. menjadi Dr. Yanti Puspita, S.E., M.M.",
      "- Jumlah SKS semula 2 menjadi 3",
      "",
      "Demikian surat ini kami sampaikan. Atas perhatiannya kami ucapkan",
      "terima kasih.",
      "",
      "Batam, 2 Maret 2027",
      "Ketua Jurusan",
  ])])

M("fwd-pesan-asli-kaprodi-nama-singkat", "2027-03-02 13:20:00",
  ("Rizky Ananda", "rizky.ananda@polibatam.ac.id"),
  "FW: nama singkat MK Basis Data Lanjut",
  """mohon bantuannya

-----Pesan Asli-----
Dari: Kaprodi Teknik Informatika <kaprodi.if@polibatam.ac.id>
Dikirim: Selasa, 02 Maret 2027 11.05
Kepada: Rizky Ananda <rizky.ananda@polibatam.ac.id>
Subjek: nama singkat MK Basis Data Lanjut

Pak Rizky,

Nama singkat MK Basis Data Lanjut (TI2203) di e-learning tolong diminta ke P4M untuk diganti jadi TI2203-BDL, supaya seragam dengan MK lain di prodi.

Salam,
Kaprodi TI
""", "course_data", "id",
  cd("TI2203", "Basis Data Lanjut", shortname="TI2203-BDL"), client="outlook")

M("rfc822-lampiran-kelas-gabung", "2027-03-03 08:30:00",
  ("Lestari Handayani", "lestari.handayani@polibatam.ac.id"),
  "Fwd: penggabungan kelas Akuntansi Biaya",
  """Mohon bantuannya untuk pesan terlampir.

Lestari
""", "course_data", "id",
  cd("AK2203", "Akuntansi Biaya", **{"class": "AK-2A/2B"}),
  note="The request is in the attached message.",
  att=[("eml", dict(sender=("Sekretariat Prodi Akuntansi", "prodi.ak@polibatam.ac.id"),
                    to="lestari.handayani@polibatam.ac.id", date="2027-03-02 16:00:00",
                    subject="penggabungan kelas Akuntansi Biaya",
                    body="Bu Lestari,\n\nMulai minggu depan kelas Akuntansi Biaya (AK2203) digabung. "
                         "Kelas di e-learning mohon diubah menjadi AK-2A/2B.\n\nTerima kasih\n"))])

M("balasan-ack-melengkapi-nama-yang-baru", "2027-03-03 10:10:00",
  ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "Re: [P4M#2027-0311] Perubahan nama MK Sistem Cerdas",
  """Nama yang baru Sistem Pendukung Keputusan, Pak. Terima kasih.

Pada Rab, 3 Mar 2027 pukul 09.12 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:
> Yth. Wulan Sari,
>
> Permintaan Anda tentang mata kuliah Sistem Cerdas (TI3204) sudah kami terima.
> Mohon lengkapi: nama baru mata kuliah.
""", "course_data", "id",
  cd("TI3204", "Sistem Cerdas", fullname="Sistem Pendukung Keputusan"),
  reply="<ack-2027-0311@polibatam.ac.id>")

M("en-thunderbird-bottom-post-make-it", "2027-03-03 14:00:00",
  ("Kevin Tan", "kevin.tan@polibatam.ac.id"),
  "Re: Course name of TI3206",
  """On 03/03/2027 10:02, Helpdesk P4M wrote:
> Dear Kevin,
>
> Which name should Web Programming (TI3206) have on e-learning?

Please make it "Advanced Web Programming". Thanks!

Kevin
""", "course_data", "en",
  cd("TI3206", "Web Programming", fullname="Advanced Web Programming"),
  client="thunderbird", reply="<ask-ti3206@polibatam.ac.id>")

M("dosen-pengganti-adalah", "2027-03-04 08:00:00",
  ("Sekretariat Prodi Teknik Mesin", "prodi.tm@polibatam.ac.id"),
  "dosen pengganti Termodinamika Lanjut",
  """Selamat pagi,

Dosen pengganti untuk MK Termodinamika Lanjut (TM3201) adalah Arif Rahman, S.T., M.T. karena dosen sebelumnya tugas belajar. Mohon diperbarui di e-learning.

Terima kasih
""", "course_data", "id",
  cd("TM3201", "Termodinamika Lanjut", lecturer="Arif Rahman, S.T., M.T."))

M("en-formal-be-updated-to-phd", "2027-03-04 11:30:00",
  ("Dr. Sarah Lim", "sarah.lim@polibatam.ac.id"),
  "Request: lecturer of record EL3101",
  """Dear P4M team,

I am writing to request that the lecturer of record for EL3101 Power Electronics be updated to Dr. Rajesh Kumar, Ph.D. He joined the department this semester.

Kind regards,
Dr. Sarah Lim
Head of Electrical Engineering
""", "course_data", "en",
  cd("EL3101", "Power Electronics", lecturer="Dr. Rajesh Kumar, Ph.D."), client="outlook")

M("en-dua-perubahan-satu-kalimat-and-the", "2027-03-04 15:00:00",
  ("Priya Raman", "priya.raman@polibatam.ac.id"),
  "Mechatronics course data",
  """Hi,

For Mechatronics (TM4101), please change the full name to Advanced Mechatronics and the short name to TM4101-ADV.

Thanks,
Priya
""", "course_data", "en",
  cd("TM4101", "Mechatronics", fullname="Advanced Mechatronics", shortname="TM4101-ADV"))

M("semester-dipindah-ke-genap-tanpa-tahun", "2027-03-05 09:00:00",
  ("Hadi Susanto", "hadi.susanto@polibatam.ac.id"),
  "semester MK Perpindahan Panas",
  """Pagi min, semester MK Perpindahan Panas (TM2203) di e-learning tolong dipindah ke Genap, sekarang masih tercatat Ganjil. Makasih.
""", "course_data", "id", cd("TM2203", "Perpindahan Panas", semester="Genap"))

M("kelasnya-jadi-kelas-huruf", "2027-03-05 11:00:00",
  ("Nanda Pratiwi", "nanda.pratiwi@students.polibatam.ac.id"),
  "kelas kewarganegaraan",
  """kak kelas MK Kewarganegaraan (MKU1102) kami di elearning tolong diubah jadi kelas C ya kak, bukan kelas A. makasih
""", "course_data", "id", cd("MKU1102", "Kewarganegaraan", **{"class": "C"}), client="iphone")

M("apakah-mungkin-permintaan-sopan", "2027-03-05 14:30:00",
  ("Ratna Sari, S.Pd., M.Pd.", "ratna.sari@polibatam.ac.id"),
  "nama MK Fisika 1",
  """Selamat siang,

Apakah mungkin nama MK Fisika 1 (TM1101) di e-learning diganti menjadi Fisika Teknik 1? Prodi sudah menyetujui perubahan ini.

Terima kasih,
Ratna
""", "course_data", "id", cd("TM1101", "Fisika 1", fullname="Fisika Teknik 1"))

M("sudah-diganti-tapi-seharusnya", "2027-03-08 08:20:00",
  ("Ratna Sari, S.Pd., M.Pd.", "ratna.sari@polibatam.ac.id"),
  "Re: nama MK Fisika 1",
  """Selamat pagi,

Nama MK-nya sudah diganti jadi Fisika Teknik, tapi seharusnya Fisika Teknik 1. Mohon dikoreksi lagi.

Terima kasih,
Ratna
""", "course_data", "id", cd(None, "Fisika 1", fullname="Fisika Teknik 1"))

M("sks-titik-dua-koreksi-dalam-kurung", "2027-03-08 10:00:00",
  ("Siska Amelia", "siska.amelia@polibatam.ac.id"),
  "koreksi SKS Auditing",
  """Siang min, data MK Auditing (AK3201) di e-learning:
SKS: 2 (seharusnya 3)
Mohon dikoreksi ya. Makasih.
""", "course_data", "id", cd("AK3201", "Auditing", credits="3"))

M("sebelumnya-sekarang-dosen", "2027-03-08 13:45:00",
  ("Bambang Irawan, S.T., M.Eng.", "bambang.irawan@polibatam.ac.id"),
  "dosen Fotogrametri",
  """Siang, untuk MK Fotogrametri (GM3104) mohon diganti nama dosennya, yang sebelumnya Bapak Rudi Hartono, sekarang Ibu Dewi Kartika, M.Pd. Terima kasih.
""", "course_data", "id", cd("GM3104", "Fotogrametri", lecturer="Dewi Kartika, M.Pd."))

M("en-class-already-moved-thanks", "2027-03-09 09:00:00",
  ("James Whitfield", "j.whitfield@polibatam.ac.id"),
  "Re: class for Business English",
  """Hi,

The class was already moved to MB-3B last week, thanks. Nothing else is needed.

James
""", "other", "en")


# ---------------------------------------------------------------- third batch (written after the second rules):
# Outlook tables headed other ways, key-value tables, and letters that name the course before asking

M("outlook-tabel-en-requested-value", "2027-03-10 09:00:00",
  ("Logistics Programme", "prodi.lg@polibatam.ac.id"),
  "Course data change LG3105",
  "", "course_data", "en",
  cd("LG3105", "Port Operations", fullname="Port and Terminal Operations",
     lecturer="Capt. Yusuf Hamdani, M.Mar.", enrolment_key="PTO-Genap27"),
  client="outlook", html_body='<p class="MsoNormal">Dear P4M team,<o:p></o:p></p>\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n<p class="MsoNormal">On behalf of the Head of the Logistics programme, please update LG3105 Port Operations on e-learning:<o:p></o:p></p>\n<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tr><td><p class="MsoNormal"><b>Field</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Current value</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Requested value</b><o:p></o:p></p></td></tr>\n<tr><td><p class="MsoNormal">Course full name<o:p></o:p></p></td><td><p class="MsoNormal">Port Operations<o:p></o:p></p></td><td><p class="MsoNormal">Port and Terminal Operations<o:p></o:p></p></td></tr>\n<tr><td><p class="MsoNormal">Lecturer<o:p></o:p></p></td><td><p class="MsoNormal">Hendra Gunawan, S.T.<o:p></o:p></p></td><td><p class="MsoNormal">Capt. Yusuf Hamdani, M.Mar.<o:p></o:p></p></td></tr>\n<tr><td><p class="MsoNormal">Enrolment key<o:p></o:p></p></td><td><p class="MsoNormal">port2026<o:p></o:p></p></td><td><p class="MsoNormal">PTO-Genap27<o:p></o:p></p></td></tr>\n</table>\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n<p class="MsoNormal">Best regards,<o:p></o:p></p>\n<p class="MsoNormal">Secretary, Logistics Programme<o:p></o:p></p>')

M("outlook-tabel-dua-kolom-kunci-nilai", "2027-03-10 11:00:00",
  ("Sekretariat Prodi Manajemen", "prodi.mn@polibatam.ac.id"),
  "Perubahan data MK MN3104",
  "", "course_data", "id",
  cd("MN3104", "Manajemen Risiko", fullname="Manajemen Risiko Perusahaan",
     lecturer="Dr. Lina Marlina, S.E., M.M."),
  client="outlook", html_body='<p class="MsoNormal">Yth. Tim P4M,<o:p></o:p></p>\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n<p class="MsoNormal">Mohon bantuan perubahan data mata kuliah berikut:<o:p></o:p></p>\n<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tr><td><p class="MsoNormal"><b>Kode MK</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>MN3104</b><o:p></o:p></p></td></tr>\n<tr><td><p class="MsoNormal">Nama MK saat ini<o:p></o:p></p></td><td><p class="MsoNormal">Manajemen Risiko<o:p></o:p></p></td></tr>\n<tr><td><p class="MsoNormal">Nama MK baru<o:p></o:p></p></td><td><p class="MsoNormal">Manajemen Risiko Perusahaan<o:p></o:p></p></td></tr>\n<tr><td><p class="MsoNormal">Dosen pengampu baru<o:p></o:p></p></td><td><p class="MsoNormal">Dr. Lina Marlina, S.E., M.M.<o:p></o:p></p></td></tr>\n</table>\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n<p class="MsoNormal">Terima kasih.<o:p></o:p></p>\n<p class="MsoNormal">Sekretariat Prodi Manajemen<o:p></o:p></p>')

M("outlook-tabel-data-lama-baru-keterangan", "2027-03-10 14:00:00",
  ("Bagian Akademik", "akademik@polibatam.ac.id"),
  "Perubahan data MK AK3203",
  "", "course_data", "id",
  cd("AK3203", "Akuntansi Sektor Publik", credits="3", **{"class": "AK-3A/3B"}),
  client="outlook", html_body='<p class="MsoNormal">Yth. Tim P4M,<o:p></o:p></p>\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n<p class="MsoNormal">Berikut permohonan perubahan data MK Akuntansi Sektor Publik (AK3203):<o:p></o:p></p>\n<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tr><td><p class="MsoNormal"><b>No</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Data</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Data Lama</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Data Baru</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Keterangan</b><o:p></o:p></p></td></tr>\n<tr><td><p class="MsoNormal">1<o:p></o:p></p></td><td><p class="MsoNormal">Kelas<o:p></o:p></p></td><td><p class="MsoNormal">AK-3A<o:p></o:p></p></td><td><p class="MsoNormal">AK-3A/3B<o:p></o:p></p></td><td><p class="MsoNormal">digabung<o:p></o:p></p></td></tr>\n<tr><td><p class="MsoNormal">2<o:p></o:p></p></td><td><p class="MsoNormal">SKS<o:p></o:p></p></td><td><p class="MsoNormal">2<o:p></o:p></p></td><td><p class="MsoNormal">3<o:p></o:p></p></td><td><p class="MsoNormal">kurikulum 2026<o:p></o:p></p></td></tr>\n</table>\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n<p class="MsoNormal">Hormat kami,<o:p></o:p></p>\n<p class="MsoNormal">Bagian Akademik<o:p></o:p></p>')

M("surat-identitas-mk-lalu-diubah-menjadi", "2027-03-11 08:30:00",
  ("Penjaminan Mutu Jurusan Teknik Elektro", "pm.te@polibatam.ac.id"),
  "Permohonan perubahan nama mata kuliah",
  """Yth. Kepala P4M,

Dengan hormat, bersama ini kami sampaikan permohonan perubahan data mata kuliah di e-learning dengan identitas:

Kode MK : EL2105
Nama MK : Rangkaian Listrik 2
Dosen : Andi Wijaya, S.T., M.T.

Nama mata kuliah tersebut mohon diubah menjadi Analisis Rangkaian Listrik, sesuai kurikulum 2026.

Hormat kami,
Penjaminan Mutu Jurusan Teknik Elektro
""", "course_data", "id",
  cd("EL2105", "Rangkaian Listrik 2", fullname="Analisis Rangkaian Listrik"), client="outlook")

M("docx-saja-identitas-dan-perubahan", "2027-03-11 10:00:00",
  ("Sekretaris Jurusan Teknik Mesin", "sekjur.tm@polibatam.ac.id"),
  "Permohonan perubahan data MK (terlampir)",
  """Selamat pagi,

Terlampir formulir permohonan perubahan data mata kuliah dari Kaprodi. Mohon ditindaklanjuti.

Terima kasih,
Sekretaris Jurusan Teknik Mesin
""", "course_data", "id",
  cd("TM2107", "Kinematika", lecturer="Dr. Eng. Fadli Rahman, S.T., M.T."),
  note="The request is only in the DOCX form.",
  att=[("docx", "Formulir_Perubahan_TM2107.docx", [
      "**FORMULIR PERMOHONAN PERUBAHAN DATA MATA KULIAH**",
      "Kode MK: TM2107",
      "Nama MK: Kinematika",
      "Dosen pengampu saat ini: Ir. Suryadi, M.T.",
      "Dosen pengampu baru: Dr. Eng. Fadli Rahman, S.T., M.T.",
      "Alasan: dosen sebelumnya mendapat tugas tambahan sebagai Kepala Laboratorium.",
      "Batam, 10 Maret 2027",
      "Kaprodi Teknik Mesin",
  ])])


# ---------------------------------------------------------------- fourth batch (written after the third rules)

M("outlook-tabel-mendatar-kolom-per-data", "2027-03-12 09:00:00",
  ("Sekretariat Prodi Teknik Informatika", "prodi.if@polibatam.ac.id"),
  "Perubahan nama dan dosen MK TI3107",
  "", "course_data", "id",
  cd("TI3107", "Grafika Komputer", fullname="Grafika dan Visualisasi Komputer", lecturer="Rina Oktaviani, M.Kom."),
  client="outlook", html_body='<p class="MsoNormal">Yth. Tim P4M,<o:p></o:p></p>\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n<p class="MsoNormal">Atas nama Kaprodi Teknik Informatika, mohon perubahan nama dan dosen mata kuliah berikut di e-learning:<o:p></o:p></p>\n<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tr><td><p class="MsoNormal"><b>Kode MK</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Nama MK Lama</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Nama MK Baru</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Dosen Baru</b><o:p></o:p></p></td></tr>\n<tr><td><p class="MsoNormal">TI3107<o:p></o:p></p></td><td><p class="MsoNormal">Grafika Komputer<o:p></o:p></p></td><td><p class="MsoNormal">Grafika dan Visualisasi Komputer<o:p></o:p></p></td><td><p class="MsoNormal">Rina Oktaviani, M.Kom.<o:p></o:p></p></td></tr>\n</table>\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n<p class="MsoNormal">Terima kasih.<o:p></o:p></p>\n<p class="MsoNormal">Sekretariat Prodi TI<o:p></o:p></p>')

M("surat-identitas-kode-dalam-kurung-lalu-seharusnya", "2027-03-12 11:00:00",
  ("Unit Penjaminan Mutu", "upm@polibatam.ac.id"),
  "Hasil AMI: koreksi data MK di e-learning",
  """Yth. Kepala P4M,

Berdasarkan hasil Audit Mutu Internal semester ganjil, terdapat ketidaksesuaian data mata kuliah berikut:

Nama Mata Kuliah : Logika Informatika (TI1104)
Dosen Pengampu : Drs. Hasan Basri, M.Si.
Jumlah SKS : 2

Menurut kurikulum yang berlaku, jumlah SKS mata kuliah tersebut seharusnya 3. Mohon dapat diperbaiki.

Hormat kami,
Unit Penjaminan Mutu
""", "course_data", "id", cd("TI1104", "Logika Informatika", credits="3"), client="outlook")

M("en-industry-partner-kindly-update-instructor", "2027-03-12 14:00:00",
  ("Michael Tan", "michael.tan@batamshipyard.co.id"),
  "Guest course on e-learning",
  """Dear P4M team,

I co-teach Welding Inspection (TM3208) as an industry partner. Could you kindly update the course instructor to Ir. Dedi Susanto, CWI? He will take over the remaining sessions from next week.

Best regards,
Michael Tan
Batam Shipyard
""", "course_data", "en", cd("TM3208", "Welding Inspection", lecturer="Ir. Dedi Susanto, CWI"))

M("hp-dua-pesan-nilai-baris-berikut", "2027-03-15 07:10:00",
  ("Nanda Pratiwi", "nanda.pratiwi@students.polibatam.ac.id"),
  "kunci enrol jarkom",
  """kak kunci enrol jarkom TRK2201 tlg diganti, yg lama kesebar ke angkatan lain. kunci barunya:
jarkom-B27
mksh kak
""", "course_data", "id", cd("TRK2201", enrolment_key="jarkom-B27"), client="iphone")

M("fwd-setuju-diproses-permintaan-di-bawah", "2027-03-15 09:30:00",
  ("Kaprodi Teknik Elektro", "kaprodi.te@polibatam.ac.id"),
  "Fwd: perubahan semester MK Sistem Tenaga",
  """Setuju, mohon diproses.

---------- Forwarded message ---------
From: Andi Wijaya <andi.wijaya@polibatam.ac.id>
Date: Sen, 15 Mar 2027 pukul 08.02
Subject: perubahan semester MK Sistem Tenaga
To: Kaprodi Teknik Elektro <kaprodi.te@polibatam.ac.id>

Pak Kaprodi,

MK Sistem Tenaga (EL3201) di e-learning masih tercatat di semester 5. Sesuai kurikulum baru, semesternya menjadi 6. Mohon persetujuan Bapak untuk diteruskan ke P4M.

Salam,
Andi
""", "course_data", "id", cd("EL3201", "Sistem Tenaga", semester="6"))


# ---------------------------------------------------------------- fifth batch (written after the fourth rules)

M("outlook-tabel-tetap-dan-keterangan-dalam-sel", "2027-03-16 09:00:00",
  ("Sekretariat Prodi Teknik Informatika", "prodi.if@polibatam.ac.id"),
  "Perubahan data MK TI2204",
  "", "course_data", "id",
  cd("TI2204", "Sistem Basis Data", lecturer="Ratna Dewi, S.Kom., M.Kom."),
  client="outlook", html_body='<p class="MsoNormal">Yth. Tim P4M,<o:p></o:p></p>\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n<p class="MsoNormal">Mohon perubahan data MK Sistem Basis Data (TI2204) di e-learning:<o:p></o:p></p>\n<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tr><td><p class="MsoNormal"><b>Data</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Semula</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Menjadi</b><o:p></o:p></p></td></tr>\n<tr><td><p class="MsoNormal">Nama MK<o:p></o:p></p></td><td><p class="MsoNormal">Sistem Basis Data<o:p></o:p></p></td><td><p class="MsoNormal">Tetap<o:p></o:p></p></td></tr>\n<tr><td><p class="MsoNormal">Dosen pengampu<o:p></o:p></p></td><td><p class="MsoNormal">Budi Santoso, S.T.<o:p></o:p></p></td><td><p class="MsoNormal">Ratna Dewi, S.Kom., M.Kom. (dosen baru)<o:p></o:p></p></td></tr>\n<tr><td><p class="MsoNormal">SKS<o:p></o:p></p></td><td><p class="MsoNormal">3<o:p></o:p></p></td><td><p class="MsoNormal">tidak berubah<o:p></o:p></p></td></tr>\n</table>\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n<p class="MsoNormal">Terima kasih.<o:p></o:p></p>\n<p class="MsoNormal">Sekretariat Prodi TI<o:p></o:p></p>')

M("outlook-tabel-baris-lama-baru-kolom-data", "2027-03-16 11:00:00",
  ("Management Programme Office", "prodi.mn@polibatam.ac.id"),
  "Course data MN3207",
  "", "course_data", "en",
  cd("MN3207", "Project Management", fullname="Agile Project Management", lecturer="Dr. Maya Sari, M.M."),
  client="outlook", html_body='<p class="MsoNormal">Dear P4M team,<o:p></o:p></p>\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n<p class="MsoNormal">Please update Project Management (MN3207) as below:<o:p></o:p></p>\n<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tr><td><p class="MsoNormal">&nbsp;<o:p></o:p></p></td><td><p class="MsoNormal"><b>Course name</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Lecturer</b><o:p></o:p></p></td></tr>\n<tr><td><p class="MsoNormal">Old<o:p></o:p></p></td><td><p class="MsoNormal">Project Management<o:p></o:p></p></td><td><p class="MsoNormal">Agus Pratama, S.E.<o:p></o:p></p></td></tr>\n<tr><td><p class="MsoNormal">New<o:p></o:p></p></td><td><p class="MsoNormal">Agile Project Management<o:p></o:p></p></td><td><p class="MsoNormal">Dr. Maya Sari, M.M.<o:p></o:p></p></td></tr>\n</table>\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n<p class="MsoNormal">Kind regards,<o:p></o:p></p>\n<p class="MsoNormal">Management Programme Office<o:p></o:p></p>')


# ---------------------------------------------------------------- sixth batch (written after the fifth rules)

M("outlook-tabel-judul-baris-sel-terpotong-br", "2027-03-17 09:00:00",
  ("Sekretariat Jurusan Teknik Elektro", "jurusan.te@polibatam.ac.id"),
  "Perubahan data MK EL3108",
  "", "course_data", "id",
  cd("EL3108", "Teknik Tenaga Listrik", fullname="Teknik Tenaga Listrik dan Energi Terbarukan",
     **{"class": "EL-3A/3B"}),
  client="outlook", html_body='<p class="MsoNormal">Yth. Tim P4M,<o:p></o:p></p>\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n<p class="MsoNormal">Mohon bantuan perubahan data MK EL3108 di e-learning sesuai tabel berikut.<o:p></o:p></p>\n<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n<tr><td colspan="3"><p class="MsoNormal"><b>PERUBAHAN DATA MATA KULIAH</b><o:p></o:p></p></td></tr>\n<tr><td><p class="MsoNormal"><b>Data</b></p></td><td><p class="MsoNormal"><b>Lama</b></p></td><td><p class="MsoNormal"><b>Baru</b></p></td></tr>\n<tr><td><p class="MsoNormal">Mata Kuliah</p></td><td><p class="MsoNormal">Teknik Tenaga Listrik</p></td><td><p class="MsoNormal">Teknik Tenaga Listrik<br>dan Energi Terbarukan</p></td></tr>\n<tr><td><p class="MsoNormal">Kelas</p></td><td><p class="MsoNormal">EL-3A</p></td><td><p class="MsoNormal">EL-3A/3B</p></td></tr>\n</table>\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n<p class="MsoNormal">Hormat kami,<o:p></o:p></p>\n<p class="MsoNormal">Sekretariat Jurusan Teknik Elektro<o:p></o:p></p>')


# ---------------------------------------------------------------- seventh batch (written after the sixth rules)

M("outlook-deskripsi-baris-per-paragraf", "2027-03-18 09:00:00",
  ("Yoga Pratama, M.Ds.", "yoga.pratama@polibatam.ac.id"),
  "Deskripsi MK Animasi 2D",
  """Selamat pagi Tim P4M,

Deskripsi MK Animasi 2D (AN2102) di e-learning mohon diganti menjadi:

Mata kuliah ini membekali mahasiswa dengan prinsip-prinsip animasi, penyusunan storyboard,
teknik frame-by-frame dan tweening, serta produksi film animasi pendek secara berkelompok.

Terima kasih,
Yoga
""", "course_data", "id",
  cd("AN2102", "Animasi 2D",
     summary="Mata kuliah ini membekali mahasiswa dengan prinsip-prinsip animasi, penyusunan storyboard, "
             "teknik frame-by-frame dan tweening, serta produksi film animasi pendek secara berkelompok."),
  client="outlook")

M("pengampu-diganti-saudara", "2027-03-18 11:00:00",
  ("Sekretariat Prodi Teknik Mesin", "prodi.tm@polibatam.ac.id"),
  "pengampu MK Gambar Mesin",
  """Siang,

Pengampu MK Gambar Mesin (TM1205) mohon diganti menjadi Saudara Ilham Maulana, S.T., M.T. yang mulai bertugas semester ini.

Terima kasih
""", "course_data", "id", cd("TM1205", "Gambar Mesin", lecturer="Ilham Maulana, S.T., M.T."))


if __name__ == "__main__":
    sys.exit(E.main())

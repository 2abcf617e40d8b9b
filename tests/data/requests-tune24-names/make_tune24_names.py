#!/usr/bin/env python3
"""Generate the twenty-fourth P4M helpdesk TUNING corpus, part "names" (the current course name).

Written in round 12 from the kinds of current names the opened part14 (requests-tune23) still missed, in voices and
layouts no corpus has: a lower-case name the sender wants fixed, told as what the page "writes"; a name beside its
code in a sentence above a pasted settings screen whose other labels hold words like "Show"; "my course is CODE
NAME" beside a programme that must not be taken; an ALL-CAPS name with a numeral the page "shows". And current names
in general: only in the subject, after "MK"/"matkul"/"mata kuliah saya"/"my course", with "dan", "&", "/", digits
and Roman numerals, English names in Indonesian mail, a class in brackets after the name, name and code in different
sentences, names under a settings label ("Nama lengkap mata kuliah"). Near-misses that must claim no name: a
programme, a unit, an event, a document where a name would stand.

The label is the value AS WRITTEN, the name as it stands now (never the new one). The message engine (clients,
HTML) is the reading corpus's generator, imported from ../requests-tune9-reading/make_tune9_reading.py; every body
here was written by hand.
Run:  python3 make_tune24_names.py
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

M("tulisannya-huruf-kecil-mau-dibetulin", "2027-03-01 07:55", ("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
  "nama course ga rapi", "course_data", "id",
  cd("AKT2106", "akuntansi biaya", fullname="Akuntansi Biaya"), client="gmail-app",
  plain="""kak mau minta tolong, course AKT2106 di e-learning namanya tertulis "akuntansi biaya" kecil semua.
tolong dibetulin jadi Akuntansi Biaya ya kak, biar sama kayak di SIAKAD. makasih banyak
""")

M("settings-indonesia-visibilitas-tampilkan", "2027-03-01 09:20", ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
  "Pengaturan course Mekanika Fluida", "course_data", "id",
  cd("MES2205", "Mekanika Fluida", shortname="MF-GENAP27"), client="thunderbird",
  plain="""Selamat pagi,

Saya belum bisa mengubah pengaturan course MES2205 Mekanika Fluida, mohon dibantu diisi:

Nama lengkap mata kuliah: tidak berubah
Nama singkat mata kuliah: MF-GENAP27
Visibilitas: Tampilkan
Format: Topik

Terima kasih,
Rudi Hartono
""")

M("en-my-course-is-code-name-programme", "2027-03-01 10:05", ("Akira Tanaka", "akira.tanaka@polibatam.ac.id"),
  "Enrolment key please", "course_data", "en",
  cd("MKT3302", "Automation Systems Design", enrolment_key="asd-kobe-27"), client="apple",
  plain="""Good morning,

I joined the Mechatronics programme as a guest lecturer this term. My course on the e-learning site is MKT3302
Automation Systems Design. Could you set its enrolment key to asd-kobe-27? My students from the Manufacturing
Engineering programme will join too.

Kind regards,
Akira Tanaka
""")

M("en-allcaps-roman-still-shows", "2027-03-01 13:40", ("Maria Santos", "maria.santos@polibatam.ac.id"),
  "Capital letters in course title", "course_data", "en",
  cd("ELK2209", "DIGITAL ELECTRONICS II", fullname="Digital Electronics II"), client="outlook",
  plain="""Hi P4M team,

The e-learning page of ELK2209 still shows DIGITAL ELECTRONICS II, all in capitals. Please write it as
Digital Electronics II like the other courses.

Regards,
Maria Santos
""")

M("nama-hanya-di-subjek-kunci", "2027-03-02 08:10", ("Hendra Saputra", "hendra.saputra@polibatam.ac.id"),
  "Enrol key Statistika Industri", "course_data", "id",
  cd("TIN2104", "Statistika Industri", enrolment_key="stat-ind-b"), client="roundcube",
  plain="""Pak/Bu,

Untuk TIN2104 tolong enrol key-nya diganti stat-ind-b, yang lama sudah disebar ke kelas lain.

Terima kasih
Hendra
""")

M("matkul-dan-ampersand-kelas-kurung", "2027-03-02 10:30", ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "dosen K3", "course_data", "id",
  cd("TMS1203", "Kesehatan & Keselamatan Kerja", lecturer="Ir. Bambang Sutejo, M.T."), client="gmail",
  plain="""Assalamualaikum,

Matkul Kesehatan & Keselamatan Kerja (kelas TM-1B) kodenya TMS1203, dosennya sekarang Ir. Bambang Sutejo, M.T.
karena saya cuti melahirkan. Mohon diperbarui di e-learning.

Wassalam,
Wulan
""")

M("english-name-in-indonesian-mail", "2027-03-02 14:15", ("Yusuf Maulana", "yusuf.maulana@polibatam.ac.id"),
  "Ringkasan course", "course_data", "id",
  cd("BIS3105", "Digital Marketing Analytics", summary="Analisis data kampanye digital dengan Google Analytics"),
  client="zimbra",
  plain="""Yth. Tim P4M,

Deskripsi singkat course Digital Marketing Analytics (BIS3105) mohon diganti menjadi:
Analisis data kampanye digital dengan Google Analytics

Salam,
Yusuf Maulana
Prodi Administrasi Bisnis Terapan
""")

M("kode-dan-nama-beda-kalimat", "2027-03-03 09:00", ("Siti Rahmawati", "siti.rahmawati@polibatam.ac.id"),
  "SKS salah", "course_data", "id",
  cd("TEL3104", "Teknik Tenaga Listrik", credits="3 SKS"), client="outlook",
  plain="""Selamat siang,

Semester ini saya mengampu Teknik Tenaga Listrik. Kodenya TEL3104. Di e-learning SKS-nya tertulis 2,
seharusnya 3 SKS.

Terima kasih atas bantuannya.
Siti Rahmawati
""")

M("mata-kuliah-saya-koma", "2027-03-03 11:45", ("Andi Pratama", "andi.pratama@polibatam.ac.id"),
  "Ganti semester", "course_data", "id",
  cd("TSP2201", "Rekayasa Lalu Lintas", semester="Genap 2026/2027"), client="yahoo",
  plain="""Halo admin,

Mata kuliah saya, Rekayasa Lalu Lintas (TSP2201), masih tercatat di semester Ganjil. Mohon dipindah ke
semester Genap 2026/2027.

Andi
""")

M("mk-angka-dan-garis-miring", "2027-03-03 15:20", ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
  "MK Kalkulus 2", "course_data", "id",
  cd("MAT1202", "Kalkulus 2", lecturer="Dra. Nuraini Lubis, M.Si."), client="gmail",
  plain="""Pagi P4M,

MK Kalkulus 2 kode MAT1202 mohon pengampunya diganti ke Dra. Nuraini Lubis, M.Si. mulai minggu depan.

Makasih,
Lina
""")

M("slash-name-nama-mk-label", "2027-03-04 08:30", ("Prodi Multimedia", "multimedia@polibatam.ac.id"),
  "Permintaan perubahan", "course_data", "id",
  cd("MMD2107", "Desain Grafis / Tipografi", credits="4"), client="outlook",
  plain="""Kepada Tim P4M,

Kode MK: MMD2107
Nama MK: Desain Grafis / Tipografi
Perubahan: SKS menjadi 4

Admin Prodi Multimedia
""")

M("near-miss-program-studi-saja", "2027-03-04 10:10", ("Dewi Kartika", "dewi.kartika@polibatam.ac.id"),
  "Short name course", "course_data", "id",
  cd("GEO3101", shortname="GEO3101-27"), client="roundcube",
  plain="""Selamat pagi,

Sesuai arahan Program Studi Teknik Geomatika, short name untuk GEO3101 mohon diganti jadi GEO3101-27.

Terima kasih,
Dewi Kartika
""")

M("near-miss-event-workshop-en", "2027-03-04 13:00", ("Peter Lim", "peter.lim@polibatam.ac.id"),
  "Change credits for ME2203", "course_data", "en",
  cd("ME2203", credits="3"), client="outlook-mac",
  plain="""Hello,

Following the Curriculum Review Workshop last week, ME2203 goes from 2 to 3 credits. Please update it on
e-learning.

Best,
Peter Lim
""")

M("near-miss-dokumen-rps", "2027-03-05 08:45", ("Bayu Nugroho", "bayu.nugroho@polibatam.ac.id"),
  "Ringkasan IF2203", "course_data", "id",
  cd("IF2203", summary="Struktur data linear dan non-linear beserta analisis algoritmanya"), client="gmail",
  plain="""Halo,

Sesuai Rencana Pembelajaran Semester yang baru, ringkasan course IF2203 diganti:
Struktur data linear dan non-linear beserta analisis algoritmanya

Bayu
""")

M("near-miss-unit-upt", "2027-03-05 10:00", ("UPT Perpustakaan", "perpustakaan@polibatam.ac.id"),
  "Dosen untuk UPT-LIB1", "course_data", "id",
  cd("UPT-LIB1", lecturer="Rina Wulandari, S.IP."), client="zimbra",
  plain="""Yth. P4M,

UPT Perpustakaan meminta dosen di course UPT-LIB1 diganti menjadi Rina Wulandari, S.IP.

Hormat kami,
UPT Perpustakaan
""")

M("forwarded-with-name-inside", "2027-03-05 14:30", ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "Fwd: pergantian dosen", "course_data", "id",
  cd("LOG2102", "Manajemen Pergudangan", lecturer="Novi Anggraini, S.T., M.T."), client="gmail",
  plain="""Mohon ditindaklanjuti, terima kasih.

---------- Forwarded message ---------
From: Kaprodi Logistik <kaprodi.log@polibatam.ac.id>
Date: Kam, 4 Mar 2027 16.02
Subject: pergantian dosen
To: Agus Salim <agus.salim@polibatam.ac.id>

Pak Agus, untuk matkul Manajemen Pergudangan (LOG2102) dosennya mulai pekan depan Novi Anggraini, S.T., M.T.
Tolong teruskan ke P4M.

Kaprodi
""")

M("en-my-course-lower-case-fix", "2027-03-06 09:15", ("Kevin Wong", "kevin.wong@polibatam.ac.id"),
  "course title lowercase", "course_data", "en",
  cd("CSE2110", "web application security", fullname="Web Application Security"), client="gmail",
  plain="""hey team, my course CSE2110 is listed as "web application security" in lower case. could you fix it to
Web Application Security? thanks!

Kevin
""")

M("caps-subjek-saja-dan", "2027-03-06 11:00", ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
  "SISTEM OPERASI DAN JARINGAN - ganti dosen", "course_data", "id",
  cd("TKJ2203", "SISTEM OPERASI DAN JARINGAN", lecturer="Arif Budiman, M.Kom."), client="outlook",
  plain="""Selamat siang,

Mulai pertemuan 9, TKJ2203 diampu oleh Arif Budiman, M.Kom. Mohon diubah.

Rahmat Hidayat
""")

M("settings-table-course-full-name", "2027-03-06 15:30", ("Fajar Nugraha", "fajar.nugraha@polibatam.ac.id"),
  "Course settings", "course_data", "en",
  cd("RBT2104", "Sensors and Actuators", summary="Working principles of sensors, actuators and their interfaces"),
  client="outlook",
  html_body="""<html><body><p>Hello P4M,</p>
<p>Please set the summary of my course as below. The other settings stay.</p>
<table border="1">
<tr><td>Course full name</td><td>Sensors and Actuators</td></tr>
<tr><td>Course short name</td><td>RBT2104</td></tr>
<tr><td>Course visibility</td><td>Show</td></tr>
<tr><td>Course summary</td><td>Working principles of sensors, actuators and their interfaces</td></tr>
</table>
<p>Thanks,<br>Fajar</p></body></html>""")

M("hyphen-colon-name-quoted-reply", "2027-03-07 08:20", ("Melati Putri", "melati.putri@polibatam.ac.id"),
  "enrol key", "course_data", "id",
  cd("BIG1102", "Bahasa Inggris: Presentasi Teknis", enrolment_key="present-2027"), client="gmail-app",
  plain="""min, key buat mata kuliah saya "Bahasa Inggris: Presentasi Teknis" (BIG1102) tolong ganti present-2027 ya

makasih
""")


if __name__ == "__main__":
    sys.exit(E.main())

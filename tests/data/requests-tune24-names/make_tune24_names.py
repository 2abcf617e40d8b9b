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


# ================================================================ batch 2 (written after batch 1's rules, before any rule for it)

M("reply-namanya-di-bawah-pertanyaan", "2027-03-08 08:05", ("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
  "Re: [P4M] Permintaan Anda kami terima", "course_data", "id",
  cd("ELN2105", "Elektronika Analog", lecturer="Yudi Prasetyo, S.T., M.Eng."), client="thunderbird", reply=True,
  plain="""Kodenya ELN2105, namanya Elektronika Analog. Dosen barunya Yudi Prasetyo, S.T., M.Eng.

Taufik

On 07/03/2027 16.20, Helpdesk P4M wrote:
> Terima kasih, permintaan Anda sudah kami terima.
> Mohon sebutkan kode dan nama mata kuliah yang dimaksud.
""")

M("settings-tab-english-hide", "2027-03-08 09:40", ("Ahmad Fauzi", "ahmad.fauzi@polibatam.ac.id"),
  "short name", "course_data", "en",
  cd("MES3102", "Applied Thermodynamics", shortname="ATD-EVEN27"), client="outlook",
  plain="""Dear P4M,

This is what I see in the settings of MES3102. Please change only the short name to ATD-EVEN27.

Course full name\tApplied Thermodynamics
Course short name\tMES3102
Course visibility\tHide
Course start date\t1 March 2027

Thank you,
Ahmad Fauzi
""")

M("pengaturan-indonesia-nama-lengkap-kursus", "2027-03-08 11:15", ("Nurul Aini", "nurul.aini@polibatam.ac.id"),
  "ringkasan kursus", "course_data", "id",
  cd("BID1101", "Bahasa Indonesia Akademik", summary="Menulis karya ilmiah dan surat resmi"), client="roundcube",
  plain="""Selamat siang Tim P4M,

Berikut pengaturan kursus saya (BID1101) yang terlihat sekarang:

Nama lengkap kursus : Bahasa Indonesia Akademik
Nama singkat kursus : BID1101
Visibilitas kursus : Tampilkan

Mohon ringkasannya diisi: Menulis karya ilmiah dan surat resmi

Terima kasih,
Nurul Aini
""")

M("matkul-huruf-kecil-kode-dosennya", "2027-03-08 20:45", ("Reza Firmansyah", "reza.firmansyah@polibatam.ac.id"),
  "dosen", "course_data", "id",
  cd("LOG3103", "manajemen rantai pasok", lecturer="Desi Ratnasari, S.E., M.M."), client="gmail-app",
  plain="""min matkul manajemen rantai pasok kode LOG3103 dosennya ganti Desi Ratnasari, S.E., M.M. ya. thx
""")

M("muncul-huruf-besar-semua", "2027-03-09 07:30", ("Irma Suryani", "irma.suryani@polibatam.ac.id"),
  "Nama MK huruf besar", "course_data", "id",
  cd("EKO1101", "PENGANTAR EKONOMI MIKRO", fullname="Pengantar Ekonomi Mikro"), client="yahoo",
  plain="""Selamat pagi,

Di e-learning nama MK EKO1101 muncul PENGANTAR EKONOMI MIKRO semua huruf besar. Mohon dirapikan jadi
Pengantar Ekonomi Mikro.

Irma
""")

M("en-comma-ampersand-name-code-brackets", "2027-03-09 09:55", ("Grace Tan", "grace.tan@polibatam.ac.id"),
  "Lecturer change", "course_data", "en",
  cd("HSE2101", "Health, Safety & Environment", lecturer="Ir. Hasan Basri, M.T."), client="apple",
  plain="""Hi,

For Health, Safety & Environment (HSE2101), the lecturer from next week is Ir. Hasan Basri, M.T. Could you
update it on the e-learning site?

Thanks,
Grace
""")

M("roman-kelas-kurung-kode-kalimat-lain", "2027-03-09 13:10", ("Sri Wahyuni", "sri.wahyuni@polibatam.ac.id"),
  "SKS Bahasa Jepang", "course_data", "id",
  cd("BJP2102", "Bahasa Jepang II", credits="2"), client="outlook",
  plain="""Yth. P4M,

Bahasa Jepang II (kelas AB-2A) di e-learning tercatat 3 SKS, padahal di kurikulum 2 SKS. Kode mata kuliahnya
BJP2102. Mohon diubah menjadi 2.

Salam,
Sri Wahyuni
""")

M("subjek-mk-kode-di-badan", "2027-03-09 15:45", ("Dedi Kurniawan", "dedi.kurniawan@polibatam.ac.id"),
  "MK Perancangan Elemen Mesin", "course_data", "id",
  cd("MES3107", "Perancangan Elemen Mesin", summary="Perancangan poros, bantalan, roda gigi dan sambungan"),
  client="zimbra",
  plain="""Siang,

Kode MES3107, mohon ringkasan course diganti menjadi: Perancangan poros, bantalan, roda gigi dan sambungan

Dedi
""")

M("english-name-kurung-siku-kode", "2027-03-10 08:20", ("Budi Santoso", "budi.santoso@polibatam.ac.id"),
  "enrol key course", "course_data", "id",
  cd("LOG3208", "Supply Chain Analytics", enrolment_key="sca-2027"), client="gmail",
  plain="""Halo tim,

Untuk course Supply Chain Analytics [LOG3208] tolong enrol key-nya diganti sca-2027.

Makasih,
Budi
""")

M("hyphen-e-commerce-digit-name", "2027-03-10 10:30", ("Putri Ayu", "putri.ayu@polibatam.ac.id"),
  "Perubahan dosen", "course_data", "id",
  cd("SIB3106", "Pemrograman E-Commerce 2", lecturer="Hafiz Ramadhan, M.Kom."), client="outlook",
  plain="""Kepada Tim P4M,

Dosen Pemrograman E-Commerce 2 (SIB3106) mulai pekan ini Hafiz Ramadhan, M.Kom. Mohon disesuaikan.

Terima kasih,
Putri Ayu
""")

M("en-forwarded-original-message", "2027-03-10 14:00", ("Program Office", "ee.office@polibatam.ac.id"),
  "FW: credits for ENR3105", "course_data", "en",
  cd("ENR3105", "Renewable Energy Systems", credits="3"), client="outlook",
  plain="""Dear helpdesk, please see below.

-----Original Message-----
From: Jonas Berg <jonas.berg@polibatam.ac.id>
Sent: Wednesday, March 10, 2027 9:12 AM
To: ee.office@polibatam.ac.id
Subject: credits for ENR3105

Hello, my course Renewable Energy Systems (ENR3105) should carry 3 credits, not 2. Can the office ask P4M?

Jonas
""")

M("near-miss-en-industrial-visit-week", "2027-03-10 16:20", ("Oscar Lee", "oscar.lee@polibatam.ac.id"),
  "Key for ME3104", "course_data", "en",
  cd("ME3104", enrolment_key="ivw-2027"), client="outlook-mac",
  plain="""Hi team,

After the Industrial Visit Week, please change the enrolment key of ME3104 to ivw-2027.

Oscar
""")

M("near-miss-program-d4", "2027-03-11 08:00", ("Fikri Hakim", "fikri.hakim@polibatam.ac.id"),
  "SKS MMD3101", "course_data", "id",
  cd("MMD3101", credits="4"), client="roundcube",
  plain="""Pagi,

Mahasiswa D4 Teknologi Rekayasa Multimedia angkatan 2025 mengambil MMD3101; mohon SKS-nya diubah jadi 4 sesuai
kurikulum baru.

Fikri
""")

M("near-miss-kontrak-perkuliahan", "2027-03-11 10:40", ("Yanti Kusuma", "yanti.kusuma@polibatam.ac.id"),
  "deskripsi TRE2104", "course_data", "id",
  cd("TRE2104", summary="Dasar sistem kendali dan pemodelan plant"), client="gmail",
  plain="""Selamat pagi,

Sesuai Kontrak Perkuliahan revisi, deskripsi TRE2104 diganti menjadi "Dasar sistem kendali dan pemodelan plant".

Terima kasih
Yanti
""")

M("near-miss-pusat-karier-unit", "2027-03-11 13:30", ("Pusat Pengembangan Karier", "karier@polibatam.ac.id"),
  "Dosen CDC-WS2", "course_data", "id",
  cd("CDC-WS2", lecturer="Maya Sari, S.Psi."), client="zimbra",
  plain="""Yth. Tim P4M,

Kami dari Pusat Pengembangan Karier mohon pengampu di CDC-WS2 diganti menjadi Maya Sari, S.Psi.

Hormat kami
""")

M("subjek-saja-english-dash-key", "2027-03-11 15:00", ("Hannah Kim", "hannah.kim@polibatam.ac.id"),
  "Quality Management Systems – enrolment key", "course_data", "en",
  cd("QMS2201", "Quality Management Systems", enrolment_key="qms-27"), client="apple",
  plain="""Hello,

Please reset the key for QMS2201 to qms-27.

Best,
Hannah
""")

M("tabel-markdown-mata-kuliah-kode", "2027-03-12 09:10", ("Prodi Teknik Sipil", "sipil@polibatam.ac.id"),
  "Pergantian pengampu", "course_data", "id",
  cd("TSP3105", "Struktur Beton Bertulang", lecturer="Dr. Wahyu Nugroho, S.T., M.T."), client="outlook",
  html_body="""<html><body><p>Yth. P4M,</p>
<p>Mohon perubahan pengampu berikut:</p>
<table border="1">
<tr><th>Kode</th><th>Mata Kuliah</th><th>Pengampu Baru</th></tr>
<tr><td>TSP3105</td><td>Struktur Beton Bertulang</td><td>Dr. Wahyu Nugroho, S.T., M.T.</td></tr>
</table>
<p>Admin Prodi Teknik Sipil</p></body></html>""")

M("mata-kuliah-saya-tanpa-koma-kurung", "2027-03-12 11:25", ("Agung Wibowo", "agung.wibowo@polibatam.ac.id"),
  "sks", "course_data", "id",
  cd("MAT2204", "Metode Numerik", credits="3"), client="gmail-app",
  plain="""Mata kuliah saya Metode Numerik (MAT2204) di elearning masih 2 sks, tolong diganti 3 sks. nuhun
""")

M("en-name-then-code-next-sentence", "2027-03-12 14:40", ("Liam O'Brien", "liam.obrien@polibatam.ac.id"),
  "Course summary", "course_data", "en",
  cd("MRE2103", "Marine Engineering Drawing", summary="Technical drawing of ship machinery and piping"),
  client="outlook-web",
  plain="""Hello P4M,

I teach Marine Engineering Drawing this term. Its code is MRE2103. Please set the summary to: Technical drawing
of ship machinery and piping

Cheers,
Liam
""")

M("lower-case-english-my-course-brackets", "2027-03-12 21:05", ("Sofia Rahman", "sofia.rahman@polibatam.ac.id"),
  "key pls", "course_data", "en",
  cd("MES2101", "thermodynamics 1", enrolment_key="thermo-1-27"), client="gmail-app",
  plain="""hi, can u change the enrolment key of my course thermodynamics 1 (MES2101) to thermo-1-27? thx
""")


# ================================================================ batch 3 (written after batch 2's rules, before any rule for it)

M("ann-umumkan-di-course-nama-dan-kode", "2027-03-15 07:40", ("Hesti Purnamasari", "hesti.purnama@polibatam.ac.id"),
  "Pengumuman kuis", "announcement", "id",
  an("Kuis 2 Statistika dan Probabilitas", "STA2103", "Statistika dan Probabilitas"), client="gmail",
  plain="""Selamat pagi Tim P4M,

Mohon diumumkan di course Statistika dan Probabilitas (STA2103) sekarang:

Judul: Kuis 2 Statistika dan Probabilitas
Isi: Kuis 2 dilaksanakan Kamis, 18 Maret 2027, materi distribusi peluang. Bawa kalkulator.

Terima kasih,
Hesti
""")

M("ann-en-post-on-the-course-page-caps", "2027-03-15 09:30", ("David Chen", "david.chen@polibatam.ac.id"),
  "Announcement for FLUID MECHANICS II", "announcement", "en",
  an("Lab report deadline extended", "MES2206", "FLUID MECHANICS II"), client="outlook",
  plain="""Hello P4M,

Could you post this on the FLUID MECHANICS II (MES2206) page today?

Title: Lab report deadline extended
Body: The deadline for lab report 3 is now Friday 19 March, 23:59.

Regards,
David Chen
""")

M("ann-matkul-lower-kelas", "2027-03-15 12:15", ("Rina Oktaviani", "rina.oktaviani@polibatam.ac.id"),
  "umumin ya", "announcement", "id",
  an("Kelas diganti online", "TIF2208", "basis data lanjut"), client="gmail-app",
  plain="""min tolong umumin di matkul basis data lanjut (TIF2208):

judul: Kelas diganti online
isi: kelas jumat ini online lewat zoom, link nyusul di grup.

makasih
""")

M("reply-quoted-original-with-name", "2027-03-16 08:00", ("Eko Saputro", "eko.saputro@polibatam.ac.id"),
  "Re: Enrolment key Perawatan Mesin Pesawat", "course_data", "id",
  cd("AMT2104", "Perawatan Mesin Pesawat", enrolment_key="pmp-2027b"), client="outlook", reply=True,
  plain="""Maaf, ada koreksi: key-nya jadi pmp-2027b saja, bukan yang kemarin.

Eko

-----Original Message-----
From: Eko Saputro
Sent: Senin, 15 Maret 2027 16:10
To: helpdesk-p4m@polibatam.ac.id
Subject: Enrolment key Perawatan Mesin Pesawat

Tolong enrolment key AMT2104 diganti pmp-2027.
""")

M("mata-kuliah-saya-tanpa-kode-sks", "2027-03-16 10:20", ("Yohanes Simanjuntak", "yohanes.s@polibatam.ac.id"),
  "sks di e-learning", "course_data", "id",
  cd(None, "Hukum Bisnis", credits="2"), client="yahoo",
  plain="""Selamat siang,

Mata kuliah saya Hukum Bisnis di e-learning tertulis 3 SKS. Yang benar 2 SKS, mohon diperbaiki.

Yohanes
""")

M("en-name-dash-code-in-subject-only", "2027-03-16 13:45", ("Ahmed Rashid", "ahmed.rashid@polibatam.ac.id"),
  "Power Electronics - EE3104", "course_data", "en",
  cd("EE3104", "Power Electronics", lecturer="Ir. Joko Susilo, M.T."), client="outlook-mac",
  plain="""Dear team,

Please replace me with Ir. Joko Susilo, M.T. as the lecturer. I am moving to the research centre.

Ahmed
""")

M("nama-mk-label-tanpa-titik-dua-html", "2027-03-16 15:30", ("Lestari Handayani", "lestari.h@polibatam.ac.id"),
  "Perubahan short name", "course_data", "id",
  cd("AKP3102", "Akuntansi Sektor Publik", shortname="ASP-2027"), client="outlook",
  html_body="""<html><body><p>Yth. P4M,</p>
<p><b>Mata kuliah</b> Akuntansi Sektor Publik<br><b>Kode</b> AKP3102<br><b>Short name baru</b> ASP-2027</p>
<p>Terima kasih,<br>Lestari</p></body></html>""")

M("near-miss-en-programme-handbook", "2027-03-17 08:10", ("Fiona Walsh", "fiona.walsh@polibatam.ac.id"),
  "Summary for NAV2102", "course_data", "en",
  cd("NAV2102", summary="Coastal and celestial navigation with chart work"), client="apple",
  plain="""Hi,

As agreed in the Nautical Studies Handbook, please set the summary of NAV2102 to: Coastal and celestial
navigation with chart work

Thanks,
Fiona
""")

M("near-miss-seminar-nasional-kode", "2027-03-17 10:45", ("Joko Widodo", "joko.widodo@polibatam.ac.id"),
  "SKS TEK3205", "course_data", "id",
  cd("TEK3205", credits="3"), client="roundcube",
  plain="""Pak/Bu,

Setelah Seminar Nasional Teknologi Terapan kemarin, prodi sepakat SKS TEK3205 jadi 3. Mohon diubah di e-learning.

Salam,
Joko
""")

M("ann-subject-only-name-code-body", "2027-03-17 14:00", ("Melinda Sari", "melinda.sari@polibatam.ac.id"),
  "Pengumuman - Kewirausahaan Digital", "announcement", "id",
  an("Presentasi proposal usaha", "KWD2101", "Kewirausahaan Digital"), client="zimbra",
  plain="""Yth. Tim P4M,

Mohon ditayangkan di KWD2101 hari ini.

Judul: Presentasi proposal usaha
Isi: Presentasi proposal usaha dilakukan per kelompok pada pertemuan 7.

Melinda
""")

M("slash-abbreviation-name-bracket-class", "2027-03-18 08:30", ("Arif Rahman", "arif.rahman@polibatam.ac.id"),
  "dosen PBO", "course_data", "id",
  cd("TIF2104", "Pemrograman Berorientasi Objek", lecturer="Sari Indah, M.Kom."), client="gmail",
  plain="""Selamat pagi,

PBO/Pemrograman Berorientasi Objek (kelas IF-2B), kode TIF2104: pengampunya diganti Sari Indah, M.Kom. mulai
pertemuan 5.

Arif
""")

M("en-lower-case-course-in-caps-and-numbers", "2027-03-18 11:00", ("Tom Becker", "tom.becker@polibatam.ac.id"),
  "renaming", "course_data", "en",
  cd("CAD1102", "CAD 2D DRAFTING", fullname="CAD 2D Drafting"), client="gmail",
  plain="""Hi,

The course CAD1102 is displayed as "CAD 2D DRAFTING" on Moodle. Please rename it to CAD 2D Drafting.

Tom
""")

M("nama-kursus-di-siakad-beda-sebutkan", "2027-03-18 14:20", ("Wahyuni Lestari", "wahyuni.l@polibatam.ac.id"),
  "nama course beda", "course_data", "id",
  cd("GEO2203", "Sistem Informasi Geografi", fullname="Sistem Informasi Geografis"), client="thunderbird",
  plain="""Halo,

Nama course GEO2203 di e-learning masih Sistem Informasi Geografi, kurang huruf s. Mohon diubah menjadi
Sistem Informasi Geografis.

Wahyuni
""")

M("ann-en-for-my-course-colon-name", "2027-03-19 09:00", ("Rachel Ng", "rachel.ng@polibatam.ac.id"),
  "Please post", "announcement", "en",
  an("No class on Monday", "BUS2204", "Business Communication"), client="outlook-web",
  plain="""Hi team,

Please post this for my course Business Communication (BUS2204):

Title: No class on Monday
Message: There is no class on Monday 22 March; we meet again on Wednesday.

Thanks,
Rachel
""")

M("forwarded-indonesia-pesan-terusan", "2027-03-19 13:30", ("Admin Prodi Akuntansi", "akuntansi@polibatam.ac.id"),
  "Fwd: Permohonan ganti enrol key", "course_data", "id",
  cd("AKT3104", "Auditing II", enrolment_key="audit2-genap"), client="gmail",
  plain="""Diteruskan ke P4M.

---------- Pesan terusan ---------
Dari: Lukman Hakim <lukman.hakim@polibatam.ac.id>
Tanggal: Jum, 19 Mar 2027 10.02
Subjek: Permohonan ganti enrol key
Kepada: Admin Prodi Akuntansi <akuntansi@polibatam.ac.id>

Mohon bantu ganti enrol key Auditing II (AKT3104) menjadi audit2-genap.

Lukman
""")

M("near-miss-lab-unit-en", "2027-03-19 16:00", ("Lab Coordinator", "lab.mech@polibatam.ac.id"),
  "Lecturer for MES1105", "course_data", "en",
  cd("MES1105", lecturer="Andi Wijaya, S.T."), client="outlook",
  plain="""Hello,

The Manufacturing Process Laboratory asks that the lecturer of MES1105 be changed to Andi Wijaya, S.T.

Lab Coordinator
""")


if __name__ == "__main__":
    sys.exit(E.main())

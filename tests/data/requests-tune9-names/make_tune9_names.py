#!/usr/bin/env python3
"""Generate the ninth P4M helpdesk TUNING corpus for course identity (40 labelled request e-mails).

Course code and current course name in voices and layouts the earlier name corpora lack: partner
universities writing "module" and "unit", aircraft-maintenance, animation, power-plant and cyber-security
lecturers, a quality-assurance office, secretaries writing for the head of programme, class
representatives on phones. Names in lower case, in English, abbreviated, in the subject only, in Outlook
tables, DOCX forms and PDF letters, with a class, a semester or a lecturer around them; codes with a
space, a hyphen, in lower case, in round or square brackets; shapes that look like codes and are not
(rooms, NIM, letter numbers, ticket numbers of other systems, years, decrees); renames where the current
and the new name stand in one line, in one table row or in one English sentence.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py;
every body here was written by hand; each batch (the first 32, then the last 8) was scored before any rule was
changed for it.
Run:  python3 make_tune9_names.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # type: ignore[import-not-found]  # noqa: E402, N812

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 25, "announcement": 15}
M = E.M

# ---------------------------------------------------------------- course_data

M(
    "hp-matkul-satu-kata-huruf-kecil-kode-strip",
    "2027-04-12 06:40:00",
    ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
    "enrol key",
    """pagi min, utk matkul kewirausahaan (mku-1203) enrol key nya tolong diganti jadi kwu-sore27 ya. yg lama udh kesebar. makasih min
""",
    "course_data",
    "id",
    fields={"course_code": "mku-1203", "course_name": "kewirausahaan", "changes": {"enrolment_key": "kwu-sore27"}},
    client="iphone",
)

M(
    "en-partner-module-leader-code-space",
    "2027-04-12 09:15:00",
    ("Dr. Faizal Rahman", "faizal.rahman@utm.edu.my"),
    "Joint module - enrolment key",
    """Dear Helpdesk team,

I am the module leader from Universiti Teknologi Malaysia for the joint module Port Operations Management (LPI 3204). Could the enrolment key please be changed to lpi-utm-2027? Our students will join from next week.

Kind regards,
Dr. Faizal Rahman
Faculty of Maritime Studies, UTM
""",
    "course_data",
    "en",
    fields={
        "course_code": "LPI 3204",
        "course_name": "Port Operations Management",
        "changes": {"enrolment_key": "lpi-utm-2027"},
    },
)

M(
    "subjek-kurung-siku-kode-nama-saja",
    "2027-04-12 10:05:00",
    ("Rudi Setiawan, S.T., M.T.", "rudi.setiawan@polibatam.ac.id"),
    "[TPP2105] Sistem Hidrolik Pesawat - enrolment key",
    """Yth. Tim P4M,

Mohon enrolment key diganti menjadi hidrolik-27b karena kelas B baru bergabung.

Terima kasih,
Rudi Setiawan
Teknik Perawatan Pesawat Udara
""",
    "course_data",
    "id",
    fields={
        "course_code": "TPP2105",
        "course_name": "Sistem Hidrolik Pesawat",
        "changes": {"enrolment_key": "hidrolik-27b"},
    },
    client="thunderbird",
)

M(
    "outlook-tabel-no-kode-nama-kelas-dosen",
    "2027-04-12 13:30:00",
    ("Tata Usaha Prodi Animasi", "tu.animasi@polibatam.ac.id"),
    "Perubahan dosen pengampu",
    "",
    "course_data",
    "id",
    fields={
        "course_code": "AN2206",
        "course_name": "Animasi 3D Lanjut",
        "changes": {"lecturer": "Yoga Pratama, S.Sn., M.Ds."},
    },
    client="outlook",
    html_body="""<p class="MsoNormal">Yth. Tim Helpdesk P4M,<o:p></o:p></p>
<p class="MsoNormal">Mohon perubahan dosen pengampu di e-learning sebagai berikut:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>No</b></p></td><td><p class="MsoNormal"><b>Kode</b></p></td><td><p class="MsoNormal"><b>Nama Mata Kuliah</b></p></td><td><p class="MsoNormal"><b>Kelas</b></p></td><td><p class="MsoNormal"><b>Dosen Pengampu Baru</b></p></td></tr>
<tr><td><p class="MsoNormal">1</p></td><td><p class="MsoNormal">AN2206</p></td><td><p class="MsoNormal">Animasi 3D Lanjut</p></td><td><p class="MsoNormal">AN-2A</p></td><td><p class="MsoNormal">Yoga Pratama, S.Sn., M.Ds.</p></td></tr>
</table>
<p class="MsoNormal">Terima kasih.<o:p></o:p></p>
<p class="MsoNormal">Tata Usaha Prodi Animasi<o:p></o:p></p>""",
)

M(
    "docx-formulir-prodi-kode-strip-nama",
    "2027-04-12 14:10:00",
    ("Admin Prodi TRPE", "admin.trpe@polibatam.ac.id"),
    "Formulir perubahan data MK",
    """Selamat siang, formulir perubahan data mata kuliah terlampir. Terima kasih.

Admin Prodi TRPE
""",
    "course_data",
    "id",
    fields={"course_code": "PE-3102", "course_name": "Turbin Uap dan Gas", "changes": {"credits": "3"}},
    note="The request is only in the DOCX form.",
    att=[
        (
            "docx",
            "Formulir_Perubahan_MK.docx",
            [
                "FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING",
                "Program Studi : Teknologi Rekayasa Pembangkit Energi",
                "Kode Mata Kuliah : PE-3102",
                "Nama Mata Kuliah : Turbin Uap dan Gas",
                "Semester : 5",
                "Perubahan : SKS menjadi 3",
                "Pemohon : Koordinator Prodi",
            ],
        )
    ],
)

M(
    "pdf-surat-nomor-mirip-kode-rename",
    "2027-04-12 15:45:00",
    ("Jurusan Teknik Informatika", "jurusan.if@polibatam.ac.id"),
    "Surat perubahan nama mata kuliah",
    """Dengan hormat,

Bersama ini kami lampirkan surat permohonan perubahan nama mata kuliah di e-learning.

Hormat kami,
Jurusan Teknik Informatika
""",
    "course_data",
    "id",
    fields={
        "course_code": "IF3206",
        "course_name": "Pemrograman Perangkat Bergerak",
        "changes": {"fullname": "Pengembangan Aplikasi Mobile"},
    },
    note="The request is only in the PDF letter; its number has code-like parts.",
    att=[
        (
            "pdf",
            "Surat_Nama_MK.pdf",
            [
                "JURUSAN TEKNIK INFORMATIKA",
                "Nomor: B-214/PL29/TI/2027",
                "Perihal: Perubahan Nama Mata Kuliah",
                "",
                "Kepada Yth. Kepala P4M",
                "",
                "Mohon nama mata kuliah Pemrograman Perangkat Bergerak (IF3206)",
                "di e-learning diubah menjadi Pengembangan Aplikasi Mobile",
                "sesuai kurikulum 2027.",
                "",
                "Ketua Jurusan Teknik Informatika",
            ],
        )
    ],
)

M(
    "nama-lama-nama-baru-satu-baris-kode-spasi",
    "2027-04-13 08:20:00",
    ("Hendro Wibisono, M.T.", "hendro.wibisono@polibatam.ac.id"),
    "Ganti nama MK kode EL 2107",
    """Selamat pagi,

Untuk MK kode EL 2107 di e-learning: nama lama: Teknik Pengukuran Listrik; nama baru: Instrumentasi dan Pengukuran.

Terima kasih,
Hendro
""",
    "course_data",
    "id",
    fields={
        "course_code": "EL 2107",
        "course_name": "Teknik Pengukuran Listrik",
        "changes": {"fullname": "Instrumentasi dan Pengukuran"},
    },
)

M(
    "en-currently-listed-as-renamed",
    "2027-04-13 10:00:00",
    ("Grace Tanoto", "grace.tanoto@polibatam.ac.id"),
    "Course title on the LMS",
    """Hello,

The course currently listed on the e-learning site as Accounting Information System (AK3105) needs to be renamed to Accounting Information Systems, as in the new curriculum.

Thank you,
Grace
""",
    "course_data",
    "en",
    fields={
        "course_code": "AK3105",
        "course_name": "Accounting Information System",
        "changes": {"fullname": "Accounting Information Systems"},
    },
)

M(
    "komting-nim-ruang-kode-huruf-kecil-spasi",
    "2027-04-13 19:50:00",
    ("Dimas Prasetyo", "dimas.prasetyo@students.polibatam.ac.id"),
    "enrol key forensik",
    """kak sy Dimas NIM 4322101045 komting kelas RKS-2B. matkul forensik digital (rks 2104) enrol key nya gak bisa dipake kak, kata pak dosen tolong diganti jd forensik-2b aja. kuliahnya di ruang GU 805 kak kalo perlu. makasih
""",
    "course_data",
    "id",
    fields={"course_code": "rks 2104", "course_name": "forensik digital", "changes": {"enrolment_key": "forensik-2b"}},
    client="iphone",
)

M(
    "balasan-tiket-nama-lalu-kode-huruf-kecil",
    "2027-04-14 09:05:00",
    ("Ratna Sari, S.E., M.M.", "ratna.sari@polibatam.ac.id"),
    "Re: [P4M #2027-0412] Dosen pengampu",
    """Baik, terima kasih atas jawabannya.

Untuk mata kuliah Etika Bisnis, kode ab2103, semester genap 2026/2027 dosennya mohon diganti menjadi Ratna Sari, S.E., M.M. karena Pak Anwar cuti.

Salam,
Ratna
""",
    "course_data",
    "id",
    fields={"course_code": "ab2103", "course_name": "Etika Bisnis", "changes": {"lecturer": "Ratna Sari, S.E., M.M."}},
    reply="<p4m-2027-0412@polibatam.ac.id>",
)

M(
    "nama-yang-diampu-dosen-kode-koma",
    "2027-04-14 11:30:00",
    ("Melati Putri, S.Si., M.Stat.", "melati.putri@polibatam.ac.id"),
    "SKS MK",
    """Selamat siang,

Mata kuliah Statistika Terapan yang diampu Bu Melati, kode TI2108, mohon SKS-nya di e-learning diubah menjadi 2.

Terima kasih.
""",
    "course_data",
    "id",
    fields={"course_code": "TI2108", "course_name": "Statistika Terapan", "changes": {"credits": "2"}},
)

M(
    "en-phone-lowercase-intro-to-name",
    "2027-04-14 22:10:00",
    ("Jason Lee", "jason.lee@polibatam.ac.id"),
    "key",
    """hi, can you change the enrolment key for my intro to programming class (IF1101) to itp-gen27? thanks
""",
    "course_data",
    "en",
    fields={"course_code": "IF1101", "course_name": "intro to programming", "changes": {"enrolment_key": "itp-gen27"}},
    client="iphone",
)

M(
    "matkul-nama-kurung-siku-kode-strip",
    "2027-04-15 08:00:00",
    ("Agung Nugraha", "agung.nugraha@polibatam.ac.id"),
    "ganti dosen",
    """Selamat pagi, matkul Mikrokontroler [TRE-2203] kelas malam mohon dosennya diganti menjadi Agung Nugraha, S.T., M.Eng. mulai pertemuan ini. Terima kasih
""",
    "course_data",
    "id",
    fields={
        "course_code": "TRE-2203",
        "course_name": "Mikrokontroler",
        "changes": {"lecturer": "Agung Nugraha, S.T., M.Eng."},
    },
)

M(
    "en-still-reads-quoted-now-quoted-rename",
    "2027-04-15 10:40:00",
    ("Dr. Hannah Weber", "hannah.weber@polibatam.ac.id"),
    "EL1103 full name",
    """Dear P4M,

On the LMS the course still reads 'Basic Electronics', but since this year the course EL1103 is called 'Electronics Fundamentals'. Please update the full name to Electronics Fundamentals.

Best,
Hannah Weber
""",
    "course_data",
    "en",
    fields={
        "course_code": "EL1103",
        "course_name": "Basic Electronics",
        "changes": {"fullname": "Electronics Fundamentals"},
    },
)

M(
    "sk-nomor-mirip-kode-tanpa-kode-mk",
    "2027-04-15 13:15:00",
    ("Sekretaris Jurusan Manajemen Bisnis", "sekjur.mb@polibatam.ac.id"),
    "Perubahan dosen pengampu",
    """Dengan hormat,

Berdasarkan SK 1205/PL29/2027 tentang pembagian tugas mengajar, dosen pengampu mata kuliah Perilaku Konsumen di e-learning mohon diganti menjadi Fitri Handayani, S.E., M.Si.

Hormat kami,
Sekretaris Jurusan Manajemen Bisnis
""",
    "course_data",
    "id",
    fields={"course_name": "Perilaku Konsumen", "changes": {"lecturer": "Fitri Handayani, S.E., M.Si."}},
    client="zimbra",
)

M(
    "matkul-lower-rename-jd",
    "2027-04-15 20:30:00",
    ("Nadia Putri", "nadia.putri@polibatam.ac.id"),
    "nama matkul",
    """min, nama matkul sistem informasi akuntansi (ak2106) tolong diganti jd Sistem Informasi Akuntansi Berbasis Komputer ya, sesuai kurikulum baru. makasih min
""",
    "course_data",
    "id",
    fields={
        "course_code": "ak2106",
        "course_name": "sistem informasi akuntansi",
        "changes": {"fullname": "Sistem Informasi Akuntansi Berbasis Komputer"},
    },
    client="iphone",
)

M(
    "outlook-tabel-kode-nama-lama-nama-baru",
    "2027-04-16 09:00:00",
    ("Koordinator Prodi Robotika", "kaprodi.robotika@polibatam.ac.id"),
    "Perubahan nama mata kuliah",
    "",
    "course_data",
    "id",
    fields={
        "course_code": "TRE3104",
        "course_name": "Robotika Bergerak",
        "changes": {"fullname": "Robot Bergerak Otonom"},
    },
    client="outlook",
    html_body="""<p class="MsoNormal">Yth. Tim P4M,<o:p></o:p></p>
<p class="MsoNormal">Mohon nama mata kuliah berikut di e-learning disesuaikan dengan kurikulum baru:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Kode</b></p></td><td><p class="MsoNormal"><b>Nama Lama</b></p></td><td><p class="MsoNormal"><b>Nama Baru</b></p></td></tr>
<tr><td><p class="MsoNormal">TRE3104</p></td><td><p class="MsoNormal">Robotika Bergerak</p></td><td><p class="MsoNormal">Robot Bergerak Otonom</p></td></tr>
</table>
<p class="MsoNormal">Terima kasih.<o:p></o:p></p>
<p class="MsoNormal">Koordinator Prodi Robotika<o:p></o:p></p>""",
)

M(
    "en-partner-subject-unit-ticket-other-system",
    "2027-04-16 14:00:00",
    ("Ms. Aiko Tanaka", "aiko.tanaka@kit.ac.jp"),
    "Unit coordinator change",
    """Dear colleagues,

Following up our IT service desk ticket (REQ 4417), which was closed on our side: for the exchange unit Industrial Automation, course code me 2203, please change the lecturer to Prof. Kenji Sato.

Regards,
Aiko Tanaka
International Office, Kanazawa Institute of Technology
""",
    "course_data",
    "en",
    fields={
        "course_code": "me 2203",
        "course_name": "Industrial Automation",
        "changes": {"lecturer": "Prof. Kenji Sato"},
    },
)

M(
    "singkatan-matkul-kode-saja-tanpa-nama",
    "2027-04-16 16:20:00",
    ("Bayu Saputra", "bayu.saputra@polibatam.ac.id"),
    "PPL",
    """sore tim p4m, matkul PPL (RPL2201) semester 4 tolong enrolment key diganti menjadi ppl-smt4. tks
""",
    "course_data",
    "id",
    fields={"course_code": "RPL2201", "course_name": "PPL", "changes": {"enrolment_key": "ppl-smt4"}},
    client="iphone",
    note="Only an abbreviation (PPL) next to the code: it is the course's name as written (relabelled in round 18; the "
    "held-out parts label a name as the sender writes it, an abbreviation too).",
)

M(
    "tanpa-kode-angkatan-tahun-kelas",
    "2027-04-19 08:30:00",
    ("Yanto Kurniawan, S.T., M.T.", "yanto.kurniawan@polibatam.ac.id"),
    "Enrolment key Gambar Teknik Mesin",
    """Selamat pagi,

Untuk mata kuliah Gambar Teknik Mesin angkatan 2026 kelas ME-1A (TA 2026/2027), mohon enrolment key diganti menjadi gtm-1a-27.

Terima kasih,
Yanto
""",
    "course_data",
    "id",
    fields={"course_name": "Gambar Teknik Mesin", "changes": {"enrolment_key": "gtm-1a-27"}},
)

# ---------------------------------------------------------------- announcement

M(
    "en-partner-square-bracket-code-page",
    "2027-04-19 10:00:00",
    ("Dr. Sarah Collins", "s.collins@tafe.edu.au"),
    "Notice for the joint class",
    """Hello,

Please post this on the [MKT3102] Digital Marketing Analytics page, titled Guest Lecture Moved:

The guest lecture by our industry partner moves to Thursday next week, same time.

Thanks,
Sarah Collins
""",
    "announcement",
    "en",
    fields={
        "course_code": "MKT3102",
        "course_name": "Digital Marketing Analytics",
        "title": "Guest Lecture Moved",
        "scope": "course",
    },
)

M(
    "subjek-huruf-kecil-kelas-nama-kode",
    "2027-04-19 12:30:00",
    ("Fikri Hidayat", "fikri.hidayat@polibatam.ac.id"),
    "pengumuman utk kelas pemrograman web if2201",
    """tolong umumkan di elearning: kuis 2 ditunda ke minggu depan krn saya dinas luar. makasih
""",
    "announcement",
    "id",
    fields={"course_code": "if2201", "course_name": "pemrograman web", "scope": "course"},
    client="iphone",
)

M(
    "outlook-tabel-mk-kode-kurung-ruang",
    "2027-04-19 14:00:00",
    ("Laboran Teknik Elektro", "laboran.elektro@polibatam.ac.id"),
    "Pengumuman pindah ruang praktikum",
    "",
    "announcement",
    "id",
    fields={"course_code": "EL2102", "course_name": "Sistem Digital", "scope": "course"},
    client="outlook",
    html_body="""<p class="MsoNormal">Yth. Tim P4M,<o:p></o:p></p>
<p class="MsoNormal">Mohon diumumkan di e-learning bahwa praktikum minggu ini pindah ruang:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Mata Kuliah</b></p></td><td><p class="MsoNormal"><b>Kelas</b></p></td><td><p class="MsoNormal"><b>Ruang Baru</b></p></td></tr>
<tr><td><p class="MsoNormal">Sistem Digital (EL2102)</p></td><td><p class="MsoNormal">EL-2A</p></td><td><p class="MsoNormal">GU 805</p></td></tr>
</table>
<p class="MsoNormal">Terima kasih.<o:p></o:p></p>""",
)

M(
    "docx-kepada-mahasiswa-mk-kode-spasi",
    "2027-04-19 15:30:00",
    ("Sri Rahayu, M.Pd.", "sri.rahayu@polibatam.ac.id"),
    "Pengumuman (lampiran)",
    """Selamat sore, mohon pengumuman terlampir ditayangkan. Terima kasih.

Sri Rahayu
""",
    "announcement",
    "id",
    fields={
        "course_code": "ABT 3101",
        "course_name": "Metodologi Penelitian",
        "title": "Pengumpulan Proposal Penelitian",
        "scope": "course",
        "publish_at": "2027-04-20T07:00:00+07:00",
    },
    note="The announcement is only in the DOCX.",
    att=[
        (
            "docx",
            "Pengumuman_Metopen.docx",
            [
                "Kepada: Mahasiswa Mata Kuliah Metodologi Penelitian (ABT 3101)",
                "Judul: Pengumpulan Proposal Penelitian",
                "Ditayangkan: Selasa, 20 April 2027 pukul 07.00 WIB",
                "Proposal penelitian dikumpulkan paling lambat Jumat minggu ini melalui e-learning.",
            ],
        )
    ],
)

M(
    "sekretaris-atas-nama-kaprodi-kode-spasi",
    "2027-04-20 09:10:00",
    ("Sekretaris Prodi Akuntansi", "sekprodi.akt@polibatam.ac.id"),
    "Permohonan pengumuman",
    """Yth. Tim P4M,

Atas nama Ibu Kaprodi, mohon ditayangkan pengumuman di course Akuntansi Perpajakan II (AK 3203) kelas pagi dan malam dengan judul "Kuliah Tamu Perpajakan", isi: kuliah tamu dari KPP Pratama Batam diadakan Kamis, 22 April 2027 di Aula.

Terima kasih,
Sekretaris Prodi Akuntansi
""",
    "announcement",
    "id",
    fields={
        "course_code": "AK 3203",
        "course_name": "Akuntansi Perpajakan II",
        "title": "Kuliah Tamu Perpajakan",
        "scope": "course",
    },
)

M(
    "surat-nomor-kode-tanpa-nama",
    "2027-04-20 11:00:00",
    ("Bagian Akademik", "akademik@polibatam.ac.id"),
    "Pengumuman ujian susulan",
    """Yth. Tim P4M,

Sesuai surat nomor 112/PL29/AK/2027, mohon diumumkan di course AK2104 bahwa ujian susulan diadakan Senin, 26 April 2027 pukul 08.00 WIB di ruang GU 702.

Bagian Akademik
""",
    "announcement",
    "id",
    fields={"course_code": "AK2104", "scope": "course"},
)

M(
    "en-abbrev-class-no-name-no-code",
    "2027-04-20 20:45:00",
    ("Kevin Wijaya", "kevin.wijaya@polibatam.ac.id"),
    "notice pls",
    """hey team, pls post in my OOP class that tomorrow's lab is cancelled. cheers
""",
    "announcement",
    "en",
    fields={"scope": "course"},
    client="iphone",
)

M(
    "nama-semester-dosen-sekitar-kode-kata-kode",
    "2027-04-21 08:00:00",
    ("Anton Sihombing, S.T., M.T.", "anton.sihombing@polibatam.ac.id"),
    "Pengumuman kelas",
    """Selamat pagi,

Mohon dibuatkan pengumuman untuk mahasiswa Manajemen Proyek Konstruksi semester 6 (dosen: Anton Sihombing), kode TS3108, dengan judul Kunjungan Proyek Dibatalkan.

Terima kasih,
Anton
""",
    "announcement",
    "id",
    fields={
        "course_code": "TS3108",
        "course_name": "Manajemen Proyek Konstruksi",
        "title": "Kunjungan Proyek Dibatalkan",
        "scope": "course",
    },
)

M(
    "uts-tahun-mirip-kode-tanpa-kode",
    "2027-04-21 10:30:00",
    ("Dewi Lestari, M.Si.", "dewi.lestari@polibatam.ac.id"),
    "Susulan UTS",
    """Selamat siang tim P4M,

Mohon diumumkan di course Kimia Dasar kelas TRPE-1A:

Susulan UTS 2027 - Kimia Dasar: hari Kamis, 22 April 2027 pukul 10.00 di ruang TA 10.3.

Terima kasih,
Dewi
""",
    "announcement",
    "id",
    fields={"course_name": "Kimia Dasar", "scope": "course"},
)

M(
    "en-qa-office-module-code-hyphen-lower",
    "2027-04-21 13:00:00",
    ("Quality Assurance Office", "qa@polibatam.ac.id"),
    "Course evaluation notice",
    """Dear P4M team,

The QA Office kindly asks you to post a notice in the course Quality Management Systems (mpk-2205) reminding students to fill in the course evaluation questionnaire before the end of the month.

Sincerely,
Quality Assurance Office
""",
    "announcement",
    "en",
    fields={"course_code": "mpk-2205", "course_name": "Quality Management Systems", "scope": "course"},
)

M(
    "gedung-lantai-kurung-ruang-tanpa-kode",
    "2027-04-22 07:30:00",
    ("Joko Susilo", "joko.susilo@polibatam.ac.id"),
    "pengumuman pindah kelas",
    """Pagi, tolong umumkan di e-learning kelas Jaringan Komputer TI-2A: kuliah hari ini pindah ke Gedung Utama lantai 8 (GU 804). Terima kasih
""",
    "announcement",
    "id",
    fields={"course_name": "Jaringan Komputer", "scope": "course"},
)

M(
    "en-subject-only-module-name-code",
    "2027-04-22 09:45:00",
    ("Prof. Michael Brown", "m.brown@hhn.de"),
    "Announcement - Renewable Energy Policy (PE 4203)",
    """Dear team,

Please publish the following for my students, with the title Final Report Deadline:

The final report is due on Monday, 3 May 2027. Late submissions will not be accepted.

Regards,
Michael Brown
Heilbronn University
""",
    "announcement",
    "en",
    fields={
        "course_code": "PE 4203",
        "course_name": "Renewable Energy Policy",
        "title": "Final Report Deadline",
        "scope": "course",
    },
)

# ---------------------------------------------------------------- second batch, written after the first was read

M(
    "en-module-title-table-column",
    "2027-04-23 08:15:00",
    ("Dr. Priya Nair", "priya.nair@ntu.edu.sg"),
    "Staff change for the joint programme",
    "",
    "course_data",
    "en",
    fields={
        "course_code": "LPI3108",
        "course_name": "Global Freight Forwarding",
        "changes": {"lecturer": "Dr. Priya Nair"},
    },
    client="outlook",
    html_body="""<p class="MsoNormal">Dear P4M Helpdesk,<o:p></o:p></p>
<p class="MsoNormal">Please update the teaching staff on the e-learning site as below.<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Course Code</b></p></td><td><p class="MsoNormal"><b>Course Title</b></p></td><td><p class="MsoNormal"><b>New Lecturer</b></p></td></tr>
<tr><td><p class="MsoNormal">LPI3108</p></td><td><p class="MsoNormal">Global Freight Forwarding</p></td><td><p class="MsoNormal">Dr. Priya Nair</p></td></tr>
</table>
<p class="MsoNormal">Best regards,<o:p></o:p></p>
<p class="MsoNormal">Priya Nair<o:p></o:p></p>""",
)

M(
    "en-module-no-code-name-after-module",
    "2027-04-23 10:30:00",
    ("Mr. Daniel Ong", "daniel.ong@rp.edu.sg"),
    "Enrolment key request",
    """Hi P4M,

For the module Sustainable Tourism Planning, could you set the enrolment key to stp-rp-2027 before our students log in on Monday?

Thanks,
Daniel Ong
Republic Polytechnic
""",
    "course_data",
    "en",
    fields={"course_name": "Sustainable Tourism Planning", "changes": {"enrolment_key": "stp-rp-2027"}},
)

M(
    "fwd-subjek-nama-strip-kode-en-dash",
    "2027-04-23 13:45:00",
    ("Sekretariat Jurusan Teknik Mesin", "sekjur.mesin@polibatam.ac.id"),
    "Fwd: Mekanika Fluida \u2013 ME2204 (dosen pengampu)",
    """Mohon ditindaklanjuti, terima kasih.

---------- Forwarded message ---------
Dari: Kaprodi Teknik Mesin <kaprodi.mesin@polibatam.ac.id>
Tanggal: Jum, 23 Apr 2027 pukul 11.20
Subjek: Mekanika Fluida \u2013 ME2204 (dosen pengampu)

Mohon dosen pengampu di e-learning diganti menjadi Irfan Hakim, S.T., M.Eng. mulai minggu depan.

Kaprodi Teknik Mesin
""",
    "course_data",
    "id",
    fields={
        "course_code": "ME2204",
        "course_name": "Mekanika Fluida",
        "changes": {"lecturer": "Irfan Hakim, S.T., M.Eng."},
    },
)

M(
    "nama-dengan-dan-ampersand-kode-titik-dua",
    "2027-04-26 09:00:00",
    ("Lina Marlina, S.E., M.Ak.", "lina.marlina@polibatam.ac.id"),
    "SKS",
    """Selamat pagi,

AK2207: Akuntansi Pemerintahan & Nirlaba, mohon SKS di e-learning diubah menjadi 3 sesuai kurikulum.

Terima kasih
""",
    "course_data",
    "id",
    fields={"course_code": "AK2207", "course_name": "Akuntansi Pemerintahan & Nirlaba", "changes": {"credits": "3"}},
)

M(
    "surat-resmi-perihal-nama-dalam-kalimat-tanpa-kode",
    "2027-04-26 10:20:00",
    ("Wakil Direktur Bidang Akademik", "wadir1@polibatam.ac.id"),
    "Permohonan perubahan nama mata kuliah",
    """Yth. Kepala P4M,

Menindaklanjuti rapat kurikulum tanggal 20 April 2027, dengan ini kami mohon agar nama mata kuliah Pendidikan Pancasila di e-learning diubah menjadi Pancasila dan Kewarganegaraan.

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Wakil Direktur Bidang Akademik
""",
    "course_data",
    "id",
    fields={"course_name": "Pendidikan Pancasila", "changes": {"fullname": "Pancasila dan Kewarganegaraan"}},
    client="zimbra",
)

M(
    "en-unit-code-name-colon-subject-pdf",
    "2027-04-26 14:00:00",
    ("Faculty Office, Universiti Malaya", "faculty.office@um.edu.my"),
    "Announcement for shared unit",
    """Dear colleagues,

Please find attached the announcement for our shared unit. Kindly publish it on the course page.

Faculty Office
""",
    "announcement",
    "en",
    fields={
        "course_code": "EL4106",
        "course_name": "Smart Grid Technologies",
        "title": "Laboratory Visit to UM",
        "scope": "course",
    },
    note="The announcement is only in the PDF.",
    att=[
        (
            "pdf",
            "Announcement_EL4106.pdf",
            [
                "Unit: EL4106 Smart Grid Technologies",
                "Title: Laboratory Visit to UM",
                "Students of this unit will visit the power systems laboratory at Universiti Malaya next month.",
                "Details will follow from the unit coordinator.",
            ],
        )
    ],
)

M(
    "hp-mk-nama-kapital-kelas-ruang-kode-kurung",
    "2027-04-26 19:30:00",
    ("Rina Wati", "rina.wati@polibatam.ac.id"),
    "umumin ya",
    """min tolong umumin di kelas Sistem Basis Data RPL-1B, besok kuliah pindah ke lab (GU 706) jam 8. makasih min
""",
    "announcement",
    "id",
    fields={"course_name": "Sistem Basis Data", "scope": "course"},
    client="iphone",
)

M(
    "en-course-colon-name-dash-code-lecturer-after",
    "2027-04-27 08:45:00",
    ("Mr. Thomas Keller", "thomas.keller@polibatam.ac.id"),
    "Notice please",
    """Hello team,

Course: Embedded Systems Design - TRE 3205 (lecturer: T. Keller)
Please post that the quiz this Friday is postponed by one week, title: Quiz Postponed.

Thanks,
Thomas
""",
    "announcement",
    "en",
    fields={
        "course_code": "TRE 3205",
        "course_name": "Embedded Systems Design",
        "title": "Quiz Postponed",
        "scope": "course",
    },
)


if __name__ == "__main__":
    sys.exit(E.main())

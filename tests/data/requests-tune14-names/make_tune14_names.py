#!/usr/bin/env python3
"""Generate the fourteenth P4M helpdesk TUNING corpus for the current course name (46 labelled request e-mails).

Shapes real course names at the polytechnic take, which no earlier tuning corpus holds, written before any rule
for them, with near-misses that must not be read:
- a roman or arabic number closing the name ("Matematika Teknik II", "Bahasa Inggris 2", "Fisika Dasar I");
- "&" or "dan" inside the name ("Keselamatan & Kesehatan Kerja", "Sistem Informasi dan Basis Data");
- brackets inside the name ("Praktikum (Lab) Jaringan"); an abbreviation in brackets after it is an alias, not
  part of it ("Pemrograman Berorientasi Objek (PBO)");
- English names in Indonesian mail and Indonesian names in English mail;
- names that are also common words ("Etika Profesi", "Statistik", "Manajemen");
- ALL-CAPS and lower-case names ("BASIS DATA", "if 201 basis data");
- a hyphenated or lower-case code beside the name ("TRE-3201 Sistem Kendali");
- pasted Moodle settings screens ("Course full name", "Course short name") and ASCII tables;
- near-misses: "Semester II", "kelas 2", "Lab 3", "dan" joining two requests, a common word that is no course.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py; every body
here was written by hand (voices: part-time lecturers, tutors, evening-class students, exchange students).
Run:  python3 make_tune14_names.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # type: ignore[import-not-found]  # noqa: E402, N812

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 42, "announcement": 4}
M = E.M

# ---------------------------------------------------------------- numbers closing the name

M(
    "dosen-lb-roman-ii-key",
    "2027-10-04 19:40:00",
    ("Rudi Hartono", "rudi.hartono.lb@gmail.com"),
    "enrolment key",
    """Selamat malam,

Saya dosen luar biasa pengampu Matematika Teknik II kelas malam. Mohon enrolment key-nya diganti
menjadi mtk2-malam karena yang lama sudah tersebar.

Terima kasih,
Rudi Hartono
""",
    "course_data",
    "id",
    fields={"course_name": "Matematika Teknik II", "changes": {"enrolment_key": "mtk2-malam"}},
)

M(
    "tutor-arabic-2-sks",
    "2027-10-04 21:05:00",
    ("Maya Anggraini", "maya.anggraini@polibatam.ac.id"),
    "SKS Bahasa Inggris",
    """Halo tim P4M,

Saya tutor mata kuliah Bahasa Inggris 2 (UMU1202). SKS di e-learning tertulis 3, seharusnya 2.
Mohon diperbaiki.

Salam,
Maya (tutor)
""",
    "course_data",
    "id",
    fields={"course_code": "UMU1202", "course_name": "Bahasa Inggris 2", "changes": {"credits": "2"}},
    client="thunderbird",
)

M(
    "en-exchange-fisika-dasar-i",
    "2027-10-05 08:10:00",
    ("Kenji Watanabe", "kenji.watanabe@students.polibatam.ac.id"),
    "Cannot find my course",
    """Hello,

I am an exchange student this semester. My name is missing from the course Fisika Dasar I on the LMS,
so I cannot see the materials. Could the lecturer list be checked? The lecturer should be Dr. Sri Wahyuni.

Thank you,
Kenji
""",
    "course_data",
    "en",
    fields={"course_name": "Fisika Dasar I", "changes": {"lecturer": "Dr. Sri Wahyuni"}},
)

M(
    "semester-ii-bukan-nama",
    "2027-10-05 10:30:00",
    ("Admin Prodi Elektro", "prodi.elektro@polibatam.ac.id"),
    "Semester course ELE2203",
    """Yth. P4M,

Course ELE2203 untuk Semester II masih tercatat semester 3 di e-learning. Mohon diubah menjadi 4.

Terima kasih
""",
    "course_data",
    "id",
    fields={"course_code": "ELE2203", "changes": {"semester": "4"}},
)

# ---------------------------------------------------------------- "&" and "dan" inside the name

M(
    "k3-ampersand-pengganti-dosen",
    "2027-10-06 07:45:00",
    ("Bambang Supriyadi", "bambang.s@polibatam.ac.id"),
    "Ganti dosen K3",
    """Pagi,

Untuk mata kuliah Keselamatan & Kesehatan Kerja (MES1105), dosen pengampunya mohon diganti menjadi
Ir. Agus Salim, M.T. mulai minggu depan.

Bambang
""",
    "course_data",
    "id",
    fields={
        "course_code": "MES1105",
        "course_name": "Keselamatan & Kesehatan Kerja",
        "changes": {"lecturer": "Ir. Agus Salim, M.T."},
    },
    client="outlook",
)

M(
    "dan-dalam-nama-kutip",
    "2027-10-06 13:20:00",
    ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
    "Ringkasan MK",
    """Siang min,

Ringkasan course "Sistem Informasi dan Basis Data" tolong diganti jadi: Pengantar sistem informasi
dan perancangan basis data relasional.

Lina
""",
    "course_data",
    "id",
    fields={
        "course_name": "Sistem Informasi dan Basis Data",
        "changes": {"summary": "Pengantar sistem informasi dan perancangan basis data relasional."},
    },
)

M(
    "dan-dua-permintaan-bukan-nama",
    "2027-10-07 09:00:00",
    ("Teguh Prasetyo", "teguh.prasetyo@polibatam.ac.id"),
    "key dan sks",
    """Pagi,

Matkul Jaringan Komputer dan tolong SKS-nya juga dicek ya. Enrol key baru: jarkom-27

Teguh
""",
    "course_data",
    "id",
    fields={"course_name": "Jaringan Komputer", "changes": {"enrolment_key": "jarkom-27"}},
    client="iphone",
)

# ---------------------------------------------------------------- brackets inside the name

M(
    "pbo-kurung-singkatan",
    "2027-10-07 15:10:00",
    ("Andi Wijaya", "andi.wijaya@polibatam.ac.id"),
    "short name PBO",
    """Sore,

Short name untuk mata kuliah Pemrograman Berorientasi Objek (PBO) tolong diganti menjadi PBO-TI2A.

Terima kasih,
Andi
""",
    "course_data",
    "id",
    fields={
        # The abbreviation in brackets is an alias, as a code in brackets is (every earlier corpus labels the name
        # without it: "Sistem Informasi Geografis (SIG) - GM3101").
        "course_name": "Pemrograman Berorientasi Objek",
        "changes": {"shortname": "PBO-TI2A"},
    },
)

M(
    "praktikum-lab-kurung-tengah",
    "2027-10-08 10:00:00",
    ("Yusuf Hamdani", "yusuf.hamdani@polibatam.ac.id"),
    "Pengumuman praktikum",
    """Halo P4M,

Tolong umumkan di course Praktikum (Lab) Jaringan:

Judul: Praktikum Minggu Ini Ditiadakan
Isi: Praktikum minggu ini ditiadakan karena lab dipakai ujian.

Yusuf, laboran
""",
    "announcement",
    "id",
    fields={
        "course_name": "Praktikum (Lab) Jaringan",
        "title": "Praktikum Minggu Ini Ditiadakan",
        "scope": "course",
    },
)

# ---------------------------------------------------------------- other language inside the mail

M(
    "nama-inggris-dalam-surat-id",
    "2027-10-08 20:15:00",
    ("Dewi Lestari", "dewi.lestari@polibatam.ac.id"),
    "Enrol key",
    """Malam,

Saya mengajar Technical English for Engineers di kelas karyawan. Mohon enrol key-nya diganti jadi
tee-karyawan27.

Dewi
""",
    "course_data",
    "id",
    fields={
        "course_name": "Technical English for Engineers",
        "changes": {"enrolment_key": "tee-karyawan27"},
    },
)

M(
    "en-indonesian-name-in-english",
    "2027-10-09 09:30:00",
    ("Sofia Alvarez", "sofia.alvarez@polibatam.ac.id"),
    "Course summary",
    """Dear P4M,

Please update the summary of the course Perancangan Web Lanjut to: Advanced web design with
modern frameworks.

Best,
Sofia Alvarez (visiting lecturer)
""",
    "course_data",
    "en",
    fields={
        "course_name": "Perancangan Web Lanjut",
        "changes": {"summary": "Advanced web design with modern frameworks."},
    },
    client="outlook",
)

# ---------------------------------------------------------------- names that are also common words

M(
    "etika-profesi-kata-umum",
    "2027-10-11 11:00:00",
    ("Hendra Gunawan", "hendra.gunawan@polibatam.ac.id"),
    "Dosen MK Etika Profesi",
    """Siang,

Pengampu MK Etika Profesi kelas AK-3B mohon diganti menjadi Rina Susanti, S.E., M.Ak.

Hendra
""",
    "course_data",
    "id",
    fields={"course_name": "Etika Profesi", "changes": {"lecturer": "Rina Susanti, S.E., M.Ak."}},
)

M(
    "statistik-satu-kata-kode",
    "2027-10-11 14:40:00",
    ("Nurul Aini", "nurul.aini@polibatam.ac.id"),
    "SKS",
    """Siang min,

MK Statistik (MNJ2104) SKS-nya tolong diubah jadi 3 ya.

Nurul
""",
    "course_data",
    "id",
    fields={"course_code": "MNJ2104", "course_name": "Statistik", "changes": {"credits": "3"}},
    client="iphone",
)

M(
    "manajemen-kata-umum-bukan-nama",
    "2027-10-12 08:05:00",
    ("Rizky Ramadhan", "rizky.ramadhan@polibatam.ac.id"),
    "Manajemen course",
    """Pagi,

Manajemen prodi minta enrol key course MNJ3101 diganti jadi mnj3101-ganjil.

Rizky
""",
    "course_data",
    "id",
    fields={"course_code": "MNJ3101", "changes": {"enrolment_key": "mnj3101-ganjil"}},
)

# ---------------------------------------------------------------- capitals, lower case, codes beside

M(
    "huruf-besar-basis-data",
    "2027-10-12 19:50:00",
    ("Ahmad Fauzi", "ahmad.fauzi.kelasmalam@gmail.com"),
    "KEY BASIS DATA",
    """SELAMAT MALAM, ENROL KEY MATA KULIAH BASIS DATA KELAS MALAM TIDAK BISA DIPAKAI.
TOLONG DIGANTI JADI basdat-malam27.

AHMAD (MAHASISWA KELAS MALAM)
""",
    "course_data",
    "id",
    fields={"course_name": "BASIS DATA", "changes": {"enrolment_key": "basdat-malam27"}},
)

M(
    "huruf-kecil-kode-spasi",
    "2027-10-13 21:30:00",
    ("Putri Ayu", "putri.ayu@students.polibatam.ac.id"),
    "dosen",
    """malam kak, di if 201 basis data dosennya masih pak joko padahal udah ganti. dosen baru Siti Rahma, M.Kom.
makasih kak
""",
    "course_data",
    "id",
    fields={"course_code": "if 201", "course_name": "basis data", "changes": {"lecturer": "Siti Rahma, M.Kom."}},
    client="iphone",
)

M(
    "kode-strip-nama",
    "2027-10-14 08:20:00",
    ("Fransiska Tan", "fransiska.tan@polibatam.ac.id"),
    "TRE-3201",
    """Pagi,

TRE-3201 Sistem Kendali: short name mohon diubah menjadi SISKEN-3A.

Fransiska
""",
    "course_data",
    "id",
    fields={"course_code": "TRE-3201", "course_name": "Sistem Kendali", "changes": {"shortname": "SISKEN-3A"}},
)

M(
    "beberapa-kelas-satu-mk",
    "2027-10-14 13:00:00",
    ("Wahyu Nugroho", "wahyu.nugroho@polibatam.ac.id"),
    "Kalkulus I kelas A, B, C",
    """Siang,

Kalkulus I untuk kelas TI-1A, TI-1B dan TI-1C dosennya saya semua. Mohon tambahkan Wahyu Nugroho, M.Si.
sebagai pengampu di ketiga kelas.

Wahyu
""",
    "course_data",
    "id",
    fields={"course_name": "Kalkulus I", "changes": {"lecturer": "Wahyu Nugroho, M.Si."}},
)

# ---------------------------------------------------------------- pasted settings screens and tables

M(
    "moodle-settings-tempel",
    "2027-10-15 10:10:00",
    ("Irfan Maulana", "irfan.maulana@polibatam.ac.id"),
    "Setting course",
    """Halo,

Ini tampilan setting course saya:

Course full name    Elektronika Daya 1
Course short name   ELD1
Course ID number    ELE3104

Tolong course short name diganti jadi ELDA-3A.

Irfan
""",
    "course_data",
    "id",
    fields={
        "course_code": "ELE3104",
        "course_name": "Elektronika Daya 1",
        "changes": {"shortname": "ELDA-3A"},
    },
    client="thunderbird",
)

M(
    "en-moodle-settings-new-full-name",
    "2027-10-15 15:30:00",
    ("Oliver Brandt", "oliver.brandt@polibatam.ac.id"),
    "Course name",
    """Hi,

Current settings:
  Course full name: Renewable Energy Systems
  Course short name: RES

Please set the course full name to Renewable Energy Systems I.

Oliver
""",
    "course_data",
    "en",
    fields={
        "course_name": "Renewable Energy Systems",
        "changes": {"fullname": "Renewable Energy Systems I"},
    },
)

M(
    "tabel-ascii",
    "2027-10-16 09:00:00",
    ("Admin Prodi Mesin", "prodi.mesin@polibatam.ac.id"),
    "Perubahan SKS",
    """Yth. P4M,

Mohon perubahan berikut:

+----------+------------------------+-----+
| Kode     | Mata Kuliah            | SKS |
+----------+------------------------+-----+
| MES2201  | Mekanika Fluida II     | 3   |
+----------+------------------------+-----+

SKS di e-learning masih 2.

Admin Prodi Mesin
""",
    "course_data",
    "id",
    fields={"course_code": "MES2201", "course_name": "Mekanika Fluida II", "changes": {"credits": "3"}},
)

# ---------------------------------------------------------------- near-misses

M(
    "lab-3-bukan-nama",
    "2027-10-16 14:00:00",
    ("Yanti Sari", "yanti.sari@polibatam.ac.id"),
    "Pengumuman Lab 3",
    """Siang,

Mohon umumkan di course ELE1102 dengan judul "Lab 3 Tutup Sementara": praktikum dipindah ke Lab 5.

Yanti
""",
    "announcement",
    "id",
    fields={"course_code": "ELE1102", "title": "Lab 3 Tutup Sementara", "scope": "course"},
)

M(
    "kelas-2-bukan-nama",
    "2027-10-17 19:00:00",
    ("Bayu Pratama", "bayu.pratama@students.polibatam.ac.id"),
    "key kelas 2",
    """malam min, enrol key course TIF2202 untuk Kelas 2 malam minta diganti jadi tif2202-k2 ya

bayu
""",
    "course_data",
    "id",
    fields={"course_code": "TIF2202", "changes": {"enrolment_key": "tif2202-k2"}},
    client="iphone",
)

M(
    "en-tutor-new-name-not-current",
    "2027-10-18 08:45:00",
    ("Emily Carter", "emily.carter@polibatam.ac.id"),
    "Rename ENG1101",
    """Hello,

Please rename ENG1101 to "English for Academic Purposes II". Thanks.

Emily (tutor)
""",
    "course_data",
    "en",
    fields={"course_code": "ENG1101", "changes": {"fullname": "English for Academic Purposes II"}},
)

M(
    "pengumuman-nama-romawi",
    "2027-10-18 11:30:00",
    ("Dimas Aditya", "dimas.aditya@polibatam.ac.id"),
    "Pengumuman Kimia Dasar II",
    """Pagi,

Mohon umumkan di course Kimia Dasar II:

Judul: Tugas 2 Diperpanjang
Isi: Batas tugas 2 diperpanjang satu minggu.

Dimas
""",
    "announcement",
    "id",
    fields={"course_name": "Kimia Dasar II", "title": "Tugas 2 Diperpanjang", "scope": "course"},
)

# ---------------------------------------------------------------- second batch, written after the first rules, in
# other words and layouts, to test that they generalise

M(
    "dosen-tamu-pengampu-jepang-i",
    "2027-10-19 18:20:00",
    ("Sakura Ito", "sakura.ito@gmail.com"),
    "Pengampu",
    """Selamat sore,

Saya dosen tamu pengampu Bahasa Jepang I semester ini. Nama pengampu di e-learning masih kosong, mohon
ditambahkan Sakura Ito, M.A.

Salam,
Sakura Ito
""",
    "course_data",
    "id",
    fields={"course_name": "Bahasa Jepang I", "changes": {"lecturer": "Sakura Ito, M.A."}},
)

M(
    "en-settings-tab-aligned",
    "2027-10-19 21:00:00",
    ("Marco Rossi", "marco.rossi@polibatam.ac.id"),
    "Enrolment key",
    """Hello, these are my course settings:

Course full name\tIndustrial Safety & Ergonomics
Course short name\tISE
Course ID number\tMES3207

Please change the enrolment key to ise-evening27.

Marco
""",
    "course_data",
    "en",
    fields={
        "course_code": "MES3207",
        "course_name": "Industrial Safety & Ergonomics",
        "changes": {"enrolment_key": "ise-evening27"},
    },
)

M(
    "tabel-ascii-nama-mk-dosen",
    "2027-10-20 09:40:00",
    ("Admin Prodi TI", "prodi.ti@polibatam.ac.id"),
    "Pergantian dosen",
    """Yth. P4M,

+---------+---------------------------+---------------------+
| Kode MK | Nama MK                   | Dosen Baru          |
+---------+---------------------------+---------------------+
| TIF2205 | Struktur Data dan Algoritma | Dedi Irawan, M.Kom. |
+---------+---------------------------+---------------------+

Terima kasih.
""",
    "course_data",
    "id",
    fields={
        "course_code": "TIF2205",
        "course_name": "Struktur Data dan Algoritma",
        "changes": {"lecturer": "Dedi Irawan, M.Kom."},
    },
)

M(
    "kapital-kelas-pagi",
    "2027-10-20 07:05:00",
    ("Rian Saputra", "rian.saputra@students.polibatam.ac.id"),
    "KEY",
    """PAGI MIN, MATKUL FISIKA TERAPAN KELAS PAGI KEY NYA SALAH. MINTA DIGANTI fister-pagi ya MIN
""",
    "course_data",
    "id",
    fields={"course_name": "FISIKA TERAPAN", "changes": {"enrolment_key": "fister-pagi"}},
    client="iphone",
)

M(
    "pengaturan-course-bukan-nama",
    "2027-10-21 10:15:00",
    ("Sri Handayani", "sri.handayani@polibatam.ac.id"),
    "Pengaturan course",
    """Siang,

Untuk course AKT3104, SKS-nya mohon diganti jadi 4.

Sri
""",
    "course_data",
    "id",
    fields={"course_code": "AKT3104", "changes": {"credits": "4"}},
)

M(
    "en-edit-subject-code-not-name",
    "2027-10-21 13:50:00",
    ("Daniel Kim", "daniel.kim@polibatam.ac.id"),
    "Edit TRE2104",
    """Hi,

Could the short name of TRE2104 be changed to TRE2104-B? Thanks.

Daniel
""",
    "course_data",
    "en",
    fields={"course_code": "TRE2104", "changes": {"shortname": "TRE2104-B"}},
)

# ---------------------------------------------------------------- third batch: subjects of one word before the code,
# common words, names joined by "dan", Indonesian names in English, written before their rules

M(
    "subjek-nilai-kode-bukan-nama",
    "2027-10-22 08:30:00",
    ("Agus Setiawan", "agus.setiawan@polibatam.ac.id"),
    "Jadwal TIF2202",
    """Pagi,

Mohon SKS course TIF2202 diubah menjadi 3, jadwalnya sudah disesuaikan.

Agus
""",
    "course_data",
    "id",
    fields={"course_code": "TIF2202", "changes": {"credits": "3"}},
)

M(
    "en-subject-access-code-not-name",
    "2027-10-22 11:10:00",
    ("Priya Nair", "priya.nair@polibatam.ac.id"),
    "Access ME2104",
    """Hello,

Please add Priya Nair as a lecturer of ME2104 on the LMS.

Priya
""",
    "course_data",
    "en",
    fields={"course_code": "ME2104", "changes": {"lecturer": "Priya Nair"}},
)

M(
    "k3-dan-kata-penuh",
    "2027-10-23 09:45:00",
    ("Joko Susilo", "joko.susilo@polibatam.ac.id"),
    "Short name K3",
    """Pagi,

MK Keselamatan dan Kesehatan Kerja short name-nya tolong diganti jadi K3-MES.

Joko
""",
    "course_data",
    "id",
    fields={"course_name": "Keselamatan dan Kesehatan Kerja", "changes": {"shortname": "K3-MES"}},
)

M(
    "en-indonesian-name-kewirausahaan",
    "2027-10-23 14:20:00",
    ("Thomas Becker", "thomas.becker@polibatam.ac.id"),
    "Lecturer",
    """Dear P4M,

For the course Kewirausahaan (MNJ1105), the lecturer should be Thomas Becker, MBA, not the previous one.

Regards,
Thomas
""",
    "course_data",
    "en",
    fields={
        "course_code": "MNJ1105",
        "course_name": "Kewirausahaan",
        "changes": {"lecturer": "Thomas Becker, MBA"},
    },
)

M(
    "kelas-karyawan-bahasa-inggris-2",
    "2027-10-24 20:40:00",
    ("Sinta Dewi", "sinta.dewi.karyawan@gmail.com"),
    "enrol key b inggris",
    """Malam min, sy mhs kelas karyawan. Enrol key mata kuliah Bahasa Inggris 2 tidak bisa dipakai, mohon diganti
jadi bing2-kry ya min. Terima kasih

Sinta
""",
    "course_data",
    "id",
    fields={"course_name": "Bahasa Inggris 2", "changes": {"enrolment_key": "bing2-kry"}},
    client="iphone",
)

M(
    "mk-huruf-kecil-etika",
    "2027-10-25 19:15:00",
    ("Yoga Pratama", "yoga.pratama@students.polibatam.ac.id"),
    "sks",
    """kak, mk etika profesi sks nya di elearning 3 harusnya 2. tolong diganti ya
""",
    "course_data",
    "id",
    fields={"course_name": "etika profesi", "changes": {"credits": "2"}},
    client="iphone",
)

M(
    "pengumuman-statistik-kata-umum-subjek",
    "2027-10-26 10:00:00",
    ("Ratna Sari", "ratna.sari@polibatam.ac.id"),
    "Pengumuman",
    """Pagi,

Mohon umumkan di course Statistik Industri (MES2106):

Judul: Kuis 1 Diundur
Isi: Kuis 1 diundur ke minggu depan.

Ratna
""",
    "announcement",
    "id",
    fields={
        "course_code": "MES2106",
        "course_name": "Statistik Industri",
        "title": "Kuis 1 Diundur",
        "scope": "course",
    },
)

M(
    "en-tutor-materials-common-word",
    "2027-10-27 16:30:00",
    ("Hana Park", "hana.park@polibatam.ac.id"),
    "Materials ELE1101",
    """Hi,

I tutor ELE1101. The summary of ELE1101 should read: Basic electrical circuits for first-year students.

Hana
""",
    "course_data",
    "en",
    fields={
        "course_code": "ELE1101",
        "changes": {"summary": "Basic electrical circuits for first-year students."},
    },
)

# ---------------------------------------------------------------- fourth batch: several classes of one course, a
# Moodle form copied with its "Required" marks, numbers after "of", lower case with a number, written before its rules

M(
    "beberapa-kelas-mohon-untuk-kelas",
    "2027-10-28 09:20:00",
    ("Suryani Putri", "suryani.putri@polibatam.ac.id"),
    "Pengampu",
    """Pagi,

Mohon Pengantar Akuntansi II untuk kelas AK-1A, AK-1B dan AK-1C pengampunya diganti menjadi
Lestari Wulandari, S.E., M.Ak.

Suryani
""",
    "course_data",
    "id",
    fields={
        "course_name": "Pengantar Akuntansi II",
        "changes": {"lecturer": "Lestari Wulandari, S.E., M.Ak."},
    },
)

M(
    "moodle-form-required",
    "2027-10-28 14:00:00",
    ("Budi Raharjo", "budi.raharjo@polibatam.ac.id"),
    "Edit course settings",
    """Siang, saya copy dari halaman edit course:

Course full name
Required
Sistem Tertanam 2
Course short name
Required
SISTER2

Mohon short name diganti jadi SISTER-3B.

Budi
""",
    "course_data",
    "id",
    fields={"course_name": "Sistem Tertanam 2", "changes": {"shortname": "SISTER-3B"}},
)

M(
    "en-of-roman-ii",
    "2027-10-29 10:30:00",
    ("Ahmed Hassan", "ahmed.hassan@polibatam.ac.id"),
    "Enrolment key",
    """Dear team,

I am the part-time lecturer for Mechanics of Materials II this semester. Please set its enrolment key to
mom2-ptl.

Ahmed Hassan
""",
    "course_data",
    "en",
    fields={"course_name": "Mechanics of Materials II", "changes": {"enrolment_key": "mom2-ptl"}},
)

M(
    "huruf-kecil-angka-kelas-malam",
    "2027-10-29 21:45:00",
    ("Doni Saputra", "doni.saputra@students.polibatam.ac.id"),
    "key",
    """min matkul bahasa inggris 2 kelas TI-1M key nya ga bisa, tolong ganti jd bing2-ti1m
""",
    "course_data",
    "id",
    fields={"course_name": "bahasa inggris 2", "changes": {"enrolment_key": "bing2-ti1m"}},
    client="iphone",
)

# ---------------------------------------------------------------- fifth batch: a bare "key" of a course, the course
# between its field and a passive verb, written before their rules

M(
    "en-key-of-esp-2",
    "2027-10-30 08:15:00",
    ("Laura Chen", "laura.chen@polibatam.ac.id"),
    "Key",
    """Hi P4M,

Could you update the key of English for Specific Purposes 2 to esp2-evening? Some students outside the
class have it.

Laura (part-time)
""",
    "course_data",
    "en",
    fields={"course_name": "English for Specific Purposes 2", "changes": {"enrolment_key": "esp2-evening"}},
)

M(
    "kunci-enrol-nama-diganti",
    "2027-10-30 19:30:00",
    ("Eka Wulandari", "eka.wulandari@students.polibatam.ac.id"),
    "kunci enrol",
    """Malam kak, kunci enrol Etika Bisnis dan Profesi diganti jadi ebp-malam ya, yg lama sdh disebar.
""",
    "course_data",
    "id",
    fields={"course_name": "Etika Bisnis dan Profesi", "changes": {"enrolment_key": "ebp-malam"}},
    client="iphone",
)

M(
    "key-kelas-malam-bukan-nama",
    "2027-10-31 20:00:00",
    ("Heru Wibowo", "heru.wibowo@polibatam.ac.id"),
    "key",
    """Malam, key for Kelas Malam course TRE2201 mohon diganti jadi tre2201-m.

Heru
""",
    "course_data",
    "id",
    fields={"course_code": "TRE2201", "changes": {"enrolment_key": "tre2201-m"}},
)


if __name__ == "__main__":
    sys.exit(E.main())

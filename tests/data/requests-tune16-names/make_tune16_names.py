#!/usr/bin/env python3
"""Generate the sixteenth P4M helpdesk TUNING corpus for the current course name (38 labelled request e-mails).

Written in round 8, before any rule for it, after the name stayed at 0.737 on a blind part for two rounds. Each mail
tests a part of the grammar of how people name a course rather than one writer's wording:
- what closes a name: a code's label ("kode", "dengan kode MK", "KODE" in capitals), "yang", "pada", a class, a
  bracket holding an abbreviation, a time of day, a person or a semester;
- a Title-case word in brackets that is part of the name ("Kimia Analitik (Praktikum)", "Marine Engines (Lab)");
- the writer's role before the name ("I'm the lab assistant for X (CODE)", "As coordinator of X, CODE");
- a quoted name as written, also in lower case ("tertulis "manajemen rantai pasok"", 'it reads "intro to ...")');
- tables whose rows are fields and whose columns are now / requested; a Moodle settings screen in Indonesian;
- old/new line pairs opening the mail; ALL-CAPS and lower-case mail; subjects with the name in square brackets;
- cue words no corpus used yet: "module", "unit", "paper", "Perihal", "kursus";
- near-misses that must not be read: a study programme, a document's long name, an announcement's quoted title, a
  class alone, a person in brackets.

Voices: laboratory staff, exchange coordinators, teaching assistants, evening-class students on phones, programme
secretaries writing letters, industry lecturers. The message engine is the first tuning corpus's generator.
Run:  python3 make_tune16_names.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # type: ignore[import-not-found]  # noqa: E402, N812

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 32, "announcement": 6}
M = E.M

# ---------------------------------------------------------------- a Title-case word in brackets closing the name

M(
    "laboran-praktikum-dalam-kurung",
    "2027-11-02 08:15:00",
    ("Laboratorium Kimia Terapan", "lab.kimia@polibatam.ac.id"),
    "Asisten praktikum di e-learning",
    """Selamat pagi Tim P4M,

Kami dari laboratorium kimia terapan. Untuk Kimia Analitik (Praktikum) kode TK2106, nama dosen pengampu di
e-learning mohon diganti menjadi Rini Astuti, M.Si. karena beliau yang memegang praktikum semester ini.

Hormat kami,
Laboran Kimia Terapan
""",
    "course_data",
    "id",
    fields={
        "course_code": "TK2106",
        "course_name": "Kimia Analitik (Praktikum)",
        "changes": {"lecturer": "Rini Astuti, M.Si."},
    },
    client="zimbra",
)

M(
    "en-coordinating-lab-bracket-key",
    "2027-11-02 10:40:00",
    ("Pieter de Vries", "p.devries@hz.nl"),
    "enrolment key please",
    """Hello,

I'm coordinating Marine Engines (Lab), MR2207, for the exchange group from Vlissingen. Could the enrolment key be
set to vlis-2027 so my students can join?

Kind regards,
Pieter de Vries
""",
    "course_data",
    "en",
    fields={"course_code": "MR2207", "course_name": "Marine Engines (Lab)", "changes": {"enrolment_key": "vlis-2027"}},
    client="outlook",
)

M(
    "kurung-kelas-malam-bukan-nama",
    "2027-11-03 19:55:00",
    ("Sinta Maharani", "sinta.maharani@students.polibatam.ac.id"),
    "kelas malam",
    """malam kak, course Sistem Informasi Manajemen (Kelas Malam) IF2308 sks nya tertulis 2, harusnya 3 sks. mohon
dicek ya kak makasih
""",
    "course_data",
    "id",
    fields={"course_code": "IF2308", "course_name": "Sistem Informasi Manajemen", "changes": {"credits": "3"}},
    client="iphone",
)

M(
    "kurung-orang-bukan-nama",
    "2027-11-03 21:10:00",
    ("Dimas Pratama", "dimas.pratama@students.polibatam.ac.id"),
    "deskripsi",
    """Permisi min, deskripsi course Statistika Inferensial (Bu Wati) MA2205 masih kosong. Mohon diisi menjadi:
Mata kuliah ini membahas estimasi, uji hipotesis dan regresi sederhana.

Terima kasih
""",
    "course_data",
    "id",
    fields={
        "course_code": "MA2205",
        "course_name": "Statistika Inferensial",
        "changes": {"summary": "Mata kuliah ini membahas estimasi, uji hipotesis dan regresi sederhana."},
    },
)

M(
    "kurung-studio-strip-kode",
    "2027-11-04 09:05:00",
    ("Yoga Saputra", "yoga.saputra@polibatam.ac.id"),
    "Short name Desain Produk",
    """Siang,

Desain Produk (Studio) – DP3102: short name-nya tolong dijadikan DP3102-STD.

Yoga
""",
    "course_data",
    "id",
    fields={"course_code": "DP3102", "course_name": "Desain Produk (Studio)", "changes": {"shortname": "DP3102-STD"}},
    client="thunderbird",
)

M(
    "singkatan-kurung-bukan-nama",
    "2027-11-04 11:20:00",
    ("Hana Lestari", "hana.lestari@polibatam.ac.id"),
    "Pengumuman kuis Akuntansi Dasar",
    """Selamat siang,

Mohon dibuatkan pengumuman di course Akuntansi Dasar (AKD) kode AK1103 dengan judul "Kuis 2 Pindah Hari".
Isi: Kuis 2 dipindah ke hari Kamis pada jam yang sama.

Terima kasih,
Hana
""",
    "announcement",
    "id",
    fields={"course_code": "AK1103", "course_name": "Akuntansi Dasar", "title": "Kuis 2 Pindah Hari", "scope": "course"},
    client="gmail",
)

# ---------------------------------------------------------------- a quoted name as written, any case

M(
    "kutip-huruf-kecil-tertulis",
    "2027-11-05 07:30:00",
    ("Fajar Nugroho", "fajar.nugroho@polibatam.ac.id"),
    "Nama course huruf kecil",
    """Pagi Tim P4M,

Di halaman e-learning course saya tertulis "manajemen rantai pasok" semua huruf kecil. Tolong diganti jadi
Manajemen Rantai Pasok Global sesuai kurikulum baru. Kodenya LOG3105.

Fajar
""",
    "course_data",
    "id",
    fields={
        "course_code": "LOG3105",
        "course_name": "manajemen rantai pasok",
        "changes": {"fullname": "Manajemen Rantai Pasok Global"},
    },
)

M(
    "en-lms-shows-lowercase-quoted",
    "2027-11-05 13:45:00",
    ("Aisha Rahman", "aisha.rahman@student.utm.my"),
    "course title",
    """Hi there,

On the LMS my course shows up as "intro to programming" (all lower case) under code IF1101. Could the title be
changed to Introduction to Programming? Our transcript office needs it to match.

Thanks,
Aisha
""",
    "course_data",
    "en",
    fields={
        "course_code": "IF1101",
        "course_name": "intro to programming",
        "changes": {"fullname": "Introduction to Programming"},
    },
)

M(
    "en-it-reads-quoted-code-bracket",
    "2027-11-06 09:00:00",
    ("Tomasz Nowak", "t.nowak@pw.edu.pl"),
    "Course title for our learning agreement",
    """Dear colleagues,

For our learning agreement we need the exact course title. Currently it reads 'Thermodynamics 1' (code ME2103)
but the catalogue lists Engineering Thermodynamics. Please rename it to Engineering Thermodynamics.

Best regards,
Tomasz Nowak
International Office
""",
    "course_data",
    "en",
    fields={
        "course_code": "ME2103",
        "course_name": "Thermodynamics 1",
        "changes": {"fullname": "Engineering Thermodynamics"},
    },
    client="outlook",
)

M(
    "judul-pengumuman-kutip-bukan-nama",
    "2027-11-06 15:30:00",
    ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
    "Pengumuman",
    """Sore,

Tolong tayangkan pengumuman berjudul "Praktikum Jaringan Ditunda" di course TK2204 ya. Isinya: praktikum minggu ini
ditunda karena lab dipakai ujian sertifikasi.

Rahmat
""",
    "announcement",
    "id",
    fields={"course_code": "TK2204", "title": "Praktikum Jaringan Ditunda", "scope": "course"},
)

# ---------------------------------------------------------------- the writer's role before the name

M(
    "en-lab-assistant-for-name-code",
    "2027-11-07 08:20:00",
    ("Kevin Halim", "kevin.halim@polibatam.ac.id"),
    "Lecturer on the course page",
    """Good morning,

I'm the lab assistant for Power Electronics (EE3104). The course page still lists Mr. Arif as lecturer; please
change the lecturer to Dr. Siti Nurhaliza, M.T.

Kevin
""",
    "course_data",
    "en",
    fields={
        "course_code": "EE3104",
        "course_name": "Power Electronics",
        "changes": {"lecturer": "Dr. Siti Nurhaliza, M.T."},
    },
)

M(
    "en-as-coordinator-of-name-comma-code",
    "2027-11-07 11:00:00",
    ("Grace Tan", "grace.tan@np.edu.sg"),
    "Short name",
    """Hello P4M,

As the module coordinator of Engineering Drawing, ME1104, I would like the short name changed to ME1104-ED so it
matches our records.

Regards,
Grace Tan
""",
    "course_data",
    "en",
    fields={"course_code": "ME1104", "course_name": "Engineering Drawing", "changes": {"shortname": "ME1104-ED"}},
    client="outlook",
)

M(
    "asdos-untuk-nama-kode-kurung",
    "2027-11-08 10:10:00",
    ("Putri Ayu", "putri.ayu@students.polibatam.ac.id"),
    "minta tolong",
    """Halo kak, aku asdos untuk Mekanika Teknik (TM1201). Dosennya minta pengumuman di course itu judulnya "Responsi
Minggu Depan", isinya responsi dipindah ke ruang 304.

Makasih kak
""",
    "announcement",
    "id",
    fields={
        "course_code": "TM1201",
        "course_name": "Mekanika Teknik",
        "title": "Responsi Minggu Depan",
        "scope": "course",
    },
    client="iphone",
)

M(
    "en-we-tutor-of-name-code",
    "2027-11-08 14:00:00",
    ("Lukas Berger", "lukas.berger@fh-aachen.de"),
    "Credits for Calculus",
    """Hi,

We are the two visiting tutors of Calculus II (MA1202) this term. The credits shown on the course should be 4, not 3.

Best,
Lukas
""",
    "course_data",
    "en",
    fields={"course_code": "MA1202", "course_name": "Calculus II", "changes": {"credits": "4"}},
)

# ---------------------------------------------------------------- tables: rows are fields, columns now / requested

M(
    "tabel-pipa-saat-ini-usulan",
    "2027-11-09 09:30:00",
    ("Sekretariat Prodi Teknik Mesin", "prodi.mesin@polibatam.ac.id"),
    "Perubahan data course TM3207",
    """Yth. Tim P4M,

Mohon perubahan data course berikut:

Data | Saat ini | Usulan
Kode MK | TM3207 | TM3207
Nama MK | Teknik Pendingin | Teknik Pendingin dan Tata Udara
SKS | 2 | 3

Terima kasih.
Sekretariat Prodi Teknik Mesin
""",
    "course_data",
    "id",
    fields={
        "course_code": "TM3207",
        "course_name": "Teknik Pendingin",
        "changes": {"fullname": "Teknik Pendingin dan Tata Udara", "credits": "3"},
    },
    client="thunderbird",
)

M(
    "en-tab-table-current-requested",
    "2027-11-09 13:15:00",
    ("Erik Johansson", "erik.johansson@chalmers.se"),
    "Course update",
    """Hello,

Please update our exchange course as below.

Item\tCurrent\tRequested
Course title\tOcean Engineering\tOcean Engineering Fundamentals
Code\tNA3101\tNA3101

Thank you,
Erik
""",
    "course_data",
    "en",
    fields={
        "course_code": "NA3101",
        "course_name": "Ocean Engineering",
        "changes": {"fullname": "Ocean Engineering Fundamentals"},
    },
)

M(
    "tabel-hanya-nama-baru-bukan-nama",
    "2027-11-10 08:45:00",
    ("Prodi Akuntansi", "prodi.akuntansi@polibatam.ac.id"),
    "Nama MK AK3109",
    """Dengan hormat,

Kode MK | Nama MK Baru
AK3109 | Akuntansi Syariah Lanjutan

Mohon diproses. Terima kasih.
""",
    "course_data",
    "id",
    fields={"course_code": "AK3109", "changes": {"fullname": "Akuntansi Syariah Lanjutan"}},
    client="outlook",
)

# ---------------------------------------------------------------- forms and settings screens

M(
    "moodle-indonesia-nama-lengkap-kursus",
    "2027-11-10 11:30:00",
    ("Bayu Kurniawan", "bayu.kurniawan@polibatam.ac.id"),
    "Pengaturan kursus",
    """Siang Tim P4M,

Berikut tampilan pengaturan kursus saya (Moodle bahasa Indonesia), tolong nama singkat diganti:

Nama lengkap kursus *\tHukum Maritim
Nama singkat kursus *\tHM-2026
Kategori kursus\tLogistik / Semester 5

Nama singkat baru: HM-2027

Terima kasih,
Bayu
""",
    "course_data",
    "id",
    fields={"course_name": "Hukum Maritim", "changes": {"shortname": "HM-2027"}},
)

M(
    "docx-form-nama-mata-kuliah",
    "2027-11-11 09:00:00",
    ("Jurusan Teknik Sipil", "jurusan.sipil@polibatam.ac.id"),
    "Formulir perubahan data e-learning",
    """Yth. Tim P4M,

Terlampir formulir perubahan data mata kuliah. Mohon dapat diproses.

Hormat kami,
Jurusan Teknik Sipil
""",
    "course_data",
    "id",
    fields={"course_code": "TS2203", "course_name": "Teknologi Bahan", "changes": {"lecturer": "Ir. Bambang Susilo, M.T."}},
    client="outlook",
    att=[
        (
            "docx",
            "formulir-perubahan.docx",
            [
                "FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING",
                "Kode Mata Kuliah : TS2203",
                "Nama Mata Kuliah : Teknologi Bahan",
                "Dosen Pengampu Baru : Ir. Bambang Susilo, M.T.",
                "Alasan : dosen lama pensiun",
            ],
        )
    ],
)

# ---------------------------------------------------------------- what closes a name: code labels, yang, pada

M(
    "huruf-kapital-kode-kelas",
    "2027-11-11 20:30:00",
    ("SUPRIYANTO", "supriyanto.pt@gmail.com"),
    "DOSEN",
    """SELAMAT MALAM. MATA KULIAH PENGANTAR TEKNOLOGI INFORMASI KODE TI1101 KELAS TI-1A DOSENNYA MOHON DIGANTI JADI
SUPRIYANTO, S.KOM. TERIMA KASIH.
""",
    "course_data",
    "id",
    fields={
        "course_code": "TI1101",
        "course_name": "PENGANTAR TEKNOLOGI INFORMASI",
        "changes": {"lecturer": "SUPRIYANTO, S.KOM."},
    },
)

M(
    "huruf-kecil-matkul-kode",
    "2027-11-12 06:50:00",
    ("Rizal Anwar", "rizal.anwar@students.polibatam.ac.id"),
    "matkul",
    """pagi min, matkul sistem embedded kode EL3206 di elearning semesternya salah, harusnya semester 5 bukan 3. tq
""",
    "course_data",
    "id",
    fields={"course_code": "EL3206", "course_name": "sistem embedded", "changes": {"semester": "5"}},
    client="iphone",
)

M(
    "dengan-kode-mk-menutup-nama",
    "2027-11-12 10:00:00",
    ("Nur Aini", "nur.aini@polibatam.ac.id"),
    "Enrol key",
    """Selamat pagi,

Untuk Fisika Dasar II dengan kode MK FS1202, enrolment key-nya mohon diubah menjadi fisdas2-b.

Terima kasih
Nur Aini
""",
    "course_data",
    "id",
    fields={"course_code": "FS1202", "course_name": "Fisika Dasar II", "changes": {"enrolment_key": "fisdas2-b"}},
)

M(
    "yang-saya-ampu-menutup-nama",
    "2027-11-12 14:25:00",
    ("Dewi Kartika", "dewi.kartika@polibatam.ac.id"),
    "Nama singkat",
    """Siang,

Mata kuliah Pemasaran Digital yang saya ampu di kelas MB-3A, nama singkatnya tolong diubah ke PD-MB3A.

Terima kasih,
Dewi
""",
    "course_data",
    "id",
    fields={"course_name": "Pemasaran Digital", "changes": {"shortname": "PD-MB3A"}},
    client="gmail",
)

M(
    "pada-semester-menutup-nama",
    "2027-11-13 08:40:00",
    ("Agus Setiawan", "agus.setiawan@polibatam.ac.id"),
    "Dosen pengampu Ekonomi Teknik",
    """Dengan hormat,

Dosen pengampu pada mata kuliah Ekonomi Teknik pada semester ini mohon diganti menjadi Drs. Hari Purnomo, M.M.

Hormat saya,
Agus Setiawan
""",
    "course_data",
    "id",
    fields={"course_name": "Ekonomi Teknik", "changes": {"lecturer": "Drs. Hari Purnomo, M.M."}},
    client="zimbra",
)

# ---------------------------------------------------------------- old/new pairs opening the mail

M(
    "sebelum-sesudah-di-awal",
    "2027-11-13 21:00:00",
    ("Hendro Wibisono", "hendro.w@polibatam.ac.id"),
    "nama course TM1105",
    """Sebelum: Gambar Mesin
Sesudah: Gambar Mesin dan CAD

itu saja, makasih
""",
    "course_data",
    "id",
    fields={"course_code": "TM1105", "course_name": "Gambar Mesin", "changes": {"fullname": "Gambar Mesin dan CAD"}},
    client="iphone",
)

M(
    "en-was-now-lines",
    "2027-11-14 09:15:00",
    ("Maria Santos", "maria.santos@up.edu.ph"),
    "Course name EE2201",
    """Was: Circuit Theory
Should be: Circuit Theory and Networks

Thanks a lot!
""",
    "course_data",
    "en",
    fields={
        "course_code": "EE2201",
        "course_name": "Circuit Theory",
        "changes": {"fullname": "Circuit Theory and Networks"},
    },
)

# ---------------------------------------------------------------- cue words no corpus used yet

M(
    "en-module-cue-name",
    "2027-11-14 13:30:00",
    ("James O'Connor", "james.oconnor@tus.ie"),
    "Naval Architecture",
    """Hi team,

For the module Naval Architecture, could you please add me as lecturer? My name on the system should read
James O'Connor.

Cheers,
James
""",
    "course_data",
    "en",
    fields={"course_name": "Naval Architecture", "changes": {"lecturer": "James O'Connor"}},
)

M(
    "en-unit-cue-name",
    "2027-11-15 08:00:00",
    ("Sarah Mitchell", "s.mitchell@rmit.edu.au"),
    "Unit on your LMS",
    """Good morning,

The unit Fluid Power Systems (MK3204) that our students take with you has 2 credits on your LMS; it should be 3.

Kind regards,
Sarah
""",
    "course_data",
    "en",
    fields={"course_code": "MK3204", "course_name": "Fluid Power Systems", "changes": {"credits": "3"}},
    client="outlook",
)

M(
    "perihal-surat-nama-mk",
    "2027-11-15 10:45:00",
    ("Tata Usaha Jurusan Manajemen Bisnis", "tu.mb@polibatam.ac.id"),
    "Surat permohonan",
    """Nomor : 112/PL29/MB/2027
Perihal : Perubahan Dosen Mata Kuliah Akuntansi Biaya Lanjutan

Yth. Kepala P4M,

Dengan ini kami mohon agar dosen pengampu di e-learning diganti menjadi Lina Marlina, S.E., M.Ak. mulai pekan
depan.

Hormat kami,
Ketua Jurusan Manajemen Bisnis
""",
    "course_data",
    "id",
    fields={"course_name": "Akuntansi Biaya Lanjutan", "changes": {"lecturer": "Lina Marlina, S.E., M.Ak."}},
    client="outlook",
)

M(
    "subjek-kurung-siku-nama",
    "2027-11-16 07:45:00",
    ("Irfan Maulana", "irfan.maulana@polibatam.ac.id"),
    "[Teknik Kendali Otomatis] ganti enrol key",
    """Pagi, tolong enrol key diganti jadi tko-pagi-27 ya. Makasih.
""",
    "course_data",
    "id",
    fields={"course_name": "Teknik Kendali Otomatis", "changes": {"enrolment_key": "tko-pagi-27"}},
    client="iphone",
)

M(
    "ampersand-romawi-kelas",
    "2027-11-16 13:00:00",
    ("Wahyu Prasetyo", "wahyu.prasetyo@polibatam.ac.id"),
    "Kelas course",
    """Siang Tim,

Struktur Baja & Beton II untuk kelas TS-3B mohon kelasnya diganti jadi TS-3C, karena TS-3B digabung.

Wahyu
""",
    "course_data",
    "id",
    fields={"course_name": "Struktur Baja & Beton II", "changes": {"class": "TS-3C"}},
    client="thunderbird",
)

M(
    "nama-inggris-kelas-surat-id",
    "2027-11-17 09:20:00",
    ("Ratna Sari", "ratna.sari@polibatam.ac.id"),
    "Pengumuman Principles of Management",
    """Selamat pagi,

Mohon ditayangkan pengumuman untuk Principles of Management kelas MB-1B dengan judul "Tugas Kelompok 1".
Isi: tugas kelompok 1 dikumpulkan di e-learning paling lambat Jumat.

Terima kasih
Ratna
""",
    "announcement",
    "id",
    fields={"course_name": "Principles of Management", "title": "Tugas Kelompok 1", "scope": "course"},
)

# ---------------------------------------------------------------- near-misses: no course name to read

M(
    "prodi-bukan-nama",
    "2027-11-17 14:10:00",
    ("Admin Prodi Teknik Mesin", "admin.tm@polibatam.ac.id"),
    "Course TM2104",
    """Siang,

Saya dari Program Studi Teknik Mesin. Course TM2104 sks-nya mohon diubah menjadi 3.

Terima kasih
""",
    "course_data",
    "id",
    fields={"course_code": "TM2104", "changes": {"credits": "3"}},
)

M(
    "dokumen-kurung-bukan-nama",
    "2027-11-18 08:30:00",
    ("Bagus Hartanto", "bagus.hartanto@polibatam.ac.id"),
    "deskripsi course IF3210",
    """Pagi,

Sesuai Rencana Pembelajaran Semester (RPS) yang baru, deskripsi course IF3210 mohon diganti menjadi:
Membahas pengolahan citra digital dari akuisisi sampai segmentasi.

Bagus
""",
    "course_data",
    "id",
    fields={
        "course_code": "IF3210",
        "changes": {"summary": "Membahas pengolahan citra digital dari akuisisi sampai segmentasi."},
    },
)

M(
    "kelas-saja-bukan-nama",
    "2027-11-18 19:40:00",
    ("Yosi Amelia", "yosi.amelia@students.polibatam.ac.id"),
    "kelas",
    """kak, course IF2208 kelas TI-2C tolong dosennya diganti jadi Nadia Putri, M.Kom. makasih kak
""",
    "course_data",
    "id",
    fields={"course_code": "IF2208", "changes": {"lecturer": "Nadia Putri, M.Kom."}},
    client="iphone",
)

M(
    "en-paper-cue-announcement",
    "2027-11-19 09:00:00",
    ("Hiroshi Tanaka", "h.tanaka@kosen-k.go.jp"),
    "Announcement for Embedded Control",
    """Dear helpdesk,

Please post an announcement in the paper Embedded Control (EL4105) titled "Lab Report Template Updated". The text:
the new template is on the course page.

Regards,
Hiroshi
""",
    "announcement",
    "en",
    fields={
        "course_code": "EL4105",
        "course_name": "Embedded Control",
        "title": "Lab Report Template Updated",
        "scope": "course",
    },
)

M(
    "semester-kurung-bukan-nama",
    "2027-11-19 15:30:00",
    ("Teguh Santoso", "teguh.santoso@polibatam.ac.id"),
    "Course Fisika Terapan",
    """Sore,

Fisika Terapan (Semester 3) kode FT2103: nama singkat-nya diubah menjadi FT2103-A ya.

Teguh
""",
    "course_data",
    "id",
    fields={"course_code": "FT2103", "course_name": "Fisika Terapan", "changes": {"shortname": "FT2103-A"}},
)

M(
    "html-outlook-tabel-mata-kuliah",
    "2027-11-20 10:00:00",
    ("Koordinator MKU", "koordinator.mku@polibatam.ac.id"),
    "Pengumuman MKU",
    "",
    "announcement",
    "id",
    fields={
        "course_code": "MKU1103",
        "course_name": "Pendidikan Pancasila",
        "title": "Kuliah Umum Kebangsaan",
        "scope": "course",
    },
    client="outlook",
    html_body=(
        "<p>Yth. Tim P4M,</p><p>Mohon ditayangkan pengumuman berikut:</p>"
        "<table border=1><tr><td>Kode</td><td>Mata Kuliah</td><td>Judul</td></tr>"
        "<tr><td>MKU1103</td><td>Pendidikan Pancasila</td><td>Kuliah Umum Kebangsaan</td></tr></table>"
        "<p>Isi: seluruh mahasiswa wajib hadir di aula.</p><p>Terima kasih</p>"
    ),
)


if __name__ == "__main__":
    sys.exit(E.main())

#!/usr/bin/env python3
"""Generate the eighteenth P4M helpdesk TUNING corpus for the current course name (68 labelled request e-mails).

Written in round 9, before any rule for it, when every blind part still lost two to four names. Each mail tests a part
of the grammar of where a course's current name starts and ends, in voices no earlier corpus used:
- a revert: the name the course shows NOW is the one a past change gave it ("telah berubah menjadi X ... dikembalikan
  ke Y", "was renamed to X by mistake, change it back to Y", "kemarin udah diganti jd X, balikin ke Y");
- a simple-English sentence by a visiting lecturer naming an Indonesian course ("I am teaching the course X (CODE)",
  "My subject here is X, code CODE"), with the English gloss that is not the name;
- dictated lower-case mail without punctuation ("untuk matkul mekanika fluida kode ME2203 enrol key nya ...");
- the name only in the subject; names with numbers, roman numerals, "&", "dan", "and", apostrophes, hyphens, English
  names in Indonesian mail, ALL-CAPS and lower case; cue words "subject", "modul", "kelas", "course", "MK", "matkul";
  a name in brackets after its code and a code in brackets after its name;
- near-misses that must not be read as the course's name: a study programme, a room, an event, a department, a
  person, a class.

Voices: a programme secretary, visiting lecturers from Thailand, Germany and Vietnam, an industry practitioner
dictating on a phone, a retired adjunct lecturer writing in capitals, laboratory technicians, a department admin.
The message engine is the first tuning corpus's generator.
Run:  python3 make_tune18_names.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # type: ignore[import-not-found]  # noqa: E402, N812

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 65, "announcement": 3}
M = E.M


def C(slug, date, sender, subject, body, lang, code, name, changes, client="gmail"):
    """A course-data request; name None when the mail names no course (a near-miss)."""
    fields = {"course_code": code}
    if name is not None:
        fields["course_name"] = name
    fields["changes"] = changes
    M(slug, date, sender, subject, body, "course_data", lang, fields=fields, client=client)


# ---------------------------------------------------------------- a revert: the name now is the one a change gave

C(
    "revert-sekprodi-telah-berubah-menjadi",
    "2027-12-01 08:10:00",
    ("Sekretariat Prodi Elektro", "sekprodi.elektro@polibatam.ac.id"),
    "Pembatalan perubahan nama MK EL2203",
    """Yth. Tim P4M,

Pada pertengahan November nama mata kuliah EL2203 di e-learning telah berubah menjadi Sistem Tertanam Lanjut.
Perubahan tersebut dibatalkan oleh rapat prodi, sehingga mohon nama mata kuliah dikembalikan seperti semula, yaitu
Sistem Tertanam.

Atas perhatiannya kami ucapkan terima kasih.

Sekretariat Program Studi Teknik Elektro
""",
    "id",
    "EL2203",
    "Sistem Tertanam Lanjut",
    {"fullname": "Sistem Tertanam"},
    client="outlook",
)

C(
    "en-revert-renamed-by-mistake",
    "2027-12-01 09:30:00",
    ("Jonas Becker", "j.becker@hs-bremen.de"),
    "course name back please",
    """Hello P4M team,

Last week my course MR3105 was renamed to "Ship Stability and Trim" by mistake. Could you please change it back to
"Ship Stability"? The students cannot find it in their list.

Thank you,
Jonas Becker
""",
    "en",
    "MR3105",
    "Ship Stability and Trim",
    {"fullname": "Ship Stability"},
    client="thunderbird",
)

C(
    "revert-santai-balikin-ke",
    "2027-12-01 13:05:00",
    ("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
    "nama matkul AK3102",
    """min, matkul AK3102 kemarin kan udah diganti jd Audit Sistem Informasi, ternyata salah, balikin lagi ke Auditing 2
ya. makasih min
""",
    "id",
    "AK3102",
    "Audit Sistem Informasi",
    {"fullname": "Auditing 2"},
    client="iphone",
)

C(
    "revert-semula-kini-tampil",
    "2027-12-01 15:40:00",
    ("Agus Salim", "agus.salim@polibatam.ac.id"),
    "Nama course FS1106",
    """Selamat sore,

Course FS1106 semula bernama Praktikum Fisika, kini tampil sebagai "Fisika Eksperimen". Tolong dipulihkan ke nama
awal Praktikum Fisika karena SIAKAD belum berubah.

Salam,
Agus Salim
""",
    "id",
    "FS1106",
    "Fisika Eksperimen",
    {"fullname": "Praktikum Fisika"},
)

# ---------------------------------------------------------------- simple English by visiting lecturers

C(
    "en-th-teaching-the-course-code-bracket",
    "2027-12-02 08:20:00",
    ("Somchai Wongsakul", "somchai.w@kmutt.ac.th"),
    "short name request",
    """Dear P4M,

I am teaching the course Sistem Pakar (IF3207) for the exchange students from Bangkok. Please could the short name
become IF3207-EXPERT? It is more easy for my students.

Thank you very much,
Somchai
""",
    "en",
    "IF3207",
    "Sistem Pakar",
    {"shortname": "IF3207-EXPERT"},
    client="outlook",
)

C(
    "en-de-my-subject-here-is-code",
    "2027-12-02 10:00:00",
    ("Markus Weber", "m.weber@th-koeln.de"),
    "enrolment key",
    """Good morning,

My subject here is Teknik Pengelasan, code MF2104. I need the enrolment key changed to weld2027 please, the old
one was shared on social media.

Regards,
Markus Weber
""",
    "en",
    "MF2104",
    "Teknik Pengelasan",
    {"enrolment_key": "weld2027"},
    client="thunderbird",
)

C(
    "en-vn-responsible-gloss-not-name",
    "2027-12-02 11:45:00",
    ("Nguyen Thi Lan", "lan.nguyen@hust.edu.vn"),
    "Enrolment key for my class",
    """Dear helpdesk,

The course I am responsible for is Manajemen Proyek (TI3301), in English it is Project Management. Please set the
enrolment key to PM-hanoi27 for my students.

Best,
Lan
""",
    "en",
    "TI3301",
    "Manajemen Proyek",
    {"enrolment_key": "PM-hanoi27"},
)

# ---------------------------------------------------------------- dictated lower case, no punctuation

C(
    "dikte-matkul-huruf-kecil-kode-enrol",
    "2027-12-03 07:15:00",
    ("Joko Susilo", "joko.susilo@polibatam.ac.id"),
    "enrol key mekanika fluida",
    """halo admin saya pak joko dosen mesin untuk matkul mekanika fluida kode ME2203 enrol key nya tolong diganti jadi
fluida27 makasih

Dikirim dari Samsung Galaxy smartphone saya.
""",
    "id",
    "ME2203",
    "mekanika fluida",
    {"enrolment_key": "fluida27"},
)

C(
    "dikte-mata-kuliah-angka-kata-sks",
    "2027-12-03 09:50:00",
    ("Rina Marlina", "rina.marlina@polibatam.ac.id"),
    "sks kimia organik",
    """selamat siang tim p4m saya bu rina mata kuliah kimia organik dua kode KI2202 sks nya masih dua seharusnya tiga
sks mohon dibantu

Dikirim dari Samsung Galaxy smartphone saya.
""",
    "id",
    "KI2202",
    "kimia organik dua",
    {"credits": "tiga sks"},
)

C(
    "dikte-kelas-huruf-kecil-short-name",
    "2027-12-03 12:30:00",
    ("Bambang Hermawan", "bambang.h@polibatam.ac.id"),
    "short name",
    """siang min di kelas pemrograman mobile kode IF3205 short name nya tolong dijadikan IF3205-MOB terima kasih
""",
    "id",
    "IF3205",
    "pemrograman mobile",
    {"shortname": "IF3205-MOB"},
    client="iphone",
)

# ---------------------------------------------------------------- the name only in the subject

C(
    "subjek-saja-nama-kode-kurung",
    "2027-12-04 08:05:00",
    ("Hendra Gunawan", "hendra.gunawan@polibatam.ac.id"),
    "Rekayasa Perangkat Lunak (IF2302) - enrolment key",
    """Pagi,

Mohon enrolment key diganti menjadi RPL-genap27. Terima kasih.

Hendra
""",
    "id",
    "IF2302",
    "Rekayasa Perangkat Lunak",
    {"enrolment_key": "RPL-genap27"},
)

C(
    "subjek-saja-ganti-short-name-nama",
    "2027-12-04 10:25:00",
    ("Yuliana Putri", "yuliana.putri@polibatam.ac.id"),
    "Ganti short name Basis Data Terdistribusi",
    """Kode IF3104, short name jadi IF3104-BDT ya. Thanks.
""",
    "id",
    "IF3104",
    "Basis Data Terdistribusi",
    {"shortname": "IF3104-BDT"},
    client="iphone",
)

# ---------------------------------------------------------------- numbers, roman numerals, &, dan, and, ' and -

C(
    "ampersand-mk-kode-sesudah",
    "2027-12-05 08:40:00",
    ("Lab K3", "lab.k3@polibatam.ac.id"),
    "Enrolment key MK K3",
    """Selamat pagi,

Untuk MK Keselamatan & Kesehatan Kerja kode MK1203, enrolment key mohon diubah menjadi K3-aman27.

Terima kasih,
Teknisi Lab K3
""",
    "id",
    "MK1203",
    "Keselamatan & Kesehatan Kerja",
    {"enrolment_key": "K3-aman27"},
    client="zimbra",
)

C(
    "tanda-hubung-course-kode-kurung",
    "2027-12-05 10:10:00",
    ("Dewi Anggraini", "dewi.anggraini@polibatam.ac.id"),
    "short name IMK",
    """Halo tim P4M,

Short name course Interaksi Manusia-Komputer (IF2208) mohon diganti menjadi IF2208-IMK.

Dewi
""",
    "id",
    "IF2208",
    "Interaksi Manusia-Komputer",
    {"shortname": "IF2208-IMK"},
)

C(
    "romawi-matkul-kode-sks",
    "2027-12-05 13:20:00",
    ("Sarah Lubis", "sarah.lubis@polibatam.ac.id"),
    "SKS bahasa inggris",
    """Siang admin,

matkul Bahasa Inggris III kode BI3101 tertulis 3 SKS, yang benar 2 SKS. Mohon dibetulkan.

Sarah
""",
    "id",
    "BI3101",
    "Bahasa Inggris III",
    {"credits": "2 SKS"},
    client="iphone",
)

C(
    "apostrof-nama-inggris-surat-id",
    "2027-12-05 15:00:00",
    ("Maria Ulfa", "maria.ulfa@polibatam.ac.id"),
    "Dosen pengampu Technical Writer's Workshop",
    """Yth. Tim Helpdesk P4M,

Dosen pengampu mata kuliah Technical Writer's Workshop (BI2105) mohon diganti menjadi Maria Ulfa, S.S., M.Hum.
mulai semester ini.

Hormat saya,
Maria Ulfa
""",
    "id",
    "BI2105",
    "Technical Writer's Workshop",
    {"lecturer": "Maria Ulfa, S.S., M.Hum."},
    client="outlook",
)

C(
    "dan-angka-mk-kurung",
    "2027-12-06 08:30:00",
    ("Irfan Hakim", "irfan.hakim@polibatam.ac.id"),
    "Enrol key statistika",
    """Assalamualaikum,

MK Statistika dan Probabilitas 2 (MA2103) enrol key-nya tolong diganti jadi SP2-irfan ya.

Wassalam,
Irfan
""",
    "id",
    "MA2103",
    "Statistika dan Probabilitas 2",
    {"enrolment_key": "SP2-irfan"},
)

C(
    "en-and-course-code-bracket",
    "2027-12-06 09:45:00",
    ("Daniel Tan", "daniel.tan@batamindo.co.id"),
    "Credits for R&D Methods",
    """Hi,

I'm an industry lecturer this semester. The course Research and Development Methods (RD4101) shows 2 credits on the
LMS; it should be 3 credits.

Cheers,
Daniel Tan
""",
    "en",
    "RD4101",
    "Research and Development Methods",
    {"credits": "3 credits"},
)

C(
    "kapital-semua-pensiunan",
    "2027-12-06 11:00:00",
    ("Soeharto Wirjo", "soeharto.wirjo@polibatam.ac.id"),
    "ENROLMENT KEY",
    """SELAMAT SIANG.

MOHON BANTUAN UNTUK MATA KULIAH PERANCANGAN ELEMEN MESIN 1 (ME3102) ENROLMENT KEY DIGANTI MENJADI PEM1-2027.

TERIMA KASIH.
IR. SOEHARTO WIRJO
""",
    "id",
    "ME3102",
    "PERANCANGAN ELEMEN MESIN 1",
    {"enrolment_key": "PEM1-2027"},
)

C(
    "en-lower-case-course-bracket",
    "2027-12-06 14:15:00",
    ("Kevin Sitompul", "kevin.sitompul@polibatam.ac.id"),
    "short name",
    """hi, for the course digital electronics (EL1204) please change the short name to EL1204-DE. thanks
""",
    "en",
    "EL1204",
    "digital electronics",
    {"shortname": "EL1204-DE"},
    client="iphone",
)

C(
    "nama-inggris-mata-kuliah-kode-kurung",
    "2027-12-07 08:00:00",
    ("Ahmad Fauzi", "ahmad.fauzi@polibatam.ac.id"),
    "Short name OOP",
    """Selamat pagi Bapak/Ibu,

Untuk mata kuliah Object Oriented Programming (IF2205) mohon short name diganti menjadi IF2205-OOP.

Terima kasih,
Ahmad Fauzi
""",
    "id",
    "IF2205",
    "Object Oriented Programming",
    {"shortname": "IF2205-OOP"},
)

# ---------------------------------------------------------------- cue words: subject, modul, kelas, code then name

C(
    "en-subject-cue-comma-code",
    "2027-12-07 09:30:00",
    ("Captain Lim Wei", "lim.wei@maritime-academy.sg"),
    "credits",
    """Dear Sir/Madam,

The subject Marine Propulsion Systems, code MR3201, needs its credits changed to 3 as per the new curriculum.

Regards,
Capt. Lim Wei
""",
    "en",
    "MR3201",
    "Marine Propulsion Systems",
    {"credits": "3"},
    client="outlook",
)

C(
    "modul-kode-enrol",
    "2027-12-07 10:50:00",
    ("Teknisi Pneumatik", "lab.pneumatik@polibatam.ac.id"),
    "enrol key modul",
    """Selamat siang,

Untuk modul Dasar Pneumatik kode MK2110 mohon enrolment key diubah menjadi pneu-2110.

Terima kasih
""",
    "id",
    "MK2110",
    "Dasar Pneumatik",
    {"enrolment_key": "pneu-2110"},
    client="zimbra",
)

C(
    "kode-lalu-nama-dalam-kurung",
    "2027-12-07 13:40:00",
    ("Novi Rahmawati", "novi.rahmawati@polibatam.ac.id"),
    "short name",
    """Siang,

Mohon short name untuk IF2101 (Struktur Data) diganti jadi IF2101-SD.

Novi
""",
    "id",
    "IF2101",
    "Struktur Data",
    {"shortname": "IF2101-SD"},
)

C(
    "course-kode-lalu-nama-koma",
    "2027-12-07 15:20:00",
    ("Rudi Setiawan", "rudi.setiawan@polibatam.ac.id"),
    "enrolment key",
    """Sore,

Untuk course EL3302 Sistem Kendali Digital, enrolment key mohon diubah menjadi SKD-27.

Rudi
""",
    "id",
    "EL3302",
    "Sistem Kendali Digital",
    {"enrolment_key": "SKD-27"},
)

# ---------------------------------------------------------------- near-misses: no course name in the mail

C(
    "prodi-bukan-nama-mk-dengan-kode",
    "2027-12-08 08:15:00",
    ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
    "Enrolment key",
    """Selamat pagi,

Saya dosen Prodi Teknologi Rekayasa Multimedia. Untuk MK dengan kode MM2107 mohon enrolment key diganti menjadi
TRM-27.

Terima kasih
""",
    "id",
    "MM2107",
    None,
    {"enrolment_key": "TRM-27"},
)

C(
    "ruang-bukan-nama",
    "2027-12-08 09:40:00",
    ("Yusuf Maulana", "yusuf.maulana@polibatam.ac.id"),
    "EL2201",
    """Pagi tim,

Kode MK EL2201, kelas yang saya ampu di Gedung Tower A Ruang 704. Mohon enrolment key diubah jadi tower704.

Yusuf
""",
    "id",
    "EL2201",
    None,
    {"enrolment_key": "tower704"},
)

C(
    "acara-bukan-nama",
    "2027-12-08 11:10:00",
    ("Lestari Wulandari", "lestari.w@polibatam.ac.id"),
    "short name",
    """Halo,

Setelah Seminar Nasional Teknologi Terapan kemarin, mohon short name TI3106 diganti jadi TI3106-SNTT.

Salam,
Lestari
""",
    "id",
    "TI3106",
    None,
    {"shortname": "TI3106-SNTT"},
)

C(
    "jurusan-bukan-nama",
    "2027-12-08 13:30:00",
    ("Admin Jurusan Elektro", "admin.elektro@polibatam.ac.id"),
    "SKS EL4102",
    """Dari Jurusan Teknik Elektro: untuk course EL4102 jumlah SKS menjadi 2.

Admin Jurusan
""",
    "id",
    "EL4102",
    None,
    {"credits": "2"},
    client="outlook",
)

C(
    "orang-bukan-nama",
    "2027-12-08 15:45:00",
    ("Tata Usaha Kimia", "tu.kimia@polibatam.ac.id"),
    "Enrolment key KM2201",
    """Selamat sore,

Mata kuliah KM2201 yang diampu Ibu Ratna Dewi Kusuma mohon enrolment key diganti jadi RDK2201.

Terima kasih,
TU Kimia
""",
    "id",
    "KM2201",
    None,
    {"enrolment_key": "RDK2201"},
)

C(
    "en-department-and-programme-not-name",
    "2027-12-09 08:25:00",
    ("Peter Wong", "peter.wong@polibatam.ac.id"),
    "Short name",
    """Hi team,

I'm with the Department of Mechanical Engineering, Diploma in Mechatronics. For course ME2210 please change the
short name to ME2210-MECH.

Thanks,
Peter
""",
    "en",
    "ME2210",
    None,
    {"shortname": "ME2210-MECH"},
)
# ---------------------------------------------------------------- second batch: more voices, cues and closings

C(
    "label-sebaris-mk-titik-dua-kode",
    "2027-12-10 08:05:00",
    ("Fransiska Manurung", "fransiska.m@polibatam.ac.id"),
    "Bantuan enrolment key",
    """Selamat pagi, mohon bantuan. MK: Fisika Dasar II, kode: FS1102, enrolment key-nya diganti menjadi fisdas2-B.
Terima kasih.
""",
    "id",
    "FS1102",
    "Fisika Dasar II",
    {"enrolment_key": "fisdas2-B"},
    client="iphone",
)

C(
    "en-subject-quoted-single-typographic",
    "2027-12-10 09:20:00",
    ("Hiroshi Tanaka", "h.tanaka@kobe-u.ac.jp"),
    "About short name",
    """Dear P4M staff,

For the subject ‘Desain Kapal’ (MR2101) which I teach now, please make the short name MR2101-SHIP. My
Japanese students read English better.

Sincerely,
Hiroshi Tanaka
""",
    "en",
    "MR2101",
    "Desain Kapal",
    {"shortname": "MR2101-SHIP"},
    client="outlook",
)

C(
    "nama-dash-kode-kelas-sesudah",
    "2027-12-10 10:45:00",
    ("Bayu Aji", "bayu.aji@polibatam.ac.id"),
    "Kalkulus Lanjut",
    """Siang tim,

Kalkulus Lanjut – MA2201 untuk kelas TI-2A: dosennya sekarang Bayu Aji, M.Si. Mohon diperbarui di e-learning.

Bayu
""",
    "id",
    "MA2201",
    "Kalkulus Lanjut",
    {"lecturer": "Bayu Aji, M.Si."},
)

C(
    "yang-saya-ampu-sebelum-kode-kurung",
    "2027-12-10 13:10:00",
    ("Lina Marpaung", "lina.marpaung@polibatam.ac.id"),
    "SKS",
    """Sore,

Mata kuliah Jaringan Nirkabel yang saya ampu (TK3201) tercatat 2 SKS, padahal 3 SKS. Mohon disesuaikan.

Lina
""",
    "id",
    "TK3201",
    "Jaringan Nirkabel",
    {"credits": "3 SKS"},
    client="zimbra",
)

C(
    "acara-dikutip-bukan-nama",
    "2027-12-10 15:30:00",
    ("Panitia Dies Natalis", "dies.natalis@polibatam.ac.id"),
    "Short name MB2104",
    """Halo P4M,

Sehubungan dengan acara "Dies Natalis Polibatam ke-27", mohon short name MB2104 diganti menjadi MB2104-DIES.

Panitia
""",
    "id",
    "MB2104",
    None,
    {"shortname": "MB2104-DIES"},
)

C(
    "en-my-course-no-bracket-code-in-subject",
    "2027-12-11 08:40:00",
    ("Rebecca Hall", "r.hall@polibatam.ac.id"),
    "EL2305 enrolment key",
    """Hi there,

For my course Power Electronics the enrolment key should become PE-hall27. Many thanks!

Rebecca
""",
    "en",
    "EL2305",
    "Power Electronics",
    {"enrolment_key": "PE-hall27"},
)

C(
    "matkul-nomor-untuk-kelas",
    "2027-12-11 10:00:00",
    ("Kurniawan", "kurniawan@polibatam.ac.id"),
    "enrol key BI1102",
    """min, enrol key matkul Bahasa Inggris 2 untuk kelas MB-1A tolong diganti jd bing2-mb1a. kode BI1102. thx
""",
    "id",
    "BI1102",
    "Bahasa Inggris 2",
    {"enrolment_key": "bing2-mb1a"},
    client="iphone",
)

C(
    "ruang-lab-kurung-bukan-nama",
    "2027-12-11 11:25:00",
    ("Teknisi Lab Jaringan", "lab.jaringan@polibatam.ac.id"),
    "Enrolment key TK2202",
    """Selamat siang,

Praktikum TK2202 dipindah ke Laboratorium Jaringan Komputer (Gedung Utama lantai 4). Mohon enrolment key diganti
menjadi labjarkom-4.

Terima kasih
""",
    "id",
    "TK2202",
    None,
    {"enrolment_key": "labjarkom-4"},
    client="zimbra",
)

C(
    "kapital-nama-inggris-subject-only",
    "2027-12-11 14:00:00",
    ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
    "QUALITY CONTROL (TM3204) - SKS",
    """Mohon sks diubah menjadi 3. Terima kasih.
""",
    "id",
    "TM3204",
    "QUALITY CONTROL",
    {"credits": "3"},
    client="iphone",
)

C(
    "revert-en-undo-rename-course-now-called",
    "2027-12-11 16:20:00",
    ("Aisyah Putri", "aisyah.putri@polibatam.ac.id"),
    "Undo rename IF2207",
    """Hello,

IF2207 is now called Advanced Web Engineering after my request last month, but the programme has decided to keep the
old title. Please revert it to Web Engineering.

Thank you,
Aisyah
""",
    "en",
    "IF2207",
    "Advanced Web Engineering",
    {"fullname": "Web Engineering"},
)

# ---------------------------------------------------------------- third batch: letters, abbreviations, questions

C(
    "perihal-panjang-mata-kuliah-subjek",
    "2027-12-12 08:10:00",
    ("Bagian Akademik", "akademik@polibatam.ac.id"),
    "Permohonan Perubahan Enrolment Key Mata Kuliah Perancangan Basis Data",
    """Dengan hormat,

Bersama ini kami mohon enrolment key untuk IF2210 diubah menjadi PBD-akad27.

Hormat kami,
Bagian Akademik
""",
    "id",
    "IF2210",
    "Perancangan Basis Data",
    {"enrolment_key": "PBD-akad27"},
    client="outlook",
)

C(
    "singkatan-lalu-nama-dalam-kurung",
    "2027-12-12 09:35:00",
    ("Eko Prasetyo", "eko.prasetyo@polibatam.ac.id"),
    "key PBO",
    """Pagi min, matkul PBO (Pemrograman Berorientasi Objek) kode IF2203, enrol key-nya tolong jadi pbo-eko27 ya.
""",
    "id",
    "IF2203",
    "Pemrograman Berorientasi Objek",
    {"enrolment_key": "pbo-eko27"},
    client="iphone",
)

C(
    "en-module-word-after-name-code",
    "2027-12-12 11:00:00",
    ("Grace Lim", "grace.lim@ntu-partner.sg"),
    "Short name request",
    """Hi,

Could the Fluid Mechanics module (ME2103) get the short name ME2103-FM? It clashes with another course.

Thanks,
Grace
""",
    "en",
    "ME2103",
    "Fluid Mechanics",
    {"shortname": "ME2103-FM"},
)

C(
    "kutip-nama-koma-kode",
    "2027-12-12 13:15:00",
    ("Ratna Sari", "ratna.sari@polibatam.ac.id"),
    "SKS",
    """Selamat siang,

MK "Sistem Operasi Jaringan", kode TK2105, SKS-nya mohon diubah menjadi 4.

Ratna
""",
    "id",
    "TK2105",
    "Sistem Operasi Jaringan",
    {"credits": "4"},
)

C(
    "subjek-huruf-kecil-kode-di-isi",
    "2027-12-12 15:00:00",
    ("Dodi Firmansyah", "dodi.f@polibatam.ac.id"),
    "enrol key basis data lanjut",
    """mas, kode IF3101 enrol key diganti jadi bdl-dodi ya. suwun
""",
    "id",
    "IF3101",
    "basis data lanjut",
    {"enrolment_key": "bdl-dodi"},
    client="iphone",
)

C(
    "pertanyaan-apakah-course-bisa",
    "2027-12-13 08:20:00",
    ("Wahyuni", "wahyuni@polibatam.ac.id"),
    "Short name",
    """Pagi,

Apakah course Teknik Tenaga Listrik (EL3106) bisa diganti short name-nya menjadi EL3106-TTL?

Terima kasih
Wahyuni
""",
    "id",
    "EL3106",
    "Teknik Tenaga Listrik",
    {"shortname": "EL3106-TTL"},
)

C(
    "tanda-tangan-prodi-bukan-nama",
    "2027-12-13 09:45:00",
    ("Koordinator D3 TI", "koord.d3ti@polibatam.ac.id"),
    "IF1208",
    """Yth. Tim P4M,

Enrolment key IF1208 mohon diganti menjadi d3ti-1208.

Salam,
Koordinator Program Studi D3 Teknik Informatika
""",
    "id",
    "IF1208",
    None,
    {"enrolment_key": "d3ti-1208"},
)

C(
    "pada-mata-kuliah-tahun-ajaran",
    "2027-12-13 11:30:00",
    ("Hasan Basri", "hasan.basri@polibatam.ac.id"),
    "Dosen pengampu",
    """Selamat siang,

Pada mata kuliah Manajemen Operasional tahun ajaran 2027/2028 (MB3102), dosen pengampu mohon diganti menjadi
Hasan Basri, S.E., M.M.

Terima kasih
""",
    "id",
    "MB3102",
    "Manajemen Operasional",
    {"lecturer": "Hasan Basri, S.E., M.M."},
)

C(
    "en-course-title-is-sentence",
    "2027-12-13 14:10:00",
    ("Oliver Grant", "o.grant@polibatam.ac.id"),
    "enrolment key CE2201",
    """Hello,

The course title is Engineering Drawing and CAD, code CE2201. Please set the enrolment key to draw-CE27.

Oliver
""",
    "en",
    "CE2201",
    "Engineering Drawing and CAD",
    {"enrolment_key": "draw-CE27"},
)

C(
    "nama-strip-kelas-huruf",
    "2027-12-13 16:00:00",
    ("Yanti", "yanti@polibatam.ac.id"),
    "enrol key praktikum",
    """Sore min, Praktikum Elektronika Dasar - Kelas A (EL1102) enrol key-nya diganti jadi ped-a27 ya. Makasih
""",
    "id",
    "EL1102",
    "Praktikum Elektronika Dasar",
    {"enrolment_key": "ped-a27"},
    client="iphone",
)

# ---------------------------------------------------------------- fourth batch: what closes a name once begun

C(
    "di-elearning-menutup-nama",
    "2027-12-14 08:30:00",
    ("Nurul Hidayah", "nurul.hidayah@polibatam.ac.id"),
    "Enrolment key",
    """Selamat pagi,

Enrolment key MK Akuntansi Manajemen di E-Learning mohon diganti menjadi akm-nurul. Kodenya AK2207.

Nurul
""",
    "id",
    "AK2207",
    "Akuntansi Manajemen",
    {"enrolment_key": "akm-nurul"},
)

C(
    "en-section-letter-closes-name",
    "2027-12-14 10:15:00",
    ("Thomas Reid", "t.reid@polibatam.ac.id"),
    "key for section C",
    """Hi,

Please give Business Communication Section C (BC2102) the enrolment key bcc-reid. The other sections keep theirs.

Thomas
""",
    "en",
    "BC2102",
    "Business Communication",
    {"enrolment_key": "bcc-reid"},
)

C(
    "en-reply-line-code-dash-name-next-sentence",
    "2027-12-14 13:00:00",
    ("Priya Nair", "priya.nair@polibatam.ac.id"),
    "Re: course request",
    """Re: course EE2108 - Electrical Machines
The credits should be 4, not 3, according to the new handbook.

Priya
""",
    "en",
    "EE2108",
    "Electrical Machines",
    {"credits": "4"},
)

C(
    "singkatan-tanda-hubung-setelah-nama",
    "2027-12-14 15:20:00",
    ("Gilang Ramadhan", "gilang.r@polibatam.ac.id"),
    "key matkul",
    """Min, enrol key matkul Pengolahan Citra Digital-PCD (IF3108) minta diganti jadi pcd-gilang ya. Makasih
""",
    "id",
    "IF3108",
    "Pengolahan Citra Digital",
    {"enrolment_key": "pcd-gilang"},
    client="iphone",
)

C(
    "nama-tanda-hubung-bukan-singkatan",
    "2027-12-15 08:45:00",
    ("Desi Ratnasari", "desi.ratnasari@polibatam.ac.id"),
    "SKS Persiapan TOEIC",
    """Selamat pagi,

SKS mata kuliah Persiapan Pra-TOEIC (BI1104) mohon diubah menjadi 1.

Desi
""",
    "id",
    "BI1104",
    "Persiapan Pra-TOEIC",
    {"credits": "1"},
)

# ---------------------------------------------------------------- fifth batch: near-misses before a code

C(
    "orang-bergelar-sebelum-kode",
    "2027-12-15 10:30:00",
    ("Staf Jurusan Mesin", "staf.mesin@polibatam.ac.id"),
    "Enrolment key ME2207",
    """Selamat pagi,

Atas permintaan Ibu Ir. Sulastri Handayani (ME2207), enrolment key mohon diganti menjadi sulastri-27.

Terima kasih
""",
    "id",
    "ME2207",
    None,
    {"enrolment_key": "sulastri-27"},
    client="outlook",
)

C(
    "en-department-bracket-code",
    "2027-12-15 13:40:00",
    ("Ahmed Karim", "a.karim@polibatam.ac.id"),
    "short name",
    """Hello,

Department of Electrical Engineering (EE3104): please change the short name to EE3104-HV.

Ahmed
""",
    "en",
    "EE3104",
    None,
    {"shortname": "EE3104-HV"},
)

C(
    "ruang-lalu-kode-berlabel",
    "2027-12-15 16:10:00",
    ("Koordinator Ruang", "koord.ruang@polibatam.ac.id"),
    "SKS",
    """Sore,

Ruang Seminar Lantai 2, kode MK TS4102: SKS-nya mohon diubah menjadi 2.

Terima kasih
""",
    "id",
    "TS4102",
    None,
    {"credits": "2"},
)

# ---------------------------------------------------------------- sixth batch: after the code, forwarded, capitals

C(
    "en-code-and-title-sentence",
    "2027-12-16 08:20:00",
    ("Sofia Martins", "s.martins@ulisboa.pt"),
    "credits",
    """Dear colleagues,

For the course with code NA3105 and title Ship Structural Design, please update the credits to 4.

Best wishes,
Sofia Martins
""",
    "en",
    "NA3105",
    "Ship Structural Design",
    {"credits": "4"},
    client="thunderbird",
)

C(
    "teruskan-subjek-di-badan",
    "2027-12-16 10:05:00",
    ("Admin Prodi Sipil", "admin.sipil@polibatam.ac.id"),
    "Fwd: mohon ditindaklanjuti",
    """Mohon ditindaklanjuti, terima kasih.

---------- Forwarded message ---------
From: Rahmat Hidayat <rahmat.hidayat@polibatam.ac.id>
Date: Sen, 13 Des 2027 pukul 09.12
Subject: Ganti dosen Rekayasa Jalan Raya
To: Admin Prodi Sipil <admin.sipil@polibatam.ac.id>

Kode TS3104, dosennya sekarang Rahmat Hidayat, S.T., M.T.
""",
    "id",
    "TS3104",
    "Rekayasa Jalan Raya",
    {"lecturer": "Rahmat Hidayat, S.T., M.T."},
)

C(
    "kapital-kode-jadi-tanpa-nama",
    "2027-12-16 13:30:00",
    ("Pak Harun", "harun@polibatam.ac.id"),
    "KEY TS2105",
    """MOHON KODE TS2105 KEY JADI AS-HARUN. TERIMA KASIH
""",
    "id",
    "TS2105",
    None,
    {"enrolment_key": "AS-HARUN"},
    client="iphone",
)

# ---------------------------------------------------------------- seventh batch: marks and closings in new voices

C(
    "gmail-tebal-bintang-nama",
    "2027-12-17 08:10:00",
    ("Maya Sopha", "maya.sopha@polibatam.ac.id"),
    "key course",
    """Halo tim P4M,

Untuk matkul *Teknologi Bahan Bakar* (ME3207) tolong enrol key diganti menjadi tbb-maya.

Makasih,
Maya
""",
    "id",
    "ME3207",
    "Teknologi Bahan Bakar",
    {"enrolment_key": "tbb-maya"},
)

C(
    "kelas-karyawan-sebelum-kode-kurung",
    "2027-12-17 19:40:00",
    ("Irwansyah", "irwansyah@polibatam.ac.id"),
    "Dosen kelas karyawan",
    """Malam,

Dosen MK Akuntansi Biaya Lanjut Kelas Karyawan (AK3105) mohon diganti menjadi Irwansyah, S.E., M.Ak.

Irwansyah
""",
    "id",
    "AK3105",
    "Akuntansi Biaya Lanjut",
    {"lecturer": "Irwansyah, S.E., M.Ak."},
)

C(
    "en-title-case-verb-after-name",
    "2027-12-18 09:00:00",
    ("Lukas Novak", "lukas.novak@vsb.cz"),
    "Credits",
    """Good morning,

The module Industrial Robotics Has The Wrong Credits (RB3104). It should be 3.

Lukas Novak
""",
    "en",
    "RB3104",
    "Industrial Robotics",
    {"credits": "3"},
    client="thunderbird",
)


# ---------------------------------------------------------------- announcements naming the course

M(
    "pengumuman-kelas-nama-kode-kurung",
    "2027-12-09 10:00:00",
    ("Hadi Prasetyo", "hadi.prasetyo@polibatam.ac.id"),
    "Pengumuman kuis",
    """Selamat pagi,

Mohon ditayangkan pengumuman untuk kelas Sistem Digital (EL1203).

Judul: Kuis 2 Diundur
Isi: Kuis 2 diundur ke pekan depan karena laboratorium dipakai ujian sertifikasi.

Terima kasih,
Hadi
""",
    "announcement",
    "id",
    fields={"course_code": "EL1203", "course_name": "Sistem Digital", "title": "Kuis 2 Diundur", "scope": "course"},
)

M(
    "en-announcement-module-code-after",
    "2027-12-09 11:30:00",
    ("Olivia Hartono", "olivia.hartono@polibatam.ac.id"),
    "Announcement for my module",
    """Hello,

Please post this on the page of module Supply Chain Analytics, code LG3204.

Title: Guest Lecture Moved
Text: The guest lecture from PT Batam Logistik moves to the main hall.

Thank you,
Olivia
""",
    "announcement",
    "en",
    fields={
        "course_code": "LG3204",
        "course_name": "Supply Chain Analytics",
        "title": "Guest Lecture Moved",
        "scope": "course",
    },
)

M(
    "pengumuman-huruf-kecil-mk-nomor",
    "2027-12-09 14:00:00",
    ("Siti Aminah", "siti.aminah@polibatam.ac.id"),
    "pengumuman",
    """min tolong umumkan di mk fisika dasar 2 kode FS1202
judul: praktikum libur
isi: praktikum fisika minggu ini libur karena alat dikalibrasi
makasih
""",
    "announcement",
    "id",
    fields={"course_code": "FS1202", "course_name": "fisika dasar 2", "title": "praktikum libur", "scope": "course"},
    client="iphone",
)


if __name__ == "__main__":
    sys.exit(E.main())

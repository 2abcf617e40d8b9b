#!/usr/bin/env python3
"""Generate the twentieth P4M helpdesk TUNING corpus about the short fields of a change (labelled request e-mails).

Written blind (no held-out mail read), each kind in voices no corpus had yet: a Minangkabau and a Madurese lecturer,
a Korean, an Indian and a Dutch exchange lecturer writing English, an evening-class (karyawan) coordinator, a
department clerk pasting a Notion page in markdown, a lab assistant writing "key = value" lines. The kinds:
enrolment keys that are plain words, words with digits or symbols, in quotes or in **bold**, named after the value
("'X' itu key-nya"); classes with a shift or a group ("TRM-3A Malam", "MB 2C (karyawan)"); credits as digits and
words ("from 2 to 3 credits", "bobotnya 4"); semesters ("smt ganjil", "Genap 2026/2027", "semester V"); short
names with dots and hyphens; values in "key = value" and "key -> value" blocks, markdown bullets with bold labels,
a settings list, a DOCX form and a table; a second or third change in one mail. Near-misses: a class that only says
which group, a semester that dates the request, a credit change only planned.

Credits are labelled as the number; a class, a semester or a key as written. The message engine is the first
tuning corpus's generator, imported from ../requests-tune/make_tune.py; every body was written by hand and scored
on the unchanged code before any rule was written for it.
Run:  python3 make_tune20_values.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

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


# ================================================================= batch 1

# ---------------------------------------------------------------- enrolment keys that are words

M("minang-kunci-pendaftaran-bold-kata", "2027-09-06 07:50:00",
  ("Rahmi Yulianti", "rahmi.yulianti@polibatam.ac.id"),
  "Kunci pendaftaran Statistika Industri",
  """Assalamualaikum uda/uni admin,

Kunci pendaftaran untuk MK Statistika Industri (TI2204) ambo minta diganti jadi **samudra**. Nan lamo alah tersebar ka angkatan lain.

Tarimo kasih banyak.
Rahmi
""", "course_data", "mixed", cd("TI2204", "Statistika Industri", enrolment_key="samudra"), client="gmail")

M("en-korean-self-enrolment-key-quoted-word", "2027-09-06 08:20:00",
  ("Kim Ji-hoon", "jihoon.kim@polibatam.ac.id"),
  "Self enrolment key for Computer Vision",
  """Dear e-learning team,

Could you please change the self enrolment key of Computer Vision (IF4203) to "magnolia"? Some students from other classes already know the old one.

Thank you very much for your kind help.

Best regards,
Kim Ji-hoon
Visiting Lecturer, Informatics
""", "course_data", "en", cd("IF4203", "Computer Vision", enrolment_key="magnolia"), client="gmail")

M("key-nya-disebut-setelah-nilai", "2027-09-06 09:05:00",
  ("Dimas Prasetya", "dimas.prasetya@polibatam.ac.id"),
  "key logistik maritim",
  """min, 'pelabuhan' itu key-nya yang baru buat MK Logistik Maritim (LG3105). tolong dipasang ya, makasih
""", "course_data", "id", cd("LG3105", "Logistik Maritim", enrolment_key="pelabuhan"), client="iphone")

M("kode-akses-simbol-titik-akhir", "2027-09-06 10:15:00",
  ("Siti Maimunah", "siti.maimunah@polibatam.ac.id"),
  "Kode akses Akuntansi Biaya",
  """Selamat siang,

Kode akses MK Akuntansi Biaya (AK2203) mohon diganti menjadi biaya&untung. Terima kasih.

Siti Maimunah
Akuntansi Manajerial
""", "course_data", "id", cd("AK2203", "Akuntansi Biaya", enrolment_key="biaya&untung"), client="zimbra")

M("laboran-key-sama-dengan-blok", "2027-09-06 11:30:00",
  ("Yoga Pratama", "yoga.pratama@polibatam.ac.id"),
  "perubahan mekanika fluida",
  """Pagi pak/bu, mohon perubahan berikut di e-learning:

MK             = Mekanika Fluida (ME3104)
password enrol = arus-laminar

Makasih.
Yoga (laboran Teknik Mesin)
""", "course_data", "id", cd("ME3104", "Mekanika Fluida", enrolment_key="arus-laminar"), client="thunderbird")

# ---------------------------------------------------------------- classes with a shift or a group

M("kelas-shift-malam-karena", "2027-09-07 07:40:00",
  ("Hendra Gunawan", "hendra.gunawan@polibatam.ac.id"),
  "Kelas Termodinamika",
  """Dengan hormat,

Mohon kelas pada course Termodinamika (TRM3201) diubah ke TRM-3A Malam, karena mahasiswanya kelas karyawan.

Hormat saya,
Hendra Gunawan
Koordinator Kelas Karyawan
""", "course_data", "id", cd("TRM3201", "Termodinamika", **{"class": "TRM-3A Malam"}), client="outlook")

M("blok-panah-kelas-karyawan-sks", "2027-09-07 08:45:00",
  ("Lusiana Hutabarat", "lusiana.hutabarat@polibatam.ac.id"),
  "Revisi MK Manajemen Rantai Pasok",
  """Selamat pagi,

Revisi untuk Manajemen Rantai Pasok (MB2207):
kelas -> MB 2C (karyawan)
sks -> 3

Terima kasih.
Lusiana
""", "course_data", "id", cd("MB2207", "Manajemen Rantai Pasok", credits="3", **{"class": "MB 2C (karyawan)"}),
  client="gmail")

M("kelas-hanya-menyebut-rombel", "2027-09-07 09:30:00",
  ("Wahyu Hidayat", "wahyu.hidayat@polibatam.ac.id"),
  "Nama singkat Fisika Dasar",
  """Selamat pagi,

Saya mengajar kelas 2B Pagi untuk Fisika Dasar (FD1101). Mohon nama singkatnya diganti jadi FISDAS-2B agar tidak tertukar dengan kelas lain.

Terima kasih,
Wahyu Hidayat
""", "course_data", "id", cd("FD1101", "Fisika Dasar", shortname="FISDAS-2B"), client="gmail",
  note="Near-miss: the class only says which group teaches; only the short name is asked.")

# ---------------------------------------------------------------- credits

M("en-indian-credits-from-to", "2027-09-07 10:40:00",
  ("Rajesh Kumar", "rajesh.kumar@polibatam.ac.id"),
  "Credit weight of Engineering Drawing",
  """Respected Sir/Madam,

Kindly update the credit weight of Engineering Drawing (ME1102) from 2 to 3 credits as per the revised curriculum. Kindly do the needful.

With regards,
Dr. Rajesh Kumar
Mechanical Engineering
""", "course_data", "en", cd("ME1102", "Engineering Drawing", credits="3"), client="outlook")

M("bobotnya-empat-harusnya", "2027-09-07 11:10:00",
  ("Bambang Sutrisno", "bambang.sutrisno@polibatam.ac.id"),
  "bobot Rangkaian Listrik",
  """Siang,

Matkul Rangkaian Listrik (EL2101) bobotnya di elearning masih 3, harusnya bobotnya 4 sks. Mohon dibetulkan.

Bambang
""", "course_data", "id", cd("EL2101", "Rangkaian Listrik", credits="4"), client="gmail")

M("madura-sks-lalu-short-name-titik", "2027-09-07 13:20:00",
  ("Moh. Syaiful", "moh.syaiful@polibatam.ac.id"),
  "MK Kimia Dasar",
  """Sampurasun, eh, salam kak admin,

sks MK Kimia Dasar (KM1101) tolong dijadikan 3 sks, sekalian short name-nya jadi KIMDAS.A ya. Sakalangkong.

Syaiful
""", "course_data", "mixed", cd("KM1101", "Kimia Dasar", credits="3", shortname="KIMDAS.A"), client="iphone")

M("rencana-sks-belum-sk-near-miss", "2027-09-07 14:30:00",
  ("Ratna Sari", "ratna.sari@polibatam.ac.id"),
  "Nama singkat Desain Grafis",
  """Halo admin,

Rencananya semester depan SKS Desain Grafis (MM2102) mau dinaikkan jadi 4, tapi SK-nya belum keluar. Untuk sekarang cukup nama singkatnya diganti jadi DG-MM2 saja.

Terima kasih,
Ratna
""", "course_data", "id", cd("MM2102", "Desain Grafis", shortname="DG-MM2"), client="gmail",
  note="Near-miss: the credit change is only planned; only the short name is asked.")

# ---------------------------------------------------------------- semesters

M("smt-ganjil-singkat", "2027-09-08 07:30:00",
  ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "metopen smt",
  """min course Metodologi Penelitian (MP4101) msh masuk kategori smt genap, tolong pindah ke smt ganjil. tks
""", "course_data", "id", cd("MP4101", "Metodologi Penelitian", semester="ganjil"), client="iphone")

M("notion-markdown-bold-semester-short", "2027-09-08 08:40:00",
  ("Dewi Kartika", "dewi.kartika@polibatam.ac.id"),
  "Perubahan data Basis Data Lanjut",
  """Halo tim P4M,

Berikut perubahan yang diminta prodi:

- **Mata kuliah:** Basis Data Lanjut (IF3102)
- **Semester baru:** Genap 2026/2027
- **Short name baru:** BDL-GNP27

Terima kasih,
Dewi Kartika
Staf Administrasi Prodi TI
""", "course_data", "id",
  cd("IF3102", "Basis Data Lanjut", semester="Genap 2026/2027", shortname="BDL-GNP27"), client="gmail")

M("semester-romawi", "2027-09-08 09:50:00",
  ("Ir. Sutanto", "sutanto@polibatam.ac.id"),
  "Pemindahan semester Perancangan Produk",
  """Kepada Yth. Tim E-Learning,

Mohon MK Perancangan Produk (DP3105) dipindahkan ke semester V sesuai kurikulum baru.

Hormat kami,
Ir. Sutanto
""", "course_data", "id", cd("DP3105", "Perancangan Produk", semester="semester V"), client="outlook")

M("semester-menandai-waktu-near-miss", "2027-09-08 10:30:00",
  ("Nurul Aini", "nurul.aini@polibatam.ac.id"),
  "Enrolment key Jaringan Nirkabel",
  """Selamat pagi,

Pada semester Genap 2026/2027 ini saya mengampu Jaringan Nirkabel (JK3203). Mohon enrolment key diganti jadi Nirkabel#26.

Terima kasih,
Nurul Aini
""", "course_data", "id", cd("JK3203", "Jaringan Nirkabel", enrolment_key="Nirkabel#26"), client="gmail",
  note="Near-miss: the semester dates the request; only the key is asked.")

# ---------------------------------------------------------------- short names with dots and hyphens

M("nama-singkat-titik-tanda-hubung", "2027-09-08 11:45:00",
  ("Yusuf Maulana", "yusuf.maulana@polibatam.ac.id"),
  "Nama singkat Bahasa Indonesia",
  """Selamat siang,

Tolong nama singkat MK Bahasa Indonesia (MKU1102) diganti menjadi B.IND-1A.

Terima kasih,
Yusuf
""", "course_data", "id", cd("MKU1102", "Bahasa Indonesia", shortname="B.IND-1A"), client="gmail")

M("settings-list-short-key", "2027-09-08 13:10:00",
  ("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
  "Edit settings Kalkulus 2",
  """Bu/Pak,

Untuk course Kalkulus 2 (MA1202), di Edit settings isinya mohon dibuat begini:
  Course short name: KAL-2.TI
  Enrolment key: integral

Yang lain biarkan saja.
Fitri
""", "course_data", "id", cd("MA1202", "Kalkulus 2", shortname="KAL-2.TI", enrolment_key="integral"),
  client="thunderbird")

M("docx-form-kunci-kata", "2027-09-08 14:20:00",
  ("Admin Jurusan Manajemen Bisnis", "admin.mb@polibatam.ac.id"),
  "Formulir perubahan - Analisis Proses Bisnis",
  """Dengan hormat,

Terlampir formulir perubahan data mata kuliah. Mohon ditindaklanjuti.

Admin Jurusan Manajemen Bisnis
""", "course_data", "id", cd("SI2104", "Analisis Proses Bisnis", enrolment_key="sungai"), client="outlook",
  att=[("docx", "Form_Perubahan_SI2104.docx", [
      "FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING",
      "Kode MK: SI2104",
      "Nama MK: Analisis Proses Bisnis",
      "Data yang diubah: Enrolment key",
      "Isian lama: bpmn",
      "Isian baru: sungai",
      "Pemohon: Ahmad Fauzi, S.E., M.M.",
  ])])

M("tabel-pipa-sks-kelas", "2027-09-08 15:00:00",
  ("Rina Marlina", "rina.marlina@polibatam.ac.id"),
  "Koreksi data Akuntansi Sektor Publik",
  """Selamat sore,

Ada koreksi untuk Akuntansi Sektor Publik (AK3106):

| Data  | Semula | Menjadi    |
| SKS   | 2      | 3          |
| Kelas | AK-3A  | AK-3A Sore |

Terima kasih.
Rina
""", "course_data", "id", cd("AK3106", "Akuntansi Sektor Publik", credits="3", **{"class": "AK-3A Sore"}),
  client="gmail")

M("en-dutch-three-things", "2027-09-09 08:00:00",
  ("Pieter de Vries", "pieter.devries@polibatam.ac.id"),
  "Hydraulics course: three changes",
  """Hello,

Three things for Hydraulics (TS2203): the full name should read Hydraulics and Hydrology, the class is now TS-2B Evening, and the enrolment key becomes riverbank.

Cheers,
Pieter
""", "course_data", "en",
  cd("TS2203", "Hydraulics", fullname="Hydraulics and Hydrology", enrolment_key="riverbank", **{"class": "TS-2B Evening"}),
  client="thunderbird")

M("balasan-kunci-tetap-kelas-ganti", "2027-09-09 09:15:00",
  ("Andi Saputra", "andi.saputra@polibatam.ac.id"),
  "Kelas Pemrograman Mobile",
  """Halo admin,

Key-nya tetap 'mangga' saja, yang diganti cuma kelasnya jadi IF-3C Pagi untuk MK Pemrograman Mobile (IF3205).

Thanks,
Andi
""", "course_data", "id", cd("IF3205", "Pemrograman Mobile", **{"class": "IF-3C Pagi"}), client="gmail",
  note="Near-miss: the current key is said to stay.")


# ================================================================= batch 2 (written after the first batch's rules,
# scored on them before any further rule)

M("aceh-kunci-enrol-titik-dua-kata", "2027-09-13 07:45:00",
  ("Teuku Rizal", "teuku.rizal@polibatam.ac.id"),
  "Kunci enrol Hidrologi",
  """Assalamualaikum,

Kunci enrol MK Hidrologi (TS3102) mohon diubah jadi: meulaboh

Terima geunaseh,
Teuku Rizal
""", "course_data", "mixed", cd("TS3102", "Hidrologi", enrolment_key="meulaboh"), client="thunderbird")

M("en-turkish-bold-key-word", "2027-09-13 08:30:00",
  ("Emre Yilmaz", "emre.yilmaz@polibatam.ac.id"),
  "Enrolment key - Robotics",
  """Hello team,

Please set the **enrolment key** for Robotics (RB3201) to **anatolia**.

Many thanks,
Emre Yilmaz
Exchange lecturer, Robotics
""", "course_data", "en", cd("RB3201", "Robotics", enrolment_key="anatolia"), client="gmail")

M("en-yaml-credits-semester-arrows", "2027-09-13 09:15:00",
  ("Liu Wei", "liu.wei@polibatam.ac.id"),
  "Embedded Systems data",
  """Hi, please apply:

course: Embedded Systems (EL3203)
credits: 2 -> 3
semester: 5 -> 6

Thanks, Liu
""", "course_data", "en", cd("EL3203", "Embedded Systems", credits="3", semester="6"), client="gmail")

M("bugis-kelas-dari-ke-sore", "2027-09-13 10:00:00",
  ("Andi Tenri", "andi.tenri@polibatam.ac.id"),
  "Kelas Ekonomi Mikro",
  """Tabe' admin,

Kelasnya MK Ekonomi Mikro (MB1103) mohon diganti dari MB-1A ke MB-1B Sore, iye.

Andi Tenri
""", "course_data", "id", cd("MB1103", "Ekonomi Mikro", **{"class": "MB-1B Sore"}), client="gmail")

M("en-spanish-short-name-dots-instead", "2027-09-13 11:20:00",
  ("Carlos Mendoza", "carlos.mendoza@polibatam.ac.id"),
  "Short name Technical Spanish",
  """Dear colleagues,

The short name of Technical Spanish (BA2104) must be changed to ESP.TEC-2 (instead of ESPTEC2), so that it matches the other language courses.

Saludos,
Carlos Mendoza
""", "course_data", "en", cd("BA2104", "Technical Spanish", shortname="ESP.TEC-2"), client="outlook")

M("komting-key-kutip-kelas-disebut", "2027-09-13 13:00:00",
  ("Putri Amelia", "putri.amelia@students.polibatam.ac.id"),
  "key pemrograman dasar",
  """Permisi kak, saya komting TI-2A. Dosen kami Pak Hadi minta key Pemrograman Dasar (IF1102) diganti jadi 'ngoding' ya kak. Makasih kak
""", "course_data", "id", cd("IF1102", "Pemrograman Dasar", enrolment_key="ngoding"), client="iphone",
  note="Near-miss: the class only says whose representative writes.")

M("sks-kata-tertulis-mestinya", "2027-09-13 14:10:00",
  ("Dr. Suryani", "suryani@polibatam.ac.id"),
  "SKS Etika Profesi",
  """Selamat siang,

SKS Etika Profesi (UM3101) kok tertulis empat, mestinya dua saja. Mohon dibetulkan.

Salam,
Suryani
""", "course_data", "id", cd("UM3101", "Etika Profesi", credits="dua"), client="gmail")

M("en-odd-semester-year", "2027-09-14 08:00:00",
  ("Hans Müller", "hans.mueller@polibatam.ac.id"),
  "Fluid Power semester",
  """Good morning,

Please move Fluid Power (ME3206) to the odd semester 2027/2028; it is currently listed under the even one.

Best,
Hans Müller
""", "course_data", "en", cd("ME3206", "Fluid Power", semester="odd semester 2027/2028"), client="thunderbird")

M("smt-menandai-waktu-short-near-miss", "2027-09-14 09:10:00",
  ("Fajar Nugroho", "fajar.nugroho@polibatam.ac.id"),
  "nama singkat Fisika Modern",
  """Pagi admin, untuk smt genap nanti, nama singkat Fisika Modern (FS3101) diganti jadi FISMOD-G ya. Trims.
""", "course_data", "id", cd("FS3101", "Fisika Modern", shortname="FISMOD-G"), client="gmail",
  note="Near-miss: the semester says when; only the short name is asked.")

M("outlook-html-tabel-key-kelas", "2027-09-14 10:20:00",
  ("Sri Rahayu", "sri.rahayu@polibatam.ac.id"),
  "Perubahan data Elektronika Analog",
  "", "course_data", "id", cd("EL2202", "Elektronika Analog", enrolment_key="karang", **{"class": "EL-2A Malam"}),
  client="outlook", html_body="""<p>Yth. Tim P4M,</p>
<p>Mohon perubahan data course Elektronika Analog (EL2202) sebagai berikut:</p>
<table border="1"><tr><th>Data</th><th>Saat ini</th><th>Diubah menjadi</th></tr>
<tr><td>Enrolment key</td><td>ombak</td><td>karang</td></tr>
<tr><td>Kelas</td><td>EL-2A</td><td>EL-2A Malam</td></tr></table>
<p>Terima kasih.<br>Sri Rahayu</p>""")

M("bullet-panah-kunci-pendaftaran", "2027-09-14 11:00:00",
  ("Hasan Basri", "hasan.basri@polibatam.ac.id"),
  "Kunci pendaftaran Navigasi",
  """Yth admin e-learning,

Untuk MK Navigasi Kapal (NK2101):
• Kunci pendaftaran → mercusuar

Demikian, terima kasih.
Hasan Basri
""", "course_data", "id", cd("NK2101", "Navigasi Kapal", enrolment_key="mercusuar"), client="gmail")

M("tiga-hal-sks-semester-key", "2027-09-14 13:30:00",
  ("Lina Marpaung", "lina.marpaung@polibatam.ac.id"),
  "Statistika: tiga perubahan",
  """Halo tim e-learning,

Untuk Statistika (MA2103) ada tiga hal: SKS jadi 3, semesternya pindah ke Genap 2027/2028, dan key-nya diganti jadi peluang.

Terima kasih,
Lina
""", "course_data", "id",
  cd("MA2103", "Statistika", credits="3", semester="Genap 2027/2028", enrolment_key="peluang"), client="gmail")

M("rencana-key-sendiri-kelas-diminta", "2027-09-14 14:40:00",
  ("Joko Susilo", "joko.susilo@polibatam.ac.id"),
  "Kelas Teknik Tenaga Listrik",
  """Siang,

Key-nya nanti saya ganti sendiri saja. Yang perlu dari admin hanya kelas Teknik Tenaga Listrik (TE4102) dipindah jadi TE-4B Malam.

Joko
""", "course_data", "id", cd("TE4102", "Teknik Tenaga Listrik", **{"class": "TE-4B Malam"}), client="gmail",
  note="Near-miss: the writer changes the key himself; only the class is asked.")

M("en-enrolment-password-should-be-changed-to", "2027-09-14 15:30:00",
  ("Grace Lim", "grace.lim@polibatam.ac.id"),
  "Network Security enrolment password",
  """Hi,

The enrolment password for Network Security (JK4102) should be changed to firewall. The current one was shared in a public group.

Regards,
Grace
""", "course_data", "en", cd("JK4102", "Network Security", enrolment_key="firewall"), client="gmail")


# ================================================================= batch 3 (written after the second batch's rules,
# scored on them before any further rule)

M("malaysia-kata-laluan-kepada", "2027-09-20 08:00:00",
  ("Nurul Izzah binti Ahmad", "nurul.izzah@polibatam.ac.id"),
  "Kata laluan pendaftaran kursus",
  """Salam sejahtera,

Mohon tukar kata laluan pendaftaran kursus Sistem Pangkalan Data (IF2105) kepada 'cempedak'. Terima kasih atas bantuan tuan/puan.

Nurul Izzah
""", "course_data", "mixed", cd("IF2105", "Sistem Pangkalan Data", enrolment_key="cempedak"), client="outlook")

M("malaysia-jam-kredit-patut", "2027-09-20 08:40:00",
  ("Mohd Faizal", "mohd.faizal@polibatam.ac.id"),
  "Jam kredit Pengurusan Kualiti",
  """Assalamualaikum,

Jam kredit kursus Pengurusan Kualiti (MB3202) patut 3, bukan 2 seperti dalam sistem. Mohon dibetulkan.

Faizal
""", "course_data", "mixed", cd("MB3202", "Pengurusan Kualiti", credits="3"), client="gmail")

M("en-japanese-semester-from-to", "2027-09-20 09:30:00",
  ("Tanaka Hiroshi", "tanaka.hiroshi@polibatam.ac.id"),
  "Semester of Materials Science",
  """Dear P4M staff,

About Materials Science (ME2105): the semester must be changed from Semester 3 to Semester 4.
Thank you for your cooperation.

Tanaka Hiroshi
""", "course_data", "en", cd("ME2105", "Materials Science", semester="Semester 4"), client="thunderbird")

M("manado-kelas-kase-ganti", "2027-09-20 10:10:00",
  ("Stevi Rumondor", "stevi.rumondor@polibatam.ac.id"),
  "kelas sistem digital",
  """Kaka admin, torang pe kelas Sistem Digital (EL1204) so pindah, tolong kase ganti jadi EL-1C Sore. Makase banyak.
""", "course_data", "id", cd("EL1204", "Sistem Digital", **{"class": "EL-1C Sore"}), client="iphone")

M("jawa-ngoko-sks-dadi-wae", "2027-09-20 11:00:00",
  ("Slamet Riyadi", "slamet.riyadi@polibatam.ac.id"),
  "sks gambar teknik",
  """min, sks e MK Gambar Teknik (ME1203) dadi 2 wae, ojo 3. suwun
""", "course_data", "id", cd("ME1203", "Gambar Teknik", credits="2"), client="iphone")

M("outlook-daftar-bernomor-tiga-field", "2027-09-20 13:15:00",
  ("Sekretariat Jurusan Geomatika", "sekjur.geomatika@polibatam.ac.id"),
  "Permohonan perubahan data MK Survei dan Pemetaan",
  """Yth. Tim P4M,

Dengan hormat, kami mohon data course Survei dan Pemetaan (GM1101) diperbarui dengan perubahan sebagai berikut:
1. Nama singkat: TKP.1-A
2. Kelas: TKP-1A Pagi
3. Enrolment key: geodesi

Atas bantuannya kami ucapkan terima kasih.

Sekretariat Jurusan Geomatika
""", "course_data", "id",
  cd("GM1101", "Survei dan Pemetaan", shortname="TKP.1-A", enrolment_key="geodesi", **{"class": "TKP-1A Pagi"}),
  client="outlook")

M("balasan-key-baru-saja", "2027-09-20 14:00:00",
  ("Yosef Kolo", "yosef.kolo@polibatam.ac.id"),
  "Re: [P4M #4512] Enrolment key Kewarganegaraan (MKU1203)",
  """Key baru: bhinneka

Terima kasih.
""", "course_data", "id", cd("MKU1203", "Kewarganegaraan", enrolment_key="bhinneka"), client="gmail",
  reply="<ack-4512@helpdesk.polibatam.ac.id>")

M("key-biasa-disebut-short-diminta", "2027-09-20 15:00:00",
  ("Maria Goreti", "maria.goreti@polibatam.ac.id"),
  "Short name Oseanografi",
  """Selamat sore,

Mahasiswa bisa masuk pakai key 'lautan' seperti biasa. Yang saya minta hanya short name Oseanografi (KL2102) diubah menjadi OSEA-2.

Terima kasih,
Maria
""", "course_data", "id", cd("KL2102", "Oseanografi", shortname="OSEA-2"), client="gmail",
  note="Near-miss: the current key is only told; only the short name is asked.")

M("sks-mungkin-short-diminta", "2027-09-21 08:00:00",
  ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
  "Nama singkat Biologi Laut",
  """Pagi,

SKS Biologi Laut (KL1101) di kurikulum baru mungkin jadi 2, tapi masih dibahas. Sementara itu mohon nama singkatnya diganti jadi BIOLA-1.

Rudi
""", "course_data", "id", cd("KL1101", "Biologi Laut", shortname="BIOLA-1"), client="gmail",
  note="Near-miss: the credit change is hedged; only the short name is asked.")

M("en-credits-words-could-be-changed", "2027-09-21 09:00:00",
  ("Ahmed Hassan", "ahmed.hassan@polibatam.ac.id"),
  "Credits of Marine Engineering Drawing",
  """Good morning,

Could the credits for Marine Engineering Drawing (KL2204) be changed from three to four? The new curriculum gives it four.

Regards,
Ahmed
""", "course_data", "en", cd("KL2204", "Marine Engineering Drawing", credits="four"), client="gmail")

M("smt-angka-masukin", "2027-09-21 10:00:00",
  ("Bayu Saputra", "bayu.saputra@polibatam.ac.id"),
  "smt kecerdasan buatan",
  """MK Kecerdasan Buatan (IF3201) tolong masukin ke smt 5 ya min, skrg msh di smt 6
""", "course_data", "id", cd("IF3201", "Kecerdasan Buatan", semester="5"), client="iphone")

M("blok-panah-backtick-key", "2027-09-21 11:00:00",
  ("Galih Permana", "galih.permana@polibatam.ac.id"),
  "Update Pengolahan Citra",
  """Mohon update course Pengolahan Citra (IF3204):

shortname -> PCD-TI.5
enrolment key -> `Laut@Dalam`

Thx
""", "course_data", "id", cd("IF3204", "Pengolahan Citra", shortname="PCD-TI.5", enrolment_key="Laut@Dalam"),
  client="gmail")

M("rombel-karyawan-kurung", "2027-09-21 13:00:00",
  ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "Rombel Akuntansi Dasar",
  """Selamat siang,

Rombel course Akuntansi Dasar (AK1101) mohon diganti menjadi AK-1D (karyawan).

Wulan
""", "course_data", "id", cd("AK1101", "Akuntansi Dasar", **{"class": "AK-1D (karyawan)"}), client="gmail")

M("paragraf-kedua-sks-semester", "2027-09-21 14:00:00",
  ("Ir. Darmawan", "darmawan@polibatam.ac.id"),
  "Manajemen Proyek",
  """Selamat siang,

Nama MK Manajemen Proyek (MB3104) sudah benar, tidak perlu diubah.

Tapi tolong bobot SKS-nya diubah jadi dua, dan semester jadi Ganjil 2027/2028.

Darmawan
""", "course_data", "id", cd("MB3104", "Manajemen Proyek", credits="dua", semester="Ganjil 2027/2028"),
  client="outlook")


# ================================================================= batch 4 (written after the third batch's rules,
# scored on them before any further rule)

M("singlish-key-quoted-lah", "2027-09-27 08:00:00",
  ("Tan Wei Ming", "weiming.tan@polibatam.ac.id"),
  "Port Operations enrolment key",
  """Hi hi,

Eh can help change the enrolment key for Port Operations (LG2203) to 'merlion' lah, the old one kena leaked already. Thanks ah

Wei Ming
""", "course_data", "en", cd("LG2203", "Port Operations", enrolment_key="merlion"), client="gmail")

M("en-vietnamese-credits-instead-of", "2027-09-27 08:45:00",
  ("Nguyen Van Minh", "minh.nguyen@polibatam.ac.id"),
  "Number of credit - Welding Technology",
  """Dear Sir or Madam,

Kindly modify number of credit of Welding Technology (ME2208): 3 credits instead of 2.

Best regards,
Nguyen Van Minh
""", "course_data", "en", cd("ME2208", "Welding Technology", credits="3"), client="outlook")

M("praktisi-semester-ta-diupdate", "2027-09-27 09:30:00",
  ("Capt. Rusdi Hamzah", "rusdi.hamzah@polibatam.ac.id"),
  "Semester Manajemen Galangan",
  """Selamat pagi,

Mohon semester MK Manajemen Galangan (SB3101) diupdate ke Genap TA 2027/2028.

Salam,
Capt. Rusdi Hamzah
Dosen Praktisi
""", "course_data", "id", cd("SB3101", "Manajemen Galangan", semester="Genap TA 2027/2028"), client="gmail")

M("asisten-kode-enrol-garis-bawah", "2027-09-27 10:15:00",
  ("Dinda Maharani", "dinda.maharani@polibatam.ac.id"),
  "kode enrol statistika bisnis",
  """Halo admin, saya asisten Bu Lestari. Beliau minta kode enrol kursus Statistika Bisnis (MB2105) jadi 'Stat-Bis_27'. Terima kasih!
""", "course_data", "id", cd("MB2105", "Statistika Bisnis", enrolment_key="Stat-Bis_27"), client="gmail")

M("lah-kelas-bukan-yang-betul", "2027-09-27 11:00:00",
  ("Lim Siew Ling", "siewling.lim@polibatam.ac.id"),
  "Kelas Akuntansi Keuangan",
  """Pagi,

Kelas Akuntansi Keuangan (AK2101) salah lah, bukan AK-2A, yang betul AK-2B Malam. Tolong dibetulkan ya.

Siew Ling
""", "course_data", "id", cd("AK2101", "Akuntansi Keuangan", **{"class": "AK-2B Malam"}), client="gmail")

M("tsv-sks-lama-baru", "2027-09-27 13:00:00",
  ("Agung Wicaksono", "agung.wicaksono@polibatam.ac.id"),
  "SKS Sistem Kendali",
  """Selamat siang, mohon SKS Sistem Kendali (EL3101) disesuaikan:

Kode\tSKS lama\tSKS baru
EL3101\t2\t3

Terima kasih,
Agung
""", "course_data", "id", cd("EL3101", "Sistem Kendali", credits="3"), client="thunderbird")

M("semester-kapital-menandai-short-diminta", "2027-09-27 14:00:00",
  ("Yohanes Sitorus", "yohanes.sitorus@polibatam.ac.id"),
  "Short name Sistem Kendali Lanjut",
  """Selamat sore,

Semester 5 ini saya mengajar Sistem Kendali Lanjut (EL3102). Mohon short name-nya diganti ke SKL-5A.

Terima kasih,
Yohanes
""", "course_data", "id", cd("EL3102", "Sistem Kendali Lanjut", shortname="SKL-5A"), client="gmail",
  note="Near-miss: the semester dates the request; only the short name is asked.")

M("titik-koma-tiga-field-tanpa-verba", "2027-09-27 15:00:00",
  ("Rini Astuti", "rini.astuti@polibatam.ac.id"),
  "Praktikum Fisika",
  """Selamat sore,

Mohon untuk Praktikum Fisika (FS1103): short name PRAKFIS-1; kelas FS-1B; key 'cahaya'.

Terima kasih,
Rini
""", "course_data", "id",
  cd("FS1103", "Praktikum Fisika", shortname="PRAKFIS-1", enrolment_key="cahaya", **{"class": "FS-1B"}), client="gmail")


if __name__ == "__main__":
    E.PLAN = {"course_data": len(E.MAILS)}
    sys.exit(E.main())

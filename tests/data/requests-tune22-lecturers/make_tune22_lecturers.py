#!/usr/bin/env python3
"""Generate the twenty-second P4M helpdesk TUNING corpus: lecturer changes and the short values (credits, class, semester).

Written blind (no held-out mail read), as a grammar of handing a course over rather than one voice: who taught, who
teaches now, who is added, who is removed, team teaching, substitutes and coordinators, in Indonesian, English and
mixed, in prose, lists, tables, replies and forwarded letters; and of what a person's name looks like in Indonesia
(one-word names, bin/binti, Chinese-Indonesian, Batak marga, Balinese birth-order names, Arabic names, degrees
before and after, Pak/Bu/Mas/Mbak). Credits, class and semester are written as words, numbers, Roman numerals,
"2 SKS jadi 3", "kelas pagi ke malam", "smt ganjil". Near-misses that must NOT be read: a lecturer only mentioned,
a plan, a substitute for one meeting only, a student's name, a signature.

Labels: the lecturer as written with academic titles and degrees, without a courtesy word (Bapak, Ibu, Pak, Bu,
Mas, Mbak, Mr., Ms.). The message engine is the first tuning corpus's generator, imported from
../requests-tune/make_tune.py. Batch 2 was written after batch 1's rules and scored before any rule for it.
Run:  python3 make_tune22_lecturers.py          (TUNE22_BATCH=1 OUT=dir ... --partial writes one batch elsewhere)
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = os.environ.get("OUT", HERE)
E.PLAN = {"course_data": 58}
M = E.M
BATCH_ENDS = []


def cd(code=None, name=None, **changes):
    fields = {}
    if code:
        fields["course_code"] = code
    if name:
        fields["course_name"] = name
    if changes:
        fields["changes"] = changes
    return fields


# ---------------------------------------------------------------- batch 1

M("sebelumnya-sekarang-satu-kata", "2027-12-06 07:40:00",
  ("Sukarmin", "sukarmin@polibatam.ac.id"),
  "pengajar Kimia Dasar",
  """Pagi Admin P4M,

Untuk MK Kimia Dasar (KM1101), yang mengajar sebelumnya Pak Sukarmin, sekarang Bu Wartini. Tolong nama pengajar di e-learning disesuaikan.

Terima kasih
Sukarmin
""", "course_data", "id",
  cd("KM1101", "Kimia Dasar", lecturer="Wartini"), client="iphone",
  note="One-word Javanese names; the old lecturer is the writer.")

M("digantikan-oleh-bin", "2027-12-06 08:10:00",
  ("Tata Usaha Jurusan Manajemen Bisnis", "tu.mb@polibatam.ac.id"),
  "Penggantian pengampu Ekonomi Mikro",
  """Yth. Helpdesk P4M,

Dengan ini kami sampaikan bahwa Sdr. Hasan Basri, S.E., M.E. selaku pengampu Ekonomi Mikro (MB1204) digantikan oleh Ahmad Fauzi bin Abdullah, S.E., M.M. terhitung mulai pertemuan ke-5.

Mohon data pengampu di e-learning diperbarui.

Hormat kami,
Tata Usaha Jurusan Manajemen Bisnis
""", "course_data", "id",
  cd("MB1204", "Ekonomi Mikro", lecturer="Ahmad Fauzi bin Abdullah, S.E., M.M."), client="outlook")

M("menggantikan-tionghoa", "2027-12-06 09:05:00",
  ("Yohanes Gunawan", "yohanes.gunawan@polibatam.ac.id"),
  "Re: dosen Struktur Data",
  """Halo tim helpdesk,

Mulai minggu depan Tan Siok Lan, M.Kom. menggantikan saya mengajar Struktur Data (IF1203). Saya pindah tugas ke Jurusan Teknik Elektro. Mohon namanya dicantumkan sebagai dosen di course tersebut.

Salam,
Yohanes Gunawan
""", "course_data", "id",
  cd("IF1203", "Struktur Data", lecturer="Tan Siok Lan, M.Kom."), client="gmail")

M("batak-marga-dari-ke", "2027-12-06 10:20:00",
  ("Parulian Simanjuntak", "parulian.s@polibatam.ac.id"),
  "Pengampu Mekanika Fluida",
  """Horas admin,

Pengampu Mekanika Fluida (TM2205) dipindah dari saya ke Tiurma Hutagalung, S.T., M.T. karena saya ditugaskan ke lab. Tolong diubah di elearning ya.

Parulian Simanjuntak
""", "course_data", "id",
  cd("TM2205", "Mekanika Fluida", lecturer="Tiurma Hutagalung, S.T., M.T."), client="gmail")

M("bali-urutan-lahir-masuk-tim", "2027-12-06 13:30:00",
  ("I Wayan Sudarsana", "wayan.sudarsana@polibatam.ac.id"),
  "Tim dosen Pariwisata Berkelanjutan",
  """Om Swastiastu,

Mohon Ni Ketut Ariani, S.Par., M.Par. dimasukkan ke tim dosen mata kuliah Pariwisata Berkelanjutan (PW3102) di e-learning. Beliau akan mengisi separuh pertemuan.

Suksma,
I Wayan Sudarsana
""", "course_data", "id",
  cd("PW3102", "Pariwisata Berkelanjutan", lecturer="Ni Ketut Ariani, S.Par., M.Par."), client="gmail")

M("arab-al-tidak-lagi-mengajar", "2027-12-07 08:00:00",
  ("Sekretaris Prodi Teknik Rekayasa Perangkat Lunak", "sekprodi.trpl@polibatam.ac.id"),
  "Perubahan pengajar Etika Profesi",
  """Assalamu'alaikum wr. wb.

Ustadz Abdul Qadir Jaelani, Lc. tidak lagi mengajar Etika Profesi (RPL2106) semester ini. Penggantinya Muhammad Ridwan Al-Farisi, S.Pd.I., M.A. Mohon data dosen di e-learning diperbaharui.

Wassalamu'alaikum wr. wb.
Sekprodi TRPL
""", "course_data", "id",
  cd("RPL2106", "Etika Profesi", lecturer="Muhammad Ridwan Al-Farisi, S.Pd.I., M.A."), client="zimbra")

M("en-in-place-of-instead", "2027-12-07 09:15:00",
  ("Grace Wong", "grace.wong@polibatam.ac.id"),
  "Lecturer change - Digital Marketing",
  """Hi P4M,

For Digital Marketing (MB3208), Mrs. Theresia Manurung, S.E., MBA will lecture in place of Mr. Ferdinand Lumbantobing from this week onward. Could you reflect this on the e-learning page?

Thanks,
Grace
""", "course_data", "en",
  cd("MB3208", "Digital Marketing", lecturer="Theresia Manurung, S.E., MBA"), client="outlook")

M("en-handed-over-to", "2027-12-07 10:45:00",
  ("Siddharth Menon", "siddharth.menon@polibatam.ac.id"),
  "Handover: Control Systems",
  """Dear helpdesk,

I have handed Control Systems (EL3105) over to Dr. Eng. Agus Salim Harahap. Please list him as the course lecturer on e-learning; I should no longer appear there.

Regards,
Siddharth
""", "course_data", "en",
  cd("EL3105", "Control Systems", lecturer="Dr. Eng. Agus Salim Harahap"), client="gmail")

M("mixed-pengampu-baru-nickname-mbak", "2027-12-07 13:00:00",
  ("Dimas Anggara", "dimas.anggara@polibatam.ac.id"),
  "pengampu desain ui",
  """min, MK Desain UI/UX (MM2104) per semester ini yg pegang mbak Kartika Sari Dewi, S.Ds., M.Ds. ya, bukan saya lg. Please update di elearning. thx
""", "course_data", "mixed",
  cd("MM2104", "Desain UI/UX", lecturer="Kartika Sari Dewi, S.Ds., M.Ds."), client="iphone")

M("list-dosen-dihapus-ditambah", "2027-12-08 08:20:00",
  ("Koordinator Prodi Akuntansi", "prodi.ak@polibatam.ac.id"),
  "Perubahan tim pengajar Auditing",
  """Yth. Helpdesk,

Perubahan tim pengajar MK Auditing (AK3101):
1. Dihapus: Rahmat Saleh, S.E., M.Ak.
2. Ditambahkan: Dra. Lie Mei Hwa, Ak., M.Si.

Terima kasih atas bantuannya.
Koordinator Prodi Akuntansi
""", "course_data", "id",
  cd("AK3101", "Auditing", lecturer="Dra. Lie Mei Hwa, Ak., M.Si."), client="outlook")

M("near-substitute-one-meeting", "2027-12-08 09:40:00",
  ("Fransiska Nainggolan", "fransiska.n@polibatam.ac.id"),
  "Nama MK Statistika",
  """Selamat pagi,

Minggu depan kuliah Statistika Bisnis (MB2102) saya digantikan sementara oleh Pak Junaidi untuk satu pertemuan saja, itu tidak perlu diubah di sistem. Yang saya minta: nama MK di e-learning tolong diubah menjadi Statistika Bisnis Terapan.

Terima kasih,
Fransiska
""", "course_data", "id",
  cd("MB2102", "Statistika Bisnis", fullname="Statistika Bisnis Terapan"), client="gmail",
  note="Near-miss: a substitute for one meeting only; only the name is asked.")

M("near-plan-rapat-akan-dibahas", "2027-12-08 11:10:00",
  ("Robert Sitorus", "robert.sitorus@polibatam.ac.id"),
  "enrol key Fisika Terapan",
  """Sore admin,

Ada wacana Fisika Terapan (FT1102) nanti akan dipegang Bu Melati Hasibuan, tapi itu baru dibahas di rapat jurusan bulan depan. Untuk sekarang tolong enrolment key-nya saja diganti menjadi fisika-ft27.

Makasih
Robert
""", "course_data", "id",
  cd("FT1102", "Fisika Terapan", enrolment_key="fisika-ft27"), client="gmail",
  note="Near-miss: a planned lecturer change, not yet decided.")

M("near-student-name-class", "2027-12-08 14:00:00",
  ("Nabila Khairunnisa", "nabila.k@students.polibatam.ac.id"),
  "salah kelas di elearning",
  """Permisi admin, saya Nabila Khairunnisa mahasiswa TI. Course Basis Data (IF2103) yang diampu Bu Desi Ratnasari, M.Kom. kelasnya di elearning masih tertulis TI-2A, padahal seharusnya TI-2C Malam. Mohon dibantu ubah ya min.

Terima kasih
""", "course_data", "id",
  cd("IF2103", "Basis Data", **{"class": "TI-2C Malam"}), client="iphone",
  note="Near-miss: the student and the current lecturer are named; only the class is asked.")

M("sks-dua-jadi-tiga-prosa", "2027-12-09 08:05:00",
  ("Hendrawan", "hendrawan@polibatam.ac.id"),
  "bobot SKS Kewirausahaan",
  """Yth. Helpdesk,

Bobot Kewirausahaan (UM2101) di e-learning masih 2 SKS, padahal sesuai kurikulum baru 3 SKS. Mohon diperbaiki.

Hendrawan
""", "course_data", "id",
  cd("UM2101", "Kewirausahaan", credits="3 SKS"), client="gmail")

M("sks-kata-jumlah-kredit", "2027-12-09 09:30:00",
  ("Lusiana Pardede", "lusiana.pardede@polibatam.ac.id"),
  "Perubahan jumlah kredit",
  """Dengan hormat,

Jumlah kredit MK Praktikum Elektronika Daya (EL2208) berubah dari satu menjadi dua sks mulai tahun ini. Mohon informasi di e-learning disesuaikan.

Hormat saya,
Lusiana Pardede
""", "course_data", "id",
  cd("EL2208", "Praktikum Elektronika Daya", credits="dua sks"), client="outlook")

M("en-credit-hours-arrow", "2027-12-09 11:00:00",
  ("Oliver Grant", "oliver.grant@polibatam.ac.id"),
  "Credit hours for Technical Writing",
  """Hi,

Technical Writing (EN2103): credit hours 2 -> 4, as approved by the curriculum board. Please amend the course info.

Oliver
""", "course_data", "en",
  cd("EN2103", "Technical Writing", credits="4"), client="thunderbird")

M("kelas-pagi-ke-malam", "2027-12-09 13:20:00",
  ("Ayu Lestari", "ayu.lestari@polibatam.ac.id"),
  "Kelas Akuntansi Dasar",
  """Selamat siang min,

Course Akuntansi Dasar (AK1101) kelasnya dipindah dari AK-1A Pagi ke AK-1A Malam karena perubahan jadwal. Mohon diubah di e-learning.

Trims,
Ayu
""", "course_data", "id",
  cd("AK1101", "Akuntansi Dasar", **{"class": "AK-1A Malam"}), client="gmail")

M("kelas-rombel-label", "2027-12-10 08:15:00",
  ("Bagian Akademik Teknik Elektro", "akademik.elektro@polibatam.ac.id"),
  "Koreksi rombel",
  """Kepada Helpdesk P4M,

Mohon koreksi data course Rangkaian Listrik (EL1104):
Rombel semula : EL-1B
Rombel seharusnya : EL-1D

Terima kasih.
""", "course_data", "id",
  cd("EL1104", "Rangkaian Listrik", **{"class": "EL-1D"}), client="outlook")

M("semester-romawi-smt", "2027-12-10 09:30:00",
  ("Wahyudi", "wahyudi@polibatam.ac.id"),
  "smt MK Robotika",
  """min course Robotika Industri (RB3106) di elearning tercatat smt IV, harusnya smt VI. tolong diganti ya
""", "course_data", "id",
  cd("RB3106", "Robotika Industri", semester="VI"), client="iphone")

M("semester-ganjil-gasal", "2027-12-10 11:00:00",
  ("Sri Mulyani", "sri.mulyani@polibatam.ac.id"),
  "Semester course Bahasa Inggris Teknik",
  """Yth. Tim P4M,

Course Bahasa Inggris Teknik (BI1102) saat ini terdaftar di semester genap, mohon dipindah ke semester gasal 2027/2028 karena mata kuliah ini dibuka di semester gasal.

Salam,
Sri Mulyani
""", "course_data", "id",
  cd("BI1102", "Bahasa Inggris Teknik", semester="gasal 2027/2028"), client="zimbra")

M("lecturer-plus-credits-two-changes", "2027-12-10 13:45:00",
  ("Kaprodi Teknik Mekatronika", "kaprodi.mk@polibatam.ac.id"),
  "Dua perubahan MK Sistem Pneumatik",
  """Yth. Helpdesk P4M,

Untuk MK Sistem Pneumatik (MK2203) mohon dua perubahan berikut:
- dosen: Supriyadi, S.T., M.T. digantikan Ir. Liem Hwa Ing, M.Eng.
- SKS: dari 3 menjadi 2

Terima kasih.
Kaprodi Mekatronika
""", "course_data", "id",
  cd("MK2203", "Sistem Pneumatik", lecturer="Ir. Liem Hwa Ing, M.Eng.", credits="2"), client="outlook")

M("en-near-guest-signature-only", "2027-12-13 08:30:00",
  ("Dr. Amelia Hartono, M.Sc.", "amelia.hartono@polibatam.ac.id"),
  "Short name for Data Mining",
  """Dear helpdesk team,

Mr. Kevin Lim from industry will give a guest lecture in Data Mining (IF3204) next Thursday. Separately, please change the short name of the course to DM-2027.

Kind regards,
Dr. Amelia Hartono, M.Sc.
Lecturer, Data Mining
""", "course_data", "en",
  cd("IF3204", "Data Mining", shortname="DM-2027"), client="outlook",
  note="Near-miss: a guest lecturer for one session and the writer's signature; only the short name is asked.")

BATCH_ENDS.append(len(E.MAILS))

# ---------------------------------------------------------------- batch 2 (written after batch 1's rules)

M("en-taught-by-from-next-week", "2027-12-14 08:00:00",
  ("Rebecca Tan", "rebecca.tan@polibatam.ac.id"),
  "Supply Chain Analytics - teaching change",
  """Hello P4M team,

Starting next week, Supply Chain Analytics (LG3105) will be taught by Mr. Daniel Kurniawan Tjoa, MBA, since I am moving to the Master's programme. Could the lecturer field on e-learning be updated?

Many thanks,
Rebecca
""", "course_data", "en",
  cd("LG3105", "Supply Chain Analytics", lecturer="Daniel Kurniawan Tjoa, MBA"), client="outlook")

M("bukan-lagi-tetapi-bali", "2027-12-14 09:10:00",
  ("Desak Made Suarningsih", "desak.made@polibatam.ac.id"),
  "ganti dosen MK Pemrograman Mobile",
  """Selamat pagi Helpdesk,

Mohon ganti dosen MK Pemrograman Mobile (IF3109): bukan lagi Bu Sinta Wulandari, tetapi Pak I Komang Adi Saputra, S.Kom., M.Cs.

Matur suksma,
Desak
""", "course_data", "id",
  cd("IF3109", "Pemrograman Mobile", lecturer="I Komang Adi Saputra, S.Kom., M.Cs."), client="gmail")

M("kaprodi-role-then-name", "2027-12-14 10:30:00",
  ("Staf Administrasi Teknik Sipil", "admin.sipil@polibatam.ac.id"),
  "Pengampu Manajemen Konstruksi",
  """Yth. Tim P4M,

Pengampu Manajemen Konstruksi (TS3104) diganti ke Kaprodi yang baru, Dr. Teuku Muhammad Iqbal, S.T., M.T. Mohon diproses di e-learning.

Terima kasih,
Staf Administrasi Teknik Sipil
""", "course_data", "id",
  cd("TS3104", "Manajemen Konstruksi", lecturer="Dr. Teuku Muhammad Iqbal, S.T., M.T."), client="outlook",
  note="The role word (Kaprodi) stands before the person; the value is the person.")

M("koordinator-baru-adalah-bali-panjang", "2027-12-14 13:15:00",
  ("Gusti Ngurah Wirawan", "ngurah.wirawan@polibatam.ac.id"),
  "Koordinator MK Akuntansi Sektor Publik",
  """Om Swastiastu,

Kami informasikan bahwa koordinator MK yang baru untuk Akuntansi Sektor Publik (AK3206) adalah Dr. Ni Luh Putu Eka Yanti, S.E., M.Si., Ak. Mohon diperbarui di e-learning.

Suksma
""", "course_data", "id",
  cd("AK3206", "Akuntansi Sektor Publik", lecturer="Dr. Ni Luh Putu Eka Yanti, S.E., M.Si., Ak."), client="zimbra")

M("forward-surat-tugaskan-mengampu", "2027-12-15 08:20:00",
  ("Sekretariat Direktur", "sekdir@polibatam.ac.id"),
  "Fwd: Surat tugas pengampu Manajemen Rantai Pasok",
  """Mohon ditindaklanjuti untuk e-learning.

---------- Forwarded message ---------
Dari: Wakil Direktur I <wadir1@polibatam.ac.id>
Date: Sen, 13 Des 2027 pukul 15.40
Subject: Surat tugas pengampu Manajemen Rantai Pasok
To: Sekretariat Direktur <sekdir@polibatam.ac.id>

Dengan ini kami tugaskan Sdri. Andi Tenri Ajeng, S.E., M.M. untuk mengampu mata kuliah Manajemen Rantai Pasok (LG2203) menggantikan Sdr. Rusli Effendi, S.E., M.Si. yang sedang menjalani tugas belajar.

Wakil Direktur I
""", "course_data", "id",
  cd("LG2203", "Manajemen Rantai Pasok", lecturer="Andi Tenri Ajeng, S.E., M.M."), client="gmail")

M("reply-mohon-lengkapi-dosennya", "2027-12-15 09:45:00",
  ("Agung Pramana", "agung.pramana@polibatam.ac.id"),
  "Re: [P4M #6120] Perubahan dosen Sistem Operasi",
  """Dosennya Pak I Gede Agung Pramana, S.T., M.T. min, saya sendiri, menggantikan Bu Lestari.

Pada Sen, 13 Des 2027 pukul 10.02 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:
> Terima kasih, permintaan Anda untuk MK Sistem Operasi (IF2104) sudah kami
> terima. Mohon lengkapi: nama dosen pengampu yang baru.
""", "course_data", "id",
  cd("IF2104", "Sistem Operasi", lecturer="I Gede Agung Pramana, S.T., M.T."), client="gmail")

M("salah-ketik-nama-dosen-kutip", "2027-12-15 11:00:00",
  ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
  "nama saya salah di e-learning",
  """Siang admin,

Nama dosen di course Keamanan Jaringan (RKS2201) salah ketik: tertulis "Rudy Hartono", yang benar "Rudi Hartono, S.Kom., M.T.I." Mohon dibetulkan.

Rudi
""", "course_data", "id",
  cd("RKS2201", "Keamanan Jaringan", lecturer="Rudi Hartono, S.Kom., M.T.I."), client="gmail")

M("dua-dosen-dan-sks-tabel", "2027-12-15 13:30:00",
  ("Prodi Teknik Rekayasa Komputer", "prodi.trk@polibatam.ac.id"),
  "Revisi data MK Sistem Tertanam",
  "", "course_data", "id",
  cd("TRK2105", "Sistem Tertanam", lecturer="Yosef Parlindungan Manik, S.T., M.Eng.", credits="4"), client="outlook",
  html_body="""<p class="MsoNormal">Yth. Helpdesk P4M,<o:p></o:p></p>
<p class="MsoNormal">Mohon revisi data MK Sistem Tertanam (TRK2105) sesuai tabel berikut:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Data</b></p></td><td><p class="MsoNormal"><b>Sebelum</b></p></td><td><p class="MsoNormal"><b>Sesudah</b></p></td></tr>
<tr><td><p class="MsoNormal">Dosen</p></td><td><p class="MsoNormal">Hendra Saputra, S.T.</p></td><td><p class="MsoNormal">Yosef Parlindungan Manik, S.T., M.Eng.</p></td></tr>
<tr><td><p class="MsoNormal">SKS</p></td><td><p class="MsoNormal">3</p></td><td><p class="MsoNormal">4</p></td></tr>
</table>
<p class="MsoNormal">Terima kasih.<o:p></o:p></p>""")

M("near-writer-intro-balinese-key", "2027-12-16 08:10:00",
  ("Cokorda Gede Rai", "cokorda.rai@polibatam.ac.id"),
  "enrolment key Desain Grafis",
  """Om Swastiastu,

Saya Cokorda Gede Rai, S.Sn., M.Sn., dosen pengampu MK Desain Grafis (MM1203). Mohon enrolment key course tersebut diganti menjadi grafis#2028.

Suksma,
Cokorda Gede Rai
""", "course_data", "id",
  cd("MM1203", "Desain Grafis", enrolment_key="grafis#2028"), client="gmail",
  note="Near-miss: the writer introduces themself as the lecturer; only the key is asked.")

M("near-en-cover-one-day-class", "2027-12-16 09:30:00",
  ("Hamid Karimi", "hamid.karimi@polibatam.ac.id"),
  "Class group for Thermal Engineering",
  """Dear helpdesk,

Dr. Wulan Sari will cover my Thermal Engineering (ME3103) session on Monday only, while I attend a conference. Unrelated to that: the class group of the course should be ME-3B Evening, not ME-3A.

Regards,
Hamid
""", "course_data", "en",
  cd("ME3103", "Thermal Engineering", **{"class": "ME-3B Evening"}), client="thunderbird",
  note="Near-miss: a colleague covering one session; only the class is asked.")

M("near-dosen-lama-semester-smt", "2027-12-16 10:45:00",
  ("Yuliani", "yuliani@polibatam.ac.id"),
  "smt course Metrologi",
  """min, course Metrologi Industri (TM2104) yg dulu diajar pak Bonar Sinaga skrg tolong dipindah ke smt ganjil 2027/2028 ya. dosennya tetap sama kok. mksh
""", "course_data", "id",
  cd("TM2104", "Metrologi Industri", semester="ganjil 2027/2028"), client="iphone",
  note="Near-miss: the former lecturer named and the lecturer said to stay; only the semester is asked.")

M("near-student-dosen-kami-name", "2027-12-16 13:00:00",
  ("Muhammad Rizki bin Hasan", "m.rizki@students.polibatam.ac.id"),
  "nama course Bahasa Jepang",
  """Assalamualaikum admin, saya Muhammad Rizki bin Hasan dari kelas TI-1C. Kata dosen kami Sensei Yamada Hiroshi, nama course Bahasa Jepang I (BJ1101) di elearning harus diganti jadi Bahasa Jepang Dasar I. Mohon bantuannya min.
""", "course_data", "id",
  cd("BJ1101", "Bahasa Jepang I", fullname="Bahasa Jepang Dasar I"), client="iphone",
  note="Near-miss: a student and his lecturer named; only the course name is asked.")

M("sks-dinaikkan-dua-arah", "2027-12-17 08:00:00",
  ("Kepala Lab Energi", "lab.energi@polibatam.ac.id"),
  "SKS Praktikum Konversi Energi",
  """Yth. Helpdesk,

Sesuai hasil rapat kurikulum, SKS Praktikum Konversi Energi (EN2107) dinaikkan dari 1 sks menjadi 2 sks. Mohon nilai SKS di e-learning diperbarui.

Kepala Lab Energi
""", "course_data", "id",
  cd("EN2107", "Praktikum Konversi Energi", credits="2 sks"), client="outlook")

M("en-credit-value-word-paren", "2027-12-17 09:20:00",
  ("Fatima Zahra", "fatima.zahra@polibatam.ac.id"),
  "Credit value of Research Methods",
  """Dear P4M,

The credit value shown for Research Methods (RM3101) is wrong: it should read three (3) credits, not two. Could you correct it?

Kind regards,
Fatima
""", "course_data", "en",
  cd("RM3101", "Research Methods", credits="three"), client="gmail")

M("kelas-arrow-pagi-malam", "2027-12-17 10:40:00",
  ("Teguh Santoso", "teguh.santoso@polibatam.ac.id"),
  "kelas praktikum",
  """Admin, mohon update kelas course Praktikum Jaringan (TRK1208):
TRK-1B Pagi → TRK-1B Malam
Terima kasih
""", "course_data", "id",
  cd("TRK1208", "Praktikum Jaringan", **{"class": "TRK-1B Malam"}), client="gmail")

M("en-section-should-be", "2027-12-17 13:10:00",
  ("Arjun Pillai", "arjun.pillai@polibatam.ac.id"),
  "Section for Business English",
  """Hi,

Could you set the section of Business English (EN1105) to MB-1A Morning? It is currently listed under MB-1C.

Thanks,
Arjun
""", "course_data", "en",
  cd("EN1105", "Business English", **{"class": "MB-1A Morning"}), client="gmail")

M("semester-kata-tiga-label-block", "2027-12-20 08:30:00",
  ("Subbag Akademik", "subbag.akademik@polibatam.ac.id"),
  "Koreksi semester MK",
  """Yth. Helpdesk P4M,

Mohon koreksi data berikut:
Mata kuliah : Pengantar Teknologi Informasi (IF1101)
Semester (tertulis) : 3
Semester (seharusnya) : 1

Terima kasih.
""", "course_data", "id",
  cd("IF1101", "Pengantar Teknologi Informasi", semester="1"), client="outlook")

M("en-term-even-to-odd", "2027-12-20 09:50:00",
  ("Lukas Wibisono", "lukas.wibisono@polibatam.ac.id"),
  "Wrong term for Quality Management",
  """Dear team,

Quality Management (TI3102) sits in the Even 2027/2028 term on e-learning, but it runs in the Odd 2027/2028 term. Please move it.

Best,
Lukas
""", "course_data", "en",
  cd("TI3102", "Quality Management", semester="Odd 2027/2028"), client="gmail")


BATCH_ENDS.append(len(E.MAILS))

# ---------------------------------------------------------------- batch 3 (written after batch 2's rules)

M("saat-ini-lama-diganti-dengan", "2027-12-21 08:05:00",
  ("Jurusan Teknik Elektro", "jurusan.elektro@polibatam.ac.id"),
  "Pengampu Sistem Tenaga Listrik",
  """Yth. Helpdesk,

Pengampu MK Sistem Tenaga Listrik (EL3203) di e-learning saat ini Dr. Ir. Sahat Pangaribuan, M.T. Karena beliau memasuki masa purnabakti, mohon diganti dengan Ruth Elisabeth br. Tarigan, S.T., M.T.

Terima kasih.
Jurusan Teknik Elektro
""", "course_data", "id",
  cd("EL3203", "Sistem Tenaga Listrik", lecturer="Ruth Elisabeth br. Tarigan, S.T., M.T."), client="outlook",
  note="The old lecturer is named first; the new one is a Karo name with 'br.'")

M("en-currently-listed-should-list", "2027-12-21 09:30:00",
  ("Wei Ling Chua", "weiling.chua@polibatam.ac.id"),
  "Wrong lecturer shown - Cost Accounting",
  """Hi there,

Currently the lecturer listed for Cost Accounting (AK2105) is Mr. Bonifasius Purba. It should list Ms. Lim Swee Hoon, CPA instead, as she took over in September.

Regards,
Wei Ling
""", "course_data", "en",
  cd("AK2105", "Cost Accounting", lecturer="Lim Swee Hoon, CPA"), client="gmail")

M("ketua-lab-bpk-ke", "2027-12-21 10:50:00",
  ("Lisbeth Sihombing", "lisbeth.sihombing@polibatam.ac.id"),
  "ganti pengampu Praktikum Jaringan Lanjut",
  """Siang Admin,

Mohon ganti pengampu Praktikum Jaringan Lanjut (TRK3102) ke Ketua Lab Jaringan, Bpk. Samuel Siahaan, M.Kom., karena saya mengambil cuti besar. Terima kasih banyak.

Lisbeth
""", "course_data", "id",
  cd("TRK3102", "Praktikum Jaringan Lanjut", lecturer="Samuel Siahaan, M.Kom."), client="gmail")

M("raden-mas-panjang-mulai", "2027-12-21 13:20:00",
  ("Sekretariat Prodi Bahasa Inggris Bisnis", "prodi.bib@polibatam.ac.id"),
  "Perubahan dosen Cross-Cultural Communication",
  """Dengan hormat,

Dosen pengampu MK Cross-Cultural Communication (BIB2104) diubah menjadi Drs. Raden Mas Haryo Wicaksono, M.Hum. mulai pertemuan kedelapan. Demikian, atas bantuannya kami ucapkan terima kasih.

Sekretariat Prodi BIB
""", "course_data", "id",
  cd("BIB2104", "Cross-Cultural Communication", lecturer="Drs. Raden Mas Haryo Wicaksono, M.Hum."), client="zimbra")

M("neighbour-koordinator-kurung", "2027-12-22 08:40:00",
  ("Ahmad Syukri", "ahmad.syukri@polibatam.ac.id"),
  "dosen Kalkulus Lanjut",
  """Assalamualaikum, min

Dosen Kalkulus Lanjut (MA2102) tolong diganti jadi Bu Rina Marlina, M.Si. (koordinatornya tetap Pak Dedi Kurnia). Syukron.

Ahmad Syukri
""", "course_data", "id",
  cd("MA2102", "Kalkulus Lanjut", lecturer="Rina Marlina, M.Si."), client="iphone",
  note="A neighbouring name, the coordinator who stays, follows the value.")

M("near-en-substitute-leave-semester", "2027-12-22 10:00:00",
  ("Nurul Huda", "nurul.huda@polibatam.ac.id"),
  "Semester of Islamic Finance",
  """Dear helpdesk,

Ms. Zulaikha Rahman will substitute for me for two weeks while I am on hajj leave; there is no need to change anything on e-learning for that. What I do need: please move Islamic Finance (AK3108) to the Even 2027/2028 semester.

JazakAllah khair,
Nurul Huda
""", "course_data", "en",
  cd("AK3108", "Islamic Finance", semester="Even 2027/2028"), client="gmail",
  note="Near-miss: a substitute for two weeks; only the semester is asked.")

M("sks-kurung-panah", "2027-12-22 13:15:00",
  ("Benny Lumbanraja", "benny.lumbanraja@polibatam.ac.id"),
  "SKS Gambar Teknik Lanjut",
  """Admin yth,

Mohon update SKS MK Gambar Teknik Lanjut (TM2108): 2 (dua) ➜ 3 (tiga).

Terima kasih
Benny
""", "course_data", "id",
  cd("TM2108", "Gambar Teknik Lanjut", credits="3"), client="gmail")

M("en-bump-credits", "2027-12-23 08:10:00",
  ("Samantha Reyes", "samantha.reyes@polibatam.ac.id"),
  "Capstone Project credits",
  """Hi P4M,

Capstone Project (IF4101) is now a 6-credit course after the curriculum review, so please bump it up to 6 credits on e-learning (it shows 4).

Thanks!
Sam
""", "course_data", "en",
  cd("IF4101", "Capstone Project", credits="6 credits"), client="gmail")

M("kelas-digabung-menjadi", "2027-12-23 09:40:00",
  ("Erwin Situmeang", "erwin.situmeang@polibatam.ac.id"),
  "Kelas Fisika Dasar digabung",
  """Pagi admin,

Untuk course Fisika Dasar (FS1101), kelas IF-1A dan IF-1B digabung, jadi nama kelas di e-learning mohon diubah menjadi IF-1A/1B. Terima kasih.

Erwin
""", "course_data", "id",
  cd("FS1101", "Fisika Dasar", **{"class": "IF-1A/1B"}), client="gmail")

M("semester-tujuh-romawi-kalimat", "2027-12-23 11:00:00",
  ("Margaretha Simatupang", "margaretha.s@polibatam.ac.id"),
  "MK Kerja Praktik salah semester",
  """Selamat siang Helpdesk P4M,

MK Kerja Praktik (TI4102) seharusnya berada di semester VII, bukan semester V seperti yang tampil sekarang. Mohon dipindahkan.

Salam,
Margaretha
""", "course_data", "id",
  cd("TI4102", "Kerja Praktik", semester="VII"), client="outlook")

BATCH_ENDS.append(len(E.MAILS))

# ---------------------------------------------------------------- batch 4 (written after batch 3's rules)

M("inline-lama-baru-kurung-panah", "2027-12-27 08:15:00",
  ("Rahmadani", "rahmadani@polibatam.ac.id"),
  "Update dosen Analisis Sistem",
  """Pagi min,

Update dosen MK Analisis Sistem (SI2103): Pak Budiman Tarigan (lama) → Bu Sari Indah Pertiwi, M.Kom. (baru).

Tks
""", "course_data", "id",
  cd("SI2103", "Analisis Sistem", lecturer="Sari Indah Pertiwi, M.Kom."), client="gmail")

M("en-leaving-taking-his-place", "2027-12-27 09:30:00",
  ("Daniel Ong", "daniel.ong@polibatam.ac.id"),
  "Lecturer for Cloud Computing",
  """Hi team,

Mr. Arief Rachman is leaving the polytechnic at the end of this month, and Dr. Kevin Halim Santoso is taking his place as lecturer of Cloud Computing (IF3207). Please update the course accordingly.

Thanks,
Daniel
""", "course_data", "en",
  cd("IF3207", "Cloud Computing", lecturer="Dr. Kevin Halim Santoso"), client="gmail")

M("sudah-tidak-sekarang-dipegang-oleh", "2027-12-27 10:45:00",
  ("Suhartini", "suhartini@polibatam.ac.id"),
  "dosen MK Akuntansi Keuangan",
  """Selamat siang admin,

Pak Joko Susilo sudah tidak mengajar Akuntansi Keuangan (AK2101) lagi, sekarang dipegang oleh Bu Maria Ulfa Siregar, S.E., M.Ak. Mohon nama dosen di e-learning diperbarui.

Terima kasih
""", "course_data", "id",
  cd("AK2101", "Akuntansi Keuangan", lecturer="Maria Ulfa Siregar, S.E., M.Ak."), client="gmail")

M("wa-paste-kaprodi-ganti-ke", "2027-12-28 08:20:00",
  ("Staf Prodi TI", "staf.prodi.ti@polibatam.ac.id"),
  "Fwd WA Kaprodi - dosen Basis Data Lanjut",
  """Min, ini pesan Kaprodi di grup WA, mohon ditindaklanjuti:

[10.15, 27/12/2027] Kaprodi TI: Min, dosen MK Basis Data Lanjut (IF3102) ganti ke Pak Yohanes Marpaung, S.Kom., M.T. ya
[10.16, 27/12/2027] Kaprodi TI: Mulai semester depan

Makasih
""", "course_data", "id",
  cd("IF3102", "Basis Data Lanjut", lecturer="Yohanes Marpaung, S.Kom., M.T."), client="gmail")

M("ralat-bukan-tapi-reply", "2027-12-28 09:50:00",
  ("Wulan Dari", "wulan.dari@polibatam.ac.id"),
  "Re: dosen Pemrograman Berorientasi Objek",
  """Ralat min, bukan Bu Ratna Sari, tapi Bu Ratna Juwita, M.Kom. yang jadi pengampu PBO (IF2202). Maaf ya.

Pada Sen, 27 Des 2027 pukul 14.10 Wulan Dari <wulan.dari@polibatam.ac.id>
menulis:
> Min, dosen Pemrograman Berorientasi Objek (IF2202) mohon diganti ke Bu Ratna
> Sari.
""", "course_data", "id",
  cd("IF2202", "Pemrograman Berorientasi Objek", lecturer="Ratna Juwita, M.Kom."), client="gmail",
  note="A correction under the quote of the earlier request; the new value is the corrected one.")

M("near-sks-tetap-lecturer-dijadikan", "2027-12-28 11:10:00",
  ("Prodi Logistik", "prodi.logistik@polibatam.ac.id"),
  "Pengampu Manajemen Gudang",
  """Yth. Helpdesk,

Mohon Bapak Fadli Rahman, S.T., M.T. dijadikan pengampu MK Manajemen Gudang (LG2105) mulai semester ini. SKS tetap 3, tidak perlu diubah.

Terima kasih.
Prodi Logistik
""", "course_data", "id",
  cd("LG2105", "Manajemen Gudang", lecturer="Fadli Rahman, S.T., M.T."), client="outlook",
  note="Near-miss: the credits are said to stay.")

M("kelas-label-panah-karyawan", "2027-12-29 08:00:00",
  ("Sekretariat Kelas Karyawan", "kelas.karyawan@polibatam.ac.id"),
  "Perubahan kelas course Manajemen Proyek",
  """Yth. Helpdesk,

Course Manajemen Proyek (TI3105)
Kelas: TI-3A ➔ TI-3A Karyawan

Terima kasih.
""", "course_data", "id",
  cd("TI3105", "Manajemen Proyek", **{"class": "TI-3A Karyawan"}), client="outlook")

M("near-semester-konteks-pengampu-adalah", "2027-12-29 09:30:00",
  ("Kaprodi Teknik Rekayasa Elektronika", "kaprodi.tre@polibatam.ac.id"),
  "Pengampu Sensor dan Aktuator",
  """Yth. Tim P4M,

Untuk semester genap 2027/2028, pengampu MK Sensor dan Aktuator (TRE2204) adalah Ir. Gusti Ayu Putu Sri Lestari, M.Eng. Mohon diperbarui di e-learning.

Hormat kami,
Kaprodi TRE
""", "course_data", "id",
  cd("TRE2204", "Sensor dan Aktuator", lecturer="Ir. Gusti Ayu Putu Sri Lestari, M.Eng."), client="zimbra",
  note="Near-miss: the semester only says from when; the lecturer is asked.")

BATCH_ENDS.append(len(E.MAILS))


if __name__ == "__main__":
    only = os.environ.get("TUNE22_BATCH")
    if only:
        b = int(only)
        del E.MAILS[BATCH_ENDS[b - 1]:]
        del E.MAILS[:BATCH_ENDS[b - 2] if b > 1 else 0]
    sys.exit(E.main())

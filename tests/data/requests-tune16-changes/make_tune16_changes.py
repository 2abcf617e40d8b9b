#!/usr/bin/env python3
"""Generate the sixteenth P4M helpdesk TUNING corpus, about requested changes (labelled request e-mails).

Written blind (no held-out mail read), in voices no corpus had yet: department secretaries and academic staff
writing for a lecturer, lab assistants, team-teaching coordinators, industry guest lecturers, class captains on
phones, visiting scholars, and official assignment letters. The kinds: a new lecturer told many ways (one member
of a teaching team replaced, the new person as the subject of "menggantikan", "add X as co-lecturer", "X will take
the class", an assignment letter, a lecturer column in a table, arrows drawn with other glyphs); several changes in
one sentence with the verb said once; numbered lists of changes; and, above all, near-misses where a class, a
semester or a lecturer is mentioned only to say which course, which group or who writes, while another field (or
nothing) is asked to change.

Credits are labelled as written after the connector; a semester or a class as written. The message engine is the
first tuning corpus's generator, imported from ../requests-tune/make_tune.py; every body here was written by hand
and scored before any rule was changed for it.
Run:  python3 make_tune16_changes.py
"""

import html
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 36}
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


# ---------------------------------------------------------------- a new lecturer, told many ways

M("tim-pengajar-satu-digantikan", "2027-07-05 08:05:00",
  ("Sekretaris Jurusan Teknik Elektro", "sekjur.elektro@polibatam.ac.id"),
  "Perubahan tim pengajar Sistem Tenaga Listrik",
  """Yth. Tim Helpdesk P4M,

Mata kuliah Sistem Tenaga Listrik (EL3302) diampu secara tim oleh Pak Ridwan Hakim dan Bu Sinta Maharani. Karena Pak Ridwan mendapat tugas belajar, posisi beliau digantikan oleh Dr. Yosef Manurung, S.T., M.T. mulai pertemuan ke-6. Bu Sinta tetap mengajar seperti biasa.

Mohon data pengajar di e-learning disesuaikan.

Salam,
Wulan
Sekretariat Jurusan Teknik Elektro
""", "course_data", "id", cd("EL3302", "Sistem Tenaga Listrik", lecturer="Dr. Yosef Manurung, S.T., M.T."),
  client="outlook")

M("nama-baru-sebagai-subjek-menggantikan", "2027-07-05 09:40:00",
  ("Agustina Rahayu", "agustina.rahayu@polibatam.ac.id"),
  "Pengampu Akuntansi Biaya",
  """Selamat pagi,

Untuk informasi, Ibu Maria Goretti Simanjuntak, S.E., M.Si. menggantikan Bapak Toni Irawan sebagai pengampu Akuntansi Biaya (AK2204) semester ini. Mohon nama pengampu di course tersebut diperbarui.

Terima kasih,
Agustina (staf administrasi Jurusan Manajemen Bisnis)
""", "course_data", "id", cd("AK2204", "Akuntansi Biaya", lecturer="Maria Goretti Simanjuntak, S.E., M.Si."),
  client="gmail")

M("en-add-co-lecturer", "2027-07-05 13:15:00",
  ("Dr. Helen Marsh", "helen.marsh@polibatam.ac.id"),
  "Co-lecturer for Industrial Automation",
  """Hi P4M team,

Please add Dr. Rajesh Kumar as co-lecturer on Industrial Automation (MK3210). He joins me from the second half of the term and needs to appear on the course page.

Thanks,
Helen
""", "course_data", "en", cd("MK3210", "Industrial Automation", lecturer="Dr. Rajesh Kumar"), client="gmail")

M("en-will-take-the-class", "2027-07-06 07:50:00",
  ("Lina Hartono", "lina.hartono@polibatam.ac.id"),
  "Instructor change - Supply Chain Analytics",
  """Dear helpdesk,

Mr. Daniel Wijaya will take over the class from week 9, as I start maternity leave. Kindly update the instructor shown on Supply Chain Analytics (LG3105).

Regards,
Lina Hartono
""", "course_data", "en", cd("LG3105", "Supply Chain Analytics", lecturer="Daniel Wijaya"), client="outlook")

M("surat-tugas-menugaskan-sebagai-pengampu", "2027-07-06 10:00:00",
  ("Bagian Akademik", "akademik@polibatam.ac.id"),
  "Surat Tugas Pengampu Mata Kuliah",
  """Kepada Yth.
Tim Helpdesk P4M

Dengan hormat,

Berdasarkan Surat Tugas Wakil Direktur I Nomor 812/PL29/KP/2027, Ketua Jurusan menugaskan Sdr. Bayu Aji Nugroho, S.Kom., M.Cs. sebagai dosen pengampu mata kuliah Keamanan Jaringan (RKS3203) pada semester Ganjil 2027/2028. Mohon bantuan untuk menyesuaikan data pengampu pada e-learning.

Demikian, atas kerja samanya kami ucapkan terima kasih.

Hormat kami,
Bagian Akademik
""", "course_data", "id", cd("RKS3203", "Keamanan Jaringan", lecturer="Bayu Aji Nugroho, S.Kom., M.Cs."),
  client="zimbra", note="Near-miss inside: the semester names when the assignment holds, it is not a change.")

M("tabel-html-dosen-lama-baru", "2027-07-06 14:20:00",
  ("Rini Oktaviani", "rini.oktaviani@polibatam.ac.id"),
  "Pergantian dosen - Kimia Dasar",
  """Yth. Tim P4M,

Mohon pergantian dosen pada course berikut:

Mata Kuliah | Kelas | Dosen Lama | Dosen Baru
Kimia Dasar (TK1101) | TK-1A | Ir. Samsul Bahri | Dewi Lestari, S.Si., M.Sc.

Terima kasih.
Rini (admin prodi Teknik Kimia)
""", "course_data", "id", cd("TK1101", "Kimia Dasar", lecturer="Dewi Lestari, S.Si., M.Sc."), client="outlook",
  html_body=p("Yth. Tim P4M,") + p() + p("Mohon pergantian dosen pada course berikut:") + p()
  + table([("Mata Kuliah", "Kelas", "Dosen Lama", "Dosen Baru"),
           ("Kimia Dasar (TK1101)", "TK-1A", "Ir. Samsul Bahri", "Dewi Lestari, S.Si., M.Sc.")])
  + p() + p("Terima kasih.") + p("Rini (admin prodi Teknik Kimia)"),
  )

M("panah-glyph-pengampu", "2027-07-07 08:30:00",
  ("Fajar Sidiq", "fajar.sidiq@polibatam.ac.id"),
  "update pengampu Tipografi",
  """Pagi P4M,

Tipografi (DG2106), pengampu: Pak Dimas Arya ➜ Laras Wening, M.Sn.

Makasih,
Fajar (laboran DKV)
""", "course_data", "id", cd("DG2106", "Tipografi", lecturer="Laras Wening, M.Sn."), client="iphone")

M("sekarang-yang-ngajar-setelah-nama", "2027-07-07 19:45:00",
  ("Rizal Ketua Kelas", "rizal.trpl@students.polibatam.ac.id"),
  "dosen MK basis data",
  """malam min, dosen MK Basis Data Lanjut (IF2305) udah ganti. bu Yuliana Sari, M.T. yang ngajar kami sekarang, tapi di elearning masih nama dosen lama. bisa diganti min?

rizal
""", "course_data", "id", cd("IF2305", "Basis Data Lanjut", lecturer="Yuliana Sari, M.T."), client="gmail")

M("ditambahkan-sebagai-dosen-kedua", "2027-07-08 09:10:00",
  ("Hendra Saputra", "hendra.saputra@polibatam.ac.id"),
  "Tambah dosen Mekanika Teknik",
  """Siang,

Mohon di course Mekanika Teknik (TS1203) ditambahkan Ibu Ratih Purnamasari, S.T., M.T. sebagai dosen kedua. Beliau akan memegang bagian praktikum.

Terima kasih,
Hendra
""", "course_data", "id", cd("TS1203", "Mekanika Teknik", lecturer="Ratih Purnamasari, S.T., M.T."),
  client="thunderbird")

M("en-guest-lecturer-taking-over-module", "2027-07-08 11:25:00",
  ("Sophie Laurent", "sophie.laurent@polibatam.ac.id"),
  "Teaching handover",
  """Good morning,

I'm leaving Polibatam at the end of this month. From 1 August the module Renewable Energy Systems (EL4107) will be taught by Prof. Ahmad Fauzi instead of me. Could you make that change on the course page?

Best wishes,
Sophie Laurent
Visiting scholar
""", "course_data", "en", cd("EL4107", "Renewable Energy Systems", lecturer="Prof. Ahmad Fauzi"), client="gmail")

# ---------------------------------------------------------------- lecturer mentioned, not changed

M("dosen-menyebut-diri-ganti-key", "2027-07-09 08:00:00",
  ("Dr. Teguh Santoso", "teguh.santoso@polibatam.ac.id"),
  "Kunci enrol Termodinamika",
  """Selamat pagi,

Saya Dr. Teguh Santoso, pengampu Termodinamika Teknik (ME2104). Mohon kunci pendaftaran course tersebut diganti menjadi termo-ganjil27 karena yang lama sudah tersebar ke angkatan sebelumnya.

Terima kasih,
Teguh
""", "course_data", "id", cd("ME2104", "Termodinamika Teknik", enrolment_key="termo-ganjil27"), client="gmail")

M("en-as-agreed-with-coordinator-shortname", "2027-07-09 10:30:00",
  ("Amelia Ross", "amelia.ross@polibatam.ac.id"),
  "Short name for Technical Writing",
  """Hello,

As agreed with Dr. Lim Wei Ling, our coordinator, the short name of Technical Writing (EN2102) should become TW-EN2102. Dr. Lim remains the lecturer; nothing else changes.

Thank you,
Amelia
""", "course_data", "en", cd("EN2102", "Technical Writing", shortname="TW-EN2102"), client="outlook")

M("pengampu-tetap-hanya-singkatan", "2027-07-09 13:40:00",
  ("Nanda Pratiwi", "nanda.pratiwi@polibatam.ac.id"),
  "Singkatan course Statistika Bisnis",
  """Siang tim P4M,

Pengampu Statistika Bisnis (MB2103) tetap Bu Kartika Dewi. Yang perlu diubah hanya singkatannya, dari STATBIS ke STB-MB2A.

Nanda (staf prodi)
""", "course_data", "id", cd("MB2103", "Statistika Bisnis", shortname="STB-MB2A"), client="gmail")

M("pengawas-uts-bukan-pengampu", "2027-07-10 08:15:00",
  ("Yogi Firmansyah", "yogi.firmansyah@polibatam.ac.id"),
  "Enrolment key Fisika Terapan",
  """Pagi min,

Pak Wahyu berhalangan, jadi pengawas UTS Fisika Terapan (FT1102) digantikan oleh Bu Anisa Rahma. Itu hanya info. Yang saya minta: enrolment key course-nya diganti menjadi FT-uts-2027 ya.

Yogi
""", "course_data", "id", cd("FT1102", "Fisika Terapan", enrolment_key="FT-uts-2027"), client="android",
  note="Near-miss: an invigilator replaced is not the course's lecturer.")

# ---------------------------------------------------------------- class and semester only identify the course

M("kelas-identitas-ganti-key", "2027-07-10 10:00:00",
  ("Irwan Setiadi", "irwan.setiadi@polibatam.ac.id"),
  "Kunci kelas TI-2A",
  """Pagi,

Saya mengajar kelas TI-2A dan TI-2B di Pemrograman Berbasis Web (IF2206). Mohon enrolment key untuk kelas TI-2A diganti menjadi pbw-2a-ganjil, yang TI-2B biarkan saja.

Terima kasih,
Irwan
""", "course_data", "id", cd("IF2206", "Pemrograman Berbasis Web", enrolment_key="pbw-2a-ganjil"), client="gmail")

M("untuk-kelas-semester-nama-mk", "2027-07-10 13:30:00",
  ("Desi Ratnasari", "desi.ratnasari@polibatam.ac.id"),
  "Nama MK kelas 3C",
  """Selamat siang,

Untuk kelas AK-3C semester 5, nama mata kuliah Perpajakan (AK3106) di e-learning mohon diubah menjadi Perpajakan Lanjutan.

Terima kasih.
Desi
""", "course_data", "id", cd("AK3106", "Perpajakan", fullname="Perpajakan Lanjutan"), client="thunderbird")

M("en-section-identifies-rename", "2027-07-11 09:00:00",
  ("Marco Bianchi", "marco.bianchi@polibatam.ac.id"),
  "Physics course title",
  """Hi,

I teach section EL-1B of Physics for Engineers (FT1104) in semester 1. Please retitle it to Applied Physics for Engineers, as the curriculum now calls it.

Thanks,
Marco
""", "course_data", "en", cd("FT1104", "Physics for Engineers", fullname="Applied Physics for Engineers"),
  client="gmail")

M("dipakai-dua-kelas-dosen-diganti", "2027-07-11 11:20:00",
  ("Lusi Anggraini", "lusi.anggraini@polibatam.ac.id"),
  "Pengajar Manajemen Pemasaran",
  """Siang min,

Course Manajemen Pemasaran (MB2201) dipakai kelas MB-2A dan MB-2B. Dosennya sekarang diganti jadi Fitria Hasanah, S.E., M.M., mohon diperbarui di course.

Lusi
""", "course_data", "id", cd("MB2201", "Manajemen Pemasaran", lecturer="Fitria Hasanah, S.E., M.M."),
  client="gmail")

M("semester-identitas-singkatan-jd", "2027-07-11 15:00:00",
  ("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
  "singkatan MK",
  """min, MK semester 3 Jaringan Komputer (RKS2301), nama singkatnya tolong diganti jd JARKOM-RKS ya. makasih

taufik
""", "course_data", "id", cd("RKS2301", "Jaringan Komputer", shortname="JARKOM-RKS"), client="android")

M("mulai-semester-depan-pengampu", "2027-07-12 08:40:00",
  ("Prodi Teknik Mesin", "prodi.mesin@polibatam.ac.id"),
  "Pengampu Elemen Mesin",
  """Yth. P4M,

Mulai semester Ganjil 2027/2028, pengampu Elemen Mesin (ME2203) diserahkan kepada Ir. Bonar Situmorang, M.T. Mohon disesuaikan di e-learning.

Prodi Teknik Mesin
""", "course_data", "id", cd("ME2203", "Elemen Mesin", lecturer="Ir. Bonar Situmorang, M.T."), client="outlook")

M("kalender-semester-ganti-sks", "2027-07-12 10:10:00",
  ("Wahyuni Putri", "wahyuni.putri@polibatam.ac.id"),
  "SKS Kewirausahaan",
  """Pagi,

Semester ganjil 2027/2028 ini saya mengampu Kewirausahaan (UM2101). Di e-learning bobotnya masih 2 SKS, tolong ubah jadi 3 SKS sesuai kurikulum baru.

Wahyuni
""", "course_data", "id", cd("UM2101", "Kewirausahaan", credits="3 SKS"), client="gmail")

M("en-class-group-mentioned-key", "2027-07-12 13:00:00",
  ("Kevin Tan", "kevin.tan@polibatam.ac.id"),
  "Enrolment key - Digital Logic",
  """Hello team,

My class group IF-1C (semester 1) cannot see Digital Logic (IF1103) yet. Could you set the enrolment key to dl-if1c-27 so I can share it with them on Monday?

Kevin Tan
""", "course_data", "en", cd("IF1103", "Digital Logic", enrolment_key="dl-if1c-27"), client="gmail")

M("kelas-malam-ganti-deskripsi", "2027-07-13 20:10:00",
  ("Sri Wahyuni", "sri.wahyuni@polibatam.ac.id"),
  "Deskripsi MK Hukum Bisnis kelas malam",
  """Malam,

Deskripsi course Hukum Bisnis (MB3105) untuk kelas malam MB-3M mohon diganti menjadi: Mata kuliah ini membahas dasar hukum perikatan, kontrak, dan badan usaha di Indonesia.

Sri
""", "course_data", "id",
  cd("MB3105", "Hukum Bisnis",
     summary="Mata kuliah ini membahas dasar hukum perikatan, kontrak, dan badan usaha di Indonesia."),
  client="gmail")

M("semester-tidak-perlu-dipindah", "2027-07-13 21:00:00",
  ("Andika Pratama", "andika.pratama@polibatam.ac.id"),
  "Nama singkat Matematika Teknik",
  """Malam P4M,

Course Matematika Teknik (TS1101) sudah ada di kategori Semester 1, itu sudah benar, tidak perlu dipindah. Cuma nama singkatnya minta diganti ke MT-TS1.

Andika
""", "course_data", "id", cd("TS1101", "Matematika Teknik", shortname="MT-TS1"), client="iphone")

# ---------------------------------------------------------------- class and semester asked to change

M("rombel-diganti-ke", "2027-07-14 08:00:00",
  ("Puji Astuti", "puji.astuti@polibatam.ac.id"),
  "rombel course Akuntansi Dasar",
  """Pagi min,

Course Akuntansi Dasar (AK1101) ini sebenarnya untuk rombel lain. Mohon rombelnya diganti ke AK-1D Karyawan.

Puji
""", "course_data", "id", cd("AK1101", "Akuntansi Dasar", **{"class": "AK-1D Karyawan"}), client="gmail")

M("en-section-relabel-as", "2027-07-14 09:30:00",
  ("Olivia Chen", "olivia.chen@polibatam.ac.id"),
  "Wrong section label",
  """Hi P4M,

The course Signals and Systems (EL2204) is labelled with the wrong section. Please change the section to EL-2B Evening; the group that uses it studies in the evening.

Thanks,
Olivia
""", "course_data", "en", cd("EL2204", "Signals and Systems", **{"class": "EL-2B Evening"}), client="gmail")

M("pindah-dari-semester-ke-semester", "2027-07-14 11:00:00",
  ("Budi Hartanto", "budi.hartanto@polibatam.ac.id"),
  "Kategori semester Metode Numerik",
  """Siang,

Course Metode Numerik (IF2208) mohon dipindahkan dari Semester 2 ke Semester 4, karena di kurikulum baru MK ini diajarkan di tahun kedua.

Terima kasih.
Budi
""", "course_data", "id", cd("IF2208", "Metode Numerik", semester="Semester 4"), client="thunderbird")

M("en-semester-file-under-instead", "2027-07-15 08:20:00",
  ("Grace Lim", "grace.lim@polibatam.ac.id"),
  "Term for Project Management",
  """Hello,

Project Management (MB3201) sits under Odd 2027/2028 on the e-learning site. It runs in the even term, so please change the term to Even 2027/2028.

Grace
""", "course_data", "en", cd("MB3201", "Project Management", semester="Even 2027/2028"), client="outlook")

# ---------------------------------------------------------------- several changes, the verb said once; lists

M("dua-ubahan-kata-kerja-sekali", "2027-07-15 10:45:00",
  ("Eko Prasetyo", "eko.prasetyo@polibatam.ac.id"),
  "Nama dan singkatan MK Robotika",
  """Pagi,

Mohon judul MK Robotika (MK3301) diubah menjadi Robotika Industri serta singkatannya RBT-IND.

Eko
""", "course_data", "id", cd("MK3301", "Robotika", fullname="Robotika Industri", shortname="RBT-IND"),
  client="gmail")

M("daftar-bernomor-perubahan", "2027-07-15 14:00:00",
  ("Ketua Program Studi Administrasi Bisnis Terapan", "kaprodi.abt@polibatam.ac.id"),
  "Perubahan data MK Komunikasi Bisnis",
  """Yth. Tim Helpdesk P4M,

Dengan hormat, kami sampaikan perubahan data mata kuliah Komunikasi Bisnis (AB2105) di e-learning:

a. nama singkat diubah menjadi KOMBIS
b. jumlah SKS diubah menjadi 3

Atas bantuannya kami ucapkan terima kasih.

Kaprodi ABT
""", "course_data", "id", cd("AB2105", "Komunikasi Bisnis", shortname="KOMBIS", credits="3"), client="outlook")

M("en-bullets-two-changes", "2027-07-16 09:00:00",
  ("Thomas Becker", "thomas.becker@polibatam.ac.id"),
  "Updates for Machine Vision",
  """Dear helpdesk,

Two small updates for Machine Vision (MK4102), please:
- full name: change to Machine Vision and Inspection
- credits: change to 3

Kind regards,
Thomas Becker
""", "course_data", "en",
  cd("MK4102", "Machine Vision", fullname="Machine Vision and Inspection", credits="3"), client="gmail")

M("nama-lengkap-kurung-singkatan-lalu-tujuan", "2027-07-16 11:30:00",
  ("Wawan Kurniawan", "wawan.kurniawan@polibatam.ac.id"),
  "Nama course K3",
  """Siang,

Nama course Keselamatan Kerja (TM1105) mohon diubah menjadi Keselamatan dan Kesehatan Kerja (K3) agar sama dengan RPS.

Wawan
""", "course_data", "id",
  cd("TM1105", "Keselamatan Kerja", fullname="Keselamatan dan Kesehatan Kerja (K3)"), client="gmail")

# ---------------------------------------------------------------- nothing to change at all

M("hanya-tanya-kelas-dan-dosen", "2027-07-16 14:15:00",
  ("Rahma Yulia", "rahma.yulia@polibatam.ac.id"),
  "Data course Biologi Sel",
  """Siang min,

Saya cek course Biologi Sel (BT1202): dosennya Pak Gilang Permana, kelasnya BT-1A, semester 2. Semuanya sudah sesuai, tidak ada yang perlu diubah. Terima kasih sudah dibuatkan.

Rahma
""", "course_data", "id", cd("BT1202", "Biologi Sel"), client="gmail",
  note="Near-miss: every value checked and said right; nothing is asked.")

M("en-lecturer-says-who-teaches-then-key", "2027-07-17 08:30:00",
  ("Nadia Putri", "nadia.putri@polibatam.ac.id"),
  "Data Mining enrolment",
  """Hi,

Data Mining (IF3206) is taught by Dr. Farhan Malik this term for class IF-3A. Students report the old enrolment key no longer works; could you reset it to dm-if3a-2027?

Nadia (lab assistant)
""", "course_data", "en", cd("IF3206", "Data Mining", enrolment_key="dm-if3a-2027"), client="gmail")

M("dosen-lb-perkenalan-bukan-ubah", "2027-07-17 10:00:00",
  ("Arif Budiman", "arif.budiman@gmail.com"),
  "Perkenalan dosen LB Gambar Teknik",
  """Selamat pagi,

Perkenalkan, saya Arif Budiman, S.T., dosen LB baru yang akan mengajar Gambar Teknik (ME1104) kelas ME-1B di semester ganjil ini. Nama saya sudah tercantum di course, terima kasih. Mohon nama singkat course-nya dibuat GT-ME1B saja supaya mahasiswa mudah mencari.

Arif
""", "course_data", "id", cd("ME1104", "Gambar Teknik", shortname="GT-ME1B"), client="gmail",
  note="Near-miss: a new lecturer introducing himself, his name already on the course.")

M("en-class-rename-was-now", "2027-07-17 13:20:00",
  ("Peter Novak", "peter.novak@polibatam.ac.id"),
  "Class code for Welding Technology",
  """Hello,

On Welding Technology (TM2107), the class code was TM-2A, but after the regrouping it is now TM-2C. Please update the class on the course so it matches SIAKAD.

Peter Novak
""", "course_data", "en", cd("TM2107", "Welding Technology", **{"class": "TM-2C"}), client="outlook")


if __name__ == "__main__":
    sys.exit(E.main())

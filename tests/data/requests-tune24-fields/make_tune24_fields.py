#!/usr/bin/env python3
"""Generate the twenty-fourth P4M helpdesk TUNING corpus (fields): change pairs of the short fields.

Written blind (no held-out mail read) as a grammar of how people ask for a new lecturer, class, semester, credits,
short name or full name: numbers in words (Indonesian and English), values in tables and exports (tab-separated,
pipes, HTML), a swap or replacement ("X replaces Y", "digantikan oleh", "diampu oleh", "handed over to"), a decree or
letter naming the new value, two or three changes in one mail, names of people from other countries (Thai,
Vietnamese, Chinese, Indian, Arabic) with their degrees, and classes with shifts and groups. Near-misses that must
claim nothing: a lecturer only mentioned, a semester that only says when the change happens, credits of another
course.

Labels: the lecturer as written with academic titles and degrees, without a courtesy word (Bapak, Ibu, Pak, Bu,
Mr., Ms.); credits and semesters as the requester wrote them. The message engine is the first tuning corpus's
generator, imported from ../requests-tune/make_tune.py. Each batch was scored before any rule for it was written.
Run:  python3 make_tune24_fields.py          (TUNE24_BATCH=1 OUT=dir ... --partial writes one batch elsewhere)
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = os.environ.get("OUT", HERE)
E.PLAN = {"course_data": 42}
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

M("sk-direktur-ditetapkan-vietnam", "2028-02-07 07:50:00",
  ("Bagian Kepegawaian", "kepegawaian@polibatam.ac.id"),
  "Tindak lanjut SK pengampu Hidrologi Terapan",
  """Kepada Yth. Pengelola Helpdesk P4M

Bersama ini kami informasikan bahwa berdasarkan SK Direktur Nomor 0452/PL29/KP/2028 tentang Penetapan Dosen Pengampu, untuk mata kuliah Hidrologi Terapan (TS2106) ditetapkan Dr. Nguyen Van Long, M.Sc. sebagai dosen pengampu. Mohon nama dosen di e-learning disesuaikan dengan SK tersebut.

Atas kerja samanya kami ucapkan terima kasih.

Bagian Kepegawaian
""", "course_data", "id",
  cd("TS2106", "Hidrologi Terapan", lecturer="Dr. Nguyen Van Long, M.Sc."), client="outlook")

M("en-replaces-thai-asst-prof", "2028-02-07 09:20:00",
  ("International Office", "io@polibatam.ac.id"),
  "Visiting lecturer - Tropical Agriculture Systems",
  """Dear P4M Helpdesk,

Under our exchange agreement, Asst. Prof. Dr. Kittipong Srisuwan replaces Mr. Bambang Irawan as lecturer of Tropical Agriculture Systems (AGR3104) from week 3 onwards. Kindly update the lecturer shown on the course page.

Best regards,
International Office
""", "course_data", "en",
  cd("AGR3104", "Tropical Agriculture Systems", lecturer="Asst. Prof. Dr. Kittipong Srisuwan"), client="outlook")

M("diampu-oleh-india-phd", "2028-02-07 10:40:00",
  ("Sekretariat Jurusan Teknik Elektro", "sekjur.elektro@polibatam.ac.id"),
  "Pengampu Pemrosesan Sinyal Digital",
  """Selamat pagi Helpdesk P4M,

Kami informasikan bahwa mulai semester ini MK Pemrosesan Sinyal Digital (EL3207) diampu oleh Ramesh Krishnan Iyer, Ph.D. Di e-learning masih tercantum dosen yang lama. Mohon bantuannya.

Salam,
Sekretariat Jurusan Teknik Elektro
""", "course_data", "id",
  cd("EL3207", "Pemrosesan Sinyal Digital", lecturer="Ramesh Krishnan Iyer, Ph.D."), client="zimbra",
  note="'mulai semester ini' only says from when.")

M("en-handed-over-chinese", "2028-02-07 13:05:00",
  ("Hendri Saputra", "hendri.saputra@polibatam.ac.id"),
  "Operations Research lecturer",
  """Dear P4M,

Operations Research (MT2203) has been handed over to Dr. Liu Yang because I have moved to the Directorate. Kindly change the lecturer name on e-learning.

Cheers,
Hendri
""", "course_data", "en",
  cd("MT2203", "Operations Research", lecturer="Dr. Liu Yang"), client="gmail")

M("digantikan-oleh-arab-lc", "2028-02-08 08:15:00",
  ("Prodi Bahasa Arab Terapan", "prodi.bat@polibatam.ac.id"),
  "Perubahan pengampu Bahasa Arab Bisnis",
  """Assalamu'alaikum warahmatullah,

Pengampu MK Bahasa Arab Bisnis (BA1102), Ustadzah Fatimah Zahra, Lc., digantikan oleh Dr. Khalid Abdullah Al-Amoudi, M.A. sejak pertemuan keempat. Mohon data pengampu di e-learning diperbarui.

Jazakumullah khairan,
Admin Prodi BAT
""", "course_data", "id",
  cd("BA1102", "Bahasa Arab Bisnis", lecturer="Dr. Khalid Abdullah Al-Amoudi, M.A."), client="gmail")

M("tukar-dosen-tabel-pipa", "2028-02-08 09:45:00",
  ("Koordinator Prodi Manajemen", "koord.manajemen@polibatam.ac.id"),
  "Tukar pengampu Manajemen Operasi MJ-2A/MJ-2B",
  """Yth. Tim P4M,

Pengampu MK Manajemen Operasi (MJ2204) kelas paralel ditukar sbb:

| Kelas | Dosen semula            | Dosen baru              |
| MJ-2A | Rudi Hartono, S.E., M.M. | Pham Thi Lan Anh, Ph.D. |
| MJ-2B | Pham Thi Lan Anh, Ph.D.  | Rudi Hartono, S.E., M.M. |

Terima kasih.
Koordinator Prodi Manajemen
""", "course_data", "id",
  cd("MJ2204", "Manajemen Operasi", lecturer="Pham Thi Lan Anh, Ph.D."), client="thunderbird",
  note="A swap between parallel classes; labelled with the first class's new lecturer.")

M("sks-kata-tertulis-seharusnya", "2028-02-08 11:00:00",
  ("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
  "SKS Termodinamika Teknik",
  """Siang admin,

Di halaman course Termodinamika Teknik (TM2104) SKS-nya tertulis dua, seharusnya empat SKS sesuai kurikulum 2027. Tolong dibetulkan.

Taufik
""", "course_data", "id",
  cd("TM2104", "Termodinamika Teknik", credits="empat SKS"), client="iphone")

M("en-credits-words-listed-should", "2028-02-08 13:30:00",
  ("Anjali Sharma", "anjali.sharma@polibatam.ac.id"),
  "Credits for Research Methodology",
  """Hello,

Research Methodology (MB4102) is listed as a two-credit course, but it should carry three credits from this year. Could you correct it?

Thank you,
Anjali Sharma, Ph.D.
""", "course_data", "en",
  cd("MB4102", "Research Methodology", credits="three credits"), client="gmail")

M("tsv-sks-lama-baru", "2028-02-09 08:10:00",
  ("Admin Prodi Teknik Manufaktur", "prodi.manufaktur@polibatam.ac.id"),
  "Update SKS dari rekap kurikulum",
  """Dengan hormat,

Saya tempel dari rekap kurikulum:

Kode MK\tNama MK\tSKS Lama\tSKS Baru
MT1205\tMetrologi Industri\t2\t3

Mohon disesuaikan di e-learning.

Terima kasih,
Admin Prodi Teknik Manufaktur
""", "course_data", "id",
  cd("MT1205", "Metrologi Industri", credits="3"), client="gmail")

M("pipa-semester-seharusnya", "2028-02-09 09:35:00",
  ("Kaprodi Teknik Informatika", "kaprodi.ti@polibatam.ac.id"),
  "Penempatan semester Jaringan Nirkabel",
  """Yth. Helpdesk,

| Kode   | Mata Kuliah       | Semester di e-learning | Semester seharusnya |
|--------|-------------------|------------------------|---------------------|
| TI2207 | Jaringan Nirkabel | 3                      | 4                   |

Mohon dipindahkan. Terima kasih.
Kaprodi TI
""", "course_data", "id",
  cd("TI2207", "Jaringan Nirkabel", semester="4"), client="thunderbird")

M("html-tabel-kelas-sore", "2028-02-09 10:50:00",
  ("Staf Akademik Akuntansi", "akademik.akuntansi@polibatam.ac.id"),
  "Perubahan kelas Akuntansi Biaya",
  "", "course_data", "id",
  cd("AK2205", "Akuntansi Biaya", **{"class": "AK-2B Sore"}), client="outlook",
  html_body="""<p class="MsoNormal">Yth. Helpdesk P4M,<o:p></o:p></p>
<p class="MsoNormal">Mohon perubahan data course Akuntansi Biaya (AK2205) berikut:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Data</b></p></td><td><p class="MsoNormal"><b>Tertulis</b></p></td><td><p class="MsoNormal"><b>Menjadi</b></p></td></tr>
<tr><td><p class="MsoNormal">Kelas</p></td><td><p class="MsoNormal">AK-2B Pagi</p></td><td><p class="MsoNormal">AK-2B Sore</p></td></tr>
</table>
<p class="MsoNormal">Terima kasih.<o:p></o:p></p>
<p class="MsoNormal">Staf Akademik Akuntansi<o:p></o:p></p>""")

M("semester-kata-masih-padahal", "2028-02-09 13:15:00",
  ("Yuliana Sembiring", "yuliana.sembiring@polibatam.ac.id"),
  "semester Manajemen Risiko",
  """Halo admin P4M,

Course Manajemen Risiko (MR3105) sekarang masih di semester empat, padahal di kurikulum baru letaknya di semester enam. Mohon dipindahkan ya.

Salam,
Yuli
""", "course_data", "id",
  cd("MR3105", "Manajemen Risiko", semester="semester enam"), client="gmail")

M("en-two-changes-titled-short-name", "2028-02-10 08:30:00",
  ("Caroline Siahaan", "caroline.siahaan@polibatam.ac.id"),
  "Course details - Business Correspondence",
  """Good morning P4M team,

Following the curriculum revision, ENG2201 Business Correspondence is now titled Professional Business Correspondence, and its short name should become BC-PRO. Nothing else changes.

Best,
Caroline Siahaan
English for Business Programme
""", "course_data", "en",
  cd("ENG2201", "Business Correspondence", fullname="Professional Business Correspondence",
     shortname="BC-PRO"), client="outlook")

M("tiga-perubahan-prosa", "2028-02-10 09:40:00",
  ("Rizky Ananda", "rizky.ananda@polibatam.ac.id"),
  "koreksi course Gambar Arsitektur",
  """Pagi min,

Untuk MK Gambar Arsitektur (AR1103) ada 3 yang perlu dikoreksi: kelasnya jadi AR-1A Malam, semesternya 2 (bukan 1), dan SKS naik ke 4.

Thx,
Rizky
""", "course_data", "id",
  cd("AR1103", "Gambar Arsitektur", **{"class": "AR-1A Malam", "semester": "2", "credits": "4"}),
  client="iphone")

M("kelas-grup-praktikum", "2028-02-10 11:20:00",
  ("Laboran Kimia", "laboran.kimia@polibatam.ac.id"),
  "Kelas Praktikum Kimia Analitik",
  """Selamat siang,

Karena praktikum dibagi per grup, kelas di e-learning untuk Praktikum Kimia Analitik (KA2102) tolong diubah menjadi KA-2A Grup 1. Terima kasih banyak.

Laboran Kimia
""", "course_data", "id",
  cd("KA2102", "Praktikum Kimia Analitik", **{"class": "KA-2A Grup 1"}), client="gmail")

M("en-class-evening-shift-rather", "2028-02-10 13:45:00",
  ("Muhammad Faizal", "m.faizal@polibatam.ac.id"),
  "Class name - Accounting Information Systems",
  """Hi helpdesk,

The class for Accounting Information Systems (AC2304) should read AC-2C Evening Shift rather than AC-2C. The evening students can't find it otherwise.

Regards,
Faizal
""", "course_data", "en",
  cd("AC2304", "Accounting Information Systems", **{"class": "AC-2C Evening Shift"}), client="gmail")

M("near-pengampu-menitipkan-fullname", "2028-02-11 08:05:00",
  ("Tata Usaha Arsitektur", "tu.arsitektur@polibatam.ac.id"),
  "Nama course Fisika Bangunan",
  """Kepada P4M,

Bu Ratih Kusuma, M.T. selaku pengampu menitipkan pesan: nama lengkap course Fisika Bangunan (AR2105) mohon diubah menjadi Fisika Bangunan dan Akustik.

Terima kasih,
TU Arsitektur
""", "course_data", "id",
  cd("AR2105", "Fisika Bangunan", fullname="Fisika Bangunan dan Akustik"), client="zimbra",
  note="Near-miss: the current lecturer is only mentioned.")

M("near-mulai-semester-shortname", "2028-02-11 09:30:00",
  ("Agustina Purba", "agustina.purba@polibatam.ac.id"),
  "short name Statistika Industri",
  """Yth. Helpdesk,

Mulai semester genap 2027/2028, short name course Statistika Industri (TI2104) mohon diubah menjadi STATIND-B.

Salam,
Agustina
""", "course_data", "id",
  cd("TI2104", "Statistika Industri", shortname="STATIND-B"), client="gmail",
  note="Near-miss: the semester only says from when.")

M("near-sks-mk-lain-kelas", "2028-02-11 11:00:00",
  ("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
  "kelas Mikrobiologi Pangan",
  """Sore admin,

Nama kelas course Mikrobiologi Pangan (TP2103) mohon diubah menjadi TP-2B, sama seperti Biokimia Pangan yang 3 SKS itu yang sudah diubah minggu lalu.

Makasih,
Fitri
""", "course_data", "id",
  cd("TP2103", "Mikrobiologi Pangan", **{"class": "TP-2B"}), client="gmail",
  note="Near-miss: the credits are another course's.")

M("en-take-over-vietnam-diacritics", "2028-02-11 13:20:00",
  ("Arif Setiawan", "arif.setiawan@polibatam.ac.id"),
  "Marine Biology lecturer from March",
  """Dear P4M,

Nguyễn Thị Hồng Nhung, Ph.D. will take over Marine Biology (KL2101) from me starting 1 March. Please show her as the lecturer on the course.

Thanks a lot,
Arif
""", "course_data", "en",
  cd("KL2101", "Marine Biology", lecturer="Nguyễn Thị Hồng Nhung, Ph.D."), client="gmail")

M("nama-singkat-dan-lengkap", "2028-02-14 08:20:00",
  ("Prodi Teknik Elektro", "prodi.te@polibatam.ac.id"),
  "nama course Teknik Tenaga Listrik",
  """Yth. Admin e-learning,

Mohon ganti nama singkat course Teknik Tenaga Listrik (EL2301) menjadi TTL-2028 dan nama lengkapnya menjadi Teknik Tenaga Listrik Terapan.

Terima kasih.
Prodi TE
""", "course_data", "id",
  cd("EL2301", "Teknik Tenaga Listrik", shortname="TTL-2028", fullname="Teknik Tenaga Listrik Terapan"),
  client="outlook")

BATCH_ENDS.append(len(E.MAILS))

# ---------------------------------------------------------------- batch 2 (written after batch 1's rules)

M("sk-kajur-adalah-india-prof", "2028-02-15 08:00:00",
  ("Admin Jurusan Teknik Informatika", "admin.jti@polibatam.ac.id"),
  "Dosen pengampu Kecerdasan Buatan sesuai SK",
  """Yth. Helpdesk P4M,

Sesuai Surat Keputusan Ketua Jurusan No. 15/JTI/2028, dosen pengampu MK Kecerdasan Buatan (IF3301) adalah Prof. Dr. Sunil Kumar Verma. Mohon e-learning disesuaikan.

Hormat kami,
Admin JTI
""", "course_data", "id",
  cd("IF3301", "Kecerdasan Buatan", lecturer="Prof. Dr. Sunil Kumar Verma"), client="zimbra")

M("en-assignment-letter-instructor-is-thai", "2028-02-15 09:10:00",
  ("Hospitality Programme Office", "hospitality@polibatam.ac.id"),
  "Instructor for Hotel Front Office",
  """Dear P4M,

According to the latest assignment letter, the instructor for Hotel Front Office (HT2102) is Ms. Siriporn Chaiyasit, M.B.A. The course page still shows last year's name; please correct it.

Kind regards,
Hospitality Programme Office
""", "course_data", "en",
  cd("HT2102", "Hotel Front Office", lecturer="Siriporn Chaiyasit, M.B.A."), client="outlook")

M("wa-skrg-diganti-vietnam", "2028-02-15 10:30:00",
  ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
  "dosen SO",
  """min, dosen MK Sistem Operasi (IF2105) skrg diganti Pak Tran Minh Duc, M.Sc. ya, bukan sy lagi. mksh
""", "course_data", "id",
  cd("IF2105", "Sistem Operasi", lecturer="Tran Minh Duc, M.Sc."), client="iphone")

M("diampu-oleh-mandarin-namanya-dimasukkan", "2028-02-15 13:00:00",
  ("Pusat Bahasa", "pusat.bahasa@polibatam.ac.id"),
  "Pengampu Bahasa Mandarin Dasar",
  """Selamat siang,

MK Bahasa Mandarin Dasar (BM1101) mulai minggu ini diampu oleh Chen Mei Ling, M.A., mohon namanya dimasukkan sebagai pengajar di e-learning.

Terima kasih,
Pusat Bahasa
""", "course_data", "id",
  cd("BM1101", "Bahasa Mandarin Dasar", lecturer="Chen Mei Ling, M.A."), client="gmail")

M("en-handing-over-arabic-as-of", "2028-02-16 08:20:00",
  ("Rahmat Nasution", "rahmat.nasution@polibatam.ac.id"),
  "Islamic Economics - new lecturer",
  """Assalamualaikum P4M team,

I am handing over Islamic Economics (EI2103) to Dr. Omar Faruq Al-Hashimi as of 1 April. Please update the lecturer accordingly.

Regards,
Rahmat
""", "course_data", "en",
  cd("EI2103", "Islamic Economics", lecturer="Dr. Omar Faruq Al-Hashimi"), client="gmail")

M("en-credits-currently-shows-words", "2028-02-16 09:40:00",
  ("Gregory Tanoto", "gregory.tanoto@polibatam.ac.id"),
  "Fluid Power credits",
  """Hi,

The course page for Fluid Power (MK3102) currently shows 2 credits; it should be four credits under the 2028 curriculum.

Best,
Greg
""", "course_data", "en",
  cd("MK3102", "Fluid Power", credits="four credits"), client="thunderbird")

M("sks-angka-kurung-kata-jadi", "2028-02-16 11:00:00",
  ("Sekretariat Prodi Teknik Sipil", "prodi.sipil@polibatam.ac.id"),
  "Bobot SKS Beton Bertulang",
  """Dengan hormat,

Bobot MK Beton Bertulang (TS3104) di e-learning sekarang tercatat 3 (tiga) SKS, mohon diganti jadi 2 (dua) SKS sesuai kurikulum.

Terima kasih.
""", "course_data", "id",
  cd("TS3104", "Beton Bertulang", credits="2"), client="outlook")

M("tsv-kelas-lama-baru-nomor", "2028-02-16 13:30:00",
  ("Jurusan Teknik Elektro", "jte@polibatam.ac.id"),
  "Perubahan kelas (rekap)",
  """Yth. Tim e-learning,

Berikut perubahan kelas hasil rekap:

No\tKode\tMata Kuliah\tKelas Lama\tKelas Baru
1\tTE2104\tElektronika Analog\tTE-2A\tTE-2A Malam

Terima kasih.
JTE
""", "course_data", "id",
  cd("TE2104", "Elektronika Analog", **{"class": "TE-2A Malam"}), client="gmail")

M("html-tabel-semester-sks-dua-baris", "2028-02-17 08:15:00",
  ("Kaprodi Teknik Mesin", "kaprodi.tm@polibatam.ac.id"),
  "Koreksi data Perpindahan Panas",
  "", "course_data", "id",
  cd("TM3108", "Perpindahan Panas", semester="5", credits="3"), client="outlook",
  html_body="""<p class="MsoNormal">Yth. Helpdesk,<o:p></o:p></p>
<p class="MsoNormal">Mohon koreksi data course Perpindahan Panas (TM3108):<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Item</b></p></td><td><p class="MsoNormal"><b>Saat ini</b></p></td><td><p class="MsoNormal"><b>Seharusnya</b></p></td></tr>
<tr><td><p class="MsoNormal">Semester</p></td><td><p class="MsoNormal">3</p></td><td><p class="MsoNormal">5</p></td></tr>
<tr><td><p class="MsoNormal">SKS</p></td><td><p class="MsoNormal">2</p></td><td><p class="MsoNormal">3</p></td></tr>
</table>
<p class="MsoNormal">Terima kasih,<o:p></o:p></p>
<p class="MsoNormal">Kaprodi TM<o:p></o:p></p>""")

M("en-pipe-field-old-new-lecturer", "2028-02-17 09:30:00",
  ("Nursing Programme Admin", "nursing.admin@polibatam.ac.id"),
  "Change request: Community Health Nursing",
  """Hello helpdesk,

Community Health Nursing (NS3105)

| Field    | Old              | New                    |
| Lecturer | Mr. Andi Wijaya  | Dr. Fatima Noor Hassan |

Thank you.
""", "course_data", "en",
  cd("NS3105", "Community Health Nursing", lecturer="Dr. Fatima Noor Hassan"), client="thunderbird")

M("en-semester-words-from-to", "2028-02-17 11:00:00",
  ("Patrick Sihombing", "patrick.sihombing@polibatam.ac.id"),
  "Heat Transfer semester",
  """Dear P4M,

Please move Heat Transfer (TM3101) from semester three to semester five; the new curriculum puts it there.

Thanks,
Patrick
""", "course_data", "en",
  cd("TM3101", "Heat Transfer", semester="semester five"), client="gmail")

M("smt-kata-pindahin", "2028-02-17 13:20:00",
  ("Riko Pratama", "riko.pratama@polibatam.ac.id"),
  "smt etika bisnis",
  """min MK Etika Bisnis (MB2106) tolong pindahin ke smt tujuh ya, kemarin masih di smt lima
""", "course_data", "id",
  cd("MB2106", "Etika Bisnis", semester="tujuh"), client="iphone")

M("en-three-changes-arrow-list", "2028-02-18 08:10:00",
  ("Electrical Engineering Office", "ee.office@polibatam.ac.id"),
  "Updates for Power Electronics",
  """Hello,

Please apply these updates to Power Electronics (EL3206):
- Lecturer: Mr. Budi Santoso -> Dr. Huang Li Ping
- Class: EL-3B -> EL-3B Evening
- Credits: 2 -> 3

Thank you,
EE Office
""", "course_data", "en",
  cd("EL3206", "Power Electronics", lecturer="Dr. Huang Li Ping", **{"class": "EL-3B Evening"}, credits="3"),
  client="outlook")

M("fullname-shortname-nya-satu-kalimat", "2028-02-18 09:25:00",
  ("Yohana Simbolon", "yohana.simbolon@polibatam.ac.id"),
  "nama course Pengantar Akuntansi",
  """Siang min,

Nama course Pengantar Akuntansi (AK1101) tolong diubah jadi Pengantar Akuntansi Keuangan, lalu short name-nya jadi PAK-01.

Makasih
Yohana
""", "course_data", "id",
  cd("AK1101", "Pengantar Akuntansi", fullname="Pengantar Akuntansi Keuangan", shortname="PAK-01"), client="gmail")

M("kelas-kelompok-ganti-ke", "2028-02-18 10:50:00",
  ("Asisten Lab Fisika", "aslab.fisika@polibatam.ac.id"),
  "kelas praktikum fisika",
  """Pagi admin,

Nama kelas di course Praktikum Fisika (FS1105) ganti ke TP-1A Kelompok 2 ya, karena kelompok 1 sudah punya course sendiri.

Aslab Fisika
""", "course_data", "id",
  cd("FS1105", "Praktikum Fisika", **{"class": "TP-1A Kelompok 2"}), client="gmail")

M("kelas-kurung-karyawan-reguler-panah", "2028-02-18 13:40:00",
  ("Bagian Akademik Manajemen", "akademik.mj@polibatam.ac.id"),
  "Kelas Manajemen Pemasaran",
  """Yth. Helpdesk,

Course Manajemen Pemasaran (MJ3102)
Kelas: MJ-3C (karyawan) → MJ-3C (reguler)

Terima kasih.
""", "course_data", "id",
  cd("MJ3102", "Manajemen Pemasaran", **{"class": "MJ-3C (reguler)"}), client="outlook")

M("en-near-who-teaches-shortname", "2028-02-21 08:30:00",
  ("Laura Pasaribu", "laura.pasaribu@polibatam.ac.id"),
  "Short name for Embedded Systems",
  """Hi team,

Dr. Anand Pillai, who teaches Embedded Systems (EL3301), asked me to change the short name to ES-2028. Could you do that?

Thanks,
Laura
Department Secretary
""", "course_data", "en",
  cd("EL3301", "Embedded Systems", shortname="ES-2028"), client="gmail",
  note="Near-miss: the lecturer is only mentioned.")

M("en-near-from-odd-semester-key", "2028-02-21 09:45:00",
  ("Ferry Hutapea", "ferry.hutapea@polibatam.ac.id"),
  "Enrolment key Robotics",
  """Dear P4M,

From the odd semester 2028/2029 onwards, please set the enrolment key of Robotics (RB2201) to robo-odd28.

Regards,
Ferry
""", "course_data", "en",
  cd("RB2201", "Robotics", enrolment_key="robo-odd28"), client="outlook",
  note="Near-miss: the semester only says from when.")

M("near-prasyarat-sks-tetap-dosen", "2028-02-21 11:10:00",
  ("Sekretaris Prodi Teknik Sipil", "sekprodi.ts@polibatam.ac.id"),
  "Dosen Mekanika Teknik",
  """Yth. Tim P4M,

Untuk MK Mekanika Teknik (TS1102), mohon dosennya diganti menjadi Ir. Bonifasius Manalu, M.T. MK prasyaratnya, Statika, tetap 2 SKS dan tidak perlu diubah.

Salam,
Sekprodi TS
""", "course_data", "id",
  cd("TS1102", "Mekanika Teknik", lecturer="Ir. Bonifasius Manalu, M.T."), client="outlook",
  note="Near-miss: the credits are another course's.")

M("near-mahasiswa-semester-kelas-shortname", "2028-02-21 13:00:00",
  ("Nadia Putri", "nadia.putri@polibatam.ac.id"),
  "shortname sistem digital",
  """Halo admin,

Course Sistem Digital (EL2103) untuk mahasiswa semester 3 kelas EL-2B, short name-nya tolong diganti SD-EL2B supaya tidak tertukar dengan kelas lain.

Terima kasih,
Nadia
""", "course_data", "id",
  cd("EL2103", "Sistem Digital", shortname="SD-EL2B"), client="gmail",
  note="Near-miss: the semester and the class only say whose course it is.")

M("en-will-be-teaching-replacing-vietnam", "2028-02-22 08:40:00",
  ("Joko Purnomo", "joko.purnomo@polibatam.ac.id"),
  "Embedded Control lecturer",
  """Hello P4M,

Mr. Le Hoang Nam, M.Eng. will be teaching Embedded Control (MK3204) from now on, replacing me. Could you update the lecturer on e-learning?

Thanks,
Joko
""", "course_data", "en",
  cd("MK3204", "Embedded Control", lecturer="Le Hoang Nam, M.Eng."), client="gmail")

BATCH_ENDS.append(len(E.MAILS))


if __name__ == "__main__":
    only = os.environ.get("TUNE24_BATCH")
    if only:
        b = int(only)
        del E.MAILS[BATCH_ENDS[b - 1]:]
        del E.MAILS[:BATCH_ENDS[b - 2] if b > 1 else 0]
    sys.exit(E.main())

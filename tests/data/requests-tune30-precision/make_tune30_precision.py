#!/usr/bin/env python3
"""Generate the thirtieth P4M helpdesk TUNING corpus, part "precision": values read too far or taken from the wrong
side.

Written blind (no held-out mail read) from the kinds the opened part17 (requests-tune29) shows among its wrong
claims: a new lecturer's job title or affiliation after the name ("..., M.T. (Process Engineering Manager)"), a
letter's place-and-date line under the value ("Medan, 19 October 2026"), the old side of a lama/baru pair taken for
the new one, and one number claimed for two fields ("correct the credits to 4" read as semester 4 too). Near-misses
claim nothing the writer did not ask.

The message engine is the first tuning corpus's generator (../requests-tune/make_tune.py).
Run:  python3 make_tune30_precision.py          (TUNE30_BATCH=N OUT=dir ... --partial writes one batch elsewhere)
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = os.environ.get("OUT", HERE)
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


# ================================================================ batch 1

# ---------------------------------------------------------------- a job title or an affiliation after the new name

M("dosen-kurung-jabatan-kepala-lab", "2028-01-04 08:10:00",
  ("Teuku Rizal", "teuku.rizal@polibatam.ac.id"),
  "Ganti dosen Bahasa Inggris Teknik",
  """Assalamualaikum warahmatullah,

Dosen pengampu Bahasa Inggris Teknik (BI2101) di e-learning mohon diganti dengan Dr. Cut Nyak Meutia, M.Pd. (Kepala Laboratorium Bahasa) mulai pertemuan kelima.

Terima kasih,
Teuku Rizal
""", "course_data", "id",
  cd("BI2101", "Bahasa Inggris Teknik", lecturer="Dr. Cut Nyak Meutia, M.Pd."), client="gmail")

M("en-lecturer-paren-senior-engineer-company", "2028-01-04 09:25:00",
  ("Chinedu Okafor", "chinedu.okafor@polibatam.ac.id"),
  "Industry lecturer for PLC Programming",
  """Good morning P4M,

For PLC Programming (MK3306) please set the lecturer on the e-learning page to Ir. Yohanes Lumban Gaol, M.T. (Senior Automation Engineer, PT Batam Controls) from this week on.

Many thanks,
Chinedu Okafor
Coordinator, Mechatronics
""", "course_data", "en",
  cd("MK3306", "PLC Programming", lecturer="Ir. Yohanes Lumban Gaol, M.T."), client="outlook")

M("dosen-strip-jabatan-praktisi", "2028-01-04 10:40:00",
  ("Maria Goreti Kolo", "maria.kolo@polibatam.ac.id"),
  "Pengampu Manajemen Logistik",
  """Selamat pagi kakak-kakak P4M,

Pengampu MK Manajemen Logistik (LG2204) tolong diganti jadi Fransiskus Bria, S.T., M.M. - Logistics Manager PT Kabil Port karena dosen sebelumnya cuti melahirkan.

Makasih banyak e,
Maria
""", "course_data", "id",
  cd("LG2204", "Manajemen Logistik", lecturer="Fransiskus Bria, S.T., M.M."), client="gmail")

M("dosen-koma-jabatan-kepala-bagian", "2028-01-05 07:55:00",
  ("Yulianus Wonda", "yulianus.wonda@polibatam.ac.id"),
  "Dosen tamu jadi pengampu",
  """Salam sejahtera,

Mohon pengampu Teknik Perawatan Mesin (TM3208) di LMS diubah ke Ir. Stefanus Rumbiak, M.T., Kepala Bagian Maintenance PT Dok Perkapalan, yang sekarang mengajar kelas kerja sama.

Terima kasih,
Yulianus Wonda
""", "course_data", "id",
  cd("TM3208", "Teknik Perawatan Mesin", lecturer="Ir. Stefanus Rumbiak, M.T."), client="outlook")

M("en-lecturer-bracket-affiliation-university", "2028-01-05 09:05:00",
  ("Nguyen Thi Lan", "lan.nguyen@polibatam.ac.id"),
  "Change lecturer - Embedded Systems",
  """Dear team,

The lecturer of Embedded Systems (EL3310) should now be Dr. Ahmad Faisal, Ph.D. [Universiti Teknologi Malaysia], who joins us for the exchange semester.

Best regards,
Lan
""", "course_data", "en",
  cd("EL3310", "Embedded Systems", lecturer="Dr. Ahmad Faisal, Ph.D."), client="gmail")

M("dosen-kurung-nomor-hp", "2028-01-05 10:30:00",
  ("Ni Luh Ayu", "niluh.ayu@polibatam.ac.id"),
  "Dosen baru MK Perhotelan",
  """Om swastiastu,

Dosen baru untuk Manajemen Perhotelan (PH2103) adalah I Made Sudarsana, S.ST.Par., M.Par. (HP 0812-3456-7788), mohon diganti di e-learning ya.

Suksma,
Ni Luh Ayu
""", "course_data", "id",
  cd("PH2103", "Manajemen Perhotelan", lecturer="I Made Sudarsana, S.ST.Par., M.Par."), client="iphone")

# ---------------------------------------------------------------- a letter's place-and-date line or closing under the value

M("pdf-surat-deskripsi-tempat-tanggal", "2028-01-06 08:15:00",
  ("Admin Jurusan Akuntansi", "admin.akuntansi@polibatam.ac.id"),
  "Surat permohonan perubahan deskripsi MK",
  """Yth. Tim P4M,

Terlampir surat permohonan perubahan deskripsi mata kuliah dari jurusan kami. Mohon diproses.

Salam,
Admin Jurusan Akuntansi
""", "course_data", "id",
  cd("AK2205", "Akuntansi Manajemen",
     summary="Mata kuliah ini membahas informasi biaya untuk perencanaan, pengendalian dan pengambilan keputusan"),
  att=[("pdf", "Surat_Deskripsi_AK2205.pdf", [
      "Perihal: Permohonan perubahan data mata kuliah",
      "Mata kuliah: Akuntansi Manajemen (AK2205)",
      "Deskripsi baru: Mata kuliah ini membahas informasi biaya untuk perencanaan,",
      "pengendalian dan pengambilan keputusan",
      "Batam, 5 Januari 2028",
      "Ketua Jurusan Akuntansi",
  ])], client="outlook")

M("docx-en-summary-place-date", "2028-01-06 09:45:00",
  ("Siriporn Chaiyasit", "siriporn.c@polibatam.ac.id"),
  "Request letter - course summary",
  """Dear P4M,

Our request letter is attached. Thank you for your help.

Regards,
Siriporn
""", "course_data", "en",
  cd("TR3102", "Tourism Destination Management",
     summary="Students plan and evaluate sustainable tourism destinations in the Riau Islands"),
  att=[("docx", "summary-request-TR3102.docx", [
      "Course data change request",
      "Course: Tourism Destination Management (TR3102)",
      "New summary: Students plan and evaluate sustainable tourism destinations in the Riau Islands",
      "Tanjungpinang, 4 January 2028",
      "Head of Tourism Study Programme",
  ])], client="outlook")

M("body-surat-deskripsi-lalu-kota-tanggal", "2028-01-06 11:00:00",
  ("Sekretariat Prodi Teknik Sipil", "prodi.sipil@polibatam.ac.id"),
  "Permohonan perubahan deskripsi Struktur Baja",
  """Dengan hormat,

Bersama ini kami mohon deskripsi mata kuliah Struktur Baja (TS3104) di e-learning diganti menjadi:
Mata kuliah ini membahas perancangan elemen struktur baja sesuai SNI 1729
Batam, 6 Januari 2028
Koordinator Program Studi
""", "course_data", "id",
  cd("TS3104", "Struktur Baja",
     summary="Mata kuliah ini membahas perancangan elemen struktur baja sesuai SNI 1729"), client="thunderbird")

M("en-summary-then-regards-no-comma", "2028-01-07 08:20:00",
  ("Hamish MacLeod", "hamish.macleod@polibatam.ac.id"),
  "Course summary",
  """Hi P4M,

Summary of Marine Engineering Drawing (MR2107) should read:
Students produce and interpret marine engineering drawings to class society standards
Regards
Hamish MacLeod
""", "course_data", "en",
  cd("MR2107", "Marine Engineering Drawing",
     summary="Students produce and interpret marine engineering drawings to class society standards"), client="thunderbird")

M("pdf-nama-mk-baru-lalu-tempat-tanggal", "2028-01-07 10:05:00",
  ("TU Jurusan Teknik Elektro", "tu.elektro@polibatam.ac.id"),
  "Surat perubahan nama MK",
  """Selamat siang,

Surat terlampir. Mohon bantuannya.

Terima kasih,
TU Jurusan Teknik Elektro
""", "course_data", "id",
  cd("EL2206", "Rangkaian Listrik 2", fullname="Analisis Rangkaian Listrik"),
  att=[("pdf", "Surat_Nama_MK_EL2206.pdf", [
      "Perihal: Perubahan nama mata kuliah",
      "Kode MK: EL2206",
      "Nama MK lama: Rangkaian Listrik 2",
      "Nama MK baru: Analisis Rangkaian Listrik",
      "Batam, 7 Januari 2028",
      "Ketua Jurusan",
  ])], client="outlook")

# ---------------------------------------------------------------- the old and the new side of a pair

M("deskripsi-baru-dulu-lama-kurung", "2028-01-10 08:00:00",
  ("Suryani Tanjung", "suryani.tanjung@polibatam.ac.id"),
  "Deskripsi Kewirausahaan Maritim",
  """Yth. P4M,

Mohon deskripsi course Kewirausahaan Maritim (KM2101) diganti:

"Mata kuliah ini mengenalkan usaha kecil di bidang perikanan" (lama)
"Mata kuliah ini membahas peluang usaha di sektor maritim dan pariwisata bahari" (baru)

Terima kasih.
Suryani
""", "course_data", "id",
  cd("KM2101", "Kewirausahaan Maritim",
     summary="Mata kuliah ini membahas peluang usaha di sektor maritim dan pariwisata bahari"), client="gmail")

M("en-summary-before-after-lines", "2028-01-10 09:15:00",
  ("Kenji Watanabe", "kenji.watanabe@polibatam.ac.id"),
  "Summary update for Robotics",
  """Dear P4M,

Please update the summary of Industrial Robotics (MK4102):

Before: Introduction to industrial robots
After: Kinematics, programming and safety of industrial robot cells

Thank you,
Kenji
""", "course_data", "en",
  cd("MK4102", "Industrial Robotics",
     summary="Kinematics, programming and safety of industrial robot cells"), client="outlook")

M("nama-mk-sebelumnya-menjadi-baris", "2028-01-10 10:30:00",
  ("Paulus Lamanepa", "paulus.lamanepa@polibatam.ac.id"),
  "Nama MK Metrologi",
  """Selamat pagi,

Mohon perubahan nama mata kuliah TM2105:
sebelumnya: Metrologi Industri
menjadi: Metrologi dan Kontrol Kualitas

Terima kasih banyak.
Paulus
""", "course_data", "id",
  cd("TM2105", "Metrologi Industri", fullname="Metrologi dan Kontrol Kualitas"), client="gmail")

M("deskripsi-semula-menjadi-kutip-satu-kalimat", "2028-01-11 08:40:00",
  ("Andi Tenri", "andi.tenri@polibatam.ac.id"),
  "Ubah deskripsi Ekonomi Teknik",
  """Selamat pagi Tim P4M,

Deskripsi Ekonomi Teknik (TI2203) mohon diubah dari semula "Konsep nilai uang terhadap waktu" menjadi "Analisis kelayakan investasi teknik dengan nilai uang terhadap waktu". Terima kasih.

Andi Tenri
""", "course_data", "id",
  cd("TI2203", "Ekonomi Teknik",
     summary="Analisis kelayakan investasi teknik dengan nilai uang terhadap waktu"), client="gmail")

M("en-lecturer-current-proposed-lines", "2028-01-11 10:00:00",
  ("Olumide Adeyemi", "olumide.adeyemi@polibatam.ac.id"),
  "Lecturer change",
  """Hello,

Course: Power Electronics (EL3205)
Current lecturer: Budi Hartono, M.T.
Proposed lecturer: Dr. Ratna Sari Dewi, M.Eng.

Please update the e-learning page.
Olumide
""", "course_data", "en",
  cd("EL3205", "Power Electronics", lecturer="Dr. Ratna Sari Dewi, M.Eng."), client="outlook")

# ---------------------------------------------------------------- one number, one field

M("en-credits-written-as-then-correct-to", "2028-01-12 08:30:00",
  ("Lucas Pereira", "lucas.pereira@polibatam.ac.id"),
  "Credits of Fluid Mechanics",
  """Hello P4M,

I teach Fluid Mechanics (TM2204) this semester. The page shows 2 credits but the curriculum says 3. Kindly correct the credits to 3, students keep asking.

Obrigado,
Lucas Pereira
""", "course_data", "en",
  cd("TM2204", "Fluid Mechanics", credits="3"), client="gmail")

M("sks-dikoreksi-menjadi-angka", "2028-01-12 09:50:00",
  ("Rudy Tambunan", "rudy.tambunan@polibatam.ac.id"),
  "SKS Statistika salah",
  """Horas Tim P4M,

SKS Statistika Industri (TI2106) di e-learning tertulis 2, padahal di kurikulum 3. Tolong dikoreksi jadi 3 ya, mahasiswa semester 4 sudah pada nanya.

Mauliate,
Rudy
""", "course_data", "id",
  cd("TI2106", "Statistika Industri", credits="3"), client="gmail")

M("en-semester-move-not-credits", "2028-01-12 11:10:00",
  ("Aigerim Sultanova", "aigerim.s@polibatam.ac.id"),
  "Wrong semester for Thermodynamics",
  """Dear P4M,

Applied Thermodynamics (TM2201) is a 3-credit course, but the e-learning page lists it under semester 3. Please change the semester to 4.

Kind regards,
Aigerim
""", "course_data", "en",
  cd("TM2201", "Applied Thermodynamics", semester="4"), client="outlook")

M("sks-dan-semester-dua-angka", "2028-01-13 08:05:00",
  ("Wayan Gede Artha", "wayan.artha@polibatam.ac.id"),
  "Koreksi data MK Gambar Teknik",
  """Om swastiastu,

Data MK Gambar Teknik (TM1103) di e-learning keliru: SKS tertulis 3, seharusnya 2. Semester sudah benar (semester 1), tidak perlu diubah.

Suksma,
Wayan
""", "course_data", "id",
  cd("TM1103", "Gambar Teknik", credits="2"), client="gmail")

BATCH_ENDS.append(len(E.MAILS))

# ================================================================ batch 2 (written before its rules)

# ---------------------------------------------------------------- a job title or an affiliation after the new name

M("dosen-kurung-lead-pt-sunda", "2028-01-17 08:05:00",
  ("Asep Sunandar", "asep.sunandar@polibatam.ac.id"),
  "Punten, ganti dosen QC",
  """Punten Tim P4M,

Dosen pengampu Pengendalian Mutu (TI3105) mohon diganti ku Ronald Siregar, S.T., M.Sc. (Quality Assurance Lead, PT Offshore Batam) anu ngajar kelas karyawan.

Hatur nuhun,
Asep
""", "course_data", "id",
  cd("TI3105", "Pengendalian Mutu", lecturer="Ronald Siregar, S.T., M.Sc."), client="gmail")

M("en-lecturer-paren-director-at-company", "2028-01-17 09:20:00",
  ("Maria Santos", "maria.santos@polibatam.ac.id"),
  "New lecturer for Supply Chain",
  """Hi P4M team,

Kindly replace the lecturer of Supply Chain Management (LG3101) with Priya Raman, M.B.A. (Operations Director at Kabil Logistics) who will teach the weekend class.

Salamat po,
Maria Santos
""", "course_data", "en",
  cd("LG3101", "Supply Chain Management", lecturer="Priya Raman, M.B.A."), client="outlook")

M("dosen-pipa-jabatan-minang", "2028-01-17 10:45:00",
  ("Rahmat Datuak", "rahmat.datuak@polibatam.ac.id"),
  "Dosen praktisi Manajemen Proyek",
  """Assalamualaikum,

Tolong diganti dosen Manajemen Proyek Konstruksi (TS3207) manjadi Ir. Zulkifli Chaniago, M.T. | Site Manager PT Bangun Kepri, baliau mangajar mulai pekan ko.

Tarimo kasih,
Rahmat
""", "course_data", "id",
  cd("TS3207", "Manajemen Proyek Konstruksi", lecturer="Ir. Zulkifli Chaniago, M.T."), client="gmail")

M("dosen-koma-selaku-kepala-gudang-madura", "2028-01-18 07:40:00",
  ("Moh. Holil", "moh.holil@polibatam.ac.id"),
  "Pengampu Manajemen Pergudangan",
  """Selamat pagi,

Pengampu Manajemen Pergudangan (LG2108) mohon diubah menjadi Abdul Rasyid, S.E., M.M., selaku Kepala Gudang PT Batam Cargo, karena beliau yang memegang kelas praktik.

Sakalangkong,
Holil
""", "course_data", "id",
  cd("LG2108", "Manajemen Pergudangan", lecturer="Abdul Rasyid, S.E., M.M."), client="outlook")

M("en-lecturer-paren-school-of-engineering", "2028-01-18 09:10:00",
  ("Abena Mensah", "abena.mensah@polibatam.ac.id"),
  "Visiting lecturer",
  """Dear P4M,

Please put Dr. Kwame Asante, Ph.D. (School of Engineering, University of Ghana) as the lecturer of Geotechnical Engineering (TS3301) on Moodle.

Thank you,
Abena
""", "course_data", "en",
  cd("TS3301", "Geotechnical Engineering", lecturer="Dr. Kwame Asante, Ph.D."), client="gmail")

M("dosen-kurung-senior-engineer-pontianak", "2028-01-18 11:30:00",
  ("Lim Ah Kiong", "lim.ahkiong@polibatam.ac.id"),
  "Dosen Sistem Refrigerasi",
  """Halo P4M,

Mohon dosen Sistem Refrigerasi (TM3304) diganti menjadi Hendra Gunawan, S.T. (Senior HVAC Engineer) yang akan mengajar sampai akhir semester.

Terima kasih banyak,
Lim Ah Kiong
""", "course_data", "id",
  cd("TM3304", "Sistem Refrigerasi", lecturer="Hendra Gunawan, S.T."), client="gmail")

# ---------------------------------------------------------------- a letter's place-and-date line or closing under the value

M("docx-deskripsi-tanjung-pinang-tanggal-angka", "2028-01-19 08:30:00",
  ("Sekretariat Prodi Administrasi Bisnis", "prodi.abt@polibatam.ac.id"),
  "Surat perubahan deskripsi MK Etika Bisnis",
  """Yth. Tim P4M,

Bersama ini kami lampirkan surat perubahan deskripsi mata kuliah. Mohon dapat ditindaklanjuti.

Hormat kami,
Sekretariat Prodi Administrasi Bisnis
""", "course_data", "id",
  cd("AB2104", "Etika Bisnis",
     summary="Mata kuliah ini membahas prinsip etika dalam praktik bisnis dan tata kelola perusahaan"),
  att=[("docx", "Surat_Deskripsi_AB2104.docx", [
      "Perihal: Perubahan deskripsi mata kuliah",
      "Mata kuliah: Etika Bisnis (AB2104)",
      "Deskripsi baru: Mata kuliah ini membahas prinsip etika dalam praktik bisnis dan tata kelola perusahaan",
      "Tanjung Pinang, 18/01/2028",
      "Ketua Program Studi",
  ])], client="outlook")

M("en-letter-summary-month-first-date", "2028-01-19 10:00:00",
  ("Tan Wei Ming", "weiming.tan@polibatam.ac.id"),
  "Summary for Port Operations",
  """Dear P4M,

Please change the summary of Port Operations Management (LG3205) to the following:
Students analyse berth planning, yard operations and port performance indicators
Johor Bahru, January 18, 2028
Programme Leader, Logistics
""", "course_data", "en",
  cd("LG3205", "Port Operations Management",
     summary="Students analyse berth planning, yard operations and port performance indicators"), client="thunderbird")

M("pdf-deskripsi-kota-dua-kata-ambon", "2028-01-19 11:20:00",
  ("Jopie Latuconsina", "jopie.latuconsina@polibatam.ac.id"),
  "Surat usulan deskripsi MK",
  """Selamat siang Tim P4M,

Beta kirim surat usulan deskripsi dalam lampiran. Mohon dibantu.

Danke banyak,
Jopie
""", "course_data", "id",
  cd("PK2206", "Teknologi Hasil Perikanan",
     summary="Mata kuliah ini membahas penanganan dan pengolahan hasil perikanan laut"),
  att=[("pdf", "Usulan_Deskripsi_PK2206.pdf", [
      "Usulan perubahan data mata kuliah",
      "Mata kuliah: Teknologi Hasil Perikanan (PK2206)",
      "Deskripsi baru: Mata kuliah ini membahas penanganan dan pengolahan hasil perikanan laut",
      "Kota Ambon, 17 Januari 2028",
      "Dosen Koordinator",
  ])], client="outlook")

M("deskripsi-lalu-hormat-saya-tanpa-koma", "2028-01-20 08:15:00",
  ("Bambang Hadi Santoso", "bambang.hadi@polibatam.ac.id"),
  "Deskripsi MK Fisika Terapan",
  """Kula nuwun,

Deskripsi mata kuliah Fisika Terapan (FT1102) mohon diganti menjadi:
Mata kuliah ini membahas penerapan mekanika, termodinamika dan listrik pada peralatan industri
Hormat saya
Bambang Hadi Santoso
""", "course_data", "id",
  cd("FT1102", "Fisika Terapan",
     summary="Mata kuliah ini membahas penerapan mekanika, termodinamika dan listrik pada peralatan industri"),
  client="thunderbird")

M("pdf-en-fullname-then-place-date", "2028-01-20 09:40:00",
  ("Magdalena Kowalska", "magdalena.kowalska@polibatam.ac.id"),
  "Course rename letter",
  """Hello P4M,

The signed letter for the rename is attached.

Best,
Magdalena
""", "course_data", "en",
  cd("EL3108", "Digital Signal Processing", fullname="Applied Digital Signal Processing"),
  att=[("pdf", "rename-EL3108.pdf", [
      "Course data change",
      "Course code: EL3108",
      "Current course name: Digital Signal Processing",
      "New course name: Applied Digital Signal Processing",
      "Batam, 19 January 2028",
      "Head of Electrical Engineering",
  ])], client="gmail")

# ---------------------------------------------------------------- the old and the new side of a pair

M("nama-mk-lama-panah-baru-kurung", "2028-01-21 08:00:00",
  ("Dewi Kartika Sari", "dewi.kartika@polibatam.ac.id"),
  "Ganti nama MK Kimia",
  """Siang tim P4M,

Tolong ganti nama MK KI1101 ya: Kimia Dasar (lama) -> Kimia Teknik (baru).

Nuhun,
Dewi
""", "course_data", "id",
  cd("KI1101", "Kimia Dasar", fullname="Kimia Teknik"), client="gmail")

M("shortname-sekarang-jadi", "2028-01-21 09:25:00",
  ("Yohana Pattinama", "yohana.pattinama@polibatam.ac.id"),
  "Shortname Kimia Teknik",
  """Selamat pagi,

Shortname MK Kimia Teknik (KI1101) di e-learning: KIM-1 (sekarang), mohon jadi KIMTEK-1 supaya sama dengan kurikulum baru.

Terima kasih,
Yohana
""", "course_data", "id",
  cd("KI1101", "Kimia Teknik", shortname="KIMTEK-1"), client="gmail")

M("en-summary-current-proposed-quotes", "2028-01-21 10:50:00",
  ("Mekdes Tesfaye", "mekdes.tesfaye@polibatam.ac.id"),
  "Materials course summary",
  """Dear team,

For Engineering Materials (TM2102) the summary should be updated:
"Basic chemistry for engineers" (current)
"Structure, properties and selection of engineering materials" (proposed)

Kind regards,
Mekdes
""", "course_data", "en",
  cd("TM2102", "Engineering Materials",
     summary="Structure, properties and selection of engineering materials"), client="outlook")

M("dosen-yang-lama-diganti-yang-baru", "2028-01-22 08:10:00",
  ("Yusuf Rumaropen", "yusuf.rumaropen@polibatam.ac.id"),
  "Pergantian pengampu Statistika",
  """Selamat pagi P4M,

Pengampu Statistika Dasar (MA1203): Drs. Amir Hamzah, M.Si. (yang lama) diganti Dr. Nurul Huda, M.Sc. (yang baru) mulai semester ini.

Terima kasih,
Yusuf
""", "course_data", "id",
  cd("MA1203", "Statistika Dasar", lecturer="Dr. Nurul Huda, M.Sc."), client="gmail")

M("en-shortname-old-new-brackets-comma", "2028-01-22 09:30:00",
  ("Juan Carlos Quispe", "juancarlos.quispe@polibatam.ac.id"),
  "Short name",
  """Hello,

Short name of Hydraulics (TS2203): HYD-01 [old], HYDR-TS2 [new]. Gracias!

Juan Carlos
""", "course_data", "en",
  cd("TS2203", "Hydraulics", shortname="HYDR-TS2"), client="gmail")

# ---------------------------------------------------------------- one number, one field

M("en-credits-to-semester-stays", "2028-01-24 08:20:00",
  ("Aino Virtanen", "aino.virtanen@polibatam.ac.id"),
  "Credits of Technical Drawing",
  """Hi P4M,

Technical Drawing (TM1104) is taught in semester 1. Could you update the credits to 2? Everything else is fine.

Kiitos,
Aino
""", "course_data", "en",
  cd("TM1104", "Technical Drawing", credits="2"), client="gmail")

M("sks-dari-jadi-semester-tetap", "2028-01-24 09:45:00",
  ("Ujang Sobari", "ujang.sobari@polibatam.ac.id"),
  "SKS Praktikum Elektronika",
  """Punten,

Praktikum Elektronika (EL2109) semester 3, SKS-nya tolong dari 1 jadi 2, semesternya tetap.

Nuhun pisan,
Ujang
""", "course_data", "id",
  cd("EL2109", "Praktikum Elektronika", credits="2"), client="iphone")

M("en-number-of-credits-to-semester-course", "2028-01-24 11:05:00",
  ("Dawit Bekele", "dawit.bekele@polibatam.ac.id"),
  "Credits",
  """Dear P4M,

Could you change the number of credits of Control Systems (EL3202) to 4? It is a semester 5 course with a lab.

Regards,
Dawit
""", "course_data", "en",
  cd("EL3202", "Control Systems", credits="4"), client="outlook")

M("semester-pindah-sks-sudah-benar", "2028-01-25 08:30:00",
  ("La Ode Hamid", "laode.hamid@polibatam.ac.id"),
  "Semester MK Akuntansi Pajak",
  """Selamat pagi,

Akuntansi Pajak (AK3106) mohon dipindah ke semester 5; SKS 3 sudah benar.

Terima kasih,
La Ode Hamid
""", "course_data", "id",
  cd("AK3106", "Akuntansi Pajak", semester="5"), client="gmail")

BATCH_ENDS.append(len(E.MAILS))

# ================================================================ batch 3 (written before its rules, from kinds found by probing)

# ---------------------------------------------------------------- a job title after a comma, or on the line under the name

M("en-lecturer-comma-qa-manager", "2028-01-26 08:10:00",
  ("Roberto Silva", "roberto.silva@polibatam.ac.id"),
  "Practitioner lecturer",
  """Hi P4M,

For Quality Management Systems (TI3208) please change the lecturer to Stefanie Wirawan, QA Manager at PT Presisi Elektronik, from this week.

Thanks,
Roberto
""", "course_data", "en",
  cd("TI3208", "Quality Management Systems", lecturer="Stefanie Wirawan"), client="gmail")

M("dosen-koma-hse-officer", "2028-01-26 09:30:00",
  ("Marthen Luther Nope", "marthen.nope@polibatam.ac.id"),
  "Pengampu K3 Lingkungan",
  """Selamat pagi ade-ade P4M,

Pengampu K3 Lingkungan (K3-305) mohon diganti menjadi Yakobus Nenobais, HSE Officer PT Kabil Energi, mulai pertemuan depan.

Terima kasih,
Marthen
""", "course_data", "id",
  cd("K3-305", "K3 Lingkungan", lecturer="Yakobus Nenobais"), client="gmail")

M("en-lecturer-name-then-job-lines", "2028-01-26 10:50:00",
  ("Farhan Qureshi", "farhan.qureshi@polibatam.ac.id"),
  "Lecturer for Naval Architecture",
  """Dear P4M,

Please change the lecturer of Naval Architecture (MR3102) on the e-learning page to Ir. Hendrik Sahetapy, M.T.
Senior Naval Architect
PT Batam Marine Design

Best regards,
Farhan
""", "course_data", "en",
  cd("MR3102", "Naval Architecture", lecturer="Ir. Hendrik Sahetapy, M.T."), client="outlook")

M("dosen-nama-lalu-baris-jabatan", "2028-01-27 08:00:00",
  ("Nurhayati Daeng", "nurhayati.daeng@polibatam.ac.id"),
  "Dosen praktisi Akuntansi Biaya",
  """Assalamualaikum,

Dosen pengampu Akuntansi Biaya (AK2203) di e-learning mohon diganti menjadi Andi Baso Tenriajeng, S.E., M.Ak.
Finance Manager
PT Sulawesi Niaga Batam

Terima kasih,
Nurhayati
""", "course_data", "id",
  cd("AK2203", "Akuntansi Biaya", lecturer="Andi Baso Tenriajeng, S.E., M.Ak."), client="outlook")

M("en-lecturer-comma-it-lead-plain-name", "2028-01-27 09:20:00",
  ("Sione Tupou", "sione.tupou@polibatam.ac.id"),
  "Cloud course lecturer",
  """Hello team,

Cloud Computing (IF3307) needs its lecturer changed to Kevin Halim, IT Lead, who takes over my classes.

Malo,
Sione
""", "course_data", "en",
  cd("IF3307", "Cloud Computing", lecturer="Kevin Halim"), client="gmail")

# ---------------------------------------------------------------- a place-and-date line with its weekday

M("body-deskripsi-kota-hari-tanggal", "2028-01-27 10:40:00",
  ("Sekretariat Prodi Teknik Kimia", "prodi.kimia@polibatam.ac.id"),
  "Permohonan ubah deskripsi Operasi Teknik Kimia",
  """Dengan hormat,

Mohon deskripsi mata kuliah Operasi Teknik Kimia (TK2201) diganti menjadi:
Mata kuliah ini membahas operasi perpindahan massa dan panas pada industri proses
Batam, Kamis 27 Januari 2028
Koordinator Program Studi
""", "course_data", "id",
  cd("TK2201", "Operasi Teknik Kimia",
     summary="Mata kuliah ini membahas operasi perpindahan massa dan panas pada industri proses"), client="thunderbird")

M("pdf-en-summary-place-weekday-date", "2028-01-28 08:15:00",
  ("Office of Mechanical Engineering", "office.mesin@polibatam.ac.id"),
  "Summary change letter",
  """Dear P4M,

Please see the attached letter.

Regards,
Office of Mechanical Engineering
""", "course_data", "en",
  cd("TM3210", "Vibration Analysis",
     summary="Students measure and analyse machine vibration for condition monitoring"),
  att=[("pdf", "summary-TM3210.pdf", [
      "Course data change request",
      "Course: Vibration Analysis (TM3210)",
      "New summary: Students measure and analyse machine vibration for condition monitoring",
      "Batam, Friday, 28 January 2028",
      "Head of Department",
  ])], client="outlook")

M("docx-nama-mk-kota-tanggal-singkat", "2028-01-28 09:40:00",
  ("TU Jurusan Manajemen Bisnis", "tu.mb@polibatam.ac.id"),
  "Surat ubah nama MK",
  """Yth. P4M,

Terlampir surat perubahan nama mata kuliah.

Salam,
TU Jurusan Manajemen Bisnis
""", "course_data", "id",
  cd("MB2207", "Pemasaran Jasa", fullname="Pemasaran Jasa dan Pariwisata"),
  att=[("docx", "Surat_Nama_MB2207.docx", [
      "Perihal: Perubahan nama mata kuliah",
      "Kode MK: MB2207",
      "Nama MK lama: Pemasaran Jasa",
      "Nama MK baru: Pemasaran Jasa dan Pariwisata",
      "Batam, 28 Jan 2028",
      "Ketua Jurusan",
  ])], client="outlook")

# ---------------------------------------------------------------- old and new, one number: near-misses in new voices

M("deskripsi-sekarang-harusnya-kutip", "2028-01-31 08:05:00",
  ("I Gusti Ayu Putri", "ayu.putri@polibatam.ac.id"),
  "Deskripsi Desain Interior",
  """Om swastiastu,

Deskripsi Desain Interior Komersial (DI3104) di e-learning sekarang "Pengenalan desain interior untuk semua ruang", harusnya "Perancangan interior ruang komersial, kantor dan ritel".

Suksma,
Ayu
""", "course_data", "id",
  cd("DI3104", "Desain Interior Komersial",
     summary="Perancangan interior ruang komersial, kantor dan ritel"), client="gmail")

M("en-credits-then-semester-in-passing", "2028-01-31 09:25:00",
  ("Jonas Berg", "jonas.berg@polibatam.ac.id"),
  "Credits",
  """Hi,

Strength of Materials (TM2103), semester 2: please update the credits to 4.

Tack,
Jonas
""", "course_data", "en",
  cd("TM2103", "Strength of Materials", credits="4"), client="gmail")

BATCH_ENDS.append(len(E.MAILS))


if __name__ == "__main__":
    only = os.environ.get("TUNE30_BATCH")
    if only:
        b = int(only)
        del E.MAILS[BATCH_ENDS[b - 1]:]
        del E.MAILS[:BATCH_ENDS[b - 2] if b > 1 else 0]
    others = sum(1 for m in E.MAILS if m["type"] == "other")
    E.PLAN = {"course_data": len(E.MAILS) - others, "other": others} if others else {"course_data": len(E.MAILS)}
    sys.exit(E.main())

#!/usr/bin/env python3
"""Generate the eighteenth P4M helpdesk TUNING corpus, about the precision of change values (labelled requests).

Written blind (no held-out mail read), for the kinds of wrong value a reader may claim: a value followed by a reason
clause or a politeness tail in the same sentence ("menjadi X dikarenakan ...", "to X because ...", "X ya pak,
makasih", "X (tanpa tanda kutip)", "X — sesuai SK"); values in bold or underlined HTML (and Gmail's plain text of
bold, "*X*"); a value corrected later in a P.S.; a person's name (a web form's requester, an identity block, a
signature) near a field cue; a code-shaped token beside a full name, and a short name asked with a cue that holds
the word "name" ("nama singkat", "sort name"); date-shaped and word-shaped enrolment keys; a new description of two
paragraphs with a bullet list (labelled as the daemon hands a value on, its line breaks as spaces). Near-misses that must not be claimed: a value offered as one of two options, a
value the writer is unsure of, the course's current name and code in labelled lines, a change asked without its
new value above a signature.

Voices no corpus had: a Minang senior lecturer who writes long reasons, a lab technician relaying for a lecturer,
a Filipino exchange coordinator, a student council officer, a vice-director's secretary, a Javanese lecturer who
writes "nggih" and "matur nuwun", a web form of the academic bureau in English.
The message engine is the first tuning corpus's generator (../requests-tune/make_tune.py).
Run:  python3 make_tune18_precision.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 60}
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


# ---------------------------------------------------------------- a reason or a politeness tail after the value

M("dikarenakan-setelah-nama-baru", "2027-08-02 08:05:00",
  ("Syafrizal Datuak Rajo", "syafrizal@polibatam.ac.id"),
  "Penyesuaian nama mata kuliah SI2104",
  """Assalamualaikum Bapak/Ibu pengelola e-learning,

Dengan hormat, saya selaku koordinator mata kuliah Sistem Informasi Manajemen (SI2104) memohon agar nama mata kuliah tersebut diubah menjadi Sistem Informasi Manajemen Terapan dikarenakan adanya penyesuaian kurikulum berbasis OBE yang berlaku mulai tahun ini.

Atas bantuan Bapak/Ibu saya ucapkan terima kasih.

Wassalam,
Dr. Syafrizal, S.Kom., M.T.
""", "course_data", "id",
  cd("SI2104", "Sistem Informasi Manajemen", fullname="Sistem Informasi Manajemen Terapan"), client="gmail")

M("en-short-name-to-because", "2027-08-02 09:40:00",
  ("Maricel Dizon", "maricel.dizon@polibatam.ac.id"),
  "Short name for Network Security",
  """Hi P4M team,

Good morning po! For Network Security (RKS3105), can you please change the short name to NETSEC-3A because the students keep confusing it with the old elective.

Salamat and God bless,
Maricel Dizon
International Office
""", "course_data", "en", cd("RKS3105", "Network Security", shortname="NETSEC-3A"), client="outlook")

M("jd-nilai-ya-pak-makasih", "2027-08-02 11:15:00",
  ("Fikri Ramadhan", "fikri.r@students.polibatam.ac.id"),
  "short name mobdev",
  """pak, short name course Pemrograman Mobile (IF3302) jd MOBDEV-2B ya pak, makasih banyak 🙏
""", "course_data", "id", cd("IF3302", "Pemrograman Mobile", shortname="MOBDEV-2B"), client="android")

M("kunci-tanpa-tanda-kutip", "2027-08-03 07:50:00",
  ("Sri Wahyuni", "sri.wahyuni@polibatam.ac.id"),
  "Kunci enrol Akuntansi Keuangan",
  """Selamat pagi,

Mohon enrolment key course Akuntansi Keuangan (AK2201) diganti menjadi Kopi#Pagi27 (tanpa tanda kutip), karena kunci lama sudah tersebar ke angkatan sebelumnya.

Matur nuwun,
Sri Wahyuni
""", "course_data", "id", cd("AK2201", "Akuntansi Keuangan", enrolment_key="Kopi#Pagi27"), client="gmail")

M("nama-baru-pisah-sesuai-sk", "2027-08-03 10:20:00",
  ("Sekretariat Wadir I", "sekwadir1@polibatam.ac.id"),
  "Perubahan nama MK MB3307",
  """Kepada Yth. Tim P4M,

Menindaklanjuti rapat pimpinan, nama mata kuliah Hukum Bisnis (MB3307) di e-learning agar diubah menjadi Hukum Ketenagakerjaan Industri — sesuai SK Direktur Nomor 112/PL29/2027.

Demikian disampaikan untuk ditindaklanjuti.

Sekretariat Wakil Direktur I
""", "course_data", "id",
  cd("MB3307", "Hukum Bisnis", fullname="Hukum Ketenagakerjaan Industri"), client="outlook")

M("en-rename-as-committee-decided", "2027-08-03 13:35:00",
  ("Liam Gallagher", "liam.gallagher@polibatam.ac.id"),
  "Rename DS3201",
  """Dear colleagues,

Could you rename Data Visualisation (DS3201) to Advanced Data Visualisation, as the curriculum committee decided last week? The old title undersells the studio projects.

Cheers,
Liam
""", "course_data", "en",
  cd("DS3201", "Data Visualisation", fullname="Advanced Data Visualisation"), client="thunderbird")

M("dosen-gelar-mulai-pertemuan-karena", "2027-08-04 08:00:00",
  ("Yusnita Harahap", "yusnita@polibatam.ac.id"),
  "Pengampu Mekanika Fluida",
  """Pak/Bu,

Dosen pengampu Mekanika Fluida (ME2203) mohon diganti menjadi Ir. Agus Salim, M.T. mulai pertemuan ke-9 karena saya cuti melahirkan.

Terima kasih,
Yusnita Harahap, S.T., M.Eng.
""", "course_data", "id", cd("ME2203", "Mekanika Fluida", lecturer="Ir. Agus Salim, M.T."), client="gmail")

M("nggih-setelah-kode-singkat", "2027-08-04 10:10:00",
  ("Bambang Wicaksono", "bambang.w@polibatam.ac.id"),
  "Kode singkat Elektronika Daya",
  """Nuwun sewu, short name Elektronika Daya (EL3106) mohon dipun gantos dados ELDA-3B nggih, matur nuwun sanget.

Bambang W.
""", "course_data", "id", cd("EL3106", "Elektronika Daya", shortname="ELDA-3B"), client="iphone")

# ---------------------------------------------------------------- values in bold or underlined HTML

M("outlook-html-tebal-nama-baru", "2027-08-04 14:00:00",
  ("Ratna Juwita", "ratna.juwita@polibatam.ac.id"),
  "Perubahan nama course RPL",
  """Yth. Tim P4M,

Mohon nama course Rekayasa Perangkat Lunak (IF2301) diubah menjadi Rekayasa Perangkat Lunak Berbasis Komponen, mengikuti RPS baru.

Salam,
Ratna Juwita
""", "course_data", "id",
  cd("IF2301", "Rekayasa Perangkat Lunak", fullname="Rekayasa Perangkat Lunak Berbasis Komponen"),
  client="outlook",
  html_body=('<p class="MsoNormal">Yth. Tim P4M,<o:p></o:p></p>\n<p class="MsoNormal">&nbsp;</p>\n'
             '<p class="MsoNormal">Mohon nama course Rekayasa Perangkat Lunak (IF2301) diubah menjadi '
             '<b><span style="font-weight:bold">Rekayasa Perangkat Lunak Berbasis Komponen</span></b>, '
             'mengikuti RPS baru.<o:p></o:p></p>\n<p class="MsoNormal">&nbsp;</p>\n'
             '<p class="MsoNormal">Salam,<br>Ratna Juwita<o:p></o:p></p>'))

M("outlook-html-garis-bawah-singkatan", "2027-08-05 08:30:00",
  ("Hendra Pratama", "hendra.p@polibatam.ac.id"),
  "short name Basis Data Lanjut",
  """Pagi,

Short name MK Basis Data Lanjut (IF3203) menjadi RPL-BDL3 ya. Terima kasih.

Hendra
""", "course_data", "id", cd("IF3203", "Basis Data Lanjut", shortname="RPL-BDL3"), client="outlook",
  html_body=('<p class="MsoNormal">Pagi,<o:p></o:p></p>\n<p class="MsoNormal">&nbsp;</p>\n'
             '<p class="MsoNormal">Short name MK Basis Data Lanjut (IF3203) menjadi <u>RPL-BDL3</u> ya. '
             'Terima kasih.<o:p></o:p></p>\n<p class="MsoNormal">&nbsp;</p>\n'
             '<p class="MsoNormal">Hendra<o:p></o:p></p>'))

M("gmail-tebal-bintang-teks-biasa", "2027-08-05 09:45:00",
  ("Dewi Kartika", "dewi.kartika@polibatam.ac.id"),
  "Nama MK Statistika",
  """Halo tim P4M,

Tolong nama mata kuliah Statistika Bisnis (MB1203) diganti jadi *Statistika Bisnis Terapan* ya.

Makasih,
Dewi
""", "course_data", "id",
  cd("MB1203", "Statistika Bisnis", fullname="Statistika Bisnis Terapan"), client="gmail",
  html_body=('<div dir="ltr">Halo tim P4M,<br><br>Tolong nama mata kuliah Statistika Bisnis (MB1203) diganti '
             'jadi <b>Statistika Bisnis Terapan</b> ya.<br><br>Makasih,<br>Dewi</div>'),
  note="Gmail writes bold as *X* in the plain part; the asterisks are not the name's.")

M("en-gmail-bold-key-plain-asterisks", "2027-08-05 11:00:00",
  ("Priya Raman", "priya.raman@polibatam.ac.id"),
  "Enrolment key for Thermodynamics",
  """Hello,

Please set the enrolment key of Thermodynamics (ME2102) to *Thermo-B27* from today.

Thank you,
Priya
""", "course_data", "en", cd("ME2102", "Thermodynamics", enrolment_key="Thermo-B27"), client="gmail",
  html_body=('<div dir="ltr">Hello,<br><br>Please set the enrolment key of Thermodynamics (ME2102) to '
             '<b>Thermo-B27</b> from today.<br><br>Thank you,<br>Priya</div>'))

# ---------------------------------------------------------------- a value corrected later

M("ps-koreksi-short-name", "2027-08-05 13:20:00",
  ("Nelly Marlina", "nelly.marlina@polibatam.ac.id"),
  "Short name Akuntansi Pajak",
  """Selamat siang,

Mohon short name course Akuntansi Pajak (AK3104) diganti jadi AKP-3A.

Terima kasih,
Nelly

P.S. Maaf, saya salah ketik: short name yang benar AKP-3B.
""", "course_data", "id", cd("AK3104", "Akuntansi Pajak", shortname="AKP-3B"), client="gmail")

M("en-ps-make-it-instead", "2027-08-06 08:15:00",
  ("Tom Hendricks", "tom.hendricks@polibatam.ac.id"),
  "Key for Port Logistics",
  """Hi,

Could you change the enrolment key for Port Logistics (LG2205) to Harbour-42?

Thanks,
Tom

PS: sorry, make it Harbour-24 instead, 42 is the room number.
""", "course_data", "en", cd("LG2205", "Port Logistics", enrolment_key="Harbour-24"), client="thunderbird")

# ---------------------------------------------------------------- a person near a cue

M("formulir-biro-nama-pemohon-sks", "2027-08-06 10:00:00",
  ("Layanan Akademik", "noreply-layanan@polibatam.ac.id"),
  "[Formulir Akademik] Pengajuan dari Yulia Hartati",
  """Pengajuan baru dari formulir layanan akademik:

Nama Pemohon : Yulia Hartati
NIDN         : 1012088801
Program Studi: Teknik Geomatika
Nama         : Yulia Hartati, S.T., M.Sc.
Keperluan    : Mohon SKS mata kuliah Fotogrametri (GM2203) di e-learning diubah dari 2 menjadi 3.

Pesan ini dikirim otomatis. Balas ke alamat pemohon.
""", "course_data", "id", cd("GM2203", "Fotogrametri", credits="3"), client="zimbra",
  hdr={"Reply-To": "Yulia Hartati <yulia.hartati@polibatam.ac.id>"},
  note="A web form's identity block names the requester; no course name is asked.")

M("blok-identitas-nama-nidn-key", "2027-08-06 13:45:00",
  ("Bambang Irawan", "bambang.irawan@polibatam.ac.id"),
  "Permohonan enrolment key",
  """Nama  : Bambang Irawan
NIDN  : 1020037702
Unit  : Jurusan Teknik Elektro

Perihal: mohon enrolment key MK Fisika Dasar (TE1101) diganti menjadi fisdas-TE27.

Terima kasih.
""", "course_data", "id", cd("TE1101", "Fisika Dasar", enrolment_key="fisdas-TE27"), client="gmail")

M("dosen-minta-ganti-tanpa-nama-tanda-tangan", "2027-08-07 08:40:00",
  ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "Ganti pengampu Pendidikan Pancasila",
  """Yth. P4M,

Mohon dosen pengampu course Pendidikan Pancasila (UM1102) diganti, nama dosen penggantinya akan dikirim oleh Kaprodi.

Hormat saya,
Wulan Sari, S.Pd., M.Pd.
Dosen Pengampu
""", "course_data", "id", cd("UM1102", "Pendidikan Pancasila"), client="gmail",
  note="Near-miss: the new lecturer is still to come; the signature is the writer.")

M("en-name-change-value-elsewhere-signature", "2027-08-07 10:30:00",
  ("Amelia Hart", "amelia.hart@polibatam.ac.id"),
  "Course name update",
  """Dear P4M,

Could you update the course name for Marine Biology (KL2101)? The new name will follow once the faculty board signs it off.

Kind regards,
Amelia Hart
Course Coordinator
""", "course_data", "en", cd("KL2101", "Marine Biology"), client="outlook",
  note="Near-miss: the new name is not given; the signature is the writer.")

M("saya-nama-gelar-lalu-nama-baru", "2027-08-07 13:00:00",
  ("Nur Aini", "nur.aini@polibatam.ac.id"),
  "Nama lengkap course Kecerdasan Buatan",
  """Selamat siang,

Saya, Nur Aini, M.Kom., dosen pengampu MK Kecerdasan Buatan (IF3104), mohon nama lengkap course diubah menjadi Kecerdasan Buatan dan Pembelajaran Mesin.

Terima kasih.
""", "course_data", "id",
  cd("IF3104", "Kecerdasan Buatan", fullname="Kecerdasan Buatan dan Pembelajaran Mesin"), client="gmail")

M("en-form-academic-bureau-requester", "2027-08-08 08:00:00",
  ("Academic Bureau Forms", "forms-baak@polibatam.ac.id"),
  "[BAAK Forms] New request from Alan Brooks",
  """A new request was submitted through the BAAK form.

Requester: Dr. Alan Brooks
Email: alan.brooks@polibatam.ac.id
Department: Mechanical Engineering
Request: Please change the full name of Heat Transfer (ME3301) to Heat Transfer Applications.

This message was generated automatically.
""", "course_data", "en",
  cd("ME3301", "Heat Transfer", fullname="Heat Transfer Applications"), client="zimbra",
  hdr={"Reply-To": "Alan Brooks <alan.brooks@polibatam.ac.id>"})

M("ketua-hima-nama-pengirim-dosen-lain", "2027-08-08 10:25:00",
  ("Raka Aditya", "raka.aditya@students.polibatam.ac.id"),
  "Info pengampu Kalkulus",
  """Permisi min, saya Raka Aditya, ketua HIMA Mesin. Dosen Kalkulus 2 (MS1202) kelas ME-1A sekarang diganti Pak Heru Santoso, tapi di e-learning masih nama dosen lama. Tolong diupdate ya min.

Makasih,
Raka Aditya
""", "course_data", "id", cd("MS1202", "Kalkulus 2", lecturer="Heru Santoso"), client="android")

# ---------------------------------------------------------------- code-shaped tokens and "name" inside a short-name cue

M("nama-lengkap-dan-nama-singkat-berdua", "2027-08-08 13:30:00",
  ("Ahmad Fauzi", "ahmad.fauzi@polibatam.ac.id"),
  "Ubah nama dan singkatan ALPRO",
  """Yth. Admin e-learning,

Course Algoritma Pemrograman (IF1102) mohon diperbarui:
nama lengkap: Algoritma dan Pemrograman 2
nama singkat: ALGO2-TI

Terima kasih, Ahmad Fauzi
""", "course_data", "id",
  cd("IF1102", "Algoritma Pemrograman", fullname="Algoritma dan Pemrograman 2", shortname="ALGO2-TI"),
  client="gmail")

M("nama-singkatnya-saja-jadi", "2027-08-09 08:10:00",
  ("Dimas Anggoro", "dimas.anggoro@polibatam.ac.id"),
  "nama singkat PBO",
  """Min, nama singkatnya course Pemrograman Berorientasi Objek (IF2104) jadi PBO-LANJUT aja, nama panjangnya biarkan.

Dimas
""", "course_data", "id",
  cd("IF2104", "Pemrograman Berorientasi Objek", shortname="PBO-LANJUT"), client="android")

M("sort-name-typo-kode-saja", "2027-08-09 10:40:00",
  ("Herlina Siregar", "herlina.s@polibatam.ac.id"),
  "sort name Kimia Dasar",
  """Selamat pagi, mohon sort name course Kimia Dasar (TK1101) diganti ke KIMDAS-1C. Trims.

Herlina
""", "course_data", "id", cd("TK1101", "Kimia Dasar", shortname="KIMDAS-1C"), client="gmail")

M("en-header-shows-code-should-be-name", "2027-08-09 13:05:00",
  ("Grace Tan", "grace.tan@polibatam.ac.id"),
  "Course title wrong",
  """Hello,

The course name in the header of Database Systems (IF2202) shows DB2-2026, it should be Database Systems II.

Regards,
Grace Tan
""", "course_data", "en", cd("IF2202", "Database Systems", fullname="Database Systems II"), client="outlook")

M("kode-baru-nama-baru-baris-label", "2027-08-10 08:30:00",
  ("Made Sudarsana", "made.sudarsana@polibatam.ac.id"),
  "Kurikulum baru MK Robotika",
  """Om Swastiastu,

Sesuai kurikulum baru, mohon course Robotika (MK3310) disesuaikan:
Kode baru: MK27-310
Nama baru: Robotika Industri Cerdas

Suksma,
Made Sudarsana
""", "course_data", "id",
  cd("MK3310", "Robotika", shortname="MK27-310", fullname="Robotika Industri Cerdas"), client="thunderbird",
  note="The new course code is labelled as the short name.")

# ---------------------------------------------------------------- date-shaped and word-shaped keys

M("kunci-bentuk-tanggal-angka", "2027-08-10 10:15:00",
  ("Gita Permata", "gita.permata@polibatam.ac.id"),
  "enrol key Biologi Sel",
  """Kak, enrolment key nya course Biologi Sel (BI2103) diganti jadi 17082027 aja ya, biar mahasiswa gampang ingat.

Gita
""", "course_data", "id", cd("BI2103", "Biologi Sel", enrolment_key="17082027"), client="android")

M("kunci-satu-kata-huruf-kecil", "2027-08-10 13:50:00",
  ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
  "Kunci masuk course Ekonomi Mikro",
  """Pagi min, kunci masuk course Ekonomi Mikro (MB1102) mohon diganti jadi semangat ya.

Rudi
""", "course_data", "id", cd("MB1102", "Ekonomi Mikro", enrolment_key="semangat"), client="gmail",
  note="A key of one lower-case word: unsure by its shape, asked of the requester rather than claimed.")

# ---------------------------------------------------------------- a new description of two paragraphs

M("deskripsi-dua-paragraf-berbutir", "2027-08-11 08:20:00",
  ("Fitriani Nasution", "fitriani.n@polibatam.ac.id"),
  "Deskripsi course Kewirausahaan",
  """Yth. Tim P4M,

Mohon deskripsi course Kewirausahaan (UM2201) diganti menjadi:

Mata kuliah ini membekali mahasiswa dengan pola pikir wirausaha dan kemampuan menyusun model bisnis sederhana.

Pokok bahasan meliputi:
- identifikasi peluang usaha;
- penyusunan business model canvas;
- presentasi rencana bisnis di depan investor.

Terima kasih atas bantuannya.

Salam,
Fitriani Nasution
""", "course_data", "id",
  cd("UM2201", "Kewirausahaan",
     summary="Mata kuliah ini membekali mahasiswa dengan pola pikir wirausaha dan kemampuan menyusun model bisnis "
             "sederhana.\n\nPokok bahasan meliputi:\n- identifikasi peluang usaha;\n- penyusunan business model "
             "canvas;\n- presentasi rencana bisnis di depan investor."), client="gmail",
  note="The description as laid out: two paragraphs, the second with a list (Moodle gets a <p> and a <ul>).")

M("en-summary-two-paragraphs", "2027-08-11 10:35:00",
  ("Joseph Reyes", "joseph.reyes@polibatam.ac.id"),
  "New summary for Supply Chain Analytics",
  """Hi team,

Please replace the summary of Supply Chain Analytics (LG3201) with the text below.

This course introduces data-driven methods for planning and controlling supply chains.

Students work in teams on a forecasting project with real port data and present their findings at the end of the term.

Many thanks,
Joseph Reyes
""", "course_data", "en",
  cd("LG3201", "Supply Chain Analytics",
     summary="This course introduces data-driven methods for planning and controlling supply chains.\n\nStudents "
             "work in teams on a forecasting project with real port data and present their findings at the end of "
             "the term."), client="gmail",
  note="The description as laid out: two paragraphs.")

# ---------------------------------------------------------------- near-misses: options, doubt, current values

M("dua-pilihan-atau", "2027-08-11 13:10:00",
  ("Andreas Situmorang", "andreas.s@polibatam.ac.id"),
  "short name Matematika Teknik",
  """Min, short name course Matematika Teknik (TE1203) diganti jadi MATEK-1 atau MTK-TE1, mana yang masih kosong saja.

Andreas
""", "course_data", "id", cd("TE1203", "Matematika Teknik"), client="gmail",
  note="Near-miss: two options; neither is claimed.")

M("en-not-sure-yet-maybe", "2027-08-12 08:45:00",
  ("Hannah Müller", "hannah.mueller@polibatam.ac.id"),
  "Course name Renewable Energy",
  """Hello,

For Renewable Energy Systems (EE3302) I am thinking the name should maybe become Sustainable Energy Systems, but I am not sure yet, I will confirm after the meeting with the head of department.

Best,
Hannah
""", "course_data", "en", cd("EE3302", "Renewable Energy Systems"), client="thunderbird",
  note="Near-miss: the writer is unsure of the value.")

M("label-nama-kode-saat-ini-lalu-sks", "2027-08-12 10:00:00",
  ("Lestari Handayani", "lestari.h@polibatam.ac.id"),
  "SKS Fisika Terapan",
  """Selamat pagi,

Nama MK : Fisika Terapan
Kode MK : TE2201
Kelas   : TE-2A

Mohon SKS di e-learning diubah jadi 3, sebelumnya tertulis 2.

Terima kasih,
Lestari
""", "course_data", "id", cd("TE2201", "Fisika Terapan", credits="3"), client="gmail")

M("nama-sudah-benar-yang-salah-sks", "2027-08-12 13:25:00",
  ("Eko Prasetyo", "eko.prasetyo@polibatam.ac.id"),
  "Kewirausahaan SKS",
  """Siang P4M, nama MK-nya sudah benar Kewirausahaan Digital (BD2106), yang salah SKS: seharusnya 2.

Eko
""", "course_data", "id", cd("BD2106", "Kewirausahaan Digital", credits="2"), client="gmail")

M("en-section-only-key", "2027-08-13 08:05:00",
  ("Carlos Mendoza", "carlos.mendoza@polibatam.ac.id"),
  "Key for section IF-3B",
  """Hi,

For section IF-3B of Software Testing (IF3207) only, please change the enrolment key to Sect3B-27.

Thanks,
Carlos
""", "course_data", "en", cd("IF3207", "Software Testing", enrolment_key="Sect3B-27"), client="gmail")

M("jawab-mohon-lengkapi-nama-baru-bu", "2027-08-13 10:20:00",
  ("Yanti Susilawati", "yanti.s@polibatam.ac.id"),
  "Re: [Tiket #2027-0811] Nama course Teknik Tenaga Listrik",
  """Nama barunya: Teknik Tenaga Listrik Lanjut, terima kasih bu.

Pada Jum, 13 Agu 2027 pukul 09.02 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
> Yth. Ibu Yanti Susilawati,
> Tiket #2027-0811 (course EL3201 Teknik Tenaga Listrik) telah kami terima.
> Mohon lengkapi: nama baru mata kuliah.
> Salam, Helpdesk P4M
""", "course_data", "id",
  cd("EL3201", "Teknik Tenaga Listrik", fullname="Teknik Tenaga Listrik Lanjut"), client="gmail",
  hdr={"In-Reply-To": "<tiket-2027-0811@polibatam.ac.id>"})

M("nama-kutip-pakai-bahasa-inggris", "2027-08-13 13:40:00",
  ("Putri Ayu", "putri.ayu@polibatam.ac.id"),
  "nama course Sains Data",
  """Halo, nama course Dasar Sains Data (DS1101) tolong jadi "Data Science Fundamentals" (pakai bahasa Inggris karena kelas internasional).

Putri
""", "course_data", "id",
  cd("DS1101", "Dasar Sains Data", fullname="Data Science Fundamentals"), client="gmail")

M("teknisi-lab-meneruskan-dosen", "2027-08-14 08:30:00",
  ("Joko Susanto", "joko.susanto@polibatam.ac.id"),
  "Titipan Bu Rahma: nama MK Praktikum Kimia",
  """Selamat pagi, saya Joko teknisi lab kimia, dititipi pesan Bu Rahmawati: nama MK Praktikum Kimia Analitik (TK2105) mohon diganti jadi Praktikum Kimia Analitik Instrumen, soalnya alat praktikumnya sudah ganti semua.

Terima kasih,
Joko Susanto
Teknisi Laboratorium Kimia
""", "course_data", "id",
  cd("TK2105", "Praktikum Kimia Analitik", fullname="Praktikum Kimia Analitik Instrumen"), client="gmail")

# ---------------------------------------------------------------- the writer's own sentence after a description

M("deskripsi-lalu-kalimat-disetujui-prodi", "2027-08-14 10:10:00",
  ("Rosmawati Lubis", "rosmawati.lubis@polibatam.ac.id"),
  "Deskripsi baru Perpajakan",
  """Selamat siang Bapak/Ibu,

Deskripsi baru course Perpajakan (AK2306): Mata kuliah ini membahas ketentuan umum perpajakan, PPh orang pribadi dan badan, serta PPN dalam praktik usaha. Deskripsi ini sudah disetujui rapat prodi tanggal 3 Agustus.

Salam hangat,
Rosmawati
""", "course_data", "id",
  cd("AK2306", "Perpajakan",
     summary="Mata kuliah ini membahas ketentuan umum perpajakan, PPh orang pribadi dan badan, serta PPN dalam "
             "praktik usaha."), client="gmail")

M("en-summary-then-old-one-mentions", "2027-08-14 13:30:00",
  ("Siobhan Kelly", "siobhan.kelly@polibatam.ac.id"),
  "Summary Technical Writing",
  """Hello,

New summary for Technical Writing (EN2104): Students learn to plan, draft and revise manuals, reports and proposals for engineering audiences. The current one still mentions the 2019 curriculum.

Warm wishes,
Siobhan
""", "course_data", "en",
  cd("EN2104", "Technical Writing",
     summary="Students learn to plan, draft and revise manuals, reports and proposals for engineering audiences."),
  client="thunderbird")

M("ringkasan-menjadi-lalu-yang-lain-tetap", "2027-08-15 08:20:00",
  ("Agus Setiawan", "agus.setiawan@polibatam.ac.id"),
  "ringkasan MK Sistem Digital",
  """Pagi min. Ringkasan course Sistem Digital (EL1204) mohon diganti menjadi: Mata kuliah ini mengenalkan gerbang logika, aljabar Boolean, rangkaian kombinasional dan sekuensial beserta praktikumnya. Yang lain tidak perlu diubah.

Agus
""", "course_data", "id",
  cd("EL1204", "Sistem Digital",
     summary="Mata kuliah ini mengenalkan gerbang logika, aljabar Boolean, rangkaian kombinasional dan sekuensial "
             "beserta praktikumnya."), client="android")

# ---------------------------------------------------------------- a capitalised tail after a new name

M("nama-baru-lalu-kelas-kapital", "2027-08-15 10:45:00",
  ("Irwan Saputra", "irwan.saputra@polibatam.ac.id"),
  "Nama course Penambangan Data",
  """Assalamualaikum min, nama MK Data Mining (IF3301) tolong diganti jadi Penambangan Data Kelas TI-3A, kelas TI-3B biar tetap.

Irwan
""", "course_data", "id", cd("IF3301", "Data Mining", fullname="Penambangan Data"), client="android")

M("nama-baru-huruf-kapital-semua-sesuai", "2027-08-15 13:15:00",
  ("BAGIAN AKADEMIK JURUSAN", "akademik.jte@polibatam.ac.id"),
  "PERUBAHAN NAMA MATA KULIAH TE3204",
  """YTH. TIM P4M,

MOHON NAMA MATA KULIAH SISTEM TENAGA (TE3204) DIUBAH MENJADI SISTEM TENAGA LISTRIK TERBARUKAN SESUAI KURIKULUM 2027.

TERIMA KASIH.
BAGIAN AKADEMIK JTE
""", "course_data", "id",
  cd("TE3204", "SISTEM TENAGA", fullname="SISTEM TENAGA LISTRIK TERBARUKAN"), client="outlook")

M("en-phone-one-line-kind-regards", "2027-08-16 08:40:00",
  ("Wei Ling Chua", "weiling.chua@polibatam.ac.id"),
  "course title",
  """Dear P4M, kindly update the course title for Logistics Costing (LG2302) to Applied Logistics Costing Kind regards, Wei Ling
""", "course_data", "en",
  cd("LG2302", "Logistics Costing", fullname="Applied Logistics Costing"), client="iphone")

M("nama-baru-sebagaimana-tertera-kapital", "2027-08-16 10:05:00",
  ("Hj. Nurhayati", "nurhayati@polibatam.ac.id"),
  "Nama MK Audit Internal",
  """Dengan hormat,

Mohon nama lengkap course Audit Internal (AK3302) diubah menjadi Audit Internal Berbasis Risiko Sebagaimana Tertera Dalam SK Direktur.

Hormat saya,
Hj. Nurhayati, S.E., M.Ak.
""", "course_data", "id",
  cd("AK3302", "Audit Internal", fullname="Audit Internal Berbasis Risiko"), client="outlook")

# ---------------------------------------------------------------- two values for one field, a doubt said after the value

M("dua-singkatan-untuk-dua-kelas", "2027-08-16 13:30:00",
  ("Teguh Santoso", "teguh.santoso@polibatam.ac.id"),
  "short name Mikrokontroler",
  """Siang P4M, short name course Mikrokontroler (EL2205) mohon diganti jadi MIKRO-2A (untuk kelas pagi) dan MIKRO-2B (untuk kelas malam). Nuwun.

Teguh
""", "course_data", "id", cd("EL2205", "Mikrokontroler"), client="gmail",
  note="Near-miss: two values for one field (one course, two classes); neither is claimed, the requester is asked.")

M("nama-baru-dua-usulan-atau", "2027-08-17 08:10:00",
  ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
  "Usulan nama baru MK",
  """Yth. P4M, nama MK Data Mining (IF3301) ingin kami ubah. Usulan nama: Penambangan Data Terapan atau Analitik Data, menunggu keputusan rapat.

Lina
""", "course_data", "id", cd("IF3301", "Data Mining"), client="gmail",
  note="Near-miss: two proposed names; neither is claimed.")

M("dosen-tanda-tanya-belum-yakin", "2027-08-17 10:30:00",
  ("Arif Budiman", "arif.budiman@polibatam.ac.id"),
  "dosen Statistika",
  """Min, dosen course Statistika Industri (TI2204) mohon diganti jadi Pak Hasan Basri? Tapi saya masih belum yakin, nanti saya kabari lagi.

Arif
""", "course_data", "id", cd("TI2204", "Statistika Industri"), client="android",
  note="Near-miss: the writer is not sure yet of the new lecturer.")

M("en-key-then-tbc", "2027-08-17 13:45:00",
  ("Rachel Ong", "rachel.ong@polibatam.ac.id"),
  "Enrolment key Quality Control",
  """Hi P4M,

For Quality Control (TI3105), please change the enrolment key to QC-Sept27. This is still to be confirmed with my co-lecturer, I will email again.

Rachel
""", "course_data", "en", cd("TI3105", "Quality Control"), client="outlook",
  note="Near-miss: the value is still to be confirmed.")

# ---------------------------------------------------------------- who teaches, in a header line above another change

M("baris-dosen-pengampu-di-atas-minta-key", "2027-08-18 08:15:00",
  ("Yohanes Sitompul", "yohanes.s@polibatam.ac.id"),
  "Enrol key Rangkaian Listrik",
  """Mata kuliah   : Rangkaian Listrik (EL1103)
Dosen pengampu: Yohanes Sitompul, S.T., M.T.
Kelas         : EL-1A

Mohon enrolment key course di atas diganti menjadi RL-1A-2027 karena kunci lama tersebar di grup angkatan.

Terima kasih.
""", "course_data", "id", cd("EL1103", "Rangkaian Listrik", enrolment_key="RL-1A-2027"), client="gmail",
  note="The lecturer's line only says who teaches; the key is the change.")

M("en-lecturer-line-above-shortname", "2027-08-18 10:40:00",
  ("Anjali Mehta", "anjali.mehta@polibatam.ac.id"),
  "Short name request",
  """Course: Operations Research (TI2301)
Lecturer: Dr. Anjali Mehta

Could you please change the short name to OPSRES-2A? The current one clashes with the tutorial section.

Thank you.
""", "course_data", "en", cd("TI2301", "Operations Research", shortname="OPSRES-2A"), client="outlook")

M("en-key-glued-to-thanks", "2027-08-18 13:05:00",
  ("Daniel Lim", "daniel.lim@polibatam.ac.id"),
  "key",
  """pls change the enrolment key of Marine Engines (KP2204) to Engine2027.Thanks a lot
""", "course_data", "en", cd("KP2204", "Marine Engines", enrolment_key="Engine2027"), client="iphone",
  note="Typed on a phone: the next sentence starts without a space after the value.")

# ---------------------------------------------------------------- old and new name in one slashed line, a name glued to its closing

M("nama-lama-baru-garis-miring", "2027-08-19 08:00:00",
  ("Sekretariat Prodi TRPL", "trpl@polibatam.ac.id"),
  "Perubahan nama MK TRPL",
  """Yth. P4M,

Nama MK lama/baru: Pengujian Perangkat Lunak / Penjaminan Mutu Perangkat Lunak (RPL3204)

Mohon disesuaikan di e-learning. Terima kasih.

Sekretariat Prodi TRPL
""", "course_data", "id",
  cd("RPL3204", "Pengujian Perangkat Lunak", fullname="Penjaminan Mutu Perangkat Lunak"), client="outlook")

M("en-old-new-name-slash-line", "2027-08-19 10:30:00",
  ("Olivia Grant", "olivia.grant@polibatam.ac.id"),
  "Rename",
  """Hi,

Old/new course name: Maritime Law / International Maritime Law (KP3102). Please update it when you can.

Olivia
""", "course_data", "en",
  cd("KP3102", "Maritime Law", fullname="International Maritime Law"), client="gmail")

M("nama-baru-nempel-terima-kasih", "2027-08-19 13:20:00",
  ("Fadli Rahman", "fadli.rahman@students.polibatam.ac.id"),
  "nama mk",
  """min nama MK Desain Grafis (MM1204) mohon diganti menjadi Desain Grafis Digital.Terima kasih min
""", "course_data", "id",
  cd("MM1204", "Desain Grafis", fullname="Desain Grafis Digital"), client="android")

# ---------------------------------------------------------------- a staff number after the new lecturer's name

M("dosen-baru-lalu-nip", "2027-08-20 08:30:00",
  ("Bagian Kepegawaian JTI", "kepegawaian.jti@polibatam.ac.id"),
  "Perubahan dosen pengampu Jaringan Komputer",
  """Kepada Yth. Tim P4M,

Berdasarkan surat tugas terbaru, dosen pengampu mata kuliah Jaringan Komputer (IF2209) mohon diganti menjadi Andika Pratama, S.Kom., M.Kom. NIP. 199103152019031012.

Hormat kami,
Bagian Kepegawaian JTI
""", "course_data", "id",
  cd("IF2209", "Jaringan Komputer", lecturer="Andika Pratama, S.Kom., M.Kom."), client="outlook")

M("en-new-lecturer-then-staff-id", "2027-08-20 10:15:00",
  ("Faculty Office", "faculty.office@polibatam.ac.id"),
  "Lecturer change Thermofluids",
  """Dear P4M,

Please change the lecturer of Thermofluids (ME3105) to Dr. Kevin Aldridge, NIDN 0412078503, from next week.

Faculty Office
""", "course_data", "en", cd("ME3105", "Thermofluids", lecturer="Dr. Kevin Aldridge"), client="gmail")

# ---------------------------------------------------------------- where a description ends: a closing line, the next labelled line

M("deskripsi-tanpa-titik-lalu-terima-kasih", "2027-08-20 13:40:00",
  ("Suryani Tanjung", "suryani.tanjung@polibatam.ac.id"),
  "deskripsi Farmakologi",
  """Mohon deskripsi course Farmakologi Dasar (FA2101) diubah menjadi: Mata kuliah ini membahas farmakokinetik, farmakodinamik dan penggolongan obat yang lazim di apotek
Terima kasih
Suryani
""", "course_data", "id",
  cd("FA2101", "Farmakologi Dasar",
     summary="Mata kuliah ini membahas farmakokinetik, farmakodinamik dan penggolongan obat yang lazim di apotek"),
  client="iphone", note="No full stop after the text: the closing on the next line is not part of it.")

M("formulir-baris-deskripsi-lalu-sks", "2027-08-21 08:20:00",
  ("Koordinator Prodi Farmasi", "prodi.farmasi@polibatam.ac.id"),
  "Pembaruan data course FA2205",
  """Mohon pembaruan data course berikut:
Kode MK       : FA2205
Deskripsi baru: Mata kuliah ini membekali mahasiswa dengan teknik peracikan sediaan steril dan non-steril.
SKS baru      : 3

Terima kasih.
""", "course_data", "id",
  cd("FA2205",
     summary="Mata kuliah ini membekali mahasiswa dengan teknik peracikan sediaan steril dan non-steril.",
     credits="3"), client="gmail")

M("en-bullets-summary-then-short-name", "2027-08-21 10:50:00",
  ("Hiroshi Tanaka", "hiroshi.tanaka@polibatam.ac.id"),
  "Updates for Control Systems",
  """Dear P4M,

Please update Control Systems (EL3301):
- Summary: Modelling, stability and controller design for linear systems, with MATLAB labs
- Short name: CTRL-3A

Best regards,
Hiroshi Tanaka
""", "course_data", "en",
  cd("EL3301", "Control Systems",
     summary="Modelling, stability and controller design for linear systems, with MATLAB labs",
     shortname="CTRL-3A"), client="outlook")


if __name__ == "__main__":
    sys.exit(E.main())

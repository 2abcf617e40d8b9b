#!/usr/bin/env python3
"""Generate the twentieth P4M helpdesk TUNING corpus about lecturer changes (labelled request e-mails).

Written blind (no held-out mail read), in voices no corpus had yet: a Dutch visiting professor's department, a
pesantren-educated senior lecturer, a Ghanaian and a Vietnamese exchange lecturer, a Filipino lab coordinator, an
academic-affairs secretary pasting a "Dosen lama / Dosen baru" block, a head of study programme filling a DOCX
form, an Outlook table of assignments, terse phone mail. The kinds: a replacement lecturer named with many degrees,
Indonesian and foreign ("Prof. Dr. ir. X van der Y", "Dr.-Ing.", "Ph.D.", "S.T., M.Sc.", "Ir. ... IPM", "Hj.",
"Drs."), the value ending before "sebagai ...", "mulai ...", "karena ...", a staff number, a comma and a sentence;
the role named "pengampu / dosen pengampu / koordinator MK / team teaching / co-lecturer / instructor / teacher /
PJ MK"; a second lecturer added; a lecturer named by title and surname; the new lecturer in a table, a DOCX form,
a "Dosen lama / Dosen baru" block; English ("please assign X as the instructor", "X will take over from Y",
"replace Y with X", "X is now teaching"). Near-misses: the writer introducing themself, a signature, the approver
or who asked, a lecturer named only as the current one, a hedged future change, a question.

Labels: the lecturer as written with academic titles and degrees, without a courtesy word (Bapak, Ibu, Pak, Bu,
Mr., Ms.); two lecturers joined as written. The message engine is the first tuning corpus's generator, imported
from ../requests-tune/make_tune.py; every body was written by hand and scored on the unchanged code before any rule
was written for it.
Run:  python3 make_tune20_lecturers.py
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


# ---------------------------------------------------------------- batch 1: many degrees, value boundaries

M("gelar-belanda-sebagai-dosen-tamu", "2027-10-04 08:05:00",
  ("Sekretariat Jurusan Teknik Mesin", "sekjur.mesin@polibatam.ac.id"),
  "Perubahan dosen pengampu Termodinamika",
  """Yth. Tim Helpdesk P4M,

Dengan hormat, kami mohon dosen pengampu MK Termodinamika (TM2103) di e-learning diganti menjadi Prof. Dr. ir. Johannes van der Berg, M.Sc. sebagai dosen tamu dari Belanda selama semester ganjil.

Atas perhatiannya kami ucapkan terima kasih.

Sekretariat Jurusan Teknik Mesin
""", "course_data", "id",
  cd("TM2103", "Termodinamika", lecturer="Prof. Dr. ir. Johannes van der Berg, M.Sc."), client="outlook")

M("koordinator-mk-dr-ing-karena-cuti", "2027-10-04 09:20:00",
  ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
  "Koordinator MK Statistika Industri",
  """Assalamualaikum admin,

Koordinator MK Statistika Industri (TI2105) mulai semester genap diganti ke Dr.-Ing. Rahmat Hidayat, S.T., M.Sc. karena saya cuti melahirkan. Mohon di e-learning juga disesuaikan ya.

Wassalam,
Lina
""", "course_data", "id",
  cd("TI2105", "Statistika Industri", lecturer="Dr.-Ing. Rahmat Hidayat, S.T., M.Sc."), client="gmail")

M("team-teaching-ir-ipm-titik", "2027-10-04 10:40:00",
  ("Prodi Teknik Informatika", "prodi.if@polibatam.ac.id"),
  "Tambahan dosen team teaching Jaringan Komputer",
  """Selamat siang,

Mohon ditambahkan dosen team teaching untuk MK Jaringan Komputer (IF2207): Ir. Bambang Subekti, M.T., IPM. Beliau memegang kelas praktikum.

Terima kasih,
Admin Prodi TI
""", "course_data", "id",
  cd("IF2207", "Jaringan Komputer", lecturer="Ir. Bambang Subekti, M.T., IPM."), client="zimbra")

M("pj-mk-drs-hj-nidn-kurung", "2027-10-05 07:55:00",
  ("Rosmawati", "rosmawati@polibatam.ac.id"),
  "PJ MK Akuntansi Biaya",
  """Pagi admin,

PJ MK Akuntansi Biaya (AK2104) sekarang Drs. H. Mulyadi Nasution, M.Si. (NIDN 1012076502), mohon diperbarui di elearning.

Makasih
""", "course_data", "id",
  cd("AK2104", "Akuntansi Biaya", lecturer="Drs. H. Mulyadi Nasution, M.Si."), client="iphone")

M("blok-dosen-lama-dosen-baru", "2027-10-05 09:10:00",
  ("Bagian Akademik", "akademik@polibatam.ac.id"),
  "Pergantian dosen MK Mikrokontroler",
  """Kepada Yth. Helpdesk P4M,

Berikut data pergantian dosen untuk semester ganjil 2027/2028:

Kode MK    : EL3102
Nama MK    : Mikrokontroler
Dosen lama : Andi Prasetyo, S.T., M.T.
Dosen baru : Rizky Amelia, S.T., M.Sc.

Mohon diproses. Terima kasih.

Bagian Akademik
""", "course_data", "id",
  cd("EL3102", "Mikrokontroler", lecturer="Rizky Amelia, S.T., M.Sc."), client="outlook")

M("tabel-outlook-dosen-pengampu-baru", "2027-10-05 10:30:00",
  ("Yusnidar", "yusnidar@polibatam.ac.id"),
  "Update pengampu",
  "", "course_data", "id",
  cd("MB2203", "Manajemen Pemasaran", lecturer="Hj. Nurhayati Siregar, S.E., M.M."), client="outlook",
  html_body="""<p class="MsoNormal">Yth. Admin e-learning,<o:p></o:p></p>
<p class="MsoNormal">Mohon pengampu course berikut diperbarui:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Kode</b></p></td><td><p class="MsoNormal"><b>Mata Kuliah</b></p></td><td><p class="MsoNormal"><b>Dosen Pengampu Baru</b></p></td></tr>
<tr><td><p class="MsoNormal">MB2203</p></td><td><p class="MsoNormal">Manajemen Pemasaran</p></td><td><p class="MsoNormal">Hj. Nurhayati Siregar, S.E., M.M.</p></td></tr>
</table>
<p class="MsoNormal">Terima kasih,<o:p></o:p></p>
<p class="MsoNormal">Yusnidar<o:p></o:p></p>""")

M("formulir-docx-dosen-pengganti", "2027-10-06 08:15:00",
  ("Kaprodi Akuntansi Manajerial", "kaprodi.amj@polibatam.ac.id"),
  "Formulir perubahan pengampu",
  """Yth. P4M,

Terlampir formulir perubahan dosen pengampu yang sudah ditandatangani. Mohon ditindaklanjuti.

Salam,
Kaprodi AMJ
""", "course_data", "id",
  cd("AM2106", "Perpajakan Lanjut", lecturer="Dr. Fitriani Rangkuti, S.E., Ak., M.Si., CA"), client="gmail",
  att=[("docx", "Formulir_Perubahan_Pengampu.docx", [
      "**FORMULIR PERUBAHAN DOSEN PENGAMPU E-LEARNING**",
      "Kode Mata Kuliah: AM2106",
      "Nama Mata Kuliah: Perpajakan Lanjut",
      "Dosen Pengampu Semula: Irwan Syahputra, S.E., M.Ak.",
      "Dosen Pengampu Pengganti: Dr. Fitriani Rangkuti, S.E., Ak., M.Si., CA",
      "Alasan: tugas belajar",
  ])])

M("en-ghana-assign-as-instructor-phd", "2027-10-06 09:45:00",
  ("Kwame Asante", "kwame.asante@polibatam.ac.id"),
  "Instructor for Renewable Energy Systems",
  """Dear Helpdesk,

Kindly assign Dr. Kofi Mensah, Ph.D. as the instructor for Renewable Energy Systems (EE3204) with effect from the coming semester. I am proceeding on study leave.

Best regards,
Kwame Asante
""", "course_data", "en",
  cd("EE3204", "Renewable Energy Systems", lecturer="Dr. Kofi Mensah, Ph.D."), client="gmail")

M("en-will-take-over-from-kindly-update", "2027-10-06 11:00:00",
  ("Anneke de Vries", "anneke.devries@polibatam.ac.id"),
  "Materials Science lecturer",
  """Hello,

Dr. Lars Eriksson will take over Materials Science (MT2101) from Mr. Tan starting 5 January. Could you update the lecturer on the course page accordingly?

Thanks a lot,
Anneke
""", "course_data", "en",
  cd("MT2101", "Materials Science", lecturer="Dr. Lars Eriksson"), client="thunderbird")

M("en-replace-with-as-teacher", "2027-10-07 08:30:00",
  ("Maricel Bautista", "maricel.bautista@polibatam.ac.id"),
  "Teacher of Hydraulics",
  """Hi team,

Please replace Mr. Budi Santoso with Ms. Priya Raman, M.Eng. as the teacher of Hydraulics (ME2206) on e-learning. Budi has moved to the Batam campus annex.

Cheers,
Maricel
""", "course_data", "en",
  cd("ME2206", "Hydraulics", lecturer="Priya Raman, M.Eng."), client="gmail")

M("en-title-surname-is-now-teaching", "2027-10-07 10:05:00",
  ("Nguyen Thi Lan", "nguyen.lan@polibatam.ac.id"),
  "Web Programming",
  """Dear admin,

Dr. Halim is now teaching Web Programming (IF2210), not me. Please update the course so the students see his name.

Thank you,
Lan
""", "course_data", "en",
  cd("IF2210", "Web Programming", lecturer="Dr. Halim"), client="gmail")

M("ganti-ke-gelar-koma-kalimat", "2027-10-07 13:15:00",
  ("Harun Al Rasyid", "harun.rasyid@polibatam.ac.id"),
  "dosen Gambar Teknik",
  """Siang min, dosen pengampu MK Gambar Teknik (TM1102) tolong ganti ke Yudi Pratama, S.T., M.Sc., beliau baru bergabung di jurusan bulan ini. Makasih min
""", "course_data", "id",
  cd("TM1102", "Gambar Teknik", lecturer="Yudi Pratama, S.T., M.Sc."), client="iphone")

M("pengajar-ir-ipm-mulai-tanggal", "2027-10-08 08:40:00",
  ("Sri Handayani", "sri.handayani@polibatam.ac.id"),
  "Nama pengajar Pengolahan Limbah",
  """Dengan hormat,

Mohon nama pengajar di course Pengolahan Limbah (TL2203) diubah jadi Ir. Suryani Lubis, M.T., IPM mulai 1 November 2027.

Hormat saya,
Sri Handayani
""", "course_data", "id",
  cd("TL2203", "Pengolahan Limbah", lecturer="Ir. Suryani Lubis, M.T., IPM"), client="zimbra")

M("en-vietnam-add-co-lecturer", "2027-10-08 10:10:00",
  ("Tran Van Hoa", "tran.hoa@polibatam.ac.id"),
  "Co-lecturer for Control Systems",
  """Dear P4M team,

Please add Dr. Nguyen Van Minh, M.Eng. as co-lecturer for Control Systems (EL3205). He will teach the second half of the semester.

Regards,
Tran Van Hoa
""", "course_data", "en",
  cd("EL3205", "Control Systems", lecturer="Dr. Nguyen Van Minh, M.Eng."), client="gmail")

M("saya-memperkenalkan-diri-nama-saja", "2027-10-08 13:30:00",
  ("Hendra Wijaya", "hendra.wijaya@polibatam.ac.id"),
  "Perubahan nama course Basis Data",
  """Selamat siang,

Perkenalkan, saya Dr. Hendra Wijaya, M.Kom., dosen pengampu MK Basis Data (IF2103). Mohon nama course di e-learning diubah menjadi Basis Data Terapan, menyesuaikan kurikulum baru.

Terima kasih.
""", "course_data", "id",
  cd("IF2103", "Basis Data", fullname="Basis Data Terapan"), client="gmail",
  note="Near-miss: the writer introduces themself as the lecturer; only the name is asked.")

M("disetujui-kaprodi-key-saja", "2027-10-11 08:20:00",
  ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "Enrolment key Desain Grafis",
  """Yth. Admin,

Mohon enrolment key MK Desain Grafis (MM2101) diganti menjadi dsgrafis27. Perubahan ini sudah disetujui oleh Kaprodi, Dr. Ahmad Fauzi, M.T.

Terima kasih,
Wulan
""", "course_data", "id",
  cd("MM2101", "Desain Grafis", enrolment_key="dsgrafis27"), client="gmail",
  note="Near-miss: the approver is named; only the key is asked.")

M("dosen-saat-ini-kelas-diubah", "2027-10-11 09:35:00",
  ("Bayu Anggara", "bayu.anggara@students.polibatam.ac.id"),
  "kelas Fisika 1",
  """Permisi admin, untuk MK Fisika 1 (FS1101) yang dosennya saat ini Ibu Dewi Lestari, M.Si., nama kelasnya tolong diubah jadi TI-1B Pagi. Terima kasih
""", "course_data", "id",
  cd("FS1101", "Fisika 1", **{"class": "TI-1B Pagi"}), client="iphone",
  note="Near-miss: the current lecturer is named; only the class is asked.")

M("mungkin-nanti-pengampu-belum-pasti", "2027-10-11 11:10:00",
  ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "short name Etika Profesi",
  """Halo admin,

Untuk MK Etika Profesi (UM3101), tolong short name-nya diubah jadi ETPROF-27. Kemungkinan semester depan pengampunya juga akan diganti Pak Rudi Hermawan, tapi belum pasti, nanti saya kabari lagi.

Salam,
Agus
""", "course_data", "id",
  cd("UM3101", "Etika Profesi", shortname="ETPROF-27"), client="gmail",
  note="Near-miss: a lecturer change only hedged for later; only the short name is asked.")

M("tanya-prosedur-ganti-pengampu", "2027-10-12 08:00:00",
  ("Melati Kusuma", "melati.kusuma@polibatam.ac.id"),
  "Nama MK Komunikasi Bisnis",
  """Selamat pagi,

Mohon nama MK Komunikasi Bisnis (MB1104) diubah menjadi Komunikasi Bisnis dan Profesional. Satu lagi, kalau nanti pengampunya diganti ke Bu Ratna Dewi, apakah saya harus mengirim SK juga?

Terima kasih,
Melati
""", "course_data", "id",
  cd("MB1104", "Komunikasi Bisnis", fullname="Komunikasi Bisnis dan Profesional"), client="gmail",
  note="Near-miss: a lecturer change asked about; only the name is asked.")

M("tanda-tangan-dosen-pengampu-kelas", "2027-10-12 10:25:00",
  ("Sutrisno", "sutrisno@polibatam.ac.id"),
  "Kelas Mekanika Fluida",
  """Yth. Helpdesk,

Kelas pada course Mekanika Fluida (TM2204) mohon diganti menjadi TM-2B Malam.

Hormat kami,
Dosen Pengampu,
Dr. Ir. Sutrisno, M.T.
""", "course_data", "id",
  cd("TM2204", "Mekanika Fluida", **{"class": "TM-2B Malam"}), client="gmail",
  note="Near-miss: the lecturer signs; only the class is asked.")

M("atas-permintaan-kajur-key", "2027-10-12 13:50:00",
  ("Dina Oktaviani", "dina.oktaviani@polibatam.ac.id"),
  "key Sistem Operasi",
  """Siang,

Atas permintaan Ketua Jurusan, Dr. Eng. Arif Budiman, mohon enrolment key course Sistem Operasi (IF2108) diganti jadi sisop-ganjil.

Terima kasih
Dina
""", "course_data", "id",
  cd("IF2108", "Sistem Operasi", enrolment_key="sisop-ganjil"), client="gmail",
  note="Near-miss: the person who asked is named; only the key is asked.")

M("tukar-pengampu-dua-mk", "2027-10-13 09:00:00",
  ("Kurniawati", "kurniawati@polibatam.ac.id"),
  "Tukar pengampu Kalkulus 2",
  """Pak/Bu admin,

Pengampu Kalkulus 2 (MA1202) ditukar dengan pengampu Aljabar Linear. Jadi Kalkulus 2 sekarang dipegang Dr. Sri Rahayu, M.Si., dan Aljabar Linear oleh saya. Mohon yang Kalkulus 2 diperbarui dulu.

Terima kasih,
Kurniawati
""", "course_data", "id",
  cd("MA1202", "Kalkulus 2", lecturer="Dr. Sri Rahayu, M.Si."), client="gmail")


# ---------------------------------------------------------------- batch 2: new voices, scored before its rules

M("en-module-leader-replaces-as", "2027-10-18 08:10:00",
  ("Siobhan Murphy", "siobhan.murphy@polibatam.ac.id"),
  "Module leader change - Logistics Analytics",
  """Dear colleagues at P4M,

Dr. Amir Hamzah, Ph.D. replaces Ms. Lim as module leader of Logistics Analytics (LG3106) from week 1 of the even semester. Could the lecturer shown on the e-learning page be updated?

Kind regards,
Siobhan Murphy
International Office
""", "course_data", "en",
  cd("LG3106", "Logistics Analytics", lecturer="Dr. Amir Hamzah, Ph.D."), client="outlook")

M("en-taught-by-assoc-prof-from-this-term", "2027-10-18 09:30:00",
  ("Elena Petrova", "elena.petrova@polibatam.ac.id"),
  "Numerical Methods",
  """Hi there,

From this semester Numerical Methods (MA2207) is taught by Assoc. Prof. Dr. Dmitri Volkov instead of me. Please change the lecturer in the course settings.

Elena
""", "course_data", "en",
  cd("MA2207", "Numerical Methods", lecturer="Assoc. Prof. Dr. Dmitri Volkov"), client="thunderbird")

M("en-swap-out-for", "2027-10-18 11:15:00",
  ("Joseph Tan", "joseph.tan@polibatam.ac.id"),
  "Cloud Computing instructor",
  """Hello helpdesk,

Could you swap out Mr. Tan for Dr. Wei Ling Koh as instructor on Cloud Computing (IF3209)? I'm Mr. Tan, by the way - I've been moved to the research centre.

Thanks!
Joseph
""", "course_data", "en",
  cd("IF3209", "Cloud Computing", lecturer="Dr. Wei Ling Koh"), client="gmail")

M("dosen-pengampu-yang-baru-titikdua-nip", "2027-10-19 08:00:00",
  ("Tata Usaha Jurusan Manajemen Bisnis", "tu.mb@polibatam.ac.id"),
  "Pergantian pengampu Ekonomi Mikro",
  """Yth. Helpdesk P4M,

Sehubungan dengan mutasi dosen, untuk MK Ekonomi Mikro (MB1201):
Dosen pengampu yang baru: Dr. Hj. Rahmawati Daulay, S.Pd., M.Pd. (NIP 197803122005012003)

Mohon dapat diperbarui pada e-learning. Terima kasih.

TU Jurusan MB
""", "course_data", "id",
  cd("MB1201", "Ekonomi Mikro", lecturer="Dr. Hj. Rahmawati Daulay, S.Pd., M.Pd."), client="outlook")

M("tim-pengajar-ditambah-satu-yaitu", "2027-10-19 09:45:00",
  ("Ridwan Kamil Siregar", "ridwan.siregar@polibatam.ac.id"),
  "Tim pengajar Robotika",
  """Assalamu'alaikum,

Tim pengajar MK Robotika (RB3101) ditambah satu orang, yaitu Fadli Rahman, S.T., M.Eng. Mohon beliau dimasukkan juga di e-learning.

Wassalamu'alaikum
Ridwan
""", "course_data", "id",
  cd("RB3101", "Robotika", lecturer="Fadli Rahman, S.T., M.Eng."), client="gmail")

M("berganti-dari-pak-ke-bu", "2027-10-19 13:20:00",
  ("Yohana Simanjuntak", "yohana.simanjuntak@students.polibatam.ac.id"),
  "dosen pengantar akuntansi",
  """siang min, dosen MK Pengantar Akuntansi (AK1101) kelas kami sudah berganti dari Pak Hasan ke Bu Desi Natalia, S.E., M.Ak. tapi di elearning masih nama pak Hasan, tolong diganti ya min
""", "course_data", "id",
  cd("AK1101", "Pengantar Akuntansi", lecturer="Desi Natalia, S.E., M.Ak."), client="iphone")

M("masih-nama-lama-seharusnya-ipu", "2027-10-20 08:25:00",
  ("Sugeng Riyadi", "sugeng.riyadi@polibatam.ac.id"),
  "Koreksi nama dosen Manajemen Proyek",
  """Dengan hormat,

Nama dosen di course Manajemen Proyek (TI3104) masih tertulis Joko Purnomo, S.T., padahal seharusnya Dr. Ir. H. Sugeng Riyadi, M.M., IPU karena beliau sudah pensiun. Mohon koreksinya.

Hormat saya,
Sugeng Riyadi
""", "course_data", "id",
  cd("TI3104", "Manajemen Proyek", lecturer="Dr. Ir. H. Sugeng Riyadi, M.M., IPU"), client="zimbra")

M("drs-menggantikan-sebagai-pengampu-mulai", "2027-10-20 10:00:00",
  ("Nur Aisyah", "nur.aisyah@polibatam.ac.id"),
  "Pengampu Bahasa Indonesia",
  """Selamat pagi,

Drs. Bambang Hermanto, M.Pd. menggantikan saya sebagai pengampu MK Bahasa Indonesia (UM1102) mulai pertemuan ke-5. Mohon nama pengampu di e-learning diperbarui.

Terima kasih,
Nur Aisyah
""", "course_data", "id",
  cd("UM1102", "Bahasa Indonesia", lecturer="Drs. Bambang Hermanto, M.Pd."), client="gmail")

M("ascii-tabel-dosen-lama-baru", "2027-10-20 13:40:00",
  ("Bagian Pengajaran Teknik Elektro", "pengajaran.elektro@polibatam.ac.id"),
  "Perubahan dosen semester genap",
  """Yth. Admin P4M,

Berikut perubahan dosen untuk semester genap:

| Kode   | Mata Kuliah      | Dosen Lama                | Dosen Baru                    |
|--------|------------------|---------------------------|-------------------------------|
| EL2105 | Sinyal dan Sistem | Hari Santoso, S.T., M.T.  | Dr. Lestari Wulandari, M.Eng. |

Terima kasih.
""", "course_data", "id",
  cd("EL2105", "Sinyal dan Sistem", lecturer="Dr. Lestari Wulandari, M.Eng."), client="thunderbird")

M("daftar-bernomor-dosen-pengganti", "2027-10-21 08:30:00",
  ("Fitri Yanti", "fitri.yanti@polibatam.ac.id"),
  "Data perubahan course",
  """Pagi admin, ini data perubahannya:
1. Kode MK: KI2105
2. Nama MK: Kimia Lingkungan
3. Dosen pengganti: apt. Rina Marlina, M.Farm.

Makasih ya
""", "course_data", "id",
  cd("KI2105", "Kimia Lingkungan", lecturer="apt. Rina Marlina, M.Farm."), client="gmail")

M("selaku-kaprodi-shortname", "2027-10-21 10:10:00",
  ("Dr. Yusuf Harahap", "yusuf.harahap@polibatam.ac.id"),
  "Short name Kewirausahaan",
  """Yth. Admin,

Saya, Dr. Yusuf Harahap, M.M., selaku Kaprodi, mohon short name MK Kewirausahaan (MB3105) diubah menjadi KWU-MB3.

Terima kasih
""", "course_data", "id",
  cd("MB3105", "Kewirausahaan", shortname="KWU-MB3"), client="gmail",
  note="Near-miss: the writer names themself with their degrees; only the short name is asked.")

M("en-who-teaches-asked-me-key", "2027-10-21 13:30:00",
  ("Admin Assistant Mechatronics", "admin.mekatronika@polibatam.ac.id"),
  "Enrolment key PLC Programming",
  """Dear Helpdesk,

Dr. Arif Wicaksono, who teaches PLC Programming (MK2208), asked me to get the enrolment key changed to plc-even27.

Thank you,
Admin Assistant
""", "course_data", "en",
  cd("MK2208", "PLC Programming", enrolment_key="plc-even27"), client="outlook",
  note="Near-miss: the current lecturer asked for the change; only the key is asked.")

M("en-should-we-replace-deliberation", "2027-10-22 08:45:00",
  ("Bui Thanh Son", "bui.son@polibatam.ac.id"),
  "Embedded Systems full name",
  """Hi,

Please rename Embedded Systems (EL3108) to Embedded Systems Design. Also, should we replace Mr. Rahman with Dr. Koh as the lecturer next year? I will discuss it with the head of department first.

Son
""", "course_data", "en",
  cd("EL3108", "Embedded Systems", fullname="Embedded Systems Design"), client="gmail",
  note="Near-miss: a lecturer change deliberated; only the rename is asked.")

M("cuti-tetap-pengampu-kelas", "2027-10-22 10:20:00",
  ("Indah Permatasari", "indah.permatasari@polibatam.ac.id"),
  "Kelas Pemrograman Mobile",
  """Halo admin,

Selama Bu Rina Kartika, M.Kom. cuti, beliau tetap tercatat sebagai pengampu MK Pemrograman Mobile (IF3106), jadi dosennya tidak usah diganti. Yang perlu diubah hanya nama kelasnya menjadi IF-3A Malam.

Salam,
Indah
""", "course_data", "id",
  cd("IF3106", "Pemrograman Mobile", **{"class": "IF-3A Malam"}), client="gmail",
  note="Near-miss: the lecturer said to stay; only the class is asked.")

M("cc-wakil-direktur-summary", "2027-10-22 13:00:00",
  ("Heru Susanto", "heru.susanto@polibatam.ac.id"),
  "Nama MK Kalkulus Lanjut",
  """Yth. Admin P4M,

Mohon nama MK Kalkulus Lanjut (MA2101) diubah menjadi Kalkulus Peubah Banyak. Hal ini sudah dikonsultasikan dengan Wakil Direktur I, Prof. Dr. Eng. Ahmad Syafii, M.T.

Hormat saya,
Heru Susanto, S.Si., M.Sc.
Dosen Pengampu Kalkulus Lanjut
""", "course_data", "id",
  cd("MA2101", "Kalkulus Lanjut", fullname="Kalkulus Peubah Banyak"), client="outlook",
  note="Near-miss: a consulted official and the signing lecturer are named; only the name is asked.")

M("en-going-forward-lecturer-will-be", "2027-10-25 08:15:00",
  ("Kofi Boateng", "kofi.boateng@polibatam.ac.id"),
  "Lecturer for Power Systems",
  """Good morning,

Going forward, the lecturer for Power Systems (EE3102) will be Engr. Dr. Abena Owusu, PhD. Kindly effect the change on the platform.

Best,
Kofi
""", "course_data", "en",
  cd("EE3102", "Power Systems", lecturer="Engr. Dr. Abena Owusu, PhD"), client="gmail")


# ---------------------------------------------------------------- batch 3: more voices, scored before its rules

M("en-appointed-as-new-lecturer", "2027-10-26 08:20:00",
  ("Rachel Goh", "rachel.goh@polibatam.ac.id"),
  "New lecturer - Human Resource Management",
  """Dear Helpdesk,

Dr. Meera Krishnan, MBA has been appointed as the new lecturer for Human Resource Management (MB2108). Please reflect this on the e-learning course.

Regards,
Rachel Goh
Programme Office
""", "course_data", "en",
  cd("MB2108", "Human Resource Management", lecturer="Dr. Meera Krishnan, MBA"), client="outlook")

M("sk-menetapkan-sebagai-pengampu", "2027-10-26 09:40:00",
  ("Sekretaris Jurusan Teknik Sipil", "sekjur.sipil@polibatam.ac.id"),
  "Tindak lanjut SK pengampu",
  """Yth. Tim P4M,

Sesuai SK Direktur Nomor 412/PL29/2027 yang menetapkan Dr. Ir. Hotma Panjaitan, M.T. sebagai dosen pengampu MK Geoteknik (TS2207), mohon data pengampu di e-learning disesuaikan.

Terima kasih.
Sekjur Teknik Sipil
""", "course_data", "id",
  cd("TS2207", "Geoteknik", lecturer="Dr. Ir. Hotma Panjaitan, M.T."), client="outlook")

M("mahasiswa-diajar-oleh-mulai-minggu", "2027-10-26 11:00:00",
  ("Kevin Sinaga", "kevin.sinaga@students.polibatam.ac.id"),
  "dosen statistik",
  """permisi min, mulai minggu ini MK Statistika (MA1105) kelas kami diajar oleh Bu Theresia Manurung, S.Si., M.Stat., tp di elearning masih nama dosen yg lama. bisa tolong diganti min? makasih
""", "course_data", "id",
  cd("MA1105", "Statistika", lecturer="Theresia Manurung, S.Si., M.Stat."), client="iphone")

M("en-instructor-listed-should-be", "2027-10-27 08:10:00",
  ("Ahmed Al-Farsi", "ahmed.alfarsi@polibatam.ac.id"),
  "Wrong instructor listed",
  """Hello,

The instructor listed on Arabic for Business (UM2105) should be Ustadz Dr. Hamid Basyaiban, Lc., M.A., not Mr. Yusuf. Please correct it.

Thanks,
Ahmed
""", "course_data", "en",
  cd("UM2105", "Arabic for Business", lecturer="Dr. Hamid Basyaiban, Lc., M.A."), client="gmail")

M("dialihkan-kepada-karena-studi-lanjut", "2027-10-27 09:30:00",
  ("Andreas Tarigan", "andreas.tarigan@polibatam.ac.id"),
  "Pengalihan MK Sistem Tertanam",
  """Selamat pagi admin,

Karena saya studi lanjut, pengampuan MK Sistem Tertanam (EL3107) dialihkan kepada rekan saya, Novita Sari Ginting, S.T., M.T. Mohon dibantu perubahannya di e-learning.

Salam,
Andreas
""", "course_data", "id",
  cd("EL3107", "Sistem Tertanam", lecturer="Novita Sari Ginting, S.T., M.T."), client="gmail")

M("en-handing-over-to", "2027-10-27 13:15:00",
  ("Patrick O'Brien", "patrick.obrien@polibatam.ac.id"),
  "Handing over Technical Writing",
  """Hi folks,

I'm handing over Technical Writing (UM3203) to Ms. Aisha Rahman, M.A. TESOL at the end of this month. Could you update the teacher on the course page?

Cheers,
Patrick
""", "course_data", "en",
  cd("UM3203", "Technical Writing", lecturer="Aisha Rahman, M.A. TESOL"), client="gmail")

M("yang-mengajar-semester-ini-adalah", "2027-10-28 08:05:00",
  ("Lestari Handayani", "lestari.handayani@polibatam.ac.id"),
  "Pengajar Desain Interior",
  """Dengan hormat,

Yang mengajar MK Desain Interior (DI2103) semester ini adalah Ir. Made Suardana, M.Ds., bukan saya lagi. Mohon nama pengajar di course diperbarui.

Hormat saya,
Lestari
""", "course_data", "id",
  cd("DI2103", "Desain Interior", lecturer="Ir. Made Suardana, M.Ds."), client="zimbra")

M("en-is-the-new-lecturer-of", "2027-10-28 10:30:00",
  ("Hiroshi Tanaka", "hiroshi.tanaka@polibatam.ac.id"),
  "Robot Vision",
  """Good day,

Dr. Kenji Watanabe is the new lecturer of Robot Vision (RB3204). I kindly ask you to change the lecturer's name on the e-learning site.

Best regards,
Hiroshi Tanaka
""", "course_data", "en",
  cd("RB3204", "Robot Vision", lecturer="Dr. Kenji Watanabe"), client="thunderbird")

M("ditunjuk-pengampu-baru", "2027-10-28 13:45:00",
  ("Prodi D3 Teknik Mesin", "prodi.d3mesin@polibatam.ac.id"),
  "Pengampu baru Proses Produksi",
  """Siang,

Bapak Ir. Slamet Riyadi, M.T. ditunjuk sebagai pengampu baru MK Proses Produksi (TM1205). Mohon diperbarui di e-learning.

Terima kasih
""", "course_data", "id",
  cd("TM1205", "Proses Produksi", lecturer="Ir. Slamet Riyadi, M.T."), client="gmail")

M("en-colleague-cc-not-lecturer-key", "2027-10-29 08:30:00",
  ("Grace Lim", "grace.lim@polibatam.ac.id"),
  "Key for Accounting Information Systems",
  """Hi,

Please set the enrolment key of Accounting Information Systems (AK3102) to AIS-odd27. I have copied Dr. Farid Hakim, my head of department, for his information.

Grace
""", "course_data", "en",
  cd("AK3102", "Accounting Information Systems", enrolment_key="AIS-odd27"), client="gmail",
  note="Near-miss: the head of department named as copied; only the key is asked.")

M("dosen-tamu-hanya-satu-pertemuan", "2027-10-29 09:50:00",
  ("Bambang Priyono", "bambang.priyono@polibatam.ac.id"),
  "Short name Kewirausahaan Digital",
  """Yth. Admin,

Minggu depan Dr. Sandiaga Putra akan mengisi kuliah tamu satu kali di MK Kewirausahaan Digital (MB3207), dosen pengampunya tetap saya. Yang perlu diubah hanya short name-nya menjadi KWD-MB3.

Terima kasih,
Bambang
""", "course_data", "id",
  cd("MB3207", "Kewirausahaan Digital", shortname="KWD-MB3"), client="gmail",
  note="Near-miss: a guest speaker for one session; the lecturer stays; only the short name is asked.")

M("en-question-who-is-lecturer-name", "2027-10-29 11:20:00",
  ("Daniel Kim", "daniel.kim@polibatam.ac.id"),
  "Course name Game Development",
  """Hello,

Could you change the full name of Game Development (MM3104) to Game Development and Design? Also, is Dr. Park still listed as the lecturer there? Just checking.

Thanks,
Daniel
""", "course_data", "en",
  cd("MM3104", "Game Development", fullname="Game Development and Design"), client="gmail",
  note="Near-miss: a question about the lecturer listed; only the name is asked.")


# ---------------------------------------------------------------- batch 4: more layouts, scored before its rules

M("en-new-instructors-name-is", "2027-11-01 08:10:00",
  ("Liam Walsh", "liam.walsh@polibatam.ac.id"),
  "Instructor change",
  """Hello P4M,

There's been a change of instructor for Software Testing (IF3111). The new instructor's name is Dr. Chiara Rossi, M.Sc. - could you put her on the course page in place of mine?

Thanks,
Liam
""", "course_data", "en",
  cd("IF3111", "Software Testing", lecturer="Dr. Chiara Rossi, M.Sc."), client="gmail")

M("surat-pdf-dosen-pengganti", "2027-11-01 09:20:00",
  ("Jurusan Teknik Industri", "jurusan.ti@polibatam.ac.id"),
  "Surat permohonan perubahan dosen",
  """Yth. Kepala P4M,

Bersama ini kami lampirkan surat permohonan perubahan dosen pengampu. Mohon ditindaklanjuti.

Hormat kami,
Jurusan Teknik Industri
""", "course_data", "id",
  cd("TI2208", "Ergonomi", lecturer="Dr. Eng. Putri Ayu Lestari, S.T., M.T."), client="gmail",
  att=[("pdf", "Surat_Perubahan_Dosen_TI2208.pdf", [
      "Perihal: Permohonan Perubahan Dosen Pengampu",
      "Dengan hormat, mohon perubahan data dosen pengampu e-learning sebagai berikut:",
      "Kode MK: TI2208",
      "Nama MK: Ergonomi",
      "Dosen pengganti: Dr. Eng. Putri Ayu Lestari, S.T., M.T.",
      "Demikian, atas perhatiannya kami ucapkan terima kasih.",
  ])])

M("mohon-dicantumkan-sebagai-pengajar", "2027-11-01 10:45:00",
  ("Wahyuni Saragih", "wahyuni.saragih@polibatam.ac.id"),
  "Pengajar Praktikum Kimia Dasar",
  """Selamat pagi Admin,

Mohon nama Ibu Dra. Hj. Fatimah Zahra, M.Si. dicantumkan sebagai pengajar di course Praktikum Kimia Dasar (KI1102). Beliau menggantikan Pak Anton yang pindah tugas.

Terima kasih
""", "course_data", "id",
  cd("KI1102", "Praktikum Kimia Dasar", lecturer="Dra. Hj. Fatimah Zahra, M.Si."), client="outlook")

M("en-change-the-teacher-to-comma-who", "2027-11-01 13:30:00",
  ("Sarah Chua", "sarah.chua@polibatam.ac.id"),
  "Teacher for Digital Marketing",
  """Hi,

Please change the teacher of Digital Marketing (MB3110) to Mr. Rizal Firmansyah, S.E., M.B.A., who joined us this month.

Thanks,
Sarah
""", "course_data", "en",
  cd("MB3110", "Digital Marketing", lecturer="Rizal Firmansyah, S.E., M.B.A."), client="gmail")

M("balasan-mohon-lengkapi-pengampu", "2027-11-02 08:20:00",
  ("Eko Prasetyo", "eko.prasetyo@polibatam.ac.id"),
  "Re: [P4M #5121] Ganti pengampu Sistem Digital",
  """Dosen pengampunya Ir. Antonius Silalahi, M.Sc., IPM pak.

Eko

Pada Sen, 1 Nov 2027 pukul 15.02 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
> Yth. Bapak/Ibu,
>
> Terima kasih. Permintaan Anda telah kami terima dan dicatat dengan nomor tiket [P4M #5121].
>
> Kami memahami permintaan Anda sebagai: perubahan data identitas mata kuliah.
>   - kode mata kuliah: EL2103
>
> Mohon lengkapi: dosen pengampu baru.
>
> Salam,
> Helpdesk P4M
""", "course_data", "id",
  cd("EL2103", "Sistem Digital", lecturer="Ir. Antonius Silalahi, M.Sc., IPM"), client="gmail",
  reply="<ack-5121@helpdesk.polibatam.ac.id>")

M("subjek-saja-ganti-dosen", "2027-11-02 09:40:00",
  ("Yosef Manalu", "yosef.manalu@polibatam.ac.id"),
  "Ganti dosen MK Teknik Tenaga Listrik (EL3201) jadi Dr. Ir. Benny Hutagalung, M.T.",
  """Mohon bantuannya, terima kasih.

Yosef
""", "course_data", "id",
  cd("EL3201", "Teknik Tenaga Listrik", lecturer="Dr. Ir. Benny Hutagalung, M.T."), client="iphone")

M("terima-kasih-dr-sudah-membantu-nama", "2027-11-02 11:00:00",
  ("Puspita Dewi", "puspita.dewi@polibatam.ac.id"),
  "Nama MK Analisis Struktur",
  """Halo admin,

Terima kasih kepada Dr. Ir. Sahat Simanjuntak, M.T. yang sudah membantu mengurus SK-nya. Mohon nama MK Analisis Struktur (TS2105) diubah menjadi Analisis Struktur Lanjut.

Salam,
Puspita
""", "course_data", "id",
  cd("TS2105", "Analisis Struktur", fullname="Analisis Struktur Lanjut"), client="gmail",
  note="Near-miss: a person thanked; only the name is asked.")

M("en-forwarded-head-asks-lecturer", "2027-11-02 13:10:00",
  ("Nurul Huda", "nurul.huda@polibatam.ac.id"),
  "Fwd: lecturer for Mobile Robotics",
  """FYI, please action this.

---------- Forwarded message ---------
From: Dr. Hendri Saputra <hendri.saputra@polibatam.ac.id>
Date: Mon, 1 Nov 2027 at 16:20
Subject: lecturer for Mobile Robotics
To: Nurul Huda <nurul.huda@polibatam.ac.id>

Nurul, please ask P4M to set Dr. Ong Bee Lian as the lecturer for Mobile Robotics (RB3207) from next semester.

Hendri
""", "course_data", "en",
  cd("RB3207", "Mobile Robotics", lecturer="Dr. Ong Bee Lian"), client="gmail")

M("dosen-saya-pribadi-bukan-ganti-jadwal", "2027-11-03 08:30:00",
  ("Reza Pahlevi", "reza.pahlevi@students.polibatam.ac.id"),
  "enrol key basis data",
  """min, key enrol basis data (IF2103) kelas malam tolong diganti jd bd-malam27 ya. pak Dr. Hendra Wijaya bilang suruh minta ke admin. makasih min
""", "course_data", "id",
  cd("IF2103", enrolment_key="bd-malam27"), client="iphone",
  note="Near-miss: the lecturer who sent the student is named; only the key is asked.")

M("en-co-teach-with-me-add", "2027-11-03 10:00:00",
  ("Oluwaseun Adeyemi", "oluwaseun.adeyemi@polibatam.ac.id"),
  "Adding a co-teacher",
  """Good morning,

Prof. Dr. Ir. Erwin Siahaan, M.Eng., IPU will co-teach Structural Dynamics (TS3202) with me this semester. Kindly add him to the course as a second lecturer.

Best regards,
Oluwaseun
""", "course_data", "en",
  cd("TS3202", "Structural Dynamics", lecturer="Prof. Dr. Ir. Erwin Siahaan, M.Eng., IPU"), client="outlook")


if __name__ == "__main__":
    sys.exit(E.main())

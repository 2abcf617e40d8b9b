#!/usr/bin/env python3
"""Generate the ninth P4M helpdesk TUNING corpus, about requested changes (labelled request e-mails).

Written after the held-out part3 was opened as requests-tune8, in other words, voices and layouts than its
mails, for the kinds of change it showed or that earlier rounds left open: a semester written with its own
word ("Semester 5") in tables and prose; a merged class named as a list ("MB-2A dan MB-2B"); the new value
stated as a fact with a bare "can you move it?"; a correction a sentence later ("eh maaf, maksud saya ...",
"sorry, typo: ..."); connectors that name the old value first (replace X with Y, swap X for Y, instead of X);
several changes in one mail (bullets with arrows, prose, attachments); and near-misses that must claim
nothing (how-to questions, changes already done, suppositions, a current value only, a personal account).

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py;
every body here was written by hand, and the batch was scored before any rule was changed for it.
Run:  python3 make_tune9_changes.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 34, "elearning_support": 2, "other": 4}
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


def cell(text, bold=False):
    inner = "<b>%s</b>" % text if bold else text
    return '<td><p class="MsoNormal">%s<o:p></o:p></p></td>' % inner


def table(rows):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">']
    for index, row in enumerate(rows):
        out.append("<tr>%s</tr>" % "".join(cell(c, bold=index == 0) for c in row))
    out.append("</table>")
    return "\n".join(out)


def paras(*lines):
    return "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (l or "&nbsp;") for l in lines)


# ---------------------------------------------------------------- a semester written with its own word

M("outlook-tabel-semester-kata-dan-kelas", "2027-03-01 08:20:00",
  ("Sekretariat Jurusan Manajemen Bisnis", "jurusan.mb@polibatam.ac.id"),
  "Penyesuaian data MK Perilaku Organisasi",
  "", "course_data", "id",
  cd("MB2207", "Perilaku Organisasi", semester="Semester 4", **{"class": "MB-4A"}),
  client="outlook", html_body=paras(
      "Kepada Yth. Tim P4M,", "",
      "Menindaklanjuti hasil evaluasi kurikulum, mohon data course MB2207 Perilaku Organisasi disesuaikan:") + "\n"
  + table([["Item", "Tertulis di e-learning", "Seharusnya"],
           ["Semester", "Semester 3", "Semester 4"],
           ["Kelas", "MB-3A", "MB-4A"]]) + "\n"
  + paras("", "Atas kerja samanya kami ucapkan terima kasih.", "Sekretariat Jurusan Manajemen Bisnis"))

M("hp-dipindah-ke-semester-kata", "2027-03-01 21:05:00",
  ("Wahyu Kurniawan", "wahyu.kurniawan@polibatam.ac.id"),
  "salah semester",
  """min matkul Fisika Dasar (TM1102) tlg dipindah ke Semester 2 ya, kemarin ketaruh di Semester 1. mksh
""", "course_data", "id", cd("TM1102", "Fisika Dasar", semester="Semester 2"), client="iphone")

M("en-fact-taught-in-semester", "2027-03-02 10:12:00",
  ("Laura Bennett", "laura.bennett@partner.ac.uk"),
  "Industrial Relations in the wrong term",
  """Dear helpdesk,

HR5203 Industrial Relations is listed under Semester 4 on the e-learning site, but from this intake it is taught in Semester 6. Could you please move it?

Kind regards,
Laura Bennett
Visiting Lecturer
""", "course_data", "en", cd("HR5203", "Industrial Relations", semester="Semester 6"))

M("padahal-diajarkan-di-semester", "2027-03-02 13:40:00",
  ("Rina Marlina, S.E., M.Ak.", "rina.marlina@polibatam.ac.id"),
  "Semester MK Akuntansi Pajak",
  """Selamat siang,

MK Akuntansi Pajak (AK3205) di e-learning masuk kategori Semester 3, padahal mulai tahun ini diajarkan di Semester 5. Mohon dipindahkan ke kategori yang sesuai.

Terima kasih,
Rina
""", "course_data", "id", cd("AK3205", "Akuntansi Pajak", semester="Semester 5"))

M("smt-tahun-ajaran-lama-ke-baru", "2027-03-03 07:30:00",
  ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "tahun ajaran MK Sistem Digital",
  """Pagi tim P4M, tolong ubah semester Ganjil 2026/2027 ke Genap 2026/2027 untuk MK Sistem Digital (EL2104). Terima kasih.
""", "course_data", "id", cd("EL2104", "Sistem Digital", semester="Genap 2026/2027"), client="zimbra")

# ---------------------------------------------------------------- a merged class named as a list

M("zimbra-bullet-kelas-gabung-dan", "2027-03-03 09:55:00",
  ("Koordinator Prodi Administrasi Bisnis", "prodi.ab@polibatam.ac.id"),
  "Perubahan kelas dan pengampu Pengantar Bisnis",
  """Yth. Tim Helpdesk P4M,

Untuk MK AB1101 Pengantar Bisnis mohon diperbarui:
- Kelas baru: AB-1A dan AB-1B
- Dosen pengampu baru: Yuliana Siregar, S.E., M.M.

Kedua kelas akan digabung di ruang teori selama semester ini.

Salam,
Koordinator Prodi
""", "course_data", "id",
  cd("AB1101", "Pengantar Bisnis", lecturer="Yuliana Siregar, S.E., M.M.", **{"class": "AB-1A dan AB-1B"}),
  client="zimbra")

M("en-set-class-merged-two", "2027-03-04 11:18:00",
  ("Tomás Herrera", "tomas.herrera@partner.edu.mx"),
  "Marine Structures class groups",
  """Hello,

For MS2108 Marine Structures, please set the class to MS-2A and MS-2B, since both groups will now meet together in one room.

Thanks a lot,
Tomás
""", "course_data", "en", cd("MS2108", "Marine Structures", **{"class": "MS-2A and MS-2B"}))

# ---------------------------------------------------------------- a correction a sentence later

M("koreksi-maksud-saya-shortname", "2027-03-04 20:44:00",
  ("Putu Eka Saputra", "putu.eka@polibatam.ac.id"),
  "short name Animasi 3D",
  """Malam min,

Mohon short name MK Animasi 3D (AN2201) diganti jadi AN2201-A. Eh maaf salah, maksud saya AN2201-B.

Makasih,
Putu
""", "course_data", "id", cd("AN2201", "Animasi 3D", shortname="AN2201-B"))

M("en-sorry-typo-key", "2027-03-05 08:02:00",
  ("Grace Kim", "grace.kim@partner.ac.kr"),
  "Enrolment key for Game Design",
  """Hi P4M team,

Please change the enrolment key of GD3102 Game Design to Sunrise#24. Sorry, typo: I meant Sunrise#25.

Best,
Grace
""", "course_data", "en", cd("GD3102", "Game Design", enrolment_key="Sunrise#25"))

M("ralat-email-sebelumnya-sks", "2027-03-05 14:25:00",
  ("Bambang Hermawan", "bambang.hermawan@polibatam.ac.id"),
  "Ralat: SKS Kalkulus 2",
  """Selamat siang,

Ralat email saya tadi pagi: SKS MK Kalkulus 2 (TM1204) bukan 4 tetapi 3. Mohon diubah menjadi 3 saja.

Terima kasih,
Bambang Hermawan
""", "course_data", "id", cd("TM1204", "Kalkulus 2", credits="3"))

# ---------------------------------------------------------------- the old value first: replace X with Y, swap, instead of

M("en-replace-person-with-person", "2027-03-06 09:10:00",
  ("Hafiz Rahman", "hafiz.rahman@partner.edu.my"),
  "Lecturer change, Power Electronics",
  """Dear P4M,

On EL3206 Power Electronics, please replace Mr. Tan Wei Ming with Ms. Nur Aisyah binti Razak, M.Sc. as the lecturer. Mr. Tan has moved to another campus.

Regards,
Hafiz Rahman
""", "course_data", "en", cd("EL3206", "Power Electronics", lecturer="Nur Aisyah binti Razak, M.Sc."))

M("en-swap-shortname-for", "2027-03-06 15:33:00",
  ("Oliver Grant", "oliver.grant@polibatam.ac.id"),
  "short name Structural Analysis",
  """Hi,

Could you swap the short name CE2104 for CE2104-STR on Structural Analysis? The plain code clashes with the old archived course.

Cheers,
Oliver
""", "course_data", "en", cd("CE2104", "Structural Analysis", shortname="CE2104-STR"))

M("en-instead-of-title-should-read", "2027-03-07 10:00:00",
  ("Dr. Priyanka Mehta", "priyanka.mehta@partner.ac.in"),
  "Course title, CE1203",
  """Good morning,

Instead of "Statics", the course title of CE1203 should read "Engineering Statics", as in the joint programme handbook.

With thanks,
Priyanka Mehta
""", "course_data", "en", cd("CE1203", "Statics", fullname="Engineering Statics"))

M("ganti-pak-ke-bu-yang-bener", "2027-03-07 19:48:00",
  ("Dinda Aulia", "dinda.aulia@students.polibatam.ac.id"),
  "dosen pkn",
  """kak dosen pengampu Pendidikan Kewarganegaraan (UM1103) di elearning salah, yg bener Bu Sri Wahyuni, S.Pd., M.Pd. bukan pak Darto. makasih kak
""", "course_data", "id", cd("UM1103", "Pendidikan Kewarganegaraan", lecturer="Sri Wahyuni, S.Pd., M.Pd."),
  client="iphone")

# ---------------------------------------------------------------- several changes in one mail

M("tb-bullet-panah-tiga-perubahan", "2027-03-08 08:15:00",
  ("Hendra Gunawan", "hendra.gunawan@polibatam.ac.id"),
  "Perubahan data Kimia Dasar",
  """Yth. P4M,

Mohon course TK1101 Kimia Dasar diperbarui sbb:

* nama MK: Kimia Dasar -> Kimia Umum
* SKS: 2 -> 3
* pengampu: Drs. Hasan Basri -> Dr. Lina Marlina, M.Si.

Terima kasih.
Hendra
""", "course_data", "id",
  cd("TK1101", "Kimia Dasar", fullname="Kimia Umum", credits="3", lecturer="Dr. Lina Marlina, M.Si."),
  client="thunderbird")

M("en-prose-three-changes", "2027-03-08 13:50:00",
  ("Samuel Okoye", "samuel.okoye@polibatam.ac.id"),
  "ME2201 updates",
  """Hello team,

A few updates for ME2201 Thermodynamics, please: the full name should become Applied Thermodynamics, the credits go from 2 to 3, and the enrolment key needs to be Thermo-2027.

Thank you,
Samuel
""", "course_data", "en",
  cd("ME2201", "Thermodynamics", fullname="Applied Thermodynamics", credits="3", enrolment_key="Thermo-2027"))

M("campur-credits-update-to", "2027-03-09 09:30:00",
  ("Yogi Firmansyah", "yogi.firmansyah@polibatam.ac.id"),
  "credits Data Mining",
  """Halo P4M, tolong credits-nya course IF3302 Data Mining di-update to 4 ya, currently masih 3. Thanks!
""", "course_data", "mixed", cd("IF3302", "Data Mining", credits="4"))

M("plaintext-tabel-bar-current-requested", "2027-03-09 16:05:00",
  ("Amelia Watson", "amelia.watson@polibatam.ac.id"),
  "Data change request MT2105",
  """Dear P4M team,

Please apply these changes to MT2105 Quality Control:

| Field      | Current            | Requested                |
| Short name | MT2105             | MT2105-QC                |
| Lecturer   | Ir. Dodi Hermawan  | Dr. Evi Susanti, M.T.    |

Thank you,
Amelia Watson
Production Engineering
""", "course_data", "en",
  cd("MT2105", "Quality Control", shortname="MT2105-QC", lecturer="Dr. Evi Susanti, M.T."),
  client="thunderbird")

# ---------------------------------------------------------------- values in attachments

M("docx-formulir-perubahan", "2027-03-10 10:40:00",
  ("Staf Administrasi Prodi TRPL", "prodi.trpl@polibatam.ac.id"),
  "Formulir perubahan data MK",
  """Selamat pagi,

Terlampir formulir perubahan data mata kuliah dari Kaprodi. Mohon diproses.

Terima kasih
""", "course_data", "id",
  cd("RPL2203", "Pengujian Perangkat Lunak", fullname="Penjaminan Mutu Perangkat Lunak",
     lecturer="Rudi Hartono, S.Kom., M.Cs."),
  att=[("docx", "Formulir_Perubahan_RPL2203.docx", [
      "**FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING",
      "Kode MK: RPL2203",
      "Nama MK saat ini: Pengujian Perangkat Lunak",
      "Nama MK baru: Penjaminan Mutu Perangkat Lunak",
      "Dosen pengampu baru: Rudi Hartono, S.Kom., M.Cs.",
      "Alasan: penyesuaian kurikulum 2027",
  ])])

M("pdf-surat-semula-menjadi", "2027-03-10 14:00:00",
  ("Jurusan Teknik Elektro", "jurusan.elektro@polibatam.ac.id"),
  "Surat permohonan perubahan data MK",
  """Dengan hormat,

Bersama ini kami kirimkan surat permohonan perubahan data mata kuliah (terlampir).

Hormat kami,
Jurusan Teknik Elektro
""", "course_data", "id",
  cd("EL3108", "Sistem Kendali", fullname="Sistem Kendali Digital", shortname="EL3108-SKD"),
  note="The request is only in the PDF letter.",
  att=[("pdf", "Surat_Perubahan_EL3108.pdf", [
      "JURUSAN TEKNIK ELEKTRO",
      "Perihal: Perubahan Data Mata Kuliah",
      "",
      "Dengan hormat, kami mohon perubahan data mata kuliah EL3108 Sistem Kendali",
      "di e-learning dengan rincian berikut.",
      "Nama mata kuliah semula Sistem Kendali, menjadi Sistem Kendali Digital.",
      "Short name semula EL3108, menjadi EL3108-SKD.",
      "",
      "Demikian permohonan ini kami sampaikan.",
  ])])

# ---------------------------------------------------------------- value shapes

M("gelar-panjang-pengampu-baru", "2027-03-11 08:45:00",
  ("Bagian Akademik", "akademik@polibatam.ac.id"),
  "Pengampu MK Metodologi Penelitian",
  """Yth. Tim P4M,

Sesuai SK Direktur, pengampu baru MK Metodologi Penelitian (UM4101) adalah Prof. Dr. Ir. H. Bambang Suryadi, M.Sc., Ph.D. mulai semester genap.

Hormat kami,
Bagian Akademik
""", "course_data", "id",
  cd("UM4101", "Metodologi Penelitian", lecturer="Prof. Dr. Ir. H. Bambang Suryadi, M.Sc., Ph.D."))

M("kelas-jadi-karyawan-suffix", "2027-03-11 20:10:00",
  ("Reza Pahlevi", "reza.pahlevi@polibatam.ac.id"),
  "kelas Rekayasa Kebutuhan",
  """Malam, kelas course Rekayasa Kebutuhan (RPL2105) tolong diubah jadi TRPL-2C Karyawan ya, bukan reguler. Tks
""", "course_data", "id", cd("RPL2105", "Rekayasa Kebutuhan", **{"class": "TRPL-2C Karyawan"}))

M("en-description-text-below", "2027-03-12 09:25:00",
  ("Dr. Michael Chen", "michael.chen@partner.edu.sg"),
  "Course description, Cloud Architecture",
  """Dear P4M team,

Please replace the course description of IF4205 Cloud Architecture with the text below:

This course covers the design of scalable and resilient systems on public cloud platforms, including virtual networks, managed databases, serverless functions and cost monitoring.

Thank you,
Michael Chen
""", "course_data", "en",
  cd("IF4205", "Cloud Architecture",
     summary="This course covers the design of scalable and resilient systems on public cloud platforms, "
             "including virtual networks, managed databases, serverless functions and cost monitoring."))

M("kunci-enrol-kutip-simbol", "2027-03-12 15:15:00",
  ("Ayu Lestari", "ayu.lestari@polibatam.ac.id"),
  "kunci enrol Statistika",
  """Siang P4M, kunci enrol MK Statistika (MT1203) mohon diganti, yang baru: "P4m-2027*". Yang lama bocor di grup angkatan.

Terima kasih
""", "course_data", "id", cd("MT1203", "Statistika", enrolment_key="P4m-2027*"))

M("fwd-kaprodi-nama-mk-diganti-dengan", "2027-03-13 08:05:00",
  ("Maya Sari", "maya.sari@polibatam.ac.id"),
  "Fwd: nama MK Etika Profesi",
  """mohon bantuannya ya

---------- Forwarded message ---------
From: Kaprodi Teknik Informatika <kaprodi.if@polibatam.ac.id>
Date: Jum, 12 Mar 2027 pukul 16.20
Subject: nama MK Etika Profesi
To: Maya Sari <maya.sari@polibatam.ac.id>

Bu Maya, tolong mintakan ke P4M agar nama MK IF4102 Etika Profesi di e-learning diganti dengan Etika Profesi dan Hukum Siber. Terima kasih.
""", "course_data", "id", cd("IF4102", "Etika Profesi", fullname="Etika Profesi dan Hukum Siber"))

M("en-lecturer-going-forward", "2027-03-13 11:30:00",
  ("Nadia Fernandes", "nadia.fernandes@partner.pt"),
  "Who teaches Logistics Analytics",
  """Hi,

Going forward, LG3301 Logistics Analytics will be taught by Dr. João Pereira instead of me, so please put his name as the lecturer on the course page.

Obrigada,
Nadia
""", "course_data", "en", cd("LG3301", "Logistics Analytics", lecturer="Dr. João Pereira"))

M("nama-singkat-diset-ke-kode-titik", "2027-03-14 09:00:00",
  ("Fajar Nugroho", "fajar.nugroho@polibatam.ac.id"),
  "nama singkat MK Jaringan Nirkabel",
  """Pagi P4M, nama singkat MK Jaringan Nirkabel (RKS3106) mohon diset ke RKS3106.NIR agar sama dengan SIAKAD. Terima kasih.
""", "course_data", "id", cd("RKS3106", "Jaringan Nirkabel", shortname="RKS3106.NIR"))

# ---------------------------------------------------------------- near-misses: nothing is claimed

M("tanya-cara-ganti-kunci-sendiri", "2027-03-14 13:20:00",
  ("Suci Rahmawati", "suci.rahmawati@polibatam.ac.id"),
  "cara ganti enrolment key",
  """Siang P4M, bagaimana cara saya mengganti sendiri enrolment key course saya menjadi kode baru? Menu mana yang harus dibuka? Terima kasih.
""", "elearning_support", "id", {})

M("terima-kasih-sudah-diubah", "2027-03-15 08:40:00",
  ("Ir. Joko Santoso, M.T.", "joko.santoso@polibatam.ac.id"),
  "Re: nama MK Mekanika Teknik",
  """Terima kasih, nama MK sudah berubah menjadi Mekanika Teknik Lanjut di e-learning. Tiket boleh ditutup.

Joko
""", "other", "id", {}, hdr={"In-Reply-To": "<abc123.1800000000@polibatam.ac.id>"})

M("andai-sks-jadi-empat", "2027-03-15 10:10:00",
  ("Dewi Kartika", "dewi.kartika@polibatam.ac.id"),
  "pertanyaan bobot tugas",
  """Selamat pagi, seandainya SKS Proyek Perangkat Lunak nanti jadi 4, apakah bobot tugas di e-learning otomatis ikut berubah? Terima kasih.
""", "other", "id", {})

M("cek-kelas-tercatat-saja", "2027-03-16 09:15:00",
  ("Lukman Hakim", "lukman.hakim@polibatam.ac.id"),
  "cek data kelas Basis Data",
  """Selamat pagi,

Kelas MK Basis Data (IF2203) di e-learning tercatat TI-2A. Mohon dicek apakah sudah sesuai dengan jadwal di SIAKAD.

Terima kasih,
Lukman
""", "course_data", "id", cd("IF2203", "Basis Data"))

M("nama-akun-saya-seharusnya", "2027-03-16 19:30:00",
  ("Putri Ayu Lestari", "putri.ayu@students.polibatam.ac.id"),
  "nama akun salah",
  """kak nama di akun e-learning saya salah ketik, seharusnya Putri Ayu Lestari bukan Putri Ayu Lestary. bisa dibantu? makasih
""", "elearning_support", "id", {}, client="iphone")

M("en-considering-new-lecturer", "2027-03-17 10:45:00",
  ("Dr. Hannah Schultz", "hannah.schultz@partner.de"),
  "Renewable Energy Systems teaching",
  """Dear colleagues,

Just a heads-up: for EL4103 Renewable Energy Systems we are considering changing the lecturer to Dr. Felix Braun next term, but nothing is confirmed yet. I will write again once it is decided.

Best wishes,
Hannah Schultz
""", "other", "en",
  note="A change considered, nothing confirmed, told as a heads-up: not a request yet (issue 17).")


# ---------------------------------------------------------------- second batch, written after the first rules, before
# their own: an official change elsewhere asked here, a replacement named in passing, "says X but it is Y", a value
# read as the field's wording, and the near-misses around them

M("siakad-sudah-berubah-mohon-juga", "2027-03-18 08:30:00",
  ("Teguh Prasetyo", "teguh.prasetyo@polibatam.ac.id"),
  "nama MK di e-learning belum sama",
  """Selamat pagi,

Nama mata kuliah TI3105 di SIAKAD sudah berubah menjadi Keamanan Aplikasi Web. Mohon yang di e-learning juga diubah supaya sama.

Terima kasih,
Teguh
""", "course_data", "id", cd("TI3105", fullname="Keamanan Aplikasi Web"))

M("diampu-menggantikan-tanpa-oleh", "2027-03-18 10:05:00",
  ("Sekretariat Prodi Teknik Kimia", "prodi.tk@polibatam.ac.id"),
  "Pengampu Kimia Analitik",
  """Yth. P4M,

Mulai semester ini MK Kimia Analitik (TK2104) diampu Ibu Fitri Handayani, S.Si., M.Sc. menggantikan Bapak Sugeng yang purnatugas. Mohon data di e-learning disesuaikan.

Salam,
Sekretariat Prodi Teknik Kimia
""", "course_data", "id", cd("TK2104", "Kimia Analitik", lecturer="Fitri Handayani, S.Si., M.Sc."))

M("en-says-but-it-is-semester", "2027-03-19 09:40:00",
  ("Ahmed Al-Farsi", "ahmed.alfarsi@partner.edu.om"),
  "Term shown for OE2102",
  """Hello,

The term on the OE2102 Ship Stability page says Odd 2026/2027 but it is Even 2026/2027. Could you fix it, please?

Regards,
Ahmed
""", "course_data", "en", cd("OE2102", "Ship Stability", semester="Even 2026/2027"))

M("en-could-short-name-read", "2027-03-19 14:15:00",
  ("Chloe Martin", "chloe.martin@polibatam.ac.id"),
  "EL2201 short name",
  """Hi P4M,

Could the short name of EL2201 Electronics read EL2201-B instead? We run a separate A group with its own page.

Thanks,
Chloe
""", "course_data", "en", cd("EL2201", "Electronics", shortname="EL2201-B"))

M("en-listed-under-runs-in-move", "2027-03-20 08:50:00",
  ("Prof. Kenji Watanabe", "kenji.watanabe@partner.ac.jp"),
  "Robotics Control placement",
  """Dear P4M team,

MR3204 Robotics Control is placed under Semester 5 on the e-learning portal. It actually runs in Semester 6 under the revised curriculum; please move it there.

Sincerely,
Kenji Watanabe
""", "course_data", "en", cd("MR3204", "Robotics Control", semester="Semester 6"))

M("en-we-renamed-it-ourselves", "2027-03-20 11:00:00",
  ("Dr. Sarah Lowe", "sarah.lowe@polibatam.ac.id"),
  "Re: course name",
  """Hi,

No action needed: we changed the course name ourselves yesterday to Applied Machine Learning, and it shows correctly now.

Thanks anyway,
Sarah
""", "other", "en", {})

M("minta-ganti-lalu-batal", "2027-03-21 07:45:00",
  ("Irfan Hakim", "irfan.hakim@polibatam.ac.id"),
  "SKS Pemrograman Dasar",
  """Pagi P4M, kemarin saya minta SKS MK Pemrograman Dasar (IF1102) diganti jadi 4, tapi ternyata kurikulum tetap 3 SKS, jadi tidak usah diubah ya. Terima kasih.
""", "course_data", "id", cd("IF1102", "Pemrograman Dasar"))


if __name__ == "__main__":
    sys.exit(E.main())

#!/usr/bin/env python3
"""Generate the twenty-eighth P4M helpdesk TUNING corpus: which named person is the new lecturer, and where that
person's name stops.

Written blind (no held-out mail read) for round 14, in voices no corpus had: a head of department's disposition note
("Disposisi: ... agar diganti Sdr. X"), a Malaysian or Singaporean writer in English ("Assoc. Prof. Dr. X (UTM)",
"Ts. Dr."), a nickname in quotes inside a name, a numbered team list where one line is new, a name followed by its
NIDN, NIP, phone or staff number, one-word Indonesian names, a name followed by a clause ("yang", "sebagai", "untuk",
"mulai", a date, a comma and a note) or by a bracket that is no degree's university ("(Lab Jaringan)", "(dosen LB)").
Near-misses name many people of whom none is new: the writer, the head who approved, the old lecturer, a substitute
for one meeting, a name in a quoted reply or a signature.

Labels: the lecturer as written with academic titles, degrees and professional post-nominals, without a courtesy word
(Bapak, Ibu, Pak, Bu, Sdr., Mr., Ms.) and without what follows the name (an identity number, a phone, a unit).
The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py.
Run:  python3 make_tune28_lecturers.py          (TUNE28_BATCH=1 OUT=dir ... --partial writes one batch elsewhere)
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


# ---------------------------------------------------------------- batch 1

M("disposisi-kajur-sdr", "2028-02-07 07:40:00",
  ("Sekretariat Jurusan Teknik Elektro", "sekjur.elektro@polibatam.ac.id"),
  "Fwd: Disposisi - pengampu Sistem Kendali",
  """Kepada Yth. Tim P4M,

Bersama ini kami teruskan disposisi Ketua Jurusan atas surat Kaprodi TRE:

Disposisi: Setuju. Agar pengampu MK Sistem Kendali (TRE3104) diganti Sdr. Rudi Hartono, S.T., M.T. mulai semester genap. Sdr. Anwar sedang tugas belajar.
Paraf Kajur, 6/2/2028

Demikian, terima kasih.
Sekretariat Jurusan Teknik Elektro
""", "course_data", "id",
  cd("TRE3104", "Sistem Kendali", lecturer="Rudi Hartono, S.T., M.T."), client="outlook",
  note="A disposition: the new lecturer after 'diganti' with the courtesy 'Sdr.'; 'mulai' ends the name.")

M("en-assoc-prof-utm-take-over", "2028-02-07 08:30:00",
  ("Lim Siew Ling", "lim.siewling@polibatam.ac.id"),
  "Embedded Systems lecturer - joint programme",
  """Dear P4M team,

Under the joint programme with UTM, Assoc. Prof. Dr. Khairul Anuar bin Hassan (UTM) will take over Embedded Systems (TRE3207) from this semester. Kindly update the lecturer in the e-learning.

Best regards,
Dr. Lim Siew Ling
International Office
""", "course_data", "en",
  cd("TRE3207", "Embedded Systems", lecturer="Assoc. Prof. Dr. Khairul Anuar bin Hassan"), client="outlook",
  note="The university in brackets after a name with no degree is an affiliation, not part of the name.")

M("nickname-quoted-ganti", "2028-02-07 09:10:00",
  ("Dian Puspita", "dian.puspita@polibatam.ac.id"),
  "ganti dosen basis data",
  """Siang admin,

Dosen pengampu MK Basis Data Lanjut (IF2205) tolong diganti menjadi Muhammad "Iwan" Setiawan, S.Kom., M.Kom. ya. Beliau dosen baru di prodi kami.

Makasih
Dian
""", "course_data", "id",
  cd("IF2205", "Basis Data Lanjut", lecturer='Muhammad "Iwan" Setiawan, S.Kom., M.Kom.'), client="gmail",
  note="A nickname in quotes inside the name is the name as written; the nickname alone names nobody whole.")

M("daftar-bernomor-satu-baru", "2028-02-07 10:05:00",
  ("Koordinator Prodi Akuntansi Manajerial", "kaprodi.am@polibatam.ac.id"),
  "Tim dosen Akuntansi Biaya semester genap",
  """Yth. Admin e-learning,

Berikut susunan tim dosen MK Akuntansi Biaya (AM2103) untuk semester genap:
1. Dr. Hendra Wijaya, S.E., M.Ak.
2. Sri Wahyuni, S.E., M.M.
3. Fitriani Lubis, S.E., M.Ak. (baru, menggantikan Bu Novi)

Mohon nama dosen di course disesuaikan. Terima kasih.

Koordinator Prodi AM
""", "course_data", "id",
  cd("AM2103", "Akuntansi Biaya", lecturer="Fitriani Lubis, S.E., M.Ak."), client="outlook",
  note="A numbered team list where only the third line is new (it says whom it replaces).")

M("nidn-after-name", "2028-02-07 11:00:00",
  ("Eko Prasetyo", "eko.prasetyo@polibatam.ac.id"),
  "Pergantian pengampu Statistika Industri",
  """Dengan hormat,

Pengampu MK Statistika Industri (TI2302) mohon diganti menjadi Andi Saputra, S.Si., M.Stat. NIDN 1012038501. Saya pindah tugas ke unit penjaminan mutu.

Hormat saya,
Eko Prasetyo, S.T., M.T.
""", "course_data", "id",
  cd("TI2302", "Statistika Industri", lecturer="Andi Saputra, S.Si., M.Stat."), client="gmail",
  note="The NIDN after the degrees is not a post-nominal.")

M("nip-in-brackets", "2028-02-07 13:20:00",
  ("Bagian Akademik", "akademik@polibatam.ac.id"),
  "Perubahan dosen Pendidikan Pancasila",
  """Yth. P4M,

Sesuai SK Direktur terbaru, dosen pengampu MK Pendidikan Pancasila (MKU1102) diganti menjadi Drs. Sugeng Riyadi, M.Si. (NIP 196805121994031002).

Terima kasih,
Bagian Akademik
""", "course_data", "id",
  cd("MKU1102", "Pendidikan Pancasila", lecturer="Drs. Sugeng Riyadi, M.Si."), client="outlook")

M("mononym-tambahkan-pak", "2028-02-07 14:15:00",
  ("Yuliani", "yuliani@polibatam.ac.id"),
  "tambah dosen bengkel",
  """Min, tolong tambahkan Pak Sukiman sebagai dosen pengampu MK Praktik Bengkel Dasar (TM1105) ya, beliau teknisi senior yang sekarang ikut mengajar praktik. Nuwun.
""", "course_data", "id",
  cd("TM1105", "Praktik Bengkel Dasar", lecturer="Sukiman"), client="iphone",
  note="A one-word Javanese name, added as a second lecturer.")

M("mononym-degree-digantikan-oleh", "2028-02-08 07:50:00",
  ("Ratna Sari", "ratna.sari@polibatam.ac.id"),
  "Dosen Gambar Teknik",
  """Selamat pagi admin P4M,

Mulai minggu depan saya cuti melahirkan, sehingga MK Gambar Teknik (TM1203) digantikan oleh Suparman, S.T., M.T. sampai akhir semester. Mohon nama pengampu di e-learning diperbarui.

Terima kasih,
Ratna Sari, S.T., M.Eng.
""", "course_data", "id",
  cd("TM1203", "Gambar Teknik", lecturer="Suparman, S.T., M.T."), client="gmail",
  note="A one-word name with degrees; the writer's own name in the signature is the old lecturer.")

M("near-rapat-banyak-nama-fullname", "2028-02-08 09:00:00",
  ("Notulis Rapat Prodi RPL", "notulis.rpl@polibatam.ac.id"),
  "Hasil rapat prodi: nama MK",
  """Yth. P4M,

Rapat prodi tanggal 7 Februari dihadiri Pak Budi Santoso, Bu Lestari Handayani, M.Kom., Dr. Yogi Pratama, dan Bu Nia Kurnia. Pengampu MK Rekayasa Kebutuhan (RPL2104) tetap Bu Lestari Handayani, M.Kom.

Yang diputuskan: nama MK diubah menjadi Rekayasa Kebutuhan Perangkat Lunak. Mohon diperbarui di e-learning.

Salam,
Notulis Rapat Prodi RPL
""", "course_data", "id",
  cd("RPL2104", "Rekayasa Kebutuhan", fullname="Rekayasa Kebutuhan Perangkat Lunak"), client="outlook",
  note="Near-miss: many people named, the lecturer said to stay; only the name of the course changes.")

M("yang-clause-after-name", "2028-02-08 10:30:00",
  ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "Pengampu Mekanika Fluida",
  """Halo admin,

Pengampu MK Mekanika Fluida (TM2204) diganti ke Rina Marlina, S.T., M.Sc. yang baru bergabung di jurusan bulan ini. Terima kasih.

Agus
""", "course_data", "id",
  cd("TM2204", "Mekanika Fluida", lecturer="Rina Marlina, S.T., M.Sc."), client="gmail")

M("comma-note-after-name", "2028-02-08 11:45:00",
  ("Kaprodi Bahasa Inggris Bisnis", "kaprodi.bib@polibatam.ac.id"),
  "Dosen English for Business Correspondence",
  """Yth. Tim P4M,

Dosen MK English for Business Correspondence (BIB2106) digantikan oleh Bu Ratih Purnamasari, M.Pd., dosen tetap baru dari Prodi Bahasa. Mohon dibantu perubahannya di e-learning.

Hormat kami,
Kaprodi BIB
""", "course_data", "id",
  cd("BIB2106", "English for Business Correspondence", lecturer="Ratih Purnamasari, M.Pd."), client="outlook",
  note="A comma then a note about the person ends the name.")

M("bracket-unit-after-degree", "2028-02-08 13:00:00",
  ("Fajar Nugroho", "fajar.nugroho@polibatam.ac.id"),
  "Pengampu Jaringan Komputer 2",
  """Dear admin,

Mohon dosen pengampu MK Jaringan Komputer 2 (IF3103) diganti menjadi Ahmad Fauzi, S.Kom., M.Kom. (Lab Jaringan). Pak Hasan sudah tidak mengajar MK ini.

Terima kasih
Fajar
""", "course_data", "id",
  cd("IF3103", "Jaringan Komputer 2", lecturer="Ahmad Fauzi, S.Kom., M.Kom."), client="gmail",
  note="A laboratory in brackets after the degree is no university.")

M("phone-after-name-pengampu-baru", "2028-02-08 14:20:00",
  ("TU Prodi Mekatronika", "tu.mka@polibatam.ac.id"),
  "Pengampu baru Robotika",
  """Yth. P4M,

Pengampu baru MK Robotika Industri (MKA3301): Yusuf Efendi, S.Kom., M.Cs. HP 0812-7788-1234. Mohon ditambahkan ke course, menggantikan pengampu lama.

Terima kasih
TU Prodi Mekatronika
""", "course_data", "id",
  cd("MKA3301", "Robotika Industri", lecturer="Yusuf Efendi, S.Kom., M.Cs."), client="outlook",
  note="A phone number after the degrees ends the name.")

M("en-will-take-over-from", "2028-02-09 08:10:00",
  ("Jonathan Reyes", "jonathan.reyes@polibatam.ac.id"),
  "Business Communication lecturer",
  """Hello P4M,

Just a note that Ms. Chloe Tan, MBA will take over Business Communication (BA2101) from Mr. Davis starting next week. Could you please update the lecturer on the course page?

Thanks,
Jonathan Reyes
Programme Office
""", "course_data", "en",
  cd("BA2101", "Business Communication", lecturer="Chloe Tan, MBA"), client="thunderbird")

M("near-pengganti-satu-pertemuan-kelas", "2028-02-09 09:30:00",
  ("Hadi Kusuma", "hadi.kusuma@polibatam.ac.id"),
  "Kelas MK Termodinamika",
  """Admin,

Minggu ini saya dinas luar, kuliah Termodinamika (TM2101) pertemuan ke-4 diisi oleh Dr. Wahyu Hidayat sebagai dosen pengganti satu kali saja. Yang perlu diubah hanya kelasnya: mohon dipindah ke TM-2B.

Terima kasih,
Hadi Kusuma, S.T., M.T.
""", "course_data", "id",
  cd("TM2101", "Termodinamika", **{"class": "TM-2B"}), client="gmail",
  note="Near-miss: a substitute for one meeting; only the class is asked.")

M("kaprodi-approved-then-new", "2028-02-09 10:40:00",
  ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "Pergantian dosen Pemasaran Digital",
  """Selamat siang,

Sudah disetujui Kaprodi, Dr. Bambang Irawan, S.E., M.M. Mohon dosen MK Pemasaran Digital (AB3105) diganti menjadi Nadia Putri, S.E., M.B.A. karena saya mulai tugas belajar.

Terima kasih,
Wulan Sari, S.E., M.M.
""", "course_data", "id",
  cd("AB3105", "Pemasaran Digital", lecturer="Nadia Putri, S.E., M.B.A."), client="gmail",
  note="The head who approved is named first; the new lecturer comes after 'diganti menjadi'.")

M("ts-dr-malaysian-replacement", "2028-02-09 13:15:00",
  ("Nurul Izzah", "nurul.izzah@polibatam.ac.id"),
  "Replacement lecturer: Industrial Automation",
  """Dear Sir/Madam,

Please replace the lecturer of Industrial Automation (MKA3205) with Ts. Dr. Mohd Faizal bin Ismail, as agreed with the faculty. Dr. Tan has returned to Penang.

Thank you.

Nurul Izzah
""", "course_data", "en",
  cd("MKA3205", "Industrial Automation", lecturer="Ts. Dr. Mohd Faizal bin Ismail"), client="outlook",
  note="A Malaysian technologist's 'Ts.' before the doctorate.")

M("near-quoted-reply-thanks-sks", "2028-02-09 14:30:00",
  ("Dewi Anggraini", "dewi.anggraini@polibatam.ac.id"),
  "Re: [P4M #5102] Pengampu Etika Profesi",
  """Terima kasih min, pengampunya sudah benar sekarang. Satu lagi: SKS MK Etika Profesi (IF4102) tolong diubah jadi 3.

Pada Sel, 8 Feb 2028 pukul 15.10, Helpdesk P4M menulis:
> Dosen pengampu MK Etika Profesi (IF4102) sudah kami ganti menjadi Yohanes Kristianto, S.Kom., M.T.
> Terima kasih.
""", "course_data", "id",
  cd("IF4102", "Etika Profesi", credits="3"), client="gmail", reply="<p4m-5102@polibatam.ac.id>",
  note="Near-miss: the lecturer change already done, named in the quoted answer; only the credits are asked.")

M("sebagai-after-name-added", "2028-02-10 08:20:00",
  ("Prodi Teknik Geomatika", "prodi.geo@polibatam.ac.id"),
  "Tambah dosen Fotogrametri",
  """Yth. admin P4M,

Mohon ditambahkan dosen untuk MK Fotogrametri (GEO2203): Ir. Sri Mulyani, M.T. sebagai dosen kedua mendampingi Pak Taufik. Terima kasih.

Prodi Teknik Geomatika
""", "course_data", "id",
  cd("GEO2203", "Fotogrametri", lecturer="Ir. Sri Mulyani, M.T."), client="outlook")

M("date-after-name-efektif", "2028-02-10 09:45:00",
  ("Siti Aminah", "siti.aminah@polibatam.ac.id"),
  "Perubahan pengampu Kimia Dasar",
  """Assalamualaikum,

Pengampu MK Kimia Dasar (TK1101) berganti menjadi Dr. Maya Sari 12 Februari 2028 nanti, setelah SK keluar. Mohon dibantu ya.

Wassalam,
Siti
""", "course_data", "id",
  cd("TK1101", "Kimia Dasar", lecturer="Dr. Maya Sari"), client="gmail",
  note="A date right after the name ends it.")

BATCH_ENDS.append(len(E.MAILS))


# ---------------------------------------------------------------- batch 2 (written before its rules)

M("disposisi-wadir-acc-sdri", "2028-02-14 07:30:00",
  ("Staf Wadir I", "staf.wadir1@polibatam.ac.id"),
  "Disposisi Wadir I: dosen Bahasa Indonesia",
  """Yth. Admin P4M,

Meneruskan lembar disposisi Wadir I:
Disp. Wadir I: ACC. Dosen MK Bahasa Indonesia (MKU1104) ganti dgn Sdri. Maria Ulfa, S.Pd., M.Hum. sesuai usulan prodi.

Terima kasih.
Staf Wadir I
""", "course_data", "id",
  cd("MKU1104", "Bahasa Indonesia", lecturer="Maria Ulfa, S.Pd., M.Hum."), client="outlook")

M("en-sg-will-be-replacing-nus", "2028-02-14 08:15:00",
  ("Grace Lim", "grace.lim@polibatam.ac.id"),
  "Data Analytics - lecturer change",
  """Hi P4M,

Dr. Tan Boon Kiat (NUS) will be replacing Prof. Wong as lecturer for Data Analytics (IF4207) this term. Please update the course page accordingly.

Cheers,
Grace
""", "course_data", "en",
  cd("IF4207", "Data Analytics", lecturer="Dr. Tan Boon Kiat"), client="gmail")

M("nickname-curly-dosen-baru", "2028-02-14 09:00:00",
  ("Fauzan Akbar", "fauzan.akbar@polibatam.ac.id"),
  "dosen baru mobile programming",
  """Min, dosen baru MK Pemrograman Mobile (IF3106): Siti “Ica” Rahmawati, S.Tr.Kom., M.Kom. Tolong diganti di course ya, makasih.
""", "course_data", "id",
  cd("IF3106", "Pemrograman Mobile", lecturer="Siti “Ica” Rahmawati, S.Tr.Kom., M.Kom."), client="iphone")

M("en-bulleted-team-new", "2028-02-14 10:10:00",
  ("Programme Leader Mechanical", "pl.mech@polibatam.ac.id"),
  "Teaching team - Heat Transfer",
  """Dear P4M,

The teaching team for Heat Transfer (TM3102) this semester is:
- Dr. Agus Wibowo, M.T.
- Dimas Pratama, S.T., M.Eng. - new
- Lukman Hakim, S.T., M.T.

Please update the lecturers in the course. Thank you.

Programme Leader, Mechanical Engineering
""", "course_data", "en",
  cd("TM3102", "Heat Transfer", lecturer="Dimas Pratama, S.T., M.Eng."), client="outlook",
  note="A bulleted team where one line is marked new after a dash.")

M("nip-after-comma-colon", "2028-02-14 11:20:00",
  ("Subbag Kepegawaian", "kepegawaian@polibatam.ac.id"),
  "Pengampu baru Psikologi Pendidikan",
  """Yth. P4M,

Pengampu baru MK Psikologi Pendidikan (PD2103): Dra. Endang Susilowati, M.Pd., NIP: 197003141995122001. Mohon diperbarui di e-learning.

Terima kasih,
Subbag Kepegawaian
""", "course_data", "id",
  cd("PD2103", "Psikologi Pendidikan", lecturer="Dra. Endang Susilowati, M.Pd."), client="outlook")

M("en-nidn-bracket-change-to", "2028-02-14 13:00:00",
  ("Rudy Hermawan", "rudy.hermawan@polibatam.ac.id"),
  "lecturer change Digital Electronics",
  """Hello,

pls change the lecturer of Digital Electronics (TRE2103) to Bayu Aji, S.T., M.T. (NIDN 0015087703). I have moved to the research centre.

Rudy
""", "course_data", "en",
  cd("TRE2103", "Digital Electronics", lecturer="Bayu Aji, S.T., M.T."), client="gmail")

M("en-mononym-add-co-lecturer", "2028-02-15 07:45:00",
  ("Hartono Wijaya", "hartono.wijaya@polibatam.ac.id"),
  "Add co-lecturer for Welding Practice",
  """Dear admin,

Please add Mr. Sutrisno as co-lecturer for Welding Practice (TM2108). He is the senior workshop instructor and will supervise the practical sessions with me.

Regards,
Hartono
""", "course_data", "en",
  cd("TM2108", "Welding Practice", lecturer="Sutrisno"), client="thunderbird",
  note="A one-word name after a courtesy word, added beside the writer.")

M("mononym-diganti-ke-bu", "2028-02-15 08:30:00",
  ("Admin Prodi D3 Akuntansi", "admin.d3ak@polibatam.ac.id"),
  "Dosen Pengantar Akuntansi",
  """Pagi min, dosen MK Pengantar Akuntansi (AK1101) diganti ke Bu Suharti ya mulai pertemuan ke-3. Terima kasih.
""", "course_data", "id",
  cd("AK1101", "Pengantar Akuntansi", lecturer="Suharti"), client="iphone")

M("near-konfirmasi-banyak-nama-sks", "2028-02-15 09:40:00",
  ("Irawati", "irawati@polibatam.ac.id"),
  "SKS Manajemen Proyek",
  """Yth. P4M,

Untuk MK Manajemen Proyek (TI3204), Pak Rahmat Hidayat, M.T. dan Bu Dina Mariana, M.M. tetap mengajar bersama seperti semester lalu; Dr. Joko Santoso hanya memberi kuliah tamu. Yang perlu diubah hanya SKS-nya menjadi 3.

Terima kasih,
Irawati
""", "course_data", "id",
  cd("TI3204", "Manajemen Proyek", credits="3"), client="outlook",
  note="Near-miss: three people named, none new; only the credits are asked.")

M("untuk-after-name-tambahkan", "2028-02-15 10:50:00",
  ("Kaprodi Teknik Informatika", "kaprodi.if@polibatam.ac.id"),
  "Tambah pengajar Keamanan Jaringan",
  """Admin,

Tolong tambahkan Dr. Irwan Syahputra, M.Kom. untuk mengajar MK Keamanan Jaringan (IF3207) bersama Pak Yudi. Terima kasih.

Kaprodi IF
""", "course_data", "id",
  cd("IF3207", "Keamanan Jaringan", lecturer="Dr. Irwan Syahputra, M.Kom."), client="gmail")

M("en-changes-to-on-date", "2028-02-15 13:30:00",
  ("Academic Office", "academic.office@polibatam.ac.id"),
  "Lecturer update: Research Methods",
  """Dear P4M,

The lecturer of Research Methods (RM4101) changes to Dr. Priya Nair on 3 March 2028, after Dr. Hughes leaves. Please reflect this in the e-learning.

Kind regards,
Academic Office
""", "course_data", "en",
  cd("RM4101", "Research Methods", lecturer="Dr. Priya Nair"), client="outlook")

M("bracket-praktisi-kap", "2028-02-16 08:00:00",
  ("Yanti Susanti", "yanti.susanti@polibatam.ac.id"),
  "Pengampu Perpajakan Lanjutan",
  """Dengan hormat,

Mohon dosen pengampu MK Perpajakan Lanjutan (AK3206) diganti menjadi Hendro Wibisono, S.E., M.Ak. (Praktisi, KAP Wibisono & Rekan). Saya pindah ke MK Audit.

Hormat saya,
Yanti Susanti, S.E., M.Ak.
""", "course_data", "id",
  cd("AK3206", "Perpajakan Lanjutan", lecturer="Hendro Wibisono, S.E., M.Ak."), client="gmail")

M("en-appositive-new-hire-take-over", "2028-02-16 09:10:00",
  ("Head of Mathematics", "head.math@polibatam.ac.id"),
  "Linear Algebra lecturer",
  """Dear P4M,

Ms. Aisha Rahman, M.Sc., our new hire, will take over Linear Algebra (MA1203) from next week. Please update the lecturer listed on the course.

Best,
Head of Mathematics
""", "course_data", "en",
  cd("MA1203", "Linear Algebra", lecturer="Aisha Rahman, M.Sc."), client="outlook",
  note="An apposition between the name and 'will take over'.")

M("near-en-cover-two-weeks-fullname", "2028-02-16 10:20:00",
  ("Michael Chen", "michael.chen@polibatam.ac.id"),
  "Course name: Operations Research",
  """Hi P4M,

I am away for two weeks; Dr. Farid Hasan will cover my classes in the meantime. Separately, please rename Operations Research (MA3104) to Operations Research and Optimisation.

Thanks,
Michael Chen, Ph.D.
""", "course_data", "en",
  cd("MA3104", "Operations Research", fullname="Operations Research and Optimisation"), client="gmail",
  note="Near-miss: a colleague covers for two weeks; only the name of the course is asked.")

M("acc-kajur-bracket-then-new", "2028-02-16 11:30:00",
  ("Lina Kusuma", "lina.kusuma@polibatam.ac.id"),
  "Ganti dosen Bahasa Inggris Teknik",
  """Selamat siang min,

Acc Kajur (Dr. Irfan Hakim, M.T.). Dosen MK Bahasa Inggris Teknik (BIT1102) diganti jadi Lina Marlina, S.Pd., M.Pd. ya.

Makasih
""", "course_data", "id",
  cd("BIT1102", "Bahasa Inggris Teknik", lecturer="Lina Marlina, S.Pd., M.Pd."), client="gmail")

M("kaprodi-menetapkan-signature", "2028-02-16 13:40:00",
  ("Dr. Hafiz Ramadhan", "hafiz.ramadhan@polibatam.ac.id"),
  "Penetapan pengampu Kecerdasan Buatan",
  """Yth. Tim P4M,

Saya selaku Kaprodi menetapkan pengampu baru MK Kecerdasan Buatan (IF3301) adalah Rizky Ananda, S.Kom., M.T. Mohon diperbarui.

Hormat saya,
Dr. Hafiz Ramadhan, M.Kom.
Kaprodi Teknik Informatika
""", "course_data", "id",
  cd("IF3301", "Kecerdasan Buatan", lecturer="Rizky Ananda, S.Kom., M.T."), client="outlook")

M("dipegang-oleh-bulan-depan", "2028-02-17 08:00:00",
  ("Sekretaris Prodi Kimia", "sekprodi.kimia@polibatam.ac.id"),
  "Pengampu Kimia Analitik",
  """Yth. P4M,

Mulai bulan depan MK Kimia Analitik (TK2105) akan dipegang oleh Bu Melati Suryani, S.Si., M.Si. menggantikan Pak Darto. Mohon nama dosen di e-learning diganti.

Terima kasih
""", "course_data", "id",
  cd("TK2105", "Kimia Analitik", lecturer="Melati Suryani, S.Si., M.Si."), client="outlook")

M("wa-forward-chat-ganti", "2028-02-17 09:15:00",
  ("Nanda Putri", "nanda.putri@polibatam.ac.id"),
  "Fwd chat kaprodi",
  """Min, ini pesan kaprodi di grup:

[10.15, 16/2/2028] Kaprodi TRM: tolong ganti pengampu MK Sistem Pneumatik (TRM2204) ke pak Joko Susilo ya, pak Anton pindah ke Batam Aero

Mohon dibantu, makasih min.
""", "course_data", "id",
  cd("TRM2204", "Sistem Pneumatik", lecturer="Joko Susilo"), client="gmail")

M("near-pengganti-belum-ditentukan-shortname", "2028-02-17 10:30:00",
  ("Admin Prodi Logistik", "admin.log@polibatam.ac.id"),
  "MK Manajemen Gudang",
  """Yth. P4M,

Pak Budi Raharjo, S.E., M.M. sudah pensiun; dosen pengganti MK Manajemen Gudang (LOG2102) belum ditentukan, nanti kami kabari. Sementara itu mohon nama singkat MK diubah jadi MGUDANG.

Terima kasih
""", "course_data", "id",
  cd("LOG2102", "Manajemen Gudang", shortname="MGUDANG"), client="outlook",
  note="Near-miss: the old lecturer named, the new one not yet known; only the short name is asked.")

BATCH_ENDS.append(len(E.MAILS))


# ---------------------------------------------------------------- batch 3 (written before its rules)

M("bracket-menggantikan-capital", "2028-02-21 07:50:00",
  ("Kaprodi Teknik Sipil", "kaprodi.ts@polibatam.ac.id"),
  "Pengampu Struktur Beton",
  """Yth. P4M,

Mohon pengampu MK Struktur Beton (TS3102) diganti menjadi Ir. Darmawan Putra, S.T., M.T. (Menggantikan Dr. Sulaiman). Terima kasih.

Kaprodi TS
""", "course_data", "id",
  cd("TS3102", "Struktur Beton", lecturer="Ir. Darmawan Putra, S.T., M.T."), client="outlook",
  note="A capitalised note in brackets after the degrees says whom the person replaces; it is no university.")

M("bracket-semester-genap", "2028-02-21 08:40:00",
  ("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
  "dosen Sistem Informasi Akuntansi",
  """Halo admin, dosen MK Sistem Informasi Akuntansi (AK2205) diganti jadi Rahmawati Siregar, S.E., M.Ak. (Genap) ya. Makasih.
""", "course_data", "id",
  cd("AK2205", "Sistem Informasi Akuntansi", lecturer="Rahmawati Siregar, S.E., M.Ak."), client="iphone")

M("en-bracket-acting-head", "2028-02-21 09:30:00",
  ("Programme Office Logistics", "po.log@polibatam.ac.id"),
  "Supply Chain Analytics lecturer",
  """Dear P4M,

Please change the lecturer of Supply Chain Analytics (LOG3106) to Kevin Hartanto, M.Sc. (Acting Head of Programme). Thank you.

Programme Office
""", "course_data", "en",
  cd("LOG3106", "Supply Chain Analytics", lecturer="Kevin Hartanto, M.Sc."), client="outlook")

M("bracket-pak-old-name", "2028-02-21 10:45:00",
  ("Dodi Firmansyah", "dodi.firmansyah@polibatam.ac.id"),
  "Pengampu Mikrokontroler",
  """Min, pengampu MK Mikrokontroler (TRE2205) tolong diganti ke Arief Wicaksono, S.T., M.Eng. (Bukan Pak Arief Budiman). Tks.
""", "course_data", "id",
  cd("TRE2205", "Mikrokontroler", lecturer="Arief Wicaksono, S.T., M.Eng."), client="iphone")

M("university-bracket-kept-then-yang", "2028-02-21 13:10:00",
  ("Sekretaris Jurusan Mesin", "sekjur.mesin@polibatam.ac.id"),
  "Dosen Metalurgi Fisik",
  """Yth. Admin P4M,

Dosen pengampu MK Metalurgi Fisik (TM3205) diganti menjadi Dr. Hendrik Saragih, M.Eng. (Tohoku) yang baru kembali dari studi S3. Terima kasih.

Sekjur Mesin
""", "course_data", "id",
  cd("TM3205", "Metalurgi Fisik", lecturer="Dr. Hendrik Saragih, M.Eng. (Tohoku)"), client="outlook",
  note="The university in brackets after the degree belongs to the name; 'yang' ends it.")

M("near-cc-many-titled-names-kunci", "2028-02-22 08:00:00",
  ("Bayu Saputra", "bayu.saputra@polibatam.ac.id"),
  "Kunci enrol Fisika Terapan",
  """Yth. P4M,

Dengan sepengetahuan Dr. Anita Kusuma, M.Si. (Kaprodi) dan Ir. Sofyan Hadi, M.T. (Koordinator MK), kunci enrol MK Fisika Terapan (TF1102) mohon diganti menjadi fisika2028.

Terima kasih,
Bayu Saputra, S.Si., M.Si.
""", "course_data", "id",
  cd("TF1102", "Fisika Terapan", enrolment_key="fisika2028"), client="outlook",
  note="Near-miss: titled people named as witnesses; only the enrolment key is asked.")

M("en-replacement-ext-number", "2028-02-22 09:20:00",
  ("Sarah Wijaya", "sarah.wijaya@polibatam.ac.id"),
  "Lecturer for Marketing Research",
  """Hello P4M team,

The new lecturer for Marketing Research (MB3104) is Daniel Kurniawan, MBA ext. 2241. Please update the course when you can.

Thanks,
Sarah
""", "course_data", "en",
  cd("MB3104", "Marketing Research", lecturer="Daniel Kurniawan, MBA"), client="gmail")

M("near-yang-lama-disebut-dua-kali-kelas", "2028-02-22 10:30:00",
  ("Rina Amelia", "rina.amelia@polibatam.ac.id"),
  "Kelas Kalkulus 1",
  """Admin, MK Kalkulus 1 (MA1101) yang diampu Pak Heru Susanto, M.Si. kelasnya tolong dipindah ke MA-1C. Pak Heru tetap pengampunya.

Terima kasih
""", "course_data", "id",
  cd("MA1101", "Kalkulus 1", **{"class": "MA-1C"}), client="gmail",
  note="Near-miss: the lecturer who stays is named twice; only the class is asked.")

BATCH_ENDS.append(len(E.MAILS))


# ---------------------------------------------------------------- batch 4 (written before its rules)

M("en-swap-out-put-in", "2028-02-28 08:00:00",
  ("Operations Programme", "ops.prog@polibatam.ac.id"),
  "Lecturer swap - Quality Management",
  """Hi team,

For Quality Management (OM2203), please swap Dr. Peterson out and put Mr. Rafael Gomes, M.Sc. in as the lecturer. Dr. Peterson has moved to the graduate school.

Thanks,
Operations Programme
""", "course_data", "en",
  cd("OM2203", "Quality Management", lecturer="Rafael Gomes, M.Sc."), client="outlook")

M("bracket-dosen-baru-akan-mengampu", "2028-02-28 09:00:00",
  ("Sekprodi Teknik Kimia", "sekprodi.tk@polibatam.ac.id"),
  "Pengampu Operasi Teknik Kimia",
  """Yth. P4M,

Agustinus Manalu, S.T., M.T. (dosen baru) akan mengampu MK Operasi Teknik Kimia (TK3104) menggantikan Pak Rahmat. Mohon nama pengampu diperbarui.

Terima kasih
""", "course_data", "id",
  cd("TK3104", "Operasi Teknik Kimia", lecturer="Agustinus Manalu, S.T., M.T."), client="outlook")

M("near-cc-list-nama-mk", "2028-02-28 10:10:00",
  ("Prodi Teknik Mesin", "prodi.tm@polibatam.ac.id"),
  "Nama MK Perpindahan Panas",
  """Yth. P4M,

Mohon nama MK Perpindahan Panas (TM3103) diubah menjadi Perpindahan Panas dan Massa.

Terima kasih.

cc: Dr. Agus Wibowo, M.T. (Kaprodi); Ir. Lukman Hakim, M.T. (dosen pengampu)
""", "course_data", "id",
  cd("TM3103", "Perpindahan Panas", fullname="Perpindahan Panas dan Massa"), client="outlook",
  note="Near-miss: a cc line names the head and the lecturer; only the name of the course is asked.")

M("hj-spdi-sebagai-pengganti", "2028-02-28 11:00:00",
  ("Admin Prodi PAI", "admin.pai@polibatam.ac.id"),
  "Pengganti dosen Bahasa Arab",
  """Assalamualaikum admin,

Mohon dicantumkan Hj. Nurhayati, S.Pd.I., M.Pd. sebagai pengganti Pak Syamsul di MK Bahasa Arab Dasar (PAI1103). Jazakallah.

Admin Prodi PAI
""", "course_data", "id",
  cd("PAI1103", "Bahasa Arab Dasar", lecturer="Hj. Nurhayati, S.Pd.I., M.Pd."), client="gmail")

M("en-our-new-lecturer-joins", "2028-02-28 13:00:00",
  ("Japanese Studies Unit", "jsu@polibatam.ac.id"),
  "New lecturer for Japanese Language 2",
  """Dear P4M,

Our new lecturer for Japanese Language 2 (JP1202), Mr. Kenji Sato, joins us from April and replaces Ms. Ito. Could you put his name on the course?

Kind regards,
Japanese Studies Unit
""", "course_data", "en",
  cd("JP1202", "Japanese Language 2", lecturer="Kenji Sato"), client="thunderbird")

M("near-saya-dr-kunci", "2028-02-29 08:00:00",
  ("Dr. Budi Hartanto", "budi.hartanto@polibatam.ac.id"),
  "Kunci enrol Analisis Numerik",
  """Yth. P4M,

Saya, Dr. Budi Hartanto, M.Si., dosen pengampu MK Analisis Numerik (MA2204), ingin kunci enrol course diganti menjadi numerik28.

Terima kasih.
""", "course_data", "id",
  cd("MA2204", "Analisis Numerik", enrolment_key="numerik28"), client="gmail",
  note="Near-miss: the writer names themself as the lecturer; only the key is asked.")

M("reply-nama-lengkap-nip", "2028-02-29 09:00:00",
  ("Made Wirawan", "made.wirawan@polibatam.ac.id"),
  "Re: [P4M #5230] Pergantian dosen Bahasa Bali",
  """Nama lengkapnya: Dra. Ni Wayan Sukerti, M.Hum. (NIP 197004121996032001)

Suksma.

Pada Sen, 28 Feb 2028 pukul 10.00, Helpdesk P4M menulis:
> Permintaan penggantian dosen MK Bahasa Bali (BB1101) sudah kami terima.
> Mohon nama lengkap dosen pengampu yang baru beserta gelarnya.
""", "course_data", "id",
  cd("BB1101", "Bahasa Bali", lecturer="Dra. Ni Wayan Sukerti, M.Hum."), client="gmail",
  reply="<p4m-5230@polibatam.ac.id>")

M("person-first-menggantikan-saya-date", "2028-02-29 10:00:00",
  ("Robert Siahaan", "robert.siahaan@polibatam.ac.id"),
  "Pengampu Teknik Tenaga Listrik",
  """Dengan hormat,

Gregorius Sinaga, S.T., M.T. menggantikan saya sebagai pengampu MK Teknik Tenaga Listrik (EL3106) mulai 1 Maret 2028. Mohon dibantu perubahannya.

Hormat saya,
Robert Siahaan, S.T., M.Eng.
""", "course_data", "id",
  cd("EL3106", "Teknik Tenaga Listrik", lecturer="Gregorius Sinaga, S.T., M.T."), client="outlook")

M("near-two-named-undecided-en", "2028-02-29 11:00:00",
  ("Media Programme", "media.prog@polibatam.ac.id"),
  "Video Production credits",
  """Hello P4M,

We are still deciding whether Ms. Laura Kim or Mr. Dion Saputra, M.Sn. will lead Video Production (MM2105) next term, so please leave the lecturer as it is. Only change its credits to 4.

Thanks
""", "course_data", "en",
  cd("MM2105", "Video Production", credits="4"), client="gmail",
  note="Near-miss: two candidates and the lecturer asked to stay; only the credits are asked.")

M("tolong-tambahkan-mononym-en-dash-note", "2028-02-29 13:00:00",
  ("Pak Harun", "harun@polibatam.ac.id"),
  "tambah dosen praktik las",
  """Min tolong tambahkan Bu Sumiati sebagai dosen MK Praktik Las (TM1107) – beliau instruktur BLK yang bantu praktik. Nuwun.
""", "course_data", "id",
  cd("TM1107", "Praktik Las", lecturer="Sumiati"), client="iphone")

BATCH_ENDS.append(len(E.MAILS))


if __name__ == "__main__":
    E.PLAN = {kind: sum(m["type"] == kind for m in E.MAILS) for kind in {m["type"] for m in E.MAILS}}
    only = os.environ.get("TUNE28_BATCH")
    if only:
        b = int(only)
        del E.MAILS[BATCH_ENDS[b - 1]:]
        del E.MAILS[:BATCH_ENDS[b - 2] if b > 1 else 0]
    sys.exit(E.main())

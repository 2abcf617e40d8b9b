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
E.PLAN = {"course_data": 40}
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

BATCH_ENDS.append(len(E.MAILS))


if __name__ == "__main__":
    only = os.environ.get("TUNE22_BATCH")
    if only:
        b = int(only)
        del E.MAILS[BATCH_ENDS[b - 1]:]
        del E.MAILS[:BATCH_ENDS[b - 2] if b > 1 else 0]
    sys.exit(E.main())

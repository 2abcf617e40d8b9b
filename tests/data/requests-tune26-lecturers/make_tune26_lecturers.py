#!/usr/bin/env python3
"""Generate the twenty-sixth P4M helpdesk TUNING corpus: where a lecturer's name ends, who is the new lecturer, and
when a lecturer change is asked at all.

Written blind (no held-out mail read), in voices no corpus had: industry practitioners who teach (aircraft
maintenance engineers with licence classes "AMEL B1", "B1/B2", "B2.1"; ship officers with "ANT-I", "ATT-II";
accountants with "CPA", "CA"; security and project people with "CISSP", "PMP"; physicians with "Sp.PD-KGEH",
"Sp.OG(K)"), foreign lecturers with Korean, Japanese, Arabic and German names ("Lee Seung-woo", "Yamamoto Kenji",
"Abdullah Al-Mas'udi", "Prof. Dr.-Ing."), titles before the name ("Kapt.", "Hj.", "Ir.", "dr."), a university in
brackets after a degree ("M.Eng. (Tokyo Tech)") and a second degree after it. Roles that are the lecturer: the
course coordinator, pengampu, team teaching, "diampu oleh", "taught by", instructor; a person added beside the one
who stays, the writer asking to be added. Near-misses: two people named with the new one undecided, a practitioner
for one meeting, a coordinator who stays, an affiliation in brackets after a plain name.

Labels: the lecturer as written with academic titles, degrees and professional post-nominals (licence classes and
a university in brackets after a degree included), without a courtesy word (Bapak, Ibu, Pak, Bu, Mr., Ms.). The
message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py.
Run:  python3 make_tune26_lecturers.py          (TUNE26_BATCH=1 OUT=dir ... --partial writes one batch elsewhere)
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

M("amel-kelas-lisensi-titik", "2027-12-20 07:15:00",
  ("Capt. Heru Prasetyo", "heru.prasetyo@polibatam.ac.id"),
  "Instruktur Aircraft Electrical Systems",
  """P4M,

Instruktur MK Aircraft Electrical Systems (TPU2206) diganti ke Dedi Kurniawan, A.Md., AMEL B2. Saya rotasi ke hangar line maintenance mulai Senin.

Tks,
Heru / QA Dept
""", "course_data", "id",
  cd("TPU2206", "Aircraft Electrical Systems", lecturer="Dedi Kurniawan, A.Md., AMEL B2"), client="iphone",
  note="An engineer's licence class follows the licence after the degree.")

M("amel-dua-kelas-label", "2027-12-20 08:00:00",
  ("Admin Prodi TPPU", "admin.tppu@polibatam.ac.id"),
  "Perubahan instruktur Aircraft Hydraulic Systems",
  """Yth. Helpdesk P4M,

Mohon perubahan data instruktur berikut:

Kode MK: TPU2203
Nama MK: Aircraft Hydraulic Systems
Instruktur lama: Samsul Bahri, A.Md.
Instruktur baru: Yusuf Hamdani, S.T., AMEL B1/B2

Terima kasih,
Admin Prodi TPPU
""", "course_data", "id",
  cd("TPU2203", "Aircraft Hydraulic Systems", lecturer="Yusuf Hamdani, S.T., AMEL B1/B2"), client="outlook")

M("kapal-ant-i-kapten", "2027-12-20 09:20:00",
  ("Ketua Prodi Nautika", "kaprodi.nautika@polibatam.ac.id"),
  "Pengampu Navigasi Elektronik",
  """Assalamualaikum admin,

Pengampu MK Navigasi Elektronik (NK3104) mulai semester genap diganti menjadi Kapt. Sutrisno Wibowo, M.Mar., ANT-I karena dosen sebelumnya kembali berlayar.

Wassalam,
Kaprodi Nautika
""", "course_data", "id",
  cd("NK3104", "Navigasi Elektronik", lecturer="Kapt. Sutrisno Wibowo, M.Mar., ANT-I"), client="zimbra",
  note="A ship officer's certificate with a hyphen and a Roman numeral ends the name; Kapt. is a title.")

M("en-university-in-brackets-then-phd", "2027-12-20 10:05:00",
  ("Nadia Putri", "nadia.putri@polibatam.ac.id"),
  "Lecturer update - Machine Vision",
  """Dear P4M team,

The lecturer for Machine Vision (RE4102) should now be Dr. Aulia Rahman, S.T., M.Eng. (Tokyo Tech), Ph.D. He has joined us from industry this month.

Kind regards,
Nadia Putri
Robotics Study Programme
""", "course_data", "en",
  cd("RE4102", "Machine Vision", lecturer="Dr. Aulia Rahman, S.T., M.Eng. (Tokyo Tech), Ph.D."), client="outlook",
  note="A university in brackets after a degree, then another degree.")

M("akuntan-dua-magister-cpa", "2027-12-20 11:30:00",
  ("Sekprodi Akuntansi Manajerial", "sekprodi.am@polibatam.ac.id"),
  "dosen Akuntansi Forensik",
  """Selamat siang,

Mohon dosen pengampu Akuntansi Forensik (AK4203) diubah menjadi Ratna Dewi Anggraeni, S.E., M.Ak., M.M., CPA. Beliau praktisi dari kantor akuntan publik.

Salam,
Sekprodi AM
""", "course_data", "id",
  cd("AK4203", "Akuntansi Forensik", lecturer="Ratna Dewi Anggraeni, S.E., M.Ak., M.M., CPA"), client="gmail")

M("en-korea-taught-by-instead", "2027-12-21 07:45:00",
  ("Hendra Gunawan", "hendra.gunawan@polibatam.ac.id"),
  "Smart Factory lecturer",
  """Hi P4M,

From this semester, Smart Factory (MEC3205) will be taught by Prof. Lee Seung-woo, Ph.D. instead of me. Please update the lecturer in e-learning.

Thanks,
Hendra
""", "course_data", "en",
  cd("MEC3205", "Smart Factory", lecturer="Prof. Lee Seung-woo, Ph.D."), client="gmail",
  note="A Korean name with a hyphen; the writer leaves.")

M("jepang-team-teaching-tetap-utama", "2027-12-21 08:30:00",
  ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "team teaching Robot Vision",
  """Pagi admin,

Mohon ditambahkan Watanabe Yuki, Ph.D. sebagai dosen team teaching MK Robot Vision (RE3302). Saya tetap sebagai pengampu utama, jadi nama saya jangan dihapus.

Terima kasih,
Agus Salim
""", "course_data", "id",
  cd("RE3302", "Robot Vision", lecturer="Watanabe Yuki, Ph.D."), client="gmail",
  note="A second lecturer added; the writer stays.")

M("arab-apostrof-lc", "2027-12-21 09:50:00",
  ("Sekretariat Prodi Bahasa", "prodi.bahasa@polibatam.ac.id"),
  "Penggantian dosen Bahasa Arab Terapan",
  """Yth. Tim Helpdesk,

Dosen pengampu Bahasa Arab Terapan (BA1102) diganti menjadi Dr. Abdullah Al-Mas'udi, Lc., M.A. mulai pertemuan pertama.

Jazakumullah khairan,
Sekretariat Prodi Bahasa
""", "course_data", "id",
  cd("BA1102", "Bahasa Arab Terapan", lecturer="Dr. Abdullah Al-Mas'udi, Lc., M.A."), client="zimbra")

M("koordinator-berganti-ke-iwe", "2027-12-21 10:40:00",
  ("Joko Susilo", "joko.susilo@polibatam.ac.id"),
  "Koordinator MK Teknik Pengelasan",
  """Admin P4M yth,

Hasil rapat KBK kemarin: koordinator MK Teknik Pengelasan (TM2107) per hari ini berganti ke Ir. Bambang Supriyadi, IWE. Saya tetap mengajar kelas B seperti biasa.

Mohon di e-learning disesuaikan.
Joko Susilo
""", "course_data", "id",
  cd("TM2107", "Teknik Pengelasan", lecturer="Ir. Bambang Supriyadi, IWE"), client="thunderbird",
  note="The course coordinator changes; the writer stays a teaching lecturer.")

M("en-course-coordinator-changes-to-cissp", "2027-12-21 13:10:00",
  ("Maria Ulfa", "maria.ulfa@polibatam.ac.id"),
  "Cyber Forensics coordinator",
  """Hello,

The course coordinator for Cyber Forensics (IF4105) changes to Rudi Hartono, S.Kom., M.T., CISSP, effective next week. I remain on the teaching team.

Best,
Maria
""", "course_data", "en",
  cd("IF4105", "Cyber Forensics", lecturer="Rudi Hartono, S.Kom., M.T., CISSP"), client="gmail")

M("en-add-second-instructor-korea", "2027-12-22 07:30:00",
  ("Yusuf Effendi", "yusuf.effendi@polibatam.ac.id"),
  "Second instructor for Embedded Systems",
  """Dear helpdesk,

Please add Mr. Kim Dong-hyun as a second instructor for Embedded Systems (EL3201); I stay as the main lecturer. He is with us for one year from Korea Polytechnic.

Regards,
Dr. Yusuf Effendi
""", "course_data", "en",
  cd("EL3201", "Embedded Systems", lecturer="Kim Dong-hyun"), client="outlook",
  note="A second instructor added; the courtesy word is not part of the name.")

M("en-add-me-my-name-for-system", "2027-12-22 08:45:00",
  ("Sato Aiko", "aiko.sato@kanazawa-it.ac.jp"),
  "Please add me to Mechatronics Design",
  """Hello P4M,

I am co-teaching Mechatronics Design (MEC3301) with Mr. Budi this term as a visiting lecturer. Please add me as a co-lecturer in the e-learning course; Mr. Budi stays.

My name for the system: Sato Aiko
Email: aiko.sato@kanazawa-it.ac.jp

Arigatou gozaimasu,
Sato Aiko
""", "course_data", "en",
  cd("MEC3301", "Mechatronics Design", lecturer="Sato Aiko"), client="gmail",
  note="The writer asks to be added as a lecturer and gives the name to use.")

M("diampu-oleh-pmp-menggantikan", "2027-12-22 09:40:00",
  ("Prodi TRPL", "prodi.trpl@polibatam.ac.id"),
  "MK Manajemen Proyek TI",
  """Yth. Admin e-learning,

Mulai semester ini MK Manajemen Proyek TI (IF3306) diampu oleh Andreas Situmorang, S.Kom., M.M., PMP, menggantikan Pak Heru. Mohon data dosen di e-learning diperbarui.

Terima kasih,
Prodi TRPL
""", "course_data", "id",
  cd("IF3306", "Manajemen Proyek TI", lecturer="Andreas Situmorang, S.Kom., M.M., PMP"), client="outlook")

M("prof-dr-ing-titikdua", "2027-12-22 10:55:00",
  ("Kajur Teknik Elektro", "kajur.elektro@polibatam.ac.id"),
  "Pengampu baru Energi Terbarukan",
  """Yth. Helpdesk P4M,

Pengampu baru MK Energi Terbarukan (EN3102): Prof. Dr.-Ing. Hendrik Siahaan, M.Sc.

Mohon diperbarui sebelum perkuliahan dimulai.
Kajur Teknik Elektro
""", "course_data", "id",
  cd("EN3102", "Energi Terbarukan", lecturer="Prof. Dr.-Ing. Hendrik Siahaan, M.Sc."), client="zimbra")

M("dokter-spesialis-subspesialis", "2027-12-22 13:20:00",
  ("Prodi Keperawatan", "prodi.kep@polibatam.ac.id"),
  "ganti dosen Anatomi Fisiologi",
  """Selamat siang Helpdesk,

Mohon dosen MK Anatomi Fisiologi (KP1101) diganti menjadi dr. Ratna Sari Dewi, Sp.PD-KGEH karena dosen sebelumnya tugas belajar.

Hormat kami,
Prodi Keperawatan
""", "course_data", "id",
  cd("KP1101", "Anatomi Fisiologi", lecturer="dr. Ratna Sari Dewi, Sp.PD-KGEH"), client="gmail",
  note="A physician's sub-specialty joined to the specialty with a hyphen.")

M("hajjah-apostrof-ak-ca", "2027-12-23 07:50:00",
  ("Nur Hidayah", "nur.hidayah@polibatam.ac.id"),
  "Pengajar Akuntansi Syariah",
  """Assalamu'alaikum,

Pengajar MK Akuntansi Syariah (AK3104) diganti ke Hj. Siti Nur'aini, S.E., M.Si., Ak., CA mulai minggu depan ya min.

Wassalam,
Nur Hidayah
""", "course_data", "id",
  cd("AK3104", "Akuntansi Syariah", lecturer="Hj. Siti Nur'aini, S.E., M.Si., Ak., CA"), client="gmail")

M("near-dua-kandidat-belum-pasti", "2027-12-23 08:40:00",
  ("Staf Prodi Matematika Terapan", "staf.mt@polibatam.ac.id"),
  "Dosen Kalkulus Lanjut",
  """Yth. Admin,

Dosen pengampu Kalkulus Lanjut (MA2101) perlu diganti. Kandidatnya Pak Dedi Saputra, M.Si. atau Bu Rina Lestari, M.Si.; keputusan Kaprodi menyusul minggu ini.

Terima kasih
""", "course_data", "id",
  cd("MA2101", "Kalkulus Lanjut"), client="gmail",
  note="Near-miss: two candidates, the new lecturer not decided; no value claimed.")

M("near-praktisi-satu-pertemuan-shortname", "2027-12-23 09:30:00",
  ("Firman Syah", "firman.syah@polibatam.ac.id"),
  "shortname Aircraft Maintenance Practice",
  """Halo admin,

Shortname MK Aircraft Maintenance Practice (TPU2301) mohon diubah jadi AMP-2301. Info saja, minggu depan ada praktisi dari MRO, Capt. Bambang Hermawan, AMEL B1, mengisi satu pertemuan sebagai dosen tamu; data pengampu tidak perlu diubah.

Trims,
Firman
""", "course_data", "id",
  cd("TPU2301", "Aircraft Maintenance Practice", shortname="AMP-2301"), client="gmail",
  note="Near-miss: a practitioner for one meeting; only the short name is asked.")

M("near-koordinator-tetap-sks", "2027-12-23 10:45:00",
  ("Koordinator MK Termodinamika", "wahyu.termo@polibatam.ac.id"),
  "SKS Termodinamika Teknik",
  """Yth. P4M,

Koordinator MK Termodinamika Teknik (TM2201) tetap Dr. Wahyu Nugroho, S.T., M.T.; yang berubah hanya SKS menjadi 3 sesuai kurikulum baru.

Terima kasih
Wahyu
""", "course_data", "id",
  cd("TM2201", "Termodinamika Teknik", credits="3"), client="thunderbird",
  note="Near-miss: the coordinator stays; only the credits change.")

M("kaist-lama-baru-kurung-akhir", "2027-12-23 13:05:00",
  ("Sekretariat TRPL", "sekretariat.trpl@polibatam.ac.id"),
  "Penggantian dosen Deep Learning",
  """Yth. Admin P4M,

Mohon penggantian dosen pengampu MK Deep Learning (IF4210):
Dosen lama: Rahmat Hidayat, M.Kom.
Dosen baru: Kim Ji-young, Ph.D. (KAIST)

Hormat kami,
Sekretariat TRPL
""", "course_data", "id",
  cd("IF4210", "Deep Learning", lecturer="Kim Ji-young, Ph.D. (KAIST)"), client="gmail",
  note="The university in brackets after the last degree.")

BATCH_ENDS.append(len(E.MAILS))

# ---------------------------------------------------------------- batch 2 (written before any rule for it)

M("tabel-pipa-amel-b1-titik", "2028-01-05 07:40:00",
  ("Planning Dept AMO", "planning.amo@polibatam.ac.id"),
  "Update instruktur",
  """Dear P4M,

| Kode | Mata Kuliah | Instruktur baru |
|---|---|---|
| TPU3101 | Gas Turbine Engine Theory | Rizal Fahmi, S.T., AMEL B1.1 |

Mohon diproses. Tks.
Planning Dept
""", "course_data", "mixed",
  cd("TPU3101", "Gas Turbine Engine Theory", lecturer="Rizal Fahmi, S.T., AMEL B1.1"), client="gmail")

M("en-att-ii-replace-with", "2028-01-05 08:30:00",
  ("Chief Engineer Lab", "lab.teknika@polibatam.ac.id"),
  "Marine Diesel Engines - replace lecturer",
  """Good morning,

For Marine Diesel Engines (TK2203), please replace Mr. Salim with Hasan Basri, S.Si.T., M.Mar.E., ATT-II. He is our new chief engineer instructor.

Regards,
Teknika Lab
""", "course_data", "en",
  cd("TK2203", "Marine Diesel Engines", lecturer="Hasan Basri, S.Si.T., M.Mar.E., ATT-II"), client="outlook")

M("mba-kurung-kota-lalu-cpa", "2028-01-05 09:15:00",
  ("Kaprodi Administrasi Bisnis", "kaprodi.ab@polibatam.ac.id"),
  "Dosen Keuangan Internasional",
  """Pagi tim P4M,

Tolong dosen MK Keuangan Internasional (AB3207) diganti jadi Jonathan Sihombing, S.E., MBA (Melbourne), CPA ya. Pak Robert sudah pensiun.

Thx,
Kaprodi AB
""", "course_data", "id",
  cd("AB3207", "Keuangan Internasional", lecturer="Jonathan Sihombing, S.E., MBA (Melbourne), CPA"), client="iphone")

M("sp-og-konsultan-kurung", "2028-01-05 10:20:00",
  ("Prodi Kebidanan", "prodi.kebidanan@polibatam.ac.id"),
  "Pengampu Asuhan Kehamilan",
  """Yth. Helpdesk,

Pengampu Asuhan Kehamilan (KB2105) mulai semester ini adalah dr. Bambang Irawan, Sp.OG(K). Mohon diperbarui di e-learning.

Salam,
Prodi Kebidanan
""", "course_data", "id",
  cd("KB2105", "Asuhan Kehamilan", lecturer="dr. Bambang Irawan, Sp.OG(K)"), client="zimbra")

M("en-taught-by-affiliation-after-plain-name", "2028-01-05 11:00:00",
  ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
  "Industrial IoT teaching",
  """Hi P4M team,

Starting next term, Industrial IoT (IA4101) will be taught by Dr. Choi Soo-jin (Pusan National University) in place of me. Please change the lecturer accordingly.

Thanks,
Lina
""", "course_data", "en",
  cd("IA4101", "Industrial IoT", lecturer="Dr. Choi Soo-jin"), client="gmail",
  note="An affiliation in brackets after a name with no degree is not part of the name.")

M("pjmk-berganti-penanggung-jawab", "2028-01-05 13:30:00",
  ("Sekjur Teknik Mesin", "sekjur.mesin@polibatam.ac.id"),
  "Penanggung jawab MK Mekanika Teknik",
  """Dengan hormat,

Penanggung jawab MK Mekanika Teknik (TM1203) diganti menjadi Dr. Eng. Fitriani Lubis, S.T., M.Eng. (Hiroshima), M.T. mulai semester genap. Dosen lainnya tetap.

Hormat kami,
Sekjur Teknik Mesin
""", "course_data", "id",
  cd("TM1203", "Mekanika Teknik", lecturer="Dr. Eng. Fitriani Lubis, S.T., M.Eng. (Hiroshima), M.T."), client="outlook")

M("arab-bin-al-instructor-should-be", "2028-01-05 14:10:00",
  ("Registrar Office", "registrar@polibatam.ac.id"),
  "Instructor for Islamic Finance",
  """Dear Helpdesk,

The instructor listed for Islamic Finance (AB4102) is wrong. It should be Muhammad bin Salman Al-Qahtani, Ph.D., CPA, not Mr. Faisal.

Regards,
Registrar Office
""", "course_data", "en",
  cd("AB4102", "Islamic Finance", lecturer="Muhammad bin Salman Al-Qahtani, Ph.D., CPA"), client="outlook")

M("jerman-dr-ing-koordinator-en", "2028-01-06 07:35:00",
  ("Teknik Mesin Admin", "admin.mesin@polibatam.ac.id"),
  "Module coordinator Finite Element Methods",
  """Dear P4M,

The module coordinator of Finite Element Methods (TM4105) is now Dr.-Ing. Klaus Becker, Dipl.-Ing. Could you update e-learning? The other lecturers stay.

Best regards,
Admin Teknik Mesin
""", "course_data", "en",
  cd("TM4105", "Finite Element Methods", lecturer="Dr.-Ing. Klaus Becker, Dipl.-Ing."), client="gmail")

M("wa-tambah-dosen-kedua-petik", "2028-01-06 08:20:00",
  ("Yanti Siregar", "yanti.siregar@polibatam.ac.id"),
  "tambah dosen",
  """min tolong tambahin dosen kedua utk MK Basis Data (IF2104) ya: Ma'ruf Amrullah, S.Kom., M.Cs. Sy tetap pengampu utama

mksh
""", "course_data", "id",
  cd("IF2104", "Basis Data", lecturer="Ma'ruf Amrullah, S.Kom., M.Cs."), client="iphone")

M("kapten-pesawat-instruktur-cpl", "2028-01-06 09:10:00",
  ("Prodi Teknik Perawatan Pesawat", "prodi.tpp@polibatam.ac.id"),
  "Instruktur Human Factors",
  """Yth. Helpdesk P4M,

Instruktur MK Human Factors in Aviation (TPU1203) kami ganti dengan Capt. Arief Wicaksono, S.T., ATPL mulai pertemuan ke-3. Mohon disesuaikan.

Terima kasih
Prodi TPP
""", "course_data", "id",
  cd("TPU1203", "Human Factors in Aviation", lecturer="Capt. Arief Wicaksono, S.T., ATPL"), client="outlook")

M("near-a-atau-b-en", "2028-01-06 10:00:00",
  ("Dewi Kartika", "dewi.kartika@polibatam.ac.id"),
  "Lecturer for Cloud Computing",
  """Hello,

The lecturer for Cloud Computing (IF4301) will change next semester, either to Dr. Park Min-seo or to Mr. Andi Pratama, M.Kom. We will confirm after the faculty meeting.

Thanks,
Dewi
""", "course_data", "en",
  cd("IF4301", "Cloud Computing"), client="gmail",
  note="Near-miss: two people named, which one is new is not decided.")

M("near-praktisi-pembicara-kunci", "2028-01-06 11:15:00",
  ("Bayu Saputra", "bayu.saputra@polibatam.ac.id"),
  "enrolment key Network Security",
  """Halo admin,

Enrolment key MK Network Security (IF3208) tolong diganti jadi NetSec#2028. Minggu ini kuliah diisi praktisi, Rudi Hartono, CISSP, PMP, satu kali saja.

Makasih
Bayu
""", "course_data", "id",
  cd("IF3208", "Network Security", enrolment_key="NetSec#2028"), client="gmail",
  note="Near-miss: a practitioner for one class; only the key is asked.")

M("near-pengampu-tetap-dua-nama-kelas", "2028-01-06 13:00:00",
  ("Ahmad Fauzan", "ahmad.fauzan@polibatam.ac.id"),
  "kelas Sistem Operasi",
  """Pak/Bu admin,

Kelas MK Sistem Operasi (IF2203) mohon diubah jadi TI-2B Malam. Pengampu tetap Bu Lestari, M.Kom. dan Pak Joni, M.T. seperti semester lalu.

Terima kasih
""", "course_data", "id",
  cd("IF2203", "Sistem Operasi", **{"class": "TI-2B Malam"}), client="gmail",
  note="Near-miss: two lecturers named who stay; only the class changes.")

M("en-add-me-name-label-id", "2028-01-06 14:00:00",
  ("Omar Haddad", "omar.haddad@jordan-poly.edu.jo"),
  "team teaching Renewable Energy Systems",
  """Dear P4M,

I will team-teach Renewable Energy Systems (EN4203) with Dr. Sari this semester. Please add me as an additional lecturer. Dr. Sari remains the coordinator.

Name: Omar Haddad, Ph.D.
Institution: Jordan Polytechnic

Thank you,
Omar
""", "course_data", "en",
  cd("EN4203", "Renewable Energy Systems", lecturer="Omar Haddad, Ph.D."), client="outlook",
  note="The writer asks to be added and names themself on a label line.")

M("koordinator-baru-dijabat-hj-kh", "2028-01-07 07:45:00",
  ("Sekprodi Studi Islam", "sekprodi.si@polibatam.ac.id"),
  "Koordinator MK Fiqh Muamalah",
  """Assalamu'alaikum,

Mulai semester ini, koordinator MK Fiqh Muamalah (SI2101) dijabat oleh Dr. Hj. Ummu Kultsum, Lc., M.A. menggantikan Ustadz Hamid. Mohon diperbarui di e-learning.

Wassalam,
Sekprodi
""", "course_data", "id",
  cd("SI2101", "Fiqh Muamalah", lecturer="Dr. Hj. Ummu Kultsum, Lc., M.A."), client="zimbra")

M("en-japanese-instructor-arrow", "2028-01-07 08:30:00",
  ("Lab Otomasi", "lab.otomasi@polibatam.ac.id"),
  "PLC Programming instructor",
  """Hi,

PLC Programming (IA2104) instructor: Mr. Agus -> Nakamura Takeshi, M.Eng. (Osaka)

Thanks
""", "course_data", "en",
  cd("IA2104", "PLC Programming", lecturer="Nakamura Takeshi, M.Eng. (Osaka)"), client="gmail")

M("hyphen-french-taught-by", "2028-01-07 09:40:00",
  ("International Office", "io@polibatam.ac.id"),
  "Visiting professor - Thermal Engineering",
  """Dear colleagues at P4M,

Thermal Engineering (TM3102) will be taught by Prof. Jean-Pierre Dubois, Ph.D. (INSA Lyon) this semester, replacing Dr. Hartono who is on sabbatical. Kindly update the course.

Best regards,
International Office
""", "course_data", "en",
  cd("TM3102", "Thermal Engineering", lecturer="Prof. Jean-Pierre Dubois, Ph.D. (INSA Lyon)"), client="outlook")

M("ir-ipm-aseng-dosen-baru-adalah", "2028-01-07 10:30:00",
  ("Kaprodi Teknik Sipil", "kaprodi.ts@polibatam.ac.id"),
  "Dosen baru Struktur Baja",
  """Yth. Admin,

Dosen baru untuk MK Struktur Baja (TS3104) adalah Ir. Teuku Rizal, S.T., M.T., IPM, ASEAN Eng. Mohon nama beliau dicantumkan di e-learning.

Terima kasih
Kaprodi TS
""", "course_data", "id",
  cd("TS3104", "Struktur Baja", lecturer="Ir. Teuku Rizal, S.T., M.T., IPM, ASEAN Eng."), client="gmail")

BATCH_ENDS.append(len(E.MAILS))

# ---------------------------------------------------------------- batch 3 (written before any rule for it)

M("prof-ir-haji-ipu-aseng-en", "2028-01-12 07:30:00",
  ("Dean's Office Engineering", "dean.eng@polibatam.ac.id"),
  "New lecturer: Geotechnical Engineering",
  """Dear P4M,

Please change the lecturer of Geotechnical Engineering (TS3201) to Prof. Dr. Ir. H. Muhammad Yusuf, M.Sc., IPU, ASEAN Eng. as decided by the Dean.

Regards,
Dean's Office
""", "course_data", "en",
  cd("TS3201", "Geotechnical Engineering", lecturer="Prof. Dr. Ir. H. Muhammad Yusuf, M.Sc., IPU, ASEAN Eng."),
  client="outlook")

M("arab-kurung-univ-diampu-oleh", "2028-01-12 08:15:00",
  ("Prodi Teknik Kimia", "prodi.tk@polibatam.ac.id"),
  "Pengampu Teknik Reaksi Kimia",
  """Yth. Helpdesk P4M,

Mulai semester genap, MK Teknik Reaksi Kimia (TK3106) diampu oleh Dr. Khalid Al-Rashid, M.Sc. (KFUPM), Ph.D. sebagai dosen tamu tetap satu semester penuh, menggantikan Bu Ratih. Mohon data pengampu diperbarui.

Salam,
Prodi TK
""", "course_data", "id",
  cd("TK3106", "Teknik Reaksi Kimia", lecturer="Dr. Khalid Al-Rashid, M.Sc. (KFUPM), Ph.D."), client="zimbra")

M("en-include-co-instructor-mba-cma", "2028-01-12 09:00:00",
  ("Finance Programme", "finance.prog@polibatam.ac.id"),
  "Co-instructor for Managerial Accounting",
  """Hello helpdesk,

Kindly include Ms. Aisha Al-Mansoori, MBA, CMA as co-instructor of Managerial Accounting (AK2205). Mr. Ridwan remains the main lecturer.

Thank you,
Finance Programme
""", "course_data", "en",
  cd("AK2205", "Managerial Accounting", lecturer="Aisha Al-Mansoori, MBA, CMA"), client="gmail")

M("dosen-tambahan-label-drs-haji", "2028-01-12 10:10:00",
  ("Jurusan Teknik Mesin", "jurusan.mesin@polibatam.ac.id"),
  "Dosen tambahan Praktik Bengkel",
  """Yth. Admin,

Mohon ditambahkan dosen untuk MK Praktik Bengkel (TM1105): Drs. H. Slamet Riyadi, M.Pd., praktisi bengkel las bersertifikat. Dosen yang lama tetap mengajar.

Terima kasih
Jurusan Teknik Mesin
""", "course_data", "id",
  cd("TM1105", "Praktik Bengkel", lecturer="Drs. H. Slamet Riyadi, M.Pd."), client="gmail")

M("pjmk-beralih-ke-kapten-penerbangan", "2028-01-12 11:00:00",
  ("Prodi TPPU", "prodi.tppu@polibatam.ac.id"),
  "PJ MK Keselamatan Penerbangan",
  """P4M yth,

PJ MK Keselamatan Penerbangan (TPU1105) beralih ke Capt. Heni Susanti, S.Si.T., M.M. per 1 Februari. Mohon diupdate di e-learning.

Prodi TPPU
""", "course_data", "id",
  cd("TPU1105", "Keselamatan Penerbangan", lecturer="Capt. Heni Susanti, S.Si.T., M.M."), client="iphone")

M("en-coordinator-it-is-now-ant", "2028-01-12 13:20:00",
  ("Nautical Studies", "nautical@polibatam.ac.id"),
  "Course coordinator - Ship Stability",
  """Hi team,

Please update the course coordinator for Ship Stability (NA3105). The coordinator is now Kapt. Robert Tampubolon, M.Mar., ANT-I. The rest of the teaching team stays the same.

Cheers,
Nautical Studies
""", "course_data", "en",
  cd("NA3105", "Ship Stability", lecturer="Kapt. Robert Tampubolon, M.Mar., ANT-I"), client="gmail")

M("apoteker-diampu-sekarang", "2028-01-13 07:40:00",
  ("Prodi Farmasi", "prodi.farmasi@polibatam.ac.id"),
  "Dosen Farmakologi",
  """Selamat pagi,

Dosen MK Farmakologi (KP2103) diganti menjadi apt. Rina Wulandari, S.Farm., M.Farm. karena Pak Yoga cuti panjang. Terima kasih.

Prodi Farmasi
""", "course_data", "id",
  cd("KP2103", "Farmakologi", lecturer="apt. Rina Wulandari, S.Farm., M.Farm."), client="gmail")

M("cfa-frm-taught-by-term", "2028-01-13 08:25:00",
  ("Banking Programme", "banking@polibatam.ac.id"),
  "Investment Analysis teaching",
  """Dear P4M,

From the coming term, Investment Analysis (KB3302) will be taught by Lim Wei Jie, M.Fin., CFA, FRM, taking over from Mr. Hadi. Please update the lecturer.

Best,
Banking Programme
""", "course_data", "en",
  cd("KB3302", "Investment Analysis", lecturer="Lim Wei Jie, M.Fin., CFA, FRM"), client="outlook")

M("apostrof-irlandia-dsouza-new-instructor", "2028-01-13 09:05:00",
  ("Language Centre", "language.centre@polibatam.ac.id"),
  "Instructor change Academic Writing",
  """Hello,

Academic Writing (BI2104) - the new instructor is Sean O'Neil, M.A. (TESOL). Ms. D'Souza has finished her contract.

Thanks,
Language Centre
""", "course_data", "en",
  cd("BI2104", "Academic Writing", lecturer="Sean O'Neil, M.A. (TESOL)"), client="gmail",
  note="The bracket after the degree names its field; the old instructor's name has an apostrophe too.")

M("near-tanda-tangan-amel-fullname", "2028-01-13 10:00:00",
  ("Ir. Budiman Hakim", "budiman.hakim@polibatam.ac.id"),
  "Nama MK Aircraft Materials",
  """Yth. Helpdesk,

Nama MK TPU1204 mohon diubah menjadi Aircraft Materials and Hardware sesuai kurikulum 2028.

Hormat saya,
Ir. Budiman Hakim, AMEL B1/B2
Dosen Pengampu
""", "course_data", "id",
  cd("TPU1204", fullname="Aircraft Materials and Hardware"), client="outlook",
  note="Near-miss: the writer's signature with a licence; only the course name is asked.")

M("near-diampu-relatif-kelas", "2028-01-13 11:10:00",
  ("Mahmud Yunus", "mahmud.yunus@polibatam.ac.id"),
  "Kelas Navigasi Darat",
  """Admin,

Course Navigasi Darat (NK1102) yang diampu oleh Kapt. Slamet Widodo, M.Mar., ANT-II kelasnya salah; seharusnya NK-1A Pagi. Pengampunya sudah benar.

Terima kasih
""", "course_data", "id",
  cd("NK1102", "Navigasi Darat", **{"class": "NK-1A Pagi"}), client="gmail",
  note="Near-miss: the lecturer named in a relative clause and said right; only the class is asked.")

M("near-pertanyaan-siapa-pengampu", "2028-01-13 13:30:00",
  ("Staf TU Elektro", "tu.elektro@polibatam.ac.id"),
  "Pengampu Elektronika Daya",
  """Halo admin,

Mohon dicek, pengampu MK Elektronika Daya (EL3104) di e-learning itu Pak Arif Rahman, M.T. atau Pak Arif Budiman, M.Eng.? Kami perlu tahu untuk rekap beban mengajar.

Terima kasih
""", "other", "id",
  cd(), client="gmail",
  note="Near-miss: a question which of two people is listed; nothing asked to change.")

M("near-en-guest-practitioner-cpa-semester", "2028-01-14 08:00:00",
  ("Audit Programme", "audit.prog@polibatam.ac.id"),
  "Auditing II semester",
  """Dear P4M,

Please move Auditing II (AK3202) to Even 2027/2028. Our practitioner guest, Benny Kusuma, CPA, will give two sessions there, but he is not a lecturer of the course.

Regards,
Audit Programme
""", "course_data", "en",
  cd("AK3202", "Auditing II", semester="Even 2027/2028"), client="outlook",
  note="Near-miss: a guest practitioner for two sessions; only the semester is asked.")

M("reply-siapa-dosen-baru-jawab", "2028-01-14 09:15:00",
  ("Surya Darma", "surya.darma@polibatam.ac.id"),
  "Re: [P4M #4821] Penggantian dosen Aerodinamika",
  """Dosen barunya Ir. Kurniawan Saputra, M.T., AMEL B1.1 min.

Pada Sen, 10 Jan 2028 pukul 10.00, Helpdesk P4M menulis:
> Terima kasih, permintaan penggantian dosen MK Aerodinamika (TPU2102) sudah kami terima.
> Siapa nama dosen pengampu yang baru?
""", "course_data", "id",
  cd("TPU2102", "Aerodinamika", lecturer="Ir. Kurniawan Saputra, M.T., AMEL B1.1"), client="gmail",
  reply="<p4m-4821@polibatam.ac.id>")

BATCH_ENDS.append(len(E.MAILS))


if __name__ == "__main__":
    E.PLAN = {kind: sum(m["type"] == kind for m in E.MAILS) for kind in {m["type"] for m in E.MAILS}}
    only = os.environ.get("TUNE26_BATCH")
    if only:
        b = int(only)
        del E.MAILS[BATCH_ENDS[b - 1]:]
        del E.MAILS[:BATCH_ENDS[b - 2] if b > 1 else 0]
    sys.exit(E.main())

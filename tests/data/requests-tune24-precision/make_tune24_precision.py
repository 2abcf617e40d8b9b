#!/usr/bin/env python3
"""Generate the twenty-fourth P4M helpdesk TUNING corpus, part "precision": where a claimed change value ends.

Written blind (no held-out mail read) from the kinds the opened part14 (requests-tune23) shows: a lecturer's degrees
whose last dot belongs to the value ("IPM.", "Ph.D.", "M.Kom."), and a description run on into a short sentence of
the writer's ("Segera."). Kinds: degrees and abbreviations whose dots are the value's (S.T., M.Kom., Ph.D., IPM.,
Dr.-Ing., dll.); a sentence after the value that is courtesy, urgency, a deadline, a reason or a thanks ("Segera.",
"Terima kasih.", "ASAP.", "karena ...", "sebelum ...", "per semester depan", "mulai minggu depan"); a closing quote
or bracket; a value followed by its own explanation; a value corrected later in the mail or the thread; a value of
another course or of the old side; the requester's signature where the lecturer is asked back (near-misses that must
claim nothing).

Voices no corpus had: Banjar, Gorontalo, Sasak, Lampung, Bengkulu, Betawi, Toraja, Nias and Jambi writers; a Welsh,
a South African, a Sri Lankan, a Pakistani, an Egyptian, a Canadian and a Malaysian colleague; a faculty's quality
office; a lab assistant typing on a phone.
The message engine is the first tuning corpus's generator (../requests-tune/make_tune.py).
Run:  python3 make_tune24_precision.py          (TUNE24_BATCH=N OUT=dir ... --partial writes one batch elsewhere)
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


def quoted(text):
    return "".join(("> " + line).rstrip() + "\n" for line in text.splitlines())


# ================================================================ batch 1

# ---------------------------------------------------------------- degrees whose last dot is the value's

M("dosen-gelar-ipm-lalu-segera", "2027-12-01 07:10:00",
  ("Rahmadi Noor", "rahmadi.noor@polibatam.ac.id"),
  "Pengampu Mesin Konversi Energi",
  """Assalamualaikum,

Pengampu Mesin Konversi Energi (MKE3102) di e-learning minta diganti lawan Ir. Syahrani Anwar, S.T., M.T., IPM. Mohon segera, kuliah sudah jalan.

Tarima kasih banyak,
Rahmadi Noor
""", "course_data", "id",
  cd("MKE3102", "Mesin Konversi Energi", lecturer="Ir. Syahrani Anwar, S.T., M.T., IPM."), client="gmail")

M("en-lecturer-phd-then-asap", "2027-12-01 08:05:00",
  ("Nomvula Dlamini", "nomvula.dlamini@polibatam.ac.id"),
  "Lecturer on Water Treatment",
  """Hi P4M,

Please change the lecturer of Water Treatment Engineering (TL3204) to Dr. Thabo Mokoena, Ph.D. ASAP, the students are already asking.

Thanks,
Nomvula
""", "course_data", "en",
  cd("TL3204", "Water Treatment Engineering", lecturer="Dr. Thabo Mokoena, Ph.D."), client="outlook")

M("dosen-dr-ing-lalu-mulai-minggu-depan", "2027-12-01 09:30:00",
  ("Sekretariat Jurusan Teknik Mesin", "sekjur.mesin@polibatam.ac.id"),
  "Perubahan pengampu",
  """Yth. Tim P4M,

Dosen pengampu Perpindahan Panas (TM3105) diganti menjadi Dr.-Ing. Gerhard Simanjuntak, M.Eng. mulai minggu depan, sesuai surat tugas terbaru.

Hormat kami,
Sekretariat Jurusan Teknik Mesin
""", "course_data", "id",
  cd("TM3105", "Perpindahan Panas", lecturer="Dr.-Ing. Gerhard Simanjuntak, M.Eng."), client="zimbra")

M("dosen-mkom-akhir-baris-terima-kasih", "2027-12-01 10:15:00",
  ("Ratna Podungge", "ratna.podungge@polibatam.ac.id"),
  "dosen basis data",
  """Selamat pagi,

Mohon dosen MK Basis Data Lanjut (IF2207) diubah ke Fadli Hulopi, S.Kom., M.Kom.
Terima kasih.

Ratna Podungge
""", "course_data", "id",
  cd("IF2207", "Basis Data Lanjut", lecturer="Fadli Hulopi, S.Kom., M.Kom."), client="iphone")

# ---------------------------------------------------------------- a description run on into the writer's sentence

M("deskripsi-lalu-segera-kalimat-pendek", "2027-12-01 11:00:00",
  ("Lalu Muhammad Zohri", "lalu.zohri@polibatam.ac.id"),
  "deskripsi",
  """Deskripsi Kewirausahaan Digital (BIS2103) diganti jadi: Mahasiswa merancang model bisnis digital dan menguji pasar dengan prototipe sederhana. Segera ya.

Zohri
""", "course_data", "id",
  cd("BIS2103", "Kewirausahaan Digital",
     summary="Mahasiswa merancang model bisnis digital dan menguji pasar dengan prototipe sederhana."),
  client="android")

M("en-summary-then-asap-dot", "2027-12-01 13:20:00",
  ("Gareth Pritchard", "gareth.pritchard@polibatam.ac.id"),
  "New summary for Coastal Engineering",
  """Hello,

New summary for Coastal Engineering (TS3301): Students study wave mechanics, sediment transport and the design of breakwaters and seawalls. ASAP please.

Diolch,
Gareth
""", "course_data", "en",
  cd("TS3301", "Coastal Engineering",
     summary="Students study wave mechanics, sediment transport and the design of breakwaters and seawalls."),
  client="thunderbird")

M("deskripsi-dll-lalu-karena", "2027-12-01 14:00:00",
  ("Yusuf Hasibuan", "yusuf.hasibuan@polibatam.ac.id"),
  "Ringkasan Jaringan Komputer",
  """Selamat siang Bapak/Ibu,

Ringkasan MK Jaringan Komputer (TI2204) mohon diganti menjadi: Membahas model OSI, pengalamatan IP, routing, switching, keamanan jaringan, dll. Karena RPS prodi sudah direvisi bulan lalu.

Terima kasih,
Yusuf
""", "course_data", "id",
  cd("TI2204", "Jaringan Komputer",
     summary="Membahas model OSI, pengalamatan IP, routing, switching, keamanan jaringan, dll."),
  client="gmail")

M("deskripsi-sebelum-uts", "2027-12-01 15:45:00",
  ("Putu Ayu Lestari", "putu.lestari@polibatam.ac.id"),
  "update deskripsi",
  """Pak, deskripsi Akuntansi Biaya (AK2102) tolong diganti: Mata kuliah ini membahas penentuan harga pokok produk, biaya standar, dan analisis selisih. Sebelum UTS ya pak.

Makasih
""", "course_data", "id",
  cd("AK2102", "Akuntansi Biaya",
     summary="Mata kuliah ini membahas penentuan harga pokok produk, biaya standar, dan analisis selisih."),
  client="iphone")

# ---------------------------------------------------------------- a name with a time or a reason after it

M("nama-mk-per-semester-depan", "2027-12-02 07:40:00",
  ("Hendra Saputra Lubis", "hendra.lubis@polibatam.ac.id"),
  "Nama MK",
  """Tabik pun,

Nama MK Rekayasa Perangkat Lunak (IF2301) di e-learning diganti jadi Rekayasa Perangkat Lunak Berorientasi Objek per semester depan.

Hendra
""", "course_data", "id",
  cd("IF2301", "Rekayasa Perangkat Lunak", fullname="Rekayasa Perangkat Lunak Berorientasi Objek"), client="gmail")

M("nama-mk-kutip-koma-sesuai", "2027-12-02 08:30:00",
  ("Febri Ardiansyah", "febri.ardiansyah@polibatam.ac.id"),
  "Nama mata kuliah",
  """Yth. P4M,

Mohon nama mata kuliah PW2101 Pemrograman Web diubah menjadi “Pemrograman Web dan Mobile”, sesuai kurikulum 2027.

Salam,
Febri
""", "course_data", "id",
  cd("PW2101", "Pemrograman Web", fullname="Pemrograman Web dan Mobile"), client="outlook")

M("en-shortname-own-explanation-paren", "2027-12-02 09:10:00",
  ("Sunil Perera", "sunil.perera@polibatam.ac.id"),
  "Short name",
  """Dear helpdesk,

Kindly set the short name of Digital Control Systems (EL3203) to DCS-27 (DCS for Digital Control Systems, 27 for the intake).

Thank you and best regards,
Sunil Perera
""", "course_data", "en",
  cd("EL3203", "Digital Control Systems", shortname="DCS-27"), client="outlook")

M("key-lalu-penjelasan-huruf-besar", "2027-12-02 10:00:00",
  ("Mawar Siregar", "mawar.siregar@polibatam.ac.id"),
  "enrolment key",
  """Siang min,

Enrolment key Statika Struktur (TS1203) diganti ke Statika#2027 - pakai tanda pagar, huruf S besar.

Thx
""", "course_data", "id",
  cd("TS1203", "Statika Struktur", enrolment_key="Statika#2027"), client="android")

M("kelas-mulai-minggu-depan-karena", "2027-12-02 11:25:00",
  ("Ahmad Faizal Khan", "faizal.khan@polibatam.ac.id"),
  "Class for Thermodynamics",
  """Dear P4M,

Please move Thermodynamics (TM2102) to class ME-2B starting next week, because the room for ME-2A is under renovation.

Regards,
Faizal
""", "course_data", "en",
  cd("TM2102", "Thermodynamics", **{"class": "ME-2B"}), client="gmail")

# ---------------------------------------------------------------- corrected later in the mail or the thread

M("key-eh-salah-maksudnya", "2027-12-02 13:00:00",
  ("Oktaviani Gultom", "okta.gultom@polibatam.ac.id"),
  "key MK",
  """Pak, key MK Fisika Terapan (FT1102) diganti jadi Fisika2027. Eh salah, maksud saya Fisika2028, untuk angkatan baru.

Makasih pak
""", "course_data", "id",
  cd("FT1102", "Fisika Terapan", enrolment_key="Fisika2028"), client="iphone")

M("en-reply-correction-above-quote", "2027-12-02 14:30:00",
  ("Omar Abdelrahman", "omar.abdelrahman@polibatam.ac.id"),
  "Re: Short name for Fluid Power",
  """Sorry, a correction to my mail below: the short name should be FPW-3, not FPW-2.

Omar

On Wed, 1 Dec 2027 at 16:02, Omar Abdelrahman <omar.abdelrahman@polibatam.ac.id> wrote:
""" + quoted("""Hello,

Please set the short name of Fluid Power (ME3106) to FPW-2.

Thanks,
Omar"""), "course_data", "en",
  cd("ME3106", "Fluid Power", shortname="FPW-3"), client="gmail")

M("dosen-bukan-yang-sekarang-tertulis", "2027-12-02 15:10:00",
  ("Yohanes Pasulu", "yohanes.pasulu@polibatam.ac.id"),
  "Dosen Hidrologi",
  """Selamat sore,

Di e-learning dosen Hidrologi Terapan (TS2205) masih tertulis Ir. Markus Rante, M.T., mohon diganti dengan Dr. Elisabeth Tandi Lolo, S.T., M.Sc. Beliau yang mengajar tahun ini.

Kurre sumanga',
Yohanes
""", "course_data", "id",
  cd("TS2205", "Hidrologi Terapan", lecturer="Dr. Elisabeth Tandi Lolo, S.T., M.Sc."), client="gmail")

# ---------------------------------------------------------------- another course's value, the writer's signature

M("dua-mk-satu-tetap-satu-diganti", "2027-12-03 08:00:00",
  ("Rudi Hartono Zebua", "rudi.zebua@polibatam.ac.id"),
  "Key Kalkulus",
  """Ya'ahowu,

Untuk Kalkulus 1 (MA1101) key-nya tetap Kalk1-2027, tidak usah diubah. Yang diganti Kalkulus 2 (MA1202): key jadi Kalk2-Genap.

Rudi
""", "course_data", "id",
  cd("MA1202", "Kalkulus 2", enrolment_key="Kalk2-Genap"), client="thunderbird")

M("near-signature-not-lecturer", "2027-12-03 09:15:00",
  ("Yohanes Tandi", "yohanes.tandi@polibatam.ac.id"),
  "Pengampu Mekanika Tanah",
  """Selamat pagi Tim P4M,

Saya sudah tidak mengajar Mekanika Tanah (TS2103) semester ini, mohon nama dosen pengampunya di e-learning diganti. Nama dosen barunya akan dikirim Kaprodi.

Salam,
Dr. Yohanes Tandi, S.T., M.T.
""", "course_data", "id", cd("TS2103", "Mekanika Tanah"),
  note="The new lecturer is not named yet; the signature is the writer's, the lecturer is asked back.",
  client="outlook")

M("en-near-lecturer-later-name-signature", "2027-12-03 10:40:00",
  ("Jean-Luc Tremblay", "jeanluc.tremblay@polibatam.ac.id"),
  "Lecturer for Ship Stability",
  """Hi,

I am handing Ship Stability (KP2105) over to a colleague next term. Could you change the lecturer once I send you the name? The department has not decided yet.

Cheers,
Dr. Jean-Luc Tremblay, P.Eng.
""", "course_data", "en", cd("KP2105", "Ship Stability"),
  note="No new lecturer named; nothing to claim.", client="thunderbird")

M("dosen-kurung-nip-tutup", "2027-12-03 11:30:00",
  ("Siti Aminah Effendi", "siti.effendi@polibatam.ac.id"),
  "Pengampu Kimia Dasar",
  """Assalamualaikum wr. wb.

Mohon pengampu Kimia Dasar (KM1101) diganti ke Drs. Mukhlis Harahap, M.Si. (NIP 196805121994031002). Pak Mukhlis menggantikan Bu Nurhayati yang pensiun.

Wassalam,
Siti Aminah
""", "course_data", "id",
  cd("KM1101", "Kimia Dasar", lecturer="Drs. Mukhlis Harahap, M.Si."), client="zimbra")

BATCH_ENDS.append(len(E.MAILS))

# ================================================================ batch 2 (written after batch 1's rules, before its own)

# ---------------------------------------------------------------- degrees, then the writer's words on the same line

M("dosen-ipu-phd-lalu-urgent-ya", "2027-12-06 07:20:00",
  ("Sekretariat Jurusan Teknik Sipil", "sekjur.sipil@polibatam.ac.id"),
  "Urgent: pengampu Struktur Baja",
  """Kepada Yth. Tim P4M,

Pengampu Struktur Baja Lanjut (TS3207) mohon diganti menjadi Prof. Ir. Bambang Wijaya, M.Sc., Ph.D., IPU. Urgent ya, kuliah perdana hari Senin.

Hormat kami,
Sekretariat Jurusan Teknik Sipil
""", "course_data", "id",
  cd("TS3207", "Struktur Baja Lanjut", lecturer="Prof. Ir. Bambang Wijaya, M.Sc., Ph.D., IPU."), client="outlook")

M("dosen-mhum-per-tanggal", "2027-12-06 08:00:00",
  ("Ketut Sudarsana", "ketut.sudarsana@polibatam.ac.id"),
  "Pengampu Bahasa Inggris Teknik",
  """Om Swastiastu,

Dosen Bahasa Inggris Teknik (BI1102) diganti ke Ni Made Sri Andayani, S.Pd., M.Hum. per 1 Februari 2028.

Suksma,
Ketut
""", "course_data", "id",
  cd("BI1102", "Bahasa Inggris Teknik", lecturer="Ni Made Sri Andayani, S.Pd., M.Hum."), client="gmail")

M("en-lecturer-msc-effective-immediately", "2027-12-06 09:10:00",
  ("Nurul Aisyah binti Kamal", "nurul.aisyah@polibatam.ac.id"),
  "Replacement lecturer",
  """Dear P4M team,

Kindly replace the lecturer of Occupational Safety (K3L2101) with Dr. Arif Rahman, M.Sc. effective immediately. He joined us last week.

Thank you,
Nurul Aisyah
""", "course_data", "en",
  cd("K3L2101", "Occupational Safety", lecturer="Dr. Arif Rahman, M.Sc."), client="outlook")

M("dosen-lalu-penjelasan-kurung-pindahan", "2027-12-06 10:30:00",
  ("Syamsul Bahri", "syamsul.bahri@polibatam.ac.id"),
  "Dosen Mekanika Teknik",
  """Selamat pagi Pak/Bu,

Pengampu Mekanika Teknik (TM1104) tolong diubah jadi Dr. Hana Putri Utami, M.T. (dosen baru, pindahan dari Politeknik Negeri Padang).

Terima kasih,
Syamsul
""", "course_data", "id",
  cd("TM1104", "Mekanika Teknik", lecturer="Dr. Hana Putri Utami, M.T."), client="gmail")

M("en-lecturer-dr-ing-dash-explanation", "2027-12-06 11:45:00",
  ("Rashed Chowdhury", "rashed.chowdhury@polibatam.ac.id"),
  "Lecturer field on e-learning",
  """Hi,

The lecturer of Power Electronics (EL3108) should now read Dr.-Ing. Farhan Siddique, M.Eng. - he is our new DAAD returnee.

Best,
Rashed
""", "course_data", "en",
  cd("EL3108", "Power Electronics", lecturer="Dr.-Ing. Farhan Siddique, M.Eng."), client="thunderbird")

# ---------------------------------------------------------------- a description, then the writer's sentence

M("en-summary-then-thanks-in-advance", "2027-12-06 13:00:00",
  ("Aung Kyaw Min", "aung.kyawmin@polibatam.ac.id"),
  "Course description: Port Management",
  """Dear Sir/Madam,

Please put this as the description of Port Management (KP3102): The course covers port operations, terminal planning, cargo handling and port performance indicators. Thanks in advance.

Aung Kyaw Min
""", "course_data", "en",
  cd("KP3102", "Port Management",
     summary="The course covers port operations, terminal planning, cargo handling and port performance indicators."),
  client="gmail")

M("deskripsi-lalu-soalnya-akreditasi", "2027-12-06 14:15:00",
  ("Bang Jali", "rojali.jali@polibatam.ac.id"),
  "deskripsi MK",
  """Bang, deskripsi Manajemen Proyek (MP2203) ganti jadi: Membahas perencanaan, penjadwalan, pengendalian biaya dan risiko proyek. Soalnya minggu depan visitasi akreditasi.

Makasih bang
""", "course_data", "id",
  cd("MP2203", "Manajemen Proyek",
     summary="Membahas perencanaan, penjadwalan, pengendalian biaya dan risiko proyek."), client="android")

M("deskripsi-label-baris-lalu-deadline-jumat", "2027-12-06 15:30:00",
  ("Marlina Sembiring", "marlina.sembiring@polibatam.ac.id"),
  "Perubahan deskripsi",
  """Dengan hormat,

Mata kuliah: Kimia Lingkungan (KL2104)
Deskripsi baru: Mahasiswa mempelajari pencemaran air, udara, dan tanah serta teknik pengendaliannya. Paling lambat Jumat ini.

Terima kasih.
Marlina
""", "course_data", "id",
  cd("KL2104", "Kimia Lingkungan",
     summary="Mahasiswa mempelajari pencemaran air, udara, dan tanah serta teknik pengendaliannya."), client="zimbra")

M("en-summary-because-next-sentence", "2027-12-07 07:50:00",
  ("Tanvir Ahmed", "tanvir.ahmed@polibatam.ac.id"),
  "Summary change",
  """Hello P4M,

Change the summary of Renewable Energy Systems (EL3305) to: Solar, wind and hydro power conversion, storage, and grid integration of renewable sources. Because the old one still talks about diesel generators.

Regards,
Tanvir
""", "course_data", "en",
  cd("EL3305", "Renewable Energy Systems",
     summary="Solar, wind and hydro power conversion, storage, and grid integration of renewable sources."),
  client="outlook")

M("deskripsi-dsb-lalu-ditunggu", "2027-12-07 08:40:00",
  ("Yakobus Bria", "yakobus.bria@polibatam.ac.id"),
  "deskripsi Praktikum Elektronika",
  """Selamat pagi,

Deskripsi Praktikum Elektronika (EL1206) diganti: Praktikum rangkaian dioda, transistor, op-amp, regulator tegangan, dsb. Ditunggu secepatnya, terima kasih.

Yakobus
""", "course_data", "id",
  cd("EL1206", "Praktikum Elektronika",
     summary="Praktikum rangkaian dioda, transistor, op-amp, regulator tegangan, dsb."), client="iphone")

# ---------------------------------------------------------------- a name, a short name or a key with its own remark

M("nama-mk-mulai-semester-genap-kurung", "2027-12-07 09:30:00",
  ("Hasnah Mandar", "hasnah.mandar@polibatam.ac.id"),
  "Nama MK Teknologi Pangan",
  """Pak/Bu,

Nama MK Teknologi Pangan (TP2101) diganti jadi Teknologi Pangan Fungsional (sesuai SK kurikulum) mulai semester genap.

Wassalam,
Hasnah
""", "course_data", "id",
  cd("TP2101", "Teknologi Pangan", fullname="Teknologi Pangan Fungsional"), client="gmail")

M("en-fullname-effective-next-term", "2027-12-07 10:20:00",
  ("Aroha Ngata", "aroha.ngata@polibatam.ac.id"),
  "Rename Hospitality Law",
  """Kia ora,

Please rename Hospitality Law (HT2201) to Tourism and Hospitality Law effective next term.

Ngā mihi,
Aroha
""", "course_data", "en",
  cd("HT2201", "Hospitality Law", fullname="Tourism and Hospitality Law"), client="gmail")

M("singkatan-huruf-kapital-semua", "2027-12-07 11:10:00",
  ("Ahmad Jambi Saputra", "ahmad.saputra@polibatam.ac.id"),
  "short name",
  """Pagi min, short name Kimia Organik (KM2201) jadi KIMOR-A (huruf kapital semua ya). Makasih
""", "course_data", "id",
  cd("KM2201", "Kimia Organik", shortname="KIMOR-A"), client="android")

M("en-key-case-sensitive-remark", "2027-12-07 13:40:00",
  ("Farah Idris", "farah.idris@polibatam.ac.id"),
  "Enrolment key for Marketing",
  """Hi team,

Enrolment key for Digital Marketing (BIS3104) should be MktDig_28 - case sensitive, with the underscore.

Thanks!
Farah
""", "course_data", "en",
  cd("BIS3104", "Digital Marketing", enrolment_key="MktDig_28"), client="gmail")

M("sks-jadi-karena-praktikum", "2027-12-07 14:50:00",
  ("Rahmawati Ternate", "rahmawati.t@polibatam.ac.id"),
  "SKS Fisika Dasar",
  """Selamat siang, SKS Fisika Dasar (FD1101) di e-learning diganti jadi 3 karena sekarang ada praktikumnya. Terima kasih.
""", "course_data", "id",
  cd("FD1101", "Fisika Dasar", credits="3"), client="iphone")

# ---------------------------------------------------------------- corrected later, the old side, nothing to claim

M("ralat-di-baris-berikut-bukan-tapi", "2027-12-08 07:30:00",
  ("Dayang Sumbi Ngaju", "dayang.ngaju@polibatam.ac.id"),
  "kelas MK",
  """Selamat pagi,
Kelas Akuntansi Dasar (AK1101) dipindah ke AK-1C.
Ralat: bukan AK-1C, tapi AK-1D. Maaf.

Dayang
""", "course_data", "id",
  cd("AK1101", "Akuntansi Dasar", **{"class": "AK-1D"}), client="gmail")

M("en-update-later-in-mail-key", "2027-12-08 08:20:00",
  ("Liam O'Sullivan", "liam.osullivan@polibatam.ac.id"),
  "Key for Surveying",
  """Hi,

Can you set the enrolment key of Engineering Surveying (TS2106) to Survey-A1?

Update: just spoke with the coordinator, please make it Survey-B2 instead, A1 is already used by another course.

Liam
""", "course_data", "en",
  cd("TS2106", "Engineering Surveying", enrolment_key="Survey-B2"), client="thunderbird")

M("yang-baru-lalu-yang-lama-kurung", "2027-12-08 09:15:00",
  ("Irwan Lubis", "irwan.lubis@polibatam.ac.id"),
  "Pengampu Sistem Informasi",
  """Yth. P4M,

Pengampu Sistem Informasi Manajemen (SI2104) yang baru: Dewi Anggraini, S.Kom., M.T.I. (yang lama: Drs. Hotman Panjaitan, M.M.)

Terima kasih
""", "course_data", "id",
  cd("SI2104", "Sistem Informasi Manajemen", lecturer="Dewi Anggraini, S.Kom., M.T.I."), client="outlook")

M("en-near-signature-head-of-department", "2027-12-08 10:40:00",
  ("Malik Hussain", "malik.hussain@polibatam.ac.id"),
  "Lecturer for Fluid Mechanics",
  """Dear P4M,

Kindly update the lecturer shown for Fluid Mechanics (TM2204); the staffing list for next semester is not final yet and I will send the name as soon as it is approved.

Regards,
Prof. Dr. Malik Hussain, Ph.D.
Head of Department, Mechanical Engineering
""", "course_data", "en", cd("TM2204", "Fluid Mechanics"),
  note="No new lecturer named yet; the signature is the writer's.", client="outlook")

M("near-dosen-pengganti-menyusul", "2027-12-08 11:30:00",
  ("Wa Ode Nurhayati", "waode.nurhayati@polibatam.ac.id"),
  "Dosen Geoteknik",
  """Assalamualaikum,

Dosen Geoteknik (TS3102) mohon diganti karena Pak Laode Hamid tugas belajar. Dosen pengganti: menyusul.

Wassalamualaikum,
Wa Ode Nurhayati, S.T., M.T.
""", "course_data", "id", cd("TS3102", "Geoteknik"),
  note="The new lecturer is to follow; the old lecturer and the writer's signature are not the value.",
  client="gmail")

BATCH_ENDS.append(len(E.MAILS))

# ================================================================ batch 3 (written after batch 2's rules, before its own)

M("deskripsi-lalu-sekian-terima-kasih", "2027-12-13 07:15:00",
  ("Yosef Nalle", "yosef.nalle@polibatam.ac.id"),
  "Deskripsi Irigasi",
  """Selamat pagi Tim P4M,

Deskripsi MK Irigasi dan Drainase (TS3104) diganti menjadi: Perencanaan jaringan irigasi, kebutuhan air tanaman, dan sistem drainase perkotaan. Sekian, terima kasih.

Yosef Nalle
""", "course_data", "id",
  cd("TS3104", "Irigasi dan Drainase",
     summary="Perencanaan jaringan irigasi, kebutuhan air tanaman, dan sistem drainase perkotaan."), client="zimbra")

M("deskripsi-lalu-sudah-disetujui-kaprodi", "2027-12-13 08:05:00",
  ("Andi Tenri Ajeng", "andi.tenri@polibatam.ac.id"),
  "ringkasan MK",
  """Assalamu alaikum,

Ringkasan Ekonomi Teknik (ET2102) minta diganti: Analisis nilai waktu uang, kelayakan investasi, depresiasi, dan analisis titik impas. Sudah disetujui Kaprodi.

Wassalam,
Andi Tenri
""", "course_data", "id",
  cd("ET2102", "Ekonomi Teknik",
     summary="Analisis nilai waktu uang, kelayakan investasi, depresiasi, dan analisis titik impas."),
  client="gmail")

M("en-summary-then-is-that-ok", "2027-12-13 09:00:00",
  ("Pieter van Dijk", "pieter.vandijk@polibatam.ac.id"),
  "Description Dredging Technology",
  """Goedemorgen,

New description for Dredging Technology (KP3207): Dredging equipment, soil behaviour during excavation, and disposal of dredged material. Can you change it today?

Groeten,
Pieter
""", "course_data", "en",
  cd("KP3207", "Dredging Technology",
     summary="Dredging equipment, soil behaviour during excavation, and disposal of dredged material."),
  client="thunderbird")

M("en-summary-needed-for-audit", "2027-12-13 10:10:00",
  ("Tendai Moyo", "tendai.moyo@polibatam.ac.id"),
  "Summary update",
  """Hello,

Please update the summary of Quality Management (QM2101) to: Quality planning, statistical process control and ISO 9001 auditing. Needed for the ISO audit next week.

Kind regards,
Tendai
""", "course_data", "en",
  cd("QM2101", "Quality Management",
     summary="Quality planning, statistical process control and ISO 9001 auditing."), client="outlook")

M("deskripsi-lalu-demikian-saja", "2027-12-13 11:20:00",
  ("Agustinus Ding", "agustinus.ding@polibatam.ac.id"),
  "deskripsi baru",
  """Siang Pak,

Deskripsi Teknologi Kayu (TK2103) mohon diganti jadi: Sifat fisik dan mekanik kayu, pengeringan, pengawetan, dan produk kayu rekayasa. Demikian saja.

Agus
""", "course_data", "id",
  cd("TK2103", "Teknologi Kayu",
     summary="Sifat fisik dan mekanik kayu, pengeringan, pengawetan, dan produk kayu rekayasa."), client="android")

M("nama-mk-dua-strip-per-semester", "2027-12-13 13:30:00",
  ("Mariana Lopez", "mariana.lopez@polibatam.ac.id"),
  "Rename course",
  """Hola P4M,

Please rename Spanish for Tourism (BA2105) to Spanish for Hospitality -- from the odd semester onward.

Gracias,
Mariana
""", "course_data", "en",
  cd("BA2105", "Spanish for Tourism", fullname="Spanish for Hospitality"), client="gmail")

M("dosen-dan-asisten-sebagai", "2027-12-13 14:40:00",
  ("Risma Simatupang", "risma.simatupang@polibatam.ac.id"),
  "Dosen Praktikum Kimia",
  """Horas Pak,

Dosen Praktikum Kimia Analitik (KA2205) diganti jadi Dr. Sondang Sitorus, M.Si. dan Pak Rinto sebagai asisten lab.

Mauliate,
Risma
""", "course_data", "id",
  cd("KA2205", "Praktikum Kimia Analitik", lecturer="Dr. Sondang Sitorus, M.Si."),
  note="The lab assistant is not a lecturer.", client="iphone")

M("en-lecturer-with-ta-as-assistant", "2027-12-14 07:45:00",
  ("Mehdi Rostami", "mehdi.rostami@polibatam.ac.id"),
  "Lecturer change Control Lab",
  """Hi,

The lecturer of Control Systems Lab (EL2209) should be changed to Dr. Laleh Karimi, M.Sc. and Ahmad Zaki as teaching assistant.

Thanks a lot,
Mehdi
""", "course_data", "en",
  cd("EL2209", "Control Systems Lab", lecturer="Dr. Laleh Karimi, M.Sc."),
  note="The teaching assistant is not a lecturer.", client="outlook")

M("formulir-dosen-kurung-menunggu-sk", "2027-12-14 08:30:00",
  ("Admin Prodi Teknik Kimia", "admin.tekkim@polibatam.ac.id"),
  "Form perubahan data MK",
  """Form perubahan data mata kuliah

Mata kuliah : Operasi Teknik Kimia (TK3101)
Dosen baru : (menunggu SK)
Short name : OTK-3A

Terima kasih.
""", "course_data", "id",
  cd("TK3101", "Operasi Teknik Kimia", shortname="OTK-3A"),
  note="The lecturer waits on a decree; only the short name is claimed.", client="zimbra")

M("en-form-bracket-placeholder-key", "2027-12-14 09:50:00",
  ("Aigerim Bekova", "aigerim.bekova@polibatam.ac.id"),
  "Course change form",
  """Course change form

Course: Logistics Analytics (LG3102)
Short name: [to be decided]
Enrolment key: LogAna-2028

Rakhmet,
Aigerim
""", "course_data", "en",
  cd("LG3102", "Logistics Analytics", enrolment_key="LogAna-2028"), client="gmail")

M("en-lecturer-secondment-paren", "2027-12-14 11:00:00",
  ("Josaia Tuilagi", "josaia.tuilagi@polibatam.ac.id"),
  "Lecturer for Marine Ecology",
  """Bula vinaka,

Lecturer for Marine Ecology (KL3205): Dr. Mere Naivalu, M.Sc. (on secondment from USP for one year). Please update the course page.

Vinaka,
Josaia
""", "course_data", "en",
  cd("KL3205", "Marine Ecology", lecturer="Dr. Mere Naivalu, M.Sc."), client="gmail")

M("key-kurung-penjelasan-huruf", "2027-12-14 13:15:00",
  ("Nengah Wirata", "nengah.wirata@polibatam.ac.id"),
  "key MK",
  """Om Swastiastu, enrolment key Pariwisata Budaya (PB2104) diganti jadi Budaya2028 (B besar, tanpa spasi). Suksma.
""", "course_data", "id",
  cd("PB2104", "Pariwisata Budaya", enrolment_key="Budaya2028"), client="android")

M("en-lecturer-then-action-by-friday", "2027-12-14 14:20:00",
  ("Grace Kim", "grace.kim@polibatam.ac.id"),
  "Lecturer update",
  """Hi P4M,

Lecturer for Technical Writing (BI2203): Prof. Daniel Park, Ph.D. Kindly action by Friday.

Best,
Grace
""", "course_data", "en",
  cd("BI2203", "Technical Writing", lecturer="Prof. Daniel Park, Ph.D."), client="gmail")

M("near-dosen-nanti-dikabari-tanda-tangan", "2027-12-14 15:00:00",
  ("Hj. Rosmiati", "rosmiati@polibatam.ac.id"),
  "Dosen MK Keperawatan",
  """Assalamualaikum,

Dosen Keperawatan Dasar (KP1101) mohon diganti, nama dosennya nanti saya kabari setelah rapat prodi.

Terima kasih,
Hj. Rosmiati, S.Kep., Ns., M.Kep.
Koordinator MK
""", "course_data", "id", cd("KP1101", "Keperawatan Dasar"),
  note="No new lecturer named yet; the signature is the writer's.", client="gmail")

BATCH_ENDS.append(len(E.MAILS))


if __name__ == "__main__":
    only = os.environ.get("TUNE24_BATCH")
    if only:
        b = int(only)
        del E.MAILS[BATCH_ENDS[b - 1]:]
        del E.MAILS[:BATCH_ENDS[b - 2] if b > 1 else 0]
    others = sum(1 for m in E.MAILS if m["type"] == "other")
    E.PLAN = {"course_data": len(E.MAILS) - others, "other": others} if others else {"course_data": len(E.MAILS)}
    sys.exit(E.main())

#!/usr/bin/env python3
"""Generate the twenty-second P4M helpdesk TUNING corpus, about change values claimed wrongly (labelled requests).

Written blind (no held-out mail read), in two batches, as a verification corpus: every mail sets a trap in which a
reader could claim a value the writer does not ask for now. Kinds: where a value ends (a regional closing, "asap",
"segera", a second request joined by "and also", an assistant joined by "dengan"), the wrong field (a class beside a
short name, a date beside a key), the old value taken for the new one ("X akan menggantikan Y", "taking over from",
"bukan X lagi, sekarang Y", the current description quoted before the new one), a value from quoted or forwarded
text that the latest writer does not ask for, a value someone proposed or that depends on a decision still to come,
a template line left empty, a field kept ("SKS tetap 3"), a coordinator beside the lecturer, a described purpose
that is no new description, and where a new description set out under "menjadi:" with its list ends.

Voices no corpus had: a Minangkabau lecturer, a Manado lecturer, a Balinese administrator, an Acehnese
administrator, an Irish visiting lecturer, a Vietnamese partner, a retired professor, a faculty secretary
forwarding, a Papuan administrator, a Kenyan lecturer, a Scottish lecturer, a Filipino exchange lecturer.
The message engine is the first tuning corpus's generator (../requests-tune/make_tune.py).
Run:  python3 make_tune22_precision.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
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


def quoted(text):
    return "".join(("> " + line).rstrip() + "\n" for line in text.splitlines())


# ================================================================ batch 1

# ---------------------------------------------------------------- the old value taken for the new one

M("dosen-baru-menggantikan-dosen-lama", "2027-11-01 07:45:00",
  ("Yelni Marlina", "yelni.marlina@polibatam.ac.id"),
  "Pengampu Mekanika Fluida",
  """Assalamualaikum Pak/Buk,

Mulai minggu depan Zulkifli Rahman, M.T. akan menggantikan Yelni Marlina sebagai dosen pengampu Mekanika Fluida (TM2203). Mohon diperbarui di e-learning.

Tarimo kasih,
Yelni Marlina
""", "course_data", "id",
  cd("TM2203", "Mekanika Fluida", lecturer="Zulkifli Rahman, M.T."), client="gmail")

M("en-taking-over-from", "2027-11-01 09:20:00",
  ("Siobhan Kelly", "siobhan.kelly@polibatam.ac.id"),
  "Hydraulics course page",
  """Hi there,

Dr. Siobhan Kelly is taking over Hydraulics (TS2101) from Hadi Susanto, S.T., M.T. this term. Could you update the lecturer shown on the course page?

Go raibh maith agat,
Siobhan
""", "course_data", "en",
  cd("TS2101", "Hydraulics", lecturer="Dr. Siobhan Kelly"), client="thunderbird")

M("dosen-bukan-lagi-skarang", "2027-11-01 10:05:00",
  ("Rendy Pangemanan", "rendy.p@polibatam.ac.id"),
  "dosen statistika industri",
  """sore pak, dosen pengampu Statistika Industri (TI2105) so bukan Rendy Pangemanan lagi, skarang Meiske Rondonuwu, S.Si., M.Stat. tolong dapa ganti di elearning neh. makaseh
""", "course_data", "id",
  cd("TI2105", "Statistika Industri", lecturer="Meiske Rondonuwu, S.Si., M.Stat."), client="android")

M("en-summary-current-then-new", "2027-11-01 13:40:00",
  ("Callum Fraser", "callum.fraser@polibatam.ac.id"),
  "Welding Technology description",
  """Hello P4M team,

The description of Welding Technology (MS2207) currently reads "An introduction to welding." Please replace it with "Covers arc, MIG and TIG welding processes, joint design and weld inspection for marine structures."

Cheers,
Callum Fraser
""", "course_data", "en",
  cd("MS2207", "Welding Technology",
     summary="Covers arc, MIG and TIG welding processes, joint design and weld inspection for marine structures."),
  client="gmail")

# ---------------------------------------------------------------- the wrong field

M("singkatan-kelas-di-depan", "2027-11-02 08:10:00",
  ("Ni Luh Putu Ariani", "niluh.ariani@polibatam.ac.id"),
  "Short name Akuntansi Biaya",
  """Om Swastiastu,

Mohon short name course Akuntansi Biaya (AK2201) untuk kelas AK-2B diganti menjadi AKBI-2B agar tidak sama dengan kelas pagi.

Suksma,
Ni Luh Putu Ariani
Staf Administrasi Akuntansi
""", "course_data", "id",
  cd("AK2201", "Akuntansi Biaya", shortname="AKBI-2B"), client="outlook")

M("tanggal-sebelum-kunci", "2027-11-02 09:30:00",
  ("Cut Nyak Rahmah", "cut.rahmah@polibatam.ac.id"),
  "Enrolment key Kimia Dasar",
  """Dengan hormat,

Enrolment key course Kimia Dasar (KI1101) mohon diganti per 02-12-2027 menjadi Kimdas#27 untuk gelombang kedua.

Teurimong geunaseh,
Cut Nyak Rahmah
""", "course_data", "id",
  cd("KI1101", "Kimia Dasar", enrolment_key="Kimdas#27"), client="zimbra")

M("sks-tetap-semester-pindah", "2027-11-02 11:00:00",
  ("Made Wirawan", "made.wirawan@polibatam.ac.id"),
  "Semester MK Perpajakan",
  """Om Swastiastu Bapak/Ibu,

Untuk MK Perpajakan (AK3104) SKS tetap 3, hanya semesternya dipindah ke semester 5 sesuai kurikulum baru.

Suksma,
Made Wirawan
""", "course_data", "id",
  cd("AK3104", "Perpajakan", semester="5"), client="gmail")

# ---------------------------------------------------------------- where a value ends

M("nama-baru-lalu-salam-minang", "2027-11-02 14:20:00",
  ("Afrizal Datuak", "afrizal.datuak@polibatam.ac.id"),
  "nama mk manajemen proyek",
  """Pak, nama MK Manajemen Proyek (TS3106) di e-learning tolong diganti jadi Manajemen Proyek Konstruksi Tarimo kasih banyak Pak
""", "course_data", "id",
  cd("TS3106", "Manajemen Proyek", fullname="Manajemen Proyek Konstruksi"), client="android")

M("en-fullname-then-asap", "2027-11-03 07:55:00",
  ("Wanjiru Kamau", "wanjiru.kamau@polibatam.ac.id"),
  "Course name change",
  """Good morning,

Kindly change the full name of Coastal Engineering (TS3208) to Coastal Engineering Design asap as the students are confused.

Regards,
Wanjiru Kamau
""", "course_data", "en",
  cd("TS3208", "Coastal Engineering", fullname="Coastal Engineering Design"), client="outlook")

M("en-shortname-and-also", "2027-11-03 09:00:00",
  ("Marites Dela Cruz", "marites.delacruz@polibatam.ac.id"),
  "Ship Stability",
  """Hi po,

Please change the short name of Ship Stability (KP2103) to SHIPSTAB-2 and also kindly add me as a teacher there, I cannot see the grades.

Salamat po,
Marites Dela Cruz
Exchange Lecturer
""", "course_data", "en",
  cd("KP2103", "Ship Stability", shortname="SHIPSTAB-2"), client="gmail")

M("dosen-lalu-dengan-asisten", "2027-11-03 10:40:00",
  ("Hamid Lubis", "hamid.lubis@polibatam.ac.id"),
  "Pengampu Elektronika Daya",
  """Yth. P4M,

Pengampu Elektronika Daya (EL3102) mohon diganti menjadi Dr. Hamid Lubis dengan asisten praktikum Rahmat Hidayat mulai pertemuan ketiga.

Terima kasih.
""", "course_data", "id",
  cd("EL3102", "Elektronika Daya", lecturer="Dr. Hamid Lubis"), client="zimbra")

M("dosen-lalu-sesuai-surat-tugas", "2027-11-03 13:15:00",
  ("Yosina Kogoya", "yosina.kogoya@polibatam.ac.id"),
  "dosen pengantar ekonomi",
  """Selamat siang kaka,

Dosen pengampu Pengantar Ekonomi (EK1101) mohon diganti ke Yohana Wenda, S.E., M.Si. sesuai surat tugas dari Kajur tanggal 1 November.

Terima kasih banyak kaka.
Yosina Kogoya
Staf Administrasi
""", "course_data", "id",
  cd("EK1101", "Pengantar Ekonomi", lecturer="Yohana Wenda, S.E., M.Si."), client="iphone")

M("koordinator-tetap-pengampu-malam", "2027-11-04 08:00:00",
  ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
  "Pemrograman Berorientasi Objek kelas malam",
  """Bapak/Ibu,

Koordinator MK Pemrograman Berorientasi Objek (IF2203) tetap Dr. Lina Marlina, hanya dosen pengampu di course kelas malam diganti jadi Arief Budiman, M.Kom. karena jadwal saya bentrok.

Terima kasih,
Lina
""", "course_data", "id",
  cd("IF2203", "Pemrograman Berorientasi Objek", lecturer="Arief Budiman, M.Kom."), client="gmail")

# ---------------------------------------------------------------- quoted or forwarded text

FWD_KEY = """---------- Forwarded message ---------
Dari: Teguh Prasetyo <teguh.prasetyo@polibatam.ac.id>
Date: Sen, 1 Nov 2027 pukul 16.02
Subject: Key Hidrologi
To: Sekretariat Fakultas <sekfak.teknik@polibatam.ac.id>

Bu, tolong mintakan ke P4M enrolment key Hidrologi (TS2205) diganti menjadi Hidro2027.

Teguh
"""

M("diteruskan-lalu-dikoreksi-telepon", "2027-11-04 09:10:00",
  ("Sekretariat Fakultas Teknik", "sekfak.teknik@polibatam.ac.id"),
  "Fwd: Key Hidrologi",
  """Mohon bantuannya. Koreksi dari Pak Teguh lewat telepon tadi: key-nya pakai Hidro-B27 saja, bukan yang di bawah.

Salam,
Sekretariat Fakultas Teknik

""" + FWD_KEY, "course_data", "id",
  cd("TS2205", "Hidrologi", enrolment_key="Hidro-B27"), client="gmail")

FWD_TWO = """-----Original Message-----
From: Nguyen Thi Lan <lan.nguyen@hcmut-partner.edu.vn>
Sent: Tuesday, 2 November 2027 15:30
To: International Office Polibatam <io@polibatam.ac.id>
Subject: Joint course

Dear colleagues,

For the joint course Renewable Energy Systems (EE4102), could you please change the full name to Renewable Energy Systems and Storage and the short name to RES-JOINT?

Best wishes,
Lan
"""

M("en-forward-only-one-left", "2027-11-04 11:25:00",
  ("International Office Polibatam", "io@polibatam.ac.id"),
  "FW: Joint course",
  """Dear P4M,

Forwarding Dr. Lan's request below. The full name was already changed by the study programme yesterday, so only the short name is still needed.

Thank you,
International Office

""" + FWD_TWO, "course_data", "en",
  cd("EE4102", "Renewable Energy Systems", shortname="RES-JOINT"), client="outlook")

QUESTION = """Yth. Bapak,

Apakah dosen pengampu baru MK Sistem Kendali (EL3205) adalah Dr. Rina Kusuma? Mohon konfirmasinya.

Salam,
Helpdesk P4M
"""

M("jawab-tanya-bukan-yang-benar", "2027-11-04 14:00:00",
  ("Bonifasius Tamba", "boni.tamba@polibatam.ac.id"),
  "Re: Pengampu Sistem Kendali",
  """Bukan Pak, yang benar Dr. Rini Kusumawati, M.T.

Pada Kam, 4 Nov 2027 pukul 10.15 Helpdesk P4M <helpdesk.p4m@polibatam.ac.id> menulis:
""" + quoted(QUESTION), "course_data", "id",
  cd("EL3205", "Sistem Kendali", lecturer="Dr. Rini Kusumawati, M.T."), client="gmail")

# ---------------------------------------------------------------- proposals, conditions, hedges (nothing to claim)

M("en-partner-suggests-asks-opinion", "2027-11-05 08:30:00",
  ("Tran Van Minh", "minh.tran@hcmut-partner.edu.vn"),
  "Question about Marine Engines",
  """Dear P4M colleagues,

Our coordinator suggested renaming Marine Engines (KP3102) to Marine Propulsion Systems. Do you think that name fits the Polibatam curriculum? We have not decided yet.

Best regards,
Tran Van Minh
""", "other", "en", note="Near-miss: a name someone proposed, asked about and not decided; nothing to change.",
  client="gmail")

M("apabila-disetujui-senat-akan-menjadi", "2027-11-05 10:00:00",
  ("Prof. Dr. Soetomo Hadiprodjo", "soetomo.h@polibatam.ac.id"),
  "Pemberitahuan rencana perubahan",
  """Dengan hormat,

Apabila usulan kurikulum disetujui senat bulan depan, nama mata kuliah Termodinamika (TM2101) akan menjadi Termodinamika Teknik. Untuk sementara mohon jangan diubah dahulu; nanti saya kabari kembali.

Hormat saya,
Prof. Dr. Soetomo Hadiprodjo
Guru Besar Emeritus
""", "other", "id", note="Near-miss: a change that depends on a decision still to come; nothing to change now.",
  client="outlook")

M("mungkin-sebaiknya-tanya-kaprodi", "2027-11-05 13:30:00",
  ("Reza Maulana", "reza.maulana@polibatam.ac.id"),
  "nama MK jarkom",
  """Pak, nama MK Jaringan Komputer (IF2204) mungkin sebaiknya diganti jadi Jaringan Komputer dan Keamanan, tapi saya tanyakan dulu ke Kaprodi ya. Nanti saya email lagi.
""", "other", "id", note="Near-miss: a hedged change the writer still has to check; nothing to change now.",
  client="android")

# ---------------------------------------------------------------- templates and purposes

M("formulir-baris-kosong-dan-strip", "2027-11-08 08:15:00",
  ("Dwi Handayani", "dwi.handayani@polibatam.ac.id"),
  "Formulir perubahan data course",
  """FORMULIR PERUBAHAN DATA COURSE E-LEARNING

Kode MK : TX2102
Nama MK saat ini : Teknologi Tekstil
Nama MK baru : (diisi jika berubah)
Dosen pengampu baru : -
Enrolment key baru : Tekstil_2027

Pemohon : Dwi Handayani
""", "course_data", "id",
  cd("TX2102", "Teknologi Tekstil", enrolment_key="Tekstil_2027"), client="outlook")

M("en-summary-purpose-wording-later", "2027-11-08 10:45:00",
  ("Otieno Ochieng", "otieno.ochieng@polibatam.ac.id"),
  "Entrepreneurship description",
  """Dear Sir/Madam,

Kindly update the course description of Entrepreneurship (BM2102) so that it reflects the new emphasis on social enterprise and the field visits to local cooperatives. I will share the final wording next week.

Yours faithfully,
Otieno Ochieng
""", "course_data", "en", cd("BM2102", "Entrepreneurship"),
  note="The description is asked for but its new text is not given; nothing to claim.", client="outlook")

M("ringkasan-ditambah-supaya-tahu", "2027-11-08 13:00:00",
  ("Fadhil Ramadhan", "fadhil.ramadhan@polibatam.ac.id"),
  "Ringkasan MK Kewirausahaan",
  """Siang Bu,

Mohon ringkasan MK Kewirausahaan (UM2101) ditambah satu kalimat tentang kunjungan industri, supaya mahasiswa tahu ada kegiatan lapangan di semester ini.

Makasih Bu.
""", "course_data", "id", cd("UM2101", "Kewirausahaan"),
  note="A purpose, not a new description; nothing to claim.", client="gmail")

M("deskripsi-menjadi-paragraf-daftar-penutup", "2027-11-08 15:10:00",
  ("Kemal Aydin", "kemal.aydin@polibatam.ac.id"),
  "Deskripsi Desain Grafis",
  """Selamat sore,

Deskripsi MK Desain Grafis (MM1203) mohon diubah menjadi:

Mata kuliah ini membahas prinsip tata letak, tipografi, dan teori warna untuk media cetak dan digital.

Topik utama:
1. Tipografi dan hierarki visual
2. Teori warna
3. Tata letak untuk media cetak dan layar

RPS-nya menyusul minggu depan ya Pak.

Teşekkürler,
Kemal Aydin
""", "course_data", "id",
  cd("MM1203", "Desain Grafis",
     summary="Mata kuliah ini membahas prinsip tata letak, tipografi, dan teori warna untuk media cetak dan digital."
     "\n\nTopik utama:\n1. Tipografi dan hierarki visual\n2. Teori warna\n3. Tata letak untuk media cetak dan layar"),
  client="thunderbird")

M("kelas-tertulis-padahal-seharusnya", "2027-11-09 08:20:00",
  ("Rahmi Yusra", "rahmi.yusra@polibatam.ac.id"),
  "Kelas di course Basis Data",
  """Assalamualaikum,

Kelas di course Basis Data (IF2201) salah Pak, tertulis IF-2A padahal seharusnya IF-2C. Mohon dibetulkan.

Tarimo kasih.
""", "course_data", "id", cd("IF2201", "Basis Data", **{"class": "IF-2C"}), client="gmail")

# ---------------------------------------------------------------- batch 1, second half (written before any rule)

M("beta-usul-bagaimana-menurut", "2027-11-09 10:00:00",
  ("Johanis Latuheru", "johanis.latuheru@polibatam.ac.id"),
  "usul nama MK",
  """Selamat pagi Bapak/Ibu,

Beta usul nama MK Navigasi Elektronik (KP2206) diganti jadi Sistem Navigasi Kapal, bagaimana menurut Bapak/Ibu? Beta belum bicara dengan Kaprodi.

Danke banyak,
Johanis Latuheru
""", "other", "id", note="Near-miss: a name put forward for the helpdesk's opinion; nothing to change.",
  client="gmail")

M("usulan-deskripsi-minta-pendapat", "2027-11-09 11:30:00",
  ("Tim Kurikulum Teknik Sipil", "kurikulum.sipil@polibatam.ac.id"),
  "Usulan deskripsi Rekayasa Lalu Lintas",
  """Yth. Tim P4M,

Berikut usulan deskripsi baru untuk MK Rekayasa Lalu Lintas (TS3110): Mata kuliah ini membahas karakteristik arus lalu lintas, kapasitas jalan, dan desain simpang bersinyal. Menurut Bapak/Ibu, apakah panjangnya sudah pas untuk halaman e-learning?

Salam,
Tim Kurikulum Teknik Sipil
""", "other", "id", note="Near-miss: a description sent for an opinion, not yet to be applied.",
  client="outlook")

M("sudah-ubah-sendiri-tinggal-singkatan", "2027-11-09 13:45:00",
  ("Hendrik Tanoto", "hendrik.tanoto@polibatam.ac.id"),
  "course Otomasi Industri",
  """Siang,

Nama course Otomasi Industri (ME3104) sudah saya ubah sendiri jadi Otomasi Industri 4.0 kemarin sore, yang belum bisa cuma short name, mohon diganti jadi OTIN-40.

Thanks,
Hendrik Tanoto
Dosen praktisi
""", "course_data", "id",
  cd("ME3104", "Otomasi Industri", shortname="OTIN-40"), client="gmail")

M("en-lecturer-then-tetum-thanks", "2027-11-10 08:05:00",
  ("Armando da Costa", "armando.dacosta@polibatam.ac.id"),
  "lecturer",
  """Hello, please set the lecturer of Port Operations (KP3105) to Dr. Armando da Costa Obrigadu barak
""", "course_data", "en",
  cd("KP3105", "Port Operations", lecturer="Dr. Armando da Costa"), client="iphone")

M("deskripsi-lalu-seandainya-terlalu-panjang", "2027-11-10 09:40:00",
  ("Sri Wahyuningsih", "sri.wahyuningsih@polibatam.ac.id"),
  "Deskripsi Gizi Kerja",
  """Sugeng enjing,

Deskripsi MK Gizi Kerja (KK2104) mohon diganti menjadi: Mata kuliah ini membahas kebutuhan gizi pekerja, penyelenggaraan makan di tempat kerja, dan hubungan gizi dengan produktivitas. Seandainya terlalu panjang untuk tampilan e-learning, boleh dipotong pada kalimat terakhir.

Maturnuwun,
Sri Wahyuningsih
""", "course_data", "id",
  cd("KK2104", "Gizi Kerja",
     summary="Mata kuliah ini membahas kebutuhan gizi pekerja, penyelenggaraan makan di tempat kerja, dan hubungan "
     "gizi dengan produktivitas."), client="gmail")

M("pengampu-aposisi-lama-diganti-oleh", "2027-11-10 10:50:00",
  ("Lamhot Situmorang", "lamhot.situmorang@polibatam.ac.id"),
  "Pengampu Geologi Teknik",
  """Horas,

Pengampu Geologi Teknik (TS2107), Ir. Bonar Siregar, diganti oleh Dr. Lamhot Situmorang mulai semester ini. Mohon disesuaikan di e-learning.

Mauliate,
Lamhot
""", "course_data", "id",
  cd("TS2107", "Geologi Teknik", lecturer="Dr. Lamhot Situmorang"), client="outlook")

M("singkatan-dikembalikan-ke-semula", "2027-11-10 13:20:00",
  ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "short name Survei",
  """Pak, short name Survei dan Pemetaan (TS1203) mohon dikembalikan ke semula, yaitu SRV-1A, bukan SURV-A yang sekarang.

Terima kasih.
""", "course_data", "id",
  cd("TS1203", "Survei dan Pemetaan", shortname="SRV-1A"), client="android")


# ================================================================ batch 2 (written after batch 1's rules, scored before any further rule)

M("dosen-diganti-mi-makassar", "2027-11-15 08:10:00",
  ("Andi Muh. Ilham", "andi.ilham@polibatam.ac.id"),
  "dosen hidraulika",
  """Assalamu alaikum Pak, dosen pengampu Hidraulika (TS2204) di elearning diganti mi jadi Andi Baso Tenri, S.T., M.T. di', makasih banyak ji
""", "course_data", "id",
  cd("TS2204", "Hidraulika", lecturer="Andi Baso Tenri, S.T., M.T."), client="android")

M("en-fullname-then-thai-thanks", "2027-11-15 09:30:00",
  ("Siriporn Chaiyasit", "siriporn.c@psu-partner.ac.th"),
  "Tourism Logistics",
  """Dear P4M, please change the full name of Tourism Logistics (LG3104) to Tourism and Hospitality Logistics khob khun ka
""", "course_data", "en",
  cd("LG3104", "Tourism Logistics", fullname="Tourism and Hospitality Logistics"), client="iphone")

M("en-lecturer-now-be-obrigada", "2027-11-15 10:45:00",
  ("Beatriz Almeida", "beatriz.almeida@polibatam.ac.id"),
  "Fluid Power lecturer",
  """Hi!

The lecturer for Fluid Power (ME3202) should now be Dr. Beatriz Almeida. Obrigada!

Bia
""", "course_data", "en",
  cd("ME3202", "Fluid Power", lecturer="Dr. Beatriz Almeida"), client="gmail")

M("nama-baru-kalau-dak-salah", "2027-11-15 13:00:00",
  ("Yulianti Palembang", "yulianti.plg@polibatam.ac.id"),
  "nama MK limbah",
  """Pak, nama MK Pengolahan Limbah (TK3105) tolong diganti jadi Pengolahan Limbah Industri kalau dak salah itu sudah disahkan prodi bulan lalu. Makasih nian Pak.
""", "course_data", "id",
  cd("TK3105", "Pengolahan Limbah", fullname="Pengolahan Limbah Industri"), client="android")

M("en-propose-would-this-be-acceptable", "2027-11-16 08:20:00",
  ("Kenji Watanabe", "k.watanabe@kosen-partner.ac.jp"),
  "Proposal on short name",
  """Dear P4M Helpdesk,

We would like to propose changing the short name of Robotics Lab (ME4101) to RBL-JP for the joint programme. Would this be acceptable for your side? Please advise.

Sincerely yours,
Kenji Watanabe
""", "other", "en", note="Near-miss: a proposal asking whether it is acceptable; nothing to change yet.",
  client="outlook")

M("btw-key-udah-ganti-sendiri-yg-blm-dosen", "2027-11-16 09:40:00",
  ("Nadia Putri", "nadia.putri@polibatam.ac.id"),
  "desain ui/ux",
  """btw key enrol Desain UI/UX (MM2206) udah aku ganti sendiri jd uiux2027 kemarin, fyi aja. yg blm itu nama dosennya, tolong jd Kevin Wijaya, S.Ds. thx kak
""", "course_data", "id",
  cd("MM2206", "Desain UI/UX", lecturer="Kevin Wijaya, S.Ds."), client="iphone")

M("nama-baru-lalu-sakalangkong", "2027-11-16 11:00:00",
  ("Moh. Hasan Basri", "hasan.basri@polibatam.ac.id"),
  "Nama MK Agribisnis",
  """Nama MK Agribisnis (AG2101) mohon diganti menjadi Agribisnis Pesisir Sakalangkong
""", "course_data", "id",
  cd("AG2101", "Agribisnis", fullname="Agribisnis Pesisir"), client="android")

M("deskripsi-lalu-catatan-untuk-admin", "2027-11-16 13:30:00",
  ("Ns. Marlina Tarigan", "marlina.tarigan@polibatam.ac.id"),
  "Deskripsi Keperawatan Kerja",
  """Yth. Admin e-learning,

Deskripsi MK Keperawatan Kesehatan Kerja (KP2102) mohon diganti menjadi: Mata kuliah ini membahas pencegahan penyakit akibat kerja, pertolongan pertama, dan pelayanan klinik di lingkungan industri.
Catatan untuk admin: tolong jangan pakai huruf tebal.

Salam sehat,
Ns. Marlina Tarigan
""", "course_data", "id",
  cd("KP2102", "Keperawatan Kesehatan Kerja",
     summary="Mata kuliah ini membahas pencegahan penyakit akibat kerja, pertolongan pertama, dan pelayanan klinik di "
     "lingkungan industri."), client="outlook")

M("deskripsi-berikut-butir-lalu-demikian", "2027-11-17 08:00:00",
  ("Sekretariat Prodi Logistik", "sekprodi.logistik@polibatam.ac.id"),
  "Permohonan perubahan deskripsi",
  """Dengan hormat,

Bersama ini kami mohon deskripsi MK Manajemen Gudang (LG2203) diganti menjadi sebagai berikut:

Mata kuliah ini membekali mahasiswa dengan pengelolaan gudang modern, meliputi:
- tata letak dan penyimpanan barang
- sistem manajemen gudang (WMS)
- keselamatan kerja di gudang

Demikian permohonan ini kami sampaikan. Atas kerja samanya kami ucapkan terima kasih.

Sekretariat Prodi Logistik
""", "course_data", "id",
  cd("LG2203", "Manajemen Gudang",
     summary="Mata kuliah ini membekali mahasiswa dengan pengelolaan gudang modern, meliputi:\n- tata letak dan "
     "penyimpanan barang\n- sistem manajemen gudang (WMS)\n- keselamatan kerja di gudang"), client="zimbra")

M("en-summary-revise-to-emphasise", "2027-11-17 09:15:00",
  ("Kwame Mensah", "kwame.mensah@polibatam.ac.id"),
  "Marine Ecology summary",
  """Good day,

Please revise the course summary of Marine Ecology (BK3202) to emphasise fieldwork in the mangroves of Batam; the current text hardly mentions it.

God bless,
Kwame Mensah
""", "course_data", "en", cd("BK3202", "Marine Ecology"),
  note="A purpose for the description, not its new text; nothing to claim.", client="gmail")

M("deskripsi-sekarang-lalu-yang-benar", "2027-11-17 10:30:00",
  ("Riduan Syahputra", "riduan.s@polibatam.ac.id"),
  "Deskripsi Perpajakan Lanjut",
  """Selamat pagi,

Untuk MK Perpajakan Lanjut (AK3205):

Deskripsi yang sekarang:
Mata kuliah ini membahas pajak penghasilan.

Deskripsi yang benar:
Mata kuliah ini membahas PPh badan, PPN, dan perencanaan pajak bagi usaha kecil dan menengah.

Terima kasih.
""", "course_data", "id",
  cd("AK3205", "Perpajakan Lanjut",
     summary="Mata kuliah ini membahas PPh badan, PPN, dan perencanaan pajak bagi usaha kecil dan menengah."),
  client="thunderbird")

M("kalau-jadi-cuti-baru-pasti", "2027-11-17 13:45:00",
  ("Darmawan Saputra", "darmawan.saputra@polibatam.ac.id"),
  "Kemungkinan ganti pengampu",
  """Pak,

Kalau saya jadi cuti semester depan, pengampu Bahasa Indonesia (UM1103) diganti Kartika Sari, M.Pd.; tapi itu baru pasti minggu depan.

Darmawan
""", "other", "id", note="Near-miss: a change that depends on a leave still to be decided.", client="gmail")

M("en-key-and-send-list", "2027-11-18 08:30:00",
  ("Eamon Byrne", "eamon.byrne@polibatam.ac.id"),
  "Soil Mechanics key",
  """Morning,

Please set the enrolment key of Soil Mechanics (TS2202) to Clay-2027 and send me the list of enrolled students when you get a chance.

Thanks a million,
Eamon
""", "course_data", "en",
  cd("TS2202", "Soil Mechanics", enrolment_key="Clay-2027"), client="thunderbird")

M("en-title-from-to-god-bless", "2027-11-18 09:50:00",
  ("Abena Owusu", "abena.owusu@polibatam.ac.id"),
  "Change of course title",
  """Dear Sir,

Kindly effect the change of the course title from Surveying I (TS1201) to Engineering Surveying I with immediate effect. God bless you.

Abena Owusu
""", "course_data", "en",
  cd("TS1201", "Surveying I", fullname="Engineering Surveying I"), client="outlook")

M("kelas-disebut-semester-dipindah", "2027-11-18 11:00:00",
  ("Putu Gede Arsana", "putu.arsana@polibatam.ac.id"),
  "semester Fisika Bangunan",
  """Om Swastiastu, tolong course Fisika Bangunan (AR2103) kelas AR-1B dipindah ke semester 3 ya. Suksma.
""", "course_data", "id",
  cd("AR2103", "Fisika Bangunan", semester="3"), client="android")

M("kunci-tanggal-berlaku-titik-dua", "2027-11-18 13:20:00",
  ("Rosmawati Pontianak", "rosmawati@polibatam.ac.id"),
  "Enrolment key Statistika",
  """Assalamualaikum,

Enrolment key Statistika (MA2103) yang berlaku mulai 15/12 mohon diganti: Stat1512

Terime kasih banyak ye.
""", "course_data", "id",
  cd("MA2103", "Statistika", enrolment_key="Stat1512"), client="gmail")


# ================================================================ batch 3 (placeholders and roles, written before their rule)

M("formulir-tbd-dan-kunci", "2027-11-22 08:00:00",
  ("Layla Hassan", "layla.hassan@polibatam.ac.id"),
  "Course settings update",
  """Hello P4M,

Changes for Naval Architecture (KP2201), filled in from our department sheet:
Full name: no change
Short name: TBD
Enrolment key: Hull-Form27

Thanks,
Layla
""", "course_data", "en",
  cd("KP2201", "Naval Architecture", enrolment_key="Hull-Form27"), client="gmail")

M("pengampu-jadi-jabatan-kaprodi", "2027-11-22 09:30:00",
  ("Wahyu Nugraha", "wahyu.nugraha@polibatam.ac.id"),
  "Pengampu Teknologi Tekstil",
  """Pak, mohon dosen pengampu Teknologi Tekstil (TX2102) sementara diganti jadi Kaprodi Teknik Tekstil sampai dosen barunya ada.

Terima kasih.
""", "course_data", "id", cd("TX2102", "Teknologi Tekstil"),
  note="A role, not a person; the lecturer is asked back.", client="gmail")

M("en-lecturer-to-head-of-unit", "2027-11-22 11:00:00",
  ("Fiona MacLeod", "fiona.macleod@polibatam.ac.id"),
  "Lecturer on Marine Law",
  """Hiya,

Could you set the lecturer of Marine Law (KP3303) to Coordinator Maritime Studies until the new hire starts? Short name stays.

Ta,
Fiona
""", "course_data", "en", cd("KP3303", "Marine Law"),
  note="A role, not a person; the lecturer is asked back.", client="thunderbird")

M("singkatan-strip-kunci-isi", "2027-11-22 13:15:00",
  ("Ponirah Wati", "ponirah.wati@polibatam.ac.id"),
  "isian perubahan",
  """Isian perubahan course Tata Boga (TB1102):
- Short name: xxx
- Enrolment key: Boga_Nusantara
- Dosen: idem

Nuwun.
""", "course_data", "id",
  cd("TB1102", "Tata Boga", enrolment_key="Boga_Nusantara"), client="android")


M("en-new-summary-label-with-course", "2027-11-23 08:40:00",
  ("Mei Ling Tan", "meiling.tan@polibatam.ac.id"),
  "Ringkasan baru",
  """Dear P4M,

Ringkasan baru MK Teknik Pendingin (ME2208):
Mata kuliah ini membahas siklus kompresi uap, refrigeran ramah lingkungan, dan perawatan sistem pendingin kapal.
Mohon diperbarui sebelum kuliah perdana.

Xie xie,
Mei Ling
""", "course_data", "id",
  cd("ME2208", "Teknik Pendingin",
     summary="Mata kuliah ini membahas siklus kompresi uap, refrigeran ramah lingkungan, dan perawatan sistem "
     "pendingin kapal."), client="gmail")


if __name__ == "__main__":
    others = sum(1 for m in E.MAILS if m["type"] == "other")
    E.PLAN = {"course_data": len(E.MAILS) - others, "other": others}
    sys.exit(E.main())

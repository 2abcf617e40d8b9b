#!/usr/bin/env python3
"""Generate the eighteenth P4M helpdesk TUNING corpus about requested changes (labelled request e-mails).

Written blind (no held-out mail read), each kind in voices no corpus had yet: Sundanese and Javanese code-mixing,
a German, a Nigerian and a French-speaking exchange lecturer writing English, a BAAK officer, a quality-assurance
auditor quoting decrees, lab technicians (PLP), a student council member, terse SMS-style lecturers. The kinds: a
second field asked in the same sentence or mail ("masing-masing menjadi X dan Y", "the full name shall be X, the
short name Y", "pakai X saja"); the requester's answer holding only the value to the receipt's "Mohon lengkapi";
reverts ("balikin kayak semula aja: X", "revert the short name to X"); lecturers with many degrees and titles
("Prof. Dr. Ir. H. ..., M.Sc., IPU.", "Dr. rer. nat.", "Dr.-Ing.", "apt."); class and enrolment-key changes told
in prose ("kelasnya pindah ke X", "key-nya dibikin X aja", "password enrol ... diganti jadi X"); changes told
through what they affect ("di aplikasi masih muncul X, harusnya Y", "students still see X, but it has been called
Y"); "mohon disesuaikan dengan SK ...: X"; values followed by a reason clause ("karena ...", "soalnya ...",
"since ...", "biar ..."). Near-misses: a rename said not to be undone, a key left as it is, a value only planned
and dropped, a current value shown and left alone.

Credits are labelled as the number; a class or a semester as written. The message engine is the first tuning
corpus's generator, imported from ../requests-tune/make_tune.py; every body was written by hand and scored on the
unchanged code before any rule was written for it.
Run:  python3 make_tune18_changes.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 78}
M = E.M
DESK = "Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>"


def cd(code=None, name=None, **changes):
    fields = {}
    if code:
        fields["course_code"] = code
    if name:
        fields["course_name"] = name
    if changes:
        fields["changes"] = changes
    return fields


def ack(lang, number, lines, missing):
    """The receipt's asking part, as templates/ticket/ack.requester.*.txt.j2 renders it."""
    if lang == "id":
        return (
            "Yth. Bapak/Ibu,\n\nTerima kasih. Permintaan Anda telah kami terima dan dicatat dengan nomor tiket "
            "[P4M #%d].\n\nKami memahami permintaan Anda sebagai: perubahan data identitas mata kuliah.\n%s\n"
            "Mohon lengkapi: %s.\nCukup balas email ini dengan keterangan tersebut; tanpa itu staf kami belum dapat "
            "memprosesnya.\n\nSalam,\nHelpdesk P4M\n"
        ) % (number, "".join("  - %s: %s\n" % pair for pair in lines), missing)
    return (
        "Dear Sir/Madam,\n\nThank you. We have received your request and recorded it as ticket [P4M #%d].\n\n"
        "We understand your request as: change of course identity data.\n%s\nPlease complete: %s.\n"
        "Simply reply to this e-mail with it; until then our staff cannot act on the request.\n\n"
        "Kind regards,\nHelpdesk P4M\n"
    ) % (number, "".join("  - %s: %s\n" % pair for pair in lines), missing)


def quoted(text):
    return "".join(("> " + line).rstrip() + "\n" for line in text.splitlines())


def reply(number, subject):
    return "Re: [P4M #%d] %s" % (number, subject), "<ack-%d@helpdesk.polibatam.ac.id>" % number


# ---------------------------------------------------------------- a second field in the same sentence or mail

M("sunda-nami-lengkap-sareng-singkat", "2027-08-02 08:10:00",
  ("Asep Saepudin", "asep.saepudin@polibatam.ac.id"),
  "Punten, ganti nama MK Fisika Terapan",
  """Punten Kang/Teh admin e-learning,

Kanggo MK Fisika Terapan (TM1203), nama lengkapnya hoyong diganti jadi Fisika Teknik Terapan, sareng short name-na oge dirobih jadi FISTEK-TM. Hatur nuhun pisan.

Asep, PLP Lab Fisika
""", "course_data", "id",
  cd("TM1203", "Fisika Terapan", fullname="Fisika Teknik Terapan", shortname="FISTEK-TM"), client="gmail")

M("en-german-shall-be-both", "2027-08-02 09:25:00",
  ("Dr. Katrin Vogel", "katrin.vogel@polibatam.ac.id"),
  "Control Engineering course data",
  """Dear helpdesk team,

For the course Control Engineering (EL3105) both names must be adapted to the new module handbook. The full name shall be Control Systems Engineering, the short name shall be CSE-EL3. I thank you in advance.

With kind regards
Katrin Vogel
Visiting Lecturer, Electrical Engineering
""", "course_data", "en",
  cd("EL3105", "Control Engineering", fullname="Control Systems Engineering", shortname="CSE-EL3"),
  client="thunderbird")

M("masing-masing-nama-dan-kode-singkat", "2027-08-02 10:40:00",
  ("Bagian Akademik (BAAK)", "baak@polibatam.ac.id"),
  "Penyesuaian nama dan kode singkat MK Kewirausahaan",
  """Kepada Yth. Pengelola E-Learning P4M,

Berdasarkan hasil rapat kurikulum, nama dan kode singkat MK Kewirausahaan (UM2101) mohon diubah masing-masing menjadi Kewirausahaan Digital dan KWU-DIG.

Atas bantuannya kami ucapkan terima kasih.

Bagian Administrasi Akademik dan Kemahasiswaan
""", "course_data", "id",
  cd("UM2101", "Kewirausahaan", fullname="Kewirausahaan Digital", shortname="KWU-DIG"), client="outlook")

M("key-ke-lalu-shortname-sekalian", "2027-08-02 13:05:00",
  ("Yudi Pratama", "yudi.pratama@polibatam.ac.id"),
  "enrol key + short name Praktikum Kimia",
  """Siang,

Enrol key Praktikum Kimia (KI1102) tolong diganti ke kimia-B27, short name-nya juga sekalian jadi PRAKKIM-B.

Thx,
Yudi
""", "course_data", "id",
  cd("KI1102", "Praktikum Kimia", enrolment_key="kimia-B27", shortname="PRAKKIM-B"), client="gmail")

M("nama-lalu-shortname-pakai-saja", "2027-08-03 08:30:00",
  ("Ir. Lestari Handayani, M.T.", "lestari.handayani@polibatam.ac.id"),
  "Manajemen Proyek TS3201",
  """Selamat pagi,

Nama MK Manajemen Proyek (TS3201) minta diubah jadi Manajemen Proyek Konstruksi. Untuk shortname, pakai MPK-TS3 saja.

Terima kasih,
Lestari
""", "course_data", "id",
  cd("TS3201", "Manajemen Proyek", fullname="Manajemen Proyek Konstruksi", shortname="MPK-TS3"), client="gmail")

M("en-nigerian-renamed-and-short-name-as-well", "2027-08-03 09:45:00",
  ("Engr. Chinedu Okonkwo", "chinedu.okonkwo@polibatam.ac.id"),
  "Kind request: Ship Machinery course",
  """Good morning Sir/Ma,

I wish to kindly request that the course Ship Machinery (NA2201) be renamed to Marine Engineering Systems, and that its short name be updated to MES-NA2 as well. Your usual cooperation is highly appreciated.

Thanks and God bless.
Engr. Chinedu Okonkwo
""", "course_data", "en",
  cd("NA2201", "Ship Machinery", fullname="Marine Engineering Systems", shortname="MES-NA2"), client="outlook")

M("jawa-nggih-kelas-lan-key", "2027-08-03 11:20:00",
  ("Sri Mulyani", "sri.mulyani@polibatam.ac.id"),
  "Nyuwun tulung MK Akuntansi Dasar",
  """Sugeng enjang admin,

MK Akuntansi Dasar (AK1101) kelasipun mohon diganti dados AK-1C, lan enrolment key-nipun dados akdas-1C nggih. Matur nuwun.

Sri Mulyani
""", "course_data", "id",
  cd("AK1101", "Akuntansi Dasar", **{"class": "AK-1C", "enrolment_key": "akdas-1C"}), client="iphone")

# ---------------------------------------------------------------- the answer to "Mohon lengkapi", only the value

A = ack("id", 611, [("Kode MK", "IF3304"), ("Nama MK", "Jaringan Nirkabel")], "nama baru mata kuliah")
S, R = reply(611, "ganti nama MK Jaringan Nirkabel")
M("balasan-nilai-lalu-itu-aja-min", "2027-08-04 08:05:00",
  ("Fajar Nugroho", "fajar.nugroho@polibatam.ac.id"), S,
  "Jaringan Nirkabel dan Seluler, itu aja min\n\nPada Rab, 4 Agu 2027 pukul 07.50 %s menulis:\n%s" % (DESK, quoted(A)),
  "course_data", "id", cd("IF3304", "Jaringan Nirkabel", fullname="Jaringan Nirkabel dan Seluler"),
  client="gmail", reply=R)

A = ack("en", 612, [("Course code", "ME2206"), ("Course name", "Heat Transfer")], "the new short name of the course")
S, R = reply(612, "Heat Transfer short name")
M("en-reply-bottom-value-only-short", "2027-08-04 09:30:00",
  ("Pierre Lambert", "pierre.lambert@polibatam.ac.id"), S,
  "On 4 Aug 2027, at 09:12, %s wrote:\n%s\nHT-ME2B\n\nPierre\n" % (DESK, quoted(A)),
  "course_data", "en", cd("ME2206", "Heat Transfer", shortname="HT-ME2B"), client="thunderbird", reply=R)

A = ack("id", 613, [("Kode MK", "EL2207"), ("Nama MK", "Elektronika Daya")], "nama dosen pengampu yang baru")
S, R = reply(613, "dosen Elektronika Daya")
M("balasan-oh-iya-lupa-dosen-gelar", "2027-08-04 10:15:00",
  ("Hendra Kurnia", "hendra.kurnia@polibatam.ac.id"), S,
  "Oh iya lupa. Dr. Ir. Wahyu Setiawan, S.T., M.T., IPM.\n\nHendra\n\n"
  "Pada Rab, 4 Agu 2027 pukul 10.01 %s menulis:\n%s" % (DESK, quoted(A)),
  "course_data", "id", cd("EL2207", "Elektronika Daya", lecturer="Dr. Ir. Wahyu Setiawan, S.T., M.T., IPM."),
  client="gmail", reply=R)

# ---------------------------------------------------------------- reverts

M("balikin-kayak-semula-aja-titikdua", "2027-08-05 08:20:00",
  ("Dimas Anggara", "dimas.anggara@polibatam.ac.id"),
  "nama MK AK1203",
  """min, nama MK AK1203 yg kemarin diganti jd Akuntansi Keuangan Menengah tolong balikin kayak semula aja: Pengantar Akuntansi II. ternyata kurikulumnya belum berlaku. makasih min
""", "course_data", "id",
  cd("AK1203", "Akuntansi Keuangan Menengah", fullname="Pengantar Akuntansi II"), client="iphone")

M("en-revert-short-name-mistake", "2027-08-05 09:50:00",
  ("Grace Mensah", "grace.mensah@polibatam.ac.id"),
  "Revert short name, Cost Accounting",
  """Hello,

Last week I asked you to change the short name of Cost Accounting (AK2204) to CA-2027. That was a mistake on my side, sorry. Could you please revert the short name to ACC2204-A?

Best,
Grace
""", "course_data", "en", cd("AK2204", "Cost Accounting", shortname="ACC2204-A"), client="gmail")

M("dikembalikan-seperti-awal-yaitu", "2027-08-05 11:00:00",
  ("Kaprodi Teknik Mesin", "kaprodi.mesin@polibatam.ac.id"),
  "Pengembalian nama MK Fisika Dasar",
  """Dengan hormat,

Nama course MK TM1101 saat ini tertulis Fisika Dasar Lanjut. Mohon nama course dikembalikan seperti awal, yaitu Fisika Dasar I, sesuai dokumen kurikulum yang berlaku.

Hormat kami,
Kaprodi Teknik Mesin
""", "course_data", "id", cd("TM1101", "Fisika Dasar Lanjut", fullname="Fisika Dasar I"), client="outlook")

M("jangan-dikembalikan-cuma-shortname", "2027-08-05 13:40:00",
  ("Nanda Puspita", "nanda.puspita@polibatam.ac.id"),
  "shortname Basis Data II",
  """Halo admin,

Nama MK IF2205 yang kemarin diubah jadi Basis Data II sudah benar, jangan dikembalikan ke Basis Data Lanjut ya. Sekarang tinggal shortname-nya tolong ganti ke BD2-IF.

Nanda
""", "course_data", "id", cd("IF2205", "Basis Data II", shortname="BD2-IF"), client="gmail",
  note="Near-miss: a rename said right and not to be undone; only the short name is asked.")

# ---------------------------------------------------------------- lecturers with many degrees and titles

M("dosen-prof-dr-ir-h-ipu-asean", "2027-08-06 08:00:00",
  ("Sekretariat Jurusan Teknik Sipil", "sekjur.sipil@polibatam.ac.id"),
  "Pengampu Struktur Beton",
  """Yth. Helpdesk P4M,

Mulai semester ini, pengampu MK Struktur Beton (TS2301) diganti menjadi Prof. Dr. Ir. H. Bambang Sutrisno, M.Sc., IPU., ASEAN Eng. menggantikan almarhum Pak Joko.

Terima kasih.
Sekretariat Jurusan Teknik Sipil
""", "course_data", "id",
  cd("TS2301", "Struktur Beton", lecturer="Prof. Dr. Ir. H. Bambang Sutrisno, M.Sc., IPU., ASEAN Eng."),
  client="outlook")

M("dosen-dr-rer-nat-karena", "2027-08-06 09:10:00",
  ("Rina Oktaviani", "rina.oktaviani@polibatam.ac.id"),
  "Dosen Kimia Analitik",
  """Pagi min,

Dosen MK Kimia Analitik (KI2203) tolong diubah jadi Dr. rer. nat. Anita Kusuma, S.Si., M.Sc. karena Pak Hadi sedang cuti sakit sampai akhir semester.

Rina
""", "course_data", "id", cd("KI2203", "Kimia Analitik", lecturer="Dr. rer. nat. Anita Kusuma, S.Si., M.Sc."),
  client="gmail")

M("en-lecturer-dr-ing-from-now-on", "2027-08-06 10:30:00",
  ("Hans Becker", "hans.becker@polibatam.ac.id"),
  "Lecturer of Production Automation",
  """Hello,

The lecturer of Production Automation (MK3207) is from now on Dr.-Ing. Hendrik Wibowo, S.T., M.Eng.; please change it in the e-learning.

Best regards
Hans Becker
""", "course_data", "en", cd("MK3207", "Production Automation", lecturer="Dr.-Ing. Hendrik Wibowo, S.T., M.Eng."),
  client="thunderbird")

M("dosen-apt-farmasi-ditulis-lengkap", "2027-08-06 13:15:00",
  ("Yuliana", "yuliana.farmasi@polibatam.ac.id"),
  "Ganti pengampu Farmakologi",
  """Assalamualaikum,

Mohon nama pengampu MK Farmakologi Dasar (FA1204) diganti dengan apt. Sri Wahyuni, S.Farm., M.Farm., soalnya dosen sebelumnya sudah pindah tugas.

Wassalam,
Yuliana
""", "course_data", "id", cd("FA1204", "Farmakologi Dasar", lecturer="apt. Sri Wahyuni, S.Farm., M.Farm."),
  client="gmail")

# ---------------------------------------------------------------- class and enrolment key told in prose

M("kelasnya-pindah-ke-bukan-lagi", "2027-08-09 08:05:00",
  ("Bayu Saputra", "bayu.saputra@polibatam.ac.id"),
  "kelas Mekatronika",
  """Pagi pak,

Buat MK Mekatronika (MK3104), kelasnya pindah ke MK-3B ya pak, bukan MK-3A lagi. Makasih.

Bayu
""", "course_data", "id", cd("MK3104", "Mekatronika", **{"class": "MK-3B"}), client="iphone")

M("key-nya-dibikin-aja-biar", "2027-08-09 09:20:00",
  ("Tika Ramadhani", "tika.ramadhani@polibatam.ac.id"),
  "key robotika",
  """Hai min, key-nya MK Robotika Dasar (MK2101) dibikin robotik2027 aja biar anak-anak gampang ingetnya. thanks!
""", "course_data", "id", cd("MK2101", "Robotika Dasar", enrolment_key="robotik2027"), client="iphone")

M("password-enrol-diganti-jadi", "2027-08-09 10:45:00",
  ("Joko Susilo", "joko.susilo@polibatam.ac.id"),
  "password enrol Statistika",
  """Selamat siang,

Password enrol untuk MK Statistika Bisnis (MB2103) mohon diganti jadi statB#2027, yang lama sudah tersebar ke kelas lain.

Salam,
Joko
""", "course_data", "id", cd("MB2103", "Statistika Bisnis", enrolment_key="statB#2027"), client="gmail")

M("en-enrolment-password-set-it-to", "2027-08-09 13:30:00",
  ("Amélie Dubois", "amelie.dubois@polibatam.ac.id"),
  "Enrolment password Thermodynamics",
  """Hello,

Concerning the enrolment password of Thermodynamics (ME2103): please set it to thermo-2027B, because the old one was shared on social media.

Thank you very much,
Amélie
""", "course_data", "en", cd("ME2103", "Thermodynamics", enrolment_key="thermo-2027B"), client="gmail")

M("kunci-masuk-course-ke", "2027-08-10 08:40:00",
  ("Wayan Sudarsana", "wayan.sudarsana@polibatam.ac.id"),
  "kunci masuk Kalkulus 2",
  """Om Swastyastu,

Kunci masuk course Kalkulus 2 (MA1202) tolong diganti ke KAL2-genap. Suksma.

Wayan
""", "course_data", "id", cd("MA1202", "Kalkulus 2", enrolment_key="KAL2-genap"), client="gmail")

M("key-tidak-usah-diganti-cuma-singkatan", "2027-08-10 10:00:00",
  ("Maya Sari", "maya.sari@polibatam.ac.id"),
  "Pemrograman Berorientasi Objek",
  """Halo admin,

Mahasiswa kelas TI-2A sudah bisa masuk dengan key lama pbo2a, jadi key tidak usah diganti. Yang perlu diubah cuma singkatan MK Pemrograman Berorientasi Objek (IF2103), jadi PBO-TI2A.

Terima kasih,
Maya
""", "course_data", "id", cd("IF2103", "Pemrograman Berorientasi Objek", shortname="PBO-TI2A"), client="gmail",
  note="Near-miss: the current key is given and said to stay.")

# ---------------------------------------------------------------- changes told through what they affect

M("di-aplikasi-masih-muncul-harusnya", "2027-08-11 08:15:00",
  ("Ketua Himpunan Mahasiswa Informatika", "hima.if@polibatam.ac.id"),
  "Nama MK di aplikasi Moodle",
  """Selamat pagi kak,

Di aplikasi Moodle HP masih muncul Pemrograman Dasar (IF1101), harusnya sudah Dasar-Dasar Pemrograman sesuai kurikulum baru. Mohon dicek dan diperbarui ya kak.

Terima kasih,
Hima Informatika
""", "course_data", "id",
  cd("IF1101", "Pemrograman Dasar", fullname="Dasar-Dasar Pemrograman"), client="gmail")

M("yang-tampil-masih-dosen-lama-padahal", "2027-08-11 09:40:00",
  ("Putri Amalia", "putri.amalia@polibatam.ac.id"),
  "Nama dosen di dashboard",
  """Siang admin,

Yang tampil di dashboard mahasiswa MK Bahasa Inggris Teknik (UM1103) masih Pak Ahmad Fauzi, padahal pengampunya sudah Fitri Handayani, S.Pd., M.Pd. sejak bulan lalu. Tolong disesuaikan.

Putri
""", "course_data", "id",
  cd("UM1103", "Bahasa Inggris Teknik", lecturer="Fitri Handayani, S.Pd., M.Pd."), client="gmail")

M("en-students-still-see-has-been-called", "2027-08-11 11:05:00",
  ("Samuel Adeyemi", "samuel.adeyemi@polibatam.ac.id"),
  "Course list shows old name",
  """Hi team,

Students still see Intro to Robotics (MK1204) on their course list, but the course has been called Fundamentals of Robotics since July. Could you update it?

Thanks,
Samuel
""", "course_data", "en", cd("MK1204", "Intro to Robotics", fullname="Fundamentals of Robotics"), client="gmail")

M("header-course-masih-tertulis-kelas-seharusnya", "2027-08-11 13:20:00",
  ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
  "kelas di header course",
  """Punten,

Di header course Akuntansi Manajemen (AK3102) masih tertulis kelas AK-3A, seharusnya AK-3C. Mohon dibantu.

Lina
""", "course_data", "id", cd("AK3102", "Akuntansi Manajemen", **{"class": "AK-3C"}), client="gmail")

M("masih-muncul-tapi-sudah-benar-di-siakad", "2027-08-12 08:30:00",
  ("Rudi Hermawan", "rudi.hermawan@polibatam.ac.id"),
  "Nama singkat Sistem Digital",
  """Pagi,

Di e-learning nama singkat MK Sistem Digital (EL1205) masih muncul SD-EL1, di SIAKAD juga SD-EL1, jadi memang sudah sama. Yang minta saya ubah cuma nama lengkapnya jadi Sistem Digital dan Mikroprosesor.

Rudi
""", "course_data", "id",
  cd("EL1205", "Sistem Digital", fullname="Sistem Digital dan Mikroprosesor"), client="gmail",
  note="Near-miss: the short name shown is said to match; only the full name is asked.")

# ---------------------------------------------------------------- "disesuaikan dengan SK ..."

M("disesuaikan-dengan-sk-titikdua-dosen", "2027-08-12 10:10:00",
  ("Auditor SPMI", "spmi@polibatam.ac.id"),
  "Temuan audit: pengampu MK Metrologi",
  """Yth. Tim P4M,

Berdasarkan temuan audit mutu internal, nama pengampu MK Metrologi Industri (TM2205) di e-learning belum sesuai SK. Mohon disesuaikan dengan SK Direktur Nomor 812/PL29/KP/2027: Dr. Yulia Rahman, S.T., M.T.

Terima kasih atas kerja samanya.
Unit SPMI
""", "course_data", "id", cd("TM2205", "Metrologi Industri", lecturer="Dr. Yulia Rahman, S.T., M.T."),
  client="outlook")

M("disesuaikan-dgn-kurikulum-nama-menjadi", "2027-08-12 13:45:00",
  ("Dewi Kartika", "dewi.kartika@polibatam.ac.id"),
  "penyesuaian kurikulum MK Desain",
  """Min, mohon disesuaikan dgn kurikulum 2027 ya: nama MK Desain Grafis (MM1102) menjadi Desain Komunikasi Visual Dasar. Makasih
""", "course_data", "id",
  cd("MM1102", "Desain Grafis", fullname="Desain Komunikasi Visual Dasar"), client="iphone")

M("sesuai-sk-penugasan-yaitu-baris-baru", "2027-08-13 08:25:00",
  ("Tata Usaha Jurusan Manajemen Bisnis", "tu.mb@polibatam.ac.id"),
  "Penyesuaian dosen pengampu sesuai SK",
  """Dengan hormat,

Sehubungan dengan terbitnya SK penugasan mengajar semester ganjil 2027/2028, dosen pengampu MK Perilaku Organisasi (MB2205) mohon disesuaikan menjadi:
Dra. Hj. Siti Aminah, M.M., CHRP

Demikian, terima kasih.
Tata Usaha Jurusan Manajemen Bisnis
""", "course_data", "id",
  cd("MB2205", "Perilaku Organisasi", lecturer="Dra. Hj. Siti Aminah, M.M., CHRP"), client="outlook")

# ---------------------------------------------------------------- values followed by a reason clause

M("shortname-menjadi-karena-digabung", "2027-08-13 10:00:00",
  ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "short name Elektronika Analog",
  """Selamat siang,

Mohon short name MK Elektronika Analog (EL2102) diganti menjadi ELKA-2B karena kelas A dan B digabung semester ini.

Agus
""", "course_data", "id", cd("EL2102", "Elektronika Analog", shortname="ELKA-2B"), client="gmail")

M("en-full-name-to-since-curriculum", "2027-08-13 11:30:00",
  ("Olivia Martin", "olivia.martin@polibatam.ac.id"),
  "Full name of IoT course",
  """Hi,

Please change the full name of Internet of Things (IF3209) to Industrial Internet of Things since the curriculum revision was approved in June.

Kind regards,
Olivia
""", "course_data", "en",
  cd("IF3209", "Internet of Things", fullname="Industrial Internet of Things"), client="gmail")

M("nama-jadi-soalnya-sudah-ada", "2027-08-13 14:00:00",
  ("Reza Firmansyah", "reza.firmansyah@polibatam.ac.id"),
  "nama MK desain",
  """Sore min,

Nama MK Desain Grafis Lanjutan (MM2104) diubah jadi Desain Grafis Lanjut soalnya di SIAKAD namanya gitu. Suwun.

Reza
""", "course_data", "id",
  cd("MM2104", "Desain Grafis Lanjutan", fullname="Desain Grafis Lanjut"), client="gmail")

M("enrol-key-ganti-ke-biar", "2027-08-16 08:10:00",
  ("Bella Anastasya", "bella.anastasya@polibatam.ac.id"),
  "key Logistik",
  """min enrol key MK Manajemen Logistik (ML2201) ganti ke LOGIS27 biar anak kelas sebelah ga bisa masuk ya
""", "course_data", "id", cd("ML2201", "Manajemen Logistik", enrolment_key="LOGIS27"), client="iphone")

M("nama-lengkap-menjadi-sesuai-rps", "2027-08-16 09:30:00",
  ("Hari Purnomo", "hari.purnomo@polibatam.ac.id"),
  "Nama lengkap MK Teknik Pengelasan",
  """Dengan hormat,

Nama lengkap MK Teknik Pengelasan (TM2302) mohon diubah menjadi Teknik Pengelasan Lanjut, sesuai dengan RPS terbaru yang sudah disahkan.

Hormat saya,
Hari Purnomo
""", "course_data", "id",
  cd("TM2302", "Teknik Pengelasan", fullname="Teknik Pengelasan Lanjut"), client="outlook")

M("sempat-mau-diubah-tidak-jadi-dosen", "2027-08-16 11:00:00",
  ("Ferdi Gunawan", "ferdi.gunawan@polibatam.ac.id"),
  "Pengampu Sistem Informasi Manajemen",
  """Halo,

Nama MK Sistem Informasi Manajemen (SI2201) sempat mau diubah jadi Sistem Informasi Bisnis, tapi tidak jadi. Yang perlu diganti cuma dosennya, menjadi Arief Rahman, S.Kom., M.Cs. karena saya pindah ke kampus lain.

Ferdi
""", "course_data", "id",
  cd("SI2201", "Sistem Informasi Manajemen", lecturer="Arief Rahman, S.Kom., M.Cs."), client="gmail",
  note="Near-miss: a rename planned and dropped; only the lecturer is asked.")

M("en-key-create-new-any-value", "2027-08-16 13:30:00",
  ("Daniel Osei", "daniel.osei@polibatam.ac.id"),
  "Enrolment key and name, Fluid Power",
  """Dear team,

The key of Fluid Power (ME3204) leaked, so please create a new one, any value is fine. While you are at it, please rename the course to Fluid Power and Hydraulics because the lab part was added.

Regards,
Daniel
""", "course_data", "en", cd("ME3204", "Fluid Power", fullname="Fluid Power and Hydraulics"), client="gmail",
  note="Near-miss: a new key asked without a value; the rename is read with its reason cut off.")


# ---------------------------------------------------------------- second batch, scored before its rules: the same
# kinds in other words (undo, "change it back", "set back", a former value in brackets; "ikut disesuaikan";
# "pindahin ke kelas"; "passwordnya dibikin"; "harusnya" after what students see; "Dr. Eng."; "mengingat")

M("undo-pakai-nama-lama", "2027-08-17 08:15:00",
  ("Galih Prakoso", "galih.prakoso@polibatam.ac.id"),
  "undo perubahan nama MK",
  """Min, perubahan nama MK Sistem Tertanam (EL3206) yang kemarin tolong di-undo aja, pakai nama lama: Sistem Benam. Ternyata prodi belum acc.

Galih
""", "course_data", "id", cd("EL3206", "Sistem Tertanam", fullname="Sistem Benam"), client="iphone")

M("en-change-it-back-to", "2027-08-17 09:30:00",
  ("Liam O'Brien", "liam.obrien@polibatam.ac.id"),
  "Course name back please",
  """Hi there,

You renamed my course Naval Architecture (NA1102) to Ship Design last week, as I asked. The department has now decided against it, so could you please change it back to Naval Architecture I?

Cheers,
Liam
""", "course_data", "en", cd("NA1102", "Ship Design", fullname="Naval Architecture I"), client="gmail")

M("en-set-the-key-back", "2027-08-17 10:40:00",
  ("Meera Pillai", "meera.pillai@polibatam.ac.id"),
  "Enrolment key of Biochemistry",
  """Dear helpdesk,

The enrolment key of Biochemistry (BT2104) was reset this morning by mistake. Kindly set the key back to bioch-2B so that my students can enrol with the code they already have.

Regards,
Meera
""", "course_data", "en", cd("BT2104", "Biochemistry", enrolment_key="bioch-2B"), client="outlook")

M("shortname-kembali-seperti-sebelumnya-kurung", "2027-08-17 13:10:00",
  ("Yosua Tambunan", "yosua.tambunan@polibatam.ac.id"),
  "shortname Kalkulus",
  """Bang admin, shortname MK Kalkulus 1 (MA1101) tolong kembalikan seperti sebelumnya (KAL1-MA) ya, yang sekarang bikin mahasiswa bingung. Mauliate.

Yosua
""", "course_data", "id", cd("MA1101", "Kalkulus 1", shortname="KAL1-MA"), client="gmail")

M("nama-jadi-kode-singkat-ikut-disesuaikan", "2027-08-18 08:20:00",
  ("Koordinator Prodi D4 Akuntansi Manajerial", "prodi.amj@polibatam.ac.id"),
  "Perubahan MK Perpajakan",
  """Yth. Admin e-learning,

Mohon nama MK Perpajakan (AM2203) diganti jadi Perpajakan Korporasi. Kode singkatnya ikut disesuaikan: PAJAK-KORP.

Terima kasih.
Koordinator Prodi D4 Akuntansi Manajerial
""", "course_data", "id",
  cd("AM2203", "Perpajakan", fullname="Perpajakan Korporasi", shortname="PAJAK-KORP"), client="outlook")

M("pindahin-ke-kelas-malam", "2027-08-18 09:35:00",
  ("Andre Wijaya", "andre.wijaya@polibatam.ac.id"),
  "kelas malam Jarkom",
  """min tolong MK Jaringan Komputer (TK2302) pindahin ke kelas TK-2M ya, saya pegangnya yg malam. tq
""", "course_data", "id", cd("TK2302", "Jaringan Komputer", **{"class": "TK-2M"}), client="iphone")

M("passwordnya-course-dibikin", "2027-08-18 10:50:00",
  ("Citra Lestari", "citra.lestari@polibatam.ac.id"),
  "password course Kimia Organik",
  """Halo kak, password masuk course Kimia Organik (KI2101) dibikin organik-27 aja ya kak biar seragam sama kelas lain. Makasih kak!
""", "course_data", "id", cd("KI2101", "Kimia Organik", enrolment_key="organik-27"), client="gmail")

M("mahasiswa-masih-lihat-dosen-lama-harusnya", "2027-08-18 13:25:00",
  ("Staf Administrasi Prodi Teknik Robotika", "admin.robotika@polibatam.ac.id"),
  "Dosen di halaman course Kinematika",
  """Selamat siang,

Mahasiswa masih lihat nama dosen lama di halaman course Kinematika Robot (RB2203), harusnya Dr. Eng. Rudi Hartono, S.T., M.Eng. sejak awal semester. Mohon diperbaiki.

Terima kasih,
Admin Prodi Teknik Robotika
""", "course_data", "id",
  cd("RB2203", "Kinematika Robot", lecturer="Dr. Eng. Rudi Hartono, S.T., M.Eng."), client="outlook")

M("en-singlish-still-showing-should-be", "2027-08-19 08:45:00",
  ("Tan Wei Ming", "weiming.tan@polibatam.ac.id"),
  "Course title still old one",
  """Hi team,

My course page for Supply Chain Basics (LG1101) still showing the old title leh. Should be Supply Chain Fundamentals, the curriculum already changed. Can help update? Thanks ah.

Wei Ming
""", "course_data", "en", cd("LG1101", "Supply Chain Basics", fullname="Supply Chain Fundamentals"), client="gmail")

M("nama-menjadi-mengingat", "2027-08-19 10:00:00",
  ("Prof. Dr. Hartati Sukmawati, M.Pd.", "hartati.sukmawati@polibatam.ac.id"),
  "Usulan perubahan nama MK",
  """Dengan hormat,

Saya mengusulkan agar nama mata kuliah Metode Penelitian (UM3101) diubah menjadi Metodologi Penelitian Terapan, mengingat seluruh prodi di Politeknik kini berorientasi riset terapan.

Hormat saya,
Prof. Dr. Hartati Sukmawati, M.Pd.
""", "course_data", "id",
  cd("UM3101", "Metode Penelitian", fullname="Metodologi Penelitian Terapan"), client="outlook")

M("key-jangan-diganti-dulu-nama-saja", "2027-08-19 11:20:00",
  ("Rosa Simatupang", "rosa.simatupang@polibatam.ac.id"),
  "nama MK Audit",
  """Siang admin,

Enrolment key MK Auditing (AK3201) jangan diganti dulu ya, mahasiswa baru saja masuk pakai audit3A. Yang mau saya ubah nama MK-nya saja ke Auditing dan Asurans.

Rosa
""", "course_data", "id", cd("AK3201", "Auditing", fullname="Auditing dan Asurans"), client="gmail",
  note="Near-miss: the key is named only to say it stays.")

M("dulu-namanya-sekarang-sudah-benar", "2027-08-19 13:40:00",
  ("Eko Prasetyo", "eko.prasetyo@polibatam.ac.id"),
  "Dosen Mekanika Teknik",
  """Pagi,

Dulu nama MK TS1102 Statika, sekarang sudah Mekanika Teknik dan di e-learning sudah benar, terima kasih. Satu lagi: dosennya mohon diganti menjadi Ir. Siti Nurhaliza, M.T., karena saya mulai tugas belajar.

Eko
""", "course_data", "id", cd("TS1102", "Mekanika Teknik", lecturer="Ir. Siti Nurhaliza, M.T."), client="gmail",
  note="Near-miss: a rename told as done and right; only the lecturer is asked.")


# ---------------------------------------------------------------- third batch, scored before its rules: new names
# and lecturers in bureaucratic and spoken words ("nomenklatur", "berganti nama", "penamaan", "diseragamkan",
# "disamakan dengan SIAKAD, yaitu", "diserahterimakan kepada", "dicantumkan ... sebagai pengampu", "go by",
# "rebrand as"), with near-misses

M("nomenklatur-mk-berubah-menjadi", "2027-08-20 08:05:00",
  ("Wakil Direktur Bidang Akademik", "wadir1@polibatam.ac.id"),
  "Perubahan nomenklatur mata kuliah",
  """Yth. Kepala P4M,

Dengan terbitnya Keputusan Direktur tentang kurikulum, nomenklatur mata kuliah Kewarganegaraan (UM1102) berubah menjadi Pendidikan Kewarganegaraan. Mohon penyesuaian pada e-learning.

Wakil Direktur Bidang Akademik
""", "course_data", "id",
  cd("UM1102", "Kewarganegaraan", fullname="Pendidikan Kewarganegaraan"), client="outlook")

M("berganti-nama-menjadi-mohon-disesuaikan", "2027-08-20 09:15:00",
  ("Lutfi Hakim", "lutfi.hakim@polibatam.ac.id"),
  "MK Pemrograman Visual",
  """Assalamualaikum,

MK Pemrograman Visual (IF2206) mulai tahun ini berganti nama menjadi Pemrograman Antarmuka Grafis. Mohon di e-learning disesuaikan juga.

Lutfi
""", "course_data", "id",
  cd("IF2206", "Pemrograman Visual", fullname="Pemrograman Antarmuka Grafis"), client="gmail")

M("penamaan-mk-diseragamkan", "2027-08-20 10:30:00",
  ("Sekretaris Prodi Teknik Mekatronika", "sekprodi.mka@polibatam.ac.id"),
  "Penyeragaman penamaan MK",
  """Selamat pagi,

Penamaan MK Praktik Pneumatik (MK2208) mohon diseragamkan menjadi Praktik Pneumatik dan Hidrolik, sama seperti di SIAKAD.

Terima kasih,
Sekprodi Teknik Mekatronika
""", "course_data", "id",
  cd("MK2208", "Praktik Pneumatik", fullname="Praktik Pneumatik dan Hidrolik"), client="outlook")

M("disamakan-dengan-siakad-yaitu", "2027-08-20 13:00:00",
  ("Novi Andriani", "novi.andriani@polibatam.ac.id"),
  "Nama MK beda dengan SIAKAD",
  """Siang min,

Nama MK Komunikasi Bisnis (MB1203) di e-learning tolong disamakan dengan SIAKAD, yaitu Komunikasi Bisnis dan Negosiasi. Makasih.

Novi
""", "course_data", "id",
  cd("MB1203", "Komunikasi Bisnis", fullname="Komunikasi Bisnis dan Negosiasi"), client="gmail")

M("diserahterimakan-kepada", "2027-08-23 08:30:00",
  ("Ketua Jurusan Teknik Informatika", "kajur.if@polibatam.ac.id"),
  "Serah terima pengampu Kecerdasan Buatan",
  """Dengan hormat,

Pengampu MK Kecerdasan Buatan (IF3203) diserahterimakan kepada Dr. Maulana Yusuf, S.Kom., M.Cs. mulai minggu depan. Mohon data pengampu di e-learning diperbarui.

Ketua Jurusan Teknik Informatika
""", "course_data", "id",
  cd("IF3203", "Kecerdasan Buatan", lecturer="Dr. Maulana Yusuf, S.Kom., M.Cs."), client="outlook")

M("dicantumkan-sebagai-pengampu", "2027-08-23 09:45:00",
  ("Hesti Wulandari", "hesti.wulandari@polibatam.ac.id"),
  "Nama saya belum ada di course",
  """Selamat pagi,

Mohon nama Hesti Wulandari, S.ST., M.Tr.T. dicantumkan sebagai pengampu MK Perawatan Mesin (TM3105); saya menggantikan Pak Darmawan semester ini.

Hesti
""", "course_data", "id",
  cd("TM3105", "Perawatan Mesin", lecturer="Hesti Wulandari, S.ST., M.Tr.T."), client="gmail")

M("en-should-go-by", "2027-08-23 11:10:00",
  ("Rachel Kim", "rachel.kim@polibatam.ac.id"),
  "Course name Digital Marketing",
  """Hi,

From this term on, Digital Marketing (MB3104) should go by Digital Marketing Analytics on the e-learning site. Thanks for sorting it out!

Rachel
""", "course_data", "en",
  cd("MB3104", "Digital Marketing", fullname="Digital Marketing Analytics"), client="gmail")

M("en-rebrand-as", "2027-08-23 13:20:00",
  ("Prof. Michael Turner", "michael.turner@polibatam.ac.id"),
  "Rebranding Entrepreneurship course",
  """Dear colleagues,

We are rebranding Entrepreneurship (UM3102) as Technopreneurship this year. Would you kindly update the course name on the platform accordingly?

Best wishes,
Michael Turner
""", "course_data", "en",
  cd("UM3102", "Entrepreneurship", fullname="Technopreneurship"), client="outlook")

M("judul-course-nya-tolong-diganti-titikdua", "2027-08-24 08:00:00",
  ("Dinda Maharani", "dinda.maharani@polibatam.ac.id"),
  "judul course",
  """Kak, judul course MK Fotografi (MM1204) tolong diganti: Fotografi Digital Dasar. Thx kak
""", "course_data", "id", cd("MM1204", "Fotografi", fullname="Fotografi Digital Dasar"), client="iphone")

M("en-lecturer-hand-over-to-from", "2027-08-24 09:20:00",
  ("Ahmed Al-Farsi", "ahmed.alfarsi@polibatam.ac.id"),
  "Handover of Fluid Mechanics",
  """Dear helpdesk,

I am leaving Polibatam at the end of this month. Please hand over Fluid Mechanics (ME2204) to Dr. Ratna Sari Dewi, S.T., M.T., who will take my classes from September.

Best regards,
Ahmed
""", "course_data", "en",
  cd("ME2204", "Fluid Mechanics", lecturer="Dr. Ratna Sari Dewi, S.T., M.T."), client="gmail")

M("berganti-nama-tanya-saja", "2027-08-24 10:40:00",
  ("Bima Sakti", "bima.sakti@polibatam.ac.id"),
  "Nama MK Sistem Operasi",
  """Pagi admin,

Katanya MK Sistem Operasi (IF2104) mau berganti nama menjadi Sistem Operasi Modern ya? Kalau sudah pasti, tolong kabari saya. Untuk sekarang, shortname-nya saja diubah jadi SO-IF2B.

Bima
""", "course_data", "id", cd("IF2104", "Sistem Operasi", shortname="SO-IF2B"), client="gmail",
  note="Near-miss: a rename heard of and asked about, not asked; the short name is.")

M("en-formerly-known-told-only", "2027-08-24 13:00:00",
  ("Sophie Laurent", "sophie.laurent@polibatam.ac.id"),
  "Enrolment key for Applied Statistics",
  """Hello,

Applied Statistics (MA2105), formerly known as Statistics II, already shows its new name correctly, thank you. Could you now change the enrolment key to appstat-27?

Sophie
""", "course_data", "en", cd("MA2105", "Applied Statistics", enrolment_key="appstat-27"), client="gmail",
  note="Near-miss: a former name told, the new one already shown; only the key is asked.")


# ---------------------------------------------------------------- fourth batch, scored before its rules: names
# typed in lower case on phones, names holding "untuk", brackets or roman numerals, the second field in its own
# short sentence ("Kodenya juga, jadi X", "Also, the short name needs updating: X"), a colleague named by the
# writer's own words ("gantikan nama saya dengan ...")

M("hp-huruf-kecil-nama-jd", "2027-08-25 08:10:00",
  ("Rizki Ramadhan", "rizki.ramadhan27@gmail.com"),
  "nama mk",
  """min nama mk SI2103 nya ganti jd sistem informasi akuntansi ya, td dosennya yg nyuruh. mksh min
""", "course_data", "id", cd("SI2103", None, fullname="sistem informasi akuntansi"), client="iphone")

M("nama-baru-ada-untuk-dan-kurung", "2027-08-25 09:30:00",
  ("Margaretha Siahaan", "margaretha.siahaan@polibatam.ac.id"),
  "Nama MK Bahasa Inggris II",
  """Selamat pagi,

Mohon nama MK Bahasa Inggris II (UM2104) diubah menjadi Bahasa Inggris untuk Keperluan Akademik (TOEIC Preparation). Terima kasih banyak.

Margaretha
""", "course_data", "id",
  cd("UM2104", "Bahasa Inggris II",
     fullname="Bahasa Inggris untuk Keperluan Akademik (TOEIC Preparation)"), client="gmail")

M("kodenya-juga-jadi-kalimat-sendiri", "2027-08-25 10:45:00",
  ("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
  "Praktikum Elektronika",
  """Siang,

Nama MK Praktikum Elektronika 1 (EL1207) diganti jadi Praktikum Elektronika Dasar. Kode singkatnya juga, jadi PED-EL1. Trims.

Taufik
""", "course_data", "id",
  cd("EL1207", "Praktikum Elektronika 1", fullname="Praktikum Elektronika Dasar", shortname="PED-EL1"),
  client="gmail")

M("en-also-short-name-needs-updating", "2027-08-25 13:15:00",
  ("Kwame Boateng", "kwame.boateng@polibatam.ac.id"),
  "Renewable Energy course",
  """Good afternoon,

Kindly rename Renewable Energy (EL3208) to Renewable Energy Systems. Also, the short name needs updating: RES-EL3.

Many thanks,
Kwame
""", "course_data", "en",
  cd("EL3208", "Renewable Energy", fullname="Renewable Energy Systems", shortname="RES-EL3"), client="outlook")

M("gantikan-nama-saya-dengan-rekan", "2027-08-26 08:20:00",
  ("Yusuf Maulana", "yusuf.maulana@polibatam.ac.id"),
  "Pengampu Sistem Kendali",
  """Pagi admin,

Di course Sistem Kendali (EL2204), tolong gantikan nama saya dengan nama rekan saya, Ir. Dedi Kurniawan, M.T., karena beliau yang pegang kelas ini sekarang.

Yusuf
""", "course_data", "id",
  cd("EL2204", "Sistem Kendali", lecturer="Ir. Dedi Kurniawan, M.T."), client="gmail")

M("en-key-and-class-one-line-each", "2027-08-26 09:40:00",
  ("Hiroshi Tanaka", "hiroshi.tanaka@polibatam.ac.id"),
  "Two changes for Mechatronics Lab",
  """Hello,

Two changes for Mechatronics Lab (MK2205), please:
the class should be MK-2B (not MK-2A), and the enrolment key should be mecha-lab-2B.

Thank you,
Hiroshi Tanaka
""", "course_data", "en",
  cd("MK2205", "Mechatronics Lab", **{"class": "MK-2B", "enrolment_key": "mecha-lab-2B"}), client="thunderbird")

M("nama-angka-romawi-karena", "2027-08-26 11:00:00",
  ("Winda Sari", "winda.sari@polibatam.ac.id"),
  "ganti nama Matematika",
  """Pagi,

Nama MK Matematika Teknik (MA1203) tolong diubah jadi Matematika Teknik II karena yang I sudah ada di semester 1.

Winda
""", "course_data", "id",
  cd("MA1203", "Matematika Teknik", fullname="Matematika Teknik II"), client="gmail")

M("dosen-sama-short-name-tetap-nama-saja", "2027-08-26 13:30:00",
  ("Indra Gunawan", "indra.gunawan@polibatam.ac.id"),
  "Nama MK Sensor",
  """Halo,

Untuk MK Sensor dan Aktuator (MK2103): dosen tetap saya, short name tetap SA-MK2. Yang berubah hanya nama lengkapnya, menjadi Sensor, Aktuator dan Antarmuka.

Indra
""", "course_data", "id",
  cd("MK2103", "Sensor dan Aktuator", fullname="Sensor, Aktuator dan Antarmuka"), client="gmail",
  note="Near-miss: the lecturer and the short name said to stay.")


# ---------------------------------------------------------------- fifth batch, scored before its rules: a name
# misspelled and set right in one word ("harusnya 'X' bukan 'Y'", "should read X, not Y"), "koreksi penulisan",
# "menjadi sbb:", "&" inside a name, a lecturer "instead of" another, "dosennya ganti, sekarang X"

M("typo-satu-kata-harusnya-bukan", "2027-08-27 08:00:00",
  ("Siti Khadijah", "siti.khadijah@polibatam.ac.id"),
  "typo nama MK",
  """Assalamualaikum min,

Ada typo di nama MK UM2105 di e-learning, harusnya "Kewirausahaan" bukan "Kewirausahan". Mohon dibetulkan ya.

Khadijah
""", "course_data", "id", cd("UM2105", "Kewirausahan", fullname="Kewirausahaan"), client="gmail")

M("en-misspelled-should-read-not", "2027-08-27 09:10:00",
  ("Dr. Johan Visser", "johan.visser@polibatam.ac.id"),
  "Misspelled course title",
  """Dear colleagues,

The title of course ME1105 is misspelled on the platform: it should read Thermodynamics, not Thermodinamics. Please correct it at your convenience.

Kind regards,
Johan Visser
""", "course_data", "en", cd("ME1105", "Thermodinamics", fullname="Thermodynamics"), client="thunderbird")

M("koreksi-penulisan-nama-mk-titikdua", "2027-08-27 10:20:00",
  ("Admin Prodi Teknik Geomatika", "admin.geomatika@polibatam.ac.id"),
  "Koreksi penulisan nama MK",
  """Selamat pagi,

Mohon koreksi penulisan nama MK GM2201 di e-learning: Sistem Informasi Geografis Lanjut. Saat ini tertulis Sistim Informasi Geografi Lanjut.

Terima kasih,
Admin Prodi Teknik Geomatika
""", "course_data", "id",
  cd("GM2201", "Sistim Informasi Geografi Lanjut", fullname="Sistem Informasi Geografis Lanjut"), client="outlook")

M("menjadi-sbb-ampersand", "2027-08-27 11:30:00",
  ("Bambang Irawan", "bambang.irawan@polibatam.ac.id"),
  "Perubahan nama Riset Operasi",
  """Yth. Admin,

Mohon ubah nama MK Riset Operasi (TI2204) menjadi sbb: Riset Operasi & Optimasi

Salam,
Bambang
""", "course_data", "id", cd("TI2204", "Riset Operasi", fullname="Riset Operasi & Optimasi"), client="gmail")

M("en-list-instead-of-as-lecturer", "2027-08-30 08:30:00",
  ("Maria Santos", "maria.santos@polibatam.ac.id"),
  "Lecturer listed for Business English",
  """Hi,

For Business English (UM2201), please list Ms. Grace Tan, M.A. as the lecturer instead of me. She is taking over from next week.

Maria
""", "course_data", "en", cd("UM2201", "Business English", lecturer="Grace Tan, M.A."), client="gmail")

M("dosennya-ganti-sekarang-nama", "2027-08-30 09:40:00",
  ("Fikri Haikal", "fikri.haikal@polibatam.ac.id"),
  "dosen Fisika 2",
  """min dosennya Fisika 2 (FS1202) ganti, sekarang Bu Nadia Rahma, M.Si. tolong diupdate di elearning ya
""", "course_data", "id", cd("FS1202", "Fisika 2", lecturer="Nadia Rahma, M.Si."), client="iphone")

M("en-name-shown-correct-key-typo-near-miss", "2027-08-30 11:00:00",
  ("Arjun Mehta", "arjun.mehta@polibatam.ac.id"),
  "Enrolment key typo",
  """Hello,

The course name of Data Structures (IF2102) is shown correctly now, thanks. But the enrolment key has a typo: it should be dstruct-2027, not dsturct-2027.

Arjun
""", "course_data", "en", cd("IF2102", "Data Structures", enrolment_key="dstruct-2027"), client="gmail",
  note="Near-miss: the name is said right; only the key is asked.")


if __name__ == "__main__":
    sys.exit(E.main())

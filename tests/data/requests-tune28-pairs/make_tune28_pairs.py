#!/usr/bin/env python3
"""Generate the twenty-eighth P4M helpdesk TUNING corpus (pairs): the requested changes other than the lecturer.

Written blind (no held-out mail read) as a grammar of how people ask for a full name, short name, class, enrolment
key, credits or description to change, in voices no corpus had: a lecturer dictating on a phone (no punctuation,
all lower case), a staff member pasting a spreadsheet row (tab-separated), an English writer saying "rename X as Y",
"X should read Y", "swap X for Y", a chat export pasted into mail (Telegram, WhatsApp, Line), "ganti password enrol
jadi ...", classes with shift words, keys with symbols, two changes in one sentence joined by "sekaligus", "serta",
"plus" or "&", a revert to the name before, a name that "berubah menjadi" another, values only in the subject, a
value on the line after an ask that names no field, and a reply that confirms the value in the quoted mail below it.
Near-misses that must claim nothing: a value said to be the old one, a class that already changed, a confirmation
that drops one of the quoted values, a chat line that asks whether to change.

Labels: values as written (case kept); the course name is the name the course has now. The message engine is the
first tuning corpus's generator, imported from ../requests-tune/make_tune.py. Each batch was scored before any rule
for it was written.
Run:  python3 make_tune28_pairs.py          (TUNE28_BATCH=1 OUT=dir ... --partial writes one batch elsewhere)
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


def key(value):
    return {"enrolment_key": value}


def klass(value):
    return {"class": value}


# ---------------------------------------------------------------- batch 1

M("telegram-export-rename-key", "2028-04-03 08:10:00",
  ("Staf Prodi Teknik Geomatika", "prodi.geomatika@polibatam.ac.id"),
  "Fwd chat grup dosen: MK GM2203",
  """Selamat pagi P4M,

Berikut saya salin dari grup Telegram dosen, mohon ditindaklanjuti:

Hendra Saputra, [02.04.28 19:41]
MK GM2203 di elearning masih pakai nama Survei Hidrografi

Hendra Saputra, [02.04.28 19:42]
yg benar skrg Survei Hidrografi dan Batimetri

Hendra Saputra, [02.04.28 19:43]
enrol key sekalian diganti ke hidro#28 ya

Lestari (Staf Prodi), [02.04.28 19:50]
baik pak, besok saya teruskan ke P4M

Terima kasih,
Lestari
Staf Prodi Teknik Geomatika
""", "course_data", "id",
  cd("GM2203", "Survei Hidrografi", fullname="Survei Hidrografi dan Batimetri", **key("hidro#28")),
  note="A Telegram desktop export pasted into mail.")

M("phone-dictation-fullname", "2028-04-03 12:25:00",
  ("Yohanes Bria", "yohanes.bria@polibatam.ac.id"),
  "nama mk",
  """halo admin saya mau minta tolong nama mata kuliah IF2301 basis data lanjut diganti jadi sistem basis data terdistribusi
makasih banyak

Dikirim dari ponsel saya
""", "course_data", "id",
  cd("IF2301", "basis data lanjut", fullname="sistem basis data terdistribusi"), client="iphone",
  note="Dictated on a phone: no punctuation, all lower case.")

M("spreadsheet-row-tabs", "2028-04-03 14:00:00",
  ("Bagian Akademik Jurusan Teknik Elektro", "akademik.elektro@polibatam.ac.id"),
  "Perubahan data MK (rekap prodi)",
  "Yth. P4M,\n\nBerikut baris dari rekap perubahan prodi:\n\n"
  "Kode MK\tNama MK\tNama MK Baru\tKelas Baru\n"
  "EL2204\tJaringan Komputer\tJaringan Komputer dan Keamanan\tEL-2A Sore\n\n"
  "Terima kasih.\nAkademik JTE\n",
  "course_data", "id",
  cd("EL2204", "Jaringan Komputer", fullname="Jaringan Komputer dan Keamanan", **klass("EL-2A Sore")),
  client="thunderbird", note="A spreadsheet row pasted with its tabs.")

M("en-rename-as", "2028-04-04 09:05:00",
  ("Oliver Grant", "oliver.grant@polibatam.ac.id"),
  "Rename request",
  """Hi there,

Could you rename Operating Systems (IF2105) as Operating Systems and Virtualisation? The syllabus now covers hypervisors for half the term.

Cheers,
Oliver
""", "course_data", "en",
  cd("IF2105", "Operating Systems", fullname="Operating Systems and Virtualisation"))

M("en-should-read-shortname", "2028-04-04 10:40:00",
  ("Priya Raman", "priya.raman@polibatam.ac.id"),
  "Short name - Digital Marketing",
  """Dear P4M team,

The short name of Digital Marketing (MB3102) should read DIGMKT-3102, not DM3102. Students confuse it with Data Mining.

Regards,
Priya Raman
""", "course_data", "en",
  cd("MB3102", "Digital Marketing", shortname="DIGMKT-3102"), client="outlook")

M("en-swap-key-for", "2028-04-04 13:30:00",
  ("Thomas Whitfield", "thomas.whitfield@polibatam.ac.id"),
  "Control Systems enrolment key",
  """Hello,

Please swap the enrolment key of Control Systems (EL3103) for Ctrl$ys-26. The old one ended up on a public forum.

Thanks,
Tom
""", "course_data", "en",
  cd("EL3103", "Control Systems", **key("Ctrl$ys-26")), client="thunderbird")

M("ganti-password-enrol", "2028-04-04 20:15:00",
  ("Siti Aminah Lubis", "siti.lubis@polibatam.ac.id"),
  "password enrol",
  """min tolong ganti password enrol MK Akuntansi Biaya (AK2203) jadi AkBy@2026 ya, yg lama udah kesebar di grup angkatan

makasih min
""", "course_data", "id",
  cd("AK2203", "Akuntansi Biaya", **key("AkBy@2026")), client="iphone")

M("class-shift-reguler-malam", "2028-04-05 08:30:00",
  ("Koordinator Kelas Karyawan", "kelas.karyawan@polibatam.ac.id"),
  "Kelas MK Hukum Bisnis",
  """Dengan hormat,

Mohon kelas MK Hukum Bisnis (MB2207) dipindah ke MB-2B Reguler Malam, karena seluruh pesertanya mahasiswa kelas karyawan.

Hormat kami,
Koordinator Kelas Karyawan
""", "course_data", "id",
  cd("MB2207", "Hukum Bisnis", **klass("MB-2B Reguler Malam")), client="outlook")

M("quoted-earlier-confirmed-name", "2028-04-05 10:50:00",
  ("Arif Setiawan", "arif.setiawan@polibatam.ac.id"),
  "Re: nama MK RPL2203",
  """Yang itu saja min, jadi pakai nama di bawah. Kelasnya tidak jadi diubah.

Arif

On Tue, 4 Apr 2028 at 16:02, Arif Setiawan <arif.setiawan@polibatam.ac.id> wrote:
> Min, nama MK RPL2203 Pemrograman Mobile tolong diganti:
> nama baru: Pengembangan Aplikasi Mobile
> kelas baru: RPL-2B Malam
>
> Arif
""", "course_data", "id",
  cd("RPL2203", "Pemrograman Mobile", fullname="Pengembangan Aplikasi Mobile"),
  note="The reply confirms the quoted name and drops the quoted class.")

M("revert-nama-semula", "2028-04-05 13:20:00",
  ("Dewi Anggraini", "dewi.anggraini@polibatam.ac.id"),
  "Nama MK IF3302",
  """Selamat siang,

Nama MK IF3302 yang minggu lalu diganti jadi Kecerdasan Buatan Terapan, tolong kembalikan ke nama semula Kecerdasan Buatan. Ternyata kurikulumnya belum disahkan senat.

Terima kasih,
Dewi
""", "course_data", "id",
  cd("IF3302", "Kecerdasan Buatan Terapan", fullname="Kecerdasan Buatan"), client="outlook",
  note="The name restored is the new one; the name now is the one given last week.")

M("berubah-menjadi-fullname", "2028-04-05 15:45:00",
  ("Sekretariat Prodi Sistem Informasi", "prodi.si@polibatam.ac.id"),
  "Penyesuaian nama MK",
  """Yth. Tim P4M,

Per semester ini nama MK Sistem Informasi Manajemen (SI2201) berubah menjadi Sistem Informasi Bisnis. Mohon di e-learning juga disesuaikan.

Terima kasih.
Sekretariat Prodi SI
""", "course_data", "id",
  cd("SI2201", "Sistem Informasi Manajemen", fullname="Sistem Informasi Bisnis"), client="outlook")

M("subject-only-shortname", "2028-04-06 07:55:00",
  ("Fajar Nugraha", "fajar.nugraha@polibatam.ac.id"),
  "Shortname IF2210 Struktur Data -> STRUKDAT-A",
  """Mohon dibantu ya min, makasih.

Fajar
""", "course_data", "id",
  cd("IF2210", "Struktur Data", shortname="STRUKDAT-A"), note="The value is only in the subject.")

M("nextline-after-labelless-ask", "2028-04-06 09:35:00",
  ("Ratih Purnamasari", "ratih.purnamasari@polibatam.ac.id"),
  "Nama MK Sistem Operasi",
  """Selamat pagi,

Nama MK Sistem Operasi (RK2104) kurang sesuai dengan RPS yang baru. Mohon diganti jadi berikut:

Administrasi Sistem Linux

Terima kasih,
Ratih
""", "course_data", "id",
  cd("RK2104", "Sistem Operasi", fullname="Administrasi Sistem Linux"), client="thunderbird")

M("two-changes-sekaligus", "2028-04-06 11:10:00",
  ("Bambang Sutrisno", "bambang.sutrisno@polibatam.ac.id"),
  "MK Elektronika Daya",
  """Pak/Bu,

Mohon nama MK EL2205 Elektronika Daya diganti jadi Elektronika Daya Industri sekaligus kelasnya jadi EL-2A Malam.

Bambang
""", "course_data", "id",
  cd("EL2205", "Elektronika Daya", fullname="Elektronika Daya Industri", **klass("EL-2A Malam")))

M("en-two-changes-ampersand", "2028-04-06 14:20:00",
  ("Nadia Hassan", "nadia.hassan@polibatam.ac.id"),
  "Web Programming course settings",
  """Hi P4M,

For Web Programming (IF2208), please change the short name to PWL-2B & the enrolment key to pwl#2026.

Thank you,
Nadia
""", "course_data", "en",
  cd("IF2208", "Web Programming", shortname="PWL-2B", **key("pwl#2026")))

M("near-class-already-changed", "2028-04-07 08:00:00",
  ("Yusuf Harahap", "yusuf.harahap@polibatam.ac.id"),
  "Enrol key Manajemen Proyek TI",
  """Pagi min,

Kelas MK Manajemen Proyek TI (IF3208) sudah berubah jadi IF-3C Malam sejak semester lalu, itu sudah benar di e-learning. Yang perlu diganti cuma enrol key-nya: mpti-malam28

Makasih,
Yusuf
""", "course_data", "id",
  cd("IF3208", "Manajemen Proyek TI", **key("mpti-malam28")),
  note="Near-miss: the class that already changed is not asked.")

M("german-make-it-instead", "2028-04-07 10:15:00",
  ("Dr. Jonas Becker", "jonas.becker@polibatam.ac.id"),
  "Course title TM3105",
  """Dear colleagues,

The full name of my course TM3105 is at the moment "Regelungstechnik", which my Indonesian students cannot read. Please make it Control Engineering Fundamentals instead.

Mit freundlichen Grüßen / best regards,
Jonas Becker
Visiting lecturer, TH Köln
""", "course_data", "en",
  cd("TM3105", "Regelungstechnik", fullname="Control Engineering Fundamentals"), client="outlook")

M("value-first-dash-fullname", "2028-04-07 13:40:00",
  ("Eko Prasetyo", "eko.prasetyo@polibatam.ac.id"),
  "nama MK LG3101",
  """Manajemen Rantai Pasok Digital — itu nama baru utk LG3101 yg skrg masih Manajemen Rantai Pasok.
Tolong diganti di elearning ya mas.

Eko
""", "course_data", "id",
  cd("LG3101", "Manajemen Rantai Pasok", fullname="Manajemen Rantai Pasok Digital"), client="iphone",
  note="Value first, the field after a dash.")

M("near-value-first-old-name", "2028-04-07 15:30:00",
  ("Maya Kartika", "maya.kartika@polibatam.ac.id"),
  "shortname ASP",
  """Siang,

Akuntansi Sektor Publik itu nama lama MK AK3104, yang sekarang sudah benar di e-learning. Yang belum cuma shortname-nya, tolong ganti jadi ASP-3A.

Maya
""", "course_data", "id",
  cd("AK3104", None, shortname="ASP-3A"),
  note="Near-miss: the name said first is the old one, not a new one.")

M("near-chat-asks-whether", "2028-04-08 09:20:00",
  ("Staf Prodi Teknik Mesin", "prodi.mesin@polibatam.ac.id"),
  "Fwd: chat kaprodi MK TM2102",
  """Selamat pagi,

Saya teruskan isi chat WA kaprodi:

[08.12, 7/4/2028] Pak Joko Kaprodi: MK TM2102 Gambar Teknik apa perlu ganti nama jadi Gambar Teknik Digital ya? nanti kita bahas di rapat
[08.14, 7/4/2028] Pak Joko Kaprodi: yg pasti enrol key ganti ke GT_2028 ya
[08.20, 7/4/2028] Bu Sari: siap pak

Terima kasih,
Staf Prodi TM
""", "course_data", "id",
  cd("TM2102", "Gambar Teknik", **key("GT_2028")),
  note="Near-miss: the name is only asked about in the chat; the key is asked.")

BATCH_ENDS.append(len(E.MAILS))

# ---------------------------------------------------------------- batch 2

M("whatsapp-android-still-name-should", "2028-04-10 08:05:00",
  ("Nurul Hidayah", "nurul.hidayah@polibatam.ac.id"),
  "terusan chat: MK AK2105",
  """Assalamualaikum P4M,

Ini chat dari kaprodi, mohon dibantu:

09/04/28 20.11 - Bu Ani Kaprodi AK: MK AK2105 di elearning namanya masih Perpajakan I
09/04/28 20.12 - Bu Ani Kaprodi AK: seharusnya Perpajakan Orang Pribadi
09/04/28 20.15 - Nurul: baik bu, saya emailkan

Wassalam,
Nurul
""", "course_data", "id",
  cd("AK2105", "Perpajakan I", fullname="Perpajakan Orang Pribadi"),
  note="A WhatsApp export from Android, the right name on the next message.")

M("phone-dictation-key", "2028-04-10 11:40:00",
  ("Markus Silalahi", "markus.silalahi@polibatam.ac.id"),
  "key",
  """selamat siang admin tolong enrol key mata kuliah TS2203 mekanika tanah diganti jadi tanah2028 soalnya yang lama sudah bocor
terima kasih

Dikirim dari iPhone saya
""", "course_data", "id",
  cd("TS2203", "mekanika tanah", **key("tanah2028")), client="iphone",
  note="Dictated on a phone: no punctuation.")

M("spreadsheet-row-key-class", "2028-04-10 13:55:00",
  ("Admin Prodi Akuntansi Manajerial", "prodi.akm@polibatam.ac.id"),
  "rekap perubahan",
  "Selamat siang,\n\nDari rekap prodi:\n\n"
  "Kode\tMata Kuliah\tEnrol Key Baru\tKelas Baru\n"
  "AKM3104\tAnalisis Laporan Keuangan\talk#3104-B\tAKM-3B Karyawan\n\n"
  "Terima kasih,\nAdmin Prodi AKM\n",
  "course_data", "id",
  cd("AKM3104", "Analisis Laporan Keuangan", **key("alk#3104-B"), **klass("AKM-3B Karyawan")),
  client="thunderbird", note="A spreadsheet row pasted with its tabs.")

M("en-rename-to-read", "2028-04-11 09:15:00",
  ("Helen Carter", "helen.carter@polibatam.ac.id"),
  "Course title",
  """Hi,

The course title of Business English (BE1102) should read Business English Communication from this term on.

Thanks a lot,
Helen
""", "course_data", "en",
  cd("BE1102", "Business English", fullname="Business English Communication"), client="outlook")

M("en-swap-shortname-for", "2028-04-11 10:30:00",
  ("Michael Osei", "michael.osei@polibatam.ac.id"),
  "Short name",
  """Hello P4M,

Could you swap the short name of Structural Analysis (TS3101) for STRUKT-3101? The current one clashes with another course.

Best regards,
Michael Osei
""", "course_data", "en",
  cd("TS3101", "Structural Analysis", shortname="STRUKT-3101"), client="thunderbird")

M("ganti-pw-enrol-pake", "2028-04-11 19:45:00",
  ("Rizal Fahmi", "rizal.fahmi@polibatam.ac.id"),
  "pw enrol MK Jarkom",
  """min, pw enrol MK Jaringan Komputer (RK1203) tolong ganti jadi Jrk!2028 ya. makasih
""", "course_data", "id",
  cd("RK1203", "Jaringan Komputer", **key("Jrk!2028")), client="iphone")

M("en-class-evening-shift-move", "2028-04-12 08:20:00",
  ("Anita Desai", "anita.desai@polibatam.ac.id"),
  "Class change for Cost Accounting",
  """Dear helpdesk,

Please change the class of Cost Accounting (AK2206) to AK-2C Reguler Sore; the course moved to the afternoon.

Kind regards,
Anita
""", "course_data", "en",
  cd("AK2206", "Cost Accounting", **klass("AK-2C Reguler Sore")), client="outlook")

M("quoted-earlier-confirmed-key", "2028-04-12 10:10:00",
  ("Galih Pratama", "galih.pratama@polibatam.ac.id"),
  "Re: key MK Basis Data",
  """Betul min, pakai key yang di bawah itu saja.

Galih

Pada Rab, 12 Apr 2028 pukul 08.30, Galih Pratama <galih.pratama@polibatam.ac.id> menulis:
> Min, enrol key MK Basis Data (IF2204) tolong diganti:
> key baru: basdat-genap28
>
> Galih
""", "course_data", "id",
  cd("IF2204", "Basis Data", **key("basdat-genap28")),
  note="The reply confirms the key in its own quoted mail.")

M("revert-en-back-to", "2028-04-12 14:05:00",
  ("Sarah Lim", "sarah.lim@polibatam.ac.id"),
  "Course name - please undo",
  """Hi P4M,

Last week the name of IF3105 was changed to Applied Cloud Computing. Please put it back to the original name, Cloud Computing; the curriculum change was postponed.

Thanks,
Sarah
""", "course_data", "en",
  cd("IF3105", "Applied Cloud Computing", fullname="Cloud Computing"), client="outlook",
  note="The name restored is the new one.")

M("berubah-jadi-sks", "2028-04-13 08:45:00",
  ("Prodi Teknik Robotika", "prodi.robotika@polibatam.ac.id"),
  "SKS Robot Bergerak",
  """Yth. P4M,

Sesuai kurikulum 2028, SKS MK Robot Bergerak (RB3202) berubah menjadi 4 SKS. Mohon e-learning disesuaikan.

Prodi Teknik Robotika
""", "course_data", "id",
  cd("RB3202", "Robot Bergerak", credits="4 SKS"), client="outlook")

M("subject-only-class", "2028-04-13 10:20:00",
  ("Dian Lestari", "dian.lestari@polibatam.ac.id"),
  "Kelas MK Akuntansi Dasar (AK1101) jadi AK-1B Malam",
  """Mohon bantuannya, terima kasih.

Dian
""", "course_data", "id",
  cd("AK1101", "Akuntansi Dasar", **klass("AK-1B Malam")), note="The value is only in the subject.")

M("en-nextline-after-ask", "2028-04-13 13:30:00",
  ("Daniel Wong", "daniel.wong@polibatam.ac.id"),
  "Course name for MJ2104",
  """Hello,

The name of Human Resource Management (MJ2104) no longer matches the curriculum. Could you change it to the following:

Strategic Human Resource Management

Thank you,
Daniel
""", "course_data", "en",
  cd("MJ2104", "Human Resource Management", fullname="Strategic Human Resource Management"), client="outlook")

M("two-changes-serta", "2028-04-14 09:00:00",
  ("Wahyu Hidayat", "wahyu.hidayat@polibatam.ac.id"),
  "MK Sistem Tertanam",
  """Selamat pagi,

Mohon short name MK Sistem Tertanam (EL3204) diganti jadi SISTAN-3B serta enrol key-nya jadi sistan#28.

Wahyu
""", "course_data", "id",
  cd("EL3204", "Sistem Tertanam", shortname="SISTAN-3B", **key("sistan#28")), client="thunderbird")

M("near-old-key-told-new-asked", "2028-04-14 11:15:00",
  ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
  "Enrol key Statistika",
  """Siang min,

Enrol key MK Statistika (ST2101) masih stat2027, itu yang lama. Harusnya sekarang stat-genap28, tolong diganti ya.

Lina
""", "course_data", "id",
  cd("ST2101", "Statistika", **key("stat-genap28")),
  note="The key still shown is told first; only the right one is asked.")

M("near-en-should-read-policy", "2028-04-14 14:40:00",
  ("Rachel Tan", "rachel.tan@polibatam.ac.id"),
  "Credits for Research Methods",
  """Dear P4M,

Students should read the course outline before week 2. Separately, please change the credits of Research Methods (RM3101) to 3.

Regards,
Rachel
""", "course_data", "en",
  cd("RM3101", "Research Methods", credits="3"), client="outlook",
  note="Near-miss: 'should read' about students, not a value.")

M("near-chat-name-stays", "2028-04-15 08:30:00",
  ("Staf Prodi Teknik Informatika", "prodi.if@polibatam.ac.id"),
  "Fwd chat: MK IF1102",
  """Pagi P4M,

Dari grup dosen:

[19.02, 14/4/2028] Pak Rudi: MK IF1102 namanya masih Pengantar Teknologi Informasi ya?
[19.05, 14/4/2028] Bu Sinta Kaprodi: iya pak, itu sudah benar, tidak usah diganti
[19.06, 14/4/2028] Bu Sinta Kaprodi: yang diganti cuma kelasnya jadi IF-1D Malam

Terima kasih,
Staf Prodi IF
""", "course_data", "id",
  cd("IF1102", "Pengantar Teknologi Informasi", **klass("IF-1D Malam")),
  note="Near-miss: the name is asked about and stays; only the class is asked.")

M("value-first-quoted-key", "2028-04-15 10:45:00",
  ("Yoga Pratama", "yoga.pratama@polibatam.ac.id"),
  "key baru MK Animasi",
  """"Anim@28-genap" itu key baru utk MK Animasi 3D (MM2203) ya min. Tolong diganti.

Yoga
""", "course_data", "id",
  cd("MM2203", "Animasi 3D", **key("Anim@28-genap")), client="iphone")

M("dutch-make-it-shortname", "2028-04-15 13:00:00",
  ("Dr. Sanne de Vries", "sanne.devries@polibatam.ac.id"),
  "Short name of my course",
  """Dear colleagues,

The short name of my course RK3106 (Cloud Security) is now CS, which students mix up with Computer Science. Please make it CLOUDSEC-3106 instead.

Met vriendelijke groet,
Sanne de Vries
""", "course_data", "en",
  cd("RK3106", "Cloud Security", shortname="CLOUDSEC-3106"), client="outlook")

BATCH_ENDS.append(len(E.MAILS))

# ---------------------------------------------------------------- batch 3

M("line-chat-export-class", "2028-04-17 08:40:00",
  ("Sekretariat Jurusan Teknik Industri", "jurusan.ti@polibatam.ac.id"),
  "chat LINE ketua jurusan",
  "Pagi P4M,\n\nDari grup LINE dosen TI (saya salin):\n\n"
  "[LINE] Chat history in Dosen TI\n2028/04/16(Sun)\n"
  "20:11\tPak Anton Kajur\tMK TI2208 Ergonomi kelasnya masih TI-2A\n"
  "20:12\tPak Anton Kajur\tharusnya TI-2A Karyawan, tolong diurus\n"
  "20:15\tBu Wina\tsiap pak\n\n"
  "Terima kasih,\nSekretariat Jurusan TI\n",
  "course_data", "id",
  cd("TI2208", "Ergonomi", **klass("TI-2A Karyawan")), client="thunderbird",
  note="A LINE chat history pasted with its tabs.")

M("phone-dictation-shortname-en", "2028-04-17 12:05:00",
  ("Kwame Mensah", "kwame.mensah@polibatam.ac.id"),
  "short name",
  """hi helpdesk please change the short name of fluid mechanics ME2203 to FLUIDMECH-2B thank you

Sent from my iPhone
""", "course_data", "en",
  cd("ME2203", "fluid mechanics", shortname="FLUIDMECH-2B"), client="iphone",
  note="Dictated on a phone: no punctuation, the thanks run on.")

M("en-rename-as-shortname-too", "2028-04-17 15:10:00",
  ("Laura Bennett", "laura.bennett@polibatam.ac.id"),
  "Renaming Marketing Research",
  """Hi team,

Please rename Marketing Research (MB3205) as Consumer Insight and Marketing Research, plus set its short name to CIMR-3205.

Cheers,
Laura
""", "course_data", "en",
  cd("MB3205", "Marketing Research", fullname="Consumer Insight and Marketing Research", shortname="CIMR-3205"))

M("sks-berganti-jadi-karyawan", "2028-04-18 08:15:00",
  ("Bagian Kurikulum", "kurikulum@polibatam.ac.id"),
  "Penyesuaian SKS",
  """Yth. P4M,

Bobot SKS MK Pemrograman Dasar (IF1101) berganti jadi 3 SKS sesuai SK Direktur. Mohon diperbarui di e-learning.

Bagian Kurikulum
""", "course_data", "id",
  cd("IF1101", "Pemrograman Dasar", credits="3 SKS"), client="outlook")

M("near-berubah-question-key", "2028-04-18 10:40:00",
  ("Putri Ramadhani", "putri.ramadhani@polibatam.ac.id"),
  "key MK Kalkulus",
  """Min, kenapa enrol key MK Kalkulus (MA1101) berubah jadi kalk2027? Saya tidak pernah minta. Tolong diganti ke kalkulus#28 saja.

Putri
""", "course_data", "id",
  cd("MA1101", "Kalkulus", **key("kalkulus#28")),
  note="Near-miss: the key it became is asked about; the one after 'diganti ke' is asked.")

M("en-still-then-should-be-class", "2028-04-18 13:20:00",
  ("Victor Huang", "victor.huang@polibatam.ac.id"),
  "Wrong class on Moodle",
  """Hello,

On Moodle the class of Power Systems (EL3201) is still EL-3A. It should be EL-3A Night, as all students are in the evening programme.

Regards,
Victor
""", "course_data", "en",
  cd("EL3201", "Power Systems", **klass("EL-3A Night")), client="outlook")

M("near-still-name-right-same", "2028-04-19 08:30:00",
  ("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
  "Enrol key Biokimia",
  """Pagi,

Nama MK di e-learning masih Biokimia Dasar, yang benar memang Biokimia Dasar, jadi itu tidak usah diubah. Yang diganti enrol key-nya saja jadi biokim-2028.

Fitri
""", "course_data", "id",
  cd(None, "Biokimia Dasar", **key("biokim-2028")),
  note="Near-miss: the right name is the one shown.")

M("value-first-en-dash-shortname", "2028-04-19 11:00:00",
  ("Oscar Lindqvist", "oscar.lindqvist@polibatam.ac.id"),
  "Short name for Embedded Linux",
  """EMBLNX-3B – that is the new short name for Embedded Linux (EL3206). Could you put it in?

Thanks,
Oscar
""", "course_data", "en",
  cd("EL3206", "Embedded Linux", shortname="EMBLNX-3B"), client="thunderbird")

M("spreadsheet-row-semicolon-csv", "2028-04-19 14:30:00",
  ("Operator Prodi Teknik Mekatronika", "operator.mekatronika@polibatam.ac.id"),
  "data MK dari sistem prodi",
  """Selamat siang,

Saya export dari sistem prodi (CSV):

kode_mk;nama_mk;nama_mk_baru;sks_baru
MK2105;Mekanika Teknik;Mekanika Teknik Terapan;3

Mohon disesuaikan. Terima kasih.
Operator Prodi
""", "course_data", "id",
  cd("MK2105", "Mekanika Teknik", fullname="Mekanika Teknik Terapan", credits="3"),
  note="A CSV row with its header, separated by semicolons.")

M("two-changes-plus-id", "2028-04-20 09:10:00",
  ("Hadi Kusuma", "hadi.kusuma@polibatam.ac.id"),
  "MK Gambar Teknik",
  """Pak, MK Gambar Teknik (TM1104) tolong kelasnya dipindah ke TM-1B Malam plus enrol key-nya diganti jadi gbrtek#1B ya.

Hadi
""", "course_data", "id",
  cd("TM1104", "Gambar Teknik", **klass("TM-1B Malam"), **key("gbrtek#1B")))

BATCH_ENDS.append(len(E.MAILS))


if __name__ == "__main__":
    E.PLAN = {"course_data": len(E.MAILS)}
    only = os.environ.get("TUNE28_BATCH")
    if only:
        b = int(only)
        del E.MAILS[BATCH_ENDS[b - 1]:]
        del E.MAILS[:BATCH_ENDS[b - 2] if b > 1 else 0]
    sys.exit(E.main())

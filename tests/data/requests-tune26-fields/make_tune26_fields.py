#!/usr/bin/env python3
"""Generate the twenty-sixth P4M helpdesk TUNING corpus (fields): class, full name, enrolment key and credits.

Written blind (no held-out mail read) as a grammar of how people hand over these values: blocks of `key = value`
lines (snake_case keys, aligned), arrow blocks whose first line names the course ("mk -> CODE Name"), credits with
their split into theory and practice ("3 (T: 2, P: 1)", "4 SKS (2 teori + 2 praktik)"), classes with a shift word
after them ("TI-2B Weekend", "AK-2C Night", in pasted tables with non-breaking spaces), a course moved "to class X",
and keys with symbols in signed mail (PGP clearsigned text, PGP/MIME). Near-misses that must claim nothing: an old
split, a block of current data, a class column that only says which class.

Labels: credits as written, their split included when it follows the count; a class with its shift word. The
message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py. Each batch was
scored before any rule for it was written.
Run:  python3 make_tune26_fields.py          (TUNE26_BATCH=1 OUT=dir ... --partial writes one batch elsewhere)
"""

import base64
import hashlib
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = os.environ.get("OUT", HERE)
E.PLAN = {"course_data": 56}
M = E.M
BATCH_ENDS = []
NBSP = "\u00a0"


def cd(code=None, name=None, **changes):
    fields = {}
    if code:
        fields["course_code"] = code
    if name:
        fields["course_name"] = name
    if changes:
        fields["changes"] = changes
    return fields


def _signature(slug):
    raw = base64.b64encode(hashlib.sha512(("sig" + slug).encode()).digest() * 2).decode()
    return "-----BEGIN PGP SIGNATURE-----\n\n%s\n%s\n=%s\n-----END PGP SIGNATURE-----\n" % (raw[:64], raw[64:120], raw[:4])


def clearsigned(slug, body):
    """Inline PGP: the text between the armour lines, a line that starts with a dash escaped as "- -"."""
    escaped = "\n".join("- " + line if line.startswith("-") else line for line in body.split("\n"))
    return "-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n%s\n%s" % (escaped.rstrip("\n"), _signature(slug))


def pgp_mime(slug, date, sender, subject, body, fields, lang, note=""):
    """PGP/MIME: multipart/signed with the text part and a detached signature."""
    boundary = "------------enig" + hashlib.sha256(slug.encode()).hexdigest()[:24].upper()
    d = E.when(date)
    raw = (
        "Return-Path: <%s>\nFrom: %s <%s>\nTo: Helpdesk P4M <%s>\nSubject: %s\nDate: %s\n"
        "Message-ID: <%s@%s>\nUser-Agent: Mozilla Thunderbird\nMIME-Version: 1.0\n"
        'Content-Type: multipart/signed; micalg=pgp-sha256;\n protocol="application/pgp-signature";\n'
        ' boundary="%s"\n\nThis is an OpenPGP/MIME signed message (RFC 4880 and 3156)\n--%s\n'
        'Content-Type: text/plain; charset=UTF-8; format=flowed\nContent-Transfer-Encoding: 7bit\n\n%s\n--%s\n'
        'Content-Type: application/pgp-signature; name="OpenPGP_signature.asc"\n'
        "Content-Description: OpenPGP digital signature\n"
        'Content-Disposition: attachment; filename="OpenPGP_signature.asc"\n\n%s\n--%s--\n'
    ) % (sender[1], sender[0], sender[1], E.HELPDESK, subject, E.format_datetime(d), E.H(slug, "mid", 20),
         sender[1].split("@")[1], boundary, boundary, body, boundary, _signature(slug), boundary)
    E.MAILS.append(dict(slug=slug, date=date, raw=raw, type="course_data", lang=lang, fields=fields, note=note,
                        att=[], subject=subject))


# ---------------------------------------------------------------- batch 1

M("kv-equals-kelas-baru", "2028-03-06 07:40:00",
  ("Yosef Simanjuntak", "yosef.simanjuntak@polibatam.ac.id"),
  "req perubahan kelas",
  """Pagi min,

sy kirim dalam format yg biasa sy pakai utk script:

kode_mk    = IF2207
nama_mk    = Pemrograman Berorientasi Objek
kelas_baru = IF-2B Weekend

kelas lama IF-2B Pagi, mahasiswanya pindah ke program weekend semua.

thx,
Yosef
""", "course_data", "id",
  cd("IF2207", "Pemrograman Berorientasi Objek", **{"class": "IF-2B Weekend"}), client="gmail")

M("en-config-block-fullname", "2028-03-06 09:05:00",
  ("Arvind Menon", "arvind.menon@polibatam.ac.id"),
  "course record update",
  """Hi team,

Please apply the following to the Moodle record:

course_code   = RK3302
current_name  = Data Mining
new_fullname  = Data Mining and Machine Learning
new_shortname = DMML-RK3302

Many thanks,
Arvind Menon, Ph.D.
""", "course_data", "en",
  cd("RK3302", "Data Mining", fullname="Data Mining and Machine Learning", shortname="DMML-RK3302"),
  client="thunderbird")

M("arrow-block-course-class", "2028-03-06 10:30:00",
  ("Maria Goretti Sinaga", "maria.sinaga@polibatam.ac.id"),
  "pindah kelas malam",
  """Selamat siang,

Mohon bantuan:

  course  -> AK2310 Akuntansi Manajemen
  kelas   -> AK-3A Night

Terima kasih,
Maria
""", "course_data", "id",
  cd("AK2310", "Akuntansi Manajemen", **{"class": "AK-3A Night"}), client="thunderbird")

M("arrow-block-matkul-sks-split", "2028-03-06 13:15:00",
  ("Kepala Lab Mekatronika", "kalab.mekatronika@polibatam.ac.id"),
  "SKS Robotika Industri",
  """Dengan hormat,

Sesuai kurikulum OBE 2028:

matkul  => MK3305 Robotika Industri
SKS     => 4 (T: 2, P: 2)

Mohon diperbarui di e-learning.

Kalab Mekatronika
""", "course_data", "id",
  cd("MK3305", "Robotika Industri", credits="4 (T: 2, P: 2)"), client="zimbra")

M("sks-prosa-split-teori-praktikum", "2028-03-07 08:00:00",
  ("Rosmawati Harahap", "rosmawati.harahap@polibatam.ac.id"),
  "Bobot SKS Kimia Analitik",
  """Yth. Admin P4M,

Bobot SKS MK Kimia Analitik (KA2104) di e-learning mohon diubah menjadi 3 (2 teori, 1 praktikum), karena praktikumnya sekarang dipisah dari kuliah.

Hormat saya,
Rosmawati Harahap, S.Si., M.Sc.
""", "course_data", "id",
  cd("KA2104", "Kimia Analitik", credits="3 (2 teori, 1 praktikum)"), client="outlook")

M("en-credits-lecture-lab", "2028-03-07 09:50:00",
  ("Grace Villanueva", "grace.villanueva@polibatam.ac.id"),
  "Credits - Digital Electronics",
  """Good morning,

Kindly update the credits of Digital Electronics (EL2108) to 4 (2 lecture + 2 lab). It still shows 3 on the course page.

Thank you po,
Grace Villanueva, MSEE
""", "course_data", "en",
  cd("EL2108", "Digital Electronics", credits="4 (2 lecture + 2 lab)"), client="gmail")

M("near-sks-split-lama", "2028-03-07 11:20:00",
  ("Sekretariat Prodi Teknik Kimia", "prodi.tekkim@polibatam.ac.id"),
  "Koreksi SKS Operasi Teknik Kimia",
  """Yth. Helpdesk,

SKS MK Operasi Teknik Kimia (TK3201) saat ini tercatat 2 (T: 2, P: 0), mohon diganti menjadi 3 SKS.

Terima kasih.
Sekretariat Prodi TK
""", "course_data", "id",
  cd("TK3201", "Operasi Teknik Kimia", credits="3 SKS"), client="outlook",
  note="Near-miss: the split belongs to the old count.")

M("ios-mixed-class-weekend", "2028-03-07 20:45:00",
  ("Samuel Hutagalung", "samuel.hutagalung@polibatam.ac.id"),
  "Kelas Manajemen Proyek",
  """Halo P4M,

Could you please move Manajemen Proyek (MP2203) ke class MP-2C Weekend? Semua mhs saya karyawan, masuk Sabtu-Minggu.

Makasih,
Sam

Sent from my iPhone
""", "course_data", "mixed",
  cd("MP2203", "Manajemen Proyek", **{"class": "MP-2C Weekend"}), client="iphone")

M("en-move-to-class-afternoon", "2028-03-08 08:25:00",
  ("Hafiz Rahman", "hafiz.rahman@polibatam.ac.id"),
  "Hydraulics class",
  """Dear helpdesk,

Could you move Applied Hydraulics (TS2210) to class TS-2A Afternoon? The morning slot was given to the surveying practicum.

Best,
Hafiz
""", "course_data", "en",
  cd("TS2210", "Applied Hydraulics", **{"class": "TS-2A Afternoon"}), client="outlook")

M("gdocs-pipe-nbsp-kelas", "2028-03-08 10:10:00",
  ("Wulan Sari Dewi", "wulan.dewi@polibatam.ac.id"),
  "kelas MK Statistika",
  "Siang, ini dari spreadsheet prodi:\n\nKode" + NBSP + "MK | Mata" + NBSP + "Kuliah | Kelas\nST1203 | Statistika"
  + NBSP + "Bisnis | MB-1D" + NBSP + "Eksekutif\n\nKelasnya tolong disesuaikan ya, sekarang masih MB-1D.\n\nWulan\n",
  "course_data", "id",
  cd("ST1203", "Statistika Bisnis", **{"class": "MB-1D Eksekutif"}), client="gmail",
  html_body="<div dir=\"ltr\"><div>Siang, ini dari spreadsheet prodi:</div><br><table><tbody><tr><td>Kode&nbsp;MK</td>"
  "<td>Mata&nbsp;Kuliah</td><td>Kelas</td></tr><tr><td>ST1203</td><td>Statistika&nbsp;Bisnis</td>"
  "<td>MB-1D&nbsp;Eksekutif</td></tr></tbody></table><br><div>Kelasnya tolong disesuaikan ya, sekarang masih MB-1D."
  "</div><div>Wulan</div></div>")

M("near-class-column-which-shortname", "2028-03-08 13:40:00",
  ("Koordinator Prodi Logistik", "koord.logistik@polibatam.ac.id"),
  "Short name MK Manajemen Gudang",
  """Yth. Tim P4M,

Mohon short name course berikut diganti:

Kode MK | Kelas         | Short name baru
LG2105  | LG-2A Malam   | MGUD-2A-MLM

Terima kasih.
Koord. Prodi Logistik
""", "course_data", "id",
  cd("LG2105", "Manajemen Gudang", shortname="MGUD-2A-MLM"), client="thunderbird",
  note="Near-miss: the class column only says which class.")

M("clearsigned-regenerate-key", "2028-03-08 22:05:00",
  ("Bagus Wicaksono", "bagus.wicaksono@polibatam.ac.id"),
  "Enrolment key Keamanan Jaringan",
  clearsigned("clearsigned-regenerate-key", """Hi P4M,

Students from last year still enrol with the old key. Please regenerate the enrolment key of Keamanan Jaringan (RK2205).
New key: Kj#2028_genap

Bagus Wicaksono
-- 
Lab Keamanan Siber
"""), "course_data", "mixed",
  cd("RK2205", "Keamanan Jaringan", enrolment_key="Kj#2028_genap"), client="thunderbird")

pgp_mime("pgp-mime-kunci-diganti-dengan", "2028-03-09 07:15:00",
         ("Dimas Aryo Nugroho", "dimas.nugroho@polibatam.ac.id"),
         "Kunci enrol Forensik Digital bocor",
         """Selamat pagi,

Kunci enrol MK Forensik Digital (RK3108) tersebar di grup angkatan. Mohon segera diganti dengan: F0r3ns!k&26

Salam,
Dimas
""", cd("RK3108", "Forensik Digital", enrolment_key="F0r3ns!k&26"), "id")

M("en-renew-it-backticks", "2028-03-09 09:00:00",
  ("Oliver Tanjaya", "oliver.tanjaya@polibatam.ac.id"),
  "Cloud Computing enrolment key",
  """Hi,

The enrolment key for Cloud Computing (TI3307) was posted on a public forum. Could you renew it to `cl0ud$TI-33` please?

Cheers,
Oliver
""", "course_data", "en",
  cd("TI3307", "Cloud Computing", enrolment_key="cl0ud$TI-33"), client="gmail")

M("kv-en-shortname-read-fullname-new", "2028-03-09 10:45:00",
  ("Imelda Purba", "imelda.purba@polibatam.ac.id"),
  "Rename: Pengantar Bisnis",
  """Dear P4M,

shortname = PBD-MB1101
fullname  = Pengantar Bisnis Digital

for the course Pengantar Bisnis (MB1101). Thank you!

Imelda
""", "course_data", "en",
  cd("MB1101", "Pengantar Bisnis", shortname="PBD-MB1101", fullname="Pengantar Bisnis Digital"), client="gmail")

M("near-kv-current-data-block", "2028-03-09 13:30:00",
  ("Agus Setiawan", "agus.setiawan@polibatam.ac.id"),
  "kelas Praktik Pemesinan",
  """Siang Pak/Bu,

Data course sekarang:

kode  = MS2104
nama  = Praktik Pemesinan
kelas = MS-2A Pagi
sks   = 2

Yang perlu diganti hanya kelasnya, menjadi MS-2A Malam. SKS tetap.

Agus
""", "course_data", "id",
  cd("MS2104", "Praktik Pemesinan", **{"class": "MS-2A Malam"}), client="zimbra",
  note="Near-miss: the block gives the current data; only the class is asked.")

M("malay-jam-kredit-kuliah-amali", "2028-03-10 08:40:00",
  ("Dr. Nurul Huda binti Ismail", "nurulhuda@utem.edu.my"),
  "Jam kredit kursus bersama",
  """Assalamualaikum dan salam sejahtera,

Untuk kursus bersama Sistem Kawalan (MK3310), mohon tukar jam kredit kepada 3 (2 kuliah + 1 amali) selaras dengan kurikulum baharu kedua-dua institusi.

Sekian, terima kasih.
Dr. Nurul Huda binti Ismail
Fakulti Teknologi Kejuruteraan, UTeM
""", "course_data", "id",
  cd("MK3310", "Sistem Kawalan", credits="3 (2 kuliah + 1 amali)"), client="outlook")

M("en-class-night-prose", "2028-03-10 10:20:00",
  ("Richard Pasaribu", "richard.pasaribu@polibatam.ac.id"),
  "Class change",
  """Hello,

For Marine Engineering Drawing (TP2102), please change the class to TP-2B Night. It is currently listed as TP-2B.

Regards,
Richard
""", "course_data", "en",
  cd("TP2102", "Marine Engineering Drawing", **{"class": "TP-2B Night"}), client="gmail")

M("html-table-sks-split-en", "2028-03-10 13:00:00",
  ("Academic Affairs - Mechanical", "academic.mesin@polibatam.ac.id"),
  "Credit correction",
  "", "course_data", "en",
  cd("ME2206", "Fluid Machinery", credits="3 (T:1, P:2)"), client="outlook",
  html_body="""<p class="MsoNormal">Dear P4M,<o:p></o:p></p>
<p class="MsoNormal">Please correct the credits as below:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal">Code</p></td><td><p class="MsoNormal">Course</p></td><td><p class="MsoNormal">Credits (current)</p></td><td><p class="MsoNormal">Credits (correct)</p></td></tr>
<tr><td><p class="MsoNormal">ME2206</p></td><td><p class="MsoNormal">Fluid Machinery</p></td><td><p class="MsoNormal">2</p></td><td><p class="MsoNormal">3 (T:1, P:2)</p></td></tr>
</table>
<p class="MsoNormal">Regards,<o:p></o:p></p>
<p class="MsoNormal">Academic Affairs, Mechanical Engineering<o:p></o:p></p>""")

M("clearsigned-fullname-dash-escaped", "2028-03-10 21:30:00",
  ("Teddy Kurniawan", "teddy.k@polibatam.ac.id"),
  "Nama MK Kriptografi",
  clearsigned("clearsigned-fullname-dash-escaped", """Halo tim P4M,

Perubahan untuk MK Kriptografi (RK2301):
- nama lama: Kriptografi
- nama baru: Kriptografi dan Keamanan Data

Tks,
Teddy
"""), "course_data", "id",
  cd("RK2301", "Kriptografi", fullname="Kriptografi dan Keamanan Data"), client="thunderbird",
  note="Clearsigned: the list lines are dash-escaped.")

BATCH_ENDS.append(len(E.MAILS))


# ---------------------------------------------------------------- batch 2

M("json-paste-kelas-sore", "2028-03-13 07:55:00",
  ("Reza Pahlevi", "reza.pahlevi@polibatam.ac.id"),
  "update kelas via json",
  """Min, ini payload yg sy siapkan buat update kelas, kalau bisa langsung dipakai:

{
  "kode_mk": "EL1104",
  "nama_mk": "Rangkaian Listrik",
  "kelas_baru": "EL-1A Sore"
}

tq
""", "course_data", "id",
  cd("EL1104", "Rangkaian Listrik", **{"class": "EL-1A Sore"}), client="gmail")

M("ini-spaces-nama-baru", "2028-03-13 09:10:00",
  ("Sekretariat Prodi Teknik Elektronika", "prodi.elka@polibatam.ac.id"),
  "Perubahan nama MK Elektronika Daya",
  """Yth. Tim Helpdesk P4M,

Kode MK      = EL2202
Nama MK      = Elektronika Daya
Nama MK Baru = Elektronika Daya dan Konverter

Atas perhatiannya kami ucapkan terima kasih.

Sekretariat Prodi Teknik Elektronika
""", "course_data", "id",
  cd("EL2202", "Elektronika Daya", fullname="Elektronika Daya dan Konverter"), client="outlook")

M("php-array-quoted-keys", "2028-03-13 10:35:00",
  ("Ketut Adi Saputra", "ketut.adi@polibatam.ac.id"),
  "perubahan kelas Pemrograman Web",
  """Om Swastyastu,

Biar cepat saya tulis gaya array aja ya:

'kode_mk'    => 'TI2106',
'nama_mk'    => 'Pemrograman Web',
'kelas_baru' => 'TI-2C Malam',

Suksma,
Ketut
""", "course_data", "id",
  cd("TI2106", "Pemrograman Web", **{"class": "TI-2C Malam"}), client="thunderbird")

M("unicode-arrow-course-fullname", "2028-03-13 13:20:00",
  ("Prof. Dr. Markus Weber", "markus.weber@polibatam.ac.id"),
  "Course title",
  """Dear colleagues,

please change the following:

Course → ME3301 Finite Element Methods
Full name → Finite Element Methods in Mechanical Design

Best regards,
Markus Weber
""", "course_data", "en",
  cd("ME3301", "Finite Element Methods", fullname="Finite Element Methods in Mechanical Design"), client="gmail")

M("heavy-arrow-mk-kelas", "2028-03-13 15:05:00",
  ("Lidya Natalia", "lidya.natalia@polibatam.ac.id"),
  "kelas AKL",
  """Hai kak,

MK ➜ AK2207 Akuntansi Keuangan Lanjutan
Kelas ➜ AK-2A Eksekutif

Makasih kak 🙏
Lidya
""", "course_data", "id",
  cd("AK2207", "Akuntansi Keuangan Lanjutan", **{"class": "AK-2A Eksekutif"}), client="iphone")

M("sks-dash-split-prosa", "2028-03-14 08:00:00",
  ("Hotman Situmorang", "hotman.situmorang@polibatam.ac.id"),
  "SKS Gambar Teknik",
  """Horas,

SKS untuk Gambar Teknik (TM1103) di e-learning tolong diganti jadi 3 sks (1-2), sesuai RPS yang baru.

Hotman Situmorang, S.T., M.T.
""", "course_data", "id",
  cd("TM1103", "Gambar Teknik", credits="3 sks (1-2)"), client="gmail")

M("en-credits-theory-practice-slash", "2028-03-14 09:30:00",
  ("Li Wei Chen", "li.wei.chen@polibatam.ac.id"),
  "credits of Microcontroller Lab",
  """Hello P4M,

The credits of Microcontroller Systems (EL2305) should be 2 credits (1 theory / 1 practice), not 3. Please update it.

Thanks,
Li Wei
""", "course_data", "en",
  cd("EL2305", "Microcontroller Systems", credits="2 credits (1 theory / 1 practice)"), client="outlook")

M("near-sks-bracket-sk-reference", "2028-03-14 11:00:00",
  ("Subbag Akademik", "akademik@polibatam.ac.id"),
  "SKS Kewirausahaan",
  """Yth. Helpdesk P4M,

Mohon jumlah SKS MK Kewirausahaan (UM2101) diubah menjadi 3 SKS (SK Direktur No. 12/2028).

Subbag Akademik
""", "course_data", "id",
  cd("UM2101", "Kewirausahaan", credits="3 SKS"), client="outlook",
  note="Near-miss: the bracket after the count is a decree, not its split.")

M("outlook-html-kelas-nbsp-diperbarui", "2028-03-14 13:45:00",
  ("Fransiska Manalu", "fransiska.manalu@polibatam.ac.id"),
  "Kelas Bahasa Inggris Teknik",
  "", "course_data", "id",
  cd("BI1201", "Bahasa Inggris Teknik", **{"class": "TM-1B Karyawan"}), client="outlook",
  html_body="""<p class="MsoNormal">Selamat siang,<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal">Kode&nbsp;MK</p></td><td><p class="MsoNormal">Nama&nbsp;MK</p></td><td><p class="MsoNormal">Kelas</p></td></tr>
<tr><td><p class="MsoNormal">BI1201</p></td><td><p class="MsoNormal">Bahasa Inggris Teknik</p></td><td><p class="MsoNormal">TM-1B&nbsp;Karyawan</p></td></tr>
</table>
<p class="MsoNormal">Mohon kelas pada course tersebut diperbarui sesuai tabel.<o:p></o:p></p>
<p class="MsoNormal">Salam,<o:p></o:p></p>
<p class="MsoNormal">Fransiska<o:p></o:p></p>""")

M("en-transfer-value-before-class", "2028-03-14 15:10:00",
  ("Daniel Wibisono", "daniel.wibisono@polibatam.ac.id"),
  "Web Design class",
  """Hi,

Please transfer Web Design (MM2104) to class MM-2B Evening. Most of my students work during the day.

Daniel
""", "course_data", "en",
  cd("MM2104", "Web Design", **{"class": "MM-2B Evening"}), client="gmail")

M("en-shift-into-class-weekend", "2028-03-15 08:20:00",
  ("Language Centre", "language.centre@polibatam.ac.id"),
  "Business English - class",
  """Dear P4M Helpdesk,

Kindly shift Business English (BI1102) into class BI-1C Weekend from next week.

Language Centre
""", "course_data", "en",
  cd("BI1102", "Business English", **{"class": "BI-1C Weekend"}), client="outlook")

M("clearsigned-id-key-baru", "2028-03-15 21:40:00",
  ("Fikri Haikal", "fikri.haikal@polibatam.ac.id"),
  "Enrolment key Pemrograman Mobile",
  clearsigned("clearsigned-id-key-baru", """Malam tim P4M,

Enrolment key Pemrograman Mobile (TI3202) sudah dibagikan ke luar kelas.
Enrolment key baru: Mob!le#Genap28

-- 
Fikri Haikal
Teknik Informatika
"""), "course_data", "id",
  cd("TI3202", "Pemrograman Mobile", enrolment_key="Mob!le#Genap28"), client="thunderbird")

pgp_mime("pgp-mime-en-reset-password", "2028-03-16 07:05:00",
         ("Sarah Lumbantobing", "sarah.lumbantobing@polibatam.ac.id"),
         "Enrolment key Network Security",
         """Good morning,

Could you please reset the enrolment key of Network Security (RK2304) to S3cur3~Net.26 before Monday?

Regards,
Sarah
""", cd("RK2304", "Network Security", enrolment_key="S3cur3~Net.26"), "en")

M("en-refresh-key-pronoun", "2028-03-16 09:15:00",
  ("Yohanes Tarigan", "yohanes.tarigan@polibatam.ac.id"),
  "key for Database Systems",
  """Hi helpdesk,

Someone shared the enrolment key of Database Systems (TI2203) on Instagram. Please regenerate it as Db$ys-2B!x and let me know.

Yohanes
""", "course_data", "en",
  cd("TI2203", "Database Systems", enrolment_key="Db$ys-2B!x"), client="gmail")

M("kv-nama-lengkap-singkat", "2028-03-16 10:40:00",
  ("Nur Aisyah", "nur.aisyah@polibatam.ac.id"),
  "perubahan nama MK Statistika",
  """Assalamualaikum,

Untuk MK Statistika Industri (TI1207):

nama_lengkap = Statistika dan Probabilitas Industri
nama_singkat = SPI-TI1207

Wassalam,
Aisyah
""", "course_data", "id",
  cd("TI1207", "Statistika Industri", fullname="Statistika dan Probabilitas Industri", shortname="SPI-TI1207"),
  client="gmail")

M("near-kv-identity-key-prose", "2028-03-16 13:10:00",
  ("Bonar Silalahi", "bonar.silalahi@polibatam.ac.id"),
  "enrolment key",
  """Siang,

kode_mk = TI2201
kelas   = TI-2A Pagi

Mohon enrolment key untuk kelas di atas diganti jadi Tk-22A!x

Terima kasih,
Bonar
""", "course_data", "id",
  cd("TI2201", enrolment_key="Tk-22A!x"), client="zimbra",
  note="Near-miss: the block says which course and class; only the key is asked.")

M("en-new-title-equals", "2028-03-17 08:30:00",
  ("Anita Kusuma", "anita.kusuma@polibatam.ac.id"),
  "course title",
  """Hi,

code      = MB3204
title     = Digital Marketing
new_title = Digital Marketing Analytics

Thanks!
Anita
""", "course_data", "en",
  cd("MB3204", "Digital Marketing", fullname="Digital Marketing Analytics"), client="gmail")

M("ios-mixed-evening-shift", "2028-03-17 20:50:00",
  ("Irwan Susanto", "irwan.susanto@polibatam.ac.id"),
  "Jaringan Komputer",
  """Pls pindahin kelas Jaringan Komputer (TK2201) to TK-2A Evening Shift ya, mhs sy semua shift pagi di kantor.

Irwan

Sent from my iPhone
""", "course_data", "mixed",
  cd("TK2201", "Jaringan Komputer", **{"class": "TK-2A Evening Shift"}), client="iphone")

M("arrow-mata-kuliah-dash-semester", "2028-03-17 22:15:00",
  ("Yusuf Ramadhan", "yusuf.ramadhan@polibatam.ac.id"),
  "semester Rangkaian Digital",
  """Halo,

Mata kuliah -> TE2103 Rangkaian Digital
Semester    -> 4

mhs angkatan baru ga nemu coursenya.

Yusuf
""", "course_data", "id",
  cd("TE2103", "Rangkaian Digital", semester="4"), client="thunderbird")

M("table-credits-lp-split-en", "2028-03-18 09:00:00",
  ("Quality Assurance Unit", "qa@polibatam.ac.id"),
  "credit update",
  """Dear P4M,

Code   | Course            | New credits
ME1104 | Engineering Drawing | 3 (2-1)

Regards,
QA Unit
""", "course_data", "en",
  cd("ME1104", "Engineering Drawing", credits="3 (2-1)"), client="thunderbird")

BATCH_ENDS.append(len(E.MAILS))


# ---------------------------------------------------------------- batch 3

M("env-file-upper-keys", "2028-03-20 08:05:00",
  ("Gilang Ramadhan", "gilang.ramadhan@polibatam.ac.id"),
  "update course (format .env)",
  """Pagi admin, sy tulis kayak file .env biar gampang dicopy:

KODE_MK=TI1105
NAMA_MK=Algoritma dan Pemrograman
KELAS_BARU=TI-1A Malam

Gilang
""", "course_data", "id",
  cd("TI1105", "Algoritma dan Pemrograman", **{"class": "TI-1A Malam"}), client="gmail")

M("env-file-shortname-fullname", "2028-03-20 09:20:00",
  ("Gilang Ramadhan", "gilang.ramadhan@polibatam.ac.id"),
  "update course lagi (format .env)",
  """Satu lagi min:

KODE_MK=TI1208
NAMA_MK=Struktur Data
SHORTNAME=SDA-TI1208
FULLNAME=Struktur Data dan Algoritma

Gilang
""", "course_data", "id",
  cd("TI1208", "Struktur Data", shortname="SDA-TI1208", fullname="Struktur Data dan Algoritma"), client="gmail")

M("module-arrow-british", "2028-03-20 10:45:00",
  ("Dr. Helen Ashworth", "helen.ashworth@polibatam.ac.id"),
  "Module update",
  """Dear Helpdesk,

Module  -> EL2101 Electric Circuits
Credits -> 4 (3 lecture + 1 lab)

Kind regards,
Helen
""", "course_data", "en",
  cd("EL2101", "Electric Circuits", credits="4 (3 lecture + 1 lab)"), client="outlook")

M("md-table-nbsp-class-en", "2028-03-20 13:30:00",
  ("Andre Kurniadi", "andre.kurniadi@polibatam.ac.id"),
  "class for Engineering Mathematics",
  "Hi team,\n\n| Code | Course | Class |\n|---|---|---|\n| MT1101 | Engineering" + NBSP + "Mathematics | MT-1B"
  + NBSP + "Evening |\n\nPlease update the class as in the table.\n\nAndre\n",
  "course_data", "en",
  cd("MT1101", "Engineering Mathematics", **{"class": "MT-1B Evening"}), client="gmail")

M("tsv-nbsp-kelas-sesuai-tabel", "2028-03-21 08:10:00",
  ("Dewi Kartika", "dewi.kartika@polibatam.ac.id"),
  "Kelas MK Perpajakan",
  "Siang,\n\nKode MK\tNama MK\tKelas\nAK3105\tPerpajakan II\tAK-3B" + NBSP + "Ekstensi\n\n"
  "Kelasnya mohon diganti sesuai tabel di atas.\n\nDewi\n",
  "course_data", "id",
  cd("AK3105", "Perpajakan II", **{"class": "AK-3B Ekstensi"}), client="gmail")

M("sks-kata-split-teori-praktik", "2028-03-21 09:35:00",
  ("Made Wirawan", "made.wirawan@polibatam.ac.id"),
  "SKS Praktik Kelistrikan",
  """Om Swastyastu,

Mohon SKS MK Praktik Kelistrikan (EL1203) diubah menjadi tiga SKS (1 teori + 2 praktik).

Suksma,
Made Wirawan
""", "course_data", "id",
  cd("EL1203", "Praktik Kelistrikan", credits="tiga SKS (1 teori + 2 praktik)"), client="zimbra")

M("en-credits-L-P-compact", "2028-03-21 11:00:00",
  ("Engineering Faculty Office", "faculty.eng@polibatam.ac.id"),
  "Thermodynamics credits",
  """Dear P4M,

Please change the credits of Thermodynamics (ME2101) to 3 credits (2L+1P) as approved by the curriculum board.

Faculty Office
""", "course_data", "en",
  cd("ME2101", "Thermodynamics", credits="3 credits (2L+1P)"), client="outlook")

M("near-sks-menit-bracket", "2028-03-21 13:25:00",
  ("Bapak Sutarno", "sutarno@polibatam.ac.id"),
  "SKS Fisika Dasar",
  """Selamat siang,

SKS Fisika Dasar (FI1101) tolong diubah jadi 3 SKS (3 x 50 menit per minggu).

Sutarno
""", "course_data", "id",
  cd("FI1101", "Fisika Dasar", credits="3 SKS"), client="gmail",
  note="Near-miss: the bracket says how long the meetings are, not a split.")

M("near-old-split-then-new", "2028-03-21 15:00:00",
  ("Prodi Teknik Mesin", "prodi.mesin@polibatam.ac.id"),
  "SKS Perawatan Mesin",
  """Yth. P4M,

SKS Perawatan Mesin (TM3204) yang tertulis 2 (T: 1, P: 1) harusnya 3.

Prodi Teknik Mesin
""", "course_data", "id",
  cd("TM3204", "Perawatan Mesin", credits="3"), client="outlook",
  note="Near-miss: the split belongs to the count shown.")

M("near-students-moved-to-class", "2028-03-22 08:15:00",
  ("Ratna Juwita", "ratna.juwita@polibatam.ac.id"),
  "SKS Komunikasi Bisnis",
  """Pagi,

Mohon SKS MK Komunikasi Bisnis (MB1204) diganti jadi 3. Mahasiswa yang pindah ke kelas MB-1A Malam juga ikut perubahan ini.

Ratna
""", "course_data", "id",
  cd("MB1204", "Komunikasi Bisnis", credits="3"), client="gmail",
  note="Near-miss: students moved to a class are not the course's class.")

M("class-executive-en-prose", "2028-03-22 09:40:00",
  ("Executive Programme Office", "executive@polibatam.ac.id"),
  "Class for Strategic Management",
  """Dear P4M Helpdesk,

The class of Strategic Management (MJ4101) should be MJ-4A Executive, not MJ-4A.

Executive Programme Office
""", "course_data", "en",
  cd("MJ4101", "Strategic Management", **{"class": "MJ-4A Executive"}), client="outlook")

M("clearsigned-key-symbols-caret", "2028-03-22 21:10:00",
  ("Rudy Hartanto", "rudy.hartanto@polibatam.ac.id"),
  "enrolment key Kriptografi Terapan",
  clearsigned("clearsigned-key-symbols-caret", """Malam,

Key baru untuk MK Kriptografi Terapan (RK3205): Rk^2028%B

Mohon segera diganti, key lama sudah tersebar.

- --
Rudy
"""), "course_data", "id",
  cd("RK3205", "Kriptografi Terapan", enrolment_key="Rk^2028%B"), client="thunderbird")

pgp_mime("near-pgp-old-key-no-new", "2028-03-23 07:30:00",
         ("Rudy Hartanto", "rudy.hartanto@polibatam.ac.id"),
         "key Keamanan Web bocor",
         """Pagi tim P4M,

Key lama MK Keamanan Web (RK3107), yaitu W3b-Sec!27, sudah bocor. Mohon diganti dengan key baru, terserah admin saja, nanti kabari saya.

Rudy
""", cd("RK3107", "Keamanan Web"), "id",
         note="Near-miss: only the leaked old key is written; the new one is left to the helpdesk.")

M("code-fence-key", "2028-03-23 09:00:00",
  ("Kevin Sutanto", "kevin.sutanto@polibatam.ac.id"),
  "Key for Machine Learning",
  """Hi P4M,

Please set the enrolment key of Machine Learning (RK3310) to:

```
ML#genap-2028
```

Thanks,
Kevin
""", "course_data", "en",
  cd("RK3310", "Machine Learning", enrolment_key="ML#genap-2028"), client="gmail")

M("ini-equals-outlook-kelas", "2028-03-23 10:30:00",
  ("Tata Usaha Jurusan Manajemen Bisnis", "tu.mb@polibatam.ac.id"),
  "Kelas Akuntansi Dasar",
  """Dengan hormat,

Kode MK = AK1101
Nama MK = Akuntansi Dasar
Kelas Baru = AK-1C Karyawan

Hormat kami,
TU Jurusan Manajemen Bisnis
""", "course_data", "id",
  cd("AK1101", "Akuntansi Dasar", **{"class": "AK-1C Karyawan"}), client="outlook")

M("ios-mixed-move-class-night", "2028-03-23 22:40:00",
  ("Stefanus Gultom", "stefanus.gultom@polibatam.ac.id"),
  "kelas",
  """Min tolong move course Instalasi Listrik (EL2204) ke class EL-2C Night ya, yg sekarang masih EL-2C.

Stef

Sent from my iPhone
""", "course_data", "mixed",
  cd("EL2204", "Instalasi Listrik", **{"class": "EL-2C Night"}), client="iphone")

BATCH_ENDS.append(len(E.MAILS))


if __name__ == "__main__":
    only = os.environ.get("TUNE26_BATCH")
    if only:
        b = int(only)
        del E.MAILS[BATCH_ENDS[b - 1]:]
        del E.MAILS[:BATCH_ENDS[b - 2] if b > 1 else 0]
    sys.exit(E.main())

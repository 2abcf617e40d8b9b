#!/usr/bin/env python3
"""Generate the thirtieth P4M helpdesk TUNING corpus (pairs): requested changes the readers missed in round 15.

Written blind (no held-out mail read) as a grammar of the kinds the opened part17 (requests-tune29) showed missed in
the change pairs: a reply to the helpdesk's "Mohon lengkapi" question that gives only the asked value (or the value
and a new question) above the writer's own request quoted below it, the receipt paraphrased or quoted in part;
changes written in the cells of a table (an HTML-only table of rows, a two-column old/new table, a plain-text table
with pipes); the value on the line after "tolong ganti:"; a change asked in the subject only; credits spelled out as
a word ("empat sks", "three credits"). Near-misses that must claim nothing: a quoted request that only asks whether a
change is possible, a table row whose new cell is empty or says the value stays, a credit count said to be right.

Labels: values as written (case kept); the course name is the name the course has now. The message engine is the
first tuning corpus's generator, imported from ../requests-tune/make_tune.py. Each batch was scored before any rule
for it was written.
Run:  python3 make_tune30_pairs.py          (TUNE30_BATCH=1 OUT=dir ... --partial writes one batch elsewhere)
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


def quoted(text, depth=1):
    return "\n".join((">" * depth + " " + line).rstrip() for line in text.strip("\n").split("\n"))


# ---------------------------------------------------------------- batch 1

M("reply-code-only-under-partial-receipt", "2028-09-07 08:40:00",
  ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
  "Re: [P4M #4102] Mohon lengkapi: kode MK",
  "TI2204\n\nPada Rab, 6 Sep 2028 pukul 15.02 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:\n\n"
  + quoted("Yth. Bapak Rahmat,\n\nPermintaan Bapak kami catat dengan nomor tiket #4102.\n"
           "Mohon lengkapi: kode MK.\n\nSalam,\nHelpdesk P4M\n\n"
           "Pada Rab, 6 Sep 2028 pukul 14.51 Rahmat Hidayat <rahmat.hidayat@polibatam.ac.id> menulis:\n")
  + "\n" + quoted("Siang P4M, tolong enrol key MK Basis Data diganti jadi basdat#28 ya, yang lama sudah "
                  "tersebar ke angkatan lain.", 2) + "\n",
  "course_data", "id", cd("TI2204", "Basis Data", **key("basdat#28")),
  reply="<tkt-4102.ack@helpdesk.polibatam.ac.id>",
  note="A reply with only the code asked for; the change is in the writer's own request quoted twice deep.")

M("en-reply-code-plus-question", "2028-09-07 10:15:00",
  ("Daniel Okafor", "daniel.okafor@polibatam.ac.id"),
  "RE: [P4M #4108] Please complete: course code",
  "It's ME3107.\n\nBy the way, will students who already joined keep their quiz marks after the change?\n\nDaniel\n\n"
  "On Thu, 7 Sep 2028 at 09:30, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:\n"
  + quoted("Dear Mr Okafor,\nPlease complete: the course code.\nKind regards,\nHelpdesk P4M\n\n"
           "On Thu, 7 Sep 2028 at 09:12, Daniel Okafor wrote:\n")
  + "\n" + quoted("Hello, could you change the short name of Thermodynamics II to THERMO2-B? "
                  "The current one clashes with the lab course.", 2) + "\n",
  "course_data", "en", cd("ME3107", "Thermodynamics II", shortname="THERMO2-B"), client="thunderbird",
  reply="<tkt-4108.ack@helpdesk.polibatam.ac.id>",
  note="The asked value, then a question of the writer's own; the change is in the quoted request.")

M("reply-kodenya-sentence-nested-class", "2028-09-08 13:05:00",
  ("Sri Mulyani", "sri.mulyani@polibatam.ac.id"),
  "Re: [P4M #4115] Mohon lengkapi data",
  "Kodenya AK2106 bu, maaf kemarin lupa saya tulis.\n\nSalam,\nSri\n\n"
  "Pada tanggal Jum, 8 Sep 2028 10.20, Helpdesk P4M menulis:\n"
  + quoted("Yth. Ibu Sri Mulyani,\nMohon lengkapi kode mata kuliahnya agar dapat kami proses.\n"
           "Terima kasih.\n\n"
           "Pada tanggal Jum, 8 Sep 2028 09.55, Sri Mulyani menulis:\n")
  + "\n" + quoted("Selamat pagi,\nMohon kelas MK Akuntansi Manajemen dipindah dari AK-2A ke AK-2A Malam, "
                  "semua mahasiswanya karyawan.\nTerima kasih.", 2) + "\n",
  "course_data", "id", cd("AK2106", "Akuntansi Manajemen", **klass("AK-2A Malam")), client="iphone",
  reply="<tkt-4115.ack@helpdesk.polibatam.ac.id>",
  note="The code in a sentence; the receipt paraphrased ('Mohon lengkapi kode mata kuliahnya').")

M("reply-code-nested-credits-word", "2028-09-08 16:40:00",
  ("Yosef Manek", "yosef.manek@polibatam.ac.id"),
  "Re: [P4M #4121] Mohon lengkapi: kode mata kuliah",
  "Siap, kode MK nya EL1203.\n\n"
  "Pada 8 Sep 2028, pukul 15.10, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:\n"
  + quoted("Mohon lengkapi: kode mata kuliah.\n\n"
           "Pada 8 Sep 2028, pukul 14.47, Yosef Manek <yosef.manek@polibatam.ac.id> menulis:\n")
  + "\n" + quoted("Sore admin. SKS Rangkaian Listrik di elearning masih 2, mohon diubah jadi tiga sks "
                  "sesuai kurikulum baru.", 2) + "\n",
  "course_data", "id", cd("EL1203", "Rangkaian Listrik", credits="tiga sks"),
  reply="<tkt-4121.ack@helpdesk.polibatam.ac.id>",
  note="The receipt quoted in part; the nested request spells the credits as a word.")

M("near-reply-code-quoted-only-asks", "2028-09-11 09:20:00",
  ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
  "Re: [P4M #4130] Mohon lengkapi: kode MK",
  "MB2105\n\nPada Sen, 11 Sep 2028 pukul 08.30 Helpdesk P4M menulis:\n"
  + quoted("Mohon lengkapi: kode MK.\n\nPada Sen, 11 Sep 2028 pukul 08.02 Lina Marlina menulis:\n")
  + "\n" + quoted("Pagi, apakah nama singkat MK Manajemen Pemasaran bisa diganti? Kalau bisa nanti saya kirim "
                  "usulannya setelah rapat prodi.", 2) + "\n",
  "course_data", "id", cd("MB2105", "Manajemen Pemasaran"),
  reply="<tkt-4130.ack@helpdesk.polibatam.ac.id>",
  note="Near-miss: the quoted request only asks whether a change is possible; no value to claim.")

M("html-table-rows-one-course", "2028-09-11 11:00:00",
  ("Sekretaris Jurusan Teknik Informatika", "sekjur.informatika@polibatam.ac.id"),
  "Perubahan data MK Pemrograman Web",
  "", "course_data", "id", cd("IF2208", "Pemrograman Web", credits="3"), client="outlook",
  html_body="""<p class="MsoNormal">Yth. Helpdesk P4M,<o:p></o:p></p>
<p class="MsoNormal">Mohon dibantu perubahan berikut di e-learning:<o:p></o:p></p>
<table border="1" cellspacing="0" cellpadding="4"><tr><th>Kode MK</th><th>Nama MK</th><th>Perubahan</th></tr>
<tr><td>IF2208</td><td>Pemrograman Web</td><td>SKS 2 &rarr; 3</td></tr></table>
<p class="MsoNormal">Terima kasih.<o:p></o:p></p>
<p class="MsoNormal">Sekretaris Jurusan TI<o:p></o:p></p>""",
  note="An HTML-only table of one row: the change written in its cell with an arrow.")

M("html-table-old-new-two-fields", "2028-09-12 08:25:00",
  ("Koordinator Prodi Rekayasa Perangkat Lunak", "kaprodi.rpl@polibatam.ac.id"),
  "Data MK Pengujian Perangkat Lunak",
  "", "course_data", "id",
  cd("RPL3104", "Pengujian Perangkat Lunak", shortname="UJI-RPL3", **klass("RPL-3B Malam")), client="outlook",
  html_body="""<p class="MsoNormal">Selamat pagi,<o:p></o:p></p>
<p class="MsoNormal">Untuk MK RPL3104 Pengujian Perangkat Lunak mohon diperbarui:<o:p></o:p></p>
<table border="1" cellspacing="0" cellpadding="3"><tr><td><b>Data</b></td><td><b>Semula</b></td><td><b>Menjadi</b></td></tr>
<tr><td>Nama singkat</td><td>PPL</td><td>UJI-RPL3</td></tr>
<tr><td>Kelas</td><td>RPL-3B</td><td>RPL-3B Malam</td></tr></table>
<p class="MsoNormal">Salam,<o:p></o:p></p><p class="MsoNormal">Kaprodi RPL<o:p></o:p></p>""",
  note="A two-column old/new table headed Semula / Menjadi.")

M("en-pipe-table-current-new", "2028-09-12 14:10:00",
  ("Hannah Becker", "hannah.becker@polibatam.ac.id"),
  "Quality Control course settings",
  """Hi team,

For Quality Control (IE3105), please update these on the e-learning site:

| Field       | Current | New        |
|-------------|---------|------------|
| Credits     | 2       | 3          |
| Short name  | QC      | QC-IE3105  |

Many thanks,
Hannah
""", "course_data", "en", cd("IE3105", "Quality Control", credits="3", shortname="QC-IE3105"),
  client="thunderbird", note="A Markdown-style table typed with pipes: field, current, new.")

M("html-table-key-value-change-cell", "2028-09-13 09:45:00",
  ("Admin Prodi Teknik Elektronika", "admin.elka@polibatam.ac.id"),
  "Permohonan perubahan enrol key",
  "", "course_data", "id", cd("EL2101", "Elektronika Dasar", **key("elka@2101")), client="outlook",
  html_body="""<p class="MsoNormal">Yth. Tim P4M,<o:p></o:p></p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><td>Kode MK</td><td>EL2101</td></tr>
<tr><td>Nama MK</td><td>Elektronika Dasar</td></tr>
<tr><td>Enrol key baru</td><td>elka@2101</td></tr></table>
<p class="MsoNormal">Atas bantuannya kami ucapkan terima kasih.<o:p></o:p></p>""",
  note="A form typed as a two-column table: label cell, value cell.")

M("near-table-row-stays", "2028-09-13 13:30:00",
  ("Sekretaris Prodi Akuntansi", "sekprodi.akuntansi@polibatam.ac.id"),
  "Revisi data MK Perpajakan",
  "", "course_data", "id", cd("AK3102", "Perpajakan", **klass("AK-3C")), client="outlook",
  html_body="""<p class="MsoNormal">Yth. Helpdesk,<o:p></o:p></p>
<p class="MsoNormal">Berikut revisi MK AK3102 Perpajakan:<o:p></o:p></p>
<table border="1" cellspacing="0" cellpadding="3"><tr><th>Data</th><th>Lama</th><th>Baru</th></tr>
<tr><td>Kelas</td><td>AK-3B</td><td>AK-3C</td></tr>
<tr><td>SKS</td><td>3</td><td>tetap</td></tr>
<tr><td>Dosen</td><td>Sulastri, S.E., M.Ak.</td><td>-</td></tr></table>
<p class="MsoNormal">Terima kasih.<o:p></o:p></p>""",
  note="Near-miss rows: a new cell that says the value stays, and an empty one; only the class changes.")

M("nextline-after-tolong-ganti", "2028-09-14 07:50:00",
  ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "nama singkat statistika",
  """Pagi min,
tolong ganti nama singkat MK Statistika (MA2102):
STAT-2B
makasih
""", "course_data", "id", cd("MA2102", "Statistika", shortname="STAT-2B"), client="iphone",
  note="The value alone on the line after the ask that names the field.")

M("en-nextline-after-to-colon", "2028-09-14 10:30:00",
  ("Fatima Zahra", "fatima.zahra@polibatam.ac.id"),
  "Fluid Mechanics key",
  """Good morning,

Please change the enrolment key of Fluid Mechanics (ME2204) to:

Fluid#2204

Thank you,
Fatima
""", "course_data", "en", cd("ME2204", "Fluid Mechanics", **key("Fluid#2204")), client="outlook",
  note="'to:' ends the line; the key stands alone below it.")

M("bullet-after-mohon-diganti-jadi", "2028-09-14 15:15:00",
  ("Nurul Hikmah", "nurul.hikmah@polibatam.ac.id"),
  "Kelas Algoritma",
  """Assalamualaikum,

Mohon kelas MK Algoritma dan Pemrograman (IF1102) diganti jadi:
- IF-1C Malam

Wassalam,
Nurul
""", "course_data", "id", cd("IF1102", "Algoritma dan Pemrograman", **klass("IF-1C Malam")),
  note="The value as a list item under the ask.")

M("credits-word-empat-sks", "2028-09-15 08:05:00",
  ("Bambang Sutejo", "bambang.sutejo@polibatam.ac.id"),
  "SKS Kalkulus",
  """Selamat pagi,

SKS MK Kalkulus (MA1101) di e-learning tolong diubah jadi empat sks, di kurikulum 2028 sudah empat.

Terima kasih,
Bambang
""", "course_data", "id", cd("MA1101", "Kalkulus", credits="empat sks"),
  note="Credits spelled as a word.")

M("en-credits-word-worth-three", "2028-09-15 11:40:00",
  ("Grace Mwangi", "grace.mwangi@polibatam.ac.id"),
  "Credits for Supply Chain Analytics",
  """Hello,

Supply Chain Analytics (LOG3201) is listed with two credits on the e-learning site. Please change it to three credits, as in the approved curriculum.

Best,
Grace
""", "course_data", "en", cd("LOG3201", "Supply Chain Analytics", credits="three credits"),
  client="outlook", note="Credits spelled out in English after 'change it to'.")

M("near-credits-word-right-key-changes", "2028-09-15 14:00:00",
  ("Dedi Kurniawan", "dedi.kurniawan@polibatam.ac.id"),
  "Enrol key Kontrol Otomatik",
  """Siang,

MK Kontrol Otomatik (EL3204) memang tiga sks, itu sudah benar. Yang perlu diganti enrol key-nya saja, jadi ko-3204.

Dedi
""", "course_data", "id", cd("EL3204", "Kontrol Otomatik", **key("ko-3204")),
  note="Near-miss: a spelled-out credit count said to be right.")

M("subject-only-shortname-arrow", "2028-09-18 09:00:00",
  ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "Ganti nama singkat MK2201 -> AKBI-2B",
  """Mohon bantuannya, terima kasih.

Wulan
""", "course_data", "id", cd("MK2201", None, shortname="AKBI-2B"),
  note="The change only in the subject.")

M("en-subject-only-credits", "2028-09-18 13:20:00",
  ("Rafael Santos", "rafael.santos@polibatam.ac.id"),
  "Change credits of EL3302 to 3",
  """As per the new curriculum. Thanks!

Rafael
""", "course_data", "en", cd("EL3302", None, credits="3"), client="iphone",
  note="The change only in the subject, in English.")

BATCH_ENDS.append(len(E.MAILS))

# ---------------------------------------------------------------- batch 2

M("outlook-reply-code-under-rules", "2028-10-02 08:35:00",
  ("Budi Prasetyo", "budi.prasetyo@polibatam.ac.id"),
  "RE: [P4M #4301] Permintaan perubahan data MK",
  """Kode MK-nya TK2103 Bu.

Salam,
Budi Prasetyo

________________________________
From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Sent: Monday, October 2, 2028 8:10 AM
To: Budi Prasetyo <budi.prasetyo@polibatam.ac.id>
Subject: [P4M #4301] Permintaan perubahan data MK

Yth. Bapak Budi,
Mohon dilengkapi kode mata kuliahnya, Pak.
Terima kasih.

________________________________
From: Budi Prasetyo <budi.prasetyo@polibatam.ac.id>
Sent: Monday, October 2, 2028 7:52 AM
To: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Subject: Permintaan perubahan data MK

Selamat pagi, mohon nama singkat MK Kimia Analitik diganti jadi KIMAN-2A. Terima kasih.
""", "course_data", "id", cd("TK2103", "Kimia Analitik", shortname="KIMAN-2A"), client="outlook",
  reply="<tkt-4301.ack@helpdesk.polibatam.ac.id>",
  note="An Outlook reply: the threads under rules and header blocks, no quote marks.")

M("en-reply-labelled-code-new-question", "2028-10-02 13:00:00",
  ("Mei Ling Tan", "meiling.tan@polibatam.ac.id"),
  "Re: [P4M #4310] Your request",
  """Course code: CS2107

Quick question while I have you: can TAs see the enrolment key once it is changed?

On Mon, Oct 2, 2028 at 11:41 AM Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> Dear Ms Tan,
> Thank you for your request. Could you please provide the course code?
> Best regards,
> Helpdesk P4M
>
> On Mon, Oct 2, 2028 at 11:20 AM Mei Ling Tan <meiling.tan@polibatam.ac.id> wrote:
>> Hi, please set the enrolment key of Data Structures to DS-ganjil28. Thanks!
""", "course_data", "en", cd("CS2107", "Data Structures", **key("DS-ganjil28")),
  reply="<tkt-4310.ack@helpdesk.polibatam.ac.id>",
  note="The code on a labelled line, then a question of the writer's own; the receipt paraphrased in English.")

M("reply-name-for-course-nested-key", "2028-10-03 09:10:00",
  ("Ratna Sari Dewi", "ratna.dewi@polibatam.ac.id"),
  "Re: [P4M #4322] Mohon lengkapi: kode atau nama mata kuliah",
  """Mata kuliahnya Kimia Dasar, kode TK1101.

Terima kasih,
Ratna

Pada Sel, 3 Okt 2028 08.44, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
> Mohon lengkapi: kode atau nama mata kuliah.
>
> Pada Sel, 3 Okt 2028 08.30, Ratna Sari Dewi menulis:
>> Pak/Bu, tolong enrol key mata kuliah saya diganti jadi kimdas-99, terima kasih.
""", "course_data", "id", cd("TK1101", "Kimia Dasar", **key("kimdas-99")), client="thunderbird",
  reply="<tkt-4322.ack@helpdesk.polibatam.ac.id>",
  note="The request named no course; the reply names it; the receipt kept in part without its type line.")

M("reply-code-thanks-nested-fullname", "2028-10-03 14:25:00",
  ("Hendrik Tampubolon", "hendrik.tampubolon@polibatam.ac.id"),
  "Re: [P4M #4330] Mohon lengkapi: kode MK",
  """Maaf baru balas. MN2208 kodenya.
Tks

Dikirim dari Yahoo Mail di Android

  Pada Sel, 3 Okt 2028 pada 11.02, Helpdesk P4M<helpdesk-p4m@polibatam.ac.id> menulis:
>   Mohon lengkapi: kode MK
>
>     Pada Sel, 3 Okt 2028 pada 10.40, Hendrik Tampubolon menulis:
>>   Siang, nama MK Manajemen Operasi di e-learning mohon diubah menjadi Manajemen Operasi dan Rantai Pasok.
""", "course_data", "id",
  cd("MN2208", "Manajemen Operasi", fullname="Manajemen Operasi dan Rantai Pasok"),
  reply="<tkt-4330.ack@helpdesk.polibatam.ac.id>",
  note="Yahoo Mail on Android: indented quote marks and attribution.")

M("near-reply-code-support-request", "2028-10-04 10:00:00",
  ("Indah Permatasari", "indah.permatasari@polibatam.ac.id"),
  "Re: [P4M #4341] Mohon lengkapi: kode MK",
  """IF3105

Pada Rab, 4 Okt 2028 pukul 09.15 Helpdesk P4M menulis:
> Mohon lengkapi: kode MK.
>
> Pada Rab, 4 Okt 2028 pukul 08.58 Indah Permatasari menulis:
>> Pagi, mahasiswa saya tidak bisa upload tugas di MK Keamanan Jaringan, selalu muncul error file terlalu besar.
""", "elearning_support", "id", {},
  reply="<tkt-4341.ack@helpdesk.polibatam.ac.id>",
  note="Near-miss: the quoted request is a support problem; no change to claim.")

M("en-html-table-change-requested", "2028-10-04 13:40:00",
  ("Programme Office Computer Science", "cs.office@polibatam.ac.id"),
  "E-learning updates",
  "", "course_data", "en", cd("CS2107", "Data Structures", **key("ds#2107-new")), client="outlook",
  html_body="""<p class="MsoNormal">Dear Helpdesk,<o:p></o:p></p>
<p class="MsoNormal">Please apply the following:<o:p></o:p></p>
<table border="1" cellspacing="0" cellpadding="4"><tr><th>Course code</th><th>Course title</th><th>Change requested</th></tr>
<tr><td>CS2107</td><td>Data Structures</td><td>Enrolment key: ds#2107-new</td></tr></table>
<p class="MsoNormal">Thank you,<o:p></o:p></p><p class="MsoNormal">Programme Office<o:p></o:p></p>""",
  note="An HTML table in English with a 'Change requested' column.")

M("tab-table-yang-diubah", "2028-10-05 08:15:00",
  ("Staf Jurusan Manajemen Bisnis", "staf.mb@polibatam.ac.id"),
  "Perubahan kelas MK",
  "Yth. Helpdesk P4M,\n\nMohon diproses:\n\n"
  "Kode\tNama MK\tYang diubah\n"
  "MB2203\tPengantar Bisnis\tKelas jadi MB-2B Malam\n\n"
  "Terima kasih,\nStaf Jurusan MB\n",
  "course_data", "id", cd("MB2203", "Pengantar Bisnis", **klass("MB-2B Malam")), client="thunderbird",
  note="A tab-separated row whose last cell says the change in words.")

M("en-html-before-after-items", "2028-10-05 11:30:00",
  ("Lucas Moreau", "lucas.moreau@polibatam.ac.id"),
  "Robotics course",
  "", "course_data", "en", cd("RB3101", "Robotics", fullname="Robotics and Automation", credits="4"),
  client="outlook",
  html_body="""<p class="MsoNormal">Hello,<o:p></o:p></p>
<p class="MsoNormal">For Robotics (RB3101), please change:<o:p></o:p></p>
<table border="1" cellspacing="0" cellpadding="3"><tr><td><b>Item</b></td><td><b>Before</b></td><td><b>After</b></td></tr>
<tr><td>Course name</td><td>Robotics</td><td>Robotics and Automation</td></tr>
<tr><td>Credits</td><td>3</td><td>4</td></tr></table>
<p class="MsoNormal">Regards,<o:p></o:p></p><p class="MsoNormal">Lucas<o:p></o:p></p>""",
  note="A two-column before/after table headed in English.")

M("html-table-rows-lecturer-first", "2028-10-06 09:00:00",
  ("Koordinator Prodi Teknik Mesin", "kaprodi.mesin@polibatam.ac.id"),
  "Perubahan data MK Teknik Mesin",
  "", "course_data", "id", cd("ME2101", "Mekanika Fluida", lecturer="Dr. Yusuf Ramadhan, S.T., M.T."),
  client="outlook",
  html_body="""<p class="MsoNormal">Yth. Helpdesk P4M,<o:p></o:p></p>
<p class="MsoNormal">Mohon perubahan data berikut:<o:p></o:p></p>
<table border="1" cellspacing="0" cellpadding="4"><tr><th>No</th><th>Kode</th><th>Mata Kuliah</th><th>Perubahan</th></tr>
<tr><td>1</td><td>ME2101</td><td>Mekanika Fluida</td><td>Dosen pengampu: Dr. Yusuf Ramadhan, S.T., M.T.</td></tr>
<tr><td>2</td><td>ME2204</td><td>Perpindahan Panas</td><td>Kelas: ME-2B</td></tr></table>
<p class="MsoNormal">Hormat kami,<o:p></o:p></p><p class="MsoNormal">Koordinator Prodi Teknik Mesin<o:p></o:p></p>""",
  note="Two courses in the rows; the first row's change is the lecturer.")

M("near-table-change-column-none", "2028-10-06 14:20:00",
  ("Admin Prodi Akuntansi Manajerial", "admin.akm@polibatam.ac.id"),
  "Cek data MK",
  "", "course_data", "id", cd("AKM3101", "Akuntansi Sektor Publik"), client="outlook",
  html_body="""<p class="MsoNormal">Yth. Helpdesk,<o:p></o:p></p>
<p class="MsoNormal">Berikut rekap pengecekan data MK kami di e-learning:<o:p></o:p></p>
<table border="1" cellspacing="0" cellpadding="4"><tr><th>Kode MK</th><th>Nama MK</th><th>Perubahan</th></tr>
<tr><td>AKM3101</td><td>Akuntansi Sektor Publik</td><td>tidak ada</td></tr></table>
<p class="MsoNormal">Mohon dicek kembali apakah data di sistem sudah sama.<o:p></o:p></p>""",
  note="Near-miss: the change column says there is none.")

M("nextline-quoted-value-menjadi", "2028-10-09 08:45:00",
  ("Yulianti", "yulianti@polibatam.ac.id"),
  "Nama MK Fisika Terapan",
  """Selamat pagi Bapak/Ibu,

Nama MK Fisika Terapan (TF1201) tolong diganti menjadi:

"Fisika Teknik Terapan"

Terima kasih.
Yulianti
""", "course_data", "id", cd("TF1201", "Fisika Terapan", fullname="Fisika Teknik Terapan"), client="outlook",
  note="The value in quotes on its own line after 'menjadi:'.")

M("en-nextline-star-bullet", "2028-10-09 10:20:00",
  ("Kwame Mensah", "kwame.mensah@polibatam.ac.id"),
  "Short name Robotics",
  """Hi,

Please change the short name of Industrial Robotics (RB3205) to:
* ROBO-3205

Ta,
Kwame
""", "course_data", "en", cd("RB3205", "Industrial Robotics", shortname="ROBO-3205"), client="thunderbird",
  note="A star bullet under 'to:'.")

M("nextline-yang-baru-bullet", "2028-10-09 15:05:00",
  ("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
  "enrol key jarkom",
  """Siang min, minta tolong ganti enrol key MK Jaringan Komputer (TI2301) ya, soalnya bocor ke grup angkatan.
Yang baru:
• jarkom_2028

Taufik
""", "course_data", "id", cd("TI2301", "Jaringan Komputer", **key("jarkom_2028")), client="iphone",
  note="'Yang baru:' on a line of its own after the sentence naming the field; the value a bullet below.")

M("credits-word-dinaikkan-empat", "2028-10-10 08:30:00",
  ("Slamet Riyadi", "slamet.riyadi@polibatam.ac.id"),
  "bobot MK Fisika Dasar",
  """Yth. Helpdesk,

Mohon bobot MK Fisika Dasar (TF1101) di e-learning dinaikkan menjadi empat SKS mulai semester ini.

Terima kasih,
Slamet
""", "course_data", "id", cd("TF1101", "Fisika Dasar", credits="empat SKS"),
  note="Credits raised to a number spelled as a word.")

M("en-credits-word-should-be-four", "2028-10-10 11:15:00",
  ("Amelia Clarke", "amelia.clarke@polibatam.ac.id"),
  "Statics credits",
  """Dear team,

Statics (CE1203) shows 3 credits on the e-learning page; it should be four credits from this year.

Thanks,
Amelia
""", "course_data", "en", cd("CE1203", "Statics", credits="four credits"), client="outlook",
  note="The right count spelled out after 'should be'.")

M("credits-harusnya-dua-bukan-tiga", "2028-10-10 14:00:00",
  ("Rini Anggraeni", "rini.anggraeni@polibatam.ac.id"),
  "sks MK etika profesi salah",
  """Halo P4M, sks MK Etika Profesi (IF4102) di elearning harusnya dua, bukan tiga. Mohon dibetulkan ya.

Rini
""", "course_data", "id", cd("IF4102", "Etika Profesi", credits="dua"), client="iphone",
  note="The right count as a word, then the wrong one after 'bukan'.")

M("subject-only-class-menjadi", "2028-10-11 09:30:00",
  ("Anton Wijaya", "anton.wijaya@polibatam.ac.id"),
  "Mohon ubah kelas TI2210 menjadi TI-2C",
  """Terima kasih Pak.

Anton
""", "course_data", "id", cd("TI2210", None, **klass("TI-2C")), client="iphone",
  note="The change only in the subject, 'ubah kelas X menjadi Y'.")

M("en-subject-only-key-arrow", "2028-10-11 13:45:00",
  ("Sophie Laurent", "sophie.laurent@polibatam.ac.id"),
  "Enrol key IF3104 -> if3104#new please",
  """thx!
""", "course_data", "en", cd("IF3104", None, **key("if3104#new")), client="iphone",
  note="Subject only, in English with an arrow.")

BATCH_ENDS.append(len(E.MAILS))

# ---------------------------------------------------------------- batch 3

M("en-rename-with-short-name", "2028-11-01 08:20:00",
  ("Nadia Rahman", "nadia.rahman@polibatam.ac.id"),
  "Work Study course",
  """Dear P4M,

Following the curriculum review, please rename IE2104 Work Study to Work Study and Ergonomics, with short name WSE-2104.

Kind regards,
Nadia Rahman
""", "course_data", "en",
  cd("IE2104", "Work Study", fullname="Work Study and Ergonomics", shortname="WSE-2104"), client="outlook",
  note="A second change attached to a rename by 'with short name'.")

M("rename-dengan-nama-singkat", "2028-11-01 10:40:00",
  ("Joko Susilo", "joko.susilo@polibatam.ac.id"),
  "Nama MK Termodinamika",
  """Selamat siang,

Mohon nama MK TK2201 Termodinamika diganti menjadi Termodinamika Teknik, dengan nama singkat TERMO-TK.

Terima kasih,
Joko
""", "course_data", "id",
  cd("TK2201", "Termodinamika", fullname="Termodinamika Teknik", shortname="TERMO-TK"),
  note="'dengan nama singkat Y' after the new name.")

M("en-renamed-and-given-short-name", "2028-11-01 14:05:00",
  ("Peter Novak", "peter.novak@polibatam.ac.id"),
  "Linear Algebra",
  """Hello,

Could MA2201 Linear Algebra be renamed Applied Linear Algebra and given the short name ALA-2201?

Thanks a lot,
Peter
""", "course_data", "en",
  cd("MA2201", "Linear Algebra", fullname="Applied Linear Algebra", shortname="ALA-2201"), client="thunderbird",
  note="'and given the short name Y' after the rename.")

M("near-rename-same-short-name", "2028-11-02 09:15:00",
  ("Siti Rahayu", "siti.rahayu@polibatam.ac.id"),
  "Rename Cost Accounting",
  """Hi,

Please rename AK2203 Cost Accounting to Cost and Management Accounting, with the same short name as before.

Siti
""", "course_data", "en",
  cd("AK2203", "Cost Accounting", fullname="Cost and Management Accounting"), client="outlook",
  note="Near-miss: 'with the same short name' keeps it; only the name changes.")

M("en-make-it-next-sentence-key", "2028-11-02 11:30:00",
  ("Marco Bianchi", "marco.bianchi@polibatam.ac.id"),
  "Hydraulics enrolment key",
  """Hello,

The enrolment key of Hydraulics (CE2202) is still hyd2025 from last year. Please make it HYD-ganjil28 instead.

Grazie,
Marco
""", "course_data", "en", cd("CE2202", "Hydraulics", **key("HYD-ganjil28")), client="outlook",
  note="The field named in one sentence, 'make it Y instead' in the next.")

M("en-kindly-make-it-short-name", "2028-11-02 15:10:00",
  ("Chukwuemeka Obi", "emeka.obi@polibatam.ac.id"),
  "Marine Engineering short name",
  """Good afternoon,

The short name of my course Marine Engineering (MR3101) appears as ME3 in the dashboard, which students find confusing. Kindly make it MARENG-3101.

Regards,
Emeka
""", "course_data", "en", cd("MR3101", "Marine Engineering", shortname="MARENG-3101"),
  note="'Kindly make it Y' after a sentence saying what the short name shows.")

M("dibuat-kelas-kalimat-berikut", "2028-11-03 08:50:00",
  ("Heru Santoso", "heru.santoso@polibatam.ac.id"),
  "Kelas Gambar Teknik",
  """Pagi,

Kelas MK Gambar Teknik (TM1104) di e-learning masih tertulis TM-1A. Tolong dibuat TM-1A Malam saja.

Heru
""", "course_data", "id", cd("TM1104", "Gambar Teknik", **klass("TM-1A Malam")), client="iphone",
  note="'Tolong dibuat Y' in the sentence after the one naming the field and its current value.")

M("near-make-it-visible", "2028-11-03 13:25:00",
  ("Anna Kowalska", "anna.kowalska@polibatam.ac.id"),
  "Course visibility",
  """Hi,

The short name of Materials Science (ME2103) is MATSCI, that is fine. Please make it visible to the students from Monday instead of hidden.

Anna
""", "course_data", "en", cd("ME2103", "Materials Science"), client="thunderbird",
  note="Near-miss: 'make it visible' is no value of the field named before.")

BATCH_ENDS.append(len(E.MAILS))

# ---------------------------------------------------------------- batch 4

M("reply-value-for-paraphrased-ask-shortname", "2028-11-13 08:30:00",
  ("Dian Puspita", "dian.puspita@polibatam.ac.id"),
  "Re: [P4M #4620] Nama singkat MK",
  """KIMOR-2B

Pada Sen, 13 Nov 2028 pukul 08.05 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
> Yth. Ibu Dian,
> Mohon lengkapi: nama singkat baru yang diinginkan.
> Terima kasih.
>
> Pada Sen, 13 Nov 2028 pukul 07.48 Dian Puspita menulis:
>> Pagi, tolong ganti nama singkat MK Kimia Organik (TK2104), yang sekarang membingungkan mahasiswa.
""", "course_data", "id", cd("TK2104", "Kimia Organik", shortname="KIMOR-2B"),
  reply="<tkt-4620.ack@helpdesk.polibatam.ac.id>",
  note="The value alone for the field the paraphrased ask names; the request below named the field, no value.")

M("en-reply-value-for-provide-key", "2028-11-13 10:50:00",
  ("Olumide Adeyemi", "olumide.adeyemi@polibatam.ac.id"),
  "RE: [P4M #4628] Surveying enrolment key",
  """Survey#2028

Olumide

On Mon, 13 Nov 2028, 10:31 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> Dear Mr Adeyemi,
> Please provide the new enrolment key.
> Regards, Helpdesk P4M
>
> On Mon, 13 Nov 2028, 10:02 Olumide Adeyemi wrote:
>> Please change the enrolment key for Surveying (CE2105); last year's students still use it.
""", "course_data", "en", cd("CE2105", "Surveying", **key("Survey#2028")), client="outlook",
  reply="<tkt-4628.ack@helpdesk.polibatam.ac.id>",
  note="'Please provide the new enrolment key' answered by the key alone.")

M("reply-credits-for-dilengkapi-sks", "2028-11-14 09:15:00",
  ("Gunawan Siregar", "gunawan.siregar@polibatam.ac.id"),
  "Re: [P4M #4633] SKS Statistika Industri",
  """3 sks pak

Pada Sel, 14 Nov 2028 pukul 08.40 Helpdesk P4M menulis:
> Mohon dilengkapi jumlah SKS yang benar, Pak.
>
> Pada Sel, 14 Nov 2028 pukul 08.12 Gunawan Siregar menulis:
>> SKS MK Statistika Industri (IE2201) di e-learning salah, mohon dibetulkan.
""", "course_data", "id", cd("IE2201", "Statistika Industri", credits="3 sks"), client="iphone",
  reply="<tkt-4633.ack@helpdesk.polibatam.ac.id>",
  note="The count for 'jumlah SKS yang benar', asked in a paraphrase.")

M("reply-labelled-class-plus-question", "2028-11-14 13:30:00",
  ("Fransiska Lamury", "fransiska.lamury@polibatam.ac.id"),
  "Re: [P4M #4641] Kelas Basis Data Lanjut",
  """Kelas: TI-3A Malam

Btw, jadwal kuliahnya ikut berubah tidak ya?

Pada Sel, 14 Nov 2028 pukul 13.02 Helpdesk P4M menulis:
> Mohon lengkapi kelas barunya ya, Bu.
>
> Pada Sel, 14 Nov 2028 pukul 12.40 Fransiska Lamury menulis:
>> Pak, kelas MK Basis Data Lanjut (IF3102) tolong dipindah, mahasiswanya pindah ke program malam.
""", "course_data", "id", cd("IF3102", "Basis Data Lanjut", **klass("TI-3A Malam")),
  reply="<tkt-4641.ack@helpdesk.polibatam.ac.id>",
  note="A labelled value, then a question of the writer's own.")

M("near-reply-hedged-later", "2028-11-15 08:10:00",
  ("Yusuf Maulana", "yusuf.maulana@polibatam.ac.id"),
  "Re: [P4M #4650] Nama singkat MK",
  """Nama singkatnya nanti saya kabari setelah rapat prodi ya.

Pada Rab, 15 Nov 2028 pukul 07.50 Helpdesk P4M menulis:
> Mohon lengkapi: nama singkat baru yang diinginkan.
>
> Pada Rab, 15 Nov 2028 pukul 07.31 Yusuf Maulana menulis:
>> Pagi, nama singkat MK Mekatronika Dasar (MK1203) mohon diganti.
""", "course_data", "id", cd("MK1203", "Mekatronika Dasar"),
  reply="<tkt-4650.ack@helpdesk.polibatam.ac.id>",
  note="Near-miss: the reply promises the value later; nothing is claimed.")

BATCH_ENDS.append(len(E.MAILS))


if __name__ == "__main__":
    only = os.environ.get("TUNE30_BATCH")
    if only:
        b = int(only)
        del E.MAILS[BATCH_ENDS[b - 1]:]
        del E.MAILS[:BATCH_ENDS[b - 2] if b > 1 else 0]
    E.PLAN = {}
    for mail in E.MAILS:
        E.PLAN[mail["type"]] = E.PLAN.get(mail["type"], 0) + 1
    sys.exit(E.main())

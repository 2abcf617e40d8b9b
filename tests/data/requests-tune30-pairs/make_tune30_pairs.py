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


if __name__ == "__main__":
    E.PLAN = {"course_data": len(E.MAILS)}
    only = os.environ.get("TUNE30_BATCH")
    if only:
        b = int(only)
        del E.MAILS[BATCH_ENDS[b - 1]:]
        del E.MAILS[:BATCH_ENDS[b - 2] if b > 1 else 0]
    sys.exit(E.main())

#!/usr/bin/env python3
"""Generate corpus requests-tune40-forms: the shapes in which a change and its course are written.

Standard library only (email, zipfile, datetime, json) and deterministic: fixed dates, Message-IDs, attachment
bytes and zip timestamps, no randomness, no current time; two runs write identical bytes. It writes the .eml files
and labels.json into its own folder. Run from the repository root:
    .venv/bin/python tests/data/requests-tune40-forms/make_tune40.py
"""
import io
import json
import re
import zipfile
from datetime import datetime, timedelta, timezone
from email import base64mime, message_from_bytes, policy, quoprimime
from email.message import EmailMessage, MIMEPart
from email.utils import formataddr
from xml.etree import ElementTree

POLICY = policy.default     # how the checks read the mail
BUILD = policy.compat32     # how the mail is written: headers kept exactly as the client writes them
HELPDESK = "helpdesk-p4m@polibatam.ac.id"
HELPDESK_NAME = "Helpdesk P4M"
OUT = __file__.rpartition("/")[0] or "."
CORPUS = "tune40"

FIELDS = ("fullname", "shortname", "lecturer", "class", "enrolment_key", "summary", "credits", "semester")
FWD = "---------- Forwarded message ---------"
SPECS = []


def M(slug, client, quirk, lang, typ, sender, subject, when, tz, body, fields, note, decoys=(), **extra):
    """One mail. when = (y, mo, d, h, mi, s) local time; tz = UTC offset in hours (int) or (hours, minutes).

    extra: enc (transfer encoding of the main text), reply_to (name of a helpdesk mail it answers), refs (an
    explicit Message-ID it answers), attach (a DOCX or PDF built by hand that carries the request), quote_from
    (where the quoted part of a reply starts: labelled values must stand before it), deep_from (where the
    forwarded part starts: no labelled value may stand before it), own_line (a field whose value stands on a
    line of its own)."""
    spec = dict(slug=slug, client=client, quirk=quirk, lang=lang, type=typ, sender=sender, subject=subject,
                when=when, tz=tz, body=body, fields=fields, note=note, decoys=list(decoys))
    spec.update(extra)
    SPECS.append(spec)


def CD(code, name, changes):
    return {"course_code": code, "course_name": name, "changes": dict(changes)}


def C(code=None, name=None):
    f = {}
    if code:
        f["course_code"] = code
    if name:
        f["course_name"] = name
    return f


def ANN(title, scope, publish_at, code=None, name=None):
    f = C(code, name)
    f.update({"title": title, "scope": scope, "publish_at": publish_at})
    return f


def DOC(kind, filename, blocks, title, author, created):
    """An attachment built by hand. blocks: a str is a paragraph, ("b", str) a bold one, ("table", rows) a table
    (DOCX only). created = (y, mo, d, h, mi) in UTC."""
    return dict(kind=kind, filename=filename, blocks=blocks, title=title, author=author, created=created)


# =================================================================================================================
# course_data (40)
# =================================================================================================================

M("banjar-dosen-hanyar", "gmail", "alt", "id", "course_data",
  ("Ahmad Syarifuddin", "ahmad.syarifuddin@polibatam.ac.id"),
  "Ganti dosen Robotika Lanjut - Praktikum (TE 2.201)", (2026, 10, 1, 8, 40, 12), 7,
  """Assalamualaikum, selamat pagi pian-pian di P4M,

Ulun Syarifuddin, koordinator Lab Robotika Teknik Elektro. Handak minta tolong gantiakan ngaran dosen di course Robotika Lanjut - Praktikum (TE 2.201). Course teorinya, Robotika Lanjut (TE 2.200), kada usah diapa-apakan, dosennya masih sama.

Dosen lawas: Ir. Gusti Rahman Noor, M.T.
Dosen hanyar: Muhammad Riduan Arsyad, S.T., M.Eng.

Pak Gusti sudah pindah tugas ke Banjarmasin mulai bulan ini, jadi praktikum dipegang Pak Riduan.

Makasih banyak lah.

Wassalam,
Ahmad Syarifuddin, S.T., M.T.
Koordinator Lab Robotika | Jurusan Teknik Elektro
WA 0852-4810-3377
""",
  CD("TE 2.201", "Robotika Lanjut - Praktikum", {"lecturer": "Muhammad Riduan Arsyad, S.T., M.Eng."}),
  "Banjar-flavoured Indonesian; 'Dosen lawas:' then 'Dosen hanyar:' label lines; course name with a spaced dash and a dotted code; the theory course of the same name named after it",
  decoys=["Ir. Gusti Rahman Noor, M.T.", "TE 2.200", "Ahmad Syarifuddin, S.T., M.T.", "0852-4810-3377"])

M("sunda-tertulis-padahal-dosen", "outlook", "alt", "id", "course_data",
  ("Euis Komalasari", "admin.akm@polibatam.ac.id"),
  "Koreksi nama dosen SIA kelas AK 2B", (2026, 10, 2, 10, 14, 51), 7,
  """Punten, Bapak/Ibu di P4M,

Sim kuring Euis, admin Prodi Akuntansi Manajerial. Mau melaporkan kekeliruan di e-learning.

Untuk mata kuliah Sistem Informasi Akuntansi (AK 2.207) kelas AK 2B, nama dosen yang tertulis sekarang Drs. Asep Saepudin, M.Si., padahal seharusnya Dr. Neneng Sri Mulyani, S.E., M.Ak.

Pak Asep teh tetap mengajar SIA untuk kelas AK 2A, jadi course kelas AK 2A mah jangan diubah nya.

Hatur nuhun pisan.

Wilujeng,
Euis Komalasari
Admin Prodi Akuntansi Manajerial
Ext. 1213
""",
  CD("AK 2.207", "Sistem Informasi Akuntansi", {"lecturer": "Dr. Neneng Sri Mulyani, S.E., M.Ak."}),
  "Sundanese-flavoured; 'nama dosen yang tertulis sekarang X, padahal seharusnya Y' with the field named before; the old value ends in 'M.Si.,'; another class keeps the old lecturer",
  decoys=["Drs. Asep Saepudin, M.Si.", "AK 2A"])

M("indian-currently-reads-field-after", "gmail", "alt", "mixed", "course_data",
  ("Venkatesh Subramaniam", "venkatesh.s@polibatam.ac.id"),
  "Course page correction - TRPL 3-210", (2026, 10, 5, 9, 5, 33), 7,
  """Selamat pagi P4M team,

Greetings of the day. I am teaching in Teknologi Rekayasa Perangkat Lunak this semester under the visiting faculty scheme.

On my course page (TRPL 3-210) it currently reads Intro to IoT but it should read Internet of Things Systems Design - this is the full course name (nama mata kuliah) as in the curriculum book. The short name IOT-TRPL3 is fine, kindly do not touch it.

Kindly do the needful. Terima kasih banyak.

With regards,
Dr. Venkatesh Subramaniam
Visiting Lecturer | Dept. of Informatics Engineering
Politeknik Negeri Batam
+62 812-7039-5521
""",
  CD("TRPL 3-210", "Intro to IoT", {"fullname": "Internet of Things Systems Design"}),
  "Indian English with Indonesian bits; 'it currently reads X but it should read Y - this is the full course name': the field is named after the value, behind a spaced dash that is not part of it",
  decoys=["IOT-TRPL3", "Dept. of Informatics Engineering", "+62 812-7039-5521"])

M("batam-key-field-only-in-subject", "android", "alt", "mixed", "course_data",
  ("Felicia Halim", "felicia.halim@polibatam.ac.id"),
  "enrolment key Workshop: Data Visualization", (2026, 10, 5, 20, 31, 8), 7,
  """Halo min 👋

Yg tertulis sekarang masih dataviz2025, padahal seharusnya DataViz#Gjl26. Course-nya Workshop: Data Visualization (WSP-DV01), yang buat anak semester 5.

Yg lama udh kesebar di grup angkatan atas, makanya mau diganti. Thanks ya min!

Felicia
""",
  CD("WSP-DV01", "Workshop: Data Visualization", {"enrolment_key": "DataViz#Gjl26"}),
  "young Batam lecturer; the field (enrolment key) is named only in the subject; 'yg tertulis sekarang X, padahal seharusnya Y' comes before the course, whose name has a colon; a semester named in passing",
  decoys=["dataviz2025"])

M("jawa-admin-space-table-lama-baru", "thunderbird", "plain", "id", "course_data",
  ("Sri Lestari Handayani", "admin.trpl@polibatam.ac.id"),
  "Perubahan data MK TRPL 3-208 Rekayasa Perangkat Lunak - Proyek", (2026, 10, 6, 13, 22, 40), 7,
  """Sugeng siang Bapak/Ibu P4M,

Nuwun sewu, kami dari Prodi TRPL mohon bantuan perubahan data course berikut di e-learning.

Mata kuliah : Rekayasa Perangkat Lunak - Proyek
Kode        : TRPL 3-208

Data         Lama                           Baru
-----------  -----------------------------  ---------------------------------
Dosen        Sugeng Riyadi, S.Kom., M.T.    Dr. Wahyu Hidayat, S.Kom., M.Cs.
Kelas        TRPL 3A                        TRPL 3A dan TRPL 3B
SKS          4                              4

SKS tidak berubah, hanya kami tulis supaya lengkap. Mulai minggu depan kelas 3A dan 3B digabung dalam satu course, jadi kelasnya ditulis dua-duanya.

Matur nuwun sanget.

Salam,
Sri Lestari Handayani, A.Md.Kom.
Admin Prodi Teknologi Rekayasa Perangkat Lunak
Ext. 2201
""",
  CD("TRPL 3-208", "Rekayasa Perangkat Lunak - Proyek",
     {"lecturer": "Dr. Wahyu Hidayat, S.Kom., M.Cs.", "class": "TRPL 3A dan TRPL 3B"}),
  "Javanese-flavoured admin; plain-text table aligned with spaces under 'Data / Lama / Baru' and a dashed underline; the SKS row repeats the same value; 'Mata kuliah :' and 'Kode :' label lines; long lines hard-wrapped at 72",
  decoys=["Sugeng Riyadi, S.Kom., M.T.", "TRPL 3A"], enc="8bit")

M("dutch-space-table-field-current-new", "neomutt", "plain", "en", "course_data",
  ("Pieter van der Linden", "pieter.vanderlinden@hnz-partner.nl"),
  "Changes for ME 4.115 Renewable Energy Lab: Wind and Solar", (2026, 10, 7, 15, 40, 2), 2,
  """Dear helpdesk,

Hereby the changes we agreed on in Monday's call with Pak Hendra for the joint course Renewable Energy Lab: Wind and Solar (ME 4.115). Our students start on 19 October, so it would be nice to have it done before then.

Field          Current               New
-------------  --------------------  ---------------------
Short name     ME4115-2025           REL-WINDSOLAR
Enrolment key  (none)                Zon&Wind-2026
Credits        2                     3
Lecturer       Hendra Saputra, M.T.  Hendra Saputra, M.T.

The lecturer stays Pak Hendra on your side. I will only be added as a guest teacher later, so there is no need to put my name on the course page.

Met vriendelijke groet / kind regards,

Pieter
--
Pieter van der Linden
Lecturer | Dept. of Mechanical Engineering
Hogeschool Noord-Zwolle (partner), the Netherlands
""",
  CD("ME 4.115", "Renewable Energy Lab: Wind and Solar",
     {"shortname": "REL-WINDSOLAR", "enrolment_key": "Zon&Wind-2026", "credits": "3"}),
  "Dutch partner in NeoMutt, +0200 (summer time); 'Field / Current / New' table aligned with spaces; three rows change, the lecturer row repeats; '(none)' as a current value; signature with a role line",
  decoys=["ME4115-2025", "Hendra Saputra, M.T.", "19 October", "Dept. of Mechanical Engineering"])

M("minang-pipe-table-unaligned", "roundcube", "qp", "id", "course_data",
  ("Rahmi Yusra", "admin.abt@polibatam.ac.id"),
  "Mohon ubah data MK MB 1.103", (2026, 10, 8, 10, 50, 19), 7,
  """Assalamualaikum wr. wb.

Salamaik siang, Uda/Uni di P4M.

Ambo Rahmi, admin Prodi Administrasi Bisnis Terapan. Ado duo data nan paralu diubah untuak course MB 1.103 Pengantar Manajemen Bisnis, sasuai kurikulum baru:

| Data | Lama | Baru |
|---|---|---|
| Nama MK | Pengantar Manajemen Bisnis | Pengantar Manajemen & Bisnis Digital |
| Semester | 2 | 1 |
| Kelas | MB 1A | MB 1A |

Kelas indak barubah, tatap MB 1A.

Tarimo kasih banyak, Uda/Uni.

Wassalam,
Rahmi Yusra
Admin Prodi Administrasi Bisnis Terapan
""",
  CD("MB 1.103", "Pengantar Manajemen Bisnis",
     {"fullname": "Pengantar Manajemen & Bisnis Digital", "semester": "1"}),
  "Minang-flavoured admin; unaligned pipe table '| Data | Lama | Baru |' with '|---|'; code before the name; the class row repeats; new name with '&'",
  decoys=["MB 1A"])

M("nigerian-pipe-table-aligned", "gmail", "alt", "en", "course_data",
  ("Adebayo Ogunleye", "a.ogunleye@lcp-partner.edu.ng"),
  "Power Electronics: Converters and Drives (EL 3.204) - lecturer and class", (2026, 10, 9, 11, 5, 44), 1,
  """Good morning,

Trust this meets you well. I write on behalf of the Department of Electrical/Electronic Engineering of our Polytechnic in Lagos, regarding the collaborative course Power Electronics: Converters and Drives (EL 3.204) which our students take online with Polibatam.

Kindly effect the following on the course page:

Field    | Current          | New
---------|------------------|------------------------------
Lecturer | Engr. Musa Bello | Engr. Dr. Chukwuemeka Okafor
Class    | EL 3A            | EL 3 Evening

Engr. Bello has proceeded on study leave. The class change is because our students join at 2pm Lagos time, which is the evening session in Batam.

Thanks and God bless.

Warm regards,
Engr. Adebayo Ogunleye, MNSE
Head, Department of Electrical/Electronic Engineering
Lagos City Polytechnic (partner institution)
+234 803 512 7764
""",
  CD("EL 3.204", "Power Electronics: Converters and Drives",
     {"lecturer": "Engr. Dr. Chukwuemeka Okafor", "class": "EL 3 Evening"}),
  "Nigerian English, +0100; pipe table 'Field | Current | New' aligned with spaces (nbsp runs in the HTML part); 'Engr.' kept as a title; the sender's own 'Engr.' name and a Lagos time named",
  decoys=["Engr. Musa Bello", "EL 3A", "Engr. Adebayo Ogunleye, MNSE", "+234 803 512 7764"])

M("batak-nota-dinas-body", "outlook", "htmlonly", "id", "course_data",
  ("Parlindungan Sitompul", "kajur.if@polibatam.ac.id"),
  "Nota Dinas - Perubahan Nama Mata Kuliah Keamanan Siber", (2026, 10, 12, 8, 30, 27), 7,
  """Horas, Bapak/Ibu. Berikut nota dinas kami, aslinya menyusul lewat kurir.

NOTA DINAS
Nomor: 0412/PL29.TI/ND/2026

Kepada: Kepala P4M Politeknik Negeri Batam
Dari: Ketua Jurusan Teknik Informatika
Tanggal: 12 Oktober 2026
Perihal: Perubahan Nama Mata Kuliah Keamanan Siber

Dengan hormat,

Berdasarkan hasil rapat peninjauan kurikulum Program Studi Rekayasa Keamanan Siber tanggal 5 Oktober 2026, bersama ini kami mohon agar nama mata kuliah Keamanan Siber (RKS.3104) pada e-learning diubah menjadi Keamanan Siber dan Forensik Digital.

Kode mata kuliah, dosen pengampu (Dr. Marihot Tua Simbolon, S.Kom., M.T.), dan kelas RKS 3A tidak berubah.

Demikian nota dinas ini disampaikan. Atas kerja samanya diucapkan terima kasih.

Ketua Jurusan Teknik Informatika,

Dr. Parlindungan Sitompul, S.T., M.Kom.
NIP 197905122005011003
""",
  CD("RKS.3104", "Keamanan Siber", {"fullname": "Keamanan Siber dan Forensik Digital"}),
  "Batak head of department; a nota dinas as the body, with 'Kepada:/Dari:/Tanggal:/Perihal:' header lines before the request (not a quoted mail); the new name extends the old one; code with a dot",
  decoys=["0412/PL29.TI/ND/2026", "5 Oktober 2026", "Dr. Marihot Tua Simbolon, S.Kom., M.T.", "RKS 3A",
          "197905122005011003"], enc="qp")

M("sg-memo-body-to-from", "outlook", "alt", "en", "course_data",
  ("Goh Siew Lan", "goh.siewlan@tbp-partner.edu.sg"),
  "MEMO: Change of course coordinator - BAC.401", (2026, 10, 13, 16, 20, 5), 8,
  """Hi P4M team,

Please see the memo below, which our Director has signed. Thanks!

MEMO

To: Helpdesk P4M, Politeknik Negeri Batam
From: Goh Siew Lan, Course Chair, School of Business, Temasek Bay Polytechnic
Date: 13 October 2026
Subject: Change of course coordinator for Business Analytics Capstone (BAC.401)

1. With effect from 19 October 2026, Dr Rajesh Kumar Pillai will take over as course coordinator of Business Analytics Capstone from Mr Ng Wei Jie, who has moved to our Industry Projects office.
2. Please update the lecturer shown on the course page accordingly. Mr Ng will remain enrolled as a non-editing teacher until the end of term.
3. All other course details remain unchanged.

Regards,
Goh Siew Lan (Ms)
Course Chair, Business Analytics
School of Business | Temasek Bay Polytechnic
DID +65 6780 2245
""",
  CD("BAC.401", "Business Analytics Capstone", {"lecturer": "Dr Rajesh Kumar Pillai"}),
  "Singapore partner, +0800; a memo with 'To:/From:/Date:/Subject:' lines in the body under one line of cover; numbered memo points (Outlook list); the new lecturer told as 'will take over ... from'",
  decoys=["Ng Wei Jie", "19 October 2026", "Goh Siew Lan", "+65 6780 2245"])

M("bugis-surat-kaprodi", "outlook", "docx", "id", "course_data",
  ("Andi Nurul Fadhilah", "admin.lpi@polibatam.ac.id"),
  "Surat permohonan perubahan data MK Manajemen Pergudangan", (2026, 10, 14, 9, 45, 30), 7,
  """Tabe', Bapak/Ibu di P4M,

Iye, bersama ini saya kirimkan surat permohonan dari Kaprodi untuk perubahan data mata kuliah Manajemen Pergudangan di e-learning. Suratnya ada di lampiran di', sudah ditandatangani Ibu Kaprodi.

Mohon dibantu nah. Terima kasih banyak.

Salam,
Andi Nurul Fadhilah
Admin Prodi Logistik Perdagangan Internasional
Ext. 1510
""",
  CD("LPI 2.106", "Manajemen Pergudangan",
     {"fullname": "Manajemen Pergudangan dan Persediaan", "shortname": "MPP-LPI2"}),
  "Bugis-flavoured cover note ('Tabe'', 'iye', 'di''); the request is only in an attached DOCX letter with 'Nomor/Kepada/Dari/Tanggal/Perihal' lines and a numbered list; the code is only in the letter",
  decoys=["215/PL29.MB/LPI/2026", "Andi Muhammad Rusli, S.T., M.T.", "13 Oktober 2026"],
  attach=DOC("docx", "Surat Permohonan Perubahan Data MK LPI.docx", [
      ("b", "PROGRAM STUDI LOGISTIK PERDAGANGAN INTERNASIONAL"),
      ("b", "POLITEKNIK NEGERI BATAM"),
      "",
      "Nomor: 215/PL29.MB/LPI/2026",
      "Kepada: Yth. Kepala P4M Politeknik Negeri Batam",
      "Dari: Ketua Program Studi Logistik Perdagangan Internasional",
      "Tanggal: 13 Oktober 2026",
      "Perihal: Permohonan Perubahan Data Mata Kuliah",
      "",
      "Dengan hormat,",
      "Sehubungan dengan penyesuaian kurikulum 2026, kami mohon perubahan data mata kuliah Manajemen Pergudangan "
      "(LPI 2.106) pada e-learning sebagai berikut:",
      "1. Nama mata kuliah menjadi Manajemen Pergudangan dan Persediaan",
      "2. Nama singkat menjadi MPP-LPI2",
      "Dosen pengampu tetap Andi Muhammad Rusli, S.T., M.T.",
      "Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja samanya kami ucapkan terima kasih.",
      "",
      "Ketua Program Studi,",
      "",
      "Dr. Andi Besse Tenriawaru, S.E., M.M.",
      "NIP 198204112010122001",
  ], "Permohonan Perubahan Data Mata Kuliah", "Andi Nurul Fadhilah", (2026, 10, 13, 2, 11)))

M("japanese-official-letter", "gmail", "pdf", "en", "course_data",
  ("Mayumi Sato", "m-sato@hit-partner.ac.jp"),
  "Official letter: change of instructor and enrolment key (MK 4.210)", (2026, 10, 15, 10, 0, 41), 9,
  """Dear Sir or Madam,

I hope this e-mail finds you well. I am Mayumi Sato from the Center for International Education, Hokuriku Institute of Technology.

Please find attached our official letter concerning the joint course Mechatronics Design: Joint Project (MK 4.210). We are sorry for the trouble, and we would be grateful if you could handle it before our students' first online session.

Best regards,

Mayumi Sato (Ms.)
Center for International Education
Hokuriku Institute of Technology
TEL: +81-76-248-1100
""",
  CD("MK 4.210", "Mechatronics Design: Joint Project",
     {"lecturer": "Dr. Kenji Yamamoto", "enrolment_key": "HIT-PB-MD26"}),
  "Japanese partner, +0900; cover mail names the course; the two changes are only in an attached PDF letter with 'To:/From:/Date:/Subject:' lines; the key ends a sentence with a full stop",
  decoys=["Prof. Hiroshi Tanaka", "mdjp2025", "Prof. Dr. Ichiro Nakamura"],
  attach=DOC("pdf", "HIT-letter-MK4210.pdf", [
      ("b", "Hokuriku Institute of Technology"),
      ("b", "Center for International Education"),
      "",
      "To: Head of P4M, Politeknik Negeri Batam",
      "From: Prof. Dr. Ichiro Nakamura, Director, Center for International Education",
      "Date: October 15, 2026",
      "Subject: Request to change the instructor and the enrolment key",
      "",
      "Dear Colleague,",
      "",
      "Concerning the joint course Mechatronics Design: Joint Project (MK 4.210) on your e-learning",
      "system, we kindly request the following two changes.",
      "",
      "1. Instructor: Prof. Hiroshi Tanaka will be on research leave from November 2026.",
      "    The new instructor is Dr. Kenji Yamamoto.",
      "2. Enrolment key: please change it to HIT-PB-MD26.",
      "    The present key (mdjp2025) was also used last year.",
      "",
      "We appreciate your kind cooperation.",
      "",
      "Sincerely yours,",
      "",
      "Prof. Dr. Ichiro Nakamura",
      "Director, Center for International Education",
  ], "Request to change the instructor and the enrolment key", "HIT CIE", (2026, 10, 15, 0, 52)))

M("jawa-anyar-lawas-labels", "iphone", "qp", "id", "course_data",
  ("Bagus Prasetyo", "bagus.prasetyo@polibatam.ac.id"),
  "PBO IF 2B", (2026, 10, 16, 21, 10, 15), 7,
  """Malam mas mbak P4M,
Nyuwun tulung nggih, course Pemrograman Berorientasi Objek (IF 2.203) kelas IF 2B:
Nama singkat lawas: IF2203-B
Nama singkat anyar: PBO-IF2B
Kode enrol anyar: pbo.jaya26
Kode enrol lawas (pbo2b) sudah kesebar di grup WA angkatan.
Maturnuwun sanget 🙏
Bagus

Dikirim dari iPhone saya
""",
  CD("IF 2.203", "Pemrograman Berorientasi Objek", {"shortname": "PBO-IF2B", "enrolment_key": "pbo.jaya26"}),
  "Javanese phone mail; 'lawas'/'anyar' label lines ('Nama singkat anyar:', 'Kode enrol anyar:'); the old key only in brackets on a 'lawas' line",
  decoys=["IF2203-B", "pbo2b"])

M("malaysia-baharu-labels", "outlook", "alt", "id", "course_data",
  ("Mohd Hafiz bin Zainal", "hafiz.zainal@psj-partner.edu.my"),
  "Maklumat baharu kursus Proyek Perangkat Lunak: Kolaborasi Internasional", (2026, 10, 19, 10, 30, 16), 8,
  """Assalamualaikum dan salam sejahtera,

Tuan/Puan,

Merujuk kepada kursus Proyek Perangkat Lunak: Kolaborasi Internasional (TRPL 4-301) yang dijalankan bersama antara Polibatam dan politeknik kami, dimaklumkan bahawa terdapat dua pertukaran maklumat untuk semester ini:

Nama pensyarah lama: Encik Azman bin Yusof
Nama pensyarah baharu: Ts. Nurul Izzah binti Kamarudin
Kod pendaftaran baharu: KPP-MY26

Kod pendaftaran lama boleh dinyahaktifkan. Nama kursus kekal.

Kerjasama pihak tuan/puan amatlah dihargai.

Sekian, terima kasih.

"BERKHIDMAT UNTUK NEGARA"

Mohd Hafiz bin Zainal
Pegawai Hal Ehwal Antarabangsa
Politeknik Seberang Jaya (rakan kolaborasi)
No. Tel: +604-390 8812
""",
  CD("TRPL 4-301", "Proyek Perangkat Lunak: Kolaborasi Internasional",
     {"lecturer": "Ts. Nurul Izzah binti Kamarudin", "enrolment_key": "KPP-MY26"}),
  "Malaysian Malay, +0800; 'lama'/'baharu' label lines for lecturer and key; course name with a colon and a dashed code",
  decoys=["Azman bin Yusof", "+604-390 8812"])

M("jawa-krama-lami-enggal", "yahoo", "b64", "id", "course_data",
  ("Suharjono", "suharjono.me@yahoo.co.id"),
  "Perubahan pengampu Metrologi Industri", (2026, 10, 20, 6, 45, 58), 7,
  """Kepada Yth.
Bapak/Ibu Pengelola E-Learning P4M

Kula nuwun, dengan hormat.

Nyuwun pangapunten mengganggu. Di e-learning, mata kuliah Metrologi Industri (ME 3.107) masih mencantumkan pengampu yang lama. Mohon kersa diganti sebagai berikut:

Pengampu lami: Ir. Bambang Sudarsono, M.T.
Pengampu enggal: Dr. Ir. Suharjono, M.Eng.

Pak Bambang sampun purna tugas sejak 1 Oktober 2026. Kelas ME 3A dan ME 3B tetap sama, tidak perlu diubah.

Matur nuwun sanget atas bantuannya.

Hormat kula,
Dr. Ir. Suharjono, M.Eng.
Dosen Teknik Mesin
HP 0811-7702-318
""",
  CD("ME 3.107", "Metrologi Industri", {"lecturer": "Dr. Ir. Suharjono, M.Eng."}),
  "senior Javanese lecturer in krama-laced Indonesian; 'Pengampu lami:' / 'Pengampu enggal:' label lines; the new lecturer is the sender, also in the signature",
  decoys=["Ir. Bambang Sudarsono, M.T.", "1 Oktober 2026", "ME 3A"])

M("filipino-colon-title-currently-reads", "outlook", "alt", "en", "course_data",
  ("Ma. Theresa Villanueva", "mt.villanueva@cbac-partner.edu.ph"),
  "Course title correction - LPI 4.302", (2026, 10, 21, 14, 10, 3), 8,
  """Good afternoon po!

This is Ma. Theresa Villanueva, OJT and linkages coordinator of our college in Cebu. Our students are enrolled in your course Seminar: Global Supply Chain Issues (LPI 4.302).

The course title currently reads Seminar: Global Supply Chain Issues but it should read Seminar: Global Supply Chain Risk and Resilience, as in the syllabus both schools signed last August. Kindly update it po.

The faculty-in-charge, Sir Dedy Kurniawan, is correct. Please be guided accordingly.

Thank you so much and God bless!

Respectfully,
Ma. Theresa C. Villanueva, MBA
Linkages Coordinator, College of Business and Accountancy
+63 932 118 4402
""",
  CD("LPI 4.302", "Seminar: Global Supply Chain Issues",
     {"fullname": "Seminar: Global Supply Chain Risk and Resilience"}),
  "Filipino English, +0800; 'The course title currently reads X but it should read Y, as in ...': old and new names both begin 'Seminar:'; an already-correct lecturer named",
  decoys=["Dedy Kurniawan", "+63 932 118 4402"])

M("papua-reply-pakai-ini-saja", "gmail", "reply", "id", "course_data",
  ("Yohanis Wenda", "yohanis.wenda@polibatam.ac.id"),
  "Re: Nama singkat Jaringan Komputer IF 2C", (2026, 10, 22, 7, 50, 21), 9,
  """Selamat pagi kaka-kaka di P4M,

Sa minta maaf, yang sa kirim semalam itu salah ketik, angka satu deng huruf i tertukar. Untuk Jaringan Komputer (IF 2.110) kelas IF 2C, nama singkatnya pakai ini saja:

JARKOM-TI2C

Yang di email bawah jangan dipakai. Trima kasih banyak, Tuhan berkati.

Yohanis Wenda
(sementara di Wamena, sinyal putus-putus)

Pada Rab, 21 Okt 2026 pukul 21.34 Yohanis Wenda <yohanis.wenda@polibatam.ac.id> menulis:
> Selamat malam P4M,
>
> Mohon nama singkat course Jaringan Komputer kelas IF 2C diganti jadi JARKOM-T12C. Yang sekarang masih IF2110-C.
>
> Trima kasih.
> Yohanis
""",
  CD("IF 2.110", "Jaringan Komputer", {"shortname": "JARKOM-TI2C"}),
  "Papuan lecturer, +0900; a reply to his own earlier mail correcting its value: 'pakai ini saja:' then the value on a line of its own; the wrong value stands only in the quote",
  decoys=["JARKOM-T12C", "IF2110-C"], refs="earlier-wenda-jarkom",
  quote_from="Pada Rab, 21 Okt 2026", own_line="shortname")

M("indian-reply-use-this-one", "outlook", "reply", "en", "course_data",
  ("Priya Raghavan", "priya.raghavan@kit-partner.ac.in"),
  "RE: [P4M #4127] Course summary - Embedded Systems Lab (EL.3-207)", (2026, 10, 23, 11, 20, 9), (5, 30),
  """Dear Helpdesk team,

Thank you for the quick acknowledgement. Apologies, the summary I sent yesterday for Embedded Systems Lab (EL.3-207) has an error in the second sentence (we do not use Arduino any more). Please use this one instead:

This laboratory course develops hands-on skills in embedded C programming on ARM Cortex-M microcontrollers. Students work with GPIO, timers, interrupts, ADC and serial communication, and complete a mini project that reads sensors and sends data to a cloud dashboard.

Nothing else needs to change.

Warm regards,
Dr. Priya Raghavan
Associate Professor | Dept. of Electronics and Communication Engineering
Kovai Institute of Technology, Coimbatore

From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Sent: Thursday, October 22, 2026 2:35 PM
To: Priya Raghavan <priya.raghavan@kit-partner.ac.in>
Subject: [P4M #4127] Course summary - Embedded Systems Lab (EL.3-207)

Dear Dr. Priya Raghavan,

Your request has been received with ticket number [P4M #4127].
Request type: Course data change
Course: EL.3-207 Embedded Systems Lab
Changes understood:
- Summary: This laboratory course develops hands-on skills in embedded C programming. Students build small projects on Arduino boards with sensors and displays.

Our staff will follow up on this request. Reply to this e-mail if anything is wrong.

Helpdesk P4M Politeknik Negeri Batam
""",
  CD("EL.3-207", "Embedded Systems Lab",
     {"summary": "This laboratory course develops hands-on skills in embedded C programming on ARM Cortex-M microcontrollers. Students work with GPIO, timers, interrupts, ADC and serial communication, and complete a mini project that reads sensors and sends data to a cloud dashboard."}),
  "Indian partner, +0530; Outlook reply over the helpdesk acknowledgement (From:/Sent:/To:/Subject: block, no '>'); 'Please use this one instead:' then the summary on its own; the old summary only in the quote",
  decoys=["Students build small projects on Arduino boards with sensors and displays."],
  reply_to="ack-4127", quote_from="From: Helpdesk P4M", own_line="summary")

M("bali-bullets-jadi", "gmail", "alt", "id", "course_data",
  ("Ni Putu Ayu Wulandari", "ayu.wulandari@polibatam.ac.id"),
  "Deskripsi course Desain Grafis: Tipografi dan Tata Letak", (2026, 10, 26, 10, 5, 37), 7,
  """Om Swastiastu,

Selamat pagi Bapak/Ibu di P4M. Tiang Ni Putu Ayu Wulandari, dosen Prodi Animasi.

Deskripsi (ringkasan) course Desain Grafis: Tipografi dan Tata Letak (ANM 1.204) masih kosong. Mohon diisi jadi:

- Mengenal anatomi huruf, klasifikasi, dan pasangan huruf
- Menyusun hierarki teks dan grid untuk media cetak dan layar
- Merancang poster, brosur, dan tata letak majalah digital
- Mempresentasikan portofolio tata letak di akhir semester

Untuk course Desain Grafis: Ilustrasi Digital (ANM 1.205) deskripsinya sudah ada, tidak perlu diubah.

Suksma,
Om Shanti Shanti Shanti Om

Ni Putu Ayu Wulandari, S.Sn., M.Ds.
Dosen | Prodi Animasi, Jurusan Teknik Informatika
""",
  CD("ANM 1.204", "Desain Grafis: Tipografi dan Tata Letak",
     {"summary": "- Mengenal anatomi huruf, klasifikasi, dan pasangan huruf\n"
                 "- Menyusun hierarki teks dan grid untuk media cetak dan layar\n"
                 "- Merancang poster, brosur, dan tata letak majalah digital\n"
                 "- Mempresentasikan portofolio tata letak di akhir semester"}),
  "Balinese lecturer ('Om Swastiastu', 'tiang', 'Suksma'); the summary is a dash list after 'Mohon diisi jadi:'; a sister course with the same 'Desain Grafis:' prefix named after it",
  decoys=["Desain Grafis: Ilustrasi Digital", "ANM 1.205"])

M("sunda-bullets-menjadi-berikut", "outlook", "htmlonly", "id", "course_data",
  ("Dadan Ramdani", "kaprodi.trpe@polibatam.ac.id"),
  "Ringkasan MK Sistem Pembangkit Listrik Tenaga Surya", (2026, 10, 27, 13, 35, 48), 7,
  """Wilujeng siang, Bapak/Ibu P4M,

Mohon ringkasan mata kuliah Sistem Pembangkit Listrik Tenaga Surya (TRPE-2.305) di e-learning diubah menjadi berikut:

- Prinsip konversi energi surya dan karakteristik modul fotovoltaik
- Perancangan sistem PLTS atap on-grid dan off-grid
- Pemilihan inverter, baterai, dan proteksi sistem
- Analisis keekonomian dan studi kelayakan PLTS

Ringkasan yang sekarang ("Mata kuliah ini membahas energi terbarukan secara umum") terlalu luas dan sama dengan MK Energi Terbarukan.

Hatur nuhun kana bantosanana.

Dr. Dadan Ramdani, S.T., M.T.
Ketua Program Studi Teknologi Rekayasa Pembangkit Energi
""",
  CD("TRPE-2.305", "Sistem Pembangkit Listrik Tenaga Surya",
     {"summary": "- Prinsip konversi energi surya dan karakteristik modul fotovoltaik\n"
                 "- Perancangan sistem PLTS atap on-grid dan off-grid\n"
                 "- Pemilihan inverter, baterai, dan proteksi sistem\n"
                 "- Analisis keekonomian dan studi kelayakan PLTS"}),
  "Sundanese head of programme; Outlook HTML-only with the summary as an autoformatted dash list (MsoListParagraph) after 'diubah menjadi berikut:'; the current summary quoted after it",
  decoys=["Mata kuliah ini membahas energi terbarukan secara umum", "Energi Terbarukan"], enc="b64")

M("sunda-three-level-chain", "gmail", "fwd", "id", "course_data",
  ("Yayat Supriatna", "yayat.supriatna@polibatam.ac.id"),
  "Fwd: Fwd: Kelas Akuntansi Manajemen", (2026, 10, 28, 8, 15, 4), 7,
  """Tim P4M, mohon dibantu sesuai email Pak Asep di paling bawah. Nuhun.

Dr. Yayat Supriatna, S.E., M.Si.
Ketua Program Studi Akuntansi

---------- Forwarded message ---------
Dari: Rina Marlina <sekprodi.akuntansi@polibatam.ac.id>
Date: Sel, 27 Okt 2026 pukul 15.02
Subject: Fwd: Kelas Akuntansi Manajemen
To: Yayat Supriatna <yayat.supriatna@polibatam.ac.id>


Pak Yayat, punten, ini ada permintaan dari Pak Asep. Kalau Bapak setuju, mangga diteruskan ke P4M.

Rina

---------- Forwarded message ---------
Dari: Asep Hidayat <asep.hidayat@polibatam.ac.id>
Date: Sel, 27 Okt 2026 pukul 09.47
Subject: Kelas Akuntansi Manajemen
To: Rina Marlina <sekprodi.akuntansi@polibatam.ac.id>


Teh Rina, punten. Course Akuntansi Manajemen (AK 2.115) di e-learning masih terpasang untuk kelas AK 2 Pagi A. Padahal semester ini saya ngajar kelas karyawan, jadi kelasnya mohon diganti jadi AK 2 Malam C.

Nuhun pisan,
Asep Hidayat, S.E., M.Ak.
""",
  CD("AK 2.115", "Akuntansi Manajemen", {"class": "AK 2 Malam C"}),
  "Sundanese chain: head of programme forwards a secretary's forward of a lecturer's mail; the code and the new class are only in the deepest message (two nested Gmail forwards)",
  decoys=["AK 2 Pagi A"], deep_from=FWD)

M("malaysia-dean-chain-credits", "outlook", "fwd", "mixed", "course_data",
  ("Dewi Anggraini", "international@polibatam.ac.id"),
  "FW: FW: Cross-Cultural Communication - credit hours", (2026, 10, 29, 9, 30, 55), 7,
  """Hi tim P4M,

Mohon bantuannya ya. The actual request is in the very last e-mail below, from the coordinator at Politeknik Kota Bharu. Dekan mereka sudah approve.

Thanks a lot!
Dewi Anggraini
International Office, Politeknik Negeri Batam
Ext. 1052

From: Roslan bin Ismail <roslan.ismail@pkb-partner.edu.my>
Sent: Wednesday, 28 October 2026 5:12 PM
To: Dewi Anggraini <international@polibatam.ac.id>
Subject: FW: Cross-Cultural Communication - credit hours

Dear Puan Dewi,

Forwarding this for your kind action. I agree with Cik Aisyah's request.

Regards,
Prof. Madya Dr. Roslan bin Ismail
Dekan, Jabatan Perdagangan

From: Nur Aisyah binti Abdullah <aisyah.abdullah@pkb-partner.edu.my>
Sent: Wednesday, 28 October 2026 11:40 AM
To: Roslan bin Ismail <roslan.ismail@pkb-partner.edu.my>
Subject: Cross-Cultural Communication - credit hours

Assalamualaikum Prof,

For the joint course Cross-Cultural Communication (ABT 2-115), the e-learning page still shows 2 credits. Under our MQA-approved structure it is a 3-credit course, so please ask Polibatam to change the credits to 3. Jam kontak mingguan tetap 4 jam, tiada perubahan.

Terima kasih Prof.

Nur Aisyah binti Abdullah
Penyelaras Kursus
""",
  CD("ABT 2-115", "Cross-Cultural Communication", {"credits": "3"}),
  "Batam international office (Indonesian/English) forwards a Malaysian dean's Outlook forward of a coordinator's mail; two From:/Sent:/To:/Subject: blocks; the credits only in the deepest message, next to a contact-hours figure",
  decoys=["2 credits", "4 jam", "Roslan bin Ismail"], deep_from="From: Roslan")

M("japanese-four-changes", "thunderbird", "flowed", "en", "course_data",
  ("Yuki Takahashi", "yuki.takahashi@polibatam.ac.id"),
  "Production Management: Lean Methods (ME 3.210) - four corrections", (2026, 10, 30, 16, 45, 12), 7,
  """Dear P4M staff,

My name is Yuki Takahashi. I am a visiting lecturer in the Mechanical Engineering Department until March 2027. I am sorry to trouble you, but there are four mistakes on the page of my course Production Management: Lean Methods (ME 3.210).

Firstly, the course name should be Production Management: Lean and Kaizen Methods. This follows the new syllabus.
Secondly, the short name should be PM-LEAN-ME3.
Thirdly, the lecturer should be Yuki Takahashi, Ph.D. and Ir. Dwi Cahyono, M.T. Now it shows only Mr. Cahyono.
Fourthly, the semester is written as 6, but it is taught in semester 5.

If something is unclear, please contact me. Thank you very much for your kind help.

Sincerely,
--
Yuki Takahashi, Ph.D.
Visiting Lecturer | Dept. of Mechanical Engineering
Politeknik Negeri Batam
""",
  CD("ME 3.210", "Production Management: Lean Methods",
     {"fullname": "Production Management: Lean and Kaizen Methods", "shortname": "PM-LEAN-ME3",
      "lecturer": "Yuki Takahashi, Ph.D. and Ir. Dwi Cahyono, M.T.", "semester": "5"}),
  "Japanese visiting lecturer, careful English, format=flowed; four changes as 'Firstly ... Fourthly'; values end at a sentence full stop that merges with 'M.T.' and 'Ph.D.'; the old semester named",
  decoys=["Mr. Cahyono", "March 2027"], enc="8bit")

M("bugis-three-changes-prose", "iphone", "qp", "id", "course_data",
  ("Andi Muh. Ikhsan", "andi.ikhsan@polibatam.ac.id"),
  "Statistika Industri ME 2.105", (2026, 11, 2, 19, 30, 46), 7,
  """Assalamualaikum P4M,
Tabe', mau minta tolong ki untuk course Statistika Industri (ME 2.105). Kelasnya tolong dijadikan ME 2 Malam, bukan ME 2B lagi. SKS-nya juga salah di situ, tertulis 2 padahal 3. Sekalian kode enrolnya diganti statind-malam26 karena yang lama sudah dipakai anak pagi.
Iye, itu saja. Terima kasih banyak ki.
Andi Muh. Ikhsan, S.T., M.T.
Dosen Teknik Mesin

Dikirim dari iPhone saya
""",
  CD("ME 2.105", "Statistika Industri",
     {"class": "ME 2 Malam", "credits": "3", "enrolment_key": "statind-malam26"}),
  "Bugis-flavoured phone mail ('ki', 'iye'); three changes in one paragraph: 'dijadikan X, bukan Y lagi', 'tertulis 2 padahal 3', 'diganti X karena ...'",
  decoys=["ME 2B"])

M("bali-tertulis-field-after", "android", "alt", "mixed", "course_data",
  ("Made Arya Wiguna", "made.arya@polibatam.ac.id"),
  "Bahasa Inggris Bisnis II - MKU 2.02", (2026, 11, 3, 11, 12, 29), 7,
  """Om Swastiastu, hi P4M team,

Quick one ya. Di e-learning yang tertulis sekarang Genap, padahal seharusnya Ganjil - itu semesternya, for Bahasa Inggris Bisnis II (MKU 2.02). Students can't find it under the current semester tab.

Also, nama dosennya sudah benar kok, Made Arya Wiguna, no need to change.

Suksma!
Made Arya
English Lecturer | UPT Bahasa
""",
  CD("MKU 2.02", "Bahasa Inggris Bisnis II", {"semester": "Ganjil"}),
  "Balinese English lecturer code-switching; 'yang tertulis sekarang X, padahal seharusnya Y - itu semesternya': the field is named after the value; the course is named after the change",
  decoys=["Genap", "Made Arya Wiguna"])

M("nigerian-field-only-in-subject", "yahoo", "b64", "en", "course_data",
  ("Funmilayo Adeyemi", "funmi.adeyemi@yahoo.com"),
  "Course title - EL 4.112", (2026, 11, 4, 8, 25, 50), 1,
  """Good morning Sir/Ma,

I hope you are doing well. I am Dr. Funmilayo Adeyemi, one of the partner lecturers teaching online with Polibatam's Electrical Engineering department this session.

It currently reads Smart Grid Technologies, but it should read Smart Grid and Distributed Energy Technologies, in line with the revised course outline approved by both institutions. The course code EL 4.112 remains the same.

Please I would appreciate if it is treated before Monday, as my students are already complaining.

Thank you and remain blessed.

Yours faithfully,
Dr. (Mrs.) Funmilayo Adeyemi
Senior Lecturer | Dept. of Electrical and Electronics Engineering
Ogun Federal Polytechnic (partner)
""",
  CD("EL 4.112", "Smart Grid Technologies", {"fullname": "Smart Grid and Distributed Energy Technologies"}),
  "Nigerian English, +0100; the field (course title) is named only in the subject; 'It currently reads X, but it should read Y, in line with ...'; the course is named only as its current value",
  decoys=["Dr. (Mrs.) Funmilayo Adeyemi"])

M("sg-class-currently-mixed", "android", "alt", "mixed", "course_data",
  ("Muhammad Irfan bin Rahim", "irfan.rahim@soi-partner.edu.sg"),
  "Cloud Infrastructure IF.3-215 kelas salah", (2026, 11, 5, 14, 40, 37), 8,
  """Salam P4M team,

Saya Irfan from the School of Infocomm, Singapore. For Cloud Infrastructure (IF.3-215), kelas yang tertulis now is IF 3 Pagi, but should be IF 3 International - our students are in that group, bukan kelas pagi punya.

Enrolment key tak payah tukar, still ok.

Thanks ah, terima kasih banyak!

Irfan
Executive, Global Programmes
+65 8345 2290
""",
  CD("IF.3-215", "Cloud Infrastructure", {"class": "IF 3 International"}),
  "Singapore Malay/English, +0800; 'kelas yang tertulis now is X, but should be Y - ...'; a code with a dot and a dash; the key named as not to change",
  decoys=["IF 3 Pagi", "+65 8345 2290"])

M("indian-memo-body-team-shortname", "outlook", "htmlonly", "en", "course_data",
  ("Suresh Menon", "hod.ei@mce-partner.ac.in"),
  "Memo - Industrial IoT: Joint Studio (PB-IN 3.01)", (2026, 11, 6, 12, 0, 18), (5, 30),
  """Dear Sir/Madam,

Kindly find below the memo from our department regarding the joint course. The signed copy will follow by post.

MEMORANDUM

To: The Head, P4M Helpdesk, Politeknik Negeri Batam
From: Head of the Department, Dept. of Electronics and Instrumentation, Malabar College of Engineering
Date: 6 November 2026
Subject: Faculty and short name for Industrial IoT: Joint Studio (PB-IN 3.01)

This is to inform that the joint course Industrial IoT: Joint Studio (PB-IN 3.01) will be co-taught from this month by Dr. Lakshmi Narayanan Iyer and Ir. Fajar Pratama, M.T. Kindly update the lecturer on the course page accordingly.

It is also requested that the short name be changed to IIOT-JS26 so that students of both institutions can search it easily.

Dr. Suresh Menon
Professor and Head | Dept. of Electronics and Instrumentation
Malabar College of Engineering, Kerala
""",
  CD("PB-IN 3.01", "Industrial IoT: Joint Studio",
     {"lecturer": "Dr. Lakshmi Narayanan Iyer and Ir. Fajar Pratama, M.T.", "shortname": "IIOT-JS26"}),
  "Indian head of department, +0530; a MEMORANDUM with 'To:/From:/Date:/Subject:' lines in an Outlook HTML-only body; a two-person team 'X and Y'; 'be changed to X so that ...'",
  decoys=["Dr. Suresh Menon", "6 November 2026"], enc="qp")

M("jawa-nota-dinas-docx-table", "outlook", "docx", "id", "course_data",
  ("Wahyu Nugroho", "sekjur.mesin@polibatam.ac.id"),
  "Nota dinas perubahan data MK Kalkulus Terapan", (2026, 11, 9, 9, 10, 24), 7,
  """Sugeng enjing Bapak/Ibu P4M,

Terlampir nota dinas dari Ketua Jurusan Teknik Mesin perihal perubahan data MK Kalkulus Terapan. Rinciannya ada di tabel dalam lampiran nggih.

Matur nuwun.

Wahyu Nugroho
Sekretariat Jurusan Teknik Mesin
Ext. 1402
""",
  CD("MS 1.101", "Kalkulus Terapan", {"class": "ME 1A dan ME 1C", "credits": "3"}),
  "Javanese secretariat; the request is a nota dinas in an attached DOCX with header lines and a Word table 'Data | Lama | Baru'; the lecturer row repeats",
  decoys=["089/PL29.TM/ND/2026", "Dr. Sri Handayani, M.Si.", "ME 1A"],
  attach=DOC("docx", "Nota Dinas Perubahan Data MK Kalkulus Terapan.docx", [
      ("b", "NOTA DINAS"),
      "Nomor: 089/PL29.TM/ND/2026",
      "",
      "Kepada: Kepala P4M Politeknik Negeri Batam",
      "Dari: Ketua Jurusan Teknik Mesin",
      "Tanggal: 6 November 2026",
      "Perihal: Perubahan Data Mata Kuliah Kalkulus Terapan",
      "",
      "Dengan hormat,",
      "Sehubungan dengan penggabungan kelas reguler semester ganjil 2026/2027, mohon data mata kuliah Kalkulus "
      "Terapan (MS 1.101) pada e-learning diubah sebagai berikut:",
      ("table", [["Data", "Lama", "Baru"],
                 ["Kelas", "ME 1A", "ME 1A dan ME 1C"],
                 ["SKS", "2", "3"],
                 ["Dosen", "Dr. Sri Handayani, M.Si.", "Dr. Sri Handayani, M.Si."]]),
      "",
      "Demikian nota dinas ini kami sampaikan. Atas perhatiannya diucapkan terima kasih.",
      "",
      "Ketua Jurusan Teknik Mesin,",
      "",
      "Dr. Eng. Budi Santosa Wibowo, S.T., M.T.",
  ], "Nota Dinas Perubahan Data MK", "Wahyu Nugroho", (2026, 11, 6, 7, 40)))

M("minang-surat-jurusan", "yahoo", "pdf", "id", "course_data",
  ("Zulkarnain", "zulkarnain_mb@yahoo.co.id"),
  "Surat permohonan perubahan MK Kewirausahaan Teknologi", (2026, 11, 10, 10, 20, 6), 7,
  """Assalamualaikum,

Salamaik pagi. Ambo kirimkan surat permohonan perubahan data mata kuliah Kewirausahaan Teknologi, filenyo dalam bantuak PDF di lampiran.

Tarimo kasih.

Zulkarnain
""",
  CD("UM 3.01", "Kewirausahaan Teknologi",
     {"fullname": "Technopreneurship dan Inovasi Bisnis",
      "lecturer": "Dr. Zulkarnain, S.E., M.M. dan Yenni Marlina, S.E., M.Si."}),
  "Minang-flavoured cover of three lines; an official letter (surat) as a PDF with 'Nomor/Lampiran/Perihal' lines and 'Nama baru :' / 'Dosen pengampu baru :' label lines; old values listed after them",
  decoys=["311/PL29.MB/TU/2026", "Drs. Syafril Chaniago, M.M."],
  attach=DOC("pdf", "Surat_Perubahan_MK_UM301.pdf", [
      ("b", "POLITEKNIK NEGERI BATAM"),
      ("b", "JURUSAN MANAJEMEN BISNIS"),
      "Jl. Ahmad Yani, Batam Centre, Batam 29461",
      "",
      "Nomor     : 311/PL29.MB/TU/2026",
      "Lampiran  : -",
      "Perihal   : Perubahan Data Mata Kuliah",
      "",
      "Kepada Yth.",
      "Kepala P4M Politeknik Negeri Batam",
      "di tempat",
      "",
      "Dengan hormat,",
      "Bersama ini kami mohon perubahan data mata kuliah Kewirausahaan Teknologi (UM 3.01) pada",
      "e-learning sebagai berikut:",
      "",
      "Nama baru : Technopreneurship dan Inovasi Bisnis",
      "Dosen pengampu baru : Dr. Zulkarnain, S.E., M.M. dan Yenni Marlina, S.E., M.Si.",
      "",
      "Nama dan dosen lama (Kewirausahaan Teknologi; Drs. Syafril Chaniago, M.M.) mohon tidak",
      "ditampilkan lagi.",
      "",
      "Demikian kami sampaikan, atas kerja samanya kami ucapkan terima kasih.",
      "",
      "Batam, 9 November 2026",
      "Ketua Jurusan Manajemen Bisnis,",
      "",
      "Dr. Zulkarnain, S.E., M.M.",
  ], "Surat Perubahan Data Mata Kuliah", "Zulkarnain", (2026, 11, 9, 8, 5)))

M("banjar-hanyar-shortname-semester", "roundcube", "b64", "id", "course_data",
  ("Siti Rahmah Aulia", "siti.rahmah@polibatam.ac.id"),
  "Nama singkat wan semester MK Basis Data Terdistribusi", (2026, 11, 11, 15, 55, 13), 8,
  """Assalamualaikum, salamat sore.

Ulun Siti Rahmah, dosen TI, wayahini lagi di Banjarmasin mengurus kuitan. Ada dua hal nang handak ulun minta gantiakan gasan course Basis Data Terdistribusi (IF 3.118):

Nama singkat hanyar: BDT-IF3
Semester hanyar: 5

Nang lawas tu nama singkatnya IF3118-2025 wan semesternya 6, kada cocok lagi lawan kurikulum.

Makasih banyak, maaf marepotakan.

Siti Rahmah Aulia, S.Kom., M.Kom.
Dosen | Jurusan Teknik Informatika
""",
  CD("IF 3.118", "Basis Data Terdistribusi", {"shortname": "BDT-IF3", "semester": "5"}),
  "Banjar-flavoured lecturer writing from Banjarmasin (+0800, WITA); two 'hanyar' label lines; the old values follow in prose ('Nang lawas tu ...')",
  decoys=["IF3118-2025"])

M("dutch-mixed-dash-list", "applemail", "alt", "mixed", "course_data",
  ("Jeroen Bakker", "jeroen.bakker@polibatam.ac.id"),
  "Perubahan course Sustainable Manufacturing", (2026, 11, 12, 8, 5, 26), 7,
  """Selamat pagi tim P4M,

Saya Jeroen, dosen tamu di Teknik Mesin. Maaf, bahasa Indonesia saya belum bagus, so I'll switch to English halfway :)

For my course Sustainable Manufacturing (ME.4-118) three things are not right yet:
- nama course: please make it Sustainable Manufacturing and Circular Design
- kode enrol: sm-circular-2026 (the current one is empty, so anyone can join)
- kelas: ME 4A dan ME 4B

My co-teacher Pak Rizal is already listed correctly, so no changes there.

Terima kasih banyak en groetjes,
Jeroen Bakker
Visiting Lecturer | Dept. of Mechanical Engineering
(home institution: Hogeschool Twente-Noord, NL)
""",
  CD("ME.4-118", "Sustainable Manufacturing",
     {"fullname": "Sustainable Manufacturing and Circular Design", "enrolment_key": "sm-circular-2026",
      "class": "ME 4A dan ME 4B"}),
  "Dutch visiting lecturer in Apple Mail switching from Indonesian to English; a dash list 'field: value' with three changes; a bracketed explanation after the key is not part of it; the new name extends the old one",
  decoys=["Rizal"])

M("papua-space-table-lama-baru", "thunderbird", "plain", "id", "course_data",
  ("Frans Yikwa", "frans.yikwa@polibatam.ac.id"),
  "Ganti data course Pemrograman Jaringan TI 3", (2026, 11, 13, 10, 10, 49), 9,
  """Selamat pagi P4M,

Sa Frans dari Jurusan TI, sekarang lagi dinas di Jayapura sampe akhir bulan. Ada data course yang perlu kam ganti. Course: Pemrograman Jaringan (IF 3.121).

Data          Lama                  Baru
------------  --------------------  --------------------
Nama singkat  PJ-IF3-2025           PROGJAR-IF3
Kode enrol    progjar               Progjar!Ganjil26
Dosen         Frans Yikwa, M.Kom.   Frans Yikwa, M.Kom.

Dosen tra usah diganti, itu sa sendiri. Trima kasih banyak e.

Frans Yikwa, S.Kom., M.Kom.
Dosen | Jurusan Teknik Informatika
""",
  CD("IF 3.121", "Pemrograman Jaringan", {"shortname": "PROGJAR-IF3", "enrolment_key": "Progjar!Ganjil26"}),
  "Papuan lecturer on duty in Jayapura (+0900); 'Course: X (code)' label line; plain-text table aligned with spaces, 'Data / Lama / Baru' with a dashed underline; the lecturer row repeats the sender",
  decoys=["PJ-IF3-2025", "Frans Yikwa, M.Kom."], enc="7bit")

M("jawa-young-currently-it-reads", "android", "alt", "mixed", "course_data",
  ("Dimas Aditya Nugraha", "dimas.aditya@polibatam.ac.id"),
  "Fullname course Analisis Algoritma", (2026, 12, 3, 22, 5, 31), 7,
  """Malam min, sorry ganggu malem2 😅

Course Analisis Algoritma (IF 2.207) it currently reads "Analisis Algoritma" aja, but it should read Desain dan Analisis Algoritma. Ini sesuai kurikulum 2026, nama MK-nya berubah.

Kelas IF 2A sama IF 2B tetep satu course kok, gak usah dipisah.

Nuwun min 🙏
Dimas
Dosen Informatika (yg di lab GU 804)
""",
  CD("IF 2.207", "Analisis Algoritma", {"fullname": "Desain dan Analisis Algoritma"}),
  "young Javanese lecturer, Indonesian/English; the field ('Fullname') only in the subject; 'it currently reads \"X\" aja, but it should read Y.'; the new name contains the old one",
  decoys=["IF 2A"])

M("filipino-mixed-pipe-dashes", "gmail", "alt", "mixed", "course_data",
  ("Jose Mari Santos", "josemari.santos@polibatam.ac.id"),
  "Update - Sistem Informasi Logistik LPI 2.210", (2026, 12, 15, 13, 30, 2), 7,
  """Selamat siang P4M! Good afternoon po.

Saya Jose, dosen LPI. Mohon bantu update course Sistem Informasi Logistik (LPI 2.210) untuk semester genap:

Data | Lama | Baru
--- | --- | ---
Dosen | Jose Mari Santos, MBA | Jose Mari Santos, MBA dan Rani Oktavia, S.T., M.T.
SKS | 3 | 3
Semester | 4 | 3

Sorry, SKS same lang, I just included it. Salamat po and terima kasih!

Jose Mari Santos, MBA
Lecturer | Logistik Perdagangan Internasional
""",
  CD("LPI 2.210", "Sistem Informasi Logistik",
     {"lecturer": "Jose Mari Santos, MBA dan Rani Oktavia, S.T., M.T.", "semester": "3"}),
  "Filipino lecturer in Batam mixing Indonesian, English and 'po'; pipe table without outer pipes and a '--- | ---' rule; the old lecturer is the first half of the new team; the SKS row repeats",
  decoys=["Jose Mari Santos, MBA"])

M("batam-reply-pakai-yg-ini", "android", "reply", "mixed", "course_data",
  ("Steven Gunawan", "steven.gunawan@polibatam.ac.id"),
  "Re: [P4M #4311] Permintaan perubahan data mata kuliah", (2026, 11, 17, 9, 20, 38), 7,
  """Eh sori min, typo 🙏 Kode enrol buat Multimedia Interaktif (ANM 2.108) jangan yg kemarin, pakai ini aja:

MMI-anm2@2026

Yg kemarin ada huruf O bukan nol. Thanks min!

Steven

Pada Sen, 16 Nov 2026 pukul 16.22 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
> Yth. Bapak/Ibu,
>
> Permintaan Anda telah kami terima dengan nomor tiket [P4M #4311].
> Jenis permintaan: Perubahan data mata kuliah
> Mata kuliah: ANM 2.108 Multimedia Interaktif
> Perubahan yang kami pahami:
> - Kode pendaftaran: MMI-anm2@2O26
>
> Staf kami akan menindaklanjuti permintaan ini. Balas email ini bila ada yang keliru.
>
> Salam,
> Helpdesk P4M Politeknik Negeri Batam
""",
  CD("ANM 2.108", "Multimedia Interaktif", {"enrolment_key": "MMI-anm2@2026"}),
  "young Batam lecturer replying on the helpdesk acknowledgement; 'pakai ini aja:' then the key on its own line; the quoted acknowledgement holds the mistyped key (letter O for zero)",
  decoys=["MMI-anm2@2O26"], reply_to="ack-4311", quote_from="Pada Sen, 16 Nov 2026", own_line="enrolment_key")

M("malaysia-bullets-to-the-following", "gmail", "alt", "mixed", "course_data",
  ("Siti Khadijah binti Omar", "khadijah.omar@kumb-partner.edu.my"),
  "Course summary - Halal Logistics (LPI 3.207)", (2026, 12, 11, 10, 45, 7), 8,
  """Assalamualaikum and good morning,

Saya Dr. Siti Khadijah from the Faculty of Business, our joint partner in Melaka. Untuk kursus Halal Logistics (LPI 3.207), the summary on the course page is still the old one from 2024. Please change it to the following:

• Halal principles and standards (MS 1500, MS 2400) in the supply chain
• Halal warehousing, transportation and retailing
• Traceability and halal certification audits
• Case studies from Malaysia and Indonesia

Nama kursus dan pensyarah tak perlu tukar.

Terima kasih banyak-banyak!

Dr. Siti Khadijah binti Omar
Senior Lecturer | Faculty of Business and Management
Kolej Universiti Melaka Bersatu (partner)
""",
  CD("LPI 3.207", "Halal Logistics",
     {"summary": "• Halal principles and standards (MS 1500, MS 2400) in the supply chain\n"
                 "• Halal warehousing, transportation and retailing\n"
                 "• Traceability and halal certification audits\n"
                 "• Case studies from Malaysia and Indonesia"}),
  "Malaysian partner, Malay/English, +0800; the summary is a '•' list after 'Please change it to the following:'; brackets inside a list item belong to it",
  decoys=["2024"])

M("sg-dean-office-chain", "gmail", "fwd", "mixed", "course_data",
  ("Lim Hui Min", "huimin.lim@sgb-partner.edu.sg"),
  "Fwd: Fwd: Lecturer change - Digital Marketing Analytics", (2026, 11, 19, 11, 0, 44), 8,
  """Hi P4M,

Fwd-ing this to you. Can help to update ah? The details are in the Dean's office e-mail at the bottom. Terima kasih!

Lim Hui Min
Manager, Academic Partnerships
+65 6892 1140

---------- Forwarded message ---------
From: Rajendran s/o Muthu <rajendran.m@sgb-partner.edu.sg>
Date: Wed, 18 Nov 2026 at 17:36
Subject: Fwd: Lecturer change - Digital Marketing Analytics
To: Lim Hui Min <huimin.lim@sgb-partner.edu.sg>


Hui Min, see below from the Dean's office. Tolong forward to Polibatam, they handle the e-learning side.

Raj

---------- Forwarded message ---------
From: Jasmine Koh <deansoffice@sgb-partner.edu.sg>
Date: Wed, 18 Nov 2026 at 10:05
Subject: Lecturer change - Digital Marketing Analytics
To: Rajendran s/o Muthu <rajendran.m@sgb-partner.edu.sg>


Dear Raj,

With immediate effect, Dr Tan Wei Ling takes over the Polibatam joint module Digital Marketing Analytics (ABT 3.219) from Mr Kelvin Ong. Please arrange for the lecturer name on Polibatam's e-learning to be updated to Dr Tan Wei Ling.

Regards,
Jasmine Koh
Dean's Office, School of Business
""",
  CD("ABT 3.219", "Digital Marketing Analytics", {"lecturer": "Dr Tan Wei Ling"}),
  "Singapore partner, +0800, Singlish/Malay top line; two nested Gmail forwards in English; the code and the new lecturer only in the deepest message",
  decoys=["Kelvin Ong", "Jasmine Koh", "+65 6892 1140"], deep_from=FWD)

M("batak-lettered-three", "gmail", "alt", "id", "course_data",
  ("Roida Pasaribu", "roida.pasaribu@polibatam.ac.id"),
  "Perubahan data course Fisika Dasar ME 1", (2026, 12, 8, 8, 40, 15), 7,
  """Horas, selamat pagi tim P4M.

Untuk course Fisika Dasar (MS 1.104) kelas ME 1, ada tiga yang mau kuubah untuk semester genap:

a. Nama course menjadi Fisika Dasar untuk Teknik Mesin
b. Kelas menjadi ME 1A, ME 1B, dan ME 1C
c. Kode enrol menjadi fisdas-me1-26

Yang lama, kode enrolnya fisika2025, sudah bocor ke angkatan atas. Dosennya tetap aku, Roida Pasaribu, jangan diganti ya.

Mauliate godang.

Roida Pasaribu, S.Si., M.Si.
Dosen Fisika | Jurusan Teknik Mesin
HP 0813-6144-2090
""",
  CD("MS 1.104", "Fisika Dasar",
     {"fullname": "Fisika Dasar untuk Teknik Mesin", "class": "ME 1A, ME 1B, dan ME 1C",
      "enrolment_key": "fisdas-me1-26"}),
  "Batak lecturer ('Horas', 'Mauliate godang'); a lettered list of three 'X menjadi Y' lines; a class list with commas and 'dan'; the old key and the unchanged lecturer named",
  decoys=["fisika2025", "Roida Pasaribu", "0813-6144-2090"])

M("banjar-nota-dinas-kajur", "outlook", "pdf", "id", "course_data",
  ("Noor Hidayah", "admin.elektro@polibatam.ac.id"),
  "Nota dinas ganti dosen MK Sistem Tertanam", (2026, 11, 25, 14, 15, 36), 7,
  """Assalamualaikum pian-pian P4M,

Ulun kirimakan nota dinas matan Kajur Elektro, ada di lampiran PDF. Isinya pergantian dosen gasan MK Sistem Tertanam. Mohon dibantu lah.

Makasih,
Noor Hidayah
Admin Jurusan Teknik Elektro
""",
  CD("EL 3.106", "Sistem Tertanam", {"lecturer": "Muhammad Fahmi Rizani, S.T., M.Eng."}),
  "Banjar-flavoured cover note; a nota dinas as an attached PDF with 'Kepada:/Dari:/Tanggal:/Perihal:' lines; 'dialihkan dari X kepada Y, karena ...' with the new lecturer's titles before a comma",
  decoys=["144/PL29.TE/ND/2026", "Hj. Rusdiana, S.T., M.T.", "30 November 2026", "EL 3A"],
  attach=DOC("pdf", "ND-144-Pergantian-Dosen-EL3106.pdf", [
      ("b", "NOTA DINAS"),
      "Nomor: 144/PL29.TE/ND/2026",
      "",
      "Kepada: Kepala P4M Politeknik Negeri Batam",
      "Dari: Ketua Jurusan Teknik Elektro",
      "Tanggal: 24 November 2026",
      "Perihal: Pergantian Dosen Pengampu",
      "",
      "Dengan hormat,",
      "Mulai 30 November 2026 pengampu mata kuliah Sistem Tertanam (EL 3.106) kelas EL 3A dan EL 3B",
      "dialihkan dari Hj. Rusdiana, S.T., M.T. kepada Muhammad Fahmi Rizani, S.T., M.Eng., karena",
      "yang bersangkutan menjalani tugas belajar.",
      "",
      "Mohon data dosen pengampu pada e-learning disesuaikan.",
      "",
      "Demikian disampaikan, atas perhatiannya diucapkan terima kasih.",
      "",
      "Ketua Jurusan Teknik Elektro,",
      "",
      "Dr. Binsar Hutapea, S.T., M.T.",
  ], "Nota Dinas Pergantian Dosen", "Jurusan Teknik Elektro", (2026, 11, 24, 3, 30)))

# =================================================================================================================
# announcement (8)
# =================================================================================================================

M("papua-course-besok-wit", "android", "alt", "id", "announcement",
  ("Daniel Mandowen", "daniel.mandowen@polibatam.ac.id"),
  "Tolong pasang pengumuman di course Basis Data Lanjutan", (2026, 10, 7, 19, 20, 33), 9,
  """Selamat malam kaka P4M,

Sa Daniel, dosen Basis Data Lanjutan (IF 3.105). Sa masih di Jayapura ikut kegiatan sampai hari Jumat, jadi kuliah minggu ini diganti tugas online. Tolong pasang pengumuman di course itu saja, jangan di halaman depan.

Judul: Perkuliahan Pekan 6 Diganti Tugas Mandiri

Isi: Perkuliahan hari Kamis, 8 Oktober 2026 tidak tatap muka. Silakan kerjakan Tugas 4 (indeks dan optimasi query) di e-learning, batas kumpul Minggu, 11 Oktober 2026 pukul 23.59 WIB.

Tayang besok pagi jam 08.00 WIT saja, supaya anak-anak sudah baca sebelum kuliah siang di Batam.

Trima kasih banyak.
Daniel Mandowen, S.Kom., M.T.
Dosen | Jurusan Teknik Informatika
""",
  ANN("Perkuliahan Pekan 6 Diganti Tugas Mandiri", "course", "2026-10-08T08:00:00+09:00", "IF 3.105",
      "Basis Data Lanjutan"),
  "Papuan lecturer in Jayapura (+0900); course announcement published 'besok pagi jam 08.00 WIT' (resolved from the Date header, kept in WIT); the lecture date and a WIB deadline are other times",
  decoys=["8 Oktober 2026", "11 Oktober 2026 pukul 23.59 WIB"])

M("japanese-partner-course-jst", "gmail", "alt", "en", "announcement",
  ("Mayumi Sato", "m-sato@hit-partner.ac.jp"),
  "Announcement request for Mechatronics Design: Joint Project", (2026, 10, 20, 13, 0, 5), 9,
  """Dear P4M Helpdesk,

Thank you very much for changing the instructor last week. This time we would like to ask you to publish an announcement in the course Mechatronics Design: Joint Project (MK 4.210) only.

Title: Online Kick-off Meeting with Hokuriku Students

Text: The first joint online session will be held on Wednesday, November 4, 2026, from 15:00 to 16:30 (JST), that is 13:00 to 14:30 WIB. The Zoom link will be posted in the course. Please prepare a one-minute self-introduction in English.

Please publish it on October 26 at 9:00 a.m. JST.

Best regards,
Mayumi Sato (Ms.)
Center for International Education
Hokuriku Institute of Technology
""",
  ANN("Online Kick-off Meeting with Hokuriku Students", "course", "2026-10-26T09:00:00+09:00", "MK 4.210",
      "Mechatronics Design: Joint Project"),
  "Japanese partner, +0900; course announcement with 'Title:'/'Text:'; publish time in JST; the session's own JST and WIB times are other times",
  decoys=["November 4, 2026", "13:00 to 14:30 WIB"])

M("malaysia-course-tajuk-myt", "outlook", "alt", "id", "announcement",
  ("Mohd Hafiz bin Zainal", "hafiz.zainal@psj-partner.edu.my"),
  "Mohon siarkan pengumuman - Proyek Perangkat Lunak: Kolaborasi Internasional", (2026, 11, 2, 9, 40, 22), 8,
  """Assalamualaikum dan salam sejahtera,

Tuan/Puan,

Mohon jasa baik pihak tuan/puan untuk menyiarkan pengumuman berikut di halaman kursus Proyek Perangkat Lunak: Kolaborasi Internasional (TRPL 4-301) sahaja, bukan di laman utama.

Tajuk: Pembentangan Prototaip Pertengahan Semester

Kandungan: Setiap kumpulan dikehendaki membentangkan prototaip masing-masing secara dalam talian pada Isnin, 16 November 2026, jam 2.00 petang waktu Malaysia (1.00 petang WIB). Slaid hendaklah dimuat naik ke kursus selewat-lewatnya Jumaat, 13 November 2026.

Sila siarkan pada Rabu, 4 November 2026, jam 8.00 pagi waktu Malaysia.

Sekian, terima kasih.

Mohd Hafiz bin Zainal
Pegawai Hal Ehwal Antarabangsa
Politeknik Seberang Jaya (rakan kolaborasi)
""",
  ANN("Pembentangan Prototaip Pertengahan Semester", "course", "2026-11-04T08:00:00+08:00", "TRPL 4-301",
      "Proyek Perangkat Lunak: Kolaborasi Internasional"),
  "Malaysian Malay, +0800; 'Tajuk:'/'Kandungan:'; 'sahaja, bukan di laman utama'; publish time 'waktu Malaysia'; the presentation and the slide deadline are other dates",
  decoys=["16 November 2026", "13 November 2026"])

M("dutch-course-cet", "neomutt", "plain", "mixed", "announcement",
  ("Pieter van der Linden", "pieter.vanderlinden@hnz-partner.nl"),
  "Pengumuman for REL course: guest lecture from Zwolle", (2026, 11, 10, 21, 30, 40), 1,
  """Selamat malam P4M,

Could you please post an announcement in the course Renewable Energy Lab: Wind and Solar (ME 4.115)? Hanya di course ini saja, bukan untuk semua.

Judul / title: Guest Lecture: Offshore Wind in the North Sea

Isi / text:
On Thursday 19 November 2026 at 15:00 WIB, ir. Marloes de Vries from our offshore wind research group will give a 60-minute guest lecture via Teams. Attendance is part of the lab grade. Link volgt / link follows in the course.

Please publish it on Monday 16 November at 08:00 Dutch time (CET). Sorry for the Dutch time, my calendar only thinks in CET :)

Terima kasih banyak!
Pieter
--
Pieter van der Linden
Lecturer | Dept. of Mechanical Engineering
Hogeschool Noord-Zwolle (partner), the Netherlands
""",
  ANN("Guest Lecture: Offshore Wind in the North Sea", "course", "2026-11-16T08:00:00+01:00", "ME 4.115",
      "Renewable Energy Lab: Wind and Solar"),
  "Dutch partner in NeoMutt, +0100 (winter time), Indonesian/English/Dutch; 'Judul / title:' with a colon in the title; publish time in CET; the lecture's WIB time is another time",
  decoys=["19 November 2026 at 15:00 WIB"])

M("sunda-memo-site", "outlook", "htmlonly", "id", "announcement",
  ("Cecep Rustandi", "akademik@polibatam.ac.id"),
  "Memo: Publikasi pengumuman EDOM Ganjil 2026/2027", (2026, 11, 12, 10, 0, 9), 7,
  """Wilujeng enjing,

Berikut memo dari Bagian Akademik untuk dipublikasikan di e-learning. Hatur nuhun.

MEMO
Kepada: Kepala P4M
Dari: Kepala Bagian Akademik dan Kemahasiswaan
Tanggal: 12 November 2026
Perihal: Publikasi Pengumuman Pengisian EDOM

Mohon bantuan P4M untuk menayangkan pengumuman di halaman depan e-learning (seluruh pengguna) dengan ketentuan:

Judul: Pengisian Evaluasi Dosen oleh Mahasiswa (EDOM) Semester Ganjil 2026/2027
Isi: Mahasiswa wajib mengisi EDOM untuk setiap mata kuliah melalui SIAKAD paling lambat 4 Desember 2026. Pengisian EDOM menjadi syarat untuk melihat nilai akhir semester.
Waktu tayang: Senin, 16 November 2026 pukul 07.30 WIB

Terima kasih.

Cecep Rustandi, S.E., M.M.
Kepala Bagian Akademik dan Kemahasiswaan
""",
  ANN("Pengisian Evaluasi Dosen oleh Mahasiswa (EDOM) Semester Ganjil 2026/2027", "site",
      "2026-11-16T07:30:00+07:00"),
  "Sundanese head of the academic office; a memo with 'Kepada:/Dari:/Tanggal:/Perihal:' lines in an Outlook HTML-only body; site announcement with 'Judul:/Isi:/Waktu tayang:'; the memo date and a deadline are other dates",
  decoys=["4 Desember 2026", "12 November 2026"], enc="qp")

M("nigerian-course-wib", "gmail", "alt", "en", "announcement",
  ("Funmilayo Adeyemi", "funmi.adeyemi@yahoo.com"),
  "Kindly post announcement - Smart Grid and Distributed Energy Technologies", (2026, 11, 26, 7, 10, 51), 1,
  """Good morning Sir/Ma,

Thank you for effecting the course title change the other time. Kindly help me post the following announcement on my course page only (EL 4.112, Smart Grid and Distributed Energy Technologies):

Title: Rescheduled Test 2: Microgrid Protection

Message: Test 2 earlier fixed for Monday, 30 November 2026 is now moved to Thursday, 3 December 2026, same time (10:00 WIB). Scope remains Weeks 7 to 11.

Please publish it on Saturday, 28 November 2026 by 8:00 a.m. WIB so that the students see it over the weekend.

Remain blessed.
Dr. (Mrs.) Funmilayo Adeyemi
Senior Lecturer | Dept. of Electrical and Electronics Engineering
""",
  ANN("Rescheduled Test 2: Microgrid Protection", "course", "2026-11-28T08:00:00+07:00", "EL 4.112",
      "Smart Grid and Distributed Energy Technologies"),
  "Nigerian lecturer writing from Lagos (+0100) but naming WIB for the publish time; 'Title:'/'Message:'; code before name in brackets; the old and new test dates and the test time are other times",
  decoys=["Monday, 30 November 2026", "Thursday, 3 December 2026", "10:00 WIB"])

M("sg-course-sg-time", "android", "alt", "mixed", "announcement",
  ("Muhammad Irfan bin Rahim", "irfan.rahim@soi-partner.edu.sg"),
  "Announcement for Cloud Infrastructure pls", (2026, 12, 1, 18, 20, 14), 8,
  """Hi P4M,

Can help post announcement in Cloud Infrastructure (IF.3-215) course only ah? Not the main page.

Title: Final Project Demo Day: Singapore x Batam
Content: Demo Day for all teams will be on Friday, 11 December 2026, 10am-1pm SG time, online via Zoom. Setiap tim present 10 minit + Q&A 5 minit. Slides due 9 December.

Publish on Thursday 3 Dec, 9am SG time. Terima kasih ya!

Irfan
""",
  ANN("Final Project Demo Day: Singapore x Batam", "course", "2026-12-03T09:00:00+08:00", "IF.3-215",
      "Cloud Infrastructure"),
  "Singapore Malay/English, +0800; title with a colon; 'Publish on Thursday 3 Dec, 9am SG time'; the demo day and the slide deadline are other times",
  decoys=["Friday, 11 December 2026", "9 December"])

M("batam-upatik-maintenance-letter", "outlook", "docx", "id", "announcement",
  ("Yulianti Tan", "upatik@polibatam.ac.id"),
  "Pengumuman pemeliharaan server e-learning (surat terlampir)", (2026, 12, 7, 8, 50, 3), 7,
  """Selamat pagi tim P4M,

Terlampir surat dari UPA TIK tentang jadwal pemeliharaan server. Mohon dipasang sebagai pengumuman di halaman depan e-learning sesuai judul dan jadwal tayang di surat ya.

Makasih banyak,
Yulianti Tan
UPA TIK Politeknik Negeri Batam
Ext. 1099
""",
  ANN("Pemeliharaan Server E-Learning 19-20 Desember 2026", "site", "2026-12-14T07:00:00+07:00"),
  "Batam IT-unit staff; the announcement (title, text and publish time) is only in an attached DOCX letter with 'Kepada:/Dari:/Tanggal:/Perihal:' lines; the maintenance window and the letter date are other times",
  decoys=["4 Desember 2026", "Sabtu, 19 Desember 2026 pukul 22.00 WIB"],
  attach=DOC("docx", "Surat UPA TIK - Pemeliharaan Server Desember 2026.docx", [
      ("b", "UNIT PENUNJANG AKADEMIK TEKNOLOGI INFORMASI DAN KOMUNIKASI"),
      ("b", "POLITEKNIK NEGERI BATAM"),
      "",
      "Kepada: Kepala P4M",
      "Dari: Kepala UPA TIK",
      "Tanggal: 4 Desember 2026",
      "Perihal: Permohonan Publikasi Pengumuman Pemeliharaan Server",
      "",
      "Dengan hormat,",
      "Mohon dipublikasikan pengumuman berikut di halaman depan e-learning untuk seluruh pengguna.",
      "",
      "Judul: Pemeliharaan Server E-Learning 19-20 Desember 2026",
      "Isi: Layanan e-learning tidak dapat diakses pada Sabtu, 19 Desember 2026 pukul 22.00 WIB sampai Minggu, "
      "20 Desember 2026 pukul 06.00 WIB karena pemeliharaan server dan pembaruan Moodle. Mohon dosen tidak "
      "menjadwalkan kuis atau batas pengumpulan tugas pada rentang waktu tersebut.",
      "Waktu tayang: Senin, 14 Desember 2026 pukul 07.00 WIB",
      "",
      "Atas kerja samanya kami ucapkan terima kasih.",
      "",
      "Kepala UPA TIK,",
      "",
      "Hendra Wijaya Lim, S.Kom., M.T.I.",
  ], "Pemeliharaan Server E-Learning", "Yulianti Tan", (2026, 12, 4, 6, 25)))

# =================================================================================================================
# elearning_support (6)
# =================================================================================================================

M("bugis-student-renamed-docx", "android", "alt", "id", "elearning_support",
  ("Andi Muhammad Fikri", "andifikri.if25@gmail.com"),
  "tidak bisa upload tugas Pemrograman Web", (2026, 10, 9, 21, 50, 27), 7,
  """Assalamualaikum kak admin,

Tabe' kak, mau ka tanya. Saya tidak bisa upload tugas 3 di course Pemrograman Web (IF 2.202) kelas IF 2A, dosennya Pak Hendra Kurniawan. Filenya dari HP bentuknya .pages, terus muncul tulisan "File type not allowed".

Sudah saya coba ubah nama jadi .docx tapi waktu dibuka Pak Hendra katanya file rusak. Batasnya besok jam 23.59 kak. Bagaimana caranya di'?

Terima kasih kak 🙏
Andi Muhammad Fikri
NIM 3312501047
""",
  C("IF 2.202", "Pemrograman Web"),
  "Bugis-flavoured student; an upload rejected by file type; he renamed the file himself ('ubah nama jadi .docx'), which is no course-name change; a class and the lecturer named")

M("nigerian-aiken-import", "outlook", "alt", "en", "elearning_support",
  ("Ifeanyi Nwosu", "ifeanyi.nwosu@polibatam.ac.id"),
  "Quiz import failing - Digital Electronics (EL 1.203)", (2026, 10, 23, 10, 40, 18), 7,
  """Good morning,

I trust you are well. I tried to import 40 questions into the question bank of Digital Electronics (EL 1.203) using the Aiken format, but Moodle keeps giving "Error: no questions found in the file". I prepared the file in Word and saved it as plain text (UTF-8). My colleague Pak Yusuf Effendi says his own file worked last semester, so I am not sure what I am doing wrong.

The quiz is scheduled for next Friday, so I would appreciate your help before then. I can send the file if needed.

Best regards,
Engr. Ifeanyi Nwosu
Visiting Lecturer | Dept. of Electrical Engineering
""",
  C("EL 1.203", "Digital Electronics"),
  "Nigerian visiting lecturer; a question-bank import error; a colleague and a signature role line named, nothing to change")

M("filipino-student-enrolled-not-shown", "iphone", "qp", "en", "elearning_support",
  ("Angelica Reyes", "angelica.reyes22@icloud.com"),
  "Cannot see my course", (2026, 11, 6, 20, 15, 55), 8,
  """Hi po! I'm Angelica Reyes, an online exchange student from Manila. I used the enrolment key Cebu-LPI-26 that Sir Dedy gave us for Seminar: Global Supply Chain Risk and Resilience (LPI 4.302), and it said I was enrolled. But the course doesn't appear on my dashboard and when I open the link it says "You cannot enrol yourself in this course". My classmates Carlo and Bea have the same problem po.

Thank you po in advance!
Angelica

Sent from my iPhone
""",
  C("LPI 4.302", "Seminar: Global Supply Chain Risk and Resilience"),
  "Filipino exchange student, +0800; an enrolment that does not show; a key, a lecturer and classmates named, no change asked")

M("minang-gradebook-weights", "roundcube", "qp", "id", "elearning_support",
  ("Yusrizal", "yusrizal@polibatam.ac.id"),
  "Bobot nilai di gradebook Ekonomi Manajerial", (2026, 11, 19, 14, 5, 12), 7,
  """Assalamualaikum Uda/Uni P4M,

Ambo ado masalah jo gradebook di course Ekonomi Manajerial (MB 2.108). Bobot UTS 30% jo UAS 40% alah ambo atur, tapi nilai akhir nan kalua masih mahitung rato-rato biaso. Ambo alah cubo ganti "Natural" jadi "Weighted mean of grades", tapi kolom bobotnyo indak muncul.

Nilai harus dikirim ka prodi tanggal 11 Desember. Tolong dibantu yo.

Tarimo kasih.

Yusrizal, S.E., M.Si.
Dosen | Jurusan Manajemen Bisnis
""",
  C("MB 2.108", "Ekonomi Manajerial"),
  "Minang-flavoured lecturer; gradebook aggregation; 'ganti \"Natural\" jadi \"Weighted mean of grades\"' is a setting he changed, not a course field")

M("sg-guest-moderators", "outlook", "alt", "mixed", "elearning_support",
  ("Lim Hui Min", "huimin.lim@sgb-partner.edu.sg"),
  "Guest access for our moderators - Digital Marketing Analytics", (2026, 12, 2, 11, 30, 47), 8,
  """Hi P4M team,

Hope all is well. Our two external moderators need to view the submissions in Digital Marketing Analytics (ABT 3.219) untuk moderation minggu depan. Can create guest or non-editing accounts for them? They don't have Polibatam e-mail.

1. Mr Daniel Yeo - daniel.yeo@sgmod-partner.sg
2. Ms Farah Nadhirah - farah.n@sgmod-partner.sg

Dr Tan Wei Ling is the lecturer now, so she can confirm if needed. Terima kasih banyak!

Lim Hui Min
Manager, Academic Partnerships
+65 6892 1140
""",
  C("ABT 3.219", "Digital Marketing Analytics"),
  "Singapore partner, English with Indonesian bits; accounts for two moderators; the current lecturer named as already right")

M("indian-h5p-blank", "gmail", "alt", "mixed", "elearning_support",
  ("Venkatesh Subramaniam", "venkatesh.s@polibatam.ac.id"),
  "H5P interactive video not loading - IoT course", (2026, 12, 10, 10, 15, 6), 7,
  """Selamat pagi,

In my course Internet of Things Systems Design (TRPL 3-210), the H5P interactive videos I uploaded yesterday are showing only a blank box with a spinning icon. Sudah coba di Chrome dan Firefox, same result. The older H5P quiz in the same course works fine.

Could you kindly check whether the H5P library needs an update? Students have a deadline on 14 December.

Terima kasih,
Dr. Venkatesh Subramaniam
Visiting Lecturer | Dept. of Informatics Engineering
""",
  C("TRPL 3-210", "Internet of Things Systems Design"),
  "Indian visiting lecturer mixing Indonesian; H5P content not rendering; a deadline named")

# =================================================================================================================
# document_request (3)
# =================================================================================================================

M("bali-sop-formulir", "gmail", "alt", "id", "document_request",
  ("Ni Kadek Sri Utami", "admin.animasi@polibatam.ac.id"),
  "Permohonan SOP dan formulir perubahan data MK", (2026, 10, 14, 14, 0, 39), 7,
  """Om Swastiastu,

Selamat siang Bapak/Ibu P4M. Tiang Kadek, admin baru Prodi Animasi. Untuk persiapan semester genap, tiang mohon dikirimkan dokumen SOP layanan helpdesk e-learning beserta formulir permohonan perubahan data mata kuliah (format Word kalau ada).

Sebagai contoh, nanti akan ada perubahan pengampu untuk Animasi 2D (ANM 1.102), jadi tiang ingin memakai formulir resmi supaya tidak salah.

Suksma,
Ni Kadek Sri Utami
Admin | Prodi Animasi
""",
  C("ANM 1.102", "Animasi 2D"),
  "Balinese programme admin asks for the SOP and the change form; a future lecturer change is mentioned without a value")

M("filipino-certificate-cofacilitator", "outlook", "alt", "en", "document_request",
  ("Ma. Theresa Villanueva", "mt.villanueva@cbac-partner.edu.ph"),
  "Request for certificate - faculty participation in joint course", (2026, 11, 27, 15, 20, 31), 8,
  """Good afternoon po!

May we request a certificate or letter confirming that our faculty member, Mr. Ramon Dizon, served as co-facilitator in your course Seminar: Global Supply Chain Risk and Resilience (LPI 4.302) from September to December 2026? He needs it for his faculty ranking and promotion papers.

If possible, please address it to our Dean, Dr. Josefina Lim, and send a scanned signed copy by e-mail.

Thank you po and God bless!

Respectfully,
Ma. Theresa C. Villanueva, MBA
Linkages Coordinator, College of Business and Accountancy
""",
  C("LPI 4.302", "Seminar: Global Supply Chain Risk and Resilience"),
  "Filipino partner, +0800; a certificate for a co-facilitator; two people and a period named")

M("dutch-indo-surat-keterangan", "applemail", "alt", "id", "document_request",
  ("Annelies Hoekstra", "a.hoekstra@hnz-partner.nl"),
  "Permohonan surat keterangan mata kuliah bersama", (2026, 12, 9, 9, 0, 17), 1,
  """Selamat siang Bapak dan Ibu,

Nama saya Annelies Hoekstra, koordinator kerja sama internasional di Hogeschool Noord-Zwolle. Ibu saya berasal dari Ambon, maka maafkan bahasa Indonesia saya yang agak kuno.

Untuk laporan Erasmus+ kami, kami memerlukan surat keterangan resmi bahwa mata kuliah Renewable Energy Lab: Wind and Solar (ME 4.115) diselenggarakan pada e-learning Politeknik Negeri Batam semester ini, dengan dosen Bapak Hendra Saputra, M.T. dan Bapak Pieter van der Linden sebagai dosen tamu.

Apakah surat tersebut dapat dikirimkan dalam bahasa Inggris, ditandatangani, sebelum 18 Desember 2026?

Dengan hormat dan terima kasih,
Annelies Hoekstra
Coördinator Internationalisering
Hogeschool Noord-Zwolle
""",
  C("ME 4.115", "Renewable Energy Lab: Wind and Solar"),
  "Indo-Dutch coordinator writing formal, slightly old-fashioned Indonesian from the Netherlands (+0100); a letter confirming a joint course; lecturers named")

# =================================================================================================================
# other (3): name a course and a person, ask no change
# =================================================================================================================

M("indian-signature-role-line-meeting", "gmail", "alt", "en", "other",
  ("Kavitha Ramasamy", "kavitha.r@polibatam.ac.id"),
  "Meeting request - blended learning plan for Compiler Design", (2026, 11, 20, 15, 30, 24), 7,
  """Dear P4M team,

Greetings. I would like to request a short meeting with someone from P4M next week to discuss a blended-learning plan for my course Compiler Design (IF 3.212) next semester. My colleague Ir. Agus Salim, M.Kom., who coordinates the course, will also join.

Any day except Wednesday afternoon works for us. Nothing needs to be changed on the course page for now; we only want advice on structuring the weekly activities.

Thanking you,

Dr. Kavitha Ramasamy
Lecturer | Dept. of Informatics Engineering
Politeknik Negeri Batam
Room GU 707 | +62 812-6655-0913
""",
  C("IF 3.212", "Compiler Design"),
  "hard negative: a meeting request naming a course and a colleague, 'Nothing needs to be changed'; the signature's role line 'Lecturer | Dept. of ...' is not a lecturer value")

M("batak-memo-only-informs", "outlook", "htmlonly", "id", "other",
  ("Tiurma Hutabarat", "sekjur.elektro@polibatam.ac.id"),
  "Nota Dinas - Penetapan Pengampu MK Semester Genap (untuk diketahui)", (2026, 11, 30, 9, 0, 52), 7,
  """Yth. Kepala P4M,

Bersama ini kami teruskan nota dinas untuk diketahui.

NOTA DINAS
Nomor: 152/PL29.TE/ND/2026
Kepada: Kepala P4M; Ketua Program Studi di lingkungan Jurusan Teknik Elektro
Dari: Ketua Jurusan Teknik Elektro
Tanggal: 30 November 2026
Perihal: Penetapan Dosen Pengampu Semester Genap 2026/2027

Dengan hormat,
Diberitahukan bahwa SK penetapan dosen pengampu semester genap 2026/2027 telah terbit. Sebagai contoh, mata kuliah Robotika Lanjut - Praktikum (TE 2.201) tetap diampu oleh Muhammad Riduan Arsyad, S.T., M.Eng., dan mata kuliah Sistem Tertanam (EL 3.106) oleh Muhammad Fahmi Rizani, S.T., M.Eng.

Data pengampu di e-learning akan diperbarui sendiri oleh admin prodi setelah course semester genap dibuka. Nota dinas ini hanya untuk diketahui; tidak ada tindakan yang diperlukan dari P4M.

Ketua Jurusan Teknik Elektro,
Dr. Binsar Hutapea, S.T., M.T.

Tiurma Hutabarat
Sekretariat Jurusan Teknik Elektro
""",
  C("TE 2.201", "Robotika Lanjut - Praktikum"),
  "hard negative: a nota dinas (Kepada:/Dari:/Tanggal:/Perihal:) that only informs ('hanya untuk diketahui'); two courses with their lecturers named", enc="b64")

M("bugis-thanks-after-change", "gmail", "reply", "id", "other",
  ("Andi Muh. Ikhsan", "andi.ikhsan@polibatam.ac.id"),
  "Re: [P4M #4236] Selesai: perubahan data Statistika Industri", (2026, 11, 9, 10, 30, 8), 7,
  """Alhamdulillah, sudah berubah mi semua. Kelas, SKS, sama kode enrol di Statistika Industri sudah sesuai. Terima kasih banyak ki tim P4M, cepat sekali 🙏

Nilai: 5

Andi Muh. Ikhsan

Pada Jum, 6 Nov 2026 pukul 14.05 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
> Yth. Bapak Andi Muh. Ikhsan,
>
> Permintaan [P4M #4236] telah selesai dikerjakan:
> Mata kuliah: ME 2.105 Statistika Industri
> - Kelas: ME 2 Malam
> - SKS: 3
> - Kode pendaftaran: statind-malam26
>
> Mohon beri nilai layanan kami dari 1 (buruk) sampai 5 (sangat baik) dengan membalas email ini.
>
> Helpdesk P4M Politeknik Negeri Batam
""",
  C(None, "Statistika Industri"),
  "hard negative: thanks and a rating above the quoted resolution, which lists the values now shown; the code is only in the quote, so it is not labelled",
  reply_to="res-4236", quote_from="Pada Jum, 6 Nov 2026")


# =================================================================================================================
# rendering
# =================================================================================================================

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
HEX = "0123456789abcdef"
LOWER36 = "abcdefghijklmnopqrstuvwxyz0123456789"
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def tok(seed, n, alphabet=B62):
    """Deterministic token: FNV-1a of the seed, then a linear congruential walk (no randomness)."""
    x = 14695981039346656037
    for b in seed.encode("utf-8"):
        x = ((x ^ b) * 1099511628211) % (1 << 64)
    out = []
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out.append(alphabet[(x >> 33) % len(alphabet)])
    return "".join(out)


def uuid(seed, upper=False):
    u = tok(seed, 32, HEX)
    u = f"{u[:8]}-{u[8:12]}-4{u[13:16]}-{'89ab'[int(u[16], 16) % 4]}{u[17:20]}-{u[20:]}"
    return u.upper() if upper else u


def zone(tz):
    h, m = (tz, 0) if isinstance(tz, int) else tz
    return timezone(timedelta(hours=h, minutes=m))


def local_dt(when, tz):
    return datetime(*when, tzinfo=zone(tz))


def date_header(dt, pad=True):
    off = dt.utcoffset()
    mins = int(off.total_seconds()) // 60
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = f"{dt.day:02d}" if pad else str(dt.day)
    return (f"{DAYS[dt.weekday()]}, {day} {MONTHS[dt.month - 1]} {dt.year} "
            f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} {sign}{mins // 60:02d}{mins % 60:02d}")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def unesc(s):
    for a, b in (("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&#39;", "'"), ("&amp;", "&")):
        s = s.replace(a, b)
    return s


def nbsp(s):
    """Escape a line for HTML the way a rich-text editor keeps runs of spaces: '&nbsp; &nbsp;'."""
    def run(m):
        n = len(m.group(0))
        return "".join("&nbsp;" if i % 2 == 0 else " " for i in range(n))
    s = esc(s)
    s = re.sub(r"^ +", run, s)
    return re.sub(r" {2,}", run, s)


def hardwrap(text, width=72):
    """What a plain-text client without format=flowed sends: prose lines broken at the wrap width; table rows,
    quoted lines and lines without a space to break at are left alone."""
    out = []
    for line in text.split("\n"):
        if line == "--":
            out.append("-- ")
            continue
        if len(line) <= width or line.startswith(">") or "  " in line or "|" in line:
            out.append(line)
            continue
        while len(line) > width:
            cut = line.rfind(" ", 0, width + 1)
            if cut <= 0:
                break
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def flow(text, width=72):
    """RFC 3676 format=flowed: soft breaks end in a space; space-stuff lines that need it."""
    out = []
    for line in text.split("\n"):
        if line == "--":
            out.append("-- ")
            continue
        line = line.rstrip(" ")
        if line.startswith(">"):
            out.append(line)
            continue
        if line.startswith(" ") or line.startswith("From "):
            line = " " + line
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                cut = line.find(" ", width)
                if cut < 0:
                    break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def unflow(text):
    out, cur = [], ""
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]
        if line.endswith(" ") and line != "-- ":
            cur += line
        else:
            out.append(cur + line)
            cur = ""
    if cur:
        out.append(cur)
    return "\n".join(out)


def split_reply(body):
    """Return (new text, attribution line, quoted lines) for a '>' reply; (body, None, []) otherwise."""
    lines = body.rstrip("\n").split("\n")
    for i in range(len(lines) - 1):
        if (lines[i].endswith("menulis:") or lines[i].endswith("wrote:")) and lines[i + 1].startswith(">"):
            quoted = [q[1:].lstrip(" ") if q.startswith(">") else q for q in lines[i + 1:]]
            return "\n".join(lines[:i]).rstrip("\n"), lines[i], quoted
    return body, None, []


# ---- Gmail (web and Android) ---------------------------------------------------------------------------------

def gmail_divs(text):
    out = []
    for line in text.split("\n"):
        out.append("<div><br></div>" if line == "" else f"<div>{nbsp(line)}</div>")
    return "\n".join(out)


def gmail_forwards(text):
    """Gmail's inline forward, nested as deep as the text goes."""
    new, sep, rest = text.partition(FWD)
    html = gmail_divs(new.rstrip("\n"))
    if not sep:
        return html
    lines = rest.lstrip("\n").split("\n")
    k = lines.index("")
    head, inner = lines[:k], "\n".join(lines[k:]).strip("\n")
    attr = esc(FWD) + "<br>\n"
    for h in head:
        key, _, val = h.partition(": ")
        if key in ("Dari", "From") and "<" in val:
            name, _, addr = val.partition(" <")
            attr += (f'{key}: <strong class="gmail_sendername" dir="auto">{esc(name)}</strong> '
                     f'<span dir="auto">&lt;{esc(addr.rstrip(">"))}&gt;</span><br>\n')
        elif key in ("To", "Kepada") and "<" in val:
            name, _, addr = val.partition(" <")
            attr += f'{key}: {esc(name)} &lt;<a href="mailto:{addr.rstrip(">")}">{esc(addr.rstrip(">"))}</a>&gt;<br>\n'
        else:
            attr += esc(h) + "<br>\n"
    return (html + '<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + attr +
            '</div><br><br><div dir="ltr">' + gmail_forwards(inner) + "</div></div>")


def html_gmail(body, android=False):
    d = "auto" if android else "ltr"
    new, attr, quoted = split_reply(body)
    html = f'<div dir="{d}">' + gmail_forwards(new) + "</div>\n"
    if attr:
        html += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(attr) + "<br></div>"
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                 'rgb(204,204,204);padding-left:1ex">' + "<br>\n".join(nbsp(q) for q in quoted) +
                 "</blockquote></div>\n")
    return html


# ---- Outlook ---------------------------------------------------------------------------------------------------

def list_kind(line):
    """'num' for '1. text', 'dash' for '- text' or '• text', None otherwise."""
    head = line.split(". ", 1)[0]
    if ". " in line and head.isdigit() and len(head) <= 2:
        return "num"
    if line.startswith(("- ", "• ")):
        return "dash"
    return None


def outlook_header_at(lines, i):
    return (lines[i].startswith(("From: ", "Dari: ")) and i + 1 < len(lines)
            and lines[i + 1].startswith(("Sent: ", "Dikirim: ")))


def html_outlook(body):
    lines = body.rstrip("\n").split("\n")
    paras, i = [], 0
    while i < len(lines):
        line = lines[i]
        if outlook_header_at(lines, i):
            j = i
            rows = []
            while j < len(lines) and lines[j]:
                key, _, val = lines[j].partition(": ")
                rows.append(f"<b>{esc(key)}:</b> {esc(val)}")
                j += 1
            paras.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                         '<p class="MsoNormal"><span lang="EN-US">' + "<br>\n".join(rows) + "</span></p>\n</div>")
            i = j
            continue
        kind = list_kind(line)
        if line == "":
            paras.append('<p class="MsoNormal"><span lang="IN">&nbsp;</span></p>')
        elif kind:
            prev_same = i > 0 and list_kind(lines[i - 1]) == kind
            next_same = i + 1 < len(lines) and list_kind(lines[i + 1]) == kind
            cls = ("MsoListParagraphCxSpMiddle" if prev_same and next_same else
                   "MsoListParagraphCxSpLast" if prev_same else
                   "MsoListParagraphCxSpFirst" if next_same else "MsoListParagraph")
            if kind == "num":
                mark, _, text = line.partition(". ")
                mark += "."
                lfo = "l0 level1 lfo1"
            else:
                mark, text = line[0], line[2:]
                lfo = "l1 level1 lfo2"
            paras.append(f'<p class="{cls}" style="margin-left:18.0pt;text-indent:-18.0pt;mso-list:{lfo}">'
                         f'<![if !supportLists]><span lang="IN">{esc(mark)}<span style="font:7.0pt &quot;Times New '
                         'Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>'
                         f'<span lang="IN">{esc(text)}</span></p>')
        else:
            paras.append(f'<p class="MsoNormal"><span lang="IN">{esc(line)}</span></p>')
        i += 1
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",'
            'sans-serif;}\np.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph\n\t{margin-top:0cm;\n\t'
            'margin-right:0cm;\n\tmargin-bottom:0cm;\n\tmargin-left:36.0pt;\n\tfont-size:11.0pt;\n\tfont-family:'
            '"Calibri",sans-serif;}\n--></style>\n</head>\n<body lang="EN-ID" link="#0563C1" vlink="#954F72" '
            'style="word-wrap:break-word">\n<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def html_yahoo(body):
    lines = body.rstrip("\n").split("\n")
    inner = "".join('<div dir="ltr" data-setdir="false"><br></div>' if not ln else
                    f'<div dir="ltr" data-setdir="false">{nbsp(ln)}</div>' for ln in lines)
    return ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
            f'Arial, sans-serif;font-size:13px;">{inner}</div></body></html>\n')


def html_apple(body):
    lines = body.rstrip("\n").split("\n")
    first, rest = lines[0], lines[1:]
    inner = esc(first) + "".join("<div><br></div>" if not ln else f"<div>{esc(ln)}</div>" for ln in rest)
    return ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; '
            'charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: '
            f'after-white-space;">{inner}</body></html>')


# ---- attachments built by hand -----------------------------------------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_bytes(att):
    """A Word document: [Content_Types].xml, rels, document, styles and properties, zipped in Word's order with
    fixed timestamps."""
    def para(text, bold=False):
        if not text:
            return "<w:p/>"
        rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xesc(text)}</w:t></w:r></w:p>'

    body = []
    for b in att["blocks"]:
        if isinstance(b, str):
            body.append(para(b))
        elif b[0] == "b":
            body.append(para(b[1], bold=True))
        else:
            rows = b[1]
            grid = "".join('<w:gridCol w:w="3005"/>' for _ in rows[0])
            trs = []
            for r, row in enumerate(rows):
                tcs = "".join('<w:tc><w:tcPr><w:tcW w:w="3005" w:type="dxa"/></w:tcPr>' + para(c, bold=(r == 0)) +
                              "</w:tc>" for c in row)
                trs.append(f"<w:tr>{tcs}</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblLook w:val="04A0"/></w:tblPr>' f"<w:tblGrid>{grid}</w:tblGrid>" + "".join(trs) +
                        "</w:tbl>")
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    document = (head + f'<w:document xmlns:w="{W}"><w:body>' + "".join(body) +
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
                'w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')
    y, mo, d, h, mi = att["created"]
    stamp = f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00Z"
    later = f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi + 7 if mi < 52 else mi:02d}:00Z"
    files = [
        ("[Content_Types].xml", head +
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'wordprocessingml.document.main+xml"/>'
         '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'wordprocessingml.styles+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-'
         'properties+xml"/>'
         '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'extended-properties+xml"/></Types>'),
        ("_rels/.rels", head +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'extended-properties" Target="docProps/app.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
         'core-properties" Target="docProps/core.xml"/>'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", head +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'styles" Target="styles.xml"/></Relationships>'),
        ("word/styles.xml", head +
         f'<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" '
         'w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Times New Roman"/><w:sz w:val="22"/><w:szCs w:val="22"/>'
         '<w:lang w:val="id-ID" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
         '<w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
         '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
         '</w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr>'
         '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" '
         'w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" '
         'w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
         '</w:tblBorders></w:tblPr></w:style></w:styles>'),
        ("docProps/core.xml", head +
         '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
         'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         f'<dc:title>{xesc(att["title"])}</dc:title><dc:creator>{xesc(att["author"])}</dc:creator>'
         f'<cp:lastModifiedBy>{xesc(att["author"])}</cp:lastModifiedBy><cp:revision>2</cp:revision>'
         f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
         f'<dcterms:modified xsi:type="dcterms:W3CDTF">{later}</dcterms:modified></cp:coreProperties>'),
        ("docProps/app.xml", head +
         '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
         'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm'
         '</Template><TotalTime>7</TotalTime><Pages>1</Pages><Application>Microsoft Office Word</Application>'
         '<DocSecurity>0</DocSecurity><AppVersion>16.0000</AppVersion></Properties>'),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # as Word writes it
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zf.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        root = ElementTree.fromstring(zf.read("word/document.xml"))
    lines = []
    for child in root.find(f"{{{W}}}body"):
        if child.tag == f"{{{W}}}p":
            lines.append("".join(t.text or "" for t in child.iter(f"{{{W}}}t")))
        elif child.tag == f"{{{W}}}tbl":
            for tr in child.iter(f"{{{W}}}tr"):
                lines.append("\t".join("".join(t.text or "" for t in tc.iter(f"{{{W}}}t"))
                                       for tc in tr.iter(f"{{{W}}}tc")))
    return "\n".join(lines)


def pdf_str(s):
    assert s.isascii(), s
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def pdf_bytes(att):
    """A one-page PDF 1.4 with the standard Helvetica fonts, an uncompressed content stream, and a correct xref."""
    ops = ["BT", "/F1 10 Tf", "14 TL", "64 780 Td"]
    for b in att["blocks"]:
        bold = isinstance(b, tuple)
        text = b[1] if bold else b
        if bold:
            ops.append(f"/F2 10 Tf {pdf_str(text)} Tj T* /F1 10 Tf")
        elif text:
            ops.append(f"{pdf_str(text)} Tj T*")
        else:
            ops.append("T*")
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    y, mo, d, h, mi = att["created"]
    when = f"D:{y:04d}{mo:02d}{d:02d}{h:02d}{mi:02d}00Z"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> "
        b"/Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        (f"<< /Title {pdf_str(att['title'])} /Author {pdf_str(att['author'])} /CreationDate ({when}) "
         f"/ModDate ({when}) >>").encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    fid = tok(att["filename"], 32, HEX).encode()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, fid, fid, xref))
    return bytes(out)


def pdf_text(data):
    start = data.index(b"stream\n") + len(b"stream\n")
    stream = data[start:data.index(b"endstream", start)].decode("latin-1")
    lines = []
    for m in re.finditer(r"\(((?:\\.|[^\\)])*)\) Tj|T\*", stream):
        if m.group(0) == "T*":
            continue
        lines.append(re.sub(r"\\(.)", r"\1", m.group(1)))
    return "\n".join(lines)


def attachment_bytes(att):
    return docx_bytes(att) if att["kind"] == "docx" else pdf_bytes(att)


def attachment_text(att):
    data = attachment_bytes(att)
    return docx_text(data) if att["kind"] == "docx" else pdf_text(data)


# ---- MIME --------------------------------------------------------------------------------------------------------

def encode(text, cte):
    data = text.encode("utf-8")
    if cte == "quoted-printable":
        out = quoprimime.body_encode(data.decode("latin-1"), 76)
    elif cte == "base64":
        out = base64mime.body_encode(data, 76)
    elif cte == "7bit":
        out = data.decode("ascii")
    else:
        out = data.decode("ascii", "surrogateescape")
    return out if out.endswith("\n") else out + "\n"


def leaf(ctype, text, cte):
    if cte == "8bit" and text.isascii():
        cte = "7bit"
    p = MIMEPart(policy=BUILD)
    p["Content-Type"] = ctype
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(encode(text, cte))
    return p


CTE = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}
MIME_TYPES = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
              "pdf": "application/pdf"}


def attachment_part(att, client, seed, dt):
    data = attachment_bytes(att)
    ctype, fname = MIME_TYPES[att["kind"]], att["filename"]
    p = MIMEPart(policy=BUILD)
    if client == "outlook":
        stamp = date_header(dt.astimezone(timezone.utc)).replace("+0000", "GMT")
        p["Content-Type"] = f'{ctype}; name="{fname}"'
        p["Content-Description"] = fname
        p["Content-Disposition"] = (f'attachment; filename="{fname}"; size={len(data)}; '
                                    f'creation-date="{stamp}"; modification-date="{stamp}"')
        p["Content-Transfer-Encoding"] = "base64"
    elif client == "gmail":
        fid = "f_" + tok(seed + "att", 9, LOWER36)
        p["Content-Type"] = f'{ctype}; name="{fname}"'
        p["Content-Disposition"] = f'attachment; filename="{fname}"'
        p["Content-Transfer-Encoding"] = "base64"
        p["Content-ID"] = f"<{fid}>"
        p["X-Attachment-Id"] = fid
    else:  # yahoo
        p["Content-Type"] = f'{ctype}; name="{fname}"'
        p["Content-Transfer-Encoding"] = "base64"
        p["Content-Disposition"] = f'attachment; filename="{fname}"'
    p.set_payload(base64mime.body_encode(data, 76))
    return p


def message_id(client, seed, domain, dt):
    if client in ("gmail", "android"):
        return f"<CA{tok(seed, 44)}@mail.gmail.com>"
    if client == "outlook":
        box = tok(seed + "box", 4, "0123456789")
        return f"<SEZPR06MB{box}{tok(seed, 32, HEX).upper()}@SEZPR06MB{box}.apcprd06.prod.outlook.com>"
    if client in ("iphone", "thunderbird"):
        return f"<{uuid(seed, upper=client == 'iphone')}@{domain}>"
    if client == "applemail":
        return f"<{uuid(seed, upper=True)}@{domain}>"
    if client == "roundcube":
        return f"<{tok(seed, 32, HEX)}@polibatam.ac.id>"
    if client == "neomutt":
        u = dt.astimezone(timezone.utc)
        return f"<{u:%Y%m%d%H%M%S}.{tok(seed, 12, LOWER36)}@{domain}>"
    if client == "yahoo":
        return (f"<{tok(seed, 10, '0123456789')}.{tok(seed + 'y', 7, '0123456789')}."
                f"{int(dt.timestamp()) * 1000 + int(tok(seed + 'ms', 3, '0123456789'))}@mail.yahoo.com>")
    raise ValueError(client)


def helpdesk_ref(name):
    return f"<{name}.{tok(name, 12, HEX)}@polibatam.ac.id>"


def reference(spec):
    if spec.get("reply_to"):
        return helpdesk_ref(spec["reply_to"])
    if spec.get("refs"):
        return f"<CA{tok(CORPUS + '/' + spec['refs'], 44)}@mail.gmail.com>"
    return None


def alternative(plain, html, boundary, plain_ct, html_ct, cte="quoted-printable"):
    alt = MIMEPart(policy=BUILD)
    alt["Content-Type"] = f'multipart/alternative; boundary="{boundary}"'
    alt.attach(leaf(plain_ct, plain, cte))
    alt.attach(leaf(html_ct, html, cte))
    return alt


def build(spec, seed):
    """Render one mail to an EmailMessage; headers in the order the client writes them."""
    client, quirk, enc = spec["client"], spec["quirk"], spec.get("enc", "qp")
    dt = local_dt(spec["when"], spec["tz"])
    name, addr = spec["sender"]
    domain = addr.split("@")[1]
    frm = formataddr((name, addr))
    to = HELPDESK if client in ("gmail", "android", "iphone", "yahoo", "applemail") else f"{HELPDESK_NAME} <{HELPDESK}>"
    mid = message_id(client, seed, domain, dt)
    subject, body = spec["subject"], spec["body"]
    ref = reference(spec)
    att = spec.get("attach")

    msg = EmailMessage(policy=BUILD)
    if client in ("gmail", "android"):
        msg["MIME-Version"] = "1.0"
        if ref:
            msg["References"] = ref
            msg["In-Reply-To"] = ref
        msg["From"] = frm
        msg["Date"] = date_header(dt, pad=False)
        msg["Message-ID"] = mid
        msg["Subject"] = subject
        msg["To"] = to
        b_alt = "0000000000" + tok(seed + "b", 18, HEX)
        html = html_gmail(body, client == "android")
        if att:
            b_mix = "0000000000" + tok(seed + "m", 18, HEX)
            msg["Content-Type"] = f'multipart/mixed; boundary="{b_mix}"'
            msg.attach(alternative(body, html, b_alt, 'text/plain; charset="UTF-8"', 'text/html; charset="UTF-8"'))
            msg.attach(attachment_part(att, "gmail", seed, dt))
        else:
            msg["Content-Type"] = f'multipart/alternative; boundary="{b_alt}"'
            msg.attach(leaf('text/plain; charset="UTF-8"', body, "quoted-printable"))
            msg.attach(leaf('text/html; charset="UTF-8"', html, "quoted-printable"))
    elif client == "outlook":
        msg["From"] = frm
        msg["To"] = to
        msg["Subject"] = subject
        topic = subject
        for p in ("RE: ", "FW: "):
            while topic.startswith(p):
                topic = topic[len(p):]
        msg["Thread-Topic"] = topic
        msg["Thread-Index"] = "Ad" + tok(seed + "ti", 30) + "=="
        msg["Date"] = date_header(dt)
        msg["Message-ID"] = mid
        if ref:
            msg["References"] = ref
            msg["In-Reply-To"] = ref
        msg["Accept-Language"] = "en-US, id-ID" if spec["lang"] == "en" else "id-ID, en-US"
        msg["Content-Language"] = ("en-US" if spec["lang"] == "en" else
                                   "ms-MY" if domain.endswith(".my") else "id-ID")
        msg["X-MS-Has-Attach"] = "yes" if att else ""
        msg["X-MS-TNEF-Correlator"] = ""
        if quirk == "htmlonly":
            msg["Content-Type"] = 'text/html; charset="utf-8"'
            msg["Content-Transfer-Encoding"] = CTE[enc]
            msg.set_payload(encode(html_outlook(body), CTE[enc]))
        elif att:
            b_mix = "_004_" + tok(seed + "m", 40, HEX).upper() + "_"
            b_alt = "_000_" + tok(seed + "b", 40, HEX).upper() + "_"
            msg["Content-Type"] = f'multipart/mixed; boundary="{b_mix}"'
            msg.attach(alternative(body, html_outlook(body), b_alt, 'text/plain; charset="utf-8"',
                                   'text/html; charset="utf-8"'))
            msg.attach(attachment_part(att, "outlook", seed, dt))
        else:
            boundary = "_000_" + tok(seed + "b", 40, HEX).upper() + "_"
            msg["Content-Type"] = f'multipart/alternative; boundary="{boundary}"'
            msg.attach(leaf('text/plain; charset="utf-8"', body, "quoted-printable"))
            msg.attach(leaf('text/html; charset="utf-8"', html_outlook(body), "quoted-printable"))
        msg["MIME-Version"] = "1.0"
    elif client == "iphone":
        msg["Content-Type"] = "text/plain; charset=utf-8"
        msg["Content-Transfer-Encoding"] = "quoted-printable"
        msg["From"] = frm
        msg["Mime-Version"] = "1.0 (1.0)"
        msg["Date"] = date_header(dt, pad=False)
        msg["Subject"] = subject
        msg["Message-Id"] = mid
        msg["To"] = to
        msg["X-Mailer"] = "iPhone Mail (22B91)"
        msg.set_payload(encode(body, "quoted-printable"))
    elif client == "thunderbird":
        msg["Message-ID"] = mid
        msg["Date"] = date_header(dt, pad=False)
        msg["MIME-Version"] = "1.0"
        msg["User-Agent"] = "Mozilla Thunderbird"
        msg["Content-Language"] = "en-US" if spec["lang"] == "en" else "id"
        msg["To"] = to
        msg["From"] = frm
        msg["Subject"] = subject
        if quirk == "flowed":
            text, params = flow(body), "; format=flowed"
        else:
            text, params = hardwrap(body), ""
        cte = CTE[enc]
        if cte == "8bit" and text.isascii():
            cte = "7bit"
        msg["Content-Type"] = f"text/plain; charset=UTF-8{params}"
        msg["Content-Transfer-Encoding"] = cte
        msg.set_payload(encode(text, cte))
    elif client == "neomutt":
        msg["Date"] = date_header(dt)
        msg["From"] = frm
        msg["To"] = HELPDESK
        msg["Subject"] = subject
        msg["Message-ID"] = mid
        msg["MIME-Version"] = "1.0"
        text = hardwrap(body)
        ascii_only = text.isascii()
        msg["Content-Type"] = "text/plain; charset=" + ("us-ascii" if ascii_only else "utf-8")
        msg["Content-Disposition"] = "inline"
        if not ascii_only:
            msg["Content-Transfer-Encoding"] = "8bit"
        msg["User-Agent"] = "NeoMutt/20231103"
        msg.set_payload(encode(text, "7bit" if ascii_only else "8bit"))
    elif client == "applemail":
        boundary = "Apple-Mail=_" + uuid(seed + "b", upper=True)
        msg["From"] = frm
        msg["Content-Type"] = f'multipart/alternative; boundary="{boundary}"'
        msg["Mime-Version"] = "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"
        msg["Subject"] = subject
        msg["Message-Id"] = mid
        msg["Date"] = date_header(dt, pad=False)
        msg["To"] = to
        msg["X-Mailer"] = "Apple Mail (2.3826.300.87.4.3)"
        for ctype, text in (("text/plain; charset=utf-8", body), ("text/html; charset=utf-8", html_apple(body))):
            p = MIMEPart(policy=BUILD)
            p["Content-Transfer-Encoding"] = "quoted-printable"
            p["Content-Type"] = ctype
            p.set_payload(encode(text, "quoted-printable"))
            msg.attach(p)
    elif client == "roundcube":
        msg["MIME-Version"] = "1.0"
        msg["Date"] = date_header(dt)
        msg["From"] = frm
        msg["To"] = to
        msg["Subject"] = subject
        msg["Message-ID"] = mid
        msg["X-Sender"] = addr
        msg["User-Agent"] = "Roundcube Webmail/1.6.9"
        msg["Content-Type"] = "text/plain; charset=UTF-8; format=flowed"
        msg["Content-Transfer-Encoding"] = CTE[enc]
        msg.set_payload(encode(flow(body), CTE[enc]))
    elif client == "yahoo":
        msg["Date"] = date_header(dt)
        msg["From"] = frm
        msg["To"] = to
        msg["Message-ID"] = mid
        msg["Subject"] = subject
        msg["MIME-Version"] = "1.0"
        b_alt = ("----=_Part_" + tok(seed + "b", 7, "0123456789") + "_" + tok(seed + "c", 9, "0123456789") + "." +
                 str(int(dt.timestamp()) * 1000))
        if att:
            b_mix = ("----=_Part_" + tok(seed + "m", 7, "0123456789") + "_" + tok(seed + "n", 9, "0123456789") +
                     "." + str(int(dt.timestamp()) * 1000))
            msg["Content-Type"] = f'multipart/mixed; boundary="{b_mix}"'
            msg.attach(alternative(body, html_yahoo(body), b_alt, "text/plain; charset=UTF-8",
                                   "text/html; charset=UTF-8", cte="base64"))
            msg.attach(attachment_part(att, "yahoo", seed, dt))
        else:
            msg["Content-Type"] = f'multipart/alternative; boundary="{b_alt}"'
            msg.attach(leaf("text/plain; charset=UTF-8", body, "base64"))
            msg.attach(leaf("text/html; charset=UTF-8", html_yahoo(body), "base64"))
        msg["X-Mailer"] = "WebService/1.1.22806 YMailNorrin"
    else:
        raise ValueError(client)
    return msg


# =================================================================================================================
# checks and output
# =================================================================================================================

def norm(s):
    return " ".join(s.replace("\u00a0", " ").split())


def strip_tags(s):
    s = re.sub(r"<!\[if !supportLists\]>|<!\[endif\]>", "", s)
    s = re.sub(r"<style>.*?</style>", " ", s, flags=re.S)
    out, intag = [], False
    for ch in s:
        if ch == "<":
            intag = True
            out.append(" ")
        elif ch == ">" and intag:
            intag = False
        elif not intag:
            out.append(ch)
    return unesc("".join(out))


def readable_parts(msg):
    """Decoded text of every non-empty text part, as a reader sees it (flowed joined, HTML without tags)."""
    out = []
    for p in msg.walk():
        assert not p.defects, p.defects
        if p.get_content_maintype() != "text":
            continue
        t = p.get_content()
        if p.get_content_subtype() == "html":
            t = strip_tags(t)
        elif p.get_param("format") == "flowed":
            t = unflow(t)
        if t.strip():
            out.append((p.get_content_type(), norm(t)))
    return out


def attachments(msg):
    return [(p.get_filename(), p.get_content()) for p in msg.walk()
            if p.get_content_maintype() == "application"]


def count(items):
    c = {}
    for i in items:
        c[i] = c.get(i, 0) + 1
    return dict(sorted(c.items()))


BAD_EDGE = "\"'“”‘’([{<,;:"


def main():
    order = sorted(range(len(SPECS)),
                   key=lambda i: (local_dt(SPECS[i]["when"], SPECS[i]["tz"]).astimezone(timezone.utc),
                                  SPECS[i]["slug"]))
    files, labels, mids, slugs = {}, {}, set(), set()
    for n, i in enumerate(order, 1):
        s = SPECS[i]
        assert s["slug"] not in slugs, s["slug"]
        slugs.add(s["slug"])
        fname = f"{n:03d}-{s['client']}-{s['quirk']}-{s['slug']}.eml"
        assert s["subject"].isascii() and s["sender"][0].isascii(), fname
        raw = build(s, f"{CORPUS}/{s['slug']}").as_bytes(policy=BUILD)
        msg = message_from_bytes(raw, policy=POLICY)
        assert not msg.defects, (fname, msg.defects)
        assert HELPDESK in str(msg["To"]), fname
        mid = str(msg["Message-ID"]).strip()
        assert mid.startswith("<") and mid not in mids, fname
        mids.add(mid)
        dt = msg["Date"].datetime
        assert dt.tzinfo is not None and dt.utcoffset() == local_dt(s["when"], s["tz"]).utcoffset(), fname
        assert (dt.year, dt.month) in ((2026, 10), (2026, 11), (2026, 12)), fname
        assert str(msg["Date"]).split(",")[0] == DAYS[dt.weekday()], fname
        parts = readable_parts(msg)
        assert parts, fname
        att = s.get("attach")
        if att:
            got = attachments(msg)
            assert len(got) == 1 and got[0][0] == att["filename"], fname
            assert got[0][1] == attachment_bytes(att), fname
            carrier = [("attachment", norm(attachment_text(att)))]
            if att["kind"] == "pdf":
                assert all(len(b if isinstance(b, str) else b[1]) <= 92 for b in att["blocks"]), fname
        else:
            carrier = parts
        f = dict(s["fields"])
        shown = []  # strings that must appear in the text that carries the request
        values = []
        if s["type"] == "course_data":
            assert set(f) == {"course_code", "course_name", "changes"}, fname
            assert f["changes"], fname
            for field, value in f["changes"].items():
                assert field in FIELDS, (fname, field)
                assert value == value.strip() and value[0] not in BAD_EDGE and value[-1] not in BAD_EDGE, \
                    (fname, value)
                if field in ("credits", "semester"):
                    assert value.isdigit() or value in ("Ganjil", "Genap"), (fname, value)
                values.append(value)
        elif s["type"] == "announcement":
            assert f["scope"] in ("course", "site"), fname
            assert (f["scope"] == "course") == ("course_code" in f), fname
            pub = datetime.fromisoformat(f["publish_at"])
            assert pub.tzinfo is not None and pub > dt, (fname, pub, dt)
            values.append(f["title"])
        else:
            assert s["type"] in ("other", "elearning_support", "document_request"), fname
            assert "changes" not in f, fname
        shown += values
        shown += [v for k, v in f.items() if k in ("course_code", "course_name") and v]
        for d in s["decoys"]:
            assert norm(d) not in {norm(v) for v in values}, (fname, "decoy equals a value", d)
            shown.append(d)
        for ct, text in carrier:
            for v in shown:
                assert norm(v) in text, (fname, ct, v)
        body = s["body"]
        if s.get("quote_from"):
            assert s["quote_from"] in body, fname
            new = norm(body.split(s["quote_from"])[0])
            for v in values + ([f["course_code"]] if f.get("course_code") else []):
                assert norm(v) in new, (fname, "not in the new text", v)
            if not f.get("course_code"):
                assert "course_code" not in f, fname
        if s.get("deep_from"):
            top = norm(body.split(s["deep_from"])[0])
            for v in values + [f["course_code"]]:
                assert norm(v) not in top, (fname, "value above the forward", v)
        if s.get("own_line"):
            v = f["changes"][s["own_line"]]
            assert f"\n\n{v}\n\n" in body, (fname, "not on a line of its own")
        assert s["lang"] in ("id", "en", "mixed"), fname
        files[fname] = raw
        labels[fname] = {"type": s["type"], "lang": s["lang"], "fields": f, "note": s["note"]}

    # the plan
    types = count(v["type"] for v in labels.values())
    langs = count(v["lang"] for v in labels.values())
    clients = count(s["client"] + "/" + s["quirk"] for s in SPECS)
    cd = [v for v in labels.values() if v["type"] == "course_data"]
    per_field = count(k for v in cd for k in v["fields"]["changes"])
    multi = sum(1 for v in cd if len(v["fields"]["changes"]) >= 2)
    ann = [v for v in labels.values() if v["type"] == "announcement"]
    scopes = count(v["fields"]["scope"] for v in ann)
    offsets = count(v["fields"]["publish_at"][-6:] for v in ann)
    attached = sum(1 for s in SPECS if s.get("attach"))
    assert len(labels) == 60, len(labels)
    assert types == {"announcement": 8, "course_data": 40, "document_request": 3, "elearning_support": 6,
                     "other": 3}, types
    assert langs == {"en": 15, "id": 30, "mixed": 15}, langs
    assert per_field == {"class": 8, "credits": 4, "enrolment_key": 10, "fullname": 11, "lecturer": 14,
                         "semester": 5, "shortname": 8, "summary": 4}, per_field
    assert multi == 18 and attached == 6, (multi, attached)

    for fname, raw in files.items():
        with open(f"{OUT}/{fname}", "wb") as fh:
            fh.write(raw)
    with open(f"{OUT}/labels.json", "w", encoding="utf-8") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {len(files)} mails")
    print(f"types {types}\nlangs {langs}\nfields {per_field} ({sum(per_field.values())} values); "
          f"{multi} mails with 2-4 changes; {attached} with the request in an attachment\n"
          f"announcements {scopes}, publish offsets {offsets}\nclients {clients}")


if __name__ == "__main__":
    main()

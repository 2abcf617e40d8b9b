#!/usr/bin/env python3
"""Twenty-seventh tuning corpus (the former held-out part16): writes the 70 mails and labels.json (stdlib only, deterministic)."""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import html
import io
import json
import os
import quopri
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
PLAN = {"course_data": 22, "announcement": 16, "elearning_support": 12,
        "document_request": 7, "other": 7, "auto": 6}
TO = "helpdesk-p4m@polibatam.ac.id"


def h(slug, n=16):
    return hashlib.sha256(slug.encode()).hexdigest()[:n]


# ---------------------------------------------------------------- MIME pieces
def text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    raw = body.encode(charset)
    ct = "text/%s; charset=%s" % (subtype, charset if charset != "utf-8" else "UTF-8")
    if flowed:
        ct = "text/plain; charset=UTF-8; format=flowed; delsp=no"
    if cte == "quoted-printable":
        enc = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        enc = base64.encodebytes(raw).decode("ascii")
    else:
        enc = raw.decode(charset)
    return "Content-Type: %s\nContent-Transfer-Encoding: %s\n\n%s" % (ct, cte, enc.rstrip("\n") + "\n")


def multi(subtype, boundary, *parts):
    out = "Content-Type: multipart/%s; boundary=\"%s\"\n\n" % (subtype, boundary)
    for p in parts:
        out += "--%s\n%s" % (boundary, p)
    return out + "--%s--\n" % boundary


def attach(ctype, filename, data):
    enc = base64.encodebytes(data).decode("ascii")
    return ("Content-Type: %s; name=\"%s\"\nContent-Disposition: attachment; filename=\"%s\"\n"
            "Content-Transfer-Encoding: base64\n\n%s" % (ctype, filename, filename, enc))


def rfc822(raw):
    return "Content-Type: message/rfc822\nContent-Disposition: attachment\n\n" + raw.rstrip("\n") + "\n"


def docx(paragraphs):
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    body = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % esc(p) for p in paragraphs)
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 60 780 Td 14 TL\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET\n"
    stream = stream.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def ew_b(s):
    return "=?UTF-8?B?%s?=" % base64.b64encode(s.encode()).decode()


def ew_q(s):
    q = "".join(c if (c.isascii() and c.isalnum()) else ("_" if c == " " else "".join("=%02X" % b for b in c.encode())) for c in s)
    return "=?UTF-8?Q?%s?=" % q


# ---------------------------------------------------------------- messages
MSGS = []


def mail(slug, date, frm, subject, body, label, headers=(), subj_raw=None, to=TO, mid_host="mail.gmail.com"):
    """body: a MIME entity string (headers + content) from text()/multi()."""
    date = re.sub(r"^(\w{3}), (\d) ", r"\1, 0\2 ", date)
    hd = ["From: %s" % frm, "To: %s" % to, "Subject: %s" % (subj_raw or subject), "Date: %s" % date,
          "Message-ID: <%s@%s>" % (h(slug, 24), mid_host)]
    hd += list(headers)
    hd.append("MIME-Version: 1.0")
    raw = "\n".join(hd) + "\n" + body
    MSGS.append(dict(slug=slug, date=date, subject=subject, raw=raw, label=label))


def L(type_, lang, fields=None, note=""):
    return {"type": type_, "lang": lang, "fields": fields or {}, "note": note}


def CD(lang, code=None, name=None, changes=None, note=""):
    f = {}
    if code:
        f["course_code"] = code
    if name:
        f["course_name"] = name
    f["changes"] = changes or {}
    return L("course_data", lang, f, note)


def AN(lang, title, scope, publish_at=None, code=None, name=None, note=""):
    f = {}
    if code:
        f["course_code"] = code
    if name:
        f["course_name"] = name
    f["title"] = title
    f["scope"] = scope
    if publish_at:
        f["publish_at"] = publish_at
    return L("announcement", lang, f, note)


def B(slug, k=""):
    return "----=_Part_%s" % h(slug + k, 20)


def outlook_html(inner):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!--\n'
            'p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
            '@page WordSection1 {size:612.0pt 792.0pt;}\n--></style></head>\n'
            '<body lang="EN-US" link="#0563C1"><div class="WordSection1">\n%s\n</div></body></html>' % inner)


# ================================================================ course_data (22)
s = "outlook-circular-table-rename"
mail(s, "Tue, 1 Sep 2026 09:12:44 +0700", "Sekretariat Wadir I <wadir1@polibatam.ac.id>",
     "Permohonan Penyesuaian Nama Mata Kuliah Prodi RPL",
     text(outlook_html(
         '<p class="MsoNormal">Nomor&nbsp;&nbsp;&nbsp;: 1187/PL29/AK.01/2026</p>'
         '<p class="MsoNormal">Lampiran : -</p>'
         '<p class="MsoNormal">Perihal&nbsp;&nbsp;: Penyesuaian Nama Mata Kuliah pada E-Learning</p>'
         '<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Yth. Kepala P4M<br>Politeknik Negeri Batam</p>'
         '<p class="MsoNormal">Dengan hormat,</p>'
         '<p class="MsoNormal">Berdasarkan Keputusan Direktur tentang Kurikulum Program Studi Rekayasa Perangkat Lunak Tahun 2026, '
         'bersama ini kami mohon bantuan agar nama mata kuliah berikut disesuaikan pada laman e-learning:</p>'
         '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
         '<tr><td><p class="MsoNormal"><b>Kode</b></p></td><td><p class="MsoNormal"><b>Nama Saat Ini</b></p></td><td><p class="MsoNormal"><b>Nama Sesuai Kurikulum 2026</b></p></td></tr>'
         '<tr><td><p class="MsoNormal">RPL2203</p></td><td><p class="MsoNormal">Pemrograman Berorientasi Objek</p></td><td><p class="MsoNormal">Pemrograman Berorientasi Objek &amp; Desain Pola</p></td></tr>'
         '</table>'
         '<p class="MsoNormal">Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.</p>'
         '<p class="MsoNormal">a.n. Wakil Direktur Bidang Akademik<br>Kepala Subbagian Akademik</p>'), "html"),
     CD("id", "RPL2203", "Pemrograman Berorientasi Objek",
        {"fullname": "Pemrograman Berorientasi Objek & Desain Pola"}),
     headers=["Thread-Index: AdxA1bq7c2", "X-Mailer: Microsoft Outlook 16.0", "Content-Language: id-ID"],
     mid_host="PS2PR03MB.apcprd03.prod.outlook.com")

s = "gmail-whatsapp-export-trm"
wa = ("Pak, ini saya terusin chat dari grup kaprodi ya, mohon ditindaklanjuti:\n\n"
      "[10.15, 12/10/2026] Bu Rina Kaprodi TRM: Teman2, MK TRM-2104 di elearning namanya masih Desain Grafis Dasar\n"
      "[10.16, 12/10/2026] Bu Rina Kaprodi TRM: harusnya sekarang Desain Komunikasi Visual 1\n"
      "[10.16, 12/10/2026] Bu Rina Kaprodi TRM: sekalian enrol key nya ganti jadi dkv1-2026 biar gak bocor ke angkatan lama\n"
      "[10.18, 12/10/2026] Pak Dedi: siap bu, nanti saya email ke P4M\n\n"
      "Begitu pak. Terima kasih\n\n-- \nDedi Kurniawan\nDosen TRM Polibatam\n")
mail(s, "Mon, 12 Oct 2026 10:41:09 +0700", "Dedi Kurniawan <dedi.kurniawan@polibatam.ac.id>",
     "MK TRM-2104 ganti nama + enrol key",
     multi("alternative", "000000000000" + h(s, 12), text(wa, cte="quoted-printable"),
           text("<div dir=\"ltr\">" + html.escape(wa).replace("\n", "<br>") + "</div>", "html")),
     CD("id", "TRM-2104", "Desain Grafis Dasar",
        {"fullname": "Desain Komunikasi Visual 1", "enrolment_key": "dkv1-2026"}, "Request told in a pasted WhatsApp export."))

s = "roundcube-verbless-lines-abt"
mail(s, "Wed, 16 Sep 2026 14:03:51 +0700", "Kaprodi ABT <kaprodi.abt@polibatam.ac.id>",
     "ABT-301",
     text("ABT-301 -> nama: Manajemen Pemasaran Digital\n"
          "ABT-301 -> singkatan: MPD-ABT\n"
          "ABT-301 -> sks: 3\n\n"
          "(skrg di elearning: Manajemen Pemasaran, 2 sks)\n\nRatna S.\nKaprodi Administrasi Bisnis Terapan\n"),
     CD("id", "ABT-301", "Manajemen Pemasaran",
        {"fullname": "Manajemen Pemasaran Digital", "shortname": "MPD-ABT", "credits": "3"}),
     headers=["User-Agent: Roundcube Webmail/1.6.6"], mid_host="webmail.polibatam.ac.id")

s = "samsung-value-first-b64"
mail(s, "Thu, 17 Sep 2026 19:27:33 +0700", "Yohanes <yohanes.if@gmail.com>",
     "Re: nama MK",
     text("'Basis Data Terapan' itu nama barunya ya mas, utk if-214 yg sekarang masih Basis Data.\n"
          "Mohon diganti di elearning.\n\nDikirim dari Samsung Galaxy smartphone saya.\n", cte="base64"),
     CD("id", "if-214", "Basis Data", {"fullname": "Basis Data Terapan"}, "Value given before the field."),
     headers=["In-Reply-To: <a1b2c3@polibatam.ac.id>"], mid_host="email.android.com")

s = "latin1-oldformal-sudilah-lecturer"
mail(s, "Fri, 18 Sep 2026 08:05:10 +0700", "Drs. H. Syamsul Bahri, M.T. <syamsul.bahri@polibatam.ac.id>",
     "Permohonan penggantian dosen pengampu",
     text("Kepada Yth.\nBapak/Ibu Pengelola E-Learning P4M\ndi tempat\n\nDengan hormat,\n\n"
          "Bersama surat elektronik ini, saya yang bertanda tangan di bawah ini memohon agar kiranya Bapak/Ibu "
          "sudilah berkenan mengganti nama dosen pengampu mata kuliah TRPE 2201 Termodinamika Teknik pada "
          "laman e-learning, dari nama saya menjadi Ir. Yusran Lubis, M.Eng., oleh karena saya telah memasuki "
          "masa purnabakti per 1 Oktober 2026.\n\n"
          "Atas perkenan dan bantuan Bapak/Ibu, saya haturkan terima kasih yang sebesar-besarnya.\n\n"
          "Hormat saya,\n\nDrs. H. Syamsul Bahri, M.T.\nProgram Studi Teknologi Rekayasa Pembangkit Energi\n",
          charset="iso-8859-1"),
     CD("id", "TRPE 2201", "Termodinamika Teknik", {"lecturer": "Ir. Yusran Lubis, M.Eng."}),
     headers=["X-Mailer: Microsoft Outlook 14.0"], mid_host="polibatam.ac.id")

s = "yahoo-quoted-malay-enrolkey"
mail(s, "Mon, 21 Sep 2026 21:14:02 +0700", "Zulkarnain <zul_pekanbaru@yahoo.co.id>",
     "Re: kunci pendaftaran",
     text("Assalamualaikum bang,\nTolonglah tukarkan kunci pendaftaran kelas TRKS-204 tu, budak-budak kelas lain "
          "dah tau kuncinya. Buatlah jadi Siber#204!xB ye bang. Terima kasih banyak.\n\nZul\n\n"
          "> On Monday, 21 September 2026, 09:02 GMT+7, P4M <helpdesk-p4m@polibatam.ac.id> wrote:\n>\n"
          "> Baik Pak, kunci pendaftaran bisa diatur oleh P4M. Silakan sampaikan kunci baru yang diinginkan.\n>\n"
          "> Salam, P4M\n", charset="utf-8", cte="7bit"),
     CD("id", "TRKS-204", None, {"enrolment_key": "Siber#204!xB"}, "Sumatran Malay voice; Yahoo quoting."),
     headers=["X-Mailer: YahooMailAndroidMobile"], mid_host="mail.yahoo.com")

s = "gmail-betawi-class-malam"
mail(s, "Tue, 22 Sep 2026 16:48:19 +0700", "Bang Rojali <rojali.trm@gmail.com>",
     "kelas MK animasi",
     text("Bang, aye mau minta tolong nih. Mata kuliah Animasi 2D di elearning kelasnye masih ketulis TRM-3A, "
          "padahal yang aye ajar entu TRM-3A Malam. Ganti dong kelasnye jadi TRM-3A Malam, biar anak2 karyawan "
          "kagak bingung. Makasih ye bang.\n\nRojali\n"),
     CD("id", None, "Animasi 2D", {"class": "TRM-3A Malam"}, "Betawi colloquial."))

s = "samsung-medan-credits"
mail(s, "Wed, 23 Sep 2026 07:31:00 +0700", "Tigor Sitompul <tigor.sitompul@polibatam.ac.id>",
     "SKS salah",
     text("Langsung aja ya. Matematika Teknik II (TRPE1205) di elearning tertulis 2 SKS. Salah itu. "
          "Ganti jadi 3 SKS. Hari ini kalau bisa.\n\nTigor\n", cte="base64"),
     CD("id", "TRPE1205", "Matematika Teknik II", {"credits": "3"}, "Medan-style directness."),
     mid_host="email.android.com")

s = "roundcube-sunda-punten-semester"
mail(s, "Thu, 24 Sep 2026 10:22:37 +0700", "Asep Saepudin <asep.saepudin@polibatam.ac.id>",
     "punten, semester MK",
     text("Punten Teh/Kang admin P4M,\n\nabdi bade nyuhunkeun tulung. MK Jaringan Komputer kode trks 203 teh "
          "di e-learning kacatet semester 2, padahal kedah semester 3. Mangga dirobih janten Semester 3 nya.\n\n"
          "Hatur nuhun pisan,\nAsep\n"),
     CD("id", "trks 203", "Jaringan Komputer", {"semester": "Semester 3"}, "Sundanese-flavoured Indonesian."),
     headers=["User-Agent: Roundcube Webmail/1.6.6"], mid_host="webmail.polibatam.ac.id")

s = "applemail-flowed-fulbright-rename"
flow = ("Hi there,\n\nI'm Jennifer Hollis, the Fulbright English Teaching Assistant working with the \n"
        "Business Administration program this semester. Quick favor: my course on the \n"
        "e-learning site is listed as \"English for Business 1\" (code ABT 1102), but the \n"
        "program and I agreed it should read \"Business Communication in English\". Could you \n"
        "update the course title? Appreciate it!\n\nBest,\nJen\n\nSent from my Mac\n")
mail(s, "Fri, 25 Sep 2026 20:55:41 +0700", "Jennifer Hollis <jhollis.fulbright@gmail.com>",
     "Course title update",
     text(flow, flowed=True, cte="7bit"),
     CD("en", "ABT 1102", "English for Business 1", {"fullname": "Business Communication in English"}),
     headers=["X-Mailer: Apple Mail (2.3774.600.62)"], mid_host="gmail.com")

s = "gmail-nigerian-summary"
mail(s, "Mon, 28 Sep 2026 11:09:15 +0700", "Chukwuemeka Obi <emeka.obi@students.polibatam.ac.id>",
     "Kind request: course description for RPL-4301",
     text("Good day Sir/Ma,\n\nI trust this mail meets you well. I am a postgraduate teaching assistant under "
          "Dr. Hendra for the course Software Quality Assurance (RPL-4301). Please, the course summary on "
          "e-learning is still empty. Kindly help us to put the following as the summary:\n\n"
          "Principles of software testing, quality models and test automation for industrial projects.\n\n"
          "Dr. Hendra is copied on this mail and has approved it. I will be most grateful.\n\n"
          "Best regards,\nChukwuemeka (Emeka) Obi\n"),
     CD("en", "RPL-4301", "Software Quality Assurance",
        {"summary": "Principles of software testing, quality models and test automation for industrial projects."}),
     headers=["Cc: hendra@polibatam.ac.id"])

s = "outlook-dutch-shortname"
mail(s, "Tue, 29 Sep 2026 15:40:02 +0700", "Pieter van der Berg <p.vanderberg@hanze.nl>",
     "Short name of course TRKS3102",
     text("Dear colleagues,\n\nA small thing, but still: the short name of my guest course TRKS3102 "
          "(Network Forensics) shows up as NF in the students' dashboard, which nobody understands. "
          "Please make it NETFOR-3102 instead. That should do the trick.\n\nMet vriendelijke groet / kind regards,\n"
          "Pieter van der Berg\nGuest lecturer, Hanze University of Applied Sciences\n", cte="quoted-printable"),
     CD("en", "TRKS3102", "Network Forensics", {"shortname": "NETFOR-3102"}, "Dutch guest lecturer."),
     headers=["X-Mailer: Microsoft Outlook 16.0"], mid_host="AM0PR02MB.eurprd02.prod.outlook.com")

s = "outlook-pakistani-key-symbols"
mail(s, "Thu, 1 Oct 2026 13:18:26 +0700", "Muhammad Arslan Qureshi <arslan.q@systrain.pk>",
     "Enrolment key change - Industrial Automation training",
     text(outlook_html(
         '<p class="MsoNormal">Dear Sir,</p><p class="MsoNormal">Hope you are doing well. Kindly do the needful and '
         'change the enrolment key of the course &quot;PLC &amp; SCADA for Power Plants&quot; (TRPE-4107) to '
         '<b>Pwr@Plant$2026</b> before the next batch joins. The old key was shared on a public group, so it has to be revoked ASAP.</p>'
         '<p class="MsoNormal">Thanks and regards,<br>M. Arslan Qureshi<br>Lead Trainer, SysTrain Pvt. Ltd., Lahore</p>'), "html"),
     CD("en", "TRPE-4107", "PLC & SCADA for Power Plants", {"enrolment_key": "Pwr@Plant$2026"}, "Pakistani industry trainer."),
     headers=["X-Mailer: Microsoft Outlook 16.0"], mid_host="DB9PR10MB.eurprd10.prod.outlook.com")

s = "gmail-indirect-kurikulum-baru"
mail(s, "Mon, 5 Oct 2026 09:47:50 +0700", "Lestari Wulandari <lestari.w@polibatam.ac.id>",
     "elearning masih nama lama",
     text("Selamat pagi P4M,\n\nDi e-learning masih tertulis Pengantar Teknologi Informasi (RPL1101), padahal di "
          "kurikulum baru namanya Fondasi Rekayasa Perangkat Lunak. Mahasiswa jadi bingung karena di SIAKAD "
          "sudah pakai nama baru. Tolong disamakan ya.\n\nSalam,\nLestari\n"),
     CD("id", "RPL1101", "Pengantar Teknologi Informasi", {"fullname": "Fondasi Rekayasa Perangkat Lunak"},
        "Change told indirectly."))

s = "gmail-sbb-nextline-roman"
mail(s, "Tue, 6 Oct 2026 14:30:00 +0700", "Fajar Nugroho <fajar.nugroho@polibatam.ac.id>",
     "Perubahan nama mata kuliah",
     text("Yth. Tim P4M,\n\nMohon nama MK Matematika Teknik II kelas TRPE 1B diubah sbb:\n"
          "Matematika Rekayasa II\n\nKode tetap TRPE1205.\n\nTerima kasih,\nFajar\n"),
     CD("id", "TRPE1205", "Matematika Teknik II", {"fullname": "Matematika Rekayasa II"}))

s = "gmail-rename-key-lecturer-karyawan"
mail(s, "Wed, 7 Oct 2026 18:02:12 +0700", "Novita Sari <novita.sari@polibatam.ac.id>",
     "3 perubahan sekaligus - Akuntansi Biaya MB 2C (karyawan)",
     text("Halo tim P4M, sorry ya minta banyak sekaligus, for course Akuntansi Biaya (kelas MB 2C (karyawan)):\n\n"
          "1) nama jadi \u201cAkuntansi Biaya & Manajemen\u201d\n"
          "2) enrolment key jadi MB2C*kry26\n"
          "3) dosen pengampu ganti ke Hendra Gunawan, S.E., M.Ak. (saya cuti melahirkan mulai minggu depan)\n\n"
          "Thanks a lot!\nNovita\n"),
     CD("mixed", None, "Akuntansi Biaya",
        {"fullname": "Akuntansi Biaya & Manajemen", "enrolment_key": "MB2C*kry26", "lecturer": "Hendra Gunawan, S.E., M.Ak."}))

s = "qsubject-value-only-in-subject"
subj = "Mohon ganti nama MK TRKS-305 jadi \u00abKeamanan Jaringan Lanjut\u00bb"
mail(s, "Thu, 8 Oct 2026 08:15:33 +0700", "Rudi Hartono <rudi.hartono@polibatam.ac.id>", subj,
     text("Sesuai judul email. Nama sekarang Keamanan Jaringan.\n\nRudi\n"),
     CD("id", "TRKS-305", "Keamanan Jaringan", {"fullname": "Keamanan Jaringan Lanjut"}, "New value only in the subject."),
     subj_raw=ew_q(subj))

s = "outlook-docx-code-twice-caps"
doc = docx(["FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING",
            "Program Studi: Rekayasa Perangkat Lunak",
            "Kode MK: RPL 3104",
            "Nama MK saat ini: Interaksi Manusia dan Komputer",
            "Perubahan: Nama lengkap menjadi DESAIN INTERAKSI & PENGALAMAN PENGGUNA",
            "Pemohon: Agus Salim, S.Kom., M.Cs."])
mail(s, "Fri, 9 Oct 2026 10:10:10 +0700", "Agus Salim <agus.salim@polibatam.ac.id>",
     "Form perubahan MK RPL3104",
     multi("mixed", B(s), text("Dear P4M team,\n\nTerlampir form perubahan utk MK RPL3104, please di-proses ya. "
                               "Detailnya ada di form.\n\nRegards,\nAgus\n"),
           attach("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Form_Perubahan_MK.docx", doc)),
     CD("mixed", "RPL3104", "Interaksi Manusia dan Komputer", {"fullname": "DESAIN INTERAKSI & PENGALAMAN PENGGUNA"},
        "Code written twice (subject and body without space, form with space); request only in the DOCX."),
     headers=["X-Mailer: Microsoft Outlook 16.0"], mid_host="SG2PR06MB.apcprd06.prod.outlook.com")

s = "gmail-pdf-praktikum-2"
p = pdf(["Kepada Yth. P4M Politeknik Negeri Batam",
         "Hal: Perubahan data mata kuliah",
         "Kode: TRPE-2108 / Praktikum Elektronika 2",
         "Mohon nama singkat diubah menjadi PRAK-ELKA2 dan semester diubah menjadi 4.",
         "Batam, 12 Oktober 2026",
         "Kaprodi TRPE"])
mail(s, "Mon, 12 Oct 2026 13:44:02 +0700", "Prodi TRPE <prodi.trpe@polibatam.ac.id>",
     "Surat perubahan data MK (attached)",
     multi("mixed", B(s), text("Dear admin, surat terlampir ya. Thank you.\n\n--\nProdi TRPE\n"),
           attach("application/pdf", "surat-perubahan-TRPE2108.pdf", p)),
     CD("mixed", "TRPE-2108", "Praktikum Elektronika 2", {"shortname": "PRAK-ELKA2", "semester": "4"},
        "Request only in the PDF."))

s = "gmail-fwd-in-fwd-dotted-code"
inner = ("---------- Forwarded message ---------\nFrom: Dimas Prakoso <dimas.prakoso@polibatam.ac.id>\n"
         "Date: Tue, 13 Oct 2026 at 08:02\nSubject: nama MK\nTo: Sekretariat TRPE <sekr.trpe@polibatam.ac.id>\n\n"
         "Mbak, tolong sampaikan ke P4M: MK TRPE.3.04 Sistem Pembangkit Listrik minta diganti nama jadi "
         "Sistem Pembangkitan Tenaga Listrik, sesuai kurikulum. Makasih.\n")
outer = ("Mohon ditindaklanjuti, sudah disetujui Kaprodi.\n\nSalam,\nYuni (Sekretariat TRPE)\n\n"
         "---------- Forwarded message ---------\nFrom: Kaprodi TRPE <kaprodi.trpe@polibatam.ac.id>\n"
         "Date: Tue, 13 Oct 2026 at 09:30\nSubject: Fwd: nama MK\nTo: Sekretariat TRPE <sekr.trpe@polibatam.ac.id>\n\n"
         "Ok setuju, teruskan ke P4M.\n\n" + inner)
mail(s, "Tue, 13 Oct 2026 10:05:27 +0700", "Sekretariat TRPE <sekr.trpe@polibatam.ac.id>",
     "Fwd: Fwd: nama MK", text(outer),
     CD("id", "TRPE.3.04", "Sistem Pembangkit Listrik", {"fullname": "Sistem Pembangkitan Tenaga Listrik"},
        "Forward nested inside a forward."))

s = "thunderbird-reply-between-lines"
mail(s, "Wed, 14 Oct 2026 15:21:48 +0700", "Bayu Anggara <bayu.anggara@polibatam.ac.id>",
     "Re: [P4M-2611] Perubahan MK RPL-3201-2026",
     text("On 14/10/2026 11:02, P4M Helpdesk wrote:\n> Baik Pak, untuk MK RPL-3201-2026 (Web Framework / Backend) "
          "apa nama baru yang diinginkan?\n\nNamanya jadi Pengembangan Aplikasi Web Backend ya.\n\n"
          "> Apakah ada perubahan lain, misalnya kelas atau dosen?\n\nOh iya, kelasnya juga: RPL 3A Pagi.\n\n"
          "> Salam,\n> P4M\n\nthx, Bayu\n", cte="8bit"),
     CD("mixed", "RPL-3201-2026", "Web Framework / Backend",
        {"fullname": "Pengembangan Aplikasi Web Backend", "class": "RPL 3A Pagi"}, "Answers written between quoted lines."),
     headers=["User-Agent: Mozilla Thunderbird", "In-Reply-To: <p4m-2611@polibatam.ac.id>"], mid_host="polibatam.ac.id")

s = "gmail-toppost-long-history-novalue"
hist = ""
for d, who, t in [("Sen, 19 Okt 2026 pukul 09.10", "P4M Helpdesk <helpdesk-p4m@polibatam.ac.id>",
                   "Baik Bu, permintaan sudah kami catat. Mohon konfirmasi nama dosen pengganti."),
                  ("Jum, 16 Okt 2026 pukul 16.44", "Indah Permata <indah.permata@polibatam.ac.id>",
                   "Untuk MK Game Design / UX (TRM 2207) dosen pengampunya akan diganti ya."),
                  ("Jum, 16 Okt 2026 pukul 10.01", "P4M Helpdesk <helpdesk-p4m@polibatam.ac.id>",
                   "Selamat pagi Bu, ada yang bisa kami bantu?")]:
    hist += "\n%s %s\nmenulis:\n\n" % (d, who) + "".join("> " + ln + "\n" for ln in (t + "\n").split("\n"))
mail(s, "Tue, 20 Oct 2026 11:36:05 +0700", "Indah Permata <indah.permata@polibatam.ac.id>",
     "Re: Ganti dosen Game Design",
     text("Hi, sorry baru balas. Tolong tetap diganti ya dosennya, tapi namanya belum fix dari kaprodi, "
          "nanti aku kabari asap.\n\nThanks,\nIndah\n" + hist),
     CD("mixed", "TRM 2207", "Game Design / UX", {}, "Lecturer change asked without the new value; top-posted over history."))


# ================================================================ announcement (16)
s = "outlook-circular-bold-title-site"
mail(s, "Mon, 23 Nov 2026 14:05:19 +0700", "Sekretariat Wadir I <wadir1@polibatam.ac.id>",
     "Permohonan Penayangan Pengumuman EDOM",
     text(outlook_html(
         '<p class="MsoNormal">Nomor&nbsp;&nbsp;&nbsp;: 1402/PL29/AK.02/2026<br>Lampiran : 1 (satu) berkas<br>'
         'Perihal&nbsp;&nbsp;: Penayangan Pengumuman pada E-Learning</p><p class="MsoNormal">Dengan hormat,</p>'
         '<p class="MsoNormal">Berdasarkan kalender akademik semester ganjil 2026/2027, kami mohon P4M menayangkan '
         'pengumuman di halaman depan e-learning untuk seluruh sivitas akademika dengan judul:</p>'
         '<p class="MsoNormal"><b>Pengisian Evaluasi Dosen oleh Mahasiswa (EDOM) Semester Ganjil 2026/2027</b></p>'
         '<p class="MsoNormal">Isi: Mahasiswa wajib mengisi EDOM paling lambat Jumat, 18 Desember 2026.</p>'
         '<p class="MsoNormal">Pengumuman mohon ditayangkan Jumat 4/12 jam 13:30 WIB.</p>'
         '<p class="MsoNormal">Atas perhatian Bapak/Ibu diucapkan terima kasih.</p>'
         '<p class="MsoNormal">a.n. Wakil Direktur Bidang Akademik</p>'), "html"),
     AN("id", "Pengisian Evaluasi Dosen oleh Mahasiswa (EDOM) Semester Ganjil 2026/2027", "site",
        "2026-12-04T13:30:00+07:00", note="Deadline 18 December is not the publish time."),
     headers=["X-Mailer: Microsoft Outlook 16.0"], mid_host="PS2PR03MB.apcprd03.prod.outlook.com")

s = "gmail-wita-sender-course"
mail(s, "Wed, 4 Nov 2026 20:11:40 +0800", "Andi Makkasau <andi.makkasau@gmail.com>",
     "Pengumuman kelas Manajemen Keuangan",
     text("Selamat malam admin,\n\nSaya dosen tamu dari Makassar untuk MK Manajemen Keuangan (ABT-2203). "
          "Mohon dipasang pengumuman di course tsb, judulnya \"Perubahan Jadwal Kuis 2\", isinya: kuis 2 dipindah "
          "ke Senin, 9 November 2026. Tolong tayang besok pukul 19.00 WITA.\n\nTabe',\nAndi\n"),
     AN("id", "Perubahan Jadwal Kuis 2", "course", "2026-11-05T18:00:00+07:00", "ABT-2203", "Manajemen Keuangan",
        "19.00 WITA = 18.00 WIB; 'besok' from a +0800 Date header."))

s = "applemail-american-tomorrow-8am"
mail(s, "Thu, 15 Oct 2026 21:40:12 +0700", "Jennifer Hollis <jhollis.fulbright@gmail.com>",
     "Announcement for my class, please",
     text("Hi again!\n\nCould you post an announcement in Business Communication in English (ABT 1102)? \n"
          "Title: Speaking Test Sign-Up Is Open \nThe text is just: sign up for a 10-minute slot on the \n"
          "sheet linked in the course, slots run Oct 26-30. Please have it go live tomorrow 8am. \n\n"
          "Thanks a bunch,\nJen\n", flowed=True, cte="7bit"),
     AN("en", "Speaking Test Sign-Up Is Open", "course", "2026-10-16T08:00:00+07:00", "ABT 1102",
        "Business Communication in English"),
     headers=["X-Mailer: Apple Mail (2.3774.600.62)"], mid_host="gmail.com")

s = "samsung-senin-depan-jam7"
mail(s, "Thu, 29 Oct 2026 17:20:55 +0700", "Heri Susanto <heri.susanto@polibatam.ac.id>",
     "tolong pengumuman praktikum",
     text("Mas/Mbak P4M, tolong buat pengumuman di MK Praktikum Elektronika 2 ya, judul \u201eModul 5 Ditiadakan\u201c. "
          "Tayang Senin depan pagi jam 7. Makasih\n\nDikirim dari Samsung Galaxy smartphone saya.\n", cte="base64"),
     AN("id", "Modul 5 Ditiadakan", "course", "2026-11-02T07:00:00+07:00", name="Praktikum Elektronika 2",
        note="'Senin depan' from Thursday 29 Oct = Monday 2 Nov."),
     mid_host="email.android.com")

s = "gmail-pdf-text-times-body"
p = pdf(["PENGUMUMAN", "Kuliah Umum: AI untuk Industri Kreatif",
         "Seluruh mahasiswa Teknik Rekayasa Multimedia diundang mengikuti kuliah umum",
         "pada Rabu, 25 November 2026 pukul 09.00 di Auditorium Polibatam."])
mail(s, "Tue, 17 Nov 2026 10:02:31 +0700", "Kaprodi TRM <kaprodi.trm@polibatam.ac.id>",
     "Req announcement kuliah umum",
     multi("mixed", B(s), text("Halo P4M, teks pengumuman ada di PDF terlampir ya. Please publish di halaman depan "
                               "elearning hari Kamis 19/11 jam 08.00 WIB. Thanks!\n\nKaprodi TRM\n"),
           attach("application/pdf", "pengumuman-kuliah-umum.pdf", p)),
     AN("mixed", "Kuliah Umum: AI untuk Industri Kreatif", "site", "2026-11-19T08:00:00+07:00",
        note="Title in the PDF, publish time in the body; event date 25 Nov is not the publish time."))

s = "gmail-student-emoji-lowercase"
mail(s, "Fri, 6 Nov 2026 22:13:08 +0700", "nadia putri <nadiaputri.rks@students.polibatam.ac.id>",
     "halo kak mau minta tolong \U0001f64f",
     text("halo kak admin \U0001f44b\U0001f60a\n\naku dr hima trks mau minta tolong pasangin pengumuman di "
          "halaman depan elearning dong \U0001f97a judulnya capture the flag polibatam 2026 \U0001f6a9\U0001f525 "
          "buat semua mahasiswa, pendaftarannya sampe 20 november \U0001f4c5\n\ntayangnya tgl 9 november ya kak "
          "\U0001f64f\U0001f64f makasih banyaak \U0001f496\U0001f496\n\nnadia\n"),
     AN("id", "capture the flag polibatam 2026", "site", note="Publish date without a clock time: no publish_at."))

s = "gmail-nigerian-seminar-event-date"
mail(s, "Tue, 3 Nov 2026 12:44:19 +0700", "Chukwuemeka Obi <emeka.obi@students.polibatam.ac.id>",
     "Request to announce a seminar on e-learning",
     text("Good afternoon Sir/Ma,\n\nKindly help to post this announcement for the Software Quality Assurance "
          "course (RPL-4301) as soon as possible, today if it is possible:\n\nTitle: Guest Seminar on Test "
          "Automation in Fintech\nThe seminar holds on Thursday, 12 November 2026 by 2pm at GU 601. Attendance "
          "is compulsory.\n\nThanks in anticipation.\nEmeka\n"),
     AN("en", "Guest Seminar on Test Automation in Fintech", "course", code="RPL-4301",
        name="Software Quality Assurance", note="The 12 November 2pm time is the event, not the publish time."))

s = "outlook-dutch-guest-lecture-time"
mail(s, "Fri, 13 Nov 2026 09:30:00 +0700", "Pieter van der Berg <p.vanderberg@hanze.nl>",
     "Announcement Network Forensics",
     text("Dear colleagues,\n\nCould you put an announcement in TRKS3102? Title: \"Final Assignment Briefing\". "
          "It should appear on Monday 16 November at 07:45 (Batam time), before class starts. The briefing "
          "itself is during the lecture.\n\nMet vriendelijke groet,\nPieter\n"),
     AN("en", "Final Assignment Briefing", "course", "2026-11-16T07:45:00+07:00", "TRKS3102"),
     headers=["X-Mailer: Microsoft Outlook 16.0"], mid_host="AM0PR02MB.eurprd02.prod.outlook.com")

s = "outlook-pakistani-workshop-5th"
mail(s, "Fri, 2 Oct 2026 16:02:44 +0700", "Muhammad Arslan Qureshi <arslan.q@systrain.pk>",
     "Announcement - SCADA hands-on workshop",
     text("Dear Sir,\n\nKindly post the below announcement in the course TRPE-4107 on 5th Oct, 10 AM Batam time.\n\n"
          "Title: SCADA Hands-On Workshop Batch 2\nThe workshop will be conducted on 12th Oct at the power lab. "
          "Trainees are requested to bring their laptops.\n\nRegards,\nArslan\n"),
     AN("en", "SCADA Hands-On Workshop Batch 2", "course", "2026-10-05T10:00:00+07:00", "TRPE-4107"),
     headers=["X-Mailer: Microsoft Outlook 16.0"], mid_host="DB9PR10MB.eurprd10.prod.outlook.com")

s = "gmail-telegram-paste-trks"
mail(s, "Wed, 21 Oct 2026 08:50:14 +0700", "Kaprodi TRKS <kaprodi.trks@polibatam.ac.id>",
     "Fw dari telegram: pengumuman sertifikasi",
     text("Pagi tim P4M, ini pesan dari grup Telegram dosen TRKS, mohon dibuatkan announcement site-wide:\n\n"
          "Rahmat Hidayat, [21.10.26 07:58]\nRekan2, tolong umumkan ke semua mahasiswa: \"Pendaftaran Sertifikasi "
          "CEH Gratis Gelombang 1\" dibuka. Kuota 40 orang, daftar lewat form di elearning.\n\n"
          "Rahmat Hidayat, [21.10.26 07:59]\nkalau bisa tayang hari ini jam 12 siang ya\n\nThanks,\nKaprodi TRKS\n"),
     AN("id", "Pendaftaran Sertifikasi CEH Gratis Gelombang 1", "site", "2026-10-21T12:00:00+07:00",
        note="Request inside a pasted Telegram message."))

s = "outlook-html-abt-class-only"
mail(s, "Mon, 26 Oct 2026 10:15:48 +0700", "Kaprodi ABT <kaprodi.abt@polibatam.ac.id>",
     "Pengumuman khusus kelas ABT 3A",
     text(outlook_html(
         '<p class="MsoNormal">Yth. Admin E-Learning,</p><p class="MsoNormal">Mohon dipasang pengumuman '
         '<u>hanya</u> di MK Manajemen Pemasaran Digital kelas ABT 3A (bukan untuk semua mahasiswa):</p>'
         '<ul><li class="MsoNormal">Judul: <b>Kunjungan Industri ke Kawasan Batamindo</b></li>'
         '<li class="MsoNormal">Tayang: Selasa, 27 Oktober 2026 pukul 15.00</li>'
         '<li class="MsoNormal">Isi: bus berangkat Kamis, 29 Oktober 2026 pukul 07.30 dari lobi.</li></ul>'
         '<p class="MsoNormal">Terima kasih.<br>Ratna S.</p>'), "html"),
     AN("id", "Kunjungan Industri ke Kawasan Batamindo", "course", "2026-10-27T15:00:00+07:00",
        name="Manajemen Pemasaran Digital"),
     headers=["X-Mailer: Microsoft Outlook 16.0"], mid_host="SG2PR06MB.apcprd06.prod.outlook.com")

s = "applemail-american-12-7-date"
mail(s, "Wed, 25 Nov 2026 11:05:38 +0700", "Jennifer Hollis <jhollis.fulbright@gmail.com>",
     "One more announcement (final exam)",
     text("Hi team,\n\nLast one from me this semester, I promise. For Business Communication in English, \n"
          "please post \"Final Presentation Schedule\" on 12/7 at 9:00 am. It just tells students to \n"
          "check their time slot.\n\nHappy Thanksgiving (a day early)!\nJen\n", flowed=True, cte="7bit"),
     AN("en", "Final Presentation Schedule", "course", "2026-12-07T09:00:00+07:00",
        name="Business Communication in English",
        note="American sender: 12/7 means December 7, labelled as meant."),
     headers=["X-Mailer: Apple Mail (2.3774.600.62)"], mid_host="gmail.com")

s = "gmail-toppost-correct-hour"
mail(s, "Thu, 12 Nov 2026 09:14:27 +0700", "Dedi Kurniawan <dedi.kurniawan@polibatam.ac.id>",
     "Re: Pengumuman Pameran Karya TRM",
     text("Koreksi ya, jamnya bukan 10.00 tapi 13.00. So tolong tayang Sabtu 14/11 jam 13.00 WIB. Sorry!\n\n"
          "Pada Kam, 12 Nov 2026 pukul 08.40 Dedi Kurniawan <dedi.kurniawan@polibatam.ac.id>\nmenulis:\n\n"
          "> Halo P4M, please pasang pengumuman site-wide \"Pameran Karya Akhir TRM 2026\" tayang Sabtu 14/11 "
          "jam 10.00.\n> Thanks\n"),
     AN("mixed", "Pameran Karya Akhir TRM 2026", "site", "2026-11-14T13:00:00+07:00",
        note="Top-posted correction of the publish hour."))

s = "samsung-trm3a-malam-quotes"
mail(s, "Mon, 9 Nov 2026 18:25:00 +0700", "Rojali <rojali.trm@gmail.com>",
     "pengumuman buat kelas malem",
     text("Bang, tolong pasang pengumuman di MK Animasi 2D, khusus kelas TRM-3A Malam aje: \u2018Kelas Libur "
          "Tanggal 11 November\u2019. Tayang besok jam 17.00 ye. Makasih bang.\n\nDikirim dari Samsung Galaxy smartphone saya.\n",
          cte="base64"),
     AN("id", "Kelas Libur Tanggal 11 November", "course", "2026-11-10T17:00:00+07:00", name="Animasi 2D"),
     mid_host="email.android.com")

s = "cp1252-outlook-allcaps-title"
mail(s, "Wed, 28 Oct 2026 13:33:10 +0700", "Bagian Umum <umum@polibatam.ac.id>",
     "Mohon tayangkan pengumuman pemadaman listrik",
     text("Yth. P4M,\n\nMohon ditayangkan di halaman utama e-learning pengumuman berikut untuk seluruh civitas:\n\n"
          "PEMADAMAN LISTRIK GEDUNG UTAMA \u2013 SABTU 31 OKTOBER 2026\n\nIsi: Sehubungan pemeliharaan gardu, listrik "
          "gedung utama padam pukul 08.00\u201316.00. Server e-learning tetap aktif.\n\n"
          "Mohon tayang Kamis, 29 Oktober 2026 pukul 10.00.\n\nTerima kasih,\nBagian Umum\n", charset="windows-1252"),
     AN("id", "PEMADAMAN LISTRIK GEDUNG UTAMA \u2013 SABTU 31 OKTOBER 2026", "site", "2026-10-29T10:00:00+07:00"),
     headers=["X-Mailer: Microsoft Outlook 16.0"], mid_host="polibatam.ac.id")

s = "roundcube-medan-besok-jam10"
mail(s, "Thu, 19 Nov 2026 15:58:02 +0700", "Tigor Sitompul <tigor.sitompul@polibatam.ac.id>",
     "PENGUMUMAN UTS SUSULAN",
     text("Pasang pengumuman di Matematika Teknik II. Judul: UTS Susulan Matematika Teknik II. Besok jam 10 tayang. "
          "Yang tidak ikut UTS wajib datang Senin 23 November jam 08.00 ruang 702. Itu saja.\n\nTigor\n"),
     AN("id", "UTS Susulan Matematika Teknik II", "course", "2026-11-20T10:00:00+07:00", name="Matematika Teknik II"),
     headers=["User-Agent: Roundcube Webmail/1.6.6"], mid_host="webmail.polibatam.ac.id")


# ================================================================ elearning_support (12)
s = "gmail-howto-change-key-myself"
mail(s, "Wed, 2 Sep 2026 10:30:12 +0700", "Siti Rahma <siti.rahma@polibatam.ac.id>",
     "Cara ganti enrolment key sendiri?",
     text("Halo P4M,\n\nsaya mau tanya, apakah dosen bisa mengganti enrolment key MK sendiri di e-learning? "
          "Kalau bisa, menunya di mana ya? Saya cari di Settings tidak ketemu.\n\nTerima kasih,\nSiti\n"),
     L("elearning_support", "id", note="How-to question, not a change request."))

s = "outlook-students-cannot-see-course"
mail(s, "Mon, 7 Sep 2026 08:12:40 +0700", "Hendra Wijaya <hendra@polibatam.ac.id>",
     "Mahasiswa tidak bisa melihat MK RPL-4301",
     text(outlook_html('<p class="MsoNormal">Selamat pagi,</p><p class="MsoNormal">Mahasiswa kelas RPL 4A melaporkan '
                       'bahwa MK Software Quality Assurance tidak muncul di dashboard mereka, padahal sudah minggu '
                       'kedua perkuliahan. Mohon dicek apakah course-nya masih hidden.</p>'
                       '<p class="MsoNormal">Terima kasih,<br>Dr. Hendra Wijaya</p>'), "html"),
     L("elearning_support", "id"), headers=["X-Mailer: Microsoft Outlook 16.0"],
     mid_host="SG2PR06MB.apcprd06.prod.outlook.com")

s = "gmail-student-emoji-login"
mail(s, "Tue, 8 Sep 2026 23:41:09 +0700", "rizky ananda <rizky.ananda@students.polibatam.ac.id>",
     "gabisa login elearning \U0001f62d\U0001f62d",
     text("kak tolong bgt \U0001f62d aku gabisa login elearning dari kemarin, katanya invalid login terus padahal "
          "pw udh bener \U0001f97a\U0001f97a nim aku 4342401077 \U0001f64f udah coba reset jg ga masuk emailnya "
          "\U0001f629\n\nmakasih kak \U0001f496\n"),
     L("elearning_support", "id"))

s = "gmail-nigerian-no-access"
mail(s, "Thu, 10 Sep 2026 14:20:51 +0700", "Chukwuemeka Obi <emeka.obi@students.polibatam.ac.id>",
     "Unable to access course as teaching assistant",
     text("Good day Sir/Ma,\n\nPlease, I was added as a teaching assistant for Software Quality Assurance but "
          "each time I try to open the course it is telling me \"You cannot enrol yourself in this course\". "
          "Kindly assist me to resolve this issue. I will be glad to hear from you.\n\nEmeka\n"),
     L("elearning_support", "en"))

s = "applemail-american-quiz-timer"
mail(s, "Tue, 13 Oct 2026 22:02:17 +0700", "Jennifer Hollis <jhollis.fulbright@gmail.com>",
     "Quiz closed early??",
     text("Hi,\n\nWeird one: my vocabulary quiz was supposed to stay open until 11:59 pm tonight, but a bunch \n"
          "of students are messaging me that it already says \"closed\". I double checked the settings and \n"
          "they look right to me. Is something off with the time zone on the server?\n\nThanks,\nJen\n",
          flowed=True, cte="7bit"),
     L("elearning_support", "en"), headers=["X-Mailer: Apple Mail (2.3774.600.62)"], mid_host="gmail.com")

s = "outlook-dutch-gradebook-export"
mail(s, "Thu, 22 Oct 2026 10:48:33 +0700", "Pieter van der Berg <p.vanderberg@hanze.nl>",
     "Gradebook export fails",
     text("Dear colleagues,\n\nWhen I try to export the gradebook of TRKS3102 to Excel, I get an error "
          "\"Error reading from database\". Plain text export gives the same. I need the grades for my home "
          "university by the end of the month. Could you have a look?\n\nKind regards,\nPieter\n"),
     L("elearning_support", "en"), headers=["X-Mailer: Microsoft Outlook 16.0"],
     mid_host="AM0PR02MB.eurprd02.prod.outlook.com")

s = "roundcube-sunda-forgot-password"
mail(s, "Mon, 2 Nov 2026 07:55:21 +0700", "Asep Saepudin <asep.saepudin@polibatam.ac.id>",
     "punten, hilap password",
     text("Punten, abdi hilap password e-learning. Tos nyobian reset tapi email na teu kantos dugi. "
          "Username abdi asep.saepudin. Hatur nuhun.\n\nAsep\n"),
     L("elearning_support", "id"), headers=["User-Agent: Roundcube Webmail/1.6.6"], mid_host="webmail.polibatam.ac.id")

s = "gmail-betawi-upload-video"
mail(s, "Tue, 3 Nov 2026 20:33:47 +0700", "Bang Rojali <rojali.trm@gmail.com>",
     "gak bisa upload video",
     text("Bang, aye upload video tugas ke MK Animasi 2D kagak bisa-bisa, katanya file kegedean, maksimal 50MB. "
          "Padahal video anak2 rata-rata 200MB. Gimane nih bang, bisa digedein kagak batesnye?\n\nRojali\n"),
     L("elearning_support", "id"))

s = "gmail-pakistani-guest-account"
mail(s, "Mon, 28 Sep 2026 09:03:15 +0700", "Muhammad Arslan Qureshi <arslan.q@systrain.pk>",
     "Account not created for new trainer",
     text("Dear Sir,\n\nOur new trainer Mr. Bilal Ahmed joined the TRPE-4107 program yesterday but his e-learning "
          "account is still not created, so he is unable to login. Kindly create it on priority basis. His email is "
          "bilal.ahmed@systrain.pk.\n\nThanks and regards,\nArslan\n"),
     L("elearning_support", "en"))

s = "gmail-howto-rename-myself-mixed"
mail(s, "Fri, 30 Oct 2026 13:12:09 +0700", "Indah Permata <indah.permata@polibatam.ac.id>",
     "how to ubah course name sendiri",
     text("Hi P4M, quick question: bisa gak sih dosen edit full name course sendiri di Moodle? "
          "Soalnya aku lihat ada menu Edit settings tapi field-nya abu-abu. Just curious, belum mau ganti apa-apa.\n\n"
          "Thanks!\nIndah\n"),
     L("elearning_support", "mixed", note="How-to question about renaming, not a change request."))

s = "gmail-telegram-student-complaint-fwd"
mail(s, "Thu, 5 Nov 2026 11:27:31 +0700", "Lestari Wulandari <lestari.w@polibatam.ac.id>",
     "Fwd: keluhan mahasiswa (telegram)",
     text("Halo P4M, ini keluhan dari mahasiswa saya via Telegram, tolong dicek ya. Thanks.\n\n"
          "Farhan RPL1A, [05.11.26 10:02]\nBu, saya submit tugas di elearning tapi muncul \"The file is too large\" "
          "padahal cuma 3 MB bu\n\nFarhan RPL1A, [05.11.26 10:03]\nsudah saya coba di laptop sama hp, sama aja\n\n"
          "Lestari\n"),
     L("elearning_support", "id"))

s = "yahoo-quoted-turnitin-missing"
mail(s, "Tue, 17 Nov 2026 16:40:02 +0700", "Wahyu Pratama <wahyu_pratama88@yahoo.co.id>",
     "Re: Turnitin",
     text("Masih belum muncul pak. Saya sudah refresh, logout login lagi, tetap tidak ada pilihan Turnitin "
          "Assignment di Add an activity.\n\nWahyu\n\n"
          "> On Tuesday, 17 November 2026, 14:05 GMT+7, P4M <helpdesk-p4m@polibatam.ac.id> wrote:\n>\n"
          "> Pak Wahyu, plugin Turnitin sudah kami aktifkan untuk MK Bapak. Silakan dicoba kembali.\n>\n"
          "> > On Tuesday, 17 November 2026, 08:30 GMT+7, Wahyu Pratama <wahyu_pratama88@yahoo.co.id> wrote:\n"
          "> > Turnitin tidak ada di MK Metodologi Penelitian saya.\n", cte="7bit"),
     L("elearning_support", "id"), headers=["X-Mailer: YahooMailAndroidMobile"], mid_host="mail.yahoo.com")


# ================================================================ document_request (7)
s = "gmail-sop-document"
mail(s, "Thu, 3 Sep 2026 09:41:22 +0700", "Lestari Wulandari <lestari.w@polibatam.ac.id>",
     "Minta SOP pengelolaan e-learning",
     text("Selamat pagi,\n\nBoleh saya minta dokumen SOP Pengelolaan Pembelajaran Daring yang terbaru? "
          "Untuk bahan rapat prodi RPL hari Jumat.\n\nTerima kasih,\nLestari\n"),
     L("document_request", "id"))

s = "outlook-html-rps-template"
mail(s, "Fri, 11 Sep 2026 13:55:06 +0700", "Kaprodi TRKS <kaprodi.trks@polibatam.ac.id>",
     "Template RPS kurikulum 2026",
     text(outlook_html('<p class="MsoNormal">Yth. P4M,</p><p class="MsoNormal">Mohon dikirimkan <b>template RPS</b> '
                       'dan <b>template RTM</b> versi kurikulum OBE 2026 dalam format Word, untuk dibagikan ke dosen '
                       'Teknik Rekayasa Keamanan Siber.</p><p class="MsoNormal">Terima kasih.</p>'), "html"),
     L("document_request", "id"), headers=["X-Mailer: Microsoft Outlook 16.0"], mid_host="SG2PR06MB.apcprd06.prod.outlook.com")

s = "outlook-dutch-bap-form"
mail(s, "Mon, 14 Sep 2026 15:17:45 +0700", "Pieter van der Berg <p.vanderberg@hanze.nl>",
     "Form for lecture report (BAP)?",
     text("Dear colleagues,\n\nThe programme told me I have to fill in a 'BAP' after each lecture. Could you send me "
          "the form, preferably an English version if one exists?\n\nKind regards,\nPieter\n"),
     L("document_request", "en"), headers=["X-Mailer: Microsoft Outlook 16.0"], mid_host="AM0PR02MB.eurprd02.prod.outlook.com")

s = "outlook-circular-quality-manual"
mail(s, "Tue, 15 Sep 2026 10:00:31 +0700", "Sekretariat Wadir I <wadir1@polibatam.ac.id>",
     "Permohonan Dokumen Manual Mutu SPMI",
     text("Nomor    : 1215/PL29/AK.01/2026\nLampiran : -\nPerihal  : Permohonan Dokumen SPMI\n\n"
          "Yth. Kepala P4M\n\nDengan hormat,\n\nBerdasarkan rencana audit mutu internal tahun 2026, kami mohon "
          "kiranya P4M dapat mengirimkan salinan Kebijakan SPMI, Manual Mutu, dan Standar Pembelajaran yang berlaku "
          "untuk keperluan Wakil Direktur Bidang Akademik.\n\nDemikian, atas kerja samanya diucapkan terima kasih.\n\n"
          "a.n. Wakil Direktur Bidang Akademik\nKepala Subbagian Akademik\n"),
     L("document_request", "id"), headers=["X-Mailer: Microsoft Outlook 16.0"], mid_host="PS2PR03MB.apcprd03.prod.outlook.com")

s = "gmail-trpe-monitoring-form"
mail(s, "Wed, 30 Sep 2026 11:11:11 +0700", "Prodi TRPE <prodi.trpe@polibatam.ac.id>",
     "formulir monev perkuliahan",
     text("Siang P4M, prodi TRPE minta formulir monitoring dan evaluasi perkuliahan (monev tengah semester) "
          "yang versi 2026 ya. Yang lama masih pakai logo lama. Makasih.\n\nProdi TRPE\n"),
     L("document_request", "id"))

s = "applemail-american-syllabus-template"
mail(s, "Mon, 7 Sep 2026 19:20:04 +0700", "Jennifer Hollis <jhollis.fulbright@gmail.com>",
     "Syllabus template in English?",
     text("Hi!\n\nDo you have the course syllabus (RPS) template in English? My program head said you'd be \n"
          "the folks to ask. A Word file would be perfect.\n\nThanks so much,\nJen\n", flowed=True, cte="7bit"),
     L("document_request", "en"), headers=["X-Mailer: Apple Mail (2.3774.600.62)"], mid_host="gmail.com")

s = "gmail-rpl-accreditation-standards"
mail(s, "Fri, 16 Oct 2026 08:36:50 +0700", "Kaprodi RPL <kaprodi.rpl@polibatam.ac.id>",
     "Dokumen standar for akreditasi",
     text("Dear P4M,\n\nKami lagi prepare akreditasi LAM INFOKOM. Could you please share dokumen Standar SPMI "
          "dan laporan AMI prodi RPL tahun 2025? Softcopy PDF is fine.\n\nBest,\nKaprodi RPL\n"),
     L("document_request", "mixed"))


# ================================================================ other (7)
s = "gmail-led-deadline-question"
mail(s, "Wed, 9 Sep 2026 14:02:58 +0700", "Kaprodi TRM <kaprodi.trm@polibatam.ac.id>",
     "Deadline LED prodi TRM?",
     text("Halo P4M,\n\nmau tanya, batas akhir pengumpulan draf LED untuk akreditasi prodi TRM itu kapan ya? "
          "Di rapat kemarin ada yang bilang akhir Oktober, ada yang bilang pertengahan November.\n\nTerima kasih.\n"),
     L("other", "id", note="Question about a deadline, no document asked for."))

s = "outlook-grade-change-misdirected"
mail(s, "Mon, 19 Oct 2026 09:26:14 +0700", "Fajar Nugroho <fajar.nugroho@polibatam.ac.id>",
     "Perbaikan nilai mahasiswa",
     text("Yth. Bagian Akademik,\n\nMohon nilai mahasiswa a.n. Putra Ramadhan (NIM 3312201044) untuk MK Matematika "
          "Teknik II diubah dari C menjadi B di SIAKAD, karena ada kesalahan input nilai UTS.\n\nTerima kasih,\nFajar\n"),
     L("other", "id", note="Grade change in SIAKAD meant for the academic office."),
     headers=["X-Mailer: Microsoft Outlook 16.0"], mid_host="polibatam.ac.id")

s = "spam-journal-indexing"
mail(s, "Sat, 24 Oct 2026 03:14:07 +0700", "Dr. Editor <editor@globaljournal-indexing.org>",
     "Invitation: Scopus & WoS Indexing for Your Journal in 30 Days",
     text("Dear Esteemed Professor,\n\nWe are pleased to offer GUARANTEED Scopus and Web of Science indexing for "
          "your institution's journals within 30 days. Publication fee only USD 299. Limited slots!!\n\n"
          "Reply to this email to reserve your slot.\n\nWarm regards,\nEditorial Board\n"),
     L("other", "en", note="Spam-like journal indexing offer."), mid_host="globaljournal-indexing.org")

s = "gmail-thanks-mixed"
mail(s, "Fri, 30 Oct 2026 16:45:21 +0700", "Novita Sari <novita.sari@polibatam.ac.id>",
     "Re: 3 perubahan sekaligus - Akuntansi Biaya MB 2C (karyawan)",
     text("Sudah aku cek, semuanya updated. Thank you so much tim P4M, fast response banget!\n\nNovita\n"),
     L("other", "mixed", note="Thank-you after a change was done."))

s = "gmail-plan-nanti-minta-ganti"
mail(s, "Tue, 10 Nov 2026 12:05:43 +0700", "Heri Susanto <heri.susanto@polibatam.ac.id>",
     "info rencana perubahan MK",
     text("Mas, sekadar info dulu: semester depan kemungkinan nama MK Praktikum Elektronika 2 berubah, tapi masih "
          "nunggu SK. Nanti saya minta ganti kalau SK-nya sudah keluar ya.\n\nHeri\n"),
     L("other", "id", note="A plan for later, not a request yet."))

s = "gmail-pakistani-wifi-misdirected"
mail(s, "Wed, 11 Nov 2026 10:32:19 +0700", "Muhammad Arslan Qureshi <arslan.q@systrain.pk>",
     "WiFi access for trainers in power lab",
     text("Dear Sir,\n\nThe trainers are unable to connect to campus WiFi in the power lab, the guest voucher is "
          "expired. Kindly guide whom to contact, or forward to concerned department.\n\nRegards,\nArslan\n"),
     L("other", "en", note="Misdirected network question."))

s = "gmail-training-schedule-question"
mail(s, "Thu, 26 Nov 2026 09:09:09 +0700", "Bayu Anggara <bayu.anggara@polibatam.ac.id>",
     "Pelatihan Moodle for new lecturers?",
     text("Hi P4M, ada jadwal pelatihan e-learning untuk dosen baru gak semester ini? Beberapa rekan baru di RPL "
          "want to join. Thanks!\n\nBayu\n"),
     L("other", "mixed"))


# ================================================================ auto (6)
s = "gcal-notification"
mail(s, "Mon, 14 Sep 2026 07:00:00 +0700", "Google Calendar <calendar-notification@google.com>",
     "Notifikasi: Rapat Koordinasi P4M @ Sen 14 Sep 2026 09.00 - 10.00 (WIB) (helpdesk-p4m@polibatam.ac.id)",
     multi("alternative", "000000000000" + h(s, 12),
           text("Rapat Koordinasi P4M\nSenin, 14 September 2026 09.00 - 10.00 Waktu Indonesia Barat - Jakarta\n\n"
                "Undangan dari Google Kalender\n\nAnda menerima email ini karena berlangganan notifikasi "
                "kalender. Untuk berhenti menerima email ini, buka setelan Kalender.\n"),
           text("<p><b>Rapat Koordinasi P4M</b></p><p>Senin, 14 September 2026 09.00 - 10.00</p>", "html")),
     L("auto", "id", note="Google Calendar notification (Indonesian locale)."),
     headers=["Auto-Submitted: auto-generated", "Sender: Google Calendar <calendar-notification@google.com>"],
     mid_host="google.com")

s = "zoom-cloud-recording"
mail(s, "Fri, 6 Nov 2026 15:31:44 +0700", "Zoom <no-reply@zoom.us>",
     "Rekaman Cloud - Sosialisasi E-Learning Dosen Baru sekarang tersedia",
     text(outlook_html("<p>Halo P4M Polibatam,</p><p>Rekaman cloud Anda sekarang tersedia.</p>"
                       "<p>Topik: Sosialisasi E-Learning Dosen Baru<br>Tanggal: 6 Nov 2026 01.00 PM Jakarta</p>"
                       "<p>Klik di sini untuk melihat: https://zoom.us/rec/share/abc123</p><p>Terima kasih telah memilih Zoom.</p>"), "html"),
     L("auto", "id", note="Zoom cloud-recording notification (Indonesian locale)."), mid_host="zoom.us")

s = "m365-message-recall"
mail(s, "Wed, 18 Nov 2026 10:44:02 +0700", "Kaprodi ABT <kaprodi.abt@polibatam.ac.id>",
     "Recall: Pengumuman khusus kelas ABT 3A",
     text("Kaprodi ABT would like to recall the message, \"Pengumuman khusus kelas ABT 3A\".\n", cte="7bit"),
     L("auto", "mixed", note="Microsoft 365 message recall attempt."),
     headers=["X-MS-Exchange-Organization-AuthAs: Internal", "Thread-Topic: Pengumuman khusus kelas ABT 3A"],
     mid_host="SG2PR06MB.apcprd06.prod.outlook.com")

s = "noreply-elearning-password-reset"
mail(s, "Sun, 22 Nov 2026 06:12:30 +0700", "E-Learning Polibatam (no-reply) <noreply@learning-if.polibatam.ac.id>",
     "E-Learning Polibatam: Permintaan reset kata sandi",
     text("Halo Helpdesk P4M,\n\nSeseorang (mungkin Anda) meminta pengaturan ulang kata sandi untuk akun Anda di "
          "E-Learning Polibatam. Untuk konfirmasi, silakan buka tautan di bawah ini (berlaku 30 menit).\n\n"
          "Jika Anda tidak meminta ini, abaikan email ini.\n\nAdministrator E-Learning\n"),
     L("auto", "id", note="No-reply Moodle password-reset mail."),
     headers=["Auto-Submitted: auto-generated", "Precedence: bulk"], mid_host="learning-if.polibatam.ac.id")

s = "bounce-original-attached"
orig = ("From: P4M Helpdesk <helpdesk-p4m@polibatam.ac.id>\nTo: andi.makk4sau@gmail.com\n"
        "Subject: Re: Pengumuman kelas Manajemen Keuangan\nDate: Thu, 5 Nov 2026 08:00:12 +0700\n"
        "Message-ID: <ack-%s@polibatam.ac.id>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
        "Permintaan Bapak sudah kami terima dengan nomor tiket P4M-2714.\n" % h(s, 10))
dsn = ("Content-Type: message/delivery-status\n\nReporting-MTA: dns; mx.polibatam.ac.id\n\n"
       "Final-Recipient: rfc822; andi.makk4sau@gmail.com\nAction: failed\nStatus: 5.1.1\n"
       "Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.\n")
mail(s, "Thu, 5 Nov 2026 08:00:15 +0700", "Mail Delivery System <MAILER-DAEMON@mx.polibatam.ac.id>",
     "Undelivered Mail Returned to Sender",
     "Content-Type: multipart/report; report-type=delivery-status; boundary=\"%s\"\n\n" % B(s)
     + "--%s\n" % B(s) + text("This is the mail system at host mx.polibatam.ac.id.\n\nI'm sorry to have to inform you "
                             "that your message could not be delivered to one or more recipients.\n\n"
                             "<andi.makk4sau@gmail.com>: host gmail-smtp-in.l.google.com said: 550 5.1.1 "
                             "user unknown\n", cte="7bit")
     + "--%s\n" % B(s) + dsn + "--%s\n" % B(s) + rfc822(orig) + "--%s--\n" % B(s),
     L("auto", "en", note="Bounce with the original attached."),
     headers=["Auto-Submitted: auto-replied"], mid_host="mx.polibatam.ac.id")

s = "ticket-autoreply-other-unit"
mail(s, "Tue, 24 Nov 2026 13:02:55 +0700", "Layanan UPT TIK <helpdesk-tik@polibatam.ac.id>",
     "[Tiket #TIK-88213] Tanggapan otomatis: Re: akses WiFi lab pembangkit",
     text("Terima kasih telah menghubungi Helpdesk UPT TIK Politeknik Negeri Batam.\n\nTiket Anda telah tercatat "
          "dengan nomor #TIK-88213 dan akan ditangani dalam 1x24 jam kerja. Mohon tidak membalas email ini.\n\n"
          "Sistem Tiket UPT TIK\n"),
     L("auto", "id", note="Auto-reply from another unit's ticket system."),
     headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "X-Auto-Response-Suppress: All"],
     mid_host="tik.polibatam.ac.id")


# ================================================================ checks and writing
POLICY = email.policy.default
DAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6,
        "sen": 0, "sel": 1, "rab": 2, "kam": 3, "jum": 4, "sab": 5, "min": 6,
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
        "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
MONTHS = {"jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "february": 2, "mar": 3, "maret": 3,
          "march": 3, "apr": 4, "april": 4, "mei": 5, "may": 5, "jun": 6, "juni": 6, "june": 6, "jul": 7,
          "juli": 7, "july": 7, "agu": 8, "aug": 8, "agustus": 8, "august": 8, "sep": 9, "september": 9,
          "okt": 10, "oct": 10, "oktober": 10, "october": 10, "nov": 11, "november": 11, "des": 12, "dec": 12,
          "desember": 12, "december": 12}
DAY_RE = "(%s)" % "|".join(sorted(DAYS, key=len, reverse=True))
MON_RE = "(%s)" % "|".join(sorted(MONTHS, key=len, reverse=True))
WD1 = re.compile(r"\b%s,?\s+(\d{1,2})(?:/(\d{1,2})\b|\s+%s\b\.?(?:,?\s+(\d{4}))?)" % (DAY_RE, MON_RE), re.I)
WD2 = re.compile(r"\b%s,?\s+%s\s+(\d{1,2})\b(?:,?\s+(\d{4}))?" % (DAY_RE, MON_RE), re.I)


def strip_html(s):
    s = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", s)
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


def pdf_text(data):
    out = []
    for m in re.finditer(rb"stream\n(.*?)endstream", data, re.S):
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", m.group(1)):
            out.append(re.sub(rb"\\(.)", rb"\1", t.group(1)).decode("latin-1"))
    return "\n".join(out)


def all_text(msg):
    out = [str(msg["subject"] or "")]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            if ct == "message/rfc822":
                out.append(str(part.get_payload(0)["subject"] or ""))
            continue
        if ct == "text/html":
            out.append(strip_html(part.get_content()))
        elif ct.startswith("text/") or ct == "message/delivery-status":
            try:
                out.append(part.get_content() if ct.startswith("text/") else str(part))
            except Exception:
                out.append(str(part))
        elif ct == "application/pdf":
            out.append(pdf_text(part.get_content()))
        elif "wordprocessingml" in ct:
            with zipfile.ZipFile(io.BytesIO(part.get_content())) as z:
                out.append(strip_html(z.read("word/document.xml").decode()))
    return "\n".join(out)


def check_weekdays(txt, slug):
    bad = []
    for m in WD1.finditer(txt):
        day, d, mo_num, mo_name, yr = m.groups()
        mo = int(mo_num) if mo_num else MONTHS[mo_name.lower()]
        y = int(yr) if yr else 2026
        try:
            if dt.date(y, mo, int(d)).weekday() != DAYS[day.lower()]:
                bad.append(m.group(0))
        except ValueError:
            bad.append(m.group(0))
    for m in WD2.finditer(txt):
        day, mo_name, d, yr = m.groups()
        y = int(yr) if yr else 2026
        if dt.date(y, MONTHS[mo_name.lower()], int(d)).weekday() != DAYS[day.lower()]:
            bad.append(m.group(0))
    if bad:
        raise SystemExit("%s: weekday mismatch %r" % (slug, bad))


def quirk_name(slug):
    return slug


def main():
    errors = []
    counts, langs = {}, {}
    order = sorted(MSGS, key=lambda m: email.utils.parsedate_to_datetime(m["date"]))
    labels, written = {}, set()
    for i, m in enumerate(order, 1):
        slug = m["slug"]
        raw = m["raw"]
        if not raw.split("\n\n", 1)[0].count("Subject: =?") and any(ord(c) > 127 for c in m["subject"]):
            raw = raw.replace("Subject: %s\n" % m["subject"], "Subject: %s\n" % ew_b(m["subject"]), 1)
        data = raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        if re.search(rb"[^\r]\n", data) or re.search(rb"\r(?!\n)", data):
            errors.append("%s: bad line endings" % slug)
        msg = email.message_from_bytes(data, policy=POLICY)
        for part in msg.walk():
            if part.defects:
                errors.append("%s: defects %r" % (slug, part.defects))
        if str(msg["subject"]) != m["subject"]:
            errors.append("%s: subject %r != %r" % (slug, str(msg["subject"]), m["subject"]))
        if str(msg["date"]) != m["date"]:
            errors.append("%s: date %r" % (slug, str(msg["date"])))
        dd = email.utils.parsedate_to_datetime(m["date"])
        if not (dt.date(2026, 9, 1) <= dd.date() <= dt.date(2026, 11, 28)):
            errors.append("%s: date out of range" % slug)
        if dd.strftime("%a") != m["date"][:3]:
            errors.append("%s: Date weekday" % slug)
        for part in msg.walk():
            if part.get_content_disposition() == "attachment" and part.get_content_type() != "message/rfc822":
                if len(part.get_content()) > 30 * 1024:
                    errors.append("%s: attachment too big" % slug)
        txt = all_text(msg)
        check_weekdays(txt, slug)
        norm = " ".join(txt.split())
        lab = m["label"]

        def vals(f):
            for k, v in f.items():
                if isinstance(v, dict):
                    yield from vals(v)
                elif k != "publish_at" and k != "scope":
                    yield v
        for v in vals(lab["fields"]):
            if " ".join(v.split()) not in norm:
                errors.append("%s: value %r not in text" % (slug, v))
        if lab["type"] not in ("course_data", "announcement") and lab["fields"]:
            errors.append("%s: fields on %s" % (slug, lab["type"]))
        pa = lab["fields"].get("publish_at")
        if pa and not pa.endswith("+07:00"):
            errors.append("%s: publish_at tz" % slug)
        name = "%03d-%s.eml" % (i, quirk_name(slug))
        labels[name] = lab
        written.add(name)
        m["name"], m["data"] = name, data
        counts[lab["type"]] = counts.get(lab["type"], 0) + 1
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
    if len({m["slug"] for m in MSGS}) != len(MSGS):
        errors.append("duplicate slugs")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    for f in os.listdir(HERE):
        if re.match(r"\d{3}-.*\.eml$", f) and f not in written:
            os.remove(os.path.join(HERE, f))
    for m in order:
        with open(os.path.join(HERE, m["name"]), "wb") as fh:
            fh.write(m["data"])
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d mails; types %s; langs %s" % (len(order), counts, langs))
    if counts != PLAN:
        print("counts differ from plan %s" % PLAN)
        sys.exit(1)


if __name__ == "__main__":
    main()

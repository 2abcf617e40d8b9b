#!/usr/bin/env python3
"""Generator of tuning corpus tune43, formerly held-out part24 (round 13). Stdlib only, deterministic.

Writes 001-<slug>.eml .. 070-<slug>.eml and labels.json next to this file.
"""
import base64, hashlib, io, json, os, quopri, re, sys, zipfile, html
from datetime import datetime, timezone, timedelta
from email import policy
from email.parser import BytesParser
from email.header import Header
from email.utils import format_datetime, parsedate_to_datetime
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
TO = "helpdesk-p4m@polibatam.ac.id"
MAILS = []


def h(slug, n=8):
    return hashlib.sha256(slug.encode()).hexdigest()[:n]


def dt(y, mo, d, hh, mi, tz=7, ss=0):
    return datetime(y, mo, d, hh, mi, ss, tzinfo=timezone(timedelta(hours=tz)))


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def flow(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def leaf(text, ctype="text/plain", charset="utf-8", cte="8bit", flowed=False, extra=()):
    text = text.replace("\r\n", "\n")
    if flowed:
        text = flow(text)
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    else:
        if cte == "7bit":
            raw.decode("ascii")
        body = text
    ct = 'Content-Type: %s; charset="%s"' % (ctype, charset)
    if flowed:
        ct += "; format=flowed"
    hdrs = [ct, "Content-Transfer-Encoding: " + cte] + list(extra)
    if not body.endswith("\n"):
        body += "\n"
    return (hdrs, body)


def multi(sub, parts, boundary):
    hdrs = ['Content-Type: multipart/%s;\n boundary="%s"' % (sub, boundary)]
    body = ""
    for ph, pb in parts:
        body += "--" + boundary + "\n" + "\n".join(ph) + "\n\n" + pb
        if not body.endswith("\n"):
            body += "\n"
    body += "--" + boundary + "--\n"
    return (hdrs, body)


def att(filename, ctype, data):
    b = base64.encodebytes(data).decode("ascii")
    return (['Content-Type: %s; name="%s"' % (ctype, filename),
             'Content-Disposition: attachment; filename="%s"' % filename,
             "Content-Transfer-Encoding: base64"], b)


def rfc822(raw, filename=None):
    hd = ["Content-Type: message/rfc822"]
    if filename:
        hd.append('Content-Disposition: attachment; filename="%s"' % filename)
    else:
        hd.append("Content-Disposition: inline")
    return (hd, raw if raw.endswith("\n") else raw + "\n")


ZDT = (2026, 1, 1, 0, 0, 0)


def _z(files, first_stored=None):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, ZDT)
            zi.compress_type = zipfile.ZIP_STORED if name == first_stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def docx(paras):
    """paras: list of str or list-of-rows (table)."""
    body = ""
    for p in paras:
        if isinstance(p, list):
            body += "<w:tbl>"
            for row in p:
                body += "<w:tr>" + "".join(
                    "<w:tc><w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p></w:tc>" % html.escape(c, quote=False)
                    for c in row) + "</w:tr>"
            body += "</w:tbl>"
        else:
            body += "<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % html.escape(p, quote=False)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return _z([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def odt(paras):
    body = ""
    for p in paras:
        if isinstance(p, list):
            body += "<table:table>"
            for row in p:
                body += "<table:table-row>" + "".join(
                    "<table:table-cell><text:p>%s</text:p></table:table-cell>" % html.escape(c, quote=False)
                    for c in row) + "</table:table-row>"
            body += "</table:table>"
        else:
            body += "<text:p>%s</text:p>" % html.escape(p, quote=False)
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
               '<office:body><office:text>' + body + '</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return _z([("mimetype", "application/vnd.oasis.opendocument.text"),
               ("META-INF/manifest.xml", manifest), ("content.xml", content)], first_stored="mimetype")


def pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 56 790 Td 14 TL\n"
    for ln in lines:
        stream += "(%s) Tj T*\n" % esc(ln)
    stream += "ET\n"
    sb = stream.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(sb) + sb + b"endstream",
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


def build(slug, frm, subject, date, part, to=TO, extra=(), mid_domain=None):
    dom = mid_domain or frm.split("@")[-1].rstrip(">")
    hd = ["From: " + frm, "To: " + to, "Subject: " + enc_subject(subject),
          "Date: " + format_datetime(date),
          "Message-ID: <%s.%s@%s>" % (h(slug, 12), h(slug + "x", 6), dom)]
    hd += list(extra)
    hd.append("MIME-Version: 1.0")
    ph, pb = part
    raw = "\n".join(hd + ph) + "\n\n" + pb
    return raw


def M(slug, typ, lang, fields, note, frm, subject, date, part, **kw):
    raw = build(slug, frm, subject, date, part, **kw)
    MAILS.append(dict(slug=slug, type=typ, lang=lang, fields=fields, note=note,
                      subject=subject, date=date, raw=raw))


def inner(frm, to, subject, date, body, slug):
    """A small forwarded/attached message (plain)."""
    return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s@%s>\nMIME-Version: 1.0\n"
            'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n\n%s'
            % (frm, to, enc_subject(subject), format_datetime(date), h(slug + "inner", 14),
               frm.split("@")[-1].rstrip(">"), body))


def B(slug, n=0):
    return "----=_Part_%s_%d" % (h(slug, 10), n)


def p2h(text, wrap='<div dir="ltr">%s</div>'):
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>" + \
        wrap % html.escape(text, quote=False).replace("\n", "<br>\n") + "</body></html>"


def alt(slug, plain, htm=None, cte="quoted-printable", hcte="quoted-printable", charset="utf-8", flowed=False):
    htm = htm if htm is not None else p2h(plain)
    return multi("alternative", [leaf(plain, cte=cte, charset=charset, flowed=flowed),
                                 leaf(htm, "text/html", cte=hcte, charset=charset)], B(slug))


def mixed(slug, first, *atts):
    return multi("mixed", [first] + list(atts), B(slug, 1))


OUTLOOK_M = ["X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ", "Content-Language: en-US"]
K9 = ["User-Agent: K-9 Mail for Android"]
FAIR = ["User-Agent: FairEmail"]
ZIMBRA = ["X-Mailer: Zimbra 8.8.15_GA_4484 (ZimbraWebClient - GC119 (Win)/8.8.15_GA_4481)"]
PROTON = ["X-Pm-Content-Encryption: end-to-end", "X-Pm-Origin: internal"]
TUTA = ["X-Mailer: Tutanota"]
SPARK = ["X-Mailer: Spark"]
PORTAL = ["X-Mailer: HotspotMail/2.3 (Polibatam Captive Portal)", "X-Originating-IP: [10.20.4.117]"]
OUTLOOK_W = ["X-Mailer: Microsoft Outlook 16.0", "Thread-Index: AdtK9x2mQ1b"]


def outlook_word(text):
    paras = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (html.escape(l, quote=False) or "&nbsp;")
                    for l in text.split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!-- p.MsoNormal '
            '{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>'
            '<body lang="EN-US"><div class="WordSection1">\n' + paras + '</div></body></html>')


def zimbra_html(text):
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            + "".join("<div>%s</div>" % (html.escape(l, quote=False) or "<br data-mce-bogus=\"1\">")
                      for l in text.split("\n")) + "</div></body></html>")

# ---------------------------------------------------------------- course_data
S = "001-outlook-android-shipyard-ticket-rename"
t = """Hi tim helpdesk,

Ticket style ya biar cepat:

[REQ] Rename course di e-learning
- Course code    : KPL-204
- Current name   : Konstruksi Kapal Baja
- Requested name : Konstruksi dan Reparasi Kapal Baja
- Reason         : revisi kurikulum, materi repair sudah masuk silabus
- Priority       : medium (before UTS)

Thx,
Rudi Hartono
Practitioner Lecturer - Teknik Perkapalan
Hull Construction Engineer, PT Samudra Jaya Shipyard, Tanjung Uncang

Get Outlook for Android
"""
M(S, "course_data", "mixed", {"course_code": "KPL-204", "course_name": "Konstruksi Kapal Baja",
  "changes": {"fullname": "Konstruksi dan Reparasi Kapal Baja"}}, "Engineer's ticket-style request with labelled lines.",
  "Rudi Hartono <rudi.hartono@samudrajaya-shipyard.co.id>", "[REQ] rename course KPL-204", dt(2026, 8, 4, 7, 42),
  alt(S, t, p2h(t)), extra=OUTLOOK_M)

S = "002-spark-factory-bullets-one-without-value"
t = """Hello P4M team,

Following up on our coordination meeting last Friday. For EL3105 Surface Mount Technology please update:

• Short name → SMT-EL3105
• Enrolment key → Reflow#245
• Lecturer → to be confirmed (our second engineer may co-teach, I will send the name next week)

Root cause for the key change: the old key leaked in a student WhatsApp group.

Regards,
Kevin Tan
Process Engineer, SMT Line 3 | PT Nusantara Elektronik Batam
Practitioner lecturer, Teknik Elektronika

Sent with Spark
"""
M(S, "course_data", "en", {"course_code": "EL3105", "course_name": "Surface Mount Technology",
  "changes": {"shortname": "SMT-EL3105", "enrolment_key": "Reflow#245"}},
  "Third bullet asks for a lecturer change without the new name, so it is left out of changes.",
  "Kevin Tan <kevin.tan@nusantara-elektronik.co.id>", "Course setup changes - EL3105 SMT", dt(2026, 8, 10, 9, 15),
  alt(S, t, p2h(t), cte="8bit", hcte="quoted-printable"), extra=SPARK)

S = "003-zimbra-plp-on-behalf-lecturer-change"
t = """Selamat siang Bapak/Ibu Helpdesk P4M,

Saya Dedi Kurniawan, PLP Laboratorium Mekatronika. Atas permintaan Bapak Ahmad Fauzi, S.T., M.T. (beliau sedang dinas luar ke Surabaya), mohon bantuan mengganti dosen pengampu pada mata kuliah berikut di e-learning:

Kode MK : MK3207
Nama MK : Sistem Pneumatik dan Hidrolik
Dosen pengampu baru : Ir. Hendra Saputra, M.T.

Bapak Ahmad sudah setuju lewat WA, nanti beliau menyusul konfirmasi lewat email.

Terima kasih.

Salam,
Dedi Kurniawan, A.Md.
Teknisi / PLP Lab Mekatronika
Gedung Utama Lt. 2"""
M(S, "course_data", "id", {"course_code": "MK3207", "course_name": "Sistem Pneumatik dan Hidrolik",
  "changes": {"lecturer": "Ir. Hendra Saputra, M.T."}}, "Lab technician (PLP) writes on behalf of the lecturer.",
  "Dedi Kurniawan <dedi.k@polibatam.ac.id>", "Permohonan ganti dosen pengampu MK3207", dt(2026, 8, 12, 13, 5),
  alt(S, t, zimbra_html(t)), extra=ZIMBRA)

S = "004-outlook-word-secretary-dictated-summary"
t = """Yth. Tim Helpdesk P4M,

Dengan hormat,
Surat ini saya ketik atas dikte Prof. Dr. Ir. H. Bambang Suprapto, M.Sc., yang saat ini sedang kurang sehat sehingga belum dapat mengetik sendiri. Beliau menyampaikan sebagai berikut:

"Untuk mata kuliah MB 4102 Manajemen Mutu Terpadu, mohon ringkasan mata kuliah di e-learning diganti dengan kalimat berikut, tanda bacanya sesuai aslinya: Mata kuliah ini membahas prinsip, alat, dan penerapan manajemen mutu terpadu di industri manufaktur dan jasa, termasuk siklus PDCA, Six Sigma, dan standar ISO 9001:2015. Terima kasih atas bantuan Saudara-saudara."

Atas perhatiannya kami ucapkan terima kasih.

Hormat saya,
Sri Wahyuni
Sekretaris Prof. Bambang Suprapto
Jurusan Manajemen Bisnis"""
M(S, "course_data", "id", {"course_code": "MB 4102", "course_name": "Manajemen Mutu Terpadu",
  "changes": {"summary": "Mata kuliah ini membahas prinsip, alat, dan penerapan manajemen mutu terpadu di industri manufaktur dan jasa, termasuk siklus PDCA, Six Sigma, dan standar ISO 9001:2015."}},
  "Secretary types the professor's dictated letter; the closing thanks inside the quote is not part of the summary.",
  "Sri Wahyuni <sri.wahyuni@polibatam.ac.id>", "Permohonan perubahan ringkasan mata kuliah (a.n. Prof. Bambang Suprapto)",
  dt(2026, 8, 17, 10, 30), alt(S, t, outlook_word(t)), extra=OUTLOOK_W)

S = "005-k9-sundanese-class-lowercase-code"
t = """Punten kang/teh admin,

abdi Asep Saepudin, dosen mata kuliah Basis Data Lanjut (trpl 2104). Kelasna di e-learning masih tertulis TRPL-2B Pagi, padahal nu leres mah TRPL-2A Malam atuh. Mahasiswa kelas malam jadi bingung.

Mohon diganti nya. Hatur nuhun pisan.

--
Sent from my Android device with K-9 Mail. Please excuse my brevity.
"""
M(S, "course_data", "id", {"course_code": "trpl 2104", "course_name": "Basis Data Lanjut",
  "changes": {"class": "TRPL-2A Malam"}}, "Sundanese-flavoured; the old class is also named, the new one is after 'nu leres mah'.",
  "Asep Saepudin <asep.saepudin@polibatam.ac.id>", "kelas basis data lanjut", dt(2026, 8, 19, 21, 14),
  leaf(t), extra=K9)

S = "006-fairemail-batak-credits-split"
t = """Horas lae-lae di P4M!

Mata kuliah Statika Struktur (TS-2103) itu SKS-nya di e-learning masih tertulis 2, padahal sudah jadi 3 SKS (2 teori, 1 praktik) bah, sesuai kurikulum baru. Tolong kau ubahkan lah ya, biar sama dengan di SIAKAD.

Mauliate.

Tiurma Simanjuntak, S.T., M.Eng.
Teknik Sipil
"""
M(S, "course_data", "id", {"course_code": "TS-2103", "course_name": "Statika Struktur",
  "changes": {"credits": "3 SKS (2 teori, 1 praktik)"}}, "Batak-flavoured; credits given with a theory/practice split.",
  "Tiurma Simanjuntak <tiurma@polibatam.ac.id>", "SKS Statika Struktur salah", dt(2026, 8, 21, 8, 3),
  leaf(t, cte="quoted-printable", flowed=True), extra=FAIR)

S = "007-protonmail-bugis-semester"
t = """Tabe' Pak/Bu, maaf mengganggu ki'.

Mata kuliah Akuntansi Biaya kode AK-2205 semesternya di e-learning masih tertulis Genap 2025/2026. Mohon diganti jadi Ganjil 2026/2027 di', karena kelasnya sudah jalan minggu ini.

Iye, terima kasih banyak ki'.

Andi Besse Tenriawaru, S.E., M.Ak.
Prodi Akuntansi

Sent with Proton Mail secure email.
"""
M(S, "course_data", "id", {"course_code": "AK-2205", "course_name": "Akuntansi Biaya",
  "changes": {"semester": "Ganjil 2026/2027"}}, "Bugis-flavoured Indonesian; old and new semester both given.",
  "Andi Besse Tenriawaru <andibesse@proton.me>", "Semester MK Akuntansi Biaya", dt(2026, 8, 25, 11, 48),
  alt(S, t, p2h(t, '<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div>')), extra=PROTON)

S = "008-outlook-ios-filipino-lecturer-typo"
t = """Good day po!

I hope this email finds you well. I noticed that my name is misspelled in the course Digital Marketing Analytics (BM-3302). It currently says "Maria Lisa G. Santos". Kindly change it to "Maria Liza G. Santos, MSc" so the students will not be confused.

Thank you po and God bless!

Maria Liza G. Santos, MSc
Visiting Lecturer, Business Management

Get Outlook for iOS
"""
M(S, "course_data", "en", {"course_code": "BM-3302", "course_name": "Digital Marketing Analytics",
  "changes": {"lecturer": "Maria Liza G. Santos, MSc"}}, "Filipino English; lecturer field correction of a misspelled name.",
  "Maria Liza Santos <mlsantos@outlook.com>", "Misspelled name in course", dt(2026, 8, 27, 15, 2, tz=8),
  alt(S, t, p2h(t)), extra=OUTLOOK_M)

S = "009-gmail-indian-fullname-shortname"
t = """Respected Sir/Madam,

Greetings of the day.

This is to inform you that for the course IF-3108 Machine Learning, kindly change the full name to "Applied Machine Learning" and the short name to "AML-IF3A" as discussed with HoD. Kindly do the needful at the earliest and revert back.

Thanks and regards,
Dr. Ramesh Krishnan
Visiting Faculty, Department of Informatics
"""
M(S, "course_data", "en", {"course_code": "IF-3108", "course_name": "Machine Learning",
  "changes": {"fullname": "Applied Machine Learning", "shortname": "AML-IF3A"}}, "Indian English; two changes in one sentence.",
  "Ramesh Krishnan <ramesh.krishnan@gmail.com>", "Change of course name - IF-3108", dt(2026, 9, 1, 9, 33, tz=7),
  alt(S, t, p2h(t), cte="7bit"))

S = "010-tutanota-german-html-only-key"
t = """Dear Sir or Madam,

for the course "Finite Element Method" (ME-5102) I kindly ask you to set a new enrolment key: Kn0ten!Punkt

The old one was handed to last year's group and is still circulating. Please confirm when done.

Thank you in advance.

Best regards
Dr.-Ing. Matthias Vogel
Guest Lecturer (DAAD), Mechanical Engineering

Sent with Tutanota, enjoy your encrypted mailbox."""
M(S, "course_data", "en", {"course_code": "ME-5102", "course_name": "Finite Element Method",
  "changes": {"enrolment_key": "Kn0ten!Punkt"}}, "German guest lecturer, HTML-only Tutanota mail.",
  "Matthias Vogel <m.vogel@tutanota.de>", "New enrolment key ME-5102", dt(2026, 9, 3, 8, 20, tz=2),
  leaf(p2h(t, '<div>%s</div>'), "text/html", cte="quoted-printable"), extra=TUTA)

S = "011-spark-australian-rename"
t = """G'day team,

Quick one - the course 'Intro to Marine Welding' (code WLD101) should really be called 'Marine Welding Fundamentals' as per the new curriculum. Could you swap the full name over when you get a sec? Nothing else needs touching.

Cheers,
Liam O'Connor
Welding Instructor (on loan from Batam Offshore Fabrication)

Sent with Spark
"""
M(S, "course_data", "en", {"course_code": "WLD101", "course_name": "Intro to Marine Welding",
  "changes": {"fullname": "Marine Welding Fundamentals"}}, "Australian English, casual.",
  "Liam O'Connor <liam.oconnor@batamoffshore.com.au>", "WLD101 name", dt(2026, 9, 7, 17, 55, tz=10),
  alt(S, t, p2h(t), cte="7bit"), extra=SPARK)

S = "012-outlook-mobile-values-in-quoted-reply"
t = """Mbak, yang saya jawab di bawah ini belum diproses ya? Mohon dibantu, mahasiswa sudah mulai bertanya.

Terima kasih.

Get Outlook for Android
________________________________
From: Hendri Wijaya <hendri.w@polibatam.ac.id>
Sent: Tuesday, September 8, 2026 2:11:05 PM
To: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Subject: Re: [P4M] Ganti nama MK

Kode: TI-2206
Nama lama: Pemrograman Web Dasar
Nama baru: Pemrograman Web I

________________________________
From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Sent: Tuesday, September 8, 2026 10:02:41 AM
To: Hendri Wijaya <hendri.w@polibatam.ac.id>
Subject: Re: [P4M] Ganti nama MK

Yth. Bapak Hendri, mohon dikirimkan kode MK, nama lama dan nama baru yang diinginkan.

Salam,
Helpdesk P4M
"""
M(S, "course_data", "id", {"course_code": "TI-2206", "course_name": "Pemrograman Web Dasar",
  "changes": {"fullname": "Pemrograman Web I"}}, "The old and new name are only in the lecturer's own quoted earlier reply.",
  "Hendri Wijaya <hendri.w@polibatam.ac.id>", "Re: [P4M] Ganti nama MK", dt(2026, 9, 10, 8, 1),
  alt(S, t, p2h(t)), extra=OUTLOOK_M + ["In-Reply-To: <a1b2c3@polibatam.ac.id>"])

S = "013-gmail-ralat-code-and-name"
t = """Assalamualaikum wr. wb.

Ralat untuk email saya kemarin sore. Kode yang benar EL-2304, bukan EL-2403. Nama baru yang benar: Elektronika Daya Industri (bukan "Elektronika Daya Terapan" seperti yang saya tulis kemarin). Nama yang sekarang tampil di e-learning: Elektronika Daya.

Mohon maaf merepotkan.

Wassalam,
Syahrial Nasution
Teknik Elektro
"""
M(S, "course_data", "id", {"course_code": "EL-2304", "course_name": "Elektronika Daya",
  "changes": {"fullname": "Elektronika Daya Industri"}}, "Self-correction ('ralat') of an earlier mail: corrected code and corrected new name.",
  "Syahrial Nasution <syahrial.nst@gmail.com>", "Ralat: perubahan nama MK", dt(2026, 9, 15, 6, 44),
  alt(S, t, p2h(t), cte="quoted-printable"))

S = "014-protonmail-correction-earlier-shortname"
t = """Hi again,

Correction to my earlier mail from this morning (attached below for reference): the new short name should be MEC210-Dyn, not MEC-210-DYN as I wrote (our lab system does not accept the second hyphen).

Course: MEC-210 Engineering Dynamics.

Apologies for the back and forth.

Regards,
Pradeep Nair

Sent with Proton Mail secure email.
"""
M(S, "course_data", "en", {"course_code": "MEC-210", "course_name": "Engineering Dynamics",
  "changes": {"shortname": "MEC210-Dyn"}}, "Correction of an earlier request (attached as message/rfc822 with the superseded value); the corrected short name is the one to label.",
  "Pradeep Nair <pradeep.nair@proton.me>", "Correction to my earlier mail - MEC-210 short name", dt(2026, 9, 18, 13, 27, tz=5.5),
  mixed(S, alt(S, t, p2h(t)), rfc822(inner("Pradeep Nair <pradeep.nair@proton.me>", TO,
        "Short name change - MEC-210", dt(2026, 9, 18, 8, 5, tz=5.5),
        "Dear Helpdesk,\n\nPlease change the short name of MEC-210 Engineering Dynamics to MEC-210-DYN.\n\nRegards,\nPradeep Nair\n", S),
        "Short name change - MEC-210.eml")), extra=PROTON)

S = "015-zimbra-numbered-list-lecturer-pending"
t = """Yth. Helpdesk P4M,

Untuk mata kuliah Kewirausahaan (UM-1201) mohon diubah:
1) Nama lengkap menjadi Kewirausahaan dan Inovasi Teknologi
2) Dosen pengampu - nanti saya kabari, masih menunggu SK dari jurusan
3) Enrolment key menjadi wira2026!

Terima kasih atas bantuannya.

Salam,
Nurhayati, S.E., M.M.
Koordinator MK Umum"""
M(S, "course_data", "id", {"course_code": "UM-1201", "course_name": "Kewirausahaan",
  "changes": {"fullname": "Kewirausahaan dan Inovasi Teknologi", "enrolment_key": "wira2026!"}},
  "Item 2 asks for a lecturer change without the new name (still waiting for a decree); left out of changes.",
  "Nurhayati <nurhayati@polibatam.ac.id>", "Perubahan data MK Kewirausahaan", dt(2026, 9, 22, 9, 10),
  alt(S, t, zimbra_html(t)), extra=ZIMBRA)

S = "016-captive-portal-latin1-class-rep"
t = """Selamat malam Bapak/Ibu,

Saya Rizky Pratama, komting kelas AK-1B. Disuruh Ibu Lestari (dosen Pengantar Akuntansi, kode AKT101) untuk minta tolong kelas di e-learning diubah jadi AK-1B Pagi karena sekarang masih tertulis AK-1A. Ibu Lestari lagi tidak bisa buka email katanya.

Terima kasih.
Rizky - NIM 4232401077

-- 
Dikirim dari Portal Hotspot Polibatam · ketentuan layanan berlaku ©2026
"""
M(S, "course_data", "id", {"course_code": "AKT101", "course_name": "Pengantar Akuntansi",
  "changes": {"class": "AK-1B Pagi"}}, "A class representative asks on the lecturer's behalf from the Wi-Fi captive-portal mailer.",
  "rizky.pratama@students.polibatam.ac.id", "minta tolong ubah kelas", dt(2026, 9, 24, 20, 37),
  leaf(t, charset="iso-8859-1", cte="quoted-printable"), extra=PORTAL)

S = "017-fairemail-plp-docx-form-only"
t = """Selamat pagi,

Terlampir formulir perubahan data mata kuliah dari Ibu Rina (Lab Jaringan). Mohon diproses.

Salam,
Yoga Prasetyo
PLP Lab Jaringan Komputer
"""
d = docx(["FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING",
          [["Kode MK", "RPL-3301"], ["Nama MK saat ini", "Administrasi Jaringan"],
           ["Data yang diubah", "Dosen pengampu"], ["Nilai baru", "Rina Amelia, S.Kom., M.Cs."],
           ["Alasan", "Pergantian dosen semester ganjil"]],
          "Batam, 28 September 2026", "Pemohon: Rina Amelia"])
M(S, "course_data", "id", {"course_code": "RPL-3301", "course_name": "Administrasi Jaringan",
  "changes": {"lecturer": "Rina Amelia, S.Kom., M.Cs."}}, "All values only in the attached DOCX form; sent by the lab technician.",
  "Yoga Prasetyo <yoga.p@polibatam.ac.id>", "Form perubahan data MK", dt(2026, 9, 28, 7, 51),
  mixed(S, leaf(t), att("form-perubahan-MK.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", d)),
  extra=FAIR)

S = "018-k9-mixed-arrow-rename-ampersand"
t = """Halo tim P4M,

mau minta tolong ya: course name Embedded Systems Design → Embedded Systems & IoT Design. Code-nya EMB301. Yang lain tetap, thanks a lot!

Bagas

--
Sent from my Android device with K-9 Mail. Please excuse my brevity.
"""
M(S, "course_data", "mixed", {"course_code": "EMB301", "course_name": "Embedded Systems Design",
  "changes": {"fullname": "Embedded Systems & IoT Design"}}, "Code-switching; old and new name around an arrow.",
  "Bagas Aditya <bagas.aditya@polibatam.ac.id>", "rename course EMB301", dt(2026, 10, 1, 22, 5),
  leaf(t, cte="base64"), extra=K9)

S = "019-fairemail-plp-odt-semester-credits"
t = """Assalamualaikum,

Mohon maaf Bapak/Ibu, atas nama Bapak Yusril (dosen Praktikum Mikrokontroler) saya kirimkan form perubahan dalam bentuk ODT, karena di lab kami pakai LibreOffice.

Terima kasih.

Wulan, PLP Lab Elektronika
"""
o = odt(["Permohonan Perubahan Data Mata Kuliah",
         [["Mata kuliah", "Praktikum Mikrokontroler"], ["Kode", "ELK-2207"],
          ["Semester lama", "Semester 4"], ["Semester baru", "Semester 3"],
          ["SKS lama", "2 SKS"], ["SKS baru", "1 SKS praktik"]],
         "Disetujui: Yusril Hakim, S.T., M.T."])
M(S, "course_data", "id", {"course_code": "ELK-2207", "course_name": "Praktikum Mikrokontroler",
  "changes": {"semester": "Semester 3", "credits": "1 SKS praktik"}}, "Two changes only in an ODT table, old and new rows.",
  "Wulan Sari <wulan.sari@polibatam.ac.id>", "Perubahan semester & SKS praktikum", dt(2026, 10, 5, 10, 12),
  mixed(S, leaf(t, cte="quoted-printable"), att("perubahan-ELK-2207.odt", "application/vnd.oasis.opendocument.text", o)),
  extra=FAIR)

S = "020-gmail-html-quoted-reply-summary-old-new"
t1 = "Betul Bu, yang lama dan yang baru sudah saya tulis di email saya di bawah. Silakan diganti."
q = """Kode: TL-1105 (Pengukuran Listrik)
Deskripsi lama: Mata kuliah ini membahas alat ukur listrik.
Deskripsi baru: Mata kuliah ini membekali mahasiswa dengan teknik pengukuran listrik dan kalibrasi alat ukur sesuai standar industri."""
q2 = "Yth. Bapak Parlindungan, deskripsi yang mana yang ingin diganti? Mohon dikirim teks lama dan barunya."
plain = (t1 + "\n\nPada Sel, 13 Okt 2026 pukul 09.20 Parlindungan Sitorus <parlindungan@polibatam.ac.id> menulis:\n"
         + "\n".join("> " + l for l in q.split("\n")) + "\n>\n> Pada Sen, 12 Okt 2026 pukul 15.02 Helpdesk P4M menulis:\n>> " + q2 + "\n")
hb = ('<div dir="ltr">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Pada Sel, 13 Okt 2026 pukul 09.20 '
      'Parlindungan Sitorus &lt;parlindungan@polibatam.ac.id&gt; menulis:<br></div><blockquote class="gmail_quote" '
      'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">%s</div>'
      '<blockquote class="gmail_quote">%s</blockquote></blockquote></div>') % (
    html.escape(t1), html.escape(q).replace("\n", "<br>"), html.escape(q2))
M(S, "course_data", "id", {"course_code": "TL-1105", "course_name": "Pengukuran Listrik",
  "changes": {"summary": "Mata kuliah ini membekali mahasiswa dengan teknik pengukuran listrik dan kalibrasi alat ukur sesuai standar industri."}},
  "Old and new description sit in the sender's own quoted earlier reply.",
  "Parlindungan Sitorus <parlindungan@polibatam.ac.id>", "Re: [P4M] Deskripsi MK Pengukuran Listrik", dt(2026, 10, 14, 7, 30),
  alt(S, plain, "<html><body>" + hb + "</body></html>"))

S = "021-outlook-ios-shipyard-bullets-summary-key"
t = """Pls update course NAV-310 Ship Stability:

• Summary: Stability criteria, intact & damage stability calculations, inclining test per IMO IS Code 2008.
• Enrolment key: Stab!2026-B

Deadline sebelum minggu depan ya, mahasiswa kelas B mulai praktik di dock. Thx.

Rudi H.
PT Samudra Jaya Shipyard

Get Outlook for iOS
"""
M(S, "course_data", "mixed", {"course_code": "NAV-310", "course_name": "Ship Stability",
  "changes": {"summary": "Stability criteria, intact & damage stability calculations, inclining test per IMO IS Code 2008.",
              "enrolment_key": "Stab!2026-B"}}, "Engineer's terse bullets; 'Deadline' is a due date, not a field.",
  "Rudi Hartono <rudi.hartono@samudrajaya-shipyard.co.id>", "NAV-310 update", dt(2026, 10, 19, 18, 2),
  alt(S, t, p2h(t)), extra=OUTLOOK_M)

S = "022-protonmail-html-table-batak-mixed"
rows = [("Field", "Current", "New"), ("Full name", "Mekanika Fluida", "Mekanika Fluida Terapan"),
        ("Short name", "MEKFLU", "MFT-ME2")]
tb = "".join("<tr>" + "".join("<td style=\"border:1px solid #999;padding:4px\">%s</td>" % c for c in r) + "</tr>" for r in rows)
hb = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">Horas tim P4M,<br><br>Minta tolong update course MS-2209 ya, '
      'detail-nya di table:<br><br><table style="border-collapse:collapse">%s</table><br>Thanks ya lae, '
      'kalau sudah please kabari.<br><br>Maruli Tambunan<br>Teknik Mesin</div><div><br></div>'
      '<div class="protonmail_signature_block">Sent with <a href="https://proton.me">Proton Mail</a> secure email.</div>') % tb
plain = ("Horas tim P4M,\n\nMinta tolong update course MS-2209 ya, detail-nya di table:\n\n"
         + "\n".join(" | ".join(r) for r in rows) + "\n\nThanks ya lae, kalau sudah please kabari.\n\nMaruli Tambunan\nTeknik Mesin\n\nSent with Proton Mail secure email.\n")
M(S, "course_data", "mixed", {"course_code": "MS-2209", "course_name": "Mekanika Fluida",
  "changes": {"fullname": "Mekanika Fluida Terapan", "shortname": "MFT-ME2"}}, "Current/new table in HTML with a plain-text twin.",
  "Maruli Tambunan <maruli.tambunan@proton.me>", "Update course MS-2209", dt(2026, 10, 26, 14, 40),
  alt(S, plain, "<html><body>" + hb + "</body></html>"), extra=PROTON)

# ---------------------------------------------------------------- announcement
S = "023-outlook-android-shipyard-visit-besok"
t = """Sore tim P4M,

Mohon bantu pasang pengumuman di course Gambar Teknik Kapal (KPL-105):

Judul: Kunjungan Industri ke Galangan
Isi: Kunjungan industri ke galangan PT Samudra Jaya Shipyard, Kamis 17 September 2026 jam 08.00, kumpul di lobby gedung utama. Wajib APD: safety shoes dan helm. Yang tidak pakai APD tidak boleh masuk area dock.

Tayang besok jam 07.00 ya.

Thx,
Rudi Hartono

Get Outlook for Android
"""
M(S, "announcement", "id", {"course_code": "KPL-105", "course_name": "Gambar Teknik Kapal",
  "title": "Kunjungan Industri ke Galangan", "scope": "course", "publish_at": "2026-09-16T07:00:00+07:00"},
  "Publish 'besok jam 07.00' counted from the Date header; Thursday 08.00 is the visit itself.",
  "Rudi Hartono <rudi.hartono@samudrajaya-shipyard.co.id>", "Pengumuman kunjungan galangan", dt(2026, 9, 15, 16, 20),
  alt(S, t, p2h(t)), extra=OUTLOOK_M)

S = "024-k9-sundanese-kuis-susulan-date-only"
t = """Punten teh,

mohon dibantos pasang pengumuman di course Basis Data Lanjut (trpl 2104):

Judul: Kuis Susulan Basis Data Lanjut
Isi: Kuis susulan kanggo mahasiswa nu teu hadir minggu kamari dilaksanakeun hari Sabtu, 10 Oktober 2026 jam 09.00 di Lab 3.

Ditayangkeun tanggal 7 Oktober wae, jamna mah bebas.

Hatur nuhun,
Asep

--
Sent from my Android device with K-9 Mail. Please excuse my brevity.
"""
M(S, "announcement", "id", {"course_code": "trpl 2104", "course_name": "Basis Data Lanjut",
  "title": "Kuis Susulan Basis Data Lanjut", "scope": "course"},
  "Publish date given without a clock time ('jamna mah bebas'), so no publish_at; 09.00 is the quiz time.",
  "Asep Saepudin <asep.saepudin@polibatam.ac.id>", "pengumuman kuis susulan", dt(2026, 10, 5, 19, 2),
  leaf(t), extra=K9)

S = "025-fairemail-batak-site-robot-contest"
t = """Horas Bapak/Ibu Helpdesk,

Tolong tayangkan pengumuman ini untuk semua civitas di halaman depan e-learning:

LOMBA ROBOTIK ANTAR PRODI 2026
Seluruh mahasiswa aktif boleh ikut, satu tim 3 orang. Pendaftaran paling lambat 25 September 2026 pukul 23.59 lewat link di bawah. Final di Aula pada 3 Oktober 2026.

Tayang: Senin, 14 September 2026 pukul 08.00.

Mauliate godang.
Tiurma Simanjuntak
Pembina UKM Robotika
"""
M(S, "announcement", "id", {"title": "LOMBA ROBOTIK ANTAR PRODI 2026", "scope": "site",
  "publish_at": "2026-09-14T08:00:00+07:00"}, "Capitals title; registration deadline and final date are event dates.",
  "Tiurma Simanjuntak <tiurma@polibatam.ac.id>", "Pengumuman lomba robotik", dt(2026, 9, 10, 11, 11),
  leaf(t, cte="quoted-printable", flowed=True), extra=FAIR)

S = "026-protonmail-bugis-uts-room-asap"
t = """Tabe' Pak/Bu,

Minta tolong ki' dipasangkan pengumuman di course Akuntansi Biaya (AK-2205) secepatnya di':

Judul: Perubahan Ruang UTS Akuntansi Biaya
UTS hari Rabu, 21 Oktober 2026 jam 10.00 pindah dari ruang 304 ke ruang 411 Gedung Utama.

Iye, terima kasih banyak ki'.
Andi Besse

Sent with Proton Mail secure email.
"""
M(S, "announcement", "id", {"course_code": "AK-2205", "course_name": "Akuntansi Biaya",
  "title": "Perubahan Ruang UTS Akuntansi Biaya", "scope": "course"},
  "As soon as possible, no publish time; 10.00 is the exam time.",
  "Andi Besse Tenriawaru <andibesse@proton.me>", "Pengumuman UTS", dt(2026, 10, 16, 13, 45),
  alt(S, t, p2h(t, '<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div>')), extra=PROTON)

S = "027-outlook-ios-filipino-site-webinar"
t = """Good day po!

May I request to post the following announcement on the e-learning front page for all lecturers?

Title: Free Webinar: Data Storytelling for Educators
Date of webinar: October 12, 2026, 2:00 PM (Manila time is same as Batam +1, so 1:00 PM WIB)
Registration link will follow.

Kindly publish it on October 5 at 9:00 AM Batam time. Thank you po!

Maria Liza G. Santos, MSc

Get Outlook for iOS
"""
M(S, "announcement", "en", {"title": "Free Webinar: Data Storytelling for Educators", "scope": "site",
  "publish_at": "2026-10-05T09:00:00+07:00"}, "Publish time stated in Batam time; the webinar time in two zones is the event.",
  "Maria Liza Santos <mlsantos@outlook.com>", "Request to post webinar announcement", dt(2026, 9, 28, 10, 5, tz=8),
  alt(S, t, p2h(t)), extra=OUTLOOK_M)

S = "028-gmail-indian-prepone-tomorrow"
t = """Dear Team,

Kindly post the below announcement in the course IF-3108 Machine Learning tomorrow at 10 AM (Batam time).

Title: Prepone of Mid-Semester Test
Dear students, the Mid-Semester Test is preponed to 26 October 2026 (Monday), 1:30 PM, Lab 2. Syllabus: Units 1 to 4.

Kindly do the needful.

Thanks and regards,
Dr. Ramesh Krishnan
"""
M(S, "announcement", "en", {"course_code": "IF-3108", "course_name": "Machine Learning",
  "title": "Prepone of Mid-Semester Test", "scope": "course", "publish_at": "2026-10-22T10:00:00+07:00"},
  "'Tomorrow at 10 AM (Batam time)' from the Date header; 1:30 PM is the test.",
  "Ramesh Krishnan <ramesh.krishnan@gmail.com>", "Announcement - IF-3108", dt(2026, 10, 21, 8, 50, tz=5.5),
  alt(S, t, p2h(t), cte="7bit"))

S = "029-tutanota-german-guest-lecture-cest"
t = """Dear Sir or Madam,

please publish the following notice for all students and staff on 21.10.2026, 14:00 CEST (I am currently in Stuttgart):

Guest Lecture: Industry 4.0 in German SMEs
Speaker: Prof. Dr. Karin Becker, Hochschule Esslingen
When: 28.10.2026, 10:00 WIB, Auditorium

Thank you in advance.

Best regards
Dr.-Ing. Matthias Vogel

Sent with Tutanota, enjoy your encrypted mailbox."""
M(S, "announcement", "en", {"title": "Guest Lecture: Industry 4.0 in German SMEs", "scope": "site",
  "publish_at": "2026-10-21T19:00:00+07:00"}, "Publish time given in CEST (UTC+2), converted to 19:00 WIB; 28.10 10:00 WIB is the lecture.",
  "Matthias Vogel <m.vogel@tutanota.de>", "Notice: guest lecture", dt(2026, 10, 14, 9, 12, tz=2),
  leaf(p2h(t, '<div>%s</div>'), "text/html", cte="quoted-printable"), extra=TUTA)

S = "030-spark-australian-next-monday-arvo"
t = """G'day again,

Could you chuck this up on the WLD101 course page?

Welding Bay Closed for Gas Line Inspection
The welding bay will be shut Tues 10 Nov and Wed 11 Nov while the gas lines get inspected. Theory classes go ahead in room 207 as normal.

No rush - next Monday arvo is fine, say 3pm Batam time.

Cheers,
Liam

Sent with Spark
"""
M(S, "announcement", "en", {"course_code": "WLD101", "title": "Welding Bay Closed for Gas Line Inspection",
  "scope": "course", "publish_at": "2026-11-09T15:00:00+07:00"},
  "Australian sender at +11:00; 'next Monday ... 3pm Batam time' from the Date header (Thursday 5 Nov).",
  "Liam O'Connor <liam.oconnor@batamoffshore.com.au>", "Notice for WLD101", dt(2026, 11, 5, 18, 30, tz=11),
  alt(S, t, p2h(t), cte="7bit"), extra=SPARK)

S = "031-zimbra-plp-lab-closed-hari-ini"
t = """Selamat pagi Helpdesk P4M,

Atas arahan Bapak Yusril Hakim, mohon ditayangkan pengumuman di course Praktikum Mikrokontroler (ELK-2207) hari ini pukul 13.00:

Lab Elektronika Tutup Sementara
Karena ada perbaikan instalasi listrik, praktikum hari Rabu 26 Agustus 2026 ditiadakan dan diganti hari Sabtu 29 Agustus 2026 pukul 08.00.

Terima kasih.

Wulan Sari
PLP Lab Elektronika"""
M(S, "announcement", "id", {"course_code": "ELK-2207", "course_name": "Praktikum Mikrokontroler",
  "title": "Lab Elektronika Tutup Sementara", "scope": "course", "publish_at": "2026-08-24T13:00:00+07:00"},
  "Lab technician on behalf of the lecturer; 'hari ini pukul 13.00' is the publish time, Saturday 08.00 the replacement session.",
  "Wulan Sari <wulan.sari@polibatam.ac.id>", "Mohon tayang pengumuman praktikum", dt(2026, 8, 24, 10, 5),
  alt(S, t, zimbra_html(t)), extra=ZIMBRA)

S = "032-outlook-word-secretary-public-lecture"
t = """Yth. Tim Helpdesk P4M,

Dengan hormat,
Atas dikte Prof. Dr. Ir. H. Bambang Suprapto, M.Sc., berikut kami sampaikan permohonan beliau:

"Mohon dipasang pengumuman untuk seluruh dosen dan mahasiswa di e-learning dengan judul Kuliah Umum: Budaya Mutu di Perguruan Tinggi Vokasi. Kuliah umum akan saya sampaikan pada hari Rabu, 11 November 2026 pukul 09.00 di Auditorium. Pengumuman agar tayang pada hari Senin, 2 November 2026 pukul 07.30."

Demikian, atas bantuannya kami ucapkan terima kasih.

Hormat saya,
Sri Wahyuni
Sekretaris Prof. Bambang Suprapto"""
M(S, "announcement", "id", {"title": "Kuliah Umum: Budaya Mutu di Perguruan Tinggi Vokasi", "scope": "site",
  "publish_at": "2026-11-02T07:30:00+07:00"}, "Secretary typing the professor's dictation; 11 November 09.00 is the lecture itself.",
  "Sri Wahyuni <sri.wahyuni@polibatam.ac.id>", "Permohonan pengumuman kuliah umum", dt(2026, 10, 29, 14, 0),
  alt(S, t, outlook_word(t)), extra=OUTLOOK_W)

S = "033-captive-portal-hima-site-date-only"
t = """Assalamualaikum admin,

Kami dari HIMA Elektro mau minta tolong ditayangkan pengumuman di e-learning buat semua mahasiswa:

Judul: Open Recruitment Pengurus HIMA Elektro 2026/2027
Pendaftaran 1-10 September 2026 di sekretariat HIMA, wawancara 12 September.

Tolong ditayangkan tanggal 1 September ya min. Terima kasih.

Fadli (Sekretaris HIMA Elektro)

-- 
Dikirim dari Portal Hotspot Polibatam · ketentuan layanan berlaku ©2026
"""
M(S, "announcement", "id", {"title": "Open Recruitment Pengurus HIMA Elektro 2026/2027", "scope": "site"},
  "Student organisation; publish date only, no clock time.",
  "fadli.hima@students.polibatam.ac.id", "pengumuman oprec HIMA", dt(2026, 8, 28, 21, 30),
  leaf(t, charset="iso-8859-1", cte="quoted-printable"), extra=PORTAL)

S = "034-gmail-ralat-publish-hour-quoted"
t = """Ralat jam tayang pengumuman yang saya kirim tadi pagi (di bawah): mohon ditayangkan Jumat, 13 November 2026 pukul 09.00, bukan 08.00. Isinya tetap.

Terima kasih,
Syahrial

On Wed, 11 Nov 2026 at 06:58, Syahrial Nasution <syahrial.nst@gmail.com> wrote:
> Yth. Helpdesk,
> Mohon dipasang di course Elektronika Daya (EL-2304):
>
> Jadwal Asistensi Tugas Besar
> Asistensi tugas besar mulai Senin 16 November 2026, jam 13.00-15.00 di Lab Elektro.
>
> Tayang Jumat, 13 November 2026 pukul 08.00.
> Terima kasih.
"""
M(S, "announcement", "id", {"course_code": "EL-2304", "course_name": "Elektronika Daya",
  "title": "Jadwal Asistensi Tugas Besar", "scope": "course", "publish_at": "2026-11-13T09:00:00+07:00"},
  "Correction ('ralat') of the publish hour above the quoted original; the corrected 09.00 counts.",
  "Syahrial Nasution <syahrial.nst@gmail.com>", "Re: Pengumuman asistensi tugas besar", dt(2026, 11, 11, 11, 20),
  alt(S, t, p2h(t), cte="quoted-printable"))

S = "035-outlook-android-draft-in-quoted-reply"
t = """Ok draft di bawah sudah final, please publish Friday 16.00 ya. Thanks!

Rudi

Get Outlook for Android
________________________________
From: Yosef Manurung <yosef.m@polibatam.ac.id>
Sent: Monday, November 16, 2026 4:40:12 PM
To: Rudi Hartono <rudi.hartono@samudrajaya-shipyard.co.id>
Cc: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Subject: Draft pengumuman NAV-310

Pak Rudi, ini draft untuk course Ship Stability (NAV-310):

Title: Final Project Presentation Schedule
Presentasi final project kelompok 1-6 tanggal 26 November 2026 jam 08.00-12.00 di ruang 305. Slide dikumpul H-1.

Mohon dicek Pak.
"""
M(S, "announcement", "mixed", {"course_code": "NAV-310", "course_name": "Ship Stability",
  "title": "Final Project Presentation Schedule", "scope": "course", "publish_at": "2026-11-20T16:00:00+07:00"},
  "Announcement text only in the quoted draft; 'Friday 16.00' counts from the Date header (Tuesday 17 Nov).",
  "Rudi Hartono <rudi.hartono@samudrajaya-shipyard.co.id>", "RE: Draft pengumuman NAV-310", dt(2026, 11, 17, 7, 15),
  alt(S, t, p2h(t)), extra=OUTLOOK_M)

S = "036-spark-factory-ticket-announcement-asap"
t = """[ANNOUNCEMENT REQ]
Title   : Plant Visit Safety Briefing
Scope   : course EL3105 Surface Mount Technology, all classes
Publish : ASAP
Body    : Semua peserta plant visit ke PT Nusantara Elektronik wajib ikut safety briefing online hari Rabu 4 Nov 2026 jam 13.00 WIB. Link Zoom menyusul. No briefing = no entry ke production floor (ESD area).

Pls confirm once live.

Kevin Tan
Process Engineer | PT Nusantara Elektronik Batam

Sent with Spark
"""
M(S, "announcement", "mixed", {"course_code": "EL3105", "course_name": "Surface Mount Technology",
  "title": "Plant Visit Safety Briefing", "scope": "course"}, "ASAP, no publish time; Wednesday 13.00 is the briefing.",
  "Kevin Tan <kevin.tan@nusantara-elektronik.co.id>", "[ANNOUNCEMENT REQ] safety briefing", dt(2026, 10, 30, 9, 0),
  alt(S, t, p2h(t), cte="8bit"), extra=SPARK)

S = "037-k9-mixed-quiz-online-tonight"
t = """Hi helpdesk,

tolong post announcement di course Embedded Systems Design (EMB301) ya:

title: Quiz 2 Moved to Online
Quiz 2 jadi online di e-learning, Thursday 8 Oct jam 08.00-09.00. Jangan telat login ya guys.

publish tonight jam 19.00. thanks!

Bagas

--
Sent from my Android device with K-9 Mail. Please excuse my brevity.
"""
M(S, "announcement", "mixed", {"course_code": "EMB301", "course_name": "Embedded Systems Design",
  "title": "Quiz 2 Moved to Online", "scope": "course", "publish_at": "2026-10-06T19:00:00+07:00"},
  "'Tonight jam 19.00' on the Date header's day; Thursday 08.00 is the quiz.",
  "Bagas Aditya <bagas.aditya@polibatam.ac.id>", "announcement quiz 2", dt(2026, 10, 6, 12, 40),
  leaf(t, cte="base64"), extra=K9)

S = "038-zimbra-pdf-exam-schedule-senin-depan"
t = """Horas Bapak/Ibu,

Mohon diumumkan ke seluruh mahasiswa di halaman depan e-learning jadwal UAS sesuai PDF terlampir (judul ada di PDF). Tayang Senin depan pukul 10.00.

Mauliate,
Maruli Tambunan
Koordinator Akademik Teknik Mesin"""
p = pdf(["JADWAL UJIAN AKHIR SEMESTER GANJIL 2026/2027", "", "Teknik Mesin - Politeknik Negeri Batam",
         "Ujian dilaksanakan 7 - 18 Desember 2026, pukul 08.00 - 16.00 WIB.",
         "Mahasiswa wajib membawa kartu ujian.", "Batam, 24 November 2026"])
M(S, "announcement", "id", {"title": "JADWAL UJIAN AKHIR SEMESTER GANJIL 2026/2027", "scope": "site",
  "publish_at": "2026-11-30T10:00:00+07:00"}, "Title only in the PDF; 'Senin depan pukul 10.00' from Wednesday 25 Nov; exam times are events.",
  "Maruli Tambunan <maruli.tambunan@polibatam.ac.id>", "Pengumuman jadwal UAS", dt(2026, 11, 25, 8, 45),
  mixed(S, alt(S, t, zimbra_html(t)), att("jadwal-uas-ganjil.pdf", "application/pdf", p)), extra=ZIMBRA)

# ---------------------------------------------------------------- elearning_support
def sup(slug, lang, note, frm, subj, date, part, extra=()):
    M(slug, "elearning_support", lang, {}, note, frm, subj, date, part, extra=extra)

t = """min, aku gak bisa login elearning dari kemarin, katanya username atau password salah padahal udah bener, udah coba reset juga. NIM 4312401023. tolong ya min, ada tugas deadline besok.

-- 
Dikirim dari Portal Hotspot Polibatam · ketentuan layanan berlaku ©2026
"""
sup("039-captive-portal-student-cannot-login", "id", "Student login failure from the captive-portal mailer; the deadline is not a request.",
    "nabila.putri@students.polibatam.ac.id", "gak bisa login", dt(2026, 8, 31, 22, 48),
    leaf(t, charset="iso-8859-1", cte="quoted-printable"), extra=PORTAL)

t = """Selamat siang,

Saya mau masuk course Pengantar Akuntansi (AKT101) tapi enrolment key yang dikasih dosen katanya salah terus ("Kunci pendaftaran salah, silakan coba lagi"). Teman sekelas juga sama. Mohon dibantu.

Salsabila, AK-1B

-- 
Dikirim dari Portal Hotspot Polibatam · ketentuan layanan berlaku ©2026
"""
sup("040-captive-portal-enrolment-key-rejected", "id", "Enrolment key rejected for students: a support problem, not a key change request.",
    "salsabila@students.polibatam.ac.id", "enrol course gagal", dt(2026, 9, 2, 12, 31),
    leaf(t, charset="iso-8859-1", cte="quoted-printable"), extra=PORTAL)

t = """Good day po!

Some of my students in Digital Marketing Analytics reported that their quiz closed after only 10 minutes even if the time limit is 45 minutes. Three of them were not able to finish. Kindly check po if there is a problem with the settings or the server. I can send screenshots if needed.

Thank you po!
Maria Liza G. Santos, MSc

Get Outlook for iOS
"""
sup("041-outlook-ios-filipino-quiz-timer", "en", "Quiz closing early: support.",
    "Maria Liza Santos <mlsantos@outlook.com>", "Quiz closed early", dt(2026, 9, 9, 16, 14, tz=8),
    alt("041-outlook-ios-filipino-quiz-timer", t), extra=OUTLOOK_M)

t = """Dear Team,

While uploading the lecture videos for IF-3108, the e-learning is throwing the error "The file is too large. The maximum size is 100MB." Kindly increase the limit or suggest an alternative at the earliest.

Awaiting your kind reply.

Thanks and regards,
Dr. Ramesh Krishnan
"""
sup("042-gmail-indian-upload-limit", "en", "Upload size error: support.",
    "Ramesh Krishnan <ramesh.krishnan@gmail.com>", "Upload error in e-learning", dt(2026, 9, 14, 11, 2, tz=5.5),
    alt("042-gmail-indian-upload-limit", t, cte="7bit"))

t = """Dear Sir or Madam,

my colleague Dr. Jonas Weber will co-teach the course ME-5102 from 05.10.2026. Unfortunately he cannot be enrolled as a teacher - he is not found in the user search. His account was created by the IT unit last week (j.weber@polibatam.ac.id).

Could you please look into this?

Best regards
Dr.-Ing. Matthias Vogel

Sent with Tutanota, enjoy your encrypted mailbox."""
sup("043-tutanota-german-coteacher-not-found", "en", "Co-teacher cannot be enrolled: support, not a lecturer field change.",
    "Matthias Vogel <m.vogel@tutanota.de>", "Co-teacher enrolment ME-5102", dt(2026, 9, 29, 15, 40, tz=2),
    leaf(p2h(t, '<div>%s</div>'), "text/html", cte="quoted-printable"), extra=TUTA)

t = """G'day,

Tried exporting the gradebook for WLD101 to CSV this arvo and the file comes out as a jumble - all the names are in one column and the marks are missing. Excel and LibreOffice both choke on it. Am I doing something wrong or is it busted?

Cheers,
Liam

Sent with Spark
"""
sup("044-spark-australian-gradebook-export", "en", "Gradebook export broken: support.",
    "Liam O'Connor <liam.oconnor@batamoffshore.com.au>", "Gradebook export busted?", dt(2026, 10, 8, 19, 5, tz=11),
    alt("044-spark-australian-gradebook-export", t, cte="7bit"), extra=SPARK)

t = """Horas,

Mahasiswa saya di kelas TS-2B tidak bisa melihat course Statika Struktur, padahal mereka sudah terdaftar di SIAKAD. Di dashboard mereka kosong bah. Course-nya sudah saya set visible. Tolong dicek lah.

Tiurma
"""
sup("045-fairemail-batak-course-not-visible", "id", "Students cannot see the course: support.",
    "Tiurma Simanjuntak <tiurma@polibatam.ac.id>", "Mahasiswa tidak bisa lihat course", dt(2026, 8, 26, 7, 58),
    leaf(t, cte="quoted-printable", flowed=True), extra=FAIR)

t = """Punten,

abdi hilap password e-learning. Tos klik "Lupa kata sandi" dua kali tapi email reset-na teu acan dugi, di spam oge teu aya. Username abdi asep.saepudin.

Hatur nuhun.

--
Sent from my Android device with K-9 Mail. Please excuse my brevity.
"""
sup("046-k9-sundanese-reset-mail-missing", "id", "Sundanese-flavoured; password reset mail never arrives.",
    "Asep Saepudin <asep.saepudin@polibatam.ac.id>", "hilap password", dt(2026, 10, 12, 6, 10),
    leaf(t), extra=K9)

t = """Tabe' Pak/Bu,

Mahasiswa ku waktu kerja kuis Akuntansi Biaya tadi pagi banyak yang dapat tulisan "Sesi Anda telah habis" padahal baru 15 menit, terus jawabannya hilang. Bisa ki' dicek di'? Kuisnya masih terbuka sampai jam 12.00.

Iye, terima kasih.
Andi Besse

Sent with Proton Mail secure email.
"""
sup("047-protonmail-bugis-quiz-session-expired", "id", "Quiz session error: support.",
    "Andi Besse Tenriawaru <andibesse@proton.me>", "Kuis error sesi habis", dt(2026, 10, 20, 9, 22),
    alt("047-protonmail-bugis-quiz-session-expired", t), extra=PROTON)

t = """[BUG] Assignment grading page blank

Env       : Chrome 129 / Win11, also Edge
Course    : EL3105 Surface Mount Technology
Steps     :
  1) Buka assignment "Reflow Profile Report"
  2) Klik "View all submissions"
  3) Klik "Grade"
Expected  : grading panel dengan PDF annotator
Actual    : halaman putih kosong, console error 500
Impact    : 38 submissions belum bisa dinilai, nilai harus masuk Jumat

Kevin Tan
Process Engineer | PT Nusantara Elektronik Batam

Sent with Spark
"""
sup("048-spark-factory-bug-report-grading", "mixed", "Engineer's bug-report layout; the course is named but nothing is to be changed.",
    "Kevin Tan <kevin.tan@nusantara-elektronik.co.id>", "[BUG] grading page blank EL3105", dt(2026, 11, 3, 14, 25),
    alt("048-spark-factory-bug-report-grading", t, cte="8bit"), extra=SPARK)

t = """Selamat siang Helpdesk P4M,

Saya Dedi, PLP Lab Mekatronika. Video interaktif H5P di course Sistem Pneumatik dan Hidrolik tidak mau jalan di komputer lab, cuma muncul lingkaran loading. Di laptop pribadi bisa. Apakah ada setting proxy yang harus dibuka? Praktikum besok pagi pakai video itu.

Terima kasih.

Dedi Kurniawan, A.Md.
Teknisi / PLP Lab Mekatronika"""
sup("049-zimbra-plp-h5p-not-loading", "id", "Lab technician reports H5P not loading on lab PCs.",
    "Dedi Kurniawan <dedi.k@polibatam.ac.id>", "H5P tidak jalan di lab", dt(2026, 11, 9, 13, 33),
    alt("049-zimbra-plp-h5p-not-loading", t, zimbra_html(t)), extra=ZIMBRA)

t = """Hi tim,

assignment "Mini Project Report" di course EMB301 deadline-nya aku set Sunday 23.59, tapi mahasiswa bilang sudah closed jam 22.59. Is it a timezone thing? Setting profile aku Asia/Jakarta kok. Tolong cek ya.

Bagas

--
Sent from my Android device with K-9 Mail. Please excuse my brevity.
"""
sup("050-k9-mixed-assignment-closes-hour-early", "mixed", "Assignment closing an hour early: support; the times are the problem, not a publish time.",
    "Bagas Aditya <bagas.aditya@polibatam.ac.id>", "assignment closed early", dt(2026, 11, 16, 8, 2),
    leaf(t, cte="base64"), extra=K9)

# ---------------------------------------------------------------- document_request
def doc(slug, lang, note, frm, subj, date, part, extra=()):
    M(slug, "document_request", lang, {}, note, frm, subj, date, part, extra=extra)

t = """Yth. Tim Helpdesk P4M,

Dengan hormat,
Atas arahan Prof. Dr. Ir. H. Bambang Suprapto, M.Sc., yang beliau diktekan kepada saya pagi ini, kami mohon dapat dikirimkan dokumen berikut:
1. SOP Sistem Penjaminan Mutu Internal (SPMI) versi terbaru;
2. Formulir Audit Mutu Internal untuk program studi.
Dokumen tersebut akan beliau gunakan sebagai bahan kuliah umum.

Atas bantuannya kami ucapkan terima kasih.

Hormat saya,
Sri Wahyuni
Sekretaris Prof. Bambang Suprapto"""
doc("051-outlook-word-secretary-spmi-sop", "id", "Secretary requests quality documents on the professor's behalf.",
    "Sri Wahyuni <sri.wahyuni@polibatam.ac.id>", "Permohonan dokumen SOP SPMI", dt(2026, 9, 16, 9, 5),
    alt("051-outlook-word-secretary-spmi-sop", t, outlook_word(t)), extra=OUTLOOK_W)

t = """Selamat pagi,

Mohon izin, saya Yoga PLP Lab Jaringan Komputer. Apakah P4M punya template BAP praktikum (berita acara praktikum) yang terbaru? Yang kami pakai masih format 2022 dan belum ada kolom tanda tangan PLP.

Terima kasih.
Yoga Prasetyo
"""
doc("052-fairemail-plp-bap-template", "id", "Lab technician asks for the BAP template.",
    "Yoga Prasetyo <yoga.p@polibatam.ac.id>", "Template BAP praktikum", dt(2026, 8, 20, 7, 40),
    leaf(t, cte="quoted-printable", flowed=True), extra=FAIR)

t = """[PERMINTAAN DOKUMEN]
Dokumen    : Template RPS (format terbaru P4M)
Keperluan  : penyusunan RPS mata kuliah Konstruksi Kapal Baja semester ini
Format     : .docx kalau ada
Dibutuhkan : minggu depan

Thx,
Rudi Hartono
PT Samudra Jaya Shipyard

Get Outlook for Android
"""
doc("053-outlook-android-shipyard-rps-template", "id", "Engineer's ticket layout asking for the RPS template; the course is context only.",
    "Rudi Hartono <rudi.hartono@samudrajaya-shipyard.co.id>", "[PERMINTAAN DOKUMEN] template RPS", dt(2026, 8, 6, 12, 12),
    alt("053-outlook-android-shipyard-rps-template", t), extra=OUTLOOK_M)

t = """Good day po!

May I request a copy of the RPS template in English? I will prepare the semester plan for Digital Marketing Analytics and my Bahasa is still limited po. If there is also a sample of a filled RPS, that would be a big help.

Thank you po and God bless!
Maria Liza G. Santos, MSc

Get Outlook for iOS
"""
doc("054-outlook-ios-filipino-english-rps", "en", "Asks for an English RPS template.",
    "Maria Liza Santos <mlsantos@outlook.com>", "Request: RPS template in English", dt(2026, 8, 14, 10, 45, tz=8),
    alt("054-outlook-ios-filipino-english-rps", t), extra=OUTLOOK_M)

t = """Punten teh,

abdi peryogi template kontrak kuliah nu paling anyar ti P4M, kanggo semester ganjil ieu. Upami aya nu format Word, langkung sae.

Hatur nuhun,
Asep

--
Sent from my Android device with K-9 Mail. Please excuse my brevity.
"""
doc("055-k9-sundanese-kontrak-kuliah", "id", "Sundanese-flavoured request for the course-contract template.",
    "Asep Saepudin <asep.saepudin@polibatam.ac.id>", "template kontrak kuliah", dt(2026, 8, 18, 20, 3),
    leaf(t), extra=K9)

t = """Tabe' Pak/Bu,

Boleh ki' saya minta formulir monitoring perkuliahan dan instrumen EDOM yang dipakai semester ini? Mau saya pakai untuk evaluasi internal prodi di'.

Iye, terima kasih banyak.
Andi Besse

Sent with Proton Mail secure email.
"""
doc("056-protonmail-bugis-monitoring-form", "id", "Bugis-flavoured request for the monitoring form and evaluation instrument.",
    "Andi Besse Tenriawaru <andibesse@proton.me>", "Minta formulir monitoring", dt(2026, 9, 30, 14, 18),
    alt("056-protonmail-bugis-monitoring-form", t), extra=PROTON)

t = """Horas lae,

Boleh minta SOP ujian susulan dan form permohonannya? Need it for the accreditation folder, deadline asesor next week. PDF or Word both OK.

Mauliate,
Maruli
"""
doc("057-zimbra-batak-mixed-sop-ujian-susulan", "mixed", "Code-switching request for the makeup-exam SOP and form.",
    "Maruli Tambunan <maruli.tambunan@polibatam.ac.id>", "SOP ujian susulan", dt(2026, 11, 4, 10, 27),
    alt("057-zimbra-batak-mixed-sop-ujian-susulan", t, zimbra_html(t)), extra=ZIMBRA)

# ---------------------------------------------------------------- other
def oth(slug, lang, note, frm, subj, date, part, extra=()):
    M(slug, "other", lang, {}, note, frm, subj, date, part, extra=extra)

t = """Legends, thanks heaps for sorting out the WLD101 name so quick. The lads noticed straight away. Owe you a coffee next time I'm on campus.

Cheers,
Liam

Sent with Spark
"""
oth("058-spark-australian-thanks", "en", "Thanks after a change was done; nothing to do.",
    "Liam O'Connor <liam.oconnor@batamoffshore.com.au>", "Re: WLD101 name", dt(2026, 9, 9, 8, 14, tz=10),
    alt("058-spark-australian-thanks", t, cte="7bit"), extra=SPARK)

t = """Tabe' Pak/Bu,

Mau tanya ki', bagaimana caranya saya ganti sendiri enrolment key di course saya? Saya cari di pengaturan tidak ketemu di'. Supaya tidak selalu merepotkan Bapak/Ibu.

Iye, terima kasih.
Andi Besse

Sent with Proton Mail secure email.
"""
oth("059-protonmail-bugis-howto-key", "id", "How-to question about changing the key oneself; no key value, no change asked of the helpdesk.",
    "Andi Besse Tenriawaru <andibesse@proton.me>", "Cara ganti enrolment key", dt(2026, 10, 27, 16, 50),
    alt("059-protonmail-bugis-howto-key", t), extra=PROTON)

t = """Bapak/Ibu, Wi-Fi kampus di gedung Tower A tiap 10 menit logout sendiri, harus login lagi di portal hotspot. Capek banget. Ini ke siapa ya ngadunya? Kalau bukan ke sini tolong diteruskan ke UPT TIK.

Dimas, IF-2A

-- 
Dikirim dari Portal Hotspot Polibatam · ketentuan layanan berlaku ©2026
"""
oth("060-captive-portal-wifi-complaint", "id", "Complaint about campus Wi-Fi, another unit's business (not e-learning).",
    "dimas.ar@students.polibatam.ac.id", "wifi logout terus", dt(2026, 10, 2, 13, 13),
    leaf(t, charset="iso-8859-1", cte="quoted-printable"), extra=PORTAL)

t = """Hi team, FYI only - no action needed yet.

Semester depan kemungkinan course EL3105 akan kami split jadi dua (SMT basic & advanced), tergantung approval kurikulum dari jurusan. Kalau sudah fix, saya kirim request resmi with full details.

Kevin Tan
Process Engineer | PT Nusantara Elektronik Batam

Sent with Spark
"""
oth("061-spark-factory-plan-next-semester", "mixed", "Plan for next semester, explicitly no action yet.",
    "Kevin Tan <kevin.tan@nusantara-elektronik.co.id>", "FYI: EL3105 next semester", dt(2026, 11, 12, 17, 44),
    alt("061-spark-factory-plan-next-semester", t, cte="8bit"), extra=SPARK)

t = """Punten,

nilai UTS hiji mahasiswa abdi (Basis Data Lanjut) lepat input di SIAKAD, kedahna 78 sanes 58. Ieu kedah ka P4M atanapi ka BAAK nya? Upami sanes ka dieu, hapunten.

Asep

--
Sent from my Android device with K-9 Mail. Please excuse my brevity.
"""
oth("062-k9-sundanese-siakad-grade", "id", "SIAKAD grade correction belongs to another office.",
    "Asep Saepudin <asep.saepudin@polibatam.ac.id>", "nilai siakad lepat", dt(2026, 11, 2, 21, 0),
    leaf(t), extra=K9)

t = """Horas,

Cuma kasih tahu saja, nama course Statika Struktur sudah saya ganti sendiri tadi malam lewat menu Settings, ternyata saya bisa. Jadi permintaan saya minggu lalu tidak usah diproses lagi ya.

Mauliate,
Tiurma
"""
oth("063-fairemail-batak-already-changed", "id", "A change the lecturer already made herself; cancels an earlier request.",
    "Tiurma Simanjuntak <tiurma@polibatam.ac.id>", "Tidak usah diproses", dt(2026, 9, 4, 6, 35),
    leaf(t, cte="quoted-printable", flowed=True), extra=FAIR)

t = """Kepada Yth. Kepala P4M Politeknik Negeri Batam

Dengan hormat,
Kami dari PT Cahaya Edukasi Digital menawarkan paket Interactive Flat Panel 86 inci lengkap dengan pelatihan penggunaan untuk dosen, harga khusus institusi pendidikan. Katalog dan penawaran harga dapat kami kirimkan bila Bapak/Ibu berkenan.

Hormat kami,
Rahmat Hidayat
Account Manager, PT Cahaya Edukasi Digital
"""
oth("064-outlook-word-vendor-offer", "id", "Vendor offer sent to the helpdesk address.",
    "Rahmat Hidayat <rahmat@cahayaedukasi.co.id>", "Penawaran Interactive Flat Panel untuk ruang kelas", dt(2026, 8, 11, 10, 0),
    alt("064-outlook-word-vendor-offer", t, outlook_word(t)), extra=OUTLOOK_W)

# ---------------------------------------------------------------- auto
def aut(slug, lang, note, frm, subj, date, part, extra=(), to=TO):
    M(slug, "auto", lang, {}, note, frm, subj, date, part, extra=extra, to=to)

t = """Hi Helpdesk P4M,

Your cloud recording is now available.

Topic: Klinik E-Learning P4M: Setting Kuis Moodle
Date: Oct 7, 2026 01:30 PM Jakarta

Share recording with viewers:
https://polibatam.zoom.us/rec/share/Qx8d2Lk_example

Passcode: 7h$Kp2!q

Recordings will be kept for 30 days.

Thank you for choosing Zoom.
-The Zoom Team
"""
hb = ("<html><body><table width=\"600\"><tr><td><p>Hi Helpdesk P4M,</p><p>Your cloud recording is now available.</p>"
      "<p>Topic: Klinik E-Learning P4M: Setting Kuis Moodle<br>Date: Oct 7, 2026 01:30 PM Jakarta</p>"
      "<p><a href=\"https://polibatam.zoom.us/rec/share/Qx8d2Lk_example\">Share recording with viewers</a></p>"
      "<p>Passcode: 7h$Kp2!q</p><p>Recordings will be kept for 30 days.</p><p>Thank you for choosing Zoom.<br>-The Zoom Team</p>"
      "</td></tr></table></body></html>")
aut("065-zoom-cloud-recording-available", "en", "Zoom cloud-recording notice; the quiz topic must not make it a request.",
    "Zoom <no-reply@zoom.us>", "Cloud Recording - Klinik E-Learning P4M: Setting Kuis Moodle is now available",
    dt(2026, 10, 7, 8, 12, tz=0), alt("065-zoom-cloud-recording-available", t, hb),
    extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"])

t = """Microsoft Teams

You have 4 unread messages in P4M - Tim E-Learning

Yosef Manurung in Permintaan Perubahan MK
  "Tolong update dosen pengampu MK3207 ya, sudah ada di helpdesk"
Wulan Sari in Lab Elektronika
  "Pengumuman lab tutup sudah tayang?"
Sri Wahyuni (chat)
  "Baik, terima kasih"

Open Teams

You're receiving this email because you have missed activity in Microsoft Teams.
Manage email notifications | Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
aut("066-teams-missed-activity-digest", "en", "Teams digest quoting chat lines that look like requests; machine mail.",
    "Microsoft Teams <noreply@email.teams.microsoft.com>", "You have 4 unread messages in Teams",
    dt(2026, 8, 25, 3, 0, tz=0), alt("066-teams-missed-activity-digest", t),
    extra=["Auto-Submitted: auto-generated", "Precedence: bulk"])

t = """E-Learning Polibatam

Ringkasan forum harian: Forum Diskusi Dosen Pengampu

-------------------------------------------------------------
Judul: Mohon ganti nama course?
oleh Bagas Aditya - Senin, 19 Oktober 2026, 20:14
Apakah ada yang tahu cara ganti nama course sendiri? Atau harus lewat helpdesk?
-------------------------------------------------------------
Re: Mohon ganti nama course?
oleh Tiurma Simanjuntak - Senin, 19 Oktober 2026, 21:02
Bisa sendiri lewat Settings bah, saya sudah coba.
-------------------------------------------------------------

Anda menerima ringkasan ini karena berlangganan forum ini.
Ubah preferensi email forum: https://elearning.polibatam.ac.id/user/forum.php
"""
aut("067-moodle-forum-digest-id", "id", "Moodle forum digest in Indonesian; quoted posts mention a rename.",
    "E-Learning Polibatam (via Moodle) <noreply@elearning.polibatam.ac.id>",
    "Ringkasan forum E-Learning Polibatam: Forum Diskusi Dosen Pengampu", dt(2026, 10, 20, 17, 0, tz=0),
    alt("067-moodle-forum-digest-id", t), extra=["Precedence: Bulk", "Auto-Submitted: auto-generated",
                                                 "List-Id: \"Forum Diskusi Dosen Pengampu\" <forum42.elearning.polibatam.ac.id>"])

S = "068-postfix-dsn-indonesian-bounce"
expl = """Ini adalah program pengiriman surat di mail.polibatam.ac.id.

Dengan menyesal kami beritahukan bahwa pesan Anda tidak dapat
dikirimkan ke satu atau lebih penerima. Pesan asli terlampir di bawah.

Untuk bantuan lebih lanjut hubungi <postmaster@polibatam.ac.id>.

                   Program postmaster

<ahmad.fauzi.lama@polibatam.ac.id>: host 127.0.0.1[127.0.0.1] said: 550 5.1.1
    <ahmad.fauzi.lama@polibatam.ac.id>: Alamat tujuan ditolak: Pengguna tidak
    dikenal (in reply to RCPT TO command)
"""
ds = """Reporting-MTA: dns; mail.polibatam.ac.id
X-Postfix-Queue-ID: 4Bv9kT1x2Qz
Arrival-Date: Thu, 13 Aug 2026 09:14:02 +0700 (WIB)

Final-Recipient: rfc822; ahmad.fauzi.lama@polibatam.ac.id
Original-Recipient: rfc822;ahmad.fauzi.lama@polibatam.ac.id
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <ahmad.fauzi.lama@polibatam.ac.id>: Alamat
    tujuan ditolak: Pengguna tidak dikenal
"""
rh = """From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
To: ahmad.fauzi.lama@polibatam.ac.id
Subject: Re: Permohonan ganti dosen pengampu MK3207
Date: Thu, 13 Aug 2026 09:14:01 +0700
Message-ID: <p4m-8812@polibatam.ac.id>
"""
part = (['Content-Type: multipart/report; report-type=delivery-status;\n boundary="%s"' % B(S)],
        "--%s\nContent-Description: Notification\n" % B(S) + "\n".join(leaf(expl, cte="7bit")[0]) + "\n\n" + expl +
        "--%s\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n" % B(S) + ds +
        "\n--%s\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" % B(S) + rh +
        "\n--%s--\n" % B(S))
aut(S, "id", "Indonesian Postfix DSN bounce of a helpdesk reply; the course code is only in the returned headers.",
    "Sistem Pengiriman Surat <MAILER-DAEMON@polibatam.ac.id>", "Pemberitahuan Status Pengiriman: Gagal Terkirim",
    dt(2026, 8, 13, 9, 14, ss=3), part, extra=["Auto-Submitted: auto-replied"])

t = """Assalamualaikum,

Terima kasih atas email Bapak/Ibu. Saya sedang cuti melahirkan sampai dengan 30 November 2026 dan tidak dapat membalas email secara rutin.

Untuk urusan mata kuliah Pengantar Akuntansi silakan menghubungi Koordinator Prodi Akuntansi. Email Bapak/Ibu akan saya baca setelah saya kembali bertugas.

Wassalam,
Lestari Handayani, S.E., M.Ak.
"""
aut("069-auto-reply-sedang-cuti", "id", "Out-of-office auto-reply ('sedang cuti'); mentions a course but asks nothing.",
    "Lestari Handayani <lestari.h@polibatam.ac.id>", "Balasan Otomatis: Re: minta tolong ubah kelas",
    dt(2026, 9, 25, 8, 0), alt("069-auto-reply-sedang-cuti", t),
    extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "In-Reply-To: <x@polibatam.ac.id>"])

t = """FORUM DOSEN VOKASI KEPRI - Buletin No. 37 / November 2026
=========================================================

Halo Bapak/Ibu anggota milis,

1. Call for Papers: Seminar Nasional Pendidikan Vokasi 2026 - deadline abstrak 15 Desember 2026.
2. Workshop "Designing Authentic Assessment for TVET" - 5 Desember 2026, hybrid, free for members.
3. Sharing session: pengalaman migrasi ke Moodle 4.5 di tiga politeknik.

Please forward this newsletter to your colleagues.

--
Anda menerima email ini karena terdaftar di milis forum-dosen-vokasi@lists.vokasi-kepri.or.id.
Berhenti berlangganan: https://lists.vokasi-kepri.or.id/unsubscribe
"""
aut("070-mailing-list-bulletin-list-id", "mixed", "Mailing-list bulk mail with List-Id; announcements inside are not for the helpdesk to publish.",
    "Forum Dosen Vokasi Kepri <forum-dosen-vokasi@lists.vokasi-kepri.or.id>", "[FDV-Kepri] Buletin No. 37 / November 2026",
    dt(2026, 11, 24, 6, 0), alt("070-mailing-list-bulletin-list-id", t),
    to="forum-dosen-vokasi@lists.vokasi-kepri.or.id",
    extra=["List-Id: Forum Dosen Vokasi Kepri <forum-dosen-vokasi.lists.vokasi-kepri.or.id>",
           "List-Unsubscribe: <https://lists.vokasi-kepri.or.id/unsubscribe>", "Precedence: list",
           "Cc: helpdesk-p4m@polibatam.ac.id"])


# ---------------------------------------------------------------- checks and output
class _Strip(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_starttag(self, tag, attrs):
        if tag in ("br", "p", "div", "tr", "li", "table"):
            self.out.append("\n")
        if tag == "td":
            self.out.append(" ")

    def handle_data(self, d):
        self.out.append(d)


def html_text(s):
    p = _Strip()
    p.feed(s)
    return "".join(p.out)


def xml_text(s):
    s = re.sub(r"</(w:p|text:p|w:tc|table:table-cell)>", "\n", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def texts_of(msg):
    out = [str(msg.get("subject", ""))]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            out += texts_of(part.get_content())
        elif ct == "text/plain" or ct in ("message/delivery-status", "text/rfc822-headers"):
            try:
                t = part.get_content()
            except Exception:
                t = part.get_payload(decode=True).decode("utf-8", "replace")
            out.append(t)
            out.append(re.sub(r" \n", " ", t))
        elif ct == "text/html":
            t = html_text(part.get_content())
            out.append(t)
            out.append(re.sub(r"\s+", " ", t))
        elif ct.endswith("wordprocessingml.document"):
            z = zipfile.ZipFile(io.BytesIO(part.get_content()))
            out.append(xml_text(z.read("word/document.xml").decode("utf-8")))
        elif ct == "application/vnd.oasis.opendocument.text":
            z = zipfile.ZipFile(io.BytesIO(part.get_content()))
            out.append(xml_text(z.read("content.xml").decode("utf-8")))
        elif ct == "application/pdf":
            b = part.get_content().decode("latin-1")
            out.append("\n".join(s.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")
                                 for s in re.findall(r"\(((?:[^()\\]|\\.)*)\) Tj", b)))
    return out


def check(m, data):
    errs = []
    if b"\r\n" not in data or re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        errs.append("line endings not CRLF")
    msg = BytesParser(policy=policy.default).parsebytes(data)
    for part in msg.walk():
        if part.defects:
            errs.append("defects %r in %s" % (part.defects, part.get_content_type()))
    if str(msg["subject"]) != m["subject"]:
        errs.append("subject round-trip %r" % str(msg["subject"]))
    d = parsedate_to_datetime(str(msg["date"]))
    if d != m["date"] or d.utcoffset() != m["date"].utcoffset():
        errs.append("date round-trip")
    wd = str(msg["date"]).split(",")[0].strip()
    if wd != ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]:
        errs.append("weekday")
    lo = datetime(2026, 8, 1, tzinfo=timezone(timedelta(hours=14)))
    hi = datetime(2026, 11, 30, tzinfo=timezone(timedelta(hours=-12)))
    if not (lo <= d < hi):
        errs.append("date out of range")
    for part in msg.walk():
        if part.get_content_disposition() == "attachment" and part.get_content_type() != "message/rfc822":
            if len(part.get_payload(decode=True)) >= 30 * 1024:
                errs.append("attachment too big")
    texts = texts_of(msg)
    f = m["fields"]
    vals = []
    for k, v in f.items():
        if k in ("publish_at", "scope"):
            continue
        if isinstance(v, dict):
            vals += list(v.values())
        else:
            vals.append(v)
    for v in vals:
        if not any(v in t for t in texts):
            errs.append("value not found verbatim: %r" % v)
    if m["type"] not in ("course_data", "announcement") and f:
        errs.append("fields on non-request type")
    if "publish_at" in f and not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", f["publish_at"]):
        errs.append("publish_at format")
    return errs


def main():
    want_type = {"course_data": 22, "announcement": 16, "elearning_support": 12, "document_request": 7, "other": 7, "auto": 6}
    want_lang = {"id": 40, "en": 18, "mixed": 12}
    fail = []
    if len(MAILS) != 70:
        fail.append("count %d" % len(MAILS))
    from collections import Counter
    ct, cl = Counter(m["type"] for m in MAILS), Counter(m["lang"] for m in MAILS)
    if dict(ct) != want_type:
        fail.append("types %r" % dict(ct))
    if dict(cl) != want_lang:
        fail.append("langs %r" % dict(cl))
    labels = {}
    outs = []
    for i, m in enumerate(MAILS, 1):
        if not m["slug"].startswith("%03d-" % i):
            fail.append("slug numbering %s" % m["slug"])
        data = m["raw"].replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        for e in check(m, data):
            fail.append("%s: %s" % (m["slug"], e))
        name = m["slug"] + ".eml"
        labels[name] = {"type": m["type"], "lang": m["lang"], "fields": m["fields"], "note": m["note"]}
        outs.append((name, data))
    if fail:
        print("\n".join(fail), file=sys.stderr)
        sys.exit(1)
    for name, data in outs:
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    print("wrote %d mails" % len(outs))


if __name__ == "__main__":
    main()

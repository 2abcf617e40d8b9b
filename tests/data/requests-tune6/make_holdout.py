#!/usr/bin/env python3
"""Generate the HELD-OUT labelled P4M helpdesk corpus (80 mails).

Run with /work/main/.venv/bin/python make_holdout.py (stdlib; python-docx only to read back the DOCX
in the self-check).  Writes NNN-quirk-slug.eml (CRLF) and labels.json next to this script.
Deterministic: boundaries, Message-IDs and attachment bytes derive from each slug; every body is
hand-written.
"""
import json
import os
import sys

"""Mail-building engine for the held-out corpus (stdlib only, deterministic)."""

import base64
import datetime as dt
import hashlib
import html
import io
import quopri
import re
import textwrap
import zipfile
from email.header import Header

WIB = dt.timezone(dt.timedelta(hours=7))
HELPDESK = "helpdesk-p4m@polibatam.ac.id"
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_EN_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]
DAYS_EN_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_ID = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
DAYS_ID_LONG = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS_ID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MONTHS_ID_LONG = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                  "September", "Oktober", "November", "Desember"]


def dig(slug, salt):
    return hashlib.sha256(("%s|%s" % (slug, salt)).encode()).hexdigest()


def dtp(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=WIB)


def rfc_date(d):
    return "%s, %02d %s %d %s +0700" % (DAYS_EN[d.weekday()], d.day, MONTHS_EN[d.month - 1],
                                        d.year, d.strftime("%H:%M:%S"))


def hdr(value):
    """RFC 2047-encode a header value if it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", maxlinelen=76).encode()


def addr(name, a):
    if not name:
        return a
    try:
        name.encode("ascii")
        if re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), a)
        return "%s <%s>" % (name, a)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), a)


# ------------------------------------------------------------------ quoting

def _q(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=WIB)


def quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n"))


def on_wrote(when, name, a):
    """Thunderbird English attribution."""
    d = _q(when)
    return "On %d/%d/%d %d:%02d, %s wrote:" % (d.month, d.day, d.year, d.hour, d.minute, name)


def on_wrote_id(when, name, a):
    """Thunderbird Indonesian attribution."""
    d = _q(when)
    return "Pada %02d/%02d/%d %02d.%02d, %s menulis:" % (d.day, d.month, d.year, d.hour, d.minute, name)


def gmail_fwd(when, name, a, subject, to=HELPDESK):
    d = _q(when)
    return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %d:%02d %s\n"
            "Subject: %s\nTo: %s" % (name, a, DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day, d.year,
                                     d.hour % 12 or 12, d.minute, "AM" if d.hour < 12 else "PM", subject, to))


def pesan_asli(when, name, a, subject, to):
    d = _q(when)
    return ("-----Pesan Asli-----\nDari: %s <%s>\nDikirim: %s, %02d %s %d %02d.%02d\nKepada: %s\nPerihal: %s"
            % (name, a, DAYS_ID_LONG[d.weekday()], d.day, MONTHS_ID_LONG[d.month - 1], d.year,
               d.hour, d.minute, to, subject))


def original_en(when, name, a, subject, to):
    d = _q(when)
    return ("-----Original Message-----\nFrom: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s"
            % (name, a, DAYS_EN_LONG[d.weekday()], MONTHS_EN_LONG[d.month - 1], d.day, d.year,
               d.hour % 12 or 12, d.minute, "AM" if d.hour < 12 else "PM", to, subject))


# ------------------------------------------------------------------ attachments

def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, (2026, 1, 5, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_bytes(paragraphs, title="Dokumen"):
    """paragraphs: list of str; a str starting with '# ' is a bold heading, '- ' a list item."""
    body = []
    for p in paragraphs:
        if p.startswith("# "):
            body.append('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="28"/>'
                        '</w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p[2:]))
        elif p.startswith("- "):
            body.append('<w:p><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:r>'
                        '<w:t xml:space="preserve">\u2022 %s</w:t></w:r></w:p>' % _x(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
           % "".join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
          'core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title>'
            '<dc:creator>Microsoft Office User</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T01:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % _x(title))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core),
                 ("word/document.xml", doc)])


def _pdf_str(s):
    return s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf_bytes(lines, title="Surat"):
    """Minimal one-page PDF 1.4 with an uncompressed text stream (Helvetica, WinAnsi)."""
    content = b"BT\n/F1 11 Tf\n14 TL\n56 790 Td\n"
    for ln in lines:
        content += b"(" + _pdf_str(ln) + b") Tj T*\n"
    content += b"ET\n"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + _pdf_str(title) + b") /Producer (Microsoft Word 2019) "
        b"/CreationDate (D:20260105080000+07'00') >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def pdf_text(data):
    out = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
        s = re.sub(rb"\\(.)", rb"\1", m.group(1))
        out.append(s.decode("cp1252"))
    return "\n".join(out)


# ------------------------------------------------------------------ MIME

class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # str, lines joined by \n

    def render(self):
        h = "\n".join("%s: %s" % kv for kv in self.headers)
        return h + "\n\n" + self.body


def encode_body(text, cte, charset="utf-8"):
    text = text.replace("\r\n", "\n")
    if cte == "base64":
        b = base64.encodebytes(text.replace("\n", "\r\n").encode(charset)).decode()
        return b.rstrip("\n")
    if cte == "quoted-printable":
        raw = text.encode(charset)
        lines = raw.split(b"\n")
        enc = [quopri.encodestring(ln, quotetabs=False).decode().replace("\n", "") if ln else "" for ln in lines]
        # quopri inserts soft breaks "=\n"; we removed the \n above, restore them
        fixed = []
        for ln, raw_ln in zip(enc, lines):
            fixed.append(_qp_line(raw_ln))
        return "\n".join(fixed)
    return text.rstrip("\n")


def _qp_line(raw):
    out, cur = [], ""
    for i, b in enumerate(raw):
        c = chr(b)
        if b == 61 or b > 126 or (b < 32 and b != 9):
            tok = "=%02X" % b
        elif b in (32, 9) and i == len(raw) - 1:
            tok = "=%02X" % b
        else:
            tok = c
        if len(cur) + len(tok) > 75:
            out.append(cur + "=")
            cur = ""
        cur += tok
    out.append(cur)
    return "\n".join(out)


def text_part(text, subtype="plain", cte="quoted-printable", charset="utf-8", extra=""):
    if cte in ("7bit", "8bit"):
        try:
            text.encode("ascii")
        except UnicodeEncodeError:
            cte = "8bit"
    ct = "text/%s; charset=\"%s\"%s" % (subtype, charset, extra)
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], encode_body(text, cte, charset))


def multipart(subtype, parts, boundary, extra=""):
    body = ""
    for p in parts:
        body += "--%s\n%s\n" % (boundary, p.render())
    body += "--%s--" % boundary
    return Part([("Content-Type", "multipart/%s; boundary=\"%s\"%s" % (subtype, boundary, extra))], body)


def attachment(name, ctype, data):
    b = base64.encodebytes(data).decode().rstrip("\n")
    return Part([("Content-Type", "%s; name=\"%s\"" % (ctype, name)),
                 ("Content-Disposition", "attachment; filename=\"%s\"" % name),
                 ("Content-Transfer-Encoding", "base64")], b)


def rfc822_part(raw, name):
    return Part([("Content-Type", "message/rfc822; name=\"%s\"" % name),
                 ("Content-Disposition", "attachment; filename=\"%s\"" % name)], raw.rstrip("\n"))


def simple_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<div>%s</div>" % "<br>\n".join(html.escape(ln, quote=False) for ln in p.split("\n")))
    return '<div dir="ltr">' + "\n<div><br></div>\n".join(out) + "</div>\n"


def word_html(inner):
    return ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
            "<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n"
            "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n<style><!--\n"
            "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
            "table.MsoTableGrid\n\t{border-collapse:collapse;}\n--></style>\n</head>\n"
            "<body lang=\"EN-US\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n"
            "<div class=\"WordSection1\">\n" + inner + "\n</div>\n</body>\n</html>\n")


def mso_p(text):
    if not text:
        return "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>"
    return "<p class=\"MsoNormal\">%s<o:p></o:p></p>" % html.escape(text, quote=False)


def mso_table(rows):
    out = ["<table class=\"MsoTableGrid\" border=\"1\" cellspacing=\"0\" cellpadding=\"0\">"]
    for i, r in enumerate(rows):
        out.append("<tr>" + "".join(
            "<td width=\"200\" valign=\"top\" style=\"border:solid windowtext 1.0pt;padding:0cm 5.4pt\">"
            "<p class=\"MsoNormal\">%s%s%s<o:p></o:p></p></td>" % ("<b>" if i == 0 else "",
                                                                  html.escape(c, quote=False),
                                                                  "</b>" if i == 0 else "") for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def received(slug, d, frm_addr):
    dom = frm_addr.split("@")[1]
    host = {"polibatam.ac.id": "mail.polibatam.ac.id", "students.polibatam.ac.id": "mail.polibatam.ac.id",
            "gmail.com": "mail-sor-f41.google.com", "yahoo.co.id": "sonic306-21.consmr.mail.sg3.yahoo.com",
            "outlook.com": "mail-sg2apc01olkn2081.outbound.protection.outlook.com"}.get(dom, "mx." + dom)
    return ("from %s (%s [10.%d.%d.%d])\n\tby mx1.polibatam.ac.id (Postfix) with ESMTPS id %s\n\tfor <%s>; %s"
            % (host, host, int(dig(slug, "a")[:2], 16), int(dig(slug, "b")[:2], 16), int(dig(slug, "c")[:2], 16),
               dig(slug, "q")[:10].upper(), HELPDESK, rfc_date(d)))


def message(e, root):
    """Top-level headers + root part -> raw string with \n line ends."""
    d = dtp(e["date"])
    slug = e["slug"]
    frm_name, frm_addr = e["frm"]
    dom = frm_addr.split("@")[1]
    hs = [] if e.get("inner") else [("Return-Path", "<%s>" % e.get("return_path", frm_addr)),
                                    ("Received", received(slug, d, frm_addr))]
    hs += e.get("top_headers", [])
    hs += [("Date", rfc_date(d)),
           ("From", addr(frm_name, frm_addr)),
           ("To", e.get("to", "helpdesk-p4m <%s>" % HELPDESK))]
    if e.get("cc"):
        hs.append(("Cc", e["cc"]))
    hs.append(("Subject", hdr(e["subject"])))
    hs.append(("Message-ID", "<%s.%s@%s>" % (dig(slug, "mid")[:16], dig(slug, "mid2")[:8],
                                             e.get("mid_domain", "mail." + dom if dom != "polibatam.ac.id"
                                                   else "polibatam.ac.id"))))
    if e.get("irt"):
        hs.append(("In-Reply-To", e["irt"]))
        hs.append(("References", e.get("refs", e["irt"])))
    hs += e.get("headers", [])
    hs.append(("MIME-Version", "1.0"))
    return "\n".join("%s: %s" % kv for kv in hs) + "\n" + root.render() + "\n"


def wrap72(text):
    """Hard-wrap every paragraph line longer than 72 chars (lists kept line by line)."""
    out = []
    for ln in text.split("\n"):
        if len(ln) <= 72:
            out.append(ln)
        else:
            m = re.match(r"^(\s*(?:[-*\u2022]|\d+[.)])\s+)?", ln)
            ind = " " * len(m.group(0)) if m.group(0) else ""
            out.extend(textwrap.wrap(ln, 72, subsequent_indent=ind, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n".join(out)


# ------------------------------------------------------------------ clients

def build(e):
    slug = e["slug"]
    bnd = lambda salt: "%s_%s" % (salt, dig(slug, salt)[:24])
    client = e["client"]
    body = e.get("body", "")
    extra_h = []
    if client == "gmail":
        root = multipart("alternative", [text_part(body, "plain", "quoted-printable"),
                                         text_part(simple_html(body), "html", "quoted-printable")],
                         "000000000000" + dig(slug, "alt")[:16])
    elif client == "outlook_html":
        root = text_part(word_html(e["html"]), "html", "quoted-printable")
        extra_h = [("Thread-Topic", hdr(e["subject"])),
                   ("Thread-Index", "AQH" + dig(slug, "ti")[:20]),
                   ("Content-Language", e.get("content_lang", "id-ID")),
                   ("X-MS-Has-Attach", "yes" if e.get("attach") else ""),
                   ("X-Mailer", "Microsoft Outlook 16.0")]
    elif client == "thunderbird":
        root = text_part(body, "plain", "7bit", extra="; format=flowed")
        extra_h = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", e.get("content_lang", "id"))]
    elif client in ("iphone", "samsung"):
        root = text_part(body, "plain", "base64")
        extra_h = [("X-Mailer", "iPhone Mail (21G93)" if client == "iphone" else "Samsung Mail")]
    elif client == "zimbra":
        root = text_part(body, "plain", "quoted-printable")
        extra_h = [("X-Mailer", "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - GC120 (Win)/8.8.15_GA_4581)"),
                   ("Thread-Topic", hdr(e["subject"]))]
    elif client == "plain":
        root = text_part(body, "plain", "8bit")
    elif client == "raw":
        root = e["root"]
    else:
        raise ValueError(client)
    parts = []
    for a in e.get("attach", []):
        if a[0] == "rfc822":
            parts.append(rfc822_part(a[1], a[2]))
        else:
            parts.append(attachment(*a))
    if parts:
        root = multipart("mixed", [root] + parts, "----=_Part_" + dig(slug, "mix")[:20])
    e = dict(e)
    e["headers"] = extra_h + e.get("headers", [])
    return message(e, root).replace("\n", "\r\n").encode("utf-8")


def inner_mail(slug, date, frm, to, subject, body):
    """A complete message (for message/rfc822 parts), plain text QP."""
    e = {"slug": slug + "-inner", "date": date, "frm": frm, "to": to, "subject": subject, "inner": True}
    return message(e, text_part(body, "plain", "quoted-printable"))


EMAILS = []


def add(**kw):
    EMAILS.append(kw)


# ==========================================================================
# course_data (24)
# ==========================================================================

add(slug="prose-diubah-menjadi", type="course_data", lang="id",
    date="2025-02-11 09:14:22", client="gmail",
    frm=("Yuliana Sari", "yuliana.sari@polibatam.ac.id"),
    subject="Nama mata kuliah di e-learning",
    fields={"course_code": "IF2208", "course_name": "Sistem Operasi",
            "changes": {"fullname": "Sistem Operasi Lanjut"}},
    body="""Selamat pagi Tim P4M,

Sesuai kurikulum baru prodi, mohon nama mata kuliah IF2208 (Sistem Operasi) di e-learning diubah menjadi Sistem Operasi Lanjut. Isi course dan peserta tidak perlu diubah.

Terima kasih banyak.

Salam,
Yuliana Sari, M.Kom.
Teknik Informatika
""")

add(slug="phone-abbrev-kelas-jd", type="course_data", lang="id",
    date="2025-02-19 21:47:03", client="iphone",
    frm=("Fadli Rahman", "fadli.rahman@polibatam.ac.id"),
    subject="mhn bantu",
    fields={"course_code": "RKS2104", "course_name": "Kriptografi",
            "changes": {"class": "KJ-RKS3B"}},
    body="""mlm min tlg MK Kriptografi RKS2104 kelasnya jd KJ-RKS3B ya bkn RKS-3A lg krn sy pegang kls karyawan smt ini tks

Dikirim dari iPhone saya
""")

add(slug="formal-letter-lecturer-titles", type="course_data", lang="id",
    date="2025-03-04 10:02:41", client="zimbra",
    frm=("Prof. Dr. Hasan Basri", "hasan.basri@polibatam.ac.id"),
    subject="Permohonan Perubahan Dosen Pengampu Mata Kuliah Pengolahan Citra Digital",
    fields={"course_code": "IF3210", "course_name": "Pengolahan Citra Digital",
            "changes": {"lecturer": "Dr. Dian Permata Sari, S.Kom., M.Kom."}},
    body="""Kepada Yth.
Kepala Pusat Penjaminan Mutu dan Pengembangan Pembelajaran (P4M)
Politeknik Negeri Batam
di tempat

Dengan hormat,

Sehubungan dengan penugasan saya sebagai asesor akreditasi pada semester
berjalan, bersama ini saya mengajukan permohonan perubahan data dosen
pengampu pada course e-learning sebagai berikut:

Mata kuliah : Pengolahan Citra Digital
Kode        : IF3210

Dosen pengampu mohon diganti menjadi Dr. Dian Permata Sari, S.Kom., M.Kom.
terhitung mulai pertemuan kelima. Saya tetap tercatat sebagai anggota tim
pengajar tanpa akses penilaian.

Demikian permohonan ini saya sampaikan. Atas perhatian dan kerja sama
Bapak/Ibu, saya ucapkan terima kasih.

Hormat saya,

Prof. Dr. Hasan Basri, M.Sc.
Guru Besar Jurusan Teknik Informatika
Politeknik Negeri Batam
""")

add(slug="outlook-html-table-lama-baru", type="course_data", lang="id",
    date="2025-03-17 13:26:55", client="outlook_html",
    frm=("Wulan Anggraini", "wulan.anggraini@polibatam.ac.id"),
    subject="Perubahan data course MSDM",
    fields={"course_code": "MB3105", "course_name": "Manajemen Sumber Daya Manusia",
            "changes": {"fullname": "Manajemen Sumber Daya Manusia Strategik",
                        "shortname": "MB3105-MSDMS", "credits": "3"}},
    html="\n".join([
        mso_p("Dear Tim P4M,"), mso_p(""),
        mso_p("Mohon bantuan perubahan data course berikut (kode MB3105):"), mso_p(""),
        mso_table([["Data", "Lama", "Baru"],
                   ["Nama mata kuliah", "Manajemen Sumber Daya Manusia", "Manajemen Sumber Daya Manusia Strategik"],
                   ["Short name", "MB3105", "MB3105-MSDMS"],
                   ["SKS", "2", "3"]]),
        mso_p(""), mso_p("Perubahan ini mengikuti SK kurikulum 2025 yang sudah disahkan Direktur."),
        mso_p(""), mso_p("Terima kasih,"), mso_p("Wulan Anggraini, S.E., M.M."),
        mso_p("Sekretaris Jurusan Manajemen Bisnis")]))

add(slug="fwd-inline-forwarded-message", type="course_data", lang="id",
    date="2025-04-02 08:41:17", client="gmail",
    frm=("Admin Jurusan Teknik Informatika", "admin.jti@polibatam.ac.id"),
    subject="Fwd: kelas IMK",
    fields={"course_code": "IF2310", "course_name": "Interaksi Manusia dan Komputer",
            "changes": {"class": "IF-2C Malam"}},
    note="The request is in the inline forwarded message under a one-line cover note.",
    body="""mohon bantuannya

""" + gmail_fwd("2025-04-01 16:05", "Rizky Pratama", "rizky.pratama@polibatam.ac.id",
                "kelas IMK", "Admin JTI <admin.jti@polibatam.ac.id>") + """


Mbak, tolong teruskan ke P4M ya. Course Interaksi Manusia dan Komputer
(IF2310) yang saya ampu sekarang terdaftar untuk kelas IF-2C, padahal
mahasiswanya kelas malam. Kelasnya mohon diganti jadi IF-2C Malam supaya
tidak bentrok dengan course kelas pagi.

Makasih,
Rizky
""")

add(slug="pesan-asli-block-semester", type="course_data", lang="id",
    date="2025-04-22 14:10:09", client="plain",
    frm=("Sekretariat Prodi Akuntansi", "prodi.akuntansi@polibatam.ac.id"),
    subject="TR: Semester course Auditing",
    fields={"course_code": "AK3102", "course_name": "Auditing",
            "changes": {"semester": "Genap 2024/2025"}},
    note="Forwarded with an Outlook '-----Pesan Asli-----' block; the request is in the quoted part.",
    body="""Mohon bantuannya, terima kasih.

""" + pesan_asli("2025-04-22 09:33", "Maria Ulfa", "maria.ulfa@polibatam.ac.id",
                 "Semester course Auditing", "Sekretariat Prodi Akuntansi") + """

Selamat pagi Bu,

Course Auditing (AK3102) di e-learning masih tercatat semester Ganjil
2024/2025, seharusnya Genap 2024/2025. Mahasiswa jadi bingung karena
course-nya muncul di bagian "past". Tolong diteruskan ke P4M ya Bu.

Salam,
Maria Ulfa
""")

add(slug="rfc822-attached-enrol-key", type="course_data", lang="id",
    date="2025-05-06 11:55:30", client="gmail",
    frm=("Tata Usaha Teknik Mesin", "tu.mesin@polibatam.ac.id"),
    subject="Fwd: enrolment key Gambar Teknik",
    fields={"course_code": "MS1104", "course_name": "Gambar Teknik",
            "changes": {"enrolment_key": "GT-ms1104-2025"}},
    note="The request is only in the attached message/rfc822 part.",
    attach=[("rfc822", inner_mail("rfc822-attached-enrol-key", "2025-05-05 15:20:44",
                                  ("Joko Santoso", "joko.santoso@polibatam.ac.id"),
                                  "TU Mesin <tu.mesin@polibatam.ac.id>",
                                  "enrolment key Gambar Teknik",
                                  """Siang Pak/Bu TU,

Enrolment key course Gambar Teknik (MS1104) sudah tersebar ke angkatan
lain. Mohon diminta ke P4M supaya key-nya diganti ke GT-ms1104-2025.
Key baru nanti saya bagikan lewat grup kelas.

Terima kasih,
Joko Santoso, S.T., M.T.
"""), "enrolment key Gambar Teknik.eml")],
    body="""Mohon bantuannya, email dari Pak Joko terlampir.

--
TU Jurusan Teknik Mesin
""")

add(slug="en-exchange-should-be-shortname", type="course_data", lang="en",
    date="2025-05-21 15:03:12", client="outlook_html", content_lang="en-US",
    frm=("Markus Lindqvist", "markus.lindqvist@outlook.com"),
    subject="Short name of my course",
    fields={"course_code": "EL2303", "course_name": "Power System Analysis",
            "changes": {"shortname": "EL2303-PSA"}},
    html="\n".join([
        mso_p("Hello P4M team,"), mso_p(""),
        mso_p("I am the visiting lecturer from Jönköping for Power System Analysis (EL2303) this term. "
              "The short name shown in the breadcrumb is \u201cEL2303-SPL\u201d, which I understand is the "
              "abbreviation of the Indonesian title. For the international class it should be EL2303-PSA."),
        mso_p(""), mso_p("Could you update that for me? Everything else is fine."), mso_p(""),
        mso_p("Best regards,"), mso_p("Markus Lindqvist"),
        mso_p("Visiting Lecturer, Electrical Engineering")]))

add(slug="en-change-it-to-lecturer", type="course_data", lang="en",
    date="2025-06-10 10:21:48", client="thunderbird", content_lang="en-US",
    frm=("Hannah Weber", "hannah.weber@polibatam.ac.id"),
    subject="Lecturer name on Embedded Systems Design",
    fields={"course_code": "TRE3208", "course_name": "Embedded Systems Design",
            "changes": {"lecturer": "Dr. Hannah Weber"}},
    body="""Hi,

The course page for TRE3208 Embedded Systems Design still lists the
previous teacher in the course summary box. I took over the course in
May. Please change it to Dr. Hannah Weber, so that students know whom to
contact.

Many thanks,
Hannah
""")

add(slug="bukan-x-tapi-y-kode", type="course_data", lang="id",
    date="2025-07-08 09:37:26", client="gmail",
    frm=("Nurul Hidayah", "nurul.hidayah@polibatam.ac.id"),
    subject="Koreksi kode MK",
    fields={"course_code": "AK1204", "course_name": "Akuntansi Keuangan Menengah",
            "changes": {"shortname": "AK1205"}},
    body="""Pagi Pak/Bu,

Ada salah kode di course Akuntansi Keuangan Menengah. Di e-learning
tertulis AK1204, padahal menurut kurikulum kodenya bukan AK1204 tapi
AK1205. AK1204 itu kode untuk Akuntansi Keuangan Dasar.

Mohon dikoreksi ya. Terima kasih.

Nurul Hidayah
Prodi Akuntansi
""")

add(slug="dari-x-ke-y-sks", type="course_data", lang="id",
    date="2025-07-29 13:48:51", client="samsung",
    frm=("Dedi Kurniadi", "dedi.kurniadi.pbtm@gmail.com"),
    subject="sks proses manufaktur",
    fields={"course_code": "MS3102", "course_name": "Proses Manufaktur",
            "changes": {"credits": "3"}},
    body="""Siang P4M. Mohon SKS course Proses Manufaktur (MS3102) diubah dari 2 ke 3 karena sekarang digabung dengan praktikumnya. Terima kasih.

Dedi Kurniadi
Dosen Teknik Mesin

Dikirim dari ponsel Samsung Galaxy saya.
""")

add(slug="arrow-notation-two-changes", type="course_data", lang="mixed",
    date="2025-08-12 16:30:05", client="gmail",
    frm=("Andika Saputra", "andika.saputra@polibatam.ac.id"),
    subject="Update course Robotika Dasar (MK3201)",
    fields={"course_code": "MK3201", "course_name": "Robotika Dasar",
            "changes": {"fullname": "Robotika Industri", "class": "MK-3A/MK-3B"}},
    body="""Hi tim P4M,

Untuk semester ganjil ini tolong update course MK3201 ya:

fullname: Robotika Dasar -> Robotika Industri
class: MK-3A -> MK-3A/MK-3B

Karena kelas 3A dan 3B sekarang digabung, jadi cukup satu course saja. Thanks a lot!

Andika
""")

add(slug="summary-paragraph-after-menjadi", type="course_data", lang="id",
    date="2025-08-25 10:05:33", client="zimbra",
    frm=("Eko Prasetyo", "eko.prasetyo@polibatam.ac.id"),
    subject="Deskripsi course Keamanan Jaringan",
    fields={"course_code": "RKS3105", "course_name": "Keamanan Jaringan",
            "changes": {"summary": "Mata kuliah ini membekali mahasiswa dengan kemampuan mengamankan infrastruktur jaringan: segmentasi jaringan, konfigurasi firewall dan IDS/IPS, pengamanan perangkat nirkabel, serta analisis lalu lintas menggunakan Wireshark dan Zeek. Setiap modul diakhiri dengan latihan di cyber range kampus."}},
    body="""Selamat pagi,

Mohon deskripsi (summary) course Keamanan Jaringan - RKS3105 di
e-learning diubah menjadi:

Mata kuliah ini membekali mahasiswa dengan kemampuan mengamankan
infrastruktur jaringan: segmentasi jaringan, konfigurasi firewall dan
IDS/IPS, pengamanan perangkat nirkabel, serta analisis lalu lintas
menggunakan Wireshark dan Zeek. Setiap modul diakhiri dengan latihan di
cyber range kampus.

Deskripsi lama sudah tidak sesuai dengan RPS revisi 2025.

Terima kasih,
Eko Prasetyo, M.Kom.
Prodi Rekayasa Keamanan Siber
""")

add(slug="missing-new-value", type="course_data", lang="id",
    date="2025-09-03 07:58:14", client="gmail",
    frm=("Siska Amelia", "siska.amelia@polibatam.ac.id"),
    subject="nama MK salah",
    fields={"course_code": "IF1103", "course_name": "Algoritma dan Pemrograman", "changes": {}},
    note="Asks for a rename but never gives the new name; the helpdesk must ask for it.",
    body="""Pagi,

Nama course IF1103 Algoritma dan Pemrograman di e-learning tidak sesuai
dengan nama di kurikulum baru. Mohon diganti ya.

Makasih,
Siska
""")

add(slug="thunderbird-bottom-post-yang-benar", type="course_data", lang="id",
    date="2025-09-16 11:12:40", client="thunderbird",
    frm=("Bambang Irawan", "bambang.irawan@polibatam.ac.id"),
    subject="Re: [P4M #2025-0611] Nama course Kewirausahaan",
    irt="<tkt-2025-0611.ack@helpdesk.polibatam.ac.id>",
    fields={"course_code": "MB2107", "course_name": "Kewirausahaan",
            "changes": {"fullname": "Kewirausahaan Digital"}},
    note="Thunderbird bottom-posting: the new text is below the quoted acknowledgement.",
    body=on_wrote_id("2025-09-15 14:02", "Helpdesk P4M", "helpdesk-p4m@polibatam.ac.id") + """
> Yth. Bapak Bambang Irawan,
>
> Permintaan Anda sudah kami terima dengan nomor tiket 2025-0611.
> Mohon sebutkan nama baru course MB2107 Kewirausahaan yang Anda
> inginkan.
>
> Salam,
> Helpdesk P4M

Maaf kemarin lupa saya tulis. Nama yang benar Kewirausahaan Digital, sesuai kurikulum 2025.

Terima kasih.

--
Bambang Irawan
""")

add(slug="seharusnya-lecturer-meng", type="course_data", lang="id",
    date="2025-10-07 08:20:19", client="gmail",
    frm=("Ketua Prodi Teknik Mesin", "kaprodi.mesin@polibatam.ac.id"),
    subject="Dosen pengampu Perpindahan Panas",
    fields={"course_code": "MS2306", "course_name": "Perpindahan Panas",
            "changes": {"lecturer": "Hendra Gunawan, S.T., M.Eng."}},
    body="""Yth. P4M,

Di course Perpindahan Panas (MS2306) dosen pengampu tercatat Ir. Sutomo, padahal beliau sudah purnabakti. Dosennya seharusnya Hendra Gunawan, S.T., M.Eng. sesuai SK mengajar semester ganjil 2025/2026.

Terima kasih atas bantuannya.

Kaprodi Teknik Mesin
""")

add(slug="ganti-ke-key-and-shortname", type="course_data", lang="mixed",
    date="2025-10-28 19:44:02", client="gmail",
    frm=("Citra Lestari", "citra.lestari@polibatam.ac.id"),
    subject="Animasi 3D: enrolment key dan short name",
    fields={"course_code": "AN2101", "course_name": "Animasi 3D",
            "changes": {"enrolment_key": "anim3d#ganjil", "shortname": "AN2101-3D"}},
    body="""Malam Tim P4M,

Two quick things untuk course Animasi 3D (AN2101): enrolment key tolong ganti ke anim3d#ganjil, dan short name-nya jadi AN2101-3D (sekarang masih "AN2101 copy 1" because I duplicated it from last year).

Thanks a lot, makasih banyak!
Citra
""")

add(slug="pdf-letter-lecturer-class", type="course_data", lang="id",
    date="2025-11-11 09:30:27", client="gmail",
    frm=("Jurusan Manajemen Bisnis", "jmb@polibatam.ac.id"),
    subject="Surat permohonan perubahan data course",
    fields={"course_code": "AK2305", "course_name": "Sistem Informasi Akuntansi",
            "changes": {"lecturer": "Siti Nurhaliza, S.E., M.Ak.", "class": "AK-2B"}},
    note="The request is only in the attached PDF letter.",
    attach=[("Surat_Perubahan_Data_Course_SIA.pdf", "application/pdf", pdf_bytes([
        "KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI",
        "POLITEKNIK NEGERI BATAM - JURUSAN MANAJEMEN BISNIS",
        "",
        "Nomor   : 412/PL29.3/KP/2025",
        "Perihal : Permohonan Perubahan Data Course E-Learning",
        "",
        "Yth. Kepala P4M Politeknik Negeri Batam",
        "",
        "Dengan hormat, kami mohon perubahan data course berikut:",
        "Mata kuliah : Sistem Informasi Akuntansi (AK2305)",
        "Dosen pengampu diubah menjadi Siti Nurhaliza, S.E., M.Ak.",
        "Kelas diubah menjadi AK-2B",
        "",
        "Demikian, atas perhatiannya kami ucapkan terima kasih.",
        "",
        "Batam, 10 November 2025",
        "Ketua Jurusan Manajemen Bisnis",
        "Dr. Rahmat Hidayat, S.E., M.M."], "Surat Perubahan Data Course"))],
    body="""Dengan hormat,

Terlampir surat permohonan dari Jurusan Manajemen Bisnis. Mohon
ditindaklanjuti.

Terima kasih.
Admin JMB
""")

add(slug="codeswitch-semester-nyangkut", type="course_data", lang="mixed",
    date="2025-12-02 14:22:58", client="gmail",
    frm=("Kevin Tanjaya", "kevin.tanjaya@polibatam.ac.id"),
    subject="Course Dasar Keamanan Siber masih semester lalu",
    fields={"course_code": "RKS1102", "course_name": "Dasar Keamanan Siber",
            "changes": {"semester": "Genap 2025/2026"}},
    body="""Hi P4M,

Course Dasar Keamanan Siber (RKS1102) masih nyangkut di Ganjil 2025/2026, padahal aku pakai lagi buat next semester. Could you please update semester-nya ke Genap 2025/2026? Biar students nggak bingung pas mulai enrol.

Thanks!
Kevin
""")

add(slug="student-rep-phone-hrsnya", type="course_data", lang="id",
    date="2025-12-18 20:11:36", client="samsung",
    frm=("Ayu Komting TI1A", "4342511007@students.polibatam.ac.id"),
    subject="nama dosen",
    fields={"course_name": "Statistika Industri",
            "changes": {"lecturer": "Lestari Wulandari, M.T."}},
    body="""kak sy komting kls 1A, di elearning matkul Statistika Industri nama dosennya msh pak Anton hrsnya Lestari Wulandari, M.T. udh dr awal smt bu Lestari yg ngajar tlg diganti ya kak mksh

Dikirim dari ponsel Samsung Galaxy saya.
""")

add(slug="en-old-new-pairs", type="course_data", lang="en",
    date="2026-01-13 10:45:11", client="gmail",
    frm=("Sarah O'Connell", "sarah.oconnell@polibatam.ac.id"),
    subject="Course title change BI2202",
    fields={"course_code": "BI2202", "course_name": "Technical English 2",
            "changes": {"fullname": "English for Engineering Communication"}},
    body="""Dear helpdesk,

Following the language unit's curriculum review, the title of BI2202 changes this semester:

Old: Technical English 2
New: English for Engineering Communication

The short name and the enrolled students stay the same.

Kind regards,
Sarah O'Connell
Language Centre
""")

add(slug="yang-benar-sks-praktikum", type="course_data", lang="id",
    date="2026-02-09 08:06:44", client="zimbra",
    frm=("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
    subject="SKS Praktikum Mikrokontroler",
    fields={"course_code": "TRE2106", "course_name": "Praktikum Mikrokontroler",
            "changes": {"credits": "4"}},
    body="""Selamat pagi,

Jumlah SKS course Praktikum Mikrokontroler (TRE2106) di e-learning
masih 2. Jumlah SKS yang benar 4, karena mulai tahun ini praktikum
dilaksanakan dua kali seminggu.

Terima kasih,
Taufik Hidayat, S.T., M.T.
""")

add(slug="outlook-html-en-enrol-key", type="course_data", lang="en",
    date="2026-03-02 13:37:09", client="outlook_html", content_lang="en-US",
    frm=("Priya Raman", "priya.raman@outlook.com"),
    subject="Digital Forensics - enrolment key",
    fields={"course_code": "RKS3208", "course_name": "Digital Forensics",
            "changes": {"enrolment_key": "CySec!2026"}},
    html="\n".join([
        mso_p("Good afternoon,"), mso_p(""),
        mso_p("I co-teach Digital Forensics (RKS3208) with the Cyber Security programme this semester. "
              "The self-enrolment key was shared on a public group by mistake."),
        mso_p(""),
        mso_table([["", "Enrolment key"], ["old", "forensik2025"], ["new", "CySec!2026"]]),
        mso_p(""),
        mso_p("Could the new one be set today? I will send it to the class list myself."),
        mso_p(""), mso_p("Thank you,"), mso_p("Priya Raman, PhD"),
        mso_p("Visiting Fellow, Universiti Teknologi Malaysia")]))

add(slug="lama-baru-lines-two-fields", type="course_data", lang="id",
    date="2026-04-14 15:18:37", client="zimbra",
    frm=("Galih Permana", "galih.permana@polibatam.ac.id"),
    subject="Perubahan nama dan kelas course PBO",
    fields={"course_code": "IF2105", "course_name": "Pemrograman Berorientasi Objek",
            "changes": {"fullname": "Pemrograman Berorientasi Objek dengan Java", "class": "IF-2A Malam"}},
    body="""Yth. Tim P4M,

Mohon perubahan data course IF2105 berikut:

Nama lama  : Pemrograman Berorientasi Objek
Nama baru  : Pemrograman Berorientasi Objek dengan Java
Kelas lama : IF-2A
Kelas baru : IF-2A Malam

Terima kasih.

Galih Permana, S.Kom., M.T.
""")

add(slug="en-exchange-credits-should-be", type="course_data", lang="en",
    date="2026-05-19 09:27:50", client="gmail",
    frm=("Tomás Herrera", "tomas.herrera.mx@gmail.com"),
    subject="ECTS vs SKS on Thermal Engineering",
    fields={"course_code": "MS3210", "course_name": "Thermal Engineering",
            "changes": {"credits": "2"}},
    body="""Hello,

I'm teaching Thermal Engineering (MS3210) as part of the staff mobility
programme. The course settings show 3 credits, but according to the
learning agreement signed with Jurusan Teknik Mesin the SKS should be 2.
Our exchange students need the figure right for their transcript
recognition at home.

Thanks in advance,
Tomás Herrera
Universidad de Guadalajara
""")

# ==========================================================================
# announcement (18)
# ==========================================================================

add(slug="hardwrap-list-tgl-jam-pagi", type="announcement", lang="id",
    date="2026-01-19 10:12:33", client="zimbra",
    frm=("Bagian Akademik", "akademik@polibatam.ac.id"),
    subject="Mohon tayang: jadwal pengisian KRS",
    fields={"title": "Jadwal Pengisian KRS Semester Genap 2025/2026", "scope": "site",
            "publish_at": "2026-01-22T08:00:00+07:00"},
    body=wrap72("""Yth. Tim P4M,

Mohon pengumuman di bawah ditayangkan di halaman depan e-learning untuk semua mahasiswa, tgl 22/1 jam 8 pagi.

Jadwal Pengisian KRS Semester Genap 2025/2026

Pengisian Kartu Rencana Studi (KRS) semester genap 2025/2026 dilaksanakan secara daring melalui SIAKAD dengan pembagian waktu per angkatan agar server tidak terbebani. Mahasiswa yang tidak mengisi KRS sesuai jadwal dianggap tidak aktif pada semester berjalan dan wajib mengurus izin ke Bagian Akademik.

- Angkatan 2025: 26-27 Januari 2026
- Angkatan 2024: 28-29 Januari 2026
- Angkatan 2023 dan sebelumnya: 30 Januari 2026
- Perbaikan KRS (semua angkatan): 2-4 Februari 2026

Konsultasi dengan dosen wali dilakukan sebelum KRS disetujui.

Terima kasih.
Bagian Akademik dan Kemahasiswaan
"""))

add(slug="docx-only-senin-depan", type="announcement", lang="id",
    date="2025-09-10 13:40:02", client="gmail",
    frm=("Panitia Dies Natalis", "diesnatalis@polibatam.ac.id"),
    subject="Pengumuman untuk e-learning",
    fields={"title": "Kuliah Umum Dies Natalis ke-25 Politeknik Negeri Batam", "scope": "site",
            "publish_at": "2025-09-15T07:00:00+07:00"},
    note="The announcement text is only in the DOCX attachment.",
    attach=[("Pengumuman Kuliah Umum Dies Natalis.docx",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             docx_bytes(["# Kuliah Umum Dies Natalis ke-25 Politeknik Negeri Batam",
                         "Dalam rangka Dies Natalis ke-25, Politeknik Negeri Batam menyelenggarakan kuliah umum "
                         "bertema \u201cVokasi Unggul untuk Industri Kepulauan\u201d.",
                         "- Hari/tanggal: Kamis, 25 September 2025",
                         "- Waktu: 08.30-12.00 WIB",
                         "- Tempat: Auditorium Gedung Utama",
                         "Seluruh mahasiswa tingkat 1 dan 2 wajib hadir; perkuliahan pagi ditiadakan.",
                         "Panitia Dies Natalis ke-25"], "Kuliah Umum"))],
    body="""Selamat siang,

Mohon pengumuman terlampir ditayangkan di e-learning untuk semua pengguna mulai Senin depan pkl 07.00.

Terima kasih,
Panitia Dies Natalis
""")

add(slug="pdf-letter-announcement", type="announcement", lang="id",
    date="2026-03-05 15:02:47", client="zimbra",
    frm=("Sekretariat Direktur", "sekdir@polibatam.ac.id"),
    subject="Surat: permohonan penayangan pengumuman",
    fields={"title": "Libur Idul Fitri 1447 H dan Cuti Bersama", "scope": "site",
            "publish_at": "2026-03-09T07:00:00+07:00"},
    note="The announcement (title, text and time) is only in the attached PDF letter.",
    attach=[("Surat_Pengumuman_Libur_Idul_Fitri.pdf", "application/pdf", pdf_bytes([
        "POLITEKNIK NEGERI BATAM",
        "Nomor  : 077/PL29/HM/2026",
        "Hal    : Permohonan Penayangan Pengumuman di E-Learning",
        "",
        "Yth. Kepala P4M",
        "",
        "Mohon ditayangkan pengumuman berikut untuk seluruh pengguna e-learning",
        "pada 9 Maret 2026 pukul 07.00 WIB:",
        "",
        "Libur Idul Fitri 1447 H dan Cuti Bersama",
        "Kegiatan perkuliahan ditiadakan pada 18-25 Maret 2026. Perkuliahan",
        "kembali aktif Kamis, 26 Maret 2026. Tugas dengan batas waktu pada",
        "masa libur agar diundur oleh dosen pengampu.",
        "",
        "Direktur,",
        "ttd"], "Pengumuman Libur"))],
    body="""Yth. P4M,

Bersama ini kami sampaikan surat terlampir untuk ditindaklanjuti.

Hormat kami,
Sekretariat Direktur
""")

add(slug="lecturer-change-is-announcement", type="announcement", lang="id",
    date="2025-10-20 09:05:18", client="gmail",
    frm=("Fadli Rahman", "fadli.rahman@polibatam.ac.id"),
    subject="Pengumuman pergantian dosen Kriptografi",
    fields={"course_code": "RKS2104", "course_name": "Kriptografi",
            "title": "Pergantian Dosen Pengampu Mulai Pertemuan 8", "scope": "course"},
    note="About a change of lecturer, but the ask is to publish a notice to students; the course data is already updated.",
    body="""Pagi P4M,

Data dosen di course Kriptografi (RKS2104) sudah saya ubah sendiri, jadi tidak perlu diubah lagi. Yang saya minta tolong hanya dipasangkan pengumuman ke mahasiswa di course tersebut:

Judul: Pergantian Dosen Pengampu Mulai Pertemuan 8
Isi: Mulai pertemuan 8, mata kuliah Kriptografi diampu oleh Ibu Ratih Purnamasari, M.Kom. karena saya mendapat tugas belajar. Jadwal dan ruang kuliah tidak berubah. Pertanyaan tentang tugas 2 dapat langsung ditujukan ke beliau.

Terima kasih,
Fadli
""")

add(slug="en-feb-3rd-730-am", type="announcement", lang="en",
    date="2026-01-28 11:20:45", client="outlook_html", content_lang="en-GB",
    frm=("Elena Petrova", "elena.petrova@polibatam.ac.id"),
    subject="Site announcement - orientation week for inbound students",
    fields={"title": "Orientation Week for Inbound Exchange Students", "scope": "site",
            "publish_at": "2026-02-03T07:30:00+07:00"},
    html="\n".join([
        mso_p("Dear colleagues at P4M,"), mso_p(""),
        mso_p("Could you please publish the following on the e-learning front page? Ideally it goes live "
              "on Feb 3rd, 7:30 am, before the students arrive on campus."), mso_p(""),
        "<p class=\"MsoNormal\"><b>Orientation Week for Inbound Exchange Students</b><o:p></o:p></p>",
        mso_p("Welcome to Politeknik Negeri Batam! Orientation runs from 9 to 13 February 2026 in the "
              "International Office (Main Building, 2nd floor). You will receive your campus account, "
              "a tour of the labs and a short Bahasa Indonesia survival course."),
        mso_p(""), mso_p("Many thanks,"), mso_p("Elena Petrova"),
        mso_p("Inbound Mobility Coordinator, International Office")]))

add(slug="wita-converted-to-wib", type="announcement", lang="mixed",
    date="2025-11-25 18:42:10", client="iphone",
    frm=("Arief Munandar", "arief.munandar@polibatam.ac.id"),
    subject="tolong pasang pengumuman kuliah daring",
    fields={"course_code": "EL2303", "course_name": "Sistem Tenaga Listrik",
            "title": "Kuliah Minggu Ini Daring via Zoom", "scope": "course",
            "publish_at": "2025-11-26T09:00:00+07:00"},
    body="""Sore Tim P4M, sorry for the short notice, sy sedang dinas di Balikpapan. Tolong pasang pengumuman di course Sistem Tenaga Listrik (EL2303), tayang besok jam 10.00 WITA ya:

Kuliah Minggu Ini Daring via Zoom
Perkuliahan Kamis ini dilaksanakan daring lewat Zoom pukul 13.00 WIB. Link ada di bagian Pertemuan 12. Presensi diisi di e-learning selama kuliah berlangsung.

Makasih

Dikirim dari iPhone saya
""")

add(slug="wit-time-zone-site", type="announcement", lang="id",
    date="2025-05-13 08:51:39", client="gmail",
    frm=("Rina Sembiring", "rina.sembiring@polibatam.ac.id"),
    subject="Publikasi webinar kerja sama dengan Politeknik Negeri Jayapura",
    fields={"title": "Webinar Nasional: Pembelajaran Vokasi Berbasis Proyek", "scope": "site",
            "publish_at": "2025-05-15T12:00:00+07:00"},
    body="""Selamat pagi Tim P4M,

Mitra kami di Jayapura minta pengumuman webinar bersama ditayangkan serentak pada Kamis, 15 Mei 2025 pukul 14.00 WIT. Mohon disesuaikan dengan waktu kita.

Judul: Webinar Nasional: Pembelajaran Vokasi Berbasis Proyek
Isi: Politeknik Negeri Batam dan Politeknik Negeri Jayapura mengundang seluruh dosen mengikuti webinar tentang praktik baik pembelajaran berbasis proyek di pendidikan vokasi, Selasa, 20 Mei 2025. Pendaftaran melalui tautan di course "Webinar P4M".

Terima kasih,
Rina Sembiring
P4M - Bidang Pengembangan Pembelajaran
""")

add(slug="phone-besok-jam-6-pagi", type="announcement", lang="id",
    date="2025-06-23 22:03:58", client="samsung",
    frm=("Joko Santoso", "joko.santoso@polibatam.ac.id"),
    subject="umumin dong",
    fields={"course_name": "Gambar Teknik", "title": "Tugas Gambar 3 Dikumpulkan Dalam Bentuk Cetak",
            "scope": "course", "publish_at": "2025-06-24T06:00:00+07:00"},
    body="""min tlg umumin di MK Gambar Teknik bsk jam 6 pagi ya

Tugas Gambar 3 Dikumpulkan Dalam Bentuk Cetak
tugas gambar 3 dikumpulkan cetak A3 di meja sy paling lambat jumat jam 12 siang, yg upload pdf aja gk dihitung

tks

Dikirim dari ponsel Samsung Galaxy saya.
""")

add(slug="dd-mm-yy-pkl-1300", type="announcement", lang="mixed",
    date="2026-02-26 10:33:12", client="gmail",
    frm=("Bagian Kemahasiswaan", "kemahasiswaan@polibatam.ac.id"),
    subject="Pengumuman beasiswa",
    fields={"title": "Sosialisasi Beasiswa Bank Indonesia 2026", "scope": "site",
            "publish_at": "2026-03-03T13:00:00+07:00"},
    body="""Halo P4M,

Please help tayangkan announcement ini di homepage e-learning tgl 03-03-26 pkl 13.00 ya, make sure it's visible for all students.

Sosialisasi Beasiswa Bank Indonesia 2026
Mahasiswa semester 3 dan 5 dengan IPK minimal 3,00 diundang mengikuti sosialisasi Beasiswa Bank Indonesia pada Rabu, 4 Maret 2026 pukul 09.00 di Auditorium. Berkas pendaftaran diunggah melalui SIMBEA paling lambat 20 Maret 2026.

Makasih,
Kemahasiswaan
""")

add(slug="d-m-yyyy-course-praktikum", type="announcement", lang="id",
    date="2026-09-28 16:15:27", client="thunderbird",
    frm=("Dian Permata Sari", "dian.permata@polibatam.ac.id"),
    subject="Pengumuman perubahan jadwal praktikum PCD",
    fields={"course_code": "IF3210", "course_name": "Pengolahan Citra Digital",
            "title": "Perubahan Jadwal Praktikum Mulai Minggu Ke-6", "scope": "course",
            "publish_at": "2026-10-05T07:00:00+07:00"},
    body="""Yth. Tim P4M,

Mohon dipasang pengumuman di course Pengolahan Citra Digital (IF3210),
tayang mulai 5/10/2026 jam 07.00:

Perubahan Jadwal Praktikum Mulai Minggu Ke-6

Mulai minggu ke-6, praktikum kelas IF-3A pindah ke hari Rabu pukul
15.30-17.10 di Lab Multimedia. Kelas IF-3B tetap hari Jumat. Modul
praktikum 6 (segmentasi citra) sudah tersedia di e-learning.

Terima kasih,
Dian
""")

add(slug="codeswitch-title-nya", type="announcement", lang="mixed",
    date="2026-04-08 12:07:31", client="gmail",
    frm=("Priya Raman", "priya.raman@outlook.com"),
    subject="announcement for Digital Forensics pls",
    fields={"course_code": "RKS3208", "course_name": "Digital Forensics",
            "title": "Lab Session Moved to Thursday", "scope": "course"},
    body="""Halo mas/mbak P4M,

Tolong publish announcement ini di course Digital Forensics (RKS3208) ya, title-nya "Lab Session Moved to Thursday". Saya masih belum punya hak posting di news forum.

Isinya:
This week's lab session moves from Tuesday to Thursday, same time, Lab Siber 1. Bawa write blocker yang sudah dipinjam minggu lalu, and please finish the imaging checklist before class.

Terima kasih banyak!
Priya
""")

add(slug="fwd-pesan-asli-no-year-date", type="announcement", lang="id",
    date="2026-03-11 09:48:06", client="plain",
    frm=("Admin Jurusan Teknik Elektro", "admin.elektro@polibatam.ac.id"),
    subject="TR: pengumuman pemadaman listrik",
    fields={"title": "Pemadaman Listrik Gedung Tower A", "scope": "site",
            "publish_at": "2026-03-14T07:00:00+07:00"},
    note="Forwarded with a '-----Pesan Asli-----' block; the request and the date (no year) are in the quoted part.",
    body="""mohon bantuannya

""" + pesan_asli("2026-03-10 17:21", "Ketua Jurusan Teknik Elektro", "kajur.elektro@polibatam.ac.id",
                 "pengumuman pemadaman listrik", "Admin Jurusan Teknik Elektro") + """

Tolong minta P4M tayangkan pengumuman ini untuk semua pengguna
e-learning, Sabtu 14/3 pukul 07.00:

Pemadaman Listrik Gedung Tower A
Pada Sabtu, 14 Maret 2026 pukul 08.00-16.00 akan dilakukan pemeliharaan
gardu listrik Gedung Tower A. Seluruh laboratorium di Tower A tidak dapat
digunakan dan praktikum hari itu ditiadakan.

Kajur TE
""")

add(slug="rfc822-forwarded-library", type="announcement", lang="id",
    date="2026-02-16 14:26:50", client="gmail",
    frm=("Unit Perpustakaan", "perpustakaan@polibatam.ac.id"),
    subject="Fwd: Jam layanan perpustakaan Ramadan",
    fields={"title": "Jam Layanan Perpustakaan Selama Ramadan 1447 H", "scope": "site"},
    note="The announcement is in the attached message/rfc822 part.",
    attach=[("rfc822", inner_mail("rfc822-forwarded-library", "2026-02-16 10:02:15",
                                  ("Kepala Perpustakaan", "kepala.perpus@polibatam.ac.id"),
                                  "Unit Perpustakaan <perpustakaan@polibatam.ac.id>",
                                  "Jam layanan perpustakaan Ramadan",
                                  """Tolong diteruskan ke P4M untuk dipasang di e-learning (semua pengguna):

Jam Layanan Perpustakaan Selama Ramadan 1447 H
Selama bulan Ramadan perpustakaan buka Senin-Kamis pukul 08.00-15.00 dan
Jumat pukul 08.00-11.00. Layanan peminjaman daring tetap berjalan
melalui katalog online.

Terima kasih.
"""), "Jam layanan perpustakaan Ramadan.eml")],
    body="""Mohon bantuannya ya, pesan Kepala Perpustakaan terlampir.

Salam,
Perpustakaan Polibatam
""")

add(slug="outlook-html-only-list-pkl", type="announcement", lang="id",
    date="2026-06-02 09:15:44", client="outlook_html",
    frm=("Pusat Karier Polibatam", "karier@polibatam.ac.id"),
    subject="Mohon publikasi: Program Magang Bersertifikat",
    fields={"title": "Pendaftaran Program Magang Industri Batch 4", "scope": "site",
            "publish_at": "2026-06-02T13:00:00+07:00"},
    html="\n".join([
        mso_p("Yth. Tim P4M,"), mso_p(""),
        mso_p("Mohon pengumuman berikut ditayangkan di halaman depan e-learning hari ini pkl 13.00."),
        mso_p(""),
        "<p class=\"MsoNormal\"><b>Judul: Pendaftaran Program Magang Industri Batch 4</b><o:p></o:p></p>",
        mso_p("Pusat Karier membuka pendaftaran magang industri untuk mahasiswa tingkat akhir:"),
        "<ul style=\"margin-top:0cm\" type=\"disc\">",
        "<li class=\"MsoNormal\">Pendaftaran: 3-17 Juni 2026<o:p></o:p></li>",
        "<li class=\"MsoNormal\">Mitra: 24 perusahaan di kawasan industri Batamindo dan Kabil<o:p></o:p></li>",
        "<li class=\"MsoNormal\">Syarat: transkrip, CV, surat rekomendasi kaprodi<o:p></o:p></li>",
        "</ul>",
        mso_p(""), mso_p("Terima kasih."), mso_p("Pusat Karier Politeknik Negeri Batam")]))

add(slug="thunderbird-bottom-post-en-tomorrow", type="announcement", lang="en",
    date="2026-07-14 16:48:22", client="thunderbird", content_lang="en-US",
    frm=("Martin Kowalski", "martin.kowalski@polibatam.ac.id"),
    subject="Re: [P4M #2026-0702] Guest talk announcement",
    irt="<tkt-2026-0702.ack@helpdesk.polibatam.ac.id>",
    fields={"course_code": "RKS3210", "course_name": "Secure Software Development",
            "title": "Guest Talk: Secure Coding in Practice", "scope": "course",
            "publish_at": "2026-07-15T09:00:00+07:00"},
    note="Bottom-posted reply: the new instruction is below the quote.",
    body=on_wrote("2026-07-14 10:05", "Helpdesk P4M", "helpdesk-p4m@polibatam.ac.id") + """
> Dear Mr Kowalski,
>
> We have received your request (ticket 2026-0702) to post
> "Guest Talk: Secure Coding in Practice" in the course
> Secure Software Development (RKS3210). Please tell us when it should
> be published.
>
> Regards,
> P4M Helpdesk

Tomorrow at 9:00 am please. The text in my first mail stays as it is.

Thanks,
Martin
""")

add(slug="date-without-time-no-publish", type="announcement", lang="id",
    date="2026-08-05 10:58:19", client="gmail",
    frm=("Koordinator Magang MB", "magang.mb@polibatam.ac.id"),
    subject="Pengumuman laporan magang",
    fields={"course_code": "MB4101", "course_name": "Magang Industri",
            "title": "Batas Pengumpulan Laporan Magang", "scope": "course"},
    note="Gives a publication date but no time; by the corpus convention publish_at is labelled only when a time is asked.",
    body="""Selamat pagi,

Mohon pengumuman berikut ditayangkan di course Magang Industri (MB4101) tanggal 10 Agustus.

Batas Pengumpulan Laporan Magang
Laporan magang dikumpulkan melalui e-learning paling lambat 31 Agustus 2026. Format laporan mengikuti panduan terbaru di bagian "Dokumen Magang". Laporan yang terlambat tidak dijadwalkan seminar pada periode ini.

Terima kasih,
Koordinator Magang Prodi Manajemen Bisnis
""")

add(slug="en-numbered-list-course", type="announcement", lang="en",
    date="2025-06-16 14:30:55", client="gmail",
    frm=("Hannah Weber", "hannah.weber@polibatam.ac.id"),
    subject="Please post: final project presentations",
    fields={"course_code": "TRE3208", "course_name": "Embedded Systems Design",
            "title": "Final Project Presentation Schedule", "scope": "course"},
    body="""Hi again,

Could you post this in Embedded Systems Design (TRE3208)? I still cannot find the announcement tool in the new theme.

Title: Final Project Presentation Schedule

1. Groups 1-4: Monday 23 June, 08:00-10:00, Lab Embedded
2. Groups 5-8: Tuesday 24 June, 08:00-10:00, Lab Embedded
3. Groups 9-11: Wednesday 25 June, 13:00-15:00, Room TA 10.3

Each group has 15 minutes plus 5 minutes of questions. Bring your board; a working demo counts for 40% of the grade.

Thank you!
Hannah
""")

add(slug="formal-surat-edaran-senin-depan-wib", type="announcement", lang="id",
    date="2025-08-27 15:44:31", client="zimbra",
    frm=("Wakil Direktur Bidang Akademik", "wadir1@polibatam.ac.id"),
    subject="Penayangan Surat Edaran Perkuliahan Hibrida",
    fields={"title": "Surat Edaran tentang Penyelenggaraan Perkuliahan Hibrida Semester Ganjil 2025/2026",
            "scope": "site", "publish_at": "2025-09-01T08:00:00+07:00"},
    body=wrap72("""Kepada Yth.
Kepala P4M Politeknik Negeri Batam

Dengan hormat,

Bersama ini kami mohon agar surat edaran berikut ditayangkan sebagai pengumuman pada halaman utama e-learning, mulai Senin depan pukul 08.00 WIB, dan tetap tampil selama dua minggu.

Surat Edaran tentang Penyelenggaraan Perkuliahan Hibrida Semester Ganjil 2025/2026

Memperhatikan keterbatasan ruang kelas selama renovasi Gedung Utama, perkuliahan teori untuk semester ganjil 2025/2026 dapat diselenggarakan secara hibrida dengan ketentuan sebagai berikut:
1. Paling banyak 50% pertemuan dilaksanakan daring melalui e-learning.
2. Setiap pertemuan daring memiliki aktivitas terekam (forum, kuis, atau tugas).
3. Presensi daring dicatat melalui modul Attendance pada course masing-masing.
4. Ujian tengah dan akhir semester tetap dilaksanakan luring.

Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.

Wakil Direktur Bidang Akademik
Politeknik Negeri Batam
"""))

# ==========================================================================
# elearning_support (14)
# ==========================================================================

add(slug="phone-student-gk-bs-login", type="elearning_support", lang="id",
    date="2025-02-24 22:31:07", client="samsung",
    frm=("Dimas", "4312411054@students.polibatam.ac.id"),
    subject="tlg",
    body="""kak sy gk bs login elearning dr kmrn pdhl pw sdh bnr msh aja muncul invalid login bsk ada kuis tlg dibantu tks

Dikirim dari ponsel Samsung Galaxy saya.
""")

add(slug="en-unusual-words-essay-portal", type="elearning_support", lang="en",
    date="2025-03-26 23:18:40", client="gmail",
    frm=("Lukas Brenner", "lukas.brenner.exch@gmail.com"),
    subject="Portal keeps bouncing me back",
    body="""Hi there,

I'm an exchange student from Austria this semester. Whenever I try to hand in my reflective essay on the learning portal, the spinner goes round for a minute and then I'm dumped back on the front page, and the essay box is empty again. The "Save changes" thing is greyed out as well. I tried Firefox and Chrome, at home and in the library.

The essay is due Friday noon. Is there something wrong on my side?

Cheers,
Lukas Brenner
""")

add(slug="reply-to-autoreply-new-problem", type="elearning_support", lang="id",
    date="2025-04-15 10:44:23", client="gmail",
    frm=("Teguh Santosa", "teguh.santosa@polibatam.ac.id"),
    subject="Re: Balasan Otomatis: [P4M #2025-0233] Kuis tidak tampil",
    irt="<ooo-2025-0233@polibatam.ac.id>",
    note="A reply to an out-of-office message, but it carries a new support request.",
    body="""Baik, saya tunggu Bapaknya kembali. Tapi sementara itu ada masalah baru: kuis UTS di course Mekatronika Dasar yang saya jadwalkan besok pagi tidak muncul di halaman mahasiswa, padahal sudah saya set "Show". Mohon siapa pun di P4M yang sedang bertugas bisa bantu cek hari ini.

Terima kasih,
Teguh

Pada Sen, 14 Apr 2025 pukul 16.02 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:
> Terima kasih atas email Anda. Saya sedang cuti sampai 21 April 2025.
> Untuk keperluan mendesak silakan hubungi P4M di ext. 1203.
""")

add(slug="codeswitch-belum-ke-enrol", type="elearning_support", lang="mixed",
    date="2025-09-04 08:12:55", client="iphone",
    frm=("Nadia Putri", "4342401019@students.polibatam.ac.id"),
    subject="belum ke-enrol course Kriptografi",
    body="""Hi kak, aku belum ke-enrol di course Kriptografi padahal udah KRS dan udah di-approve dosen wali. Di dashboard cuma ada 4 courses, harusnya 6. Can you help check? Thank you kak!

Dikirim dari iPhone saya
""")

add(slug="outlook-html-editing-hilang", type="elearning_support", lang="mixed",
    date="2025-09-22 07:49:31", client="outlook_html",
    frm=("Irwan Syahputra", "irwan.syahputra@polibatam.ac.id"),
    subject="Tidak bisa edit course",
    html="\n".join([
        mso_p("Selamat pagi,"), mso_p(""),
        mso_p("Sejak pagi ini saya tidak bisa mengedit course Hidrolika Terapan. The \u201cEdit mode\u201d toggle "
              "di kanan atas is gone, dan course cuma tampil as student view. Last week masih normal."),
        mso_p(""), mso_p("Apakah role saya berubah? Please check ya."), mso_p(""),
        mso_p("Salam,"), mso_p("Irwan Syahputra, S.T., M.T.")]))

add(slug="phone-student-kuis-ketutup", type="elearning_support", lang="id",
    date="2025-10-14 19:40:12", client="iphone",
    frm=("Rara", "rara.amalia03@gmail.com"),
    subject="kuis",
    body="""kak kuis MK Auditing tb2 ketutup pdhl blm wktunya, jdwlnya smp jam 9 mlm tp jam 7 udh gk bs dibuka sy blm submit sama sekali mhn dibantu

Dikirim dari iPhone saya
""")

add(slug="en-visiting-gradebook-export", type="elearning_support", lang="en",
    date="2025-11-05 14:55:08", client="outlook_html", content_lang="en-US",
    frm=("Markus Lindqvist", "markus.lindqvist@outlook.com"),
    subject="Marks export",
    html="\n".join([
        mso_p("Hello again,"), mso_p(""),
        mso_p("When I try to download the marks of my Power System Analysis group as a spreadsheet, "
              "the page says \u201cSorry, but you do not currently have permissions to do that\u201d. "
              "I need the file for the home university by next week."),
        mso_p(""), mso_p("Could my permissions be looked at?"), mso_p(""),
        mso_p("Best regards,"), mso_p("Markus")]))

add(slug="thunderbird-bottom-post-access-denied", type="elearning_support", lang="id",
    date="2025-12-09 13:02:46", client="thunderbird",
    frm=("Yuliana Sari", "yuliana.sari@polibatam.ac.id"),
    subject="Re: [P4M #2025-0904] Tidak bisa masuk course",
    irt="<tkt-2025-0904.reply1@helpdesk.polibatam.ac.id>",
    note="Bottom-posted reply: the new text is below the quote.",
    body=on_wrote_id("2025-12-08 15:30", "Helpdesk P4M", "helpdesk-p4m@polibatam.ac.id") + """
> Yth. Ibu Yuliana,
>
> Akun Ibu sudah kami tambahkan sebagai pengajar di course tersebut.
> Silakan dicoba kembali.
>
> Salam,
> Helpdesk P4M

Sudah saya coba, tapi sekarang muncul "Access denied" waktu membuka
bagian nilai. Course-nya sendiri sudah bisa dibuka.

Yuliana
""")

add(slug="fwd-inline-student-upload", type="elearning_support", lang="id",
    date="2026-01-07 09:23:14", client="gmail",
    frm=("Admin Prodi Akuntansi", "prodi.akuntansi@polibatam.ac.id"),
    subject="Fwd: tidak bisa upload tugas",
    note="Forwarded student complaint under a one-line cover note.",
    body="""mohon bantuannya

""" + gmail_fwd("2026-01-06 21:48", "Fitri Handayani", "4332301044@students.polibatam.ac.id",
                "tidak bisa upload tugas", "prodi.akuntansi@polibatam.ac.id") + """


Selamat malam Bu,

Saya Fitri, AK-3A. Saya mencoba mengunggah tugas akhir Auditing (file
PDF 18 MB) tapi selalu gagal dengan pesan "The file is too large".
Batasnya besok siang. Mohon bantuannya Bu.

Fitri
""")

add(slug="yahoo-lupa-password-email-lama", type="elearning_support", lang="id",
    date="2026-02-02 06:55:48", client="plain",
    frm=("Hendra Wijaya", "hendra_wijaya88@yahoo.co.id"),
    subject="Reset password e-learning",
    body="""Selamat pagi,

Saya Hendra Wijaya, dosen LB Teknik Elektro. Saya lupa password e-learning
dan link reset dikirim ke email kampus lama yang sudah tidak aktif. Mohon
dikirim ke email ini saja, atau direset manual.

Terima kasih,
Hendra Wijaya
""")

add(slug="en-forum-digest-not-arriving", type="elearning_support", lang="en",
    date="2026-04-21 11:36:27", client="gmail",
    frm=("Sarah O'Connell", "sarah.oconnell@polibatam.ac.id"),
    subject="Students not getting my forum posts by e-mail",
    body="""Dear helpdesk,

Several students in English for Engineering Communication tell me they no longer receive copies of my posts by e-mail since the site update, although they are subscribed. My own copies stopped too. Is the outgoing mail on the site paused?

Kind regards,
Sarah
""")

add(slug="phone-no-punct-course-ilang", type="elearning_support", lang="id",
    date="2026-05-26 20:17:35", client="samsung",
    frm=("Bagas", "4312511088@students.polibatam.ac.id"),
    subject="course ilang",
    body="""mlm kak course jarkom sy ilang dr dashboard td pagi msh ada skrg gk ada sdh sy cari di my courses jg gk ada

Dikirim dari ponsel Samsung Galaxy saya.
""")

add(slug="codeswitch-similarity-pending", type="elearning_support", lang="mixed",
    date="2026-09-15 10:09:52", client="gmail",
    frm=("Galih Permana", "galih.permana@polibatam.ac.id"),
    subject="Similarity report stuck",
    body="""Halo P4M,

Plagiarism checker di assignment "Laporan Proyek PBO" nggak jalan. Semua submission statusnya "pending" sejak Senin, similarity report nggak keluar-keluar. Is it a known issue? Saya perlu hasilnya buat grading minggu ini.

Thanks,
Galih
""")

add(slug="en-sso-name-after-marriage", type="elearning_support", lang="en",
    date="2026-10-13 08:40:16", client="outlook_html", content_lang="en-US",
    frm=("Elena Petrova-Hartono", "elena.petrova@polibatam.ac.id"),
    subject="Sign-in trouble after name change",
    html="\n".join([
        mso_p("Dear P4M,"), mso_p(""),
        mso_p("After my surname was updated in the staff directory, the single sign-on page accepts my "
              "password but then shows a blank page and returns me to the start. The old profile still "
              "shows my former surname."),
        mso_p(""), mso_p("Could someone look into my account, please?"), mso_p(""),
        mso_p("Thank you,"), mso_p("Elena Petrova-Hartono")]))

# ==========================================================================
# document_request (8)
# ==========================================================================

add(slug="formal-letter-pedoman-bahan-ajar", type="document_request", lang="id",
    date="2025-03-12 09:20:31", client="zimbra",
    frm=("Dr. Ir. Syamsul Bahri, M.T.", "syamsul.bahri@polibatam.ac.id"),
    subject="Permohonan Dokumen Pedoman Penyusunan Bahan Ajar",
    body="""Kepada Yth.
Kepala P4M Politeknik Negeri Batam

Dengan hormat,

Dalam rangka penyusunan buku ajar mata kuliah di Jurusan Teknik Mesin,
bersama ini saya memohon salinan dokumen Pedoman Penyusunan Bahan Ajar
yang berlaku di lingkungan Politeknik Negeri Batam, beserta format
halaman sampul dan lembar pengesahannya.

Atas perhatian Bapak/Ibu, saya ucapkan terima kasih.

Hormat saya,
Dr. Ir. Syamsul Bahri, M.T.
Lektor Kepala, Jurusan Teknik Mesin
""")

add(slug="phone-mhn-template-bap", type="document_request", lang="id",
    date="2025-10-03 06:47:20", client="iphone",
    frm=("Arief Munandar", "arief.munandar@polibatam.ac.id"),
    subject="bap",
    body="""pagi mhn kirim template BAP UTS yg terbaru dong, yg sy punya msh versi 2023 tks

Dikirim dari iPhone saya
""")

add(slug="en-partner-quality-policy", type="document_request", lang="en",
    date="2025-11-19 15:12:03", client="gmail",
    frm=("Dr. Aileen Tan", "aileen.tan@np.edu.sg"),
    subject="Request for quality assurance documents",
    body="""Dear P4M team,

Ahead of our joint programme review in January, could you send us Polibatam's current quality policy and the internal quality assurance (SPMI) standards that apply to diploma programmes? An English summary would be ideal if one exists.

Best regards,
Dr. Aileen Tan
Academic Partnerships, Ngee Ann Polytechnic
""")

add(slug="codeswitch-sop-upload-nilai", type="document_request", lang="mixed",
    date="2026-01-21 13:58:39", client="gmail",
    frm=("Kevin Tanjaya", "kevin.tanjaya@polibatam.ac.id"),
    subject="minta SOP upload nilai",
    body="""Hi P4M,

Boleh minta SOP upload nilai dari e-learning ke SIAKAD? Need it for the audit next week, auditor minta bukti prosedurnya tertulis.

Thanks!
Kevin
""")

add(slug="fwd-chain-manual-mutu", type="document_request", lang="id",
    date="2026-02-18 10:30:12", client="plain",
    frm=("Admin Jurusan Manajemen Bisnis", "jmb@polibatam.ac.id"),
    subject="TR: permintaan manual mutu",
    note="Forwarded with a '-----Pesan Asli-----' block; the request is in the quoted part.",
    body="""mohon bantuannya

""" + pesan_asli("2026-02-17 16:44", "Kaprodi Akuntansi Manajerial", "kaprodi.akm@polibatam.ac.id",
                 "permintaan manual mutu", "Admin JMB") + """

Tolong mintakan ke P4M file Manual Mutu dan Standar SPMI versi terbaru
(2025) untuk persiapan visitasi akreditasi prodi. Yang ada di kami masih
versi 2022.

Terima kasih.
""")

add(slug="outlook-html-formulir-course-baru", type="document_request", lang="id",
    date="2026-06-24 14:05:57", client="outlook_html",
    frm=("Siti Nurhaliza", "siti.nurhaliza@polibatam.ac.id"),
    subject="Formulir permohonan course",
    html="\n".join([
        mso_p("Selamat siang Tim P4M,"), mso_p(""),
        mso_p("Boleh saya minta formulir permohonan pembuatan course baru? Saya akan mengampu mata kuliah "
              "pilihan baru semester depan dan kaprodi meminta formulirnya diisi dulu."),
        mso_p(""), mso_p("Terima kasih."), mso_p("Siti Nurhaliza, S.E., M.Ak.")]))

add(slug="template-soal-uas-kisi-kisi", type="document_request", lang="mixed",
    date="2026-11-09 08:34:29", client="gmail",
    frm=("Maria Ulfa", "maria.ulfa@polibatam.ac.id"),
    subject="Template soal UAS",
    body="""Pagi Tim P4M,

Apakah ada template soal UAS beserta format kisi-kisi dan rubrik penilaian yang standard untuk semester ganjil ini? If it's available, please send me the Word file ya, I prefer the editable version.

Terima kasih,
Maria Ulfa
""")

add(slug="en-rubric-template-pbl", type="document_request", lang="en",
    date="2026-08-18 10:51:44", client="thunderbird", content_lang="en-US",
    frm=("Martin Kowalski", "martin.kowalski@polibatam.ac.id"),
    subject="Rubric template for project-based assessment",
    body="""Hello,

Does P4M have a standard rubric template for project-based assessment
that matches the OBE format of the RPS? I would like to use the official
one rather than make my own. A Word or Excel file is fine.

Best,
Martin Kowalski
""")

# ==========================================================================
# other (7)
# ==========================================================================

add(slug="training-new-lecturers-question", type="other", lang="id",
    date="2025-08-05 11:27:39", client="gmail",
    frm=("Raka Aditya", "raka.aditya@polibatam.ac.id"),
    subject="Pelatihan untuk dosen baru",
    note="A question about training for new lecturers; mentions courses and teaching but asks for no course change.",
    body="""Selamat siang Tim P4M,

Saya dosen baru di Prodi Teknik Informatika, mulai mengajar Sistem Operasi dan Jaringan Komputer semester ini. Apakah P4M ada jadwal pelatihan Pekerti atau pelatihan e-learning untuk dosen baru dalam waktu dekat? Bagaimana cara mendaftarnya?

Terima kasih,
Raka Aditya, M.Kom.
""")

add(slug="phone-ok-sdh-bs-tks", type="other", lang="id",
    date="2025-02-25 07:12:44", client="samsung",
    frm=("Dimas", "4312411054@students.polibatam.ac.id"),
    subject="Re: [P4M #2025-0112] tlg",
    irt="<tkt-2025-0112.reply1@helpdesk.polibatam.ac.id>",
    body="""ok kak sdh bs tks bnyk

Dikirim dari ponsel Samsung Galaxy saya.
""")

add(slug="en-partner-joint-course-idea", type="other", lang="en",
    date="2025-07-15 16:20:05", client="gmail",
    frm=("Dr. Aileen Tan", "aileen.tan@np.edu.sg"),
    subject="Joint online module - exploratory chat?",
    body="""Dear colleagues,

Our School of Engineering is exploring a short joint online module with a partner polytechnic in the region for 2026. Would P4M be open to an exploratory video call in August to discuss formats and quality requirements? No commitment at this stage.

Warm regards,
Dr. Aileen Tan
Ngee Ann Polytechnic
""")

add(slug="misdirected-legalisir-ijazah", type="other", lang="id",
    date="2025-12-29 09:55:18", client="plain",
    frm=("Suryani", "suryani.alumni@yahoo.co.id"),
    subject="Legalisir ijazah",
    note="Misdirected: alumni document legalisation belongs to the academic office.",
    body="""Selamat pagi,

Saya alumni Teknik Elektro angkatan 2018. Bagaimana cara mengurus
legalisir ijazah dan transkrip secara online? Saya sekarang bekerja di
Pekanbaru jadi sulit datang ke kampus.

Terima kasih,
Suryani
""")

add(slug="codeswitch-complaint-response-time", type="other", lang="mixed",
    date="2026-05-05 17:29:40", client="gmail",
    frm=("Andika Saputra", "andika.saputra@polibatam.ac.id"),
    subject="Feedback soal layanan helpdesk",
    body="""Hi P4M,

Just some feedback ya. Minggu lalu request saya baru dibalas setelah 4 hari, padahal urgent. Mungkin bisa ada SLA atau at least auto-update statusnya? Bukan komplain berat, cuma supaya ke depan lebih jelas.

Cheers,
Andika
""")

add(slug="en-vendor-h5p-content", type="other", lang="en",
    date="2026-07-28 09:02:11", client="outlook_html", content_lang="en-US",
    frm=("Jason Wee", "jason.wee@edupixel.sg"),
    subject="Interactive H5P content packs for Moodle",
    html="\n".join([
        mso_p("Hi P4M team,"), mso_p(""),
        mso_p("EduPixel builds ready-made interactive H5P packs for engineering and business subjects, "
              "fully compatible with Moodle 4.x and 5.x. We would love to offer Politeknik Negeri Batam a "
              "free 30-day trial for up to five courses."),
        mso_p(""), mso_p("Shall I send a short demo video?"), mso_p(""),
        mso_p("Best,"), mso_p("Jason Wee | Partnerships, EduPixel Pte Ltd")]))

add(slug="thunderbird-bottom-post-thanks-en", type="other", lang="en",
    date="2026-10-20 09:14:37", client="thunderbird", content_lang="en-US",
    frm=("Elena Petrova-Hartono", "elena.petrova@polibatam.ac.id"),
    subject="Re: [P4M #2026-0988] Sign-in trouble after name change",
    irt="<tkt-2026-0988.reply1@helpdesk.polibatam.ac.id>",
    body=on_wrote("2026-10-14 15:40", "Helpdesk P4M", "helpdesk-p4m@polibatam.ac.id") + """
> Dear Ms Petrova-Hartono,
>
> Your account has been merged with the new directory entry. Please
> sign in again and let us know if anything is still wrong.
>
> Regards,
> P4M Helpdesk

All good now, thank you very much!

Elena
""")

# ==========================================================================
# auto (8)
# ==========================================================================

add(slug="ooo-id-auto-submitted", type="auto", lang="id",
    date="2025-03-18 08:00:12", client="zimbra",
    frm=("Prof. Dr. Hasan Basri", "hasan.basri@polibatam.ac.id"),
    subject="Balasan Otomatis: [P4M #2025-0201] Permohonan Perubahan Dosen Pengampu",
    headers=[("Auto-Submitted", "auto-replied (vacation)"), ("Precedence", "bulk")],
    body="""Terima kasih atas email Bapak/Ibu. Saya sedang bertugas sebagai asesor
di luar kota sampai 24 Maret 2025 dengan akses email terbatas.

Untuk urusan perkuliahan mohon hubungi Sekretariat Jurusan Teknik
Informatika.

Hasan Basri
""")

add(slug="ooo-en-outlook-suppress", type="auto", lang="en",
    date="2025-07-22 13:45:03", client="outlook_html", content_lang="en-US",
    frm=("Markus Lindqvist", "markus.lindqvist@outlook.com"),
    subject="Automatic reply: [P4M #2025-0455] Marks export",
    headers=[("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated")],
    html="\n".join([mso_p("I am on summer leave until 11 August with no access to e-mail. "
                          "Your message will not be forwarded."),
                    mso_p(""), mso_p("Markus Lindqvist")]))

add(slug="bounce-postfix-user-unknown", type="auto", lang="en",
    date="2025-10-02 10:15:44", client="raw",
    frm=("Mail Delivery System", "MAILER-DAEMON@mx1.polibatam.ac.id"),
    return_path="",
    subject="Undelivered Mail Returned to Sender",
    headers=[("Auto-Submitted", "auto-replied")],
    root=multipart("report", [
        text_part("""This is the mail system at host mx1.polibatam.ac.id.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<4312099001@students.polibatam.ac.id>: host
    mail.polibatam.ac.id[10.10.1.25] said: 550 5.1.1
    <4312099001@students.polibatam.ac.id>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", "plain", "7bit"),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")],
             """Reporting-MTA: dns; mx1.polibatam.ac.id
X-Postfix-Queue-ID: 4F2A1C0D3E
Arrival-Date: Thu,  2 Oct 2025 10:15:43 +0700 (WIB)

Final-Recipient: rfc822; 4312099001@students.polibatam.ac.id
Original-Recipient: rfc822;4312099001@students.polibatam.ac.id
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.polibatam.ac.id
Diagnostic-Code: smtp; 550 5.1.1 <4312099001@students.polibatam.ac.id>:
    Recipient address rejected: User unknown in virtual mailbox table"""),
        Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
             """Return-Path: <helpdesk-p4m@polibatam.ac.id>
From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
To: 4312099001@students.polibatam.ac.id
Subject: [P4M #2025-0701] Permintaan Anda sudah kami terima
Date: Thu, 02 Oct 2025 10:15:40 +0700
Message-ID: <tkt-2025-0701.ack@helpdesk.polibatam.ac.id>"""),
    ], "4F2A1C0D3E.1759374944/mx1.polibatam.ac.id", extra="; report-type=delivery-status"),
    )

add(slug="moodle-notification-bulk", type="auto", lang="id",
    date="2025-11-27 23:59:02", client="plain",
    frm=("Admin E-Learning (via E-Learning Polibatam)", "noreply@learning.polibatam.ac.id"),
    subject="Pengumpulan tugas: Laporan Praktikum 5 - Fitri Handayani",
    headers=[("Precedence", "bulk"), ("Auto-Submitted", "auto-generated"),
             ("X-Course-Id", "1842"), ("List-Id", "\"Auditing\" <course1842.learning.polibatam.ac.id>"),
             ("List-Unsubscribe", "<https://learning.polibatam.ac.id/message/output/popup/notifications.php>")],
    body="""Fitri Handayani telah mengumpulkan tugas "Laporan Praktikum 5" di course
Auditing.

Lihat pengumpulan:
https://learning.polibatam.ac.id/mod/assign/view.php?id=58812&action=grading

Anda menerima pesan ini karena Anda adalah pengajar di course Auditing.
Ubah preferensi notifikasi:
https://learning.polibatam.ac.id/message/notificationpreferences.php
""")

add(slug="ooo-subject-only-balasan-otomatis", type="auto", lang="id",
    date="2026-03-23 07:30:51", client="gmail",
    frm=("Wulan Anggraini", "wulan.anggraini@polibatam.ac.id"),
    subject="Balasan Otomatis: Re: [P4M #2026-0244] Perubahan data course",
    note="Out-of-office recognisable only by its subject prefix; no auto-reply headers.",
    body="""Saya sedang cuti Idul Fitri sampai 27 Maret 2026. Email akan saya
balas setelah kembali bertugas.

Wulan
""")

add(slug="newsletter-list-id-unsubscribe", type="auto", lang="id",
    date="2026-06-30 16:00:00", client="gmail",
    frm=("Buletin LLDIKTI Wilayah X", "buletin@lldikti10.id"),
    subject="Buletin Vokasi Edisi Juni 2026",
    headers=[("Precedence", "list"), ("List-Id", "Buletin Vokasi <buletin.lldikti10.id>"),
             ("List-Unsubscribe", "<mailto:unsubscribe@lldikti10.id?subject=unsub>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")],
    body="""Buletin Vokasi - Edisi Juni 2026

Dalam edisi ini:
- Hibah pembelajaran daring 2026 dibuka
- Praktik baik LMS di politeknik wilayah X
- Jadwal sosialisasi akreditasi LAM

Baca selengkapnya di laman LLDIKTI Wilayah X.

Anda menerima buletin ini karena terdaftar di milis mitra LLDIKTI.
Berhenti berlangganan: unsubscribe@lldikti10.id
""")

add(slug="gmail-dsn-delayed", type="auto", lang="en",
    date="2026-08-26 14:22:09", client="raw",
    frm=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    return_path="",
    subject="Delivery Status Notification (Delay)",
    headers=[("Auto-Submitted", "auto-replied")],
    root=multipart("report", [
        text_part("""** Message delayed **

There was a temporary problem delivering your message to
tomas.herrera.mx@gmail.com. Gmail will retry for 45 more hours.
You'll be notified if the delivery fails permanently.

The response was:
The recipient server did not accept our requests to connect.
""", "plain", "7bit"),
        Part([("Content-Type", "message/delivery-status")],
             """Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 25 Aug 2026 14:20:11 +0700

Final-Recipient: rfc822; tomas.herrera.mx@gmail.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; The recipient server did not accept our requests to connect.
Will-Retry-Until: Fri, 28 Aug 2026 14:20:11 +0700"""),
    ], "000000000000" + "7c1e0b4a9d2f3e58", extra="; report-type=delivery-status"),
    )

add(slug="ooo-x-autoreply-en-phone", type="auto", lang="en",
    date="2026-11-16 06:12:40", client="iphone",
    frm=("Hannah Weber", "hannah.weber@polibatam.ac.id"),
    subject="Automatic reply: [P4M #2026-1102] Rubric template",
    headers=[("X-Autoreply", "yes")],
    body="""I'm travelling to a conference until 23 November with limited e-mail.
For urgent matters about TRE3208 please contact the Electrical Engineering
department office.

Hannah Weber
""")

# ==========================================================================
# checks and output
# ==========================================================================

TYPES = ["course_data", "announcement", "elearning_support", "document_request", "other", "auto"]
FIELD_KEYS = {"course_code", "course_name", "changes", "title", "publish_at", "scope"}
CHANGE_KEYS = {"fullname", "shortname", "lecturer", "class", "semester", "credits", "enrolment_key", "summary"}
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")


def _norm(s):
    return re.sub(r"\s+", " ", s).strip()


def _docx_text(data):
    try:
        import docx  # python-docx, from /work/main/.venv
        d = docx.Document(io.BytesIO(data))
        return "\n".join(p.text for p in d.paragraphs)
    except ImportError:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            x = z.read("word/document.xml").decode()
        return html.unescape(re.sub(r"<[^>]+>", " ", x.replace("</w:p>", "\n")))


def all_text(msg):
    """Subject + every decoded text part, de-tagged HTML, DOCX/PDF text, nested messages."""
    out = [str(msg.get("subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            out.append(html.unescape(re.sub(r"<[^>]+>", " ", part.get_content())))
        elif ct == "application/pdf":
            out.append(pdf_text(part.get_payload(decode=True)))
        elif ct.endswith("wordprocessingml.document"):
            out.append(_docx_text(part.get_payload(decode=True)))
        elif ct == "message/rfc822":
            out.append(str(part.get_payload(0).get("subject", "")))
    return "\n".join(out)


def verify(data, e, fname):
    import email.policy
    from email.parser import BytesParser
    assert b"\n" not in data.replace(b"\r\n", b""), fname + ": bare LF"
    assert b"\r" not in data.replace(b"\r\n", b""), fname + ": bare CR"
    for line in data.split(b"\r\n"):
        assert len(line) <= 998, fname + ": line too long"
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    for part in msg.walk():
        assert not part.defects, "%s: defects %r" % (fname, part.defects)
        for k in part.keys():
            hv = part[k]
            assert not getattr(hv, "defects", ()), "%s: header defects %s %r" % (fname, k, hv.defects)
    assert msg["date"].datetime == dtp(e["date"]), fname
    assert str(msg["subject"]) == e["subject"], (fname, str(msg["subject"]))
    a = msg["from"].addresses[0]
    assert a.addr_spec == e["frm"][1] and a.display_name == e["frm"][0], (fname, a)
    for part in msg.walk():
        if part.get_content_disposition() == "attachment" and part.get_content_type() != "message/rfc822":
            assert len(part.get_payload(decode=True)) < 30 * 1024, fname
    t = e["type"]
    assert t in TYPES and e["lang"] in ("id", "en", "mixed"), fname
    f = e.get("fields", {})
    assert set(f) <= FIELD_KEYS, fname
    if t not in ("course_data", "announcement"):
        assert not f, fname
    if t == "announcement":
        assert f.get("scope") in ("course", "site") and "changes" not in f, fname
    if t == "course_data":
        assert "changes" in f and not ({"title", "publish_at", "scope"} & set(f)), fname
        assert set(f["changes"]) <= CHANGE_KEYS, fname
    if "publish_at" in f:
        assert ISO_RE.match(f["publish_at"]), fname
    hay = _norm(all_text(msg))
    for k in ("course_code", "course_name", "title"):
        if k in f:
            assert _norm(f[k]) in hay, "%s: %s %r not in text" % (fname, k, f[k])
    for k, v in f.get("changes", {}).items():
        assert _norm(v) in hay, "%s: changes.%s %r not in text" % (fname, k, v)


def main():
    out_dir = os.path.dirname(os.path.abspath(__file__))
    items = sorted(EMAILS, key=lambda e: dtp(e["date"]))
    assert len({e["slug"] for e in items}) == len(items), "duplicate slug"
    assert len({e["date"] for e in items}) == len(items), "duplicate date"
    labels, written = {}, set()
    for i, e in enumerate(items, 1):
        d = dtp(e["date"])
        assert dt.datetime(2025, 2, 1, tzinfo=WIB) <= d < dt.datetime(2026, 12, 1, tzinfo=WIB), e["slug"]
        fname = "%03d-%s.eml" % (i, e["slug"])
        data = build(e)
        verify(data, e, fname)
        with open(os.path.join(out_dir, fname), "wb") as fh:
            fh.write(data)
        written.add(fname)
        labels[fname] = {"type": e["type"], "lang": e["lang"], "fields": e.get("fields", {}),
                         "note": e.get("note", "")}
    for name in os.listdir(out_dir):
        if re.match(r"^\d{3}-.*\.eml$", name) and name not in written:
            os.remove(os.path.join(out_dir, name))
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(items), out_dir))
    for t in TYPES:
        print("  %-18s %3d" % (t, sum(1 for e in items if e["type"] == t)))
    for l in ("id", "en", "mixed"):
        print("  lang %-13s %3d" % (l, sum(1 for e in items if e["lang"] == l)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

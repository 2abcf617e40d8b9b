#!/usr/bin/env python3
"""Generate the ninth P4M helpdesk TUNING corpus, part "reading" (labelled request e-mails).

Aimed at the READING of mail before it is understood: client layouts the other corpora lack (Outlook for Mac,
Apple Mail, the Gmail app, Yahoo, Roundcube, Zimbra web, Lotus Notes, Thunderbird format=flowed), charsets
(windows-1252, iso-8859-1, and windows-1252 bytes labelled iso-8859-1), HTML with nested tables, <br>-only
paragraphs and lists, legal disclaimers, forwarded chains two levels deep (inline and message/rfc822), and
attachments (DOCX with tables, PDF, ODT).  The wording of each request is ordinary on purpose: a miss here is a
miss of the reading, not of the language.  Near-misses (a thank-you above a quoted request, a disclaimer full of
change words) must not be read as requests.

Stdlib only, deterministic (boundaries, Message-IDs and attachment bytes derive from each mail's slug), CRLF,
every mail parses without defects under email.policy.default, every labelled string is verbatim in the decoded
mail.  Every body was written by hand, and the batch was scored on the unchanged code before any rule changed.
Run:  python3 make_tune9_reading.py
"""

import datetime as dt
import hashlib
import html
import io
import json
import os
import re
import sys
import zipfile
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP
from email.policy import default as DEFAULT
from email.utils import format_datetime, formataddr

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
WIB = dt.timezone(dt.timedelta(hours=7))
HELPDESK = "helpdesk-p4m@polibatam.ac.id"
DESK = ("Helpdesk P4M", HELPDESK)
POLICY = SMTP.clone(max_line_length=78)
MAILS = []
ZIPTIME = (2026, 1, 1, 0, 0, 0)

MAILERS = {
    "outlook-mac": ("User-Agent", "Microsoft-MacOutlook/16.91.24111020"),
    "apple": ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"),
    "gmail-app": (None, None),
    "gmail": (None, None),
    "yahoo": ("X-Mailer", "WebService/1.1.22876 YMailNorrin"),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"),
    "zimbra": ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4546)"),
    "notes": ("X-Mailer", "Lotus Notes Release 9.0.1FP10 SHF68 September 20, 2019"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "outlook-web": ("X-MS-Has-Attach", ""),
}


def H(slug, salt, n=16):
    return hashlib.sha256(("%s|%s" % (slug, salt)).encode()).hexdigest()[:n]


def when(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=WIB)


def M(slug, date, sender, subject, type_, lang, fields=None, note="", client="gmail", plain=None, html_body=None,
      charset="utf-8", cte=None, flowed=False, att=(), raw_charset=None, reply=False):
    """plain and/or html_body: the parts the client writes (both: multipart/alternative)."""
    MAILS.append(dict(slug=slug, date=date, sender=sender, subject=subject, type=type_, lang=lang,
                      fields=fields or {}, note=note, client=client, plain=plain, html=html_body, charset=charset,
                      cte=cte, flowed=flowed, att=list(att), raw_charset=raw_charset, reply=reply))


# ---------------------------------------------------------------- documents

def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            info = zipfile.ZipInfo(name, ZIPTIME)
            info.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data.encode("utf-8"))
    return buf.getvalue()


def _w_para(text):
    return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(text, quote=False)


def _w_table(rows):
    """rows: lists of cells; a cell is a string or a nested table (a list of rows)."""
    out = ["<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>"]
    for row in rows:
        out.append("<w:tr>")
        for cell in row:
            inner = _w_table(cell) + _w_para("") if isinstance(cell, list) else _w_para(cell)
            out.append("<w:tc>%s</w:tc>" % inner)
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def _w_control(block):
    """A Word content control (the fields of a form template): inline after a label, or a whole paragraph."""
    if "block" in block:
        return "<w:sdt><w:sdtPr><w:alias w:val=\"Isian\"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>" % (
            _w_para(block["block"]))
    return ('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r><w:sdt><w:sdtPr><w:alias w:val="Isian"/></w:sdtPr>'
            "<w:sdtContent><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:sdtContent></w:sdt></w:p>"
            % (html.escape(block["label"], quote=False), html.escape(block["value"], quote=False)))


def make_docx(blocks):
    """blocks: strings (paragraphs), lists (tables) and dicts (content controls), in document order."""
    body = "".join(_w_table(b) if isinstance(b, list) else _w_control(b) if isinstance(b, dict) else _w_para(b)
                   for b in blocks)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body>%s<w:sectPr/></w:body></w:document>" % body)
    return _zip([
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", doc),
    ])


def make_odt(blocks):
    """blocks: strings (paragraphs) and lists (tables of string cells), in document order."""
    parts = []
    for block in blocks:
        if isinstance(block, list):
            width = max(len(row) for row in block)
            rows = "".join("<table:table-row>%s</table:table-row>" % "".join(
                "<table:table-cell><text:p>%s</text:p></table:table-cell>" % html.escape(c, quote=False)
                for c in row) for row in block)
            parts.append('<table:table table:name="T1"><table:table-column table:number-columns-repeated="%d"/>'
                         "%s</table:table>" % (width, rows))
        else:
            parts.append("<text:p>%s</text:p>" % html.escape(block, quote=False))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
               "<office:body><office:text>%s</office:text></office:body></office:document-content>" % "".join(parts))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.'
                'opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    return _zip([("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content),
                 ("META-INF/manifest.xml", manifest)])


def _pdf_str(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages):
    """pages: lists of lines; one PDF page each."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", None,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for lines in pages:
        ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"] + ["(%s) Tj T*" % _pdf_str(l) for l in lines] + ["ET"]
        stream = "\n".join(ops).encode("latin-1")
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % content)
        kids.append(len(objs))
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def inner_message(sender, date, subject, body, to=DESK, att=()):
    """A whole message passed on as a message/rfc822 part (it may carry one of its own)."""
    inner = EmailMessage(policy=DEFAULT)
    inner["From"] = formataddr(sender)
    inner["To"] = formataddr(to)
    inner["Date"] = format_datetime(when(date))
    inner["Subject"] = subject
    inner["Message-ID"] = "<%s@%s>" % (H(subject + date, "inner"), sender[1].split("@")[1])
    inner.set_content(body)
    for item in att:
        inner.add_attachment(item)
    return inner


# ---------------------------------------------------------------- building

def build(m):
    slug, d = m["slug"], when(m["date"])
    msg = EmailMessage(policy=DEFAULT)
    name, addr = m["sender"]
    domain = addr.split("@")[1]
    msg["Return-Path"] = "<%s>" % addr
    msg["Received"] = ("from mail.%s by mx.polibatam.ac.id (Postfix) with ESMTPS id %s for <%s>; %s"
                       % (domain, H(slug, "q", 12).upper(), HELPDESK, format_datetime(d + dt.timedelta(seconds=4))))
    msg["From"] = formataddr((name, addr))
    msg["To"] = formataddr(DESK)
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = "<%s.%d@%s>" % (H(slug, "mid", 20), int(d.timestamp()), domain)
    if m["reply"]:
        ref = "<%s@polibatam.ac.id>" % H(slug, "ref", 20)
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    header, value = MAILERS[m["client"]]
    if header:
        msg[header] = value
    plain, body_html, charset = m["plain"], m["html"], m["charset"]
    if plain is not None:
        params = {"format": "flowed"} if m["flowed"] else {}
        msg.set_content(plain, charset=charset, cte=m["cte"] or ("quoted-printable" if charset != "utf-8" else None),
                        params=params)
        if body_html is not None:
            msg.add_alternative(body_html, subtype="html", charset=charset, cte="quoted-printable")
    else:
        msg.set_content(body_html, subtype="html", charset=charset, cte=m["cte"] or "quoted-printable")
    for kind, filename, content in m["att"]:
        if kind == "docx":
            msg.add_attachment(make_docx(content), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=filename)
        elif kind == "odt":
            msg.add_attachment(make_odt(content), maintype="application",
                               subtype="vnd.oasis.opendocument.text", filename=filename)
        elif kind == "pdf":
            msg.add_attachment(make_pdf(content), maintype="application", subtype="pdf", filename=filename)
        elif kind == "eml":
            msg.add_attachment(content)
    n = 0
    for part in msg.walk():
        if part is not msg and "From" not in part:
            del part["MIME-Version"]
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary("----=_Part_%d_%s" % (n, H(slug, "b%d" % n, 18)))
    data = msg.as_bytes(policy=POLICY)
    if m["raw_charset"]:
        # The client declares one charset and writes another (windows-1252 bytes labelled iso-8859-1).
        declared, written = m["raw_charset"]
        data = data.replace(('charset="%s"' % written).encode(), ('charset="%s"' % declared).encode())
    return data


# ---------------------------------------------------------------- checks

def _xml_text(xml):
    xml = re.sub(r"</(?:w:p|text:p|text:h)>", "\n", xml)
    return html.unescape(re.sub(r"<[^>]+>", " ", xml))


def decoded_text(msg):
    chunks = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == "text/plain":
            chunks.append(part.get_content())
        elif ctype == "text/html":
            h = re.sub(r"(?i)<br\s*/?>|</(p|div|td|tr|li)>", "\n", part.get_content())
            chunks.append(html.unescape(re.sub(r"<[^>]+>", " ", h)))
        elif ctype == "application/pdf":
            for found in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", part.get_content()):
                chunks.append(re.sub(rb"\\(.)", rb"\1", found.group(1)).decode("latin-1"))
        elif ctype.endswith("wordprocessingml.document"):
            chunks.append(_xml_text(zipfile.ZipFile(io.BytesIO(part.get_content())).read("word/document.xml")
                                    .decode()))
        elif ctype == "application/vnd.oasis.opendocument.text":
            chunks.append(_xml_text(zipfile.ZipFile(io.BytesIO(part.get_content())).read("content.xml").decode()))
        elif ctype == "message/rfc822":
            chunks.append(str(part.get_content().get("Subject", "")))
    return "\n".join(chunks)


def flat(s):
    return " ".join(s.split())


def check(data, m):
    problems = []
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        problems.append("line endings are not CRLF")
    msg = message_from_bytes(data, policy=DEFAULT)
    for part in msg.walk():
        if part.defects:
            problems.append("defects: %r" % part.defects)
    text = flat(decoded_text(msg))
    values = []
    for key, value in m["fields"].items():
        if key == "changes":
            values += list(value.values())
        elif key not in ("publish_at", "scope"):
            values.append(value)
    for value in values:
        if flat(value) not in text:
            problems.append("label value not in text: %r" % value)
    if "publish_at" in m["fields"] and not m["fields"]["publish_at"].endswith("+07:00"):
        problems.append("publish_at not +07:00")
    for key in m["fields"].get("changes", {}):
        if key not in ("fullname", "shortname", "lecturer", "class", "semester", "credits", "enrolment_key",
                       "summary"):
            problems.append("bad change key %s" % key)
    return problems


def main():
    for name in os.listdir(OUT_DIR):
        if re.match(r"^\d{3}-.*\.eml$", name):
            os.remove(os.path.join(OUT_DIR, name))
    labels, failed = {}, False
    for i, m in enumerate(sorted(MAILS, key=lambda m: when(m["date"])), 1):
        name = "%03d-%s.eml" % (i, m["slug"])
        data = build(m)
        for problem in check(data, m):
            print("%s: %s" % (name, problem), file=sys.stderr)
            failed = True
        with open(os.path.join(OUT_DIR, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"type": m["type"], "lang": m["lang"], "fields": m["fields"], "note": m["note"]}
    with open(os.path.join(OUT_DIR, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    counts = {}
    for label in labels.values():
        counts[label["type"]] = counts.get(label["type"], 0) + 1
    print("wrote %d messages: %s" % (len(labels), counts))
    return 1 if failed else 0


# ============================================================================
# The messages.  Dates are WIB; the files are numbered in Date order.
# ============================================================================

def q(text, mark="> "):
    """Quote every line the way plain-text clients do."""
    return "\n".join((mark + line).rstrip() for line in text.split("\n"))


def esc(text):
    return html.escape(text, quote=False)


def divs(text):
    """Gmail/Apple style: one <div> per line, <br> for an empty line."""
    return "\n".join("<div>%s</div>" % esc(l) if l.strip() else "<div><br></div>" for l in text.split("\n"))


def brs(text):
    """Yahoo/Outlook.com style: one block, lines and paragraphs separated by <br> only."""
    return "<br>".join(esc(l) for l in text.split("\n"))


ASK = """Yth. Bapak/Ibu,

Terima kasih atas permintaannya. Mohon sebutkan kode mata kuliah dan nama
baru yang diinginkan agar dapat kami proses.

Salam,
Rina - Helpdesk P4M"""

# ---------------------------------------------------------------- Outlook for Mac

M("outlookmac-html-reply-nama-baru-atas-kutipan", "2026-12-01 08:12",
  ("Hendra Saputra, M.T.", "hendra.saputra@polibatam.ac.id"),
  "Re: [P4M #2026-0311] Perubahan nama mata kuliah", "course_data", "id",
  {"course_code": "EL3205", "course_name": "Sistem Kendali",
   "changes": {"fullname": "Sistem Kendali Digital"}},
  note="Outlook for Mac HTML-only reply: the new text above an attribution block in MAC_OUTLOOK_ATTRIBUTION_BLOCKQUOTE; "
       "the quoted question names another course.",
  client="outlook-mac", reply=True, html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Aptos,sans-serif;font-size:12pt">
<div class="elementToProof">Selamat pagi Bu Rina,</div>
<div class="elementToProof"><br></div>
<div class="elementToProof">Kode mata kuliahnya EL3205 Sistem Kendali. Nama barunya: Sistem Kendali Digital.</div>
<div class="elementToProof"><br></div>
<div class="elementToProof">Terima kasih,</div>
<div class="elementToProof">Hendra</div>
<div><br></div>
<div id="mail-editor-reference-message-container">
<div class="ms-outlook-mobile-reference-message">
<div id="MAC_OUTLOOK_ATTRIBUTION_BLOCKQUOTE" style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0 0 0">
<b>From: </b>Helpdesk P4M &lt;helpdesk-p4m@polibatam.ac.id&gt;<br>
<b>Date: </b>Monday, 30 November 2026 at 15:40<br>
<b>To: </b>Hendra Saputra &lt;hendra.saputra@polibatam.ac.id&gt;<br>
<b>Subject: </b>[P4M #2026-0311] Perubahan nama mata kuliah<br>
</div>
<div><br></div>
<div>Yth. Bapak Hendra,<br><br>Apakah yang dimaksud mata kuliah EL2101 Rangkaian Listrik? Mohon sebutkan kode dan nama baru yang diinginkan.<br><br>Salam,<br>Rina - Helpdesk P4M</div>
</div></div>
</body></html>
""")

M("outlookmac-plain-fw-tanpa-prefiks", "2026-12-01 09:30",
  ("Sekretariat Prodi Teknik Informatika", "prodi.if@polibatam.ac.id"),
  "Permintaan kaprodi: short name course", "course_data", "id",
  {"course_code": "IF3108", "course_name": "Keamanan Jaringan",
   "changes": {"shortname": "IF3108-KEAMJAR"}},
  note="Outlook for Mac plain text passing a message on without FW: in the subject; its header block has 'Date: "
       "Monday, ... at ...'.",
  client="outlook-mac", plain="""Mohon bantuannya ya.

From: Ahmad Fauzi <ahmad.fauzi@polibatam.ac.id>
Date: Monday, 30 November 2026 at 16:02
To: Sekretariat Prodi Teknik Informatika <prodi.if@polibatam.ac.id>
Subject: short name course Keamanan Jaringan

Bu, tolong sampaikan ke P4M: short name course IF3108 Keamanan Jaringan di e-learning mohon diganti menjadi IF3108-KEAMJAR supaya sama dengan SIAKAD.

Terima kasih,
Ahmad Fauzi
""")

# ---------------------------------------------------------------- Apple Mail

M("apple-html-begin-forwarded-bold-labels", "2026-12-01 10:05",
  ("Maria Ulfa", "maria.ulfa@polibatam.ac.id"),
  "Fwd: Pengumuman praktikum Fisika Dasar", "announcement", "id",
  {"course_code": "UM1104", "course_name": "Fisika Dasar", "title": "Praktikum Fisika Minggu Depan Diliburkan",
   "scope": "course", "publish_at": "2026-12-03T07:00:00+07:00"},
  note="Apple Mail HTML forward: 'Begin forwarded message:' with bold header labels in blockquote type=cite.",
  client="apple", plain="""Tolong dibantu ya, terima kasih.

Begin forwarded message:

From: Yusuf Hamdani <yusuf.hamdani@polibatam.ac.id>
Subject: Pengumuman praktikum Fisika Dasar
Date: 1 December 2026 at 09.48.10 GMT+7
To: Maria Ulfa <maria.ulfa@polibatam.ac.id>

Mbak Maria, tolong mintakan ke P4M pengumuman di kelas Fisika Dasar (UM1104) dengan judul "Praktikum Fisika Minggu Depan Diliburkan". Tayang Kamis 3 Desember 2026 jam 07.00.

Yusuf
""", html_body="""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">Tolong dibantu ya, terima kasih.<br id="lineBreakAtBeginningOfMessage"><div><br><blockquote type="cite"><div>Begin forwarded message:</div><br class="Apple-interchange-newline"><div style="margin-top: 0px; margin-right: 0px; margin-bottom: 0px; margin-left: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;"><b>From: </b></span><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;">Yusuf Hamdani &lt;yusuf.hamdani@polibatam.ac.id&gt;<br></span></div><div style="margin: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;"><b>Subject: </b></span><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;"><b>Pengumuman praktikum Fisika Dasar</b><br></span></div><div style="margin: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;"><b>Date: </b></span><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;">1 December 2026 at 09.48.10 GMT+7<br></span></div><div style="margin: 0px;"><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;"><b>To: </b></span><span style="font-family: -webkit-system-font, Helvetica Neue, Helvetica, sans-serif;">Maria Ulfa &lt;maria.ulfa@polibatam.ac.id&gt;<br></span></div><br><div><div>Mbak Maria, tolong mintakan ke P4M pengumuman di kelas Fisika Dasar (UM1104) dengan judul "Praktikum Fisika Minggu Depan Diliburkan". Tayang Kamis 3 Desember 2026 jam 07.00.</div><div><br></div><div>Yusuf</div></div></blockquote></div><br></body></html>
""")

M("apple-plain-iso88591-reply-dosen-aksen", "2026-12-01 13:20",
  ("Dr. José Fernandes", "jose.fernandes@polibatam.ac.id"),
  "Re: [P4M #2026-0315] Lecturer name on the course page", "course_data", "en",
  {"course_code": "MB3202", "course_name": "International Marketing",
   "changes": {"lecturer": "Dr. José Fernandes, M.Sc."}},
  note="Apple Mail plain text in iso-8859-1 quoted-printable (an accented name); 'On ..., at ..., X wrote:'.",
  client="apple", charset="iso-8859-1", reply=True, plain="""Dear Rina,

The course is MB3202 International Marketing. Please show the lecturer as Dr. José Fernandes, M.Sc. instead of the previous name.

Many thanks,
José

> On 30 Nov 2026, at 14:55, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
>
> Dear Dr. Fernandes,
>
> Which course page shows the wrong lecturer, and how should the name be written?
>
> Kind regards,
> Rina - Helpdesk P4M
""")

# ---------------------------------------------------------------- Gmail app

M("gmail-android-pada-menulis-dua-baris", "2026-12-02 06:45",
  ("Fikri Ramadhan", "fikri.ramadhan@polibatam.ac.id"),
  "Re: [P4M #2026-0318] Pengumuman kelas", "announcement", "id",
  {"course_code": "IF2204", "course_name": "Basis Data Lanjut", "title": "Kuis 2 Diundur",
   "scope": "course", "publish_at": "2026-12-03T06:00:00+07:00"},
  note="Gmail app reply: Indonesian attribution wrapped over two lines; the quoted helpdesk text repeats an older "
       "title that must not be taken.",
  client="gmail-app", reply=True, plain="""Oh iya maaf kurang lengkap. Kelasnya IF2204 Basis Data Lanjut, judulnya "Kuis 2 Diundur". Tayang besok jam 6 pagi.

Pada Rab, 2 Des 2026 06.30, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:

> Yth. Bapak Fikri,
>
> Untuk pengumuman "Kuis 1 Dibatalkan" mohon sebutkan kelasnya dan kapan
> ditayangkan.
>
> Salam,
> Rina
""", html_body="""<div dir="auto">Oh iya maaf kurang lengkap. Kelasnya IF2204 Basis Data Lanjut, judulnya "Kuis 2 Diundur". Tayang besok jam 6 pagi.</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">Pada Rab, 2 Des 2026 06.30, Helpdesk P4M &lt;<a href="mailto:helpdesk-p4m@polibatam.ac.id">helpdesk-p4m@polibatam.ac.id</a>&gt;<br>menulis:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">Yth. Bapak Fikri,<br><br>Untuk pengumuman "Kuis 1 Dibatalkan" mohon sebutkan kelasnya dan kapan<br>ditayangkan.<br><br>Salam,<br>Rina</blockquote></div>
""")

M("gmail-android-balasan-kosong-terima-kasih", "2026-12-02 07:10",
  ("Lestari Wulandari", "lestari.w@polibatam.ac.id"),
  "Re: [P4M #2026-0301] Ganti nama MK Statistika", "other", "id", {},
  note="Near-miss: a thank-you above the full quoted request (which asks for a rename); nothing new is asked.",
  client="gmail-app", reply=True, plain="""Sudah berubah, makasih banyak min 🙏

Pada Sen, 30 Nov 2026 pukul 10.12 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:

> Yth. Ibu Lestari, perubahan sudah kami terapkan.
>
> Pada Jum, 27 Nov 2026 pukul 08.00 Lestari Wulandari <lestari.w@polibatam.ac.id> menulis:
>> Mohon nama mata kuliah MA1102 Statistika diubah menjadi Statistika Terapan.
""", html_body="""<div dir="auto">Sudah berubah, makasih banyak min 🙏</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Pada Sen, 30 Nov 2026 pukul 10.12 Helpdesk P4M &lt;helpdesk-p4m@polibatam.ac.id&gt; menulis:<br></div><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">Yth. Ibu Lestari, perubahan sudah kami terapkan.<br><br><div class="gmail_quote"><div class="gmail_attr">Pada Jum, 27 Nov 2026 pukul 08.00 Lestari Wulandari &lt;lestari.w@polibatam.ac.id&gt; menulis:<br></div><blockquote class="gmail_quote">Mohon nama mata kuliah MA1102 Statistika diubah menjadi Statistika Terapan.</blockquote></div></blockquote></div>
""")

# ---------------------------------------------------------------- Yahoo

M("yahoo-html-only-br-paragraf-judul", "2026-12-02 11:25",
  ("Rudi Hartono", "rudi_hartono77@yahoo.co.id"),
  "pengumuman kelas Gambar Teknik", "announcement", "id",
  {"course_code": "MT1103", "course_name": "Gambar Teknik", "title": "Tugas Gambar Proyeksi Dikumpulkan Senin",
   "scope": "course", "publish_at": "2026-12-04T08:00:00+07:00"},
  note="Yahoo HTML only: paragraphs separated by <br><br> inside one div, label lines 'Judul:' and 'Tayang:'.",
  client="yahoo", html_body="""<html><head></head><body><div class="ydp5c3a1b2cyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">Selamat siang tim P4M,<br><br>Saya dosen luar biasa pengampu Gambar Teknik (MT1103). Mohon dipasang pengumuman di course tersebut:<br><br>Judul: Tugas Gambar Proyeksi Dikumpulkan Senin<br>Tayang: Jumat, 4 Desember 2026 pukul 08.00<br><br>Isinya: tugas gambar proyeksi ortogonal dikumpulkan dalam bentuk kertas A3 pada hari Senin di bengkel gambar.<br><br>Terima kasih,<br>Rudi Hartono</div></div></body></html>
""")

M("yahoo-mobile-sent-from-kutipan-lama", "2026-12-02 19:40",
  ("Dewi Anggraini", "dewi_anggraini@yahoo.com"),
  "Re: kunci pendaftaran", "course_data", "id",
  {"course_code": "AK2103", "course_name": "Akuntansi Biaya", "changes": {"enrolment_key": "biaya2026"}},
  note="Yahoo Mail on Android: 'Sent from Yahoo Mail on Android' under the new text, then the quote with a "
       "Yahoo attribution and an older key that must not be taken.",
  client="yahoo", reply=True, plain="""Min, enrolment key Akuntansi Biaya (AK2103) tolong diganti jadi biaya2026 ya, yang kemarin sudah tersebar ke kelas lain.

Sent from Yahoo Mail on Android

  On Tue, Dec 1, 2026 at 20:15, Helpdesk P4M<helpdesk-p4m@polibatam.ac.id> wrote:   Yth. Ibu Dewi,
Enrolment key course AK2103 sudah kami atur menjadi akbiaya26.
Salam,
Rina
""", html_body="""<div id="ymail_android_signature"><div>Min, enrolment key Akuntansi Biaya (AK2103) tolong diganti jadi biaya2026 ya, yang kemarin sudah tersebar ke kelas lain.</div><br><a id="ymail_android_signature_link" href="https://mail.onelink.me/107872968?pid=nativeplacement">Sent from Yahoo Mail on Android</a></div><br><div class="ydp-quoted"><div class="yahoo_quoted" id="yahoo_quoted_8831402265">  <div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>On Tue, Dec 1, 2026 at 20:15, Helpdesk P4M</div><div>&lt;helpdesk-p4m@polibatam.ac.id&gt; wrote:</div><blockquote style="margin:0 0 20px 0;"><div>Yth. Ibu Dewi,<br>Enrolment key course AK2103 sudah kami atur menjadi akbiaya26.<br>Salam,<br>Rina</div></blockquote></div></div></div>
""")

# ---------------------------------------------------------------- Roundcube

M("roundcube-bottom-post-pada-menulis", "2026-12-03 08:05",
  ("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
  "Re: [P4M #2026-0322] Data mata kuliah", "course_data", "id",
  {"course_code": "RK2201", "course_name": "Jaringan Komputer", "changes": {"class": "RKS-2B"}},
  note="Roundcube plain text, bottom-posted under 'Pada 2026-12-02 16:20, ... menulis:'.",
  client="roundcube", reply=True, plain="""Pada 2026-12-02 16:20, Helpdesk P4M menulis:
> Yth. Bapak Taufik,
>
> Data apa yang perlu diubah pada course Bapak?
>
> Salam,
> Rina - Helpdesk P4M

Course RK2201 Jaringan Komputer, kelasnya mohon diubah menjadi RKS-2B
(sebelumnya tertulis RKS-2A).

--
Taufik Hidayat
Dosen Rekayasa Keamanan Siber
""")

M("roundcube-html-signature-div-disclaimer", "2026-12-03 09:40",
  ("Nur Aini", "nur.aini@polibatam.ac.id"),
  "Pengumuman untuk semua mahasiswa", "announcement", "id",
  {"title": "Survei Kepuasan Layanan Akademik 2026", "scope": "site",
   "publish_at": "2026-12-07T08:00:00+07:00"},
  note="Roundcube HTML: signature in <div id=\"signature\"> with '-- ', and a unit disclaimer mentioning an "
       "'informasi perubahan jadwal' that must not be read.",
  client="roundcube", html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>
<p>Yth. Tim P4M,</p>
<p>Mohon ditayangkan pengumuman di halaman depan e-learning untuk semua mahasiswa dengan judul "Survei Kepuasan Layanan Akademik 2026".</p>
<p>Waktu tayang: Senin, 7 Desember 2026 pukul 08.00 WIB.</p>
<p>Isi: seluruh mahasiswa diminta mengisi survei kepuasan layanan akademik melalui SIAKAD paling lambat 18 Desember 2026.</p>
<p>Terima kasih.</p>
<div id="signature">-- <br />Nur Aini<br />Unit Penjaminan Mutu<br />Politeknik Negeri Batam<br /><br /><span style="font-size: 8pt; color: #888888;">Informasi perubahan jadwal layanan UPM diumumkan setiap hari Senin di papan pengumuman gedung utama. Email ini hanya ditujukan kepada penerima yang dimaksud.</span></div>
</body></html>
""")

# ---------------------------------------------------------------- Zimbra web

M("zimbra-html-only-hr-zwchr-dari-kepada", "2026-12-03 14:15",
  ("Bambang Priyanto", "bambang.priyanto@polibatam.ac.id"),
  "Re: [P4M #2026-0325] Dosen pengampu", "course_data", "id",
  {"course_code": "MT2204", "course_name": "Mekanika Fluida",
   "changes": {"lecturer": "Ir. Slamet Riyadi, M.T."}},
  note="Zimbra web HTML only: quote starts at <hr id=\"zwchr\"> with Dari/Kepada/Terkirim/Subjek; the quoted text "
       "names another lecturer.",
  client="zimbra", reply=True, html_body="""<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>Selamat siang,</div><div><br data-mce-bogus="1"></div><div>Untuk MT2204 Mekanika Fluida, dosen pengampu mohon diganti menjadi Ir. Slamet Riyadi, M.T. mulai minggu depan.</div><div><br data-mce-bogus="1"></div><div>Salam,</div><div>Bambang</div><div><br></div><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__"><b>Dari: </b>"Helpdesk P4M" &lt;helpdesk-p4m@polibatam.ac.id&gt;<br><b>Kepada: </b>"Bambang Priyanto" &lt;bambang.priyanto@polibatam.ac.id&gt;<br><b>Terkirim: </b>Kamis, 3 Desember 2026 10:02:11<br><b>Subjek: </b>[P4M #2026-0325] Dosen pengampu<br></div><br><div data-marker="__QUOTED_TEXT__"><div>Yth. Bapak Bambang,</div><div>Saat ini pengampu MT2204 tercatat Dr. Hadi Susanto, S.T., M.T. Mohon sebutkan nama pengampu yang baru beserta gelarnya.</div><div>Salam, Rina</div></div></div></body></html>
""")

M("zimbra-plain-forwarded-message-inggris", "2026-12-03 15:30",
  ("Rahma Yuliani", "rahma.yuliani@polibatam.ac.id"),
  "Fwd: Notice for Business English students", "announcement", "en",
  {"course_code": "BI2101", "course_name": "Business English", "title": "No Class on Friday 11 December",
   "scope": "course", "publish_at": "2026-12-09T07:30:00+07:00"},
  note="Zimbra plain-text forward: '----- Forwarded Message -----' with From/To/Sent/Subject lines.",
  client="zimbra", plain="""Please help with this one.

----- Forwarded Message -----
From: "Peter Lawson" <peter.lawson@polibatam.ac.id>
To: "Rahma Yuliani" <rahma.yuliani@polibatam.ac.id>
Sent: Thursday, 3 December, 2026 2:55:40 PM
Subject: Notice for Business English students

Hi Rahma,

Could the helpdesk post a notice on the Business English (BI2101) course page titled "No Class on Friday 11 December"? It should appear on 9 December 2026 at 7:30 am.

Thanks,
Peter
""")

# ---------------------------------------------------------------- Lotus Notes

M("notes-forwarded-by-garis", "2026-12-04 08:20",
  ("Heru Susilo", "heru.susilo@polibatam.ac.id"),
  "Fw: SKS mata kuliah Proyek Perangkat Lunak", "course_data", "id",
  {"course_code": "IF4110", "course_name": "Proyek Perangkat Lunak", "changes": {"credits": "4"}},
  note="Lotus Notes forward: '----- Forwarded by X/Unit/Polibatam on date -----' then a Notes header block.",
  client="notes", plain="""Mohon ditindaklanjuti.

Heru

----- Forwarded by Heru Susilo/IF/Polibatam on 04/12/2026 08:15 -----

From:   Sri Wahyuni/IF/Polibatam
To:     Heru Susilo/IF/Polibatam@Polibatam
Date:   03/12/2026 17:40
Subject:        SKS mata kuliah Proyek Perangkat Lunak

Pak Heru,

Sesuai kurikulum baru, jumlah SKS course IF4110 Proyek Perangkat Lunak di e-learning mohon diubah dari 3 menjadi 4.

Terima kasih,
Sri Wahyuni
""")

M("notes-wrote-on-tanpa-tanda-kutip", "2026-12-04 09:50",
  ("Agung Prasetyo", "agung.prasetyo@polibatam.ac.id"),
  "Re: [P4M #2026-0329] Short name", "course_data", "id",
  {"course_code": "LG2203", "course_name": "Manajemen Transportasi",
   "changes": {"shortname": "LG2203-MTRANS"}},
  note="Lotus Notes reply: 'X wrote on date:' and the old message below WITHOUT '>' marks; the old message asks "
       "for a different short name that must not be taken.",
  client="notes", reply=True, plain="""Bu Rina,

Maaf, saya ralat: short name LG2203 Manajemen Transportasi yang benar LG2203-MTRANS, bukan yang saya kirim kemarin.

Salam,
Agung Prasetyo



Agung Prasetyo/LG/Polibatam wrote on 03/12/2026 16:05:12:

> From: Agung Prasetyo/LG/Polibatam
> To: helpdesk-p4m@polibatam.ac.id
> Date: 03/12/2026 16:05
> Subject: Short name

Mohon short name course LG2203 diganti menjadi LG2203-TRANS.

Agung
""")

# ---------------------------------------------------------------- Thunderbird

M("thunderbird-flowed-judul-terbungkus", "2026-12-04 13:10",
  ("Irfan Maulana", "irfan.maulana@polibatam.ac.id"),
  "Pengumuman kelas Pemrograman Mobile", "announcement", "id",
  {"course_code": "IF3206", "course_name": "Pemrograman Mobile",
   "title": "Presentasi Proyek Akhir Dipindah ke Laboratorium Multimedia", "scope": "course",
   "publish_at": "2026-12-07T07:00:00+07:00"},
  note="Thunderbird format=flowed: the quoted title runs over a soft line break (trailing space) that the "
       "reader must join.",
  client="thunderbird", flowed=True, plain="""Selamat siang P4M,

Mohon dipasang pengumuman di course IF3206 Pemrograman Mobile dengan \n\
judul "Presentasi Proyek Akhir Dipindah ke Laboratorium \n\
Multimedia". Isinya: presentasi proyek akhir minggu depan dilaksanakan \n\
di Lab Multimedia lantai 3. Mohon tayang Senin, 7 Desember 2026 pukul \n\
07.00.

Terima kasih,
Irfan
""")

M("thunderbird-interleaved-jawaban-di-antara-kutipan", "2026-12-04 15:45",
  ("Wahyu Kurniawan", "wahyu.kurniawan@polibatam.ac.id"),
  "Re: [P4M #2026-0331] Permintaan perubahan course", "course_data", "id",
  {"course_code": "EL2207", "course_name": "Mikrokontroler",
   "changes": {"fullname": "Mikrokontroler dan Antarmuka"}},
  note="Thunderbird interleaved answers between quoted questions, attribution 'On 04/12/2026 10.02, X wrote:'.",
  client="thunderbird", reply=True, plain="""On 04/12/2026 10.02, Helpdesk P4M wrote:
> Yth. Bapak Wahyu,
>
> Mohon sebutkan kode dan nama mata kuliah yang dimaksud.

EL2207 Mikrokontroler

> Lalu nama barunya apa?

Nama baru: Mikrokontroler dan Antarmuka

> Salam,
> Rina

Terima kasih,
Wahyu
""")

# ---------------------------------------------------------------- forwarded chains two levels deep

M("thunderbird-fwd-dalam-fwd-gmail", "2026-12-05 08:30",
  ("Sekretariat Jurusan Manajemen Bisnis", "sekjur.mb@polibatam.ac.id"),
  "Fwd: Fwd: nama mata kuliah Kewirausahaan", "course_data", "id",
  {"course_code": "MB2105", "course_name": "Kewirausahaan",
   "changes": {"fullname": "Kewirausahaan dan Inovasi Bisnis"}},
  note="Two levels inline: a Thunderbird '-------- Forwarded Message --------' whose body is a one-line note above a "
       "Gmail '---------- Forwarded message ---------' holding the request.",
  client="thunderbird", plain="""Untuk ditindaklanjuti, terima kasih.

-------- Forwarded Message --------
Subject: Fwd: nama mata kuliah Kewirausahaan
Date: Fri, 4 Dec 2026 16:10:22 +0700
From: Kaprodi Manajemen Bisnis <kaprodi.mb@polibatam.ac.id>
To: Sekretariat Jurusan Manajemen Bisnis <sekjur.mb@polibatam.ac.id>

Tolong diteruskan ke P4M.

---------- Forwarded message ---------
From: Lina Marlina <lina.marlina@polibatam.ac.id>
Date: Fri, 4 Dec 2026 at 15:32
Subject: nama mata kuliah Kewirausahaan
To: Kaprodi Manajemen Bisnis <kaprodi.mb@polibatam.ac.id>


Pak Kaprodi, nama mata kuliah MB2105 Kewirausahaan di e-learning mohon diubah menjadi Kewirausahaan dan Inovasi Bisnis sesuai kurikulum 2026.

Salam,
Lina
""")

M("outlook-fw-fw-dari-dikirim-indonesia", "2026-12-05 10:00",
  ("Wakil Direktur Bidang Akademik", "wadir1@polibatam.ac.id"),
  "FW: FW: Pengumuman libur akhir semester", "announcement", "id",
  {"title": "Libur Akhir Semester Ganjil 2026/2027", "scope": "site",
   "publish_at": "2026-12-14T07:00:00+07:00"},
  note="Outlook two levels, Indonesian header labels (Dari/Dikirim/Kepada/Subjek) under '____' lines; the note "
       "in the middle message is one line.",
  client="outlook", plain="""Mohon dibantu penayangannya.

________________________________
Dari: Kepala Bagian Akademik <kabag.akademik@polibatam.ac.id>
Dikirim: Jumat, 04 Desember 2026 17:20
Kepada: Wakil Direktur Bidang Akademik <wadir1@polibatam.ac.id>
Subjek: FW: Pengumuman libur akhir semester

Pak, mohon izin diteruskan ke P4M.

________________________________
Dari: Staf Akademik <staf.akademik@polibatam.ac.id>
Dikirim: Jumat, 04 Desember 2026 15:05
Kepada: Kepala Bagian Akademik <kabag.akademik@polibatam.ac.id>
Subjek: Pengumuman libur akhir semester

Yth. Kabag,

Berikut pengumuman untuk seluruh civitas akademika di halaman depan e-learning:

Judul: Libur Akhir Semester Ganjil 2026/2027
Tayang: Senin, 14 Desember 2026 pukul 07.00 WIB

Isi: libur akhir semester ganjil berlangsung 21 Desember 2026 sampai 3 Januari 2027.

Hormat kami,
Staf Akademik
""")

M("rfc822-dalam-rfc822-dua-tingkat", "2026-12-05 11:15",
  ("Ketua Jurusan Teknik Elektro", "kajur.elektro@polibatam.ac.id"),
  "Fwd: permohonan enrolment key", "course_data", "id",
  {"course_code": "EL3104", "course_name": "Elektronika Daya", "changes": {"enrolment_key": "ELDAYA-2026"}},
  note="A message/rfc822 part that itself carries the request as a message/rfc822 part (forward as attachment, "
       "twice).",
  client="gmail", plain="""Mohon bantuannya, terlampir.
""", att=[("eml", None, inner_message(
      ("Sekretaris Jurusan Teknik Elektro", "sekjur.elektro@polibatam.ac.id"), "2026-12-05 10:40",
      "Fwd: permohonan enrolment key", "Pak Kajur, mohon diteruskan ke P4M.\n",
      to=("Ketua Jurusan Teknik Elektro", "kajur.elektro@polibatam.ac.id"),
      att=[inner_message(("Yoga Pratama", "yoga.pratama@polibatam.ac.id"), "2026-12-05 09:55",
                         "permohonan enrolment key",
                         "Selamat pagi,\n\nEnrolment key course EL3104 Elektronika Daya mohon diganti menjadi "
                         "ELDAYA-2026 untuk semester ini.\n\nTerima kasih,\nYoga\n",
                         to=("Sekretaris Jurusan Teknik Elektro", "sekjur.elektro@polibatam.ac.id"))]))])

# ---------------------------------------------------------------- HTML layouts

M("outlook-html-tabel-bersarang", "2026-12-07 08:40",
  ("Dr. Rina Kartika", "rina.kartika@polibatam.ac.id"),
  "Perubahan data course Statistik Bisnis", "course_data", "id",
  {"course_code": "MB2202", "course_name": "Statistik Bisnis",
   "changes": {"fullname": "Statistika Bisnis Terapan", "lecturer": "Rina Kartika, S.Si., M.Stat."}},
  note="Outlook HTML only: a layout table whose cell holds the data table (Data | Lama | Baru).",
  client="outlook", html_body="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US"><div class="WordSection1">
<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" width="100%"><tr><td style="padding:12pt">
<p class="MsoNormal">Yth. Tim P4M,<o:p></o:p></p>
<p class="MsoNormal">Mohon perubahan data course MB2202 Statistik Bisnis sebagai berikut:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><p class="MsoNormal"><b>Data</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Lama</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Baru</b><o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">Nama MK<o:p></o:p></p></td><td><p class="MsoNormal">Statistik Bisnis<o:p></o:p></p></td><td><p class="MsoNormal">Statistika Bisnis Terapan<o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">Dosen<o:p></o:p></p></td><td><p class="MsoNormal">Tim Dosen MB<o:p></o:p></p></td><td><p class="MsoNormal">Rina Kartika, S.Si., M.Stat.<o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Terima kasih.<o:p></o:p></p>
<p class="MsoNormal">Rina Kartika<o:p></o:p></p>
</td></tr></table>
</div></body></html>
""")

M("gmail-html-daftar-berbutir-dua-perubahan", "2026-12-07 09:15",
  ("Andi Wijaya", "andi.wijaya@polibatam.ac.id"),
  "update course Robotika", "course_data", "id",
  {"course_code": "MK3302", "course_name": "Robotika",
   "changes": {"shortname": "MK3302-ROBOT", "enrolment_key": "robot#2026"}},
  note="Gmail HTML with a bulleted list (<ul><li>) of two changes; the plain part writes them as '* ' items.",
  client="gmail", plain="""Halo tim P4M,

Untuk course MK3302 Robotika tolong diubah:

   - Short name baru: MK3302-ROBOT
   - Enrolment key baru: robot#2026

Makasih,
Andi
""", html_body="""<div dir="ltr"><div>Halo tim P4M,</div><div><br></div><div>Untuk course MK3302 Robotika tolong diubah:</div><div><ul><li>Short name baru: MK3302-ROBOT</li><li>Enrolment key baru: robot#2026</li></ul><div>Makasih,</div></div><div>Andi</div></div>
""")

M("outlookweb-html-only-br-satu-blok", "2026-12-07 10:30",
  ("Kurniasih", "kurniasih@polibatam.ac.id"),
  "Mohon bantuan pengumuman", "announcement", "id",
  {"course_code": "AK3105", "course_name": "Auditing", "title": "Jadwal Asistensi Auditing",
   "scope": "course", "publish_at": "2026-12-08T13:00:00+07:00"},
  note="Outlook on the web HTML only: everything in one div, lines split by <br> only, an ordered list of details.",
  client="outlook-web", html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head><body dir="ltr"><div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt;">Selamat pagi,<br><br>Mohon dibuatkan pengumuman di course AK3105 Auditing.<br>Judul: Jadwal Asistensi Auditing<br>Tayang: Selasa, 8 Desember 2026 pukul 13.00<br><br>Isi pengumuman:<ol><li>Asistensi kelompok 1-4 hari Rabu di ruang 204.</li><li>Asistensi kelompok 5-8 hari Kamis di ruang 204.</li></ol>Terima kasih,<br>Kurniasih</div></body></html>
""")

# ---------------------------------------------------------------- charsets

M("windows1252-qp-tanda-kutip-melengkung", "2026-12-08 08:10",
  ("Yohanes Siregar", "yohanes.siregar@polibatam.ac.id"),
  "Pengumuman kelas Kalkulus 2", "announcement", "id",
  {"course_code": "MA1202", "course_name": "Kalkulus 2", "title": "Remedial Kalkulus – Sabtu Pagi",
   "scope": "course", "publish_at": "2026-12-10T19:00:00+07:00"},
  note="windows-1252 quoted-printable with curly quotes and an en dash inside the title.",
  client="outlook", charset="windows-1252", plain="""Yth. P4M,

Mohon pengumuman berjudul “Remedial Kalkulus – Sabtu Pagi” dipasang di kelas MA1202 Kalkulus 2. Isinya: remedial diadakan Sabtu 12 Desember pukul 08.00 di ruang 301. Tayang Kamis 10 Desember 2026 pukul 19.00.

Terima kasih…
Yohanes Siregar
""")

M("latin1-label-tetapi-byte-cp1252", "2026-12-08 09:45",
  ("Agnès Wibowo", "agnes.wibowo@polibatam.ac.id"),
  "Perubahan nama course", "course_data", "id",
  {"course_code": "TI2103", "course_name": "Desain Antarmuka",
   "changes": {"fullname": "Desain Antarmuka dan Pengalaman Pengguna"}},
  note="Declared iso-8859-1 but written in windows-1252 (curly quotes 0x93/0x94 around the new name), as older "
       "clients do; the quotes must read as quotes.",
  client="outlook", charset="windows-1252", raw_charset=("iso-8859-1", "windows-1252"), plain="""Yth. Tim P4M,

Nama course TI2103 Desain Antarmuka mohon diubah menjadi “Desain Antarmuka dan Pengalaman Pengguna” mulai semester depan.

Salam hangat,
Agnès Wibowo
""")

M("latin1-base64-inggris-exchange", "2026-12-08 11:30",
  ("François Dupont", "francois.dupont@polibatam.ac.id"),
  "Course credits", "course_data", "en",
  {"course_code": "TM3201", "course_name": "Renewable Energy Systems", "changes": {"credits": "3"}},
  note="iso-8859-1 in base64 from an exchange lecturer's client; accented name in the signature.",
  client="thunderbird", charset="iso-8859-1", cte="base64", plain="""Hello,

The course TM3201 Renewable Energy Systems shows 2 credits on the e-learning site. It should be 3 credits from this semester, as in the new curriculum.

Best regards,
François Dupont
Visiting lecturer, Mechanical Engineering
""")

# ---------------------------------------------------------------- disclaimers and signatures

M("disclaimer-panjang-kata-perubahan", "2026-12-08 14:00",
  ("Bagian Kepegawaian", "kepegawaian@polibatam.ac.id"),
  "Pergantian dosen pengampu", "course_data", "id",
  {"course_code": "UM1201", "course_name": "Pendidikan Pancasila",
   "changes": {"lecturer": "Drs. Sutrisno, M.Pd."}},
  note="A long bilingual disclaimer after the signature, full of change and announcement words and another "
       "person's name, that must not leak into the request.",
  client="outlook", plain="""Yth. Tim P4M,

Sehubungan dengan mutasi tugas mengajar, dosen pengampu course UM1201 Pendidikan Pancasila di e-learning mohon diganti menjadi Drs. Sutrisno, M.Pd.

Hormat kami,
Bagian Kepegawaian
Politeknik Negeri Batam

PERHATIAN: Email ini beserta lampirannya bersifat rahasia dan hanya ditujukan untuk penerima yang dimaksud. Dilarang mengubah, menyebarluaskan, atau menjadikan isi email ini sebagai pengumuman tanpa izin tertulis. Apabila Anda bukan penerima yang dimaksud, mohon segera memberitahu pengirim dan menghapus email ini. Perubahan data kepegawaian hanya sah bila ditandatangani oleh Kepala Bagian Kepegawaian, Dra. Hartini Setyowati, M.M.

DISCLAIMER: This e-mail and any attachments are confidential. Any change, announcement or disclosure of its contents without written permission is prohibited. If you received it in error, please notify the sender and delete it.
""")

M("tanda-tangan-koordinator-mk-lain", "2026-12-09 08:25",
  ("Siti Rahmawati, M.Kom.", "siti.rahmawati@polibatam.ac.id"),
  "short name course", "course_data", "id",
  {"course_code": "IF2207", "course_name": "Pemrograman Web",
   "changes": {"shortname": "IF2207-PWEB"}},
  note="The signature names another course the sender coordinates (with its code); only the body's course counts.",
  client="gmail", plain="""Pagi tim P4M,

Short name course IF2207 Pemrograman Web mohon diganti menjadi IF2207-PWEB.

Terima kasih.

Salam,
Siti Rahmawati, M.Kom.
Koordinator MK Basis Data (IF2203)
Jurusan Teknik Informatika
Politeknik Negeri Batam
""")

M("outlook-terima-kasih-atas-kutipan-permintaan", "2026-12-09 09:00",
  ("Joko Susanto", "joko.susanto@polibatam.ac.id"),
  "RE: [P4M #2026-0335] Enrolment key Fisika Terapan", "other", "id", {},
  note="Near-miss: Outlook reply of thanks above an Indonesian header block quoting his own old request.",
  client="outlook", reply=True, plain="""Baik, terima kasih banyak Bu.

Joko

-----Original Message-----
Dari: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Dikirim: Selasa, 08 Desember 2026 16:10
Kepada: Joko Susanto <joko.susanto@polibatam.ac.id>
Subjek: [P4M #2026-0335] Enrolment key Fisika Terapan

Yth. Bapak Joko, enrolment key sudah kami ubah.

> Mohon enrolment key course FT2101 Fisika Terapan diganti menjadi fisika2026.
""")

# ---------------------------------------------------------------- attachments

M("docx-formulir-tabel-di-tengah", "2026-12-09 10:40",
  ("Prodi Teknik Mesin", "prodi.mesin@polibatam.ac.id"),
  "Formulir perubahan data mata kuliah", "course_data", "id",
  {"course_code": "MT3105", "course_name": "Perpindahan Panas",
   "changes": {"fullname": "Perpindahan Panas dan Massa", "semester": "Semester 5"}},
  note="The request only in a DOCX form: paragraphs, then a Data | Lama | Baru table, then closing paragraphs.",
  client="outlook", plain="""Yth. Tim P4M,

Terlampir formulir perubahan data mata kuliah dari prodi kami. Mohon diproses.

Terima kasih,
Prodi Teknik Mesin
""", att=[("docx", "Formulir_Perubahan_MT3105.docx", [
      "FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING",
      "Kode MK: MT3105",
      "Nama MK: Perpindahan Panas",
      [["Data", "Lama", "Baru"],
       ["Nama MK", "Perpindahan Panas", "Perpindahan Panas dan Massa"],
       ["Semester", "Semester 4", "Semester 5"]],
      "Alasan perubahan: penyesuaian kurikulum 2026.",
      "Batam, 8 Desember 2026",
      "Ketua Program Studi Teknik Mesin"])])

M("docx-tabel-dalam-tabel-dosen", "2026-12-09 13:15",
  ("Jurusan Teknik Informatika", "jurusan.if@polibatam.ac.id"),
  "Surat perubahan dosen pengampu", "course_data", "id",
  {"course_code": "IF3104", "course_name": "Sistem Operasi",
   "changes": {"lecturer": "Muhammad Rizal, S.Kom., M.T."}},
  note="DOCX letter laid out in a one-cell table whose cell holds the data table (a table inside a table).",
  client="gmail", plain="""Dengan hormat, terlampir surat perubahan dosen pengampu. Terima kasih.
""", att=[("docx", "Surat_Dosen_Pengampu.docx", [
      [[[["Perihal", "Perubahan dosen pengampu e-learning"],
         ["Kode MK", "IF3104"],
         ["Nama MK", "Sistem Operasi"],
         ["Dosen baru", "Muhammad Rizal, S.Kom., M.T."]]]],
      "Demikian surat ini kami sampaikan.",
      "Ketua Jurusan Teknik Informatika"])])

M("odt-tabel-pengumuman-label", "2026-12-09 15:20",
  ("Himpunan Mahasiswa Akuntansi", "hima.akuntansi@polibatam.ac.id"),
  "Permohonan pengumuman", "announcement", "id",
  {"title": "Seminar Nasional Akuntansi 2026", "scope": "site",
   "publish_at": "2026-12-11T09:00:00+07:00"},
  note="The announcement only in an ODT with a label | value table.",
  client="thunderbird", plain="""Selamat sore,

Terlampir permohonan penayangan pengumuman dari himpunan kami (format ODT).

Hormat kami,
HIMA Akuntansi
""", att=[("odt", "permohonan_pengumuman.odt", [
      "Permohonan Penayangan Pengumuman E-learning",
      [["Judul", "Seminar Nasional Akuntansi 2026"],
       ["Sasaran", "Seluruh mahasiswa Politeknik Negeri Batam (halaman depan)"],
       ["Waktu tayang", "Jumat, 11 Desember 2026 pukul 09.00 WIB"]],
      "Isi: Seminar nasional akuntansi dengan tema digitalisasi audit diselenggarakan 19 Desember 2026 di "
      "auditorium. Pendaftaran gratis melalui tautan di SIAKAD.",
      "Ketua HIMA Akuntansi"])])

M("pdf-surat-dua-halaman-pengumuman-kelas", "2026-12-10 08:00",
  ("Laboratorium Bahasa", "lab.bahasa@polibatam.ac.id"),
  "Surat permohonan pengumuman", "announcement", "id",
  {"course_code": "BI1102", "course_name": "Bahasa Inggris Teknik",
   "title": "Tes TOEIC Prediction Gelombang 2", "scope": "course",
   "publish_at": "2026-12-14T08:00:00+07:00"},
  note="A two-page PDF letter; the request is on the second page; the mail body says only 'terlampir'.",
  client="outlook-mac", plain="""Terlampir surat kami. Terima kasih.
""", att=[("pdf", "Surat_Lab_Bahasa.pdf", [
      ["LABORATORIUM BAHASA", "POLITEKNIK NEGERI BATAM", "", "Nomor: 112/LB/XII/2026",
       "Lampiran: -", "Hal: Permohonan penayangan pengumuman"],
      ["Yth. Tim P4M,",
       "Mohon ditayangkan pengumuman di kelas Bahasa Inggris Teknik (BI1102) dengan judul",
       "\"Tes TOEIC Prediction Gelombang 2\".",
       "Waktu tayang: Senin, 14 Desember 2026 pukul 08.00 WIB.",
       "Isi: tes dilaksanakan 17 Desember 2026 di Laboratorium Bahasa.",
       "Hormat kami,", "Kepala Laboratorium Bahasa"]])])

M("gmail-docx-pengumuman-paragraf-daftar", "2026-12-10 09:30",
  ("Putri Ayu", "putri.ayu@polibatam.ac.id"),
  "pengumuman KP", "announcement", "id",
  {"course_code": "IF4201", "course_name": "Kerja Praktik", "title": "Pembekalan Kerja Praktik",
   "scope": "course", "publish_at": "2026-12-11T13:00:00+07:00"},
  note="The announcement text in a DOCX after a one-line body; title and time as labelled paragraphs.",
  client="gmail-app", plain="""Min tolong pasang pengumuman yang di lampiran ya di course IF4201 Kerja Praktik. Makasih
""", att=[("docx", "pengumuman_KP.docx", [
      "Judul: Pembekalan Kerja Praktik",
      "Tayang: Jumat, 11 Desember 2026 pukul 13.00",
      "Seluruh mahasiswa peserta Kerja Praktik wajib mengikuti pembekalan pada:",
      "1. Hari/tanggal: Senin, 14 Desember 2026",
      "2. Tempat: Auditorium",
      "Koordinator KP"])])

M("apple-iphone-sent-from-atas-kutipan-html", "2026-12-10 12:05",
  ("Ratna Sari", "ratna.sari@polibatam.ac.id"),
  "Re: [P4M #2026-0340] Tidak bisa unggah materi", "elearning_support", "id", {},
  note="iPhone reply HTML: 'Dikirim dari iPhone saya' then blockquote type=cite of the helpdesk's question.",
  client="apple", reply=True, plain="""Masih belum bisa bu, muncul tulisan file terlalu besar padahal cuma 15 MB. Course Mekatronika.

Dikirim dari iPhone saya

> Pada 10 Des 2026, pukul 10.15, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
>
> Yth. Ibu Ratna, mohon dicoba lagi mengunggah materinya.
""", html_body="""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">Masih belum bisa bu, muncul tulisan file terlalu besar padahal cuma 15 MB. Course Mekatronika.</div><div dir="ltr"><br></div><div dir="ltr">Dikirim dari iPhone saya</div><div dir="ltr"><br><blockquote type="cite">Pada 10 Des 2026, pukul 10.15, Helpdesk P4M &lt;helpdesk-p4m@polibatam.ac.id&gt; menulis:<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">Yth. Ibu Ratna, mohon dicoba lagi mengunggah materinya.</div></blockquote></body></html>
""")
# ---------------------------------------------------------------- second batch (written after the first fixes,
# scored on the code of that moment before any rule for it)

M("roundcube-jawaban-di-sela-dengan-pengantar", "2026-12-10 14:20",
  ("Dimas Aditya", "dimas.aditya@polibatam.ac.id"),
  "Re: [P4M #2026-0344] Data course", "course_data", "id",
  {"course_code": "TI3102", "course_name": "Analisis Sistem", "changes": {"fullname": "Analisis dan Perancangan Sistem"}},
  note="Answers written between the quoted questions, under a one-line lead-in above the attribution.",
  client="roundcube", reply=True, plain="""Bu Rina, jawaban saya di sela-sela pertanyaan Ibu ya.

Pada 2026-12-10 11:05, Helpdesk P4M menulis:
> Yth. Bapak Dimas,
>
> 1. Mata kuliah yang mana (kode dan nama)?

TI3102 Analisis Sistem

> 2. Nama baru yang diinginkan?

Nama baru: Analisis dan Perancangan Sistem

> Salam,
> Rina - Helpdesk P4M
""")

M("samsung-pesan-asli-ke-tanggal-tanpa-fwd", "2026-12-10 16:00",
  ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "pengumuman dari kaprodi", "announcement", "id",
  {"course_code": "MB3104", "course_name": "Manajemen Risiko", "title": "Ujian Tengah Semester Diundur",
   "scope": "course", "publish_at": "2026-12-14T07:00:00+07:00"},
  note="Samsung Email passing a message on: '-------- Pesan asli --------' with Dari/Tanggal/Ke/Subjek lines.",
  client="gmail", plain="""Tolong dibantu min



Dikirim dari Samsung Galaxy smartphone.

-------- Pesan asli --------
Dari: Kaprodi Manajemen Bisnis <kaprodi.mb@polibatam.ac.id>
Tanggal: 10/12/26 15.41 (GMT+07:00)
Ke: Wulan Sari <wulan.sari@polibatam.ac.id>
Subjek: pengumuman

Wulan, tolong mintakan ke P4M pengumuman di course MB3104 Manajemen Risiko dengan judul "Ujian Tengah Semester Diundur", tayang Senin 14 Desember 2026 jam 07.00.
""")

M("notes-forwarded-by-tanpa-blok-header", "2026-12-11 08:10",
  ("Eko Prasetyo", "eko.prasetyo@polibatam.ac.id"),
  "Fw: enrolment key", "course_data", "id",
  {"course_code": "EL2103", "course_name": "Rangkaian Digital", "changes": {"enrolment_key": "digital-2026"}},
  note="Lotus Notes forward whose passed-on message has no From:/To: lines, only the author and date on lines of "
       "their own.",
  client="notes", plain="""FYI, mohon dibantu.
----- Forwarded by Eko Prasetyo/EL/Polibatam on 11/12/2026 08:05 -----

Nanda Putri/EL/Polibatam
10/12/2026 16:44

Pak Eko, enrolment key course EL2103 Rangkaian Digital mohon diganti menjadi digital-2026. Terima kasih.
""")

M("outlook-nbsp-dan-zero-width-dalam-nilai", "2026-12-11 09:20",
  ("Haris Munandar", "haris.munandar@polibatam.ac.id"),
  "Ganti dosen pengampu", "course_data", "id",
  {"course_code": "MT3201", "course_name": "Getaran Mekanis",
   "changes": {"lecturer": "Ir. Nur Hidayati, M.T."}},
  note="Non-breaking spaces and a zero-width space (copied from a document) inside the values of the plain part.",
  client="outlook", plain="""Yth. P4M,

Mohon dosen pengampu course MT3201\u00a0Getaran\u00a0Mekanis diganti menjadi Ir.\u00a0Nur\u00a0Hidayati,\u00a0M.T.\u200b mulai minggu depan.

Terima kasih
Haris
""")

M("html-tanda-tangan-tabel-kode-mk-lain", "2026-12-11 10:35",
  ("Novi Anggraeni, M.Pd.", "novi.anggraeni@polibatam.ac.id"),
  "Perubahan nama singkat", "course_data", "id",
  {"course_code": "BI2204", "course_name": "English for Business Communication",
   "changes": {"shortname": "BI2204-EBC"}},
  note="HTML-only mail whose signature is a two-cell table (logo | name, role, another course's code).",
  client="outlook-web", html_body="""<html><body><div>Selamat pagi tim P4M,</div><div><br></div><div>Short name course BI2204 English for Business Communication mohon diganti menjadi BI2204-EBC.</div><div><br></div><div>Terima kasih,</div><table cellpadding="0" cellspacing="0" style="border-collapse:collapse"><tr><td style="padding-right:12px"><img src="cid:logo-polibatam" alt="Polibatam" width="64"></td><td style="border-left:2px solid #0b5394;padding-left:12px"><b>Novi Anggraeni, M.Pd.</b><br>Koordinator MK Bahasa Inggris Teknik (BI1102)<br>Jurusan Manajemen Bisnis<br>Politeknik Negeri Batam</td></tr></table></body></html>
""")

M("gmail-fwd-utas-persetujuan-di-atas-kutipan", "2026-12-11 13:00",
  ("Sekretariat Jurusan Teknik Mesin", "sekjur.mesin@polibatam.ac.id"),
  "Fwd: Re: perubahan semester Metrologi", "course_data", "id",
  {"course_code": "MT2102", "course_name": "Metrologi Industri", "changes": {"semester": "Semester 3"}},
  note="A forwarded thread: the message passed on is the head of department's one-line approval, the request is in "
       "the reply it quotes.",
  client="gmail", plain="""Mohon diproses, terima kasih.

---------- Forwarded message ---------
From: Kajur Teknik Mesin <kajur.mesin@polibatam.ac.id>
Date: Fri, 11 Dec 2026 at 11:20
Subject: Re: perubahan semester Metrologi
To: Sekretariat Jurusan Teknik Mesin <sekjur.mesin@polibatam.ac.id>


Setuju, silakan diteruskan ke P4M.

On Fri, 11 Dec 2026 at 09:02, Budi Santoso <budi.santoso@polibatam.ac.id> wrote:

> Pak Kajur,
>
> Course MT2102 Metrologi Industri di e-learning masih di Semester 2.
> Mohon semesternya diubah menjadi Semester 3 sesuai kurikulum baru.
>
> Budi
""")

M("webform-plain-stub-html-isi", "2026-12-11 14:45",
  ("Portal Layanan Akademik", "no-reply-layanan@polibatam.ac.id"),
  "[Formulir Layanan] Permohonan pengumuman e-learning", "announcement", "id",
  {"title": "Pendaftaran Wisuda Periode Maret 2027", "scope": "site",
   "publish_at": "2026-12-15T08:00:00+07:00"},
  note="A web form's mail: the plain part is only a stub saying to read the HTML; the request is in the HTML.",
  client="gmail", plain="""Pesan ini dalam format HTML. Silakan gunakan aplikasi email yang mendukung HTML.
""", html_body="""<html><body><h3>Permohonan Layanan: Pengumuman E-learning</h3><table border="1" cellpadding="4"><tr><th>Pemohon</th><td>Bagian Kemahasiswaan</td></tr><tr><th>Judul pengumuman</th><td>Pendaftaran Wisuda Periode Maret 2027</td></tr><tr><th>Sasaran</th><td>Seluruh mahasiswa (halaman depan e-learning)</td></tr><tr><th>Waktu tayang</th><td>Selasa, 15 Desember 2026 pukul 08.00 WIB</td></tr><tr><th>Isi</th><td>Pendaftaran wisuda periode Maret 2027 dibuka 15 Desember 2026 sampai 15 Januari 2027 melalui SIAKAD.</td></tr></table></body></html>
""")

M("outlook-desktop-html-dikirim-blok-balasan", "2026-12-11 15:30",
  ("Rizky Fauzan", "rizky.fauzan@polibatam.ac.id"),
  "RE: [P4M #2026-0350] Kelas course", "course_data", "id",
  {"course_code": "RK3105", "course_name": "Forensik Digital", "changes": {"class": "RKS-3A Malam"}},
  note="Outlook desktop HTML only, reply header in a bordered div with bold Dari/Dikirim/Kepada/Subjek; the quoted "
       "text names another class.",
  client="outlook", reply=True, html_body="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><body lang="IN"><div class="WordSection1">
<p class="MsoNormal">Bu Rina,<o:p></o:p></p>
<p class="MsoNormal">Course RK3105 Forensik Digital, kelasnya mohon diganti menjadi RKS-3A Malam.<o:p></o:p></p>
<p class="MsoNormal">Rizky<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>Dari:</b> Helpdesk P4M &lt;helpdesk-p4m@polibatam.ac.id&gt; <br><b>Dikirim:</b> Jumat, 11 Desember 2026 14.10<br><b>Kepada:</b> Rizky Fauzan &lt;rizky.fauzan@polibatam.ac.id&gt;<br><b>Subjek:</b> [P4M #2026-0350] Kelas course<o:p></o:p></p>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Yth. Bapak Rizky, saat ini kelas course tersebut tercatat RKS-3B Pagi. Kelas apa yang benar?<o:p></o:p></p>
</div></body></html>
""")

# ---------------------------------------------------------------- third batch: plain text hard-wrapped by the client
# (no format=flowed), scored before the rule for it

M("thunderbird-fixed-gelar-terbungkus-baris", "2026-12-12 08:15",
  ("Sekretariat Jurusan Teknik Elektro", "sekjur.elektro@polibatam.ac.id"),
  "Dosen pengampu Sistem Tenaga Listrik", "course_data", "id",
  {"course_code": "EL3201", "course_name": "Sistem Tenaga Listrik",
   "changes": {"lecturer": "Dr. Ir. Hendra Wijaya, S.T., M.Eng."}},
  note="Hard-wrapped at 72 columns without format=flowed: the lecturer's name and titles run over the line break.",
  client="thunderbird", plain="""Dengan hormat,

Berdasarkan SK pembagian tugas mengajar semester genap, dosen pengampu
course EL3201 Sistem Tenaga Listrik di e-learning mohon diganti menjadi
Dr. Ir. Hendra Wijaya, S.T., M.Eng. karena dosen sebelumnya sedang tugas
belajar.

Hormat kami,
Sekretariat Jurusan Teknik Elektro
""")

M("roundcube-fixed-judul-kutip-terbungkus", "2026-12-12 09:05",
  ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
  "pengumuman kelas Kewirausahaan", "announcement", "id",
  {"course_code": "MB2105", "course_name": "Kewirausahaan",
   "title": "Presentasi Rencana Bisnis Kelompok Dipercepat", "scope": "course",
   "publish_at": "2026-12-14T06:30:00+07:00"},
  note="Roundcube plain text hard-wrapped at 76 columns: the quoted title breaks across two lines.",
  client="roundcube", plain="""Selamat pagi tim P4M,

Mohon dipasang pengumuman di MB2105 Kewirausahaan dengan judul "Presentasi
Rencana Bisnis Kelompok Dipercepat" bahwa presentasi dimajukan ke hari Rabu.
Tayang Senin 14 Desember 2026 jam 06.30.

Terima kasih,
Lina
""")

M("mutt-english-rename-wrapped-quote", "2026-12-12 10:20",
  ("Peter Lawson", "peter.lawson@polibatam.ac.id"),
  "course title", "course_data", "en",
  {"course_code": "IF4203", "course_name": "Data Mining",
   "changes": {"fullname": "Data Mining and Predictive Analytics"}},
  note="A plain-text client wrapping at 72 columns; the new name is quoted and broken across the wrap.",
  client="thunderbird", plain="""Hi,

Could you please rename IF4203 Data Mining on the e-learning site to "Data
Mining and Predictive Analytics"? The new name was approved by the
curriculum board last week.

Thanks,
Peter
""")

M("baris-pendek-sengaja-dan-titik-dua", "2026-12-12 11:00",
  ("Ahmad Fauzi", "ahmad.fauzi@polibatam.ac.id"),
  "perubahan data course", "course_data", "id",
  {"course_code": "IF3108", "course_name": "Keamanan Jaringan",
   "changes": {"fullname": "Keamanan Jaringan Komputer", "enrolment_key": "kj-2026"}},
  note="Near-miss for joining wrapped lines: a long line ending with a colon and short label lines written one "
       "under another must stay apart.",
  client="thunderbird", plain="""Selamat siang,

Untuk course IF3108 Keamanan Jaringan mohon dilakukan perubahan berikut ini:
Nama baru: Keamanan Jaringan Komputer
Enrolment key baru: kj-2026
Perubahan berlaku mulai pertemuan berikutnya, terima kasih atas bantuannya
Bapak/Ibu.

Salam,
Ahmad
""")

# ---------------------------------------------------------------- fourth batch: attributions other than "On ... wrote:"
# and "Pada ... menulis:", scored before the rule for them

M("jerman-am-schrieb-kutipan-lama", "2026-12-12 13:40",
  ("Dr. Anna Vogel", "anna.vogel@polibatam.ac.id"),
  "AW: [P4M #2026-0352] Enrolment key", "course_data", "en",
  {"course_code": "TM4102", "course_name": "Wind Energy Technology", "changes": {"enrolment_key": "wind-TM-2027"}},
  note="A German mail client: 'Am ... schrieb ...:' above '>' lines; the quoted text holds the old key.",
  client="thunderbird", reply=True, plain="""Dear Rina,

thank you. Please set the enrolment key of TM4102 Wind Energy Technology to wind-TM-2027 instead.

Best regards,
Anna Vogel

Am 12.12.2026 um 10:05 schrieb Helpdesk P4M:
> Dear Dr. Vogel,
>
> the enrolment key of TM4102 is now wind2026, as you asked.
>
> Kind regards,
> Rina
""")

M("notes-wrote-on-inggris-tanpa-tanda", "2026-12-12 15:10",
  ("Samuel Tan", "samuel.tan@polibatam.ac.id"),
  "Re: course credits", "course_data", "en",
  {"course_code": "EL4105", "course_name": "Power Electronics Design", "changes": {"credits": "4"}},
  note="Lotus Notes reply in English: 'X <address> wrote on date:' and the old message below without '>' marks, "
       "asking for other credits.",
  client="notes", reply=True, plain="""Hello,

Sorry for the confusion: EL4105 Power Electronics Design should have 4 credits, not 2.

Regards,
Samuel



Samuel Tan <samuel.tan@polibatam.ac.id> wrote on 12/12/2026 09:30:05 AM:

> From: Samuel Tan/EL/Polibatam
> To: helpdesk-p4m@polibatam.ac.id
> Date: 12/12/2026 09:30 AM
> Subject: course credits

Please change the credits of EL4105 Power Electronics Design to 2.

Samuel
""")


# ---------------------------------------------------------------- fifth batch: Word forms filled in content controls,
# scored before the rule for them

M("docx-formulir-content-control", "2026-12-13 08:30",
  ("Prodi Teknik Informatika", "prodi.if@polibatam.ac.id"),
  "Formulir perubahan data e-learning", "course_data", "id",
  {"course_code": "IF2201", "course_name": "Basis Data", "changes": {"fullname": "Basis Data Lanjut"}},
  note="The official Word form: each answer typed into a content control (w:sdt) after its label.",
  client="outlook", plain="""Yth. Tim P4M,

Terlampir formulir perubahan data mata kuliah yang sudah diisi.

Terima kasih,
Prodi Teknik Informatika
""", att=[("docx", "Formulir_Perubahan_Data_Elearning.docx", [
      "FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING",
      {"label": "Kode mata kuliah: ", "value": "IF2201"},
      {"label": "Nama mata kuliah: ", "value": "Basis Data"},
      {"label": "Nama baru: ", "value": "Basis Data Lanjut"},
      {"label": "Alasan: ", "value": "penyesuaian kurikulum 2026"},
      "Tanda tangan Ketua Program Studi"])])

M("docx-pengumuman-judul-dalam-kontrol-blok", "2026-12-13 09:45",
  ("Unit Kerja Sama", "kerjasama@polibatam.ac.id"),
  "Permohonan pengumuman", "announcement", "id",
  {"title": "Beasiswa Pertukaran Pelajar ke Jepang 2027", "scope": "site",
   "publish_at": "2026-12-16T08:00:00+07:00"},
  note="A Word template whose filled-in paragraphs are block content controls: the title and the time live "
       "only there.",
  client="gmail", plain="""Selamat pagi, mohon bantuan penayangan pengumuman terlampir di halaman depan e-learning. Terima kasih.
""", att=[("docx", "Pengumuman_Beasiswa.docx", [
      "PERMOHONAN PENAYANGAN PENGUMUMAN",
      "Judul pengumuman:",
      {"block": "Beasiswa Pertukaran Pelajar ke Jepang 2027"},
      "Waktu tayang:",
      {"block": "Rabu, 16 Desember 2026 pukul 08.00 WIB"},
      "Sasaran: seluruh mahasiswa",
      "Isi:",
      {"block": "Pendaftaran beasiswa pertukaran pelajar ke Jepang dibuka sampai 15 Januari 2027."}])])


# ---------------------------------------------------------------- sixth batch: HTML paragraphs that look like
# Markdown (numbered and dashed lines), scored before the rule for them

M("outlookweb-paragraf-bernomor-dan-strip", "2026-12-13 11:10",
  ("Yoga Pratama", "yoga.pratama@polibatam.ac.id"),
  "Perubahan course Animasi 2D", "course_data", "id",
  {"course_code": "MM2102", "course_name": "Animasi 2D",
   "changes": {"shortname": "MM2102-ANIM2D", "lecturer": "Yoga Pratama, M.Ds."}},
  note="HTML only, items typed as paragraphs starting '1.' and '- ' (not HTML lists), which an HTML-to-Markdown "
       "converter escapes.",
  client="outlook-web", html_body="""<html><body><div>Selamat siang,</div><div><br></div><div>Untuk course MM2102 Animasi 2D mohon diubah:</div><div>1. Short name: MM2102-ANIM2D</div><div>2. Dosen pengampu: Yoga Pratama, M.Ds.</div><div>- Berlaku mulai semester genap.</div><div><br></div><div>Terima kasih,</div><div>Yoga</div></body></html>
""")


# ---------------------------------------------------------------- seventh batch: answers between quoted parts of an
# HTML reply, under a lead-in; scored before the rule for it

M("thunderbird-html-jawaban-di-sela-blockquote", "2026-12-13 13:30",
  ("Rizal Fahmi", "rizal.fahmi@polibatam.ac.id"),
  "Re: [P4M #2026-0356] Pengumuman kelas", "announcement", "id",
  {"course_code": "IF3203", "course_name": "Rekayasa Perangkat Lunak", "title": "Demo Aplikasi Kelompok",
   "scope": "course", "publish_at": "2026-12-15T07:00:00+07:00"},
  note="Thunderbird HTML only: a lead-in line, then each answer written between blockquote type=cite parts.",
  client="thunderbird", reply=True, html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><p>Jawaban saya di bawah tiap pertanyaan ya Bu.</p>
<div class="moz-cite-prefix">On 13/12/2026 10.40, Helpdesk P4M wrote:<br></div>
<blockquote type="cite">Yth. Bapak Rizal,<br>1. Di course mana pengumuman dipasang?</blockquote>
<p>IF3203 Rekayasa Perangkat Lunak</p>
<blockquote type="cite">2. Apa judulnya?</blockquote>
<p>Judul: Demo Aplikasi Kelompok</p>
<blockquote type="cite">3. Kapan ditayangkan?</blockquote>
<p>Selasa, 15 Desember 2026 pukul 07.00</p>
<blockquote type="cite">Salam,<br>Rina</blockquote>
</body></html>
""")


# ---------------------------------------------------------------- eighth batch: an HTML-only message passed on under
# a subject the sender rewrote (no "FW:"); scored before the rule for it

M("outlookweb-teruskan-subjek-diganti-divrplyfwdmsg", "2026-12-13 15:00",
  ("Staf Prodi Akuntansi", "staf.akuntansi@polibatam.ac.id"),
  "Permohonan ganti dosen Akuntansi Manajemen", "course_data", "id",
  {"course_code": "AK3204", "course_name": "Akuntansi Manajemen",
   "changes": {"lecturer": "Dr. Sri Mulyani, S.E., M.Ak."}},
  note="Outlook on the web HTML only: a one-line note above the passed-on message in div#divRplyFwdMsg; the "
       "subject was rewritten, so nothing says 'FW:'.",
  client="outlook-web", html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><div class="elementToProof" style="font-family: Aptos, sans-serif; font-size: 12pt;">Mohon bantuannya, dari Kaprodi.</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Kaprodi Akuntansi &lt;kaprodi.ak@polibatam.ac.id&gt;<br><b>Sent:</b> Sunday, December 13, 2026 2:31 PM<br><b>To:</b> Staf Prodi Akuntansi &lt;staf.akuntansi@polibatam.ac.id&gt;<br><b>Subject:</b> dosen Akuntansi Manajemen</font><div>&nbsp;</div></div><div class="elementToProof">Tolong sampaikan ke P4M: dosen pengampu course AK3204 Akuntansi Manajemen di e-learning mohon diganti menjadi Dr. Sri Mulyani, S.E., M.Ak. mulai semester genap.</div></body></html>
""")


if __name__ == "__main__":
    sys.exit(main())

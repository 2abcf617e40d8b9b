#!/usr/bin/env python3
"""Generate the thirteenth P4M helpdesk TUNING corpus, part "reading" (labelled request e-mails).

Aimed at the READING of mail before it is understood, in layouts the other tuning corpora lack: approval chains
passed on as message/rfc822 whose greeting names a person, signed PDF forms, a request only in the subject over an
empty phone body, format=flowed (soft breaks inside a value), OpenDocument text with headings and lists, calendar
invitations (.ics attached, and an inline text/calendar part), Outlook for Android, Apple Mail, Yahoo and Roundcube
HTML, encoded-word subjects (windows-1252 and UTF-8 base64), windows-1252 bodies, signatures with inline images
(multipart/related), Microsoft 365 non-delivery reports carrying the original (machine mail), and forwards nested
twice inline.  The wording of each request is ordinary on purpose: a miss here is a miss of the reading.  Near-misses
(a meeting invitation, a thank-you subject over an empty body) must not be read as requests.

Stdlib only, deterministic (boundaries, Message-IDs and attachment bytes derive from each mail's slug), CRLF,
every mail parses without defects under email.policy.default, every labelled string is verbatim in the decoded
mail.  Written before any rule it tests, and scored on the unchanged code first.
Run:  python3 make_tune13_reading.py
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
    "outlook-android": ("X-Mailer", "Outlook for Android"),
    "iphone": ("X-Mailer", "iPhone Mail (22B91)"),
    "samsung": (None, None),
}


def H(slug, salt, n=16):
    return hashlib.sha256(("%s|%s" % (slug, salt)).encode()).hexdigest()[:n]


def when(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=WIB)


def M(slug, date, sender, subject, type_, lang, fields=None, note="", client="gmail", plain=None, html_body=None,
      charset="utf-8", cte=None, flowed=False, att=(), raw_charset=None, reply=False, raw_subject=None, images=(),
      calendar=None, raw=None):
    """plain and/or html_body: the parts the client writes (both: multipart/alternative); raw_subject: the Subject
    header as the client encoded it; images: (content id, file name) pictures the HTML shows (multipart/related);
    calendar: an inline text/calendar alternative; raw: the whole message as the sending system wrote it."""
    MAILS.append(dict(slug=slug, date=date, sender=sender, subject=subject, type=type_, lang=lang,
                      fields=fields or {}, note=note, client=client, plain=plain, html=html_body, charset=charset,
                      cte=cte, flowed=flowed, att=list(att), raw_charset=raw_charset, reply=reply,
                      raw_subject=raw_subject, images=list(images), calendar=calendar, raw=raw))




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
    """blocks: strings (paragraphs), lists (tables of string cells), {"h": text} (headings) and {"items": [...]}
    (bulleted lists), in document order."""
    parts = []
    for block in blocks:
        if isinstance(block, dict) and "h" in block:
            parts.append('<text:h text:outline-level="1">%s</text:h>' % html.escape(block["h"], quote=False))
        elif isinstance(block, dict):
            parts.append("<text:list>%s</text:list>" % "".join(
                "<text:list-item><text:p>%s</text:p></text:list-item>" % html.escape(item, quote=False)
                for item in block["items"]))
        elif isinstance(block, list):
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


def make_pdf(pages, fields=()):
    """pages: lists of lines; one PDF page each. fields: (name, tooltip, value) text fields of a fillable form on the
    first page: their values live in the form (/V), not in the page's text, as Acrobat keeps a filled-in form."""
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
    widgets = []
    for number, (name, tooltip, value) in enumerate(fields):
        top = 760 - 14 * number
        objs.append(("<< /Type /Annot /Subtype /Widget /FT /Tx /T (%s) /TU (%s) /V (%s) /Rect [250 %d 540 %d] "
                     "/P %d 0 R /F 4 >>" % (_pdf_str(name), _pdf_str(tooltip), _pdf_str(value), top, top + 12,
                                           kids[0])).encode("latin-1"))
        widgets.append(len(objs))
    if widgets:
        refs = b" ".join(b"%d 0 R" % w for w in widgets)
        first = kids[0] - 1
        objs[first] = objs[first][:-2] + b"/Annots [" + refs + b"] >>"
        objs[0] = b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [" + refs + b"] /NeedAppearances true >> >>"
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


def inner_message(sender, date, subject, body, to=DESK, att=(), subtype="plain"):
    """A whole message passed on as a message/rfc822 part (it may carry one of its own)."""
    inner = EmailMessage(policy=DEFAULT)
    inner["From"] = formataddr(sender)
    inner["To"] = formataddr(to)
    inner["Date"] = format_datetime(when(date))
    inner["Subject"] = subject
    inner["Message-ID"] = "<%s@%s>" % (H(subject + date, "inner"), sender[1].split("@")[1])
    inner.set_content(body, subtype=subtype)
    for item in att:
        inner.add_attachment(item)
    return inner




def make_png(seed):
    """A tiny valid PNG (a logo or a banner in a signature); bytes derive from the seed."""
    import struct
    import zlib

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    shade = int(hashlib.sha256(seed.encode()).hexdigest()[:2], 16)
    rows = b"".join(b"\x00" + bytes([shade, 255 - shade, 128]) * 8 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def ics(uid, summary, start, end, description, method="PUBLISH", location=""):
    """An iCalendar event as Outlook and Google write it (CRLF, long lines folded, text escaped)."""
    def text(value):
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        out = [line[:74]]
        line = line[74:]
        while line:
            out.append(" " + line[:73])
            line = line[73:]
        return "\r\n".join(out)

    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:%s" % method, "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:20261201T010000Z",
             "DTSTART;TZID=Asia/Jakarta:%s" % start, "DTEND;TZID=Asia/Jakarta:%s" % end,
             "SUMMARY;LANGUAGE=id-ID:%s" % text(summary), "DESCRIPTION:%s" % text(description)]
    if location:
        lines.append("LOCATION:%s" % text(location))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def _ics_text(data):
    unfolded = re.sub(r"\r?\n[ \t]", "", data)
    values = []
    for line in unfolded.splitlines():
        if re.match(r"(SUMMARY|DESCRIPTION|LOCATION)[;:]", line):
            value = line.split(":", 1)[1]
            values.append(re.sub(r"\\([,;\\])", r"\1", value.replace("\\n", "\n").replace("\\N", "\n")))
    return "\n".join(values)

# ---------------------------------------------------------------- building

def build(m):
    slug, d = m["slug"], when(m["date"])
    if m["raw"]:
        return m["raw"].replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    msg = EmailMessage(policy=DEFAULT)
    name, addr = m["sender"]
    domain = addr.split("@")[1]
    msg["Return-Path"] = "<%s>" % addr
    msg["Received"] = ("from mail.%s by mx.polibatam.ac.id (Postfix) with ESMTPS id %s for <%s>; %s"
                       % (domain, H(slug, "q", 12).upper(), HELPDESK, format_datetime(d + dt.timedelta(seconds=4))))
    msg["From"] = formataddr((name, addr))
    msg["To"] = formataddr(DESK)
    msg["Subject"] = "SUBJECT-%s" % H(slug, "subject") if m["raw_subject"] else m["subject"]
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
        if m["flowed"] == "delsp":
            params["delsp"] = "yes"
        msg.set_content(plain, charset=charset, cte=m["cte"] or ("quoted-printable" if charset != "utf-8" else None),
                        params=params)
        if body_html is not None:
            msg.add_alternative(body_html, subtype="html", charset=charset, cte="quoted-printable")
    else:
        msg.set_content(body_html, subtype="html", charset=charset, cte=m["cte"] or "quoted-printable")
    if m["calendar"]:
        msg.add_alternative(m["calendar"].encode("utf-8"), maintype="text", subtype="calendar",
                            params={"method": "REQUEST", "charset": "utf-8"}, cte="base64", disposition=None)
    if m["images"]:
        html_part = msg.get_body(("html",))
        for cid, filename in m["images"]:
            html_part.add_related(make_png(slug + cid), maintype="image", subtype="png", cid="<%s>" % cid,
                                  filename=filename, disposition="inline")
    for kind, filename, content in m["att"]:
        if kind == "docx":
            msg.add_attachment(make_docx(content), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=filename)
        elif kind == "odt":
            msg.add_attachment(make_odt(content), maintype="application",
                               subtype="vnd.oasis.opendocument.text", filename=filename)
        elif kind == "pdf":
            msg.add_attachment(make_pdf(content), maintype="application", subtype="pdf", filename=filename)
        elif kind == "pdf-form":
            msg.add_attachment(make_pdf(*content), maintype="application", subtype="pdf", filename=filename)
        elif kind == "txt":
            msg.add_attachment(content.encode("windows-1252"), maintype="text", subtype="plain", filename=filename,
                               params={"charset": "windows-1252"})
        elif kind == "html-file":
            msg.add_attachment(content.encode("utf-8"), maintype="text", subtype="html", filename=filename,
                               params={"charset": "utf-8"})
        elif kind == "ics":
            msg.add_attachment(content.encode("utf-8"), maintype="text", subtype="calendar", filename=filename,
                               params={"method": "PUBLISH"})
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
    if m["raw_subject"]:
        data = data.replace(("SUBJECT-%s" % H(slug, "subject")).encode(), m["raw_subject"].encode("ascii"))
    if m["raw_charset"]:
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
            for found in re.finditer(rb"\(((?:\\.|[^\\)])*)\) (?:Tj|/Rect)", part.get_content()):
                chunks.append(re.sub(rb"\\(.)", rb"\1", found.group(1)).decode("latin-1"))
        elif ctype.endswith("wordprocessingml.document"):
            chunks.append(_xml_text(zipfile.ZipFile(io.BytesIO(part.get_content())).read("word/document.xml")
                                    .decode()))
        elif ctype == "application/vnd.oasis.opendocument.text":
            chunks.append(_xml_text(zipfile.ZipFile(io.BytesIO(part.get_content())).read("content.xml").decode()))
        elif ctype == "text/calendar":
            chunks.append(_ics_text(part.get_content() if isinstance(part.get_content(), str)
                                    else part.get_content().decode("utf-8")))
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


# ---------------------------------------------------------------- approval chains passed on as message/rfc822

M("rfc822-persetujuan-kaprodi-sapaan-ibu", "2026-12-01 08:10",
  ("Rahmawati Siregar", "rahmawati.siregar@polibatam.ac.id"),
  "FW: Persetujuan perubahan nama MK TI2207", "course_data", "id",
  {"course_code": "TI2207", "course_name": "Rekayasa Perangkat Lunak",
   "changes": {"fullname": "Rekayasa Perangkat Lunak Terapan"}},
  note="The approval is a message/rfc822 part; its greeting names the secretary ('Ibu Rahma yth.,') right under "
       "a subject that ends with the code.",
  client="outlook", plain="""Dengan hormat,

Bersama ini kami teruskan persetujuan Kaprodi terlampir. Mohon ditindaklanjuti.

Terima kasih,
Rahmawati Siregar
Sekretariat Jurusan Teknik Informatika
""", att=[("eml", None, inner_message(
      ("Dr. Hendro Wibisono", "hendro.wibisono@polibatam.ac.id"), "2026-11-30 16:45",
      "Persetujuan perubahan nama MK TI2207",
      "Ibu Rahma yth.,\n\nSaya setujui perubahan nama mata kuliah TI2207 Rekayasa Perangkat Lunak menjadi "
      "Rekayasa Perangkat Lunak Terapan. Berlaku mulai semester genap.\n\nSalam,\nDr. Hendro Wibisono\n"
      "Ketua Program Studi Teknik Informatika\n",
      to=("Rahmawati Siregar", "rahmawati.siregar@polibatam.ac.id")))])

M("rfc822-english-approval-dear-ms", "2026-12-01 09:30",
  ("Anggraini Putri", "anggraini.putri@polibatam.ac.id"),
  "Fwd: Lecturer change EL2203 approved", "course_data", "en",
  {"course_code": "EL2203", "course_name": "Digital Signal Processing",
   "changes": {"lecturer": "Rudi Hartono, M.Eng."}},
  note="English approval forwarded as an attachment; it opens 'Dear Ms. Anggraini,' and is signed by the head of "
       "department.",
  client="gmail", plain="""Hi P4M,

Please see the approval below (attached). Thanks!

Anggraini
""", att=[("eml", None, inner_message(
      ("Prof. Samuel Tan", "samuel.tan@polibatam.ac.id"), "2026-11-30 20:05",
      "Lecturer change EL2203 approved",
      "Dear Ms. Anggraini,\n\nApproved. Please ask P4M to change the lecturer of EL2203 Digital Signal Processing "
      "to Rudi Hartono, M.Eng. from next week.\n\nBest regards,\nProf. Samuel Tan\nHead of Electrical Engineering\n",
      to=("Anggraini Putri", "anggraini.putri@polibatam.ac.id")))])

M("rfc822-setuju-di-atas-kutipan-permintaan", "2026-12-01 10:45",
  ("Sekretariat Jurusan Manajemen Bisnis", "sekjur.mb@polibatam.ac.id"),
  "FW: Re: Permohonan ganti dosen MB1104", "course_data", "id",
  {"course_code": "MB1104", "course_name": "Pengantar Akuntansi",
   "changes": {"lecturer": "Nurul Hidayah, S.E., M.Ak."}},
  note="The attached message is the head's one-word approval above the quoted request; the request is the quote, "
       "which greets 'Pak Joko'.",
  client="outlook", plain="""Yth. Tim P4M,

Terlampir persetujuan Kaprodi. Mohon dibantu.

Salam,
Sekretariat Jurusan Manajemen Bisnis
""", att=[("eml", None, inner_message(
      ("Joko Santoso", "joko.santoso@polibatam.ac.id"), "2026-11-30 13:20",
      "Re: Permohonan ganti dosen MB1104",
      "Setuju, silakan diteruskan ke P4M.\n\nJoko\n\nPada Sen, 30 Nov 2026 pukul 11.02 Dewi Lestari "
      "<dewi.lestari@polibatam.ac.id> menulis:\n> Pak Joko,\n>\n> Mohon persetujuan penggantian dosen pengampu "
      "MB1104 Pengantar Akuntansi\n> menjadi Nurul Hidayah, S.E., M.Ak. karena saya cuti melahirkan.\n>\n> "
      "Terima kasih,\n> Dewi\n",
      to=("Sekretariat Jurusan Manajemen Bisnis", "sekjur.mb@polibatam.ac.id")))])

M("rfc822-html-only-yth-bapak", "2026-12-01 13:05",
  ("Tata Usaha Teknik Mesin", "tu.mesin@polibatam.ac.id"),
  "FW: Short name MS3201", "course_data", "id",
  {"course_code": "MS3201", "course_name": "Perancangan Mesin",
   "changes": {"shortname": "PM-MS3A-2026"}},
  note="The attached message is HTML only (Outlook), greeting 'Yth. Bapak Samsul,' on its own line.",
  client="outlook", plain="""Mohon bantuannya, detail di email terlampir.

TU Teknik Mesin
""", att=[("eml", None, inner_message(
      ("Ir. Bambang Kusuma, M.T.", "bambang.kusuma@polibatam.ac.id"), "2026-12-01 11:30", "Short name MS3201",
      "<html><body><p>Yth. Bapak Samsul,</p><p>Short name mata kuliah MS3201 Perancangan Mesin di e-learning mohon "
      "diganti menjadi PM-MS3A-2026 agar sama dengan SIAKAD.</p><p>Hormat saya,<br>Ir. Bambang Kusuma, M.T.</p>"
      "</body></html>\n", to=("Tata Usaha Teknik Mesin", "tu.mesin@polibatam.ac.id"), subtype="html"))])

# ---------------------------------------------------------------- signed PDF forms

M("pdf-formulir-ditandatangani-lama-baru", "2026-12-02 08:20",
  ("Fajar Nugroho", "fajar.nugroho@polibatam.ac.id"),
  "Formulir perubahan MK sudah ditandatangani", "course_data", "id",
  {"course_code": "TS2104", "course_name": "Mekanika Teknik",
   "changes": {"fullname": "Mekanika Teknik Dasar"}},
  note="The request only in a signed PDF form: 'Nama MK (lama)' / 'Nama MK (baru)' rows, then the signatures of "
       "two people on a second page.",
  client="gmail", plain="""Selamat pagi,

Terlampir formulir perubahan yang sudah ditandatangani Kaprodi.

Terima kasih
Fajar
""", att=[("pdf", "Formulir_Perubahan_TS2104_ttd.pdf", [
      ["FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING",
       "Kode MK : TS2104",
       "Nama MK (lama) : Mekanika Teknik",
       "Nama MK (baru) : Mekanika Teknik Dasar",
       "Alasan : penyesuaian kurikulum 2026"],
      ["Batam, 1 Desember 2026",
       "Pemohon,                     Mengetahui,",
       "Fajar Nugroho, S.T., M.T.    Dr. Ir. Bambang Supriadi",
       "Dosen Pengampu               Ketua Program Studi"]])])

M("pdf-signed-form-current-proposed", "2026-12-02 09:40",
  ("Grace Manurung", "grace.manurung@polibatam.ac.id"),
  "Signed form MB2210", "course_data", "en",
  {"course_code": "MB2210", "course_name": "Business Statistics",
   "changes": {"credits": "3"}},
  note="English signed PDF form with 'Current' / 'Proposed' lines for the credits; the body only points to it.",
  client="outlook", plain="""Dear P4M,

Attached is the signed form for MB2210. Let me know if anything is missing.

Regards,
Grace
""", att=[("pdf", "MB2210_form_signed.pdf", [
      ["COURSE DATA CHANGE FORM",
       "Course code: MB2210",
       "Course name: Business Statistics",
       "Credits (current): 2",
       "Credits (proposed): 3",
       "Signed: Grace Manurung, Lecturer    Approved: Head of Programme"]])])

M("pdf-isian-formulir-acroform-ditandatangani", "2026-12-02 10:50",
  ("Nanda Pratiwi", "nanda.pratiwi@polibatam.ac.id"),
  "Formulir isian perubahan dosen (PDF)", "course_data", "id",
  {"course_code": "EL2205", "course_name": "Mikroprosesor",
   "changes": {"lecturer": "Yusuf Maulana, S.T., M.Eng."}},
  note="A fillable PDF form filled in and signed: the page holds only the labels, the answers are the form's "
       "field values (AcroForm /V), each named by its tooltip.",
  client="outlook", plain="""Yth. P4M,

Berikut formulir isian yang sudah saya lengkapi dan tanda tangani.

Salam,
Nanda
""", att=[("pdf-form", "Formulir_Perubahan_Dosen_isian.pdf", (
      [["FORMULIR PERUBAHAN DOSEN PENGAMPU E-LEARNING",
        "Kode MK:",
        "Nama MK:",
        "Dosen pengampu lama:",
        "Dosen pengampu baru:",
        "Tanda tangan pemohon: (ditandatangani secara elektronik)"]],
      [("kode_mk", "Kode MK", "EL2205"), ("nama_mk", "Nama MK", "Mikroprosesor"),
       ("dosen_lama", "Dosen pengampu lama", "Hendra Saputra, S.T., M.T."),
       ("dosen_baru", "Dosen pengampu baru", "Yusuf Maulana, S.T., M.Eng.")]))])

# ---------------------------------------------------------------- the request only in the subject

M("iphone-subjek-saja-enrolment-key", "2026-12-02 06:12",
  ("Yudi Setiawan", "yudi.setiawan@polibatam.ac.id"),
  "Mohon enrolment key IF1203 Algoritma dan Pemrograman diganti jadi ALPRO-2026", "course_data", "id",
  {"course_code": "IF1203", "course_name": "Algoritma dan Pemrograman",
   "changes": {"enrolment_key": "ALPRO-2026"}},
  note="The whole request in the subject; the body is only the iPhone signature.",
  client="iphone", plain="""

Dikirim dari iPhone saya
""")

M("outlook-android-subject-only-announcement", "2026-12-02 07:05",
  ("Kevin Halim", "kevin.halim@polibatam.ac.id"),
  'Please post "Lab Session Moved to Room B204" on my Physics 2 course page', "announcement", "en",
  {"course_name": "Physics 2", "title": "Lab Session Moved to Room B204", "scope": "course"},
  note="Outlook for Android: the request only in the subject, the body only 'Get Outlook for Android'.",
  client="outlook-android", plain="""
Get Outlook for Android
""", html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto"><br></div><div dir="auto" id="ms-outlook-mobile-signature"><div dir="auto">Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div></div></body></html>
""")

M("samsung-subjek-saja-tidak-bisa-login", "2026-12-02 07:40",
  ("Putri Ayu", "putri.ayu@students.polibatam.ac.id"),
  "Tidak bisa login e-learning sejak pagi, selalu kembali ke halaman login", "elearning_support", "id", {},
  note="A student's problem only in the subject; the body is the phone's signature.",
  client="samsung", plain="""


Dikirim dari Samsung Galaxy smartphone saya.
""")

M("iphone-subjek-terima-kasih-saja", "2026-12-02 08:55",
  ("Yudi Setiawan", "yudi.setiawan@polibatam.ac.id"),
  "Re: [P4M #2026-0611] Enrolment key IF1203 sudah diganti, terima kasih", "other", "id", {},
  note="Near-miss: a thank-you only in the subject of a reply over an empty phone body; nothing is asked.",
  client="iphone", reply=True, plain="""

Dikirim dari iPhone saya
""")

# ---------------------------------------------------------------- format=flowed

M("thunderbird-flowed-nilai-terpotong-baris", "2026-12-03 08:00",
  ("Siti Aminah", "siti.aminah@polibatam.ac.id"),
  "Nama MK Sistem Informasi Akuntansi", "course_data", "id",
  {"course_code": "AK2206", "course_name": "Sistem Informasi Akuntansi",
   "changes": {"fullname": "Sistem Informasi Akuntansi Lanjut"}},
  note="format=flowed: the new name is split by a soft line break (trailing space) in the middle of the value.",
  client="thunderbird", flowed=True, plain="""Selamat pagi Tim P4M,

Mohon bantuan untuk mata kuliah AK2206 Sistem Informasi Akuntansi di \nelearning, namanya mohon diubah menjadi Sistem Informasi \nAkuntansi Lanjut.

Terima kasih,
Siti Aminah
""")

M("apple-flowed-delsp-bottom-post", "2026-12-03 09:15",
  ("Michael Wijaya", "michael.wijaya@polibatam.ac.id"),
  "Re: [P4M #2026-0620] Announcement for my class", "announcement", "en",
  {"course_code": "EN1101", "course_name": "English for Academic Purposes",
   "title": "Essay Deadline Extended", "scope": "course",
   "publish_at": "2026-12-04T07:30:00+07:00"},
  note="Apple Mail format=flowed; delsp=yes (two spaces before a soft break keep the word space), the answer written under the quote (bottom-posting).",
  client="apple", flowed="delsp", reply=True, plain="""On 3 Dec 2026, at 08:40, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
>
> Dear Mr. Wijaya, which course is the announcement for, and what is its
> title?
>

It is for EN1101 English for Academic Purposes. The title is "Essay  \nDeadline Extended", please publish it tomorrow at 7:30 am.

Thanks,
Michael
""")

# ---------------------------------------------------------------- OpenDocument text

M("odt-pengumuman-judul-heading-daftar", "2026-12-03 10:30",
  ("UPT Teknologi Informasi", "upt.ti@polibatam.ac.id"),
  "Pengumuman pemeliharaan server", "announcement", "id",
  {"title": "Pemeliharaan Server E-Learning", "scope": "site",
   "publish_at": "2026-12-07T08:00:00+07:00"},
  note="The announcement text in an ODT: its title a heading, the times a bulleted list; the body asks when.",
  client="thunderbird", plain="""Yth. Tim P4M,

Mohon pengumuman terlampir ditayangkan di halaman depan e-learning pada Senin, 7 Desember 2026 pukul 08.00 WIB.

Salam,
UPT TI
""", att=[("odt", "Pengumuman_Pemeliharaan.odt", [
      {"h": "Pemeliharaan Server E-Learning"},
      "E-learning tidak dapat diakses selama pemeliharaan berikut:",
      {"items": ["Sabtu, 12 Desember 2026, 22.00 - 24.00 WIB", "Minggu, 13 Desember 2026, 00.00 - 04.00 WIB"]},
      "Mohon simpan pekerjaan Anda sebelum waktu tersebut."])])

M("odt-form-table-current-new-credits", "2026-12-03 11:20",
  ("Hasan Basri", "hasan.basri@polibatam.ac.id"),
  "Course data form (ODT)", "course_data", "en",
  {"course_code": "ME2102", "course_name": "Engineering Drawing",
   "changes": {"credits": "3"}},
  note="An ODT form: a Field | Current | New table; the body says nothing of the change.",
  client="roundcube", plain="""Good morning,

I filled in the form you sent me, it is attached (LibreOffice).

Best,
Hasan
""", att=[("odt", "course_data_ME2102.odt", [
      "COURSE DATA CHANGE",
      [["Field", "Current", "New"],
       ["Course code", "ME2102", "ME2102"],
       ["Course name", "Engineering Drawing", "Engineering Drawing"],
       ["Credits", "2", "3"]],
      "Reason: lab hours added."])])

# ---------------------------------------------------------------- plain text and HTML files attached

M("txt-terlampir-teks-pengumuman-cp1252", "2026-12-03 13:40",
  ("Lukas Hutapea", "lukas.hutapea@polibatam.ac.id"),
  "Pengumuman untuk kelas Termodinamika", "announcement", "id",
  {"course_code": "MS2203", "course_name": "Termodinamika", "title": "Praktikum Termodinamika Pindah ke Lab 2",
   "scope": "course", "publish_at": "2026-12-04T06:30:00+07:00"},
  note="The announcement's text in an attached .txt (windows-1252, Notepad); the body asks where and when.",
  client="outlook", plain="""Yth. Tim P4M,

Mohon teks terlampir ditayangkan sebagai pengumuman di course MS2203 Termodinamika, besok pukul 06.30.

Terima kasih,
Lukas
""", att=[("txt", "pengumuman_termodinamika.txt",
           "Judul: Praktikum Termodinamika Pindah ke Lab 2\r\n\r\nPraktikum minggu ini dipindah ke Lab 2 "
           "(gedung utama lantai 3) karena perawatan alat di Lab 1 \u2013 jadwal tetap sama.\r\n")])

M("html-file-terlampir-simpan-sebagai-web", "2026-12-03 14:25",
  ("Oktaviani Purba", "oktaviani.purba@polibatam.ac.id"),
  "Permohonan perubahan data MK (file terlampir)", "course_data", "id",
  {"course_code": "AK3104", "course_name": "Perpajakan", "changes": {"fullname": "Perpajakan Lanjutan"}},
  note="The request in an attached .html file (a letter saved as a web page); the body only points to it.",
  client="gmail", plain="""Selamat siang,

Permohonan saya ada di file terlampir ya. Terima kasih.

Okta
""", att=[("html-file", "permohonan_AK3104.html",
           "<html><head><meta charset=\"utf-8\"><title>Permohonan</title></head><body>"
           "<p>Kepada Yth. Tim P4M</p><p>Dengan hormat, mohon nama mata kuliah AK3104 Perpajakan di e-learning "
           "diubah menjadi Perpajakan Lanjutan sesuai kurikulum 2026.</p><p>Hormat saya,<br>Oktaviani Purba</p>"
           "</body></html>")])

# ---------------------------------------------------------------- calendar invitations

M("ics-terlampir-seminar-pengumuman", "2026-12-04 08:05",
  ("Panitia Semnas", "semnas@polibatam.ac.id"),
  "Mohon diumumkan: Seminar Nasional Teknologi Terapan 2026", "announcement", "id",
  {"title": "Seminar Nasional Teknologi Terapan 2026", "scope": "site"},
  note="The event is in an attached .ics (SUMMARY, DESCRIPTION, LOCATION); the body asks for an announcement to "
       "all students.",
  client="outlook", plain="""Yth. Tim P4M,

Mohon diumumkan di e-learning untuk seluruh mahasiswa. Detail acara ada di undangan kalender terlampir.

Terima kasih,
Panitia Semnas
""", att=[("ics", "Seminar_Nasional.ics", ics(
      "semnas-2026@polibatam.ac.id", "Seminar Nasional Teknologi Terapan 2026", "20261217T080000",
      "20261217T160000",
      "Seminar nasional dengan pembicara dari industri dan kampus mitra.\nPendaftaran gratis untuk mahasiswa "
      "Polibatam melalui tautan di e-learning.", location="Auditorium Polibatam"))])

M("ics-english-guest-lecture-course", "2026-12-04 09:25",
  ("Laura Simatupang", "laura.simatupang@polibatam.ac.id"),
  "Announcement for EN2103 Business Communication", "announcement", "en",
  {"course_code": "EN2103", "course_name": "Business Communication",
   "title": "Guest Lecture: Writing Persuasive Emails", "scope": "course"},
  note="An English request whose title is the attached invitation's SUMMARY (with a colon).",
  client="gmail", plain="""Hi,

Could you add the attached event to the announcements of my course EN2103 Business Communication? The title should be the event name.

Thank you,
Laura
""", att=[("ics", "invite.ics", ics(
      "guest-en2103@google.com", "Guest Lecture: Writing Persuasive Emails", "20261210T130000", "20261210T150000",
      "Guest speaker from a logistics company. Attendance counts for the participation grade."))])

M("outlook-undangan-rapat-inline-calendar", "2026-12-04 10:10",
  ("Kepala P4M", "kepala.p4m@polibatam.ac.id"),
  "Rapat koordinasi e-learning semester genap", "other", "id", {},
  note="Near-miss: a meeting invitation to the helpdesk (text/plain with an inline text/calendar alternative); it "
       "asks for no announcement and no change.",
  client="outlook", plain="""Rapat koordinasi persiapan e-learning semester genap.

Waktu: Kamis, 10 Desember 2026, 09.00-11.00 WIB
Tempat: Ruang Rapat P4M
""", calendar=ics("rakor-p4m-2026@polibatam.ac.id", "Rapat koordinasi e-learning semester genap",
                  "20261210T090000", "20261210T110000",
                  "Rapat koordinasi persiapan e-learning semester genap.", method="REQUEST",
                  location="Ruang Rapat P4M"))

# ---------------------------------------------------------------- Outlook for Android, Apple Mail, Yahoo, Roundcube

M("outlook-android-html-reply-divrplyfwdmsg", "2026-12-05 07:20",
  ("Rangga Saputra", "rangga.saputra@polibatam.ac.id"),
  "Re: [P4M #2026-0633] Nama mata kuliah", "course_data", "id",
  {"course_code": "EL2101", "course_name": "Rangkaian Listrik",
   "changes": {"fullname": "Rangkaian Listrik Lanjut"}},
  note="Outlook for Android HTML reply: the answer, 'Dapatkan Outlook untuk Android', then an <hr> and the "
       "divRplyFwdMsg header block with the helpdesk's question.",
  client="outlook-android", reply=True,
  html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="auto">Kodenya EL2101, nama sekarang Rangkaian Listrik. Nama barunya: Rangkaian Listrik Lanjut</div><div dir="auto"><br></div><div dir="auto" id="ms-outlook-mobile-signature"><div dir="auto">Dapatkan <a href="https://aka.ms/AAb9ysg">Outlook untuk Android</a></div></div><div id="ms-outlook-mobile-body-separator-line" dir="auto"><br></div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Helpdesk P4M &lt;helpdesk-p4m@polibatam.ac.id&gt;<br><b>Sent:</b> Friday, December 4, 2026 4:10:12 PM<br><b>To:</b> Rangga Saputra &lt;rangga.saputra@polibatam.ac.id&gt;<br><b>Subject:</b> [P4M #2026-0633] Nama mata kuliah</font><div>&nbsp;</div></div><div><p>Yth. Bapak Rangga,</p><p>Mohon sebutkan kode mata kuliah dan nama baru yang diinginkan, misalnya Rangkaian Listrik 2.</p><p>Salam,<br>Rina - Helpdesk P4M</p></div></body></html>
""")

M("apple-html-reply-blockquote-cite-announcement", "2026-12-05 08:35",
  ("Dr. Ratna Dewi", "ratna.dewi@polibatam.ac.id"),
  "Pengumuman kuis Kalkulus 1", "announcement", "id",
  {"course_code": "MA1101", "course_name": "Kalkulus 1", "title": "Kuis 3 Kalkulus Dipindah ke Jumat",
   "scope": "course", "publish_at": "2026-12-07T06:00:00+07:00"},
  note="Apple Mail HTML (divs per line) with an Apple 'On ... wrote:' blockquote type=cite from a colleague below; "
       "the request is above it.",
  client="apple", html_body="""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;"><div>Selamat pagi Tim P4M,</div><div><br></div><div>Mohon ditayangkan pengumuman di course MA1101 Kalkulus 1 dengan judul "Kuis 3 Kalkulus Dipindah ke Jumat", tayang Senin 7 Desember 2026 jam 06.00.</div><div><br></div><div>Terima kasih,</div><div>Ratna</div><div><br><blockquote type="cite"><div>On 4 Dec 2026, at 21:14, Budi Santosa &lt;budi.santosa@polibatam.ac.id&gt; wrote:</div><br class="Apple-interchange-newline"><div><div>Bu Ratna, kuis 2 di kelas saya tetap Kamis ya.</div></div></blockquote></div><br></body></html>
""")

M("yahoo-html-forwarded-message-short-name", "2026-12-05 09:50",
  ("Andi Wijaya", "andiwijaya88@yahoo.com"),
  "Fw: short name kelas", "course_data", "id",
  {"course_code": "TI3105", "course_name": "Jaringan Komputer",
   "changes": {"shortname": "JARKOM-TI3B"}},
  note="Yahoo Mail HTML forward: '----- Forwarded Message -----' with From/To/Sent/Subject lines inside "
       "div.yahoo_quoted; a one-line note above.",
  client="yahoo", plain="""Mohon dibantu ya.

----- Forwarded Message -----
From: Andi Wijaya <andi.wijaya@polibatam.ac.id>
To: Andi Wijaya <andiwijaya88@yahoo.com>
Sent: Friday, December 4, 2026 at 10:02:11 PM GMT+7
Subject: short name kelas

Short name MK TI3105 Jaringan Komputer di elearning tolong diganti jadi JARKOM-TI3B, supaya mahasiswa tidak bingung.

Andi
""", html_body="""<html><head></head><body><div class="ydp4f2c yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">Mohon dibantu ya.</div><div><br></div><div id="yahoo_quoted_1234567" class="yahoo_quoted"><div style="font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>----- Forwarded Message -----</div><div><b>From:</b> Andi Wijaya &lt;andi.wijaya@polibatam.ac.id&gt;</div><div><b>To:</b> Andi Wijaya &lt;andiwijaya88@yahoo.com&gt;</div><div><b>Sent:</b> Friday, December 4, 2026 at 10:02:11 PM GMT+7</div><div><b>Subject:</b> short name kelas</div><div><br></div><div><div dir="ltr">Short name MK TI3105 Jaringan Komputer di elearning tolong diganti jadi JARKOM-TI3B, supaya mahasiswa tidak bingung.</div><div dir="ltr"><br></div><div dir="ltr">Andi</div></div></div></div></div></body></html>
""")

M("roundcube-html-bottom-post-blockquote", "2026-12-05 11:05",
  ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "Re: [P4M #2026-0640] Dosen pengampu", "course_data", "id",
  {"course_code": "AK1103", "course_name": "Akuntansi Biaya",
   "changes": {"lecturer": "Agus Salim, S.E., M.M."}},
  note="Roundcube HTML reply written under the quote (its default); the signature in div#signature under '-- '.",
  client="roundcube", reply=True,
  html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>
<p>On 2026-12-04 15:32, Helpdesk P4M wrote:</p>
<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">
<div class="pre" style="margin: 0; padding: 0; font-family: monospace">Yth. Ibu Wulan,<br /><br />Untuk mata kuliah yang mana, dan siapa dosen penggantinya?<br /><br />Salam,<br />Rina - Helpdesk P4M</div>
</blockquote>
<p>Untuk AK1103 Akuntansi Biaya, dosennya diganti menjadi Agus Salim, S.E., M.M.</p>
<p>Terima kasih.</p>
<div id="signature">-- <br />Wulan Sari<br />Koordinator MK AK2201 Akuntansi Keuangan</div>
</body></html>
""")

# ---------------------------------------------------------------- encoded-word subjects, windows-1252 bodies

M("cp1252-subjek-encoded-word-kutip-melengkung", "2026-12-07 08:10",
  ("Yohana Sitorus", "yohana.sitorus@polibatam.ac.id"),
  "Perubahan nama MK \u201cKimia Dasar\u201d", "course_data", "id",
  {"course_code": "KM1101", "course_name": "Kimia Dasar",
   "changes": {"fullname": "Kimia Dasar Terapan"}},
  note="Subject as a windows-1252 quoted-printable encoded word; the body windows-1252 with curly quotes.",
  client="outlook", charset="windows-1252",
  raw_subject="=?windows-1252?Q?Perubahan_nama_MK_=93Kimia_Dasar=94?=",
  plain="""Yth. Tim P4M,

Nama mata kuliah KM1101 \u201cKimia Dasar\u201d di e-learning mohon diubah menjadi \u201cKimia Dasar Terapan\u201d \u2013 sesuai kurikulum baru.

Hormat saya,
Yohana Sitorus
""")

M("utf8-base64-subjek-dua-kata-terenkode", "2026-12-07 09:00",
  ("Bayu Prasetyo", "bayu.prasetyo@polibatam.ac.id"),
  "\U0001f4e2 Pengumuman: UTS Statistika diundur", "announcement", "id",
  {"course_code": "MA2104", "course_name": "Statistika",
   "title": "UTS Statistika Diundur ke Minggu Depan", "scope": "course"},
  note="Subject written as two UTF-8 base64 encoded words folded over two lines (an emoji first).",
  client="gmail",
  raw_subject="=?UTF-8?B?8J+ToiBQZW5ndW11bWFuOg==?=\r\n =?UTF-8?B?IFVUUyBTdGF0aXN0aWthIGRpdW5kdXI=?=",
  plain="""Halo Tim P4M,

Tolong pasang pengumuman di kelas MA2104 Statistika, judulnya "UTS Statistika Diundur ke Minggu Depan". Isinya: UTS dipindah ke Selasa, 15 Desember 2026.

Makasih,
Bayu
""")

M("cp1252-html-only-outlook-nbsp-dosen", "2026-12-07 10:20",
  ("Hendra Gunawan", "hendra.gunawan@polibatam.ac.id"),
  "Ganti dosen pengampu MB2201", "course_data", "id",
  {"course_code": "MB2201", "course_name": "Manajemen Pemasaran",
   "changes": {"lecturer": "Dra. Sri Rahayu, M.Pd."}},
  note="Outlook HTML only, windows-1252 quoted-printable, &nbsp; between words and a curly apostrophe nearby.",
  client="outlook", charset="windows-1252",
  html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body lang="EN-US"><div class="WordSection1"><p class="MsoNormal">Selamat siang,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Dosen pengampu MB2201 Manajemen Pemasaran mohon diganti menjadi Dra. Sri Rahayu, M.Pd. karena saya tugas belajar \u2018semester depan\u2019.<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Terima kasih,<o:p></o:p></p><p class="MsoNormal">Hendra<o:p></o:p></p></div></body></html>
""")

# ---------------------------------------------------------------- signatures with inline images

M("outlook-related-logo-tanda-tangan-mk-lain", "2026-12-08 08:15",
  ("Indra Lesmana", "indra.lesmana@polibatam.ac.id"),
  "Enrolment key Struktur Data", "course_data", "id",
  {"course_code": "IF2105", "course_name": "Struktur Data",
   "changes": {"enrolment_key": "SD-IF2B-26"}},
  note="Outlook HTML in multipart/related: the signature is a logo (cid:image001.png) and lines naming another "
       "course the writer coordinates.",
  client="outlook", images=[("image001.png@01DB4C2A.5E1F3B70", "image001.png")],
  plain="""Selamat pagi,

Enrolment key MK IF2105 Struktur Data mohon diganti menjadi SD-IF2B-26.

Terima kasih,
Indra Lesmana
Koordinator MK IF1101 Pengantar Pemrograman
""", html_body="""<html><body><div class="WordSection1"><p class="MsoNormal">Selamat pagi,</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Enrolment key MK IF2105 Struktur Data mohon diganti menjadi SD-IF2B-26.</p><p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Terima kasih,</p><table><tr><td><img width="80" height="40" src="cid:image001.png@01DB4C2A.5E1F3B70" alt="Polibatam"></td><td><p class="MsoNormal"><b>Indra Lesmana</b><br>Koordinator MK IF1101 Pengantar Pemrograman</p></td></tr></table></div></body></html>
""")

M("gmail-banner-signature-image-announcement", "2026-12-08 09:30",
  ("Himpunan Mahasiswa Elektro", "hme@polibatam.ac.id"),
  "Request announcement: Robotics Workshop", "announcement", "en",
  {"title": "Robotics Workshop for All Students", "scope": "site",
   "publish_at": "2026-12-09T10:00:00+07:00"},
  note="Gmail HTML with a signature banner image (multipart/related, cid) between the request and the sign-off.",
  client="gmail", images=[("ii_m3x7k2a10", "banner_hme.png")],
  plain="""Dear P4M,

Please publish an announcement titled "Robotics Workshop for All Students" on the e-learning front page on 9 December 2026 at 10:00.

[banner_hme.png]

Thank you,
HME Polibatam
""", html_body="""<div dir="ltr"><div>Dear P4M,</div><div><br></div><div>Please publish an announcement titled "Robotics Workshop for All Students" on the e-learning front page on 9 December 2026 at 10:00.</div><div><br></div><div><img src="cid:ii_m3x7k2a10" alt="banner_hme.png" width="400" height="100"><br></div><div><br></div><div>Thank you,</div><div>HME Polibatam</div></div>
""")

# ---------------------------------------------------------------- forwards nested twice inline

M("gmail-fwd-berisi-outlook-fw-pengumuman", "2026-12-08 10:45",
  ("Staf Jurusan Teknik Elektro", "staf.elektro@polibatam.ac.id"),
  "Fwd: FW: Pengumuman kuliah pengganti", "announcement", "id",
  {"course_code": "EL3102", "course_name": "Sistem Kendali", "title": "Kuliah Pengganti Sistem Kendali",
   "scope": "course", "publish_at": "2026-12-09T07:00:00+07:00"},
  note="A Gmail forward holding an Outlook forward (From/Sent/To/Subject block), each with a one-line note; the "
       "request is two levels down.",
  client="gmail", plain="""Untuk diproses, terima kasih.

---------- Forwarded message ---------
From: Kaprodi Teknik Elektro <kaprodi.elektro@polibatam.ac.id>
Date: Tue, 8 Dec 2026 at 09:58
Subject: FW: Pengumuman kuliah pengganti
To: Staf Jurusan Teknik Elektro <staf.elektro@polibatam.ac.id>


Tolong diteruskan ke P4M.

From: Arif Rahman <arif.rahman@polibatam.ac.id>
Sent: Tuesday, December 8, 2026 9:30 AM
To: Kaprodi Teknik Elektro <kaprodi.elektro@polibatam.ac.id>
Subject: Pengumuman kuliah pengganti

Pak, mohon dibuatkan pengumuman di course EL3102 Sistem Kendali berjudul "Kuliah Pengganti Sistem Kendali", tayang besok pukul 07.00.

Arif
""")

M("outlook-fw-fw-catatan-dua-kalimat", "2026-12-08 13:10",
  ("Wakil Direktur Bidang Akademik", "wadir1@polibatam.ac.id"),
  "FW: FW: Perubahan SKS Fisika Terapan", "course_data", "id",
  {"course_code": "UM1203", "course_name": "Fisika Terapan", "changes": {"credits": "3"}},
  note="Outlook forward of a forward; the middle note has two sentences on one line, the request is at the bottom.",
  client="outlook", plain="""Mohon ditindaklanjuti.

From: Kepala Bagian Akademik <kabag.akademik@polibatam.ac.id>
Sent: Tuesday, December 8, 2026 11:40 AM
To: Wakil Direktur Bidang Akademik <wadir1@polibatam.ac.id>
Subject: FW: Perubahan SKS Fisika Terapan

Pak Wadir, ini permintaan dari dosen kami. Beliau sedang dinas luar, jadi kami bantu teruskan.

From: Dedi Kurniawan <dedi.kurniawan@polibatam.ac.id>
Sent: Tuesday, December 8, 2026 8:15 AM
To: Kepala Bagian Akademik <kabag.akademik@polibatam.ac.id>
Subject: Perubahan SKS Fisika Terapan

Yth. Kabag,

SKS mata kuliah UM1203 Fisika Terapan di e-learning masih 2, seharusnya 3 SKS.

Terima kasih,
Dedi
""")

# ---------------------------------------------------------------- Microsoft 365 non-delivery reports (machine mail)

NDR_M365 = """Received: from SG2PR06MB5012.apcprd06.prod.outlook.com (2603:1096:4:1e::9) by
 SG2PR06MB3101.apcprd06.prod.outlook.com with HTTPS; Tue, 8 Dec 2026 07:12:40 +0000
From: Microsoft Outlook
 <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@polibatam.ac.id>
To: <helpdesk-p4m@polibatam.ac.id>
Date: Tue, 8 Dec 2026 07:12:40 +0000
Content-Type: multipart/report; report-type=delivery-status;
 boundary="ndr_a91c0f3d5b7e4c2f9e60"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US
Message-ID: <a91c0f3d-5b7e-4c2f-9e60-ndr1@SG2PR06MB5012.apcprd06.prod.outlook.com>
In-Reply-To: <p4m-2026-0650-ack@polibatam.ac.id>
References: <p4m-2026-0650-ack@polibatam.ac.id>
Subject: Undeliverable: [P4M #2026-0650] Mohon lengkapi: nama baru mata kuliah
MIME-Version: 1.0

--ndr_a91c0f3d5b7e4c2f9e60
Content-Type: multipart/alternative; differences=Content-Type;
 boundary="ndr_alt_77e1b2c4d9f0"

--ndr_alt_77e1b2c4d9f0
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

Your message to gilang.pratama@polibatam.ac.id couldn't be delivered.
gilang.pratama wasn't found at polibatam.ac.id.

helpdesk-p4m   Office 365   gilang.pratama
Action Required                     Recipient
Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
Retype the recipient's address, then resend the message.

--ndr_alt_77e1b2c4d9f0
Content-Type: text/html; charset="us-ascii"
Content-Transfer-Encoding: quoted-printable

<html><head></head><body><div style=3D"font-family:'Segoe UI',Arial"><p>Yo=
ur message to <a href=3D"mailto:gilang.pratama@polibatam.ac.id">gilang.prat=
ama@polibatam.ac.id</a> couldn't be delivered.</p><p><b>gilang.pratama</b> =
wasn't found at polibatam.ac.id.</p><p>Action Required: Unknown To address<=
/p></div></body></html>

--ndr_alt_77e1b2c4d9f0--

--ndr_a91c0f3d5b7e4c2f9e60
Content-Type: message/delivery-status

Reporting-MTA: dns;SG2PR06MB5012.apcprd06.prod.outlook.com
Received-From-MTA: dns;mx.polibatam.ac.id
Arrival-Date: Tue, 8 Dec 2026 07:12:38 +0000

Final-Recipient: rfc822;gilang.pratama@polibatam.ac.id
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--ndr_a91c0f3d5b7e4c2f9e60
Content-Type: message/rfc822

From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
To: Gilang Pratama <gilang.pratama@polibatam.ac.id>
Subject: [P4M #2026-0650] Mohon lengkapi: nama baru mata kuliah
Date: Tue, 8 Dec 2026 14:12:30 +0700
Message-ID: <p4m-2026-0650-ack@polibatam.ac.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Yth. Bapak Gilang,

Permintaan Anda untuk mengubah nama mata kuliah IF2203 Basis Data telah kami terima.
Mohon lengkapi: nama baru mata kuliah.

Salam,
Helpdesk P4M

--ndr_a91c0f3d5b7e4c2f9e60--
"""

M("m365-ndr-asli-terlampir-rfc822", "2026-12-08 14:12",
  ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@polibatam.ac.id"),
  "Undeliverable: [P4M #2026-0650] Mohon lengkapi: nama baru mata kuliah", "auto", "id", {},
  note="Microsoft 365 NDR (multipart/report) with the helpdesk's own acknowledgement attached whole; no "
       "Auto-Submitted and no null Return-Path in this copy.",
  raw=NDR_M365)

NDR_HEADERS_ONLY = """Return-Path: <>
From: Microsoft Outlook <postmaster@polibatam.onmicrosoft.com>
To: <helpdesk-p4m@polibatam.ac.id>
Date: Wed, 9 Dec 2026 01:05:10 +0000
Content-Type: multipart/report; report-type=delivery-status;
 boundary="ndr_3f0e9b6a1c2d4e58"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: id-ID
Message-ID: <3f0e9b6a-1c2d-4e58-ndr2@SI2PR06MB4410.apcprd06.prod.outlook.com>
Subject: =?utf-8?Q?Tidak_dapat_dikirim:_[P4M_#2026-0655]_Pengumuman_Anda_sudah?=
 =?utf-8?Q?_tayang?=
MIME-Version: 1.0

--ndr_3f0e9b6a1c2d4e58
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Pesan Anda ke nadia.rahma@polibatam.ac.id tidak dapat dikirim.
Kotak surat nadia.rahma penuh.

Yang harus dilakukan: minta penerima mengosongkan kotak suratnya, lalu kirim ulang pesan.

--ndr_3f0e9b6a1c2d4e58
Content-Type: message/delivery-status

Reporting-MTA: dns;SI2PR06MB4410.apcprd06.prod.outlook.com
Arrival-Date: Wed, 9 Dec 2026 01:05:08 +0000

Final-Recipient: rfc822;nadia.rahma@polibatam.ac.id
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException

--ndr_3f0e9b6a1c2d4e58
Content-Type: text/rfc822-headers

From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
To: Nadia Rahma <nadia.rahma@polibatam.ac.id>
Subject: [P4M #2026-0655] Pengumuman Anda sudah tayang
Date: Wed, 9 Dec 2026 08:05:00 +0700
Message-ID: <p4m-2026-0655-done@polibatam.ac.id>

--ndr_3f0e9b6a1c2d4e58--
"""

M("m365-ndr-indonesia-hanya-header-asli", "2026-12-09 08:05",
  ("Microsoft Outlook", "postmaster@polibatam.onmicrosoft.com"),
  "Tidak dapat dikirim: [P4M #2026-0655] Pengumuman Anda sudah tayang", "auto", "id", {},
  note="Microsoft 365 NDR in Indonesian; only the original's headers come back (text/rfc822-headers), the subject "
       "is an encoded word.",
  raw=NDR_HEADERS_ONLY)


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Held-out part 42 of the P4M Helpdesk request corpus, written blind in round 29.

Seventy hand-written e-mails to helpdesk-p4m@polibatam.ac.id, dated from late
February to the end of May 2027 (the middle of the even semester 2026/2027:
Ramadan and the Idulfitri break, UTS/midterms, practicum weeks, the internal
quality audit (AMI) and accreditation site visits by LAM INFOKOM, LAM Teknik
and IABEE), with labels in the format of the sample corpus
(tests/data/requests-reference/labels.json):

    {"NNN-slug.eml": {"type": ..., "lang": "id|en|mixed", "fields": {...}, "note": ...}}

Run ``python3 make_holdout42.py`` in this directory: it (re)writes the .eml
files and labels.json next to itself, byte-identically on every run (standard
library only; every boundary, Message-ID, queue id and attachment byte is
derived from the message slug, nothing depends on the clock or on randomness).
Before writing, every message is checked: it parses with email.policy.default
without defects, has CRLF line endings, its Date and Subject round-trip, every
string label value occurs in its subject, text, HTML or attachment text, and the
counts per type and language match the plan. Files are numbered in order of
their Date header.
"""

import base64
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import os
import quopri
import re
import sys
import zipfile
from email import policy
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
HELPDESK = "helpdesk-p4m@polibatam.ac.id"
HELPDESK_NAME = "Helpdesk P4M"
WIB = dt.timezone(dt.timedelta(hours=7))
KST = dt.timezone(dt.timedelta(hours=9))

PLAN_TYPES = {"course_data": 22, "announcement": 16, "elearning_support": 12,
              "document_request": 7, "other": 7, "auto": 6}
PLAN_LANGS = {"id": 40, "en": 18, "mixed": 12}

DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
HARI3 = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
         "September", "Oktober", "November", "Desember"]
BULAN3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]

MAILS = []


def t(y, mo, d, h, mi, s=0, tz=WIB):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def mail(slug, when, kind, lang, fields=None, note=""):
    """Register a builder: fn(slug, when) -> raw message text with \\n line ends."""
    def deco(fn):
        MAILS.append({"slug": slug, "when": when, "type": kind, "lang": lang,
                      "fields": fields or {}, "note": note, "build": fn})
        return fn
    return deco


# ---------------------------------------------------------------- tokens, dates

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
HEX = "0123456789abcdef"


def tok(slug, salt, n, alphabet=HEX):
    seed = hashlib.sha256((slug + "|" + salt).encode()).digest()
    out, i = [], 0
    while len(out) < n:
        block = hashlib.sha256(seed + i.to_bytes(4, "big")).digest()
        i += 1
        out.extend(alphabet[b % len(alphabet)] for b in block)
    return "".join(out[:n])


def num(slug, salt, lo, hi):
    return lo + int(tok(slug, salt, 8), 16) % (hi - lo + 1)


def offset(d):
    mins = int(d.utcoffset().total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s%02d%02d" % (sign, mins // 60, mins % 60)


def rfcdate(d, pad=False):
    day = "%02d" % d.day if pad else str(d.day)
    return "%s, %s %s %d %02d:%02d:%02d %s" % (DAYS[d.weekday()], day, MONS[d.month - 1], d.year,
                                              d.hour, d.minute, d.second, offset(d))


def later(d, seconds):
    return d + dt.timedelta(seconds=seconds)


def wib(d):
    return d.astimezone(WIB)


def id_long(d):
    """'Jumat, 26 Maret 2027 16.40' (Outlook Indonesian 'Dikirim:')."""
    return "%s, %02d %s %d %02d.%02d" % (HARI[d.weekday()], d.day, BULAN[d.month - 1], d.year, d.hour, d.minute)


def gmail_quote_id(d, name, addr):
    return "Pada %s, %d %s %d pukul %02d.%02d %s <%s>\nmenulis:" % (
        HARI3[d.weekday()], d.day, BULAN3[d.month - 1], d.year, d.hour, d.minute, name, addr)


def tb_quote_id(d, name):
    return "Pada %02d/%02d/%02d %02d.%02d, %s menulis:" % (d.day, d.month, d.year % 100, d.hour, d.minute, name)


# ---------------------------------------------------------------- headers

def ew(s):
    """RFC 2047 encoded word(s) for non-ASCII text, folded."""
    if all(ord(c) < 128 for c in s):
        return s
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > 42:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode() + "?=" for w in words)


def addr(name, email):
    if not name:
        return email
    if any(ord(c) > 127 for c in name):
        return "%s <%s>" % (ew(name), email)
    if re.search(r'[(),.:;<>@\[\]"\']', name):
        return '"%s" <%s>' % (name.replace('"', ''), email)
    return "%s <%s>" % (name, email)


def fold(name, value, width=76):
    """Fold an ASCII header at spaces (RFC 5322 folding keeps the space)."""
    if "\n" in value or len(name) + 2 + len(value) <= width:
        return "%s: %s" % (name, value)
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


SUBJECT_SEEN = []


def subj(s):
    SUBJECT_SEEN.append(s)
    if all(ord(c) < 128 for c in s):
        return fold("Subject", s)
    return "Subject: " + ew(s)


# ---------------------------------------------------------------- bodies

def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def textpart(text, subtype="plain", charset="UTF-8", cte="auto", extra=(), ctype_extra=""):
    if not text.endswith("\n"):
        text += "\n"
    if cte == "auto":
        long_line = max(len(line) for line in text.split("\n")) > 76
        cte = "7bit" if (is_ascii(text) and not long_line) else "quoted-printable"
    if cte == "quoted-printable":
        body = qp(text)
    elif cte == "base64":
        body = b64(text)
    else:
        body = text
    hdr = ['Content-Type: text/%s; charset="%s"%s' % (subtype, charset, ctype_extra)]
    if cte not in (None, "7bit-implicit"):
        hdr.append("Content-Transfer-Encoding: %s" % cte)
    hdr.extend(extra)
    return "\n".join(hdr) + "\n\n" + body


def binpart(ctype, filename, data, disposition="attachment", extra=()):
    hdr = ['Content-Type: %s; name="%s"' % (ctype, filename),
           'Content-Disposition: %s; filename="%s"' % (disposition, filename),
           "Content-Transfer-Encoding: base64"]
    hdr.extend(extra)
    return "\n".join(hdr) + "\n\n" + b64(data)


def multipart(subtype, boundary, parts, preamble=None, params=""):
    head = 'Content-Type: multipart/%s;\n boundary="%s"%s' % (subtype, boundary, params)
    out = head + "\n\n"
    if preamble:
        out += preamble + "\n"
    for p in parts:
        out += "--%s\n%s\n\n" % (boundary, p.rstrip("\n"))
    out += "--%s--\n" % boundary
    return out


def split_ct(mp):
    """Split 'Content-Type: ...\\n\\nbody' into (header lines, body)."""
    head, body = mp.split("\n\n", 1)
    return head, body


def message(headers, body_part):
    """headers: list of header lines; body_part: 'Content-Type...\\n\\nbody'."""
    head, body = split_ct(body_part)
    return "\n".join(list(headers) + [head]) + "\n\n" + body


# ---------------------------------------------------------------- HTML renderers

def esc(s):
    return htmlmod.escape(s, quote=False)


def gmail_html(text, quote_header=None, quoted=None):
    out = ['<div dir="ltr">']
    for line in text.rstrip("\n").split("\n"):
        out.append("<div>%s</div>" % esc(line) if line.strip() else "<div><br></div>")
    out.append("</div>")
    if quote_header:
        out.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                   + esc(quote_header).replace("\n", "<br>") + "<br></div>")
        out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                   'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
        for line in quoted.rstrip("\n").split("\n"):
            out.append("%s<br>" % esc(line) if line.strip() else "<br>")
        out.append("</blockquote></div>")
    return "\n".join(out) + "\n"


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" \
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";}
@font-face
\t{font-family:Calibri;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink
\t{color:#0563C1;
\ttext-decoration:underline;}
table.MsoTableGrid
\t{border:solid windowtext 1.0pt;}
.MsoChpDefault
\t{mso-style-type:export-only;}
div.WordSection1
\t{page:WordSection1;}
--></style>
</head>
<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_html(text, lang="id-ID", inner=None):
    """Word-style HTML. Lines starting with the Outlook separator open a quoted header block."""
    out = [WORD_HEAD % lang]
    lines = text.rstrip("\n").split("\n")
    in_hdr = False
    for line in lines:
        if line.startswith("________________________________"):
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            in_hdr = True
            continue
        if in_hdr:
            m = re.match(r"^(Dari|Dikirim|Kepada|Cc|Subjek|From|Sent|To|Subject):\s?(.*)$", line)
            if m:
                out.append('<p class="MsoNormal"><b>%s:</b> %s</p>' % (m.group(1), esc(m.group(2))))
                continue
            out.append("</div>")
            in_hdr = False
        if inner and line == "@@INNER@@":
            out.append(inner)
            continue
        out.append('<p class="MsoNormal">%s</p>' % esc(line) if line.strip() else '<p class="MsoNormal">&nbsp;</p>')
    if in_hdr:
        out.append("</div>")
    out.append("</div>\n</body>\n</html>")
    return "\n".join(out) + "\n"


def zimbra_html(text):
    out = ['<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">']
    for line in text.rstrip("\n").split("\n"):
        out.append("<div>%s</div>" % esc(line) if line.strip() else '<div><br data-mce-bogus="1"></div>')
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def simple_html(text, font="Roboto, sans-serif"):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>',
           '<div style="font-family:%s">' % font]
    for line in text.rstrip("\n").split("\n"):
        out.append("<div>%s</div>" % esc(line) if line.strip() else "<div><br></div>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def flowed(text, width=72):
    """format=flowed: long lines are broken at spaces, soft breaks keep a trailing space."""
    out = []
    for line in text.rstrip("\n").split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        prefix = ""
        if line.startswith(">"):
            out.append(line)  # quoted text is passed through as it was received
            continue
        while len(prefix) + len(line) > width:
            cut = line.rfind(" ", 0, width - len(prefix))
            if cut <= 0:
                break
            out.append(prefix + line[:cut + 1])
            line = line[cut + 1:]
        out.append(prefix + line)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- attachments

def make_docx(paragraphs, table=None, when=(2027, 1, 1, 0, 0, 0)):
    """A minimal valid WordprocessingML document (stored zip, fixed timestamps)."""
    def run(s, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, htmlmod.escape(s, quote=False))

    def para(s, bold=False):
        return "<w:p>%s</w:p>" % run(s, bold)

    body = []
    for p in paragraphs:
        if p == "@@TABLE@@" and table:
            rows = []
            for r, cells in enumerate(table):
                tcs = "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                              % (4500 if i else 3000, para(c, bold=(r == 0))) for i, c in enumerate(cells))
                rows.append("<w:tr>%s</w:tr>" % tcs)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                        '</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="4500"/>'
                        '</w:tblGrid>%s</w:tbl>' % "".join(rows))
        else:
            bold = p.startswith("**")
            body.append(para(p[2:] if bold else p, bold))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                "<w:body>%s<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
                '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/></w:sectPr>'
                "</w:body></w:document>" % "".join(body))
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/'
                     'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                     '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for name, data in (("[Content_Types].xml", content_types), ("_rels/.rels", rels),
                           ("word/document.xml", document)):
            info = zipfile.ZipInfo(name, date_time=when)
            info.create_system = 0
            info.external_attr = 0
            info.compress_type = zipfile.ZIP_STORED
            z.writestr(info, data.encode("utf-8"))
    return buf.getvalue()


def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, title="Document"):
    """A minimal valid one-page PDF with uncompressed Helvetica text (ASCII only)."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for line in lines:
        assert is_ascii(line), line
        if line.startswith("**"):
            ops.append("/F2 11 Tf (%s) Tj T* /F1 11 Tf" % pdf_escape(line[2:]))
        else:
            ops.append("(%s) Tj T*" % pdf_escape(line))
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + pdf_escape(title).encode("latin-1") + b") /Producer (P4M corpus) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\n".join(out)


def make_ics(slug, organizer, summary, description, start, end, location, stamp, attendees=(HELPDESK,)):
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             "BEGIN:VTIMEZONE", "TZID:SE Asia Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
             "TZOFFSETFROM:+0700", "TZOFFSETTO:+0700", "END:STANDARD", "END:VTIMEZONE", "BEGIN:VEVENT",
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for a in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (a, a))
    lines += ["DESCRIPTION;LANGUAGE=id-ID:" + ics_escape(description),
              "UID:040000008200E00074C5B7101A82E008000000%s" % tok(slug, "uid", 40).upper(),
              "SUMMARY;LANGUAGE=id-ID:" + ics_escape(summary),
              "DTSTART;TZID=SE Asia Standard Time:" + start.strftime("%Y%m%dT%H%M%S"),
              "DTEND;TZID=SE Asia Standard Time:" + end.strftime("%Y%m%dT%H%M%S"),
              "CLASS:PUBLIC", "PRIORITY:5",
              "DTSTAMP:" + stamp.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
              "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
              "LOCATION;LANGUAGE=id-ID:" + ics_escape(location),
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(ics_fold(l) for l in lines) + "\n"


# ---------------------------------------------------------------- clients

def recv_internal(slug, d, src="mail.polibatam.ac.id", ip=None, esmtps=False):
    ip = ip or "103.143.71.%d" % num(slug, "ip", 100, 230)
    return ["Return-Path: <%s>" % "@@RP@@",
            "Received: from %s (%s [%s]) by" % (src, src, ip),
            " mx.polibatam.ac.id (Postfix) with %s id %s for" % ("ESMTPS" if esmtps else "ESMTP",
                                                                 tok(slug, "qid", 13, B62)),
            " <%s>; %s (WIB)" % (HELPDESK, rfcdate(wib(later(d, num(slug, "lag", 3, 48)))))]


def recv_google(slug, d):
    host = "mail-%s%d-f%d.google.com" % (tok(slug, "gh", 2, "abcdefghijklmnopqrstuvwxyz"),
                                         num(slug, "gn", 1, 9), num(slug, "gf", 41, 199))
    ip = "209.85.%d.%d" % (num(slug, "g3", 128, 222), num(slug, "g4", 10, 250))
    return ["Return-Path: <@@RP@@>",
            "Received: from %s (%s" % (host, host),
            " [%s]) by mx.polibatam.ac.id (Postfix) with ESMTPS id" % ip,
            " %s for <%s>;" % (tok(slug, "qid", 13, B62), HELPDESK),
            " %s (WIB)" % rfcdate(wib(later(d, num(slug, "lag", 3, 48))))]


def recv_outlook(slug, d, region="APC01-SG2", kind="obe"):
    host = "%s-%s.outbound.protection.outlook.com" % (region, kind)
    ip = "40.107.%d.%d" % (num(slug, "o3", 100, 255), num(slug, "o4", 10, 250))
    return ["Return-Path: <@@RP@@>",
            "Received: from %s" % host,
            " (%s [%s]) by" % (host, ip),
            " mx.polibatam.ac.id (Postfix) with ESMTPS id %s for" % tok(slug, "qid", 13, B62),
            " <%s>; %s (WIB)" % (HELPDESK, rfcdate(wib(later(d, num(slug, "lag", 3, 48)))))]


def rp(lines, address):
    return [l.replace("@@RP@@", address) for l in lines]


def to_line(to):
    if to is None:
        return "To: " + HELPDESK
    return fold("To", ", ".join(addr(n, a) for n, a in to)) if not any(
        any(ord(c) > 127 for c in (n or "")) for n, a in to) else "To: " + ",\n ".join(addr(n, a) for n, a in to)


def cc_line(cc):
    return "Cc: " + ",\n ".join(addr(n, a) for n, a in cc)


def threading(irt, refs):
    out = []
    if irt:
        out.append("In-Reply-To: %s" % irt)
    if refs:
        out.append("References: " + "\n ".join(refs))
    return out


def gmail(slug, d, frm, subject, text, html=None, to=None, cc=None, irt=None, refs=None,
          attachments=(), quote_header=None, quoted=None):
    name, address = frm
    if address.endswith("@gmail.com"):
        rec = recv_google(slug, d)
    else:
        rec = recv_internal(slug, d)
    full_text = text if not quote_header else text.rstrip("\n") + "\n\n" + quote_header + "\n\n" + \
        "\n".join(("> " + l) if l else ">" for l in quoted.rstrip("\n").split("\n")) + "\n"
    html = html or gmail_html(text, quote_header, quoted)
    b = "000000000000" + tok(slug, "b1", 12)
    alt = multipart("alternative", b, [textpart(full_text), textpart(html, "html", cte="quoted-printable")])
    if attachments:
        bm = "000000000000" + tok(slug, "b0", 12)
        parts = [alt]
        for fname, ctype, data in attachments:
            parts.append(binpart(ctype, fname, data, extra=["Content-ID: <f_%s>" % tok(slug + fname, "cid", 11, B62.lower()),
                                                           "X-Attachment-Id: f_%s" % tok(slug + fname, "cid", 11, B62.lower())]))
        body = multipart("mixed", bm, parts)
    else:
        body = alt
    headers = rp(rec, address) + [
        "MIME-Version: 1.0",
        "From: " + addr(name, address),
        "Date: " + rfcdate(d),
        "Message-ID: ",
        " <CA%s@mail.gmail.com>" % tok(slug, "mid", 46, B62 + "_-+"),
    ] + threading(irt, refs) + [subj(subject), to_line(to)] + ([cc_line(cc)] if cc else [])
    return message(headers, body)


def outlook(slug, d, frm, subject, text, html=None, to=None, cc=None, irt=None, refs=None,
            attachments=(), html_only=False, lang="id-ID", calendar=None, personal=False, inner=None):
    name, address = frm
    if personal:
        rec = recv_outlook(slug, d, region="SEYP216CU002", kind="outbound")
        rec = [l.replace("SEYP216CU002-outbound.outbound", "SEYP216CU002.outbound") for l in rec]
        mid = "<%s@%s.APCP153.PROD.OUTLOOK.COM>" % (
            "PUZP153MB" + tok(slug, "mid", 36, "0123456789ABCDEF"), "PUZP153MB" + tok(slug, "mh", 4, "0123456789"))
    else:
        rec = recv_outlook(slug, d)
        mb = "SEZPR06MB" + tok(slug, "mh", 4, "0123456789")
        mid = "<%s%s@%s.apcprd06.prod.outlook.com>" % (mb, tok(slug, "mid", 28, "0123456789ABCDEF"), mb)
    html = html or outlook_html(text, lang, inner)
    b = "_000_" + tok(slug, "b1", 40, "0123456789ABCDEF") + "apcp_"
    if html_only:
        body = textpart(html, "html", charset="utf-8", cte="quoted-printable")
    else:
        parts = [textpart(text, charset="utf-8" if not is_ascii(text) else "us-ascii", cte="quoted-printable"),
                 textpart(html, "html", charset="utf-8", cte="quoted-printable")]
        if calendar:
            parts.append('Content-Type: text/calendar; charset="utf-8"; method=REQUEST\n'
                         "Content-Transfer-Encoding: base64\n\n" + b64(calendar.replace("\n", "\r\n")))
        body = multipart("alternative", b, parts)
    if attachments:
        bm = "_004_" + tok(slug, "b0", 40, "0123456789ABCDEF") + "apcp_"
        parts = [body]
        for fname, ctype, data in attachments:
            parts.append(binpart(ctype, fname, data, extra=["Content-Description: " + fname,
                                                           "Content-ID: <%s@apcprd06.prod.outlook.com>" % tok(slug + fname, "cid", 32, "0123456789ABCDEF")]))
        body = multipart("mixed", bm, parts)
    topic = re.sub(r"^((RE|TR|TRS|FW|Fwd|Balas|BLS):\s*)+", "", subject, flags=re.I)
    headers = rp(rec, address) + [
        "From: " + addr(name, address),
        to_line(to) if to else 'To: "%s" <%s>' % (HELPDESK, HELPDESK),
    ] + ([cc_line(cc)] if cc else []) + [
        subj(subject),
        ("Thread-Topic: " + ew(topic)) if not is_ascii(topic) else fold("Thread-Topic", topic),
        "Thread-Index: " + base64.b64encode(hashlib.sha256((slug + "ti").encode()).digest()[:22]).decode(),
        "Date: " + rfcdate(d, pad=True),
        "Message-ID: ",
        " " + mid,
    ] + threading(irt, refs) + [
        "Accept-Language: %s, en-US" % lang,
        "Content-Language: " + lang,
        "X-MS-Has-Attach: " + ("yes" if attachments else ""),
        "X-MS-TNEF-Correlator: ",
        "MIME-Version: 1.0",
    ]
    return message(headers, body)


def zimbra(slug, d, frm, subject, text, to=None, cc=None, irt=None, refs=None, attachments=(), html=None):
    name, address = frm
    rec = recv_internal(slug, d, src="zimbra.polibatam.ac.id")
    b = "=_" + "-".join([tok(slug, "b1", 8), tok(slug, "b2", 4), tok(slug, "b3", 4), tok(slug, "b4", 4),
                         tok(slug, "b5", 12)])
    alt = multipart("alternative", b, [textpart(text, charset="utf-8", cte="quoted-printable"),
                                       textpart(html or zimbra_html(text), "html", charset="utf-8",
                                                cte="quoted-printable")])
    if attachments:
        bm = "=_" + "-".join([tok(slug, "c1", 8), tok(slug, "c2", 4), tok(slug, "c3", 4), tok(slug, "c4", 4),
                              tok(slug, "c5", 12)])
        parts = [alt] + [binpart(ct, fn, data) for fn, ct, data in attachments]
        body = multipart("mixed", bm, parts)
    else:
        body = alt
    headers = rp(rec, address) + [
        "Date: " + rfcdate(d) + " (WIB)",
        "From: " + addr(name, address),
        to_line(to) if to else "To: helpdesk-p4m <%s>" % HELPDESK,
    ] + ([cc_line(cc)] if cc else []) + [
        "Message-ID: <%d.%d.%d.JavaMail.zimbra@polibatam.ac.id>" % (
            num(slug, "z1", 100000000, 999999999), num(slug, "z2", 1000000, 9999999),
            int(d.timestamp() * 1000) + num(slug, "ms", 0, 999)),
    ] + threading(irt, refs) + [
        subj(subject),
        "MIME-Version: 1.0",
        "X-Originating-IP: [10.10.%d.%d]" % (num(slug, "x3", 1, 9), num(slug, "x4", 10, 250)),
        "X-Mailer: Zimbra 8.8.15_GA_4484 (ZimbraWebClient - GC131 (Win)/8.8.15_GA_4481)",
    ]
    return message(headers, body)


def thunderbird(slug, d, frm, subject, text, to=None, irt=None, refs=None):
    name, address = frm
    rec = recv_internal(slug, d)
    u = tok(slug, "mid", 32)
    mid = "<%s-%s-%s-%s-%s@polibatam.ac.id>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32])
    body = textpart(flowed(text), charset="UTF-8", cte="7bit" if is_ascii(text) else "8bit",
                    ctype_extra="; format=flowed")
    headers = rp(rec, address) + ["Message-ID: " + mid, "Date: " + rfcdate(d), "MIME-Version: 1.0",
                                  "User-Agent: Mozilla Thunderbird", "Content-Language: id"] + \
        threading(irt, refs) + [to_line(to) if to else "To: %s <%s>" % (HELPDESK_NAME, HELPDESK),
                                "From: " + addr(name, address), subj(subject)]
    # Thunderbird's Content-Type has no quotes around the charset
    body = body.replace('charset="UTF-8"', "charset=UTF-8", 1)
    return message(headers, body)


def iphone(slug, d, frm, subject, text, to=None, irt=None, refs=None):
    name, address = frm
    rec = recv_google(slug, d) if address.endswith("@gmail.com") else recv_internal(slug, d)
    u = tok(slug, "mid", 32, "0123456789ABCDEF")
    mid = "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], address.split("@")[1])
    body = textpart(text, charset="utf-8", cte="quoted-printable").replace('charset="utf-8"', "charset=utf-8", 1)
    head, rest = split_ct(body)
    headers = rp(rec, address) + [head, "From: " + addr(name, address), "Mime-Version: 1.0 (1.0)",
                                  "Date: " + rfcdate(d), subj(subject), "Message-Id: " + mid] + \
        threading(irt, refs) + [to_line(to), "X-Mailer: iPhone Mail (22E240)"]
    return "\n".join(headers) + "\n\n" + rest


def samsung(slug, d, frm, subject, text, to=None, irt=None, refs=None):
    name, address = frm
    rec = recv_google(slug, d) if address.endswith("@gmail.com") else recv_internal(slug, d)
    b = "--_com.samsung.android.email_%d" % num(slug, "b1", 10 ** 14, 10 ** 15 - 1)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body><div dir="auto">' + "<br>".join(esc(l) for l in text.rstrip("\n").split("\n"))
            + "</div></body></html>\n")
    body = multipart("alternative", b, [textpart(text, charset="UTF-8", cte="base64"),
                                        textpart(html, "html", charset="UTF-8", cte="base64")])
    headers = rp(rec, address) + [
        "Message-ID: <%s.%s@email.android.com>" % (tok(slug, "mid", 10, "0123456789"), tok(slug, "mi2", 6)),
        "Date: " + rfcdate(d), subj(subject), "From: " + addr(name, address), to_line(to),
    ] + threading(irt, refs) + ["MIME-Version: 1.0", "X-Mailer: Samsung Email 6.1.90.16"]
    return message(headers, body)


def yahoo(slug, d, frm, subject, text, to=None, extra_headers=(), irt=None, refs=None):
    name, address = frm
    host = "sonic%d-%d.consmr.mail.sg3.yahoo.com" % (num(slug, "y1", 301, 330), num(slug, "y2", 1, 40))
    rec = ["Return-Path: <%s>" % address,
           "Received: from %s (%s" % (host, host),
           " [106.10.%d.%d]) by mx.polibatam.ac.id (Postfix) with ESMTPS id" % (num(slug, "y3", 240, 250),
                                                                              num(slug, "y4", 10, 250)),
           " %s for <%s>;" % (tok(slug, "qid", 13, B62), HELPDESK),
           " %s (WIB)" % rfcdate(wib(later(d, num(slug, "lag", 3, 48))))]
    b = "----=_Part_%d_%d.%d" % (num(slug, "p1", 1000000, 9999999), num(slug, "p2", 100000000, 999999999),
                                 int(d.timestamp() * 1000) + 137)
    body = multipart("alternative", b, [textpart(text, charset="UTF-8", cte="quoted-printable"),
                                        textpart(simple_html(text, "Helvetica Neue, Helvetica, Arial, sans-serif"),
                                                 "html", charset="UTF-8", cte="quoted-printable")])
    headers = rec + ["Date: " + rfcdate(d),
                     "From: " + addr(name, address), to_line(to),
                     "Message-ID: <%d.%d.%d@mail.yahoo.com>" % (num(slug, "m1", 100000000, 999999999),
                                                                num(slug, "m2", 1000000, 9999999),
                                                                int(d.timestamp() * 1000) + 41)] + \
        threading(irt, refs) + [subj(subject), "MIME-Version: 1.0"] + list(extra_headers) + \
        ["X-Mailer: WebService/1.1.23187 YMailNorrin"]
    return message(headers, body)


def helpdesk_mid(ticket, kind):
    return "<tkt-%s.%s@helpdesk.polibatam.ac.id>" % (ticket, kind)


# =====================================================================================
# course_data (22): id 12, en 5, mixed 5
# =====================================================================================

@mail("kaprodi-baru-nomor-surat-tiga-perubahan", t(2027, 2, 23, 10, 5, 41), "course_data", "id",
      {"course_code": "TRPL2204", "course_name": "Pengujian Perangkat Lunak",
       "changes": {"fullname": "Penjaminan Mutu dan Pengujian Perangkat Lunak",
                   "shortname": "TRPL2204-PMPPL", "credits": "3"}})
def _(slug, d):
    text = """Kepada Yth.
Kepala P4M Politeknik Negeri Batam
c.q. Tim Helpdesk E-Learning
di tempat

Nomor     : 031/PL29.3/TRPL/II/2027
Lampiran  : -
Hal       : Permohonan Perubahan Data Identitas Mata Kuliah

Dengan hormat,

Sehubungan dengan penetapan saya sebagai Ketua Program Studi Sarjana Terapan \
Teknologi Rekayasa Perangkat Lunak berdasarkan Keputusan Direktur Nomor \
112/PL29/KP/2027, serta pemberlakuan Kurikulum OBE 2026 mulai semester genap \
Tahun Akademik 2026/2027, bersama ini kami mengajukan permohonan perubahan data \
identitas mata kuliah pada e-learning sebagai berikut:

Kode mata kuliah          : TRPL2204
Nama mata kuliah saat ini : Pengujian Perangkat Lunak

1. Nama lengkap mata kuliah diubah menjadi: Penjaminan Mutu dan Pengujian Perangkat Lunak
2. Nama singkat (shortname) diubah menjadi: TRPL2204-PMPPL
3. Jumlah SKS diubah dari 2 (dua) SKS menjadi 3 (tiga) SKS.

Isi course, peserta, dan dosen pengampu tidak berubah.

Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama \
Bapak/Ibu, kami ucapkan terima kasih.

Hormat kami,
Ketua Program Studi Teknologi Rekayasa Perangkat Lunak,

Ir. Hendrawan Saputra, M.T.
NIP 198203112010121004
"""
    return outlook(slug, d, ("Hendrawan Saputra", "hendrawan.saputra@polibatam.ac.id"),
                   "Permohonan Perubahan Data Identitas Mata Kuliah (Nomor 031/PL29.3/TRPL/II/2027)", text,
                   cc=[("Sekretariat Prodi TRPL", "trpl@polibatam.ac.id")])


@mail("asisten-atas-nama-pak-hendra-enrol-key", t(2027, 2, 24, 13, 47, 9), "course_data", "id",
      {"course_code": "TRE2110", "course_name": "Praktikum Mikrokontroler",
       "changes": {"enrolment_key": "MCU-Genap27"}})
def _(slug, d):
    text = """Assalamualaikum, selamat siang Bapak/Ibu tim P4M.

Perkenalkan saya Rizky, asisten praktikum Mikrokontroler. Saya menulis email \
ini atas nama Pak Hendra Gunawan (dosen pengampu), karena beliau sedang \
mengawasi praktikum di lab dan minta tolong saya yang mengirimkan.

Enrolment key course Praktikum Mikrokontroler (TRE2110) kemarin tersebar ke \
grup angkatan lain, jadi Pak Hendra minta enrolment key-nya diganti menjadi:

MCU-Genap27

Pak Hendra saya cc di email ini sebagai konfirmasi dari beliau.

Terima kasih, wassalamualaikum.

Rizky Aditya Pratama
Asisten Lab Mikrokontroler - Teknik Elektro
"""
    return gmail(slug, d, ("Rizky Aditya Pratama", "4342201017@students.polibatam.ac.id"),
                 "Ganti enrolment key Praktikum Mikrokontroler (atas nama Pak Hendra)", text,
                 cc=[("Hendra Gunawan", "hendra.gunawan@polibatam.ac.id")])


@mail("sekretaris-wadir-pesan-didiktekan-ganti-dosen", t(2027, 3, 2, 9, 20, 33), "course_data", "id",
      {"course_code": "ABT3201", "course_name": "Metodologi Penelitian",
       "changes": {"lecturer": "Dra. Retno Kusumawardani, M.Si."}},
      "Written by a secretary on behalf of the lecturer (dictated message in quotes); the class ABT-3A only identifies the course section.")
def _(slug, d):
    text = """Selamat pagi Tim Helpdesk P4M,

Saya Wulan dari sekretariat Wakil Direktur Bidang Akademik. Bapak Dr. \
Syahrial Nasution, M.Sc. meminta saya menuliskan pesan berikut (didiktekan \
beliau sebelum berangkat rapat):

"Mulai pertemuan kesembilan, mata kuliah Metodologi Penelitian (ABT3201) \
untuk kelas ABT-3A tidak lagi saya ampu karena jadwal rapat pimpinan. Mohon \
dosen pengampu di e-learning diganti menjadi Dra. Retno Kusumawardani, M.Si. \
Materi yang sudah saya unggah biarkan tetap ada."

Bila ada yang perlu dikonfirmasi, silakan hubungi saya di ext. 1204 atau \
balas email ini.

Hormat saya,
Wulan Anggraini
Sekretariat Wakil Direktur Bidang Akademik
Politeknik Negeri Batam
"""
    return zimbra(slug, d, ("Wulan Anggraini", "wulan.anggraini@polibatam.ac.id"),
                  "Pesan Bapak Wadir I: pergantian dosen MK Metodologi Penelitian", text,
                  cc=[("Syahrial Nasution", "syahrial.nasution@polibatam.ac.id")])


@mail("jawa-kelas-e-salah-yahoo-malam", t(2027, 3, 3, 20, 14, 52), "course_data", "id",
      {"course_code": "AK2203", "course_name": "Akuntansi Keuangan Menengah", "changes": {"class": "AK-2B"}})
def _(slug, d):
    text = """Mas/Mbak admin P4M, sugeng dalu,

Nyuwun sewu ganggu malem-malem. Course Akuntansi Keuangan Menengah (AK2203) \
punya saya kok kelas e ketulis AK-2A, padahal yang saya ampu semester iki \
AK-2B. Mahasiswa 2B pada bingung, ndak nemu course e.

Mbok tulung diganti kelasnya dadi AK-2B nggih. Matur nuwun sanget.

Salam,
Bu Sri Rahayu
Dosen Akuntansi
"""
    return yahoo(slug, d, ("Sri Rahayu", "srirahayu_wulan@yahoo.co.id"), "kelas e salah mas", text)


@mail("batak-sks-menggambar-teknik-bah", t(2027, 3, 16, 7, 52, 18), "course_data", "id",
      {"course_code": "MS1103", "course_name": "Menggambar Teknik", "changes": {"credits": "3"}})
def _(slug, d):
    text = """Horas, tim P4M.

Bah, kutengok tadi di e-learning SKS Menggambar Teknik (MS1103) masih \
tertulis 2. Itu sudah berubah di kurikulum baru, jadi 3 SKS dia sekarang. \
Tolonglah kalian ganti dulu SKS-nya jadi 3, biar tak ditanya-tanya lagi aku \
sama mahasiswa.

Cepatlah ya, mauliate.

Parulian Simanjuntak
Teknik Mesin
"""
    return gmail(slug, d, ("Parulian Simanjuntak", "parulian.smjtk@gmail.com"),
                 "SKS Menggambar Teknik salah itu", text)


@mail("hp-autocorrect-nama-mk-koreksi-sendiri", t(2027, 3, 18, 6, 41, 4), "course_data", "id",
      {"course_code": "GM3104", "course_name": "Sistem Informasi Geografis",
       "changes": {"fullname": "Sistem Informasi Geografis Terapan"}},
      "Sent from a phone: autocorrect turned the new name into 'Terapi'; the sender corrects it in the next line.")
def _(slug, d):
    text = """Pagi tim p4m, mohon bantu ganti nama MK Sistem Informasi Geografis (GM3104) \
di e-leaning jadi Sistem Informasi Geografis Terapi.

*Sistem Informasi Geografis Terapan maksudnya, bukan Terapi. Autocorrect hp \
ngaco \U0001F648

Maksih

Dikirim dari iPhone saya
"""
    return iphone(slug, d, ("Dewi Kartika Sari", "dewi.kartika@polibatam.ac.id"), "Ganti nama MK SIG", text)


@mail("outlook-html-saja-tabel-semula-menjadi", t(2027, 3, 22, 10, 31, 27), "course_data", "id",
      {"course_code": "IF2105", "course_name": "Pemrograman Berorientasi Objek",
       "changes": {"semester": "Genap 2026/2027", "class": "TI-2C",
                   "lecturer": "Yohana Br. Ginting, S.Kom., M.Kom."}},
      "HTML-only Outlook mail; the changes are in a table with 'Semula' and 'Menjadi' columns.")
def _(slug, d):
    rows = [("IF2105", "Pemrograman Berorientasi Objek", "Semester", "Ganjil 2026/2027", "Genap 2026/2027"),
            ("", "", "Kelas", "TI-2A", "TI-2C"),
            ("", "", "Dosen pengampu", "Fadli Ramadhan, S.Kom., M.T.", "Yohana Br. Ginting, S.Kom., M.Kom.")]
    cell = '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">%s</p></td>'
    hcell = ('<td style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt 0cm 5.4pt">'
             '<p class="MsoNormal"><b>%s</b></p></td>')
    table = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse;border:none">',
             "<tr>" + "".join(hcell % h for h in ("Kode MK", "Nama MK", "Data", "Semula", "Menjadi")) + "</tr>"]
    for r in rows:
        table.append("<tr>" + "".join(cell % (esc(c) if c else "&nbsp;") for c in r) + "</tr>")
    table.append("</table>")
    text = """Selamat pagi Tim P4M,

Menindaklanjuti hasil rapat jurusan tanggal 19 Maret 2027, mohon bantuan \
perubahan data course berikut di e-learning:

@@INNER@@

Perubahan kelas karena pemecahan rombel TI-2A, dan Pak Fadli mulai semester \
ini mengampu MK lain.

Terima kasih atas bantuannya.

Salam,
Nurul Hasanah
Staf Administrasi Jurusan Teknik Informatika
Politeknik Negeri Batam | Ext. 1311
"""
    html = outlook_html(text, inner="\n".join(table))
    return outlook(slug, d, ("Nurul Hasanah", "nurul.hasanah@polibatam.ac.id"),
                   "Perubahan data course Pemrograman Berorientasi Objek", text, html=html, html_only=True)


@mail("coret-dosen-lama-strikethrough-html", t(2027, 3, 24, 14, 9, 50), "course_data", "id",
      {"course_code": "TRPL2101", "course_name": "Rekayasa Kebutuhan",
       "changes": {"lecturer": "Dian Puspitasari, S.T., M.Eng."}},
      "Old lecturer struck through (<s>) in the HTML part; the plain-text part shows both names on one line without marking.")
def _(slug, d):
    text = """Yth. Tim P4M,

Mohon koreksi data dosen pengampu di course berikut:

Kode: TRPL2101
Mata kuliah: Rekayasa Kebutuhan
Dosen pengampu: Rahmat Hidayat, S.Kom., M.T. Dian Puspitasari, S.T., M.Eng.

Pak Rahmat sudah pindah tugas ke prodi lain sejak awal Maret, jadi namanya \
mohon diganti, bukan ditambah.

Terima kasih,
Agung Wicaksono
Koordinator MK Prodi TRPL
"""
    html = """<div dir="ltr">
<div>Yth. Tim P4M,</div>
<div><br></div>
<div>Mohon koreksi data dosen pengampu di course berikut:</div>
<div><br></div>
<div>Kode: TRPL2101</div>
<div>Mata kuliah: Rekayasa Kebutuhan</div>
<div>Dosen pengampu: <s>Rahmat Hidayat, S.Kom., M.T.</s> <b>Dian Puspitasari, S.T., M.Eng.</b></div>
<div><br></div>
<div>Pak Rahmat sudah pindah tugas ke prodi lain sejak awal Maret, jadi namanya mohon diganti, bukan ditambah.</div>
<div><br></div>
<div>Terima kasih,</div>
<div>Agung Wicaksono</div>
<div>Koordinator MK Prodi TRPL</div>
</div>
"""
    return gmail(slug, d, ("Agung Wicaksono", "agung.wicaksono@polibatam.ac.id"),
                 "Koreksi dosen pengampu Rekayasa Kebutuhan", text, html=html)


@mail("balas-di-bawah-kutipan-thunderbird-semester", t(2027, 3, 25, 11, 26, 12), "course_data", "id",
      {"course_code": "FI1201", "changes": {"semester": "Genap 2026/2027"}},
      "Bottom-posted reply to a resolved ticket: the new request is below the quote; the course is identified only in the subject and the quoted text.")
def _(slug, d):
    qd = t(2027, 3, 24, 15, 2)
    text = tb_quote_id(qd, "Helpdesk P4M") + """
> Yth. Bapak Andreas Kurniawan,
>
> Nama lengkap course FI1201 sudah kami ubah menjadi "Fisika Terapan untuk
> Teknik". Apakah ada data lain pada course ini yang perlu disesuaikan?
>
> Salam,
> Tim Helpdesk P4M

Ada satu lagi: semester course-nya masih tertulis Ganjil 2026/2027, mohon \
diganti menjadi Genap 2026/2027. Selain itu sudah sesuai.

Terima kasih banyak.

-- 
Andreas Kurniawan, S.Si., M.Sc.
Dosen MKDU Fisika
Politeknik Negeri Batam
"""
    return thunderbird(slug, d, ("Andreas Kurniawan", "andreas.k@polibatam.ac.id"),
                       "Re: [P4M #2027-0149] Perubahan nama course FI1201 Fisika Terapan", text,
                       irt=helpdesk_mid("2027-0149", "resolved"),
                       refs=["<%s@polibatam.ac.id>" % tok(slug, "orig", 24), helpdesk_mid("2027-0149", "ack"),
                             helpdesk_mid("2027-0149", "resolved")])


@mail("fwd-dua-lapis-kaprodi-kajur-staf", t(2027, 3, 29, 8, 55, 2), "course_data", "id",
      {"course_code": "ABT2108", "course_name": "Kewirausahaan",
       "changes": {"fullname": "Kewirausahaan Digital", "shortname": "ABT2108-KWD"}},
      "Forwarded twice (study-programme coordinator -> head of department -> department staff); the request is in the innermost message.")
def _(slug, d):
    d1 = t(2027, 3, 26, 16, 40)
    d2 = t(2027, 3, 26, 14, 12)
    text = """Yth. Tim Helpdesk P4M,

Mohon ditindaklanjuti permintaan di bawah ini (diteruskan dari Ketua Jurusan).

Salam,
Melati Suryani
Staf Administrasi Jurusan Manajemen Bisnis

________________________________
Dari: Ahmad Rifa'i <ahmad.rifai@polibatam.ac.id>
Dikirim: %s
Kepada: Melati Suryani <melati.suryani@polibatam.ac.id>
Subjek: TR: Perubahan nama MK Kewirausahaan (ABT2108)

Mel, tolong teruskan ke P4M ya. Saya setuju.

AR

________________________________
Dari: Lestari Handayani <lestari.handayani@polibatam.ac.id>
Dikirim: %s
Kepada: Ahmad Rifa'i <ahmad.rifai@polibatam.ac.id>
Subjek: Perubahan nama MK Kewirausahaan (ABT2108)

Yth. Bapak Ketua Jurusan,

Sesuai hasil peninjauan kurikulum, mohon persetujuan Bapak agar di e-learning:
- nama MK Kewirausahaan (ABT2108) diubah menjadi Kewirausahaan Digital;
- shortname diubah menjadi ABT2108-KWD.

Hormat saya,
Lestari Handayani, S.E., M.M.
Koordinator Program Studi Administrasi Bisnis Terapan
""" % (id_long(d1), id_long(d2))
    return outlook(slug, d, ("Melati Suryani", "melati.suryani@polibatam.ac.id"),
                   "TR: TR: Perubahan nama MK Kewirausahaan (ABT2108)", text)


@mail("lampiran-docx-saja-formulir-keamanan-jaringan", t(2027, 3, 31, 15, 30, 44), "course_data", "id",
      {"course_code": "RKS2206", "course_name": "Keamanan Jaringan",
       "changes": {"fullname": "Keamanan Jaringan Komputer", "enrolment_key": "KJK#genap27"}},
      "The request is only in the attached DOCX form; the mail body just says the form is attached.")
def _(slug, d):
    docx = make_docx([
        "**FORMULIR PERUBAHAN DATA IDENTITAS MATA KULIAH PADA E-LEARNING",
        "Pusat Penjaminan Mutu dan Pengembangan Pembelajaran (P4M) - Politeknik Negeri Batam",
        "",
        "@@TABLE@@",
        "",
        "Alasan perubahan: penyesuaian nama mata kuliah dengan Kurikulum OBE 2026 dan penggantian "
        "enrolment key karena kunci lama sudah tersebar.",
        "",
        "Batam, 30 Maret 2027",
        "Pemohon: Taufik Hidayatullah, S.Tr.Kom., M.Kom.",
        "Mengetahui Koordinator Program Studi: Irfan Maulana, M.T.",
    ], table=[("Isian", "Data"),
              ("Program Studi", "Rekayasa Keamanan Siber"),
              ("Kode MK", "RKS2206"),
              ("Nama MK (saat ini)", "Keamanan Jaringan"),
              ("Semester", "Genap 2026/2027"),
              ("Data yang diubah", "Nama lengkap MK dan enrolment key"),
              ("Nama lengkap MK baru", "Keamanan Jaringan Komputer"),
              ("Enrolment key baru", "KJK#genap27")],
        when=(2027, 3, 30, 16, 2, 10))
    text = """Selamat sore,

Terlampir formulir perubahan data MK yang sudah ditandatangani Kaprodi. Mohon diproses.

Terima kasih.

Taufik
"""
    return gmail(slug, d, ("Taufik Hidayatullah", "taufik.h@polibatam.ac.id"), "Formulir perubahan data MK", text,
                 attachments=[("Form_Perubahan_Data_MK_RKS2206.docx",
                               "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)])


@mail("tindak-lanjut-temuan-ami-deskripsi-rps", t(2027, 5, 10, 9, 40, 15), "course_data", "id",
      {"course_code": "MKT2203", "course_name": "Sistem Kendali",
       "changes": {"summary": "Mata kuliah ini membekali mahasiswa dengan kemampuan memodelkan sistem dinamik, "
                              "menganalisis respons waktu dan frekuensi, serta merancang pengendali PID untuk sistem "
                              "mekatronika. Pembelajaran dilakukan melalui studi kasus dan praktikum berbasis simulasi "
                              "MATLAB/Simulink."}})
def _(slug, d):
    text = """Selamat pagi Tim Helpdesk P4M,

Pada Audit Mutu Internal 2027 kemarin, auditor mencatat observasi (OB-04) \
bahwa deskripsi mata kuliah di e-learning tidak sama dengan RPS. Sebagai \
tindakan perbaikan, mohon ringkasan/deskripsi course Sistem Kendali (MKT2203) \
diganti dengan teks berikut (sesuai RPS revisi):

Mata kuliah ini membekali mahasiswa dengan kemampuan memodelkan sistem \
dinamik, menganalisis respons waktu dan frekuensi, serta merancang pengendali \
PID untuk sistem mekatronika. Pembelajaran dilakukan melalui studi kasus dan \
praktikum berbasis simulasi MATLAB/Simulink.

Setelah diganti, mohon dikabari agar tangkapan layarnya bisa kami lampirkan \
sebagai bukti penutupan temuan.

Terima kasih.

Rini Astuti, S.T., M.T.
Koordinator Program Studi Teknik Mekatronika
"""
    return outlook(slug, d, ("Rini Astuti", "rini.astuti@polibatam.ac.id"),
                   "Tindak lanjut temuan AMI: deskripsi MK Sistem Kendali", text)


@mail("japanese-visiting-lecturer-course-title", t(2027, 2, 25, 16, 22, 37), "course_data", "en",
      {"course_code": "RBT3205", "course_name": "Computer Vision",
       "changes": {"fullname": "Robot Vision and Image Processing"}})
def _(slug, d):
    text = """Dear P4M Helpdesk,

I am Kenji Takahashi, visiting lecturer from Japan in the Robotics \
Engineering program this semester. Nice to meet you.

In e-learning, my course name is "Computer Vision", course code RBT3205. But \
in the syllabus, the correct name is "Robot Vision and Image Processing". \
Please change the course name to this.

My Indonesian is not good yet, so I write in English. Sorry.

Thank you very much for your kind help.

Best regards,
Kenji Takahashi
Visiting Lecturer, Robotics Engineering
Politeknik Negeri Batam
"""
    return gmail(slug, d, ("\u9ad8\u6a4b\u5065\u4e8c (Kenji Takahashi)", "k.takahashi.lab@gmail.com"),
                 "Course name correction request", text)


@mail("korean-visiting-lecturer-empty-summary", t(2027, 3, 4, 10, 12, 8), "course_data", "en",
      {"course_code": "TRE3407", "course_name": "Smart Factory Systems",
       "changes": {"summary": "This course introduces the concept of smart factory and Industry 4.0. Students learn "
                              "PLC networking, industrial IoT sensors, MES basics, and data dashboards, and they build "
                              "a small production line monitoring project in the laboratory."}})
def _(slug, d):
    text = """Hello, P4M team.

I am Park Ji-hoon. I teach "Smart Factory Systems" (TRE3407) this semester as \
visiting professor from Korea. Thank you for giving me teacher role last week.

The course summary in e-learning is empty now. Students ask me what is this \
course. Please put this summary:

This course introduces the concept of smart factory and Industry 4.0. \
Students learn PLC networking, industrial IoT sensors, MES basics, and data \
dashboards, and they build a small production line monitoring project in the \
laboratory.

If something is wrong, please tell me. Thank you so much.

Park Ji-hoon
"""
    return outlook(slug, d, ("\ubc15\uc9c0\ud6c8 Park Ji-hoon", "jihoon.park82@outlook.com"),
                   "Request: course summary for Smart Factory", text, personal=True, lang="en-US")


@mail("pdf-letter-only-change-of-lecturer", t(2027, 4, 7, 11, 5, 29), "course_data", "en",
      {"course_code": "RKS3104", "course_name": "Digital Forensics",
       "changes": {"lecturer": "Dr. Nur Aisyah Rahman, M.Kom."}},
      "The request is only in the attached PDF letter; the body only refers to the attachment.")
def _(slug, d):
    pdf = make_pdf([
        "**Politeknik Negeri Batam",
        "Cyber Security Engineering Study Programme - International Class",
        "",
        "Ref     : 019/PL29.4/RKS/IV/2027",
        "Date    : 6 April 2027",
        "To      : P4M Helpdesk (helpdesk-p4m@polibatam.ac.id)",
        "Subject : Change of lecturer on e-learning",
        "",
        "Dear P4M Helpdesk,",
        "",
        "We kindly request a change of the lecturer shown on e-learning for the course below,",
        "effective from week 9 of the even semester 2026/2027:",
        "",
        "Course code  : RKS3104",
        "Course name  : Digital Forensics",
        "Class        : RKS-3A (international class)",
        "New lecturer : Dr. Nur Aisyah Rahman, M.Kom.",
        "",
        "The previous lecturer, Mr. Bayu Prasetyo, M.T., has been assigned to a research project",
        "until August 2027. Course content and enrolled students remain unchanged.",
        "",
        "Thank you for your assistance.",
        "",
        "Fitri Nuraini, M.Sc.",
        "Coordinator of the International Class, Cyber Security Engineering",
    ], title="Change of lecturer RKS3104")
    text = """Dear P4M Helpdesk,

Please find attached our request letter regarding one of the courses in the \
Cyber Security Engineering programme.

Kind regards,
Fitri Nuraini
International Class Coordinator, Cyber Security Engineering
"""
    return outlook(slug, d, ("Fitri Nuraini", "fitri.nuraini@polibatam.ac.id"), "Request letter - e-learning",
                   text, lang="en-US",
                   attachments=[("Letter_019_RKS_IV_2027.pdf", "application/pdf", pdf)])


@mail("iabee-checklist-not-ok-items", t(2027, 4, 14, 14, 0, 51), "course_data", "en",
      {"course_code": "EM2204", "course_name": "Surface Mount Technology",
       "changes": {"credits": "3", "semester": "Genap 2026/2027"}},
      "Accreditation checklist: only the items marked NOT OK are changes; the OK items are not.")
def _(slug, d):
    text = """Dear Helpdesk team,

Our IABEE task force is checking the e-learning courses against the \
self-assessment report. Below is our checklist for course EM2204 Surface \
Mount Technology:

[OK]     Course full name matches the curriculum
[OK]     Short name uses the curriculum code
[NOT OK] Credits: e-learning shows 2, curriculum says 3 -> please change credits to 3
[NOT OK] Semester: shown as "Genap 2025/2026" -> please change to "Genap 2026/2027"
[OK]     Lecturer listed correctly

Could you please fix the two NOT OK items? The assessors will look at the \
e-learning on 20 April.

Thank you,
Maria Situmorang
IABEE Task Force, Electronics Manufacturing Engineering
"""
    return gmail(slug, d, ("Maria Magdalena Situmorang", "maria.situmorang@polibatam.ac.id"),
                 "IABEE readiness checklist - course identity items (EM2204)", text)


@mail("industry-practitioner-lecturer-enrol-key", t(2027, 4, 19, 21, 30, 6), "course_data", "en",
      {"course_code": "MF3210", "course_name": "Lean Manufacturing", "changes": {"enrolment_key": "LeanSat-2027"}})
def _(slug, d):
    text = """Hi,

I teach Lean Manufacturing (MF3210) as a practitioner lecturer on Saturday \
mornings. Several students from another class joined my course with the old \
key, so I want to change it.

New enrolment key: LeanSat-2027

I don't have editing rights for the enrolment methods, that's why I email you. \
I will remove the extra students myself after the key is changed.

Thanks,
Daniel Hartono
Process Engineering Manager, electronics EMS plant, Batamindo
(practitioner lecturer, Manufacturing Engineering)
"""
    return gmail(slug, d, ("Daniel Hartono", "daniel.hartono.pe@gmail.com"),
                 "Enrolment key for Lean Manufacturing class", text)


@mail("campur-summary-data-mining-obe", t(2027, 2, 26, 15, 48, 21), "course_data", "mixed",
      {"course_code": "IF3204", "course_name": "Data Mining",
       "changes": {"summary": "Mata kuliah ini membahas proses knowledge discovery, mulai dari data preprocessing, "
                              "klasifikasi, clustering, hingga association rule mining, dengan studi kasus data "
                              "industri di Batam menggunakan Python."}})
def _(slug, d):
    text = """Hi tim P4M,

Mau request update course summary untuk MK Data Mining (IF3204) ya. RPS-nya \
udah di-revise per OBE, jadi summary yang lama udah nggak relevant.

New summary-nya please pakai ini, as is:

Mata kuliah ini membahas proses knowledge discovery, mulai dari data \
preprocessing, klasifikasi, clustering, hingga association rule mining, \
dengan studi kasus data industri di Batam menggunakan Python.

Thanks a lot, appreciate it!

Kevin
"""
    return gmail(slug, d, ("Kevin Wijaya", "kevin.wijaya@polibatam.ac.id"), "Update summary course Data Mining", text)


@mail("lam-infokom-checklist-shortname-sks", t(2027, 4, 5, 13, 15, 40), "course_data", "mixed",
      {"course_code": "IF2203", "course_name": "Sistem Operasi",
       "changes": {"shortname": "IF2203-SO", "credits": "3"}},
      "Accreditation checklist with four numbered items; only items 2 and 3 ask for a change.")
def _(slug, d):
    text = """Dear Tim P4M,

Dalam rangka persiapan asesmen lapangan LAM INFOKOM (scheduled 26-27 April \
2027), kami melakukan cross-check data course di e-learning vs. dokumen \
kurikulum. Hasil checklist untuk course IF2203 Sistem Operasi:

1. Fullname: sesuai - no action
2. Shortname: masih "SO-2019" -> please update to IF2203-SO
3. SKS: tertulis 2 -> should be 3
4. Dosen pengampu: sesuai - no action

Mohon bantuannya untuk item no. 2 dan 3 before 19 April. Thanks!

Regards,
Yudi Permana
Sekretaris Tim Akreditasi Prodi Teknik Informatika
"""
    return outlook(slug, d, ("Tim Akreditasi Prodi TI", "akreditasi.ti@polibatam.ac.id"),
                   "Checklist persiapan asesmen lapangan LAM INFOKOM - course IF2203", text)


@mail("samsung-course-masih-ganjil-mixed", t(2027, 3, 1, 8, 3, 55), "course_data", "mixed",
      {"course_code": "MF2107", "course_name": "Statistika Industri", "changes": {"semester": "Genap 2026/2027"}})
def _(slug, d):
    text = """Pagi tim P4M,

Course Statistika Industri (MF2107) masih ke-set Ganjil 2026/2027, padahal \
kelasnya jalan di semester genap. Students jadi nggak bisa nemu di filter \
"Genap". Please update semester-nya jadi Genap 2026/2027 ya.

Makasih!

Sent from my Galaxy
"""
    return samsung(slug, d, ("Ayu Lestari", "ayu.lestari@polibatam.ac.id"), "course masih ke-set semester ganjil",
                   text)


@mail("asisten-prof-park-team-teaching", t(2027, 3, 17, 12, 20, 45), "course_data", "mixed",
      {"course_code": "TRE3407", "course_name": "Smart Factory Systems",
       "changes": {"lecturer": "Prof. Park Ji-hoon, Ph.D. dan Aldi Firmansyah, S.T., M.T."}},
      "Teaching assistant writing for a visiting professor; the lecturer field becomes a team-teaching pair.")
def _(slug, d):
    text = """Selamat siang Bapak/Ibu P4M,

Saya Nadia, teaching assistant Prof. Park Ji-hoon. Prof. Park asked me to \
write this because his Bahasa is still limited. Untuk course Smart Factory \
Systems (TRE3407), beliau minta dosen pengampu di e-learning jadi team \
teaching:

Prof. Park Ji-hoon, Ph.D. dan Aldi Firmansyah, S.T., M.T.

Pak Aldi akan handle sesi PLC networking mulai minggu depan. Prof. Park \
saya cc di email ini.

Thank you, terima kasih banyak!

Nadia Putri Maharani
TA Smart Factory Systems
"""
    return gmail(slug, d, ("Nadia Putri Maharani", "4312101045@students.polibatam.ac.id"),
                 "Request dari Prof. Park: tambah dosen team teaching", text,
                 cc=[("Park Ji-hoon", "jihoon.park82@outlook.com")])


@mail("re-outlook-satu-lagi-setelah-resolusi", t(2027, 5, 4, 16, 2, 31), "course_data", "mixed",
      {"course_code": "ANM2205", "course_name": "Pemrograman Game", "changes": {"shortname": "ANM2205-PG"}},
      "Reply to a resolution mail: the enrolment key in the quote was already changed; the new ask is only the shortname.")
def _(slug, d):
    qd = t(2027, 5, 4, 10, 15)
    text = """Hi tim P4M, thanks sudah diganti enrolment key-nya.

Sorry, satu lagi: shortname course ini masih "GAME-OLD", tolong diganti jadi \
ANM2205-PG supaya konsisten dengan course lain di prodi Animasi.

Thanks,
Stefanus

________________________________
Dari: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Dikirim: %s
Kepada: Stefanus Lim <stefanus.lim@polibatam.ac.id>
Subjek: [P4M #2027-0231] Enrolment key Pemrograman Game

Yth. Bapak Stefanus Lim,

Enrolment key course Pemrograman Game (ANM2205) telah kami ubah menjadi \
"PGame-2027". Tiket ini kami tandai selesai.

Mohon beri nilai layanan kami (1-5) dengan membalas email ini.

Salam,
Tim Helpdesk P4M
""" % id_long(qd)
    return outlook(slug, d, ("Stefanus Lim", "stefanus.lim@polibatam.ac.id"),
                   "RE: [P4M #2027-0231] Enrolment key Pemrograman Game", text,
                   irt=helpdesk_mid("2027-0231", "resolved"),
                   refs=[helpdesk_mid("2027-0231", "ack"), helpdesk_mid("2027-0231", "resolved")])


# =====================================================================================
# announcement (16): id 9, en 4, mixed 3
# =====================================================================================

@mail("auditor-ami-tayang-besok-pagi", t(2027, 4, 20, 15, 10, 26), "announcement", "id",
      {"title": "Jadwal Audit Lapangan AMI Siklus 2027", "scope": "site", "publish_at": "2027-04-21T08:00:00+07:00"},
      "Publish time given relative to the mail date ('besok pagi pukul 08.00 WIB').")
def _(slug, d):
    text = """Yth. Tim Helpdesk P4M,

Saya selaku ketua tim auditor Audit Mutu Internal (AMI) Siklus 2027 mohon \
bantuan untuk menayangkan pengumuman berikut di halaman depan e-learning, \
besok pagi pukul 08.00 WIB, agar dapat dibaca seluruh dosen dan tenaga \
kependidikan.

Judul: Jadwal Audit Lapangan AMI Siklus 2027

Isi:
Audit lapangan Audit Mutu Internal Siklus 2027 dilaksanakan pada 26 April - \
7 Mei 2027. Setiap unit dan program studi auditee mohon menyiapkan dokumen \
standar, bukti pelaksanaan, dan data capaian IKU pada folder bersama yang \
telah dibagikan. Jadwal rinci per auditee dapat dilihat pada lampiran surat \
tugas auditor.

Terima kasih atas kerja samanya.

Salam,
Dr. Irwansyah Lubis, M.Pd.
Ketua Auditor AMI 2027
"""
    return zimbra(slug, d, ("Irwansyah Lubis", "irwansyah.lubis@polibatam.ac.id"),
                  "Mohon tayang pengumuman jadwal audit lapangan AMI 2027", text)


@mail("tim-akreditasi-lam-teknik-checklist-tayang", t(2027, 5, 6, 10, 0, 47), "announcement", "id",
      {"title": "Asesmen Lapangan LAM Teknik Program Studi Teknik Mesin", "scope": "site",
       "publish_at": "2027-05-10T07:00:00+07:00"})
def _(slug, d):
    text = """Yth. Helpdesk P4M,

Berikut permohonan publikasi pengumuman di halaman depan e-learning (untuk \
seluruh mahasiswa):

Judul  : Asesmen Lapangan LAM Teknik Program Studi Teknik Mesin
Tayang : Senin, 10 Mei 2027 pukul 07.00 WIB
Sampai : Jumat, 14 Mei 2027

Isi pengumuman:
Program Studi Teknik Mesin akan menerima kunjungan asesmen lapangan LAM \
Teknik pada 12-13 Mei 2027. Mahasiswa yang namanya tercantum dalam daftar \
wawancara mohon hadir di Ruang Rapat Gedung Utama lantai 3 pukul 09.00 WIB \
dengan jas almamater. Daftar nama diumumkan oleh koordinator kelas \
masing-masing.

Checklist dari tim kami:
[v] Teks sudah disetujui Kaprodi
[v] Tanpa poster/lampiran
[ ] Mohon konfirmasi bila sudah tayang

Terima kasih.

Sari Dewanti
Tim Akreditasi Prodi Teknik Mesin
"""
    return outlook(slug, d, ("Tim Akreditasi Prodi Teknik Mesin", "akreditasi.mesin@polibatam.ac.id"),
                   "Permohonan pengumuman: Asesmen Lapangan LAM Teknik Prodi Teknik Mesin", text)


@mail("bem-baksos-ramadan-surat-persetujuan-pdf", t(2027, 2, 22, 19, 45, 12), "announcement", "id",
      {"title": "Bakti Sosial dan Buka Puasa Bersama BEM Polibatam 1448 H", "scope": "site",
       "publish_at": "2027-02-24T10:00:00+07:00"},
      "Sent by the student council (BEM) with an approval letter attached; site-wide posting may need student-affairs approval.")
def _(slug, d):
    pdf = make_pdf([
        "**Bagian Kemahasiswaan dan Alumni - Politeknik Negeri Batam",
        "",
        "Nomor : 0087/PL29.1/KM/2027",
        "Hal   : Persetujuan Publikasi Kegiatan BEM",
        "",
        "Bagian Kemahasiswaan menyetujui publikasi kegiatan Bakti Sosial dan Buka Puasa",
        "Bersama BEM Polibatam 1448 H melalui kanal informasi kampus, termasuk e-learning.",
        "",
        "Batam, 22 Februari 2027",
        "Kepala Bagian Kemahasiswaan dan Alumni",
    ], title="Persetujuan publikasi BEM")
    text = """Assalamualaikum wr. wb.

Yth. Tim Helpdesk P4M,

Saya Muhammad Farhan Siregar, Menteri Komunikasi dan Informasi BEM Polibatam \
periode 2026/2027. Kami mohon izin agar pengumuman kegiatan BEM berikut dapat \
ditayangkan di e-learning untuk seluruh mahasiswa, mulai Rabu, 24 Februari \
2027 pukul 10.00 WIB.

Judul: Bakti Sosial dan Buka Puasa Bersama BEM Polibatam 1448 H

Isi:
BEM Polibatam mengajak seluruh mahasiswa berpartisipasi dalam Bakti Sosial \
dan Buka Puasa Bersama pada Sabtu, 6 Maret 2027 di Masjid Polibatam. Donasi \
berupa sembako atau uang dapat disalurkan melalui posko BEM di lobi Gedung \
Utama hingga 4 Maret 2027.

Surat persetujuan dari Bagian Kemahasiswaan kami lampirkan.

Wassalamualaikum wr. wb.

Farhan
Kementerian Kominfo BEM Polibatam
"""
    return gmail(slug, d, ("Muhammad Farhan Siregar", "4322201033@students.polibatam.ac.id"),
                 "Permohonan publikasi pengumuman BEM: Bakti Sosial Ramadan 1448 H", text,
                 attachments=[("Surat_Persetujuan_Kemahasiswaan_0087.pdf", "application/pdf", pdf)])


@mail("undangan-kalender-outlook-isinya-pengumuman-kuis", t(2027, 3, 30, 14, 25, 3), "announcement", "id",
      {"course_code": "MS2204", "course_name": "Termodinamika Teknik", "title": "Kuis Susulan Termodinamika Teknik",
       "scope": "course"},
      "Sent as an Outlook meeting request (text/calendar); the event time is the quiz, not a publish time ('hari ini juga').")
def _(slug, d):
    text = """Tim P4M,

Saya kirim sebagai undangan kalender supaya tanggalnya jelas. Mohon dibuatkan \
pengumuman di course Termodinamika Teknik (MS2204) hari ini juga:

Judul: Kuis Susulan Termodinamika Teknik

Kuis susulan bagi mahasiswa yang berhalangan pada kuis 1 dilaksanakan Sabtu, \
3 April 2027 pukul 08.00-10.00 WIB secara daring di e-learning. Mahasiswa \
wajib mengunggah surat keterangan sakit/izin pada tautan yang tersedia \
sebelum kuis dimulai.

Terima kasih,
Rahmat Saleh
"""
    ics = make_ics(slug, ("Rahmat Saleh", "rahmat.saleh@polibatam.ac.id"), "Kuis Susulan Termodinamika Teknik",
                   text, t(2027, 4, 3, 8, 0), t(2027, 4, 3, 10, 0), "E-Learning Polibatam (daring)", d)
    return outlook(slug, d, ("Rahmat Saleh", "rahmat.saleh@polibatam.ac.id"),
                   "Kuis Susulan Termodinamika Teknik - mohon diumumkan", text, calendar=ics)


@mail("samsung-uts-pindah-ruang-tanpa-kode", t(2027, 4, 13, 6, 12, 39), "announcement", "id",
      {"course_name": "Matematika Teknik II", "title": "UTS Matematika Teknik II Pindah Ruang", "scope": "course"})
def _(slug, d):
    text = """Assalamualaikum tim P4M, mohon tolong diumumkan di course Matematika Teknik II \
kelas TRE-1A dan TRE-1B ya:

"UTS Matematika Teknik II Pindah Ruang"
UTS Matematika Teknik II hari Kamis, 15 April 2027 pukul 08.00 dipindah dari \
GU 601 ke Techno 4.2 karena ruangannya dipakai untuk ujian sertifikasi \
kompetensi. Waktu tetap.

Sgt terima kasih \U0001F64F
Yulia
"""
    return samsung(slug, d, ("Yulia Rahmawati", "yulia.rahmawati@polibatam.ac.id"),
                   "Pengumuman UTS Mat Tek II pindah ruang", text)


@mail("asisten-lab-atas-nama-bu-marlina-praktikum-pengganti", t(2027, 4, 1, 17, 5, 16), "announcement", "id",
      {"course_code": "TRE2215", "course_name": "Praktikum Elektronika Daya",
       "title": "Jadwal Praktikum Pengganti Modul 4", "scope": "course", "publish_at": "2027-04-05T06:30:00+07:00"})
def _(slug, d):
    text = """Selamat sore Bapak/Ibu P4M,

Saya Gilang, asisten Lab Elektronika Daya. Atas nama Bu Marlina Sembiring \
(dosen pengampu), saya mohon pengumuman berikut ditayangkan di course \
Praktikum Elektronika Daya (TRE2215) pada Senin, 5 April 2027 pukul 06.30 WIB:

Judul: Jadwal Praktikum Pengganti Modul 4

Praktikum modul 4 yang ditiadakan pada 1 April diganti pada Rabu, 7 April \
2027 pukul 13.00-16.00 di Lab Elektronika Daya (TE 3.05). Laporan pendahuluan \
dikumpulkan sebelum praktikum dimulai.

Bu Marlina sudah menyetujui teks ini dan saya cc di email ini.

Terima kasih,
Gilang Ramadhan
Asisten Lab Elektronika Daya
"""
    return gmail(slug, d, ("Gilang Ramadhan", "4331901022@students.polibatam.ac.id"),
                 "Mohon pengumuman praktikum pengganti Elektronika Daya (atas nama Bu Marlina)", text,
                 cc=[("Marlina Sembiring", "marlina.sembiring@polibatam.ac.id")])


@mail("kaprodi-baru-surat-resmi-sosialisasi-kurikulum", t(2027, 2, 26, 9, 30, 2), "announcement", "id",
      {"title": "Sosialisasi Kurikulum OBE 2026 bagi Mahasiswa Prodi Teknologi Rekayasa Elektronika",
       "scope": "site", "publish_at": "2027-03-01T07:30:00+07:00"})
def _(slug, d):
    text = """Kepada Yth.
Kepala P4M Politeknik Negeri Batam
di Tempat

Nomor : 014/PL29.2/TRE/II/2027
Hal   : Permohonan Publikasi Pengumuman

Dengan hormat,

Bersama surat ini, kami Program Studi Sarjana Terapan Teknologi Rekayasa \
Elektronika memohon kiranya Tim Helpdesk P4M berkenan menayangkan pengumuman \
pada beranda e-learning dengan ketentuan sebagai berikut:

Judul pengumuman : Sosialisasi Kurikulum OBE 2026 bagi Mahasiswa Prodi Teknologi Rekayasa Elektronika
Waktu tayang     : Senin, 1 Maret 2027 pukul 07.30 WIB
Isi              : Seluruh mahasiswa Prodi Teknologi Rekayasa Elektronika angkatan 2024-2026 \
diwajibkan mengikuti sosialisasi Kurikulum OBE 2026 pada Rabu, 3 Maret 2027 pukul 13.00 WIB \
di Auditorium Polibatam. Presensi dilakukan melalui e-learning.

Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja samanya, \
kami mengucapkan terima kasih.

Ketua Program Studi,

Dr. Eng. Arief Budiman, S.T., M.T.
NIP 198509212014041001
"""
    return outlook(slug, d, ("Arief Budiman", "arief.budiman@polibatam.ac.id"),
                   "Surat No. 014/PL29.2/TRE/II/2027 - Permohonan Publikasi Pengumuman", text)


@mail("trs-sekretaris-arahan-wadir-pasca-idulfitri", t(2027, 3, 5, 14, 40, 58), "announcement", "id",
      {"title": "Perkuliahan Semester Genap Dimulai Kembali Setelah Libur Idulfitri 1448 H", "scope": "site",
       "publish_at": "2027-03-12T19:00:00+07:00"},
      "Forwarded instruction; the title and text are in the forwarded part, the exact publish time in the secretary's new text.")
def _(slug, d):
    qd = t(2027, 3, 5, 11, 2)
    text = """Selamat siang Tim P4M,

Meneruskan arahan Bapak Wadir Bidang Akademik di bawah. Mohon ditayangkan di \
halaman utama e-learning pada Jumat, 12 Maret 2027 pukul 19.00 WIB.

Terima kasih,
Wulan
Sekretariat Wadir Bidang Akademik

________________________________
Dari: Syahrial Nasution <syahrial.nasution@polibatam.ac.id>
Dikirim: %s
Kepada: Wulan Anggraini <wulan.anggraini@polibatam.ac.id>
Subjek: Pengumuman perkuliahan setelah libur Idulfitri

Wulan, tolong minta P4M pasang pengumuman ini untuk semua mahasiswa dan \
dosen. Waktu tayangnya atur saja Jumat malam sebelum kuliah mulai lagi.

Judul: Perkuliahan Semester Genap Dimulai Kembali Setelah Libur Idulfitri 1448 H

Perkuliahan tatap muka semester genap 2026/2027 dimulai kembali pada Senin, \
15 Maret 2027 sesuai jadwal. Dosen diminta memperbarui rencana pertemuan di \
e-learning dan mahasiswa memeriksa pengumuman di masing-masing course.

SN
""" % id_long(qd)
    return outlook(slug, d, ("Wulan Anggraini", "wulan.anggraini@polibatam.ac.id"),
                   "TRS: Pengumuman perkuliahan setelah libur Idulfitri", text)


@mail("re-gmail-jadwal-tayang-diundur-teks-baru", t(2027, 5, 18, 9, 12, 44), "announcement", "id",
      {"course_code": "LOG2206", "course_name": "Manajemen Rantai Pasok",
       "title": "Remedial Kuis 2 Manajemen Rantai Pasok", "scope": "course",
       "publish_at": "2027-05-20T07:00:00+07:00"},
      "Reply that reschedules an acknowledged announcement; the new publish time replaces the one in the quoted acknowledgement.")
def _(slug, d):
    qd = t(2027, 5, 17, 14, 20)
    text = """Halo Tim P4M,

Mohon maaf, ada perubahan: pengumuman "Remedial Kuis 2 Manajemen Rantai \
Pasok" jangan ditayangkan hari ini. Tolong dijadwalkan ulang ke Kamis, 20 Mei \
2027 pukul 07.00 WIB saja, karena jadwal remedialnya juga mundur ke Sabtu, \
22 Mei 2027. Teksnya jadi:

Remedial Kuis 2 Manajemen Rantai Pasok dilaksanakan Sabtu, 22 Mei 2027 pukul \
09.00-10.00 WIB melalui e-learning. Remedial hanya untuk mahasiswa dengan \
nilai kuis 2 di bawah 60.

Terima kasih.

Hana Fitriani
"""
    quoted = """Yth. Ibu Hana Fitriani,

Permohonan pengumuman "Remedial Kuis 2 Manajemen Rantai Pasok" untuk course
LOG2206 telah kami terima dan dijadwalkan tayang Selasa, 18 Mei 2027 pukul
12.00 WIB.

Salam,
Tim Helpdesk P4M
"""
    return gmail(slug, d, ("Hana Fitriani", "hana.fitriani@polibatam.ac.id"),
                 "Re: [P4M #2027-0262] Pengumuman remedial kuis Manajemen Rantai Pasok", text,
                 quote_header=gmail_quote_id(qd, "Helpdesk P4M", HELPDESK), quoted=quoted,
                 irt=helpdesk_mid("2027-0262", "ack"),
                 refs=["<CA%s@mail.gmail.com>" % tok(slug, "orig", 46, B62), helpdesk_mid("2027-0262", "ack")])


@mail("japanese-lecturer-special-lecture-monday-8am", t(2027, 3, 23, 13, 40, 19), "announcement", "en",
      {"course_code": "RBT3205", "course_name": "Robot Vision and Image Processing",
       "title": "Special Lecture from Kyushu Robotics Laboratory", "scope": "course",
       "publish_at": "2027-03-29T08:00:00+07:00"})
def _(slug, d):
    text = """Dear P4M Helpdesk,

Thank you for changing my course name last month. It is very good now.

I have one more request. Please post this announcement in my course Robot \
Vision and Image Processing (RBT3205). Please publish on Monday, 29 March, at \
8:00 in the morning.

Title: Special Lecture from Kyushu Robotics Laboratory

Text:
On Thursday, 1 April 2027, 13:00-15:00, Dr. Yuki Matsumoto from Kyushu will \
give a special online lecture about "Deep Learning for Robot Grasping". The \
lecture is in English. Attendance is counted as one meeting. The Zoom link \
will be on the course page.

Thank you very much.

Kenji Takahashi
"""
    return gmail(slug, d, ("\u9ad8\u6a4b\u5065\u4e8c (Kenji Takahashi)", "k.takahashi.lab@gmail.com"),
                 "Please post announcement: special lecture", text)


@mail("korean-lecturer-publish-time-in-kst", t(2027, 5, 20, 22, 15, 7, tz=KST), "announcement", "en",
      {"course_code": "TRE3407", "course_name": "Smart Factory Systems",
       "title": "Final Project Presentation Schedule", "scope": "course",
       "publish_at": "2027-05-24T08:00:00+07:00"},
      "Publish time stated in Korea time (10:00 KST = 08:00 WIB); the Date header is +0900.")
def _(slug, d):
    text = """Hello P4M team,

I am Park Ji-hoon (Smart Factory Systems, TRE3407). I am in Korea this week \
for a family matter, so I write from here.

Please post this announcement in my course. Please publish it on Monday 24 \
May, 10:00 Korea time (KST). Korea is 2 hours faster than Batam, I think.

Title: Final Project Presentation Schedule

Text:
Final project presentations will be held on 31 May and 1 June 2027 in the \
Smart Factory Laboratory. Each group has 20 minutes. Please upload your \
slides to the assignment "Final Presentation" before 30 May 2027, 23:59 WIB.

Thank you.
Park Ji-hoon
"""
    return outlook(slug, d, ("\ubc15\uc9c0\ud6c8 Park Ji-hoon", "jihoon.park82@outlook.com"),
                   "Announcement: final presentation schedule", text, personal=True, lang="en-US")


@mail("midterm-rules-english-class-no-time", t(2027, 4, 8, 10, 50, 34), "announcement", "en",
      {"course_code": "MB2301", "course_name": "Engineering Economics",
       "title": "Midterm Exam Rules - Engineering Economics", "scope": "course"})
def _(slug, d):
    text = """Dear Helpdesk,

Could you please post the following announcement in my course Engineering \
Economics (MB2301), international class? No specific time, as soon as \
possible is fine.

Title: Midterm Exam Rules - Engineering Economics

The midterm exam will be held on Monday, 19 April 2027, 10:00-11:40 WIB in \
Room GU 702. It is a closed-book exam; a non-programmable calculator is \
allowed. Students who arrive more than 15 minutes late will not be admitted.

Many thanks,
Irma Yunita, S.E., M.Sc.
"""
    return outlook(slug, d, ("Irma Yunita", "irma.yunita@polibatam.ac.id"),
                   "Announcement for Engineering Economics (international class) - midterm rules", text,
                   lang="en-US")


@mail("outlook-html-only-table-site-visit-schedule", t(2027, 4, 15, 16, 30, 22), "announcement", "en",
      {"title": "IABEE Site Visit to the Electronics Manufacturing Engineering Programme", "scope": "site",
       "publish_at": "2027-04-19T07:30:00+07:00"},
      "HTML-only Outlook mail; the schedule to publish is an HTML table.")
def _(slug, d):
    rows = [("Tue, 20 April 2027", "09:00-12:00", "Opening and interview with programme management",
             "Head of programme, lecturers"),
            ("Tue, 20 April 2027", "13:00-15:00", "Laboratory visit", "Laboratory staff, students on duty"),
            ("Wed, 21 April 2027", "09:00-11:00", "Student and alumni interview", "Selected students and alumni")]
    cell = '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">%s</p></td>'
    table = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse;border:none">',
             "<tr>" + "".join(cell % ("<b>%s</b>" % h) for h in ("Date", "Time", "Activity", "Participants"))
             + "</tr>"]
    for r in rows:
        table.append("<tr>" + "".join(cell % esc(c) for c in r) + "</tr>")
    table.append("</table>")
    text = """Dear P4M Helpdesk,

Please publish the announcement below on the e-learning front page on \
Monday, 19 April 2027 at 7:30 AM.

Title: IABEE Site Visit to the Electronics Manufacturing Engineering Programme

The IABEE assessment team will visit the programme according to the schedule below.

@@INNER@@

All students of the programme are requested to keep the laboratories tidy \
and to wear the campus jacket during the visit.

Best regards,
Maria Situmorang
IABEE Task Force, Electronics Manufacturing Engineering
"""
    html = outlook_html(text, lang="en-US", inner="\n".join(table))
    return outlook(slug, d, ("Maria Magdalena Situmorang", "maria.situmorang@polibatam.ac.id"),
                   "Announcement request: IABEE Site Visit Schedule (table inside)", text, html=html,
                   html_only=True, lang="en-US")


@mail("campur-reminder-jam-8-malam-nanti", t(2027, 5, 12, 15, 5, 11), "announcement", "mixed",
      {"course_code": "IF3204", "course_name": "Data Mining", "title": "Reminder: Deadline Mini Project Data Mining",
       "scope": "course", "publish_at": "2027-05-12T20:00:00+07:00"},
      "Publish time relative to the mail date ('jam 8 malam nanti').")
def _(slug, d):
    text = """Hi tim P4M,

Boleh minta tolong post reminder di course Data Mining (IF3204)? Please \
schedule jam 8 malam nanti ya, biar pas students lagi online.

Title: Reminder: Deadline Mini Project Data Mining

Isi: Deadline submission mini project adalah Jumat, 14 Mei 2027 pukul 23.59 \
WIB. Late submission tidak diterima kecuali ada surat keterangan. Pastikan \
notebook (.ipynb) dan laporan PDF di-zip jadi satu file.

Thanks a lot!
Kevin
"""
    return gmail(slug, d, ("Kevin Wijaya", "kevin.wijaya@polibatam.ac.id"),
                 "Tolong post reminder di course Data Mining", text)


@mail("campur-tim-akreditasi-reminder-bukti-perkuliahan", t(2027, 4, 9, 11, 20, 3), "announcement", "mixed",
      {"title": "Reminder Kelengkapan Bukti Perkuliahan di E-Learning menjelang Asesmen Lapangan LAM INFOKOM",
       "scope": "site", "publish_at": "2027-04-12T08:00:00+07:00"})
def _(slug, d):
    text = """Dear Tim P4M,

Mohon bantuan publish pengumuman di front page e-learning, target audience \
semua dosen, on Monday 12 April 2027 at 08.00 WIB:

Title: Reminder Kelengkapan Bukti Perkuliahan di E-Learning menjelang Asesmen Lapangan LAM INFOKOM

Content:
Bapak/Ibu dosen yang mengampu MK di Prodi Teknik Informatika, mohon \
memastikan setiap course sudah berisi RPS, materi per pertemuan, minimal satu \
asesmen, dan presensi sampai pertemuan ke-8 paling lambat Jumat, 23 April \
2027. Asesor LAM INFOKOM akan melakukan sampling course secara acak during \
the visit on 26-27 April 2027.

Thanks a lot,
Yudi Permana
Sekretaris Tim Akreditasi Prodi TI
"""
    return outlook(slug, d, ("Tim Akreditasi Prodi TI", "akreditasi.ti@polibatam.ac.id"),
                   "Request pengumuman: reminder upload bukti perkuliahan sebelum asesmen LAM INFOKOM", text)


@mail("campur-numbered-details-praktikum-robotika", t(2027, 3, 19, 10, 44, 28), "announcement", "mixed",
      {"course_code": "RBT2208", "course_name": "Praktikum Robotika Industri",
       "title": "Jadwal Praktikum Robotika Industri Minggu 9-11", "scope": "course",
       "publish_at": "2027-03-22T07:00:00+07:00"})
def _(slug, d):
    text = """Hi P4M,

Please help post di course Praktikum Robotika Industri (RBT2208), details:

1. Title: Jadwal Praktikum Robotika Industri Minggu 9-11
2. Publish: Senin, 22 Maret 2027, 07.00 WIB
3. Isi:
   - Week 9 (29 Maret): Modul 5 - Pick and place dengan ABB IRB 120, group A dan B
   - Week 10 (5 April): Modul 6 - Vision-guided sorting, group C dan D
   - Week 11 (12 April): Catch-up session untuk group yang belum selesai
   Safety shoes wajib dipakai, no exception.

Thanks ya!
Ronald Hutapea
Lab Robotika
"""
    return zimbra(slug, d, ("Ronald Hutapea", "ronald.hutapea@polibatam.ac.id"),
                  "Announcement jadwal praktikum Robotika week 9-11", text)


# =====================================================================================
# elearning_support (12): id 7, en 3, mixed 2
# =====================================================================================

@mail("batak-mahasiswa-akun-terkunci-malam", t(2027, 3, 2, 23, 10, 42), "elearning_support", "id")
def _(slug, d):
    text = """Selamat malam Bang/Kak admin,

Akun e-learning ku terkunci pula ini, katanya "Your account has been locked" \
gara-gara salah password berapa kali. Besok pagi ada kuis Kalkulus II, \
cemanalah ini? Tolong dibukakan dulu ya Bang.

NIM: 3312401088
Username: 3312401088
Prodi: Teknik Informatika

Mauliate,
Rotua
"""
    return gmail(slug, d, ("Rotua Br Sitorus", "rotuasitorus02@gmail.com"), "akun e-learning terkunci pula", text)


@mail("jawa-tanya-cara-ganti-enrol-key-sendiri", t(2027, 3, 26, 13, 30, 20), "elearning_support", "id",
      note="Near-miss for course_data: the lecturer asks how to change the enrolment key herself and gives no new value.")
def _(slug, d):
    text = """Sugeng siang Mas/Mbak P4M,

Nyuwun sewu, saya mau tanya. Kalau saya mau ganti enrolment key course saya \
sendiri, caranya pripun nggih? Biar ndak ngrepoti panjenengan terus tiap \
semester. Menunya di mana, di "Participants" atau di "Enrolment methods"? \
Saya coba klik-klik kok ndak ketemu.

Matur nuwun, ngapunten ngrepoti.

Endang Susilowati
Dosen Akuntansi Manajerial
"""
    return gmail(slug, d, ("Endang Susilowati", "endang.susilowati@polibatam.ac.id"),
                 "Pripun carane ganti enrolment key piyambak?", text)


@mail("asisten-atas-nama-bu-fitria-minta-dienrol", t(2027, 2, 25, 10, 5, 57), "elearning_support", "id")
def _(slug, d):
    text = """Selamat pagi Bapak/Ibu Tim P4M,

Saya Salsabila Rahma, asisten dosen mata kuliah Basis Data Lanjut. Atas nama \
Bu Fitria Handayani (dosen pengampu), saya mohon di-enrol sebagai \
non-editing teacher di course Basis Data Lanjut kelas TI-2A dan TI-2B, agar \
bisa membantu memeriksa tugas praktikum.

Username e-learning saya: 4311901056

Bu Fitria sudah menyetujui, beliau saya cc.

Terima kasih.

Salsabila Rahma
"""
    return gmail(slug, d, ("Salsabila Rahma", "4311901056@students.polibatam.ac.id"),
                 "Permohonan enrol asisten di course Basis Data Lanjut (atas nama Bu Fitria)", text,
                 cc=[("Fitria Handayani", "fitria.handayani@polibatam.ac.id")])


@mail("hp-autocorrect-lupa-password-jam-uts", t(2027, 4, 12, 6, 5, 13), "elearning_support", "id")
def _(slug, d):
    text = """Pagi, sya lupa password e-leaning dan tombol "lupa kata sandi" tdk mengirim \
email ke alamat saya. Padahal hari ini saya harus membuka kuis UTS jam 8. \
Mohon bantuan resep segera *reset maksudnya. Username saya wahyu.kurniadi

Maaf banyak typo, ngetik sambil nunggu anak masuk sekolah \U0001F605

Dikirim dari iPhone saya
"""
    return iphone(slug, d, ("Wahyu Kurniadi", "wahyu.kurniadi@polibatam.ac.id"), "Lupa pasword elearning", text)


@mail("re-outlook-notifikasi-forum-masih-tidak-masuk", t(2027, 4, 22, 14, 18, 36), "elearning_support", "id")
def _(slug, d):
    qd = t(2027, 4, 21, 9, 3)
    text = """Selamat siang,

Sudah saya coba sesuai petunjuk (Preferences > Forum preferences > Email \
digest type: No digest), tapi mahasiswa tetap tidak menerima email \
notifikasi dari Forum Diskusi course Mekanika Fluida. Saya sudah uji dengan \
akun mahasiswa uji coba, emailnya juga tidak masuk, di folder spam juga tidak \
ada.

Mohon dicek dari sisi server.

Terima kasih,
Imam Santoso

________________________________
Dari: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Dikirim: %s
Kepada: Imam Santoso <imam.santoso@polibatam.ac.id>
Subjek: [P4M #2027-0188] Notifikasi forum tidak terkirim

Yth. Bapak Imam Santoso,

Mohon pastikan pengaturan forum preferences mahasiswa tidak dalam mode \
digest. Jika masih bermasalah, silakan balas email ini.

Salam,
Tim Helpdesk P4M
""" % id_long(qd)
    return outlook(slug, d, ("Imam Santoso", "imam.santoso@polibatam.ac.id"),
                   "RE: [P4M #2027-0188] Notifikasi forum tidak terkirim", text,
                   irt=helpdesk_mid("2027-0188", "reply1"),
                   refs=[helpdesk_mid("2027-0188", "ack"), helpdesk_mid("2027-0188", "reply1")])


@mail("thunderbird-batas-ukuran-unggah-laporan-praktikum", t(2027, 5, 3, 9, 55, 0), "elearning_support", "id")
def _(slug, d):
    text = """Yth. Tim Helpdesk P4M,

Mahasiswa Praktikum CNC tidak bisa mengunggah laporan praktikum yang berisi \
video hasil pemesinan. Ukuran filenya sekitar 35 MB, sedangkan batas unggah \
pada tugas "Laporan Praktikum CNC Modul 3" hanya 20 MB dan pilihan yang lebih \
besar tidak muncul di pengaturan tugas.

Mohon batas unggahnya dinaikkan menjadi 50 MB untuk course Praktikum CNC, \
atau diberi saran cara lain. Batas pengumpulan Jumat, 7 Mei 2027.

Terima kasih.

-- 
Joko Susanto, S.T., M.T.
Dosen Teknik Mesin
Politeknik Negeri Batam
"""
    return thunderbird(slug, d, ("Joko Susanto", "joko.susanto@polibatam.ac.id"),
                       "Batas ukuran unggah laporan praktikum", text)


@mail("samsung-mahasiswa-kuis-uts-tidak-muncul", t(2027, 4, 19, 7, 48, 2), "elearning_support", "id")
def _(slug, d):
    text = """Selamat pagi Bapak/Ibu,

Saya Dimas Anggara, mahasiswa TRPL 2B (NIM 4342211036). Kuis UTS Basis Data \
jam 08.00 nanti tidak muncul di course saya, padahal teman sekelas sudah bisa \
lihat. Saya sudah coba logout-login dan ganti browser tetap tidak ada.

Mohon bantuannya, terima kasih.

Dimas
"""
    return samsung(slug, d, ("Dimas Anggara", "4342211036@students.polibatam.ac.id"), "Kuis UTS tidak muncul", text)


@mail("korean-lecturer-no-edit-mode-button", t(2027, 2, 23, 16, 40, 11), "elearning_support", "en")
def _(slug, d):
    text = """Hello,

I am Park Ji-hoon, new visiting professor in Electronics Engineering \
Technology. I login to e-learning. I can see the course "Smart Factory \
Systems" but there is no "Edit mode" button. I think my role is student.

Please give me teacher role for this course. My username is jihoon.park.

Thank you.
Park Ji-hoon
"""
    return outlook(slug, d, ("\ubc15\uc9c0\ud6c8 Park Ji-hoon", "jihoon.park82@outlook.com"),
                   "I cannot edit my course", text, personal=True, lang="en-US")


@mail("japanese-lecturer-quiz-close-time-two-hours", t(2027, 4, 16, 9, 30, 48), "elearning_support", "en")
def _(slug, d):
    text = """Dear P4M Helpdesk,

I set my quiz "Midterm Quiz - Robot Vision" to close at 10:00. But students \
say the quiz page shows "closes 08:00". It is 2 hours different. Maybe my \
profile time zone is Japan time? I do not know how to check it.

The quiz is tomorrow morning, so please check quickly if possible.

Thank you very much.
Kenji Takahashi
"""
    return gmail(slug, d, ("\u9ad8\u6a4b\u5065\u4e8c (Kenji Takahashi)", "k.takahashi.lab@gmail.com"),
                 "Quiz close time is wrong (2 hours)", text)


@mail("iabee-assessor-guest-access", t(2027, 4, 12, 10, 10, 5), "elearning_support", "en")
def _(slug, d):
    text = """Dear Helpdesk team,

The IABEE assessors will review our e-learning courses during the site visit. \
Could you please create temporary accounts for two assessors with view-only \
access (no editing) to the following five courses of Electronics \
Manufacturing Engineering, valid from 19 to 23 April 2027?

- EM2204 Surface Mount Technology
- EM2106 Electronic Materials
- EM3201 Manufacturing Test Engineering
- EM3105 Process Control
- EM4101 Capstone Project

Assessor 1: Prof. Hiroshi Tanaka (hiroshi.tanaka@example.jp)
Assessor 2: Dr. Ir. Budi Rahardjo (budi.rahardjo@example.ac.id)

Thank you,
Maria Situmorang
IABEE Task Force, Electronics Manufacturing Engineering
"""
    return gmail(slug, d, ("Maria Magdalena Situmorang", "maria.situmorang@polibatam.ac.id"),
                 "Guest access for IABEE assessors", text)


@mail("campur-mahasiswa-file-type-not-allowed", t(2027, 3, 30, 22, 47, 31), "elearning_support", "mixed")
def _(slug, d):
    text = """Hi kak admin,

Aku gak bisa submit assignment di course Pemrograman Web Lanjut, muncul error \
"File type not allowed" padahal file-nya .zip sesuai instruksi dosen. Udah \
coba re-zip dan rename juga tetap sama. Deadline-nya jam 23.59 tonight \U0001F62D \
please help, atau bisa tolong info ke dosennya kalau aku udah coba submit?

NIM 3312311074, kelas TI-2D

Thank you kak!
Clarissa
"""
    return gmail(slug, d, ("Clarissa Tan", "clarissa.tanjaya@gmail.com"),
                 "help!! error file type not allowed pas submit", text)


@mail("campur-import-materi-course-tahun-lalu", t(2027, 2, 22, 8, 20, 49), "elearning_support", "mixed")
def _(slug, d):
    text = """Pagi tim,

Course Pemrograman Game semester genap ini masih kosong. Can you please \
import all materials dari course tahun lalu (Genap 2025/2026)? Saya nggak \
punya akses lagi ke course lama karena sudah di-hide.

Quiz bank-nya juga please ikut di-import kalau bisa.

Thanks!
Stefanus Lim
Prodi Animasi
"""
    return outlook(slug, d, ("Stefanus Lim", "stefanus.lim@polibatam.ac.id"),
                   "Import materi course semester lalu ke course baru", text)


# =====================================================================================
# document_request (7): id 5, en 1, mixed 1
# =====================================================================================

@mail("auditor-ami-minta-sop-dan-rekaman-helpdesk", t(2027, 4, 26, 10, 20, 14), "document_request", "id",
      note="P4M itself is the auditee: the auditor asks for the helpdesk SOP, records and LED report as audit evidence.")
def _(slug, d):
    text = """Yth. Tim Helpdesk P4M,

Sehubungan dengan pelaksanaan Audit Mutu Internal Siklus 2027 pada unit P4M \
(jadwal audit lapangan Kamis, 29 April 2027), mohon dikirimkan dokumen \
berikut paling lambat Rabu, 28 April 2027:

1. SOP Layanan Helpdesk Media Pembelajaran Digital (versi terbaru)
2. Rekaman Helpdesk P4M periode Januari - Maret 2027 (format xlsx)
3. Laporan Evaluasi Diri (LED) layanan helpdesk tahun 2026

Dokumen dapat dikirim melalui balasan email ini atau diunggah ke folder \
bersama auditor.

Terima kasih.

Dr. Irwansyah Lubis, M.Pd.
Ketua Auditor AMI 2027
"""
    return zimbra(slug, d, ("Irwansyah Lubis", "irwansyah.lubis@polibatam.ac.id"),
                  "Permintaan dokumen untuk AMI 2027 - Unit P4M", text)


@mail("tim-akreditasi-checklist-dokumen-pendukung", t(2027, 3, 16, 14, 0, 38), "document_request", "id")
def _(slug, d):
    text = """Yth. Tim P4M,

Untuk melengkapi borang akreditasi LAM Teknik Prodi Teknik Mesin, berikut \
checklist dokumen pendukung yang kami butuhkan dari P4M:

[ ] Panduan penggunaan e-learning untuk dosen dan mahasiswa
[ ] SOP pembuatan dan perubahan data course di e-learning
[ ] Laporan survei kepuasan layanan e-learning tahun 2026
[v] Sertifikat pelatihan e-learning dosen (sudah ada di kami)

Mohon dikirimkan dalam format PDF. Terima kasih.

Sari Dewanti
Tim Akreditasi Prodi Teknik Mesin
"""
    return outlook(slug, d, ("Tim Akreditasi Prodi Teknik Mesin", "akreditasi.mesin@polibatam.ac.id"),
                   "Checklist dokumen pendukung akreditasi dari P4M", text)


@mail("kaprodi-baru-surat-minta-template-rps", t(2027, 3, 3, 10, 0, 26), "document_request", "id")
def _(slug, d):
    text = """Kepada Yth.
Kepala P4M Politeknik Negeri Batam
di Tempat

Nomor : 022/PL29.5/AKM/III/2027
Hal   : Permohonan Dokumen Perangkat Pembelajaran

Dengan hormat,

Sehubungan dengan pengangkatan saya sebagai Ketua Program Studi Sarjana \
Terapan Akuntansi Manajerial dan dalam rangka penyusunan perangkat \
pembelajaran semester genap 2026/2027, kami memohon kiranya P4M berkenan \
mengirimkan dokumen berikut:

1. Template Rencana Pembelajaran Semester (RPS) berbasis OBE;
2. Template kontrak perkuliahan;
3. Format Berita Acara Perkuliahan (BAP) terbaru.

Dokumen dapat dikirimkan melalui surel ke alamat ini. Atas perhatian dan \
kerja samanya kami ucapkan terima kasih.

Hormat kami,
Ketua Program Studi Akuntansi Manajerial,

Dr. Christina Natalia Purba, S.E., M.Ak.
NIP 198704152015042002
"""
    return outlook(slug, d, ("Christina Natalia Purba", "christina.purba@polibatam.ac.id"),
                   "Permohonan Dokumen Perangkat Pembelajaran (Nomor 022/PL29.5/AKM/III/2027)", text)


@mail("sekretaris-kajur-minta-formulir-bap-daring", t(2027, 5, 11, 13, 0, 9), "document_request", "id")
def _(slug, d):
    text = """Selamat siang Tim P4M,

Saya Desi dari sekretariat Jurusan Teknik Elektro. Bapak Kajur, Dr. Hasan \
Basri, meminta saya mengirim pesan ini:

"Mohon dikirimkan formulir Berita Acara Perkuliahan (BAP) untuk perkuliahan \
daring/sinkron di e-learning, yang versi ada kolom tautan rekaman. Akan \
dipakai dosen yang mengganti kelas secara daring selama visitasi."

Terima kasih atas bantuannya.

Desi Ratnasari
Sekretariat Jurusan Teknik Elektro
"""
    return zimbra(slug, d, ("Desi Ratnasari", "desi.ratnasari@polibatam.ac.id"),
                  "Permintaan formulir BAP perkuliahan daring", text)


@mail("bem-minta-file-panduan-elearning-mahasiswa", t(2027, 5, 25, 15, 30, 17), "document_request", "id")
def _(slug, d):
    text = """Assalamualaikum Kak/Bang Tim P4M,

Saya Farhan dari BEM Polibatam. BEM akan mengadakan kelas literasi digital \
untuk mahasiswa semester 2 minggu depan. Boleh kami minta file \
panduan penggunaan e-learning untuk mahasiswa (PDF) yang terbaru? Rencananya \
kami bagikan ke peserta dan kami tampilkan saat sesi.

Terima kasih banyak.

Farhan
Kementerian Kominfo BEM Polibatam
"""
    return gmail(slug, d, ("Muhammad Farhan Siregar", "4322201033@students.polibatam.ac.id"),
                 "Permohonan file panduan e-learning untuk mahasiswa", text)


@mail("japanese-lecturer-english-guide-and-form", t(2027, 3, 1, 14, 22, 40), "document_request", "en")
def _(slug, d):
    text = """Dear P4M Helpdesk,

Thank you for changing my course name so fast. I am very happy.

Is there an English guide for lecturers? Please send me the file of the \
e-learning guide for lecturers in English, if you have it. Also please send \
the form for course data change, because my colleague said next time I must \
use the form.

Thank you very much.
Kenji Takahashi
"""
    return gmail(slug, d, ("\u9ad8\u6a4b\u5065\u4e8c (Kenji Takahashi)", "k.takahashi.lab@gmail.com"),
                 "English guide for lecturers?", text)


@mail("campur-minta-form-perubahan-data-versi-terbaru", t(2027, 5, 14, 10, 40, 55), "document_request", "mixed",
      note="Asks for the course-data change form, not for a change itself.")
def _(slug, d):
    text = """Hi tim P4M,

Boleh minta form perubahan data mata kuliah yang latest version? The one yang \
ada kolom tanda tangan Kaprodi. Form yang aku punya masih versi 2024, kata \
admin jurusan udah nggak dipakai.

Thanks!
Ayu
"""
    return gmail(slug, d, ("Ayu Lestari", "ayu.lestari@polibatam.ac.id"),
                 "Minta form perubahan data MK versi terbaru", text)


# =====================================================================================
# other (7): id 5, en 1, mixed 1
# =====================================================================================

@mail("terima-kasih-sebut-nilai-yang-sudah-diubah", t(2027, 3, 19, 8, 10, 14), "other", "id",
      note="Thanks for a finished ticket; the new course name it mentions has already been applied.")
def _(slug, d):
    qd = t(2027, 3, 18, 16, 44)
    text = """Terima kasih tim P4M, nama MK sudah berubah jadi Sistem Informasi Geografis \
Terapan. Cepat sekali \U0001F44D

Dikirim dari iPhone saya

> Pada %d %s %d pukul %02d.%02d, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
>
> Yth. Ibu Dewi Kartika Sari,
>
> Nama lengkap course GM3104 telah kami ubah menjadi "Sistem Informasi
> Geografis Terapan". Tiket ini kami tandai selesai.
>
> Salam,
> Tim Helpdesk P4M
""" % (qd.day, BULAN[qd.month - 1], qd.year, qd.hour, qd.minute)
    return iphone(slug, d, ("Dewi Kartika Sari", "dewi.kartika@polibatam.ac.id"),
                  "Re: [P4M #2027-0143] Ganti nama MK SIG", text,
                  irt=helpdesk_mid("2027-0143", "resolved"),
                  refs=[helpdesk_mid("2027-0143", "ack"), helpdesk_mid("2027-0143", "resolved")])


@mail("siakad-nilai-uts-beda-bukan-elearning", t(2027, 5, 21, 10, 5, 31), "other", "id",
      note="Misdirected: a grade in SIAKAD (academic information system), which P4M does not manage; e-learning is only mentioned.")
def _(slug, d):
    text = """Selamat pagi Bapak/Ibu,

Saya Putri, mahasiswa Akuntansi Manajerial semester 4. Nilai UTS Perpajakan \
saya di e-learning 85, tapi di SIAKAD tertulis 58 dan sudah masuk ke KHS \
sementara. Sepertinya angkanya tertukar waktu input.

Mohon nilai di SIAKAD diperbaiki, atau saya harus mengurus ke mana ya?

Terima kasih.

Putri Ayuningtyas
NIM 3412501019
"""
    return gmail(slug, d, ("Putri Ayuningtyas", "3412501019@students.polibatam.ac.id"),
                 "Nilai UTS di SIAKAD berbeda", text)


@mail("undangan-seminar-inovasi-pembelajaran-tanpa-minta-publikasi", t(2027, 4, 6, 9, 0, 52), "other", "id",
      note="Near-miss for announcement: an invitation addressed to P4M staff; it does not ask for anything to be published.")
def _(slug, d):
    text = """Yth. Bapak/Ibu Staf P4M Politeknik Negeri Batam,

Dengan hormat, kami mengundang Bapak/Ibu untuk hadir sebagai peserta pada:

Seminar Nasional Inovasi Pembelajaran Vokasi 2027
Hari/tanggal : Kamis, 6 Mei 2027
Waktu        : 08.30 - 15.00 WIB
Tempat       : Auditorium Politeknik Negeri Batam

Konfirmasi kehadiran mohon melalui tautan pendaftaran paling lambat 30 \
April 2027. Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

Hormat kami,
Panitia SNIPV 2027
Jurusan Manajemen Bisnis
"""
    return outlook(slug, d, ("Panitia SNIPV 2027", "snipv@polibatam.ac.id"),
                   "Undangan Seminar Nasional Inovasi Pembelajaran Vokasi 2027", text)


@mail("undangan-kalender-rapat-persiapan-visitasi", t(2027, 4, 8, 13, 0, 12), "other", "id",
      note="Outlook meeting request (text/calendar) inviting P4M to a coordination meeting; nothing to publish or change.")
def _(slug, d):
    text = """Yth. Tim P4M,

Mengundang perwakilan P4M pada rapat koordinasi persiapan asesmen lapangan \
LAM INFOKOM Prodi Teknik Informatika, khususnya terkait akses asesor ke \
e-learning dan data layanan helpdesk.

Hari/tanggal : Kamis, 15 April 2027
Waktu        : 09.00 - 11.00 WIB
Tempat       : Ruang Rapat P4M, Gedung Utama lantai 4

Terima kasih.

Yudi Permana
Sekretaris Tim Akreditasi Prodi TI
"""
    ics = make_ics(slug, ("Yudi Permana", "akreditasi.ti@polibatam.ac.id"),
                   "Rapat koordinasi persiapan asesmen lapangan LAM INFOKOM", text,
                   t(2027, 4, 15, 9, 0), t(2027, 4, 15, 11, 0), "Ruang Rapat P4M, Gedung Utama lt. 4", d)
    return outlook(slug, d, ("Tim Akreditasi Prodi TI", "akreditasi.ti@polibatam.ac.id"),
                   "Rapat koordinasi persiapan asesmen lapangan LAM INFOKOM", text, calendar=ics)


@mail("tanya-honor-auditor-salah-alamat", t(2027, 5, 13, 11, 30, 3), "other", "id",
      note="Misdirected administrative question (auditor honorarium) sent to the e-learning helpdesk.")
def _(slug, d):
    text = """Selamat siang,

Maaf mengganggu, saya salah satu auditor AMI 2027 (auditee Prodi Logistik \
Perdagangan Internasional). Mau menanyakan kapan honor auditor dibayarkan dan \
apakah perlu mengumpulkan laporan kegiatan dulu ke bagian keuangan? Saya \
tidak tahu harus bertanya ke siapa, jadi saya kirim ke alamat ini.

Terima kasih.

Ratna Dewi Sitanggang, S.E., M.Si.
"""
    return gmail(slug, d, ("Ratna Dewi Sitanggang", "ratna.sitanggang@polibatam.ac.id"),
                 "Pertanyaan honor auditor AMI", text)


@mail("vendor-learning-analytics-offer", t(2027, 3, 15, 9, 12, 47), "other", "en")
def _(slug, d):
    text = """Dear P4M team,

I hope this email finds you well. My name is Rohan Mehta, Partnerships Lead at \
CoursePulse, a learning analytics plugin for Moodle used by more than 120 \
institutions.

CoursePulse gives lecturers an at-risk student dashboard, automatic \
engagement reports for accreditation evidence (LAM and IABEE formats), and an \
AI assistant that drafts course announcements.

We are offering Indonesian polytechnics a free 60-day pilot this semester. \
Would you be open to a 20-minute demo next week? You can book a slot here: \
https://coursepulse.io/demo

Best regards,
Rohan Mehta
Partnerships Lead, CoursePulse
"""
    return gmail(slug, d, ("Rohan Mehta", "rohan.mehta.cp@gmail.com"),
                 "Learning analytics for your Moodle - free pilot for accreditation season", text)


@mail("campur-noted-thanks-sudah-tayang", t(2027, 4, 12, 8, 20, 41), "other", "mixed")
def _(slug, d):
    qd = t(2027, 4, 12, 8, 1)
    text = """Noted, pengumumannya udah tayang di front page. Thanks a lot tim P4M, fast \
response banget! \U0001F44D

Yudi

________________________________
Dari: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Dikirim: %s
Kepada: Tim Akreditasi Prodi TI <akreditasi.ti@polibatam.ac.id>
Subjek: [P4M #2027-0174] Request pengumuman: reminder upload bukti perkuliahan sebelum asesmen LAM INFOKOM

Yth. Tim Akreditasi Prodi TI,

Pengumuman "Reminder Kelengkapan Bukti Perkuliahan di E-Learning menjelang \
Asesmen Lapangan LAM INFOKOM" telah tayang di halaman depan e-learning. \
Tiket ini kami tandai selesai.

Salam,
Tim Helpdesk P4M
""" % id_long(qd)
    return outlook(slug, d, ("Tim Akreditasi Prodi TI", "akreditasi.ti@polibatam.ac.id"),
                   "RE: [P4M #2027-0174] Request pengumuman: reminder upload bukti perkuliahan sebelum asesmen LAM INFOKOM",
                   text, irt=helpdesk_mid("2027-0174", "resolved"),
                   refs=[helpdesk_mid("2027-0174", "ack"), helpdesk_mid("2027-0174", "resolved")])


# =====================================================================================
# auto (6): id 2, en 4 -- machine mail that must not get a ticket or a reply
# =====================================================================================

@mail("bounce-postfix-akun-mahasiswa-dinonaktifkan", t(2027, 4, 19, 7, 50, 37), "auto", "en",
      note="Delivery failure of an acknowledgement; the returned message quotes a request text.")
def _(slug, d):
    qid = tok(slug, "qid", 11, "0123456789ABCDEF")
    b = "%s.%d/mx.polibatam.ac.id" % (qid, int(d.timestamp()))
    sent = later(d, -6)
    orig = """From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
To: 3311901044@students.polibatam.ac.id
Subject: [P4M #2027-0183] Permohonan Anda telah diterima
Date: %s
Message-ID: %s
Auto-Submitted: auto-replied
X-P4M-Helpdesk-Loop: 1
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Yth. Pemohon,

Permohonan Anda "Tidak bisa masuk course Praktikum Jaringan" telah kami
terima dengan nomor tiket #2027-0183 dan tercatat sebagai layanan
e-learning. Tim P4M akan menanggapi dalam 15 menit pada jam kerja.

Salam,
Tim Helpdesk P4M
""" % (rfcdate(sent), helpdesk_mid("2027-0183", "ack"))
    report = """This is a MIME-encapsulated message.

--%(b)s
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.polibatam.ac.id.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<3311901044@students.polibatam.ac.id>: host aspmx.l.google.com[142.250.4.26]
    said: 550-5.2.1 The email account that you tried to reach is inactive and
    cannot receive messages. 550 5.2.1 https://support.google.com/mail/?p=DisabledUser
    d2e1a72fcca58-7394 - gsmtp (in reply to RCPT TO command)

--%(b)s
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.polibatam.ac.id
X-Postfix-Queue-ID: %(qid)s
X-Postfix-Sender: rfc822; helpdesk-p4m@polibatam.ac.id
Arrival-Date: %(arr)s (WIB)

Final-Recipient: rfc822; 3311901044@students.polibatam.ac.id
Original-Recipient: rfc822;3311901044@students.polibatam.ac.id
Action: failed
Status: 5.2.1
Remote-MTA: dns; aspmx.l.google.com
Diagnostic-Code: smtp; 550-5.2.1 The email account that you tried to reach is
    inactive and cannot receive messages.

--%(b)s
Content-Description: Undelivered Message
Content-Type: message/rfc822

%(orig)s
--%(b)s--
""" % {"b": b, "qid": qid, "arr": rfcdate(sent), "orig": orig}
    headers = ["Return-Path: <>",
               "Received: by mx.polibatam.ac.id (Postfix) id %s;" % qid,
               " %s (WIB)" % rfcdate(d),
               "Date: %s (WIB)" % rfcdate(d),
               "From: MAILER-DAEMON@polibatam.ac.id (Mail Delivery System)",
               subj("Undelivered Mail Returned to Sender"),
               "To: " + HELPDESK,
               "Auto-Submitted: auto-replied",
               "MIME-Version: 1.0",
               "Content-Type: multipart/report; report-type=delivery-status;",
               ' boundary="%s"' % b,
               "Content-Transfer-Encoding: 8bit",
               "Message-Id: <%s.%s@mx.polibatam.ac.id>" % (d.astimezone(dt.timezone.utc).strftime("%Y%m%d%H%M%S"),
                                                           qid)]
    return "\n".join(headers) + "\n\n" + report


@mail("automatic-reply-outlookcom-mentions-course", t(2027, 5, 20, 22, 16, 2, tz=KST), "auto", "en",
      note="Out-of-office reply to an acknowledgement; it names a course and a colleague but asks for nothing.")
def _(slug, d):
    text = """Thank you for your e-mail.

I am out of the office until 28 May 2027 with limited access to e-mail. For \
urgent matters about Smart Factory Systems, please contact Mr. Aldi \
Firmansyah (aldi.firmansyah@polibatam.ac.id).

Park Ji-hoon
"""
    name, address = ("\ubc15\uc9c0\ud6c8 Park Ji-hoon", "jihoon.park82@outlook.com")
    rec = rp(recv_outlook(slug, d, region="SEYP216CU002", kind="outbound"), address)
    rec = [l.replace("SEYP216CU002-outbound.outbound", "SEYP216CU002.outbound") for l in rec]
    b = "_000_" + tok(slug, "b1", 40, "0123456789ABCDEF") + "apcp_"
    body = multipart("alternative", b, [textpart(text, charset="us-ascii", cte="quoted-printable"),
                                        textpart(outlook_html(text, "en-US"), "html", charset="utf-8",
                                                 cte="quoted-printable")])
    headers = rec + [
        "From: " + addr(name, address),
        'To: "%s" <%s>' % (HELPDESK_NAME, HELPDESK),
        subj("Automatic reply: [P4M #2027-0271] Announcement: final presentation schedule"),
        "Thread-Topic: [P4M #2027-0271] Announcement: final presentation schedule",
        "Thread-Index: " + base64.b64encode(hashlib.sha256((slug + "ti").encode()).digest()[:22]).decode(),
        "Date: " + rfcdate(d, pad=True),
        "Message-ID: ",
        " <PUZP153MB%s@PUZP153MB%s.APCP153.PROD.OUTLOOK.COM>" % (tok(slug, "mid", 36, "0123456789ABCDEF"),
                                                                 tok(slug, "mh", 4, "0123456789")),
        "In-Reply-To: " + helpdesk_mid("2027-0271", "ack"),
        "References: " + helpdesk_mid("2027-0271", "ack"),
        "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Inbox-Rules-Loop: jihoon.park82@outlook.com",
        "Content-Language: en-US",
        "X-MS-Has-Attach: ",
        "X-MS-TNEF-Correlator: ",
        "MIME-Version: 1.0",
    ]
    return message(headers, body)


@mail("yahoo-vacation-cuti-mudik-lebaran", t(2027, 3, 8, 9, 15, 26), "auto", "id",
      note="Vacation auto-reply (Auto-Submitted, X-Autoreply) to a resolution mail, written in Javanese-flavoured Indonesian.")
def _(slug, d):
    text = """Matur nuwun atas emailnya.

Saya sedang cuti mudik Lebaran sampai Minggu, 14 Maret 2027 dan jarang buka \
email. Untuk urusan perkuliahan Akuntansi Keuangan Menengah silakan hubungi \
koordinator prodi. Email akan saya balas setelah kembali.

Mohon maaf lahir dan batin.

Sri Rahayu
"""
    return yahoo(slug, d, ("Sri Rahayu", "srirahayu_wulan@yahoo.co.id"),
                 "Re: [P4M #2027-0131] Selesai: kelas e salah mas", text,
                 extra_headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes"],
                 irt=helpdesk_mid("2027-0131", "resolved"),
                 refs=[helpdesk_mid("2027-0131", "ack"), helpdesk_mid("2027-0131", "resolved")])


@mail("moodle-ringkasan-forum-harian-berisi-permintaan", t(2027, 4, 14, 17, 0, 9), "auto", "id",
      note="Moodle daily forum digest; a forum post inside it asks for a course rename, but the mail itself is machine-generated.")
def _(slug, d):
    posts = [
        ("Forum Diskusi Dosen", "318", "9902", "Ganti nama course setelah kurikulum baru",
         "Endang Susilowati", "Rabu, 14 April 2027, 09.12",
         "Apakah dosen bisa mengganti nama lengkap course sendiri? Course Akuntansi Biaya saya mau saya "
         "ganti jadi Akuntansi Biaya Lanjutan, atau harus lewat helpdesk P4M?"),
        ("Forum Diskusi Dosen", "318", "9902", "Re: Ganti nama course setelah kurikulum baru",
         "Admin E-Learning", "Rabu, 14 April 2027, 10.40",
         "Perubahan nama lengkap course dilakukan oleh P4M. Silakan kirim permohonan ke helpdesk-p4m@polibatam.ac.id "
         "dengan kode MK dan nama baru."),
        ("Forum Berita Dosen", "312", "9907", "Jadwal pemeliharaan server 17 April",
         "Admin E-Learning", "Rabu, 14 April 2027, 15.05",
         "E-learning tidak dapat diakses pada Sabtu, 17 April 2027 pukul 22.00-24.00 WIB karena pemeliharaan server."),
    ]
    plain = ["E-Learning Polibatam ringkasan forum harian untuk Helpdesk P4M", "",
             "Ini adalah ringkasan harian kiriman baru di forum yang Anda ikuti.", ""]
    htmlp = ['<div class="digest">', "<p>E-Learning Polibatam ringkasan forum harian untuk Helpdesk P4M</p>"]
    for forum, fid, disc, title, author, when, body in posts:
        plain += ["=" * 70, "Pengembangan Pembelajaran P4M -> %s -> %s" % (forum, title),
                  "https://learning.polibatam.ac.id/mod/forum/discuss.php?d=%s" % disc, "",
                  title, "oleh %s - %s" % (author, when), "", body, ""]
        htmlp.append('<table border="0" cellpadding="3" cellspacing="0" class="forumpost"><tr class="header">'
                     '<td><div class="subject">%s</div><div class="author">oleh %s - %s</div></td></tr>'
                     '<tr><td class="content"><p>%s</p></td></tr></table>' % (esc(title), esc(author), esc(when),
                                                                              esc(body)))
    plain += ["-" * 70, "Ubah preferensi email forum Anda: https://learning.polibatam.ac.id/user/forum.php", ""]
    htmlp.append('<hr /><p><a href="https://learning.polibatam.ac.id/user/forum.php">Ubah preferensi email forum '
                 "Anda</a></p></div>")
    b = "b1=_" + tok(slug, "b1", 40, B62)
    body = multipart("alternative", b, [textpart("\n".join(plain), charset="UTF-8", cte="8bit"),
                                        textpart("\n".join(htmlp) + "\n", "html", charset="UTF-8", cte="8bit")])
    headers = ["Return-Path: <noreply@polibatam.ac.id>",
               "Received: from learning.polibatam.ac.id (learning.polibatam.ac.id",
               " [103.143.71.174]) by mx.polibatam.ac.id (Postfix) with ESMTP id %s" % tok(slug, "qid", 13, B62),
               " for <%s>; %s (WIB)" % (HELPDESK, rfcdate(later(d, 2))),
               "Date: " + rfcdate(d),
               "To: %s <%s>" % (HELPDESK_NAME, HELPDESK),
               'From: "E-Learning Polibatam" <noreply@polibatam.ac.id>',
               'Reply-To: "Jangan membalas email ini" <noreply@polibatam.ac.id>',
               subj("E-Learning Polibatam: Ringkasan forum"),
               "Message-ID: <%s@learning.polibatam.ac.id>" % tok(slug, "mid", 32),
               "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
               "Precedence: Bulk",
               "X-Auto-Response-Suppress: All",
               "Auto-Submitted: auto-generated",
               "MIME-Version: 1.0"]
    return message(headers, body)


@mail("google-calendar-reminder-rapat-visitasi", t(2027, 4, 15, 8, 30, 0), "auto", "en",
      note="Google Calendar reminder for a meeting; the event title is in Indonesian but the mail is machine-generated English.")
def _(slug, d):
    eid = tok(slug, "eid", 60, B62)
    text = """This is a notification for:

Title: Rapat koordinasi persiapan asesmen lapangan LAM INFOKOM
When: Thursday Apr 15, 2027 \u22c5 9am \u2013 11am (Western Indonesia Time - Jakarta)
Where: Ruang Rapat P4M, Gedung Utama lt. 4
Calendar: helpdesk-p4m@polibatam.ac.id
Who:
     * Tim Akreditasi Prodi TI - organizer
     * helpdesk-p4m@polibatam.ac.id

Event details: https://calendar.google.com/calendar/event?action=VIEW&eid=%s

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email at the account helpdesk-p4m@polibatam.ac.id \
because you are subscribed for notifications on calendar \
helpdesk-p4m@polibatam.ac.id.

To stop receiving these emails, please log in to \
https://calendar.google.com/calendar/ and change your notification settings \
for this calendar.
""" % eid
    b = "000000000000" + tok(slug, "b1", 12)
    body = multipart("alternative", b, [textpart(text, charset="UTF-8", cte="quoted-printable"),
                                        textpart(simple_html(text), "html", charset="UTF-8",
                                                 cte="quoted-printable")])
    headers = rp(recv_google(slug, d), "3" + tok(slug, "rp", 30, B62) + "@calendar-server.bounces.google.com") + [
        "MIME-Version: 1.0",
        "Reply-To: " + HELPDESK,
        "Sender: Google Calendar <calendar-notification@google.com>",
        "Auto-Submitted: auto-generated",
        "Message-ID: <calendar-%s-%s@google.com>" % (tok(slug, "m1", 8), tok(slug, "m2", 12)),
        "Date: " + rfcdate(d.astimezone(dt.timezone.utc)),
        subj("Notification: Rapat koordinasi persiapan asesmen lapangan LAM INFOKOM @ Thu Apr 15, 2027 "
             "9am - 11am (WIB) (helpdesk-p4m@polibatam.ac.id)"),
        "From: Google Calendar <calendar-notification@google.com>",
        "To: " + HELPDESK,
    ]
    return message(headers, body)


@mail("mailman-subscription-confirmation", t(2027, 5, 5, 14, 3, 19), "auto", "en",
      note="Mailing-list subscription confirmation request (someone subscribed the helpdesk address).")
def _(slug, d):
    token = tok(slug, "tok", 40)
    text = """Email Address Registration Confirmation

Hello, this is the GNU Mailman server at lists.jaringan-elearning.id.

We have received a registration request for the email address

    helpdesk-p4m@polibatam.ac.id

Before GNU Mailman can start using this email address, it must first verify \
that you are the owner of this address. You can do this by replying to this \
message.

Or you should include the following line -- and only the following line -- \
in a message to diskusi-lms-request@lists.jaringan-elearning.id:

    confirm %s

Note that simply sending a `reply' to this message should work from most \
mail readers.

If you do not wish to register this email address, simply disregard this \
message. If you think you are being maliciously subscribed to the list, or \
have any other questions, you may contact

    diskusi-lms-owner@lists.jaringan-elearning.id
""" % token
    body = textpart(text, charset="us-ascii", cte="7bit")
    headers = ["Return-Path: <diskusi-lms-bounces@lists.jaringan-elearning.id>",
               "Received: from lists.jaringan-elearning.id (lists.jaringan-elearning.id",
               " [45.64.%d.%d]) by mx.polibatam.ac.id (Postfix) with ESMTPS id %s" % (
                   num(slug, "a", 96, 99), num(slug, "b", 10, 250), tok(slug, "qid", 13, B62)),
               " for <%s>; %s (WIB)" % (HELPDESK, rfcdate(later(d, 4))),
               "MIME-Version: 1.0",
               subj("Your confirmation is needed to join the diskusi-lms@lists.jaringan-elearning.id mailing list."),
               "From: diskusi-lms-confirm+%s@lists.jaringan-elearning.id" % token,
               "To: " + HELPDESK,
               "Reply-To: diskusi-lms-confirm+%s@lists.jaringan-elearning.id" % token,
               "Message-ID: <%d.%d.%d@lists.jaringan-elearning.id>" % (
                   int(d.timestamp()), num(slug, "pid", 1000, 99999), num(slug, "n", 1, 9)),
               "Date: " + rfcdate(d),
               "Precedence: bulk",
               "Auto-Submitted: auto-generated",
               "X-Mailman-Version: 3.3.9",
               "List-Id: <diskusi-lms.lists.jaringan-elearning.id>"]
    return message(headers, body)


# =====================================================================================
# checks and output
# =====================================================================================

def part_text(part):
    ctype = part.get_content_type()
    if ctype in ("text/plain", "text/html", "text/calendar"):
        s = part.get_content()
        if ctype == "text/plain" and part.get_param("format") == "flowed":
            s = re.sub(r" \n", " ", s.replace("\r\n", "\n"))
        if ctype == "text/html":
            s = re.sub(r"<(style|head)[^>]*>.*?</\1>", " ", s, flags=re.S | re.I)
            s = htmlmod.unescape(re.sub(r"<[^>]+>", " ", s))
        if ctype == "text/calendar":
            s = s.replace("\r\n ", "").replace("\n ", "").replace("\\n", " ").replace("\\,", ",").replace("\\;", ";")
        return s
    if ctype == "application/pdf":
        data = part.get_content()
        return " ".join(m.group(1).replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")
                        for m in re.finditer(rb"\(((?:[^()\\]|\\.)*)\) Tj".decode(), data.decode("latin-1")))
    if ctype.endswith("wordprocessingml.document"):
        with zipfile.ZipFile(io.BytesIO(part.get_content())) as z:
            xml = z.read("word/document.xml").decode("utf-8")
        return " ".join(htmlmod.unescape(x) for x in re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", xml))
    return ""


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


ID_DATE = re.compile(r"\b(%s),? (\d{1,2}) (%s)(?: (\d{4}))?" % ("|".join(HARI), "|".join(BULAN)))
EN_DATE = re.compile(r"\b(%s|%s),? (\d{1,2}),? (%s)(?: (\d{4}))?" % (
    "|".join(DAYS_EN), "|".join(DAYS), "|".join(MONTHS_EN)))
EN_DATE2 = re.compile(r"\b(%s) (%s) (\d{1,2}), (\d{4})" % ("|".join(DAYS_EN), "|".join(MONS)))


def check_weekdays(name, text):
    errors = []
    for m in ID_DATE.finditer(text):
        day = dt.date(int(m.group(4) or 2027), BULAN.index(m.group(3)) + 1, int(m.group(2)))
        if HARI[day.weekday()] != m.group(1):
            errors.append("%s: '%s' is a %s" % (name, m.group(0), HARI[day.weekday()]))
    for m in EN_DATE.finditer(text):
        day = dt.date(int(m.group(4) or 2027), MONTHS_EN.index(m.group(3)) + 1, int(m.group(2)))
        wd = DAYS_EN.index(m.group(1)) if m.group(1) in DAYS_EN else DAYS.index(m.group(1))
        if wd != day.weekday():
            errors.append("%s: '%s' is a %s" % (name, m.group(0), DAYS_EN[day.weekday()]))
    for m in EN_DATE2.finditer(text):
        day = dt.date(int(m.group(4)), MONS.index(m.group(2)) + 1, int(m.group(3)))
        if DAYS_EN.index(m.group(1)) != day.weekday():
            errors.append("%s: '%s' is a %s" % (name, m.group(0), DAYS_EN[day.weekday()]))
    return errors


def label_strings(fields):
    for k, v in fields.items():
        if k in ("scope", "publish_at"):
            continue
        if isinstance(v, dict):
            yield from label_strings(v)
        else:
            yield v


def check(name, raw, spec, subject):
    errors = []
    if raw.count(b"\n") != raw.count(b"\r\n"):
        errors.append("%s: bare LF" % name)
    if any(len(line) > 998 for line in raw.split(b"\r\n")):
        errors.append("%s: line longer than 998 octets" % name)
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    texts = [str(msg["Subject"])]
    for part in msg.walk():
        if part.defects:
            errors.append("%s: defects in %s: %r" % (name, part.get_content_type(), part.defects))
        if part.get_content_maintype() != "multipart" and part.get_content_type() not in (
                "message/rfc822", "message/delivery-status"):
            if part.get_filename():
                size = len(part.get_payload(decode=True))
                if size > 30000:
                    errors.append("%s: attachment %s is %d bytes" % (name, part.get_filename(), size))
            texts.append(part_text(part))
    if msg["Date"].datetime != spec["when"]:
        errors.append("%s: Date does not round-trip: %s" % (name, msg["Date"]))
    if subject is not None and str(msg["Subject"]) != subject:
        errors.append("%s: Subject does not round-trip: %r != %r" % (name, str(msg["Subject"]), subject))
    alltext = norm(" ".join(texts))
    for v in label_strings(spec["fields"]):
        if norm(v) not in alltext:
            errors.append("%s: label value not in text: %r" % (name, v))
    pa = spec["fields"].get("publish_at")
    if pa and not re.match(r"^2027-\d\d-\d\dT\d\d:\d\d:00\+07:00$", pa):
        errors.append("%s: bad publish_at %s" % (name, pa))
    if spec["type"] == "announcement" and spec["fields"].get("scope") not in ("course", "site"):
        errors.append("%s: announcement without scope" % name)
    if spec["type"] not in ("course_data", "announcement") and spec["fields"]:
        errors.append("%s: fields on a %s" % (name, spec["type"]))
    errors += check_weekdays(name, " ".join(texts))
    lo, hi = t(2027, 2, 20, 0, 0), t(2027, 6, 1, 0, 0)
    if not lo <= spec["when"] <= hi:
        errors.append("%s: date out of range" % name)
    return errors


def build_all():
    specs = sorted(MAILS, key=lambda m: (m["when"].astimezone(dt.timezone.utc), m["slug"]))
    out, labels, errors = [], {}, []
    slugs = [m["slug"] for m in specs]
    if len(set(slugs)) != len(slugs):
        errors.append("duplicate slugs")
    for i, spec in enumerate(specs, 1):
        name = "%03d-%s.eml" % (i, spec["slug"])
        del SUBJECT_SEEN[:]
        text = spec["build"](spec["slug"], spec["when"])
        subject = SUBJECT_SEEN[0] if SUBJECT_SEEN else None
        if subject is None:
            errors.append("%s: subject not declared" % name)
        raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        if not raw.endswith(b"\r\n"):
            raw += b"\r\n"
        errors += check(name, raw, spec, subject)
        out.append((name, raw))
        fields = {}
        for key in ("course_code", "course_name", "changes", "title", "scope", "publish_at"):
            if key in spec["fields"]:
                fields[key] = spec["fields"][key]
        labels[name] = {"type": spec["type"], "lang": spec["lang"], "fields": fields, "note": spec["note"]}
    types, langs = {}, {}
    for v in labels.values():
        types[v["type"]] = types.get(v["type"], 0) + 1
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    if types != PLAN_TYPES:
        errors.append("type counts %r != plan %r" % (types, PLAN_TYPES))
    if langs != PLAN_LANGS:
        errors.append("language counts %r != plan %r" % (langs, PLAN_LANGS))
    return out, labels, errors


def main():
    out, labels, errors = build_all()
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1
    produced = {name for name, _ in out}
    for f in sorted(os.listdir(HERE)):
        if re.match(r"^\d{3}-.*\.eml$", f) and f not in produced:
            os.remove(os.path.join(HERE, f))
    for name, raw in out:
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=2) + "\n")
    print("wrote %d messages and labels.json" % len(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())

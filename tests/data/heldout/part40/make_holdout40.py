#!/usr/bin/env python3
"""Held-out corpus part 40 for the P4M helpdesk classifier (70 labelled e-mails).

Standard library only and deterministic: dates are fixed, Message-IDs, MIME
boundaries, queue ids, IP addresses and attachment bytes are derived from each
message's slug, so every run rewrites byte-identical files.  All files use CRLF.

    python3 make_holdout40.py        # writes NNN-slug.eml and labels.json here

Before writing, every message is checked: it parses with email.policy.default
without defects, it has CRLF line endings only, its Date round-trips, its
attachments are under 30 KB, and each string label value occurs in the decoded
subject, body parts or attachment text (whitespace collapsed).  The script exits
with status 1 when a check fails or the counts per type/language differ from plan.
"""

import base64
import hashlib
import html
import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.quoprimime import body_encode as _qp_body_encode
from email.utils import formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
CRLF = "\r\n"
WIB = timezone(timedelta(hours=7))
WITA = timezone(timedelta(hours=8))
HELPDESK = "helpdesk-p4m@polibatam.ac.id"
HELPDESK_NAME = "Helpdesk P4M"

PLAN_TYPES = {"course_data": 22, "announcement": 16, "elearning_support": 12,
              "document_request": 7, "other": 7, "auto": 6}
PLAN_LANGS = {"id": 40, "en": 18, "mixed": 12}

EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ID_DAYS = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
ID_DAYS_LONG = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ID_MON = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
ID_MON_LONG = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
               "September", "Oktober", "November", "Desember"]


def D(y, mo, d, h, mi, s, tz=WIB):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def rfc_date(dt, pad=False, comment=None):
    day = f"{dt.day:02d}" if pad else str(dt.day)
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    s = (f"{EN_DAYS[dt.weekday()]}, {day} {EN_MON[dt.month - 1]} {dt.year} "
         f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} {sign}{mins // 60:02d}{mins % 60:02d}")
    if comment:
        s += f" ({comment})"
    return s


# ---------------------------------------------------------------- encoding helpers

def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", CRLF)


def qp(text):
    raw = text.encode("utf-8").decode("latin-1")
    return _qp_body_encode(raw, maxlinelen=76, eol=CRLF)


def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return CRLF.join(s[i:i + 76] for i in range(0, len(s), 76))


def needs_qp(text):
    return any(ord(ch) > 127 for ch in text) or any(len(l) > 76 for l in text.split("\n"))


def fold(name, value):
    """Fold an ASCII header value at spaces so lines stay under 78 characters."""
    if "\r\n" in value:
        return value
    if len(name) + 2 + len(value) <= 78:
        return value
    words = value.split(" ")
    lines, cur = [], ""
    limit = 78 - len(name) - 2
    for w in words:
        if cur and len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur = w
            limit = 77
        else:
            cur = f"{cur} {w}" if cur else w
    lines.append(cur)
    return "\r\n ".join(lines)


def fold_id(name, value):
    """Put an unbreakable value (a Message-ID) on a continuation line when too long."""
    return value if len(name) + 2 + len(value) <= 78 else f"{CRLF} {value}"


def enc_header(name, value):
    if all(ord(ch) < 128 for ch in value):
        return fold(name, value)
    return Header(value, "utf-8", header_name=name).encode(linesep=CRLF)


def addr(name, address):
    if not name:
        return address
    return formataddr((name, address), charset="utf-8")


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body

    def render(self):
        lines = []
        for k, v in self.headers:
            lines.append(f"{k}: {v}" if v != "" else f"{k}: ")
        return CRLF.join(lines) + CRLF + CRLF + self.body


def text_part(text, subtype="plain", charset="UTF-8", cte=None, ctype=None):
    """cte None: no CTE header (7bit) when possible, else quoted-printable."""
    text = text.replace("\r\n", "\n")
    ct = ctype or f'text/{subtype}; charset="{charset}"'
    if cte is None:
        cte = "quoted-printable" if needs_qp(text) else ""
    headers = [("Content-Type", ct)]
    if cte == "quoted-printable":
        body = qp(text)
    elif cte == "base64":
        body = b64(text.encode("utf-8"))
    else:
        body = crlf(text)
    if cte:
        headers.append(("Content-Transfer-Encoding", cte))
    if not body.endswith(CRLF):
        body += CRLF
    return Part(headers, body)


def multipart(subtype, boundary, parts, params="", preamble=""):
    body = preamble
    for p in parts:
        body += f"--{boundary}{CRLF}{p.render()}"
        if not body.endswith(CRLF):
            body += CRLF
        body += CRLF
    body += f"--{boundary}--{CRLF}"
    return Part([("Content-Type", f'multipart/{subtype};{CRLF} boundary="{boundary}"{params}')], body)


def attachment(data, ctype, filename, extra_headers=()):
    ct = f'{ctype}; name="{filename}"'
    if len(ct) > 62:
        ct = f'{ctype};{CRLF} name="{filename}"'
    cd = f'attachment; filename="{filename}"'
    if len(cd) > 57:
        cd = f'attachment;{CRLF} filename="{filename}"'
    headers = [("Content-Type", ct), ("Content-Disposition", cd),
               ("Content-Transfer-Encoding", "base64")]
    headers.extend(extra_headers)
    return Part(headers, b64(data) + CRLF)


# ---------------------------------------------------------------- HTML flavours

def esc(s):
    return html.escape(s, quote=False)


def gmail_html(text, quote_attr=None, quoted=None):
    out = ['<div dir="ltr">']
    lines = text.split("\n")
    sig = None
    if "-- " in lines:
        i = lines.index("-- ")
        lines, sig = lines[:i], lines[i + 1:]
    for l in lines:
        out.append(f"<div>{esc(l)}</div>" if l.strip() else "<div><br></div>")
    if sig is not None:
        out.append('<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" '
                   'class="gmail_signature" data-smartmail="gmail_signature">')
        out.extend(f"<div>{esc(l)}</div>" for l in sig)
        out.append("</div>")
    if quoted is not None:
        out.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
                   f'class="gmail_attr">{esc(quote_attr)}<br></div><blockquote class="gmail_quote" '
                   'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                   'padding-left:1ex">')
        for l in quoted.split("\n"):
            out.append(f"<div>{esc(l)}</div>" if l.strip() else "<div><br></div>")
        out.append("</blockquote></div>")
    out.append("</div>")
    return "\n".join(out) + "\n"


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ligatures:standardcontextual;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def word_p(line):
    if not line.strip():
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    return f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>'


def outlook_html(text, lang="id-ID", quote_block=None, table=None, table_after=None):
    """Word-style HTML.  quote_block: list of (label, value) lines for the Outlook
    header block followed by quoted text; table: rows of cells inserted after the line
    index table_after."""
    out = [WORD_HEAD.replace("{lang}", lang)]
    lines = text.split("\n")
    for i, l in enumerate(lines):
        out.append(word_p(l))
        if table is not None and i == table_after:
            out.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                       'style="border-collapse:collapse;border:none">')
            for r, row in enumerate(table):
                out.append("<tr>")
                for cell in row:
                    inner = f"<b>{esc(cell)}</b>" if r == 0 else esc(cell)
                    out.append('<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt '
                               f'0cm 5.4pt"><p class="MsoNormal">{inner}<o:p></o:p></p></td>')
                out.append("</tr>")
            out.append("</table>")
    if quote_block is not None:
        hdrs, quoted = quote_block
        out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        hl = []
        for k, v in hdrs:
            hl.append(f"<b>{esc(k)}:</b> {esc(v)}")
        out.append('<p class="MsoNormal"><b><span lang="EN-US">' + "<br>\n".join(hl) + "<o:p></o:p></span></b></p>")
        out.append("</div>")
        out.append(word_p(""))
        for l in quoted.split("\n"):
            out.append(word_p(l))
    out.append("</div>\n</body>\n</html>")
    return "\n".join(out) + "\n"


def zimbra_html(text):
    out = ['<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; '
           'color: #000000">']
    for l in text.split("\n"):
        out.append(f"<div>{esc(l)}</div>" if l.strip() else "<div><br data-mce-bogus=\"1\"></div>")
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def yahoo_html(text):
    out = ['<html><head></head><body><div class="ydp3c1a9f7eyahoo-style-wrap" style="font-family:'
           'Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">']
    for l in text.split("\n"):
        out.append(f'<div dir="ltr" data-setdir="false">{esc(l) if l.strip() else "<br>"}</div>')
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- attachments built by hand

def make_docx(blocks, when):
    """blocks: list of ("p", text, bold) or ("table", rows)."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def run(text, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:r>{rpr}<w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r>'

    body = []
    for b in blocks:
        if b[0] == "p":
            body.append(f"<w:p>{run(b[1], b[2]) if b[1] else ''}</w:p>")
        else:
            rows = b[1]
            widths = [2600, 3200, 3200][:len(rows[0])]
            t = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
                 '<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 '<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 '<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                 '</w:tblBorders></w:tblPr><w:tblGrid>']
            t.extend(f'<w:gridCol w:w="{w}"/>' for w in widths)
            t.append("</w:tblGrid>")
            for r, row in enumerate(rows):
                t.append("<w:tr>")
                for w, cell in zip(widths, row):
                    t.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>'
                             f"<w:p>{run(cell, r == 0)}</w:p></w:tc>")
                t.append("</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                f'<w:document xmlns:w="{W}"><w:body>' + "".join(body) +
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" '
                'w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
                "</w:body></w:document>")
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                     'officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    stamp = (when.year, when.month, when.day, when.hour, when.minute, when.second - when.second % 2)
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in (("[Content_Types].xml", content_types), ("_rels/.rels", rels),
                           ("word/document.xml", document)):
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, when, title, seed):
    """lines: list of (text, bold).  One A4 page, Helvetica, uncompressed content."""
    ops = ["BT", "56 780 Td", "15 TL"]
    for text, bold in lines:
        ops.append(f"/{'F2' if bold else 'F1'} 11 Tf")
        ops.append(f"({pdf_escape(text)}) Tj T*" if text else "T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    stamp = when.strftime("D:%Y%m%d%H%M%S+07'00'")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R "
        b"/F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        (f"<< /Title ({pdf_escape(title)}) /Producer (Microsoft: Print To PDF) /CreationDate ({stamp}) "
         f"/ModDate ({stamp}) >>").encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    fid = hashlib.md5(seed.encode()).hexdigest().upper()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 7 0 R /ID [<{fid}> <{fid}>] >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


# ---------------------------------------------------------------- per-message context

ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


class Ctx:
    def __init__(self, slug, when):
        self.slug = slug
        self.when = when

    def digest(self, salt):
        return hashlib.sha256(f"{self.slug}|{salt}".encode()).digest()

    def hexs(self, salt, n):
        out = ""
        i = 0
        while len(out) < n:
            out += hashlib.sha256(f"{self.slug}|{salt}|{i}".encode()).hexdigest()
            i += 1
        return out[:n]

    def num(self, salt, lo, hi):
        return lo + int.from_bytes(self.digest(salt)[:8], "big") % (hi - lo + 1)

    def chars(self, salt, n, alphabet=ALNUM):
        d = b""
        i = 0
        while len(d) < n:
            d += hashlib.sha256(f"{self.slug}|{salt}|{i}".encode()).digest()
            i += 1
        return "".join(alphabet[b % len(alphabet)] for b in d[:n])

    def pick(self, salt, seq):
        return seq[self.num(salt, 0, len(seq) - 1)]

    # timestamps
    def epoch_ms(self):
        return int(self.when.timestamp()) * 1000 + self.num("ms", 0, 999)

    def arrived(self, salt="rcv"):
        return (self.when + timedelta(seconds=self.num(salt, 4, 48))).astimezone(WIB)

    # identifiers
    def uuid(self, upper=False):
        h = self.hexs("uuid", 32)
        u = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
        return u.upper() if upper else u

    def mid_gmail(self):
        return "<CA" + self.chars("mid", 48, ALNUM + "_+-") + "@mail.gmail.com>"

    def mid_outlook(self, prefix=None):
        prefix = prefix or self.pick("olpfx", ["SEZPR06MB", "KL1PR0601MB", "TYZPR03MB", "SI2PR06MB"])
        box = f"{prefix}{self.num('olbox', 1000, 9999)}"
        region = {"SEZPR06MB": "apcprd06", "KL1PR0601MB": "apcprd06", "TYZPR03MB": "apcprd03",
                  "SI2PR06MB": "apcprd06"}[prefix]
        return f"<{box}{self.hexs('mid', 32).upper()}@{box}.{region}.prod.outlook.com>", box, region

    def mid_zimbra(self):
        return (f"<{self.num('z1', 1000000000, 2147483647)}.{self.num('z2', 1000000, 9999999)}."
                f"{self.epoch_ms()}.JavaMail.zimbra@polibatam.ac.id>")

    def mid_yahoo(self):
        return (f"<{self.num('y1', 1000000000, 2147483647)}.{self.num('y2', 1000000, 9999999)}."
                f"{self.epoch_ms()}@mail.yahoo.com>")

    def thread_index(self):
        return base64.b64encode(self.digest("thread-index")[:22]).decode()

    def zimbra_thread_index(self):
        return self.chars("ztidx", 32)

    def qid(self):
        return self.chars("qid", 13)


def hop(c, kind):
    """Return the Received: header value of the last hop into mx.polibatam.ac.id."""
    t = c.arrived()
    if kind == "google":
        n = c.num("gh", 40, 250)
        host = f"mail-{c.pick('gp', ['pj1', 'pl1', 'pf1', 'oi1', 'qt1', 'ej1'])}-f{n}.google.com"
        ip, proto = f"209.85.{c.num('gip', 128, 223)}.{n}", "ESMTPS"
    elif kind == "outlook":
        host = f"APC01-{c.pick('op', ['SG2', 'PSA', 'TYZ', 'KL1'])}-obe.outbound.protection.outlook.com"
        ip, proto = f"40.107.{c.num('oip1', 100, 255)}.{c.num('oip2', 1, 254)}", "ESMTPS"
    elif kind == "yahoo":
        host = f"sonic{c.num('ys', 300, 330)}-{c.num('ys2', 10, 60)}.consmr.mail.sg3.yahoo.com"
        ip, proto = f"106.10.{c.num('yip', 240, 252)}.{c.num('yip2', 1, 254)}", "ESMTPS"
    elif kind == "elearning":
        host, ip, proto = "elearning.polibatam.ac.id", "103.143.71.174", "ESMTP"
    elif kind == "siakad":
        host, ip, proto = "siakad.polibatam.ac.id", "103.143.71.162", "ESMTP"
    else:
        host = "mail.polibatam.ac.id"
        ip, proto = f"103.143.{c.num('lip', 70, 71)}.{c.num('lip2', 2, 250)}", "ESMTP"
    return (f"from {host}{CRLF} ({host} [{ip}]) by{CRLF} mx.polibatam.ac.id (Postfix) with {proto} id "
            f"{c.qid()} for{CRLF} <{HELPDESK}>; {rfc_date(t, comment='WIB')}")


def render(headers, part):
    """headers: list of (name, value) where value may be the marker CT to splice the
    top-level part's content headers in place."""
    out = []
    for k, v in headers:
        if k == "__CONTENT__":
            for hk, hv in part.headers:
                out.append(f"{hk}: {hv}")
        else:
            out.append(f"{k}: {v}")
    return (CRLF.join(out) + CRLF + CRLF + part.body).encode("utf-8")


def reply_headers(reply):
    if not reply:
        return []
    irt, refs = reply
    return [("References", fold("References", " ".join(refs))), ("In-Reply-To", irt)]


def ack_id(ticket):
    return f"<tkt-{ticket}.ack@helpdesk.polibatam.ac.id>"


def res_id(ticket, n=1):
    return f"<tkt-{ticket}.reply{n}@helpdesk.polibatam.ac.id>"


def quote_lines(text, prefix="> "):
    return "\n".join(prefix + l if l else prefix.rstrip() for l in text.split("\n"))


def gmail_attr_id(dt, name, address):
    return (f"Pada {ID_DAYS[dt.weekday()]}, {dt.day} {ID_MON[dt.month - 1]} {dt.year} pukul "
            f"{dt.hour:02d}.{dt.minute:02d} {name} <{address}>")


def gmail_attr_en(dt, name, address):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    return (f"On {EN_DAYS[dt.weekday()]}, {EN_MON[dt.month - 1]} {dt.day}, {dt.year} at {h}:{dt.minute:02d}"
            f"\u202f{ap} {name} <{address}>")


# ---------------------------------------------------------------- clients

def gmail(c, frm, subject, text, to=HELPDESK, cc=None, reply=None, quote=None, fwd=None,
          attachments=(), hop_kind="google", en=False):
    """quote: (when, name, address, quoted_text); fwd: (from_name, from_addr, when, subject, to, text)."""
    plain, html_quote = text, None
    html_body = None
    if quote:
        qwhen, qname, qaddr, qtext = quote
        attr = (gmail_attr_en if en else gmail_attr_id)(qwhen, qname, qaddr)
        word = "wrote:" if en else "menulis:"
        plain = f"{text}\n\n{attr}\n{word}\n{quote_lines(qtext)}\n"
        html_body = gmail_html(text, f"{attr} {word}", qtext)
    elif fwd:
        fname, faddr, fwhen, fsubj, fto, ftext = fwd
        h = fwhen.hour % 12 or 12
        fdate = (f"{EN_DAYS[fwhen.weekday()]}, {EN_MON[fwhen.month - 1]} {fwhen.day}, {fwhen.year} at "
                 f"{h}:{fwhen.minute:02d}\u202f{'AM' if fwhen.hour < 12 else 'PM'}")
        head = ["---------- Forwarded message ---------", f"From: {fname} <{faddr}>", f"Date: {fdate}",
                f"Subject: {fsubj}", f"To: {fto}"]
        plain = f"{text}\n\n" + "\n".join(head) + "\n\n\n" + ftext + "\n"
        inner = ['<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                 '---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" '
                 f'dir="auto">{esc(fname)}</strong> <span dir="auto">&lt;<a href="mailto:{faddr}">{faddr}'
                 f'</a>&gt;</span><br>Date: {esc(fdate)}<br>Subject: {esc(fsubj)}<br>To: {esc(fto)}<br>'
                 "</div><br><br>"]
        for l in ftext.split("\n"):
            inner.append(f"<div>{esc(l)}</div>" if l.strip() else "<div><br></div>")
        inner.append("</div>")
        html_body = gmail_html(text)[:-len("</div>\n")] + "<br>" + "\n".join(inner) + "\n</div>\n"
    if html_body is None:
        html_body = gmail_html(text)
    alt = multipart("alternative", "000000000000" + c.hexs("b-alt", 12),
                    [text_part(plain), text_part(html_body, "html", cte="quoted-printable")])
    top = alt
    if attachments:
        parts = [alt]
        for i, (data, ctype, fname) in enumerate(attachments):
            fid = f"f_{c.chars(f'fid{i}', 9, 'abcdefghijklmnopqrstuvwxyz0123456789')}"
            parts.append(attachment(data, ctype, fname, [("Content-ID", f"<{fid}>"), ("X-Attachment-Id", fid)]))
        top = multipart("mixed", "000000000000" + c.hexs("b-mix", 12), parts)
    fname_, faddr_ = frm
    headers = [("Return-Path", f"<{faddr_}>"), ("Received", hop(c, hop_kind)), ("MIME-Version", "1.0")]
    headers += reply_headers(reply)
    headers += [("From", addr(*frm)), ("Date", rfc_date(c.when)), ("Message-ID", fold_id("Message-ID", c.mid_gmail())),
                ("Subject", enc_header("Subject", subject)), ("To", to)]
    if cc:
        headers.append(("Cc", cc))
    headers.append(("__CONTENT__", None))
    return render(headers, top)


def outlook(c, frm, subject, text, to=None, cc=None, reply=None, quote_block=None, attachments=(),
            html_only=False, lang="id-ID", table=None, table_after=None, thread_topic=None,
            plain_table=None, hop_kind="outlook", extra=()):
    """quote_block: (labels, quoted_text) with labels a list of (key, value).
    plain_table: the text version of `table` (inserted after line table_after)."""
    mid, box, region = c.mid_outlook()
    lines = text.split("\n")
    if plain_table is not None:
        lines = lines[:table_after + 1] + plain_table.split("\n") + lines[table_after + 1:]
    plain = "\n".join(lines)
    if quote_block:
        labels, qtext = quote_block
        plain += "\n\n________________________________\n" + "\n".join(f"{k}: {v}" for k, v in labels)
        plain += "\n\n" + qtext + "\n"
    html_body = outlook_html(text, lang=lang, quote_block=quote_block, table=table, table_after=table_after)
    tag = f"{box}{c.hexs('bnd', 32).upper()}{box}{region}"
    tag = re.sub(r"[^A-Za-z0-9]", "", tag)[:60]
    if html_only:
        body_part = text_part(html_body, "html", charset="utf-8", cte="quoted-printable")
    else:
        body_part = multipart("alternative", f"_000_{tag}_",
                              [text_part(plain, charset="utf-8", cte="quoted-printable"),
                               text_part(html_body, "html", charset="utf-8", cte="quoted-printable")])
    top = body_part
    if attachments:
        parts = [body_part]
        for data, ctype, fname in attachments:
            if ctype == "message/rfc822":
                parts.append(Part([("Content-Type", "message/rfc822"),
                                   ("Content-Disposition", f'attachment;{CRLF} filename="{fname}"')],
                                  data.decode("utf-8")))
            else:
                p = attachment(data, ctype, fname)
                p.headers.insert(1, ("Content-Description", fname))
                parts.append(p)
        top = multipart("mixed", f"_004_{tag}_", parts)
    to = to or f'"{HELPDESK}" <{HELPDESK}>'
    headers = [("Return-Path", f"<{frm[1]}>"), ("Received", hop(c, hop_kind)),
               ("From", addr(*frm)), ("To", to)]
    if cc:
        headers.append(("CC", cc))
    headers += [("Subject", enc_header("Subject", subject)),
                ("Thread-Topic", enc_header("Thread-Topic", thread_topic or re.sub(r"^(RE|TR|FW|Re|Fwd): ", "", subject))),
                ("Thread-Index", c.thread_index()), ("Date", rfc_date(c.when, pad=True)),
                ("Message-ID", f"{CRLF} {mid}")]
    if reply:
        irt, refs = reply
        headers += [("References", fold("References", " ".join(refs))), ("In-Reply-To", irt)]
    headers += [("Accept-Language", lang if lang == "en-US" else f"{lang}, en-US"), ("Content-Language", lang),
                ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
    headers += list(extra)
    headers += [("__CONTENT__", None), ("MIME-Version", "1.0")]
    return render(headers, top)


def zimbra(c, frm, subject, text, to=None, reply=None, plain_only=False, extra=()):
    to = to or f"helpdesk-p4m <{HELPDESK}>"
    if plain_only:
        top = text_part(text, ctype="text/plain; charset=utf-8", cte="8bit" if needs_qp(text) else "7bit")
    else:
        h = c.hexs("zb", 32)
        bnd = f"=_{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
        top = multipart("alternative", bnd, [
            text_part(text, ctype="text/plain; charset=utf-8", cte="quoted-printable" if needs_qp(text) else "7bit"),
            text_part(zimbra_html(text), ctype="text/html; charset=utf-8", cte="quoted-printable")])
    headers = [("Return-Path", f"<{frm[1]}>"), ("Received", hop(c, "local")),
               ("Date", rfc_date(c.when, pad=True, comment="WIB")), ("From", addr(*frm)), ("To", to),
               ("Message-ID", c.mid_zimbra())]
    if reply:
        irt, refs = reply
        headers += [("In-Reply-To", irt), ("References", fold("References", " ".join(refs)))]
    headers += [("Subject", enc_header("Subject", subject)), ("MIME-Version", "1.0"), ("__CONTENT__", None),
                ("X-Originating-IP", f"[10.10.{c.num('zip', 10, 40)}.{c.num('zip2', 2, 250)}]"),
                ("X-Mailer", f"Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC{c.num('gc', 118, 131)} (Win)/9.0.0_GA_4546)"),
                ("Thread-Topic", enc_header("Thread-Topic", re.sub(r"^(Re|RE|Fwd): ", "", subject))),
                ("Thread-Index", c.zimbra_thread_index())]
    headers += list(extra)
    return render(headers, top)


def thunderbird(c, frm, subject, text, reply=None, lang="id", attachments=()):
    cte = "8bit" if any(ord(ch) > 127 for ch in text) else "7bit"
    top = text_part(text, ctype="text/plain; charset=UTF-8; format=flowed", cte=cte)
    if attachments:
        parts = [top] + [attachment(d, t, f) for d, t, f in attachments]
        top = multipart("mixed", "------------" + c.chars("tbb", 24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"),
                        parts, preamble="This is a multi-part message in MIME format." + CRLF)
    headers = [("Return-Path", f"<{frm[1]}>"), ("Received", hop(c, "local")),
               ("Message-ID", f"<{c.uuid()}@polibatam.ac.id>"), ("Date", rfc_date(c.when)),
               ("MIME-Version", "1.0"), ("User-Agent", "Mozilla Thunderbird")]
    if reply:
        irt, refs = reply
        headers += [("Content-Language", lang)]
        headers += [("To", f"{HELPDESK_NAME} <{HELPDESK}>"), ("References", fold("References", " ".join(refs))),
                    ("From", addr(*frm)), ("Subject", enc_header("Subject", subject)), ("In-Reply-To", irt)]
    else:
        headers += [("Content-Language", lang), ("To", f"{HELPDESK_NAME} <{HELPDESK}>"), ("From", addr(*frm)),
                    ("Subject", enc_header("Subject", subject))]
    headers.append(("__CONTENT__", None))
    return render(headers, top)


def iphone(c, frm, subject, text, reply=None, hop_kind="local", sig="Dikirim dari iPhone saya"):
    body = text + (f"\n\n{sig}" if sig else "")
    top = text_part(body, ctype="text/plain; charset=utf-8", cte="quoted-printable")
    headers = [("Return-Path", f"<{frm[1]}>"), ("Received", hop(c, hop_kind)), ("__CONTENT__", None),
               ("From", addr(*frm)), ("Mime-Version", "1.0 (1.0)"), ("Date", rfc_date(c.when)),
               ("Subject", enc_header("Subject", subject))]
    if reply:
        irt, refs = reply
        headers += [("References", fold("References", " ".join(refs))), ("In-Reply-To", irt)]
    domain = frm[1].split("@")[1]
    headers += [("Message-Id", f"<{c.uuid(upper=True)}@{domain}>"), ("To", HELPDESK),
                ("X-Mailer", "iPhone Mail (23B85)")]
    return render(headers, top)


def iphone_attr(dt, name, address):
    return (f"Pada {dt.day} {ID_MON[dt.month - 1]} {dt.year}, pukul {dt.hour:02d}.{dt.minute:02d}, "
            f"{name} <{address}> menulis:")


def yahoo(c, frm, subject, text):
    ms = c.epoch_ms()
    bnd = f"----=_Part_{c.num('yb', 1000000, 9999999)}_{c.num('yb2', 100000000, 999999999)}.{ms}"
    top = multipart("alternative", bnd, [
        text_part(text, ctype="text/plain; charset=UTF-8", cte="quoted-printable"),
        text_part(yahoo_html(text), ctype="text/html; charset=UTF-8", cte="quoted-printable")])
    headers = [("Return-Path", f"<{frm[1]}>"), ("Received", hop(c, "yahoo")), ("Date", rfc_date(c.when)),
               ("From", addr(*frm)), ("To", f'"{HELPDESK}" <{HELPDESK}>'), ("Message-ID", c.mid_yahoo()),
               ("Subject", enc_header("Subject", subject)), ("MIME-Version", "1.0"), ("__CONTENT__", None),
               ("X-Mailer", f"WebService/1.1.{c.num('ywv', 24000, 24990)} YMailNorrin")]
    return render(headers, top)


def helpdesk_ack_text(ticket, name, subject, lang="id"):
    if lang == "en":
        return (f"Dear {name},\n\nYour request \"{subject}\" has been received as ticket #{ticket}.\n"
                "We will follow it up within 15 minutes during working hours.\n\n"
                "Regards,\nP4M Helpdesk Team\nPoliteknik Negeri Batam")
    return (f"Yth. {name},\n\nPermohonan Anda \"{subject}\" telah kami terima dengan nomor tiket\n"
            f"#{ticket}. Kami akan menindaklanjutinya dalam 15 menit pada jam kerja.\n\n"
            "Salam,\nTim Helpdesk P4M\nPusat Penjaminan Mutu dan Pengembangan Pembelajaran\n"
            "Politeknik Negeri Batam")


# ---------------------------------------------------------------- the messages

import textwrap  # noqa: E402  (kept next to its only use)

MAILS = []


def T(s):
    return textwrap.dedent(s).strip("\n")


def mail(slug, when, type_, lang, fields=None, note=""):
    def deco(fn):
        MAILS.append({"slug": slug, "when": when, "build": fn,
                      "label": {"type": type_, "lang": lang, "fields": fields or {}, "note": note}})
        return fn
    return deco


@mail("template-rps-prodi-baru-trpe", D(2026, 11, 2, 8, 41, 12), "document_request", "id")
def _(c):
    return gmail(c, ("Lestari Handayani", "lestari.handayani@polibatam.ac.id"),
                 "Permintaan template RPS untuk prodi baru TRPE", T("""
        Selamat pagi Bapak/Ibu Tim P4M,

        Perkenalkan, saya Lestari, sekretaris Program Studi Sarjana Terapan
        Teknologi Rekayasa Pembangkit Energi (TRPE) yang baru dibuka tahun ini.

        Untuk persiapan semester genap, dosen-dosen kami perlu menyusun RPS
        mata kuliah tingkat satu. Mohon dikirimkan template RPS terbaru (format
        OBE) dalam bentuk .docx, dan kalau ada, sekalian contoh RPS yang sudah
        diisi dari prodi lain sebagai acuan.

        Terima kasih atas bantuannya.

        -- 
        Lestari Handayani, S.T., M.T.
        Sekretaris Prodi Sarjana Terapan TRPE
        Politeknik Negeri Batam"""))


@mail("kaprodi-trpe-tabel-nama-baru", D(2026, 11, 3, 9, 12, 41), "course_data", "id",
      {"course_code": "TRPE1204", "course_name": "Pengantar Sistem Energi",
       "changes": {"fullname": "Pengantar Sistem Pembangkit Energi"}},
      "Curriculum-review rename from a study-programme head; the values are in a table (tab-separated cells in the text part).")
def _(c):
    text = T("""
        Yth. Tim P4M,

        Menindaklanjuti hasil peninjauan kurikulum Program Studi Sarjana Terapan
        Teknologi Rekayasa Pembangkit Energi bulan Oktober lalu, ada beberapa
        nama mata kuliah yang berubah. Supaya mudah ditelusuri, kami kirim satu
        email untuk setiap mata kuliah. Email ini untuk MK berikut:

        Kode MK dan kelas tidak berubah, hanya nama lengkap course di e-learning.

        Terima kasih.

        Salam,
        Ir. Fadli Rahman, M.T.
        Koordinator Program Studi Sarjana Terapan TRPE
        Politeknik Negeri Batam""")
    rows = [["Kode MK", "Nama saat ini", "Nama baru"],
            ["TRPE1204", "Pengantar Sistem Energi", "Pengantar Sistem Pembangkit Energi"]]
    return outlook(c, ("Fadli Rahman", "fadli.rahman@polibatam.ac.id"),
                   "Penyesuaian nama MK hasil peninjauan kurikulum TRPE (bagian 1)", text,
                   table=rows, table_after=6, plain_table="\n".join("\t".join(r) for r in rows) + "\n")


@mail("kaprodi-trpe-html-only-kurung-ampersand", D(2026, 11, 3, 9, 27, 5), "course_data", "id",
      {"course_code": "TRPE2207", "course_name": "Mesin Konversi Energi",
       "changes": {"fullname": "Mesin Konversi Energi (Turbin & Generator)", "shortname": "TRPE2207-MKE"}},
      "HTML-only Outlook mail; the new values are in an HTML table.")
def _(c):
    text = T("""
        Yth. Tim P4M,

        Lanjutan email sebelumnya, untuk MK Mesin Konversi Energi (TRPE2207) ada
        dua perubahan:

        Short name perlu dibedakan karena course lama dengan kode yang sama masih
        dipakai oleh angkatan 2025.

        Terima kasih.

        Salam,
        Ir. Fadli Rahman, M.T.
        Koordinator Program Studi Sarjana Terapan TRPE""")
    rows = [["Data", "Saat ini", "Menjadi"],
            ["Nama lengkap", "Mesin Konversi Energi", "Mesin Konversi Energi (Turbin & Generator)"],
            ["Short name", "TRPE2207", "TRPE2207-MKE"]]
    return outlook(c, ("Fadli Rahman", "fadli.rahman@polibatam.ac.id"),
                   "Penyesuaian nama MK hasil peninjauan kurikulum TRPE (bagian 2)", text,
                   table=rows, table_after=3, html_only=True)


@mail("tanya-prosedur-ganti-nama-mk", D(2026, 11, 4, 10, 5, 33), "other", "id", {},
      "How-to question about the procedure for renaming courses; no change and no document is requested yet.")
def _(c):
    return zimbra(c, ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
                  "Tanya prosedur perubahan nama MK di e-learning", T("""
        Selamat pagi,

        Mau tanya prosedurnya saja dulu. Prodi kami sedang menyelesaikan
        peninjauan kurikulum dan kemungkinan ada beberapa MK yang ganti nama
        mulai semester genap. Kalau nanti sudah final, apakah cukup dosen
        pengampu yang mengirim email ke helpdesk, atau harus Kaprodi? Perlu
        dilampiri SK kurikulum atau tidak?

        Untuk sekarang belum ada yang perlu diubah, hanya ingin tahu alurnya.

        Terima kasih,
        Wulan Sari
        Prodi Akuntansi Manajerial"""))


@mail("kaprodi-animasi-rename-ampersand", D(2026, 11, 5, 14, 22, 18), "course_data", "mixed",
      {"course_code": "ANM2105", "course_name": "Animasi 3D Dasar",
       "changes": {"fullname": "3D Modelling & Rigging untuk Animasi"}})
def _(c):
    return gmail(c, ("Rendy Kurniawan", "rendy.kurniawan@polibatam.ac.id"),
                 "Rename course Animasi 3D Dasar (curriculum review)", T("""
        Hi tim P4M,

        Following up hasil curriculum review prodi Sarjana Terapan Animasi
        minggu lalu, ada beberapa MK yang ganti nama. Yang urgent satu dulu ya,
        karena course-nya sudah dipakai untuk persiapan semester depan:

        ANM2105 Animasi 3D Dasar -> new name: 3D Modelling & Rigging untuk Animasi

        Please keep the short name ANM2105, jangan diubah. Sisanya I'll send
        after rapat prodi next week.

        Thanks a lot!
        Rendy

        -- 
        Rendy Kurniawan, M.Ds.
        Koordinator Prodi Sarjana Terapan Animasi
        Politeknik Negeri Batam"""))


@mail("forgot-password-exchange-student", D(2026, 11, 6, 21, 47, 2), "elearning_support", "en")
def _(c):
    return gmail(c, ("Aisyah Binti Rahim", "aisyah.rahim02@gmail.com"),
                 "Cannot reset my e-learning password", T("""
        Dear Helpdesk,

        I am an exchange student from Universiti Teknikal Malaysia Melaka,
        joining the Logistics programme at Polibatam this semester. I forgot my
        password for learning.polibatam.ac.id. I clicked "Forgotten your
        username or password?" three times, but the reset e-mail never arrives
        in my student mailbox (I checked the spam folder too).

        My username is 4312611907. Could you please reset it or tell me what to
        do? I have a quiz on Monday.

        Thank you very much.

        Best regards,
        Aisyah Binti Rahim"""), en=True)


@mail("kaprodi-logistik-romawi-dan-semester", D(2026, 11, 9, 8, 15, 47), "course_data", "id",
      {"course_code": "LPI2203", "course_name": "Manajemen Pergudangan II",
       "changes": {"fullname": "Manajemen Pergudangan dan Persediaan II", "semester": "Genap 2026/2027"}},
      "Two other courses with roman numerals are named only to say they stay unchanged.")
def _(c):
    return outlook(c, ("Yohanes Simanjuntak", "yohanes.simanjuntak@polibatam.ac.id"),
                   "Perubahan nama dan semester MK Manajemen Pergudangan II", T("""
        Yth. Tim Helpdesk P4M,

        Sesuai hasil peninjauan kurikulum Prodi Sarjana Terapan Logistik
        Perdagangan Internasional, mohon bantuan perubahan data course berikut
        di e-learning:

        Kode MK   : LPI2203
        Nama lama : Manajemen Pergudangan II
        Nama baru : Manajemen Pergudangan dan Persediaan II
        Semester  : dipindah ke Genap 2026/2027 (sebelumnya Ganjil)

        Untuk Bahasa Mandarin Bisnis III dan Kepabeanan I tidak ada perubahan,
        mohon dibiarkan seperti sekarang.

        Terima kasih atas kerja samanya.

        Hormat saya,
        Dr. Yohanes Simanjuntak, S.E., M.M.
        Koordinator Prodi Sarjana Terapan Logistik Perdagangan Internasional"""))


@mail("minta-sop-elearning-dosen-baru", D(2026, 11, 9, 13, 30, 26), "document_request", "id")
def _(c):
    return zimbra(c, ("Fitriani Lubis", "fitriani.lubis@polibatam.ac.id"),
                  "Permintaan SOP pembelajaran e-learning", T("""
        Selamat siang Tim P4M,

        Saya Fitriani, dosen baru di Prodi Logistik Perdagangan Internasional
        (mulai bertugas Oktober). Boleh saya minta dokumen SOP pembelajaran
        daring / penggunaan e-learning yang berlaku di Polibatam? Saya perlu
        memahami ketentuan minimal isi course dan tata cara ujian online
        sebelum menyiapkan course semester depan.

        Kalau ada versi PDF yang sudah ditandatangani, itu lebih baik.

        Terima kasih,
        Fitriani Lubis, S.Log., M.Sc."""))


@mail("sekretaris-atas-nama-bapak-kajur", D(2026, 11, 10, 10, 2, 11), "course_data", "id",
      {"course_code": "MS3106", "course_name": "Getaran Mekanis",
       "changes": {"lecturer": "Ir. Muhammad Iqbal Nasution, S.T., M.Eng., Ph.D."}},
      "Written by a department secretary on behalf of the head of department; the old lecturer is named too.")
def _(c):
    return outlook(c, ("Sri Wahyuni", "sri.wahyuni@polibatam.ac.id"),
                   "Permohonan penggantian dosen pengampu MK Getaran Mekanis", T("""
        Dengan hormat,

        Atas nama Bapak Dr. Ir. Suryadi Hakim, M.Eng. (Ketua Jurusan Teknik
        Mesin), bersama ini kami sampaikan permohonan penggantian dosen
        pengampu pada course Getaran Mekanis (MS3106) di e-learning.

        Dosen pengampu yang tercantum saat ini, Bapak Hendra Saputra, S.T.,
        M.T., sedang menjalani tugas belajar. Mohon pengampu diganti menjadi:

        Ir. Muhammad Iqbal Nasution, S.T., M.Eng., Ph.D.

        Demikian kami sampaikan. Atas perhatian dan bantuannya kami ucapkan
        terima kasih.

        Hormat kami,
        Sri Wahyuni
        Sekretariat Jurusan Teknik Mesin
        Politeknik Negeri Batam"""),
                   cc=addr("Dr. Ir. Suryadi Hakim, M.Eng.", "suryadi.hakim@polibatam.ac.id"))


@mail("ooo-zimbra-dinas-luar", D(2026, 11, 10, 11, 20, 40), "auto", "id", {},
      "Zimbra vacation reply to the helpdesk's acknowledgement (Auto-Submitted: auto-replied).")
def _(c):
    tk = "2026-1279"
    return zimbra(c, ("Bambang Irawan", "bambang.irawan@polibatam.ac.id"),
                  f"Re: [P4M #{tk}] Permohonan Anda telah diterima", T("""
        Terima kasih atas email Bapak/Ibu.

        Saya sedang dinas luar (pendampingan magang industri di Cikarang) pada
        9-13 November 2026 dan baru dapat membalas email setelah kembali.
        Untuk keperluan mendesak silakan hubungi Sekretariat Jurusan Teknik
        Elektro, telp. (0778) 469858 ext. 1017.

        Salam,
        Bambang Irawan"""), reply=(ack_id(tk), [ack_id(tk)]), plain_only=True,
                  extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])


@mail("bem-donor-darah-judul-kutip", D(2026, 11, 11, 19, 30, 9), "announcement", "id",
      {"title": "Aksi Donor Darah BEM Polibatam 2026", "scope": "site"},
      "Sent by a student-union officer; staff may want the student-affairs permit before posting site-wide. 'secepatnya' is no publication time.")
def _(c):
    return gmail(c, ("Nadia Putri Ramadhani", "4342401023@students.polibatam.ac.id"),
                 "Permohonan publikasi pengumuman kegiatan BEM", T("""
        Assalamualaikum, selamat malam Bapak/Ibu Tim P4M.

        Saya Nadia, Sekretaris Umum BEM Politeknik Negeri Batam periode
        2026/2027. Kami ingin memohon bantuan agar pengumuman kegiatan berikut
        bisa ditayangkan di halaman depan e-learning supaya terbaca semua
        mahasiswa:

        "Aksi Donor Darah BEM Polibatam 2026"

        Dalam rangka Dies Natalis, BEM Polibatam bekerja sama dengan PMI Kota
        Batam mengadakan aksi donor darah pada Kamis, 19 November 2026 pukul
        08.00-13.00 WIB di Lobby Gedung Utama. Pendaftaran di meja registrasi
        atau melalui tautan bit.ly/donordarah-bem26. Peserta mendapat
        sertifikat dan snack.

        Surat izin kegiatan dari Bagian Kemahasiswaan sudah kami dapatkan
        (salinannya di bit.ly/izin-bem-donor). Mohon ditayangkan secepatnya
        kalau memungkinkan.

        Terima kasih atas bantuannya.
        Wassalamualaikum.

        Nadia Putri Ramadhani
        Sekretaris Umum BEM Polibatam 2026/2027"""))


@mail("thai-visiting-shortname-krub", D(2026, 11, 12, 9, 5, 51), "course_data", "en",
      {"course_code": "TRPE3105", "course_name": "Smart Grid Technology",
       "changes": {"shortname": "TRPE3105-SG"}})
def _(c):
    return gmail(c, ("Somchai Wongsuwan", "somchai.w.rmutt@gmail.com"), "short name wrong", T("""
        Dear P4M team,

        I am visiting lecturer from RMUTT Thailand, teaching Smart Grid
        Technology this semester.
        Course short name in e-learning is wrong.
        Now: TRPE3105
        Should be: TRPE3105-SG

        Please change. Thank you krub.

        Somchai Wongsuwan"""), en=True)


@mail("dosen-animasi-course-tidak-muncul", D(2026, 11, 12, 15, 40, 3), "elearning_support", "id")
def _(c):
    return outlook(c, ("Dimas Aditya Nugraha", "dimas.nugraha@polibatam.ac.id"),
                   "Course Storyboard dan Naskah tidak muncul di dashboard", T("""
        Selamat sore Tim P4M,

        Saya dosen Prodi Animasi. Di SIAKAD saya tercatat sebagai pengampu MK
        Storyboard dan Naskah (ANM1203) kelas ANM-1A dan ANM-1B, tetapi course
        tersebut tidak muncul di dashboard e-learning saya. Pencarian course
        juga tidak menemukan apa-apa. Course lain yang saya ampu muncul normal.

        Mohon dicek apakah saya belum didaftarkan sebagai pengajar di course
        itu. Minggu depan sudah ada tugas yang harus saya buka.

        Terima kasih.

        Dimas Aditya Nugraha, S.Sn., M.Sn.
        Dosen Prodi Sarjana Terapan Animasi"""))


@mail("bali-nunas-ganti-deskripsi", D(2026, 11, 13, 8, 50, 27), "course_data", "id",
      {"course_code": "AB2102", "course_name": "Komunikasi Bisnis",
       "changes": {"summary": "Mata kuliah ini membekali mahasiswa dengan keterampilan komunikasi lisan "
                              "dan tulisan dalam konteks bisnis, meliputi penulisan surat dan email "
                              "bisnis, presentasi, negosiasi, serta etika komunikasi digital."}})
def _(c):
    return gmail(c, ("I Made Wirawan", "made.wirawan@polibatam.ac.id"),
                 "Nunas bantuan ganti deskripsi course Komunikasi Bisnis", T("""
        Om Swastyastu,

        Tiang I Made Wirawan, dosen Prodi Administrasi Bisnis Terapan. Nunas
        bantuan nggih, deskripsi (summary) course Komunikasi Bisnis (AB2102) di
        e-learning masih deskripsi lama dari kurikulum 2021. Mohon diganti
        dengan teks ini:

        Mata kuliah ini membekali mahasiswa dengan keterampilan komunikasi lisan
        dan tulisan dalam konteks bisnis, meliputi penulisan surat dan email
        bisnis, presentasi, negosiasi, serta etika komunikasi digital.

        Yang lain tidak usah diubah nggih. Suksma atas bantuannya.

        Om Shanti Shanti Shanti Om

        -- 
        I Made Wirawan, S.E., M.M.
        Prodi Administrasi Bisnis Terapan
        Politeknik Negeri Batam"""))


@mail("bali-kuliah-tamu-tanpa-jam", D(2026, 11, 16, 7, 45, 14), "announcement", "id",
      {"course_code": "AB3106", "course_name": "Pemasaran Pariwisata",
       "title": "Kuliah Tamu Pemasaran Destinasi Wisata", "scope": "course"},
      "'hari ini' names a day but no time, so no publish_at.")
def _(c):
    return gmail(c, ("Ni Luh Putu Ayu Lestari", "ayu.lestari@polibatam.ac.id"),
                 "Mohon tayangkan pengumuman kuliah tamu Pemasaran Pariwisata", T("""
        Om Swastyastu Bapak/Ibu Tim P4M,

        Tiang nunas tulung dibuatkan pengumuman di course Pemasaran Pariwisata
        (AB3106) nggih, untuk kelas AB-3A dan AB-3B.

        Judul: Kuliah Tamu Pemasaran Destinasi Wisata
        Isi: Kuliah tamu bersama Bapak I Ketut Sudarsana dari Dinas Pariwisata
        Provinsi Bali akan dilaksanakan pada Selasa, 24 November 2026 pukul
        09.00-11.00 WIB di Auditorium Tower A. Kehadiran wajib dan dihitung
        sebagai pertemuan ke-11. Mahasiswa diminta menyiapkan satu pertanyaan
        tentang promosi destinasi wisata berbasis budaya.

        Mohon ditayangkan hari ini nggih. Suksma.

        Om Shanti Shanti Shanti Om
        Ni Luh Putu Ayu Lestari, S.Par., M.Par."""))


@mail("teknisi-lab-enrol-key-pakai", D(2026, 11, 16, 10, 10, 58), "course_data", "id",
      {"course_code": "EL2211", "course_name": "Praktikum Elektronika Analog",
       "changes": {"enrolment_key": "PraktikumEA_2026"}},
      "Lab technician writing at the lecturer's request; the key follows 'pakai'.")
def _(c):
    return zimbra(c, ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
                  "Ganti enrolment key Praktikum Elektronika Analog", T("""
        Selamat pagi Tim P4M,

        Saya Rudi, teknisi (PLP) Laboratorium Elektronika Jurusan Teknik
        Elektro. Atas permintaan Ibu Ratna selaku dosen pengampu, enrolment key
        course Praktikum Elektronika Analog (EL2211) mohon diganti karena key
        lama sudah tersebar ke angkatan lain.

        Key barunya pakai PraktikumEA_2026 saja, sudah kami sampaikan ke para
        asisten lab.

        Terima kasih.

        Rudi Hartono
        PLP Laboratorium Elektronika"""))


@mail("bali-nunas-panduan-struktur-course", D(2026, 11, 17, 9, 0, 44), "document_request", "id")
def _(c):
    return gmail(c, ("I Gede Arya Pramana", "arya.pramana@polibatam.ac.id"),
                 "Nunas panduan struktur course e-learning", T("""
        Om Swastyastu,

        Tiang I Gede Arya Pramana, dosen baru di Prodi Animasi. Tiang nunas
        dokumen SOP atau panduan penyusunan course di e-learning nggih, yang
        berisi ketentuan struktur course per pertemuan dan pengaturan
        aktivitas. Kalau ada format Word-nya, tiang nunas juga.

        Suksma pisan.

        Om Shanti Shanti Shanti Om

        -- 
        I Gede Arya Pramana, S.Sn., M.Ds.
        Prodi Sarjana Terapan Animasi"""))


@mail("bugis-jam-tayang-wita", D(2026, 11, 17, 21, 40, 12, WITA), "announcement", "id",
      {"course_code": "EL3205", "course_name": "Elektronika Daya",
       "title": "Kuliah Elektronika Daya Diganti Tugas Mandiri", "scope": "course",
       "publish_at": "2026-11-18T07:00:00+07:00"},
      "Publication time given in WITA (UTC+8) by a lecturer travelling in Makassar; 08.00 WITA = 07.00 WIB.")
def _(c):
    return iphone(c, ("Andi Baso Mappanyukki", "andi.baso@polibatam.ac.id"),
                  "Tolong pengumuman Elektronika Daya besok", T("""
        Tabe' Pak/Bu admin,

        Saya lagi di Makassar ikut seminar nasional, jadi kuliah besok tidak bisa tatap muka. Tolong ki' tayangkan pengumuman di course Elektronika Daya (EL3205) besok jam 08.00 WITA di':

        "Kuliah Elektronika Daya Diganti Tugas Mandiri"
        Kuliah hari Rabu, 18 November 2026 diganti tugas mandiri. Kerjakan soal latihan Bab 4 (konverter DC-DC) nomor 1-10, unggah di e-learning paling lambat Jumat, 20 November 2026 pukul 23.59 WIB.

        Terima kasih banyak mi.

        Andi Baso"""))


@mail("bugis-kelas-fisika-terapan", D(2026, 11, 18, 11, 11, 36), "course_data", "id",
      {"course_code": "TRPE1102", "course_name": "Fisika Terapan", "changes": {"class": "TRPE-1B"}})
def _(c):
    return yahoo(c, ("Nurhayati", "nurhayati_dgbau@yahoo.co.id"), "Kelas di course Fisika Terapan salah", T("""
        Tabe' Bapak/Ibu,

        Maaf mengganggu ki'. Course Fisika Terapan (TRPE1102) yang saya ampu di
        e-learning masih tertulis kelas TRPE-1A, padahal yang saya ajar itu
        kelas TRPE-1B mi. Kelas TRPE-1A dipegang Pak Hamzah.

        Minta tolong diubah ki' jadi TRPE-1B di'. Saya pakai email pribadi
        karena email kampus lagi bermasalah.

        Terima kasih banyak.

        Nurhayati, S.Si., M.Si.
        Dosen Prodi TRPE"""))


@mail("vendor-paket-h5p", D(2026, 11, 18, 14, 0, 21), "other", "en", {},
      "Unsolicited vendor offer.")
def _(c):
    return gmail(c, ("Kevin Tan", "kevin.tan@edulearn-asia.com"),
                 "Interactive H5P content packages for Polibatam e-learning", T("""
        Dear P4M Team,

        I hope this email finds you well. My name is Kevin Tan, Partnership
        Manager at EduLearn Asia (Singapore).

        We help polytechnics in Indonesia and Malaysia turn existing lecture
        material into interactive H5P activities (interactive video, branching
        scenarios, drag-and-drop virtual labs) that run natively in Moodle 4.x.
        Our Polytechnic Package includes 40 ready-made modules for engineering
        and logistics programmes, teacher training and 12 months of support.

        Would you be open to a 30-minute online demo next week? Our brochure is
        at edulearn-asia.com/polytechnic.

        Best regards,
        Kevin Tan
        Partnership Manager, EduLearn Asia Pte Ltd
        +65 8123 4567"""), en=True)


@mail("nilai-baru-di-paragraf-kedua", D(2026, 11, 19, 13, 37, 8), "course_data", "id",
      {"course_code": "MB1203", "course_name": "Kewirausahaan",
       "changes": {"fullname": "Kewirausahaan Berbasis Teknologi"}},
      "The reason comes first; the new name is in a second short paragraph.")
def _(c):
    return thunderbird(c, ("Hendrik Saragih", "hendrik.saragih@polibatam.ac.id"),
                       "Perubahan nama course Kewirausahaan", T("""
        Yth. Tim P4M,

        Sesuai hasil rapat kurikulum Jurusan Manajemen Bisnis tanggal 12
        November 2026, materi mata kuliah Kewirausahaan (MB1203) yang saya
        ampu kini difokuskan pada pengembangan usaha rintisan berbasis
        teknologi, sehingga nama course di e-learning juga perlu disesuaikan
        agar tidak membingungkan mahasiswa.

        Nama barunya: Kewirausahaan Berbasis Teknologi

        Terima kasih atas bantuannya.

        -- 
        Hendrik Saragih, S.E., M.B.A.
        Jurusan Manajemen Bisnis
        """))


@mail("teknisi-lab-tutup-kalibrasi", D(2026, 11, 20, 15, 55, 40), "announcement", "mixed",
      {"course_code": "TRPE2210", "course_name": "Praktikum Pembangkit Listrik",
       "title": "Lab Pembangkit Tutup untuk Kalibrasi Alat", "scope": "course",
       "publish_at": "2026-11-23T07:00:00+07:00"},
      "Sent by a lab technician; publication time written as 'Senin 23/11 jam 7 pagi'.")
def _(c):
    return zimbra(c, ("Yoga Pratama", "yoga.pratama@polibatam.ac.id"),
                  "Request pengumuman lab tutup - Praktikum Pembangkit Listrik", T("""
        Selamat sore tim P4M,

        Saya Yoga, teknisi Lab Pembangkit Energi. Please help publish
        pengumuman di course Praktikum Pembangkit Listrik (TRPE2210):

        Judul: Lab Pembangkit Tutup untuk Kalibrasi Alat
        Isi: Lab Pembangkit Energi closed tanggal 24-26 November 2026 untuk
        kalibrasi turbin uap mini dan panel surya. Praktikum Modul 5 diundur
        ke minggu depan, jadwal detail menyusul dari dosen pengampu.

        Tayang Senin 23/11 jam 7 pagi ya, biar mahasiswa sudah baca sebelum
        jadwal praktikum. Thanks.

        Yoga Pratama
        Teknisi Lab Pembangkit Energi"""))


@mail("vietnam-visiting-nama-dosen-phd", D(2026, 11, 23, 8, 20, 15), "course_data", "en",
      {"course_code": "TRPE3108", "course_name": "Renewable Energy Systems",
       "changes": {"lecturer": "Nguyen Thi Lan, Ph.D."}})
def _(c):
    return gmail(c, ("Nguyen Thi Lan", "lan.nguyenthi.hcmute@gmail.com"),
                 "Lecturer name in course Renewable Energy Systems", T("""
        Hello P4M team,

        I am Nguyen Thi Lan from HCMUTE, Vietnam. I teach Renewable Energy
        Systems (TRPE3108) this semester as visiting lecturer.
        In e-learning the lecturer is shown as "Dosen TRPE", not my name.
        Please change lecturer to: Nguyen Thi Lan, Ph.D.

        Thank you very much.
        Lan"""), en=True)


@mail("fwd-inline-jadwal-uas-akademik", D(2026, 11, 24, 13, 15, 50), "announcement", "id",
      {"title": "Jadwal Ujian Akhir Semester Ganjil 2026/2027", "scope": "site"},
      "Inline Gmail forward: the announcement text and its title are in the forwarded part.")
def _(c):
    return gmail(c, ("Rina Marlina", "rina.marlina@polibatam.ac.id"), "Fwd: Jadwal UAS Ganjil 2026/2027", T("""
        Selamat siang Tim P4M,

        Mohon pengumuman dari Bagian Akademik di bawah ditayangkan di halaman
        depan e-learning, sesuai arahan Wadir I. Teksnya bisa dipakai apa
        adanya.

        Terima kasih,
        Rina Marlina
        Admin Jurusan Teknik Informatika"""),
                 fwd=("Bagian Akademik Polibatam", "akademik@polibatam.ac.id", D(2026, 11, 23, 15, 2, 0),
                      "Jadwal UAS Ganjil 2026/2027", "Admin Jurusan <admin-jurusan@polibatam.ac.id>", T("""
        Yth. Admin Jurusan,

        Berikut pengumuman jadwal UAS untuk disebarluaskan kepada mahasiswa:

        "Jadwal Ujian Akhir Semester Ganjil 2026/2027"

        Ujian Akhir Semester (UAS) Ganjil 2026/2027 dilaksanakan pada 7-18
        Desember 2026. Jadwal per kelas dapat dilihat di SIAKAD menu Jadwal
        Ujian mulai 30 November 2026. Mahasiswa wajib membawa kartu ujian dan
        KTM. Mahasiswa yang belum melunasi UKT tidak dapat mengikuti UAS.

        Salam,
        Bagian Akademik
        Politeknik Negeri Batam""")))


@mail("bugis-mahasiswa-course-tidak-muncul", D(2026, 11, 24, 19, 30, 31), "elearning_support", "id")
def _(c):
    return yahoo(c, ("Muhammad Akbar", "akbar.makassar99@yahoo.co.id"), "course kalkulus tidak muncul", T("""
        Tabe' kak admin,

        Saya Muhammad Akbar, NIM 4322601044, mahasiswa pindahan dari Makassar
        di prodi TRPE kelas TRPE-1B. Sudah dua minggu saya tidak bisa lihat
        course Kalkulus I di dashboard e-learning, padahal di KRS SIAKAD sudah
        terdaftar mi. Teman-teman sekelas sudah bisa kerjakan kuis.

        Bagaimana mi caranya supaya saya bisa masuk course itu? Minta tolong
        dibantu ki' di'.

        Terima kasih banyak kak.
        Akbar"""))


@mail("disesuaikan-dengan-sk-pengampu", D(2026, 11, 25, 10, 0, 17), "course_data", "id",
      {"course_code": "TRPE1101", "course_name": "Kimia Dasar",
       "changes": {"lecturer": "Dra. Siti Nurhaliza, M.Si. dan Andi Pratama, S.Si., M.Sc."}},
      "'tolong disesuaikan dengan SK' followed by the value on its own line.")
def _(c):
    return outlook(c, ("Maya Anggraini", "maya.anggraini@polibatam.ac.id"),
                   "Penyesuaian pengampu MK Kimia Dasar sesuai SK", T("""
        Yth. Tim P4M,

        Mohon bantuan, data pengampu course Kimia Dasar (TRPE1101) di
        e-learning tolong disesuaikan dengan SK Direktur tentang Beban Mengajar
        Dosen Semester Ganjil 2026/2027, yaitu:

        Dra. Siti Nurhaliza, M.Si. dan Andi Pratama, S.Si., M.Sc.

        Saat ini di e-learning hanya tercantum nama Ibu Siti. Salinan SK dapat
        kami kirimkan bila diperlukan.

        Terima kasih.

        Salam,
        Maya Anggraini
        Admin Prodi Sarjana Terapan TRPE"""))


@mail("vietnam-no-class-thursday", D(2026, 11, 25, 16, 10, 2), "announcement", "en",
      {"course_code": "TRPE3201", "course_name": "Power System Analysis",
       "title": "No Class on Thursday, 26 November", "scope": "course"})
def _(c):
    return gmail(c, ("Tran Van Minh", "minh.tranvan.hust@gmail.com"), "Announcement for Power System Analysis", T("""
        Dear P4M,

        Please post announcement in my course Power System Analysis (TRPE3201).

        Title: No Class on Thursday, 26 November
        Text: Dear students, class on Thursday 26 November is cancelled because
        I attend workshop in Jakarta. Replacement class will be informed later.
        Please continue reading Chapter 6.

        Thank you.
        Tran Van Minh
        Visiting Lecturer, HUST Vietnam"""), en=True)


@mail("thai-zoom-link-invalid", D(2026, 11, 26, 9, 30, 45), "elearning_support", "en")
def _(c):
    return gmail(c, ("Somchai Wongsuwan", "somchai.w.rmutt@gmail.com"), "zoom link not work", T("""
        Dear P4M,

        Zoom link in my course Smart Grid Technology not working.
        Students say "Invalid meeting ID" when click. I use Zoom activity in
        e-learning, meeting is 13.00 today.
        Please help check. Thank you krub.

        Somchai"""), en=True)


@mail("iup-huruf-kecil-for-the-and", D(2026, 11, 27, 11, 0, 39), "course_data", "mixed",
      {"course_code": "LPI3101", "course_name": "Technopreneurship",
       "changes": {"fullname": "Technopreneurship for the Maritime and Logistics Industry"}})
def _(c):
    return gmail(c, ("Stefani Wijaya", "stefani.wijaya@polibatam.ac.id"),
                 "Rename course Technopreneurship (kelas IUP)", T("""
        Hai tim P4M,

        For the IUP class semester depan, tolong ganti nama course LPI3101
        Technopreneurship jadi:

        Technopreneurship for the Maritime and Logistics Industry

        Note: "for", "the" dan "and" memang huruf kecil ya, please jangan
        di-capitalize semua. Short name tetap LPI3101.

        Thank you!
        Stefani

        -- 
        Stefani Wijaya, S.E., M.Sc.
        International Undergraduate Program - Logistics"""))


@mail("led-format-iabee", D(2026, 11, 27, 14, 45, 6), "document_request", "en")
def _(c):
    return gmail(c, ("Hadi Susanto", "hadi.susanto@polibatam.ac.id"), "Request: LED format used by P4M", T("""
        Dear P4M team,

        Our Electrical Engineering programme is preparing the self-evaluation
        report for the IABEE accreditation visit next year. Could you share the
        LED (Laporan Evaluasi Diri) format that P4M uses for its annual
        reports, preferably the Word version with the standard chapter
        headings?

        We would like to keep our structure consistent with the institutional
        documents.

        Many thanks,
        Hadi Susanto, Ph.D.
        Head of Quality Assurance Group, Department of Electrical Engineering"""), en=True)


@mail("summary-empat-baris-supply-chain", D(2026, 11, 30, 9, 18, 24), "course_data", "en",
      {"course_code": "LPI3204", "course_name": "Supply Chain Analytics",
       "changes": {"summary": "This course introduces data-driven decision making in supply chains. "
                              "Students practise forecasting, inventory optimisation and network design. "
                              "Tools: Excel Solver, Python (pandas) and Power BI. "
                              "Assessment is project-based, using data from Batam port operators."}},
      "Summary given as four separate lines; the label joins them with single spaces.")
def _(c):
    return thunderbird(c, ("Grace Tambunan", "grace.tambunan@polibatam.ac.id"),
                       "Course summary update - Supply Chain Analytics", T("""
        Dear P4M team,

        Please replace the summary of my course Supply Chain Analytics
        (LPI3204) with the following lines:

        This course introduces data-driven decision making in supply chains.
        Students practise forecasting, inventory optimisation and network design.
        Tools: Excel Solver, Python (pandas) and Power BI.
        Assessment is project-based, using data from Batam port operators.

        Everything else in the course can stay as it is.

        Thank you,
        Grace

        -- 
        Grace Tambunan, M.Sc.
        Logistics Engineering, Politeknik Negeri Batam
        """), lang="en-US")


@mail("bounce-postfix-domain-typo", D(2026, 11, 30, 16, 2, 7), "auto", "en", {},
      "Postfix bounce of the helpdesk's acknowledgement: the requester's domain was mistyped.")
def _(c):
    tk = "2026-1344"
    qid = c.chars("q2", 10, "0123456789ABCDEF")
    epoch = int(c.when.timestamp())
    bnd = f"{qid}.{epoch}/mx.polibatam.ac.id"
    sent = c.when - timedelta(seconds=3)
    notice = T("""
        This is the mail system at host mx.polibatam.ac.id.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <irfan.hakim@polibatam.ac.di>: Host or domain name not found. Name service
            error for name=polibatam.ac.di type=A: Host not found""") + "\n"
    status = T(f"""
        Reporting-MTA: dns; mx.polibatam.ac.id
        X-Postfix-Queue-ID: {qid}
        X-Postfix-Sender: rfc822; {HELPDESK}
        Arrival-Date: {rfc_date(sent, comment='WIB')}

        Final-Recipient: rfc822; irfan.hakim@polibatam.ac.di
        Original-Recipient: rfc822;irfan.hakim@polibatam.ac.di
        Action: failed
        Status: 5.4.4
        Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
            for name=polibatam.ac.di type=A: Host not found""") + "\n"
    original = T(f"""
        From: {HELPDESK_NAME} <{HELPDESK}>
        To: irfan.hakim@polibatam.ac.di
        Subject: [P4M #{tk}] Permohonan Anda telah diterima
        Date: {rfc_date(sent, pad=True)}
        Message-ID: {ack_id(tk)}
        Auto-Submitted: auto-replied
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: 7bit

        """) + "\n\n" + helpdesk_ack_text(tk, "Irfan Hakim", "Tambah asisten di course Robotika Dasar") + "\n"
    parts = [
        Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], crlf(notice)),
        Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], crlf(status)),
        Part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], crlf(original)),
    ]
    top = multipart("report", bnd, parts, params="", preamble="This is a MIME-encapsulated message." + CRLF + CRLF)
    top.headers = [("Content-Type", f'multipart/report; report-type=delivery-status;{CRLF} boundary="{bnd}"'),
                   ("Content-Transfer-Encoding", "8bit")]
    headers = [("Return-Path", "<>"),
               ("Received", f"by mx.polibatam.ac.id (Postfix) id {qid};{CRLF} {rfc_date(c.when, comment='WIB')}"),
               ("Date", rfc_date(c.when, comment="WIB")),
               ("From", "MAILER-DAEMON@polibatam.ac.id (Mail Delivery System)"),
               ("Subject", "Undelivered Mail Returned to Sender"), ("To", HELPDESK),
               ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"), ("__CONTENT__", None),
               ("Message-Id", f"<{c.when.astimezone(timezone.utc):%Y%m%d%H%M%S}.{qid}@mx.polibatam.ac.id>")]
    return render(headers, top)


@mail("undangan-seminar-mitra-malaysia", D(2026, 12, 1, 10, 30, 52), "other", "en", {},
      "Invitation addressed to P4M staff (asks for a speaker), not a request to publish anything on e-learning.")
def _(c):
    return outlook(c, ("Prof. Dr. Rosnah Abdullah", "rosnah@utem.edu.my"),
                   "Invitation: Regional Seminar on Quality Assurance in Digital Learning 2027", T("""
        Dear Head and staff of P4M, Politeknik Negeri Batam,

        On behalf of the Centre for Academic Excellence, Universiti Teknikal
        Malaysia Melaka, it is my pleasure to invite you to the Regional Seminar
        on Quality Assurance in Digital Learning, to be held on 18-19 February
        2027 in Melaka and online.

        We would be honoured if one of your staff could share Polibatam's
        experience in running an e-mail helpdesk for e-learning services in the
        panel session on day two. Kindly let us know by 15 January 2027 whether
        you are able to join.

        Warm regards,
        Prof. Dr. Rosnah Abdullah
        Director, Centre for Academic Excellence
        Universiti Teknikal Malaysia Melaka"""), lang="en-US")


@mail("iup-jadwal-uas-tomorrow-6am", D(2026, 12, 2, 20, 15, 33), "announcement", "en",
      {"title": "Final Exam Schedule for IUP Classes, Odd Semester 2026/2027", "scope": "site",
       "publish_at": "2026-12-03T06:00:00+07:00"})
def _(c):
    return gmail(c, ("Melati Kusumawardani", "melati.k@polibatam.ac.id"),
                 "Announcement for e-learning front page (IUP final exams)", T("""
        Dear P4M team,

        Could you please post the announcement below on the e-learning front
        page tomorrow 6am, so the IUP students see it before their morning
        classes?

        Title: "Final Exam Schedule for IUP Classes, Odd Semester 2026/2027"

        Final exams for all IUP classes will take place from 7 to 18 December
        2026. The detailed timetable per class is available in SIAKAD under
        Exam Schedule. Exchange students who are not registered in SIAKAD
        should collect their printed timetable from the International Office
        (Main Building, 2nd floor) by 4 December 2026.

        Thank you very much for your help.

        Kind regards,
        Melati Kusumawardani
        International Office, Politeknik Negeri Batam"""), en=True)


@mail("iphone-dua-baris-di-atas-kutipan", D(2026, 12, 3, 12, 3, 19), "course_data", "id",
      {"course_code": "TRPE3204", "course_name": "Sistem Kontrol Pembangkit", "changes": {"credits": "3"}},
      "Two-line phone reply above a long quote; the course is named only in the quoted thread.")
def _(c):
    tk = "2026-1351"
    orig_when = D(2026, 12, 2, 14, 52, 3)
    hd_when = D(2026, 12, 2, 15, 10, 44)
    orig = T("""
        Siang Tim P4M,

        SKS MK Sistem Kontrol Pembangkit (TRPE3204) di e-learning masih
        tertulis 2 SKS, tolong dikoreksi sesuai kurikulum baru ya.

        Terima kasih,
        Yudi Firmansyah""")
    hd = T(f"""
        Yth. Bapak Yudi Firmansyah,

        Terima kasih, permohonan Bapak kami catat dengan nomor tiket
        #{tk}. Sebelum kami ubah, mohon konfirmasi jumlah SKS yang benar
        untuk course Sistem Kontrol Pembangkit (TRPE3204) menurut kurikulum
        baru, karena dokumen kurikulum TRPE yang kami terima belum memuat
        MK tersebut. Perubahan akan kami proses segera setelah ada
        konfirmasi dari Bapak.

        Salam,
        Tim Helpdesk P4M
        Pusat Penjaminan Mutu dan Pengembangan Pembelajaran
        Politeknik Negeri Batam
        """) + "\n\n" + gmail_attr_id(orig_when, "Yudi Firmansyah", "yudi.firmansyah@polibatam.ac.id") + \
        "\nmenulis:\n" + quote_lines(orig)
    text = ("3 sks pak, sesuai kurikulum 2026.\nMakasih\n\nDikirim dari iPhone saya\n\n" +
            quote_lines(iphone_attr(hd_when, HELPDESK_NAME, HELPDESK) + "\n\n" + hd))
    return iphone(c, ("Yudi Firmansyah", "yudi.firmansyah@polibatam.ac.id"),
                  f"Re: [P4M #{tk}] Konfirmasi SKS Sistem Kontrol Pembangkit", text,
                  reply=(res_id(tk), [f"<CAyUd1{c.chars('o', 30)}@mail.gmail.com>", ack_id(tk), res_id(tk)]),
                  sig=None)


@mail("thunderbird-bottom-post-ubah-jam-tayang", D(2026, 12, 3, 16, 20, 57), "announcement", "id",
      {"course_code": "EL2208", "course_name": "Mesin Listrik",
       "title": "Jadwal Praktikum Pengganti Mesin Listrik", "scope": "course",
       "publish_at": "2026-12-04T12:00:00+07:00"},
      "Bottom-posted reply: the new publication time is below the quote; title and course come from the quoted helpdesk message.")
def _(c):
    tk = "2026-1348"
    hd_when = D(2026, 12, 3, 14, 5, 0)
    hd = T("""
        Yth. Bapak Arif Budiman,

        Pengumuman "Jadwal Praktikum Pengganti Mesin Listrik" untuk course
        Mesin Listrik (EL2208) sudah kami siapkan dan dijadwalkan tayang
        Jumat, 4 Desember 2026 pukul 07.00 WIB. Mohon balas email ini bila
        ada yang perlu diubah.

        Salam,
        Tim Helpdesk P4M""")
    text = (f"Pada {hd_when:%d/%m/%Y} {hd_when.hour:02d}.{hd_when.minute:02d}, {HELPDESK_NAME} menulis:\n" +
            quote_lines(hd) + "\n\n" + T("""
        Terima kasih. Jam tayangnya mohon diubah jadi Jumat, 4 Desember 2026
        pukul 12.00 saja, karena pagi itu mahasiswa masih kuis di kelas lain
        dan saya ingin menjelaskannya langsung di kelas dulu.

        Isi pengumuman sudah benar.

        -- 
        Arif Budiman, S.T., M.T.
        Jurusan Teknik Elektro""") + "\n")
    return thunderbird(c, ("Arif Budiman", "arif.budiman@polibatam.ac.id"),
                       f"Re: [P4M #{tk}] Pengumuman praktikum pengganti Mesin Listrik", text,
                       reply=(res_id(tk), [f"<{c.uuid()[:-4]}beef@polibatam.ac.id>", ack_id(tk), res_id(tk)]))


@mail("salah-ketik-lalu-koreksi-kelas", D(2026, 12, 4, 10, 12, 28), "course_data", "id",
      {"course_code": "MS2104", "course_name": "Statistika Industri", "changes": {"class": "MS-2D"}},
      "The writer first gives a wrong class and corrects it in the same mail; the label holds the corrected value.")
def _(c):
    return gmail(c, ("Teddy Kurniadi", "teddy.kurniadi@polibatam.ac.id"), "Ubah kelas course Statistika Industri", T("""
        Pagi tim P4M,

        Mohon bantuan, kelas pada course Statistika Industri (MS2104) tolong
        diubah jadi MS-2A.

        Eh maaf, salah ketik. Yang benar MS-2D, bukan MS-2A. MS-2A itu kelasnya
        Pak Anton, course saya khusus untuk kelas MS-2D.

        Makasih banyak.
        Teddy"""))


@mail("uas-pindah-lab-asap-iphone", D(2026, 12, 7, 6, 52, 41), "announcement", "mixed",
      {"course_code": "IF2105", "course_name": "Pemrograman Berorientasi Objek",
       "title": "UAS PBO Pindah ke Lab GU 702", "scope": "course"},
      "Exam-week request from a phone; 'ASAP' is no publication time.")
def _(c):
    return iphone(c, ("Reza Pahlevi", "reza.pahlevi@polibatam.ac.id"), "URGENT pengumuman UAS PBO", T("""
        Morning P4M, urgent ya, please post di course Pemrograman Berorientasi Objek (IF2105) ASAP:

        "UAS PBO Pindah ke Lab GU 702"
        UAS PBO hari ini jam 10.00 untuk kelas TI-2B pindah ke Lab GU 702 karena proyektor dan AC di GU 805 rusak. Please datang 15 menit lebih awal, bawa kartu ujian.

        Thanks a lot, sorry pagi2!
        Reza"""))


@mail("webinar-judul-tanggal-iso", D(2026, 12, 7, 9, 0, 36), "announcement", "mixed",
      {"title": "Webinar Assessment for Learning: Designing Authentic Tasks in Moodle", "scope": "site",
       "publish_at": "2026-12-10T13:00:00+07:00"})
def _(c):
    return gmail(c, ("Citra Dewi Anggraeni", "citra.anggraeni@polibatam.ac.id"),
                 "Mohon publish announcement webinar assessment", T("""
        Halo tim P4M,

        Jurusan Manajemen Bisnis mengadakan webinar untuk dosen dan kami ingin
        announcement-nya tampil di halaman depan e-learning. Please schedule
        tayang 2026-12-10 13:00 ya, setelah rapat jurusan selesai.

        Judul: Webinar Assessment for Learning: Designing Authentic Tasks in Moodle
        Isi:
        Webinar untuk seluruh dosen Polibatam bersama narasumber Dr. Lim Wei
        Ling (Republic Polytechnic, Singapore), Kamis, 17 Desember 2026,
        09.00-11.30 WIB via Zoom. Topics: authentic assessment, rubrics in
        Moodle, and feedback at scale. Registration: bit.ly/webinar-afl-mb.
        E-certificate available.

        Thank you!
        Citra

        -- 
        Citra Dewi Anggraeni, S.E., M.M.
        Jurusan Manajemen Bisnis"""))


@mail("uas-online-kuis-tidak-bisa-submit", D(2026, 12, 8, 10, 41, 13), "elearning_support", "id")
def _(c):
    return gmail(c, ("Fajar Nugroho", "3312401055@students.polibatam.ac.id"),
                 "Tolong pak, UAS online tidak bisa di-submit", T("""
        Selamat pagi Pak/Bu admin,

        Saya Fajar Nugroho, NIM 3312401055, kelas TI-2A. Saya sedang UAS online
        Statistika di e-learning. Waktu klik "Kirim semua dan selesai" muncul
        pesan "Sesi Anda telah berakhir, silakan login kembali", padahal waktu
        ujian masih sisa 20 menit. Setelah login ulang, status kuisnya "Sedang
        berlangsung" tapi tombol kirim tetap tidak bisa ditekan.

        Apakah jawaban saya tersimpan? Mohon segera dibantu pak, ujian selesai
        jam 11.00.

        Terima kasih.
        Fajar"""))


@mail("uas-buru-buru-key-backtick", D(2026, 12, 8, 13, 5, 4), "course_data", "id",
      {"course_code": "EL2105", "course_name": "Sistem Digital", "changes": {"enrolment_key": "UASsd-2026"}},
      "Hurried exam-week request; the key is written in backticks, which are not part of the value.")
def _(c):
    return gmail(c, ("Dedi Kurniawan", "dedi.kurniawan@polibatam.ac.id"), "cepat: enrol key Sistem Digital", T("""
        Siang tim P4M,

        Lagi minggu UAS, mohon cepat ya. Enrolment key course EL2105 Sistem
        Digital tolong diganti jadi `UASsd-2026` supaya mhs kelas lain tdk bisa
        masuk sebelum UAS jam 15.00.

        Maaf buru2, makasih banyak.
        Dedi"""))


@mail("sebelum-jam-8-pagi-jumat", D(2026, 12, 9, 22, 10, 48), "announcement", "id",
      {"course_code": "MS2201", "course_name": "Mekanika Fluida", "title": "UAS Mekanika Fluida Pindah Ruang",
       "scope": "course", "publish_at": "2026-12-11T08:00:00+07:00"},
      "'sebelum jam 8 pagi Jumat' is a deadline; publish_at holds that latest time (Friday 08.00).")
def _(c):
    return gmail(c, ("Hamzah Lubis", "hamzah.lubis@polibatam.ac.id"), "Pengumuman pindah ruang UAS Mekanika Fluida", T("""
        Malam min, maaf malam2.

        Mhn bantu umumkan di course Mekanika Fluida (MS2201) sebelum jam 8 pagi
        Jumat ya, soalnya mahasiswa biasanya cek e-learning pagi sebelum
        berangkat:

        Judul: UAS Mekanika Fluida Pindah Ruang
        UAS Mekanika Fluida hari Jumat, 11 Desember 2026 pindah dari GU 601 ke
        Auditorium Tower A lantai 2. Jam tetap 10.00-12.00. Bawa kalkulator dan
        kartu ujian.

        Makasih.
        Hamzah"""))


@mail("maintenance-senin-14-des-pukul-07", D(2026, 12, 10, 14, 0, 3), "announcement", "id",
      {"title": "Pemeliharaan Terjadwal Server E-Learning", "scope": "site",
       "publish_at": "2026-12-14T07:00:00+07:00"})
def _(c):
    return zimbra(c, ("Eko Wahyudi", "eko.wahyudi@polibatam.ac.id"),
                  "Permohonan publikasi pengumuman pemeliharaan server e-learning", T("""
        Selamat siang Tim P4M,

        UPA TIK akan melakukan pemeliharaan server e-learning setelah UAS
        berakhir. Mohon bantuan publikasi pengumuman berikut di halaman depan
        e-learning.

        Judul: Pemeliharaan Terjadwal Server E-Learning
        Isi: Layanan e-learning (learning.polibatam.ac.id) tidak dapat diakses
        pada Sabtu, 19 Desember 2026 pukul 22.00 WIB sampai dengan Minggu,
        20 Desember 2026 pukul 06.00 WIB karena pemeliharaan perangkat keras
        dan pembaruan sistem. Mohon dosen tidak menjadwalkan kuis atau batas
        pengumpulan tugas pada rentang waktu tersebut.

        Waktu tayang: Senin, 14 Des 2026 pukul 07.00

        Terima kasih.

        Eko Wahyudi
        UPA Teknologi Informasi dan Komunikasi"""))


@mail("nilai-tugas-tidak-tampil-di-grades", D(2026, 12, 11, 19, 20, 55), "elearning_support", "id")
def _(c):
    return gmail(c, ("Salsabila Azzahra", "4312401088@students.polibatam.ac.id"),
                 "Nilai tugas di e-learning tidak tampil", T("""
        Selamat malam,

        Saya Salsabila, NIM 4312401088, kelas TI-2C. Di course Jaringan
        Komputer, tugas 1 sampai 3 saya sudah dinilai dosen (di halaman tugas
        tertulis "Dinilai" dan ada feedback-nya), tetapi di menu Nilai (Grades)
        semua masih kosong atau "-". Teman sekelas saya nilainya sudah muncul.

        Apakah ada pengaturan yang salah di akun saya? Terima kasih sebelumnya.

        Salsabila Azzahra"""))


@mail("moodle-notifikasi-pengumpulan-tugas", D(2026, 12, 12, 1, 0, 6), "auto", "en", {},
      "Moodle assignment notification to the helpdesk account (teacher in a sandbox course); no List-Id, only Auto-Submitted/Precedence.")
def _(c):
    text = T("""
        Muhammad Rizki has submitted their assignment submission for Final
        Project Report.

        You can see it here:
        https://learning.polibatam.ac.id/mod/assign/view.php?id=18842&action=grading

        ---------------------------------------------------------------------
        This is a notification from Helpdesk Sandbox (P4M-SANDBOX).
        To change your notification preferences, go to
        https://learning.polibatam.ac.id/message/notificationpreferences.php""") + "\n"
    htm = ('<div class="notification"><p>Muhammad Rizki has submitted their assignment submission for '
           '<a href="https://learning.polibatam.ac.id/mod/assign/view.php?id=18842">Final Project Report'
           "</a>.</p><p>You can see it <a href=\"https://learning.polibatam.ac.id/mod/assign/view.php?id=18842"
           "&amp;action=grading\">here</a>.</p></div>\n<hr>\n<p>This is a notification from Helpdesk Sandbox "
           "(P4M-SANDBOX). <a href=\"https://learning.polibatam.ac.id/message/notificationpreferences.php\">"
           "Change your notification preferences</a></p>\n")
    bnd = "b1=_" + c.chars("mb", 40)
    top = multipart("alternative", bnd, [text_part(text, ctype="text/plain; charset=UTF-8", cte="8bit"),
                                         text_part(htm, ctype="text/html; charset=UTF-8", cte="8bit")])
    top.headers.append(("Content-Transfer-Encoding", "8bit"))
    headers = [("Return-Path", "<noreply@polibatam.ac.id>"), ("Received", hop(c, "elearning")),
               ("Date", rfc_date(c.when, pad=True)), ("To", f"{HELPDESK_NAME} <{HELPDESK}>"),
               ("From", '"Muhammad Rizki (via E-Learning Polibatam)" <noreply@polibatam.ac.id>'),
               ("Reply-To", f'"Jangan membalas email ini (via E-Learning Polibatam)"{CRLF} <noreply@polibatam.ac.id>'),
               ("Subject", fold("Subject", 'Muhammad Rizki has submitted their assignment: Final Project Report')),
               ("Message-ID", f"<{c.hexs('mid', 32)}@elearning.polibatam.ac.id>"),
               ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
               ("Precedence", "Bulk"), ("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated"),
               ("X-Course-Id", "412"), ("X-Course-Name", "Helpdesk Sandbox"),
               ("MIME-Version", "1.0"), ("__CONTENT__", None)]
    return render(headers, top)


@mail("iphone-lupa-password-malam-sebelum-uas", D(2026, 12, 13, 22, 5, 17), "elearning_support", "id")
def _(c):
    return iphone(c, ("Putri Ayu Ningsih", "4332401012@students.polibatam.ac.id"), "Lupa password e-learning", T("""
        Malam kak, maaf ganggu malam2. Saya lupa password e-learning, besok pagi jam 8 ada UAS online Akuntansi Biaya. Sudah coba "Lupa password" tapi email reset tidak pernah masuk (sudah cek spam juga).

        NIM 4332401012, prodi Akuntansi Manajerial.
        Tolong dibantu kak \U0001f64f"""), hop_kind="google")


@mail("iphone-kuis-remedial-jam-12-siang", D(2026, 12, 14, 6, 10, 29), "announcement", "mixed",
      {"course_code": "AK2204", "course_name": "Akuntansi Keuangan Menengah II",
       "title": "Kuis Remedial Diundur ke Rabu", "scope": "course",
       "publish_at": "2026-12-14T12:00:00+07:00"})
def _(c):
    return iphone(c, ("Vivi Oktaviani", "vivi.oktaviani@polibatam.ac.id"), "Post announcement AKM II pls", T("""
        Pagi P4M, please post di course Akuntansi Keuangan Menengah II (AK2204):

        Title: Kuis Remedial Diundur ke Rabu
        Kuis remedial yang semula Selasa, 15 Desember diundur ke Rabu, 16 Desember 2026 jam 13.00, same room (GU 404). Materi sama, bring your own calculator.

        Publish jam 12 siang ini aja ya. Thanks!"""))


@mail("upload-video-animasi-terlalu-besar", D(2026, 12, 15, 23, 40, 11), "elearning_support", "mixed")
def _(c):
    return gmail(c, ("Kevin Prasetyo", "4352401031@students.polibatam.ac.id"),
                 "Upload final project gagal, file too large", T("""
        Halo admin e-learning,

        Mau submit final project Animasi 2D Lanjut (video .mp4, 1,2 GB) tapi
        selalu muncul error: "The file final_project_kelompok3.mp4 is too
        large. The maximum size you can upload is 200 MB." Deadline-nya malam
        ini 23.59!

        Boleh nggak limit-nya dinaikkan, atau saya upload ke Google Drive terus
        submit link-nya aja? Please help ASAP, thanks.

        Kevin Prasetyo
        NIM 4352401031, Animasi ANM-2A"""))


@mail("outlook-automatic-reply-training", D(2026, 12, 16, 9, 0, 42), "auto", "en", {},
      "Exchange Online automatic reply ('Automatic reply:' subject, Auto-Submitted and X-Auto-Response-Suppress).")
def _(c):
    tk = "2026-1402"
    subj = f"[P4M #{tk}] Your request has been received"
    return outlook(c, ("Jonathan Sembiring", "jonathan.sembiring@polibatam.ac.id"), f"Automatic reply: {subj}", T("""
        Thank you for your e-mail.

        I am out of the office attending the IABEE assessor training in Jakarta
        from 14 to 18 December 2026, with limited access to e-mail. For urgent
        matters regarding Electrical Engineering courses, please contact
        sekjur.elektro@polibatam.ac.id.

        Regards,
        Jonathan Sembiring"""), to=f"{HELPDESK_NAME} <{HELPDESK}>", lang="en-US", thread_topic=subj,
                   reply=(ack_id(tk), [ack_id(tk)]),
                   extra=[("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent"),
                          ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])


@mail("kelas-malam-saja-yang-berubah", D(2026, 12, 16, 13, 0, 50), "course_data", "id",
      {"course_code": "AK2206", "course_name": "Akuntansi Manajemen", "changes": {"class": "AK-2C Malam"}},
      "Only the evening (employee) class changes; the morning class stays.")
def _(c):
    return gmail(c, ("Rosmawati Siregar", "rosmawati.siregar@polibatam.ac.id"),
                 "Kelas malam di course Akuntansi Manajemen", T("""
        Selamat siang Tim P4M,

        Untuk course Akuntansi Manajemen (AK2206), mohon bantuan mengubah data
        kelas untuk kelas malam (karyawan) saja: yang sekarang tertulis AK-2B
        Malam mohon diganti menjadi AK-2C Malam, karena ada penggabungan
        rombel karyawan semester ini.

        Kelas pagi (AK-2A) tetap, tidak perlu diubah.

        Terima kasih.

        Rosmawati Siregar, S.E., M.Ak.
        Prodi Akuntansi Manajerial"""))


@mail("link-bbb-kelas-malam-error", D(2026, 12, 17, 18, 45, 26), "elearning_support", "mixed")
def _(c):
    return gmail(c, ("Hendra Wijaya", "4342301077@students.polibatam.ac.id"), "Link BigBlueButton tidak bisa join", T("""
        Selamat sore admin,

        Saya mahasiswa kelas karyawan (malam) AB-3 Malam. Link BigBlueButton
        di course Bahasa Inggris Bisnis tidak bisa dibuka: setelah klik "Join
        session" muncul "This meeting has not started yet / Error 1007",
        padahal dosen bilang room-nya sudah dibuka. Kelas online mulai jam
        19.00.

        Sudah coba browser lain dan clear cache, still the same. Please help
        ASAP ya, thanks.

        Hendra Wijaya
        NIM 4342301077"""))


@mail("keluhan-lambat-selama-uas", D(2026, 12, 18, 8, 30, 14), "other", "id", {},
      "Complaint about slowness and response time during exams; asks for evaluation, not for a fix to one problem.")
def _(c):
    return outlook(c, ("Ahmad Zulkarnain", "ahmad.zulkarnain@polibatam.ac.id"),
                   "Keluhan layanan e-learning selama UAS", T("""
        Yth. Kepala P4M dan Tim Helpdesk,

        Saya ingin menyampaikan keluhan. Selama minggu UAS, e-learning sangat
        lambat setiap pagi antara pukul 08.00-10.00, dan pada hari Selasa lalu
        dua kelas saya harus mengulang kuis karena halaman tidak termuat.
        Selain itu, email saya ke helpdesk pada 9 Desember baru dibalas dua
        hari kemudian, padahal katanya layanan menjawab dalam 15 menit.

        Saya tidak meminta tindakan khusus untuk course saya, tetapi mohon hal
        ini menjadi bahan evaluasi agar UAS semester depan lebih lancar.

        Hormat saya,
        Ahmad Zulkarnain, S.T., M.Kom.
        Jurusan Teknik Informatika"""))


@mail("libur-natal-judul-di-subjek-lusa", D(2026, 12, 21, 10, 5, 37), "announcement", "id",
      {"title": "Libur Hari Raya Natal dan Cuti Bersama 2026", "scope": "site",
       "publish_at": "2026-12-23T09:00:00+07:00"},
      "Title given only in the subject ('judul sesuai subjek'); 'lusa jam 9' counted from the Monday send date.")
def _(c):
    return outlook(c, ("Sari Purnama", "akademik@polibatam.ac.id"), "Libur Hari Raya Natal dan Cuti Bersama 2026", T("""
        Yth. Tim P4M,

        Mohon bantuan untuk menayangkan pengumuman di halaman depan e-learning
        lusa jam 9 pagi, dengan judul sesuai subjek email ini. Isi pengumuman:

        Sehubungan dengan Hari Raya Natal tanggal 25 Desember 2026 dan cuti
        bersama tanggal 24 Desember 2026, layanan akademik dan administrasi
        kampus diliburkan pada 24-25 Desember 2026. Layanan kembali normal
        pada Senin, 28 Desember 2026.

        Terima kasih atas kerja samanya.

        Salam,
        Sari Purnama
        Bagian Akademik dan Kemahasiswaan"""))


@mail("siakad-pengingat-batas-nilai", D(2026, 12, 22, 0, 15, 0), "auto", "id", {},
      "SIAKAD system reminder (no-reply sender, Auto-Submitted: auto-generated, Precedence: bulk).")
def _(c):
    text = T("""
        Yth. Bapak/Ibu Pengguna SIAKAD,

        Ini adalah pengingat otomatis. Batas akhir input nilai Semester Ganjil
        2026/2027 adalah Senin, 11 Januari 2027 pukul 23.59 WIB. Setelah batas
        tersebut, perubahan nilai hanya dapat dilakukan melalui Bagian
        Akademik dengan formulir perubahan nilai.

        Email ini dikirim otomatis oleh sistem, mohon tidak membalas.

        SIAKAD Politeknik Negeri Batam
        https://siakad.polibatam.ac.id""") + "\n"
    top = text_part(text, ctype="text/plain; charset=UTF-8", cte="8bit")
    headers = [("Return-Path", "<no-reply@siakad.polibatam.ac.id>"), ("Received", hop(c, "siakad")),
               ("Date", rfc_date(c.when, pad=True)), ("To", HELPDESK),
               ("From", "SIAKAD Polibatam <no-reply@siakad.polibatam.ac.id>"),
               ("Subject", "[SIAKAD] Pengingat: batas input nilai Semester Ganjil 2026/2027"),
               ("Message-ID", f"<{c.chars('sk', 32)}@siakad.polibatam.ac.id>"),
               ("X-Mailer", "PHPMailer 6.9.2 (https://github.com/PHPMailer/PHPMailer)"),
               ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
               ("MIME-Version", "1.0"), ("__CONTENT__", None)]
    return render(headers, top)


@mail("course-tanpa-kode-pindah-semester", D(2026, 12, 22, 11, 30, 9), "course_data", "en",
      {"course_name": "Marine Renewable Energy", "changes": {"semester": "Genap 2026/2027"}},
      "Course given only by name (the writer has no code at hand).")
def _(c):
    return outlook(c, ("Michael Hutapea", "michael.hutapea@outlook.com"), "Semester setting of my course", T("""
        Dear P4M team,

        I am an adjunct lecturer in the TRPE programme. My course Marine
        Renewable Energy is still listed under Ganjil 2026/2027 on e-learning,
        but according to the new curriculum it only runs in the even semester.
        Could you please move it to semester Genap 2026/2027 so that I can
        prepare the materials there?

        I do not have the course code at hand, sorry; it is the only course
        with that name.

        Kind regards,
        Michael Hutapea, M.Eng."""), lang="en-US")


@mail("upgrade-moodle-html-only-en", D(2026, 12, 23, 15, 0, 31), "announcement", "en",
      {"title": "E-Learning Upgrade to Moodle 4.5 and Service Downtime", "scope": "site",
       "publish_at": "2026-12-28T07:00:00+07:00"},
      "HTML-only Outlook mail.")
def _(c):
    return outlook(c, ("Benny Chandra", "benny.chandra@polibatam.ac.id"),
                   "Announcement request: e-learning upgrade over the holidays", T("""
        Hi P4M team,

        Could you publish the announcement below on the e-learning front page
        on 28 December at 07:00? It is in English because it also goes to the
        IUP and exchange students; the Indonesian version is already on the
        UPA TIK website.

        Title: E-Learning Upgrade to Moodle 4.5 and Service Downtime
        Text: The e-learning site (learning.polibatam.ac.id) will be upgraded to
        Moodle 4.5 on Wednesday, 30 December 2026, from 20:00 to 24:00 WIB. The
        site will be unavailable during this time. Please download any
        materials you need beforehand. After the upgrade, clear your browser
        cache if pages look broken.

        Thanks,
        Benny Chandra
        UPA TIK - Systems Team"""), lang="en-US", html_only=True)


@mail("nilai-siakad-tidak-sesuai", D(2026, 12, 28, 9, 20, 3), "other", "id", {},
      "Grade problem in SIAKAD (academic records) for the lecturer and the academic office, not an e-learning issue.")
def _(c):
    return gmail(c, ("Rahmat Hidayat", "4322401019@students.polibatam.ac.id"), "Nilai UAS di SIAKAD tidak sesuai", T("""
        Selamat pagi,

        Saya Rahmat Hidayat, NIM 4322401019, TRPE-1A. Nilai akhir Kalkulus I
        saya di SIAKAD tertulis D, padahal di e-learning nilai total saya 78
        dan dosen juga sudah bilang saya lulus. Mohon bantuannya untuk
        memperbaiki nilai di SIAKAD sebelum periode KRS semester genap.

        Terima kasih.
        Rahmat"""))


@mail("thunderbird-bottom-post-upload-413", D(2026, 12, 29, 10, 0, 21), "elearning_support", "mixed", {},
      "Bottom-posted reply: the new problem report is below the quoted helpdesk answer.")
def _(c):
    tk = "2026-1431"
    hd_when = D(2026, 12, 28, 16, 22, 0)
    hd = T("""
        Yth. Bapak Ferry Gunawan,

        Batas ukuran unggah untuk course Desain Game (ANM3104) sudah kami
        naikkan menjadi 500 MB. Silakan dicoba kembali, dan balas email ini
        bila masih ada kendala.

        Salam,
        Tim Helpdesk P4M""")
    text = (f"Pada {hd_when:%d/%m/%Y} {hd_when.hour:02d}.{hd_when.minute:02d}, {HELPDESK_NAME} menulis:\n" +
            quote_lines(hd) + "\n\n" + T("""
        Masih gagal pak. Sekarang error-nya beda: "Upload failed: HTTP 413
        Request Entity Too Large", padahal file-nya cuma 320 MB. I tried Chrome
        dan Firefox, same result. Video yang 80 MB bisa masuk.

        Mungkin limit di server-nya juga perlu dinaikkan?

        -- 
        Ferry Gunawan, M.Ds.
        Prodi Animasi""") + "\n")
    return thunderbird(c, ("Ferry Gunawan", "ferry.gunawan@polibatam.ac.id"),
                       f"Re: [P4M #{tk}] Upload video pembelajaran gagal", text,
                       reply=(res_id(tk), [ack_id(tk), res_id(tk)]))


@mail("sekretaris-wadir-batas-nilai", D(2026, 12, 29, 14, 0, 44), "announcement", "id",
      {"title": "Batas Akhir Pengisian Nilai Semester Ganjil 2026/2027", "scope": "site",
       "publish_at": "2027-01-04T08:00:00+07:00"},
      "Written by a secretary on behalf of the vice-director.")
def _(c):
    return outlook(c, ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
                   "Permohonan penayangan pengumuman batas pengisian nilai", T("""
        Dengan hormat,

        Atas nama Bapak Wakil Direktur Bidang Akademik, Dr. Ir. Bambang
        Hariyanto, M.T., kami mohon bantuan untuk menayangkan pengumuman
        berikut di halaman utama e-learning pada Senin, 4 Januari 2027 pukul
        08.00 WIB.

        Judul: Batas Akhir Pengisian Nilai Semester Ganjil 2026/2027
        Isi: Diberitahukan kepada seluruh dosen bahwa batas akhir pengisian
        nilai Semester Ganjil 2026/2027 di SIAKAD adalah Senin, 11 Januari 2027
        pukul 23.59 WIB. Nilai yang belum diisi setelah batas tersebut harus
        diajukan melalui formulir perubahan nilai ke Bagian Akademik.

        Atas perhatian dan kerja samanya kami ucapkan terima kasih.

        Hormat kami,
        Lina Marlina
        Sekretariat Wakil Direktur Bidang Akademik"""))


@mail("formulir-terisi-hanya-di-docx", D(2027, 1, 4, 8, 30, 12), "course_data", "id",
      {"course_code": "RBT2104", "course_name": "Sistem Robot Industri",
       "changes": {"fullname": "Robotika Industri dan Otomasi", "lecturer": "Yogi Prasetyo, S.Tr.T., M.T."}},
      "The request is only in the attached DOCX form; the body names no course. Despite 'Formulir' in the subject it is a filled form, not a request for the form.")
def _(c):
    docx = make_docx([
        ("p", "FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING", True),
        ("p", "Pusat Penjaminan Mutu dan Pengembangan Pembelajaran (P4M)", False),
        ("p", "Politeknik Negeri Batam", False),
        ("p", "", False),
        ("p", "Program Studi: Sarjana Terapan Teknologi Rekayasa Robotika", False),
        ("p", "Semester: Genap 2026/2027", False),
        ("p", "", False),
        ("table", [["Data", "Semula", "Menjadi"],
                   ["Kode MK", "RBT2104", "RBT2104 (tetap)"],
                   ["Nama MK", "Sistem Robot Industri", "Robotika Industri dan Otomasi"],
                   ["Dosen Pengampu", "Hasan Basri, S.T., M.T.", "Yogi Prasetyo, S.Tr.T., M.T."],
                   ["SKS", "3", "3 (tetap)"]]),
        ("p", "", False),
        ("p", "Alasan perubahan: penyesuaian nama MK dengan kurikulum 2026 dan pergantian dosen pengampu.", False),
        ("p", "", False),
        ("p", "Batam, 30 Desember 2026", False),
        ("p", "Koordinator Program Studi,", False),
        ("p", "ttd.", False),
        ("p", "Dr. Wahyu Santoso, S.T., M.Eng.", False),
    ], c.when)
    return outlook(c, ("Sinta Maharani", "sinta.maharani@polibatam.ac.id"), "Formulir perubahan data MK", T("""
        Selamat pagi,

        Terlampir formulir yang sudah ditandatangani Kaprodi. Mohon diproses.

        Terima kasih.
        Sinta
        Admin Prodi Teknologi Rekayasa Robotika"""),
                   attachments=[(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                 "Formulir_Perubahan_Data_MK_RBT2104.docx")])


@mail("minta-formulir-perubahan-data-mk", D(2027, 1, 5, 9, 10, 38), "document_request", "id", {},
      "Near-miss: announces future course changes but asks only for the form.")
def _(c):
    return outlook(c, ("Rahmawati Nasution", "rahmawati.nasution@polibatam.ac.id"),
                   "Permintaan formulir perubahan data mata kuliah", T("""
        Yth. Tim P4M,

        Prodi Animasi akan mengajukan beberapa perubahan nama dan dosen
        pengampu MK untuk semester genap. Mohon dikirimkan formulir perubahan
        data mata kuliah e-learning versi terbaru (yang ada kolom tanda tangan
        Kaprodi), agar kami bisa mengisinya sekaligus untuk semua MK.

        Terima kasih.

        Salam,
        Rahmawati Nasution
        Admin Prodi Sarjana Terapan Animasi"""))


@mail("terima-kasih-setelah-perubahan", D(2027, 1, 5, 11, 0, 25), "other", "id", {},
      "Thanks after a resolved course-data ticket; the quoted resolution asks for a rating, which is not given.")
def _(c):
    tk = "2027-0004"
    hd_when = D(2027, 1, 4, 10, 12, 0)
    hd = T("""
        Yth. Ibu Sinta Maharani,

        Perubahan data course RBT2104 sesuai formulir (nama menjadi "Robotika
        Industri dan Otomasi", dosen pengampu Yogi Prasetyo, S.Tr.T., M.T.)
        telah selesai kami lakukan di e-learning. Mohon dicek kembali.

        Bagaimana penilaian Ibu atas layanan kami? Balas email ini dengan angka
        1 (sangat kurang) sampai 5 (sangat baik).

        Salam,
        Tim Helpdesk P4M""")
    return gmail(c, ("Sinta Maharani", "sinta.maharani@polibatam.ac.id"),
                 f"Re: [P4M #{tk}] Formulir perubahan data MK", T("""
        Terima kasih banyak Tim P4M, nama course dan dosen pengampunya sudah
        berubah, sudah dicek juga oleh Kaprodi. Cepat sekali prosesnya.

        Salam,
        Sinta"""), quote=(hd_when, HELPDESK_NAME, HELPDESK, hd),
                 reply=(res_id(tk), [ack_id(tk), res_id(tk)]))


@mail("memo-hanya-di-pdf", D(2027, 1, 6, 10, 30, 47), "course_data", "en",
      {"course_code": "AB3207", "course_name": "Digital Marketing Analytics",
       "changes": {"shortname": "AB3207-DMA", "semester": "Genap 2026/2027"}},
      "The request is only in the attached PDF memo; the body just asks to process it.")
def _(c):
    pdf = make_pdf([
        ("MEMO", True), ("", False),
        ("To: P4M Helpdesk, Politeknik Negeri Batam", False),
        ("From: Programme Coordinator, Applied Business Administration", False),
        ("Date: 5 January 2027", False),
        ("Subject: Update of course data on e-learning", False), ("", False),
        ("Course: Digital Marketing Analytics (AB3207)", False),
        ("Please update the following data before the even semester starts:", False),
        ("- Short name: AB3207-DMA", False),
        ("- Semester: Genap 2026/2027", False),
        ("The course will be taught in English for the IUP class.", False), ("", False),
        ("Signed,", False),
        ("Dr. Agnes Siahaan, S.E., M.M.", False),
    ], c.when, "Memo AB3207 course update", c.slug)
    return gmail(c, ("Laura Christina", "laura.christina@polibatam.ac.id"), "Course data update - memo attached", T("""
        Dear P4M team,

        Please process the attached memo from our programme coordinator.

        Best regards,
        Laura Christina
        Administrative Officer, Applied Business Administration"""),
                 attachments=[(pdf, "application/pdf", "Memo_AB3207_course_update.pdf")], en=True)


@mail("fwd-sebagai-lampiran-eml-computer-vision", D(2027, 1, 7, 9, 45, 3), "course_data", "mixed",
      {"course_code": "IF4205", "course_name": "Computer Vision",
       "changes": {"credits": "3", "lecturer": "Dr. Ari Wibowo, S.Kom., M.Kom."}},
      "Forwarded as an attached message (message/rfc822); the request is inside the attachment.")
def _(c):
    inner_when = D(2027, 1, 6, 16, 12, 5)
    inner = crlf(T(f"""
        MIME-Version: 1.0
        From: Sartika Hutabarat <sartika.hutabarat@polibatam.ac.id>
        Date: {rfc_date(inner_when)}
        Message-ID: <CAsH{c.chars('inner', 44)}@mail.gmail.com>
        Subject: Update MK Computer Vision
        To: Bayu Anggara <bayu.anggara@polibatam.ac.id>
        Content-Type: text/plain; charset="UTF-8"

        Mas Bayu,

        Tolong sampaikan ke P4M ya, untuk MK Computer Vision (IF4205) mulai
        semester genap:
        - SKS jadi 3 (2 teori + 1 praktikum), sebelumnya 2
        - pengampunya sekarang Dr. Ari Wibowo, S.Kom., M.Kom., bukan saya lagi

        Please update sebelum KRS dibuka. Thanks,
        Sartika
        """) + "\n").encode("utf-8")
    return outlook(c, ("Bayu Anggara", "bayu.anggara@polibatam.ac.id"), "TR: Update MK Computer Vision", T("""
        Dear Tim P4M,

        Berikut email dari Kaprodi saya lampirkan (attached as .eml). Please
        proceed sesuai isi email tersebut ya.

        Thanks,
        Bayu Anggara
        Admin Jurusan Teknik Informatika"""),
                   attachments=[(inner, "message/rfc822", "Update MK Computer Vision.eml")])


@mail("template-rps-english-iup", D(2027, 1, 7, 14, 0, 16), "document_request", "mixed")
def _(c):
    return gmail(c, ("Stefani Wijaya", "stefani.wijaya@polibatam.ac.id"), "Template RPS versi English untuk IUP?", T("""
        Hi P4M,

        Do you have template RPS versi English (Semester Learning Plan) untuk
        kelas IUP? Kami perlu isi untuk 6 MK semester genap dan reviewer-nya
        dari partner university di Taiwan. Kalau ada, please send the .docx
        version ya, plus contoh yang sudah terisi kalau boleh.

        Thanks a lot!
        Stefani"""))


@mail("teknisi-lab-belum-punya-akses", D(2027, 1, 8, 8, 5, 59), "elearning_support", "id")
def _(c):
    return zimbra(c, ("Yoga Pratama", "yoga.pratama@polibatam.ac.id"), "Mohon akses ke course Praktikum Turbin Gas", T("""
        Selamat pagi Tim P4M,

        Saya Yoga, teknisi Lab Pembangkit Energi. Untuk semester genap saya
        diminta Pak Fadli mengunggah modul dan video K3 ke course Praktikum
        Turbin Gas (TRPE3210), tetapi akun saya (yoga.pratama) belum punya
        akses ke course tersebut; course-nya tidak muncul di dashboard saya.

        Mohon dibantu didaftarkan dengan peran yang bisa mengunggah file.

        Terima kasih.
        Yoga Pratama
        Teknisi Lab Pembangkit Energi"""))


@mail("rencana-restructure-semester-depan", D(2027, 1, 8, 15, 30, 42), "other", "mixed", {},
      "Heads-up about future changes; no concrete change or value is requested.")
def _(c):
    return gmail(c, ("Rendy Kurniawan", "rendy.kurniawan@polibatam.ac.id"),
                 "FYI rencana restructure course Animasi semester depan", T("""
        Hi tim P4M,

        Just FYI dulu: semester depan kami plan untuk restructure beberapa
        course di prodi Animasi, kemungkinan ada yang ganti nama, ada yang
        di-merge kelasnya, dan satu-dua MK pilihan baru. Details-nya masih
        dibahas di rapat kurikulum akhir Januari.

        No action needed for now ya, nanti kami kirim request resmi per MK
        setelah SK kurikulum keluar. Just want to give you a heads-up supaya
        bisa siap-siap.

        Thanks!
        Rendy"""))


@mail("outlook-html-only-no-courses", D(2027, 1, 11, 13, 0, 8), "elearning_support", "en", {},
      "HTML-only Outlook mail.")
def _(c):
    return outlook(c, ("Nguyen Thi Lan", "lan.nguyen@polibatam.ac.id"), "Cannot see my course for the even semester", T("""
        Dear Helpdesk,

        I have been assigned to teach Energy Storage Systems (TRPE3212) in the
        even semester, but after logging in to e-learning my dashboard shows
        "No courses". My new username is lan.nguyen (account created last
        week).

        Could you please check my enrolment? I would like to upload the
        syllabus before 25 January.

        Kind regards,
        Nguyen Thi Lan, Ph.D.
        Visiting Lecturer, TRPE"""), lang="en-US", html_only=True)


@mail("ndr-exchange-mailbox-penuh", D(2027, 1, 12, 9, 0, 19), "auto", "en", {},
      "Exchange Online non-delivery report (mailbox full) for the helpdesk's reply.")
def _(c):
    tk = "2026-1420"
    osubj = f"[P4M #{tk}] Semester setting of my course"
    mid, box, region = c.mid_outlook("TYZPR03MB")
    tag = re.sub(r"[^A-Za-z0-9]", "", f"{box}{c.hexs('bnd', 32).upper()}{box}")[:60]
    plain = T(f"""
        Delivery has failed to these recipients or groups:

        michael.hutapea@outlook.com
        The recipient's mailbox is full and can't accept messages now. Please
        try resending your message later, or contact the recipient directly.

        Diagnostic information for administrators:

        Generating server: {box}.{region}.prod.outlook.com

        michael.hutapea@outlook.com
        Remote Server returned '554 5.2.2 mailbox full;
        STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

        Original message headers:

        From: {HELPDESK_NAME} <{HELPDESK}>
        Subject: {osubj}
        Message-ID: {res_id(tk)}""") + "\n"
    htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n</head>\n'
           '<body>\n<p><b><font color="#000066" size="3" face="Arial">Delivery has failed to these recipients '
           'or groups:</font></b></p>\n<p><a href="mailto:michael.hutapea@outlook.com">michael.hutapea@outlook.com'
           "</a><br>\nThe recipient's mailbox is full and can't accept messages now. Please try resending your "
           "message later, or contact the recipient directly.</p>\n<p><b>Diagnostic information for "
           f"administrators:</b></p>\n<p>Generating server: {box}.{region}.prod.outlook.com</p>\n"
           "<p>Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
           "MapiExceptionShutoffQuotaExceeded'</p>\n</body>\n</html>\n")
    alt = multipart("alternative", f"_002_{tag}_", [
        text_part(plain, ctype='text/plain; charset="us-ascii"', cte="quoted-printable"),
        text_part(htm, ctype='text/html; charset="us-ascii"', cte="quoted-printable")])
    status = T(f"""
        Reporting-MTA: dns;{box}.{region}.prod.outlook.com
        Received-From-MTA: dns;mx.polibatam.ac.id
        Arrival-Date: {rfc_date(c.when - timedelta(seconds=21), pad=True)}

        Final-Recipient: rfc822;michael.hutapea@outlook.com
        Action: failed
        Status: 5.2.2
        Diagnostic-Code: smtp;554 5.2.2 mailbox full;
         STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded""") + "\n"
    hdrs = T(f"""
        From: {HELPDESK_NAME} <{HELPDESK}>
        To: Michael Hutapea <michael.hutapea@outlook.com>
        Subject: {osubj}
        Date: {rfc_date(c.when - timedelta(seconds=24), pad=True)}
        Message-ID: {res_id(tk)}
        In-Reply-To: <{c.hexs('irt', 16)}@outlook.com>
        Auto-Submitted: auto-replied
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
        """) + "\n"
    top = multipart("report", f"_000_{tag}_", [
        alt,
        Part([("Content-Type", "message/delivery-status")], crlf(status)),
        Part([("Content-Type", "text/rfc822-headers")], crlf(hdrs))], params=f";{CRLF} report-type=delivery-status")
    headers = [("Return-Path", "<>"), ("Received", hop(c, "outlook")), ("From", "postmaster@outlook.com"),
               ("To", HELPDESK), ("Date", rfc_date(c.when, pad=True)),
               ("Subject", fold("Subject", f"Undeliverable: {osubj}")), ("Thread-Topic", fold("Thread-Topic", osubj)),
               ("Thread-Index", c.thread_index()), ("Message-ID", f"{CRLF} {mid}"),
               ("References", res_id(tk)), ("In-Reply-To", res_id(tk)), ("Content-Language", "en-US"),
               ("X-MS-Has-Attach", "yes"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("X-MS-TNEF-Correlator", ""),
               ("Auto-Submitted", "auto-replied"), ("__CONTENT__", None), ("MIME-Version", "1.0")]
    return render(headers, top)


@mail("bem-minta-sop-publikasi-pengumuman", D(2027, 1, 13, 10, 0, 34), "document_request", "id")
def _(c):
    return gmail(c, ("Nadia Putri Ramadhani", "4342401023@students.polibatam.ac.id"),
                 "Permohonan SOP publikasi pengumuman di e-learning", T("""
        Selamat pagi Bapak/Ibu Tim P4M,

        Terima kasih atas bantuan penayangan pengumuman donor darah bulan
        November lalu. Untuk kegiatan BEM semester genap, kami ingin mengikuti
        prosedur yang benar sejak awal. Mohon kami dikirimkan SOP publikasi
        pengumuman pada e-learning beserta formulir permohonannya untuk
        organisasi mahasiswa.

        Terima kasih.

        Nadia Putri Ramadhani
        Sekretaris Umum BEM Polibatam 2026/2027"""))


# ---------------------------------------------------------------- checks and output

ALLOWED_CHANGES = {"fullname", "shortname", "lecturer", "class", "semester", "credits", "enrolment_key", "summary"}
ALLOWED_FIELDS = {"course_code", "course_name", "changes", "title", "scope", "publish_at"}


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p>(.*?)</w:p>", xml)
    return "\n".join(html.unescape("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", p))) for p in paras)


def pdf_text(data):
    s = data.decode("latin-1")
    out = []
    for m in re.finditer(r"\(((?:\\.|[^\\)])*)\) Tj", s):
        out.append(re.sub(r"\\(.)", r"\1", m.group(1)))
    return "\n".join(out)


def strip_html(s):
    s = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u202f", " ").replace("\xa0", " ")).strip()


def texts_of(msg):
    out = [str(msg.get("subject", ""))]
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.is_multipart():
            if ctype == "message/rfc822":
                out.append(str(part.get_payload(0).get("subject", "")))
            continue
        if ctype == "text/plain":
            out.append(part.get_content())
        elif ctype == "text/html":
            out.append(strip_html(part.get_content()))
        elif ctype.endswith("wordprocessingml.document"):
            out.append(docx_text(part.get_content()))
        elif ctype == "application/pdf":
            out.append(pdf_text(part.get_content()))
    return norm("\n".join(out))


def check(name, data, m, problems):
    label = m["label"]
    if b"\r\n" not in data or data.replace(b"\r\n", b"").count(b"\n") or data.replace(b"\r\n", b"").count(b"\r"):
        problems.append(f"{name}: line endings are not all CRLF")
    if any(len(l) > 998 for l in data.split(b"\r\n")):
        problems.append(f"{name}: line longer than 998 octets")
    msg = BytesParser(policy=policy.default).parsebytes(data)
    for part in msg.walk():
        if part.defects:
            problems.append(f"{name}: defects {part.defects} in {part.get_content_type()}")
        for k, v in part.items():
            if getattr(v, "defects", None):
                problems.append(f"{name}: header {k} defects {v.defects}")
        if part.get_content_disposition() == "attachment" and not part.is_multipart():
            size = len(part.get_payload(decode=True) or b"")
            if size >= 30 * 1024:
                problems.append(f"{name}: attachment of {size} bytes")
    if parsedate_to_datetime(str(msg["date"])) != m["when"]:
        problems.append(f"{name}: Date does not round-trip")
    if label["type"] not in PLAN_TYPES or label["lang"] not in PLAN_LANGS:
        problems.append(f"{name}: bad type or lang")
    fields = label["fields"]
    if set(fields) - ALLOWED_FIELDS:
        problems.append(f"{name}: unknown fields {set(fields) - ALLOWED_FIELDS}")
    if fields and label["type"] not in ("course_data", "announcement"):
        problems.append(f"{name}: fields on a {label['type']} message")
    if label["type"] == "course_data" and not fields.get("changes"):
        problems.append(f"{name}: course_data without changes")
    if set(fields.get("changes", {})) - ALLOWED_CHANGES:
        problems.append(f"{name}: unknown change keys")
    if "publish_at" in fields and not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", fields["publish_at"]):
        problems.append(f"{name}: publish_at format")
    if label["type"] == "announcement" and fields.get("scope") not in ("course", "site"):
        problems.append(f"{name}: announcement without scope")
    text = texts_of(msg)
    values = [fields[k] for k in ("course_code", "course_name", "title") if k in fields]
    values += list(fields.get("changes", {}).values())
    for v in values:
        if norm(v) not in text:
            problems.append(f"{name}: label value not found in the message: {v!r}")


def main():
    items = sorted(MAILS, key=lambda m: m["when"].astimezone(timezone.utc))
    problems = []
    outputs, labels = {}, {}
    slugs = set()
    for i, m in enumerate(items, 1):
        if m["slug"] in slugs or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", m["slug"]):
            problems.append(f"bad or duplicate slug {m['slug']}")
        slugs.add(m["slug"])
        name = f"{i:03d}-{m['slug']}.eml"
        data = m["build"](Ctx(m["slug"], m["when"]))
        check(name, data, m, problems)
        outputs[name] = data
        labels[name] = m["label"]
    types, langs = {}, {}
    for lab in labels.values():
        types[lab["type"]] = types.get(lab["type"], 0) + 1
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
    if types != PLAN_TYPES:
        problems.append(f"type counts {types} differ from plan {PLAN_TYPES}")
    if langs != PLAN_LANGS:
        problems.append(f"language counts {langs} differ from plan {PLAN_LANGS}")
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        return 1
    for old in os.listdir(HERE):
        if re.fullmatch(r"\d{3}-.*\.eml", old) and old not in outputs:
            os.remove(os.path.join(HERE, old))
    for name, data in outputs.items():
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(outputs)} messages and labels.json; types {types}; languages {langs}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Held-out part 45 of the P4M Helpdesk corpus, written blind in round 32.

Seventy raw RFC 5322 messages sent to helpdesk-p4m@polibatam.ac.id between
October 2026 and February 2027, with labels.json in the reference label format.
The mail texts live in mails45_*.py next to this script; this file only wraps
them the way each mail client does (Gmail, Outlook, Thunderbird, Apple Mail,
iPhone, Roundcube, Zimbra, Yahoo) and builds the machine mail.

Standard library only and deterministic: boundaries, Message-IDs, queue ids and
attachment bytes are derived from each message's slug, so a rerun rewrites
byte-identical files.  Before writing, every message is parsed back with the
email package and every label value is looked up in the decoded text
(attachments included); any mismatch exits with status 1.

    python3 make_holdout45.py
"""
import base64
import datetime as dt
import glob
import hashlib
import html
import importlib.util
import io
import json
import os
import quopri
import re
import sys
import zipfile
from email import message_from_bytes, policy
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
HELPDESK = "helpdesk-p4m@polibatam.ac.id"
HELPDESK_NAME = "Helpdesk P4M"
WIB = dt.timezone(dt.timedelta(hours=7))
PLAN_TYPES = {"course_data": 22, "announcement": 16, "elearning_support": 12,
              "document_request": 7, "other": 7, "auto": 6}
PLAN_LANGS = {"id": 40, "en": 18, "mixed": 12}
CHANGE_KEYS = ("fullname", "shortname", "lecturer", "class", "semester",
               "credits", "enrolment_key", "summary")
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
             "Oct", "Nov", "Dec"]


# ----------------------------------------------------------------- identifiers
def digest(slug, salt):
    return hashlib.sha256(("part45:%s:%s" % (slug, salt)).encode()).digest()


def hx(slug, salt, n, upper=False):
    s = hashlib.sha256(("part45:%s:%s" % (slug, salt)).encode()).hexdigest()
    while len(s) < n:
        s += hashlib.sha256(s.encode()).hexdigest()
    s = s[:n]
    return s.upper() if upper else s


def num(slug, salt, lo, hi):
    return lo + int.from_bytes(digest(slug, salt)[:8], "big") % (hi - lo + 1)


def alnum(slug, salt, n,
          alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"):
    out, i = "", 0
    while len(out) < n:
        for b in digest(slug, "%s/%d" % (salt, i)):
            out += alphabet[b % len(alphabet)]
        i += 1
    return out[:n]


def uuid_upper(slug, salt):
    s = hx(slug, salt, 32, upper=True)
    return "%s-%s-%s-%s-%s" % (s[:8], s[8:12], s[12:16], s[16:20], s[20:])


# ----------------------------------------------------------------------- dates
def parse_date(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=WIB)


def rfc_date(d, pad=False):
    day = ("%02d" if pad else "%d") % d.day
    return "%s, %s %s %d %02d:%02d:%02d +0700" % (
        DAYS_EN[d.weekday()], day, MONTHS_EN[d.month - 1], d.year,
        d.hour, d.minute, d.second)


# ---------------------------------------------------------------------- header
def fold(line, width=78):
    """Fold an ASCII header line at spaces."""
    if len(line) <= width or "=?" in line:
        return line
    out, cur = [], line
    while len(cur) > width:
        cut = cur.rfind(" ", 0, width)
        if cut <= cur.find(":") + 1:
            cut = cur.find(" ", width)
            if cut < 0:
                break
        out.append(cur[:cut])
        cur = " " + cur[cut + 1:]
    out.append(cur)
    return "\n".join(out)


def enc_text(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8", maxlinelen=76).encode(linesep="\n")


def hdr(name, value):
    value = enc_text(value)
    if "=?" in value:
        return "%s: %s" % (name, value)
    return fold("%s: %s" % (name, value))


def addr(pair, quote_always=False):
    name, mail = pair
    if not name:
        return mail
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return formataddr((name, mail), charset="utf-8")
    if quote_always and not name.startswith('"'):
        return '"%s" <%s>' % (name.replace('"', r'\"'), mail)
    return formataddr((name, mail))


# ------------------------------------------------------------------ MIME parts
def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def text_part(body, sub="plain", charset=None, cte="qp", params="", extra=()):
    """A text leaf: (headers, payload).  body uses \\n line ends."""
    if not body.endswith("\n"):
        body += "\n"
    if charset is None:
        charset = "us-ascii" if is_ascii(body) else "UTF-8"
    if cte == "auto7":
        cte = "7bit" if is_ascii(body) else "8bit"
    if cte == "qp":
        payload, cte_name = qp(body), "quoted-printable"
    elif cte == "b64":
        payload, cte_name = b64(body.encode("utf-8")), "base64"
    else:
        payload, cte_name = body, cte
    headers = ['Content-Type: text/%s; charset="%s"%s' % (sub, charset, params)]
    if cte_name:
        headers.append("Content-Transfer-Encoding: " + cte_name)
    headers.extend(extra)
    return (headers, payload)


def render(part):
    headers, payload = part
    if not payload.endswith("\n"):
        payload += "\n"
    return "\n".join(headers) + "\n\n" + payload


def multipart(sub, boundary, parts, params="", preamble=""):
    headers = ['Content-Type: multipart/%s;\n boundary="%s"%s' % (sub, boundary, params)]
    body = preamble
    for p in parts:
        body += "--%s\n%s" % (boundary, render(p))
    body += "--%s--\n" % boundary
    return (headers, body)


def attach_part(att, style="plain"):
    """style: plain | quoted | rfc2231 (how the file name is written)."""
    name, ctype, data = att["name"], att["ctype"], att["data"]
    if style == "quoted":
        ct = 'Content-Type: %s; name="%s"' % (ctype, name)
        cd = 'Content-Disposition: attachment; filename="%s"' % name
    elif style == "rfc2231":
        ct = 'Content-Type: %s; name="%s"' % (ctype, name)
        cd = "Content-Disposition: attachment;\n filename*=UTF-8''%s" % name
    else:
        ct = "Content-Type: %s; name=%s" % (ctype, name)
        cd = "Content-Disposition: attachment; filename=%s" % name
    extra = att.get("extra", [])
    if ctype == "message/rfc822":
        return ([ct] + extra + [cd], data)
    return ([ct] + extra + [cd, "Content-Transfer-Encoding: base64"], b64(data))


# ------------------------------------------------------------------ HTML views
def esc(s):
    return html.escape(s, quote=False)


def group_quotes(lines):
    """Split lines into ('text', line) and ('quote', [lines]) blocks."""
    out = []
    for line in lines:
        if line.startswith(">"):
            inner = line[1:]
            inner = inner[1:] if inner.startswith(" ") else inner
            if out and out[-1][0] == "quote":
                out[-1][1].append(inner)
            else:
                out.append(("quote", [inner]))
        else:
            out.append(("text", line))
    return out


def table_rows(lines):
    cells = [[c.strip() for c in ln.strip().strip("|").split("|")] for ln in lines]
    rows = []
    for i, row in enumerate(cells):
        tag = "th" if i == 0 else "td"
        rows.append("<tr>" + "".join("<%s style=\"border:1px solid #999;padding:3px 6px\">%s</%s>"
                                      % (tag, esc(c), tag) for c in row) + "</tr>")
    return "<table style=\"border-collapse:collapse\">\n" + "\n".join(rows) + "\n</table>"


def blocks_html(lines, line_fmt, blank, quote_open, quote_close, hr=None):
    out, i = [], 0
    items = group_quotes(lines)
    while i < len(items):
        kind, val = items[i]
        if kind == "quote":
            out.append(quote_open)
            out.extend(blocks_html(val, line_fmt, blank, quote_open, quote_close, hr))
            out.append(quote_close)
        elif val.startswith("|"):
            rows = [val]
            while i + 1 < len(items) and items[i + 1][0] == "text" and items[i + 1][1].startswith("|"):
                i += 1
                rows.append(items[i][1])
            out.append(table_rows(rows))
        elif hr and val.startswith("________________"):
            out.append(hr)
        elif val.strip() == "":
            out.append(blank)
        else:
            out.append(line_fmt % esc(val))
        i += 1
    return out


def html_gmail(text):
    """Gmail HTML: reply attribution and inline-forward headers go in div.gmail_quote."""
    def lines_html(lines):
        return "\n".join(blocks_html(lines, "<div>%s</div>", "<div><br></div>",
                                      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                                      'border-left:1px solid rgb(204,204,204);padding-left:1ex">',
                                      "</blockquote>"))
    lines = text.rstrip("\n").split("\n")
    fwd = next((i for i, ln in enumerate(lines) if ln.startswith("---------- Forwarded message")), None)
    q = next((i for i, ln in enumerate(lines) if ln.startswith(">")), None)
    if fwd is not None:
        end = lines.index("", fwd) if "" in lines[fwd:] else len(lines)
        attr = "<br>".join(esc(ln) for ln in lines[fwd:end])
        rest = lines[end:]
        while rest and rest[0] == "":
            rest = rest[1:]
        return ('<div dir="ltr">\n%s\n<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                '%s<br></div><br><br>\n<div dir="ltr">\n%s\n</div>\n</div>\n</div>\n'
                % (lines_html(lines[:fwd]), attr, lines_html(rest)))
    if q is not None and q > 0 and re.search(r"(menulis|wrote):\s*$", lines[q - 1]):
        a = q - 1
        if not re.match(r"(Pada|On) ", lines[a]) and a > 0 and re.match(r"(Pada|On) ", lines[a - 1]):
            a -= 1
        head = lines[:a]
        while head and head[-1] == "":
            head = head[:-1]
        return ('<div dir="ltr">\n%s\n</div><br><div class="gmail_quote"><div dir="ltr" '
                'class="gmail_attr">%s<br></div>\n%s\n</div>\n'
                % (lines_html(head), esc(" ".join(lines[a:q])), lines_html(lines[q:])))
    return '<div dir="ltr">\n' + lines_html(lines) + "\n</div>\n"


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{font-family:Calibri;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
div.WordSection1
\t{page:WordSection1;}
--></style>
</head>
<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def html_outlook(text, lang="IN"):
    body = blocks_html(text.rstrip("\n").split("\n"), '<p class="MsoNormal">%s<o:p></o:p></p>',
                       '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
                       '<div style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt">',
                       "</div>", hr='<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                                    'padding:3.0pt 0cm 0cm 0cm"></div>')
    return OUTLOOK_HEAD % lang + "\n".join(body) + "\n</div>\n</body>\n</html>\n"


def html_apple(text):
    body = blocks_html(text.rstrip("\n").split("\n"), "<div>%s</div>", "<div><br></div>",
                       '<blockquote type="cite">', "</blockquote>")
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8">'
            '</head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
            'line-break: after-white-space;">\n' + "\n".join(body) + "\n</body></html>\n")


def html_zimbra(text):
    body = blocks_html(text.rstrip("\n").split("\n"), "<div>%s</div>", "<div><br data-mce-bogus=\"1\"></div>",
                       '<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">',
                       "</blockquote>")
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; '
            'color: #000000">\n' + "\n".join(body) + "\n</div></body></html>\n")


def html_yahoo(text, slug):
    cls = "ydp%s" % hx(slug, "ycls", 8)
    body = blocks_html(text.rstrip("\n").split("\n"),
                       '<div dir="ltr" data-setdir="false">%s</div>',
                       '<div dir="ltr" data-setdir="false"><br></div>',
                       '<blockquote style="border-left: 2px solid rgb(16, 16, 255); margin-left: 5px; '
                       'padding-left: 5px;">', "</blockquote>")
    return ('<html><head></head><body><div class="%syahoo-style-wrap" style="font-family:Helvetica '
            'Neue, Helvetica, Arial, sans-serif;font-size:13px;">\n' % cls
            + "\n".join(body) + "\n</div></body></html>\n")


# ----------------------------------------------------------------- attachments
def xml_esc(s):
    return html.escape(s, quote=True)


def docx_bytes(slug, d, title, items, author="Politeknik Negeri Batam"):
    """items: strings (paragraphs) or lists of lists (a table)."""
    def para(text, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return ('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>'
                % (rpr, xml_esc(text)))
    body = []
    for it in items:
        if isinstance(it, list):
            rows = []
            for row in it:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                                % (9000 // len(row), para(c)) for c in row)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" '
                        'w:type="auto"/></w:tblPr>%s</w:tbl>' % "".join(rows))
        elif it.startswith("**"):
            body.append(para(it[2:], bold=True))
        else:
            body.append(para(it))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
                % "".join(body))
    stamp = d.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:00Z")
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
         'officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
         'package.core-properties+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
         'relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("word/document.xml", document),
        ("docProps/core.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
         'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/'
         'dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title>'
         '<dc:creator>%s</dc:creator><dc:identifier>%s</dc:identifier>'
         '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created></cp:coreProperties>'
         % (xml_esc(title), xml_esc(author), hx(slug, "docx-id", 16), stamp)),
    ]
    buf = io.BytesIO()
    when = (d.year, d.month, d.day, d.hour, d.minute, 0)
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files:
            info = zipfile.ZipInfo(name, date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))
    return buf.getvalue()


def pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(slug, d, title, lines):
    """A one-page text PDF (Helvetica, WinAnsi).  lines: list of str."""
    ops = ["BT", "/F1 13 Tf", "56 790 Td", "16 TL", "(%s) Tj" % pdf_esc(title),
           "/F1 10.5 Tf", "T*"]
    for ln in lines:
        ops.append("T* (%s) Tj" % pdf_esc(ln))
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("cp1252")
    stamp = d.strftime("D:%Y%m%d%H%M%S+07'00'")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        ("<< /Title (%s) /Producer (Microsoft Word 2019) /CreationDate (%s) >>"
         % (pdf_esc(title), stamp)).encode("cp1252"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    fid = hx(slug, "pdf-id", 32).encode()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, fid, fid, xref))
    return out


DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def make_attachments(m, d):
    out = []
    for a in m.get("attachments", []):
        if a["kind"] == "docx":
            data = docx_bytes(m["slug"], d, a.get("title", a["name"]), a["items"],
                              a.get("author", "Politeknik Negeri Batam"))
            out.append({"name": a["name"], "ctype": DOCX_CT, "data": data})
        elif a["kind"] == "pdf":
            out.append({"name": a["name"], "ctype": "application/pdf",
                        "data": pdf_bytes(m["slug"], d, a["title"], a["lines"])})
        elif a["kind"] == "eml":
            inner = dict(a["mail"])
            inner.setdefault("slug", m["slug"] + "-inner")
            raw = build(inner, received=True)
            out.append({"name": a["name"], "ctype": "message/rfc822", "data": raw})
        else:
            raise ValueError("unknown attachment kind %r" % a["kind"])
    return out


# --------------------------------------------------------------------- clients
def addr_list(pairs, quote_always=False):
    return ", ".join(addr(p, quote_always) for p in pairs)


def common(m, quote_always=False):
    """From/To/Cc/Subject header lines, keyed so that clients can order them."""
    to = m.get("to", [("", HELPDESK)])
    out = {"From": hdr("From", addr(m["from"], quote_always)),
           "To": hdr("To", addr_list(to, quote_always)),
           "Subject": hdr("Subject", m["subject"])}
    if m.get("cc"):
        out["Cc"] = hdr("Cc", addr_list(m["cc"], quote_always))
    return out


def reply_headers(m):
    if not m.get("in_reply_to"):
        return []
    refs = m.get("references") or [m["in_reply_to"]]
    return [hdr("In-Reply-To", m["in_reply_to"]), fold("References: " + " ".join(refs))]


def with_attachments(m, d, body_part, boundary, style, preamble="", extra_fn=None):
    atts = make_attachments(m, d)
    if not atts:
        return body_part
    parts = [body_part]
    for i, a in enumerate(atts):
        if extra_fn:
            a["extra"] = extra_fn(a, i)
        parts.append(attach_part(a, style))
    return multipart("mixed", boundary, parts, preamble=preamble)


def c_gmail(m, d):
    s, text = m["slug"], m["body"]
    alt = multipart("alternative", "000000000000" + hx(s, "alt", 12), [
        text_part(text, charset="UTF-8", cte="none" if is_ascii(text) else "qp"),
        text_part(m.get("html") or html_gmail(text), "html", "UTF-8", "qp")])

    def gextra(a, i):
        fid = "f_%s%d" % (alnum(s, "fid%d" % i, 9, "abcdefghijklmnopqrstuvwxyz0123456789"), i)
        return ["Content-ID: <%s>" % fid, "X-Attachment-Id: " + fid]
    part = with_attachments(m, d, alt, "000000000000" + hx(s, "mix", 12), "quoted", extra_fn=gextra)
    c = common(m)
    head = ["MIME-Version: 1.0", c["From"], "Date: " + rfc_date(d),
            "Message-ID: <CA%s@mail.gmail.com>" % alnum(
                s, "mid", 46, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-"),
            *reply_headers(m), c["Subject"], c["To"]]
    if "Cc" in c:
        head.append(c["Cc"])
    return head, part


def outlook_mid(m):
    s = m["slug"]
    box = m.get("outlook_box", "SEZPR06MB")
    srv = "%s%04d" % (box, num(s, "srv", 1000, 7999))
    return srv, "<%s%s@%s.apcprd06.prod.outlook.com>" % (srv, hx(s, "omid", 32, True), srv)


def c_outlook(m, d, html_only=False):
    s, text = m["slug"], m["body"]
    srv, mid = outlook_mid(m)
    tag = "%s%s%s" % (srv, hx(s, "obnd", 32, True), srv)
    lang = m.get("html_lang", "EN-US" if m.get("label", {}).get("lang", "id") == "en" else "IN")
    html_part = text_part(m.get("html") or html_outlook(text, lang), "html", "utf-8", "qp")
    if html_only:
        body = html_part
    else:
        body = multipart("alternative", "_000_%sapcp_" % tag, [
            text_part(text, charset="us-ascii" if is_ascii(text) else "utf-8", cte="qp"), html_part])
    part = with_attachments(m, d, body, "_004_%sapcp_" % tag, "quoted")
    c = common(m, quote_always=True)
    topic = re.sub(r"^(?:(?:RE|Re|FW|Fw|TR|Fwd|BLS|Balas)\s*:\s*)+", "", m["subject"])
    head = [c["From"], c["To"]] + ([c["Cc"]] if "Cc" in c else []) + [
        c["Subject"], hdr("Thread-Topic", topic),
        "Thread-Index: " + base64.b64encode(b"\x01" + digest(s, "tidx")[:21]).decode(),
        "Date: " + rfc_date(d, pad=True), "Message-ID:\n " + mid, *reply_headers(m),
        "Accept-Language: " + ("en-US, id-ID" if m.get("label", {}).get("lang", "id") == "en" else "id-ID, en-US"),
        "Content-Language: " + ("en-US" if m.get("label", {}).get("lang", "id") == "en" else "id-ID"),
        "X-MS-Has-Attach: " + ("yes" if m.get("attachments") else ""),
        "X-MS-TNEF-Correlator: "]
    return head, part, ["MIME-Version: 1.0"]


def c_thunderbird(m, d):
    s, text = m["slug"], m["body"]
    body = text_part(text, charset="UTF-8", cte="auto7", params="; format=flowed")
    part = with_attachments(m, d, body, "------------" + alnum(s, "tb", 24), "quoted",
                            preamble="This is a multi-part message in MIME format.\n")
    c = common(m)
    u = uuid_upper(s, "tbmid").lower()
    dom = m["from"][1].split("@")[1]
    head = ["Message-ID: <%s@%s>" % (u, dom), "Date: " + rfc_date(d), "MIME-Version: 1.0",
            "User-Agent: Mozilla Thunderbird",
            "Content-Language: " + ("en-US" if m.get("label", {}).get("lang", "id") == "en" else "id"),
            c["To"]] + ([c["Cc"]] if "Cc" in c else []) + [c["From"], c["Subject"], *reply_headers(m)]
    return head, part, [], True


def c_apple(m, d, iphone=False):
    s, text = m["slug"], m["body"]
    if iphone:
        body = text_part(text, charset="utf-8", cte="b64")
    else:
        body = multipart("alternative", "Apple-Mail=_" + uuid_upper(s, "alt"), [
            text_part(text, charset="us-ascii" if is_ascii(text) else "utf-8", cte="qp"),
            text_part(m.get("html") or html_apple(text), "html", "utf-8", "qp")])
    part = with_attachments(m, d, body, "Apple-Mail=_" + uuid_upper(s, "mix"), "quoted")
    c = common(m)
    dom = m["from"][1].split("@")[1]
    mime = "Mime-Version: 1.0 (1.0)" if iphone else \
        "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"
    head = [c["From"]]
    tail = [mime, c["Subject"], "Message-Id: <%s@%s>" % (uuid_upper(s, "amid"), dom),
            *reply_headers(m), "Date: " + rfc_date(d), c["To"]] + \
        ([c["Cc"]] if "Cc" in c else []) + \
        ["X-Mailer: " + ("iPhone Mail (22C152)" if iphone else "Apple Mail (2.3826.500.181.1.5)")]
    return head, part, tail


def c_roundcube(m, d):
    s, text = m["slug"], m["body"]
    body = text_part(text, charset="US-ASCII" if is_ascii(text) else "UTF-8", cte="auto7",
                     params=";\n format=flowed")
    part = with_attachments(m, d, body, "=_" + hx(s, "rcb", 32), "quoted")
    c = common(m)
    head = ["MIME-Version: 1.0", "Date: " + rfc_date(d), c["From"], c["To"]] + \
        ([c["Cc"]] if "Cc" in c else []) + [c["Subject"], *reply_headers(m),
        "Message-ID: <%s@polibatam.ac.id>" % hx(s, "rcmid", 32),
        "X-Sender: " + m["from"][1], "User-Agent: Roundcube Webmail/1.6.9"]
    return head, part, []


def c_zimbra(m, d):
    s, text = m["slug"], m["body"]
    u = uuid_upper(s, "zb").lower()
    body = multipart("alternative", "=_" + u, [
        text_part(text, charset="utf-8", cte="qp"),
        text_part(m.get("html") or html_zimbra(text), "html", "utf-8", "qp")])
    part = with_attachments(m, d, body, "=_" + uuid_upper(s, "zbm").lower(), "quoted")
    c = common(m)
    ms = int(d.timestamp()) * 1000 + num(s, "ms", 0, 999)
    topic = re.sub(r"^(?:(?:RE|Re|FW|Fw|TR|Fwd|BLS|Balas)\s*:\s*)+", "", m["subject"])
    head = ["Date: %s (WIB)" % rfc_date(d), c["From"], c["To"]] + ([c["Cc"]] if "Cc" in c else []) + [
        "Message-ID: <%d.%d.%d.JavaMail.zimbra@polibatam.ac.id>" % (
            num(s, "z1", 100000, 2999999), num(s, "z2", 100000, 9999999), ms),
        *reply_headers(m), c["Subject"], "MIME-Version: 1.0"]
    tail = ["X-Originating-IP: [10.10.%d.%d]" % (num(s, "ip1", 1, 40), num(s, "ip2", 2, 250)),
            "X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4583)",
            hdr("Thread-Topic", topic),
            "Thread-Index: " + base64.b64encode(digest(s, "ztidx")[:20]).decode()]
    return head, part, tail


def c_yahoo(m, d):
    s, text = m["slug"], m["body"]
    ms = int(d.timestamp()) * 1000 + num(s, "ms", 0, 999)
    bnd = "----=_Part_%d_%d.%d" % (num(s, "y1", 100000, 9999999), num(s, "y2", 10000000, 1999999999), ms)
    body = multipart("alternative", bnd, [
        text_part(text, charset="UTF-8", cte="qp"),
        text_part(m.get("html") or html_yahoo(text, s), "html", "UTF-8", "qp")])
    part = with_attachments(m, d, body, bnd.replace("Part_", "Part_1"), "quoted")
    c = common(m)
    head = ["Date: " + rfc_date(d), c["From"], c["To"]] + ([c["Cc"]] if "Cc" in c else []) + [
        "Message-ID: <%d.%d.%d@mail.yahoo.com>" % (num(s, "y3", 100000000, 2099999999),
                                                   num(s, "y4", 1000000, 9999999), ms),
        *reply_headers(m), c["Subject"], "MIME-Version: 1.0"]
    return head, part, ["X-Mailer: WebService/1.1.22806 YMailNorrin"]


# ---------------------------------------------------------------- machine mail
def auto_bounce(m, d):
    """Postfix non-delivery report for one of our acknowledgements."""
    s = m["slug"]
    qid = alnum(s, "qid", 11, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")
    bnd = "%s.%d/mx.polibatam.ac.id" % (qid, int(d.timestamp()))
    utc = d.astimezone(dt.timezone.utc)
    arrival = parse_date(m["orig_date"])
    dsn = ("Reporting-MTA: dns; mx.polibatam.ac.id\nX-Postfix-Queue-ID: %s\n"
           "X-Postfix-Sender: rfc822; %s\nArrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\n"
           "Status: %s\nRemote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n"
           % (qid, HELPDESK, rfc_date(arrival), m["rcpt"], m["rcpt"], m["status"],
              m["remote_mta"], m["diag"]))
    orig = ("Return-Path: <%s>\nReceived: from helpdesk.polibatam.ac.id\n (helpdesk.polibatam.ac.id"
            " [103.143.71.140]) by\n mx.polibatam.ac.id (Postfix) with ESMTPS id %s for\n <%s>; %s (WIB)\n"
            "From: %s <%s>\nTo: %s\n%s\nDate: %s\nMessage-ID: %s\nAuto-Submitted: auto-replied\n"
            "X-P4M-Loop: helpdesk-p4m\n"
            % (HELPDESK, qid, m["rcpt"], rfc_date(arrival), HELPDESK_NAME, HELPDESK, m["rcpt"],
               hdr("Subject", m["orig_subject"]), rfc_date(arrival), m["orig_mid"]))
    part = multipart("report", bnd, [
        (["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"], m["body"]),
        (["Content-Description: Delivery report", "Content-Type: message/delivery-status"], dsn),
        (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"], orig),
    ], params=";\n report-type=delivery-status", preamble="This is a MIME-encapsulated message.\n\n")
    part = (part[0] + ["Content-Transfer-Encoding: 8bit"], part[1])
    env = ["Return-Path: <>",
           "Received: by mx.polibatam.ac.id (Postfix)\n id %s; %s (WIB)" % (qid, rfc_date(d))]
    head = ["Date: " + rfc_date(d), "From: MAILER-DAEMON@mx.polibatam.ac.id (Mail Delivery System)",
            hdr("Subject", m["subject"]), "To: " + HELPDESK, "Auto-Submitted: auto-replied",
            "MIME-Version: 1.0"]
    tail = ["Message-Id: <%s.%s@mx.polibatam.ac.id>" % (utc.strftime("%Y%m%d%H%M%S"), qid)]
    return {"envelope": env, "head": head, "part": part, "tail": tail}


def auto_mdn(m, d):
    """Outlook read receipt (RFC 8098 disposition notification)."""
    s = m["slug"]
    srv, mid = outlook_mid(m)
    mdn = ("Reporting-UA: %s; Microsoft Outlook 16.0\nFinal-Recipient: rfc822;%s\n"
           "Original-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n"
           % (srv.lower() + ".apcprd06.prod.outlook.com", m["from"][1], m["orig_mid"]))
    part = multipart("report", "_002_%s%sapcp_" % (srv, hx(s, "mdnb", 32, True)), [
        text_part(m["body"], charset="utf-8", cte="qp"),
        (["Content-Type: message/disposition-notification"], mdn)],
        params=";\n report-type=disposition-notification")
    c = common(m, quote_always=True)
    head = [c["From"], c["To"], c["Subject"],
            hdr("Thread-Topic", m["subject"].split(": ", 1)[1]),
            "Thread-Index: " + base64.b64encode(b"\x01" + digest(s, "tidx")[:21]).decode(),
            "Date: " + rfc_date(d, pad=True), "Message-ID:\n " + mid, "Content-Language: id-ID",
            "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "]
    return {"head": head, "part": part, "tail": ["MIME-Version: 1.0"]}


def auto_vacation(m, d):
    """Dovecot Pigeonhole (Sieve) vacation reply, set up in Roundcube."""
    s = m["slug"]
    c = common(m)
    head = [hdr("Subject", m["subject"]), *reply_headers(m), c["From"], c["To"],
            "Message-ID: <dovecot-sieve-%d-%d-0@mail.polibatam.ac.id>" % (
                int(d.timestamp()), num(s, "pid", 100000, 999999)),
            "Date: " + rfc_date(d), "Auto-Submitted: auto-replied (vacation)", "Precedence: bulk",
            "MIME-Version: 1.0"]
    part = text_part(m["body"], charset="utf-8", cte="auto7")
    env = ["Return-Path: <>",
           "Received: from mail.polibatam.ac.id\n (mail.polibatam.ac.id [103.143.71.133]) by\n"
           " mx.polibatam.ac.id (Postfix) with ESMTPS id %s for\n <%s>; %s (WIB)"
           % (alnum(s, "qid", 13), HELPDESK, rfc_date(d + dt.timedelta(seconds=2)))]
    return {"envelope": env, "head": head, "part": part}


def auto_moodle(m, d):
    """Moodle system notification (PHPMailer)."""
    s, text = m["slug"], m["body"]
    bnd = "b1=_" + alnum(s, "pm", 43)
    part = multipart("alternative", bnd, [
        text_part(text, charset="UTF-8", cte="qp"),
        text_part(m.get("html") or html_gmail(text).replace('<div dir="ltr">', '<div class="moodle">'),
                  "html", "UTF-8", "qp")])
    c = common(m, quote_always=True)
    head = ["Date: " + rfc_date(d), c["To"], c["From"], c["Subject"],
            "Message-ID: <%s@learning.polibatam.ac.id>" % hx(s, "moodle", 32),
            "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
            "X-Auto-Response-Suppress: All", "Auto-Submitted: auto-generated", "MIME-Version: 1.0"]
    env = ["Return-Path: <noreply@learning.polibatam.ac.id>",
           "Received: from learning.polibatam.ac.id\n (learning.polibatam.ac.id [103.143.71.150]) by\n"
           " mx.polibatam.ac.id (Postfix) with ESMTPS id %s for\n <%s>; %s (WIB)"
           % (alnum(s, "qid", 13), HELPDESK, rfc_date(d + dt.timedelta(seconds=1)))]
    return {"envelope": env, "head": head, "part": part}


def auto_gforms(m, d):
    """Google Forms response notification."""
    s, text = m["slug"], m["body"]
    part = multipart("alternative", "000000000000" + hx(s, "alt", 12), [
        text_part(text, charset="UTF-8", cte="qp"),
        text_part(m.get("html") or html_gmail(text), "html", "UTF-8", "qp")])
    c = common(m)
    head = ["MIME-Version: 1.0", "Date: " + rfc_date(d), "Message-ID: <000000000000%s@google.com>"
            % hx(s, "gmid", 16), c["Subject"], c["From"], c["To"],
            "X-Notifications: " + hx(s, "xn", 16),
            "X-Notifications-Bounce-Code: " + alnum(s, "xnb", 22)]
    env = ["Return-Path: <3%s@docos.bounces.google.com>" % alnum(s, "rp", 30),
           "Received: from mail-sor-f69.google.com\n (mail-sor-f69.google.com [209.85.220.69]) by\n"
           " mx.polibatam.ac.id (Postfix) with ESMTPS id %s for\n <%s>; %s (WIB)"
           % (alnum(s, "qid", 13), HELPDESK, rfc_date(d + dt.timedelta(seconds=3)))]
    return {"envelope": env, "head": head, "part": part}


def auto_quarantine(m, d):
    """Microsoft 365 quarantine notification (HTML only)."""
    s = m["slug"]
    part = text_part(m.get("html") or html_outlook(m["body"], "EN-US"), "html", "utf-8", "qp")
    c = common(m)
    head = [c["From"], c["To"], c["Subject"], "Date: " + rfc_date(d, pad=True),
            "Message-ID: <%s@%s.apcprd06.prod.outlook.com>" % (uuid_upper(s, "qmid").lower(),
                                                              "SG2PR06MB%04d" % num(s, "q", 1000, 9999)),
            "Auto-Submitted: auto-generated", "X-MS-Exchange-Organization-SCL: -1",
            "MIME-Version: 1.0"]
    env = ["Return-Path: <quarantine@messaging.microsoft.com>",
           "Received: from APC01-SG2-obe.outbound.protection.outlook.com\n"
           " (APC01-SG2-obe.outbound.protection.outlook.com [40.107.215.%d]) by\n"
           " mx.polibatam.ac.id (Postfix) with ESMTPS id %s for\n <%s>; %s (WIB)"
           % (num(s, "ip", 2, 250), alnum(s, "qid", 13), HELPDESK,
              rfc_date(d + dt.timedelta(seconds=5)))]
    return {"envelope": env, "head": head, "part": part}


# ----------------------------------------------------------------- assembling
BUILDERS = {
    "gmail": c_gmail, "gmail_android": c_gmail,
    "outlook": c_outlook, "outlook_html": lambda m, d: c_outlook(m, d, html_only=True),
    "thunderbird": c_thunderbird, "apple": c_apple,
    "iphone": lambda m, d: c_apple(m, d, iphone=True),
    "roundcube": c_roundcube, "zimbra": c_zimbra, "yahoo": c_yahoo,
    "auto_bounce": auto_bounce, "auto_mdn": auto_mdn, "auto_vacation": auto_vacation,
    "auto_moodle": auto_moodle, "auto_gforms": auto_gforms, "auto_quarantine": auto_quarantine,
}


def envelope(m, d):
    s, client = m["slug"], m["client"]
    dom = m["from"][1].split("@")[1].lower()
    if "relay" in m:
        host, ip = m["relay"]
    elif client in ("outlook", "outlook_html") or dom in ("outlook.com", "hotmail.com"):
        host = "APC01-%s-obe.outbound.protection.outlook.com" % ("SG2", "TYZ", "PSA")[num(s, "h", 0, 2)]
        ip = "40.107.%d.%d" % (num(s, "i1", 100, 255), num(s, "i2", 2, 250))
    elif dom == "gmail.com" or client in ("gmail", "gmail_android"):
        host = "mail-%s-f%d.google.com" % (("pj1", "pl1", "oi1", "qt1")[num(s, "h", 0, 3)],
                                           num(s, "hn", 41, 199))
        ip = "209.85.%d.%d" % (num(s, "i1", 160, 222), num(s, "i2", 2, 250))
    elif dom.startswith("yahoo"):
        host = "sonic%d-%d.consmr.mail.sg3.yahoo.com" % (num(s, "h", 301, 319), num(s, "hn", 1, 40))
        ip = "106.10.%d.%d" % (num(s, "i1", 240, 252), num(s, "i2", 2, 250))
    elif dom.endswith("polibatam.ac.id"):
        host, ip = "mail.polibatam.ac.id", "103.143.71.133"
    else:
        host = "mail.%s" % dom
        ip = "103.28.%d.%d" % (num(s, "i1", 10, 250), num(s, "i2", 2, 250))
    arrive = d + dt.timedelta(seconds=num(s, "delay", 4, 48))
    rcpt = m.get("rcpt_to", HELPDESK)
    return ["Return-Path: <%s>" % m["from"][1],
            "Received: from %s\n (%s [%s]) by\n mx.polibatam.ac.id (Postfix) with ESMTPS id %s for\n"
            " <%s>; %s (WIB)" % (host, host, ip, alnum(s, "qid", 13), rcpt, rfc_date(arrive))]


def build(m, received=True):
    """The message as a str with \\n line ends."""
    d = parse_date(m["date"])
    res = BUILDERS[m["client"]](m, d)
    if isinstance(res, tuple):
        res = {"head": res[0], "part": res[1], "tail": res[2] if len(res) > 2 else [],
               "ct_first": len(res) > 3 and res[3]}
    env = res.get("envelope")
    if env is None:
        env = envelope(m, d) if received else []
    pheaders, payload = res["part"]
    lines = list(env)
    if res.get("ct_first"):
        lines += pheaders + res["head"]
    else:
        lines += res["head"] + pheaders
    lines += res.get("tail", []) + m.get("extra_headers", [])
    return "\n".join(lines) + "\n\n" + payload


# ---------------------------------------------------------------- verification
def html_text(s):
    s = re.sub(r"(?is)<(style|head|script)\b.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d|blockquote|table)>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", " | ", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def docx_text(data):
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p>(.*?)</w:p>", xml)
    return "\n".join(html.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p))) for p in paras)


def pdf_text(data):
    stream = re.search(rb"stream\n(.*?)endstream", data, re.S).group(1)
    strs = re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", stream)
    return "\n".join(re.sub(rb"\\(.)", rb"\1", x).decode("cp1252") for x in strs)


def decoded_texts(msg):
    out = []
    for p in msg.walk():
        if p.get("Subject") is not None:
            out.append(str(p["Subject"]))
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        if ct == "text/plain":
            out.append(p.get_content())
        elif ct == "text/html":
            out.append(html_text(p.get_content()))
        elif ct == DOCX_CT:
            out.append(docx_text(p.get_payload(decode=True)))
        elif ct == "application/pdf":
            out.append(pdf_text(p.get_payload(decode=True)))
    return out


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


ID_DAYS = {"Senin": 0, "Selasa": 1, "Rabu": 2, "Kamis": 3, "Jumat": 4, "Sabtu": 5, "Minggu": 6,
           "Sen": 0, "Sel": 1, "Rab": 2, "Kam": 3, "Jum": 4, "Sab": 5, "Min": 6}
EN_DAYS = {"Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5,
           "Sunday": 6, "Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}
ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
ID_MON3 = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def month_no(name):
    for table in (ID_MONTHS, EN_MONTHS, ID_MON3, MONTHS_EN):
        if name in table:
            return table.index(name) + 1
    return None


def weekday_errors(text):
    """Every 'Day, D Month YYYY' / 'Day, Month D, YYYY' must name the right weekday."""
    errs = []
    days = "|".join(sorted(set(ID_DAYS) | set(EN_DAYS), key=len, reverse=True))
    mons = "|".join(sorted(set(ID_MONTHS + EN_MONTHS + ID_MON3 + MONTHS_EN), key=len, reverse=True))
    pats = [r"\b(%s),? (\d{1,2}) (%s) (\d{4})\b" % (days, mons),
            r"\b(%s),? (%s) (\d{1,2}),? (\d{4})\b" % (days, mons)]
    for k, pat in enumerate(pats):
        for mt in re.finditer(pat, text):
            day, a, b, year = mt.groups()
            dd, mon = (a, b) if k == 0 else (b, a)
            mno = month_no(mon)
            want = ID_DAYS.get(day, EN_DAYS.get(day))
            try:
                real = dt.date(int(year), mno, int(dd)).weekday()
            except (TypeError, ValueError):
                errs.append("bad date %r" % mt.group(0))
                continue
            if real != want:
                errs.append("weekday mismatch %r" % mt.group(0))
    return errs


def check(fname, m, raw):
    errs = []
    label = m["label"]
    if raw.count(b"\n") != raw.count(b"\r\n"):
        errs.append("bare LF")
    msg = message_from_bytes(raw, policy=policy.default)
    for p in msg.walk():
        if p.defects:
            errs.append("defects %r in %s" % (p.defects, p.get_content_type()))
    d = parse_date(m["date"])
    if msg["Date"].datetime != d:
        errs.append("Date does not round-trip")
    if str(msg["Subject"]) != m["subject"]:
        errs.append("Subject does not round-trip: %r" % str(msg["Subject"]))
    for p in msg.walk():
        if p.get_content_disposition() == "attachment" and not p.is_multipart():
            if len(p.get_payload(decode=True) or b"") > 30000:
                errs.append("attachment over 30 KB")
    texts = decoded_texts(msg)
    for t in texts:
        errs.extend(weekday_errors(t))
    if label["type"] not in PLAN_TYPES or label["lang"] not in PLAN_LANGS:
        errs.append("bad type/lang")
    f = label["fields"]
    if label["type"] not in ("course_data", "announcement") and f:
        errs.append("fields on a %s" % label["type"])
    values = []
    for k in ("course_code", "course_name", "title"):
        if k in f:
            values.append((k, f[k]))
    if label["type"] == "course_data":
        ch = f.get("changes") or {}
        if not ch:
            errs.append("course_data without changes")
        for k, v in ch.items():
            if k not in CHANGE_KEYS:
                errs.append("bad change key %s" % k)
            if k == "credits" and v and not v.isdigit():
                errs.append("credits not a bare number")
            if v:
                values.append(("changes." + k, v))
    elif "changes" in f:
        errs.append("changes outside course_data")
    if label["type"] == "announcement":
        if f.get("scope") not in ("course", "site") or not f.get("title"):
            errs.append("announcement needs title and scope")
        pa = f.get("publish_at")
        if pa is not None:
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:00\+07:00", pa):
                errs.append("publish_at format %r" % pa)
            elif dt.datetime.fromisoformat(pa) < d:
                errs.append("publish_at before the mail")
    for k, v in values:
        if k == "changes.summary":
            ok = any(norm(v) in norm(t) for t in texts)
        elif k == "changes.credits":
            ok = any(re.search(r"\b%s\b" % re.escape(v), t) for t in texts)
        else:
            ok = any(v in t for t in texts)
        if not ok:
            errs.append("label %s=%r not in the decoded text" % (k, v))
    return ["%s: %s" % (fname, e) for e in errs]


# ------------------------------------------------------------------------ main
FIELD_ORDER = ("course_code", "course_name", "changes", "title", "scope", "publish_at")


def load_mails():
    sys.dont_write_bytecode = True
    mails = []
    for path in sorted(glob.glob(os.path.join(HERE, "mails45_*.py"))):
        name = os.path.splitext(os.path.basename(path))[0]
        spec = importlib.util.spec_from_file_location(name, path)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mails.extend(mod.MAILS)
    return mails


def main():
    mails = load_mails()
    errs = []
    slugs = [m["slug"] for m in mails]
    if len(set(slugs)) != len(slugs):
        errs.append("duplicate slugs")
    dates = [m["date"] for m in mails]
    if len(set(dates)) != len(dates):
        errs.append("duplicate dates")
    mails.sort(key=lambda m: parse_date(m["date"]))
    lo, hi = dt.datetime(2026, 10, 1, tzinfo=WIB), dt.datetime(2027, 3, 1, tzinfo=WIB)
    out, labels = {}, {}
    types, langs = {}, {}
    for i, m in enumerate(mails, 1):
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", m["slug"]):
            errs.append("bad slug %r" % m["slug"])
        if not lo <= parse_date(m["date"]) < hi:
            errs.append("%s: date out of range" % m["slug"])
        fname = "%03d-%s.eml" % (i, m["slug"])
        raw = build(m).replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        errs.extend(check(fname, m, raw))
        out[fname] = raw
        lab = m["label"]
        fields = {k: lab.get("fields", {})[k] for k in FIELD_ORDER if k in lab.get("fields", {})}
        extra = set(lab.get("fields", {})) - set(FIELD_ORDER)
        if extra:
            errs.append("%s: unknown field keys %s" % (fname, sorted(extra)))
        labels[fname] = {"type": lab["type"], "lang": lab["lang"], "fields": fields,
                         "note": lab.get("note", "")}
        types[lab["type"]] = types.get(lab["type"], 0) + 1
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
    if types != PLAN_TYPES:
        errs.append("type counts %r differ from plan %r" % (types, PLAN_TYPES))
    if langs != PLAN_LANGS:
        errs.append("language counts %r differ from plan %r" % (langs, PLAN_LANGS))
    if errs:
        for e in errs:
            print(e, file=sys.stderr)
        print("%d problem(s); nothing written" % len(errs), file=sys.stderr)
        return 1
    for old in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-*.eml")):
        if os.path.basename(old) not in out:
            os.remove(old)
    for fname, raw in out.items():
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, indent=2, ensure_ascii=False) + "\n")
    print("wrote %d messages and labels.json" % len(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())

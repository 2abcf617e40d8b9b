#!/usr/bin/env python3
"""Tuning corpus requests-tune53: 70 labelled e-mails to the P4M helpdesk (written as held-out part37 in round 24, opened in round 29).

Writes, next to this script:
  NNN-quirk-words.eml  raw RFC 5322 messages (CRLF line endings), NNN = 001..070,
                       numbered in order of their Date header (Dec 2026 - Jan 2027)
  labels.json          {"NNN-quirk-words.eml": {"type", "lang", "fields", "note"}}

Python standard library only.  Nothing is random: Message-IDs, boundaries,
queue ids and attachment bytes are hashed from each mail's slug, zip entries
carry fixed timestamps, and JSON keys are sorted, so every run rewrites
byte-identical files.

Label schema (same as tests' reference corpus): type, lang (id|en|mixed),
fields {course_code, course_name, changes {field: new value}, title, scope,
publish_at (ISO 8601 with the offset the writer used; WIB +07:00 by default)},
note.  Change keys used: fullname, shortname, idnumber, lecturer, class,
semester, credits, enrolment_key, summary, startdate, enddate, visible,
category, section_name.  Values are kept as the writer wrote them.

Every body below was written by hand for this part; the code around them only
wraps them the way the named mail client or robot would.
"""

import base64
import datetime as dt
import hashlib
import html
import io
import json
import os
import re
import sys
import zipfile
from email import quoprimime
from email.utils import formataddr

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
HELPDESK = "helpdesk-p4m@polibatam.ac.id"
CRLF = b"\r\n"

DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS_EN_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_EN_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]
DAYS_ID = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
DAYS_ID_LONG = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS_ID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MONTHS_ID_LONG = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
                  "September", "Oktober", "November", "Desember"]


# --------------------------------------------------------------------------
# deterministic helpers
# --------------------------------------------------------------------------

def _h(slug, salt):
    return hashlib.sha256(("part37|%s|%s" % (slug, salt)).encode("utf-8")).digest()


def hx(slug, salt, n):
    out, i = "", 0
    while len(out) < n:
        out += _h(slug, "%s#%d" % (salt, i)).hex()
        i += 1
    return out[:n]


def num(slug, salt, lo, hi):
    return lo + int.from_bytes(_h(slug, salt)[:8], "big") % (hi - lo + 1)


def alnum(slug, salt, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    v = int.from_bytes(_h(slug, salt) + _h(slug, salt + "+"), "big")
    out = ""
    for _ in range(n):
        v, r = divmod(v, len(alphabet))
        out += alphabet[r]
    return out


def parse_date(s):
    """'2026-12-02 07:48:19' or '2026-12-15 11:30:12 +0500' -> aware datetime."""
    parts = s.split()
    off = parts[2] if len(parts) > 2 else "+0700"
    sign = 1 if off[0] == "+" else -1
    tz = dt.timezone(sign * dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    return dt.datetime.strptime(parts[0] + " " + parts[1], "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)


def rfc_date(d, pad=False):
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = ("%02d" if pad else "%d") % d.day
    return "%s, %s %s %d %s %s%02d%02d" % (DAYS_EN[d.weekday()], day, MONTHS_EN[d.month - 1], d.year,
                                          d.strftime("%H:%M:%S"), sign, mins // 60, mins % 60)


def wib(d):
    return d.astimezone(dt.timezone(dt.timedelta(hours=7)))


# --------------------------------------------------------------------------
# headers
# --------------------------------------------------------------------------

def ew(text, charset="UTF-8", enc="B"):
    """RFC 2047 encoded words, each at most 75 characters, split on characters."""
    pyc = {"utf-8": "utf-8", "iso-8859-1": "latin-1"}[charset.lower()]

    def one(s):
        b = s.encode(pyc)
        if enc == "B":
            payload = base64.b64encode(b).decode("ascii")
        else:
            payload = "".join(chr(c) if (c < 128 and (chr(c).isalnum() or chr(c) in "!*+-/"))
                              else ("_" if c == 32 else "=%02X" % c) for c in b)
        return "=?%s?%s?%s?=" % (charset, enc, payload)

    words, cur = [], ""
    for ch in text:
        if cur and len(one(cur + ch)) > 70:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return " ".join(words)


def subj(text, charset="UTF-8", enc="B"):
    return text if text.isascii() else ew(text, charset, enc)


def addr(name, address, charset="UTF-8", enc="B", quote_always=False):
    if not name:
        return address
    if not name.isascii():
        return "%s <%s>" % (ew(name, charset, enc), address)
    if quote_always:
        return '"%s" <%s>' % (name, address)
    return formataddr((name, address))


def fold(name, value):
    """Fold one header at spaces so that no line exceeds 78 characters."""
    assert value.isascii(), (name, value)
    line = "%s: %s" % (name, value)
    if len(line) <= 78:
        return line.encode("ascii")
    words = value.split(" ")
    lines, cur = [], name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > 78 and cur.strip() and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    return "\r\n".join(lines).encode("ascii")


# --------------------------------------------------------------------------
# MIME tree: ("leaf", headers, body_bytes) / ("multi", headers, boundary, parts, preamble)
# --------------------------------------------------------------------------

def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def encode_text(text, cte, charset="utf-8"):
    if not text.endswith("\n"):
        text += "\n"
    pyc = {"utf-8": "utf-8", "us-ascii": "ascii", "iso-8859-1": "latin-1"}[charset.lower()]
    data = text.encode(pyc)
    if cte == "7bit":
        assert text.isascii()
        return crlf(text).encode("ascii")
    if cte == "8bit":
        return crlf(data.decode(pyc)).encode(pyc)
    if cte == "quoted-printable":
        enc = quoprimime.body_encode(data.decode("latin-1"), maxlinelen=76, eol="\n")
        if not enc.endswith("\n"):
            enc += "\n"
        return crlf(enc).encode("ascii")
    if cte == "base64":
        raw = crlf(data.decode(pyc)).encode(pyc)
        return crlf(base64.encodebytes(raw).decode("ascii")).encode("ascii")
    raise ValueError(cte)


def text_leaf(text, subtype="plain", cte="quoted-printable", charset="utf-8", extra="", more=()):
    ctype = 'text/%s; charset="%s"%s' % (subtype, charset, extra)
    hs = [("Content-Type", ctype), ("Content-Transfer-Encoding", cte)] + list(more)
    return ("leaf", hs, encode_text(text, cte, charset))


def bin_leaf(data, ctype, filename, disposition="attachment", more=()):
    hs = [("Content-Type", '%s; name="%s"' % (ctype, filename)),
          ("Content-Disposition", '%s; filename="%s"' % (disposition, filename)),
          ("Content-Transfer-Encoding", "base64")] + list(more)
    return ("leaf", hs, crlf(base64.encodebytes(data).decode("ascii")).encode("ascii"))


def multi(subtype, boundary, parts, preamble=None, extra=""):
    hs = [("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, extra))]
    return ("multi", hs, boundary, parts, preamble)


def rfc822_leaf(inner_bytes, filename=None, disposition="attachment"):
    hs = [("Content-Type", "message/rfc822" + ('; name="%s"' % filename if filename else ""))]
    if disposition:
        hs.append(("Content-Disposition", disposition + ('; filename="%s"' % filename if filename else "")))
    return ("leaf", hs, inner_bytes)


def serialize_body(node):
    if node[0] == "leaf":
        return node[2]
    _, _, boundary, parts, preamble = node
    out = bytearray()
    if preamble:
        out += crlf(preamble).encode("ascii") + CRLF
    for p in parts:
        out += b"--" + boundary.encode("ascii") + CRLF
        out += serialize_part(p)
        if not out.endswith(CRLF):
            out += CRLF
    out += b"--" + boundary.encode("ascii") + b"--" + CRLF
    return bytes(out)


def serialize_part(node):
    out = bytearray()
    for k, v in node[1]:
        out += fold(k, v) + CRLF
    out += CRLF
    out += serialize_body(node)
    return bytes(out)


def message(headers, root):
    """headers: list of (name, value); the token ('BODY', None) marks where the root's
    content headers go (default: at the end)."""
    out = bytearray()
    placed = False
    for k, v in headers:
        if k == "BODY":
            for rk, rv in root[1]:
                out += fold(rk, rv) + CRLF
            placed = True
            continue
        out += fold(k, v) + CRLF
    if not placed:
        for rk, rv in root[1]:
            out += fold(rk, rv) + CRLF
    out += CRLF
    out += serialize_body(root)
    return bytes(out)


# --------------------------------------------------------------------------
# HTML renderers (what each client sends as its text/html part)
# --------------------------------------------------------------------------

URL_RE = re.compile(r"(https?://[^\s<>\"]+[^\s<>\".,;:!?)])")


def _esc(line):
    e = html.escape(line, quote=False)
    return URL_RE.sub(r'<a href="\1">\1</a>', e)


def _groups(lines):
    i = 0
    while i < len(lines):
        if lines[i].startswith(">"):
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                s = lines[i][1:]
                q.append(s[1:] if s.startswith(" ") else s)
                i += 1
            yield ("quote", q)
        else:
            yield ("text", lines[i])
            i += 1


def html_gmail(text):
    def render(lines):
        out = []
        for kind, val in _groups(lines):
            if kind == "quote":
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>'
                           % render(val))
            elif val == "-- ":
                out.append('<span class="gmail_signature_prefix">-- </span><br>')
            elif not val.strip():
                out.append("<div><br></div>")
            else:
                out.append("<div>%s</div>" % _esc(val))
        return "\n".join(out)
    return '<div dir="ltr">%s</div>\n' % render(text.rstrip("\n").split("\n"))


def html_outlook(text, lang="IN"):
    def render(lines):
        out = []
        for kind, val in _groups(lines):
            if kind == "quote":
                out.append('<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;'
                           'padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt">%s</blockquote>' % render(val))
            elif not val.strip():
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            elif set(val.strip()) == {"_"}:
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                           '</div>')
            else:
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _esc(val))
        return "\n".join(out)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
            '--></style>\n</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (lang, render(text.rstrip("\n").split("\n"))))


def html_simple(text, div='<div dir="auto">%s</div>', blank='<div dir="auto"><br></div>'):
    out = []
    for kind, val in _groups(text.rstrip("\n").split("\n")):
        if kind == "quote":
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s'
                       '</blockquote>' % html_simple("\n".join(val), div, blank))
        elif not val.strip():
            out.append(blank)
        else:
            out.append(div % _esc(val))
    return "\n".join(out)


def flow(text, width=72):
    """RFC 3676 format=flowed: soft-wrap long unquoted lines with a trailing space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">") or line == "-- ":
            out.append(line)
            continue
        cur = ""
        for w in line.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)


# --------------------------------------------------------------------------
# attachments built byte by byte
# --------------------------------------------------------------------------

def _zip(files, when=(2026, 12, 1, 8, 0, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            zf.writestr(zi, data)
    return buf.getvalue()


def docx_bytes(paragraphs, title, when):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
          'officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-'
          'package.core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
            'metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    body = []
    for p in paragraphs:
        if isinstance(p, tuple):  # table row
            cells = "".join('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr><w:p><w:r><w:t '
                            'xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                            % (3000 if i == 0 else 6000, html.escape(c)) for i, c in enumerate(p))
            body.append('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr><w:tr>%s</w:tr></w:tbl>'
                        % cells)
        elif p.startswith("# "):
            body.append('<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
                        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p[2:]))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           '%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % "".join(body))
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title>'
            '<dc:creator>Politeknik Negeri Batam</dc:creator></cp:coreProperties>' % html.escape(title))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core),
                 ("word/document.xml", doc)], when)


def _pdf_esc(s):
    return s.encode("latin-1").decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(lines, title, stamp):
    """One-page PDF 1.4, Helvetica text objects, valid xref table."""
    ops = ["BT", "/F1 10.5 Tf", "14 TL", "56 790 Td"]
    for ln in lines:
        if ln.startswith("# "):
            ops += ["/F2 12 Tf", "(%s) Tj" % _pdf_esc(ln[2:]), "T*", "/F1 10.5 Tf"]
        else:
            ops += ["(%s) Tj" % _pdf_esc(ln), "T*"]
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
            ("<< /Title (%s) /Producer (Microsoft\xae Word 2019) /CreationDate (D:%s) >>"
             % (_pdf_esc(title), stamp)).encode("latin-1")]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, len(objs), xref))
    return bytes(out)


CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# --------------------------------------------------------------------------
# mail clients
# --------------------------------------------------------------------------

def received(e, d, helo, ip, by="mx.polibatam.ac.id (Postfix)"):
    rd = wib(d + dt.timedelta(seconds=num(e["slug"], "lag", 1, 9)))
    return ("Received", "from %s (%s [%s]) by %s with ESMTPS id %s for <%s>; %s"
            % (helo, helo, ip, by, alnum(e["slug"], "qid", 11).upper(), e.get("rcpt", HELPDESK),
               rfc_date(rd) + " (WIB)"))


def base_headers(e, d):
    hs = [("Return-Path", "<%s>" % e.get("envelope", e["frm"][1]))]
    return hs


def gmail_mid(slug):
    return "<CA%s@mail.gmail.com>" % alnum(slug, "gmid", 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")


def common_from_to(e, charset="UTF-8", enc="B", to=None, quote=False):
    hs = [("From", addr(e["frm"][0], e["frm"][1], charset, enc, quote))]
    if e.get("reply_to"):
        hs.append(("Reply-To", addr(e["reply_to"][0], e["reply_to"][1], charset, enc)))
    hs.append(("To", to or e.get("to") or HELPDESK))
    if e.get("cc"):
        hs.append(("Cc", e["cc"]))
    return hs


def with_attachments(e, body_node, boundary):
    if not e.get("attach"):
        return body_node
    parts = [body_node]
    for a in e["attach"]:
        parts.append(a)
    return multi("mixed", boundary, parts)


def build_gmail(e, mobile=False):
    s, d = e["slug"], parse_date(e["date"])
    text = e["body"]
    b1 = "000000000000" + hx(s, "b1", 16)
    alt = multi("alternative", b1, [
        text_leaf(text, "plain", "quoted-printable" if not text.isascii() or max(map(len, text.split("\n"))) > 76 else "7bit", "UTF-8"),
        text_leaf(html_gmail(text), "html", "quoted-printable", "UTF-8")])
    root = with_attachments(e, alt, "000000000000" + hx(s, "b2", 16))
    hs = base_headers(e, d) + [
        received(e, d, "mail-%s.google.com" % ("pj1-f%d" % num(s, "g", 41, 99)),
                 "209.85.216.%d" % num(s, "ip", 10, 99), "mx.polibatam.ac.id (Postfix)"),
        ("MIME-Version", "1.0"),
        ("Date", rfc_date(d)),
        ("Message-ID", gmail_mid(s))]
    if e.get("in_reply_to"):
        hs += [("In-Reply-To", e["in_reply_to"]), ("References", e["in_reply_to"])]
    hs += [("Subject", subj(e["subject"]))] + common_from_to(e) + [("BODY", None)]
    return message(hs, root)


def build_outlook(e):
    s, d = e["slug"], parse_date(e["date"])
    text = e["body"]
    host = "SG2PR0%dMB%04d" % (num(s, "h1", 1, 6), num(s, "h2", 1000, 9999))
    mid = "<%s%s@%s.apcprd0%d.prod.outlook.com>" % (host, hx(s, "mid", 20).upper(), host, num(s, "h1", 1, 6))
    b1 = "_000_%s%s_" % (host, hx(s, "mid", 20).upper())
    cs = "us-ascii" if text.isascii() else "utf-8"
    alt = multi("alternative", b1, [
        text_leaf(text, "plain", "quoted-printable", cs),
        text_leaf(html_outlook(text, e.get("html_lang", "IN")), "html", "quoted-printable", "utf-8")])
    root = with_attachments(e, alt, "_004_%s%s_" % (host, hx(s, "mid", 20).upper()))
    tt = e["subject"]
    for pre in ("RE: ", "FW: ", "Re: ", "Fw: "):
        if tt.startswith(pre):
            tt = tt[len(pre):]
    hs = base_headers(e, d) + [
        received(e, d, "%s.outbound.protection.outlook.com" % ("APC01-SG2-obe" if num(s, "o", 0, 1) else "APC01-PSA-obe"),
                 "40.107.%d.%d" % (num(s, "ip1", 100, 255), num(s, "ip2", 1, 250)))]
    hs += common_from_to(e, "utf-8", "B", to=e.get("to") or '"%s" <%s>' % (HELPDESK, HELPDESK), quote=True)
    hs += [("Subject", subj(e["subject"], "utf-8", "B")),
           ("Thread-Topic", subj(tt, "utf-8", "B")),
           ("Thread-Index", base64.b64encode(b"\x01\xdb" + _h(s, "ti")[:20]).decode("ascii")),
           ("Date", rfc_date(d)),
           ("Message-ID", mid)]
    if e.get("in_reply_to"):
        hs += [("References", e["in_reply_to"]), ("In-Reply-To", e["in_reply_to"])]
    hs += [("Accept-Language", "id-ID, en-US"),
           ("Content-Language", e.get("content_language", "id-ID")),
           ("X-MS-Has-Attach", "yes" if e.get("attach") else ""),
           ("X-MS-TNEF-Correlator", ""),
           ("BODY", None),
           ("MIME-Version", "1.0")]
    return message(hs, root)


def build_thunderbird(e):
    s, d = e["slug"], parse_date(e["date"])
    text = flow(e["body"])
    cte = "7bit" if text.isascii() else "8bit"
    leaf = text_leaf(text, "plain", cte, "UTF-8", "; format=flowed")
    root = leaf
    if e.get("attach"):
        root = multi("mixed", "------------%s" % alnum(s, "tb", 24, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
                     [leaf] + e["attach"], preamble="This is a multi-part message in MIME format.")
    mid = "<%s-%s-%s-%s-%s@%s>" % (hx(s, "u1", 8), hx(s, "u2", 4), hx(s, "u3", 4), hx(s, "u4", 4),
                                  hx(s, "u5", 12), e["frm"][1].split("@")[1])
    hs = base_headers(e, d) + [
        received(e, d, "mail.polibatam.ac.id", "103.143.71.%d" % num(s, "ip", 2, 250)),
        ("Message-ID", mid),
        ("Date", rfc_date(d)),
        ("MIME-Version", "1.0"),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", e.get("content_language", "id"))]
    if e.get("in_reply_to"):
        hs += [("References", e["in_reply_to"]), ("In-Reply-To", e["in_reply_to"])]
    hs += common_from_to(e, "UTF-8", "Q", to=e.get("to") or "Helpdesk P4M <%s>" % HELPDESK)
    hs += [("Subject", subj(e["subject"], "UTF-8", "Q")), ("BODY", None)]
    return message(hs, root)


def build_iphone(e):
    s, d = e["slug"], parse_date(e["date"])
    leaf = text_leaf(e["body"], "plain", "quoted-printable", "utf-8")
    root = leaf
    if e.get("attach"):
        root = multi("mixed", "Apple-Mail-%s-%s-%s-%s-%s" % (hx(s, "a1", 8).upper(), hx(s, "a2", 4).upper(),
                                                         hx(s, "a3", 4).upper(), hx(s, "a4", 4).upper(),
                                                         hx(s, "a5", 12).upper()), [leaf] + e["attach"])
    mid = "<%s-%s-%s-%s-%s@%s>" % (hx(s, "u1", 8).upper(), hx(s, "u2", 4).upper(), hx(s, "u3", 4).upper(),
                                  hx(s, "u4", 4).upper(), hx(s, "u5", 12).upper(), e["frm"][1].split("@")[1])
    hs = base_headers(e, d) + [
        received(e, d, "mail-pf1-f%d.google.com" % num(s, "g", 41, 99), "209.85.210.%d" % num(s, "ip", 10, 99)),
        ("BODY", None),
        ("From", addr(e["frm"][0], e["frm"][1], "utf-8", "Q")),
        ("Mime-Version", "1.0 (1.0)"),
        ("Date", rfc_date(d)),
        ("Subject", subj(e["subject"], "utf-8", "Q")),
        ("Message-Id", mid)]
    if e.get("in_reply_to"):
        hs += [("References", e["in_reply_to"]), ("In-Reply-To", e["in_reply_to"])]
    hs += [("To", HELPDESK), ("X-Mailer", "iPhone Mail (22C161)")]
    return message(hs, root)


def build_samsung(e):
    s, d = e["slug"], parse_date(e["date"])
    text = e["body"]
    b = "--_com.samsung.android.email_%d%d" % (num(s, "sb1", 10 ** 8, 10 ** 9), num(s, "sb2", 10 ** 5, 10 ** 6))
    alt = multi("alternative", b, [text_leaf(text, "plain", "base64", "UTF-8"),
                                   text_leaf('<html><head><meta http-equiv="Content-Type" content="text/html; '
                                             'charset=UTF-8"></head><body>%s</body></html>' % html_simple(text),
                                             "html", "base64", "UTF-8")])
    hs = base_headers(e, d) + [
        received(e, d, "mail-yb1-f%d.google.com" % num(s, "g", 41, 99), "209.85.219.%d" % num(s, "ip", 10, 99)),
        ("Message-ID", "<%s@email.android.com>" % alnum(s, "smid", 22)),
        ("Date", rfc_date(d)),
        ("Subject", subj(e["subject"])),
        ("From", addr(e["frm"][0], e["frm"][1])),
        ("To", "Helpdesk P4M <%s>" % HELPDESK),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Samsung Email"),
        ("BODY", None)]
    return message(hs, alt)


def build_yahoo(e):
    s, d = e["slug"], parse_date(e["date"])
    text = e["body"]
    ts = int(d.timestamp() * 1000)
    b = "----=_Part_%d_%d.%d" % (num(s, "y1", 10 ** 6, 10 ** 7), num(s, "y2", 10 ** 8, 10 ** 9), ts)
    alt = multi("alternative", b, [
        text_leaf(text, "plain", "quoted-printable", "UTF-8"),
        text_leaf('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica '
                  'Neue, Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>'
                  % (hx(s, "ydp", 8), html_simple(text, '<div dir="ltr" data-setdir="false">%s</div>',
                                                  '<div dir="ltr" data-setdir="false"><br></div>')),
                  "html", "quoted-printable", "UTF-8")])
    hs = base_headers(e, d) + [
        received(e, d, "sonic%d-%d.consmr.mail.sg3.yahoo.com" % (num(s, "y3", 301, 330), num(s, "y4", 20, 29)),
                 "106.10.%d.%d" % (num(s, "ip1", 240, 250), num(s, "ip2", 1, 250))),
        ("Date", rfc_date(d)),
        ("From", addr(e["frm"][0], e["frm"][1])),
        ("To", '"%s" <%s>' % (HELPDESK, HELPDESK)),
        ("Message-ID", "<%d.%d.%d@mail.yahoo.com>" % (num(s, "y5", 10 ** 8, 10 ** 9), num(s, "y6", 10 ** 6, 10 ** 7), ts)),
        ("Subject", subj(e["subject"])),
        ("MIME-Version", "1.0"),
        ("BODY", None),
        ("X-Mailer", "WebService/1.1.23040 YMailNorrin")]
    return message(hs, alt)


BUILDERS = dict({"gmail": build_gmail, "outlook": build_outlook, "thunderbird": build_thunderbird,
                 "iphone": build_iphone, "samsung": build_samsung, "yahoo": build_yahoo})


# --------------------------------------------------------------------------
# quoting helpers (weekday names are computed from the dates)
# --------------------------------------------------------------------------

def _qd(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone(dt.timedelta(hours=7)))


def q(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n"))


def gq(when, name, address):
    d = _qd(when)
    return "Pada %s, %d %s %d pukul %02d.%02d %s <%s>\nmenulis:" % (
        DAYS_ID[d.weekday()], d.day, MONTHS_ID[d.month - 1], d.year, d.hour, d.minute, name, address)


def gfwd(when, name, address, subject, to):
    d = _qd(when)
    return ("---------- Pesan terusan ---------\nDari: %s <%s>\nDate: %s, %d %s %d pukul %02d.%02d\n"
            "Subject: %s\nTo: %s" % (name, address, DAYS_ID[d.weekday()], d.day, MONTHS_ID[d.month - 1],
                                     d.year, d.hour, d.minute, subject, to))


def oq(when, name, address, subject, to):
    d = _qd(when)
    return "\n".join(["_" * 32, "Dari: %s <%s>" % (name, address),
                      "Dikirim: %s, %02d %s %d %02d.%02d" % (DAYS_ID_LONG[d.weekday()], d.day,
                                                           MONTHS_ID_LONG[d.month - 1], d.year, d.hour, d.minute),
                      "Kepada: %s" % to, "Subjek: %s" % subject])


EMAILS = []


def add(**kw):
    EMAILS.append(kw)


# === MAILS ===

# ==========================================================================
# course_data (22)
# ==========================================================================

add(slug="manado-ganti-pengampu-mikrokontroler", type="course_data", lang="id",
    date="2026-12-03 19:05:37", client="gmail",
    frm=("Stevanus Rumengan", "stevanus.rumengan@polibatam.ac.id"),
    subject="Ganti dosen pengampu Mikrokontroler (TRE2105)",
    fields={"course_code": "TRE2105", "course_name": "Mikrokontroler",
            "changes": {"lecturer": "Meiske Lumenta, S.T., M.Eng."}},
    note="Manado Malay (kita = saya, ngana, so, nyanda). The class is explicitly left unchanged.",
    body="""Malam Tim P4M,

Kita mo minta tolong dang. Course Mikrokontroler (TRE2105) di e-learning itu
masih tulis kita sebagai dosen pengampu, padahal mulai pertemuan 12 so nyanda
kita yang ajar. Kita dapa tugas ke Manado sampe akhir semester, jadi yang
lanjut ajar itu Bu Meiske.

Tolong ganti dosen pengampu jadi: Meiske Lumenta, S.T., M.Eng.

Kelas tetap TRE-2B, nyanda usah diganti. Kalo ngana perlu surat dari Kaprodi,
bilang jo, nanti kita minta pa dia.

Makase banyak neh, Tuhan berkati.

--
Stevanus Rumengan, S.T., M.T.
Dosen Prodi Teknologi Rekayasa Elektronika
Politeknik Negeri Batam
""")

add(slug="betawi-enrol-key-bocor-keamjar", type="course_data", lang="id",
    date="2026-12-04 10:37:02", client="gmail",
    frm=("Rizky Saputra", "rizky.saputra@polibatam.ac.id"),
    subject="enrol key keamjar ganti dong",
    fields={"course_code": "RKS2204", "course_name": "Keamanan Jaringan",
            "changes": {"enrolment_key": "KJ-rks#2627"}},
    note="Betawi/Jakarta slang; a lab technician writing on the lecturer's behalf.",
    body="""Pagi mas/mbak helpdesk,

Gue Rizky, laboran Lab Jaringan. Disuruh Pak Yudi nih buat ganti enrolment key
course Keamanan Jaringan (RKS2204). Key yang lama udah bocor ke grup angkatan
sebelah, jadi anak-anak yang kagak ngambil MK ini pada ikut masuk, kacau dah.

Key barunya: KJ-rks#2627

Tolong dong diganti hari ini kalo bisa, soalnya besok Sabtu ada kuis. Yang udah
terlanjur masuk biar Pak Yudi aja yang ngeluarin sendiri, kagak usah diapa-apain
sama P4M. Gue sih cuma nyampein doang ye.

Makasih ye!

Rizky
Laboran Lab Jaringan, Gedung Utama lt. 7
""")

add(slug="sunda-punten-nama-singkat-bisnis", type="course_data", lang="id",
    date="2026-12-07 09:05:44", client="outlook",
    frm=("Euis Nurhayati", "euis.nurhayati@polibatam.ac.id"),
    subject="Punten, perubahan nama MK Bahasa Inggris Bisnis (MB1107)",
    fields={"course_code": "MB1107", "course_name": "Bahasa Inggris Bisnis",
            "changes": {"fullname": "English for Business Communication", "shortname": "MB1107-EBC"}},
    note="Sundanese-flavoured polite Indonesian (punten, teh, mah, mangga, hatur nuhun).",
    body="""Punten, Bapak/Ibu di Helpdesk P4M,

Mohon maaf mengganggu waktunya. Saya Euis Nurhayati, pengampu MK Bahasa Inggris
Bisnis (MB1107) di prodi Manajemen Bisnis. Mulai semester Genap 2026/2027 nama
MK-nya teh berubah sesuai kurikulum OBE yang baru, jadi mohon dibantu diubah di
e-learning:

- Nama lengkap (full name): English for Business Communication
- Nama singkat (short name): MB1107-EBC

Kode MK-nya tetap MB1107. Isi course mah tidak usah diubah, nanti saya rapikan
sendiri.

Upami aya formulir nu kedah dieusian, mangga kabari saja, nanti saya isi.

Hatur nuhun pisan atas bantuannya.

Wassalam,
Euis Nurhayati, S.Pd., M.Hum.
Dosen Program Studi Administrasi Bisnis Terapan
Politeknik Negeri Batam
""")

add(slug="bugis-sks-semester-gambar-teknik", type="course_data", lang="id",
    date="2026-12-08 13:22:15", client="yahoo",
    frm=("Arfandi Daeng Nai", "arfandi.dg.nai@yahoo.co.id"),
    subject="Tabe', SKS sama semester Gambar Teknik",
    fields={"course_code": "MS1103", "course_name": "Gambar Teknik",
            "changes": {"credits": "3", "semester": "Genap 2026/2027"}},
    note="Bugis-Makassar particles (ji, mi, di', ka, tabe'). Sent from a personal Yahoo address.",
    body="""Assalamualaikum. Tabe' Bapak/Ibu P4M,

Mau ka minta tolong di'. Course Gambar Teknik (MS1103) di e-learning, SKS-nya
masih tertulis 2 padahal di kurikulum baru 3 SKS mi. Sama semesternya juga
masih Ganjil 2025/2026, tolong diganti jadi Genap 2026/2027 karena itu course
mau ji dipakai lagi semester depan, tidak usah bikin baru.

Jadi ringkasnya:
SKS: 3
Semester: Genap 2026/2027

Itu ji saja. Kalau ada yang kurang, kasih tau ka nah. Maaf pakai email pribadi,
email kampus ku lagi tidak bisa dibuka di HP.

Terima kasih banyak, tabe'.

Arfandi Daeng Nai, S.T., M.T.
Jurusan Teknik Mesin
""")

add(slug="medan-wa-deskripsi-perpajakan", type="course_data", lang="id",
    date="2026-12-09 21:40:08", client="iphone",
    frm=("Hendrik Tanoto", "hendrik.tanoto@polibatam.ac.id"),
    subject="Deskripsi course Akuntansi Perpajakan",
    fields={"course_code": "AK3105", "course_name": "Akuntansi Perpajakan",
            "changes": {"summary": "Mata kuliah ini membahas ketentuan umum perpajakan, PPh orang pribadi dan badan, PPN dan PPnBM, serta pengisian SPT Tahunan menggunakan e-Filing dan Coretax DJP."}},
    note="Medan Chinese-Indonesian (wa, kam, kali, pigi, kamsia). The phone number and travel plans are not course data.",
    body="""Halo tim P4M,

Wa mau minta tolong ya. Deskripsi course Akuntansi Perpajakan (AK3105) di e-learning masih pakai yang lama kali, masih ada tulisan tarif PPh yang udah gak berlaku. Kam tolong ganti deskripsinya jadi ini:

"Mata kuliah ini membahas ketentuan umum perpajakan, PPh orang pribadi dan badan, PPN dan PPnBM, serta pengisian SPT Tahunan menggunakan e-Filing dan Coretax DJP."

Udah itu aja. Besok pagi wa pigi ke Medan, balik Senin. Kalo ada yang perlu ditanya WA aja ke 0812-6611-2093 ya, jangan telpon, wa di pesawat.

Kamsia!
Hendrik

Dikirim dari iPhone saya
""")

add(slug="pesantren-afwan-tanggal-mulai-pai", type="course_data", lang="id",
    date="2026-12-10 14:02:51", client="gmail",
    frm=("Ahmad Fathurrahman", "ahmad.fathurrahman@polibatam.ac.id"),
    subject="Mohon bantuan tanggal mulai & berakhir course PAI (UM1101)",
    fields={"course_code": "UM1101", "course_name": "Pendidikan Agama Islam",
            "changes": {"startdate": "1 Februari 2027", "enddate": "30 Juni 2027"}},
    note="Pesantren-style Arabic politeness (afwan, antum, ana, syukron, barakallahu fiik). Course start/end dates kept as written.",
    body="""Assalamu'alaikum warahmatullahi wabarakatuh,

Afwan mengganggu waktu antum, Tim Helpdesk P4M yang ana hormati. Semoga Allah
senantiasa memudahkan urusan antum semua.

Ana mohon bantuan untuk course Pendidikan Agama Islam (UM1101) kelas gabungan
semester Genap 2026/2027. Tanggal mulai dan berakhirnya course masih mengikuti
semester lalu, sehingga course tersebut sudah tidak tampil di dasbor mahasiswa.
Mohon diubah menjadi:

Tanggal mulai (course start date): 1 Februari 2027
Tanggal berakhir (course end date): 30 Juni 2027

Isi course dan daftar mahasiswa insya Allah ana urus sendiri.

Syukron katsiron atas bantuannya. Barakallahu fiik.

Wassalamu'alaikum warahmatullahi wabarakatuh,

-- 
Ust. Ahmad Fathurrahman, Lc., M.Pd.I.
Dosen Pendidikan Agama Islam - Mata Kuliah Umum
Politeknik Negeri Batam
""")

add(slug="vietnam-lecturer-fullname-english", type="course_data", lang="en",
    date="2026-12-08 16:47:30", client="outlook",
    frm=("Nguyen Thi Thu Hang", "hang.nguyenthithu@hust.edu.vn"),
    subject="Request change course name to English - EL3206",
    content_language="en-US",
    fields={"course_code": "EL3206", "course_name": "Sistem Tertanam",
            "changes": {"fullname": "Embedded Systems Design"}},
    note="Vietnamese visiting lecturer writing English from her home university's Microsoft 365 account.",
    body="""Dear P4M Helpdesk team,

I am Nguyen Thi Thu Hang, visiting lecturer from Hanoi University of Science and Technology. This semester I teach the course Sistem Tertanam (code EL3206) for international class.

Because all students in my class are from IUP program and the materials is in English, I would like to ask you help change the course full name on e-learning to English. The new full name is:

Embedded Systems Design

Other information of course (code, lecturer, class) please keep the same. I checked with Mr. Hendra (Head of Study Program) already and he agree.

Thank you very much for your support and sorry to trouble you.

Best regards,
Nguyen Thi Thu Hang (Ms.)
Visiting Lecturer, Electrical Engineering Department
Politeknik Negeri Batam / Hanoi University of Science and Technology
""")

add(slug="thai-krub-judul-topik-5-robotika", type="course_data", lang="en",
    date="2026-12-14 10:20:18", client="gmail",
    frm=("Kittipong Srisawat", "kittipong.sr@kmitl.ac.th"),
    subject="Please help change topic title in Industrial Robotics course",
    fields={"course_code": "MKA3104", "course_name": "Industrial Robotics",
            "changes": {"section_name": "Week 5: Robot Kinematics and Trajectory Planning"}},
    note="Thai exchange lecturer (krub). The change is the title of topic/section 5. Also asks for the editing-teacher role (an elearning_support task) as a secondary request.",
    body="""Sawasdee krub P4M team,

My name is Kittipong Srisawat, exchange lecturer from King Mongkut's Institute of Technology Ladkrabang. Now I am teaching Industrial Robotics (MKA3104) with Mekatronika students krub.

I have small problem. In the course page the topic 5 have title "Topic 5" only, and I cannot edit it because my role is non-editing teacher (I think so). Could you please change the title of topic 5 to:

Week 5: Robot Kinematics and Trajectory Planning

Also if possible please change my role to editing teacher, so next time I can change by myself and not disturb you krub.

Thank you very much krub,
Kittipong

--
Asst. Prof. Kittipong Srisawat, D.Eng.
Exchange Lecturer, Mechatronics Engineering
""")

add(slug="pakistan-lahore-kategori-shortname", type="course_data", lang="en",
    date="2026-12-15 11:30:12 +0500", client="gmail",
    frm=("Dr. Muhammad Usman Qureshi", "usman.qureshi@polibatam.ac.id"),
    subject="Request for change in course category and short name - IF3208",
    fields={"course_code": "IF3208", "course_name": "Machine Learning",
            "changes": {"category": "International Class - Genap 2026/2027", "shortname": "IF3208-ML-INT"}},
    note="Pakistani English (kindly do the needful, revert back). Sent from Lahore: Date header in +0500.",
    body="""Respected Sir/Madam,

Assalam-o-Alaikum. I hope this email finds you in the best of health.

I am Dr. Muhammad Usman Qureshi, visiting faculty in Informatics Engineering Department. Currently I am in Lahore for the winter break and will be back on 4th January, In sha Allah.

It is requested that following changes may kindly be made in my course Machine Learning (IF3208) before the start of next semester:

1. Course category: International Class - Genap 2026/2027
2. Short name: IF3208-ML-INT

The course is presently lying in the category of regular classes due to which the international students are unable to find it. Kindly do the needful at your earliest and revert back once done.

I shall be highly obliged.

Regards,

Dr. Muhammad Usman Qureshi
Assistant Professor (Visiting)
Informatics Engineering Department, Politeknik Negeri Batam
Cell: +92 300 4417628 | WhatsApp: +62 811 7730 412
""")

add(slug="nigeria-visibility-show-kelas", type="course_data", lang="en",
    date="2026-12-16 09:12:26", client="yahoo",
    frm=("Oluwaseun Adeyemi", "seun.adeyemi@yahoo.com"),
    subject="URGENT: Students cannot see my course (EL4102)",
    fields={"course_code": "EL4102", "course_name": "Renewable Energy Systems",
            "changes": {"visible": "Show", "class": "EL-4B"}},
    note="Nigerian English (Sir/Ma, trust this mail finds you well). The Friday test is not a course-data value.",
    body="""Good morning Sir/Ma,

Trust this mail finds you well. Well done for the good work you people are doing on the e-learning platform.

Please, I am writing in respect of my course Renewable Energy Systems (EL4102). The students are complaining that they cannot see the course at all. When I checked the settings, the course visibility is on Hide. Kindly help me to change the course visibility to Show.

Secondly, the class on the course page is written as EL-4A but the students I am taking are EL-4B. Please change the class to EL-4B.

I will be very grateful if this is treated as urgent as we have a test on Friday.

Thanks and God bless.

Dr. Oluwaseun Adeyemi
Visiting Lecturer, Department of Electrical Engineering
Politeknik Negeri Batam
""")

add(slug="dikte-suara-tanpa-tanda-baca", type="course_data", lang="id",
    date="2026-12-18 06:52:40", client="samsung",
    frm=("Bambang Wicaksono", "bambang.wicaksono@polibatam.ac.id"),
    subject="perubahan data mata kuliah",
    fields={"course_code": "IF2306", "course_name": "Analisa dan Perancangan Sistem",
            "changes": {"lecturer": "Ratna Sari Dewi", "credits": "4"}},
    note="Voice-to-text dictation: no punctuation, misheard words (pe empat em, cuti haji/studi), and two spoken self-corrections (the code and the credits: 3 then 4).",
    verbatim_skip=["course_code"],
    body="""selamat pagi tim pe empat em saya bambang dari jurusan teknik informatika saya mau minta tolong ubah data mata kuliah di e learning mata kuliahnya analisa dan perancangan sistem kodenya if 2106 eh salah maksud saya if 2306 dosennya sekarang masih nama saya tolong diganti jadi ibu ratna sari dewi karena mulai bulan depan saya cuti haji eh cuti studi maksudnya terus sks nya juga masih salah tolong jadi 3 eh bukan 3 tapi 4 sks sesuai kurikulum baru sekian dulu terima kasih banyak wassalam

Dikirim dari ponsel Samsung Galaxy saya.
""")

add(slug="markdown-bold-bullets-pbo", type="course_data", lang="mixed",
    date="2026-12-21 09:30:05", client="thunderbird",
    frm=("Dimas Anggara", "dimas.anggara@polibatam.ac.id"),
    subject="[Request] Update course data \u2013 Pemrograman Berorientasi Objek (RPL2203)",
    content_language="en-US",
    fields={"course_code": "RPL2203", "course_name": "Pemrograman Berorientasi Objek",
            "changes": {"fullname": "Object-Oriented Programming", "shortname": "RPL2203-OOP",
                        "enrolment_key": "oop-genap-2027"}},
    note="Markdown-formatted plain text (**bold**, '- ' bullets, `code`). Visibility and idnumber are explicitly to stay as they are.",
    body="""Halo tim P4M,

Mau request update data course buat semester genap. Detailnya:

**Course:** Pemrograman Berorientasi Objek (`RPL2203`)
**Dosen:** Dimas Anggara

**Changes:**
- **Full name** \u2192 `Object-Oriented Programming`
- **Short name** \u2192 `RPL2203-OOP`
- **Enrolment key** \u2192 `oop-genap-2027` (yang lama `pbo2026` please di-disable)
- **Visibility:** tetap *Show*, jangan di-hide ya

Kenapa English? Karena mulai Februari kelas ini jadi *bilingual class*, materinya full English.

> Note: jangan ubah `idnumber`, itu dipakai buat sync ke SIAKAD.

Thanks a lot!

\u2014 Dimas
""")

add(slug="spreadsheet-titik-koma-geomatika", type="course_data", lang="id",
    date="2026-12-17 15:05:33", client="outlook",
    frm=("Nur Aisyah", "nur.aisyah@polibatam.ac.id"),
    subject="Hasil cek data course e-learning Prodi Teknik Geomatika",
    fields={"course_code": "GM2206", "course_name": "Survei Hidrografi",
            "changes": {"lecturer": "Doni Kurniawan, S.T., M.Eng."}},
    note="Semicolon-separated rows pasted from a spreadsheet for four courses; only one row is marked for change.",
    body="""Yth. Helpdesk P4M,

Berikut hasil pengecekan data course e-learning Prodi Teknik Geomatika untuk semester Genap 2026/2027 (saya salin langsung dari spreadsheet rekap kami). Kolom terakhir adalah keterangan hasil cek.

Kode;Nama MK;Dosen di e-learning;Dosen sesuai SK;Keterangan
GM1201;Kartografi;Rahmat Hidayat, S.T., M.T.;Rahmat Hidayat, S.T., M.T.;OK
GM2204;Sistem Informasi Geografis;Yulia Pratiwi, S.T., M.Sc.;Yulia Pratiwi, S.T., M.Sc.;OK
GM2206;Survei Hidrografi;Yulia Pratiwi, S.T., M.Sc.;Doni Kurniawan, S.T., M.Eng.;PERLU DIUBAH
GM3202;Penginderaan Jauh;Fitri Handayani, S.Si., M.T.;Fitri Handayani, S.Si., M.T.;OK

Jadi hanya satu course yang perlu diperbaiki, yaitu GM2206 Survei Hidrografi: dosen pengampu diganti sesuai kolom "Dosen sesuai SK". Yang lain sudah sesuai, tidak perlu diubah.

Terima kasih atas kerja samanya.

Nur Aisyah, S.T.
Sekretaris Program Studi Teknik Geomatika
Politeknik Negeri Batam
""")

add(slug="reply-to-beda-admin-prodi-mesin", type="course_data", lang="id",
    date="2026-12-22 10:15:48", client="gmail",
    frm=("Admin Prodi Teknik Mesin", "prodi.mesin@polibatam.ac.id"),
    reply_to=("Bayu Prasetyo", "bayu.prasetyo@polibatam.ac.id"),
    subject="Koreksi kelas course Perpindahan Panas (MS3106)",
    fields={"course_code": "MS3106", "course_name": "Perpindahan Panas",
            "changes": {"class": "MS-3C"}},
    note="Sent from a shared study-programme account; Reply-To points to the lecturer.",
    body="""Selamat pagi Tim Helpdesk P4M,

Email ini saya kirim dari akun admin prodi atas permintaan Pak Bayu Prasetyo,
karena akun beliau sedang bermasalah. Balasan mohon langsung ke Pak Bayu (sudah
saya isi Reply-To ke alamat beliau).

Pada course Perpindahan Panas (MS3106) di e-learning, kelas yang tertera masih
MS-3A. Seharusnya kelas yang diajar Pak Bayu semester ini adalah MS-3C.
Mohon kelasnya diubah menjadi MS-3C.

Terima kasih.

Salam,
Dewi - Admin Prodi Teknik Mesin
Politeknik Negeri Batam
""")

add(slug="latin1-qp-soft-break-mekflu", type="course_data", lang="id",
    date="2026-12-11 19:48:03", client="wlm",
    frm=("Ir. Sutrisno Hadi", "sutrisno.hadi@polibatam.ac.id"),
    subject="Deskripsi MK Mekanika Fluida (satuan m\u00b3/s & \u00b0C)",
    fields={"course_code": "MS2207", "course_name": "Mekanika Fluida",
            "changes": {"summary": "Mata kuliah ini membahas sifat-sifat fluida, statika fluida, persamaan kontinuitas dan Bernoulli, aliran dalam pipa dengan debit 0,5 - 5 m\u00b3/s, serta pengaruh temperatur 20 - 80 \u00b0C terhadap viskositas fluida kerja."}},
    note="ISO-8859-1, quoted-printable with soft line breaks inside the new summary (m\u00b3, \u00b0C), from Windows Live Mail; subject in an ISO-8859-1 encoded word.",
    body="""Kepada Yth. Tim Helpdesk P4M

Dengan hormat,

Bersama ini saya mohon agar deskripsi (ringkasan) mata kuliah Mekanika Fluida, kode MS2207, pada e-learning diganti dengan teks berikut, karena deskripsi yang lama masih memakai satuan lama dan simbolnya rusak (tanda derajat dan pangkat tiga tidak tampil):

Mata kuliah ini membahas sifat-sifat fluida, statika fluida, persamaan kontinuitas dan Bernoulli, aliran dalam pipa dengan debit 0,5 - 5 m\u00b3/s, serta pengaruh temperatur 20 - 80 \u00b0C terhadap viskositas fluida kerja.

Mohon dipastikan simbol m\u00b3/s dan \u00b0C tampil dengan benar setelah diganti.

Atas perhatiannya saya ucapkan terima kasih.

Hormat saya,
Ir. Sutrisno Hadi, M.T.
Lab. Fenomena Dasar Mesin
""")

add(slug="docx-formulir-animasi-kategori", type="course_data", lang="id",
    date="2026-12-28 08:44:10", client="gmail",
    frm=("Lestari Wulandari", "lestari.wulandari@polibatam.ac.id"),
    subject="Formulir perubahan data MK - Animasi",
    fields={"course_code": "ANM2108", "course_name": "Animasi 3D Dasar",
            "changes": {"fullname": "Animasi 3D dan Rigging Dasar", "category": "Animasi > Genap 2026/2027"}},
    note="The request is only in the attached DOCX form; the body just points to it.",
    attach_docx=dict(name="Formulir_Perubahan_Data_MK_ANM2108.docx", title="Formulir Perubahan Data MK",
                     paragraphs=["# FORMULIR PERUBAHAN DATA IDENTITAS MATA KULIAH E-LEARNING",
                                 "# P4M Politeknik Negeri Batam",
                                 ("Nama Dosen", "Lestari Wulandari, S.Sn., M.Ds."),
                                 ("Program Studi", "Animasi"),
                                 ("Kode MK", "ANM2108"),
                                 ("Nama MK (saat ini)", "Animasi 3D Dasar"),
                                 ("Data yang diubah", "Nama lengkap MK; Kategori course"),
                                 ("Nama lengkap baru", "Animasi 3D dan Rigging Dasar"),
                                 ("Kategori baru", "Animasi > Genap 2026/2027"),
                                 ("Alasan perubahan", "Penyesuaian kurikulum 2026 (materi rigging masuk ke MK ini)"),
                                 "Batam, 27 Desember 2026",
                                 "Pemohon,",
                                 "Lestari Wulandari, S.Sn., M.Ds."]),
    body="""Selamat pagi,

Terlampir formulir perubahan data MK yang sudah saya isi. Mohon
ditindaklanjuti sebelum semester genap dimulai.

Terima kasih.

Lestari
""")

add(slug="zoho-html-only-praktisi-cloud", type="course_data", lang="mixed",
    date="2026-12-23 16:40:22", client="zoho",
    frm=("Kevin Sitorus", "kevin.sitorus@nusantaracloud.co.id"),
    subject="Rename + update description MK Cloud Computing (IF4105)",
    fields={"course_code": "IF4105", "course_name": "Cloud Computing",
            "changes": {"fullname": "Cloud Computing and DevOps",
                        "summary": "Students learn cloud service models, containerization with Docker, CI/CD pipelines, and infrastructure as code through weekly hands-on labs on a public cloud platform."}},
    note="HTML-only mail from Zoho Mail (no text/plain part); practitioner lecturer from industry.",
    html_paras=["Hi tim P4M,",
                "",
                "Saya Kevin Sitorus, dosen praktisi dari PT Nusantara Cloud Batam, ngajar MK <b>Cloud Computing (IF4105)</b> di prodi TI semester ini. Per diskusi dengan Kaprodi last week, course ini mulai Genap 2026/2027 di-rename dan description-nya di-update. Could you please help:",
                "",
                "<b>New full name:</b> Cloud Computing and DevOps",
                "<b>New description:</b> Students learn cloud service models, containerization with Docker, CI/CD pipelines, and infrastructure as code through weekly hands-on labs on a public cloud platform.",
                "",
                "Kalau butuh approval formal dari Kaprodi, please let me know, nanti saya minta beliau CC di thread ini.",
                "",
                "Cheers,",
                "Kevin Sitorus",
                "Cloud Engineer | PT Nusantara Cloud Batam",
                "Dosen Praktisi Prodi Teknik Informatika - Polibatam"],
    body="")

add(slug="mixed-hide-course-lama-data-mining", type="course_data", lang="mixed",
    date="2026-12-29 10:05:57", client="gmail",
    frm=("Yohanes Siahaan", "yohanes.siahaan@polibatam.ac.id"),
    subject="Please hide course lama Data Mining",
    fields={"course_code": "IF3210", "course_name": "Data Mining",
            "changes": {"visible": "Hide"}},
    note="Visibility change; the new semester's course is mentioned only as context.",
    body="""Hi P4M,

Course Data Mining yang lama (IF3210, semester Ganjil 2025/2026) masih visible di
dashboard mahasiswa, jadi banyak yang salah masuk dan submit tugas ke course
lama. Course yang baru untuk semester ini sudah ada dan sudah jalan kok.

Could you set the old course visibility to Hide? Jangan dihapus ya, nilai dan
submission-nya masih saya perlukan untuk borang akreditasi.

Thanks before!

Yohanes Siahaan
Teknik Informatika
""")

add(slug="whatsapp-chat-kaprodi-tempel", type="course_data", lang="id",
    date="2026-12-03 08:31:19", client="gmail",
    frm=("Wahyu Nugroho", "wahyu.nugroho@polibatam.ac.id"),
    subject="Fwd chat Kaprodi - course Praktikum Elektronika Daya",
    fields={"course_code": "TRE3108", "course_name": "Praktikum Elektronika Daya",
            "changes": {"class": "TRE-3A dan TRE-3B", "fullname": "Praktikum Elektronika Daya dan Konverter"}},
    note="The request is inside a WhatsApp chat pasted into the mail; the chat timestamps (2/12/2026) are not publish or course dates.",
    body="""Selamat pagi Tim Helpdesk,

Berikut saya tempelkan chat dari Kaprodi kemarin terkait course Praktikum
Elektronika Daya (TRE3108). Mohon ditindaklanjuti sesuai arahan beliau.

[07.45, 2/12/2026] Pak Budi Kaprodi TRE: Pak Wahyu, course Praktikum Elektronika Daya di e-learning itu kelasnya masih TRE-3A aja ya?
[07.46, 2/12/2026] Wahyu Nugroho: Iya pak, belum sy ubah
[07.48, 2/12/2026] Pak Budi Kaprodi TRE: Tolong minta P4M ganti kelasnya jadi TRE-3A dan TRE-3B, kan skrg digabung
[07.48, 2/12/2026] Pak Budi Kaprodi TRE: Sekalian nama course-nya jadi Praktikum Elektronika Daya dan Konverter, biar sama dgn kurikulum
[07.52, 2/12/2026] Wahyu Nugroho: Siap pak, sy email ke helpdesk
[08.10, 2/12/2026] Pak Budi Kaprodi TRE: \U0001f44d

Terima kasih.

Wahyu Nugroho, S.T., M.T.
Prodi Teknologi Rekayasa Elektronika
""")

add(slug="mixed-dosen-semester-logistik-maritim", type="course_data", lang="mixed",
    date="2026-12-31 09:45:12", client="outlook",
    frm=("Rina Marpaung", "rina.marpaung@polibatam.ac.id"),
    subject="Update course Logistik Maritim (LOG2105) for next semester",
    fields={"course_code": "LOG2105", "course_name": "Logistik Maritim",
            "changes": {"lecturer": "Capt. Herman Siahaan, M.Mar.", "semester": "Genap 2026/2027"}},
    note="",
    body="""Dear Tim P4M,

Mohon update course Logistik Maritim (LOG2105) ya sebelum kuliah mulai:

1. Please change the lecturer to Capt. Herman Siahaan, M.Mar. - beliau dosen tamu dari industri pelayaran yang akan full mengajar semester depan, saya hanya jadi koordinator.
2. Semester diganti jadi Genap 2026/2027.

Beliau belum punya akun e-learning, so I will ask him to register first via SSO. Nanti kalau akunnya sudah aktif saya kabari lagi.

Happy new year in advance, and thank you!

Best,
Rina Marpaung, S.ST., M.Log.
Koordinator Prodi Logistik Perdagangan Internasional
""")

add(slug="en-fullname-key-sent-later", type="course_data", lang="en",
    date="2027-01-04 13:05:49", client="gmail",
    frm=("Fiona McAllister", "fiona.mcallister@polibatam.ac.id"),
    subject="Academic Writing course - rename",
    fields={"course_code": "BI3101", "course_name": "Academic Writing",
            "changes": {"fullname": "Academic Writing for Engineers"}},
    note="Asks for a new enrolment key too but gives no value (promised later), so only the rename is labelled.",
    body="""Hi there,

Happy new year! Could you please rename my course Academic Writing (BI3101) to "Academic Writing for Engineers"? The coordinator approved the new title before the break, since the whole syllabus is now built around lab reports and technical proposals.

I'd also like a new enrolment key for the February intake, but I'll send that separately once I've cleared it with the coordinator - no need to change the key for now.

Cheers,
Fiona

--
Dr. Fiona McAllister
English Language Unit (visiting), Politeknik Negeri Batam
""")

add(slug="rfc822-lampiran-idnumber-pengujian", type="course_data", lang="mixed",
    date="2027-01-07 15:00:26", client="outlook",
    frm=("Yuliana Putri", "yuliana.putri@polibatam.ac.id"),
    subject="FW: Permintaan update ID number course Pengujian Perangkat Lunak",
    fields={"course_code": "RPL3105", "course_name": "Pengujian Perangkat Lunak",
            "changes": {"idnumber": "RPL3105-2627"}},
    note="Forwarded as an attached message/rfc822; the request is in the attached lecturer's mail. 15 January is a deadline, not a value.",
    inner=dict(slug="rfc822-inner-andreas", date="2027-01-07 08:12:03", client="gmail",
               frm=("Andreas Gunawan", "andreas.gunawan@polibatam.ac.id"),
               to="Yuliana Putri <yuliana.putri@polibatam.ac.id>", rcpt="yuliana.putri@polibatam.ac.id",
               subject="Permintaan update ID number course Pengujian Perangkat Lunak",
               body="""Selamat pagi Bu Yuliana,

Saya cek di e-learning, ID number course Pengujian Perangkat Lunak (RPL3105)
masih RPL3105-2025, padahal sesuai format baru dari SIAKAD seharusnya
RPL3105-2627. Kalau tidak diubah, nilai tidak ikut tersinkron otomatis.

Mohon izin diteruskan ke P4M ya Bu, karena saya tidak punya akses untuk
mengubah ID number.

Terima kasih, Bu.

Andreas Gunawan, M.Kom.
"""),
    body="""Hi tim P4M,

Forwarding email dari Pak Andreas (terlampir). I've checked with the SIAKAD team, the ID number he proposes is correct. Tolong diproses ya sebelum sinkronisasi nilai tanggal 15 Januari.

Thanks,
Yuliana Putri, M.T.
Ketua Program Studi Teknologi Rekayasa Perangkat Lunak
""")

# ==========================================================================
# announcement (16)
# ==========================================================================

add(slug="embargo-sgt-micro-credential", type="announcement", lang="en",
    date="2026-12-03 16:20:44", client="outlook",
    frm=("Indah Permatasari", "indah.permatasari@polibatam.ac.id"),
    subject="Site announcement request - joint micro-credential (EMBARGOED)",
    content_language="en-US",
    fields={"title": "Polibatam and Lion City Polytechnic Launch Joint Micro-Credential in Industrial IoT",
            "scope": "site", "publish_at": "2026-12-08T09:00:00+08:00"},
    note="Embargo stated in Singapore time (UTC+8), i.e. 08:00 WIB. Registration dates and the briefing time are event times, not publish times.",
    body="""Dear P4M Helpdesk,

The International Office would like to request a site-wide announcement on e-learning for the joint statement below, issued together with our partner Lion City Polytechnic.

Please note the embargo: the text must NOT appear on e-learning before the embargo lifts. The partner set the embargo in Singapore time, so please schedule it accordingly.

----------------------------------------------------------------
EMBARGOED UNTIL 09:00 SGT (UTC+8), TUESDAY 8 DECEMBER 2026

Polibatam and Lion City Polytechnic Launch Joint Micro-Credential in Industrial IoT

Batam/Singapore - Politeknik Negeri Batam and Lion City Polytechnic will offer a joint 12-week micro-credential in Industrial IoT for final-year students of both institutions. Classes combine online modules on e-learning with a one-week lab residency in Singapore.

Registration opens on 4 January 2027 and closes on 29 January 2027. An online briefing for interested students will be held on 14 January 2027 at 15:00 WIB.
----------------------------------------------------------------

Many thanks,

Indah Permatasari
International Office | Politeknik Negeri Batam
""")

add(slug="bugis-h-1-sebelum-uts-karyawan", type="announcement", lang="id",
    date="2026-12-10 20:15:09", client="gmail",
    frm=("Andi Nurhalimah", "andi.nurhalimah@polibatam.ac.id"),
    subject="Pengumuman UTS Matematika Teknik kelas karyawan",
    fields={"course_code": "MS1102", "course_name": "Matematika Teknik",
            "title": "Persiapan UTS Matematika Teknik", "scope": "course",
            "publish_at": "2026-12-18T19:00:00+07:00"},
    note="'H-1 sebelum UTS' with the UTS on Saturday 19 Dec resolves to Friday 18 Dec 19:00; the UTS time itself is an event time.",
    body="""Tabe' Bapak/Ibu Helpdesk,

Minta tolong ka dipasangkan pengumuman di course Matematika Teknik (MS1102)
kelas karyawan di'. Tayangnya H-1 sebelum UTS, jam 7 malam mi, karena
mahasiswa karyawan baru pegang HP kalau sudah pulang kerja. UTS-nya itu hari
Sabtu, 19 Desember 2026 jam 08.00 sampai 09.40, di ruang 305.

Judul: Persiapan UTS Matematika Teknik

Isi:
Mahasiswa kelas karyawan, UTS Matematika Teknik dilaksanakan Sabtu,
19 Desember 2026 pukul 08.00-09.40 di ruang 305. Materi: turunan parsial sampai
integral lipat dua. Boleh bawa kalkulator, HP dimatikan dan disimpan di tas.
Datang 15 menit sebelum mulai.

Begitu ji. Terima kasih banyak, di'.

Andi Nurhalimah, S.Si., M.Sc.
Dosen MKU Matematika
""")

add(slug="betawi-akhir-pekan-pameran-uiux", type="announcement", lang="id",
    date="2026-12-16 13:40:27", client="gmail",
    frm=("Fajar Ramadhan", "fajar.ramadhan@polibatam.ac.id"),
    subject="bang adit, titip pengumuman pameran UI/UX",
    fields={"course_code": "RPL2107", "course_name": "Desain Antarmuka Pengguna",
            "title": "Pameran Proyek UI/UX", "scope": "course",
            "publish_at": "2026-12-19T09:00:00+07:00"},
    note="'akhir pekan ini' pinned by the writer to Saturday 9 a.m.; the poster deadline and exhibition time are not publish times.",
    body="""Bang Adit,

Gue titip pengumuman buat course Desain Antarmuka Pengguna (RPL2107) dong. Kagak
usah buru-buru, tayangin akhir pekan ini aja, Sabtu jam 9 pagi, biar bocah-bocah
bacanya pas libur, kalo hari kerja mah kagak dibaca sih.

Judul: Pameran Proyek UI/UX

Isi:
Pameran Proyek UI/UX kelas RPL-2A dan RPL-2B diadakan Rabu, 23 Desember 2026
pukul 13.00-16.00 di Lobby Gedung Utama. Poster A1 diunggah di e-learning paling
lambat Senin, 21 Desember 2026 pukul 23.59. Prototipe Figma wajib bisa diklik,
bukan cuma gambar. Dosen penguji keliling tiap kelompok.

Thanks bang, ntar gue traktir kopi dah.

Fajar
""")

add(slug="medan-nanti-siang-kunjungan-industri", type="announcement", lang="id",
    date="2026-12-02 07:48:19", client="iphone",
    frm=("Susanto Lie", "susanto.lie@polibatam.ac.id"),
    subject="Tolong umumkan di course Manajemen Logistik",
    fields={"course_code": "LOG2103", "course_name": "Manajemen Logistik",
            "title": "Perubahan Jadwal Kunjungan Industri", "scope": "course",
            "publish_at": "2026-12-02T12:30:00+07:00"},
    note="'nanti siang jam 12.30' = the same day as the Date header. Visit, bus and payment times are event times.",
    body="""Pagi tim P4M,

Wa Susanto Lie, dosen Manajemen Logistik (LOG2103). Tolong kali ya, kam pasangkan pengumuman ini di course wa, tayang nanti siang jam 12.30 lah, pas anak-anak udah selesai kelas pagi. Kalau tayang sekarang takutnya mereka baca di tengah kuliah Pak Robert, ribut nanti.

Judul: Perubahan Jadwal Kunjungan Industri

Isi:
Kunjungan industri ke PT Sekupang Cargo Nusantara yang semula hari Jumat, 4 Desember 2026 diundur menjadi Kamis, 10 Desember 2026. Bus berangkat dari depan Gedung Utama pukul 07.30, jangan telat. Yang belum bayar iuran konsumsi, paling lambat Senin, 7 Desember 2026 ke ketua kelas. Pakai kemeja putih, celana bahan hitam, sepatu tertutup.

Udah itu aja. Siang ini wa pigi ke Nagoya, jadi kalau ada apa-apa WA aja.

Kamsia banyak,
Susanto Lie, S.E., M.M.

Dikirim dari iPhone saya
""")

add(slug="sunda-jumat-pekan-depan-1330", type="announcement", lang="id",
    date="2026-12-04 09:12:55", client="outlook",
    frm=("Neneng Hasanah", "neneng.hasanah@polibatam.ac.id"),
    subject="Nyuhunkeun bantuan publikasi pelatihan penelusuran jurnal",
    fields={"title": "Pelatihan Penelusuran Jurnal Ilmiah Bereputasi", "scope": "site",
            "publish_at": "2026-12-11T13:30:00+07:00"},
    note="'Jumat pekan depan pukul 13.30' from a Friday mail = Friday 11 Dec. The training date and the registration deadline are not publish times.",
    body="""Punten, Tim Helpdesk P4M,

Kami dari UPT Perpustakaan bade nyuhunkeun bantuan untuk publikasi pengumuman di halaman depan e-learning. Mangga ditayangkan Jumat pekan depan pukul 13.30, saatos Jumatan, supaya pas dosen dan mahasiswa buka e-learning sore harinya langsung kabaca.

Judul: Pelatihan Penelusuran Jurnal Ilmiah Bereputasi

Isi pengumuman:
UPT Perpustakaan Politeknik Negeri Batam mengadakan Pelatihan Penelusuran Jurnal Ilmiah Bereputasi (Scopus, ScienceDirect, dan Garuda) pada Rabu, 16 Desember 2026 pukul 09.00-12.00 WIB di Ruang Multimedia Perpustakaan. Peserta terbatas 40 orang; pendaftaran paling lambat Senin, 14 Desember 2026 melalui tautan https://s.polibatam.ac.id/pelatihan-jurnal. Peserta membawa laptop masing-masing.

Hatur nuhun pisan kana bantosanana.

Wassalam,
Neneng Hasanah, S.IP.
Pustakawan - UPT Perpustakaan
Politeknik Negeri Batam
""")

add(slug="waktu-tayang-hanya-di-subjek", type="announcement", lang="id",
    date="2026-12-15 10:02:36", client="outlook",
    frm=("Sri Rahayu", "sri.rahayu@polibatam.ac.id"),
    subject="Mohon publikasi pengumuman libur akhir tahun - tayang Senin 21/12 pukul 07.00",
    fields={"title": "Libur Natal 2026 dan Tahun Baru 2027", "scope": "site",
            "publish_at": "2026-12-21T07:00:00+07:00"},
    note="The publish time appears only in the Subject; the body gives holiday dates only.",
    body="""Yth. Tim Helpdesk P4M,

Dengan hormat, bersama ini Bagian Akademik mohon dipublikasikan pengumuman berikut pada halaman utama e-learning.

LIBUR NATAL 2026 DAN TAHUN BARU 2027

Sehubungan dengan libur nasional dan cuti bersama Hari Raya Natal 2026 dan Tahun Baru 2027, kegiatan perkuliahan di Politeknik Negeri Batam ditiadakan mulai Kamis, 24 Desember 2026 sampai dengan Jumat, 1 Januari 2027. Perkuliahan aktif kembali pada Senin, 4 Januari 2027. Selama masa libur, pengumpulan tugas melalui e-learning tetap dapat dilakukan sesuai tenggat dari masing-masing dosen.

Demikian, atas perhatian dan kerja samanya kami ucapkan terima kasih.

Hormat kami,
Sri Rahayu, S.E.
Bagian Akademik dan Kemahasiswaan
Politeknik Negeri Batam
""")

add(slug="mixed-deadline-bukan-jam-tayang", type="announcement", lang="mixed",
    date="2027-01-04 08:20:31", client="gmail",
    frm=("Melati Kusuma", "melati.kusuma@polibatam.ac.id"),
    subject="Announcement for Kewirausahaan class - Pitching Day",
    fields={"course_code": "MB2110", "course_name": "Kewirausahaan",
            "title": "Pitching Day Kewirausahaan 2027", "scope": "course"},
    note="Proposal deadline and pitching time are event times; the writer asks for 'ASAP' with no publish time.",
    body="""Hi tim P4M, happy new year!

Tolong post announcement ini di course Kewirausahaan (MB2110) ya, ASAP aja, no need to schedule.

Title: Pitching Day Kewirausahaan 2027

Dear students,
Final proposal bisnis dikumpulkan via e-learning paling lambat Jumat, 8 Januari 2027 pukul 23.59. Pitching Day akan dilaksanakan Kamis, 14 Januari 2027 pukul 09.00-15.00 di Auditorium, each team gets 7 minutes + 3 minutes Q&A. Dress code: business casual. Investor tamu dari Batam Angel Network akan hadir, so prepare well!

Thank you!

Melati Kusuma, S.E., M.B.A.
Prodi Administrasi Bisnis Terapan
""")

add(slug="sekretaris-panitia-innovation-expo", type="announcement", lang="id",
    date="2026-12-22 14:30:03", client="gmail",
    frm=("Maya Sari Lubis", "maya.lubis@polibatam.ac.id"),
    cc="Ketua Panitia PIE 2027 <hendro.sutanto@polibatam.ac.id>",
    subject="Permohonan publikasi pengumuman Polibatam Innovation Expo 2027",
    fields={"title": "Polibatam Innovation Expo 2027: Pendaftaran Stan Karya Mahasiswa", "scope": "site",
            "publish_at": "2027-01-04T08:00:00+07:00"},
    note="Committee secretary writing on behalf of the committee. Meeting date, registration deadline and expo dates are not publish times.",
    body="""Yth. Tim Helpdesk P4M,

Atas nama Panitia Polibatam Innovation Expo 2027, dan menindaklanjuti hasil
rapat panitia tanggal 21 Desember 2026, kami mohon bantuan untuk menayangkan
pengumuman berikut di halaman depan e-learning pada hari Senin, 4 Januari 2027
pukul 08.00 WIB (hari pertama kuliah setelah libur).

Judul: Polibatam Innovation Expo 2027: Pendaftaran Stan Karya Mahasiswa

Isi:
Polibatam Innovation Expo 2027 akan diselenggarakan pada 20-21 Januari 2027 di
Lapangan Tengah Kampus. Mahasiswa dari seluruh program studi dapat mendaftarkan
karya (prototipe, aplikasi, produk kreatif) untuk dipamerkan. Pendaftaran stan
dibuka sampai Rabu, 13 Januari 2027 melalui https://s.polibatam.ac.id/pie2027.
Tiga karya terbaik akan mendapatkan pendanaan inkubasi.

Poster resmi menyusul dari seksi publikasi. Apabila ada pertanyaan, mohon
menghubungi saya selaku sekretaris panitia.

Hormat kami,
a.n. Panitia Polibatam Innovation Expo 2027
Sekretaris,

Maya Sari Lubis, S.Kom., M.T.
""")

add(slug="teams-forward-demo-proyek", type="announcement", lang="mixed",
    date="2026-12-28 17:05:14", client="outlook",
    frm=("Reza Firmansyah", "reza.firmansyah@polibatam.ac.id"),
    subject="FW: Teams message - announcement demo proyek RPL3301",
    fields={"course_code": "RPL3301", "course_name": "Proyek Perangkat Lunak",
            "title": "Jadwal Demo Proyek Akhir Semester", "scope": "course",
            "publish_at": "2026-12-29T07:00:00+07:00"},
    note="A Microsoft Teams channel message shared to Outlook; 'besok pagi jam 7' is relative to the same day (Teams post and mail both on 28 Dec). Demo time is an event time.",
    body="""Hi tim P4M, forwarding dari Teams channel prodi ya, please bantu publish sesuai instruksi Kaprodi di bawah.

Thanks,
Reza

-------- Shared from Microsoft Teams --------
Yuliana Putri (Kaprodi TRPL) | Monday, December 28, 2026 4:12 PM
TRPL Dosen > General

@Reza Firmansyah tolong minta P4M pasang announcement di course Proyek Perangkat Lunak (RPL3301) ya. Publish besok pagi jam 7.

Judul: Jadwal Demo Proyek Akhir Semester
Demo proyek dilaksanakan Rabu, 13 Januari 2027, 08.00-16.00 di Lab RPL. Each team gets 20 minutes: 10 menit demo, 10 menit tanya jawab. Jadwal per tim akan di-upload di course H-3.

Go to message in Microsoft Teams:
https://teams.microsoft.com/l/message/19:8f2c41d0a1b94e6c9d7e2f31b0a4c5d6@thread.tacv2/1798449120000
-------------------------------------------------
""")

add(slug="manado-pindah-ruang-langsung-tayang", type="announcement", lang="id",
    date="2027-01-11 07:35:50", client="samsung",
    frm=("Meiske Lumenta", "meiske.lumenta@polibatam.ac.id"),
    subject="Pengumuman Fisika Terapan pindah ruang",
    fields={"course_code": "UM1203", "course_name": "Fisika Terapan",
            "title": "Kuliah Fisika Terapan Pindah ke Ruang TA 10.4", "scope": "course"},
    note="Manado Malay. 'skarang jo' = publish now; Thursday 10.00 is the class time, not a publish time.",
    body="""Pagi tim P4M,

Kita mo minta tolong pasang pengumuman di course Fisika Terapan (UM1203) neh. Tayang skarang jo, nyanda usah tunggu.

Judul: Kuliah Fisika Terapan Pindah ke Ruang TA 10.4

Isi: Kuliah Fisika Terapan hari Kamis, 14 Januari 2027 jam 10.00 pindah ke ruang TA 10.4 (Tower A lantai 10), karena ruang GU 702 dipakai ujian sertifikasi. Bawa kalkulator deng catatan praktikum.

Makase banyak. Kalo so tayang, kase tau kita jo.

Meiske Lumenta

Dikirim dari ponsel Samsung Galaxy saya.
""")

add(slug="pdf-surat-asisten-praktikum", type="announcement", lang="id",
    date="2027-01-06 09:40:02", client="gmail",
    frm=("Jurusan Manajemen Bisnis", "jurusan.mb@polibatam.ac.id"),
    subject="Surat permohonan publikasi pengumuman - Jurusan Manajemen Bisnis",
    fields={"title": "Pembukaan Pendaftaran Asisten Praktikum Semester Genap 2026/2027", "scope": "site",
            "publish_at": "2027-01-11T08:00:00+07:00"},
    note="The title and publish time are only in the attached PDF letter. Registration and interview dates are event dates.",
    attach_pdf=dict(name="Surat_Permohonan_Publikasi_JMB_2027.pdf", title="Permohonan Publikasi Pengumuman",
                    stamp="20270106091500+07'00'",
                    lines=["# JURUSAN MANAJEMEN BISNIS - POLITEKNIK NEGERI BATAM",
                           "Jl. Ahmad Yani, Batam Kota, Batam 29461",
                           "",
                           "Nomor   : 014/JMB/I/2027                              Batam, 6 Januari 2027",
                           "Lampiran: -",
                           "Perihal : Permohonan Publikasi Pengumuman di E-Learning",
                           "",
                           "Yth. Kepala P4M Politeknik Negeri Batam",
                           "",
                           "Dengan hormat,",
                           "Bersama ini kami mohon kiranya pengumuman berikut dapat ditayangkan pada halaman",
                           "depan e-learning pada hari Senin, 11 Januari 2027 pukul 08.00 WIB, dengan judul:",
                           "",
                           "Pembukaan Pendaftaran Asisten Praktikum Semester Genap 2026/2027",
                           "",
                           "Isi pengumuman: Jurusan Manajemen Bisnis membuka pendaftaran asisten praktikum",
                           "untuk Lab Akuntansi, Lab Bisnis Digital, dan Lab Logistik. Pendaftaran dibuka",
                           "11-22 Januari 2027 melalui https://s.polibatam.ac.id/asprak-jmb. Seleksi wawancara",
                           "dilaksanakan pada 27 Januari 2027. Syarat: IPK minimal 3,25 dan telah lulus mata",
                           "kuliah praktikum terkait.",
                           "",
                           "Atas perhatian dan kerja sama Bapak/Ibu kami ucapkan terima kasih.",
                           "",
                           "Ketua Jurusan Manajemen Bisnis,",
                           "",
                           "Dr. Rudi Hartono, S.E., M.M."]),
    body="""Yth. Tim Helpdesk P4M,

Bersama ini kami sampaikan surat permohonan publikasi pengumuman dari Jurusan
Manajemen Bisnis (terlampir, format PDF). Mohon dapat ditindaklanjuti.

Terima kasih.

Admin Jurusan Manajemen Bisnis
Politeknik Negeri Batam
""")

add(slug="fwd-inline-memo-wadir-genai", type="announcement", lang="id",
    date="2027-01-07 11:20:45", client="gmail",
    frm=("Putri Amelia", "putri.amelia@polibatam.ac.id"),
    subject="Fwd: Pengumuman Kebijakan Penggunaan Generative AI",
    fields={"title": "Kebijakan Penggunaan Generative AI dalam Tugas dan Ujian", "scope": "site",
            "publish_at": "2027-01-07T16:00:00+07:00"},
    note="Inline Gmail forward: the forwarder's note gives the publish time (today 16.00), the forwarded memo gives title and text; 1 February 2027 is the policy's start date.",
    body="""Selamat siang Tim P4M,

Sesuai arahan Bapak Wadir I, mohon pengumuman di bawah ditayangkan di halaman
depan e-learning hari ini pukul 16.00, setelah rapat pimpinan selesai.

Terima kasih.

Putri Amelia
Staf Wakil Direktur Bidang Akademik

""" + gfwd("2027-01-07 09:05", "Wakil Direktur Bidang Akademik", "wadir1@polibatam.ac.id",
           "Pengumuman Kebijakan Penggunaan Generative AI",
           "Putri Amelia <putri.amelia@polibatam.ac.id>") + """


Putri, tolong teruskan ke P4M untuk ditayangkan di e-learning.

Judul: Kebijakan Penggunaan Generative AI dalam Tugas dan Ujian

Mulai Semester Genap 2026/2027 (1 Februari 2027), penggunaan alat generative
AI dalam tugas dan ujian mengikuti ketentuan berikut: (1) dosen mencantumkan
aturan penggunaan AI pada RPS dan deskripsi tugas; (2) mahasiswa wajib
menyebutkan alat AI yang digunakan beserta bagian pekerjaannya; (3) penggunaan
AI pada ujian tanpa izin dosen dianggap pelanggaran akademik.

Wakil Direktur Bidang Akademik
""")

add(slug="thai-guest-lecture-bangkok-time", type="announcement", lang="en",
    date="2026-12-30 11:25:03", client="gmail",
    frm=("Siriporn Chaiyasit", "siriporn.ch@polibatam.ac.id"),
    subject="Announcement guest lecture - Supply Chain Analytics",
    fields={"course_code": "LOG3205", "course_name": "Supply Chain Analytics",
            "title": "Guest Lecture: Cold Chain Logistics in Thailand", "scope": "course",
            "publish_at": "2027-01-04T08:00:00+07:00"},
    note="Thai exchange lecturer (ka). The guest lecture time is an event time; Bangkok and Batam share UTC+7.",
    body="""Sawasdee ka P4M team,

Happy new year ka! I am Ajarn Siriporn Chaiyasit, exchange lecturer teaching Supply Chain Analytics (LOG3205). Please help me to post announcement in my course on Monday 4 January at 8:00 am, when students are back from holiday.

Title: Guest Lecture: Cold Chain Logistics in Thailand

Text:
Dear students, we will have guest lecture from Khun Anan Wongsakul, Operation Manager of Siam Cold Chain Co., Ltd. The lecture is on Thursday 7 January 2027, 10:00-12:00 (Bangkok and Batam same time) via Zoom, link will be in the course. Attendance is counted as one meeting. Please read the case study in Topic 11 before the lecture.

Khob khun ka,
Siriporn
""")

add(slug="pesantren-kelas-pengganti-bada-subuh", type="announcement", lang="id",
    date="2026-12-28 10:10:33", client="gmail",
    frm=("Hafidzah Nur Azizah", "hafidzah.azizah@polibatam.ac.id"),
    subject="Afwan, mohon bantuan pengumuman kelas pengganti PAI",
    fields={"course_code": "UM1101", "course_name": "Pendidikan Agama Islam",
            "title": "Kelas Pengganti Pertemuan 14 PAI", "scope": "course",
            "publish_at": "2027-01-02T06:00:00+07:00"},
    note="Pesantren-style politeness. The replacement class on 5 Jan is an event time.",
    body="""Assalamu'alaikum warahmatullahi wabarakatuh,

Afwan, Tim Helpdesk P4M. Ana mohon bantuan antum untuk menayangkan pengumuman
di course Pendidikan Agama Islam (UM1101) kelas AK-1B. Mohon ditayangkan pada
Sabtu, 2 Januari 2027 pukul 06.00 (ba'da Subuh), insya Allah.

Judul: Kelas Pengganti Pertemuan 14 PAI

Isi:
Kelas pengganti pertemuan 14 Pendidikan Agama Islam kelas AK-1B dilaksanakan
pada Selasa, 5 Januari 2027 pukul 13.00-14.40 di Masjid Kampus Polibatam
(lantai 2). Materi: Etika Bermuamalah di Era Digital. Mahasiswi diharap membawa
mukena sendiri.

Syukron katsiron. Jazakumullahu khairan.

Wassalamu'alaikum warahmatullahi wabarakatuh,
Ustadzah Hafidzah Nur Azizah, S.Pd.I., M.Ag.
""")

add(slug="en-exchange-call-deadline-only", type="announcement", lang="en",
    date="2027-01-05 10:40:18", client="outlook",
    frm=("Sarah Lim", "sarah.lim@polibatam.ac.id"),
    subject="Front-page announcement: Spring 2027 student exchange call",
    content_language="en-US",
    fields={"title": "Call for Applications: Spring 2027 Student Exchange to Taiwan and Korea", "scope": "site"},
    note="'today if possible' gives no publish time; the deadline and info session are event times.",
    body="""Hello P4M team,

Could you please put the notice below on the e-learning front page? Today if possible - there is no fixed time, just the sooner the better because the info session is this week.

Call for Applications: Spring 2027 Student Exchange to Taiwan and Korea

The Student Mobility Office invites 3rd and 5th semester students to apply for the Spring 2027 exchange at our partner universities in Taichung and Busan (one semester, tuition waived). Requirements: GPA of at least 3.00 and TOEIC 600 or equivalent.
Info session: Thursday, 7 January 2027 at 10:00 WIB via Zoom (link on the International Office Instagram).
Application deadline: 15 January 2027, 17:00 WIB.

Thank you so much lah, much appreciated!

Sarah Lim
Student Mobility Officer, International Office
Politeknik Negeri Batam
""")

add(slug="mixed-lab-tutup-jumat-ini", type="announcement", lang="mixed",
    date="2026-12-15 16:18:40", client="thunderbird",
    frm=("Agus Priyanto", "agus.priyanto@polibatam.ac.id"),
    subject="Pengumuman lab tutup libur akhir tahun",
    fields={"title": "Lab Komputer Closed During Year-End Holiday", "scope": "site",
            "publish_at": "2026-12-18T07:00:00+07:00"},
    note="'Jumat ini jam 7 pagi' from a Tuesday mail = Friday 18 Dec. Closure and reopening dates are not publish times.",
    body="""Halo tim P4M,

Tolong publish pengumuman ini di front page e-learning ya, Jumat ini jam 7 pagi. Bilingual karena banyak mahasiswa IUP yang pakai lab juga.

Title: Lab Komputer Closed During Year-End Holiday

Semua Lab Komputer Gedung Utama lt. 6-8 tutup mulai 24 Desember 2026 sampai 3 Januari 2027 untuk maintenance dan re-imaging PC. All computer labs will reopen on Monday, 4 January 2027 at 08.00. Please back up your files from the lab PCs before 23 December, karena semua drive D: akan dihapus.

Thanks!

Agus Priyanto
Koordinator Laboratorium Komputer
""")

# ==========================================================================
# elearning_support (12)
# ==========================================================================

add(slug="betawi-mahasiswa-app-loading-terus", type="elearning_support", lang="id",
    date="2026-12-04 22:41:17", client="gmail",
    frm=("Farhan Maulana", "farhanmaulana.ti@gmail.com"),
    subject="e-learning di hp loading terus",
    note="Student's own words: Moodle app on an Android phone stuck loading. The assignment deadline is context.",
    body="""Kak/bang admin,

Gue Farhan, TI 1B, NIM 3312601042. Dari sore gue buka e-learning lewat aplikasi Moodle di HP (Redmi Note 11), abis login cuma loading terus, muter-muter doang kagak masuk-masuk ke dashboard. Udah gue uninstall terus install lagi, tetep aja. Kalo lewat Chrome di HP sih bisa tapi lemot parah, tombol upload kagak muncul.

Padahal besok jam 8 pagi deadline tugas Algoritma, gimana dong? Tolong dong kak, plis banget.

Farhan
""")

add(slug="manado-mahasiswa-app-force-close", type="elearning_support", lang="id",
    date="2026-12-05 20:17:44", client="gmail",
    frm=("Gabriel Tumbelaka", "gabrieltumbelaka03@gmail.com"),
    subject="aplikasi moodle force close pas buka kuis",
    note="Manado Malay student; app force-closes when starting a quiz.",
    body="""Selamat malam kaka admin,

Kita Gabriel dari Mekatronika 1A. Kita pe aplikasi Moodle so force close trus kalo mo buka kuis Fisika. Baru klik "Attempt quiz" langsung ketutup sandiri, kaluar dari aplikasi. HP kita Oppo A17, Android 13. Tadi so coba hapus cache deng data aplikasi, nyanda ada beda.

Kuisnya tutup hari Minggu jam 23.59, kita takut nyanda sempat. Tolong kaka neh.

Makase,
Gabriel
""")

add(slug="vietnam-students-cannot-self-enrol", type="elearning_support", lang="en",
    date="2026-12-09 08:55:21", client="outlook",
    frm=("Nguyen Thi Thu Hang", "hang.nguyenthithu@hust.edu.vn"),
    subject="Students cannot join course Sistem Tertanam",
    content_language="en-US",
    note="Vietnamese visiting lecturer; self-enrolment stopped working. No course-data change is asked.",
    body="""Dear P4M team,

Sorry to disturb you again. My students of class EL-3A (international) cannot join the course Sistem Tertanam (EL3206). When they click the course, the message show "You cannot enrol yourself in this course". Last week they can join with the enrolment key, but now not. I did not change anything in the settings.

Could you please check the enrolment method for me? There are 24 students waiting and our lab report is due next week.

Thank you very much,
Hang
""")

add(slug="bugis-mahasiswa-video-kebesaran", type="elearning_support", lang="id",
    date="2026-12-12 16:33:08", client="gmail",
    frm=("Andi Besse Tenriola", "andibessetenri@gmail.com"),
    subject="tidak bisa upload tugas video",
    note="Bugis-Makassar student; upload size limit from a phone.",
    body="""Tabe' kak,

Mau ka tanya. Tugas video Bahasa Indonesia ku tidak mau ter-upload di e-learning, katanya "The file is too large" ji. Ukurannya 180 MB, rekam pakai HP ji. Sudah ku coba berulang-ulang, tetap gagal mi, terakhir malah keluar sendiri aplikasinya.

Batasnya sampai jam 12 malam ini. Bagaimana mi caranya kak? Bisa ji dikirim lewat link Drive saja kah?

Makasih kak, tabe'.
Andi Besse Tenriola
Administrasi Bisnis Terapan 1C
""")

add(slug="yandex-html-only-reset-tidak-sampai", type="elearning_support", lang="en",
    date="2027-01-11 18:40:55", client="yandex",
    frm=("Aigerim Nurlanovna", "aigerim.nurlanovna@yandex.kz"),
    subject="Cannot login e-learning, reset email not coming",
    note="HTML-only mail from Yandex; exchange student.",
    html_paras=["Hello,",
                "",
                "I am exchange student from Kazakhstan (Karaganda Technical University), studying in Polibatam since September.",
                "I cannot login to e-learning since yesterday, it says \u00abInvalid login, please try again\u00bb. I clicked \u00abForgotten your password?\u00bb but the email with reset link never comes to my mail aigerim.nurlanovna@yandex.kz, also not in spam folder.",
                "My student number is 4342401907.",
                "Final exams start next week and all materials are on e-learning, please help me.",
                "",
                "Thank you,",
                "Aigerim"],
    body="")

add(slug="medan-mahasiswa-link-reset-expired", type="elearning_support", lang="id",
    date="2026-12-06 11:02:13", client="gmail",
    frm=("Jessica Halim", "jessicahalim.akt@gmail.com"),
    subject="gak bisa login, link reset kedaluwarsa terus",
    note="Medan Chinese-Indonesian student (cemana, kali, pigi, lah).",
    body="""Kak, cemana ini, aku gak bisa login e-learning dari semalam. Udah reset password, tapi tiap klik link di email katanya "link sudah kedaluwarsa", padahal baru aja dikirim. Udah 3 kali kucoba, sama aja.

Tadi udah pigi ke ruang UPA TIK tapi tutup, hari Minggu. Mau kumpul laporan praktikum nih, besok pagi kali deadlinenya. Tolong lah kak.

NIM 4312511027, Akuntansi Manajerial 2A.

Jessica
""")

add(slug="mixed-kuis-auto-submit-jawaban-hilang", type="elearning_support", lang="mixed",
    date="2027-01-04 15:30:09", client="iphone",
    frm=("Clarissa Tan", "clarissa.tan@students.polibatam.ac.id"),
    subject="Quiz auto-submit sendiri, jawaban hilang",
    note="",
    body="""Hi admin, I need help urgently.

Tadi aku ngerjain quiz Statistika Bisnis di e-learning, timer-nya masih 20 menit lagi tapi tiba-tiba auto-submit sendiri. My answers for number 11-15 hilang semua, padahal udah aku isi. Aku pakai laptop, Chrome, wifi kampus.

Bisa tolong dicek log attempt-ku? Dosennya bilang harus ada konfirmasi dari P4M dulu baru quiz-nya bisa di-reopen.

Thank you so much!
Clarissa - IUP Business Administration

Sent from my iPhone
""")

add(slug="pesantren-mahasiswa-diminta-enrol-key", type="elearning_support", lang="id",
    date="2026-12-13 19:50:27", client="gmail",
    frm=("Muhammad Hanif Al-Faruq", "hanif.alfaruq@students.polibatam.ac.id"),
    subject="Afwan, tidak bisa masuk course PAI",
    note="Pesantren-style student; needs enrolment, does not ask to change the key.",
    body="""Assalamu'alaikum warahmatullahi wabarakatuh,

Afwan akhi/ukhti admin, ana Hanif, mahasiswa TRPL 1A. Ana tidak bisa masuk ke
course Pendidikan Agama Islam, diminta enrolment key, padahal nama ana sudah
ada di KRS. Teman-teman ana yang lain sudah bisa masuk semua. Ana sudah tanya
ke ketua kelas tapi beliau juga tidak tahu key-nya.

Mohon bantuan antum agar ana dimasukkan ke course tersebut. Syukron,
jazakumullahu khairan.

Wassalamu'alaikum warahmatullahi wabarakatuh.
Muhammad Hanif Al-Faruq (4342611015)
""")

add(slug="rfc822-kaprodi-teruskan-nilai-kosong", type="elearning_support", lang="id",
    date="2027-01-05 09:10:40", client="thunderbird",
    frm=("Lina Marlina", "lina.marlina@polibatam.ac.id"),
    subject="Fwd: Nilai tugas Auditing tidak muncul di e-learning",
    note="Head of programme forwards a student's complaint as an attached message/rfc822.",
    inner=dict(slug="rfc822-inner-putri", date="2027-01-04 20:47:31", client="gmail",
               frm=("Putri Handayani", "putrihandayani.akm@gmail.com"),
               to="Lina Marlina <lina.marlina@polibatam.ac.id>", rcpt="lina.marlina@polibatam.ac.id",
               subject="Nilai tugas Auditing tidak muncul di e-learning",
               body="""Selamat malam Ibu,

Mohon maaf mengganggu malam-malam. Nilai tugas 1 sampai 4 Auditing saya di
e-learning tidak muncul di menu Grades, hanya ada tanda "-". Padahal di
halaman tugas statusnya "Submitted for grading" dan Pak dosen bilang semua
sudah dinilai. Teman sekelas nilainya muncul. Di aplikasi HP juga kosong.

Terima kasih, Bu.

Putri Handayani
Akuntansi Manajerial 3A
"""),
    body="""Yth. Tim P4M,

Berikut saya teruskan keluhan mahasiswa kami (email terlampir). Mohon dibantu pengecekan, karena nilai tersebut dibutuhkan untuk rapat yudisium.

Terima kasih.

Dr. Lina Marlina, S.E., M.Ak.
Ketua Program Studi Akuntansi Manajerial
""")

add(slug="mixed-gradebook-course-total-salah", type="elearning_support", lang="mixed",
    date="2027-01-08 10:30:14", client="gmail",
    frm=("Irfan Hakim", "irfan.hakim@polibatam.ac.id"),
    subject="Gradebook Sistem Operasi - course total salah hitung",
    note="Names a course but asks for a gradebook fix, not a course-data change.",
    body="""Halo P4M,

Gradebook di course Sistem Operasi (IF2203) error nih. Course total-nya cuma ambil nilai quiz, nilai assignment nggak dihitung sama sekali, padahal weights di Gradebook setup sudah saya set 40% assignment dan 60% quiz. Aggregation-nya Natural, tapi hasilnya kok begini.

Nilai harus masuk SIAKAD Jumat depan. Can someone take a look? Kalau perlu screenshot, let me know, nanti saya kirim.

Thanks,
Irfan
""")

add(slug="iphone-notif-tugas-tidak-muncul", type="elearning_support", lang="id",
    date="2026-12-21 20:05:48", client="iphone",
    frm=("Nadia Rahmawati", "nadia.rahmawati@students.polibatam.ac.id"),
    subject="Notif aplikasi moodle ga muncul",
    note="",
    body="""Halo kak,

Aku pake aplikasi Moodle di iPhone 13, notifikasi tugas baru sama pengumuman dosen gak pernah muncul sama sekali, jadi aku sering ketinggalan info. Padahal notifikasi di pengaturan iPhone udah aku nyalain, di aplikasi juga udah. Temen yang pake Android dapet notif semua.

Aku harus setting apa lagi ya kak? Makasih kak \U0001f64f

Nadia (TRPL 1B)

Dikirim dari iPhone saya
""")

add(slug="sunda-mahasiswa-kuis-never-submitted", type="elearning_support", lang="id",
    date="2026-12-23 21:25:30", client="gmail",
    frm=("Cecep Supriatna", "cecep.supriatna@students.polibatam.ac.id"),
    subject="Punten, nilai kuis 0 padahal sudah dikerjakan",
    note="Sundanese-flavoured student; attempt 'Never submitted' after the signal dropped.",
    body="""Punten kak admin,

Abdi Cecep ti kelas MS-1B. Nilai kuis Gambar Teknik saya teh 0, padahal sudah
dikerjakan sampai beres. Di riwayat attempt statusnya "Never submitted". Sigana
pas saya klik "Submit all and finish" sinyalnya hilang, HP saya langsung
loading terus, terus pas dibuka lagi waktunya sudah habis.

Kumaha atuh kak, bisa dibuka lagi kuisnya? Atau saya harus lapor ke dosen
dulu? Hatur nuhun pisan.

Cecep Supriatna
""")

# ==========================================================================
# document_request (7)
# ==========================================================================

add(slug="pakistan-soft-copy-sop-rps-bap", type="document_request", lang="en",
    date="2026-12-07 15:40:05", client="gmail",
    frm=("Dr. Muhammad Usman Qureshi", "usman.qureshi@polibatam.ac.id"),
    subject="Request for soft copies of SOP and templates",
    note="Pakistani English.",
    body="""Respected Madam/Sir,

Assalam-o-Alaikum. I hope you are doing well.

I have been assigned two courses for the upcoming semester and I am preparing the material well in time. Kindly share with me the soft copy of the following documents:

1. SOP for development of e-learning course
2. Prescribed template of RPS (Semester Learning Plan), preferably the English version
3. Format of BAP (Berita Acara Perkuliahan)

I shall be thankful for your kind cooperation.

Regards,
Dr. Muhammad Usman Qureshi
Informatics Engineering Department
""")

add(slug="medan-minta-formulir-tiga-mk", type="document_request", lang="id",
    date="2026-12-18 14:11:37", client="gmail",
    frm=("Willy Chandra", "willy.chandra@polibatam.ac.id"),
    subject="formulir perubahan data MK terbaru",
    note="Medan Chinese-Indonesian. Asks for the form; the three course changes are not given yet.",
    body="""Halo P4M,

Wa Willy dari prodi Bisnis Digital. Kam ada formulir perubahan data MK yang
terbaru? Wa mau ubah data 3 MK sekaligus, daripada kirim email 3 kali, cemana
kalau wa isi formulir aja?

Kirimlah formatnya ke wa, Word ya, jangan PDF, susah kali ngeditnya.

Kamsia.
Willy Chandra, S.Kom., M.M.
""")

add(slug="sekretaris-tim-akreditasi-minta-sop", type="document_request", lang="id",
    date="2026-12-14 13:45:09", client="outlook",
    frm=("Ratna Juwita", "ratna.juwita@polibatam.ac.id"),
    subject="Permohonan dokumen layanan helpdesk untuk akreditasi",
    note="Secretary writing on behalf of an accreditation committee; 8 January is a deadline.",
    body="""Yth. Kepala P4M dan Tim Helpdesk,

Dengan hormat, saya selaku sekretaris Tim Penyusun LED Akreditasi Program Studi Teknologi Rekayasa Elektronika, atas nama tim, mohon dapat diberikan dokumen berikut sebagai bukti pendukung kriteria Pendidikan:

1. SOP Layanan Helpdesk P4M (versi yang berlaku);
2. Rekap Rekaman Helpdesk P4M tahun 2025 khusus untuk Prodi TRE;
3. Laporan analisis layanan helpdesk tahun 2025 (format LED).

Dokumen kami perlukan paling lambat Jumat, 8 Januari 2027 untuk diunggah ke SIMAK. Apabila dokumen nomor 2 belum tersedia dalam bentuk rekap, data mentahnya pun tidak mengapa.

Atas nama Tim Penyusun LED, kami ucapkan terima kasih.

Hormat kami,
Ratna Juwita, S.T., M.T.
Sekretaris Tim Penyusun LED Akreditasi Prodi TRE
""")

add(slug="thai-teacher-guide-english-bap", type="document_request", lang="en",
    date="2026-12-30 11:55:40", client="gmail",
    frm=("Siriporn Chaiyasit", "siriporn.ch@polibatam.ac.id"),
    subject="Teacher guide in English?",
    note="Thai exchange lecturer, second mail of the day; asks only for documents.",
    body="""Sawasdee ka again,

Sorry ka, one more question. Is there a teacher guide of the e-learning in English? I want to learn how to set up quiz with random questions and the gradebook by myself. The guide I found on the website is in Bahasa Indonesia only.

Also, could you send me the template of BAP (minutes of lecture)? My coordinator said I must fill it every week but I do not have the file.

Khob khun ka,
Siriporn
""")

add(slug="sunda-template-portofolio-monev", type="document_request", lang="id",
    date="2027-01-05 14:25:52", client="outlook",
    frm=("Asep Saepudin", "asep.saepudin@polibatam.ac.id"),
    subject="Nyuhunkeun template portofolio MK dan format laporan monev",
    note="Sundanese-flavoured polite Indonesian.",
    body="""Punten, Tim P4M,

Mohon maaf ngarepotkeun. Saya ditugaskan jurusan untuk mengumpulkan portofolio
mata kuliah semester ganjil. Kalau ada, mohon dikirimkan:

- template portofolio mata kuliah (yang versi OBE), dan
- format laporan monev pembelajaran daring.

Mangga dikirim ke email ini saja, format Word atau Excel sami mawon.

Hatur nuhun pisan sateuacanna.

Asep Saepudin, S.T., M.Kom.
Jurusan Teknik Informatika
""")

add(slug="mixed-user-guide-app-orientasi", type="document_request", lang="mixed",
    date="2027-01-06 13:15:07", client="gmail",
    frm=("Clara Situmorang", "clara.situmorang@polibatam.ac.id"),
    subject="Request user guide Moodle app for new students",
    note="",
    body="""Hi tim P4M,

Untuk orientation mahasiswa baru semester genap (late intake), kami butuh user guide Moodle app for students, yang versi terbaru dan ada screenshot-nya. Kalau ada versi English juga, please share both, karena ada beberapa mahasiswa internasional.

Boleh dikirim dalam bentuk PDF ke email ini. Thank you in advance!

Clara Situmorang
Bagian Kemahasiswaan
""")

add(slug="tab-separated-ceklis-gkm-elektro", type="document_request", lang="id",
    date="2027-01-08 14:00:29", client="thunderbird",
    frm=("Rudy Hermawan", "rudy.hermawan@polibatam.ac.id"),
    subject="Ceklis dokumen mutu GKM Teknik Elektro",
    note="Tab-separated rows pasted from a spreadsheet checklist; asks for the documents marked missing.",
    body="""Yth. P4M,

Berikut ceklis dokumen mutu di GKM Jurusan Teknik Elektro (saya salin dari spreadsheet). Mohon dikirimkan dokumen yang statusnya "Belum ada".

No\tDokumen\tStatus di GKM\tKeterangan
1\tManual Mutu SPMI\tSudah ada\t-
2\tSOP Pembuatan Course E-Learning\tBelum ada\tmohon dikirim
3\tSOP Layanan Helpdesk P4M\tBelum ada\tmohon dikirim
4\tFormulir Perubahan Data Identitas MK\tSudah ada\tversi 2024
5\tInstrumen Monev Pembelajaran Daring\tBelum ada\tmohon dikirim

Terima kasih.

Rudy Hermawan
Ketua GKM Jurusan Teknik Elektro
""")

# ==========================================================================
# other (7)
# ==========================================================================

add(slug="betawi-makasih-udah-bisa-balasan", type="other", lang="id",
    date="2026-12-07 12:26:38", client="gmail",
    frm=("Farhan Maulana", "farhanmaulana.ti@gmail.com"),
    subject="Re: [P4M #2417] e-learning di hp loading terus",
    in_reply_to="<p4m.2417.ack.1796398880@polibatam.ac.id>",
    note="Thanks on a resolved ticket; the quoted acknowledgement is old text.",
    body="""Makasih kak, udah bisa sekarang! Ternyata aplikasi Moodle di HP gue versinya jadul, abis update dari Play Store langsung masuk. Tugasnya juga udah kekirim kok. Mantap dah, gercep banget.

""" + gq("2026-12-04 22:41", "Helpdesk P4M Polibatam", HELPDESK) + """
""" + q("""Yth. Farhan Maulana,

Permintaan Anda telah kami terima dengan nomor tiket [P4M #2417]
(jenis: dukungan e-learning). Petugas kami akan menindaklanjuti pada jam kerja.

Salam,
Helpdesk P4M Polibatam""") + "\n")

add(slug="manado-so-ganti-sandiri-abaikan", type="other", lang="id",
    date="2027-01-11 10:20:04", client="gmail",
    frm=("Frangky Tumbelaka", "frangky.tumbelaka@polibatam.ac.id"),
    subject="Re: [P4M #2590] Ganti nama course Statika Struktur",
    in_reply_to="<p4m.2590.ack.1799546412@polibatam.ac.id>",
    note="Manado Malay. The change was already done by the lecturer himself; the quoted acknowledgement repeats the old request.",
    body="""Pagi tim P4M,

Kita so ganti sandiri depe nama course tadi malam, ternyata kita pe role so editing teacher. Jadi permintaan kemarin nyanda usah diproses lagi neh, supaya nyanda dobel.

Makase banyak, maaf so bekeng repot.

Frangky

""" + gq("2027-01-10 09:00", "Helpdesk P4M Polibatam", HELPDESK) + """
""" + q("""Yth. Frangky Tumbelaka,

Permintaan Anda telah kami terima dengan nomor tiket [P4M #2590]
(jenis: perubahan data mata kuliah).
Mata kuliah: Statika Struktur (SP2104)
Perubahan: nama lengkap -> Statika dan Mekanika Bahan

Salam,
Helpdesk P4M Polibatam""") + "\n")

add(slug="nigeria-rencana-gabung-mk-belum-disetujui", type="other", lang="en",
    date="2026-12-21 11:11:30", client="yahoo",
    frm=("Chukwuemeka Okonkwo", "emeka.okonkwo@polibatam.ac.id"),
    subject="Advance notice: possible course merger next session",
    note="A plan awaiting approval; no change is requested yet.",
    body="""Good day Sir/Ma,

Compliments of the season to you and your team.

I wish to notify your office that our Department is planning to merge Power Systems Analysis and Power Systems Protection into one course next session. The proposal is still before the Departmental Board and nothing has been approved yet.

Once it is approved, I will send the official request with the new course name and code. I only want you to be aware in advance so that it does not come as a surprise.

Thank you and God bless.

Engr. Dr. Chukwuemeka Okonkwo
Visiting Senior Lecturer, Department of Electrical Engineering
""")

add(slug="bugis-krs-ukt-salah-alamat", type="other", lang="id",
    date="2026-12-17 10:48:58", client="gmail",
    frm=("Muh. Akbar Sangkala", "akbarsangkala02@gmail.com"),
    subject="KRS belum disetujui sama UKT dobel",
    note="Misdirected: KRS approval and tuition billing in SIAKAD belong to the academic and finance offices.",
    body="""Tabe' kak,

Mau ka tanya. KRS ku di SIAKAD belum disetujui dosen PA, padahal batasnya
hari Jumat mi. Terus tagihan UKT ku juga muncul dua kali di SIAKAD, padahal
sudah ji kubayar bulan lalu.

Siapa kah yang bisa bantu? Ini P4M ji toh yang urus?

Makasih kak.
Muh. Akbar Sangkala - Teknik Mesin 2B
""")

add(slug="mixed-tanya-lama-proses-dan-wa", type="other", lang="mixed",
    date="2026-12-24 09:20:11", client="gmail",
    frm=("Ratih Kumalasari", "ratih.kumalasari@polibatam.ac.id"),
    subject="Quick question soal prosedur request",
    note="A question about the procedure; no concrete request.",
    body="""Hai P4M,

Just a quick question: kalau request perubahan data course, biasanya berapa lama diproses? Dan bisa nggak request-nya lewat WhatsApp instead of email? Dosen-dosen di prodi kami lebih sering pakai WA.

Belum ada request konkret kok, cuma mau tahu prosedurnya buat sosialisasi di rapat prodi bulan Januari.

Thanks!
Ratih
""")

add(slug="vendor-proctoring-plugin-offer", type="other", lang="en",
    date="2026-12-29 14:50:36", client="gmail",
    frm=("Daniel Hoffmann", "daniel.hoffmann@proctorlens.io"),
    subject="Free pilot: AI proctoring for Moodle quizzes at Polibatam",
    note="Vendor offer; the webinar time is not a publish request.",
    body="""Hi P4M team,

I'm reaching out from ProctorLens, a lightweight proctoring plugin for Moodle quizzes (browser-only, no installation for students, works on phones).

We're offering Indonesian polytechnics a free 60-day pilot for up to 500 students during the UAS period. Setup takes about an hour with your Moodle admin.

We're also hosting a 30-minute webinar on Tuesday, 12 January 2027 at 14:00 WIB - happy to send an invite.

Would you be open to a short call next week?

Best,
Daniel Hoffmann
Partnerships APAC, ProctorLens
""")

add(slug="pesantren-undangan-juri-video-dakwah", type="other", lang="id",
    date="2027-01-08 16:45:22", client="gmail",
    frm=("Sekretaris LDK Al-Ihsan", "ldk.alihsan@students.polibatam.ac.id"),
    subject="Undangan menjadi juri Lomba Video Dakwah Kreatif",
    note="Invitation to be a competition judge, not a request to publish an announcement.",
    body="""Assalamu'alaikum warahmatullahi wabarakatuh,

Afwan mengganggu, Bapak/Ibu Tim P4M. Kami dari Lembaga Dakwah Kampus Al-Ihsan
Polibatam bermaksud mengundang salah satu staf P4M yang memahami media
pembelajaran digital untuk menjadi juri Lomba Video Dakwah Kreatif, yang insya
Allah dilaksanakan pada Sabtu, 23 Januari 2027 pukul 08.00-12.00 di Masjid
Kampus.

Apabila berkenan, mohon dikabarkan nama staf yang dapat hadir, nanti surat
undangan resmi kami antarkan ke ruang P4M. Syukron katsiron, barakallahu fiikum.

Wassalamu'alaikum warahmatullahi wabarakatuh,
Nabila Husna
Sekretaris LDK Al-Ihsan Polibatam
""")

# ==========================================================================
# auto (6): machine mail that must get no ticket and no acknowledgement
# ==========================================================================

add(slug="zoom-cloud-recording-tersedia", type="auto", lang="en",
    date="2026-12-02 03:15:40 +0000", client="zoom",
    frm=("Zoom", "no-reply@zoom.us"),
    subject="Cloud Recording - Rapat Koordinasi Helpdesk P4M is now available",
    note="Zoom cloud-recording notice from no-reply@zoom.us (Date in UTC).")

add(slug="exchange-retention-policy-notice", type="auto", lang="en",
    date="2027-01-04 00:05:12", client="exchange_retention",
    frm=("Microsoft Exchange", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@polibatam.ac.id"),
    subject="Retention notice: 1,284 items in your mailbox will expire in 7 days",
    note="Exchange retention-policy (MRM) notice generated by the mail server.")

add(slug="google-drive-share-silabus", type="auto", lang="en",
    date="2026-12-11 03:30:05 +0000", client="gdrive",
    frm=("Nguyen Thi Thu Hang (via Google Drive)", "drive-shares-dm-noreply@google.com"),
    reply_to=("Nguyen Thi Thu Hang", "hang.nguyenthithu@hust.edu.vn"),
    subject='Document shared with you: "EL3206 Embedded Systems Design - Syllabus"',
    note="Google Drive share notification; Reply-To is the human sharer, whose short note asks for nothing.")

add(slug="sms-gateway-laporan-pengiriman", type="auto", lang="id",
    date="2026-12-17 07:00:41", client="smsgw",
    frm=("SMS Gateway UPA TIK", "smsgw-noreply@polibatam.ac.id"),
    subject="[SMSGW] Laporan pengiriman #88412: 2 TERKIRIM, 1 GAGAL",
    note="Delivery report from the campus SMS gateway for an SMS the helpdesk sent.")

add(slug="moodle-backup-otomatis-selesai", type="auto", lang="id",
    date="2026-12-19 03:12:09", client="moodle_backup",
    frm=("Admin E-Learning (via E-Learning Polibatam)", "noreply@polibatam.ac.id"),
    subject="E-Learning Polibatam: Status pencadangan otomatis: Selesai",
    note="Moodle automated-backup completion report.")

add(slug="mailman-menunggu-moderasi", type="auto", lang="en",
    date="2026-12-23 15:02:44", client="mailman",
    frm=(None, "dosen-polibatam-owner@lists.polibatam.ac.id"),
    subject="Your message to Dosen-Polibatam awaits moderator approval",
    note="Mailman moderation notice about a helpdesk post held on the lecturers' list; the held subject looks like an announcement.")


# --------------------------------------------------------------------------
# builders for the special senders
# --------------------------------------------------------------------------

def build_wlm(e):
    """Windows Live Mail 2012: ISO-8859-1, quoted-printable with soft line breaks."""
    s, d = e["slug"], parse_date(e["date"])
    leaf = text_leaf(e["body"], "plain", "quoted-printable", "iso-8859-1")
    hs = base_headers(e, d) + [
        received(e, d, "LABFDM01", "10.17.%d.%d" % (num(s, "i1", 1, 30), num(s, "i2", 2, 250))),
        ("Message-ID", "<%s@LABFDM01>" % hx(s, "mid", 28).upper()),
        ("From", '"%s" <%s>' % (e["frm"][0], e["frm"][1])),
        ("To", "<%s>" % HELPDESK),
        ("Subject", ew(e["subject"], "iso-8859-1", "Q")),
        ("Date", rfc_date(d)),
        ("MIME-Version", "1.0"),
        ("BODY", None),
        ("X-Priority", "3"),
        ("X-MSMail-Priority", "Normal"),
        ("Importance", "Normal"),
        ("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331"),
        ("X-MimeOLE", "Produced By Microsoft MimeOLE V16.4.3528.331")]
    return message(hs, leaf)


def build_zoho(e):
    """Zoho Mail web client, HTML only."""
    s, d = e["slug"], parse_date(e["date"])
    divs = "".join("<div><br></div>" if not p else "<div>%s</div>" % p for p in e["html_paras"][:-4])
    sig = "".join("<div>%s</div>" % p for p in e["html_paras"][-4:])
    doc = ('<!DOCTYPE html><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type">'
           '</head><body ><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">'
           '%s<div><br></div><div id="Zm-_Id_-Sgn" data-zbluepencil-ignore="true">%s</div><div><br></div>'
           '</div><br></body></html>\n' % (divs, sig))
    leaf = text_leaf(doc, "html", "quoted-printable", "UTF-8")
    t = int(d.timestamp() * 1000)
    hs = base_headers(e, d) + [
        received(e, d, "sender4-op-o%d.zoho.com" % num(s, "z", 10, 19), "136.143.188.%d" % num(s, "ip", 10, 99)),
        ("Date", rfc_date(d)),
        ("From", addr(e["frm"][0], e["frm"][1])),
        ("To", '"helpdesk-p4m" <%s>' % HELPDESK),
        ("Message-Id", "<%x.%s.%d@%s>" % (t, hx(s, "zm", 15), num(s, "zn", 10 ** 18, 10 ** 19),
                                         e["frm"][1].split("@")[1])),
        ("Subject", subj(e["subject"])),
        ("MIME-Version", "1.0"),
        ("BODY", None),
        ("Importance", "Medium"),
        ("User-Agent", "Zoho Mail"),
        ("X-Mailer", "Zoho Mail")]
    return message(hs, leaf)


def build_yandex(e):
    """Yandex Mail web client, HTML only, 8bit."""
    s, d = e["slug"], parse_date(e["date"])
    doc = "".join("<div>\u00a0</div>" if not p else "<div>%s</div>" % p for p in e["html_paras"])
    leaf = text_leaf(doc + "\n", "html", "8bit", "utf-8")
    hs = base_headers(e, d) + [
        received(e, d, "mail-nwsmtp-smtp-production-main-%d.vla.yp-c.yandex.net" % num(s, "y", 10, 99),
                 "2a02:6b8:c0f:%x:0:640:%x:0" % (num(s, "a", 4096, 65535), num(s, "b", 4096, 65535))),
        ("From", addr(e["frm"][0], e["frm"][1])),
        ("To", HELPDESK),
        ("Subject", subj(e["subject"])),
        ("MIME-Version", "1.0"),
        ("X-Mailer", "Yamail [ http://yandex.ru ] 5.0"),
        ("Date", rfc_date(d)),
        ("Message-Id", "<%d%d@mail.yandex.kz>" % (num(s, "m1", 100000, 999999), int(d.timestamp()))),
        ("BODY", None)]
    return message(hs, leaf)


def _robot_received(e, d, helo, ip):
    return received(e, d, helo, ip)


def build_zoom(e):
    s, d = e["slug"], parse_date(e["date"])
    share = "https://polibatam.zoom.us/rec/share/%s.%s" % (alnum(s, "sh", 40), alnum(s, "sh2", 16))
    play = "https://polibatam.zoom.us/rec/play/%s" % alnum(s, "pl", 48)
    text = """Hi Helpdesk P4M,

Your cloud recording is now available.

Topic: Rapat Koordinasi Helpdesk P4M
Date: Dec 2, 2026 08:30 AM Jakarta

Click here to view the recording (for host only):
%s

Share recording with viewers:
%s
Passcode: 7kQm2#pX

The recording will be moved to trash 30 days after it was created.

Thank you for choosing Zoom.
-The Zoom Team

Copyright \u00a92026 Zoom Communications, Inc. All rights reserved.
55 Almaden Blvd, San Jose, CA 95113
""" % (play, share)
    htm = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#232333">'
           '<table width="100%%" cellpadding="0" cellspacing="0"><tr><td align="center">'
           '<img src="https://st1.zoom.us/static/6.3.0/image/new/zoom_logo_email.png" width="90" alt="Zoom">'
           '</td></tr><tr><td><p>Hi Helpdesk P4M,</p><p>Your cloud recording is now available.</p>'
           '<p><b>Topic:</b> Rapat Koordinasi Helpdesk P4M<br><b>Date:</b> Dec 2, 2026 08:30 AM Jakarta</p>'
           '<p><a href="%s" style="background:#0e71eb;color:#fff;padding:8px 16px;border-radius:8px">'
           'View recording</a></p><p>Share recording with viewers:<br><a href="%s">%s</a><br>'
           'Passcode: 7kQm2#pX</p><p style="color:#747487;font-size:12px">The recording will be moved to '
           'trash 30 days after it was created.</p><p>Thank you for choosing Zoom.<br>-The Zoom Team</p>'
           '</td></tr><tr><td style="color:#747487;font-size:11px">Copyright &copy;2026 Zoom Communications, '
           'Inc. All rights reserved.<br>55 Almaden Blvd, San Jose, CA 95113</td></tr></table></body></html>\n'
           % (play, share, share))
    alt = multi("alternative", hx(s, "b", 32), [text_leaf(text, "plain", "quoted-printable", "UTF-8"),
                                               text_leaf(htm, "html", "quoted-printable", "UTF-8")])
    hs = [("Return-Path", "<bounces+%d-%s-helpdesk-p4m=polibatam.ac.id@em.zoom.us>"
           % (num(s, "sg", 10 ** 7, 10 ** 8), hx(s, "sg2", 4))),
          _robot_received(e, d, "o%d.em.zoom.us" % num(s, "o", 1, 9), "149.72.%d.%d" % (num(s, "i1", 1, 250), num(s, "i2", 1, 250))),
          ("Date", rfc_date(d, pad=True)),
          ("From", "Zoom <no-reply@zoom.us>"),
          ("To", HELPDESK),
          ("Message-ID", "<%s@zoom.us>" % alnum(s, "mid", 22)),
          ("Subject", e["subject"]),
          ("MIME-Version", "1.0"),
          ("BODY", None),
          ("X-SG-EID", alnum(s, "eid", 60))]
    return message(hs, alt)


def build_exchange_retention(e):
    s, d = e["slug"], parse_date(e["date"])
    text = """Items in your mailbox are scheduled to be removed by a retention policy.

Mailbox:            helpdesk-p4m@polibatam.ac.id
Retention policy:   Polibatam Default MRM Policy
Retention tag:      Deleted Items (30 days) - Permanently Delete
Items affected:     1,284
Scheduled removal:  Monday, January 11, 2027

To keep an item, move it out of Deleted Items or apply the retention tag
"Record - 5 Years" in Outlook (right-click > Assign Policy).

This message was sent automatically by Microsoft Exchange. Please do not reply.
"""
    alt = multi("alternative", "_000_%s_" % hx(s, "b", 40).upper(), [
        text_leaf(text, "plain", "quoted-printable", "us-ascii"),
        text_leaf(html_outlook(text, "EN-US"), "html", "quoted-printable", "utf-8")])
    hs = [("Return-Path", "<>"),
          _robot_received(e, d, "EXCH01.polibatam.ac.id", "10.10.1.21"),
          ("From", '"Microsoft Exchange" <%s>' % e["frm"][1]),
          ("To", "<%s>" % HELPDESK),
          ("Subject", e["subject"]),
          ("Date", rfc_date(d)),
          ("Message-ID", "<%s@EXCH01.polibatam.ac.id>" % hx(s, "mid", 32)),
          ("Auto-Submitted", "auto-generated"),
          ("X-Auto-Response-Suppress", "All"),
          ("X-MS-Exchange-Organization-AuthAs", "Internal"),
          ("X-MS-Exchange-Organization-SCL", "-1"),
          ("X-MS-Exchange-Generated-Message-Source", "ELC Assistant"),
          ("Content-Language", "en-US"),
          ("MIME-Version", "1.0"),
          ("BODY", None)]
    return message(hs, alt)


def build_gdrive(e):
    s, d = e["slug"], parse_date(e["date"])
    url = "https://docs.google.com/document/d/1%s/edit?usp=sharing_eil_m&ts=%x" % (alnum(s, "doc", 43), int(d.timestamp()))
    text = """Nguyen Thi Thu Hang shared a document

Nguyen Thi Thu Hang (hang.nguyenthithu@hust.edu.vn) has invited you to view the following document:

Dear P4M team, this is syllabus file of my course, only for your reference. Thank you.

EL3206 Embedded Systems Design - Syllabus
%s

Open

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because hang.nguyenthithu@hust.edu.vn shared a document with you from Google Docs.
""" % url
    htm = ('<!doctype html><html><body><div style="font-family:Google Sans,Roboto,Arial,sans-serif">'
           '<table role="presentation"><tr><td><img src="https://ssl.gstatic.com/docs/documents/share/images/'
           'services/document-2.png" width="24" alt="Logo for Google Docs"></td><td style="font-size:22px">'
           'Nguyen Thi Thu Hang shared a document</td></tr></table>'
           '<p>Nguyen Thi Thu Hang (<a href="mailto:hang.nguyenthithu@hust.edu.vn">hang.nguyenthithu@hust.edu.vn</a>) '
           'has invited you to <b>view</b> the following document:</p>'
           '<blockquote style="border-left:4px solid #dadce0;padding-left:12px">Dear P4M team, this is syllabus '
           'file of my course, only for your reference. Thank you.</blockquote>'
           '<p><a href="%s">EL3206 Embedded Systems Design - Syllabus</a></p>'
           '<p><a href="%s" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px">Open</a></p>'
           '<p style="font-size:12px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, '
           'USA<br>You have received this email because hang.nguyenthithu@hust.edu.vn shared a document with you '
           'from Google Docs.</p></div></body></html>\n' % (url, url))
    alt = multi("alternative", "000000000000" + hx(s, "b", 16), [
        text_leaf(text, "plain", "quoted-printable", "UTF-8"),
        text_leaf(htm, "html", "quoted-printable", "UTF-8")])
    hs = [("Return-Path", "<3%s@doclist.bounces.google.com>" % alnum(s, "rp", 30)),
          _robot_received(e, d, "mail-sor-f%d.google.com" % num(s, "g", 41, 99), "209.85.220.%d" % num(s, "ip", 41, 99)),
          ("MIME-Version", "1.0"),
          ("Reply-To", '"%s" <%s>' % e["reply_to"]),
          ("X-No-Auto-Attachment", "1"),
          ("Message-ID", "<%s@google.com>" % alnum(s, "mid", 40)),
          ("Date", rfc_date(d, pad=True)),
          ("Subject", e["subject"]),
          ("From", '"%s" <%s>' % e["frm"]),
          ("To", HELPDESK),
          ("BODY", None)]
    return message(hs, alt)


def build_smsgw(e):
    s, d = e["slug"], parse_date(e["date"])
    text = """LAPORAN STATUS PENGIRIMAN SMS
=============================
ID batch   : 88412
Pengirim   : HELPDESK-P4M
Dikirim    : 17-12-2026 06:58:12 WIB
Isi pesan  : [P4M] Tiket #2471 Anda telah diselesaikan. Balas email helpdesk untuk memberi nilai 1-5.

No  Tujuan         Status     Waktu laporan        Kode
1   0812xxxx4410   TERKIRIM   17-12-2026 06:58:20  DELIVRD
2   0857xxxx1932   TERKIRIM   17-12-2026 06:58:31  DELIVRD
3   0813xxxx0076   GAGAL      17-12-2026 06:59:55  UNDELIV (nomor tidak aktif)

Sisa kredit: 4.812 SMS

Email ini dikirim otomatis oleh SMS Gateway UPA TIK Polibatam.
Jangan membalas email ini.
"""
    leaf = text_leaf(text, "plain", "7bit", "us-ascii")
    hs = [("Return-Path", "<smsgw-noreply@polibatam.ac.id>"),
          _robot_received(e, d, "smsgw.polibatam.ac.id", "10.10.4.%d" % num(s, "ip", 2, 250)),
          ("Date", rfc_date(d)),
          ("From", "SMS Gateway UPA TIK <smsgw-noreply@polibatam.ac.id>"),
          ("To", HELPDESK),
          ("Subject", e["subject"]),
          ("Message-ID", "<smsgw.88412.%d@smsgw.polibatam.ac.id>" % int(d.timestamp())),
          ("Auto-Submitted", "auto-generated"),
          ("X-Mailer", "Kalkun SMS Gateway 0.8.3 (Gammu SMSD)"),
          ("MIME-Version", "1.0"),
          ("BODY", None)]
    return message(hs, leaf)


def build_moodle_backup(e):
    s, d = e["slug"], parse_date(e["date"])
    text = """Halo Helpdesk P4M,

Ringkasan pencadangan otomatis E-Learning Polibatam:

Pencadangan dimulai : Sabtu, 19 Desember 2026, 01.00
Pencadangan selesai : Sabtu, 19 Desember 2026, 03.11

Jumlah kursus  : 1.318
Berhasil       : 1.309
Gagal          : 0
Belum selesai  : 0
Dilewati       : 9
Peringatan     : 0

Berkas cadangan disimpan di /var/moodledata/backup-otomatis. Cadangan yang
lebih tua dari 14 hari dihapus otomatis.

Laporan lengkap: https://learning.polibatam.ac.id/report/backups/index.php
"""
    htm = "<p>" + "</p>\n<p>".join(html.escape(p).replace("\n", "<br>\n") for p in text.strip().split("\n\n")) + "</p>\n"
    htm = URL_RE.sub(r'<a href="\1">\1</a>', htm)
    alt = multi("alternative", "b1=_%s" % alnum(s, "b", 43), [
        text_leaf(text, "plain", "8bit", "UTF-8"),
        text_leaf(htm, "html", "8bit", "UTF-8")])
    hs = [("Return-Path", "<noreply@polibatam.ac.id>"),
          _robot_received(e, d, "learning.polibatam.ac.id", "103.143.71.%d" % num(s, "ip", 2, 250)),
          ("Date", rfc_date(d)),
          ("To", "Helpdesk P4M <%s>" % HELPDESK),
          ("From", '"%s" <%s>' % e["frm"]),
          ("Reply-To", '"Jangan membalas email ini (via E-Learning Polibatam)" <noreply@polibatam.ac.id>'),
          ("Subject", e["subject"]),
          ("Message-ID", "<%s@learning.polibatam.ac.id>" % hx(s, "mid", 32)),
          ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
          ("Auto-Submitted", "auto-generated"),
          ("X-Auto-Response-Suppress", "All"),
          ("MIME-Version", "1.0"),
          ("BODY", None)]
    return message(hs, alt)


def build_mailman(e):
    s, d = e["slug"], parse_date(e["date"])
    text = """Your mail to 'Dosen-Polibatam' with the subject

    Jadwal Layanan Helpdesk P4M Selama Libur Akhir Tahun

Is being held until the list moderator can review it for approval.

The reason it is being held:

    Post by non-member to a members-only list

Either the message will get posted to the list, or you will receive
notification of the moderator's decision.  If you would like to cancel
this posting, please visit the following URL:

    https://lists.polibatam.ac.id/mailman/confirm/dosen-polibatam/%s

""" % hx(s, "cookie", 40)
    leaf = text_leaf(text, "plain", "7bit", "us-ascii")
    hs = [("Return-Path", "<dosen-polibatam-bounces@lists.polibatam.ac.id>"),
          _robot_received(e, d, "lists.polibatam.ac.id", "103.143.71.%d" % num(s, "ip", 2, 250)),
          ("MIME-Version", "1.0"),
          ("BODY", None),
          ("Subject", e["subject"]),
          ("From", e["frm"][1]),
          ("To", HELPDESK),
          ("Message-ID", "<mailman.%d.%d.%d.dosen-polibatam@lists.polibatam.ac.id>"
           % (num(s, "m1", 100, 999), int(d.timestamp()), num(s, "m2", 1000, 9999))),
          ("Date", rfc_date(d)),
          ("Precedence", "bulk"),
          ("X-BeenThere", "dosen-polibatam@lists.polibatam.ac.id"),
          ("X-Mailman-Version", "2.1.39"),
          ("List-Id", "Milis Dosen Politeknik Negeri Batam <dosen-polibatam.lists.polibatam.ac.id>"),
          ("X-List-Administrivia", "yes"),
          ("Errors-To", "dosen-polibatam-bounces@lists.polibatam.ac.id"),
          ("Sender", '"Dosen-Polibatam" <dosen-polibatam-bounces@lists.polibatam.ac.id>')]
    return message(hs, leaf)


BUILDERS.update({"wlm": build_wlm, "zoho": build_zoho, "yandex": build_yandex, "zoom": build_zoom,
                 "exchange_retention": build_exchange_retention, "gdrive": build_gdrive,
                 "smsgw": build_smsgw, "moodle_backup": build_moodle_backup, "mailman": build_mailman})


def build(e):
    e = dict(e)
    att = []
    gm = e["client"] == "gmail"
    if "attach_docx" in e:
        a = e["attach_docx"]
        data = docx_bytes(a["paragraphs"], a["title"], when=(2026, 12, 27, 21, 14, 6))
        cid = "f_%s0" % alnum(e["slug"], "cid", 9, "0123456789abcdefghijklmnopqrstuvwxyz")
        att.append(bin_leaf(data, CT_DOCX, a["name"],
                            more=[("Content-ID", "<%s>" % cid), ("X-Attachment-Id", cid)] if gm else []))
    if "attach_pdf" in e:
        a = e["attach_pdf"]
        data = pdf_bytes(a["lines"], a["title"], a["stamp"])
        cid = "f_%s0" % alnum(e["slug"], "cid", 9, "0123456789abcdefghijklmnopqrstuvwxyz")
        att.append(bin_leaf(data, "application/pdf", a["name"],
                            more=[("Content-ID", "<%s>" % cid), ("X-Attachment-Id", cid)] if gm else []))
    if "inner" in e:
        inner = BUILDERS[e["inner"]["client"]](e["inner"])
        if e["client"] == "thunderbird":
            att.append(rfc822_leaf(inner, e["inner"]["subject"] + ".eml"))
        else:
            att.append(rfc822_leaf(inner, None))
    if att:
        e["attach"] = att
    return BUILDERS[e["client"]](e)


# --------------------------------------------------------------------------
# checks and output
# --------------------------------------------------------------------------

TYPES = ["course_data", "announcement", "elearning_support", "document_request", "other", "auto"]
EXPECTED = {"course_data": 22, "announcement": 16, "elearning_support": 12, "document_request": 7,
            "other": 7, "auto": 6}
EXPECTED_LANG = {"id": 40, "en": 18, "mixed": 12}
FIELD_KEYS = {"course_code", "course_name", "changes", "title", "publish_at", "scope"}
CHANGE_KEYS = {"fullname", "shortname", "idnumber", "lecturer", "class", "semester", "credits",
               "enrolment_key", "summary", "startdate", "enddate", "visible", "category", "section_name"}
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")


def _norm(t):
    return re.sub(r"\s+", " ", t).strip().lower()


def _visible_text(msg):
    out = [str(msg.get("subject", ""))]
    for part in msg.walk():
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        ct = part.get_content_type()
        if ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            out.append(html.unescape(re.sub(r"<[^>]+>", " ", part.get_content())))
        elif ct == CT_DOCX:
            with zipfile.ZipFile(io.BytesIO(part.get_content())) as z:
                out.append(html.unescape(re.sub(r"<[^>]+>", " ", z.read("word/document.xml").decode("utf-8"))))
        elif ct == "application/pdf":
            raw = part.get_content().decode("latin-1")
            out.append(" ".join(m.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")
                                for m in re.findall(r"\(((?:[^()\\]|\\.)*)\) Tj", raw)))
    return "\n".join(out)


def verify(data, e, fname):
    import email.policy
    from email.parser import BytesParser
    assert b"\n" not in data.replace(b"\r\n", b""), fname + ": bare LF"
    assert b"\r" not in data.replace(b"\r\n", b""), fname + ": bare CR"
    assert all(len(ln) <= 998 for ln in data.split(b"\r\n")), fname + ": line too long"
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    for part in msg.walk():
        assert not part.defects, "%s: defects %r" % (fname, part.defects)
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload()[0].walk():
                assert not sub.defects, "%s: inner defects %r" % (fname, sub.defects)
    sent = parse_date(e["date"])
    assert msg["date"].datetime == sent, (fname, str(msg["date"]))
    w = wib(sent)
    assert dt.datetime(2026, 12, 1, tzinfo=w.tzinfo) <= w < dt.datetime(2027, 2, 1, tzinfo=w.tzinfo), fname
    assert str(msg["subject"]) == e["subject"], (fname, str(msg["subject"]), e["subject"])
    a = msg["from"].addresses[0]
    assert a.addr_spec == e["frm"][1], (fname, a)
    if e.get("reply_to"):
        assert msg["reply-to"].addresses[0].addr_spec == e["reply_to"][1], fname
    t, f = e["type"], e.get("fields", {})
    assert t in TYPES and e["lang"] in EXPECTED_LANG, fname
    assert set(f) <= FIELD_KEYS, (fname, f)
    if t not in ("course_data", "announcement"):
        assert not f, fname + ": fields only for course_data/announcement"
    if t == "announcement":
        assert "changes" not in f and f.get("scope") in ("course", "site") and f.get("title"), fname
    if t == "course_data":
        assert f.get("changes") and not ({"title", "publish_at", "scope"} & set(f)), fname
        assert set(f["changes"]) <= CHANGE_KEYS, (fname, f["changes"])
    if "publish_at" in f:
        assert ISO_RE.match(f["publish_at"]), (fname, f["publish_at"])
        assert dt.datetime.fromisoformat(f["publish_at"]) > sent, (fname, "publish before mail")
    hay = _norm(_visible_text(msg))
    skip = set(e.get("verbatim_skip", []))
    for k in ("course_code", "course_name", "title"):
        if k in f and k not in skip:
            assert _norm(f[k]) in hay, "%s: %s %r not in text" % (fname, k, f[k])
    for k, v in f.get("changes", {}).items():
        assert _norm(v) in hay, "%s: changes.%s %r not in text" % (fname, k, v)
    if e["client"] == "wlm":
        assert b"=\r\n" in data and b"iso-8859-1" in data, fname + ": expected QP soft breaks"
    if e["client"] in ("zoho", "yandex"):
        assert not any(p.get_content_type() == "text/plain" for p in msg.walk()), fname
    return msg


def main():
    items = sorted(EMAILS, key=lambda x: (parse_date(x["date"]), x["slug"]))
    slugs = [x["slug"] for x in items]
    assert len(slugs) == len(set(slugs)), "duplicate slug"
    assert len({parse_date(x["date"]) for x in items}) == len(items), "duplicate date"
    labels, written = {}, set()
    for i, e in enumerate(items, 1):
        assert re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", e["slug"]) and len(e["slug"]) <= 48, e["slug"]
        fname = "%03d-%s.eml" % (i, e["slug"])
        data = build(e)
        verify(data, e, fname)
        with open(os.path.join(OUT_DIR, fname), "wb") as fh:
            fh.write(data)
        written.add(fname)
        labels[fname] = {"type": e["type"], "lang": e["lang"], "fields": e.get("fields", {}),
                         "note": e.get("note", "")}
    for name in os.listdir(OUT_DIR):
        if re.match(r"^\d{3}-.*\.eml$", name) and name not in written:
            os.remove(os.path.join(OUT_DIR, name))
    with open(os.path.join(OUT_DIR, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    counts = {t: sum(1 for x in items if x["type"] == t) for t in TYPES}
    langs = {k: sum(1 for x in items if x["lang"] == k) for k in EXPECTED_LANG}
    print("wrote %d messages to %s" % (len(items), OUT_DIR))
    print("  types: " + ", ".join("%s %d" % (t, counts[t]) for t in TYPES))
    print("  langs: " + ", ".join("%s %d" % (k, langs[k]) for k in EXPECTED_LANG))
    if counts != EXPECTED or langs != EXPECTED_LANG or len(items) != 70:
        print("ERROR: counts differ from the plan %r %r" % (EXPECTED, EXPECTED_LANG), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

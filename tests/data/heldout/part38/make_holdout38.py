#!/usr/bin/env python3
"""Held-out corpus, part 38: 70 labelled requests to the P4M helpdesk.

Run ``python3 make_holdout38.py``; it writes, next to itself,

    NNN-short-quirk-description.eml   raw RFC 5322 messages, CRLF line endings
    labels.json                       {"file": {"type", "lang", "fields", "note"}}

Only the Python standard library is used.  Nothing is random: Message-IDs,
boundaries, queue ids and attachment bytes are derived from each message's
slug, and every date is fixed, so a second run rewrites byte-identical files.
Files are numbered in the order of their Date headers.

The mail bodies were written by hand for this part; the code below only wraps
them in the headers and MIME structure the named mail client would produce.
Before writing, every message is parsed back and checked (no defects, CRLF,
label strings present in the readable text), and the counts per type and
language are checked against the plan.
"""

import datetime as dt
import hashlib
import html
import io
import json
import os
import re
import sys
import textwrap
import zipfile
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import format_datetime

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
POL = policy.default.clone(linesep="\r\n", max_line_length=78)
HELPDESK = "helpdesk-p4m@polibatam.ac.id"
HD = ("Helpdesk P4M", HELPDESK)

PLAN_TYPES = {"course_data": 22, "announcement": 16, "elearning_support": 12,
              "document_request": 7, "other": 7, "auto": 6}
PLAN_LANGS = {"id": 40, "en": 18, "mixed": 12}
CHANGE_KEYS = {"fullname", "shortname", "lecturer", "class", "semester",
               "credits", "enrolment_key", "summary"}


# --------------------------------------------------------------------------
# deterministic helpers
# --------------------------------------------------------------------------

def _d(slug, salt):
    return hashlib.sha256(("part38|%s|%s" % (slug, salt)).encode()).digest()


def hx(slug, salt, n):
    out, i = "", 0
    while len(out) < n:
        out += _d(slug, "%s%d" % (salt, i)).hex()
        i += 1
    return out[:n]


def alnum(slug, salt, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    v = int.from_bytes(_d(slug, salt) + _d(slug, salt + "x"), "big")
    s = ""
    for _ in range(n):
        v, r = divmod(v, len(alphabet))
        s += alphabet[r]
    return s


def num(slug, salt, lo, hi):
    return lo + int.from_bytes(_d(slug, salt)[:8], "big") % (hi - lo + 1)


def when(s, hours=7):
    """'2025-08-04 09:12:33' in a fixed UTC offset."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(
        tzinfo=dt.timezone(dt.timedelta(hours=hours)))


def rfc(d):
    return format_datetime(d)


def wib(d):
    return d.astimezone(dt.timezone(dt.timedelta(hours=7)))


def T(s):
    """Dedent a hand-written body; a line '<<SIG>>' becomes the '-- ' separator."""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    s = s.replace("<<SIG>>", "-- ")
    return s.rstrip("\n") + "\n"


ATTR_RE = re.compile(r"^(Pada|On) .+(>|menulis:|wrote:)$")


def wrap72(text, width=72):
    """Hard-wrap long lines the way a desktop client would (quotes untouched)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 76 or line.startswith(">") or ATTR_RE.match(line):
            out.append(line)
            continue
        out.extend(textwrap.wrap(line, width=width, break_long_words=False,
                                 break_on_hyphens=False) or [""])
    return "\n".join(out)


def flow(text, width=72):
    """format=flowed: soft breaks are a trailing space before the line end."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 76 or line.startswith(">") or line == "-- ":
            out.append(line)
            continue
        parts = textwrap.wrap(line, width=width, break_long_words=False,
                              break_on_hyphens=False)
        for i, p in enumerate(parts):
            out.append(p + (" " if i < len(parts) - 1 else ""))
    return "\n".join(out)


# --------------------------------------------------------------------------
# HTML renderers
# --------------------------------------------------------------------------

def _gmail_lines(lines):
    out, i = [], 0
    while i < len(lines):
        if lines[i].startswith(">"):
            j = i
            while j < len(lines) and lines[j].startswith(">"):
                j += 1
            inner = [l[2:] if l.startswith("> ") else l[1:] for l in lines[i:j]]
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">')
            out.extend(_gmail_lines(inner))
            out.append("</blockquote>")
            i = j
            continue
        line = lines[i]
        if line.startswith("Pada ") and i + 1 < len(lines) and lines[i + 1] == "menulis:":
            line = line + " menulis:"
            i += 1
        if re.match(r"^(Pada .+ menulis:|On .+ wrote:)$", line):
            out.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div>'
                       % html.escape(line))
            j = i + 1
            while j < len(lines) and lines[j].startswith(">"):
                j += 1
            out.extend(_gmail_lines(lines[i + 1:j]))
            out.append("</div>")
            i = j
            continue
        elif line.strip():
            out.append("<div>%s</div>" % html.escape(line))
        else:
            out.append("<div><br></div>")
        i += 1
    return out


def html_gmail(text):
    return '<div dir="ltr">\n' + "\n".join(_gmail_lines(text.rstrip("\n").split("\n"))) + "\n</div>\n"


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Calibri;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
table.MsoTableGrid
	{border-collapse:collapse;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">"""


def html_outlook(text, lang="id-ID"):
    out = [OUTLOOK_HEAD % lang]
    for line in text.rstrip("\n").split("\n"):
        if line.startswith("________________________________"):
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            out.append("</div>")
        elif line.strip():
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % html.escape(line))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    out.append("</div>\n</body>\n</html>\n")
    return "\n".join(out)


def html_simple(text, div_attr='dir="auto"'):
    out = ["<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"]
    for line in text.rstrip("\n").split("\n"):
        out.append("<div %s>%s</div>" % (div_attr, html.escape(line) if line.strip() else "<br>"))
    out.append("</body></html>\n")
    return "\n".join(out)


def html_yahoo(text, slug):
    cls = "ydp%s" % hx(slug, "ycls", 8)
    out = ['<html><head></head><body><div class="%syahoo-style-wrap" style="font-family:Helvetica Neue, '
           'Helvetica, Arial, sans-serif;font-size:13px;">' % cls]
    for line in text.rstrip("\n").split("\n"):
        out.append('<div dir="ltr" data-setdir="false">%s</div>'
                   % (html.escape(line) if line.strip() else "<br>"))
    out.append("</div></body></html>\n")
    return "\n".join(out)


# --------------------------------------------------------------------------
# attachments
# --------------------------------------------------------------------------

def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def docx_bytes(paragraphs, table_rows, after=()):
    """A minimal but valid WordprocessingML document (paragraphs, one table)."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def para(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, _x(t))

    body = [para(p, bold=(i == 0)) for i, p in enumerate(paragraphs)]
    rows = []
    for r, row in enumerate(table_rows):
        cells = "".join('<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>%s</w:tc>'
                        % para(c, bold=(r == 0)) for c in row)
        rows.append("<w:tr>%s</w:tr>" % cells)
    body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                '</w:tblBorders></w:tblPr><w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/>'
                '</w:tblGrid>%s</w:tbl>' % "".join(rows))
    body.extend(para(p) for p in after)
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                '</w:sectPr></w:body></w:document>' % (W, "".join(body)))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
         'officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", document),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 12, 9, 15, 42, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data.encode("utf-8"), compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return buf.getvalue()


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>|</w:tc>", " ", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


# --------------------------------------------------------------------------
# message builders, one per mail client
# --------------------------------------------------------------------------

MAILS = []


def add(slug, date, client, frm, subject, text, label, **kw):
    kw.update(slug=slug, date=date, client=client, frm=frm, subject=subject,
              text=text, label=label)
    MAILS.append(kw)


def addr(p):
    name, a = p
    from email.headerregistry import Address
    if not name:
        return a
    local, domain = a.split("@")
    return str(Address(display_name=name, username=local, domain=domain))


def received_hdr(m, d):
    slug = m["slug"]
    domain = m["frm"][1].split("@")[1]
    qid = alnum(slug, "qid", 13)
    rd = wib(d + dt.timedelta(seconds=num(slug, "lag", 2, 40)))
    stamp = rfc(rd) + " (WIB)"
    if domain == "gmail.com":
        host = "mail-%s-f%d.google.com" % (["pl1", "yb1", "ej1", "lf1", "pj1"][num(slug, "h", 0, 4)],
                                           num(slug, "f", 41, 199))
        ip = "209.85.%d.%d" % (num(slug, "i1", 128, 222), num(slug, "i2", 2, 250))
        return "from %s (%s [%s]) by mx.polibatam.ac.id (Postfix) with ESMTPS id %s for <%s>; %s" % (
            host, host, ip, qid, HELPDESK, stamp)
    if domain.startswith("yahoo"):
        host = "sonic%d-%d.consmr.mail.sg3.yahoo.com" % (num(slug, "y1", 301, 330), num(slug, "y2", 1, 30))
        return "from %s (%s [106.10.%d.%d]) by mx.polibatam.ac.id (Postfix) with ESMTPS id %s for <%s>; %s" % (
            host, host, num(slug, "y3", 240, 250), num(slug, "y4", 2, 250), qid, HELPDESK, stamp)
    if domain in ("outlook.com", "hotmail.com") or m["client"] in ("outlook", "outlook_html") \
            and not domain.endswith("polibatam.ac.id"):
        host = "APC01-SG2-obe.outbound.protection.outlook.com"
        return "from %s (%s [40.107.%d.%d]) by mx.polibatam.ac.id (Postfix) with ESMTPS id %s for <%s>; %s" % (
            host, host, num(slug, "o1", 215, 222), num(slug, "o2", 2, 250), qid, HELPDESK, stamp)
    if domain.endswith("polibatam.ac.id"):
        return "from mail.polibatam.ac.id (mail.polibatam.ac.id [103.143.71.%d]) by mx.polibatam.ac.id (Postfix) with ESMTP id %s for <%s>; %s" % (
            num(slug, "p", 20, 240), qid, HELPDESK, stamp)
    host = "mail-%d.protonmail.ch" % num(slug, "pm", 4300, 4399) if domain == "proton.me" else "mail.%s" % domain
    return "from %s (%s [%d.%d.%d.%d]) by mx.polibatam.ac.id (Postfix) with ESMTPS id %s for <%s>; %s" % (
        host, host, num(slug, "a", 31, 213), num(slug, "b", 1, 254), num(slug, "c", 1, 254),
        num(slug, "e", 2, 250), qid, HELPDESK, stamp)


def msgid(m):
    slug, client = m["slug"], m["client"]
    domain = m["frm"][1].split("@")[1]
    if client == "gmail":
        return "<CA%s@mail.gmail.com>" % alnum(slug, "mid", 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")
    if client in ("outlook", "outlook_html"):
        box = "SEZPR06MB%d" % num(slug, "box", 4000, 7999)
        return "<%s%s@%s.apcprd06.prod.outlook.com>" % (box, hx(slug, "mid", 24).upper(), box)
    if client == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (num(slug, "y1", 10 ** 8, 2 * 10 ** 9),
                                             num(slug, "y2", 10 ** 6, 9 * 10 ** 6),
                                             int(m["date"].timestamp() * 1000) + num(slug, "ms", 0, 999))
    if client in ("iphone", "apple"):
        h = hx(slug, "mid", 32).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    if client == "samsung":
        return "<%s@email.android.com>" % alnum(slug, "mid", 22, "abcdefghijklmnopqrstuvwxyz0123456789")
    if client == "thunderbird":
        h = hx(slug, "mid", 32)
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], domain)
    if client == "proton":
        return "<%s=@proton.me>" % alnum(slug, "mid", 86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    if client == "zimbra":
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (num(slug, "z1", 10 ** 8, 9 * 10 ** 8), num(slug, "z2", 10 ** 6, 9 * 10 ** 6),
                                                  int(m["date"].timestamp() * 1000), domain)
    return "<%s.%s@%s>" % (hx(slug, "mid", 16), hx(slug, "mid2", 8), domain)


def set_boundaries(msg, slug, style):
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart" and part.get_boundary() is None:
            if style == "gmail":
                b = "0000000000%s" % hx(slug, "b%d" % i, 14)
            elif style in ("outlook", "outlook_html"):
                b = "_00%d_SEZPR06MB%d%sapcp_" % (i, num(slug, "box", 4000, 7999), hx(slug, "b%d" % i, 20).upper())
            elif style == "yahoo":
                b = "----=_Part_%d_%d.%d" % (num(slug, "p%d" % i, 10 ** 6, 9 * 10 ** 6),
                                             num(slug, "q%d" % i, 10 ** 8, 2 * 10 ** 9),
                                             int(msg_date_ms(slug)))
            elif style == "samsung":
                b = "--_com.samsung.android.email_%d" % num(slug, "b%d" % i, 10 ** 12, 10 ** 13 - 1)
            elif style in ("apple", "iphone"):
                b = "Apple-Mail=_%s" % hx(slug, "b%d" % i, 32).upper()
            else:
                b = "------------%s" % alnum(slug, "b%d" % i, 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
            part.set_boundary(b)
            i += 1


_DATES = {}


def msg_date_ms(slug):
    return _DATES[slug]


def build(m, top=True):
    slug, client, d = m["slug"], m["client"], m["date"]
    _DATES[slug] = int(d.timestamp() * 1000)
    msg = EmailMessage(policy=POL)
    text = m["text"]
    to = m.get("to", addr(HD))
    if top:
        msg["Return-Path"] = "<%s>" % m.get("return_path", m["frm"][1])
        msg["Received"] = received_hdr(m, d)
    mid = m.get("msgid") or msgid(m)
    extra = list(m.get("extra", []))

    def common(order):
        for h in order:
            if h == "From":
                msg["From"] = addr(m["frm"])
            elif h == "To":
                msg["To"] = to
            elif h == "Cc" and m.get("cc"):
                msg["Cc"] = m["cc"]
            elif h == "Subject":
                msg["Subject"] = m["subject"]
            elif h == "Date":
                msg["Date"] = m.get("date_hdr") or rfc(d)
            elif h == "Message-ID":
                msg["Message-ID"] = mid
            elif h == "In-Reply-To" and m.get("irt"):
                msg["In-Reply-To"] = m["irt"]
            elif h == "References" and (m.get("refs") or m.get("irt")):
                msg["References"] = m.get("refs") or m["irt"]
            elif h == "MIME-Version":
                msg["MIME-Version"] = m.get("mime_version", "1.0")
            elif h == "EXTRA":
                for k, v in extra:
                    msg[k] = v

    ascii_only = all(ord(c) < 128 for c in text)

    if client == "gmail":
        common(["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID",
                "Subject", "To", "Cc", "EXTRA"])
        plain = wrap72(text)
        long_lines = any(len(l) > 76 for l in plain.split("\n"))
        msg.set_content(plain, charset="utf-8",
                        cte="7bit" if ascii_only and not long_lines else "quoted-printable")
        msg.add_alternative(m.get("html") or html_gmail(text), subtype="html", charset="utf-8",
                            cte="quoted-printable")
    elif client in ("outlook", "outlook_html"):
        common(["From", "To", "Cc", "Subject", "EXTRA"])
        msg["Thread-Topic"] = re.sub(r"^(RE|FW|TR|Fw|Re|Balasan Otomatis|Automatic reply):\s*", "", m["subject"])
        msg["Thread-Index"] = alnum(slug, "ti", 30) + "=="
        common(["Date", "Message-ID", "References", "In-Reply-To"])
        msg["Accept-Language"] = m.get("accept_language", "id-ID, en-US")
        msg["X-MS-Has-Attach"] = "yes" if (m.get("atts") or m.get("rfc822")) else ""
        msg["X-MS-TNEF-Correlator"] = ""
        common(["MIME-Version"])
        if client == "outlook_html":
            msg.set_content(m["html"], subtype="html", charset="utf-8", cte="quoted-printable")
        else:
            msg.set_content(text, charset="utf-8" if not ascii_only else "us-ascii",
                            cte="quoted-printable")
            msg.add_alternative(m.get("html") or html_outlook(text, m.get("content_language", "id-ID")),
                                subtype="html", charset="utf-8", cte="quoted-printable")
    elif client == "thunderbird":
        common(["Message-ID", "Date", "MIME-Version"])
        msg["User-Agent"] = "Mozilla Thunderbird"
        common(["To", "Cc", "References", "In-Reply-To", "From", "Subject", "EXTRA"])
        msg.set_content(flow(text), charset="utf-8", cte="7bit" if ascii_only else "8bit",
                        params={"format": "flowed"})
    elif client == "iphone":
        common(["From", "MIME-Version", "Date", "Subject", "Message-ID", "References", "In-Reply-To",
                "To", "Cc", "EXTRA"])
        msg.replace_header("MIME-Version", "1.0 (1.0)")
        msg["X-Mailer"] = "iPhone Mail (22G86)"
        msg.set_content(text, charset="utf-8", cte="quoted-printable")
    elif client == "apple":
        common(["From", "Date", "Subject", "Message-ID", "References", "In-Reply-To", "To", "Cc", "EXTRA"])
        msg["X-Mailer"] = "Apple Mail (2.3826.600.51.1.1)"
        msg["Mime-Version"] = "1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))"
        msg.set_content(wrap72(text), charset="us-ascii" if ascii_only else "utf-8",
                        cte="7bit" if ascii_only else "quoted-printable")
    elif client == "samsung":
        common(["Date", "Subject", "Message-ID", "References", "In-Reply-To", "From", "To", "Cc", "EXTRA"])
        msg["X-Android-Message-ID"] = mid
        msg["Importance"] = "Normal"
        msg["X-Priority"] = "3"
        common(["MIME-Version"])
        msg.set_content(text, charset="utf-8", cte="base64")
        msg.add_alternative(html_simple(text), subtype="html", charset="utf-8", cte="base64")
    elif client == "yahoo":
        common(["Date", "From", "To", "Cc", "Message-ID", "References", "In-Reply-To", "Subject",
                "MIME-Version", "EXTRA"])
        msg["X-Mailer"] = "WebService/1.1.24187 YMailNorrin"
        msg.set_content(text, charset="utf-8", cte="quoted-printable")
        msg.add_alternative(html_yahoo(text, slug), subtype="html", charset="utf-8",
                            cte="quoted-printable")
    elif client == "roundcube":
        common(["MIME-Version", "Date", "From", "To", "Cc", "Subject", "In-Reply-To", "References",
                "Message-ID", "EXTRA"])
        msg["User-Agent"] = "Roundcube Webmail/1.6.9"
        msg["X-Sender"] = m["frm"][1]
        msg.set_content(text, charset="utf-8", cte="8bit" if not ascii_only else "7bit")
    elif client == "proton":
        common(["Date", "To", "From", "Subject", "Message-ID", "References", "In-Reply-To",
                "Cc", "EXTRA"])
        msg["Feedback-ID"] = "%s:user:proton" % alnum(slug, "fb", 22)
        msg["X-Pm-Message-ID"] = hx(slug, "pm", 40)
        common(["MIME-Version"])
        msg.set_content(text, charset="utf-8", cte="quoted-printable")
        msg.add_alternative(html_simple(text, 'style="font-family: Arial, sans-serif; font-size: 14px;"'),
                            subtype="html", charset="utf-8", cte="base64")
    elif client == "zimbra":
        common(["Date", "From", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject",
                "MIME-Version", "EXTRA"])
        msg["X-Mailer"] = "Zimbra 10.0.8_GA_4628 (zclient/10.0.8_GA_4628)"
        msg.set_content(text, charset="utf-8", cte="7bit" if ascii_only else "quoted-printable")
    elif client == "machine":
        common(["Date", "To", "From", "Subject", "Message-ID", "In-Reply-To", "References", "EXTRA",
                "MIME-Version"])
        if m.get("html"):
            msg.set_content(text, charset="utf-8", cte="8bit" if not ascii_only else "7bit")
            msg.add_alternative(m["html"], subtype="html", charset="utf-8",
                                cte="8bit" if not ascii_only else "7bit")
        else:
            msg.set_content(text, charset="utf-8", cte="8bit" if not ascii_only else "7bit")
    else:
        raise ValueError(client)

    for fname, ctype, data in m.get("atts", []):
        maint, sub = ctype.split("/")
        msg.add_attachment(data, maintype=maint, subtype=sub, filename=fname)
    if m.get("rfc822"):
        inner = build(m["rfc822"], top=False)
        msg.add_attachment(inner, filename=m["rfc822"].get("filename"), cte="7bit")
    if client in ("outlook", "outlook_html"):
        msg["Content-Language"] = m.get("content_language", "id-ID")
    elif client == "thunderbird":
        msg["Content-Language"] = m.get("content_language", "id")
    set_boundaries(msg, slug, client)
    _strip_part_mime_version(msg, root=True)
    return msg


def _strip_part_mime_version(part, root):
    """EmailMessage gives every sub-part its own MIME-Version; clients do not."""
    if not root and "MIME-Version" in part:
        del part["MIME-Version"]
    if part.get_content_type() == "message/rfc822":
        _strip_part_mime_version(part.get_payload(0), root=True)
    elif part.is_multipart():
        for sub in part.get_payload():
            _strip_part_mime_version(sub, root=False)


def dsn(m):
    """A Postfix bounce, written out as the MTA writes it."""
    slug, d = m["slug"], m["date"]
    qid = alnum(slug, "qid", 13)
    b = "%s.%d/mx.polibatam.ac.id" % (qid, int(d.timestamp()))
    stamp = rfc(d) + " (WIB)"
    r = m["returned"]
    lines = [
        "Return-Path: <>",
        "Received: by mx.polibatam.ac.id (Postfix) id %s;" % qid,
        " %s" % stamp,
        "Date: %s" % stamp,
        "From: MAILER-DAEMON@polibatam.ac.id (Mail Delivery System)",
        "Subject: Undelivered Mail Returned to Sender",
        "To: %s" % HELPDESK,
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        "Content-Type: multipart/report; report-type=delivery-status;",
        '\tboundary="%s"' % b,
        "Content-Transfer-Encoding: 8bit",
        "Message-Id: <%s.%s@mx.polibatam.ac.id>" % (wib(d).strftime("%Y%m%d%H%M%S"), qid),
        "",
        "This is a MIME-encapsulated message.",
        "",
        "--%s" % b,
        "Content-Description: Notification",
        "Content-Type: text/plain; charset=us-ascii",
        "",
    ] + m["text"].rstrip("\n").split("\n") + [
        "",
        "--%s" % b,
        "Content-Description: Delivery report",
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; mx.polibatam.ac.id",
        "X-Postfix-Queue-ID: %s" % qid,
        "X-Postfix-Sender: rfc822; %s" % HELPDESK,
        "Arrival-Date: %s" % rfc(d - dt.timedelta(seconds=7)),
        "",
        "Final-Recipient: rfc822; %s" % m["rcpt"],
        "Original-Recipient: rfc822;%s" % m["rcpt"],
        "Action: failed",
        "Status: 5.1.1",
        "Remote-MTA: dns; %s" % m["remote"],
        "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected:" % m["rcpt"],
        "    User unknown in virtual mailbox table",
        "",
        "--%s" % b,
        "Content-Description: Undelivered Message",
        "Content-Type: message/rfc822",
        "Content-Transfer-Encoding: 8bit",
        "",
    ] + r.rstrip("\n").split("\n") + [
        "",
        "--%s--" % b,
        "",
    ]
    return "\r\n".join(lines).encode("utf-8")


# --------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------

def L(type_, lang, note="", **fields):
    return {"type": type_, "lang": lang, "fields": fields, "note": note}


# ==========================================================================
# THE MAILS (hand-written).  Order here does not matter; files are numbered
# by Date.
# ==========================================================================

# ---- course_data ---------------------------------------------------------

add("kajur-surat-resmi-bernomor-nama-dan-kode-mk",
    when("2025-08-04 09:12:33"), "outlook",
    ("Dr. Ir. Wahyu Setiabudi, M.Eng., IPM.", "wahyu.setiabudi@polibatam.ac.id"),
    "Permohonan Perubahan Data Identitas Mata Kuliah Pengolahan Citra Digital (IF3211)",
    T("""
    Kepada Yth.
    Kepala Pusat Penjaminan Mutu dan Pengembangan Pembelajaran (P4M)
    c.q. Tim Helpdesk E-Learning
    Politeknik Negeri Batam
    di tempat

    Nomor    : 0871/PL29.3/TI/VIII/2025
    Lampiran : -
    Perihal  : Permohonan Perubahan Data Identitas Mata Kuliah

    Dengan hormat,

    Menindaklanjuti hasil Rapat Kurikulum Jurusan Teknik Informatika tanggal 28 Juli 2025 serta penyesuaian kurikulum berbasis OBE pada Program Studi Teknik Informatika, bersama ini kami mengajukan permohonan perubahan data identitas mata kuliah pada e-learning dengan rincian sebagai berikut:

    1. Nama mata kuliah saat ini : Pengolahan Citra Digital
    2. Kode mata kuliah          : IF3211
    3. Nama lengkap (baru)       : Pengolahan Citra dan Visi Komputer
    4. Nama singkat (baru)       : IF3211-PCVK

    Perubahan tersebut kiranya sudah dapat diberlakukan sebelum perkuliahan semester Ganjil 2025/2026 dimulai. Seluruh isi course (materi, bank soal, dan aktivitas) mohon tetap dipertahankan.

    Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.

    Hormat kami,
    Ketua Jurusan Teknik Informatika,

    Dr. Ir. Wahyu Setiabudi, M.Eng., IPM.
    NIP 197603142005011002

    Tembusan:
    1. Wakil Direktur Bidang Akademik
    2. Koordinator Program Studi Teknik Informatika
    """),
    L("course_data", "id", "Formal numbered letter; items 1-2 identify the course, 3-4 are the changes; the semester is only when the change should take effect, not a change.",
      course_code="IF3211", course_name="Pengolahan Citra Digital",
      changes={"fullname": "Pengolahan Citra dan Visi Komputer", "shortname": "IF3211-PCVK"}))

add("codeswitch-enrol-key-titik-strip-cloud",
    when("2025-08-13 19:42:08"), "gmail",
    ("Rizky Maulana", "rizky.maulana@polibatam.ac.id"),
    "enrol key cloud computing pls",
    T("""
    Hi min,

    Tolong update enrolment key course Cloud Computing (TRPL3305) ya, yang lama udah leaked di grup angkatan 2023 😅

    New key: CloudTRPL-25.b

    Case sensitive ya, C-nya kapital dan TRPL juga kapital. Thanks a lot!

    Rizky
    """),
    L("course_data", "mixed", course_code="TRPL3305", course_name="Cloud Computing",
      changes={"enrolment_key": "CloudTRPL-25.b"}))

add("visiting-lecturer-swedia-dosen-dan-kelas-iup",
    when("2025-08-20 10:03:11", 2), "outlook",
    ("Ingrid Bergström", "ingrid.bergstrom@outlook.com"),
    "Renewable Energy Systems (EL4102) – lecturer name and class",
    T("""
    Dear P4M Helpdesk,

    I have just started as a visiting lecturer in the Electrical Engineering department for this semester, and I will be teaching Renewable Energy Systems (EL4102) in place of Pak Darmawan, who is on research leave.

    Could you please update the course page so that it shows the correct information?

    - Lecturer: Dr. Ingrid Bergström
    - Class: EL-4A IUP

    At the moment the page still lists Darmawan Siregar, S.T., M.T. and class EL-4B, which confuses my students.

    Thank you very much in advance.

    Kind regards,
    Ingrid Bergström
    Visiting Lecturer (Erasmus+ staff mobility)
    Department of Electrical Engineering, Politeknik Negeri Batam
    """),
    L("course_data", "en", course_code="EL4102", course_name="Renewable Energy Systems",
      changes={"lecturer": "Dr. Ingrid Bergström", "class": "EL-4A IUP"}),
    accept_language="en-GB, sv-SE", content_language="en-GB")

add("balasan-bottom-post-sks-bukan-dua",
    when("2025-09-01 08:25:47"), "thunderbird",
    ("Fadli Ramadhan", "fadli.ramadhan@polibatam.ac.id"),
    "Re: [P4M #2025-0612] SKS Keamanan Jaringan",
    T("""
    Pada 29/08/2025 16.10, Helpdesk P4M menulis:
    > Yth. Bapak Fadli,
    >
    > Terima kasih, permohonan Bapak sudah kami terima dengan nomor tiket
    > #2025-0612. Agar dapat kami proses, mohon dilengkapi kode MK dan
    > jumlah SKS yang benar.
    >
    > Salam,
    > Tim Helpdesk P4M

    Baik, berikut datanya:

    Kode MK : RKS2203
    Nama MK : Keamanan Jaringan
    SKS     : 3 (bukan 2 seperti yang tampil sekarang)

    Terima kasih.

    <<SIG>>
    Fadli Ramadhan, M.Kom.
    Prodi Rekayasa Keamanan Siber
    """),
    L("course_data", "id", "Bottom-posted reply: the quoted helpdesk question comes first, the answer below it.",
      course_code="RKS2203", course_name="Keamanan Jaringan", changes={"credits": "3"}),
    irt="<tkt-2025-0612.ack@helpdesk.polibatam.ac.id>")

add("dosen-minang-kelas-bukan-2a-tapi-2c",
    when("2025-09-03 10:17:52"), "gmail",
    ("Yusnita Chaniago", "yusnita.chaniago@polibatam.ac.id"),
    "Kelas di course Akuntansi Sektor Publik salah",
    T("""
    Assalamualaikum uda/uni di P4M,

    Baa kaba? Ambo Yusnita, dosen Akuntansi. Ado saketek masalah di course Akuntansi Sektor Publik (AK2206). Kelas yang tertulis di e-learning kini AK-2A, padahal nan batua AK-2C. Anak-anak AK-2C alah mangaluah indak basobok course-nyo.

    Tolong kelasnya diubah jadi AK-2C yo. Tarimo kasih banyak.

    Wassalam,
    Yusnita Chaniago, S.E., M.Ak.
    Prodi Akuntansi Manajerial
    """),
    L("course_data", "id", course_code="AK2206", course_name="Akuntansi Sektor Publik",
      changes={"class": "AK-2C"}))

MEK_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
table.MsoTableGrid {border-collapse:collapse;}
--></style>
</head>
<body lang="id-ID" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Selamat siang Tim Helpdesk P4M,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Atas arahan Koordinator Prodi Teknologi Rekayasa Mekatronika, mohon dilakukan pembaruan data course <b>Sistem Tertanam (MEK2304)</b> di e-learning sesuai tabel berikut:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr>
<td width="150" style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Data<o:p></o:p></b></p></td>
<td width="230" style="border:solid windowtext 1.0pt;border-left:none;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Tertulis saat ini<o:p></o:p></b></p></td>
<td width="290" style="border:solid windowtext 1.0pt;border-left:none;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Seharusnya<o:p></o:p></b></p></td>
</tr>
<tr>
<td style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal">Nama lengkap<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Sistem Tertanam<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Sistem Tertanam Berbasis Mikrokontroler<o:p></o:p></p></td>
</tr>
<tr>
<td style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal">Nama singkat<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">MEK2304<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">MEK2304-STBM<o:p></o:p></p></td>
</tr>
<tr>
<td style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal">Dosen pengampu<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Hendro Wibisono, S.T.<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Yohanes Kristianto Lumban Gaol, S.T., M.Eng.<o:p></o:p></p></td>
</tr>
<tr>
<td style="border:solid windowtext 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal">SKS<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">3<o:p></o:p></p></td>
<td style="border-top:none;border-left:none;border-bottom:solid windowtext 1.0pt;border-right:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">3 (tetap)<o:p></o:p></p></td>
</tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Peserta dan materi course tidak perlu diubah. Terima kasih atas bantuannya.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Salam,<o:p></o:p></p>
<p class="MsoNormal"><b>Admin Prodi Teknologi Rekayasa Mekatronika</b><o:p></o:p></p>
<p class="MsoNormal">Jurusan Teknik Elektro &#8211; Politeknik Negeri Batam<o:p></o:p></p>
<p class="MsoNormal">Telp. 0778-469858 ext. 1217<o:p></o:p></p>
</div>
</body>
</html>
"""

add("outlook-html-saja-tabel-lama-baru-sks-tetap",
    when("2025-09-11 13:40:19"), "outlook_html",
    ("Admin Prodi Mekatronika", "admin.mekatronika@polibatam.ac.id"),
    "Pembaruan data course MEK2304",
    "", L("course_data", "id", "HTML-only Outlook mail; the changes are in a three-column table (field / current / new). SKS row is marked unchanged.",
          course_code="MEK2304", course_name="Sistem Tertanam",
          changes={"fullname": "Sistem Tertanam Berbasis Mikrokontroler", "shortname": "MEK2304-STBM",
                   "lecturer": "Yohanes Kristianto Lumban Gaol, S.T., M.Eng."}),
    html=MEK_HTML, to='"helpdesk-p4m@polibatam.ac.id" <helpdesk-p4m@polibatam.ac.id>')

add("dosen-di-hp-singkatan-enrol-key-garis-bawah",
    when("2025-09-23 06:48:31"), "iphone",
    ("Dimas Prasetyo", "dimas.prasetyo@polibatam.ac.id"),
    "Enrol key statind",
    T("""
    Pagi min, sorry ganggu pagi2. Pls ganti enrol key MK Statistika Industri TI2203 jd StatInd_2B-2025 ya, yg lama kesebar ke kls lain. Asap kalo bisa, jam 10 ada kuis

    Thx

    Sent from my iPhone
    """),
    L("course_data", "mixed", course_code="TI2203", course_name="Statistika Industri",
      changes={"enrolment_key": "StatInd_2B-2025"}))

add("admin-teruskan-lampiran-eml-kaprodi-batak",
    when("2025-09-29 11:05:40"), "outlook",
    ("Nurhayati", "nurhayati.adm@polibatam.ac.id"),
    "TR: Pengampu dan semester MK Perpindahan Panas",
    T("""
    Selamat siang Tim P4M,

    Bersama ini saya teruskan email dari Kaprodi Teknik Mesin (terlampir). Mohon bantuannya untuk ditindaklanjuti di e-learning.

    Terima kasih.

    Salam,
    Nurhayati
    Staf Administrasi Jurusan Teknik Mesin
    Politeknik Negeri Batam
    """),
    L("course_data", "id", "Forward as a message/rfc822 attachment: the request itself is only in the attached mail from the head of study programme.",
      course_code="MS3103", course_name="Perpindahan Panas",
      changes={"lecturer": "Dr. Ir. Hotman Sitorus, M.Sc.", "semester": "Ganjil 2025/2026"}),
    rfc822=dict(slug="admin-teruskan-lampiran-eml-kaprodi-batak-inner",
                date=when("2025-09-26 16:20:05"), client="outlook",
                frm=("Dr. Ir. Hotman Sitorus, M.Sc.", "hotman.sitorus@polibatam.ac.id"),
                to="Nurhayati <nurhayati.adm@polibatam.ac.id>",
                subject="Pengampu dan semester MK Perpindahan Panas",
                filename="Pengampu dan semester MK Perpindahan Panas.eml",
                text=T("""
                Bu Nur,

                Tolong diteruskan ke P4M ya. Course Perpindahan Panas (MS3103) di e-learning masih tercatat semester Genap 2024/2025 dengan dosen lama. Mohon diubah:
                - Dosen pengampu: Dr. Ir. Hotman Sitorus, M.Sc.
                - Semester: Ganjil 2025/2026

                Kalau ada yang perlu ditandatangani, kabari saja.

                Horas,
                Hotman
                """)))

add("exchange-italia-ringkasan-course-panjang",
    when("2025-10-07 20:15:26"), "gmail",
    ("Marco Bianchi", "marco.bianchi.polito@gmail.com"),
    "Course description for Software Quality Assurance",
    T("""
    Hello,

    I'm teaching Software Quality Assurance (TRPL4201) this term as part of the staff exchange with our partner in Turin. The course summary on e-learning is still empty, so students don't know what to expect. Could you please set the summary to the text between the lines below?

    ----
    This course introduces the principles and practice of software quality assurance: quality models (ISO/IEC 25010), test planning, unit and integration testing, static analysis, code review, and continuous integration. Students work in teams on an open-source project and deliver a test plan, an automated test suite and a quality report.
    ----

    Grazie mille!

    Marco Bianchi
    Visiting Lecturer, Software Engineering Technology
    """),
    L("course_data", "en", course_code="TRPL4201", course_name="Software Quality Assurance",
      changes={"summary": "This course introduces the principles and practice of software quality assurance: quality models (ISO/IEC 25010), test planning, unit and integration testing, static analysis, code review, and continuous integration. Students work in teams on an open-source project and deliver a test plan, an automated test suite and a quality report."}))

add("shortname-typo-angka-tertukar-codeswitch",
    when("2025-10-15 14:22:09"), "gmail",
    ("Stevani Wijaya", "stevani.w@polibatam.ac.id"),
    "Short name course Data Mining salah",
    T("""
    Hi P4M team,

    Short name course Data Mining (kode MK IF3214) di e-learning typo nih. Sekarang tertulis IF3241-DM, harusnya IF3214-DM. Because of this, students yang search pakai kode dari SIAKAD jadi ga ketemu.

    Please fix ya. Full name sama dosennya udah bener kok, ga usah diubah.

    Thanks!
    Stevani
    """),
    L("course_data", "mixed", course_code="IF3214", course_name="Data Mining",
      changes={"shortname": "IF3214-DM"}))

add("dosen-lb-sunda-punten-ganti-nama-mk",
    when("2025-10-20 09:30:44"), "yahoo",
    ("Asep Saepudin", "asep_saepudin77@yahoo.co.id"),
    "Punten, ganti nama MK Gambar Teknik",
    T("""
    Punten Akang Teteh di P4M,

    Abdi Asep, dosen LB Teknik Mesin. Mau minta tolong, course Gambar Teknik (MS1104) namanya diganti jadi Gambar Teknik Manufaktur, sesuai kurikulum baru. Nama singkat mah tetap MS1104 wae.

    Hapunten ngarepotkeun, hatur nuhun pisan.

    Wilujeng,
    Asep Saepudin, S.T.
    Dosen LB Teknik Mesin
    """),
    L("course_data", "id", course_code="MS1104", course_name="Gambar Teknik",
      changes={"fullname": "Gambar Teknik Manufaktur"}),
    to='"helpdesk-p4m@polibatam.ac.id" <helpdesk-p4m@polibatam.ac.id>')

add("dosen-makassar-samsung-sks-dan-kelas-gabung",
    when("2025-10-30 16:05:12"), "samsung",
    ("Andi Baso Rahman", "andibaso.rahman@gmail.com"),
    "SKS dan kelas MK Kepabeanan",
    T("""
    Tabe' P4M,

    Sy Andi Baso, dosen Logistik Perdagangan Internasional. Mau minta tolong ki' diubah data course Kepabeanan dan Cukai (LPI2105) di e-learning:
    - SKS-nya 3 mi, bukan 2
    - kelasnya LPI-2A dan LPI-2B (gabung mi dua kelas)

    Itu ji dulu. Terima kasih banyak di'.

    Andi Baso Rahman, S.E., M.M.

    Dikirim dari Samsung Galaxy saya
    """),
    L("course_data", "id", course_code="LPI2105", course_name="Kepabeanan dan Cukai",
      changes={"credits": "3", "class": "LPI-2A dan LPI-2B"}))

add("dosen-ambon-ganti-pengampu-plus-minta-akses",
    when("2025-11-04 10:40:57"), "gmail",
    ("Marthen Latuheru", "marthen.latuheru@polibatam.ac.id"),
    "Ganti dosen pengampu Fisika Dasar 1",
    T("""
    Selamat pagi Tim P4M,

    Beta Marthen dari Teknik Elektro. Begini, course Fisika Dasar 1 (TRE1102) di e-learning seng ada nama dosen yang betul. Mulai minggu ini katong pung dosen pengampu diganti, jadi tolong ubah nama dosen jadi: Johanna Pattiasina, S.Si., M.Si.

    Beta su bilang ke Ibu Johanna, dia seng punya akses edit di course itu, jadi tolong kasih akses juga e.

    Danke banyak.

    Marthen Latuheru
    Koordinator MK Dasar, Teknik Elektro
    """),
    L("course_data", "id", "Also asks to give the new lecturer editing access (an enrolment task); the lecturer change is the course-data ask.",
      course_code="TRE1102", course_name="Fisika Dasar 1",
      changes={"lecturer": "Johanna Pattiasina, S.Si., M.Si."}))

add("dosen-betawi-semester-salah-tanpa-kode",
    when("2025-11-17 13:12:03"), "roundcube",
    ("Rojali Saputra", "rojali.saputra@polibatam.ac.id"),
    "Semester course Pemrograman Game salah",
    T("""
    Assalamualaikum,

    Aye Rojali, dosen Teknologi Permainan. Mau minta tolong nih: course Pemrograman Game ntu kok masuknya ke semester Ganjil 2025/2026? Kagak bener tuh, mestinya Genap 2025/2026 soalnye baru mulai Februari. Tolong dipindahin ye.

    Makasih banyak, bang/mpok.

    Rojali Saputra, S.Kom.
    """),
    L("course_data", "id", course_name="Pemrograman Game",
      changes={"semester": "Genap 2025/2026"}))

add("staf-singapura-semester-genap-dan-kelas",
    when("2025-12-05 10:20:36", 8), "outlook",
    ("Tan Mei Ling", "meiling.tan@np-partner.edu.sg"),
    "Course set-up for Port Operations (LPI3207) - next semester",
    T("""
    Dear Helpdesk team,

    I will co-teach Port Operations (LPI3207) with Ibu Sari next semester under our polytechnic partnership, and she asked me to contact you directly.

    The course currently sits under Ganjil 2025/2026. Could you please move it to Genap 2025/2026 (the even semester starting in February), and change the class to LPI-3A?

    Please leave everything else as it is.

    Best regards,
    Tan Mei Ling
    Lecturer, School of Business & Accountancy
    Partner Polytechnic, Singapore
    """),
    L("course_data", "en", course_code="LPI3207", course_name="Port Operations",
      changes={"semester": "Genap 2025/2026", "class": "LPI-3A"}),
    accept_language="en-SG, en-US", content_language="en-US")

add("formulir-docx-terlampir-isian-hanya-di-lampiran",
    when("2025-12-10 10:02:14"), "outlook",
    ("Dewi Lestari", "admin.animasi@polibatam.ac.id"),
    "Formulir Perubahan Data MK - Animasi 3D",
    T("""
    Yth. Tim Helpdesk P4M,

    Terlampir formulir perubahan data identitas mata kuliah Animasi 3D (ANM2203) yang sudah ditandatangani Koordinator Prodi. Mohon diproses sesuai isian pada formulir.

    Terima kasih.

    Salam,
    Dewi Lestari
    Admin Program Studi Animasi
    Politeknik Negeri Batam
    """),
    L("course_data", "id", "The new values are only in the attached DOCX form (a table); the body just points to it.",
      course_code="ANM2203", course_name="Animasi 3D",
      changes={"fullname": "Animasi 3D dan Rigging Karakter",
               "lecturer": "Bima Aditya Nugroho, S.Sn., M.Ds.", "credits": "4"}),
    atts=[("Form Perubahan Data MK - ANM2203.docx",
           "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           docx_bytes(["FORMULIR PERUBAHAN DATA IDENTITAS MATA KULIAH E-LEARNING",
                       "Program Studi: Animasi - Jurusan Teknik Informatika",
                       "Semester: Genap 2025/2026"],
                      [["Isian", "Keterangan"],
                       ["Kode MK", "ANM2203"],
                       ["Nama MK saat ini", "Animasi 3D"],
                       ["Nama lengkap baru", "Animasi 3D dan Rigging Karakter"],
                       ["Nama singkat", "ANM2203 (tidak berubah)"],
                       ["Dosen pengampu baru", "Bima Aditya Nugroho, S.Sn., M.Ds."],
                       ["SKS", "4 (semula 3)"]],
                      ["Batam, 9 Desember 2025",
                       "Koordinator Program Studi Animasi,",
                       "Rendra Kusumah, S.Ds., M.Sn."]))])

add("balasan-outlook-atas-ralat-nama-beda-dengan-kutipan",
    when("2025-12-16 15:30:28"), "outlook",
    ("Lusiana Tambunan", "lusiana.tambunan@polibatam.ac.id"),
    "RE: [P4M #2025-1187] Ganti nama MK Sistem Informasi Manajemen",
    T("""
    Selamat sore,

    Mohon maaf, setelah saya cek ulang SK kurikulum, nama yang benar adalah Sistem Informasi Manajemen Terapan, bukan Sistem Informasi Manajemen Bisnis seperti di email saya sebelumnya. Mohon course MB2207 diubah dengan nama tersebut. Short name tidak berubah.

    Terima kasih, maaf merepotkan.

    Lusiana Tambunan, S.Kom., M.M.
    Prodi Administrasi Bisnis Terapan

    ________________________________
    Dari: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
    Dikirim: Senin, 15 Desember 2025 09.12
    Kepada: Lusiana Tambunan <lusiana.tambunan@polibatam.ac.id>
    Subjek: [P4M #2025-1187] Ganti nama MK Sistem Informasi Manajemen

    Yth. Ibu Lusiana,

    Sebelum kami proses, mohon konfirmasi nama baru course MB2207: "Sistem Informasi Manajemen Bisnis". Apakah sudah sesuai?

    Salam,
    Tim Helpdesk P4M

    ________________________________
    Dari: Lusiana Tambunan <lusiana.tambunan@polibatam.ac.id>
    Dikirim: Jumat, 12 Desember 2025 14.40
    Kepada: helpdesk-p4m <helpdesk-p4m@polibatam.ac.id>
    Subjek: Ganti nama MK Sistem Informasi Manajemen

    Mohon nama course Sistem Informasi Manajemen (MB2207) diganti menjadi Sistem Informasi Manajemen Bisnis. Terima kasih.
    """),
    L("course_data", "id", "Top-posted correction: the quoted history holds the old, now wrong, new name.",
      course_code="MB2207", course_name="Sistem Informasi Manajemen",
      changes={"fullname": "Sistem Informasi Manajemen Terapan"}),
    irt="<tkt-2025-1187.reply1@helpdesk.polibatam.ac.id>")

add("kaprodi-daftar-abjad-empat-perubahan-gelar-haji",
    when("2026-01-19 08:05:50"), "thunderbird",
    ("Syamsul Bahri", "syamsul.bahri@polibatam.ac.id"),
    "Update data course Kewirausahaan untuk Genap",
    T("""
    Pagi Tim P4M,

    Untuk course Kewirausahaan (ABT1204), mohon diperbarui:

    a. Dosen pengampu  -> Drs. H. Syamsul Bahri, M.M.
    b. Kelas           -> ABT-1A & ABT-1B
    c. Semester        -> Genap 2025/2026
    d. Enrolment key   -> wirausaha.2026

    Deskripsi course biarkan saja dulu, nanti saya kirim menyusul.

    Terima kasih,
    Syamsul
    Koordinator Prodi Administrasi Bisnis Terapan
    """),
    L("course_data", "id", course_code="ABT1204", course_name="Kewirausahaan",
      changes={"lecturer": "Drs. H. Syamsul Bahri, M.M.", "class": "ABT-1A & ABT-1B",
               "semester": "Genap 2025/2026", "enrolment_key": "wirausaha.2026"}))

add("english-unit-kunci-dan-ringkasan-dalam-kutip",
    when("2026-01-28 21:40:02"), "gmail",
    ("Oliver Grant", "oliver.grant@polibatam.ac.id"),
    "Two small changes - English for Business Communication",
    T("""
    Hi there,

    Two small things for my course English for Business Communication (BI2203), please:

    1. New enrolment key: EBC-Even26
    2. Course summary: "A practical course on writing e-mails, reports and proposals, running meetings and giving short presentations in English for the workplace."

    (The summary should be just the sentence inside the quotes.)

    Cheers,
    Oliver Grant
    English Language Unit
    """),
    L("course_data", "en", course_code="BI2203", course_name="English for Business Communication",
      changes={"enrolment_key": "EBC-Even26",
               "summary": "A practical course on writing e-mails, reports and proposals, running meetings and giving short presentations in English for the workplace."}))

ROB_PLAIN = T("""
Dear tim P4M,

Untuk kelas IUP semester genap ini, please update course berikut ya:

Course code
ROB3102
Current name
Robotika Industri
New full name
Industrial Robotics
New short name
ROB3102-IUP

Enrolment key dan peserta tetap, no changes. Mohon info kalau sudah done. Thanks!

Best,
Hendrik Wijaya, M.T.
Prodi Teknologi Rekayasa Robotika
""")

ROB_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}
--></style>
</head>
<body lang="en-ID" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Dear tim P4M,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Untuk kelas IUP semester genap ini, please update course berikut ya:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td style="padding:.75pt 5pt"><p class="MsoNormal"><b>Course code</b><o:p></o:p></p></td><td style="padding:.75pt 5pt"><p class="MsoNormal">ROB3102<o:p></o:p></p></td></tr>
<tr><td style="padding:.75pt 5pt"><p class="MsoNormal"><b>Current name</b><o:p></o:p></p></td><td style="padding:.75pt 5pt"><p class="MsoNormal">Robotika Industri<o:p></o:p></p></td></tr>
<tr><td style="padding:.75pt 5pt"><p class="MsoNormal"><b>New full name</b><o:p></o:p></p></td><td style="padding:.75pt 5pt"><p class="MsoNormal">Industrial Robotics<o:p></o:p></p></td></tr>
<tr><td style="padding:.75pt 5pt"><p class="MsoNormal"><b>New short name</b><o:p></o:p></p></td><td style="padding:.75pt 5pt"><p class="MsoNormal">ROB3102-IUP<o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Enrolment key dan peserta tetap, no changes. Mohon info kalau sudah done. Thanks!<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Best,<o:p></o:p></p>
<p class="MsoNormal">Hendrik Wijaya, M.T.<o:p></o:p></p>
<p class="MsoNormal">Prodi Teknologi Rekayasa Robotika<o:p></o:p></p>
</div>
</body>
</html>
"""

add("outlook-tabel-dua-kolom-rename-iup-campur",
    when("2026-02-03 11:11:45"), "outlook",
    ("Hendrik Wijaya", "hendrik.wijaya@polibatam.ac.id"),
    "Rename course for IUP class - Robotika Industri",
    ROB_PLAIN,
    L("course_data", "mixed", "Outlook table rendered in the plain part as label/value lines.",
      course_code="ROB3102", course_name="Robotika Industri",
      changes={"fullname": "Industrial Robotics", "shortname": "ROB3102-IUP"}),
    html=ROB_HTML, content_language="en-ID", accept_language="en-ID, id-ID")

add("ralat-typo-sendiri-huruf-i-bukan-angka-satu",
    when("2026-02-12 07:55:16"), "gmail",
    ("Gilang Ramadhan", "gilang.ramadhan@polibatam.ac.id"),
    "Re: enrol key Jaringan Nirkabel",
    T("""
    Sorry min, typo di email sebelumnya. Enrol key IF3205 yang bener: NirKabel#TI3C, bukan NirKabel#T13C (pakai huruf I, bukan angka 1). Please pakai yg ini ya.

    Thanks,
    Gilang

    Pada Rab, 11 Feb 2026 pukul 22.14 Gilang Ramadhan <gilang.ramadhan@polibatam.ac.id>
    menulis:
    > Malam min, tolong set enrol key course Jaringan Nirkabel (IF3205) kelas
    > TI-3C jadi NirKabel#T13C ya. Makasih.
    """),
    L("course_data", "mixed", "Self-correction reply; the quoted first mail has the wrong key.",
      course_code="IF3205", course_name="Jaringan Nirkabel",
      changes={"enrolment_key": "NirKabel#TI3C"}),
    irt="<CAgRmd0ae3Lx7PqT1c0NirKabelTI3Cfirst9zQ@mail.gmail.com>")

add("koordinator-iup-inggris-sks-2-ke-3-dan-dosen-tamu",
    when("2026-03-02 10:20:33"), "outlook",
    ("Sri Wahyuni Hartati", "sriwahyuni.h@polibatam.ac.id"),
    "Update: Digital Marketing Analytics (MB3305)",
    T("""
    Dear P4M Helpdesk,

    On behalf of the IUP coordinator, please update the following for the course Digital Marketing Analytics (MB3305):

    • Credits: from 2 to 3 credits (SKS), following the revised IUP curriculum
    • Lecturer: Liam Fitzgerald, MBA (visiting lecturer from our TAFE partner in Queensland), replacing Ms. Ratna

    Thank you for your help.

    Best regards,
    Sri Wahyuni Hartati, S.E., M.B.A.
    IUP Secretariat – Business Management Department
    Politeknik Negeri Batam
    """),
    L("course_data", "en", course_code="MB3305", course_name="Digital Marketing Analytics",
      changes={"credits": "3", "lecturer": "Liam Fitzgerald, MBA"}),
    content_language="en-US")

# ---- announcement --------------------------------------------------------

add("dosen-jawa-pkl-13-hari-ini-responsi",
    when("2025-08-07 10:05:21"), "gmail",
    ("Sugeng Riyadi", "sugeng.riyadi@polibatam.ac.id"),
    "Nyuwun tulung pengumuman Metode Numerik",
    T("""
    Sugeng enjing mas/mbak P4M,

    Nyuwun tulung nggih. Saya mau titip pengumuman di course Metode Numerik (MA2108), tolong ditayangkan hari ini pkl 13.00, sebelum kuliah sore.

    Judul: Responsi Metode Numerik Pindah ke Lab Komputasi
    Isi: Responsi minggu ini dipindah ke Lab Komputasi (GU 706), jam tetap 15.30-17.10. Mahasiswa diharap membawa laptop yang sudah terpasang Octave atau Python.

    Matur nuwun sanget.

    Sugeng Riyadi
    Dosen Matematika Terapan
    """),
    L("announcement", "id", course_code="MA2108", course_name="Metode Numerik",
      title="Responsi Metode Numerik Pindah ke Lab Komputasi", scope="course",
      publish_at="2025-08-07T13:00:00+07:00"))

add("dosen-batak-besok-jam-8-pagi-kuis",
    when("2025-08-26 21:10:37"), "thunderbird",
    ("Rudolf Simanjuntak", "rudolf.simanjuntak@polibatam.ac.id"),
    "pengumuman kuis mekflu",
    T("""
    Horas lae/ito di P4M,

    Tolong kali lah ini dipasang pengumuman di course Mekanika Fluida (MS2207), tayangnya besok jam 8 pagi. Aku lagi pulang kampung ke Balige, sinyal payah kali, tak bisa aku login.

    Judulnya: Kuis 1 Mekanika Fluida
    Isinya: Kuis 1 dilaksanakan Kamis, 28 Agustus 2025 jam 10.00 di ruang MS-201. Materi: statika fluida dan persamaan Bernoulli. Bawa kalkulator, jangan lupa.

    Mauliate godang.

    <<SIG>>
    Rudolf Simanjuntak, S.T., M.T.
    Teknik Mesin Polibatam
    """),
    L("announcement", "id", course_code="MS2207", course_name="Mekanika Fluida",
      title="Kuis 1 Mekanika Fluida", scope="course", publish_at="2025-08-27T08:00:00+07:00"))

add("international-office-monday-sept-15th-9am",
    when("2025-09-09 14:30:55"), "outlook",
    ("Jonas de Vries", "jonas.devries@polibatam.ac.id"),
    "Request to publish: call for exchange applications (site-wide)",
    T("""
    Dear P4M colleagues,

    Could you please publish the announcement below on the e-learning front page for all students, on Monday Sept 15th at 9:00 am?

    Title: Call for Applications: Student Exchange to the Netherlands, Spring 2026

    Polibatam students in semesters 3-5 with a GPA of at least 3.00 are invited to apply for a one-semester exchange at our partner university of applied sciences in Enschede, the Netherlands, from February to June 2026. Tuition is waived and a limited number of travel grants are available. Deadline: 10 October 2025. Information session: Wednesday 24 September 2025, 13:00, Auditorium.

    Many thanks,
    Jonas de Vries
    International Office
    Politeknik Negeri Batam
    """),
    L("announcement", "en", title="Call for Applications: Student Exchange to the Netherlands, Spring 2026",
      scope="site", publish_at="2025-09-15T09:00:00+07:00"),
    content_language="en-US", accept_language="en-US, id-ID")

add("teruskan-berantai-dua-tingkat-senin-depan-jam-7",
    when("2025-09-19 08:40:12"), "gmail",
    ("Rahmawati", "rahmawati.akademik@polibatam.ac.id"),
    "Fwd: Fwd: Pengumuman Kuliah Umum Dies Natalis",
    T("""
    Dear P4M,

    Mohon bantuan sesuai arahan Pak Wadir di bawah ya. Terima kasih.

    Salam,
    Rahmawati
    Bagian Akademik

    ---------- Forwarded message ---------
    From: Kabag Akademik <kabag.akademik@polibatam.ac.id>
    Date: Fri, Sep 19, 2025 at 7:55 AM
    Subject: Fwd: Pengumuman Kuliah Umum Dies Natalis
    To: Rahmawati <rahmawati.akademik@polibatam.ac.id>


    Bu Rahma, tolong diteruskan ke P4M hari ini.

    ---------- Forwarded message ---------
    From: Wakil Direktur Bidang Akademik <wadir1@polibatam.ac.id>
    Date: Thu, Sep 18, 2025 at 4:02 PM
    Subject: Pengumuman Kuliah Umum Dies Natalis
    To: Kabag Akademik <kabag.akademik@polibatam.ac.id>


    Pak Kabag,

    Mohon diminta ke P4M agar pengumuman berikut dipasang di halaman depan e-learning untuk seluruh civitas, tayang Senin depan jam 7 pagi.

    Judul: Kuliah Umum Dies Natalis ke-25 Politeknik Negeri Batam
    Isi: Dalam rangka Dies Natalis ke-25, Politeknik Negeri Batam menyelenggarakan Kuliah Umum bertema "Vokasi untuk Industri Maritim dan Digital" pada Kamis, 2 Oktober 2025 pukul 09.00 WIB di Auditorium. Perkuliahan pagi ditiadakan; mahasiswa tingkat 1 dan 2 wajib hadir.

    Terima kasih.
    Wadir I
    """),
    L("announcement", "id", "Two-level inline forward chain; the request and 'Senin depan' come from the innermost mail (Thu 18 Sep), i.e. Monday 22 Sep.",
      title="Kuliah Umum Dies Natalis ke-25 Politeknik Negeri Batam", scope="site",
      publish_at="2025-09-22T07:00:00+07:00"))

add("dosen-di-makassar-jam-07-wita-tanggal-header-wita",
    when("2025-10-13 22:20:41", 8), "samsung",
    ("Nur Fitriani Said", "nurfitriani.said@polibatam.ac.id"),
    "Pengumuman kuliah daring Basis Data Lanjut",
    T("""
    Malam Tim P4M, maaf malam2.

    Saya sedang di Makassar untuk konferensi sampai Kamis. Tolong pasang pengumuman di course Basis Data Lanjut (IF2210) besok pagi jam 07.00 WITA ya.

    Judul: Perkuliahan Daring Pertemuan 7
    Isi: Perkuliahan Rabu, 15 Oktober 2025 dilaksanakan daring via Zoom pada jam yang sama. Tautan Zoom ada di bagian atas course. Presensi diisi melalui aktivitas Attendance paling lambat pukul 12.00 WIB.

    Terima kasih banyak.
    Nur Fitriani

    Dikirim dari Samsung Galaxy saya
    """),
    L("announcement", "id", "Sent from Makassar (Date header +0800); 07.00 WITA = 06.00 WIB on the next day.",
      course_code="IF2210", course_name="Basis Data Lanjut", title="Perkuliahan Daring Pertemuan 7",
      scope="course", publish_at="2025-10-14T06:00:00+07:00"))

add("hima-mahasiswa-besok-jam-7-malam-halaman-depan",
    when("2025-10-22 15:12:30"), "gmail",
    ("Nadia Putri (HIMA TI)", "nadiaputri.hima@gmail.com"),
    "mohon bantu posting info oprec asisten lab",
    T("""
    Siang kak admin P4M 🙏

    Aku Nadia dari HIMA TI, mau minta tolong postingin info ini di halaman depan e-learning biar semua mahasiswa TI liat. Kalo bisa tayangnya besok jam 7 malam ya kak, soalnya pendaftarannya dibuka jam segitu.

    Judul: Open Recruitment Asisten Laboratorium Rekayasa Perangkat Lunak 2025

    Dibuka pendaftaran asisten Lab RPL untuk mahasiswa TI semester 3 dan 5. Syarat: IPK min 3.25, nilai Pemrograman Berorientasi Objek min B. Daftar lewat form di bit.ly/oprec-asleb-rpl sampai 31 Oktober 2025.

    Udah di-acc sama Kepala Lab RPL kok kak. Makasih banyak kak!!

    Nadia
    Sekretaris HIMA TI 2025
    """),
    L("announcement", "id", "Student organisation asks for a front-page post; 'besok jam 7 malam' = 19:00 the next day.",
      title="Open Recruitment Asisten Laboratorium Rekayasa Perangkat Lunak 2025", scope="site",
      publish_at="2025-10-23T19:00:00+07:00"))

add("dari-ambon-jam-10-wit-webinar-codeswitch",
    when("2025-11-12 10:30:18", 9), "gmail",
    ("Yohana Souisa", "yohana.souisa@polibatam.ac.id"),
    "Publish announcement webinar PjBL - all dosen",
    T("""
    Halo tim P4M,

    Saya lagi di Ambon (joint workshop dengan politeknik mitra), jadi maaf via email aja ya. Mohon di-publish announcement ini for all lecturers di e-learning, scheduled Jumat, 14 November jam 10.00 WIT (=08.00 WIB).

    Title: Webinar Nasional: Pembelajaran Berbasis Proyek di Pendidikan Vokasi

    Webinar ini featuring praktisi dan dosen dari tiga politeknik, Kamis 20 November 2025, 09.00-12.00 WIB via Zoom. Registration lewat course "Pengembangan Dosen P4M", e-certificate available untuk peserta yang full attend.

    Thanks a lot!
    Yohana
    """),
    L("announcement", "mixed", "Time given in WIT (UTC+9), Date header +0900; 10.00 WIT = 08.00 WIB; year taken from the mail date.",
      title="Webinar Nasional: Pembelajaran Berbasis Proyek di Pendidikan Vokasi", scope="site",
      publish_at="2025-11-14T08:00:00+07:00"))

add("apple-mail-dec-9th-730am-playtesting",
    when("2025-11-27 16:45:03"), "apple",
    ("Emily Carter", "emily.carter@partner-poly.edu.sg"),
    "Announcement for my Game Design students",
    T("""
    Hi P4M team,

    Could you please post this in my Game Design Fundamentals course (TPG1203)? Please schedule it for Dec 9th, 7:30 am Batam time.

    Title: Playtesting Day - Bring Your Prototype!

    On Thursday, December 11, all teams will playtest their board-game prototypes in the Animation Studio (Tower B, 4th floor) from 1 pm to 4 pm. Each team should bring a printed rule sheet and at least one complete copy of the game. Feedback forms will be handed out on the day.

    Thanks heaps!
    Emily

    Emily Carter
    Visiting Lecturer, Game Technology
    """),
    L("announcement", "en", course_code="TPG1203", course_name="Game Design Fundamentals",
      title="Playtesting Day - Bring Your Prototype!", scope="course",
      publish_at="2025-12-09T07:30:00+07:00"))

add("samsung-tanggal-dmy-garis-miring-remedial",
    when("2025-12-22 14:10:27"), "samsung",
    ("Suharti Ningsih", "suharti.ningsih@polibatam.ac.id"),
    "Tolong tayangkan pengumuman remedial Aljabar Linear",
    T("""
    Siang P4M,

    Mohon bantu tayangkan pengumuman di course Aljabar Linear (MA1205) tgl 05/01/2026 jam 07.00, karena saya cuti akhir tahun.

    Judul: Remedial UAS Aljabar Linear
    Isi: Remedial UAS dilaksanakan 12/1/2026 pukul 08.00-10.00 di ruang GU 604. Hanya untuk mahasiswa dengan nilai UAS di bawah 55 (daftar nama terlampir di course). Materi: seluruh bab.

    Makasih
    Suharti

    Dikirim dari Samsung Galaxy saya
    """),
    L("announcement", "id", "Dates written d/m/yyyy.",
      course_code="MA1205", course_name="Aljabar Linear", title="Remedial UAS Aljabar Linear",
      scope="course", publish_at="2026-01-05T07:00:00+07:00"))

add("balasan-ganti-jam-tayang-tahun-baru-tanpa-tahun",
    when("2025-12-30 10:12:44"), "outlook",
    ("UPA Perpustakaan", "perpustakaan@polibatam.ac.id"),
    "RE: [P4M #2025-1240] Pengumuman Akses E-Journal dan E-Book Selama UAS",
    T("""
    Selamat pagi Tim P4M,

    Terima kasih. Mohon maaf ada perubahan: jam tayangnya jadi 09.30, bukan 08.00, karena server proxy baru aktif jam 9. Tanggal tetap Jumat 2 Januari. Teks pengumuman tidak berubah.

    Salam,
    Rini Astuti
    UPA Perpustakaan Politeknik Negeri Batam

    ________________________________
    Dari: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
    Dikirim: Senin, 29 Desember 2025 14.03
    Kepada: UPA Perpustakaan <perpustakaan@polibatam.ac.id>
    Subjek: [P4M #2025-1240] Pengumuman Akses E-Journal dan E-Book Selama UAS

    Yth. UPA Perpustakaan,

    Pengumuman "Akses E-Journal dan E-Book Selama UAS" sudah kami jadwalkan tayang di halaman utama e-learning pada Jumat, 2 Januari 2026 pukul 08.00 WIB.

    Salam,
    Tim Helpdesk P4M

    ________________________________
    Dari: UPA Perpustakaan <perpustakaan@polibatam.ac.id>
    Dikirim: Senin, 29 Desember 2025 10.47
    Kepada: helpdesk-p4m <helpdesk-p4m@polibatam.ac.id>
    Subjek: Pengumuman Akses E-Journal dan E-Book Selama UAS

    Mohon ditayangkan untuk seluruh pengguna e-learning mulai Jumat, 2 Januari 2026 pukul 08.00 WIB:

    Akses E-Journal dan E-Book Selama UAS
    Selama masa UAS, mahasiswa dan dosen dapat mengakses e-journal dan e-book langganan perpustakaan dari luar kampus melalui proxy.polibatam.ac.id dengan akun SSO.
    """),
    L("announcement", "id", "Top-posted reply that only moves the publish time (09.30, not 08.00); the date 'Jumat 2 Januari' has no year and falls in the next year.",
      title="Akses E-Journal dan E-Book Selama UAS", scope="site",
      publish_at="2026-01-02T09:30:00+07:00"),
    irt="<tkt-2025-1240.reply1@helpdesk.polibatam.ac.id>")

add("proton-header-utc-tomorrow-8am-wib",
    when("2026-01-15 01:20:09", 0), "proton",
    ("Daniel Okafor", "d.okafor@proton.me"),
    "Announcement request - Technical Writing final report",
    T("""
    Good morning,

    Please post the following in my Technical Writing course (BI3102) tomorrow at 8 am WIB:

    Final Report Submission Guidelines

    Submit your final report as a single PDF (max. 15 pages, IEEE citation style) through the "Final Report" assignment by Friday 23 January 2026, 23:59 WIB. Late submissions lose 10 points per day. The rubric is in the Week 14 section.

    Thank you,
    Daniel Okafor
    Guest Lecturer, English Language Unit
    """),
    L("announcement", "en", "Date header is in UTC (+0000); 01:20 UTC is already 08:20 WIB on Thursday, so 'tomorrow' is Friday 16 January.",
      course_code="BI3102", course_name="Technical Writing", title="Final Report Submission Guidelines",
      scope="course", publish_at="2026-01-16T08:00:00+07:00"))

JADWAL_HTML = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}
--></style>
</head>
<body lang="id-ID" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Kepada Yth. Tim Helpdesk P4M,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Mohon pengumuman berikut ditayangkan pada halaman utama e-learning untuk seluruh mahasiswa dan dosen mulai <b>Senin, 2 Februari 2026 pukul 08.00 WIB</b>.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b><span style="font-size:13.0pt;color:#1F3864">Jadwal Kegiatan Akademik Awal Semester Genap 2025/2026</span></b><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr>
<td width="40" style="border:solid #8EAADB 1.0pt;background:#4472C4;padding:0cm 5.4pt"><p class="MsoNormal"><b><span style="color:white">No<o:p></o:p></span></b></p></td>
<td width="300" style="border:solid #8EAADB 1.0pt;border-left:none;background:#4472C4;padding:0cm 5.4pt"><p class="MsoNormal"><b><span style="color:white">Kegiatan<o:p></o:p></span></b></p></td>
<td width="220" style="border:solid #8EAADB 1.0pt;border-left:none;background:#4472C4;padding:0cm 5.4pt"><p class="MsoNormal"><b><span style="color:white">Tanggal<o:p></o:p></span></b></p></td>
</tr>
<tr><td style="border:solid #8EAADB 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal">1<o:p></o:p></p></td><td style="border-top:none;border-left:none;border-bottom:solid #8EAADB 1.0pt;border-right:solid #8EAADB 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Pengisian KRS online<o:p></o:p></p></td><td style="border-top:none;border-left:none;border-bottom:solid #8EAADB 1.0pt;border-right:solid #8EAADB 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">2 &#8211; 6 Februari 2026<o:p></o:p></p></td></tr>
<tr><td style="border:solid #8EAADB 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal">2<o:p></o:p></p></td><td style="border-top:none;border-left:none;border-bottom:solid #8EAADB 1.0pt;border-right:solid #8EAADB 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Persetujuan KRS oleh dosen wali<o:p></o:p></p></td><td style="border-top:none;border-left:none;border-bottom:solid #8EAADB 1.0pt;border-right:solid #8EAADB 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">4 &#8211; 11 Februari 2026<o:p></o:p></p></td></tr>
<tr><td style="border:solid #8EAADB 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal">3<o:p></o:p></p></td><td style="border-top:none;border-left:none;border-bottom:solid #8EAADB 1.0pt;border-right:solid #8EAADB 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Perkuliahan perdana<o:p></o:p></p></td><td style="border-top:none;border-left:none;border-bottom:solid #8EAADB 1.0pt;border-right:solid #8EAADB 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Senin, 16 Februari 2026<o:p></o:p></p></td></tr>
<tr><td style="border:solid #8EAADB 1.0pt;border-top:none;padding:0cm 5.4pt"><p class="MsoNormal">4<o:p></o:p></p></td><td style="border-top:none;border-left:none;border-bottom:solid #8EAADB 1.0pt;border-right:solid #8EAADB 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Batas akhir perubahan KRS<o:p></o:p></p></td><td style="border-top:none;border-left:none;border-bottom:solid #8EAADB 1.0pt;border-right:solid #8EAADB 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">27 Februari 2026<o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Tabel di atas mohon ditampilkan apa adanya di dalam pengumuman.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Terima kasih atas kerja samanya.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Hormat kami,<o:p></o:p></p>
<p class="MsoNormal"><b>Bagian Akademik dan Kemahasiswaan</b><o:p></o:p></p>
<p class="MsoNormal">Politeknik Negeri Batam<o:p></o:p></p>
</div>
</body>
</html>
"""

add("outlook-html-saja-tabel-jadwal-akademik",
    when("2026-01-26 10:00:48"), "outlook_html",
    ("Bagian Akademik Polibatam", "akademik@polibatam.ac.id"),
    "Mohon publikasi jadwal kegiatan awal semester genap",
    "", L("announcement", "id", "HTML-only Outlook mail; the announcement text is a table; the title is a bold heading, not a 'Judul:' line.",
          title="Jadwal Kegiatan Akademik Awal Semester Genap 2025/2026", scope="site",
          publish_at="2026-02-02T08:00:00+07:00"),
    html=JADWAL_HTML, to='"helpdesk-p4m@polibatam.ac.id" <helpdesk-p4m@polibatam.ac.id>')

add("english-as-soon-as-possible-tanpa-waktu-tayang",
    when("2026-02-18 07:02:11"), "gmail",
    ("Kenji Watanabe", "kenji.watanabe.mech@gmail.com"),
    "URGENT: class cancelled today - Mechatronics System Design",
    T("""
    Good morning,

    I am sorry for the short notice. Please post the following announcement in Mechatronics System Design (MKA3201) as soon as possible:

    Title: Class Cancelled Today (18 February)

    Today's lecture is cancelled because I have a fever. The replacement session will be announced next week. Please continue with the Week 2 reading (chapter 3) and submit the short quiz online.

    Best regards,
    Kenji Watanabe
    Visiting Lecturer, Mechatronics
    """),
    L("announcement", "en", "No publish time: 'as soon as possible'.",
      course_code="MKA3201", course_name="Mechatronics System Design",
      title="Class Cancelled Today (18 February)", scope="course"))

add("jerman-zona-waktu-cet-14-00-batam-time",
    when("2026-02-27 03:00:22", 1), "thunderbird",
    ("Katrin Vogel", "katrin.vogel@fh-nordstadt.de"),
    "Announcement: info session on the double degree in Mechatronics",
    T("""
    Dear colleagues at P4M,

    Following our video call with the Mechatronics study programme, I would like to ask you to publish the announcement below on the e-learning front page for all students. Please schedule it for Thursday, 5 March 2026, 14:00 Batam time.

    Title: Info Session: Double Degree Programme in Mechatronics with FH Nordstadt

    Students of Mechatronics and Robotics are invited to an online info session on the double degree programme with FH Nordstadt (Germany) on Tuesday, 10 March 2026, 15:00-16:30 WIB. We will explain the admission requirements, the German language preparation and the scholarship options. The Zoom link will be posted in the Mechatronics programme course.

    With kind regards,
    Katrin Vogel
    International Office, FH Nordstadt
    """),
    L("announcement", "en", "Sender in Germany (Date header +0100); the time asked is explicitly Batam time.",
      title="Info Session: Double Degree Programme in Mechatronics with FH Nordstadt", scope="site",
      publish_at="2026-03-05T14:00:00+07:00"),
    content_language="en-US")

add("codeswitch-hari-ini-jam-3-sore-uiux",
    when("2026-03-10 11:30:05"), "gmail",
    ("Putri Ayu Lestari", "putri.ayu@polibatam.ac.id"),
    "publish announcement UI/UX Design",
    T("""
    Hi min,

    Please publish announcement ini di course UI/UX Design (IF2216) hari ini jam 3 sore ya. Aku lagi rapat sampe sore jadi ga sempet post sendiri.

    Title: Deadline Prototype Figma Diperpanjang
    Deadline submission high-fidelity prototype diperpanjang sampai Jumat, 13 Maret 2026 jam 23.59. Link Figma wajib di-set "anyone with the link can view". Late submission nggak diterima ya.

    Thank you!
    Putri
    """),
    L("announcement", "mixed", course_code="IF2216", course_name="UI/UX Design",
      title="Deadline Prototype Figma Diperpanjang", scope="course",
      publish_at="2026-03-10T15:00:00+07:00"))

add("kamis-malam-senin-depan-pkl-0630-campur",
    when("2026-03-26 20:05:39"), "gmail",
    ("Bagas Nugroho", "bagas.nugroho@polibatam.ac.id"),
    "Schedule announcement Computer Vision",
    T("""
    Malam min,

    Tolong schedule announcement di course Computer Vision (IF4203) for Senin depan pkl 06.30 ya.

    Title: Mid-term Project Presentation Schedule
    Isinya: Presentasi project UTS dilaksanakan Selasa, 31 Maret 2026 mulai jam 08.00 di Lab AI (GU 805). Urutan presentasi sesuai nomor kelompok, masing-masing 10 menit + 5 menit Q&A. Slides dikumpulkan H-1 via assignment "Mid-term Slides".

    Thanks a lot min!

    <<SIG>>
    Bagas Nugroho, M.Kom.
    Teknik Informatika
    """),
    L("announcement", "mixed", "'Senin depan' written on Thursday 26 March = Monday 30 March.",
      course_code="IF4203", course_name="Computer Vision", title="Mid-term Project Presentation Schedule",
      scope="course", publish_at="2026-03-30T06:30:00+07:00"))

# ---- elearning_support ---------------------------------------------------

add("mahasiswa-hp-tanpa-tanda-baca-tdk-bs-login",
    when("2025-08-11 23:47:15"), "samsung",
    ("fikri ahmad", "fikri.ahmd02@gmail.com"),
    "tdk bs login",
    T("""
    min sy g bs login elearning pdhl pasword udh bnr td udh coba reset jg tp emailnya g masuk2 sy mhs baru TI angkatan 2025 nim 4312501023 tlg bantu min bsk ada kuis pengantar prog

    Dikirim dari Samsung Galaxy saya
    """),
    L("elearning_support", "id"))

add("mahasiswa-malaysia-upload-terlalu-besar",
    when("2025-08-28 22:10:49"), "gmail",
    ("Siti Aisyah Rahman", "aisyah.rahman.utm@gmail.com"),
    "Tak boleh upload tugas - file too large",
    T("""
    Hi admin,

    Saya exchange student dari Malaysia (semester ni di prodi TI). I cannot upload my tugas for Pemrograman Berorientasi Objek (IF2203), keluar error "The file is too large. The maximum size is 2 MB." My file is a zip about 15 MB sebab ada video demo.

    Boleh tak limit dinaikkan, or is there another way to submit? Deadline esok 23:59.

    Thank you!
    Aisyah
    """),
    L("elearning_support", "mixed"))

add("mahasiswa-korea-dashboard-kosong",
    when("2025-09-15 09:45:27"), "gmail",
    ("박지훈 (Park Ji-hoon)", "jihoon.park.exchange@gmail.com"),
    "Cannot see any courses on my dashboard",
    T("""
    Hello,

    I am an exchange student from Korea, in the Informatics Engineering programme this semester. I can log in to learning.polibatam.ac.id with the account I received (4312599007), but my dashboard is empty. My timetable says I take Mobile Programming, Computer Networks and Indonesian for Foreigners.

    My Indonesian friends can already see these courses. Could you please check my account or enrol me?

    Thank you very much,
    Park Ji-hoon
    """),
    L("elearning_support", "en"))

add("dosen-nilai-kuis-tak-tampil-sebut-kode-mk",
    when("2025-10-01 13:20:31"), "outlook",
    ("Ahmad Zulkarnain", "ahmad.zulkarnain@polibatam.ac.id"),
    "Nilai kuis 3 tidak tampil di mahasiswa - IF2209",
    T("""
    Yth. Tim Helpdesk P4M,

    Nilai Kuis 3 di course Pemrograman Web Lanjut (IF2209) tidak muncul di halaman nilai mahasiswa, padahal review options sudah saya set "Marks: immediately after the attempt". Di gradebook dosen nilainya ada. Mahasiswa kelas TI-2B mengeluh tidak bisa melihat nilai.

    Mohon bantuan pengecekan. Data course lainnya tidak perlu diubah.

    Terima kasih,
    Ahmad Zulkarnain, S.Kom., M.T.
    """),
    L("elearning_support", "id", "Names a course code and title but asks for no data change (decoy for course_data)."))

add("mahasiswa-betawi-kunci-pendaftaran-kagak-bisa",
    when("2025-10-10 19:30:02"), "gmail",
    ("Rizal Fadillah", "rizalfadillah.btm@gmail.com"),
    "enrolment key kagak bisa",
    T("""
    Bang/mpok admin,

    Aye udah masukin enrolment key yang dikasih dosen buat course Akuntansi Biaya kelas AK-2B tapi kagak bisa-bisa, katanye "Incorrect enrolment key". Keynya akbi2025, udah aye ketik bener kok, udah dicoba huruf kecil semua juga.

    Tolong dong, besok ada tugas. Makasih ye.

    Rizal
    NIM 3312401088
    """),
    L("elearning_support", "id", "Quotes an enrolment key but only as the key that fails; no change is asked."))

IMPORT_HTML_TEXT = T("""
Yth. Tim Helpdesk,

Saya ingin memindahkan materi dan bank soal dari course lama ke course baru:

Course lama (sumber)
Sistem Operasi - Genap 2024/2025
Course baru (tujuan)
Sistem Operasi - Genap 2025/2026

Saya sudah coba menu Import, tapi course lama tidak muncul di daftar pencarian. Apakah ada langkah yang terlewat, atau bisa dibantu dari sisi admin?

Terima kasih,
Wahyudi Hutapea, M.Kom.
Teknik Informatika
""")

add("dosen-import-materi-course-lama-tabel",
    when("2025-11-11 10:00:57"), "outlook",
    ("Wahyudi Hutapea", "wahyudi.hutapea@polibatam.ac.id"),
    "Import materi course Sistem Operasi",
    IMPORT_HTML_TEXT,
    L("elearning_support", "id", "Mentions two semesters in a small table; asks how to import content, not to change the course's data."))

add("mahasiswa-sunda-lupa-password-email-yahoo",
    when("2025-11-24 07:15:20"), "yahoo",
    ("Euis Nurjanah", "euis_nurjanah05@yahoo.co.id"),
    "Punten, lupa password e-learning",
    T("""
    Punten min,

    Abdi Euis, mahasiswa Administrasi Bisnis Terapan semester 3. Saya hilap (lupa) password e-learning, terus pas klik "Forgotten your password?" emailnya teu acan masuk ke email kampus. Email kampus saya juga lupa passwordnya hehe.

    Bisa dibantu reset ke email ini aja min? NIM 3412401055.

    Hatur nuhun.
    Euis
    """),
    L("elearning_support", "id"),
    to='"helpdesk-p4m@polibatam.ac.id" <helpdesk-p4m@polibatam.ac.id>')

add("praktisi-english-belum-dapat-akun",
    when("2025-12-03 16:20:38"), "outlook",
    ("Arjun Mehta", "arjun.mehta@outlook.com"),
    "Guest lecturer - no e-learning account yet",
    T("""
    Dear Sir/Madam,

    I have been appointed as a guest lecturer for three sessions of Cloud Computing in the Software Engineering Technology programme, starting next Monday. Pak Rizky told me I would receive login details for the e-learning platform, but nothing has arrived yet (I checked my spam folder).

    Could you please create an account for me, or resend the credentials if one already exists? I need to upload my slides before the first session.

    Kind regards,
    Arjun Mehta
    Solutions Architect (practitioner lecturer)
    """),
    L("elearning_support", "en"),
    content_language="en-US", accept_language="en-US")

add("turnitin-pending-codeswitch",
    when("2026-01-08 14:05:43"), "gmail",
    ("Fransiska Halim", "fransiska.halim@polibatam.ac.id"),
    "Turnitin report nggak keluar",
    T("""
    Halo tim helpdesk,

    Similarity report Turnitin di assignment "Proposal Tugas Akhir" (course Metodologi Penelitian) statusnya masih "Pending" since yesterday, sudah lebih dari 24 jam. Ada 38 submissions, none of them got a score. Apa ada issue di integrasi Turnitin-nya?

    Minggu depan sidang proposal, jadi agak urgent. Thanks!

    Fransiska
    """),
    L("elearning_support", "mixed"))

add("balasan-atas-masih-gagal-login-setelah-instruksi",
    when("2026-02-09 09:10:24"), "gmail",
    ("Dinda Maharani", "dinda.maharani26@gmail.com"),
    "Re: [P4M #2026-0102] Tidak bisa login e-learning",
    T("""
    Sudah saya coba min tapi masih gagal, muncul "Invalid login, please try again". Sudah coba di Chrome laptop dan di HP juga sama. Password sudah saya reset 2x.

    Dinda

    Pada Jum, 6 Feb 2026 pukul 15.20 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
    menulis:
    > Yth. Saudari Dinda,
    >
    > Silakan reset password melalui tautan "Lupa password" di halaman login,
    > lalu login dengan NIM sebagai username. Bila masih gagal, balas email
    > ini.
    >
    > Salam,
    > Tim Helpdesk P4M
    """),
    L("elearning_support", "id", "Top-posted reply to a ticket: the problem persists."),
    irt="<tkt-2026-0102.reply1@helpdesk.polibatam.ac.id>")

add("mahasiswa-makassar-kuis-tertutup-sendiri",
    when("2026-03-04 11:40:06"), "samsung",
    ("Muh. Ikhsan", "muhikhsan.mks@gmail.com"),
    "kuis sistem digital tertutup sendiri",
    T("""
    Kak admin, kuis 2 Sistem Digital ku tertutup sendiri padahal baru 10 menit mi, timer-nya 60 menit ji. Jawabanku baru 4 nomor tersimpan. Bisa ki dibuka ulang kah? Atau sy harus lapor ke dosen dulu?

    Makasih kak
    Ikhsan, TRE-1A

    Dikirim dari Samsung Galaxy saya
    """),
    L("elearning_support", "id"))

add("english-moodle-app-invalid-token",
    when("2026-04-14 08:30:53"), "apple",
    ("Hannah Schmidt", "hannah.schmidt.exchange@gmail.com"),
    "Moodle app: invalid token error",
    T("""
    Hi,

    Since yesterday the Moodle app on my phone shows "Invalid token - token not found" every time I open it, and it logs me out. The website works in the browser. I already reinstalled the app and added the site URL learning.polibatam.ac.id again.

    I'm an exchange student (Mechatronics) and I usually do the quizzes on my phone, so it would be great if this could be fixed.

    Thanks,
    Hannah
    """),
    L("elearning_support", "en"))

# ---- document_request ----------------------------------------------------

add("staf-belanda-minta-sop-dan-rps-inggris",
    when("2025-08-18 11:00:36", 2), "outlook",
    ("Sofie Jansen", "sofie.jansen@hogeschool-noord.nl"),
    "Request: SOP for course creation and RPS template (English)",
    T("""
    Dear P4M team,

    I am preparing the joint module "Sustainable Supply Chains" that we will teach together with your Logistics programme next semester. Could you send me:

    1. the SOP for requesting and setting up a course on your e-learning platform, and
    2. the RPS (semester lesson plan) template, preferably in English?

    If only Indonesian versions exist, those are fine too; we will translate them.

    Best regards,
    Sofie Jansen
    Lecturer, International Business
    Hogeschool Noord, the Netherlands
    """),
    L("document_request", "en"),
    content_language="en-US", accept_language="nl-NL, en-US")

add("kaprodi-surat-resmi-manual-mutu-spmi",
    when("2025-10-16 09:40:22"), "outlook",
    ("Dr. Rahmadi Putra, S.T., M.T.", "rahmadi.putra@polibatam.ac.id"),
    "Permohonan dokumen mutu untuk persiapan akreditasi Prodi Geomatika",
    T("""
    Kepada Yth.
    Kepala P4M Politeknik Negeri Batam

    Dengan hormat,

    Sehubungan dengan persiapan akreditasi Program Studi Teknologi Geomatika tahun 2026, kami mohon dapat diberikan salinan dokumen berikut:

    1. Manual Mutu SPMI Politeknik Negeri Batam (versi terbaru);
    2. Standar Pembelajaran dan Standar Penilaian;
    3. Formulir evaluasi pelaksanaan pembelajaran daring.

    Dokumen akan digunakan sebagai bukti pendukung pada Laporan Evaluasi Diri program studi.

    Atas perhatian dan bantuannya kami ucapkan terima kasih.

    Hormat kami,
    Dr. Rahmadi Putra, S.T., M.T.
    Koordinator Program Studi Teknologi Geomatika
    """),
    L("document_request", "id"))

add("dosen-lb-hp-minta-template-bap-daftar-hadir",
    when("2025-11-05 07:20:19"), "iphone",
    ("Yoga Pratama", "yogapratama.sec@gmail.com"),
    "template BAP",
    T("""
    pagi min, mau minta template BAP sm daftar hadir mhs yg format terbaru dong. sy dosen LB baru di prodi RKS, mulai ngajar minggu dpn. kalo ada yg versi word lbh bagus

    mksh min

    Dikirim dari iPhone saya
    """),
    L("document_request", "id"))

add("codeswitch-template-rps-obe-pemetaan-cpl",
    when("2026-01-14 13:30:48"), "gmail",
    ("Reza Firmansyah", "reza.firmansyah@polibatam.ac.id"),
    "minta template RPS OBE terbaru",
    T("""
    Hi P4M,

    Boleh minta template RPS OBE yang terbaru? The one with CPL-CPMK mapping dan rubrik penilaian. Yang saya punya masih versi 2023 dan kata kaprodi sudah outdated.

    Kalau ada contoh RPS yang sudah jadi juga boleh, for reference.

    Thanks,
    Reza
    """),
    L("document_request", "mixed"))

add("admin-teruskan-lampiran-eml-minta-sop-dan-formulir",
    when("2026-02-24 10:15:29"), "thunderbird",
    ("Maya Sari", "maya.sari.elektro@polibatam.ac.id"),
    "Fwd: Dokumen SOP helpdesk dan formulir perubahan data MK",
    T("""
    Selamat pagi Tim P4M,

    Saya teruskan permintaan dari Kaprodi Teknik Elektro (email terlampir). Mohon dokumennya dapat dikirim ke saya, nanti saya sampaikan ke beliau.

    Terima kasih,
    Maya Sari
    Admin Jurusan Teknik Elektro
    """),
    L("document_request", "id", "Forward as a message/rfc822 attachment; the inner mail mentions course-data changes only as the subject of the form being asked for."),
    rfc822=dict(slug="admin-teruskan-lampiran-eml-minta-sop-dan-formulir-inner",
                date=when("2026-02-23 17:02:10"), client="thunderbird",
                frm=("Kaprodi Teknik Elektro", "kaprodi.elektro@polibatam.ac.id"),
                to="Maya Sari <maya.sari.elektro@polibatam.ac.id>",
                subject="Dokumen SOP helpdesk dan formulir perubahan data MK",
                filename="Dokumen SOP helpdesk dan formulir perubahan data MK.eml",
                text=T("""
                Bu Maya,

                Tolong mintakan ke P4M: (1) SOP layanan helpdesk e-learning dan (2) formulir perubahan data identitas MK yang berlaku sekarang. Dosen-dosen kita banyak yang belum tahu prosedurnya, mau saya bagikan di rapat prodi Kamis.

                Terima kasih,
                Kaprodi
                """)))

add("asesor-english-minta-led-dan-sop",
    when("2026-04-21 14:00:40"), "gmail",
    ("Michelle Tan", "michelle.tan.assessor@gmail.com"),
    "Documents for the desk evaluation - P4M helpdesk",
    T("""
    Dear P4M Helpdesk,

    I am one of the external assessors for the upcoming accreditation visit. For the desk evaluation, could you please share:

    - the latest self-evaluation report (LED) of the helpdesk service, and
    - the SOP for handling e-learning requests, including the response-time target.

    PDF is fine. Please send them by next Friday if possible.

    Kind regards,
    Michelle Tan, PhD
    External Assessor
    """),
    L("document_request", "en"))

add("dosen-minang-minta-formulir-monev",
    when("2026-05-04 08:50:13"), "roundcube",
    ("Zulfikar Tanjung", "zulfikar.tanjung@polibatam.ac.id"),
    "Formulir monev pembelajaran",
    T("""
    Assalamualaikum,

    Ambo Zulfikar dari prodi Logistik. Ambo butuh formulir monev pembelajaran semester genap 2025/2026 nan baru, untuk diisi dek dosen-dosen di prodi kami. Kalau ado file Word-nyo, tolong dikirim ka email ambo ko.

    Tarimo kasih,
    Zulfikar Tanjung, M.M.
    """),
    L("document_request", "id"))

# ---- other ---------------------------------------------------------------

add("terima-kasih-nama-mk-sudah-berubah-dengan-kutipan",
    when("2025-09-04 16:40:09"), "gmail",
    ("Yudi Hartono", "yudi.hartono@polibatam.ac.id"),
    "Re: [P4M #2025-0598] Ganti nama MK Basis Data Terdistribusi",
    T("""
    Terima kasih banyak, nama course Basis Data Terdistribusi (IF3109) sudah berubah jadi "Sistem Basis Data Terdistribusi". Cepat sekali, mantap.

    Salam,
    Yudi

    Pada Rab, 3 Sep 2025 pukul 14.55 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
    menulis:
    > Yth. Bapak Yudi,
    >
    > Nama lengkap course IF3109 telah kami ubah menjadi "Sistem Basis Data
    > Terdistribusi". Tiket #2025-0598 kami selesaikan.
    >
    > Salam,
    > Tim Helpdesk P4M
    """),
    L("other", "id", "Thank-you that repeats a course code and a new name already applied (decoy)."),
    irt="<tkt-2025-0598.resolve@helpdesk.polibatam.ac.id>")

add("mahasiswa-ambon-keluhan-ac-lab-salah-alamat",
    when("2025-10-08 13:55:40"), "iphone",
    ("Yosua Tuhumury", "yosua.tuhumury@students.polibatam.ac.id"),
    "AC lab rusak",
    T("""
    Selamat siang,

    Beta mau kasih tau, AC di Lab GU 704 su rusak dari minggu lalu. Katong kuliah Pemrograman Mobile di situ panas sekali, ada teman yang pusing. Beta seng tau harus lapor ke mana, jadi beta kirim ke sini sa.

    Terima kasih.
    Yosua, TI-3A

    Dikirim dari iPhone saya
    """),
    L("other", "id", "Misdirected facilities complaint."))

add("vendor-english-penawaran-plugin-ai",
    when("2025-11-19 10:30:14"), "gmail",
    ("Ryan Lim | EduMetrics", "ryan.lim.edumetrics@gmail.com"),
    "Quick question about Moodle analytics at Polibatam",
    T("""
    Hi there,

    I'm Ryan from EduMetrics, a Singapore start-up building AI-powered learning analytics for Moodle. We help polytechnics spot at-risk students early by combining quiz, forum and attendance data into a single dashboard.

    Would your team be open to a 20-minute call next week? I'd be happy to share a short demo and a free pilot offer for one study programme.

    Best,
    Ryan Lim
    Partnerships Lead, EduMetrics
    """),
    L("other", "en", "Cold vendor outreach sent by a person (no bulk headers)."))

add("orang-tua-tanya-wisuda-salah-alamat",
    when("2025-12-13 20:15:57"), "yahoo",
    ("Hj. Rosmiati", "rosmiati_btm@yahoo.co.id"),
    "Tanya jadwal wisuda",
    T("""
    Assalamualaikum, selamat malam Bapak/Ibu.

    Saya orang tua dari Nurul Aini, mahasiswa Akuntansi Manajerial angkatan 2021. Mau tanya, wisuda tahun ini jadi tanggal berapa, dan satu mahasiswa boleh membawa berapa orang pendamping? Kami dari Tanjung Balai Karimun jadi perlu pesan tiket kapal dari sekarang.

    Terima kasih sebelumnya.
    Wassalam,
    Rosmiati
    """),
    L("other", "id", "Misdirected: a parent asking about graduation."),
    to='"helpdesk-p4m@polibatam.ac.id" <helpdesk-p4m@polibatam.ac.id>')

add("rencana-ganti-nama-semester-depan-belum-minta",
    when("2026-03-19 15:00:27"), "outlook",
    ("Rosa Damanik", "rosa.damanik@polibatam.ac.id"),
    "Info awal: rencana perubahan nama MK Sistem Tertanam",
    T("""
    Selamat sore Tim P4M,

    Sekadar informasi awal: prodi berencana mengganti nama MK Sistem Tertanam (MEK2304) mulai semester ganjil nanti, kemungkinan menjadi "Sistem Tertanam dan IoT". Namun SK-nya belum terbit dan nama finalnya masih bisa berubah.

    Jadi belum perlu diproses sekarang ya. Setelah SK terbit saya kirim permohonan resminya.

    Terima kasih,
    Rosa Damanik, S.T., M.T.
    Koordinator Prodi Teknologi Rekayasa Mekatronika
    """),
    L("other", "id", "Advance notice of a possible rename; explicitly not a request yet (decoy for course_data)."))

add("balasan-rating-lima-codeswitch",
    when("2026-04-06 09:00:51"), "gmail",
    ("Teddy Kurniawan", "teddy.kurniawan@polibatam.ac.id"),
    "Re: [P4M #2026-0388] Permohonan Anda telah diselesaikan",
    T("""
    Rating: 5

    Thanks a lot min, fast response banget. Course-nya udah bisa diakses sama students, no more complaints. Keep it up!

    Teddy

    Pada Jum, 3 Apr 2026 pukul 16.48 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
    menulis:
    > Yth. Bapak Teddy,
    >
    > Permohonan Anda dengan nomor tiket #2026-0388 telah kami selesaikan.
    > Mohon beri penilaian layanan kami dengan membalas email ini (angka 1-5).
    >
    > Salam,
    > Tim Helpdesk P4M
    """),
    L("other", "mixed", "Satisfaction-rating reply to a resolved ticket."),
    irt="<tkt-2026-0388.resolve@helpdesk.polibatam.ac.id>")

add("undangan-narasumber-pelatihan-h5p",
    when("2026-05-12 10:00:35"), "outlook",
    ("Prodi Akuntansi Manajerial", "prodi.akm@polibatam.ac.id"),
    "Undangan Narasumber Pelatihan H5P",
    T("""
    Yth. Kepala P4M dan Tim Helpdesk,

    Dengan hormat, Program Studi Akuntansi Manajerial akan menyelenggarakan pelatihan internal pembuatan konten interaktif H5P di e-learning pada Rabu, 20 Mei 2026 pukul 13.00-16.00 WIB di Lab Akuntansi 1.

    Kami bermaksud mengundang salah satu staf P4M sebagai narasumber. Mohon konfirmasi kesediaan dan nama narasumber paling lambat Jumat, 15 Mei 2026.

    Atas perhatiannya kami ucapkan terima kasih.

    Hormat kami,
    Novita Sari, S.E., M.Ak.
    Koordinator Prodi Akuntansi Manajerial
    """),
    L("other", "id", "Invitation for P4M staff to speak; dates in the mail are the event, nothing is to be published."))

# ---- auto ----------------------------------------------------------------

add("automatic-reply-exchange-cuti-tahunan",
    when("2025-08-14 11:02:50"), "outlook",
    ("Helen Murray", "helen.murray@polibatam.ac.id"),
    "Automatic reply: [P4M #2025-0530] Your request has been received",
    T("""
    Thank you for your email. I am on annual leave from 11 to 22 August 2025 with limited access to e-mail.

    For anything urgent about the English for Academic Purposes course (BI1101), including enrolment keys or announcements, please contact Pak Oliver Grant.

    Best regards,
    Helen Murray
    """),
    L("auto", "en", "Exchange out-of-office with auto-reply headers; mentions course tasks."),
    irt="<tkt-2025-0530.ack@helpdesk.polibatam.ac.id>",
    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "helen.murray@polibatam.ac.id")],
    content_language="en-US")

add("zimbra-vacation-subjek-re-biasa",
    when("2025-09-12 15:00:03"), "zimbra",
    ("Irwan Saputra", "irwan.saputra@polibatam.ac.id"),
    "Re: [P4M #2025-0701] Permohonan Anda telah diterima",
    T("""
    Terima kasih atas email Anda.

    Saya sedang menjalankan ibadah umrah sampai dengan 26 September 2025 dan tidak dapat membalas email. Untuk perubahan data MK dan pengumuman di course prodi Teknik Mesin, silakan hubungi admin jurusan (nurhayati.adm@polibatam.ac.id).

    Salam,
    Irwan Saputra
    """),
    L("auto", "id", "Zimbra vacation reply: ordinary 'Re:' subject, recognisable by Auto-Submitted only."),
    irt="<tkt-2025-0701.ack@helpdesk.polibatam.ac.id>",
    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)")])

add("balasan-otomatis-subjek-saja-diklat",
    when("2025-11-24 13:00:12"), "outlook",
    ("Wulandari Putri", "wulandari.putri@polibatam.ac.id"),
    "Balasan Otomatis: [P4M #2025-1102] Permohonan Anda telah diterima",
    T("""
    Terima kasih atas email Bapak/Ibu.

    Saya sedang mengikuti Diklat PEKERTI sampai dengan 28 November 2025 dengan akses email terbatas. Email akan saya balas setelah kembali.

    Hormat saya,
    Wulandari Putri
    """),
    L("auto", "id", "Out-of-office recognisable only by its subject prefix (no auto-reply headers)."),
    irt="<tkt-2025-1102.ack@helpdesk.polibatam.ac.id>")

add("siakad-noreply-notifikasi-jadwal-berubah",
    when("2026-02-10 05:00:04"), "machine",
    ("SIAKAD Polibatam", "no-reply@siakad.polibatam.ac.id"),
    "[SIAKAD] Notifikasi perubahan jadwal kuliah ABT1204",
    T("""
    Notifikasi otomatis SIAKAD Politeknik Negeri Batam

    Telah terjadi perubahan data jadwal kuliah:

    Mata kuliah : ABT1204 - Kewirausahaan
    Kelas       : ABT-1A
    Dosen       : Drs. H. Syamsul Bahri, M.M.
    Jadwal baru : Selasa, 10.20-12.00, Ruang GU 602 (semula Senin, 07.30-09.10)

    Email ini dikirim otomatis oleh sistem. Mohon tidak membalas email ini.
    """),
    L("auto", "id", "System notification from SIAKAD: carries course data but is machine mail."),
    return_path="bounces@siakad.polibatam.ac.id",
    extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "PHPMailer 6.9.3 (https://github.com/PHPMailer/PHPMailer)"),
           ("Reply-To", "no-reply@siakad.polibatam.ac.id")])

MOODLE_HTML = """<div class="navbar"><a target="_blank" href="https://learning.polibatam.ac.id/course/view.php?id=1742">Basis Data Lanjut TI-2A</a> &raquo; <a target="_blank" href="https://learning.polibatam.ac.id/mod/forum/view.php?f=5120">Pengumuman</a> &raquo; <a target="_blank" href="https://learning.polibatam.ac.id/mod/forum/discuss.php?d=20417">Jadwal UTS Basis Data Lanjut</a></div>
<table border="0" cellpadding="3" cellspacing="0" class="forumpost">
<tr class="header"><td class="topic starter"><div class="subject">Jadwal UTS Basis Data Lanjut</div><div class="author">oleh Nur Fitriani Said - Senin, 16 Maret 2026, 06.00</div></td></tr>
<tr><td class="content"><p>Mahasiswa TI-2A, UTS Basis Data Lanjut dilaksanakan Kamis, 19 Maret 2026 pukul 08.00-09.40 WIB secara daring melalui kuis e-learning. Materi pertemuan 1-7. Pastikan koneksi stabil.</p></td></tr>
</table>
<hr /><div class="mdl-align unsubscribelink"><a href="https://learning.polibatam.ac.id/mod/forum/unsubscribe.php?id=5120">Berhenti berlangganan forum ini</a></div>
"""

add("moodle-notifikasi-forum-pengumuman-course",
    when("2026-03-16 06:00:09"), "machine",
    ("Nur Fitriani Said (via E-Learning Polibatam)", "noreply@learning.polibatam.ac.id"),
    "Basis Data Lanjut TI-2A: Jadwal UTS Basis Data Lanjut",
    T("""
    Basis Data Lanjut TI-2A -> Pengumuman -> Jadwal UTS Basis Data Lanjut
    https://learning.polibatam.ac.id/mod/forum/discuss.php?d=20417

    Jadwal UTS Basis Data Lanjut
    oleh Nur Fitriani Said - Senin, 16 Maret 2026, 06.00

    Mahasiswa TI-2A, UTS Basis Data Lanjut dilaksanakan Kamis, 19 Maret 2026 pukul 08.00-09.40 WIB secara daring melalui kuis e-learning. Materi pertemuan 1-7. Pastikan koneksi stabil.

    ---------------------------------------------------------------------
    Ini adalah salinan pesan yang dikirim ke forum Pengumuman.
    Untuk berhenti berlangganan, kunjungi
    https://learning.polibatam.ac.id/mod/forum/unsubscribe.php?id=5120
    """),
    L("auto", "id", "Moodle forum copy of a course announcement (bulk/list headers); looks like an announcement but is machine mail."),
    html=MOODLE_HTML,
    return_path="noreply@learning.polibatam.ac.id",
    irt="<moodlediscussion20417@learning.polibatam.ac.id>",
    extra=[("Reply-To", '"Jangan membalas email ini (via E-Learning Polibatam)" <noreply@learning.polibatam.ac.id>'),
           ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
           ("Precedence", "Bulk"), ("X-Auto-Response-Suppress", "All"),
           ("Auto-Submitted", "auto-generated"),
           ("List-Id", '"Pengumuman" <moodleforum5120@learning.polibatam.ac.id>'),
           ("List-Help", "https://learning.polibatam.ac.id/mod/forum/view.php?f=5120"),
           ("List-Unsubscribe", "<https://learning.polibatam.ac.id/mod/forum/unsubscribe.php?id=5120>"),
           ("X-Course-Id", "1742"), ("X-Course-Name", "Basis Data Lanjut TI-2A")])

add("bounce-postfix-user-unknown-ack-berisi-perubahan",
    when("2026-05-22 14:20:31"), "dsn", ("Mail Delivery System", "MAILER-DAEMON@polibatam.ac.id"),
    "Undelivered Mail Returned to Sender",
    T("""
    This is the mail system at host mx.polibatam.ac.id.

    I'm sorry to have to inform you that your message could not
    be delivered to one or more recipients. It's attached below.

    For further assistance, please send mail to postmaster.

    If you do so, please include this problem report. You can
    delete your own text from the attached returned message.

                       The mail system

    <yusuf.hidayat@polibatam.ac.ic>: host mail.polibatam.ac.ic[203.0.113.25] said:
        550 5.1.1 <yusuf.hidayat@polibatam.ac.ic>: Recipient address rejected: User
        unknown in virtual mailbox table (in reply to RCPT TO command)
    """),
    L("auto", "en", "Bounce of the helpdesk's own acknowledgement; the returned message quotes a course-data request."),
    rcpt="yusuf.hidayat@polibatam.ac.ic", remote="mail.polibatam.ac.ic",
    returned=T("""
    Return-Path: <helpdesk-p4m@polibatam.ac.id>
    From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
    To: yusuf.hidayat@polibatam.ac.ic
    Subject: [P4M #2026-0512] Permohonan Anda telah diterima
    Date: Fri, 22 May 2026 14:20:24 +0700
    Message-ID: <tkt-2026-0512.ack@helpdesk.polibatam.ac.id>
    Auto-Submitted: auto-replied
    MIME-Version: 1.0
    Content-Type: text/plain; charset="utf-8"
    Content-Transfer-Encoding: 7bit

    Yth. Yusuf Hidayat,

    Permohonan Anda "Ganti dosen pengampu MK Termodinamika Teknik (MS2206)"
    telah kami terima dengan nomor tiket #2026-0512.

    Yang kami pahami: perubahan data mata kuliah MS2206, dosen pengampu
    menjadi "Yusuf Hidayat, M.Eng.".

    Salam,
    Tim Helpdesk P4M
    """))


# ==========================================================================
# writing and checking
# ==========================================================================

def readable_text(raw):
    """Everything a human reads: subject, text parts, HTML without tags, DOCX text."""
    msg = message_from_bytes(raw, policy=policy.default)
    chunks = [str(msg["Subject"] or "")]

    def walk(m):
        for part in m.walk():
            ct = part.get_content_type()
            if ct == "message/rfc822":
                continue
            if part.is_multipart():
                continue
            if ct == "text/plain":
                chunks.append(part.get_content())
            elif ct == "text/html":
                h = part.get_content()
                h = re.sub(r"(?is)<style.*?</style>", " ", h)
                h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</td>|</tr>", "\n", h)
                chunks.append(html.unescape(re.sub(r"<[^>]+>", "", h)))
            elif ct.endswith("wordprocessingml.document"):
                chunks.append(docx_text(part.get_content()))
    walk(msg)
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0)
            chunks.append(str(inner["Subject"] or ""))
            walk(inner)
    return re.sub(r"\s+", " ", " ".join(chunks)).replace("\u00a0", " ")


def check(name, raw, label):
    problems = []
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append("bare LF")
    msg = message_from_bytes(raw, policy=policy.default)
    for part in msg.walk():
        if part.defects:
            problems.append("defects %r in %s" % (part.defects, part.get_content_type()))
    if not msg["Date"] or not msg["Subject"] or not msg["From"]:
        problems.append("missing Date/Subject/From")
    text = readable_text(raw)
    f = label["fields"]
    vals = []
    for k in ("course_code", "course_name", "title"):
        if k in f:
            vals.append(f[k])
    for k, v in f.get("changes", {}).items():
        if k not in CHANGE_KEYS:
            problems.append("bad change key %s" % k)
        vals.append(v)
    for v in vals:
        if re.sub(r"\s+", " ", v) not in text:
            problems.append("label value not in text: %r" % v)
    if "publish_at" in f:
        dt.datetime.fromisoformat(f["publish_at"])
        if not f["publish_at"].endswith("+07:00"):
            problems.append("publish_at not +07:00")
    if label["type"] == "announcement" and f.get("scope") not in ("course", "site"):
        problems.append("announcement without scope")
    if label["type"] not in ("course_data", "announcement") and f:
        problems.append("fields on a %s" % label["type"])
    if label["type"] == "course_data" and not f.get("changes"):
        problems.append("course_data without changes")
    return ["%s: %s" % (name, p) for p in problems]


def main():
    mails = sorted(MAILS, key=lambda m: m["date"].astimezone(dt.timezone.utc))
    slugs = [m["slug"] for m in mails]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    labels, outputs, problems = {}, {}, []
    for i, m in enumerate(mails, 1):
        name = "%03d-%s.eml" % (i, m["slug"])
        if m["client"] == "dsn":
            raw = dsn(m)
        else:
            raw = build(m).as_bytes(policy=POL)
        outputs[name] = raw
        labels[name] = m["label"]
        problems += check(name, raw, m["label"])

    tc, lc = {}, {}
    for lab in labels.values():
        tc[lab["type"]] = tc.get(lab["type"], 0) + 1
        lc[lab["lang"]] = lc.get(lab["lang"], 0) + 1
    if tc != PLAN_TYPES:
        problems.append("type counts %r != plan %r" % (tc, PLAN_TYPES))
    if lc != PLAN_LANGS:
        problems.append("language counts %r != plan %r" % (lc, PLAN_LANGS))
    if len(outputs) != 70:
        problems.append("%d messages, expected 70" % len(outputs))
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        sys.exit(1)

    for old in os.listdir(OUT_DIR):
        if re.match(r"^\d{3}-.*\.eml$", old) and old not in outputs:
            os.remove(os.path.join(OUT_DIR, old))
    for name, raw in outputs.items():
        with open(os.path.join(OUT_DIR, name), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(OUT_DIR, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages and labels.json to %s" % (len(outputs), OUT_DIR))
    print("types: %s" % ", ".join("%s %d" % kv for kv in sorted(tc.items())))
    print("langs: %s" % ", ".join("%s %d" % kv for kv in sorted(lc.items())))


if __name__ == "__main__":
    main()

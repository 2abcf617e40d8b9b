#!/usr/bin/env python3
"""Held-out part 44 of the P4M Helpdesk corpus, written blind in round 31.

Writes, next to this script, 70 raw RFC 5322 messages (NNN-short-quirk.eml, CRLF
line endings, numbered in order of their Date headers) and labels.json in the
label format of tests/data/requests-reference:

  {"NNN-slug.eml": {"type", "lang", "fields", "note"}}

The mail texts live in mails44_a.py, mails44_b.py, ... beside this script; this file
only wraps them in the headers and MIME structure of the named mail client.
Only the Python standard library is used and nothing is random: boundaries,
Message-IDs, queue ids and attachment bytes are derived from each mail's slug,
so a rerun rewrites byte-identical files.  Before writing, every message is
parsed back and its labels are checked against the decoded text; any mismatch
stops the script with status 1.
"""

import base64
import datetime as dt
import hashlib
import html
import json
import os
import quopri
import re
import struct
import sys
import zlib
from email.header import Header
from email.utils import formataddr

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, OUT_DIR)
sys.dont_write_bytecode = True
WIB = dt.timezone(dt.timedelta(hours=7))
HELPDESK = "helpdesk-p4m@polibatam.ac.id"

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

def _digest(slug, salt):
    return hashlib.sha256(("%s|%s" % (slug, salt)).encode("utf-8")).digest()


def hx(slug, salt, n):
    out, i = "", 0
    while len(out) < n:
        out += _digest(slug, "%s#%d" % (salt, i)).hex()
        i += 1
    return out[:n]


def num(slug, salt, lo, hi):
    return lo + int.from_bytes(_digest(slug, salt)[:8], "big") % (hi - lo + 1)


def alnum(slug, salt, n, alphabet="0123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"):
    v = int.from_bytes(_digest(slug, salt) + _digest(slug, salt + "+"), "big")
    out = ""
    for _ in range(n):
        v, r = divmod(v, len(alphabet))
        out += alphabet[r]
    return out


def dtp(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=WIB)


def rfc_date(d, pad=True):
    day = "%02d" % d.day if pad else "%d" % d.day
    return "%s, %s %s %d %s +0700" % (DAYS_EN[d.weekday()], day, MONTHS_EN[d.month - 1],
                                      d.year, d.strftime("%H:%M:%S"))


# --------------------------------------------------------------------------
# header and body encoding
# --------------------------------------------------------------------------

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def fold(name, value):
    """One header field, folded at spaces before column 78 (ASCII values)."""
    line = "%s: %s" % (name, value)
    if len(line) <= 78:
        return line
    out, cur = [], name + ":"
    for word in value.split(" "):
        if len(cur) + 1 + len(word) > 76 and cur.strip() and cur != name + ":":
            out.append(cur)
            cur = " " + word
        else:
            cur = cur + " " + word
    out.append(cur)
    return "\n".join(out)


def enc_text(s):
    """Header text: RFC 2047 B-encoded when not ASCII, else folded as is."""
    if is_ascii(s):
        return s
    return Header(s, "utf-8", maxlinelen=74).encode(linesep="\n")


def hdr(name, value):
    if is_ascii(value):
        return fold(name, value)
    return "%s: %s" % (name, Header(value, "utf-8", header_name=name,
                                    maxlinelen=76).encode(linesep="\n"))


def addr(name, address):
    if not name:
        return address
    if is_ascii(name):
        return formataddr((name, address))
    return "%s <%s>" % (Header(name, "utf-8").encode(), address)


def qp(text, charset="utf-8"):
    data = text.encode(charset)
    return quopri.encodestring(data, quotetabs=False).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def leaf(ctype, text, cte, charset="utf-8", extra=""):
    """A text leaf part: its header lines and encoded body."""
    if cte == "qp":
        body, cte_name = qp(text, charset), "quoted-printable"
    elif cte == "b64":
        body, cte_name = b64(text.encode(charset)), "base64"
    elif cte == "8bit":
        body, cte_name = text, "8bit"
    else:
        body, cte_name = text, "7bit"
    head = ['Content-Type: %s; charset="%s"%s' % (ctype, charset, extra)]
    if cte_name != "7bit" or cte == "7bit!":
        head.append("Content-Transfer-Encoding: %s" % cte_name)
    return head, body


def pick_cte(text, prefer="qp"):
    long_line = any(len(l) > 76 for l in text.split("\n"))
    if is_ascii(text) and not long_line:
        return "7bit"
    return prefer


def multipart(subtype, parts, boundary, extra=""):
    head = ['Content-Type: multipart/%s;%s\n boundary="%s"' % (subtype, extra, boundary)]
    chunks = []
    for ph, pb in parts:
        if not pb.endswith("\n"):
            pb += "\n"
        chunks.append("--%s\n%s\n\n%s" % (boundary, "\n".join(ph), pb))
    body = "\n".join(chunks) + "\n--%s--\n" % boundary
    return head, body


# --------------------------------------------------------------------------
# small attachments (byte-for-byte deterministic)
# --------------------------------------------------------------------------

def png_screenshot(seed, width=200, height=120):
    """A grey window with a red error banner and text-like bars."""
    h = _digest(seed, "png")
    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            if y < 14:
                px = (40, 70, 120)
            elif 30 <= y < 46 and 12 <= x < width - 12:
                px = (200, 40, 40) if x < width - 12 - h[y % 32] % 40 else (245, 245, 245)
            elif y > 56 and (y - 56) % 10 < 3 and 12 <= x < width - 12 - h[(y // 10) % 32] % 70:
                px = (90, 90, 90)
            else:
                px = (245, 245, 245)
            row += bytes(px)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind, data):
        c = struct.pack(">I", len(data)) + kind + data
        return c + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def attachment(name, ctype, data):
    head = ['Content-Type: %s; name="%s"' % (ctype, name),
            'Content-Disposition: attachment; filename="%s"' % name,
            "Content-Transfer-Encoding: base64"]
    return head, b64(data)


ATTACH_MAKERS = {"png": (png_screenshot, "image/png")}


# --------------------------------------------------------------------------
# HTML renderings of a plain body, in the style of each client
# --------------------------------------------------------------------------

URL_RE = re.compile(r"(https?://[^\s<>\"]+[^\s<>\".,;:!?)])")
ATTR_RE = re.compile(r"^(Pada .+|On .+ wrote:|menulis:)$")


def esc(s):
    return URL_RE.sub(lambda m: '<a href="%s">%s</a>' % (m.group(1), m.group(1)), html.escape(s, quote=False))


def _groups(lines):
    """Split lines into runs of ('text', lines) and ('quote', lines without one '>')."""
    out = []
    for line in lines:
        q = line.startswith(">")
        body = re.sub(r"^> ?", "", line) if q else line
        kind = "quote" if q else "text"
        if out and out[-1][0] == kind:
            out[-1][1].append(body)
        else:
            out.append((kind, [body]))
    return out


def html_gmail(text):
    def render(lines):
        parts = []
        for kind, chunk in _groups(lines):
            if kind == "quote":
                parts.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                             'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                             + render(chunk) + "</blockquote>")
                continue
            for line in chunk:
                if not line.strip():
                    parts.append("<div><br></div>")
                elif ATTR_RE.match(line):
                    parts.append('<div class="gmail_attr">%s</div>' % esc(line))
                else:
                    parts.append("<div>%s</div>" % esc(line))
        return "\n".join(parts)
    return '<div dir="ltr">\n%s\n</div>\n' % render(text.rstrip("\n").split("\n"))


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink
	{color:#0563C1;
	text-decoration:underline;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""
OUTLOOK_LABEL = re.compile(r"^(Dari|Dikirim|Kepada|Subjek|Cc|From|Sent|To|Subject):(\s)")


def word_p(inner):
    return '<p class="MsoNormal">%s<o:p></o:p></p>' % inner


def html_outlook_inner(text):
    out = []
    for line in text.rstrip("\n").split("\n"):
        if not line.strip():
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif line.startswith("_____"):
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
                       '<p class="MsoNormal"><o:p>&nbsp;</o:p></p></div>')
        else:
            e = esc(line)
            e = OUTLOOK_LABEL.sub(lambda m: "<b>%s:</b>%s" % (m.group(1), m.group(2)), e)
            out.append(word_p(e))
    return "\n".join(out) + "\n"


def html_outlook(text, lang="id-ID", inner=None):
    return (WORD_HEAD % lang) + (inner if inner is not None else html_outlook_inner(text)) \
        + "</div>\n</body>\n</html>\n"


def html_plainish(text, open_tag, close_tag, line_fmt="%s<br>"):
    def render(lines):
        parts = []
        for kind, chunk in _groups(lines):
            if kind == "quote":
                parts.append('<blockquote style="border-left:2px solid #1010FF;margin-left:5px;'
                             'padding-left:5px">' + render(chunk) + "</blockquote>")
            else:
                parts.extend(line_fmt % esc(l) if l.strip() else "<br>" for l in chunk)
        return "\n".join(parts)
    return open_tag + "\n" + render(text.rstrip("\n").split("\n")) + "\n" + close_tag + "\n"


# --------------------------------------------------------------------------
# clients
# --------------------------------------------------------------------------

RELAYS = {
    "gmail": ("mail-pj1-f%d.google.com", "209.85.216.%d"),
    "outlook": ("APC01-SG2-obe.outbound.protection.outlook.com", "40.107.215.%d"),
    "yahoo": ("sonic3%d.mail.sg3.yahoo.com", "106.10.242.%d"),
    "local": ("mail.polibatam.ac.id", "103.143.71.133"),
}


def relay_for(e):
    dom = e["frm"][1].split("@")[1]
    if dom in ("gmail.com", "googlemail.com"):
        return "gmail"
    if dom.startswith("yahoo"):
        return "yahoo"
    if e["client"].startswith("outlook") or dom in ("outlook.com", "hotmail.com"):
        return "outlook"
    if dom.endswith("polibatam.ac.id"):
        return "local"
    return "outside"


def trace(e, d):
    slug = e["slug"]
    if e.get("local_origin"):
        return ["Return-Path: <%s>" % e.get("return_path", e["frm"][1]),
                "Received: by mx.polibatam.ac.id (Postfix)\n id %s; %s (WIB)"
                % (alnum(slug, "qid", 13), rfc_date(d, pad=False))]
    kind = relay_for(e)
    if kind == "outside":
        dom = e["frm"][1].split("@")[1]
        host, ip = "mail.%s" % dom, "203.%d.%d.%d" % (num(slug, "a", 10, 220), num(slug, "b", 1, 250),
                                                    num(slug, "c", 2, 250))
    else:
        host, ip = RELAYS[kind]
        if "%d" in host:
            host = host % num(slug, "h", 10, 80)
        if "%d" in ip:
            ip = ip % num(slug, "i", 10, 240)
    arrive = d + dt.timedelta(seconds=num(slug, "delay", 2, 50))
    rp = e.get("return_path", e["frm"][1])
    return ["Return-Path: <%s>" % rp,
            "Received: from %s\n (%s [%s]) by\n mx.polibatam.ac.id (Postfix) with ESMTPS id %s for\n <%s>; %s (WIB)"
            % (host, host, ip, alnum(slug, "qid", 13), e.get("rcpt", HELPDESK), rfc_date(arrive, pad=False))]


def msg_id(e, style):
    s = e["slug"]
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % alnum(s, "mid", 58, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=")
    if style == "outlook":
        box = "SEZPR06MB%04d" % num(s, "box", 1000, 9999)
        return "<%s%s@%s.apcprd06.prod.outlook.com>" % (box, hx(s, "mid", 28).upper(), box)
    if style == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (num(s, "y1", 10 ** 8, 10 ** 9), num(s, "y2", 10 ** 9, 2 * 10 ** 9),
                                              num(s, "y3", 10 ** 6, 10 ** 7))
    dom = e["frm"][1].split("@")[1]
    return "<%s.%s@%s>" % (hx(s, "mid", 16), hx(s, "mid2", 8), style if "." in style else dom)


def addressing(e):
    out = [hdr_addr("From", [e["frm"]]), hdr_addr("To", e.get("to", [("", HELPDESK)]))]
    if e.get("cc"):
        out.append(hdr_addr("Cc", e["cc"]))
    return out


def hdr_addr(name, pairs):
    return "%s: %s" % (name, ",\n ".join(addr(n, a) for n, a in pairs))


def extras(e):
    """Extra header fields; a value holding a newline is already folded by hand."""
    out = []
    for n, v in e.get("headers", []):
        if "\n" in v:
            assert all(l.startswith(" ") for l in v.split("\n")[1:]), (e["slug"], n)
            out.append("%s: %s" % (n, v))
        else:
            out.append(fold(n, v) if is_ascii(v) else hdr(n, v))
    return out


def thread_index(e):
    return base64.b64encode(_digest(e["slug"], "ti")[:22]).decode()


def with_attachments(e, head, body, boundary):
    if not e.get("attach"):
        return head, body
    parts = [(head, body)]
    for name, kind in e["attach"]:
        maker, ctype = ATTACH_MAKERS[kind]
        parts.append(attachment(name, ctype, maker(e["slug"] + name)))
    return multipart("mixed", parts, boundary)


def build_gmail(e, d):
    s = e["slug"]
    text = e["body"]
    plain = leaf("text/plain", text, pick_cte(text, "qp"), "UTF-8")
    rich = leaf("text/html", html_gmail(text) if "html" not in e else e["html"], "qp", "UTF-8")
    head, body = multipart("alternative", [plain, rich], "0000000000" + hx(s, "b1", 18))
    head, body = with_attachments(e, head, body, "0000000000" + hx(s, "b2", 18))
    h = trace(e, d) + ["MIME-Version: 1.0"] + [a for a in addressing(e) if a.startswith("From")]
    h += ["Date: %s" % rfc_date(d, pad=False), "Message-ID: %s" % msg_id(e, "gmail"),
          hdr("Subject", e["subject"])] + [a for a in addressing(e) if not a.startswith("From")]
    return h + extras(e) + head, body


def build_outlook(e, d, html_only=False):
    s = e["slug"]
    text = e["body"]
    box = "SEZPR06MB%04d" % num(s, "box", 1000, 9999)
    tag = "%s%s" % (box, hx(s, "bnd", 32).upper())
    inner = e.get("html") or html_outlook_inner(text)
    rich = leaf("text/html", html_outlook(text, e.get("html_lang", "id-ID"), inner), "qp",
                "utf-8")
    if html_only:
        head, body = rich
    else:
        cs = "us-ascii" if is_ascii(text) else "utf-8"
        plain = leaf("text/plain", text, "qp", cs)
        head, body = multipart("alternative", [plain, rich], "_000_%s%sapcp_" % (tag, box))
    head, body = with_attachments(e, head, body, "_004_%s%sapcp_" % (tag, box))
    subj = e["subject"]
    topic = re.sub(r"^((RE|Re|TR|FW|Fwd|Balas|Automatic reply|Balasan Otomatis):\s*)+", "", subj)
    h = trace(e, d) + addressing(e) + [hdr("Subject", subj), hdr("Thread-Topic", topic),
                                       "Thread-Index: %s" % thread_index(e),
                                       "Date: %s" % rfc_date(d), "Message-ID:\n %s" % msg_id(e, "outlook")]
    h += extras(e)
    lang = e.get("html_lang", "id-ID")
    h += ["Accept-Language: %s, en-US" % lang if lang != "en-US" else "Accept-Language: en-US, id-ID",
          "Content-Language: %s" % lang,
          "X-MS-Has-Attach: %s" % ("yes" if e.get("attach") else ""), "X-MS-TNEF-Correlator: "]
    return h + head + ["MIME-Version: 1.0"], body


def build_thunderbird(e, d):
    text = e["body"]
    cte = "7bit!" if is_ascii(text) else "8bit"
    head, body = leaf("text/plain", text, cte, "UTF-8", "; format=flowed")
    head[0] = head[0].replace('charset="UTF-8"', "charset=UTF-8")
    h = trace(e, d) + ["Message-ID: %s" % msg_id(e, "local"), "Date: %s" % rfc_date(d, pad=False),
                       "MIME-Version: 1.0",
                       "User-Agent: Mozilla Thunderbird",
                       "Content-Language: %s" % e.get("content_lang", "id")]
    h += [a for a in addressing(e) if not a.startswith("From")] + [a for a in addressing(e) if a.startswith("From")]
    h += [hdr("Subject", e["subject"])] + extras(e)
    return h + head, body


def build_iphone(e, d):
    text = e["body"]
    head, body = leaf("text/plain", text, "b64", "utf-8")
    head[0] = "Content-Type: text/plain;\n\tcharset=utf-8"
    h = trace(e, d) + [a for a in addressing(e) if a.startswith("From")] + head
    h += ["Mime-Version: 1.0 (1.0)", hdr("Subject", e["subject"]), "Date: %s" % rfc_date(d),
          "Message-Id: <%s@polibatam.ac.id>" % hx(e["slug"], "apple", 32).upper()]
    h += extras(e) + [a for a in addressing(e) if not a.startswith("From")]
    h += ["X-Mailer: iPhone Mail (22B91)"]
    return h, body


def build_samsung(e, d):
    s = e["slug"]
    text = e["body"]
    plain = leaf("text/plain", text, "b64", "UTF-8")
    rich = leaf("text/html", '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
                '<body><div dir="auto">' + html_plainish(text, "", "", "<div dir=\"auto\">%s</div>")
                + "</div></body></html>", "b64", "UTF-8")
    head, body = multipart("alternative", [plain, rich], "--_com.samsung.android.email_%d" % num(s, "sb", 10 ** 12, 10 ** 13))
    head, body = with_attachments(e, head, body, "--_com.samsung.android.email_%d" % num(s, "sm", 10 ** 12, 10 ** 13))
    h = trace(e, d) + ["Message-ID: <%s@email.android.com>" % hx(s, "mid", 20), "Date: %s" % rfc_date(d),
                       hdr("Subject", e["subject"])] + addressing(e) + extras(e)
    h += ["X-Priority: 3", "Importance: Normal", "MIME-Version: 1.0"]
    return h + head, body


def _generic_alt(e, d, style, mailer_headers, html_open, html_close):
    s = e["slug"]
    text = e["body"]
    plain = leaf("text/plain", text, "qp", "utf-8")
    rich = leaf("text/html", e.get("html") or html_plainish(text, html_open, html_close), "qp", "utf-8")
    head, body = multipart("alternative", [plain, rich], "----=_Part_%d_%d.%d" % (
        num(s, "p1", 1000, 99999), num(s, "p2", 10 ** 8, 10 ** 9), num(s, "p3", 10 ** 12, 10 ** 13)))
    head, body = with_attachments(e, head, body, "----=_Part_%d_%d.%d" % (
        num(s, "q1", 1000, 99999), num(s, "q2", 10 ** 8, 10 ** 9), num(s, "q3", 10 ** 12, 10 ** 13)))
    h = trace(e, d) + ["Date: %s" % rfc_date(d, pad=False)] + addressing(e)
    h += ["Message-ID: %s" % msg_id(e, style), hdr("Subject", e["subject"])] + extras(e)
    h += ["MIME-Version: 1.0"] + mailer_headers
    return h + head, body


def build_yahoo(e, d):
    return _generic_alt(e, d, "yahoo", ["X-Mailer: WebService/1.1.22806 YMailNorrin"],
                        '<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica '
                        'Neue, Helvetica, Arial, sans-serif;font-size:13px;">', "</div></body></html>")


def build_zimbra(e, d):
    return _generic_alt(e, d, "local", ["X-Mailer: Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC129 (Win)/9.0.0_GA_4583)",
                                        "Thread-Index: %s" % thread_index(e)],
                        '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: '
                        '12pt; color: #000000">', "</div></body></html>")


def build_roundcube(e, d):
    text = e["body"]
    head, body = leaf("text/plain", text, "qp" if not is_ascii(text) else "7bit!", "UTF-8", "; format=flowed")
    head[0] = head[0].replace('charset="UTF-8"', "charset=US-ASCII" if is_ascii(text) else "charset=UTF-8")
    h = trace(e, d) + ["MIME-Version: 1.0", "Date: %s" % rfc_date(d, pad=False)] + addressing(e)
    h += [hdr("Subject", e["subject"])] + extras(e)
    h += ["Message-ID: %s" % msg_id(e, "local"), "X-Sender: %s" % e["frm"][1],
          "User-Agent: Roundcube Webmail/1.6.9"]
    return h + head, body


def build_machine(e, d):
    """Moodle notifications and mailing-list copies: plain + HTML, headers from the spec."""
    return _generic_alt(e, d, e["frm"][1].split("@")[1], [], "<div>", "</div>")


def build_dsn(e, d):
    s = e["slug"]
    rep = e["dsn"]
    notice = leaf("text/plain", e["body"], pick_cte(e["body"], "qp"), "utf-8")
    if rep.get("html"):
        notice = multipart("alternative", [notice, leaf("text/html", rep["html"], "qp", "utf-8")],
                           "%s/alt.%s" % (hx(s, "alt", 12).upper(), rep["reporter"]))
    status_lines = ["%s: %s" % kv for kv in rep["per_message"]]
    for rcpt in rep["recipients"]:
        status_lines += [""] + ["%s: %s" % kv for kv in rcpt]
    status = (["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
              "\n".join(status_lines) + "\n")
    returned = (["Content-Description: Undelivered Message Headers", "Content-Type: text/rfc822-headers"],
                "\n".join(fold(k, v) for k, v in rep["returned"]) + "\n")
    head, body = multipart("report", [notice, status, returned],
                           "%s.%d/%s" % (alnum(s, "bd", 11), num(s, "bt", 1790000000, 1799999999),
                                         rep["reporter"]), extra=" report-type=delivery-status;")
    h = trace(e, d) + ["Date: %s" % rfc_date(d, pad=False)] + addressing(e)
    h += [hdr("Subject", e["subject"]), "Message-ID: <%s@%s>" % (alnum(s, "dm", 20), rep["reporter"])]
    h += extras(e) + ["MIME-Version: 1.0"]
    return h + head, body


BUILDERS = {
    "gmail": build_gmail,
    "outlook": build_outlook,
    "outlook_html": lambda e, d: build_outlook(e, d, html_only=True),
    "thunderbird": build_thunderbird,
    "iphone": build_iphone,
    "samsung": build_samsung,
    "yahoo": build_yahoo,
    "zimbra": build_zimbra,
    "roundcube": build_roundcube,
    "machine": build_machine,
    "dsn": build_dsn,
}


def build(e):
    d = dtp(e["date"])
    head, body = BUILDERS[e["client"]](e, d)
    text = "\n".join(head) + "\n\n" + body
    assert "\r" not in text, e["slug"] + ": stray CR in source text"
    return text.replace("\n", "\r\n").encode("utf-8")


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------

TYPES = ["course_data", "announcement", "elearning_support", "document_request", "other", "auto"]
EXPECTED_TYPES = {"course_data": 22, "announcement": 16, "elearning_support": 12,
                  "document_request": 7, "other": 7, "auto": 6}
EXPECTED_LANGS = {"id": 40, "en": 18, "mixed": 12}
FIELD_KEYS = {"course_code", "course_name", "changes", "title", "publish_at", "scope"}
CHANGE_KEYS = {"fullname", "shortname", "lecturer", "class", "semester", "credits",
               "enrolment_key", "summary"}
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")


class CheckError(Exception):
    pass


def need(cond, msg):
    if not cond:
        raise CheckError(msg)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def visible_text(msg):
    """Subject plus every decoded text part (HTML with its tags taken out)."""
    out = [str(msg.get("subject", ""))]
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        ct = part.get_content_type()
        if ct == "text/html":
            out.append(html.unescape(re.sub(r"<[^>]+>", " ", part.get_content())))
        elif ct.startswith("text/"):
            out.append(part.get_content())
    return "\n".join(out)


def check_quote_dates(text, sent, where):
    found = []
    for m in re.finditer(r"Pada (%s), (\d{1,2}) (%s) (\d{4}) pukul (\d{2})\.(\d{2})"
                         % ("|".join(DAYS_ID), "|".join(MONTHS_ID)), text):
        found.append((DAYS_ID.index(m.group(1)), int(m.group(4)), MONTHS_ID.index(m.group(3)) + 1,
                      int(m.group(2)), int(m.group(5)), int(m.group(6))))
    for m in re.finditer(r"(?:Dikirim|Tanggal): (%s),? (\d{1,2}) (%s) (\d{4}),? (?:pukul )?(\d{1,2})[.:](\d{2})"
                         % ("|".join(DAYS_ID_LONG), "|".join(MONTHS_ID_LONG)), text):
        found.append((DAYS_ID_LONG.index(m.group(1)), int(m.group(4)), MONTHS_ID_LONG.index(m.group(3)) + 1,
                      int(m.group(2)), int(m.group(5)), int(m.group(6))))
    for m in re.finditer(r"On (%s), (\d{1,2}) (%s) (\d{4}),? at (\d{1,2}):(\d{2})"
                         % ("|".join(DAYS_EN), "|".join(MONTHS_EN)), text):
        found.append((DAYS_EN.index(m.group(1)), int(m.group(4)), MONTHS_EN.index(m.group(3)) + 1,
                      int(m.group(2)), int(m.group(5)), int(m.group(6))))
    for m in re.finditer(r"(?:Sent|Date): (%s), (%s) (\d{1,2}), (\d{4}) (\d{1,2}):(\d{2}) (AM|PM)"
                         % ("|".join(DAYS_EN_LONG), "|".join(MONTHS_EN_LONG)), text):
        hour = int(m.group(5)) % 12 + (12 if m.group(7) == "PM" else 0)
        found.append((DAYS_EN_LONG.index(m.group(1)), int(m.group(4)), MONTHS_EN_LONG.index(m.group(2)) + 1,
                      int(m.group(3)), hour, int(m.group(6))))
    for wd, y, mo, da, hh, mi in found:
        q = dt.datetime(y, mo, da, hh, mi, tzinfo=WIB)
        need(q.weekday() == wd, "%s: weekday does not match the date in quote header %s" % (where, q))
        need(q <= sent, "%s: quoted date %s is after the mail itself" % (where, q))
    return len(found)


def verify(data, e, fname):
    import email.policy
    from email.parser import BytesParser
    need(b"\n" not in data.replace(b"\r\n", b""), fname + ": bare LF")
    need(b"\r" not in data.replace(b"\r\n", b""), fname + ": bare CR")
    need(all(len(l) <= 998 for l in data.split(b"\r\n")), fname + ": line over 998 octets")
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    for part in msg.walk():
        need(not part.defects, "%s: MIME defects %r" % (fname, part.defects))
    sent = dtp(e["date"])
    need(msg["date"].datetime == sent, fname + ": Date header does not round-trip")
    need(str(msg["subject"]) == e["subject"], "%s: Subject does not round-trip: %r" % (fname, str(msg["subject"])))
    need(msg["from"].addresses[0].addr_spec == e["frm"][1], fname + ": From does not round-trip")
    head_text = data.split(b"\r\n\r\n", 1)[0].decode("ascii")
    need(re.search(r"^Content-Type:", head_text, re.M), fname + ": header block ends too early")
    for n, v in e.get("headers", []):
        got = msg.get_all(n) or []
        need(any(norm(str(g)).replace('"', "") == norm(v).replace('"', "") for g in got),
             "%s: header %s does not round-trip" % (fname, n))
    for part in msg.walk():
        if part.get_content_disposition() == "attachment":
            need(len(part.get_payload(decode=True)) < 30 * 1024, fname + ": attachment over 30 KB")
    text = visible_text(msg)
    check_quote_dates(text, sent, fname)
    hay = norm(text)

    t, f = e["type"], e.get("fields", {})
    need(t in TYPES, "%s: unknown type %r" % (fname, t))
    need(e["lang"] in EXPECTED_LANGS, "%s: unknown lang %r" % (fname, e["lang"]))
    need(set(f) <= FIELD_KEYS, "%s: unknown field keys %r" % (fname, sorted(set(f) - FIELD_KEYS)))
    if t == "course_data":
        need(isinstance(f.get("changes"), dict) and f["changes"], fname + ": course_data needs changes")
        need(not ({"title", "scope", "publish_at"} & set(f)), fname + ": announcement fields on course_data")
        need("course_code" in f or "course_name" in f, fname + ": course_data without course")
    elif t == "announcement":
        need("changes" not in f, fname + ": changes on an announcement")
        need(f.get("scope") in ("course", "site"), fname + ": announcement needs scope course|site")
        need(f.get("title"), fname + ": announcement needs a title")
        if f["scope"] == "site":
            need("course_code" not in f and "course_name" not in f, fname + ": site-wide with a course")
    else:
        need(f == {}, fname + ": fields only for course_data and announcement")
    for k in ("course_code", "course_name", "title"):
        if k in f:
            need(isinstance(f[k], str) and f[k] == f[k].strip() and f[k],
                 "%s: %s must be a trimmed string" % (fname, k))
            need(norm(f[k]) in hay, "%s: %s %r not in the decoded text" % (fname, k, f[k]))
    for k, v in f.get("changes", {}).items():
        need(k in CHANGE_KEYS, "%s: change key %r not allowed" % (fname, k))
        need(isinstance(v, str), "%s: changes.%s must be a string" % (fname, k))
        if v == "":
            need(e.get("note"), "%s: changes.%s has no value but the note does not say why" % (fname, k))
            continue
        need(v == v.strip(), "%s: changes.%s not trimmed" % (fname, k))
        need(norm(v) in hay, "%s: changes.%s %r not in the decoded text" % (fname, k, v))
        if k == "credits":
            need(re.fullmatch(r"\d+", v), "%s: credits must be a bare number, got %r" % (fname, v))
    if "publish_at" in f:
        need(ISO_RE.match(f["publish_at"]), "%s: publish_at %r not ISO 8601 +07:00" % (fname, f["publish_at"]))
        p = dt.datetime.fromisoformat(f["publish_at"])
        need(sent < p <= sent + dt.timedelta(days=60),
             "%s: publish_at %s not within 60 days after the mail" % (fname, p))
    return msg


def load_mails():
    mails = []
    names = sorted(n for n in os.listdir(OUT_DIR) if re.fullmatch(r"mails44_[a-z]\.py", n))
    need(names, "no mails44_*.py beside the generator")
    for name in names:
        mails.extend(__import__(name[:-3]).MAILS)
    return mails


def main():
    try:
        items = sorted(load_mails(), key=lambda e: (dtp(e["date"]), e["slug"]))
        slugs = [e["slug"] for e in items]
        need(len(slugs) == len(set(slugs)), "duplicate slug")
        need(len({e["date"] for e in items}) == len(items), "duplicate Date")
        bodies = [norm(e["body"]) for e in items]
        need(len(set(bodies)) == len(bodies), "duplicate body")
        for e in items:
            need(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", e["slug"]) and len(e["slug"]) <= 48,
                 "bad slug %r" % e["slug"])
            d = dtp(e["date"])
            need(dt.datetime(2026, 9, 1, tzinfo=WIB) <= d < dt.datetime(2027, 1, 1, tzinfo=WIB),
                 e["slug"] + ": date outside late 2026")
        types = {t: sum(1 for e in items if e["type"] == t) for t in TYPES}
        langs = {l: sum(1 for e in items if e["lang"] == l) for l in EXPECTED_LANGS}
        need(len(items) == 70, "expected 70 mails, have %d" % len(items))
        need(types == EXPECTED_TYPES, "type counts %r differ from %r" % (types, EXPECTED_TYPES))
        need(langs == EXPECTED_LANGS, "language counts %r differ from %r" % (langs, EXPECTED_LANGS))
        out, labels = [], {}
        for i, e in enumerate(items, 1):
            fname = "%03d-%s.eml" % (i, e["slug"])
            data = build(e)
            verify(data, e, fname)
            need(build(e) == data, fname + ": build is not deterministic")
            out.append((fname, data))
            labels[fname] = {"type": e["type"], "lang": e["lang"], "fields": e.get("fields", {}),
                             "note": e.get("note", "")}
    except CheckError as err:
        print("make_holdout44: CHECK FAILED: %s" % err, file=sys.stderr)
        return 1
    written = set()
    for fname, data in out:
        with open(os.path.join(OUT_DIR, fname), "wb") as fh:
            fh.write(data)
        written.add(fname)
    for name in sorted(os.listdir(OUT_DIR)):
        if re.match(r"^\d{3}-.*\.eml$", name) and name not in written:
            os.remove(os.path.join(OUT_DIR, name))
    with open(os.path.join(OUT_DIR, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages and labels.json to %s" % (len(out), OUT_DIR))
    for t in TYPES:
        print("  %-18s %3d" % (t, types[t]))
    for l in EXPECTED_LANGS:
        print("  lang %-13s %3d" % (l, langs[l]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

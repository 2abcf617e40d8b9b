#!/usr/bin/env python3
"""Tuning corpus requests-tune54: 70 labelled e-mails to the P4M helpdesk (written as held-out part36, opened in round 30).

Writes, next to this script:
  NNN-short-quirk-slug.eml  raw RFC 5322 messages with CRLF line endings (NNN = 001..070,
                            numbered in order of the instant in the Date header)
  labels.json               {"NNN-slug.eml": {"type", "lang", "fields", "note"}}

Python standard library only.  Nothing is random: Message-IDs, MIME boundaries, queue ids
and attachment bytes are derived from each message's slug, so a rerun rewrites every file
byte for byte.  Every body was written by hand for this part; the engine below only wraps
it in the headers and MIME structure that the named mail client produces.

Run from anywhere:  python3 tests/data/requests-tune54/make_tune54.py
"""

import base64
import datetime as dt
import hashlib
import html
import io
import json
import os
import re
import struct
import sys
import zipfile
import zlib
from email import quoprimime
from email.message import Message
from email.policy import compat32
from urllib.parse import quote as urlquote

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
POLICY = compat32.clone(linesep="\r\n", mangle_from_=False, max_line_length=78)
HELPDESK = "helpdesk-p4m@polibatam.ac.id"
WIB = dt.timezone(dt.timedelta(hours=7))

EXPECTED_TYPES = {"course_data": 22, "announcement": 16, "elearning_support": 12,
                  "document_request": 7, "other": 7, "auto": 6}
EXPECTED_LANGS = {"id": 40, "en": 18, "mixed": 12}
FIRST_DAY = dt.date(2026, 11, 20)
LAST_DAY = dt.date(2026, 12, 2)
CHANGE_KEYS = {"fullname", "shortname", "lecturer", "class", "semester", "credits",
               "enrolment_key", "summary"}
FIELD_KEYS = {"course_code", "course_name", "changes", "title", "scope", "publish_at"}
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")

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


# ------------------------------------------------------------------ deterministic bits

def _h(slug, salt):
    return hashlib.sha256(("part36|%s|%s" % (slug, salt)).encode("utf-8")).digest()


def hexid(slug, salt, n, upper=False):
    out, i = "", 0
    while len(out) < n:
        out += _h(slug, "%s.%d" % (salt, i)).hex()
        i += 1
    return out[:n].upper() if upper else out[:n]


def rng(slug, salt, lo, hi):
    return lo + int.from_bytes(_h(slug, salt)[:8], "big") % (hi - lo + 1)


def alnum(slug, salt, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    v = int.from_bytes(_h(slug, salt) + _h(slug, salt + "+"), "big")
    out = ""
    for _ in range(n):
        v, r = divmod(v, len(alphabet))
        out += alphabet[r]
    return out


def uuid(slug, salt, upper=False):
    u = hexid(slug, salt, 32)
    u = u[:12] + "4" + u[13:16] + "89ab"[int(u[16], 16) % 4] + u[17:]
    u = u.upper() if upper else u
    return "%s-%s-%s-%s-%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:])


# ------------------------------------------------------------------ dates

def tzof(s):
    sign = -1 if s[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(s[1:3]), minutes=int(s[3:5])))


def parse_when(date, tz="+0700"):
    return dt.datetime.strptime(date, "%Y-%m-%d %H:%M:%S").replace(tzinfo=tzof(tz))


def rfc_date(d, pad=True, suffix=""):
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "-" if mins < 0 else "+"
    mins = abs(mins)
    day = ("%02d" if pad else "%d") % d.day
    return "%s, %s %s %d %s %s%02d%02d%s" % (DAYS_EN[d.weekday()], day, MONTHS_EN[d.month - 1], d.year,
                                             d.strftime("%H:%M:%S"), sign, mins // 60, mins % 60, suffix)


def _qw(when, tz="+0700"):
    fmt = "%Y-%m-%d %H:%M:%S" if when.count(":") == 2 else "%Y-%m-%d %H:%M"
    return dt.datetime.strptime(when, fmt).replace(tzinfo=tzof(tz))


# ------------------------------------------------------------------ quote headers, as clients print them
# (weekday names are computed from the date, never typed)

def q(text, bare=False):
    """Quote every line with '> ' (K-9 style '>' when bare)."""
    pre = ">" if bare else "> "
    return "\n".join((">" + ln) if ln.startswith(">") else ((pre + ln) if ln else ">")
                     for ln in text.rstrip("\n").split("\n"))


def gmail_attr_id(when, name, addr):
    d = _qw(when)
    return "Pada %s, %d %s %d pukul %02d.%02d %s <%s>\nmenulis:" % (
        DAYS_ID[d.weekday()], d.day, MONTHS_ID[d.month - 1], d.year, d.hour, d.minute, name, addr)


def gmail_attr_en(when, name, addr, tz="+0700"):
    d = _qw(when, tz)
    h12 = d.hour % 12 or 12
    return "On %s, %s %d, %d at %d:%02d %s %s <%s>\nwrote:" % (
        DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day, d.year, h12, d.minute,
        "AM" if d.hour < 12 else "PM", name, addr)


def gmail_fwd_id(when, name, addr, subject, to):
    d = _qw(when)
    return ("---------- Pesan terusan ---------\nDari: %s <%s>\nDate: %s, %d %s %d pukul %02d.%02d\n"
            "Subject: %s\nTo: %s" % (name, addr, DAYS_ID[d.weekday()], d.day, MONTHS_ID[d.month - 1],
                                     d.year, d.hour, d.minute, subject, to))


def gmail_fwd_en(when, name, addr, subject, to):
    d = _qw(when)
    h12 = d.hour % 12 or 12
    return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %d:%02d %s\n"
            "Subject: %s\nTo: %s" % (name, addr, DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day,
                                     d.year, h12, d.minute, "AM" if d.hour < 12 else "PM", subject, to))


OWA_RULE = "_" * 32


def owa_hdr_id(when, name, addr, to, subject, cc=None):
    d = _qw(when)
    lines = [OWA_RULE, "Dari: %s <%s>" % (name, addr),
             "Dikirim: %s, %02d %s %d %02d.%02d" % (DAYS_ID_LONG[d.weekday()], d.day, MONTHS_ID_LONG[d.month - 1],
                                                  d.year, d.hour, d.minute),
             "Kepada: %s" % to]
    if cc:
        lines.append("Cc: %s" % cc)
    lines.append("Perihal: %s" % subject)
    return "\n".join(lines)


def owa_hdr_en(when, name, addr, to, subject, cc=None):
    d = _qw(when)
    h12 = d.hour % 12 or 12
    lines = [OWA_RULE, "From: %s <%s>" % (name, addr),
             "Sent: %s, %s %d, %d %d:%02d %s" % (DAYS_EN_LONG[d.weekday()], MONTHS_EN_LONG[d.month - 1], d.day,
                                                 d.year, h12, d.minute, "AM" if d.hour < 12 else "PM"),
             "To: %s" % to]
    if cc:
        lines.append("Cc: %s" % cc)
    lines.append("Subject: %s" % subject)
    return "\n".join(lines)


def k9_attr(when, name, addr):
    d = _qw(when)
    return "Pada %d %s %d %02d.%02d.%02d GMT+07:00, %s <%s> menulis:" % (
        d.day, MONTHS_ID_LONG[d.month - 1], d.year, d.hour, d.minute, d.second, name, addr)


def fair_attr(when, name, addr):
    d = _qw(when)
    return "%s, %d %s %d %02d.%02d, %s <%s>:" % (DAYS_ID_LONG[d.weekday()], d.day, MONTHS_ID[d.month - 1],
                                                 d.year, d.hour, d.minute, name, addr)


# ------------------------------------------------------------------ attachments (stdlib only, byte-stable)

def _zlib_stored(raw):
    out = bytearray(b"\x78\x01")
    for i in range(0, max(len(raw), 1), 65535):
        chunk = raw[i:i + 65535]
        final = 1 if i + 65535 >= len(raw) else 0
        out += bytes([final]) + struct.pack("<HH", len(chunk), 0xFFFF ^ len(chunk)) + chunk
    out += struct.pack(">I", zlib.adler32(raw) & 0xFFFFFFFF)
    return bytes(out)


def png_screenshot(seed, width=200, height=120):
    """4-bit palette PNG: a browser window with a red error banner (stored deflate)."""
    pal = [(255, 255, 255), (230, 232, 236), (40, 44, 52), (15, 98, 160), (198, 40, 40),
           (253, 236, 234), (150, 150, 150), (246, 247, 249)]
    h = _h(seed, "png")

    def px(x, y):
        if y < 10:
            return 1
        if y < 24:
            return 3
        if 36 <= y < 58 and 14 <= x < width - 14:
            if y in (36, 57) or x in (14, width - 15):
                return 4
            if 42 <= y < 46 and x < 30 + h[0] % 80:
                return 4
            if 50 <= y < 53 and x < 30 + h[1] % 110:
                return 6
            return 5
        if y >= 68 and (y - 68) % 10 < 3 and 14 <= x < width - 14 - h[(y // 10) % 32] % 70:
            return 6
        return 7 if x < 3 else 0

    rows = []
    for y in range(height):
        row = bytearray([0])
        for x in range(0, width, 2):
            row.append((px(x, y) << 4) | px(x + 1, y))
        rows.append(bytes(row))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 4, 3, 0, 0, 0))
            + chunk(b"PLTE", b"".join(bytes(c) for c in pal)) + chunk(b"IDAT", _zlib_stored(b"".join(rows)))
            + chunk(b"IEND", b""))


def _zip(files, when=(2026, 11, 27, 9, 30, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED
            zi.create_system = 0
            zi.external_attr = 0
            zf.writestr(zi, data)
    return buf.getvalue()


def docx_bytes(paragraphs, title, author):
    """Minimal WordprocessingML package (opens in Word and LibreOffice)."""
    esc = lambda s: html.escape(s, quote=True)
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
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
            'metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
    body = []
    for p in paragraphs:
        if isinstance(p, tuple):  # (label, value) -> bold label run + value run
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
                        '<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (esc(p[0]), esc(p[1])))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" '
           'w:left="1440"/></w:sectPr></w:body></w:document>' % "".join(body))
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '</cp:coreProperties>' % (esc(title), esc(author)))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core),
                 ("word/document.xml", doc)])


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        xml = zf.read("word/document.xml").decode("utf-8")
    xml = xml.replace("</w:p>", "\n")
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def att(name, ctype, data):
    return {"name": name, "ctype": ctype, "data": data}


# ------------------------------------------------------------------ header encoding

def ew(text, enc="B", charset="UTF-8"):
    """RFC 2047 encoded words, split on character boundaries."""
    def one(s):
        b = s.encode("utf-8")
        if enc == "B":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(b).decode("ascii"))
        p = "".join(chr(c) if (c < 128 and (chr(c).isalnum() or chr(c) in "!*+-/")) else
                    ("_" if c == 32 else "=%02X" % c) for c in b)
        return "=?%s?Q?%s?=" % (charset, p)
    words, cur = [], ""
    for ch in text:
        if cur and len(one(cur + ch)) > (60 if not words else 74):
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return " ".join(words)


def addr(name, address):
    if not name:
        return address
    if not name.isascii():
        return "%s <%s>" % (ew(name), address)
    if re.search(r'[(),.:;<>@\[\]"]', name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), address)
    return "%s <%s>" % (name, address)


def subj_hdr(s, enc="B"):
    return s if s.isascii() else ew(s, enc)


# ------------------------------------------------------------------ body to HTML, per client

def _esc(s):
    return html.escape(s, quote=False)


def _groups(lines):
    """('text', line) and ('quote', [lines]) items; '>' or '> ' prefixes."""
    i = 0
    while i < len(lines):
        if lines[i].startswith(">"):
            block = []
            while i < len(lines) and lines[i].startswith(">"):
                s = lines[i][1:]
                block.append(s[1:] if s.startswith(" ") else s)
                i += 1
            yield ("quote", block)
        else:
            yield ("text", lines[i])
            i += 1


ATTR_RE = re.compile(r"^(Pada .+|On .+|\w+, \d{1,2} \w{3} \d{4} \d\d\.\d\d, .+:)$")


def _join_gmail_attr(text):
    return re.sub(r"^((?:> ?)*)((?:Pada|On) [^\n]+)\n\1(menulis:|wrote:)$", r"\1\2 \3", text, flags=re.M)


def html_generic(text, line, blank, quote, attr_in_quote=False):
    def render(lines):
        out = []
        items = list(_groups(lines))
        k = 0
        while k < len(items):
            kind, val = items[k]
            if kind == "quote":
                out.append(quote % render(val))
            elif val.strip() == "":
                out.append(blank)
            else:
                out.append(line % _esc(val))
            k += 1
        return "\n".join(out)
    return render(_join_gmail_attr(text).rstrip("\n").split("\n"))


def html_gmail(text):
    text = _join_gmail_attr(text)
    lines = text.rstrip("\n").split("\n")
    # forwarded block: everything after the marker goes into gmail_quote
    fwd = next((i for i, l in enumerate(lines) if l.startswith("---------- ")), None)
    head, tail = (lines, []) if fwd is None else (lines[:fwd], lines[fwd:])

    def render(ls, top):
        out, items, k, sig = [], list(_groups(ls)), 0, False
        while k < len(items):
            kind, val = items[k]
            if kind == "text" and ATTR_RE.match(val):
                j = k + 1
                while j < len(items) and items[j] == ("text", ""):
                    j += 1
                if j < len(items) and items[j][0] == "quote":
                    out.append('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                               '%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                               'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote></div>'
                               % (_esc(val), render(items[j][1], False)))
                    k = j + 1
                    continue
            if kind == "quote":
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                           'rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote>' % render(val, False))
            elif top and val == "-- " and not sig:
                sig = True
                out.append('<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" '
                           'class="gmail_signature" data-smartmail="gmail_signature">')
            elif val.strip() == "":
                out.append("<div><br></div>")
            else:
                out.append("<div>%s</div>" % _esc(val))
            k += 1
        if sig:
            out.append("</div>")
        return "\n".join(out)
    body = render(head, True)
    if tail:
        body += ('\n<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s</div>'
                 '<br><br>\n%s\n</div>' % ("<br>".join(_esc(x) for x in tail[:5]), render(tail[5:], False)))
    return '<div dir="ltr">\n%s\n</div>\n' % body


def html_apple(text):
    inner = html_generic(text, "<div>%s</div>", "<div><br></div>",
                         '<blockquote type="cite">\n%s\n</blockquote>')
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            '\n%s\n</body></html>\n' % inner)


def html_fairemail(text):
    inner = html_generic(text, "<p>%s</p>", "<p><br></p>",
                         '<blockquote style="margin:0 0 0 6px; border-left:3px solid #ccc; padding-left:6px;">'
                         '\n%s\n</blockquote>')
    return ('<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width, initial-scale=1.0">'
            '<meta charset="UTF-8"></head><body>\n%s\n</body></html>\n' % inner)


def html_proton(text):
    sig = "Sent with Proton Mail secure email."
    main = text.replace(sig, "").rstrip("\n")
    inner = html_generic(main, '<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div>',
                         '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>',
                         '<blockquote class="protonmail_quote" type="cite">\n%s\n</blockquote>')
    return ('%s\n<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">'
            '<div class="protonmail_signature_block-proton">Sent with <a target="_blank" '
            'href="https://proton.me/mail/home">Proton Mail</a> secure email.</div></div>\n' % inner)


def html_owa(text, lang="id"):
    lines = text.rstrip("\n").split("\n")
    cut = next((i for i, l in enumerate(lines) if l == OWA_RULE), None)
    head, tail = (lines, []) if cut is None else (lines[:cut], lines[cut + 1:])
    div = ('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
           'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>')
    out = []
    for l in head:
        out.append(div % ("<br>" if not l.strip() else _esc(l)))
    if tail:
        hdr = []
        k = 0
        while k < len(tail) and re.match(r"^(Dari|Dikirim|Kepada|Cc|Perihal|From|Sent|To|Subject):", tail[k]):
            lab, val = tail[k].split(":", 1)
            hdr.append("<b>%s:</b>%s" % (lab, _esc(val)))
            k += 1
        out.append('<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
                   '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                   'color="#000000">%s</font>\n<div>&nbsp;</div>\n</div>' % "<br>\n".join(hdr))
        rest = "\n".join(tail[k:]).strip("\n")
        out.append('<div style="font-family: Calibri, sans-serif; font-size: 11pt;">\n%s\n</div>'
                   % html_generic(rest, "<div>%s</div>", "<div><br></div>",
                                  '<blockquote style="margin-left:0.8ex">%s</blockquote>'))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n%s\n</body>\n</html>\n' % "\n".join(out))


def html_roundcube(inner_html):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\" /></head>"
            "<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n%s\n</body></html>\n"
            % inner_html)


def flow(text, width=72):
    """format=flowed soft line breaks (RFC 3676) for unquoted lines."""
    out = []
    for ln in text.split("\n"):
        if len(ln) <= width or ln.startswith(">") or ln == "-- ":
            out.append(ln)
            continue
        cur = ""
        for w in ln.split(" "):
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)


# ------------------------------------------------------------------ MIME parts

def needs_qp(text):
    return (not text.isascii()) or any(len(x) > 76 for x in text.split("\n"))


def text_part(text, ctype, cte, cte_first=False):
    m = Message()
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode("utf-8")
    if cte in ("7bit", None):
        assert text.isascii() and max(len(x) for x in text.split("\n")) <= 998
        payload = text
    elif cte == "8bit":
        payload = data.decode("ascii", "surrogateescape")
    elif cte == "quoted-printable":
        payload = quoprimime.body_encode(data.decode("latin-1"))
    elif cte == "base64":
        payload = base64.encodebytes(data.replace(b"\n", b"\r\n")).decode("ascii")
    else:
        raise ValueError(cte)
    if cte_first and cte:
        m["Content-Transfer-Encoding"] = cte
        m["Content-Type"] = ctype
    else:
        m["Content-Type"] = ctype
        if cte:
            m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def multipart(subtype, parts, boundary, extra="", preamble=None):
    m = Message()
    m["Content-Type"] = 'multipart/%s; boundary="%s"%s' % (subtype, boundary, extra)
    for p in parts:
        m.attach(p)
    m.preamble = preamble
    return m


def attachment_part(a, style):
    m = Message()
    name, ctype, data = a["name"], a["ctype"], a["data"]
    if style == "apple":
        m["Content-Disposition"] = 'attachment;\n\tfilename="%s"' % name
        m["Content-Type"] = 'application/octet-stream;\n\tx-unix-mode=0644;\n\tname="%s"' % name \
            if ctype == "application/octet-stream" else '%s;\n\tx-unix-mode=0644;\n\tname="%s"' % (ctype, name)
        m["Content-Transfer-Encoding"] = "base64"
    elif style == "roundcube":
        m["Content-Transfer-Encoding"] = "base64"
        m["Content-Type"] = '%s;\n name="%s"' % (ctype, name)
        m["Content-Disposition"] = 'attachment;\n filename="%s";\n size=%d' % (name, len(data))
    elif style == "gmail":
        cid = "f_" + alnum(name, "cid", 9, "abcdefghijklmnopqrstuvwxyz0123456789") + "0"
        m["Content-Type"] = '%s; name="%s"' % (ctype, name)
        m["Content-Disposition"] = 'attachment; filename="%s"' % name
        m["Content-Transfer-Encoding"] = "base64"
        m["Content-ID"] = "<%s>" % cid
        m["X-Attachment-Id"] = cid
    else:
        m["Content-Type"] = '%s; name="%s"' % (ctype, name)
        m["Content-Disposition"] = 'attachment; filename="%s"' % name
        m["Content-Transfer-Encoding"] = "base64"
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


# ------------------------------------------------------------------ transport headers

def relay_for(e):
    dom = e["frm"][1].split("@")[1]
    c = e["client"]
    if c in ("gmail",) or dom in ("gmail.com",):
        return "google"
    if c == "owa" or dom.endswith(".ac.jp"):
        return "outlook"
    if c == "proton" or dom in ("proton.me", "protonmail.com"):
        return "proton"
    if dom.endswith("polibatam.ac.id"):
        return "internal"
    return "other"


def received(e, d):
    slug = e["slug"]
    via = e.get("relay") or relay_for(e)
    qid = alnum(slug, "qid", 12, "0123456789ABCDEF")
    when = rfc_date(d.astimezone(WIB) + dt.timedelta(seconds=rng(slug, "lag", 1, 29)), pad=False, suffix=" (WIB)")
    if via == "google":
        host = "mail-%s-f%d.google.com" % (["pl1", "pj1", "qk1", "oi1", "yw1"][rng(slug, "g", 0, 4)],
                                           rng(slug, "gf", 41, 199))
        ip = "209.85.%d.%d" % (rng(slug, "i1", 128, 223), rng(slug, "i2", 2, 250))
        w = "ESMTPS"
    elif via == "outlook":
        host = "%s.outbound.protection.outlook.com" % (
            "mail-tycjpn01on2110" if e["frm"][1].endswith(".ac.jp") else
            "mail-%s" % ["sgaapc01on2119", "psaapc01on2105", "tyzapc01on2131"][rng(slug, "o", 0, 2)])
        ip = "40.107.%d.%d" % (rng(slug, "i1", 100, 255), rng(slug, "i2", 2, 250))
        w = "ESMTPS"
    elif via == "proton":
        host = "mail-%d.protonmail.ch" % rng(slug, "p", 4310, 4330)
        ip = "185.70.43.%d" % rng(slug, "i2", 2, 250)
        w = "ESMTPS"
    elif via == "internal":
        host = "mail.polibatam.ac.id"
        ip = "103.143.70.%d" % rng(slug, "i2", 2, 250)
        w = "ESMTP"
    else:
        host = e.get("relay_host", "mail." + e["frm"][1].split("@")[1])
        ip = e.get("relay_ip", "103.%d.%d.%d" % (rng(slug, "x0", 20, 220), rng(slug, "i1", 1, 250),
                                                rng(slug, "i2", 2, 250)))
        w = "ESMTPS"
    return ("from %s (%s [%s]) by mx.polibatam.ac.id (Postfix) with %s id %s for <%s>; %s"
            % (host, host, ip, w, qid, HELPDESK, when))


def env(e, d):
    return [("Return-Path", "<%s>" % e["frm"][1]), ("Received", received(e, d))]


def common(e):
    d = parse_when(e["date"], e.get("tz", "+0700"))
    frm = addr(*e["frm"])
    to = ", ".join(e.get("to") or [HELPDESK])
    cc = ", ".join(e.get("cc") or [])
    subj = e.get("subject_raw") or subj_hdr(e["subject"], e.get("subj_enc", "B"))
    refs = e.get("refs_resolved") or ([e["irt_resolved"]] if e.get("irt_resolved") else [])
    return d, frm, to, cc, subj, refs


# ------------------------------------------------------------------ clients

def msgid_for(e):
    slug, c = e["slug"], e["client"]
    dom = e["frm"][1].split("@")[1]
    if c == "gmail":
        return "<CA%s@mail.gmail.com>" % alnum(slug, "mid", 46, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=")
    if c == "apple":
        return "<%s@%s>" % (uuid(slug, "mid", True), dom)
    if c in ("k9", "fairemail"):
        return "<%s@email.android.com>" % uuid(slug, "mid") if c == "k9" else "<%s@%s>" % (uuid(slug, "mid"), dom)
    if c == "roundcube":
        return "<%s@polibatam.ac.id>" % hexid(slug, "mid", 32)
    if c == "owa":
        srv = owa_srv(e)
        return "<%s%s@%s.%s.prod.outlook.com>" % (srv, hexid(slug, "mid", 28, True), srv, owa_region(e))
    if c == "proton":
        return "<%s=@proton.me>" % alnum(slug, "mid", 87, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    if c == "webmail":
        return "<%s.%s@%s>" % (hexid(slug, "mid", 16), rng(slug, "n", 10000, 99999), dom)
    return e["msgid"]


def owa_srv(e):
    if e["frm"][1].endswith(".ac.jp"):
        return "TYWPR01MB%04d" % rng(e["slug"], "srv", 1000, 9999)
    return "%sPR06MB%04d" % (["SI2", "SEZ", "KL1", "PSA"][rng(e["slug"], "srvp", 0, 3)], rng(e["slug"], "srv", 1000, 9999))


def owa_region(e):
    return "jpnprd01" if e["frm"][1].endswith(".ac.jp") else "apcprd06"


def build_gmail(e):
    slug = e["slug"]
    d, frm, to, cc, subj, refs = common(e)
    text = e["body"]
    tp = text_part(text, 'text/plain; charset="UTF-8"', e.get("cte") or ("quoted-printable" if needs_qp(text) else None))
    h = e.get("html") or html_gmail(text)
    hp = text_part(h, 'text/html; charset="UTF-8"', e.get("html_cte") or ("quoted-printable" if needs_qp(h) else None))
    root = multipart("alternative", [tp, hp], "000000000000" + hexid(slug, "balt", 12))
    if e.get("attach"):
        root = multipart("mixed", [root] + [attachment_part(a, "gmail") for a in e["attach"]],
                         "000000000000" + hexid(slug, "bmix", 12))
    hs = env(e, d) + [("MIME-Version", "1.0")]
    if refs:
        hs.append(("References", " ".join(refs)))
    if e.get("irt_resolved"):
        hs.append(("In-Reply-To", e["irt_resolved"]))
    hs += [("From", frm), ("Date", rfc_date(d, pad=False)), ("Message-ID", e["msgid"]), ("Subject", subj), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    return hs + e.get("extra", []), root


def build_apple(e):
    slug = e["slug"]
    d, frm, to, cc, subj, refs = common(e)
    text = e["body"]
    charset = "us-ascii" if text.isascii() else "utf-8"
    tp = text_part(text, "text/plain;\n\tcharset=%s" % charset,
                   "quoted-printable" if needs_qp(text) else "7bit", cte_first=True)
    h = e.get("html") or html_apple(text)
    hp = text_part(h, "text/html;\n\tcharset=%s" % charset, "quoted-printable" if needs_qp(h) else "7bit",
                   cte_first=True)
    b = "Apple-Mail=_%s" % uuid(slug, "balt", True)
    root = multipart("alternative", [tp, hp], b)
    if e.get("attach"):
        root = multipart("mixed", [root] + [attachment_part(a, "apple") for a in e["attach"]],
                         "Apple-Mail=_%s" % uuid(slug, "bmix", True))
    hs = env(e, d) + [("From", frm), ("__BODY__", None),
                      ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
                      ("Subject", subj), ("Date", rfc_date(d)), ("Message-Id", e["msgid"])]
    if refs:
        hs.append(("References", " ".join(refs)))
    if e.get("irt_resolved"):
        hs.append(("In-Reply-To", e["irt_resolved"]))
    if cc:
        hs.append(("Cc", cc))
    hs += [("To", to), ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
    return hs + e.get("extra", []), root


def build_k9(e):
    d, frm, to, cc, subj, refs = common(e)
    text = e["body"]
    root = text_part(text, "text/plain; charset=utf-8", e.get("cte", "quoted-printable"))
    hs = env(e, d) + [("MIME-Version", "1.0"), ("Date", rfc_date(d)), ("User-Agent", "K-9 Mail for Android")]
    if e.get("irt_resolved"):
        hs.append(("In-Reply-To", e["irt_resolved"]))
    if refs:
        hs.append(("References", " ".join(refs)))
    hs += [("__BODY__", None), ("Subject", subj), ("To", to)]
    if cc:
        hs.append(("CC", cc))
    hs += [("From", frm), ("Message-ID", e["msgid"])]
    return hs + e.get("extra", []), root


def build_fairemail(e):
    slug = e["slug"]
    d, frm, to, cc, subj, refs = common(e)
    text = e["body"]
    cte = e.get("cte", "quoted-printable")
    tp = text_part(text, "text/plain; charset=UTF-8", cte)
    h = e.get("html") or html_fairemail(text)
    hp = text_part(h, "text/html; charset=UTF-8", e.get("html_cte", cte))
    root = multipart("alternative", [tp, hp], "----=_Part_%d_%d.%d" % (
        rng(slug, "fp", 1000000, 99999999), rng(slug, "fq", 100000000, 2099999999),
        int(d.timestamp() * 1000) + rng(slug, "ms", 0, 999)))
    hs = env(e, d) + [("Date", rfc_date(d)), ("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Message-ID", e["msgid"]))
    if e.get("irt_resolved"):
        hs.append(("In-Reply-To", e["irt_resolved"]))
    if refs:
        hs.append(("References", " ".join(refs)))
    hs += [("Subject", subj), ("MIME-Version", "1.0"), ("__BODY__", None)]
    return hs + e.get("extra", []), root


def build_roundcube(e):
    slug = e["slug"]
    d, frm, to, cc, subj, refs = common(e)
    text = flow(e["body"])
    if e.get("html"):
        tp = text_part(e["body"], "text/plain; charset=UTF-8", "quoted-printable" if needs_qp(e["body"]) else "7bit")
        hp = text_part(html_roundcube(e["html"]), "text/html; charset=UTF-8", "quoted-printable")
        root = multipart("alternative", [tp, hp], "=_%s" % hexid(slug, "balt", 32))
    elif text.isascii():
        root = text_part(text, "text/plain; charset=US-ASCII;\n format=flowed", "7bit")
    else:
        root = text_part(text, "text/plain; charset=UTF-8;\n format=flowed", "quoted-printable")
    if e.get("attach"):
        root = multipart("mixed", [root] + [attachment_part(a, "roundcube") for a in e["attach"]],
                         "=_%s" % hexid(slug, "bmix", 32))
    hs = env(e, d) + [("MIME-Version", "1.0"), ("Date", rfc_date(d)), ("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs.append(("Subject", subj))
    if e.get("irt_resolved"):
        hs.append(("In-Reply-To", e["irt_resolved"]))
    if refs:
        hs.append(("References", " ".join(refs)))
    hs += [("Message-ID", e["msgid"]), ("X-Sender", e["frm"][1]),
           ("User-Agent", "Roundcube Webmail/1.6.9"), ("__BODY__", None)]
    return hs + e.get("extra", []), root


def build_owa(e):
    slug = e["slug"]
    d, frm, to, cc, subj, refs = common(e)
    text = e.get("body")
    srv, region = owa_srv(e), owa_region(e)
    core = "%s%s%s%s" % (srv, hexid(slug, "bnd", 28, True), srv, region[:4])
    lang = e.get("lang")
    if e.get("html_only"):
        root = text_part(e["html"], 'text/html; charset="utf-8"', "quoted-printable")
    else:
        tp = text_part(text, 'text/plain; charset="%s"' % ("us-ascii" if text.isascii() else "utf-8"),
                       "quoted-printable")
        h = e.get("html") or html_owa(text)
        hp = text_part(h, 'text/html; charset="%s"' % ("us-ascii" if h.isascii() else "utf-8"), "quoted-printable")
        root = multipart("alternative", [tp, hp], "_000_%s_" % core)
    if e.get("attach"):
        root = multipart("mixed", [root] + [attachment_part(a, "owa") for a in e["attach"]], "_004_%s_" % core)
    topic = re.sub(r"^((RE|FW|TRS|Balas|BLS|Fwd?)\s*:\s*)+", "", e["subject"], flags=re.I)
    hs = env(e, d) + [("From", frm), ("To", to)]
    if cc:
        hs.append(("CC", cc))
    hs += [("Subject", subj), ("Thread-Topic", subj_hdr(topic)),
           ("Thread-Index", base64.b64encode(b"\x01" + _h(slug, "ti")[:21]).decode()),
           ("Date", rfc_date(d)), ("Message-ID", e["msgid"])]
    if refs:
        hs.append(("References", " ".join(refs)))
    if e.get("irt_resolved"):
        hs.append(("In-Reply-To", e["irt_resolved"]))
    cl = {"id": "id-ID", "en": "en-US"}.get(lang, "id-ID")
    if e["frm"][1].endswith(".ac.jp"):
        cl = "en-US"
        al = "ja-JP, en-US"
    else:
        al = "id-ID, en-US"
    hs += [("Accept-Language", al), ("Content-Language", cl),
           ("X-MS-Has-Attach", "yes" if e.get("attach") else ""), ("X-MS-TNEF-Correlator", ""),
           ("msip_labels", ""), ("__BODY__", None), ("MIME-Version", "1.0")]
    return hs + e.get("extra", []), root


def build_proton(e):
    slug = e["slug"]
    d, frm, to, cc, subj, refs = common(e)
    text = e["body"]
    tp = text_part(text, "text/plain; charset=utf-8", "base64")
    hp = text_part(e.get("html") or html_proton(text), "text/html; charset=utf-8", "base64")
    root = multipart("alternative", [hp, tp], "b1=_%s" % alnum(slug, "b", 43))
    hs = env(e, d) + [("Date", rfc_date(d)), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("From", frm), ("Subject", subj), ("Message-ID", e["msgid"])]
    if e.get("irt_resolved"):
        hs.append(("In-Reply-To", e["irt_resolved"]))
    if refs:
        hs.append(("References", " ".join(refs)))
    hs += [("Feedback-ID", "%s==:%s==:pm:ext" % (alnum(slug, "fb1", 30), alnum(slug, "fb2", 30))),
           ("X-Pm-Message-ID", hexid(slug, "pmid", 40)), ("MIME-Version", "1.0"), ("__BODY__", None)]
    return hs + e.get("extra", []), root


def build_webmail(e):
    """An HTML-only company webmail (no text/plain alternative at all)."""
    d, frm, to, cc, subj, refs = common(e)
    root = text_part(e["html"], "text/html; charset=UTF-8", e.get("html_cte", "base64"))
    hs = env(e, d) + [("Date", rfc_date(d)), ("From", frm), ("To", to), ("Subject", subj),
                      ("Message-ID", e["msgid"]), ("MIME-Version", "1.0"), ("__BODY__", None),
                      ("X-Mailer", e.get("x_mailer", "WebMail"))]
    return hs + e.get("extra", []), root


def build_raw(e):
    """Machine mail: the entry carries its own headers and MIME tree."""
    return e["headers"](e), e["root"](e)


BUILDERS = {"gmail": build_gmail, "apple": build_apple, "k9": build_k9, "fairemail": build_fairemail,
            "roundcube": build_roundcube, "owa": build_owa, "proton": build_proton, "webmail": build_webmail,
            "raw": build_raw}


def assemble(headers, root):
    msg = Message()
    placed = False
    for k, v in headers:
        if k == "__BODY__":
            for bk, bv in root.items():
                msg[bk] = bv
            placed = True
            continue
        assert v.isascii(), (k, v)
        msg[k] = v
    if not placed:
        for bk, bv in root.items():
            msg[bk] = bv
    msg.set_payload(root.get_payload())
    msg.preamble = root.preamble
    msg.epilogue = root.epilogue
    return msg


EMAILS = []


def add(**kw):
    EMAILS.append(kw)


# ==========================================================================================
# THE MAIL.  Every body below is written out by hand for this part.
# ==========================================================================================

def hd_mid(ticket, when):
    d = _qw(when)
    return "<p4m.%d.%s@helpdesk.polibatam.ac.id>" % (ticket, d.astimezone(dt.timezone.utc).strftime("%Y%m%d%H%M%S"))


HD = ("Helpdesk P4M Polibatam", HELPDESK)
SIG_K9 = "--\nDikirim dari perangkat Android saya dengan K-9 Mail. Mohon maaf jika singkat."
SIG_PROTON = "Sent with Proton Mail secure email."

# ------------------------------------------------------------------ course_data (22)

add(slug="magister-owa-numbered-three-changes", type="course_data", lang="id",
    date="2026-11-23 08:47:12", client="owa",
    frm=("Nur Aisyah Rahmadani", "sekretariat.mtrk@polibatam.ac.id"),
    subject="Pembaruan data MK Metodologi Penelitian Terapan (MTr 6101) - Magister Terapan",
    fields={"course_code": "MTr 6101", "course_name": "Metodologi Penelitian Terapan",
            "changes": {"lecturer": "Prof. Dr. Eng. Ahmad Fauzi Rahman, S.T., M.Sc.",
                        "class": "MTr-TRK 2026/A", "enrolment_key": "Riset#Terapan26"}},
    note="Three numbered changes; the lecturer value runs into a parenthetical remark, the class has a slash and the key a hash.",
    body="""Yth. Tim Helpdesk P4M,

Dengan hormat, menindaklanjuti hasil rapat koordinasi Program Studi Magister Terapan Teknik Rekayasa Komputer tanggal 19 November 2026, kami mohon bantuan pembaruan data identitas mata kuliah berikut di e-learning:

Mata kuliah : Metodologi Penelitian Terapan
Kode        : MTr 6101
Angkatan    : 2026 (semester 1)

Perubahan yang diminta:
1. Dosen pengampu diganti menjadi Prof. Dr. Eng. Ahmad Fauzi Rahman, S.T., M.Sc. (menggantikan dosen sebelumnya yang sedang tugas belajar ke luar negeri)
2. Nama kelas diubah menjadi MTr-TRK 2026/A
3. Enrolment key diganti menjadi Riset#Terapan26

Mahasiswa magister kami sebagian besar bekerja di kawasan industri Batamindo dan Kabil dan baru membuka e-learning pada akhir pekan, jadi mohon perubahan sudah berlaku sebelum perkuliahan Sabtu, 28 November 2026.

Terima kasih atas kerja samanya.

Hormat kami,
Nur Aisyah Rahmadani, S.E.
Sekretariat Program Studi Magister Terapan Teknik Rekayasa Komputer
Gedung Tower A Lt. 6, Politeknik Negeri Batam
""")

add(slug="karyawan-k9-late-night-key-prose", type="course_data", lang="id",
    date="2026-11-25 22:41:17", client="k9",
    frm=("Ratna Juwita", "ratna.juwita@polibatam.ac.id"),
    subject="kunci enrol akuntansi manajemen kls karyawan",
    fields={"course_code": "AKM-K 305", "course_name": "Akuntansi Manajemen",
            "changes": {"enrolment_key": "Malam305-Ganjil"}},
    note="Night-class lecturer writing after work in lower case with abbreviations; the new key is in running prose.",
    body="""Malam tim helpdesk,

maaf baru sempat kirim jam segini, baru pulang ngajar kelas karyawan.

Mhn bantu utk MK Akuntansi Manajemen (AKM-K 305) kelas karyawan semester 3. Enrolment key yg sekarang sudah kesebar di grup WA angkatan lain, jadi tolong diganti menjadi Malam305-Ganjil ya. Mahasiswa kelas karyawan biasanya baru buka e-learning hari Sabtu, jadi asal sebelum Sabtu sudah aman.

Makasih banyak.

Ratna
""" + SIG_K9)

add(slug="korean-instructor-before-after-amp-parens", type="course_data", lang="en",
    date="2026-11-24 09:18:30", tz="+0900", client="gmail",
    frm=("Park Ji-hoon", "jihoon.park@hanbit-robotics.co.kr"), relay="google",
    subject="Course title and short name update - Industrial Robot Programming",
    fields={"course_code": "TRM-4112", "course_name": "Industrial Robot Programming",
            "changes": {"fullname": "Industrial Robot Programming (FANUC & KUKA)", "shortname": "IRP-FK-2026"}},
    note="Korean industry instructor in KST; Before/After pairs, and the new full name contains the old one plus an ampersand in parentheses.",
    body="""Dear P4M Helpdesk team,

Good morning from Changwon. I am the industry instructor from Hanbit Robotics who teaches the joint robotics class with the Mechatronics program this semester.

Mr. Fadli from the program office asked me to send the change directly to you. For course TRM-4112 please update as below:

Course full name
  Before: Industrial Robot Programming
  After:  Industrial Robot Programming (FANUC & KUKA)

Short name
  Before: IRP-2026
  After:  IRP-FK-2026

We use both robot brands in the lab now, so the students were confused by the old title.

Thank you very much and have a nice day.

Best regards,
Park Ji-hoon
Senior Application Engineer | Hanbit Robotics Co., Ltd.
Changwon, Gyeongsangnam-do, Korea
""")

add(slug="hokkien-apple-mail-sks-mestinya", type="course_data", lang="id",
    date="2026-11-20 15:22:05", client="apple",
    frm=("Hendrik Tanujaya", "hendrik.tanujaya@polibatam.ac.id"),
    subject="SKS Praktikum Elektronika Daya salah",
    fields={"course_code": "EL-2.17", "course_name": "Praktikum Elektronika Daya",
            "changes": {"credits": "3"}},
    note="Batam Chinese-Indonesian voice with Hokkien pronouns; both the wrong and the right credit count are written, the new one after 'mestinya' and 'jadi'.",
    body="""Halo Mbak Rina dan tim,

Gua mau minta tolong sedikit. Tadi gua cek di e-learning, course Praktikum Elektronika Daya (EL-2.17) tertulis 2 SKS, padahal di kurikulum baru mestinya 3 SKS. Anak-anak sempat tanya ke gua, katanya di SIAKAD 3 tapi di e-learning 2, gua juga bingung jawab apa haha.

Jadi tolong SKS-nya diubah jadi 3 ya. Yang lain-lain udah betul semua, nama sama kelasnya gak usah diganti.

Kalau lu perlu SK kurikulumnya bilang aja, nanti gua kirim.

Kamsia banyak ya!

Hendrik Tanujaya
Teknik Elektro – Politeknik Negeri Batam
""")

_TEFA_TABLE_HTML = """<div dir="ltr">
<div>Dear tim P4M,</div><div><br></div>
<div>Sehubungan dengan batch baru Teaching Factory (TEFA) yang mulai minggu depan, please update data course berikut di e-learning:</div><div><br></div>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-family:Arial,sans-serif;font-size:13px">
<thead><tr style="background:#d9e2f3"><th>Kode</th><th>Nama course</th><th>Data</th><th>Current</th><th>New</th></tr></thead>
<tbody>
<tr><td>TEFA-PM01</td><td>Production Management for Teaching Factory</td><td>Short name</td><td>TEFA-PM01</td><td><b>TEFA-PM01-B3</b></td></tr>
<tr><td>TEFA-PM01</td><td>Production Management for Teaching Factory</td><td>Class</td><td>Batch 2</td><td><b>Batch 3 (Jan-Jun 2027)</b></td></tr>
</tbody></table>
<div><br></div>
<div>Students batch 3 sudah kami daftarkan di SIAKAD, jadi tinggal course-nya saja yang di-update. Thanks a lot!</div><div><br></div>
<div>Best,</div>
<div>Dimas Prasetyo Wibowo</div>
<div>Koordinator Teaching Factory (TEFA)</div>
<div>Politeknik Negeri Batam</div>
</div>
"""

add(slug="tefa-gmail-html-table-two-changes", type="course_data", lang="mixed",
    date="2026-11-26 13:37:50", client="gmail",
    frm=("Dimas Prasetyo Wibowo", "dimas.wibowo@polibatam.ac.id"),
    subject="Update data course TEFA Production Management",
    fields={"course_code": "TEFA-PM01", "course_name": "Production Management for Teaching Factory",
            "changes": {"shortname": "TEFA-PM01-B3", "class": "Batch 3 (Jan-Jun 2027)"}},
    note="HTML table with Current/New columns; the old short name equals the course code and the new class carries a parenthesised period.",
    html=_TEFA_TABLE_HTML,
    body="""Dear tim P4M,

Sehubungan dengan batch baru Teaching Factory (TEFA) yang mulai minggu depan, please update data course berikut di e-learning:

Kode\tNama course\tData\tCurrent\tNew
TEFA-PM01\tProduction Management for Teaching Factory\tShort name\tTEFA-PM01\tTEFA-PM01-B3
TEFA-PM01\tProduction Management for Teaching Factory\tClass\tBatch 2\tBatch 3 (Jan-Jun 2027)

Students batch 3 sudah kami daftarkan di SIAKAD, jadi tinggal course-nya saja yang di-update. Thanks a lot!

Best,
Dimas Prasetyo Wibowo
Koordinator Teaching Factory (TEFA)
Politeknik Negeri Batam
""")

_FORM_DOCX = docx_bytes([
    "FORMULIR PERUBAHAN DATA IDENTITAS MATA KULIAH PADA E-LEARNING",
    "Nomor: 041/TRPL/XI/2026",
    ("Program Studi: ", "Teknologi Rekayasa Perangkat Lunak"),
    ("Kode Mata Kuliah: ", "RPL4207"),
    ("Nama Mata Kuliah (saat ini): ", "Pengujian Perangkat Lunak"),
    ("Data yang diubah: ", "Nama lengkap mata kuliah (fullname)"),
    ("Data baru: ", "Pengujian dan Penjaminan Mutu Perangkat Lunak"),
    ("Alasan perubahan: ", "Penyesuaian kurikulum OBE 2026 yang disahkan rapat prodi 18 November 2026"),
    "Batam, 27 November 2026",
    "Ketua Program Studi TRPL,",
    "Ahmad Hidayat, S.Kom., M.Kom.",
], title="Formulir Perubahan Data Mata Kuliah", author="Sri Wahyuningsih")

add(slug="roundcube-change-only-in-docx-form", type="course_data", lang="id",
    date="2026-11-30 10:02:44", client="roundcube",
    frm=("Sri Wahyuningsih", "admin.trpl@polibatam.ac.id"),
    subject="Formulir perubahan data mata kuliah",
    attach=[att("Form_Perubahan_MK_RPL4207.docx", CT_DOCX, _FORM_DOCX)],
    fields={"course_code": "RPL4207", "course_name": "Pengujian Perangkat Lunak",
            "changes": {"fullname": "Pengujian dan Penjaminan Mutu Perangkat Lunak"}},
    note="The body only says a form is attached; course, current name and the new full name exist only inside the DOCX (the code also in the file name).",
    body="""Selamat pagi,

Bersama ini kami lampirkan formulir perubahan data mata kuliah dari Prodi TRPL yang sudah ditandatangani Kaprodi. Rinciannya ada di formulir ya.

Terima kasih.

-- 
Sri Wahyuningsih
Admin Prodi Teknologi Rekayasa Perangkat Lunak
Politeknik Negeri Batam
""")

add(slug="kajur-forward-change-only-in-quote", type="course_data", lang="id",
    date="2026-11-24 11:26:03", client="gmail",
    frm=("Irwan Setiadi", "irwan.setiadi@polibatam.ac.id"),
    subject="Fwd: Pergantian dosen MK Pemrograman Web Lanjut",
    fields={"course_code": "IF-3105", "course_name": "Pemrograman Web Lanjut",
            "changes": {"lecturer": "Rizky Amalia Putri, S.Tr.Kom., M.Kom."}},
    note="The head of department adds only 'Mohon ditindaklanjuti'; the course and the new lecturer are only in the forwarded message.",
    body="""Mohon ditindaklanjuti ya.

Salam,
Irwan

""" + gmail_fwd_id("2026-11-23 16:48", "Yusuf Kurniawan", "yusuf.kurniawan@polibatam.ac.id",
                   "Pergantian dosen MK Pemrograman Web Lanjut",
                   "Irwan Setiadi <irwan.setiadi@polibatam.ac.id>") + """


Assalamualaikum Pak Irwan,

Sesuai surat tugas mengajar yang baru, MK Pemrograman Web Lanjut (IF-3105) kelas IF-3C mulai pertemuan ke-10 diampu oleh Rizky Amalia Putri, S.Tr.Kom., M.Kom. karena saya ditugaskan ke program sertifikasi dosen. Mohon izin agar data dosen pengampu di e-learning ikut diganti ke nama beliau.

Terima kasih, Pak.

Wassalam,
Yusuf Kurniawan
""")

add(slug="fairemail-ralat-key-corrects-quoted-value", type="course_data", lang="id",
    date="2026-11-21 07:14:29", client="fairemail",
    frm=("Putri Handayani", "putri.handayani@polibatam.ac.id"),
    subject="Re: Ganti enrolment key Statistika Bisnis",
    irt_msgid="<3f9c1e2a-77b4-4d0e-9a51-0c6e2f8d4b13@polibatam.ac.id>",
    fields={"course_code": "MB2104", "course_name": "Statistika Bisnis",
            "changes": {"enrolment_key": "StatBis-2026B"}},
    note="A reply that corrects the key given in the quoted mail of the night before; only the corrected value counts.",
    body="""Ralat ya tim, maaf sekali.

Kunci yang saya tulis semalam salah, itu kunci semester lalu. Yang benar StatBis-2026B (huruf B besar di akhir, pakai tanda hubung). Yang Statbis2026 jangan dipakai.

Terima kasih.

Putri

""" + fair_attr("2026-11-20 21:50", "Putri Handayani", "putri.handayani@polibatam.ac.id") + """
""" + q("""Selamat malam,

Mohon bantuan ganti enrolment key course Statistika Bisnis (MB2104) kelas MB-2A menjadi Statbis2026. Banyak mahasiswa kelas lain yang ikut masuk.

Terima kasih.
Putri Handayani"""))

add(slug="filipino-proton-summary-in-quotes", type="course_data", lang="en",
    date="2026-11-25 16:40:18", tz="+0800", client="proton",
    frm=("Maria Cristina Dela Cruz", "mc.delacruz@proton.me"),
    subject="Course description for Welding Inspection & Quality Control",
    fields={"course_code": "WLD-3.08", "course_name": "Welding Inspection & Quality Control",
            "changes": {"summary": "This course introduces visual and non-destructive inspection of welded joints according to AWS D1.1 and ISO 5817. Students practice reading welding symbols, measuring weld profiles, and writing inspection reports used in Batam shipyards and fabrication yards."}},
    note="Filipino instructor writing from Cebu (+0800) through Proton (base64 parts); the new summary is a two-sentence quoted paragraph with standard numbers.",
    body="""Hi P4M Helpdesk,

Good afternoon po! I'm Cristina, the visiting industry instructor who handles the welding inspection module for the Mechanical Engineering students (WLD-3.08, Welding Inspection & Quality Control). I'm writing from Cebu this week.

The course summary on the e-learning page still shows the text from the previous instructor. Could you please replace it with this one:

"This course introduces visual and non-destructive inspection of welded joints according to AWS D1.1 and ISO 5817. Students practice reading welding symbols, measuring weld profiles, and writing inspection reports used in Batam shipyards and fabrication yards."

Nothing else needs to change. Salamat po in advance!

Warm regards,
Cristina Dela Cruz, CWI
Visiting Industry Instructor, Mechanical Engineering

""" + SIG_PROTON)

add(slug="batak-rename-undecided-semester-given", type="course_data", lang="id",
    date="2026-11-26 09:40:55", client="gmail",
    frm=("Togar Simanjuntak", "togar.simanjuntak@polibatam.ac.id"),
    subject="Horas, mohon ubah semester MK Sistem Tertanam",
    fields={"course_code": "TRE-2309", "course_name": "Sistem Tertanam",
            "changes": {"semester": "4"}},
    note="Batak Toba voice; two numbered items, but the rename lists two candidate names still undecided, so only the semester is a change.",
    body="""Horas tim P4M,

Bah, maaf mengganggu lae dan ito sekalian. Ada dua hal untuk MK Sistem Tertanam (TRE-2309):

1. Semesternya di e-learning masih tertulis semester 3, padahal di kurikulum 2026 sudah pindah ke semester 4. Mohon diubah jadi 4.
2. Namanya juga mau kami ganti, tapi nama barunya belum diputuskan rapat prodi. Antara "Sistem Tertanam Berbasis IoT" atau "Sistem Tertanam dan IoT Industri". Nanti saya kabari lagi kalau sudah ketok palu, jadi untuk sementara namanya biarkan dulu.

Mauliate godang.

Togar Simanjuntak, S.T., M.Eng.
Prodi Teknologi Rekayasa Elektronika
Politeknik Negeri Batam
""")

add(slug="mbkm-class-name-ampersand-quoted", type="course_data", lang="mixed",
    date="2026-11-27 14:03:27", client="gmail",
    frm=("Wulan Sari Dewi", "wulan.dewi@polibatam.ac.id"),
    subject="[MBKM] Kelas gabungan mahasiswa inbound - Data Mining",
    fields={"course_code": "TI-5203", "course_name": "Data Mining",
            "changes": {"class": "TI-5A & MBKM Inbound"}},
    note="MBKM coordinator code-switching; a bracketed tag opens the subject, other universities are named, and the new class name has an ampersand.",
    body="""Hi tim Helpdesk,

Quick request dari koordinator MBKM. Semester ini ada 6 mahasiswa inbound pertukaran mahasiswa (dari Universitas Tanjungpura, UNIMED, dan Politeknik Negeri Padang) yang ikut MK Data Mining, kode TI-5203, bareng kelas TI-5A.

Supaya gampang dibedakan di gradebook, class name di course itu tolong diganti jadi "TI-5A & MBKM Inbound". Akun SSO mereka sudah dibuatkan UPA TIK minggu lalu, jadi for now cuma itu yang perlu diubah.

Thanks a lot, and sorry kalau mendadak.

Regards,
Wulan Sari Dewi
Koordinator Merdeka Belajar Kampus Merdeka (MBKM)
Politeknik Negeri Batam
""")

add(slug="aceh-roundcube-lecturer-typo-fix", type="course_data", lang="id",
    date="2026-11-23 13:15:40", client="roundcube",
    frm=("Teuku Razali Mahmud", "teuku.razali@polibatam.ac.id"),
    subject="Nama dosen salah ketik di course Mekanika Fluida",
    fields={"course_code": "MES 2.04", "course_name": "Mekanika Fluida",
            "changes": {"lecturer": "Teuku Razali Mahmud, S.T., M.Eng."}},
    note="Acehnese phrases with glosses; the wrong spelling is quoted before the right one, and the code has a space and a dot.",
    body="""Assalamualaikum warahmatullahi wabarakatuh,

Meunyo hana meuhambat (kalau tidak merepotkan), saya mohon bantu perbaiki nama dosen di course Mekanika Fluida (MES 2.04). Di halaman course tertulis "Teuku Rizali Mahmud", padahal nama saya yang betul Teuku Razali Mahmud, S.T., M.Eng. Mahasiswa sudah ada yang salah tulis nama di laporan praktikum karena lihat di situ.

Teurimong geunaseh (terima kasih) banyak, semoga sehat selalu.

Wassalam,
Teuku Razali Mahmud
Dosen Teknik Mesin Polibatam
""")

add(slug="madura-k9-sebelum-sesudah-blocks", type="course_data", lang="id",
    date="2026-11-22 20:05:11", client="k9",
    frm=("Moh. Syaiful Anwar", "syaiful.anwar@polibatam.ac.id"),
    subject="Perubahan SKS dan semester MK K3 Industri",
    fields={"course_code": "MKU-K3-01", "course_name": "Keselamatan dan Kesehatan Kerja Industri",
            "changes": {"credits": "3", "semester": "2"}},
    note="Madurese words; Sebelum/Sesudah blocks with aligned colons, and the subject uses an abbreviation of the course name.",
    body="""Assalamualaikum, tim P4M.

Sengko' (saya) Syaiful dari Teknik Mesin. Ngereng, mohon dibantu perubahan data MK Keselamatan dan Kesehatan Kerja Industri (kode MKU-K3-01):

Sebelum:
SKS      : 2
Semester : 1

Sesudah:
SKS      : 3
Semester : 2

Perubahan ini sudah sesuai berita acara rapat kurikulum jurusan. Sakalangkong (terima kasih) sebelumnya.

Moh. Syaiful Anwar
""" + SIG_K9)

add(slug="japanese-coordinator-lecturer-parentheses", type="course_data", lang="en",
    date="2026-12-01 10:30:00", tz="+0900", client="apple",
    frm=("Yuki Morimoto", "y.morimoto@kitakyushu-ct.ac.jp"), relay="other",
    relay_host="mail.kitakyushu-ct.ac.jp", relay_ip="202.241.%d.%d" % (17, 36),
    subject="Request: instructor name for Japanese Business Communication (JBC-101)",
    fields={"course_code": "JBC-101", "course_name": "Japanese Business Communication",
            "changes": {"lecturer": "Assoc. Prof. Kenji Watanabe (NIT Kitakyushu College)"}},
    note="Japanese exchange coordinator in JST; the new instructor is on its own line with a title and an affiliation in parentheses.",
    body="""Dear P4M Helpdesk,

I hope this email finds you well. My name is Yuki Morimoto, coordinator of the student exchange program between National Institute of Technology, Kitakyushu College and Politeknik Negeri Batam.

From the second half of this semester, Professor Tanaka will be replaced by my colleague in the online course "Japanese Business Communication" (JBC-101). We would be grateful if you could change the instructor shown on the course page to:

Assoc. Prof. Kenji Watanabe (NIT Kitakyushu College)

The students from both schools will keep the same enrolment, so nothing else needs to be changed.

Thank you very much for your kind support.

Best regards,

Yuki Morimoto
International Exchange Office
National Institute of Technology, Kitakyushu College
""")

_PROF_HTML = """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>
</head>
<body dir="ltr">
<div style="font-family: 'Times New Roman', Times, serif; font-size: 12pt; color: rgb(0, 0, 0);">
<p>Yth. Bapak/Ibu Tim Helpdesk P4M,</p>
<p>&nbsp;</p>
<p>Dengan hormat, atas arahan Prof. Dr. Ir. Bambang Suryoatmodjo, M.Sc. (Guru Besar Purnabakti, dosen tamu Program Studi Teknik Mesin), bersama ini saya sampaikan surat beliau yang didiktekan kepada saya sebagai berikut:</p>
<p>&nbsp;</p>
<blockquote style="margin-left:36pt; font-style:italic;">
<p>&ldquo;Dengan hormat,</p>
<p>Saya yang bertanda tangan di bawah ini, selaku pengampu tamu mata kuliah Perancangan Elemen Mesin (kode TM-311), memohon kiranya deskripsi mata kuliah tersebut pada laman e-learning diganti dengan uraian berikut:</p>
<p style="margin-left:18pt;">Mata kuliah ini membekali mahasiswa dengan kemampuan merancang elemen mesin &ndash; poros, pasak, bantalan, roda gigi, dan sambungan baut &ndash; berdasarkan analisis tegangan, faktor keamanan, dan standar ISO/JIS yang lazim digunakan di industri manufaktur Batam.</p>
<p>Demikian permohonan ini saya sampaikan. Atas perhatian Saudara, saya ucapkan terima kasih.&rdquo;</p>
</blockquote>
<p>&nbsp;</p>
<p>Apabila ada yang perlu dikonfirmasi, mohon menghubungi saya di ekstensi 1107, karena Prof. Bambang tidak menggunakan surel secara langsung.</p>
<p>&nbsp;</p>
<p>Hormat saya,</p>
<p><b>Lestari Handayani</b><br>
Sekretaris Prof. Dr. Ir. Bambang Suryoatmodjo, M.Sc.<br>
Politeknik Negeri Batam</p>
</div>
</body>
</html>
"""

add(slug="professor-dictated-letter-html-only-summary", type="course_data", lang="id",
    date="2026-11-25 10:11:06", client="owa", html_only=True, html=_PROF_HTML,
    frm=("Lestari Handayani", "lestari.handayani@polibatam.ac.id"),
    subject="Surat Prof. Dr. Ir. Bambang Suryoatmodjo perihal deskripsi mata kuliah",
    fields={"course_code": "TM-311", "course_name": "Perancangan Elemen Mesin",
            "changes": {"summary": "Mata kuliah ini membekali mahasiswa dengan kemampuan merancang elemen mesin – poros, pasak, bantalan, roda gigi, dan sambungan baut – berdasarkan analisis tegangan, faktor keamanan, dan standar ISO/JIS yang lazim digunakan di industri manufaktur Batam."}},
    note="HTML-only formal letter dictated by a retired professor to his secretary; the new description sits inside a nested, italic quoted letter with en dashes as HTML entities.",
    body="")

add(slug="pkl-coordinator-dash-list-semester-sks", type="course_data", lang="mixed",
    date="2026-11-20 09:05:47", client="gmail",
    frm=("Rahmat Hidayatullah", "rahmat.hidayatullah@polibatam.ac.id"),
    subject="Course PKL Jurusan MB: semester & SKS update",
    fields={"course_code": "AMJ-PKL", "course_name": "Praktik Kerja Lapangan",
            "changes": {"semester": "6", "credits": "4"}},
    note="Internship coordinator code-switching; a two-item dash list with bare numbers, next to an internship start date that is not a change.",
    body="""Selamat pagi tim P4M,

FYI, mulai tahun ini PKL untuk D4 Akuntansi Manajerial dipindah ke semester 6 dan bobotnya naik. Di e-learning course "Praktik Kerja Lapangan" (AMJ-PKL) masih pakai setting lama, jadi please update:
- semester: 6
- SKS: 4

Course ini dipakai mahasiswa untuk upload logbook mingguan dan laporan akhir, jadi the sooner the better, karena batch pertama sudah berangkat magang tanggal 7 Desember.

Thanks!

Rahmat Hidayatullah
Koordinator PKL/Magang Jurusan Manajemen Bisnis
""")

add(slug="kerjasama-owa-en-forward-partner-shortname", type="course_data", lang="en",
    date="2026-11-26 15:48:20", client="owa",
    frm=("Andi Pratama", "andi.pratama@polibatam.ac.id"),
    cc=["Goh Mei Ling <meiling.goh@tnla.edu.sg>"],
    subject="FW: Joint course code alignment - Supply Chain Analytics",
    fields={"course_code": "LOG-3201", "course_name": "Supply Chain Analytics",
            "changes": {"shortname": "TNLA/SCA-26"}},
    note="Cooperation office forwards a Singapore partner's request and restates it; the new short name contains a slash.",
    body="""Dear P4M Helpdesk,

Forwarding the request below from our partner, Temasek-Nexus Logistics Academy (Singapore). They deliver the joint module with our Logistics programme and need the e-learning short name to match the code on their certificates.

In short: please change the short name of Supply Chain Analytics (LOG-3201) to TNLA/SCA-26. Ms Goh is in cc.

Thank you.

Best regards,
Andi Pratama
International Cooperation Office (Kantor Kerja Sama dan Hubungan Internasional)
Politeknik Negeri Batam

""" + owa_hdr_en("2026-11-26 14:05", "Goh Mei Ling", "meiling.goh@tnla.edu.sg",
                 "Andi Pratama <andi.pratama@polibatam.ac.id>",
                 "Joint course code alignment - Supply Chain Analytics") + """

Dear Andi,

Our certificates for the joint Supply Chain Analytics module use the code TNLA/SCA-26. Would it be possible for the Polibatam e-learning course to use the same short name, so that our auditors can match the records? The course full name can remain unchanged.

Many thanks,
Mei Ling
""")

add(slug="roundcube-slash-code-colon-fullname", type="course_data", lang="en",
    date="2026-12-01 16:55:31", client="roundcube",
    frm=("Gregorius Aditya", "g.aditya@polibatam.ac.id"),
    subject="Rename CAD/CAM course ME/3/214",
    fields={"course_code": "ME/3/214", "course_name": "CAD/CAM Lanjut",
            "changes": {"fullname": "CAD/CAM: Advanced Surface Modelling", "shortname": "ME3-214-CADCAM"}},
    note="Course code made of slashes; the new full name has a colon right after a slash-word, and 'next intake' is not a deferred request.",
    body="""Hello P4M team,

Two small changes for my course ME/3/214 "CAD/CAM Lanjut" please:

- full name should read: CAD/CAM: Advanced Surface Modelling
- short name should read: ME3-214-CADCAM

The programme decided to teach this course in English starting next intake, so we'd like the page to reflect that now while we build the materials. Everything else (enrolment, lecturer, key) stays as it is.

Cheers,
Greg

-- 
Gregorius Aditya, S.T., M.Sc.
Mechanical Engineering Department
Politeknik Negeri Batam
""")

_R_ORIG = "2026-11-24 10:02"
_R_ACK = "2026-11-24 10:15"
_R_WAIT = "2026-11-27 14:30"
_R_REM = "2026-11-28 09:05"
_RACHEL = ("Rachel Anggraini", "rachel.anggraini@gmail.com")

add(slug="gmail-long-thread-name-given-in-reply", type="course_data", lang="en",
    date="2026-11-30 08:12:19", client="gmail", frm=_RACHEL,
    subject="Re: [P4M #2371] Lecturer change for Technical English 2 (ENG-102)",
    irt_msgid=hd_mid(2371, _R_REM),
    refs_msgid=["<CAJx7Qm1f0r2uYbW8kq1nA3oPq4ZtL9cS2eVh6Dd0xKmR5wT7yg@mail.gmail.com>",
                hd_mid(2371, _R_ACK),
                "<CAJx7Qm2KpVw0sHq3oRt5LnB8cYv1uFz6iXa4Ge9jDhNw2Mb3Rk@mail.gmail.com>",
                hd_mid(2371, _R_REM)],
    fields={"course_code": "ENG-102", "course_name": "Technical English 2",
            "changes": {"lecturer": "Dra. Maria Goretti Nainggolan, M.Hum."}},
    note="Fourth message of a Gmail thread four quote levels deep; the request is in the deepest quote and the value only in the new text.",
    body="""Good morning,

Sorry for the delay, the Language Centre finally confirmed it on Saturday. The new lecturer for Technical English 2 (ENG-102), class MI-1B, is:

Dra. Maria Goretti Nainggolan, M.Hum.

Please use exactly that spelling (two "n" in Nainggolan). Everything else stays the same.

Thanks for your patience!
Rachel

""" + gmail_attr_en(_R_REM, *HD) + """

""" + q("""Dear Ms Rachel,

Just a gentle reminder: we are still waiting for the full name and title of the new lecturer for ENG-102 before we can update the course.

Best regards,
Helpdesk P4M

""" + gmail_attr_en(_R_WAIT, *_RACHEL) + """

""" + q("""Hi, still waiting for the Language Centre to confirm who takes over. Will let you know as soon as I hear from them.

Rachel

""" + gmail_attr_en(_R_ACK, *HD) + """

""" + q("""Dear Ms Rachel,

Thank you, your request has been recorded as ticket [P4M #2371]. Could you send us the full name of the new lecturer, including academic titles, exactly as it should appear on the course page?

Best regards,
Helpdesk P4M

""" + gmail_attr_en(_R_ORIG, *_RACHEL) + """

""" + q("""Dear P4M team,

Starting next week I will be on maternity leave, so Technical English 2 (ENG-102) for class MI-1B will be taken over by a lecturer from the Language Centre. Please change the lecturer on the e-learning course once I send you the name; the Centre is still deciding.

Thank you,
Rachel Anggraini
Lecturer, Informatics Management""")))))

add(slug="apple-mail-codeswitch-key-underscore-emoji", type="course_data", lang="mixed",
    date="2026-11-28 11:20:44", client="apple",
    frm=("Nadia Kusuma", "nadia.kusuma@polibatam.ac.id"),
    subject="quick one: enrol key UI/UX Design",
    fields={"course_code": "MM-2212", "course_name": "UI/UX Design",
            "changes": {"enrolment_key": "Sem-Gasal_26"}},
    note="Casual code-switching from Apple Mail with an emoji; the key mixes a hyphen and an underscore and follows 'jadi'.",
    body="""Hi kak tim P4M!

Quick request ya — enrolment key buat course UI/UX Design (MM-2212) please di-update jadi Sem-Gasal_26. Yang lama bocor di X/Twitter (iya, seriously 😅), jadi sebaiknya diganti ASAP.

Nothing else changes, nama course dan dosen tetap.

Thank you so much!

Nadia
""")

add(slug="sasak-wita-lecturer-swap-two-classes", type="course_data", lang="id",
    date="2026-11-29 09:30:12", tz="+0800", client="gmail",
    frm=("Lalu Muhammad Zulkarnain", "lalu.zulkarnain@polibatam.ac.id"),
    subject="Tiang nunas bantuan: ganti dosen MK Fisika Terapan",
    fields={"course_code": "FIS-101-TM", "course_name": "Fisika Terapan",
            "changes": {"lecturer": "Baiq Nurul Hidayati, S.Si., M.Sc."}},
    note="Sasak words with glosses, sent from Lombok (+0800); a temporary lecturer swap for two classes written in prose.",
    body="""Assalamualaikum tim P4M,

Tiang (saya) Lalu Zulkarnain, lagi pulang kampung ke Lombok karena ada acara keluarga. Tiang nunas (mohon) bantuan: selama dua minggu ke depan MK Fisika Terapan (FIS-101-TM) kelas TM-1A dan TM-1B dipegang rekan tiang. Mohon nama dosen di e-learning diganti jadi Baiq Nurul Hidayati, S.Si., M.Sc. supaya mahasiswa tahu siapa yang pegang forum diskusi.

Tampiasih (terima kasih) banyak.

Lalu Muhammad Zulkarnain
Dosen Teknik Mesin
""")

_RIAU_TABLE_HTML = """<p>Assalamualaikum, selamat pagi tim P4M.</p>
<p>Kami dari prodi TRPL nak minta tolong tukarkan nama kelas di e-learning untuk MK di bawah ni. Kelas pagi dengan kelas sore tertukar masa pembagian kemarin, jadi mahasiswa pagi tak boleh masuk.</p>
<table style="border-collapse: collapse; width: 100%;" border="1">
<tbody>
<tr><td><strong>Kode MK</strong></td><td><strong>Nama MK</strong></td><td><strong>Kelas sekarang</strong></td><td><strong>Kelas seharusnya</strong></td></tr>
<tr><td>TRPL-3.06</td><td>Basis Data Terdistribusi</td><td>TRPL-3B (Sore)</td><td>TRPL-3B (Pagi)</td></tr>
</tbody>
</table>
<p>Terima kasih banyak, mohon maaf menyusahkan.</p>
<p>Tengku Syarifah Aini<br />Tendik Prodi TRPL</p>"""

add(slug="riau-malay-roundcube-html-table-class", type="course_data", lang="id",
    date="2026-12-02 08:35:27", client="roundcube", html=_RIAU_TABLE_HTML,
    frm=("Tengku Syarifah Aini", "syarifah.aini@polibatam.ac.id"),
    subject="Mohon tukar nama kelas MK Basis Data Terdistribusi",
    fields={"course_code": "TRPL-3.06", "course_name": "Basis Data Terdistribusi",
            "changes": {"class": "TRPL-3B (Pagi)"}},
    note="Riau-Malay wording; a Roundcube HTML table where current and new class differ only inside the parentheses.",
    body="""Assalamualaikum, selamat pagi tim P4M.

Kami dari prodi TRPL nak minta tolong tukarkan nama kelas di e-learning untuk MK di bawah ni. Kelas pagi dengan kelas sore tertukar masa pembagian kemarin, jadi mahasiswa pagi tak boleh masuk.

Kode MK\tNama MK\tKelas sekarang\tKelas seharusnya
TRPL-3.06\tBasis Data Terdistribusi\tTRPL-3B (Sore)\tTRPL-3B (Pagi)

Terima kasih banyak, mohon maaf menyusahkan.

Tengku Syarifah Aini
Tendik Prodi TRPL
""")

# ------------------------------------------------------------------ announcement (16)

add(slug="judul-line-besok-pagi-jam-7-uas-date", type="announcement", lang="id",
    date="2026-11-24 16:20:33", client="gmail",
    frm=("Eka Fitriani", "eka.fitriani@polibatam.ac.id"),
    subject="Mohon publikasi pengumuman di course Kalkulus 1",
    fields={"course_code": "MAT-1101", "course_name": "Kalkulus 1",
            "title": "Perubahan Ruang dan Sifat UAS Kalkulus 1", "scope": "course",
            "publish_at": "2026-11-25T07:00:00+07:00"},
    note="'besok pagi jam 7' counts from the Date header; the exam day and the assignment deadline in the text are not publish times.",
    body="""Sore tim P4M,

Mohon bantu tayangkan pengumuman berikut di course Kalkulus 1 (MAT-1101), untuk mahasiswa kelas saya saja:

Judul: Perubahan Ruang dan Sifat UAS Kalkulus 1
Isi:
UAS Kalkulus 1 dilaksanakan Senin, 30 November 2026 pukul 08.00-10.00 WIB di ruang GU 805 (bukan GU 702). Ujian bersifat buku tertutup, kalkulator ilmiah boleh dibawa. Mahasiswa yang belum mengumpulkan tugas 4 paling lambat menyerahkannya Jumat, 27 November 2026.

Tolong ditayangkan besok pagi jam 7 ya, supaya mahasiswa membacanya sebelum kuliah pagi.

Terima kasih,
Eka Fitriani, S.Si., M.Sc.
Dosen Matematika Terapan
""")

add(slug="magister-owa-lusa-pkl-1300-title-quoted", type="announcement", lang="id",
    date="2026-11-26 10:05:58", client="owa",
    frm=("Nur Aisyah Rahmadani", "sekretariat.mtrk@polibatam.ac.id"),
    subject="Permohonan publikasi pengumuman Prodi Magister Terapan",
    fields={"title": "Jadwal Seminar Proposal Tesis Gelombang II", "scope": "site",
            "publish_at": "2026-11-28T13:00:00+07:00"},
    note="Title in double quotes inside a sentence; audience is a whole programme (site); 'lusa pkl 13.00' sits after a registration deadline with its own time.",
    body="""Yth. Tim Helpdesk P4M,

Mohon bantuan untuk menayangkan pengumuman berjudul "Jadwal Seminar Proposal Tesis Gelombang II" pada halaman depan e-learning agar terbaca oleh seluruh mahasiswa Program Studi Magister Terapan Teknik Rekayasa Komputer (semua angkatan).

Isi pengumuman:
Seminar Proposal Tesis Gelombang II dilaksanakan pada 14-16 Desember 2026. Pendaftaran dibuka sampai Jumat, 4 Desember 2026 pukul 23.59 WIB melalui tautan di e-learning. Berkas yang diunggah: draf proposal yang disetujui pembimbing dan kartu bimbingan minimal 6 kali.

Mohon pengumuman ditayangkan lusa pkl 13.00, setelah rapat pimpinan prodi selesai.

Atas bantuannya kami ucapkan terima kasih.

Hormat kami,
Nur Aisyah Rahmadani, S.E.
Sekretariat Program Studi Magister Terapan Teknik Rekayasa Komputer
""")

add(slug="title-only-in-subject-senin-depan-0800", type="announcement", lang="id",
    date="2026-11-25 14:30:09", client="fairemail",
    frm=("Yulia Permata Sari", "yulia.permata@polibatam.ac.id"),
    subject="Pembekalan Magang Industri Semester Genap 2026/2027",
    fields={"title": "Pembekalan Magang Industri Semester Genap 2026/2027", "scope": "site",
            "publish_at": "2026-11-30T08:00:00+07:00"},
    note="The body says the title is the subject line; 'Senin depan 08.00 WIB' from a Wednesday, next to a briefing date in December.",
    body="""Selamat siang tim helpdesk,

Mohon pengumuman dengan judul seperti subjek email ini ditayangkan untuk seluruh mahasiswa Jurusan Teknik Informatika semester 5, Senin depan 08.00 WIB.

Isinya:
Seluruh mahasiswa semester 5 yang akan magang di semester genap wajib mengikuti pembekalan pada Kamis, 10 Desember 2026 pukul 09.00 WIB di Auditorium Polibatam. Bawa surat persetujuan orang tua dan CV terbaru. Mahasiswa yang tidak hadir tidak akan diberi surat pengantar magang.

Terima kasih.

Yulia Permata Sari, M.T.
Koordinator Magang Jurusan Teknik Informatika
""")

add(slug="english-dec-5-9am-guest-lecture", type="announcement", lang="en",
    date="2026-11-30 11:42:10", client="gmail",
    frm=("Daniel Whitfield", "daniel.whitfield@polibatam.ac.id"),
    subject="Announcement for Academic Writing students - guest lecture",
    fields={"course_code": "ENG-210", "course_name": "Academic Writing",
            "title": "Guest Lecture: Writing for International Journals", "scope": "course",
            "publish_at": "2026-12-05T09:00:00+07:00"},
    note="'Dec 5, 9am' with no zone from a Batam lecturer (WIB), surrounded by the lecture date and a draft deadline.",
    body="""Hi team,

Could you please post the following announcement in my Academic Writing course (ENG-210)? Only my students need to see it.

Title: Guest Lecture: Writing for International Journals

Dear students, on Wednesday, December 9, we will have a guest lecture by Dr. Sarah Lim from NUS on writing for international journals. Attendance counts as one session. Please submit your draft abstract by December 7 so she can comment on a few of them.

Please schedule it for Dec 5, 9am, so it goes up after this week's quiz is closed.

Thanks a lot,
Daniel

-- 
Daniel Whitfield, MA TESOL
Language Centre, Politeknik Negeri Batam
""")

add(slug="riau-malay-3-12-jam-10-title-quoted", type="announcement", lang="id",
    date="2026-11-27 15:12:48", client="roundcube",
    frm=("Raja Nurul Huda", "raja.huda@polibatam.ac.id"),
    subject="Tolong tayangkan pengumuman ujian susulan Ekonomi Mikro",
    fields={"course_code": "EKM-1.02", "course_name": "Ekonomi Mikro",
            "title": "Ujian Susulan Ekonomi Mikro", "scope": "course",
            "publish_at": "2026-12-03T10:00:00+07:00"},
    note="Riau-Malay spelling (saye, judulnye); '3/12 jam 10' in day/month form beside 10/12 and 8/12 event dates.",
    body="""Assalamualaikum tim P4M,

Saye nak minta tolong tayangkan pengumuman di course Ekonomi Mikro (EKM-1.02) untuk mahasiswa saye. Judulnye "Ujian Susulan Ekonomi Mikro".

Isinye macam ni:
Ujian susulan bagi mahasiswa yang berhalangan hadir UTS dilaksanakan Kamis 10/12 pukul 13.30 di ruang 304 Gedung Utama. Surat keterangan sakit atau izin wajib diserahkan ke tata usaha paling lambat 8/12.

Tayangkan 3/12 jam 10 pagi je, jangan sekarang, sebab daftar pesertenye belum final.

Terima kasih banyak.

Raja Nurul Huda
Dosen Manajemen Bisnis
""")

add(slug="karyawan-k9-nanti-malam-jam-8", type="announcement", lang="id",
    date="2026-12-01 18:55:05", client="k9",
    frm=("Heru Susanto", "heru.susanto@polibatam.ac.id"),
    subject="pengumuman kuliah pengganti - Manajemen Proyek kelas karyawan",
    fields={"course_code": "MP-K 401", "course_name": "Manajemen Proyek",
            "title": "Kuliah Pengganti Sabtu 5 Desember", "scope": "course",
            "publish_at": "2026-12-01T20:00:00+07:00"},
    note="Night-class lecturer just off work; 'nanti malam jam 8' is the same evening, and the title itself contains an event date.",
    body="""Selamat sore/malam tim,

Saya baru keluar kantor, maaf mendadak. Tolong tayangkan pengumuman di course Manajemen Proyek (MP-K 401) kelas karyawan, judulnya: Kuliah Pengganti Sabtu 5 Desember

Isinya:
Kuliah Selasa 8 Desember ditiadakan karena saya dinas luar. Sebagai gantinya kuliah dilaksanakan Sabtu, 5 Desember 2026 pukul 13.00-15.30 WIB secara daring lewat Zoom (tautan di course). Tugas kelompok tetap dikumpulkan paling lambat 12 Desember.

Tolong naik nanti malam jam 8 ya, pas mahasiswa karyawan biasanya buka HP setelah pulang kerja.

Terima kasih.
Heru Susanto
""" + SIG_K9)

add(slug="wita-workshop-jumat-0900-modul-ditunda", type="announcement", lang="id",
    date="2026-11-23 21:10:37", tz="+0800", client="gmail",
    frm=("Andi Muh. Fadhil", "andi.fadhil@polibatam.ac.id"),
    subject="Pengumuman praktikum Kimia Dasar ditunda",
    fields={"course_code": "KIM-1.01", "course_name": "Kimia Dasar",
            "title": "Praktikum Kimia Dasar Modul 4 Ditunda", "scope": "course",
            "publish_at": "2026-11-27T09:00:00+08:00"},
    note="Writer in Balikpapan (+0800) asks for 09.00 WITA, so the publish time keeps the WITA offset; two practicum dates and a report deadline surround it.",
    body="""Malam tim P4M,

Saya sedang ikut workshop di Balikpapan sampai akhir pekan. Mohon bantu tayangkan pengumuman di course Kimia Dasar (KIM-1.01):

Judul: Praktikum Kimia Dasar Modul 4 Ditunda
Isi: Praktikum modul 4 yang seharusnya Selasa, 1 Desember 2026 diundur ke Selasa, 8 Desember 2026, jam dan laboratorium tetap. Laporan modul 3 tetap dikumpulkan paling lambat 1 Desember 2026.

Mohon ditayangkan Jumat 27 November jam 09.00 WITA ya, karena saya baru bisa konfirmasi ke laboran hari Kamis.

Terima kasih,
Andi Muh. Fadhil

Dikirim dari Android
""")

add(slug="jayapura-wit-besok-0700-apple-mixed", type="announcement", lang="mixed",
    date="2026-11-29 20:15:26", tz="+0900", client="apple",
    frm=("Citra Maharani", "citra.maharani@polibatam.ac.id"),
    subject="Announcement Quiz 3 - Jaringan Komputer",
    fields={"course_code": "TK-2201", "course_name": "Jaringan Komputer",
            "title": "Quiz 3 Jaringan Komputer - Online", "scope": "course",
            "publish_at": "2026-11-30T07:00:00+09:00"},
    note="Sent from Jayapura (+0900); 'besok jam 07.00 WIT' with a WIB aside, while the quiz itself is given in WIB.",
    body="""Hi tim P4M,

Saya lagi di Jayapura untuk conference sampai Rabu, sinyal kadang hilang. Could you please post this announcement di course Jaringan Komputer (TK-2201)?

Judul: Quiz 3 Jaringan Komputer - Online
Isi: Quiz 3 will be held online on Thursday, 3 December 2026, 19.00-20.00 WIB via e-learning. Materi: subnetting dan VLAN. Tidak ada kelas tatap muka minggu ini.

Please publish besok jam 07.00 WIT (di Batam masih jam 5 subuh, no problem).

Thanks banyak!
Citra
""")

add(slug="tefa-recruitment-site-no-publish-time", type="announcement", lang="id",
    date="2026-11-23 10:44:02", client="gmail",
    frm=("Dimas Prasetyo Wibowo", "dimas.wibowo@polibatam.ac.id"),
    subject="Mohon publikasi: open recruitment TEFA",
    fields={"title": "Open Recruitment Mahasiswa Teaching Factory Batch 3", "scope": "site"},
    note="Site-wide, title in quotes; 'secepatnya, hari ini juga' is no publish time, and the registration window is not one either.",
    body="""Halo tim P4M,

Mohon bantuan publikasi pengumuman "Open Recruitment Mahasiswa Teaching Factory Batch 3" di halaman utama e-learning untuk seluruh mahasiswa Polibatam.

Isi:
Teaching Factory (TEFA) Polibatam membuka kesempatan bagi mahasiswa semester 3 dan 5 untuk bergabung pada proyek produksi bersama mitra industri. Pendaftaran dibuka 24 November s.d. 6 Desember 2026 melalui formulir di tautan bit.ly/tefa-batch3-polibatam. Seleksi wawancara 9-10 Desember 2026.

Kalau bisa secepatnya ditayangkan, hari ini juga tidak masalah.

Terima kasih,
Dimas Prasetyo Wibowo
Koordinator TEFA
""")

add(slug="jst-monday-1000-exchange-orientation", type="announcement", lang="en",
    date="2026-11-25 11:00:52", tz="+0900", client="owa",
    frm=("Yuki Morimoto", "y.morimoto@kitakyushu-ct.ac.jp"),
    subject="Announcement for exchange students: online orientation",
    fields={"course_code": "JBC-101", "course_name": "Japanese Business Communication",
            "title": "Online Orientation for Spring Short-Term Exchange", "scope": "course",
            "publish_at": "2026-11-30T10:00:00+09:00"},
    note="Publish time named in JST; the orientation itself is given in both JST and WIB and is not the publish time.",
    body="""Dear P4M Helpdesk,

Thank you for your continued support of our exchange program.

Could you kindly publish the announcement below in the course "Japanese Business Communication" (JBC-101)? It is for the students of this course only.

Title: Online Orientation for Spring Short-Term Exchange

Body: The online orientation for students selected for the spring short-term exchange to Kitakyushu will be held on Friday, December 11, 2026, 15:00-16:30 JST (13:00-14:30 WIB) on Microsoft Teams. Please submit your passport copy and health form by December 18, 2026.

We would like the announcement to appear on Monday, November 30 at 10:00 JST.

Best regards,

Yuki Morimoto
International Exchange Office
National Institute of Technology, Kitakyushu College
""")

add(slug="owa-trs-partner-scholarship-title-in-quote", type="announcement", lang="mixed",
    date="2026-11-20 16:05:39", client="owa",
    frm=("Andi Pratama", "andi.pratama@polibatam.ac.id"),
    subject="TRS: Call for applications - Batam-Johor Industry Scholarship 2027",
    fields={"title": "Batam-Johor Industry Scholarship 2027 - Call for Applications", "scope": "site"},
    note="Indonesian forward note over an English partner mail with an OWA 'Dari/Dikirim/Kepada/Perihal' block; the title exists only in the forwarded part.",
    body="""Yth. Tim P4M,

Berikut kami teruskan permintaan dari mitra kami, Iskandar Industrial Training Centre (Johor Bahru), untuk dipublikasikan sebagai pengumuman di beranda e-learning bagi seluruh mahasiswa. Judul dan isi mohon dipakai apa adanya (bahasa Inggris) sesuai permintaan mitra.

Terima kasih.

Salam,
Andi Pratama
Kantor Kerja Sama dan Hubungan Internasional

""" + owa_hdr_id("2026-11-20 14:22", "Nurul Izzah binti Kamal", "izzah.kamal@iitc.edu.my",
                 "Andi Pratama <andi.pratama@polibatam.ac.id>",
                 "Call for applications - Batam-Johor Industry Scholarship 2027") + """

Dear Mr Andi,

Kindly share the following with Polibatam students:

Title: Batam-Johor Industry Scholarship 2027 - Call for Applications

Iskandar Industrial Training Centre offers 10 scholarships for a six-month industrial attachment in Johor Bahru starting March 2027. Open to diploma and applied bachelor students in engineering and informatics. Applications close on 15 January 2027. Details and form: www.iitc.edu.my/bjis2027

Thank you and best regards,
Nurul Izzah Kamal
Partnerships Unit, IITC
""")

_KR_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="font-family:'Malgun Gothic',Arial,sans-serif;font-size:10pt;">
<p>Dear P4M team,</p>
<p>Please post an announcement in TRM-4112 (Industrial Robot Programming) for my students.</p>
<p><b>Title:</b> Mandatory Safety Briefing before Robot Cell Practice</p>
<p>All students must attend the safety briefing on Wednesday, December 2, 2026 at 10:00 WIB in the Robotics Lab (Tower B, 2nd floor) before using the FANUC and KUKA cells. Students who miss it cannot join the practice on December 4.</p>
<p>Please publish it next Monday at 1 PM Korea time (KST).</p>
<p>Thank you!<br>Park Ji-hoon</p>
<p style="color:#888888;font-size:8pt;">Senior Application Engineer | Hanbit Robotics Co., Ltd.<br>
This e-mail may contain confidential information. If you are not the intended recipient, please delete it.</p>
</div></body></html>
"""

add(slug="korean-html-only-next-monday-kst", type="announcement", lang="en",
    date="2026-11-26 17:25:14", tz="+0900", client="webmail", html=_KR_HTML,
    x_mailer="Hanbit Groupware Mail 4.2",
    frm=("Park Ji-hoon", "jihoon.park@hanbit-robotics.co.kr"),
    relay_host="mail.hanbit-robotics.co.kr", relay_ip="211.43.%d.%d" % (188, 57),
    subject="Please post: Robot cell safety briefing",
    fields={"course_code": "TRM-4112", "course_name": "Industrial Robot Programming",
            "title": "Mandatory Safety Briefing before Robot Cell Practice", "scope": "course",
            "publish_at": "2026-11-30T13:00:00+09:00"},
    note="HTML-only base64 mail from a Korean company webmail; 'next Monday at 1 PM Korea time' from a Thursday, beside a briefing in WIB.",
    body="")

add(slug="aceh-kuliah-batal-segera-no-time", type="announcement", lang="id",
    date="2026-11-26 06:48:31", client="fairemail",
    frm=("Cut Intan Safitri", "cut.intan@polibatam.ac.id"),
    subject="Pengumuman: kuliah Struktur Data hari ini ditiadakan",
    fields={"course_code": "IF-2104", "course_name": "Struktur Data",
            "title": "Kuliah Struktur Data 26 November Ditiadakan", "scope": "course"},
    note="Acehnese words; asks for 'segera' with no clock time, and the exercise deadline carries a time that is not a publish time.",
    body="""Assalamualaikum, pagi tim P4M.

Lon (saya) mohon bantuan, pagi ini anak saya sakit dan harus dibawa ke rumah sakit. Tolong segera tayangkan pengumuman di course Struktur Data (IF-2104) kelas IF-2A:

Judul: Kuliah Struktur Data 26 November Ditiadakan
Isi: Kuliah hari ini, Kamis 26 November 2026, ditiadakan. Sebagai pengganti, kerjakan latihan linked list di e-learning paling lambat Rabu, 2 Desember 2026 pukul 23.59. Jadwal kuliah pengganti akan diumumkan kemudian.

Meuah that (mohon maaf sekali) merepotkan pagi-pagi.

Cut Intan Safitri
""")

add(slug="hokkien-besok-jam-6-sore-lab-tutup", type="announcement", lang="id",
    date="2026-11-21 19:30:22", client="apple",
    frm=("Hendrik Tanujaya", "hendrik.tanujaya@polibatam.ac.id"),
    subject="Tolong pasang pengumuman lab Elektronika Daya",
    fields={"course_code": "EL-2.17", "course_name": "Praktikum Elektronika Daya",
            "title": "Lab Elektronika Daya Tutup Sementara", "scope": "course",
            "publish_at": "2026-11-22T18:00:00+07:00"},
    note="Saturday-night mail with Hokkien words; 'besok jam 6 sore' means 18.00 on Sunday, among three lab dates in the text.",
    body="""Malam tim,

Sorry ganggu malam Minggu. Gua mau pasang pengumuman di course Praktikum Elektronika Daya (EL-2.17), buat anak-anak gua aja:

Judul: Lab Elektronika Daya Tutup Sementara
Isi: Lab Elektronika Daya ditutup Senin-Selasa, 23-24 November 2026 untuk kalibrasi osiloskop. Praktikum modul inverter dipindah ke Kamis, 26 November 2026 jam 13.00. Laporan modul chopper tetap dikumpul paling lambat Rabu 25 November.

Tayangnya besok jam 6 sore aja, biar pas anak-anak siap-siap buat Senin.

Kamsia ya, lu orang memang paling cepat!

Hendrik
""")

add(slug="pkl-rabu-2-des-0730-logbook-deadline", type="announcement", lang="mixed",
    date="2026-11-30 09:58:40", client="gmail",
    frm=("Rahmat Hidayatullah", "rahmat.hidayatullah@polibatam.ac.id"),
    subject="Request pengumuman untuk semua mahasiswa PKL Jurusan MB",
    fields={"title": "Pengumpulan Logbook PKL Periode I", "scope": "site",
            "publish_at": "2026-12-02T07:30:00+07:00"},
    note="Code-switching; audience is every interning student of a department (site); 'Jadwal tayang: Rabu, 2 Des jam 07.30' after a deadline with its own clock time.",
    body="""Pagi tim P4M,

Please bantu publish pengumuman "Pengumpulan Logbook PKL Periode I" di front page e-learning, audience-nya semua mahasiswa Jurusan Manajemen Bisnis yang sedang PKL (lintas prodi).

Isi:
Logbook PKL periode I (minggu 1-4) wajib diunggah ke e-learning paling lambat Jumat, 11 Desember 2026 pukul 23.59 WIB, sudah ditandatangani pembimbing lapangan. Late submission tidak akan dinilai. Monitoring dosen pembimbing ke perusahaan dimulai 14 Desember 2026.

Jadwal tayang: Rabu, 2 Des jam 07.30 ya, barengan dengan reminder di grup WA.

Thanks a lot!
Rahmat
""")

add(slug="fairemail-base64-today-1400-demo-slots", type="announcement", lang="en",
    date="2026-12-02 09:15:48", client="fairemail", cte="base64",
    frm=("Arjun Menon", "arjun.menon@polibatam.ac.id"),
    subject="Class announcement: Machine Learning project demo slots",
    fields={"course_code": "TI-6104", "course_name": "Machine Learning",
            "title": "Project Demo Slots - Week 15", "scope": "course",
            "publish_at": "2026-12-02T14:00:00+07:00"},
    note="Base64 text and HTML parts; 'today at 14:00 WIB' is the Date header's day, with demo days and two deadlines in the body.",
    body="""Hello P4M Helpdesk,

Please publish this in my course Machine Learning (TI-6104), for the TI-6A and TI-6B students:

Title: Project Demo Slots - Week 15

Project demos will run on Tuesday, December 8 and Wednesday, December 9, 2026 in Lab 3. Each group must book a 20-minute slot using the sign-up sheet in the course before Friday, December 4. Final reports are due December 13.

Please make it visible today at 14:00 WIB, after I brief the class in person.

Thanks,
Arjun Menon
Visiting Lecturer, Informatics Engineering
""")

# ------------------------------------------------------------------ elearning_support (12)

_JOAQUIM = ("Joaquim da Costa Soares", "joaquim.dacosta@students.polibatam.ac.id")

add(slug="timor-leste-tetum-login-from-dili", type="elearning_support", lang="id",
    date="2026-11-22 08:20:40", tz="+0900", client="fairemail", frm=_JOAQUIM, relay="google",
    subject="Bondia, tidak bisa login e-learning",
    fields={},
    note="Student from Timor-Leste writing from Dili (+0900) with Tetum and Portuguese words; a login failure quoted in English, with a quiz mentioned.",
    body="""Bondia maun no mana sira (selamat pagi kakak-kakak),

Ha'u (saya) Joaquim da Costa Soares, mahasiswa internasional dari Timor-Leste, prodi Teknik Informatika, NIM 4312401077. Saya sekarang sedang pulang ke Dili untuk urusan keluarga, e agora (dan sekarang) saya tidak bisa login e-learning. Setiap masuk dengan akun SSO keluar tulisan "Invalid login, please try again", padahal password sama dengan yang saya pakai untuk email mahasiswa dan itu masih bisa.

Apakah akun saya diblokir karena login dari luar negeri? Minggu depan ada kuis dan saya takut tidak bisa ikut.

Obrigadu barak (terima kasih banyak).

Joaquim
""")

_FIKRI = ("Fikri Ramadhan", "fikri.ramadhan@students.polibatam.ac.id")

add(slug="quiz-error-names-course-lecturer-png", type="elearning_support", lang="id",
    date="2026-11-24 20:33:17", client="gmail", frm=_FIKRI,
    subject="Kuis Statistika Bisnis error waktu submit",
    attach=[att("Screenshot_20261124_202911.png", "image/png", png_screenshot("kuis-statbis"))],
    fields={"course_name": "Statistika Bisnis"},
    note="A quiz error that names the course and its lecturer and asks to reopen the quiz; nothing on the course itself should change.",
    body="""Selamat malam admin e-learning,

Saya mahasiswa kelas MB-2A. Tadi waktu mengerjakan Kuis 5 Statistika Bisnis (dosen Ibu Putri Handayani), pas klik "Submit all and finish" muncul error "Coding error detected, it must be fixed by a programmer" dan jawaban saya tidak tersimpan. Kuisnya ditutup jam 23.59 malam ini. Screenshot saya lampirkan.

Mohon bantuannya, apakah bisa dibuka lagi atau jawaban saya bisa dipulihkan? Saya sudah kabari Ibu Putri juga lewat WA.

Terima kasih.
Fikri Ramadhan
NIM 3312501019
""")

add(slug="mbkm-inbound-no-sso-enrolment-mixed", type="elearning_support", lang="mixed",
    date="2026-11-30 13:21:09", client="roundcube",
    frm=("Wulan Sari Dewi", "wulan.dewi@polibatam.ac.id"),
    subject="Mahasiswa MBKM inbound belum bisa akses course",
    fields={"course_name": "Data Mining"},
    note="Follow-up from the MBKM coordinator about accounts and enrolment of students from another polytechnic, with a name list; no course data changes.",
    body="""Hi tim P4M,

Follow up dari email saya minggu lalu soal mahasiswa inbound. Ternyata 2 dari 6 mahasiswa (dari Politeknik Negeri Padang) masih belum bisa login; kata mereka akun SSO-nya "not found". Yang 4 lainnya sudah bisa masuk tapi course Data Mining tidak muncul di dashboard mereka, padahal di SIAKAD sudah terdaftar.

Could you please cek enrolment mereka? List nama & NIM yang belum bisa login:
- Ahmad Rifa'i, 2211082003 (PNP)
- Dinda Permatasari, 2211082017 (PNP)

The other four I'll send by WA kalau perlu.

Thanks,
Wulan
Koordinator MBKM
""")

_AYU = ("Ayu Lestari Nasution", "ayu.nasution@polibatam.ac.id")

add(slug="uld-screen-reader-quiz-time-override", type="elearning_support", lang="id",
    date="2026-11-25 09:33:47", client="owa", frm=_AYU,
    subject="Permohonan penyesuaian akses e-learning untuk mahasiswa tunanetra",
    fields={},
    note="Disability-services officer asks for accessible quizzes and extra quiz time; a numbered list and a side request for a guide, but no course is named.",
    body="""Yth. Tim Helpdesk P4M,

Saya dari Unit Layanan Disabilitas (ULD) Polibatam. Kami mendampingi seorang mahasiswa dengan hambatan penglihatan (low vision) di Prodi Administrasi Bisnis Terapan yang menggunakan pembaca layar NVDA.

Ada dua kendala yang kami temui di e-learning:
1. Soal kuis yang berupa gambar tanpa teks alternatif tidak bisa dibacakan oleh NVDA, sehingga mahasiswa tidak bisa menjawab.
2. Mahasiswa memerlukan tambahan waktu pengerjaan kuis sekitar 50% sesuai rekomendasi asesmen ULD; kami mohon petunjuk bagaimana pengaturan user override di Moodle, atau apakah bisa dibantu dari sisi admin.

Materi kuliah lain yang berupa PDF hasil scan juga sulit dibaca. Kalau ada panduan membuat materi yang aksesibel untuk dosen, kami akan sangat terbantu.

Terima kasih atas perhatian dan kerja samanya.

Hormat saya,
Ayu Lestari Nasution, M.Psi.
Unit Layanan Disabilitas
Politeknik Negeri Batam
""")

_CRISTINA = ("Maria Cristina Dela Cruz", "mc.delacruz@proton.me")

add(slug="filipino-proton-upload-limit-video", type="elearning_support", lang="en",
    date="2026-11-27 10:07:30", tz="+0800", client="proton", frm=_CRISTINA,
    subject="Cannot upload demo video to WLD-3.08",
    fields={"course_code": "WLD-3.08", "course_name": "Welding Inspection & Quality Control"},
    note="Upload-size problem that opens by thanking for an earlier description change, so change words appear without a request.",
    body="""Hi again P4M team,

Thank you po for updating the description last time, it looks great.

Now I have a different problem: I'm trying to upload a 180 MB video (MIG welding defects demo) to the Week 12 section of Welding Inspection & Quality Control, but the file picker says "The file is too large. The maximum size is 100 MB." Is there a way to raise the limit for my course, or should I put the video somewhere else and just link it?

The students need it before their practical on December 3.

Salamat po,
Cristina

""" + SIG_PROTON)

add(slug="gmail-base64-lupa-password-personal-address", type="elearning_support", lang="id",
    date="2026-11-28 22:48:03", client="gmail", cte="base64",
    frm=("Sinta Oktaviani", "sintaokta07@gmail.com"),
    subject="lupa password elearning",
    fields={},
    note="Lower-case student mail from a personal address with an emoji, base64 text part; expired reset links.",
    body="""permisi kak, saya Sinta mahasiswa Akuntansi angkatan 2025 NIM 3202501044. saya lupa password e-learning, sudah klik "Lupa password?" tapi link reset yang dikirim ke email kampus katanya sudah kedaluwarsa terus, padahal baru saya klik 2 menit kemudian. sudah coba 3x.

boleh minta tolong direset manual kak? saya kirim dari email pribadi karena email kampus juga harus login SSO yang sama 🙏

makasih kak
""")

add(slug="karyawan-shift-worker-course-hilang", type="elearning_support", lang="id",
    date="2026-11-21 08:12:55", client="roundcube",
    frm=("Darmawan Saputra", "darmawan.saputra@students.polibatam.ac.id"),
    subject="Course kelas karyawan tidak muncul di dashboard",
    fields={"course_name": "Rangkaian Listrik 2"},
    note="Shift-working night-class student; a course vanished from the dashboard, with a deadline that only explains urgency.",
    body="""Selamat pagi,

Saya Darmawan, mahasiswa kelas karyawan D3 Teknik Elektronika Manufaktur semester 3, kerja shift di salah satu PT di Muka Kuning. Sejak Senin kemarin course Rangkaian Listrik 2 tidak muncul lagi di dashboard saya, padahal minggu lalu masih bisa dibuka. Teman sekelas ada yang bisa, ada yang tidak. Saya sudah logout-login dan ganti browser.

Mohon dicek, karena tugas minggu ini batasnya Minggu malam dan saya cuma bisa buka di hari libur shift.

Terima kasih,
Darmawan Saputra
NIM 3212401088
""")

add(slug="apple-mail-gradebook-export-zero-kb", type="elearning_support", lang="mixed",
    date="2026-12-01 14:26:13", client="apple",
    frm=("Nadia Kusuma", "nadia.kusuma@polibatam.ac.id"),
    subject="Export nilai gradebook error",
    fields={"course_code": "MM-2212", "course_name": "UI/UX Design"},
    note="Same lecturer who asked for a key change earlier, now with a gradebook export bug; a second course code is mentioned as working fine.",
    body="""Hi tim P4M,

Sorry ganggu lagi 🙏. Aku mau export grades dari course UI/UX Design (MM-2212) ke Excel buat input nilai UTS ke SIAKAD, tapi setiap klik "Download" di Export > Excel spreadsheet, yang kedownload cuma file 0 KB. Udah coba di Safari dan Chrome, same result. Course lain (MM-2208) normal-normal aja.

Deadline input nilai di SIAKAD tanggal 4 Desember, so it's kinda urgent.

Thanks!
Nadia
""")

_ENDANG = ("Endang Kurniasih", "endang.kurniasih@polibatam.ac.id")

add(slug="owa-re-indonesian-quote-still-locked", type="elearning_support", lang="id",
    date="2026-11-23 07:31:19", client="owa", frm=_ENDANG,
    subject="RE: [P4M #2355] Akun e-learning terkunci",
    irt_msgid=hd_mid(2355, "2026-11-20 16:02"),
    fields={},
    note="Reply on an existing ticket above an OWA 'Dari/Dikirim/Kepada/Perihal' quote of the helpdesk's own answer.",
    body="""Selamat pagi Mbak,

Terima kasih balasannya. Sudah saya coba sesuai petunjuk (tunggu 30 menit lalu login ulang), tapi masih muncul "Your account has been locked" setiap kali login. Saya perlu masuk untuk mengunggah daftar hadir pelatihan pegawai hari ini sebelum jam 12.

Mohon dibantu buka kuncinya dari admin.

Salam,
Endang Kurniasih
Bagian Kepegawaian

""" + owa_hdr_id("2026-11-20 16:02", *HD, to="Endang Kurniasih <endang.kurniasih@polibatam.ac.id>",
                 subject="[P4M #2355] Akun e-learning terkunci") + """

Yth. Ibu Endang,

Akun Ibu terkunci otomatis setelah 5 kali gagal login. Kunci akan terbuka sendiri setelah 30 menit; silakan coba login kembali setelah itu dengan kata sandi SSO terbaru.

Salam,
Tim Helpdesk P4M
""")

_YUKI = ("Yuki Morimoto", "y.morimoto@kitakyushu-ct.ac.jp")

add(slug="japanese-exchange-students-no-materials", type="elearning_support", lang="en",
    date="2026-11-27 16:12:44", tz="+0900", client="owa", frm=_YUKI,
    subject="Exchange students cannot see course materials",
    fields={"course_code": "JBC-101", "course_name": "Japanese Business Communication"},
    note="Exchange coordinator in JST reports an enrolment problem with user names and a session date.",
    body="""Dear P4M Helpdesk,

Three of our students joined the course "Japanese Business Communication" (JBC-101) using the accounts you issued last month. They can log in, but when they open the course they see "You cannot enrol yourself in this course" and no materials. Their user names are nitkit.s01, nitkit.s02 and nitkit.s05.

Could you check whether they are enrolled? The next joint session is on December 4.

Best regards,

Yuki Morimoto
International Exchange Office
National Institute of Technology, Kitakyushu College
""")

add(slug="proton-h5p-blank-tefa-instructor", type="elearning_support", lang="mixed",
    date="2026-11-26 19:45:36", client="proton",
    frm=("Yogi Firmansyah", "yogi.firmansyah@proton.me"),
    subject="H5P interactive video blank di course TEFA",
    fields={"course_name": "Production Management for Teaching Factory"},
    note="TEFA lab instructor on a personal Proton address (base64 parts); a plugin display problem in mixed language.",
    body="""Halo P4M,

Saya instruktur lab TEFA. H5P interactive video yang saya pasang di course Production Management for Teaching Factory cuma tampil kotak putih kosong, no error message at all. Di laptop saya (Firefox) blank, di HP mahasiswa (Chrome Android) juga blank. Video aslinya YouTube unlisted, sudah saya cek bisa diputar langsung.

Is this a plugin issue after the last update? Sebelum tanggal 20 November masih normal.

Thanks,
Yogi Firmansyah
Instruktur Lab TEFA

""" + SIG_PROTON)

add(slug="batak-student-k9-presensi-qr", type="elearning_support", lang="id",
    date="2026-12-02 10:52:21", client="k9",
    frm=("Ruth Hutabarat", "ruth.hutabarat@students.polibatam.ac.id"),
    subject="Presensi QR tidak bisa dipindai",
    fields={"course_name": "Sistem Digital"},
    note="Batak Toba student voice on K-9; attendance plugin error quoted in English.",
    body="""Horas, selamat siang kakak admin.

Saya Ruth Hutabarat, mahasiswa TRE-1B. Tadi di kelas Sistem Digital, waktu scan QR presensi di e-learning, HP saya selalu keluar "This session is not currently open" padahal dosen sudah buka sesinya dan teman-teman sebelah bisa. Saya jadi tercatat alpa, padahal hadir. Bah, sudah tiga kali begini.

Mohon dicek ya kak, apakah ada masalah di akun saya.

Mauliate,
Ruth
""" + SIG_K9)

# ------------------------------------------------------------------ document_request (7)

add(slug="uld-accessible-format-sop-guide", type="document_request", lang="id",
    date="2026-11-30 15:30:02", client="owa", frm=_AYU,
    subject="Permintaan dokumen SOP dan Panduan dalam format aksesibel",
    fields={},
    note="Disability-services officer asks for two documents in a screen-reader-friendly format, not for a course change.",
    body="""Yth. Tim P4M,

Menindaklanjuti pendampingan mahasiswa dengan hambatan penglihatan minggu lalu, kami memerlukan dokumen berikut dalam format yang dapat dibaca pembaca layar (DOCX atau PDF bertag, bukan hasil pindaian):
1. SOP Layanan Helpdesk E-Learning P4M
2. Panduan Penggunaan E-Learning untuk Mahasiswa (versi terbaru)

Dokumen yang ada di laman P4M saat ini berupa gambar hasil scan, sehingga tidak bisa dibacakan oleh NVDA. Dokumen akan kami gunakan untuk orientasi mahasiswa penyandang disabilitas semester depan.

Terima kasih.

Hormat saya,
Ayu Lestari Nasution, M.Psi.
Unit Layanan Disabilitas
""")

add(slug="partner-quality-docs-gmail-en-forward", type="document_request", lang="en",
    date="2026-11-25 13:55:40", client="gmail",
    frm=("Andi Pratama", "andi.pratama@polibatam.ac.id"),
    subject="Fwd: Request for quality assurance documents (joint programme review)",
    fields={},
    note="Cooperation office forwards a Singapore partner's list of quality documents (SPMI manual, SOP, RPS template) with an English Gmail forward header.",
    body="""Dear P4M colleagues,

Please see the request from our partner below. Could you share the documents they list, or tell me which ones we may send externally? Their review meeting is on 10 December.

Thank you,
Andi

""" + gmail_fwd_en("2026-11-25 12:40", "Goh Mei Ling", "meiling.goh@tnla.edu.sg",
                   "Request for quality assurance documents (joint programme review)",
                   "Andi Pratama <andi.pratama@polibatam.ac.id>") + """


Dear Andi,

For our annual joint programme review, could Polibatam provide:
- the internal quality assurance (SPMI) manual,
- the standard operating procedure for course evaluation,
- a blank template of the course lesson plan (RPS), in English if available.

PDF is fine. Thank you very much.

Best regards,
Goh Mei Ling
Academic Quality Office, Temasek-Nexus Logistics Academy
""")

add(slug="magister-owa-rps-rtm-templates", type="document_request", lang="id",
    date="2026-11-20 10:31:27", client="owa",
    frm=("Nur Aisyah Rahmadani", "sekretariat.mtrk@polibatam.ac.id"),
    subject="Permohonan templat RPS dan RTM untuk Magister Terapan",
    fields={},
    note="Applied-master's secretariat asks for lesson-plan templates for the master's level.",
    body="""Yth. Tim P4M,

Mohon izin, kami dari Sekretariat Program Studi Magister Terapan Teknik Rekayasa Komputer memerlukan templat Rencana Pembelajaran Semester (RPS) dan Rencana Tugas Mahasiswa (RTM) versi terbaru yang berlaku untuk jenjang magister terapan. Templat yang kami pegang masih versi 2023 untuk jenjang D4.

Apabila ada, kami juga mohon contoh RPS yang sudah terisi sebagai acuan bagi dosen.

Terima kasih atas bantuannya.

Hormat kami,
Nur Aisyah Rahmadani, S.E.
Sekretariat Program Studi Magister Terapan Teknik Rekayasa Komputer
""")

add(slug="tefa-bap-docx-and-draft-sop", type="document_request", lang="id",
    date="2026-11-22 16:40:15", client="gmail",
    frm=("Dimas Prasetyo Wibowo", "dimas.wibowo@polibatam.ac.id"),
    subject="Minta formulir BAP dan SOP pembelajaran TEFA",
    fields={},
    note="TEFA coordinator asks for an editable BAP form and an SOP, accepting a draft.",
    body="""Halo tim P4M,

Untuk akreditasi unit TEFA bulan depan, kami perlu:
- Formulir Berita Acara Perkuliahan (BAP) versi yang bisa diisi (DOCX), bukan PDF
- SOP Pelaksanaan Pembelajaran berbasis Teaching Factory, kalau sudah disahkan

Kalau SOP-nya masih draf, boleh juga dikirim draf terakhirnya, nanti kami sesuaikan.

Terima kasih,
Dimas Prasetyo Wibowo
Koordinator TEFA
""")

add(slug="korean-english-lesson-plan-template", type="document_request", lang="en",
    date="2026-11-30 10:15:33", tz="+0900", client="gmail", relay="google",
    frm=("Park Ji-hoon", "jihoon.park@hanbit-robotics.co.kr"),
    subject="Lesson plan template in English?",
    fields={},
    note="Korean industry instructor asks for an English RPS template and a rubric guideline; short, with a question-mark subject.",
    body="""Dear P4M Helpdesk,

The Mechatronics program asked me to prepare the semester lesson plan (they call it RPS) for next semester's robotics module. Do you have the official RPS template in English? My Indonesian is not good enough to fill in the Indonesian version correctly.

If there is also a guideline for the assessment rubric, please send it too.

Thank you,
Park Ji-hoon
Hanbit Robotics Co., Ltd.
""")

add(slug="pkl-roundcube-logbook-template-sop-mixed", type="document_request", lang="mixed",
    date="2026-11-24 08:16:50", client="roundcube",
    frm=("Rahmat Hidayatullah", "rahmat.hidayatullah@polibatam.ac.id"),
    subject="Request: template logbook PKL & SOP magang",
    fields={},
    note="Internship coordinator code-switching; asks for a logbook template and an SOP that partner companies want before signing.",
    body="""Pagi tim P4M,

Boleh minta file template logbook PKL yang terbaru dan SOP Pelaksanaan Magang/PKL? Beberapa perusahaan mitra minta dokumen resminya before they sign the MoA, dan yang ada di saya masih versi 2024.

Kalau ada versi English-nya juga, that would be great, karena dua mitra kami perusahaan Singapura.

Thanks,
Rahmat Hidayatullah
Koordinator PKL/Magang Jurusan Manajemen Bisnis
""")

add(slug="gpm-fairemail-instrumen-monev-daring", type="document_request", lang="id",
    date="2026-11-26 11:18:09", client="fairemail",
    frm=("Agustina Wulandari", "agustina.wulandari@polibatam.ac.id"),
    subject="Instrumen monev pembelajaran daring",
    fields={},
    note="Quality-assurance group member asks for the online-learning monitoring instrument; no form, SOP or template word in the subject.",
    body="""Selamat siang Bapak/Ibu P4M,

Saya anggota Gugus Penjaminan Mutu Jurusan Teknik Elektro. Untuk monev akhir semester ganjil, kami diminta memakai instrumen monitoring dan evaluasi pembelajaran daring yang terbaru dari P4M. Mohon dikirimkan instrumennya beserta panduan pengisian jika ada.

Terima kasih.

Agustina Wulandari, S.T., M.T.
GPM Jurusan Teknik Elektro
""")

# ------------------------------------------------------------------ other (7)

add(slug="thanks-reply-names-course-and-lecturer", type="other", lang="id",
    date="2026-11-27 08:40:31", client="gmail", frm=_FIKRI,
    subject="Re: [P4M #2384] Kuis Statistika Bisnis error waktu submit",
    irt_msgid=hd_mid(2384, "2026-11-25 08:05"),
    fields={"course_name": "Statistika Bisnis"},
    note="Thanks on a resolved ticket that names the course and the lecturer who reopened the quiz; no new request.",
    body="""Selamat pagi kak,

Mau kabari saja, kuis 5 Statistika Bisnis saya sudah dibuka ulang oleh Ibu Putri Handayani dan sudah berhasil saya submit semalam. Terima kasih banyak atas bantuan tim P4M yang cepat sekali responsnya 🙏

Salam,
Fikri Ramadhan
MB-2A

""" + gmail_attr_id("2026-11-25 08:05", *HD) + """
""" + q("""Halo Fikri,

Error pada kuis sudah kami perbaiki. Kami juga sudah menghubungi dosen pengampu agar memberi kesempatan mengerjakan ulang (override) untuk akun Anda.

Salam,
Tim Helpdesk P4M"""))

add(slug="question-whether-rename-mid-semester", type="other", lang="id",
    date="2026-11-24 13:02:58", client="roundcube",
    frm=("Siti Maryam", "siti.maryam@polibatam.ac.id"),
    subject="Pertanyaan: bisakah nama MK diubah di tengah semester?",
    fields={"course_code": "ANM-1103", "course_name": "Menggambar Bentuk"},
    note="Asks whether a rename is possible and names both the course and a candidate new name, but says the formal request will come later.",
    body="""Selamat siang tim P4M,

Saya mau bertanya dulu sebelum mengajukan. Apakah nama mata kuliah di e-learning memang boleh diubah di tengah semester? Kami di Prodi Animasi sedang membahas kemungkinan mengganti nama MK Menggambar Bentuk (ANM-1103) menjadi Gambar Dasar Animasi, tapi saya khawatir nilai yang sudah masuk atau riwayat aktivitas mahasiswa ikut hilang kalau namanya diganti.

Kalau memang aman, nanti Kaprodi yang akan mengirim permohonan resminya.

Terima kasih.

Siti Maryam, M.Sn.
Prodi Animasi
""")

add(slug="k9-already-changed-myself-ignore", type="other", lang="id",
    date="2026-11-27 07:55:16", client="k9",
    frm=("Ratna Juwita", "ratna.juwita@polibatam.ac.id"),
    subject="Re: kunci enrol akuntansi manajemen kls karyawan",
    irt_ref="karyawan-k9-late-night-key-prose",
    fields={"course_name": "Akuntansi Manajemen"},
    note="Withdraws an earlier request because the lecturer already changed the key herself; the whole earlier request, key included, is quoted below.",
    body="""Pagi tim,

Abaikan email saya yang Rabu malam ya. Ternyata kunci enrol Akuntansi Manajemen bisa saya ganti sendiri lewat menu Enrolment methods > Self enrolment, dan sudah saya ubah tadi malam. Sudah dicoba mahasiswa, aman.

Makasih, maaf merepotkan.

Ratna
""" + SIG_K9 + """

""" + k9_attr("2026-11-25 22:41:17", "Ratna Juwita", "ratna.juwita@polibatam.ac.id") + """
""" + q("""Malam tim helpdesk,

maaf baru sempat kirim jam segini, baru pulang ngajar kelas karyawan.

Mhn bantu utk MK Akuntansi Manajemen (AKM-K 305) kelas karyawan semester 3. Enrolment key yg sekarang sudah kesebar di grup WA angkatan lain, jadi tolong diganti menjadi Malam305-Ganjil ya. Mahasiswa kelas karyawan biasanya baru buka e-learning hari Sabtu, jadi asal sebelum Sabtu sudah aman.

Makasih banyak.

Ratna""", bare=True))

add(slug="owa-plan-next-semester-merge-courses", type="other", lang="id",
    date="2026-11-28 09:10:44", client="owa",
    frm=("Irwan Setiadi", "irwan.setiadi@polibatam.ac.id"),
    subject="Informasi rencana penggabungan MK semester genap",
    fields={"course_code": "IF-2201", "course_name": "Pemrograman Berorientasi Objek"},
    note="A plan for next semester (two courses merged into one of 4 SKS) that explicitly needs no change now.",
    body="""Yth. Tim P4M,

Sekadar informasi awal: pada semester genap 2026/2027 Jurusan Teknik Informatika berencana menggabungkan MK Pemrograman Berorientasi Objek (IF-2201) dan Praktikum Pemrograman Berorientasi Objek (IF-2202) menjadi satu MK 4 SKS. Keputusan finalnya menunggu rapat senat bulan Januari.

Untuk saat ini belum ada yang perlu diubah di e-learning. Setelah SK kurikulum terbit, kami akan mengirim permohonan resmi beserta rinciannya.

Terima kasih.

Salam,
Dr. Irwan Setiadi
Ketua Jurusan Teknik Informatika
""")

add(slug="filipino-honorarium-misdirected", type="other", lang="en",
    date="2026-11-30 17:44:29", tz="+0800", client="proton", frm=_CRISTINA,
    subject="Question about my honorarium for November",
    fields={},
    note="Misdirected payment question from the visiting instructor; mentions a contract and a department office, nothing for e-learning.",
    body="""Hello P4M team,

Sorry to bother you with something that may not be your area. My contract says the honorarium for the visiting instructor sessions is paid at the end of each month, but I have not received anything for October and November yet. I asked the Mechanical Engineering office and they told me to "email P4M". Is this correct, or should I contact the finance unit directly? If so, could you share their e-mail address?

Thank you po,
Cristina

""" + SIG_PROTON)

add(slug="vendor-proctoring-offer-mixed", type="other", lang="mixed",
    date="2026-11-26 14:21:33", client="gmail",
    frm=("Kevin Wijaya", "kevin.wijaya@edutekno.id"), relay="google",
    subject="Penawaran: AI proctoring plugin untuk Moodle Polibatam",
    fields={},
    note="Code-switching vendor cold mail offering a Moodle plugin trial and a demo; Moodle vocabulary but no request.",
    body="""Selamat siang Bapak/Ibu tim P4M,

Perkenalkan, saya Kevin dari EduTekno Solusi Indonesia. Kami provider AI-based proctoring plugin untuk Moodle yang sudah dipakai 40+ kampus, with features seperti face detection, browser lockdown, dan auto-report ke dosen.

Kami ingin offer free trial 30 hari untuk ujian akhir semester ganjil di Polibatam, plus onsite training tanpa biaya untuk admin e-learning. Boleh kami minta waktu 30 menit untuk online demo minggu depan? Deck presentasi bisa saya kirim kalau berkenan.

Best regards,
Kevin Wijaya
Partnership Manager | EduTekno Solusi Indonesia
+62 812-7788-1020 | www.edutekno.id
""")

add(slug="timor-leste-itas-letter-misdirected", type="other", lang="id",
    date="2026-12-02 11:36:57", client="fairemail", frm=_JOAQUIM, relay="google",
    subject="Surat keterangan aktif kuliah untuk perpanjangan ITAS",
    fields={},
    note="Asks for an enrolment certificate for an immigration permit, which is the academic office's business, not a P4M document; Tetum and Portuguese greetings.",
    body="""Boatarde (selamat siang) maun no mana sira,

Ha'u Joaquim lagi, yang minggu lalu tidak bisa login. Sekarang sudah bisa, obrigadu barak.

Sekarang saya perlu surat keterangan aktif kuliah untuk perpanjangan ITAS di Kantor Imigrasi Batam, harus diserahkan sebelum 15 Desember. Apakah surat itu bisa diminta di P4M, atau harus ke bagian akademik? Saya bingung harus ke mana karena di grup mahasiswa internasional ada yang bilang lewat email helpdesk.

Obrigadu,
Joaquim da Costa Soares
Teknik Informatika, NIM 4312401077
""")

# ------------------------------------------------------------------ auto (6): machine mail, no ticket

def _ics_decline(e):
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VEVENT",
        "ATTENDEE;PARTSTAT=DECLINED;CN=Ruang Rapat Gedung Utama Lt. 4:mailto:ruang.rapat.gu4@polibatam.ac.id",
        "COMMENT;LANGUAGE=id-ID:Ruangan sudah dipesan untuk kegiatan lain pada waktu te",
        " rsebut.\\n",
        "SUMMARY;LANGUAGE=id-ID:Ditolak: Rapat Evaluasi Layanan Helpdesk P4M Semester ",
        " Ganjil",
        "DTSTART:20261202T020000Z", "DTEND:20261202T040000Z",
        "UID:040000008200E00074C5B7101A82E00800000000%s" % hexid(e["slug"], "uid", 48, True),
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20261126T010211Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=id-ID:Ruang Rapat Gedung Utama Lt. 4",
        "END:VEVENT", "END:VCALENDAR", ""])
    return ics


_DECLINE_TXT = """Permintaan rapat Anda ditolak.

Ruang Rapat Gedung Utama Lt. 4 tidak tersedia pada waktu yang diminta karena sudah dipesan untuk kegiatan lain:
Rabu, 02 Desember 2026 09.00-11.00 (UTC+07:00) Bangkok, Hanoi, Jakarta

Pesan ini dikirim otomatis oleh asisten pemesanan sumber daya. Silakan pilih waktu lain atau hubungi pengelola ruangan di Bagian Umum (ext. 1010).
"""


def _decline_root(e):
    slug = e["slug"]
    core = "SI2PR06MB%04d%s" % (rng(slug, "srv", 1000, 9999), hexid(slug, "bnd", 24, True))
    tp = text_part(_DECLINE_TXT, 'text/plain; charset="us-ascii"', "quoted-printable")
    hp = text_part(html_owa(_DECLINE_TXT), 'text/html; charset="us-ascii"', "quoted-printable")
    cal = Message()
    cal["Content-Type"] = 'text/calendar; charset="utf-8"; method=REPLY'
    cal["Content-Transfer-Encoding"] = "base64"
    cal.set_payload(base64.encodebytes(_ics_decline(e).encode("utf-8")).decode("ascii"))
    return multipart("alternative", [tp, hp, cal], "_000_%s_" % core)


_INVITE = "<p4m.invite.20261126005800.7d2c@helpdesk.polibatam.ac.id>"


def _decline_headers(e):
    d = parse_when(e["date"])
    srv = "SI2PR06MB%04d" % rng(e["slug"], "srv", 1000, 9999)
    return env(e, d) + [
        ("From", "Ruang Rapat Gedung Utama Lt. 4 <ruang.rapat.gu4@polibatam.ac.id>"),
        ("To", "Helpdesk P4M Polibatam <%s>" % HELPDESK),
        ("Subject", e["subject"]),
        ("Thread-Topic", "Rapat Evaluasi Layanan Helpdesk P4M Semester Ganjil"),
        ("Thread-Index", base64.b64encode(b"\x01" + _h(e["slug"], "ti")[:26]).decode()),
        ("Date", rfc_date(d)), ("Message-ID", e["msgid"]),
        ("References", _INVITE), ("In-Reply-To", _INVITE),
        ("Accept-Language", "id-ID, en-US"), ("Content-Language", "id-ID"),
        ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
        ("X-MS-Exchange-Generated-Message-Source", "Resource Booking Attendant"),
        ("Content-Class", "urn:content-classes:calendarmessage"),
        ("__BODY__", None), ("MIME-Version", "1.0")]


add(slug="room-resource-calendar-auto-decline", type="auto", lang="id",
    date="2026-11-26 08:02:11", client="raw", relay="outlook",
    frm=("Ruang Rapat Gedung Utama Lt. 4", "ruang.rapat.gu4@polibatam.ac.id"),
    msgid="<%s@SI2PR06MB2231.apcprd06.prod.outlook.com>" % "SI2PR06MB2231D4A1E07C3B9F0A1E55C2B8F1A",
    subject="Ditolak: Rapat Evaluasi Layanan Helpdesk P4M Semester Ganjil",
    headers=_decline_headers, root=_decline_root, fields={},
    note="A meeting-room mailbox auto-declines the helpdesk's invitation: text/calendar METHOD:REPLY, no RFC 3834 header, no-reply words only in the body.")

_TEAMS_TXT = """Microsoft Teams

Helpdesk P4M, your teammates are trying to reach you in Microsoft Teams.

3 unread messages in P4M - Layanan E-Learning > Koordinasi Helpdesk

Dimas Prasetyo Wibowo  Thursday 13:41
@Helpdesk P4M tolong ganti short name course TEFA-PM01 jadi TEFA-PM01-B3 ya, sudah saya kirim juga lewat email

Rina Marlina  Thursday 14:02
Sudah masuk tiketnya Pak, nanti sore kami proses

Nadia Kusuma  Friday 16:20
Pengumuman UTS untuk MM-2212 sudah bisa ditayangkan belum ya? Judulnya "Jadwal UTS UI/UX Design"

Open Microsoft Teams
https://teams.microsoft.com/l/channel/19%3Ap4m-koordinasi-helpdesk%40thread.tacv2/Koordinasi%20Helpdesk

This email was sent from an unmonitored mailbox. You are receiving this email because you have missed activity in Microsoft Teams. Update your email notification settings in Teams: Settings > Notifications and activity > Email.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA
"""

_TEAMS_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Microsoft Teams</title></head>
<body style="margin:0;padding:0;background:#f5f5f5;font-family:'Segoe UI',Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f5"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px 32px;background:#464775;color:#ffffff;font-size:20px">Microsoft Teams</td></tr>
<tr><td style="padding:24px 32px;font-size:16px">Helpdesk P4M, your teammates are trying to reach you in Microsoft Teams.</td></tr>
<tr><td style="padding:0 32px;font-size:13px;color:#616161">3 unread messages in <b>P4M - Layanan E-Learning &gt; Koordinasi Helpdesk</b></td></tr>
<tr><td style="padding:12px 32px"><b>Dimas Prasetyo Wibowo</b> <span style="color:#888">Thursday 13:41</span><br>@Helpdesk P4M tolong ganti short name course TEFA-PM01 jadi TEFA-PM01-B3 ya, sudah saya kirim juga lewat email</td></tr>
<tr><td style="padding:12px 32px"><b>Rina Marlina</b> <span style="color:#888">Thursday 14:02</span><br>Sudah masuk tiketnya Pak, nanti sore kami proses</td></tr>
<tr><td style="padding:12px 32px"><b>Nadia Kusuma</b> <span style="color:#888">Friday 16:20</span><br>Pengumuman UTS untuk MM-2212 sudah bisa ditayangkan belum ya? Judulnya "Jadwal UTS UI/UX Design"</td></tr>
<tr><td style="padding:24px 32px"><a href="https://teams.microsoft.com/l/channel/19%3Ap4m-koordinasi-helpdesk%40thread.tacv2/Koordinasi%20Helpdesk" style="background:#6264a7;color:#fff;padding:10px 18px;text-decoration:none">Open Microsoft Teams</a></td></tr>
<tr><td style="padding:24px 32px;font-size:11px;color:#888">This email was sent from an unmonitored mailbox. You are receiving this email because you have missed activity in Microsoft Teams. Update your email notification settings in Teams: Settings &gt; Notifications and activity &gt; Email.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA</td></tr>
</table></td></tr></table></body></html>
"""


def _teams_root(e):
    return multipart("alternative", [text_part(_TEAMS_TXT, "text/plain; charset=utf-8", "quoted-printable"),
                                     text_part(_TEAMS_HTML, "text/html; charset=utf-8", "quoted-printable")],
                     "=-%s" % alnum(e["slug"], "b", 22))


def _teams_headers(e):
    d = parse_when(e["date"], e["tz"])
    return [("Return-Path", "<bounce-teams@email.teams.microsoft.com>"),
            ("Received", "from NAM11-DM6-obe.outbound.protection.outlook.com (mail-dm6nam11on2092.outbound.protection."
                         "outlook.com [40.107.223.92]) by mx.polibatam.ac.id (Postfix) with ESMTPS id %s for <%s>; %s"
             % (alnum(e["slug"], "qid", 12, "0123456789ABCDEF"), HELPDESK,
                rfc_date(d.astimezone(WIB) + dt.timedelta(seconds=4), pad=False, suffix=" (WIB)"))),
            ("From", "Microsoft Teams <noreply@email.teams.microsoft.com>"),
            ("To", "Helpdesk P4M <%s>" % HELPDESK),
            ("Subject", e["subject"]), ("Date", rfc_date(d)), ("Message-ID", e["msgid"]),
            ("MIME-Version", "1.0"), ("__BODY__", None),
            ("X-MS-Exchange-Organization-SCL", "1")]


add(slug="teams-missed-activity-digest", type="auto", lang="en",
    date="2026-11-28 01:30:05", tz="+0000", client="raw",
    frm=("Microsoft Teams", "noreply@email.teams.microsoft.com"),
    msgid="<7a1e0c55-3d2b-4f7e-9b10-5c8e2a4f9d61@az.southeastasia.production.microsoft.com>",
    subject="You have 3 unread messages in P4M - Layanan E-Learning",
    headers=_teams_headers, root=_teams_root, fields={},
    note="Teams missed-activity digest (UTC date) quoting a short-name change and an announcement title; only the no-reply sender marks it as machine mail.")

_GH_ISSUE = "<polibatam-p4m/moodle-sync/issues/41@github.com>"
_GH_TXT = """@helpdesk-p4m could you confirm which value you want for the class field? The ticket says the class of TI-5203 (Data Mining) should become "TI-5A & MBKM Inbound", but the nightly sync job still pushes "TI-5A" from SIAKAD, so the manual change on Moodle gets overwritten every morning.

I can add an override table for this course. Please reply here on the issue (not by e-mail to the helpdesk) once you decide.

\u2014
Reply to this email directly, view it on GitHub:
https://github.com/polibatam-p4m/moodle-sync/issues/41#issuecomment-3601785542
You are receiving this because you were mentioned.

Message ID: <polibatam-p4m/moodle-sync/issues/41/3601785542@github.com>
"""
_GH_HTML = """<p></p>
<p dir="auto"><a class="user-mention notranslate" href="https://github.com/helpdesk-p4m">@helpdesk-p4m</a> could you confirm which value you want for the class field? The ticket says the class of TI-5203 (Data Mining) should become "TI-5A &amp; MBKM Inbound", but the nightly sync job still pushes "TI-5A" from SIAKAD, so the manual change on Moodle gets overwritten every morning.</p>
<p dir="auto">I can add an override table for this course. Please reply here on the issue (not by e-mail to the helpdesk) once you decide.</p>

<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="https://github.com/polibatam-p4m/moodle-sync/issues/41#issuecomment-3601785542">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/AB3P4MHELPDESK7QX2LKM3VDN5ZCAVCNFSM6AAAAABP4M">unsubscribe</a>.<br />You are receiving this because you were mentioned.<img src="https://github.com/notifications/beacon/AB3P4MHELPDESK7QX2LKM3VDN5ZCA.gif" height="1" width="1" alt="" /><span style="color: transparent; font-size: 0; display: none; visibility: hidden; overflow: hidden; opacity: 0; width: 0; height: 0; max-width: 0; max-height: 0; mso-hide: all">Message ID: <span>&lt;polibatam-p4m/moodle-sync/issues/41/3601785542</span><span>@</span><span>github</span><span>.</span><span>com&gt;</span></span></p>
"""


def _gh_root(e):
    b = "--==_mimepart_%s_%d" % (hexid(e["slug"], "b", 13), rng(e["slug"], "bn", 100000, 999999))
    return multipart("alternative", [text_part(_GH_TXT, "text/plain; charset=UTF-8", "quoted-printable"),
                                     text_part(_GH_HTML, "text/html; charset=UTF-8", "quoted-printable")],
                     b, extra="; charset=UTF-8")


def _gh_headers(e):
    d = parse_when(e["date"], e["tz"])
    tok = "AB3P4M" + alnum(e["slug"], "tok", 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    return [("Return-Path", "<noreply@github.com>"),
            ("Received", "from out-21.smtp.github.com (out-21.smtp.github.com [192.30.252.204]) by mx.polibatam.ac.id "
                         "(Postfix) with ESMTPS id %s for <%s>; %s"
             % (alnum(e["slug"], "qid", 12, "0123456789ABCDEF"), HELPDESK,
                rfc_date(d.astimezone(WIB) + dt.timedelta(seconds=2), pad=False, suffix=" (WIB)"))),
            ("Date", rfc_date(d)), ("From", "Bayu Anggara <notifications@github.com>"),
            ("Reply-To", "polibatam-p4m/moodle-sync <reply+%s@reply.github.com>" % tok),
            ("To", "polibatam-p4m/moodle-sync <moodle-sync@noreply.github.com>"),
            ("Cc", "Helpdesk P4M <%s>, Mention <mention@noreply.github.com>" % HELPDESK),
            ("Message-ID", e["msgid"]), ("In-Reply-To", _GH_ISSUE), ("References", _GH_ISSUE),
            ("Subject", e["subject"]), ("Mime-Version", "1.0"), ("__BODY__", None),
            ("Content-Transfer-Encoding", "7bit"), ("Precedence", "list"),
            ("X-GitHub-Sender", "bayuanggara"), ("X-GitHub-Recipient", "helpdesk-p4m"),
            ("X-GitHub-Reason", "mention"),
            ("List-ID", "polibatam-p4m/moodle-sync <moodle-sync.polibatam-p4m.github.com>"),
            ("List-Archive", "https://github.com/polibatam-p4m/moodle-sync"),
            ("List-Post", "<mailto:reply+%s@reply.github.com>" % tok),
            ("List-Unsubscribe", "<mailto:unsub+%s@reply.github.com>, "
                                 "<https://github.com/notifications/unsubscribe/%s>" % (tok, tok)),
            ("X-Auto-Response-Suppress", "All"), ("X-GitHub-Recipient-Address", HELPDESK)]


add(slug="github-issue-mention-class-value", type="auto", lang="en",
    date="2026-11-30 19:04:11", tz="-0800", client="raw",
    frm=("Bayu Anggara", "notifications@github.com"),
    msgid="<polibatam-p4m/moodle-sync/issues/41/3601785542@github.com>",
    subject="Re: [polibatam-p4m/moodle-sync] Class field of TI-5203 overwritten by nightly sync (Issue #41)",
    headers=_gh_headers, root=_gh_root, fields={},
    note="GitHub issue mention in Pacific time that quotes a course code and a class value and asks a question; list headers mark it as bulk.")

_QUOTA_TXT = """Yth. pengguna helpdesk-p4m@polibatam.ac.id,

Ukuran kotak surat Anda telah mencapai 9,2 GB, atau 92% dari kuota 10 GB.

Jika kuota penuh, email baru yang dikirim ke alamat Anda (termasuk permintaan layanan dari dosen dan mahasiswa) akan ditolak oleh server. Mohon hapus pesan yang tidak diperlukan, kosongkan folder Sampah, atau arsipkan lampiran berukuran besar.

Pesan ini dikirim otomatis oleh sistem email Politeknik Negeri Batam. Jangan membalas pesan ini. Untuk penambahan kuota, ajukan permohonan ke UPA TIK melalui https://layanan-tik.polibatam.ac.id.

UPA Teknologi Informasi dan Komunikasi
Politeknik Negeri Batam
"""


def _quota_headers(e):
    d = parse_when(e["date"])
    return [("Return-Path", "<postmaster@polibatam.ac.id>"),
            ("Received", "from mail.polibatam.ac.id (localhost [127.0.0.1]) by mx.polibatam.ac.id (Postfix) "
                         "with ESMTP id %s for <%s>; %s" % (alnum(e["slug"], "qid", 12, "0123456789ABCDEF"), HELPDESK,
                                                          rfc_date(d, pad=False, suffix=" (WIB)"))),
            ("From", "Postmaster <postmaster@polibatam.ac.id>"),
            ("To", "helpdesk-p4m <%s>" % HELPDESK),
            ("Subject", e["subject"]), ("Date", rfc_date(d)), ("Message-ID", e["msgid"]),
            ("MIME-Version", "1.0"), ("__BODY__", None)]


add(slug="mailbox-quota-warning-postmaster", type="auto", lang="id",
    date="2026-11-29 03:00:01", client="raw",
    frm=("Postmaster", "postmaster@polibatam.ac.id"),
    msgid="<1764360001.quota-warn.2231@mail.polibatam.ac.id>",
    subject="Peringatan kuota: kotak surat helpdesk-p4m sudah 92% penuh",
    headers=_quota_headers, root=lambda e: text_part(_QUOTA_TXT, "text/plain; charset=utf-8", "7bit"),
    fields={},
    note="Indonesian mailbox-quota warning from postmaster at 03.00, plain text, no Auto-Submitted or list header.")

add(slug="otomatis-subject-only-autoreply-umrah", type="auto", lang="id",
    date="2026-11-23 09:27:44", client="owa",
    frm=("Budi Hartono", "budi.hartono@polibatam.ac.id"),
    subject="Otomatis: [P4M #2360] Permintaan Anda telah kami terima",
    irt_msgid=hd_mid(2360, "2026-11-23 09:27"),
    fields={},
    note="Auto-reply made by a client-side rule: no auto headers, our ticket tag in the subject, and only the word 'Otomatis' in front of it.",
    body="""Terima kasih atas email Anda.

Saya sedang menjalankan ibadah umrah pada 20 November s.d. 4 Desember 2026 dengan akses email yang terbatas. Email Anda akan saya balas setelah saya kembali.

Untuk keperluan mendesak terkait perkuliahan Prodi Akuntansi Manajerial (perubahan jadwal, nilai, atau pengumuman kelas), silakan menghubungi Sekretariat Jurusan Manajemen Bisnis di ext. 1203.

Salam,
Budi Hartono
""")

_DELAY_ACK = hd_mid(2377, "2026-11-24 10:40")
_DELAY_TXT = """Delivery is delayed to these recipients or groups:

Andi Saputra (andi.saputra@yahoo.co.id)

Subject: [P4M #2377] Permintaan Anda telah kami terima

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 55 minutes. You'll be notified if the message can't be delivered by that time.
"""
_DELAY_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body dir="ltr"><p><b><font color="#000066" size="3" face="Arial">Delivery is delayed to these recipients or groups:</font></b></p>
<p><font color="#000000" size="2" face="Tahoma"><a href="mailto:andi.saputra@yahoo.co.id">Andi Saputra (andi.saputra@yahoo.co.id)</a></font></p>
<p><font color="#000000" size="2" face="Tahoma">Subject: [P4M #2377] Permintaan Anda telah kami terima</font></p>
<p><font color="#000000" size="2" face="Tahoma">This message hasn't been delivered yet. Delivery will continue to be attempted.</font></p>
<p><font color="#000000" size="2" face="Tahoma">The server will keep trying to deliver this message for the next 1 days, 19 hours and 55 minutes. You'll be notified if the message can't be delivered by that time.</font></p>
</body></html>
"""


def _delay_root(e):
    slug = e["slug"]
    core = "SI2PR06MB5140%s" % hexid(slug, "bnd", 24, True)
    alt = multipart("alternative", [text_part(_DELAY_TXT, 'text/plain; charset="us-ascii"', "quoted-printable"),
                                    text_part(_DELAY_HTML, 'text/html; charset="us-ascii"', "quoted-printable")],
                    "_002_%s_" % core)
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    blocks = []
    for pairs in ([("Reporting-MTA", "dns;SI2PR06MB5140.apcprd06.prod.outlook.com"),
                   ("Received-From-MTA", "dns;mail.polibatam.ac.id"),
                   ("Arrival-Date", "Tue, 24 Nov 2026 03:40:11 +0000")],
                  [("Final-Recipient", "rfc822;andi.saputra@yahoo.co.id"), ("Action", "delayed"),
                   ("Status", "4.4.7"), ("Diagnostic-Code", "smtp;451 4.4.7 Message delayed"),
                   ("Remote-MTA", "dns;mta6.am0.yahoodns.net"),
                   ("Will-Retry-Until", "Thu, 26 Nov 2026 03:40:11 +0000"),
                   ("X-Display-Name", "Andi Saputra")]):
        b = Message()
        for k, v in pairs:
            b[k] = v
        blocks.append(b)
    ds.set_payload(blocks)
    hdrs = text_part("From: Helpdesk P4M Polibatam <%s>\nTo: Andi Saputra <andi.saputra@yahoo.co.id>\n"
                     "Subject: [P4M #2377] Permintaan Anda telah kami terima\nDate: Tue, 24 Nov 2026 10:40:09 +0700\n"
                     "Message-ID: %s\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n" % (HELPDESK, _DELAY_ACK),
                     "text/rfc822-headers", "7bit")
    return multipart("report", [alt, ds, hdrs], "_000_%s_" % core, extra="; report-type=delivery-status")


def _delay_headers(e):
    d = parse_when(e["date"], e["tz"])
    return [("Return-Path", "<>"),
            ("Received", "from SI2PR06MB5140.apcprd06.prod.outlook.com (mail-sgaapc01on2112.outbound.protection."
                         "outlook.com [40.107.215.112]) by mx.polibatam.ac.id (Postfix) with ESMTPS id %s for <%s>; %s"
             % (alnum(e["slug"], "qid", 12, "0123456789ABCDEF"), HELPDESK,
                rfc_date(d.astimezone(WIB) + dt.timedelta(seconds=3), pad=False, suffix=" (WIB)"))),
            ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@polibatam.onmicrosoft.com>"),
            ("To", HELPDESK), ("Date", rfc_date(d)), ("Subject", e["subject"]),
            ("Thread-Topic", "[P4M #2377] Permintaan Anda telah kami terima"),
            ("Message-ID", e["msgid"]), ("References", _DELAY_ACK), ("In-Reply-To", _DELAY_ACK),
            ("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes"),
            ("X-MS-Exchange-Message-Is-Ndr", ""), ("X-MS-TNEF-Correlator", ""),
            ("Auto-Submitted", "auto-generated"), ("__BODY__", None), ("MIME-Version", "1.0")]


add(slug="exchange-online-delivery-delayed-ack", type="auto", lang="en",
    date="2026-11-24 07:45:30", tz="+0000", client="raw",
    frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@polibatam.onmicrosoft.com"),
    msgid="<b6e2f0c4-91d3-4a57-8e0f-3c2a7d1e9b84@SI2PR06MB5140.apcprd06.prod.outlook.com>",
    subject="Delivery delayed:[P4M #2377] Permintaan Anda telah kami terima",
    headers=_delay_headers, root=_delay_root, fields={},
    note="Exchange Online delayed-delivery report (Action: delayed, not a failure) about one of our own acknowledgements, dated in UTC.")


# ==========================================================================================
# writing and checking
# ==========================================================================================

def _norm(s):
    return re.sub(r"\s+", " ", s).strip()


def visible_text(msg):
    out = [str(msg.get("subject", ""))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if part.get_content_disposition() == "attachment":
            if ct == CT_DOCX:
                out.append(docx_text(part.get_payload(decode=True)))
            continue
        if ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            out.append(html.unescape(re.sub(r"<[^>]+>", " ", part.get_content())))
    return "\n".join(out)


def verify(data, e, fname):
    import email.policy
    from email.parser import BytesParser
    assert b"\n" not in data.replace(b"\r\n", b""), fname + ": bare LF"
    assert b"\r" not in data.replace(b"\r\n", b""), fname + ": bare CR"
    assert all(len(l) <= 998 for l in data.split(b"\r\n")), fname + ": line too long"
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    for part in msg.walk():
        assert not part.defects, "%s: defects %r" % (fname, part.defects)
    sent = parse_when(e["date"], e.get("tz", "+0700"))
    assert msg["date"].datetime == sent and msg["date"].datetime.utcoffset() == sent.utcoffset(), fname
    assert FIRST_DAY <= sent.date() <= LAST_DAY, fname + ": date out of range"
    assert str(msg["subject"]) == e["subject"], (fname, str(msg["subject"]))
    a = msg["from"].addresses[0]
    assert a.addr_spec == e["frm"][1] and a.display_name == e["frm"][0], (fname, a)
    for part in msg.walk():
        if part.get_content_disposition() == "attachment":
            assert len(part.get_payload(decode=True)) < 30 * 1024, fname
    # labels
    t, f = e["type"], e.get("fields", {})
    assert t in EXPECTED_TYPES and e["lang"] in EXPECTED_LANGS, fname
    assert set(f) <= FIELD_KEYS, fname
    if t in ("course_data", "announcement"):
        pass
    else:
        assert set(f) <= {"course_code", "course_name"}, fname + ": only course fields off course/announcement"
    if t == "announcement":
        assert f.get("scope") in ("course", "site") and "title" in f and "changes" not in f, fname
    if t == "course_data":
        assert f.get("changes") and not ({"title", "scope", "publish_at"} & set(f)), fname
    if "publish_at" in f:
        assert ISO_RE.match(f["publish_at"]), fname
    hay = _norm(visible_text(msg))
    vals = [f[k] for k in ("course_code", "course_name", "title") if k in f]
    for k, v in f.get("changes", {}).items():
        assert k in CHANGE_KEYS, (fname, k)
        vals.append(v)
    for v in vals:
        assert isinstance(v, str) and _norm(v) in hay, "%s: %r not verbatim in the mail" % (fname, v)
    assert e.get("note"), fname + ": note missing"
    return msg


def main():
    by_slug = {e["slug"]: e for e in EMAILS}
    assert len(by_slug) == len(EMAILS), "duplicate slug"
    for e in EMAILS:
        e["msgid"] = msgid_for(e) if e["client"] != "raw" else e["msgid"]
    for e in EMAILS:
        if e.get("irt_ref"):
            e["irt_resolved"] = by_slug[e["irt_ref"]]["msgid"]
        elif e.get("irt_msgid"):
            e["irt_resolved"] = e["irt_msgid"]
        if e.get("refs_msgid"):
            e["refs_resolved"] = e["refs_msgid"]
    items = sorted(EMAILS, key=lambda e: (parse_when(e["date"], e.get("tz", "+0700")), e["slug"]))
    instants = [parse_when(e["date"], e.get("tz", "+0700")) for e in items]
    assert len(set(instants)) == len(instants), "two mails at the same instant"
    bodies = [_norm(e.get("body", "") or e.get("html", "")) for e in items if e["client"] != "raw"]
    assert len(set(bodies)) == len(bodies), "duplicate body"
    labels, written = {}, set()
    for i, e in enumerate(items, 1):
        assert re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", e["slug"]) and len(e["slug"]) <= 48, e["slug"]
        fname = "%03d-%s.eml" % (i, e["slug"])
        data = assemble(*BUILDERS[e["client"]](e)).as_bytes(policy=POLICY)
        verify(data, e, fname)
        with open(os.path.join(OUT_DIR, fname), "wb") as fh:
            fh.write(data)
        written.add(fname)
        labels[fname] = {"type": e["type"], "lang": e["lang"], "fields": e.get("fields", {}), "note": e["note"]}
    for name in os.listdir(OUT_DIR):
        if re.match(r"^\d{3}-.*\.eml$", name) and name not in written:
            os.remove(os.path.join(OUT_DIR, name))
    with open(os.path.join(OUT_DIR, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    types = {t: sum(1 for e in items if e["type"] == t) for t in EXPECTED_TYPES}
    langs = {l: sum(1 for e in items if e["lang"] == l) for l in EXPECTED_LANGS}
    print("wrote %d messages to %s" % (len(items), OUT_DIR))
    print("  types:", types)
    print("  langs:", langs)
    if types != EXPECTED_TYPES or langs != EXPECTED_LANGS or len(items) != 70:
        print("ERROR: counts differ from the plan %r %r" % (EXPECTED_TYPES, EXPECTED_LANGS), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Forty-second tuning corpus: course-data changes carried by threads, forms and lists.

Writes, next to this script:
  NNN-short-quirk-slug.eml  60 raw RFC 5322 messages (CRLF line endings), NNN = 001..060,
                            numbered in the order of their Date headers
  labels.json               {"NNN-slug.eml": {"type", "lang", "fields", "note"}}
(README.md beside it is kept by hand: it carries the corpus's figures.)

Python 3 standard library only.  Nothing is random: boundaries, Message-IDs, queue ids
and attachment bytes are derived from each message's slug, so a rerun rewrites every
file byte for byte.  Every mail text below was written by hand for this corpus; the
engine only wraps it in the headers and MIME structure of the named mail client.

Run from anywhere:  python3 tests/data/requests-tune42-chains/make_tune42.py
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
from email.message import Message
from email.policy import compat32
from email.utils import formataddr

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
POLICY = compat32.clone(linesep="\r\n", mangle_from_=False, max_line_length=78)
WIB = dt.timezone(dt.timedelta(hours=7))
HELPDESK = "helpdesk-p4m@polibatam.ac.id"
HD_NAME = "Helpdesk P4M Polibatam"

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

FIRST_DAY = dt.datetime(2026, 11, 15, 0, 0, 0, tzinfo=WIB)
LAST_DAY = dt.datetime(2026, 12, 2, 23, 59, 59, tzinfo=WIB)

PLAN_TYPES = {"course_data": 40, "announcement": 8, "elearning_support": 4, "other": 4, "auto": 4}
PLAN_LANGS = {"id": 30, "en": 15, "mixed": 15}
CHANGE_KEYS = {"fullname", "shortname", "lecturer", "class", "semester", "credits",
               "enrolment_key", "summary"}
FIELD_KEYS = {"course_code", "course_name", "changes", "title", "scope", "publish_at"}
ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")


# --------------------------------------------------------------------------
# deterministic helpers
# --------------------------------------------------------------------------

def _dg(slug, salt):
    return hashlib.sha256(("tune42|%s|%s" % (slug, salt)).encode("utf-8")).digest()


def hx(slug, salt, n):
    out, i = "", 0
    while len(out) < n:
        out += _dg(slug, "%s/%d" % (salt, i)).hex()
        i += 1
    return out[:n]


def num(slug, salt, lo, hi):
    return lo + int.from_bytes(_dg(slug, salt)[:8], "big") % (hi - lo + 1)


def token(slug, salt, n, alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"):
    v = int.from_bytes(_dg(slug, salt) + _dg(slug, salt + "+"), "big")
    out = ""
    for _ in range(n):
        v, r = divmod(v, len(alphabet))
        out += alphabet[r]
    return out


def parse_when(s):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return dt.datetime.strptime(s, fmt).replace(tzinfo=WIB)


def rfc_date(d, pad=True, suffix=""):
    day = ("%02d" if pad else "%d") % d.day
    return "%s, %s %s %d %s +0700%s" % (DAYS_EN[d.weekday()], day, MONTHS_EN[d.month - 1],
                                         d.year, d.strftime("%H:%M:%S"), suffix)


# --------------------------------------------------------------------------
# quote and forward headers, written the way each client prints them.
# Weekday names are computed from the date, never typed.  Every date used
# here is remembered and later checked to lie before the mail's own Date.
# --------------------------------------------------------------------------

PENDING = []


def _w(s):
    d = parse_when(s)
    PENDING.append(d)
    return d


def _h12(d):
    return "%d:%02d %s" % (d.hour % 12 or 12, d.minute, "AM" if d.hour < 12 else "PM")


def q(text):
    """Prefix every line with '> ' (blank lines get a bare '>')."""
    return "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n"))


def fwd_gmail_en(when, name, addr, subject, to):
    d = _w(when)
    return ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %s\n"
            "Subject: %s\nTo: %s\n" % (name, addr, DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day,
                                       d.year, _h12(d), subject, to))


def fwd_gmail_id(when, name, addr, subject, to):
    d = _w(when)
    return ("---------- Pesan terusan ---------\nDari: %s <%s>\nDate: %s, %d %s %d pukul %02d.%02d\n"
            "Subject: %s\nTo: %s\n" % (name, addr, DAYS_ID[d.weekday()], d.day, MONTHS_ID[d.month - 1],
                                       d.year, d.hour, d.minute, subject, to))


def attr_gmail_id(when, name, addr):
    d = _w(when)
    return "Pada %s, %d %s %d pukul %02d.%02d %s <%s>\nmenulis:" % (
        DAYS_ID[d.weekday()], d.day, MONTHS_ID[d.month - 1], d.year, d.hour, d.minute, name, addr)


def attr_gmail_en(when, name, addr):
    d = _w(when)
    return "On %s, %s %d, %d at %s %s <%s>\nwrote:" % (
        DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day, d.year, _h12(d), name, addr)


def original_message(when, name, addr, to, subject):
    """Classic Outlook '-----Original Message-----' block (British date order)."""
    d = _w(when)
    return ("-----Original Message-----\nFrom: %s <%s>\nSent: %s, %d %s %d %s\nTo: %s\nSubject: %s"
            % (name, addr, DAYS_EN_LONG[d.weekday()], d.day, MONTHS_EN_LONG[d.month - 1], d.year,
               _h12(d), to, subject))


def outlook_en(when, name, addr, to, subject):
    d = _w(when)
    return ("________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s"
            % (name, addr, DAYS_EN_LONG[d.weekday()], MONTHS_EN_LONG[d.month - 1], d.day, d.year,
               _h12(d), to, subject))


def outlook_id(when, name, addr, to, subject, subject_label="Subjek"):
    d = _w(when)
    return ("________________________________\nDari: %s <%s>\nDikirim: %s, %02d %s %d %02d.%02d\n"
            "Kepada: %s\n%s: %s" % (name, addr, DAYS_ID_LONG[d.weekday()], d.day,
                                    MONTHS_ID_LONG[d.month - 1], d.year, d.hour, d.minute, to,
                                    subject_label, subject))


def zimbra_orig(when, name, addr, to, subject):
    d = _w(when)
    return ('----- Pesan Asli -----\nDari: "%s" <%s>\nKepada: %s\nTerkirim: %s, %d %s %d %s\nSubjek: %s'
            % (name, addr, to, DAYS_ID_LONG[d.weekday()], d.day, MONTHS_ID_LONG[d.month - 1], d.year,
               d.strftime("%H:%M:%S"), subject))


def iphone_fwd(when, name, addr, to, subject, text):
    """iPhone Mail forward: the forwarded header and body are quoted with '> '."""
    d = _w(when)
    hdr = ('From: "%s" <%s>\nDate: %s %d, %d at %d:%02d:%02d %s GMT+7\nTo: %s\nSubject: %s\n'
           % (name, addr, MONTHS_EN_LONG[d.month - 1], d.day, d.year, d.hour % 12 or 12, d.minute,
              d.second, "AM" if d.hour < 12 else "PM", to, subject))
    return "Begin forwarded message:\n\n" + q(hdr + "\n" + text)


def tb_fwd(when, name, addr, to, subject):
    d = _w(when)
    return ("-------- Forwarded Message --------\nSubject: \t%s\nDate: \t%s\nFrom: \t%s <%s>\nTo: \t%s\n"
            % (subject, rfc_date(d), name, addr, to))


def samsung_orig(when, name, addr, to, subject):
    d = _w(when)
    return ("-------- Pesan asli --------\nDari: %s <%s>\nTanggal: %02d/%02d/%02d %02d.%02d (GMT+07:00)\n"
            "Kepada: %s\nSubjek: %s" % (name, addr, d.day, d.month, d.year % 100, d.hour, d.minute, to, subject))


def attr_yahoo(when, name, addr):
    d = _w(when)
    return "Pada %s, %d %s %d %02d.%02d.%02d WIB, %s <%s> menulis:" % (
        DAYS_ID_LONG[d.weekday()], d.day, MONTHS_ID_LONG[d.month - 1], d.year, d.hour, d.minute,
        d.second, name, addr)


# --------------------------------------------------------------------------
# attachments (byte-for-byte deterministic)
# --------------------------------------------------------------------------

def _zip(files, when=(2026, 11, 20, 9, 0, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            zf.writestr(zi, data)
    return buf.getvalue()


def docx_bytes(paragraphs, title):
    esc = lambda s: html.escape(s, quote=True)
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
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % body)
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title>'
            '<dc:creator>Politeknik Negeri Batam</dc:creator></cp:coreProperties>' % esc(title))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("docProps/core.xml", core),
                 ("word/document.xml", doc)])


def _pdf_str(s):
    s = s.encode("cp1252").decode("latin-1")
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(title, lines, stamp):
    ops = ["BT", "/F1 14 Tf", "60 780 Td", "(%s) Tj" % _pdf_str(title), "/F1 10 Tf", "0 -24 Td"]
    for ln in lines:
        ops += ["(%s) Tj" % _pdf_str(ln), "0 -14 Td"]
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
            b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
            ("<< /Title (%s) /Producer (Canon iR-ADV C3520 scan) /CreationDate (D:%s) >>"
             % (_pdf_str(title), stamp)).encode("latin-1")]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def docx_att(name, paragraphs, title):
    return {"name": name, "ctype": CT_DOCX, "data": docx_bytes(paragraphs, title),
            "text": "\n".join(paragraphs)}


def pdf_att(name, title, lines, stamp):
    return {"name": name, "ctype": "application/pdf", "data": pdf_bytes(title, lines, stamp),
            "text": "\n".join([title] + lines)}


# --------------------------------------------------------------------------
# header encoding
# --------------------------------------------------------------------------

def ew(text, charset="UTF-8", enc="B", maxlen=72):
    def one(s):
        b = s.encode("utf-8")
        if enc == "B":
            payload = base64.b64encode(b).decode("ascii")
        else:
            payload = "".join(chr(c) if (c < 128 and (chr(c).isalnum() or chr(c) in "!*+-/"))
                              else ("_" if c == 32 else "=%02X" % c) for c in b)
        return "=?%s?%s?%s?=" % (charset, enc, payload)
    words, cur = [], ""
    for ch in text:
        limit = min(maxlen, 60) if not words else maxlen
        if cur and len(one(cur + ch)) > limit:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return " ".join(words)


def fmt_addr(name, addr, enc=("UTF-8", "B")):
    if not name:
        return addr
    if not name.isascii():
        return "%s <%s>" % (ew(name, *enc), addr)
    return formataddr((name, addr))


def hdr_text(s, enc=("UTF-8", "B")):
    return s if s.isascii() else ew(s, *enc)


def strip_prefixes(subject):
    return re.sub(r"^((re|fwd?|fw|tr|trs|balas|bls)\s*:\s*)+", "", subject, flags=re.I)


# --------------------------------------------------------------------------
# bodies: plain text parts and the HTML each client would send beside them
# --------------------------------------------------------------------------

URL_RE = re.compile(r"(https?://[^\s<>\"]+[^\s<>\".,;:!?)])")


def _groups(lines):
    i = 0
    while i < len(lines):
        if lines[i].startswith(">"):
            inner = []
            while i < len(lines) and lines[i].startswith(">"):
                s = lines[i][1:]
                inner.append(s[1:] if s.startswith(" ") else s)
                i += 1
            yield "quote", inner
        else:
            yield "text", lines[i]
            i += 1


def html_lines(text, line_fmt, blank_fmt, quote_fmt):
    def render(lines):
        out = []
        for kind, val in _groups(lines):
            if kind == "quote":
                out.append(quote_fmt % render(val))
            elif not val.strip():
                out.append(blank_fmt)
            elif set(val.strip()) == {"_"}:
                out.append('<hr style="display:inline-block;width:98%" tabindex="-1">')
            else:
                esc = html.escape(val, quote=False)
                esc = URL_RE.sub(r'<a href="\1">\1</a>', esc)
                out.append(line_fmt % esc)
        return "\n".join(out)
    return render(text.rstrip("\n").split("\n"))


def html_gmail(text):
    text = re.sub(r"^((?:> ?)*)((?:Pada|On) .+)\n\1(menulis:|wrote:)$", r"\1\2 \3", text, flags=re.M)
    inner = html_lines(text, "<div>%s</div>", "<div><br></div>",
                       '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                       'rgb(204,204,204);padding-left:1ex">\n%s\n</blockquote>')
    return '<div dir="ltr">\n%s\n</div>\n' % inner


def html_outlook(text, lang):
    inner = html_lines(text, '<p class="MsoNormal">%s<o:p></o:p></p>',
                       '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
                       '<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;'
                       'margin-left:4.8pt;margin-right:0cm">\n%s\n</blockquote>')
    inner = re.sub(r'<p class="MsoNormal">(Dari|Dikirim|Kepada|Perihal|Subjek|Cc|From|Sent|To|Subject):',
                   r'<p class="MsoNormal"><b>\1:</b>', inner)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n'
            '\tfont-family:"Calibri",sans-serif;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
            '</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % (lang, inner))


def html_zimbra(text):
    inner = html_lines(text, "<div>%s</div>", "<div><br data-mce-bogus=\"1\"></div>",
                       '<blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;">'
                       '\n%s\n</blockquote>')
    inner = inner.replace("<div>----- Pesan Asli -----</div>", '<hr id="zwchr" data-marker="__DIVIDER__">')
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; '
            'color: #000000">\n%s\n</div></body></html>\n' % inner)


def html_yahoo(text, cls):
    inner = html_lines(text, '<div dir="ltr" data-setdir="false">%s</div>',
                       '<div dir="ltr" data-setdir="false"><br></div>',
                       '<blockquote style="margin: 0 0 20px 0;"><div style="font-family:Roboto, sans-serif; '
                       'color:#6D00F6;">\n%s\n</div></blockquote>')
    return ('<html><head></head><body><div class="%s" style="font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:13px;">\n%s\n</div></body></html>\n' % (cls, inner))


def html_samsung(text):
    inner = html_lines(text, '<div dir="auto">%s</div>', '<div dir="auto"><br></div>',
                       '<blockquote class="quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       'padding-left:1ex">\n%s\n</blockquote>')
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
            '<body>\n%s\n</body></html>\n' % inner)


def flow(text, width=72):
    """RFC 3676 format=flowed soft line breaks for unquoted long lines."""
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


def needs_qp(text):
    return (not text.isascii()) or any(len(x) > 76 for x in text.split("\n"))


def text_part(text, ctype, cte):
    m = Message()
    m["Content-Type"] = ctype
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode("utf-8")
    if cte == "7bit":
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
    m["Content-Transfer-Encoding"] = cte
    m.set_payload(payload)
    return m


def multipart(subtype, parts, boundary, preamble=None, extra=""):
    m = Message()
    m["Content-Type"] = 'multipart/%s; boundary="%s"%s' % (subtype, boundary, extra)
    for p in parts:
        m.attach(p)
    m.preamble = preamble
    return m


def attachment_part(a, style, slug, idx):
    m = Message()
    name, ctype, data = a["name"], a["ctype"], a["data"]
    m["Content-Type"] = '%s; name="%s"' % (ctype, name)
    if style == "gmail":
        cid = "f_%s%d" % (token(slug, "cid%d" % idx, 9, "0123456789abcdefghijklmnopqrstuvwxyz"), idx)
        m["Content-Disposition"] = 'attachment; filename="%s"' % name
        m["Content-Transfer-Encoding"] = "base64"
        m["Content-ID"] = "<%s>" % cid
        m["X-Attachment-Id"] = cid
    elif style == "outlook":
        stamp = a.get("stamp", "Mon, 23 Nov 2026 02:10:00 GMT")
        m["Content-Description"] = name
        m["Content-Disposition"] = ('attachment; filename="%s"; size=%d; creation-date="%s"; '
                                    'modification-date="%s"' % (name, len(data), stamp, stamp))
        m["Content-Transfer-Encoding"] = "base64"
    else:
        m["Content-Transfer-Encoding"] = "base64"
        m["Content-Disposition"] = 'attachment; filename="%s"' % name
    m.set_payload(base64.encodebytes(data).decode("ascii"))
    return m


def with_attachments(e, root, style, boundary, preamble=None):
    if not e.get("attach"):
        return root
    parts = [root] + [attachment_part(a, style, e["slug"], i) for i, a in enumerate(e["attach"])]
    return multipart("mixed", parts, boundary, preamble=preamble)


# --------------------------------------------------------------------------
# mail-client personalities
# --------------------------------------------------------------------------

BODY = ("__BODY__", None)


def received(e, d):
    slug, addr = e["slug"], e["frm"][1]
    dom = addr.split("@")[1]
    qid = token(slug, "qid", 12, "0123456789BCDFGHJKLMNPQRSTVWXYZ")
    when = rfc_date(d + dt.timedelta(seconds=num(slug, "lag", 2, 40)), pad=False, suffix=" (WIB)")
    if dom in ("gmail.com", "students.polibatam.ac.id") or e["client"] == "gmail":
        host = "mail-%s-f%d.google.com" % (["pj1", "pl1", "qt1", "ot1", "yb1"][num(slug, "gh", 0, 4)],
                                           num(slug, "gf", 41, 199))
        ip = "209.85.%d.%d" % (num(slug, "i1", 128, 223), num(slug, "i2", 2, 250))
        w = "ESMTPS"
    elif dom in ("outlook.com", "hotmail.com") or e["client"] == "outlook":
        host = "%s.outbound.protection.outlook.com" % ["APC01-SG2-obe", "APC01-TYZ-obe", "APC01-PSA-obe"][
            num(slug, "oh", 0, 2)]
        ip = "40.107.%d.%d" % (num(slug, "i1", 100, 255), num(slug, "i2", 2, 250))
        w = "ESMTPS"
    elif dom == "yahoo.co.id" or e["client"] == "yahoo":
        host = "sonic%d-%d.consmr.mail.sg3.yahoo.com" % (num(slug, "ys", 301, 330), num(slug, "yn", 1, 49))
        ip = "106.10.%d.%d" % (num(slug, "i1", 240, 255), num(slug, "i2", 2, 250))
        w = "ESMTPS"
    elif not dom.endswith("polibatam.ac.id"):
        host = "mx.%s" % dom
        ip = "%d.%d.%d.%d" % (num(slug, "a", 20, 200), num(slug, "b", 1, 250), num(slug, "c", 1, 250),
                              num(slug, "d", 2, 250))
        w = "ESMTPS"
    else:
        host = "mail.polibatam.ac.id"
        ip = "103.143.70.%d" % num(slug, "i2", 2, 250)
        w = "ESMTP"
    return ("from %s (%s [%s]) by mx.polibatam.ac.id (Postfix) with %s id %s for <%s>; %s"
            % (host, host, ip, w, qid, HELPDESK, when))


def common(e):
    d = parse_when(e["date"])
    frm = fmt_addr(*e["frm"])
    to = e.get("to") or [HELPDESK]
    cc = e.get("cc") or []
    subj = hdr_text(e["subject"])
    refs = e.get("refs") or ([e["irt"]] if e.get("irt") else [])
    hs = [("Return-Path", "<%s>" % e["frm"][1]), ("Received", received(e, d))]
    return d, frm, to, cc, subj, refs, hs


def build_gmail(e):
    slug = e["slug"]
    d, frm, to, cc, subj, refs, hs = common(e)
    text = e["body"]
    tp = text_part(text, 'text/plain; charset="UTF-8"', "quoted-printable" if needs_qp(text) else "7bit")
    h = html_gmail(text)
    hp = text_part(h, 'text/html; charset="UTF-8"', "quoted-printable" if needs_qp(h) else "7bit")
    root = multipart("alternative", [tp, hp], "000000000000" + hx(slug, "alt", 12))
    root = with_attachments(e, root, "gmail", "000000000000" + hx(slug, "mix", 12))
    hs.append(("MIME-Version", "1.0"))
    if refs:
        hs.append(("References", " ".join(refs)))
    if e.get("irt"):
        hs.append(("In-Reply-To", e["irt"]))
    hs += [("From", frm), ("Date", rfc_date(d, pad=False)),
           ("Message-ID", "<CA%s@mail.gmail.com>" % token(slug, "mid", 48, "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                           "abcdefghijklmnopqrstuvwxyz0123456789+_=-")),
           ("Subject", subj), ("To", ", ".join(to))]
    if cc:
        hs.append(("Cc", ", ".join(cc)))
    hs += e.get("extra", [])
    hs.append(BODY)
    return hs, root


def build_outlook(e):
    slug = e["slug"]
    d, frm, to, cc, subj, refs, hs = common(e)
    personal = e["client"] == "outlookcom"
    srv = (["TYZPR03MB", "SEYPR03MB", "PUZPR03MB"] if personal else ["SEZPR06MB", "KL1PR06MB", "SI2PR06MB"])[
        num(slug, "srv", 0, 2)] + "%04d" % num(slug, "srvn", 1000, 9999)
    region = "apcprd03" if personal else "apcprd06"
    core = "%s%s%s%s" % (srv, hx(slug, "bnd", 28).upper(), srv, region[:4])
    text = e["body"]
    charset = "us-ascii" if text.isascii() else "utf-8"
    lang = {"id": "id-ID"}.get(e["lang"], "en-US")
    tp = text_part(text, 'text/plain; charset="%s"' % charset, "quoted-printable")
    hp = text_part(html_outlook(text, lang), 'text/html; charset="%s"' % charset, "quoted-printable")
    root = multipart("alternative", [tp, hp], "_000_%s_" % core)
    root = with_attachments(e, root, "outlook", "_004_%s_" % core)
    hs += [("From", frm), ("To", ", ".join(to))]
    if cc:
        hs.append(("CC", ", ".join(cc)))
    hs += [("Subject", subj), ("Thread-Topic", hdr_text(strip_prefixes(e["subject"]))),
           ("Thread-Index", base64.b64encode(b"\x01" + _dg(slug, "ti")[:21]).decode()),
           ("Date", rfc_date(d)),
           ("Message-ID", "<%s%s@%s.%s.prod.outlook.com>" % (srv, hx(slug, "mid", 28).upper(), srv, region))]
    if refs:
        hs.append(("References", " ".join(refs)))
    if e.get("irt"):
        hs.append(("In-Reply-To", e["irt"]))
    hs += [("Accept-Language", "id-ID, en-US" if lang == "id-ID" else "en-US, id-ID"),
           ("Content-Language", lang), ("X-MS-Has-Attach", "yes" if e.get("attach") else ""),
           ("X-MS-TNEF-Correlator", "")]
    hs += e.get("extra", [])
    hs += [BODY, ("MIME-Version", "1.0")]
    return hs, root


def build_zimbra(e):
    slug = e["slug"]
    d, frm, to, cc, subj, refs, hs = common(e)
    text = e["body"]
    u = hx(slug, "bnd", 32)
    tp = text_part(text, "text/plain; charset=utf-8", "quoted-printable" if needs_qp(text) else "7bit")
    if e.get("plain_only"):
        root = tp
    else:
        h = html_zimbra(text)
        hp = text_part(h, "text/html; charset=utf-8", "quoted-printable" if needs_qp(h) else "7bit")
        root = multipart("alternative", [tp, hp], "=_%s-%s-%s-%s-%s" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:]))
    u2 = hx(slug, "mx", 32)
    root = with_attachments(e, root, "zimbra", "=_%s-%s-%s-%s-%s" % (u2[:8], u2[8:12], u2[12:16], u2[16:20], u2[20:]))
    ms = int(d.timestamp() * 1000) + num(slug, "ms", 0, 999)
    hs += [("Date", rfc_date(d, suffix=" (WIB)")), ("From", frm), ("To", ", ".join(to))]
    if cc:
        hs.append(("Cc", ", ".join(cc)))
    hs.append(("Message-ID", "<%d.%d.%d.JavaMail.zimbra@polibatam.ac.id>"
               % (num(slug, "z1", 100000000, 1999999999), num(slug, "z2", 100000, 9999999), ms)))
    if e.get("irt"):
        hs.append(("In-Reply-To", e["irt"]))
    if refs:
        hs.append(("References", " ".join(refs)))
    hs += [("Subject", subj), ("MIME-Version", "1.0"), BODY,
           ("X-Originating-IP", "[10.10.%d.%d]" % (num(slug, "o1", 1, 40), num(slug, "o2", 2, 250))),
           ("X-Mailer", "Zimbra 8.8.15_GA_4484 (ZimbraWebClient - GC%d (Win)/8.8.15_GA_4481)"
            % num(slug, "gc", 120, 131)),
           ("Thread-Topic", hdr_text(strip_prefixes(e["subject"]), ("utf-8", "Q"))),
           ("Thread-Index", token(slug, "zti", 28))]
    hs += e.get("extra", [])
    return hs, root


def build_thunderbird(e):
    slug = e["slug"]
    d, frm, to, cc, subj, refs, hs = common(e)
    text = flow(e["body"])
    tp = text_part(text, "text/plain; charset=UTF-8; format=flowed", "7bit" if text.isascii() else "8bit")
    root = tp
    if e.get("attach"):
        root = multipart("mixed", [tp] + [attachment_part(a, "thunderbird", slug, i)
                                          for i, a in enumerate(e["attach"])],
                         "------------" + token(slug, "tb", 24), preamble="This is a multi-part message in MIME format.")
    u = hx(slug, "uuid", 32)
    dom = e["frm"][1].split("@")[1]
    hs += [("Message-ID", "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom)),
           ("Date", rfc_date(d)), ("MIME-Version", "1.0"),
           ("User-Agent", "Mozilla Thunderbird"),
           ("Content-Language", {"id": "id", "en": "en-GB"}.get(e["lang"], "en-US")),
           ("To", ", ".join(to))]
    if cc:
        hs.append(("Cc", ", ".join(cc)))
    hs += [("From", frm), ("Subject", subj)]
    if refs:
        hs.append(("References", " ".join(refs)))
    if e.get("irt"):
        hs.append(("In-Reply-To", e["irt"]))
    hs += e.get("extra", [])
    hs.append(BODY)
    return hs, root


def build_yahoo(e):
    slug = e["slug"]
    d, frm, to, cc, subj, refs, hs = common(e)
    text = e["body"]
    ms = int(d.timestamp() * 1000) + num(slug, "ms", 0, 999)
    tp = text_part(text, "text/plain; charset=UTF-8", "quoted-printable")
    hp = text_part(html_yahoo(text, "ydp%syahoo-style-wrap" % hx(slug, "ycls", 8)), "text/html; charset=UTF-8",
                   "quoted-printable")
    root = multipart("alternative", [tp, hp], "----=_Part_%d_%d.%d" % (num(slug, "yp", 100000, 9999999),
                                                                       num(slug, "yq", 10000000, 2099999999), ms))
    hs += [("Date", rfc_date(d, pad=False)), ("From", frm), ("To", ", ".join(to))]
    if cc:
        hs.append(("Cc", ", ".join(cc)))
    hs.append(("Message-ID", "<%d.%d.%d@mail.yahoo.com>" % (num(slug, "y1", 100000000, 2099999999),
                                                            num(slug, "y2", 100000, 9999999), ms)))
    if e.get("irt"):
        hs.append(("In-Reply-To", e["irt"]))
    if refs:
        hs.append(("References", " ".join(refs)))
    hs += [("Subject", subj), ("MIME-Version", "1.0"), BODY,
           ("X-Mailer", "WebService/1.1.%d YMailNorrin" % num(slug, "ym", 22000, 23999))]
    hs += e.get("extra", [])
    return hs, root


def build_iphone(e):
    slug = e["slug"]
    d, frm, to, cc, subj, refs, hs = common(e)
    root = text_part(e["body"], "text/plain; charset=utf-8", "quoted-printable")
    u = hx(slug, "uuid", 32).upper()
    dom = e["frm"][1].split("@")[1]
    hs += [BODY, ("From", frm), ("Mime-Version", "1.0 (1.0)"), ("Date", rfc_date(d, pad=False)),
           ("Subject", subj),
           ("Message-Id", "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:], dom))]
    if refs:
        hs.append(("References", " ".join(refs)))
    if cc:
        hs.append(("Cc", ", ".join(cc)))
    if e.get("irt"):
        hs.append(("In-Reply-To", e["irt"]))
    hs += [("To", ", ".join(to)), ("X-Mailer", "iPhone Mail (22F76)")]
    hs += e.get("extra", [])
    return hs, root


def build_samsung(e):
    slug = e["slug"]
    d, frm, to, cc, subj, refs, hs = common(e)
    text = e["body"]
    tp = text_part(text, "text/plain; charset=utf-8", "base64")
    hp = text_part(html_samsung(text), "text/html; charset=utf-8", "base64")
    n = num(slug, "sb", 1000000, 9999999)
    root = multipart("alternative", [tp, hp], "--_com.samsung.android.email_%d%d" % (n, num(slug, "sb2", 100000, 999999)))
    mid = "<%s@email.android.com>" % token(slug, "smid", 22, "0123456789abcdefghijklmnopqrstuvwxyz")
    hs += [("Date", rfc_date(d)), ("Subject", subj)]
    if e.get("irt"):
        hs.append(("In-Reply-To", e["irt"]))
    if refs:
        hs.append(("References", " ".join(refs)))
    hs += [("Message-ID", mid), ("X-Android-Message-ID", mid), ("From", frm), ("To", ", ".join(to))]
    if cc:
        hs.append(("Cc", ", ".join(cc)))
    hs += [("Importance", "Normal"), ("X-Priority", "3")]
    hs += e.get("extra", [])
    hs += [("MIME-Version", "1.0"), BODY]
    return hs, root


def build_zimbra_vacation(e):
    """Zimbra out-of-office reply: plain text, auto-submitted, threaded to our acknowledgement."""
    slug = e["slug"]
    d, frm, to, cc, subj, refs, hs = common(e)
    hs[0] = ("Return-Path", "<>")
    root = text_part(e["body"], "text/plain; charset=utf-8", "quoted-printable" if needs_qp(e["body"]) else "7bit")
    ms = int(d.timestamp() * 1000) + num(slug, "ms", 0, 999)
    hs += [("Date", rfc_date(d, suffix=" (WIB)")), ("From", frm), ("To", ", ".join(to)),
           ("Message-ID", "<%d.%d.%d.JavaMail.zimbra@polibatam.ac.id>"
            % (num(slug, "z1", 100000000, 1999999999), num(slug, "z2", 100000, 9999999), ms)),
           ("In-Reply-To", e["irt"]), ("References", e["irt"]),
           ("Subject", subj), ("MIME-Version", "1.0"), BODY,
           ("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk"),
           ("X-Mailer", "Zimbra 8.8.15_GA_4484")]
    return hs, root


def build_moodle(e):
    slug = e["slug"]
    d = parse_when(e["date"])
    m = e["moodle"]
    tp = text_part(e["body"], "text/plain; charset=UTF-8", "8bit" if not e["body"].isascii() else "7bit")
    hp = text_part(e["html"], "text/html; charset=UTF-8", "8bit" if not e["html"].isascii() else "7bit")
    root = multipart("alternative", [tp, hp], "b1=_" + token(slug, "pm", 40))
    hs = [("Return-Path", "<noreply@polibatam.ac.id>"),
          ("Received", "from elearning.polibatam.ac.id (elearning.polibatam.ac.id [103.143.71.%d]) by "
                       "mx.polibatam.ac.id (Postfix) with ESMTP id %s for <%s>; %s"
           % (num(slug, "ip", 2, 250), token(slug, "qid", 12, "0123456789BCDFGHJKLMNPQRSTVWXYZ"), HELPDESK,
              rfc_date(d + dt.timedelta(seconds=1), pad=False, suffix=" (WIB)"))),
          ("Date", rfc_date(d, pad=False)),
          ("To", "Helpdesk P4M <%s>" % HELPDESK),
          ("From", fmt_addr(*e["frm"])),
          ("Reply-To", '"Do not reply to this email (via E-Learning Polibatam)" <noreply@polibatam.ac.id>'),
          ("Subject", hdr_text(e["subject"], ("UTF-8", "Q"))),
          ("Message-ID", "<%s@elearning.polibatam.ac.id>" % hx(slug, "mid", 32)),
          ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
          ("Precedence", "Bulk"), ("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated"),
          ("List-Id", '"%s" <moodleforum%d@elearning.polibatam.ac.id>' % (m["forum"], m["forum_id"])),
          ("List-Help", "https://elearning.polibatam.ac.id/mod/forum/view.php?f=%d" % m["forum_id"]),
          ("List-Unsubscribe", "<https://elearning.polibatam.ac.id/mod/forum/subscribe.php?id=%d>" % m["forum_id"]),
          ("X-Course-Id", str(m["course_id"])), ("X-Course-Name", hdr_text(m["course"], ("UTF-8", "Q"))),
          ("In-Reply-To", "<moodlediscussion%d@elearning.polibatam.ac.id>" % m["discussion"]),
          ("References", "<moodlediscussion%d@elearning.polibatam.ac.id>" % m["discussion"]),
          ("MIME-Version", "1.0"), BODY]
    return hs, root


def build_postfix_dsn(e):
    slug = e["slug"]
    d = parse_when(e["date"])
    qid = token(slug, "qid", 12, "0123456789BCDFGHJKLMNPQRSTVWXYZ")
    b = "%s.%d/mx.polibatam.ac.id" % (qid, int(d.timestamp()))
    note = text_part(e["body"], "text/plain; charset=us-ascii", "7bit")
    note["Content-Description"] = "Notification"
    ds = Message()
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    blocks = []
    for blk in e["dsn_blocks"]:
        bm = Message()
        for k, v in blk:
            bm[k] = v
        blocks.append(bm)
    ds.set_payload(blocks)
    r = e["returned"]
    orig = Message()
    for k, v in r["headers"]:
        orig[k] = v
    orig["MIME-Version"] = "1.0"
    orig["Content-Type"] = 'text/plain; charset="utf-8"'
    orig["Content-Transfer-Encoding"] = "quoted-printable"
    orig.set_payload(quoprimime.body_encode((r["body"].rstrip("\n") + "\n").encode("utf-8").decode("latin-1")))
    rp = Message()
    rp["Content-Description"] = "Undelivered Message"
    rp["Content-Type"] = "message/rfc822"
    rp.set_payload([orig])
    root = multipart("report", [note, ds, rp], b, preamble="This is a MIME-encapsulated message.",
                     extra="")
    root.replace_header("Content-Type", 'multipart/report; report-type=delivery-status; boundary="%s"' % b)
    pd = rfc_date(d, pad=False, suffix=" (WIB)")
    hs = [("Return-Path", "<>"),
          ("Received", "by mx.polibatam.ac.id (Postfix) id %s; %s" % (qid, pd)),
          ("Date", pd), ("From", "MAILER-DAEMON@polibatam.ac.id (Mail Delivery System)"),
          ("Subject", e["subject"]), ("To", HELPDESK), ("Auto-Submitted", "auto-replied"),
          ("MIME-Version", "1.0"), BODY,
          ("Message-Id", "<%s.%s@mx.polibatam.ac.id>" % (d.astimezone(dt.timezone.utc).strftime("%Y%m%d%H%M%S"), qid))]
    return hs, root


BUILDERS = {"gmail": build_gmail, "outlook": build_outlook, "outlookcom": build_outlook,
            "zimbra": build_zimbra, "thunderbird": build_thunderbird, "yahoo": build_yahoo,
            "iphone": build_iphone, "samsung": build_samsung, "zimbra_vacation": build_zimbra_vacation,
            "moodle": build_moodle, "postfix_dsn": build_postfix_dsn}


def build(e):
    hs, root = BUILDERS[e["client"]](e)
    msg = Message()
    for k, v in hs:
        if k == "__BODY__":
            for bk, bv in root.items():
                msg[bk] = bv
            continue
        assert v.isascii(), (e["slug"], k, v)
        msg[k] = v
    msg._payload = root._payload  # keep 8bit text as raw bytes (get_payload() would decode it)
    msg.preamble = root.preamble
    msg.epilogue = root.epilogue
    return msg


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------

EMAILS = []


def add(**kw):
    kw["quoted"] = list(PENDING)
    PENDING.clear()
    EMAILS.append(kw)


def hd_msgid(ticket, slug):
    """Message-ID of an earlier helpdesk message (ticket acknowledgement or reply)."""
    return "<p4m.%d.%s@polibatam.ac.id>" % (ticket, hx(slug, "hd%d" % ticket, 16))


def gmail_msgid(slug, salt):
    return "<CA%s@mail.gmail.com>" % token(slug, salt, 48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-")


def outlook_msgid(slug, salt):
    srv = "SEZPR06MB%04d" % num(slug, salt + "n", 1000, 9999)
    return "<%s%s@%s.apcprd06.prod.outlook.com>" % (srv, hx(slug, salt, 28).upper(), srv)


# ==========================================================================
# THE CORPUS.  Every text below was written by hand for this folder.
# ==========================================================================

# ---------------------------------------------------------------- 15 November

add(slug="mohon-diproses-fwd-kelas-malam", type="course_data", lang="id",
    date="2026-11-15 08:41:17", client="gmail",
    frm=("Wahyu Setiawan", "wahyu.setiawan@polibatam.ac.id"),
    subject="Fwd: Kelas PBO semester ini",
    fields={"course_code": "IF2205", "course_name": "Pemrograman Berorientasi Objek",
            "changes": {"class": "TI-2B Malam"}},
    note="The only new text is 'Mohon diproses.'; the class change sits in a Gmail forwarded block, "
         "and 'TI-2B reguler' is the old class.",
    body="""Mohon diproses.

""" + fwd_gmail_en("2026-11-14 16:52:09", "Rudi Hartono", "rudi.hartono@polibatam.ac.id",
                   "Kelas PBO semester ini", "Wahyu Setiawan <wahyu.setiawan@polibatam.ac.id>") + """

Pak Wahyu,

Course IF2205 Pemrograman Berorientasi Objek di e-learning masih
terdaftar untuk kelas TI-2B reguler. Sesuai jadwal yang baru, MK ini
saya ampu hanya untuk kelas paralel TI-2B Malam, jadi kelas di course
mohon diganti menjadi TI-2B Malam. Mahasiswa kelas reguler sudah pindah
ke course yang diampu Pak Dedi.

Mohon Bapak teruskan ke P4M, karena permintaan perubahan data MK harus
lewat Kaprodi.

Terima kasih,
Rudi Hartono
""")

add(slug="sunda-dua-sks-kata", type="course_data", lang="id",
    date="2026-11-15 19:22:05", client="iphone",
    frm=("Neneng Sukmawati", "neneng.sukmawati@polibatam.ac.id"),
    subject="Punten, SKS Fisika Terapan (Praktikum)",
    fields={"course_code": "TM 1.107", "course_name": "Fisika Terapan (Praktikum)",
            "changes": {"credits": "dua"}},
    note="Credits are given only as a word ('dua sks', old value 'tiga SKS'), in Sundanese-flavoured Indonesian "
         "from a phone.",
    body="""Punten Teh, Kang, di P4M,

Sampurasun. Saya Neneng Sukmawati, pengampu Fisika Terapan (Praktikum) kode TM 1.107. Di e-learning bobotnya masih tertulis tiga SKS, padahal di kurikulum 2026 praktikum ini cuma dua sks. Mohon diubah jadi dua sks nya, Teh, supaya sama dengan KRS mahasiswa.

Hatur nuhun pisan,
Neneng

Dikirim dari iPhone saya
""")

# ---------------------------------------------------------------- 16 November

add(slug="nota-dinas-dosen-digantikan", type="course_data", lang="id",
    date="2026-11-16 07:12:40", client="outlook",
    frm=("Lusiana Purba", "lusiana.purba@polibatam.ac.id"),
    subject="Nota dinas perubahan dosen pengampu RKS.2201",
    fields={"course_code": "RKS.2201", "course_name": "Keamanan Jaringan",
            "changes": {"lecturer": "Yosef Tambunan, S.Kom., M.Kom."}},
    note="A memo (NOTA DINAS / Nomor / Hal / Kepada Yth.) pasted by a secretary; the new lecturer follows "
         "'digantikan oleh', and the semester it names is not a change.",
    body="""Yth. Tim Helpdesk P4M,

Bersama ini kami teruskan isi nota dinas Ketua Jurusan berikut untuk
ditindaklanjuti pada e-learning.

NOTA DINAS
Nomor       : 214/PL29.3/TI/ND/2026
Hal         : Perubahan Dosen Pengampu Mata Kuliah
Kepada Yth. : Kepala P4M Politeknik Negeri Batam
Dari        : Ketua Jurusan Teknik Informatika
Tanggal     : 13 November 2026

Sehubungan dengan tugas belajar Sdr. Andreas Sitompul, S.T., M.T. mulai 1 Desember 2026, dengan ini disampaikan bahwa dosen pengampu mata kuliah RKS.2201 Keamanan Jaringan (kelas RKS-2A dan RKS-2B) digantikan oleh Yosef Tambunan, S.Kom., M.Kom. hingga akhir semester Ganjil 2026/2027.

Demikian nota dinas ini disampaikan. Atas perhatiannya diucapkan terima kasih.

Ketua Jurusan Teknik Informatika,
ttd
Dr. Togar Simanjuntak, S.T., M.Sc.

Hormat kami,
Lusiana Purba
Sekretariat Jurusan Teknik Informatika
Politeknik Negeri Batam
""")

add(slug="original-message-lecturer-switch", type="course_data", lang="en",
    date="2026-11-16 10:35:09", client="outlook",
    frm=("Grace Manurung", "grace.manurung@polibatam.ac.id"),
    subject="FW: EL 4.112 Power System Protection - teaching change",
    fields={"course_code": "EL 4.112", "course_name": "Power System Protection",
            "changes": {"lecturer": "Dr. Marcus Lim"}},
    note="One line on top; the lecturer change ('will switch to') is inside a classic "
         "'-----Original Message-----' block from a partner institution.",
    body="""Please process the change below. Thanks.

Grace

""" + original_message("2026-11-13 15:05:00", "Dr. Hannah Okafor", "h.okafor@northsea-tech.edu.sg",
                       "Grace Manurung <grace.manurung@polibatam.ac.id>",
                       "EL 4.112 Power System Protection - teaching change") + """

Dear Grace,

Following our call, the lecturer of record for EL 4.112 Power System Protection will switch to Dr. Marcus Lim from the start of week 12; I will stay on only as an external examiner. Could you ask your e-learning team to update the course page so that students see Dr. Marcus Lim as the lecturer?

Kind regards,
Hannah

Dr. Hannah Okafor
Programme Lead, Electrical Power Engineering
Northsea Institute of Technology, Singapore
""")

add(slug="re-ralat-enrol-key-tanda-tanya", type="course_data", lang="id",
    date="2026-11-16 13:50:31", client="gmail",
    frm=("Ratna Dewi Hasibuan", "ratna.hasibuan@polibatam.ac.id"),
    subject="Re: Enrolment key Akuntansi Keuangan Menengah",
    irt=gmail_msgid("re-ralat-enrol-key-tanda-tanya", "orig"),
    fields={"course_code": "AK2203", "course_name": "Akuntansi Keuangan Menengah",
            "changes": {"enrolment_key": "AKM#2026-Ganjil?"}},
    note="A reply corrects the key in the quoted message below; the two keys differ only in the last "
         "symbol ('?' replaces '!').",
    body="""Maaf Tim P4M, ada ralat untuk email saya sebelumnya. Key yang benar pakai
tanda tanya di akhir, bukan tanda seru:

AKM#2026-Ganjil?

Yang di email bawah itu salah ketik. Mohon pakai yang ini saja ya.

Salam,
Ratna

""" + attr_gmail_id("2026-11-16 11:02", "Ratna Dewi Hasibuan", "ratna.hasibuan@polibatam.ac.id") + "\n" + q("""Selamat siang,

Mohon enrolment key course AK2203 Akuntansi Keuangan Menengah (kelas AK-2A)
diganti menjadi AKM#2026-Ganjil! karena key lama sudah tersebar ke
angkatan sebelumnya.

Terima kasih.
Ratna""") + "\n")

add(slug="ann-besok-pemeliharaan-jaringan", type="announcement", lang="id",
    date="2026-11-16 16:22:48", client="zimbra",
    frm=("Hendra Saputra", "hendra.saputra@polibatam.ac.id"),
    subject="Permohonan publikasi pengumuman pemeliharaan jaringan",
    fields={"title": "Pemeliharaan Jaringan Kampus dan E-Learning", "scope": "site",
            "publish_at": "2026-11-17T07:00:00+07:00"},
    note="The publish time is relative ('besok pagi pukul 07.00' from a Monday mail) and differs from the "
         "maintenance date in the text.",
    body="""Yth. Admin E-Learning P4M,

Mohon bantuan untuk mempublikasikan pengumuman berikut di halaman depan
e-learning (untuk seluruh pengguna) besok pagi pukul 07.00 WIB.

Judul: Pemeliharaan Jaringan Kampus dan E-Learning

Isi:
Diberitahukan kepada seluruh sivitas akademika bahwa pada Rabu, 18 November 2026
pukul 22.00 s.d. 02.00 WIB akan dilakukan pemeliharaan perangkat jaringan inti
kampus. Selama waktu tersebut e-learning dan SIAKAD tidak dapat diakses. Mohon
tidak menjadwalkan kuis atau batas pengumpulan tugas pada rentang waktu tersebut.

Terima kasih.

Salam,
Hendra Saputra
UPA Teknologi Informasi dan Komunikasi
Politeknik Negeri Batam
""")

# ---------------------------------------------------------------- 17 November

add(slug="minang-semester-ganjil", type="course_data", lang="id",
    date="2026-11-17 08:05:52", client="yahoo",
    frm=("Syafrizal", "syafrizal.rajomudo@yahoo.co.id"),
    subject="Mohon ubah semester course Analisis Laporan Keuangan",
    fields={"course_code": "AKM-3105", "course_name": "Analisis Laporan Keuangan",
            "changes": {"semester": "Ganjil 2026/2027"}},
    note="Minang-flavoured Indonesian; the old term 'Genap 2025/2026' comes first and the new one is "
         "repeated in a regional spelling ('semesternyo').",
    body="""Assalamualaikum Uni, Uda di P4M,

Ambo Syafrizal, dosen prodi Akuntansi Manajerial. Ado saketek masalah, Uni:
course Analisis Laporan Keuangan (kode AKM-3105) di e-learning masih tacatat di
semester Genap 2025/2026. Padahal MK ko ambo ajakan kini di semester Ganjil 2026/2027.

Tolong bana diubah semesternyo jadi Ganjil 2026/2027 supayo mahasiswa indak bingung
mancari course-nyo.

Tarimo kasih banyak.
Wassalam,
Syafrizal Dt. Rajo Mudo
Dosen Akuntansi Manajerial
""")

add(slug="komting-hp-key-ti3104", type="course_data", lang="mixed",
    date="2026-11-17 10:40:13", client="samsung",
    frm=("Dimas Prasetyo", "dimas.prasetyo@students.polibatam.ac.id"),
    subject="key ti-3104 mohon ganti",
    fields={"course_code": "ti-3104", "course_name": "Pemrograman Mobile Lanjut",
            "changes": {"enrolment_key": "Mob!le_3A#26"}},
    note="A class representative writes from a phone on the lecturer's behalf; lower-case code, "
         "a key with '!', '_' and '#', chat abbreviations.",
    body="""Pagi kak admin P4M 🙏

Sy Dimas, komting TI-3A. Disuruh Pak Hendrik sampein: enrol key course ti-3104 (Pemrograman Mobile Lanjut) tolong diganti jd Mob!le_3A#26 soalnya key lama udh kesebar ke kelas lain. Pak Hendrik lg di luar kota jd gbs email sendiri, tp beliau udh ok.

thx a lot kak, sorry ganggu 🙏

Sent from my Galaxy
""")

add(slug="jawa-rename-nama-titik-dua", type="course_data", lang="id",
    date="2026-11-17 14:15:30", client="thunderbird",
    frm=("Bambang Widodo", "bambang.widodo@polibatam.ac.id"),
    subject="Perubahan nama MK Workshop: Data Visualization",
    fields={"course_code": "TRPL-4.21", "course_name": "Workshop: Data Visualization",
            "changes": {"fullname": "Workshop: Visualisasi Data dan Storytelling"}},
    note="Javanese-flavoured request; both the current and the new course name contain a colon, "
         "and the short name is explicitly left alone.",
    body="""Nuwun sewu, Mas/Mbak Tim P4M,

Saya Bambang Widodo, pengampu MK pilihan "Workshop: Data Visualization"
(kode TRPL-4.21). Mulai semester ini nama MK tersebut sudah disahkan berubah
di kurikulum, jadi nama lengkap course mohon diganti menjadi:

Workshop: Visualisasi Data dan Storytelling

Short name-nya biarkan saja, tidak usah diubah. Mohon maaf merepotkan nggih.

Matur nuwun sanget,
Bambang Widodo
Prodi Teknologi Rekayasa Perangkat Lunak
""")

add(slug="support-key-kelas-malam-ditolak", type="elearning_support", lang="id",
    date="2026-11-17 16:58:44", client="gmail",
    frm=("Putri Ayu Lestari", "putri.lestari@students.polibatam.ac.id"),
    subject="Enrolment key kelas TI-2B Malam tidak bisa",
    note="Near-miss: a student names a class and an enrolment key but only reports that enrolling fails.",
    body="""Selamat sore Admin P4M,

Saya mahasiswi kelas TI-2B Malam. Saya mau masuk course Pemrograman Berorientasi
Objek di e-learning, tapi setiap memasukkan enrolment key yang diberikan Pak Rudi
(PBO2B-mlm) selalu muncul tulisan "Incorrect enrolment key, please try again".
Teman-teman sekelas juga mengalami hal yang sama. Apakah ada yang salah dengan
akun kami atau dengan key-nya?

Mohon bantuannya karena tugas pertama harus dikumpulkan Jumat ini.

Terima kasih,
Putri Ayu Lestari
NIM 4342401057
""")

# ---------------------------------------------------------------- 18 November

add(slug="codeswitch-tiga-field-sekaligus", type="course_data", lang="mixed",
    date="2026-11-18 07:48:20", client="gmail",
    frm=("Nadia Putri Lubis", "nadia.lubis@polibatam.ac.id"),
    subject="Update course Data Mining - nama, shortname & key",
    fields={"course_code": "IF 3.207", "course_name": "Data Mining",
            "changes": {"fullname": "Data Mining dan Machine Learning Terapan",
                        "shortname": "IF3207-DMML", "enrolment_key": "dm&ml~2026"}},
    note="A code-switching young lecturer lists three changes as 'jadi:' bullets; the code has a space "
         "and a dot, the key an ampersand and a tilde.",
    body="""Hi tim P4M!

Sorry ganggu pagi-pagi. Mau minta tolong update course aku di e-learning ya:

- course: IF 3.207 Data Mining
- fullname jadi: Data Mining dan Machine Learning Terapan
- shortname jadi: IF3207-DMML
- enrolment key jadi: dm&ml~2026

Basically kurikulum baru nge-merge dua topik itu, jadi biar konsisten sama RPS. Kalau ada yang kurang jelas, ping aku aja via email ini ya. Thanks a lot!

Cheers,
Nadia

-- 
Nadia Putri Lubis, M.Sc.
Dosen Teknik Informatika
Politeknik Negeri Batam
""")

add(slug="en-change-form-class-semester", type="course_data", lang="en",
    date="2026-11-18 09:30:02", client="outlook",
    frm=("Siti Rahmawati", "siti.rahmawati@polibatam.ac.id"),
    subject="Course data change request - BE 2.14",
    fields={"course_code": "BE 2.14", "course_name": "Business English: Presentation Skills",
            "changes": {"class": "IUP-1 (International Undergraduate Program)",
                        "semester": "Odd 2026/2027"}},
    note="A filled-in form with repeated 'Field / Current value / New value' rows; only the New value "
         "lines carry the changes, and the course name has a colon.",
    body="""Dear P4M Helpdesk,

Please find below the completed change request for one of the courses offered to our incoming international students this term.

COURSE DATA CHANGE REQUEST
--------------------------------------------
Course code      : BE 2.14
Current name     : Business English: Presentation Skills
Field            : Class
Current value    : BE-2A
New value        : IUP-1 (International Undergraduate Program)
Field            : Semester
Current value    : Even 2025/2026
New value        : Odd 2026/2027
Reason           : the course shell was copied from last year
Requested by     : Siti Rahmawati, International Office
--------------------------------------------

Everything else (lecturer, credits, enrolment key) stays the same.

Best regards,
Siti Rahmawati
International Office | Politeknik Negeri Batam
""")

add(slug="bugis-tabe-dosen-digantikan", type="course_data", lang="id",
    date="2026-11-18 11:12:37", client="samsung",
    frm=("Andi Tenri Ajeng", "andi.tenri@polibatam.ac.id"),
    subject="Perubahan dosen MK Kewirausahaan Digital",
    fields={"course_code": "TRPL-3.09", "course_name": "Kewirausahaan Digital",
            "changes": {"lecturer": "Hj. Andi Nurhayati, S.E., M.M."}},
    note="Bugis-flavoured secretary's mail; old and new lecturer both named, the new one after "
         "'digantikan oleh Ibu'.",
    body="""Tabe' Bapak/Ibu di P4M,

Saya Andi Tenri Ajeng, sekretaris prodi Teknologi Rekayasa Perangkat Lunak. Mau ka' sampaikan, dosen pengampu MK Kewirausahaan Digital (TRPL-3.09) itu diganti, di'. Yang tadinya Pak Muh. Ridwan Pallawa, sekarang digantikan oleh Ibu Hj. Andi Nurhayati, S.E., M.M. karena Pak Ridwan ditugaskan ke PSDKU.

Tolong diubah mi di e-learning nah. Iye', terima kasih banyak.

Andi Tenri Ajeng
Sekretaris Prodi TRPL

Dikirim dari Samsung Galaxy saya
""")

add(slug="ann-fwd-praktikum-pengganti", type="announcement", lang="id",
    date="2026-11-18 14:05:55", client="gmail",
    frm=("Dian Kurniawati", "dian.kurniawati@polibatam.ac.id"),
    subject="Fwd: Pengumuman praktikum pengganti Fisika Terapan",
    fields={"course_code": "TM 1.107", "course_name": "Fisika Terapan (Praktikum)",
            "title": "Jadwal Praktikum Pengganti Modul 4", "scope": "course",
            "publish_at": "2026-11-19T06:00:00+07:00"},
    note="The announcement, its title and publish time are only inside an Indonesian Gmail forward under "
         "'Mohon diproses ya.'; the practicum date (21 November) is not the publish date.",
    body="""Mohon diproses ya.

""" + fwd_gmail_id("2026-11-18 12:31:40", "Neneng Sukmawati", "neneng.sukmawati@polibatam.ac.id",
                   "Pengumuman praktikum pengganti Fisika Terapan",
                   "Dian Kurniawati <dian.kurniawati@polibatam.ac.id>") + """

Bu Dian,

Tolong dibantu diumumkan di course Fisika Terapan (Praktikum) kode TM 1.107, ya:

Judul: Jadwal Praktikum Pengganti Modul 4
Isi: Praktikum Modul 4 (Gerak Harmonik) yang batal tanggal 16 November diganti pada Sabtu, 21 November 2026 pukul 08.00-11.00 WIB di Lab Fisika Gedung Utama lantai 3. Wajib membawa laporan pendahuluan.

Tayangkan Kamis, 19 November 2026 jam 06.00 pagi biar mahasiswa sempat baca.

Hatur nuhun,
Neneng
""")

add(slug="other-tanya-sks-tengah-semester", type="other", lang="id",
    date="2026-11-18 16:40:19", client="gmail",
    frm=("Eko Prasetyo", "eko.prasetyo@polibatam.ac.id"),
    subject="Pertanyaan: apakah SKS MK bisa diubah di tengah semester?",
    note="Near-miss: asks whether credits could be changed (3 to 2 SKS) and says explicitly not to "
         "change anything yet.",
    body="""Selamat sore Tim P4M,

Saya mau bertanya dulu sebelum mengajukan permohonan resmi. Untuk MK Mekanika
Fluida (MES 2.08) yang saya ampu, ada wacana di prodi untuk mengubah bobotnya
dari 3 SKS menjadi 2 SKS karena sebagian materi dipindah ke MK praktikum.

Apakah perubahan SKS di e-learning bisa dilakukan di tengah semester seperti
sekarang, atau harus menunggu semester depan? Apakah ada pengaruhnya ke nilai
yang sudah masuk di gradebook?

Keputusan prodi sendiri belum final, jadi mohon jangan diubah dulu.

Terima kasih,
Eko Prasetyo
""")

# ---------------------------------------------------------------- 19 November

add(slug="outlook-dari-dikirim-perihal-sks", type="course_data", lang="id",
    date="2026-11-19 08:20:33", client="outlook",
    frm=("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
    subject="TRS: Perubahan SKS dan semester MK Statika Struktur",
    fields={"course_code": "TS 1.204", "course_name": "Statika Struktur",
            "changes": {"semester": "semester III", "credits": "3"}},
    note="Changes only inside an Indonesian Outlook 'Dari/Dikirim/Kepada/Perihal' block; semester given as "
         "a Roman numeral, credits as '3 SKS' next to the old '2 SKS'.",
    body="""Mohon diproses ya, terima kasih.

Salam,
Fitri

""" + outlook_id("2026-11-18 15:47", "Agus Salim Harahap", "agus.harahap@polibatam.ac.id",
                 "Fitri Handayani <fitri.handayani@polibatam.ac.id>",
                 "Perubahan SKS dan semester MK Statika Struktur", subject_label="Perihal") + """

Bu Fitri,

Berdasarkan rapat kurikulum kemarin, MK Statika Struktur (TS 1.204) dipindah ke semester III dan bobotnya menjadi 3 SKS (sebelumnya 2 SKS). Tolong teruskan ke P4M agar data course di e-learning disesuaikan.

Terima kasih,
Agus Salim Harahap
Koordinator Prodi Teknik Sipil
""")

add(slug="en-summary-three-sentences", type="course_data", lang="en",
    date="2026-11-19 10:02:46", client="gmail",
    frm=("Fiona McAllister", "f.mcallister@scit.edu.au"),
    subject="Course summary for EE 4.305 Renewable Energy Systems",
    fields={"course_code": "EE 4.305", "course_name": "Renewable Energy Systems",
            "changes": {"summary": "This course introduces solar, wind and small hydro systems for island "
                                   "communities such as Batam and the Riau Islands. Students size, simulate and "
                                   "cost a hybrid microgrid in teams of four. Assessment is project-based: a "
                                   "design report, a site-visit log and a final pitch to an industry panel."}},
    note="A partner lecturer sends a three-sentence summary as its own paragraph; the old placeholder "
         "summary is quoted in the text too.",
    body="""Hello P4M team,

I co-teach EE 4.305 Renewable Energy Systems with Pak Irfan this semester under our joint teaching agreement. The summary currently on the course page is the placeholder from the template ("Course description will be added soon"). Could you please replace it with the text below? It is three sentences and should appear as one paragraph.

This course introduces solar, wind and small hydro systems for island communities such as Batam and the Riau Islands. Students size, simulate and cost a hybrid microgrid in teams of four. Assessment is project-based: a design report, a site-visit log and a final pitch to an industry panel.

Nothing else on the page needs to change. Many thanks in advance, and apologies for writing in English.

Warm regards,
Fiona

Dr Fiona McAllister
Senior Lecturer, School of Engineering
Southern Cross Institute of Technology
""")

add(slug="dua-mku-satu-kelas-gabungan", type="course_data", lang="mixed",
    date="2026-11-19 13:30:11", client="zimbra",
    frm=("Yohana Sari", "yohana.sari@polibatam.ac.id"),
    subject="Update kelas MKU 2.02 Pendidikan Pancasila",
    fields={"course_code": "MKU 2.02", "course_name": "Pendidikan Pancasila",
            "changes": {"class": "MK-1A & MK-1B"}},
    note="Two courses are listed and only the first changes; the new class is a two-class group written "
         "as one value, and 'MK' is both a programme code and the word for course.",
    body="""Dear Tim P4M,

Semester ini ada dua MKU yang saya pegang di prodi Manajemen Keuangan (MK):

1. MKU 2.02 Pendidikan Pancasila - kelas: MK-1A & MK-1B
2. MKU 2.05 Bahasa Indonesia - kelas: MK-1C (no change)

Yang perlu di-update cuma nomor 1 ya. Di e-learning course Pendidikan Pancasila
masih tertulis kelas MK-1A saja, padahal sekarang kelas gabungan. Please set
Kelas: MK-1A & MK-1B (satu grup, jangan dipisah jadi dua course).

Thanks a lot,
Yohana Sari
Dosen MKU
""")

add(slug="support-en-course-not-on-dashboard", type="elearning_support", lang="en",
    date="2026-11-19 15:45:27", client="outlookcom",
    frm=("Kenji Watanabe", "kenji.watanabe.94@outlook.com"),
    subject="Course missing from my dashboard",
    note="Near-miss: names a course, its code and a class, but the problem is the student's own enrolment.",
    body="""Hello,

I am an exchange student from Japan in class IUP-1. My classmates can see the course Business English: Presentation Skills (BE 2.14) on their dashboard, but it does not appear on mine, and when I open the course link I get "You cannot enrol yourself in this course". Could you please check my enrolment?

My student ID is 4312603901 and my e-learning username is kenji.watanabe.

Thank you very much,
Kenji Watanabe
""")

# ---------------------------------------------------------------- 20 November

add(slug="batak-horas-kelas-karyawan", type="course_data", lang="id",
    date="2026-11-20 07:30:58", client="gmail",
    frm=("Maruli Tua Sihombing", "marulitua.sihombing@polibatam.ac.id"),
    subject="Kelas course Gambar Teknik Manufaktur",
    fields={"course_code": "MES 1.03", "course_name": "Gambar Teknik Manufaktur",
            "changes": {"class": "MES-1A Karyawan"}},
    note="Batak-flavoured mail; the new class carries a qualifier ('Karyawan') and the semester is "
         "explicitly unchanged.",
    body="""Horas Lae, Ito di P4M,

Saya Maruli Tua Sihombing, dosen Teknik Mesin. Mohon dibantu dulu:
MK Gambar Teknik Manufaktur (kode MES 1.03), di e-learning kelasnya masih
MES-1A. Sudah diputuskan Kaprodi, mulai minggu depan course itu dipakai
kelas MES-1A Karyawan (kelas sore). Semesternya tetap, tidak usah diubah.

Mauliate godang,
Maruli Tua Sihombing
""")

add(slug="re-ralat-dosen-beda-satu-huruf", type="course_data", lang="mixed",
    date="2026-11-20 09:15:40", client="gmail",
    frm=("Tasya Anggraini", "tasya.anggraini@polibatam.ac.id"),
    subject="Re: ganti dosen Sistem Operasi",
    irt=gmail_msgid("re-ralat-dosen-beda-satu-huruf", "orig"),
    fields={"course_code": "IF2107", "course_name": "Sistem Operasi",
            "changes": {"lecturer": "Rizka Amelia, M.T."}},
    note="The reply replaces the lecturer named in the quoted request with a near-identical name; the "
         "course code appears only in the quote.",
    body="""Eh sorry banget, aku salah tulis nama di email sebelumnya. Bukan Pak Rizky Ramadhan, tapi Ibu Rizka Amelia, M.T. (beda satu huruf tapi beda orang 😅). Please pakai yang ini ya.

Thanks!
Tasya

""" + attr_gmail_id("2026-11-19 21:40", "Tasya Anggraini", "tasya.anggraini@polibatam.ac.id") + "\n" + q("""Halo P4M,

Dosen pengampu IF2107 Sistem Operasi kelas TI-2C diganti jadi Pak Rizky
Ramadhan, M.Kom. mulai pertemuan 9. Tolong di-update ya.

Makasih,
Tasya""") + "\n")

add(slug="ann-en-site-info-session", type="announcement", lang="en",
    date="2026-11-20 11:05:03", client="outlook",
    frm=("Rizal Effendi", "rizal.effendi@polibatam.ac.id"),
    subject="Announcement request: Summer Exchange 2027 information session",
    fields={"title": "Summer Exchange 2027 - Information Session", "scope": "site",
            "publish_at": "2026-11-23T08:00:00+07:00"},
    note="Two dates: the publish time (Monday 23 November, 08:00) and the event date (2 December) in the text.",
    body="""Dear P4M colleagues,

Could you please publish the announcement below on the e-learning front page, visible to all users, on Monday 23 November 2026 at 08:00 WIB?

Title: Summer Exchange 2027 - Information Session

Text:
The International Office invites all students to an information session on short summer exchange programmes with our partner institutions in Singapore, Malaysia and Japan. The session takes place on Wednesday 2 December 2026, 13.00-14.30 WIB, in the Main Hall and online. Students with a GPA of 3.00 or above are encouraged to attend.

Kind regards,
Rizal Effendi
Head of International Office
Politeknik Negeri Batam
""")

add(slug="betawi-shortname-aje", type="course_data", lang="id",
    date="2026-11-20 14:20:16", client="yahoo",
    frm=("Rohaye", "rohaye.tu@yahoo.co.id"),
    subject="Short name course Praktikum Akuntansi Perusahaan Dagang",
    fields={"course_code": "AK2110", "course_name": "Praktikum Akuntansi Perusahaan Dagang",
            "changes": {"shortname": "AK2110-PAPD"}},
    note="Betawi-flavoured mail from administrative staff; the old short name looks like a code too, "
         "and the new short name contains the course code.",
    body="""Assalamualaikum Bang, Mpok di P4M,

Aye Rohaye, staf TU prodi Akuntansi. Ini aye disuruh Pak Kaprodi ngabarin:
short name course Praktikum Akuntansi Perusahaan Dagang di e-learning kagak
sesuai. Nyang sekarang tulisannya AK-PRAK-DAGANG, mustinya AK2110-PAPD biar
sama kayak kode MK di SIAKAD (AK2110).

Nama lengkapnya kagak usah diubah, cuma short name aje.

Makasih banyak ye,
Rohaye
TU Prodi Akuntansi
""")

add(slug="other-abaikan-sudah-ganti-sendiri", type="other", lang="mixed",
    date="2026-11-20 16:30:49", client="gmail",
    frm=("Bima Saputra", "bima.saputra@polibatam.ac.id"),
    subject="Re: Ganti enrolment key Basis Data Lanjut",
    irt=gmail_msgid("other-abaikan-sudah-ganti-sendiri", "orig"),
    note="Near-miss: the quoted morning mail is a complete key-change request, but the new text withdraws "
         "it because the lecturer already made the change himself.",
    body="""Hi tim P4M,

Tolong abaikan request saya tadi pagi ya. Ternyata I can change the enrolment key myself lewat Participants > Enrolment methods > Self enrolment, dan barusan sudah saya ganti sendiri. Jadi no action needed dari P4M.

Sorry for the trouble & thanks!

Bima

""" + attr_gmail_id("2026-11-20 08:12", "Bima Saputra", "bima.saputra@polibatam.ac.id") + "\n" + q("""Selamat pagi,

Mohon enrolment key course IF3102 Basis Data Lanjut diganti menjadi
BDL-ganjil26 karena key lama sudah bocor.

Terima kasih,
Bima""") + "\n")

# ---------------------------------------------------------------- 21 November

add(slug="iphone-forwarded-summary-iot", type="course_data", lang="en",
    date="2026-11-21 09:12:44", client="iphone",
    frm=("Rina Oktaviani", "rina.oktaviani@polibatam.ac.id"),
    subject="Fwd: Summary for TRE 3.303",
    fields={"course_code": "TRE 3.303", "course_name": "Industrial IoT: Sensors, Networks and Security",
            "changes": {"summary": "Students build and secure small sensor networks for factory and port "
                                   "settings. The course covers field buses, MQTT, edge gateways and basic "
                                   "threat modelling. Every lab ends with a short reflection posted to the "
                                   "course forum."}},
    note="An iPhone forward: every forwarded line is quoted with '> ' below 'Begin forwarded message:', "
         "and the summary is three sentences inside that quote.",
    body="""Please process, thanks.

Sent from my iPhone

""" + iphone_fwd("2026-11-20 16:05:11", "Dr. Daniel Koh", "daniel.koh@polibatam.ac.id",
                 "Rina Oktaviani <rina.oktaviani@polibatam.ac.id>", "Summary for TRE 3.303", """Hi Rina,

For the IUP course TRE 3.303 Industrial IoT: Sensors, Networks and Security, could the e-learning team replace the course summary with this one:

Students build and secure small sensor networks for factory and port settings. The course covers field buses, MQTT, edge gateways and basic threat modelling. Every lab ends with a short reflection posted to the course forum.

The old summary still talks about Arduino kits we no longer use.

Thanks,
Daniel""") + "\n")

add(slug="subjek-saja-field-semester", type="course_data", lang="id",
    date="2026-11-21 11:40:21", client="samsung",
    frm=("Lia Marlina", "lia.marlina@polibatam.ac.id"),
    subject="Semester course Kimia Dasar (Teori) salah",
    fields={"course_code": "KIM-101", "course_name": "Kimia Dasar (Teori)",
            "changes": {"semester": "Genap 2026/2027"}},
    note="The field (semester) is named only in the subject; the body gives the new and the old term "
         "without saying which field they belong to.",
    body="""Assalamualaikum, selamat siang Admin.

Course Kimia Dasar (Teori) kode KIM-101 di e-learning harusnya Genap 2026/2027, bukan Ganjil 2026/2027. Kemarin waktu pengajuan pembuatan course saya salah pilih. Tolong dibetulkan ya.

Terima kasih 🙏
Lia Marlina

Dikirim dari Samsung Galaxy saya
""")

# ---------------------------------------------------------------- 22 November

add(slug="ann-re-ralat-tanggal-tayang", type="announcement", lang="mixed",
    date="2026-11-22 10:20:36", client="gmail",
    frm=("Arif Rahman Hakim", "arif.hakim@polibatam.ac.id"),
    subject="Re: Pengumuman perubahan jadwal UAS praktikum Jarkom",
    irt=gmail_msgid("ann-re-ralat-tanggal-tayang", "orig"),
    fields={"course_code": "TI 2.206", "course_name": "Jaringan Komputer",
            "title": "Perubahan Jadwal UAS Praktikum Jaringan Komputer", "scope": "course",
            "publish_at": "2026-11-24T07:00:00+07:00"},
    note="The reply corrects only the publish date of the quoted request; title, course and text stay "
         "in the quote.",
    body="""Oops, ralat: tolong publish-nya Selasa, 24 November 2026 jam 07.00 aja, not Monday. Judul & isi tetap sama kayak di bawah.

Thanks,
Arif

""" + attr_gmail_id("2026-11-21 20:14", "Arif Rahman Hakim", "arif.hakim@polibatam.ac.id") + "\n" + q("""Halo tim P4M,

Mohon dipasang pengumuman di course TI 2.206 Jaringan Komputer:

Judul: Perubahan Jadwal UAS Praktikum Jaringan Komputer
Isi: UAS praktikum untuk kelas TI-2A dan TI-2B dimajukan ke minggu ke-15
karena lab dipakai untuk sertifikasi. Jadwal per kelompok akan dibagikan
oleh asisten lab.

Tolong tayang Senin, 23 November 2026 jam 07.00.

Terima kasih,
Arif""") + "\n")

add(slug="thunderbird-fwd-shortname-class-iup", type="course_data", lang="en",
    date="2026-11-22 15:05:09", client="thunderbird",
    frm=("Jürgen Weiß", "j.weiss@fh-nordheim.de"),
    subject="Fwd: ME 3.118 on e-learning",
    fields={"course_code": "ME 3.118", "course_name": "Mechatronics Design",
            "changes": {"shortname": "ME3118-MD-IUP", "class": "IUP-ME-3"}},
    note="A visiting professor forwards (Thunderbird '-------- Forwarded Message --------') a coordinator's "
         "mail that holds both changes next to their old values.",
    body="""Dear helpdesk,

Forwarding as Ms Siregar asked me to - please process the request below.

Kind regards,
Jürgen Weiß

""" + tb_fwd("2026-11-20 10:42:18", "Lestari Siregar", "lestari.siregar@polibatam.ac.id",
             "Jürgen Weiß <j.weiss@fh-nordheim.de>", "ME 3.118 on e-learning") + """

Dear Prof. Weiß,

For the joint class you are teaching with us, the e-learning course ME 3.118 Mechatronics Design still carries the short name ME3118 and class ME-3A. As agreed with your faculty, please ask P4M (helpdesk-p4m@polibatam.ac.id) to set the short name to ME3118-MD-IUP and the class to IUP-ME-3. I am on leave next week, so it is quicker if the request comes from you.

Best regards,
Lestari Siregar
Coordinator, Mechatronics IUP
Politeknik Negeri Batam
""")

# ---------------------------------------------------------------- 23 November

add(slug="subjek-saja-sks-angka", type="course_data", lang="id",
    date="2026-11-23 07:35:40", client="iphone",
    frm=("Sri Wahyuningsih", "sri.wahyuningsih@polibatam.ac.id"),
    subject="SKS Praktikum Elektronika Daya",
    fields={"course_code": "EL 3.215", "course_name": "Praktikum Elektronika Daya",
            "changes": {"credits": "4"}},
    note="Field and course name are only in the subject; the body says 'diubah jadi 4' next to the "
         "old value 3 and a split '2 teori + 2 praktik'.",
    body="""Pagi Bu/Pak,

Mohon yang di e-learning diubah jadi 4 ya (2 teori + 2 praktik), sekarang masih tertulis 3. Kodenya EL 3.215.

Terima kasih.

Dikirim dari iPhone saya
""")

add(slug="kaprodi-poin-abc-dosen-kelas", type="course_data", lang="id",
    date="2026-11-23 09:10:25", client="outlook",
    frm=("Dr. Sri Lestari", "sri.lestari@polibatam.ac.id"),
    subject="Permohonan perubahan data course Perancangan Basis Data",
    fields={"course_code": "RPL 2.104", "course_name": "Perancangan Basis Data",
            "changes": {"lecturer": "Dr. Sri Wahyuni Nasution, S.Kom., M.T.",
                        "class": "RPL-2A dan RPL-2B (gabungan)"}},
    note="A head of programme lists points a-c with 'semula ... diganti' and an arrow; the semester "
         "point is explicitly unchanged.",
    body="""Yth. Tim Helpdesk P4M,

Menindaklanjuti rapat koordinasi prodi tanggal 20 November 2026, kami mohon perubahan data course berikut di e-learning:

Mata kuliah : RPL 2.104 - Perancangan Basis Data
a. Dosen pengampu : semula Yudi Prasetyo, M.Kom., diganti Dr. Sri Wahyuni Nasution, S.Kom., M.T.
b. Kelas          : RPL-2A Pagi -> RPL-2A dan RPL-2B (gabungan)
c. Semester       : Ganjil 2026/2027 (tetap, tidak berubah)

Perubahan berlaku mulai pertemuan ke-11. Atas bantuannya kami ucapkan terima kasih.

Hormat kami,
Dr. Sri Lestari, S.T., M.Kom.
Ketua Program Studi Teknologi Rekayasa Perangkat Lunak
Politeknik Negeri Batam
""")

add(slug="ann-nota-dinas-batas-nilai-uts", type="announcement", lang="id",
    date="2026-11-23 11:50:14", client="zimbra",
    frm=("Nurul Fadhilah", "nurul.fadhilah@polibatam.ac.id"),
    subject="Nota dinas: publikasi pengumuman batas input nilai UTS",
    fields={"title": "Batas Akhir Input Nilai UTS Semester Ganjil 2026/2027", "scope": "site",
            "publish_at": "2026-11-27T08:00:00+07:00"},
    attach=[pdf_att("ND-1187-Batas-Input-Nilai-UTS.pdf", "NOTA DINAS 1187/PL29/AK/ND/2026",
                    ["Hal: Publikasi Pengumuman Batas Akhir Input Nilai UTS",
                     "Kepada Yth.: Kepala P4M",
                     "Dari: Wakil Direktur Bidang Akademik",
                     "Judul pengumuman: Batas Akhir Input Nilai UTS Semester Ganjil 2026/2027",
                     "Tayang: Jumat, 27 November 2026 pukul 08.00 WIB",
                     "Ditandatangani secara elektronik"], "20261120093000+07'00'")],
    note="A memo pasted in the body (and scanned as PDF) with three dates: memo date, publish time, and "
         "the grading deadline inside the text.",
    body="""Kepada Yth. Tim P4M,

Berikut kami sampaikan nota dinas dari Wakil Direktur Bidang Akademik untuk
dipublikasikan sebagai pengumuman di e-learning (seluruh dosen). Scan aslinya
terlampir.

NOTA DINAS
Nomor       : 1187/PL29/AK/ND/2026
Hal         : Publikasi Pengumuman Batas Akhir Input Nilai UTS
Kepada Yth. : Kepala P4M
Dari        : Wakil Direktur Bidang Akademik
Tanggal     : 20 November 2026

Mohon dipublikasikan pengumuman dengan judul "Batas Akhir Input Nilai UTS Semester Ganjil 2026/2027" pada halaman depan e-learning, tayang Jumat, 27 November 2026 pukul 08.00 WIB, dengan isi sebagai berikut:

Seluruh dosen diminta menginput nilai UTS semester Ganjil 2026/2027 melalui e-learning paling lambat Jumat, 4 Desember 2026 pukul 23.59 WIB. Nilai yang masuk setelah batas waktu tidak dapat disinkronkan ke SIAKAD.

Demikian, atas perhatiannya diucapkan terima kasih.

Salam,
Nurul Fadhilah
Bagian Akademik
""")

add(slug="other-en-thanks-lecturer-updated", type="other", lang="en",
    date="2026-11-23 14:30:50", client="outlook",
    frm=("Grace Manurung", "grace.manurung@polibatam.ac.id"),
    subject="RE: [P4M #4518] EL 4.112 Power System Protection - teaching change",
    irt=hd_msgid(4518, "other-en-thanks-lecturer-updated"),
    note="Near-miss: thanks that repeat the course code, name and new lecturer of a change that is "
         "already done.",
    body="""Dear P4M team,

Thank you very much - I checked this morning and the EL 4.112 Power System Protection page now shows Dr. Marcus Lim as the lecturer. Dr Okafor is happy with it as well. Nothing further is needed, so please feel free to close the ticket.

Best regards,
Grace

Grace Manurung
International Office | Politeknik Negeri Batam

""" + outlook_en("2026-11-21 10:18", HD_NAME, HELPDESK, "Grace Manurung <grace.manurung@polibatam.ac.id>",
                 "[P4M #4518] EL 4.112 Power System Protection - teaching change") + """

Dear Ms Manurung,

The lecturer shown on the e-learning course EL 4.112 Power System Protection has been changed to Dr. Marcus Lim. Please let us know if anything else needs to be adjusted.

Kind regards,
P4M Helpdesk Team
""")

add(slug="asisten-lab-key-simbol-cc-dosen", type="course_data", lang="mixed",
    date="2026-11-23 16:10:03", client="gmail",
    frm=("Farhan Maulana", "farhan.maulana@students.polibatam.ac.id"),
    cc=["Arif Rahman Hakim <arif.hakim@polibatam.ac.id>"],
    subject="Request enrolment key baru - Praktikum Jaringan Komputer (Lab B)",
    fields={"course_code": "IF 2.207P", "course_name": "Praktikum Jaringan Komputer (Lab B)",
            "changes": {"enrolment_key": "Jarkom@Lab#B2!26"}},
    note="A lab assistant asks on the lecturer's behalf (lecturer in Cc); the key has four kinds of symbol "
         "and the code a letter suffix.",
    body="""Halo kak-kak P4M,

Aku Farhan, asisten Lab Jaringan (Lab B). On behalf of Pak Arif, mau request ganti enrolment key course IF 2.207P Praktikum Jaringan Komputer (Lab B).

New key: Jarkom@Lab#B2!26

(case-sensitive ya kak, huruf J dan L kapital, ada tanda seru sebelum 26). Key lama udah ke-share di grup angkatan atas, jadi a few seniors bisa masuk course padahal bukan peserta.

Pak Arif aku cc di email ini for confirmation. Thanks kak!

Farhan Maulana
Asisten Laboratorium Jaringan Komputer
""")

# ---------------------------------------------------------------- 24 November

add(slug="subjek-saja-enrol-key-baru", type="course_data", lang="mixed",
    date="2026-11-24 08:00:27", client="outlook",
    frm=("Yuliana Tanjung", "yuliana.tanjung@polibatam.ac.id"),
    subject="New enrolment key - Statistika Bisnis (MB-1205)",
    fields={"course_code": "MB-1205", "course_name": "Statistika Bisnis",
            "changes": {"enrolment_key": "SB_ganjil*2026"}},
    note="Field, course name and code are only in the subject; the body gives the bare key followed by "
         "a space and a full stop.",
    body="""Dear P4M team,

Mohon diganti ke: SB_ganjil*2026 .
The old one leaked di grup WA angkatan, jadi banyak yang bukan peserta ikut masuk.

Thanks,
Yuliana Tanjung
Dosen Manajemen Bisnis
""")

add(slug="en-outlook-reply-corrects-credits", type="course_data", lang="en",
    date="2026-11-24 10:20:44", client="outlook",
    frm=("Peter van Dijk", "peter.vandijk@polibatam.ac.id"),
    subject="RE: Credits for MR 2.10",
    irt=outlook_msgid("en-outlook-reply-corrects-credits", "orig"),
    fields={"course_code": "MR 2.10", "course_name": "Marine Engineering Fundamentals",
            "changes": {"credits": "4"}},
    note="Three credit values: the reply's '4 credits' corrects '3 credits' in the quoted Outlook "
         "'From/Sent/To/Subject' block, and 2 is the current value.",
    body="""Dear helpdesk team,

A correction to my request below: the credits for MR 2.10 Marine Engineering Fundamentals should be 4 credits, not 3. I mixed it up with the theory-only version of the course. Everything else in my earlier message is unchanged.

Apologies for the confusion.

Peter

""" + outlook_en("2026-11-23 16:48", "Peter van Dijk", "peter.vandijk@polibatam.ac.id",
                 "helpdesk-p4m <helpdesk-p4m@polibatam.ac.id>", "Credits for MR 2.10") + """

Dear helpdesk team,

Could you please change the credits of MR 2.10 Marine Engineering Fundamentals on e-learning to 3 credits? The course shell was created with 2.

Kind regards,
Peter van Dijk
Visiting Lecturer, Maritime Engineering (IUP)
""")

add(slug="ann-course-tayang-lusa", type="announcement", lang="id",
    date="2026-11-24 13:00:15", client="samsung",
    frm=("Lia Marlina", "lia.marlina@polibatam.ac.id"),
    subject="Tolong umumkan di course Kimia Dasar (Teori)",
    fields={"course_name": "Kimia Dasar (Teori)", "title": "Kuis 3 Dipindah ke Lab Kimia",
            "scope": "course", "publish_at": "2026-11-26T06:30:00+07:00"},
    note="The publish time is relative ('lusa jam 06.30' from a Tuesday mail) and the course is named "
         "without a code.",
    body="""Siang Admin,

Mohon dibantu pasang pengumuman di course Kimia Dasar (Teori) ya, tayang lusa jam 06.30 pagi.

Judul: Kuis 3 Dipindah ke Lab Kimia
Isi: Kuis 3 Kimia Dasar dilaksanakan di Lab Kimia Gedung Teknik lantai 2, bukan di ruang kelas biasa. Mahasiswa wajib membawa jas lab dan kalkulator.

Makasih banyak ya 🙏
Lia

Dikirim dari Samsung Galaxy saya
""")

add(slug="fwd-bertingkat-rename-sig", type="course_data", lang="mixed",
    date="2026-11-24 15:40:38", client="gmail",
    frm=("Sri Mulyani", "sri.mulyani@polibatam.ac.id"),
    subject="Fwd: Fwd: Nama MK SIG",
    fields={"course_code": "GM-2.13", "course_name": "Sistem Informasi Geografis (SIG) - Dasar",
            "changes": {"fullname": "Sistem Informasi Geografis untuk Perencanaan Wilayah"}},
    note="Two nested Gmail forwards under 'mohon diproses'; the rename is in the innermost message, and "
         "the current name holds both parentheses and a dash.",
    body="""mohon diproses 🙏

""" + fwd_gmail_en("2026-11-24 14:58:02", "Hadi Kusuma", "hadi.kusuma@polibatam.ac.id", "Fwd: Nama MK SIG",
                   "Sri Mulyani <sri.mulyani@polibatam.ac.id>") + """

FYI, please forward this to P4M, I approve the change.

Hadi
Ketua Jurusan Teknik Geomatika

""" + fwd_gmail_en("2026-11-23 10:31:47", "Wulan Permata", "wulan.permata@polibatam.ac.id", "Nama MK SIG",
                   "Hadi Kusuma <hadi.kusuma@polibatam.ac.id>") + """

Pak Hadi,

Sesuai hasil revisi kurikulum, MK GM-2.13 Sistem Informasi Geografis (SIG) - Dasar diganti namanya menjadi Sistem Informasi Geografis untuk Perencanaan Wilayah. Mohon persetujuan Bapak agar bisa diteruskan ke P4M untuk diubah di e-learning.

Terima kasih,
Wulan Permata
""")

# ---------------------------------------------------------------- 25 November

add(slug="support-unggah-tugas-terlalu-besar", type="elearning_support", lang="id",
    date="2026-11-25 07:55:12", client="gmail",
    frm=("Galih Pratama", "galih.pratama@students.polibatam.ac.id"),
    subject="Tidak bisa upload tugas 3 Workshop: Visualisasi Data dan Storytelling",
    note="Near-miss: names a course (the renamed one, with a colon) and a class, but the problem is a "
         "file-size upload limit.",
    body="""Selamat pagi Admin,

Saya tidak bisa mengunggah tugas 3 di course Workshop: Visualisasi Data dan
Storytelling. Setiap klik "Save changes" muncul pesan "The file dashboard_kel4.pbix
is too large", padahal ukurannya cuma 18 MB. Batas pengumpulan jam 23.59 malam
ini. Apakah batas ukuran file bisa dinaikkan, atau saya kirim lewat cara lain?

Terima kasih,
Galih Pratama
TRPL-4A
""")

add(slug="formulir-centang-kelas-semester", type="course_data", lang="id",
    date="2026-11-25 09:30:41", client="thunderbird",
    frm=("Ahmad Syukri", "ahmad.syukri@polibatam.ac.id"),
    subject="Formulir perubahan data MK Metrologi Industri",
    fields={"course_code": "TMK 2.301", "course_name": "Metrologi Industri",
            "changes": {"class": "MEK-3A & MEK-3B", "semester": "semester 3"}},
    note="A checkbox form where only the ticked rows carry values; the class is a two-class group and "
         "the semester is written 'semester 3' next to the old 'semester 2'.",
    body="""Yth. Tim Helpdesk P4M,

Berikut isian formulir perubahan data mata kuliah yang sudah ditandatangani
Kaprodi (versi cetak ada di kami).

FORMULIR PERMOHONAN PERUBAHAN DATA MATA KULIAH E-LEARNING
No. Formulir  : FM-P4M-07
Kode MK       : TMK 2.301
Nama MK       : Metrologi Industri
Data yang diubah:
  [ ] Nama lengkap    : -
  [ ] Nama singkat    : -
  [ ] Dosen pengampu  : -
  [x] Kelas           : MEK-3A & MEK-3B
  [x] Semester        : semester 3 (sebelumnya semester 2)
  [ ] SKS             : -
  [ ] Enrolment key   : -
Alasan perubahan : penyesuaian kurikulum 2026, MK diikuti dua kelas sekaligus.
Pemohon          : Ir. Joko Susilo, M.T. (Kaprodi Teknik Mesin)

Terima kasih atas bantuannya.

Salam,
Ahmad Syukri
Sekretariat Prodi Teknik Mesin
""")

add(slug="en-two-courses-only-first-renamed", type="course_data", lang="en",
    date="2026-11-25 11:25:06", client="gmail",
    frm=("Kevin Tanoto", "kevin.tanoto@polibatam.ac.id"),
    subject="Rename of IT 2.301",
    fields={"course_code": "IT 2.301", "course_name": "Web Programming",
            "changes": {"fullname": "Web Application Development"}},
    note="Two courses in a numbered list with arrows; only the first is renamed, the second is "
         "explicitly left as is.",
    body="""Hi P4M team,

Two of my courses are listed below; only the first one needs a new name.

1) IT 2.301 Web Programming -> rename to: Web Application Development
2) IT 2.302 Mobile Programming -> no change needed, please leave as is

The short name of IT 2.301 can stay the same. Thank you!

Best,
Kevin Tanoto
Lecturer, Informatics Engineering
""")

add(slug="ringkasan-tiga-kalimat-etika", type="course_data", lang="id",
    date="2026-11-25 14:00:52", client="outlook",
    frm=("Hotma Simanjuntak", "hotma.simanjuntak@polibatam.ac.id"),
    subject="Perubahan ringkasan (summary) course ETK-201",
    fields={"course_code": "ETK-201", "course_name": "Etika Profesi dan Hukum Siber",
            "changes": {"summary": "Mata kuliah ini membahas etika profesi di bidang teknologi informasi serta "
                                   "dasar hukum siber di Indonesia. Mahasiswa mengkaji UU ITE, UU Pelindungan "
                                   "Data Pribadi, dan studi kasus kebocoran data. Penilaian dilakukan melalui "
                                   "diskusi kasus, esai reflektif, dan presentasi kelompok."}},
    note="A three-sentence summary between quotation marks; the mail also says the course name must "
         "stay, so no fullname change.",
    body="""Yth. Tim Helpdesk P4M,

Mohon ringkasan course ETK-201 Etika Profesi dan Hukum Siber di e-learning diganti dengan teks berikut (tanpa tanda kutip):

"Mata kuliah ini membahas etika profesi di bidang teknologi informasi serta dasar hukum siber di Indonesia. Mahasiswa mengkaji UU ITE, UU Pelindungan Data Pribadi, dan studi kasus kebocoran data. Penilaian dilakukan melalui diskusi kasus, esai reflektif, dan presentasi kelompok."

Nama course tetap, tidak perlu diubah.

Terima kasih.

Hormat saya,
Hotma Simanjuntak, S.H., M.H.
Dosen Mata Kuliah Umum
""")

add(slug="ann-en-course-this-coming-monday", type="announcement", lang="en",
    date="2026-11-25 16:45:33", client="gmail",
    frm=("Olivia Hartanto", "olivia.hartanto@polibatam.ac.id"),
    subject="Please post in Business English: Presentation Skills",
    fields={"course_code": "BE 2.14", "course_name": "Business English: Presentation Skills",
            "title": "Presentation Day Moved to Week 14", "scope": "course",
            "publish_at": "2026-11-30T07:00:00+07:00"},
    note="The publish time is relative ('this coming Monday at 7 am' from a Wednesday mail) and the "
         "course name contains a colon.",
    body="""Hi P4M team,

Could you please post an announcement in my course BE 2.14 Business English: Presentation Skills this coming Monday at 7 am?

Title: Presentation Day Moved to Week 14

Text: Because of the campus sports week, our final presentations move from week 13 to week 14, same room and same time. Groups that have already uploaded their slides do not need to upload again.

Many thanks,
Olivia Hartanto
""")

# ---------------------------------------------------------------- 26 November

add(slug="zimbra-pesan-asli-semester-antara", type="course_data", lang="id",
    date="2026-11-26 08:10:29", client="zimbra",
    frm=("Yuni Astuti", "yuni.astuti@polibatam.ac.id"),
    subject="Fwd: MK Fisika Dasar I untuk semester antara",
    fields={"course_code": "FIS-1.01", "course_name": "Fisika Dasar I",
            "changes": {"semester": "Antara 2026/2027", "credits": "2"}},
    note="Both changes are only inside a Zimbra '----- Pesan Asli -----' block; the term is a short "
         "semester ('Antara') and credits are '2 (dua) SKS'.",
    body="""Mohon diproses.

""" + zimbra_orig("2026-11-25 16:20:07", "Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id",
                  '"Yuni Astuti" <yuni.astuti@polibatam.ac.id>', "MK Fisika Dasar I untuk semester antara") + """

Bu Yuni,

Untuk persiapan semester antara, course Fisika Dasar I (FIS-1.01) di e-learning tolong disesuaikan: semester diubah ke Antara 2026/2027 dan bobotnya menjadi 2 (dua) SKS karena hanya teori. Mohon diteruskan ke P4M.

Terima kasih,
Rahmat Hidayat
Koordinator MK Dasar
""")

add(slug="codeswitch-dosen-switch-to", type="course_data", lang="mixed",
    date="2026-11-26 10:00:18", client="samsung",
    frm=("Dewi Anggraeni", "dewi.anggraeni@polibatam.ac.id"),
    subject="Ganti dosen Kalkulus Lanjut",
    fields={"course_code": "MAT-2.02", "course_name": "Kalkulus Lanjut",
            "changes": {"lecturer": "Fajar Nugroho, S.Si., M.Si."}},
    note="Code-switching: 'dosen pengampu ... switch to Pak ...'; the mail also says the enrolment key "
         "stays the same.",
    body="""Hi admin P4M,

Quick request: dosen pengampu MAT-2.02 Kalkulus Lanjut switch to Pak Fajar Nugroho, S.Si., M.Si. mulai minggu depan ya, because Bu Ratih is on maternity leave. Enrolment key dll tetap sama, no need to change.

Thanks a lot!
Dewi (admin prodi TRE)

Dikirim dari Samsung Galaxy saya
""")

add(slug="auto-ooo-zimbra-sebut-mk", type="auto", lang="id",
    date="2026-11-26 13:20:40", client="zimbra_vacation",
    frm=("Lusiana Purba", "lusiana.purba@polibatam.ac.id"),
    subject="Re: [P4M #4509] Nota dinas perubahan dosen pengampu RKS.2201",
    irt=hd_msgid(4509, "auto-ooo-zimbra-sebut-mk"),
    note="Zimbra vacation reply (Auto-Submitted, Precedence: bulk) that names a course and a lecturer "
         "change in its text.",
    body="""Terima kasih atas email Anda.

Saya sedang cuti sampai dengan Senin, 30 November 2026 dan akses email terbatas.
Untuk urusan perubahan dosen pengampu MK Keamanan Jaringan (RKS.2201) silakan
menghubungi Sekretariat Jurusan Teknik Informatika di ext. 1204.

Salam,
Lusiana Purba
""")

add(slug="ann-edom-asap-tanpa-jam", type="announcement", lang="mixed",
    date="2026-11-26 15:55:11", client="gmail",
    frm=("Bagian Akademik Polibatam", "akademik@polibatam.ac.id"),
    subject="Tolong post pengumuman EDOM di front page",
    fields={"title": "Pengisian EDOM Semester Ganjil 2026/2027", "scope": "site"},
    note="Site-wide and 'ASAP' with no clock time, so no publish_at; the deadline date in the text is "
         "not a publish time.",
    body="""Hi P4M,

Tolong di-post ASAP di front page e-learning ya, for all students:

Title: Pengisian EDOM Semester Ganjil 2026/2027
Isi: Seluruh mahasiswa wajib mengisi Evaluasi Dosen oleh Mahasiswa (EDOM) untuk setiap mata kuliah yang diikuti sebelum Senin, 7 Desember 2026. Mahasiswa yang belum mengisi EDOM tidak dapat melihat nilai UAS di SIAKAD.

Thanks!
Bagian Akademik
""")

# ---------------------------------------------------------------- 27 November

add(slug="dosen-menyusul-kelas-saja", type="course_data", lang="mixed",
    date="2026-11-27 07:40:34", client="gmail",
    frm=("Melati Siregar", "melati.siregar@polibatam.ac.id"),
    subject="2 update course AK 3.11 Akuntansi Sektor Publik",
    fields={"course_code": "AK 3.11", "course_name": "Akuntansi Sektor Publik",
            "changes": {"class": "AK-3A Malam"}},
    note="Two announced changes, but the lecturer change has no new value yet ('still TBD'), so only "
         "the class is labelled.",
    body="""Pagi P4M,

Ada 2 update untuk course AK 3.11 Akuntansi Sektor Publik:
1. Kelas: ganti ke AK-3A Malam (bukan AK-3A reguler lagi).
2. Dosen pengampu juga akan diganti, tapi nama dosennya still TBD, nunggu SK dari jurusan. Nanti I'll email again begitu SK keluar.

Jadi for now tolong proses yang nomor 1 dulu aja ya.

Thanks,
Melati
""")

add(slug="en-partner-shortname-key-tilde", type="course_data", lang="en",
    date="2026-11-27 09:05:57", client="outlookcom",
    frm=("Sarah O'Connell", "sarah.oconnell.lecturer@outlook.com"),
    subject="Two small changes on the Design Thinking course page",
    fields={"course_code": "DT-JM 01",
            "course_name": "Design Thinking: Human-Centred Innovation (Joint Module)",
            "changes": {"shortname": "DTJM01-2026", "enrolment_key": "HCI~joint#2026"}},
    note="An outside guest lecturer; the course name has a colon and parentheses, the old short name "
         "('Copy of DT-JM 01') contains the code, and the key a tilde and a hash.",
    body="""Hi there,

I'm the guest lecturer for DT-JM 01 Design Thinking: Human-Centred Innovation (Joint Module), run together with Polibatam's Business School. Two small things on the course page, please:

1. Short name: please change it to DTJM01-2026 (it currently shows "Copy of DT-JM 01").
2. Enrolment key: please set it to HCI~joint#2026 — exactly as written, including the tilde and the hash.

Thanks so much,
Sarah O'Connell
Guest Lecturer, Design Thinking Joint Module
""")

add(slug="lampiran-docx-form-rename-sks", type="course_data", lang="mixed",
    date="2026-11-27 11:30:22", client="gmail",
    frm=("Yoga Pradana", "yoga.pradana@polibatam.ac.id"),
    subject="Form perubahan data MK Pengantar Teknologi Maritim",
    fields={"course_code": "TM-1.01", "course_name": "Pengantar Teknologi Maritim",
            "changes": {"fullname": "Pengantar Teknologi Kemaritiman dan Kepelabuhanan", "credits": "2"}},
    attach=[docx_att("Form_Perubahan_MK_TM-1.01.docx",
                     ["FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING",
                      "Jurusan: Teknik Maritim",
                      "Kode MK: TM-1.01",
                      "Nama MK (saat ini): Pengantar Teknologi Maritim",
                      "Nama lengkap baru: Pengantar Teknologi Kemaritiman dan Kepelabuhanan",
                      "SKS saat ini: 3",
                      "SKS baru: 2",
                      "Semester: tetap (Ganjil 2026/2027)",
                      "Disetujui oleh: Ketua Jurusan Teknik Maritim, 26 November 2026"],
                     "Formulir Perubahan Data MK")],
    note="The body only points to the attachment; code and both changes are in the attached DOCX form, "
         "next to the current credits and an unchanged semester.",
    body="""Selamat siang tim P4M,

Attached formulir perubahan data MK Pengantar Teknologi Maritim yang sudah di-approve Kajur. Detail perubahannya ada di form ya, please let me know kalau ada yang kurang.

Thanks,
Yoga Pradana
Jurusan Teknik Maritim
""")

add(slug="auto-balasan-otomatis-subjek-saja", type="auto", lang="id",
    date="2026-11-27 14:10:05", client="outlook",
    frm=("Dewi Anggraeni", "dewi.anggraeni@polibatam.ac.id"),
    subject="Balasan Otomatis: [P4M #4561] Ganti dosen Kalkulus Lanjut",
    irt=hd_msgid(4561, "auto-balasan-otomatis-subjek-saja"),
    note="Out-of-office recognisable only by the 'Balasan Otomatis:' subject; its text names a course "
         "and a lecturer change.",
    body="""Terima kasih atas pesan Anda.

Saya sedang mengikuti pelatihan di Bandung pada 26-28 November 2026 dengan akses email terbatas. Untuk perubahan dosen pengampu Kalkulus Lanjut dan urusan prodi TRE lainnya, silakan menghubungi Kaprodi TRE.

Salam,
Dewi Anggraeni
""")

add(slug="other-terima-kasih-kelas-muncul", type="other", lang="id",
    date="2026-11-27 16:35:48", client="gmail",
    frm=("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
    subject="Re: [P4M #4502] Fwd: Kelas PBO semester ini",
    irt=hd_msgid(4502, "other-terima-kasih-kelas-muncul"),
    note="Near-miss: thanks that repeat a course and its new class after the change was made.",
    body="""Terima kasih Tim P4M, kelas paralel TI-2B Malam sudah muncul di course
Pemrograman Berorientasi Objek dan mahasiswa sudah bisa masuk. Tiketnya boleh
ditutup.

Salam,
Rudi Hartono

""" + attr_gmail_id("2026-11-16 09:05", HD_NAME, HELPDESK) + "\n" + q("""Yth. Bapak Wahyu Setiawan,

Kelas pada course IF2205 Pemrograman Berorientasi Objek telah kami ubah
menjadi TI-2B Malam. Tiket ini kami tandai selesai.

Salam,
Tim Helpdesk P4M""") + "\n")

# ---------------------------------------------------------------- 28 November

add(slug="en-outlook-fw-rename-parentheses", type="course_data", lang="en",
    date="2026-11-28 09:00:14", client="outlook",
    frm=("Amanda Wijaya", "amanda.wijaya@polibatam.ac.id"),
    subject="FW: AP 1.12 course title",
    fields={"course_code": "AP 1.12", "course_name": "Applied Physics (Laboratory)",
            "changes": {"fullname": "Applied Physics Laboratory (Practicum Track)",
                        "semester": "Even 2026/2027"}},
    note="'Please action - see below.' over a modern Outlook 'From/Sent/To/Subject' block; old and new "
         "names both end in parentheses.",
    body="""Please action - see below.

Amanda

""" + outlook_en("2026-11-26 17:14", "Thomas Reid", "thomas.reid@polibatam.ac.id",
                 "Amanda Wijaya <amanda.wijaya@polibatam.ac.id>", "AP 1.12 course title") + """

Hi Amanda,

The course AP 1.12 Applied Physics (Laboratory) should be renamed Applied Physics Laboratory (Practicum Track) on e-learning, so that it matches the new handbook. Could you also ask them to move it to semester Even 2026/2027? It was set up under the wrong term.

Thanks,
Tom
""")

add(slug="support-lupa-password-malam", type="elearning_support", lang="mixed",
    date="2026-11-28 21:40:31", client="samsung",
    frm=("Nur Aisyah", "nur.aisyah@students.polibatam.ac.id"),
    subject="gak bisa login e-learning",
    note="Near-miss: a course and a class name are mentioned only to explain why the login matters.",
    body="""Kak admin, sorry ganggu malem2.

Aku gak bisa login e-learning sejak kemarin, katanya "Invalid login, please try again". Udah coba reset password tapi email reset-nya ga masuk2 ke inbox students. Aku perlu akses course Akuntansi Sektor Publik (kelas AK-3A Malam) buat kuis besok pagi. Please help 🙏

NIM: 3312511022
Nama: Nur Aisyah

Sent from my Galaxy
""")

add(slug="auto-en-moodle-forum-class-change", type="auto", lang="en",
    date="2026-11-28 22:15:02", client="moodle",
    frm=("Lestari Siregar (via E-Learning Polibatam)", "noreply@polibatam.ac.id"),
    subject="ME 3.118: Class change for Mechatronics Design",
    moodle={"forum": "Announcements", "forum_id": 1187, "course_id": 2231,
            "course": "ME 3.118 Mechatronics Design", "discussion": 20415},
    note="A Moodle forum copy (Precedence: Bulk, List-Id, Auto-Submitted) that reports a class change "
         "in a course.",
    body="""ME 3.118 Mechatronics Design -> Announcements -> Class change for Mechatronics Design
https://elearning.polibatam.ac.id/mod/forum/discuss.php?d=20415

Class change for Mechatronics Design
by Lestari Siregar - Saturday, 28 November 2026, 10:14 PM
---------------------------------------------------------------------
Dear students, from next week this course is set to class IUP-ME-3 and the short name is ME3118-MD-IUP. Please check that you can still open the course; if not, contact the helpdesk.
---------------------------------------------------------------------
Unsubscribe from this forum: https://elearning.polibatam.ac.id/mod/forum/subscribe.php?id=1187
""",
    html="""<div class="navbar"><a href="https://elearning.polibatam.ac.id/course/view.php?id=2231">ME 3.118 Mechatronics Design</a> &raquo; <a href="https://elearning.polibatam.ac.id/mod/forum/view.php?f=1187">Announcements</a> &raquo; <a href="https://elearning.polibatam.ac.id/mod/forum/discuss.php?d=20415">Class change for Mechatronics Design</a></div>
<table border="0" cellpadding="3" cellspacing="0" class="forumpost">
<tr class="header"><td class="topic starter"><div class="subject">Class change for Mechatronics Design</div><div class="author">by Lestari Siregar - Saturday, 28 November 2026, 10:14 PM</div></td></tr>
<tr><td class="content"><p>Dear students, from next week this course is set to class IUP-ME-3 and the short name is ME3118-MD-IUP. Please check that you can still open the course; if not, contact the helpdesk.</p></td></tr>
</table>
<hr /><div class="mdl-align unsubscribelink"><a href="https://elearning.polibatam.ac.id/mod/forum/subscribe.php?id=1187">Unsubscribe from this forum</a></div>
""")

# ---------------------------------------------------------------- 29 November

add(slug="yahoo-re-pilih-opsi-b-shortname", type="course_data", lang="id",
    date="2026-11-29 10:30:26", client="yahoo",
    frm=("Suryani", "suryani.mku@yahoo.co.id"),
    subject="Re: [P4M #4547] Short name MK Kewarganegaraan",
    irt=hd_msgid(4547, "yahoo-re-pilih-opsi-b-shortname"),
    fields={"course_code": "MKU 2.03", "course_name": "Kewarganegaraan",
            "changes": {"shortname": "MKU203-KWN"}},
    note="A reply picks option B from the helpdesk's quoted list; the first option and the original "
         "too-long proposal are distractors in the quote.",
    body="""Selamat pagi Mbak Rina,

Yang opsi B saja: MKU203-KWN. Lebih pendek dan sama dengan kode di SIAKAD.

Terima kasih,
Suryani

""" + attr_yahoo("2026-11-28 15:12:40", HD_NAME, HELPDESK) + "\n\n" + q("""Yth. Ibu Suryani,

Terkait permintaan perubahan short name course MKU 2.03 Kewarganegaraan: short name di e-learning dibatasi 15 karakter dan harus unik. Usulan Ibu (MKU203-KEWARGANEGARAAN-GJL) terlalu panjang. Silakan pilih salah satu:

A) KWN-MKU203-GJL
B) MKU203-KWN

Salam,
Rina
Tim Helpdesk P4M""") + "\n")

add(slug="auto-bounce-mailbox-penuh-kelas", type="auto", lang="id",
    date="2026-11-29 19:45:33", client="postfix_dsn",
    frm=("Mail Delivery System", "MAILER-DAEMON@polibatam.ac.id"),
    subject="Undelivered Mail Returned to Sender",
    note="A Postfix bounce (mailbox full) of the helpdesk's own resolution notice; the returned message "
         "lists a course and a class change.",
    body="""This is the mail system at host mx.polibatam.ac.id.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<marulitua.sihombing@polibatam.ac.id>: host mail.polibatam.ac.id[103.143.70.12]
    said: 552 5.2.2 <marulitua.sihombing@polibatam.ac.id>: Mailbox full, quota
    exceeded (in reply to RCPT TO command)
""",
    dsn_blocks=[[("Reporting-MTA", "dns; mx.polibatam.ac.id"),
                 ("X-Postfix-Queue-ID", "4Hq7Lm2Xz9"),
                 ("X-Postfix-Sender", "rfc822; helpdesk-p4m@polibatam.ac.id"),
                 ("Arrival-Date", "Sun, 29 Nov 2026 19:45:30 +0700 (WIB)")],
                [("Final-Recipient", "rfc822; marulitua.sihombing@polibatam.ac.id"),
                 ("Original-Recipient", "rfc822;marulitua.sihombing@polibatam.ac.id"),
                 ("Action", "failed"), ("Status", "5.2.2"),
                 ("Remote-MTA", "dns; mail.polibatam.ac.id"),
                 ("Diagnostic-Code", "smtp; 552 5.2.2 <marulitua.sihombing@polibatam.ac.id>: Mailbox full, "
                                     "quota exceeded")]],
    returned={"headers": [("From", "Helpdesk P4M Polibatam <helpdesk-p4m@polibatam.ac.id>"),
                          ("To", "Maruli Tua Sihombing <marulitua.sihombing@polibatam.ac.id>"),
                          ("Subject", "[P4M #4529] Kelas course Gambar Teknik Manufaktur"),
                          ("Date", "Sun, 29 Nov 2026 19:45:28 +0700"),
                          ("Message-ID", "<p4m.4529.8c1f0e2ab3d94e51@polibatam.ac.id>"),
                          ("Auto-Submitted", "auto-generated")],
              "body": """Yth. Bapak Maruli Tua Sihombing,

Permintaan Anda dengan nomor tiket [P4M #4529] telah selesai kami proses.

Mata kuliah : MES 1.03 Gambar Teknik Manufaktur
Perubahan   : kelas -> MES-1A Karyawan

Salam,
Tim Helpdesk P4M
"""})

# ---------------------------------------------------------------- 30 November

add(slug="bali-dosen-switch-to-dan-key", type="course_data", lang="mixed",
    date="2026-11-30 08:15:47", client="outlook",
    frm=("I Gede Wirawan", "gede.wirawan@polibatam.ac.id"),
    subject="Perubahan dosen pengampu dan enrolment key EL-1.204",
    fields={"course_code": "EL-1.204", "course_name": "Rangkaian Listrik II",
            "changes": {"lecturer": "Dr. Ir. Putu Ayu Wulandari, M.T.", "enrolment_key": "RL2+Ganjil_26"}},
    note="A Balinese head of programme mixes languages; the new lecturer follows 'switch to' with a "
         "long string of titles, and the key has '+' and '_'.",
    body="""Yth. Tim P4M,

Per hari ini, dosen pengampu EL-1.204 Rangkaian Listrik II switch to Dr. Ir. Putu Ayu Wulandari, M.T., menggantikan Pak Made yang pindah tugas ke Politeknik Negeri Bali. Sekalian please update enrolment key-nya menjadi RL2+Ganjil_26 supaya mahasiswa yang sudah drop tidak bisa masuk lagi.

Suksma & regards,
I Gede Wirawan
Kaprodi Teknik Elektro
""")

add(slug="daftar-sks-ringkasan-key-menyusul", type="course_data", lang="id",
    date="2026-11-30 13:25:19", client="gmail",
    frm=("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
    subject="Perubahan data course ti-3106",
    fields={"course_code": "ti-3106", "course_name": "Pemrograman Web Lanjut (Framework)",
            "changes": {"credits": "3",
                        "summary": "Mata kuliah ini membahas pengembangan aplikasi web menggunakan framework "
                                   "Laravel dan Vue.js. Mahasiswa membangun satu aplikasi utuh secara bertahap, "
                                   "mulai dari perancangan basis data hingga deployment. Penilaian berbasis proyek "
                                   "dan demo mingguan."}},
    note="A numbered list of three fields where the enrolment key has no value yet ('menyusul'); the "
         "summary follows 'diganti dengan:' on the same line.",
    body="""Selamat siang Tim P4M,

Mohon bantuan perubahan data course ti-3106 Pemrograman Web Lanjut (Framework) sebagai berikut:

1. SKS: dari 2 SKS menjadi 3 SKS (ditambah 1 SKS praktikum).
2. Ringkasan course diganti dengan: Mata kuliah ini membahas pengembangan aplikasi web menggunakan framework Laravel dan Vue.js. Mahasiswa membangun satu aplikasi utuh secara bertahap, mulai dari perancangan basis data hingga deployment. Penilaian berbasis proyek dan demo mingguan.
3. Enrolment key: akan saya kirim menyusul setelah kelas dibagi.

Terima kasih.

Salam,
Taufik Hidayat
""")

# ---------------------------------------------------------------- 1-2 December

add(slug="en-memorandum-rename-class-iup", type="course_data", lang="en",
    date="2026-12-01 09:40:08", client="outlook",
    frm=("Siti Rahmawati", "siti.rahmawati@polibatam.ac.id"),
    subject="Memo: renaming of LOG 1.05",
    fields={"course_code": "LOG 1.05", "course_name": "Introduction to Port Logistics",
            "changes": {"fullname": "Port and Maritime Logistics: An Introduction", "class": "IUP-LOG-1"}},
    note="An English MEMORANDUM with Ref/To/From/Date/Re lines pasted in the body; the new name has a colon and "
         "the memo says lecturer and credits do not change.",
    body="""Dear P4M Helpdesk,

Please see the memo below from the Head of International Office and update the course accordingly.

MEMORANDUM
Ref. No.  : 045/IO/MEMO/XI/2026
To        : Head of P4M
From      : Head of International Office
Date      : 30 November 2026
Re        : Renaming of an IUP logistics course

With effect from the next teaching week, the course LOG 1.05 Introduction to Port Logistics shall be renamed Port and Maritime Logistics: An Introduction, and shall be assigned to the class IUP-LOG-1 only. There is no change to the lecturer or the credits.

Regards,
Siti Rahmawati
International Office | Politeknik Negeri Batam
""")

add(slug="re-kelas-dilengkapi-di-balasan", type="course_data", lang="id",
    date="2026-12-02 10:05:44", client="outlook",
    frm=("Rahmad Saleh", "rahmad.saleh@polibatam.ac.id"),
    subject="RE: [P4M #4566] Perubahan kelas MK Algoritma dan Pemrograman",
    irt=hd_msgid(4566, "re-kelas-dilengkapi-di-balasan"),
    fields={"course_code": "IF 1.101", "course_name": "Algoritma dan Pemrograman",
            "changes": {"class": "TI-1A Malam & TI-1B Malam"}},
    note="The new class is given only in the reply, answering the helpdesk's quoted question; the "
         "original request below named only the old class.",
    body="""Yth. Tim Helpdesk P4M,

Kelasnya TI-1A Malam & TI-1B Malam, Bu, dijadikan satu grup saja di course
tersebut (tidak perlu dua course terpisah).

Terima kasih.

Salam,
Rahmad Saleh
Kaprodi Teknik Informatika

""" + outlook_id("2026-12-01 15:40", HD_NAME, HELPDESK, "Rahmad Saleh <rahmad.saleh@polibatam.ac.id>",
                 "RE: [P4M #4566] Perubahan kelas MK Algoritma dan Pemrograman") + """

Yth. Bapak Rahmad Saleh,

Terima kasih atas permintaannya. Untuk course IF 1.101 Algoritma dan Pemrograman, mohon informasikan kelas yang baru, karena pada email Bapak belum disebutkan.

Salam,
Tim Helpdesk P4M

""" + outlook_id("2026-12-01 10:02", "Rahmad Saleh", "rahmad.saleh@polibatam.ac.id",
                 "helpdesk-p4m <helpdesk-p4m@polibatam.ac.id>", "Perubahan kelas MK Algoritma dan Pemrograman") + """

Selamat pagi,

Mohon kelas pada course IF 1.101 Algoritma dan Pemrograman diubah, karena mulai Desember MK ini diambil oleh kelas malam. Saat ini masih tercatat TI-1A.

Terima kasih.
Rahmad Saleh
""")


# ==========================================================================
# checks and output
# ==========================================================================



def _unflow(text):
    out, cur = [], ""
    for line in text.split("\n"):
        if line.endswith(" ") and not line.startswith(">") and line != "-- ":
            cur += line
        else:
            out.append(cur + line)
            cur = ""
    if cur:
        out.append(cur)
    return "\n".join(out)


def _attachment_text(part):
    data = part.get_payload(decode=True)
    ct = part.get_content_type()
    if ct == "application/pdf":
        strs = re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", data)
        return "\n".join(re.sub(rb"\\(.)", rb"\1", s).decode("cp1252") for s in strs)
    if ct.endswith("wordprocessingml.document"):
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            xml = zf.read("word/document.xml").decode("utf-8")
        return html.unescape("\n".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml)))
    return ""


def visible_text(msg):
    out = [str(msg["subject"])]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if part.get_content_disposition() == "attachment":
            out.append(_attachment_text(part))
        elif ct == "text/plain":
            t = part.get_content()
            if part.get_param("format") == "flowed":
                t = _unflow(t)
            out.append(t)
        elif ct == "text/html":
            out.append(html.unescape(re.sub(r"<[^>]+>", " ", part.get_content())))
    return "\n".join(out)


def _norm(s):
    return re.sub(r"\s+", " ", s).strip()


PROSE_DATES = [
    (re.compile(r"\b(%s),? (\d{1,2}) (%s) (\d{4})" % ("|".join(DAYS_ID_LONG), "|".join(MONTHS_ID_LONG))),
     DAYS_ID_LONG, MONTHS_ID_LONG, (1, 2, 3, 4)),
    (re.compile(r"\b(%s),? (\d{1,2}) (%s) (\d{4})" % ("|".join(DAYS_EN_LONG), "|".join(MONTHS_EN_LONG))),
     DAYS_EN_LONG, MONTHS_EN_LONG, (1, 2, 3, 4)),
    (re.compile(r"\b(%s), (%s) (\d{1,2}), (\d{4})" % ("|".join(DAYS_EN_LONG), "|".join(MONTHS_EN_LONG))),
     DAYS_EN_LONG, MONTHS_EN_LONG, (1, 3, 2, 4)),
    (re.compile(r"\b(%s), (\d{1,2}) (%s) (\d{4})" % ("|".join(DAYS_ID), "|".join(MONTHS_ID))),
     DAYS_ID, MONTHS_ID, (1, 2, 3, 4)),
    (re.compile(r"\b(%s), (%s) (\d{1,2}), (\d{4})" % ("|".join(DAYS_EN), "|".join(MONTHS_EN))),
     DAYS_EN, MONTHS_EN, (1, 3, 2, 4)),
]


def check_prose_dates(text, where):
    n = 0
    for rx, days, months, (gd, gday, gmon, gy) in PROSE_DATES:
        for m in rx.finditer(text):
            d = dt.date(int(m.group(gy)), months.index(m.group(gmon)) + 1, int(m.group(gday)))
            assert d.weekday() == days.index(m.group(gd)), "%s: weekday wrong in %r" % (where, m.group(0))
            n += 1
    return n


def verify(data, e, fname):
    import email.policy
    from email.parser import BytesParser
    assert b"\n" not in data.replace(b"\r\n", b""), fname + ": bare LF"
    assert b"\r" not in data.replace(b"\r\n", b""), fname + ": bare CR"
    assert all(len(x) <= 998 for x in data.split(b"\r\n")), fname + ": line too long"
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    for part in msg.walk():
        assert not part.defects, "%s: defects %r" % (fname, part.defects)
    sent = parse_when(e["date"])
    assert msg["date"].datetime == sent, (fname, str(msg["date"]))
    assert FIRST_DAY <= sent <= LAST_DAY, fname + ": Date outside the corpus window"
    assert str(msg["subject"]) == e["subject"], (fname, str(msg["subject"]))
    if e["client"] != "postfix_dsn":
        a = msg["from"].addresses[0]
        assert (a.display_name, a.addr_spec) == tuple(e["frm"]), (fname, a)
    for part in msg.walk():
        if part.get_content_disposition() == "attachment":
            assert len(part.get_payload(decode=True)) < 30 * 1024, fname + ": attachment too big"
    for d in e["quoted"]:
        assert d < sent, "%s: quoted date %s not before the mail" % (fname, d)
    check_prose_dates(e.get("body", ""), fname)
    for a in e.get("attach", []):
        check_prose_dates(a["text"], fname)
    # labels
    t, f = e["type"], e.get("fields", {})
    assert t in PLAN_TYPES and e["lang"] in PLAN_LANGS, fname
    assert e.get("note") and e["note"].endswith(".") and not re.search(r"[a-z)']\.\s+[A-Z]", e["note"]), fname + ": note"
    assert set(f) <= FIELD_KEYS, fname
    if t not in ("course_data", "announcement"):
        assert not f, fname + ": fields only for course_data and announcement"
    if t == "course_data":
        assert f.get("changes") and set(f["changes"]) <= CHANGE_KEYS, fname
        assert not ({"title", "scope", "publish_at"} & set(f)), fname
    if t == "announcement":
        assert "changes" not in f and f.get("title") and f.get("scope") in ("course", "site"), fname
    if "publish_at" in f:
        assert ISO_RE.match(f["publish_at"]), fname
        assert dt.datetime.fromisoformat(f["publish_at"]) > sent, fname + ": publish time in the past"
    source = "\n".join([e["subject"], e.get("body", "")] + [a["text"] for a in e.get("attach", [])])
    seen = _norm(visible_text(msg))
    values = [f[k] for k in ("course_code", "course_name", "title") if k in f]
    values += list(f.get("changes", {}).values())
    for v in values:
        assert isinstance(v, str) and v == v.strip() and v, (fname, v)
        assert v in source, "%s: %r not verbatim in subject/body/attachment" % (fname, v)
        assert _norm(v) in seen, "%s: %r not in the decoded message" % (fname, v)
    if "course_name" in f and "fullname" in f.get("changes", {}):
        assert f["course_name"] != f["changes"]["fullname"], fname + ": course_name must be the current name"
    return msg


def main():
    items = sorted(EMAILS, key=lambda e: parse_when(e["date"]))
    slugs = [e["slug"] for e in items]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    assert len(set(e["date"] for e in items)) == len(items), "duplicate Date"
    assert len(set(_norm(e["body"]) for e in items)) == len(items), "duplicate body"
    labels, written = {}, set()
    for i, e in enumerate(items, 1):
        assert re.match(r"^[a-z0-9]+(-[a-z0-9]+)*$", e["slug"]) and len(e["slug"]) <= 40, e["slug"]
        fname = "%03d-%s.eml" % (i, e["slug"])
        data = build(e).as_bytes(policy=POLICY)
        verify(data, e, fname)
        with open(os.path.join(OUT_DIR, fname), "wb") as fh:
            fh.write(data)
        written.add(fname)
        labels[fname] = {"type": e["type"], "lang": e["lang"], "fields": e.get("fields", {}),
                         "note": e["note"]}
    for name in sorted(os.listdir(OUT_DIR)):
        if re.match(r"^\d{3}-.*\.eml$", name) and name not in written:
            os.remove(os.path.join(OUT_DIR, name))
    with open(os.path.join(OUT_DIR, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    types = {t: sum(1 for e in items if e["type"] == t) for t in PLAN_TYPES}
    langs = {g: sum(1 for e in items if e["lang"] == g) for g in PLAN_LANGS}
    print("wrote %d messages to %s" % (len(items), OUT_DIR))
    print("  types: %s" % ", ".join("%s %d" % kv for kv in types.items()))
    print("  langs: %s" % ", ".join("%s %d" % kv for kv in langs.items()))
    if types != PLAN_TYPES or langs != PLAN_LANGS or len(items) != 60:
        print("ERROR: counts differ from the plan %r %r" % (PLAN_TYPES, PLAN_LANGS), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

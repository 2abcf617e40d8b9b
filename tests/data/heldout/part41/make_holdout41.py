"""Writes the 70 labelled held-out P4M helpdesk e-mails (NNN-quirk.eml) and their labels.json into this script's directory."""

# Deterministic and standard-library only: every boundary, Message-ID, queue id
# and attachment byte is derived from the message's slug; no clock, no network,
# no unseeded randomness.  Mail runs from mid-December 2026 to February 2027
# (Asia/Jakarta); files are numbered in order of their Date.

import base64
import datetime as dt
import hashlib
import html
import io
import json
import os
import quopri
import re
import sys
import zipfile
from email import policy
from email.header import Header
from email.parser import BytesParser

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
HELPDESK = "helpdesk-p4m@polibatam.ac.id"
HD_NAME = "Helpdesk P4M"
WIB = dt.timezone(dt.timedelta(hours=7))
UTC = dt.timezone.utc

DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS_EN_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                "Saturday", "Sunday"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
             "Oct", "Nov", "Dec"]
MONTHS_EN_LONG = ["January", "February", "March", "April", "May", "June",
                  "July", "August", "September", "October", "November",
                  "December"]
DAYS_ID = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
DAYS_ID_LONG = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS_ID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep",
             "Okt", "Nov", "Des"]
MONTHS_ID_LONG = ["Januari", "Februari", "Maret", "April", "Mei", "Juni",
                  "Juli", "Agustus", "September", "Oktober", "November",
                  "Desember"]

HD_SIG_ID = ("Salam,\nTim Helpdesk P4M\nPusat Penjaminan Mutu dan Pengembangan "
             "Pembelajaran\nPoliteknik Negeri Batam")


# ---------------------------------------------------------------------------
# deterministic helpers
# ---------------------------------------------------------------------------

def digest(slug, salt):
    return hashlib.sha256(("%s|%s" % (slug, salt)).encode("utf-8")).digest()


def hexs(slug, salt, n, upper=False):
    s = b""
    i = 0
    while len(s) * 2 < n:
        s += digest(slug, "%s#%d" % (salt, i))
        i += 1
    out = s.hex()[:n]
    return out.upper() if upper else out


def pick_chars(slug, salt, n, alphabet):
    out = []
    i = 0
    while len(out) < n:
        for b in digest(slug, "%s#%d" % (salt, i)):
            out.append(alphabet[b % len(alphabet)])
            if len(out) == n:
                break
        i += 1
    return "".join(out)


def num(slug, salt, lo, hi):
    return lo + int.from_bytes(digest(slug, salt)[:8], "big") % (hi - lo + 1)


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
B64CH = ALNUM + "-_"


def uuid_like(slug, salt, upper=True):
    h = hexs(slug, salt, 32, upper)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def when(s):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return dt.datetime.strptime(s, fmt).replace(tzinfo=WIB)


def rfc_date(d, tz=None):
    if tz is not None:
        d = d.astimezone(tz)
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s, %02d %s %d %02d:%02d:%02d %s%02d%02d" % (
        DAYS_EN[d.weekday()], d.day, MONTHS_EN[d.month - 1], d.year,
        d.hour, d.minute, d.second, sign, mins // 60, mins % 60)


def rfc_date_nopad(d, tz=None):
    s = rfc_date(d, tz)
    return re.sub(r", 0(\d) ", r", \1 ", s)


# ---------------------------------------------------------------------------
# headers and encodings
# ---------------------------------------------------------------------------

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_words(s):
    return Header(s, "utf-8").encode(linesep="\n")


def addr(name, address, quote_always=False):
    if not name:
        return address
    if not is_ascii(name):
        return "%s <%s>" % (enc_words(name), address)
    if quote_always or re.search(r'[(),.:;<>@\[\]"\\]', name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), address)
    return "%s <%s>" % (name, address)


def fold(name, value, width=78):
    """Fold an ASCII header at spaces; encode it first if it is not ASCII."""
    if not is_ascii(value):
        value = enc_words(value)
        return "%s: %s" % (name, value)
    line = "%s: %s" % (name, value)
    if len(line) <= width:
        return line
    words = value.split(" ")
    lines = []
    cur = name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() and cur != name + ":":
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    return "\n".join(lines)


def qp(text, charset="utf-8"):
    data = text.encode(charset)
    out = quopri.encodestring(data, quotetabs=False).decode("ascii")
    if not out.endswith("\n"):
        out += "\n"
    return out


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def needs_qp(text):
    return (not is_ascii(text)) or any(len(l) > 76 for l in text.split("\n"))


class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of already formatted header lines
        self.body = body

    def render(self):
        return "\n".join(self.headers) + "\n\n" + self.body


def text_part(text, subtype="plain", charset="UTF-8", cte=None, params="",
              cte_first=False, quote_charset=True):
    if cte is None:
        cte = "quoted-printable" if needs_qp(text) else "7bit"
    if cte == "quoted-printable":
        body = qp(text, "utf-8" if charset.lower() == "utf-8" else "ascii")
    elif cte == "base64":
        body = b64(text)
    else:
        body = text
    cs = '"%s"' % charset if quote_charset else charset
    ct = "Content-Type: text/%s; charset=%s%s" % (subtype, cs, params)
    cte_h = "Content-Transfer-Encoding: %s" % cte
    hs = [cte_h, ct] if cte_first else [ct, cte_h]
    if cte == "7bit" and not cte_first and charset.upper() == "UTF-8" and subtype == "plain" and params == "":
        pass
    return Part(hs, body)


def multipart(subtype, boundary, parts, extra="", preamble="", ct_fold=True):
    if ct_fold:
        ct = 'Content-Type: multipart/%s;\n boundary="%s"%s' % (subtype, boundary, extra)
    else:
        ct = 'Content-Type: multipart/%s; boundary="%s"%s' % (subtype, boundary, extra)
    chunks = []
    if preamble:
        chunks.append(preamble + "\n")
    for p in parts:
        chunks.append("--%s\n%s\n" % (boundary, p.render().rstrip("\n") + "\n"))
    chunks.append("--%s--\n" % boundary)
    return Part([ct], "\n".join(chunks))


def attachment(name, ctype, data, style="plain"):
    if style == "outlook":
        hs = ['Content-Type: %s;\n name="%s"' % (ctype, name),
              'Content-Description: %s' % name,
              'Content-Disposition: attachment;\n filename="%s"; size=%d' % (name, len(data)),
              'Content-Transfer-Encoding: base64']
    elif style == "thunderbird":
        hs = ['Content-Type: %s; name="%s"' % (ctype, name),
              'Content-Disposition: attachment; filename="%s"' % name,
              'Content-Transfer-Encoding: base64']
    else:
        hs = ['Content-Type: %s; name="%s"' % (ctype, name),
              'Content-Disposition: attachment; filename="%s"' % name,
              'Content-Transfer-Encoding: base64']
    return Part(hs, b64(data))


def assemble(headers, root):
    msg = "\n".join(headers) + "\n" + root.render()
    if not msg.endswith("\n"):
        msg += "\n"
    assert "\r" not in msg
    return msg.replace("\n", "\r\n").encode("utf-8")


# ---------------------------------------------------------------------------
# HTML renderings of plain text
# ---------------------------------------------------------------------------

URL_RE = re.compile(r"(https?://[^\s<>\"]+[^\s<>\".,)])|([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,})")


def esc(s):
    return html.escape(s, quote=False)


def linkify(line):
    out = []
    pos = 0
    for m in URL_RE.finditer(line):
        out.append(esc(line[pos:m.start()]))
        t = m.group(0)
        href = t if m.group(1) else "mailto:" + t
        out.append('<a href="%s">%s</a>' % (html.escape(href), esc(t)))
        pos = m.end()
    out.append(esc(line[pos:]))
    return "".join(out)


def bolden(line, bold):
    s = linkify(line)
    for b in bold or ():
        eb = esc(b)
        if eb in s:
            s = s.replace(eb, "<b>%s</b>" % eb, 1)
    return s


def html_divs(text, bold=None, blank="<div><br></div>"):
    out = []
    for ln in text.rstrip("\n").split("\n"):
        if ln.strip() == "":
            out.append(blank)
        else:
            out.append("<div>%s</div>" % bolden(ln, bold))
    return "\n".join(out)


def gmail_html(text, quote_html="", bold=None):
    lines = text.rstrip("\n").split("\n")
    sig = None
    if "-- " in lines:
        i = lines.index("-- ")
        sig = lines[i + 1:]
        lines = lines[:i]
    body = html_divs("\n".join(lines), bold)
    out = ['<div dir="ltr">', body]
    if sig is not None:
        out.append('<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" '
                   'class="gmail_signature" data-smartmail="gmail_signature">')
        out.append(html_divs("\n".join(sig)))
        out.append("</div>")
    out.append("</div>")
    if quote_html:
        out.append(quote_html)
    return "\n".join(out) + "\n"


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:12.0pt;
\tfont-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#467886;
\ttext-decoration:underline;}
span.EmailStyle17
\t{mso-style-type:personal-compose;
\tfont-family:"Aptos",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;}
@page WordSection1
\t{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
\t{page:WordSection1;}
--></style>
</head>
<body lang="%(lang)s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def word_paras(text, bold=None, small=None):
    out = []
    for ln in text.rstrip("\n").split("\n"):
        if ln.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif small and ln in small:
            out.append('<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">%s</span><o:p></o:p></p>'
                       % linkify(ln))
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % bolden(ln, bold))
    return "\n".join(out)


def outlook_html(text, quote_html="", lang="id-ID", bold=None, small=None):
    out = [WORD_HEAD % {"lang": lang}, word_paras(text, bold, small)]
    if quote_html:
        out.append(quote_html)
    out.append("</div>\n</body>\n</html>")
    return "\n".join(out) + "\n"


def apple_html(text):
    out = ['<html aria-label="message body"><head><meta http-equiv="content-type" '
           'content="text/html; charset=utf-8"></head><body style="overflow-wrap: '
           'break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">']
    for ln in text.rstrip("\n").split("\n"):
        out.append("<div>%s</div>" % (linkify(ln) if ln.strip() else "<br>"))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def zimbra_html(text, quote_html=""):
    out = ['<html><body><div style="font-family: arial, helvetica, sans-serif; '
           'font-size: 12pt; color: #000000">']
    out.append(html_divs(text, blank="<div><br data-mce-bogus=\"1\"></div>"))
    if quote_html:
        out.append(quote_html)
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def yahoo_html(text, slug):
    cls = "ydp" + hexs(slug, "ydp", 8) + "yahoo-style-wrap"
    out = ['<html><head></head><body><div class="%s" style="font-family:Helvetica '
           'Neue, Helvetica, Arial, sans-serif;font-size:13px;">' % cls]
    for ln in text.rstrip("\n").split("\n"):
        out.append('<div dir="ltr" data-setdir="false">%s</div>'
                   % (linkify(ln) if ln.strip() else "<br>"))
    out.append("</div></body></html>")
    return "\n".join(out) + "\n"


def samsung_html(text, quote_text=""):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; '
           'charset=UTF-8"></head><body dir="auto">']
    for ln in text.rstrip("\n").split("\n"):
        out.append('<div dir="auto">%s</div>' % (linkify(ln) if ln.strip() else "<br>"))
    if quote_text:
        out.append('<div><br></div><div align="left" dir="auto" style="font-size:100%;'
                   'color:#000000"><!-- originalMessage -->')
        for ln in quote_text.rstrip("\n").split("\n"):
            out.append('<div>%s</div>' % (linkify(ln) if ln.strip() else "<br>"))
        out.append("</div>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# quoting
# ---------------------------------------------------------------------------

def gmail_attr(q):
    d = when(q["when"])
    if q.get("lang", "id") == "id":
        head = "Pada %s, %d %s %d pukul %02d.%02d %s <%s>" % (
            DAYS_ID[d.weekday()], d.day, MONTHS_ID[d.month - 1], d.year,
            d.hour, d.minute, q["name"], q["addr"])
        tail = "menulis:"
    else:
        h12 = d.hour % 12 or 12
        head = "On %s, %s %d, %d at %d:%02d %s %s <%s>" % (
            DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day, d.year, h12,
            d.minute, "AM" if d.hour < 12 else "PM", q["name"], q["addr"])
        tail = "wrote:"
    return head, tail


def prefix_lines(text, mark=">"):
    out = []
    for ln in text.rstrip("\n").split("\n"):
        if ln == "":
            out.append(mark)
        elif ln.startswith(mark):
            out.append(mark + ln)
        else:
            out.append(mark + " " + ln)
    return "\n".join(out) + "\n"


def quote_plain(q, top=True):
    style = q["style"]
    text = q["text"].rstrip("\n") + "\n"
    if q.get("inner"):
        text += "\n" + quote_plain(q["inner"], top=False)
    if style == "gmail":
        head, tail = gmail_attr(q)
        attr = head + " " + tail
        if len(attr) > 78:
            attr = head + "\n" + tail
        return attr + "\n" + prefix_lines(text)
    if style == "outlook":
        d = when(q["when"])
        if q.get("lang", "id") == "id":
            hdr = ("Dari: %s <%s>\nDikirim: %s, %02d %s %d %02d.%02d\nKepada: %s\nSubjek: %s"
                   % (q["name"], q["addr"], DAYS_ID_LONG[d.weekday()], d.day,
                      MONTHS_ID_LONG[d.month - 1], d.year, d.hour, d.minute,
                      q["to"], q["subject"]))
        else:
            h12 = d.hour % 12 or 12
            hdr = ("From: %s <%s>\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s"
                   % (q["name"], q["addr"], DAYS_EN_LONG[d.weekday()],
                      MONTHS_EN_LONG[d.month - 1], d.day, d.year, h12, d.minute,
                      "AM" if d.hour < 12 else "PM", q["to"], q["subject"]))
        return "________________________________\n" + hdr + "\n\n" + text
    if style == "zimbra":
        d = when(q["when"])
        hdr = ('----- Pesan Asli -----\nDari: "%s" <%s>\nKepada: %s\nTerkirim: %s, %d %s %d %02d:%02d:%02d\nSubjek: %s'
               % (q["name"], q["addr"], q["to"], DAYS_ID_LONG[d.weekday()], d.day,
                  MONTHS_ID_LONG[d.month - 1], d.year, d.hour, d.minute, d.second,
                  q["subject"]))
        return hdr + "\n\n" + text
    if style == "samsung":
        d = when(q["when"])
        hdr = ("-------- Pesan asli --------\nDari: %s <%s>\nTanggal: %02d/%02d/%02d %02d.%02d (GMT+07:00)\nKe: %s\nSubjek: %s"
               % (q["name"], q["addr"], d.day, d.month, d.year % 100, d.hour,
                  d.minute, q["to"], q["subject"]))
        return hdr + "\n\n" + text
    if style == "tb_bottom":
        d = when(q["when"])
        attr = "Pada %02d/%02d/%02d %02d.%02d, %s menulis:" % (
            d.day, d.month, d.year % 100, d.hour, d.minute, q["name"])
        return attr + "\n" + prefix_lines(text)
    if style == "fwd_gmail_en":
        d = when(q["when"])
        h12 = d.hour % 12 or 12
        hdr = ("---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s, %s %d, %d at %d:%02d %s\nSubject: %s\nTo: %s"
               % (q["name"], q["addr"], DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1],
                  d.day, d.year, h12, d.minute, "AM" if d.hour < 12 else "PM",
                  q["subject"], q["to"]))
        return hdr + "\n\n\n" + text
    raise ValueError(style)


def quote_html(q):
    style = q["style"]
    inner = q.get("inner")
    body_lines = []
    for ln in q["text"].rstrip("\n").split("\n"):
        body_lines.append(linkify(ln) if ln.strip() else "")
    if style == "gmail":
        head, tail = gmail_attr(q)
        inner_html = "<br>\n".join(body_lines) + "<br>"
        if inner:
            inner_html += "\n" + quote_html(inner)
        return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
                'class="gmail_attr">%s %s<br></div><blockquote class="gmail_quote" '
                'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                'padding-left:1ex">\n%s\n</blockquote></div>'
                % (esc(head), tail, inner_html))
    if style == "outlook":
        d = when(q["when"])
        if q.get("lang", "id") == "id":
            labels = ("Dari:", "Dikirim:", "Kepada:", "Subjek:")
            sent = "%s, %02d %s %d %02d.%02d" % (DAYS_ID_LONG[d.weekday()], d.day,
                                                   MONTHS_ID_LONG[d.month - 1], d.year,
                                                   d.hour, d.minute)
        else:
            labels = ("From:", "Sent:", "To:", "Subject:")
            h12 = d.hour % 12 or 12
            sent = "%s, %s %d, %d %d:%02d %s" % (DAYS_EN_LONG[d.weekday()],
                                                MONTHS_EN_LONG[d.month - 1], d.day,
                                                d.year, h12, d.minute,
                                                "AM" if d.hour < 12 else "PM")
        hdr = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
               '<p class="MsoNormal"><b>%s</b> %s &lt;%s&gt;<br>\n<b>%s</b> %s<br>\n'
               '<b>%s</b> %s<br>\n<b>%s</b> %s<o:p></o:p></p>\n</div>\n'
               % (labels[0], esc(q["name"]), q["addr"], labels[1], sent, labels[2],
                  esc(q["to"]), labels[3], esc(q["subject"])))
        paras = word_paras(q["text"])
        if inner:
            paras += "\n" + quote_html(inner)
        return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:0cm"></div>\n'
                '<div id="mail-editor-reference-message-container">\n' + hdr +
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + paras + "\n</div>")
    if style == "zimbra":
        d = when(q["when"])
        hdr = ('<b>Dari: </b>"%s" &lt;%s&gt;<br><b>Kepada: </b>%s<br><b>Terkirim: </b>%s, %d %s %d %02d:%02d:%02d<br><b>Subjek: </b>%s<br>'
               % (esc(q["name"]), q["addr"], esc(q["to"]), DAYS_ID_LONG[d.weekday()],
                  d.day, MONTHS_ID_LONG[d.month - 1], d.year, d.hour, d.minute,
                  d.second, esc(q["subject"])))
        return ('<div><br></div><hr id="zwchr" data-marker="__DIVIDER__"><div '
                'data-marker="__HEADERS__">%s</div><div><br></div><div '
                'data-marker="__QUOTED_TEXT__">%s</div>'
                % (hdr, html_divs(q["text"])))
    if style == "fwd_gmail_en":
        d = when(q["when"])
        h12 = d.hour % 12 or 12
        hdr = ('---------- Forwarded message ---------<br>From: <strong class="gmail_sendername" '
               'dir="auto">%s</strong> <span dir="auto">&lt;<a href="mailto:%s">%s</a>&gt;</span><br>'
               'Date: %s, %s %d, %d at %d:%02d %s<br>Subject: %s<br>To: %s<br>'
               % (esc(q["name"]), q["addr"], q["addr"], DAYS_EN[d.weekday()],
                  MONTHS_EN[d.month - 1], d.day, d.year, h12, d.minute,
                  "AM" if d.hour < 12 else "PM", esc(q["subject"]), esc(q["to"])))
        return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                '%s</div><br><br>\n<div dir="ltr">\n%s\n</div>\n</div>'
                % (hdr, html_divs(q["text"])))
    raise ValueError(style)


# ---------------------------------------------------------------------------
# transport headers
# ---------------------------------------------------------------------------

RELAYS = {
    "gmail": ("mail-{a}-f{n}.google.com", "209.85.{c}.{n}"),
    "m365": ("{p}-obe.outbound.protection.outlook.com", "40.107.{c}.{n}"),
    "polibatam": ("mail.polibatam.ac.id", "103.143.71.133"),
    "webmail": ("webmail.polibatam.ac.id", "103.143.71.140"),
    "yahoo": ("sonic{n}-{c}.consmr.mail.sg3.yahoo.com", "106.10.{c}.{n}"),
    "zimbra": ("zimbra.polibatam.ac.id", "103.143.71.151"),
    "psa": ("mx1.psa.edu.my", "202.58.{c}.{n}"),
    "polipd": ("mail.polipd.edu.my", "203.106.{c}.{n}"),
    "elearning": ("learning.polibatam.ac.id", "103.143.71.174"),
    "teams": ("mail-{p}.outbound.protection.outlook.com", "52.100.{c}.{n}"),
}


def received(slug, key, d, delay=2):
    host_t, ip_t = RELAYS[key]
    a = pick_chars(slug, "ra", 2, "abcdefghijklmnopqrstuvwxyz")
    n = num(slug, "rn", 11, 250)
    c = num(slug, "rc", 10, 250)
    p = pick_chars(slug, "rp", 3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + "01-" + \
        pick_chars(slug, "rp2", 3, "ABCDEFGHJKLMNPQRSTUVWXYZ")
    host = host_t.format(a=a, n=n, c=c, p=p)
    ip = ip_t.format(a=a, n=n, c=c, p=p)
    qid = pick_chars(slug, "qid", 13, ALNUM)
    t = d + dt.timedelta(seconds=delay)
    return ("Received: from %s\n (%s [%s])\n by mx.polibatam.ac.id (Postfix) with ESMTPS id %s\n"
            " for <%s>; %s (WIB)" % (host, host, ip, qid, HELPDESK, rfc_date_nopad(t)))


def refs(e):
    out = []
    if e.get("irt"):
        rl = e.get("refs") or [e["irt"]]
        out.append(fold("References", " ".join("<%s>" % r for r in rl)))
        out.append("In-Reply-To: <%s>" % e["irt"])
    return out


def to_line(e, quoted=False):
    if quoted:
        return 'To: "%s" <%s>' % (HELPDESK, HELPDESK)
    return "To: %s" % HELPDESK


def cc_lines(e):
    if e.get("cc"):
        return [fold("Cc", ", ".join(addr(n, a) for n, a in e["cc"]))]
    return []


# ---------------------------------------------------------------------------
# human clients
# ---------------------------------------------------------------------------

def full_plain(e):
    body = e["body"]
    q = e.get("quote")
    if q and q["style"] == "tb_bottom":
        return quote_plain(q) + "\n" + body
    if q:
        return body.rstrip("\n") + "\n\n" + quote_plain(q)
    return body


def with_attachments(e, root, style, boundary_salt="mix"):
    atts = e.get("attachments") or []
    if not atts:
        return root
    parts = [root] + [attachment(a["name"], a["ctype"], a["data"], style) for a in atts]
    return parts


def build_gmail(e):
    slug, d = e["slug"], when(e["when"])
    plain = full_plain(e)
    qh = quote_html(e["quote"]) if e.get("quote") else ""
    htm = gmail_html(e["body"], qh, e.get("bold"))
    b_alt = "000000000000" + hexs(slug, "alt", 12)
    alt = multipart("alternative", b_alt, [
        text_part(plain, "plain", "UTF-8"),
        text_part(htm, "html", "UTF-8", cte="quoted-printable")], ct_fold=False)
    root = alt
    if e.get("attachments"):
        b_mix = "000000000000" + hexs(slug, "mix", 12)
        root = multipart("mixed", b_mix, [alt] + [
            attachment(a["name"], a["ctype"], a["data"]) for a in e["attachments"]],
            ct_fold=False)
    mid = "CA" + pick_chars(slug, "mid", 38, B64CH) + "@mail.gmail.com"
    e["message_id"] = mid
    hs = ["Return-Path: <%s>" % e["frm"][1], received(slug, "gmail", d),
          "MIME-Version: 1.0"] + refs(e) + [
        fold("From", addr(*e["frm"])), "Date: %s" % rfc_date(d),
        "Message-ID: <%s>" % mid, fold("Subject", e["subject"]), to_line(e)] + cc_lines(e)
    return assemble(hs, root)


def thread_index(slug):
    return base64.b64encode(digest(slug, "tix")[:22]).decode("ascii")


def outlook_mid(slug, tenant="SEZPR06MB"):
    n = pick_chars(slug, "omn", 4, "0123456789")
    loc = tenant + n + hexs(slug, "omid", 24, True)
    return "%s@%s%s.apcprd06.prod.outlook.com" % (loc, tenant, n), loc


def build_outlook(e):
    slug, d = e["slug"], when(e["when"])
    tenant = e.get("tenant", "SEZPR06MB")
    mid, loc = outlook_mid(slug, tenant)
    e["message_id"] = mid
    lang = e.get("content_lang", "id-ID" if e["lang"] != "en" else "en-US")
    qh = quote_html(e["quote"]) if e.get("quote") else ""
    htm = outlook_html(e["body"], qh, lang=lang, bold=e.get("bold"), small=e.get("small"))
    plain = full_plain(e)
    cs = "us-ascii" if is_ascii(plain) else "utf-8"
    b = "_000_" + loc + "_"
    if e.get("html_only"):
        root = text_part(htm, "html", "utf-8", cte="quoted-printable")
    else:
        root = multipart("alternative", b, [
            text_part(plain, "plain", cs, cte="quoted-printable"),
            text_part(htm, "html", "utf-8", cte="quoted-printable")])
    if e.get("attachments"):
        bm = "_004_" + loc + "_"
        root = multipart("mixed", bm, [root] + [
            attachment(a["name"], a["ctype"], a["data"], "outlook") for a in e["attachments"]])
    tz = UTC if e.get("utc_date") else None
    relay = e.get("relay", "m365")
    hs = ["Return-Path: <%s>" % e["frm"][1], received(slug, relay, d, 3),
          fold("From", addr(*e["frm"])), to_line(e, quoted=True)] + cc_lines(e) + [
        fold("Subject", e["subject"]), fold("Thread-Topic", re.sub(r"^(RE|Re|TR|FW|Fwd): ", "", e["subject"])),
        "Thread-Index: %s" % thread_index(slug), "Date: %s" % rfc_date(d, tz),
        "Message-ID:\n <%s>" % mid] + refs(e) + [
        "Accept-Language: %s, en-US" % lang if lang != "en-US" else "Accept-Language: en-US",
        "Content-Language: %s" % lang,
        "X-MS-Has-Attach: %s" % ("yes" if e.get("attachments") else ""),
        "X-MS-TNEF-Correlator: "]
    if e.get("extra_headers"):
        hs += e["extra_headers"]
    hs.append("MIME-Version: 1.0")
    # root's Content-Type goes after MIME-Version as Exchange writes it
    return assemble(hs, root)


def build_apple(e):
    slug, d = e["slug"], when(e["when"])
    ver = "3826.400.131.1.6"
    b = "Apple-Mail=_" + uuid_like(slug, "ab")
    plain = full_plain(e)
    cs = "us-ascii" if is_ascii(plain) else "utf-8"
    alt = multipart("alternative", b, [
        Part(["Content-Transfer-Encoding: quoted-printable",
              "Content-Type: text/plain;\n\tcharset=%s" % cs], qp(plain, "utf-8")),
        Part(["Content-Transfer-Encoding: quoted-printable",
              "Content-Type: text/html;\n\tcharset=utf-8"], qp(apple_html(e["body"])))],
        ct_fold=False)
    mid = uuid_like(slug, "amid") + "@polibatam.ac.id"
    e["message_id"] = mid
    hs = ["Return-Path: <%s>" % e["frm"][1], received(slug, "polibatam", d),
          fold("From", addr(*e["frm"]))]
    hs.append(alt.headers[0])
    alt.headers = []
    hs += ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(%s\\))" % ver,
           fold("Subject", e["subject"])] + refs(e) + [
        "Date: %s" % rfc_date(d), "Message-Id: <%s>" % mid, to_line(e)] + cc_lines(e) + [
        "X-Mailer: Apple Mail (2.%s)" % ver]
    msg = "\n".join(hs) + "\n\n" + alt.body
    return msg.replace("\n", "\r\n").encode("utf-8")


def build_thunderbird(e):
    slug, d = e["slug"], when(e["when"])
    plain = full_plain(e)
    mid = uuid_like(slug, "tbmid", upper=False) + "@polibatam.ac.id"
    e["message_id"] = mid
    cte = "7bit" if is_ascii(plain) else "8bit"
    body_part = Part(["Content-Type: text/plain; charset=UTF-8; format=flowed",
                      "Content-Transfer-Encoding: %s" % cte], plain)
    root = body_part
    if e.get("attachments") or e.get("rfc822"):
        b = "------------" + pick_chars(slug, "tbb", 24, ALNUM)
        parts = [body_part]
        for a in e.get("attachments") or []:
            parts.append(attachment(a["name"], a["ctype"], a["data"], "thunderbird"))
        if e.get("rfc822"):
            inner = e["rfc822"]
            parts.append(Part(['Content-Type: message/rfc822; charset=UTF-8; name="%s"' % inner["filename"],
                               'Content-Disposition: attachment; filename="%s"' % inner["filename"]],
                              inner["raw"]))
        root = multipart("mixed", b, parts, ct_fold=False,
                         preamble="This is a multi-part message in MIME format.")
    hs = ["Return-Path: <%s>" % e["frm"][1], received(slug, "polibatam", d),
          "Message-ID: <%s>" % mid, "Date: %s" % rfc_date(d), "MIME-Version: 1.0",
          "User-Agent: Mozilla Thunderbird",
          "Content-Language: %s" % ("id" if e["lang"] != "en" else "en-US"),
          to_line(e)] + cc_lines(e) + [
        fold("From", addr(*e["frm"])), fold("Subject", e["subject"])] + refs(e)
    return assemble(hs, root)


def build_iphone(e):
    slug, d = e["slug"], when(e["when"])
    plain = full_plain(e)
    mid = uuid_like(slug, "imid") + "@polibatam.ac.id"
    e["message_id"] = mid
    hs = ["Return-Path: <%s>" % e["frm"][1], received(slug, "polibatam", d),
          "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable",
          fold("From", addr(*e["frm"])), "Mime-Version: 1.0 (1.0)", "Date: %s" % rfc_date(d),
          fold("Subject", e["subject"]), "Message-Id: <%s>" % mid] + refs(e) + [
        to_line(e), "X-Mailer: iPhone Mail (22D82)"]
    msg = "\n".join(hs) + "\n\n" + qp(plain)
    return msg.replace("\n", "\r\n").encode("utf-8")


def build_samsung(e):
    slug, d = e["slug"], when(e["when"])
    q = e.get("quote")
    qt = quote_plain(q) if q else ""
    plain = e["body"].rstrip("\n") + "\n\n\n" + qt if q else e["body"]
    htm = samsung_html(e["body"], qt)
    b = "--_com.samsung.android.email_" + pick_chars(slug, "sb", 16, "0123456789")
    alt = multipart("alternative", b, [
        text_part(plain, "plain", "utf-8", cte="base64", quote_charset=False),
        text_part(htm, "html", "utf-8", cte="base64", quote_charset=False)], ct_fold=False)
    mid = pick_chars(slug, "smid", 28, "abcdefghijklmnopqrstuvwxyz0123456789") + "@email.android.com"
    e["message_id"] = mid
    hs = ["Return-Path: <%s>" % e["frm"][1], received(slug, e.get("relay", "gmail"), d),
          "Date: %s" % rfc_date(d), fold("Subject", e["subject"])] + refs(e) + [
        "Importance: normal", fold("From", addr(*e["frm"])), to_line(e),
        "Message-ID: <%s>" % mid, "MIME-Version: 1.0"]
    return assemble(hs, alt)


def build_zimbra(e):
    slug, d = e["slug"], when(e["when"])
    plain = full_plain(e)
    qh = quote_html(e["quote"]) if e.get("quote") else ""
    htm = zimbra_html(e["body"], qh)
    b = "=_" + uuid_like(slug, "zb", upper=False)
    alt = multipart("alternative", b, [
        text_part(plain, "plain", "utf-8", quote_charset=False),
        text_part(htm, "html", "utf-8", cte="quoted-printable", quote_charset=False)])
    n1 = num(slug, "z1", 100000000, 999999999)
    n2 = num(slug, "z2", 100000, 999999)
    ms = int(d.timestamp()) * 1000 + num(slug, "zms", 0, 999)
    mid = "%d.%d.%d.JavaMail.zimbra@polibatam.ac.id" % (n1, n2, ms)
    e["message_id"] = mid
    hs = ["Return-Path: <%s>" % e["frm"][1], received(slug, "zimbra", d),
          "Date: %s" % rfc_date(d), fold("From", addr(*e["frm"], quote_always=True)),
          "To: helpdesk-p4m <%s>" % HELPDESK] + cc_lines(e) + [
        "Message-ID: <%s>" % mid] + refs(e) + [
        fold("Subject", e["subject"]), "MIME-Version: 1.0",
        "X-Originating-IP: [10.10.%d.%d]" % (num(slug, "zip1", 1, 40), num(slug, "zip2", 2, 250)),
        "X-Mailer: Zimbra 10.0.8_GA_4611 (ZimbraWebClient - GC131 (Win)/10.0.8_GA_4611)",
        fold("Thread-Topic", re.sub(r"^(Re|RE|Fwd): ", "", e["subject"])),
        "Thread-Index: %s" % base64.b64encode(digest(slug, "zti")[:14]).decode()]
    return assemble(hs, alt)


def build_yahoo(e):
    slug, d = e["slug"], when(e["when"])
    plain = full_plain(e)
    n = num(slug, "yb", 1000000, 9999999)
    b = "----=_Part_%d_%d.%d" % (n, num(slug, "yb2", 100000000, 999999999),
                                  int(d.timestamp()) * 1000 + num(slug, "yms", 0, 999))
    alt = multipart("alternative", b, [
        text_part(plain, "plain", "UTF-8", cte="7bit" if not needs_qp(plain) else "quoted-printable",
                  quote_charset=False),
        text_part(yahoo_html(e["body"], slug), "html", "UTF-8", cte="quoted-printable",
                  quote_charset=False)])
    mid = "%d.%d.%d@mail.yahoo.com" % (num(slug, "ym1", 100000000, 999999999),
                                       num(slug, "ym2", 1000000, 9999999),
                                       int(d.timestamp()) * 1000 + num(slug, "ym3", 0, 999))
    e["message_id"] = mid
    hs = ["Return-Path: <%s>" % e["frm"][1], received(slug, "yahoo", d),
          "Date: %s" % rfc_date(d), fold("From", addr(*e["frm"])),
          "To: %s" % HELPDESK, "Message-ID: <%s>" % mid] + refs(e) + [
        fold("Subject", e["subject"]), "MIME-Version: 1.0",
        "X-Mailer: WebService/1.1.23187 YMailNorrin"]
    return assemble(hs, alt)


def build_roundcube(e):
    slug, d = e["slug"], when(e["when"])
    plain = full_plain(e)
    mid = hexs(slug, "rcmid", 32) + "@polibatam.ac.id"
    e["message_id"] = mid
    cs = "US-ASCII" if is_ascii(plain) else "UTF-8"
    cte = "7bit" if is_ascii(plain) else "8bit"
    hs = ["Return-Path: <%s>" % e["frm"][1], received(slug, "webmail", d),
          "MIME-Version: 1.0", "Date: %s" % rfc_date(d), fold("From", addr(*e["frm"])),
          "To: %s" % HELPDESK, fold("Subject", e["subject"])] + refs(e) + [
        "User-Agent: Roundcube Webmail/1.6.9", "Message-ID: <%s>" % mid,
        "X-Sender: %s" % e["frm"][1],
        "Content-Type: text/plain; charset=%s; format=flowed" % cs,
        "Content-Transfer-Encoding: %s" % cte]
    msg = "\n".join(hs) + "\n\n" + plain
    return msg.replace("\n", "\r\n").encode("utf-8")


# ---------------------------------------------------------------------------
# machine mail
# ---------------------------------------------------------------------------

def ack_message(tkt, to_name, to_addr, subject, d, text):
    return ("From: Helpdesk P4M <%s>\nTo: %s\nSubject: [P4M #%s] %s\nDate: %s\n"
            "Message-ID: <tkt-%s.ack@helpdesk.polibatam.ac.id>\nAuto-Submitted: auto-replied\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: 7bit\n\n%s"
            % (HELPDESK, addr(to_name, to_addr), tkt, subject, rfc_date(d), tkt, text))


def build_postfix_dsn(e):
    slug, d = e["slug"], when(e["when"])
    qid = pick_chars(slug, "pq", 11, "0123456789BCDFGHJKLMNPQRSTVWXYZ")
    orig_qid = pick_chars(slug, "pq2", 11, "0123456789BCDFGHJKLMNPQRSTVWXYZ")
    epoch = int(d.timestamp())
    b = "%s.%d/mx.polibatam.ac.id" % (qid, epoch)
    r = e["dsn"]
    note = Part(["Content-Description: Notification", "Content-Type: text/plain; charset=us-ascii"],
                "This is the mail system at host mx.polibatam.ac.id.\n\n"
                "I'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients. It's attached below.\n\n"
                "For further assistance, please send mail to postmaster.\n\n"
                "If you do so, please include this problem report. You can\n"
                "delete your own text from the attached returned message.\n\n"
                "                   The mail system\n\n" + r["human"])
    arr = d - dt.timedelta(seconds=4)
    status = Part(["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
                  "Reporting-MTA: dns; mx.polibatam.ac.id\nX-Postfix-Queue-ID: %s\n"
                  "X-Postfix-Sender: rfc822; %s\nArrival-Date: %s (WIB)\n\n"
                  "Final-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\n"
                  "Status: %s\nRemote-MTA: dns; %s\nDiagnostic-Code: smtp; %s\n"
                  % (orig_qid, HELPDESK, rfc_date_nopad(arr), r["rcpt"], r["rcpt"],
                     r["status"], r["remote"], r["diag"]))
    returned = Part(["Content-Description: Undelivered Message", "Content-Type: message/rfc822"],
                    r["original"])
    root = multipart("report", b, [note, status, returned],
                     extra="", ct_fold=True)
    root.headers = ['Content-Type: multipart/report; report-type=delivery-status;\n boundary="%s"' % b,
                    "Content-Transfer-Encoding: 8bit"]
    root.body = "This is a MIME-encapsulated message.\n\n" + root.body
    hs = ["Return-Path: <>", "Received: by mx.polibatam.ac.id (Postfix)\n id %s; %s (WIB)" % (qid, rfc_date_nopad(d)),
          "Date: %s (WIB)" % rfc_date_nopad(d),
          "From: MAILER-DAEMON@polibatam.ac.id (Mail Delivery System)",
          "Subject: Undelivered Mail Returned to Sender", "To: %s" % HELPDESK,
          "Auto-Submitted: auto-replied", "MIME-Version: 1.0"]
    e["message_id"] = "%s.%s@mx.polibatam.ac.id" % (d.astimezone(UTC).strftime("%Y%m%d%H%M%S"), qid)
    msg = "\n".join(hs) + "\n" + root.render()
    msg = msg.replace("Content-Transfer-Encoding: 8bit\n\n", "Content-Transfer-Encoding: 8bit\nMessage-Id: <%s>\n\n" % e["message_id"], 1)
    return msg.replace("\n", "\r\n").encode("utf-8")


def build_exchange_ndr(e):
    slug, d = e["slug"], when(e["when"])
    r = e["ndr"]
    loc = "TYZPR03MB" + pick_chars(slug, "nl", 4, "0123456789")
    b0 = "_000_" + loc + hexs(slug, "nb", 24, True) + "_"
    b2 = "_002_" + loc + hexs(slug, "nb", 24, True) + "_"
    plain = ("Your message to %s couldn't be delivered.\n\n%s\n\n%s\n\nOffice 365\n\n"
             "Action Required\n\n%s\n\nHow to Fix It\n%s\n\n"
             "Diagnostic information for administrators:\n\nGenerating server: %s\n\n%s\n"
             "Remote Server returned '%s'\n\nOriginal message headers:\n\n%s"
             % (r["rcpt"], r["headline"], r["rcpt_short"], r["action"], r["fix"], r["server"],
                r["rcpt"], r["diag"], r["orig_headers"]))
    htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n'
           '<style>.x_bodyTbl{font-family:"Segoe UI",Frutiger,Arial,sans-serif;}</style>\n</head>\n<body dir="ltr">\n'
           '<div><table class="bodyTbl" style="width:548px;max-width:548px;border-spacing:0px"><tr><td>\n'
           '<div style="font-size:16px;color:#000000">Your message to <a href="mailto:%s">%s</a> couldn\'t be delivered.</div>\n'
           '<div style="font-size:24px;color:#C00000;padding-top:16px"><b>%s</b></div>\n'
           '<div style="font-size:14px;padding-top:8px">%s</div>\n'
           '<div style="font-size:17px;color:#666666;padding-top:24px">Action Required</div>\n'
           '<div style="font-size:14px">%s</div>\n'
           '<div style="font-size:17px;color:#666666;padding-top:24px">How to Fix It</div>\n'
           '<div style="font-size:14px">%s</div>\n'
           '</td></tr></table></div>\n'
           '<div style="font-family:Consolas,monospace;font-size:12px;padding-top:24px">'
           'Diagnostic information for administrators:<br><br>Generating server: %s<br><br>%s<br>'
           'Remote Server returned \'%s\'<br></div>\n</body>\n</html>\n'
           % (r["rcpt"], r["rcpt"], esc(r["headline"]), esc(r["rcpt_short"]), esc(r["action"]),
              esc(r["fix"]), r["server"], r["rcpt"], esc(r["diag"])))
    alt = multipart("alternative", b2, [
        text_part(plain, "plain", "us-ascii", cte="quoted-printable"),
        text_part(htm, "html", "us-ascii", cte="quoted-printable")])
    arrival = d.astimezone(UTC) - dt.timedelta(seconds=6)
    status = Part(["Content-Type: message/delivery-status"],
                  "Reporting-MTA: dns;%s\nReceived-From-MTA: dns;mx.polibatam.ac.id\n"
                  "Arrival-Date: %s\n\nFinal-Recipient: rfc822;%s\nAction: failed\nStatus: %s\n"
                  "Diagnostic-Code: smtp;%s\n" % (r["server"], rfc_date_nopad(arrival).replace("+0000", "+0000"),
                                                  r["rcpt"], r["status"], r["diag"]))
    hdrs = Part(["Content-Type: text/rfc822-headers", "Content-Transfer-Encoding: 7bit"],
                r["orig_headers"])
    root = multipart("report", b0, [alt, status, hdrs])
    root.headers = ['Content-Type: multipart/report;\n boundary="%s";\n report-type=delivery-status' % b0]
    mid = hexs(slug, "ndrmid", 32) + "@" + loc + ".apcprd03.prod.outlook.com"
    e["message_id"] = mid
    hs = ["Return-Path: <>", received(slug, "m365", d, 5),
          "From: postmaster@outlook.com", "To: %s" % HELPDESK,
          "Date: %s" % rfc_date(d, UTC), fold("Subject", "Undeliverable: " + r["subject"]),
          fold("Thread-Topic", r["subject"]), "Thread-Index: %s" % thread_index(slug),
          "Message-ID:\n <%s>" % mid, "References: <%s>" % r["orig_mid"],
          "In-Reply-To: <%s>" % r["orig_mid"], "Content-Language: en-US",
          "X-MS-Has-Attach: yes", "X-MS-Exchange-Message-Is-Ndr: ", "X-MS-TNEF-Correlator: ",
          "Auto-Submitted: auto-replied"]
    hs.append("MIME-Version: 1.0")
    return assemble(hs, root)


def build_exchange_autoreply(e):
    slug, d = e["slug"], when(e["when"])
    mid, loc = outlook_mid(slug, "KL1PR01MB")
    e["message_id"] = mid
    plain = e["body"]
    htm = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">\n'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
           '</head>\n<body dir="ltr">\n<div style="font-family: Aptos, Aptos_EmbeddedFont, '
           'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
           + "\n".join("<div>%s</div>" % (linkify(l) if l.strip() else "<br>")
                       for l in plain.rstrip("\n").split("\n")) + "\n</div>\n</body>\n</html>\n")
    b = "_000_" + loc + "_"
    alt = multipart("alternative", b, [text_part(plain, "plain", "us-ascii", cte="quoted-printable"),
                                       text_part(htm, "html", "us-ascii", cte="quoted-printable")])
    hs = ["Return-Path: <%s>" % e["frm"][1], received(slug, "m365", d, 2),
          fold("From", addr(*e["frm"])), "To: Helpdesk P4M <%s>" % HELPDESK,
          fold("Subject", e["subject"]), fold("Thread-Topic", re.sub(r"^Automatic reply: ", "", e["subject"])),
          "Thread-Index: %s" % thread_index(slug), "Date: %s" % rfc_date(d, UTC),
          "Message-ID:\n <%s>" % mid] + refs(e) + [
        "Content-Language: en-US", "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: ",
        "X-Auto-Response-Suppress: All", "Auto-Submitted: auto-generated",
        "X-MS-Exchange-Inbox-Rules-Loop: %s" % e["frm"][1], "MIME-Version: 1.0"]
    return assemble(hs, alt)


def build_sieve_vacation(e):
    slug, d = e["slug"], when(e["when"])
    mid = "dovecot-sieve-%d-%s-0@mailstore1.polibatam.ac.id" % (int(d.timestamp()), hexs(slug, "sv", 8))
    e["message_id"] = mid
    hs = ["Return-Path: <>",
          "Received: from mailstore1.polibatam.ac.id (mailstore1.polibatam.ac.id [10.10.5.21])\n"
          " by mx.polibatam.ac.id (Postfix) with ESMTP id %s for\n <%s>; %s (WIB)"
          % (pick_chars(slug, "svq", 13, ALNUM), HELPDESK, rfc_date_nopad(d + dt.timedelta(seconds=1))),
          "Message-ID: <%s>" % mid, "Date: %s" % rfc_date(d) ] + refs(e) + [
        "X-Sieve: Pigeonhole Sieve 0.5.21 (f6cd4b8e)", "Precedence: bulk",
        "Auto-Submitted: auto-replied (vacation)", fold("From", addr(*e["frm"])),
        "To: <%s>" % HELPDESK, fold("Subject", e["subject"]), "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"]
    msg = "\n".join(hs) + "\n\n" + e["body"]
    return msg.replace("\n", "\r\n").encode("utf-8")


def build_moodle(e):
    slug, d = e["slug"], when(e["when"])
    b = "b1=_" + pick_chars(slug, "mb", 40, ALNUM)
    alt = multipart("alternative", b, [
        Part(["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit"], e["body"]),
        Part(["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: 8bit"], e["html"])])
    alt.headers = ['Content-Type: multipart/alternative;\n boundary="%s"' % b,
                   "Content-Transfer-Encoding: 8bit"]
    mid = hexs(slug, "mmid", 32) + "@learning.polibatam.ac.id"
    e["message_id"] = mid
    hs = ["Return-Path: <noreply@polibatam.ac.id>", received(slug, "elearning", d, 1),
          "Date: %s" % rfc_date(d), "To: Helpdesk P4M <%s>" % HELPDESK,
          fold("From", e["from_hdr"]),
          'Reply-To: "Jangan membalas email ini (via E-Learning Polibatam)"\n <noreply@polibatam.ac.id>',
          fold("Subject", e["subject"]), "Message-ID: <%s>" % mid,
          "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
          "Precedence: Bulk", "X-Auto-Response-Suppress: All", "Auto-Submitted: auto-generated",
          "X-Course-Id: 212", "X-Course-Name: Pelatihan E-Learning Dosen 2027", "MIME-Version: 1.0"]
    return assemble(hs, alt)


def build_teams(e):
    slug, d = e["slug"], when(e["when"])
    b = "=-" + base64.b64encode(digest(slug, "tb")[:18]).decode().replace("/", "_").replace("+", "-")
    alt = multipart("alternative", b, [
        text_part(e["body"], "plain", "utf-8", cte="quoted-printable"),
        text_part(e["html"], "html", "utf-8", cte="quoted-printable")])
    mid = "%s@%s" % (uuid_like(slug, "tm", upper=False), "az.southeastasia.microsoft.com")
    e["message_id"] = mid
    hs = ["Return-Path: <noreply@email.teams.microsoft.com>", received(slug, "teams", d, 2),
          fold("From", "Microsoft Teams <noreply@email.teams.microsoft.com>"),
          "To: Helpdesk P4M <%s>" % HELPDESK, fold("Subject", e["subject"]),
          "Date: %s" % rfc_date(d, UTC), "Message-ID: <%s>" % mid,
          "X-Auto-Response-Suppress: All", "Auto-Submitted: auto-generated",
          "X-MS-Exchange-Organization-AuthAs: Anonymous",
          "X-Teams-Notification-Type: MissedActivity", "MIME-Version: 1.0"]
    return assemble(hs, alt)


BUILDERS = {
    "gmail": build_gmail, "outlook": build_outlook, "apple": build_apple,
    "thunderbird": build_thunderbird, "iphone": build_iphone, "samsung": build_samsung,
    "zimbra": build_zimbra, "yahoo": build_yahoo, "roundcube": build_roundcube,
    "postfix_dsn": build_postfix_dsn, "exchange_ndr": build_exchange_ndr,
    "exchange_autoreply": build_exchange_autoreply, "sieve": build_sieve_vacation,
    "moodle": build_moodle, "teams": build_teams,
}


# ---------------------------------------------------------------------------
# attachments: minimal DOCX and PDF, built byte by byte
# ---------------------------------------------------------------------------

def xml_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_bytes(paragraphs, title, when_tuple):
    """paragraphs: list of (text, bold)."""
    body = []
    for text, bold in paragraphs:
        if text == "":
            body.append("<w:p/>")
            continue
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        body.append('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xml_esc(text)))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" '
                'w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" '
                'w:gutter="0"/></w:sectPr></w:body></w:document>' % "".join(body))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when_tuple
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>Prodi Animasi</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (xml_esc(title), stamp, stamp))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in (("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                           ("docProps/core.xml", core), ("word/document.xml", document)):
            zi = zipfile.ZipInfo(name, date_time=when_tuple)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p>(.*?)</w:p>|<w:p/>", xml)
    out = []
    for p in paras:
        out.append(html.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p or ""))))
    return "\n".join(out)


def pdf_str(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(lines, title, stamp):
    """lines: list of (text, bold); one A4 page, Helvetica, text in one content stream."""
    ops = ["BT", "/F1 10.5 Tf", "14 TL", "64 780 Td"]
    cur = None
    for text, bold in lines:
        f = "/F2" if bold else "/F1"
        if f != cur:
            ops.append("%s 10.5 Tf" % f)
            cur = f
        if text:
            ops.append("(%s) Tj" % pdf_str(text))
        ops.append("T*")
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        ("<< /Title (%s) /Producer (Microsoft Word 2019) /CreationDate (D:%s) /ModDate (D:%s) >>"
         % (pdf_str(title), stamp, stamp)).encode("latin-1"),
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
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref))
    return bytes(out)


def pdf_text(data):
    m = re.search(rb"stream\n(.*?)endstream", data, re.S)
    out = []
    for line in m.group(1).decode("latin-1").split("\n"):
        t = re.match(r"\((.*)\) Tj$", line)
        if t:
            out.append(t.group(1).replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\"))
        elif line == "T*":
            out.append("\n")
    return "".join(x if x == "\n" else x for x in out)


# ---------------------------------------------------------------------------
# the messages (every body written by hand)
# ---------------------------------------------------------------------------

MAILS = []


def mail(**kw):
    for k in ("body",):
        if k in kw and kw[k] is not None:
            kw[k] = kw[k].lstrip("\n")
            if not kw[k].endswith("\n"):
                kw[k] += "\n"
    if kw.get("quote"):
        kw["quote"]["text"] = kw["quote"]["text"].lstrip("\n")
        inner = kw["quote"].get("inner")
        while inner:
            inner["text"] = inner["text"].lstrip("\n")
            inner = inner.get("inner")
    kw.setdefault("note", "")
    kw.setdefault("fields", {})
    MAILS.append(kw)


def course(code=None, name=None, **changes):
    f = {}
    if code:
        f["course_code"] = code
    if name:
        f["course_name"] = name
    f["changes"] = changes
    return f


def ann(title, scope, publish_at=None, code=None, name=None):
    f = {}
    if code:
        f["course_code"] = code
    if name:
        f["course_name"] = name
    f["title"] = title
    f["scope"] = scope
    if publish_at:
        f["publish_at"] = publish_at
    return f


SEKUPANG_DISCLAIMER = """
CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,
is for the sole use of the intended recipient(s) and may contain
confidential and privileged information of PT Sekupang Marine Fabrication
and its affiliates. Any unauthorised review, use, disclosure, copying or
distribution is strictly prohibited. If you are not the intended
recipient, please contact the sender by reply e-mail and destroy all
copies of the original message. The company accepts no liability for any
damage caused by any virus transmitted by this e-mail. Opinions,
conclusions and other information in this message that do not relate to
the official business of the company shall be understood as neither
given nor endorsed by it.

PEMBERITAHUAN KERAHASIAAN: Surel ini beserta lampirannya hanya ditujukan
kepada penerima yang namanya tercantum di atas dan dapat berisi informasi
rahasia milik PT Sekupang Marine Fabrication. Jika Anda bukan penerima
yang dimaksud, segera beri tahu pengirim dan hapus surel ini. Dilarang
menyalin, menyebarkan, atau menggunakan isi surel ini tanpa izin.

HSE REMINDER: Stop work if unsafe. Zero accident is our commitment.
Please consider the environment before printing this e-mail.
"""

NUSA_DISCLAIMER = """
-----
This message (including any attachments) contains confidential
information intended for a specific individual and purpose, and is
protected by law. If you are not the intended recipient, you should
delete this message and are hereby notified that any disclosure,
copying, or distribution of this message, or the taking of any action
based on it, is strictly prohibited. PT Nusa Precision Electronics
reserves the right to monitor all e-mail communications through its
networks. Any views expressed in this message are those of the
individual sender, except where the message states otherwise and the
sender is authorised to state them to be the views of the company.
PT Nusa Precision Electronics - Batamindo Industrial Park, Muka Kuning,
Batam 29433, Indonesia. Registered under NIB 8120001234567.
"""

# 1 ----------------------------------------------------------------------
mail(slug="praktisi-galangan-tertulis-seharusnya-disclaimer", when="2026-12-14 08:21:05",
     client="outlook", tenant="SG2PR02MB", utc_date=True, content_lang="en-US",
     frm=("Ahmad Rifai", "ahmad.rifai@sekupangmarine.co.id"),
     subject="Shortname course Inspeksi Pengelasan Kapal salah",
     body="""
Dh,

Course Inspeksi Pengelasan Kapal (prodi TRKP) di e-learning, shortname
tertulis KP3205 seharusnya KP3250. Mhn dikoreksi, mhs bingung krn beda
dgn jadwal.

Tks.

Rgds,
Ahmad Rifai
QA/QC Welding Inspector (CSWIP 3.1, AWS-CWI)
Dosen Praktisi Prodi Teknologi Rekayasa Konstruksi Perkapalan - Polibatam

PT Sekupang Marine Fabrication
Jl. R.E. Martadinata Km. 3, Sekupang, Batam 29422, Indonesia
T +62 778 321 4400 ext. 217 | M +62 811 7012 3456
www.sekupangmarine.co.id
""" + SEKUPANG_DISCLAIMER,
     type="course_data", lang="id",
     fields=course("KP3205", "Inspeksi Pengelasan Kapal", shortname="KP3250"))

# 2 ----------------------------------------------------------------------
mail(slug="automatic-reply-exchange-offshore-en", when="2026-12-14 08:21:49",
     client="exchange_autoreply",
     frm=("Ahmad Rifai", "ahmad.rifai@sekupangmarine.co.id"),
     subject="Automatic reply: [P4M #2026-1187] Shortname course Inspeksi Pengelasan Kapal salah",
     irt="tkt-2026-1187.ack@helpdesk.polibatam.ac.id",
     body="""
Thank you for your e-mail.

I am offshore for the sea trial of hull NB-118 from 14 to 18 December 2026
with very limited e-mail access. I will reply when I am back in the yard.

For urgent QA/QC matters please contact qaqc@sekupangmarine.co.id or the
QA/QC office at +62 778 321 4400 ext. 210.

Best regards,
Ahmad Rifai
""",
     type="auto", lang="en",
     note="Exchange out-of-office reply to the helpdesk's acknowledgement (Auto-Submitted, X-Auto-Response-Suppress)."
)

# 3 ----------------------------------------------------------------------
mail(slug="undangan-forum-politeknik-malaysia", when="2026-12-15 09:47:20",
     client="outlook", tenant="KL1PR02MB", utc_date=True, relay="psa", content_lang="en-MY",
     frm=("Ts. Dr. Nurul Huda binti Ismail", "nurulhuda@psa.edu.my"),
     subject="Invitation: ASEAN Polytechnic Digital Learning Forum 2027 (Shah Alam, 24-25 March)",
     body="""
Dear Sir/Madam,

Greetings from Politeknik Sultan Salahuddin Abdul Aziz Shah (PSA), Shah
Alam.

We are pleased to invite the e-learning team of Politeknik Negeri Batam
to the ASEAN Polytechnic Digital Learning Forum 2027, which will be held
on 24-25 March 2027 at PSA, Shah Alam, Selangor. This year's theme is
"Micro-credentials and Moodle Analytics for TVET".

We would be most honoured if your team could share your experience in
running a helpdesk for Moodle, maybe in a 20-minute slot during the
practitioner session. There is no registration fee for speakers, and
accommodation for two persons will be borne by the organiser.

Kindly let us know your confirmation by 15 January 2027. The tentative
programme will be emailed once we receive your reply.

Thank you and best regards,

Ts. Dr. Nurul Huda binti Ismail
Head, e-Learning Unit (CIDL)
Politeknik Sultan Salahuddin Abdul Aziz Shah
Persiaran Usahawan, Seksyen U1, 40150 Shah Alam, Selangor
Tel: +603-5163 4000

"MALAYSIA MADANI"
"BERKHIDMAT UNTUK NEGARA"

PENAFIAN: E-mel ini dan sebarang lampiran adalah sulit dan hanya untuk
kegunaan penerima yang dimaksudkan. Jika anda bukan penerima yang
dimaksudkan, sila maklumkan kepada pengirim dan padamkan e-mel ini.
""",
     type="other", lang="en",
     note="Near-miss: an invitation to a forum; nothing to do on e-learning.")

# 4 ----------------------------------------------------------------------
mail(slug="zimbra-sks-tercantum-yang-benar", when="2026-12-16 11:05:33",
     client="zimbra",
     frm=("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
     subject="SKS Kewirausahaan di e-learning",
     body="""
Selamat siang,

Mau info, sks MK Kewirausahaan (MB2108) di halaman course e-learning
tercantum 3 sks, yang benar 2 sks (1 teori, 1 praktik) sesuai kurikulum
MB 2024. Mohon disesuaikan sebelum semester genap mulai supaya tidak
membingungkan mahasiswa saat melihat beban studi.

Terima kasih.

Rahmat Hidayat, S.E., M.M.
Prodi Manajemen Bisnis
""",
     type="course_data", lang="id",
     fields=course("MB2108", "Kewirausahaan", credits="2"))

# 5 ----------------------------------------------------------------------
mail(slug="melayu-riau-pengumuman-secepatnya", when="2026-12-17 07:12:40",
     client="samsung",
     frm=("Zulkarnain", "zulkarnain.ak.btm@gmail.com"),
     subject="tolong umumkan kat course ASP",
     body="""
Assalamualaikum bang/kak admin P4M,

Saye nak mintak tolong buatkan pengumuman kat course Akuntansi Sektor
Publik (AKM3102) kelas AKM-3A. Akses saye ke e-learning tak boleh dari
semalam, entah ape pasal. Secepatnya ye, budak-budak dah tanye kat grup.

"Kuliah Jumat Dipindah ke Sabtu"
Kuliah hari Jumat 18 Desember 2026 dipindah ke Sabtu 19 Desember 2026
jam 08.00-10.30 di ruang GU 702. Materi: laporan realisasi anggaran.
Bawa kalkulator.

Terime kasih banyak lah.

Zulkarnain
Dosen LB Akuntansi

Dikirim dari ponsel Samsung Galaxy saya.
""",
     type="announcement", lang="id",
     fields=ann("Kuliah Jumat Dipindah ke Sabtu", "course", None, "AKM3102", "Akuntansi Sektor Publik"))

# 6 ----------------------------------------------------------------------
mail(slug="mahasiswa-notifikasi-aplikasi-moodle", when="2026-12-17 19:30:11",
     client="samsung",
     frm=("Putri Ayu Lestari", "3312501045@students.polibatam.ac.id"),
     subject="notif moodle app gak muncul",
     body="""
Selamat malam kak,

Sy Putri, NIM 3312501045 AKM-1B. Sejak update aplikasi Moodle di hp
minggu lalu, notifikasi tugas & pengumuman gak muncul lg. Udh sy cek
pengaturan notifikasi di hp dan di aplikasinya, semua sdh ON. Kemarin
ketinggalan info kuis krn gak ada notif 😢

Kalau lewat browser sih bisa login normal. Mohon bantuannya kak.

Terima kasih

Sent from my Galaxy
""",
     type="elearning_support", lang="id")

# 7 ----------------------------------------------------------------------
mail(slug="perpustakaan-minta-sop-helpdesk", when="2026-12-18 14:15:02",
     client="outlook",
     frm=("UPT Perpustakaan Polibatam", "perpustakaan@polibatam.ac.id"),
     subject="Permohonan SOP layanan helpdesk P4M (untuk benchmark layanan perpustakaan)",
     body="""
Yth. Tim Helpdesk P4M,

Dengan hormat, UPT Perpustakaan sedang menyusun standar layanan
pengaduan dan konsultasi pemustaka untuk persiapan akreditasi
perpustakaan tahun 2027. Kami mendengar layanan helpdesk P4M sudah
memiliki SOP dan target waktu respons 15 menit.

Apabila tidak keberatan, kami mohon dapat dikirimkan dokumen SOP
layanan helpdesk P4M beserta formulir rekaman helpdesk yang dipakai,
sebagai bahan pembanding (benchmark). Dokumen akan kami gunakan untuk
keperluan internal saja.

Atas bantuan dan kerja samanya kami ucapkan terima kasih.

Hormat kami,
Siti Khadijah, S.IIP.
Pustakawan Ahli Muda
UPT Perpustakaan Politeknik Negeri Batam
Gedung Utama Lt. 2 | perpustakaan@polibatam.ac.id
""",
     type="document_request", lang="id")

# 8 ----------------------------------------------------------------------
mail(slug="outlook-html-saja-semula-menjadi", when="2026-12-21 09:03:40",
     client="outlook", html_only=True,
     frm=("Dedi Kurniawan", "dedi.kurniawan@polibatam.ac.id"),
     subject="Permohonan perubahan nama mata kuliah Gambar Teknik (MS1103)",
     bold=["Kode MK : MS1103", "\"Gambar Teknik Manufaktur\""],
     body="""
Yth. Tim Helpdesk P4M,

Dengan hormat,
Sehubungan dengan penyesuaian kurikulum Prodi Teknik Mesin yang berlaku
mulai semester genap 2026/2027, bersama ini saya selaku koordinator mata
kuliah mengajukan perubahan nama mata kuliah pada e-learning sebagai
berikut:

Kode MK : MS1103
Nama mata kuliah semula "Gambar Teknik" menjadi "Gambar Teknik Manufaktur".

Data lainnya (kode, SKS, dosen pengampu) tidak berubah.

Demikian permohonan ini, atas perhatiannya saya ucapkan terima kasih.

Hormat saya,
Dedi Kurniawan, S.T., M.Eng.
Koordinator MK Gambar Teknik
Jurusan Teknik Mesin - Politeknik Negeri Batam
""",
     type="course_data", lang="id",
     fields=course("MS1103", "Gambar Teknik", fullname="Gambar Teknik Manufaktur"))

# 9 ----------------------------------------------------------------------
mail(slug="penawaran-vendor-hosting-moodle", when="2026-12-21 15:44:18",
     client="gmail",
     frm=("Rizal Pratama", "rizal@edustack.id"),
     subject="Managed Moodle hosting + AI helpdesk chatbot: special rate for polytechnics",
     body="""
Dear Helpdesk Team,

I hope you are doing well. My name is Rizal from EduStack Indonesia, a
Jakarta-based Moodle Partner. We currently host Moodle for 27 campuses
in Indonesia and Malaysia.

For the 2027 budget cycle we are offering polytechnics:
- fully managed Moodle 4.5 hosting with 99.9% uptime SLA,
- an AI chatbot that answers students' login and enrolment questions
  24/7 inside Moodle, and
- a free migration from your current server.

Since your helpdesk handles e-learning requests by e-mail, I think the
chatbot could reduce your ticket volume by up to 40%. Would you be open
to a 30-minute online demo in January? You can pick a slot here:
https://edustack.id/demo

Best regards,
Rizal Pratama
Partnerships Manager
EduStack Indonesia | Menara Kuningan Lt. 18, Jakarta
+62 811 1900 4477
""",
     type="other", lang="en")

# 10 ---------------------------------------------------------------------
mail(slug="partner-singapura-on-5-jan-2027-at-9am", when="2026-12-22 10:18:55",
     client="outlook", tenant="SI2PR01MB", utc_date=True, content_lang="en-SG",
     frm=("Melissa Koh", "melissa_koh@nyp.edu.sg"),
     subject="Posting of exchange info session on Polibatam e-learning",
     body="""
Hi P4M team,

Hope this email finds you well. I'm from the International Relations
Office of Nanyang Polytechnic, your partner under the TVET student
mobility MoU.

Can help us to post the following announcement on the Polibatam
e-learning front page, for all students? We would like it to go up on
5 Jan 2027 at 9am (Batam time), as your students will be back from the
holidays by then.

"Info Session: NYP Semester Exchange 2027"
Interested in spending a semester in Singapore? Join our online info
session on Wednesday, 20 January 2027, 3.00pm-4.00pm (WIB) via Zoom.
Learn about the programmes open to Polibatam students, the application
process and the monthly allowance. Register at
https://go.nyp.edu.sg/pbm-info2027 by 18 January 2027.

Do let me know if you need the poster also. Thanks ya!

Best regards,
Melissa Koh
Senior Manager, International Relations
Nanyang Polytechnic
180 Ang Mo Kio Avenue 8, Singapore 569830
""",
     type="announcement", lang="en",
     fields=ann("Info Session: NYP Semester Exchange 2027", "site", "2027-01-05T09:00:00+07:00"))

# 11 ---------------------------------------------------------------------
mail(slug="praktisi-elektronik-akun-kedaluwarsa-en", when="2026-12-23 08:55:30",
     client="outlook", tenant="SG2P153MB", utc_date=True, content_lang="en-US",
     frm=("Bryan Wiratama", "bryan.wiratama@outlook.com"),
     subject="E-learning account expired",
     body="""
Hello,

I teach Electronics Manufacturing Test (evening class) as a part-time
lecturer. Since this week I can't log in to e-learning: "Your account has
expired, please contact the site administrator". My contract for the even
semester was already signed at the department office last Friday, so I
guess the account was not extended yet.

Username: bryan.wiratama
I need to upload the UAS questions before 4 January.

Thanks,
Bryan Wiratama
Test Engineering Lead, PT Nusa Precision Electronics (Batamindo)
Part-time lecturer, Electronics Engineering Technology
""",
     type="elearning_support", lang="en")

# 12 ---------------------------------------------------------------------
mail(slug="ndr-exchange-mailbox-penuh", when="2026-12-28 10:30:12",
     client="exchange_ndr",
     ndr=dict(rcpt="bryan.wiratama@outlook.com", rcpt_short="bryan.wiratama",
              headline="The recipient's mailbox is full and can't accept messages now.",
              action="Please try resending this message later, or contact the recipient directly.",
              fix="The recipient needs to delete or archive old messages so that the mailbox can "
                  "receive new ones. Wait a while and try sending the message again.",
              server="SG2P153MB0412.APCP153.PROD.OUTLOOK.COM",
              status="5.2.2",
              diag="554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException."
                   "MapiExceptionShutoffQuotaExceeded; Failed to process message due to a "
                   "permanent exception",
              subject="[P4M #2026-1233] E-learning account expired",
              orig_mid="tkt-2026-1233.res@helpdesk.polibatam.ac.id",
              orig_headers=("From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\n"
                            "To: Bryan Wiratama <bryan.wiratama@outlook.com>\n"
                            "Subject: [P4M #2026-1233] E-learning account expired\n"
                            "Date: Mon, 28 Dec 2026 10:29:58 +0700\n"
                            "Message-ID: <tkt-2026-1233.res@helpdesk.polibatam.ac.id>\n"
                            "In-Reply-To: <tkt-2026-1233.ack@helpdesk.polibatam.ac.id>\n"
                            "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
                            "Content-Transfer-Encoding: 7bit\n")),
     type="auto", lang="en")

# 13 ---------------------------------------------------------------------
mail(slug="template-rps-versi-english-campur", when="2026-12-29 13:20:45",
     client="gmail",
     frm=("Fitriani Rahayu", "fitriani.rahayu@polibatam.ac.id"),
     subject="Template RPS OBE versi bahasa Inggris?",
     body="""
Halo tim P4M,

Semester genap nanti saya pegang kelas IUP untuk MK Digital Signal
Processing. Apakah P4M punya template RPS OBE yang English version?
The one on the website is only in Bahasa, and translating the CPL/CPMK
table by myself takes time and might not match the official terms.

Kalau ada, mohon dikirim file docx-nya, plus contoh RPS yang sudah
terisi (any course is fine). Thanks a lot!

Salam,
Fitriani Rahayu, M.Eng.
Teknologi Rekayasa Elektronika
""",
     type="document_request", lang="mixed")

# 14 ---------------------------------------------------------------------
mail(slug="rencana-kurikulum-2028-belum-minta-apa-apa", when="2026-12-30 09:10:02",
     client="gmail",
     frm=("Agustina Wulandari", "agustina.wulandari@polibatam.ac.id"),
     subject="Heads-up: kurikulum baru 2028",
     body="""
Dear tim P4M,

Just a heads-up, belum perlu ditindaklanjuti sekarang. Prodi RPL sedang
review kurikulum dan kemungkinan mulai tahun akademik 2028/2029 hampir
semua MK ganti nama dan kode (kurikulum OBE v3). Rough estimate ada
sekitar 40 course yang terdampak.

Nanti setelah SK Direktur keluar (perkiraan akhir 2027), kami kirim
daftar lengkapnya dalam satu file. Saya cuma mau tanya, P4M lebih prefer
format Excel atau lewat formulir resmi? Supaya kami siapkan dari awal.
No rush, dijawab setelah libur tahun baru juga boleh.

Happy holidays!

Best,
Agustina Wulandari, Ph.D.
Ketua Program Studi Teknologi Rekayasa Perangkat Lunak
""",
     type="other", lang="mixed",
     note="Near-miss: a plan for the next curriculum (2028/2029); no concrete course change is requested yet.")

# 15 ---------------------------------------------------------------------
mail(slug="thunderbird-semester-sekarang-harusnya", when="2027-01-04 08:05:27",
     client="thunderbird",
     frm=("Nurhayati", "nurhayati@polibatam.ac.id"),
     subject="Semester course Fisika Terapan salah",
     body="""
Selamat pagi Tim P4M,

Course Fisika Terapan (MS1204) yang saya siapkan untuk semester depan
ternyata salah kategori. Semester di course sekarang Ganjil 2026/2027,
harusnya Genap 2026/2027 karena MK ini ada di semester 2.

Mohon dibantu dipindahkan, karena mulai minggu depan saya mau isi
materi dan mahasiswa baru akan enrol lewat daftar semester genap.

Terima kasih,

-- 
Nurhayati, S.Si., M.Sc.
Dosen Fisika - Jurusan Teknik Mesin
Politeknik Negeri Batam
""",
     type="course_data", lang="id",
     fields=course("MS1204", "Fisika Terapan", semester="Genap 2026/2027"))

# 16 ---------------------------------------------------------------------
_orig16 = ack_message(
    "2027-0003", "Nurhayati", "nurhayati@polibatam.ac.id",
    "Semester course Fisika Terapan salah", when("2027-01-04 10:40:06"),
    "Yth. Ibu Nurhayati,\n\nCourse Fisika Terapan (MS1204) sudah kami pindahkan ke\n"
    "semester Genap 2026/2027. Tembusan kami kirimkan ke sekretariat prodi.\n\n"
    + HD_SIG_ID + "\n")
_orig16 = _orig16.replace("To: Nurhayati <nurhayati@polibatam.ac.id>\n",
                          "To: Nurhayati <nurhayati@polibatam.ac.id>\nCc: sekprodi.ms@polibatam.ac.id\n")
_orig16 = _orig16.replace(".ack@", ".res@").replace("Auto-Submitted: auto-replied\n", "")
mail(slug="bounce-postfix-user-unknown-tembusan", when="2027-01-04 10:40:15",
     client="postfix_dsn",
     dsn=dict(rcpt="sekprodi.ms@polibatam.ac.id", status="5.1.1",
              remote="mailstore2.polibatam.ac.id",
              diag="550 5.1.1 <sekprodi.ms@polibatam.ac.id>: Recipient address\n"
                   "    rejected: User unknown in virtual mailbox table",
              human="<sekprodi.ms@polibatam.ac.id>: host mailstore2.polibatam.ac.id[10.10.5.22]\n"
                    "    said: 550 5.1.1 <sekprodi.ms@polibatam.ac.id>: Recipient address\n"
                    "    rejected: User unknown in virtual mailbox table (in reply to RCPT TO\n"
                    "    command)\n",
              original=_orig16),
     type="auto", lang="en")

# 17 ---------------------------------------------------------------------
mail(slug="pulang-taiwan-gelar-dr-eng-banyak", when="2027-01-05 09:30:40",
     client="gmail",
     frm=("Yuliana Kartika Sari", "yuliana.ks@polibatam.ac.id"),
     subject="Update nama dosen & course name Machine Vision (TRE3208)",
     body="""
Selamat pagi tim P4M,

Saya baru kembali aktif mengajar setelah tugas belajar S3 di National
Taiwan University of Science and Technology (NTUST), Taipei. Semester
genap ini saya pegang lagi MK Machine Vision (TRE3208). Ada dua hal yang
perlu di-update di course-nya:

1. Nama dosen pengampu masih tertulis gelar lama. Please update jadi:
   Dr. Eng. Yuliana Kartika Sari, S.T., M.Sc.
2. Course full name jadi "Machine Vision and Deep Learning", karena
   isinya sekarang sudah include CNN dan deployment di edge device
   (Jetson Nano), sesuai RPS revisi yang sudah di-approve Kaprodi.

Short name dan enrolment key tetap. Thank you in advance, senang bisa
balik ke Batam lagi 😊

Best regards,
Yuliana
""",
     type="course_data", lang="mixed",
     fields=course("TRE3208", "Machine Vision",
                   lecturer="Dr. Eng. Yuliana Kartika Sari, S.T., M.Sc.",
                   fullname="Machine Vision and Deep Learning"))

# 18 ---------------------------------------------------------------------
mail(slug="koordinator-pertukaran-filipina-akun", when="2027-01-05 14:12:09",
     client="outlook", tenant="PUZPR04MB", utc_date=True, content_lang="en-PH",
     frm=("Ma. Cristina Dela Cruz", "mcdelacruz@tup.edu.ph"),
     subject="Request for e-learning accounts - TUP exchange students (Even Semester 2026/2027)",
     body="""
Good day, Ma'am/Sir!

I am the mobility coordinator of the Technological University of the
Philippines (TUP) - Manila. Five of our BS Electronics Engineering
students will join Polibatam for the even semester starting February
2027 under our credit transfer program.

They were told during the online orientation that they need e-learning
accounts before the classes start, but they have not received any login
details yet. Kindly create their accounts and enrol them in the courses
listed below:

1. Juan Miguel Santos - Embedded Systems, Digital Communication
2. Patricia Anne Reyes - Embedded Systems, Digital Communication
3. Mark Anthony Villanueva - Machine Vision, Embedded Systems
4. Kristine Joy Bautista - Digital Communication, PCB Design
5. Carlo Jose Mendoza - PCB Design, Machine Vision

Their TUP e-mail addresses follow the format firstname.lastname@tup.edu.ph.
Should they wait for their Polibatam student IDs first? Please advise po.

Thank you very much and God bless!

Ma. Cristina Dela Cruz
International Linkages and Mobility Coordinator
Technological University of the Philippines - Manila
Ayala Blvd., Ermita, Manila 1000, Philippines
""",
     type="elearning_support", lang="en")

# 19 ---------------------------------------------------------------------
mail(slug="terima-kasih-setelah-diubah-campur", when="2027-01-06 10:45:12",
     client="gmail",
     frm=("Yuliana Kartika Sari", "yuliana.ks@polibatam.ac.id"),
     subject="Re: [P4M #2027-0011] Update nama dosen & course name Machine Vision (TRE3208)",
     irt="tkt-2027-0011.res@helpdesk.polibatam.ac.id",
     refs=["CA" + pick_chars("pulang-taiwan-gelar-dr-eng-banyak", "mid", 38, B64CH) + "@mail.gmail.com",
           "tkt-2027-0011.ack@helpdesk.polibatam.ac.id",
           "tkt-2027-0011.res@helpdesk.polibatam.ac.id"],
     body="""
Hi tim P4M,

Sudah saya cek, nama dan gelar sudah benar dan course name juga sudah
jadi "Machine Vision and Deep Learning". Thank you so much, super fast!

Rating: 5 😊

Yuliana
""",
     quote=dict(style="gmail", lang="id", when="2027-01-05 15:10",
                name=HD_NAME, addr=HELPDESK, text="""
Yth. Ibu Yuliana,

Perubahan data course TRE3208 telah kami lakukan:
- Dosen pengampu: Dr. Eng. Yuliana Kartika Sari, S.T., M.Sc.
- Nama lengkap: Machine Vision and Deep Learning

Tiket #2027-0011 kami tandai selesai. Mohon berikan penilaian layanan
kami (1-5) dengan membalas email ini.

""" + HD_SIG_ID),
     type="other", lang="mixed",
     note="Near-miss: thanks (and a rating) after a finished change; the changed values appear only as confirmation.")

# 20 ---------------------------------------------------------------------
mail(slug="huruf-kapital-semua-dari-2-sks-ke-3-sks", when="2027-01-06 07:48:33",
     client="yahoo",
     frm=("SUPARDI", "supardi_btm@yahoo.co.id"),
     subject="MOHON UBAH SKS METROLOGI INDUSTRI",
     body="""
SELAMAT PAGI TIM P4M

MOHON BANTUAN UNTUK MENGUBAH SKS MATA KULIAH METROLOGI INDUSTRI (MS2109)
DI E-LEARNING DARI 2 SKS KE 3 SKS, SESUAI KURIKULUM 2026 YANG BARU
DISAHKAN. MATA KULIAH INI SAYA AMPU UNTUK KELAS MS-2A DAN MS-2B.

ATAS BANTUANNYA SAYA UCAPKAN TERIMA KASIH.

SUPARDI, S.T., M.T.
DOSEN TEKNIK MESIN
""",
     type="course_data", lang="id",
     fields=course("MS2109", "METROLOGI INDUSTRI", credits="3"))

# 21 ---------------------------------------------------------------------
mail(slug="zimbra-minta-panduan-elearning-mahasiswa", when="2027-01-06 16:20:50",
     client="zimbra",
     frm=("Admin Jurusan Teknik Elektro", "admin.elektro@polibatam.ac.id"),
     subject="Minta file panduan e-learning utk mahasiswa",
     body="""
Siang P4M,

Mhn dikirimkan file panduan penggunaan e-learning untuk mahasiswa (yg
versi PDF terbaru, kalau ada yg sdh Moodle 4.5). Rencananya mau kami
bagikan di grup WA angkatan sebelum perkuliahan genap mulai, soalnya
tiap awal semester banyak yg nanya cara enrol & upload tugas.

Kalau ada versi video tutorial juga boleh dikirim linknya.

Tks,
Ratih
Admin Jurusan Teknik Elektro
""",
     type="document_request", lang="id")

# 22 ---------------------------------------------------------------------
mail(slug="pulang-australia-apple-mail-ringkasan-empat-kalimat", when="2027-01-07 10:02:14",
     client="apple",
     frm=("Rizal Effendi", "rizal.effendi@polibatam.ac.id"),
     subject="Course description Manajemen Rantai Pasok (LOG2204) - minta di-update",
     body="""
Hi tim P4M,

Saya baru balik dari Melbourne (PhD di Monash, finally done!) dan semester ini pegang lagi MK Manajemen Rantai Pasok (LOG2204). The course description on e-learning is still the 2019 version, jadi saya mau refresh supaya match dengan RPS yang baru.

Tolong course summary-nya diganti dengan teks berikut (as is, in English, karena kelas ini juga diikuti mahasiswa IUP):

This course introduces the design and management of supply chains, from sourcing and production to distribution and reverse logistics. Students analyse real cases from Batam's manufacturing and port sectors using simple quantitative models. Assessment is project-based: each team maps and improves the supply chain of a local company. Weekly readings are in English, and discussions may be held in English or Indonesian.

Nama course, kode, dan enrolment key tidak perlu diubah.

Cheers,
Rizal

--
Rizal Effendi, Ph.D.
Program Studi Logistik Perdagangan Internasional
Politeknik Negeri Batam
""",
     type="course_data", lang="mixed",
     fields=course("LOG2204", "Manajemen Rantai Pasok",
                   summary="This course introduces the design and management of supply chains, from "
                           "sourcing and production to distribution and reverse logistics. Students "
                           "analyse real cases from Batam's manufacturing and port sectors using simple "
                           "quantitative models. Assessment is project-based: each team maps and improves "
                           "the supply chain of a local company. Weekly readings are in English, and "
                           "discussions may be held in English or Indonesian."))

# 23 ---------------------------------------------------------------------
mail(slug="tanya-prosedur-ganti-nama-mk-belum-sekarang", when="2027-01-08 13:30:06",
     client="gmail",
     frm=("Wahyuni Pratiwi", "wahyuni.p@polibatam.ac.id"),
     subject="Tanya prosedur perubahan nama MK",
     body="""
Siang P4M,

Mau tanya dulu ya, belum minta diproses. Kalau nanti ada MK yang ganti
nama karena kurikulum baru, prosedurnya bagaimana? Cukup dosen pengampu
email ke helpdesk, atau harus ada surat/persetujuan Kaprodi dulu? Terus
kira-kira berapa lama sampai berubah di e-learning?

Soalnya prodi kami (Akuntansi Manajerial) masih rapat soal nama-nama MK
baru, jadi saya mau siap-siap saja.

Makasih ya.

Wahyuni
""",
     type="other", lang="id",
     note="Near-miss: a how-to question about the procedure for course changes; nothing to change yet.")

# 24 ---------------------------------------------------------------------
mail(slug="pulang-belanda-enrolment-key-bersimbol", when="2027-01-11 09:15:33",
     client="gmail",
     frm=("Teguh Santoso", "teguh.santoso@polibatam.ac.id"),
     subject="Enrolment key baru Sistem Tenaga Listrik (EL3102)",
     body="""
Goedemorgen tim P4M 🙂

Sorry, kebiasaan dari Delft belum hilang. Saya baru selesai study leave
(master di TU Delft, Electrical Sustainable Energy) dan semester genap
ini pegang MK Sistem Tenaga Listrik (EL3102) lagi.

Enrolment key course ini masih yang lama dari 2024 dan sudah beredar
di kakak tingkat. Tolong diganti ya, the new key is:

Ohm&Watt#2027!

(case-sensitive, termasuk tanda seru di akhir). Sisanya tidak ada
perubahan.

Dank je wel!
Teguh

-- 
Teguh Santoso, S.T., M.Sc.
Jurusan Teknik Elektro - Politeknik Negeri Batam
""",
     type="course_data", lang="mixed",
     fields=course("EL3102", "Sistem Tenaga Listrik", enrolment_key="Ohm&Watt#2027!"))

# 25 ---------------------------------------------------------------------
mail(slug="zimbra-restore-backup-course-gagal", when="2027-01-11 11:20:48",
     client="zimbra",
     frm=("Intan Permatasari", "intan.permatasari@polibatam.ac.id"),
     subject="Restore backup course semester lalu gagal terus",
     body="""
Selamat siang Tim P4M,

Saya mau menyiapkan course Pemrograman Web Lanjut (IF3107) untuk
semester genap dengan me-restore backup course semester genap tahun
lalu (file .mbz, 180 MB). Prosesnya selalu berhenti di 58% lalu muncul
pesan "Error reading from database". Sudah saya coba tiga kali, juga
dengan file backup tanpa data pengguna.

Apakah ada batas ukuran file restore untuk dosen, atau bisa dibantu
restore dari sisi admin? File backup bisa saya kirim lewat Google Drive.

Terima kasih,
Intan Permatasari, M.Kom.
Jurusan Teknik Informatika
""",
     type="elearning_support", lang="id")

# 26 ---------------------------------------------------------------------
mail(slug="upa-tik-downtime-moodle-campur", when="2027-01-12 08:40:20",
     client="outlook",
     frm=("Fadli Ramadhan", "fadli.ramadhan@polibatam.ac.id"),
     subject="Request publish announcement: downtime e-learning 23-24 Jan",
     body="""
Hi tim P4M,

Kami dari UPA TIK akan upgrade e-learning ke Moodle 4.5 LTS plus
migrasi database ke server baru. Maintenance window-nya Sabtu, 23
Januari 2027 jam 20.00 sampai Minggu, 24 Januari 2027 jam 06.00 WIB.
Kalau ada issue, rollback paling lambat jam 04.00.

Mohon di-publish announcement site-wide (semua user) mulai Jumat, 15
Januari 2027 jam 16.00, supaya dosen sempat reschedule kuis.

Judul: Downtime E-Learning untuk Upgrade Moodle 4.5

Isi:
E-learning tidak dapat diakses pada Sabtu, 23 Januari 2027 pukul 20.00
s.d. Minggu, 24 Januari 2027 pukul 06.00 WIB karena upgrade sistem ke
Moodle 4.5. Mohon tidak menjadwalkan kuis, tugas, atau batas unggah
pada rentang waktu tersebut. Setelah upgrade, bersihkan cache browser
bila tampilan tidak normal.

Thanks,
Fadli Ramadhan
Network & Server Administrator
UPA Teknologi Informasi dan Komunikasi
Politeknik Negeri Batam
""",
     type="announcement", lang="mixed",
     fields=ann("Downtime E-Learning untuk Upgrade Moodle 4.5", "site", "2027-01-15T16:00:00+07:00"))

# 27 ---------------------------------------------------------------------
mail(slug="politeknik-malaysia-from-to-lah", when="2027-01-12 14:05:37",
     client="outlook", tenant="KL1PR06MB", utc_date=True, relay="polipd", content_lang="en-MY",
     frm=("Ts. Dr. Mohd Faizal bin Abdul Rahman", "faizal.rahman@polipd.edu.my"),
     subject="Joint course MKT3105 - correction of course name",
     body="""
Dear P4M Helpdesk,

Good day to you. I am co-teaching the joint course MKT3105 with
Polibatam's Mechatronics programme this semester under the PPD-Polibatam
collaboration.

Kindly change the course full name from "Mechatronic System Design" to
"Mechatronics System Design". The "s" is missing and the name will be
printed on the students' joint certificate, so it must be correct lah.
Nothing else to change.

Thank you and have a nice day.

Regards,
Ts. Dr. Mohd Faizal bin Abdul Rahman
Senior Lecturer, Department of Mechanical Engineering
Politeknik Port Dickson, Negeri Sembilan, Malaysia
""",
     type="course_data", lang="en",
     fields=course("MKT3105", "Mechatronic System Design", fullname="Mechatronics System Design"))

# 28 ---------------------------------------------------------------------
mail(slug="workshop-h5p-secepatnya-tanpa-jam", when="2027-01-13 10:25:11",
     client="gmail",
     frm=("Laras Setyaningrum", "laras.s@polibatam.ac.id"),
     subject="Tolong publish pengumuman workshop H5P secepatnya",
     body="""
Hai rekan helpdesk,

Tolong publish pengumuman ini di front page e-learning untuk semua
dosen secepatnya ya, karena pendaftaran sudah dibuka hari ini dan kuota
terbatas. Poster menyusul kalau sudah di-approve Kapus.

Judul: "Workshop Desain Course Interaktif dengan H5P"

Workshop hands-on dua hari, Selasa-Rabu 26-27 Januari 2027, jam
08.30-15.00 WIB di Lab Komputer GU 601. Peserta akan membuat interactive
video, quiz, dan branching scenario dengan H5P di Moodle, lalu langsung
memasangnya di course masing-masing untuk semester genap. Bawa laptop
dan materi satu pertemuan. Daftar di https://s.polibatam.ac.id/h5p-genap
(kuota 30 dosen, first come first served).

Thanks a lot!
Laras
Pengembangan Pembelajaran - P4M
""",
     type="announcement", lang="mixed",
     fields=ann("Workshop Desain Course Interaktif dengan H5P", "site"))

# 29 ---------------------------------------------------------------------
mail(slug="tempel-chat-whatsapp-kaprodi", when="2027-01-14 08:02:44",
     client="gmail",
     frm=("Sari Wulandari", "sari.wulandari@polibatam.ac.id"),
     subject="Fwd chat Kaprodi: perubahan MK Sensor dan Aktuator",
     body="""
Selamat pagi Tim P4M,

Berikut saya tempelkan chat dari Kaprodi TRE tadi pagi, mohon
ditindaklanjuti ya:

[07.12, 14/1/2027] Pak Hendra: Bu Sari, MK Sensor dan Aktuator (TRE2207) di elearning tolong minta P4M ganti namanya jadi "Sensor dan Aktuator Industri", sesuai kurikulum baru
[07.13, 14/1/2027] Pak Hendra: Sekalian sks nya dari 2 sks ke 3 sks ya
[07.13, 14/1/2027] Pak Hendra: Kode tetap
[07.20, 14/1/2027] Sari Wulandari: Baik Pak, sy emailkan ke P4M pagi ini 🙏

Terima kasih,
Sari Wulandari, S.T., M.T.
Dosen Teknologi Rekayasa Elektronika
""",
     type="course_data", lang="id",
     fields=course("TRE2207", "Sensor dan Aktuator",
                   fullname="Sensor dan Aktuator Industri", credits="3"),
     note="The request is a pasted WhatsApp chat from the head of programme.")

# 30 ---------------------------------------------------------------------
PDF30 = pdf_bytes([
    ("POLITEKNIK NEGERI BATAM", True),
    ("UPT PERPUSTAKAAN", True),
    ("Jl. Ahmad Yani, Batam Kota, Batam 29461", False),
    ("", False),
    ("Nomor   : 014/PL29.UPT-PUS/I/2027", False),
    ("Perihal : Permohonan publikasi pengumuman di e-learning", False),
    ("", False),
    ("Yth. Kepala P4M", False),
    ("c.q. Tim Helpdesk E-Learning", False),
    ("", False),
    ("Dengan hormat, kami mohon bantuan untuk menayangkan pengumuman berikut di halaman", False),
    ("depan e-learning untuk seluruh civitas akademika, mulai Senin, 18 Januari 2027", False),
    ("pukul 07.30 WIB.", False),
    ("", False),
    ("Judul: Layanan Perpustakaan Selama Libur Antarsemester", True),
    ("", False),
    ("Isi: Selama libur antarsemester 18-29 Januari 2027, Perpustakaan buka Senin-Jumat", False),
    ("pukul 08.00-15.00 WIB. Layanan peminjaman tetap berjalan; batas pengembalian buku", False),
    ("yang jatuh pada masa libur diperpanjang sampai 5 Februari 2027. Akses e-journal dan", False),
    ("e-book tetap tersedia 24 jam melalui https://lib.polibatam.ac.id.", False),
    ("", False),
    ("Atas perhatian dan kerja samanya kami ucapkan terima kasih.", False),
    ("", False),
    ("Batam, 14 Januari 2027", False),
    ("Kepala UPT Perpustakaan,", False),
    ("", False),
    ("", False),
    ("Drs. Zainal Abidin, M.Hum.", True),
], "Surat permohonan publikasi pengumuman", "20270114095812+07'00'")
mail(slug="perpustakaan-pengumuman-hanya-di-pdf", when="2027-01-14 10:10:27",
     client="outlook",
     frm=("UPT Perpustakaan Polibatam", "perpustakaan@polibatam.ac.id"),
     subject="Surat permohonan publikasi pengumuman - UPT Perpustakaan",
     body="""
Yth. Tim Helpdesk P4M,

Bersama ini kami sampaikan surat permohonan sebagaimana terlampir.
Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Hormat kami,
UPT Perpustakaan
Politeknik Negeri Batam
""",
     attachments=[dict(name="Surat_014_Publikasi_Pengumuman_Elearning.pdf",
                       ctype="application/pdf", data=PDF30)],
     type="announcement", lang="id",
     fields=ann("Layanan Perpustakaan Selama Libur Antarsemester", "site", "2027-01-18T07:30:00+07:00"),
     note="The request (title, text, publish time) is only in the attached PDF letter.")

# 31 ---------------------------------------------------------------------
mail(slug="thunderbird-balas-di-bawah-jam-tayang", when="2027-01-15 09:12:55",
     client="thunderbird",
     frm=("Wisnu Aji Pratama", "wisnu.aji@polibatam.ac.id"),
     subject="Re: [P4M #2027-0029] Pengumuman ujian susulan Mekanika Fluida",
     irt="tkt-2027-0029.reply1@helpdesk.polibatam.ac.id",
     refs=["9c1e7f3a-2b44-4d0e-8a51-6f0d2c7be901@polibatam.ac.id",
           "tkt-2027-0029.ack@helpdesk.polibatam.ac.id",
           "tkt-2027-0029.reply1@helpdesk.polibatam.ac.id"],
     quote=dict(style="tb_bottom", when="2027-01-14 16:02", name=HD_NAME, addr=HELPDESK,
                text="""
Yth. Bapak Wisnu,

Permohonan pengumuman untuk course Mekanika Fluida (MS2204) sudah kami
terima dengan nomor tiket #2027-0029. Teks pengumuman sudah kami
siapkan, namun jadwal tayangnya belum Bapak sebutkan. Mohon
informasikan kapan pengumuman ditayangkan.

""" + HD_SIG_ID),
     body="""
Oh iya, lupa. Tayangkan Rabu, 20 Januari 2027 jam 06.30 ya, judulnya
tetap "Ujian Susulan UAS Mekanika Fluida". Course-nya MS2204, kelas
MS-2A dan MS-2B ada di satu course.

Terima kasih.

-- 
Wisnu Aji Pratama, S.T., M.T.
Teknik Mesin - Polibatam
""",
     type="announcement", lang="id",
     fields=ann("Ujian Susulan UAS Mekanika Fluida", "course", "2027-01-20T06:30:00+07:00",
                "MS2204", "Mekanika Fluida"),
     note="Bottom-posted reply: the new text (publish time) is below the quoted helpdesk question.")

# 32 ---------------------------------------------------------------------
mail(slug="notifikasi-moodle-pengumpulan-tugas", when="2027-01-15 21:05:09",
     client="moodle",
     from_hdr='"Intan Permatasari (via E-Learning Polibatam)" <noreply@polibatam.ac.id>',
     subject="Pelatihan E-Learning Dosen 2027: Intan Permatasari telah mengirimkan tugas",
     body="""
Pelatihan E-Learning Dosen 2027 -> Tugas -> Rancangan Course Interaktif

Intan Permatasari telah mengirimkan tugas untuk "Rancangan Course
Interaktif" pada Jumat, 15 Januari 2027, 21.04.

Tugas ini dapat dilihat di:
https://learning.polibatam.ac.id/mod/assign/view.php?id=8812&action=grading

---------------------------------------------------------------------
Anda menerima pesan ini karena Anda pengajar pada course Pelatihan
E-Learning Dosen 2027. Ubah preferensi notifikasi Anda di
https://learning.polibatam.ac.id/message/notificationpreferences.php
""",
     html="""<div class="navbar"><a target="_blank" href="https://learning.polibatam.ac.id/course/view.php?id=212">Pelatihan E-Learning Dosen 2027</a> &raquo; <a target="_blank" href="https://learning.polibatam.ac.id/mod/assign/index.php?id=212">Tugas</a> &raquo; <a target="_blank" href="https://learning.polibatam.ac.id/mod/assign/view.php?id=8812">Rancangan Course Interaktif</a></div>
<hr />
<p>Intan Permatasari telah mengirimkan tugas untuk &lsquo;<i>Rancangan Course Interaktif</i>&rsquo; pada Jumat, 15 Januari 2027, 21.04.<br /><br />Tugas ini dapat <a href="https://learning.polibatam.ac.id/mod/assign/view.php?id=8812&amp;action=grading">dilihat di sini</a>.</p>
<hr />
<div class="mdl-align unsubscribelink"><a href="https://learning.polibatam.ac.id/message/notificationpreferences.php">Ubah preferensi notifikasi</a></div>
""",
     type="auto", lang="id")

# 33 ---------------------------------------------------------------------
mail(slug="balasan-atas-ack-helpdesk-shortname-kelas", when="2027-01-18 08:30:22",
     client="gmail",
     frm=("Melati Kusuma", "melati.kusuma@polibatam.ac.id"),
     subject="Re: [P4M #2027-0034] Perubahan data course",
     irt="tkt-2027-0034.ack@helpdesk.polibatam.ac.id",
     refs=["CAF3kq8mW2nH7xZ4pQe1vB9oT6yR0sJ5dLcU8iN2aGh_Xw3Km7Q@mail.gmail.com",
           "tkt-2027-0034.ack@helpdesk.polibatam.ac.id"],
     body="""
Baik, ini datanya ya:

Course: Pemrograman Perangkat Bergerak (RPL2203)
- short name diubah jadi RPL2203-PPB
- kelas diubah jadi RPL-2A (tahun lalu dipakai RPL-2C)

Nama course dan dosennya tetap.

Tks,
Melati
""",
     quote=dict(style="gmail", lang="id", when="2027-01-15 11:47", name=HD_NAME, addr=HELPDESK,
                text="""
Yth. Ibu Melati,

Permohonan Ibu "Perubahan data course" telah kami terima dengan nomor
tiket #2027-0034. Agar dapat kami proses, mohon informasikan kode dan
nama mata kuliah serta data yang ingin diubah beserta nilai barunya.

""" + HD_SIG_ID + "\n",
                inner=dict(style="gmail", lang="id", when="2027-01-15 11:45",
                           name="Melati Kusuma", addr="melati.kusuma@polibatam.ac.id",
                           text="""
Halo P4M, course saya yg semester lalu mau dipakai lagi, tolong datanya
disesuaikan ya. Makasih
""")),
     type="course_data", lang="id",
     fields=course("RPL2203", "Pemrograman Perangkat Bergerak",
                   shortname="RPL2203-PPB", **{"class": "RPL-2A"}),
     note="The changes are given in a reply to the helpdesk's acknowledgement, which is quoted below.")

# 34 ---------------------------------------------------------------------
mail(slug="partner-singapura-minta-dokumen-mutu-moa", when="2027-01-18 13:45:03",
     client="outlook", tenant="SI2PR04MB", utc_date=True, content_lang="en-SG",
     frm=("Darren Lim", "darren_lim@rp.edu.sg"),
     subject="Request: online learning QA documents for MoA renewal",
     body="""
Dear P4M colleagues,

I'm with the Academic Quality Office of Republic Polytechnic. We are
renewing the MoA for the joint online module with Polibatam's Business
Administration department, and our review panel needs to sight your
quality documents for online learning before end-January.

Would appreciate if you could send us:
(a) the SOP for developing and reviewing e-learning courses, and
(b) your e-learning helpdesk service standard (response time, escalation).

English version if available, otherwise Bahasa Indonesia is ok, we will
get it translated. Soft copies in PDF will do. Thanks a lot!

Regards,
Darren Lim
Assistant Manager, Academic Quality Office
Republic Polytechnic, Singapore
""",
     type="document_request", lang="en")

# 35 ---------------------------------------------------------------------
mail(slug="perpustakaan-outlook-html-saja-tidak-bisa-edit", when="2027-01-19 10:00:41",
     client="outlook", html_only=True,
     frm=("Dian Novitasari", "dian.novitasari@polibatam.ac.id"),
     subject="Akun perpustakaan tidak bisa edit course Literasi Informasi",
     bold=["Sorry, but you do not currently have permissions to do"],
     body="""
Selamat pagi Tim Helpdesk,

Kami dari UPT Perpustakaan mengelola course "Literasi Informasi dan
Penelusuran E-Journal" di e-learning (dipakai untuk orientasi mahasiswa
baru). Sejak minggu lalu akun perpustakaan@polibatam.ac.id tidak bisa
lagi mengedit course tersebut: tombol Edit mode tidak muncul, dan
muncul pesan "Sorry, but you do not currently have permissions to do
that (Update course settings)".

Kami perlu menambahkan tautan database e-journal baru sebelum
orientasi tanggal 1 Februari. Mohon dicek apakah peran (role) akun
kami berubah setelah upgrade.

Terima kasih,
Dian Novitasari, S.IIP.
UPT Perpustakaan Politeknik Negeri Batam
""",
     type="elearning_support", lang="id")

# 36 ---------------------------------------------------------------------
mail(slug="praktisi-elektronik-html-saja-from-to-dosen", when="2027-01-19 15:30:28",
     client="outlook", html_only=True, tenant="TYZPR06MB", utc_date=True, content_lang="en-US",
     frm=("Hendrik Wijaya", "hendrik.wijaya@sinarpresisi-elec.com"),
     subject="TRE4107 lecturer name",
     small=[],
     body="""
Hi P4M,

Pls change the lecturer of SMT Process Engineering (TRE4107) from
Yusuf Harahap to Hendrik Wijaya, S.T., M.Eng. Mr. Yusuf moved to our
Penang plant; I take over his class from this semester (dept. letter
already sent by Kaprodi).

Thx.

Hendrik Wijaya, S.T., M.Eng.
Senior Process Engineer - SMT & Reflow
PT Sinar Presisi Electronics Indonesia
Lot 217, Batamindo Industrial Park, Muka Kuning, Batam 29433
Tel +62 770 611 234 ext 4512 | Mobile +62 812 7744 1290

IMPORTANT NOTICE: This e-mail and any attachments are confidential and
may be legally privileged. They are intended solely for the use of the
addressee(s). If you are not the intended recipient, you must not use,
copy, disclose, distribute or take any action based on this message or
any information herein. If you have received this e-mail in error,
please notify the sender immediately by return e-mail and delete it
from your system. Internet communications cannot be guaranteed to be
secure or error-free, as information could be intercepted, corrupted,
lost, destroyed, arrive late or incomplete, or contain viruses.
PT Sinar Presisi Electronics Indonesia does not accept liability for
any errors or omissions in the contents of this message which arise as
a result of e-mail transmission. This e-mail may contain technical data
subject to export control regulations; do not forward it outside the
intended recipients. Sinar Presisi Group - ISO 9001 | IATF 16949 |
ISO 14001 certified.
""",
     type="course_data", lang="en",
     fields=course("TRE4107", "SMT Process Engineering", lecturer="Hendrik Wijaya, S.T., M.Eng."))

# 37 ---------------------------------------------------------------------
mail(slug="awal-semester-genap-html-saja-senin-depan", when="2027-01-20 09:20:14",
     client="outlook", html_only=True,
     frm=("Bagian Akademik Polibatam", "akademik@polibatam.ac.id"),
     subject="Mohon publikasi pengumuman awal perkuliahan semester genap",
     bold=["Senin depan 08.00 WIB", "Judul: Perkuliahan Semester Genap 2026/2027 Dimulai 1 Februari 2027"],
     body="""
Yth. Tim Helpdesk P4M,

Dengan hormat, mohon bantuan untuk menayangkan pengumuman berikut di
halaman depan e-learning untuk seluruh mahasiswa dan dosen. Jadwal
tayang: Senin depan 08.00 WIB.

Judul: Perkuliahan Semester Genap 2026/2027 Dimulai 1 Februari 2027

Isi:
Perkuliahan semester genap tahun akademik 2026/2027 dimulai pada Senin,
1 Februari 2027. Mahasiswa wajib telah menyelesaikan pengisian KRS dan
mendapat persetujuan dosen wali di SIAKAD. Course e-learning untuk
setiap mata kuliah dapat diakses mulai 29 Januari 2027. Dosen dimohon
memastikan RPS, kontrak kuliah, dan materi pertemuan pertama sudah
tersedia di course masing-masing.

Terima kasih atas kerja samanya.

Hormat kami,
Yuliani, S.E.
Bagian Akademik dan Kemahasiswaan
Politeknik Negeri Batam
""",
     type="announcement", lang="id",
     fields=ann("Perkuliahan Semester Genap 2026/2027 Dimulai 1 Februari 2027", "site",
                "2027-01-25T08:00:00+07:00"))

# 38 ---------------------------------------------------------------------
mail(slug="melayu-riau-android-gmail-kelas-salah", when="2027-01-20 20:40:36",
     client="gmail",
     frm=("Raja Hamdan", "rajahamdan.tpi@gmail.com"),
     subject="kelas course pengantar bisnis salah",
     body="""
Assalamualaikum admin,

Maaf ganggu malam-malam. Course Pengantar Bisnis (MB1101) yang saye
ampu tu kelasnye tertulis MB-1A, padahal semester ni saye pegang MB-1C.
Mahasiswa MB-1C pun dah mengadu tak jumpe course nye. Tolong ubahkan
kelas course tu jadi MB-1C ye.

Terime kasih banyak.

Raja Hamdan
Dosen LB Manajemen Bisnis

Sent from my Redmi Note 13
""",
     type="course_data", lang="id",
     fields=course("MB1101", "Pengantar Bisnis", **{"class": "MB-1C"}))

# 39 ---------------------------------------------------------------------
mail(slug="tionghoa-batam-enrolment-key-kah", when="2027-01-21 11:00:19",
     client="gmail",
     frm=("Lilis Tanuwijaya", "lilis.tanuwijaya@gmail.com"),
     subject="enrolment key AKM2 belum ganti kah?",
     body="""
Halo min, sorry ganggu ya.

Mau tanya, course Akuntansi Keuangan Menengah II saya punya enrolment
key belum ganti kah? Ko anak semester atas pun masih bisa masuk, padahal
course ini untuk kelas AKM-2A semester genap ini saja. Saya pun sudah
coba ganti sendiri tapi menu Enrolment methods tidak ada di akun saya.

Tolong ganti lah key-nya jadi AKM2-genap27 ya min. Thank you ya, sorry
merepotkan.

Lilis
(dosen LB Akuntansi Manajerial)
""",
     type="course_data", lang="id",
     fields=course(None, "Akuntansi Keuangan Menengah II", enrolment_key="AKM2-genap27"))

# 40 ---------------------------------------------------------------------
mail(slug="upt-bahasa-audio-listening-tidak-play", when="2027-01-21 14:30:52",
     client="gmail",
     frm=("Clara Anggita", "clara.anggita@polibatam.ac.id"),
     subject="Audio listening di kuis EPT simulation tidak bisa di-play",
     body="""
Hi P4M team,

Saya dari UPT Bahasa. Kami sedang siapkan course "EPT Preparation" untuk
tes bulan depan. Di kuis "Listening Simulation 1", audio MP3 yang kami
embed di setiap question tidak bisa di-play di Chrome dan Safari (muncul
"No compatible source was found for this media"). Di preview sebagai
teacher juga sama. Each file is around 4 MB, format MP3 128 kbps.

Apakah ada setting yang harus kami ubah, atau format audionya harus
diganti? Tes simulasi mulai 1 Februari, jadi agak urgent.

Thanks a lot,
Clara Anggita, M.A.
UPT Bahasa - Politeknik Negeri Batam
""",
     type="elearning_support", lang="mixed")

# 41 ---------------------------------------------------------------------
DOCX41 = docx_bytes([
    ("PERMOHONAN PERUBAHAN DATA MATA KULIAH PADA E-LEARNING", True),
    ("", False),
    ("Kepada Yth. Kepala P4M Politeknik Negeri Batam", False),
    ("c.q. Tim Helpdesk E-Learning", False),
    ("", False),
    ("Program Studi: Animasi", False),
    ("Kode MK: ANI2104", False),
    ("Nama MK saat ini: Animasi 3D Dasar", False),
    ("Semester: Genap 2026/2027", False),
    ("", False),
    ("Perubahan yang dimohon:", True),
    ("1. Nama lengkap course menjadi: Pemodelan dan Animasi 3D", False),
    ("2. Dosen pengampu menjadi: Gilang Ramadhan, S.Ds., M.Sn.", False),
    ("", False),
    ("Alasan: penyesuaian nama MK pada kurikulum 2026 dan pergantian dosen pengampu "
     "(dosen sebelumnya mendapat tugas belajar).", False),
    ("", False),
    ("Batam, 21 Januari 2027", False),
    ("Ketua Program Studi Animasi,", False),
    ("", False),
    ("(ttd)", False),
    ("Citra Larasati, S.Sn., M.Ds.", True),
], "Permohonan Perubahan Data MK ANI2104", (2027, 1, 21, 16, 12, 0))
mail(slug="permohonan-hanya-di-lampiran-docx", when="2027-01-22 09:00:33",
     client="outlook",
     frm=("Prodi Animasi", "animasi@polibatam.ac.id"),
     subject="Permohonan perubahan data MK (surat terlampir)",
     body="""
Selamat pagi,

Terlampir.

Terima kasih.

Nova
Admin Prodi Animasi
""",
     attachments=[dict(name="Permohonan_Perubahan_Data_MK_ANI2104.docx",
                       ctype="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                       data=DOCX41)],
     type="course_data", lang="id",
     fields=course("ANI2104", "Animasi 3D Dasar", fullname="Pemodelan dan Animasi 3D",
                   lecturer="Gilang Ramadhan, S.Ds., M.Sn."),
     note="The request is only in the attached DOCX letter; the body says just 'Terlampir'.")

# 42 ---------------------------------------------------------------------
mail(slug="kelas-karyawan-poin-dua-kelas-sekaligus", when="2027-01-25 08:10:45",
     client="outlook",
     frm=("Eko Wahyudi", "eko.wahyudi@polibatam.ac.id"),
     subject="Perubahan data course kelas karyawan - Komunikasi Bisnis",
     body="""
Selamat pagi Tim P4M,

Saya koordinator kelas karyawan (kelas malam & Sabtu) Prodi Akuntansi
Manajerial. Untuk semester genap ini ada beberapa penyesuaian di course
Komunikasi Bisnis (AKM1106), yang dipakai bersama oleh dua kelas
karyawan, AKM-1K1 dan AKM-1K2:

Poin 1. Dosen pengampu untuk kedua kelas (AKM-1K1 dan AKM-1K2) diganti
menjadi Dra. Lusiana Manurung, M.M., menggantikan Bapak Roni yang
pindah ke kelas reguler.

Poin 2. Enrolment key untuk kedua kelas diganti menjadi KomBis-K27,
karena key lama sudah dibagikan ke angkatan sebelumnya.

Poin 3. Course tetap satu (tidak dipecah), mahasiswa dari dua kelas
masuk ke course yang sama seperti semester lalu.

Mohon bantuannya sebelum perkuliahan kelas karyawan dimulai Senin,
8 Februari 2027. Terima kasih.

Salam,
Eko Wahyudi, S.E., M.Ak.
Koordinator Kelas Karyawan - Prodi Akuntansi Manajerial
Politeknik Negeri Batam
""",
     type="course_data", lang="id",
     fields=course("AKM1106", "Komunikasi Bisnis", lecturer="Dra. Lusiana Manurung, M.M.",
                   enrolment_key="KomBis-K27"))

# 43 ---------------------------------------------------------------------
mail(slug="kaprodi-minta-instrumen-review-course", when="2027-01-25 13:00:08",
     client="gmail",
     frm=("Bayu Saputra", "bayu.saputra@polibatam.ac.id"),
     subject="Permintaan instrumen review course e-learning",
     body="""
Selamat siang Tim P4M,

Prodi Teknologi Geomatika berencana melakukan review kelengkapan course
e-learning sebelum perkuliahan genap dimulai. Kami dengar P4M punya
instrumen/checklist review course (RPS, kontrak kuliah, materi per
pertemuan, aktivitas, asesmen). Mohon dikirimkan dokumen instrumen
tersebut beserta pedoman penilaiannya, versi terbaru.

Terima kasih atas bantuannya.

Salam,
Bayu Saputra, S.T., M.T.
Ketua Program Studi Teknologi Geomatika
""",
     type="document_request", lang="id")

# 44 ---------------------------------------------------------------------
mail(slug="pengingat-krs-mulai-besok-pagi-jam-7", when="2027-01-26 09:40:21",
     client="gmail",
     frm=("Novi Andriani", "novi.andriani@polibatam.ac.id"),
     subject="Pengumuman pengingat KRS",
     body="""
Pagi P4M,

Mohon dibantu tayangkan pengumuman di halaman depan e-learning (semua
mahasiswa) mulai besok pagi jam 7 ya, judulnya "Pengingat: Batas Akhir
Pengisian KRS Semester Genap 2026/2027".

Isinya:
Batas akhir pengisian dan persetujuan KRS semester genap 2026/2027
adalah Jumat, 29 Januari 2027 pukul 23.59 WIB. Mahasiswa yang belum
mengisi KRS tidak akan terdaftar otomatis di course e-learning dan
tidak dapat mengikuti perkuliahan. Segera hubungi dosen wali apabila
KRS belum disetujui.

Makasih banyak,
Novi
Bagian Akademik dan Kemahasiswaan
""",
     type="announcement", lang="id",
     fields=ann("Pengingat: Batas Akhir Pengisian KRS Semester Genap 2026/2027", "site",
                "2027-01-27T07:00:00+07:00"))

# 45 ---------------------------------------------------------------------
mail(slug="markdown-tebal-bullet-smt-3-ke-smt-4", when="2027-01-26 16:00:37",
     client="gmail",
     frm=("Ilham Saputra", "ilham.saputra@polibatam.ac.id"),
     subject="[Request] Update course Statistika dan Probabilitas (IF2203)",
     body="""
Hi P4M team,

Quick request untuk course berikut, biar rapi saya tulis per poin:

**Course:** Statistika dan Probabilitas (IF2203)
**Kelas:** TI-2A, TI-2B (satu course)

**Yang perlu diubah:**
- **Semester:** smt 3 -> smt 4 (MK ini pindah ke semester 4 di kurikulum baru)
- **Enrolment key:** `statprob-2027`

**Tidak berubah:** nama course, short name, dosen.

Kalau ada yang kurang jelas, ping saya aja. Thanks!

-- 
Ilham Saputra, M.Kom.
Teknik Informatika | github.com/ilhamsap
""",
     type="course_data", lang="mixed",
     fields=course("IF2203", "Statistika dan Probabilitas", semester="smt 4",
                   enrolment_key="statprob-2027"),
     note="Markdown in plain text: the key is written as a code span (backticks are not part of it); the semester is the writer's 'smt 4'.")

# 46 ---------------------------------------------------------------------
mail(slug="upt-bahasa-terusan-inline-jadwal-ept", when="2027-01-27 10:30:44",
     client="gmail",
     frm=("Rini Puspitasari", "rini.puspitasari@polibatam.ac.id"),
     subject="Fwd: Pengumuman jadwal EPT Februari 2027",
     body="""
Dear tim P4M,

Mohon ditayangkan ya, sesuai email Ibu Kepala UPT di bawah. Terima
kasih.

Rini
UPT Bahasa
""",
     quote=dict(style="fwd_gmail_en", when="2027-01-26 16:18", name="Kepala UPT Bahasa",
                addr="upt.bahasa@polibatam.ac.id", subject="Pengumuman jadwal EPT Februari 2027",
                to="Rini Puspitasari <rini.puspitasari@polibatam.ac.id>", text="""
Rin, tolong minta P4M pasang pengumuman ini di halaman depan e-learning
untuk semua mahasiswa, tayang Senin, 1 Februari 2027 pukul 08.00 WIB.

Judul: Jadwal English Proficiency Test (EPT) Februari 2027

English Proficiency Test (EPT) periode Februari 2027 dilaksanakan pada
15-19 Februari 2027 di Lab Bahasa GU 403. Pendaftaran dibuka 1-10
Februari 2027 melalui course "EPT Registration" di e-learning. Peserta
wajib membawa KTM dan hadir 15 menit sebelum tes. Biaya tes Rp100.000
untuk mahasiswa aktif.

Terima kasih,
Dr. Sri Wahyuni, M.Pd.
Kepala UPT Bahasa
"""),
     type="announcement", lang="id",
     fields=ann("Jadwal English Proficiency Test (EPT) Februari 2027", "site",
                "2027-02-01T08:00:00+07:00"),
     note="Inline forward: the announcement and its publish time are in the forwarded part.")

# 47 ---------------------------------------------------------------------
mail(slug="notifikasi-microsoft-teams-pesan-terlewat", when="2027-01-27 10:31:20",
     client="teams",
     subject="You have 3 missed messages in P4M – Layanan Digital",
     body="""
You have 3 missed messages in P4M - Layanan Digital

Fadli Ramadhan (General, 10:02)
@Helpdesk P4M pengumuman downtime tgl 23 kemarin sudah bisa di-unpublish
ya, upgrade Moodle sudah selesai.

Laras Setyaningrum (Workshop H5P, 10:15)
Daftar hadir workshop sudah saya upload ke SharePoint.

Laras Setyaningrum (Workshop H5P, 10:16)
Sertifikat menyusul minggu depan.

Open Microsoft Teams: https://teams.microsoft.com/l/team/19%3Ap4m-layanan-digital

This email was sent from an unmonitored mailbox. You are receiving it
because you have missed activity notifications turned on. Update your
email preferences in Teams: Settings > Notifications.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA
""",
     html="""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f5f5f5;font-family:'Segoe UI',Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px 32px;font-size:20px;font-weight:600;color:#242424">You have 3 missed messages in P4M &ndash; Layanan Digital</td></tr>
<tr><td style="padding:8px 32px"><b>Fadli Ramadhan</b> <span style="color:#616161">General &middot; 10:02</span><br>@Helpdesk P4M pengumuman downtime tgl 23 kemarin sudah bisa di-unpublish ya, upgrade Moodle sudah selesai.</td></tr>
<tr><td style="padding:8px 32px"><b>Laras Setyaningrum</b> <span style="color:#616161">Workshop H5P &middot; 10:15</span><br>Daftar hadir workshop sudah saya upload ke SharePoint.</td></tr>
<tr><td style="padding:8px 32px"><b>Laras Setyaningrum</b> <span style="color:#616161">Workshop H5P &middot; 10:16</span><br>Sertifikat menyusul minggu depan.</td></tr>
<tr><td style="padding:24px 32px"><a href="https://teams.microsoft.com/l/team/19%3Ap4m-layanan-digital" style="background:#5b5fc7;color:#ffffff;padding:10px 20px;text-decoration:none;border-radius:4px">Open Microsoft Teams</a></td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#616161">This email was sent from an unmonitored mailbox. You are receiving it because you have missed activity notifications turned on. Update your email preferences in Teams: Settings &gt; Notifications.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052 USA</td></tr>
</table></td></tr></table>
</body></html>
""",
     type="auto", lang="en")

# 48 ---------------------------------------------------------------------
mail(slug="nilai-dikoreksi-dua-kali-ambil-terakhir", when="2027-01-28 08:50:15",
     client="samsung", relay="polibatam",
     frm=("Benny Kurniadi", "benny.kurniadi@polibatam.ac.id"),
     subject="Re: ganti nama MK Teknik Kendali",
     irt="k3v9xq2m7hz0c4tr8wb5ny1pdl6f@email.android.com",
     refs=["a8r2wm5t0qj7xk3nd9vc1hz6bl4e@email.android.com",
           "k3v9xq2m7hz0c4tr8wb5ny1pdl6f@email.android.com"],
     body="""
Maaf P4M, ralat lagi utk course Teknik Kendali (TRE2105). Yg final
(sdh sy cek ke SK kurikulum): namanya jadi "Sistem Kendali dan Otomasi".
Abaikan dua email sy sebelumnya ya 🙏

Benny

Dikirim dari ponsel Samsung Galaxy saya.
""",
     quote=dict(style="samsung", when="2027-01-28 08:41", name="Benny Kurniadi",
                addr="benny.kurniadi@polibatam.ac.id", to=HELPDESK,
                subject="Re: ganti nama MK Teknik Kendali", text="""
Ralat, yg bener jadi "Sistem Kendali Otomatis".

Dikirim dari ponsel Samsung Galaxy saya.
""",
                inner=dict(style="samsung", when="2027-01-28 08:32", name="Benny Kurniadi",
                           addr="benny.kurniadi@polibatam.ac.id", to=HELPDESK,
                           subject="ganti nama MK Teknik Kendali", text="""
Pagi P4M, tolong nama course Teknik Kendali (TRE2105) diganti jadi
Sistem Kendali ya. Tks
""")),
     type="course_data", lang="id",
     fields=course("TRE2105", "Teknik Kendali", fullname="Sistem Kendali dan Otomasi"),
     note="The value was corrected twice; only the last value counts (the two earlier ones are in the quoted mails).")

# 49 ---------------------------------------------------------------------
mail(slug="siakad-krs-mahasiswa-pertukaran-salah-alamat", when="2027-01-28 13:15:40",
     client="gmail",
     frm=("Patricia Anne Reyes", "patricia.reyes@tup.edu.ph"),
     subject="SIAKAD - wrong study program, cannot fill KRS",
     body="""
Hello,

I'm Patricia Anne Reyes, an exchange student from TUP Manila (starting
this February). I was able to log in to SIAKAD today, but my study
program is shown as "Teknik Mesin" instead of "Teknologi Rekayasa
Elektronika", so the KRS page only lists mechanical courses and I cannot
select Embedded Systems and Digital Communication. The KRS deadline is
tomorrow.

Is this the right office for SIAKAD problems? If not, could you tell me
whom to contact? Thank you po!

Patricia
""",
     type="other", lang="en",
     note="Near-miss: a SIAKAD (academic information system) problem, not e-learning; belongs to the academic office.")

# 50 ---------------------------------------------------------------------
_inner50_date = when("2027-01-28 19:22:10")
INNER50 = ("Return-Path: <reza.firmansyah.log@gmail.com>\n"
           "MIME-Version: 1.0\n"
           "From: Reza Firmansyah <reza.firmansyah.log@gmail.com>\n"
           "Date: %s\n"
           "Message-ID: <CAHr9vQx2Lm0pT7eWk4nB8sYd3fJ6uZa1cRg5oN_Ki8E=Vq2Xw@mail.gmail.com>\n"
           "Subject: Perubahan data MK Hukum Kepelabuhanan\n"
           "To: Maria Ulfa <maria.ulfa@polibatam.ac.id>\n"
           "Content-Type: text/plain; charset=\"UTF-8\"\n"
           "\n"
           "Bu Maria,\n\n"
           "Mohon persetujuan Ibu untuk perubahan data course Hukum Kepelabuhanan\n"
           "(LOG3105) di e-learning, untuk diteruskan ke P4M:\n\n"
           "1. Nama course menjadi \"Hukum dan Regulasi Kepelabuhanan\" (sesuai\n"
           "   kurikulum 2026).\n"
           "2. Semester dipindah ke Genap 2026/2027 (course masih di Ganjil\n"
           "   2025/2026 karena dipakai tahun lalu).\n\n"
           "Terima kasih, Bu.\n\n"
           "Reza Firmansyah\n"
           "Dosen Logistik Perdagangan Internasional\n" % rfc_date(_inner50_date))
mail(slug="terusan-sebagai-lampiran-rfc822-kaprodi", when="2027-01-29 10:05:30",
     client="thunderbird",
     frm=("Maria Ulfa", "maria.ulfa@polibatam.ac.id"),
     subject="Fwd: Perubahan data MK Hukum Kepelabuhanan",
     body="""
Tim P4M,

Terlampir permohonan dari dosen pengampu kami, sudah saya setujui.
Mohon diproses.

Terima kasih,
Maria Ulfa
Kaprodi Logistik Perdagangan Internasional
""",
     rfc822=dict(filename="Perubahan data MK Hukum Kepelabuhanan.eml", raw=INNER50),
     type="course_data", lang="id",
     fields=course("LOG3105", "Hukum Kepelabuhanan", fullname="Hukum dan Regulasi Kepelabuhanan",
                   semester="Genap 2026/2027"),
     note="Forwarded as an attachment (message/rfc822); the request is in the attached message, approved by the head of programme.")

# 51 ---------------------------------------------------------------------
mail(slug="kelas-karyawan-jadwal-poin-enam-kelas", when="2027-02-01 07:35:18",
     client="zimbra",
     frm=("Hendri Saputra", "hendri.saputra@polibatam.ac.id"),
     subject="Pengumuman jadwal kuliah kelas karyawan genap",
     body="""
Selamat pagi Tim Helpdesk,

Saya koordinator kelas karyawan Jurusan Manajemen Bisnis. Mohon
bantuan dua hal:

Poin 1: Tolong tayangkan pengumuman di halaman depan e-learning saja
(tidak per course), karena menyangkut 6 kelas karyawan sekaligus:
MB-1K, MB-2K, MB-3K, ABT-1K, ABT-2K dan ABT-3K. Tayang Rabu, 3 Februari
2027 jam 07.00.

Poin 2: Teksnya sbb.

Judul: Jadwal Perkuliahan Kelas Karyawan Semester Genap 2026/2027

Perkuliahan kelas karyawan semester genap 2026/2027 dimulai Senin,
8 Februari 2027. Jadwal: Senin-Jumat pukul 18.30-21.30 WIB dan Sabtu
pukul 08.00-16.00 WIB. Pertemuan 1-2 dilaksanakan daring melalui
e-learning, pertemuan berikutnya luring di Gedung Utama. Jadwal per
kelas dapat dilihat di SIAKAD.

Terima kasih banyak.

Hendri Saputra, S.E., M.M.
Koordinator Kelas Karyawan - Jurusan Manajemen Bisnis
""",
     type="announcement", lang="id",
     fields=ann("Jadwal Perkuliahan Kelas Karyawan Semester Genap 2026/2027", "site",
                "2027-02-03T07:00:00+07:00"))

# 52 ---------------------------------------------------------------------
mail(slug="libur-imlek-judul-setelah-judul", when="2027-02-01 09:50:44",
     client="outlook",
     frm=("Humas Polibatam", "humas@polibatam.ac.id"),
     subject="Permohonan tayang: libur Tahun Baru Imlek",
     body="""
Yth. Tim P4M,

Mohon pengumuman berikut ditayangkan di halaman utama e-learning untuk
seluruh civitas akademika pada Kamis, 4 Februari 2027 pukul 07.00 WIB.

Judul: Libur Tahun Baru Imlek 2578 Kongzili

Tahun Baru Imlek 2578 Kongzili jatuh pada Sabtu, 6 Februari 2027 dan
merupakan hari libur nasional. Kampus tutup pada hari tersebut;
perkuliahan, praktikum, dan kelas tambahan hari Sabtu ditiadakan dan
dijadwalkan ulang oleh masing-masing dosen. Selamat Tahun Baru Imlek,
Gong Xi Fa Cai!

Terima kasih.

Humas Politeknik Negeri Batam
""",
     type="announcement", lang="id",
     fields=ann("Libur Tahun Baru Imlek 2578 Kongzili", "site", "2027-02-04T07:00:00+07:00"))

# 53 ---------------------------------------------------------------------
mail(slug="kelas-karyawan-poin-login-tiga-kelas", when="2027-02-01 10:20:05",
     client="outlook",
     frm=("Suryadi", "suryadi@polibatam.ac.id"),
     subject="Kendala e-learning kelas karyawan TRE (beberapa kelas)",
     body="""
Selamat pagi,

Saya koordinator kelas karyawan Teknik Elektro. Ada beberapa kendala
dari mahasiswa kelas karyawan menjelang perkuliahan minggu depan:

poin 1 - Kelas TRE-1K: 7 mahasiswa baru (daftar NIM di bawah) belum
bisa login, muncul "Invalid login". Mereka sudah bayar dan KRS sudah
disetujui.
poin 2 - Kelas TRE-2K: course Rangkaian Digital dan Mikroprosesor belum
muncul di dashboard mahasiswa, padahal di SIAKAD sudah terdaftar.
poin 3 - Kelas TRE-3K: mahasiswa masih ter-enrol di course semester
lalu, mohon dikeluarkan kalau memungkinkan.

NIM TRE-1K yang belum bisa login:
3222601101, 3222601104, 3222601107, 3222601110, 3222601112,
3222601115, 3222601119

Mohon bantuannya, terima kasih.

Suryadi, S.T., M.T.
Koordinator Kelas Karyawan - Jurusan Teknik Elektro
""",
     type="elearning_support", lang="id")

# 54 ---------------------------------------------------------------------
mail(slug="permintaan-di-subjek-isi-satu-kata", when="2027-02-02 08:15:09",
     client="gmail",
     frm=("Aditya Nugraha", "aditya.nugraha@polibatam.ac.id"),
     subject="Mohon ganti enrolment key IF2205 Pemrograman Berorientasi Objek jadi pboGenap27",
     body="""
Tks
""",
     type="course_data", lang="id",
     fields=course("IF2205", "Pemrograman Berorientasi Objek", enrolment_key="pboGenap27"),
     note="The whole request is in the subject; the body is one word.")

# 55 ---------------------------------------------------------------------
mail(slug="balasan-otomatis-sieve-roundcube-id", when="2027-02-02 08:15:41",
     client="sieve",
     frm=("Aditya Nugraha", "aditya.nugraha@polibatam.ac.id"),
     subject="Auto: [P4M #2027-0133] Mohon ganti enrolment key IF2205 Pemrograman Berorientasi Objek jadi pboGenap27",
     irt="tkt-2027-0133.ack@helpdesk.polibatam.ac.id",
     body="""
Terima kasih atas email Bapak/Ibu.

Mulai 2 s.d. 5 Februari 2027 saya mengikuti Pelatihan Pekerti di
Jakarta dan hanya dapat membalas email pada malam hari. Untuk urusan
perkuliahan Teknik Informatika yang mendesak, silakan hubungi admin
prodi di admin.ti@polibatam.ac.id.

Salam,
Aditya Nugraha
""",
     type="auto", lang="id",
     note="Sieve (Pigeonhole) vacation reply: Auto-Submitted: auto-replied (vacation), subject prefix 'Auto:'.")

# 56 ---------------------------------------------------------------------
mail(slug="mahasiswa-tidak-bisa-reply-forum", when="2027-02-02 11:40:30",
     client="gmail",
     frm=("Muhammad Rafi Akbar", "4322501012@students.polibatam.ac.id"),
     subject="Tidak bisa reply di forum diskusi course",
     body="""
Selamat siang kak,

Saya Muhammad Rafi Akbar, NIM 4322501012, kelas RPL-1B. Di course
Dasar Pemrograman minggu pertama ada forum "Perkenalan Diri" yang wajib
diisi sebelum Jumat. Tapi waktu saya klik Reply muncul pesan "Sorry,
but you do not currently have permissions to do that (Reply to posts)".
Teman sekelas juga ada beberapa yang sama, ada yang bisa.

Mohon dibantu ya kak. Terima kasih.
""",
     type="elearning_support", lang="id")

# 57 ---------------------------------------------------------------------
mail(slug="dari-jayapura-jam-tayang-wit", when="2027-02-03 09:25:50",
     client="roundcube",
     frm=("Maria Fransiska Rumbiak", "maria.rumbiak@polibatam.ac.id"),
     subject="Minta tolong pasang pengumuman di course Energi Terbarukan",
     body="""
Selamat pagi Tim P4M,

Saya sedang di Jayapura sampai akhir Maret (penugasan kemitraan dengan
Politeknik Negeri Jayapura), jadi kuliah Energi Terbarukan (TRPE3201)
selama itu saya ajar secara daring. Sinyal di sini kadang kurang stabil
untuk buka e-learning, jadi mohon bantu pasang pengumuman berikut di
course tersebut, tayang Senin, 8 Februari 2027 pukul 09.00 WIT:

Judul: Perkuliahan Daring Mulai 8 Februari 2027

Mulai Senin, 8 Februari 2027 sampai akhir Maret, perkuliahan Energi
Terbarukan dilaksanakan daring melalui Zoom setiap Senin pukul
08.00-10.30 WIB (tautan ada di course). Silakan baca modul 1 tentang
potensi energi surya di Kepulauan Riau sebelum pertemuan pertama.

Terima kasih banyak,
Maria Fransiska Rumbiak, S.T., M.Eng.
Prodi Teknologi Rekayasa Pembangkit Energi
""",
     type="announcement", lang="id",
     fields=ann("Perkuliahan Daring Mulai 8 Februari 2027", "course", "2027-02-08T07:00:00+07:00",
                "TRPE3201", "Energi Terbarukan"),
     note="The publish time is given in WIT (UTC+9): 09.00 WIT is 07.00 WIB.")

# 58 ---------------------------------------------------------------------
mail(slug="koordinator-iup-english-kelas-dan-ringkasan", when="2027-02-03 14:00:25",
     client="outlook",
     frm=("Dewi Anggraeni", "dewi.anggraeni@polibatam.ac.id"),
     subject="Course update for Robotics Programming (MKT2203) - IUP class",
     content_lang="en-US",
     body="""
Dear P4M Helpdesk,

For the even semester, Robotics Programming (MKT2203) will be taught to
the international (IUP) class only. Could you please update two things
on the course page?

1. Class: MKT-2 IUP
2. Course summary, to be replaced with:
   "Students learn to program industrial and mobile robots using ROS 2
   and Python, covering kinematics, sensor integration, path planning and
   safety. Labs use the department's UR5e arms and TurtleBot4 units."

The course name and short name stay the same.

Many thanks,
Dewi Anggraeni, Ph.D.
IUP Coordinator, Mechatronics Engineering Technology
Politeknik Negeri Batam
""",
     type="course_data", lang="en",
     fields=course("MKT2203", "Robotics Programming", **{
         "class": "MKT-2 IUP",
         "summary": "Students learn to program industrial and mobile robots using ROS 2 and Python, "
                    "covering kinematics, sensor integration, path planning and safety. Labs use the "
                    "department's UR5e arms and TurtleBot4 units."}))

# 59 ---------------------------------------------------------------------
mail(slug="h5p-upload-terlalu-besar-campur", when="2027-02-05 08:30:49",
     client="apple",
     frm=("Bagus Prakoso", "bagus.prakoso@polibatam.ac.id"),
     subject="H5P file gagal di-upload",
     body="""
Pagi P4M,

Habis ikut workshop H5P minggu lalu, saya coba upload file .h5p (interactive video, 42 MB) ke course Animasi 2D. Setiap kali upload, loading lama lalu muncul "The file you are trying to upload is too large for the server". Sementara file kecil (quiz H5P 2 MB) bisa.

Is there a max upload size for H5P? Kalau bisa limit-nya dinaikkan, or should I host the video on YouTube and embed saja?

Thanks,
Bagus Prakoso
Prodi Animasi
""",
     type="elearning_support", lang="mixed")

# 60 ---------------------------------------------------------------------
mail(slug="praktisi-pcb-outlook-android-kelas-disclaimer", when="2027-02-08 09:00:36",
     client="outlook", tenant="SEYPR03MB", utc_date=True,
     frm=("Wahyu Hidayatullah", "wahyu.h@nusaprecision.co.id"),
     subject="Kelas course PCB Fabrication",
     body="""
Pak/Bu,

Course Proses Manufaktur PCB (TRE3110): kelas sekarang TRE-3A saja,
harusnya TRE-3A & TRE-3B (sy ajar gabung, 1 ruang). Mhs TRE-3B blm bisa
masuk. Tlg diupdate.

Tks,
Wahyu H.
Process Eng. Manager - PCB Fab
PT Nusa Precision Electronics | Batamindo, Muka Kuning
Dosen praktisi TRE Polibatam

Get Outlook for Android
""" + NUSA_DISCLAIMER,
     type="course_data", lang="id",
     fields=course("TRE3110", "Proses Manufaktur PCB", **{"class": "TRE-3A & TRE-3B"}))

# 61 ---------------------------------------------------------------------
mail(slug="bigbluebutton-moderator-tidak-bisa-masuk", when="2027-02-08 14:20:55",
     client="zimbra",
     frm=("Hardiyanto", "hardiyanto@polibatam.ac.id"),
     subject="BigBlueButton tidak bisa dibuka dosen",
     body="""
Selamat siang,

Di course Kalkulus I (kelas RPL-1A), aktivitas BigBlueButton "Kelas
Virtual Pertemuan 2" tidak bisa saya buka sebagai dosen. Yang muncul
"This session has not started yet. Wait until a moderator joins",
padahal saya sendiri pengampunya (role teacher). Minggu lalu normal.
Kuliah mulai jam 15.30 nanti, mohon bantuannya segera.

Hardiyanto, S.Si., M.Sc.
Dosen Matematika - Jurusan Teknik Informatika
""",
     type="elearning_support", lang="id")

# 62 ---------------------------------------------------------------------
mail(slug="keluhan-pengumuman-sudah-tayang-terlambat", when="2027-02-09 10:10:21",
     client="zimbra",
     frm=("Hendri Saputra", "hendri.saputra@polibatam.ac.id"),
     subject="Re: [P4M #2027-0128] Pengumuman jadwal kuliah kelas karyawan genap",
     irt="tkt-2027-0128.res@helpdesk.polibatam.ac.id",
     refs=["tkt-2027-0128.ack@helpdesk.polibatam.ac.id", "tkt-2027-0128.res@helpdesk.polibatam.ac.id"],
     body="""
Selamat pagi,

Pengumuman jadwal kelas karyawan memang sudah tayang, terima kasih.
Tapi saya perlu sampaikan: pengumuman baru muncul Rabu jam 10.15,
bukan jam 07.00 seperti yang saya minta, dan judulnya sempat terpotong
di tampilan HP. Beberapa mahasiswa karyawan yang cek pagi sebelum
berangkat kerja jadi tidak tahu. Sekarang sudah tidak masalah, hanya
mohon jadi perhatian untuk ke depannya.

Salam,
Hendri Saputra
""",
     quote=dict(style="zimbra", when="2027-02-03 10:16:05", name=HD_NAME, addr=HELPDESK,
                to='"Hendri Saputra" <hendri.saputra@polibatam.ac.id>',
                subject="[P4M #2027-0128] Pengumuman jadwal kuliah kelas karyawan genap",
                text="""
Yth. Bapak Hendri,

Pengumuman "Jadwal Perkuliahan Kelas Karyawan Semester Genap 2026/2027"
telah kami tayangkan di halaman depan e-learning. Tiket #2027-0128 kami
tandai selesai.

""" + HD_SIG_ID),
     type="other", lang="id",
     note="Near-miss: a complaint about an announcement that was already published (late); nothing new to do.")

# 63 ---------------------------------------------------------------------
mail(slug="kickoff-pbl-judul-dalam-kutip-campur", when="2027-02-10 09:35:47",
     client="gmail",
     frm=("Stefani Gunawan", "stefani.gunawan@polibatam.ac.id"),
     subject="Announcement untuk course Embedded Systems",
     body="""
Halo tim P4M,

Can you please post this di course Embedded Systems (TRE3104), tayang
Senin, 15 Februari 2027 jam 07.00? Saya masih setting up LMS access
(akun saya baru di-reactivate setelah study leave di Groningen).

Title: "Kick-off Meeting Project-Based Learning"

Kick-off PBL Embedded Systems dilaksanakan Rabu, 17 Februari 2027 pukul
13.00 di Lab Sistem Tertanam (Tower A lt. 6). Setiap tim (4 orang)
sudah harus punya project idea draft satu halaman. Dosen mitra dari
industri akan hadir untuk memberi feedback.

Thanks!
Stefani
""",
     type="announcement", lang="mixed",
     fields=ann("Kick-off Meeting Project-Based Learning", "course", "2027-02-15T07:00:00+07:00",
                "TRE3104", "Embedded Systems"))

# 64 ---------------------------------------------------------------------
mail(slug="android-gmail-reset-password-mahasiswa-filipina", when="2027-02-11 13:50:18",
     client="gmail",
     frm=("Juan Miguel Santos", "jm.santos.tup@gmail.com"),
     subject="Can't reset e-learning password",
     body="""
Hi,

I'm Juan Miguel Santos, exchange student from TUP (Embedded Systems and
Digital Communication). I got my e-learning account last week but I
forgot the password I set. When I click "Forgotten your password?" it
says an email was sent, but nothing arrives at my TUP email or Gmail.
Maybe the account is linked to a different address?

Username: juanmiguel.santos
Could you please reset it? We have a quiz on Monday.

Thank you!
Juan Miguel

Sent from my OPPO A78
""",
     type="elearning_support", lang="en")

# 65 ---------------------------------------------------------------------
mail(slug="praktisi-galangan-minta-panduan-dosen-praktisi", when="2027-02-15 08:40:30",
     client="outlook", tenant="SG2PR06MB", utc_date=True, content_lang="en-US",
     frm=("Gregorius Tanu", "greg.tanu@batamoffshore.com"),
     subject="Guide for practitioner lecturers + RPS template",
     body="""
Good morning,

I just signed on as a practitioner lecturer for Ship Production Planning
this semester (first time teaching). The department told me P4M has a
handbook for practitioner lecturers covering e-learning use, attendance
(BAP) and grading. Could you send me the latest version, and the RPS
template if it is separate?

English or Bahasa both fine.

Regards,
Gregorius Tanu
Production Planning Manager
PT Batam Offshore Engineering
Tanjung Uncang, Batam
""",
     type="document_request", lang="en")

# 66 ---------------------------------------------------------------------
mail(slug="praktisi-elektronik-asap-kunjungan-ditunda", when="2027-02-16 07:55:03",
     client="outlook", tenant="SG2P153MB", utc_date=True, content_lang="en-US",
     frm=("Bryan Wiratama", "bryan.wiratama@nusaprecision.co.id"),
     subject="Please post in Electronics Manufacturing Test: factory visit postponed",
     body="""
Hi P4M,

Please post this in my course Electronics Manufacturing Test (TRE4205)
ASAP, students are supposed to come on Thursday:

Title: Factory Visit Postponed

The factory visit to PT Nusa Precision Electronics scheduled for
Thursday, 18 February 2027 is postponed because of a customer audit.
The new date will be announced next week. Class on Thursday will be
held as usual in room GU 805.

Thanks,
Bryan

Bryan Wiratama
Test Engineering Lead | PT Nusa Precision Electronics
""" + NUSA_DISCLAIMER,
     type="announcement", lang="en",
     fields=ann("Factory Visit Postponed", "course", None, "TRE4205", "Electronics Manufacturing Test"))

# 67 ---------------------------------------------------------------------
mail(slug="judul-hanya-di-subjek-iphone", when="2027-02-17 10:30:16",
     client="iphone",
     frm=("Ahmad Rifai", "ahmad.rifai@polibatam.ac.id"),
     subject="Pengumuman: Praktik Las di Galangan Diundur ke Minggu Depan",
     body="""
Tlg diposting di course Inspeksi Pengelasan Kapal (KP3250) ya. Isi:

Praktik lapangan di galangan PT Sekupang Marine Fabrication hari Sabtu
20 Februari diundur ke Sabtu 27 Februari 2027, jam dan titik kumpul
tetap (pos security gate 2, 07.30). Wajib APD lengkap: safety shoes,
helm, kacamata.

Tks

Dikirim dari iPhone saya
""",
     type="announcement", lang="id",
     fields=ann("Praktik Las di Galangan Diundur ke Minggu Depan", "course", None,
                "KP3250", "Inspeksi Pengelasan Kapal"),
     note="The announcement title is only in the subject.")

# 68 ---------------------------------------------------------------------
mail(slug="pusat-karier-minta-formulir-pengumuman", when="2027-02-18 09:00:41",
     client="gmail",
     frm=("Lina Agustina", "lina.agustina@polibatam.ac.id"),
     subject="Formulir permohonan pengumuman e-learning",
     body="""
Selamat pagi Tim P4M,

Kami dari Pusat Karier berencana mengumumkan Job Fair Polibatam 2027
lewat e-learning bulan Maret nanti. Menurut info dari rekan jurusan,
permohonan publikasi pengumuman harus memakai formulir dari P4M.
Mohon dikirimkan formulirnya (kalau ada yang format Word), beserta
ketentuan ukuran poster yang bisa ditampilkan.

Teks pengumumannya akan kami kirim setelah formulir diisi.

Terima kasih,
Lina Agustina
Pusat Karier dan Alumni Polibatam
""",
     type="document_request", lang="id",
     note="Asks for the announcement request form; the announcement itself will come later.")

# 69 ---------------------------------------------------------------------
mail(slug="roundcube-kuis-grup-terbuka-kelas-lain", when="2027-02-19 14:00:27",
     client="roundcube",
     frm=("Nanda Pratama", "nanda.pratama@polibatam.ac.id"),
     subject="Kuis kelas MS-1A ikut terbuka utk MS-1B",
     body="""
Siang P4M,

Di course Kalkulus Teknik (gabungan MS-1A & MS-1B) saya buat kuis 1
khusus utk MS-1A (pakai group override, buka Jumat 19/2 jam 10.00).
Ternyata mhs MS-1B jg bisa mengerjakan, padahal jadwal mereka Senin.
Sdh ada 6 mhs MS-1B yg submit. Apakah setting group saya yg salah?
Dan bisa tdk attempt mereka dihapus tanpa menghapus nilai MS-1A?

Tks,
Nanda Pratama
""",
     type="elearning_support", lang="id")

# 70 ---------------------------------------------------------------------
mail(slug="politeknik-malaysia-jam-malaysia-besok", when="2027-02-23 09:15:33",
     client="outlook", tenant="KL1PR06MB", utc_date=True, relay="polipd", content_lang="en-MY",
     frm=("Amirul Hakim bin Zulkifli", "amirul.hakim@polipd.edu.my"),
     subject="Kindly post announcement - joint online lecture Mechatronics System Design",
     body="""
Dear P4M Helpdesk,

Good morning. Kindly help to post the following announcement in the
joint course MKT3105 (Mechatronics System Design), to appear tomorrow
at 8.00am Malaysia time (7.00am Batam time), before the students' first
joint session.

Title: Joint Online Lecture 1 with Politeknik Port Dickson

The first joint online lecture will be held on Thursday, 25 February
2027, 9.00am-11.00am (WIB) via Microsoft Teams. The link is in the
course page under Week 1. Students from both polytechnics will be
grouped into mixed teams for the design project, so please turn on
your camera during the breakout session.

Thank you very much and see you all on Thursday.

Best regards,
Amirul Hakim bin Zulkifli
Lecturer, Department of Mechanical Engineering
Politeknik Port Dickson
""",
     type="announcement", lang="en",
     fields=ann("Joint Online Lecture 1 with Politeknik Port Dickson", "course",
                "2027-02-24T07:00:00+07:00", "MKT3105", "Mechatronics System Design"),
     note="The time is given in Malaysia time (UTC+8) together with its Batam equivalent, 07.00 WIB.")


# ---------------------------------------------------------------------------
# checks and output
# ---------------------------------------------------------------------------

PLAN_TYPES = {"course_data": 22, "announcement": 16, "elearning_support": 12,
              "document_request": 7, "other": 7, "auto": 6}
PLAN_LANGS = {"id": 40, "en": 18, "mixed": 12}
CHANGE_KEYS = {"fullname", "shortname", "lecturer", "class", "semester", "credits",
               "enrolment_key", "summary"}
SLUG_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def all_text(raw):
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    chunks = [str(msg["subject"] or "")]
    defects = list(msg.defects)
    for part in msg.walk():
        defects += list(part.defects)
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            if ct == "message/rfc822":
                inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
                chunks.append(str(inner["subject"] or ""))
            continue
        if ct == "text/plain":
            chunks.append(part.get_content())
        elif ct == "text/html":
            h = re.sub(r"<style.*?</style>", " ", part.get_content(), flags=re.S)
            chunks.append(html.unescape(re.sub(r"<[^>]+>", " ", h)))
        elif ct == "application/pdf":
            chunks.append(pdf_text(part.get_content()))
        elif ct.endswith("wordprocessingml.document"):
            chunks.append(docx_text(part.get_content()))
    return msg, defects, " ".join(" ".join(chunks).split())


def check(e, raw, fname):
    assert b"\n" not in raw.replace(b"\r\n", b""), fname + ": bare LF"
    assert b"\r" not in raw.replace(b"\r\n", b""), fname + ": bare CR"
    for line in raw.split(b"\r\n"):
        assert len(line) <= 998, fname + ": line too long"
    msg, defects, text = all_text(raw)
    assert not defects, "%s: defects %r" % (fname, defects)
    d = msg["date"].datetime
    assert d == when(e["when"]), "%s: Date %s != %s" % (fname, d, e["when"])
    if "subject" in e:
        assert str(msg["subject"]) == e["subject"], fname + ": subject round-trip"
    f = e["fields"]
    if e["type"] in ("course_data", "announcement"):
        assert f, fname + ": fields missing"
    else:
        assert f == {}, fname + ": fields must be empty"
    if e["type"] == "course_data":
        assert set(f) <= {"course_code", "course_name", "changes"} and f["changes"]
        assert set(f["changes"]) <= CHANGE_KEYS, fname
        if "credits" in f["changes"]:
            assert f["changes"]["credits"].isdigit()
    if e["type"] == "announcement":
        assert f["scope"] in ("course", "site")
        assert set(f) <= {"course_code", "course_name", "title", "scope", "publish_at"}
        if "publish_at" in f:
            assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+07:00$", f["publish_at"]), fname
            assert dt.datetime.fromisoformat(f["publish_at"]) > when(e["when"]), fname + ": publish in past"
    norm = text.casefold()
    for k, v in f.items():
        if k in ("scope", "publish_at"):
            continue
        vals = v.values() if isinstance(v, dict) else [v]
        for s in vals:
            assert " ".join(s.split()).casefold() in norm, "%s: %s %r not in text" % (fname, k, s)
    atts = [p for p in msg.walk() if p.get_content_disposition() == "attachment"]
    for p in atts:
        if p.get_content_type() != "message/rfc822":
            assert len(p.get_content()) < 30000, fname + ": attachment too large"


def main():
    mails = sorted(MAILS, key=lambda m: when(m["when"]))
    assert len(mails) == 70, len(mails)
    seen = set()
    for m in mails:
        assert SLUG_RE.match(m["slug"]), m["slug"]
        assert m["slug"] not in seen, m["slug"]
        seen.add(m["slug"])
        assert when("2026-12-14 00:00") <= when(m["when"]) <= when("2027-02-28 23:59"), m["slug"]
    types, langs = {}, {}
    labels = {}
    outputs = {}
    for i, m in enumerate(mails, 1):
        fname = "%03d-%s.eml" % (i, m["slug"])
        raw = BUILDERS[m["client"]](m)
        check(m, raw, fname)
        outputs[fname] = raw
        labels[fname] = {"type": m["type"], "lang": m["lang"], "fields": m["fields"],
                         "note": m["note"]}
        types[m["type"]] = types.get(m["type"], 0) + 1
        langs[m["lang"]] = langs.get(m["lang"], 0) + 1
    if types != PLAN_TYPES or langs != PLAN_LANGS:
        sys.stderr.write("counts differ from plan: %r %r\n" % (types, langs))
        sys.exit(1)
    for old in os.listdir(OUT_DIR):
        if re.match(r"^\d{3}-[a-z0-9-]+\.eml$", old) and old not in outputs:
            os.remove(os.path.join(OUT_DIR, old))
    for fname, raw in outputs.items():
        with open(os.path.join(OUT_DIR, fname), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(OUT_DIR, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages and labels.json to %s" % (len(outputs), OUT_DIR))
    print("types: %s" % ", ".join("%s %d" % kv for kv in sorted(types.items())))
    print("langs: %s" % ", ".join("%s %d" % kv for kv in sorted(langs.items())))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generator for a held-out test corpus of helpdesk requests.

Held-out part 43 of the P4M Helpdesk understanding corpus, written blind in round 30.

Seventy hand-written e-mails sent to the P4M helpdesk address of Politeknik
Negeri Batam (September-November 2026, mostly +0700) and a labels.json in the
label format of tests/data/requests-reference:

    {"NNN_quirk.eml": {"type": ..., "lang": "id|en|mixed", "fields": {...}, "note": ...}}

Each file name names the quirk the message shows (who writes, how, from what
client).  Bodies are written by hand; the script only wraps them the way each
mail client would (Gmail, Outlook/Exchange, Zimbra, Thunderbird, iPhone Mail,
Samsung Email, Yahoo) and writes the raw RFC 5322 bytes with CRLF endings.

Python standard library only and deterministic: boundaries, Message-IDs, queue
ids and relay addresses are derived from each message's slug, and no clock is
read, so two runs write byte-identical files.  Run:

    python make_holdout43.py

It writes the .eml files and labels.json next to itself, removes NNN_*.eml
files it no longer produces, and exits 1 if a self-check fails (parse defects,
label values not found verbatim in subject or body, counts per type/language).
"""

import base64
import datetime as dt
import email
import email.quoprimime
import glob
import hashlib
import html
import json
import os
import re
import sys
from email import policy
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
HELPDESK = "helpdesk-p4m@polibatam.ac.id"
HELPDESK_NAME = "Helpdesk P4M"

PLAN_TYPES = {"course_data": 22, "announcement": 16, "elearning_support": 12,
              "document_request": 7, "other": 7, "auto": 6}
PLAN_LANGS = {"id": 40, "en": 18, "mixed": 12}

MAILS = []


def add(**kw):
    MAILS.append(kw)


# --------------------------------------------------------------------------
# deterministic "randomness" from the slug
# --------------------------------------------------------------------------

def hx(seed, n):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s/%d" % (seed, i)).encode()).hexdigest()
        i += 1
    return out[:n]


def num(seed, lo, hi):
    return lo + int(hx(seed, 12), 16) % (hi - lo + 1)


ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"


def alnum(seed, n):
    h = int(hx(seed, 64), 16)
    s = ""
    for _ in range(n):
        h, r = divmod(h, len(ALNUM))
        s += ALNUM[r]
    return s


def D(y, mo, d, h, mi, s, tz=7):
    return dt.datetime(y, mo, d, h, mi, s,
                       tzinfo=dt.timezone(dt.timedelta(hours=tz)))


# --------------------------------------------------------------------------
# header helpers
# --------------------------------------------------------------------------

def fold(name, value, width=76):
    """Fold a header at spaces (ASCII values only)."""
    words = value.split(" ")
    lines = []
    cur = name + ":"
    for w in words:
        if len(cur) + 1 + len(w) > width and cur.strip() not in (name + ":",):
            lines.append(cur)
            cur = " " + w
        else:
            cur = cur + " " + w
    lines.append(cur)
    return "\n".join(lines)


def enc(value):
    """RFC 2047-encode a header value when it is not plain ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(maxlinelen=70).replace("\n", "\n")


def hdr(name, value):
    v = enc(value)
    if v != value:
        return name + ": " + v
    return fold(name, value)


def addr(name, address):
    if not name:
        return address
    return formataddr((name, address), charset="utf-8")


WIB_DAY = {"Mon": "Sen", "Tue": "Sel", "Wed": "Rab", "Thu": "Kam",
           "Fri": "Jum", "Sat": "Sab", "Sun": "Min"}


def received(m, host, ip, esmtp="ESMTP"):
    seed = m["slug"]
    t = m["date"] + dt.timedelta(seconds=num(seed + "rx", 2, 58))
    t = t.astimezone(dt.timezone(dt.timedelta(hours=7)))
    stamp = format_datetime(t)
    stamp = stamp[:5] + stamp[5:].lstrip("0") + " (WIB)"
    qid = alnum(seed + "qid", 13)
    first = "Received: from %s (%s [%s]) by" % (host, host, ip)
    if len(first) > 78:
        first = "Received: from %s\n (%s [%s]) by" % (host, host, ip)
    return ("%s\n mx.polibatam.ac.id (Postfix) with %s id %s for\n <%s>; %s"
            % (first, esmtp, qid, HELPDESK, stamp))


def relay_for(m):
    seed = m["slug"]
    if m.get("relay"):
        return m["relay"]
    style = m["style"]
    dom = m["addr"].split("@")[1]
    if style == "gmail":
        h = "mail-%s%d-f%d.google.com" % (
            ["pj1", "pl1", "ej1", "yw1", "oi1", "qk1"][num(seed, 0, 5)],
            num(seed + "a", 1, 9), num(seed + "b", 41, 199))
        return h, "209.85.%d.%d" % (num(seed + "c", 128, 223),
                                   num(seed + "d", 2, 250)), "ESMTPS"
    if style in ("outlook", "outlook_plain"):
        h = "%s.outbound.protection.outlook.com" % (
            ["APC01-SG2-obe", "APC01-PSA-obe", "APC01-SEZ-obe",
             "APC01-TYZ-obe"][num(seed, 0, 3)])
        return h, "40.107.%d.%d" % (num(seed + "c", 1, 254),
                                   num(seed + "d", 2, 250)), "ESMTPS"
    if style == "yahoo":
        h = "sonic%d-%d.consmr.mail.sg3.yahoo.com" % (num(seed, 301, 330),
                                                    num(seed + "a", 1, 40))
        return h, "106.10.%d.%d" % (num(seed + "c", 240, 250),
                                   num(seed + "d", 2, 250)), "ESMTPS"
    if dom.endswith("polibatam.ac.id"):
        return ("mail.polibatam.ac.id",
                "103.143.71.%d" % num(seed + "ip", 60, 180), "ESMTP")
    return ("smtp.%s" % dom, "%d.%d.%d.%d" % (num(seed + "1", 80, 200),
                                              num(seed + "2", 1, 250),
                                              num(seed + "3", 1, 250),
                                              num(seed + "4", 2, 250)),
            "ESMTPS")


# --------------------------------------------------------------------------
# body encodings
# --------------------------------------------------------------------------

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def qp(text):
    return email.quoprimime.body_encode(
        text.encode("utf-8").decode("latin-1"), maxlinelen=76, eol="\n")


def b64(text):
    return base64.encodebytes(text.encode("utf-8")).decode("ascii").rstrip("\n")


def esc(s):
    return html.escape(s, quote=False)


def html_divs(body, quote_class="gmail_quote"):
    out = []
    inq = False
    for line in body.split("\n"):
        if line.startswith(">"):
            if not inq:
                out.append('<blockquote class="%s" style="margin:0px 0px 0px '
                           '0.8ex;border-left:1px solid rgb(204,204,204);'
                           'padding-left:1ex">' % quote_class)
                inq = True
            line = line[1:]
            if line.startswith(" "):
                line = line[1:]
        elif inq:
            out.append("</blockquote>")
            inq = False
        out.append("<div>%s</div>" % (esc(line) if line.strip() else "<br>"))
    if inq:
        out.append("</blockquote>")
    return out


def html_gmail(body):
    return '<div dir="ltr">\n' + "\n".join(html_divs(body)) + "\n</div>\n"


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" \
xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" \
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" \
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
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink
\t{color:#0563C1;
\ttext-decoration:underline;}
span.EmailStyle17
\t{mso-style-type:personal-compose;
\tfont-family:"Calibri",sans-serif;
\tcolor:windowtext;}
.MsoChpDefault
\t{mso-style-type:export-only;}
div.WordSection1
\t{page:WordSection1;}
--></style>
</head>
"""


def html_word(body, lang):
    out = [WORD_HEAD + '<body lang="%s" link="#0563C1" vlink="#954F72" '
           'style="word-wrap:break-word">' % lang,
           '<div class="WordSection1">']
    for line in body.split("\n"):
        if line.strip():
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>'
                       % esc(line).replace("  ", "&nbsp; "))
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    out.append("</div>\n</body>\n</html>\n")
    return "\n".join(out)


def html_zimbra(body):
    out = ['<html><body><div style="font-family: arial, helvetica, '
           'sans-serif; font-size: 12pt; color: #000000">']
    for line in body.split("\n"):
        out.append("<div>%s</div>" % (esc(line) if line.strip()
                                      else '<br data-mce-bogus="1">'))
    out.append("</div></body></html>\n")
    return "\n".join(out)


def html_yahoo(body):
    out = ['<html><head></head><body><div class="ydp%s'
           'yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
           'Arial, sans-serif;font-size:13px;">' % "5d1c0a7e"]
    for line in body.split("\n"):
        out.append('<div dir="ltr" data-setdir="false">%s</div>'
                   % (esc(line) if line.strip() else "<br>"))
    out.append("</div></body></html>\n")
    return "\n".join(out)


def html_samsung(body):
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; '
           'charset=UTF-8"></head><body dir="auto">']
    for line in body.split("\n"):
        out.append('<div dir="auto">%s</div>' % (esc(line) if line.strip()
                                                 else "<br>"))
    out.append("</body></html>\n")
    return "\n".join(out)


def part(ctype, text, cte):
    lines = ["Content-Type: " + ctype]
    if cte == "7bit-implicit":
        return "\n".join(lines) + "\n\n" + text
    lines.append("Content-Transfer-Encoding: " + cte)
    if cte == "quoted-printable":
        payload = qp(text)
    elif cte == "base64":
        payload = b64(text)
    else:
        payload = text
    return "\n".join(lines) + "\n\n" + payload


def alternative(boundary, plain, plain_ct, plain_cte, htm, html_ct, html_cte):
    return ("--%s\n%s\n\n--%s\n%s\n\n--%s--\n" % (
        boundary, part(plain_ct, plain, plain_cte), boundary,
        part(html_ct, htm, html_cte), boundary))


def common_top(m, host_ip):
    host, ip, esmtp = host_ip
    return ["Return-Path: <%s>" % m["addr"], received(m, host, ip, esmtp)]


def to_line(m):
    return m.get("to", HELPDESK)


def thread_headers(m):
    out = []
    if m.get("in_reply_to"):
        out.append("In-Reply-To: " + m["in_reply_to"])
        out.append(fold("References", m.get("references", m["in_reply_to"])))
    return out


def cc_lines(m):
    if m.get("cc"):
        return [fold("Cc", ", ".join(m["cc"]))]
    return []


# --------------------------------------------------------------------------
# client styles
# --------------------------------------------------------------------------

def build_gmail(m):
    s = m["slug"]
    body = m["body"]
    b = "000000000000" + hx(s + "bnd", 12)
    mid = "<CA%s%s@mail.gmail.com>" % (alnum(s + "g1", 20),
                                      "+" + alnum(s + "g2", 20))
    hs = common_top(m, relay_for(m))
    hs += ["MIME-Version: 1.0"]
    hs += thread_headers(m)
    hs += ["From: " + addr(m["name"], m["addr"]),
           "Date: " + format_datetime(m["date"]),
           "Message-ID: \n " + mid,
           hdr("Subject", m["subject"]),
           "To: " + to_line(m)]
    hs += cc_lines(m)
    hs += ['Content-Type: multipart/alternative; boundary="%s"' % b]
    long_lines = any(len(x) > 76 for x in body.split("\n"))
    pcte = ("7bit-implicit" if is_ascii(body) and not long_lines
            else "quoted-printable")
    return "\n".join(hs) + "\n\n" + alternative(
        b, body, 'text/plain; charset="UTF-8"', pcte,
        html_gmail(body), 'text/html; charset="UTF-8"', "quoted-printable")


def outlook_ids(s):
    box = ["SI2PR06MB", "TYZPR06MB", "SEZPR06MB", "KL1PR06MB",
           "PSAPR06MB"][num(s + "box", 0, 4)] + str(num(s + "bn", 4000, 8999))
    mid = "<%s%s@%s.apcprd06.prod.outlook.com>" % (
        box, hx(s + "mid", 32).upper(), box)
    bnd = "_000_%s%s%sapcp_" % (box, hx(s + "bnd", 32).upper(), box)
    tix = base64.b64encode(bytes.fromhex(hx(s + "tix", 44))).decode()
    return mid, bnd, tix


def build_outlook(m):
    s = m["slug"]
    body = m["body"]
    mid, bnd, tix = outlook_ids(s)
    lang = m.get("content_lang", "id-ID" if m["lang"] != "en" else "en-US")
    hs = common_top(m, relay_for(m))
    hs += ["From: " + addr(m["name"], m["addr"]),
           'To: "%s" <%s>' % (HELPDESK, HELPDESK)]
    hs += cc_lines(m)
    hs += [hdr("Subject", m["subject"]),
           hdr("Thread-Topic", m["subject"]),
           "Thread-Index: " + tix,
           "Date: " + format_datetime(m["date"]),
           "Message-ID: \n " + mid]
    hs += thread_headers(m)
    hs += ["Accept-Language: %s, %s" % (lang, "en-US" if lang != "en-US"
                                         else "id-ID"),
           "Content-Language: " + lang,
           "X-MS-Has-Attach: ",
           "X-MS-TNEF-Correlator: "]
    hs += m.get("extra", [])
    hs += ["Content-Type: multipart/alternative;\n boundary=\"%s\"" % bnd,
           "MIME-Version: 1.0"]
    cs = "us-ascii" if is_ascii(body) else "utf-8"
    return "\n".join(hs) + "\n\n" + alternative(
        bnd, body, 'text/plain; charset="%s"' % cs, "quoted-printable",
        html_word(body, "id-ID" if lang == "id-ID" else "EN-US"),
        'text/html; charset="%s"' % cs, "quoted-printable")


def build_zimbra(m):
    s = m["slug"]
    body = m["body"]
    b = "=_%s-%s-%s-%s-%s" % (hx(s + "z", 8), hx(s + "y", 4), hx(s + "x", 4),
                              hx(s + "w", 4), hx(s + "v", 12))
    ms = int(m["date"].timestamp()) * 1000 + num(s + "ms", 0, 999)
    mid = "<%d.%d.%d.JavaMail.zimbra@polibatam.ac.id>" % (
        num(s + "z1", 100000000, 2099999999), num(s + "z2", 100000, 9999999),
        ms)
    tix = base64.b64encode(bytes.fromhex(hx(s + "zt", 18))).decode()[:24]
    hs = common_top(m, relay_for(m))
    hs += ["Date: " + format_datetime(m["date"]) + " (WIB)",
           "From: " + addr(m["name"], m["addr"]),
           "To: helpdesk-p4m <%s>" % HELPDESK]
    hs += cc_lines(m)
    hs += ["Message-ID: " + mid]
    hs += thread_headers(m)
    hs += [hdr("Subject", m["subject"]),
           "MIME-Version: 1.0",
           "Content-Type: multipart/alternative;\n boundary=\"%s\"" % b,
           "X-Originating-IP: [10.10.%d.%d]" % (num(s + "o1", 2, 30),
                                               num(s + "o2", 2, 250)),
           "X-Mailer: Zimbra 8.8.15_GA_4484 (ZimbraWebClient - GC131 (Win)"
           "/8.8.15_GA_4481)",
           hdr("Thread-Topic", m["subject"]),
           "Thread-Index: " + tix]
    pcte = "7bit" if is_ascii(body) else "quoted-printable"
    return "\n".join(hs) + "\n\n" + alternative(
        b, body, "text/plain; charset=utf-8", pcte,
        html_zimbra(body), "text/html; charset=utf-8", "quoted-printable")


def build_thunderbird(m):
    s = m["slug"]
    body = m["body"]
    dom = m["addr"].split("@")[1]
    mid = "<%s-%s-%s-%s-%s@%s>" % (hx(s + "t", 8), hx(s + "u", 4),
                                   hx(s + "v", 4), hx(s + "w", 4),
                                   hx(s + "x", 12), dom)
    hs = common_top(m, relay_for(m))
    hs += ["Message-ID: " + mid,
           "Date: " + format_datetime(m["date"]),
           "MIME-Version: 1.0",
           "User-Agent: " + m.get("ua", "Mozilla Thunderbird"),
           "Content-Language: " + m.get("content_lang",
                                        "en-US" if m["lang"] == "en"
                                        else "id"),
           "To: " + to_line(m)]
    hs += cc_lines(m)
    hs += ["From: " + addr(m["name"], m["addr"])]
    if m.get("org"):
        hs += [hdr("Organization", m["org"])]
    hs += [hdr("Subject", m["subject"])]
    hs += thread_headers(m)
    if is_ascii(body):
        hs += ["Content-Type: text/plain; charset=UTF-8; format=flowed",
               "Content-Transfer-Encoding: 7bit"]
    else:
        hs += ["Content-Type: text/plain; charset=UTF-8; format=flowed",
               "Content-Transfer-Encoding: 8bit"]
    return "\n".join(hs) + "\n\n" + body + "\n"


def build_iphone(m):
    s = m["slug"]
    body = m["body"]
    dom = m["addr"].split("@")[1]
    u = hx(s + "ios", 32).upper()
    mid = "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20],
                                   u[20:], dom)
    hs = common_top(m, relay_for(m))
    hs += ["Content-Type: text/plain; charset=utf-8",
           "Content-Transfer-Encoding: quoted-printable",
           "From: " + addr(m["name"], m["addr"]),
           "Mime-Version: 1.0 (1.0)",
           "Date: " + format_datetime(m["date"]),
           hdr("Subject", m["subject"]),
           "Message-Id: " + mid]
    hs += thread_headers(m)
    hs += ["To: " + to_line(m)]
    hs += cc_lines(m)
    hs += ["X-Mailer: iPhone Mail (22F76)"]
    return "\n".join(hs) + "\n\n" + qp(body) + "\n"


def build_samsung(m):
    s = m["slug"]
    body = m["body"]
    b = "--_com.samsung.android.email_%d%d" % (
        num(s + "sb1", 100000000, 999999999),
        num(s + "sb2", 1000000, 9999999))
    mid = "<%s@email.android.com>" % hx(s + "smid", 24)
    hs = common_top(m, relay_for(m))
    hs += ["Message-ID: " + mid,
           "Date: " + format_datetime(m["date"]),
           hdr("Subject", m["subject"]),
           "From: " + addr(m["name"], m["addr"]),
           "To: " + to_line(m)]
    hs += cc_lines(m)
    hs += thread_headers(m)
    hs += ["MIME-Version: 1.0",
           "Content-Type: multipart/alternative; boundary=\"%s\"" % b]
    return "\n".join(hs) + "\n\n" + alternative(
        b, body, "text/plain; charset=utf-8", "base64",
        html_samsung(body), "text/html; charset=utf-8", "base64")


def build_yahoo(m):
    s = m["slug"]
    body = m["body"]
    ms = int(m["date"].timestamp()) * 1000 + num(s + "ms", 0, 999)
    b = "----=_Part_%d_%d.%d" % (num(s + "p1", 1000000, 9999999),
                                 num(s + "p2", 100000000, 2099999999), ms)
    mid = "<%d.%d.%d@mail.yahoo.com>" % (num(s + "y1", 100000000, 2099999999),
                                         num(s + "y2", 100000, 9999999), ms)
    hs = common_top(m, relay_for(m))
    hs += ["Date: " + format_datetime(m["date"]),
           "From: " + addr(m["name"], m["addr"]),
           'To: "%s" <%s>' % (HELPDESK, HELPDESK)]
    hs += cc_lines(m)
    hs += ["Message-ID: " + mid]
    hs += thread_headers(m)
    hs += [hdr("Subject", m["subject"]),
           "MIME-Version: 1.0",
           "Content-Type: multipart/alternative;\n boundary=\"%s\"" % b,
           "X-Mailer: WebService/1.1.24562 YMailNorrin"]
    return "\n".join(hs) + "\n\n" + alternative(
        b, body, "text/plain; charset=UTF-8", "quoted-printable",
        html_yahoo(body), "text/html; charset=UTF-8", "quoted-printable")


def build_raw(m):
    return m["raw"].strip("\n") + "\n"


BUILDERS = {"gmail": build_gmail, "outlook": build_outlook,
            "zimbra": build_zimbra, "thunderbird": build_thunderbird,
            "iphone": build_iphone, "samsung": build_samsung,
            "yahoo": build_yahoo, "raw": build_raw}

# --------------------------------------------------------------------------
# the mails, in order of their Date header
# --------------------------------------------------------------------------

add(n=1, slug="dean_office_memo_numbered_header", type="announcement",
    lang="id", style="outlook",
    name="Sekretariat Wadir Bidang Akademik",
    addr="sekretariat.wadir1@polibatam.ac.id",
    date=D(2026, 9, 1, 8, 5, 12),
    subject="Memo Internal No. 412/PL29/MI/2026 - penayangan pengumuman "
            "presensi",
    body="""\
MEMO INTERNAL
Nomor    : 412/PL29/MI/2026
Kepada   : Kepala P4M, u.p. Tim Helpdesk E-Learning
Dari     : Wakil Direktur Bidang Akademik
Tanggal  : 1 September 2026
Perihal  : Penayangan pengumuman pada e-learning

Sehubungan dengan dimulainya perkuliahan Semester Ganjil 2026/2027, dengan
ini kami mohon Tim Helpdesk P4M menayangkan pengumuman di bawah ini pada
halaman depan e-learning, untuk seluruh dosen dan mahasiswa, terhitung
mulai Senin, 7 September 2026 pukul 07.00 WIB.

Judul pengumuman:
Ketentuan Presensi Perkuliahan Semester Ganjil 2026/2027

Isi pengumuman:
1. Presensi mahasiswa dilakukan melalui e-learning pada setiap pertemuan,
   paling lambat 15 menit setelah perkuliahan dimulai.
2. Mahasiswa dengan kehadiran kurang dari 75% tidak diperkenankan
   mengikuti Ujian Akhir Semester.
3. Izin sakit dibuktikan dengan surat keterangan dokter yang diunggah
   melalui menu presensi paling lambat 3 (tiga) hari setelah
   ketidakhadiran.

Demikian memo ini disampaikan. Atas perhatian dan kerja samanya diucapkan
terima kasih.

a.n. Wakil Direktur Bidang Akademik
Kepala Bagian Akademik dan Kemahasiswaan,

ttd.

Rahmat Hidayatullah, S.E., M.M.
NIP 197805122005011003

Tembusan:
1. Direktur (sebagai laporan)
2. Para Ketua Jurusan""",
    fields={"title": "Ketentuan Presensi Perkuliahan Semester Ganjil 2026/2027",
            "scope": "site",
            "publish_at": "2026-09-07T07:00:00+07:00"},
    note="Internal memo from the academic vice-director's office; memo "
         "header block (Nomor/Kepada/Dari/Perihal) before the request.")

add(n=2, slug="secretary_batches_two_lecturers", type="course_data",
    lang="id", style="zimbra",
    name="Sekretariat Jurusan Manajemen Bisnis",
    addr="sekjur.mb@polibatam.ac.id",
    cc=["Sri Wahyuni <sri.wahyuni@polibatam.ac.id>",
        "Arif Budiman <arif.budiman@polibatam.ac.id>"],
    date=D(2026, 9, 2, 10, 20, 37),
    subject="Titipan perubahan data course Manajemen Keuangan (dari 2 dosen)",
    body="""\
Selamat pagi Tim Helpdesk P4M,

Saya Nurul dari Sekretariat Jurusan Manajemen Bisnis. Ada dua titipan dari
dosen kami untuk course yang sama. Supaya tidak dikirim dua kali, saya
gabungkan dalam satu email ini.

Course: Manajemen Keuangan (MB3104), kelas MB-3A

Titipan Ibu Sri Wahyuni, S.E., M.M.:
Beliau minta enrolment key course diganti menjadi MKeu3A-2026 karena key
yang lama ikut tersebar di grup angkatan sebelumnya.

Titipan Bapak Arif Budiman, S.E., M.Ak.:
Mulai semester ini beliau mengajar bersama Ibu Sri (team teaching sesuai
SK beban mengajar). Mohon nama dosen pengampu di course ditulis:
Sri Wahyuni, S.E., M.M. dan Arif Budiman, S.E., M.Ak.

Kedua dosen sudah saya tembuskan di email ini, jadi kalau ada yang perlu
dikonfirmasi bisa langsung ke beliau berdua.

Terima kasih,
Nurul Aini, A.Md.
Sekretariat Jurusan Manajemen Bisnis
Politeknik Negeri Batam
Ext. 1207""",
    fields={"course_code": "MB3104", "course_name": "Manajemen Keuangan",
            "changes": {
                "enrolment_key": "MKeu3A-2026",
                "lecturer": "Sri Wahyuni, S.E., M.M. dan Arif Budiman, "
                            "S.E., M.Ak."}},
    note="Department secretary batches the requests of two lecturers for "
         "the same course into one mail; both changes belong to one ticket.")

add(n=3, slug="phone_autocorrect_forgot_password", type="elearning_support",
    lang="id", style="iphone",
    name="Yanti Siregar", addr="yanti.siregar@polibatam.ac.id",
    date=D(2026, 9, 2, 21, 47, 5),
    subject="Lupa pasaword e-learning",
    body="""\
Malam P4M, maaf mengganggu malam2. Saya lupa passport e-learning, maksud saya password \U0001F64F Sudah klik "Lupa kata sandi?" tp email resepnya tdk pernah masuk, sdh cek folder spam jg. Username saya pakai NIDN 1012088501.

Besok pagi jam 8 saya hrs buka kuis di kelas, mohon dibantu dirsel ya.

Salam,
Yanti Siregar
Dosen Akuntansi Manajerial

Dikirim dari iPhone saya""",
    fields={}, note="")

add(n=4, slug="partner_university_coil_course", type="course_data",
    lang="en", style="outlook",
    name="Dr. Nurul Huda binti Ahmad", addr="nurulhuda@umj.edu.my",
    cc=["Fajar Nugroho <fajar.nugroho@polibatam.ac.id>",
        "UMJ International Office <international@umj.edu.my>"],
    date=D(2026, 9, 3, 13, 10, 44),
    content_lang="en-US",
    subject="COIL module with Polibatam - course title and co-lecturer on "
            "e-learning",
    body="""\
Dear Polibatam P4M Helpdesk team,

Greetings from Universiti Maritim Johor. I am the UMJ coordinator for the
Collaborative Online International Learning (COIL) module that our Faculty
of Maritime Engineering runs together with Polibatam's Mechanical
Engineering Department this semester.

Our joint students are using your e-learning site, course code MS3210,
which is currently titled "Manufaktur Berkelanjutan". Since half of the
cohort is from Malaysia, both institutions agreed (minutes of the joint
meeting on 27 August) that the full course name should become:

Sustainable Manufacturing (COIL Polibatam-UMJ)

Could you also list me as co-lecturer next to Mr. Fajar? The lecturer line
should read:

Fajar Nugroho, S.T., M.T. and Dr. Nurul Huda binti Ahmad

Mr. Fajar Nugroho is copied in this email and can confirm the above.

Thank you and best regards,

Dr. Nurul Huda binti Ahmad
Senior Lecturer, Faculty of Maritime Engineering
Universiti Maritim Johor, Malaysia""",
    fields={"course_code": "MS3210",
            "course_name": "Manufaktur Berkelanjutan",
            "changes": {
                "fullname": "Sustainable Manufacturing (COIL Polibatam-UMJ)",
                "lecturer": "Fajar Nugroho, S.T., M.T. and Dr. Nurul Huda "
                            "binti Ahmad"}},
    note="Requested by a lecturer of a partner university; the Polibatam "
         "lecturer is copied to confirm.")

add(n=5, slug="other_polytechnic_benchmarking_letter", type="document_request",
    lang="id", style="gmail",
    name="Unit Penjaminan Mutu Politeknik Negeri Natuna",
    addr="upm@polnat.ac.id",
    date=D(2026, 9, 4, 9, 30, 18),
    subject="Permohonan dokumen layanan helpdesk e-learning untuk "
            "benchmarking",
    body="""\
Kepada Yth.
Kepala Pusat Penjaminan Mutu dan Pengembangan Pembelajaran (P4M)
Politeknik Negeri Batam

Dengan hormat,

Dalam rangka persiapan kunjungan benchmarking Unit Penjaminan Mutu
Politeknik Negeri Natuna ke Politeknik Negeri Batam yang direncanakan pada
Kamis, 24 September 2026, kami bermaksud mempelajari terlebih dahulu tata
kelola layanan helpdesk e-learning di P4M.

Untuk itu kami mohon kesediaan Bapak/Ibu mengirimkan dokumen berikut
(bila tidak bersifat rahasia):
a. SOP Pelayanan Helpdesk P4M;
b. formulir permohonan perubahan data identitas mata kuliah;
c. contoh Laporan Evaluasi Diri (LED) layanan helpdesk yang terakhir.

Dokumen dapat dikirim ke alamat email ini. Surat resmi kunjungan akan kami
kirimkan melalui Bagian Umum.

Atas perhatian dan kerja sama Bapak/Ibu kami ucapkan terima kasih.

Hormat kami,

Desi Ratnasari, S.Pd., M.Pd.
Kepala Unit Penjaminan Mutu
Politeknik Negeri Natuna
Jl. Pramuka No. 9, Ranai, Natuna""",
    fields={}, note="")

add(n=6, slug="phone_reply_autocorrect_damage", type="course_data",
    lang="id", style="gmail",
    name="Rudi Hartono", addr="rudi.hartono@polibatam.ac.id",
    date=D(2026, 9, 7, 7, 12, 40),
    in_reply_to="<tkt-2026-1311.ack@helpdesk.polibatam.ac.id>",
    subject="Re: [P4M #2026-1311] Permohonan ubah SKS",
    body="""\
Betul pak, kodenya EL3206. SKA nya mohon diubah jadi 3 (tiga), bukan 2 lg. Maaf td pagi sy tulis "Elektronik Daya", yg benar Elektronika Daya. Kaki ini pakai HP jd banyak salah ketik, autocorrect nya bandel

Trims

Pada Sen, 7 Sep 2026 pukul 06.40 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:
> Yth. Bapak Rudi Hartono,
>
> Permohonan Anda telah kami terima dengan nomor tiket #2026-1311.
> Agar tidak salah mengubah course, mohon konfirmasi kode dan nama mata
> kuliah yang dimaksud.
>
> Salam,
> Tim Helpdesk P4M
> Pusat Penjaminan Mutu dan Pengembangan Pembelajaran
> Politeknik Negeri Batam""",
    fields={"course_code": "EL3206", "course_name": "Elektronika Daya",
            "changes": {"credits": "3"}},
    note="Reply from a phone to the helpdesk's question; autocorrect damage "
         "('SKA' for SKS, 'Kaki ini' for 'Kali ini').")

add(n=7, slug="auto_ooo_zimbra_umrah", type="auto", lang="id", style="raw",
    addr="sri.handayani@polibatam.ac.id",
    date=D(2026, 9, 7, 10, 45, 19),
    raw="""\
Return-Path: <sri.handayani@polibatam.ac.id>
Received: from mail.polibatam.ac.id (mail.polibatam.ac.id [103.143.71.118]) by
 mx.polibatam.ac.id (Postfix) with ESMTP id Kq7vTn3RbWmXe for
 <helpdesk-p4m@polibatam.ac.id>; Mon, 7 Sep 2026 10:45:21 +0700 (WIB)
Date: Mon, 07 Sep 2026 10:45:19 +0700 (WIB)
From: Sri Handayani <sri.handayani@polibatam.ac.id>
To: helpdesk-p4m <helpdesk-p4m@polibatam.ac.id>
Message-ID: <1873520914.2210487.1788752719304.JavaMail.zimbra@polibatam.ac.id>
In-Reply-To: <tkt-2026-1315.ack@helpdesk.polibatam.ac.id>
References: <tkt-2026-1315.ack@helpdesk.polibatam.ac.id>
Subject: Re: [P4M #2026-1315] Mohon ganti enrolment key Statistika Dasar
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit
X-Mailer: Zimbra 8.8.15_GA_4484 (ZimbraWebClient - GC131 (Win)/8.8.15_GA_4481)
Thread-Topic: [P4M #2026-1315] Mohon ganti enrolment key Statistika Dasar
Thread-Index: mQz4c2VtR0kB9aL1xYpWnE3h
Auto-Submitted: auto-replied (zimbra; vacation)

Assalamu'alaikum warahmatullahi wabarakatuh,

Terima kasih atas email Bapak/Ibu. Saya sedang menunaikan ibadah umrah
pada 5-19 September 2026 sehingga belum dapat membalas email dengan
segera.

Untuk keperluan perkuliahan Statistika Dasar kelas MA-1A (tugas, kuis,
dan enrolment key) silakan menghubungi asisten saya, Sdri. Nadia Putri
(nadia.putri@students.polibatam.ac.id).

Mohon doanya. Wassalamu'alaikum warahmatullahi wabarakatuh.

Sri Handayani""",
    fields={}, note="Zimbra vacation reply to the helpdesk's acknowledgement; "
                    "it mentions a course and an enrolment key but must not "
                    "open a ticket.")

add(n=8, slug="industry_parttimer_account_not_activated",
    type="elearning_support", lang="en", style="outlook",
    name="Kevin Tan", addr="kevin.tan@batamprecision.co.id",
    date=D(2026, 9, 8, 14, 3, 27),
    subject="E-learning account not activated yet (practitioner lecturer)",
    body="""\
Hi P4M team,

I joined Polibatam this semester as a practitioner lecturer for the
Mechatronics programme (Tuesday evening class). Last week I received an
email with my e-learning username (kevin.tan.dosen), but whenever I try to
log in I get "Invalid login, please try again". The activation link in
that email now says it has expired.

My first class is next Tuesday and I would like to upload the course
outline before then. Could you please re-activate the account or send me
a new link?

Thanks a lot,

Kevin Tan
Senior Automation Engineer
PT Batam Precision Engineering
Jl. Beringin Lot 211, Batamindo Industrial Park, Muka Kuning, Batam 29433
T +62 770 611 200 | M +62 811 7000 482

This e-mail and any attachments are confidential and intended solely for
the addressee. If you have received it in error, please notify the sender
and delete it. PT Batam Precision Engineering accepts no liability for
any damage caused by viruses transmitted by this e-mail.""",
    content_lang="en-US",
    fields={}, note="")

add(n=9, slug="lab_assistant_writes_for_lecturer", type="course_data",
    lang="id", style="gmail",
    name="Dimas Aditya", addr="dimas.aditya@polibatam.ac.id",
    cc=["Irfan Maulana <irfan.maulana@polibatam.ac.id>"],
    date=D(2026, 9, 9, 9, 15, 2),
    subject="Perubahan kelas & enrolment key Praktikum Keamanan Jaringan "
            "(a.n. Pak Irfan)",
    body="""\
Selamat pagi Tim P4M,

Saya Dimas, laboran Lab Jaringan Komputer. Saya diminta Pak Irfan Maulana,
M.Kom. (dosen pengampu) menyampaikan permintaan berikut karena beliau
sedang mendampingi mahasiswa lomba di Surabaya sampai Jumat dan sinyal di
sana susah.

MK: Praktikum Keamanan Jaringan (IF3207)
- kelas di course masih tertulis IF-3A, padahal yang praktikum di lab
  semester ini IF-3C. Mohon diganti menjadi IF-3C.
- enrolment key mohon diganti menjadi labsec-3c

Isi pesan WA beliau ke saya saya salin di bawah supaya jelas:

"Dim, tolong email ke P4M ya, kelas praktikum keamanan jaringan ganti
IF-3C, key-nya labsec-3c. Makasih."

Kalau P4M perlu konfirmasi langsung, beliau sudah saya cc di email ini.

Terima kasih,
Dimas Aditya
Laboran Lab Jaringan Komputer
Gedung Tower A lt. 4, Politeknik Negeri Batam""",
    fields={"course_code": "IF3207",
            "course_name": "Praktikum Keamanan Jaringan",
            "changes": {"class": "IF-3C", "enrolment_key": "labsec-3c"}},
    note="Sent by a lab technician on behalf of the lecturer (lecturer in "
         "Cc).")

add(n=10, slug="library_unit_eresources_trial", type="announcement",
    lang="id", style="outlook",
    name="UPA Perpustakaan Polibatam", addr="perpustakaan@polibatam.ac.id",
    date=D(2026, 9, 10, 8, 30, 55),
    subject="Mohon bantuan publikasi info uji coba e-journal di e-learning",
    body="""\
Yth. Tim Helpdesk P4M,

UPA Perpustakaan mendapat akses uji coba (trial) dua basis data jurnal
elektronik selama satu bulan. Agar informasinya sampai ke dosen dan
mahasiswa, kami mohon bantuan untuk menayangkan pengumuman di halaman
depan e-learning mulai Senin, 14 September 2026 pukul 08.00 WIB.

Judul:
Uji Coba Akses E-Journal IEEE Xplore dan Emerald Insight

Isi:
Selama 14 September s.d. 14 Oktober 2026 civitas akademika Polibatam dapat
mengakses IEEE Xplore dan Emerald Insight tanpa biaya dari jaringan kampus
atau melalui VPN. Panduan akses tersedia di laman perpustakaan. Masukan
Bapak/Ibu dan mahasiswa akan menjadi bahan pertimbangan langganan tahun
2027.

Terima kasih atas kerja samanya.

Salam,
Maya Puspitasari, S.I.Pust.
Pustakawan Ahli Pertama
UPA Perpustakaan Politeknik Negeri Batam""",
    fields={"title": "Uji Coba Akses E-Journal IEEE Xplore dan Emerald "
                     "Insight",
            "scope": "site",
            "publish_at": "2026-09-14T08:00:00+07:00"},
    note="")

add(n=11, slug="voice_typed_dictation_rename", type="course_data",
    lang="id", style="gmail",
    name="Andreas Wibisono", addr="andreas.wibisono@polibatam.ac.id",
    date=D(2026, 9, 10, 19, 55, 31),
    subject="ganti nama mata kuliah pengujian perangkat lunak",
    body="""\
selamat malam tim p4m koma saya Andreas dari prodi teknologi rekayasa perangkat lunak titik saya mau minta tolong mata kuliah Pengujian Perangkat Lunak kode RPL3105 di i learning namanya diganti menjadi Penjaminan Mutu Perangkat Lunak titik ini sesuai kurikulum baru yang disahkan bulan lalu titik kode mata kuliahnya tetap sama tidak usah diubah koma yang diubah hanya nama lengkapnya saja titik terima kasih banyak

maaf ini saya ketik pakai suara sambil menunggu anak les jadi tanda bacanya berantakan

--
Andreas Wibisono, S.Kom., M.T.""",
    fields={"course_code": "RPL3105",
            "course_name": "Pengujian Perangkat Lunak",
            "changes": {"fullname": "Penjaminan Mutu Perangkat Lunak"}},
    note="Voice-typed: punctuation dictated as words ('titik', 'koma'), "
         "'i learning' for e-learning, almost no capitals.")

add(n=12, slug="overseas_masters_student_interview_request", type="other",
    lang="en", style="gmail",
    name="Putri Maharani", addr="putri.maharani.uq@gmail.com",
    date=D(2026, 9, 11, 11, 20, 9),
    subject="Research interview request - helpdesk services in Indonesian "
            "polytechnics",
    body="""\
Dear P4M Helpdesk team,

My name is Putri Maharani. I am a Master of Education student at the
University of Queensland, Australia, and an alumna of Polibatam (Accounting,
class of 2021). My thesis looks at how Indonesian polytechnics organise
support for online learning, and your helpdesk, with its 15-minute
response target, is one of the cases my supervisor suggested.

Would one or two of your staff be willing to join a 45-minute online
interview some time in October? I can adjust to WIB working hours. The
interview is anonymous and has ethics approval from UQ (approval number
2026/HE001734); I can send the participant information sheet.

Thank you for considering this.

Kind regards,
Putri Maharani
Master of Education candidate
School of Education, The University of Queensland""",
    fields={}, note="")

add(n=13, slug="student_assistant_posts_for_lecturer", type="announcement",
    lang="mixed", style="gmail",
    name="Fikri Ramadhan", addr="4212311045@students.polibatam.ac.id",
    cc=["Ratna Dewi <ratna.dewi@polibatam.ac.id>"],
    date=D(2026, 9, 14, 9, 2, 48),
    subject="Request announcement Praktikum Sistem Digital (a.n. Bu Ratna)",
    body="""\
Halo Tim P4M,

I'm Fikri, asisten praktikum untuk Bu Ratna Dewi di Praktikum Sistem
Digital (TRE2104). Bu Ratna lagi rapat akreditasi seharian, so she asked
me to send this on her behalf (beliau sudah saya cc di email ini).

Could you please post this announcement di course tersebut, tayang hari
ini jam 16.00?

Title: Pembagian Kelompok dan Jadwal Praktikum Modul 1

Kelompok praktikum sudah dibagi, lihat file di section Minggu 2. Modul 1
dimulai Rabu, 16 September 2026: sesi pagi jam 08.00 untuk kelompok 1-6
dan sesi siang jam 13.00 untuk kelompok 7-12. Please bring your own jumper
cables dan baca modul sebelum praktikum.

Thanks a lot!
Fikri Ramadhan
Asisten Praktikum Sistem Digital""",
    fields={"course_code": "TRE2104",
            "course_name": "Praktikum Sistem Digital",
            "title": "Pembagian Kelompok dan Jadwal Praktikum Modul 1",
            "scope": "course",
            "publish_at": "2026-09-14T16:00:00+07:00"},
    note="Student teaching assistant writes on behalf of the lecturer "
         "(lecturer in Cc).")

add(n=14, slug="old_values_first_real_change_at_the_end", type="course_data",
    lang="id", style="outlook",
    name="Lestari Handayani", addr="lestari.handayani@polibatam.ac.id",
    date=D(2026, 9, 14, 15, 40, 6),
    subject="Course Akuntansi Sektor Publik masih di semester lama",
    body="""\
Yth. Tim Helpdesk P4M,

Course Akuntansi Sektor Publik (AK3206) yang saya ampu di e-learning masih
tercatat di semester Genap 2025/2026, dengan enrolment key ASP-genap25
yang dulu saya pakai untuk kelas tahun lalu.

Sedikit latar belakang: tahun lalu mata kuliah ini masih diajarkan di
semester genap, tetapi dengan kurikulum 2026 dipindah ke semester ganjil
untuk kelas AK-3A dan AK-3B. Nilai dan tugas mahasiswa tahun lalu sudah
saya unduh, jadi isi course boleh dipakai ulang. Mahasiswa angkatan lalu
juga sudah saya keluarkan sendiri dari daftar peserta kemarin sore.

Minggu ini mahasiswa baru mulai masuk ke course, dan beberapa dari mereka
bingung karena di dashboard course ini muncul di bawah semester yang lama,
bukan di semester berjalan. Ada juga yang bertanya apakah course ini masih
dipakai atau tidak.

Enrolment key tidak perlu diganti; ASP-genap25 tetap dipakai karena sudah
terlanjur saya bagikan ke kelas baru.

Jadi yang saya mohon hanya satu: semester course tersebut diubah menjadi
Ganjil 2026/2027.

Terima kasih atas bantuannya.

Hormat saya,
Lestari Handayani, S.E., M.Ak.
Dosen Program Studi Akuntansi Manajerial
Jurusan Manajemen Bisnis, Politeknik Negeri Batam""",
    fields={"course_code": "AK3206",
            "course_name": "Akuntansi Sektor Publik",
            "changes": {"semester": "Ganjil 2026/2027"}},
    note="Old semester and enrolment key are named first; the only change "
         "comes in the last paragraph and the key is explicitly kept.")

add(n=15, slug="cross_unit_auditor_asks_records", type="document_request",
    lang="id", style="zimbra",
    name="Wulan Sari", addr="wulan.sari@polibatam.ac.id",
    date=D(2026, 9, 15, 10, 10, 33),
    subject="Permintaan dokumen desk evaluation AMI 2026 - unit P4M",
    body="""\
Yth. Tim P4M,

Sehubungan dengan pelaksanaan Audit Mutu Internal (AMI) Tahun 2026, saya
selaku auditor lintas unit yang ditugaskan untuk P4M (SK Direktur Nomor
1187/PL29/KP/2026) memohon dokumen berikut untuk tahap desk evaluation:

1. SOP Pelayanan Helpdesk P4M yang berlaku;
2. Rekaman Helpdesk P4M periode Januari-Juni 2026 (boleh berupa ekspor
   spreadsheet);
3. Laporan Evaluasi Diri (LED) layanan helpdesk tahun 2025 yang sudah
   ditandatangani.

Mohon dokumen dapat dikirim paling lambat Senin, 21 September 2026 ke
email ini. Jadwal audit lapangan akan disampaikan kemudian.

Terima kasih.

Salam,
Dr. Wulan Sari, S.Si., M.Sc.
Auditor AMI 2026
Dosen Jurusan Teknik Informatika""",
    fields={}, note="")

add(n=16, slug="lab_coordinator_safe_exam_browser", type="elearning_support",
    lang="id", style="thunderbird",
    name="Hendri Kurniawan", addr="hendri.kurniawan@polibatam.ac.id",
    date=D(2026, 9, 16, 8, 20, 14),
    subject="Kuis dengan Safe Exam Browser ditolak di PC Lab Komputer "
            "Terpadu",
    body="""\
Selamat pagi,

Saya Hendri, koordinator Lab Komputer Terpadu (GU 701-704). Minggu depan
lab kami dipakai untuk UTS berbasis kuis e-learning beberapa prodi, dan
dosen minta kuisnya hanya bisa dikerjakan lewat Safe Exam Browser.

Masalahnya, waktu uji coba kemarin di semua PC lab (Windows 11, SEB versi
3.8 sudah terpasang) kuis selalu menolak dengan pesan:

"This quiz has been configured so that it may only be attempted using the
Safe Exam Browser."

padahal kami membukanya dari SEB. Kami sudah coba unduh ulang file
konfigurasi .seb dari halaman kuis dan hasilnya sama. Anehnya di laptop
dosen yang memakai SEB versi lama malah bisa.

Apakah ada pengaturan di sisi server (config key / browser exam key) yang
perlu disesuaikan? UTS mulai Senin, 21 September 2026.

Terima kasih,
Hendri Kurniawan, A.Md.
Koordinator Lab Komputer Terpadu
Politeknik Negeri Batam""",
    fields={}, note="")

add(n=17, slug="javanese_krama_polite_rename", type="course_data",
    lang="id", style="yahoo",
    name="Slamet Riyadi", addr="slamet_riyadi59@yahoo.co.id",
    date=D(2026, 9, 16, 13, 35, 50),
    subject="Nyuwun tulung, ganti nama MK Gambar Teknik",
    body="""\
Assalamu'alaikum wr. wb.

Nyuwun sewu, Bapak/Ibu Tim Helpdesk P4M ingkang kinurmatan.

Mohon maaf mengganggu waktunya. Kula badhe nyuwun tulung, course
"Gambar Teknik" (MS1103) di e-learning, menawi kersa nama lengkapipun
dipun gantos dados "Gambar Teknik Manufaktur", jumbuh kaliyan kurikulum
2026 ingkang enggal. Kode MK tetep, mboten wonten ingkang sanes.

Nyuwun pangapunten menawi basa kula campur-campur, sampun kulina.
Email kampus kula saweg mboten saged dibuka, pramila kula ngginakaken
email pribadi.

Matur nuwun sanget atas bantuanipun.

Wassalamu'alaikum wr. wb.

Ir. Slamet Riyadi, M.T.
Dosen Teknik Mesin, Politeknik Negeri Batam""",
    fields={"course_code": "MS1103", "course_name": "Gambar Teknik",
            "changes": {"fullname": "Gambar Teknik Manufaktur"}},
    note="Polite Javanese (krama) mixed with Indonesian, sent from a "
         "personal Yahoo address; labelled id.")

add(n=18, slug="offshore_parttimer_satellite_mail", type="announcement",
    lang="en", style="outlook",
    name="Capt. Roberto Sihombing", addr="roberto.sihombing@bintansamudra.co.id",
    date=D(2026, 9, 17, 7, 5, 22),
    content_lang="en-US",
    subject="Please post: Saturday class moved online (Port Operations "
            "Management)",
    body="""\
Dear P4M,

Apologies for the short notice. I am a part-time lecturer for Port
Operations Management (LOG3205), Saturday class LOG-3K. This week I am on
board one of our vessels in the Natuna Sea with satellite e-mail only, so
I cannot log in to e-learning myself.

Please post the following announcement in my course as soon as you can:

Title: Saturday Class Moved Online
Text: Dear students, this Saturday's session (19 September 2026,
08.00-11.20) will be held online via Zoom instead of in room GU 604. The
class representative will send the link. Please read chapter 5 (Terminal
Productivity Indicators) before the session.

Thank you,

Capt. Roberto Sihombing, M.Mar.
Marine Superintendent
PT Pelayaran Bintan Samudra
---
Sent via satellite link. Please keep replies short and without
attachments.""",
    fields={"course_code": "LOG3205",
            "course_name": "Port Operations Management",
            "title": "Saturday Class Moved Online",
            "scope": "course"},
    note="")

add(n=19, slug="auto_read_receipt_mdn", type="auto", lang="en", style="raw",
    addr="yohanes.sitorus@polibatam.ac.id",
    date=D(2026, 9, 17, 16, 22, 5),
    raw="""\
Return-Path: <yohanes.sitorus@polibatam.ac.id>
Received: from APC01-TYZ-obe.outbound.protection.outlook.com
 (APC01-TYZ-obe.outbound.protection.outlook.com [40.107.117.62]) by
 mx.polibatam.ac.id (Postfix) with ESMTPS id 7bXc2QfTmRn4d for
 <helpdesk-p4m@polibatam.ac.id>; Thu, 17 Sep 2026 16:22:09 +0700 (WIB)
From: Yohanes Sitorus <yohanes.sitorus@polibatam.ac.id>
To: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Subject: Read: [P4M #2026-1349] Permohonan Anda telah diterima
Thread-Topic: [P4M #2026-1349] Permohonan Anda telah diterima
Thread-Index: AQHdJk3vX2Y8a1bQSuCwZ7y3o9RmXQ==
Date: Thu, 17 Sep 2026 16:22:05 +0700
Message-ID:
 <PSAPR06MB5521A07C3E9F41D28B6E0C7AB1F2D3E4@PSAPR06MB5521.apcprd06.prod.outlook.com>
References: <tkt-2026-1349.ack@helpdesk.polibatam.ac.id>
In-Reply-To: <tkt-2026-1349.ack@helpdesk.polibatam.ac.id>
Accept-Language: en-US, id-ID
Content-Language: en-US
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="_002_PSAPR06MB5521A07C3E9F41D28B6E0C7AB1F2D3E4PSAPR06MB5521apcp_"
MIME-Version: 1.0

--_002_PSAPR06MB5521A07C3E9F41D28B6E0C7AB1F2D3E4PSAPR06MB5521apcp_
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message

  To: Yohanes Sitorus
  Subject: [P4M #2026-1349] Permohonan Anda telah diterima
  Sent: Thursday, September 17, 2026 4:02:41 PM (UTC+07:00) Bangkok, Hanoi, Jakarta

was read on Thursday, September 17, 2026 4:22:03 PM (UTC+07:00) Bangkok, Hanoi, Jakarta.

--_002_PSAPR06MB5521A07C3E9F41D28B6E0C7AB1F2D3E4PSAPR06MB5521apcp_
Content-Type: message/disposition-notification

Reporting-UA: PSAPR06MB5521.apcprd06.prod.outlook.com; Microsoft Outlook 16.0
Final-Recipient: rfc822;yohanes.sitorus@polibatam.ac.id
Original-Message-ID: <tkt-2026-1349.ack@helpdesk.polibatam.ac.id>
Disposition: manual-action/MDN-sent-manually; displayed

--_002_PSAPR06MB5521A07C3E9F41D28B6E0C7AB1F2D3E4PSAPR06MB5521apcp_--""",
    fields={}, note="Outlook read receipt (multipart/report; "
                    "report-type=disposition-notification) without any "
                    "Auto-Submitted header; machine mail, no ticket.")

add(n=20, slug="shipyard_lecturer_long_disclaimer", type="course_data",
    lang="en", style="outlook",
    name="Hendrik Tambunan", addr="hendrik.tambunan@nusagalangan.co.id",
    date=D(2026, 9, 18, 10, 0, 41),
    content_lang="en-US",
    subject="Teknologi Pengelasan (MS3109) - lecturer name on e-learning",
    body="""\
Hello P4M team,

I teach Teknologi Pengelasan (MS3109) as a practitioner lecturer this
semester. The course page on e-learning still shows last year's lecturer,
so students keep messaging him instead of me.

Please change the lecturer of the course to:
Hendrik Tambunan, S.T., M.Eng., IWE

(IWE = International Welding Engineer; the department prefers that it is
shown.)

Many thanks.

Best regards,

Hendrik Tambunan, S.T., M.Eng., IWE
Welding Engineering Superintendent | Hull & Structure Department
PT Nusa Galangan Batam
Jl. Brigjen Katamso KM 6, Tanjung Uncang, Batam 29422, Indonesia
Office +62 778 391 000 ext. 2214 | Mobile +62 812 6677 3019
www.nusagalangan.co.id

SAFETY FIRST - Zero Harm is everyone's responsibility.

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments,
is for the sole use of the intended recipient(s) and may contain
confidential and privileged information of PT Nusa Galangan Batam and its
affiliates. Any unauthorised review, use, disclosure, copying or
distribution is prohibited. If you are not the intended recipient, please
contact the sender by reply e-mail and destroy all copies of the original
message. Opinions, conclusions and other information in this message that
do not relate to the official business of PT Nusa Galangan Batam shall be
understood as neither given nor endorsed by it.

Please consider the environment before printing this e-mail.""",
    fields={"course_code": "MS3109", "course_name": "Teknologi Pengelasan",
            "changes": {"lecturer": "Hendrik Tambunan, S.T., M.Eng., IWE"}},
    note="")

add(n=21, slug="secretary_batch_enrol_three_parttimers",
    type="elearning_support", lang="id", style="outlook",
    name="Sekretariat Jurusan Teknik Elektro",
    addr="sekjur.elektro@polibatam.ac.id",
    date=D(2026, 9, 21, 8, 45, 17),
    subject="Akun dan akses course untuk 3 DLB Jurusan Teknik Elektro",
    body="""\
Yth. Tim Helpdesk P4M,

Bersama ini kami sampaikan tiga dosen luar biasa (DLB) baru Jurusan Teknik
Elektro semester Ganjil 2026/2027 yang belum dapat masuk ke course yang
diampunya. Mohon dibuatkan akun e-learning (bila belum ada) dan
dimasukkan sebagai pengajar (Teacher) pada course berikut:

1. Ir. Dedi Kurniawan, M.T. - dedi.kurniawan.dlb@gmail.com
   Instalasi Listrik (EL2107), kelas EL-2A
2. Siti Rahmawati, S.T., M.Eng. - siti.rahmawati88@yahoo.co.id
   Sistem Kendali (TRE2203), kelas TRE-2B
3. Yosef Manurung, S.T. - yosef.manurung@plnbatam.co.id
   Praktikum Mesin Listrik (EL2108), kelas EL-2B

Surat tugas mengajar ketiganya sudah ditandatangani Ketua Jurusan dan
dapat kami kirimkan bila diperlukan.

Terima kasih atas bantuannya.

Salam,
Rina Anggraini
Sekretariat Jurusan Teknik Elektro
Politeknik Negeri Batam
Telp. 0778-469858 ext. 1040""",
    fields={},
    note="Batch of account and enrolment requests for three new part-time "
         "lecturers; enrolment, not a change of course identity data.")

add(n=22, slug="jaksel_code_switching_shortname", type="course_data",
    lang="mixed", style="gmail",
    name="Kezia Anindita", addr="kezia.anindita@polibatam.ac.id",
    date=D(2026, 9, 21, 13, 15, 26),
    subject="shortname course Data Mining masih yg lama",
    body="""\
Hi tim P4M!

Jadi basically course aku yang Data Mining (IF3214) itu shortname-nya
masih pakai format lama, "DM-IF3A-2025". Which is agak confusing buat
anak-anak, soalnya di dashboard mereka ada dua course yang namanya mirip.

Could you please ganti shortname-nya jadi IF3214-DM-2026? Literally itu
aja sih, the rest udah oke kok.

Thank you so much, you guys are the best \U0001F64C

Cheers,
Kezia""",
    fields={"course_code": "IF3214", "course_name": "Data Mining",
            "changes": {"shortname": "IF3214-DM-2026"}},
    note="")

add(n=23, slug="career_center_front_page_mixed", type="announcement",
    lang="mixed", style="gmail",
    name="Clarissa Wijaya", addr="careercenter@polibatam.ac.id",
    date=D(2026, 9, 22, 9, 30, 3),
    subject="Publish announcement Polibatam Career Day 2026 di front page",
    body="""\
Dear Tim P4M,

Kami dari Polibatam Career Center mau minta tolong publish announcement di
halaman depan e-learning ya. Target audience-nya semua mahasiswa tingkat
akhir, jadi lebih efektif kalau muncul di front page.

Timeline: please publish Kamis, 24 September 2026 jam 09.00, karena
registrasi dibuka di hari yang sama.

Title: Polibatam Career Day 2026: Meet the Industry

Body:
Polibatam Career Day 2026 akan diadakan tanggal 8 Oktober 2026 di Gedung
Utama. More than 40 companies from Batam's manufacturing, shipbuilding and
IT sectors will join. Registrasi gratis lewat link di bawah, and don't
forget to upload your CV before 5 October.

Thank you so much!

Best,
Clarissa Wijaya
Career Development Officer
Polibatam Career Center""",
    fields={"title": "Polibatam Career Day 2026: Meet the Industry",
            "scope": "site",
            "publish_at": "2026-09-24T09:00:00+07:00"},
    note="")

add(n=24, slug="accreditation_assessor_abroad_documents",
    type="document_request", lang="en", style="thunderbird",
    name="Prof. Dr.-Ing. Martin Keller", addr="m.keller@hs-rheinwald.de",
    org="Hochschule Rheinwald",
    date=D(2026, 9, 23, 5, 40, 12, tz=2),
    subject="Documents on digital learning support for the programme "
            "accreditation",
    body="""\
Dear colleagues at P4M,

As announced by your International Office, I am one of the two peers in
the international accreditation of the applied bachelor programmes in
Mechatronics and Electronics at Politeknik Negeri Batam; the on-site
audit is planned for 16-18 November 2026.

To prepare the audit we kindly ask for English versions (or, where none
exist, the Indonesian originals) of the following documents on digital
learning support:

- the quality manual or policy describing the learning management system
  and its support services;
- the SOP for changes to course data and for announcements on the
  e-learning platform;
- the most recent self-evaluation report (LED) covering the helpdesk,
  including the response-time indicator.

Please send them to me directly or upload them to the agency's document
portal before 16 October 2026.

With kind regards,
Martin Keller

--
Prof. Dr.-Ing. Martin Keller
Faculty of Engineering, Hochschule Rheinwald
Peer, programme accreditation""",
    fields={}, note="")

add(n=25, slug="numbered_list_inside_one_sentence", type="course_data",
    lang="id", style="gmail",
    name="Fadli Rahman", addr="fadli.rahman@polibatam.ac.id",
    date=D(2026, 9, 24, 14, 10, 29),
    subject="Pembaruan data course Sistem Tertanam",
    body="""\
Selamat siang Tim P4M,

Untuk course Sistem Tertanam (TRE3104) saya mohon bantuan agar (1) nama
lengkapnya diubah menjadi Sistem Tertanam dan Robotika, (2) SKS-nya diubah
dari 2 menjadi 3, dan (3) kelasnya ditulis TRE-3B karena kelas TRE-3A
sudah punya course sendiri, semuanya sesuai hasil rapat kurikulum prodi
minggu lalu.

Terima kasih banyak.

Salam,
Fadli Rahman, S.T., M.Eng.
Prodi Teknologi Rekayasa Elektronika""",
    fields={"course_code": "TRE3104", "course_name": "Sistem Tertanam",
            "changes": {"fullname": "Sistem Tertanam dan Robotika",
                        "credits": "3",
                        "class": "TRE-3B"}},
    note="")

add(n=26, slug="voice_typed_announcement_dictated_title",
    type="announcement", lang="id", style="gmail",
    name="Hasanuddin Lubis", addr="hasanuddin.lubis@polibatam.ac.id",
    date=D(2026, 9, 25, 8, 10, 50),
    subject="pengumuman untuk kelas statistika industri",
    body="""\
selamat pagi tim p4m tolong dibuatkan pengumuman di course Statistika Industri kode IND2105 titik judulnya Kuis 1 Dipindah ke Hari Jumat titik isinya kuis satu yang seharusnya hari Rabu tanggal 30 September dipindah ke hari Jumat tanggal 2 Oktober jam 10 pagi koma tempat tetap di ruang 708 titik mohon ditayangkan hari ini juga terima kasih

Ir. Hasanuddin Lubis, M.T.""",
    fields={"course_code": "IND2105", "course_name": "Statistika Industri",
            "title": "Kuis 1 Dipindah ke Hari Jumat",
            "scope": "course"},
    note="Voice-typed: the title and text run together, separated only by "
         "dictated 'titik'. 'Hari ini juga' gives no publish time.")

add(n=27, slug="auto_partner_ticket_system_ack", type="auto", lang="en",
    style="raw", addr="international@umj.edu.my",
    date=D(2026, 9, 28, 10, 20, 14, tz=8),
    raw="""\
Return-Path: <international@umj.edu.my>
Received: from smtp.umj.edu.my (smtp.umj.edu.my [203.106.88.21]) by
 mx.polibatam.ac.id (Postfix) with ESMTPS id Hn4rWc8yKpT2v for
 <helpdesk-p4m@polibatam.ac.id>; Mon, 28 Sep 2026 09:20:19 +0700 (WIB)
Date: Mon, 28 Sep 2026 10:20:14 +0800
From: UMJ International Office <international@umj.edu.my>
Reply-To: UMJ International Office <noreply-io@umj.edu.my>
To: helpdesk-p4m@polibatam.ac.id
Subject: [UMJ-IO #260912] Re: [P4M #2026-1290] COIL module with Polibatam -
 course title and co-lecturer on e-learning
Message-ID: <io.260912.1790562014@servicedesk.umj.edu.my>
In-Reply-To: <tkt-2026-1290.info@helpdesk.polibatam.ac.id>
References: <tkt-2026-1290.info@helpdesk.polibatam.ac.id>
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Mailer: UMJ ServiceDesk 5.2
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear Helpdesk P4M,

Thank you for contacting the UMJ International Office.

This is an automated acknowledgement. Your enquiry has been logged as
ticket #260912 and an officer will respond within three (3) working days.

Please do not reply to this e-mail; replies to this address are not
monitored. To add information to your enquiry, use the link below:

https://servicedesk.umj.edu.my/io/ticket/260912

UMJ International Office
Universiti Maritim Johor""",
    fields={}, note="Another institution's ticketing system acknowledging the "
                    "helpdesk's own mail (robot-to-robot); must not be "
                    "answered.")

add(n=28, slug="partner_elearning_unit_guest_students_login",
    type="elearning_support", lang="en", style="outlook",
    name="Mohd Hafiz bin Ismail", addr="hafiz.ismail@umj.edu.my",
    date=D(2026, 9, 28, 14, 5, 38),
    content_lang="en-US",
    subject="UMJ COIL students cannot log in to Polibatam e-learning",
    body="""\
Dear P4M Helpdesk,

I am from the e-Learning Unit of Universiti Maritim Johor. For the COIL
module we run with Polibatam's Mechanical Engineering Department, 18 of
our students still cannot log in to your e-learning site.

The department created their accounts last week with the students'
@student.umj.edu.my addresses as usernames, but the login page returns
"Invalid login, please try again" for all of them, and the "Forgotten your
password?" page says that no account was found for those addresses.

Three examples:
1. Aina Syafiqah binti Rosli - a23ma0112@student.umj.edu.my
2. Lim Wei Jie - a23ma0147@student.umj.edu.my
3. Muhammad Irfan bin Zulkifli - a23ma0163@student.umj.edu.my
(the other 15 are in the spreadsheet Mr. Fajar Nugroho already has)

The first joint session is on Thursday, 1 October, so we would appreciate
your help before then.

Best regards,
Mohd Hafiz bin Ismail
e-Learning Unit, Centre for Academic Excellence
Universiti Maritim Johor""",
    fields={}, note="")

add(n=29, slug="second_change_hidden_in_ps", type="course_data",
    lang="id", style="outlook",
    name="Yusnita Harahap", addr="yusnita.harahap@polibatam.ac.id",
    date=D(2026, 9, 29, 10, 30, 0),
    subject="Short name course Bahasa Inggris Bisnis",
    body="""\
Selamat pagi Tim P4M,

Mohon bantuan untuk mengubah short name course Bahasa Inggris Bisnis
(BI3102) di e-learning. Saat ini tertulis BI-BIS, mohon diganti menjadi
BI3102-BIS agar sesuai format prodi dan mudah dicari mahasiswa.

Terima kasih atas bantuannya.

Salam,
Yusnita Harahap, S.Pd., M.Pd.
Unit Bahasa - Politeknik Negeri Batam

P.S. SKS-nya juga tolong diubah ya, di course tertulis 3 padahal sesuai
kurikulum seharusnya 2.""",
    fields={"course_code": "BI3102", "course_name": "Bahasa Inggris Bisnis",
            "changes": {"shortname": "BI3102-BIS", "credits": "2"}},
    note="The second change (credits) is in a P.S. below the signature.")

add(n=30, slug="numbered_list_announcement_in_sentence",
    type="announcement", lang="id", style="zimbra",
    name="Sarah Nabila Putri", addr="sarah.nabila@polibatam.ac.id",
    date=D(2026, 9, 30, 11, 11, 45),
    subject="Permohonan pengumuman course Kerja Praktik",
    body="""\
Yth. Tim Helpdesk P4M,

Saya selaku koordinator Kerja Praktik Prodi Teknik Informatika mohon
bantuan untuk (1) membuat pengumuman berjudul
"Pengumpulan Laporan Kerja Praktik Tahap 1" di course Kerja Praktik
(IF3301), (2) menayangkannya pada Senin, 5 Oktober 2026 pukul 07.30, dan
(3) mengaktifkan pengiriman notifikasinya ke email mahasiswa, karena
banyak mahasiswa KP yang sedang berada di perusahaan dan jarang membuka
e-learning.

Isi pengumuman:
Mahasiswa Kerja Praktik wajib mengunggah Laporan Tahap 1 (bab 1-2 dan
logbook minggu 1-4) pada tugas "Laporan Tahap 1" paling lambat Jumat,
16 Oktober 2026 pukul 23.59. Laporan yang terlambat tidak dinilai.

Terima kasih.

Salam,
Sarah Nabila Putri, S.Kom., M.Cs.
Koordinator KP Prodi Teknik Informatika""",
    fields={"course_code": "IF3301", "course_name": "Kerja Praktik",
            "title": "Pengumpulan Laporan Kerja Praktik Tahap 1",
            "scope": "course",
            "publish_at": "2026-10-05T07:30:00+07:00"},
    note="")

add(n=31, slug="alumnus_asks_diploma_legalisation", type="other",
    lang="id", style="gmail",
    name="Galih Prasetyo", addr="galihprasetyo.mkt@gmail.com",
    date=D(2026, 10, 1, 9, 0, 27),
    subject="Tanya legalisir ijazah dan transkrip",
    body="""\
Selamat siang Bapak/Ibu,

Saya alumni Polibatam prodi Teknik Mekatronika lulusan 2023 (NIM
3311901012). Saat ini saya sedang melamar kerja di Singapura dan diminta
melampirkan ijazah dan transkrip yang sudah dilegalisir, sekaligus
terjemahan bahasa Inggrisnya.

Apakah legalisir bisa diurus lewat email atau harus datang ke kampus?
Berapa lama prosesnya dan apakah ada biayanya? Saya sekarang tinggal di
Tanjungpinang jadi kalau bisa tidak perlu bolak-balik.

Terima kasih sebelumnya.

Salam,
Galih Prasetyo""",
    fields={}, note="Misdirected: legalisation of diplomas and transcripts "
                    "is handled by the academic office, not P4M.")

add(n=32, slug="lecturer_on_study_leave_abroad_handover", type="course_data",
    lang="mixed", style="gmail",
    name="Rizky Pratama", addr="rizky.pratama@polibatam.ac.id",
    date=D(2026, 10, 2, 8, 25, 3, tz=2),
    subject="Handover course Computer Vision (IF4105) - saya sedang tugas "
            "belajar",
    body="""\
Dear Tim P4M,

Greetings from Enschede! Saya Rizky, dosen TI yang sejak bulan lalu sedang
tugas belajar S3 di University of Twente. Karena itu course Computer
Vision (IF4105) sudah tidak saya ampu lagi semester ini.

Per SK Ketua Jurusan, the course will be taken over by my colleague, so
could you please change the lecturer to Dian Permatasari, S.Kom., M.Kom.?

Kalau memungkinkan, saya tetap di-enrol sebagai non-editing teacher saja
supaya masih bisa lihat materi dan sesekali bantu jawab forum. But if
that's not possible, it's fine.

Sorry for the odd hours, di sini masih pagi.

Best regards,
Rizky Pratama, S.T., M.Sc.
PhD candidate, University of Twente
(on study leave from Politeknik Negeri Batam)""",
    fields={"course_code": "IF4105", "course_name": "Computer Vision",
            "changes": {"lecturer": "Dian Permatasari, S.Kom., M.Kom."}},
    note="Sent from abroad (Date in +0200). Also asks, optionally, to stay "
         "enrolled as non-editing teacher (an enrolment task).")

add(n=33, slug="international_office_front_page_call", type="announcement",
    lang="en", style="outlook",
    name="Office of International Affairs Polibatam",
    addr="international@polibatam.ac.id",
    date=D(2026, 10, 5, 8, 0, 39),
    content_lang="en-US",
    subject="Front-page announcement: IISMA 2027 call for applications",
    body="""\
Dear P4M Helpdesk,

The Office of International Affairs would like to publish the following
announcement on the front page of e-learning, visible to all students, on
Wednesday, 7 October 2026 at 08:00 WIB.

Title: Call for Applications: IISMA 2027 Outbound Mobility

Text:
Applications for the Indonesian International Student Mobility Awards
(IISMA) 2027 are now open to Polibatam students in semesters 3 to 5. An
information session will be held on Friday, 9 October 2026 at 13:30 in
the Main Building auditorium. Applications close on 30 November 2026.

Could you also keep it pinned for two weeks, if that is possible?

Kind regards,
Anita Rahayu, S.S., M.A.
International Relations Officer
Office of International Affairs, Politeknik Negeri Batam""",
    fields={"title": "Call for Applications: IISMA 2027 Outbound Mobility",
            "scope": "site",
            "publish_at": "2026-10-07T08:00:00+07:00"},
    note="")

add(n=34, slug="voice_typed_video_upload_limit", type="elearning_support",
    lang="id", style="gmail",
    name="Ratih Puspasari", addr="ratih.puspasari@polibatam.ac.id",
    date=D(2026, 10, 5, 13, 50, 11),
    subject="tidak bisa upload video rekaman kuliah",
    body="""\
halo admin i learning koma saya mau upload video rekaman kuliah ukuran sekitar 450 mega ke course Perpajakan II tapi selalu gagal titik keluar tulisan file terlalu besar ukuran maksimal 100 mega tanda tanya eh maksudnya tulisannya itu tanpa tanda tanya titik apakah batasnya bisa dinaikkan atau saya harus upload ke youtube dulu lalu linknya saja yang saya pasang tanda tanya mohon petunjuknya terima kasih

Ratih""",
    fields={}, note="")

add(n=35, slug="whole_request_in_subject_line", type="course_data",
    lang="id", style="outlook",
    name="Bambang Hermawan", addr="bambang.hermawan@polibatam.ac.id",
    date=D(2026, 10, 6, 10, 5, 52),
    subject="Mohon ubah SKS MK Fisika Terapan (TRE1102) menjadi 2 SKS",
    body="""\


Salam,
Drs. Bambang Hermawan, M.Si.
Dosen Program Studi Teknologi Rekayasa Elektronika
Politeknik Negeri Batam""",
    fields={"course_code": "TRE1102", "course_name": "Fisika Terapan",
            "changes": {"credits": "2"}},
    note="The whole request is in the subject; the body holds only a "
         "signature.")

add(n=36, slug="foreign_partner_mou_renewal_misdirected", type="other",
    lang="en", style="gmail",
    name="Dr. Kanokwan Srisuk", addr="kanokwan.s@cpit.ac.th",
    date=D(2026, 10, 7, 9, 40, 16),
    subject="MoU renewal and student exchange 2027",
    body="""\
Dear Sir/Madam,

I hope this email finds you well. I am writing from the International
Affairs Division of Chao Phraya Institute of Technology, Thailand.

Our Memorandum of Understanding with Politeknik Negeri Batam, signed in
2021, will expire in December 2026. We would like to propose its renewal,
including a student exchange for the 2027 academic year and a joint
online summer course in logistics.

Could you kindly forward this message to the right office, or let us know
the contact person? We found this address on your e-learning login page.

Best regards,
Dr. Kanokwan Srisuk
Director, International Affairs Division
Chao Phraya Institute of Technology""",
    fields={}, note="Misdirected: MoU renewal belongs to the international "
                    "office.")

add(n=37, slug="javanese_krama_announcement_before_flight",
    type="announcement", lang="id", style="yahoo",
    name="Sri Lestari Ningsih", addr="srilestari.ningsih@yahoo.co.id",
    date=D(2026, 10, 7, 16, 30, 24),
    subject="Nyuwun tulung pengumuman Pengantar Ekonomi",
    body="""\
Assalamu'alaikum,

Nyuwun sewu Tim P4M, kula nyuwun tulung dipun damelaken pengumuman wonten
course Pengantar Ekonomi (MB1101), kelas MB-1A lan MB-1B.

Mohon dipun tayangaken Kamis enjing jam 07.00 (8 Oktober 2026), amargi
kula sampun wonten ing pesawat tumuju Jakarta.

Judul: Perkuliahan Kamis Dialihkan ke Zoom

Isi: Perkuliahan Pengantar Ekonomi hari Kamis, 8 Oktober 2026
dilaksanakan secara daring melalui Zoom pada jam yang sama karena dosen
sedang bertugas ke Jakarta. Tautan Zoom ada di course. Presensi tetap
diisi di e-learning.

Matur nuwun sanget.
Wassalamu'alaikum.

Dra. Sri Lestari Ningsih, M.M.
Dosen Jurusan Manajemen Bisnis""",
    fields={"course_code": "MB1101", "course_name": "Pengantar Ekonomi",
            "title": "Perkuliahan Kamis Dialihkan ke Zoom",
            "scope": "course",
            "publish_at": "2026-10-08T07:00:00+07:00"},
    note="Polite Javanese (krama) framing around an Indonesian "
         "announcement; labelled id.")

add(n=38, slug="non_native_formal_english_key", type="course_data",
    lang="en", style="outlook",
    name="Agus Salim", addr="agus.salim@polibatam.ac.id",
    date=D(2026, 10, 8, 11, 15, 33),
    content_lang="en-US",
    subject="Request for change enrolment key of Warehouse Management course",
    body="""\
Dear Sir/Madam,

With all due respect, I would like to kindly ask for your help to change
the enrolment key of my course Warehouse Management (LOG2203) become
WHM-Oct2026. It is because the old key was already spread to the other
class which is not my class.

For your information, the course is for class LOG-2A only.

Thank you very much for your kind attention and cooperation. I am looking
forward to hear from you soon.

Best regards,

Agus Salim, S.T., M.Sc.
Lecturer of Logistics Engineering
Politeknik Negeri Batam""",
    fields={"course_code": "LOG2203", "course_name": "Warehouse Management",
            "changes": {"enrolment_key": "WHM-Oct2026"}},
    note="")

add(n=39, slug="gradebook_weights_code_switching", type="elearning_support",
    lang="mixed", style="gmail",
    name="Gilang Prakoso", addr="gilang.prakoso@polibatam.ac.id",
    date=D(2026, 10, 9, 9, 0, 58),
    subject="Gradebook weights tidak kepakai?",
    body="""\
Halo P4M,

Saya setup gradebook di course Pemrograman Berorientasi Objek (IF2203)
dengan weights tugas 30%, UTS 30%, UAS 40%. Tapi total di user report kok
beda sama hitungan manual saya di Excel. E.g. mahasiswa dengan tugas 80,
UTS 70, UAS 90 harusnya 81, but Moodle shows 80.00, kayak weights-nya
diabaikan.

Aggregation-nya sudah saya set "Weighted mean of grades" dan semua item
out of 100. Is there something I'm missing, atau memang ada setting yang
harus diubah di level site?

Nilai mau di-export ke SIAKAD minggu depan, jadi agak urgent.

Thanks,
Gilang Prakoso""",
    fields={}, note="")

add(n=40, slug="apology_ignore_previous_mail_correction", type="course_data",
    lang="id", style="gmail",
    name="Wahyu Nugraha", addr="wahyu.nugraha@polibatam.ac.id",
    date=D(2026, 10, 12, 10, 20, 46),
    subject="Koreksi: mohon abaikan email saya sebelumnya (kelas "
            "Kewirausahaan)",
    body="""\
Selamat siang Tim P4M,

Mohon maaf, email saya tadi pagi tentang course Kewirausahaan (MB2108)
salah tulis kelasnya. Mohon email itu diabaikan saja.

Yang benar: kelas di course tersebut diubah menjadi MB-2C, bukan MB-2D
seperti yang saya tulis tadi pagi. Kelas MB-2D tidak ada semester ini.

Selain kelas, tidak ada yang perlu diubah.

Mohon maaf merepotkan dan terima kasih.

Salam,
Wahyu Nugraha, S.E., M.M.
Dosen Jurusan Manajemen Bisnis""",
    fields={"course_code": "MB2108", "course_name": "Kewirausahaan",
            "changes": {"class": "MB-2C"}},
    note="Supersedes an earlier mail (not in this corpus); only the "
         "corrected value counts, the wrong one is named too.")

add(n=41, slug="auto_localised_postfix_bounce", type="auto", lang="id",
    style="raw", addr="MAILER-DAEMON@polibatam.ac.id",
    date=D(2026, 10, 12, 14, 45, 8),
    raw="""\
Return-Path: <>
Received: by mx.polibatam.ac.id (Postfix) id 9fTq2LmVxB7cN;
 Mon, 12 Oct 2026 14:45:08 +0700 (WIB)
Date: Mon, 12 Oct 2026 14:45:08 +0700 (WIB)
From: MAILER-DAEMON@polibatam.ac.id (Sistem Pengiriman Surat)
Subject: Surat tidak terkirim - dikembalikan ke pengirim
To: helpdesk-p4m@polibatam.ac.id
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="9fTq2LmVxB7cN.1791791108/mx.polibatam.ac.id"
Content-Transfer-Encoding: 8bit
Message-Id: <20261012074508.9fTq2LmVxB7cN@mx.polibatam.ac.id>

This is a MIME-encapsulated message.

--9fTq2LmVxB7cN.1791791108/mx.polibatam.ac.id
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ini adalah sistem surat di host mx.polibatam.ac.id.

Mohon maaf, pesan Anda tidak dapat dikirim ke satu atau lebih penerima.
Pesan yang tidak terkirim terlampir di bawah.

Untuk bantuan lebih lanjut, silakan hubungi postmaster dan sertakan
laporan ini. Anda dapat menghapus teks Anda sendiri dari pesan yang
dikembalikan.

                   Sistem surat

<kaka.rahma@yahoo.co.id>: host mta7.am0.yahoodns.net[67.195.204.72] said:
    554 delivery error: dd This user doesn't have a yahoo.co.id account
    (kaka.rahma@yahoo.co.id) [0] - mta4011.mail.sg3.yahoo.com (in reply to
    end of DATA command)

--9fTq2LmVxB7cN.1791791108/mx.polibatam.ac.id
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.polibatam.ac.id
X-Postfix-Queue-ID: 9fTq2LmVxB7cN
X-Postfix-Sender: rfc822; helpdesk-p4m@polibatam.ac.id
Arrival-Date: Mon, 12 Oct 2026 14:45:02 +0700 (WIB)

Final-Recipient: rfc822; kaka.rahma@yahoo.co.id
Original-Recipient: rfc822;kaka.rahma@yahoo.co.id
Action: failed
Status: 5.0.0
Remote-MTA: dns; mta7.am0.yahoodns.net
Diagnostic-Code: smtp; 554 delivery error: dd This user doesn't have a
    yahoo.co.id account (kaka.rahma@yahoo.co.id) [0] -
    mta4011.mail.sg3.yahoo.com

--9fTq2LmVxB7cN.1791791108/mx.polibatam.ac.id
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

Return-Path: <helpdesk-p4m@polibatam.ac.id>
From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
To: kaka.rahma@yahoo.co.id
Subject: [P4M #2026-1398] Permohonan Anda telah diterima
Date: Mon, 12 Oct 2026 14:45:01 +0700
Message-ID: <tkt-2026-1398.ack@helpdesk.polibatam.ac.id>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

--9fTq2LmVxB7cN.1791791108/mx.polibatam.ac.id--""",
    fields={}, note="Bounce with a locally translated (Indonesian) Postfix "
                    "template; returns only the headers of the helpdesk's "
                    "acknowledgement.")

add(n=42, slug="new_lecturer_samsung_asks_user_manual",
    type="document_request", lang="mixed", style="samsung",
    name="Nadia Kusuma", addr="nadia.kusuma@polibatam.ac.id",
    date=D(2026, 10, 13, 8, 35, 21),
    subject="Minta user manual e-learning untuk dosen",
    body="""\
Selamat pagi Tim P4M,

Saya dosen baru di prodi Teknologi Rekayasa Robotika, baru join bulan ini. Boleh minta user manual / panduan e-learning untuk dosen? Kalau bisa yang versi Moodle 4.5 ya, karena tampilan di tutorial YouTube yang saya temukan beda banget sama punya kita.

Plus, if you have a quick-start guide for setting up quizzes and the gradebook, that would be super helpful.

Thanks in advance!

Salam,
Nadia Kusuma, M.Eng.



Dikirim dari ponsel Samsung Galaxy saya.""",
    fields={}, note="")

add(n=43, slug="reply_to_resolved_ticket_new_announcement",
    type="announcement", lang="id", style="gmail",
    name="Meilani Sitompul", addr="meilani.sitompul@polibatam.ac.id",
    date=D(2026, 10, 13, 13, 20, 7),
    in_reply_to="<tkt-2026-1402.resolved@helpdesk.polibatam.ac.id>",
    references="<tkt-2026-1402.ack@helpdesk.polibatam.ac.id> "
               "<tkt-2026-1402.resolved@helpdesk.polibatam.ac.id>",
    subject="Re: [P4M #2026-1402] Pengumuman jadwal praktikum Kimia Dasar",
    body="""\
Terima kasih, pengumuman kemarin sudah tayang dan mahasiswa sudah baca.

Saya minta tolong satu pengumuman lagi di course yang sama, Kimia Dasar
(KIM1101):

Judul: Laporan Praktikum Modul 2 Dikumpulkan Lewat E-Learning
Isi: Mulai modul 2, laporan praktikum tidak lagi dikumpulkan dalam bentuk
cetak. Unggah laporan dalam format PDF pada tugas "Laporan Modul 2" paling
lambat tiga hari setelah praktikum.

Tolong tayang besok jam 06.00 ya.

Salam,
Meilani Sitompul

Pada Sen, 12 Okt 2026 pukul 15.47 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:
> Yth. Ibu Meilani Sitompul,
>
> Pengumuman "Jadwal Praktikum Modul 2" telah kami tayangkan di course
> Kimia Dasar (KIM1101) dan tiket #2026-1402 kami tandai selesai.
>
> Mohon berikan penilaian atas layanan kami dengan membalas email ini
> dengan angka 1-5.
>
> Salam,
> Tim Helpdesk P4M""",
    fields={"course_code": "KIM1101", "course_name": "Kimia Dasar",
            "title": "Laporan Praktikum Modul 2 Dikumpulkan Lewat "
                     "E-Learning",
            "scope": "course",
            "publish_at": "2026-10-14T06:00:00+07:00"},
    note="Reply to a resolved announcement ticket carrying a new "
         "announcement; the quoted part names the earlier title.")

add(n=44, slug="quality_circle_coordinator_summary_obe", type="course_data",
    lang="id", style="outlook",
    name="Fransiska Simanjuntak", addr="fransiska.s@polibatam.ac.id",
    date=D(2026, 10, 14, 9, 50, 30),
    subject="Pembaruan deskripsi course sesuai RPS OBE - Analisis Laporan "
            "Keuangan",
    body="""\
Yth. Tim Helpdesk P4M,

Saya Koordinator Gugus Kendali Mutu (GKM) Prodi Akuntansi Manajerial.
Dalam rangka penyesuaian RPS berbasis OBE, deskripsi (summary) beberapa
course perlu diperbarui. Untuk tahap ini kami mulai dari satu course:

Analisis Laporan Keuangan (AK3109)

Deskripsi baru:
Mata kuliah ini membekali mahasiswa dengan kemampuan menganalisis laporan keuangan perusahaan menggunakan rasio keuangan, analisis tren, dan analisis arus kas untuk mendukung pengambilan keputusan manajerial (CPMK 1-3).

Deskripsi di atas sudah disetujui dosen pengampu (Bapak Hasan Basri, S.E.,
M.Ak.) dan Ketua Prodi. Data lain di course tidak perlu diubah.

Terima kasih,
Fransiska Simanjuntak, S.E., M.Si.
Koordinator GKM Prodi Akuntansi Manajerial""",
    fields={"course_code": "AK3109",
            "course_name": "Analisis Laporan Keuangan",
            "changes": {"summary": "Mata kuliah ini membekali mahasiswa "
                        "dengan kemampuan menganalisis laporan keuangan "
                        "perusahaan menggunakan rasio keuangan, analisis "
                        "tren, dan analisis arus kas untuk mendukung "
                        "pengambilan keputusan manajerial (CPMK 1-3)."}},
    note="Sent by the programme's quality-circle coordinator; the "
         "lecturer's name appears only as the one who approved.")

add(n=45, slug="drive_quota_question_misdirected", type="other",
    lang="id", style="gmail",
    name="Joko Prasetyo", addr="joko.prasetyo@polibatam.ac.id",
    date=D(2026, 10, 15, 10, 30, 42),
    subject="Kuota Google Drive akun kampus hampir penuh",
    body="""\
Selamat pagi,

Akun Google Drive kampus saya muncul peringatan "Penyimpanan hampir penuh
(14,6 GB dari 15 GB)". Isinya kebanyakan video kuliah daring zaman
pandemi. Apakah kuota Drive dosen bisa ditambah, atau ada ketentuan baru
soal penyimpanan? Saya khawatir nanti tidak bisa menerima email lagi.

Terima kasih,
Joko Prasetyo, S.T., M.T.
Jurusan Teknik Mesin""",
    fields={}, note="Misdirected: campus Google account storage belongs to "
                    "the IT unit (UPA TIK), not the e-learning helpdesk.")

add(n=46, slug="reply_reopens_login_problem_recurs",
    type="elearning_support", lang="id", style="gmail",
    name="Eko Saputra", addr="eko.saputra@polibatam.ac.id",
    date=D(2026, 10, 15, 19, 10, 3),
    in_reply_to="<tkt-2026-1377.resolved@helpdesk.polibatam.ac.id>",
    subject="Re: [P4M #2026-1377] Tidak bisa login e-learning",
    body="""\
Selamat malam,

Maaf, masalahnya muncul lagi. Setelah direset minggu lalu saya bisa
masuk, tapi sejak kemarin sore setiap login muncul "Akun Anda terkunci
sementara karena terlalu banyak percobaan login", padahal saya baru coba
sekali. Sudah ganti browser dan hapus cache, hasilnya sama.

Besok jam 10 saya ada kuis, mohon dibantu lagi.

Terima kasih,
Eko Saputra

Pada Kam, 8 Okt 2026 pukul 09.15 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:
> Yth. Bapak Eko Saputra,
>
> Password akun e-learning Bapak telah kami reset. Silakan login dengan
> password sementara yang kami kirimkan melalui SMS, lalu segera ganti
> password di menu Preferensi.
>
> Tiket #2026-1377 kami tandai selesai.
>
> Salam,
> Tim Helpdesk P4M""",
    fields={}, note="")

add(n=47, slug="publish_time_first_title_much_later", type="announcement",
    lang="en", style="outlook",
    name="Daniel Hughes", addr="daniel.hughes@polibatam.ac.id",
    date=D(2026, 10, 16, 8, 15, 9),
    content_lang="en-US",
    subject="Announcement for Technical English - Tuesday morning",
    body="""\
Hi there,

Could you schedule an announcement in my course for Tuesday, 20 October
at 07:00 WIB? That is the morning after the midterm results come out, and
I'd like students to see it before our 08:00 class.

A bit of context, in case it matters: this year the speaking test replaces
the written midterm for the two TRE classes, and students keep asking how
the pairs are formed and whether they can choose their partner. The
pairing is random within each class and was done by the programme
coordinator, so I'd rather have it on e-learning than in the class
WhatsApp groups, where things tend to get lost.

The course is Technical English (BI2103); both sections, TRE-2A and
TRE-2B, are enrolled in the same course page.

Here is the text. Please use this as the title:
Speaking Test Schedule and Pairing

Dear students, the speaking test will take place on 27-29 October in room
GU 503. Your pair and time slot are listed in the table in the
"Assessment" section. Each pair has 12 minutes. Bring your student ID.

Thanks so much,
Daniel

--
Daniel Hughes, MA TESOL
English Lecturer, Unit Bahasa
Politeknik Negeri Batam""",
    fields={"course_code": "BI2103", "course_name": "Technical English",
            "title": "Speaking Test Schedule and Pairing",
            "scope": "course",
            "publish_at": "2026-10-20T07:00:00+07:00"},
    note="Publish time comes in the first sentence; course and title only "
         "several paragraphs later.")

add(n=48, slug="all_caps_senior_lecturer", type="course_data", lang="id",
    style="thunderbird",
    name="Suhartono", addr="suhartono@polibatam.ac.id",
    ua="Mozilla/5.0 (Windows NT 6.1; Win64; x64; rv:102.0) Gecko/20100101 "
       "Thunderbird/102.15.1",
    date=D(2026, 10, 19, 9, 5, 36),
    subject="MATA KULIAH MEKANIKA FLUIDA",
    body="""\
SELAMAT PAGI TIM P4M.

MOHON BANTUAN UNTUK MATA KULIAH MEKANIKA FLUIDA (MS2204). SKS DI
E-LEARNING TERTULIS 2, SEHARUSNYA 3 SKS. KELAS MOHON DIGANTI MENJADI MS-2B
(BUKAN MS-2A).

DEMIKIAN, TERIMA KASIH.

IR. SUHARTONO, M.T.
DOSEN TEKNIK MESIN""",
    fields={"course_code": "MS2204", "course_name": "MEKANIKA FLUIDA",
            "changes": {"credits": "3", "class": "MS-2B"}},
    note="Written entirely in capitals; values recorded as written.")

add(n=49, slug="visiting_fellow_h5p_mobile_app", type="elearning_support",
    lang="en", style="thunderbird",
    name="Thomas Becker", addr="thomas.becker@polibatam.ac.id",
    date=D(2026, 10, 19, 14, 0, 25),
    subject="H5P interactive videos not working in the mobile app",
    body="""\
Hello,

I have added three H5P Interactive Video activities to my course Academic
Writing for Engineers (BI3205). On laptops they work fine, but students
using the Moodle mobile app only see a grey box with a spinning wheel, and
on Chrome for Android the video starts but the embedded questions never
appear, so their attempts are not recorded in the gradebook.

I uploaded the .h5p files from H5P.org, not from the content bank. Could
you check whether the H5P libraries on the site need updating, or whether
the mobile app needs a setting enabled?

Thank you,
Thomas Becker
Visiting Lecturer (DAAD), Unit Bahasa""",
    fields={}, note="")

add(n=50, slug="task_force_campaign_site_notice", type="announcement",
    lang="id", style="outlook",
    name="Satgas PPKPT Polibatam", addr="satgas.ppkpt@polibatam.ac.id",
    date=D(2026, 10, 20, 9, 30, 17),
    subject="Permohonan penayangan pengumuman Satgas PPKPT di e-learning",
    body="""\
Yth. Tim Helpdesk P4M,

Satuan Tugas Pencegahan dan Penanganan Kekerasan di Perguruan Tinggi
(Satgas PPKPT) Politeknik Negeri Batam memohon bantuan penayangan
pengumuman di halaman depan e-learning agar dapat dibaca seluruh
mahasiswa, dosen, dan tenaga kependidikan.

Waktu tayang: Senin, 26 Oktober 2026 pukul 08.00 WIB (bertepatan dengan
pembukaan pekan kampanye anti-kekerasan).

Judul: Kanal Pengaduan Satgas PPKPT Polibatam

Isi:
Jika Anda mengalami atau mengetahui tindak kekerasan, termasuk kekerasan
seksual, perundungan, dan diskriminasi, di lingkungan kampus, laporkan
melalui formulir daring Satgas PPKPT atau datang langsung ke ruang Satgas
(Gedung Utama lt. 2). Identitas pelapor dijamin kerahasiaannya.

Terima kasih.

Hormat kami,
Dr. Yuliana Pardede, S.H., M.H.
Ketua Satgas PPKPT Politeknik Negeri Batam""",
    fields={"title": "Kanal Pengaduan Satgas PPKPT Polibatam",
            "scope": "site",
            "publish_at": "2026-10-26T08:00:00+07:00"},
    note="")

add(n=51, slug="second_change_mentioned_then_withdrawn", type="course_data",
    lang="id", style="zimbra",
    name="Taufan Hidayat", addr="taufan.hidayat@polibatam.ac.id",
    date=D(2026, 10, 21, 10, 0, 48),
    subject="Ganti short name Pemrograman Mobile Lanjut",
    body="""\
Selamat siang Tim P4M,

Mohon bantuan mengganti nama singkat (short name) course Pemrograman
Mobile Lanjut (IF3212) dari PML-2025 menjadi IF3212-PML.

Tadinya saya juga mau minta SKS-nya diubah jadi 4, tapi setelah saya cek
ke Kaprodi ternyata tetap 3 SKS, jadi SKS tidak usah diubah.

Terima kasih,
Taufan Hidayat, S.Kom., M.Kom.""",
    fields={"course_code": "IF3212",
            "course_name": "Pemrograman Mobile Lanjut",
            "changes": {"shortname": "IF3212-PML"}},
    note="A second change (credits) is mentioned and then withdrawn; only "
         "the short name changes.")

add(n=52, slug="auto_moodle_backup_failure_notice", type="auto", lang="id",
    style="raw", addr="noreply@polibatam.ac.id",
    date=D(2026, 10, 22, 11, 40, 2),
    raw="""\
Return-Path: <noreply@polibatam.ac.id>
Received: from learning.polibatam.ac.id (learning.polibatam.ac.id
 [103.143.71.174]) by mx.polibatam.ac.id (Postfix) with ESMTP id
 Wd3nQ8sRfZ1kP for <helpdesk-p4m@polibatam.ac.id>; Thu, 22 Oct 2026
 11:40:04 +0700 (WIB)
Date: Thu, 22 Oct 2026 11:40:02 +0700
To: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
From: "E-Learning Polibatam" <noreply@polibatam.ac.id>
Subject: E-Learning Polibatam: Status pencadangan terjadwal - GAGAL
Message-ID: <8d41f0c2b7e95a36d1c04e7f29ab5c18@learning.polibatam.ac.id>
X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Laporan pencadangan course terjadwal untuk situs E-Learning Polibatam

Waktu mulai   : Kamis, 22 Oktober 2026, 01.00
Waktu selesai : Kamis, 22 Oktober 2026, 11.39

Status keseluruhan: GAGAL

Jumlah course            : 1.284
Berhasil                 : 1.279
Gagal                    : 3
Dilewati (tidak berubah) : 2

Course yang gagal dicadangkan:
- IF3207 Praktikum Keamanan Jaringan: gagal menulis berkas (disk penuh)
- TRE2104 Praktikum Sistem Digital: gagal menulis berkas (disk penuh)
- AK3206 Akuntansi Sektor Publik: gagal menulis berkas (disk penuh)

Untuk melihat rincian, buka
https://learning.polibatam.ac.id/report/backups/index.php""",
    fields={}, note="Moodle scheduled-backup report sent to the admin "
                    "address; names courses and a failure but is machine "
                    "mail (Auto-Submitted: auto-generated).")

add(n=53, slug="practitioner_asks_contract_template_en",
    type="document_request", lang="en", style="gmail",
    name="Jonathan Lee", addr="jonathan.lee@coldlink.co.id",
    date=D(2026, 10, 22, 15, 15, 40),
    subject="Templates for course contract and RPS",
    body="""\
Hi,

I am a practitioner lecturer taking over the second half of the semester
in the Logistics programme (Cold Chain Logistics, Saturday class). The
department told me to ask P4M for the templates I need: the course
contract template (kontrak perkuliahan) and the RPS template in the
current OBE format, preferably in Word so I can edit them.

If there are English versions, even better; otherwise the Indonesian ones
are fine.

Thank you,
Jonathan Lee
Operations Manager, ColdLink Logistics Batam""",
    fields={}, note="")

add(n=54, slug="relative_day_after_tomorrow_mixed", type="announcement",
    lang="mixed", style="gmail",
    name="Reza Firmansyah", addr="reza.firmansyah@polibatam.ac.id",
    date=D(2026, 10, 26, 8, 50, 31),
    subject="Announcement Cloud Computing - publish lusa",
    body="""\
Hi P4M,

Tolong publish announcement ini lusa jam 06.30 pagi ya di course Cloud
Computing (IF4107). Lusa itu jadwal hands-on lab, so I want students to
see it before they come to the lab.

Title: Hands-on Lab: Deploying Containers on Kubernetes

Body:
Lab minggu ini kita deploy aplikasi sederhana ke cluster Kubernetes
kampus. Please install kubectl and make sure you can log in to your
cluster account before class. Kalau ada error saat instalasi, post di
forum Q&A ya.

Thanks!
Reza Firmansyah""",
    fields={"course_code": "IF4107", "course_name": "Cloud Computing",
            "title": "Hands-on Lab: Deploying Containers on Kubernetes",
            "scope": "course",
            "publish_at": "2026-10-28T06:30:00+07:00"},
    note="Publish date given only as 'lusa' (the day after tomorrow), "
         "relative to the Date header.")

add(n=55, slug="new_programme_admin_unsure_of_terms", type="course_data",
    lang="id", style="outlook",
    name="Anggi Pratiwi", addr="anggi.pratiwi@polibatam.ac.id",
    date=D(2026, 10, 26, 13, 30, 15),
    subject="Permintaan ganti kode course Animasi 3D",
    body="""\
Selamat siang Tim Helpdesk,

Perkenalkan, saya Anggi, admin Prodi Teknologi Rekayasa Multimedia yang
baru (mulai bulan ini menggantikan Mbak Rosa). Mohon maaf kalau istilah
saya belum tepat.

Dosen kami, Pak Yudha, minta "kode course" Animasi 3D diganti. Setelah
saya cek di halaman course, yang beliau maksud ternyata nama singkat
(short name), bukan kode MK di SIAKAD. Sekarang nama singkatnya tertulis
ANM-2A, dan beliau ingin diganti menjadi MM2207-ANM supaya sama dengan
kode MK di SIAKAD, yaitu MM2207. Kode MK di SIAKAD tidak berubah.

Kalau permintaan seperti ini seharusnya memakai formulir, mohon info ya,
supaya ke depannya saya ikuti prosedurnya.

Terima kasih,
Anggi Pratiwi
Admin Prodi Teknologi Rekayasa Multimedia""",
    fields={"course_code": "MM2207", "course_name": "Animasi 3D",
            "changes": {"shortname": "MM2207-ANM"}},
    note="New programme administrator unsure of the terms ('kode course' "
         "vs short name); also asks whether a form is needed.")

add(n=56, slug="forum_invites_head_as_speaker", type="other", lang="id",
    style="gmail",
    name="Fitriani Nasution", addr="forum.elearning.poltek@gmail.com",
    date=D(2026, 10, 27, 9, 20, 44),
    subject="Undangan narasumber Temu Forum Pengelola E-Learning Politeknik "
            "2026",
    body="""\
Yth. Kepala P4M Politeknik Negeri Batam,

Dengan hormat,

Forum Pengelola E-Learning Politeknik se-Sumatera akan menyelenggarakan
Temu Forum Tahunan pada 26-27 November 2026 di Pekanbaru (hybrid). Kami
bermaksud mengundang Bapak/Ibu sebagai narasumber pada sesi "Layanan
Helpdesk E-Learning dengan Target Respons 15 Menit: Praktik Baik
Polibatam".

Surat undangan resmi akan kami kirim melalui persuratan. Mohon konfirmasi
kesediaan paling lambat 6 November 2026 melalui email ini.

Salam hormat,
Fitriani Nasution, M.Kom.
Sekretaris Forum Pengelola E-Learning Politeknik se-Sumatera""",
    fields={}, note="")

add(n=57, slug="turnitin_option_gone_code_switching",
    type="elearning_support", lang="mixed", style="gmail",
    name="Lia Amalia", addr="lia.amalia@polibatam.ac.id",
    date=D(2026, 10, 28, 10, 10, 12),
    subject="Opsi Turnitin hilang dari setting assignment",
    body="""\
Pagi P4M,

Di setting assignment course saya (Metodologi Penelitian, IF3120) sekarang
tidak ada lagi opsi "Turnitin Integrity" / plagiarism plugin. Last
semester masih ada dan langsung generate similarity report. Is the licence
expired, or has it been moved somewhere else? Mahasiswa mulai upload
proposal minggu depan, so I need it before then.

Thanks,
Lia Amalia""",
    fields={}, note="")

add(n=58, slug="markdown_formatted_values", type="course_data",
    lang="mixed", style="gmail",
    name="Bagus Setiawan", addr="bagus.setiawan@polibatam.ac.id",
    date=D(2026, 10, 29, 7, 45, 20),
    subject="Quick request: course RPL3202",
    body="""\
Halo tim P4M,

Quick request untuk course **Rekayasa Perangkat Lunak Lanjut** (`RPL3202`):

* **Enrolment key** -> `RPLL-ganjil26!`
* **Semester** -> `Ganjil 2026/2027` (sekarang masih kebaca Genap 2025/2026)

Yang lain biarin aja, nama & shortname udah bener. Thanks!

--
Bagus Setiawan
Dosen TRPL | https://bagus.dev""",
    fields={"course_code": "RPL3202",
            "course_name": "Rekayasa Perangkat Lunak Lanjut",
            "changes": {"enrolment_key": "RPLL-ganjil26!",
                        "semester": "Ganjil 2026/2027"}},
    note="Markdown-style markup (asterisks, backticks) around names and "
         "values; values recorded without the markup.")

add(n=59, slug="whatsapp_broadcast_pasted_with_emoji", type="announcement",
    lang="id", style="iphone",
    name="Indah Permatasari", addr="indah.permatasari@polibatam.ac.id",
    date=D(2026, 10, 30, 9, 0, 35),
    subject="Tolong tayangkan pengumuman UTS praktik",
    body="""\
Pagi P4M, tolong tayangkan pengumuman di course Jaringan Nirkabel ya, judulnya "Jadwal UTS Praktik Jaringan Nirkabel". Isinya copas dari broadcast WA saya ke kelas, formatnya biarin aja:

*\U0001F4E2 PENGUMUMAN UTS PRAKTIK*
Halo semuanya \U0001F44B
UTS praktik _Jaringan Nirkabel_ dilaksanakan:
\U0001F5D3\uFE0F Senin, 2 November 2026
\u23F0 08.00 - 11.00 (per kelompok, cek tabel)
\U0001F4CD Lab Jaringan, Tower A lt. 4
\u2705 Bawa laptop + adaptor Wi-Fi USB
\u274C Terlambat >15 menit = tidak boleh ikut

Semangat! \U0001F4AA

Makasih
Indah

Dikirim dari iPhone saya""",
    fields={"course_name": "Jaringan Nirkabel",
            "title": "Jadwal UTS Praktik Jaringan Nirkabel",
            "scope": "course"},
    note="Text pasted from a WhatsApp broadcast (asterisk/underscore "
         "formatting and emoji); the title is given in the request line, "
         "not the pasted heading.")

add(n=60, slug="thanks_first_real_request_at_end", type="course_data",
    lang="mixed", style="gmail",
    name="Nabila Putri Anjani", addr="nabila.anjani@polibatam.ac.id",
    date=D(2026, 11, 2, 10, 30, 8),
    subject="Thanks for the workshop + satu permintaan kecil",
    body="""\
Dear Tim P4M,

Terima kasih banyak untuk workshop "Moodle for Active Learning" hari Jumat
kemarin. Very insightful, especially the part about H5P and peer
assessment. Saya sudah coba bikin workshop activity di course saya dan
anak-anak cukup antusias. Would love to see a follow-up session on
learning analytics next semester.

Oh iya, one more thing sebelum lupa: course saya Desain Antarmuka Pengguna
(RPL2204) tolong diganti nama lengkapnya jadi Desain UI/UX, sesuai nama
baru di kurikulum. Shortname dan yang lain tetap.

Thanks again!
Nabila Putri Anjani, S.Ds., M.Ds.""",
    fields={"course_code": "RPL2204",
            "course_name": "Desain Antarmuka Pengguna",
            "changes": {"fullname": "Desain UI/UX"}},
    note="Opens as thanks for a workshop; the actual request is in the "
         "last paragraph.")

add(n=61, slug="auto_google_group_list_copy", type="auto", lang="id",
    style="raw", addr="dosen@polibatam.ac.id",
    date=D(2026, 11, 3, 8, 19, 40),
    raw="""\
Return-Path: <dosen+bncBDN3K7WQ4YFRB5XK2ZGQMGQEJ7X2TKA@polibatam.ac.id>
Received: from mail-sor-f69.google.com (mail-sor-f69.google.com
 [209.85.220.69]) by mx.polibatam.ac.id (Postfix) with ESMTPS id
 Lp6xYd2VqNc8s for <helpdesk-p4m@polibatam.ac.id>; Tue, 3 Nov 2026 08:20:03
 +0700 (WIB)
MIME-Version: 1.0
From: Maria Ulfa <maria.ulfa@polibatam.ac.id>
Date: Tue, 3 Nov 2026 08:19:40 +0700
Message-ID:
 <CAKp7Rv2xQ9nT4mLb8Hc0sWz3YfJ1eUo6dGa5iNr-Pq7tVh2kXw@mail.gmail.com>
Subject: [dosen] Info pelatihan pembuatan video pembelajaran
To: dosen@polibatam.ac.id
X-Original-Sender: maria.ulfa@polibatam.ac.id
Precedence: list
Mailing-list: list dosen@polibatam.ac.id; contact dosen+owners@polibatam.ac.id
List-ID: <dosen.polibatam.ac.id>
X-Spam-Checked-In-Group: maria.ulfa@polibatam.ac.id
X-Google-Group-Id: 482911037455
List-Post: <https://groups.google.com/a/polibatam.ac.id/group/dosen/post>,
 <mailto:dosen@polibatam.ac.id>
List-Help: <https://support.google.com/a/polibatam.ac.id/bin/topic.py?topic=25838>,
 <mailto:dosen+help@polibatam.ac.id>
List-Archive: <https://groups.google.com/a/polibatam.ac.id/group/dosen/>
List-Unsubscribe: <mailto:googlegroups-manage+482911037455+unsubscribe@googlegroups.com>,
 <https://groups.google.com/a/polibatam.ac.id/group/dosen/subscribe>
Content-Type: multipart/alternative; boundary="00000000000071c4a80623f1b5e9"

--00000000000071c4a80623f1b5e9
Content-Type: text/plain; charset="UTF-8"

Bapak/Ibu dosen yang saya hormati,

Jurusan Teknik Elektro mengadakan pelatihan singkat pembuatan video
pembelajaran dengan OBS dan smartphone pada Kamis, 12 November 2026 pukul
13.30-16.00 di Lab Multimedia (Tower A lt. 6). Terbuka untuk dosen semua
jurusan, kuota 25 orang. Silakan daftar dengan membalas email ini secara
pribadi ke saya.

Salam,
Maria Ulfa, S.T., M.T.
Jurusan Teknik Elektro

--
Anda menerima pesan ini karena Anda berlangganan grup "dosen" di Google Grup.
Untuk berhenti berlangganan dari grup ini dan berhenti menerima email darinya, kirim email ke dosen+unsubscribe@polibatam.ac.id.

--00000000000071c4a80623f1b5e9
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<div dir=3D"ltr"><div>Bapak/Ibu dosen yang saya hormati,</div><div><br></di=
v><div>Jurusan Teknik Elektro mengadakan pelatihan singkat pembuatan video =
pembelajaran dengan OBS dan smartphone pada Kamis, 12 November 2026 pukul 1=
3.30-16.00 di Lab Multimedia (Tower A lt. 6). Terbuka untuk dosen semua jur=
usan, kuota 25 orang. Silakan daftar dengan membalas email ini secara priba=
di ke saya.</div><div><br></div><div>Salam,</div><div>Maria Ulfa, S.T., M.T=
.</div><div>Jurusan Teknik Elektro</div></div>

<p></p>

-- <br>
Anda menerima pesan ini karena Anda berlangganan grup &quot;dosen&quot; di =
Google Grup.<br>
Untuk berhenti berlangganan dari grup ini dan berhenti menerima email darin=
ya, kirim email ke <a href=3D"mailto:dosen+unsubscribe@polibatam.ac.id">dos=
en+unsubscribe@polibatam.ac.id</a>.<br>

--00000000000071c4a80623f1b5e9--""",
    fields={}, note="Google Groups copy of a human message to all lecturers "
                    "(List-ID, Precedence: list); not addressed to the "
                    "helpdesk, no ticket.")

add(n=62, slug="language_fellow_quiz_extra_time_accommodation",
    type="elearning_support", lang="en", style="outlook",
    name="Sarah Whitfield", addr="sarah.whitfield@polibatam.ac.id",
    date=D(2026, 11, 3, 14, 0, 53),
    content_lang="en-US",
    subject="Extra time on quizzes for a student with a disability",
    body="""\
Dear Helpdesk,

One of my students in Academic English (BI1201), class IF-1B, has a
documented visual impairment, and the disability services unit has
recommended 50% extra time for all timed assessments. The first quiz
opens on Monday.

I know Moodle has user overrides for quizzes, but the option does not
appear in my quiz settings menu - perhaps my role does not allow it?
Could you either enable it for me or set the override for this student
(the student's name and NIM are in the letter from the unit, which I can
forward)?

I would also appreciate advice on whether screen readers work with the
drag-and-drop question types; I'd rather avoid them if not.

Best wishes,
Sarah Whitfield
English Language Fellow, Unit Bahasa""",
    fields={}, note="")

add(n=63, slug="adjunct_in_singapore_converts_timezone",
    type="announcement", lang="en", style="outlook",
    name="Grace Lim", addr="grace.lim@limpartners.com.sg",
    date=D(2026, 11, 4, 11, 15, 28, tz=8),
    content_lang="en-US",
    subject="Announcement for Supply Chain Analytics - site visit",
    body="""\
Hi P4M team,

Please publish the following announcement in my course Supply Chain
Analytics (LOG3208) on Friday, 6 November at 9:00 am Singapore time, i.e.
08:00 WIB, which is when the class group chat opens.

Title: Site Visit to Tanjung Uncang Logistics Hub

Text: The site visit on Tuesday, 10 November 2026 starts at 09:00 sharp at
the hub's main gate. The bus leaves campus at 08:00. Bring safety shoes
and your student ID; visitors without safety shoes cannot enter the
warehouse floor.

Thanks,
Grace Lim
Adjunct Lecturer, Logistics Engineering, Politeknik Negeri Batam
Regional Planning Lead, Lim & Partners Supply Chain Consulting, Singapore""",
    fields={"course_code": "LOG3208",
            "course_name": "Supply Chain Analytics",
            "title": "Site Visit to Tanjung Uncang Logistics Hub",
            "scope": "course",
            "publish_at": "2026-11-06T08:00:00+07:00"},
    note="Sent from Singapore (Date in +0800); the time is given in both "
         "Singapore time and WIB.")

add(n=64, slug="new_head_of_programme_asks_sops", type="document_request",
    lang="id", style="zimbra",
    name="Agustinus Lumban Gaol", addr="agustinus.lg@polibatam.ac.id",
    date=D(2026, 11, 5, 10, 40, 19),
    subject="Permohonan SOP dan formulir layanan e-learning",
    body="""\
Yth. Tim P4M,

Saya baru dilantik sebagai Ketua Program Studi Teknologi Rekayasa
Pembangkit Energi. Untuk bahan sosialisasi kepada dosen prodi pada rapat
prodi minggu depan, kami memerlukan:
1. SOP Publikasi Pengumuman pada Media Pembelajaran E-Learning,
2. SOP Perubahan/Pembaruan Data Identitas Mata Kuliah, dan
3. formulir permohonan yang dipakai untuk keduanya.

Mohon dikirim dalam format PDF. Terima kasih.

Salam,
Dr. Agustinus Lumban Gaol, S.T., M.T.
Ketua Program Studi Teknologi Rekayasa Pembangkit Energi""",
    fields={}, note="")

add(n=65, slug="reply_to_done_ticket_adds_new_change", type="course_data",
    lang="id", style="gmail",
    name="Bayu Aji Nugroho", addr="bayu.nugroho@polibatam.ac.id",
    date=D(2026, 11, 9, 8, 30, 45),
    in_reply_to="<tkt-2026-1460.resolved@helpdesk.polibatam.ac.id>",
    references="<tkt-2026-1460.ack@helpdesk.polibatam.ac.id> "
               "<tkt-2026-1460.resolved@helpdesk.polibatam.ac.id>",
    subject="Re: [P4M #2026-1460] Ganti enrolment key Metrologi Industri",
    body="""\
Terima kasih, key yang baru sudah jalan dan mahasiswa sudah bisa masuk.

Sekalian satu lagi: ternyata course Metrologi Industri (MS2206) ini
semesternya masih tertulis Genap 2025/2026. Mohon diubah menjadi
Ganjil 2026/2027.

Salam,
Bayu Aji Nugroho

Pada Jum, 6 Nov 2026 pukul 14.05 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:
> Yth. Bapak Bayu Aji Nugroho,
>
> Enrolment key course Metrologi Industri (MS2206) telah kami ganti
> menjadi METRO-ganjil26 sesuai permohonan. Tiket #2026-1460 kami tandai
> selesai.
>
> Bila masih ada kendala, silakan balas email ini.
>
> Salam,
> Tim Helpdesk P4M""",
    fields={"course_code": "MS2206", "course_name": "Metrologi Industri",
            "changes": {"semester": "Ganjil 2026/2027"}},
    note="Reply to a resolved ticket with a new change; the quoted reply "
         "mentions the earlier enrolment-key change, which is already "
         "done.")

add(n=66, slug="satisfaction_rating_reply_emoji", type="other",
    lang="mixed", style="iphone",
    name="Citra Lestari", addr="citra.lestari@polibatam.ac.id",
    date=D(2026, 11, 10, 11, 0, 12),
    in_reply_to="<tkt-2026-1471.resolved@helpdesk.polibatam.ac.id>",
    subject="Re: [P4M #2026-1471] Permohonan Anda telah selesai",
    body="""\
5 \u2B50\u2B50\u2B50\u2B50\u2B50 Super fast, thanks a lot tim P4M! Pengumumannya udah tayang pas banget sebelum kelas.

Dikirim dari iPhone saya

> Pada 10 Nov 2026, pukul 09.12, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
>
> Yth. Ibu Citra Lestari,
>
> Pengumuman "Perubahan Jadwal Presentasi Proyek" telah kami tayangkan di course Manajemen Proyek (MB3206). Tiket #2026-1471 kami tandai selesai.
>
> Mohon beri penilaian layanan kami dengan membalas email ini dengan angka 1 (sangat tidak puas) sampai 5 (sangat puas).
>
> Salam,
> Tim Helpdesk P4M""",
    fields={}, note="Satisfaction rating reply to a resolution mail; the "
                    "quoted part names an announcement and a course but "
                    "nothing new is requested.")

add(n=67, slug="director_secretariat_collects_documents",
    type="document_request", lang="id", style="outlook",
    name="Ayu Kartika", addr="ayu.kartika@polibatam.ac.id",
    date=D(2026, 11, 11, 9, 45, 4),
    subject="Permintaan dokumen P4M untuk Rapat Tinjauan Manajemen 2026",
    body="""\
Selamat pagi Tim P4M,

Menindaklanjuti arahan Bapak Direktur untuk persiapan Rapat Tinjauan
Manajemen (RTM) tanggal 25 November 2026, kami diminta mengumpulkan
dokumen dari setiap unit. Dari P4M kami mohon dikirimkan:

- Pedoman Pembelajaran Daring Politeknik Negeri Batam versi terbaru;
- SOP Perubahan Data Identitas Mata Kuliah;
- rekap capaian IKU layanan helpdesk (respons 15 menit) semester Genap
  2025/2026.

Mohon dapat dikirim paling lambat Jumat, 20 November 2026.

Terima kasih atas kerja samanya.

Salam,
Ayu Kartika, S.A.B.
Staf Sekretariat Direktur
Politeknik Negeri Batam""",
    fields={}, note="")

add(n=68, slug="language_centre_front_page_toeic", type="announcement",
    lang="en", style="outlook",
    name="Language Centre Polibatam", addr="upabahasa@polibatam.ac.id",
    date=D(2026, 11, 12, 13, 30, 51),
    content_lang="en-US",
    subject="Request to publish: TOEIC Prediction Test registration",
    body="""\
Dear P4M Helpdesk,

The Language Centre would like to announce the next TOEIC Prediction Test
on the e-learning front page for all students. Please publish it on
Monday, 16 November 2026 at 7:00 a.m.

Title: TOEIC Prediction Test - December 2026 Batch

Text:
Registration for the TOEIC Prediction Test (December 2026 batch) is open
from 16 to 27 November 2026. The test will be held on Saturday, 5 December
2026 at the Language Centre, Tower B, 3rd floor. The fee is Rp75,000.
Final-year students are strongly encouraged to take the test, as a TOEIC
score is required for graduation.

Thank you for your assistance.

Best regards,
Rizal Effendi, M.Hum.
Head of Language Centre (UPA Bahasa)
Politeknik Negeri Batam""",
    fields={"title": "TOEIC Prediction Test - December 2026 Batch",
            "scope": "site",
            "publish_at": "2026-11-16T07:00:00+07:00"},
    note="")

add(n=69, slug="grandchild_types_for_elderly_lecturer",
    type="elearning_support", lang="id", style="gmail",
    name="Bambang Supriyadi", addr="bambang.supriyadi@polibatam.ac.id",
    date=D(2026, 11, 16, 10, 10, 37),
    subject="Tombol edit di e-learning tidak ada",
    body="""\
Selamat siang Kak admin e-learning,

Saya Naura, cucunya Pak Bambang Supriyadi (dosen Teknik Mesin). Eyang minta
saya yang mengetikkan email ini karena beliau kurang lancar pakai laptop.
Ini kata-kata beliau:

"Setelah tampilan e-learning berubah, saya tidak bisa menemukan tombol
untuk menyalakan mode edit di course Mesin Fluida, jadi saya tidak bisa
menambah materi minggu ini. Dulu tombolnya ada di pojok kanan atas,
sekarang tidak ada. Mohon dibantu, kalau bisa lewat telepon saja di nomor
0812 7000 3391."

Terima kasih ya Kak \U0001F64F
(dikirim dari laptop dan akun Eyang)""",
    fields={}, note="Typed by the lecturer's grandchild from the lecturer's "
                    "own account; the lecturer's words are quoted.")

add(n=70, slug="misaddressed_grade_recap_for_colleague", type="other",
    lang="mixed", style="gmail",
    name="Hendra Wijaya", addr="hendra.wijaya@polibatam.ac.id",
    date=D(2026, 11, 17, 15, 20, 2),
    subject="rekap nilai UTS IF-2B",
    body="""\
Hi Rani,

Ini rekap nilai UTS kelas IF-2B yang kamu minta buat input ke SIAKAD:
https://docs.google.com/spreadsheets/d/1hQe7Xb2Lk9TzR4mWv0PaNc3YdUo8sGf5/edit

Please double check kolom yang kuning ya, ada 3 mahasiswa yang nilainya
masih kosong karena ikut ujian susulan. Nanti kalau udah diinput kabarin
aja. Thanks!

Hendra""",
    fields={}, note="Misaddressed: meant for a colleague (address "
                    "autocomplete); nothing is asked of the helpdesk.")


# --------------------------------------------------------------------------
# checks and output
# --------------------------------------------------------------------------

ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ID_DAYS_SHORT = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
           "Saturday", "Sunday"]
ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
             "Agustus", "September", "Oktober", "November", "Desember"]
ID_MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu",
                   "Sep", "Okt", "Nov", "Des"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def weekday_errors(text, year=2026):
    errs = []
    pats = [
        (ID_DAYS, ID_MONTHS,
         r"\b(%s),? (?:tanggal )?(\d{1,2}) (%s)(?: (\d{4}))?"),
        (ID_DAYS_SHORT, ID_MONTHS_SHORT,
         r"\b(%s), (\d{1,2}) (%s)(?: (\d{4}))?"),
        (EN_DAYS, EN_MONTHS, r"\b(%s),? (\d{1,2}) (%s)(?: (\d{4}))?"),
    ]
    for days, months, pat in pats:
        rx = re.compile(pat % ("|".join(days), "|".join(months)))
        for mo in rx.finditer(text):
            day = days.index(mo.group(1))
            d = dt.date(int(mo.group(4) or year),
                        months.index(mo.group(3)) + 1, int(mo.group(2)))
            if d.weekday() != day:
                errs.append("%s is a %s" % (mo.group(0), EN_DAYS[d.weekday()]))
    return errs


def strings_in(fields):
    for k, v in fields.items():
        if k in ("publish_at", "scope"):
            continue
        if isinstance(v, dict):
            yield from strings_in(v)
        else:
            yield v


FIELD_ORDER = ["course_code", "course_name", "changes", "title", "scope",
               "publish_at"]
# no file of this corpus may name the reference corpus's original location
FORBIDDEN = "sha" + "red"
CHANGE_KEYS = {"fullname", "shortname", "lecturer", "class", "semester",
               "credits", "enrolment_key", "summary"}


def ordered_fields(f):
    out = {}
    for k in FIELD_ORDER:
        if k in f:
            out[k] = f[k]
    extra = set(f) - set(FIELD_ORDER)
    if extra:
        raise ValueError("unknown field keys %s" % sorted(extra))
    return out


def check(m, name, raw_bytes):
    errs = []
    if b"\r\n" not in raw_bytes or re.search(rb"(?<!\r)\n", raw_bytes):
        errs.append("line endings are not CRLF")
    for line in raw_bytes.split(b"\r\n"):
        if len(line) > 998:
            errs.append("line longer than 998 octets")
    msg = email.message_from_bytes(raw_bytes, policy=policy.default)
    for p in msg.walk():
        if p.defects:
            errs.append("defects %r" % (p.defects,))
    if msg["Date"] is None or msg["Date"].datetime != m["date"]:
        errs.append("Date header does not round-trip: %r" % msg["Date"])
    if m["style"] != "raw" and str(msg["Subject"]) != m["subject"]:
        errs.append("Subject does not round-trip: %r" % str(msg["Subject"]))
    texts = [str(msg["Subject"] or "")]
    for p in msg.walk():
        if p.get_content_type() == "text/plain":
            texts.append(p.get_content())
    text = "\n".join(texts)
    for s in strings_in(m["fields"]):
        if s not in text:
            errs.append("label value not found verbatim: %r" % s)
    errs += weekday_errors(text)
    f = m["fields"]
    t = m["type"]
    if t in ("course_data", "announcement"):
        if not f:
            errs.append("no fields")
    elif f:
        errs.append("fields must be empty for %s" % t)
    if t == "course_data":
        if not f.get("changes") or set(f["changes"]) - CHANGE_KEYS:
            errs.append("bad changes %r" % f.get("changes"))
        if "credits" in f["changes"] and \
                not f["changes"]["credits"].isdigit():
            errs.append("credits must be a bare number")
    if t == "announcement":
        if f.get("scope") not in ("course", "site") or not f.get("title"):
            errs.append("announcement needs title and scope")
        if "publish_at" in f and not re.fullmatch(
                r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", f["publish_at"]):
            errs.append("bad publish_at %r" % f["publish_at"])
        if "publish_at" in f and \
                dt.datetime.fromisoformat(f["publish_at"]) <= m["date"]:
            errs.append("publish_at is not after the mail's Date")
    if FORBIDDEN in raw_bytes.decode("utf-8", "replace").lower():
        errs.append("forbidden word in output")
    return ["%s: %s" % (name, e) for e in errs]


def main():
    errors = []
    labels = {}
    outputs = {}
    seen = set()
    prev = None
    for i, m in enumerate(MAILS, 1):
        if m["n"] != i:
            errors.append("mail %d is numbered %d" % (i, m["n"]))
        name = "%03d_%s.eml" % (m["n"], m["slug"])
        if name in seen:
            errors.append("duplicate name %s" % name)
        seen.add(name)
        if prev is not None and m["date"] <= prev:
            errors.append("%s: Date not after the previous mail" % name)
        prev = m["date"]
        raw = BUILDERS[m["style"]](m)
        if not raw.endswith("\n"):
            raw += "\n"
        raw_bytes = raw.replace("\r\n", "\n").replace("\n", "\r\n").encode(
            "utf-8")
        errors += check(m, name, raw_bytes)
        outputs[name] = raw_bytes
        labels[name] = {"type": m["type"], "lang": m["lang"],
                        "fields": ordered_fields(m["fields"]),
                        "note": m.get("note", "")}

    types = {}
    langs = {}
    for v in labels.values():
        types[v["type"]] = types.get(v["type"], 0) + 1
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    if types != PLAN_TYPES:
        errors.append("type counts %r differ from plan %r" % (types,
                                                              PLAN_TYPES))
    if langs != PLAN_LANGS:
        errors.append("language counts %r differ from plan %r" % (langs,
                                                                  PLAN_LANGS))
    label_text = json.dumps(labels, indent=2, ensure_ascii=False) + "\n"
    if FORBIDDEN in label_text.lower():
        errors.append("forbidden word in labels.json")

    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        return 1

    for old in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]_*.eml")):
        if os.path.basename(old) not in outputs:
            os.remove(old)
    for name, data in outputs.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8",
              newline="\n") as fh:
        fh.write(label_text)
    print("wrote %d messages and labels.json to %s" % (len(outputs), HERE))
    print("types:", ", ".join("%s %d" % kv for kv in sorted(types.items())))
    print("langs:", ", ".join("%s %d" % kv for kv in sorted(langs.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())

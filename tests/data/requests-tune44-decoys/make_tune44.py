#!/usr/bin/env python3
"""Write the tune44 "decoys" corpus for P4M Helpdesk (60 labelled request mails).

Every mail is a real request (course_data 40, announcement 10,
elearning_support 5, other 5; languages id 34, en 14, mixed 12).  Most
course_data mails carry, next to the one to three real requested changes,
values that are NOT requested new values: old values, values of other
courses, examples and format hints, withdrawn or unapproved values, values
from SIAKAD or the curriculum that are already right, signatures, thanked or
cc'd lecturers, conditional values, start dates, student counts and rooms.
Announcements carry event dates, deadlines and draft dates besides the
publish time.

Standard library only.  Deterministic: Message-IDs, boundaries, queue ids and
IP addresses come from each message's slug, dates are fixed, labels.json is
written with sorted keys, so a rerun rewrites byte-identical files.  Output
goes next to this script.  Before writing, every message is checked (parses
with email.policy.default without defects, CRLF line endings, Date/Subject
round-trip, weekday names match their dates, label strings and the listed
decoys occur in the text, decoys are not labelled values); the script exits
with status 1 if a check or the planned counts fail.
"""

import base64
import datetime as dt
import email
import email.policy
import hashlib
import html
import json
import os
import quopri
import re
import sys
import textwrap
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
HELPDESK = "helpdesk-p4m@polibatam.ac.id"
HELPDESK_NAME = "Helpdesk P4M"
CRLF = "\r\n"

CHANGE_KEYS = {"fullname", "shortname", "lecturer", "class", "semester",
               "credits", "enrolment_key", "summary"}
PLAN_TYPES = {"course_data": 40, "announcement": 10, "elearning_support": 5, "other": 5}
PLAN_LANGS = {"id": 34, "en": 14, "mixed": 12}

EN_DAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_DAY_FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MON_FULL = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
ID_DAY = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
ID_DAY_FULL = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ID_MON = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
ID_MON_FULL = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
               "September", "Oktober", "November", "Desember"]


# --------------------------------------------------------------------------
# deterministic helpers

def digest(seed):
    return hashlib.sha256(seed.encode("utf-8")).digest()


def hexid(seed, n):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("%s#%d" % (seed, i)).encode()).hexdigest()
        i += 1
    return out[:n]


def alnum(seed, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    out = []
    i = 0
    while len(out) < n:
        for b in hashlib.sha256(("%s#%d" % (seed, i)).encode()).digest():
            out.append(alphabet[b % len(alphabet)])
        i += 1
    return "".join(out[:n])


def number(seed, lo, hi):
    return lo + int.from_bytes(digest(seed)[:8], "big") % (hi - lo + 1)


def uuid_like(seed, upper=False):
    h = hexid(seed, 32)
    s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])
    return s.upper() if upper else s


def T(s):
    """Dedent a triple-quoted body and strip the surrounding blank lines."""
    return textwrap.dedent(s).strip("\n")


# --------------------------------------------------------------------------
# dates

def when(s, tz="+0700"):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return d.replace(tzinfo=dt.timezone(off))


WIB = dt.timezone(dt.timedelta(hours=7))


def rfc_date(d, pad=False, comment=None):
    day = "%02d" % d.day if pad else str(d.day)
    s = "%s, %s %s %d %s %s" % (EN_DAY[d.weekday()], day, EN_MON[d.month - 1], d.year,
                                d.strftime("%H:%M:%S"), d.strftime("%z"))
    if comment:
        s += " (%s)" % comment
    return s


def quote_when(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M")


# --------------------------------------------------------------------------
# headers

def fold(name, value, width=76):
    """Fold an ASCII header at spaces so no line is longer than width."""
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
    return CRLF.join(lines)


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def enc_header(name, value):
    if is_ascii(value):
        return fold(name, value)
    enc = Header(value, "utf-8", header_name=name).encode(linesep=CRLF)
    return "%s: %s" % (name, enc)


def mailbox(name, addr):
    if not name:
        return addr
    if not is_ascii(name):
        return "%s <%s>" % (Header(name, "utf-8").encode(), addr)
    if re.search(r'[()<>\[\]:;@\\,."]', name):
        name = '"%s"' % name.replace("\\", "\\\\").replace('"', '\\"')
    return "%s <%s>" % (name, addr)


# --------------------------------------------------------------------------
# bodies

def encode_body(text, cte):
    data = text.replace("\r\n", "\n")
    if not data.endswith("\n"):
        data += "\n"
    raw = data.encode("utf-8")
    if cte == "quoted-printable":
        out = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        out = base64.encodebytes(raw).decode("ascii")
    else:
        out = data
    lines = out.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return CRLF.join(lines) + CRLF


def pick_cte(text, prefer="quoted-printable"):
    lines = text.split("\n")
    longest = max(len(l.encode("utf-8")) for l in lines)
    if prefer == "base64":
        return "base64"
    if is_ascii(text) and longest <= 76:
        return "7bit"
    if prefer == "8bit" and longest <= 900:
        return "7bit" if is_ascii(text) else "8bit"
    return "quoted-printable"


def multipart(boundary, parts):
    out = []
    for hdrs, body in parts:
        out.append("--" + boundary)
        out.extend(hdrs)
        out.append("")
        out.append(body.rstrip("\r\n") + CRLF)
    out.append("--" + boundary + "--")
    return CRLF.join(out) + CRLF


def esc(s):
    return html.escape(s, quote=False)


def flow(lines, width=72):
    """RFC 3676 format=flowed wrapping: soft breaks keep a trailing space."""
    out = []
    for line in lines:
        if line == "-- " or len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        indent = len(line) - len(line.lstrip(" "))
        words = line.strip(" ").split(" ")
        cur = " " * indent
        for w in words:
            if cur.strip() and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur.strip() else cur + w
        out.append(cur)
    return out


def split_sig(lines):
    if "-- " in lines:
        i = lines.index("-- ")
        return lines[:i], lines[i + 1:]
    return lines, None


# quotes --------------------------------------------------------------------

def q_attr(q, client):
    """Attribution / header lines (plain text) for a quoted or forwarded part."""
    w = quote_when(q["when"])
    lang = q.get("lang", "id")
    who = "%s <%s>" % (q["name"], q["addr"])
    to = "%s <%s>" % (q["to_name"], q["to_addr"])
    if client in ("gmail",):
        if q["kind"] == "forward":
            if lang == "id":
                lines = ["---------- Pesan yang diteruskan ---------",
                         "Dari: " + who,
                         "Date: %s, %d %s %d pukul %s" % (ID_DAY[w.weekday()], w.day,
                                                          ID_MON[w.month - 1], w.year,
                                                          w.strftime("%H.%M")),
                         "Subject: " + q["subject"], "To: " + to]
            else:
                lines = ["---------- Forwarded message ---------", "From: " + who,
                         "Date: %s, %s %d, %d at %s" % (EN_DAY[w.weekday()], EN_MON[w.month - 1],
                                                        w.day, w.year, ampm(w)),
                         "Subject: " + q["subject"], "To: " + to]
            return lines
        if lang == "id":
            return ["Pada %s, %d %s %d pukul %s %s" % (ID_DAY[w.weekday()], w.day,
                                                      ID_MON[w.month - 1], w.year,
                                                      w.strftime("%H.%M"), who),
                    "menulis:"]
        return ["On %s, %s %d, %d at %s %s wrote:" % (EN_DAY[w.weekday()], EN_MON[w.month - 1],
                                                      w.day, w.year, ampm(w), who)]
    if client in ("outlook", "outlookcom"):
        if lang == "id":
            lines = ["Dari: " + who,
                     "Dikirim: %s, %02d %s %d %s" % (ID_DAY_FULL[w.weekday()], w.day,
                                                     ID_MON_FULL[w.month - 1], w.year,
                                                     w.strftime("%H.%M")),
                     "Kepada: " + to]
            if q.get("cc"):
                lines.append("Cc: " + q["cc"])
            lines.append("Subjek: " + q["subject"])
        else:
            lines = ["From: " + who,
                     "Sent: %s, %s %d, %d %s" % (EN_DAY_FULL[w.weekday()], EN_MON_FULL[w.month - 1],
                                                 w.day, w.year, ampm(w)),
                     "To: " + to]
            if q.get("cc"):
                lines.append("Cc: " + q["cc"])
            lines.append("Subject: " + q["subject"])
        return lines
    if client == "iphone":
        if lang == "id":
            return ["Pada %d %s %d, pukul %s, %s menulis:" % (w.day, ID_MON[w.month - 1], w.year,
                                                             w.strftime("%H.%M"), who)]
        return ["On %d %s %d, at %s, %s wrote:" % (w.day, EN_MON[w.month - 1], w.year,
                                                   w.strftime("%H:%M"), who)]
    raise ValueError("no quote style for client %s" % client)


def ampm(w):
    h = w.hour % 12 or 12
    return "%d:%02d %s" % (h, w.minute, "AM" if w.hour < 12 else "PM")


def quoted_plain(q, client):
    attr = q_attr(q, client)
    text = T(q["text"]).split("\n")
    if client in ("outlook", "outlookcom"):
        return ["", "________________________________"] + attr + [""] + text
    if client == "gmail" and q["kind"] == "forward":
        return ["", ""] + attr + ["", ""] + text
    out = [""] + attr + [""] if client == "iphone" else [""] + attr
    for l in text:
        out.append(">" if l == "" else "> " + l)
    return out


def html_lines(lines, tag_open, tag_close, empty):
    """Render plain lines as block elements; '> ' lines become a nested blockquote."""
    out = []
    i = 0
    while i < len(lines):
        l = lines[i]
        if l.startswith(">"):
            inner = []
            while i < len(lines) and lines[i].startswith(">"):
                inner.append(lines[i][1:].lstrip(" ") if lines[i] != ">" else "")
                i += 1
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       'padding-left:1ex">')
            out.extend(html_lines(inner, tag_open, tag_close, empty))
            out.append("</blockquote>")
            continue
        out.append(empty if l.strip() == "" else tag_open + esc(l) + tag_close)
        i += 1
    return out


# --------------------------------------------------------------------------
# clients

OUTLOOK_HEAD = T('''
    <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
    <head>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8">
    <meta name="Generator" content="Microsoft Word 15 (filtered medium)">
    <style><!--
    /* Font Definitions */
    @font-face
    	{font-family:Calibri;}
    p.MsoNormal, li.MsoNormal, div.MsoNormal
    	{margin:0cm;
    	font-size:11.0pt;
    	font-family:"Calibri",sans-serif;}
    a:link, span.MsoHyperlink
    	{color:#0563C1;
    	text-decoration:underline;}
    .MsoChpDefault
    	{mso-style-type:export-only;}
    div.WordSection1
    	{page:WordSection1;}
    --></style>
    </head>
    ''')


def received(m, d_wib):
    slug = m["slug"]
    dom = m["from_addr"].split("@")[1]
    client = m["client"]
    qid = alnum(slug + ":qid", 13)
    if client in ("outlook", "outlookcom"):
        region = ["SG2", "PSA", "SG2", "KL1"][number(slug + ":reg", 0, 3)]
        host = "APC01-%s-obe.outbound.protection.outlook.com" % region
        ip = "40.107.%d.%d" % (number(slug + ":ip1", 100, 250), number(slug + ":ip2", 10, 250))
        proto = "ESMTPS"
    elif dom == "gmail.com":
        host = "mail-%s-f%d.google.com" % (["pj1", "pl1", "yb1", "oi1"][number(slug + ":g", 0, 3)],
                                           number(slug + ":gf", 41, 199))
        ip = "209.85.%d.%d" % (number(slug + ":ip1", 160, 230), number(slug + ":ip2", 10, 250))
        proto = "ESMTPS"
    elif dom.startswith("yahoo"):
        host = "sonic%d-%d.consmr.mail.sg3.yahoo.com" % (number(slug + ":s1", 301, 330),
                                                        number(slug + ":s2", 10, 40))
        ip = "106.10.%d.%d" % (number(slug + ":ip1", 240, 248), number(slug + ":ip2", 10, 250))
        proto = "ESMTPS"
    else:
        host = "mail.polibatam.ac.id"
        ip = "103.143.%d.%d" % (number(slug + ":ip1", 70, 71), number(slug + ":ip2", 20, 240))
        proto = "ESMTP"
    rdate = d_wib + dt.timedelta(seconds=number(slug + ":delay", 2, 48))
    first = "Received: from %s (%s [%s]) by" % (host, host, ip)
    if len(first) <= 78:
        head = [first]
    else:
        head = ["Received: from %s" % host, " (%s [%s]) by" % (host, ip)]
    return head + [" mx.polibatam.ac.id (Postfix) with %s id %s for" % (proto, qid),
                   " <%s>; %s" % (HELPDESK, rfc_date(rdate, comment="WIB"))]


def thread_headers(m):
    out = []
    if m.get("references"):
        refs = m["references"]
        out.append("References: " + refs[0])
        for r in refs[1:]:
            out.append(" " + r)
    if m.get("in_reply_to"):
        out.append("In-Reply-To: " + m["in_reply_to"])
    return out


def render(m):
    client = m["client"]
    slug = m["slug"]
    d = m["date"]
    d_wib = d.astimezone(WIB)
    frm = mailbox(m["from_name"], m["from_addr"])
    to_plain = HELPDESK
    lines = T(m["body"]).split("\n") if m.get("body") else []
    lines = [l if l == "-- " else l.rstrip() for l in lines]
    q = m.get("quote")
    dom = m["from_addr"].split("@")[1]
    H = ["Return-Path: <%s>" % m["from_addr"]] + received(m, d_wib)
    cc = m.get("cc")

    if client == "gmail":
        b = "000000000000" + hexid(slug + ":b", 12)
        mid = "<CA%s@mail.gmail.com>" % alnum(slug + ":mid", 50,
                                              "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+-")
        plain = list(lines) + (quoted_plain(q, client) if q else [])
        body_lines, sig = split_sig(lines)
        hb = ['<div dir="ltr">']
        hb += html_lines(body_lines, "<div>", "</div>", "<div><br></div>")
        if sig is not None:
            hb.append('<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" '
                      'class="gmail_signature" data-smartmail="gmail_signature">')
            hb += html_lines(sig, "<div>", "</div>", "<div><br></div>")
            hb.append("</div>")
        hb.append("</div>")
        if q:
            attr = q_attr(q, client)
            qt = T(q["text"]).split("\n")
            if q["kind"] == "forward":
                a = esc(attr[0]) + "<br>" + "<br>".join(esc(x) for x in attr[1:]) + "<br>"
                hb.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div>'
                          '<br><br>' % a)
                hb += html_lines(qt, "<div>", "</div>", "<div><br></div>")
                hb.append("</div>")
            else:
                hb.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br>'
                          '</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                          'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                          % esc(" ".join(attr)))
                hb += html_lines(qt, "<div>", "</div>", "<div><br></div>")
                hb.append("</blockquote></div>")
        ptext = "\n".join(plain)
        htext = "\n".join(hb)
        pc, hc = pick_cte(ptext), "quoted-printable"
        H += ["MIME-Version: 1.0"] + thread_headers(m) + [
            "From: " + frm, "Date: " + rfc_date(d), "Message-ID: " + CRLF + " " + mid,
            enc_header("Subject", m["subject"]), "To: " + to_plain]
        if cc:
            H.append("Cc: " + cc)
        H.append('Content-Type: multipart/alternative; boundary="%s"' % b)
        parts = [(['Content-Type: text/plain; charset="UTF-8"']
                  + ([] if pc == "7bit" else ["Content-Transfer-Encoding: " + pc]),
                  encode_body(ptext, pc)),
                 (['Content-Type: text/html; charset="UTF-8"', "Content-Transfer-Encoding: " + hc],
                  encode_body(htext, hc))]
        return H, multipart(b, parts), mid

    if client in ("outlook", "outlookcom"):
        pref = "SEZPR06MB" if client == "outlook" else "SEYPR03MB"
        srv = pref + str(number(slug + ":srv", 1000, 9999))
        local = srv + hexid(slug + ":mid", 24).upper()
        mid = "<%s@%s.%s.prod.outlook.com>" % (local, srv, "apcprd06" if client == "outlook" else "apcprd03")
        b = "_000_%s%sapcp_" % (srv + hexid(slug + ":b", 24).upper(), srv)
        tindex = base64.b64encode(digest(slug + ":ti")[:22]).decode()
        plain = list(lines) + (quoted_plain(q, client) if q else [])
        hb = [OUTLOOK_HEAD, '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
              % ("id-ID" if m["label"]["lang"] == "id" else "EN-US"), '<div class="WordSection1">']
        P = ('<p class="MsoNormal">', "<o:p></o:p></p>", '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        hb += html_lines(lines, *P)
        if q:
            hb.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            for a in q_attr(q, client):
                k, v = a.split(": ", 1)
                hb.append('<p class="MsoNormal"><b>%s:</b> %s<o:p></o:p></p>' % (esc(k), esc(v)))
            hb.append("</div>")
            hb.append(P[2])
            hb += html_lines(T(q["text"]).split("\n"), *P)
        hb += ["</div>", "</body>", "</html>"]
        ptext, htext = "\n".join(plain), "\n".join(hb)
        charset = "us-ascii" if is_ascii(ptext) else "utf-8"
        H += ["From: " + frm, 'To: "%s" <%s>' % (HELPDESK, HELPDESK)]
        if cc:
            H.append("CC: " + cc)
        subj_topic = re.sub(r"^(RE|TR|FW|Re|Fwd): ", "", m["subject"])
        H += [enc_header("Subject", m["subject"]), enc_header("Thread-Topic", subj_topic),
              "Thread-Index: " + tindex, "Date: " + rfc_date(d, pad=True),
              "Message-ID: " + CRLF + " " + mid] + thread_headers(m)
        H += ["Accept-Language: %s" % ("en-US, id-ID" if m["label"]["lang"] == "en" else "id-ID, en-US"),
              "Content-Language: %s" % ("en-US" if m["label"]["lang"] == "en" else "id-ID"),
              "X-MS-Has-Attach: ", "X-MS-TNEF-Correlator: "]
        if client == "outlookcom":
            H.append("X-OriginatorOrg: outlook.com")
        H += ["Content-Type: multipart/alternative;", ' boundary="%s"' % b, "MIME-Version: 1.0"]
        parts = [(['Content-Type: text/plain; charset="%s"' % charset,
                   "Content-Transfer-Encoding: quoted-printable"],
                  encode_body(ptext, "quoted-printable")),
                 (['Content-Type: text/html; charset="%s"' % charset,
                   "Content-Transfer-Encoding: quoted-printable"],
                  encode_body(htext, "quoted-printable"))]
        return H, multipart(b, parts), mid

    if client == "zimbra":
        mid = "<%d.%d.%d.JavaMail.zimbra@polibatam.ac.id>" % (
            number(slug + ":z1", 10 ** 9, 2 * 10 ** 9 - 1), number(slug + ":z2", 10 ** 6, 9999999),
            int(d.timestamp()) * 1000 + number(slug + ":ms", 0, 999))
        b = "=_" + uuid_like(slug + ":b")
        tindex = alnum(slug + ":ti", 28)
        hb = ['<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; '
              'color: #000000">']
        hb += html_lines(lines, "<div>", "</div>", '<div><br data-mce-bogus="1"></div>')
        hb.append("</div></body></html>")
        ptext, htext = "\n".join(lines), "\n".join(hb)
        pc = pick_cte(ptext, "8bit")
        H += ["Date: " + rfc_date(d, comment="WIB"), "From: " + frm,
              "To: helpdesk-p4m <%s>" % HELPDESK, "Message-ID: " + mid] + thread_headers(m)
        H += [enc_header("Subject", m["subject"]), "MIME-Version: 1.0",
              "Content-Type: multipart/alternative;", ' boundary="%s"' % b,
              "X-Originating-IP: [10.10.%d.%d]" % (number(slug + ":o1", 20, 22), number(slug + ":o2", 10, 250)),
              "X-Mailer: Zimbra 8.8.15_GA_4484 (ZimbraWebClient - GC%d (Win)/8.8.15_GA_4481)"
              % number(slug + ":gc", 118, 131),
              enc_header("Thread-Topic", m["subject"]), "Thread-Index: " + tindex]
        parts = [(["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: " + pc],
                  encode_body(ptext, pc)),
                 (["Content-Type: text/html; charset=utf-8",
                   "Content-Transfer-Encoding: quoted-printable"],
                  encode_body(htext, "quoted-printable"))]
        return H, multipart(b, parts), mid

    if client == "thunderbird":
        mid = "<%s@%s>" % (uuid_like(slug + ":mid"), dom)
        plain = flow(lines)
        ptext = "\n".join(plain)
        pc = pick_cte(ptext, "8bit")
        H += ["Message-ID: " + mid, "Date: " + rfc_date(d), "MIME-Version: 1.0",
              "User-Agent: Mozilla Thunderbird",
              "Content-Language: %s" % ("en-US" if m["label"]["lang"] == "en" else "id")]
        H += thread_headers(m)
        H += ["To: Helpdesk P4M <%s>" % HELPDESK, "From: " + frm]
        if cc:
            H.append("Cc: " + cc)
        H += [enc_header("Subject", m["subject"]),
              "Content-Type: text/plain; charset=UTF-8; format=flowed",
              "Content-Transfer-Encoding: " + pc]
        return H, encode_body(ptext, pc), mid

    if client == "thunderbird_html":
        mid = "<%s@%s>" % (uuid_like(slug + ":mid"), dom)
        htext = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="content-type" '
                 'content="text/html; charset=UTF-8">\n  </head>\n  <body>\n'
                 + T(m["html"]) + "\n  </body>\n</html>")
        hc = pick_cte(htext)
        H += ["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: " + hc,
              "Message-ID: " + mid, "Date: " + rfc_date(d), "MIME-Version: 1.0",
              "User-Agent: Mozilla Thunderbird",
              "Content-Language: %s" % ("en-US" if m["label"]["lang"] == "en" else "id")]
        H += thread_headers(m)
        H += ["To: Helpdesk P4M <%s>" % HELPDESK, "From: " + frm, enc_header("Subject", m["subject"])]
        return H, encode_body(htext, hc), mid

    if client == "yahoo":
        ms = int(d.timestamp()) * 1000 + number(slug + ":ms", 0, 999)
        mid = "<%d.%d.%d@mail.yahoo.com>" % (number(slug + ":y1", 10 ** 8, 2 * 10 ** 9),
                                             number(slug + ":y2", 10 ** 6, 9999999), ms)
        b = "----=_Part_%d_%d.%d" % (number(slug + ":p1", 10 ** 6, 9999999),
                                     number(slug + ":p2", 10 ** 8, 2 * 10 ** 9), ms)
        hb = ['<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:'
              'Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' % hexid(slug + ":y", 8)]
        hb += html_lines(lines, '<div dir="ltr" data-setdir="false">', "</div>",
                         '<div dir="ltr" data-setdir="false"><br></div>')
        hb.append("</div></body></html>")
        ptext, htext = "\n".join(lines), "\n".join(hb)
        H += ["Date: " + rfc_date(d), "From: " + frm, 'To: "%s" <%s>' % (HELPDESK, HELPDESK),
              "Message-ID: " + mid] + thread_headers(m)
        H += [enc_header("Subject", m["subject"]), "MIME-Version: 1.0",
              "Content-Type: multipart/alternative;", ' boundary="%s"' % b,
              "X-Mailer: WebService/1.1.%d YMailNorrin" % number(slug + ":wm", 22000, 24999)]
        parts = [(["Content-Type: text/plain; charset=UTF-8",
                   "Content-Transfer-Encoding: quoted-printable"], encode_body(ptext, "quoted-printable")),
                 (["Content-Type: text/html; charset=UTF-8",
                   "Content-Transfer-Encoding: quoted-printable"], encode_body(htext, "quoted-printable"))]
        return H, multipart(b, parts), mid

    if client == "iphone":
        mid = "<%s@%s>" % (uuid_like(slug + ":mid", upper=True), dom)
        plain = list(lines) + (quoted_plain(q, client) if q else [])
        ptext = "\n".join(plain)
        H += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable",
              "From: " + frm, "Mime-Version: 1.0 (1.0)", "Date: " + rfc_date(d),
              enc_header("Subject", m["subject"]), "Message-Id: " + mid] + thread_headers(m)
        H += ["To: " + HELPDESK, "X-Mailer: iPhone Mail (22D72)"]
        return H, encode_body(ptext, "quoted-printable"), mid

    if client == "samsung":
        mid = "<%s@email.android.com>" % uuid_like(slug + ":mid")
        b = "--_com.samsung.android.email_%d" % number(slug + ":b", 10 ** 14, 10 ** 15 - 1)
        hb = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
              '<body dir="auto">']
        hb += html_lines(lines, '<div dir="auto">', "</div>", '<div dir="auto"><br></div>')
        hb.append("</body></html>")
        ptext, htext = "\n".join(lines), "\n".join(hb)
        H += ["MIME-Version: 1.0", "From: " + frm, "To: " + HELPDESK, enc_header("Subject", m["subject"]),
              "Date: " + rfc_date(d), "Message-ID: " + mid, "Importance: normal",
              "X-Priority: 3"] + thread_headers(m)
        H += ['Content-Type: multipart/alternative; boundary="%s"' % b]
        parts = [(["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64"],
                  encode_body(ptext, "base64")),
                 (["Content-Type: text/html; charset=UTF-8", "Content-Transfer-Encoding: base64"],
                  encode_body(htext, "base64"))]
        return H, multipart(b, parts), mid

    raise ValueError("unknown client " + client)


# --------------------------------------------------------------------------
# the mails

MAILS = []


def add(slug, client, date, from_name, from_addr, subject, label, body=None, html_body=None,
        tz="+0700", quote=None, cc=None, in_reply_to=None, references=None, decoys=()):
    MAILS.append({
        "slug": slug, "client": client, "date": when(date, tz), "from_name": from_name,
        "from_addr": from_addr, "subject": subject, "label": label, "body": body,
        "html": html_body, "quote": quote, "cc": cc, "in_reply_to": in_reply_to,
        "references": references or ([in_reply_to] if in_reply_to else None),
        "decoys": list(decoys)})


def cd(lang, code, name, changes, note):
    f = {"changes": changes}
    if code:
        f["course_code"] = code
    if name:
        f["course_name"] = name
    return {"type": "course_data", "lang": lang, "fields": f, "note": note}


def ann(lang, title, scope, publish_at, note, code=None, name=None):
    f = {"title": title, "scope": scope}
    if publish_at:
        f["publish_at"] = publish_at
    if code:
        f["course_code"] = code
    if name:
        f["course_name"] = name
    return {"type": "announcement", "lang": lang, "fields": f, "note": note}


def plain(type_, lang, note):
    return {"type": type_, "lang": lang, "fields": {}, "note": note}


HD_SIG = T("""
    Salam,
    Tim Helpdesk P4M
    Pusat Penjaminan Mutu dan Pengembangan Pembelajaran
    Politeknik Negeri Batam
    """)

# 001 ---------------------------------------------------------------------
add("old-new-block-shortname-pbo", "gmail", "2026-11-02 08:12:41",
    "Hendra Gunawan", "hendra.gunawan@polibatam.ac.id",
    "Perubahan short name course PBO",
    cd("id", "IF2105", "Pemrograman Berorientasi Objek", {"shortname": "IF2105-PBO-26"},
       "Lama/baru block: the old short name PBO-2025 sits next to the new one; the MK code "
       "identifies the course; NIP, room and extension in the signature."),
    body="""
    Selamat pagi Tim P4M,

    Mohon bantuan perubahan data course berikut di e-learning:

    Kode MK          : IF2105
    Nama MK          : Pemrograman Berorientasi Objek
    Short name lama  : PBO-2025
    Short name baru  : IF2105-PBO-26

    Short name lama masih mengikuti format tahun lalu, sedangkan prodi sekarang meminta semua short name diawali kode MK. Nama lengkap, dosen pengampu dan kelas tidak berubah.

    Terima kasih.

    -- 
    Hendra Gunawan, S.Kom., M.T.
    NIP 198703122015041002
    Dosen Teknik Informatika | Ruang TI-305 | ext. 2231
    """,
    decoys=["PBO-2025", "198703122015041002", "TI-305", "Hendra Gunawan, S.Kom., M.T."])

# 002 ---------------------------------------------------------------------
add("instead-of-cc-old-lecturer", "outlookcom", "2026-11-02 15:40:17",
    "Markus Lindqvist", "m.lindqvist@outlook.com",
    "Lecturer name on Renewable Energy Systems (TRE4102)",
    cd("en", "TRE4102", "Renewable Energy Systems", {"lecturer": "Dr. Markus Lindqvist"},
       "The current lecturer (cc'd) is named after 'instead of'; the credits are already right; "
       "the signature writes the name with Ph.D., not in the requested form."),
    cc="Yudi Prasetyo <yudi.prasetyo@polibatam.ac.id>",
    body="""
    Dear P4M team,

    I have taken over Renewable Energy Systems (TRE4102) this semester as a visiting lecturer. The course page still shows Ir. Yudi Prasetyo, M.T. as the lecturer; he coordinated the course last year and I have copied him on this email so that he knows.

    Please list the lecturer as "Dr. Markus Lindqvist" instead of Ir. Yudi Prasetyo, M.T. (just that, without other titles).

    The course is 3 credits, which is what the page already says, so nothing to change there.

    Many thanks,

    Markus Lindqvist, Ph.D.
    Visiting Lecturer, Department of Electrical Engineering
    Politeknik Negeri Batam | Room B-212 | +62 812 7001 4432
    Sent from Outlook
    """,
    decoys=["Ir. Yudi Prasetyo, M.T.", "Markus Lindqvist, Ph.D.", "3 credits", "B-212"])

# 003 ---------------------------------------------------------------------
add("edom-event-and-draft-dates", "zimbra", "2026-11-03 09:05:12",
    "Lina Marlina", "lina.marlina@polibatam.ac.id",
    "Mohon publikasi pengumuman EDOM Ganjil 2026/2027",
    ann("id", "Pengisian EDOM Semester Ganjil 2026/2027", "site", "2026-11-09T07:00:00+07:00",
        "Decoy dates: the EDOM window (16-28 November) and the day the draft went to the head "
        "of P4M; only the stated publish time is publish_at."),
    body="""
    Dengan hormat,

    Bersama ini kami mohon bantuan Tim P4M untuk mempublikasikan pengumuman berikut di halaman depan e-learning (untuk seluruh mahasiswa):

    Judul: Pengisian EDOM Semester Ganjil 2026/2027

    Isi:
    Pengisian Evaluasi Dosen oleh Mahasiswa (EDOM) Semester Ganjil 2026/2027 dibuka mulai Senin, 16 November 2026 sampai dengan Sabtu, 28 November 2026 melalui SIAKAD. Mahasiswa yang belum mengisi EDOM sampai batas waktu tersebut tidak dapat melihat nilai akhir semester.

    Mohon pengumuman ditayangkan pada Senin, 9 November 2026 pukul 07.00 WIB. Draf pengumuman ini sudah kami kirim ke Kepala P4M pada Jumat, 30 Oktober 2026 dan telah disetujui.

    Terima kasih atas kerja samanya.

    Lina Marlina
    Bagian Akademik dan Kemahasiswaan
    Politeknik Negeri Batam
    Telp. (0778) 469858 ext. 1017
    """,
    decoys=["Senin, 16 November 2026", "Sabtu, 28 November 2026", "Jumat, 30 Oktober 2026"])

# 004 ---------------------------------------------------------------------
add("phone-typed-class-withdrawn-key", "iphone", "2026-11-03 20:15:33",
    "Yoga Pratama", "yoga.pratama@polibatam.ac.id",
    "Course fisika terapan",
    cd("id", "TRE1102", "Fisika Terapan", {"class": "TRE-1C", "enrolment_key": "FT1C-ganjil26"},
       "Phone-typed abbreviations. The old class TRE-1B comes first; the key fisika123 is "
       "rejected by the writer himself."),
    body="""
    Mlm min, mhn bantuannya utk course Fisika Terapan (TRE1102) yg sy ampu. Kelasnya msh TRE-1B, tlg diganti jd TRE-1C ya krn sy pindah rombel.

    Enrol key jg tlg diganti. Td siang sy sempat mau pakai fisika123 tp jgn deh, terlalu gampang. Pakai FT1C-ganjil26 aja.

    Mksh bnyk \U0001f64f

    Dikirim dari iPhone saya
    """,
    decoys=["TRE-1B", "fisika123"])

# 005 ---------------------------------------------------------------------
add("comparison-course-shortname", "gmail", "2026-11-04 10:22:08",
    "Rizky Aditya", "rizky.aditya@polibatam.ac.id",
    "Course Sistem Tertanam - ganti ke nama English",
    cd("mixed", "TRE3104", "Sistem Tertanam",
       {"fullname": "Embedded Systems", "shortname": "TRE3104-ES"},
       "Code-switching. Decoys: the short name of another course used as a model (TRE3105-DSP); "
       "the old name called 'yang lama'; regular classes that keep their course; 'next semester' "
       "says when, it is not a semester value."),
    body="""
    Halo tim P4M,

    Untuk course Sistem Tertanam (TRE3104) kelas internasional, tolong full name-nya diganti jadi "Embedded Systems" dan short name jadi TRE3104-ES, biar konsisten seperti di MK Digital Signal Processing yang short name-nya TRE3105-DSP.

    FYI, the course will be taught fully in English starting next semester, jadi nama yang lama, "Sistem Tertanam", sudah nggak dipakai lagi di kelas ini. Kelas reguler (TRE-3A, TRE-3B) tetap pakai course mereka sendiri, jangan diubah ya.

    Thanks a lot!
    Rizky
    """,
    decoys=["TRE3105-DSP", "Digital Signal Processing", "TRE-3A"])

# 006 ---------------------------------------------------------------------
add("support-enrol-key-quoted-by-student", "yahoo", "2026-11-04 13:05:51",
    "Salsabila Putri", "salsabilaputri04@yahoo.co.id",
    "tidak bisa masuk course Basis Data, enrolment key salah",
    plain("elearning_support", "id",
          "A student cannot enrol; the key and class she quotes are facts of the problem, not "
          "requested changes."),
    body="""
    Selamat siang kak,

    Saya Salsabila dari kelas TI-2A. Saya mau masuk course Basis Data (IF2203) tapi waktu saya masukkan enrolment key yang dikasih dosen di grup kelas, yaitu BD-2026, selalu muncul "Incorrect enrolment key". Sudah saya coba dengan huruf besar dan kecil tetap sama. Teman-teman yang lain sudah bisa masuk.

    Tugas pertama deadline-nya Jumat ini, mohon bantuannya kak.

    Terima kasih,
    Salsabila Putri
    NIM 3312401023
    """,
    decoys=["BD-2026", "TI-2A"])

# 007 ---------------------------------------------------------------------
add("numbered-list-siakad-room-count", "outlook", "2026-11-05 09:30:26",
    "Siti Rahmawati", "siti.rahmawati@polibatam.ac.id",
    "Permohonan pembaruan data course AK2203 \u2013 Akuntansi Keuangan Menengah",
    cd("id", "AK2203", "Akuntansi Keuangan Menengah",
       {"fullname": "Akuntansi Keuangan Menengah I", "lecturer": "Nurhayati, S.E., M.Si., Ak.",
        "credits": "4"},
       "Numbered list of three changes. Decoys: class, student count and room from SIAKAD that "
       "need no change; the meeting date; the summary is asked for without its text (left out); "
       "phone in the signature."),
    body="""
    Yth. Tim Helpdesk P4M,

    Menindaklanjuti rapat Prodi Akuntansi Manajerial tanggal 2 November 2026, kami mohon pembaruan data course AK2203 \u2013 Akuntansi Keuangan Menengah di e-learning sebagai berikut:

    1. Nama lengkap menjadi: Akuntansi Keuangan Menengah I
    2. Dosen pengampu menjadi: Nurhayati, S.E., M.Si., Ak.
    3. Jumlah SKS menjadi: 4

    Sebagai informasi, kelas AK-2A (38 mahasiswa, ruang B-301) di SIAKAD sudah benar sehingga data kelas tidak perlu diubah. Deskripsi course juga mohon diperbarui; teksnya akan kami kirim menyusul setelah diperiksa Kaprodi.

    Hormat kami,

    Siti Rahmawati
    Staf Administrasi Prodi Akuntansi Manajerial
    Politeknik Negeri Batam
    Telp. (0778) 469858 ext. 1207
    """,
    decoys=["AK-2A", "38 mahasiswa", "B-301", "2 November 2026"])

# 008 ---------------------------------------------------------------------
add("singapore-time-field-visit-dates", "gmail", "2026-11-05 17:10:22",
    "Helen Tan", "helen.tan.sg@gmail.com",
    "Announcement for Marine Structures (TPK3201)",
    ann("en", "Field Visit to Batamec Shipyard", "course", "2026-11-06T07:00:00+07:00",
        "Publish time named in Singapore time (UTC+8): 8:00 SGT = 07:00 WIB; the Date header is "
        "+0800. Decoy dates: the visit day, the form deadline and the meeting time.",
        code="TPK3201", name="Marine Structures"),
    tz="+0800",
    body="""
    Hello P4M helpdesk,

    Could you please post the following announcement in my course Marine Structures (TPK3201)?

    Title: Field Visit to Batamec Shipyard

    The field visit to Batamec Shipyard takes place on Thursday, 19 November 2026. We meet at the Polibatam main gate at 07.30 WIB. Please upload the signed safety form to the course by Monday, 16 November 2026, 23.59. Students without the form cannot join the visit.

    Please have it go live on Friday, 6 November 2026 at 8:00 am Singapore time, so that I can check it before my first class.

    Thank you!
    Helen Tan, Ph.D.
    Adjunct Lecturer, Shipbuilding Engineering
    Politeknik Negeri Batam
    """,
    decoys=["Thursday, 19 November 2026", "Monday, 16 November 2026"])

# 009 ---------------------------------------------------------------------
add("javanese-masih-tertulis-semester", "zimbra", "2026-11-06 07:55:40",
    "Sri Mulyani", "sri.mulyani@polibatam.ac.id",
    "Semester course Gambar Teknik keliru",
    cd("id", "MS1103", "Gambar Teknik", {"semester": "Ganjil 2026/2027"},
       "Javanese flavour. Decoys: the old semester after 'masih tertulis'; the class that stays; "
       "the student count; NIP."),
    body="""
    Sugeng enjing Mas/Mbak P4M,

    Nyuwun sewu, ngrepoti. Course Gambar Teknik (MS1103) yang saya ampu kok masih tertulis semester Ganjil 2025/2026, padahal itu course untuk tahun ini. Mohon semesternya diganti dados Ganjil 2026/2027 nggih.

    Kelasnya tetap MS-1A, mboten wonten ewah-ewahan. Pesertanya juga sudah pas, 32 mahasiswa.

    Matur nuwun sanget.

    Sri Mulyani, S.T., M.Eng.
    NIP 197905142006042001
    Jurusan Teknik Mesin
    """,
    decoys=["Ganjil 2025/2026", "MS-1A", "32 mahasiswa", "197905142006042001"])

# 010 ---------------------------------------------------------------------
add("other-courses-credits-unapproved-rename", "thunderbird", "2026-11-06 14:20:05",
    "Anita Sembiring", "anita.sembiring@polibatam.ac.id",
    "Credits and summary for Technical English for Engineers",
    cd("en", "BI1201", "Technical English for Engineers",
       {"credits": "3",
        "summary": "This course develops the reading, writing and presentation skills engineers "
                   "need at work: technical reports, safety instructions, product specifications "
                   "and short presentations to clients."},
       "Decoys: the old credits ('from 2'); the credits of two other courses; a new name "
       "suggested by a colleague and not approved; the committee date."),
    body="""
    Hello,

    For the course Technical English for Engineers (BI1201), please change the credits from 2 to 3, as approved by the curriculum committee on 28 October 2026.

    Please also replace the course summary with this text:

    This course develops the reading, writing and presentation skills engineers need at work: technical reports, safety instructions, product specifications and short presentations to clients.

    For comparison, Business English (BI1202) and Academic Writing (BI2203) stay at 2 credits, so please leave those courses as they are. A colleague has suggested renaming our course to "English for Engineering Communication", but the committee has not discussed it yet, so please keep the current name for now.

    Regards,

    -- 
    Anita Sembiring, M.A.
    Language Centre, Politeknik Negeri Batam
    """,
    decoys=["English for Engineering Communication", "BI1202", "BI2203", "28 October 2026"])

# 011 ---------------------------------------------------------------------
add("reply-with-format-example-in-quote", "gmail", "2026-11-09 08:40:44",
    "Dimas Saputra", "dimas.saputra@polibatam.ac.id",
    "Re: [P4M #2026-1032] Ganti kelas course RPL",
    cd("id", "IF3203", "Rekayasa Perangkat Lunak", {"class": "TI-3B Malam"},
       "Reply: the new class is in the new text. Decoys: the helpdesk's format examples "
       "(TI-2A, TI-2B Pagi) and the old class TI-3A in the quoted thread."),
    in_reply_to="<tkt-2026-1032.reply1@helpdesk.polibatam.ac.id>",
    references=["<CAtkt1032orig@mail.gmail.com>", "<tkt-2026-1032.reply1@helpdesk.polibatam.ac.id>"],
    quote={"kind": "reply", "lang": "id", "name": HELPDESK_NAME, "addr": HELPDESK,
           "when": "2026-11-06 15:20", "to_name": "Dimas Saputra",
           "to_addr": "dimas.saputra@polibatam.ac.id",
           "subject": "[P4M #2026-1032] Ganti kelas course RPL",
           "text": T("""
            Yth. Bapak Dimas,

            Terima kasih atas permohonannya. Mohon informasikan nama kelas baru yang diinginkan secara lengkap, misalnya TI-2A atau TI-2B Pagi, agar dapat segera kami proses.
            """) + "\n\n" + HD_SIG + "\n\n" + T("""
            Pada Jum, 6 Nov 2026 pukul 11.02 Dimas Saputra <dimas.saputra@polibatam.ac.id>
            menulis:
            > Mas, kelas di course RPL saya masih TI-3A, tolong diganti ya. Makasih
            """)},
    body="""
    Pagi mas, maaf kurang lengkap kemarin. Kelasnya TI-3B Malam. Course-nya Rekayasa Perangkat Lunak (IF3203).

    TI-3A yang sekarang tertulis itu kelas saya tahun lalu.

    Dimas
    """,
    decoys=["TI-2B Pagi", "TI-3A"])

# 012 ---------------------------------------------------------------------
add("thanks-repeats-done-values", "gmail", "2026-11-09 11:02:19",
    "Maria Ulfa", "maria.ulfa@polibatam.ac.id",
    "Re: [P4M #2026-0998] Short name dan enrolment key Statistika",
    plain("other", "id",
          "Thanks and a rating for a finished ticket; it repeats the values already applied, so "
          "nothing new is requested."),
    in_reply_to="<tkt-2026-0998.resolved@helpdesk.polibatam.ac.id>",
    quote={"kind": "reply", "lang": "id", "name": HELPDESK_NAME, "addr": HELPDESK,
           "when": "2026-11-06 16:05", "to_name": "Maria Ulfa",
           "to_addr": "maria.ulfa@polibatam.ac.id",
           "subject": "[P4M #2026-0998] Short name dan enrolment key Statistika",
           "text": T("""
            Yth. Ibu Maria Ulfa,

            Permohonan Anda telah selesai kami proses:
            - short name course Statistika (MA2102): MA2102 menjadi MA2102-STAT
            - enrolment key: statgasal26

            Mohon berikan penilaian atas layanan kami dengan membalas email ini dengan angka 1 sampai 5.
            """) + "\n\n" + HD_SIG},
    body="""
    Terima kasih banyak Tim P4M, sudah saya cek: short name sekarang sudah MA2102-STAT dan enrolment key statgasal26 sudah bisa dipakai mahasiswa. Cepat sekali prosesnya.

    Untuk penilaian layanan: 5.

    Tidak ada perubahan lain, tiket ini boleh ditutup.

    Salam,
    Maria Ulfa, S.Si., M.Si.
    """,
    decoys=["MA2102-STAT", "statgasal26"])

# 013 ---------------------------------------------------------------------
add("bukan-lagi-tapi-thanked-lecturer", "yahoo", "2026-11-10 19:45:03",
    "Novita Sari", "novita_sari88@yahoo.co.id",
    "Update dosen course Perilaku Konsumen MB2104",
    cd("mixed", "MB2104", "Perilaku Konsumen",
       {"lecturer": "Dra. Lusiana Hutapea, M.M.", "enrolment_key": "PK-Lusi26"},
       "Code-switching. Decoys: the outgoing lecturer, thanked, after 'bukan ... lagi'; the date "
       "from which the change applies; the old key."),
    body="""
    Malam tim P4M,

    Untuk course Perilaku Konsumen (MB2104), dosennya bukan Pak Ferry Kurniawan, S.E., M.M. lagi tapi Dra. Lusiana Hutapea, M.M. mulai pertemuan ke-9 tanggal 16 November 2026. Big thanks to Pak Ferry, he handled the first half of the semester really well, tapi beliau sekarang pindah tugas ke kampus Tanjungpinang.

    Also please change the enrolment key to PK-Lusi26, yang lama (konsumen2025) sudah beredar ke angkatan atas.

    Thank you so much!
    Novita Sari
    Koordinator MK, Prodi Administrasi Bisnis Terapan
    """,
    decoys=["Ferry Kurniawan, S.E., M.M.", "konsumen2025", "16 November 2026"])

# 014 ---------------------------------------------------------------------
add("forward-kaprodi-conditional-lecturer", "outlook", "2026-11-11 10:15:37",
    "Agus Salim", "agus.salim@polibatam.ac.id",
    "TR: Data course Mekanika Fluida",
    cd("id", "MS2204", "Mekanika Fluida",
       {"fullname": "Mekanika Fluida dan Hidrolika", "credits": "3"},
       "Forwarded instruction; the request is in the forwarded part. Decoys: the old credits; "
       "a lecturer conditional on a department meeting (not to be changed yet); the "
       "signatures with extension and NIP."),
    quote={"kind": "forward", "lang": "id", "name": "Dr. Eko Prasetya",
           "addr": "eko.prasetya@polibatam.ac.id", "when": "2026-11-10 16:48",
           "to_name": "Agus Salim", "to_addr": "agus.salim@polibatam.ac.id",
           "subject": "Data course Mekanika Fluida",
           "text": """
            Pak Agus,

            Tolong sampaikan ke P4M untuk course Mekanika Fluida (MS2204):
            - nama lengkap diganti jadi Mekanika Fluida dan Hidrolika
            - SKS jadi 3 (di e-learning masih 2)

            Soal dosen pengampu, kalau rapat jurusan tanggal 20 November setuju, nanti Ir. Hasan Basri, M.T. yang pegang kelas MS-2B. Itu belum pasti, jadi jangan diubah dulu.

            Salam,
            Dr. Eko Prasetya, S.T., M.T.
            Ketua Program Studi Teknik Mesin
            NIP 197601012003121001
            """},
    body="""
    Dear Tim P4M,

    Berikut saya teruskan arahan Kaprodi untuk course Mekanika Fluida. Mohon dibantu.

    Terima kasih,
    Agus Salim
    Staf Administrasi Jurusan Teknik Mesin
    Ext. 1302
    """,
    decoys=["Ir. Hasan Basri, M.T.", "MS-2B", "masih 2", "Dr. Eko Prasetya, S.T., M.T."])

# 015 ---------------------------------------------------------------------
add("timetable-handout-old-key", "gmail", "2026-11-11 21:30:58",
    "Jose Ramon Dela Cruz", "jr.delacruz.ph@gmail.com",
    "Power System Analysis - enrolment key and short name",
    cd("en", "EL3106", "Power System Analysis",
       {"enrolment_key": "PSA-Dec26!", "shortname": "EL3106-PSA"},
       "Decoys: last year's key printed on the timetable handout; the course code shown as the "
       "current short name; student count and the two classes, which stay; phone."),
    body="""
    Hi P4M team,

    Two small things for EL3106 Power System Analysis, please:

    1. New enrolment key: PSA-Dec26!
       The key printed on the timetable handout (psa2025) is last year's and should no longer work.
    2. Short name: EL3106-PSA (right now it just shows EL3106).

    There are 64 students in the two classes, EL-3A and EL-3B, and both are fine as they are.

    Cheers,
    Jose Ramon Dela Cruz, PE
    Visiting Lecturer, Electrical Engineering
    WhatsApp +63 917 555 0142
    """,
    decoys=["psa2025", "64 students", "EL-3A", "EL-3B"])
# 016 ---------------------------------------------------------------------
add("besok-jam-enam-quiz-dates", "iphone", "2026-11-15 21:40:09",
    "Wahyuni Hasibuan", "wahyuni.hasibuan@polibatam.ac.id",
    "Pengumuman kuis Kimia Dasar",
    ann("id", "Kuis 3 Dipindah ke Kamis", "course", "2026-11-16T06:00:00+07:00",
        "'besok jam 6 pagi' counted from a Sunday-evening Date header. Decoy dates: the old and "
        "the new quiz day, the report deadline.",
        code="TKI1101", name="Kimia Dasar"),
    body="""
    Malam min, maaf ganggu hari Minggu. Tolong tayangkan pengumuman ini di course Kimia Dasar (TKI1101) besok jam 6 pagi ya:

    Kuis 3 Dipindah ke Kamis
    Kuis 3 yang semula Rabu, 18 November 2026 dipindah ke Kamis, 19 November 2026 jam 08.00 di Lab Kimia. Batas unggah laporan praktikum tetap Jumat, 20 November 2026 pukul 23.59.

    Makasih min \U0001f64f

    Dikirim dari iPhone saya
    """,
    decoys=["Rabu, 18 November 2026", "Kamis, 19 November 2026", "Jumat, 20 November 2026"])

# 017 ---------------------------------------------------------------------
add("minang-old-class-phone-signature", "samsung", "2026-11-16 09:10:45",
    "Yulia Rahmi", "yulia.rahmi@polibatam.ac.id",
    "Kelas course APS salah",
    cd("id", "SI2203", "Analisis dan Perancangan Sistem", {"class": "SI-2B"},
       "Minang flavour. Decoys: the old class SI-2A, which is also another lecturer's class in "
       "another course; the phone number."),
    body="""
    Assalamualaikum uda/uni P4M,

    Ambo nio minta tolong saketek. Course Analisis dan Perancangan Sistem (SI2203) kelasnyo masih tatulih SI-2A, padahal ambo mangaja kelas SI-2B. Tolong diganti jadi SI-2B yo.

    Kelas SI-2A tu dipegang Pak Irwan di course surang, jadi indak usah diubah nan itu.

    Kalau ado nan kurang jaleh, hubungi ambo di 0813-6612-7788.

    Tarimo kasih banyak.

    Yulia Rahmi, S.Kom., M.Kom.
    Dosen Prodi Sistem Informasi

    Dikirim dari ponsel Samsung Galaxy saya
    """,
    decoys=["SI-2A", "0813-6612-7788"])

# 018 ---------------------------------------------------------------------
add("hmj-proposal-and-format-example", "outlook", "2026-11-16 14:25:14",
    "Bayu Nugroho", "bayu.nugroho@polibatam.ac.id",
    "Perubahan nama dan short name course Pengujian Perangkat Lunak",
    cd("mixed", "RPL3102", "Pengujian Perangkat Lunak",
       {"fullname": "Pengujian dan Penjaminan Mutu Perangkat Lunak", "shortname": "RPL3102-PPMPL"},
       "Code-switching. Decoys: a format example taken from another course (RPL3101-APS); a "
       "short name proposed by the student association and rejected (SQA-2026)."),
    body="""
    Dear Tim P4M,

    Mohon bantuan untuk course Pengujian Perangkat Lunak (RPL3102):

    - Full name: Pengujian dan Penjaminan Mutu Perangkat Lunak
    - Short name: RPL3102-PPMPL

    For the short name we follow the prodi format, kode MK + singkatan, e.g. RPL3101-APS untuk Analisis Persyaratan Sistem. HMJ sempat mengusulkan short name "SQA-2026", but that proposal was not approved by the prodi, so please don't use it.

    Thanks in advance,
    Bayu Nugroho, S.T., M.Kom.
    Sekretaris Prodi Rekayasa Perangkat Lunak
    """,
    decoys=["RPL3101-APS", "SQA-2026"])

# 019 ---------------------------------------------------------------------
add("html-table-current-vs-should", "thunderbird_html", "2026-11-17 10:00:31",
    "Putu Ayu Lestari", "putu.ayu@polibatam.ac.id",
    "Koreksi data course GM3105",
    cd("id", "GM3105", "Sistem Informasi Geografis Lanjut",
       {"fullname": "Analisis Spasial Lanjut", "lecturer": "Putu Ayu Lestari, S.T., M.Sc."},
       "HTML-only table with 'tertulis'/'seharusnya' columns; rows marked 'sudah benar' "
       "(credits, class) are not changes; the retired lecturer is thanked. The new lecturer "
       "happens to be the writer, so the signature repeats a real value."),
    html_body="""
    <p>Selamat pagi Tim P4M,</p>
    <p>Mohon koreksi data course <b>Sistem Informasi Geografis Lanjut (GM3105)</b> sesuai tabel berikut:</p>
    <table border="1" cellspacing="0" cellpadding="4">
      <tr><th>Data</th><th>Tertulis di e-learning</th><th>Seharusnya</th></tr>
      <tr><td>Nama lengkap</td><td>Sistem Informasi Geografis Lanjut</td><td>Analisis Spasial Lanjut</td></tr>
      <tr><td>Dosen pengampu</td><td>Drs. Made Arta, M.Si.</td><td>Putu Ayu Lestari, S.T., M.Sc.</td></tr>
      <tr><td>SKS</td><td>3</td><td>3 (sudah benar)</td></tr>
      <tr><td>Kelas</td><td>GM-3A</td><td>GM-3A (sudah benar)</td></tr>
    </table>
    <p>Pak Made sudah purnabakti sejak Oktober; terima kasih untuk beliau yang selama ini mengampu MK ini. Nama baru mengikuti Kurikulum Geomatika 2026.</p>
    <p>Salam,<br>
      Putu Ayu Lestari, S.T., M.Sc.<br>
      Prodi Teknologi Geomatika<br>
      Ruang GM-204, ext. 3105</p>
    """,
    decoys=["Drs. Made Arta, M.Si.", "GM-3A", "GM-204"])

# 020 ---------------------------------------------------------------------
add("support-class-moved-in-siakad", "outlookcom", "2026-11-17 22:05:50",
    "Lukas Weber", "lukas.weber.exchange@outlook.com",
    "Cannot see my course after class change",
    plain("elearning_support", "en",
          "Enrolment problem after a class move in SIAKAD; the class values describe what "
          "happened, not a course change."),
    body="""
    Hello,

    I am an exchange student from Hochschule Bremen. Last week the academic office moved me in SIAKAD from class IF-2A to IF-2C because of my timetable. Since then I cannot see the course Data Structures (IF2104) on my e-learning dashboard anymore, and the quiz on Friday is only available there.

    My student number is 3312409901. Could you please check my enrolment?

    Thank you,
    Lukas Weber
    Sent from Outlook
    """,
    decoys=["IF-2C", "IF2104"])

# 021 ---------------------------------------------------------------------
add("old-summary-quoted-rejected-rps-text", "thunderbird", "2026-11-18 08:35:22",
    "Citra Kirana", "citra.kirana@polibatam.ac.id",
    "Penggantian deskripsi course Animasi 3D Dasar",
    cd("id", "ANI2102", "Animasi 3D Dasar",
       {"summary": "Mahasiswa mempelajari alur produksi animasi 3D, mulai dari modeling, "
                   "texturing, rigging sederhana, hingga rendering, dan menghasilkan satu klip "
                   "animasi pendek di akhir semester."},
       "Decoys: the current summary quoted in full, and a sentence from an old RPS that the "
       "writer rejects."),
    body="""
    Yth. Tim P4M,

    Mohon deskripsi (summary) course Animasi 3D Dasar (ANI2102) diganti.

    Deskripsi yang sekarang:
    "Mata kuliah ini memperkenalkan perangkat lunak animasi tiga dimensi."

    Deskripsi baru:
    "Mahasiswa mempelajari alur produksi animasi 3D, mulai dari modeling, texturing, rigging sederhana, hingga rendering, dan menghasilkan satu klip animasi pendek di akhir semester."

    Mohon jangan memakai kalimat dari RPS lama ("Mahasiswa mampu mengoperasikan Blender dan Maya"), karena perangkat lunaknya sudah tidak ditentukan lagi.

    Terima kasih.

    -- 
    Citra Kirana, S.Sn., M.Ds.
    Prodi Animasi, Jurusan Teknik Informatika
    """,
    decoys=["Mata kuliah ini memperkenalkan perangkat lunak animasi tiga dimensi.",
            "Mahasiswa mampu mengoperasikan Blender dan Maya"])

# 022 ---------------------------------------------------------------------
add("visiting-lecturer-previously-thanks", "zimbra", "2026-11-18 13:50:06",
    "Nor Azlina Hassan", "nor.azlina@polibatam.ac.id",
    "International Business course - short name and lecturer",
    cd("en", "MB3106", "International Business",
       {"shortname": "MB3106-IB", "lecturer": "Dr. Nor Azlina Hassan"},
       "Decoys: the old short name after 'previously'; the date week 9 starts; a thanked "
       "colleague with degrees; the room in the signature."),
    body="""
    Dear P4M Helpdesk,

    I am a visiting lecturer from Universiti Teknologi Malaysia and will teach International Business (MB3106) from week 9, which begins on 23 November 2026.

    Could you please make the following changes on the course page:
    - Short name: MB3106-IB (previously MB3106-BI, which seems to be a typo)
    - Lecturer: Dr. Nor Azlina Hassan

    Many thanks to Ibu Ratih Kusuma, S.E., M.M., who set up the course and taught weeks 1-8 so well.

    Best regards,
    Dr. Nor Azlina Hassan
    Senior Lecturer, Azman Hashim International Business School, UTM
    Visiting Lecturer, Politeknik Negeri Batam (Room MB-115)
    """,
    decoys=["MB3106-BI", "Ratih Kusuma, S.E., M.M.", "23 November 2026", "MB-115"])

# 023 ---------------------------------------------------------------------
add("misdirected-grade-change-siakad", "outlook", "2026-11-19 09:20:48",
    "Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id",
    "Mohon perbaikan nilai mahasiswa MK Auditing",
    plain("other", "id",
          "Misdirected: a grade correction in SIAKAD belongs to the academic office; the course "
          "code, class and grades are not e-learning changes."),
    body="""
    Selamat pagi,

    Saya mohon bantuan perbaikan nilai di SIAKAD untuk MK Auditing (AK3102) kelas AK-3A. Nilai mahasiswa a.n. Dewi Anggraini (NIM 4112201034) tertulis C, seharusnya B+. Kesalahan terjadi saat input nilai UTS.

    Mohon informasinya apakah perbaikan ini bisa diproses oleh P4M, atau saya harus menghubungi Bagian Akademik.

    Terima kasih,
    Rahmat Hidayat, S.E., M.Ak.
    Dosen Prodi Akuntansi Manajerial
    """,
    decoys=["AK3102", "AK-3A"])

# 024 ---------------------------------------------------------------------
add("angkatan-format-hint-merged-classes", "gmail", "2026-11-19 15:45:12",
    "Arief Wicaksono", "arief.wicaksono@polibatam.ac.id",
    "Course Machine Learning digabung utk TI-3A dan TI-3C",
    cd("mixed", "IF3205", "Machine Learning",
       {"class": "TI-3A/TI-3C", "enrolment_key": "ML-3AC-2026"},
       "Code-switching. Decoys: student counts; a SIAKAD format example (TI2024); another "
       "section's course and its short name, which stay."),
    body="""
    Hi tim P4M,

    Mulai minggu depan kelas TI-3A (42 mhs) dan TI-3C (40 mhs) untuk MK Machine Learning (IF3205) digabung di satu course saja. Please set:

    class: TI-3A/TI-3C
    enrolment key: ML-3AC-2026

    Di SIAKAD angkatan ditulis dengan format tahun masuk, e.g. TI2024, tapi di e-learning please keep the class format like above. Course untuk TI-3B tetap terpisah (short name IF3205-B), tidak perlu diubah.

    Thanks!
    Arief
    """,
    decoys=["TI2024", "IF3205-B", "42 mhs", "TI-3B"])

# 025 ---------------------------------------------------------------------
add("banjar-other-course-credits", "yahoo", "2026-11-20 10:30:27",
    "Muhammad Rizani", "m.rizani77@yahoo.co.id",
    "SKS K3 salah di e-learning",
    cd("id", "MS2110", "Keselamatan dan Kesehatan Kerja", {"credits": "2"},
       "Banjar flavour. Decoys: the old credits; the credits of another course; classes that "
       "are already right; phone."),
    body="""
    Assalamualaikum,

    Ulun handak minta tolong lah. Di course Keselamatan dan Kesehatan Kerja (MS2110) SKS-nya masih tatulis 3, padahal di kurikulum nang hanyar cuma 2 SKS. Tolong diubah jadi 2 SKS haja.

    MK Ergonomi (MS2111) memang 3 SKS, jadi nang itu kada usah diubah. Kelas MS-2A wan MS-2B sudah bujur.

    Tarima kasih banyak lah.

    Muhammad Rizani, S.T., M.T.
    Dosen LB Teknik Mesin
    HP 0852-4811-2290
    """,
    decoys=["MS2111", "MS-2A", "0852-4811-2290"])

# 026 ---------------------------------------------------------------------
add("workshop-registration-deadline-dates", "gmail", "2026-11-20 14:00:39",
    "Ika Wulandari", "ika.wulandari@polibatam.ac.id",
    "Request posting: Workshop H5P untuk dosen",
    ann("mixed", "Workshop Konten Interaktif H5P di Moodle", "site", "2026-11-23T08:00:00+07:00",
        "Code-switching. Decoy dates: the workshop day, the registration deadline and the day "
        "the draft was shared."),
    body="""
    Halo tim P4M,

    Could you please post this announcement on the e-learning front page (for all lecturers)?

    Judul: Workshop Konten Interaktif H5P di Moodle

    Workshop akan dilaksanakan Kamis, 3 Desember 2026, pukul 09.00-15.00 WIB di Lab Multimedia GU-702. Registration closes on Monday, 30 November 2026 via the form at https://s.polibatam.ac.id/h5p-2026. Kuota 30 peserta.

    Please publish it on Monday, 23 November 2026 at 08.00 WIB. I shared the draft with Pak Kepala P4M on 18 November and he was fine with it.

    Thanks a lot,
    Ika Wulandari
    Tim Pengembang e-Learning Jurusan Teknik Informatika
    """,
    decoys=["Kamis, 3 Desember 2026", "Monday, 30 November 2026", "18 November"])

# 027 ---------------------------------------------------------------------
add("when-semester-starts-key-later", "gmail", "2026-11-23 08:05:16",
    "Fajar Ramadhan", "fajar.ramadhan@polibatam.ac.id",
    "Course Manajemen Pergudangan utk semester genap",
    cd("id", "LOG2204", "Manajemen Pergudangan", {"semester": "Genap 2026/2027"},
       "Decoys: the date the even semester starts (when, not what); the current semester; the "
       "enrolment key change is announced without a value (left out)."),
    body="""
    Selamat pagi P4M,

    Course Manajemen Pergudangan (LOG2204) akan saya pakai lagi untuk semester depan. Mohon semesternya diubah menjadi Genap 2026/2027. Perkuliahan semester genap baru dimulai 8 Februari 2027 sesuai kalender akademik, tapi perubahannya boleh dilakukan sekarang supaya saya bisa mulai menyiapkan materi.

    Saat ini course masih tercatat di semester Ganjil 2026/2027 karena kemarin dipakai untuk kelas pengganti. Enrolment key-nya juga nanti mau saya ganti, key barunya saya kirim menyusul setelah daftar kelas dari prodi keluar.

    Terima kasih,

    -- 
    Fajar Ramadhan, S.T., M.T.
    Prodi Logistik Perdagangan Internasional
    """,
    decoys=["8 Februari 2027", "Ganjil 2026/2027"])

# 028 ---------------------------------------------------------------------
add("lab-assistant-cc-not-lecturer", "outlook", "2026-11-23 11:40:03",
    "Stefanus Hartono", "stefanus.hartono@polibatam.ac.id",
    "Electrical Measurements (EL2104) - lecturer and class",
    cd("en", "EL2104", "Electrical Measurements",
       {"lecturer": "Ir. Stefanus Hartono, M.T., IPM", "class": "EL-2B"},
       "Decoys: a cc'd lab assistant who must not become lecturer; last year's class; the "
       "signature gives the name without degrees; phone."),
    cc="Bagus Santoso <bagus.santoso@students.polibatam.ac.id>",
    body="""
    Dear Helpdesk,

    Please update the course Electrical Measurements (EL2104) as follows:

    Lecturer: Ir. Stefanus Hartono, M.T., IPM
    Class: EL-2B

    Please do not add Bagus Santoso (cc) as a lecturer; he is only the lab assistant and already has the non-editing teacher role. The course was used for EL-2D last year, which is why the class is wrong.

    Kind regards,

    Stefanus Hartono
    Electrical Engineering Department
    Politeknik Negeri Batam
    Phone: +62 778 469856 ext. 2410
    """,
    decoys=["Bagus Santoso", "EL-2D"])

# 029 ---------------------------------------------------------------------
add("key-format-hint-old-key-rejected", "zimbra", "2026-11-24 09:00:55",
    "Nur Aisyah", "nur.aisyah@polibatam.ac.id",
    "Enrolment key dan deskripsi course Korespondensi Bisnis",
    cd("id", "AB2105", "Korespondensi Bisnis",
       {"enrolment_key": "KorBis-2026",
        "summary": "Mata kuliah ini membekali mahasiswa dengan keterampilan menulis surat "
                   "bisnis, memo, email resmi, dan laporan singkat dalam bahasa Indonesia dan "
                   "bahasa Inggris."},
       "Decoys: the old key, which must not be used again; a format example from the prodi "
       "guideline (AdmKeu-2026)."),
    body="""
    Selamat pagi,

    Mohon bantuan untuk course Korespondensi Bisnis (AB2105):

    1. Enrolment key diganti menjadi KorBis-2026. Key lama korbis25 jangan dipakai lagi karena sudah tersebar. Sesuai pedoman prodi, formatnya singkatan nama MK + tahun, misalnya AdmKeu-2026.
    2. Deskripsi course diganti menjadi: Mata kuliah ini membekali mahasiswa dengan keterampilan menulis surat bisnis, memo, email resmi, dan laporan singkat dalam bahasa Indonesia dan bahasa Inggris.

    Terima kasih atas bantuannya.

    Nur Aisyah, S.Pd., M.Pd.
    Prodi Administrasi Bisnis Terapan
    """,
    decoys=["korbis25", "AdmKeu-2026"])

# 030 ---------------------------------------------------------------------
add("senin-depan-relative-uas-dates", "outlook", "2026-11-25 10:10:42",
    "Evi Susanti", "evi.susanti@polibatam.ac.id",
    "Pengumuman persiapan UAS Rangkaian Digital",
    ann("id", "Ketentuan UAS Rangkaian Digital", "course", "2026-11-30T07:00:00+07:00",
        "'Senin depan' counted from a Wednesday Date header is 30 November. Decoy dates: the "
        "exam day, the assignment deadline and the draft date.",
        code="TRE2102", name="Rangkaian Digital"),
    body="""
    Yth. Tim P4M,

    Mohon bantuan untuk menayangkan pengumuman berikut di course Rangkaian Digital (TRE2102) pada Senin depan pukul 07.00 WIB.

    Judul: Ketentuan UAS Rangkaian Digital

    UAS Rangkaian Digital dilaksanakan pada Senin, 14 Desember 2026 pukul 10.00 di ruang TRE-301. Mahasiswa wajib membawa kalkulator sendiri. Tugas besar terakhir dikumpulkan paling lambat Jumat, 11 Desember 2026.

    Draf ini sudah saya kirim ke Kaprodi tanggal 24 November 2026.

    Terima kasih,
    Evi Susanti, S.T., M.T.
    Dosen Teknik Elektro
    """,
    decoys=["Senin, 14 Desember 2026", "Jumat, 11 Desember 2026", "24 November 2026"])
# 031 ---------------------------------------------------------------------
add("forget-yesterday-shortname", "iphone", "2026-11-25 22:30:14",
    "Kevin Hartanto", "kevin.hartanto@polibatam.ac.id",
    "Re: Short name Motion Graphics",
    cd("mixed", "ANI3103", "Motion Graphics", {"shortname": "ANI3103-MG"},
       "Code-switching, phone-typed. The short name in the quoted earlier mail (ANI-MG3) is "
       "withdrawn ('forget what I wrote yesterday')."),
    in_reply_to="<7D0F2C1A-3B55-4E0B-9A61-2F3C4D5E6F70@polibatam.ac.id>",
    quote={"kind": "reply", "lang": "en", "name": "Kevin Hartanto",
           "addr": "kevin.hartanto@polibatam.ac.id", "when": "2026-11-24 21:10",
           "to_name": HELPDESK_NAME, "to_addr": HELPDESK,
           "subject": "Short name Motion Graphics",
           "text": """
            Min, tolong short name course Motion Graphics dibikin ANI-MG3 ya. Thx
            """},
    body="""
    Min sorry, forget what I wrote yesterday (ANI-MG3), itu salah. Short name yg bener utk Motion Graphics (ANI3103) adalah ANI3103-MG. Thx!

    Sent from my iPhone
    """,
    decoys=["ANI-MG3"])

# 032 ---------------------------------------------------------------------
add("palembang-other-class-lecturer", "gmail", "2026-11-26 09:45:29",
    "Hendri Saputra", "hendri.saputra@polibatam.ac.id",
    "Ganti dosen dan kelas course Akuntansi Sektor Publik",
    cd("id", "AK3105", "Akuntansi Sektor Publik",
       {"lecturer": "Fitriani, S.E., M.Ak.", "class": "AK-3B"},
       "Palembang flavour. Decoys: the old lecturer, who teaches class AK-3A in another course."),
    body="""
    Pagi kak P4M,

    Aku nak minta tolong nian. Course Akuntansi Sektor Publik (AK3105) itu dosennyo masih tercantum Drs. Syamsul Bahri, M.Si., padahal mulai semester ini pengampunyo Fitriani, S.E., M.Ak. (bukan beliau lagi). Kelasnyo jugo salah, tulung diganti jadi AK-3B.

    Pak Syamsul kagek ngajar kelas AK-3A di course yang lain, jadi dak usah dihapus dari sistem. Galo data lain sudah pas.

    Makasih nian kak.

    Hendri Saputra
    Admin Prodi Akuntansi Manajerial
    """,
    decoys=["Drs. Syamsul Bahri, M.Si.", "AK-3A"])

# 033 ---------------------------------------------------------------------
add("support-renamed-course-missing", "gmail", "2026-11-26 13:30:07",
    "Bambang Wijaya", "bambang.wijaya@polibatam.ac.id",
    "Course hilang dari dashboard setelah ganti nama",
    plain("elearning_support", "id",
          "Access problem after an earlier rename; the old and new names describe a change that "
          "was already done."),
    body="""
    Siang Tim P4M,

    Minggu lalu nama course saya sudah diganti dari "Jaringan Komputer Dasar" menjadi "Dasar Jaringan Komputer" (IF2206), terima kasih. Tapi sejak itu course tersebut tidak muncul lagi di dashboard saya, padahal mahasiswa kelas TI-2C masih bisa membukanya. Saya harus lewat menu pencarian untuk masuk.

    Mohon dicek apakah role saya sebagai teacher masih ada.

    Terima kasih,

    -- 
    Bambang Wijaya, S.Kom., M.Kom.
    Dosen Teknik Informatika
    """,
    decoys=["Dasar Jaringan Komputer"])

# 034 ---------------------------------------------------------------------
add("siakad-credits-already-right", "thunderbird", "2026-11-27 08:50:36",
    "Grace Natalia", "grace.natalia@polibatam.ac.id",
    "Course name for HCI",
    cd("en", "RPL2203", "Interaksi Manusia dan Komputer",
       {"fullname": "Human-Computer Interaction and UX Design"},
       "Decoys: credits from SIAKAD and the class, both already right; the short name, which "
       "stays."),
    body="""
    Good morning,

    Could you rename the course Interaksi Manusia dan Komputer (RPL2203) to "Human-Computer Interaction and UX Design"? The course is now part of the international class and all materials are in English.

    The credits in SIAKAD (3) and the class RPL-2A are correct, so only the full name needs to change. Please keep the short name RPL2203 as it is.

    Thank you very much,
    Grace Natalia, M.Sc.
    Software Engineering Technology
    """,
    decoys=["RPL-2A", "SIAKAD (3)"])

# 035 ---------------------------------------------------------------------
add("reply-corrects-own-earlier-class", "outlook", "2026-11-27 15:15:02",
    "Wulan Sari", "wulan.sari@polibatam.ac.id",
    "RE: [P4M #2026-1187] Perubahan kelas dan SKS Matematika Teknik",
    cd("id", "MA1101", "Matematika Teknik", {"class": "TRE-1D", "credits": "3"},
       "Reply to the acknowledgement: the class quoted back (TRE-1A) is withdrawn and corrected; "
       "the credits request from the first mail still stands."),
    in_reply_to="<tkt-2026-1187.ack@helpdesk.polibatam.ac.id>",
    quote={"kind": "reply", "lang": "id", "name": HELPDESK_NAME, "addr": HELPDESK,
           "when": "2026-11-27 10:02", "to_name": "Wulan Sari",
           "to_addr": "wulan.sari@polibatam.ac.id",
           "subject": "[P4M #2026-1187] Perubahan kelas dan SKS Matematika Teknik",
           "text": T("""
            Yth. Ibu Wulan Sari,

            Permohonan Anda telah kami terima dengan nomor tiket [P4M #2026-1187].

            Ringkasan permohonan:
            Jenis: perubahan data mata kuliah
            Mata kuliah: Matematika Teknik (MA1101)
            Kelas: TRE-1A
            SKS: 3

            Staf kami akan menindaklanjuti dalam 15 menit pada jam kerja.
            """) + "\n\n" + HD_SIG},
    body="""
    Selamat sore,

    Ada koreksi dari permintaan saya sebelumnya: kelasnya bukan TRE-1A, tapi TRE-1D. Mohon maaf atas kekeliruannya. Permintaan perubahan SKS menjadi 3 tetap berlaku.

    Wulan Sari, M.T.
    Dosen Matematika, Jurusan Teknik Elektro
    """,
    decoys=["TRE-1A"])

# 036 ---------------------------------------------------------------------
add("researcher-asks-usage-statistics", "gmail", "2026-11-30 10:00:18",
    "Priya Raman", "priya.raman.edu@gmail.com",
    "Request for anonymised e-learning usage figures",
    plain("other", "en",
          "A research data request; the course code, credits and numbers belong to another "
          "institution."),
    body="""
    Dear P4M team,

    I am a PhD candidate at Universiti Malaya studying blended learning in Indonesian polytechnics. Dr. Andi Wijaya kindly suggested that I contact you. Would it be possible to obtain anonymised monthly figures for 2026, for example the number of active courses and the number of logins, for a comparison with two other institutions?

    For context, at my home institution a typical 3-credit course such as Operations Research (MQB2013) has around 120 enrolled students, and I would like to compare similar courses at Polibatam.

    I would be glad to sign a data-use agreement. Could we have a short online meeting?

    Best regards,
    Priya Raman
    Faculty of Education, Universiti Malaya
    """,
    decoys=["MQB2013", "3-credit"])

# 037 ---------------------------------------------------------------------
add("html-table-current-new-code-as-shortname", "thunderbird_html", "2026-11-30 14:35:44",
    "Yosef Manurung", "yosef.manurung@polibatam.ac.id",
    "Update data course Cloud Computing (IF4102)",
    cd("mixed", "IF4102", "Cloud Computing",
       {"shortname": "IF4102-CC", "enrolment_key": "CC-Ganjil-26"},
       "Code-switching, HTML-only table. Decoys: the current values (the current short name is "
       "the bare code); the semester row marked 'no change'; the student count; phone."),
    html_body="""
    <p>Halo tim P4M,</p>
    <p>Please update the course <b>Cloud Computing (IF4102)</b>, detailnya di tabel ini:</p>
    <table border="1" cellspacing="0" cellpadding="4">
      <tr><th>Field</th><th>Current</th><th>New</th></tr>
      <tr><td>Short name</td><td>IF4102</td><td>IF4102-CC</td></tr>
      <tr><td>Enrolment key</td><td>cloud2025</td><td>CC-Ganjil-26</td></tr>
      <tr><td>Semester</td><td>Ganjil 2026/2027</td><td>(no change)</td></tr>
      <tr><td>Students</td><td>35</td><td>-</td></tr>
    </table>
    <p>Kalau ada pertanyaan, WA saya saja di 0812-7700-4102. Thanks!</p>
    <p>Yosef Manurung, S.Kom., M.Cs.<br>
      Lab Cloud &amp; Jaringan, Gedung TI Lt. 4</p>
    """,
    decoys=["cloud2025", "Ganjil 2026/2027", "0812-7700-4102"])

# 038 ---------------------------------------------------------------------
add("ambon-other-class-old-key", "samsung", "2026-12-01 08:20:11",
    "Marthen Latuconsina", "marthen.latuconsina@polibatam.ac.id",
    "Course Survei Hidrografi",
    cd("id", "GM2204", "Survei Hidrografi", {"class": "GM-2A", "enrolment_key": "Hidro-GM2A"},
       "Ambon flavour. Decoys: the old class GM-2B (another lecturer's class); the old key."),
    body="""
    Selamat pagi basudara di P4M,

    Beta mau minta tolong for course Survei Hidrografi (GM2204). Kelas yang tertulis di situ masih GM-2B, padahal beta pung kelas itu GM-2A. Tolong ganti akang jadi GM-2A. Kelas GM-2B itu Pak Yohanis pung, seng usah ubah dia pung course.

    Enrolment key lai, tolong ganti jadi Hidro-GM2A. Seng usah pake key lama hidro123, samua orang su tau.

    Danke banyak e.

    Marthen Latuconsina, S.T., M.T.
    Prodi Teknologi Geomatika

    Dikirim dari ponsel Samsung Galaxy saya
    """,
    decoys=["GM-2B", "hidro123"])

# 039 ---------------------------------------------------------------------
add("cet-publish-erasmus-dates", "outlook", "2026-12-01 09:10:25",
    "Rina Oktaviani", "rina.oktaviani@polibatam.ac.id",
    "Announcement request: Erasmus+ staff mobility call",
    ann("en", "Call for Applications: Erasmus+ Staff Mobility 2027", "site",
        "2026-12-01T17:00:00+07:00",
        "Publish time named in CET (UTC+1): 11:00 CET = 17:00 WIB the same day; the Date header "
        "is +0100. Decoy dates: application deadline, information session, travel window, the "
        "earlier draft."),
    tz="+0100",
    body="""
    Dear P4M colleagues,

    I am writing from Utrecht, where I am attending a partner meeting this week. Please post the announcement below on the e-learning front page for all lecturers and staff:

    Title: Call for Applications: Erasmus+ Staff Mobility 2027

    Lecturers and staff interested in a teaching or training visit to our partner universities in the Netherlands and Germany can apply until Friday, 15 January 2027. An information session will be held online on Wednesday, 9 December 2026 at 14.00 WIB. Selected applicants travel between April and June 2027.

    Please publish it today at 11:00 CET so that it is online before the end of your working day. I sent an earlier draft on 26 November; please use this version instead.

    Best regards,
    Rina Oktaviani, S.S., M.A.
    Head of International Office
    Politeknik Negeri Batam
    """,
    decoys=["Friday, 15 January 2027", "Wednesday, 9 December 2026", "26 November"])

# 040 ---------------------------------------------------------------------
add("three-changes-comparison-start-date", "zimbra", "2026-12-02 09:40:33",
    "Lestari Handayani", "lestari.handayani@polibatam.ac.id",
    "Perubahan data course Algoritma dan Pemrograman (IF1103)",
    cd("id", "IF1103", "Algoritma dan Pemrograman",
       {"shortname": "IF1103-ALPRO-B", "lecturer": "Lestari Handayani, S.Kom., M.T.I.",
        "enrolment_key": "alproB#2026"},
       "Three changes in a lettered list. Decoys: the start date (meeting 12); another "
       "course's short name as a format model; the previous lecturer; the class that "
       "identifies the section; NIK."),
    body="""
    Dengan hormat,

    Mulai pertemuan ke-12 (Selasa, 8 Desember 2026) course Algoritma dan Pemrograman (IF1103) kelas TI-1B saya ambil alih. Mohon perubahan berikut:

    a. Short name: IF1103-ALPRO-B
    b. Dosen pengampu: Lestari Handayani, S.Kom., M.T.I.
    c. Enrolment key: alproB#2026

    Formatnya sama seperti course IF1104 yang short name-nya IF1104-LOGIKA. Dosen sebelumnya, Bapak Rudi Hartono, M.Kom., sudah saya konfirmasi dan beliau setuju.

    Terima kasih.

    Lestari Handayani
    Dosen Teknik Informatika
    NIK 119245
    """,
    decoys=["IF1104-LOGIKA", "Rudi Hartono, M.Kom.", "Selasa, 8 Desember 2026", "TI-1B"])

# 041 ---------------------------------------------------------------------
add("advisory-board-name-conditional-credits", "gmail", "2026-12-02 16:05:47",
    "Samuel Pardede", "samuel.pardede@polibatam.ac.id",
    "Renaming LOG3105 Port Operations",
    cd("en", "LOG3105", "Port Operations", {"fullname": "Port and Terminal Operations"},
       "Decoys: a name proposed by the advisory board and not adopted; a credits change "
       "conditional on a later meeting (no change yet)."),
    body="""
    Dear P4M Helpdesk,

    Please rename the course Port Operations (LOG3105) to "Port and Terminal Operations", as decided in the study programme meeting last Monday.

    Two notes so that nothing else gets changed by mistake:
    - The industry advisory board proposed "Maritime Logistics Operations" as the name. That proposal was not adopted, so please do not use it.
    - If the curriculum meeting on 10 December agrees, the course may go from 3 to 4 credits. I will send a separate request if that happens; for now the credits stay as they are.

    Thank you,
    Samuel Pardede, S.T., M.B.A.
    International Trade Logistics Study Programme
    """,
    decoys=["Maritime Logistics Operations", "10 December"])

# 042 ---------------------------------------------------------------------
add("team-teaching-thanks-substitute", "yahoo", "2026-12-03 19:20:50",
    "Rina Marlina", "rinamarlina.polibatam@yahoo.co.id",
    "Dosen pengampu Komunikasi Bisnis",
    cd("mixed", "MB1203", "Komunikasi Bisnis",
       {"lecturer": "Rina Marlina, S.Sos., M.Si. dan Dedi Irawan, M.M."},
       "Code-switching. Decoys: a substitute lecturer who is thanked and removed; a summary "
       "change promised without its text (left out)."),
    body="""
    Malam P4M team,

    For the course Komunikasi Bisnis (MB1203), tolong dosen pengampunya diubah jadi team teaching: Rina Marlina, S.Sos., M.Si. dan Dedi Irawan, M.M.

    Special thanks to Bu Yanti Susanti, M.M. yang sudah menggantikan saya selama cuti bulan Oktober kemarin; her name can be removed now since she only covered temporarily.

    Also the summary masih versi lama, but I'll send the new text next week after the RPS review.

    Thanks a lot!
    Rina
    """,
    decoys=["Yanti Susanti, M.M."])

# 043 ---------------------------------------------------------------------
add("invitation-meeting-shortname-examples", "zimbra", "2026-12-04 10:00:08",
    "Hadi Purnomo", "hadi.purnomo@polibatam.ac.id",
    "Undangan diskusi standar short name course Jurusan Teknik Elektro",
    plain("other", "id",
          "A meeting invitation; every short name in it is an example or an undecided proposal "
          "and nothing is to be changed now."),
    body="""
    Yth. Kepala dan Staf P4M,

    Jurusan Teknik Elektro berencana menyeragamkan format short name seluruh course di e-learning mulai semester Genap 2026/2027. Saat ini formatnya bermacam-macam, misalnya TRE2102, TRE-RD-2025, dan RangDig-A.

    Untuk itu kami mengundang perwakilan P4M hadir dalam diskusi pada:
    Hari/tanggal : Kamis, 10 Desember 2026
    Waktu        : 09.00-11.00 WIB
    Tempat       : Ruang Rapat Jurusan Teknik Elektro, Gedung Utama Lt. 4

    Usulan kami sementara kode MK + singkatan, misalnya TRE2102-RD, tetapi belum ada keputusan. Belum ada course yang perlu diubah sekarang.

    Atas perhatiannya kami ucapkan terima kasih.

    Hadi Purnomo, S.T., M.T.
    Sekretaris Jurusan Teknik Elektro
    """,
    decoys=["TRE2102-RD", "TRE-RD-2025", "Genap 2026/2027"])

# 044 ---------------------------------------------------------------------
add("phone-typed-credits-sister-course", "iphone", "2026-12-05 07:30:21",
    "Irfan Maulana", "irfan.maulana@polibatam.ac.id",
    "SKS mikrokontroler",
    cd("id", "TRE2203", "Mikrokontroler", {"credits": "3"},
       "Phone-typed. Decoys: the old credits; the credits of the sister lab course; a class "
       "that is already right; the curriculum year."),
    body="""
    Pagi min, mhn maaf ganggu weekend. SKS course Mikrokontroler (TRE2203) di elearning msh 2, yg bener 3 sesuai kurikulum 2026. Tlg diubah jd 3 ya.

    Praktikum Mikrokontroler (TRE2204) yg 1 SKS udh bener, gk usah diubah. Kls TRE-2A jg udh bener.

    Makasih min

    Dikirim dari iPhone saya
    """,
    decoys=["TRE2204", "1 SKS", "TRE-2A"])

# 045 ---------------------------------------------------------------------
add("html-new-before-old-table", "thunderbird_html", "2026-12-07 09:15:59",
    "Dian Permata", "dian.permata@polibatam.ac.id",
    "Perubahan data course Dasar Desain Antarmuka",
    cd("id", "RPL1102", "Dasar Desain Antarmuka",
       {"shortname": "RPL1102-DDA", "semester": "Genap 2026/2027"},
       "HTML-only table whose first value column is the NEW value and the second the old one. "
       "Decoys: the old values; another course's short name given for comparison."),
    html_body="""
    <p>Yth. Tim Helpdesk P4M,</p>
    <p>Mohon perubahan data course <b>Dasar Desain Antarmuka</b> (kode MK RPL1102) untuk dipakai semester depan:</p>
    <table border="1" cellspacing="0" cellpadding="4">
      <tr><th>Data</th><th>Baru (mohon dipakai)</th><th>Lama</th></tr>
      <tr><td>Short name</td><td>RPL1102-DDA</td><td>DDA-2025</td></tr>
      <tr><td>Semester</td><td>Genap 2026/2027</td><td>Ganjil 2025/2026</td></tr>
    </table>
    <p>Sebagai perbandingan, course Desain Grafis (RPL1101) sudah memakai short name RPL1101-DG sejak minggu lalu.</p>
    <p>Terima kasih,<br>
      Dian Permata, S.Ds., M.Ds.<br>
      NIP 199002102019032015</p>
    """,
    decoys=["DDA-2025", "Ganjil 2025/2026", "RPL1101-DG"])
# 046 ---------------------------------------------------------------------
add("holiday-dates-explicit-publish", "zimbra", "2026-12-07 13:40:16",
    "Dwi Astuti", "dwi.astuti@polibatam.ac.id",
    "Permohonan publikasi pengumuman libur akhir tahun 2026",
    ann("id", "Libur Natal dan Cuti Bersama Akhir Tahun 2026", "site",
        "2026-12-14T08:00:00+07:00",
        "Decoy dates: the holiday, the collective leave day and the day lectures resume; only "
        "the stated publish time is publish_at."),
    body="""
    Dengan hormat,

    Mohon dipublikasikan pengumuman berikut di halaman utama e-learning untuk seluruh sivitas akademika:

    Judul: Libur Natal dan Cuti Bersama Akhir Tahun 2026

    Sehubungan dengan libur nasional Hari Raya Natal pada Jumat, 25 Desember 2026 dan cuti bersama pada Kamis, 24 Desember 2026, kegiatan perkuliahan dan layanan administrasi diliburkan pada tanggal tersebut. Perkuliahan kembali normal pada Senin, 28 Desember 2026. Layanan helpdesk e-learning tetap dapat dihubungi melalui email.

    Pengumuman mohon ditayangkan pada Senin, 14 Desember 2026 pukul 08.00 WIB.

    Hormat kami,
    Dwi Astuti
    Bagian Umum dan Kepegawaian
    Politeknik Negeri Batam
    """,
    decoys=["Jumat, 25 Desember 2026", "Kamis, 24 Desember 2026", "Senin, 28 Desember 2026"])

# 047 ---------------------------------------------------------------------
add("previous-email-key-ignore-nidn", "outlookcom", "2026-12-08 10:05:38",
    "Ahmad Zulkifli", "zulkifli.ahmad@outlook.com",
    "Enrolment key for Computer Vision (IF3108)",
    cd("en", "IF3108", "Computer Vision", {"enrolment_key": "CV@Polibatam26"},
       "Decoys: a key suggested in an earlier mail and withdrawn; the current key; NIDN and "
       "phone in the signature."),
    body="""
    Hello P4M,

    In my previous email I suggested CV-2026 as the new enrolment key for Computer Vision (IF3108). Please ignore that one; a student guessed it within a day. The new key should be: CV@Polibatam26

    The current key, cv2025, can be removed.

    Thanks and regards,
    Ahmad Zulkifli, Ph.D.
    Part-time Lecturer, Informatics Engineering
    NIDN 0012048703 | +62 811 7788 3108
    Sent from Outlook
    """,
    decoys=["CV-2026", "cv2025", "0012048703"])

# 048 ---------------------------------------------------------------------
add("robotics-comparison-merged-classes", "gmail", "2026-12-08 15:50:04",
    "Ilham Akbar", "ilham.akbar@polibatam.ac.id",
    "Kelas course Pemrograman PLC",
    cd("mixed", "MEK3104", "Pemrograman PLC", {"class": "MEK-3C"},
       "Code-switching. Decoys: the current class; another course's merged classes; the "
       "student count and the lab room."),
    body="""
    Hi P4M,

    Course Pemrograman PLC (MEK3104) currently shows class MEK-3A, tapi yang ambil MK ini semester ini cuma MEK-3C. Please change the class to MEK-3C.

    Just for reference, course Robotika (MEK3102) memang gabungan MEK-3A/MEK-3B, so that one is correct and shouldn't be touched. Total mahasiswa MEK-3C ada 28 orang, ruang praktikum tetap di Lab Otomasi (MK-105).

    Thanks,

    -- 
    Ilham Akbar, S.T., M.T.
    Prodi Teknologi Rekayasa Mekatronika
    """,
    decoys=["MEK-3A/MEK-3B", "MEK3102", "28 orang", "MK-105"])

# 049 ---------------------------------------------------------------------
add("semester-conditional-meeting-wa-name", "thunderbird", "2026-12-09 08:45:12",
    "Reni Anggraini", "reni.anggraini@polibatam.ac.id",
    "Nama course Pengantar Bisnis",
    cd("id", "AB1104", "Pengantar Bisnis", {"fullname": "Pengantar Bisnis dan Kewirausahaan"},
       "Decoys: a semester move that waits for a meeting (not to be changed now); a wrong name "
       "the writer disowns."),
    body="""
    Yth. Tim P4M,

    Mohon nama lengkap course Pengantar Bisnis (AB1104) diubah menjadi Pengantar Bisnis dan Kewirausahaan, sesuai SK Kurikulum Prodi Administrasi Bisnis Terapan 2026.

    Ada juga rencana memindahkan course ini ke semester Genap 2026/2027, tetapi itu masih menunggu hasil rapat prodi hari Jumat. Kalau disetujui, saya akan kirim permohonan tersendiri. Jadi untuk sekarang semester jangan diubah dulu.

    Mohon maaf, saya juga sempat menulis nama "Bisnis dan Kewirausahaan Dasar" di grup WA dosen; itu bukan nama yang benar.

    Terima kasih.

    -- 
    Reni Anggraini, S.E., M.M.
    Ketua Prodi Administrasi Bisnis Terapan
    """,
    decoys=["Genap 2026/2027", "Bisnis dan Kewirausahaan Dasar"])

# 050 ---------------------------------------------------------------------
add("asap-no-publish-time-deadlines", "gmail", "2026-12-09 11:30:57",
    "Fransiska Manik", "fransiska.manik@polibatam.ac.id",
    "Pengumuman urgent utk course Basis Data Lanjut",
    ann("mixed", "Server Praktikum Basis Data Lanjut Pindah", "course", None,
        "Code-switching. 'As soon as possible' gives no publish time (publish_at absent); the "
        "shutdown day and the migration deadline are decoy dates.",
        code="IF3102", name="Basis Data Lanjut"),
    body="""
    Hi P4M,

    Tolong post announcement ini di course Basis Data Lanjut (IF3102) as soon as possible ya:

    Title: Server Praktikum Basis Data Lanjut Pindah

    Mulai hari ini server praktikum pindah ke db-lab2.polibatam.ac.id. The old address (db-lab.polibatam.ac.id) will be shut down on Friday, 11 December 2026. Please migrate your project databases before Thursday, 10 December 2026, 17.00 WIB.

    Thanks so much!
    Fransiska
    """,
    decoys=["Friday, 11 December 2026", "Thursday, 10 December 2026"])

# 051 ---------------------------------------------------------------------
add("forward-chain-signature-values", "outlook", "2026-12-10 09:25:30",
    "Nurul Aini", "nurul.aini@polibatam.ac.id",
    "TR: Mohon update data course Sistem Kontrol",
    cd("id", "EL3204", "Sistem Kontrol",
       {"shortname": "EL3204-SK-A", "lecturer": "Dr. Sari Wulandari, S.T., M.Eng."},
       "Forwarded; the request is in the forwarded part. Decoys: the signatures of the "
       "forwarder and of the original writer; the start of his study leave; class EL-3B, "
       "which he keeps."),
    quote={"kind": "forward", "lang": "id", "name": "Teguh Santoso",
           "addr": "teguh.santoso@polibatam.ac.id", "when": "2026-12-09 17:02",
           "to_name": "Nurul Aini", "to_addr": "nurul.aini@polibatam.ac.id",
           "cc": "Sari Wulandari <sari.wulandari@polibatam.ac.id>",
           "subject": "Mohon update data course Sistem Kontrol",
           "text": """
            Bu Nurul,

            Mohon diteruskan ke P4M. Untuk course Sistem Kontrol (EL3204) kelas EL-3A:
            1. Short name jadi EL3204-SK-A
            2. Dosen pengampu jadi Dr. Sari Wulandari, S.T., M.Eng.

            Saya mulai cuti studi Januari 2027, jadi Bu Sari yang melanjutkan kelas ini. Kelas EL-3B tetap saya pegang sampai akhir semester.

            Salam,
            Teguh Santoso, S.T., M.T.
            NIP 198110202008011004
            """},
    body="""
    Selamat pagi Tim P4M,

    Saya teruskan permintaan Pak Teguh di bawah. Beliau sudah konfirmasi ke saya via telepon.

    Terima kasih,
    Nurul Aini
    Admin Jurusan Teknik Elektro
    Ext. 1405 | Gedung Utama Lt. 3
    """,
    decoys=["Teguh Santoso, S.T., M.T.", "Januari 2027", "EL-3B", "198110202008011004"])

# 052 ---------------------------------------------------------------------
add("support-quiz-closed-early-mixed", "iphone", "2026-12-10 21:15:46",
    "Nadia Putri", "nadia.putri@students.polibatam.ac.id",
    "Quiz closed before time - Jaringan Komputer",
    plain("elearning_support", "mixed",
          "Quiz problem; the course code, class and times are facts of the problem."),
    body="""
    Kak, sorry ganggu malam2. Kuis 4 Jaringan Komputer (IF2206) harusnya open sampai 22.00 but it closed at 21.00 for me, jawaban saya blm ke-submit. Kelas TI-2C, NIM 3312401077. Could you please check? Temen2 yg lain ada yg masih bisa.

    Thank you kak \U0001f64f

    Sent from my iPhone
    """,
    decoys=["TI-2C"])

# 053 ---------------------------------------------------------------------
add("instead-of-credits-sister-course", "gmail", "2026-12-11 10:40:23",
    "Oliver Grant", "oliver.grant.teach@gmail.com",
    "Remote Sensing course page updates",
    cd("en", "GM2206", "Remote Sensing",
       {"summary": "Students learn how satellite and drone imagery is acquired, corrected and "
                   "classified, and apply these methods to land-cover mapping around Batam.",
        "credits": "3"},
       "Decoys: the old credits after 'instead of'; student count, lab room and a sister "
       "course's credits; 'next semester' says when."),
    body="""
    Hi there,

    I'm teaching Remote Sensing (GM2206) next semester and would like two updates to the course page:

    1. Summary: "Students learn how satellite and drone imagery is acquired, corrected and classified, and apply these methods to land-cover mapping around Batam."
    2. Credits: 3 instead of 2 (two lecture credits plus one practical credit, as in the new curriculum).

    Background, in case it helps: the course has 45 students, the practical sessions are in the GIS Lab (GM-105), and its sister course Photogrammetry (GM2103) stays at 2 credits.

    Cheers,
    Oliver Grant
    Visiting Lecturer (Fulbright), Geomatics Engineering Technology
    """,
    decoys=["45 students", "GM-105", "GM2103", "instead of 2"])

# 054 ---------------------------------------------------------------------
add("wit-zone-lusa-replacement-class", "yahoo", "2026-12-11 13:05:40",
    "Yohanis Tuhumury", "yohanis.tuhumury@yahoo.co.id",
    "Tolong pengumuman kelas pengganti Hidrodinamika",
    ann("id", "Kelas Pengganti Hidrodinamika Pekan 14", "course", "2026-12-13T07:00:00+07:00",
        "'lusa jam 09.00 WIT' (UTC+9) is 07:00 WIB two days after the Date header, which is "
        "+0900. Decoy dates: the cancelled lecture, the replacement class, the link deadline.",
        code="TPK2105", name="Hidrodinamika"),
    tz="+0900",
    body="""
    Selamat siang P4M,

    Beta sedang di Ambon urus keluarga, jadi kuliah hari Senin diganti. Tolong tayangkan pengumuman ini di course Hidrodinamika (TPK2105) lusa jam 09.00 WIT ya:

    Judul: Kelas Pengganti Hidrodinamika Pekan 14

    Kuliah Senin, 14 Desember 2026 ditiadakan dan diganti kelas daring pada Sabtu, 19 Desember 2026 pukul 08.00-10.30 WIB melalui Zoom. Tautan Zoom akan dikirim di course paling lambat Jumat, 18 Desember 2026.

    Terima kasih banyak.
    Yohanis Tuhumury, S.T., M.T.
    Teknik Perkapalan
    """,
    decoys=["Senin, 14 Desember 2026", "Sabtu, 19 Desember 2026", "Jumat, 18 Desember 2026"])

# 055 ---------------------------------------------------------------------
add("whatsapp-key-forget-class-stays", "outlook", "2026-12-14 08:30:09",
    "Andika Putra", "andika.putra@polibatam.ac.id",
    "Web Framework course - key & kelas",
    cd("mixed", "IF2208", "Web Framework", {"enrolment_key": "WebFW-Genap27", "class": "TI-2D"},
       "Code-switching. Decoys: a key sent earlier on WhatsApp and withdrawn; last year's class; "
       "the semester, which is already set."),
    body="""
    Pagi tim P4M,

    Please forget the key I sent on WhatsApp last Friday (webfw123). Enrolment key yang benar untuk Web Framework (IF2208) adalah WebFW-Genap27.

    Satu lagi, kelasnya tolong diganti ke TI-2D; TI-2A is the class from last year's run. Semester-nya tetap Genap 2026/2027 as already set.

    Thanks,
    Andika Putra, M.Kom.
    """,
    decoys=["webfw123", "TI-2A", "Genap 2026/2027"])

# 056 ---------------------------------------------------------------------
add("curriculum-credits-right-when-semester", "gmail", "2026-12-14 13:20:35",
    "Sinta Dewi", "sinta.dewi@polibatam.ac.id",
    "Ganti nama course Bahasa Indonesia",
    cd("id", "BI1101", "Bahasa Indonesia",
       {"fullname": "Bahasa Indonesia untuk Komunikasi Ilmiah"},
       "Decoys: credits from the curriculum that are already right; 'mulai semester Genap "
       "2026/2027' says when the name applies, not a semester change; the classes; room."),
    body="""
    Selamat siang Tim P4M,

    Saya pengampu MK Bahasa Indonesia (BI1101) untuk kelas TRM-1A dan TRM-1B. Mohon nama lengkap course di e-learning diganti menjadi "Bahasa Indonesia untuk Komunikasi Ilmiah".

    Di dokumen kurikulum MK ini tercatat 2 SKS dan itu sudah sesuai dengan yang tertulis di e-learning, jadi SKS tidak perlu diubah. Nama baru ini berlaku mulai semester Genap 2026/2027, tetapi boleh diganti sekarang.

    Terima kasih.

    -- 
    Sinta Dewi, S.Pd., M.Hum.
    Unit Bahasa Politeknik Negeri Batam
    Ruang UB-02, ext. 1120
    """,
    decoys=["2 SKS", "Genap 2026/2027", "TRM-1A", "UB-02"])

# 057 ---------------------------------------------------------------------
add("support-password-reset-student", "samsung", "2026-12-15 19:00:44",
    "Rudi Hermawan", "rudihermawan.tki@gmail.com",
    "Lupa password e-learning",
    plain("elearning_support", "id",
          "Password reset for a student; the class, NIM and course are context."),
    body="""
    Malam kak,

    Saya Rudi Hermawan, mahasiswa TRM-1B (NIM 4312501088). Saya lupa password e-learning dan email reset tidak masuk ke email kampus saya. Besok ada kuis Bahasa Indonesia (BI1101) jam 08.00. Mohon dibantu reset ya kak.

    Terima kasih.

    Dikirim dari ponsel Samsung Galaxy saya
    """,
    decoys=["TRM-1B"])

# 058 ---------------------------------------------------------------------
add("besok-uas-schedule-draft-date", "zimbra", "2026-12-16 09:00:27",
    "Taufik Rahman", "taufik.rahman@polibatam.ac.id",
    "Publikasi jadwal UAS Ganjil 2026/2027",
    ann("id", "Jadwal Ujian Akhir Semester Ganjil 2026/2027", "site",
        "2026-12-17T07:30:00+07:00",
        "'besok pukul 07.30' counted from the Date header. Decoy dates: the day the draft was "
        "sent, the exam period, the day the schedule appears in SIAKAD, the payment deadline."),
    body="""
    Yth. Tim P4M,

    Menindaklanjuti draf yang kami kirim pada Jumat, 11 Desember 2026, berikut versi final pengumuman jadwal UAS. Mohon ditayangkan di halaman depan e-learning besok pukul 07.30 WIB.

    Judul: Jadwal Ujian Akhir Semester Ganjil 2026/2027

    Ujian Akhir Semester Ganjil 2026/2027 dilaksanakan pada 4-15 Januari 2027. Jadwal per program studi dapat dilihat di SIAKAD mulai Senin, 21 Desember 2026. Mahasiswa wajib melunasi administrasi paling lambat Rabu, 30 Desember 2026 agar dapat mengikuti ujian.

    Terima kasih.

    Taufik Rahman
    Bagian Akademik dan Kemahasiswaan
    Politeknik Negeri Batam
    """,
    decoys=["Jumat, 11 Desember 2026", "Senin, 21 Desember 2026", "Rabu, 30 Desember 2026"])

# 059 ---------------------------------------------------------------------
add("teaching-letter-misdirected", "outlookcom", "2026-12-17 10:30:13",
    "Markus Lindqvist", "m.lindqvist@outlook.com",
    "Letter confirming my teaching for visa extension",
    plain("other", "en",
          "Asks for a letter confirming his teaching (an HR/academic office matter); the course "
          "data he quotes are facts, not changes."),
    body="""
    Dear P4M team,

    Thank you again for updating the lecturer name on Renewable Energy Systems (TRE4102) last month.

    For my visa extension, the immigration office asks for a letter confirming that I teach at Polibatam: the course Renewable Energy Systems, 3 credits, class TRE-4A, from 2 November 2026 to 15 January 2027. Could you issue such a letter, or tell me which office does this?

    Kind regards,
    Markus Lindqvist, Ph.D.
    Visiting Lecturer, Department of Electrical Engineering
    Sent from Outlook
    """,
    decoys=["TRE-4A", "3 credits"])

# 060 ---------------------------------------------------------------------
add("reply-withdraws-earlier-fullname", "gmail", "2026-12-18 08:15:52",
    "Wahyu Hidayat", "wahyu.hidayat@polibatam.ac.id",
    "Re: [P4M #2026-1302] Perubahan nama course Termodinamika Teknik",
    cd("id", "MS2202", "Termodinamika Teknik",
       {"fullname": "Termodinamika dan Perpindahan Panas", "credits": "4"},
       "Reply: the name from the first request, quoted back by the helpdesk, is withdrawn; the "
       "short name MS2202 stays (it is also the code)."),
    in_reply_to="<tkt-2026-1302.reply1@helpdesk.polibatam.ac.id>",
    quote={"kind": "reply", "lang": "id", "name": HELPDESK_NAME, "addr": HELPDESK,
           "when": "2026-12-17 14:10", "to_name": "Wahyu Hidayat",
           "to_addr": "wahyu.hidayat@polibatam.ac.id",
           "subject": "[P4M #2026-1302] Perubahan nama course Termodinamika Teknik",
           "text": T("""
            Yth. Bapak Wahyu,

            Permohonan perubahan nama course Termodinamika Teknik (MS2202) menjadi "Termodinamika Terapan" sedang kami proses dan akan diterapkan setelah mendapat persetujuan staf.
            """) + "\n\n" + HD_SIG},
    body="""
    Pagi Mas,

    Mohon maaf, setelah rapat prodi kemarin ada revisi. Nama yang saya minta sebelumnya, "Termodinamika Terapan", tidak jadi dipakai. Nama lengkap yang benar: Termodinamika dan Perpindahan Panas.

    Selain itu, SKS-nya sekalian diubah menjadi 4, karena materi perpindahan panas digabung ke MK ini. Short name tetap MS2202.

    Terima kasih,
    Wahyu Hidayat
    """,
    decoys=["Termodinamika Terapan"])


# --------------------------------------------------------------------------
# checks and output

def text_of(msg):
    chunks = [str(msg["subject"] or "")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "text/plain":
            chunks.append(part.get_content())
        elif ct == "text/html":
            h = part.get_content()
            h = re.sub(r"(?is)<style.*?</style>", " ", h)
            h = re.sub(r"<[^>]+>", " ", h)
            chunks.append(html.unescape(h))
    return " ".join(" ".join(chunks).split())


DAY_RE = re.compile(
    r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|Sen|Sel|Rab|Kam|Jum|Sab|Min|Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s+(\d{1,2})\s+"
    r"([A-Z][a-z]+)(?:\s+(\d{4}))?")
DAY_RE_US = re.compile(
    r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun),?\s+"
    r"([A-Z][a-z]+)\s+(\d{1,2}),\s+(\d{4})")


def weekday_of(name):
    for table in (ID_DAY_FULL, EN_DAY_FULL, ID_DAY, EN_DAY):
        if name in table:
            return table.index(name)
    raise KeyError(name)


def month_of(name):
    for table in (ID_MON_FULL, EN_MON_FULL, ID_MON, EN_MON):
        if name in table:
            return table.index(name) + 1
    return None


def check_weekdays(text, where):
    errors = []
    for mt in DAY_RE.finditer(text):
        mon = month_of(mt.group(3))
        if mon is None:
            continue
        year = int(mt.group(4)) if mt.group(4) else (2026 if mon >= 9 else 2027)
        day = dt.date(year, mon, int(mt.group(2)))
        if day.weekday() != weekday_of(mt.group(1)):
            errors.append("%s: '%s' is a %s" % (where, mt.group(0), EN_DAY_FULL[day.weekday()]))
    for mt in DAY_RE_US.finditer(text):
        mon = month_of(mt.group(2))
        if mon is None:
            continue
        day = dt.date(int(mt.group(4)), mon, int(mt.group(3)))
        if day.weekday() != weekday_of(mt.group(1)):
            errors.append("%s: '%s' is a %s" % (where, mt.group(0), EN_DAY_FULL[day.weekday()]))
    return errors


def norm(s):
    return " ".join(s.split())


def check(name, raw, m):
    errs = []
    if b"\n" in raw.replace(b"\r\n", b""):
        errs.append("bare LF")
    if any(len(l) > 998 for l in raw.split(b"\r\n")):
        errs.append("line longer than 998 octets")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            errs.append("defects: %r" % part.defects)
    if str(msg["subject"]) != m["subject"]:
        errs.append("subject does not round-trip: %r" % str(msg["subject"]))
    if msg["date"].datetime != m["date"]:
        errs.append("date does not round-trip")
    text = text_of(msg)
    errs += check_weekdays(text, name)
    lab = m["label"]
    f = lab["fields"]
    values = []
    for k in ("course_code", "course_name", "title"):
        if k in f:
            values.append(f[k])
    for k, v in f.get("changes", {}).items():
        if k not in CHANGE_KEYS:
            errs.append("bad change key " + k)
        values.append(v)
    for v in values:
        if not isinstance(v, str) or norm(v) not in text:
            errs.append("label value not in text: %r" % (v,))
    if lab["type"] == "course_data" and not (1 <= len(f.get("changes", {})) <= 3):
        errs.append("course_data needs 1..3 changes")
    if lab["type"] == "announcement":
        if f.get("scope") not in ("course", "site"):
            errs.append("bad scope")
        if "publish_at" in f and not re.fullmatch(r"2026-1[12]-\d\dT\d\d:\d\d:00\+07:00", f["publish_at"]):
            errs.append("bad publish_at " + f["publish_at"])
        if "publish_at" in f and dt.datetime.fromisoformat(f["publish_at"]) <= m["date"]:
            errs.append("publish_at before the Date header")
    if lab["type"] in ("elearning_support", "other") and f:
        errs.append("fields must be empty")
    changed = {norm(v) for v in f.get("changes", {}).values()}
    for dcy in m["decoys"]:
        if norm(dcy) not in text:
            errs.append("decoy not in text: %r" % dcy)
        if norm(dcy) in changed:
            errs.append("decoy is a labelled value: %r" % dcy)
    return errs


def main():
    if len(MAILS) != 60:
        print("expected 60 mails, have %d" % len(MAILS))
        return 1
    order = sorted(range(len(MAILS)), key=lambda i: MAILS[i]["date"])
    if order != list(range(len(MAILS))):
        print("mails are not in Date order")
        return 1
    files = {}
    labels = {}
    errors = []
    slugs = set()
    for i, m in enumerate(MAILS, 1):
        if m["slug"] in slugs:
            errors.append("duplicate slug " + m["slug"])
        slugs.add(m["slug"])
        name = "%03d-%s.eml" % (i, m["slug"])
        H, body, mid = render(m)
        raw = (CRLF.join(H) + CRLF + CRLF + body).encode("utf-8")
        for e in check(name, raw, m):
            errors.append("%s: %s" % (name, e))
        files[name] = raw
        labels[name] = m["label"]
    types, langs = {}, {}
    for lab in labels.values():
        types[lab["type"]] = types.get(lab["type"], 0) + 1
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
    if types != PLAN_TYPES:
        errors.append("type counts %r != %r" % (types, PLAN_TYPES))
    if langs != PLAN_LANGS:
        errors.append("language counts %r != %r" % (langs, PLAN_LANGS))
    if errors:
        print("\n".join(errors))
        return 1
    for old in sorted(os.listdir(HERE)):
        if re.fullmatch(r"\d{3}-.*\.eml", old) and old not in files:
            os.remove(os.path.join(HERE, old))
    for name, raw in sorted(files.items()):
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
    pairs = sum(len(l["fields"].get("changes", {})) for l in labels.values())
    print("wrote %d messages (%s; %s; %d change pairs) and labels.json"
          % (len(files), ", ".join("%s %d" % kv for kv in sorted(types.items())),
             ", ".join("%s %d" % kv for kv in sorted(langs.items())), pairs))
    return 0


if __name__ == "__main__":
    sys.exit(main())

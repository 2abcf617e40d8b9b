#!/usr/bin/env python3
"""Held-out corpus part 39 for the P4M helpdesk classifier.

Writes 70 raw e-mails (``NNN-quirk.eml``, CRLF line endings) and ``labels.json``
next to this script.  Standard library only; deterministic: dates, Message-IDs,
MIME boundaries, queue ids and attachment bytes (DOCX, PDF) are fixed or derived
from each message's slug, so every run rewrites byte-identical files.

    python tests/data/heldout/part39/make_holdout39.py

Label schema: the one of the development corpus (type, lang, fields, note);
``publish_at`` is ISO 8601 with +07:00, and only present when the mail asks
for a publication time.
"""

from __future__ import annotations

import base64
import email
import email.policy
import hashlib
import html
import io
import json
import quopri
import re
import sys
import textwrap
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

OUT = Path(__file__).resolve().parent
CRLF = "\r\n"
HELP = "helpdesk-p4m@polibatam.ac.id"
HELPN = "Helpdesk P4M Polibatam"

DAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAY_EN_FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_EN_FULL = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
DAY_ID = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
DAY_ID_FULL = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MON_ID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
MON_ID_FULL = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
               "September", "Oktober", "November", "Desember"]

WIB = timezone(timedelta(hours=7))


def T(y, mo, d, h, mi, s, off=7):
    return datetime(y, mo, d, h, mi, s, tzinfo=timezone(timedelta(hours=off)))


# --------------------------------------------------------------------------- basics

def h(slug, salt, n=40):
    """Deterministic hex string derived from the slug."""
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{slug}|{salt}|{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def alnum(slug, salt, n):
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    raw = hashlib.sha256(f"{slug}|{salt}".encode()).digest() * 4
    return "".join(alphabet[b % len(alphabet)] for b in raw[:n])


def rfcdate(d, pad=False, zone_comment=False):
    day = f"{d.day:02d}" if pad else str(d.day)
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    s = f"{DAY_EN[d.weekday()]}, {day} {MON_EN[d.month - 1]} {d.year} {d:%H:%M:%S} {sign}{mins // 60:02d}{mins % 60:02d}"
    if zone_comment:
        s += " (WIB)"
    return s


def to_utc(d):
    return d.astimezone(timezone.utc)


def to_wib(d):
    return d.astimezone(WIB)


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ew(s):
    """RFC 2047 encoded words (UTF-8, base64), folded."""
    if is_ascii(s):
        return s
    words = []
    cur = ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > 42:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return (CRLF + " ").join(
        "=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode("ascii") + "?=" for w in words)


def fold(name, value):
    """Fold an ASCII header at whitespace to stay under 78 columns."""
    line = f"{name}: "
    out = []
    for i, word in enumerate(value.split(" ")):
        piece = word if i == 0 else " " + word
        if len(line) + len(piece) > 76 and line.strip() != f"{name}:":
            out.append(line)
            line = " " + word
        else:
            line += piece
    out.append(line)
    return CRLF.join(out)


def subj(value):
    if is_ascii(value):
        return fold("Subject", value)
    return "Subject: " + ew(value)


def addr(name, address, quote=None):
    if not name:
        return address
    if not is_ascii(name):
        return f"{ew(name)} <{address}>"
    if quote is None:
        quote = bool(re.search(r'[.,()\[\]:;@"]', name))
    if quote:
        return f'"{name}" <{address}>'
    return f"{name} <{address}>"


def received(from_host, ip, d, slug, by="mx.polibatam.ac.id", tls=False, delay=14):
    r = to_wib(d + timedelta(seconds=delay))
    qid = alnum(slug, "qid", 13)
    proto = "ESMTPS" if tls else "ESMTP"
    sep = CRLF + " " if len(from_host) * 2 > 40 else " "
    return (f"Received: from {from_host}{sep}({from_host} [{ip}]){CRLF}"
            f" by {by} (Postfix) with {proto} id {qid}{CRLF}"
            f" for <{HELP}>; {rfcdate(r)} (WIB)")


# --------------------------------------------------------------------------- MIME parts

class Leaf:
    def __init__(self, ctype, payload, cte="7bit", extra=()):
        self.ctype = ctype
        self.payload = payload  # str or bytes
        self.cte = cte
        self.extra = list(extra)


class Multi:
    def __init__(self, subtype, boundary, parts, params="", preamble=None, extra=()):
        self.subtype = subtype
        self.boundary = boundary
        self.parts = parts
        self.params = params
        self.preamble = preamble
        self.extra = list(extra)


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", CRLF)


def enc_qp(text):
    b = text.replace("\r\n", "\n").encode("utf-8")
    return quopri.encodestring(b, quotetabs=False).decode("ascii").replace("\n", CRLF)


def enc_b64(data):
    if isinstance(data, str):
        data = crlf(data).encode("utf-8")
    return base64.encodebytes(data).decode("ascii").replace("\n", CRLF)


def render(part):
    """Return (header lines, body) for a part."""
    if isinstance(part, Multi):
        ct = f'Content-Type: multipart/{part.subtype};{CRLF} boundary="{part.boundary}"'
        if part.params:
            ct = f"Content-Type: multipart/{part.subtype}; {part.params};{CRLF} boundary=\"{part.boundary}\""
        headers = [ct] + part.extra
        chunks = []
        if part.preamble:
            chunks.append(crlf(part.preamble) + CRLF)
        for sub in part.parts:
            sh, sb = render(sub)
            chunks.append(f"--{part.boundary}{CRLF}" + CRLF.join(sh) + CRLF + CRLF + sb)
        chunks.append(f"--{part.boundary}--{CRLF}")
        return headers, "".join(chunks)
    headers = [f"Content-Type: {part.ctype}"]
    if part.cte:
        headers.append(f"Content-Transfer-Encoding: {part.cte}")
    headers += part.extra
    p = part.payload
    if part.cte == "quoted-printable":
        body = enc_qp(p)
    elif part.cte == "base64":
        body = enc_b64(p)
    else:
        if isinstance(p, bytes):
            p = p.decode("utf-8")
        body = crlf(p)
    if not body.endswith(CRLF):
        body += CRLF
    return headers, body


def message(headers, part, mime_version="MIME-Version: 1.0", mime_first=False):
    ph, pb = render(part)
    hs = [x for x in headers if x]
    if mime_version:
        if mime_first:
            hs = [mime_version] + hs
        else:
            hs = hs + [mime_version]
    raw = CRLF.join(hs + ph) + CRLF + CRLF + pb
    if not raw.endswith(CRLF):
        raw += CRLF
    return raw.encode("utf-8")


def text(ctype_sub="plain", charset="UTF-8", flowed=False, quote_charset=True):
    cs = f'"{charset}"' if quote_charset else charset
    ct = f"text/{ctype_sub}; charset={cs}"
    if flowed:
        ct += "; format=flowed"
    return ct


def attachment(ctype, filename, data, inline=False):
    disp = "inline" if inline else "attachment"
    return Leaf(f'{ctype}; name="{filename}"', data, "base64",
                [f'Content-Disposition: {disp}; filename="{filename}"'])


def rfc822_part(raw, filename=None):
    extra = []
    if filename:
        extra.append(f'Content-Disposition: attachment; filename="{filename}"')
    cte = "7bit" if is_ascii(raw.decode("utf-8")) else "8bit"
    body = raw.decode("utf-8")
    if body.endswith(CRLF):
        body = body[:-2]
    return Leaf("message/rfc822" + (f'; name="{filename}"' if filename else ""), body, cte, extra)


# --------------------------------------------------------------------------- text helpers

def dd(s):
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s


def quote_lines(s, prefix="> "):
    out = []
    for line in s.split("\n"):
        out.append(prefix.rstrip() if not line else prefix + line)
    return "\n".join(out)


def flow(s, width=72):
    """format=flowed: wrap long lines with trailing-space soft breaks."""
    out = []
    for line in s.split("\n"):
        if line == "-- " or len(line) <= width or line.startswith(">"):
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        pieces = []
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                pieces.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        pieces.append(cur)
        out.extend(pieces)
    return "\n".join(out)


def unflow(s):
    lines = s.replace("\r\n", "\n").split("\n")
    out = []
    buf = ""
    for line in lines:
        if line.endswith(" ") and line != "-- ":
            buf += line
        else:
            out.append(buf + line)
            buf = ""
    if buf:
        out.append(buf)
    return "\n".join(out)


def esc(s):
    return html.escape(s, quote=False)


def gmail_html(new, attr=None, quoted=None):
    def divs(t):
        rows = []
        for line in t.split("\n"):
            rows.append("<div><br></div>" if not line.strip() else f"<div>{esc(line)}</div>")
        return "\n".join(rows)
    out = '<div dir="ltr">\n' + divs(new.rstrip("\n")) + "\n</div>"
    if attr is not None:
        q = "<br>\n".join(esc(x) for x in quoted.rstrip("\n").split("\n"))
        out += ('\n<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                + esc(attr).replace("\n", "<br>\n") + '<br></div>\n'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">\n'
                + q + "\n</blockquote></div>")
    return out + "\n"


WORD_HEAD = dd("""
<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
\t{font-family:"Cambria Math";
\tpanose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
\t{font-family:Calibri;
\tpanose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{margin:0cm;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
a:link, span.MsoHyperlink
\t{mso-style-priority:99;
\tcolor:#0563C1;
\ttext-decoration:underline;}
table.MsoTableGrid
\t{mso-style-name:"Table Grid";
\tborder:solid windowtext 1.0pt;
\tfont-size:11.0pt;
\tfont-family:"Calibri",sans-serif;}
span.EmailStyle17
\t{mso-style-type:personal-compose;
\tfont-family:"Calibri",sans-serif;
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
""")


def mso_p(line):
    if not line.strip():
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    return f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>'


def word_html(new, quote_hdr=None, quoted=None, lang="id-ID", extra_html=""):
    body = [f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
            '<div class="WordSection1">']
    body += [mso_p(x) for x in new.rstrip("\n").split("\n")]
    if extra_html:
        body.append(extra_html)
    if quote_hdr:
        body.append(mso_p(""))
        body.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        hdr_lines = []
        for k, v in quote_hdr:
            hdr_lines.append(f"<b>{esc(k)}:</b> {esc(v)}")
        body.append('<p class="MsoNormal">' + "<br>\n".join(hdr_lines) + "<o:p></o:p></p>")
        body.append("</div>")
        body.append(mso_p(""))
        body += [mso_p(x) for x in quoted.rstrip("\n").split("\n")]
    body += ["</div>", "</body>", "</html>"]
    return WORD_HEAD + "\n".join(body) + "\n"


def outlook_plain_quote(quote_hdr, quoted):
    lines = ["________________________________"]
    lines += [f"{k}: {v}" for k, v in quote_hdr]
    return "\n".join(lines) + "\n\n" + quoted


def id_long(d):
    """'Jumat, 05 Maret 2027 09.12' as Outlook (id-ID) writes it."""
    return f"{DAY_ID_FULL[d.weekday()]}, {d.day:02d} {MON_ID_FULL[d.month - 1]} {d.year} {d:%H}.{d:%M}"


def gmail_attr_id(d, name, address):
    return (f"Pada {DAY_ID[d.weekday()]}, {d.day} {MON_ID[d.month - 1]} {d.year} pukul "
            f"{d:%H}.{d:%M} {name} <{address}>\nmenulis:")


def gmail_attr_en(d, name, address):
    hr = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    return (f"On {DAY_EN[d.weekday()]}, {MON_EN[d.month - 1]} {d.day}, {d.year} at {hr}:{d:%M} {ap} "
            f"{name} <{address}> wrote:")


# --------------------------------------------------------------------------- client builders

def ids_gmail(slug):
    return f"<CA{alnum(slug, 'mid', 44)}@mail.gmail.com>"


def ids_outlook(slug, pod="SEZPR06MB"):
    hx = h(slug, "mid", 28).upper()
    num = int(h(slug, "num", 6), 16) % 9000 + 1000
    return f"<{pod}{num}{hx}@{pod}{num}.apcprd06.prod.outlook.com>"


def ids_uuid(slug, domain):
    x = h(slug, "uuid", 32).upper()
    return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{domain}>"


def ids_zimbra(slug, d):
    a = int(h(slug, "z1", 8), 16) % 900000000 + 100000000
    b = int(h(slug, "z2", 8), 16) % 9000000 + 1000000
    ms = int(to_utc(d).timestamp() * 1000)
    return f"<{a}.{b}.{ms}.JavaMail.zimbra@polibatam.ac.id>"


def ids_yahoo(slug, d):
    a = int(h(slug, "y1", 10), 16) % 9000000000 + 1000000000
    b = int(h(slug, "y2", 8), 16) % 900000 + 100000
    ms = int(to_utc(d).timestamp() * 1000)
    return f"<{a}.{b}.{ms}@mail.yahoo.com>"


def gmail_boundary(slug, n=1):
    return "000000000000" + h(slug, f"gb{n}", 12)


def thread_refs(refs):
    out = []
    if refs:
        out.append(f"In-Reply-To: {refs[-1]}")
        out.append("References: " + (CRLF + " ").join(refs))
    return out


def gmail_msg(slug, d, frm, subject, new, to=HELP, cc=None, attr=None, quoted=None,
              refs=None, attachments=(), html=True, from_host=None, ip="209.85.220.41",
              plain_cte=None, extra_headers=()):
    """Gmail web / Android app: multipart/alternative, quoted-printable when needed."""
    plain = new if attr is None else new.rstrip("\n") + "\n\n" + attr + "\n" + quote_lines(quoted.rstrip("\n")) + "\n"
    cte = plain_cte or ("7bit" if is_ascii(plain) and max(len(x) for x in plain.split("\n")) < 78 else "quoted-printable")
    plain_leaf = Leaf(text(), plain, cte)
    if html:
        hbody = gmail_html(new, attr, quoted)
        body = Multi("alternative", gmail_boundary(slug, 1),
                     [plain_leaf, Leaf(text("html"), hbody, "quoted-printable")])
    else:
        body = plain_leaf
    if attachments:
        body = Multi("mixed", gmail_boundary(slug, 2), [body] + list(attachments))
    headers = [
        received(from_host or "mail-sor-f41.google.com", ip, d, slug),
        f"X-Google-DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=1e100.net; s=20230601; t={int(to_utc(d).timestamp())};",
        "MIME-Version: 1.0",
        f"From: {frm}",
        f"Date: {rfcdate(d)}",
        f"Message-ID: {ids_gmail(slug)}",
    ] + thread_refs(refs) + [
        subj(subject),
        f"To: {to}",
    ]
    if cc:
        headers.append(f"Cc: {cc}")
    headers += list(extra_headers)
    return message(headers, body, mime_version=None)


def outlook_msg(slug, d, frm, subject, new, to=None, cc=None, quote_hdr=None, quoted=None,
                refs=None, attachments=(), html_only=False, html_override=None,
                lang="id-ID", utc=True, ip="40.107.117.85", extra_html="", pod="SEZPR06MB",
                host="APC01-SG2-obe.outbound.protection.outlook.com", thread_topic=None):
    """Outlook / Microsoft 365: Word HTML, quoted-printable, Thread-Index; Date in UTC."""
    to = to or f'"{HELP}" <{HELP}>'
    hbody = html_override or word_html(new, quote_hdr, quoted, lang=lang, extra_html=extra_html)
    if html_only:
        body = Leaf(text("html", "utf-8"), hbody, "quoted-printable")
    else:
        plain = new if quote_hdr is None else new.rstrip("\n") + "\n\n" + outlook_plain_quote(quote_hdr, quoted)
        body = Multi("alternative", f"_000_{h(slug, 'ob', 36).upper()}_",
                     [Leaf(text("plain", "utf-8"), plain, "quoted-printable"),
                      Leaf(text("html", "utf-8"), hbody, "quoted-printable")])
    if attachments:
        body = Multi("mixed", f"_004_{h(slug, 'om', 36).upper()}_", [body] + list(attachments))
    tidx = base64.b64encode(bytes.fromhex(h(slug, "tidx", 44))).decode("ascii")
    topic = thread_topic or re.sub(r"^(RE|FW|TR|BLS|Balas|Re|Fwd|Fw):\s*", "", subject)
    date_hdr = rfcdate(to_utc(d), pad=True) if utc else rfcdate(d, pad=True)
    headers = [
        received(host, ip, d, slug, tls=True),
        f"From: {frm}",
        f"To: {to}",
    ]
    if cc:
        headers.append(f"CC: {cc}")
    headers += [
        subj(subject),
        "Thread-Topic: " + (topic if is_ascii(topic) else ew(topic)),
        f"Thread-Index: {tidx}",
        f"Date: {date_hdr}",
        f"Message-ID: {ids_outlook(slug, pod)}",
    ] + thread_refs(refs) + [
        f"Accept-Language: {lang}, en-US",
        f"Content-Language: {lang}",
        "X-MS-Has-Attach: " + ("yes" if attachments else ""),
        "X-MS-TNEF-Correlator: ",
    ]
    return message(headers, body)


def iphone_msg(slug, d, frm, subject, new, to=HELP, cc=None, refs=None, ip="103.143.71.160",
               sig="Dikirim dari iPhone saya"):
    body_text = new.rstrip("\n") + ("\n\n" + sig + "\n" if sig else "\n")
    leaf = Leaf(text("plain", "utf-8", quote_charset=False), body_text, "quoted-printable")
    headers = [
        received("mail.polibatam.ac.id", ip, d, slug),
        f"Content-Type: {leaf.ctype}",
        "Content-Transfer-Encoding: quoted-printable",
        f"From: {frm}",
        "Mime-Version: 1.0 (1.0)",
        f"Date: {rfcdate(d)}",
        subj(subject),
        f"Message-Id: {ids_uuid(slug, frm.split('@')[-1].rstrip('>'))}",
    ] + thread_refs(refs) + [f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + ["X-Mailer: iPhone Mail (22E252)"]
    _, b = render(leaf)
    return (CRLF.join(headers) + CRLF + CRLF + b).encode("utf-8")


def thunderbird_msg(slug, d, frm, subject, new, to=HELP, refs=None, lang="id-ID",
                    ua="Mozilla Thunderbird", ip="103.143.71.141", attachments=()):
    body_text = flow(new)
    cte = "7bit" if is_ascii(body_text) else "8bit"
    leaf = Leaf(text("plain", "UTF-8", flowed=True, quote_charset=False), body_text, cte)
    body = leaf
    if attachments:
        body = Multi("mixed", "------------" + alnum(slug, "tb", 24), [leaf] + list(attachments),
                     preamble="This is a multi-part message in MIME format.")
    headers = [
        received("mail.polibatam.ac.id", ip, d, slug),
        f"Message-ID: {ids_uuid(slug, 'polibatam.ac.id').lower()}",
        f"Date: {rfcdate(d)}",
        "MIME-Version: 1.0",
        f"User-Agent: {ua}",
        f"Content-Language: {lang}",
        f"To: {to}",
        f"From: {frm}",
    ] + thread_refs(refs) + [subj(subject)]
    return message(headers, body, mime_version=None)


def zimbra_msg(slug, d, frm, subject, new, to=HELP, refs=None, ip="103.143.71.133",
               quoted_html=None, extra_headers=()):
    boundary = f"=_{h(slug, 'zb', 8)}-{h(slug, 'zc', 4)}-{h(slug, 'zd', 4)}-{h(slug, 'ze', 4)}-{h(slug, 'zf', 12)}"
    hb = "<html><body><div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000\">"
    hb += "".join(f"<div>{esc(x) if x.strip() else '<br data-mce-bogus=&quot;1&quot;>'}</div>"
                  for x in new.rstrip("\n").split("\n"))
    hb = hb.replace("&quot;", '"')
    if quoted_html:
        hb += quoted_html
    hb += "</div></body></html>\n"
    body = Multi("alternative", boundary,
                 [Leaf(text("plain", "utf-8", quote_charset=False), new, "quoted-printable"),
                  Leaf(text("html", "utf-8", quote_charset=False), hb, "quoted-printable")])
    headers = [
        received("mail.polibatam.ac.id", ip, d, slug),
        f"Date: {rfcdate(d)}",
        f"From: {frm}",
        f"To: {to}",
        f"Message-ID: {ids_zimbra(slug, d)}",
    ] + thread_refs(refs) + [
        subj(subject),
        "MIME-Version: 1.0",
        "X-Originating-IP: [10.10.20.57]",
        "X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC121 (Win)/9.0.0_GA_4546)",
        "Thread-Index: " + base64.b64encode(bytes.fromhex(h(slug, "zt", 20))).decode("ascii"),
    ] + list(extra_headers)
    return message(headers, body, mime_version=None)


def yahoo_msg(slug, d, frm, subject, new, to=HELP, refs=None, attr=None, quoted=None, ip="98.137.65.148"):
    plain = new if attr is None else new.rstrip("\n") + "\n\n" + attr + "\n" + quote_lines(quoted.rstrip("\n")) + "\n"
    b = f"----=_Part_{int(h(slug, 'yp', 6), 16) % 9000000 + 1000000}_{int(h(slug, 'yq', 8), 16) % 900000000 + 100000000}.{int(to_utc(d).timestamp() * 1000)}"
    hb = '<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
    hb += "".join(f"<div>{esc(x) if x.strip() else '<br>'}</div>" for x in new.rstrip("\n").split("\n"))
    hb += "</div>"
    if attr is not None:
        hb += ('<div id="yahoo_quoted" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">'
               f"<div>{esc(attr)}</div><div><br></div><blockquote>"
               + "".join(f"<div>{esc(x) if x.strip() else '<br>'}</div>" for x in quoted.rstrip("\n").split("\n"))
               + "</blockquote></div></div>")
    hb += "</body></html>\n"
    body = Multi("alternative", b, [Leaf(text("plain", "UTF-8", quote_charset=False), plain, "quoted-printable"),
                                    Leaf(text("html", "UTF-8", quote_charset=False), hb, "quoted-printable")])
    headers = [
        received("sonic305-21.consmr.mail.sg3.yahoo.com", ip, d, slug, tls=True),
        f"Date: {rfcdate(d)}",
        f"From: {frm}",
        f"To: {to}",
        f"Message-ID: {ids_yahoo(slug, d)}",
    ] + thread_refs(refs) + [
        subj(subject),
        "MIME-Version: 1.0",
        "X-Mailer: WebService/1.1.22069 YMailNorrin",
    ]
    return message(headers, body, mime_version=None)


def samsung_msg(slug, d, frm, subject, new, to=HELP, refs=None, ip="209.85.216.54"):
    hb = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div dir="auto">'
    hb += "".join(f"<div dir=\"auto\">{esc(x) if x.strip() else '<br>'}</div>" for x in new.rstrip("\n").split("\n"))
    hb += "</div></body></html>"
    b = f"--_com.samsung.android.email_{int(h(slug, 'sb', 12), 16) % 10**14}"
    body = Multi("alternative", b, [Leaf(text("plain", "UTF-8", quote_charset=False), new, "base64"),
                                    Leaf(text("html", "UTF-8", quote_charset=False), hb, "base64")])
    headers = [
        received("mail-pj1-f54.google.com", ip, d, slug),
        f"Message-ID: <{h(slug, 'sm', 16)}.{h(slug, 'sn', 8)}@email.android.com>",
        f"Date: {rfcdate(d)}",
        f"Subject: {subject}" if is_ascii(subject) else "Subject: " + ew(subject),
        f"From: {frm}",
        f"To: {to}",
    ] + thread_refs(refs) + ["MIME-Version: 1.0", "X-Mailer: Samsung Mail"]
    return message(headers, body, mime_version=None)


# --------------------------------------------------------------------------- documents

def make_docx(blocks, title, author, when):
    """Minimal valid DOCX. blocks: ("p", text, bold) or ("table", rows, widths)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def run(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:r>{rpr}<w:t xml:space="preserve">{html.escape(t, quote=False)}</w:t></w:r>'

    body = []
    for blk in blocks:
        if blk[0] == "p":
            _, t, bold = blk
            body.append(f"<w:p>{run(t, bold) if t else ''}</w:p>")
        else:
            _, rows, widths = blk
            bd = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                         for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
            tbl = [f'<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>{bd}</w:tblBorders></w:tblPr>',
                   "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{x}"/>' for x in widths) + "</w:tblGrid>"]
            for ri, row in enumerate(rows):
                tbl.append("<w:tr>")
                for ci, cell in enumerate(row):
                    tbl.append(f'<w:tc><w:tcPr><w:tcW w:w="{widths[ci]}" w:type="dxa"/></w:tcPr>'
                               f"<w:p>{run(cell, ri == 0)}</w:p></w:tc>")
                tbl.append("</w:tr>")
            tbl.append("</w:tbl>")
            body.append("".join(tbl))
            body.append("<w:p/>")
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                f"<w:document {W}><w:body>" + "".join(body) +
                '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/>'
                "</w:sectPr></w:body></w:document>")
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            "</Relationships>")
    stamp = to_utc(when).strftime("%Y-%m-%dT%H:%M:%SZ")
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{html.escape(title)}</dc:title><dc:creator>{html.escape(author)}</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
            "</cp:coreProperties>")
    buf = io.BytesIO()
    dt = when.timetuple()[:6]
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in (("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                           ("word/document.xml", document), ("docProps/core.xml", core)):
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines, title, when):
    """Minimal valid one-page PDF (Helvetica, uncompressed text stream)."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for ln in lines:
        if ln.startswith("#"):
            ops.append("/F2 12 Tf")
            ops.append(f"({pdf_escape(ln[1:])}) Tj T*")
            ops.append("/F1 11 Tf")
        else:
            ops.append(f"({pdf_escape(ln)}) Tj T*")
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    stamp = when.strftime("D:%Y%m%d%H%M%S+07'00'")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        ("<< /Title (" + pdf_escape(title) + ") /Producer (Microsoft Word for Microsoft 365) "
         f"/CreationDate ({stamp}) /ModDate ({stamp}) >>").encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n".encode() + b"0000000000 65535 f \n"
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    fid = hashlib.md5(stream).hexdigest().upper()
    out += (f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 7 0 R /ID [<{fid}> <{fid}>] >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# --------------------------------------------------------------------------- corpus

MESSAGES = []


def mail(slug, type_, lang, fields=None, note=""):
    def deco(fn):
        MESSAGES.append({"slug": slug, "type": type_, "lang": lang,
                         "fields": fields or {}, "note": note, "build": fn})
        return fn
    return deco


def cd(code=None, name=None, **changes):
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



# ---- 001 ------------------------------------------------------------------
@mail("phone-abbrev-rename-algoritma", "course_data", "id",
      cd("IF1203", "Pemrograman Dasar", fullname="Algoritma dan Pemrograman Dasar"))
def _(slug):
    d = T(2026, 12, 1, 8, 47, 12)
    new = dd("""
        pagi min,
        mhn bntu ganti nm MK IF1203 di elearning. skrg msh "Pemrograman Dasar", tlg dirubah jd "Algoritma dan Pemrograman Dasar" sesuai kurikulum baru. kode MK ttp sm, isi course jg gk usah diapa2in.
        mksh bnyk min 🙏
        """)
    return gmail_msg(slug, d, addr("Yosafat Sinaga", "yosafat.sinaga@polibatam.ac.id"),
                     "ganti nm MK", new)


# ---- 002 ------------------------------------------------------------------
@mail("mailer-daemon-quota-partner", "auto", "en",
      note="Bounce (mailbox over quota) of an acknowledgement sent to a partner address; must not open a ticket.")
def _(slug):
    d = T(2026, 12, 3, 10, 5, 41)
    qid = alnum(slug, "q", 11)
    b = f"{qid}.{int(to_utc(d).timestamp())}/mx.polibatam.ac.id"
    notif = dd("""
        This is the mail system at host mx.polibatam.ac.id.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. The headers of the
        returned message are attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <daniel.tan@sjpoly.edu.my>: host sjpoly-edu-my.mail.protection.outlook.com[52.101.133.4]
            said: 552 5.2.2 Mailbox full; the recipient's mailbox is over its
            storage quota (in reply to end of DATA command)
        """)
    dsn = dd(f"""
        Reporting-MTA: dns; mx.polibatam.ac.id
        X-Postfix-Queue-ID: {qid}
        X-Postfix-Sender: rfc822; {HELP}
        Arrival-Date: {rfcdate(to_wib(d - timedelta(seconds=6)))} (WIB)

        Final-Recipient: rfc822; daniel.tan@sjpoly.edu.my
        Original-Recipient: rfc822;daniel.tan@sjpoly.edu.my
        Action: failed
        Status: 5.2.2
        Remote-MTA: dns; sjpoly-edu-my.mail.protection.outlook.com
        Diagnostic-Code: smtp; 552 5.2.2 Mailbox full; the recipient's mailbox is over
            its storage quota
        """)
    orig = dd(f"""
        Return-Path: <{HELP}>
        Received: from helpdesk.polibatam.ac.id (helpdesk.polibatam.ac.id [103.143.71.20])
        \tby mx.polibatam.ac.id (Postfix) with ESMTPS id {qid}
        \tfor <daniel.tan@sjpoly.edu.my>; {rfcdate(to_wib(d - timedelta(seconds=6)))} (WIB)
        From: {HELPN} <{HELP}>
        To: daniel.tan@sjpoly.edu.my
        Subject: [P4M #2026-1163] Your request has been received
        Date: {rfcdate(to_wib(d - timedelta(seconds=7)))}
        Message-ID: <tkt-2026-1163.ack@helpdesk.polibatam.ac.id>
        Auto-Submitted: auto-replied
        X-P4M-Loop: helpdesk-p4m
        MIME-Version: 1.0
        Content-Type: text/plain; charset="utf-8"
        Content-Transfer-Encoding: 7bit
        """)
    body = Multi("report", b, [
        Leaf("text/plain; charset=us-ascii", notif, None, ["Content-Description: Notification"]),
        Leaf("message/delivery-status", dsn, None, ["Content-Description: Delivery report"]),
        Leaf("text/rfc822-headers", orig, None, ["Content-Description: Undelivered Message Headers"]),
    ], params="report-type=delivery-status", preamble="This is a MIME-encapsulated message.\n")
    headers = [
        "Return-Path: <>",
        f"Received: by mx.polibatam.ac.id (Postfix){CRLF} id {qid}; {rfcdate(d)} (WIB)",
        f"Date: {rfcdate(d)} (WIB)",
        "From: MAILER-DAEMON@polibatam.ac.id (Mail Delivery System)",
        "Subject: Undelivered Mail Returned to Sender",
        f"To: {HELP}",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
    ]
    ph, pb = render(body)
    ph = ph + ["Content-Transfer-Encoding: 7bit"]
    raw = CRLF.join(headers + ph + [f"Message-Id: <{to_utc(d).strftime('%Y%m%d%H%M%S')}.{qid}@mx.polibatam.ac.id>"]) + CRLF + CRLF + pb
    return raw.encode("utf-8")


# ---- 003 ------------------------------------------------------------------
@mail("tgl-5-jan-jam-7-pagi-pemeliharaan", "announcement", "id",
      ann("Pemeliharaan Jaringan Kampus dan E-Learning", "site", "2027-01-05T07:00:00+07:00"))
def _(slug):
    d = T(2026, 12, 7, 14, 20, 3)
    new = dd("""
        Selamat siang rekan-rekan P4M,

        Kami dari UPA TIK akan melakukan pemeliharaan perangkat inti jaringan kampus pada Sabtu, 9 Januari 2027 pukul 22.00 s.d. Minggu, 10 Januari 2027 pukul 04.00 WIB. Selama jendela tersebut e-learning, SSO dan SIAKAD tidak dapat diakses.

        Mohon bantuan untuk menayangkan pengumuman di halaman depan e-learning (untuk semua pengguna) tgl 5 Jan jam 7 pagi, supaya mahasiswa dan dosen masih punya waktu menyesuaikan jadwal tugas/kuis.

        Judul: Pemeliharaan Jaringan Kampus dan E-Learning
        Isi:
        Diberitahukan kepada seluruh sivitas akademika bahwa akan dilaksanakan pemeliharaan jaringan kampus pada Sabtu, 9 Januari 2027 pukul 22.00 WIB hingga Minggu, 10 Januari 2027 pukul 04.00 WIB. Layanan e-learning, SSO, dan SIAKAD tidak dapat diakses selama periode tersebut. Dosen dimohon tidak menjadwalkan kuis atau batas pengumpulan tugas pada rentang waktu itu.

        Terima kasih atas kerja samanya.

        Salam,
        Hendri Saputra
        UPA Teknologi Informasi dan Komunikasi
        Politeknik Negeri Batam | Ext. 1207
        """)
    return zimbra_msg(slug, d, addr("Hendri Saputra", "hendri.saputra@polibatam.ac.id"),
                      "Mohon publikasi info pemeliharaan jaringan & e-learning", new)


# ---- 004 ------------------------------------------------------------------
@mail("hp-singkatan-gagal-login", "elearning_support", "id")
def _(slug):
    d = T(2026, 12, 9, 19, 32, 50)
    new = dd("""
        kak mau tny, sy gk bs login elearning dr kmrn sore. sso nya bs, siakad jg bs, tp pas buka learning.polibatam.ac.id muncul "Invalid login, please try again" trs. udh ganti browser & hapus cache tetep sm 😭
        bsk ada kuis PBO jam 8, tlg dibantu ya kak
        nim 4342501088, TI 1C
        mksh kak
        """)
    return gmail_msg(slug, d, addr("Nur Aisyah", "4342501088@students.polibatam.ac.id"),
                     "gk bs login elearning", new, html=False)


# ---- 005 ------------------------------------------------------------------
@mail("surat-resmi-gelar-dosen-pengampu", "course_data", "id",
      cd("EL3202", "Sistem Tenaga Listrik", lecturer="Dr. Ir. Hendra Kusuma, S.T., M.Sc., IPM"))
def _(slug):
    d = T(2026, 12, 10, 9, 15, 27)
    new = dd("""
        Kepada Yth.
        Kepala P4M Politeknik Negeri Batam
        di tempat

        Dengan hormat,

        Sehubungan dengan penugasan Bapak Rahmat Hidayat, S.T., M.T. sebagai pendamping program magang industri pada semester genap 2026/2027, bersama ini kami mohon perubahan data dosen pengampu pada course e-learning berikut:

        Kode Mata Kuliah    : EL3202
        Nama Mata Kuliah    : Sistem Tenaga Listrik
        Dosen pengampu lama : Rahmat Hidayat, S.T., M.T.
        Dosen pengampu baru : Dr. Ir. Hendra Kusuma, S.T., M.Sc., IPM

        Perubahan ini telah disetujui dalam rapat jurusan tanggal 8 Desember 2026. Akses dosen pengampu lama mohon tetap dipertahankan sampai nilai semester ganjil selesai diinput.

        Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.

        Hormat kami,

        Dr. Martha Simanjuntak, S.T., M.T.
        Ketua Jurusan Teknik Elektro
        Politeknik Negeri Batam
        """)
    return outlook_msg(slug, d, addr("Dr. Martha Simanjuntak", "martha.simanjuntak@polibatam.ac.id"),
                       "Permohonan Perubahan Dosen Pengampu MK Sistem Tenaga Listrik (EL3202)", new)


# ---- 006 ------------------------------------------------------------------
@mail("minta-sop-perubahan-data-mk-near-miss", "document_request", "id",
      note="Near-miss: about course-data changes, but the ask is the SOP and its form; no change is requested yet.")
def _(slug):
    d = T(2026, 12, 14, 11, 40, 8)
    new = dd("""
        Selamat siang Bapak/Ibu P4M,

        Saya admin prodi D3 Teknik Elektronika Manufaktur. Untuk persiapan semester genap, beberapa dosen kami berencana mengajukan perubahan data mata kuliah di e-learning. Sebelum itu, kami ingin mempelajari alurnya dulu.

        Apakah kami bisa meminta dokumen SOP Perubahan/Pembaruan Data Identitas Mata Kuliah beserta formulir yang dipakai? Kalau ada versi Word-nya akan sangat membantu supaya bisa kami isi langsung.

        Untuk saat ini belum ada perubahan yang perlu diproses.

        Terima kasih,
        Lestari Wulandari
        Admin Prodi D3 Teknik Elektronika Manufaktur
        """)
    return gmail_msg(slug, d, addr("Lestari Wulandari", "lestari.wulandari@polibatam.ac.id"),
                     "Permintaan file SOP perubahan data identitas MK", new)


# ---- 007 ------------------------------------------------------------------
@mail("exchange-coordinator-shortname-slash", "course_data", "en",
      cd("TRE4105", "Industrial Internet of Things", shortname="TRE4105/IIoT-SJP"))
def _(slug):
    d = T(2026, 12, 16, 14, 2, 19, off=8)
    new = dd("""
        Dear P4M team,

        I coordinate the joint delivery of Industrial Internet of Things with Politeknik Negeri Batam next semester (course code TRE4105 on your side). Our registry maps credits by the course short name that appears in the Moodle export, and the current one clashes with a code in our own catalogue.

        Could you please change the short name of that course to:

            TRE4105/IIoT-SJP

        Nothing else needs to change; the full name and the lecturers stay as they are. Ms Rahmawati from your International Office is copied for reference.

        Kind regards,
        Daniel Tan Wei Ming
        Programme Coordinator, School of Engineering
        Southern Johor Polytechnic
        """)
    return outlook_msg(slug, d, addr("Daniel Tan Wei Ming", "daniel.tan@sjpoly.edu.my"),
                       "Joint course TRE4105 – short name for credit mapping", new,
                       cc=addr("Rahmawati", "rahmawati@polibatam.ac.id"), lang="en-GB",
                       pod="KL1PR01MB", host="MYS01-KL1-obe.outbound.protection.outlook.com",
                       ip="40.107.128.92")


# ---- 008 ------------------------------------------------------------------
@mail("terima-kasih-kelas-sudah-berubah", "other", "id",
      note="Thanks after a finished course-data ticket; the course details are only in the quoted resolution.")
def _(slug):
    d = T(2026, 12, 18, 16, 25, 44)
    q = T(2026, 12, 18, 14, 2, 0)
    new = dd("""
        Siap, sudah saya cek tadi dan kelasnya sudah berubah jadi TRE-1C. Mahasiswa juga sudah bisa masuk semua.

        Terima kasih banyak Mas/Mbak P4M, cepat sekali prosesnya 👍

        Salam,
        Wahyuni
        """)
    quoted = dd("""
        Yth. Ibu Wahyuni,

        Kelas pada course TRE1101 Fisika Dasar telah kami ubah dari TRE-1A menjadi TRE-1C sesuai permintaan Ibu. Tiket #2026-1187 kami tandai selesai.

        Mohon beri penilaian layanan kami dengan membalas email ini dengan angka 1 sampai 5.

        Salam,
        Tim Helpdesk P4M
        """)
    return gmail_msg(slug, d, addr("Wahyuni Lubis", "wahyuni.lubis@polibatam.ac.id"),
                     "Re: [P4M #2026-1187] Perubahan kelas MK Fisika Dasar", new,
                     attr=gmail_attr_id(q, HELPN, HELP), quoted=quoted,
                     refs=["<tkt-2026-1187.req@polibatam.ac.id>", "<tkt-2026-1187.resolved@helpdesk.polibatam.ac.id>"])


# ---- 009 ------------------------------------------------------------------
@mail("partner-monday-4pm-wita", "announcement", "en",
      ann("Guest Lecture: Mooring System Design for FPSO Units", "course", "2026-12-21T15:00:00+07:00",
          code="MS4203", name="Offshore Structures"),
      note="Publish time given in WITA (UTC+8); 4 pm WITA is 3 pm WIB.")
def _(slug):
    d = T(2026, 12, 19, 10, 30, 5, off=8)
    new = dd("""
        Hello P4M Helpdesk,

        Pak Fajar Nugroho asked me to send the announcement for my guest lecture directly to you, as he is travelling this week. It is for his course Offshore Structures (MS4203).

        Could you please publish the text below in that course on Monday 4pm WITA? That is when I am back at my desk in Balikpapan and can answer questions from the students.

        Title: Guest Lecture: Mooring System Design for FPSO Units

        Dear students, I will give a 90-minute online guest lecture on mooring system design for FPSO units on Wednesday, 6 January 2027, 09.00-10.30 WIB via Zoom. The link will be shared in the course forum one day before. Please read the short case study in the Week 14 folder beforehand.

        Thank you and regards,
        Ryan Mitchell
        Senior Mooring Engineer
        PT Kaltim Offshore Engineering, Balikpapan
        """)
    return gmail_msg(slug, d, addr("Ryan Mitchell", "ryan.mitchell@kaltimoffshore.co.id"),
                     "Announcement request - guest lecture for Offshore Structures (MS4203)", new,
                     cc=addr("Fajar Nugroho", "fajar.nugroho@polibatam.ac.id"),
                     from_host="mail-ej1-f47.google.com", ip="209.85.218.47")


# ---- 010 ------------------------------------------------------------------
@mail("code-switch-enrolment-key-titik-strip", "course_data", "mixed",
      cd("IF3208", "Mobile Programming", enrolment_key="Mob.Dev-2027!"))
def _(slug):
    d = T(2026, 12, 22, 21, 14, 36)
    new = dd("""
        Hi tim P4M,

        Minta tolong reset enrolment key buat course Mobile Programming (IF3208) ya. Key yang lama udah kesebar di grup WA angkatan, jadi anak-anak dari kelas lain ikut join. Aku udah kick manual yang salah kelas.

        New key-nya: Mob.Dev-2027!

        Please update before Monday kalau bisa, soalnya minggu depan ada kuis. Thanks a lot!

        Best,
        Kevin
        """)
    return gmail_msg(slug, d, addr("Kevin Hartanto", "kevin.hartanto@polibatam.ac.id"),
                     "Reset enrolment key Mobile Programming", new)


# ---- 011 ------------------------------------------------------------------
@mail("exchange-student-empty-dashboard", "elearning_support", "en")
def _(slug):
    d = T(2027, 1, 4, 7, 55, 21)
    new = dd("""
        Dear Sir/Madam,

        I am an inbound exchange student from Busan, joining the Informatics Engineering department for the even semester. I received my Polibatam account last week and I can log in to learning.polibatam.ac.id, but my dashboard only says "You are not enrolled in any course".

        According to the International Office my registered courses are Web Framework Programming, Data Mining and Indonesian for Foreigners.

        Student ID: 4312691004
        Username: jihoon.park

        Could you please check whether I have to enrol myself, or whether someone needs to add me?

        Thank you very much,
        Park Ji-hoon
        """)
    return gmail_msg(slug, d, addr("Park Ji-hoon", "jihoon.park.0311@gmail.com"),
                     "Cannot see my courses on e-learning", new)


# ---- 012 ------------------------------------------------------------------
@mail("outlook-html-only-tabel-lama-baru", "course_data", "id",
      cd("MS1102", "Gambar Teknik", fullname="Gambar Teknik Manufaktur", shortname="MS1102-GTM", credits="3"),
      note="HTML-only Outlook mail; the changes are in a table with old and new columns.")
def _(slug):
    d = T(2027, 1, 5, 10, 22, 48)
    td = 'style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"'
    rows = [("Data", "Lama", "Baru"),
            ("Kode MK", "MS1102", "(tetap)"),
            ("Nama MK", "Gambar Teknik", "Gambar Teknik Manufaktur"),
            ("Nama singkat", "MS1102", "MS1102-GTM"),
            ("SKS", "2", "3")]
    trs = []
    for i, r in enumerate(rows):
        cells = "".join(
            f'<td width="180" valign="top" {td}><p class="MsoNormal">'
            + (f"<b>{esc(c)}</b>" if i == 0 else esc(c)) + "<o:p></o:p></p></td>" for c in r)
        trs.append(f"<tr>{cells}</tr>")
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse;border:none">\n<tbody>\n' + "\n".join(trs) + "\n</tbody>\n</table>")
    before = dd("""
        Yth. Tim P4M,

        Mohon bantuan perubahan data course berikut di e-learning:
        """)
    after = dd("""

        Perubahan ini mengikuti SK Direktur tentang kurikulum 2027 yang berlaku mulai semester genap. Isi course dan peserta tidak berubah.

        Terima kasih.

        Salam,
        Ir. Bonar Situmorang, M.T.
        Dosen Jurusan Teknik Mesin
        """)
    body = [f'<body lang="id-ID" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
            '<div class="WordSection1">']
    body += [mso_p(x) for x in before.rstrip("\n").split("\n")]
    body.append(table)
    body += [mso_p(x) for x in after.rstrip("\n").split("\n")]
    body += ["</div>", "</body>", "</html>"]
    hbody = WORD_HEAD + "\n".join(body) + "\n"
    return outlook_msg(slug, d, addr("Bonar Situmorang", "bonar.situmorang@polibatam.ac.id"),
                       "Perubahan data MK Gambar Teknik (MS1102)", "", html_only=True, html_override=hbody)


# ---- 013 ------------------------------------------------------------------
@mail("balasan-otomatis-zimbra-umrah", "auto", "id",
      note="Zimbra out-of-office reply (Auto-Submitted: auto-replied) to an acknowledgement.")
def _(slug):
    d = T(2027, 1, 6, 15, 45, 2)
    new = dd("""
        Assalamualaikum,

        Terima kasih atas email Anda. Saya sedang cuti menunaikan ibadah umrah hingga 20 Januari 2027 dengan akses email terbatas. Untuk urusan mendesak terkait perkuliahan, silakan hubungi admin Jurusan Teknik Informatika di ext. 1304.

        Wassalam,
        Syahrul Ramadhan
        """)
    return zimbra_msg(slug, d, addr("Syahrul Ramadhan", "syahrul.ramadhan@polibatam.ac.id"),
                      "Di luar kantor: [P4M #2027-0009] Permohonan Anda telah diterima", new,
                      refs=["<tkt-2027-0009.ack@helpdesk.polibatam.ac.id>"],
                      extra_headers=["Auto-Submitted: auto-replied (zimbra; vacation)", "Precedence: bulk"])


# ---- 014 ------------------------------------------------------------------
@mail("sekprodi-atas-nama-kaprodi-kelas-semester", "course_data", "id",
      cd("TRM2203", "Sistem Pneumatik dan Hidrolik", **{"class": "TRM-2B", "semester": "Genap 2026/2027"}),
      note="Programme secretary writing on behalf of the head of programme.")
def _(slug):
    d = T(2027, 1, 8, 9, 30, 14)
    new = dd("""
        Selamat pagi Tim P4M,

        Atas nama Ketua Program Studi Sarjana Terapan Teknologi Rekayasa Mekatronika, Bapak Dr. Irfan Syahputra, bersama ini saya sampaikan permohonan penyesuaian data course berikut:

        - Mata kuliah : Sistem Pneumatik dan Hidrolik (TRM2203)
        - Kelas       : semula TRM-2A, mohon diubah menjadi TRM-2B
        - Semester    : semula Ganjil 2026/2027, mohon diubah menjadi Genap 2026/2027

        Course ini dulu dibuka untuk TRM-2A di semester ganjil, tetapi sesuai hasil rapat prodi akan dipakai oleh TRM-2B pada semester genap. Isi course tidak perlu direset.

        Beliau sudah menyetujui melalui pesan langsung; bila diperlukan persetujuan tertulis, mohon kabari kami.

        Hormat saya,
        Dewi Anggraini, A.Md.
        Sekretaris Prodi Teknologi Rekayasa Mekatronika
        Jurusan Teknik Elektro - Politeknik Negeri Batam
        """)
    return zimbra_msg(slug, d, addr("Dewi Anggraini", "dewi.anggraini@polibatam.ac.id"),
                      "Penyesuaian kelas dan semester MK Sistem Pneumatik dan Hidrolik", new)


# ---- 015 ------------------------------------------------------------------
@mail("pengumuman-ganti-dosen-bukan-ubah-data", "announcement", "id",
      ann("Pergantian Dosen Pengampu untuk Pertemuan 15-16", "course", "2027-01-13T06:00:00+07:00",
          code="AK2105", name="Akuntansi Keuangan Menengah"),
      note="Near-miss: an announcement about a lecturer change; the course's lecturer field is explicitly not to be changed.")
def _(slug):
    d = T(2027, 1, 11, 13, 13, 40)
    new = dd("""
        Selamat siang,

        Mohon bantuan menayangkan pengumuman berikut di course Akuntansi Keuangan Menengah (AK2105), tayang Rabu, 13/1/2027 pkl 06.00:

        Judul: Pergantian Dosen Pengampu untuk Pertemuan 15-16

        Isi:
        Pertemuan 15 dan 16 Akuntansi Keuangan Menengah kelas AK-2A dan AK-2B diampu oleh Ibu Meilani Gunawan, S.E., M.Si., Ak. karena saya bertugas dinas ke luar kota. Jadwal dan ruang kuliah tidak berubah. Tugas yang sudah dikumpulkan tetap saya nilai.

        Catatan: data dosen pengampu di pengaturan course TIDAK perlu diubah, karena penggantian ini hanya untuk dua pertemuan.

        Terima kasih,
        Rosmawati Harahap
        """)
    return gmail_msg(slug, d, addr("Rosmawati Harahap", "rosmawati.harahap@polibatam.ac.id"),
                     "Mohon tayangkan pengumuman pergantian dosen - AK2105", new)


# ---- 016 ------------------------------------------------------------------
@mail("hp-singkatan-template-rps-obe", "document_request", "id")
def _(slug):
    d = T(2027, 1, 12, 20, 50, 9)
    new = dd("""
        slmt mlm min, sy dosen baru prodi Animasi (mulai ngajar smt genap ini). ada template RPS trbaru gk? yg format OBE + rubrik penilaian. dr prodi blm dpt filenya, kt kaprodi mnt lgsg ke P4M aja.
        klo ada yg docx lbh bgs min biar bs sy edit.
        mksh bnyk 🙏
        """)
    return iphone_msg(slug, d, addr("Aldi Firmansyah", "aldi.firmansyah@polibatam.ac.id"), "template RPS", new)


# ---- 017 ------------------------------------------------------------------
@mail("fwd-inline-kajur-ganti-pengampu", "course_data", "id",
      cd("MS2204", "Mekanika Kekuatan Material", lecturer="Nadia Putri Ramadhani, S.T., M.T."),
      note="Inline Gmail forward under a one-line ask; the request is in the forwarded part.")
def _(slug):
    d = T(2027, 1, 14, 8, 5, 55)
    new = dd("""
        Mohon diproses ya, terima kasih.

        ---------- Forwarded message ---------
        From: Harry Gunawan <harry.gunawan@polibatam.ac.id>
        Date: Wed, Jan 13, 2027 at 4:41 PM
        Subject: Pengampu MK Mekanika Kekuatan Material
        To: Siti Khadijah <siti.khadijah@polibatam.ac.id>


        Bu Siti,

        Tolong diteruskan ke P4M: course Mekanika Kekuatan Material (MS2204) untuk semester genap pengampunya diganti menjadi Nadia Putri Ramadhani, S.T., M.T.
        Pak Darmawan pindah mengampu Metrologi Industri.

        Trims,
        Harry Gunawan
        Ketua Jurusan Teknik Mesin
        """)
    return gmail_msg(slug, d, addr("Siti Khadijah", "siti.khadijah@polibatam.ac.id"),
                     "Fwd: Pengampu MK Mekanika Kekuatan Material", new)


# ---- 018 ------------------------------------------------------------------
@mail("mungkin-nanti-rename-cloud", "other", "mixed",
      note="Hedged plan: a possible future rename, explicitly not to be processed yet.")
def _(slug):
    d = T(2027, 1, 18, 10, 10, 31)
    new = dd("""
        Halo tim P4M,

        Just a heads-up aja: mungkin nanti semester depan course Cloud Computing (IF3212) mau kami rename jadi "Cloud Native Engineering", tapi belum final. Masih nunggu hasil rapat kurikulum bulan Maret.

        Jadi untuk sekarang nggak usah diproses dulu ya. Kalau sudah fix, nanti saya kirim request resmi pakai formulir.

        Thanks!
        Yohanes
        """)
    return gmail_msg(slug, d, addr("Yohanes Pardede", "yohanes.pardede@polibatam.ac.id"),
                     "Heads-up: rencana rename course Cloud Computing", new)


# ---- 019 ------------------------------------------------------------------
@mail("howto-ubah-nama-course-sendiri", "elearning_support", "id",
      note="Near-miss: a how-to question about renaming a course; no change is requested.")
def _(slug):
    d = T(2027, 1, 20, 9, 0, 37)
    new = dd("""
        Selamat pagi,

        Saya ingin bertanya: apakah dosen bisa mengubah sendiri nama lengkap dan nama singkat course di e-learning? Di course saya (Bahasa Indonesia untuk Penulisan Ilmiah) saya tidak menemukan menu "Edit settings", yang ada hanya "Participants" dan "Grades".

        Kalau memang hanya admin yang bisa, bagaimana prosedurnya dan berapa lama biasanya diproses? Saya belum mau mengubah apa-apa sekarang, hanya ingin tahu caranya dulu.

        Terima kasih,

        -- 
        Fitriani Nasution, M.Pd.
        Dosen MKU Bahasa Indonesia
        """)
    return thunderbird_msg(slug, d, addr("Fitriani Nasution", "fitriani.nasution@polibatam.ac.id"),
                           "Cara mengubah nama course sendiri?", new)


# ---- 020 ------------------------------------------------------------------
@mail("lampiran-docx-saja-formulir", "course_data", "id",
      cd("AB2107", "Komunikasi Bisnis", lecturer="Fitri Handayani, S.E., M.M.", **{"class": "ABT-2A/ABT-2B"}),
      note="The request is only in the attached DOCX form; the semester row in the form is context, not a change.")
def _(slug):
    d = T(2027, 1, 22, 14, 30, 22)
    when = T(2027, 1, 21, 15, 2, 0)
    blocks = [
        ("p", "FORMULIR PERMOHONAN PERUBAHAN DATA IDENTITAS MATA KULIAH", True),
        ("p", "Layanan E-Learning P4M Politeknik Negeri Batam", False),
        ("p", "", False),
        ("table", [("Identitas", "Isian"),
                   ("Program Studi", "Administrasi Bisnis Terapan"),
                   ("Kode Mata Kuliah", "AB2107"),
                   ("Nama Mata Kuliah", "Komunikasi Bisnis"),
                   ("Semester", "Genap 2026/2027")], [3200, 5800]),
        ("p", "Data yang dimohonkan untuk diubah:", True),
        ("table", [("Data", "Semula", "Menjadi"),
                   ("Dosen pengampu", "Rudi Hartono, S.E., M.M.", "Fitri Handayani, S.E., M.M."),
                   ("Kelas", "ABT-2A", "ABT-2A/ABT-2B")], [2400, 3300, 3300]),
        ("p", "Alasan perubahan: Pak Rudi Hartono menjalani tugas belajar S3; kelas ABT-2A dan ABT-2B digabung dalam satu course.", False),
        ("p", "", False),
        ("p", "Batam, 21 Januari 2027", False),
        ("p", "Ketua Program Studi Administrasi Bisnis Terapan,", False),
        ("p", "", False),
        ("p", "(ttd)", False),
        ("p", "Novita Sari Lubis, S.E., M.M.", False),
    ]
    docx = make_docx(blocks, "Formulir Perubahan Data MK", "Maya Sari", when)
    new = dd("""
        Selamat siang,

        Terlampir formulir perubahan data mata kuliah yang sudah ditandatangani Kaprodi. Mohon ditindaklanjuti.

        Terima kasih.

        Maya Sari
        Admin Prodi Administrasi Bisnis Terapan
        """)
    return outlook_msg(slug, d, addr("Maya Sari", "maya.sari@polibatam.ac.id"),
                       "Formulir perubahan data MK - ABT", new,
                       attachments=[attachment(DOCX_CT, "Form_Perubahan_Data_MK_AB2107.docx", docx)])


# ---- 021 ------------------------------------------------------------------
@mail("besok-pagi-0630-kuliah-daring-banjir", "announcement", "id",
      ann("Perkuliahan Hari Selasa Dialihkan ke Daring", "course", "2027-01-26T06:30:00+07:00",
          code="TRE1102", name="Fisika Terapan"))
def _(slug):
    d = T(2027, 1, 25, 21, 40, 11)
    new = dd("""
        Malam tim P4M,

        Mohon bantu tayangkan pengumuman di course Fisika Terapan (TRE1102) besok pagi pukul 06.30 ya, karena jalan ke kampus dari arah Batu Aji banjir dan banyak mahasiswa tidak bisa datang.

        Judul: Perkuliahan Hari Selasa Dialihkan ke Daring

        Perkuliahan Fisika Terapan hari Selasa, 26 Januari 2027 jam 08.00 dialihkan ke daring melalui Zoom. Tautan ada di bagian "Pertemuan 15" pada course ini. Presensi diisi lewat e-learning paling lambat pukul 10.00.

        Terima kasih
        Andika
        """)
    return iphone_msg(slug, d, addr("Andika Pratama", "andika.pratama@polibatam.ac.id"),
                      "Pengumuman kuliah daring besok", new)


# ---- 022 ------------------------------------------------------------------
@mail("interleaved-reply-summary-en", "course_data", "en",
      cd("EL2105", "Signals and Systems",
         summary="Introduces continuous- and discrete-time signals, convolution, Fourier series and transforms, the Laplace and z-transforms, and the analysis of LTI systems, with MATLAB/Octave exercises every week."),
      note="Interleaved reply: the answers sit between the helpdesk's quoted questions.")
def _(slug):
    d = T(2027, 1, 27, 11, 11, 26)
    new = dd("""
        Hi,

        Answers inline below.

        On 1/26/27 3:02 PM, Helpdesk P4M Polibatam wrote:
        > Dear Mr Arif,
        >
        > Thank you for your request. Before we update the course, could you
        > please confirm:
        >
        > 1. The course code and name on e-learning?

        EL2105 Signals and Systems (TRE-2A and TRE-2B share the same course page).

        > 2. The exact new course summary?

        Introduces continuous- and discrete-time signals, convolution, Fourier series and transforms, the Laplace and z-transforms, and the analysis of LTI systems, with MATLAB/Octave exercises every week.

        > 3. Should anything else (name, lecturer) change?

        No, only the summary.

        > Regards,
        > Helpdesk P4M

        Thanks,
        Arif

        -- 
        Arif Budiman, Ph.D.
        Electrical Engineering, Politeknik Negeri Batam
        """)
    return thunderbird_msg(slug, d, addr("Arif Budiman", "arif.budiman@polibatam.ac.id"),
                           "Re: [P4M #2027-0051] Course description update", new,
                           refs=["<5b2f0e7a-51c3-4a57-9d0e-2c1e8f7a9b01@polibatam.ac.id>",
                                 "<tkt-2027-0051.ask@helpdesk.polibatam.ac.id>"], lang="en-US")


# ---- 023 ------------------------------------------------------------------
@mail("moodle-noreply-laporan-pencadangan", "auto", "id",
      note="Moodle automated-backup report to the admin account (Auto-Submitted, Precedence: bulk); course codes inside are not requests.")
def _(slug):
    d = T(2027, 1, 29, 16, 0, 4)
    body_txt = dd("""
        Yth. Admin E-Learning,

        Berikut ringkasan pencadangan otomatis course yang selesai pada 29 Januari 2027 pukul 15.58 WIB.

        Jumlah course        : 1.284
        Berhasil             : 1.279
        Gagal                : 2
        Dilewati (tidak berubah): 3

        Course yang gagal dicadangkan:
        - IF3208 Mobile Programming: ukuran berkas melebihi batas 2 GB
        - MS4203 Offshore Structures: kesalahan membaca berkas video

        Detail lengkap ada di Administrasi situs > Kursus > Cadangan > Laporan pencadangan otomatis.

        --
        E-Learning Politeknik Negeri Batam
        https://learning.polibatam.ac.id
        Anda menerima pesan ini karena Anda administrator situs. Jangan membalas email ini.
        """)
    leaf = Leaf('text/plain; charset="utf-8"', body_txt, "quoted-printable")
    headers = [
        received("learning.polibatam.ac.id", "103.143.71.40", d, slug),
        f"Date: {rfcdate(d)}",
        f"To: Admin E-Learning <{HELP}>",
        "From: \"E-Learning Polibatam (melalui e-learning)\" <noreply@learning.polibatam.ac.id>",
        "Reply-To: Jangan balas email ini <noreply@learning.polibatam.ac.id>",
        "Subject: Status pencadangan otomatis: 2 gagal",
        f"Message-ID: <{h(slug, 'moodle', 32)}@learning.polibatam.ac.id>",
        "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
        "Precedence: Bulk",
        "X-Auto-Response-Suppress: All",
        "Auto-Submitted: auto-generated",
        "MIME-Version: 1.0",
    ]
    return message(headers, leaf, mime_version=None)


# ---- 024 ------------------------------------------------------------------
@mail("bottom-posted-yahoo-kode-sks", "course_data", "id",
      cd("LP2103", "Kepabeanan dan Cukai", credits="3", shortname="LP2103-KC"),
      note="Bottom-posted reply: the details are below the quoted helpdesk question.")
def _(slug):
    d = T(2027, 2, 1, 8, 30, 49)
    q = T(2027, 1, 29, 16, 12, 8)
    plain = dd(f"""
        Pada {DAY_ID_FULL[q.weekday()]}, {q.day} {MON_ID_FULL[q.month - 1]} {q.year} 16.12.08 WIB, {HELPN} <{HELP}> menulis:
        > Yth. Bapak/Ibu,
        >
        > Permohonan Anda "Perubahan data MK" sudah kami terima (tiket
        > #2027-0063). Agar bisa kami proses, mohon lengkapi:
        > - kode dan nama mata kuliah di e-learning;
        > - data apa yang diubah dan nilai barunya.
        >
        > Salam,
        > Tim Helpdesk P4M

        Baik, ini datanya:
        Kode MK: LP2103
        Nama MK: Kepabeanan dan Cukai
        Yang diubah: SKS dari 2 menjadi 3, dan nama singkat menjadi LP2103-KC

        Terima kasih.
        Hotma Panjaitan, S.E., M.Si.
        Dosen LB Prodi Logistik Perdagangan Internasional
        """)
    return yahoo_msg(slug, d, addr("Hotma Panjaitan", "hotma.panjaitan@yahoo.co.id"),
                     "Re: [P4M #2027-0063] Perubahan data MK", plain,
                     refs=["<tkt-2027-0063.ask@helpdesk.polibatam.ac.id>"])


# ---- 025 ------------------------------------------------------------------
@mail("outlook-html-only-tabel-jadwal-krs", "announcement", "id",
      ann("Jadwal Pengisian KRS dan Her-Registrasi Semester Genap 2026/2027", "site", "2027-02-08T08:00:00+07:00"),
      note="HTML-only Outlook mail; the dates in the table are schedule content, not the publish time.")
def _(slug):
    d = T(2027, 2, 3, 9, 45, 17)
    td = 'style="border:solid #8EAADB 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"'
    rows = [("Kegiatan", "Tanggal"),
            ("Pembayaran UKT", "1 - 12 Februari 2027"),
            ("Pengisian KRS online di SIAKAD", "8 - 15 Februari 2027"),
            ("Persetujuan KRS oleh dosen wali", "9 - 17 Februari 2027"),
            ("Awal perkuliahan", "22 Februari 2027")]
    trs = []
    for i, r in enumerate(rows):
        cells = "".join(f'<td valign="top" {td}><p class="MsoNormal">'
                        + (f"<b>{esc(c)}</b>" if i == 0 else esc(c)) + "<o:p></o:p></p></td>" for c in r)
        trs.append(f"<tr>{cells}</tr>")
    table = ('<table class="MsoTable15Grid4Accent1" border="1" cellspacing="0" cellpadding="0" '
             'style="border-collapse:collapse;border:none">\n<tbody>\n' + "\n".join(trs) + "\n</tbody>\n</table>")
    before = dd("""
        Yth. Tim Helpdesk P4M,

        Mohon bantuan untuk menayangkan pengumuman berikut kepada seluruh pengguna e-learning pada Senin, 8 Februari 2027 pukul 08.00 WIB.

        Judul: Jadwal Pengisian KRS dan Her-Registrasi Semester Genap 2026/2027

        Isi:
        Diberitahukan kepada seluruh mahasiswa aktif Politeknik Negeri Batam bahwa her-registrasi dan pengisian KRS semester genap dilaksanakan sesuai jadwal berikut:
        """)
    after = dd("""

        Mahasiswa yang belum melakukan pembayaran UKT tidak dapat mengisi KRS. Informasi lebih lanjut dapat ditanyakan ke Bagian Akademik, Gedung Utama lantai 1.

        Atas bantuannya kami ucapkan terima kasih.

        Yuliana Tampubolon
        Bagian Akademik dan Kemahasiswaan
        Politeknik Negeri Batam
        """)
    body = ['<body lang="id-ID" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
            '<div class="WordSection1">']
    body += [mso_p(x) for x in before.rstrip("\n").split("\n")]
    body.append(table)
    body += [mso_p(x) for x in after.rstrip("\n").split("\n")]
    body += ["</div>", "</body>", "</html>"]
    hbody = WORD_HEAD + "\n".join(body) + "\n"
    return outlook_msg(slug, d, addr("Yuliana Tampubolon", "yuliana.tampubolon@polibatam.ac.id"),
                       "Permohonan publikasi pengumuman jadwal KRS dan her-registrasi", "",
                       html_only=True, html_override=hbody)


# ---- 026 ------------------------------------------------------------------
@mail("partner-benchmarking-dokumen-spmi", "document_request", "en")
def _(slug):
    d = T(2027, 2, 4, 11, 30, 2, off=8)
    new = dd("""
        Dear Colleagues at P4M,

        Greetings from the Quality Assurance Unit of Southern Johor Polytechnic.

        Ahead of our benchmarking visit to Politeknik Negeri Batam under the 2026 MoU, our team would like to study your internal quality assurance documents in advance. Would it be possible to share the following, in Indonesian or English:

        1. Kebijakan SPMI and the Manual Mutu;
        2. the SOP for monitoring and evaluation of learning (monev pembelajaran);
        3. the template you use for the Laporan Evaluasi Diri (LED).

        We will of course treat them as internal documents and use them only for the benchmarking exercise.

        With warm regards,
        Nurul Izzah binti Kamarudin
        Quality Assurance Unit
        Southern Johor Polytechnic
        """)
    return outlook_msg(slug, d, addr("Nurul Izzah binti Kamarudin", "nurul.izzah@sjpoly.edu.my"),
                       "Request for SPMI documents ahead of benchmarking visit", new, lang="en-GB",
                       pod="KL1PR01MB", host="MYS01-KL1-obe.outbound.protection.outlook.com",
                       ip="40.107.128.77")


# ---- 027 ------------------------------------------------------------------
@mail("lampiran-pdf-saja-nota-dinas", "course_data", "id",
      cd("AK3204", "Akuntansi Sektor Publik", semester="Genap 2026/2027", credits="2"),
      note="The request is only in the attached PDF memo; the body just says it is attached.")
def _(slug):
    d = T(2027, 2, 5, 13, 30, 45)
    lines = [
        "#NOTA DINAS",
        "",
        "Nomor    : 031/ND/MB/II/2027",
        "Kepada   : Kepala P4M Politeknik Negeri Batam",
        "Dari     : Ketua Jurusan Manajemen Bisnis",
        "Tanggal  : 4 Februari 2027",
        "Perihal  : Perubahan data mata kuliah di e-learning",
        "",
        "Dengan hormat,",
        "Sehubungan dengan penyesuaian kurikulum Prodi Akuntansi Manajerial, mohon",
        "dilakukan perubahan data course e-learning sebagai berikut:",
        "",
        "Kode MK   : AK3204",
        "Nama MK   : Akuntansi Sektor Publik",
        "Semester  : dari Ganjil 2026/2027 menjadi Genap 2026/2027",
        "SKS       : dari 3 menjadi 2",
        "",
        "Nama course, dosen pengampu, dan kelas tidak berubah.",
        "Demikian disampaikan, atas perhatiannya diucapkan terima kasih.",
        "",
        "Ketua Jurusan Manajemen Bisnis,",
        "",
        "Dr. Lina Marlina, S.E., M.Ak.",
    ]
    pdf = make_pdf(lines, "Nota Dinas 031/ND/MB/II/2027", T(2027, 2, 4, 16, 20, 0))
    new = dd("""
        Yth. Tim P4M,

        Bersama ini kami kirimkan nota dinas terlampir untuk ditindaklanjuti.

        Terima kasih.

        Sekretariat Jurusan Manajemen Bisnis
        Politeknik Negeri Batam
        """)
    return gmail_msg(slug, d, addr("Sekretariat Jurusan MB", "jurusan.mb@polibatam.ac.id"),
                     "Nota dinas perubahan data MK", new,
                     attachments=[attachment("application/pdf", "ND-031-MB-II-2027.pdf", pdf)])


# ---- 028 ------------------------------------------------------------------
@mail("quiz-timer-auto-submit-mixed", "elearning_support", "mixed")
def _(slug):
    d = T(2027, 2, 8, 19, 5, 30)
    new = dd("""
        Selamat malam admin,

        Saya mau report issue: quiz Statistika Industri tadi sore ke-submit otomatis padahal timer masih sekitar 20 menit. Pas saya klik "Next page" tiba-tiba muncul "This attempt has been submitted" dan nilai saya cuma dari 6 soal pertama.

        I was using Chrome on my laptop, koneksi kampus (wifi Polibatam-Student). Teman saya di kelas yang sama juga kena, tapi ada juga yang normal.

        Apakah bisa dicek log attempt-nya dan diinfokan ke dosen? Screenshot sudah saya simpan kalau dibutuhkan.

        Thank you,
        Gabriella Sitompul
        NIM 3312401027, TI-2B
        """)
    return gmail_msg(slug, d, addr("Gabriella Sitompul", "3312401027@students.polibatam.ac.id"),
                     "Quiz ke-submit sendiri padahal waktu masih ada", new)


# ---- 029 ------------------------------------------------------------------
@mail("lima-perubahan-sekaligus-code-switch", "course_data", "mixed",
      cd("IF3110", "Rekayasa Perangkat Lunak", fullname="Software Engineering Practice", shortname="IF3110-SEP",
         lecturer="Ahmad Rizki Pratama, S.Kom., M.Sc.", credits="4",
         summary="Students practise requirements engineering, agile sprints, code review and CI/CD through a semester-long team project."),
      note="Five changes in one mail; the enrolment key is explicitly unchanged.")
def _(slug):
    d = T(2027, 2, 9, 8, 15, 3)
    new = dd("""
        Halo P4M team,

        For the new 2027 curriculum, course IF3110 (Rekayasa Perangkat Lunak) perlu beberapa update sekaligus:

        1. Full name: Software Engineering Practice
        2. Short name: IF3110-SEP
        3. Lecturer: Ahmad Rizki Pratama, S.Kom., M.Sc.
        4. SKS: 4 (sebelumnya 3)
        5. Summary: Students practise requirements engineering, agile sprints, code review and CI/CD through a semester-long team project.

        Enrolment key tetap yang lama aja, nggak usah diganti.

        Thanks banyak ya!
        Ivan Kristanto
        Koordinator MK Rekayasa Perangkat Lunak
        """)
    return gmail_msg(slug, d, addr("Ivan Kristanto", "ivan.kristanto@polibatam.ac.id"),
                     "Update data course IF3110 (kurikulum 2027)", new)


# ---- 030 ------------------------------------------------------------------
@mail("code-switch-friday-8am-lab-safety", "announcement", "mixed",
      ann("Lab Safety Briefing Wajib Sebelum Praktikum", "course", "2027-02-12T08:00:00+07:00",
          code="EL3106", name="Praktikum Elektronika Daya"),
      note="The briefing date inside the text is event content, not the publish time.")
def _(slug):
    d = T(2027, 2, 10, 10, 40, 58)
    new = dd("""
        Hai min P4M,

        Tolong publish announcement ini di course Praktikum Elektronika Daya (EL3106) Friday 8am ya. Aku lagi ngurus kalibrasi alat di lab jadi nggak sempat posting sendiri.

        Title: Lab Safety Briefing Wajib Sebelum Praktikum

        Semua mahasiswa wajib ikut safety briefing sebelum praktikum pertama. Briefing diadakan di Lab Elektronika Daya (Gedung Utama lt. 3) hari Senin, 15 Februari 2027 jam 13.00. Yang tidak ikut briefing tidak boleh masuk lab. Wear closed shoes and bring your own lab coat.

        Thanks!
        Dimas
        Koordinator Lab Elektronika Daya
        """)
    return gmail_msg(slug, d, addr("Dimas Aryo Wicaksono", "dimas.aryo@polibatam.ac.id"),
                     "Tolong publish announcement lab safety - Praktikum Elektronika Daya", new)


# ---- 031 ------------------------------------------------------------------
@mail("vendor-branded-mobile-app", "other", "en",
      note="Vendor sales offer; mentions courses and announcements but asks for nothing the helpdesk handles.")
def _(slug):
    d = T(2027, 2, 12, 12, 0, 12, off=8)
    new = dd("""
        Hi Helpdesk team,

        I hope this finds you well. I'm reaching out from CampusApps Asia: we help polytechnics across Southeast Asia launch a branded Moodle mobile app in under four weeks, with push notifications for course announcements, offline access to materials and your own logo in the app stores.

        We would love to offer Politeknik Negeri Batam a free 30-day pilot for up to 500 users, including set-up and one training session for your e-learning admins.

        Would you have 20 minutes next week for a quick online demo? Feel free to forward this to the right person if that is not you.

        Best regards,
        Priya Raman
        Partnerships Manager, CampusApps Asia
        Singapore | +65 6123 4567
        """)
    return gmail_msg(slug, d, addr("Priya Raman", "priya@campusapps.asia"),
                     "Branded Moodle mobile app for Politeknik Negeri Batam - 30-day pilot", new,
                     from_host="mail-pl1-f171.google.com", ip="209.85.214.171")


# ---- 032 ------------------------------------------------------------------
@mail("nilai-titik-strip-garis-miring", "course_data", "id",
      cd("AK2204", "Akuntansi Manajemen", shortname="AKT.2204-B", enrolment_key="ak.2204/genap-27",
         **{"class": "AK-2A/AK-2B"}))
def _(slug):
    d = T(2027, 2, 15, 9, 20, 33)
    new = dd("""
        Selamat pagi Tim P4M,

        Mohon bantuan untuk course Akuntansi Manajemen (AK2204) di e-learning:

        1) Nama singkat diubah menjadi: AKT.2204-B
        2) Kelas diubah menjadi: AK-2A/AK-2B
        3) Enrolment key diubah menjadi: ak.2204/genap-27

        Kelas A dan B semester ini digabung dalam satu course karena dosennya sama. Nama lengkap course tidak berubah.

        Terima kasih atas bantuannya.

        Salam,
        Natalia Siregar, S.E., M.Ak.
        """)
    return gmail_msg(slug, d, addr("Natalia Siregar", "natalia.siregar@polibatam.ac.id"),
                     "Perubahan short name, kelas dan enrolment key AK2204", new)


# ---- 033 ------------------------------------------------------------------
@mail("enrol-key-ditolak-mahasiswa-near-miss", "elearning_support", "id",
      note="Near-miss: quotes an enrolment key but asks for access, not for a change.")
def _(slug):
    d = T(2027, 2, 17, 7, 5, 16)
    new = dd("""
        Selamat pagi,

        Saya mahasiswa Akuntansi Manajerial kelas AK-2B. Saya mau masuk course Akuntansi Manajemen, tapi waktu memasukkan enrolment key yang diberikan Bu Natalia (ak.2204/genap-27) muncul "Incorrect enrolment key, please try again". Beberapa teman sekelas juga mengalami hal yang sama.

        Apakah key-nya belum aktif atau kami salah course? Mohon dibantu karena kuliah pertama hari ini jam 10.

        NIM: 3312401056
        Nama: Putri Rahayu

        Terima kasih.
        """)
    return samsung_msg(slug, d, addr("Putri Rahayu", "3312401056@students.polibatam.ac.id"),
                       "enrolment key tidak bisa dipakai", new)


# ---- 034 ------------------------------------------------------------------
@mail("industry-practitioner-colecturer", "course_data", "en",
      cd("MP3207", "Ship Production Management", lecturer="Yudi Hartono, S.T., M.T.; Capt. Martin O'Neill, M.Mar."))
def _(slug):
    d = T(2027, 2, 19, 15, 50, 40)
    new = dd("""
        Dear Helpdesk,

        This semester I am teaching Ship Production Management (MP3207) together with Mr Yudi Hartono under the practitioner-lecturer scheme. Pak Yudi suggested I write to you directly.

        Could you please update the lecturer field of the course so that students see both of us? It should read:

        Yudi Hartono, S.T., M.T.; Capt. Martin O'Neill, M.Mar.

        I already have an e-learning account (martin.oneill.ext), in case you need it.

        Best regards,
        Capt. Martin O'Neill, M.Mar.
        Production Planning Manager
        PT Samudra Marine Batam | Tanjung Uncang, Batam
        """)
    return outlook_msg(slug, d, addr("Martin O'Neill", "martin.oneill@samudramarine.co.id", quote=True),
                       "Practitioner lecturer - please add me on the course page", new, lang="en-US",
                       cc=addr("Yudi Hartono", "yudi.hartono@polibatam.ac.id"))


# ---- 035 ------------------------------------------------------------------
@mail("fwd-rfc822-wadir-senin-depan", "announcement", "id",
      ann("Survei Kepuasan Mahasiswa terhadap Layanan Pembelajaran Daring", "site", "2027-03-01T08:00:00+07:00"),
      note="One-line ask; the announcement is in a forwarded message/rfc822 attachment.")
def _(slug):
    d = T(2027, 2, 22, 10, 0, 37)
    inner_d = T(2027, 2, 19, 16, 44, 10)
    inner_body = dd("""
        Bu Rina,

        Tolong diteruskan ke P4M untuk ditayangkan sebagai pengumuman di e-learning (semua pengguna):

        Judul: Survei Kepuasan Mahasiswa terhadap Layanan Pembelajaran Daring

        Dalam rangka peningkatan mutu pembelajaran, seluruh mahasiswa diminta mengisi survei kepuasan terhadap layanan pembelajaran daring (e-learning, video pembelajaran, dan layanan helpdesk). Survei dibuka 1-14 Maret 2027 melalui menu Survei di e-learning dan membutuhkan waktu sekitar 10 menit. Identitas responden dijaga kerahasiaannya.

        Terima kasih.

        Wakil Direktur Bidang Akademik
        Politeknik Negeri Batam
        """)
    inner_leaf = Leaf(text("plain", "utf-8"), inner_body, "quoted-printable")
    inner = message([
        "From: Wakil Direktur Bidang Akademik <wadir1@polibatam.ac.id>",
        "To: Rina Oktavia <rina.oktavia@polibatam.ac.id>",
        "Subject: Pengumuman survei kepuasan pembelajaran daring",
        f"Date: {rfcdate(to_utc(inner_d), pad=True)}",
        f"Message-ID: {ids_outlook(slug + '-inner')}",
        "Content-Language: id-ID",
    ], inner_leaf)
    new = dd("""
        Mohon ditayangkan Senin depan jam 08.00, terima kasih.

        Rina Oktavia
        Staf Wakil Direktur Bidang Akademik
        """)
    return outlook_msg(slug, d, addr("Rina Oktavia", "rina.oktavia@polibatam.ac.id"),
                       "TR: Pengumuman survei kepuasan pembelajaran daring", new,
                       attachments=[rfc822_part(inner, "Pengumuman survei kepuasan pembelajaran daring.eml")])


# ---- 036 ------------------------------------------------------------------
@mail("automatic-reply-exchange-sabbatical", "auto", "en",
      note="Exchange automatic reply (Auto-Submitted, X-Auto-Response-Suppress) from a partner lecturer.")
def _(slug):
    d = T(2027, 2, 24, 7, 25, 3, off=1)
    new = dd("""
        Thank you for your message.

        I am on sabbatical leave until 31 August 2027 and will read e-mail only occasionally. For matters concerning the joint Smart Manufacturing course with Politeknik Negeri Batam, please contact Mr Joost Bakker (j.bakker@hsnoordkust.nl).

        Kind regards,
        Dr. Helena Vos
        Hogeschool Noordkust, Faculty of Engineering
        """)
    hbody = ("<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n</head>\n<body>\n"
             + "".join(f"<div>{esc(x) if x.strip() else '<br>'}</div>\n" for x in new.rstrip("\n").split("\n"))
             + "</body>\n</html>\n")
    body = Multi("alternative", f"_000_{h(slug, 'ob', 36).upper()}_",
                 [Leaf(text("plain", "utf-8"), new, "quoted-printable"),
                  Leaf(text("html", "utf-8"), hbody, "quoted-printable")])
    headers = [
        received("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.61", d, slug, tls=True),
        "From: Helena Vos <h.vos@hsnoordkust.nl>",
        f"To: {HELPN} <{HELP}>",
        "Subject: Automatic reply: [P4M #2027-0102] Your request has been received",
        "Thread-Topic: [P4M #2027-0102] Your request has been received",
        "Thread-Index: " + base64.b64encode(bytes.fromhex(h(slug, "tidx", 44))).decode("ascii"),
        f"Date: {rfcdate(to_utc(d), pad=True)}",
        f"Message-ID: {ids_outlook(slug, 'AM9PR07MB').replace('apcprd06', 'eurprd07')}",
        "In-Reply-To: <tkt-2027-0102.ack@helpdesk.polibatam.ac.id>",
        "References: <tkt-2027-0102.ack@helpdesk.polibatam.ac.id>",
        "Auto-Submitted: auto-generated",
        "X-Auto-Response-Suppress: All",
        "X-MS-Exchange-Inbox-Rules-Loop: h.vos@hsnoordkust.nl",
        "Content-Language: en-US",
        "X-MS-Has-Attach: ",
        "X-MS-TNEF-Correlator: ",
    ]
    return message(headers, body)


# ---- 037 ------------------------------------------------------------------
@mail("komting-hp-titipan-dosen-enrol-key", "course_data", "id",
      cd("IF1101", "Matematika Dasar", enrolment_key="MD1b2027"),
      note="A class representative relays the lecturer's request from a phone (lecturer in Cc).")
def _(slug):
    d = T(2027, 2, 26, 9, 10, 27)
    new = dd("""
        assalamualaikum kak, sy Bima komting TI-1B. disuruh pak Anton (dosen MK Matematika Dasar, IF1101) mnt tlg enrol key course nya diganti jd MD1b2027 soalnya yg lama udh kesebar ke kls lain 🙏
        pak anton lg dinas ke jkt jd gk sempet email sndr, beliau sy cc kok.
        mksh kak
        """)
    return gmail_msg(slug, d, addr("Bima Sakti Nugraha", "4312501033@students.polibatam.ac.id"),
                     "titipan dr pak anton: ganti enrol key", new,
                     cc=addr("Anton Wijaya", "anton.wijaya@polibatam.ac.id"), html=False)


# ---- 038 ------------------------------------------------------------------
@mail("template-bap-hybrid-code-switch", "document_request", "mixed")
def _(slug):
    d = T(2027, 3, 1, 8, 40, 19)
    new = dd("""
        Hi min P4M,

        Boleh minta template BAP perkuliahan yang versi terbaru? Yang sudah ada kolom untuk online/hybrid meeting dan link recording-nya. Yang aku punya masih versi 2023, belum ada kolom itu.

        Kalau ada format .docx lebih enak, biar bisa langsung diisi per pertemuan. Thanks in advance!

        Clara Widjaja
        Prodi Teknologi Rekayasa Perangkat Lunak
        """)
    return gmail_msg(slug, d, addr("Clara Widjaja", "clara.widjaja@polibatam.ac.id"),
                     "Request template BAP terbaru (hybrid)", new)


# ---- 039 ------------------------------------------------------------------
@mail("call-for-applications-8-march-9am", "announcement", "en",
      ann("Call for Applications: Summer Program in Smart Manufacturing 2027", "site", "2027-03-08T09:00:00+07:00"),
      note="The closing date for applications is a deadline in the text, not the publish time.")
def _(slug):
    d = T(2027, 3, 3, 10, 15, 44)
    new = dd("""
        Dear P4M team,

        Could you please publish the following as a site-wide announcement on e-learning on 8 March at 9 a.m.? The programme brochure will follow from our office once it is printed.

        Title: Call for Applications: Summer Program in Smart Manufacturing 2027

        The International Office invites students of all study programmes to apply for the Summer Program in Smart Manufacturing, held with Southern Johor Polytechnic from 5 to 23 July 2027. Ten places are available with tuition waived and a travel allowance. Applicants need a GPA of at least 3.00 and an English score (TOEIC 550 or equivalent). Applications close on 2 April 2027; submit them through the International Office form on the Polibatam website.

        Many thanks,
        Sarah Lim
        International Office
        Politeknik Negeri Batam
        """)
    return outlook_msg(slug, d, addr("Sarah Lim", "sarah.lim@polibatam.ac.id"),
                       "Site announcement: Summer Program in Smart Manufacturing 2027", new, lang="en-US")


# ---- 040 ------------------------------------------------------------------
@mail("koreksi-reply-outlook-nilai-lama-di-kutipan", "course_data", "id",
      cd("LP3102", "Manajemen Risiko Logistik", shortname="LP3102-MRL"),
      note="Correction to the sender's own earlier mail; the superseded value is in the quoted part.")
def _(slug):
    d = T(2027, 3, 5, 14, 0, 6)
    q = T(2027, 3, 5, 9, 12, 0)
    new = dd("""
        Mohon maaf, ada koreksi. Nama singkat yang benar adalah LP3102-MRL, bukan LP3102-MR seperti di email saya sebelumnya (kurang satu huruf).

        Terima kasih.

        Rizal Fahmi
        """)
    quoted = dd("""
        Selamat pagi,

        Mohon nama singkat course Manajemen Risiko Logistik (LP3102) di e-learning diubah menjadi LP3102-MR agar sesuai dengan format prodi.

        Terima kasih,
        Rizal Fahmi, S.T., M.M.
        Prodi Logistik Perdagangan Internasional
        """)
    qh = [("Dari", "Rizal Fahmi <rizal.fahmi@polibatam.ac.id>"),
          ("Dikirim", id_long(q)),
          ("Kepada", f"{HELP} <{HELP}>"),
          ("Subjek", "Perubahan nama singkat MK Manajemen Risiko Logistik")]
    prev = ids_outlook(slug + "-prev")
    return outlook_msg(slug, d, addr("Rizal Fahmi", "rizal.fahmi@polibatam.ac.id"),
                       "RE: Perubahan nama singkat MK Manajemen Risiko Logistik", new,
                       quote_hdr=qh, quoted=quoted, refs=[prev])


# ---- 041 ------------------------------------------------------------------
@mail("outlook-html-only-upload-video-100mb", "elearning_support", "id")
def _(slug):
    d = T(2027, 3, 8, 20, 20, 50)
    td = 'style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"'
    rows = [("Nama file", "Ukuran"), ("Pertemuan04_Transformator.mp4", "312 MB"),
            ("Pertemuan05_MotorInduksi.mp4", "287 MB")]
    trs = "".join("<tr>" + "".join(f'<td {td}><p class="MsoNormal">{("<b>%s</b>" % esc(c)) if i == 0 else esc(c)}<o:p></o:p></p></td>' for c in r) + "</tr>\n"
                  for i, r in enumerate(rows))
    table = ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n<tbody>\n'
             + trs + "</tbody>\n</table>")
    before = dd("""
        Selamat malam Tim Helpdesk,

        Saya tidak bisa mengunggah video materi ke course Mesin Listrik (EL2206). Setiap kali saya seret file ke File resource, muncul pesan "The file Pertemuan04_Transformator.mp4 is too large. The maximum size you can upload is 100 MB."

        File yang ingin saya unggah:
        """)
    after = dd("""

        Apakah batas ukuran untuk course ini bisa dinaikkan, atau ada cara lain yang disarankan P4M (misalnya lewat YouTube unlisted atau Google Drive kampus)? Video ini dibutuhkan untuk pertemuan hari Kamis.

        Terima kasih,
        Ir. Sri Rahayu, M.Sc.
        Dosen Teknik Elektro
        """)
    body = ['<body lang="id-ID" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">',
            '<div class="WordSection1">']
    body += [mso_p(x) for x in before.rstrip("\n").split("\n")]
    body.append(table)
    body += [mso_p(x) for x in after.rstrip("\n").split("\n")]
    body += ["</div>", "</body>", "</html>"]
    hbody = WORD_HEAD + "\n".join(body) + "\n"
    return outlook_msg(slug, d, addr("Sri Rahayu", "sri.rahayu@polibatam.ac.id"),
                       "Tidak bisa unggah video materi (batas 100 MB)", "", html_only=True, html_override=hbody)


# ---- 042 ------------------------------------------------------------------
@mail("keluhan-belum-ditanggapi", "other", "id",
      note="Complaint about the helpdesk's response time; no new request in this mail.")
def _(slug):
    d = T(2027, 3, 10, 9, 35, 12)
    new = dd("""
        Selamat pagi,

        Saya sudah mengirim email ke helpdesk ini hari Senin pagi, dan sampai sekarang belum ada tanggapan dari petugas selain balasan otomatis. Di website P4M tertulis setiap permintaan direspons dalam 15 menit, tetapi kenyataannya sudah dua hari.

        Saya tidak mengirim ulang permintaannya di sini; saya hanya ingin menyampaikan keberatan supaya layanan ini dievaluasi. Dosen-dosen lain di jurusan kami juga mengeluhkan hal yang sama.

        Hormat saya,
        Doni Saputra, S.Kom., M.T.
        """)
    return zimbra_msg(slug, d, addr("Doni Saputra", "doni.saputra@polibatam.ac.id"),
                      "Keberatan: permintaan belum ditanggapi", new)


# ---- 043 ------------------------------------------------------------------
@mail("thunderbird-flowed-salah-semester", "course_data", "id",
      cd("MA2101", "Kalkulus Lanjut", semester="Genap 2026/2027"))
def _(slug):
    d = T(2027, 3, 12, 8, 0, 52)
    new = dd("""
        Selamat pagi Tim P4M,

        Course Kalkulus Lanjut (MA2101) di e-learning masih tercatat di semester Ganjil 2026/2027, sehingga tidak muncul di daftar course mahasiswa semester ini. Mohon semesternya diubah menjadi Genap 2026/2027.

        Isi course, kelas dan enrolment key tidak perlu diubah.

        Terima kasih,

        -- 
        Benny Halim, M.Si.
        Dosen Matematika Terapan
        Politeknik Negeri Batam
        """)
    return thunderbird_msg(slug, d, addr("Benny Halim", "benny.halim@polibatam.ac.id"),
                           "Course Kalkulus Lanjut salah semester", new)


# ---- 044 ------------------------------------------------------------------
@mail("lampiran-pdf-saja-pendaftaran-wisuda", "announcement", "id",
      ann("Pendaftaran Wisuda Politeknik Negeri Batam Tahun 2027", "site", "2027-03-22T08:00:00+07:00"),
      note="Title, text and publish time are only in the attached PDF letter.")
def _(slug):
    d = T(2027, 3, 15, 10, 45, 3)
    lines = [
        "#PENGUMUMAN",
        "Nomor: 112/PL29/KM/2027",
        "",
        "#Pendaftaran Wisuda Politeknik Negeri Batam Tahun 2027",
        "",
        "Diberitahukan kepada mahasiswa yang telah dinyatakan lulus yudisium bahwa",
        "pendaftaran wisuda Politeknik Negeri Batam Tahun 2027 dibuka pada",
        "1 April s.d. 30 April 2027 melalui SIAKAD, menu Wisuda.",
        "",
        "Persyaratan: bebas pinjaman perpustakaan, bebas laboratorium, unggah pas foto",
        "berwarna, dan bukti unggah laporan tugas akhir ke repositori.",
        "Wisuda dilaksanakan pada Sabtu, 12 Juni 2027 di Auditorium Polibatam.",
        "",
        "Catatan untuk P4M: mohon pengumuman ini ditayangkan di halaman depan",
        "e-learning pada 22 Maret 2027 pukul 08.00 WIB.",
        "",
        "Batam, 12 Maret 2027",
        "Kepala Bagian Akademik dan Kemahasiswaan",
        "",
        "Drs. Syamsul Bahri, M.M.",
    ]
    pdf = make_pdf(lines, "Pengumuman Pendaftaran Wisuda 2027", T(2027, 3, 12, 14, 5, 0))
    new = dd("""
        Selamat pagi,

        Terlampir surat pengumuman dari Bagian Akademik dan Kemahasiswaan. Mohon ditayangkan di e-learning sesuai tanggal yang tertera di surat.

        Terima kasih.

        Putri Ayu Lestari
        Bagian Akademik dan Kemahasiswaan
        """)
    return gmail_msg(slug, d, addr("Putri Ayu Lestari", "putri.ayu@polibatam.ac.id"),
                     "Pengumuman pendaftaran wisuda 2027", new,
                     attachments=[attachment("application/pdf", "Pengumuman_Wisuda_2027.pdf", pdf)])


# ---- 045 ------------------------------------------------------------------
@mail("fw-keluhan-mahasiswa-nilai-tersembunyi", "elearning_support", "mixed",
      note="Lecturer forwards a student's complaint with a short code-switched ask on top.")
def _(slug):
    d = T(2027, 3, 17, 22, 5, 39)
    q = T(2027, 3, 17, 19, 48, 0)
    new = dd("""
        Hi P4M,

        FYI mahasiswa saya complain grade UTS-nya nggak muncul di menu Grades. I already set the grade item to visible dan sudah klik "Release", tapi dari akun mahasiswa tetap kosong. Bisa tolong dicek dari sisi admin? Course: Basis Data Terdistribusi (IF3207).

        Thanks,
        Gerry
        """)
    hr = q.hour % 12 or 12
    qh = [("From", "Yosua Manurung <3312301044@students.polibatam.ac.id>"),
          ("Sent", f"{DAY_EN_FULL[q.weekday()]}, {MON_EN_FULL[q.month - 1]} {q.day}, {q.year} {hr}:{q:%M} PM"),
          ("To", "Gerry Tanoto <gerry.tanoto@polibatam.ac.id>"),
          ("Subject", "Nilai UTS tidak muncul")]
    quoted = dd("""
        Selamat malam Pak Gerry,

        Mohon maaf mengganggu. Nilai UTS Basis Data Terdistribusi belum muncul di e-learning saya, padahal teman-teman lain katanya sudah bisa lihat. Di menu Grades kolom UTS masih tanda "-".

        Terima kasih Pak.
        Yosua Manurung, TI-3A
        """)
    return outlook_msg(slug, d, addr("Gerry Tanoto", "gerry.tanoto@polibatam.ac.id"),
                       "FW: Nilai UTS tidak muncul", new, quote_hdr=qh, quoted=quoted, lang="en-US")


# ---- 046 ------------------------------------------------------------------
@mail("iup-coordinator-summary-en", "course_data", "en",
      cd("LP2201", "International Trade Documentation",
         summary="This course covers the documents that move goods across borders: commercial invoices, packing lists, bills of lading, certificates of origin, letters of credit and customs declarations in the Batam Free Trade Zone, using real cases from local freight forwarders."))
def _(slug):
    d = T(2027, 3, 19, 9, 0, 21)
    new = dd("""
        Dear P4M Helpdesk,

        As coordinator of the International Undergraduate Programme in Logistics, I would like to request an update of the course summary for International Trade Documentation (LP2201). The current summary is still the Indonesian text from the old curriculum, which our international students cannot read.

        Please replace it with the following paragraph:

        This course covers the documents that move goods across borders: commercial invoices, packing lists, bills of lading, certificates of origin, letters of credit and customs declarations in the Batam Free Trade Zone, using real cases from local freight forwarders.

        All other course settings should remain unchanged.

        Yours sincerely,
        Dr. Amelia Hutagalung, S.E., M.B.A.
        Coordinator, International Undergraduate Programme (Logistics)
        Politeknik Negeri Batam
        """)
    return outlook_msg(slug, d, addr("Amelia Hutagalung", "amelia.hutagalung@polibatam.ac.id"),
                       "Course summary for International Trade Documentation (LP2201)", new, lang="en-US")


# ---- 047 ------------------------------------------------------------------
@mail("newsletter-webinar-list-unsubscribe", "auto", "id",
      note="Bulk newsletter (List-Id, List-Unsubscribe, Precedence: bulk).")
def _(slug):
    d = T(2027, 3, 22, 13, 40, 0)
    plain = dd("""
        INFO WEBINAR VOKASI - Edisi Maret 2027

        Halo Sahabat Vokasi,

        Webinar gratis bulan ini:

        1. Asesmen Autentik di LMS: Rubrik, Kuis Adaptif, dan Umpan Balik Otomatis
           Kamis, 25 Maret 2027, 13.30-15.30 WIB (Zoom)
        2. Menyusun Pengumuman Akademik yang Efektif di Kanal Digital Kampus
           Rabu, 31 Maret 2027, 09.00-11.00 WIB (YouTube Live)

        Daftar: https://infowebinar-vokasi.id/daftar?utm_source=newsletter&utm_medium=email
        E-sertifikat tersedia untuk peserta yang mengisi presensi.

        Anda menerima email ini karena terdaftar di milis Info Webinar Vokasi.
        Berhenti berlangganan: https://infowebinar-vokasi.id/unsubscribe?u=8f3a21c7
        """)
    hb = ("<html><body style=\"margin:0;padding:0;background:#f4f4f4\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
          "<tr><td align=\"center\"><table width=\"600\" style=\"background:#ffffff;font-family:Arial,sans-serif\">"
          "<tr><td style=\"background:#0b5394;color:#ffffff;padding:16px;font-size:20px\"><b>INFO WEBINAR VOKASI</b> &middot; Edisi Maret 2027</td></tr>"
          "<tr><td style=\"padding:16px\"><p>Halo Sahabat Vokasi,</p><p>Webinar gratis bulan ini:</p><ol>"
          "<li><b>Asesmen Autentik di LMS: Rubrik, Kuis Adaptif, dan Umpan Balik Otomatis</b><br>Kamis, 25 Maret 2027, 13.30-15.30 WIB (Zoom)</li>"
          "<li><b>Menyusun Pengumuman Akademik yang Efektif di Kanal Digital Kampus</b><br>Rabu, 31 Maret 2027, 09.00-11.00 WIB (YouTube Live)</li>"
          "</ol><p><a href=\"https://infowebinar-vokasi.id/daftar?utm_source=newsletter&amp;utm_medium=email\">Daftar sekarang</a></p>"
          "<p style=\"font-size:11px;color:#777\">Anda menerima email ini karena terdaftar di milis Info Webinar Vokasi. "
          "<a href=\"https://infowebinar-vokasi.id/unsubscribe?u=8f3a21c7\">Berhenti berlangganan</a></p></td></tr></table></td></tr></table></body></html>\n")
    body = Multi("alternative", "_----------=_MCPart_" + h(slug, "mc", 10),
                 [Leaf('text/plain; charset="utf-8"; format="fixed"', plain, "quoted-printable"),
                  Leaf('text/html; charset="utf-8"', hb, "quoted-printable")])
    headers = [
        received("mail182-41.suw21.mandrillapp.com", "198.2.182.41", d, slug),
        "Subject: " + ew("📚 Webinar Gratis Maret 2027: Asesmen Autentik di LMS"),
        "From: Info Webinar Vokasi <newsletter@infowebinar-vokasi.id>",
        "Reply-To: Info Webinar Vokasi <halo@infowebinar-vokasi.id>",
        f"To: <{HELP}>",
        f"Date: {rfcdate(d, pad=True)}",
        f"Message-ID: <{h(slug, 'mcid', 24)}.{h(slug, 'mcid2', 10)}@mail182-41.suw21.mandrillapp.com>",
        "List-Id: Info Webinar Vokasi <8f3a21c7.list-id.infowebinar-vokasi.id>",
        "List-Unsubscribe: <https://infowebinar-vokasi.id/unsubscribe?u=8f3a21c7>,"
        + CRLF + " <mailto:unsubscribe@infowebinar-vokasi.id?subject=unsubscribe>",
        "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
        "Precedence: bulk",
        "X-Mailer: Mailchimp Mailer - **CIDd1c2a3b4e5f6**",
        "MIME-Version: 1.0",
    ]
    return message(headers, body, mime_version=None)


# ---- 048 ------------------------------------------------------------------
@mail("hp-hima-jumat-jam-7-mlm", "announcement", "id",
      ann("Seminar Nasional Teknologi Informasi HIMA-TI 2027", "site", "2027-03-26T19:00:00+07:00"),
      note="Sent by a student association from a phone; the permission letter from student affairs is still to follow.")
def _(slug):
    d = T(2027, 3, 24, 7, 45, 28)
    new = dd("""
        slmt pg kak admin P4M, sy Farhan ketua panitia SEMNASTI HIMA-TI. mau minta tlg tayangin pengumuman di halaman dpn elearning (utk smua mhs) jumat jam 7 mlm ya kak, pas grup2 angkatan lg rame 😁

        judul: Seminar Nasional Teknologi Informasi HIMA-TI 2027
        isi: Hadirilah SEMNASTI 2027 "AI untuk Industri Maritim", Sabtu 10 April 2027 jam 08.00-12.00 di Auditorium Polibatam. Pendaftaran gratis s.d. 7 April lewat bit.ly/semnasti27. Dapat e-sertifikat!

        surat izin dr kemahasiswaan nyusul ya kak. mksh
        """)
    return gmail_msg(slug, d, addr("Farhan Maulana", "4312311019@students.polibatam.ac.id"),
                     "izin tayang pengumuman semnasti hima", new, html=False)


# ---- 049 ------------------------------------------------------------------
@mail("satu-baris-sks-mixed", "course_data", "mixed",
      cd("EL2203", "Mikrokontroler", credits="3"))
def _(slug):
    d = T(2027, 3, 26, 10, 30, 9)
    new = dd("""
        Hi, please update SKS EL2203 Mikrokontroler jadi 3 ya, sesuai kurikulum 2027. Thanks

        Get Outlook for Android
        """)
    return outlook_msg(slug, d, addr("Rudy Tambunan", "rudy.tambunan@polibatam.ac.id"),
                       "update SKS MK EL2203", new, lang="en-US")


# ---- 050 ------------------------------------------------------------------
@mail("formulir-publikasi-pengumuman-near-miss", "document_request", "id",
      note="Near-miss: about announcements, but the ask is the request form; nothing to publish yet.")
def _(slug):
    d = T(2027, 3, 29, 9, 15, 46)
    new = dd("""
        Selamat pagi Bapak/Ibu,

        Unit kami (Pusat Karier dan Alumni) berencana beberapa kali memasang informasi lowongan kerja di e-learning selama semester ini. Apakah ada formulir permohonan publikasi pengumuman yang harus diisi?

        Mohon dikirimkan formulirnya beserta ketentuannya (berapa hari sebelumnya harus diajukan, format lampiran, dan siapa yang harus menyetujui). Untuk saat ini belum ada pengumuman yang mau ditayangkan.

        Terima kasih,
        Kurniawati
        Pusat Karier dan Alumni Polibatam
        """)
    return gmail_msg(slug, d, addr("Kurniawati", "kurniawati@polibatam.ac.id"),
                     "Formulir permohonan publikasi pengumuman", new)


# ---- 051 ------------------------------------------------------------------
@mail("partner-lecturer-guest-account", "elearning_support", "en")
def _(slug):
    d = T(2027, 3, 31, 12, 50, 33, off=8)
    new = dd("""
        Dear Helpdesk,

        I am one of the lecturers from Southern Johor Polytechnic co-teaching Industrial Internet of Things with Pak Wahyu this semester. He mentioned that the lab sheets and the recorded lectures are on your e-learning, but I do not have an account.

        Could you create a guest or external lecturer account for me, with access to that course only? My details:

        Name: Ahmad Faiz bin Rosli
        Email: faiz.rosli@sjpoly.edu.my
        Role: co-lecturer (grading the lab reports of our students)

        If there is a form I need to fill in, please let me know.

        Thank you,
        Ahmad Faiz bin Rosli
        Lecturer, Department of Electrical Engineering
        Southern Johor Polytechnic
        """)
    return outlook_msg(slug, d, addr("Ahmad Faiz bin Rosli", "faiz.rosli@sjpoly.edu.my"),
                       "Guest access to the joint IIoT course", new, lang="en-GB",
                       pod="KL1PR01MB", host="MYS01-KL1-obe.outbound.protection.outlook.com",
                       ip="40.107.128.81")


# ---- 052 ------------------------------------------------------------------
@mail("samsung-base64-gabung-kelas", "course_data", "mixed",
      cd("RKS1103", "Pengantar Keamanan Siber", **{"class": "RKS-1A + RKS-1B (gabungan)"}))
def _(slug):
    d = T(2027, 4, 2, 8, 25, 13)
    new = dd("""
        Dear admin,

        Course Pengantar Keamanan Siber (RKS1103) please digabung ya, karena semester ini kelas A dan B saya ajar bareng di satu ruangan. Field kelasnya tolong jadi:

        RKS-1A + RKS-1B (gabungan)

        Mahasiswa RKS-1B yang sekarang ada di course terpisah nanti saya enrol sendiri. Thank you!

        Sent from my Galaxy
        """)
    return samsung_msg(slug, d, addr("Yudha Prasetyo", "yudha.prasetyo@polibatam.ac.id"),
                       "Merge kelas RKS1103", new)


# ---- 053 ------------------------------------------------------------------
@mail("asisten-lab-rabu-10-wib-mixed", "announcement", "mixed",
      ann("Pre-test Praktikum Modul 5 (VLAN dan Inter-VLAN Routing)", "course", "2027-04-07T10:00:00+07:00",
          code="IF3204", name="Jaringan Komputer Lanjut"),
      note="Lab assistant writes for the lecturer (in Cc); the pre-test window in the text is not the publish time.")
def _(slug):
    d = T(2027, 4, 5, 14, 10, 55)
    new = dd("""
        Halo kak P4M,

        Aku asisten lab Jaringan Komputer Lanjut (IF3204). Pak Hadi minta announcement pre-test dirilis hari Rabu 10.00 WIB, soalnya praktikumnya hari Kamis. Here's the text:

        Title: Pre-test Praktikum Modul 5 (VLAN dan Inter-VLAN Routing)

        Pre-test modul 5 bisa dikerjakan sampai Kamis jam 07.00, 15 soal dalam 20 menit. Don't forget to review the VLAN trunking slides first. Yang belum mengerjakan pre-test tidak bisa ikut praktikum.

        Thanks kak!
        Reynaldi
        Asisten Lab Jaringan
        """)
    return gmail_msg(slug, d, addr("Reynaldi Putra", "3312211008@students.polibatam.ac.id"),
                     "Request publish pre-test praktikum Jarkom Lanjut modul 5", new,
                     cc=addr("Hadi Susanto", "hadi.susanto@polibatam.ac.id"))


# ---- 054 ------------------------------------------------------------------
@mail("salah-alamat-legalisir-transkrip", "other", "id",
      note="Misdirected: an alumna asking for transcript legalisation (academic office, not P4M).")
def _(slug):
    d = T(2027, 4, 7, 9, 5, 1)
    new = dd("""
        Selamat pagi Bapak/Ibu,

        Saya alumni D3 Akuntansi angkatan 2021. Saya membutuhkan legalisir transkrip nilai dan ijazah sebanyak 5 lembar untuk melamar kerja di Batam Centre. Apakah pengajuannya bisa melalui email ini, dan berapa lama prosesnya?

        Saya sekarang bekerja di Tanjung Pinang, jadi agak sulit datang langsung ke kampus.

        Terima kasih,
        Oktaviani Purba
        """)
    return yahoo_msg(slug, d, addr("Oktaviani Purba", "okta.purba99@yahoo.co.id"),
                     "Legalisir transkrip nilai", new)


# ---- 055 ------------------------------------------------------------------
@mail("fwd-rfc822-kaprodi-ringkasan", "course_data", "id",
      cd("IF2209", "Desain Antarmuka Pengguna",
         summary="Mahasiswa merancang antarmuka web dan mobile yang berpusat pada pengguna melalui riset pengguna, wireframe, prototipe interaktif di Figma, dan uji usabilitas."),
      note="One-line ask; the request is in a forwarded message/rfc822 attachment from the head of programme.")
def _(slug):
    d = T(2027, 4, 9, 10, 0, 30)
    inner_d = T(2027, 4, 8, 17, 20, 45)
    inner_body = dd("""
        Tika,

        Tolong minta P4M ganti deskripsi course Desain Antarmuka Pengguna (IF2209) dengan teks ini:

        Mahasiswa merancang antarmuka web dan mobile yang berpusat pada pengguna melalui riset pengguna, wireframe, prototipe interaktif di Figma, dan uji usabilitas.

        Yang lain tidak usah diubah.

        Sandi
        """)
    inner_plain = Leaf(text(), inner_body, "quoted-printable")
    inner_html = Leaf(text("html"), gmail_html(inner_body), "quoted-printable")
    inner = message([
        "MIME-Version: 1.0",
        "From: Sandi Wiranata <sandi.wiranata@polibatam.ac.id>",
        f"Date: {rfcdate(inner_d)}",
        f"Message-ID: {ids_gmail(slug + '-inner')}",
        "Subject: Deskripsi MK DAP",
        "To: Tika Amelia <tika.amelia@polibatam.ac.id>",
    ], Multi("alternative", gmail_boundary(slug + "-inner"), [inner_plain, inner_html]), mime_version=None)
    new = dd("""
        Mohon bantuan, detail di email terlampir ya.

        Tika Amelia
        Admin Prodi Teknik Informatika
        """)
    return gmail_msg(slug, d, addr("Tika Amelia", "tika.amelia@polibatam.ac.id"),
                     "Fwd: Deskripsi MK DAP", new,
                     attachments=[rfc822_part(inner, "Deskripsi MK DAP.eml")])


# ---- 056 ------------------------------------------------------------------
@mail("interleaved-masih-gagal-enrol", "elearning_support", "id",
      note="Interleaved reply to the helpdesk's troubleshooting questions.")
def _(slug):
    d = T(2027, 4, 12, 8, 50, 24)
    new = dd("""
        Selamat pagi kak, saya jawab di bawah ya.

        Pada Jum, 9 Apr 2027 pukul 15.40 Helpdesk P4M Polibatam <helpdesk-p4m@polibatam.ac.id>
        menulis:
        > Halo Dinda,
        >
        > 1. Apakah sudah mencoba logout lalu login kembali?

        Sudah kak, sudah 3 kali, juga sudah coba di HP.

        > 2. Apa nama course yang ingin diikuti dan siapa dosennya?

        Kewirausahaan, dosennya Ibu Hana Sirait. Di daftar course cuma ada tombol "Enrol me" tapi setelah diklik muncul "You cannot enrol yourself in this course".

        > 3. Apakah kelas Anda sudah terdaftar di KRS?

        Sudah kak, di SIAKAD sudah disetujui dosen wali.

        > Salam,
        > Tim Helpdesk P4M

        Terima kasih kak.
        Dinda Maharani, MB-1A
        """)
    return gmail_msg(slug, d, addr("Dinda Maharani", "4342611021@students.polibatam.ac.id"),
                     "Re: [P4M #2027-0288] Tidak bisa enrol course Kewirausahaan", new,
                     refs=["<tkt-2027-0288.ask@helpdesk.polibatam.ac.id>"], html=False)


# ---- 057 ------------------------------------------------------------------
@mail("technical-english-asap", "announcement", "en",
      ann("Speaking Test Groups for Week 10", "course", code="BI1203", name="Technical English 2"),
      note="No publish time (as soon as possible); also mentions lost editing rights as a side issue.")
def _(slug):
    d = T(2027, 4, 14, 15, 15, 7)
    new = dd("""
        Hi there,

        Could you post this in my Technical English 2 course (BI1203) as soon as you can? My editing rights seem to have vanished after last week's course reset, so I can't do it myself.

        Title: Speaking Test Groups for Week 10

        The speaking test will be held in pairs in Room GU 704. Group A (students 1-16) on Thursday 22 April, 08.00-10.00; Group B (students 17-32) on Thursday 22 April, 10.00-12.00. Prepare a three-minute presentation of a machine or device you use in your lab and be ready to answer two questions.

        If you could also have a look at my editing rights at some point, that would be brilliant, but the announcement is the urgent bit.

        Cheers,
        Graham Whitfield
        English Language Unit
        """)
    return gmail_msg(slug, d, addr("Graham Whitfield", "graham.whitfield@polibatam.ac.id"),
                     "Please post: speaking test groups (Technical English 2)", new)


# ---- 058 ------------------------------------------------------------------
@mail("formal-hop-international-class-en", "course_data", "en",
      cd("TRE3105", "Sistem Embedded", fullname="Embedded Systems (International Class)", enrolment_key="EMB-IC/2027"))
def _(slug):
    d = T(2027, 4, 16, 9, 40, 0)
    new = dd("""
        Dear Head of P4M,

        On behalf of the Applied Bachelor Programme in Electronics Engineering Technology, I would like to request the following changes to course TRE3105 Sistem Embedded, which from this intake is delivered to the international class:

        - Full name: Embedded Systems (International Class)
        - Enrolment key: EMB-IC/2027

        The course short name, lecturer and credits remain unchanged. We would appreciate it if the changes could be made before the students are enrolled next week.

        Yours sincerely,

        Dr. Eng. Rahmat Santoso, S.T., M.Eng.
        Head of Programme, Electronics Engineering Technology
        Politeknik Negeri Batam
        """)
    return outlook_msg(slug, d, addr("Dr. Eng. Rahmat Santoso", "rahmat.santoso@polibatam.ac.id"),
                       "Request: new full name and enrolment key for TRE3105 (international class)", new,
                       lang="en-US")


# ---- 059 ------------------------------------------------------------------
@mail("ooo-dwibahasa-x-autoreply", "auto", "mixed",
      note="Bilingual out-of-office reply with X-Autoreply and Auto-Submitted headers.")
def _(slug):
    d = T(2027, 4, 19, 12, 0, 44)
    new = dd("""
        [ID] Terima kasih atas email Anda. Saya sedang cuti sampai 26 April 2027. Email akan saya balas setelah kembali. Untuk keperluan mendesak silakan hubungi Lab Teknik Mesin, ext. 1410.

        [EN] Thank you for your e-mail. I am on leave until 26 April 2027 and will reply when I am back. For urgent matters please contact the Mechanical Engineering Lab, ext. 1410.

        Ilham Akbar
        """)
    plain = Leaf('text/plain; charset=UTF-8', new, "quoted-printable")
    headers = [
        received("sonic310-14.consmr.mail.sg3.yahoo.com", "98.137.65.201", d, slug, tls=True),
        f"Date: {rfcdate(d)}",
        "From: Ilham Akbar <ilham.akbar88@yahoo.co.id>",
        f"To: {HELPN} <{HELP}>",
        f"Message-ID: {ids_yahoo(slug, d)}",
        "In-Reply-To: <tkt-2027-0334.ack@helpdesk.polibatam.ac.id>",
        "References: <tkt-2027-0334.ack@helpdesk.polibatam.ac.id>",
        "Subject: Cuti / On leave: Re: [P4M #2027-0334] Permohonan Anda telah diterima",
        "MIME-Version: 1.0",
        "X-Autoreply: yes",
        "Auto-Submitted: auto-replied",
    ]
    return message(headers, plain, mime_version=None)


# ---- 060 ------------------------------------------------------------------
@mail("sekprodi-sop-ik-persiapan-ami", "document_request", "id",
      note="Programme secretary asks, for the head of programme, for SOPs, work instructions and forms as audit evidence.")
def _(slug):
    d = T(2027, 4, 21, 10, 20, 35)
    new = dd("""
        Yth. Tim P4M,

        Menindaklanjuti arahan Ketua Program Studi Akuntansi Manajerial, Ibu Dr. Desi Arisandi, S.E., M.Si., dalam rangka persiapan Audit Mutu Internal (AMI) tahun 2027, kami mohon dapat dikirimkan dokumen berikut dalam format PDF:

        1. SOP Perubahan/Pembaruan Data Identitas Mata Kuliah di E-Learning;
        2. SOP Publikasi Pengumuman pada Media Pembelajaran E-Learning;
        3. Instruksi Kerja Layanan Helpdesk P4M;
        4. Formulir Rekaman Helpdesk P4M (versi kosong).

        Dokumen tersebut akan kami lampirkan sebagai bukti pada borang audit prodi. Jika ada dokumen yang sedang direvisi, mohon dikirim versi yang berlaku saat ini.

        Atas bantuannya kami ucapkan terima kasih.

        Hormat kami,
        Wulan Permata Sari, S.E.
        Sekretaris Prodi Akuntansi Manajerial
        """)
    return outlook_msg(slug, d, addr("Wulan Permata Sari", "wulan.permata@polibatam.ac.id"),
                       "Permohonan dokumen SOP dan IK untuk persiapan AMI", new)


# ---- 061 ------------------------------------------------------------------
@mail("batas-kumpul-bukan-waktu-tayang", "announcement", "id",
      ann("Batas Pengumpulan Laporan Akhir Praktikum Termofluida", "course",
          code="MS3109", name="Praktikum Termofluida"),
      note="The date in the text is a submission deadline, not a publish time; the ask is to publish now.")
def _(slug):
    d = T(2027, 4, 23, 16, 40, 18)
    new = dd("""
        Selamat sore,

        Tolong tayangkan segera pengumuman berikut di course Praktikum Termofluida (MS3109):

        Judul: Batas Pengumpulan Laporan Akhir Praktikum Termofluida

        Laporan akhir praktikum dikumpulkan paling lambat Jumat, 14 Mei 2027 pukul 23.59 WIB melalui menu Assignment "Laporan Akhir" di e-learning, dalam format PDF maksimal 10 MB. Laporan yang terlambat tidak akan dinilai. Asistensi terakhir dilaksanakan Senin, 10 Mei 2027 di Lab Termofluida.

        Terima kasih,

        Ir. Taufik Hidayat, M.T.
        Jurusan Teknik Mesin
        """)
    return gmail_msg(slug, d, addr("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
                     "Pengumuman batas pengumpulan laporan akhir Praktikum Termofluida", new)


# ---- 062 ------------------------------------------------------------------
@mail("exchange-staff-visa-letter-misdirected", "other", "en",
      note="Misdirected: an incoming exchange staff member needs a visa invitation letter (International Office).")
def _(slug):
    d = T(2027, 4, 28, 6, 5, 30, off=1)
    new = dd("""
        Dear Sir or Madam,

        I will join Politeknik Negeri Batam as a visiting staff member in the Mechanical Engineering department from 1 September to 30 November 2027, under the staff-exchange agreement with Hogeschool Noordkust.

        For my visa application at the Indonesian embassy I need an official invitation letter from your institution stating the purpose and duration of my visit. Could you tell me who prepares this letter and which documents I should send?

        Thank you in advance,
        Amira Haddad
        Lecturer, Hogeschool Noordkust
        """)
    return gmail_msg(slug, d, addr("Amira Haddad", "a.haddad@hsnoordkust.nl"),
                     "Invitation letter for visa application - staff exchange", new,
                     from_host="mail-wr1-f49.google.com", ip="209.85.221.49")


# ---- 063 ------------------------------------------------------------------
@mail("gradebook-export-error-en", "elearning_support", "en")
def _(slug):
    d = T(2027, 4, 30, 8, 15, 42)
    new = dd("""
        Good morning,

        I am trying to export the gradebook of my course Quality Control (MS3110) to Excel so I can submit the midterm marks to the department. After choosing Export > Excel spreadsheet and clicking Download, the page shows "Error reading from database" and nothing is downloaded. The plain-text export gives the same error.

        I tried on two browsers and on the campus network. The deadline for the marks is next Wednesday.

        Thank you for your help,
        Engr. Paolo Reyes
        Visiting Lecturer, Mechanical Engineering
        """)
    return outlook_msg(slug, d, addr("Paolo Reyes", "paolo.reyes@polibatam.ac.id"),
                       "Error when exporting grades to Excel", new, lang="en-US")


# ---- 064 ------------------------------------------------------------------
@mail("bls-revisi-jam-tayang-hari-ini-15-30", "announcement", "id",
      ann("Praktikum Pengganti Robotika Industri", "course", "2027-05-03T15:30:00+07:00",
          code="TRM3204", name="Robotika Industri"),
      note="Reply revising the publish time; the superseded time is in the quoted acknowledgement.")
def _(slug):
    d = T(2027, 5, 3, 13, 0, 26)
    q = T(2027, 5, 3, 8, 5, 0)
    new = dd("""
        Mohon maaf, ada perubahan: jam tayang pengumumannya diganti jadi hari ini pkl 15.30 ya, bukan besok jam 10.00 seperti permintaan saya sebelumnya, karena ruang lab baru dikonfirmasi siang ini dan mahasiswa perlu tahu lebih cepat. Isi pengumuman tetap.

        Terima kasih,
        Heru
        """)
    quoted = dd("""
        Yth. Bapak Heru Setiawan,

        Permohonan Anda telah kami terima dengan nomor tiket #2027-0231.
        Jenis permohonan: publikasi pengumuman
        Course: TRM3204 Robotika Industri
        Judul: Praktikum Pengganti Robotika Industri
        Waktu tayang: Selasa, 4 Mei 2027 pukul 10.00 WIB

        Petugas kami akan menindaklanjuti permohonan ini.

        Salam,
        Tim Helpdesk P4M
        """)
    qh = [("Dari", f"{HELPN} <{HELP}>"),
          ("Dikirim", id_long(q)),
          ("Kepada", "Heru Setiawan <heru.setiawan@polibatam.ac.id>"),
          ("Subjek", "[P4M #2027-0231] Pengumuman Praktikum Pengganti Robotika Industri")]
    return outlook_msg(slug, d, addr("Heru Setiawan", "heru.setiawan@polibatam.ac.id"),
                       "BLS: [P4M #2027-0231] Pengumuman Praktikum Pengganti Robotika Industri", new,
                       quote_hdr=qh, quoted=quoted, refs=["<tkt-2027-0231.ack@helpdesk.polibatam.ac.id>"])


# ---- 065 ------------------------------------------------------------------
@mail("undangan-rapat-visitasi-akreditasi", "other", "id",
      note="Invitation for a P4M representative to a meeting; the date is a meeting time, not a publish time.")
def _(slug):
    d = T(2027, 5, 7, 9, 50, 15)
    new = dd("""
        Yth. Kepala P4M,

        Dengan hormat, dalam rangka persiapan visitasi akreditasi Prodi Teknologi Rekayasa Perangkat Lunak, kami mengundang satu orang perwakilan P4M untuk hadir pada rapat koordinasi:

        Hari/tanggal : Kamis, 13 Mei 2027
        Waktu        : 09.00 - 11.30 WIB
        Tempat       : Ruang Rapat Jurusan Teknik Informatika, Gedung Utama lt. 5

        Agenda utama adalah penjelasan data layanan e-learning dan helpdesk yang akan ditanyakan asesor. Mohon konfirmasi nama perwakilan yang hadir.

        Hormat kami,
        Sekretariat Prodi Teknologi Rekayasa Perangkat Lunak
        """)
    return zimbra_msg(slug, d, addr("Sekretariat Prodi TRPL", "trpl@polibatam.ac.id"),
                      "Undangan rapat persiapan visitasi akreditasi Prodi TRPL", new)


# ---- 066 ------------------------------------------------------------------
@mail("course-dobel-impor-materi", "elearning_support", "id")
def _(slug):
    d = T(2027, 5, 10, 10, 30, 48)
    new = dd("""
        Selamat pagi tim P4M,

        Di dashboard saya course Perilaku Organisasi muncul dua kali, satu kosong dan satu lagi berisi materi tahun lalu. Mahasiswa semester ini masuknya ke course yang kosong.

        Apakah bisa dibantu memindahkan (impor) materi, kuis dan bank soal dari course lama ke course yang baru? Course lama sebaiknya disembunyikan saja setelah itu, supaya mahasiswa tidak bingung.

        Terima kasih banyak,
        Lilis Suryani
        Prodi Administrasi Bisnis Terapan
        """)
    return gmail_msg(slug, d, addr("Lilis Suryani", "lilis.suryani@polibatam.ac.id"),
                     "Course muncul dua kali, mohon impor materi tahun lalu", new)


# ---- 067 ------------------------------------------------------------------
@mail("industry-internship-recruitment-site", "announcement", "en",
      ann("Internship Recruitment Drive 2027: PT Sinar Presisi Electronics", "site", "2027-05-18T10:00:00+07:00"),
      note="External company asking for a site-wide post; interview dates in the text are event content.")
def _(slug):
    d = T(2027, 5, 12, 8, 45, 10)
    new = dd("""
        Dear P4M Helpdesk,

        Our Human Resources team would like to reach final-year students of Politeknik Negeri Batam through your e-learning portal. The Career Centre (Ibu Kurniawati) has agreed and suggested we contact you. Could you publish the announcement below on the front page of e-learning on Tuesday, 18 May 2027 at 10:00 (WIB)?

        Title: Internship Recruitment Drive 2027: PT Sinar Presisi Electronics

        PT Sinar Presisi Electronics (Batamindo Industrial Park, Muka Kuning) is opening 40 six-month internship places for students of Electrical, Mechanical and Informatics Engineering. Walk-in interviews will be held on 25-26 May 2027 at the Polibatam Career Centre. Bring your CV, latest transcript and a recommendation letter from your study programme.

        Thank you very much,
        Jessica Wong
        Talent Acquisition, PT Sinar Presisi Electronics
        """)
    return gmail_msg(slug, d, addr("Jessica Wong", "jessica.wong@sinarpresisi.co.id"),
                     "Request to post internship recruitment announcement", new,
                     cc=addr("Kurniawati", "kurniawati@polibatam.ac.id"),
                     from_host="mail-pf1-f180.google.com", ip="209.85.210.180")


# ---- 068 ------------------------------------------------------------------
@mail("perpustakaan-hari-ini-pkl-13", "announcement", "id",
      ann("Pelatihan Penelusuran E-Journal dan Pengelolaan Referensi dengan Zotero", "site",
          "2027-05-17T13:00:00+07:00"))
def _(slug):
    d = T(2027, 5, 17, 9, 0, 58)
    new = dd("""
        Selamat pagi Tim P4M,

        Mohon bantuan menayangkan pengumuman berikut untuk seluruh pengguna e-learning hari ini pkl 13.00 WIB.

        Judul: Pelatihan Penelusuran E-Journal dan Pengelolaan Referensi dengan Zotero

        Perpustakaan Politeknik Negeri Batam mengadakan pelatihan penelusuran e-journal (ScienceDirect, IEEE Xplore, Garuda) dan pengelolaan referensi dengan Zotero pada Rabu, 26 Mei 2027 pukul 09.00-12.00 WIB di Ruang Multimedia Perpustakaan. Peserta terbatas 40 orang; pendaftaran melalui meja layanan perpustakaan atau formulir daring di situs perpustakaan. Bawa laptop masing-masing.

        Terima kasih,
        Yeni Marlina
        Pustakawan, Perpustakaan Polibatam
        """)
    return zimbra_msg(slug, d, addr("Yeni Marlina", "yeni.marlina@polibatam.ac.id"),
                      "Mohon tayang pengumuman pelatihan e-journal", new)


# ---- 069 ------------------------------------------------------------------
@mail("reset-password-email-tidak-masuk-mixed", "elearning_support", "mixed")
def _(slug):
    d = T(2027, 5, 19, 22, 15, 4)
    new = dd("""
        Halo admin,

        Aku udah klik "Forgotten your username or password?" di halaman login e-learning, tapi email reset-nya nggak masuk-masuk, udah cek folder spam juga. It's been more than two hours.

        My student email: 3312511047@students.polibatam.ac.id
        Username e-learning: 3312511047

        Please help ya, besok pagi ada deadline upload tugas Pemrograman Web. Thank you!

        Steven Halim
        """)
    return gmail_msg(slug, d, addr("Steven Halim", "stevenhalim.sh@gmail.com"),
                     "Email reset password e-learning nggak masuk", new)


# ---- 070 ------------------------------------------------------------------
@mail("partner-template-kuesioner-evaluasi", "document_request", "en")
def _(slug):
    d = T(2027, 5, 21, 6, 20, 37, off=2)
    new = dd("""
        Dear colleagues,

        For the joint Smart Manufacturing course we would like both institutions to evaluate the course with comparable questions. Could you send us the template of the course evaluation questionnaire your students fill in at the end of the semester (the EDOM form, as I understand it), together with the guideline on how the results are reported?

        An English version would be ideal, but the Indonesian one is fine too; we can translate it.

        Kind regards,
        Joost Bakker
        Programme Manager International Projects
        Hogeschool Noordkust, Faculty of Engineering
        """)
    return outlook_msg(slug, d, addr("Joost Bakker", "j.bakker@hsnoordkust.nl"),
                       "Course evaluation questionnaire template (joint Smart Manufacturing course)", new,
                       lang="en-GB", pod="AM9PR07MB", host="EUR05-AM6-obe.outbound.protection.outlook.com",
                       ip="40.107.22.77")


# --------------------------------------------------------------------------- checks and output

PLAN_TYPES = {"course_data": 22, "announcement": 16, "elearning_support": 12,
              "document_request": 7, "other": 7, "auto": 6}
PLAN_LANGS = {"id": 40, "en": 18, "mixed": 12}
CHANGE_KEYS = {"fullname", "shortname", "lecturer", "class", "semester", "credits", "enrolment_key", "summary"}
PUBLISH_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")


def strip_tags(s):
    s = re.sub(r"(?is)<style.*?</style>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def pdf_text(data):
    out = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
        out.append(re.sub(rb"\\(.)", rb"\1", m.group(1)).decode("latin-1"))
    return "\n".join(out)


def all_text(msg):
    texts = [str(msg["Subject"] or "")]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "text/plain":
            t = part.get_content()
            if (part.get_param("format") or "").lower() == "flowed":
                t = unflow(t)
            texts.append(t)
        elif ct == "text/html":
            texts.append(strip_tags(part.get_content()))
        elif ct == "application/pdf":
            texts.append(pdf_text(part.get_payload(decode=True)))
        elif ct == DOCX_CT:
            with zipfile.ZipFile(io.BytesIO(part.get_payload(decode=True))) as z:
                texts.append(strip_tags(z.read("word/document.xml").decode("utf-8")))
    return "\n".join(texts)


def norm(s):
    return " ".join(s.split())


def check(name, raw, label):
    problems = []
    if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
        problems.append("bare CR or LF")
    for line in raw.split(b"\r\n"):
        if len(line) > 998:
            problems.append("line longer than 998 octets")
            break
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            problems.append(f"defects in {part.get_content_type()}: {part.defects}")
    for hname in ("From", "To", "Cc", "Subject", "Date", "Message-ID"):
        if msg[hname] is not None and getattr(msg[hname], "defects", ()):
            problems.append(f"{hname} header defects: {msg[hname].defects}")
    if msg["Date"] is None or msg["Message-ID"] is None:
        problems.append("missing Date or Message-ID")
    body = norm(all_text(msg))
    f = label["fields"]

    def present(v):
        if norm(v) not in body:
            problems.append(f"label value not in text: {v!r}")

    for k in ("course_code", "course_name", "title"):
        if k in f:
            present(f[k])
    for k, v in f.get("changes", {}).items():
        if k not in CHANGE_KEYS:
            problems.append(f"bad change key {k}")
        present(v)
    if "publish_at" in f and not PUBLISH_RE.match(f["publish_at"]):
        problems.append("bad publish_at")
    if label["type"] == "course_data" and not f.get("changes"):
        problems.append("course_data without changes")
    if label["type"] == "announcement" and f.get("scope") not in ("course", "site"):
        problems.append("announcement without scope")
    if label["type"] not in ("course_data", "announcement") and f:
        problems.append("fields on a type that has none")
    if problems:
        raise SystemExit(f"{name}: " + "; ".join(problems))
    return msg


def main():
    labels = {}
    outputs = {}
    last = None
    for i, m in enumerate(MESSAGES, 1):
        stem = f"{i:03d}-{m['slug']}"
        name = stem + ".eml"
        raw = m["build"](stem)
        label = {"type": m["type"], "lang": m["lang"], "fields": m["fields"], "note": m["note"]}
        msg = check(name, raw, label)
        when = msg["Date"].datetime
        if last is not None and when <= last:
            raise SystemExit(f"{name}: Date not after the previous message")
        last = when
        labels[name] = label
        outputs[name] = raw

    types = {}
    langs = {}
    for lab in labels.values():
        types[lab["type"]] = types.get(lab["type"], 0) + 1
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
    if len(labels) != 70 or types != PLAN_TYPES or langs != PLAN_LANGS:
        print(f"composition differs from plan: {len(labels)} {types} {langs}", file=sys.stderr)
        sys.exit(1)

    for old in OUT.glob("[0-9][0-9][0-9]-*.eml"):
        if old.name not in outputs:
            old.unlink()
    for name, raw in outputs.items():
        (OUT / name).write_bytes(raw)
    (OUT / "labels.json").write_text(
        json.dumps(labels, indent=2, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(outputs)} messages and labels.json to {OUT}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generator of held-out part35 (standard library only, deterministic).

Writes NNN-client-quirk.eml and labels.json next to this script; running it twice writes identical bytes.
Every mail body was written by hand for its mail; the helpers below only encode, wrap and attach.
Names, addresses, course codes and ticket numbers are made up.
"""
import datetime as dt
import email
import hashlib
import html as htmlmod
import io
import json
import os
import re
import sys
import textwrap
import zipfile
from email import policy
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
HD = "helpdesk-p4m@polibatam.ac.id"
HDN = "Helpdesk P4M <%s>" % HD
POL = policy.default.clone(linesep="\r\n", max_line_length=78)
PLAN = {"course_data": 22, "announcement": 16, "elearning_support": 12,
        "document_request": 7, "other": 7, "auto": 6}
LANGS = {"id": 40, "en": 18, "mixed": 12}

MAILS = []


def h(slug, n=16):
    return hashlib.sha256(("p35" + slug).encode()).hexdigest()[:n]


def date(y, mo, d, hh, mm, tz=7.0):
    ss = int(h("%d-%d-%d-%d-%d" % (y, mo, d, hh, mm), 4), 16) % 60
    z = dt.timezone(dt.timedelta(hours=tz))
    return format_datetime(dt.datetime(y, mo, d, hh, mm, ss, tzinfo=z))


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


# ---------------------------------------------------------------- encoders and wrappers
def text_part(body, subtype="plain", cte=None, charset="utf-8", params=None):
    p = MIMEPart(policy=POL)
    kw = {}
    if cte:
        kw["cte"] = cte
    p.set_content(body, subtype=subtype, charset=charset, **kw)
    for k, v in (params or {}).items():
        p.set_param(k, v)
    return p


def multipart(subtype, parts):
    m = MIMEPart(policy=POL)
    m["Content-Type"] = "multipart/%s" % subtype
    for p in parts:
        m.attach(p)
    return m


def attach(data, maintype, subtype, filename, cid=None, inline=False):
    p = MIMEPart(policy=POL)
    p.set_content(data, maintype=maintype, subtype=subtype,
                  disposition="inline" if inline else "attachment", filename=filename, cid=cid)
    return p


def mixed(first, *atts):
    return multipart("mixed", [first] + list(atts))


def esc_lines(plain):
    return [htmlmod.escape(x) for x in plain.split("\n")]


def gmail_html(plain):
    out = []
    for ln in esc_lines(plain):
        out.append("<div>%s</div>" % (ln if ln else "<br>"))
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


def gm(plain, html=None, cte="quoted-printable"):
    """Gmail-style multipart/alternative."""
    return multipart("alternative", [text_part(plain, cte=cte), text_part(html or gmail_html(plain), "html", cte=cte)])


def outlook_html(plain):
    paras = []
    for ln in esc_lines(plain):
        paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (ln if ln else "&nbsp;"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif;} --></style></head><body lang="EN-US"><div class="WordSection1">\n'
            + "\n".join(paras) + "\n</div></body></html>\n")


def ol(plain):
    """Outlook desktop: alternative, both parts quoted-printable, Word HTML."""
    return multipart("alternative", [text_part(plain, cte="quoted-printable"),
                                     text_part(outlook_html(plain), "html", cte="quoted-printable")])


def zimbra(plain):
    html = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            + "".join("<div>%s</div>" % (ln if ln else "<br data-mce-bogus=\"1\">") for ln in esc_lines(plain))
            + "</div></body></html>\n")
    return multipart("alternative", [text_part(plain, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")])


def samsung(plain):
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
            + "<br>".join(esc_lines(plain)) + "</body></html>\n")
    return multipart("alternative", [text_part(plain, cte="base64"), text_part(html, "html", cte="base64")])


def yahoo(plain):
    html = ('<html><head></head><body><div class="ydp1c2e3f4yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">'
            + "".join("<div>%s</div>" % (ln if ln else "<br>") for ln in esc_lines(plain))
            + "</div></body></html>\n")
    return multipart("alternative", [text_part(plain, cte="base64"), text_part(html, "html", cte="base64")])


def qp(plain):
    return text_part(plain, cte="quoted-printable")


def html_only(html, cte="quoted-printable"):
    return text_part(html, "html", cte=cte)


def flowed(plain, width=72):
    """Thunderbird format=flowed: long lines are soft-broken with a trailing space."""
    out = []
    for ln in plain.split("\n"):
        if len(ln) <= 76 or ln.startswith(">"):
            out.append(ln.rstrip(" "))
            continue
        segs = textwrap.wrap(ln, width=width, break_long_words=False, break_on_hyphens=False)
        out.extend(s + " " for s in segs[:-1])
        out.append(segs[-1])
    return text_part("\n".join(out), cte="8bit", params={"format": "flowed"})


def pdf_bytes(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "50 790 Td", "15 TL"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
            b"/Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


def docx_bytes(blocks):
    """blocks: a str is a paragraph, a list of (cell, cell) tuples is a table."""
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def run(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, htmlmod.escape(t, quote=False))
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append("<w:p>%s</w:p>" % run(b))
        else:
            rows = []
            for cells in b:
                rows.append("<w:tr>%s</w:tr>" % "".join(
                    '<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr><w:p>%s</w:p></w:tc>' % run(c, i == 0)
                    for i, c in enumerate(cells)))
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="9000" w:type="dxa"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr><w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="6000"/></w:tblGrid>%s</w:tbl>'
                        % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (ns, "".join(body)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
          'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override '
          'PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
            'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 13, 14, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


def q(text):
    return "\n".join(("> " + x) if x else ">" for x in text.split("\n"))


def L(type_, lang, fields=None, note=None):
    d = {"type": type_, "lang": lang, "fields": fields or {}}
    if note:
        d["note"] = note
    return d


def add(quirk, date_, frm, subject, body, label, to=HDN, cc=None, extra=None, raw=None):
    MAILS.append(dict(quirk=quirk, date=date_, frm=frm, subject=subject, body=body,
                      label=label, to=to, cc=cc, extra=extra or [], raw=raw))


def raw_add(quirk, date_, frm, subject, headers, body, label):
    b = "----=_Part_%s_1" % h(quirk, 12)
    headers = dict(headers)
    to = headers.pop("To", HD)
    dom = headers.pop("Domain", "polibatam.ac.id")
    raw = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s@%s>\nMIME-Version: 1.0\n%s\n\n%s"
           % (frm, to, subject, date_, h(quirk, 24), dom,
              "\n".join("%s: %s" % kv for kv in headers.items()).replace("{B}", b), body.replace("{B}", b)))
    add(quirk, date_, frm, subject, None, label, raw=raw)


def build(m):
    quirk = m["quirk"]
    if m["raw"] is not None:
        return crlf(m["raw"]).encode("utf-8")
    body = m["body"]
    if isinstance(body, str):
        body = text_part(body, cte="8bit")
    msg = EmailMessage(policy=POL)
    dom = m["frm"].split("@")[-1].rstrip(">")
    hdrs = [("From", m["frm"]), ("To", m["to"])]
    if m["cc"]:
        hdrs.append(("Cc", m["cc"]))
    hdrs += [("Subject", m["subject"]), ("Date", m["date"]),
             ("Message-ID", "<%s.%s@%s>" % (h(quirk, 20), h(quirk + "m", 8), dom)),
             ("MIME-Version", "1.0")]
    hdrs += m["extra"]
    for k, v in hdrs:
        if k == "Subject" and len(v) > 68 and v.isascii():
            cut = v.rfind(" ", 0, 66)
            msg.set_raw(k, v[:cut] + "\r\n" + v[cut:])
        else:
            msg[k] = v
    for k, v in body.items():
        msg[k] = v
    msg._payload = body._payload
    n = [0]

    def setb(part):
        if part.is_multipart():
            n[0] += 1
            part.set_boundary("----=_Part_%s_%d" % (h(quirk, 12), n[0]))
            for sp in part.get_payload():
                setb(sp)
    setb(msg)
    return msg.as_bytes(policy=POL)


# ---------------------------------------------------------------- self-checks (no classifier involved)
def strip_html(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|td|h\d)>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return htmlmod.unescape(s)


def texts(msg):
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "text/plain":
            out.append(part.get_content())
        elif ct.startswith("text/rfc822") or ct.startswith("message/"):
            pl = part.get_payload()
            out.append(pl if isinstance(pl, str) else "")
        elif ct == "text/html":
            out.append(strip_html(part.get_content()))
        elif ct == "application/pdf":
            data = part.get_content()
            segs = [y.decode("latin-1") for y in re.findall(rb"\((.*?)(?<!\\)\) Tj", data)]
            out.append("\n".join(x.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\") for x in segs))
        elif ct.endswith("wordprocessingml.document"):
            z = zipfile.ZipFile(io.BytesIO(part.get_content()))
            xml = z.read("word/document.xml").decode()
            out.append("\n".join(htmlmod.unescape(t) for t in re.findall(r"<w:t[^>]*>(.*?)</w:t>", xml)))
    return "\n".join(out)


WD = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
      "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
      "sen": 0, "sel": 1, "rab": 2, "kam": 3, "jum": 4, "sab": 5, "min": 6,
      "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
MO = {"nov": 11, "november": 11, "des": 12, "dec": 12, "desember": 12, "december": 12}
WDRE = re.compile(r"(?i)\b(%s),?\s+(\d{1,2})\s+(%s)\b\.?(?:\s+(\d{4}))?" % (
    "|".join(sorted(WD, key=len, reverse=True)), "|".join(sorted(MO, key=len, reverse=True))))
DOTRE = re.compile(r"(?i)\b(%s),?\s+(\d{2})\.(\d{2})\.(\d{4})" % "|".join(sorted(WD, key=len, reverse=True)))
TYPE_WORDS = ("course", "announce", "support", "document", "other", "auto", "lecturer", "fullname", "shortname",
              "summary", "credit", "semester", "enrol")


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def check(name, data, m, parsed):
    errs = []
    if re.search(rb"(?<!\r)\n", data):
        errs.append("bare LF")
    if any(w in name for w in TYPE_WORDS):
        errs.append("label hint in file name")
    for part in parsed.walk():
        if part.defects:
            errs.append("defects %r" % part.defects)
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append("header defects %s %r" % (k, v.defects))
    if str(parsed["Subject"]) != m["subject"]:
        errs.append("subject round-trip %r" % str(parsed["Subject"]))
    d = email.utils.parsedate_to_datetime(str(parsed["Date"]))
    if d != email.utils.parsedate_to_datetime(m["date"]):
        errs.append("date round-trip")
    if not (dt.date(2026, 11, 1) <= d.date() <= dt.date(2026, 12, 31)):
        errs.append("date out of range")
    txt = texts(parsed)
    nt = norm(txt)
    lab = m["label"]
    f = lab.get("fields", {})
    allowed = {"course_data": {"course_code", "course_name", "changes"},
               "announcement": {"course_code", "course_name", "title", "scope", "publish_at"},
               "auto": set()}.get(lab["type"], {"course_code", "course_name"})
    if set(f) - allowed:
        errs.append("fields not allowed on %s: %r" % (lab["type"], set(f) - allowed))
    if lab["type"] == "course_data" and "changes" not in f:
        errs.append("course_data without changes")
    if lab["type"] == "announcement" and f.get("scope") not in ("course", "site"):
        errs.append("announcement without scope")
    if f.get("scope") == "course" and not (f.get("course_code") or f.get("course_name")):
        errs.append("course scope without course")
    if "publish_at" in f:
        p = dt.datetime.fromisoformat(f["publish_at"])
        if p.tzinfo is None or not (dt.date(2026, 11, 1) <= p.date() <= dt.date(2026, 12, 31)):
            errs.append("bad publish_at")
        if p < d:
            errs.append("publish_at before Date")
    vals = []
    for k, v in f.items():
        if k == "changes":
            for ck in v:
                if ck not in ("fullname", "shortname", "summary", "lecturer", "class", "credits", "semester",
                              "enrolment_key"):
                    errs.append("unknown change field %s" % ck)
            vals += list(v.values())
        elif k not in ("scope", "publish_at"):
            vals.append(v)
    for v in vals:
        if norm(v) not in nt:
            errs.append("value not in text: %r" % v)
    for mt in WDRE.finditer(txt):
        wd, dd, mo, y = mt.group(1).lower(), int(mt.group(2)), MO[mt.group(3).lower()], int(mt.group(4) or 2026)
        try:
            if dt.date(y, mo, dd).weekday() != WD[wd]:
                errs.append("weekday mismatch %r" % mt.group(0))
        except ValueError:
            errs.append("bad date %r" % mt.group(0))
    for mt in DOTRE.finditer(txt):
        if dt.date(int(mt.group(4)), int(mt.group(3)), int(mt.group(2))).weekday() != WD[mt.group(1).lower()]:
            errs.append("weekday mismatch %r" % mt.group(0))
    return errs


def main():
    items = sorted(MAILS, key=lambda m: (email.utils.parsedate_to_datetime(m["date"]), m["quirk"]))
    labels = {}
    written = set()
    bad = False
    seen = set()
    for i, m in enumerate(items, 1):
        if m["quirk"] in seen:
            print("duplicate quirk", m["quirk"])
            bad = True
        seen.add(m["quirk"])
        name = "%03d-%s.eml" % (i, m["quirk"])
        data = build(m)
        parsed = email.message_from_bytes(data, policy=policy.default)
        errs = check(name, data, m, parsed)
        if errs:
            bad = True
            print(name, errs)
        lab = {"type": m["label"]["type"], "lang": m["label"]["lang"], "fields": m["label"].get("fields", {})}
        if m["label"].get("note"):
            lab["note"] = m["label"]["note"]
        labels[name] = lab
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        written.add(name)
    for fn in os.listdir(HERE):
        if re.match(r"\d{3}-.*\.eml$", fn) and fn not in written:
            os.remove(os.path.join(HERE, fn))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    counts, langs = {}, {}
    for v in labels.values():
        counts[v["type"]] = counts.get(v["type"], 0) + 1
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    print(len(labels), dict(sorted(counts.items())), dict(sorted(langs.items())))
    if counts != PLAN or langs != LANGS or bad:
        print("plan mismatch or check errors", file=sys.stderr)
        sys.exit(1)


# ================================================================ shared voices
IPHONE = "\n\nDikirim dari iPhone saya"
SAMSUNG = "\n\n\nDikirim dari Samsung Galaxy smartphone saya."
YAHOO = "\n\nDikirim dari Yahoo Mail di Android"
OUTLOOK_IOS = "\n\nGet Outlook for iOS <https://aka.ms/o0ukef>"
DC_FOOTER = ("\n\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be legally "
             "privileged. If you are not the intended recipient, please notify the sender immediately and delete "
             "this e-mail. Any unauthorised use, disclosure or copying is strictly prohibited. PT Batam Data Hub "
             "accepts no liability for any damage caused by viruses transmitted by this e-mail.")

RIZKI = "Rizki Amalia <rizki.amalia.putri@gmail.com>"
DIMAS = "Dimas Arya Pratama <dimas.arya@students.polibatam.ac.id>"
HENDRIK = "Hendrik Tambunan <hendrik.tambunan@polibatam.ac.id>"
VOGT = "Katharina Vogt <k.vogt@hs-suedwest.de>"
HANG = "Nguyen Thi Thu Hang <hangntt@hcmut-partner.edu.vn>"
OBI = "Dr. Chukwuemeka Obi <c.obi@yabatech-partner.edu.ng>"
FITRI = "Fitriani Chaniago <fitriani_chaniago@yahoo.co.id>"
ANDI = "Andi Muhammad Ikhsan <andi.ikhsan@polibatam.ac.id>"
MARKUS = "Markus Wanggai <markus.wanggai@polibatam.ac.id>"
NILUH = "Ni Luh Made Sudiarsih <niluh.sudiarsih@polibatam.ac.id>"
BAMBANG = "Bambang Sulistyo <bambang.sulistyo@polibatam.ac.id>"
JOKO = "Joko Susilo <joko.susilo@polibatam.ac.id>"
WULAN = "Wulan Sari Dewi <wulan.pustaka@polibatam.ac.id>"
IRA = "Dr. Irawati Siregar <irawati.siregar@polibatam.ac.id>"
SIRI = "Siriporn Chaiyasit <siriporn.c@rmutl-partner.ac.th>"
RUDY = "Rudy Hartono <rudy.hartono@batamdatahub.co.id>"
JO = "Jonathan Wijaya <jo.wijaya@lumbungkreatif.id>"
RATIH = "Ratih Kusumawardani <ratih.kusuma@polibatam.ac.id>"
UPTB = "UPT Bahasa Polibatam <upt.bahasa@polibatam.ac.id>"
YANCE = "Yance Kogoya <yancekogoya02@gmail.com>"

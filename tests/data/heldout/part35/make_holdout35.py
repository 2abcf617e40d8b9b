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
            out.append(ln if ln == "-- " else ln.rstrip(" "))
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
OBI = "\"Dr. Chukwuemeka Obi\" <c.obi@yabatech-partner.edu.ng>"
FITRI = "Fitriani Chaniago <fitriani_chaniago@yahoo.co.id>"
ANDI = "Andi Muhammad Ikhsan <andi.ikhsan@polibatam.ac.id>"
MARKUS = "Markus Wanggai <markus.wanggai@polibatam.ac.id>"
NILUH = "Ni Luh Made Sudiarsih <niluh.sudiarsih@polibatam.ac.id>"
BAMBANG = "Bambang Sulistyo <bambang.sulistyo@polibatam.ac.id>"
JOKO = "Joko Susilo <joko.susilo@polibatam.ac.id>"
WULAN = "Wulan Sari Dewi <wulan.pustaka@polibatam.ac.id>"
IRA = "\"Dr. Irawati Siregar\" <irawati.siregar@polibatam.ac.id>"
SIRI = "Siriporn Chaiyasit <siriporn.c@rmutl-partner.ac.th>"
RUDY = "Rudy Hartono <rudy.hartono@batamdatahub.co.id>"
JO = "Jonathan Wijaya <jo.wijaya@lumbungkreatif.id>"
RATIH = "Ratih Kusumawardani <ratih.kusuma@polibatam.ac.id>"
UPTB = "UPT Bahasa Polibatam <upt.bahasa@polibatam.ac.id>"
YANCE = "Yance Kogoya <yancekogoya02@gmail.com>"


# ================================================================ course_data (22)

add("iphone-rs-putri-diktekan", date(2026, 11, 10, 13, 12), RIZKI,
    "Mohon bantuan untuk kelas Ibu Sumiati (sedang dirawat)",
    qp("Selamat siang Bapak/Ibu di P4M,\n\n"
       "Mohon maaf saya menulis dari email pribadi. Saya Rizki Amalia, putri dari Ibu Dra. Sumiati Handoko, "
       "M.Pd., dosen Bahasa Indonesia di Politeknik Negeri Batam. Sejak hari Minggu Ibu dirawat inap di RS Awal "
       "Bros karena tifus dan belum boleh lama-lama memegang HP, jadi beliau meminta saya mengetikkan pesan ini. "
       "Kalimat di bawah saya tulis persis seperti yang beliau diktekan dari tempat tidur:\n\n"
       "\"Untuk mata kuliah Bahasa Indonesia Akademik (UM1102) kelas MB-1B, mohon nama dosen pengampu di "
       "e-learning diganti menjadi Drs. Syamsul Bahri, M.Hum. selama saya dirawat. Beliau sudah bersedia dan "
       "Kaprodi sudah setuju. Materi sampai pertemuan 12 sudah ada di course, jadi beliau tinggal melanjutkan.\"\n\n"
       "Kalau ada yang perlu dikonfirmasi, Bapak/Ibu bisa membalas ke email ini atau menghubungi Pak Syamsul "
       "langsung. Terima kasih banyak atas pengertiannya, mohon doanya supaya Ibu cepat pulih.\n\n"
       "Hormat saya,\nRizki Amalia\n(putri Ibu Sumiati Handoko)" + IPHONE),
    L("course_data", "id", {"course_code": "UM1102", "course_name": "Bahasa Indonesia Akademik",
                            "changes": {"lecturer": "Drs. Syamsul Bahri, M.Hum."}},
      "Written by the lecturer's daughter from the hospital, the request itself dictated in quotes."))

add("gmail-asdos-cc", date(2026, 11, 3, 10, 47), DIMAS,
    "Enrolment key Sistem Tertanam (a.n. Pak Hendrik)",
    gm("Selamat pagi Kak/Bang tim P4M,\n\n"
       "Perkenalkan, saya Dimas, asisten dosen Pak Hendrik Tambunan untuk praktikum Sistem Tertanam (EL3105). "
       "Pak Hendrik sedang mendampingi mahasiswa di Lab Mikrokontroler sampai siang, jadi beliau meminta saya "
       "menyampaikan ini (beliau saya cc-kan):\n\n"
       "Kunci pendaftaran course Sistem Tertanam di e-learning tolong diganti menjadi SisTer-EL3#2026\n\n"
       "Kunci yang lama tidak sengaja ikut terkirim di grup angkatan 2024, jadi kakak tingkat juga bisa masuk.\n\n"
       "Kalau perlu konfirmasi langsung dari Pak Hendrik, beliau bisa membalas email ini setelah jam 12.\n\n"
       "Terima kasih banyak,\nDimas Arya Pratama\nAsisten Dosen Lab Mikrokontroler\nNIM 3312301019"),
    L("course_data", "id", {"course_code": "EL3105", "course_name": "Sistem Tertanam",
                            "changes": {"enrolment_key": "SisTer-EL3#2026"}}),
    cc=HENDRIK)

add("thunderbird-vorher-nachher", date(2026, 12, 2, 9, 15, tz=1), VOGT,
    "Joint module MKT4107 - corrections for winter term",
    flowed("Dear colleagues,\n\n"
           "as agreed in our video call on 30.11.2026, I send you the corrections for our joint module on your "
           "e-learning platform. At the moment the course is still shown as \"Industrial Automation\" (MKT4107), "
           "which was the title of the pilot year.\n\n"
           "Please change:\n\n"
           "Full name\n"
           "  before: Industrial Automation\n"
           "  after:  Industrial Automation Systems: PLC & SCADA\n\n"
           "Short name\n"
           "  before: IA-2025\n"
           "  after:  IAS-WS26\n\n"
           "Everything else (lecturers, enrolment key, sections) stays as it is.\n\n"
           "Thank you very much in advance and kind regards from Karlsruhe,\n\n"
           "Katharina Vogt\n\n"
           "-- \n"
           "Prof. Dr.-Ing. Katharina Vogt\n"
           "Fakult\u00e4t f\u00fcr Elektro- und Informationstechnik\n"
           "Hochschule S\u00fcdwest (partner of Politeknik Negeri Batam)"),
    L("course_data", "en", {"course_code": "MKT4107", "course_name": "Industrial Automation",
                            "changes": {"fullname": "Industrial Automation Systems: PLC & SCADA",
                                        "shortname": "IAS-WS26"}}),
    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")])

add("outlook-vietnam-coteach", date(2026, 11, 5, 8, 20), HANG,
    "Request to update lecturer for joint course IOT3201",
    ol("Dear P4M Helpdesk,\n\n"
       "Greeting from Ho Chi Minh City!\n\n"
       "I am Hang, lecturer of Faculty of Electrical and Electronics Engineering. From this week, our university "
       "and Polibatam co-teach the course Embedded IoT Project (IOT3201) online. Dr. Tran Van Minh was "
       "registered at first but he is busy with other project, so I replace him.\n\n"
       "Please kindly help us to change the lecturer name on e-learning into: Dr. Nguyen Thi Thu Hang\n\n"
       "My students also join this course, so they will see my name and not be confused. If you need the "
       "approval letter from our Dean, please tell me, I will send at once.\n\n"
       "Thank you so much for your support and have a nice day.\n\n"
       "Best regards,\nNguyen Thi Thu Hang (Ms.)\nLecturer, Faculty of Electrical and Electronics Engineering\n"
       "Ho Chi Minh City"),
    L("course_data", "en", {"course_code": "IOT3201", "course_name": "Embedded IoT Project",
                            "changes": {"lecturer": "Dr. Nguyen Thi Thu Hang"}}))

add("gmail-lagos-wat", date(2026, 12, 1, 16, 40, tz=1), OBI,
    "Renewable Energy Systems (EL4203): correction of credit units and semester",
    gm("Good afternoon Sir/Ma,\n\n"
       "Compliments of the season to you and your team.\n\n"
       "I wish to humbly bring to your notice that the course Renewable Energy Systems (EL4203), which I handle "
       "online for your final-year students, carries the wrong details on the e-learning platform. Kindly "
       "effect the following corrections:\n\n"
       "Credit units: 3 (it currently reads 2)\n"
       "Semester: 7 (it currently reads 5)\n\n"
       "The students raised the matter in class yesterday as they fear it will affect their results. I will be "
       "most grateful if this is treated at your earliest convenience.\n\n"
       "Thanks and God bless.\n\n"
       "Yours faithfully,\nDr. Chukwuemeka Obi\nDepartment of Electrical/Electronic Engineering\n"
       "Visiting Lecturer (Online), Politeknik Negeri Batam"),
    L("course_data", "en", {"course_code": "EL4203", "course_name": "Renewable Energy Systems",
                            "changes": {"credits": "3", "semester": "7"}}))

add("yahoo-minang-tigo-nomor", date(2026, 11, 12, 20, 5), FITRI,
    "Mohon ubah data MK AKM I",
    yahoo("Assalamualaikum wr. wb.\n\n"
          "Baa kaba sanak di P4M? Mudah-mudahan sehat sadonyo.\n\n"
          "Ambo Fitriani Chaniago, dosen Akuntansi Manajerial. Untuak MK Akuntansi Keuangan Menengah I (AK2103) "
          "di e-learning, ambo mohon dibantu tigo parubahan ko:\n\n"
          "1. Nama singkat: AKM1-2026\n"
          "2. Kelas: AK-2B Malam\n"
          "3. Ringkasan: Membahas pengakuan, pengukuran, dan penyajian aset lancar serta aset tetap sesuai PSAK "
          "terbaru.\n\n"
          "Kelas malam ko baru dibukak semester iko, jadi data nan lamo alah indak sasuai lai.\n\n"
          "Tarimo kasih banyak, sanak.\n\n"
          "Wassalamualaikum,\nFitriani Chaniago, S.E., M.Ak." + YAHOO),
    L("course_data", "id", {"course_code": "AK2103", "course_name": "Akuntansi Keuangan Menengah I",
                            "changes": {"shortname": "AKM1-2026", "class": "AK-2B Malam",
                                        "summary": "Membahas pengakuan, pengukuran, dan penyajian aset lancar "
                                                   "serta aset tetap sesuai PSAK terbaru."}}))

add("gmail-bugis-tabe-puang", date(2026, 11, 17, 8, 44, tz=8), ANDI,
    "Tabe', perubahan nama MK Logistik Maritim",
    gm("Tabe' Puang, assalamu alaikum.\n\n"
       "Saya Andi Ikhsan, dosen Logistik. Ini saya tulis dari Makassar, lagi dinas di Pelabuhan Soekarno-Hatta "
       "sampai akhir bulan.\n\n"
       "Mau ka minta tolong, nama lengkap MK Logistik Maritim (LOG3104) di e-learning diubah mi jadi:\n"
       "Manajemen Logistik Maritim dan Kepelabuhanan\n\n"
       "Sesuai ji dengan kurikulum baru yang disahkan bulan lalu. Kalau sudah, kabari ka' nah.\n\n"
       "Terima kasih banyak, Puang.\n\n"
       "Andi Muhammad Ikhsan, S.T., M.Log.\nProdi Logistik Perdagangan Internasional"),
    L("course_data", "id", {"course_code": "LOG3104", "course_name": "Logistik Maritim",
                            "changes": {"fullname": "Manajemen Logistik Maritim dan Kepelabuhanan"}}))

add("samsung-papua-dari-jayapura", date(2026, 12, 1, 7, 30, tz=9), MARKUS,
    "kelas sa di elearning salah",
    samsung("Selamat pagi kaka dong di P4M,\n\n"
            "Sa Markus Wanggai, dosen Algoritma dan Pemrograman (IF1101). Sa ada pulang ke Jayapura dulu, jadi "
            "tulis dari sini.\n\n"
            "Itu kelas di e-learning masih tulis TI-1C, padahal sa pu kelas su pindah ke TI-1D Malam sejak "
            "minggu lalu. Mahasiswa dong bilang tra bisa temukan course. Tolong kaka ubah kelas jadi TI-1D Malam "
            "e.\n\n"
            "Terima kasih banyak, Tuhan berkati.\n\nMarkus" + SAMSUNG),
    L("course_data", "id", {"course_code": "IF1101", "course_name": "Algoritma dan Pemrograman",
                            "changes": {"class": "TI-1D Malam"}}))

add("gmail-bali-tiang-wita", date(2026, 11, 19, 10, 2, tz=8), NILUH,
    "Perubahan nama singkat dan SKS Tata Hidang",
    gm("Om Swastiastu,\n\n"
       "Bapak/Ibu tim P4M yang tiang hormati, tiang Ni Luh Made Sudiarsih, dosen Prodi Perhotelan. Saat ini "
       "tiang sedang pulang ke Tabanan untuk upacara keluarga, jadi mohon maaf baru sempat menulis.\n\n"
       "Untuk mata kuliah Tata Hidang (PH2104) di e-learning, mohon nggih dibantu:\n"
       "- nama singkat diganti menjadi TH-PH2A\n"
       "- jumlah SKS diganti menjadi 2 SKS (di e-learning masih 3)\n\n"
       "Perubahan ini sesuai hasil rapat kurikulum prodi kemarin.\n\n"
       "Suksma, Bapak/Ibu.\n\n"
       "Om Santih, Santih, Santih, Om\n\n"
       "Ni Luh Made Sudiarsih, S.ST.Par., M.Par."),
    L("course_data", "id", {"course_code": "PH2104", "course_name": "Tata Hidang",
                            "changes": {"shortname": "TH-PH2A", "credits": "2"}}))

add("gmail-dikte-suara-ps", date(2026, 11, 24, 6, 55), BAMBANG,
    "Fisika Terapan TE1204",
    gm("selamat pagi tim pe empat em saya bambang sulistyo dari teknik elektro ini saya dikte lewat hp sambil di "
       "jalan jadi mohon maaf kalau banyak yang salah ketik untuk mata kuliah fisika terapan kelas te satu a pagi "
       "tolong dosen pengampu nya di ilmu ning diganti karena istri saya melahirkan tadi malam dan saya ambil "
       "cuti dua minggu yang menggantikan saya adalah pak purnomo nama lengkap nya saya ketik di bawah karena "
       "kalau di dikte gelarnya jadi aneh terima kasih banyak titik\n\n"
       "PS (ketik manual): Ir. Purnomo Sidi, M.T."),
    L("course_data", "id", {"course_code": "TE1204", "course_name": "Fisika Terapan",
                            "changes": {"lecturer": "Ir. Purnomo Sidi, M.T."}},
      "Voice-typed body; the new lecturer is typed by hand in the P.S.; course from the subject."))

ack2291 = ("Yth. Bapak Hendrawan Saputro,\n\n"
           "Permintaan Anda telah kami terima dan tercatat sebagai tiket [P4M #2291].\n"
           "Berikut yang kami pahami dari email Anda:\n\n"
           "Jenis permintaan : Perubahan data mata kuliah\n"
           "Mata kuliah      : Statistika Bisnis (MB2204)\n"
           "Perubahan        : dosen pengampu -> (belum disebutkan)\n\n"
           "Mohon balas email ini apabila ada data yang belum lengkap atau kurang tepat.\n"
           "Tim P4M menindaklanjuti permintaan pada hari dan jam kerja.\n\n"
           "Salam,\nHelpdesk P4M Politeknik Negeri Batam")
a = ack2291.split("\n")
add("thunderbird-jawab-di-sela-ack", date(2026, 11, 6, 15, 20),
    "Hendrawan Saputro <hendrawan.saputro@polibatam.ac.id>",
    "Re: [P4M #2291] Ganti dosen Statistika Bisnis",
    flowed("Selamat sore,\n\nSaya jawab langsung di sela-sela kutipan ya.\n\n"
           "On 06/11/2026 14.58, Helpdesk P4M wrote:\n"
           + q("\n".join(a[:7])) + "\n\nBetul, yang kelas MB-2A.\n\n"
           + q(a[7]) + "\n\nDosen pengampu yang baru: Yohana Sitanggang, S.E., M.Sc.\n"
           "Maaf tadi terkirim sebelum selesai saya tulis.\n\n"
           + q("\n".join(a[9:])) + "\n\n"
           "Terima kasih,\nHendrawan Saputro\nKoordinator Prodi Administrasi Bisnis Terapan"),
    L("course_data", "id", {"course_code": "MB2204", "course_name": "Statistika Bisnis",
                            "changes": {"lecturer": "Yohana Sitanggang, S.E., M.Sc."}},
      "Answers written between the lines of the helpdesk's own quoted acknowledgement."),
    extra=[("In-Reply-To", "<ack.2291.%s@polibatam.ac.id>" % h("ack2291", 10)),
           ("References", "<%s@polibatam.ac.id> <ack.2291.%s@polibatam.ac.id>" % (h("orig2291", 16), h("ack2291", 10))),
           ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2")])

add("outlookhtml-tabel-tertera-seharusnya", date(2026, 11, 9, 9, 40),
    "Ratna Juwita <ratna.juwita@polibatam.ac.id>",
    "Permohonan penyesuaian data MK Pengantar TI",
    html_only('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
              '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!-- '
              'p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} '
              'table.MsoTableGrid{border-collapse:collapse;} --></style></head><body lang="IN"><div class="WordSection1">\n'
              '<p class="MsoNormal">Yth. Tim Helpdesk P4M,<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
              '<p class="MsoNormal">Sehubungan dengan berlakunya kurikulum 2026, kami mohon data mata kuliah '
              'Pengantar Teknologi Informasi (UM1201) di e-learning disesuaikan sebagai berikut:<o:p></o:p></p>\n'
              '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
              '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n'
              '<tr><td width="140" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Data<o:p></o:p></b></p></td>'
              '<td width="220" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Tertera di e-learning<o:p></o:p></b></p></td>'
              '<td width="260" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Seharusnya<o:p></o:p></b></p></td></tr>\n'
              '<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Nama lengkap<o:p></o:p></p></td>'
              '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Pengantar Teknologi Informasi<o:p></o:p></p></td>'
              '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Pengantar Teknologi Informasi dan Komunikasi<o:p></o:p></p></td></tr>\n'
              '<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Semester<o:p></o:p></p></td>'
              '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">2<o:p></o:p></p></td>'
              '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">1<o:p></o:p></p></td></tr>\n'
              '<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">SKS<o:p></o:p></p></td>'
              '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">3<o:p></o:p></p></td>'
              '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">2<o:p></o:p></p></td></tr>\n'
              '</table>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
              '<p class="MsoNormal">Perubahan ini berlaku untuk semua kelas (MB-1A s.d. MB-1D). Atas bantuannya kami '
              'ucapkan terima kasih.<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
              '<p class="MsoNormal">Salam,<o:p></o:p></p>\n<p class="MsoNormal"><b>Ratna Juwita, M.Pd.</b><o:p></o:p></p>\n'
              '<p class="MsoNormal">Koordinator Mata Kuliah Umum<o:p></o:p></p>\n'
              '<p class="MsoNormal">Politeknik Negeri Batam<o:p></o:p></p>\n</div></body></html>\n'),
    L("course_data", "id", {"course_code": "UM1201", "course_name": "Pengantar Teknologi Informasi",
                            "changes": {"fullname": "Pengantar Teknologi Informasi dan Komunikasi",
                                        "semester": "1", "credits": "2"}},
      "Outlook HTML-only mail; the changes are the 'Seharusnya' column."),
    extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtSq1pQ%s==" % h("tbl", 12))])

fwd3_orig = ("Pak Yusuf, izin minta persetujuan. Nama singkat MK Basis Data Lanjut (IF2305) di e-learning masih "
             "BD2-2024, mohon diubah menjadi BDL-IF2A supaya sama dengan kode kelas di SIAKAD.\n\n"
             "Terima kasih, Pak.\nAnisa")
add("gmail-terusan-tiga-lapis", date(2026, 11, 25, 11, 5),
    "Sekretariat Jurusan Teknik Informatika <sekjur.if@polibatam.ac.id>",
    "Fwd: Fwd: Fwd: nama singkat Basis Data Lanjut",
    gm("Selamat siang P4M,\n\nMohon ditindaklanjuti permintaan di bawah, sudah disetujui Kaprodi dan Kajur.\n\n"
       "Salam,\nLia Oktaviani\nSekretariat Jurusan Teknik Informatika\n\n"
       "---------- Forwarded message ---------\n"
       "Dari: Rudi Santoso <rudi.santoso@polibatam.ac.id>\n"
       "Date: Rab, 25 Nov 2026 pukul 10.12\n"
       "Subject: Fwd: Fwd: nama singkat Basis Data Lanjut\n"
       "To: Sekretariat Jurusan Teknik Informatika <sekjur.if@polibatam.ac.id>\n\n"
       "Acc. Mbak Lia, tolong teruskan ke P4M.\n\nRudi\nKajur TI\n\n"
       "---------- Forwarded message ---------\n"
       "Dari: Yusuf Maulana <yusuf.maulana@polibatam.ac.id>\n"
       "Date: Sel, 24 Nov 2026 pukul 16.40\n"
       "Subject: Fwd: nama singkat Basis Data Lanjut\n"
       "To: Rudi Santoso <rudi.santoso@polibatam.ac.id>\n\n"
       "Pak Kajur, mohon persetujuan. Dari saya setuju.\n\nYusuf (Kaprodi TI)\n\n"
       "---------- Forwarded message ---------\n"
       "Dari: Anisa Rahmawati <anisa.rahmawati@polibatam.ac.id>\n"
       "Date: Sel, 24 Nov 2026 pukul 13.05\n"
       "Subject: nama singkat Basis Data Lanjut\n"
       "To: Yusuf Maulana <yusuf.maulana@polibatam.ac.id>\n\n" + fwd3_orig),
    L("course_data", "id", {"course_code": "IF2305", "course_name": "Basis Data Lanjut",
                            "changes": {"shortname": "BDL-IF2A"}},
      "Request at the bottom of a forward three deep."))

add("outlook-docx-formulir-plp", date(2026, 11, 13, 14, 30), JOKO,
    "Formulir perubahan data MK Kriptografi",
    mixed(ol("Selamat siang,\n\n"
             "Saya Joko, PLP Lab Keamanan Jaringan. Pak Taufik Hidayat minta saya mengirimkan formulir perubahan "
             "data MK yang sudah beliau isi dan tandatangani (terlampir). Beliau sedang mengawas ujian sertifikasi "
             "di lab sampai sore.\n\n"
             "Terima kasih.\n\nJoko Susilo, A.Md.\nPranata Laboratorium Pendidikan\n"
             "Lab Keamanan Jaringan, Jurusan Teknik Informatika"),
          attach(docx_bytes(["FORMULIR PERMOHONAN PERUBAHAN DATA MATA KULIAH E-LEARNING",
                             "P4M Politeknik Negeri Batam", "",
                             [("Nama Dosen", "Taufik Hidayat, S.Kom., M.T."),
                              ("Kode MK", "RKS2202"),
                              ("Nama MK", "Kriptografi"),
                              ("Kelas", "RKS-2B"),
                              ("Data yang diubah", "Kunci pendaftaran (enrolment key)"),
                              ("Nilai baru", "Kr1pto#RKS2B"),
                              ("Alasan", "Kunci lama tersebar ke kelas lain")],
                             "", "Batam, 13 November 2026", "Pemohon,", "(ttd)", "Taufik Hidayat, S.Kom., M.T."]),
                 "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "Form_Perubahan_MK_Kriptografi.docx")),
    L("course_data", "id", {"course_code": "RKS2202", "course_name": "Kriptografi",
                            "changes": {"enrolment_key": "Kr1pto#RKS2B"}},
      "The request is only in the DOCX form sent by the lab technician."))

add("outlook-pdf-memo-bahasa", date(2026, 12, 3, 10, 10), UPTB,
    "Memo: course summary ESP Engineering",
    mixed(ol("Dear P4M team,\n\n"
             "Please find attached a memo from the Language Centre concerning one of our English courses on "
             "e-learning. We would appreciate it if this could be done before the final week of classes.\n\n"
             "Best regards,\nDaniel Kurniawan\nHead, Language Centre (UPT Bahasa)\nPoliteknik Negeri Batam"),
          attach(pdf_bytes(["LANGUAGE CENTRE (UPT BAHASA) - POLITEKNIK NEGERI BATAM",
                            "MEMO No. 047/UPT-B/XII/2026", "",
                            "To      : P4M Helpdesk",
                            "Date    : 3 December 2026",
                            "Subject : Course summary on e-learning", "",
                            "Course: English for Specific Purposes: Engineering (EN2101)",
                            "Please replace the current course summary with the following text:", "",
                            "Develops reading, writing and presentation skills in English for engineering contexts.",
                            "", "Daniel Kurniawan, M.A.", "Head of Language Centre"]),
                 "application", "pdf", "Memo_047_ESP_Engineering.pdf")),
    L("course_data", "en", {"course_code": "EN2101", "course_name": "English for Specific Purposes: Engineering",
                            "changes": {"summary": "Develops reading, writing and presentation skills in English "
                                                   "for engineering contexts."}},
      "The request is only in the attached PDF memo."))

add("outlook-praktisi-disclaimer", date(2026, 11, 4, 22, 18), RUDY,
    "Enrolment key - Cloud Infrastructure Operations",
    ol("Hi team,\n\n"
       "Practitioner lecturer here (Thursday evening class). Please set the enrolment key for Cloud "
       "Infrastructure Operations (TRPL3206) to DC-Nongsa.2026 - I'll hand it out in class this Thursday. The "
       "current one is blank, so anyone with the link can join.\n\n"
       "Thanks,\nRudy\n\n"
       "Rudy Hartono, CCNP, CDCP\nSenior Data Centre Operations Engineer\nPT Batam Data Hub | Nongsa Digital Park"
       + DC_FOOTER),
    L("course_data", "en", {"course_code": "TRPL3206", "course_name": "Cloud Infrastructure Operations",
                            "changes": {"enrolment_key": "DC-Nongsa.2026"}}))

add("gmail-studio-tengah-malam", date(2026, 11, 18, 23, 41), JO,
    "rename course 3D Modeling",
    gm("Hi tim P4M,\n\n"
       "Jonathan here, dosen praktisi di Animasi (Rabu malam). For the course 3D Modeling & Texturing (ANM2203), "
       "tolong fullname-nya diganti jadi \"3D Modeling, Texturing & Look Development\" (tanpa tanda kutip ya). "
       "Soalnya materi semester ini udah nambah look-dev & lighting, biar anak-anak ngerti scope-nya dari "
       "awal.\n\n"
       "Thanks a lot, sorry late night email \u2014 baru kelar render \U0001F605\n\n"
       "Jo\nArt Director, PT Lumbung Kreatif Studio"),
    L("course_data", "mixed", {"course_code": "ANM2203", "course_name": "3D Modeling & Texturing",
                               "changes": {"fullname": "3D Modeling, Texturing & Look Development"}}))

add("gmail-pusat-bahasa-dua-baris", date(2026, 11, 26, 13, 50), RATIH,
    "EBC class update",
    gm("Dear P4M team,\n\n"
       "Mohon bantuannya untuk course English for Business Communication (EN2203). Starting next week ada dua "
       "perubahan:\n\n"
       "- Lecturer: Dewi Anggraini, S.Pd., M.TESOL (menggantikan saya, karena saya pegang kelas TOEIC prep)\n"
       "- Class: AB-2A Pagi (before it was AB-2A Sore)\n\n"
       "Thank you so much, and have a great day!\n\n"
       "Ratih Kusumawardani, M.Pd.\nESP Coordinator, Language Centre (UPT Bahasa)"),
    L("course_data", "mixed", {"course_code": "EN2203", "course_name": "English for Business Communication",
                               "changes": {"lecturer": "Dewi Anggraini, S.Pd., M.TESOL", "class": "AB-2A Pagi"}}))

add("gmail-dua-mk-kontrol", date(2026, 11, 30, 19, 20),
    "Arif Setiawan <arif.setiawan@polibatam.ac.id>",
    "Short names for my two control courses",
    gm("Dear Helpdesk,\n\n"
       "Could you please change the short names of my two courses this semester?\n\n"
       "For Control Systems (EL3102), the short name should be CTRL-EL3A. For Digital Control (EL4104), please "
       "use the same pattern: DCTRL-EL4A.\n\n"
       "Students find the courses by short name in the app, and the current ones (EL3102-2023 and EL4104-2023) "
       "still carry the old curriculum year.\n\n"
       "Many thanks,\nArif Setiawan, Dr.-Ing.\nElectrical Engineering"),
    L("course_data", "en", {"course_code": "EL3102", "course_name": "Control Systems",
                            "changes": {"shortname": "CTRL-EL3A"}},
      "Two courses in one mail: the first is labelled."))

add("gmail-admin-gelar-panjang", date(2026, 12, 7, 9, 5),
    "Nadya Putri <nadya.admin.mtr@polibatam.ac.id>",
    "update pengampu Metopen MTr",
    gm("Hi kak P4M, selamat pagi!\n\n"
       "Aku Nadya, admin prodi Magister Terapan. Per instruksi Kaprodi, for Metodologi Penelitian Terapan "
       "(MTR5101) tolong pengampunya di e-learning di-update jadi:\n\n"
       "Prof. Dr. Ir. H. Abdul Rahman Lubis, M.Sc., IPU\n\n"
       "Please copy exactly ya kak, termasuk gelar-gelarnya, beliau cukup concern soal itu hehe \U0001F64F\n\n"
       "Thank you!\nNadya\nAdmin Prodi Magister Terapan Teknik Komputer"),
    L("course_data", "mixed", {"course_code": "MTR5101", "course_name": "Metodologi Penelitian Terapan",
                               "changes": {"lecturer": "Prof. Dr. Ir. H. Abdul Rahman Lubis, M.Sc., IPU"}}))

add("outlookios-nama-menyusul", date(2026, 12, 9, 12, 30),
    "Gilang Ramadhan <gilang.ramadhan@polibatam.ac.id>",
    "Rename MK Kapita Selekta",
    gm("Hi P4M,\n\n"
       "Untuk MK Kapita Selekta Informatika (IF4208), fullname-nya perlu diganti karena topiknya semester ini "
       "beda total (fokus ke generative AI). Nama barunya masih di-review sama tim kurikulum, nanti saya kabari "
       "setelah rapat Jumat. Just giving you a heads-up dulu so it's in your queue.\n\n"
       "Thanks,\nGilang" + OUTLOOK_IOS),
    L("course_data", "mixed", {"course_code": "IF4208", "course_name": "Kapita Selekta Informatika",
                               "changes": {}},
      "A rename is asked but the new name is still to come: no value."))

add("zimbra-pustakawan-mengajar", date(2026, 11, 16, 10, 25), WULAN,
    "Perubahan kunci dan kelas MK Literasi Informasi",
    zimbra("Dengan hormat,\n\n"
           "Saya Wulan Sari Dewi, pustakawan Perpustakaan Polibatam yang tahun ini juga mengajar MK Literasi "
           "Informasi (UM1105) untuk mahasiswa baru.\n\n"
           "Mohon bantuan mengubah dua hal pada course tersebut:\n"
           "a. kelas: dari RKS-1A menjadi RKS-1A & RKS-1B (digabung)\n"
           "b. kunci pendaftaran: Pustaka_2026\n\n"
           "Penggabungan kelas sudah disetujui Kaprodi karena jumlah mahasiswa RKS-1B hanya 14 orang.\n\n"
           "Terima kasih atas bantuannya.\n\n"
           "Salam literasi,\nWulan Sari Dewi, S.IIP., M.Hum.\nPustakawan Ahli Muda, UPT Perpustakaan"),
    L("course_data", "id", {"course_code": "UM1105", "course_name": "Literasi Informasi",
                            "changes": {"class": "RKS-1A & RKS-1B", "enrolment_key": "Pustaka_2026"}}),
    extra=[("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - FF128 (Win)/10.0.8_GA_4611)")])


# ================================================================ announcement (16)

add("iphone-rs-putri-titipan", date(2026, 11, 10, 19, 30), RIZKI,
    "Pengumuman untuk mahasiswa kelas MB-1B (titipan Ibu Sumiati)",
    qp("Selamat malam Bapak/Ibu P4M,\n\n"
       "Maaf mengganggu lagi. Ibu saya (Ibu Sumiati Handoko) meminta agar mahasiswanya juga diberi tahu lewat "
       "pengumuman di course Bahasa Indonesia Akademik (UM1102), khusus kelas MB-1B. Kata Ibu, tolong "
       "ditayangkan besok pagi jam 7, sebelum kuliah jam 8.\n\n"
       "Judul: Perkuliahan Sementara Diampu Drs. Syamsul Bahri, M.Hum.\n\n"
       "Isi: Mahasiswa kelas MB-1B, karena Ibu Sumiati sedang dirawat di rumah sakit, mulai pertemuan 13 "
       "perkuliahan Bahasa Indonesia Akademik diampu sementara oleh Drs. Syamsul Bahri, M.Hum. Jadwal dan ruang "
       "tetap. Tugas esai dikumpulkan kepada beliau melalui e-learning paling lambat 20 November 2026.\n\n"
       "Terima kasih banyak.\n\nSalam,\nRizki Amalia" + IPHONE),
    L("announcement", "id", {"course_code": "UM1102", "course_name": "Bahasa Indonesia Akademik",
                             "title": "Perkuliahan Sementara Diampu Drs. Syamsul Bahri, M.Hum.", "scope": "course",
                             "publish_at": "2026-11-11T07:00:00+07:00"},
      "An announcement that tells of a lecturer change; no course data change is asked here."))

add("zimbra-kamis-depan-trial", date(2026, 11, 20, 14, 10), WULAN,
    "Permohonan penayangan pengumuman uji coba e-journal",
    zimbra("Dengan hormat,\n\n"
           "Perpustakaan Polibatam mendapat akses uji coba (trial) database e-journal dari penerbit. Kami mohon "
           "pengumuman berikut ditayangkan di halaman depan e-learning untuk seluruh dosen dan mahasiswa pada "
           "Kamis depan pukul 08.00, bersamaan dengan dimulainya masa trial.\n\n"
           "Judul: Uji Coba Akses E-Journal ScienceDirect dan SpringerLink\n\n"
           "Isi: Perpustakaan membuka akses uji coba ke ScienceDirect dan SpringerLink mulai 26 November sampai "
           "31 Desember 2026. Akses dapat dilakukan dari jaringan kampus atau melalui akun SSO Polibatam di laman "
           "perpustakaan. Mohon isi formulir umpan balik di akhir masa trial agar langganan dapat dipertimbangkan "
           "untuk tahun 2027.\n\n"
           "Terima kasih atas kerja samanya.\n\n"
           "Salam literasi,\nWulan Sari Dewi, S.IIP., M.Hum.\nPustakawan Ahli Muda, UPT Perpustakaan"),
    L("announcement", "id", {"title": "Uji Coba Akses E-Journal ScienceDirect dan SpringerLink", "scope": "site",
                             "publish_at": "2026-11-26T08:00:00+07:00"},
      "'Kamis depan' from a Friday Date header."),
    extra=[("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - FF128 (Win)/10.0.8_GA_4611)")])

add("outlook-auditor-lusa", date(2026, 11, 3, 13, 35), IRA,
    "Mohon penayangan jadwal AMI 2026",
    ol("Yth. Tim P4M,\n\n"
       "Selaku ketua tim auditor Audit Mutu Internal (AMI) siklus 2026, saya mohon bantuan menayangkan "
       "pengumuman berikut di halaman depan e-learning untuk seluruh dosen dan tenaga kependidikan, lusa pukul "
       "09.00 WIB. Undangan resmi ke setiap unit menyusul dari Pusat Penjaminan Mutu.\n\n"
       "Judul: Jadwal Audit Mutu Internal (AMI) Siklus 2026\n\n"
       "Isi: Audit Mutu Internal siklus 2026 dilaksanakan pada 16-20 November 2026. Setiap program studi dan "
       "unit diminta mengunggah dokumen bukti (RPS, BAP, rekap EDOM, dan laporan monev) ke folder bersama paling "
       "lambat 12 November 2026. Jadwal wawancara per unit tercantum dalam undangan resmi.\n\n"
       "Terima kasih atas bantuannya.\n\n"
       "Salam mutu,\nDr. Irawati Siregar, S.T., M.T.\nKetua Tim Auditor AMI 2026\nPusat Penjaminan Mutu"),
    L("announcement", "id", {"title": "Jadwal Audit Mutu Internal (AMI) Siklus 2026", "scope": "site",
                             "publish_at": "2026-11-05T09:00:00+07:00"}))

add("gmail-bugis-tgl-wita", date(2026, 11, 30, 16, 5, tz=8), ANDI,
    "Pengumuman kuliah tamu LOG3104",
    gm("Tabe', assalamu alaikum.\n\n"
       "Mau ka lagi minta tolong tayangkan pengumuman di course Manajemen Logistik Maritim dan Kepelabuhanan "
       "(LOG3104) untuk mahasiswa ku saja, tgl 3 Des jam 14.30 WITA (saya masih di Makassar, jadi pakai jam sini "
       "mi).\n\n"
       "Judul: Kuliah Tamu Daring bersama Pelindo Regional 4\n\n"
       "Isi: Kuliah tamu dilaksanakan Senin, 7 Desember 2026 pukul 09.00 WIB melalui Zoom (tautan menyusul di "
       "course). Kehadiran dihitung sebagai pertemuan 14. Siapkan satu pertanyaan tentang operasional terminal "
       "peti kemas.\n\n"
       "Terima kasih banyak, Puang.\n\nAndi Muhammad Ikhsan"),
    L("announcement", "id", {"course_code": "LOG3104", "course_name": "Manajemen Logistik Maritim dan Kepelabuhanan",
                             "title": "Kuliah Tamu Daring bersama Pelindo Regional 4", "scope": "course",
                             "publish_at": "2026-12-03T14:30:00+08:00"}))

add("samsung-papua-besok-waktu-batam", date(2026, 12, 1, 21, 10, tz=9), MARKUS,
    "tolong kase naik pengumuman",
    samsung("Selamat malam kaka dong,\n\n"
            "Sa minta tolong lagi. Kase naik pengumuman di course Algoritma dan Pemrograman (IF1101) untuk kelas "
            "TI-1D Malam, besok jam 6 sore waktu Batam e, sebelum dong masuk kelas.\n\n"
            "Judul: Kuliah Kamis Malam Pindah ke Daring\n\n"
            "Isi: Sa masih di Jayapura sampai hari Sabtu, jadi kuliah Kamis, 3 Desember 2026 jam 19.00 WIB dibuat "
            "daring lewat Google Meet. Tautan ada di course. Absen tetap diisi di e-learning.\n\n"
            "Terima kasih banyak kaka.\n\nMarkus Wanggai" + SAMSUNG),
    L("announcement", "id", {"course_code": "IF1101", "course_name": "Algoritma dan Pemrograman",
                             "title": "Kuliah Kamis Malam Pindah ke Daring", "scope": "course",
                             "publish_at": "2026-12-02T18:00:00+07:00"},
      "Sent from +09:00; 'besok' counted from the Date header, the hour given in Batam time."))

add("gmail-bali-jamnya-bebas", date(2026, 11, 20, 8, 12, tz=8), NILUH,
    "Mohon tayang pengumuman Tata Hidang",
    gm("Om Swastiastu,\n\n"
       "Tiang mohon bantuan menayangkan pengumuman di MK Tata Hidang (PH2104) untuk kelas PH-2A. Mohon "
       "ditayangkan tanggal 23 November nggih, jamnya bebas.\n\n"
       "Judul: Praktik Tata Hidang Pindah ke Restoran Latihan\n\n"
       "Isi: Mulai pertemuan 12 (Kamis, 26 November 2026), praktik table set-up dan service dilaksanakan di "
       "Restoran Latihan lantai 2 Gedung Utama. Mahasiswa wajib memakai seragam lengkap dan hadir 15 menit "
       "sebelum praktik.\n\n"
       "Suksma,\nNi Luh Made Sudiarsih"),
    L("announcement", "id", {"course_code": "PH2104", "course_name": "Tata Hidang",
                             "title": "Praktik Tata Hidang Pindah ke Restoran Latihan", "scope": "course"},
      "Publish date without a clock time: no publish_at."))

add("yahoo-minang-hari-ko", date(2026, 12, 10, 11, 20), FITRI,
    "Pengumuman untuak kelas AK-2B Malam",
    yahoo("Assalamualaikum sanak P4M,\n\n"
          "Ambo mohon tolong tayangkan pangumuman di MK Akuntansi Keuangan Menengah I (AK2103) kelas AK-2B "
          "Malam, hari ko pukul 16.00 yo.\n\n"
          "Judul: Pergantian Dosen Kelas AK-2B Malam\n\n"
          "Isi: Mulai pertemuan ke-14, perkuliahan kelas AK-2B Malam diampu oleh Bapak Yulizar, S.E., M.Ak., "
          "karena ambo mendapat tugas dinas ke Padang sampai akhir semester. Materi dan jadwal ujian indak "
          "barubah.\n\n"
          "Catatan: ko cuma pangumuman untuak mahasiswa sajo. Nama dosen di data course alah diubah dek prodi, "
          "jadi indak paralu diubah lai.\n\n"
          "Tarimo kasih,\nFitriani Chaniago" + YAHOO),
    L("announcement", "id", {"course_code": "AK2103", "course_name": "Akuntansi Keuangan Menengah I",
                             "title": "Pergantian Dosen Kelas AK-2B Malam", "scope": "course",
                             "publish_at": "2026-12-10T16:00:00+07:00"},
      "Announcement of a lecturer change that the writer says is already made in the course data."))

add("outlookhtml-tabel-ept", date(2026, 12, 2, 10, 45), UPTB,
    "Penayangan pengumuman Tes EPT Desember",
    html_only('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
              'content="text/html; charset=utf-8"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;'
              'font-family:"Calibri",sans-serif;} --></style></head><body lang="IN"><div class="WordSection1">\n'
              '<p class="MsoNormal">Yth. Tim P4M,<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
              '<p class="MsoNormal">Mohon bantuan penayangan pengumuman di e-learning dengan rincian pada tabel '
              'berikut.<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
              '<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="620" '
              'style="border-collapse:collapse">\n'
              '<tr><td width="150" valign="top" style="border:solid #A6A6A6 1.0pt;padding:2pt 5pt"><p class="MsoNormal">'
              '<b>Judul</b><o:p></o:p></p></td><td valign="top" style="border:solid #A6A6A6 1.0pt;padding:2pt 5pt">'
              '<p class="MsoNormal">Pendaftaran Tes EPT Gelombang Desember 2026<o:p></o:p></p></td></tr>\n'
              '<tr><td valign="top" style="border:solid #A6A6A6 1.0pt;padding:2pt 5pt"><p class="MsoNormal">'
              '<b>Waktu tayang</b><o:p></o:p></p></td><td valign="top" style="border:solid #A6A6A6 1.0pt;padding:2pt 5pt">'
              '<p class="MsoNormal">Senin, 7 Desember 2026 pukul 07.30 WIB<o:p></o:p></p></td></tr>\n'
              '<tr><td valign="top" style="border:solid #A6A6A6 1.0pt;padding:2pt 5pt"><p class="MsoNormal">'
              '<b>Sasaran</b><o:p></o:p></p></td><td valign="top" style="border:solid #A6A6A6 1.0pt;padding:2pt 5pt">'
              '<p class="MsoNormal">Seluruh mahasiswa<o:p></o:p></p></td></tr>\n'
              '<tr><td valign="top" style="border:solid #A6A6A6 1.0pt;padding:2pt 5pt"><p class="MsoNormal">'
              '<b>Isi</b><o:p></o:p></p></td><td valign="top" style="border:solid #A6A6A6 1.0pt;padding:2pt 5pt">'
              '<p class="MsoNormal">Tes English Proficiency Test (EPT) gelombang Desember dilaksanakan Sabtu, '
              '19 Desember 2026, pukul 08.00-11.00 WIB di Gedung Techno Lantai 3. Pendaftaran dibuka 7&#8211;14 '
              'Desember 2026 melalui laman UPT Bahasa. Kuota 120 peserta.<o:p></o:p></p></td></tr>\n'
              '</table>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
              '<p class="MsoNormal">Terima kasih.<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
              '<p class="MsoNormal">Daniel Kurniawan<o:p></o:p></p>\n'
              '<p class="MsoNormal">Kepala UPT Bahasa<o:p></o:p></p>\n</div></body></html>\n'),
    L("announcement", "id", {"title": "Pendaftaran Tes EPT Gelombang Desember 2026", "scope": "site",
                             "publish_at": "2026-12-07T07:30:00+07:00"},
      "Title and publish time only in an Outlook HTML table."),
    extra=[("X-Mailer", "Microsoft Outlook 16.0")])

add("outlook-plp-jumat-ini", date(2026, 12, 9, 9, 30), JOKO,
    "Pengumuman penutupan Lab Keamanan Jaringan",
    ol("Selamat pagi tim P4M,\n\n"
       "Mohon bantu tayangkan pengumuman untuk semua mahasiswa Prodi Rekayasa Keamanan Siber di e-learning pada "
       "Jumat ini pukul 10.00.\n\n"
       "Judul: Lab Keamanan Jaringan Tutup untuk Perawatan Perangkat\n\n"
       "Isi: Lab Keamanan Jaringan (GU 805) tidak dapat digunakan pada 14-18 Desember 2026 karena perawatan dan "
       "pembaruan firmware perangkat. Praktikum pada pekan tersebut dialihkan ke lab virtual; panduan akses "
       "dibagikan oleh dosen masing-masing.\n\n"
       "Terima kasih.\n\nJoko Susilo, A.Md.\nPLP Lab Keamanan Jaringan"),
    L("announcement", "id", {"title": "Lab Keamanan Jaringan Tutup untuk Perawatan Perangkat", "scope": "site",
                             "publish_at": "2026-12-11T10:00:00+07:00"},
      "Audience is one study programme: labelled site."))

add("gmail-thai-ordinal-2pm", date(2026, 11, 27, 15, 40), SIRI,
    "Announcement for joint class Smart Farming Sensors",
    gm("Dear P4M Helpdesk,\n\n"
       "Sawasdee ka from Chiang Mai. I am Siriporn, co-lecturer for Smart Farming Sensors (IOT4105) together "
       "with Pak Rahmat.\n\n"
       "Could you please post an announcement in this course on Dec 4th 2pm (Bangkok time, it is the same as "
       "Batam)? The title and text are below.\n\n"
       "Title: Field Visit Report Submission\n\n"
       "Text: Please submit your group report from the field visit to the hydroponic farm before Friday, "
       "11 December 2026, 23:59. One file per group, PDF only. Late reports will get a 10 % penalty per day.\n\n"
       "Thank you very much ka.\n\n"
       "Best regards,\nSiriporn Chaiyasit\nFaculty of Engineering, Rajamangala University of Technology Lanna "
       "(partner)"),
    L("announcement", "en", {"course_code": "IOT4105", "course_name": "Smart Farming Sensors",
                             "title": "Field Visit Report Submission", "scope": "course",
                             "publish_at": "2026-12-04T14:00:00+07:00"}))

add("outlook-vietnam-tomorrow-hanoi", date(2026, 11, 20, 16, 25), HANG,
    "Please post announcement: exchange info session",
    ol("Dear P4M Helpdesk,\n\n"
       "Thank you for your quick help with the lecturer name last time.\n\n"
       "Now I would like to ask you to post an announcement for all students of Polibatam on the e-learning "
       "front page, tomorrow at 8:30 a.m. Hanoi time (same with Batam time).\n\n"
       "Title: Info Session: Vietnam\u2013Indonesia Student Exchange 2027\n\n"
       "Content: HCMUT and Polibatam will hold an online info session about the student exchange program for "
       "the spring semester 2027 on Wednesday, 2 December 2026, 15:00\u201316:30 (GMT+7). Students can ask about "
       "courses, scholarship and accommodation. Registration deadline: 30 November 2026.\n\n"
       "Thank you so much and have a nice weekend.\n\n"
       "Best regards,\nNguyen Thi Thu Hang (Ms.)"),
    L("announcement", "en", {"title": "Info Session: Vietnam\u2013Indonesia Student Exchange 2027", "scope": "site",
                             "publish_at": "2026-11-21T08:30:00+07:00"}))

add("thunderbird-cet-next-monday", date(2026, 12, 3, 17, 50, tz=1), VOGT,
    "Announcement for MKT4107 - guest session",
    flowed("Dear colleagues,\n\n"
           "thank you for the quick corrections yesterday, the module now looks right.\n\n"
           "Could you please publish the following announcement in our joint module Industrial Automation "
           "Systems: PLC & SCADA (MKT4107) next Monday at 9:00 CET? That is when my students in Karlsruhe start "
           "their week; your students will see it in the afternoon.\n\n"
           "Title: Online Guest Session: Digital Twins in Automation\n\n"
           "Text: On Thursday, 10.12.2026, 14:00-15:30 WIB (08:00-09:30 CET), Dr. Jonas Brenner (Siemens Digital "
           "Industries) will give an online guest session on digital twins for PLC-controlled plants. The link "
           "will be posted in the course. Attendance counts as one lab session.\n\n"
           "Kind regards,\nKatharina Vogt"),
    L("announcement", "en", {"course_code": "MKT4107", "course_name": "Industrial Automation Systems: PLC & SCADA",
                             "title": "Online Guest Session: Digital Twins in Automation", "scope": "course",
                             "publish_at": "2026-12-07T09:00:00+01:00"}),
    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0")])

add("gmail-lagos-friday-wat", date(2026, 12, 7, 11, 15, tz=1), OBI,
    "Kindly post: make-up lecture for Week 12",
    gm("Good day Sir/Ma,\n\n"
       "Thank you for correcting the credit units last week.\n\n"
       "Kindly assist me to post the announcement below in Renewable Energy Systems (EL4203) on Friday, "
       "11 December 2026 by 10 a.m. WAT (that is 4 p.m. in Batam).\n\n"
       "Title: Make-up Online Lecture for Week 12\n\n"
       "Body: Due to the power outage on our side last Thursday, the Week 12 lecture on grid-tied inverters will "
       "hold online on Monday, 14 December 2026, 15:00 WIB. Attendance is compulsory. The recording will be "
       "uploaded the same day.\n\n"
       "Thanks and God bless.\nDr. Chukwuemeka Obi"),
    L("announcement", "en", {"course_code": "EL4203", "course_name": "Renewable Energy Systems",
                             "title": "Make-up Online Lecture for Week 12", "scope": "course",
                             "publish_at": "2026-12-11T10:00:00+01:00"}))

add("gmail-asdos-lusa-malam", date(2026, 11, 26, 15, 5), DIMAS,
    "pengumuman praktikum Sistem Tertanam",
    gm("Halo kak P4M,\n\n"
       "Dimas lagi, asdos Pak Hendrik (cc). Pak Hendrik minta tolong post announcement di course Sistem Tertanam "
       "(EL3105), lusa jam 8 malam ya kak, biar mahasiswa baca pas weekend.\n\n"
       "Judul: Deadline Laporan Praktikum Modul 4 Diperpanjang\n\n"
       "Isi: Karena beberapa board ESP32 rusak minggu ini, deadline laporan modul 4 diperpanjang sampai Kamis, "
       "3 Desember 2026 pukul 23.59. Yang belum sempat ambil data bisa pakai slot tambahan hari Selasa jam 13.00 "
       "di Lab Mikrokontroler.\n\n"
       "Thanks a lot kak!\nDimas"),
    L("announcement", "mixed", {"course_code": "EL3105", "course_name": "Sistem Tertanam",
                                "title": "Deadline Laporan Praktikum Modul 4 Diperpanjang", "scope": "course",
                                "publish_at": "2026-11-28T20:00:00+07:00"}),
    cc=HENDRIK)

ack2417 = ("Yth. Ibu Clara,\n\n"
           "Permintaan Anda tercatat sebagai tiket [P4M #2417]. Yang kami pahami:\n\n"
           "Jenis       : Publikasi pengumuman\n"
           "Judul       : Libur Akhir Semester & Batas Input Nilai\n"
           "Sasaran     : seluruh pengguna e-learning\n"
           "Waktu tayang: (belum disebutkan)\n\n"
           "Mohon balas bila ada yang perlu dilengkapi.\n\n"
           "Salam,\nHelpdesk P4M")
b = ack2417.split("\n")
add("gmail-jawab-dalam-ack", date(2026, 12, 9, 14, 40),
    "Clara Sitompul <clara.sitompul@polibatam.ac.id>",
    "Re: [P4M #2417] Pengumuman libur akhir semester",
    gm("Hi P4M, I answer inline ya.\n\n"
       "Pada Rab, 9 Des 2026 pukul 13.52 Helpdesk P4M <%s> menulis:\n" % HD
       + q("\n".join(b[:6])) + "\n\nCorrect.\n\n"
       + q(b[6]) + "\n\nYes, all users.\n\n"
       + q(b[7]) + "\n\nSenin, 14 Des, jam 07.00 WIB please.\n\n"
       + q("\n".join(b[9:])) + "\n\nThanks!\nClara\nBagian Akademik"),
    L("announcement", "mixed", {"title": "Libur Akhir Semester & Batas Input Nilai", "scope": "site",
                                "publish_at": "2026-12-14T07:00:00+07:00"},
      "The missing publish time is answered between the lines of the quoted acknowledgement."),
    extra=[("In-Reply-To", "<ack.2417.%s@polibatam.ac.id>" % h("ack2417", 10)),
           ("References", "<ack.2417.%s@polibatam.ac.id>" % h("ack2417", 10))])

add("outlook-fintech-tonight", date(2026, 12, 10, 17, 25),
    "Melinda Tan <melinda.tan@sinarpay.co.id>",
    "Announcement Etika Bisnis - quiz AML",
    ol("Hi tim P4M,\n\n"
       "Could you help post this di course Etika Bisnis (MB3107) tonight jam 9? Anak-anak biasanya cek "
       "e-learning malam.\n\n"
       "Title: Kuis 3: Anti Pencucian Uang dan Kepatuhan\n\n"
       "Kuis dibuka Sabtu, 12 Desember 2026 pukul 08.00 dan ditutup pukul 10.00. Materi: modul 9\u201310 "
       "(AML/CFT, KYC). Open book, tapi individual ya.\n\n"
       "Thanks so much!\n"
       "Melinda Tan, CAMS\nCompliance Manager, PT SinarPay Indonesia | Dosen Praktisi Prodi Manajemen Bisnis\n\n"
       "This message may contain confidential information. If you have received it in error, please delete it "
       "and notify the sender."),
    L("announcement", "mixed", {"course_code": "MB3107", "course_name": "Etika Bisnis",
                                "title": "Kuis 3: Anti Pencucian Uang dan Kepatuhan", "scope": "course",
                                "publish_at": "2026-12-10T21:00:00+07:00"}))


# ================================================================ elearning_support (12)

add("outlook-plp-kutip-nama-mk", date(2026, 11, 11, 8, 50), JOKO,
    "Mahasiswa tidak melihat course Praktikum Jaringan Komputer II",
    ol("Selamat pagi,\n\n"
       "Saya Joko dari Lab Keamanan Jaringan. Pagi ini 18 mahasiswa kelas RKS-2A tidak bisa melihat course "
       "\"Praktikum Jaringan Komputer II\" (RKS2206P) di dashboard mereka, padahal minggu lalu masih bisa. "
       "Mahasiswa kelas RKS-2B tidak ada masalah. Praktikum mulai jam 10.00 dan modul hanya ada di course "
       "tersebut.\n\n"
       "Apakah ada perubahan pengaturan enrolment atau grup? Mohon dicek segera.\n\n"
       "Terima kasih.\nJoko Susilo, A.Md.\nPLP Lab Keamanan Jaringan"),
    L("elearning_support", "id", {"course_code": "RKS2206P", "course_name": "Praktikum Jaringan Komputer II"}))

add("gmail-asdos-tombol-nilai", date(2026, 12, 4, 20, 15), DIMAS,
    "tombol Grade tidak muncul",
    gm("Malam kak,\n\n"
       "Mau tanya, aku (asdos Pak Hendrik) sudah ditambahkan sebagai non-editing teacher di course Sistem "
       "Tertanam, tapi di assignment \"Laporan Modul 3\" tombol Grade nggak muncul sama sekali. Aku cuma bisa "
       "lihat daftar submission. Laporannya harus dinilai sebelum rapat yudisium hari Senin.\n\n"
       "Apa role-nya kurang, atau ada pengaturan di assignment yang harus diubah Pak Hendrik?\n\n"
       "Makasih kak,\nDimas"),
    L("elearning_support", "id", {"course_name": "Sistem Tertanam"}))

add("samsung-papua-akun-terkunci", date(2026, 11, 23, 22, 40), YANCE,
    "sa tra bisa masuk elearning",
    samsung("Selamat malam kaka,\n\n"
            "Sa Yance, mahasiswa Teknik Mesin angkatan 2025 (NIM 4222501044). Dari tadi sore sa tra bisa login "
            "e-learning, muncul tulisan akun sa dikunci sementara karena terlalu banyak percobaan. Sa su tunggu "
            "3 jam tapi masih sama. Besok pagi ada kuis, sa takut tra bisa ikut.\n\n"
            "Tolong bantu buka kaka. Terima kasih banyak.\n\nYance" + SAMSUNG),
    L("elearning_support", "id"))

add("gmail-minang-jawaban-hilang", date(2026, 12, 5, 21, 30),
    "Ilham Saputra Koto <ilhamkoto@students.polibatam.ac.id>",
    "jawaban kuis esai ambo hilang",
    gm("Assalamualaikum uda/uni di P4M,\n\n"
       "Ambo Ilham, mahasiswa AK-2B Malam. Tadi malam wakatu kuis esai Akuntansi Keuangan Menengah I, sinyal di "
       "rumah ambo putuih-putuih. Pas ambo masuak baliak, jawaban nomor 2 jo 3 nan alah ambo tulih hilang "
       "sadonyo, padahal kato urang e-learning ado autosave. Wakatu kuis alah abih.\n\n"
       "Baa caronyo supayo jawaban tu bisa dicaliak baliak? Apo bisa dicek di log?\n\n"
       "Tarimo kasih,\nIlham Saputra Koto"),
    L("elearning_support", "id", {"course_name": "Akuntansi Keuangan Menengah I"}))

add("zimbra-pustaka-proxy", date(2026, 12, 1, 10, 5), WULAN,
    "Tautan e-book di course Literasi Informasi tidak terbuka",
    zimbra("Dengan hormat,\n\n"
           "Di course Literasi Informasi saya menautkan beberapa e-book dari langganan perpustakaan (URL melalui "
           "proxy perpustakaan). Dari komputer kampus tautan terbuka normal, tetapi mahasiswa yang membuka dari "
           "rumah lewat e-learning mendapat pesan \"Access denied - IP not recognized\" dan tidak diarahkan ke "
           "halaman login SSO.\n\n"
           "Apakah ada pengaturan di e-learning (misalnya jenis resource URL atau LTI) yang perlu diubah agar "
           "tautan melewati login perpustakaan? Atau sebaiknya saya tanyakan ke UPT TIK?\n\n"
           "Terima kasih.\n\nSalam literasi,\nWulan Sari Dewi"),
    L("elearning_support", "id", {"course_name": "Literasi Informasi"}),
    extra=[("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - FF128 (Win)/10.0.8_GA_4611)")])

add("outlook-auditor-akses-baca", date(2026, 11, 12, 8, 15), IRA,
    "Permohonan akses auditor ke e-learning",
    ol("Yth. Tim P4M,\n\n"
       "Dalam rangka AMI 2026, tim auditor perlu memeriksa kelengkapan RPS, materi, dan penilaian langsung di "
       "e-learning untuk sampel mata kuliah dari lima program studi. Kami mohon dibuatkan akses baca (tanpa hak "
       "mengubah) ke course-course tersebut untuk tiga auditor berikut:\n\n"
       "1. Dr. Irawati Siregar (irawati.siregar@polibatam.ac.id)\n"
       "2. Hendra Wijaya, M.T. (hendra.wijaya@polibatam.ac.id)\n"
       "3. Sri Lestari, M.Ak. (sri.lestari@polibatam.ac.id)\n\n"
       "Daftar course sampel akan kami kirimkan terpisah setelah diundi besok pagi. Akses cukup sampai "
       "30 November 2026.\n\n"
       "Terima kasih.\n\n"
       "Salam mutu,\nDr. Irawati Siregar, S.T., M.T.\nKetua Tim Auditor AMI 2026"),
    L("elearning_support", "id"))

add("gmail-bugis-jam-kalender", date(2026, 11, 18, 19, 50, tz=8), ANDI,
    "jam di e-learning beda",
    gm("Tabe', assalamu alaikum.\n\n"
       "Mau ka tanya. Saya buat kuis untuk hari Jumat jam 10.00, tapi di kalender e-learning ku di sini kenapa "
       "muncul jam 11.00? Mahasiswa di Batam bilang di mereka jam 10.00 ji. Apakah saya harus ubah zona waktu di "
       "profil, atau nanti kuisnya terbuka jam 11 WITA? Takut ka salah buka.\n\n"
       "Terima kasih, Puang.\n\nAndi Ikhsan"),
    L("elearning_support", "id"))

add("gmail-lagos-role-hilang", date(2026, 11, 25, 9, 30, tz=1), OBI,
    "Unable to access Renewable Energy Systems as lecturer",
    gm("Good morning Sir/Ma,\n\n"
       "I trust this mail meets you well.\n\n"
       "Since yesterday I cannot enter the course Renewable Energy Systems (EL4203) as a lecturer. When I click "
       "on it, the page shows \"You cannot enrol yourself in this course\" and asks for an enrolment key, which "
       "I never used before. I suspect my teacher role was removed by mistake when the new term was set up.\n\n"
       "Kindly help me to restore my access as I need to upload the Week 10 slides before Thursday.\n\n"
       "Thanks and God bless.\nDr. Chukwuemeka Obi"),
    L("elearning_support", "en", {"course_code": "EL4203", "course_name": "Renewable Energy Systems"}))

add("gmail-thai-tanda-tanya", date(2026, 12, 8, 10, 20), SIRI,
    "Thai student names shown as ??????",
    gm("Dear P4M Helpdesk,\n\n"
       "Sawasdee ka. Our Thai students in the joint class have their names in Thai script in their profiles. In "
       "the participants page the names look fine, but when I download the grades as Excel, all Thai names "
       "become \"??????\". My colleague Pak Rahmat has the same problem.\n\n"
       "Is there a setting for the export, or should the students change their names to Latin letters?\n\n"
       "Thank you very much ka.\nSiriporn Chaiyasit"),
    L("elearning_support", "en"))

add("gmail-studio-rubrik-hilang", date(2026, 12, 2, 23, 5), JO,
    "rubric ga muncul pas grading",
    gm("Hi tim P4M,\n\n"
       "Quick question: di course 3D Modeling, Texturing & Look Development aku bikin assignment \"Final Prop "
       "Turntable\" dengan rubric 5 kriteria. Waktu preview rubric-nya keliatan, tapi pas masuk grading page "
       "yang muncul cuma kotak nilai angka. Udah coba di Chrome & Firefox, sama aja.\n\n"
       "Did I miss a setting somewhere? Deadline penilaian Jumat.\n\n"
       "Thanks!\nJo"),
    L("elearning_support", "mixed", {"course_name": "3D Modeling, Texturing & Look Development"}))

add("gmail-app-masih-nama-lama", date(2026, 11, 27, 9, 10),
    "Stefani Gunawan <stefani.gunawan@polibatam.ac.id>",
    "nama MK di app masih yang lama",
    gm("Hi P4M,\n\n"
       "Thanks ya rename-nya kemarin udah beres di browser: course Pengembangan Aplikasi Web (TRPL2204) sekarang "
       "tampil dengan nama baru. Tapi beberapa mahasiswa bilang di Moodle app di HP mereka masih muncul nama lama "
       "\"Pemrograman Web Lanjut\".\n\n"
       "Is this just a cache thing on their phones? Perlu mereka logout-login atau reinstall app? Aku nggak minta "
       "diubah lagi ya, cuma mau tahu harus jawab apa ke mahasiswa \U0001F605\n\n"
       "Thanks!\nStefani"),
    L("elearning_support", "mixed", {"course_code": "TRPL2204", "course_name": "Pengembangan Aplikasi Web"},
      "Quotes the old course name but asks no change; the rename is already done."))

add("gmail-dikte-acak-soal", date(2026, 12, 11, 7, 40), BAMBANG,
    "quiz shuffle tidak jalan",
    gm("pagi tim pe empat em ini bambang lagi saya dikte di mobil ya jadi maaf kalau berantakan saya bikin quiz "
       "di fisika terapan sudah saya centang shuffle within questions tapi kok semua mahasiswa dapat urutan soal "
       "yang sama ya is there another setting yang harus diaktifkan soalnya besok ujian akhir dan saya nggak mau "
       "mereka nyontek urutan nya terima kasih"),
    L("elearning_support", "mixed", {"course_name": "fisika terapan"}))


# ================================================================ document_request (7)

add("outlook-auditor-bukti-rekaman", date(2026, 11, 6, 10, 30), IRA,
    "Permintaan dokumen bukti AMI: rekaman helpdesk P4M",
    ol("Yth. Kepala P4M,\n\n"
       "Sebagai bagian dari Audit Mutu Internal siklus 2026 untuk unit P4M, tim auditor memohon dokumen berikut "
       "sebagai bukti sebelum visitasi:\n\n"
       "1. SOP Layanan Helpdesk P4M yang berlaku;\n"
       "2. rekaman helpdesk (daftar permintaan, waktu respon, dan status penyelesaian) periode Januari-Oktober "
       "2026;\n"
       "3. laporan analisis LED layanan helpdesk tahun 2025.\n\n"
       "Dokumen mohon diunggah ke folder bersama AMI atau dikirim melalui email ini paling lambat 12 November "
       "2026.\n\n"
       "Atas kerja samanya kami ucapkan terima kasih.\n\n"
       "Salam mutu,\nDr. Irawati Siregar, S.T., M.T.\nKetua Tim Auditor AMI 2026"),
    L("document_request", "id"))

add("zimbra-pustaka-sop-unggah", date(2026, 12, 4, 9, 20), WULAN,
    "Mohon SOP unggah bahan ajar e-learning",
    zimbra("Dengan hormat,\n\n"
           "Perpustakaan sedang menyusun panduan repositori bahan ajar dosen dan ingin menyelaraskannya dengan "
           "aturan P4M. Kami mohon dapat dikirimkan SOP Pengunggahan Bahan Ajar ke E-Learning beserta ketentuan "
           "hak cipta materi yang dipakai P4M, bila ada dalam bentuk dokumen.\n\n"
           "Terima kasih atas bantuannya.\n\n"
           "Salam literasi,\nWulan Sari Dewi, S.IIP., M.Hum."),
    L("document_request", "id"),
    extra=[("X-Mailer", "Zimbra 10.0.8_GA_4611 (ZimbraWebClient - FF128 (Win)/10.0.8_GA_4611)")])

add("gmail-bali-rubrik-praktik", date(2026, 12, 7, 8, 40), NILUH,
    "Mohon format rubrik penilaian praktik",
    gm("Om Swastiastu,\n\n"
       "Tiang ingin memohon format rubrik penilaian praktik (unjuk kerja) yang biasa dipakai P4M untuk mata "
       "kuliah praktik, kalau ada dalam versi Word nggih. Rubrik ini akan tiang sesuaikan untuk ujian praktik "
       "akhir semester.\n\n"
       "Suksma,\nNi Luh Made Sudiarsih"),
    L("document_request", "id"))

add("gmail-asdos-logbook", date(2026, 11, 19, 13, 15), DIMAS,
    "format logbook asisten praktikum",
    gm("Siang kak,\n\n"
       "Mau minta format logbook / berita acara kegiatan asisten praktikum yang resmi dari P4M, kak. Kata Pak "
       "Hendrik tiap asdos harus lampirkan itu di laporan akhir semester, tapi di lab belum ada formatnya.\n\n"
       "Kalau ada versi Word-nya lebih bagus kak. Terima kasih!\n\n"
       "Dimas Arya Pratama\nAsisten Dosen Lab Mikrokontroler"),
    L("document_request", "id"))

add("thunderbird-modulhandbuch", date(2026, 11, 16, 11, 5, tz=1), VOGT,
    "Template for module descriptions (double degree)",
    flowed("Dear colleagues,\n\n"
           "for the accreditation of our planned double-degree track, our quality office asks for the module "
           "descriptions of the Polibatam side in a common format. Could you send me the current template you "
           "use for course descriptions / RPS in English, if one exists, and the guideline on how learning "
           "outcomes are to be formulated?\n\n"
           "We would like to compare it with our own module handbook template before our meeting on 01.12.2026.\n\n"
           "Kind regards,\nKatharina Vogt"),
    L("document_request", "en"),
    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.3")])

add("gmail-thai-checklist-mutu", date(2026, 11, 13, 11, 0), SIRI,
    "Request: e-learning quality checklist",
    gm("Dear P4M Helpdesk,\n\n"
       "Sawasdee ka. Our faculty is starting to review online classes and my Dean asked me to learn from "
       "Polibatam. Could you share the checklist or rubric P4M uses to review the quality of e-learning "
       "courses, in English if possible? A Bahasa Indonesia version is also OK, we can translate.\n\n"
       "Thank you very much ka.\nSiriporn Chaiyasit"),
    L("document_request", "en"))

add("gmail-pusat-bahasa-pedoman", date(2026, 11, 24, 14, 20), RATIH,
    "request: pedoman penulisan CPMK",
    gm("Hi P4M team,\n\n"
       "Boleh minta pedoman penulisan CPL/CPMK yang dipakai P4M? We're revising the RPS for all ESP classes next "
       "month and I want to make sure the learning outcomes follow the same format as the other programmes. PDF "
       "or Word both fine.\n\n"
       "Thank you!\nRatih Kusumawardani, M.Pd.\nESP Coordinator, Language Centre"),
    L("document_request", "mixed"))


# ================================================================ other (7)

add("iphone-rs-putri-berterima-kasih", date(2026, 11, 16, 19, 45), RIZKI,
    "Terima kasih dari keluarga Ibu Sumiati",
    qp("Selamat malam Bapak/Ibu P4M,\n\n"
       "Saya Rizki, putri Ibu Sumiati Handoko. Hanya ingin menyampaikan terima kasih: Pak Syamsul Bahri sudah "
       "mengajar Bahasa Indonesia Akademik kelas MB-1B sejak Rabu dan mahasiswa sudah membaca pengumumannya. Ibu "
       "sudah boleh pulang dari rumah sakit hari ini, tetapi masih harus istirahat di rumah seminggu lagi.\n\n"
       "Mohon maaf sudah merepotkan, dan terima kasih atas bantuan yang cepat.\n\n"
       "Salam,\nRizki Amalia" + IPHONE),
    L("other", "id", {"course_name": "Bahasa Indonesia Akademik"},
      "Thanks naming a course and a lecturer; no change asked."))

add("samsung-papua-salah-alamat", date(2026, 12, 3, 20, 20), YANCE,
    "tanya beasiswa ADik",
    samsung("Selamat malam kaka,\n\n"
            "Maaf kalau sa salah alamat. Sa mau tanya tentang beasiswa ADik untuk mahasiswa Papua, kapan dana "
            "semester ini cair? Sa pu teman-teman dari Wamena juga tanya. Kalau bukan di P4M, tolong kase tau sa "
            "harus tanya ke bagian mana.\n\n"
            "Terima kasih kaka, Tuhan berkati.\n\nYance Kogoya" + SAMSUNG),
    L("other", "id"))

add("yahoo-minang-jan-diubah-dulu", date(2026, 11, 27, 20, 50), FITRI,
    "info se: tim pengajar semester depan",
    yahoo("Assalamualaikum sanak P4M,\n\n"
          "Sakadar info se dulu. Semester depan MK Akuntansi Keuangan Menengah II (AK2204) kamungkinan diajar "
          "baduo jo Bu Rahmi Yusnita, S.E., M.Ak. Tapi SK mangajar alun kalua, jadi jan diubah dulu di e-learning "
          "yo. Beko kalau alah pasti, ambo kirim permintaan resmi.\n\n"
          "Tarimo kasih,\nFitriani Chaniago" + YAHOO),
    L("other", "id", {"course_code": "AK2204", "course_name": "Akuntansi Keuangan Menengah II"},
      "A plan for next semester with a possible co-lecturer; explicitly nothing to change yet."))

add("outlook-plp-pinjam-studio", date(2026, 11, 20, 10, 40), JOKO,
    "Peminjaman studio rekaman P4M",
    ol("Selamat pagi,\n\n"
       "Mohon informasi, apakah studio rekaman video pembelajaran P4M bisa dipinjam pada Selasa, 24 November "
       "2026 pukul 13.00-16.00? Pak Taufik Hidayat ingin merekam video demo praktikum untuk MK Kriptografi. Kami "
       "membawa peralatan lab sendiri, hanya butuh ruang dan lighting.\n\n"
       "Terima kasih.\nJoko Susilo, A.Md.\nPLP Lab Keamanan Jaringan"),
    L("other", "id", {"course_name": "Kriptografi"}))

add("thunderbird-ajakan-rapat", date(2026, 11, 23, 14, 30, tz=1), VOGT,
    "Proposal for a video meeting on the double-degree track",
    flowed("Dear colleagues,\n\n"
           "following the exchange with your Deputy Director, I would like to propose a video meeting with P4M "
           "about quality assurance in the planned double-degree track (e-learning standards, course evaluation, "
           "recognition of online modules).\n\n"
           "Would Tuesday, 01.12.2026, 08:00 CET (14:00 WIB) suit you? If not, please suggest two alternative "
           "slots in the week of 07.12.2026.\n\n"
           "Kind regards,\nKatharina Vogt"),
    L("other", "en"),
    extra=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.3")])

add("gmail-lagos-buletin", date(2026, 12, 10, 12, 5, tz=1), OBI,
    "Feature in the campus newsletter",
    gm("Good day Sir/Ma,\n\n"
       "I hope this finds you well. I recently published a short article on solar mini-grids for rural "
       "polytechnics and I believe it will interest Polibatam students and staff. Kindly advise whether P4M can "
       "feature it in the campus newsletter or website, or direct me to the right office.\n\n"
       "I attach nothing for now so as not to burden your mailbox; I will send the manuscript once I hear from "
       "you.\n\n"
       "Thanks and God bless.\nDr. Chukwuemeka Obi"),
    L("other", "en"))

add("outlook-praktisi-hibah-server", date(2026, 12, 14, 16, 10), RUDY,
    "Offer: retired servers for lab / e-learning",
    ol("Hi P4M team,\n\n"
       "Rudy here, dosen praktisi Cloud Infrastructure Operations. Kantor kami akan decommission 6 unit server "
       "(2019, masih sehat) akhir bulan ini. Kalau P4M atau UPT TIK butuh untuk lab atau staging e-learning, "
       "we'd be happy to donate. Mungkin bisa diskusi dulu siapa yang tepat ngurus hibahnya?\n\n"
       "Thanks,\nRudy Hartono\nPT Batam Data Hub" + DC_FOOTER),
    L("other", "mixed", {"course_name": "Cloud Infrastructure Operations"}))


# ================================================================ auto (6)

raw_add("veeam-laporan-cadangan", date(2026, 11, 8, 2, 15),
        "Veeam Backup & Replication <veeam@backup.polibatam.ac.id>",
        "[Success] ELEARNING-DB-DAILY (1 machines) 0 warnings",
        {"Content-Type": "text/html; charset=utf-8", "Content-Transfer-Encoding": "8bit",
         "X-Mailer": "Veeam Backup & Replication 12.2.0.334", "X-Priority": "3"},
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>\n"
        "<table cellspacing=\"0\" cellpadding=\"4\" style=\"font-family:Tahoma;font-size:12px;border:1px solid #a7a9ac\">\n"
        "<tr><td colspan=\"4\" style=\"background:#00b050;color:#fff;font-size:16px\"><b>Backup job: "
        "ELEARNING-DB-DAILY</b><br>Success</td></tr>\n"
        "<tr><td><b>Created by</b></td><td>BACKUP01\\svc-veeam at 14/03/2026 09:12</td><td><b>Processed VMs</b></td><td>1</td></tr>\n"
        "<tr><td><b>Start time</b></td><td>Sunday, 8 November 2026 01:00:04</td><td><b>Success</b></td><td>1</td></tr>\n"
        "<tr><td><b>End time</b></td><td>Sunday, 8 November 2026 02:14:51</td><td><b>Warning</b></td><td>0</td></tr>\n"
        "<tr><td><b>Duration</b></td><td>1:14:47</td><td><b>Error</b></td><td>0</td></tr>\n"
        "<tr><td><b>Total size</b></td><td>412.6 GB</td><td><b>Backup size</b></td><td>38.2 GB</td></tr>\n"
        "<tr><td><b>Data read</b></td><td>61.0 GB</td><td><b>Dedupe</b></td><td>3.1x</td></tr>\n"
        "<tr><td colspan=\"4\"><b>Details</b></td></tr>\n"
        "<tr><td><b>Name</b></td><td><b>Status</b></td><td><b>Start time</b></td><td><b>End time</b></td></tr>\n"
        "<tr><td>vm-moodle-db01</td><td style=\"color:#00b050\">Success</td><td>01:00:31</td><td>02:14:40</td></tr>\n"
        "</table>\n<p style=\"font-family:Tahoma;font-size:10px;color:#626365\">Veeam Backup &amp; Replication 12.2.0.334</p>\n"
        "</body></html>\n",
        L("auto", "en", note="Backup software job report (HTML-only, no Auto-Submitted header)."))

raw_add("zabbix-peringatan-disk", date(2026, 12, 5, 3, 42, tz=0),
        "Zabbix Monitoring <zabbix@monitor.polibatam.ac.id>",
        "Problem: Free disk space is less than 10% on volume /var/moodledata",
        {"Content-Type": "text/plain; charset=UTF-8", "Content-Transfer-Encoding": "8bit"},
        "Problem started at 03:41:58 on 2026.12.05\n"
        "Problem name: Free disk space is less than 10% on volume /var/moodledata\n"
        "Host: learning.polibatam.ac.id\n"
        "Severity: High\n"
        "Operational data: 8.7 % free (43.5 GB of 500 GB)\n"
        "Original problem ID: 4410231\n\n"
        "Trigger URL: https://monitor.polibatam.ac.id/zabbix.php?action=problem.view&triggerids[]=23817\n",
        L("auto", "en", note="Monitoring alert with no machine-mail headers."))

raw_add("scholar-peringatan-kutipan", date(2026, 11, 22, 18, 30, tz=-8),
        "Google Cendekia <scholaralerts-noreply@google.com>",
        "Peringatan Google Cendekia - \"e-learning\" \"Politeknik Negeri Batam\"",
        {"Content-Type": 'multipart/alternative; boundary="{B}"', "Domain": "google.com",
         "X-Google-Scholar-Alert": "query"},
        "--{B}\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n\n"
        "Hasil baru untuk \"e-learning\" \"Politeknik Negeri Batam\"\n\n"
        "[PDF] Evaluasi Kesiapan Dosen Vokasi dalam Pembelajaran Daring Berbasis Moodle\n"
        "R Pratama, S Handayani - Jurnal Pendidikan Vokasi Terapan, 2026\n"
        "... studi kasus pada Politeknik Negeri Batam menunjukkan bahwa 78% dosen telah menggunakan e-learning "
        "secara rutin ...\n\n"
        "Analisis Waktu Respons Layanan Helpdesk Akademik di Perguruan Tinggi Vokasi\n"
        "D Kurniawan - Prosiding Seminar Nasional Teknologi Terapan, 2026\n"
        "... data tiket helpdesk e-learning Politeknik Negeri Batam periode 2024-2025 ...\n\n"
        "Peringatan ini dikirim oleh Google Cendekia karena Anda mengikuti hasil penelusuran baru untuk kueri ini.\n"
        "Batalkan peringatan: https://scholar.google.com/scholar_alerts?view_op=cancel_alert_options&alert_id=Xk2a9mQ\n\n"
        "--{B}\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n\n"
        "<!doctype html><html><body><div style=\"font-family:arial,sans-serif;font-size:13px;color:#222\">"
        "<h3 style=\"font-weight:normal;font-size:16px\">Hasil baru untuk &quot;e-learning&quot; &quot;Politeknik Negeri Batam&quot;</h3>"
        "<h3 style=\"font-weight:normal;margin:0;font-size:17px\"><a href=\"https://scholar.google.com/scholar_url?url=x1\">"
        "Evaluasi Kesiapan Dosen Vokasi dalam Pembelajaran Daring Berbasis Moodle</a></h3>"
        "<div style=\"color:#006621\">R Pratama, S Handayani - Jurnal Pendidikan Vokasi Terapan, 2026</div>"
        "<h3 style=\"font-weight:normal;margin:0;font-size:17px\"><a href=\"https://scholar.google.com/scholar_url?url=x2\">"
        "Analisis Waktu Respons Layanan Helpdesk Akademik di Perguruan Tinggi Vokasi</a></h3>"
        "<div style=\"color:#006621\">D Kurniawan - Prosiding Seminar Nasional Teknologi Terapan, 2026</div>"
        "<p style=\"font-size:11px;color:#666\">Peringatan ini dikirim oleh Google Cendekia karena Anda mengikuti "
        "hasil penelusuran baru untuk kueri ini. <a href=\"https://scholar.google.com/scholar_alerts?view_op="
        "cancel_alert_options&amp;alert_id=Xk2a9mQ\">Batalkan peringatan</a></p></div></body></html>\n\n--{B}--\n",
        L("auto", "id", note="Search-engine citation alert in Indonesian."))

raw_add("registrar-masa-aktif-domain", date(2026, 11, 15, 7, 0),
        "\"PANDI - Layanan Domain .id\" <no-reply@pandi.id>",
        "Pemberitahuan: Masa Aktif Domain p4m-polibatam.id Berakhir dalam 30 Hari",
        {"Content-Type": "text/plain; charset=utf-8", "Content-Transfer-Encoding": "8bit",
         "Auto-Submitted": "auto-generated", "Domain": "pandi.id"},
        "Yth. Pengelola Domain p4m-polibatam.id,\n\n"
        "Kami informasikan bahwa masa aktif domain berikut akan berakhir:\n\n"
        "  Nama domain   : p4m-polibatam.id\n"
        "  Tanggal habis : 15 Desember 2026\n"
        "  Registrar     : PT Registrar Nusantara Digital\n\n"
        "Agar domain tetap aktif dan layanan (situs web, email) tidak terganggu, silakan lakukan perpanjangan "
        "melalui registrar Anda sebelum tanggal tersebut. Domain yang tidak diperpanjang akan memasuki masa "
        "tenggang (grace period) selama 30 hari.\n\n"
        "Email ini dikirim secara otomatis. Mohon tidak membalas email ini.\n\n"
        "Pengelola Nama Domain Internet Indonesia (PANDI)\nhttps://pandi.id\n",
        L("auto", "id", note="Domain registry renewal reminder."))

raw_add("pindah-tugas-balasan", date(2026, 12, 1, 8, 5),
        "Suryadi <suryadi@polibatam.ac.id>",
        "Alamat email ini tidak aktif lagi [Re: [P4M #2305] Perubahan kelas Algoritma]",
        {"Content-Type": "text/plain; charset=utf-8", "Content-Transfer-Encoding": "8bit",
         "Auto-Submitted": "auto-replied", "In-Reply-To": "<ack.2305.%s@polibatam.ac.id>" % h("ack2305", 10)},
        "Terima kasih atas email Anda.\n\n"
        "Mulai 1 Desember 2026 saya pindah tugas ke Politeknik Negeri Bengkalis, dan alamat ini tidak dibaca "
        "lagi. Email Anda TIDAK diteruskan.\n\n"
        "- Urusan Prodi Teknik Informatika: sekjur.if@polibatam.ac.id\n"
        "- Urusan pribadi: suryadi.tif@polbeng.ac.id\n\n"
        "Pesan ini dikirim otomatis.\n\nSuryadi\n",
        L("auto", "id", note="Auto-reply announcing the address is no longer read (moved to another campus)."))

raw_add("bounce-ukuran-melebihi", date(2026, 11, 6, 11, 2),
        "Mail Delivery System <MAILER-DAEMON@mx.polibatam.ac.id>",
        "Pesan tidak terkirim: ukuran melebihi batas",
        {"Content-Type": 'multipart/report; report-type=delivery-status;\n boundary="{B}"',
         "Auto-Submitted": "auto-replied"},
        "This is a MIME-encapsulated message.\n\n"
        "--{B}\nContent-Description: Notification\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        "Ini adalah program pos-el di mx.polibatam.ac.id.\n\n"
        "Mohon maaf, pesan Anda tidak dapat dikirim ke satu atau lebih penerima karena ukuran pesan melebihi "
        "batas yang diizinkan server tujuan. Perkecil lampiran atau bagikan berkas melalui tautan, lalu kirim "
        "ulang.\n\n"
        "<irawati.siregar@polibatam.ac.id>: host exch01.polibatam.ac.id[10.20.1.15] said: 552 5.3.4 Message "
        "size exceeds fixed maximum message size (in reply to end of DATA command)\n\n"
        "--{B}\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.polibatam.ac.id\n"
        "X-Postfix-Queue-ID: 4QkT2v1Zq9z5RtG\n"
        "X-Postfix-Sender: rfc822; helpdesk-p4m@polibatam.ac.id\n"
        "Arrival-Date: Fri,  6 Nov 2026 11:01:47 +0700 (WIB)\n\n"
        "Final-Recipient: rfc822; irawati.siregar@polibatam.ac.id\n"
        "Original-Recipient: rfc822;irawati.siregar@polibatam.ac.id\n"
        "Action: failed\nStatus: 5.3.4\n"
        "Remote-MTA: dns; exch01.polibatam.ac.id\n"
        "Diagnostic-Code: smtp; 552 5.3.4 Message size exceeds fixed maximum message size\n\n"
        "--{B}\nContent-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
        "From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\n"
        "To: Dr. Irawati Siregar <irawati.siregar@polibatam.ac.id>\n"
        "Subject: Re: [P4M #2288] Permintaan dokumen bukti AMI: rekaman helpdesk P4M\n"
        "Date: Fri, 6 Nov 2026 11:01:40 +0700\n"
        "Content-Type: multipart/mixed; boundary=\"att-77f1\"\n\n"
        "--{B}--\n",
        L("auto", "id", note="Bounce for a message over the size limit (552 5.3.4), Indonesian notice."))


if __name__ == "__main__":
    main()

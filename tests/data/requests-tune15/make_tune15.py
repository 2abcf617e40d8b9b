#!/usr/bin/env python3
"""Former held-out part9, opened in round 8 as requests-tune15: 70 hand-written helpdesk mails (see ../README.md). Standard library only.

Deterministic: boundaries, Message-IDs and attachment bytes come from each message's slug.
Run: python3 tests/data/requests-tune15/make_tune15.py
"""
import datetime
import email
import email.policy
import email.utils
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
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
HELPDESK = "Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>"
PLAN = {"course_data": 22, "announcement": 16, "elearning_support": 12,
        "document_request": 7, "other": 7, "auto": 6}
MAILS = []


def h(slug, n=12):
    return hashlib.sha256(slug.encode()).hexdigest()[:n]


# ---------------------------------------------------------------- attachments
def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, stored in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 9, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def docx(paragraphs):
    ps = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p, quote=False)
                 for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % ps)
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    return zip_bytes([("[Content_Types].xml", ct, False), ("_rels/.rels", rels, False),
                      ("word/document.xml", doc, False)])


def odt(paragraphs):
    ps = "".join("<text:p>%s</text:p>" % html.escape(p, quote=False) for p in paragraphs)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>' % ps)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return zip_bytes([("mimetype", "application/vnd.oasis.opendocument.text", True),
                      ("content.xml", content, False), ("META-INF/manifest.xml", manifest, False)])


def pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 14 TL 60 780 Td\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream.encode("latin-1")), stream),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out


def png(slug, w=120, hgt=28):
    seed = hashlib.sha256(slug.encode()).digest()
    rows = b""
    for y in range(hgt):
        rows += b"\x00" + bytes((seed[(x + y) % 32] if (x // 8 + y // 7) % 2 else 255) for x in range(w))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def ics(uid, summary, start, end, desc, organizer, method="REQUEST"):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260901T000000Z",
             "DTSTART;TZID=SE Asia Standard Time:" + start, "DTEND;TZID=SE Asia Standard Time:" + end,
             "SUMMARY:" + summary, "DESCRIPTION:" + desc.replace("\n", "\\n"),
             "ORGANIZER:mailto:" + organizer, "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------- builder
def m(slug, client, date, frm, subject, body, typ, lang, fields=None, note="", html_body=None,
      html_only=False, atts=(), headers=None, to=HELPDESK, cte="quoted-printable", charset="utf-8",
      subj_enc=None, inline_img=None, flowed=False, build=None):
    MAILS.append(dict(slug=slug, client=client, date=date, frm=frm, subject=subject, body=body, typ=typ,
                      lang=lang, fields=fields or {}, note=note, html_body=html_body, html_only=html_only,
                      atts=atts, headers=headers or {}, to=to, cte=cte, charset=charset,
                      subj_enc=subj_enc, inline_img=inline_img, flowed=flowed, build=build))


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def add_att(msg, att):
    kind, name, data = att[0], att[1], att[2]
    if kind == "docx":
        msg.add_attachment(data, maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=name)
    elif kind == "odt":
        msg.add_attachment(data, maintype="application", subtype="vnd.oasis.opendocument.text", filename=name)
    elif kind == "pdf":
        msg.add_attachment(data, maintype="application", subtype="pdf", filename=name)
    elif kind == "png":
        msg.add_attachment(data, maintype="image", subtype="png", filename=name)
    elif kind == "ics":
        msg.add_attachment(crlf(data), subtype="calendar", charset="utf-8", filename=name,
                           params={"method": "REQUEST"})
    elif kind == "eml":
        msg.add_attachment(data)
    else:
        raise ValueError(kind)


def build(d):
    if d["build"]:
        msg = d["build"](d)
    else:
        msg = EmailMessage()
        body = crlf(d["body"]) if d["body"] is not None else None
        if d["html_only"]:
            if d["inline_img"]:
                msg.set_content(crlf(d["html_body"]), subtype="html", charset=d["charset"], cte=d["cte"])
                msg.add_related(d["inline_img"][1], maintype="image", subtype="png",
                                cid="<%s>" % d["inline_img"][0], filename=d["inline_img"][0] + ".png",
                                disposition="inline")
            else:
                msg.set_content(crlf(d["html_body"]), subtype="html", charset=d["charset"], cte=d["cte"])
        else:
            kw = {}
            if d["flowed"]:
                kw["params"] = {"format": "flowed"}
            msg.set_content(body, charset=d["charset"], cte=d["cte"], **kw)
            if d["html_body"]:
                msg.add_alternative(crlf(d["html_body"]), subtype="html", charset=d["charset"], cte=d["cte"])
        for a in d["atts"]:
            add_att(msg, a)
    for k in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if k in msg:
            del msg[k]
    hdrs = [("From", d["frm"]), ("To", d["to"]), ("Subject", d["subject"]), ("Date", d["date"]),
            ("Message-ID", "<%s.%s@%s>" % (h(d["slug"], 16), h(d["slug"] + "x", 6),
                                           d["frm"].split("@")[-1].strip("> ")))]
    hdrs += list(d["headers"].items())
    old = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    for k, v in old:
        if k.lower() != "mime-version":
            msg[k] = v
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_%s_%d" % (h(d["slug"], 10), i))
            i += 1
    raw = msg.as_bytes(policy=email.policy.SMTP)
    if d["subj_enc"]:
        enc = d["subj_enc"]
        sb = d["subject"].encode("utf-8")
        if enc == "b":
            ew = "=?UTF-8?B?%s?=" % __import__("base64").b64encode(sb).decode()
        else:
            q = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else
                        ("_" if c == 32 else "=%02X" % c) for c in sb)
            ew = "=?utf-8?Q?%s?=" % q
        import base64
        chunks, cur = [], ""
        for w in re.findall(r"\S+\s*", d["subject"]):
            if cur and len((cur + w).encode()) > 28:
                chunks.append(cur)
                cur = ""
            cur += w
        chunks.append(cur)
        words = []
        for c in chunks:
            cb = c.encode("utf-8")
            if enc == "b":
                words.append("=?UTF-8?B?%s?=" % base64.b64encode(cb).decode())
            else:
                words.append("=?utf-8?Q?%s?=" % "".join(
                    chr(x) if (48 <= x <= 57 or 65 <= x <= 90 or 97 <= x <= 122) else
                    ("_" if x == 32 else "=%02X" % x) for x in cb))
        ew = "\r\n ".join(words)
        start = raw.index(b"\r\nSubject:") + 2
        end = start
        while True:
            end = raw.index(b"\r\n", end) + 2
            if raw[end:end + 1] not in (b" ", b"\t"):
                break
        raw = raw[:start] + b"Subject: " + ew.encode() + b"\r\n" + raw[end:]
    return raw


# ---------------------------------------------------------------- checks
DAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
        "sen": 0, "sel": 1, "rab": 2, "kam": 3, "jum": 4, "sab": 5, "min": 6,
        "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
MONTHS = {"jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "february": 2, "mar": 3, "maret": 3,
          "march": 3, "apr": 4, "april": 4, "mei": 5, "may": 5, "jun": 6, "juni": 6, "june": 6, "jul": 7,
          "juli": 7, "july": 7, "agu": 8, "agt": 8, "aug": 8, "agustus": 8, "august": 8, "sep": 9, "sept": 9,
          "september": 9, "okt": 10, "oct": 10, "oktober": 10, "october": 10, "nov": 11, "november": 11,
          "des": 12, "dec": 12, "desember": 12, "december": 12}
WD_RE = re.compile(r"\b(%s)\b,?\s+(\d{1,2})(?:st|nd|rd|th)?\s+(%s)\b\.?,?\s*(\d{4})?" % (
    "|".join(sorted(DAYS, key=len, reverse=True)).replace("'", "'"),
    "|".join(sorted(MONTHS, key=len, reverse=True))), re.I)
WD_RE2 = re.compile(r"\b(%s)\b,?\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})" % "|".join(
    sorted(DAYS, key=len, reverse=True)), re.I)


def strip_html(s):
    s = re.sub(r"(?is)<(style|script)\b.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</li>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def part_texts(msg):
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        if ct.startswith("text/"):
            t = part.get_content()
            out.append(strip_html(t) if ct == "text/html" else t)
        elif ct.endswith("wordprocessingml.document") or ct.endswith("opendocument.text"):
            z = zipfile.ZipFile(io.BytesIO(part.get_content()))
            name = "word/document.xml" if "word/document.xml" in z.namelist() else "content.xml"
            out.append(strip_html(re.sub(r"</(w|text):p>", "\n", z.read(name).decode())))
        elif ct == "application/pdf":
            data = part.get_content().decode("latin-1")
            out.append("\n".join(re.sub(r"\\(.)", r"\1", s) for s in re.findall(r"\(((?:\\.|[^\\)])*)\) Tj", data)))
    return out


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check(fname, raw, d, errors):
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        errors.append(fname + ": bare LF/CR")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            errors.append("%s: defects %r" % (fname, part.defects))
        for k in part.keys():
            v = part[k]
            if getattr(v, "defects", None):
                errors.append("%s: header %s defects %r" % (fname, k, v.defects))
        if not part.is_multipart() and part.get_content_disposition() in ("attachment", "inline") \
                and len(part.get_payload(decode=True) or b"") > 30000:
            errors.append(fname + ": attachment too big")
    if str(msg["Subject"]) != d["subject"]:
        errors.append("%s: subject %r != %r" % (fname, str(msg["Subject"]), d["subject"]))
    if str(msg["Date"]) != d["date"]:
        errors.append(fname + ": date mismatch")
    dt = email.utils.parsedate_to_datetime(d["date"])
    if not (datetime.date(2026, 9, 1) <= dt.date() <= datetime.date(2026, 11, 28)):
        errors.append(fname + ": date out of range")
    text = "\n".join([d["subject"]] + part_texts(msg))
    for mo in WD_RE.finditer(text):
        day, dd, mon, yy = mo.group(1).lower(), int(mo.group(2)), MONTHS[mo.group(3).lower()], mo.group(4)
        yy = int(yy) if yy else 2026
        try:
            wd = datetime.date(yy, mon, dd).weekday()
        except ValueError:
            errors.append("%s: bad date %s" % (fname, mo.group(0)))
            continue
        if wd != DAYS[day]:
            errors.append("%s: weekday mismatch %r" % (fname, mo.group(0)))
    for mo in WD_RE2.finditer(text):
        day, dd, mon, yy = mo.group(1).lower(), int(mo.group(2)), int(mo.group(3)), int(mo.group(4))
        yy = yy + 2000 if yy < 100 else yy
        try:
            if datetime.date(yy, mon, dd).weekday() != DAYS[day]:
                errors.append("%s: weekday mismatch %r" % (fname, mo.group(0)))
        except ValueError:
            errors.append("%s: bad date %s" % (fname, mo.group(0)))
    nt = norm(text)
    f = d["fields"]
    if d["typ"] not in ("course_data", "announcement") and f:
        errors.append(fname + ": fields on non-field type")
    vals = []
    for k, v in f.items():
        if k == "changes":
            vals += list(v.values())
        elif k not in ("scope", "publish_at"):
            vals.append(v)
    for v in vals:
        if norm(v) not in nt:
            errors.append("%s: value not in text: %r" % (fname, v))
    if "publish_at" in f and not re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:00\+07:00", f["publish_at"]):
        errors.append(fname + ": publish_at format")
    if d["typ"] == "announcement" and f.get("scope") not in ("course", "site"):
        errors.append(fname + ": scope missing")
    if d["typ"] == "course_data" and "changes" not in f:
        errors.append(fname + ": changes missing")


def main():
    errors = []
    order = sorted(MAILS, key=lambda d: email.utils.parsedate_to_datetime(d["date"]))
    labels, written = {}, set()
    counts = {}
    for n, d in enumerate(order, 1):
        fname = "%03d-%s-%s.eml" % (n, d["client"], d["slug"])
        raw = build(d)
        check(fname, raw, d, errors)
        written.add(fname)
        path = os.path.join(HERE, fname)
        if not os.path.exists(path) or open(path, "rb").read() != raw:
            with open(path, "wb") as fh:
                fh.write(raw)
        lab = {"type": d["typ"], "lang": d["lang"], "fields": d["fields"]}
        if d["note"]:
            lab["note"] = d["note"]
        labels[fname] = lab
        counts[d["typ"]] = counts.get(d["typ"], 0) + 1
    for f in os.listdir(HERE):
        if re.match(r"\d{3}-.*\.eml$", f) and f not in written:
            os.remove(os.path.join(HERE, f))
    data = json.dumps(labels, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    lp = os.path.join(HERE, "labels.json")
    if not os.path.exists(lp) or open(lp, encoding="utf-8").read() != data:
        with open(lp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
    langs = {}
    for d in MAILS:
        langs[d["lang"]] = langs.get(d["lang"], 0) + 1
    print("mails", len(MAILS), "types", counts, "langs", langs)
    for e in errors:
        print("ERROR", e)
    if counts != PLAN:
        print("ERROR counts differ from plan", PLAN)
        return 1
    return 1 if errors else 0


# ================================================================ the mails
SIG_OA = "\n\nGet Outlook for Android\n"
SIG_IP_ID = "\n\nDikirim dari iPhone saya\n"
SIG_IP_EN = "\n\nSent from my iPhone\n"
SIG_IPAD = "\n\nSent from my iPad\n"
SIG_YAHOO = "\n\nDikirim dari Yahoo Mail di Android\n"

def D(s, tz="+0700"):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    off = int(tz[:3]) * 60 + int(tz[0] + tz[3:])
    dt = dt.replace(tzinfo=datetime.timezone(datetime.timedelta(minutes=off)))
    return email.utils.format_datetime(dt)


# ---------------------------------------------------------------- course_data (22)
m("odt-attachment-dosen-lb-rename", "outlook-android", D("2026-09-02 19:41:07"),
  "Rudy Hartanto <rudy.hartanto.lb@gmail.com>", "perubahan nama MK",
  "Selamat malam,\n\nSaya dosen luar biasa di jurusan Teknik Mesin, baru semester ini mengajar lagi. "
  "Permintaan perubahan saya tulis di file terlampir ya (format odt, saya pakai LibreOffice).\n\n"
  "Terima kasih banyak\nRudy H." + SIG_OA, "course_data", "id",
  {"course_code": "MES 2204", "course_name": "Gambar Teknik II",
   "changes": {"fullname": "Gambar Teknik II (CAD)"}},
  note="Request only in an ODT attachment.",
  atts=[("odt", "perubahan-mk-rudy.odt", odt([
      "Kepada Yth. Tim P4M",
      "Perihal: perubahan nama mata kuliah di e-learning",
      "Kode MK: MES 2204",
      "Nama MK sekarang: Gambar Teknik II",
      "Mohon diubah menjadi: Gambar Teknik II (CAD)",
      "Alasan: materi semester ini seluruhnya memakai AutoCAD dan Inventor.",
      "Pengampu: Rudy Hartanto, S.T. (dosen luar biasa, PT Citra Shipyard)"]))])

m("ascii-table-before-after", "thunderbird", D("2026-09-03 08:12:55"),
  "Maria Lindqvist <maria.lindqvist@students.polibatam.ac.id>", "Course page details - please update",
  "Hello helpdesk,\n\nI am the teaching assistant for the international credit-transfer group this "
  "semester. The course page our group uses still shows last year's data. Could you update it as in "
  "the table below?\n\n"
  "+-------------+------------------------------+--------------------------------------+\n"
  "| field       | now                          | should be                            |\n"
  "+-------------+------------------------------+--------------------------------------+\n"
  "| code        | ENG 1102                     | (no change)                          |\n"
  "| full name   | English for Engineering      | English for Engineering (Intl Class) |\n"
  "| short name  | ENG1102-A                    | ENG1102-INT                          |\n"
  "+-------------+------------------------------+--------------------------------------+\n\n"
  "Thank you!\n\n-- \nMaria Lindqvist\nTeaching assistant, International Office exchange group\n",
  "course_data", "en",
  {"course_code": "ENG 1102", "course_name": "English for Engineering",
   "changes": {"fullname": "English for Engineering (Intl Class)", "shortname": "ENG1102-INT"}},
  flowed=True, headers={"User-Agent": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"})

m("moodle-settings-paste", "roundcube", D("2026-09-04 10:03:18"),
  "Dedi Kurniawan <dedi.k@polibatam.ac.id>", "Edit course settings - Basis Data & Pemrograman Web",
  "Selamat pagi tim P4M,\n\nSaya tidak punya hak edit di course ini, jadi saya salin layar pengaturannya dan "
  "saya isi yang perlu diganti:\n\n"
  "General\n"
  "Course full name *        Basis Data & Pemrograman Web\n"
  "   -> ganti: Basis Data dan Pemrograman Web Lanjut\n"
  "Course short name *       BDPW-2026\n"
  "   -> tetap\n"
  "Course category           Teknik Informatika / Semester 3\n"
  "Course visibility         Show\n"
  "Course start date         7 September 2026 00:00\n"
  "Course ID number          IF 2307\n\n"
  "Description\n"
  "Course summary            (kosong)\n"
  "   -> isi: Mata kuliah lanjutan tentang desain basis data relasional dan aplikasi web berbasis PHP.\n\n"
  "Itu saja. Terima kasih.\n\nDedi Kurniawan\nDosen Teknik Informatika\n",
  "course_data", "mixed",
  {"course_code": "IF 2307", "course_name": "Basis Data & Pemrograman Web",
   "changes": {"fullname": "Basis Data dan Pemrograman Web Lanjut",
               "summary": "Mata kuliah lanjutan tentang desain basis data relasional dan aplikasi web berbasis PHP."}},
  note="Pasted Moodle settings screen with changes marked under each label.",
  headers={"User-Agent": "Roundcube Webmail/1.6.9"})

m("question-request-ganti-dosen", "iphone", D("2026-09-07 21:16:40"),
  "Lestari Wulandari <lestariwulan88@yahoo.co.id>", "Re: dosen pengampu kelas malam",
  "Pak/Bu, bisa tolong nama dosen di course Akuntansi Biaya kelas malam diganti jadi Lestari Wulandari, S.E., M.Ak.? "
  "Sekarang masih tertulis nama dosen semester lalu, mahasiswa kelas malam jadi bingung mau chat siapa. "
  "Kodenya AKT3105-M.\n\nMakasih" + SIG_IP_ID + "\n"
  "> Pada 7 Sep 2026, pukul 20.02, Koordinator Kelas Malam <kelasmalam@polibatam.ac.id> menulis:\n>\n"
  "> Ibu Lestari, silakan hubungi helpdesk P4M untuk nama dosen di e-learning.\n",
  "course_data", "id",
  {"course_code": "AKT3105-M", "course_name": "Akuntansi Biaya",
   "changes": {"lecturer": "Lestari Wulandari, S.E., M.Ak."}},
  cte="base64", headers={"X-Mailer": "iPhone Mail (22A3354)"})

m("imperative-oneliner-caps", "outlook-android", D("2026-09-08 07:02:11"),
  "Sutrisno <sutrisno@polibatam.ac.id>", "KWH",
  "Ganti nama MK ELEKTRONIKA DAYA jadi Elektronika Daya Industri. kode ELD 301. trims" + SIG_OA,
  "course_data", "id",
  {"course_code": "ELD 301", "course_name": "ELEKTRONIKA DAYA",
   "changes": {"fullname": "Elektronika Daya Industri"}})

m("thread-correction-wrong-value", "gmail", D("2026-09-09 13:44:29"),
  "Yohana Sitompul <yohana.sitompul@gmail.com>", "Re: Perubahan nama course Statistika",
  "Maaf Bu/Pak, di email saya tadi pagi ada salah ketik. Yang benar nama barunya Statistika dan Probabilitas, "
  "bukan \"Statistika dan Probabiltas\" seperti yang saya tulis. Mohon pakai yang ini ya.\n\n"
  "Salam,\nYohana Sitompul\nDosen LB Manajemen Bisnis\n\n"
  "Pada Rab, 9 Sep 2026 pukul 08.15 Yohana Sitompul <yohana.sitompul@gmail.com>\nmenulis:\n\n"
  "> Selamat pagi,\n>\n> Mohon nama course Statistika (MB2203) di e-learning diganti menjadi Statistika\n"
  "> dan Probabiltas, sesuai RPS baru.\n>\n> Terima kasih\n> Yohana\n",
  "course_data", "id",
  {"course_code": "MB2203", "course_name": "Statistika",
   "changes": {"fullname": "Statistika dan Probabilitas"}},
  note="Correction in the same thread: the new value is the corrected one.")

m("several-classes-one-course-en", "apple-mail", D("2026-09-10 16:27:03"),
  "Hiroshi Tanaka <h.tanaka@outlook.com>", "Classes for Robotics (Mechatronics) course",
  "Dear P4M team,\n\nI am a practitioner lecturer (dosen luar biasa) for Robotics (Mechatronics), code "
  "MKT 4210. On e-learning there are three course pages for class A, B and C, but this semester only one "
  "evening group exists. Please change the class of the page for class A to MK-4A Malam. The other two pages "
  "can stay as they are, I will not use them.\n\nBest regards,\nHiroshi Tanaka\nSenior Engineer, "
  "Batamindo automation division\n" + SIG_IPAD,
  "course_data", "en",
  {"course_code": "MKT 4210", "course_name": "Robotics (Mechatronics)",
   "changes": {"class": "MK-4A Malam"}},
  headers={"X-Mailer": "iPad Mail (22A3354)"})

m("rpl-student-name-lowercase", "yahoo", D("2026-09-11 22:05:47"),
  "Bambang Supriadi <bambang.sup71@yahoo.co.id>", "mohon bantuan nama mata kuliah",
  "selamat malam bapak ibu helpdesk\n\nsaya mahasiswa RPL (rekognisi pembelajaran lampau) prodi teknik "
  "perawatan pesawat. di e-learning mata kuliah saya tertulis 'perawatan mesin pesawat i' semua huruf kecil dan "
  "kodenya aml 201. kata dosen kami nama di e-learning harus diganti jadi Perawatan Mesin Pesawat I (RPL) supaya "
  "beda dengan kelas reguler. dosen kami pak Harun sudah setuju, beliau minta saya yang kirim email.\n\n"
  "terimakasih\nbambang supriadi\nNIM 4312601017" + SIG_YAHOO, "course_data", "id",
  {"course_code": "aml 201", "course_name": "perawatan mesin pesawat i",
   "changes": {"fullname": "Perawatan Mesin Pesawat I (RPL)"}},
  note="A student relays the lecturer's request.",
  html_body="<div style=\"font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px\">"
            "<div>selamat malam bapak ibu helpdesk</div><div><br></div><div>saya mahasiswa RPL (rekognisi pembelajaran "
            "lampau) prodi teknik perawatan pesawat. di e-learning mata kuliah saya tertulis 'perawatan mesin pesawat i' "
            "semua huruf kecil dan kodenya aml 201. kata dosen kami nama di e-learning harus diganti jadi Perawatan Mesin "
            "Pesawat I (RPL) supaya beda dengan kelas reguler. dosen kami pak Harun sudah setuju, beliau minta saya yang "
            "kirim email.</div><div><br></div><div>terimakasih<br>bambang supriadi<br>NIM 4312601017</div>"
            "<div><br></div><div id=\"ymail_android_signature\">Dikirim dari Yahoo Mail di Android</div></div>")

m("encoded-b-subject-semester", "gmail", D("2026-09-14 09:31:12"),
  "Rina Marlina <rina.marlina@polibatam.ac.id>", "Perbaikan semester – Kimia Dasar & Lingkungan",
  "Halo tim P4M,\n\nCourse Kimia Dasar & Lingkungan (kode TL-1101) tercatat di semester 2, padahal ditawarkan di "
  "semester ganjil. Tolong semesternya diubah ke Ganjil 2026/2027.\n\nTerima kasih,\nRina\n",
  "course_data", "id",
  {"course_code": "TL-1101", "course_name": "Kimia Dasar & Lingkungan",
   "changes": {"semester": "Ganjil 2026/2027"}},
  subj_enc="b",
  html_body="<div dir=\"ltr\">Halo tim P4M,<div><br></div><div>Course Kimia Dasar &amp; Lingkungan (kode TL-1101) "
            "tercatat di semester 2, padahal ditawarkan di semester ganjil. Tolong semesternya diubah ke Ganjil "
            "2026/2027.</div><div><br></div><div>Terima kasih,</div><div>Rina</div></div>")

m("krs-words-credits-change", "outlook", D("2026-09-15 11:20:36"),
  "Agus Salim Nasution <agus.nasution@polibatam.ac.id>", "SKS mata kuliah di e-learning tidak sesuai KRS",
  "Yth. Helpdesk P4M,\n\nDi KRS SIAKAD mata kuliah Kewirausahaan (UMM1203) sudah benar 3 SKS, tetapi di halaman "
  "course e-learning masih tertulis 2 SKS. Mohon SKS di e-learning diubah menjadi 3 SKS agar sama dengan KRS.\n\n"
  "Hormat saya,\nAgus Salim Nasution, S.E., M.M.\nDosen Manajemen Bisnis\nPoliteknik Negeri Batam\n",
  "course_data", "id",
  {"course_code": "UMM1203", "course_name": "Kewirausahaan", "changes": {"credits": "3 SKS"}},
  headers={"Thread-Index": "Adsk7C2f9xv1pKQhR0y8y2v0bWlk4w==", "X-Mailer": "Microsoft Outlook 16.0"})

m("enrolment-key-imperative-en", "outlook-android", D("2026-09-16 06:48:50"),
  "Ahmad Fauzi <ahmad.fauzi@polibatam.ac.id>", "enrol key",
  "Pls set the enrolment key of Fisika Terapan (FIS 1101 kelas malam) to fisika-malam26. Students from "
  "the evening class can't self-enrol yet. Thx" + SIG_OA, "course_data", "mixed",
  {"course_code": "FIS 1101", "course_name": "Fisika Terapan",
   "changes": {"enrolment_key": "fisika-malam26"}})

m("cp1252-letter-two-changes", "outlook", D("2026-09-18 14:02:09"),
  "\"Drs. Hendra Gunawan\" <hendra.gunawan@polibatam.ac.id>", "Permohonan perubahan data mata kuliah",
  "Kepada Yth.\nTim Helpdesk P4M\nPoliteknik Negeri Batam\n\nDengan hormat,\n\nSehubungan dengan pergantian "
  "kurikulum, bersama ini kami mohon perubahan data mata kuliah \u201cManajemen Proyek\u201d (kode MP 3301) "
  "di e-learning sebagai berikut:\n\n1. Nama lengkap menjadi \u201cManajemen Proyek Konstruksi\u201d\n"
  "2. Nama singkat menjadi \u201cMPK\u201d\n\nAtas perhatian dan kerja samanya kami ucapkan terima kasih.\n\n"
  "Hormat kami,\n\nDrs. Hendra Gunawan, M.T.\nKetua Program Studi Teknik Sipil\n",
  "course_data", "id",
  {"course_code": "MP 3301", "course_name": "Manajemen Proyek",
   "changes": {"fullname": "Manajemen Proyek Konstruksi", "shortname": "MPK"}},
  charset="windows-1252",
  headers={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdslZ3pQ1wqL0vH9R2mD6s7c7jYq8Q=="})

m("name-is-common-word", "gmail", D("2026-09-21 10:10:10"),
  "Nur Aisyah <nuraisyah@polibatam.ac.id>", "Course Desain",
  "Siang,\n\nNama course Desain (kode DKV1201) terlalu umum, mahasiswa sering salah masuk ke course Desain "
  "milik prodi lain. Mohon nama lengkapnya diganti menjadi Desain Komunikasi Visual Dasar dan nama singkatnya "
  "DKV-Dasar.\n\nTerima kasih\n\n-- \nNur Aisyah, M.Ds.\nDosen Animasi\n",
  "course_data", "id",
  {"course_code": "DKV1201", "course_name": "Desain",
   "changes": {"fullname": "Desain Komunikasi Visual Dasar", "shortname": "DKV-Dasar"}})

m("intl-transfer-english-name", "gmail", D("2026-09-22 15:55:21"),
  "Lukas Becker <lukas.becker@students.polibatam.ac.id>", "Course name in English for transfer credits",
  "Hi,\n\nI am an exchange (credit-transfer) student from Hochschule Bremen. My home university needs the course "
  "name exactly as it is on your e-learning. Right now it says \"Sistem Kendali\" (code ELK 3204). Our lecturer "
  "Mr. Budi said the English name Control Systems should be on the course page and told me to write to you. "
  "Could you please change the full name to Sistem Kendali (Control Systems)?\n\nMany thanks,\nLukas\n",
  "course_data", "en",
  {"course_code": "ELK 3204", "course_name": "Sistem Kendali",
   "changes": {"fullname": "Sistem Kendali (Control Systems)"}},
  note="Student relays the lecturer's wish; a polite question that asks for the change.")

m("caps-sender-shortname", "yahoo", D("2026-09-24 20:37:44"),
  "JONI ISKANDAR <joni_iskandar@yahoo.com>", "MOHON GANTI NAMA SINGKAT",
  "SELAMAT MALAM. SAYA DOSEN LB MATA KULIAH K3 & LINGKUNGAN KERJA KODE K3L 102. NAMA SINGKAT DI E-LEARNING "
  "MASIH K3L-OLD. MOHON DIGANTI JADI K3L-2026. TERIMA KASIH.\n\nJONI ISKANDAR\nHSE SUPERVISOR PT BATAM MARINE" + SIG_YAHOO,
  "course_data", "id",
  {"course_code": "K3L 102", "course_name": "K3 & LINGKUNGAN KERJA",
   "changes": {"shortname": "K3L-2026"}}, cte="quoted-printable")

m("forward-tutor-summary-en", "gmail", D("2026-09-28 09:02:37"),
  "Siti Rahmawati <siti.rahma@polibatam.ac.id>", "Fwd: course description for Technical English III",
  "Tolong dibantu ya, ini dari tutor saya. Saya setuju dengan deskripsinya.\n\nSiti\n\n"
  "---------- Forwarded message ---------\nDari: Priya Nair <priya.nair@gmail.com>\n"
  "Date: Sen, 28 Sep 2026 pukul 07.40\nSubject: course description for Technical English III\n"
  "To: Siti Rahmawati <siti.rahma@polibatam.ac.id>\n\n"
  "Dear Bu Siti,\n\nAs agreed, here is the summary for the course page of Technical English III (ENG 2301). "
  "Could the helpdesk put it in the course summary:\n\n"
  "Reading and writing technical documents, manuals and short reports in English for engineering students.\n\n"
  "Regards,\nPriya (tutor)\n", "course_data", "mixed",
  {"course_code": "ENG 2301", "course_name": "Technical English III",
   "changes": {"summary": "Reading and writing technical documents, manuals and short reports in English for engineering students."}},
  note="Forwarded inline by the lecturer, who endorses it.")

m("roman-numeral-no-value", "iphone", D("2026-10-01 12:30:03"),
  "Fransiska Manurung <fransiska.m@polibatam.ac.id>", "nama course Kalkulus III salah",
  "Pak, nama course Kalkulus III (MAT 301) di elearning salah, harusnya bukan III. Nanti sy kirim nama yg "
  "benar dari kaprodi, tp tolong dicatat dulu ya" + SIG_IP_ID, "course_data", "id",
  {"course_code": "MAT 301", "course_name": "Kalkulus III", "changes": {}},
  note="Asks for a name change but the new name is not given yet.", cte="base64")

m("html-only-inline-sig-lecturer", "gmail-html", D("2026-10-05 08:45:16"),
  "Yudi Pratama <yudi.pratama@polibatam.ac.id>", "Update dosen pengampu - Jaringan Komputer (kelas A & B)",
  None, "course_data", "mixed",
  {"course_name": "Jaringan Komputer",
   "changes": {"lecturer": "Ir. Benny Siregar"}},
  note="Two classes of one course, same change for both; no code given.",
  html_only=True, inline_img=("sig-yudi", png("sig-yudi")),
  html_body="<div dir=\"ltr\"><p>Dear tim helpdesk,</p><p>Untuk course <b>Jaringan Komputer</b> kelas A dan kelas B, "
            "please update dosen pengampunya jadi <b>Ir. Benny Siregar</b>. Beliau dosen praktisi dari Telkom, mulai "
            "minggu ini gantikan saya karena saya tugas belajar.</p><p>Thanks a lot!</p><br>"
            "<img src=\"cid:sig-yudi\" alt=\"Yudi Pratama | Teknik Informatika | Politeknik Negeri Batam\" width=\"240\">"
            "</div>")

m("evening-student-caps-code-lower", "outlook-android", D("2026-10-08 22:48:31"),
  "Rizky Ramadhan <rizky.ramadhan@students.polibatam.ac.id>", "Kelas di e-learning",
  "Malam min. Saya ketua kelas TRPL malam. course \"PEMROGRAMAN BERORIENTASI OBJEK\" kode pbo2201 di elearning "
  "kelasnya masih tertulis Reguler Pagi. Kata dosen kami (Pak Irfan) minta diubah kelasnya jadi Malam-2B. "
  "Terima kasih min" + SIG_OA, "course_data", "id",
  {"course_code": "pbo2201", "course_name": "PEMROGRAMAN BERORIENTASI OBJEK",
   "changes": {"class": "Malam-2B"}},
  note="Class representative relays the lecturer's request.")

m("apple-mail-bottom-quoted-en-key", "apple-mail", D("2026-10-14 17:03:58"),
  "\"Dr. Wei Ling Tan\" <weiling.tan@outlook.com>", "Re: Enrolment key",
  "> On 14 Oct 2026, at 15:10, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:\n>\n"
  "> Dear Dr. Tan, which course and what key would you like?\n\n"
  "Sorry, I forgot that. It is Supply Chain Analytics, code LOG 4102. The key should be SCA-batam-2026.\n\n"
  "Wei Ling\n" + SIG_IPAD, "course_data", "en",
  {"course_code": "LOG 4102", "course_name": "Supply Chain Analytics",
   "changes": {"enrolment_key": "SCA-batam-2026"}},
  note="Answer under the helpdesk's question supplies the course and the value.")

m("before-after-lines-thunderbird-bottom", "thunderbird", D("2026-10-20 10:22:40"),
  "Gregorius Halim <greg.halim@polibatam.ac.id>", "Re: Course name (Mekanika Fluida)",
  "On 19/10/2026 16:02, Helpdesk P4M wrote:\n> Bapak, nama course yang mana dan menjadi apa?\n\n"
  "Before: Mekanika Fluida (Teori)\nAfter : Mekanika Fluida & Hidrolika\n\nKode MES-3105.\n\n-- \nGreg\n",
  "course_data", "mixed",
  {"course_code": "MES-3105", "course_name": "Mekanika Fluida (Teori)",
   "changes": {"fullname": "Mekanika Fluida & Hidrolika"}},
  flowed=True, headers={"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"})

m("qp-subject-semester-credits", "roundcube", D("2026-11-03 13:13:13"),
  "Permata Sari <permata.sari@polibatam.ac.id>", "Mohon koreksi semester & SKS — Praktik Las (Welding)",
  "Selamat siang,\n\nMohon bantu koreksi data course Praktik Las (Welding), kode mes 1208:\n"
  "- semester: ubah ke Semester 2\n- SKS: ubah ke 4 SKS\n\nTerima kasih,\nPermata Sari\nAsisten laboratorium las\n",
  "course_data", "mixed",
  {"course_code": "mes 1208", "course_name": "Praktik Las (Welding)",
   "changes": {"semester": "Semester 2", "credits": "4 SKS"}}, subj_enc="q",
  headers={"User-Agent": "Roundcube Webmail/1.6.9"})


# ---------------------------------------------------------------- announcement (16)
m("ics-invite-ditayangkan-pas-jam", "outlook", D("2026-09-05 15:12:44"),
  "Hadi Wijaya <hadi.wijaya@polibatam.ac.id>", "Undangan: Kuis 1 Termodinamika",
  "Dear helpdesk,\n\nTerlampir undangan kalender untuk Kuis 1 Termodinamika (kelas 2A malam). Mohon info ini "
  "dibuat pengumuman di course Termodinamika (TM2102) dengan judul \"Kuis 1 Termodinamika - Kamis 17 September\". "
  "Tolong ditayangkan pas jam 07.00 hari Senin, 14 September 2026, biar mahasiswa kelas malam sempat baca sebelum kerja.\n\n"
  "Isi pengumuman: Kuis 1 dilaksanakan Kamis, 17 September 2026 pukul 19.00-20.00 di e-learning. Materi bab 1-3.\n\n"
  "Salam,\nHadi Wijaya\nDosen luar biasa Teknik Mesin\n", "announcement", "id",
  {"course_code": "TM2102", "course_name": "Termodinamika", "title": "Kuis 1 Termodinamika - Kamis 17 September",
   "scope": "course", "publish_at": "2026-09-14T07:00:00+07:00"},
  note="Calendar invite attached; the quiz time is the event, the publish time is in the body.",
  atts=[("ics", "invite.ics", ics("kuis1-tm2102@polibatam.ac.id", "Kuis 1 Termodinamika", "20260917T190000",
                                   "20260917T200000", "Kuis 1 Termodinamika kelas 2A malam, di e-learning.",
                                   "hadi.wijaya@polibatam.ac.id"))],
  headers={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdsjQ0fK2a1b3c4d5e6f7g8h9i0jKw=="})

m("html-table-publish-time-only", "outlook", D("2026-09-09 09:05:31"),
  "Bagian Kemahasiswaan <kemahasiswaan@polibatam.ac.id>", "Pengumuman beasiswa kelas malam",
  None, "announcement", "id",
  {"title": "Beasiswa Karyawan Kelas Malam 2026", "scope": "site", "publish_at": "2026-09-10T08:00:00+07:00"},
  note="Publish time only in the table; the deadline is inside the announcement.",
  html_only=True,
  html_body="<html><body><p class=MsoNormal>Yth. Tim Helpdesk P4M,</p><p class=MsoNormal>Mohon bantuan penayangan "
            "pengumuman berikut di halaman depan e-learning untuk seluruh mahasiswa:</p>"
            "<table border=1 cellpadding=4 style='border-collapse:collapse'>"
            "<tr><td><b>Judul</b></td><td>Beasiswa Karyawan Kelas Malam 2026</td></tr>"
            "<tr><td><b>Isi</b></td><td>Pendaftaran beasiswa bagi mahasiswa kelas malam yang bekerja dibuka sampai "
            "30 September 2026 pukul 23.59. Berkas diunggah melalui formulir daring.</td></tr>"
            "<tr><td><b>Tayang</b></td><td>10/09/2026 08.00 WIB</td></tr>"
            "<tr><td><b>Sasaran</b></td><td>Semua mahasiswa</td></tr></table>"
            "<p class=MsoNormal>Terima kasih.</p><p class=MsoNormal>Bagian Kemahasiswaan<br>Politeknik Negeri Batam</p>"
            "</body></html>",
  headers={"X-Mailer": "Microsoft Outlook 16.0"})

m("event-deadline-publish-one-mail-en", "gmail", D("2026-09-16 11:48:09"),
  "International Office <international@polibatam.ac.id>", "Announcement request: Credit Transfer Orientation",
  "Dear P4M Helpdesk,\n\nPlease post the announcement below on the e-learning front page for all students.\n\n"
  "Title: Credit Transfer Orientation Week\n\n"
  "Text: The orientation for incoming credit-transfer students takes place on 28 September 2026, 09:00-12:00 WIB "
  "in the Main Auditorium. Please register by 24 September 2026 at 17:00.\n\n"
  "We would like it to go live on 21 September 2026 at 10:00 WIB.\n\nKind regards,\nAnnisa Putri\nInternational Office\n",
  "announcement", "en",
  {"title": "Credit Transfer Orientation Week", "scope": "site", "publish_at": "2026-09-21T10:00:00+07:00"},
  note="Event time, registration deadline and publish time in one mail.")

m("dosen-lb-course-date-only", "outlook-android", D("2026-09-19 18:20:00"),
  "Teguh Santoso <teguh.santoso77@gmail.com>", "pengumuman kelas",
  "Sore, saya dosen LB Manajemen Logistik (LOG2104). Tolong buat pengumuman di course itu judulnya "
  "\"Kuliah Tamu dari Pelabuhan Batu Ampar\", tayang tanggal 22 September. Isinya kuliah minggu depan diganti "
  "kunjungan industri, kumpul di lobby jam 18.30." + SIG_OA, "announcement", "id",
  {"course_code": "LOG2104", "course_name": "Manajemen Logistik",
   "title": "Kuliah Tamu dari Pelabuhan Batu Ampar", "scope": "course"},
  note="Publish date without a clock time; 18.30 is the meeting time.")

m("wita-publish-time-mixed", "gmail", D("2026-09-23 07:55:30", "+0800"),
  "Andi Mappaseng <andi.mappaseng@gmail.com>", "Pengumuman utk course Hukum Bisnis",
  "Pagi tim P4M, saya lagi di Makassar. Please publish this announcement in course Hukum Bisnis (HB 2201):\n\n"
  "Judul: Tugas Analisis Kontrak\nIsi: Tugas dikumpulkan paling lambat 2 Oktober 2026 jam 23.59 via e-learning.\n\n"
  "Tayangkan besok jam 09.00 WITA ya. Thanks!\n\nAndi\nDosen praktisi, notaris\n", "announcement", "mixed",
  {"course_code": "HB 2201", "course_name": "Hukum Bisnis", "title": "Tugas Analisis Kontrak",
   "scope": "course", "publish_at": "2026-09-24T08:00:00+07:00"},
  note="Relative day and WITA clock time (09.00 WITA = 08.00 WIB).")

m("besok-pagi-kelas-malam", "yahoo", D("2026-09-29 21:40:12"),
  "Sri Handayani <srihandayani_btm@yahoo.co.id>", "tolong umumkan",
  "malam pak, tolong umumkan di course Pengantar Akuntansi kelas malam (AK1101-M): judul \"Perkuliahan Daring "
  "Pekan 5\". isinya minggu ini kuliah online via zoom karena saya dinas ke luar kota, link di e-learning. "
  "tayang besok jam 6 pagi ya pak\n\nsri" + SIG_YAHOO, "announcement", "id",
  {"course_code": "AK1101-M", "course_name": "Pengantar Akuntansi", "title": "Perkuliahan Daring Pekan 5",
   "scope": "course", "publish_at": "2026-09-30T06:00:00+07:00"})

m("malam-ini-evening-class", "iphone", D("2026-10-02 16:30:55"),
  "Darmawan Putra <darmawan.putra@polibatam.ac.id>", "Kelas malam libur",
  "Min tolong pengumuman di course Mesin Listrik (ELM 2203) ya:\n\nJudul: Kelas Malam Libur 2 Oktober\n"
  "Isi: Kuliah malam ini ditiadakan, diganti Sabtu 10 Oktober jam 08.00.\n\nTayang malam ini jam 17.00 aja. Makasih" + SIG_IP_ID,
  "announcement", "id",
  {"course_code": "ELM 2203", "course_name": "Mesin Listrik", "title": "Kelas Malam Libur 2 Oktober",
   "scope": "course", "publish_at": "2026-10-02T17:00:00+07:00"},
  note="'malam ini jam 17.00' resolves to the Date header's day.", cte="base64")

m("intl-coordinator-site-monday", "apple-mail", D("2026-10-29 14:12:37"),
  "Elena Rossi <elena.rossi@outlook.com>", "Notice for all international students",
  "Dear colleagues,\n\nCould you please publish the following notice site-wide? It concerns every credit-transfer "
  "and exchange student.\n\nTitle: Visa Extension Documents Due\n\nBody: Students whose stay permit (ITAS) expires "
  "before 31 December 2026 must hand in their passport copy to the International Office by 13 November 2026.\n\n"
  "Please make it visible on Monday 2 November at 8 am.\n\nThank you,\nElena Rossi\nVisiting lecturer & exchange "
  "coordinator\n" + SIG_IPAD, "announcement", "en",
  {"title": "Visa Extension Documents Due", "scope": "site", "publish_at": "2026-11-02T08:00:00+07:00"},
  headers={"X-Mailer": "iPad Mail (22A3354)"})

m("iphone-en-short-no-time", "iphone", D("2026-10-06 06:58:21"),
  "Kevin Lim <kevin.lim@students.polibatam.ac.id>", "Announcement for Digital Marketing",
  "Hi, I'm the TA for Digital Marketing (BIS 3105). Bu Dewi asks to post an announcement there titled "
  "\"Mid-term project groups\" — the group list is in the attached file on the course already. No specific time, "
  "just today if possible.\nThanks" + SIG_IP_EN, "announcement", "en",
  {"course_code": "BIS 3105", "course_name": "Digital Marketing", "title": "Mid-term project groups",
   "scope": "course"}, note="Teaching assistant relays; no clock time.", cte="base64")

m("rpl-all-students-yahoo", "yahoo", D("2026-10-09 10:15:42"),
  "Koordinator RPL <rpl.polibatam@yahoo.com>", "Pengumuman untuk mahasiswa RPL",
  "Kepada Helpdesk P4M,\n\nMohon dipasang pengumuman di halaman utama e-learning untuk seluruh mahasiswa RPL "
  "angkatan 2026:\n\nJudul: Asesmen Portofolio RPL Tahap II\nIsi: Asesmen portofolio dilaksanakan 19-23 Oktober "
  "2026. Jadwal per peserta dapat dilihat di lampiran pengumuman.\n\nMohon tayang hari Senin, 12 Oktober 2026 "
  "pukul 07.30.\n\nTerima kasih\nKoordinator Program RPL" + SIG_YAHOO, "announcement", "id",
  {"title": "Asesmen Portofolio RPL Tahap II", "scope": "site", "publish_at": "2026-10-12T07:30:00+07:00"},
  note="For a group of students across programmes, on the front page: site.")

def _fwd_rfc822(d):
    inner = EmailMessage()
    inner["From"] = "Ketua Jurusan Teknik Elektro <kajur.elektro@polibatam.ac.id>"
    inner["To"] = "Lina Kartika <lina.kartika@polibatam.ac.id>"
    inner["Subject"] = "Seminar K3 Listrik"
    inner["Date"] = D("2026-10-12 08:02:00")
    inner["Message-ID"] = "<%s@polibatam.ac.id>" % h(d["slug"] + "inner", 16)
    inner.set_content(crlf("Bu Lina,\n\nTolong minta P4M umumkan ke semua mahasiswa:\n\nJudul: Seminar K3 Listrik "
                           "untuk Mahasiswa\nWaktu seminar: Rabu, 21 Oktober 2026, 13.00 WIB, Aula Gedung Utama.\n\n"
                           "Pengumuman dijadwalkan tayang Kamis 15 Oktober 2026 pukul 10.30.\n\nKajur\n"),
                      cte="quoted-printable")
    msg = EmailMessage()
    msg.set_content(crlf(d["body"]), cte="quoted-printable")
    msg.add_attachment(inner)
    return msg

m("forward-rfc822-schedule-it", "gmail", D("2026-10-12 09:20:14"),
  "Lina Kartika <lina.kartika@polibatam.ac.id>", "Fwd: Seminar K3 Listrik",
  "Halo P4M, terusan dari Kajur (terlampir). Please schedule it sesuai jam di email beliau ya. Thanks!\n\nLina\n"
  "Sekretaris Jurusan Teknik Elektro\n", "announcement", "mixed",
  {"title": "Seminar K3 Listrik untuk Mahasiswa", "scope": "site", "publish_at": "2026-10-15T10:30:00+07:00"},
  note="Request inside a forwarded message/rfc822; the seminar time is the event.", build=_fwd_rfc822)

m("cp1252-site-wide-letter", "outlook", D("2026-11-16 13:40:05"),
  "Wakil Direktur I <wadir1@polibatam.ac.id>", "Permohonan penayangan pengumuman",
  "Yth. Kepala P4M,\n\nBersama ini kami mohon agar pengumuman berjudul \u201cLibur Akhir Semester Ganjil "
  "2026/2027\u201d ditayangkan di e\u2013learning untuk seluruh mahasiswa pada tanggal 23 November 2026 pukul "
  "08.00 WIB.\n\nIsi pengumuman: perkuliahan semester ganjil berakhir 18 Desember 2026; libur akhir semester "
  "berlangsung 21 Desember 2026 s.d. 3 Januari 2027.\n\nDemikian, atas perhatiannya kami ucapkan terima kasih.\n\n"
  "Wakil Direktur Bidang Akademik\n", "announcement", "id",
  {"title": "Libur Akhir Semester Ganjil 2026/2027", "scope": "site", "publish_at": "2026-11-23T08:00:00+07:00"},
  charset="windows-1252", headers={"X-Mailer": "Microsoft Outlook 16.0"})

m("thread-correct-publish-hour", "gmail", D("2026-10-19 11:05:48"),
  "Maya Anggraini <maya.anggraini@polibatam.ac.id>", "Re: Pengumuman UTS Fisika Dasar",
  "Maaf koreksi, jamnya salah tulis. Tayangnya jam 13.00, bukan 15.00. Tanggalnya tetap 20 Oktober 2026.\n\nMaya\n\n"
  "Pada Sen, 19 Okt 2026 pukul 10.41 Maya Anggraini <maya.anggraini@polibatam.ac.id>\nmenulis:\n\n"
  "> Halo P4M,\n>\n> Mohon pengumuman di course Fisika Dasar (FIS1001) judul\n"
  "> \"Ruang dan Jadwal UTS Fisika Dasar\", tayang 20 Oktober 2026 jam 15.00.\n"
  "> Isi: UTS tanggal 27 Oktober di e-learning pukul 10.00.\n>\n"
  "> Maya\n", "announcement", "id",
  {"course_code": "FIS1001", "course_name": "Fisika Dasar", "title": "Ruang dan Jadwal UTS Fisika Dasar",
   "scope": "course", "publish_at": "2026-10-20T13:00:00+07:00"},
  note="Publish hour corrected in the same thread.")

m("roundcube-en-asap-course", "roundcube", D("2026-10-22 19:12:26"),
  "Tomas Novak <tomas.novak@students.polibatam.ac.id>", "Quiz 2 moved - announcement please",
  "Dear helpdesk,\n\nI am a tutor for Computer Networks Lab (NET 2202). The lecturer Mr. Fajar asked me to get "
  "this announcement posted in the course as soon as possible:\n\nTitle: Quiz 2 moved to week 10\n"
  "Text: Quiz 2 will open on 3 November 2026 at 19:00 and close at 21:00.\n\nBest,\nTomas\n",
  "announcement", "en",
  {"course_code": "NET 2202", "course_name": "Computer Networks Lab", "title": "Quiz 2 moved to week 10",
   "scope": "course"}, note="'as soon as possible'; the quiz times are the event.",
  headers={"User-Agent": "Roundcube Webmail/1.6.9"})

m("it-unit-maintenance-html-inline", "gmail-html", D("2026-11-04 10:30:19"),
  "UPT TIK <upt.tik@polibatam.ac.id>", "Please announce: e-learning maintenance window",
  None, "announcement", "en",
  {"title": "Scheduled maintenance of e-learning", "scope": "site", "publish_at": "2026-11-06T16:00:00+07:00"},
  note="The maintenance window is the event; publish time given separately.",
  html_only=True, inline_img=("tik-logo", png("tik-logo")),
  html_body="<div dir=\"ltr\"><p>Hello P4M,</p><p>The IT unit will upgrade the database server behind e-learning. "
            "Please put a site notice for all users:</p><ul><li><b>Title:</b> Scheduled maintenance of e-learning</li>"
            "<li><b>Text:</b> e-learning will be unavailable on Saturday 7 November 2026 from 22:00 until Sunday "
            "8 November 2026 04:00 WIB.</li><li><b>Show from:</b> Friday 6 Nov 2026 16:00</li></ul>"
            "<p>Thanks,<br>UPT TIK</p><img src=\"cid:tik-logo\" alt=\"UPT TIK Polibatam\" width=\"120\"></div>")

m("pdf-attached-course-announce", "gmail", D("2026-11-12 08:08:08"),
  "Hendri Saputra <hendri.saputra.lb@gmail.com>", "Pengumuman (lampiran)",
  "Selamat pagi, detail pengumuman untuk course saya ada di PDF terlampir. Terima kasih.\n\nHendri Saputra\n"
  "Dosen LB Teknik Perawatan Pesawat\n", "announcement", "id",
  {"course_code": "TPP 3302", "course_name": "Sistem Avionik", "title": "Praktikum Avionik di Hanggar",
   "scope": "course", "publish_at": "2026-11-16T07:00:00+07:00"},
  note="Request only in the PDF.",
  atts=[("pdf", "pengumuman-avionik.pdf", pdf([
      "Permohonan Pengumuman e-Learning",
      "Mata kuliah: Sistem Avionik (TPP 3302)",
      "Judul: Praktikum Avionik di Hanggar",
      "Isi: Praktikum pekan 12 dilaksanakan di hanggar Bandara Hang Nadim, 19 November 2026 pukul 08.00.",
      "Wajib memakai safety shoes dan rompi.",
      "Waktu tayang: 16 November 2026 pukul 07.00 WIB",
      "Hendri Saputra"]))])

# ---------------------------------------------------------------- elearning_support (12)
m("krs-done-course-missing", "outlook-android", D("2026-09-06 23:14:09"),
  "Fikri Maulana <fikri.maulana@students.polibatam.ac.id>", "KRS sudah, tapi matkul tidak ada",
  "Malam min, saya mahasiswa kelas malam TRM. KRS di SIAKAD sudah disetujui dosen wali dari tanggal 2, tapi di "
  "e-learning course Metrologi Industri tidak muncul di dashboard saya. Teman sekelas sudah ada. Saya harus "
  "gimana ya, tugas pertama deadline minggu ini" + SIG_OA, "elearning_support", "id", {})

m("quiz-closed-early-en", "gmail", D("2026-09-17 20:51:33"),
  "Sofia Alvarez <sofia.alvarez@students.polibatam.ac.id>", "Quiz closed before the time on the timetable",
  "Hello,\n\nI am a credit-transfer student from Spain. The timetable says the Quiz 1 of Industrial Automation is "
  "open until 21:00, but on e-learning it closed at 20:00 and I could not submit my answers (it says \"This quiz "
  "closed on Thursday, 17 September 2026, 8:00 PM\"). Maybe the time zone of my account is wrong? Please help, "
  "my lecturer said to contact you.\n\nSofia Alvarez\n", "elearning_support", "en", {})

m("grades-not-synced-yahoo", "yahoo", D("2026-09-25 13:02:48"),
  "Eko Prasetyo <ekoprasetyo_lb@yahoo.com>", "nilai tidak tersinkron",
  "Selamat siang,\n\nSaya dosen LB. Nilai tugas di gradebook e-learning course Statika sudah saya isi semua, "
  "tapi waktu diekspor ke format SIAKAD kolomnya kosong semua, dan mahasiswa juga tidak bisa lihat nilainya di "
  "e-learning (tampil \"-\"). Apakah ada setting yang salah di course saya?\n\nEko Prasetyo" + SIG_YAHOO,
  "elearning_support", "id", {}, note="Mentions SIAKAD but the problem is the e-learning gradebook.")

m("rpl-cannot-login-iphone", "iphone", D("2026-09-30 19:45:10"),
  "Wahyuni <wahyuni.rpl@gmail.com>", "Tidak bisa login",
  "Selamat malam, saya mahasiswa RPL baru. Akun SIAKAD saya sudah bisa dipakai, tapi waktu login ke e-learning "
  "pakai NIM dan password yang sama muncul \"Invalid login, please try again\". Sudah coba 3x. Mohon dibantu" + SIG_IP_ID,
  "elearning_support", "id", {}, cte="base64")

m("room-change-no-course-access", "outlook-android", D("2026-10-03 07:12:40"),
  "Ferdinand Simanjuntak <ferdi.simanjuntak@gmail.com>", "ruangan pindah, course hilang",
  "Pagi. Jadwal saya pindah ruang dari GU 805 ke TA 10.3 mulai minggu ini, dan sejak itu course Hidrolika yang "
  "saya ajar hilang dari e-learning saya. Kalau login yang muncul cuma course semester lalu. Saya dosen LB, "
  "tolong dicek. Terima kasih" + SIG_OA, "elearning_support", "id", {},
  note="Talks of a room change but the problem is course access on e-learning.")

m("ta-cannot-grade-thunderbird", "thunderbird", D("2026-10-07 15:33:21"),
  "Daniel Kowalski <daniel.kowalski@students.polibatam.ac.id>", "Re: grading access",
  "On 06/10/2026 11:20, Helpdesk P4M wrote:\n> Which course is it and what do you see?\n\n"
  "It is Embedded Systems. I am enrolled as \"Student\", not as non-editing teacher, so on the assignment page I "
  "only see my own submission button instead of the grading table. The lecturer wants me to grade lab reports "
  "this week.\n\nDaniel\nTeaching assistant\n", "elearning_support", "en", {}, flowed=True,
  headers={"User-Agent": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"})

m("cp1252-surat-tugas-course-belum", "outlook", D("2026-10-10 09:48:17"),
  "\"Ir. Syamsul Bahri\" <syamsul.bahri@polibatam.ac.id>", "Surat tugas sudah terbit, course belum tersedia",
  "Dengan hormat,\n\nSurat tugas mengajar saya untuk semester ganjil sudah diterbitkan bagian akademik "
  "(terlampir di SIAKAD), namun mata kuliah \u201cSistem Pneumatik & Hidrolik\u201d belum tampil pada halaman "
  "\u201cMy courses\u201d di e\u2013learning. Mohon bantuan agar saya dapat mengakses course tersebut.\n\n"
  "Hormat saya,\nIr. Syamsul Bahri\nDosen Praktisi\n", "elearning_support", "id", {},
  note="Mentions the teaching letter; the problem is course access.", charset="windows-1252",
  headers={"X-Mailer": "Microsoft Outlook 16.0"})

m("it-unit-says-p4m-upload-error", "gmail", D("2026-10-13 14:25:07"),
  "Citra Dewi <citra.dewi@students.polibatam.ac.id>", "Fwd: upload tugas error",
  "Halo P4M, kata UPT TIK ini urusan P4M. Jadi saya forward ya. Intinya waktu upload laporan PDF 35 MB di "
  "assignment Perancangan Produk muncul error \"The file is too large\". Is there any way to raise the limit? "
  "Deadline besok.\n\nCitra\n\n---------- Forwarded message ---------\nDari: UPT TIK <upt.tik@polibatam.ac.id>\n"
  "Date: Sel, 13 Okt 2026 pukul 13.50\nSubject: Re: upload tugas error\n\n"
  "Yth. Citra, batas unggah e-learning diatur oleh P4M. Silakan hubungi helpdesk-p4m@polibatam.ac.id.\n",
  "elearning_support", "mixed", {})

m("howto-rename-course-question-en", "apple-mail", D("2026-10-16 10:40:52"),
  "Rebecca Thompson <rebecca.thompson@outlook.com>", "How do I change my course name?",
  "Hi there,\n\nI'm a visiting lecturer this term. Is it possible for me to change the name of my course page "
  "myself, or does that always go through you? I can't find the setting under the gear icon. Just curious how "
  "it works here, nothing to change yet.\n\nCheers,\nRebecca\n" + SIG_IPAD, "elearning_support", "en", {},
  note="How-to question about renaming, not a change request.", headers={"X-Mailer": "iPad Mail (22A3354)"})

m("deadline-closed-hour-early", "roundcube", D("2026-10-21 00:12:45"),
  "Yusuf Hidayat <yusuf.hidayat@students.polibatam.ac.id>", "batas waktu upload beda 1 jam",
  "Selamat malam,\n\nDi jadwal kuliah dan di deskripsi tugas Akuntansi Manajemen tertulis batas kumpul jam 23.59, "
  "tapi tadi jam 23.00 tombol submit sudah hilang dan statusnya \"overdue\". Kami kelas malam baru pulang kerja "
  "jam 9. Apakah jam di e-learning salah? Mohon dicek, beberapa teman juga kena.\n\nYusuf\n",
  "elearning_support", "id", {}, headers={"User-Agent": "Roundcube Webmail/1.6.9"})

m("wrong-class-enrolled-mixed", "gmail", D("2026-10-27 08:37:19"),
  "Nguyen Thi Lan <lan.nguyen@students.polibatam.ac.id>", "Enrolled in wrong class on e-learning",
  "Selamat pagi, I am a credit-transfer student from Vietnam. In KRS I chose Bahasa Indonesia untuk Penutur "
  "Asing class B, but on e-learning I am enrolled in class A, so I see the wrong assignments. Bisa dipindahkan ke "
  "kelas B? Terima kasih banyak.\n\nLan\n", "elearning_support", "mixed", {},
  note="Enrolment problem on e-learning, not a course data change.")

m("password-reset-qp-subject", "yahoo", D("2026-11-18 21:03:56"),
  "Ratna Juwita <ratnajuwita@yahoo.co.id>", "Lupa kata sandi e‑learning — mohon reset",
  "malam, sy dosen LB akuntansi. lupa password e-learning, tombol lupa password kirim ke email kampus yg sy gak "
  "pernah buka. bisa dikirim ke email ini aja? username ratna.juwita\n\nmakasih" + SIG_YAHOO,
  "elearning_support", "id", {}, subj_enc="q")

# ---------------------------------------------------------------- document_request (7)
m("dosen-lb-rps-template", "outlook-android", D("2026-09-01 20:20:20"),
  "Sigit Purnomo <sigit.purnomo.eng@gmail.com>", "template RPS",
  "Malam, saya dosen luar biasa baru di prodi Teknik Elektronika. Boleh minta template RPS yang terbaru "
  "(format Word)? Kata prodi diminta kirim paling lambat minggu depan." + SIG_OA, "document_request", "id", {})

m("tutor-bap-form", "gmail", D("2026-09-12 10:44:02"),
  "Angelina Tamba <angelina.tamba@students.polibatam.ac.id>", "Formulir BAP untuk asisten",
  "Selamat pagi,\n\nSaya asisten praktikum Kimia Analitik. Dosen saya minta saya mengisi BAP tiap pertemuan yang "
  "saya gantikan. Apakah ada formulir BAP khusus asisten, atau pakai formulir BAP dosen? Mohon dikirimkan "
  "filenya.\n\nTerima kasih,\nAngelina\n", "document_request", "id", {})

m("rpl-assessor-sop-cp1252", "outlook", D("2026-09-26 08:30:44"),
  "\"Dr. Ir. Maruli Tua\" <maruli.tua@polibatam.ac.id>", "Permohonan SOP dan instrumen asesmen RPL",
  "Yth. P4M,\n\nSehubungan dengan penugasan saya sebagai asesor RPL, mohon dikirimkan SOP Rekognisi "
  "Pembelajaran Lampau beserta instrumen asesmen portofolio dan formulir \u201cevaluasi diri\u201d calon "
  "mahasiswa yang berlaku tahun 2026.\n\nTerima kasih atas bantuannya.\n\nMaruli Tua\n",
  "document_request", "id", {}, charset="windows-1252", headers={"X-Mailer": "Microsoft Outlook 16.0"})

m("intl-assessment-guideline-en", "gmail", D("2026-10-05 16:18:30"),
  "Kim Soo-jin <soojin.kim@students.polibatam.ac.id>", "Assessment guideline in English?",
  "Dear P4M,\n\nMy home university in Korea asks for the official assessment and grading guideline of "
  "Politeknik Negeri Batam to convert my grades. Do you have the document (English version if possible)? "
  "A PDF would be perfect.\n\nBest regards,\nSoo-jin Kim\nCredit-transfer student\n", "document_request", "en", {})

m("monitoring-form-evening-coordinator", "roundcube", D("2026-10-24 09:11:11"),
  "Koordinator Kelas Malam <kelasmalam@polibatam.ac.id>", "formulir monitoring perkuliahan kelas malam",
  "Selamat pagi Tim P4M,\n\nUntuk monitoring pertengahan semester kelas malam, mohon kami dikirimi formulir "
  "monitoring perkuliahan dan rekap kehadiran dosen versi terbaru (2026). Tahun lalu kami pakai yang versi 2024.\n\n"
  "Salam,\nKoordinator Kelas Malam\n", "document_request", "id", {}, headers={"User-Agent": "Roundcube Webmail/1.6.9"})

m("odt-request-kontrak-kuliah", "thunderbird", D("2026-11-06 14:06:33"),
  "Bonifasius Lase <boni.lase@gmail.com>", "permintaan dokumen (lihat lampiran)",
  "Dear P4M, detailnya ada di lampiran ya. Thanks.\n\n-- \nBoni Lase\nPractitioner lecturer, Logistics\n",
  "document_request", "mixed", {}, note="Request only in an ODT attachment.", flowed=True,
  atts=[("odt", "permintaan-dokumen.odt", odt([
      "To: Helpdesk P4M",
      "Saya dosen praktisi baru di prodi Logistik. Mohon dikirimkan template kontrak kuliah dan template RPS "
      "in English version kalau ada, karena sebagian mahasiswa saya credit-transfer students.",
      "Bonifasius Lase"]))],
  headers={"User-Agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0"})

m("apple-mail-sop-elearning-mixed", "apple-mail", D("2026-11-20 07:22:05"),
  "Michael Sinaga <michael.sinaga@icloud.com>", "SOP e-learning untuk dosen praktisi",
  "Pagi Pak/Bu,\n\nSaya baru join sebagai dosen praktisi. Do you have the SOP or panduan penggunaan e-learning "
  "untuk dosen? I'd like to read it before my first class next week.\n\nThanks,\nMichael Sinaga\n" + SIG_IP_EN,
  "document_request", "mixed", {}, headers={"X-Mailer": "iPhone Mail (22A3354)"})

# ---------------------------------------------------------------- other (7)
m("siakad-grade-correction-misdirected", "outlook-android", D("2026-09-08 12:12:12"),
  "Wulan Sari <wulan.sari@students.polibatam.ac.id>", "koreksi nilai di SIAKAD",
  "Siang min, nilai Fisika saya semester lalu di SIAKAD masih E padahal sudah remedial dan dosen sudah kirim "
  "nilai perbaikan. Mohon dikoreksi di SIAKAD ya min." + SIG_OA, "other", "id", {},
  note="SIAKAD grade correction: belongs to academic administration.")

m("room-booking-exam", "outlook", D("2026-09-27 10:05:39"),
  "Bayu Aji <bayu.aji@polibatam.ac.id>", "Peminjaman ruang untuk UTS kelas malam",
  "Selamat pagi,\n\nKami mohon peminjaman ruang GU 702 dan GU 703 untuk UTS kelas malam pada Sabtu, 17 Oktober "
  "2026 pukul 18.30-21.00. Mohon konfirmasinya.\n\nTerima kasih\nBayu Aji\nStaf Jurusan Teknik Informatika\n",
  "other", "id", {}, note="Room booking, not a P4M matter.", headers={"X-Mailer": "Microsoft Outlook 16.0"})

m("certificate-academic-admin-en", "gmail", D("2026-10-01 09:40:50"),
  "Oliver Schmidt <oliver.schmidt@students.polibatam.ac.id>", "Certificate of enrolment for my visa",
  "Hello,\n\nI need a certificate of active enrolment (surat keterangan aktif kuliah) in English for my visa "
  "extension at the immigration office. Can you issue it, or tell me which office does?\n\nThanks,\nOliver\n",
  "other", "en", {}, note="Certificate from academic administration, not a P4M document.")

m("thanks-after-change-done", "iphone", D("2026-10-15 13:30:14"),
  "Lestari Wulandari <lestariwulan88@yahoo.co.id>", "Re: dosen pengampu kelas malam",
  "Sudah berubah, terima kasih banyak Pak/Bu helpdesk! Mahasiswa sudah bisa chat saya." + SIG_IP_ID
  + "\n> Pada 8 Sep 2026, pukul 09.10, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:\n>\n"
  "> Nama dosen sudah kami perbarui.\n", "other", "id", {}, cte="base64")

m("plan-rename-next-semester", "gmail", D("2026-10-30 16:45:27"),
  "Rahmat Hidayat <rahmat.hidayat@polibatam.ac.id>", "Rencana ganti nama course",
  "Sore,\n\nInfo saja, semester genap nanti kemungkinan course Pemrograman Dasar akan saya minta ganti nama "
  "mengikuti kurikulum baru, tapi namanya belum diputuskan rapat prodi. Nanti saya kabari lagi kalau sudah final.\n\n"
  "Rahmat\n", "other", "id", {}, note="A plan for later, no request yet.")

m("complaint-timetable-clash", "yahoo", D("2026-11-09 22:17:34"),
  "Dian Permatasari <dianpermata_btm@yahoo.com>", "jadwal bentrok",
  "Mohon maaf mengganggu. Saya mahasiswa kelas malam, jadwal di SIAKAD mata kuliah Perpajakan dan Audit bentrok di "
  "hari Kamis jam 19.00. Sudah lapor ke prodi 2 minggu tidak ada jawaban. Kami yang kerja shift jadi sangat "
  "kesulitan, tolong diperhatikan.\n\nDian" + SIG_YAHOO, "other", "id", {},
  note="Timetable complaint for the programme, not e-learning.")

m("library-card-question-en", "roundcube", D("2026-11-25 11:01:41"),
  "Ana Ribeiro <ana.ribeiro@students.polibatam.ac.id>", "Library access for exchange students",
  "Hi,\n\nWhere can exchange students get a library card? The library desk sent me to the international office "
  "and they sent me to you. Sorry if this is the wrong address.\n\nAna\n", "other", "en", {},
  note="Misdirected question.", headers={"User-Agent": "Roundcube Webmail/1.6.9"})

# ---------------------------------------------------------------- auto (6)
def _ndr(d):
    orig = EmailMessage()
    orig["From"] = HELPDESK
    orig["To"] = "sigit.purnomo@polibatam.ac.id"
    orig["Subject"] = "Re: template RPS [P4M-2026-0412]"
    orig["Date"] = D("2026-09-02 08:31:00")
    orig["Message-ID"] = "<%s@polibatam.ac.id>" % h(d["slug"] + "orig", 16)
    orig.set_content(crlf("Yth. Bapak Sigit,\n\nTerlampir template RPS terbaru.\n\nHelpdesk P4M\n"))
    msg = EmailMessage()
    msg.set_content(crlf(d["body"]))
    msg.add_alternative(crlf(d["html_body"]), subtype="html", cte="quoted-printable")
    msg.make_mixed()
    ds = email.message_from_string("Content-Type: message/delivery-status\n\n" + "Reporting-MTA: dns;SG2PR06MB5000.apcprd06.prod.outlook.com\n"
                        "Received-From-MTA: dns;polibatam-ac-id.mail.protection.outlook.com\n"
                        "Arrival-Date: Wed, 2 Sep 2026 01:31:02 +0000\n\n"
                        "Final-Recipient: rfc822;sigit.purnomo@polibatam.ac.id\nAction: failed\n"
                        "Status: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                        "Recipient not found by SMTP address lookup\n", policy=email.policy.default)
    msg.attach(ds)
    msg.add_attachment(orig)
    msg.replace_header("Content-Type", 'multipart/report; report-type=delivery-status')
    return msg

m("m365-ndr-original-attached", "exchange", D("2026-09-02 08:31:09"),
  "Microsoft Outlook <postmaster@polibatam.onmicrosoft.com>", "Undeliverable: Re: template RPS [P4M-2026-0412]",
  "Your message to sigit.purnomo@polibatam.ac.id couldn't be delivered.\n\nsigit.purnomo wasn't found at "
  "polibatam.ac.id.\n\nhelpdesk-p4m    Office 365    sigit.purnomo\nAction Required                 Recipient\n\n"
  "Unknown To address\n\nHow to Fix It\nThe address may be misspelled or may not exist.\n",
  "auto", "en", {}, note="Microsoft 365 non-delivery report with the original attached.", build=_ndr,
  html_body="<html><body><p><b>Your message to sigit.purnomo@polibatam.ac.id couldn't be delivered.</b></p>"
            "<p>sigit.purnomo wasn't found at polibatam.ac.id.</p><p>Unknown To address</p></body></html>",
  headers={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Message-Is-Ndr": "",
           "Content-Language": "en-US"})

m("auto-forward-notice-id", "gmail", D("2026-09-20 00:00:41"),
  "\"Prof. Sulastri\" <sulastri.pensiun@gmail.com>", "Pesan Anda telah diteruskan secara otomatis",
  "Ini adalah pesan otomatis.\n\nAlamat email ini tidak lagi aktif dipantau sejak saya purna tugas. Pesan Anda "
  "telah diteruskan secara otomatis ke sekretariat jurusan (sekjur.sipil@polibatam.ac.id).\n\n"
  "Mohon tidak membalas email ini.\n", "auto", "id", {},
  note="Auto-forward notice in reply to a helpdesk mail.",
  headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "Precedence": "auto_reply",
           "In-Reply-To": "<p4m-2026-0451@polibatam.ac.id>"})

m("other-campus-ticket-autoreply", "otrs", D("2026-10-04 13:20:03", "+0800"),
  "Helpdesk TIK Universitas Tanjungpura <helpdesk-tik@untan.ac.id>",
  "[Tiket#2026100410000187] Tiket Anda telah kami terima: Re: Undangan webinar e-learning",
  "Yth. Pengirim,\n\nTerima kasih telah menghubungi Helpdesk TIK. Pesan Anda telah tercatat dengan nomor tiket "
  "2026100410000187. Petugas kami akan menanggapi dalam 1x24 jam kerja.\n\nEmail ini dikirim otomatis oleh "
  "sistem, mohon tidak membalas.\n\nHelpdesk TIK\n", "auto", "id", {},
  note="Another campus's ticketing system acknowledging a mail: must not get a ticket (loop).",
  headers={"Auto-Submitted": "auto-replied", "X-OTRS-Loop": "yes", "Precedence": "bulk",
           "X-Mailer": "OTRS Mail Service (6.0.34)"})

def _cal(d):
    msg = EmailMessage()
    msg.set_content(crlf(d["body"]))
    msg.add_alternative(crlf(ics("rapat-p4m-okt@polibatam.ac.id", "Rapat koordinasi e-learning semester ganjil",
                                 "20261022T090000", "20261022T103000",
                                 "Declined automatically: the resource is already booked.",
                                 "helpdesk-p4m@polibatam.ac.id", method="REPLY")), subtype="calendar",
                        params={"method": "REPLY"})
    return msg

m("calendar-auto-decline-room", "exchange", D("2026-10-18 09:02:10"),
  "\"Ruang Rapat Lt. 3\" <ruangrapat.lt3@polibatam.ac.id>", "Declined: Rapat koordinasi e-learning semester ganjil",
  "Your request was declined.\n\nThe resource is already booked for Thursday, 22 October 2026 09:00-10:30. "
  "This response was generated automatically by the resource calendar.\n", "auto", "en", {},
  note="Calendar auto-response from a room mailbox.", build=_cal,
  headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})

m("mailman-digest-dosen-list", "mailman", D("2026-11-02 06:00:02"),
  "forum-dosen-request@lists.polibatam.ac.id", "Forum-dosen Digest, Vol 41, Issue 6",
  "Kirim kiriman untuk daftar Forum-dosen ke\n\tforum-dosen@lists.polibatam.ac.id\n\n"
  "Untuk berlangganan atau berhenti melalui web, kunjungi\n\thttps://lists.polibatam.ac.id/mailman/listinfo/forum-dosen\n\n"
  "Topik Hari Ini:\n\n   1. Re: ganti nama course di e-learning? (Hasan Basri)\n   2. Jadwal kelas malam (Rini S.)\n\n"
  "----------------------------------------------------------------------\n\nPesan: 1\nDate: Sun, 1 Nov 2026 20:11:40 +0700\n"
  "From: Hasan Basri <hasan.basri@polibatam.ac.id>\nSubject: Re: ganti nama course di e-learning?\n\n"
  "Kirim saja ke helpdesk P4M, biasanya sehari selesai.\n\n------------------------------\n\nPesan: 2\n"
  "Date: Sun, 1 Nov 2026 21:02:15 +0700\nFrom: Rini S. <rini.s@polibatam.ac.id>\nSubject: Jadwal kelas malam\n\n"
  "Ada yang tahu jadwal kelas malam sudah final?\n\n------------------------------\n\nAkhir Forum-dosen Digest, "
  "Vol 41, Issue 6\n", "auto", "id", {}, note="Mailing-list digest that mentions course names and the helpdesk.",
  to="forum-dosen@lists.polibatam.ac.id",
  headers={"Precedence": "list", "List-Id": "Forum diskusi dosen <forum-dosen.lists.polibatam.ac.id>",
           "List-Unsubscribe": "<https://lists.polibatam.ac.id/mailman/options/forum-dosen>",
           "X-Mailman-Version": "2.1.39"})

m("moodle-forum-post-notification", "moodle", D("2026-11-27 19:31:07"),
  "\"Yusuf Hidayat (via e-learning)\" <noreply@elearning.polibatam.ac.id>",
  "AKM3102: Please change the deadline of tugas 4",
  "Akuntansi Manajemen -> Forums -> Announcements & Questions -> Please change the deadline of tugas 4\n\n"
  "Please change the deadline of tugas 4\nby Yusuf Hidayat - Friday, 27 November 2026, 7:30 PM\n\n"
  "Pak, bisa tolong deadline tugas 4 diundur jadi Senin? Kami kelas malam lembur akhir bulan.\n\n"
  "See this post in context: https://elearning.polibatam.ac.id/mod/forum/discuss.php?d=8812\n\n"
  "To unsubscribe from this forum, go to your forum preferences.\n", "auto", "en", {},
  note="Moodle forum post notification: the request is to the lecturer in the forum.",
  headers={"Precedence": "Bulk", "List-Id": "\"Akuntansi Manajemen\" <moodleforum8812.elearning.polibatam.ac.id>",
           "List-Unsubscribe": "<https://elearning.polibatam.ac.id/mod/forum/unsubscribe.php?id=8812>",
           "X-Course-Id": "412", "Auto-Submitted": "auto-generated"})


if __name__ == "__main__":
    sys.exit(main())

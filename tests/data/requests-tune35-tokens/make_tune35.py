#!/usr/bin/env python3
"""Generator of tuning corpus tune35-tokens: course-change requests with token-shaped values
(class names, short names, enrolment keys) and credits, semester and summary changes
(standard library only, deterministic).

Writes NNN-client-quirk-slug.eml and labels.json next to this script.
Every mail body was written by hand; names, addresses, codes and phone numbers are made up.
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
import zipfile
from email import policy
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
HD = "helpdesk-p4m@polibatam.ac.id"
POL = policy.default.clone(linesep="\r\n", max_line_length=78)
PLAN = {"course_data": 44, "elearning_support": 6, "other": 6, "document_request": 4}
LANGS = {"id": 34, "en": 14, "mixed": 12}
FIELDS = ("fullname", "shortname", "lecturer", "class", "enrolment_key", "credits", "semester", "summary")

MAILS = []


def h(slug, n=16):
    return hashlib.sha256(slug.encode()).hexdigest()[:n]


def date(y, mo, d, hh, mm, tz=7):
    ss = int(h("%d%d%d%d%d" % (y, mo, d, hh, mm), 4), 16) % 60
    z = dt.timezone(dt.timedelta(hours=tz))
    return format_datetime(dt.datetime(y, mo, d, hh, mm, ss, tzinfo=z))


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def text_part(body, subtype="plain", cte=None, charset="utf-8", extra=None):
    p = MIMEPart(policy=POL)
    kw = {}
    if cte:
        kw["cte"] = cte
    p.set_content(body, subtype=subtype, charset=charset, **kw)
    for k, v in (extra or {}).items():
        p.set_param(k, v)
    return p


def png_bytes(slug, w=8, hgt=8):
    import struct
    import zlib
    seed = hashlib.sha256(slug.encode()).digest()
    raw = b"".join(b"\x00" + bytes((seed[(x + y) % 32] for x in range(w * 3))) for y in range(hgt))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def pdf_bytes(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "50 790 Td", "14 TL"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
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


def docx_bytes(paras):
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % htmlmod.escape(p, quote=False)
                   for p in paras)
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s</w:body></w:document>' % (ns, body)
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


def attach(slug, data, maintype, subtype, filename, cid=None, inline=False):
    p = MIMEPart(policy=POL)
    p.set_content(data, maintype=maintype, subtype=subtype,
                  disposition="inline" if inline else "attachment", filename=filename, cid=cid)
    return p


def multipart(subtype, parts):
    m = MIMEPart(policy=POL)
    m["Content-Type"] = "multipart/%s" % subtype
    for p in parts:
        m.attach(p)
    return m


def add(slug, quirk, date_, frm, subject, body, label, to=HD, cc=None, extra=None, raw=None, mid_domain=None):
    """body is a MIMEPart tree (or a str for utf-8 8bit plain); raw is a full raw message string."""
    MAILS.append(dict(slug=slug, quirk=quirk, date=date_, frm=frm, subject=subject, body=body,
                      label=label, to=to, cc=cc, extra=extra or [], raw=raw, mid_domain=mid_domain))


def build(m):
    slug = m["slug"]
    if m["raw"] is not None:
        return crlf(m["raw"]).encode("utf-8")
    body = m["body"]
    if isinstance(body, str):
        body = text_part(body, cte="8bit")
    msg = EmailMessage(policy=POL)
    dom = m["mid_domain"] or m["frm"].split("@")[-1].rstrip(">")
    hdrs = [("From", m["frm"]), ("To", m["to"])]
    if m["cc"]:
        hdrs.append(("Cc", m["cc"]))
    hdrs += [("Subject", m["subject"]), ("Date", m["date"]),
             ("Message-ID", "<%s.%s@%s>" % (h(slug, 20), h(slug + "x", 8), dom)),
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
            part.set_boundary("----=_Part_%s_%d" % (h(slug, 12), n[0]))
            for sp in part.get_payload():
                setb(sp)
    setb(msg)
    return msg.as_bytes(policy=POL)


# ---------------------------------------------------------------- checks
def strip_html(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|h\d)>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return htmlmod.unescape(s)


def texts(msg):
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "text/plain" or ct.startswith("text/rfc822") or ct == "message/delivery-status":
            try:
                out.append(part.get_content() if ct == "text/plain" else str(part.get_payload()))
            except Exception:
                out.append(str(part.get_payload()))
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
        elif part.get_content_maintype() == "message" and ct == "message/rfc822":
            inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
            out.append(str(inner["Subject"] or ""))
    return "\n".join(out)


WD = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
      "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
      "sen": 0, "sel": 1, "rab": 2, "kam": 3, "jum": 4, "sab": 5, "min": 6,
      "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
MO = {"jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "february": 2, "mar": 3, "maret": 3,
      "march": 3, "apr": 4, "april": 4, "mei": 5, "may": 5, "jun": 6, "juni": 6, "june": 6, "jul": 7,
      "juli": 7, "july": 7, "agu": 8, "agt": 8, "aug": 8, "agustus": 8, "august": 8, "sep": 9, "sept": 9,
      "september": 9, "okt": 10, "oct": 10, "oktober": 10, "october": 10, "nov": 11, "november": 11,
      "des": 12, "dec": 12, "desember": 12, "december": 12}
WDRE = re.compile(r"(?i)\b(%s),?\s+(\d{1,2})\s+(%s)\b\.?(?:\s+(\d{4}))?" % (
    "|".join(sorted(WD, key=len, reverse=True)), "|".join(sorted(MO, key=len, reverse=True))))


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def body_texts(msg):
    """Decoded text/plain and text/html parts (HTML stripped of tags), attachments excluded."""
    out = []
    for part in msg.walk():
        if part.get_content_disposition() == "attachment":
            continue
        ct = part.get_content_type()
        if ct == "text/plain":
            out.append(("plain", part.get_content()))
        elif ct == "text/html":
            out.append(("html", strip_html(part.get_content())))
    return out


def check(name, data, m, parsed):
    errs = []
    if re.search(rb"(?<!\r)\n", data):
        errs.append("bare LF")
    for part in parsed.walk():
        if part.defects:
            errs.append("defects %r" % part.defects)
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append("header defects %s %r" % (k, v.defects))
        if part.get_content_maintype() not in ("multipart", "text", "message"):
            if len(part.get_payload(decode=True) or b"") >= 30 * 1024:
                errs.append("attachment too large")
    if str(parsed["Subject"]) != m["subject"]:
        errs.append("subject round-trip %r" % str(parsed["Subject"]))
    if email.utils.parsedate_to_datetime(str(parsed["Date"])) != email.utils.parsedate_to_datetime(m["date"]):
        errs.append("date round-trip")
    lab = m["label"]
    bodies = [t for kind, t in body_texts(parsed) if t.strip()]
    if not bodies:
        errs.append("no text part")
    fields = lab.get("fields", {})
    for k, v in fields.get("changes", {}).items():
        if k not in FIELDS:
            errs.append("unknown change field %r" % k)
        if k in ("credits", "semester") and not v.isdigit():
            errs.append("%s not a number: %r" % (k, v))
        # verbatim, exactly as labelled, in every non-empty text or HTML part (not only an attachment)
        for t in bodies:
            if v not in t:
                errs.append("change value not verbatim in a text part: %r" % v)
                break
    if lab["type"] != "course_data" and "changes" in fields:
        errs.append("changes on a non-course_data label")
    if lab["type"] == "course_data" and "changes" not in fields:
        errs.append("course_data without changes")
    alltext = str(parsed["Subject"]) + "\n" + "\n".join(bodies)
    for k in ("course_code", "course_name"):
        if k in fields and norm(fields[k]) not in norm(alltext):
            errs.append("%s not in mail: %r" % (k, fields[k]))
    txt = "\n".join(bodies)
    for mt in WDRE.finditer(txt):
        wd, d, mo, y = mt.group(1).lower(), int(mt.group(2)), MO[mt.group(3).lower()], int(mt.group(4) or 2026)
        try:
            if dt.date(y, mo, d).weekday() != WD[wd]:
                errs.append("weekday mismatch %r" % mt.group(0))
        except ValueError:
            errs.append("bad date %r" % mt.group(0))
    d = email.utils.parsedate_to_datetime(str(parsed["Date"]))
    if not (dt.date(2026, 10, 1) <= d.date() <= dt.date(2026, 11, 30)):
        errs.append("date out of range")
    return errs


def main():
    items = sorted(MAILS, key=lambda m: (email.utils.parsedate_to_datetime(m["date"]), m["slug"]))
    labels = {}
    written = set()
    bad = False
    slugs = [m["slug"] for m in MAILS]
    if len(set(slugs)) != len(slugs):
        print("duplicate slugs", file=sys.stderr)
        bad = True
    for i, m in enumerate(items, 1):
        name = "%03d-%s-%s.eml" % (i, m["quirk"], m["slug"])
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
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        written.add(name)
    for fn in os.listdir(HERE):
        if re.match(r"\d{3}-.*\.eml$", fn) and fn not in written:
            os.remove(os.path.join(HERE, fn))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    counts = {}
    langs = {}
    for v in labels.values():
        counts[v["type"]] = counts.get(v["type"], 0) + 1
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    print(len(labels), counts, langs)
    if counts != PLAN or langs != LANGS or bad:
        print("plan mismatch or check errors", file=sys.stderr)
        sys.exit(1)


# ---------------------------------------------------------------- mails
def L(type_, lang, fields=None, note=None):
    d = {"type": type_, "lang": lang, "fields": fields or {}}
    if note:
        d["note"] = note
    return d


def auto_html(plain):
    lines = [htmlmod.escape(x) for x in plain.split("\n")]
    return '<div dir="ltr">' + "<br>\n".join(lines) + "</div>\n"


def gm(plain, html=None, cte="quoted-printable"):
    return multipart("alternative", [text_part(plain, cte=cte), text_part(html or auto_html(plain), "html", cte=cte)])


def gm_cid(slug, plain, html, logo="logo.png"):
    alt = gm(plain, html)
    img = attach(slug, png_bytes(slug, 24, 12), "image", "png", logo, cid="<ii_%s>" % h(slug + "cid", 10), inline=True)
    return multipart("related", [alt, img])


def html_only(html, cte="quoted-printable"):
    return text_part(html, "html", cte=cte)


def empty_plain(html):
    return multipart("alternative", [text_part("", cte="7bit"), text_part(html, "html", cte="quoted-printable")])


def b64(plain):
    return text_part(plain, cte="base64")


def qp(plain):
    return text_part(plain, cte="quoted-printable")


def mixed(first, *atts):
    return multipart("mixed", [first] + list(atts))


YAHOO = "\n\nDikirim dari Yahoo Mail di Android"
OLA = "\n\nSent from Outlook for Android <https://aka.ms/AAb9ysg>"
ACK = ("Terima kasih, permintaan Anda telah kami terima dan tercatat dengan nomor tiket {t}.\n"
       "Tim P4M akan menindaklanjuti pada hari dan jam kerja (Senin-Jumat, 08.00-16.00 WIB).\n\n"
       "Salam,\nHelpdesk P4M Politeknik Negeri Batam")


def q(text):
    return "\n".join(("> " + x) if x else ">" for x in text.split("\n"))


IPHONE = "\n\nDikirim dari iPhone saya"
WA_SIG = "\n\nSent from my Galaxy"


def mso_html(plain, font="Calibri"):
    """Outlook desktop style HTML: one MsoNormal paragraph per line."""
    paras = []
    for ln in plain.split("\n"):
        if ln:
            paras.append('<p class="MsoNormal">%s<o:p></o:p></p>' % htmlmod.escape(ln, quote=False))
        else:
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;'
            'font-family:"%s",sans-serif;} --></style></head><body lang="EN-US" link="#0563C1">'
            '<div class="WordSection1">\n%s\n</div></body></html>\n' % (font, "\n".join(paras)))


def ol(plain, html=None):
    return multipart("alternative", [text_part(plain, cte="quoted-printable"),
                                     text_part(html or mso_html(plain), "html", cte="quoted-printable")])


def tsv(rows):
    return "\n".join("\t".join(r) for r in rows)


def table_html(rows, sheets=False, border=True):
    out = []
    for i, r in enumerate(rows):
        tag = "th" if i == 0 and not sheets else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, htmlmod.escape(c, quote=False), tag) for c in r) + "</tr>")
    tb = '<table border="%d" cellspacing="0" cellpadding="4" style="border-collapse:collapse">%s</table>' % (
        1 if border else 0, "".join(out))
    if sheets:
        tb = '<google-sheets-html-origin>' + tb.replace("<table ", '<table dir="ltr" data-sheets-root="1" ', 1)
    return tb


# ================================================================ course_data (44)

add("student-phone-class-ti2a", "yahoo", date(2026, 10, 1, 22, 36),
    "nadya putri <nadyaputri03@yahoo.com>", "kls basdat salah",
    b64("min maaf mlm2 ganggu, di elearning mk basis data IF2202 kelasnya ketulis TI-2B pdhl kami harusnya "
        "TI-2A 🙏 jd tmn2 gk bs liat materi minggu ini. tlg dibenerin ya min makasiih\n\nnadya (4342501017)"
        + YAHOO),
    L("course_data", "id", {"course_code": "IF2202", "course_name": "basis data", "changes": {"class": "TI-2A"}},
      "Old class TI-2B and the student's NIM are mentioned; the new class follows 'harusnya'."))

add("classrep-shortname-pwl", "gmail", date(2026, 10, 2, 19, 4),
    "Rendy Simanjuntak <rendy.smjtk@gmail.com>", "Nama singkat MK PWL kelas 2B Malam",
    gm("Selamat malam Bapak/Ibu Tim P4M,\n\nSaya Rendy, ketua kelas TRPL 2B Malam. Atas arahan dosen "
       "pengampu kami, Ibu Wulan, nama singkat MK Pemrograman Web Lanjut (TRPL2105) di e-learning mohon "
       "dibuat PWL_26 supaya gampang dicari di daftar course teman-teman. Sekarang muncul sebagai "
       "TRPL2105-GANJIL-2026-2B.\n\nTerima kasih banyak.\n\nRendy Simanjuntak\nKetua Kelas TRPL 2B Malam\n"
       "WA 0812-7731-4420"),
    L("course_data", "id", {"course_code": "TRPL2105", "course_name": "Pemrograman Web Lanjut",
                            "changes": {"shortname": "PWL_26"}},
      "The sender's own class (2B Malam) and a phone number are not change values."))

add("labasst-key-jarkom", "gmail", date(2026, 10, 5, 8, 17),
    "Asisten Lab Jaringan <aslab.jaringan@polibatam.ac.id>", "Ganti enrolment key Praktikum Jarkom",
    gm("Pagi tim P4M,\n\nKami asisten Lab Jaringan (GU 805). Untuk course Praktikum Jaringan Komputer "
       "RKS-2104, tolong enrolment key-nya diganti jadi Jarkom@Lab3 ya. Key lama (jarkom2025) ternyata "
       "masih dipakai angkatan atas dan mereka ikut masuk ke course praktikum kami.\n\nMakasih,\n"
       "Dimas & Ayu\nAsisten Lab Jaringan - Jurusan Teknik Informatika"),
    L("course_data", "id", {"course_code": "RKS-2104", "course_name": "Praktikum Jaringan Komputer",
                            "changes": {"enrolment_key": "Jarkom@Lab3"}},
      "Old key and lab room mentioned; the new key ends with a digit after '@Lab'."))

krip_rows = [["Kode MK", "Nama MK", "Isian", "Tertulis sekarang", "Seharusnya"],
             ["RKS3201", "Kriptografi", "Kelas", "RKS 3A Pagi", "RKS 3B Pagi"],
             ["RKS3201", "Kriptografi", "Nama singkat", "RKS3201-2026", "KRIPTO-3B"]]
add("admin-outlook-table-kripto", "outlook", date(2026, 10, 6, 10, 42),
    "Admin Prodi RKS <admin.rks@polibatam.ac.id>", "Koreksi data course Kriptografi (RKS3201)",
    ol("Yth. Tim P4M,\n\nBerikut kami sampaikan koreksi data course di e-learning hasil pengecekan prodi:\n\n"
       + tsv(krip_rows) + "\n\nMohon kolom \"Seharusnya\" yang dipakai. Terima kasih atas bantuannya.\n\n"
       "Salam,\nLusiana Tarigan\nAdmin Prodi Rekayasa Keamanan Siber",
       '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
       '<div class="WordSection1"><p class="MsoNormal">Yth. Tim P4M,</p><p class="MsoNormal">Berikut kami '
       'sampaikan koreksi data course di e-learning hasil pengecekan prodi:</p>' + table_html(krip_rows)
       + '<p class="MsoNormal">Mohon kolom &quot;Seharusnya&quot; yang dipakai. Terima kasih atas '
       'bantuannya.</p><p class="MsoNormal">Salam,<br>Lusiana Tarigan<br>Admin Prodi Rekayasa Keamanan '
       'Siber</p></div></body></html>\n'),
    L("course_data", "id", {"course_code": "RKS3201", "course_name": "Kriptografi",
                            "changes": {"class": "RKS 3B Pagi", "shortname": "KRIPTO-3B"}},
      "Spreadsheet rows pasted into Outlook; old values in the 'Tertulis sekarang' column."))

add("malaysia-key-joint", "outlook", date(2026, 10, 7, 15, 20, tz=8),
    "Nurul Izzati binti Kamarudin <izzati.k@kuts.edu.my>", "Enrolment key for joint course Data Analytics",
    ol("Dear Sir/Madam,\n\nGreetings from Kolej Universiti Teknikal Seberang.\n\nWith reference to the "
       "joint course Data Analytics (DA-3102) which our students attend together with Polibatam, kindly "
       "be informed that our students are unable to self-enrol as the key was shared in the wrong format. "
       "We would appreciate it if the enrolment key could be amended to KUTS#Kolab26 so that we can "
       "circulate it to our cohort this week.\n\nYour kind assistance on this matter is highly "
       "appreciated.\n\nThank you.\n\nNurul Izzati binti Kamarudin\nPenolong Pendaftar (Akademik)\n"
       "Kolej Universiti Teknikal Seberang\nTel: +60 4-582 1193"),
    L("course_data", "en", {"course_code": "DA-3102", "course_name": "Data Analytics",
                            "changes": {"enrolment_key": "KUTS#Kolab26"}},
      "Malaysian partner staff, formal register."))

add("singapore-shortname-iot", "gmail", date(2026, 10, 8, 11, 3, tz=8),
    "Jonathan Lim <jonathan.lim@jpi.edu.sg>", "IoT Systems short name",
    gm("Hi team,\n\nJonathan from Jurong Polytechnic Institute here, I co-teach IoT Systems (IF3307) with "
       "Mr Arif. Can help change the short name to SP-IOT26? Our LMS sync keys on it and the current one "
       "with the space inside breaks the import. Thanks ah, appreciate it.\n\nCheers,\nJonathan Lim\n"
       "Lecturer, School of Engineering\nJurong Polytechnic Institute"),
    L("course_data", "en", {"course_code": "IF3307", "course_name": "IoT Systems",
                            "changes": {"shortname": "SP-IOT26"}},
      "Singaporean partner lecturer; value after 'change the short name to' with a question mark after it."))

fwd_mb = ("Yth. Ibu Kajur,\n\nMohon izin, untuk MK Pengantar Manajemen (mb 2207) kelas di e-learning masih "
          "tertulis MB-1C, padahal mahasiswa yang saya ajar adalah kelas karyawan. Mohon dapat diteruskan ke "
          "P4M agar kelasnya diubah menjadi MB-1C/Karyawan.\n\nHormat saya,\nAndi Firmansyah, S.E., M.M.\n"
          "NIDN 1012078803")
add("hod-fwd-class-karyawan", "gmail", date(2026, 10, 9, 7, 48),
    '"Dr. Rahmawati Siregar" <rahmawati.siregar@polibatam.ac.id>', "Fwd: Kelas MK Pengantar Manajemen",
    gm("Mohon dibantu ya, terima kasih.\n\nRahmawati\n\n---------- Forwarded message ---------\n"
       "Dari: Andi Firmansyah <andi.firmansyah@polibatam.ac.id>\nDate: Kam, 8 Okt 2026 pukul 16.22\n"
       "Subject: Kelas MK Pengantar Manajemen\nTo: Dr. Rahmawati Siregar <rahmawati.siregar@polibatam.ac.id>\n\n"
       + fwd_mb),
    L("course_data", "id", {"course_code": "mb 2207", "course_name": "Pengantar Manajemen",
                            "changes": {"class": "MB-1C/Karyawan"}},
      "Head of department forwards with one line on top; old class MB-1C and an NIDN in the forwarded part."))

add("sks-statika-3sks", "outlook-android", date(2026, 10, 12, 6, 55),
    "Bonifasius Tamba <boni.tamba@polibatam.ac.id>", "SKS Statika",
    gm("Pagi. SKS Statika (TS-3104) di e-learning tertulis 2, yang benar 3 sks sesuai kurikulum 2024. "
       "Mohon dikoreksi, nilai akhir mahasiswa dihitung dari situ." + OLA),
    L("course_data", "id", {"course_code": "TS-3104", "course_name": "Statika", "changes": {"credits": "3"}},
      "Credits written as '3 sks' after 'yang benar'; the old value 2 is mentioned first."))

add("plain-credits-2-1", "plain", date(2026, 10, 13, 13, 30),
    "Sutrisno Wibowo <sutrisno.w@polibatam.ac.id>", "Bobot SKS Mikrokontroler",
    qp("Assalamualaikum,\n\nBobot SKS course Praktikum Mikrokontroler (EL2208) di e-learning mohon "
       "disesuaikan menjadi 3 sks (2-1), tadinya di sistem hanya 2. Perubahan ini sudah disetujui rapat "
       "kurikulum jurusan tanggal 2 Oktober.\n\nWassalam,\nIr. Sutrisno Wibowo, M.T.\nLab Embedded System, "
       "ruang TE 302"),
    L("course_data", "id", {"course_code": "EL2208", "course_name": "Praktikum Mikrokontroler",
                            "changes": {"credits": "3"}},
      "Credits as '3 sks (2-1)': the number only is labelled; (2-1) is the theory/practice split."))

add("semester-ta-akm", "gmail", date(2026, 10, 14, 9, 26),
    "Yosephine Hutapea <yosephine.h@polibatam.ac.id>", "Semester MK AKM keliru",
    gm("Selamat pagi,\n\nMK Akuntansi Keuangan Menengah (AK2103) seharusnya ada di semester 3, Tahun "
       "Akademik 2026/2027 Ganjil. Di e-learning saat ini tercatat semester 2 sehingga tidak tampil di "
       "filter mahasiswa tingkat dua. Mohon bantuannya.\n\nSalam hangat,\nYosephine Hutapea, S.E., M.Ak.\n"
       "Prodi Akuntansi Manajerial"),
    L("course_data", "id", {"course_code": "AK2103", "course_name": "Akuntansi Keuangan Menengah",
                            "changes": {"semester": "3"}},
      "Semester with its academic year; old semester 2 mentioned after it."))

mt_sum = ("Mata kuliah ini membekali mahasiswa dengan pemahaman sifat fisik dan mekanis tanah. Pokok bahasan "
          "meliputi klasifikasi tanah, pemadatan, permeabilitas, konsolidasi, dan kuat geser. Mahasiswa juga "
          "melakukan uji laboratorium sederhana dan menyusun laporan teknis.")
add("summary-menjadi-mektan", "outlook", date(2026, 10, 15, 14, 8),
    "Hotman Pardede <hotman.pardede@polibatam.ac.id>", "Permohonan penggantian deskripsi MK Mekanika Tanah",
    ol("Dengan hormat,\n\nSehubungan dengan revisi RPS tahun 2026, bersama ini saya mohon agar ringkasan "
       "(summary) course Mekanika Tanah (TS2201) di e-learning diganti menjadi:\n\n" + mt_sum + "\n\n"
       "Deskripsi lama yang masih membahas pondasi dangkal mohon dihapus saja.\n\nAtas perhatian Bapak/Ibu "
       "saya ucapkan terima kasih.\n\nHormat saya,\nHotman Pardede, S.T., M.T.\nNIP 198104152009121003\n"
       "Jurusan Teknik Sipil"),
    L("course_data", "id", {"course_code": "TS2201", "course_name": "Mekanika Tanah",
                            "changes": {"summary": mt_sum}},
      "Three-sentence summary after 'diganti menjadi:' on its own paragraph."))

st_sum = ("This course introduces systematic approaches to verifying software. Students design unit, "
          "integration and acceptance tests, measure coverage, and automate test runs in a CI pipeline. "
          "A team project applies these practices to an existing open-source application.")
add("plain-summary-nextline-testing", "plain", date(2026, 10, 16, 16, 45),
    "Ravindra Menon <ravindra.menon@polibatam.ac.id>", "Course description - Software Testing",
    qp("Hello P4M,\n\nCould you replace the description shown on the Software Testing (IF3105) course page? "
       "The new text is below, please copy it as is:\n\n" + st_sum + "\n\nThe old paragraph still mentions "
       "manual test scripts only.\n\nThanks,\nRavindra Menon, Ph.D.\nDepartment of Informatics"),
    L("course_data", "en", {"course_code": "IF3105", "course_name": "Software Testing",
                            "changes": {"summary": st_sum}},
      "Summary on the lines after the request, introduced by 'The new text is below'."))

add("key-looks-like-date", "gmail", date(2026, 10, 19, 10, 12),
    "Agus Salim Harahap <agus.harahap@polibatam.ac.id>", "Key Algoritma dan Pemrograman",
    gm("Halo P4M,\n\nKey untuk Algoritma dan Pemrograman (IF1101) kelas TI-1C tolong diganti ke "
       "19-10-2026 — iya, memang sengaja pakai tanggal hari ini biar mahasiswa gampang ingat. Kuis pertama "
       "dibuka 26 Oktober, jadi sebelum itu semua sudah harus enrol.\n\nTrims,\nAgus Salim Harahap, M.Kom."),
    L("course_data", "id", {"course_code": "IF1101", "course_name": "Algoritma dan Pemrograman",
                            "changes": {"enrolment_key": "19-10-2026"}},
      "The key looks like a date; another date (26 Oktober) and the class TI-1C are not change values."))

add("phone-key-wordlike", "yahoo", date(2026, 10, 20, 21, 18),
    "Rina Oktaviani <rina_oktaviani@yahoo.co.id>", "key fisika",
    b64("Malam min. sy dosen fisika terapan TE1102. key course nya mau sy ganti Rembulan aja ya biar "
        "gampang, yg skrg kepanjangan mhs sering salah ketik. makasih min" + YAHOO),
    L("course_data", "id", {"course_code": "TE1102", "course_name": "fisika terapan",
                            "changes": {"enrolment_key": "Rembulan"}},
      "A key that is an ordinary word, capitalised."))

add("value-first-class-bd2a", "gmail", date(2026, 10, 21, 8, 5),
    "Theresia Manurung <theresia.manurung@polibatam.ac.id>", "kelas Basis Data Lanjut",
    gm("Pagi tim,\n\nBD-2A itu kelas yang benar untuk Basis Data Lanjut (IF2306), bukan BD-2C seperti "
       "yang muncul di halaman course sekarang. Tolong disesuaikan ya, karena presensi online ikut nama "
       "kelas itu.\n\nTheresia Manurung, S.Kom., M.T.I."),
    L("course_data", "id", {"course_code": "IF2306", "course_name": "Basis Data Lanjut",
                            "changes": {"class": "BD-2A"}},
      "Value before the field's word ('BD-2A itu kelas yang benar')."))

add("bracket-shortname-code-inside", "gmail", date(2026, 10, 21, 13, 40),
    "Kurniawan Hakim <kurniawan.hakim@polibatam.ac.id>", "shortname Sistem Basis Data",
    gm("Hi P4M,\n\nutk course Sistem Basis Data (IF2202) please ganti shortname-nya (IF2202-BD) ya, yang "
       "sekarang masih \"SBD lama\" dari tahun lalu. Biar konsisten sama course lain di prodi kita.\n\n"
       "Thanks!\nKurniawan"),
    L("course_data", "mixed", {"course_code": "IF2202", "course_name": "Sistem Basis Data",
                               "changes": {"shortname": "IF2202-BD"}},
      "New short name in brackets; it contains the course code. The old name is in quotes."))

add("shortname-bd-trpl2a", "outlook-android", date(2026, 10, 22, 12, 2),
    "Ferdinand Sitorus <ferdi.sitorus@outlook.com>", "Basis Data TRPL 2A",
    gm("Siang, for Basis Data TRPL2203 pls set the short name as BD-TRPL2A, the old one clashes with "
       "kelas malam. Tq" + OLA,
       '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
       '<div dir="auto">Siang, for Basis Data TRPL2203 pls set the short name as BD-TRPL2A, the old one '
       'clashes with kelas malam. Tq</div><div dir="auto"><br></div><div dir="auto">Sent from '
       '<a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div></body></html>\n'),
    L("course_data", "mixed", {"course_code": "TRPL2203", "course_name": "Basis Data",
                               "changes": {"shortname": "BD-TRPL2A"}},
      "Code without brackets after the name."))

add("classrep-key-and-class", "gmail", date(2026, 10, 23, 20, 51),
    "Yudha Prasetya <yudhaprasetya.mi@gmail.com>", "statistika kelas malam",
    gm("Assalamualaikum admin P4M 🙏\n\nsaya Yudha, komting kelas malam Manajemen Bisnis. utk MK "
       "Statistika Bisnis (MB2101) ada 2 yg perlu dibenerin:\n- kelas: 2B Malam (skrg ketulis 2B aja, jd "
       "campur sm kls pagi)\n- enrol key: stat2B!malam\n\nkata Pak Robert (dosennya) boleh lgsg minta ke "
       "P4M. makasih bnyk admin 🙏🙏\n\nYudha - 3312411045"),
    L("course_data", "id", {"course_code": "MB2101", "course_name": "Statistika Bisnis",
                            "changes": {"class": "2B Malam", "enrolment_key": "stat2B!malam"}},
      "Class representative; two changes after labels in a dash list; the key ends with a word after '!'."))

add("lecturer-sekarang-dipegang", "gmail", date(2026, 10, 26, 9, 33),
    "Maya Anggraeni <maya.anggraeni@polibatam.ac.id>", "Pengampu Gambar Teknik",
    gm("Selamat pagi,\n\nMK Gambar Teknik (TM1102) kelas TM-1A sekarang dipegang Yohanes Batubara, S.T., "
       "M.Sc. karena saya mulai cuti melahirkan minggu depan. Mohon nama pengampu di e-learning "
       "disesuaikan, dan akses saya boleh tetap ada sebagai non-editing teacher.\n\nTerima kasih,\n"
       "Maya Anggraeni, S.T., M.Eng.\nTeknik Mesin"),
    L("course_data", "id", {"course_code": "TM1102", "course_name": "Gambar Teknik",
                            "changes": {"lecturer": "Yohanes Batubara, S.T., M.Sc."}},
      "'sekarang dipegang' with no verb of change; the sender's own name and degrees in the signature."))

aml_fn = "Applied Machine Learning for Engineers"
add("singapore-should-read-fullname", "outlook", date(2026, 10, 27, 17, 14, tz=8),
    "Priya Raghunathan <priya.r@jpi.edu.sg>", "Course title correction (IF4201)",
    ol("Dear P4M Helpdesk,\n\nThe course title for IF4201 on your e-learning currently shows "
       "\"Machine Learning Engineering\". As agreed in the joint curriculum committee, the full name "
       "should read " + aml_fn + ".\n\nCould you update it before our students are enrolled next week? "
       "Our registrar uses the same title on the transcript.\n\nBest regards,\nDr Priya Raghunathan\n"
       "Senior Lecturer, School of Engineering\nJurong Polytechnic Institute"),
    L("course_data", "en", {"course_code": "IF4201", "course_name": "Machine Learning Engineering",
                            "changes": {"fullname": aml_fn}},
      "'should read' before the value at the end of a sentence; the current name is in quotes."))

add("en-is-now-class", "gmail", date(2026, 10, 28, 11, 50),
    "Daniel Hutagalung <daniel.hutagalung@polibatam.ac.id>", "Requirements Engineering class name",
    gm("Hello helpdesk,\n\nQuick one: the section for Requirements Engineering (TRPL3102) is now RPL-3A "
       "after the merger of the two morning groups, but the course page still says RPL-3A1. Please "
       "correct it when you can.\n\nDaniel Hutagalung, M.Sc.\nSoftware Engineering Technology"),
    L("course_data", "en", {"course_code": "TRPL3102", "course_name": "Requirements Engineering",
                            "changes": {"class": "RPL-3A"}},
      "'is now' before the value; the old value RPL-3A1 contains the new one as a prefix."))

add("malaysia-please-list-two", "outlook", date(2026, 10, 29, 9, 5, tz=8),
    "Mohd Faizal bin Ismail <faizal.ismail@kuts.edu.my>", "Halal Economics course - lecturer and short name",
    ol("Salam sejahtera Tuan/Puan,\n\nFor the joint course Halal Economics (MB3306), please list the "
       "lecturer as Prof. Madya Dr. Noraini binti Hashim, who takes over from me starting Week 8. Kindly "
       "also change the short name to KUTS-HALEC26 so that it matches the code in our own portal.\n\n"
       "Thank you for your kind cooperation.\n\nMohd Faizal bin Ismail\nPensyarah Kanan\nFakulti "
       "Pengurusan dan Perniagaan\nKolej Universiti Teknikal Seberang"),
    L("course_data", "en", {"course_code": "MB3306", "course_name": "Halal Economics",
                            "changes": {"lecturer": "Prof. Madya Dr. Noraini binti Hashim",
                                        "shortname": "KUTS-HALEC26"}},
      "Malaysian partner; 'please list the lecturer as' and a second change in the next sentence."))

kwn_rows = [["Kode", "Mata Kuliah", "SKS", "Smt", "Ket"],
            ["UM1204", "Kewarganegaraan", "2", "4", "revisi kurikulum 2026"]]
add("sheet-paste-credits-semester", "gmail", date(2026, 10, 30, 14, 22),
    "Sekretariat Prodi TRPL <sekprodi.trpl@polibatam.ac.id>", "Update SKS & semester MKU Kewarganegaraan",
    gm("Halo P4M, tolong update data course berikut sesuai baris di bawah (copy dari sheet rekap "
       "kurikulum) ya:\n\n" + tsv(kwn_rows) + "\n\nDi e-learning sekarang masih 3 SKS dan semester 2. "
       "Thank you!\n\nMeilani\nSekretariat Prodi TRPL",
       '<div dir="ltr"><div>Halo P4M, tolong update data course berikut sesuai baris di bawah (copy dari '
       'sheet rekap kurikulum) ya:</div><div><br></div>' + table_html(kwn_rows, sheets=True)
       + '<div><br></div><div>Di e-learning sekarang masih 3 SKS dan semester 2. Thank you!</div><div><br>'
       '</div><div>Meilani<br>Sekretariat Prodi TRPL</div></div>\n'),
    L("course_data", "mixed", {"course_code": "UM1204", "course_name": "Kewarganegaraan",
                               "changes": {"credits": "2", "semester": "4"}},
      "Google Sheets row pasted: credits and semester are bare numbers in table cells; old values follow."))

ie_sum = ("This course trains students to read and write technical documents in English. Topics include "
          "manuals, specifications, incident reports and short presentations. Assessment is based on a "
          "portfolio and an oral presentation.")
add("mixed-summary-jadi-english", "gmail", date(2026, 11, 2, 10, 7),
    "Lestari Wulandari <lestari.wulandari@polibatam.ac.id>", "summary course Technical English",
    gm("Hai tim P4M,\n\nsummary course Technical English (UM2102) tolong ganti jadi: " + ie_sum + "\n\n"
       "Yang lama masih versi Bahasa Indonesia, padahal course ini full English. Makasih ya!\n\n"
       "Lestari Wulandari, S.Pd., M.TESOL"),
    L("course_data", "mixed", {"course_code": "UM2102", "course_name": "Technical English",
                               "changes": {"summary": ie_sum}},
      "English summary after 'ganti jadi:' on the same line, in an Indonesian mail."))

add("key-symbols-karena", "gmail", date(2026, 11, 2, 15, 31),
    "Ikhsan Maulana <ikhsan.maulana@polibatam.ac.id>", "kunci MK Manajemen Keuangan",
    gm("Siang,\n\nMohon kunci pendaftaran course Manajemen Keuangan (MB2205) diganti Mk#2026!b karena "
       "key lama bocor ke grup WhatsApp angkatan lain. Kalau bisa sebelum jam 5 sore ini, karena besok "
       "pagi ada kuis.\n\nSalam,\nIkhsan Maulana, S.E., M.Sc."),
    L("course_data", "id", {"course_code": "MB2205", "course_name": "Manajemen Keuangan",
                            "changes": {"enrolment_key": "Mk#2026!b"}},
      "Key with symbols directly before '... karena ...'."))

add("labasst-key-quoted-en", "plain", date(2026, 11, 3, 8, 40),
    "Circuit Lab Assistants <aslab.elektro@polibatam.ac.id>", "Electric Circuits Lab - new enrolment key",
    qp("Good morning,\n\nWe are the lab assistants for Electric Circuits Lab (EL1205). Dr. Hartono asked us "
       "to tell you that the enrolment key must become \"Circuit_Lab-07\" (without the quotation marks). "
       "Group 07 is the new practicum group for repeating students.\n\nRegards,\nKevin & Sinta\n"
       "Lab Assistants, Basic Electronics Lab (TE 104)"),
    L("course_data", "en", {"course_code": "EL1205", "course_name": "Electric Circuits Lab",
                            "changes": {"enrolment_key": "Circuit_Lab-07"}},
      "Key in double quotes; the quotes are not part of it."))

add("formal-shortname-period-end", "outlook", date(2026, 11, 4, 9, 15),
    "Jurusan Teknik Sipil <jurusan.sipil@polibatam.ac.id>", "Surat permohonan perubahan nama singkat MK",
    ol("Nomor: 214/PL29/TS/XI/2026\nPerihal: Permohonan perubahan nama singkat mata kuliah\n\n"
       "Kepada Yth.\nKepala P4M Politeknik Negeri Batam\ndi tempat\n\nDengan hormat,\n\nBersama surat ini "
       "kami mengajukan permohonan agar nama singkat mata kuliah Statistika Teknik (TS2105) pada sistem "
       "e-learning diubah menjadi STAT.TS3.\n\nDemikian permohonan ini kami sampaikan. Atas perhatian dan "
       "kerja samanya kami ucapkan terima kasih.\n\nKetua Jurusan Teknik Sipil,\n\nDr. Eng. Lamhot "
       "Simatupang, S.T., M.T.\nNIP 197811202005011002"),
    L("course_data", "id", {"course_code": "TS2105", "course_name": "Statistika Teknik",
                            "changes": {"shortname": "STAT.TS3"}},
      "Formal letter; the short name has a dot inside and ends the sentence (the final period is not part of it)."))

pm_rows = [["No", "Data", "Lama", "Baru"],
           ["1", "Kelas", "TMK 2A", "TMK 2A Karyawan"],
           ["2", "Enrolment key", "pm2025", "ProMan-2A*"]]
add("html-table-class-key", "outlook", date(2026, 11, 5, 13, 58),
    "Bambang Sudarsono <bambang.sudarsono@polibatam.ac.id>", "Perubahan data course Proses Manufaktur",
    ol("Yth. Tim P4M,\n\nMohon perubahan data course Proses Manufaktur (TM2107) sebagai berikut:\n\n"
       + tsv(pm_rows) + "\n\nTerima kasih.\n\nBambang Sudarsono, S.T., M.T.\nKoordinator MK Proses "
       "Manufaktur\nHP 0813-6402-1178",
       '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
       '<div class="WordSection1"><p class="MsoNormal">Yth. Tim P4M,</p><p class="MsoNormal"><o:p>&nbsp;'
       '</o:p></p><p class="MsoNormal">Mohon perubahan data course Proses Manufaktur (TM2107) sebagai '
       'berikut:</p>' + table_html(pm_rows) + '<p class="MsoNormal">Terima kasih.</p><p class="MsoNormal">'
       'Bambang Sudarsono, S.T., M.T.<br>Koordinator MK Proses Manufaktur<br>HP 0813-6402-1178</p></div>'
       '</body></html>\n'),
    L("course_data", "id", {"course_code": "TM2107", "course_name": "Proses Manufaktur",
                            "changes": {"class": "TMK 2A Karyawan", "enrolment_key": "ProMan-2A*"}},
      "Table cells with old and new values; the new class extends the old one."))

fwd_el = ("Dear P4M team,\n\nPlease change the enrolment key of Elektronika Analog (EL1203) to Elka_2026. "
          "The previous key was posted on a public forum by a student.\n\nRegards,\nDr. Hartono Sembiring, "
          "M.Eng.")
add("hod-fwd-en-key", "gmail", date(2026, 11, 6, 7, 22),
    "Ahmad Zulkarnain <ahmad.zulkarnain@polibatam.ac.id>", "Fwd: enrolment key Elektronika Analog",
    gm("Tolong diproses.\n\n---------- Forwarded message ---------\nFrom: Hartono Sembiring "
       "<hartono.sembiring@polibatam.ac.id>\nDate: Thu, 5 Nov 2026 at 21:03\nSubject: enrolment key "
       "Elektronika Analog\nTo: Ahmad Zulkarnain <ahmad.zulkarnain@polibatam.ac.id>\n\n" + fwd_el),
    L("course_data", "en", {"course_code": "EL1203", "course_name": "Elektronika Analog",
                            "changes": {"enrolment_key": "Elka_2026"}},
      "Head of department forwards with two words on top; the forwarded request is in English, so lang en."))

add("no-value-key-later", "gmail", date(2026, 11, 6, 16, 10),
    "Fitriani Nasution <fitriani.nasution@polibatam.ac.id>", "key Desain Web perlu diganti",
    gm("Sore P4M,\n\nEnrolment key Desain Web (MM2104) sepertinya sudah tersebar ke luar kelas, ada 6 "
       "orang asing yang ikut enrol. Mohon keynya diganti, untuk key barunya saya kabari setelah rapat "
       "dengan asisten besok siang. Sementara ini boleh course-nya dikunci dulu?\n\nTerima kasih,\n"
       "Fitriani Nasution, S.Ds., M.Ds."),
    L("course_data", "id", {"course_code": "MM2104", "course_name": "Desain Web", "changes": {}},
      "Key change asked without the new value (it will follow later)."))

pj_sum = ("Mata kuliah ini membahas ketentuan umum dan tata cara perpajakan, PPh orang pribadi dan badan, "
          "serta PPN. Mahasiswa berlatih mengisi SPT melalui studi kasus dan aplikasi e-Filing.")
add("semester-and-summary-perpajakan", "gmail", date(2026, 11, 9, 8, 44),
    "Santi Rahayu <santi.rahayu@polibatam.ac.id>", "Perpajakan: semester dan deskripsi",
    gm("Selamat pagi Tim P4M,\n\nAda dua hal untuk course Perpajakan (AK2205):\n\nSemester: 4 (genap "
       "2026/2027), bukan 5 seperti yang tercantum sekarang.\n\nDeskripsi course mohon diganti dengan "
       "teks berikut.\n" + pj_sum + "\n\nTerima kasih banyak.\n\nSanti Rahayu, S.E., M.Ak., BKP"),
    L("course_data", "id", {"course_code": "AK2205", "course_name": "Perpajakan",
                            "changes": {"semester": "4", "summary": pj_sum}},
      "Semester after a label with its academic year; two-sentence summary on the line after the request."))

add("mixed-fullname-shortname-mobile", "gmail", date(2026, 11, 10, 13, 6),
    "Rizal Effendi <rizal.effendi@polibatam.ac.id>", "rename Mobile Programming",
    gm("Halo min,\n\ncourse Mobile Programming (TRPL3104) mau di-rename ya:\nfull name: Pemrograman "
       "Perangkat Bergerak\nshort name: PPB-TRPL3B\n\nsoalnya di kurikulum baru namanya sudah Bahasa "
       "Indonesia. Btw jadwal praktikumnya tetap Selasa di GU 702. Thanks!\n\nRizal"),
    L("course_data", "mixed", {"course_code": "TRPL3104", "course_name": "Mobile Programming",
                               "changes": {"fullname": "Pemrograman Perangkat Bergerak",
                                           "shortname": "PPB-TRPL3B"}},
      "Two label lines; a room and a weekday are not change values."))

add("singapore-credits-units", "gmail", date(2026, 11, 11, 10, 30, tz=8),
    "Tan Wei Ming <weiming.tan@jpi.edu.sg>", "Credit units for Power Systems",
    gm("Hi P4M team,\n\nFor Power Systems (EL3301), the credit units on the course page should be 4 "
       "credits, not 3. Our side already approved the 4-unit version for the exchange students, so the "
       "transcripts must match.\n\nThanks and regards,\nTan Wei Ming\nProgramme Coordinator (Exchange)\n"
       "Jurong Polytechnic Institute\n+65 6791 2083"),
    L("course_data", "en", {"course_code": "EL3301", "course_name": "Power Systems",
                            "changes": {"credits": "4"}},
      "Credits written '4 credits'; the '4-unit' mention and a phone number also carry digits."))

add("student-key-case-sensitive", "gmail", date(2026, 11, 11, 22, 47),
    "Bella Anastasya <bella.anstsy@gmail.com>", "key kalkulus",
    gm("halo kak admin, aku ketua kelas TI-1A. Bu Dewi minta key course Kalkulus 1 (MTK1101) diganti jd "
       "kalKulus2A yaa, case sensitive, K nya yg kedua kapital. pls jgn diubah jd huruf kecil semua "
       "soalnya bu dewi udh share ke kelas 😭 thank u kak!!" + IPHONE),
    L("course_data", "mixed", {"course_code": "MTK1101", "course_name": "Kalkulus 1",
                               "changes": {"enrolment_key": "kalKulus2A"}},
      "Case matters in the key; the sender's own class is TI-1A."))

add("class-in-brackets-akuntansi", "outlook", date(2026, 11, 12, 9, 2),
    "Heru Kristanto <heru.kristanto@polibatam.ac.id>", "Kelas course Pengantar Akuntansi",
    ol("Selamat pagi,\n\nCourse Pengantar Akuntansi (AK1101) yang saya ampu mohon dipindahkan ke kelas "
       "yang benar (AK-1A). Saat ini terpasang di kelas AK-1B sehingga mahasiswa AK-1A tidak bisa melihat "
       "materi pertemuan 9.\n\nTerima kasih,\nHeru Kristanto, S.E., M.Si., Ak., CA"),
    L("course_data", "id", {"course_code": "AK1101", "course_name": "Pengantar Akuntansi",
                            "changes": {"class": "AK-1A"}},
      "New class in brackets after 'kelas yang benar'."))

add("labasst-shortname-nextline", "gmail", date(2026, 11, 13, 14, 15),
    "Aslab Pemrograman <aslab.pemrograman@polibatam.ac.id>", "nama singkat course Algoritma Lanjut",
    gm("Siang kak,\n\nDari asisten lab pemrograman, untuk course Algoritma Lanjut (IF2103) nama singkat "
       "yang kami minta:\nALGO-2B\n\nitu sesuai format yang dipakai Pak Yusuf di course lain. Course "
       "praktikumnya (IF2103P) tidak perlu diubah.\n\nSalam,\nNovi - aslab"),
    L("course_data", "id", {"course_code": "IF2103", "course_name": "Algoritma Lanjut",
                            "changes": {"shortname": "ALGO-2B"}},
      "Value alone on the next line; another course code (IF2103P) is mentioned."))

hs_sum = ("This course examines halal requirements across the supply chain, from sourcing and "
          "manufacturing to warehousing and retail. Students analyse certification schemes in Malaysia and "
          "Indonesia and evaluate traceability systems. The final assessment is a group audit report.")
add("malaysia-summary-halal-scm", "outlook", date(2026, 11, 16, 11, 40, tz=8),
    "Siti Khadijah binti Omar <khadijah.omar@kuts.edu.my>", "Revised course synopsis - Halal Supply Chain",
    ol("Dear Helpdesk P4M,\n\nAssalamualaikum and good day.\n\nPlease find below the revised synopsis for "
       "Halal Supply Chain Management (MB3308), approved by our Senate on 12 November 2026. Kindly replace "
       "the course summary with it:\n\n" + hs_sum + "\n\nThe previous synopsis referred to the 2019 "
       "standard and is no longer valid.\n\nThank you.\n\nSiti Khadijah binti Omar\nKetua Program, "
       "Pengurusan Logistik\nKolej Universiti Teknikal Seberang"),
    L("course_data", "en", {"course_code": "MB3308", "course_name": "Halal Supply Chain Management",
                            "changes": {"summary": hs_sum}},
      "Malaysian partner; three-sentence summary after a colon, a date in the text."))

add("key-new-and-old-biaya", "gmail", date(2026, 11, 17, 10, 25),
    '"Dr. Hana Prameswari" <hana.prameswari@polibatam.ac.id>', "enrolment key Akuntansi Biaya",
    gm("Halo Tim P4M,\n\nKey Akt.Biaya#25 untuk course Akuntansi Biaya (AK2207), tolong ya, menggantikan "
       "BiayaAK2025 yang dipakai semester lalu.\n\nTerima kasih,\nHana"),
    L("course_data", "id", {"course_code": "AK2207", "course_name": "Akuntansi Biaya",
                            "changes": {"enrolment_key": "Akt.Biaya#25"}},
      "The new key stands first, with no verb; the old key follows 'menggantikan'."))

add("admin-lecturer-nidn", "outlook", date(2026, 11, 17, 15, 3),
    "Admin Jurusan Teknik Elektro <admin.elektro@polibatam.ac.id>", "Perubahan dosen pengampu Sistem Kendali",
    ol("Yth. Tim P4M,\n\nBerdasarkan SK Direktur nomor 1187/PL29/KP/2026, dosen pengampu MK Sistem Kendali "
       "(EL3205) mulai pertemuan 10 diganti oleh Dr. Ir. Hasanuddin Lubis, M.T. (NIDN 0015067104), "
       "menggantikan Bapak Samuel Ginting, S.T., M.T. yang ditugaskan ke luar negeri.\n\nMohon data "
       "pengampu di e-learning disesuaikan.\n\nHormat kami,\nAdmin Jurusan Teknik Elektro"),
    L("course_data", "id", {"course_code": "EL3205", "course_name": "Sistem Kendali",
                            "changes": {"lecturer": "Dr. Ir. Hasanuddin Lubis, M.T."}},
      "New lecturer with degrees; an NIDN in brackets and the old lecturer follow."))

add("phone-class-harusnya-if1d", "gmail", date(2026, 11, 18, 18, 36),
    "Fikri Ramadhan <fikriramadhan.ti@gmail.com>", "PTI kelas salah",
    gm("kak, course PTI (IF1104) kelasnya salah 🙏 harusnya IF-1D bkn IF-1B. ini kami anak 1D gk bisa "
       "ikut kuis. please fix asap ya kak, makasih\n\nFikri\n0857 6620 3391" + WA_SIG),
    L("course_data", "mixed", {"course_code": "IF1104", "course_name": "PTI",
                               "changes": {"class": "IF-1D"}},
      "'PTI' (an abbreviation before the bracketed code) is the course name as written."))

add("en-semester-even", "plain", date(2026, 11, 19, 9, 48),
    "Marcus Wijaya <marcus.wijaya@polibatam.ac.id>", "Semester for Embedded Systems Design",
    qp("Dear P4M,\n\nEmbedded Systems Design (EL3210) is offered in semester 6 (even semester, academic year "
       "2026/2027), but the course settings say semester 5. Would you kindly fix this before the even "
       "semester enrolment opens on 1 February?\n\nRegards,\nMarcus Wijaya, M.Eng.\nElectrical Engineering"),
    L("course_data", "en", {"course_code": "EL3210", "course_name": "Embedded Systems Design",
                            "changes": {"semester": "6"}},
      "Semester with the academic year in brackets; old semester and a date follow."))

add("mixed-credits-2sks-phone", "outlook-android", date(2026, 11, 20, 7, 31),
    "Yuliana Pakpahan <yuliana.pakpahan@outlook.com>", "SKS Bahasa Inggris Teknik",
    gm("Morning P4M, SKS untuk English for Engineering (UM1103) please set to 2 sks ya, bukan 3. "
       "Kalau ada yg perlu dikonfirmasi, call me at 0811-7045-229. Thanks" + OLA),
    L("course_data", "mixed", {"course_code": "UM1103", "course_name": "English for Engineering",
                               "changes": {"credits": "2"}},
      "Credits '2 sks' after 'please set to'; a phone number follows."))

sig_rows = [["Field", "Current", "Requested"],
            ["Short name", "IF3210-GIS", "SIG2026-A"],
            ["Class", "TI-3A", "GIS-A"],
            ["Enrolment key", "(none)", "peta2026"]]
add("sheet-three-changes-sig", "gmail", date(2026, 11, 23, 9, 55),
    "Admin Prodi Teknik Informatika <admin.if@polibatam.ac.id>", "Permintaan perubahan course SIG (IF3210)",
    gm("Selamat pagi Tim P4M,\n\nBerikut permintaan perubahan untuk course Sistem Informasi Geografis "
       "(IF3210), kami tempel dari lembar kerja prodi:\n\n" + tsv(sig_rows) + "\n\nPengampu tetap Bapak "
       "Oktavianus, tidak ada perubahan. Terima kasih.\n\nRatih\nAdmin Prodi Teknik Informatika",
       '<div dir="ltr"><div>Selamat pagi Tim P4M,</div><div><br></div><div>Berikut permintaan perubahan '
       'untuk course Sistem Informasi Geografis (IF3210), kami tempel dari lembar kerja prodi:</div><div>'
       '<br></div>' + table_html(sig_rows, sheets=True) + '<div><br></div><div>Pengampu tetap Bapak '
       'Oktavianus, tidak ada perubahan. Terima kasih.</div><div><br></div><div>Ratih<br>Admin Prodi '
       'Teknik Informatika</div></div>\n'),
    L("course_data", "id", {"course_code": "IF3210", "course_name": "Sistem Informasi Geografis",
                            "changes": {"shortname": "SIG2026-A", "class": "GIS-A",
                                        "enrolment_key": "peta2026"}},
      "Three changes in a pasted sheet with English headers; the 'Current' column holds old values."))

add("en-summary-later-empty", "gmail", date(2026, 11, 24, 16, 2),
    "Grace Situmeang <grace.situmeang@polibatam.ac.id>", "Summary of Business Communication",
    gm("Hello,\n\nThe summary of Business Communication (MB1105) still describes the old syllabus. Please "
       "update it; I am finalising the new wording with my co-lecturer and will send it to you by Friday.\n\n"
       "Many thanks,\nGrace Situmeang, M.A."),
    L("course_data", "en", {"course_code": "MB1105", "course_name": "Business Communication", "changes": {}},
      "Summary change asked; the new text is not given yet."))


# ================================================================ elearning_support (6)

add("student-enrol-key-rejected", "yahoo", date(2026, 10, 6, 23, 12),
    "dwi cahyani <dwicahyani21@yahoo.com>", "gk bisa enrol",
    b64("min sy gk bisa enrol ke course fisika terapan TE1102, udh masukin key yg dikasih dosen tp "
        "muncul \"incorrect enrolment key\" trs. udh coba 5x. temen sekelas sy bisa masuk. hp sy yg "
        "salah atau akun sy? mohon bantuannya min" + YAHOO),
    L("elearning_support", "id", {"course_code": "TE1102", "course_name": "fisika terapan"},
      "A student cannot enrol with the key she was given; no change is asked."))

add("labasst-quiz-hidden", "gmail", date(2026, 10, 22, 15, 47),
    "Aslab Basis Data <aslab.basisdata@polibatam.ac.id>", "Kuis praktikum tidak muncul untuk kelompok B",
    gm("Sore tim P4M,\n\nDi course Praktikum Basis Data (IF2202P), kuis Modul 4 sudah kami set tampil "
       "untuk grup TI-2B, tapi mahasiswanya bilang tidak ada di halaman mereka. Tanggal buka dan restrict "
       "access sudah dicek. Apakah ada pengaturan yang terlewat? Kuis ditutup Jumat jam 23.59.\n\n"
       "Salam,\nTegar - aslab Basis Data"),
    L("elearning_support", "id", {"course_code": "IF2202P", "course_name": "Praktikum Basis Data"},
      "A group name (TI-2B) is mentioned, but the problem is a hidden quiz, not a change."))

add("video-upload-limit", "outlook", date(2026, 10, 27, 10, 2),
    "Lukas Panjaitan <lukas.panjaitan@polibatam.ac.id>", "Gagal unggah video materi",
    ol("Selamat pagi,\n\nSaya mencoba mengunggah video praktik pengelasan (sekitar 480 MB) ke course "
       "Teknik Pengelasan (TM2204), tetapi selalu berhenti di 99% lalu muncul pesan galat. Apakah ada batas "
       "ukuran file? Kalau ada, sebaiknya video disimpan di mana?\n\nTerima kasih,\nLukas Panjaitan, S.T., "
       "M.T."),
    L("elearning_support", "id", {"course_code": "TM2204", "course_name": "Teknik Pengelasan"}))

add("singapore-guest-login", "gmail", date(2026, 11, 3, 9, 40, tz=8),
    "Jonathan Lim <jonathan.lim@jpi.edu.sg>", "Guest login not working",
    gm("Hi again,\n\nMy guest account for the Polibatam e-learning stopped working since Monday, it says "
       "\"Your session has timed out\" right after I log in, on both Chrome and Safari. I need it to mark "
       "the IoT Systems (IF3307) assignments by this Friday. Any idea?\n\nThanks lah,\nJonathan"),
    L("elearning_support", "en", {"course_code": "IF3307", "course_name": "IoT Systems"},
      "Singaporean partner lecturer, login problem."))

add("mixed-gradebook-export", "gmail", date(2026, 11, 12, 20, 19),
    "Rizal Effendi <rizal.effendi@polibatam.ac.id>", "export nilai error",
    gm("Halo min,\n\nsaya coba export gradebook course Mobile Programming (TRPL3104) ke Excel tapi file yang "
       "ke-download kosong, cuma header doang. Tried CSV juga sama. Nilai UTS harus masuk SIAKAD besok, "
       "so agak urgent. Thanks!\n\nRizal"),
    L("elearning_support", "mixed", {"course_code": "TRPL3104", "course_name": "Mobile Programming"}))

add("classrep-course-vanished", "gmail", date(2026, 11, 25, 21, 5),
    "Yudha Prasetya <yudhaprasetya.mi@gmail.com>", "course statistika hilang dr dashboard",
    gm("malam admin 🙏\n\ncourse Statistika Bisnis (MB2101) tiba2 hilang dr dashboard kami anak 2B Malam, "
       "padahal td siang msh ada. kami ga bisa submit tugas, deadline jam 12 mlm ini. is it a bug or kami "
       "ke-unenrol? tolong dicek ya min\n\nYudha"),
    L("elearning_support", "mixed", {"course_code": "MB2101", "course_name": "Statistika Bisnis"},
      "The class name 2B Malam is the sender's group, not a change."))


# ================================================================ other (6)

add("howto-change-key-myself", "gmail", date(2026, 10, 10, 10, 34),
    "Wulan Sari Dewi <wulan.saridewi@polibatam.ac.id>", "cara ganti enrolment key sendiri",
    gm("Halo P4M,\n\nSaya mau tanya, bagaimana caranya dosen mengganti enrolment key course sendiri? "
       "Rencananya saya mau pakai web26lanjut untuk Pemrograman Web Lanjut (TRPL2105), tapi saya ingin "
       "bisa mengubahnya sendiri setiap semester tanpa merepotkan tim. Menu pengaturannya ada di mana ya?\n\n"
       "Terima kasih,\nWulan Sari Dewi, M.Kom."),
    L("other", "id", {"course_code": "TRPL2105", "course_name": "Pemrograman Web Lanjut"},
      "How-to question about changing the key oneself; the key she has in mind is not a request to P4M."))

add("plan-next-year-rename", "gmail", date(2026, 10, 29, 13, 12),
    "Kevin Tanoto <kevin.tanoto@polibatam.ac.id>", "heads up kurikulum 2027",
    gm("Hi P4M,\n\njust a heads up: mulai tahun akademik 2027/2028 course Cloud Computing (TRPL4103) "
       "rencananya dipecah jadi dua, dan short name-nya mungkin jadi CC-A dan CC-B. Belum final, masih "
       "nunggu rapat kurikulum bulan Maret. Nanti request resminya saya kirim kalau sudah fix.\n\nKevin"),
    L("other", "mixed", {"course_code": "TRPL4103", "course_name": "Cloud Computing"},
      "A plan for next year with tentative short names; nothing to do now."))

add("thanks-after-key-changed", "gmail", date(2026, 11, 3, 16, 40),
    "Ikhsan Maulana <ikhsan.maulana@polibatam.ac.id>", "Re: kunci MK Manajemen Keuangan",
    gm("Sudah saya coba, key Mk#2026!b sudah berlaku dan mahasiswa sudah bisa masuk semua. Terima kasih "
       "tim P4M, cepat sekali responsnya.\n\nIkhsan\n\nPada Sen, 2 Nov 2026 pukul 15.31 Ikhsan Maulana "
       "<ikhsan.maulana@polibatam.ac.id> menulis:\n" + q("Siang,\n\nMohon kunci pendaftaran course Manajemen "
       "Keuangan (MB2205) diganti Mk#2026!b karena\nkey lama bocor ke grup WhatsApp angkatan lain.")),
    L("other", "id", {"course_code": "MB2205", "course_name": "Manajemen Keuangan"},
      "Thanks after the change was done; the key is quoted from the earlier request."))

add("complaint-helpdesk-only", "outlook", date(2026, 11, 13, 8, 20),
    '"Prof. Dr. Sahat Marpaung" <sahat.marpaung@polibatam.ac.id>', "Keberatan prosedur perubahan data course",
    ol("Yth. Kepala P4M,\n\nSaya ingin menyampaikan keberatan. Untuk hal sederhana seperti mengganti nama "
       "singkat atau kelas, dosen harus mengirim email ke helpdesk dan menunggu, padahal di kampus lain "
       "dosen bisa mengubahnya sendiri. Minggu lalu perubahan kelas untuk course Riset Operasi (TI3201) "
       "baru selesai setelah dua hari. Mohon prosedur ini ditinjau kembali.\n\nHormat saya,\n"
       "Prof. Dr. Sahat Marpaung, M.Sc."),
    L("other", "id", {"course_code": "TI3201", "course_name": "Riset Operasi"},
      "Complaint about the procedure; the past change is already done."))

add("singapore-is-it-possible", "gmail", date(2026, 11, 18, 14, 55, tz=8),
    "Priya Raghunathan <priya.r@jpi.edu.sg>", "Question on short name format",
    gm("Hi P4M,\n\nBefore I send a formal request: is it possible for a short name to contain slashes, "
       "something like JPI/AML/26, or does your system only allow letters, digits and dashes? I'd rather "
       "check first than have it rejected.\n\nBest,\nPriya"),
    L("other", "en", note="Asks whether a format is possible before requesting; no request yet."))

add("classrep-thanks-done", "gmail", date(2026, 11, 19, 19, 30),
    "Fikri Ramadhan <fikriramadhan.ti@gmail.com>", "Re: PTI kelas salah",
    gm("kak udh bisa ya, kelasnya udh IF-1D dan kami udh bisa ikut kuis. thank you so much kak 🙏🙏\n\n"
       "Fikri" + WA_SIG),
    L("other", "mixed", note="Thanks after the class was corrected."))


# ================================================================ document_request (4)

add("rps-template-obe", "gmail", date(2026, 10, 13, 9, 12),
    "Oktavianus Sinaga <oktavianus.sinaga@polibatam.ac.id>", "Minta template RPS OBE terbaru",
    gm("Selamat pagi P4M,\n\nBoleh saya minta file template RPS berbasis OBE versi 2026? Yang saya punya "
       "masih versi 2023 dan kolom CPMK-nya berbeda dengan yang diminta prodi. Akan saya pakai untuk "
       "course Sistem Informasi Geografis (IF3210).\n\nTerima kasih,\nOktavianus Sinaga, S.Kom., M.T."),
    L("document_request", "id", {"course_code": "IF3210", "course_name": "Sistem Informasi Geografis"}))

add("format-soal-uas", "outlook", date(2026, 11, 4, 13, 35),
    "Sekretariat Jurusan Manajemen Bisnis <sekjur.mb@polibatam.ac.id>", "Permohonan format naskah soal UAS",
    ol("Yth. Tim P4M,\n\nMenjelang UAS Ganjil 2026/2027, kami mohon dikirimkan format naskah soal dan "
       "lembar verifikasi soal yang berlaku, untuk kami bagikan ke seluruh dosen Jurusan Manajemen Bisnis."
       "\n\nAtas bantuannya kami ucapkan terima kasih.\n\nHormat kami,\nSekretariat Jurusan Manajemen "
       "Bisnis"),
    L("document_request", "id"))

add("phone-panduan-bap", "yahoo", date(2026, 11, 16, 20, 3),
    "rina oktaviani <rina_oktaviani@yahoo.co.id>", "panduan BAP online",
    b64("Malam min, ada file panduan isi BAP online di elearning gk? yg pdf itu lho. sy cari di web P4M "
        "gk ketemu. klo ada tlg kirim ke email ini ya. makasih" + YAHOO),
    L("document_request", "id"))

fwd_sop = ("Bu Rahma, apakah jurusan punya salinan SOP perubahan data course e-learning? Saya perlu untuk "
           "bahan audit mutu internal prodi minggu depan.\n\nAndi")
add("hod-fwd-sop-document", "gmail", date(2026, 11, 26, 8, 14),
    '"Dr. Rahmawati Siregar" <rahmawati.siregar@polibatam.ac.id>', "Fwd: SOP perubahan data course",
    gm("Mohon dikirimkan dokumennya ke Pak Andi ya.\n\n---------- Forwarded message ---------\n"
       "Dari: Andi Firmansyah <andi.firmansyah@polibatam.ac.id>\nDate: Rab, 25 Nov 2026 pukul 15.40\n"
       "Subject: SOP perubahan data course\nTo: Dr. Rahmawati Siregar <rahmawati.siregar@polibatam.ac.id>\n\n"
       + fwd_sop),
    L("document_request", "id", note="Head of department forwards a request for the SOP document."))


if __name__ == "__main__":
    main()

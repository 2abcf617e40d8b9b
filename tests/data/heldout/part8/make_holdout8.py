#!/usr/bin/env python3
"""Held-out part 8: 70 hand-written helpdesk requests (labelled), stdlib only.

Run: python3 tests/data/heldout/part8/make_holdout8.py
Deterministic: boundaries, Message-IDs and attachment bytes come from each message's slug.
"""
import datetime as dt
import email
import hashlib
import html
import io
import json
import re
import sys
import zipfile
import zlib
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELPDESK = "helpdesk-p4m@polibatam.ac.id"
PLAN = {"course_data": 22, "announcement": 16, "elearning_support": 12,
        "document_request": 7, "other": 7, "auto": 6}
MSGS = []


def h(slug, n=12):
    return hashlib.sha256(slug.encode()).hexdigest()[:n]


def when(s):
    """'2026-09-03 08:14 +0700' -> aware datetime"""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def addr(name, email_):
    user, dom = email_.split("@")
    return Address(name, user, dom) if name else Address(addr_spec=email_)


def docx(paragraphs):
    """Minimal DOCX: a zip with word/document.xml (one w:p per string; tables as lists)."""
    def run(t):
        return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % html.escape(t, quote=False)
    body = []
    for p in paragraphs:
        if isinstance(p, list):  # table rows
            rows = "".join("<w:tr>%s</w:tr>" % "".join(
                "<w:tc><w:p>%s</w:p></w:tc>" % run(c) for c in row) for row in p)
            body.append("<w:tbl>%s</w:tbl>" % rows)
        else:
            body.append("<w:p>%s</w:p>" % run(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % "".join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, (2026, 9, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        x = z.read("word/document.xml").decode()
    paras = re.findall(r"<w:p>(.*?)</w:p>", x)
    return "\n".join(html.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p))) for p in paras)


def pdf(lines):
    """Minimal one-page PDF, Helvetica, one Tj per line (ASCII only)."""
    def esc(t):
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 10 Tf", "50 800 Td", "13 TL"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)


def pdf_text(data):
    s = data.decode("latin-1")
    out = []
    for m in re.finditer(r"\(((?:\\.|[^\\)])*)\) Tj", s):
        out.append(re.sub(r"\\(.)", r"\1", m.group(1)))
    return "\n".join(out)


def png(slug, w=64, hgt=40):
    """Small deterministic PNG (a grey 'screenshot' with a coloured bar)."""
    seed = hashlib.sha256(slug.encode()).digest()
    raw = bytearray()
    for y in range(hgt):
        raw.append(0)
        for x in range(w):
            if y < 6:
                raw += bytes((seed[0] // 2, seed[1] // 2, 160))
            else:
                v = 230 - ((x * 7 + y * 3 + seed[(x + y) % 32]) % 25)
                raw += bytes((v, v, v))
    def chunk(t, d):
        c = t + d
        return len(d).to_bytes(4, "big") + c + zlib.crc32(c).to_bytes(4, "big")
    ihdr = w.to_bytes(4, "big") + hgt.to_bytes(4, "big") + bytes((8, 2, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")


MIME = {"docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "pdf": ("application", "pdf"), "png": ("image", "png")}


def add(slug, client, quirk, date, frm, subject, label, body=None, html_=None, cte=None,
        hcte=None, to=HELPDESK, cc=None, headers=(), atts=(), fwd=None, raw=None, flowed=False,
        mailer=None):
    """Register one message. label = (type, lang, fields, note)."""
    MSGS.append(dict(slug=slug, client=client, quirk=quirk, date=date, frm=frm, subject=subject,
                     label=label, body=body, html=html_, cte=cte, hcte=hcte, to=to, cc=cc,
                     headers=headers, atts=atts, fwd=fwd, raw=raw, flowed=flowed, mailer=mailer))


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def build(m):
    slug = m["slug"]
    d = when(m["date"])
    mid = "<%s.%s@%s>" % (h(slug, 16), d.strftime("%Y%m%d%H%M"), m["frm"][1].split("@")[1])
    if m["raw"] is not None:
        txt = m["raw"].format(DATE=format_datetime(d), MID=mid, B=("=_b%s" % h(slug + "b", 20)),
                              B2=("=_c%s" % h(slug + "c", 20)))
        return crlf(txt.lstrip("\n")).encode("utf-8")
    msg = EmailMessage()
    msg["From"] = addr(*m["frm"])
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = mid
    for k, v in m["headers"]:
        msg[k] = v.format(SLUG=h(slug, 8))
    if m["mailer"]:
        msg["X-Mailer"] = m["mailer"]
    if m["body"] is not None:
        kw = {}
        if m["cte"]:
            kw["cte"] = m["cte"]
        if m["flowed"]:
            kw["params"] = {"format": "flowed"}
        msg.set_content(m["body"], **kw)
        if m["html"] is not None:
            msg.add_alternative(m["html"], subtype="html", cte=m["hcte"] or "quoted-printable")
    else:
        msg.set_content(m["html"], subtype="html", cte=m["hcte"] or "quoted-printable")
    if m["fwd"] is not None:
        inner = EmailMessage()
        f = m["fwd"]
        inner["From"] = addr(*f["frm"])
        inner["To"] = f["to"]
        inner["Subject"] = f["subject"]
        inner["Date"] = format_datetime(when(f["date"]))
        inner["Message-ID"] = "<%s@%s>" % (h(slug + "inner", 16), f["frm"][1].split("@")[1])
        inner.set_content(f["body"], cte=f.get("cte", "quoted-printable"))
        msg.add_attachment(inner)
    for name, data in m["atts"]:
        mt, st = MIME[name.rsplit(".", 1)[1].lower()]
        msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
    for i, part in enumerate(msg.walk()):
        if part.is_multipart():
            part.set_boundary("----=_Part_%s_%d" % (h(slug + str(i), 18), i))
    return msg.as_bytes(policy=policy.SMTP)


def texts(msg):
    """Decoded subject + text of every text part, HTML (tags stripped, entities decoded), attachments."""
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "text/plain" or ct.startswith("message/") and not part.is_multipart():
            out.append(part.get_content() if ct == "text/plain" else str(part.get_payload()))
        elif ct == "text/html":
            t = part.get_content()
            t = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", t)
            t = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</li>|</div>", "\n", t)
            t = re.sub(r"<[^>]+>", "", t)
            out.append(html.unescape(t))
        elif ct == "application/pdf":
            out.append(pdf_text(part.get_content()))
        elif "wordprocessingml" in ct:
            out.append(docx_text(part.get_content()))
        elif ct in ("message/delivery-status", "message/disposition-notification"):
            out.append(str(part.get_payload()))
    return "\n".join(out)


ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ID_ABBR = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
EN_ABBR = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = {}
for i, names in enumerate([("januari", "january", "jan"), ("februari", "february", "feb", "pebruari"),
                           ("maret", "march", "mar"), ("april", "apr"), ("mei", "may"),
                           ("juni", "june", "jun"), ("juli", "july", "jul"),
                           ("agustus", "august", "agu", "agt", "aug"),
                           ("september", "sept", "sep"), ("oktober", "october", "okt", "oct"),
                           ("november", "nov", "nop"), ("desember", "december", "des", "dec")], 1):
    for n in names:
        MONTHS[n] = i


def check_weekdays(text, year_default=2026):
    bad = []
    alld = ID_DAYS + EN_DAYS + ID_ABBR + EN_ABBR
    dayre = "|".join(sorted(alld, key=len, reverse=True)) + "|Jum'at"
    mre = "|".join(sorted(MONTHS, key=len, reverse=True))
    # Senin, 5 Oktober 2026 / Mon, 5 Oct 2026 / Senin 5/10
    for m in re.finditer(r"\b(%s)\b[,.]?\s+(?:tanggal\s+|tgl\.?\s*)?(\d{1,2})(?:\s+|-)(%s)\.?(?:[\s-]+(\d{4}))?" % (dayre, mre), text, re.I):
        bad += _cmp(m.group(1), int(m.group(2)), MONTHS[m.group(3).lower()], m.group(4) or year_default, m.group(0))
    for m in re.finditer(r"\b(%s)\b[,.]?\s+(%s)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?" % (dayre, mre), text, re.I):
        bad += _cmp(m.group(1), int(m.group(3)), MONTHS[m.group(2).lower()], m.group(4) or year_default, m.group(0))
    for m in re.finditer(r"\b(%s)\b[,.]?\s+(?:tgl\.?\s*)?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{2,4}))?\b" % dayre, text, re.I):
        y = m.group(4) or year_default
        y = int(y)
        if y < 100:
            y += 2000
        if int(m.group(3)) > 12:
            continue
        bad += _cmp(m.group(1), int(m.group(2)), int(m.group(3)), y, m.group(0))
    return bad


def _cmp(day, d, mo, y, ctx):
    day = day.replace("'", "").capitalize()
    for lst in (ID_DAYS, EN_DAYS, ID_ABBR, EN_ABBR):
        if day in lst:
            want = lst.index(day)
            break
    else:
        return ["?" + ctx]
    try:
        real = dt.date(int(y), mo, d).weekday()
    except ValueError:
        return ["invalid " + ctx]
    return [] if real == want else [ctx]


def validate(name, m, data):
    errs = []
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        errs.append("not CRLF")
    msg = email.message_from_bytes(data, policy=policy.default)
    for part in msg.walk():
        if part.defects:
            errs.append("defects %r" % part.defects)
    if msg["Date"].datetime != when(m["date"]):
        errs.append("date")
    if m["raw"] is None and str(msg["Subject"]) != m["subject"]:
        errs.append("subject %r" % str(msg["Subject"]))
    for part in msg.walk():
        if part.get_content_disposition() == "attachment" and not part.is_multipart() \
                and part.get_content_maintype() != "message":
            if len(part.get_payload(decode=True)) >= 30 * 1024:
                errs.append("attachment too big")
    t = texts(msg)
    errs += ["weekday " + b for b in check_weekdays(t)]
    typ, lang, fields, note = m["label"]
    if typ not in PLAN or lang not in ("id", "en", "mixed"):
        errs.append("label")
    if fields and typ not in ("course_data", "announcement"):
        errs.append("fields on " + typ)
    vals = []
    for k, v in fields.items():
        if k == "changes":
            vals += list(v.values())
            if set(v) - {"fullname", "shortname", "lecturer", "class", "semester", "credits",
                         "enrolment_key", "summary"}:
                errs.append("change key")
        elif k in ("course_code", "course_name", "title"):
            vals.append(v)
        elif k == "publish_at":
            dt.datetime.fromisoformat(v)
            if not v.endswith("+07:00"):
                errs.append("publish_at tz")
        elif k == "scope":
            if v not in ("course", "site"):
                errs.append("scope")
        else:
            errs.append("field " + k)
    if typ == "announcement" and "scope" not in fields:
        errs.append("no scope")
    if typ == "course_data" and "changes" not in fields:
        errs.append("no changes")
    for v in vals:
        if v not in t:
            errs.append("not verbatim: %r" % v)
    return ["%s: %s" % (name, e) for e in errs]


def main():
    msgs = sorted(MSGS, key=lambda m: when(m["date"]))
    slugs = [m["slug"] for m in msgs]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    errs, labels, written = [], {}, set()
    lo, hi = dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc), dt.datetime(2026, 11, 29, tzinfo=dt.timezone.utc)
    for i, m in enumerate(msgs, 1):
        name = "%03d-%s-%s-%s.eml" % (i, m["client"], m["quirk"], m["slug"])
        d = when(m["date"])
        if not (lo <= d < hi - dt.timedelta(hours=0)) or d.utcoffset() not in (dt.timedelta(hours=7), dt.timedelta(hours=8)):
            errs.append(name + ": date out of range")
        data = build(m)
        errs += validate(name, m, data)
        (HERE / name).write_bytes(data)
        written.add(name)
        typ, lang, fields, note = m["label"]
        labels[name] = {"type": typ, "lang": lang, "fields": fields, "note": note}
    for p in HERE.glob("[0-9][0-9][0-9]-*.eml"):
        if p.name not in written:
            p.unlink()
    (HERE / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    counts = {}
    langs = {}
    for v in labels.values():
        counts[v["type"]] = counts.get(v["type"], 0) + 1
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    print("types", counts)
    print("langs", langs)
    for e in errs:
        print("ERROR", e)
    if counts != PLAN:
        print("ERROR counts differ from plan", PLAN)
        return 1
    return 1 if errs else 0


# ---------------------------------------------------------------------------------------------
# The messages (each written by hand). Sorted by Date and numbered when written.
# ---------------------------------------------------------------------------------------------


def gm(text):
    """Gmail-style HTML alternative of a plain body."""
    return '<div dir="ltr">%s</div>\n' % html.escape(text, quote=False).replace("\n", "<br>\n")


def ol(inner):
    """Outlook (Word) HTML document around some paragraphs."""
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
            'table.tb {border-collapse:collapse;} td {border:solid windowtext 1.0pt; padding:0cm 5.4pt;}--></style>\n'
            '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n'
            + inner + '\n</div>\n</body>\n</html>\n')


def p(t=""):
    return '<p class="MsoNormal">%s<o:p></o:p></p>\n' % (t or "&nbsp;")


OUTLOOK = (("Thread-Topic", "x"), ("Thread-Index", "AQH{SLUG}Zt7kQmJ0"), ("X-MS-Has-Attach", ""),
           ("Content-Language", "id-ID"), ("X-MS-TNEF-Correlator", ""))


def olh(topic, lang="id-ID", attach=""):
    return (("Thread-Topic", topic), ("Thread-Index", "AQH{SLUG}Zt7kQmJ0yA=="), ("X-MS-Has-Attach", attach),
            ("Content-Language", lang), ("X-MS-TNEF-Correlator", ""))


GMAIL_MAILER = None
ZIMBRA = "Zimbra 8.8.15_GA_4481 (ZimbraWebClient - GC118 (Win)/8.8.15_GA_4481)"
TBIRD = (("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.15.0"),)
IPHONE = "iPhone Mail (21G93)"

DISCLAIMER = ("\n\n--\nPERHATIAN: E-mail ini beserta lampirannya hanya ditujukan kepada penerima yang dituju dan "
              "dapat berisi informasi yang bersifat rahasia. Jika Anda bukan penerima yang dituju, mohon "
              "hapus e-mail ini dan beritahu pengirim.\n")

# ============================== course_data (22) ==============================

add("ti2a-pagi-lama-baru", "zimbra", "lama-baru-lines", "2026-09-02 09:12 +0700",
    ("Rina Oktaviani", "rina.oktaviani@polibatam.ac.id"),
    "Perubahan nama MK TIF2104 kelas TI-2A Pagi",
    ("course_data", "id", {"course_code": "TIF2104", "course_name": "Pemrograman Web Dasar",
                           "changes": {"fullname": "Pemrograman Web I"}}, ""),
    body="""Selamat pagi tim P4M,

Mohon bantuan perubahan nama mata kuliah di e-learning untuk kelas TI-2A Pagi, menyesuaikan kurikulum 2026 yang sudah disahkan bulan lalu.

Kode MK : TIF2104
lama: Pemrograman Web Dasar
baru: Pemrograman Web I

Untuk kelas TI-2B Pagi dan TI-2A Malam namanya sudah benar, jadi cukup yang TI-2A Pagi saja.

Terima kasih atas bantuannya.

Salam,
Rina Oktaviani
Admin Prodi Teknik Informatika
Jurusan Teknik Informatika - Politeknik Negeri Batam
Jl. Ahmad Yani, Batam Kota | Ext. 2041
""", cte="quoted-printable", mailer=ZIMBRA)

add("mb3b-ganti-pengampu", "outlook", "html-only-reply", "2026-09-03 14:05 +0700",
    ("Siti Rahmawati", "siti.rahmawati@polibatam.ac.id"),
    "RE: Dosen pengampu MB 3B - Manajemen Pemasaran",
    ("course_data", "id", {"course_code": "MBS3205", "course_name": "Manajemen Pemasaran",
                           "changes": {"lecturer": "Fajar Ramadhan, S.E., M.M."}},
     "reply in an Outlook thread; the request is in the top part"),
    html_=ol(p("Yth. Tim P4M,") + p() +
             p("Menindaklanjuti email di bawah, mohon dosen pengampu pada course <b>MBS3205 Manajemen Pemasaran</b> "
               "kelas MB 3B di e-learning diganti dari Dra. Hj. Yusnita, M.M. menjadi <b>Fajar Ramadhan, S.E., M.M.</b> "
               "Ibu Yusnita sedang tugas belajar mulai semester ini.") + p() +
             p("Kelas MB 3A tetap Ibu Yusnita (tim teaching), jadi yang diubah hanya MB 3B.") + p() +
             p("Terima kasih,") + p("Siti Rahmawati") +
             p('<span style="font-size:9.0pt;color:#7F7F7F">Staf Administrasi Prodi Manajemen Bisnis<br>Politeknik Negeri Batam</span>') + p() +
             '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n' +
             p("<b>Dari:</b> Hendrik Saragih &lt;hendrik.saragih@polibatam.ac.id&gt; <br><b>Dikirim:</b> Rabu, 02 September 2026 16:40<br>"
               "<b>Kepada:</b> Siti Rahmawati &lt;siti.rahmawati@polibatam.ac.id&gt;<br><b>Subjek:</b> Dosen pengampu MB 3B - Manajemen Pemasaran") +
             '</div>\n' + p() +
             p("Bu Siti, tolong diurus ke P4M ya penggantian dosen MB 3B, SK pembagian tugas mengajar sudah keluar.") + p() +
             p("Hendrik")),
    headers=olh("Dosen pengampu MB 3B - Manajemen Pemasaran"), mailer="Microsoft Outlook 16.0")

add("ak1-malam-kelas-split", "gmail", "casual-typos", "2026-09-04 08:30 +0700",
    ("Yuni Astuti", "yuniastuti.ak@gmail.com"),
    "kelas di elearning AK-1 Malam",
    ("course_data", "id", {"course_code": "AKT1101", "course_name": "Pengantar Akuntansi I",
                           "changes": {"class": "AK-1B Malam"}}, ""),
    body="""Pagi pak/bu,

sy admin prodi akuntansi. course Pengantar Akuntansi I (AKT1101) yg sdh dibuat di elearning masih tertulis kelas AK-1 Malam, pdhl smstr ini kelas malam dipecah jd dua. mohon utk course ini kelasnya diubah jd AK-1B Malam ya. Yg AK-1A Malam nanti sy kirim terpisah krn dosennya blm fix

mksh bnyk

Yuni
admin Akuntansi
""", html_=None)
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("fullname-shortname-moodle", "thunderbird", "format-flowed", "2026-09-07 10:20 +0700",
    ("Andreas Simanjuntak", "andreas.s@polibatam.ac.id"),
    "Course full name and short name for ELK2201",
    ("course_data", "en", {"course_code": "ELK2201", "course_name": "Rangkaian Listrik 2",
                           "changes": {"fullname": "Rangkaian Listrik II", "shortname": "RL2-TE2A-2026"}}, ""),
    body="""Hello P4M team,

In my course ELK2201 the course settings still show the course full name "Rangkaian Listrik 2" and the short name "ELK2201-2025", which is last year's copy. I don't have permission to edit course settings, so could you please change:

- Course full name: Rangkaian Listrik II
- Course short name: RL2-TE2A-2026

Please leave the course ID number, the course format and the gradebook setup as they are; only the two names.

Thanks in advance,
Andreas Simanjuntak
Lecturer, Electrical Engineering
Politeknik Negeri Batam
""", flowed=True, headers=TBIRD)

add("enrolment-key-bocor", "gmail", "self-enrolment", "2026-09-08 19:47 +0700",
    ("Teguh Prasetyo", "teguh.prasetyo@polibatam.ac.id"),
    "Ganti enrolment key MES3102 (urgent)",
    ("course_data", "mixed", {"course_code": "MES3102", "course_name": "Mekanika Fluida",
                              "changes": {"enrolment_key": "fluida#TM3A26"}}, ""),
    body="""Halo tim P4M,

Enrolment key untuk self enrolment di course MES3102 Mekanika Fluida ternyata bocor ke grup WA angkatan lain, sudah ada 11 mahasiswa non-TM 3A yang enrol sendiri. Please change the enrolment key to:

fluida#TM3A26

Yang 11 orang itu nanti saya unenrol sendiri dari Participants, no need to do that. Cukup key-nya saja diganti malam ini kalau bisa, karena besok pagi ada quiz.

Thanks!
Teguh
--
Teguh Prasetyo, M.T.
Teknik Mesin Polibatam
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("course-summary-en", "outlook", "qp-alternative", "2026-09-10 11:00 +0700",
    ("Maria Theresia Sinaga", "maria.sinaga@polibatam.ac.id"),
    "Course summary update - MBS2107 Business Communication",
    ("course_data", "en", {"course_code": "MBS2107", "course_name": "Business Communication",
                           "changes": {"summary": "This course develops written and oral business communication skills in English, including e-mails, reports, meetings and presentations."}}, ""),
    body="""Dear P4M Team,

Could you please replace the course summary of MBS2107 Business Communication (the text shown under the course name on the Dashboard and in the course catalogue)? The current summary is still the Indonesian one from 2023.

New course summary:
This course develops written and oral business communication skills in English, including e-mails, reports, meetings and presentations.

No change to anything else (name, enrolment methods, visibility).

Kind regards,
Maria Theresia Sinaga, S.S., M.Hum.
English Lecturer - Business Management Programme
Politeknik Negeri Batam
""", cte="quoted-printable", headers=olh("Course summary update - MBS2107 Business Communication", "en-US"),
    mailer="Microsoft Outlook 16.0")
MSGS[-1]["html"] = ol("".join(p(html.escape(x)) for x in MSGS[-1]["body"].split("\n")))

add("tm-sks-semester-table", "outlook", "html-before-after-table", "2026-09-11 13:40 +0700",
    ("Admin Teknik Mesin", "admin.mesin@polibatam.ac.id"),
    "Koreksi SKS dan semester MK Gambar Teknik Mesin",
    ("course_data", "id", {"course_code": "MES1204", "course_name": "Gambar Teknik Mesin",
                           "changes": {"credits": "3", "semester": "1"}}, "before/after in an HTML table"),
    html_=ol(p("Selamat siang Bapak/Ibu P4M,") + p() +
             p("Mohon koreksi data course berikut di e-learning sesuai kurikulum yang berlaku:") + p() +
             '<table class="tb" border="1" cellspacing="0" cellpadding="0">\n'
             '<tr><td><p class="MsoNormal"><b>Data</b></p></td><td><p class="MsoNormal"><b>Sebelum</b></p></td>'
             '<td><p class="MsoNormal"><b>Sesudah</b></p></td></tr>\n'
             '<tr><td><p class="MsoNormal">Kode MK</p></td><td><p class="MsoNormal">MES1204</p></td><td><p class="MsoNormal">MES1204 (tetap)</p></td></tr>\n'
             '<tr><td><p class="MsoNormal">Nama MK</p></td><td><p class="MsoNormal">Gambar Teknik Mesin</p></td><td><p class="MsoNormal">(tetap)</p></td></tr>\n'
             '<tr><td><p class="MsoNormal">SKS</p></td><td><p class="MsoNormal">2</p></td><td><p class="MsoNormal">3</p></td></tr>\n'
             '<tr><td><p class="MsoNormal">Semester</p></td><td><p class="MsoNormal">2</p></td><td><p class="MsoNormal">1</p></td></tr>\n'
             '</table>\n' + p() +
             p("Berlaku untuk kelas TM-1A, TM-1B dan TM-1C (satu course gabungan).") + p() +
             p("Terima kasih.") + p() + p("<b>Admin Prodi Teknik Mesin</b>") +
             p("Jurusan Teknik Mesin | Politeknik Negeri Batam")),
    headers=olh("Koreksi SKS dan semester MK Gambar Teknik Mesin"), mailer="Microsoft Outlook 16.0")

add("te-disetujui-kaprodi", "gmail", "fwd-approval-chain", "2026-09-14 08:05 +0700",
    ("Novi Handayani", "novi.handayani@polibatam.ac.id"),
    "Fwd: Usulan perubahan nama MK Sistem Kendali",
    ("course_data", "id", {"course_code": "ELK3105", "course_name": "Sistem Kendali",
                           "changes": {"fullname": "Sistem Kendali Otomatis"}},
     "forwarded approval chain; the change is in the lecturer's quoted proposal"),
    body="""Disetujui Kaprodi, mohon ditindaklanjuti.
Terima kasih.

Novi
Admin Prodi Teknik Elektro

---------- Forwarded message ---------
Dari: Dr. Ahmad Fauzi <ahmad.fauzi@polibatam.ac.id>
Date: Jum, 11 Sep 2026 pukul 15.22
Subject: Re: Usulan perubahan nama MK Sistem Kendali
To: Novi Handayani <novi.handayani@polibatam.ac.id>, Rizky Maulana <rizky.maulana@polibatam.ac.id>


Setuju. Bu Novi tolong teruskan ke P4M.

AF

Pada Kam, 10 Sep 2026 pukul 10.03 Rizky Maulana <rizky.maulana@polibatam.ac.id>
menulis:

> Yth. Kaprodi,
>
> Sesuai hasil rapat kurikulum, saya usulkan nama MK ELK3105 Sistem Kendali
> di e-learning diganti menjadi Sistem Kendali Otomatis mulai semester ini,
> supaya sama dengan nama di SIAKAD.
>
> Hormat saya,
> Rizky Maulana
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("mb2a-approval-rfc822", "outlook", "message-rfc822-approval", "2026-09-16 10:30 +0700",
    ("Larasati Putri", "larasati.putri@polibatam.ac.id"),
    "FW: Persetujuan penggantian dosen MBS2203",
    ("course_data", "mixed", {"course_code": "MBS2203", "course_name": "Perilaku Konsumen",
                              "changes": {"lecturer": "Lestari Wulandari, S.E., M.Sc."}},
     "the approval is an attached message/rfc822; the body only forwards it"),
    body="""Dear P4M team,

Terlampir approval dari Kaprodi Manajemen Bisnis for the change of lecturer in one course (MB 2A). Mohon ditindaklanjuti sesuai email terlampir.

Thank you,
Larasati Putri
Sekretaris Jurusan Manajemen Bisnis
""", cte="quoted-printable", headers=olh("Persetujuan penggantian dosen MBS2203", "en-US", "yes"),
    fwd=dict(frm=("Dr. Yohanes Purba", "yohanes.purba@polibatam.ac.id"), to="larasati.putri@polibatam.ac.id",
             subject="Persetujuan penggantian dosen MBS2203", date="2026-09-15 17:02 +0700",
             body="""Bu Laras,

Saya setujui penggantian dosen pengampu MBS2203 Perilaku Konsumen kelas MB 2A, dari Bapak Hendra Gunawan menjadi Lestari Wulandari, S.E., M.Sc., karena Pak Hendra mendapat tugas tambahan di Unit Kerja Sama.

Mohon diteruskan ke P4M agar di e-learning juga diganti.

Yohanes Purba
Ketua Program Studi Manajemen Bisnis
"""), mailer="Microsoft Outlook 16.0")

add("koreksi-shortname-bd", "gmail", "own-correction", "2026-09-17 07:55 +0700",
    ("Dimas Aditya", "dimas.aditya@polibatam.ac.id"),
    "Re: Ganti shortname MK Basis Data TI-2B Malam",
    ("course_data", "id", {"course_code": "TIF2201", "course_name": "Basis Data",
                           "changes": {"shortname": "BD-TI2B-Mlm"}},
     "corrects the sender's own earlier mail; the corrected value is the change"),
    body="""Maaf Pak/Bu, yang benar shortname-nya BD-TI2B-Mlm, bukan BD-TI2B-Malam seperti di email saya semalam (kepanjangan, tidak muat di menu). Mohon pakai yang ini saja.

Terima kasih,
Dimas

Pada Rab, 16 Sep 2026 pukul 21.10 Dimas Aditya <dimas.aditya@polibatam.ac.id>
menulis:

> Selamat malam,
>
> Mohon ganti shortname MK Basis Data (TIF2201) kelas TI-2B Malam jadi
> BD-TI2B-Malam.
>
> Terima kasih.
> Dimas Aditya
> Dosen Teknik Informatika
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("subject-only-shortname", "samsung", "subject-only-signature", "2026-09-21 06:40 +0700",
    ("Dewi Kartika", "dewikartika.se@gmail.com"),
    "mohon ganti shortname AKT2104 Akuntansi Biaya jadi AKBIAYA-AK2A",
    ("course_data", "id", {"course_code": "AKT2104", "course_name": "Akuntansi Biaya",
                           "changes": {"shortname": "AKBIAYA-AK2A"}}, "request only in the subject; body is a signature"),
    body="""

--
Dewi Kartika, S.E., M.Ak.
Dosen Prodi Akuntansi Polibatam
0812-7700-4411

Dikirim dari perangkat Samsung Galaxy saya
""", cte="base64")

add("rename-plus-h5p-question", "gmail", "two-requests", "2026-09-22 13:15 +0700",
    ("Fitriani Lubis", "fitriani.lubis@polibatam.ac.id"),
    "Nama course Statistika TIF1107",
    ("course_data", "mixed", {"course_code": "TIF1107", "course_name": "Statistika",
                              "changes": {"fullname": "Statistika dan Probabilitas"}},
     "two requests; the rename is the main one, the H5P question is secondary"),
    body="""Hi P4M,

Mohon ganti nama course "Statistika" (TIF1107) menjadi "Statistika dan Probabilitas", sesuai nama MK di kurikulum baru. All three classes (TI-1A, TI-1B, TI-1C) share one course, jadi cukup satu kali ganti.

Satu lagi, just a small question: apakah H5P sudah aktif di e-learning kita? I'd like to try interactive videos for week 5, tapi tidak urgent kok.

Thanks,
Fitriani
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("dosen-baru-web-kuliah", "gmail", "new-lecturer-unsure-words", "2026-09-03 20:12 +0700",
    ("Bayu Nugroho", "bayu.nugroho@polibatam.ac.id"),
    "nama matkul di web kuliah",
    ("course_data", "id", {"course_code": "MES2103", "course_name": "Termodinamika",
                           "changes": {"fullname": "Termodinamika Teknik I"}}, ""),
    body="""Selamat malam,

Perkenalkan saya Bayu, dosen baru di Teknik Mesin (baru masuk Senin kemarin). Maaf kalau salah alamat, saya dapat email ini dari Kaprodi.

Di web kuliah (elearning? moodle? saya belum hafal istilahnya) mata kuliah saya MES2103 namanya masih "Termodinamika", padahal di jadwal dan SK mengajar tertulis "Termodinamika Teknik I". Mohon namanya diganti menjadi Termodinamika Teknik I supaya mahasiswa tidak bingung.

Terima kasih banyak, mohon bimbingannya.

Bayu Nugroho, S.T., M.Eng.
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("purna-tugas-pengampu", "outlook", "senior-polite-letter", "2026-10-01 09:00 +0700",
    ("Ir. Sutrisno Hadi, M.T.", "sutrisno.hadi@polibatam.ac.id"),
    "Permohonan penggantian nama dosen pengampu MK Material Teknik",
    ("course_data", "id", {"course_code": "MES1102", "course_name": "Material Teknik",
                           "changes": {"lecturer": "Ir. Bambang Setiawan, M.T."}}, ""),
    body="""Kepada Yth.
Bapak/Ibu Pengelola E-Learning
Pusat Penjaminan Mutu dan Pengembangan Pembelajaran (P4M)
Politeknik Negeri Batam
di tempat

Dengan hormat,

Semoga Bapak/Ibu senantiasa dalam keadaan sehat walafiat dan dimudahkan dalam segala urusan.

Bersama surat elektronik ini, saya, Ir. Sutrisno Hadi, M.T., dosen pada Program Studi Teknik Mesin, hendak menyampaikan bahwa insya Allah saya akan memasuki masa purna tugas terhitung mulai tanggal 1 November 2026. Sehubungan dengan hal tersebut, dan sesuai keputusan rapat jurusan, pengampuan mata kuliah Material Teknik (MES1102) untuk kelas TM-1A dan TM-1B telah dialihkan kepada rekan saya yang lebih muda, dan beliau sudah mulai masuk kelas sejak minggu ini.

Oleh karena itu, dengan segala kerendahan hati, saya memohon kiranya nama dosen pengampu pada laman e-learning mata kuliah tersebut dapat diganti menjadi Ir. Bambang Setiawan, M.T., agar para mahasiswa tidak keliru ketika hendak menghubungi dosennya.

Materi, kuis dan bank soal yang telah saya susun selama ini mohon tetap dibiarkan di dalam course, semoga masih bermanfaat bagi adik-adik mahasiswa.

Izinkan pula saya menyampaikan terima kasih yang sebesar-besarnya atas bantuan tim P4M selama bertahun-tahun ini; tanpa kesabaran Bapak/Ibu, orang tua seperti saya tentu sulit mengikuti perkembangan teknologi pembelajaran.

Atas perhatian dan bantuan Bapak/Ibu, saya haturkan terima kasih.

Hormat saya,

Ir. Sutrisno Hadi, M.T.
NIP 196110151990031002
Dosen Program Studi Teknik Mesin
Politeknik Negeri Batam
""", cte="quoted-printable", headers=olh("Permohonan penggantian nama dosen pengampu MK Material Teknik"),
    mailer="Microsoft Outlook 16.0")

add("ketua-kelas-mb1a-nama", "gmail", "class-rep-for-class", "2026-10-05 12:20 +0700",
    ("Muhammad Rafi Alfarizi", "4312601017@students.polibatam.ac.id"),
    "Nama mata kuliah di elearning kelas MB 1A tidak sesuai KRS",
    ("course_data", "id", {"course_name": "Pengantar Bisnis",
                           "changes": {"fullname": "Pengantar Ilmu Bisnis"}}, "class representative writing for the class"),
    body="""Assalamualaikum, selamat siang Bapak/Ibu admin elearning.

Saya Rafi, ketua kelas MB 1A, menulis mewakili teman-teman sekelas. Di elearning nama mata kuliahnya tertulis "Pengantar Bisnis", sedangkan di KRS dan jadwal namanya "Pengantar Ilmu Bisnis". Banyak teman yang mengira itu course kelas lain dan tidak masuk.

Kami sudah sampaikan ke Ibu dosennya, dan beliau bilang minta tolong langsung ke P4M. Mohon nama course diganti menjadi Pengantar Ilmu Bisnis.

Terima kasih Bapak/Ibu.
Wassalamualaikum.

Muhammad Rafi Alfarizi
Ketua Kelas MB 1A
NIM 4312601017
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("te3a-semester-elkdaya", "zimbra", "code-switching", "2026-10-06 10:10 +0700",
    ("Yosef Manurung", "yosef.manurung@polibatam.ac.id"),
    "ELK3208 TE-3A semester salah",
    ("course_data", "mixed", {"course_code": "ELK3208", "course_name": "Elektronika Daya",
                              "changes": {"semester": "5"}}, ""),
    body="""Dear P4M,

Course Elektronika Daya ELK3208 untuk TE-3A masih ter-set di semester 4 (copy dari tahun lalu). It should be semester 5, karena kurikulum baru menggeser MK ini ke semester ganjil. Mohon diubah semesternya ke 5 ya.

Other classes of this course (TE-3B, TE-3 Malam) sudah dicek dan sudah benar.

Thanks,
Yosef Manurung
Admin Prodi Teknik Elektro
""", mailer=ZIMBRA)

add("docx-form-rpl", "outlook", "docx-form-only", "2026-10-08 14:44 +0700",
    ("Rina Oktaviani", "rina.oktaviani@polibatam.ac.id"),
    "Formulir perubahan data MK e-learning",
    ("course_data", "id", {"course_code": "TIF3102", "course_name": "Rekayasa Perangkat Lunak",
                           "changes": {"fullname": "Rekayasa Perangkat Lunak Lanjut"}}, "the request is only in the attached DOCX"),
    body="""Dengan hormat,

Terlampir formulir perubahan data mata kuliah e-learning yang sudah ditandatangani Kaprodi. Mohon diproses.

Terima kasih.

Rina Oktaviani
Admin Prodi Teknik Informatika
""", cte="quoted-printable", headers=olh("Formulir perubahan data MK e-learning", attach="yes"),
    atts=[("Form_Perubahan_MK_TIF3102.docx", docx([
        "FORMULIR PERMOHONAN PERUBAHAN DATA MATA KULIAH E-LEARNING",
        "P4M Politeknik Negeri Batam - FM-P4M-07",
        [["Isian", "Data"], ["Program Studi", "Teknik Informatika"], ["Kode MK", "TIF3102"],
         ["Kelas", "TI-3A Pagi"], ["Nama MK (lama)", "Rekayasa Perangkat Lunak"],
         ["Nama MK (baru)", "Rekayasa Perangkat Lunak Lanjut"], ["Alasan", "Penyesuaian kurikulum 2026"]],
        "Batam, 7 Oktober 2026",
        "Mengetahui Kaprodi Teknik Informatika",
    ]))], mailer="Microsoft Outlook 16.0")

add("pdf-form-ecommerce", "gmail", "pdf-signed-form", "2026-10-13 09:25 +0700",
    ("Kevin Tanujaya", "kevin.tanujaya@polibatam.ac.id"),
    "Signed change form - MBS3110",
    ("course_data", "en", {"course_code": "MBS3110", "course_name": "E-Commerce",
                           "changes": {"fullname": "E-Business and E-Commerce"}}, "the change is only in the attached PDF"),
    body="""Hi,

Please find attached the signed course change form for MBS3110. Details are in the PDF.

Best,
Kevin Tanujaya
Business Management
""", atts=[("MBS3110_change_form_signed.pdf", pdf([
        "P4M - Course Data Change Request",
        "Course code: MBS3110",
        "Course full name (old): E-Commerce",
        "Course full name (new): E-Business and E-Commerce",
        "Class: MB 3A and MB 3B (one merged course)",
        "Reason: curriculum revision approved in programme meeting",
        "Requested by: Kevin Tanujaya    Approved: Head of Programme",
    ]))])
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("nama-dosen-salah-tanpa-nilai", "yahoo", "no-new-value", "2026-10-15 16:02 +0700",
    ("Agus Salim", "agussalim_btm@yahoo.co.id"),
    "nama dosen di course Fisika Terapan TM-1B",
    ("course_data", "id", {"course_name": "Fisika Terapan", "changes": {}},
     "asks to fix the lecturer's name but gives no correct name"),
    body="""Siang,

nama dosen di course Fisika Terapan TM-1B salah ketik, gelarnya juga kurang. tolong dibetulkan ya, mahasiswa jadi ragu itu course yg benar atau bukan

trims
Agus Salim
""", mailer="YahooMailAndroid")

add("old-new-shortname-key", "thunderbird", "old-new-lines-en", "2026-10-20 08:48 +0700",
    ("Hana Wijaya", "hana.wijaya@polibatam.ac.id"),
    "TIF1101 Kalkulus I: short name + enrolment key",
    ("course_data", "en", {"course_code": "TIF1101", "course_name": "Kalkulus I",
                           "changes": {"shortname": "CALC1-TI1A-26", "enrolment_key": "kalkulus2026"}}, ""),
    body="""Hi P4M team,

Two settings in TIF1101 Kalkulus I, please:

Short name
  old: CALC1-IF
  new: CALC1-TI1A-26

Enrolment key (self enrolment, Student role)
  old: calc123
  new: kalkulus2026

The old key has been posted on a public forum, so please switch it today if possible. Guest access should stay disabled.

Cheers,
Hana
--
Hana Wijaya, M.Sc.
Informatics Engineering, Politeknik Negeri Batam
""", flowed=True, headers=TBIRD)

add("ak2-malam-dosen-kelas", "outlook", "lama-baru-two-fields", "2026-10-27 11:11 +0700",
    ("Yuni Astuti", "yuni.astuti@polibatam.ac.id"),
    "Perubahan dosen & kelas - Perpajakan I (AKT2203)",
    ("course_data", "id", {"course_code": "AKT2203", "course_name": "Perpajakan I",
                           "changes": {"lecturer": "Nur Aisyah Putri, S.E., M.Ak.", "class": "AK-2A Malam"}}, ""),
    body="""Selamat siang Bapak/Ibu P4M,

Mohon perubahan data course di e-learning berikut:

MK : Perpajakan I (AKT2203)
Dosen  lama: Drs. Syahrul Nizam, Ak.
       baru: Nur Aisyah Putri, S.E., M.Ak.
Kelas  lama: AK-2 Malam
       baru: AK-2A Malam

Perubahan ini sesuai SK pembagian mengajar revisi yang terbit minggu lalu.

Terima kasih,
Yuni Astuti
Admin Prodi Akuntansi
Politeknik Negeri Batam
""" + DISCLAIMER, cte="quoted-printable", headers=olh("Perubahan dosen & kelas - Perpajakan I (AKT2203)"),
    mailer="Microsoft Outlook 16.0")

add("te-inter-ralat", "gmail", "maaf-yang-benar", "2026-11-09 09:35 +0700",
    ("Novi Handayani", "novi.handayani@polibatam.ac.id"),
    "Ralat: nama course kelas TE-1 Inter",
    ("course_data", "id", {"course_code": "ELK1102", "course_name": "Dasar Sistem Digital",
                           "changes": {"fullname": "Fundamentals of Digital Systems"}},
     "correction of the sender's own earlier mail; the corrected name counts"),
    body="""Selamat pagi,

Maaf, ada ralat dari email saya Jumat lalu. Untuk course ELK1102 Dasar Sistem Digital kelas TE-1 Inter (kelas internasional), yang benar:

lama: Dasar Sistem Digital
baru: Fundamentals of Digital Systems

(bukan "Digital System Fundamentals" seperti yang saya tulis sebelumnya, Kaprodi minta disamakan dengan buku panduan kelas internasional).

Terima kasih dan mohon maaf merepotkan.

Novi
Admin Prodi Teknik Elektro
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

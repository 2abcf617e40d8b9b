#!/usr/bin/env python3
"""Held-out part 8: 70 hand-written helpdesk requests (labelled), stdlib only.

Run: python3 tests/data/requests-tune12/make_holdout8.py
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
        if not k.lower().startswith("content-"):
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
    for k, v in m["headers"]:
        if k.lower().startswith("content-"):
            msg[k] = v
    for i, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_%s_%d" % (h(slug + str(i), 18), i))
    return msg.as_bytes(policy=policy.SMTP.clone(max_line_length=120))


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

# ============================== announcement (16) ==============================

add("ami-jadwal-subject-time", "outlook", "time-in-subject", "2026-09-24 16:10 +0700",
    ("Tim Penjaminan Mutu P4M", "spmi.p4m@polibatam.ac.id"),
    "[Mohon tayang Senin 28/9 pukul 08.00] Pengumuman Jadwal Audit Mutu Internal 2026",
    ("announcement", "id", {"title": "Jadwal Audit Mutu Internal (AMI) Tahun 2026", "scope": "site",
                            "publish_at": "2026-09-28T08:00:00+07:00"},
     "publish time in the subject; the audit dates and upload deadline are event dates"),
    body="""Yth. Admin E-Learning,

Mohon dipublikasikan pengumuman berikut di halaman depan e-learning (untuk semua pengguna), tayang Senin, 28 September 2026 pukul 08.00 WIB.

Judul: Jadwal Audit Mutu Internal (AMI) Tahun 2026

Isi:
Diberitahukan kepada seluruh Ketua Jurusan, Ketua Program Studi dan unit kerja di lingkungan Politeknik Negeri Batam bahwa Audit Mutu Internal (AMI) tahun 2026 dilaksanakan mulai Senin, 5 Oktober 2026 sampai dengan Jumat, 16 Oktober 2026. Dokumen pendukung (RPS, BAP, rekap kehadiran dan laporan monev) diunggah ke folder masing-masing paling lambat Jumat, 2 Oktober 2026. Jadwal auditor per prodi dapat dilihat pada lampiran surat tugas.

Terima kasih.

Tim Penjaminan Mutu
P4M Politeknik Negeri Batam
""", cte="quoted-printable", headers=olh("Pengumuman Jadwal Audit Mutu Internal 2026"), mailer="Microsoft Outlook 16.0")

add("kuis2-diundur-besok", "gmail", "relative-tomorrow", "2026-09-29 21:30 +0700",
    ("Irfan Hakim", "irfan.hakim@polibatam.ac.id"),
    "pengumuman kuis diundur - ASD TI-2A Pagi",
    ("announcement", "id", {"course_code": "TIF2105", "course_name": "Algoritma dan Struktur Data",
                            "title": "Kuis 2 Diundur", "scope": "course",
                            "publish_at": "2026-09-30T07:00:00+07:00"},
     "relative publish time (besok) next to the new quiz date"),
    body="""Malam tim P4M,

tolong bantu umumkan di course TIF2105 Algoritma dan Struktur Data kelas TI-2A Pagi ya, saya lagi di luar kota dan cuma pegang hp, susah buka forum:

Judul: Kuis 2 Diundur
Isi: Kuis 2 yang seharusnya besok diundur ke Rabu, 7 Oktober 2026 jam 08.00 di lab 3. Materi tetap sampai pertemuan 5 (tree).

Tayangnya besok jam 07.00 aja, biar anak2 baca sebelum kelas.

Makasih banyak!
Irfan
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("maintenance-effective", "outlook", "effective-event-time", "2026-10-02 10:00 +0700",
    ("Reza Pahlevi", "reza.pahlevi@polibatam.ac.id"),
    "Site notice: e-learning maintenance, effective Saturday 10 Oct 22:00",
    ("announcement", "en", {"title": "Scheduled Maintenance of E-Learning", "scope": "site"},
     "the times are the maintenance window, not a publish time; publish as soon as possible"),
    body="""Hello P4M,

Please post a site-wide notice on the front page as soon as possible:

Title: Scheduled Maintenance of E-Learning

Text: The e-learning server will be upgraded to the new Moodle version. The maintenance is effective Saturday, 10 October 2026 from 22:00 WIB until Sunday 02:00 WIB. During this window the site cannot be accessed; please do not schedule quizzes or assignment deadlines in that period.

Thanks,
Reza Pahlevi
Server & Infrastructure, UPT TIK
""", cte="quoted-printable", headers=olh("Site notice: e-learning maintenance", "en-US"), mailer="Microsoft Outlook 16.0")
MSGS[-1]["html"] = ol("".join(p(html.escape(x)) for x in MSGS[-1]["body"].split("\n")))

add("embedded-display-starting", "thunderbird", "moodle-words-starting", "2026-10-30 15:00 +0700",
    ("Andreas Simanjuntak", "andreas.s@polibatam.ac.id"),
    "Announcements forum post for ELK3301 Embedded Systems",
    ("announcement", "en", {"course_code": "ELK3301", "course_name": "Embedded Systems",
                            "title": "Lab Session Moved to Workshop B", "scope": "course",
                            "publish_at": "2026-11-02T06:30:00+07:00"}, ""),
    body="""Hi,

Could you add a post to the Announcements forum of my course ELK3301 Embedded Systems? I can write forum posts but the "Display period" option is greyed out for me.

Subject of the post: Lab Session Moved to Workshop B
Message: From week 10 onwards, the Thursday lab session takes place in Workshop B (ground floor, building C) because Lab Elektronika 2 is being renovated. Bring your own STM32 boards.

Display period: starting Monday, 2 November 2026 at 06:30, no end date.
Please tick "Send forum post notifications with no editing-time delay".

Thanks,
Andreas
""", flowed=True, headers=TBIRD)

add("uts-mektek-sepuh", "outlook", "senior-polite-event-date", "2026-10-21 08:15 +0700",
    ("Ir. Sutrisno Hadi, M.T.", "sutrisno.hadi@polibatam.ac.id"),
    "Mohon bantuan penayangan pengumuman UTS Mekanika Teknik kelas TM-2A",
    ("announcement", "id", {"course_name": "Mekanika Teknik",
                            "title": "Pelaksanaan Ujian Tengah Semester Mekanika Teknik", "scope": "course"},
     "exam date and time are the event, no publish time"),
    body="""Yth. Bapak/Ibu Tim P4M,

Dengan hormat,

Semoga Bapak/Ibu dalam keadaan sehat. Mohon maaf sebelumnya apabila saya kembali merepotkan. Karena saya masih belum terampil menggunakan fasilitas forum di e-learning, perkenankan saya memohon bantuan Bapak/Ibu untuk menayangkan pengumuman di bawah ini pada course Mekanika Teknik kelas TM-2A, kiranya secepatnya bila Bapak/Ibu berkenan.

Judul: Pelaksanaan Ujian Tengah Semester Mekanika Teknik

Isi: Ujian Tengah Semester mata kuliah Mekanika Teknik kelas TM-2A akan dilaksanakan pada hari Kamis, 29 Oktober 2026, pukul 08.00-10.00 WIB di Ruang GU 702. Mahasiswa diharap membawa kalkulator dan alat tulis sendiri. Ujian bersifat buku tertutup.

Atas kesediaan dan kebaikan hati Bapak/Ibu, saya ucapkan terima kasih yang sebesar-besarnya.

Hormat saya,
Ir. Sutrisno Hadi, M.T.
Dosen Program Studi Teknik Mesin
""", cte="quoted-printable", headers=olh("Mohon bantuan penayangan pengumuman UTS Mekanika Teknik kelas TM-2A"),
    mailer="Microsoft Outlook 16.0")

add("kelas-pengganti-mb3b", "gmail", "class-rep-announcement", "2026-10-09 17:50 +0700",
    ("Nadia Safitri", "4312401033@students.polibatam.ac.id"),
    "Permohonan pengumuman kelas pengganti MB 3B",
    ("announcement", "id", {"course_name": "Manajemen Keuangan", "title": "Kelas Pengganti Manajemen Keuangan",
                            "scope": "course"}, "class representative asks on the lecturer's instruction"),
    body="""Selamat sore Bapak/Ibu,

Saya Nadia, ketua kelas MB 3B. Atas arahan Ibu Ratna (dosen Manajemen Keuangan), kami diminta menghubungi P4M agar pengumuman berikut dipasang di course Manajemen Keuangan MB 3B, karena Ibu sedang dinas ke Jakarta dan sinyal di sana kurang bagus:

Judul: Kelas Pengganti Manajemen Keuangan
Isi: Perkuliahan yang ditiadakan pada Selasa, 6 Oktober 2026 diganti pada Sabtu, 17 Oktober 2026 pukul 09.00 secara daring lewat BigBlueButton di course ini. Kehadiran tetap dihitung.

Ibu Ratna sudah cc di email ini.

Terima kasih banyak.
Nadia Safitri - Ketua Kelas MB 3B
""", cc="ratna.dewi@polibatam.ac.id")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("sosialisasi-lam-hari-ini", "gmail", "relative-today", "2026-10-12 09:40 +0700",
    ("Satgas Akreditasi Polibatam", "satgas.akreditasi@polibatam.ac.id"),
    "Pengumuman sosialisasi akreditasi - mohon tayang hari ini 13.00",
    ("announcement", "id", {"title": "Sosialisasi Persiapan Akreditasi LAM INFOKOM", "scope": "site",
                            "publish_at": "2026-10-12T13:00:00+07:00"},
     "publish 'hari ini pukul 13.00'; the event date inside is not the publish time"),
    body="""Selamat pagi P4M,

Dari Satgas Akreditasi, mohon ditayangkan pengumuman berikut di beranda e-learning untuk seluruh dosen dan tendik, hari ini pukul 13.00 (setelah rapat pimpinan selesai).

Judul: Sosialisasi Persiapan Akreditasi LAM INFOKOM

Dalam rangka persiapan akreditasi Program Studi Teknik Informatika dan Rekayasa Keamanan Siber oleh LAM INFOKOM, Satgas Akreditasi mengundang seluruh dosen dan tenaga kependidikan untuk hadir pada sosialisasi penyusunan LED dan LKPS yang akan diselenggarakan pada Kamis, 15 Oktober 2026 pukul 13.30 WIB di Auditorium Gedung Utama lantai 4.

Terima kasih.

Salam,
Satgas Akreditasi Program Studi
Politeknik Negeri Batam
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("survei-kepuasan-wita", "outlook", "html-only-wita", "2026-10-14 08:20 +0800",
    ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
    "Request: site announcement survei kepuasan (10.00 WITA)",
    ("announcement", "mixed", {"title": "Pengisian Survei Kepuasan Layanan Akademik Semester Ganjil 2026/2027",
                               "scope": "site", "publish_at": "2026-10-14T09:00:00+07:00"},
     "sender in Makassar gives the publish time in WITA; 10.00 WITA is 09.00 WIB"),
    html_=ol(p("Dear tim P4M,") + p() +
             p("Saya sedang di Makassar untuk workshop SPMI, so sorry for the short notice. Please publish this "
               "site announcement today at <b>10.00 WITA</b> (my local time here):") + p() +
             '<ul style="margin-top:0cm" type="disc">\n'
             '<li class="MsoNormal"><b>Title:</b> Pengisian Survei Kepuasan Layanan Akademik Semester Ganjil 2026/2027</li>\n'
             '<li class="MsoNormal"><b>Audience:</b> semua mahasiswa dan dosen (front page)</li>\n'
             '<li class="MsoNormal"><b>Text:</b> Survei dapat diisi melalui menu Feedback di e-learning sampai '
             'Jumat, 30 Oktober 2026. Hasil survei digunakan sebagai bahan tinjauan manajemen.</li>\n'
             '</ul>\n' + p() +
             p("Thank you &amp; salam dari Makassar,") + p("Rahmat Hidayat") +
             p('<span style="font-size:9.0pt;color:gray">Staf Penjaminan Mutu P4M &ndash; Politeknik Negeri Batam</span>')),
    headers=olh("Request: site announcement survei kepuasan", "en-US"), mailer="Microsoft Outlook 16.0")

add("kelas-online-dosen-baru", "gmail", "new-lecturer-kelas-online", "2026-09-09 13:25 +0700",
    ("Clara Anggraini", "clara.anggraini@polibatam.ac.id"),
    "pengumuman di kelas online saya",
    ("announcement", "mixed", {"course_name": "Pengantar Teknologi Informasi",
                               "title": "Welcome to PTI - Baca Kontrak Kuliah", "scope": "course"},
     "new lecturer unsure of the platform words"),
    body="""Hi tim P4M,

Saya Clara, dosen baru di TI (minggu pertama, hehe). Bisa tolong buat pengumuman di kelas online saya, Pengantar Teknologi Informasi untuk TI-1C? I'm not sure whether I can post it myself in the LMS / elearning / moodle, jadi sementara minta tolong dulu.

Title: Welcome to PTI - Baca Kontrak Kuliah
Isi: Welcome to Pengantar Teknologi Informasi! Please read the kontrak kuliah (uploaded in week 1) before our first meeting, and join the class WhatsApp group via the link in the course.

Sooner is better, kelasnya mulai minggu ini.

Thank you so much!
Clara
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("batas-unggah-rps-mulai", "zimbra", "mulai-date-only-deadline", "2026-10-19 10:05 +0700",
    ("Tim Mutu Pembelajaran P4M", "mutu.pembelajaran@polibatam.ac.id"),
    "Pengumuman batas akhir unggah RPS dan kontrak kuliah",
    ("announcement", "id", {"title": "Batas Akhir Unggah RPS dan Kontrak Kuliah Semester Ganjil 2026/2027",
                            "scope": "site"},
     "publish from a date without a clock time; the deadline inside is not the publish time"),
    body="""Kepada admin e-learning,

Mohon ditayangkan pengumuman di halaman depan e-learning mulai Selasa, 20 Oktober 2026, untuk semua dosen:

Judul: Batas Akhir Unggah RPS dan Kontrak Kuliah Semester Ganjil 2026/2027

Isi:
Bapak/Ibu dosen yang belum mengunggah RPS dan kontrak kuliah ke course masing-masing dimohon segera melengkapi paling lambat Jumat, 30 Oktober 2026 pukul 23.59 WIB. Template RPS dan kontrak kuliah terbaru tersedia di menu Dokumen Mutu. Kelengkapan dokumen ini menjadi bahan monev pembelajaran dan AMI.

Terima kasih.
Tim Mutu Pembelajaran - P4M
""", mailer=ZIMBRA)

add("statika-libur-subject-only", "iphone", "subject-only-empty-body", "2026-10-14 06:05 +0700",
    ("Wahyu Kurniawan", "wahyu.kurniawan@polibatam.ac.id"),
    'Tolong tayangkan pengumuman "Kuliah Statika TM-1B Kamis 15 Okt diliburkan" di elearning',
    ("announcement", "id", {"course_name": "Statika", "title": "Kuliah Statika TM-1B Kamis 15 Okt diliburkan",
                            "scope": "course"}, "request only in the subject; body empty apart from the phone signature"),
    body="""

Dikirim dari iPhone saya
""", cte="base64", mailer=IPHONE)

add("guest-lecture-plus-bap", "gmail", "two-requests-en", "2026-11-03 10:30 +0700",
    ("Daniel Siregar", "daniel.siregar@polibatam.ac.id"),
    "Announcement for MES4101 + BAP template",
    ("announcement", "en", {"course_code": "MES4101", "course_name": "Manufacturing Systems",
                            "title": "Guest Lecture: Industry 4.0 in Batam Shipyards", "scope": "course",
                            "publish_at": "2026-11-05T07:00:00+07:00"},
     "two requests; the announcement is the main one, the template is secondary"),
    body="""Hello P4M,

Please publish this announcement in my course MES4101 Manufacturing Systems (TM-4A and TM-4B) on Thursday 5 November at 07:00:

Title: Guest Lecture: Industry 4.0 in Batam Shipyards
Body: Our guest lecture with an engineer from a Tanjung Uncang shipyard takes place on Friday, 13 November 2026, 09:00-11:00 in the Auditorium. Attendance counts as a regular meeting.

Also, if it's not too much trouble, could someone send me the BAP template for guest lectures? I couldn't find it on the quality documents page.

Thanks a lot,
Daniel Siregar
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("led-instrumen-pdf", "outlook", "pdf-announcement-letter", "2026-11-06 14:20 +0700",
    ("Tim LED Prodi Akuntansi", "led.akuntansi@polibatam.ac.id"),
    "Permohonan penayangan pengumuman (surat terlampir)",
    ("announcement", "id", {"title": "Pengisian Instrumen Evaluasi Diri Program Studi", "scope": "site",
                            "publish_at": "2026-11-09T07:30:00+07:00"},
     "the announcement text is in the attached PDF, the publish time in the body"),
    body="""Yth. Tim P4M,

Bersama ini kami lampirkan surat berisi pengumuman untuk seluruh dosen. Mohon pengumuman terlampir ditayangkan di e-learning untuk semua pengguna, mulai Senin 9 November 2026 pukul 07.30.

Terima kasih atas kerja samanya.

Tim Penyusun LED
Program Studi Akuntansi Manajerial
""", cte="quoted-printable", headers=olh("Permohonan penayangan pengumuman", attach="yes"),
    atts=[("Pengumuman_Instrumen_LED.pdf", pdf([
        "PENGUMUMAN",
        "Pengisian Instrumen Evaluasi Diri Program Studi",
        "",
        "Dalam rangka penyusunan Laporan Evaluasi Diri (LED), seluruh dosen dimohon",
        "mengisi instrumen evaluasi diri melalui menu Feedback di e-learning.",
        "Pengisian dibuka 9 s.d. 20 November 2026.",
        "",
        "Batam, 6 November 2026",
        "Tim Penyusun LED Program Studi Akuntansi Manajerial",
    ]))], mailer="Microsoft Outlook 16.0")

add("quiz3-reset-tomorrow-7pm", "gmail", "relative-tomorrow-en", "2026-11-10 20:40 +0700",
    ("Priya Natarajan", "priya.natarajan@polibatam.ac.id"),
    "Announcement in Cost Accounting AK-2B - tomorrow 7pm",
    ("announcement", "en", {"course_name": "Cost Accounting", "title": "Quiz attempts reset for Quiz 3",
                            "scope": "course", "publish_at": "2026-11-11T19:00:00+07:00"},
     "relative publish time (tomorrow 7 pm)"),
    body="""Hi team,

Could you post an announcement in the course Cost Accounting, class AK-2B? Please schedule it for tomorrow at 7 pm (19:00), after the class ends.

Title: Quiz attempts reset for Quiz 3
Text: Because of the server error during Quiz 3, all attempts have been reset. You may retake Quiz 3 until Sunday, 15 November 2026, 23:59. Your best attempt will be recorded in the gradebook.

Many thanks,
Priya
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("ak1-malam-jadwal-mulai", "outlook", "mulai-minggu-depan", "2026-11-12 11:45 +0700",
    ("Yuni Astuti", "yuni.astuti@polibatam.ac.id"),
    "Pengumuman perubahan jadwal SIA - AK-1 Malam",
    ("announcement", "mixed", {"course_code": "AKT1205", "course_name": "Sistem Informasi Akuntansi",
                               "title": "Perubahan Jadwal Kuliah Sistem Informasi Akuntansi AK-1 Malam",
                               "scope": "course"},
     "'mulai minggu depan' is when the schedule changes, not a publish time"),
    body="""Dear Bapak/Ibu P4M,

Mohon bantu post pengumuman di course AKT1205 Sistem Informasi Akuntansi untuk kelas AK-1 Malam (please post it today):

Judul: Perubahan Jadwal Kuliah Sistem Informasi Akuntansi AK-1 Malam
Isi: Mulai minggu depan, kuliah SIA untuk AK-1 Malam pindah dari Rabu ke Kamis, jam 19.00-21.30, ruang TA 10.3. The change is effective until the end of the semester.

Thank you,
Yuni Astuti
Admin Prodi Akuntansi
""" + DISCLAIMER, cte="quoted-printable", headers=olh("Pengumuman perubahan jadwal SIA - AK-1 Malam"),
    mailer="Microsoft Outlook 16.0")

add("webinar-h5p-besok-pagi", "zimbra", "relative-besok-pagi", "2026-11-19 15:30 +0700",
    ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
    "Tolong tayangkan info webinar H5P",
    ("announcement", "id", {"title": "Webinar: Membuat Konten Interaktif dengan H5P", "scope": "site",
                            "publish_at": "2026-11-20T08:00:00+07:00"},
     "publish 'besok pagi jam 8'; the webinar date is the event"),
    body="""Siang rekan-rekan P4M,

Tolong tayangkan info webinar ini di beranda elearning untuk semua dosen ya, besok pagi jam 8.

Judul: Webinar: Membuat Konten Interaktif dengan H5P
Webinar pengembangan pembelajaran seri ke-4 akan membahas pembuatan video interaktif, kuis drag-and-drop dan presentasi interaktif dengan H5P di e-learning. Dilaksanakan Rabu, 25 November 2026 pukul 13.00-15.00 WIB melalui BigBlueButton (tautan ada di course "Pojok Dosen"). Pendaftaran tidak diperlukan, e-sertifikat diberikan bagi yang mengisi daftar hadir.

Makasih,
Lina
Divisi Pengembangan Pembelajaran P4M
""", mailer=ZIMBRA)

# ============================== elearning_support (12) ==============================

add("lms-kelas-tidak-muncul", "gmail", "new-lecturer-no-courses", "2026-09-01 10:15 +0700",
    ("Putri Ayu Lestari", "putri.ayu@polibatam.ac.id"),
    "kelas saya tidak muncul di LMS",
    ("elearning_support", "id", {}, ""),
    body="""Selamat pagi,

Saya Putri, dosen baru di Prodi Akuntansi mulai minggu ini. Saya sudah bisa login ke LMS (atau namanya elearning? moodle? maaf saya masih bingung istilahnya) pakai akun SSO, tapi di Dashboard tidak ada satu pun kelas yang muncul. Menurut jadwal saya mengajar Pengantar Akuntansi I untuk AK-1A Pagi dan AK-1B Pagi, kuliah pertama hari Kamis.

Apakah saya harus daftar sendiri ke kelasnya, atau ada yang perlu memasukkan saya dulu?

Terima kasih,
Putri Ayu Lestari, S.E., M.Ak.
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("quiz-attempt-stuck", "thunderbird", "moodle-words-quiz", "2026-09-15 22:10 +0700",
    ("Hana Wijaya", "hana.wijaya@polibatam.ac.id"),
    "Quiz attempt stuck 'In progress' - TIF1101 Quiz 1",
    ("elearning_support", "en", {}, ""),
    body="""Hi P4M,

In TIF1101 Kalkulus I, Quiz 1 (time limit 30 minutes, "Open attempts are submitted automatically"), one student's attempt is still shown as "In progress" two hours after the close time, and the student cannot start a new attempt. The quiz report shows 0 responses for her, although she says she answered everything.

I tried a user override with one extra attempt, but the "Re-attempt quiz" button still doesn't appear for her. Could you look at the attempt log? Student: Salsabila Putri, ID 3312501044.

Thanks,
Hana
""", flowed=True, headers=TBIRD)

add("turnitin-missing", "outlook", "plain-en", "2026-09-18 09:30 +0700",
    ("Maria Theresia Sinaga", "maria.sinaga@polibatam.ac.id"),
    "Turnitin settings not showing in Assignment",
    ("elearning_support", "en", {}, ""),
    body="""Dear P4M Team,

When I create a new Assignment in MBS2107 Business Communication, the "Turnitin plagiarism plugin settings" section does not appear in the settings form anymore. Last semester it was right under "Submission types". Without it my students' essays are not sent to Turnitin.

Has the plugin been disabled, or do I need a different role in the course?

Kind regards,
Maria
""", cte="quoted-printable", headers=olh("Turnitin settings not showing in Assignment", "en-US"), mailer="Microsoft Outlook 16.0")

add("bbb-recording-hilang", "gmail", "bbb-code-switch", "2026-09-23 14:00 +0700",
    ("Teguh Prasetyo", "teguh.prasetyo@polibatam.ac.id"),
    "Recording BigBlueButton tidak muncul",
    ("elearning_support", "mixed", {}, ""),
    body="""Halo P4M,

Kemarin saya kuliah via BigBlueButton di course MES3102 Mekanika Fluida, recording-nya sudah saya start dari awal. But until now the recording is not listed in the BBB activity, cuma ada tulisan "There are no recordings for this room". Biasanya maksimal satu jam sudah muncul.

Mahasiswa yang tidak bisa hadir butuh rekaman itu. Bisa tolong dicek di server?

Thanks,
Teguh
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("mb3b-belum-enrol", "gmail", "class-rep-not-enrolled", "2026-09-25 19:30 +0700",
    ("Nadia Safitri", "4312401033@students.polibatam.ac.id"),
    "satu kelas MB 3B belum masuk course Manajemen Operasional",
    ("elearning_support", "id", {}, "class representative writing for the whole class"),
    body="""Selamat malam Bapak/Ibu,

Mohon maaf mengganggu malam-malam. Saya Nadia, ketua kelas MB 3B. Kami satu kelas (32 orang) sampai sekarang belum bisa melihat course Manajemen Operasional di elearning, padahal kelas MB 3A sudah bisa dari minggu lalu. Tugas pertama deadline-nya Senin.

Kalau dicari di "Course search" muncul, tapi pas diklik ada tulisan "You cannot enrol yourself in this course".

Mohon bantuannya ya Pak/Bu. Daftar NIM terlampir di bawah kalau diperlukan:
4312401001 s.d. 4312401032

Terima kasih.
Nadia Safitri
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("cara-ganti-fullname-sendiri", "zimbra", "how-to-near-miss", "2026-09-30 10:40 +0700",
    ("Fitriani Lubis", "fitriani.lubis@polibatam.ac.id"),
    "Cara mengubah nama course sendiri?",
    ("elearning_support", "id", {}, "a how-to question about renaming a course, not a change request"),
    body="""Halo P4M,

Mau tanya, bagaimana caranya mengubah course full name sendiri di e-learning? Di menu Settings course saya kolom nama kelihatannya abu-abu, tidak bisa diketik. Apakah dosen memang tidak diberi hak edit, atau saya salah menu?

Belum mau ganti sekarang kok, hanya ingin tahu caranya supaya semester depan tidak perlu merepotkan P4M.

Terima kasih,
Fitriani
""", mailer=ZIMBRA)

add("restore-backup-gagal", "gmail", "backup-restore", "2026-10-07 16:20 +0700",
    ("Kevin Tanujaya", "kevin.tanujaya@polibatam.ac.id"),
    "Course restore fails at 'Executing the restore'",
    ("elearning_support", "en", {}, ""),
    body="""Hi P4M,

I downloaded a course backup (.mbz, 48 MB, users not included) of last year's MBS3110 and tried to restore it into this semester's course with "Merge the backup course into this course". It stops at "Executing the restore" with "Error reading from database" after about 60%.

I tried twice, also with "Delete the contents of this course and then restore". Could you check the logs or run the restore from your side? The backup file is in my private files.

Best,
Kevin
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("gradebook-total-salah", "outlook", "gradebook-html", "2026-10-16 13:00 +0700",
    ("Dewi Kartika", "dewi.kartika@polibatam.ac.id"),
    "Nilai total di gradebook tidak sesuai",
    ("elearning_support", "mixed", {}, ""),
    html_=ol(p("Halo tim P4M,") + p() +
             p("Di gradebook course Akuntansi Biaya AK-2A, <b>Course total</b> hasilnya aneh. Saya set "
               "aggregation <i>Weighted mean of grades</i>: tugas 30, kuis 20, UTS 50. But the total for most "
               "students is above 100, misalnya 134,5.") + p() +
             p("Sudah saya cek Setup &gt; Gradebook setup, bobotnya benar. Apakah ada kategori tersembunyi "
               "atau setting yang perlu di-recalculate? Nilai UTS mau saya rilis minggu depan.") + p() +
             p("Thanks a lot,") + p("Dewi Kartika")),
    headers=olh("Nilai total di gradebook tidak sesuai"), mailer="Microsoft Outlook 16.0")

add("upload-tugas-kebesaran", "gmail", "student-group", "2026-10-22 23:40 +0700",
    ("Kelompok 3 TM-2B", "kelompok3.tm2b@gmail.com"),
    "tidak bisa upload laporan kelompok, file kebesaran",
    ("elearning_support", "id", {}, "a student group writing together"),
    body="""Malam pak/bu admin elearning

kami kelompok 3 kelas TM-2B (Rizal, Dinda, Fajar, Oktavia) mau upload laporan praktikum Proses Produksi tp muncul tulisan "The file is too large. The maximum size is 10 MB". file laporan kami 23 MB krn banyak foto dr bengkel. deadline jam 23.59 malam ini.

sudah coba kompres tp masih 14 MB. apa batasnya bisa dinaikkan atau kami kirim lewat apa pak?

mohon bantuannya
kelompok 3 TM-2B
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("lupa-sandi-sepuh", "outlook", "senior-polite-password", "2026-10-26 07:30 +0700",
    ("Drs. H. Zulkifli Nasution, M.M.", "zulkifli.nasution@polibatam.ac.id"),
    "Mohon bantuan: tidak dapat masuk ke e-learning",
    ("elearning_support", "id", {}, ""),
    body="""Kepada Yth.
Bapak/Ibu Petugas Layanan E-Learning P4M

Assalamu'alaikum warahmatullahi wabarakatuh.

Dengan hormat,

Mohon maaf sebelumnya apabila surat ini kurang berkenan. Sejak hari Jumat yang lalu saya tidak dapat masuk ke laman e-learning. Setiap kali saya mengetikkan nama pengguna dan kata sandi, muncul tulisan "Invalid login, please try again". Saya sudah mencoba beberapa kali dengan hati-hati, namun hasilnya tetap sama. Kemungkinan besar saya yang lupa kata sandi, karena minggu lalu cucu saya membantu mengganti kata sandi di komputer rumah.

Karena dalam minggu ini saya harus memeriksa tugas mahasiswa Manajemen Bisnis kelas MB 4A, dengan segala kerendahan hati saya memohon bantuan Bapak/Ibu untuk mengatur ulang kata sandi saya, dan bila berkenan, menuliskan langkah-langkahnya dengan sederhana agar saya dapat mengikutinya.

Atas perhatian dan kesabaran Bapak/Ibu, saya mengucapkan terima kasih.

Wassalamu'alaikum warahmatullahi wabarakatuh.

Hormat saya,
Drs. H. Zulkifli Nasution, M.M.
Dosen Senior Program Studi Manajemen Bisnis
""", cte="quoted-printable", headers=olh("Mohon bantuan: tidak dapat masuk ke e-learning"), mailer="Microsoft Outlook 16.0")

add("h5p-tidak-tampil", "thunderbird", "h5p-en", "2026-11-04 11:05 +0700",
    ("Daniel Siregar", "daniel.siregar@polibatam.ac.id"),
    "H5P interactive video shows blank frame",
    ("elearning_support", "en", {}, ""),
    body="""Hi,

I added an H5P activity (Interactive Video, uploaded from the content bank) to MES4101 Manufacturing Systems. In the content bank preview it works, but inside the course the activity shows only a white frame with "Loading..." for students and for me. Tried Chrome and Firefox, cleared cache.

The .h5p file is 9 MB, made with Lumi. Is there a size limit or a library that needs to be updated?

Regards,
Daniel
""", flowed=True, headers=TBIRD)

add("lupa-password-subject-only", "samsung", "subject-only-support", "2026-11-16 07:02 +0700",
    ("Agus Salim", "agussalim_btm@yahoo.co.id"),
    "lupa password elearning, tolong direset",
    ("elearning_support", "id", {}, "request only in the subject"),
    body="""

--
Agus Salim
Dosen LB Teknik Mesin
""", cte="base64")

# ============================== document_request (7) ==============================

add("ami-auditor-sop-instrumen", "outlook", "auditor-request", "2026-09-28 13:45 +0700",
    ("Dr. Erlina Sari, M.Pd.", "erlina.sari@polibatam.ac.id"),
    "Permintaan SOP dan instrumen AMI standar pembelajaran",
    ("document_request", "id", {}, ""),
    body="""Yth. Tim P4M,

Sehubungan dengan penugasan saya sebagai auditor AMI 2026 untuk Prodi Teknik Elektro, mohon dikirimkan dokumen berikut:

1. SOP Pelaksanaan Perkuliahan Daring (versi terbaru)
2. Instrumen audit AMI untuk Standar Proses Pembelajaran
3. Formulir daftar temuan dan PTK (permintaan tindakan koreksi)

Dokumen dalam format Word lebih baik agar dapat kami isi langsung. Desk evaluation dimulai Senin, 5 Oktober 2026.

Terima kasih.

Dr. Erlina Sari, M.Pd.
Auditor Internal SPMI Politeknik Negeri Batam
""", cte="quoted-printable", headers=olh("Permintaan SOP dan instrumen AMI standar pembelajaran"), mailer="Microsoft Outlook 16.0")

add("satgas-template-led-lkps", "gmail", "task-force-templates", "2026-10-02 15:15 +0700",
    ("Satgas Akreditasi Polibatam", "satgas.akreditasi@polibatam.ac.id"),
    "Mohon template LED dan LKPS LAM INFOKOM",
    ("document_request", "id", {}, ""),
    body="""Selamat sore P4M,

Satgas Akreditasi Prodi Rekayasa Keamanan Siber membutuhkan template Laporan Evaluasi Diri (LED) dan Laporan Kinerja Program Studi (LKPS) sesuai format LAM INFOKOM terbaru, beserta borang isian tabel LKPS dalam Excel jika ada. Kalau P4M juga punya contoh LED prodi lain yang sudah terakreditasi, kami sangat terbantu.

Terima kasih,
Satgas Akreditasi
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("template-rps-kontrak-qa", "gmail", "programme-qa-team", "2026-10-09 09:05 +0700",
    ("Gugus Mutu Teknik Mesin", "gkm.mesin@polibatam.ac.id"),
    "Request template RPS & kontrak kuliah terbaru",
    ("document_request", "mixed", {}, ""),
    body="""Dear P4M,

Kami dari Gugus Kendali Mutu (GKM) Prodi Teknik Mesin. For our internal review this month, kami butuh:

- template RPS berbasis OBE (versi 2026, yang ada kolom CPMK-Sub-CPMK)
- template kontrak kuliah
- if available, rubrik penilaian RPS yang dipakai waktu monev

Please send the Word versions. Terima kasih banyak!

Regards,
GKM Teknik Mesin
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("dosen-baru-formulir-bap", "gmail", "new-lecturer-forms", "2026-09-05 20:00 +0700",
    ("Bayu Nugroho", "bayu.nugroho@polibatam.ac.id"),
    "di mana dapat formulir RPS dan BAP?",
    ("document_request", "id", {}, ""),
    body="""Malam Bapak/Ibu,

Saya Bayu lagi, dosen baru Teknik Mesin. Kaprodi minta saya menyiapkan RPS dan mengisi BAP tiap pertemuan, tapi saya belum tahu dapat formulirnya di mana. Apakah ada template RPS dan formulir BAP perkuliahan yang resmi dari P4M? Kalau ada mohon dikirim ke email ini.

Terima kasih, maaf banyak bertanya di minggu pertama ini.

Bayu
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("sop-edom-english", "outlook", "qa-english", "2026-10-23 10:10 +0700",
    ("Priya Natarajan", "priya.natarajan@polibatam.ac.id"),
    "SOP for student evaluation of teaching (EDOM)",
    ("document_request", "en", {}, ""),
    body="""Dear P4M Team,

I am coordinating the quality file for the international class of Accounting. Could you send me the SOP for the student evaluation of lecturers (EDOM), and, if it exists, an English version of the EDOM questionnaire? Our partner university asked for both for the joint programme review.

Thank you very much,
Priya Natarajan
Quality Coordinator, International Class - Accounting
""", cte="quoted-printable", headers=olh("SOP for student evaluation of teaching (EDOM)", "en-US"), mailer="Microsoft Outlook 16.0")

add("formulir-serah-terima-sepuh", "outlook", "senior-polite-form", "2026-11-02 09:20 +0700",
    ("Ir. Sutrisno Hadi, M.T.", "sutrisno.hadi@polibatam.ac.id"),
    "Permohonan formulir serah terima mata kuliah",
    ("document_request", "id", {}, ""),
    body="""Yth. Bapak/Ibu Tim P4M,

Dengan hormat,

Menjelang berakhirnya masa tugas saya, Ketua Jurusan meminta agar saya menyerahkan berkas perkuliahan (RPS, bank soal, rekap nilai dan BAP) kepada dosen pengganti secara tertulis. Apabila tidak merepotkan, saya memohon dikirimkan formulir serah terima mata kuliah yang berlaku di lingkungan Politeknik Negeri Batam, beserta template BAP perkuliahan yang terbaru.

Atas perhatian dan bantuannya saya ucapkan terima kasih.

Hormat saya,
Ir. Sutrisno Hadi, M.T.
""", cte="quoted-printable", headers=olh("Permohonan formulir serah terima mata kuliah"), mailer="Microsoft Outlook 16.0")

add("borang-monev-plus-lambat", "gmail", "two-requests-doc", "2026-11-18 14:30 +0700",
    ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
    "Borang monev pembelajaran daring",
    ("document_request", "mixed", {}, "two requests; the document is the main one, the slowness remark is secondary"),
    body="""Halo P4M,

Mohon kirimkan borang monev pembelajaran daring semester ganjil (instrumen observasi course + rekap per prodi), we need it for the monev visit to Teknik Informatika next week.

Btw, tadi siang elearning agak lambat waktu dibuka dari kampus, but it's fine now, just FYI.

Thanks,
Rahmat
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

# ============================== other (7) ==============================

add("alumni-legalisir", "gmail", "alumni-misdirected", "2026-09-12 10:00 +0700",
    ("Stevani Gultom", "stevanigultom97@gmail.com"),
    "Legalisir ijazah dan transkrip alumni 2019",
    ("other", "id", {}, "alumna asking for legalised certificates; misdirected to P4M"),
    body="""Selamat pagi,

Saya Stevani Gultom, alumni D3 Akuntansi angkatan 2016 (lulus 2019). Saya butuh legalisir ijazah dan transkrip nilai untuk melamar CPNS, tapi sekarang saya tinggal di Medan. Apakah bisa dikirim lewat pos, dan berapa biayanya? Saya dapat alamat email ini dari website kampus.

Terima kasih,
Stevani
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("ortu-tanya-nilai", "yahoo", "parent", "2026-10-10 08:00 +0700",
    ("Hj. Rosmawati", "rosmawati_btm@yahoo.co.id"),
    "Tanya nilai anak saya",
    ("other", "id", {}, "a parent asking about a student's grades"),
    body="""Assalamualaikum

Bapak/Ibu, saya orang tua dari Ahmad Fikri mahasiswa Teknik Elektro semester 3. Anak saya bilang nilainya di elearning banyak yang kosong dan dia takut tidak naik. Saya mau tanya apakah saya sebagai orang tua bisa melihat nilai anak saya, atau saya harus datang ke kampus? Kami di Tanjung Pinang.

Terima kasih, mohon maaf kalau salah alamat.
Wassalam
Ibu Rosmawati
""", mailer="YahooMailAndroid")

add("vendor-proctoring", "other", "vendor-html-offer", "2026-09-17 11:00 +0800",
    ("Jessica Tan | ProctorLane Asia", "jessica.tan@proctorlane-asia.com"),
    "Secure online exams on your Moodle - free pilot for Politeknik Negeri Batam",
    ("other", "en", {}, "vendor offer"),
    body="""Dear Helpdesk Team,

I hope this email finds you well. ProctorLane is an AI proctoring plugin for Moodle used by over 40 universities in Southeast Asia. It integrates with your existing quizzes, records webcam and screen, and flags suspicious behaviour automatically.

We would love to offer Politeknik Negeri Batam a free 60-day pilot for up to 500 students. Would you have 20 minutes next week for a short demo? Just reply with a convenient time.

Best regards,
Jessica Tan
Partnerships Manager, ProctorLane Asia Pte Ltd
Singapore | +65 6100 2233
""", html_=None)
MSGS[-1]["html"] = ('<html><body style="font-family:Arial">' + "".join(
    "<p>%s</p>" % html.escape(x).replace("\n", "<br>") for x in MSGS[-1]["body"].split("\n\n")) +
    '<p style="font-size:10px;color:#999">If you no longer wish to hear from us, reply STOP.</p></body></html>\n')

add("spam-jurnal-scopus", "other", "spam-like", "2026-10-28 03:12 +0700",
    ("Editorial Office IJAERS", "editor.ijaers.publish@outlook.com"),
    "Call for Papers: Guaranteed Scopus Q2 publication within 14 days",
    ("other", "en", {}, "spam-like publishing offer"),
    body="""Dear Respected Author/Researcher,

Greetings of the day!!

We are pleased to invite your esteemed institution to submit research papers to our International Journal of Advanced Engineering Research and Science. GUARANTEED acceptance and Scopus Q2 indexing within 14 days. Special discount of 40% for Indonesian lecturers for the November issue.

APC: USD 299 only. Send your manuscript to this email with the subject "Submission November".

Kindly forward this to all lecturers of your institution.

Warm regards,
Dr. J. Smith
Editorial Office
""")

add("makasih-udah-ganti", "gmail", "thank-you", "2026-10-09 16:40 +0700",
    ("Kevin Tanujaya", "kevin.tanujaya@polibatam.ac.id"),
    "Re: Course restore fails at 'Executing the restore'",
    ("other", "mixed", {}, "thanks in an existing thread; nothing new is asked"),
    body="""Mantap, restore-nya sudah masuk semua, termasuk question bank. Thank you so much for the quick help, sangat membantu sebelum UTS!

Kevin

Pada Rab, 7 Okt 2026 pukul 16.20 Kevin Tanujaya <kevin.tanujaya@polibatam.ac.id>
menulis:

> Hi P4M,
>
> I downloaded a course backup (.mbz, 48 MB, users not included) of last
> year's MBS3110 and tried to restore it into this semester's course with
> "Merge the backup course into this course". It stops at "Executing the
> restore" with "Error reading from database" after about 60%.
""")
MSGS[-1]["html"] = gm(MSGS[-1]["body"])

add("keluhan-tayang-terlambat", "outlook", "complaint", "2026-09-28 11:30 +0700",
    ("Tim Penjaminan Mutu P4M", "spmi.p4m@polibatam.ac.id"),
    "Pengumuman AMI tayang terlambat",
    ("other", "id", {}, "a complaint about an announcement already published; nothing to do now"),
    body="""Yth. Admin E-Learning,

Kami ingin menyampaikan bahwa pengumuman Jadwal AMI 2026 yang kami minta tayang pukul 08.00 tadi pagi ternyata baru muncul sekitar pukul 10.15. Beberapa Kaprodi sudah menanyakan ke kami sejak pagi. Pengumuman sekarang sudah tampil dengan benar, jadi tidak ada yang perlu diubah, namun mohon ke depan jadwal tayang dapat lebih diperhatikan, karena pengumuman dari unit mutu sering terkait tenggat waktu.

Terima kasih atas perhatiannya.

Tim Penjaminan Mutu P4M
""", cte="quoted-printable", headers=olh("Pengumuman AMI tayang terlambat"), mailer="Microsoft Outlook 16.0")

add("rencana-ganti-nama-nanti", "zimbra", "hedged-plan", "2026-11-24 10:00 +0700",
    ("Yosef Manurung", "yosef.manurung@polibatam.ac.id"),
    "Info: rencana perubahan nama MK semester genap",
    ("other", "id", {}, "a plan announced for later ('nanti saya minta'), not a change request yet"),
    body="""Selamat pagi P4M,

Sekadar info awal: Prodi Teknik Elektro sedang membahas revisi nama beberapa MK untuk semester genap, salah satunya Mikroprosesor yang kemungkinan menjadi Sistem Mikroprosesor dan Antarmuka. Keputusannya baru di rapat prodi tanggal 3 Desember, nanti setelah rapat saya minta ganti resmi lewat formulir.

Untuk sekarang belum perlu ada yang diubah ya.

Salam,
Yosef
Admin Prodi Teknik Elektro
""", mailer=ZIMBRA)

# ============================== auto (6) ==============================

add("moodle-backup-status", "moodle", "noreply-cron", "2026-09-06 02:00 +0700",
    ("Politeknik Negeri Batam E-Learning", "noreply@elearning.polibatam.ac.id"),
    "Politeknik Negeri Batam E-Learning: Automated backup status: UNFINISHED",
    ("auto", "en", {}, "Moodle cron notification from a no-reply address"),
    body="""Hi Admin P4M,

Summary of automated backups for the site:

Total courses: 1,284
OK: 1,270
Errors: 3
Unfinished: 9
Skipped: 2
Warning: 0

Automated backups did not finish within the allowed time. Please check the scheduled task log for \\core\\task\\automated_backup_task.

This message was sent automatically by the site. Please do not reply.
""", headers=(("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
              ("Precedence", "bulk"), ("X-Moodle-Originating-Script", "admin/cli/cron.php")))

add("bounce-mailbox-penuh", "mailer-daemon", "mailbox-full-bounce", "2026-10-05 09:02 +0700",
    ("Mail Delivery System", "MAILER-DAEMON@mx1.polibatam.ac.id"), "",
    ("auto", "en", {}, "bounce: recipient mailbox full"),
    raw="""
Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mx1.polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Undelivered Mail Returned to Sender
Date: {DATE}
Message-ID: {MID}
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="{B}"

This is a MIME-encapsulated message.

--{B}
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.polibatam.ac.id.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<ferry.gunawan@polibatam.ac.id>: host mbox2.polibatam.ac.id[10.10.2.15] said:
    552 5.2.2 <ferry.gunawan@polibatam.ac.id>: Mailbox full: quota exceeded
    (in reply to RCPT TO command)

--{B}
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.polibatam.ac.id
Arrival-Date: Mon,  5 Oct 2026 09:01:58 +0700 (WIB)

Final-Recipient: rfc822; ferry.gunawan@polibatam.ac.id
Action: failed
Status: 5.2.2
Remote-MTA: dns; mbox2.polibatam.ac.id
Diagnostic-Code: smtp; 552 5.2.2 <ferry.gunawan@polibatam.ac.id>: Mailbox full:
    quota exceeded

--{B}
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: helpdesk-p4m@polibatam.ac.id
To: ferry.gunawan@polibatam.ac.id
Subject: [P4M-2026-0412] Permintaan Anda telah kami terima
Date: Mon, 05 Oct 2026 09:01:55 +0700

--{B}--
""")

add("ooo-cuti-xautoreply", "zimbra", "ooo-x-autoreply-only", "2026-10-19 14:22 +0700",
    ("Sri Wahyuni", "sri.wahyuni@polibatam.ac.id"),
    "Re: [P4M-2026-0468] Permintaan Anda telah kami terima",
    ("auto", "id", {}, "Indonesian out-of-office; only X-Autoreply marks it"),
    body="""Terima kasih atas email Bapak/Ibu.

Saya sedang cuti melahirkan sampai dengan 30 November 2026 dan tidak dapat membaca email secara rutin. Untuk urusan administrasi Prodi Manajemen Bisnis silakan menghubungi Ibu Larasati Putri (larasati.putri@polibatam.ac.id).

Salam,
Sri Wahyuni
""", headers=(("X-Autoreply", "yes"),), mailer=ZIMBRA)

add("newsletter-vokasi", "phplist", "newsletter-list-unsubscribe", "2026-11-11 07:00 +0700",
    ("Info Vokasi Nusantara", "newsletter@infovokasi-nusantara.id"),
    "Info Vokasi Edisi November: Hibah Pembelajaran Digital 2027 & Webinar Micro-credential",
    ("auto", "id", {}, "list mail with List-Unsubscribe"),
    html_="""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2>Info Vokasi Nusantara &ndash; Edisi November 2026</h2>
<ul>
<li><b>Hibah Pembelajaran Digital 2027</b> dibuka untuk perguruan tinggi vokasi; proposal diterima sampai akhir Januari.</li>
<li><b>Webinar Micro-credential</b> untuk pengelola LMS &ndash; daftar melalui tautan di situs kami.</li>
<li>Tips: menyusun RPS berbasis OBE untuk kelas daring.</li>
</ul>
<p style="font-size:11px;color:#888">Anda menerima email ini karena terdaftar di milis Info Vokasi.
<a href="https://infovokasi-nusantara.id/lists/?p=unsubscribe&amp;uid=7f3a9c">Berhenti berlangganan</a></p>
</body></html>
""", hcte="quoted-printable",
    headers=(("List-Id", "Info Vokasi Nusantara <infovokasi.list.infovokasi-nusantara.id>"),
             ("List-Unsubscribe", "<https://infovokasi-nusantara.id/lists/?p=unsubscribe&uid=7f3a9c>, <mailto:unsubscribe@infovokasi-nusantara.id>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk"), ("X-Mailer", "phplist v3.6.15")))

add("dibaca-read-receipt", "outlook", "read-receipt", "2026-11-13 08:05 +0700",
    ("Ferry Gunawan", "ferry.gunawan@polibatam.ac.id"), "",
    ("auto", "id", {}, "read receipt (disposition-notification)"),
    raw="""
From: Ferry Gunawan <ferry.gunawan@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Dibaca: [P4M-2026-0533] Permintaan Anda telah diselesaikan
Date: {DATE}
Message-ID: {MID}
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="{B}"
X-Mailer: Microsoft Outlook 16.0
Content-Language: id-ID

--{B}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Pesan Anda

    Kepada: Ferry Gunawan
    Subjek: [P4M-2026-0533] Permintaan Anda telah diselesaikan
    Dikirim: 12/11/2026 16:48

telah dibaca pada 13/11/2026 08:05.

--{B}
Content-Type: message/disposition-notification

Reporting-UA: polibatam.ac.id; Microsoft Outlook 16.0
Final-Recipient: rfc822; ferry.gunawan@polibatam.ac.id
Original-Message-ID: <p4m.2026.0533.resolved@polibatam.ac.id>
Disposition: manual-action/MDN-sent-manually; displayed

--{B}--
""")

add("gmail-vacation-reply", "gmail", "vacation-responder", "2026-11-25 12:30 +0700",
    ("Priya Natarajan", "priya.natarajan.work@gmail.com"),
    "Re: [P4M-2026-0571] Your request has been received",
    ("auto", "en", {}, "Gmail vacation responder (Auto-Submitted: auto-replied)"),
    body="""Hello,

Thank you for your message. I am on annual leave in Chennai and will be back in the office on 7 December 2026, with limited access to e-mail until then.

For urgent matters about the international class of Accounting, please contact the programme office at akuntansi@polibatam.ac.id.

Best regards,
Priya
""", headers=(("Auto-Submitted", "auto-replied"),))
MSGS[-1]["html"] = gm(MSGS[-1]["body"])


if __name__ == "__main__":
    sys.exit(main())

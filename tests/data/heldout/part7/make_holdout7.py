#!/usr/bin/env python3
"""Held-out part7: 70 hand-written helpdesk requests (stdlib only, deterministic).

Run:  python3 tests/data/heldout/part7/make_holdout7.py
Writes NNN-*.eml (numbered in Date order) and labels.json next to this script.
"""
import hashlib
import html as htmlmod
import io
import json
import os
import re
import sys
import zipfile
from collections import Counter
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
HD = "helpdesk-p4m@polibatam.ac.id"
HDN = "Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>"
PLAN = {"course_data": 22, "announcement": 16, "elearning_support": 12,
        "document_request": 7, "other": 7, "auto": 6}
MSGS = []


def hx(slug, salt="", n=16):
    return hashlib.sha256((slug + "|" + salt).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- attachments
def docx(paragraphs):
    """A minimal Word document; paragraphs are plain strings (bold if they start with '**')."""
    def run(p):
        bold = p.startswith("**")
        t = htmlmod.escape(p[2:] if bold else p, quote=False)
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, t)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(run(p) for p in paragraphs) + '<w:sectPr/></w:body></w:document>')
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml", doc),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def pdf(lines, title="Dokumen"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< /Title (%s) /Producer (Microsoft Word) >>" % esc(title)).encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def png(slug, w=40, h=24):
    import struct
    import zlib
    seed = hashlib.sha256(slug.encode()).digest()
    raw = b""
    for y in range(h):
        raw += b"\x00" + bytes((seed[(x + y) % 32] if y % 6 else 200) for x in range(w) for _ in range(3))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


DOCX_T = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


# ---------------------------------------------------------------- builder
def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def add(slug, typ, lang, date, frm, subject, body=None, *, html=None, cte=None, hcte=None,
        to=HDN, cc=None, hdrs=(), atts=(), fwd=None, fields=None, note="", irt=None,
        mid_domain=None, raw=None, charset="utf-8"):
    MSGS.append(dict(slug=slug, type=typ, lang=lang, date=date, frm=frm, subject=subject, body=body,
                     html=html, cte=cte, hcte=hcte, to=to, cc=cc, hdrs=hdrs, atts=atts, fwd=fwd,
                     fields=fields or {}, note=note, irt=irt, mid_domain=mid_domain, raw=raw,
                     charset=charset))


def _cte(text, want):
    if want:
        return want
    try:
        text.encode("ascii")
        return "7bit"
    except UnicodeEncodeError:
        return "quoted-printable"


def build(m):
    slug = m["slug"]
    if m["raw"] is not None:
        raw = m["raw"].replace("{BOUNDARY}", "=_%s" % hx(slug, "b", 24)).replace("{MID}", hx(slug, "m", 20))
        return crlf(raw).encode("utf-8")
    msg = EmailMessage(policy=policy.SMTP)
    dom = m["mid_domain"] or m["frm"].split("@")[-1].rstrip(">")
    msg["Date"] = m["date"]
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Message-ID"] = "<%s.%s@%s>" % (hx(slug, "m", 20), hx(slug, "n", 8), dom)
    if m["irt"]:
        msg["In-Reply-To"] = "<%s@%s>" % (hx(m["irt"], "irt", 20), m["irt"])
        msg["References"] = msg["In-Reply-To"]
    for k, v in m["hdrs"]:
        msg[k] = v
    body, html = m["body"], m["html"]
    if body is not None:
        msg.set_content(body, charset=m["charset"], cte=_cte(body, m["cte"]))
        if html is not None:
            msg.add_alternative(html, subtype="html", cte=_cte(html, m["hcte"] or "quoted-printable"))
    elif html is not None:
        msg.set_content(html, subtype="html", cte=_cte(html, m["hcte"] or m["cte"] or "quoted-printable"))
    for fname, (maint, subt), data in m["atts"]:
        msg.add_attachment(data, maintype=maint, subtype=subt, filename=fname)
    if m["fwd"] is not None:
        inner = EmailMessage(policy=policy.SMTP)
        f = m["fwd"]
        inner["Date"] = f["date"]
        inner["From"] = f["frm"]
        inner["To"] = f.get("to", HDN)
        inner["Subject"] = f["subject"]
        inner["Message-ID"] = "<%s@%s>" % (hx(slug, "fwd", 20), f["frm"].split("@")[-1].rstrip(">"))
        inner.set_content(f["body"], cte=_cte(f["body"], f.get("cte")))
        if msg.get_content_maintype() != "multipart":
            msg.make_mixed()
        msg.add_attachment(inner)
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("%s%s" % ("0000000000" if "gmail" in dom else "----=_Part_", hx(slug, "b%d" % i, 22)))
            i += 1
    return msg.as_bytes()


# ---------------------------------------------------------------- checks
def strip_html(s):
    s = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</li>|</tr>|</div>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return htmlmod.unescape(s)


def decoded_text(msg):
    out = [str(msg["subject"] or "")]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        if ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            t = part.get_content()
            out.append(strip_html(t))
            out.append(htmlmod.unescape(t))
        elif ct == DOCX_T[0] + "/" + DOCX_T[1]:
            z = zipfile.ZipFile(io.BytesIO(part.get_content()))
            x = z.read("word/document.xml").decode("utf-8")
            out.append(htmlmod.unescape(re.sub(r"<[^>]+>", "", x.replace("</w:p>", "\n"))))
        elif ct == "application/pdf":
            b = part.get_content().decode("latin-1")
            for s in re.findall(r"\(((?:\\.|[^\\)])*)\) Tj", b):
                out.append(re.sub(r"\\(.)", r"\1", s))
        elif part.get_content_maintype() == "text" or ct.startswith("message/"):
            try:
                out.append(part.get_content() if isinstance(part.get_content(), str) else "")
            except Exception:
                out.append(part.get_payload() if isinstance(part.get_payload(), str) else "")
        # message/rfc822 payloads are walked into: their headers are added below
        if part.get("subject") and part is not msg:
            out.append(str(part["subject"]))
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0)
            out.append(str(inner["subject"]))
    return "\n".join(out)


MON_ID = {m: i for i, ms in enumerate([
    ("januari", "jan"), ("februari", "feb", "pebruari"), ("maret", "mar"), ("april", "apr"), ("mei", "may"),
    ("juni", "jun", "june"), ("juli", "jul", "july"), ("agustus", "agu", "agt", "aug", "august"),
    ("september", "sep", "sept"), ("oktober", "okt", "oct", "october"), ("november", "nov", "nop"),
    ("desember", "des", "dec", "december")], 1) for m in ms}
MON_ID.update({"january": 1, "february": 2, "march": 3})
WD = {}
for i, names in enumerate([("senin", "sen", "monday", "mon"), ("selasa", "sel", "tuesday", "tue"),
                           ("rabu", "rab", "wednesday", "wed"), ("kamis", "kam", "thursday", "thu"),
                           ("jumat", "jum'at", "jum", "friday", "fri"), ("sabtu", "sab", "saturday", "sat"),
                           ("minggu", "min", "sunday", "sun")]):
    for n in names:
        WD[n] = i
WDRE = "|".join(sorted(WD, key=len, reverse=True))
MONRE = "|".join(sorted(MON_ID, key=len, reverse=True))
PAT1 = re.compile(r"\b(%s)\b,?\s+(?:tanggal\s+|tgl\.?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(%s)\b\.?,?\s*(\d{4})?" % (WDRE, MONRE), re.I)
PAT2 = re.compile(r"\b(%s)\b,?\s+(%s)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b,?\s*(\d{4})?" % (WDRE, MONRE), re.I)
PAT3 = re.compile(r"\b(%s)\b,?\s+(?:tanggal\s+|tgl\.?\s+)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b" % WDRE, re.I)


def check_weekdays(text, where):
    errs = []
    for pat, kind in ((PAT1, 1), (PAT2, 2), (PAT3, 3)):
        for mo in pat.finditer(text):
            wd = WD[mo.group(1).lower()]
            if kind == 1:
                d, mon, y = int(mo.group(2)), MON_ID[mo.group(3).lower()], int(mo.group(4) or 2026)
            elif kind == 2:
                mon, d, y = MON_ID[mo.group(2).lower()], int(mo.group(3)), int(mo.group(4) or 2026)
            else:
                d, mon, y = int(mo.group(2)), int(mo.group(3)), int(mo.group(4))
                y = y + 2000 if y < 100 else y
            try:
                real = datetime(y, mon, d).weekday()
            except ValueError:
                errs.append("%s: bad date %r" % (where, mo.group(0)))
                continue
            if real != wd:
                errs.append("%s: weekday mismatch %r" % (where, mo.group(0)))
    return errs


FIELD_KEYS = {"course_code", "course_name", "changes", "title", "scope", "publish_at"}
CHANGE_KEYS = {"fullname", "shortname", "lecturer", "class", "semester", "credits", "enrolment_key", "summary"}


def check(m, data):
    errs = []
    slug = m["slug"]
    if b"\n" in data.replace(b"\r\n", b"") or b"\r" in data.replace(b"\r\n", b""):
        errs.append("%s: not CRLF" % slug)
    msg = message_from_bytes(data, policy=policy.default)
    for part in msg.walk():
        if part.defects:
            errs.append("%s: defects %r" % (slug, part.defects))
    if str(msg["subject"]) != m["subject"]:
        errs.append("%s: subject round-trip %r" % (slug, str(msg["subject"])))
    if m["raw"] is None and parsedate_to_datetime(str(msg["date"])) != parsedate_to_datetime(m["date"]):
        errs.append("%s: date round-trip" % slug)
    dt = parsedate_to_datetime(str(msg["date"]))
    if not (datetime(2026, 9, 1).date() <= dt.date() <= datetime(2026, 11, 28).date()):
        errs.append("%s: date out of range" % slug)
    if dt.utcoffset() not in (timedelta(hours=7), timedelta(hours=8)):
        errs.append("%s: offset" % slug)
    for part in msg.walk():
        if part.get_filename() and len(part.get_content() if not isinstance(part.get_content(), str) else part.get_content().encode()) >= 30000:
            errs.append("%s: attachment too big" % slug)
    text = decoded_text(msg)
    errs += check_weekdays(text, slug)
    f = m["fields"]
    if m["type"] not in ("course_data", "announcement"):
        if f:
            errs.append("%s: fields on %s" % (slug, m["type"]))
    else:
        if set(f) - FIELD_KEYS:
            errs.append("%s: unknown keys" % slug)
        vals = [v for k, v in f.items() if k in ("course_code", "course_name", "title")]
        if m["type"] == "course_data":
            if "changes" not in f:
                errs.append("%s: no changes" % slug)
            if set(f.get("changes", {})) - CHANGE_KEYS:
                errs.append("%s: bad change key" % slug)
            vals += list(f.get("changes", {}).values())
            if {"title", "scope", "publish_at"} & set(f):
                errs.append("%s: announcement keys on course_data" % slug)
        else:
            if f.get("scope") not in ("course", "site"):
                errs.append("%s: scope" % slug)
            if "publish_at" in f and not re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d(:\d\d)?\+07:00", f["publish_at"]):
                errs.append("%s: publish_at format" % slug)
            if "changes" in f:
                errs.append("%s: changes on announcement" % slug)
        for v in vals:
            if v not in text:
                errs.append("%s: value not verbatim: %r" % (slug, v))
    if m["lang"] not in ("id", "en", "mixed"):
        errs.append("%s: lang" % slug)
    return errs


def main():
    built = []
    errs = []
    seen = set()
    for m in MSGS:
        if m["slug"] in seen:
            errs.append("duplicate slug " + m["slug"])
        seen.add(m["slug"])
        data = build(m)
        errs += check(m, data)
        dt = parsedate_to_datetime(m["date"])
        built.append((dt, m, data))
    built.sort(key=lambda t: (t[0], t[1]["slug"]))
    labels = {}
    names = set()
    for i, (dt, m, data) in enumerate(built, 1):
        name = "%03d-%s.eml" % (i, m["slug"])
        names.add(name)
        labels[name] = {"type": m["type"], "lang": m["lang"], "fields": m["fields"], "note": m["note"]}
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    for fn in os.listdir(HERE):
        if re.match(r"\d{3}-.*\.eml$", fn) and fn not in names:
            os.remove(os.path.join(HERE, fn))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    types = Counter(m["type"] for m in MSGS)
    langs = Counter(m["lang"] for m in MSGS)
    print("messages:", len(MSGS), dict(types), dict(langs))
    for e in errs:
        print("ERROR", e)
    if dict(types) != PLAN:
        print("ERROR counts differ from plan", PLAN)
        errs.append("plan")
    return 1 if errs else 0


# ================================================================ messages
OUTLOOK = (("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtQx2kLmZr8bQ0pTWmPq1E4xYv3Ng=="))
IPHONE = (("X-Mailer", "iPhone Mail (21H16)"),)
DISC = ("\n\n--\nPERHATIAN: Email ini beserta lampirannya hanya ditujukan kepada penerima yang dituju dan dapat berisi\n"
        "informasi yang bersifat rahasia. Jika Anda bukan penerima yang dimaksud, mohon segera hapus email ini.\n")

# ---------------------------------------------------------------- course_data (22)
add("outlook-surat-dinas-wadir-ganti-pengampu", "course_data", "id", "Tue, 01 Sep 2026 09:41:07 +0700",
    "Wakil Direktur Bidang Akademik <wadir1@polibatam.ac.id>",
    "Permohonan Perubahan Dosen Pengampu pada E-Learning", """\
Nomor     : 1187/PL29/AK.01/2026
Lampiran  : -
Perihal   : Permohonan Perubahan Dosen Pengampu pada E-Learning

Yth. Kepala P4M
Politeknik Negeri Batam
di tempat

Dengan hormat,

Menindaklanjuti Surat Keputusan Direktur tentang Penugasan Dosen Semester Ganjil Tahun Akademik 2026/2027
serta adanya penugasan studi lanjut saudara Yudhistira Pratama, S.Kom., M.Cs., bersama ini kami mohon
bantuan Saudara untuk melakukan perubahan dosen pengampu pada e-learning untuk mata kuliah berikut:

Kode Mata Kuliah   : IF3105
Nama Mata Kuliah   : Manajemen Proyek Perangkat Lunak
Dosen Pengampu Baru: Dr. Rahmat Hidayat, S.Kom., M.T.

Perubahan tersebut kami harapkan sudah berlaku sebelum perkuliahan minggu kedua dimulai.

Demikian kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.


Wakil Direktur Bidang Akademik,

ttd

Dr. Ir. Hendra Kusuma Wijaya, M.T.
NIP 197503122002121003

Tembusan:
1. Direktur (sebagai laporan)
2. Ketua Jurusan Teknik Informatika
""" + DISC, hdrs=OUTLOOK,
    fields={"course_code": "IF3105", "course_name": "Manajemen Proyek Perangkat Lunak",
            "changes": {"lecturer": "Dr. Rahmat Hidayat, S.Kom., M.T."}})

add("zimbra-surat-kajur-elektro-sks-semester", "course_data", "id", "Thu, 03 Sep 2026 13:05:44 +0700",
    "Jurusan Teknik Elektro <jte@polibatam.ac.id>",
    "Surat Jurusan: Penyesuaian SKS dan Semester MK TRE-3201", """\
KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI
POLITEKNIK NEGERI BATAM - JURUSAN TEKNIK ELEKTRO
Jalan Ahmad Yani, Batam Centre, Batam 29461

Nomor    : 214/PL29.3/JTE/IX/2026
Lampiran : 1 (satu) berkas
Perihal  : Penyesuaian data mata kuliah pada e-learning

Kepada Yth.
Kepala Pusat Pengembangan Pembelajaran dan Penjaminan Mutu (P4M)

Dengan hormat,
Sehubungan dengan berlakunya kurikulum Teknologi Rekayasa Elektronika hasil peninjauan tahun 2026, terdapat
penyesuaian pada mata kuliah TRE-3201 Sistem Kendali Digital. Bobot mata kuliah berubah dari 2 SKS menjadi
3 SKS, dan mata kuliah dipindahkan dari semester 5 ke semester 6.
Untuk itu kami mohon data course tersebut di e-learning disesuaikan sebagai berikut:
  - SKS      : 3
  - Semester : 6

Atas bantuan Bapak/Ibu kami ucapkan terima kasih.

Hormat kami,
Ketua Jurusan Teknik Elektro

Sri Wahyuni Siregar, S.T., M.Sc.
""", hdrs=(("User-Agent", "Zimbra Webmail (ZimbraWebClient - FF117 (Win)/9.0.0_GA_4583)"),),
    fields={"course_code": "TRE-3201", "course_name": "Sistem Kendali Digital",
            "changes": {"credits": "3", "semester": "6"}},
    note="Old and new values both appear in the letter; the list at the end gives the new ones.")

add("gmail-reply-tiket-koreksi-nama-baru", "course_data", "id", "Mon, 07 Sep 2026 20:16:52 +0700",
    "Wulan Sari Dewi <wulan.sari@polibatam.ac.id>",
    "Re: [Tiket #2026-0412] Perubahan nama mata kuliah IF2206", """\
Selamat malam,

Mohon maaf ada koreksi pak. Nama baru yang benar "Pemrograman Web Lanjut", bukan "Pemrograman Web II"
seperti di email saya sebelumnya. Kode tetap IF2206. Kalau sudah terlanjur diubah, mohon diganti lagi ya.

Terima kasih banyak.

Wulan

Pada Sen, 7 Sep 2026 pukul 10.03 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:

> Yth. Ibu Wulan Sari Dewi,
>
> Permintaan Anda telah kami terima dengan nomor tiket #2026-0412.
> Ringkasan: ubah nama lengkap course IF2206 Pemrograman Web menjadi "Pemrograman Web II".
> Tiket akan diproses paling lambat 2 hari kerja.
>
> Salam,
> Helpdesk P4M Politeknik Negeri Batam
""", hdrs=(), irt="polibatam.ac.id",
    fields={"course_code": "IF2206", "course_name": "Pemrograman Web",
            "changes": {"fullname": "Pemrograman Web Lanjut"}},
    note="Reply in a ticket thread correcting the new name given earlier; the corrected value is the change.")

add("gmail-codeswitch-enrolkey-lowercase-code", "course_data", "mixed", "Wed, 09 Sep 2026 08:02:10 +0700",
    "Raka Aditya <raka.aditya@polibatam.ac.id>",
    "update enrolment key if 2206", """\
Hi tim P4M,

tolong di-update ya enrolment key utk course if 2206 jadi WebDev#26 , yg lama udah kesebar di grup angkatan
sebelumnya soalnya. Kalo bisa before class hari Kamis ya.

thanks a lot!
Raka
""", html="""<div dir="ltr">Hi tim P4M,<div><br></div><div>tolong di-update ya enrolment key utk course if 2206 jadi WebDev#26 , yg lama udah kesebar di grup angkatan sebelumnya soalnya. Kalo bisa before class hari Kamis ya.</div><div><br></div><div>thanks a lot!</div><div>Raka</div></div>""",
    fields={"course_code": "if 2206", "changes": {"enrolment_key": "WebDev#26"}})

add("outlook-docx-terlampir-formulir-nama", "course_data", "id", "Fri, 11 Sep 2026 10:27:31 +0700",
    "Prodi Administrasi Bisnis Terapan <abt@polibatam.ac.id>",
    "Formulir perubahan data MK", """\
Dengan hormat,

Terlampir.

Terima kasih.

Admin Prodi ABT
""", hdrs=OUTLOOK, atts=[("Formulir_Perubahan_Data_MK_MK4102.docx", DOCX_T, docx([
        "**FORMULIR PERUBAHAN DATA MATA KULIAH PADA E-LEARNING",
        "Unit: Program Studi Administrasi Bisnis Terapan",
        "Kode Mata Kuliah: MK4102",
        "Nama Mata Kuliah (saat ini): Kewirausahaan Teknologi",
        "Nama Lengkap Baru: Technopreneurship",
        "Nama Singkat Baru: TECHNO-4102",
        "Alasan perubahan: penyesuaian nomenklatur kurikulum 2026.",
        "Batam, 10 September 2026",
        "Koordinator Program Studi,",
        "Nurul Aini Lubis, S.E., M.M.",
    ]))],
    fields={"course_code": "MK4102", "course_name": "Kewirausahaan Teknologi",
            "changes": {"fullname": "Technopreneurship", "shortname": "TECHNO-4102"}},
    note="The request is only in the attached DOCX form; the body says only that it is attached.")

add("thunderbird-pdf-terlampir-ringkasan", "course_data", "id", "Tue, 15 Sep 2026 14:50:03 +0700",
    "Gilang Ramadhan <gilang.r@polibatam.ac.id>",
    "Permohonan perubahan deskripsi MK", """\
Yth. Tim P4M,

Bersama ini terlampir surat permohonan kami. Mohon dapat ditindaklanjuti.

Salam,
Gilang Ramadhan
Dosen Jurusan Manajemen Bisnis
""", cte="8bit", hdrs=(("User-Agent", "Mozilla Thunderbird 128.2.0"),),
    atts=[("permohonan-deskripsi-MB1203.pdf", ("application", "pdf"), pdf([
        "Perihal: Permohonan Perubahan Ringkasan Mata Kuliah",
        "Kepada Yth. Kepala P4M Politeknik Negeri Batam",
        "Dengan hormat,",
        "Saya selaku dosen pengampu mata kuliah Etika Profesi (MB1203) memohon agar ringkasan",
        "(summary) course pada e-learning diganti dengan teks berikut:",
        "Mata kuliah ini membahas prinsip etika, kode etik profesi, dan tanggung jawab sosial di dunia kerja.",
        "Terima kasih atas perhatiannya.",
        "Batam, 15 September 2026",
        "Gilang Ramadhan, S.E., M.Ak.",
    ], title="Permohonan"))],
    fields={"course_code": "MB1203", "course_name": "Etika Profesi",
            "changes": {"summary": "Mata kuliah ini membahas prinsip etika, kode etik profesi, dan tanggung jawab sosial di dunia kerja."}},
    note="The request is only in the attached PDF letter.")

add("outlook-html-bullets-ganti-kelas", "course_data", "id", "Thu, 17 Sep 2026 09:12:45 +0700",
    "Teguh Prasetyo <teguh.prasetyo@polibatam.ac.id>",
    "Perubahan kelas course Keamanan Jaringan", None, html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>
<body lang="EN-ID"><div class="WordSection1">
<p class="MsoNormal">Selamat pagi Tim P4M,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Mohon bantuan perubahan data course berikut:</p>
<ul style="margin-top:0cm">
<li class="MsoNormal"><b>Kode MK:</b> RKS3301</li>
<li class="MsoNormal"><b>Nama MK:</b> Keamanan Jaringan</li>
<li class="MsoNormal"><b>Kelas lama:</b> RKS-3A</li>
<li class="MsoNormal"><b>Kelas baru:</b> RKS-3A Malam</li>
</ul>
<p class="MsoNormal">Kelas pagi sudah digabung ke kelas malam mulai minggu ini.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Terima kasih,</p>
<p class="MsoNormal"><b>Teguh Prasetyo, S.Tr.Kom., M.Kom.</b><br>Program Studi Rekayasa Keamanan Siber</p>
</div></body></html>""", hdrs=OUTLOOK,
    fields={"course_code": "RKS3301", "course_name": "Keamanan Jaringan", "changes": {"class": "RKS-3A Malam"}})

add("iphone-bottompost-tiket-kelas", "course_data", "id", "Mon, 21 Sep 2026 06:48:19 +0700",
    "Dimas Anggoro <dimas.anggoro@polibatam.ac.id>",
    "Re: [Tiket #2026-0388] Penyesuaian kelas e-learning Basis Data", """\
Pada 20 Sep 2026, pukul 16.22, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:

> Yth. Bapak Dimas,
> Terkait tiket #2026-0388 untuk course IF2103 Basis Data, mohon konfirmasi
> kelas yang benar untuk course tersebut, karena di SIAKAD tercatat dua kelas.
> Terima kasih.
> Helpdesk P4M

kelasnya jadi TI-2B pak, yg pagi. yg TI-2C ga usah

Dikirim dari iPhone saya
""", hdrs=IPHONE, cte="quoted-printable", irt="polibatam.ac.id",
    fields={"course_code": "IF2103", "course_name": "Basis Data", "changes": {"class": "TI-2B"}},
    note="Bottom-posted answer to the helpdesk's question; the code and name are only in the quote.")

add("yahoo-batak-ganti-dosen-fisika", "course_data", "id", "Wed, 23 Sep 2026 19:33:02 +0700",
    "Parulian Hutabarat <parulian.hutabarat@yahoo.co.id>",
    "tolong ganti dosen di elearning", """\
Horas bapak/ibu di P4M,

Saya Parulian Hutabarat dosen LB di Teknik Mesin. Tolong lah diganti nama dosen di e-learning Fisika Terapan,
sudah bukan saya lagi yang mengajar semester ini. Yang ngajar sekarang Lamhot Sinaga, S.T., M.Eng. Kasihan
mahasiswa nanya terus ke saya padahal saya sudah tidak pegang kelas itu.

Mohon dibantu lah ya pak, bah sudah dua minggu ini.

Mauliate,
Parulian
""", mid_domain="mail.yahoo.com",
    fields={"course_name": "Fisika Terapan", "changes": {"lecturer": "Lamhot Sinaga, S.T., M.Eng."}})

add("gmail-jawa-nama-singkat-akuntansi", "course_data", "id", "Fri, 25 Sep 2026 11:20:38 +0700",
    "Sekar Ayuningtyas <sekar.ayu@polibatam.ac.id>",
    "nyuwun tulung nama singkat course AK2201", """\
Nuwun sewu Pak/Bu,

Mohon dibantu nggih, nama singkat course Akuntansi Biaya (AK2201) di e-learning diganti jadi AKBI-2201.
Soalnya sekarang nama singkatnya masih AK2201-2019, jadi mahasiswa bingung pas cari di dashboard.

Matur nuwun sanget.

Sekar
""",
    fields={"course_code": "AK2201", "course_name": "Akuntansi Biaya", "changes": {"shortname": "AKBI-2201"}})

add("gmail-minang-semester-statistika", "course_data", "id", "Tue, 29 Sep 2026 15:04:27 +0700",
    "Rahmi Fitria <rahmi.fitria@polibatam.ac.id>",
    "ubah semester course statistika bisnis", """\
Assalamualaikum da, ni,

Tolong ubahkan semester course Statistika Bisnis (MB2105) di e-learning dari Ganjil 2025/2026 jadi
Ganjil 2026/2027 yo. Course-nyo masih tampil di semester lamo, jadi anak-anak indak dapek mancari.

Tarimo kasih banyak sabalunnyo.

Rahmi Fitria
Dosen Manajemen Bisnis
""",
    fields={"course_code": "MB2105", "course_name": "Statistika Bisnis", "changes": {"semester": "Ganjil 2026/2027"}})

add("outlook-korean-visiting-summary", "course_data", "en", "Thu, 01 Oct 2026 10:15:00 +0700",
    "Kim Min-jun <minjun.kim@outlook.com>",
    "Request: course summary for Embedded Systems Design (EL4203)", """\
Dear P4M helpdesk team,

Good morning. My name is Kim Min-jun, a visiting lecturer from Korea teaching in the Electronics programme this
semester under the lecturer exchange programme.

I would like to kindly request that the course summary of "Embedded Systems Design" (EL4203) on the e-learning
be replaced with the following text:

Design and implementation of microcontroller-based embedded systems, real-time operating concepts and low-power hardware.

The current summary is still the old Indonesian one from the previous lecturer, and my students from the
international class cannot follow it. Thank you very much for your help.

Best regards,
Kim Min-jun
Visiting Lecturer, Department of Electrical Engineering
""", hdrs=OUTLOOK, mid_domain="outlook.com",
    fields={"course_code": "EL4203", "course_name": "Embedded Systems Design",
            "changes": {"summary": "Design and implementation of microcontroller-based embedded systems, real-time operating concepts and low-power hardware."}})

add("thunderbird-german-enrolment-key", "course_data", "en", "Mon, 05 Oct 2026 16:41:12 +0700",
    "Jonas Becker <jonas.becker@polibatam.ac.id>",
    "Enrolment key for Industrial Automation", """\
Hello,

please set the enrolment key of my course Industrial Automation (MEK3302) to Automation2026!

The current key was posted in a public WhatsApp group by mistake, so students from other classes are
enrolling. Thank you in advance.

Kind regards
Jonas Becker
Guest Lecturer, Mechatronics
""", cte="8bit", hdrs=(("User-Agent", "Mozilla Thunderbird 128.3.1"),),
    fields={"course_code": "MEK3302", "course_name": "Industrial Automation",
            "changes": {"enrolment_key": "Automation2026!"}},
    note="The exclamation mark belongs to the key.")

add("gmail-indian-fullname-kindly-needful", "course_data", "en", "Wed, 07 Oct 2026 12:09:55 +0700",
    "Dr. Venkatesh Iyer <venkatesh.iyer.mech@gmail.com>",
    "Course name change request - ME-4105", """\
Respected Sir/Madam,

Greetings from the Mechanical Engineering department.

Kindly change the course full name of ME-4105 from "Thermodynamics II" to "Applied Thermodynamics" in the
e-learning portal at the earliest. The new name has been approved as per the revised curriculum.

Kindly do the needful.

Thanks and regards,
Dr. Venkatesh Iyer
Visiting Faculty (Indo-Pacific Academic Exchange)
Mobile: +91 98450 12345
""", html="""<div dir="ltr">Respected Sir/Madam,<br><br>Greetings from the Mechanical Engineering department.<br><br>Kindly change the course full name of ME-4105 from &quot;Thermodynamics II&quot; to &quot;Applied Thermodynamics&quot; in the e-learning portal at the earliest. The new name has been approved as per the revised curriculum.<br><br>Kindly do the needful.<br><br>Thanks and regards,<br>Dr. Venkatesh Iyer<br>Visiting Faculty (Indo-Pacific Academic Exchange)<br>Mobile: +91 98450 12345</div>""",
    fields={"course_code": "ME-4105", "course_name": "Thermodynamics II",
            "changes": {"fullname": "Applied Thermodynamics"}})

add("gmail-japanese-lecturer-name", "course_data", "en", "Fri, 09 Oct 2026 08:55:21 +0700",
    "Haruto Sato <haruto.sato.lab@gmail.com>",
    "Lecturer name on Robotics Fundamentals course", """\
Dear Helpdesk P4M,

I am sorry to trouble you. I am Haruto Sato, exchange lecturer from Japan, and I teach the course
Robotics Fundamentals (RBT2101) from this semester.

On the course page, the lecturer is still shown as Mr. Andi Wirawan. Could you please change the lecturer
to Dr. Haruto Sato? Mr. Andi has moved to another course and he agreed with this change.

Thank you very much for your kind support.

Sincerely,
Haruto Sato
""",
    fields={"course_code": "RBT2101", "course_name": "Robotics Fundamentals",
            "changes": {"lecturer": "Dr. Haruto Sato"}})

add("outlook-html-intl-office-class-credits", "course_data", "en", "Tue, 13 Oct 2026 13:37:48 +0700",
    "International Office Polibatam <io@polibatam.ac.id>",
    "BIPA101 course data update", None, html="""<html><body style="font-family:Segoe UI,sans-serif;font-size:10pt">
<p>Dear P4M colleagues,</p>
<p>For the incoming exchange cohort, please update the e-learning course <b>Bahasa Indonesia for Foreign Students</b> as follows:</p>
<ul>
<li><b>Course code:</b> BIPA101</li>
<li><b>Class:</b> INT-2026</li>
<li><b>Credits:</b> 2</li>
</ul>
<p>The students from Korea, Japan and India will be enrolled by the programme admin afterwards.</p>
<p>Many thanks,<br><b>Anisa Putri Harahap</b><br>International Office &ndash; Politeknik Negeri Batam</p>
</body></html>""", hdrs=OUTLOOK,
    fields={"course_code": "BIPA101", "course_name": "Bahasa Indonesia for Foreign Students",
            "changes": {"class": "INT-2026", "credits": "2"}})

add("gmail-codeswitch-tiket-koreksi-kode", "course_data", "mixed", "Thu, 15 Oct 2026 21:07:30 +0700",
    "Bella Oktaviani <bella.okta@polibatam.ac.id>",
    "Re: [Tiket #2026-0457] Ganti shortname Data Mining", """\
Sorry pak, tadi saya salah tulis kodenya. Bukan IF3201 tapi IF3210 ya.
Yang diganti tetep shortname jadi DATMIN-A. Thanks!

Pada Kam, 15 Okt 2026 pukul 14.10 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:

> Yth. Ibu Bella Oktaviani,
> Tiket #2026-0457 telah kami terima: ubah nama singkat course IF3201 menjadi DATMIN-A.
> Salam, Helpdesk P4M
""", irt="polibatam.ac.id",
    fields={"course_code": "IF3210", "course_name": "Data Mining", "changes": {"shortname": "DATMIN-A"}},
    note="Reply correcting the course code of an earlier ticket; the corrected code identifies the course.")

add("samsung-between-quotes-fullname", "course_data", "mixed", "Mon, 19 Oct 2026 07:31:14 +0700",
    "Fajar Nugroho <fajar.nugroho@polibatam.ac.id>",
    "Re: [Tiket #2026-0466] Data course Komputasi Awan", """\
Morning pak, jawaban saya di bawah ya


-------- Pesan asli --------
Dari: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Tanggal: 17/10/26 10.05 (GMT+07:00)
Ke: Fajar Nugroho <fajar.nugroho@polibatam.ac.id>
Subjek: [Tiket #2026-0466] Data course Komputasi Awan

> Yth. Bapak Fajar, untuk memproses permintaan Bapak kami perlu data berikut:
> 1. Kode mata kuliah:

TRPL 3104

> 2. Nama course saat ini:

Komputasi Awan

> 3. Nama baru yang diinginkan:

Cloud Computing Fundamentals, biar sama dgn nama di kurikulum internasional

> 4. Apakah ada perubahan lain?

no, itu aja. thanks pak

Dikirim dari Samsung Galaxy saya
""", cte="base64",
    fields={"course_code": "TRPL 3104", "course_name": "Komputasi Awan",
            "changes": {"fullname": "Cloud Computing Fundamentals"}},
    note="Answers written between the quoted questions of the helpdesk.")

add("gmail-codeswitch-ganti-dosen-data-mining", "course_data", "mixed", "Wed, 21 Oct 2026 17:45:03 +0700",
    "Andika Saputra <andika.saputra@students.polibatam.ac.id>",
    "dosen di course Data Mining msh salah", """\
Halo min,

can you please ganti nama dosen di course Data Mining? It's still showing Bu Rina Marlina, harusnya
Siti Nurhaliza, M.Kom. soalnya beliau yg ngajar kelas kita (TI-3A) sejak minggu ke-3.
Saya komting kelasnya, udah konfirmasi juga ke Bu Siti.

Thx a lot!
Andika
""", html="""<div dir="auto">Halo min,<br><br>can you please ganti nama dosen di course Data Mining? It&#39;s still showing Bu Rina Marlina, harusnya Siti Nurhaliza, M.Kom. soalnya beliau yg ngajar kelas kita (TI-3A) sejak minggu ke-3.<br>Saya komting kelasnya, udah konfirmasi juga ke Bu Siti.<br><br>Thx a lot!<br>Andika</div>""",
    fields={"course_name": "Data Mining", "changes": {"lecturer": "Siti Nurhaliza, M.Kom."}})

add("outlook-html-codeswitch-key-summary", "course_data", "mixed", "Mon, 26 Oct 2026 11:02:29 +0700",
    "Nadia Kusumawardani <nadia.kw@polibatam.ac.id>",
    "[Request] update course if-3302", None, html="""<html><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Hi P4M team,</p>
<p>Minta tolong update course <b>Pengolahan Citra Digital</b> (if-3302) ya:</p>
<ul>
<li><b>Enrolment key baru:</b> citra3302</li>
<li><b>Summary baru:</b> Image acquisition, enhancement, segmentation and feature extraction with Python and OpenCV.</li>
</ul>
<p>Yang lama masih pakai summary MATLAB, padahal praktikum udah full Python since this semester.</p>
<p>Thanks a bunch!<br>Nadia</p>
</div></body></html>""", hdrs=OUTLOOK,
    fields={"course_code": "if-3302", "course_name": "Pengolahan Citra Digital",
            "changes": {"enrolment_key": "citra3302",
                        "summary": "Image acquisition, enhancement, segmentation and feature extraction with Python and OpenCV."}})

add("gmail-nama-baru-menyusul", "course_data", "id", "Thu, 05 Nov 2026 09:18:40 +0700",
    "Hendri Saputra <hendri.saputra@polibatam.ac.id>",
    "Mohon ganti nama course Gambar Teknik", """\
Selamat pagi,

Mohon bantuannya untuk mengganti nama course Gambar Teknik (MES1104) di e-learning, karena mulai semester
ini mata kuliah tersebut digabung dengan praktikum CAD. Nama barunya masih difinalkan oleh tim kurikulum,
akan saya kirimkan menyusul begitu SK-nya keluar, tapi mohon tiketnya dicatat dulu.

Terima kasih.

Hendri Saputra
Teknik Mesin
""",
    fields={"course_code": "MES1104", "course_name": "Gambar Teknik", "changes": {}},
    note="A request to rename now, but the new name is not given yet.")

add("outlook-html-surat-wadir-nama-ai", "course_data", "id", "Tue, 17 Nov 2026 14:22:05 +0700",
    "Sekretariat Wadir I <sekr.wadir1@polibatam.ac.id>",
    "Surat Wadir I: Penyesuaian Nomenklatur Mata Kuliah IF3207", None, html="""<html><head><meta charset="utf-8"></head><body>
<table style="font-family:'Times New Roman';font-size:12pt;border-collapse:collapse">
<tr><td style="width:90px">Nomor</td><td>: 1342/PL29/AK.01/XI/2026</td></tr>
<tr><td>Lampiran</td><td>: -</td></tr>
<tr><td>Perihal</td><td>: <b>Penyesuaian Nomenklatur Mata Kuliah pada E-Learning</b></td></tr>
</table>
<p style="font-family:'Times New Roman';font-size:12pt">Yth. Kepala P4M<br>di tempat</p>
<p style="font-family:'Times New Roman';font-size:12pt">Dengan hormat,</p>
<p style="font-family:'Times New Roman';font-size:12pt">Sesuai Keputusan Direktur tentang Penyesuaian Nomenklatur Mata Kuliah Kurikulum 2026, mata kuliah <b>IF3207 Kecerdasan Buatan</b> berganti nama menjadi <b>Kecerdasan Artifisial</b>. Bersama ini kami mohon agar nama lengkap course tersebut di e-learning disesuaikan.</p>
<p style="font-family:'Times New Roman';font-size:12pt">Demikian disampaikan, atas perhatiannya diucapkan terima kasih.</p>
<p style="font-family:'Times New Roman';font-size:12pt">a.n. Wakil Direktur Bidang Akademik<br>Kepala Bagian Akademik,<br><br>Dra. Maria Goretti Simanjuntak, M.Pd.</p>
<p style="font-size:9pt;color:#777">Surat ini dikirim oleh Sekretariat Wakil Direktur I atas nama pejabat penandatangan.</p>
</body></html>""", hdrs=OUTLOOK,
    fields={"course_code": "IF3207", "course_name": "Kecerdasan Buatan",
            "changes": {"fullname": "Kecerdasan Artifisial"}})

# ---------------------------------------------------------------- announcement (16)
add("outlook-surat-wadir-pengumuman-uts", "announcement", "id", "Wed, 14 Oct 2026 10:03:26 +0700",
    "Wakil Direktur Bidang Akademik <wadir1@polibatam.ac.id>",
    "Permohonan Penayangan Pengumuman Jadwal UTS", """\
Nomor    : 1291/PL29/AK.02/X/2026
Lampiran : 1 (satu) lembar
Perihal  : Permohonan Penayangan Pengumuman pada E-Learning

Yth. Kepala P4M Politeknik Negeri Batam

Dengan hormat,

Dalam rangka pelaksanaan Ujian Tengah Semester (UTS) Ganjil Tahun Akademik 2026/2027 yang akan
berlangsung pada tanggal 26 s.d. 30 Oktober 2026, bersama ini kami mohon bantuan Saudara untuk
menayangkan pengumuman di halaman depan e-learning (untuk seluruh mahasiswa) dengan ketentuan:

Judul         : Jadwal Ujian Tengah Semester Ganjil 2026/2027
Waktu tayang  : Senin, 19 Oktober 2026 pukul 07.00 WIB
Isi           : Jadwal lengkap UTS per program studi sebagaimana terlampir. Mahasiswa wajib membawa
                KTM dan kartu ujian yang dicetak dari SIAKAD.

Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Wakil Direktur Bidang Akademik,

Dr. Ir. Hendra Kusuma Wijaya, M.T.
""" + DISC, hdrs=OUTLOOK,
    fields={"title": "Jadwal Ujian Tengah Semester Ganjil 2026/2027", "scope": "site",
            "publish_at": "2026-10-19T07:00:00+07:00"})

add("zimbra-surat-kajur-judul-deadline-ta", "announcement", "id", "Mon, 12 Oct 2026 08:47:51 +0700",
    "Ketua Jurusan Teknik Elektro <kajur.elektro@polibatam.ac.id>",
    "Pengumuman di course Tugas Akhir TRE4901", """\
Nomor    : 231/PL29.3/JTE/X/2026
Lampiran : -
Perihal  : Pengumuman batas pengumpulan proposal

Kepada Yth.
Tim Helpdesk P4M

Dengan hormat,
Mohon bantuan untuk memasang pengumuman pada course Tugas Akhir (TRE4901) di e-learning, dengan
Judul: Batas Pengumpulan Proposal Tugas Akhir
Isi:
Proposal Tugas Akhir diunggah paling lambat Jumat, 30 Oktober 2026 pukul 23.59 WIB melalui menu
Assignment di course ini. Proposal yang terlambat tidak akan dijadwalkan pada seminar proposal periode ini.

Pengumuman dapat ditayangkan secepatnya.

Terima kasih atas kerja samanya.

Ketua Jurusan Teknik Elektro,
Sri Wahyuni Siregar, S.T., M.Sc.
""", hdrs=(("User-Agent", "Zimbra Webmail (ZimbraWebClient - GC128 (Linux)/9.0.0_GA_4583)"),),
    fields={"course_code": "TRE4901", "course_name": "Tugas Akhir",
            "title": "Batas Pengumpulan Proposal Tugas Akhir", "scope": "course"},
    note="The clock time in the text is the submission deadline, not a publish time.")

add("outlook-html-bold-judul-maintenance", "announcement", "id", "Thu, 10 Sep 2026 08:31:12 +0700",
    "Unit Pengelola Sistem Informasi <upsi@polibatam.ac.id>",
    "Mohon ditayangkan: info maintenance", None, html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Selamat pagi rekan-rekan P4M,</p>
<p>Mohon bantuan menayangkan pengumuman berikut di halaman utama e-learning, <u>hari ini jam 2 siang</u>:</p>
<p style="margin-left:30px"><b>Pemeliharaan Server E-Learning</b><br>
Sehubungan dengan pemeliharaan rutin server, e-learning tidak dapat diakses pada Sabtu, 12 September 2026 pukul 22.00 WIB
sampai Minggu, 13 September 2026 pukul 04.00 WIB. Mohon tidak menjadwalkan kuis pada rentang waktu tersebut.</p>
<ul><li>Layanan SIAKAD tetap berjalan normal.</li><li>Email kampus tidak terdampak.</li></ul>
<p>Terima kasih,<br><b>Yosef Manurung</b><br>UPSI Politeknik Negeri Batam</p>
</div></body></html>""", hdrs=OUTLOOK,
    fields={"title": "Pemeliharaan Server E-Learning", "scope": "site",
            "publish_at": "2026-09-10T14:00:00+07:00"},
    note="Publish time is relative (today, 2 pm); the maintenance window is an event time.")

add("gmail-judul-dari-subjek-daring", "announcement", "id", "Mon, 09 Nov 2026 13:26:09 +0700",
    "Bagian Akademik <akademik@polibatam.ac.id>",
    "Pengumuman: Perkuliahan Daring 12 November 2026", """\
Siang,

Mohon diumumkan ke seluruh mahasiswa melalui e-learning bahwa pada Kamis, 12 November 2026 seluruh
perkuliahan dilaksanakan secara daring karena kampus digunakan untuk rangkaian Dies Natalis.
Dosen diharapkan menyiapkan pertemuan melalui Zoom atau aktivitas di e-learning.

Terima kasih.

Bagian Akademik
Politeknik Negeri Batam
""",
    fields={"title": "Perkuliahan Daring 12 November 2026", "scope": "site"},
    note="The title is only implied by the subject.")

add("gmail-wita-besok-jaringan", "announcement", "id", "Tue, 22 Sep 2026 21:14:37 +0800",
    "Yusuf Maulana <yusuf.maulana@polibatam.ac.id>",
    "Pengumuman course IF2104", """\
Malam tim P4M,

Saya sedang di Makassar untuk konferensi sampai Jumat. Mohon tolong tayangkan pengumuman di course
Jaringan Komputer (IF2104) besok pkl. 08.00 WITA ya.

Judul: Kuliah Minggu Ini Diganti Tugas Mandiri
Isi: Mahasiswa mengerjakan tugas konfigurasi VLAN di Packet Tracer, file dikumpulkan di Assignment Minggu 4.

Makasih banyak,
Yusuf
""",
    fields={"course_code": "IF2104", "course_name": "Jaringan Komputer",
            "title": "Kuliah Minggu Ini Diganti Tugas Mandiri", "scope": "course",
            "publish_at": "2026-09-23T07:00:00+07:00"},
    note="Sent from WITA (+0800); 08.00 WITA tomorrow is 07.00 WIB.")

add("outlook-tiket-koreksi-jam-tayang", "announcement", "id", "Fri, 20 Nov 2026 15:48:02 +0700",
    "Bagian Umum dan Kepegawaian <umum@polibatam.ac.id>",
    "RE: [Tiket #2026-0503] Pengumuman libur Natal", """\
Selamat sore,

Koreksi sedikit untuk tiket ini: jam tayangnya jadi 06.30 WIB ya, bukan 07.00. Tanggal tetap hari Senin,
23 November 2026. Judul dan isi tidak berubah.

Terima kasih.

Rina Agustina
Bagian Umum dan Kepegawaian

-----Original Message-----
Dari: Rina Agustina <umum@polibatam.ac.id>
Dikirim: Kamis, 19 November 2026 10:12
Kepada: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Subjek: Pengumuman libur Natal

Mohon ditayangkan di halaman depan e-learning:
Judul: Libur dan Cuti Bersama Natal 2026
Tayang: Senin, 23 November 2026 pukul 07.00 WIB
Isi: Kegiatan perkuliahan diliburkan pada 24-26 Desember 2026.
""", hdrs=OUTLOOK, irt="polibatam.ac.id",
    fields={"title": "Libur dan Cuti Bersama Natal 2026", "scope": "site",
            "publish_at": "2026-11-23T06:30:00+07:00"},
    note="Reply correcting the publish time of an earlier ticket; the date comes from the quoted request.")

add("gmail-jawa-monggo-kuliah-pengganti", "announcement", "id", "Fri, 16 Oct 2026 12:40:15 +0700",
    "Bambang Sutrisno <bambang.sutrisno@polibatam.ac.id>",
    "nyuwun tulung pengumuman kuliah pengganti", """\
Sugeng siang mas/mbak P4M,

Nyuwun tulung, monggo diumumke di course Elektronika Daya (EL3104) nggih, judule
'Kuliah Pengganti Rabu 21 Oktober'. Isine: kuliah pengganti dilaksanakan Rabu, 21/10/2026 jam 13.00 di
Lab Elektronika 2, wajib hadir.

Ditayangke sakniki mawon mboten napa-napa.

Matur nuwun,
Bambang
""",
    fields={"course_code": "EL3104", "course_name": "Elektronika Daya",
            "title": "Kuliah Pengganti Rabu 21 Oktober", "scope": "course"},
    note="The clock time is that of the make-up class, not the publish time.")

add("outlook-docx-terlampir-beasiswa", "announcement", "id", "Wed, 28 Oct 2026 09:05:48 +0700",
    "Bagian Kemahasiswaan <kemahasiswaan@polibatam.ac.id>",
    "Permohonan penayangan pengumuman", """\
Yth. Helpdesk P4M,

Terlampir.

Salam,
Bagian Kemahasiswaan
""", hdrs=OUTLOOK, atts=[("Pengumuman_KIP_Tahap_II.docx", DOCX_T, docx([
        "**PERMOHONAN PENAYANGAN PENGUMUMAN E-LEARNING",
        "Tujuan: seluruh mahasiswa (halaman depan e-learning)",
        "Judul: Pendaftaran Beasiswa KIP Kuliah Tahap II",
        "Waktu tayang: Senin, 2 November 2026 pukul 09.00 WIB",
        "Isi pengumuman:",
        "Pendaftaran Beasiswa KIP Kuliah Tahap II dibuka mulai 2 sampai 16 November 2026. Berkas diunggah melalui SIAKAD menu Beasiswa.",
        "Kepala Bagian Kemahasiswaan",
    ]))],
    fields={"title": "Pendaftaran Beasiswa KIP Kuliah Tahap II", "scope": "site",
            "publish_at": "2026-11-02T09:00:00+07:00"},
    note="The request is only in the attached DOCX.")

add("iphone-bottompost-kuis-malam-ini", "announcement", "id", "Thu, 05 Nov 2026 16:41:30 +0700",
    "Lestari Handayani <lestari.h@polibatam.ac.id>",
    "Re: [Tiket #2026-0521] pengumuman kuis", """\
Pada 5 Nov 2026, pukul 15.02, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:

> Yth. Ibu Lestari,
> Untuk pengumuman kuis yang Ibu minta, mohon informasikan judul pengumuman,
> course tujuan, dan waktu tayangnya.
> Salam, Helpdesk P4M

judulnya "Kuis 2 Diundur" ya pak, di course Sistem Operasi. tayang malam ini jam 8 aja
isinya nanti saya tulis sendiri di forum

Dikirim dari iPhone saya
""", hdrs=IPHONE, cte="quoted-printable", irt="polibatam.ac.id",
    fields={"course_name": "Sistem Operasi", "title": "Kuis 2 Diundur", "scope": "course",
            "publish_at": "2026-11-05T20:00:00+07:00"},
    note="Bottom-posted; 'malam ini jam 8' resolves against the Date header.")

add("gmail-indian-guest-lecture-friday", "announcement", "en", "Tue, 10 Nov 2026 11:52:44 +0700",
    "Dr. Priya Raghunathan <priya.raghunathan@gmail.com>",
    "Announcement request for Network Security course", """\
Dear Sir/Madam,

Good day. Kindly post an announcement titled "Guest Lecture on IoT Security" on my course page Network
Security (RKS3302). Kindly publish it this Friday morning at 8 so the students see it before the weekend.

Text of the announcement:
A guest lecture by Mr. Arjun Menon (Bengaluru) will be held online on 20 November 2026, 10:00-12:00 WIB.
Attendance is compulsory and counts towards participation marks.

Thanks and regards,
Dr. Priya Raghunathan
Visiting Associate Professor
""",
    fields={"course_code": "RKS3302", "course_name": "Network Security", "title": "Guest Lecture on IoT Security",
            "scope": "course", "publish_at": "2026-11-13T08:00:00+07:00"},
    note="'This Friday morning at 8' from Tuesday 10 November is 13 November; the lecture date is an event.")

add("gmail-korean-student-tonight-at-9", "announcement", "en", "Mon, 16 Nov 2026 15:20:11 +0700",
    "Lee Seo-yeon <seoyeon.lee@students.polibatam.ac.id>",
    "Posting on e-learning front page (International Student Association)", """\
Hello P4M team,

I am Lee Seo-yeon, exchange student from Busan and coordinator of the International Student Association
this semester. Our advisor Ms. Anisa from the International Office told me to write to you.

Could you please post this on the e-learning front page for all students, tonight at 9 if possible?

Title: International Students Welcome Gathering
Text: All students are invited to meet the exchange students from Korea, Japan, India and Germany on
Dec 7th at the Main Hall, 15:00-17:00. Snacks will be provided!

Thank you so much!!
Seo-yeon
""",
    fields={"title": "International Students Welcome Gathering", "scope": "site",
            "publish_at": "2026-11-16T21:00:00+07:00"},
    note="'Tonight at 9' resolves against the Date header; Dec 7th is the event date.")

add("thunderbird-german-html-bold-headline", "announcement", "en", "Wed, 25 Nov 2026 18:03:39 +0700",
    "Jonas Becker <jonas.becker@polibatam.ac.id>",
    "Please announce: lab cancelled", None, html="""<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>
<p>Hello,</p>
<p>could you please put up the following announcement in my course Industrial Automation? As soon as possible is fine.</p>
<blockquote><b>Lab session cancelled</b><br>
The PLC lab on 07-12-26 is cancelled because the lab equipment is being recalibrated. A replacement session will be announced in class.</blockquote>
<p>Kind regards<br>Jonas Becker</p>
<div class="moz-signature">-- <br>Jonas Becker, Guest Lecturer, Mechatronics</div>
</body></html>""", hdrs=(("User-Agent", "Mozilla Thunderbird 128.5.0"),),
    fields={"course_name": "Industrial Automation", "title": "Lab session cancelled", "scope": "course"},
    note="No publish time; the date in the text (German order, 7 December) is the cancelled lab.")

add("gmail-japanese-quiz-schedule-monday", "announcement", "en", "Thu, 12 Nov 2026 09:14:27 +0700",
    "Haruto Sato <haruto.sato.lab@gmail.com>",
    "Announcement for Robotics Fundamentals", """\
Dear Helpdesk P4M,

Thank you for your help with my course last month.

I would like to ask you to publish an announcement "Quiz 3 Schedule Change" in the course Robotics
Fundamentals (RBT2101), on November 16 (Mon) at 7:30 am.

Announcement text:
Quiz 3 will be held on 23 November instead of 18 November. The scope of the quiz is chapters 5 to 7.

I am sorry for the short notice.

Sincerely,
Haruto Sato
""",
    fields={"course_code": "RBT2101", "course_name": "Robotics Fundamentals", "title": "Quiz 3 Schedule Change",
            "scope": "course", "publish_at": "2026-11-16T07:30:00+07:00"})

add("gmail-codeswitch-post-besok-jam7", "announcement", "mixed", "Tue, 20 Oct 2026 22:10:58 +0700",
    "Kevin Hartono <kevin.hartono@polibatam.ac.id>",
    "announcement IF3106", """\
Halo P4M,

tolong di-post ya announcement 'Final Project Submission Guidelines' di course Mobile Programming IF3106,
publish-nya besok jam 7 pagi. Isinya: guideline submit APK + laporan, deadline-nya 4 Desember, format file
ada di folder Resources.

thanks!
Kevin
""", html="""<div dir="ltr">Halo P4M,<br><br>tolong di-post ya announcement &#39;Final Project Submission Guidelines&#39; di course Mobile Programming IF3106, publish-nya besok jam 7 pagi. Isinya: guideline submit APK + laporan, deadline-nya 4 Desember, format file ada di folder Resources.<br><br>thanks!<br>Kevin</div>""",
    fields={"course_code": "IF3106", "course_name": "Mobile Programming",
            "title": "Final Project Submission Guidelines", "scope": "course",
            "publish_at": "2026-10-21T07:00:00+07:00"})

add("outlook-html-codeswitch-workshop-date-only", "announcement", "mixed", "Wed, 02 Sep 2026 14:33:05 +0700",
    "Tim Pengembangan Pembelajaran <bangjar@polibatam.ac.id>",
    "Request posting: Workshop Moodle", None, html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Helpdesk,</p>
<p>Mohon bantu posting pengumuman di front page e-learning ya, details below:</p>
<ul>
<li><b>Judul:</b> Workshop Moodle for New Lecturers</li>
<li><b>Tanggal tayang:</b> Senin, 7 September 2026</li>
<li><b>Target:</b> semua dosen (site-wide)</li>
<li><b>Isi:</b> Workshop will be held on Kamis, 10 September 2026 jam 09.00-12.00 di Ruang Multimedia Gedung Utama. Please bring your own laptop.</li>
</ul>
<p>Thank you!<br><b>Dewi Lestari</b><br>Tim Pengembangan Pembelajaran P4M</p>
</div></body></html>""", hdrs=OUTLOOK,
    fields={"title": "Workshop Moodle for New Lecturers", "scope": "site"},
    note="The publish day is given without a clock time; 09.00 is the workshop time.")

add("samsung-between-quotes-reminder-besok", "announcement", "mixed", "Fri, 27 Nov 2026 10:04:16 +0700",
    "Putri Ramadhani <putri.ramadhani@polibatam.ac.id>",
    "Re: [Tiket #2026-0588] Pengumuman praktikum", """\
Halo pak, ini jawabannya ya:

-------- Pesan asli --------
Dari: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Tanggal: 26/11/26 16.40 (GMT+07:00)
Ke: Putri Ramadhani <putri.ramadhani@polibatam.ac.id>
Subjek: [Tiket #2026-0588] Pengumuman praktikum

> Course tujuan?

Praktikum Basis Data, semua kelas

> Judul pengumuman?

Reminder: Submit Laporan Praktikum

> Waktu tayang?

besok jam 2 siang aja pak, biar pas after lab

> Isi pengumuman?

laporan modul 1-6 dikumpulkan max Senin 30 Nov, format PDF. Thanks!

Dikirim dari Samsung Galaxy saya
""", cte="base64",
    fields={"course_name": "Praktikum Basis Data", "title": "Reminder: Submit Laporan Praktikum",
            "scope": "course", "publish_at": "2026-11-28T14:00:00+07:00"},
    note="Answers between the quoted questions; 'besok jam 2 siang' from Friday 27 November.")

# ---------------------------------------------------------------- elearning_support (12)
add("gmail-hp-mahasiswa-lupa-password", "elearning_support", "id", "Fri, 04 Sep 2026 23:48:12 +0700",
    "Muhammad Rizki <rizki.m2401@students.polibatam.ac.id>",
    "ga bisa login elearning", """\
pak saya ga bisa login elearning dari tadi sore katanya username atau password salah pdhl udh bener
sy coba reset lewat lupa password tp emailnya ga masuk2 jg
nim saya 3312401077 prodi TRPL
besok ada kuis pagi pak tolong dibantu

rizki
""", html="""<div dir="auto">pak saya ga bisa login elearning dari tadi sore katanya username atau password salah pdhl udh bener<div dir="auto">sy coba reset lewat lupa password tp emailnya ga masuk2 jg</div><div dir="auto">nim saya 3312401077 prodi TRPL</div><div dir="auto">besok ada kuis pagi pak tolong dibantu</div><div dir="auto"><br></div><div dir="auto">rizki</div></div>""")

add("gmail-tanya-apakah-nama-bisa-diganti", "elearning_support", "id", "Tue, 08 Sep 2026 10:22:35 +0700",
    "Agustinus Tarigan <agustinus.tarigan@polibatam.ac.id>",
    "Pertanyaan: nama course bisa diganti sendiri?", """\
Selamat pagi P4M,

Saya mau bertanya, apakah dosen bisa mengganti sendiri nama course di e-learning, atau memang harus
mengajukan lewat P4M? Nama course Rangkaian Listrik saya masih pakai nama kurikulum lama.
Kalau bisa sendiri, menunya ada di mana ya? Saya cari di pengaturan course tidak ketemu.

Terima kasih.

Agustinus Tarigan
""",
    note="A question whether a course name can be changed (how-to), not a change request.")

add("outlook-surat-kajur-akun-dosen-baru", "elearning_support", "id", "Mon, 14 Sep 2026 09:10:58 +0700",
    "Jurusan Teknik Informatika <jti@polibatam.ac.id>",
    "Permohonan Pembuatan Akun dan Enrol Dosen Baru di E-Learning", """\
Nomor    : 402/PL29.1/JTI/IX/2026
Lampiran : -
Perihal  : Permohonan Pembuatan Akun E-Learning Dosen Baru

Yth. Kepala P4M
Politeknik Negeri Batam

Dengan hormat,

Sehubungan dengan bergabungnya dosen baru di Jurusan Teknik Informatika per 1 September 2026, kami
mohon bantuan pembuatan akun e-learning serta pendaftaran (enrol) sebagai pengajar pada course yang
diampu, untuk nama-nama berikut:

1. Ahmad Fauzan, S.Kom., M.Kom. - Algoritma dan Pemrograman (kelas TI-1A, TI-1B)
2. Citra Maharani, S.T., M.T. - Sistem Digital (kelas TI-1C)
3. Robert Situmorang, S.Kom., M.Cs. - Struktur Data (kelas TI-2A)

Demikian permohonan ini kami sampaikan. Atas kerja samanya diucapkan terima kasih.

Ketua Jurusan Teknik Informatika,

Dr. Andi Prasetya Nugraha, S.T., M.Kom.
""" + DISC, hdrs=OUTLOOK)

add("outlook-html-bullets-course-tidak-muncul", "elearning_support", "id", "Fri, 18 Sep 2026 13:55:20 +0700",
    "Melati Purnamasari <melati.p@polibatam.ac.id>",
    "Course tidak muncul di dashboard mahasiswa", None, html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Selamat siang,</p>
<p>Mahasiswa saya melaporkan course saya <b>tidak muncul</b> di dashboard mereka. Rinciannya:</p>
<ul>
<li><b>Course:</b> Pengantar Akuntansi (AK1101)</li>
<li><b>Kelas:</b> AK-1A dan AK-1B</li>
<li><b>Gejala:</b> course tidak ada di &quot;My courses&quot;, pencarian juga tidak menemukan</li>
<li><b>Sudah dicoba:</b> mahasiswa logout-login, ganti browser</li>
</ul>
<p>Dari sisi saya course terlihat normal. Mohon dicek apakah visibility atau enrolment-nya bermasalah.</p>
<p>Terima kasih,<br><b>Melati Purnamasari, S.E., M.Ak.</b></p>
</div></body></html>""", hdrs=OUTLOOK)

add("gmail-png-quiz-sesi-habis", "elearning_support", "id", "Thu, 22 Oct 2026 08:36:47 +0700",
    "Yohana Sembiring <yohana.sembiring@polibatam.ac.id>",
    "URGENT kuis UTS tidak bisa disubmit", """\
Pagi P4M,

Sedang berlangsung UTS Statistika kelas MB-2A, banyak mahasiswa tidak bisa submit kuis. Muncul tulisan
"Sesi Anda telah habis, silakan login kembali" padahal waktunya masih 40 menit. Screenshot dari salah satu
mahasiswa terlampir.

Mohon segera dibantu, apakah waktunya bisa diperpanjang untuk yang kena error?

Yohana
""", atts=[("Screenshot_20261022_083012.png", ("image", "png"), png("gmail-png-quiz-sesi-habis"))])

add("gmail-minang-upload-tugas-gagal", "elearning_support", "id", "Wed, 07 Oct 2026 20:12:33 +0700",
    "Fadli Chaniago <fadli.chaniago@students.polibatam.ac.id>",
    "upload tugas gagal taruih", """\
Assalamualaikum pak/buk,

Ambo alah mancubo upload tugas video di e-learning mata kuliah Multimedia dari tadi sore, tapi gagal taruih.
Kalua tulisan "The file is too large" padahal filenyo cuma 180 MB. Deadlinenyo bisuak pagi.
Baa caronyo ko pak? Tolong dibantu yo.

Tarimo kasih,
Fadli Chaniago
TI-2C
""")

add("naver-korean-student-enrolment-key", "elearning_support", "en", "Wed, 16 Sep 2026 19:41:05 +0700",
    "Park Ji-hoon <jihoon.park@naver.com>",
    "Cannot enrol in BIPA101 course", """\
Hello,

I am Park Ji-hoon, an exchange student from Korea (fall semester 2026). My teacher gave us the enrolment
key for the course Bahasa Indonesia for Foreign Students, but when I type it, e-learning says
"Incorrect enrolment key, please try again". My friends from Japan have the same problem.

Could you please check it or enrol us manually? Our student IDs are in the attached list from the
International Office, if you need it I can send again.

Thank you very much.
Park Ji-hoon
""", mid_domain="naver.com")

add("outlook-intl-office-fwd-rfc822-no-account", "elearning_support", "en", "Thu, 10 Sep 2026 15:28:19 +0700",
    "International Office Polibatam <io@polibatam.ac.id>",
    "FW: E-learning account not yet created - exchange student", """\
Dear P4M colleagues,

Please see the attached message from one of our exchange students from India. Could you help him with
his e-learning account? He is registered in SIAKAD since last week.

Many thanks,
Anisa Putri Harahap
International Office
""", hdrs=OUTLOOK, fwd=dict(date="Wed, 09 Sep 2026 21:03:40 +0530", frm="Aditya Sharma <aditya.sharma2026@outlook.com>",
    to="International Office Polibatam <io@polibatam.ac.id>",
    subject="E-learning account not yet created - exchange student", body="""\
Respected Madam,

I am Aditya Sharma, exchange student from India in the Informatics Engineering department (student ID
4312690008). My classes started on 7 September but I still did not receive any login credentials for
the e-learning portal. My local classmates say the accounts are created automatically from SIAKAD.

Kindly create my account or let me know whom to contact. I am unable to download the lecture materials.

Thanking you,
Aditya Sharma
"""),
    note="Forwarded as an attached message (message/rfc822); the problem is in the attached mail.")

add("thunderbird-german-gift-import", "elearning_support", "en", "Fri, 02 Oct 2026 11:07:44 +0700",
    "Jonas Becker <jonas.becker@polibatam.ac.id>",
    "Question bank import (GIFT format)", """\
Hello P4M team,

I have about 60 quiz questions from my home university in GIFT format. When I import them into the
question bank of my course, e-learning reports "Error parsing question 14" and imports nothing at all.

Is there a size limit or an encoding issue (the file contains German umlauts)? Is there a way to import
the valid questions and skip the broken one?

Thanks and kind regards
Jonas Becker
""", cte="8bit", hdrs=(("User-Agent", "Mozilla Thunderbird 128.3.0"),))

add("gmail-japanese-student-language-english", "elearning_support", "en", "Thu, 24 Sep 2026 18:19:50 +0700",
    "Yuki Tanaka <yuki.tanaka.0412@gmail.com>",
    "How to change e-learning language to English", """\
Dear Sir or Madam,

Excuse me. I am Yuki Tanaka, exchange student from Osaka. The e-learning pages are shown in Indonesian
language and I cannot understand the menus for the assignment submission.

Is it possible to change the language to English? I could not find the setting.

Thank you for your kind help.
Yuki Tanaka
""")

add("outlook-codeswitch-gradebook-error", "elearning_support", "mixed", "Wed, 28 Oct 2026 14:45:09 +0700",
    "Sinta Maharani <sinta.maharani@polibatam.ac.id>",
    "gradebook error, nilai quiz ga ke-sync", """\
Hi P4M,

Gradebook di course Sistem Informasi Manajemen kayaknya error deh. Nilai Quiz 2 udah ke-grade semua di
quiz report, tapi di gradebook masih kosong (cuma dash "-"). Sudah coba "Recalculate grades" tapi
nothing happens.

Please help asap ya, nilai UTS harus di-input ke SIAKAD minggu depan.

Thanks,
Sinta
""", hdrs=OUTLOOK)

add("gmail-codeswitch-tanya-enrolkey-sendiri", "elearning_support", "mixed", "Tue, 03 Nov 2026 09:33:27 +0700",
    "Rendy Wijaya <rendy.wijaya@polibatam.ac.id>",
    "quick question soal enrolment key", """\
Halo tim P4M,

quick question: enrolment key itu sebenarnya bisa saya set sendiri gak ya di course saya? Or should I
always request it here? Soalnya tiap semester saya minta ganti ke sini, takutnya ngerepotin.

Kalau bisa sendiri, tolong share step-nya ya. Thanks!

Rendy
""",
    note="Asks whether the lecturer can set the enrolment key himself; no key is requested.")

# ---------------------------------------------------------------- document_request (7)
add("outlook-surat-kajur-template-rps", "document_request", "id", "Tue, 22 Sep 2026 10:48:03 +0700",
    "Jurusan Teknik Informatika <jti@polibatam.ac.id>",
    "Permohonan Template RPS dan Portofolio Mata Kuliah", """\
Nomor    : 417/PL29.1/JTI/IX/2026
Lampiran : -
Perihal  : Permohonan dokumen template RPS dan portofolio

Yth. Kepala P4M
di tempat

Dengan hormat,

Dalam rangka persiapan visitasi akreditasi program studi, kami mohon dapat dikirimkan dokumen berikut
dalam format yang dapat disunting (.docx):
1. Template Rencana Pembelajaran Semester (RPS) berbasis OBE versi terbaru;
2. Template Portofolio Mata Kuliah beserta panduan pengisiannya.

Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

Ketua Jurusan Teknik Informatika,

Dr. Andi Prasetya Nugraha, S.T., M.Kom.
""" + DISC, hdrs=OUTLOOK)

add("gmail-jawa-formulir-bap", "document_request", "id", "Mon, 05 Oct 2026 07:58:41 +0700",
    "Suryo Wibowo <suryo.wibowo@polibatam.ac.id>",
    "nyuwun formulir BAP", """\
Pagi mas/mbak,

Nyuwun tulung dikirimi formulir Berita Acara Perkuliahan (BAP) yang terbaru nggih, yang ada kolom
tanda tangan ketua kelas. Punya saya masih versi 2023.

Matur nuwun,
Suryo
""")

add("gmail-tiket-koreksi-sop-soal", "document_request", "id", "Mon, 28 Sep 2026 13:16:24 +0700",
    "Irma Yanti Nasution <irma.nasution@polibatam.ac.id>",
    "Re: [Tiket #2026-0420] Permintaan SOP", """\
Siang pak,

Terima kasih kirimannya, tapi maaf, yang saya maksud bukan SOP Pelaksanaan Ujian. Yang saya butuhkan
SOP Penyusunan dan Validasi Soal Ujian beserta formulir validasi soalnya. Mohon dikirim yang itu ya.

Irma

Pada Sen, 28 Sep 2026 pukul 09.40 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:

> Yth. Ibu Irma,
> Terlampir SOP Pelaksanaan Ujian sesuai permintaan Ibu (tiket #2026-0420).
> Salam, Helpdesk P4M
""", irt="polibatam.ac.id",
    note="Reply in a ticket thread correcting which document is wanted.")

add("outlook-html-bullets-dokumen-akreditasi", "document_request", "id", "Fri, 23 Oct 2026 15:02:57 +0700",
    "Gugus Penjaminan Mutu Jurusan Manajemen Bisnis <gpm.mb@polibatam.ac.id>",
    "Permintaan dokumen mutu untuk akreditasi", None, html="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Yth. Tim P4M,</p>
<p>Untuk penyusunan Laporan Evaluasi Diri, kami memerlukan dokumen berikut:</p>
<ul>
<li><b>Manual Mutu SPMI</b> (versi yang berlaku)</li>
<li><b>Formulir Audit Mutu Internal</b> (daftar tilik dan laporan temuan)</li>
<li><b>Instrumen Monev Perkuliahan</b> semester Genap 2025/2026</li>
</ul>
<p>Mohon dikirim ke email ini. Terima kasih.</p>
<p><b>Gugus Penjaminan Mutu</b><br>Jurusan Manajemen Bisnis</p>
</div></body></html>""", hdrs=OUTLOOK)

add("thunderbird-german-english-rps-template", "document_request", "en", "Fri, 30 Oct 2026 10:40:13 +0700",
    "Jonas Becker <jonas.becker@polibatam.ac.id>",
    "English version of the RPS template?", """\
Hello,

for my courses next semester I have to prepare the RPS (semester learning plan). Is there an English
version of the RPS template and of the module handbook template? If so, could you please send both to me?
An Indonesian version with the English field names would also help.

Kind regards
Jonas Becker
""", cte="8bit", hdrs=(("User-Agent", "Mozilla Thunderbird 128.4.1"),))

add("gmail-indian-quality-manual", "document_request", "en", "Wed, 11 Nov 2026 16:25:36 +0700",
    "Dr. Venkatesh Iyer <venkatesh.iyer.mech@gmail.com>",
    "Request for quality assurance documents", """\
Respected Sir/Madam,

As part of my exchange report to my home institution's IQAC, I am required to attach the quality policy
and the internal quality assurance manual of the host institution. Kindly share the English versions of
the Quality Policy and the SPMI manual of Politeknik Negeri Batam, if available.

Thanks and regards,
Dr. Venkatesh Iyer
""")

add("gmail-codeswitch-template-kontrak-kuliah", "document_request", "mixed", "Tue, 24 Nov 2026 13:11:08 +0700",
    "Tiara Anjani <tiara.anjani@polibatam.ac.id>",
    "template kontrak kuliah terbaru", """\
Mbak/mas P4M,

minta template kontrak kuliah yg versi terbaru dong, the one with the CPMK table. Yang di drive jurusan
masih versi lama. Thanks a lot!

Tiara
""")

# ---------------------------------------------------------------- other (7)
add("gmail-hp-nilai-siakad-salah", "other", "id", "Tue, 10 Nov 2026 21:37:50 +0700",
    "Nabila Azzahra <nabila.az2302@students.polibatam.ac.id>",
    "nilai uts di siakad salah", """\
assalamualaikum pak/bu
nilai uts saya mata kuliah Basis Data di siakad tertulis D padahal di e-learning nilai saya 78
mohon diganti jadi B pak/bu
nim 4312302045 kelas TI-2B
terima kasih
""", note="A grade correction in SIAKAD, not e-learning course data.")

add("outlook-jadwal-siakad-uas-bentrok", "other", "id", "Wed, 18 Nov 2026 11:06:29 +0700",
    "Joko Susilo <joko.susilo@polibatam.ac.id>",
    "Mohon pindah jadwal UAS di SIAKAD", """\
Selamat siang,

Jadwal UAS mata kuliah Mekanika Teknik (MES2103) di SIAKAD tertulis tanggal 7/12/2026 pkl. 08.00,
bentrok dengan jadwal saya mengawas di kelas lain. Mohon dipindah ke hari yang sama jam 2 siang di ruang
yang sama.

Terima kasih.

Joko Susilo
Teknik Mesin
""", hdrs=OUTLOOK, note="A schedule change in SIAKAD, not e-learning course data.")

add("gmail-tiket-sudah-diganti-sendiri", "other", "id", "Wed, 30 Sep 2026 08:44:05 +0700",
    "Agustinus Tarigan <agustinus.tarigan@polibatam.ac.id>",
    "Re: [Tiket #2026-0431] Pertanyaan: nama course bisa diganti sendiri?", """\
Pagi pak,

Terima kasih penjelasannya. Nama course Rangkaian Listrik sudah saya ganti sendiri menjadi Rangkaian
Listrik Terapan lewat menu Settings, sudah tampil juga di mahasiswa. Tiketnya bisa ditutup.

Salam,
Agustinus

Pada Sel, 29 Sep 2026 pukul 15.20 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:

> Yth. Bapak Agustinus,
> Dosen dengan peran Teacher dapat mengubah nama course melalui menu Settings > Edit settings.
> Salam, Helpdesk P4M
""", irt="polibatam.ac.id", note="The change was already done by the sender; nothing is requested.")

add("outlook-terima-kasih-sudah-tayang", "other", "id", "Mon, 19 Oct 2026 09:12:40 +0700",
    "Sekretariat Wadir I <sekr.wadir1@polibatam.ac.id>",
    "RE: [Tiket #2026-0479] Permohonan Penayangan Pengumuman Jadwal UTS", """\
Selamat pagi,

Pengumuman jadwal UTS sudah tampil di halaman depan e-learning tepat waktu. Terima kasih banyak atas
bantuan Tim P4M.

Salam,
Sekretariat Wakil Direktur I

-----Original Message-----
Dari: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Dikirim: Rabu, 14 Oktober 2026 10:30
Kepada: Wakil Direktur Bidang Akademik <wadir1@polibatam.ac.id>
Subjek: [Tiket #2026-0479] Permohonan Penayangan Pengumuman Jadwal UTS

Permintaan penayangan pengumuman telah kami terima dan dijadwalkan.
""", hdrs=OUTLOOK, irt="polibatam.ac.id")

add("naver-korean-student-visa-letter", "other", "en", "Thu, 19 Nov 2026 14:03:22 +0700",
    "Park Ji-hoon <jihoon.park@naver.com>",
    "Letter for visa extension", """\
Hello,

Thank you for the help with the e-learning before. I have another question. My study permit ends on
the 7th of December and I need a letter from the campus to extend my visa at the immigration office.
Can this helpdesk make the letter, or which office should I ask?

Thank you.
Park Ji-hoon
""", mid_domain="naver.com", note="Misdirected question (visa letter), not an e-learning matter.")

add("outlook-korean-hedged-plan-rename", "other", "en", "Mon, 02 Nov 2026 17:22:48 +0700",
    "Kim Min-jun <minjun.kim@outlook.com>",
    "Possible change of course title next semester", """\
Dear P4M team,

Thank you again for updating the summary of my course last month.

For your information: the curriculum committee is discussing whether Embedded Systems Design should be
renamed next semester. If they approve it, I will probably ask you to change the course title, but
nothing is decided yet, so please do not change anything for now.

Best regards,
Kim Min-jun
""", hdrs=OUTLOOK, mid_domain="outlook.com", note="A hedged plan for a later change; no request yet.")

add("gmail-codeswitch-makasih-mantap", "other", "mixed", "Thu, 08 Oct 2026 10:05:17 +0700",
    "Raka Aditya <raka.aditya@polibatam.ac.id>",
    "Re: update enrolment key if 2206", """\
Thanks a lot tim P4M, enrolment key-nya udah ke-update dan anak-anak udah bisa join. Mantap, fast
response banget!

Raka
""", irt="polibatam.ac.id")

# ---------------------------------------------------------------- auto (6)
add("exchange-room-calendar-auto-accept", "auto", "id", "Wed, 09 Sep 2026 10:01:12 +0700",
    "Ruang Rapat P4M <ruang.rapat.p4m@polibatam.ac.id>", "Diterima: Rapat Koordinasi Pengelola LMS",
    note="Calendar auto-accept from a room mailbox.", raw="""\
Date: Wed, 09 Sep 2026 10:01:12 +0700
From: Ruang Rapat P4M <ruang.rapat.p4m@polibatam.ac.id>
To: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Subject: Diterima: Rapat Koordinasi Pengelola LMS
Message-ID: <{MID}@PS2PR06MB3021.apcprd06.prod.outlook.com>
Thread-Topic: Rapat Koordinasi Pengelola LMS
Thread-Index: AdtRaQ2x7Lk1c0ZfQ0mW1x3S2pV9hA==
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
X-MS-Exchange-Calendar-Originator-Id: 5c1d7a9e-0b43-4e2f-9d6a-1f2b3c4d5e6f
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="{BOUNDARY}"

--{BOUNDARY}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Permintaan rapat Anda diterima secara otomatis oleh Ruang Rapat P4M.

Rapat Koordinasi Pengelola LMS
Kamis, 10 September 2026 13.00-15.00 (UTC+07:00) Bangkok, Hanoi, Jakarta
Ruang Rapat P4M, Gedung Utama Lt. 4

--{BOUNDARY}
Content-Type: text/calendar; charset="utf-8"; method=REPLY
Content-Transfer-Encoding: 7bit

BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Ruang Rapat P4M:mailto:ruang.rapat.p4m@polibatam.ac.id
SUMMARY;LANGUAGE=id-ID:Diterima: Rapat Koordinasi Pengelola LMS
DTSTART;TZID=SE Asia Standard Time:20260910T130000
DTEND;TZID=SE Asia Standard Time:20260910T150000
UID:040000008200E00074C5B7101A82E00800000000B0C4F5A1E93FDC01000000000000000010000000A1B2C3D4
DTSTAMP:20260909T030112Z
END:VEVENT
END:VCALENDAR

--{BOUNDARY}--
""")

add("google-forms-tanggapan-baru", "auto", "id", "Mon, 26 Oct 2026 19:44:03 +0700",
    "Google Forms <forms-receipts-noreply@google.com>",
    "Survei Kepuasan Layanan E-Learning 2026 telah menerima tanggapan baru",
    note="Google Forms no-reply notification.", raw="""\
Date: Mon, 26 Oct 2026 19:44:03 +0700
From: Google Forms <forms-receipts-noreply@google.com>
To: helpdesk-p4m@polibatam.ac.id
Subject: Survei Kepuasan Layanan E-Learning 2026 telah menerima tanggapan baru
Message-ID: <{MID}@google.com>
Auto-Submitted: auto-generated
X-Google-Smtp-Source: AGHT+IFq0k3bW1m7zR9xY2vL8pN4cD6eH5jT
MIME-Version: 1.0
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Roboto,Arial,sans-serif">
<div style=3D"font-size:16px">Formulir Anda <b>Survei Kepuasan Layanan E-Learning 2026</b>=
 telah menerima tanggapan baru.</div>
<p><a href=3D"https://docs.google.com/forms/d/e/1FAIpQLSd8x/viewanalytics">Lihat ringkas=
an tanggapan</a></p>
<p style=3D"color:#777;font-size:12px">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA=
 94043, USA<br>Anda menerima email ini karena mengaktifkan notifikasi email untuk tanggapan =
baru pada formulir ini. <a href=3D"https://docs.google.com/forms">Nonaktifkan notifikasi</a>=
</p>
</body></html>
""")

add("moodle-noreply-pengumpulan-tugas", "auto", "id", "Tue, 13 Oct 2026 23:58:41 +0700",
    "\"Muhammad Rizki (via E-Learning Polibatam)\" <noreply@elearning.polibatam.ac.id>",
    "IF2206: Pengumpulan tugas: Tugas 3 - Form Validasi",
    note="Moodle no-reply notification; the course code in the subject is not a request.", raw="""\
Date: Tue, 13 Oct 2026 23:58:41 +0700
From: "Muhammad Rizki (via E-Learning Polibatam)" <noreply@elearning.polibatam.ac.id>
To: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Subject: IF2206: Pengumpulan tugas: Tugas 3 - Form Validasi
Message-ID: <{MID}@elearning.polibatam.ac.id>
Precedence: bulk
Auto-Submitted: auto-generated
X-Auto-Response-Suppress: All
X-Course-Id: 1842
X-Course-Name: =?UTF-8?Q?IF2206_Pemrograman_Web_Lanjut?=
List-Unsubscribe: <https://elearning.polibatam.ac.id/message/notificationpreferences.php>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Muhammad Rizki telah mengumpulkan tugas untuk "Tugas 3 - Form Validasi" pada Selasa, 13 Oktober 2026,
23:58.

Lihat pengumpulan: https://elearning.polibatam.ac.id/mod/assign/view.php?id=55310&action=grading

---------------------------------------------------------------------
Ini adalah salinan pesan yang dikirim kepada Anda di "E-Learning Polibatam". Jangan membalas email ini.
Ubah preferensi notifikasi Anda: https://elearning.polibatam.ac.id/message/notificationpreferences.php
""")

add("exchange-quarantine-notice", "auto", "en", "Fri, 06 Nov 2026 07:00:18 +0700",
    "Microsoft 365 <quarantine@messaging.microsoft.com>",
    "Microsoft 365 security: You have messages in quarantine",
    note="Exchange Online quarantine digest; the quoted subjects are other people's mail.", raw="""\
Date: Fri, 06 Nov 2026 07:00:18 +0700
From: Microsoft 365 <quarantine@messaging.microsoft.com>
To: helpdesk-p4m@polibatam.ac.id
Subject: Microsoft 365 security: You have messages in quarantine
Message-ID: <{MID}@SG2PR01MB4102.apcprd01.prod.exchangelabs.com>
Auto-Submitted: auto-generated
X-MS-Exchange-Organization-SCL: -1
X-MS-Exchange-Generated-Message-Source: Quarantine Notification
MIME-Version: 1.0
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body style=3D"font-family:Segoe UI,sans-serif;font-size:14px">
<h2>Review These Messages</h2>
<p>2 messages are being held for you to review as of 11/6/2026 12:00:00 AM (UTC).</p>
<p>Review them within 30 days of the received date by going to the Quarantine page in the Security Center.</p>
<table border=3D"1" cellpadding=3D"4" style=3D"border-collapse:collapse">
<tr><th>Sender</th><th>Subject</th><th>Date</th></tr>
<tr><td>admin@beasiswa-luar-negeri.info</td><td>Scholarship 2027 - claim your place now</td><td>11/5/2026</td></tr>
<tr><td>no-reply@invoice-docs.net</td><td>Re: Perubahan nama course - invoice attached</td><td>11/5/2026</td></tr>
</table>
<p><a href=3D"https://security.microsoft.com/quarantine">Review Messages</a></p>
<p style=3D"color:#666;font-size:11px">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052<br>=
This message was sent from an unmonitored email address. Please do not reply to this message.</p>
</body></html>
""")

add("exchange-dsn-pengiriman-tertunda", "auto", "id", "Fri, 13 Nov 2026 16:12:55 +0700",
    "Microsoft Outlook <postmaster@polibatam.ac.id>",
    "Tertunda: Re: [Tiket #2026-0540] Pengumuman Seminar Nasional Vokasi",
    note="Exchange delayed-delivery report (delivery-status) in Indonesian.", raw="""\
Date: Fri, 13 Nov 2026 16:12:55 +0700
From: Microsoft Outlook <postmaster@polibatam.ac.id>
To: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Subject: Tertunda: Re: [Tiket #2026-0540] Pengumuman Seminar Nasional Vokasi
Message-ID: <{MID}@mail.polibatam.ac.id>
Auto-Submitted: auto-replied
Thread-Topic: Re: [Tiket #2026-0540] Pengumuman Seminar Nasional Vokasi
X-MS-Exchange-Message-Is-Ndr:
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="{BOUNDARY}"

--{BOUNDARY}
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Pengiriman tertunda ke penerima atau grup berikut:

panitia.semnas@univ-mitra.ac.id

Subjek: Re: [Tiket #2026-0540] Pengumuman Seminar Nasional Vokasi

Pesan ini belum terkirim. Server akan terus mencoba mengirimkannya selama 2 hari. Anda tidak perlu
melakukan apa pun; kami akan memberi tahu Anda jika pesan gagal dikirim.

Informasi diagnostik untuk administrator:
Server pembuat: mail.polibatam.ac.id
Remote Server returned '400 4.4.7 Message delayed'

--{BOUNDARY}
Content-Type: message/delivery-status

Reporting-MTA: dns; mail.polibatam.ac.id
Arrival-Date: Fri, 13 Nov 2026 08:05:31 +0000

Final-Recipient: rfc822; panitia.semnas@univ-mitra.ac.id
Action: delayed
Status: 4.4.7
Diagnostic-Code: smtp; 400 4.4.7 Message delayed
Will-Retry-Until: Sun, 15 Nov 2026 08:05:31 +0000

--{BOUNDARY}
Content-Type: text/rfc822-headers

From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
To: panitia.semnas@univ-mitra.ac.id
Subject: Re: [Tiket #2026-0540] Pengumuman Seminar Nasional Vokasi
Date: Fri, 13 Nov 2026 15:05:29 +0700

--{BOUNDARY}--
""")

add("gmail-ooo-subject-only-cuti", "auto", "id", "Mon, 23 Nov 2026 08:00:04 +0700",
    "Rahmi Fitria <rahmi.fitria@polibatam.ac.id>",
    "Balasan Otomatis: [Tiket #2026-0571] Perubahan semester course Statistika Bisnis",
    note="Out-of-office reply recognisable only by its subject prefix.", raw="""\
Date: Mon, 23 Nov 2026 08:00:04 +0700
From: Rahmi Fitria <rahmi.fitria@polibatam.ac.id>
To: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Subject: Balasan Otomatis: [Tiket #2026-0571] Perubahan semester course Statistika Bisnis
Message-ID: <{MID}@polibatam.ac.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 7bit

Terima kasih atas email Anda.

Saya sedang cuti hingga 4 Desember 2026 dengan akses email terbatas. Untuk keperluan perkuliahan
Statistika Bisnis silakan menghubungi Koordinator Prodi Manajemen Bisnis di mb@polibatam.ac.id.

Salam,
Rahmi Fitria
""")

if __name__ == "__main__":
    sys.exit(main())

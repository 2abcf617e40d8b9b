#!/usr/bin/env python3
"""Generate the P4M helpdesk TUNING corpus (130 labelled request e-mails).

Writes, next to this script:
  NNN-quirk-slug.eml  raw RFC 5322 messages (CRLF), numbered in Date order
  labels.json         {"NNN-quirk-slug.eml": {"type", "lang", "fields", "note"}}

Deterministic: boundaries, Message-IDs and attachment bytes (hand-built DOCX
and PDF, zip entries with a fixed timestamp) derive from each slug.  Every
body was written by hand; the engine only wraps it the way the named client
would.  Run with any Python 3.10+; python-docx (optional) is used only to
double-check that the DOCX attachments open.
"""

import datetime as dt
import hashlib
import html
import io
import json
import os
import re
import sys
import textwrap
import zipfile
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default as DEFAULT, SMTP
from email.utils import format_datetime, formataddr

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
WIB = dt.timezone(dt.timedelta(hours=7))
HELPDESK = "helpdesk-p4m@polibatam.ac.id"
POLICY = SMTP.clone(max_line_length=78)
MAILS = []
PLAN = {"course_data": 40, "announcement": 30, "elearning_support": 22,
        "document_request": 14, "other": 12, "auto": 12}


def H(slug, salt, n=16):
    return hashlib.sha256(("%s|%s" % (slug, salt)).encode()).hexdigest()[:n]


def M(slug, date, sender, subject, body, type_, lang, fields=None, note="",
      client="gmail", html_body=None, att=(), hdr=None, reply=None):
    MAILS.append(dict(slug=slug, date=date, sender=sender, subject=subject,
                      body=body, type=type_, lang=lang, fields=fields or {},
                      note=note, client=client, html=html_body, att=list(att),
                      hdr=hdr or {}, reply=reply, raw=None))


def RAW(slug, date, raw, type_="auto", lang="id", note=""):
    """A machine message written out as raw text (bounces, reports)."""
    MAILS.append(dict(slug=slug, date=date, raw=raw, type=type_, lang=lang,
                      fields={}, note=note, att=[], subject=None))


def wrap(text, width=72):
    """Hard-wrap every paragraph line longer than width (lists kept)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        m = re.match(r"^(\s*(?:[-*\u2022]|\d+[.)]|[a-z][.)])?\s*)", line)
        lead = m.group(1) if m else ""
        out.extend(textwrap.wrap(line, width, initial_indent="",
                                 subsequent_indent=" " * len(lead),
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def when(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=WIB)


# ---------------------------------------------------------------- attachments

ZIPTIME = (2025, 1, 1, 0, 0, 0)


def make_docx(paragraphs):
    def para(t):
        bold = t.startswith("**")
        t = t.strip("*")
        run = "<w:r>%s<w:t xml:space=\"preserve\">%s</w:t></w:r>" % (
            "<w:rPr><w:b/></w:rPr>" if bold else "", html.escape(t, quote=False))
        return "<w:p>%s</w:p>" % run
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body>%s<w:sectPr/></w:body></w:document>" % "".join(para(p) for p in paragraphs))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         "</Types>"),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         "</Relationships>"),
        ("word/document.xml", doc),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, ZIPTIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"))
    return buf.getvalue()


def _pdf_str(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines):
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for line in lines:
        ops.append("(%s) Tj T*" % _pdf_str(line))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def pdf_text(data):
    text = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
        s = re.sub(rb"\\(.)", rb"\1", m.group(1))
        text.append(s.decode("latin-1"))
    return "\n".join(text)


# ---------------------------------------------------------------- building

def text_to_html(text):
    parts = []
    for line in text.split("\n"):
        parts.append("<div>%s</div>" % (html.escape(line) if line.strip() else "<br>"))
    return '<div dir="ltr">%s</div>' % "\n".join(parts)


def outlook_html(text_or_html, is_html=False):
    inner = text_or_html if is_html else "\n".join(
        '<p class="MsoNormal">%s<o:p></o:p></p>' % (html.escape(l) if l.strip() else "&nbsp;")
        for l in text_or_html.split("\n"))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            "<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;} --></style>\n"
            '</head>\n<body lang="EN-ID" link="#0563C1" vlink="#954F72">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % inner)


def build_inner(spec):
    """A message/rfc822 attachment: dict(sender, to, date, subject, body)."""
    inner = EmailMessage(policy=DEFAULT)
    inner["From"] = formataddr(spec["sender"])
    inner["To"] = spec.get("to", HELPDESK)
    inner["Date"] = format_datetime(when(spec["date"]))
    inner["Subject"] = spec["subject"]
    inner["Message-ID"] = "<%s@%s>" % (H(spec["subject"], "inner"), spec["sender"][1].split("@")[1])
    inner.set_content(spec["body"])
    return inner


def build(m):
    slug, d = m["slug"], when(m["date"])
    msg = EmailMessage(policy=DEFAULT)
    name, addr = m["sender"]
    domain = addr.split("@")[1]
    msg["Return-Path"] = "<%s>" % addr
    msg["Received"] = ("from %s (mail.%s) by mx.polibatam.ac.id (Postfix) with ESMTPS id %s "
                       "for <%s>; %s" % (domain, domain, H(slug, "q", 12).upper(), HELPDESK,
                                         format_datetime(d + dt.timedelta(seconds=3))))
    msg["From"] = formataddr((name, addr)) if name else addr
    msg["To"] = m["hdr"].pop("To", "Helpdesk P4M <%s>" % HELPDESK)
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = "<%s.%s@%s>" % (H(slug, "mid", 20), int(d.timestamp()), domain)
    if m["reply"]:
        msg["In-Reply-To"] = m["reply"]
        msg["References"] = m["reply"]
    client = m["client"]
    if client == "outlook":
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
        msg["Thread-Index"] = "Adk" + H(slug, "ti", 24)
    elif client == "thunderbird":
        msg["User-Agent"] = "Mozilla Thunderbird"
    elif client == "iphone":
        msg["X-Mailer"] = "iPhone Mail (21G93)"
    elif client == "zimbra":
        msg["X-Mailer"] = "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4546)"
    for k, v in m["hdr"].items():
        msg[k] = v
    body = m["body"]
    if client == "gmail":
        msg.set_content(body)
        msg.add_alternative(m["html"] or text_to_html(body), subtype="html")
    elif client == "outlook":
        msg.set_content(outlook_html(m["html"] or body, is_html=bool(m["html"])),
                        subtype="html", cte="quoted-printable")
    elif client == "thunderbird":
        msg.set_content(body, params={"format": "flowed"})
    elif client == "iphone":
        msg.set_content(body, cte="base64")
    else:
        msg.set_content(body)
    for a in m["att"]:
        kind = a[0]
        if kind == "docx":
            msg.add_attachment(make_docx(a[2]), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=a[1])
        elif kind == "pdf":
            msg.add_attachment(make_pdf(a[2]), maintype="application", subtype="pdf",
                               filename=a[1])
        elif kind == "eml":
            msg.add_attachment(build_inner(a[1]))
    n = 0
    for part in msg.walk():
        if part is not msg and "From" not in part:
            del part["MIME-Version"]  # the library adds it to every sub-part; clients do not
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary("----=_Part_%d_%s" % (n, H(slug, "b%d" % n, 18)))
    return msg.as_bytes(policy=POLICY)


# ---------------------------------------------------------------- checks

def decoded_text(msg):
    chunks = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == "text/plain":
            chunks.append(part.get_content())
        elif ctype == "text/html":
            h = re.sub(r"(?i)<br\s*/?>|</(p|div|td|tr|li)>", "\n", part.get_content())
            chunks.append(html.unescape(re.sub(r"<[^>]+>", " ", h)))
        elif ctype == "application/pdf":
            chunks.append(pdf_text(part.get_content()))
        elif ctype.endswith("wordprocessingml.document"):
            data = part.get_content()
            try:
                import docx
                chunks.append("\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs))
            except ImportError:
                xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
                chunks.append(html.unescape(re.sub(r"<[^>]+>", " ", xml.replace("</w:p>", "\n"))))
        elif ctype == "message/rfc822":
            chunks.append(str(part.get_content().get("Subject", "")))
    return "\n".join(chunks)


def flat(s):
    return " ".join(s.split())


def check(name, data, m):
    problems = []
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        problems.append("line endings are not CRLF")
    msg = message_from_bytes(data, policy=DEFAULT)
    for part in msg.walk():
        if part.defects:
            problems.append("defects: %r" % part.defects)
    text = flat(decoded_text(msg))
    values = []
    for k, v in m["fields"].items():
        if k == "changes":
            values += list(v.values())
        elif k not in ("publish_at", "scope"):
            values.append(v)
    for v in values:
        if flat(v) not in text:
            problems.append("label value not in text: %r" % v)
    if "publish_at" in m["fields"]:
        dt.datetime.fromisoformat(m["fields"]["publish_at"])
        if not m["fields"]["publish_at"].endswith("+07:00"):
            problems.append("publish_at not +07:00")
    for k in m["fields"].get("changes", {}):
        if k not in ("fullname", "shortname", "lecturer", "class", "semester",
                     "credits", "enrolment_key", "summary"):
            problems.append("bad change key %s" % k)
    # weekday names next to full dates must match
    days_id = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
    days_en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    mon_id = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
              "September", "Oktober", "November", "Desember"]
    mon_en = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    for m2 in re.finditer(r"(%s),? (\d{1,2}) (%s) (\d{4})" % ("|".join(days_id + days_en),
                                                            "|".join(mon_id + mon_en)), text):
        day, dd, mon, yy = m2.groups()
        mi = (mon_id.index(mon) if mon in mon_id else mon_en.index(mon)) + 1
        wd = dt.date(int(yy), mi, int(dd)).weekday()
        if day not in (days_id[wd], days_en[wd]):
            problems.append("weekday mismatch: %s" % m2.group(0))
    return problems


def main():
    for f in os.listdir(OUT_DIR):
        if re.match(r"^\d{3}-.*\.eml$", f):
            os.remove(os.path.join(OUT_DIR, f))
    mails = sorted(MAILS, key=lambda m: when(m["date"]))
    labels, failed = {}, False
    slugs = set()
    for i, m in enumerate(mails, 1):
        assert m["slug"] not in slugs, m["slug"]
        slugs.add(m["slug"])
        name = "%03d-%s.eml" % (i, m["slug"])
        data = m["raw"].replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8") if m["raw"] else build(m)
        problems = check(name, data, m)
        if len(data) > 60000:
            problems.append("too large")
        for p in problems:
            print("%s: %s" % (name, p), file=sys.stderr)
            failed = True
        with open(os.path.join(OUT_DIR, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"type": m["type"], "lang": m["lang"], "fields": m["fields"], "note": m["note"]}
    with open(os.path.join(OUT_DIR, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    counts = {}
    for v in labels.values():
        counts[v["type"]] = counts.get(v["type"], 0) + 1
    print("wrote %d messages: %s" % (len(labels), counts))
    if "--partial" not in sys.argv and counts != PLAN:
        print("counts differ from plan %s" % PLAN, file=sys.stderr)
        failed = True
    return 1 if failed else 0


# ============================================================================
# The messages.  Dates are WIB; the files are numbered in Date order.
# ============================================================================

# ---------------------------------------------------------------- course_data

M("prosa-diubah-menjadi-algoritma", "2025-02-04 08:41:17",
  ("Rizky Ananda Putra", "rizky.ananda@polibatam.ac.id"),
  "Perubahan nama mata kuliah di e-learning",
  """Selamat pagi Bapak/Ibu tim P4M,

Mohon nama mata kuliah IF1105 (Algoritma dan Pemrograman) di e-learning diubah menjadi Algoritma dan Pemrograman Dasar sesuai kurikulum 2025 yang baru disahkan prodi.

Terima kasih atas bantuannya.

Salam,
Rizky Ananda Putra
Dosen Teknik Informatika
""", "course_data", "id",
  {"course_code": "IF1105", "course_name": "Algoritma dan Pemrograman",
   "changes": {"fullname": "Algoritma dan Pemrograman Dasar"}})

M("gelar-berderet-diganti-jadi", "2025-02-11 13:05:40",
  ("Sekretariat Jurusan Teknik Elektro", "sekjur.elektro@polibatam.ac.id"),
  "Dosen pengampu Sistem Tenaga Listrik",
  """Dengan hormat,

Berdasarkan SK pembagian tugas mengajar semester genap, dosen pengampu MK Sistem Tenaga Listrik (EL2104) di e-learning mohon diganti jadi Dr. Ir. Hendra Wijaya, S.T., M.Eng. Dosen sebelumnya sedang tugas belajar.

Atas perhatiannya kami ucapkan terima kasih.

Hormat kami,
Sekretariat Jurusan Teknik Elektro
Politeknik Negeri Batam
""", "course_data", "id",
  {"course_code": "EL2104", "course_name": "Sistem Tenaga Listrik",
   "changes": {"lecturer": "Dr. Ir. Hendra Wijaya, S.T., M.Eng."}}, client="zimbra")

M("singkatan-nm-mk-jd", "2025-02-19 21:37:02",
  ("Yuli Astuti", "yuli.astuti@polibatam.ac.id"),
  "mk",
  """min mhn nm MK MB1103 Pengantar Bisnis di elearning jd Pengantar Manajemen Bisnis ya, biar sama dgn SIAKAD. tks

Dikirim dari iPhone saya
""", "course_data", "id",
  {"course_code": "MB1103", "course_name": "Pengantar Bisnis",
   "changes": {"fullname": "Pengantar Manajemen Bisnis"}}, client="iphone")

M("en-should-be-shortname-kripto", "2025-03-03 10:12:55",
  ("Thomas Becker", "t.becker@polibatam.ac.id"),
  "Short name of the cryptography course",
  """Hello P4M team,

I am the visiting lecturer for Applied Cryptography (RKS2203) this term. The short name on the course page currently reads RKS-2203, but according to the programme office it should be RKS2203-KRIPTO.

Could you fix this before my students start enrolling?

Kind regards,
Thomas Becker
Visiting Lecturer, Rekayasa Keamanan Siber
""", "course_data", "en",
  {"course_code": "RKS2203", "course_name": "Applied Cryptography",
   "changes": {"shortname": "RKS2203-KRIPTO"}}, client="thunderbird")

M("panah-kelas-malam-pbo", "2025-03-10 19:22:31",
  ("Fajar Nugroho", "fajar.nugroho@polibatam.ac.id"),
  "Kelas course PBO",
  """Malam tim P4M,

Course Pemrograman Berorientasi Objek (IF2203) saya masih terdaftar untuk kelas pagi. Mohon diubah:

kelas: IF-2C -> IF-2C Malam

Mahasiswanya kelas karyawan semua. Terima kasih.

Fajar
""", "course_data", "id",
  {"course_code": "IF2203", "course_name": "Pemrograman Berorientasi Objek",
   "changes": {"class": "IF-2C Malam"}})

M("panah-ganda-enrol-key", "2025-03-12 07:58:09",
  ("Fajar Nugroho", "fajar.nugroho@polibatam.ac.id"),
  "Re: Kelas course PBO",
  """Satu lagi min, enrol key course IF2203 juga tolong diganti krn sdh kesebar ke kelas pagi:

PBO2025 => pbo-malam25

Makasih.
""", "course_data", "id",
  {"course_code": "IF2203", "changes": {"enrolment_key": "pbo-malam25"}},
  reply="<a1b2c3d4.pbo@mail.gmail.com>")

M("titik-dua-kelas-dan-kunci-rks", "2025-03-24 14:30:12",
  ("Putri Ramadhani", "putri.ramadhani@polibatam.ac.id"),
  "Data course Keamanan Jaringan",
  """Siang,

Untuk course Keamanan Jaringan (RKS3105) mohon disesuaikan datanya:
Kelas: KJ-RKS3B
Kunci pendaftaran: rks3B#2025

Kelas RKS3A nanti saya ajukan terpisah. Terima kasih.

Putri Ramadhani, S.Tr.Kom., M.Kom.
""", "course_data", "id",
  {"course_code": "RKS3105", "course_name": "Keamanan Jaringan",
   "changes": {"class": "KJ-RKS3B", "enrolment_key": "rks3B#2025"}})

M("seharusnya-sks-akm", "2025-04-07 09:03:44",
  ("Lestari Wulandari", "lestari.w@polibatam.ac.id"),
  "sks salah",
  """Pagi tim P4M,

Di e-learning MK Akuntansi Keuangan Menengah (AK2202) sks-nya tertulis 2, seharusnya 3. Mohon dikoreksi karena mahasiswa jadi bertanya-tanya.

Terima kasih,
Lestari
""", "course_data", "id",
  {"course_code": "AK2202", "course_name": "Akuntansi Keuangan Menengah",
   "changes": {"credits": "3"}})

M("yang-benar-dosen-pengampu", "2025-04-15 11:47:26",
  ("Admin Prodi TI", "admin.ti@polibatam.ac.id"),
  "Koreksi dosen pengampu Logika Informatika",
  """Yth. Tim Helpdesk P4M,

Nama dosen pengampu di course Logika Informatika (IF1102) keliru, tertulis Dian Permata. Yang benar Dian Permata Sari, S.Kom., M.Kom.

Mohon bantuannya, terima kasih.

Admin Prodi Teknik Informatika
""", "course_data", "id",
  {"course_code": "IF1102", "course_name": "Logika Informatika",
   "changes": {"lecturer": "Dian Permata Sari, S.Kom., M.Kom."}}, client="outlook")

M("bukan-tapi-shortname-mesin", "2025-04-28 16:18:03",
  ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "short name Metrologi Industri",
  """Sore,

Short name course Metrologi Industri bukan MS2301 tapi MS3201. Tolong diperbaiki ya, soalnya laporan ke prodi pakai kode itu.

Agus
""", "course_data", "id",
  {"course_code": "MS2301", "course_name": "Metrologi Industri",
   "changes": {"shortname": "MS3201"}},
  note="The code the sender uses to identify the course (MS2301) is the wrong one being corrected.")

M("dari-ke-semester-animasi", "2025-08-18 10:25:51",
  ("Wahyu Pratama", "wahyu.pratama@polibatam.ac.id"),
  "Semester course Storyboard",
  """Halo P4M,

Course Storyboard dan Naskah (AN2104) mau saya pakai lagi. Tolong semesternya dipindah dari Genap 2024/2025 ke Ganjil 2025/2026 ya. Isi course biarkan saja.

Thanks,
Wahyu - Prodi Animasi
""", "course_data", "id",
  {"course_code": "AN2104", "course_name": "Storyboard dan Naskah",
   "changes": {"semester": "Ganjil 2025/2026"}})

M("en-change-it-to-3d-modelling", "2025-08-25 08:14:37",
  ("Marisa Tan", "marisa.tan@polibatam.ac.id"),
  "Course title change - AN2102",
  """Hi,

The course 3D Modelling (AN2102) needs a new full name this semester because we added texturing to the syllabus. Please change it to 3D Modelling and Texturing.

Many thanks,
Marisa
""", "course_data", "en",
  {"course_code": "AN2102", "course_name": "3D Modelling",
   "changes": {"fullname": "3D Modelling and Texturing"}})

M("en-old-new-pair-lecturer", "2025-09-01 13:52:20",
  ("International Office", "io@polibatam.ac.id"),
  "Lecturer update for Business English",
  """Dear Helpdesk,

Please update the lecturer of Business English for Engineers (BI2204):

Old: Sarah Mitchell, M.A.
New: Daniel O'Connor, M.Ed.

Ms Mitchell's contract ended in August. Thank you.

Best regards,
Farah
International Office, Politeknik Negeri Batam
""", "course_data", "en",
  {"course_code": "BI2204", "course_name": "Business English for Engineers",
   "changes": {"lecturer": "Daniel O'Connor, M.Ed."}}, client="outlook")

M("lama-baru-nama-matkul-typo", "2025-09-08 09:40:05",
  ("Siti Nurhaliza", "siti.nurhaliza@polibatam.ac.id"),
  "Perubahan nama matkul Komunikasi Bisnis",
  """Assalamualaikum min,

Mohon bantu ganti nama matkul di e-learning:
nama lama : Komunikasi Bisnis
nama baru : Komunikasi Bisnis dan Negosiasi
kode MB2107

Trims,
Siti
""", "course_data", "id",
  {"course_code": "MB2107", "course_name": "Komunikasi Bisnis",
   "changes": {"fullname": "Komunikasi Bisnis dan Negosiasi"}})

M("deskripsi-baris-berikut-manajemen", "2025-09-15 15:06:48",
  ("Hendro Saputra", "hendro.saputra@polibatam.ac.id"),
  "Deskripsi course Manajemen Operasional",
  """Selamat sore,

Deskripsi course Manajemen Operasional (MB3102) mohon diganti menjadi:

Mata kuliah ini membekali mahasiswa dengan konsep perencanaan kapasitas, tata letak fasilitas, penjadwalan produksi, pengendalian persediaan, dan manajemen kualitas pada industri manufaktur dan jasa di kawasan Batam.

Deskripsi lama sudah tidak sesuai RPS. Terima kasih.

Hendro Saputra, S.E., M.M.
""", "course_data", "id",
  {"course_code": "MB3102", "course_name": "Manajemen Operasional",
   "changes": {"summary": "Mata kuliah ini membekali mahasiswa dengan konsep perencanaan kapasitas, tata letak fasilitas, penjadwalan produksi, pengendalian persediaan, dan manajemen kualitas pada industri manufaktur dan jasa di kawasan Batam."}},
  client="thunderbird")

M("outlook-html-tabel-lama-baru", "2025-09-22 10:31:14",
  ("Bagian Akademik", "akademik@polibatam.ac.id"),
  "Perubahan Data Mata Kuliah Sistem Informasi Akuntansi",
  "", "course_data", "id",
  {"course_code": "AK3104", "course_name": "Sistem Informasi Akuntansi",
   "changes": {"fullname": "Sistem Informasi Akuntansi Berbasis Komputer",
               "lecturer": "Ratna Dewi, S.E., M.Ak., CA"}},
  client="outlook", html_body="""<p class="MsoNormal">Yth. Tim Helpdesk P4M,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Mohon perubahan data mata kuliah AK3104 Sistem Informasi Akuntansi di e-learning sebagai berikut:<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td width="150"><p class="MsoNormal"><b>Data</b><o:p></o:p></p></td><td width="220"><p class="MsoNormal"><b>Lama</b><o:p></o:p></p></td><td width="260"><p class="MsoNormal"><b>Baru</b><o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">Nama MK<o:p></o:p></p></td><td><p class="MsoNormal">Sistem Informasi Akuntansi<o:p></o:p></p></td><td><p class="MsoNormal">Sistem Informasi Akuntansi Berbasis Komputer<o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">Dosen Pengampu<o:p></o:p></p></td><td><p class="MsoNormal">Budi Santoso, S.E., M.Si.<o:p></o:p></p></td><td><p class="MsoNormal">Ratna Dewi, S.E., M.Ak., CA<o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Terima kasih.<o:p></o:p></p>
<p class="MsoNormal">Bagian Akademik dan Kemahasiswaan<o:p></o:p></p>""")

M("dua-perubahan-enrolkey-dan-shortname", "2025-10-06 20:11:29",
  ("Dedi Kurniawan", "dedi.kurniawan@polibatam.ac.id"),
  "course Basis Data Terdistribusi",
  """Malam,

Tolong enrolment key course Basis Data Terdistribusi (IF3204) diganti ke bdt-ganjil25 dan short name-nya jadi IF3204-BDT. Both are still copied from last year's course, jadi students angkatan lama masih bisa self-enrol.

Makasih,
Dedi
""", "course_data", "id",
  {"course_code": "IF3204", "course_name": "Basis Data Terdistribusi",
   "changes": {"enrolment_key": "bdt-ganjil25", "shortname": "IF3204-BDT"}})

M("campur-update-fullname-quotes", "2025-10-13 11:02:48",
  ("Bayu Saputra", "bayu.saputra@polibatam.ac.id"),
  "Update full name course RKS3104",
  """Hi min,

Tolong update full name course RKS3104 (Threat Intelligence) to "Cyber Threat Intelligence" ya. Soalnya di sertifikat kompetensi nanti namanya harus sama persis. Thanks a lot!

Bayu
""", "course_data", "mixed",
  {"course_code": "RKS3104", "course_name": "Threat Intelligence",
   "changes": {"fullname": "Cyber Threat Intelligence"}})

M("fwd-inline-kaprodi-kelas", "2025-10-20 08:05:33",
  ("Nurul Hidayah", "nurul.hidayah@polibatam.ac.id"),
  "Fwd: Penyesuaian kelas Mikrokontroler",
  """mohon bantuannya

---------- Forwarded message ---------
Dari: Kaprodi Teknik Elektronika <kaprodi.tre@polibatam.ac.id>
Date: Sen, 20 Okt 2025 pukul 07.41
Subject: Penyesuaian kelas Mikrokontroler
To: Nurul Hidayah <nurul.hidayah@polibatam.ac.id>

Bu Nurul,

Course Mikrokontroler (TRE2105) di e-learning masih tercatat kelas TRE-2A. Karena kelas digabung, mohon diminta ke P4M agar kelasnya diganti menjadi TRE-2A/2B Gabungan.

Terima kasih,
Kaprodi TRE
""", "course_data", "id",
  {"course_code": "TRE2105", "course_name": "Mikrokontroler",
   "changes": {"class": "TRE-2A/2B Gabungan"}},
  note="Inline forward under a one-line request; the change is in the forwarded part.")

M("pesan-asli-ganti-dosen", "2025-10-27 13:44:10",
  ("Rina Marlina", "rina.marlina@polibatam.ac.id"),
  "TR: Dosen Pengganti Akuntansi Perpajakan",
  """Mohon bantuannya ya Pak/Bu.

Rina

-----Pesan Asli-----
Dari: Ketua Jurusan Manajemen Bisnis <kajur.mb@polibatam.ac.id>
Dikirim: Senin, 27 Oktober 2025 10:02
Kepada: Rina Marlina <rina.marlina@polibatam.ac.id>
Subjek: Dosen Pengganti Akuntansi Perpajakan

Bu Rina,

Mulai minggu ini pengampu Akuntansi Perpajakan (AK3201) diganti oleh
Yohanes Siregar, S.E., M.Ak. Tolong diteruskan ke P4M supaya nama dosen
di e-learning juga diperbarui.

Salam,
Kajur MB
""", "course_data", "id",
  {"course_code": "AK3201", "course_name": "Akuntansi Perpajakan",
   "changes": {"lecturer": "Yohanes Siregar, S.E., M.Ak."}},
  client="outlook", note="Outlook forward (-----Pesan Asli-----); the change is in the quoted part.")

M("rfc822-lampiran-sks", "2025-11-03 09:20:57",
  ("Teguh Prasetyo", "teguh.prasetyo@polibatam.ac.id"),
  "Fwd: SKS Praktikum Proses Manufaktur",
  """mohon bantuannya, email kaprodi terlampir.

Teguh
""", "course_data", "id",
  {"course_code": "MS2206", "course_name": "Praktikum Proses Manufaktur",
   "changes": {"credits": "2"}},
  note="The request is only in the attached message/rfc822 e-mail.",
  att=[("eml", dict(sender=("Kaprodi Teknik Mesin", "kaprodi.mesin@polibatam.ac.id"),
                    to="Teguh Prasetyo <teguh.prasetyo@polibatam.ac.id>",
                    date="2025-11-02 19:10:00",
                    subject="SKS Praktikum Proses Manufaktur",
                    body="Pak Teguh,\n\nSKS MK Praktikum Proses Manufaktur (MS2206) di e-learning\nmasih 1. Sesuai kurikulum baru seharusnya 2 sks. Mohon diteruskan\nke P4M untuk diperbaiki.\n\nTerima kasih,\nKaprodi Teknik Mesin\n"))])

M("surat-pdf-nama-dan-kode", "2025-11-10 10:00:21",
  ("Jurusan Teknik Informatika", "jurusan.if@polibatam.ac.id"),
  "Surat permohonan perubahan data mata kuliah",
  """Dengan hormat,

Terlampir surat permohonan perubahan data mata kuliah di e-learning. Mohon dapat ditindaklanjuti.

Hormat kami,
Jurusan Teknik Informatika
""", "course_data", "id",
  {"course_code": "IF3108", "course_name": "Pemrograman Perangkat Bergerak",
   "changes": {"fullname": "Pengembangan Aplikasi Mobile", "shortname": "IF3108-PAM"}},
  note="The request is only in the PDF letter.",
  att=[("pdf", "Surat_Perubahan_Data_MK_IF3108.pdf", [
      "JURUSAN TEKNIK INFORMATIKA",
      "POLITEKNIK NEGERI BATAM",
      "Nomor: 412/PL29.4/TI/2025",
      "Perihal: Permohonan Perubahan Data Mata Kuliah",
      "",
      "Kepada Yth. Kepala P4M Politeknik Negeri Batam",
      "",
      "Dengan hormat, sehubungan dengan penyesuaian kurikulum, kami mohon",
      "perubahan data mata kuliah IF3108 Pemrograman Perangkat Bergerak",
      "pada e-learning sebagai berikut:",
      "1. Nama mata kuliah menjadi Pengembangan Aplikasi Mobile",
      "2. Short name menjadi IF3108-PAM",
      "",
      "Demikian surat ini kami sampaikan. Atas perhatiannya kami ucapkan",
      "terima kasih.",
      "",
      "Batam, 10 November 2025",
      "Ketua Jurusan Teknik Informatika",
  ])])

M("thunderbird-bawah-kutipan-en", "2025-11-17 14:26:39",
  ("Lukas Wagner", "lukas.wagner@polibatam.ac.id"),
  "Re: [P4M #2025-0388] Course rename TRE3106",
  """On 17/11/2025 09:12, Helpdesk P4M wrote:
> Dear Mr Wagner,
>
> We received your request for course TRE3106 (Embedded Systems).
> Could you tell us the new full name of the course?
>
> Regards,
> Helpdesk P4M

It should be Embedded Systems Design, as in the new module handbook.

Thanks,
Lukas
""", "course_data", "en",
  {"course_code": "TRE3106", "course_name": "Embedded Systems",
   "changes": {"fullname": "Embedded Systems Design"}}, client="thunderbird",
  reply="<tkt-2025-0388.ack@helpdesk.polibatam.ac.id>",
  note="Bottom-posted Thunderbird reply: the new value is below the quote.")

M("tanpa-nilai-baru-nama-menyusul", "2025-11-24 11:38:16",
  ("Irfan Hakim", "irfan.hakim@polibatam.ac.id"),
  "Ganti nama MK RPL",
  """Siang tim P4M,

Mohon nama MK IF3201 Rekayasa Perangkat Lunak di e-learning diganti ya, karena prodi baru saja merevisi kurikulum. Nama barunya masih difinalkan rapat prodi, nanti saya kabari.

Terima kasih,
Irfan
""", "course_data", "id",
  {"course_code": "IF3201", "course_name": "Rekayasa Perangkat Lunak", "changes": {}},
  note="Missing new value: a rename is asked for but the new name is not given yet.")

M("en-missing-value-lecturer", "2025-12-01 15:55:02",
  ("Aisha Rahman", "aisha.rahman@polibatam.ac.id"),
  "Wrong lecturer on EL3205",
  """Good afternoon,

The lecturer listed for Renewable Energy Systems (EL3205) on the e-learning site is wrong. Could you correct it? I will confirm the right name with the department and get back to you.

Best,
Aisha
""", "course_data", "en",
  {"course_code": "EL3205", "course_name": "Renewable Energy Systems", "changes": {}},
  note="Missing new value: the sender asks for a correction without giving the right lecturer.")

M("koreksi-typo-fullname-kutip", "2025-12-08 08:27:45",
  ("Maya Sari", "maya.sari@polibatam.ac.id"),
  "Koreksi penulisan nama course",
  """Pagi,

Mohon koreksi nama course "Matematika Terapn" (MA1203), ada salah ketik. Mohon diganti menjadi "Matematika Terapan".

Terima kasih,
Maya
""", "course_data", "id",
  {"course_code": "MA1203", "course_name": "Matematika Terapn",
   "changes": {"fullname": "Matematika Terapan"}})

M("perbaiki-semester-akhir-kalimat", "2026-01-12 10:48:03",
  ("Andi Firmansyah", "andi.firmansyah@polibatam.ac.id"),
  "tahun akademik course Jaringan Nirkabel",
  """Pagi,

Tolong perbaiki semester di course Jaringan Nirkabel (IF3207), harusnya Genap 2025/2026.

Andi
""", "course_data", "id",
  {"course_code": "IF3207", "course_name": "Jaringan Nirkabel",
   "changes": {"semester": "Genap 2025/2026"}})

M("rename-ke-animasi", "2026-01-19 16:40:31",
  ("Galih Permana", "galih.permana@polibatam.ac.id"),
  "rename course AN1101",
  """Sore min, tolong rename course AN1101 Dasar Animasi ke Prinsip Dasar Animasi ya. Makasih.

Galih
""", "course_data", "id",
  {"course_code": "AN1101", "course_name": "Dasar Animasi",
   "changes": {"fullname": "Prinsip Dasar Animasi"}})

M("revisi-deskripsi-dalam-kutip", "2026-01-26 09:14:22",
  ("Evi Susanti", "evi.susanti@polibatam.ac.id"),
  "Revisi deskripsi MK Audit Internal",
  """Selamat pagi,

Mohon revisi deskripsi course Audit Internal (AK3203) dengan teks berikut:

"Mata kuliah ini membahas standar profesional audit internal, penilaian risiko, pengujian pengendalian, teknik sampling audit, serta penyusunan laporan hasil audit internal pada organisasi sektor publik dan swasta."

Terima kasih banyak.

Evi Susanti, S.E., M.Ak.
""", "course_data", "id",
  {"course_code": "AK3203", "course_name": "Audit Internal",
   "changes": {"summary": "Mata kuliah ini membahas standar profesional audit internal, penilaian risiko, pengujian pengendalian, teknik sampling audit, serta penyusunan laporan hasil audit internal pada organisasi sektor publik dan swasta."}},
  client="outlook")

M("en-credits-instead-of", "2026-02-02 11:20:10",
  ("Ravi Kumar", "ravi.kumar@polibatam.ac.id"),
  "Credits shown for Control Systems",
  """Hello,

Control Systems Engineering (EL3102) shows 3 credits on e-learning. It is a 4-credit course (2 theory + 2 lab). Please correct the credits to 4.

Regards,
Ravi Kumar, Ph.D.
""", "course_data", "en",
  {"course_code": "EL3102", "course_name": "Control Systems Engineering",
   "changes": {"credits": "4"}})

M("singkatan-hrsnya-kelas", "2026-02-09 22:03:15",
  ("Yoga Aditya", "yoga.aditya@polibatam.ac.id"),
  "kls",
  """min, utk MK Basis Data Lanjut IF3102 kls nya msh TI-3A, hrsnya TI-3B. tlg dibenerin ya. tks
""", "course_data", "id",
  {"course_code": "IF3102", "course_name": "Basis Data Lanjut",
   "changes": {"class": "TI-3B"}}, client="iphone")

M("campur-kode-dan-dosen", "2026-02-16 13:33:48",
  ("Hana Pertiwi", "hana.pertiwi@polibatam.ac.id"),
  "Course Analisis Laporan Keuangan",
  """Halo P4M,

Untuk course Analisis Laporan Keuangan (AK2205), kode MK-nya please ganti ke AKT2205 karena ada perubahan kode dari prodi. Dosennya juga diganti Novi Andriani, S.E., M.Ak. starting this semester.

Thanks ya,
Hana
""", "course_data", "mixed",
  {"course_code": "AK2205", "course_name": "Analisis Laporan Keuangan",
   "changes": {"shortname": "AKT2205", "lecturer": "Novi Andriani, S.E., M.Ak."}})

M("kelas-karyawan-kutip", "2026-02-23 18:45:59",
  ("Dewi Kartika", "dewi.kartika@polibatam.ac.id"),
  "ubah kelas course Perilaku Organisasi",
  """Sore,

Mohon kelas di course Perilaku Organisasi (MB2104) diubah menjadi "MB-3A Karyawan". Kelas regulernya sudah punya course sendiri, so this one is only for the evening students.

Terima kasih,
Dewi
""", "course_data", "mixed",
  {"course_code": "MB2104", "course_name": "Perilaku Organisasi",
   "changes": {"class": "MB-3A Karyawan"}})

M("pada-menulis-bawah-enrol", "2026-03-02 07:50:26",
  ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
  "Re: [P4M #2026-0097] Enrol key Sistem Operasi",
  """Pada 01/03/26 16.20, Helpdesk P4M menulis:
> Yth. Bapak Rahmat,
>
> Permintaan perubahan enrolment key course IF2104 (Sistem Operasi)
> sudah kami terima. Mohon sebutkan enrolment key yang baru.
>
> Salam,
> Helpdesk P4M

Kunci barunya SO-genap26 ya.

Rahmat
""", "course_data", "id",
  {"course_code": "IF2104", "course_name": "Sistem Operasi",
   "changes": {"enrolment_key": "SO-genap26"}}, client="thunderbird",
  reply="<tkt-2026-0097.ack@helpdesk.polibatam.ac.id>",
  note="Bottom-posted Thunderbird reply in Indonesian; the new value is below the quote.")

M("en-arrow-shortname-pcb", "2026-03-09 10:05:44",
  ("Kenji Watanabe", "kenji.w@polibatam.ac.id"),
  "Shortname fix",
  """Dear P4M,

For the course PCB Design (ELM2201), please fix the shortname:

Shortname: ELM-2201 -> ELM2201-PCB

The dash version collides with the old archived course.

Best regards,
Kenji Watanabe
""", "course_data", "en",
  {"course_code": "ELM2201", "course_name": "PCB Design",
   "changes": {"shortname": "ELM2201-PCB"}})

M("sks-jd-typo-cue", "2026-03-16 12:12:12",
  ("Sri Wahyuni", "sri.wahyuni@polibatam.ac.id"),
  "SKS MK Kewirausahaan",
  """Siang min,

Mata kuliah Kewirausahaan (MB1206) skss nya di elearning tolong diubah jd 3 ya, dari prodi sudah ditetapkan 3 sks mulai angkatan 2025.

Makasih,
Sri
""", "course_data", "id",
  {"course_code": "MB1206", "course_name": "Kewirausahaan",
   "changes": {"credits": "3"}})

M("surat-formal-tiga-perubahan", "2026-03-23 08:33:07",
  ("Prof. Dr. Bambang Hermanto", "bambang.hermanto@polibatam.ac.id"),
  "Permohonan Pembaruan Data Mata Kuliah Teknik Tenaga Listrik Lanjut",
  """Kepada Yth.
Kepala P4M Politeknik Negeri Batam
di tempat

Dengan hormat,

Sehubungan dengan peninjauan kurikulum Program Studi Teknik Elektro, bersama ini saya memohon pembaruan data mata kuliah EL4101 Teknik Tenaga Listrik Lanjut pada laman e-learning, yaitu:

a. nama mata kuliah diubah menjadi Analisis Sistem Tenaga Lanjut;
b. semester disesuaikan menjadi Genap 2025/2026;
c. deskripsi mata kuliah diganti dengan: Mata kuliah ini membahas studi aliran daya, analisis hubung singkat, kestabilan transien, serta koordinasi proteksi pada jaringan transmisi dan distribusi.

Demikian permohonan ini saya sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, saya ucapkan terima kasih.

Hormat saya,

Prof. Dr. Bambang Hermanto, M.Sc.
Guru Besar Teknik Elektro
""", "course_data", "id",
  {"course_code": "EL4101", "course_name": "Teknik Tenaga Listrik Lanjut",
   "changes": {"fullname": "Analisis Sistem Tenaga Lanjut",
               "semester": "Genap 2025/2026",
               "summary": "Mata kuliah ini membahas studi aliran daya, analisis hubung singkat, kestabilan transien, serta koordinasi proteksi pada jaringan transmisi dan distribusi."}},
  client="outlook")

M("campur-summary-english-paragraph", "2026-04-06 14:21:40",
  ("Citra Lestari", "citra.lestari@polibatam.ac.id"),
  "Summary course IUP Digital Marketing",
  """Halo tim P4M,

Course Digital Marketing (MB3206) kan dipakai kelas IUP, jadi mohon summary course-nya diupdate jadi teks berikut ya:

This course introduces search engine optimisation, social media campaigns, content strategy and web analytics. Students run a small campaign for a local Batam business and report its results.

Makasih banyak!
Citra
""", "course_data", "mixed",
  {"course_code": "MB3206", "course_name": "Digital Marketing",
   "changes": {"summary": "This course introduces search engine optimisation, social media campaigns, content strategy and web analytics. Students run a small campaign for a local Batam business and report its results."}})

M("team-teaching-titik-dua", "2026-04-20 09:09:09",
  ("Heri Susanto", "heri.susanto@polibatam.ac.id"),
  "Dosen course Gambar Teknik",
  """Pagi P4M,

Course Gambar Teknik (MS1103) diampu berdua semester ini. Mohon data dosen diperbarui.
Dosen pengampu: Ir. Suryadi, M.T. dan Lina Marlina, S.Pd., M.Pd.

Terima kasih,
Heri
""", "course_data", "id",
  {"course_code": "MS1103", "course_name": "Gambar Teknik",
   "changes": {"lecturer": "Ir. Suryadi, M.T. dan Lina Marlina, S.Pd., M.Pd."}})

M("re-ack-melengkapi-nama-baru", "2026-05-04 10:40:50",
  ("Irfan Hakim", "irfan.hakim@polibatam.ac.id"),
  "Re: [P4M #2026-0211] Ganti nama MK Analisis Sistem",
  """Nama barunya: Analisis dan Desain Sistem

Maaf baru sempat balas. Kodenya tetap IF2206.

Irfan

Pada Rab, 29 Apr 2026 pukul 09.02 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:
> Terima kasih, permintaan untuk MK IF2206 (Analisis Sistem) sudah kami
> catat. Mohon lengkapi: nama baru mata kuliah.
""", "course_data", "id",
  {"course_code": "IF2206", "course_name": "Analisis Sistem",
   "changes": {"fullname": "Analisis dan Desain Sistem"}},
  reply="<tkt-2026-0211.ack@helpdesk.polibatam.ac.id>")

# ---------------------------------------------------------------- announcement

M("wrap72-daftar-tgl-pkl", "2025-10-15 09:31:08",
  ("Bagian Akademik", "akademik@polibatam.ac.id"),
  "Mohon tayangkan pengumuman sosialisasi panduan akademik",
  wrap("""Yth. Tim P4M,

Mohon bantuan untuk menayangkan pengumuman berikut di halaman depan e-learning untuk semua mahasiswa, tgl 22/10 pkl 13.00 WIB.

Judul: Sosialisasi Panduan Akademik Baru

Bagian Akademik akan mengadakan sosialisasi Panduan Akademik Politeknik Negeri Batam edisi 2025 yang mulai berlaku semester ini. Hal-hal yang akan dibahas:
- ketentuan kehadiran minimal 80% dan konsekuensinya terhadap UAS,
- tata cara pengajuan cuti akademik dan aktif kembali melalui SIAKAD,
- batas masa studi dan evaluasi keberhasilan studi tahun pertama.
Sosialisasi dilaksanakan secara daring melalui Zoom; tautan akan dibagikan melalui e-mail kampus masing-masing.

Terima kasih.

Bagian Akademik dan Kemahasiswaan
"""), "announcement", "id",
  {"title": "Sosialisasi Panduan Akademik Baru", "scope": "site",
   "publish_at": "2025-10-22T13:00:00+07:00"}, client="zimbra")

M("docx-saja-migrasi-server", "2025-05-12 14:02:44",
  ("UPT TIK", "upt.tik@polibatam.ac.id"),
  "Pengumuman untuk e-learning",
  """Dengan hormat,

Terlampir naskah pengumuman dari UPT TIK. Mohon ditayangkan sesuai keterangan di dalam dokumen.

Terima kasih.
UPT TIK Polibatam
""", "announcement", "id",
  {"title": "Penutupan Sementara Layanan E-Learning Saat Migrasi Server", "scope": "site",
   "publish_at": "2025-05-19T07:00:00+07:00"},
  note="The announcement text, title and publish time are only in the DOCX attachment.",
  att=[("docx", "Pengumuman_Migrasi_Server.docx", [
      "**Penutupan Sementara Layanan E-Learning Saat Migrasi Server",
      "Ditujukan kepada: seluruh pengguna e-learning (site)",
      "Tayang: Senin, 19 Mei 2025 pukul 07.00 WIB",
      "Sehubungan dengan pemindahan server e-learning ke pusat data baru, layanan learning.polibatam.ac.id tidak dapat diakses pada Sabtu, 24 Mei 2025 pukul 20.00 sampai Minggu, 25 Mei 2025 pukul 06.00 WIB.",
      "Dosen dimohon tidak menjadwalkan kuis atau batas pengumpulan tugas pada rentang waktu tersebut.",
      "UPT Teknologi Informasi dan Komunikasi",
  ])])

M("en-feb-3rd-730am", "2026-01-27 16:44:12",
  ("Olivia Grant", "olivia.grant@polibatam.ac.id"),
  "Announcement for Engineering Mathematics",
  """Hi team,

Could you please post this in my course Engineering Mathematics II (MA2101) on Feb 3rd, 7:30 am?

Title: Week 1 Tutorial Groups
Tutorial groups are now listed under "Week 1". Please check which group you are in before Thursday and bring the worksheet printed. Swaps are only possible with a partner from the other group.

Cheers,
Olivia
""", "announcement", "en",
  {"course_code": "MA2101", "course_name": "Engineering Mathematics II",
   "title": "Week 1 Tutorial Groups", "scope": "course",
   "publish_at": "2026-02-03T07:30:00+07:00"})

M("en-3-december-at-730pm", "2025-11-27 11:15:37",
  ("Jonathan Lee", "jonathan.lee@polibatam.ac.id"),
  "Please schedule an announcement - Cloud Computing",
  """Dear Helpdesk,

Please schedule the following announcement for my Cloud Computing course (IF3209), to appear on 3 December at 7.30pm:

"Lab Exam Instructions"
The lab exam takes place in Lab 3 on the following Monday. You will deploy a three-tier application on the training AWS account. Read the attached rubric on the course page and test your credentials before the exam.

Thank you,
Jonathan Lee
""", "announcement", "en",
  {"course_code": "IF3209", "course_name": "Cloud Computing",
   "title": "Lab Exam Instructions", "scope": "course",
   "publish_at": "2025-12-03T19:30:00+07:00"}, client="thunderbird")

M("besok-jam-8-pagi-kuis", "2025-06-10 20:26:41",
  ("Nanda Pratiwi", "nanda.pratiwi@polibatam.ac.id"),
  "pengumuman kuis statistika",
  """Malam min,

Tolong bikinin pengumuman di course Statistika Industri (TI2104), tayang besok jam 8 pagi:

Kuis Online Bab 5
Kuis bab 5 (uji hipotesis) dibuka Kamis pukul 19.00 dan ditutup pukul 21.00. Durasi 45 menit, satu kali percobaan. Siapkan kalkulator dan tabel distribusi.

Thanks,
Nanda
""", "announcement", "id",
  {"course_code": "TI2104", "course_name": "Statistika Industri",
   "title": "Kuis Online Bab 5", "scope": "course",
   "publish_at": "2025-06-11T08:00:00+07:00"})

M("lusa-pkl-0600", "2025-07-07 15:09:20",
  ("Panitia PKKMB", "pkkmb@polibatam.ac.id"),
  "Pengumuman PKKMB di e-learning",
  wrap("""Halo P4M,

Kami panitia PKKMB 2025 minta tolong pengumuman ini dipasang di e-learning untuk semua pengguna, lusa pkl 06.00:

Judul: Jadwal Pengenalan E-Learning bagi Mahasiswa Baru 2025

Sesi pengenalan e-learning bagi mahasiswa baru dibagi per jurusan dan dilaksanakan di Auditorium Tower A. Mahasiswa wajib membawa laptop atau ponsel yang sudah terhubung ke wifi kampus dan sudah login ke akun students.polibatam.ac.id.

Terima kasih,
Panitia PKKMB 2025
"""), "announcement", "id",
  {"title": "Jadwal Pengenalan E-Learning bagi Mahasiswa Baru 2025", "scope": "site",
   "publish_at": "2025-07-09T06:00:00+07:00"})

M("senin-depan-jam-7-pagi", "2025-09-17 13:58:02",
  ("Joko Widodo Santoso", "joko.ws@polibatam.ac.id"),
  "Minta dipasang pengumuman di course Termodinamika Teknik",
  """Siang,

Mohon dipasang di course Termodinamika Teknik (MS2103) Senin depan jam 7 pagi ya:

Judul: Pembagian Kelompok Praktikum
Pembagian kelompok praktikum sudah diunggah di folder Minggu 4. Tiap kelompok maksimal 5 orang. Praktikum pertama dimulai minggu berikutnya di Lab Konversi Energi.

Terima kasih,
Joko
""", "announcement", "id",
  {"course_code": "MS2103", "course_name": "Termodinamika Teknik",
   "title": "Pembagian Kelompok Praktikum", "scope": "course",
   "publish_at": "2025-09-22T07:00:00+07:00"})

M("wita-narasumber-makassar", "2025-08-20 10:22:19",
  ("Andi Baso Rahman", "andibaso.rahman@gmail.com"),
  "Pengumuman kuliah tamu untuk kelas Manajemen Rantai Pasok",
  """Selamat pagi tim P4M,

Saya dosen tamu dari Makassar untuk MK Manajemen Rantai Pasok (LOG2203). Atas permintaan Pak Hasan, mohon pengumuman di bawah ditayangkan di course tersebut pada 25 Agustus 2025 pukul 09.00 WITA.

Judul: Kuliah Tamu Logistik Kawasan Timur Indonesia
Kuliah tamu membahas tantangan distribusi barang ke kawasan timur Indonesia dan peran pelabuhan hub. Dilaksanakan daring via Zoom, tautan ada di course.

Salam,
Andi Baso Rahman
""", "announcement", "id",
  {"course_code": "LOG2203", "course_name": "Manajemen Rantai Pasok",
   "title": "Kuliah Tamu Logistik Kawasan Timur Indonesia", "scope": "course",
   "publish_at": "2025-08-25T08:00:00+07:00"},
  note="Publish time given in WITA (UTC+8); 09.00 WITA is 08.00 WIB.")

M("wit-tgl-14-4", "2026-04-08 11:00:33",
  ("Yohana Kambu", "yohana.kambu@yahoo.co.id"),
  "pengumuman workshop",
  """Selamat siang,

Saya narasumber Workshop Penulisan Artikel Ilmiah dari Jayapura. Panitia minta saya kirim teks pengumumannya langsung ke P4M. Mohon ditayangkan untuk semua dosen tgl 14/4 jam 10.00 WIT.

Judul: Workshop Penulisan Artikel Ilmiah Bereputasi
Workshop dilaksanakan daring pada 21-22 April 2026, pukul 09.00-12.00 WIB. Peserta diminta membawa draf artikel. Pendaftaran melalui course "Workshop Artikel 2026" di e-learning.

Terima kasih,
Yohana Kambu
""", "announcement", "id",
  {"title": "Workshop Penulisan Artikel Ilmiah Bereputasi", "scope": "site",
   "publish_at": "2026-04-14T08:00:00+07:00"},
  note="Publish time in WIT (UTC+9); 10.00 WIT is 08.00 WIB. Date without a year takes the next occurrence.")

M("tanggal-d-m-yyyy-libur", "2025-12-29 09:45:17",
  ("Humas Polibatam", "humas@polibatam.ac.id"),
  "Pengumuman awal perkuliahan genap",
  """Yth. P4M,

Mohon ditayangkan di halaman depan e-learning tanggal 5/1/2026 jam 07.00:

Judul: Perkuliahan Semester Genap 2025/2026 Dimulai
Perkuliahan semester genap dimulai 2 Februari 2026. Dosen diharapkan sudah menyiapkan course dan mengunggah RPS paling lambat satu minggu sebelumnya.

Terima kasih,
Humas
""", "announcement", "id",
  {"title": "Perkuliahan Semester Genap 2025/2026 Dimulai", "scope": "site",
   "publish_at": "2026-01-05T07:00:00+07:00"})

M("tanggal-dd-mm-yy-pukul", "2026-02-25 16:31:50",
  ("Laboratorium Akuntansi", "lab.akuntansi@polibatam.ac.id"),
  "Tolong pasang pengumuman di course Praktikum Akuntansi",
  """Sore,

Tolong pasang pengumuman di course Praktikum Akuntansi Komputer (AK2108) tgl 02-03-26 pukul 08.00.

Judul: Instalasi Software Akuntansi
Sebelum praktikum pertama, mahasiswa wajib memasang software akuntansi versi edukasi di laptop masing-masing. Panduan instalasi ada di course. Lisensi dibagikan oleh asisten lab.

Terima kasih,
Laboran Akuntansi
""", "announcement", "id",
  {"course_code": "AK2108", "course_name": "Praktikum Akuntansi Komputer",
   "title": "Instalasi Software Akuntansi", "scope": "course",
   "publish_at": "2026-03-02T08:00:00+07:00"})

M("pengumuman-pergantian-dosen-bukan-data", "2025-09-03 10:57:31",
  ("Kaprodi Teknik Mesin", "kaprodi.mesin@polibatam.ac.id"),
  "Pengumuman pergantian dosen Fisika Terapan",
  """Yth. Tim P4M,

Mohon dibuatkan pengumuman di course Fisika Terapan (MS1104) agar mahasiswa mengetahui pergantian dosen. Data dosen di course sudah diperbarui oleh admin prodi, jadi cukup pengumumannya saja.

Judul: Pergantian Dosen Pengampu Fisika Terapan
Mulai pertemuan 3, perkuliahan Fisika Terapan diampu oleh Bapak Ir. Dedy Kusuma, M.T. menggantikan Ibu Wulan yang sedang cuti. Jadwal dan ruang kuliah tidak berubah.

Terima kasih,
Kaprodi Teknik Mesin
""", "announcement", "id",
  {"course_code": "MS1104", "course_name": "Fisika Terapan",
   "title": "Pergantian Dosen Pengampu Fisika Terapan", "scope": "course"},
  note="About a change of lecturer, but the ask is an announcement; the course data is already updated.")

M("surat-edaran-pdf-unggah-bahan-ajar", "2026-06-24 08:20:45",
  ("Wakil Direktur I", "wadir1@polibatam.ac.id"),
  "Surat Edaran Unggah Bahan Ajar",
  """Yth. Kepala P4M,

Terlampir Surat Edaran Wakil Direktur Bidang Akademik. Mohon isinya ditayangkan sebagai pengumuman di e-learning sesuai jadwal dalam surat.

Terima kasih.
Sekretariat Wadir I
""", "announcement", "id",
  {"title": "Kewajiban Unggah Bahan Ajar Semester Ganjil 2026/2027", "scope": "site",
   "publish_at": "2026-07-01T08:00:00+07:00"},
  note="The text and publish time are only in the PDF letter.",
  att=[("pdf", "SE_Unggah_Bahan_Ajar_2026.pdf", [
      "POLITEKNIK NEGERI BATAM",
      "SURAT EDARAN Nomor: 27/PL29/SE/2026",
      "tentang",
      "Kewajiban Unggah Bahan Ajar Semester Ganjil 2026/2027",
      "",
      "Seluruh dosen wajib mengunggah RPS, kontrak kuliah, dan bahan ajar",
      "minimal empat pertemuan pertama ke e-learning paling lambat",
      "31 Agustus 2026. Kepatuhan akan dipantau oleh P4M.",
      "",
      "Mohon surat edaran ini ditayangkan sebagai pengumuman e-learning",
      "untuk seluruh dosen mulai tanggal 1 Juli 2026 pukul 08.00 WIB.",
      "",
      "Batam, 23 Juni 2026",
      "Wakil Direktur Bidang Akademik",
  ])])

M("outlook-html-webinar-campur", "2026-07-08 13:13:13",
  ("LPPM Polibatam", "lppm@polibatam.ac.id"),
  "Request announcement: Webinar GenAI",
  "", "announcement", "mixed",
  {"title": "Webinar Series: Generative AI dalam Pembelajaran", "scope": "site",
   "publish_at": "2026-07-13T08:00:00+07:00"},
  client="outlook", html_body="""<p class="MsoNormal">Dear P4M team,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Mohon bantuan untuk publish announcement berikut di front page e-learning, untuk semua dosen dan mahasiswa, on <b>Monday 13 July 2026 jam 08.00</b>.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal"><b><span style="font-size:14.0pt">Webinar Series: Generative AI dalam Pembelajaran</span></b><o:p></o:p></p>
<p class="MsoNormal">Webinar tiga seri setiap Kamis mulai 16 Juli 2026, pukul 13.30-15.00 WIB via Zoom. Topics: prompt design for teaching, academic integrity, dan asesmen di era AI. Free, e-certificate available.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Thanks a lot,<o:p></o:p></p>
<p class="MsoNormal">LPPM Politeknik Negeri Batam<o:p></o:p></p>""")

M("en-fwd-inline-exchange-call", "2026-02-10 09:36:27",
  ("Grace Sihombing", "grace.sihombing@polibatam.ac.id"),
  "Fwd: Student exchange announcement",
  """Please help publish this one on the e-learning front page, thanks!

---------- Forwarded message ---------
From: Head of International Office <head.io@polibatam.ac.id>
Date: Mon, 9 Feb 2026 at 17:05
Subject: Student exchange announcement
To: Grace Sihombing <grace.sihombing@polibatam.ac.id>

Grace, please ask P4M to post the text below site-wide.

Call for Student Exchange Applications 2026/2027
Students in semester 3 or 5 with a GPA of at least 3.25 may apply for one semester at our partner institutions in Singapore, Malaysia and Germany. Submit the application form and a motivation letter through the International Office course on e-learning before 15 March 2026.

Regards,
Head of International Office
""", "announcement", "en",
  {"title": "Call for Student Exchange Applications 2026/2027", "scope": "site"},
  note="Inline forward; the announcement text is in the forwarded part.")

M("tanpa-waktu-tugas-dibatalkan", "2025-04-22 21:48:03",
  ("Arif Rahman", "arif.rahman@polibatam.ac.id"),
  "pengumuman di course Sistem Digital",
  """Malam,

Mohon dipasang pengumuman di course Sistem Digital (EL1204):

Judul: Tugas 3 Dibatalkan
Tugas 3 (desain counter sinkron) dibatalkan karena materinya dipindah ke praktikum. Nilai tugas akan dihitung dari tugas 1, 2 dan 4.

Terima kasih,
Arif
""", "announcement", "id",
  {"course_code": "EL1204", "course_name": "Sistem Digital",
   "title": "Tugas 3 Dibatalkan", "scope": "course"})

M("tanggal-tanpa-jam-perpustakaan", "2025-02-24 10:10:10",
  ("Perpustakaan Polibatam", "perpustakaan@polibatam.ac.id"),
  "Pengumuman jam layanan perpustakaan",
  """Yth. Tim P4M,

Mohon dipasang di halaman depan e-learning mulai 2 Maret:

Jam Layanan Perpustakaan Selama Ramadan
Selama bulan Ramadan perpustakaan buka Senin-Kamis pukul 08.00-15.00 dan Jumat pukul 08.00-11.00. Layanan peminjaman mandiri tetap tersedia di lobi.

Terima kasih,
Perpustakaan Polibatam
""", "announcement", "id",
  {"title": "Jam Layanan Perpustakaan Selama Ramadan", "scope": "site"},
  note="A publish date without a time; as in the shared corpus, publish_at is given only when a time is asked for.")

M("thunderbird-bawah-revisi-teks", "2026-05-18 15:30:02",
  ("Eko Prasetyo", "eko.prasetyo@polibatam.ac.id"),
  "Re: [P4M #2026-0288] Pengumuman course Robotika",
  """Pada 18/05/26 10.05, Helpdesk P4M menulis:
> Pengumuman untuk course Robotika Industri (TRE3208) sudah kami
> siapkan dengan judul "Demo Robot Akhir Semester" dan dijadwalkan
> tayang Kamis, 21 Mei 2026 pukul 07.00 WIB. Mohon dicek.

Judulnya tolong diganti jadi "Demo Proyek Robot Akhir Semester", isinya:

Demo proyek robot dilaksanakan di Lab Robotika tanggal 28 Mei 2026 mulai pukul 13.00. Tiap kelompok mendapat 15 menit. Laporan dikumpulkan sehari sebelumnya.

Jadwal tayang tetap Kamis 21 Mei jam 07.00.

Eko
""", "announcement", "id",
  {"course_code": "TRE3208", "course_name": "Robotika Industri",
   "title": "Demo Proyek Robot Akhir Semester", "scope": "course",
   "publish_at": "2026-05-21T07:00:00+07:00"}, client="thunderbird",
  reply="<tkt-2026-0288.ack@helpdesk.polibatam.ac.id>",
  note="Bottom-posted reply revising the title; the title is the new one below the quote.")

M("en-tomorrow-guest-lecture", "2026-03-04 15:42:38",
  ("Michael Chen", "michael.chen@polibatam.ac.id"),
  "Guest lecture notice - Network Security",
  """Hi P4M,

Could you publish the notice below in Network Security Fundamentals (RKS2101) tomorrow morning at 7?

Guest Lecture: Incident Response in Practice
Our guest from the national CSIRT will talk about real incident handling cases on Monday 9 March 2026 at 10:00 WIB in Auditorium Tower A. Attendance counts as one regular session.

Thanks,
Michael
""", "announcement", "en",
  {"course_code": "RKS2101", "course_name": "Network Security Fundamentals",
   "title": "Guest Lecture: Incident Response in Practice", "scope": "course",
   "publish_at": "2026-03-05T07:00:00+07:00"})

M("hp-singkat-kuliah-libur", "2025-05-20 05:58:11",
  ("Doni Saputra", "doni.saputra@polibatam.ac.id"),
  "pengumuman",
  """min tlg umumkan di MK Fisika Dasar (TRE1101), judul: Kuliah Fisika Dasar Diliburkan. isinya: bsk kls libur krn sy sakit, materi bab 6 dipelajari mandiri dr modul. tks

Dikirim dari iPhone saya
""", "announcement", "id",
  {"course_code": "TRE1101", "course_name": "Fisika Dasar",
   "title": "Kuliah Fisika Dasar Diliburkan", "scope": "course"}, client="iphone",
  note="\"bsk\" refers to the cancelled class, not to a publish time.")

M("wrap72-daftar-bernomor-praktikum", "2025-08-27 19:40:55",
  ("Muhammad Iqbal", "m.iqbal@polibatam.ac.id"),
  "Pengumuman ketentuan praktikum",
  wrap("""Malam tim P4M,

Tolong pasang pengumuman ini di course Praktikum Jaringan Komputer Lanjut (IF3210), tayang besok jam 07.30:

Ketentuan Praktikum Jaringan Komputer Lanjut
1. Mahasiswa wajib hadir 15 menit sebelum praktikum dimulai dan mengisi daftar hadir di e-learning.
2. Laporan pendahuluan dikumpulkan lewat e-learning paling lambat pukul 23.59 sehari sebelum praktikum.
3. Perangkat lab (router, switch, kabel) tidak boleh dibawa keluar ruangan.
4. Mahasiswa yang tidak hadir tanpa keterangan dua kali tidak dapat mengikuti ujian praktikum.

Terima kasih,
Iqbal
"""), "announcement", "id",
  {"course_code": "IF3210", "course_name": "Praktikum Jaringan Komputer Lanjut",
   "title": "Ketentuan Praktikum Jaringan Komputer Lanjut", "scope": "course",
   "publish_at": "2025-08-28T07:30:00+07:00"})

M("campur-please-announce-laporan-kp", "2025-11-05 10:06:26",
  ("Stefanie Wijaya", "stefanie.wijaya@polibatam.ac.id"),
  "Please announce - laporan KP",
  """Hi min,

Please announce ini di course Kerja Praktik (MB3301) tanggal 10/11/2025 jam 9 pagi ya:

Judul: Batas Pengumpulan Laporan Kerja Praktik
Laporan KP dikumpulkan via e-learning paling lambat 28 November 2025. Format PDF, maksimal 10 MB, sudah ditandatangani pembimbing lapangan. Late submission tidak diterima.

Thanks!
Stefanie
""", "announcement", "mixed",
  {"course_code": "MB3301", "course_name": "Kerja Praktik",
   "title": "Batas Pengumpulan Laporan Kerja Praktik", "scope": "course",
   "publish_at": "2025-11-10T09:00:00+07:00"})

M("rfc822-lampiran-krs-wadir", "2025-12-30 08:44:03",
  ("Staf Wadir I", "staf.wadir1@polibatam.ac.id"),
  "Fwd: Pengumuman KRS Genap",
  """Mohon bantuannya untuk ditayangkan, email asli terlampir.

Terima kasih.
""", "announcement", "id",
  {"title": "Pengisian KRS Online Semester Genap 2025/2026", "scope": "site",
   "publish_at": "2026-01-05T07:00:00+07:00"},
  note="The announcement is only in the attached message/rfc822 e-mail.",
  att=[("eml", dict(sender=("Wakil Direktur I", "wadir1@polibatam.ac.id"),
                    to="Staf Wadir I <staf.wadir1@polibatam.ac.id>",
                    date="2025-12-29 16:20:00",
                    subject="Pengumuman KRS Genap",
                    body="Tolong diteruskan ke P4M untuk ditayangkan di e-learning (semua\nmahasiswa) pada Senin, 5 Januari 2026 pukul 07.00 WIB.\n\nJudul: Pengisian KRS Online Semester Genap 2025/2026\nPengisian KRS dibuka 12-23 Januari 2026 melalui SIAKAD. Mahasiswa\nwajib berkonsultasi dengan dosen wali sebelum mengunci KRS.\n\nWadir I\n"))])

M("campur-slash-date-maintenance", "2026-06-05 14:50:31",
  ("UPT TIK", "upt.tik@polibatam.ac.id"),
  "Maintenance announcement (Moodle upgrade)",
  """Dear P4M,

Mohon bantuannya, please post the announcement below site-wide on 10/6/2026 at 08:00. Teks sudah disetujui Kepala UPT.

Scheduled Maintenance: E-Learning Upgrade to Moodle 5.0
The e-learning site will be unavailable from 14 June 2026, 22:00 WIB until 15 June 2026, 04:00 WIB while we upgrade to Moodle 5.0. Please download any files you need beforehand.

Salam,
UPT TIK
""", "announcement", "mixed",
  {"title": "Scheduled Maintenance: E-Learning Upgrade to Moodle 5.0", "scope": "site",
   "publish_at": "2026-06-10T08:00:00+07:00"})

M("pkl-titik-tanggal-panjang-aktivasi", "2025-08-26 11:24:49",
  ("UPT TIK", "upt.tik@polibatam.ac.id"),
  "Pengumuman aktivasi akun mahasiswa baru",
  """Yth. P4M,

Mohon ditayangkan di e-learning untuk semua pengguna pkl. 08.00 WIB tanggal 1 September 2025:

Judul: Aktivasi Akun E-Learning Mahasiswa Baru 2025
Mahasiswa baru angkatan 2025 dapat login ke e-learning menggunakan akun students.polibatam.ac.id. Jika gagal login setelah 3 kali, hubungi helpdesk dengan menyertakan NIM dan foto KTM.

Terima kasih,
UPT TIK
""", "announcement", "id",
  {"title": "Aktivasi Akun E-Learning Mahasiswa Baru 2025", "scope": "site",
   "publish_at": "2025-09-01T08:00:00+07:00"})

M("hari-ini-jam-12-siang", "2026-09-14 09:17:46",
  ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
  "pengumuman course Basis Data hari ini",
  """Pagi min,

Tolong pasang di course Basis Data (IF2102) hari ini jam 12 siang:

Judul: Ruang Kuliah Pindah ke GU 702
Mulai minggu ini kuliah Basis Data kelas IF-2A pindah ke ruang GU 702 karena ruang lama direnovasi.

Sorry mendadak, the renovation notice just came in this morning. Makasih,
Rudi
""", "announcement", "mixed",
  {"course_code": "IF2102", "course_name": "Basis Data",
   "title": "Ruang Kuliah Pindah ke GU 702", "scope": "course",
   "publish_at": "2026-09-14T12:00:00+07:00"})

M("en-tonight-8pm", "2026-10-05 15:08:57",
  ("Hannah Schmidt", "hannah.schmidt@polibatam.ac.id"),
  "Post tonight please",
  """Hi,

Can you post this to my Technical Writing course (BI3102) tonight at 8 pm?

Draft Feedback Released
Feedback on your first drafts is now visible in the assignment page. Revise according to the comments and resubmit within one week.

Thanks,
Hannah
""", "announcement", "en",
  {"course_code": "BI3102", "course_name": "Technical Writing",
   "title": "Draft Feedback Released", "scope": "course",
   "publish_at": "2026-10-05T20:00:00+07:00"})

M("sore-ini-pukul-16", "2026-08-12 10:03:25",
  ("Laras Ayu", "laras.ayu@polibatam.ac.id"),
  "Tolong pengumuman course Desain Karakter",
  """Pagi,

Mohon pengumuman berikut dipasang di course Desain Karakter (AN2203) sore ini pukul 16.00:

Pameran Karya Desain Karakter
Karya terbaik tiap kelompok akan dipamerkan di lobi Gedung Utama minggu depan. Kumpulkan file resolusi tinggi di folder pameran sebelum Jumat.

Terima kasih,
Laras
""", "announcement", "id",
  {"course_code": "AN2203", "course_name": "Desain Karakter",
   "title": "Pameran Karya Desain Karakter", "scope": "course",
   "publish_at": "2026-08-12T16:00:00+07:00"})

M("campur-jumat-ini-jam-7", "2026-10-21 17:35:40",
  ("Kevin Tanoto", "kevin.tanoto@polibatam.ac.id"),
  "announcement UTS Pemrograman Game",
  """Halo P4M,

Tolong announcement ini di-post di course Pemrograman Game (AN3105) Jumat ini jam 7 ya, and please pin it:

Judul: UTS Project Submission Guidelines
Submit your build (Windows .zip) dan video gameplay maksimal 3 menit ke folder UTS. Deadline Minggu jam 23.59, tidak ada perpanjangan.

Thanks!
Kevin
""", "announcement", "mixed",
  {"course_code": "AN3105", "course_name": "Pemrograman Game",
   "title": "UTS Project Submission Guidelines", "scope": "course",
   "publish_at": "2026-10-23T07:00:00+07:00"})

M("en-date-only-no-time", "2026-11-18 13:26:08",
  ("Student Affairs", "kemahasiswaan@polibatam.ac.id"),
  "Announcement for the e-learning front page",
  """Dear P4M,

Kindly publish the following on the e-learning front page for all students on 25 November.

Scholarship Interview Schedule 2026
Shortlisted applicants for the 2026 industry scholarship will be interviewed on 1-3 December 2026. The schedule per applicant is attached on the Student Affairs course page.

Best regards,
Student Affairs Office
""", "announcement", "en",
  {"title": "Scholarship Interview Schedule 2026", "scope": "site"},
  note="A publish date without a time; as in the shared corpus, publish_at is given only when a time is asked for.")

# ---------------------------------------------------------------- elearning_support

M("en-unusual-words-gradebook-blank", "2025-03-18 16:22:09",
  ("Sophie Laurent", "sophie.laurent@polibatam.ac.id"),
  "Grader report spits out an empty spreadsheet",
  """Hello,

When I export the grader report of my Fluid Mechanics course as a spreadsheet, the file that comes down is empty apart from the header row. The marks are clearly visible on screen. I tried Firefox and Edge, same result. Is something misconfigured on my side?

Best,
Sophie Laurent
""", "elearning_support", "en")

M("en-scorm-spinning-wheel", "2025-05-06 09:14:51",
  ("Daniel Brooks", "daniel.brooks@polibatam.ac.id"),
  "SCORM package just spins",
  """Hi there,

I uploaded a SCORM package exported from Articulate for my safety induction module. Students tell me it just shows a spinning wheel forever and never loads the first slide. On my laptop it behaved the same in preview. The zip is about 40 MB.

Any idea what is going on?

Daniel
""", "elearning_support", "en", client="thunderbird")

M("singkat-blm-bs-masuk", "2025-09-02 22:41:30",
  ("Rizka Amelia", "4312501023@students.polibatam.ac.id"),
  "elearning",
  """min sy blm bs masuk elearning, pw salah trs pdhl sdh reset. NIM 4312501023. mhn bantuannya
""", "elearning_support", "id", client="iphone")

M("balas-balasan-otomatis-permintaan-baru", "2025-10-08 11:05:12",
  ("Anton Gunawan", "anton.gunawan@polibatam.ac.id"),
  "Re: Balasan Otomatis: course praktikum",
  """Baik, saya mengerti Bapak sedang dinas. Tapi mohon tim P4M yang lain bisa bantu: course Praktikum Elektronika Daya (TRE2208) saya tidak bisa dibuka mahasiswa sejak pagi, muncul tulisan "This course is currently unavailable to students". Praktikum mulai jam 13.00.

Anton

Pada 08/10/25 10.40, Helpdesk P4M menulis:
> Terima kasih atas email Anda. Saya sedang dinas luar sampai
> 10 Oktober 2025. Email akan dibalas setelah saya kembali.
""", "elearning_support", "id",
  note="A reply to an auto-reply (Re: Balasan Otomatis) that carries a new support request; it is human mail.",
  reply="<ooo-20251008@helpdesk.polibatam.ac.id>")

M("en-reply-automatic-reply-new-issue", "2026-01-14 08:30:40",
  ("Ahmed Karim", "ahmed.karim@gmail.com"),
  "RE: Automatic reply: exchange student access",
  """Thanks for the automatic reply. As it may take a while, let me add the details: I am an exchange student from Egypt (ID EX2026-07) and my e-learning account still shows "Your account has been suspended". Classes started on Monday and I cannot open any course.

Ahmed Karim

-----Original Message-----
From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Sent: Wednesday, January 14, 2026 8:12 AM
Subject: Automatic reply: exchange student access

We have received your message and will reply within two working days.
""", "elearning_support", "en", client="outlook",
  note="Reply to an auto-reply that is really a new support request.",
  reply="<auto-20260114@helpdesk.polibatam.ac.id>")

M("matkul-gk-muncul-dashboard", "2025-09-23 20:17:33",
  ("Bella Oktavia", "3312411056@students.polibatam.ac.id"),
  "matkul gk muncul",
  """Halo min, matkul Pemrograman Web sama Basis Data gk muncul di dashboard sy padahal udh ada di KRS. temen sekelas udah muncul semua, cuma punya sy yg "You are not enrolled in any courses". NIM 3312411056 kls IF-2A. makasih min
""", "elearning_support", "mixed")

M("pindah-kelas-minta-dimasukkan", "2025-10-01 13:26:45",
  ("Yosua Hutapea", "4112401077@students.polibatam.ac.id"),
  "Mohon dimasukkan ke course",
  """Selamat siang,

Saya Yosua (NIM 4112401077), mhn dimasukkan ke course Mekanika Fluida kelas MS-2B krn sy pindah kelas dr MS-2A. Surat pindah kelas sdh disetujui kaprodi.

Terima kasih.
""", "elearning_support", "id")

M("campur-upload-exceed-limit", "2025-12-11 23:12:58",
  ("Nadia Putri", "nadia.putri22@gmail.com"),
  "upload tugas gagal",
  """Kak, sy mau upload tugas akhir Animasi 2D tapi keluar error "The file is larger than the maximum size allowed". File-nya mp4 120 MB. Deadline-nya jam 23.59 malam ini, please help 🙏 apa bisa dinaikkan limit-nya atau sy kirim link drive aja?

Nadia, AN-3A
""", "elearning_support", "mixed", client="iphone")

M("kuis-ketutup-sendiri", "2026-03-17 10:48:21",
  ("Reza Firmansyah", "3312301090@students.polibatam.ac.id"),
  "kuis ketutup sendiri",
  """Pagi min, tadi waktu ngerjain kuis Struktur Data tiba2 ketutup sendiri trs statusnya jd "Finished" padahal baru no 4. Dosennya bilang suruh lapor ke P4M. Bisa dibuka lagi ga min?

Reza - 3312301090
""", "elearning_support", "id")

M("en-sso-not-provisioned", "2025-08-28 09:52:17",
  ("Lena Hoffmann", "lena.hoffmann@outlook.com"),
  "No access to e-learning yet",
  """Dear Sir or Madam,

I arrived last week as an exchange student from Hochschule Bremen. I received my student number but the single sign-on page says my account is "not provisioned". Because of this I cannot see the course materials for Mechatronics.

Could you please help?

Kind regards,
Lena Hoffmann
""", "elearning_support", "en")

M("tombol-edit-hilang-dosen", "2025-08-19 14:05:06",
  ("Bambang Irawan", "bambang.irawan@polibatam.ac.id"),
  "Tidak bisa edit course",
  """Siang,

Di course Kalkulus I (MA1101) semester ini, tombol "Edit mode" tidak muncul di akun saya, jadi saya tidak bisa menambah materi. Semester lalu bisa. Apakah role saya di course belum diset sebagai pengajar?

Terima kasih,
Bambang Irawan
""", "elearning_support", "id", client="outlook")

M("restore-backup-semester-lalu", "2026-01-28 10:11:56",
  ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "Mohon restore isi course",
  """Selamat pagi P4M,

Mohon bantuan untuk memindahkan isi course Kimia Dasar semester lalu (materi, bank soal, tugas) ke course semester genap yang baru. Saya sudah coba Import sendiri, tapi the question bank didn't come along, cuma resources sama assignments yang ikut.

Terima kasih,
Wulan
""", "elearning_support", "mixed")

M("en-attendance-everyone-absent", "2026-09-08 11:38:04",
  ("Patrick O'Brien", "patrick.obrien@polibatam.ac.id"),
  "Attendance sheet marks everybody absent",
  """Hi,

In my Industrial Safety course the attendance activity marks every student as absent, even those who self-marked with the QR code this morning. The session log shows their scans. Could someone look at it before the grades get synced?

Thanks,
Patrick
""", "elearning_support", "en")

M("notifikasi-forum-tidak-masuk", "2026-04-14 15:27:39",
  ("Ratih Purnama", "ratih.purnama@polibatam.ac.id"),
  "notifikasi forum",
  """Sore,

Sejak dua minggu ini notifikasi forum dari course saya tidak masuk ke email mahasiswa maupun email saya. Pengaturan langganan forum sudah "forced subscription". Apa ada masalah di server?

Ratih
""", "elearning_support", "id")

M("thunderbird-bawah-masih-gagal-login", "2026-02-04 08:58:31",
  ("Hendrik Simanjuntak", "hendrik.s@polibatam.ac.id"),
  "Re: [P4M #2026-0041] Tidak bisa login",
  """Pada 03/02/26 14.22, Helpdesk P4M menulis:
> Yth. Bapak Hendrik,
>
> Password akun e-learning Bapak sudah kami reset. Silakan login
> dengan password sementara yang dikirim ke email kampus.

Sudah saya coba pagi ini, masih gagal. Pesannya "Invalid login, please try again". Password sementara sudah saya salin persis.

Hendrik
""", "elearning_support", "id", client="thunderbird",
  reply="<tkt-2026-0041.ack@helpdesk.polibatam.ac.id>",
  note="Bottom-posted Thunderbird reply; the new text is below the quote.")

M("singkat-reset-pw", "2026-08-31 07:03:44",
  ("Fikri Maulana", "4312601011@students.polibatam.ac.id"),
  "reset",
  """tlg reset pw elearning sy, NIM 4312601011. mksh
""", "elearning_support", "id", client="iphone")

M("en-outlook-html-rubric-gone", "2026-05-26 12:40:18",
  ("Grace Tan", "grace.tan@polibatam.ac.id"),
  "Rubric disappeared from assignment",
  "", "elearning_support", "en", client="outlook",
  html_body="""<p class="MsoNormal">Hello P4M,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">The grading rubric I attached to the &#8220;Final Report&#8221; assignment in Business Analytics has vanished. The assignment now says <i>Simple direct grading</i> and half of the reports are already marked. Is there a way to get the rubric back without losing the marks?<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Regards,<o:p></o:p></p>
<p class="MsoNormal">Grace Tan<o:p></o:p></p>""")

M("fwd-inline-keluhan-mahasiswa", "2025-11-19 13:55:00",
  ("Sinta Dewi", "sinta.dewi@polibatam.ac.id"),
  "Fwd: tidak bisa submit tugas",
  """mohon bantuannya

---------- Forwarded message ---------
Dari: Ilham Saputra <4322401019@students.polibatam.ac.id>
Date: Rab, 19 Nov 2025 pukul 12.30
Subject: tidak bisa submit tugas
To: Sinta Dewi <sinta.dewi@polibatam.ac.id>

Bu, saya sudah upload laporan di tugas Akuntansi Biaya tapi tombol "Submit assignment" tidak ada, statusnya masih draft. Mohon bantuannya Bu.

Ilham
""", "elearning_support", "id",
  note="Inline forward under a one-line request; the problem is in the forwarded part.")

M("campur-link-zoom-404", "2026-03-30 09:20:13",
  ("Tiara Ningsih", "tiara.ningsih@polibatam.ac.id"),
  "link zoom error",
  """Pagi tim, activity Zoom di course Manajemen Keuangan ga bisa dibuka, students dapet "404 page not found" pas klik Join. Kemarin masih fine. Kelas jam 10, please check ASAP ya.

Tiara
""", "elearning_support", "mixed")

M("nilai-kuis-tidak-muncul", "2026-06-22 16:45:27",
  ("Yanti Lubis", "yanti.lubis@polibatam.ac.id"),
  "Nilai kuis tidak masuk gradebook",
  """Selamat sore,

Nilai kuis 1 dan 2 di course Pengantar Ekonomi tidak muncul di gradebook, kolomnya kosong, padahal di hasil kuis nilainya ada. Nilai ini harus saya rekap minggu ini.

Terima kasih,
Yanti Lubis
""", "elearning_support", "id", client="zimbra")

M("campur-timer-auto-submit", "2026-10-13 20:52:49",
  ("Arjun Nair", "arjun.nair@gmail.com"),
  "Quiz auto-submitted after 10 minutes",
  """Hello,

I am an IUP student in Digital Systems. Tadi malam quiz timer-nya 60 menit tapi attempt saya auto-submitted setelah kira-kira 10 menit, sebagian besar jawaban masih kosong. Internet saya stabil kok. Can the attempt be reopened or checked?

Arjun Nair
3322501044
""", "elearning_support", "mixed")

M("tambah-asisten-non-editing", "2026-09-21 08:36:15",
  ("Ferry Kurniawan", "ferry.kurniawan@polibatam.ac.id"),
  "Tambah asisten di course",
  """Pagi,

Mohon asisten praktikum saya, Dimas Arya (NIM 4212201033), dimasukkan ke course Pneumatik dan Hidrolik sebagai non-editing teacher supaya bisa menilai laporan. He only needs grading access, no editing rights.

Terima kasih,
Ferry
""", "elearning_support", "mixed")

# ---------------------------------------------------------------- document_request

M("sop-penyusunan-soal-formal", "2025-03-05 09:27:33",
  ("Lia Anggraini", "lia.anggraini@polibatam.ac.id"),
  "Permohonan SOP penyusunan soal ujian",
  """Yth. Tim P4M,

Dalam rangka persiapan UTS, kami di Prodi Akuntansi Manajerial membutuhkan SOP Penyusunan dan Validasi Soal Ujian versi terbaru beserta formulir telaah soalnya. Mohon dapat dikirimkan melalui email ini.

Atas bantuannya kami ucapkan terima kasih.

Lia Anggraini
Sekretaris Prodi Akuntansi Manajerial
""", "document_request", "id", client="outlook")

M("en-quality-manual-english", "2025-06-17 10:41:58",
  ("Dr. Helen Moore", "helen.moore@polibatam.ac.id"),
  "Quality manual in English",
  """Dear colleagues,

For the international accreditation visit next month I need the English version of the Polibatam quality manual and the internal quality assurance policy. Could you send me the latest PDFs?

Thank you,
Helen Moore
""", "document_request", "en")

M("singkat-template-rps", "2025-07-22 21:05:19",
  ("Arga Wicaksono", "arga.wicaksono@polibatam.ac.id"),
  "rps",
  """min, minta template RPS yg terbaru dong, yg format OBE. tks
""", "document_request", "id", client="iphone")

M("formulir-bap-perkuliahan", "2025-10-29 13:13:40",
  ("Mira Handayani", "mira.handayani@polibatam.ac.id"),
  "Formulir BAP",
  """Siang,

Saya dosen baru di Prodi Teknik Elektronika. Boleh minta formulir Berita Acara Perkuliahan (BAP) dan daftar hadir mahasiswa dalam format Word?

Terima kasih,
Mira
""", "document_request", "id")

M("campur-template-bap-praktikum", "2026-02-18 14:48:09",
  ("Steven Halim", "steven.halim@polibatam.ac.id"),
  "Template BAP praktikum",
  """Hi P4M,

Boleh minta template BAP untuk praktikum? Yang sekarang saya pakai masih versi 2022 and the format looks different from what the auditor wants. Word format please.

Thanks,
Steven
""", "document_request", "mixed")

M("dokumen-standar-spmi", "2026-03-11 10:31:46",
  ("Gugus Mutu Jurusan Manajemen Bisnis", "gkm.mb@polibatam.ac.id"),
  "Permintaan dokumen standar SPMI",
  """Dengan hormat,

Untuk penyusunan laporan evaluasi diri prodi, kami memohon salinan dokumen Standar SPMI Politeknik Negeri Batam (kebijakan, manual, standar, dan formulir) edisi 2025.

Terima kasih atas kerja samanya.

Gugus Kendali Mutu Jurusan Manajemen Bisnis
""", "document_request", "id", client="zimbra")

M("formulir-permohonan-course-baru", "2025-07-29 11:54:27",
  ("Ika Permatasari", "ika.permatasari@polibatam.ac.id"),
  "Formulir pembuatan course baru",
  """Pagi tim P4M,

Saya mau mengajukan pembuatan course baru untuk MK pilihan semester depan. Apakah ada formulir permohonan yang harus diisi? Kalau ada mohon dikirim ya.

Terima kasih,
Ika
""", "document_request", "id")

M("en-rps-template-iup", "2025-09-10 16:07:02",
  ("Mark Davies", "mark.davies@polibatam.ac.id"),
  "Lesson plan template for IUP courses",
  """Hello,

I teach in the International Undergraduate Program. Is there an English version of the semester lesson plan (RPS) template? The department only gave me the Indonesian one.

Many thanks,
Mark Davies
""", "document_request", "en")

M("laporan-ami-untuk-akreditasi", "2026-05-12 09:39:55",
  ("Kaprodi Rekayasa Keamanan Siber", "kaprodi.rks@polibatam.ac.id"),
  "Permintaan laporan AMI",
  """Yth. P4M,

Untuk kelengkapan borang akreditasi, mohon dikirimkan Laporan Hasil AMI Prodi RKS tahun 2024 dan 2025 beserta tindak lanjutnya.

Terima kasih,
Kaprodi RKS
""", "document_request", "id")

M("panduan-elearning-dosen-baru", "2026-08-25 10:02:44",
  ("Aditya Nugraha", "aditya.nugraha@polibatam.ac.id"),
  "minta panduan",
  """Selamat pagi,

Saya dosen baru Prodi Animasi. Apakah ada buku panduan penggunaan e-learning untuk dosen (PDF)? I need to learn how to set up quizzes and assignments sebelum kuliah dimulai, kalau ada versi step-by-step lebih bagus lagi.

Terima kasih,
Aditya
""", "document_request", "mixed")

M("en-moodle-guide-students", "2026-09-01 12:17:35",
  ("Class Representative IF-1C", "3312601099@students.polibatam.ac.id"),
  "Student guide for e-learning",
  """Hello,

I am the class rep of IF-1C (international class). Could you share the e-learning user guide for students in English, so I can pass it to my classmates?

Thank you,
Kevin
""", "document_request", "en")

M("formulir-monev-pembelajaran", "2026-10-28 14:22:16",
  ("Nina Kurnia", "nina.kurnia@polibatam.ac.id"),
  "Formulir monev",
  """Siang,

Mohon dikirimkan formulir monitoring dan evaluasi pembelajaran (monev) tengah semester untuk semester ganjil 2026/2027. Saya ditunjuk jadi koordinator monev di jurusan Teknik Mesin.

Terima kasih,
Nina
""", "document_request", "id", client="outlook")

M("fwd-pesan-asli-instrumen-edom", "2026-11-09 08:49:30",
  ("Admin Jurusan Teknik Elektro", "admin.elektro@polibatam.ac.id"),
  "TR: Instrumen EDOM",
  """Mohon bantuannya.

-----Pesan Asli-----
Dari: Ketua Jurusan Teknik Elektro <kajur.elektro@polibatam.ac.id>
Dikirim: Jumat, 6 November 2026 16:40
Kepada: Admin Jurusan Teknik Elektro <admin.elektro@polibatam.ac.id>
Subjek: Instrumen EDOM

Tolong mintakan ke P4M instrumen kuesioner EDOM terbaru dan
rekap hasil EDOM jurusan kita semester genap 2025/2026.

Kajur
""", "document_request", "id", client="outlook",
  note="Outlook forward; the request is in the quoted part.")

M("sk-tim-penjaminan-mutu", "2026-06-03 11:11:48",
  ("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
  "Salinan SK",
  """Selamat siang,

Mohon kirimkan salinan SK Direktur tentang Tim Penjaminan Mutu tingkat jurusan tahun 2026, diperlukan untuk lampiran laporan kinerja dosen.

Terima kasih,
Fitri
""", "document_request", "id")

# ---------------------------------------------------------------- other

M("pelatihan-dosen-baru-bukan-ganti-dosen", "2025-08-11 10:26:03",
  ("Yusuf Ramadhan", "yusuf.ramadhan@polibatam.ac.id"),
  "Pelatihan untuk dosen pengampu baru",
  """Selamat pagi,

Saya baru bergabung sebagai dosen di Prodi Teknik Mesin dan semester ini menjadi dosen pengampu baru untuk dua MK. Apakah P4M mengadakan pelatihan untuk dosen baru (misalnya pelatihan e-learning atau Pekerti)? Kapan jadwal berikutnya dan bagaimana cara mendaftar?

Terima kasih,
Yusuf
""", "other", "id",
  note="A question about training for new lecturers; not a change of lecturer.")

M("en-thanks-quick-fix", "2025-05-08 17:03:21",
  ("Daniel Brooks", "daniel.brooks@polibatam.ac.id"),
  "Re: SCORM package just spins",
  """Thanks a lot, the re-exported package works now. Students can open it. Much appreciated!

Daniel
""", "other", "en", client="thunderbird")

M("keluhan-parkir", "2025-11-12 09:09:47",
  ("Aldi Setiawan", "4112501050@students.polibatam.ac.id"),
  "keluhan",
  """Pak/Bu, parkiran motor di depan Tower A selalu penuh sebelum jam 7 dan banyak yang parkir di jalur pejalan kaki. Mohon diteruskan ke bagian yang mengurus. Terima kasih.
""", "other", "id")

M("en-vendor-plugin-offer", "2026-04-01 10:00:00",
  ("EduPlug Solutions", "sales@eduplug.io"),
  "Boost student engagement with our Moodle plugin",
  """Dear Helpdesk Team,

I hope this message finds you well. EduPlug builds gamification plugins for Moodle used by over 200 institutions in Asia. We would love to offer Politeknik Negeri Batam a free 60-day pilot and a 30-minute demo with your team.

Would next week suit you?

Best regards,
Amanda Cruz
Partnership Manager, EduPlug Solutions
""", "other", "en")

M("salah-kirim-ukt", "2025-07-15 13:44:26",
  ("Puspita Sari", "puspita.sari03@yahoo.co.id"),
  "tanya UKT",
  """Permisi, saya orang tua mahasiswa semester 3 Akuntansi. Mau tanya apakah pembayaran UKT bisa dicicil dua kali? Anak saya bilang harus lunas sebelum KRS. Terima kasih.
""", "other", "id")

M("kunjungan-benchmarking", "2026-01-07 14:35:51",
  ("P4M Politeknik Negeri Padang", "p4m@pnp.ac.id"),
  "Permohonan kunjungan benchmarking",
  """Yth. Kepala P4M Politeknik Negeri Batam,

Kami dari P4M Politeknik Negeri Padang bermaksud melakukan kunjungan benchmarking tentang pengelolaan e-learning dan sistem penjaminan mutu internal pada pertengahan Februari 2026. Mohon informasi waktu yang memungkinkan dan narahubung yang dapat kami hubungi.

Hormat kami,
Kepala P4M Politeknik Negeri Padang
""", "other", "id", client="outlook")

M("campur-sertifikat-pekerti", "2026-07-20 11:25:00",
  ("Rangga Prakoso", "rangga.prakoso@polibatam.ac.id"),
  "tanya sertifikat Pekerti",
  """Halo P4M,

Mau tanya, sertifikat Pekerti saya dari kampus lama apakah masih valid di sini or do I need to retake it? Soalnya HR minta untuk pengajuan jabatan fungsional.

Thanks,
Rangga
""", "other", "mixed")

M("singkat-tks-sdh-bisa", "2025-09-03 21:12:07",
  ("Rizka Amelia", "4312501023@students.polibatam.ac.id"),
  "Re: elearning",
  """sdh bisa min, tks bgt 🙏
""", "other", "id", client="iphone")

M("en-call-for-papers", "2026-09-29 07:45:12",
  ("ICAST 2026 Committee", "committee@icast-conf.org"),
  "Call for Papers: ICAST 2026 - extended deadline",
  """Dear Colleague,

The International Conference on Applied Science and Technology (ICAST 2026) has extended its submission deadline to 20 October 2026. Accepted papers will be published in the conference proceedings. Please share this call with lecturers at your institution.

Sincerely,
ICAST 2026 Organizing Committee
""", "other", "en")

M("mahasiswa-tanya-magang-p4m", "2026-02-26 13:19:38",
  ("Salsabila Putri", "3312301066@students.polibatam.ac.id"),
  "Tanya magang",
  """Selamat siang Bapak/Ibu,

Saya mahasiswa Teknik Informatika semester 6. Apakah P4M menerima mahasiswa magang untuk membantu pengelolaan e-learning? Jika ada, berkas apa saja yang perlu saya siapkan?

Terima kasih,
Salsabila
""", "other", "id")

M("hibah-pembelajaran-daring", "2026-05-20 09:58:22",
  ("Agung Wibisono", "agung.wibisono@polibatam.ac.id"),
  "Hibah pengembangan bahan ajar daring",
  """Pagi,

Tahun lalu ada hibah internal untuk pengembangan bahan ajar daring (MOOC). Apakah tahun ini dibuka lagi? Kapan batas pengajuan proposalnya dan berapa nilai maksimalnya?

Terima kasih,
Agung
""", "other", "id")

M("en-alumni-transcript-misdirected", "2026-10-19 18:02:34",
  ("Bryan Santoso", "bryan.santoso@outlook.com"),
  "Request for transcript",
  """Hello,

I graduated from Polibatam in 2021 (Mechanical Engineering). I need an English transcript for my master's application in Australia. Is this the right office? If not, could you tell me who to contact?

Regards,
Bryan Santoso
""", "other", "en")

# ---------------------------------------------------------------- auto

M("ooo-id-auto-submitted-zimbra", "2025-06-30 08:02:14",
  ("Suharti Ningsih", "suharti.ningsih@polibatam.ac.id"),
  "Re: [P4M #2025-0201] Template RPS",
  """Terima kasih atas email Anda.

Saya sedang menunaikan ibadah haji sampai 20 Juli 2025 dan tidak dapat membalas email. Untuk urusan prodi silakan hubungi sekretaris prodi (sekprodi.ak@polibatam.ac.id).

Salam,
Suharti Ningsih
""", "auto", "id", client="zimbra",
  hdr={"Auto-Submitted": "auto-replied (zimbra; vacation)", "Precedence": "bulk"},
  reply="<tkt-2025-0201.ack@helpdesk.polibatam.ac.id>")

M("ooo-en-x-autoreply", "2025-12-16 10:20:44",
  ("Thomas Becker", "t.becker@polibatam.ac.id"),
  "Out of office: [P4M #2025-0455] Short name",
  """I am on annual leave in Germany until 5 January 2026 with limited e-mail access. For urgent matters concerning Applied Cryptography please contact the RKS programme office.

Thomas Becker
""", "auto", "en", client="thunderbird",
  hdr={"X-Autoreply": "yes", "Auto-Submitted": "auto-replied"},
  reply="<tkt-2025-0455.ack@helpdesk.polibatam.ac.id>")

M("automatic-reply-subjek-saja-outlook", "2026-03-25 13:07:11",
  ("Ravi Kumar", "ravi.kumar@polibatam.ac.id"),
  "Automatic reply: [P4M #2026-0140] Credits shown for Control Systems",
  """I am attending a conference in Singapore until 29 March and will reply when I am back.

Ravi
""", "auto", "en", client="outlook",
  note="Out-of-office recognisable only by its subject prefix.")

M("balasan-otomatis-subjek-saja", "2026-06-29 09:41:50",
  ("Nanda Pratiwi", "nanda.pratiwi@polibatam.ac.id"),
  "Balasan Otomatis: [P4M #2026-0301] Pengumuman kuis",
  """Terima kasih, email Anda sudah saya terima. Saya sedang cuti sampai 3 Juli 2026. Email akan saya balas setelah kembali bertugas.

Nanda
""", "auto", "id", client="outlook",
  note="Out-of-office recognisable only by its subject prefix.")

M("ooo-suppress-all-kampus", "2026-08-17 07:12:39",
  ("Bagian Keuangan", "keuangan@polibatam.ac.id"),
  "Tidak di kantor: Permintaan data honor",
  """Kantor Bagian Keuangan tutup pada 17 Agustus 2026 (Hari Kemerdekaan). Pesan Anda akan diproses pada hari kerja berikutnya.
""", "auto", "id", client="outlook",
  hdr={"X-Auto-Response-Suppress": "All", "Auto-Submitted": "auto-generated"})

M("bulk-moodle-forum-list-id", "2025-10-10 06:00:03",
  ("Announcements (via E-Learning Polibatam)", "noreply@learning.polibatam.ac.id"),
  "IF2102: Ruang kuliah pekan depan",
  """Rudi Hartono posted in Announcements

Ruang kuliah pekan depan
Kuliah pekan depan tetap di GU 701. Jangan lupa membawa laptop.

Reply to this post: https://learning.polibatam.ac.id/mod/forum/discuss.php?d=8812
Change your forum digest preferences: https://learning.polibatam.ac.id/mod/forum/index.php?id=412
""", "auto", "id", client="plain",
  hdr={"Precedence": "bulk", "List-Id": "\"IF2102 Announcements\" <moodleforum412.learning.polibatam.ac.id>",
       "List-Unsubscribe": "<https://learning.polibatam.ac.id/mod/forum/unsubscribe.php?id=412>",
       "Auto-Submitted": "auto-generated"})

M("bulk-newsletter-phplist", "2026-02-02 07:30:00",
  ("Buletin Polibatam", "buletin@polibatam.ac.id"),
  "Buletin Polibatam Edisi Februari 2026",
  """Buletin Polibatam - Edisi Februari 2026

- Polibatam raih hibah Kedaireka untuk laboratorium manufaktur cerdas
- Wisuda ke-18 digelar 14 Februari 2026
- Tips menjaga kesehatan mental di awal semester

Berhenti berlangganan: https://buletin.polibatam.ac.id/lists/?p=unsubscribe
""", "auto", "id", client="plain",
  hdr={"Precedence": "bulk", "X-Mailer": "phpList version 3.6.15",
       "List-Unsubscribe": "<https://buletin.polibatam.ac.id/lists/?p=unsubscribe>"})

M("moodle-noreply-backup-selesai", "2026-07-01 02:15:27",
  ("E-Learning Polibatam", "noreply@learning.polibatam.ac.id"),
  "Automated backup status: completed with warnings",
  """Summary of the automated course backup on learning.polibatam.ac.id:

Courses: 1482
OK: 1476
Warnings: 6
Errors: 0

See the full report at https://learning.polibatam.ac.id/report/backups/index.php
""", "auto", "en", client="plain", hdr={"Auto-Submitted": "auto-generated"})

M("zoom-recording-auto-generated", "2026-09-14 12:41:09",
  ("Zoom", "no-reply@zoom.us"),
  "Cloud Recording - Rapat Koordinasi LMS is now available",
  """Hi Helpdesk P4M,

Your cloud recording is now available.

Topic: Rapat Koordinasi LMS
Date: Sep 14, 2026 10:00 AM Jakarta

Share recording with viewers: https://polibatam.zoom.us/rec/share/Xk2nQw
""", "auto", "en", client="gmail", hdr={"Auto-Submitted": "auto-generated"})

RAW("bounce-postfix-user-unknown", "2025-04-09 11:03:52", """Return-Path: <>
Received: by mx.polibatam.ac.id (Postfix) id 4Zc7Kd1Qx2;
 Wed, 9 Apr 2025 11:03:52 +0700 (WIB)
Date: Wed, 09 Apr 2025 11:03:52 +0700
From: MAILER-DAEMON@polibatam.ac.id (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: helpdesk-p4m@polibatam.ac.id
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="4Zc7Kd1Qx2.1744171432/mx.polibatam.ac.id"
Message-Id: <20250409040352.4Zc7Kd1Qx2@mx.polibatam.ac.id>

This is a MIME-encapsulated message.

--4Zc7Kd1Qx2.1744171432/mx.polibatam.ac.id
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.polibatam.ac.id.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<arif.rahmann@polibatam.ac.id>: host mail.polibatam.ac.id[10.10.1.5]
    said: 550 5.1.1 <arif.rahmann@polibatam.ac.id>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--4Zc7Kd1Qx2.1744171432/mx.polibatam.ac.id
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.polibatam.ac.id
X-Postfix-Queue-ID: 4Zc7Kd1Qx2
Arrival-Date: Wed, 9 Apr 2025 11:03:50 +0700 (WIB)

Final-Recipient: rfc822; arif.rahmann@polibatam.ac.id
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown

--4Zc7Kd1Qx2.1744171432/mx.polibatam.ac.id
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
To: arif.rahmann@polibatam.ac.id
Subject: [P4M #2025-0150] Pengumuman course Sistem Digital
Date: Wed, 09 Apr 2025 11:03:49 +0700

--4Zc7Kd1Qx2.1744171432/mx.polibatam.ac.id--
""", lang="en")

RAW("bounce-delayed-warning", "2025-12-18 15:44:10", """Return-Path: <>
Received: by mx.polibatam.ac.id (Postfix) id 7Hq2Lm9Tz4;
 Thu, 18 Dec 2025 15:44:10 +0700 (WIB)
Date: Thu, 18 Dec 2025 15:44:10 +0700
From: MAILER-DAEMON@polibatam.ac.id (Mail Delivery System)
Subject: Delayed Mail (still being retried)
To: helpdesk-p4m@polibatam.ac.id
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="7Hq2Lm9Tz4.1766047450/mx.polibatam.ac.id"
Message-Id: <20251218084410.7Hq2Lm9Tz4@mx.polibatam.ac.id>

This is a MIME-encapsulated message.

--7Hq2Lm9Tz4.1766047450/mx.polibatam.ac.id
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.polibatam.ac.id.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<andibaso.rahman@gmail.com>: connect to gmail-smtp-in.l.google.com[142.250.4.26]:25:
    Connection timed out

--7Hq2Lm9Tz4.1766047450/mx.polibatam.ac.id
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.polibatam.ac.id
X-Postfix-Queue-ID: 7Hq2Lm9Tz4
Arrival-Date: Thu, 18 Dec 2025 11:40:02 +0700 (WIB)

Final-Recipient: rfc822; andibaso.rahman@gmail.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to gmail-smtp-in.l.google.com: Connection timed out
Will-Retry-Until: Tue, 23 Dec 2025 11:40:02 +0700 (WIB)

--7Hq2Lm9Tz4.1766047450/mx.polibatam.ac.id--
""", lang="en")

RAW("bounce-exchange-ndr-outlook", "2026-05-06 10:29:31", """Return-Path: <>
From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@outlook.com>
To: <helpdesk-p4m@polibatam.ac.id>
Date: Wed, 06 May 2026 10:29:31 +0700
Subject: Undeliverable: [P4M #2026-0230] Transcript request
Auto-Submitted: auto-replied
Message-ID: <b3c1e0a2-9f4e-4c1a-8d0e-5e2f7a6b9c10@DM6PR11MB4657.namprd11.prod.outlook.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="_000_b3c1e0a29f4e4c1a8d0e5e2f7a6b9c10_"
X-MS-Exchange-Message-Is-Ndr:
Content-Language: en-US

--_000_b3c1e0a29f4e4c1a8d0e5e2f7a6b9c10_
Content-Type: text/plain; charset="us-ascii"

Your message to bryan.santos@outlook.com couldn't be delivered.

bryan.santos wasn't found at outlook.com.

Action Required: Recipient
Unknown To address

--_000_b3c1e0a29f4e4c1a8d0e5e2f7a6b9c10_
Content-Type: message/delivery-status

Reporting-MTA: dns;DM6PR11MB4657.namprd11.prod.outlook.com
Received-From-MTA: dns;mx.polibatam.ac.id
Arrival-Date: Wed, 6 May 2026 10:29:29 +0700

Final-Recipient: rfc822;bryan.santos@outlook.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup

--_000_b3c1e0a29f4e4c1a8d0e5e2f7a6b9c10_--
""", lang="en")


if __name__ == "__main__":
    sys.exit(main())

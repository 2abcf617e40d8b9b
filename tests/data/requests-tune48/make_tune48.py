#!/usr/bin/env python3
"""Tuning corpus requests-tune48 generator (written as held-out part27 in round 14, opened in round 26). Standard library only, deterministic.

Writes 001-<slug>.eml .. 070-<slug>.eml and labels.json next to this file.
Checks every message before writing and exits non-zero on any failure.
"""
import datetime
import hashlib
import html as htmlmod
import io
import json
import os
import re
import sys
import zipfile
from email import policy
from email.generator import BytesGenerator
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
POL = policy.default.clone(linesep="\r\n", max_line_length=78)
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

MAILS = []


def D(y, m, d, H, M, S=0, tz="+0700"):
    wd = WD[datetime.date(y, m, d).weekday()]
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (wd, d, MO[m - 1], y, H, M, S, tz)


def h8(s, n=8):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


# ---------------------------------------------------------------- parts
def T(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    p = MIMEPart(policy=POL)
    text = text.replace("\r\n", "\n")
    params = {"format": "flowed"} if flowed else None
    if params:
        p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
    else:
        p.set_content(text, subtype=subtype, charset=charset, cte=cte)
    return p


def ALT(plain, html):
    p = MIMEPart(policy=POL)
    p.make_alternative()
    p.attach(plain)
    p.attach(html)
    return p


def MIX(body, *atts):
    p = MIMEPart(policy=POL)
    p.make_mixed()
    p.attach(body)
    for a in atts:
        p.attach(a)
    return p


def _attpart(data, maintype, subtype, filename):
    p = MIMEPart(policy=POL)
    p.set_content(data, maintype=maintype, subtype=subtype, disposition="attachment", filename=filename)
    return p


ZDT = (2026, 1, 1, 0, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, comp in files:
            zi = zipfile.ZipInfo(name, date_time=ZDT)
            zi.compress_type = zipfile.ZIP_STORED if not comp else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return htmlmod.escape(s, quote=False)


def DOCX(filename, paras):
    """paras: list of str, or list-of-lists for a table row (rows prefixed by a tuple marker)."""
    body = []
    for p in paras:
        if isinstance(p, tuple):  # table: tuple of rows
            rows = []
            for row in p:
                cells = "".join(
                    '<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c) for c in row)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append("<w:tbl>%s</w:tbl>" % "".join(rows))
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(p))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s'
           '<w:sectPr/></w:body></w:document>' % "".join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    data = _zip([("[Content_Types].xml", ct, True), ("_rels/.rels", rels, True), ("word/document.xml", doc, True)])
    return _attpart(data, "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", filename)


def ODT(filename, paras):
    body = []
    for p in paras:
        if isinstance(p, tuple):
            rows = "".join("<table:table-row>%s</table:table-row>" % "".join(
                "<table:table-cell><text:p>%s</text:p></table:table-cell>" % _x(c) for c in row) for row in p)
            body.append('<table:table table:name="T1">%s</table:table>' % rows)
        else:
            body.append("<text:p>%s</text:p>" % _x(p))
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>' % "".join(body))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    data = _zip([("mimetype", "application/vnd.oasis.opendocument.text", False),
                 ("META-INF/manifest.xml", manifest, True), ("content.xml", content, True)])
    return _attpart(data, "application", "vnd.oasis.opendocument.text", filename)


def _pesc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def PDF(filename, lines):
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % _pesc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
            b"/Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return _attpart(bytes(out), "application", "pdf", filename)


def RFC822(inner):
    p = MIMEPart(policy=POL)
    p.set_content(inner)
    return p


def ICS(filename, text):
    return _attpart(text.replace("\n", "\r\n").encode("utf-8"), "text", "calendar", filename)


def INNER(headers, body):
    """A message used inside message/rfc822."""
    return finish(headers, body)


def finish(headers, body):
    content = [(k, v) for (k, v) in body._headers]
    body._headers = []
    for k, v in headers:
        body[k] = v
    if "MIME-Version" not in body:
        body["MIME-Version"] = "1.0"
    for k, v in content:
        if k.lower() == "mime-version":
            continue
        body._headers.append((k, v))
    return body


def add(slug, headers, body, label):
    MAILS.append((slug, headers, body, label))


# ---------------------------------------------------------------- checks
def strip_html(s):
    s = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>|</h\d>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return htmlmod.unescape(s)


def zip_text(data, member):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        x = z.read(member).decode("utf-8")
    x = re.sub(r"</w:p>|</text:p>", "\n", x)
    x = re.sub(r"</w:tc>|</table:table-cell>", "\t", x)
    x = re.sub(r"<[^>]+>", "", x)
    return htmlmod.unescape(x)


def pdf_text(data):
    s = data.decode("latin-1")
    out = []
    for m in re.finditer(r"\(((?:\\.|[^\\)])*)\) Tj", s):
        out.append(re.sub(r"\\(.)", r"\1", m.group(1)))
    return "\n".join(out)


def texts_of(msg):
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            if ct == "message/rfc822":
                out.extend(texts_of(part.get_payload(0)))
            continue
        if ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            out.append(strip_html(part.get_content()))
        elif ct.endswith("wordprocessingml.document"):
            out.append(zip_text(part.get_content(), "word/document.xml"))
        elif ct == "application/vnd.oasis.opendocument.text":
            out.append(zip_text(part.get_content(), "content.xml"))
        elif ct == "application/pdf":
            out.append(pdf_text(part.get_content()))
    return out


def norm(s):
    return re.sub(r"\s+", " ", s)


def label_strings(lab):
    f = lab.get("fields", {})
    vals = []
    for k in ("course_code", "course_name", "title"):
        if k in f:
            vals.append(f[k])
    for v in f.get("changes", {}).values():
        vals.append(v)
    return vals


TYPES = {"course_data", "announcement", "elearning_support", "document_request", "other", "auto"}
FIELDS = {"fullname", "shortname", "lecturer", "class", "semester", "credits", "enrolment_key", "summary"}


def check(name, raw, subject, date, lab):
    errs = []
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        errs.append("bare LF/CR")
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for part in msg.walk():
        if part.defects:
            errs.append("defects %r" % part.defects)
        if part.get_content_disposition() == "attachment" and not part.is_multipart():
            if len(part.get_payload(decode=True) or b"") > 30000:
                errs.append("attachment too big")
        if not part.is_multipart():
            try:
                part.get_content()
            except Exception as e:  # noqa
                errs.append("content %r" % e)
    if msg.defects:
        errs.append("msg defects %r" % msg.defects)
    if str(msg["Subject"]) != subject:
        errs.append("subject roundtrip %r" % str(msg["Subject"]))
    if str(msg["Date"]) != date:
        errs.append("date roundtrip")
    dt = parsedate_to_datetime(date)
    if WD[dt.weekday()] != date[:3]:
        errs.append("weekday")
    if not (datetime.date(2026, 8, 1) <= dt.date() <= datetime.date(2026, 11, 29)):
        errs.append("date range")
    if lab["type"] not in TYPES or lab["lang"] not in ("id", "en", "mixed"):
        errs.append("bad type/lang")
    f = lab.get("fields", {})
    if lab["type"] not in ("course_data", "announcement") and f:
        errs.append("fields on non-field type")
    if lab["type"] == "course_data" and not set(f.get("changes", {})) <= FIELDS:
        errs.append("bad change field")
    if lab["type"] == "announcement":
        if f.get("scope") not in ("course", "site"):
            errs.append("scope")
        if "publish_at" in f and not re.match(r"^2026-\d\d-\d\dT\d\d:\d\d:00\+07:00$", f["publish_at"]):
            errs.append("publish_at form")
    alltext = texts_of(msg)
    for v in label_strings(lab):
        if not any(v in t for t in alltext) and not any(norm(v) in norm(t) for t in alltext):
            errs.append("value not in text: %r" % v)
    if not lab.get("note"):
        errs.append("no note")
    return errs


def set_boundaries(msg, slug):
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("=_%s_%s_%d" % (h8(slug, 12), "b", i))


def serialize(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, policy=POL, mangle_from_=False).flatten(msg)
    return buf.getvalue()


def main():
    labels = {}
    failures = 0
    outputs = []
    if len(MAILS) != 70:
        print("expected 70 mails, have", len(MAILS))
        failures += 1
    seen = set()
    for i, (slug, headers, body, lab) in enumerate(MAILS, 1):
        name = "%03d-%s.eml" % (i, slug)
        if slug in seen:
            print(name, "duplicate slug")
            failures += 1
        seen.add(slug)
        hd = dict(headers)
        if "Message-ID" not in hd:
            dom = hd["From"].split("@")[-1].rstrip(">").strip()
            headers = list(headers) + [("Message-ID", "<%s.%s@%s>" % (h8(slug, 16), h8(slug + "x", 6), dom))]
        msg = finish(headers, body)
        set_boundaries(msg, slug)
        raw = serialize(msg)
        errs = check(name, raw, hd["Subject"], hd["Date"], lab)
        if errs:
            failures += 1
            print(name, errs)
        labels[name] = lab
        outputs.append((name, raw))
    counts = {}
    for lab in labels.values():
        counts[lab["type"]] = counts.get(lab["type"], 0) + 1
        counts[lab["lang"]] = counts.get(lab["lang"], 0) + 1
    want = {"course_data": 22, "announcement": 16, "elearning_support": 12, "document_request": 7, "other": 7,
            "auto": 6, "id": 40, "en": 18, "mixed": 12}
    if counts != want:
        print("counts", counts)
        failures += 1
    if failures:
        print("FAILED", failures)
        sys.exit(1)
    for fn in os.listdir(HERE):
        if fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    for name, raw in outputs:
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote", len(outputs), "mails", counts)


# ================================================================ mails
HD = "helpdesk-p4m@polibatam.ac.id"
HDTO = "Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>"


def gmail_html(plain):
    out = []
    for para in plain.strip("\n").split("\n\n"):
        lines = [_x(l) for l in para.split("\n")]
        out.append("<div>%s</div>" % "<br>".join(lines))
    return '<div dir="ltr">%s</div>\n' % "<div><br></div>".join(out)


def GMAIL(plain, cte="quoted-printable"):
    return ALT(T(plain, cte=cte), T(gmail_html(plain), "html", cte=cte))


def outlook_html(inner):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n' % inner)


def mso(lines):
    out = []
    for l in lines:
        if l == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif l.startswith("<"):
            out.append(l)
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % _x(l))
    return "\n".join(out)


def OUTLOOK(plain, inner_html):
    return ALT(T(plain), T(outlook_html(inner_html), "html"))


def H(frm, to, subj, date, *extra):
    return [("From", frm), ("To", to), ("Subject", subj), ("Date", date)] + list(extra)


WAHYU = "Wahyu Prasetyo <wahyu.prasetyo@polibatam.ac.id>"
WAHYU_SIG = """Wahyu Prasetyo, A.Md.T.
PLP Lab Pengelasan & Fabrikasi
Prodi Teknologi Rekayasa Pengelasan dan Fabrikasi
Politeknik Negeri Batam
Ext. 2314"""

# 001 ---------------------------------------------------------------
add("gmail-lab-assistant-for-lecturer-cc",
    H(WAHYU, HDTO, "Perubahan dosen pengampu - Teknik Pengelasan SMAW (a.n. Pak Hendra)", D(2026, 8, 24, 8, 12, 41),
      ("Cc", "Hendra Siregar <hendra.siregar@polibatam.ac.id>")),
    GMAIL("""Selamat pagi tim Helpdesk P4M,

Perkenalkan saya Wahyu, PLP di Lab Pengelasan prodi Teknologi Rekayasa Pengelasan dan Fabrikasi. Semester ini saya diminta membantu urusan e-learning untuk tiga dosen kami (Pak Hendra, Bu Rina dan Pak Yudi) karena beliau bertiga sedang padat jadwal sertifikasi welding inspector. Jadi mohon maaf kalau nanti email dari saya agak sering.

Untuk yang pertama ini dari Pak Hendra:
MK TPF2103 Teknik Pengelasan SMAW, di e-learning nama dosennya masih dosen lama (Pak Joko, sudah pindah tugas). Mohon diganti menjadi:

Hendra Siregar, S.T., M.T.

Pak Hendra saya cc di email ini sebagai konfirmasi.

Terima kasih banyak,
""" + WAHYU_SIG + "\n"),
    {"type": "course_data", "lang": "id",
     "fields": {"course_code": "TPF2103", "course_name": "Teknik Pengelasan SMAW",
                "changes": {"lecturer": "Hendra Siregar, S.T., M.T."}},
     "note": "Lab assistant (PLP) writes on behalf of the lecturer, who is in Cc; only the new lecturer is given."})

# 002 ---------------------------------------------------------------
_p = """Selamat siang Helpdesk P4M,

Lanjutan dari saya (Wahyu, Lab Las), kali ini titipan Bu Rina Oktaviani.
Mata kuliah: Inspeksi dan Pengujian Las
Kode: TPF-3205

Mohon data di e-learning diubah seperti tabel berikut:

Data            | Sebelum      | Sesudah
Nama singkat    | INSP-LAS     | IPL-TPF3205
Kelas           | TPF-3A       | TPF-3A & TPF-3B

Kelas 3B digabung ke 3A karena mahasiswanya tinggal 9 orang, jadi satu course saja.

Terima kasih,
Wahyu
"""
_h = mso(["Selamat siang Helpdesk P4M,", "",
          "Lanjutan dari saya (Wahyu, Lab Las), kali ini titipan Bu Rina Oktaviani.",
          "<p class=\"MsoNormal\">Mata kuliah: <b>Inspeksi dan Pengujian Las</b><o:p></o:p></p>",
          "<p class=\"MsoNormal\">Kode: <b>TPF-3205</b><o:p></o:p></p>", "",
          "Mohon data di e-learning diubah seperti tabel berikut:", "",
          '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">'
          '<tr><td width="150" style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Data<o:p></o:p></b></p></td>'
          '<td width="150" style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Sebelum<o:p></o:p></b></p></td>'
          '<td width="170" style="border:solid windowtext 1.0pt;background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Sesudah<o:p></o:p></b></p></td></tr>'
          '<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Nama singkat<o:p></o:p></p></td>'
          '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">INSP-LAS<o:p></o:p></p></td>'
          '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">IPL-TPF3205<o:p></o:p></p></td></tr>'
          '<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Kelas<o:p></o:p></p></td>'
          '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">TPF-3A<o:p></o:p></p></td>'
          '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">TPF-3A &amp; TPF-3B<o:p></o:p></p></td></tr>'
          '</table>', "",
          "Kelas 3B digabung ke 3A karena mahasiswanya tinggal 9 orang, jadi satu course saja.", "",
          "Terima kasih,", "Wahyu"])
add("outlook-html-table-before-after-two-fields",
    H(WAHYU, HDTO, "Mohon update data MK Bu Rina (Lab Las)", D(2026, 8, 25, 13, 5, 9),
      ("Thread-Topic", "Mohon update data MK Bu Rina (Lab Las)"), ("Thread-Index", "AdsUe3Kk9v0lZ0QxRp2bWq=="),
      ("X-MS-Has-Attach", ""), ("Content-Language", "id-ID")),
    OUTLOOK(_p, _h),
    {"type": "course_data", "lang": "id",
     "fields": {"course_code": "TPF-3205", "course_name": "Inspeksi dan Pengujian Las",
                "changes": {"shortname": "IPL-TPF3205", "class": "TPF-3A & TPF-3B"}},
     "note": "Before/after table (Sebelum/Sesudah) with two changes, sent by the lab assistant for a lecturer; class merge."})

# 003 ---------------------------------------------------------------
add("gmail-lab-assistant-three-lecturers-login",
    H(WAHYU, HDTO, "[Lab Las] Pak Hendra, Bu Rina, Pak Yudi tidak bisa login e-learning", D(2026, 8, 26, 7, 48, 2)),
    GMAIL("""Pagi Helpdesk,

Maaf, saya lagi (Wahyu, Lab Las). Ketiga dosen yang saya bantu sejak kemarin sore tidak bisa masuk e-learning:

1. Hendra Siregar - muncul "Invalid login, please try again"
2. Rina Oktaviani - sama, "Invalid login"
3. Yudi Kurniawan - halamannya muter terus lalu balik ke halaman login

Ketiganya sudah coba reset password lewat "Lupa password?" tapi email reset tidak pernah masuk (sudah dicek di spam juga). Akun email kampus mereka normal, bisa kirim-terima.

Besok pagi mereka mau mulai pretest praktikum di e-learning, jadi agak mendesak. Kalau perlu data NIP atau username, saya bisa kirimkan.

Terima kasih,
""" + WAHYU_SIG + "\n"),
    {"type": "elearning_support", "lang": "id", "fields": {},
     "note": "Lab assistant reports a login failure and missing reset mail for three lecturers at once."})

# 004 ---------------------------------------------------------------
add("thunderbird-flowed-typo-corrected-line",
    H(WAHYU, HDTO, "Ralat nama MK Pak Yudi", D(2026, 8, 27, 10, 31, 55),
      ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0")),
    T("""Selamat siang,

Satu lagi dari Lab Las, titipan Pak Yudi Kurniawan.

Nama MK beliau di e-learning ada salah ketik. Di daftar course \r
sekarang tertulis:

   tpf 1102 - Gambar Tekik Fabrikasi

harusnya:

   tpf 1102 - Gambar Teknik Fabrikasi dan CAD

Sekalian Pak Yudi minta ditambah "dan CAD" di belakangnya karena \r
mulai semester ini materinya sudah pakai AutoCAD. Kode tidak \r
berubah.

Terima kasih,
Wahyu (PLP Lab Las, ext. 2314)
""".replace(" \r\n", " \n"), cte="7bit", flowed=True),
    {"type": "course_data", "lang": "id",
     "fields": {"course_code": "tpf 1102", "course_name": "Gambar Tekik Fabrikasi",
                "changes": {"fullname": "Gambar Teknik Fabrikasi dan CAD"}},
     "note": "Rename given as a now/should-be pair of display lines 'code - name'; the current name contains a typo and is labelled as written; the code stays."})

# 005 ---------------------------------------------------------------
_p = """Rekaman untuk rapat "Rapat Mingguan Helpdesk P4M" sudah tersedia.

Rapat Mingguan Helpdesk P4M (2026-09-14 10:02 GMT+07:00)
Durasi: 47 menit

Rekaman telah disimpan ke folder "Meet Recordings" penyelenggara di Google Drive dan dibagikan kepada peserta dari organisasi penyelenggara.

Buka rekaman: https://drive.google.com/file/d/1qZ8kPm3Xr7vT0aLw2Yc9Hf4Nn6Ub5Je1/view?usp=meet_tnfm_email

Transkrip juga tersedia: https://docs.google.com/document/d/1Vt9Ra2Kx0Pd7sQ3mLb6Zw8Hy4Jc1Nf5Eg/edit

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Anda menerima email ini karena Anda adalah peserta rapat.
"""
add("google-meet-recording-ready-id",
    H("Google Meet <meetings-noreply@google.com>", HD,
      "Rekaman rapat tersedia: Rapat Mingguan Helpdesk P4M", D(2026, 9, 14, 11, 3, 27, "+0000"),
      ("Reply-To", "Google Meet <meetings-noreply@google.com>"), ("Auto-Submitted", "auto-generated")),
    ALT(T(_p), T("<html><body><table width=\"100%\"><tr><td><img src=\"https://www.gstatic.com/meet/logo.png\" alt=\"Google Meet\"></td></tr>"
                 "<tr><td><h2>Rekaman untuk rapat &quot;Rapat Mingguan Helpdesk P4M&quot; sudah tersedia.</h2>"
                 "<p>Rapat Mingguan Helpdesk P4M (2026-09-14 10:02 GMT+07:00)<br>Durasi: 47 menit</p>"
                 "<p><a href=\"https://drive.google.com/file/d/1qZ8kPm3Xr7vT0aLw2Yc9Hf4Nn6Ub5Je1/view?usp=meet_tnfm_email\">Buka rekaman</a></p>"
                 "<p style=\"font-size:11px;color:#5f6368\">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>"
                 "</td></tr></table></body></html>\n", "html")),
    {"type": "auto", "lang": "id", "fields": {},
     "note": "Google Meet recording-ready notification in Indonesian (no-reply, auto-generated)."})

# 006 ---------------------------------------------------------------
add("gmail-lab-assistant-announcement-besok-jam7",
    H(WAHYU, HDTO, "Pengumuman untuk kelas Metalurgi Las (titipan Pak Yudi)", D(2026, 9, 16, 15, 40, 18)),
    GMAIL("""Sore Helpdesk P4M,

Pak Yudi minta tolong dipasangkan pengumuman di course Metalurgi Las (TPF4107), kelas TPF-4A. Beliau sedang di Cilegon untuk uji sertifikasi jadi tidak bisa akses sendiri.

Judul: Perubahan Jadwal Praktikum Metalurgi Las Minggu ke-3

Isi:
Praktikum minggu ke-3 yang seharusnya hari Jumat, 18 September 2026 pukul 08.00 dipindah ke hari Sabtu, 19 September 2026 pukul 08.00 di Lab Pengelasan (gedung Tower B lt. 1). Wajib memakai wearpack dan safety shoes. Laporan minggu ke-2 dikumpulkan paling lambat saat praktikum.

Mohon ditayangkan besok jam 07.00 pagi ya, supaya mahasiswa sempat baca sebelum kuliah pagi.

Terima kasih,
""" + WAHYU_SIG + "\n"),
    {"type": "announcement", "lang": "id",
     "fields": {"course_code": "TPF4107", "course_name": "Metalurgi Las",
                "title": "Perubahan Jadwal Praktikum Metalurgi Las Minggu ke-3", "scope": "course",
                "publish_at": "2026-09-17T07:00:00+07:00"},
     "note": "Publish 'besok jam 07.00' counted from the Wednesday Date header; the Friday/Saturday 08.00 times are the practicum's."})

# 007 ---------------------------------------------------------------
add("gmail-android-new-lecturer-password-for-class",
    H("Rahmat Hidayat <rahmat.hidayat@polibatam.ac.id>", HD, "Pertanyaan dari dosen baru (kelas online saya)",
      D(2026, 8, 20, 12, 17, 33)),
    GMAIL("""Assalamualaikum, selamat siang.

Saya Rahmat, dosen baru di jurusan Teknik Mesin, baru mulai bulan Agustus ini. Mohon maaf kalau istilah-istilahnya saya belum paham.

Di website kuliah online kampus (kata teman namanya e-learning, atau LMS?) ada kelas saya "Mekanika Teknik" kode MES1203. Mahasiswa bilang mereka butuh semacam kata sandi supaya bisa masuk ke kelas itu, dan kata sandi yang sekarang masih buatan dosen lama, saya tidak tahu isinya.

Bisa tolong diganti jadi: mektek2026

Kalau ternyata bukan ke sini tempatnya, mohon diarahkan ke bagian yang benar.

Terima kasih, wassalam.
Rahmat

Dikirim dari Redmi Note 13 saya
"""),
    {"type": "course_data", "lang": "id",
     "fields": {"course_code": "MES1203", "course_name": "Mekanika Teknik",
                "changes": {"enrolment_key": "mektek2026"}},
     "note": "New lecturer describes the enrolment key in lay words (the password students need to enter the class)."})

# 008 ---------------------------------------------------------------
_p = """Dear P4M Helpdesk staff,

I hope this message finds you well. I am Yuko Tanabe of the International Exchange Division, Setouchi Institute of Technology. Thank you always for your kind support of our joint course.

We would be grateful if you could post the following announcement on the e-learning page of the joint course "Industrial Automation Seminar" (JIAS-01).

Title: Guest Lecture by Mr. Hiroshi Endo on PLC Safety

Text:
Mr. Hiroshi Endo, a safety engineer from our industry partner, will give an online guest lecture on PLC safety circuits on Thursday, October 22, from 15:00 to 16:30 JST (13:00 to 14:30 WIB). The Zoom link will be shared in the course forum. Attendance counts as one regular session.

Could the announcement please be published on Monday, October 19 at 10:00 JST? Please note that all times above are Japan Standard Time unless written otherwise.

If anything is unclear, please do not hesitate to contact me.

Best regards,

Yuko Tanabe (Ms.)
International Exchange Division
Setouchi Institute of Technology
Tel: +81-86-000-0000
"""
add("outlook-japanese-partner-announcement-jst",
    H("Yuko Tanabe <tanabe-y@setouchi-it.ac.jp>", HDTO, "Request: announcement for the joint online lecture (JIAS-01)",
      D(2026, 10, 14, 11, 20, 4, "+0900"), ("Content-Language", "ja-JP"),
      ("X-Mailer", "Microsoft Outlook 16.0")),
    OUTLOOK(_p, mso(_p.rstrip("\n").split("\n"))),
    {"type": "announcement", "lang": "en",
     "fields": {"course_code": "JIAS-01", "course_name": "Industrial Automation Seminar",
                "title": "Guest Lecture by Mr. Hiroshi Endo on PLC Safety", "scope": "course",
                "publish_at": "2026-10-19T08:00:00+07:00"},
     "note": "Japanese partner gives the publish time in JST (10:00 JST = 08:00 WIB); the Oct 22 lecture time is the event's."})

# 009 ---------------------------------------------------------------
add("gmail-lab-assistant-bap-jobsheet-templates",
    H(WAHYU, HDTO, "Minta template BAP praktikum & format jobsheet (3 dosen Lab Las)", D(2026, 9, 2, 9, 2, 47)),
    GMAIL("""Pagi Helpdesk P4M,

Pak Hendra, Bu Rina dan Pak Yudi minta tolong saya carikan dua dokumen:
- template BAP (Berita Acara Praktikum) versi terbaru yang dipakai P4M, dan
- format jobsheet praktikum yang standar (kalau ada versi Word-nya lebih baik).

Tahun lalu kami masih pakai format buatan prodi sendiri, katanya sekarang harus seragam untuk audit mutu.

Terima kasih sebelumnya,
""" + WAHYU_SIG + "\n"),
    {"type": "document_request", "lang": "id", "fields": {},
     "note": "Lab assistant asks for the practicum BAP template and jobsheet format for three lecturers."})

# 010 ---------------------------------------------------------------
_p = """Hi Helpdesk team,

Saya Nadia, dosen baru di Animasi (started this semester). Quick question/request: on my course page for ANM2104 Desain Karakter 2D there's a short paragraph under the course title that describes the class. It still has the old text from the previous lecturer, about vector logos, which is not what I teach at all.

Could you please replace that paragraph with this one:

Mata kuliah ini membahas prinsip dasar desain karakter 2D, mulai dari riset visual, siluet, hingga model sheet yang siap dianimasikan.

I couldn't find where to edit it myself, maybe I don't have the rights yet? Anyway, makasih banyak!

Nadia

Get Outlook for iOS
"""
add("outlook-ios-new-lecturer-paragraph-under-title",
    H("Nadia Putri Ramadhani <nadia.putri@polibatam.ac.id>", HD, "Paragraph under my course title",
      D(2026, 9, 3, 21, 14, 2)),
    ALT(T(_p), T('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                 '<div dir="ltr">' + "".join("<div>%s</div>" % (_x(l) if l else "<br>") for l in _p.rstrip("\n").split("\n")[:-1])
                 + '</div><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></body></html>\n', "html")),
    {"type": "course_data", "lang": "mixed",
     "fields": {"course_code": "ANM2104", "course_name": "Desain Karakter 2D",
                "changes": {"summary": "Mata kuliah ini membahas prinsip dasar desain karakter 2D, mulai dari riset visual, siluet, hingga model sheet yang siap dianimasikan."}},
     "note": "New lecturer calls the course summary 'the short paragraph under the course title'."})

# 011 ---------------------------------------------------------------
add("internal-fwd-colleague-already-done-by-phone",
    H("Sari Wulandari <sari.wulandari@polibatam.ac.id>", HDTO, "Fwd: Mohon ganti nama MK Basis Data Lanjut",
      D(2026, 9, 7, 10, 44, 10)),
    GMAIL("""Tim, FYI saja ya:
permintaan di bawah ini sudah saya kerjakan langsung tadi pagi sambil Pak Andi telepon ke meja depan, nama course-nya sudah berubah dan beliau sudah cek sendiri. Tidak usah dibuat tiket atau diproses lagi, nanti malah dobel.

Sari

---------- Forwarded message ---------
Dari: Andi Saputra <andi.saputra@polibatam.ac.id>
Date: Sen, 7 Sep 2026 pukul 07.58
Subject: Mohon ganti nama MK Basis Data Lanjut
To: <sari.wulandari@polibatam.ac.id>

Mbak Sari, tolong nama MK IF2204 Basis Data Lanjut di e-learning diganti jadi Basis Data Lanjut dan NoSQL ya, sesuai kurikulum baru. Makasih.

Andi
"""),
    {"type": "other", "lang": "id", "fields": {},
     "note": "Near-miss: a helpdesk colleague forwards a rename request internally only to say it is already done and must not be processed."})

# 012 ---------------------------------------------------------------
add("internal-note-phone-request-semester",
    H("Sari Wulandari <sari.wulandari@polibatam.ac.id>", "Dimas Arya <dimas.arya@polibatam.ac.id>",
      "Titipan permintaan Bu Lestari (via telepon)", D(2026, 9, 8, 14, 2, 51), ("Cc", HDTO)),
    GMAIL("""Dim, tolong masukkan ke antrian helpdesk ya.

Tadi Bu Lestari (Akuntansi Manajerial) telepon ke meja depan, beliau lagi dinas di Pekanbaru dan tidak bisa buka email kampus. Permintaannya:

MK Perpajakan II (AKM3208) -> di e-learning semesternya tertulis Semester 4, seharusnya Semester 5.

Sudah saya bacakan ulang ke beliau dan beliau bilang betul. Kalau sudah selesai tolong kabari beliau lewat WA saja (nomornya ada di daftar dosen).

Thanks,
Sari
"""),
    {"type": "course_data", "lang": "id",
     "fields": {"course_code": "AKM3208", "course_name": "Perpajakan II", "changes": {"semester": "Semester 5"}},
     "note": "Helpdesk front-desk colleague writes an internal note relaying a lecturer's phone request; semester change."})

# 013 ---------------------------------------------------------------
_p = """Dear Sir or Madam of P4M Helpdesk,

Greetings from Namhae Polytechnic University, Korea. My name is Ji-hoon Park and I work in the Office of Global Affairs.

For the students of Politeknik Negeri Batam, we would like to ask you to post an announcement on the whole e-learning site, because it is for all students and not for one course.

Title: 2027 Spring Short-Term Exchange Program - Online Information Session

Content:
Namhae Polytechnic University will hold an online information session about the 2027 Spring Short-Term Exchange Program (smart manufacturing and welding track). Date: Thursday, November 5, 2026, 16:00 KST (14:00 WIB). Application deadline: November 30, 2026. Registration link: https://forms.gle/namhae-exchange-2027

We kindly ask that it be posted on Monday, October 26, at 10:00 a.m. Korea time.

Thank you very much for your help. We look forward to meeting many students.

Sincerely yours,
Ji-hoon Park
Office of Global Affairs, Namhae Polytechnic University
"""
add("korean-partner-sitewide-announcement-kst",
    H("Ji-hoon Park <jhpark@namhae-poly.ac.kr>", HD,
      "[Namhae Poly] Request for posting announcement (Exchange Program info session)", D(2026, 10, 20, 17, 8, 39, "+0900"),
      ("X-Mailer", "Hiworks Mail")),
    ALT(T(_p, cte="base64"), T("<html><body style=\"font-family:'Malgun Gothic',sans-serif;font-size:10pt\">"
                               + "".join("<p>%s</p>" % _x(x).replace("\n", "<br>") for x in _p.strip().split("\n\n"))
                               + "</body></html>\n", "html", cte="base64")),
    {"type": "announcement", "lang": "en",
     "fields": {"title": "2027 Spring Short-Term Exchange Program - Online Information Session", "scope": "site",
                "publish_at": "2026-10-26T08:00:00+07:00"},
     "note": "Korean partner asks for a site-wide post at 10:00 a.m. Korea time (= 08:00 WIB); the Nov 5 session and Nov 30 deadline are event dates."})

# 014 ---------------------------------------------------------------
add("gmail-new-lecturer-my-courses-empty",
    H("Nadia Putri Ramadhani <nadia.putri@polibatam.ac.id>", HDTO, "can't see my classes??", D(2026, 8, 31, 9, 26, 12)),
    GMAIL("""Halo Helpdesk,

Sorry to bother, saya Nadia, dosen baru di prodi Animasi. When I log in to the e-learning, the "My courses" page is completely empty. Padahal Kaprodi bilang saya sudah di-assign ke dua kelas: ANM2104 Desain Karakter 2D and ANM1102 Nirmana. Students are already asking where the materials are.

I tried logging out and in again, different browser (Chrome and Safari), same result. Is there something I need to activate first?

Thank you!
Nadia Putri Ramadhani, M.A.
Animasi - Politeknik Negeri Batam
"""),
    {"type": "elearning_support", "lang": "mixed", "fields": {},
     "note": "New lecturer's course list is empty although she was assigned (enrolment problem); courses named but nothing to change."})

# 015 ---------------------------------------------------------------
add("internal-fwd-colleague-inline-rename",
    H("Dimas Arya <dimas.arya@polibatam.ac.id>", HDTO, "Fwd: perubahan nama MK", D(2026, 9, 9, 8, 5, 44)),
    GMAIL("""Sar, ini masuk ke email pribadi saya semalam, tolong diproses lewat helpdesk ya biar tercatat. Kodenya sudah saya cek di e-learning, benar.

-Dimas

---------- Forwarded message ---------
From: Bambang Susilo <bambang.susilo@polibatam.ac.id>
Date: Tue, Sep 8, 2026 at 9:47 PM
Subject: perubahan nama MK
To: Dimas Arya <dimasarya.p4m@gmail.com>

Mas Dimas, maaf ganggu malam2.
Nama MK saya di e-learning "Sistem Kendali Proses" (kode: TRM-2207) tolong diubah menjadi "Sistem Kendali Proses Industri", menyesuaikan kurikulum 2026.
Nuwun.

Ir. Bambang Susilo, M.T.
"""),
    {"type": "course_data", "lang": "id",
     "fields": {"course_code": "TRM-2207", "course_name": "Sistem Kendali Proses",
                "changes": {"fullname": "Sistem Kendali Proses Industri"}},
     "note": "Helpdesk colleague forwards a lecturer's mail internally with a note on top; the request is in the forwarded part."})

# 016 ---------------------------------------------------------------
_p = """Halo Helpdesk P4M,

Dr. Irwan Gunawan, S.T., M.T. meminta Anda untuk menandatangani dokumen berikut:

Dokumen : Perjanjian Kerja Sama Penyelenggaraan Kelas Daring Bersama 2026.pdf
Pesan   : Mohon paraf halaman 3 dan tanda tangan di halaman 5.
Batas waktu : 25 September 2026

Tanda tangani dokumen: https://app.privy.id/sign/8f3c2a91-doc-77b1

Jangan bagikan email ini. Tautan di atas bersifat pribadi untuk Anda.

Email ini dikirim otomatis oleh PrivyID, mohon tidak membalas email ini.
PT Privy Identitas Digital
"""
add("privyid-esign-request-id",
    H("PrivyID <no-reply@privy.id>", HD, "Permintaan tanda tangan dari Dr. Irwan Gunawan, S.T., M.T.",
      D(2026, 9, 18, 3, 12, 0, "+0000"), ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")),
    ALT(T(_p), T("<html><body><div style=\"max-width:560px;margin:auto;font-family:Arial\"><img src=\"https://privy.id/logo.png\" alt=\"PrivyID\">"
                 + "".join("<p>%s</p>" % _x(x).replace("\n", "<br>") for x in _p.strip().split("\n\n"))
                 + "</div></body></html>\n", "html")),
    {"type": "auto", "lang": "id", "fields": {},
     "note": "Indonesian e-signature platform (PrivyID) signature-request notification from a no-reply sender."})

# 017 ---------------------------------------------------------------
_p = """Dear P4M Helpdesk,

Thank you very much for your support with the announcement last month.

I am writing to ask for one more change to the joint course JIAS-01 Industrial Automation Seminar. From this term, Professor Kenji Morita has handed over the role of lecturer in charge on the Setouchi side, because he became the Dean of Engineering. The new lecturer in charge is:

Assoc. Prof. Aya Ishikawa, Ph.D.

Could you kindly change the lecturer shown on the course page from Prof. Kenji Morita to Dr. Ishikawa as above? The Batam side lecturer stays the same.

With best regards,

Yuko Tanabe (Ms.)
International Exchange Division
Setouchi Institute of Technology
"""
add("outlook-japanese-partner-lecturer-handover",
    H("Yuko Tanabe <tanabe-y@setouchi-it.ac.jp>", HDTO, "Change of lecturer in charge (JIAS-01)",
      D(2026, 11, 2, 9, 41, 30, "+0900"), ("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ja-JP")),
    OUTLOOK(_p, mso(_p.rstrip("\n").split("\n"))),
    {"type": "course_data", "lang": "en",
     "fields": {"course_code": "JIAS-01", "course_name": "Industrial Automation Seminar",
                "changes": {"lecturer": "Assoc. Prof. Aya Ishikawa, Ph.D."}},
     "note": "Japanese partner asks to replace the partner-side lecturer shown on a joint course; code before name."})

# 018 ---------------------------------------------------------------
add("japanese-professor-students-no-access",
    H("Kenji Morita <morita@setouchi-it.ac.jp>", HD, "Access for our students to joint course",
      D(2026, 9, 29, 16, 55, 2, "+0900"), ("X-Mailer", "Becky! ver. 2.81.04")),
    T("""To P4M Helpdesk

I am Morita, professor of Setouchi Institute of Technology.

Our 14 students registered to the joint course "Industrial Automation Seminar"
last week with the guest accounts that your office sent. However, when they
log in, they see the message "You cannot enrol yourself in this course" and
cannot open the materials. Two students can enter, twelve students cannot.

The first online class is on October 1. I am sorry for short notice, but
could you check their accounts? The list of student ID is below.

  STU-JP-2601 to STU-JP-2614 (except 2603 and 2609, they can enter)

Thank you for your cooperation.

Kenji MORITA
Department of Mechanical Systems Engineering
Setouchi Institute of Technology
""", charset="iso-2022-jp", cte="7bit"),
    {"type": "elearning_support", "lang": "en", "fields": {},
     "note": "Japanese professor (Becky!, iso-2022-jp plain text) reports partner students who cannot enrol in the joint course."})

# 019 ---------------------------------------------------------------
add("korean-partner-credits-change",
    H("Seo-yeon Kim <sykim@namhae-poly.ac.kr>", HD, "Request to correct credits of joint course",
      D(2026, 8, 28, 10, 3, 17, "+0900"), ("X-Mailer", "Hiworks Mail")),
    ALT(T("""Dear P4M Helpdesk,

Good morning. I am Seo-yeon Kim, coordinator of the joint course with Politeknik Negeri Batam.

There is one mistake in the joint course information on your e-learning.

Course: Smart Factory Practice (code: SFP-JNT 01)
Credits now shown: 3 credits
Correct credits: 2 credits

This is because the course is 2 credits in both universities according to our agreement of this year. Could you please correct it?

Thank you for your kind help always.

Best regards,
Seo-yeon Kim
Joint Program Coordinator
Namhae Polytechnic University
""", cte="base64"), T("""<html><body style="font-family:'Malgun Gothic',sans-serif;font-size:10pt">
<p>Dear P4M Helpdesk,</p>
<p>Good morning. I am Seo-yeon Kim, coordinator of the joint course with Politeknik Negeri Batam.</p>
<p>There is one mistake in the joint course information on your e-learning.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Course</td><td>Smart Factory Practice (code: SFP-JNT 01)</td></tr>
<tr><td>Credits now shown</td><td>3 credits</td></tr>
<tr><td>Correct credits</td><td>2 credits</td></tr>
</table>
<p>This is because the course is 2 credits in both universities according to our agreement of this year. Could you please correct it?</p>
<p>Thank you for your kind help always.</p>
<p>Best regards,<br>Seo-yeon Kim<br>Joint Program Coordinator<br>Namhae Polytechnic University</p>
</body></html>
""", "html", cte="base64")),
    {"type": "course_data", "lang": "en",
     "fields": {"course_code": "SFP-JNT 01", "course_name": "Smart Factory Practice",
                "changes": {"credits": "2 credits"}},
     "note": "Korean partner gives the credits as a now-shown/correct pair (table in the HTML part)."})

# 020 ---------------------------------------------------------------
_p = """Mbak/Mas Helpdesk, sekalian saya titip ya (maaf numpang di thread ini).

MK Keamanan Jaringan / RKS-2201 di e-learning masih tertulis 2 SKS, seharusnya 3 SKS (2 teori + 1 praktik) sesuai kurikulum yang baru disahkan. Yang lain sudah benar.

Terima kasih,
Dedi

Get Outlook for iOS
________________________________
From: Sekretariat Prodi RKS <rks@polibatam.ac.id>
Sent: Monday, September 14, 2026 8:02:11 AM
To: Dosen RKS <dosen-rks@polibatam.ac.id>; Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Subject: Re: Fwd: Undangan Rapat Koordinasi Prodi

Bapak/Ibu, rapat koordinasi dipindah ke ruang TA 10.4 ya. Terima kasih.
"""
add("outlook-ios-reply-chain-subject-credits",
    H("Dedi Kurniawan <dedi.k@polibatam.ac.id>", "Sekretariat Prodi RKS <rks@polibatam.ac.id>",
      "Re: Re: Fwd: Undangan Rapat Koordinasi Prodi", D(2026, 9, 14, 9, 37, 5), ("Cc", HDTO),
      ("In-Reply-To", "<a1b2.rks.coord@polibatam.ac.id>"), ("References", "<a0.rks@polibatam.ac.id> <a1b2.rks.coord@polibatam.ac.id>")),
    ALT(T(_p), T('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">'
                 + "".join("<div>%s</div>" % (_x(l) if l else "<br>") for l in _p.split("Get Outlook")[0].rstrip("\n").split("\n"))
                 + '</div><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div><hr>'
                 '<div id="divRplyFwdMsg" dir="ltr"><b>From:</b> Sekretariat Prodi RKS &lt;rks@polibatam.ac.id&gt;<br><b>Sent:</b> Monday, September 14, 2026 8:02:11 AM<br>'
                 '<b>To:</b> Dosen RKS; Helpdesk P4M<br><b>Subject:</b> Re: Fwd: Undangan Rapat Koordinasi Prodi</div>'
                 '<div>Bapak/Ibu, rapat koordinasi dipindah ke ruang TA 10.4 ya. Terima kasih.</div></body></html>\n', "html")),
    {"type": "course_data", "lang": "id",
     "fields": {"course_code": "RKS-2201", "course_name": "Keamanan Jaringan", "changes": {"credits": "3 SKS"}},
     "note": "Credits change asked in a reply to an unrelated meeting thread (subject about a meeting); name before code with a slash."})

# 021 ---------------------------------------------------------------
add("internal-fwd-baak-announcement-monday-8",
    H("Sari Wulandari <sari.wulandari@polibatam.ac.id>", HDTO, "Fwd: [BAAK] Pengumuman batas pengisian KRS perubahan",
      D(2026, 10, 1, 16, 12, 40)),
    GMAIL("""Tim helpdesk,

BAAK minta pengumuman di bawah dipasang di halaman depan e-learning (untuk semua mahasiswa). Sudah saya tanyakan ke Bu Ratna di BAAK, beliau minta tayang Senin jam 8 pagi, bukan sekarang, supaya tidak tenggelam oleh pengumuman libur.

Makasih,
Sari

---------- Forwarded message ---------
From: BAAK Polibatam <baak@polibatam.ac.id>
Date: Thu, Oct 1, 2026 at 2:30 PM
Subject: [BAAK] Pengumuman batas pengisian KRS perubahan
To: P4M <p4m@polibatam.ac.id>

Yth. P4M,
Mohon bantuan penayangan pengumuman berikut di e-learning:

BATAS AKHIR PENGISIAN KRS PERUBAHAN SEMESTER GANJIL 2026/2027

Diberitahukan kepada seluruh mahasiswa bahwa pengisian KRS perubahan (tambah/batal mata kuliah) dibuka sampai dengan Jumat, 9 Oktober 2026 pukul 23.59 WIB melalui SIAKAD. Setelah tanggal tersebut tidak ada perubahan KRS.

Hormat kami,
BAAK Politeknik Negeri Batam
"""),
    {"type": "announcement", "lang": "id",
     "fields": {"title": "BATAS AKHIR PENGISIAN KRS PERUBAHAN SEMESTER GANJIL 2026/2027", "scope": "site",
                "publish_at": "2026-10-05T08:00:00+07:00"},
     "note": "Helpdesk colleague's note on top gives the publish time (Monday 8 a.m., counted from the Thursday Date header); the 9 Oct 23.59 is the KRS deadline."})

# 022 ---------------------------------------------------------------
add("gmail-android-reply-chain-shortname-mixed",
    H("Yosua Manurung <yosua.manurung@polibatam.ac.id>", HDTO, "Re: Fwd: foto kegiatan PKM", D(2026, 9, 21, 19, 48, 26),
      ("In-Reply-To", "<CAF7pkm.foto@mail.gmail.com>")),
    GMAIL("""Eh sorry, salah thread tapi sekalian aja ya 😅

Untuk course Pemrograman Berorientasi Objek (IF1207), short name-nya masih "PBO-2025". Please change to "PBO-IF1207-2026" biar sama format dengan course lain di prodi. Thanks a lot!

Yosua

Sent from my Galaxy

On Mon, Sep 21, 2026, 10:12 Humas Polibatam <humas@polibatam.ac.id> wrote:
> Terlampir foto kegiatan PKM di Desa Pangkil kemarin, silakan dipakai untuk laporan.
>
> Salam,
> Humas
"""),
    {"type": "course_data", "lang": "mixed",
     "fields": {"course_code": "IF1207", "course_name": "Pemrograman Berorientasi Objek",
                "changes": {"shortname": "PBO-IF1207-2026"}},
     "note": "Short-name change asked in a reply on an unrelated thread about photos; old short name also given."})

# 023 ---------------------------------------------------------------
add("gmail-new-lecturer-notice-lusa-pagi",
    H("Rahmat Hidayat <rahmat.hidayat@polibatam.ac.id>", HD, "Minta tolong pasang pengumuman di kelas saya",
      D(2026, 9, 29, 20, 10, 3)),
    GMAIL("""Selamat malam,

Mohon maaf mengganggu malam-malam. Saya Rahmat (dosen Teknik Mesin). Saya belum tahu caranya menulis pengumuman sendiri di kelas online, jadi mohon dibantu dulu untuk kali ini, nanti saya belajar.

Kelasnya: Mekanika Teknik (MES1203)
Judulnya: Kuis 1 Mekanika Teknik Dimajukan
Isinya: Kuis 1 yang semula hari Kamis, 8 Oktober 2026 dimajukan menjadi hari Senin, 5 Oktober 2026 jam 10.00 di ruang kelas biasa. Materi: statika partikel dan momen gaya. Bawa kalkulator.

Tolong ditampilkan lusa pagi jam 6, karena besok saya masih mau konfirmasi ruangannya dulu.

Terima kasih banyak.
Rahmat

Dikirim dari Redmi Note 13 saya
"""),
    {"type": "announcement", "lang": "id",
     "fields": {"course_code": "MES1203", "course_name": "Mekanika Teknik",
                "title": "Kuis 1 Mekanika Teknik Dimajukan", "scope": "course",
                "publish_at": "2026-10-01T06:00:00+07:00"},
     "note": "Publish 'lusa pagi jam 6' counted from the Tuesday 29 Sep Date header; 5 and 8 Oct are quiz dates."})

# 024 ---------------------------------------------------------------
add("gmail-new-lecturer-howto-topic-titles",
    H("Rahmat Hidayat <rahmat.hidayat@polibatam.ac.id>", HD, "Cara mengganti judul minggu di kelas online",
      D(2026, 10, 6, 13, 27, 45)),
    GMAIL("""Selamat siang Bapak/Ibu Helpdesk,

Terima kasih pengumuman kuis minggu lalu sudah tayang. Sekarang saya ingin belajar sendiri: di kelas online saya, tiap minggu judulnya cuma "Topic 1", "Topic 2" dan seterusnya. Bagaimana caranya supaya saya bisa menggantinya sendiri jadi misalnya "Minggu 1 - Statika Partikel"? Apakah ada panduan atau video tutorialnya?

Saya tidak minta diubahkan, hanya ingin tahu caranya.

Terima kasih,
Rahmat
"""),
    {"type": "other", "lang": "id", "fields": {},
     "note": "Near-miss: a how-to question about renaming weekly sections oneself; explicitly not asking for a change."})

# 025 ---------------------------------------------------------------
add("gmail-new-lecturer-planning-document-rps",
    H("Rahmat Hidayat <rahmat.hidayat@polibatam.ac.id>", HD, "dokumen rencana kuliah satu semester",
      D(2026, 8, 18, 10, 2, 59)),
    GMAIL("""Selamat pagi,

Saya dosen baru di Teknik Mesin. Kaprodi meminta saya menyiapkan "dokumen rencana pembelajaran satu semester" untuk dua mata kuliah yang saya ajar. Kata rekan-rekan namanya RPS dan formatnya dari P4M.

Apakah saya bisa minta file format/template RPS yang berlaku sekarang? Kalau ada contoh yang sudah diisi juga sangat membantu.

Terima kasih,
Rahmat Hidayat, M.T.
Dosen Teknik Mesin
"""),
    {"type": "document_request", "lang": "id", "fields": {},
     "note": "New lecturer asks for the semester plan document in lay words and only then names it RPS."})

# 026 ---------------------------------------------------------------
add("reply-chain-subject-maintenance-tonight-mixed",
    H("Fajar Nugroho <fajar.nugroho@polibatam.ac.id>", HDTO, "Re: Re: Fwd: Inventaris laptop lab jaringan",
      D(2026, 10, 9, 14, 31, 8), ("In-Reply-To", "<inv.lab.jar.3@polibatam.ac.id>"),
      ("User-Agent", "Roundcube Webmail/1.6.7")),
    T("""Halo P4M, numpang thread inventaris ini karena yang lain lagi di-cc juga.

Dari UPT TIK: tolong pasang pengumuman di halaman depan e-learning, for all users:

Title: Pemeliharaan Server E-Learning Sabtu Malam
Content: E-learning tidak dapat diakses pada Sabtu, 10 Oktober 2026 pukul 22.00 s.d. Minggu, 11 Oktober 2026 pukul 02.00 WIB karena pembaruan server. Please save your work before 22.00.

Publish tonight at 20.00 WIB please, thanks!

Fajar
UPT TIK Polibatam

On 2026-10-08 09:14, Gudang Lab <lab.jaringan@polibatam.ac.id> wrote:
> Laptop nomor 7 dan 12 sudah kembali ke lemari, terima kasih.
""", cte="8bit"),
    {"type": "announcement", "lang": "mixed",
     "fields": {"title": "Pemeliharaan Server E-Learning Sabtu Malam", "scope": "site",
                "publish_at": "2026-10-09T20:00:00+07:00"},
     "note": "Announcement asked in a reply on an unrelated inventory thread; 'tonight at 20.00' is the Friday of the Date header; the Saturday 22.00-02.00 window is the event."})

# 027 ---------------------------------------------------------------
add("zimbra-language-centre-date-only-publish",
    H("Pusat Bahasa Polibatam <pusatbahasa@polibatam.ac.id>", HD, "Mohon tayang pengumuman tes TOEIC",
      D(2026, 9, 28, 11, 18, 36), ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC128 (Win)/9.0.0_GA_4546)")),
    ALT(T("""Selamat siang Tim P4M,

Mohon bantuan untuk menayangkan pengumuman berikut di e-learning untuk seluruh mahasiswa tingkat akhir:

Jadwal Tes TOEIC Prediction Gelombang 2

Tes TOEIC Prediction gelombang 2 dilaksanakan pada Sabtu, 17 Oktober 2026 pukul 08.00-11.00 WIB di Gedung Utama lantai 7. Pendaftaran melalui formulir di laman Pusat Bahasa paling lambat Rabu, 14 Oktober 2026. Kuota 120 peserta.

Pengumuman mohon ditayangkan tanggal 2 Oktober.

Terima kasih,
Pusat Bahasa Politeknik Negeri Batam
"""), T("""<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 10pt; color: #000000">
<div>Selamat siang Tim P4M,</div><div><br></div>
<div>Mohon bantuan untuk menayangkan pengumuman berikut di e-learning untuk seluruh mahasiswa tingkat akhir:</div><div><br></div>
<div><strong>Jadwal Tes TOEIC Prediction Gelombang 2</strong></div><div><br></div>
<div>Tes TOEIC Prediction gelombang 2 dilaksanakan pada Sabtu, 17 Oktober 2026 pukul 08.00-11.00 WIB di Gedung Utama lantai 7. Pendaftaran melalui formulir di laman Pusat Bahasa paling lambat Rabu, 14 Oktober 2026. Kuota 120 peserta.</div><div><br></div>
<div>Pengumuman mohon ditayangkan tanggal 2 Oktober.</div><div><br></div>
<div>Terima kasih,<br>Pusat Bahasa Politeknik Negeri Batam</div></div></body></html>
""", "html")),
    {"type": "announcement", "lang": "id",
     "fields": {"title": "Jadwal Tes TOEIC Prediction Gelombang 2", "scope": "site"},
     "note": "Publish date only (2 October, no clock time), so no publish_at; 08.00-11.00 is the test time. Audience final-year students, labelled site."})

# 028 ---------------------------------------------------------------
add("gmail-postdoc-webinar-utc-asap",
    H("Lina Marlina <lina.marlina@polibatam.ac.id>", HD, "Announcement request: research writing webinar",
      D(2026, 10, 27, 10, 45, 12, "+0100")),
    GMAIL("""Dear colleagues at P4M,

I am currently on a postdoctoral stay in Eindhoven, so please forgive the odd hours of my mails. Could you post this on the e-learning front page for all lecturers as soon as possible?

Title: Webinar - Writing for Scopus-Indexed Journals

Text: P4M and the Research Office invite all lecturers to an online webinar on writing and submitting to Scopus-indexed journals, on Tuesday 3 November 2026 at 14:00 UTC (21:00 WIB). Speaker: Dr. Lina Marlina. Registration closes on 1 November. The Zoom link will be sent to registered participants.

Many thanks,
Lina

--
Dr. Lina Marlina, S.T., M.Sc.
Politeknik Negeri Batam / TU Eindhoven (visiting)
"""),
    {"type": "announcement", "lang": "en",
     "fields": {"title": "Webinar - Writing for Scopus-Indexed Journals", "scope": "site"},
     "note": "As soon as possible, so no publish_at; 14:00 UTC (21:00 WIB) is the webinar time; sender in +01:00."})

# 029 ---------------------------------------------------------------
add("apple-mail-lisbon-publish-utc-mixed",
    H("Agus Salim <agus.salim@polibatam.ac.id>", HDTO, "Pengumuman kuliah pengganti Jaringan Komputer",
      D(2026, 9, 12, 18, 20, 47, "+0100"), ("X-Mailer", "Apple Mail (2.3774.600.62)")),
    T("""Dear Helpdesk P4M,

Saya sedang di Lisbon untuk konferensi sampai tanggal 18, jadi mohon bantu pasang pengumuman di course Jaringan Komputer (TI-2305), class TI-2A and TI-2B.

Judul: Kuliah Pengganti Jaringan Komputer Minggu ke-3

Isi: Kuliah minggu ke-3 diganti dengan tugas mandiri: kerjakan Lab 3 (subnetting) di Packet Tracer dan unggah ke e-learning paling lambat Jumat, 18 September 2026 pukul 23.59 WIB. Kuliah tatap muka kembali normal minggu ke-4.

Please publish it at 02.00 UTC on 14 September. (Saya sudah hitung, itu sama dengan jam 9 pagi WIB, pas sebelum jam kuliah.)

Obrigado,
Agus

Sent from my iPad
""", cte="quoted-printable"),
    {"type": "announcement", "lang": "mixed",
     "fields": {"course_code": "TI-2305", "course_name": "Jaringan Komputer",
                "title": "Kuliah Pengganti Jaringan Komputer Minggu ke-3", "scope": "course",
                "publish_at": "2026-09-14T09:00:00+07:00"},
     "note": "Publish time given in UTC (02.00 UTC = 09:00 WIB, the sender also converts); the 18 Sep 23.59 is the assignment deadline."})

# 030 ---------------------------------------------------------------
_p = """Siang Helpdesk,

Mohon pasang pengumuman di course Akuntansi Biaya kode AKM2104, untuk kelas AK-2A dan AK-2B.

Judul: Kunjungan Industri ke PT Batam Precision
Isi: Kunjungan industri dilaksanakan Selasa, 13 Oktober 2026. Bus berangkat dari lobi Gedung Utama pukul 07.30 WIB. Mahasiswa wajib memakai almamater dan membawa KTM. Absensi diambil di bus.

Tayangkan Kamis depan jam 13.00 ya.

Makasih,
Bu Wulan

Get Outlook for iOS
"""
add("outlook-ios-next-thursday-announcement",
    H("Wulan Sari Dewi <wulan.sd@polibatam.ac.id>", HD, "Pengumuman kunjungan industri Akuntansi Biaya",
      D(2026, 10, 2, 12, 5, 33)),
    ALT(T(_p), T('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">'
                 + "".join("<div>%s</div>" % (_x(l) if l else "<br>") for l in _p.split("Get Outlook")[0].rstrip("\n").split("\n"))
                 + '</div><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></body></html>\n', "html")),
    {"type": "announcement", "lang": "id",
     "fields": {"course_code": "AKM2104", "course_name": "Akuntansi Biaya",
                "title": "Kunjungan Industri ke PT Batam Precision", "scope": "course",
                "publish_at": "2026-10-08T13:00:00+07:00"},
     "note": "'Kamis depan jam 13.00' counted from the Friday 2 Oct Date header (Thursday 8 Oct); the 13 Oct 07.30 is the visit."})

# 031 ---------------------------------------------------------------
_p = """Selamat pagi P4M,

Mohon bantuan pengumuman untuk course Kewirausahaan Digital (BIS-2110):

Judul: Pitching Day Kewirausahaan Digital
Isi: Pitching Day dilaksanakan Rabu, 14 Oktober 2026 pukul 13.00-16.00 WIB di Aula Gedung Utama. Setiap kelompok menyiapkan pitch deck maksimal 10 slide dan mengunggahnya paling lambat Selasa, 13 Oktober 2026 pukul 20.00.

Tayang: Jumat, 9 Oktober 2026 pukul 10.00 WIB

Eh, koreksi untuk baris terakhir, jamnya salah ketik:
Tayang: Jumat, 9 Oktober 2026 pukul 15.00 WIB
(jam 10 pagi saya masih mengajar dan mau cek dulu isinya di kelas)

Salam,
Meiliana
"""
add("yahoo-announcement-corrected-publish-line",
    H("Meiliana Tan <meiliana_tan@yahoo.co.id>", HD, "Pengumuman Pitching Day BIS-2110", D(2026, 10, 6, 7, 51, 14),
      ("X-Mailer", "WebService/1.1.22645 YMailNorrin")),
    ALT(T(_p), T('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                 + "".join("<div dir=\"ltr\" data-setdir=\"false\">%s</div>" % (_x(l) if l else "<br>") for l in _p.rstrip("\n").split("\n"))
                 + "</div></body></html>\n", "html")),
    {"type": "announcement", "lang": "id",
     "fields": {"course_code": "BIS-2110", "course_name": "Kewirausahaan Digital",
                "title": "Pitching Day Kewirausahaan Digital", "scope": "course",
                "publish_at": "2026-10-09T15:00:00+07:00"},
     "note": "The publish line is given twice and corrected from 10.00 to 15.00; the 13-14 Oct times are deadline and event."})

# 032 ---------------------------------------------------------------
_p = """Selamat malam Helpdesk P4M,

Mohon dibantu pengumuman di course LOG2205 - Manajemen Pergudangan (kelas LOG-2A).

Judul: Perubahan Ruang dan Jam UTS Manajemen Pergudangan

Isi pengumuman:
Jadwal UTS Manajemen Pergudangan berubah sebagai berikut.

              Semula                         Menjadi
Hari/tanggal  Rabu, 28 Oktober 2026          Kamis, 29 Oktober 2026
Jam           08.00-09.40 WIB                13.00-14.40 WIB
Ruang         GU 805                         TA 11.3 (Lab Logistik)

Mohon ditayangkan besok pukul 06.30 supaya mahasiswa sempat baca sebelum kelas pagi.

Terima kasih,
Hendro Wijaya, S.E., M.M.
"""
_h = mso(["Selamat malam Helpdesk P4M,", "",
          "Mohon dibantu pengumuman di course LOG2205 - Manajemen Pergudangan (kelas LOG-2A).", "",
          '<p class="MsoNormal"><b>Judul: Perubahan Ruang dan Jam UTS Manajemen Pergudangan</b><o:p></o:p></p>', "",
          "Isi pengumuman:", "Jadwal UTS Manajemen Pergudangan berubah sebagai berikut.",
          '<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">'
          '<tr><td><p class="MsoNormal"><o:p>&nbsp;</o:p></p></td><td><p class="MsoNormal"><b>Semula</b></p></td><td><p class="MsoNormal"><b>Menjadi</b></p></td></tr>'
          '<tr><td><p class="MsoNormal">Hari/tanggal</p></td><td><p class="MsoNormal">Rabu, 28 Oktober 2026</p></td><td><p class="MsoNormal">Kamis, 29 Oktober 2026</p></td></tr>'
          '<tr><td><p class="MsoNormal">Jam</p></td><td><p class="MsoNormal">08.00-09.40 WIB</p></td><td><p class="MsoNormal">13.00-14.40 WIB</p></td></tr>'
          '<tr><td><p class="MsoNormal">Ruang</p></td><td><p class="MsoNormal">GU 805</p></td><td><p class="MsoNormal">TA 11.3 (Lab Logistik)</p></td></tr></table>',
          "", "Mohon ditayangkan besok pukul 06.30 supaya mahasiswa sempat baca sebelum kelas pagi.", "",
          "Terima kasih,", "Hendro Wijaya, S.E., M.M."])
add("outlook-html-schedule-before-after-besok",
    H("Hendro Wijaya <hendro.wijaya@polibatam.ac.id>", HDTO, "Pengumuman perubahan UTS Manajemen Pergudangan",
      D(2026, 10, 25, 19, 40, 22), ("Thread-Index", "AdtKq1Ws8mZpP9tRR0uZ3Q=="), ("Content-Language", "id-ID")),
    OUTLOOK(_p, _h),
    {"type": "announcement", "lang": "id",
     "fields": {"course_code": "LOG2205", "course_name": "Manajemen Pergudangan",
                "title": "Perubahan Ruang dan Jam UTS Manajemen Pergudangan", "scope": "course",
                "publish_at": "2026-10-26T06:30:00+07:00"},
     "note": "Exam schedule as a before/after table; publish 'besok pukul 06.30' from the Sunday 25 Oct Date header."})

# 033 ---------------------------------------------------------------
add("gmail-california-pacific-time-publish",
    H("Rizky Amelia <rizky.amelia@polibatam.ac.id>", HD, "Announcement for Bahasa Inggris Teknik (week 9)",
      D(2026, 10, 24, 9, 12, 5, "-0700")),
    GMAIL("""Hi Helpdesk P4M,

Saya lagi di San Jose untuk short course sampai akhir bulan, jadi minggu depan kelas saya jadi asinkron. Could you please post this in ENG-1101 Bahasa Inggris Teknik (all classes)?

Title: Online Class Week 9 Moved to Asynchronous

Text: Dear students, in week 9 there is no Zoom meeting. Please watch the recorded lecture on technical report writing and submit Worksheet 9 on the e-learning by Friday, 30 October 2026, 23:59 WIB. Kelas tatap muka kembali normal di week 10.

Please publish it on Sunday Oct 25, 5 PM Pacific time. Kalau saya hitung itu Senin pagi di Batam, pas.

Thank you!
Rizky
"""),
    {"type": "announcement", "lang": "mixed",
     "fields": {"course_code": "ENG-1101", "course_name": "Bahasa Inggris Teknik",
                "title": "Online Class Week 9 Moved to Asynchronous", "scope": "course",
                "publish_at": "2026-10-26T07:00:00+07:00"},
     "note": "Publish time in Pacific time (Sunday 25 Oct 17:00 PDT = Monday 26 Oct 07:00 WIB); sender in -07:00; the Friday 23:59 is the worksheet deadline."})

# 034 ---------------------------------------------------------------
add("international-office-scholarship-today-jst-deadline",
    H("Kantor Urusan Internasional <international@polibatam.ac.id>", HDTO,
      "Mohon penayangan info beasiswa MEXT (hari ini)", D(2026, 11, 16, 10, 5, 50)),
    GMAIL("""Yth. Tim Helpdesk P4M,

Mohon bantuan penayangan informasi beasiswa berikut di halaman depan e-learning untuk seluruh mahasiswa dan alumni baru.

Beasiswa MEXT Research Student 2027

Kedutaan Besar Jepang membuka pendaftaran Beasiswa MEXT Research Student 2027 untuk lulusan D4/sarjana terapan. Berkas dikirim secara daring paling lambat 15 Desember 2026 pukul 17.00 JST (15.00 WIB). Sesi tanya jawab daring bersama alumni MEXT diadakan Kamis, 26 November 2026 pukul 19.00 WIB.

Kalau memungkinkan mohon ditayangkan hari ini pukul 16.00, bersamaan dengan unggahan di Instagram kampus.

Terima kasih atas kerja samanya.

Salam,
Kantor Urusan Internasional
Politeknik Negeri Batam
"""),
    {"type": "announcement", "lang": "id",
     "fields": {"title": "Beasiswa MEXT Research Student 2027", "scope": "site",
                "publish_at": "2026-11-16T16:00:00+07:00"},
     "note": "Publish 'hari ini pukul 16.00' from the Date header; the JST deadline and the 26 Nov session are event times."})

# 035 ---------------------------------------------------------------
add("docx-announcement-title-in-attachment",
    H("Sekretariat Wadir I <wadir1@polibatam.ac.id>", HDTO, "Bahan pengumuman EDOM", D(2026, 11, 12, 9, 30, 0)),
    MIX(GMAIL("""Selamat pagi Tim P4M,

Terlampir naskah pengumuman dari Wakil Direktur Bidang Akademik untuk ditayangkan di halaman depan e-learning (seluruh mahasiswa). Mohon ditayangkan Senin, 16 November 2026 pukul 07.30.

Terima kasih,
Sekretariat Wadir I
"""), DOCX("Naskah_Pengumuman_EDOM.docx", [
        "PENGUMUMAN",
        "Pelaksanaan Evaluasi Dosen oleh Mahasiswa (EDOM) Semester Ganjil 2026/2027",
        "Diberitahukan kepada seluruh mahasiswa bahwa pengisian EDOM dibuka mulai 16 November 2026 sampai dengan 28 November 2026 melalui SIAKAD.",
        "Pengisian EDOM merupakan syarat untuk dapat melihat nilai akhir semester.",
        "Wakil Direktur Bidang Akademik"])),
    {"type": "announcement", "lang": "id",
     "fields": {"title": "Pelaksanaan Evaluasi Dosen oleh Mahasiswa (EDOM) Semester Ganjil 2026/2027", "scope": "site",
                "publish_at": "2026-11-16T07:30:00+07:00"},
     "note": "Title and text only in the attached DOCX; the publish time is in the body; 16-28 Nov is the EDOM window."})

# 036 ---------------------------------------------------------------
add("gmail-android-sent-from-galaxy-short-notice",
    H("Teguh Santoso <teguh.santoso@polibatam.ac.id>", HD, "umumkan di kelas fisika", D(2026, 11, 4, 21, 3, 11)),
    GMAIL("""Malam, tolong umumkan di kelas Fisika Terapan (FIS1101) besok siang jam 12:

"Praktikum Fisika Ditiadakan"
Praktikum Fisika hari Jumat 6 November ditiadakan karena lab dipakai untuk akreditasi. Praktikum pengganti menyusul.

Trims.

Sent from my Galaxy
"""),
    {"type": "announcement", "lang": "id",
     "fields": {"course_code": "FIS1101", "course_name": "Fisika Terapan", "title": "Praktikum Fisika Ditiadakan",
                "scope": "course", "publish_at": "2026-11-05T12:00:00+07:00"},
     "note": "Terse phone mail; title in quotes; 'besok siang jam 12' from the Wednesday 4 Nov Date header; 6 Nov is the cancelled practicum."})

# 037 ---------------------------------------------------------------
add("korean-partner-video-upload-fails",
    H("Seo-yeon Kim <sykim@namhae-poly.ac.kr>", HD, "Problem uploading lecture video to joint course",
      D(2026, 9, 10, 15, 22, 48, "+0900"), ("X-Mailer", "Hiworks Mail")),
    T("""Dear P4M Helpdesk,

I am sorry to trouble you again. Our professor tried to upload a lecture video (MP4, 412 MB, 38 minutes) to the joint course Smart Factory Practice, but the upload stops and the message "The file is too large. The maximum size is 100 MB" appears.

We tried three times with Chrome and Edge. Is there a way to increase the limit for this course, or can you recommend another way to share the video with the Batam students?

We would be happy if you could answer before next Tuesday, because the lecture is on that day.

Best regards,
Seo-yeon Kim
Joint Program Coordinator, Namhae Polytechnic University
""", cte="base64"),
    {"type": "elearning_support", "lang": "en", "fields": {},
     "note": "Korean partner reports an upload size limit in the joint course."})

# 038 ---------------------------------------------------------------
add("internal-fwd-student-locked-out-note-on-top",
    H("Dimas Arya <dimas.arya@polibatam.ac.id>", HDTO, "Fwd: akun e-learning terkunci", D(2026, 10, 12, 13, 40, 2)),
    GMAIL("""Mbak Sari / tim, mahasiswa ini kirim ke email P4M lama (yang sudah tidak dipakai), saya teruskan ke sini. Akunnya terkunci setelah salah password berkali-kali. NIM-nya ada di bawah. Tolong dibuka kuncinya ya, saya lagi di luar kantor sampai sore.

Dimas

---------- Forwarded message ---------
From: Putri Anggraini <4332201017@students.polibatam.ac.id>
Date: Mon, Oct 12, 2026 at 11:05 AM
Subject: akun e-learning terkunci
To: <p4m.polibatam@gmail.com>

Selamat siang, saya Putri Anggraini NIM 4332201017 prodi Teknik Elektronika. Akun e-learning saya terkunci, muncul tulisan "Your account has been locked" setelah saya salah memasukkan password 5 kali. Padahal siang ini ada kuis Elektronika Daya jam 14.00. Mohon bantuannya.

Terima kasih.
"""),
    {"type": "elearning_support", "lang": "id", "fields": {},
     "note": "Helpdesk colleague forwards a student's locked-account mail internally with a note on top."})

# 039 ---------------------------------------------------------------
add("reply-chain-subject-quiz-times-japan",
    H("Eko Prasetyo <eko.prasetyo@polibatam.ac.id>", "Panitia LPM <lpm@polibatam.ac.id>", "Re: Re: Fwd: Konsumsi rapat LPM",
      D(2026, 10, 19, 16, 2, 39), ("Cc", HDTO), ("In-Reply-To", "<konsumsi.lpm.2@polibatam.ac.id>"),
      ("User-Agent", "Roundcube Webmail/1.6.7")),
    T("""Untuk konsumsi saya ikut saja.

Helpdesk P4M (sekalian saya cc karena mendesak): mahasiswa pertukaran dari Setouchi yang ikut kuis di course Industrial Automation Seminar bilang jam buka kuisnya tampil 2 jam lebih lambat dari yang saya atur. Saya set kuis buka 13.00 WIB, tapi di layar mereka tertulis 15.00 dan tombol mulai baru muncul jam 15.00 waktu Jepang. Jadi mereka terlambat. Apakah ini karena pengaturan zona waktu di profil mereka? Mohon dicek, kuis berikutnya hari Kamis.

Eko

On 2026-10-19 14:10, Panitia LPM wrote:
> Bapak/Ibu, mohon konfirmasi pilihan konsumsi rapat LPM hari Rabu
> (nasi kotak / snack) paling lambat sore ini.
""", cte="8bit"),
    {"type": "elearning_support", "lang": "id", "fields": {},
     "note": "Quiz time-zone problem for partner students, written in a reply on an unrelated catering thread."})

# 040 ---------------------------------------------------------------
add("gmail-plagiarism-similarity-not-appearing",
    H("Siti Rahmawati <siti.rahmawati@polibatam.ac.id>", HD, "Similarity report tidak keluar di tugas TA",
      D(2026, 11, 10, 10, 14, 27)),
    GMAIL("""Selamat pagi,

Di course Metodologi Penelitian (kelas TRPL-4A) saya membuat tugas "Draft Proposal TA" dengan cek plagiasi diaktifkan. Sudah 31 mahasiswa mengunggah sejak hari Jumat, tapi kolom similarity masih kosong semua, hanya ada ikon jam pasir. Di tugas lain minggu lalu normal.

Apakah ada gangguan di sistem pengecek plagiasinya atau pengaturan tugas saya yang salah? Hasil similarity ini saya perlukan untuk seminar proposal minggu depan.

Terima kasih,
Siti Rahmawati, M.Kom.
"""),
    {"type": "elearning_support", "lang": "id", "fields": {},
     "note": "Plagiarism-check similarity reports stuck pending in an assignment; course named but nothing to change."})

# 041 ---------------------------------------------------------------
_p = """Permisi kak, saya Fadli mahasiswa Teknik Informatika NIM 3312301045. Saya sudah klik lupa password di e-learning dari kemarin malam, tapi email untuk reset tidak pernah masuk ke email student saya, sudah cek spam juga. Sekarang saya tidak bisa login sama sekali padahal ada tugas yang harus dikumpulkan besok. Mohon bantuannya kak 🙏

Get Outlook for iOS
"""
add("outlook-ios-student-reset-mail-missing",
    H("Fadli Ramadhan <3312301045@students.polibatam.ac.id>", HD, "lupa password e-learning", D(2026, 11, 3, 6, 48, 1)),
    ALT(T(_p), T('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">'
                 + _x(_p.split("\n\nGet Outlook")[0])
                 + '</div><div dir="ltr"><br></div><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></body></html>\n', "html")),
    {"type": "elearning_support", "lang": "id", "fields": {},
     "note": "Student on Outlook for iOS: password reset mail never arrives."})

# 042 ---------------------------------------------------------------
add("thunderbird-gradebook-export-garbled-en",
    H("Bonar Sitompul <bonar.sitompul@polibatam.ac.id>", HD, "Gradebook export shows strange characters",
      D(2026, 11, 19, 22, 17, 3), ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.1")),
    T("""Good evening,

When I export the grades of my course Elektronika Daya (EL-3104) to Excel, \r
all the student names with an apostrophe or accent (for example Ni Kadek \r
Dwi A'yun, Muhammad Hafiz Zulkarnaen's group) come out as "?" or "Ã©" \r
characters, and some columns shift one to the right. The CSV option has \r
the same problem. I need a clean export to upload the final marks to \r
SIAKAD before 27 November.

Is there a setting I should change, or is it a bug on the server?

Regards,
Bonar Sitompul
Teknik Elektronika
""".replace(" \r\n", " \n"), cte="quoted-printable", flowed=True),
    {"type": "elearning_support", "lang": "en", "fields": {},
     "note": "Gradebook export encoding problem written in English by an Indonesian lecturer (Thunderbird format=flowed)."})

# 043 ---------------------------------------------------------------
add("gmail-bbb-recordings-disappeared",
    H("Ratna Juwita <ratna.juwita@polibatam.ac.id>", HD, "Rekaman kelas virtual hilang", D(2026, 10, 28, 15, 9, 30)),
    GMAIL("""Sore Helpdesk,

Di course Komunikasi Bisnis saya selalu mengajar lewat ruang kelas virtual (BigBlueButton) yang ada di dalam course, dan rekamannya biasanya muncul di bawah tombol "Join session". Rekaman pertemuan 1 sampai 6 masih ada, tapi pertemuan 7 dan 8 (tanggal 21 dan 28 Oktober) tidak muncul sama sekali, padahal tombol rekam sudah saya tekan dan ada tanda merah selama kelas.

Mahasiswa yang izin sakit perlu rekaman itu. Apakah masih bisa dipulihkan?

Terima kasih,
Ratna Juwita
"""),
    {"type": "elearning_support", "lang": "id", "fields": {},
     "note": "Video-meeting (BigBlueButton) recordings missing inside a course."})

# 044 ---------------------------------------------------------------
add("gmail-lab-assistant-merged-class-not-enrolled",
    H(WAHYU, HDTO, "Re: Mohon update data MK Bu Rina (Lab Las)", D(2026, 9, 1, 8, 20, 15),
      ("In-Reply-To", "<tiket-2026-0825-113@polibatam.ac.id>")),
    GMAIL("""Pagi Helpdesk,

Terima kasih, nama singkat dan kelas di course Bu Rina sudah berubah. Tapi ada masalah lanjutan: mahasiswa eks kelas TPF-3B (9 orang) tetap tidak bisa melihat course Inspeksi dan Pengujian Las di dashboard mereka. Yang kelas 3A normal. Sepertinya mahasiswa 3B belum ikut terdaftar setelah digabung.

Daftar NIM 3B saya lampirkan kalau diperlukan, tinggal dibalas saja.

Terima kasih,
Wahyu (PLP Lab Las)

On Tue, Aug 25, 2026 at 3:40 PM Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> Yth. Bapak Wahyu,
> Permintaan Anda sudah kami terima dan akan segera diproses.
> Salam, Helpdesk P4M
"""),
    {"type": "elearning_support", "lang": "id", "fields": {},
     "note": "Reply in an earlier change thread: the change was done, now students of the merged class are not enrolled (support, not a change)."})

# 045 ---------------------------------------------------------------
add("gmail-calendar-export-wrong-hour-mixed",
    H("Kevin Halim <kevin.halim@polibatam.ac.id>", HD, "Calendar export dari e-learning selisih 1 jam",
      D(2026, 11, 23, 11, 2, 44)),
    GMAIL("""Halo Helpdesk,

Saya subscribe calendar e-learning ke Google Calendar (pakai link export calendar dari menu Calendar > Import or export calendars). Semua deadline tugas muncul, but every event is shifted by exactly one hour earlier. Contoh: deadline tugas jam 23.59 muncul jam 22.59 di Google Calendar. Time zone di profil e-learning saya sudah Asia/Jakarta dan di Google Calendar juga GMT+07:00.

Is this a server setting issue? Beberapa mahasiswa juga complain hal yang sama.

Thanks,
Kevin
"""),
    {"type": "elearning_support", "lang": "mixed", "fields": {},
     "note": "Calendar export shows deadlines one hour early; the times are examples, not publish times."})

# 046 ---------------------------------------------------------------
add("gmail-lab-assistant-docx-form-key-and-class",
    H(WAHYU, HDTO, "Form perubahan data MK - Pak Hendra (GTAW)", D(2026, 9, 4, 10, 55, 31)),
    MIX(GMAIL("""Siang Helpdesk,

Terlampir form perubahan data MK dari Pak Hendra, sudah beliau tandatangani. Mohon diproses.

Terima kasih,
Wahyu (PLP Lab Las)
"""), DOCX("Form_Perubahan_MK_TPF2204.docx", [
        "FORMULIR PERMOHONAN PERUBAHAN DATA MATA KULIAH E-LEARNING",
        "P4M Politeknik Negeri Batam",
        (("Kode MK", "TPF 2204"),
         ("Nama MK", "Teknik Pengelasan GTAW"),
         ("Dosen", "Hendra Siregar, S.T., M.T."),
         ("Data yang diubah", "Nilai baru"),
         ("Enrolment key", "GTAW#2026-tpf"),
         ("Kelas", "TPF-2A Pagi")),
        "Alasan: enrolment key lama tersebar ke angkatan lain; kelas sore ditutup.",
        "Batam, 3 September 2026",
        "Pemohon, Hendra Siregar"])),
    {"type": "course_data", "lang": "id",
     "fields": {"course_code": "TPF 2204", "course_name": "Teknik Pengelasan GTAW",
                "changes": {"enrolment_key": "GTAW#2026-tpf", "class": "TPF-2A Pagi"}},
     "note": "Request only in an attached DOCX form (table) sent by the lab assistant; two changes."})

# 047 ---------------------------------------------------------------
add("gmail-new-lecturer-breadcrumb-nickname",
    H("Nadia Putri Ramadhani <nadia.putri@polibatam.ac.id>", HDTO, "the abbreviated course name thing",
      D(2026, 9, 15, 8, 33, 20)),
    GMAIL("""Hi again Helpdesk,

Another newbie question-slash-request. Di bagian atas halaman course (the little path, Home > My courses > ...) my course Nirmana (ANM1102) shows up as "NIR-OLD-2023". Rekan saya bilang itu semacam "nama pendek" course-nya. It looks confusing for students.

Could you change that short thing to: NIRMANA-ANM1102

Makasih a lot,
Nadia
"""),
    {"type": "course_data", "lang": "mixed",
     "fields": {"course_code": "ANM1102", "course_name": "Nirmana", "changes": {"shortname": "NIRMANA-ANM1102"}},
     "note": "New lecturer describes the short name as the abbreviated name in the breadcrumb; old short name also given."})

# 048 ---------------------------------------------------------------
_p = """Selamat pagi Helpdesk P4M,

Untuk MK Robotika Industri (kode MKT3109) ada dua hal:

1. Dosen pengampu: Pak Arif Rahman mulai pekan depan cuti studi ke Taiwan, jadi dosennya diganti. Nama dosen penggantinya belum diputuskan rapat prodi, nanti saya kabari lagi.
2. Kelas: mohon diubah menjadi MKT-5A Malam, karena MK ini dipindah ke kelas karyawan.

Yang nomor 2 bisa langsung dikerjakan, yang nomor 1 tunggu email saya berikutnya.

Terima kasih,
Dr. Susanti Hasibuan
Kaprodi Teknik Mekatronika

Get Outlook for iOS
"""
add("outlook-ios-kaprodi-one-value-missing",
    H("Susanti Hasibuan <susanti.h@polibatam.ac.id>", HD, "Perubahan MK Robotika Industri", D(2026, 8, 21, 7, 15, 9)),
    ALT(T(_p), T('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">'
                 + "".join("<div>%s</div>" % (_x(l) if l else "<br>") for l in _p.split("Get Outlook")[0].rstrip("\n").split("\n"))
                 + '</div><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></body></html>\n', "html")),
    {"type": "course_data", "lang": "id",
     "fields": {"course_code": "MKT3109", "course_name": "Robotika Industri", "changes": {"class": "MKT-5A Malam"}},
     "note": "Two changes: the class has a new value; the lecturer change has no new name yet, so it is left out of changes."})

# 049 ---------------------------------------------------------------
add("pdf-memo-kaprodi-rename-and-shortname",
    H("Prodi Teknik Mekatronika <mekatronika@polibatam.ac.id>", HDTO, "Memo perubahan nama MK", D(2026, 8, 19, 14, 0, 12)),
    MIX(T("""Dengan hormat,
bersama ini kami kirimkan memo terlampir. Atas perhatiannya kami ucapkan terima kasih.

Admin Prodi Teknik Mekatronika
""", cte="7bit"), PDF("Memo_045_TMK_2026.pdf", [
        "PROGRAM STUDI TEKNIK MEKATRONIKA",
        "POLITEKNIK NEGERI BATAM",
        "",
        "MEMO  No. 045/PL29.TMK/2026",
        "Kepada : Helpdesk P4M",
        "Perihal: Perubahan nama mata kuliah di e-learning",
        "",
        "Sehubungan dengan penerapan kurikulum 2026, mohon dilakukan perubahan",
        "pada course e-learning berikut:",
        "",
        "Kode MK          : MKT2106",
        "Nama MK saat ini : Mikrokontroler",
        "Nama MK baru     : Sistem Mikrokontroler dan IoT",
        "Nama singkat baru: SMIOT-MKT2106",
        "",
        "Demikian, atas kerja samanya kami ucapkan terima kasih.",
        "Batam, 19 Agustus 2026",
        "Kaprodi Teknik Mekatronika,",
        "Dr. Susanti Hasibuan"])),
    {"type": "course_data", "lang": "id",
     "fields": {"course_code": "MKT2106", "course_name": "Mikrokontroler",
                "changes": {"fullname": "Sistem Mikrokontroler dan IoT", "shortname": "SMIOT-MKT2106"}},
     "note": "Request only in an attached PDF memo; rename plus new short name."})

# 050 ---------------------------------------------------------------
add("apple-iphone-ralat-above-quoted-original",
    H("Desi Ratnasari <desi.ratnasari@polibatam.ac.id>", HDTO, "Re: Ganti nama MK Desain Web", D(2026, 9, 22, 17, 46, 8),
      ("In-Reply-To", "<5E1C2A90-77D1-4C1B-9C7E-2A1F0D9B3E11@polibatam.ac.id>"),
      ("X-Mailer", "iPhone Mail (22A3354)")),
    T("""Ralat ya, nama barunya bukan "Desain Web Responsif" tapi "Desain dan Pemrograman Web Responsif". Maaf tadi kurang lengkap.

Dikirim dari iPhone saya

> Pada 22 Sep 2026, pukul 16.58, Desi Ratnasari <desi.ratnasari@polibatam.ac.id> menulis:
>
> Sore Helpdesk, tolong nama MK Desain Web (IF-1105) di e-learning diganti jadi Desain Web Responsif. Terima kasih.
>
> Desi
""", cte="quoted-printable"),
    {"type": "course_data", "lang": "id",
     "fields": {"course_code": "IF-1105", "course_name": "Desain Web",
                "changes": {"fullname": "Desain dan Pemrograman Web Responsif"}},
     "note": "Top-posted correction of the new name above the sender's own quoted request; the course is only in the quoted part; the corrected name wins."})

# 051 ---------------------------------------------------------------
add("korean-visiting-lecturer-name-capitalisation",
    H("Min-jae Lee <minjae.lee@polibatam.ac.id>", HD, "Course title correction request", D(2026, 8, 31, 13, 50, 41)),
    GMAIL("""Dear Helpdesk,

I am Min-jae Lee, visiting lecturer from Korea in Teknik Elektronika this semester. Thank you for making my account quickly.

My course EL4201 is displayed as "embedded systems design" with small letters. For the joint class with my home university, I would like the course title to be:

Embedded Systems Design (Korea-Indonesia Joint Class)

Please correct it when you have time. I appreciate your help.

Sincerely,
Min-jae Lee, Ph.D.
Visiting Lecturer, Teknik Elektronika
"""),
    {"type": "course_data", "lang": "en",
     "fields": {"course_code": "EL4201", "course_name": "embedded systems design",
                "changes": {"fullname": "Embedded Systems Design (Korea-Indonesia Joint Class)"}},
     "note": "Korean visiting lecturer; the current name is quoted in lower case and labelled as written."})

# 052 ---------------------------------------------------------------
add("plain-ascii-before-after-lecturer-class-en",
    H("Yohanes Setiawan <yohanes.setiawan@polibatam.ac.id>", HD, "Update for course Sensor and Actuator",
      D(2026, 8, 26, 20, 4, 57), ("User-Agent", "Mutt/2.2.12 (2023-09-09)")),
    T("""Dear P4M helpdesk team,

Please update the data of my course in the e-learning as follows.

Course : Sensor and Actuator  (code EL 2208)

  field      | before                    | after
  -----------+---------------------------+-------------------------------
  lecturer   | Drs. Paulus Tarigan, M.T. | Yohanes Setiawan, S.T., M.Sc.
  class      | EL-2C                     | EL-2C Sore

Pak Paulus retired in July, I take over the course from this semester.

Thank you and best regards,
Yohanes Setiawan
""", cte="7bit"),
    {"type": "course_data", "lang": "en",
     "fields": {"course_code": "EL 2208", "course_name": "Sensor and Actuator",
                "changes": {"lecturer": "Yohanes Setiawan, S.T., M.Sc.", "class": "EL-2C Sore"}},
     "note": "Plain-text ASCII before/after table written in English by an Indonesian lecturer; two changes."})

# 053 ---------------------------------------------------------------
add("gmail-key-with-symbols-code-only-in-subject",
    H("Farhan Aziz <farhan.aziz@polibatam.ac.id>", HD, "RBT3102 - ganti enrolment key", D(2026, 9, 24, 22, 41, 19)),
    GMAIL("""Malam Helpdesk,

Enrolment key course saya yang sekarang sudah kesebar di grup angkatan lain (bahkan ada mahasiswa semester 1 yang ikut masuk 😅). Please change it to:

Rob0tik@B4tam#2026

Case sensitive ya, huruf B besar. Setelah diganti saya bagikan sendiri ke kelas saya. Thanks!

Farhan
"""),
    {"type": "course_data", "lang": "mixed",
     "fields": {"course_code": "RBT3102", "changes": {"enrolment_key": "Rob0tik@B4tam#2026"}},
     "note": "Course given only by its code in the subject; new enrolment key with symbols; no course name."})

# 054 ---------------------------------------------------------------
add("gmail-lab-assistant-english-summary-mixed",
    H(WAHYU, HDTO, "Deskripsi course Bu Rina (kelas internasional)", D(2026, 10, 5, 9, 12, 7)),
    GMAIL("""Pagi Helpdesk,

Titipan Bu Rina lagi. Course Inspeksi dan Pengujian Las (TPF-3205) semester ini juga diikuti 4 mahasiswa pertukaran, jadi Bu Rina minta deskripsi/summary course diganti dengan versi bahasa Inggris berikut (copy persis saja):

This course introduces visual, penetrant, magnetic particle and ultrasonic testing of welded joints. Students practise inspection procedures and write acceptance reports according to AWS D1.1.

Yang lama (bahasa Indonesia) dihapus saja, nanti Bu Rina taruh di materi minggu pertama.

Terima kasih,
Wahyu
"""),
    {"type": "course_data", "lang": "mixed",
     "fields": {"course_code": "TPF-3205", "course_name": "Inspeksi dan Pengujian Las",
                "changes": {"summary": "This course introduces visual, penetrant, magnetic particle and ultrasonic testing of welded joints. Students practise inspection procedures and write acceptance reports according to AWS D1.1."}},
     "note": "Indonesian mail from the lab assistant with a two-sentence English summary as the new value."})

# 055 ---------------------------------------------------------------
add("zimbra-html-bracket-code-team-lecturers",
    H("Nita Ariani <nita.ariani@polibatam.ac.id>", HD, "Permohonan perubahan dosen pengampu [TRPE.4202]",
      D(2026, 8, 17, 10, 20, 3), ("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4546)")),
    ALT(T("""Yth. Tim Helpdesk P4M,

Mohon perubahan dosen pengampu pada course berikut:

[TRPE.4202] Sistem Proteksi Tenaga Listrik

Dosen pengampu semula: Ir. Syafrudin, M.T.
Dosen pengampu menjadi: Ir. Syafrudin, M.T. & Dr. Nita Ariani, S.T., M.Eng.

MK ini mulai semester ini diajar tim (team teaching) sesuai SK Direktur tentang beban mengajar.

Hormat saya,
Dr. Nita Ariani, S.T., M.Eng.
Prodi Teknologi Rekayasa Pembangkit Energi
"""), T("""<html><body><div style="font-family: times new roman, new york, times, serif; font-size: 12pt; color: #000000">
<div>Yth. Tim Helpdesk P4M,</div><div><br data-mce-bogus="1"></div>
<div>Mohon perubahan dosen pengampu pada course berikut:</div><div><br data-mce-bogus="1"></div>
<div><strong>[TRPE.4202] Sistem Proteksi Tenaga Listrik</strong></div><div><br data-mce-bogus="1"></div>
<div>Dosen pengampu semula: Ir. Syafrudin, M.T.</div>
<div>Dosen pengampu menjadi: <span style="color: #0000ff;">Ir. Syafrudin, M.T. &amp; Dr. Nita Ariani, S.T., M.Eng.</span></div><div><br data-mce-bogus="1"></div>
<div>MK ini mulai semester ini diajar tim (team teaching) sesuai SK Direktur tentang beban mengajar.</div><div><br data-mce-bogus="1"></div>
<div>Hormat saya,<br>Dr. Nita Ariani, S.T., M.Eng.<br>Prodi Teknologi Rekayasa Pembangkit Energi</div></div></body></html>
""", "html")),
    {"type": "course_data", "lang": "id",
     "fields": {"course_code": "TRPE.4202", "course_name": "Sistem Proteksi Tenaga Listrik",
                "changes": {"lecturer": "Ir. Syafrudin, M.T. & Dr. Nita Ariani, S.T., M.Eng."}},
     "note": "Code in brackets before the name, with a dot; semula/menjadi pair; new value is a team of two lecturers."})

# 056 ---------------------------------------------------------------
add("aircraft-lab-assistant-three-lecturers-one-change",
    H("Rudi Hartono <rudi.hartono@polibatam.ac.id>", HDTO, "Cek data MK 3 dosen hangar (TPPU)", D(2026, 8, 14, 9, 5, 52)),
    T("""Selamat pagi Helpdesk P4M,

Saya Rudi, teknisi/PLP Hangar prodi Teknik Perawatan Pesawat Udara. Atas permintaan Kaprodi saya sudah mengecek data e-learning untuk tiga dosen hangar:

- Capt. Bayu Nugraha  : AMT-3.301 Airframe Structure Repair  -> sudah benar
- Ir. Lukas Sembiring : AMT-3.305 Powerplant Maintenance     -> sudah benar
- Dewi Anggraeni, S.T., M.T. : AMT-3.308 Aircraft Electrical System
  semester tertulis "Semester 3", yang betul "Semester 5"

Jadi hanya satu yang perlu diubah, yaitu semester untuk AMT-3.308.

Terima kasih,
Rudi Hartono, A.Md.
PLP Hangar TPPU
""", cte="quoted-printable"),
    {"type": "course_data", "lang": "id",
     "fields": {"course_code": "AMT-3.308", "course_name": "Aircraft Electrical System",
                "changes": {"semester": "Semester 5"}},
     "note": "Lab technician checks three lecturers' courses; only the third needs a semester change, the other two are confirmed correct."})

# 057 ---------------------------------------------------------------
add("japanese-partner-credit-transfer-sop",
    H("Yuko Tanabe <tanabe-y@setouchi-it.ac.jp>", HDTO, "Inquiry: documents on credit transfer and quality assurance",
      D(2026, 8, 6, 14, 8, 26, "+0900"), ("X-Mailer", "Microsoft Outlook 16.0")),
    OUTLOOK("""Dear P4M Helpdesk staff,

I am writing from the International Exchange Division of Setouchi Institute of Technology.

For the renewal of our agreement, our Academic Affairs Committee has asked us to confirm how Politeknik Negeri Batam assures the quality of the joint course. Would it be possible to send us the following documents, in English if available?

1. The standard operating procedure (SOP) for credit transfer / credit recognition
2. The quality manual or quality policy of your institution (summary version is also fine)

We understand that some documents may be only in Indonesian. In that case, the Indonesian version is also welcome.

Thank you very much in advance for your kind cooperation.

Best regards,
Yuko Tanabe (Ms.)
International Exchange Division
Setouchi Institute of Technology
""", mso("""Dear P4M Helpdesk staff,

I am writing from the International Exchange Division of Setouchi Institute of Technology.

For the renewal of our agreement, our Academic Affairs Committee has asked us to confirm how Politeknik Negeri Batam assures the quality of the joint course. Would it be possible to send us the following documents, in English if available?

1. The standard operating procedure (SOP) for credit transfer / credit recognition
2. The quality manual or quality policy of your institution (summary version is also fine)

We understand that some documents may be only in Indonesian. In that case, the Indonesian version is also welcome.

Thank you very much in advance for your kind cooperation.

Best regards,
Yuko Tanabe (Ms.)
International Exchange Division
Setouchi Institute of Technology""".split("\n"))),
    {"type": "document_request", "lang": "en", "fields": {},
     "note": "Japanese partner asks for the credit-transfer SOP and the quality manual."})

# 058 ---------------------------------------------------------------
add("korean-partner-english-syllabus-template",
    H("Ji-hoon Park <jhpark@namhae-poly.ac.kr>", HD, "Syllabus template for joint course (English version)",
      D(2026, 11, 24, 9, 15, 2, "+0900"), ("X-Mailer", "Hiworks Mail")),
    T("""Dear P4M Helpdesk,

Hello. This is Ji-hoon Park from Namhae Polytechnic University.

For the joint course of the next semester, our professors must write the syllabus in the format of Politeknik Negeri Batam. I heard that your format is called "RPS". Could you send us the RPS template in English version (Word file), and if possible one example which is already filled?

Thank you very much. Have a nice day.

Best regards,
Ji-hoon Park
Office of Global Affairs
""", cte="base64"),
    {"type": "document_request", "lang": "en", "fields": {},
     "note": "Korean partner asks for the English RPS (syllabus) template and a filled example."})

# 059 ---------------------------------------------------------------
add("internal-fwd-auditor-asks-complaint-sop",
    H("Sari Wulandari <sari.wulandari@polibatam.ac.id>", HDTO, "Fwd: Permintaan dokumen untuk audit eksternal",
      D(2026, 10, 22, 11, 25, 4)),
    GMAIL("""Tim, tolong dibantu kirim dokumennya dari akun helpdesk ya (biar resmi). Saya cuma terusin, auditornya kirim ke email saya.

Sari

---------- Forwarded message ---------
From: Hartati Lubis <hartati.auditor@lam-teknik.or.id>
Date: Thu, Oct 22, 2026 at 9:02 AM
Subject: Permintaan dokumen untuk audit eksternal
To: Sari Wulandari <sari.wulandari@polibatam.ac.id>

Ibu Sari yang baik,

Sebagai persiapan visitasi tanggal 3 November, mohon kami dapat dikirimi:
- SOP penanganan pengaduan/keluhan layanan e-learning, dan
- formulir rekap pengaduan yang digunakan tahun 2025/2026.

Terima kasih.

Hartati Lubis
Asesor
"""),
    {"type": "document_request", "lang": "id", "fields": {},
     "note": "Helpdesk colleague forwards an external assessor's request for the complaint-handling SOP and recap form."})

# 060 ---------------------------------------------------------------
add("reply-chain-subject-monitoring-instrument-mixed",
    H("Lukman Hakim <lukman.hakim@polibatam.ac.id>", "Tim Akreditasi AKM <akreditasi.akm@polibatam.ac.id>",
      "Re: Re: Fwd: Jadwal foto dosen untuk web prodi", D(2026, 11, 9, 15, 33, 21), ("Cc", HDTO),
      ("In-Reply-To", "<foto.dosen.web.4@polibatam.ac.id>")),
    GMAIL("""Noted untuk jadwal fotonya.

Btw Helpdesk P4M (cc), could you send us the latest instrumen monev pembelajaran (the one for monitoring lecture delivery mid-semester)? Kami perlu untuk borang akreditasi, preferably the Excel version. Thanks!

Lukman

On Mon, Nov 9, 2026 at 1:10 PM Tim Akreditasi AKM <akreditasi.akm@polibatam.ac.id> wrote:
> Bapak/Ibu, foto dosen untuk web prodi dijadwalkan Kamis pukul 10.00 di studio Humas.
"""),
    {"type": "document_request", "lang": "mixed", "fields": {},
     "note": "Document request placed in a reply on an unrelated photo-schedule thread."})

# 061 ---------------------------------------------------------------
_p = """Siang Helpdesk,

Boleh minta formulir permohonan perubahan data mata kuliah e-learning yang versi terbaru? Yang saya punya masih yang 2024, katanya sudah ada kolom tanda tangan kaprodi sekarang.

Thanks,
Maya

Get Outlook for iOS
"""
add("outlook-ios-course-change-form-request",
    H("Maya Sari Lubis <maya.lubis@polibatam.ac.id>", HD, "minta form perubahan data MK", D(2026, 8, 12, 12, 44, 0)),
    ALT(T(_p), T('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div dir="ltr">'
                 + "".join("<div>%s</div>" % (_x(l) if l else "<br>") for l in _p.split("Get Outlook")[0].rstrip("\n").split("\n"))
                 + '</div><div dir="ltr">Get <a href="https://aka.ms/o0ukef">Outlook for iOS</a></div></body></html>\n', "html")),
    {"type": "document_request", "lang": "id", "fields": {},
     "note": "Near a course change but only asks for the blank course-change form."})

# 062 ---------------------------------------------------------------
add("japanese-partner-thanks-after-change",
    H("Yuko Tanabe <tanabe-y@setouchi-it.ac.jp>", HDTO, "RE: Change of lecturer in charge (JIAS-01)",
      D(2026, 11, 5, 10, 2, 13, "+0900"), ("X-Mailer", "Microsoft Outlook 16.0"),
      ("In-Reply-To", "<tiket-2026-1102-041@polibatam.ac.id>")),
    OUTLOOK("""Dear P4M Helpdesk staff,

Thank you very much for changing the lecturer information so quickly. Dr. Ishikawa has confirmed that her name is now shown correctly on the course page, and she asked me to send her thanks to you as well.

We appreciate your continuous support.

Best regards,
Yuko Tanabe (Ms.)
International Exchange Division
Setouchi Institute of Technology
""", mso("""Dear P4M Helpdesk staff,

Thank you very much for changing the lecturer information so quickly. Dr. Ishikawa has confirmed that her name is now shown correctly on the course page, and she asked me to send her thanks to you as well.

We appreciate your continuous support.

Best regards,
Yuko Tanabe (Ms.)
International Exchange Division
Setouchi Institute of Technology""".split("\n"))),
    {"type": "other", "lang": "en", "fields": {},
     "note": "Near-miss: thanks after a lecturer change was done; nothing to do."})

# 063 ---------------------------------------------------------------
add("gmail-lab-assistant-plan-next-semester",
    H(WAHYU, HDTO, "Info awal: rencana perubahan MK Lab Las semester genap", D(2026, 11, 25, 14, 18, 40)),
    GMAIL("""Siang Helpdesk,

Sekadar info awal dulu, belum permintaan. Hasil rapat prodi kemarin, untuk semester genap 2026/2027 kemungkinan besar MK Metalurgi Las (TPF4107) akan diganti namanya dan dosennya juga berubah. Tapi nama baru dan dosennya masih menunggu SK, paling cepat bulan Januari.

Nanti kalau SK sudah keluar saya kirim permintaan resminya. Sekarang tidak perlu diubah apa-apa.

Terima kasih,
Wahyu (PLP Lab Las)
"""),
    {"type": "other", "lang": "id", "fields": {},
     "note": "Near-miss: a plan for next semester with no new values, explicitly not a request yet."})

# 064 ---------------------------------------------------------------
add("korean-partner-visit-meeting-invitation",
    H("Ji-hoon Park <jhpark@namhae-poly.ac.kr>", HD, "Visit of Namhae Polytechnic delegation to P4M",
      D(2026, 9, 3, 11, 30, 55, "+0900"), ("X-Mailer", "Hiworks Mail")),
    T("""Dear P4M Helpdesk and staff,

Greetings from Namhae Polytechnic University.

Our delegation (4 persons, led by Vice President Dr. Dong-hyun Choi) will visit Politeknik Negeri Batam from October 13 to 15. We would be very glad to have a short meeting with the P4M staff to learn how you operate the e-learning support and the quality assurance of joint courses.

Could you please let us know which time is convenient for you? October 14 afternoon is best for us.

Thank you and best regards,
Ji-hoon Park
Office of Global Affairs, Namhae Polytechnic University
""", cte="base64"),
    {"type": "other", "lang": "en", "fields": {},
     "note": "Near-miss: a partner's meeting request during a visit; dates are the visit's, nothing to publish or change."})

# 065 ---------------------------------------------------------------
add("reply-chain-subject-siakad-grade-complaint",
    H("Anisa Febriani <4312211003@students.polibatam.ac.id>", HD, "Re: Re: Fwd: Pendaftaran lomba poster HIMA",
      D(2026, 11, 27, 20, 55, 10), ("In-Reply-To", "<lomba.poster.hima.7@students.polibatam.ac.id>")),
    GMAIL("""Maaf kak numpang di email ini, saya tidak tahu harus ke mana.

Nilai Akuntansi Keuangan Menengah saya di SIAKAD keluar D, padahal di e-learning semua tugas dan kuis saya lengkap dan rata-ratanya 78. Teman sekelas juga ada yang sama. Apakah P4M bisa mengubah nilai saya di SIAKAD? Atau saya harus ke mana?

Terima kasih kak.
Anisa (AK-3A)

Pada Jum, 27 Nov 2026 pukul 09.12 HIMA Akuntansi <hima.akt@students.polibatam.ac.id> menulis:
> Pendaftaran lomba poster diperpanjang sampai Senin.
"""),
    {"type": "other", "lang": "id", "fields": {},
     "note": "Near-miss: a SIAKAD grade complaint for another office, sent in a reply on an unrelated competition thread."})

# 066 ---------------------------------------------------------------
add("vendor-proctoring-offer-mixed",
    H("Andreas Wibowo <andreas@ujianaman.co.id>", HD, "Penawaran kerja sama: AI proctoring untuk Moodle",
      D(2026, 10, 15, 9, 0, 0), ("X-Mailer", "Microsoft Outlook 16.0")),
    OUTLOOK("""Yth. Tim P4M Politeknik Negeri Batam,

Perkenalkan, saya Andreas dari PT Ujian Aman Nusantara. Kami menyediakan AI-based online proctoring plugin yang fully compatible dengan Moodle 4.x: face detection, browser lockdown, dan automatic incident report.

Kami ingin menawarkan free trial 30 hari untuk satu program studi, plus demo online. Do you have 30 minutes next week for a short call?

Best regards,
Andreas Wibowo
Business Development Manager
PT Ujian Aman Nusantara
""", mso("""Yth. Tim P4M Politeknik Negeri Batam,

Perkenalkan, saya Andreas dari PT Ujian Aman Nusantara. Kami menyediakan AI-based online proctoring plugin yang fully compatible dengan Moodle 4.x: face detection, browser lockdown, dan automatic incident report.

Kami ingin menawarkan free trial 30 hari untuk satu program studi, plus demo online. Do you have 30 minutes next week for a short call?

Best regards,
Andreas Wibowo
Business Development Manager
PT Ujian Aman Nusantara""".split("\n"))),
    {"type": "other", "lang": "mixed", "fields": {},
     "note": "Near-miss: a vendor's offer of a proctoring plugin, mixed Indonesian and English."})

# 067 ---------------------------------------------------------------
_p = """Your similarity report is ready

Document: Panduan_Kelas_Daring_P4M_v3.docx
Submitted by: helpdesk-p4m@polibatam.ac.id
Folder: P4M Publications 2026
Similarity index: 12%

View the report in iThenticate:
https://polibatam.ithenticate.com/en_us/folder/88412/document/5520931

This is an automated message from iThenticate. Please do not reply to this email.
Turnitin, LLC, 2101 Webster Street, Suite 1800, Oakland, CA 94612, USA
"""
add("ithenticate-similarity-report-ready",
    H("iThenticate <noreply@ithenticate.com>", HD, "Similarity Report Complete: Panduan_Kelas_Daring_P4M_v3.docx",
      D(2026, 10, 7, 2, 41, 9, "+0000"), ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")),
    ALT(T(_p, cte="7bit"), T("<html><body><table style=\"font-family:Arial;font-size:14px\"><tr><td><h3>Your similarity report is ready</h3>"
                             "<p>Document: <b>Panduan_Kelas_Daring_P4M_v3.docx</b><br>Submitted by: helpdesk-p4m@polibatam.ac.id<br>"
                             "Folder: P4M Publications 2026<br>Similarity index: <b>12%</b></p>"
                             "<p><a href=\"https://polibatam.ithenticate.com/en_us/folder/88412/document/5520931\">View the report</a></p>"
                             "<p style=\"color:#777;font-size:11px\">This is an automated message from iThenticate. Please do not reply to this email.</p>"
                             "</td></tr></table></body></html>\n", "html", cte="7bit")),
    {"type": "auto", "lang": "en", "fields": {},
     "note": "Plagiarism checker (iThenticate) no-reply report notification."})

# 068 ---------------------------------------------------------------
_p = """Rapat Evaluasi Layanan Helpdesk Semester Ganjil
Thursday Nov 19, 2026 ⋅ 1:30pm – 3pm (Western Indonesia Time)
Ruang Rapat P4M, Gedung Utama Lt. 4

This is a reminder for the event above. You are receiving this email because you are an attendee of the event.

Joining info: meet.google.com/xkp-qwre-tuv

View event in Google Calendar: https://calendar.google.com/calendar/event?action=VIEW&eid=cjRhbmc4NXpx

Invitation from Google Calendar
Forwarding this invitation could allow any recipient to send a response to the organizer. Learn more https://support.google.com/calendar/answer/37135#forwarding
"""
add("google-calendar-event-reminder",
    H("Google Calendar <calendar-notification@google.com>", HD,
      "Notification: Rapat Evaluasi Layanan Helpdesk Semester Ganjil @ Thu Nov 19, 2026 1:30pm - 3pm (WIB)",
      D(2026, 11, 19, 6, 0, 2, "+0000"), ("Reply-To", "Google Calendar <calendar-notification@google.com>"),
      ("Auto-Submitted", "auto-generated")),
    ALT(T(_p), T("<html><body><div style=\"font-family:Roboto,Arial\"><h2>Rapat Evaluasi Layanan Helpdesk Semester Ganjil</h2>"
                 "<p>Thursday Nov 19, 2026 &#8901; 1:30pm &ndash; 3pm (Western Indonesia Time)<br>Ruang Rapat P4M, Gedung Utama Lt. 4</p>"
                 "<p>This is a reminder for the event above.</p>"
                 "<p><a href=\"https://calendar.google.com/calendar/event?action=VIEW&amp;eid=cjRhbmc4NXpx\">View event in Google Calendar</a></p>"
                 "<p style=\"color:#70757a;font-size:12px\">Invitation from Google Calendar</p></div></body></html>\n", "html")),
    {"type": "auto", "lang": "en", "fields": {},
     "note": "Google Calendar event reminder notification; the meeting time is an event, nothing to publish."})

# 069 ---------------------------------------------------------------
add("korean-partner-out-of-office-chuseok",
    H("Ji-hoon Park <jhpark@namhae-poly.ac.kr>", HD, "[Automatic reply] Out of office (Chuseok holiday)",
      D(2026, 9, 24, 9, 0, 41, "+0900"), ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
      ("X-Mailer", "Hiworks Mail")),
    T("""Thank you for your email.

I am out of the office for the Chuseok holiday from September 24 to September 28, 2026, and I will reply after I return on September 29.

For urgent matters, please contact the Office of Global Affairs (global@namhae-poly.ac.kr).

메일 감사합니다. 추석 연휴로 9월 24일부터 9월 28일까지 부재중입니다.

Ji-hoon Park
Office of Global Affairs, Namhae Polytechnic University
""", cte="base64"),
    {"type": "auto", "lang": "en", "fields": {},
     "note": "Korean partner's out-of-office reply (Chuseok), English with one Korean line."})

# 070 ---------------------------------------------------------------
_p = """Kevin Halim posted on your padlet

"Kritik & Saran Layanan E-Learning 2026"

Kevin Halim: Mohon ditambahkan video tutorial singkat untuk fitur kuis.

See the post: https://padlet.com/p4mpolibatam/kritik-saran-2026/wish/3094481122

You are receiving this because you follow this padlet. Manage notifications: https://padlet.com/settings/notifications
Padlet, 1 Sansome St, San Francisco, CA 94104
"""
add("padlet-new-post-notification",
    H("Padlet <notifications@padlet.com>", HD, "Kevin Halim posted on Kritik & Saran Layanan E-Learning 2026",
      D(2026, 11, 11, 4, 22, 57, "+0000"), ("List-Unsubscribe", "<https://padlet.com/settings/notifications>"),
      ("Precedence", "bulk"), ("Auto-Submitted", "auto-generated")),
    ALT(T(_p), T("<html><body><div style=\"font-family:Helvetica\"><p><b>Kevin Halim</b> posted on your padlet</p>"
                 "<h3>Kritik &amp; Saran Layanan E-Learning 2026</h3>"
                 "<blockquote>Mohon ditambahkan video tutorial singkat untuk fitur kuis.</blockquote>"
                 "<p><a href=\"https://padlet.com/p4mpolibatam/kritik-saran-2026/wish/3094481122\">See the post</a></p>"
                 "<p style=\"font-size:11px;color:#888\">You are receiving this because you follow this padlet.</p></div></body></html>\n", "html")),
    {"type": "auto", "lang": "en", "fields": {},
     "note": "Padlet new-post notification; the quoted suggestion is a user's post relayed by the system, not a request to the helpdesk."})

if __name__ == "__main__":
    import random
    random.Random(2714).shuffle(MAILS)
    main()

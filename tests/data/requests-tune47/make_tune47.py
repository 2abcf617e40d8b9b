#!/usr/bin/env python3
"""Tuning corpus tune47 generator (written as held-out part26, opened in round 25; stdlib only, deterministic). Writes
NNN-slug.eml and labels.json next to itself."""
import datetime as _dt
import hashlib
import html as _html
import io
import json
import os
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
POL = policy.default.clone(linesep="\r\n")
HELP = "helpdesk-p4m@polibatam.ac.id"
FIXED = (2026, 1, 1, 0, 0, 0)


def h(slug, extra=""):
    return hashlib.sha256((slug + "|" + extra).encode()).hexdigest()


def dt(y, mo, d, hh, mi, tz=7, ss=0):
    return format_datetime(_dt.datetime(y, mo, d, hh, mi, ss, tzinfo=_dt.timezone(_dt.timedelta(hours=tz))))


# ---------------------------------------------------------------- attachments
def _zip(files, first_stored=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED)
            zi.compress_type = zipfile.ZIP_STORED if name == first_stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def docx(paras):
    body = "".join(
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _html.escape(p, quote=False) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def odt(paras):
    body = "".join("<text:p>%s</text:p>" % _html.escape(p, quote=False) for p in paras)
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:text>' + body + '</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return _zip([("mimetype", "application/vnd.oasis.opendocument.text"),
                 ("META-INF/manifest.xml", manifest), ("content.xml", content)], first_stored="mimetype")


def _pdfesc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines):
    ops = ["BT", "/F1 10 Tf", "13 TL", "50 800 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % _pdfesc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
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


# ---------------------------------------------------------------- text helpers
def flow(text, width=72):
    """format=flowed: soft-wrap long lines with a trailing space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip(" ") if not line.startswith("-- ") else line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def unflow(text):
    res, cur = [], ""
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if line.endswith(" ") and line != "-- ":
            cur += line
        else:
            res.append(cur + line)
            cur = ""
    if cur:
        res.append(cur)
    return "\n".join(res)


def html2text(s):
    s = re.sub(r"(?is)<(style|head|script)[^>]*>.*?</\1>", "", s)
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"(?i)</(p|div|tr|li|h\d|table)>", "\n", s)
    s = re.sub(r"(?i)</t[dh]>", "\t", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = _html.unescape(s).replace("\xa0", " ")
    lines = [ln.strip() for ln in s.split("\n")]
    out, blank = [], 0
    for ln in lines:
        if not ln:
            blank += 1
            if blank > 1:
                continue
        else:
            blank = 0
        out.append(ln)
    return "\n".join(out).strip() + "\n"


def esc(s):
    return _html.escape(s, quote=False)


def outlook_html(paras, table=None, sig=None):
    """Word-HTML (Outlook desktop). paras: list of strings (already text) or ('raw', html)."""
    css = ('<style><!--\n/* Font Definitions */\n@font-face {font-family:Calibri;}\n'
           'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
           '.MsoChpDefault {mso-style-type:export-only;}\n--></style>')
    parts = []
    for p in paras:
        if isinstance(p, tuple):
            parts.append(p[1])
        elif p == "":
            parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            parts.append('<p class="MsoNormal">%s<o:p></o:p></p>' % esc(p).replace("\n", "<br>\n"))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">' + css +
            '</head><body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
            '<div class="WordSection1">\n' + "\n".join(parts) + '\n</div></body></html>')


def word_table(rows, header=True):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">']
    for i, r in enumerate(rows):
        out.append("<tr>" + "".join(
            '<td width="200" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
            '<p class="MsoNormal">%s%s%s<o:p></o:p></p></td>' % ("<b>" if header and i == 0 else "", esc(c),
                                                                  "</b>" if header and i == 0 else "") for c in r) + "</tr>")
    out.append("</table>")
    return ("raw", "\n".join(out))


def simple_html(text, wrap='<div dir="ltr">%s</div>'):
    paras = text.split("\n")
    inner = "".join(("<div>%s</div>" % esc(p)) if p else "<div><br></div>" for p in paras)
    return wrap % inner


# ---------------------------------------------------------------- message builder
def build(m):
    slug = m["slug"]
    client = m.get("client", "gmail")
    msg = EmailMessage(policy=POL)
    msg["From"] = m["from"]
    msg["To"] = m.get("to", "Helpdesk P4M <%s>" % HELP)
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"]
    dom = m["from"].split("@")[-1].rstrip(">").strip()
    msg["Message-ID"] = "<%s.%s@%s>" % (h(slug)[:20], h(slug, "id")[:8], dom)
    for k, v in m.get("headers", []):
        msg[k] = v
    ua = {
        "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
        "apple": ("X-Mailer", "Apple Mail (2.3774.500.171.1.1)"),
        "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
        "roundcube": ("User-Agent", "Roundcube Webmail/1.6.6"),
        "yahoo": ("X-Mailer", "WebService/1.1.22645 YMailNorrin"),
    }.get(client)
    if ua:
        msg[ua[0]] = ua[1]
    msg["MIME-Version"] = "1.0"
    charset = m.get("charset", "utf-8")
    cte = m.get("cte")
    text, htm = m.get("text"), m.get("html")
    if client == "outlook" and htm is not None and text is None:
        text = html2text(htm)
    if client == "thunderbird" and text is not None and htm is None:
        msg.set_content(flow(text), subtype="plain", charset=charset, cte=cte or "8bit")
        msg.set_param("format", "flowed")
        if m.get("delsp"):
            msg.set_param("delsp", "no")
    elif htm is not None and text is not None:
        msg.set_content(text, subtype="plain", charset=charset, cte=cte or "quoted-printable")
        msg.add_alternative(htm, subtype="html", charset=charset, cte=m.get("hcte", "quoted-printable"))
    elif htm is not None:
        msg.set_content(htm, subtype="html", charset=charset, cte=cte or "quoted-printable")
    else:
        msg.set_content(text, subtype="plain", charset=charset, cte=cte or "quoted-printable")
    if m.get("report"):
        msg.add_attachment(m["report_headers"], subtype="rfc822-headers", disposition="inline")
        msg.set_type("multipart/report")
        msg.set_param("report-type", "delivery-status")
    for att in m.get("att", []):
        if att[1] == "message/rfc822":
            msg.add_attachment(att[2], filename=att[0])
        else:
            mt, st = att[1].split("/")
            msg.add_attachment(att[2], maintype=mt, subtype=st, filename=att[0])
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%s_%d" % (h(slug, "b%d" % i)[:16], i))
            i += 1
    return msg.as_bytes(policy=POL)


# ---------------------------------------------------------------- checks
def _texts(msg):
    out = [str(msg["subject"] or "")]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            inner = part.get_content()
            out += _texts(inner)
            continue
        fn = part.get_filename() or ""
        if ct == "text/plain" and not fn:
            t = part.get_content()
            if part.get_param("format") == "flowed":
                t = unflow(t)
            out.append(t)
        elif ct == "text/html":
            t = part.get_content()
            out.append(html2text(t))
            out.append(_html.unescape(t))
        elif fn.endswith(".docx"):
            z = zipfile.ZipFile(io.BytesIO(part.get_content()))
            x = z.read("word/document.xml").decode()
            out.append(_html.unescape(re.sub(r"<[^>]+>", "\n", x)))
        elif fn.endswith(".odt"):
            z = zipfile.ZipFile(io.BytesIO(part.get_content()))
            x = z.read("content.xml").decode()
            out.append(_html.unescape(re.sub(r"<[^>]+>", "\n", x)))
        elif fn.endswith(".pdf"):
            raw = part.get_content().decode("latin-1")
            segs = re.findall(r"\(((?:\\.|[^\\)])*)\) Tj", raw)
            out.append("\n".join(re.sub(r"\\(.)", r"\1", s) for s in segs))
    return out


def check(name, data, m, label):
    errs = []
    if b"\n" in data.replace(b"\r\n", b""):
        errs.append("bare LF")
    if b"\r" in data.replace(b"\r\n", b""):
        errs.append("bare CR")
    msg = BytesParser(policy=policy.default).parsebytes(data)
    for part in msg.walk():
        if part.defects:
            errs.append("defects %r" % part.defects)
    if str(msg["subject"]) != m["subject"]:
        errs.append("subject roundtrip %r" % str(msg["subject"]))
    if str(msg["date"]) != m["date"]:
        errs.append("date roundtrip")
    d = parsedate_to_datetime(m["date"])
    wd = m["date"].split(",")[0]
    if wd != ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][d.weekday()]:
        errs.append("weekday")
    if not (_dt.datetime(2026, 8, 1, tzinfo=_dt.timezone.utc) - _dt.timedelta(hours=14) <= d
            <= _dt.datetime(2026, 11, 30, tzinfo=_dt.timezone.utc)):
        errs.append("date range")
    if not ("2026-08-01" <= d.strftime("%Y-%m-%d") <= "2026-11-29"):
        errs.append("date range (local)")
    for part in msg.walk():
        if part.get_filename() and len(part.get_content() if not isinstance(part.get_content(), str) else part.get_content().encode()) > 30 * 1024:
            errs.append("attachment too big")
    texts = _texts(msg)
    flat = [re.sub(r"\s+", " ", t) for t in texts]
    f = label["fields"]
    vals = []
    for k, v in f.items():
        if k in ("publish_at", "scope"):
            continue
        if k == "changes":
            vals += list(v.values())
        else:
            vals.append(v)
    for v in vals:
        if not any(v in t for t in texts) and not any(re.sub(r"\s+", " ", v) in t for t in flat):
            errs.append("value not found: %r" % v)
    if label["type"] not in ("course_data", "announcement") and f:
        errs.append("fields on non-course type")
    if label["type"] == "announcement" and "scope" not in f:
        errs.append("scope missing")
    if "publish_at" in f and not re.match(r"^2026-\d\d-\d\dT\d\d:\d\d:00\+07:00$", f["publish_at"]):
        errs.append("publish_at format")
    return errs


MAILS = []


def M(**kw):
    MAILS.append(kw)


def L(t, lang, fields=None, note=""):
    return {"type": t, "lang": lang, "fields": fields or {}, "note": note}


# ============================================================ course_data
M(slug="outlook-surat-dinas-body-rename", client="outlook",
  **{"from": "Jurusan Teknik Informatika <jti@polibatam.ac.id>"},
  subject="Permohonan Perubahan Nama Mata Kuliah pada E-Learning", date=dt(2026, 8, 4, 9, 12),
  html=outlook_html([
      "KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI", "POLITEKNIK NEGERI BATAM", "JURUSAN TEKNIK INFORMATIKA", "",
      "Nomor\t: 0412/PL29.3/TI/2026", "Lampiran\t: -", "Perihal\t: Permohonan Perubahan Nama Mata Kuliah", "",
      "Yth. Kepala P4M Politeknik Negeri Batam", "di Tempat", "",
      "Dengan hormat,",
      "Sehubungan dengan berlakunya kurikulum OBE tahun 2026, bersama ini kami mohon kiranya nama mata kuliah IF 3104 "
      "Pemrograman Web Lanjut pada e-learning dapat diubah menjadi Pengembangan Aplikasi Web Berbasis Framework.",
      "Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja samanya diucapkan terima kasih.", "",
      "Ketua Jurusan Teknik Informatika,", "", "Sudarmanto, S.T., M.Kom.", "NIP 197805122005011002", "",
      "Tembusan:", "1. Wakil Direktur Bidang Akademik", "2. Koordinator Program Studi D4 Teknologi Rekayasa Perangkat Lunak",
  ]),
  label=L("course_data", "id", {"course_code": "IF 3104", "course_name": "Pemrograman Web Lanjut",
                                "changes": {"fullname": "Pengembangan Aplikasi Web Berbasis Framework"}},
          "Formal surat dinas pasted as the body; tembusan list is not part of the request."))

M(slug="gmail-pdf-surat-dinas-diampu-oleh", client="gmail",
  **{"from": "Prodi Manajemen Bisnis <prodi.mb@polibatam.ac.id>"},
  subject="Surat permohonan", date=dt(2026, 8, 6, 14, 3),
  text="Terlampir surat permohonan dari Prodi, mohon ditindaklanjuti.\n",
  html='<div dir="ltr">Terlampir surat permohonan dari Prodi, mohon ditindaklanjuti.</div>\n',
  att=[("Surat_0388_PL29_MB_2026.pdf", "application/pdf", pdf([
      "POLITEKNIK NEGERI BATAM - PROGRAM STUDI D4 MANAJEMEN BISNIS",
      "Nomor     : 0388/PL29.5/MB/2026", "Lampiran  : 1 (satu) berkas", "Perihal   : Perubahan Dosen Pengampu",
      "", "Yth. Kepala P4M", "Politeknik Negeri Batam", "", "Dengan hormat,",
      "Berdasarkan rapat prodi tanggal 3 Agustus 2026, mata kuliah MB2207 Manajemen Rantai Pasok",
      "untuk semester ganjil 2026/2027 diampu oleh Dr. Rina Marlina, S.E., M.M. menggantikan",
      "dosen sebelumnya yang sedang tugas belajar. Mohon data pengampu di e-learning disesuaikan.",
      "", "Demikian, atas perhatiannya kami ucapkan terima kasih.", "",
      "Koordinator Program Studi,", "Hendra Wijaya, S.E., M.Si.", "",
      "Tembusan: Ketua Jurusan Manajemen Bisnis"]))],
  label=L("course_data", "id", {"course_code": "MB2207", "course_name": "Manajemen Rantai Pasok",
                                "changes": {"lecturer": "Dr. Rina Marlina, S.E., M.M."}},
          "Request only in the attached PDF letter; the one-line body says nothing specific."))

M(slug="outlook-docx-memo-wadir-semester-credits", client="outlook",
  **{"from": "Sekretariat Wakil Direktur I <wadir1@polibatam.ac.id>"},
  subject="Memo Wakil Direktur I", date=dt(2026, 8, 10, 10, 40),
  html=outlook_html(["Yth. Tim P4M,", "", "Bersama ini kami teruskan memo Wakil Direktur I (terlampir).", "",
                     "Salam,", "Sekretariat Wadir I"]),
  att=[("Memo_Wadir1_117.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx([
      "MEMO INTERNAL", "Dari: Wakil Direktur Bidang Akademik", "Kepada: Kepala P4M", "Nomor: 117/PL29/MEMO/2026",
      "Hal: Penyesuaian mata kuliah Kewirausahaan",
      "Mohon mata kuliah UMM-204 Kewirausahaan di e-learning disesuaikan dengan kurikulum baru: semester menjadi "
      "Semester 3 (tiga) dan bobot menjadi 3 SKS.",
      "Penyesuaian paling lambat sebelum perkuliahan dimulai.", "Wakil Direktur Bidang Akademik,",
      "Dr. Ir. Bambang Hariyanto, M.T."]))],
  label=L("course_data", "id", {"course_code": "UMM-204", "course_name": "Kewirausahaan",
                                "changes": {"semester": "Semester 3 (tiga)", "credits": "3 SKS"}},
          "Memo from the deputy director only in the DOCX attachment; two changes."))

M(slug="roundcube-odt-surat-kelas", client="roundcube",
  **{"from": "Admin Prodi TRPL <admin.trpl@polibatam.ac.id>"},
  subject="Perubahan kelas e-learning (surat terlampir)", date=dt(2026, 8, 12, 8, 55),
  text="Selamat pagi,\n\nSurat terlampir ya.\n\n-- \nAdmin Prodi TRPL\nGedung Utama Lt. 3\n",
  att=[("surat-perubahan-kelas.odt", "application/vnd.oasis.opendocument.text", odt([
      "Nomor: 221/PL29.3.2/TRPL/VIII/2026", "Lampiran: -", "Perihal: Perubahan Kelas Mata Kuliah",
      "Yth. Kepala P4M Politeknik Negeri Batam",
      "Dengan hormat, kami mohon agar kelas pada mata kuliah RPL2302 Basis Data Lanjut di e-learning diubah dari "
      "TRPL 2A Pagi menjadi TRPL 2B Malam, karena terjadi pertukaran jadwal.",
      "Hormat kami,", "Koordinator Prodi TRPL", "Tembusan: Bagian Akademik"]))],
  label=L("course_data", "id", {"course_code": "RPL2302", "course_name": "Basis Data Lanjut",
                                "changes": {"class": "TRPL 2B Malam"}},
          "Letter only in the ODT attachment; old class TRPL 2A Pagi is not the new value."))

M(slug="apple-singapore-partner-taught-by", client="apple",
  **{"from": "Tan Hui Min <huimin.tan@sp.edu.sg>"},
  subject="Joint programme module - lecturer update", date=dt(2026, 8, 13, 16, 20, tz=8),
  text=("Dear P4M team,\n\nI hope this finds you well. For the joint diploma module JP-DS301 Data Storytelling, "
        "the Singapore half of the module will be taught by Mr. Lim Wei Jie from this intake onwards, instead of myself.\n\n"
        "Could you please update the lecturer shown on your e-learning course page? Students have been asking who to "
        "contact.\n\nThanks very much!\n\nBest regards,\nHui Min\n\nTan Hui Min | Lecturer, School of Computing\n"
        "Singapore Polytechnic\n\nSent from my iPad\n"),
  html=None,
  label=L("course_data", "en", {"course_code": "JP-DS301", "course_name": "Data Storytelling",
                                "changes": {"lecturer": "Mr. Lim Wei Jie"}},
          "Singapore partner, +08:00 sender; lecturer change written as 'taught by'."))

M(slug="gmail-malaysia-partner-shortname", client="gmail",
  **{"from": "Nurul Izzati binti Ahmad <izzati@utem.edu.my>"},
  subject="Short name for joint course MEC2133", date=dt(2026, 8, 17, 11, 5, tz=8),
  text=("Salam sejahtera Tuan/Puan,\n\nFor the shared course MEC2133 Mechatronic System Design under our UTeM-Polibatam "
        "joint programme, kindly change the short name on the Polibatam e-learning to MEC2133-JP26 so that it matches "
        "the one on our side. At the moment both cohorts see a different short name and the students are confused lah.\n\n"
        "Terima kasih banyak.\n\nNurul Izzati Ahmad\nFakulti Teknologi Kejuruteraan Mekanikal dan Pembuatan\n"
        "Universiti Teknikal Malaysia Melaka\n"),
  html=None, cte="7bit",
  label=L("course_data", "en", {"course_code": "MEC2133", "course_name": "Mechatronic System Design",
                                "changes": {"shortname": "MEC2133-JP26"}},
          "Malaysian partner writing English with Malay greetings; +08:00 sender."))

M(slug="gmail-krama-inggil-pengampu-baru", client="gmail",
  **{"from": "Sri Rahayu Ningsih <srirahayu@polibatam.ac.id>"},
  subject="Nyuwun pirsa - pengampu Fisika Terapan", date=dt(2026, 8, 18, 19, 47),
  text=("Sugeng dalu Bapak/Ibu ingkang kinurmatan,\n\nNyuwun sewu sanget menawi ngganggu wekdalipun. Kula badhe "
        "nyuwun pitulungan, Bapak/Ibu. Wonten ing e-learning, mata kuliah TM1105 Fisika Terapan punika pengampu "
        "baru-nipun sampun dipuntetepaken dening Kajur, inggih punika Bapak Agus Setiawan, S.Pd., M.Sc. Mugi "
        "kersa dipungantos nami dosenipun wonten ing kaca kursus.\n\nMaturnuwun sanget awit kawigatosanipun. "
        "Mugi Gusti tansah paring berkah.\n\nNuwun,\nSri Rahayu Ningsih\nJurusan Teknik Mesin\n"),
  html=('<div dir="ltr">Sugeng dalu Bapak/Ibu ingkang kinurmatan,<br><br>Nyuwun sewu sanget menawi ngganggu '
        'wekdalipun. Kula badhe nyuwun pitulungan, Bapak/Ibu. Wonten ing e-learning, mata kuliah TM1105 Fisika '
        'Terapan punika pengampu baru-nipun sampun dipuntetepaken dening Kajur, inggih punika Bapak Agus Setiawan, '
        'S.Pd., M.Sc. Mugi kersa dipungantos nami dosenipun wonten ing kaca kursus.<br><br>Maturnuwun sanget awit '
        'kawigatosanipun. Mugi Gusti tansah paring berkah.<br><br>Nuwun,<br>Sri Rahayu Ningsih<br>Jurusan Teknik '
        'Mesin</div>\n'),
  label=L("course_data", "id", {"course_code": "TM1105", "course_name": "Fisika Terapan",
                                "changes": {"lecturer": "Agus Setiawan, S.Pd., M.Sc."}},
          "Javanese krama inggil politeness (labelled id); 'Bapak' honorific left out of the lecturer value."))

M(slug="gmail-long-story-key-in-middle", client="gmail",
  **{"from": "Yohanes Sitorus <yohanes.s@polibatam.ac.id>"},
  subject="Cerita minggu pertama + sedikit permintaan", date=dt(2026, 8, 24, 21, 30),
  text=("Selamat malam rekan-rekan P4M,\n\n"
        "Izin bercerita sedikit ya. Minggu pertama perkuliahan semester ini cukup seru. Hari Senin saya masuk kelas "
        "jam 07.30 dan ternyata proyektor di ruang 304 mati, jadi saya menulis di papan sampai tangan pegal. Hari "
        "Selasa hujan deras sekali di Batam Centre, separuh mahasiswa terlambat karena banjir di depan Mega Mall. "
        "Untungnya materi minggu pertama hanya pengantar.\n\n"
        "Nah, yang agak repot, kunci pendaftaran (enrolment key) kursus EL2201 Rangkaian Listrik II ternyata bocor "
        "ke grup angkatan lain, sehingga ada mahasiswa kelas lain yang ikut masuk. Mohon enrolment key kursus "
        "tersebut diganti menjadi RL2-ganjil@26 saja. Mahasiswa yang salah masuk nanti saya keluarkan sendiri.\n\n"
        "Selain itu, saya juga sedang menyiapkan praktikum osiloskop bersama teknisi lab. Alat yang baru datang "
        "bulan lalu masih dibungkus, dan kami baru sempat kalibrasi dua unit. Rencananya minggu depan semua sudah "
        "bisa dipakai. Mahasiswa cukup antusias, beberapa bahkan bertanya apakah boleh meminjam alat untuk proyek "
        "lomba. Saya bilang nanti dibicarakan dengan Kalab.\n\n"
        "Oh ya, terima kasih juga untuk pelatihan Moodle bulan lalu, sangat membantu, terutama bagian kuis.\n\n"
        "Salam hangat,\nYohanes Sitorus\nTeknik Elektro\n"),
  html=None,
  label=L("course_data", "id", {"course_code": "EL2201", "course_name": "Rangkaian Listrik II",
                                "changes": {"enrolment_key": "RL2-ganjil@26"}},
          "Very long story; the one request sentence sits in the middle."))

M(slug="thunderbird-flowed-key-symbols-quotes", client="thunderbird",
  **{"from": "Dimas Pratama <dimas.pratama@polibatam.ac.id>"},
  subject="Enrolment key baru untuk Jaringan Komputer", date=dt(2026, 8, 26, 7, 15),
  text=("Halo tim P4M,\n\n"
        "Please change the enrolment key for course IF2210 Jaringan Komputer. New key (copy persis, including the "
        "single quote and the double quote inside):\n\n"
        "    Net'Work\"26!\n\n"
        "Yang lama sudah tersebar di grup WA angkatan, jadi perlu diganti before the first quiz. Kalau sistemnya "
        "tidak menerima tanda kutip, kabari saya dulu ya, jangan diganti sendiri.\n\n"
        "Thanks,\nDimas\n\n-- \nDimas Pratama, M.T.\nProgram Studi Teknik Informatika\n"),
  label=L("course_data", "mixed", {"course_code": "IF2210", "course_name": "Jaringan Komputer",
                                   "changes": {"enrolment_key": "Net'Work\"26!"}},
          "Enrolment key contains a single and a double quote; Thunderbird format=flowed."))

M(slug="outlook-change-course-code-itself", client="outlook",
  **{"from": "Farah Nabila <farah.nabila@polibatam.ac.id>"},
  subject="Course code on e-learning is outdated", date=dt(2026, 8, 27, 13, 2),
  html=outlook_html([
      "Dear Helpdesk,", "",
      "Following the curriculum revision, the code of my course Technical English for Engineers has changed. On "
      "e-learning it still shows the old code ENG1102, but the new official code is ENG1202. Could you please change "
      "the course code (I believe that is the short name in Moodle) to ENG1202?", "",
      "Nothing else needs to change, the name stays the same.", "", "Kind regards,", "Farah Nabila, M.A.",
      "Language Centre, Politeknik Negeri Batam"]),
  label=L("course_data", "en", {"course_code": "ENG1102", "course_name": "Technical English for Engineers",
                                "changes": {"shortname": "ENG1202"}},
          "Request to change the course code itself, which the sender maps to Moodle's short name; course_code is the old code."))

def yahoo_html(text):
    inner = "".join(("<div>%s</div>" % esc(p)) if p else "<div><br></div>" for p in text.split("\n"))
    return ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:13px;"><div dir="ltr" data-setdir="false">' + inner +
            '</div></div></body></html>\n')


def gmail_android_html(text):
    inner = "".join(("<div dir=\"auto\">%s</div>" % esc(p)) if p else "<div dir=\"auto\"><br></div>" for p in text.split("\n"))
    return '<div dir="auto">' + inner + "</div>\n"


_t = ("Pak/Bu admin,\n\nMulai Sen, 7/9 kelas saya pindah. Tlg di e-learning utk MK AK2104 Akuntansi Biaya, "
      "kelasnya diganti jadi AK-2C (Karyawan) dan semesternya jadi Ganjil 2026/2027, krn course ini hasil copy "
      "tahun lalu jadi masih tertulis Genap 2025/2026.\n\nMakasih bnyk\nLusi - Akuntansi\n")
M(slug="yahoo-short-dates-class-semester", client="yahoo",
  **{"from": "Lusiana Tambunan <lusi_tambunan@yahoo.co.id>"},
  subject="Kelas & semester e-learning AK2104", date=dt(2026, 9, 2, 22, 10),
  text=_t, html=yahoo_html(_t),
  label=L("course_data", "id", {"course_code": "AK2104", "course_name": "Akuntansi Biaya",
                                "changes": {"class": "AK-2C (Karyawan)", "semester": "Ganjil 2026/2027"}},
          "Short date notation 'Sen, 7/9' is the class start, not part of the change."))

_t = ("Hi tim helpdesk\nada typo di nama course saya: \"Statistika Industri\" kebaca \"Statistika Indusrti\" di e-learning 😅\n"
      "kode TI-2305. tolong diganti jadi Statistika Industri ya, soalnya muncul juga di sertifikat completion.\n"
      "thanks a lot!\n\nSent from my Galaxy\n")
M(slug="gmail-android-typo-fullname", client="gmail",
  **{"from": "Rizky Amelia <rizky.amelia@polibatam.ac.id>"},
  subject="typo nama course", date=dt(2026, 9, 3, 12, 41),
  text=_t, html=gmail_android_html(_t),
  label=L("course_data", "mixed", {"course_code": "TI-2305", "course_name": "Statistika Indusrti",
                                   "changes": {"fullname": "Statistika Industri"}},
          "Current name is the misspelt one shown on e-learning; the correct one is the new fullname."))

_t = ("Selamat siang,\n\nKemarin ada yang mengubah data pengampu mata kuliah KM3101 Komunikasi Bisnis di e-learning "
      "menjadi Drs. Eko Prasetyo, padahal beliau mengampu kelas paralel di prodi lain. Sepertinya salah kursus.\n\n"
      "Mohon dikembalikan seperti semula, pengampunya: Maria Goretti Siahaan, S.S., M.Hum.\n\n"
      "Terima kasih,\nMaria\n\nDikirim dari iPhone saya\n")
M(slug="apple-wrong-change-put-back", client="apple",
  **{"from": "Maria Goretti Siahaan <maria.siahaan@polibatam.ac.id>"},
  subject="Pengampu KM3101 salah diubah", date=dt(2026, 9, 7, 12, 5),
  text=_t,
  html='<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
       + esc(_t).replace("\n", "<br>") + '</body></html>\n',
  label=L("course_data", "id", {"course_code": "KM3101", "course_name": "Komunikasi Bisnis",
                                "changes": {"lecturer": "Maria Goretti Siahaan, S.S., M.Hum."}},
          "A wrong change by someone else, asked to be put back: still a lecturer change (to the original name)."))

M(slug="outlook-word-table-old-new-two-fields", client="outlook",
  **{"from": "Kevin Hartono <kevin.hartono@polibatam.ac.id>"},
  subject="Course data correction - Robotics", date=dt(2026, 9, 8, 8, 30),
  html=outlook_html([
      "Good morning,", "",
      "Please update the following on the e-learning page of RBT4101 Introduction to Robotics:", "",
      word_table([["Field", "Current", "Should be"],
                  ["Full name", "Introduction to Robotics", "Robotics and Intelligent Systems"],
                  ["Lecturer", "Kevin Hartono, M.Eng.", "Kevin Hartono, M.Eng. & Yudi Santoso, Ph.D."]]), "",
      "Thank you in advance.", "", "Best,", "Kevin"]),
  label=L("course_data", "en", {"course_code": "RBT4101", "course_name": "Introduction to Robotics",
                                "changes": {"fullname": "Robotics and Intelligent Systems",
                                            "lecturer": "Kevin Hartono, M.Eng. & Yudi Santoso, Ph.D."}},
          "Outlook Word HTML table with current/should-be columns; two changes."))

M(slug="outlook-memo-wadir-summary", client="outlook",
  **{"from": "Wakil Direktur Bidang Akademik <wadir.akademik@polibatam.ac.id>"},
  subject="MEMO: deskripsi mata kuliah K3", date=dt(2026, 9, 9, 15, 48),
  html=outlook_html([
      "MEMO", "Kepada\t: Kepala P4M", "Dari\t: Wakil Direktur Bidang Akademik", "Tanggal\t: 9 September 2026",
      "Perihal\t: Ringkasan mata kuliah K3", "",
      "Mohon ringkasan (summary) mata kuliah UMM1201 Keselamatan dan Kesehatan Kerja di e-learning diganti dengan "
      "teks berikut:", "",
      ("raw", '<p class="MsoNormal" style="margin-left:36pt"><i>Mata kuliah ini membekali mahasiswa dengan prinsip '
              'K3 di industri manufaktur dan galangan kapal, identifikasi bahaya, dan penggunaan APD.</i><o:p></o:p></p>'),
      "", "Terima kasih.", "", "Wakil Direktur Bidang Akademik"]),
  label=L("course_data", "id", {"course_code": "UMM1201", "course_name": "Keselamatan dan Kesehatan Kerja",
                                "changes": {"summary": "Mata kuliah ini membekali mahasiswa dengan prinsip K3 di industri manufaktur dan galangan kapal, identifikasi bahaya, dan penggunaan APD."}},
          "Deputy director's memo in the body; summary given in italics."))

_t = ("Selamat pagi Helpdesk P4M,\n\nUntuk mata kuliah Perancangan Mesin (TMK 3204) kelas 3B, mulai minggu ini "
      "diampu oleh Ir. Handoko Wibisono, M.T. Mohon nama pengampu di e-learning diperbarui.\n\n"
      "Kelas 3A tetap seperti sebelumnya.\n\nSalam,\nAdmin Jurusan Teknik Mesin\n")
M(slug="roundcube-diampu-oleh-one-class", client="roundcube",
  **{"from": "Admin Teknik Mesin <tmesin@polibatam.ac.id>"},
  subject="Pengampu baru Perancangan Mesin 3B", date=dt(2026, 9, 10, 9, 1),
  text=_t,
  label=L("course_data", "id", {"course_code": "TMK 3204", "course_name": "Perancangan Mesin",
                                "changes": {"lecturer": "Ir. Handoko Wibisono, M.T."}},
          "Lecturer change for one class (3B) only, written as 'diampu oleh'."))

M(slug="gmail-malaysia-malay-credits", client="gmail",
  **{"from": "Mohd Faizal bin Rahman <faizal.rahman@pis.edu.my>"},
  subject="Pindaan jam kredit kursus bersama", date=dt(2026, 9, 14, 10, 22, tz=8),
  text=("Assalamualaikum dan salam sejahtera,\n\nTuan/Puan,\n\nDimaklumkan bahawa bagi kursus bersama "
        "DKM3043 Kejuruteraan Bahan, jam kredit telah dipinda oleh senat kami. Mohon pihak tuan/puan kemas kini "
        "jam kredit di e-pembelajaran Polibatam kepada 4 kredit.\n\nSekian, terima kasih.\n\n\"BERKHIDMAT UNTUK NEGARA\"\n\n"
        "Mohd Faizal bin Rahman\nPensyarah, Jabatan Kejuruteraan Mekanikal\nPoliteknik Ibrahim Sultan, Johor\n"),
  html=None,
  label=L("course_data", "id", {"course_code": "DKM3043", "course_name": "Kejuruteraan Bahan",
                                "changes": {"credits": "4 kredit"}},
          "Malaysian Malay from a partner polytechnic (labelled id), +08:00 sender."))

_t = ("Halo P4M,\n\nMau minta tolong: kode MK lama TRM 2105 sekarang sudah jadi TRM2205 sesuai SK kurikulum baru. "
      "Please update the course code di e-learning (yang muncul di breadcrumb / short name). Nama MK tetap Gambar "
      "Teknik Manufaktur.\n\nThanks!\nAndre\n")
M(slug="gmail-mixed-course-code-change", client="gmail",
  **{"from": "Andreas Gultom <andreas.gultom@polibatam.ac.id>"},
  subject="Ganti kode MK TRM 2105", date=dt(2026, 9, 15, 16, 33),
  text=_t, html=simple_html(_t),
  label=L("course_data", "mixed", {"course_code": "TRM 2105", "course_name": "Gambar Teknik Manufaktur",
                                   "changes": {"shortname": "TRM2205"}},
          "Course code change; the sender says it is the short name, so the new code is labelled as shortname."))

_t = ("Yth. Tim Helpdesk P4M,\n\nMohon bantuannya untuk mengganti kunci pendaftaran mata kuliah Sistem Kendali "
      "(ELK3302). Kunci baru: \"Kendali&Sistem*26\" (tanpa tanda kutip ya).\n\nTerima kasih.\n\nWassalam,\n"
      "Ahmad Fauzi\n")
M(slug="yahoo-key-in-quotes-without-quotes", client="yahoo",
  **{"from": "Ahmad Fauzi <fauzi_ahmad77@yahoo.com>"},
  subject="Ganti kunci pendaftaran", date=dt(2026, 9, 17, 6, 12),
  text=_t, html=yahoo_html(_t),
  label=L("course_data", "id", {"course_code": "ELK3302", "course_name": "Sistem Kendali",
                                "changes": {"enrolment_key": "Kendali&Sistem*26"}},
          "Key written in quotes with an explicit 'without the quotes'; label excludes the quotes."))

_t = ("Assalamualaikum,\n\nBerikut perubahan untuk mata kuliah Keamanan Informasi (IF4102):\n"
      "- pengampu baru: Nadia Putri Lestari, S.Kom., M.Cs.\n- kelas: IF-4A Malam\n\n"
      "Pengampu lama sudah pindah tugas ke Politeknik Negeri Jakarta per 1 Oktober.\n\nTerima kasih\n"
      "Sekretaris Prodi Teknik Informatika\n")
M(slug="roundcube-list-pengampu-baru-class", client="roundcube",
  **{"from": "Sekprodi TI <sekprodi.ti@polibatam.ac.id>"},
  subject="Perubahan data MK IF4102", date=dt(2026, 9, 29, 10, 14),
  text=_t, cte="8bit",
  label=L("course_data", "id", {"course_code": "IF4102", "course_name": "Keamanan Informasi",
                                "changes": {"lecturer": "Nadia Putri Lestari, S.Kom., M.Cs.", "class": "IF-4A Malam"}},
          "Dash list with 'pengampu baru' and class."))

M(slug="thunderbird-flowed-shortname-fullname", client="thunderbird",
  **{"from": "Grace Natalia <grace.natalia@polibatam.ac.id>"},
  subject="Renaming my course on e-learning", date=dt(2026, 10, 1, 20, 5),
  text=("Dear colleagues,\n\nThe study programme has approved a new title for my course. Could you please make "
        "the following changes on e-learning for LOG2103 Warehouse Management:\n\n"
        "Full name: Warehouse and Inventory Management\nShort name: LOG2103-WIM\n\n"
        "If you need the approval letter I can forward it.\n\nRegards,\nGrace\n\n-- \nGrace Natalia, M.Log.\n"
        "Logistics Engineering\n"),
  label=L("course_data", "en", {"course_code": "LOG2103", "course_name": "Warehouse Management",
                                "changes": {"fullname": "Warehouse and Inventory Management", "shortname": "LOG2103-WIM"}},
          "Labelled lines; Thunderbird format=flowed."))

M(slug="outlook-taught-by-semester-mixed", client="outlook",
  **{"from": "Dewi Kartika <dewi.kartika@polibatam.ac.id>"},
  subject="RE: Course Data Mining", date=dt(2026, 10, 6, 11, 19),
  html=outlook_html([
      "Halo tim P4M,", "",
      "Update untuk course IF3207 Data Mining: this semester it will be taught by Dr. Yusuf Maulana (bukan saya "
      "lagi), dan semesternya tolong ganti ke Semester Ganjil 2026/2027.", "", "Thanks ya,", "Dewi",
      ("raw", '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
              '<b>From:</b> Helpdesk P4M &lt;helpdesk-p4m@polibatam.ac.id&gt;<br><b>Sent:</b> Monday, October 5, 2026 '
              '3:10 PM<br><b>Subject:</b> Course Data Mining<o:p></o:p></p></div>'),
      "Ibu Dewi, apakah ada perubahan data untuk course Data Mining semester ini?"]),
  label=L("course_data", "mixed", {"course_code": "IF3207", "course_name": "Data Mining",
                                   "changes": {"lecturer": "Dr. Yusuf Maulana", "semester": "Semester Ganjil 2026/2027"}},
          "Reply to the helpdesk's question; lecturer change as 'taught by' plus semester."))


# ============================================================ announcements
M(slug="outlook-html-table-uts-schedule", client="outlook",
  **{"from": "Koordinator Prodi Teknik Elektro <prodi.elektro@polibatam.ac.id>"},
  subject="Permohonan penayangan pengumuman jadwal UTS", date=dt(2026, 9, 28, 14, 25),
  html=outlook_html([
      "Yth. Helpdesk P4M,", "",
      "Mohon ditayangkan pengumuman berikut di halaman depan e-learning untuk seluruh mahasiswa Teknik Elektro, "
      "tayang pada Senin, 5 Oktober 2026 pukul 08.00 WIB.", "",
      ("raw", '<p class="MsoNormal"><b>Judul: Jadwal Ujian Tengah Semester Ganjil 2026/2027 Teknik Elektro</b><o:p></o:p></p>'),
      "",
      word_table([["Hari/Tanggal", "Jam", "Mata Kuliah", "Ruang"],
                  ["Senin, 12 Oktober 2026", "08.00-10.00", "Rangkaian Listrik II", "GU 304"],
                  ["Selasa, 13 Oktober 2026", "10.30-12.30", "Elektronika Daya", "GU 305"],
                  ["Rabu, 14 Oktober 2026", "13.00-15.00", "Sistem Kendali", "TA 10.2"]]),
      "", "Terima kasih atas bantuannya.", "", "Koordinator Prodi Teknik Elektro"]),
  label=L("announcement", "id", {"title": "Jadwal Ujian Tengah Semester Ganjil 2026/2027 Teknik Elektro",
                                 "scope": "site", "publish_at": "2026-10-05T08:00:00+07:00"},
          "Schedule in an HTML table; table times are exam times, not the publish time; one programme labelled site."))

_t = ("Mas/Mbak helpdesk,\n\nTolong buatkan pengumuman di course EL3104 Praktikum Mikrokontroler ya:\n\n"
      "Judul: Pengumpulan Laporan Akhir Praktikum\nIsi: Laporan akhir dikumpulkan paling lambat Jum, 11/12 jam 23.59 "
      "lewat menu Assignment. Telat = tidak dinilai.\n\nTayang Sen, 7/12 jam 7 pagi.\n\nNuhun,\nBayu\n")
M(slug="yahoo-short-weekday-slash-dates", client="yahoo",
  **{"from": "Bayu Firmansyah <bayu.firmansyah@yahoo.com>"},
  subject="pengumuman lap akhir praktikum", date=dt(2026, 11, 25, 20, 44),
  text=_t, html=yahoo_html(_t),
  label=L("announcement", "id", {"course_code": "EL3104", "course_name": "Praktikum Mikrokontroler",
                                 "title": "Pengumpulan Laporan Akhir Praktikum", "scope": "course",
                                 "publish_at": "2026-12-07T07:00:00+07:00"},
          "Dates as 'Sen, 7/12' (day/month); the Friday 11/12 23.59 is the deadline, the Monday 7/12 is the publish time."))

_t = ("Selamat siang,\n\nUTS Matematika Teknik (TI1201) dijadwalkan Senin 19 Oktober. Saya minta tolong pengumuman "
      "\"Kisi-kisi UTS Matematika Teknik\" ditayangkan di course tsb H-1 UTS jam 19.00, supaya mahasiswa tidak "
      "belajar terlalu awal lalu lupa :)\n\nFile kisi-kisinya sudah saya upload di section Minggu 7.\n\nSalam,\n"
      "Rahmat Hidayat\n")
M(slug="gmail-h-minus-1-uts", client="gmail",
  **{"from": "Rahmat Hidayat <rahmat.hidayat@polibatam.ac.id>"},
  subject="Pengumuman kisi-kisi UTS", date=dt(2026, 10, 12, 13, 7),
  text=_t, html=simple_html(_t),
  label=L("announcement", "id", {"course_code": "TI1201", "course_name": "Matematika Teknik",
                                 "title": "Kisi-kisi UTS Matematika Teknik", "scope": "course",
                                 "publish_at": "2026-10-18T19:00:00+07:00"},
          "'H-1 UTS' resolves to the day before the exam on Monday 19 October; 19.00 is the publish time."))

M(slug="apple-singapore-sgt-publish", client="apple",
  **{"from": "Tan Hui Min <huimin.tan@sp.edu.sg>"},
  subject="Announcement for JP-DS301 students", date=dt(2026, 10, 7, 17, 2, tz=8),
  text=("Hi again,\n\nCould you help to post an announcement in JP-DS301 Data Storytelling?\n\n"
        "Title: Guest Critique Session with Industry Panel\n\n"
        "Text: Our industry panel from Grab and DBS will critique your dashboards on Thursday 15 October, 2pm-4pm "
        "(Singapore time), via Zoom. Please submit your draft by Wednesday 14 October, 11.59pm.\n\n"
        "Please publish it on Monday 12 October at 9:00 am Singapore time.\n\nThanks so much!\nHui Min\n\n"
        "Sent from my iPad\n"),
  html=None,
  label=L("announcement", "en", {"course_code": "JP-DS301", "course_name": "Data Storytelling",
                                 "title": "Guest Critique Session with Industry Panel", "scope": "course",
                                 "publish_at": "2026-10-12T08:00:00+07:00"},
          "Publish time is 9:00 Singapore time (UTC+8) = 08:00 WIB; session time and draft deadline are not publish times."))

M(slug="gmail-malaysia-guest-lecture-date-only", client="gmail",
  **{"from": "Nurul Izzati binti Ahmad <izzati@utem.edu.my>"},
  subject="Public lecture announcement - kindly publish", date=dt(2026, 10, 9, 9, 40, tz=8),
  text=("Dear P4M,\n\nWe would like to invite all Polibatam students and staff to our joint public lecture. "
        "Kindly publish this on the e-learning front page on 20 October.\n\n"
        "Title: Public Lecture - Industry 5.0 and the Future Technician\n"
        "Speaker: Prof. Ir. Dr. Zulkifli Mohd Nopiah\nDate: 27 October 2026, 10.00 am (Malaysia time)\n"
        "Venue: Zoom (link will be shared)\n\nThank you and have a nice weekend.\n\nIzzati\nUTeM\n"),
  html=None,
  label=L("announcement", "en", {"title": "Public Lecture - Industry 5.0 and the Future Technician", "scope": "site"},
          "Publish date only (20 October), no clock time, so no publish_at; 10.00 am is the lecture time."))

M(slug="outlook-memo-wadir-relative-day", client="outlook",
  **{"from": "Wakil Direktur Bidang Akademik <wadir.akademik@polibatam.ac.id>"},
  subject="Memo - pengumuman presensi daring", date=dt(2026, 10, 14, 16, 55),
  html=outlook_html([
      "MEMO DINAS", "Nomor\t: 142/PL29/MEMO/X/2026", "Dari\t: Wakil Direktur Bidang Akademik", "Kepada\t: Kepala P4M", "",
      "Mohon ditayangkan pengumuman untuk seluruh sivitas akademika di e-learning, besok pukul 07.00 WIB, dengan judul "
      "\u201cPemberlakuan Presensi Daring Mulai 19 Oktober 2026\u201d.", "",
      "Isi: Mulai Senin, 19 Oktober 2026 seluruh presensi perkuliahan dilakukan melalui e-learning. Dosen wajib "
      "membuka sesi presensi paling lambat 15 menit setelah kuliah dimulai.", "",
      "Atas perhatiannya diucapkan terima kasih.", "", "Wakil Direktur Bidang Akademik"]),
  label=L("announcement", "id", {"title": "Pemberlakuan Presensi Daring Mulai 19 Oktober 2026", "scope": "site",
                                 "publish_at": "2026-10-15T07:00:00+07:00"},
          "Deputy director memo; 'besok' counts from the Wednesday 14 October Date header; 19 October is the effective date."))

_t = ("helpdesk, tolong bikin announcement di course PBO (IF2103 Pemrograman Berorientasi Objek) ya\n\n"
      "judul: Remedial Quiz 2\nisi: remedial quiz 2 dibuka Rab 9 Des jam 08.00-10.00, max 1 attempt\n\n"
      "please post tgl 7 Des jam 6 sore. thx\n\nDikirim dari ponsel Android saya\n")
M(slug="gmail-android-abbrev-month-evening", client="gmail",
  **{"from": "Fikri Hasan <fikri.hasan@polibatam.ac.id>"},
  subject="announcement remedial", date=dt(2026, 11, 26, 18, 2),
  text=_t, html=gmail_android_html(_t),
  label=L("announcement", "mixed", {"course_code": "IF2103", "course_name": "Pemrograman Berorientasi Objek",
                                    "title": "Remedial Quiz 2", "scope": "course",
                                    "publish_at": "2026-12-07T18:00:00+07:00"},
          "'7 Des jam 6 sore' without a year is the next 7 December, 18:00; 9 Des 08.00 is the quiz opening."))

M(slug="gmail-pdf-surat-libur-date-only", client="gmail",
  **{"from": "Bagian Umum Polibatam <umum@polibatam.ac.id>"},
  subject="Surat edaran libur - mohon ditayangkan", date=dt(2026, 10, 13, 10, 0),
  text="Dengan hormat, terlampir surat edaran untuk ditayangkan di e-learning.\n",
  html='<div dir="ltr">Dengan hormat, terlampir surat edaran untuk ditayangkan di e-learning.</div>\n',
  att=[("SE_libur_Maulid.pdf", "application/pdf", pdf([
      "SURAT EDARAN", "Nomor    : 0571/PL29/SE/2026", "Lampiran : -", "Perihal  : Libur Peringatan Hari Besar",
      "", "Yth. Kepala P4M", "", "Dengan hormat,",
      "Mohon agar pengumuman berjudul \"Libur Perkuliahan Peringatan Hari Besar Keagamaan\" ditayangkan",
      "di laman utama e-learning pada tanggal 16 Oktober 2026.",
      "Perkuliahan diliburkan pada hari Senin, 26 Oktober 2026 dan dimulai kembali Selasa, 27 Oktober 2026",
      "pukul 07.30 WIB.", "", "Kepala Bagian Umum,", "Drs. Syahrial", "",
      "Tembusan: 1. Direktur  2. Para Wakil Direktur"]))],
  label=L("announcement", "id", {"title": "Libur Perkuliahan Peringatan Hari Besar Keagamaan", "scope": "site"},
          "Surat edaran only in the PDF; publish date without clock time, 07.30 is when lectures resume."))

_t = ("Kula nuwun Bapak/Ibu Helpdesk,\n\nNyuwun pangapunten, kula badhe nyuwun tulung dipunpasangaken "
      "pengumuman wonten ing kursus AKM2202 Perpajakan I. Irah-irahanipun: Perubahan Ruang Kuliah Perpajakan I. "
      "Isinipun: kuliah tanggal 22 Oktober dipunpindhah saking ruang GU 702 dhateng ruang TA 11.3.\n\n"
      "Menawi kersa, mugi saged dipuntayangaken sak enggal-enggalipun.\n\nMatur nuwun sanget,\n"
      "Endang Sulistyowati\nAkuntansi Manajerial\n")
M(slug="roundcube-krama-inggil-asap", client="roundcube",
  **{"from": "Endang Sulistyowati <endang.s@polibatam.ac.id>"},
  subject="Nyuwun tulung pengumuman Perpajakan I", date=dt(2026, 10, 19, 7, 3),
  text=_t,
  label=L("announcement", "id", {"course_code": "AKM2202", "course_name": "Perpajakan I",
                                 "title": "Perubahan Ruang Kuliah Perpajakan I", "scope": "course"},
          "Javanese krama (labelled id); 'as soon as possible', so no publish_at."))

M(slug="apple-html-table-maintenance", client="apple",
  **{"from": "Hendri Kurniawan <hendri.k@polibatam.ac.id>"},
  subject="Maintenance announcement for e-learning", date=dt(2026, 9, 29, 9, 18),
  text=None,
  html=('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
        '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
        '<div>Hi P4M,</div><div><br></div><div>UPT TIK will upgrade the e-learning server. Please post a site-wide '
        'announcement titled <b>Scheduled E-Learning Maintenance</b>, published on Friday 2 October at 16:00.</div>'
        '<div><br></div><table border="1" cellpadding="4"><tr><th>Activity</th><th>Start</th><th>End</th></tr>'
        '<tr><td>Database backup</td><td>Sat 3 Oct 20:00</td><td>Sat 3 Oct 23:00</td></tr>'
        '<tr><td>Moodle upgrade</td><td>Sat 3 Oct 23:00</td><td>Sun 4 Oct 05:00</td></tr></table>'
        '<div><br></div><div>Cheers,</div><div>Hendri</div><div>UPT TIK</div></body></html>\n'),
  label=L("announcement", "en", {"title": "Scheduled E-Learning Maintenance", "scope": "site",
                                 "publish_at": "2026-10-02T16:00:00+07:00"},
          "HTML-only Apple Mail; the table holds maintenance times, the publish time is in the prose."))

M(slug="gmail-long-story-announcement-middle", client="gmail",
  **{"from": "Theresia Manurung <theresia.m@polibatam.ac.id>"},
  subject="Kabar dari lapangan", date=dt(2026, 10, 19, 22, 15),
  text=("Selamat malam teman-teman P4M,\n\n"
        "Saya baru pulang dari kunjungan industri bersama mahasiswa ke galangan kapal di Tanjung Uncang. Perjalanan "
        "lumayan melelahkan, bus sempat mogok di Simpang Kara, dan kami terlambat hampir satu jam. Tapi mahasiswa "
        "sangat antusias, apalagi waktu melihat proses pengelasan blok lambung kapal dari dekat. Pembimbing "
        "lapangan dari perusahaan juga ramah sekali dan menjelaskan standar keselamatan dengan detail.\n\n"
        "Karena kunjungan ini, kuliah hari Jumat nanti saya ganti dengan kuis. Jadi tolong pasang pengumuman "
        "\"Kuis Pengganti Kunjungan Industri\" di course KP3105 Teknologi Pengelasan, tayang Kamis ini jam 06.00 "
        "pagi.\n\n"
        "Setelah kunjungan, beberapa mahasiswa bertanya soal peluang magang di sana. Saya sudah menghubungi HRD-nya "
        "dan mereka terbuka untuk 5 orang tiap semester. Ini kabar baik untuk prodi. Saya juga berencana menulis "
        "artikel pengabdian tentang kunjungan ini, mungkin nanti minta bantuan teman-teman untuk dokumentasi.\n\n"
        "Oh iya, foto-fotonya bagus-bagus, nanti saya kirim beberapa untuk berita kampus.\n\n"
        "Salam dari Tanjung Uncang,\nTheresia\n"),
  html=None,
  label=L("announcement", "id", {"course_code": "KP3105", "course_name": "Teknologi Pengelasan",
                                 "title": "Kuis Pengganti Kunjungan Industri", "scope": "course",
                                 "publish_at": "2026-10-22T06:00:00+07:00"},
          "Long story with the request in the middle; 'Kamis ini' from Monday 19 October is 22 October."))

_t = ("Halo helpdesk,\n\nBisa tolong announce di course BIS2201 Digital Marketing malam ini jam 20.00? "
      "Judulnya \"Live Session with Shopee Seller Coach\". Sesinya sendiri besok jam 13.00 via Zoom.\n\n"
      "Thanks a bunch!\n\n--\nCitra Ayuningtyas\nBusiness Administration\n")
M(slug="roundcube-tonight-clock", client="roundcube",
  **{"from": "Citra Ayuningtyas <citra.ayu@polibatam.ac.id>"},
  subject="Announce tonight pls", date=dt(2026, 11, 4, 15, 20),
  text=_t, cte="8bit",
  label=L("announcement", "mixed", {"course_code": "BIS2201", "course_name": "Digital Marketing",
                                    "title": "Live Session with Shopee Seller Coach", "scope": "course",
                                    "publish_at": "2026-11-04T20:00:00+07:00"},
          "'malam ini jam 20.00' is today's publish time; 'besok jam 13.00' is the session."))

_t = ("Slmt sore,\n\nMohon dipasang pengumuman dgn judul seperti subjek email ini di course Fisika Dasar (UMM1102). "
      "Praktikum minggu ini ditiadakan krn lab dipakai akreditasi, diganti Sabtu 31 Okt jam 08.00.\n\n"
      "Tks\nIrwan\n")
M(slug="yahoo-title-only-in-subject", client="yahoo",
  **{"from": "Irwan Saputra <irwan.saputra@yahoo.co.id>"},
  subject="Praktikum Fisika Dasar Minggu Ini Ditiadakan", date=dt(2026, 10, 26, 16, 30),
  text=_t, html=yahoo_html(_t),
  label=L("announcement", "id", {"course_code": "UMM1102", "course_name": "Fisika Dasar",
                                 "title": "Praktikum Fisika Dasar Minggu Ini Ditiadakan", "scope": "course"},
          "Title only in the subject; the Saturday 08.00 is the makeup practicum, not a publish time."))

M(slug="thunderbird-event-and-deadline-no-publish", client="thunderbird",
  **{"from": "Arief Budiman <arief.budiman@polibatam.ac.id>"},
  subject="Announcement: project demo day", date=dt(2026, 11, 9, 10, 2),
  text=("Hello helpdesk,\n\nPlease put up an announcement in IOT3301 Internet of Things, titled \"Final Project Demo "
        "Day\":\n\n> Demo day will be held on Thursday 26 November, 09:00-15:00 in the Techno Lab. Each group must "
        "upload its poster by Monday 23 November 23:59.\n\nWhenever convenient is fine.\n\nCheers,\nArief\n"),
  label=L("announcement", "en", {"course_code": "IOT3301", "course_name": "Internet of Things",
                                 "title": "Final Project Demo Day", "scope": "course"},
          "Only an event time and an upload deadline; no publish time asked."))

M(slug="outlook-docx-announcement-with-time", client="outlook",
  **{"from": "Kemahasiswaan Polibatam <kemahasiswaan@polibatam.ac.id>"},
  subject="Pengumuman beasiswa", date=dt(2026, 11, 10, 9, 12),
  html=outlook_html(["Selamat pagi, terlampir naskah pengumuman beserta waktu tayangnya.", "", "Terima kasih.",
                     "Bagian Kemahasiswaan"]),
  att=[("naskah_pengumuman_beasiswa.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx([
      "NASKAH PENGUMUMAN E-LEARNING", "Judul: Pendaftaran Beasiswa Bank Riau Kepri 2026",
      "Sasaran: seluruh mahasiswa (halaman depan)", "Waktu tayang: Jumat, 13 November 2026 pukul 15.30 WIB",
      "Isi: Pendaftaran dibuka 16-30 November 2026. Berkas diunggah melalui laman kemahasiswaan paling lambat "
      "30 November 2026 pukul 16.00 WIB."]))],
  label=L("announcement", "id", {"title": "Pendaftaran Beasiswa Bank Riau Kepri 2026", "scope": "site",
                                 "publish_at": "2026-11-13T15:30:00+07:00"},
          "Announcement text and publish time only in the DOCX; 16.00 on 30 November is the deadline."))

M(slug="outlook-table-remedial-day-slash-month", client="outlook",
  **{"from": "Yudi Santoso <yudi.santoso@polibatam.ac.id>"},
  subject="Announcement jadwal remedial Kalkulus", date=dt(2026, 10, 12, 8, 48),
  html=outlook_html([
      "Dear Helpdesk,", "",
      "Mohon dibuatkan announcement di course MAT1101 Kalkulus I, judul: Jadwal Remedial Kalkulus I. "
      "Please publish Rabu 14/10 pukul 10.00.", "",
      word_table([["Kelas", "Hari", "Jam"], ["1A", "Kamis 22/10", "13.00"], ["1B", "Jumat 23/10", "08.00"]]), "",
      "Thank you,", "Yudi"]),
  label=L("announcement", "mixed", {"course_code": "MAT1101", "course_name": "Kalkulus I",
                                    "title": "Jadwal Remedial Kalkulus I", "scope": "course",
                                    "publish_at": "2026-10-14T10:00:00+07:00"},
          "Day/month date; the table lists remedial sessions, not publish times."))


# ============================================================ elearning_support
_t = ("Permisi kak admin\nsaya mhs TI 2A, mau masuk course Jaringan Komputer tapi enrolment key nya ditolak terus. "
      "dosen kasih key Net'Work\"26! itu tanda kutipnya diketik juga gak ya? udah coba dua2nya tetep \"Invalid "
      "enrolment key\"\nNIM 4312501017\nmakasih kak\n\nDikirim dari ponsel Android saya\n")
M(slug="gmail-android-student-key-with-quotes-rejected", client="gmail",
  **{"from": "Salsabila Putri <salsabila.putri17@gmail.com>"},
  subject="enrolment key ditolak", date=dt(2026, 8, 28, 19, 22),
  text=_t, html=gmail_android_html(_t),
  label=L("elearning_support", "id", {}, "Student cannot enrol with a key containing quotes; support, not a change."))

M(slug="apple-singapore-guest-login", client="apple",
  **{"from": "Lim Wei Jie <weijie.lim@sp.edu.sg>"},
  subject="Unable to log in to Polibatam e-learning", date=dt(2026, 8, 20, 10, 45, tz=8),
  text=("Hello,\n\nI have been assigned to co-teach the joint module JP-DS301 but I cannot log in to your e-learning "
        "site. It says \"Invalid login, please try again\" with the username I was given (weijie.lim). I also "
        "tried the \"Forgotten your password\" link but no email arrived in my SP mailbox.\n\nCould you check my "
        "account? Many thanks.\n\nWei Jie\n\nSent from my iPhone\n"),
  html=None,
  label=L("elearning_support", "en", {}, "Partner co-teacher cannot log in."))

_t = ("Nuwun sewu Bapak/Ibu,\n\nKula nyuwun priksa, kursus Statistika Bisnis ingkang kula ampu punika boten "
      "ketingal wonten ing dashboard para mahasiswa. Mahasiswa sampun matur dhateng kula bilih kursusipun boten "
      "wonten. Punapa wonten setelan ingkang kirang leres?\n\nMatur nuwun,\nSuharti\n")
M(slug="gmail-krama-course-not-visible", client="gmail",
  **{"from": "Suharti Wulandari <suharti.w@polibatam.ac.id>"},
  subject="Kursus boten ketingal mahasiswa", date=dt(2026, 9, 1, 8, 5),
  text=_t, html=simple_html(_t),
  label=L("elearning_support", "id", {}, "Javanese krama; course hidden from students."))

M(slug="roundcube-long-story-quiz-error", client="roundcube",
  **{"from": "Bonifasius Lase <boni.lase@polibatam.ac.id>"},
  subject="Panjang, maaf - soal kuis kemarin", date=dt(2026, 9, 22, 21, 40),
  text=("Selamat malam,\n\n"
        "Mohon maaf emailnya panjang. Kemarin pagi saya sedang mengawas ujian praktik di lab CNC, sementara kelas "
        "lain mengerjakan kuis daring. Saya sudah menyiapkan kuis itu sejak minggu lalu, lengkap dengan bank soal "
        "40 butir yang saya ketik sendiri di rumah sampai larut malam. Anak saya yang kecil sampai protes karena "
        "bapaknya di depan laptop terus.\n\n"
        "Masalahnya, sekitar 15 mahasiswa melaporkan kuisnya tertutup otomatis di tengah jalan dengan pesan "
        "\"This quiz closed\" padahal waktunya masih 30 menit, dan nilai mereka tercatat 0. Mohon dibantu dicek "
        "kenapa bisa begitu dan apakah attempt mereka bisa dipulihkan.\n\n"
        "Setelah itu saya lanjut rapat jurusan sampai sore, membahas persiapan akreditasi. Banyak sekali dokumen "
        "yang harus dilengkapi. Pulangnya hujan, motor saya mogok di Batu Aji. Hari yang panjang.\n\n"
        "Terima kasih sebelumnya,\nBoni Lase\nTeknik Mesin\n"),
  label=L("elearning_support", "id", {}, "Long story; the support request (quiz closed early) is in the middle."))

M(slug="apple-mixed-upload-too-big", client="apple",
  **{"from": "Nadia Putri Lestari <nadia.lestari@polibatam.ac.id>"},
  subject="Upload video gagal", date=dt(2026, 10, 2, 14, 11),
  text=("Hi P4M,\n\nSaya mau upload video lecture (sekitar 350 MB) ke course Keamanan Informasi tapi selalu "
        "muncul \"The file is too large\". Is there a way to raise the limit, atau saya harus pakai YouTube/Drive "
        "link saja?\n\nThanks,\nNadia\n\nSent from my MacBook\n"),
  html=('<html><body><div>Hi P4M,</div><div><br></div><div>Saya mau upload video lecture (sekitar 350 MB) ke course '
        'Keamanan Informasi tapi selalu muncul "The file is too large". Is there a way to raise the limit, atau saya '
        'harus pakai YouTube/Drive link saja?</div><div><br></div><div>Thanks,</div><div>Nadia</div></body></html>\n'),
  label=L("elearning_support", "mixed", {}, "Upload size limit."))

_t = ("Selamat pagi,\n\nSaya lupa password e-learning dan email reset tidak pernah masuk (sudah cek spam). Email "
      "kampus saya juga sudah tidak aktif sejak saya pindah homebase. Mohon bantuan reset.\n\nNama: Rudi Hartanto\n"
      "NIDN: 1012088801\n\nTerima kasih\n")
M(slug="yahoo-password-reset", client="yahoo",
  **{"from": "Rudi Hartanto <rudi.hartanto88@yahoo.com>"},
  subject="Reset password e-learning", date=dt(2026, 10, 5, 6, 58),
  text=_t, html=yahoo_html(_t),
  label=L("elearning_support", "id", {}, "Password reset from a private Yahoo address."))

M(slug="gmail-malaysia-enrol-partner-students", client="gmail",
  **{"from": "Mohd Faizal bin Rahman <faizal.rahman@pis.edu.my>"},
  subject="Enrolment of PIS students into DKM3043", date=dt(2026, 10, 8, 15, 30, tz=8),
  text=("Dear Sir/Madam,\n\nTwelve of our students in the joint course DKM3043 Kejuruteraan Bahan still cannot see "
        "the course on your e-learning after logging in. Their accounts were created last week. I attach nothing "
        "but the list is below:\n\nPIS2301 - PIS2312\n\nCould you enrol them as students, please?\n\nThank you.\n"
        "Faizal\n"),
  html=None,
  label=L("elearning_support", "en", {}, "Malaysian partner asking to enrol students."))

_t = ("Siang Pak/Bu,\n\nDi course Akuntansi Biaya, tombol \"Add submission\" di tugas Minggu 6 tidak muncul untuk "
      "mahasiswa kelas AK-2C, padahal batas waktunya masih besok. Kelas lain bisa. Tolong dicek.\n\nLusi\n")
M(slug="roundcube-submit-button-missing", client="roundcube",
  **{"from": "Lusiana Tambunan <lusiana.t@polibatam.ac.id>"},
  subject="Tombol submit tugas hilang", date=dt(2026, 10, 13, 12, 3),
  text=_t,
  label=L("elearning_support", "id", {}, "Assignment submission button missing for one class."))

M(slug="outlook-gradebook-total-wrong", client="outlook",
  **{"from": "Sudarmanto <sudarmanto@polibatam.ac.id>"},
  subject="Nilai total di gradebook tidak sesuai", date=dt(2026, 11, 2, 10, 27),
  html=outlook_html([
      "Yth. Helpdesk P4M,", "",
      "Pada course Pemrograman Web Lanjut, total nilai di gradebook tidak sesuai bobot: UTS 30%, UAS 40%, tugas 30%. "
      "Yang tampil justru rata-rata biasa. Mohon dibantu pengaturannya karena nilai akan diunduh minggu depan.", "",
      "Hormat saya,", "Sudarmanto"]),
  label=L("elearning_support", "id", {}, "Gradebook weighting problem."))

M(slug="thunderbird-restore-backup-failed", client="thunderbird",
  **{"from": "Grace Natalia <grace.natalia@polibatam.ac.id>"},
  subject="Restore backup kursus gagal", date=dt(2026, 8, 19, 17, 36),
  text=("Selamat sore,\n\nSaya mencoba me-restore backup kursus Warehouse Management dari semester lalu (file .mbz "
        "sekitar 180 MB) ke kursus semester ini, tetapi prosesnya berhenti di 'Restore: precheck' dan muncul "
        "pesan error \"Error reading from database\". Sudah dicoba dua kali.\n\nMohon bantuannya.\n\nSalam,\n"
        "Grace\n\n-- \nGrace Natalia, M.Log.\n"),
  label=L("elearning_support", "id", {}, "Course restore error; Thunderbird format=flowed."))

_t = ("Halo P4M,\n\nAssignment Turnitin di course Digital Marketing tidak muncul di sisi mahasiswa, they only see "
      "an empty page. Padahal di sisi saya sudah ada. Did I miss some setting?\n\nCitra\n")
M(slug="gmail-mixed-turnitin-missing", client="gmail",
  **{"from": "Citra Ayuningtyas <citra.ayu@polibatam.ac.id>"},
  subject="Turnitin assignment tidak muncul", date=dt(2026, 11, 16, 9, 9),
  text=_t, html=simple_html(_t),
  label=L("elearning_support", "mixed", {}, "Turnitin assignment invisible to students."))

M(slug="outlook-surat-dinas-akun-dosen-baru", client="outlook",
  **{"from": "Jurusan Teknik Elektro <jte@polibatam.ac.id>"},
  subject="Permohonan pembuatan akun e-learning dosen baru", date=dt(2026, 8, 14, 13, 30),
  html=outlook_html([
      "Nomor\t: 0455/PL29.2/TE/2026", "Lampiran\t: -", "Perihal\t: Permohonan Akun E-Learning", "",
      "Yth. Kepala P4M", "Politeknik Negeri Batam", "",
      "Dengan hormat,", "Sehubungan dengan bergabungnya tiga dosen baru di Jurusan Teknik Elektro per 1 Agustus 2026, "
      "kami mohon dibuatkan akun e-learning dan didaftarkan sebagai pengajar (teacher) pada kursus yang diampu.", "",
      word_table([["No", "Nama", "Email"], ["1", "Ratna Sari, M.T.", "ratna.sari@polibatam.ac.id"],
                  ["2", "Joko Susilo, M.Eng.", "joko.susilo@polibatam.ac.id"],
                  ["3", "Fadli Ramadhan, M.T.", "fadli.r@polibatam.ac.id"]]), "",
      "Demikian permohonan ini, atas kerja samanya kami ucapkan terima kasih.", "", "Ketua Jurusan Teknik Elektro",
      "", "Tembusan: Wakil Direktur Bidang Akademik"]),
  label=L("elearning_support", "id", {}, "Formal surat dinas asking for accounts and teacher enrolment: support."))


# ============================================================ document_request
M(slug="outlook-surat-dinas-sop-ujian", client="outlook",
  **{"from": "Jurusan Manajemen Bisnis <jmb@polibatam.ac.id>"},
  subject="Permohonan dokumen SOP", date=dt(2026, 9, 4, 10, 15),
  html=outlook_html([
      "Nomor\t: 0501/PL29.5/JMB/2026", "Lampiran\t: -", "Perihal\t: Permohonan Dokumen SOP Pelaksanaan Ujian", "",
      "Yth. Kepala P4M", "di Tempat", "", "Dengan hormat,",
      "Dalam rangka persiapan UTS semester ganjil, kami mohon dapat diberikan salinan SOP Pelaksanaan Ujian dan "
      "SOP Ujian Susulan versi terbaru beserta formulir pendukungnya.", "",
      "Demikian kami sampaikan, atas perhatiannya diucapkan terima kasih.", "", "Ketua Jurusan Manajemen Bisnis", "",
      "Tembusan: Arsip"]),
  label=L("document_request", "id", {}, "Formal letter asking for SOPs."))

M(slug="apple-singapore-english-rps-template", client="apple",
  **{"from": "Tan Hui Min <huimin.tan@sp.edu.sg>"},
  subject="Course plan template (RPS) in English?", date=dt(2026, 9, 11, 11, 12, tz=8),
  text=("Hi P4M team,\n\nFor the joint module we need to submit the semester course plan in your format. Do you "
        "have the RPS template in English (Word format)? Also the assessment rubric template, if there is one.\n\n"
        "Thank you!\nHui Min\n\nSent from my iPad\n"),
  html=None,
  label=L("document_request", "en", {}, "Template request from the Singapore partner."))

_t = ("Kula nuwun,\n\nNyuwun sewu Bapak/Ibu, kula badhe nyuwun formulir Berita Acara Perkuliahan (BAP) ingkang "
      "enggal kagem semester ganjil punika, ugi format daftar hadir mahasiswa menawi wonten.\n\nMaturnuwun sanget.\n"
      "Endang\n")
M(slug="roundcube-krama-bap-form", client="roundcube",
  **{"from": "Endang Sulistyowati <endang.s@polibatam.ac.id>"},
  subject="Nyuwun formulir BAP", date=dt(2026, 9, 16, 8, 20),
  text=_t,
  label=L("document_request", "id", {}, "Javanese krama asking for the BAP form."))

M(slug="outlook-memo-wadir-manual-mutu", client="outlook",
  **{"from": "Wakil Direktur Bidang Akademik <wadir.akademik@polibatam.ac.id>"},
  subject="MEMO: dokumen mutu untuk visitasi", date=dt(2026, 10, 20, 14, 0),
  html=outlook_html([
      "MEMO", "Kepada\t: Kepala P4M", "Dari\t: Wakil Direktur Bidang Akademik", "Perihal\t: Dokumen SPMI", "",
      "Menjelang visitasi akreditasi prodi D3 Teknik Mesin, mohon disiapkan dan dikirimkan kepada kami Manual Mutu, "
      "Standar SPMI, dan formulir Audit Mutu Internal edisi terbaru paling lambat Jumat, 23 Oktober 2026.", "",
      "Terima kasih.", "Wakil Direktur Bidang Akademik"]),
  label=L("document_request", "id", {}, "Deputy director memo asking for quality documents; the date is a deadline."))

_t = ("Halo P4M,\nboleh minta template kuesioner evaluasi dosen (EDOM) yang dipakai tahun lalu? mau saya adaptasi "
      "buat mid-semester feedback di kelas saya. format docx or google form both ok\nthanks!\n\n"
      "Dikirim dari ponsel Android saya\n")
M(slug="gmail-android-edom-template", client="gmail",
  **{"from": "Fikri Hasan <fikri.hasan@polibatam.ac.id>"},
  subject="template EDOM", date=dt(2026, 10, 1, 12, 58),
  text=_t, html=gmail_android_html(_t),
  label=L("document_request", "mixed", {}, "Questionnaire template request."))

_t = ("Selamat siang,\n\nApakah ada formulir resmi untuk pengajuan perubahan data mata kuliah di e-learning (nama, "
      "pengampu, dsb.)? Prodi kami ingin mengajukan beberapa perubahan sekaligus dan lebih rapi kalau pakai "
      "formulir. Mohon dikirimkan formulirnya.\n\nTerima kasih,\nAdmin Prodi TRPL\n")
M(slug="roundcube-form-for-course-changes", client="roundcube",
  **{"from": "Admin Prodi TRPL <admin.trpl@polibatam.ac.id>"},
  subject="Formulir perubahan data MK", date=dt(2026, 10, 22, 13, 45),
  text=_t,
  label=L("document_request", "id", {}, "Asks for the change form, not for a change itself."))

M(slug="gmail-malaysia-moderation-sop", client="gmail",
  **{"from": "Nurul Izzati binti Ahmad <izzati@utem.edu.my>"},
  subject="Request: exam moderation SOP", date=dt(2026, 11, 3, 14, 4, tz=8),
  text=("Dear P4M,\n\nFor the joint programme audit next month, our quality unit would like a copy of Polibatam's SOP "
        "on exam paper moderation and the moderation checklist form. An English version would be great, but Bahasa "
        "Indonesia is also fine.\n\nThank you so much.\n\nIzzati\n"),
  html=None,
  label=L("document_request", "en", {}, "Malaysian partner asking for an SOP and checklist."))


# ============================================================ other
_t = ("Selamat sore P4M,\n\nSaya ingin bertanya saja dulu: apakah mungkin nama mata kuliah Gambar Teknik "
      "Manufaktur diubah pada semester genap nanti? Prodi masih membahas usulan kurikulum, jadi belum pasti. "
      "Kalau bisa, kira-kira prosedurnya bagaimana dan kapan paling lambat diajukan?\n\nTerima kasih,\nAndre\n")
M(slug="gmail-next-semester-possible", client="gmail",
  **{"from": "Andreas Gultom <andreas.gultom@polibatam.ac.id>"},
  subject="Pertanyaan perubahan nama MK semester depan", date=dt(2026, 11, 11, 16, 40),
  text=_t, html=simple_html(_t),
  label=L("other", "id", {}, "Near-miss: asks whether a rename is possible next semester; no change requested now."))

M(slug="apple-thanks-after-change", client="apple",
  **{"from": "Kevin Hartono <kevin.hartono@polibatam.ac.id>"},
  subject="Re: Course data correction - Robotics", date=dt(2026, 9, 9, 7, 50),
  text=("Thanks a lot, the new course name and both lecturers are showing correctly now. Much appreciated!\n\n"
        "Kevin\n\nSent from my iPhone\n\n> On 8 Sep 2026, at 16:02, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:\n"
        ">\n> Dear Mr. Kevin, the full name and lecturer of RBT4101 have been updated.\n"),
  html=None,
  label=L("other", "en", {}, "Near-miss: thanks after the change was done."))

M(slug="outlook-how-to-rename-myself", client="outlook",
  **{"from": "Dewi Kartika <dewi.kartika@polibatam.ac.id>"},
  subject="Cara ganti nama section sendiri", date=dt(2026, 10, 16, 13, 13),
  html=outlook_html([
      "Halo tim P4M,", "",
      "Bagaimana caranya saya mengganti sendiri nama topik/section di course saya (misalnya \"Topic 1\" menjadi "
      "\"Minggu 1 - Pengantar\")? Saya tidak menemukan tombol edit-nya. Tidak perlu diubahkan, saya hanya ingin "
      "tahu caranya.", "", "Terima kasih,", "Dewi"]),
  label=L("other", "id", {}, "Near-miss: how-to question about renaming sections oneself."))

_t = ("Assalamualaikum admin,\n\nsaya mau tanya, KRS saya di SIAKAD belum disetujui dosen wali padahal batas "
      "pengisian besok. mata kuliah Kewirausahaan juga tidak muncul di pilihan. mohon bantuannya 🙏\n\n"
      "Nama: Dimas Arya\nNIM: 3312401055\n")
M(slug="yahoo-misdirected-krs-siakad", client="yahoo",
  **{"from": "Dimas Arya <dimasarya_05@yahoo.com>"},
  subject="KRS belum disetujui", date=dt(2026, 8, 21, 20, 31),
  text=_t, html=yahoo_html(_t),
  label=L("other", "id", {}, "Misdirected: SIAKAD KRS approval belongs to academic administration."))

M(slug="gmail-malaysia-mou-meeting", client="gmail",
  **{"from": "Mohd Faizal bin Rahman <faizal.rahman@pis.edu.my>"},
  subject="Invitation: joint programme coordination meeting", date=dt(2026, 11, 18, 11, 0, tz=8),
  text=("Dear colleagues at P4M,\n\nWe are pleased to invite your representative to the joint programme "
        "coordination meeting on Wednesday, 2 December 2026, 10.00 am Malaysia time (09.00 WIB) via Microsoft Teams. "
        "Agenda: review of shared courses, e-learning access for partner students, and the 2027 calendar.\n\n"
        "Kindly confirm attendance by 27 November.\n\nBest regards,\nFaizal\nPoliteknik Ibrahim Sultan\n"),
  html=None,
  label=L("other", "en", {}, "Meeting invitation from a partner; not an announcement request."))

M(slug="thunderbird-long-story-no-request", client="thunderbird",
  **{"from": "Yohanes Sitorus <yohanes.s@polibatam.ac.id>"},
  subject="Sekadar berbagi cerita kelas Rangkaian Listrik", date=dt(2026, 11, 20, 21, 5),
  text=("Selamat malam rekan-rekan P4M,\n\n"
        "Tidak ada permintaan apa-apa kali ini, hanya ingin berbagi. Semester ini saya mencoba kuis mingguan di "
        "e-learning untuk Rangkaian Listrik II dan hasilnya menarik: kehadiran naik, dan nilai UTS rata-rata naik "
        "hampir sepuluh poin dibanding tahun lalu. Mahasiswa bilang kuis pendek membuat mereka rajin membaca.\n\n"
        "Saya juga mencoba fitur H5P untuk video interaktif. Awalnya repot, tetapi setelah dua video jadi lebih "
        "cepat. Mungkin semester depan saya ingin mencoba badge, tapi belum tahu kapan sempat.\n\n"
        "Terima kasih untuk pendampingannya selama ini.\n\nSalam,\nYohanes\n"),
  label=L("other", "id", {}, "Long story with no request; a vague plan for next semester."))

_t = ("Halo admin P4M,\n\nmau nanya aja, MK Data Mining (IF3207) semester ini diampu oleh siapa ya? di e-learning "
      "masih tertulis nama Bu Dewi, tapi di jadwal dari prodi tertulis Dr. Yusuf. I just want to know who to "
      "contact for the project.\n\nThank you\nKevin (mhs TI 3A)\n")
M(slug="yahoo-mixed-who-teaches", client="yahoo",
  **{"from": "Kevin Aditya <kevinaditya03@yahoo.com>"},
  subject="pengampu Data Mining?", date=dt(2026, 10, 7, 9, 25),
  text=_t, html=yahoo_html(_t),
  label=L("other", "mixed", {}, "Near-miss: a student asks who teaches a course; 'diampu oleh' but no change request."))


# ============================================================ auto
M(slug="moodle-course-backup-notice", client="plain",
  **{"from": "E-Learning Polibatam (noreply) <noreply@learning-if.polibatam.ac.id>"},
  to="Grace Natalia <grace.natalia@polibatam.ac.id>",
  cc="Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>",
  subject="Course backup completed: LOG2103 Warehouse Management", date=dt(2026, 8, 30, 2, 15),
  headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-Course-Id", "2214")],
  text=("Hi Grace,\n\nThe asynchronous backup of course \"LOG2103 Warehouse Management\" has completed successfully.\n\n"
        "File: backup-moodle2-course-2214-log2103-20260830-0215.mbz\nSize: 176.4 MB\n\n"
        "You can download it from the course's Restore page.\n\n---\nThis is an automatically generated message from "
        "E-Learning Polibatam. Please do not reply.\n"),
  html=None, cte="7bit",
  label=L("auto", "en", {}, "Moodle course-backup notification copied to the helpdesk."))

M(slug="turnitin-submission-receipt", client="plain",
  **{"from": "Turnitin No Reply <noreply@turnitin.com>"},
  subject="Turnitin Digital Receipt", date=dt(2026, 10, 23, 23, 58),
  headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Turnitin Mailer")],
  text=None,
  html=('<html><body><p>Dear Helpdesk P4M,</p><p>You have successfully submitted the file "Laporan_Akhir_Kelompok3.pdf" '
        'to the assignment "Final Report" in the class "BIS2201 Digital Marketing" on 23-Oct-2026 11:57PM (UTC+0700).</p>'
        '<p>Submission ID: 2518834471</p><p>Your submission is now being processed for a Similarity Report.</p>'
        '<p>Thank you for using Turnitin.</p><p>This is an automated email. Please do not reply.</p></body></html>\n'),
  label=L("auto", "en", {}, "Turnitin digital receipt sent to the helpdesk address."))

M(slug="out-of-office-en-id", client="outlook",
  **{"from": "Hendra Wijaya <hendra.wijaya@polibatam.ac.id>"},
  subject="Automatic reply: Permohonan dokumen SOP", date=dt(2026, 9, 4, 10, 16),
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  html=outlook_html([
      "Terima kasih atas email Anda. Saya sedang cuti hingga 14 September 2026 dengan akses email terbatas. "
      "Untuk urusan mendesak silakan hubungi admin prodi di prodi.mb@polibatam.ac.id.", "",
      "Thank you for your email. I am on leave until 14 September 2026 with limited access to email. For urgent "
      "matters please contact prodi.mb@polibatam.ac.id.", "", "Hendra Wijaya"]),
  label=L("auto", "mixed", {}, "Bilingual out-of-office auto-reply."))

M(slug="bounce-mailbox-full-id", client="plain", report=True,
  **{"from": "Mail Delivery System <MAILER-DAEMON@mx1.polibatam.ac.id>"},
  subject="Pesan tidak terkirim: kotak surat penuh", date=dt(2026, 10, 6, 8, 1),
  headers=[("Auto-Submitted", "auto-replied")],
  text=("Ini adalah pesan otomatis dari server surat mx1.polibatam.ac.id.\n\n"
        "Pesan Anda tidak dapat dikirim ke satu atau lebih penerima:\n\n  <rudi.hartanto@polibatam.ac.id>\n"
        "  Kotak surat penerima penuh (552 5.2.2 Mailbox full / quota exceeded)\n\n"
        "Header pesan asli terlampir di bawah ini.\n"),
  report_headers=("From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nTo: <rudi.hartanto@polibatam.ac.id>\n"
                  "Subject: Re: Reset password e-learning\nDate: Tue, 06 Oct 2026 08:00:41 +0700\n"),
  html=None, cte="8bit",
  label=L("auto", "id", {}, "Indonesian mailbox-full bounce (multipart/report)."))

M(slug="google-drive-share-id", client="plain",
  **{"from": "\"Theresia Manurung (via Google Drive)\" <drive-shares-dm-noreply@google.com>"},
  subject="Folder dibagikan dengan Anda: \"Dokumentasi KP3105\"", date=dt(2026, 10, 21, 8, 34),
  headers=[("Auto-Submitted", "auto-generated"), ("Reply-To", "Theresia Manurung <theresia.m@polibatam.ac.id>")],
  text=("Theresia Manurung (theresia.m@polibatam.ac.id) telah membagikan folder berikut:\n\n"
        "Dokumentasi Kunjungan Industri KP3105\n\nBuka: https://drive.google.com/drive/folders/1aB2cD3eF4gH5iJ6kL7m\n\n"
        "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\nAnda menerima email ini karena "
        "seseorang membagikan item kepada Anda dari Google Drive.\n"),
  html=None,
  label=L("auto", "id", {}, "Google Drive share notification."))

M(slug="jira-servicedesk-notification", client="plain",
  **{"from": "UPT TIK Service Desk <jira@servicedesk.polibatam.ac.id>"},
  subject="[JIRA] (TIK-4471) E-learning server upgrade: Resolved", date=dt(2026, 10, 4, 5, 40),
  headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-JIRA-FingerPrint", "7c1f0e2a9b")],
  text=("Hendri Kurniawan changed the status of TIK-4471 to Resolved.\n\n"
        "Summary: E-learning server upgrade\nResolution: Done\nReporter: Helpdesk P4M\n\n"
        "Comment: Upgrade finished at 04:52. Please verify that courses load normally.\n\n"
        "View request: https://servicedesk.polibatam.ac.id/browse/TIK-4471\n\n"
        "This message was sent by Atlassian Jira Service Management. Do not reply to this email.\n"),
  html=None, cte="7bit",
  label=L("auto", "en", {}, "Jira service-desk status notification; no human request."))


def main():
    if len(MAILS) != 70:
        print("expected 70 mails, got", len(MAILS))
        return 1
    labels, fails = {}, 0
    outputs = []
    for i, m in enumerate(MAILS, 1):
        name = "%03d-%s.eml" % (i, m["slug"])
        data = build(m)
        errs = check(name, data, m, m["label"])
        if errs:
            fails += 1
            print(name, errs)
        labels[name] = m["label"]
        outputs.append((name, data))
    from collections import Counter
    c1 = Counter(v["type"] for v in labels.values())
    c2 = Counter(v["lang"] for v in labels.values())
    want1 = {"course_data": 22, "announcement": 16, "elearning_support": 12, "document_request": 7, "other": 7, "auto": 6}
    want2 = {"id": 40, "en": 18, "mixed": 12}
    if dict(c1) != want1 or dict(c2) != want2:
        print("mix wrong", dict(c1), dict(c2))
        fails += 1
    if fails:
        return 1
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    for name, data in outputs:
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generator of tuning corpus tune41, formerly held-out part23 (round 13). Stdlib only, deterministic."""
import hashlib, html as htmlmod, io, json, os, re, sys, zipfile
from datetime import datetime, timezone, timedelta
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
HD = "Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>"
OUT = policy.default.clone(linesep="\r\n")
MAILS = []
LABELS = {}


def h(s, n=16):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def dt(s):
    # "2026-09-14 08:12 +0700"
    return datetime.strptime(s, "%Y-%m-%d %H:%M %z")


# ---------------- attachments ----------------
ZDT = (2026, 1, 1, 0, 0, 0)


def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, comp in files:
            zi = zipfile.ZipInfo(name, ZDT)
            zi.compress_type = zipfile.ZIP_STORED if not comp else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def esc(s):
    return htmlmod.escape(s, quote=False)


def docx(paras):
    """paras: list of str or list-of-rows (table)."""
    body = []
    for p in paras:
        if isinstance(p, list):
            rows = "".join(
                "<w:tr>" + "".join(f"<w:tc><w:p><w:r><w:t xml:space=\"preserve\">{esc(c)}</w:t></w:r></w:p></w:tc>" for c in r) + "</w:tr>"
                for r in p)
            body.append(f"<w:tbl>{rows}</w:tbl>")
        else:
            body.append(f"<w:p><w:r><w:t xml:space=\"preserve\">{esc(p)}</w:t></w:r></w:p>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + "</w:body></w:document>")
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
    return _zip([("[Content_Types].xml", ct, True), ("_rels/.rels", rels, True), ("word/document.xml", doc, True)])


def odt(paras):
    body = []
    for p in paras:
        if isinstance(p, list):
            rows = "".join("<table:table-row>" + "".join(
                f"<table:table-cell office:value-type=\"string\"><text:p>{esc(c)}</text:p></table:table-cell>" for c in r)
                + "</table:table-row>" for r in p)
            ncol = len(p[0])
            body.append(f"<table:table table:name=\"T1\"><table:table-column table:number-columns-repeated=\"{ncol}\"/>{rows}</table:table>")
        else:
            body.append(f"<text:p>{esc(p)}</text:p>")
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
               '<office:body><office:text>' + "".join(body) + '</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return _zip([("mimetype", "application/vnd.oasis.opendocument.text", False),
                 ("META-INF/manifest.xml", manifest, True), ("content.xml", content, True)])


def pdf(lines):
    def pesc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "60 790 Td"]
    for ln in lines:
        ops.append(f"({pesc(ln)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def pdf_text(b):
    s = b.decode("latin-1")
    res = []
    for m in re.finditer(r"\(((?:\\.|[^\\)])*)\) Tj", s):
        t = m.group(1)
        t = re.sub(r"\\(.)", r"\1", t)
        res.append(t)
    return "\n".join(res)


def zip_text(b):
    z = zipfile.ZipFile(io.BytesIO(b))
    name = "word/document.xml" if "word/document.xml" in z.namelist() else "content.xml"
    x = z.read(name).decode()
    x = re.sub(r"</(w:p|text:p|w:tc|table:table-cell)>", "\n", x)
    return htmlmod.unescape(re.sub(r"<[^>]+>", "", x))


# ---------------- message building ----------------
def outlook(parts_html, lang="id"):
    """Outlook 2016/2019 Word-generated HTML."""
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            '/* Font Definitions */\n@font-face\n\t{font-family:Calibri;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'table.MsoTableGrid\n\t{border:solid windowtext 1.0pt;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;}\n'
            'div.WordSection1\n\t{page:WordSection1;}\n--></style></head>'
            f'<body lang="{ "EN-US" if lang=="en" else "IN"}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
            '<div class="WordSection1">' + parts_html + '</div></body></html>')


def mso(t):
    return f'<p class="MsoNormal">{t}<o:p></o:p></p>\n'


def msotable(rows, head=True):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">']
    for i, r in enumerate(rows):
        out.append("<tr>")
        for c in r:
            c2 = f"<b>{esc(c)}</b>" if (head and i == 0) else esc(c)
            out.append(f'<td width="200" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt">'
                       f'<p class="MsoNormal">{c2}<o:p></o:p></p></td>')
        out.append("</tr>")
    out.append("</table>\n")
    return "".join(out)


def inner(frm, to, subj, date, body, charset="utf-8", cte=None, html=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subj
    m["Date"] = format_datetime(dt(date))
    m["Message-ID"] = f"<{h(subj+date)}@{frm.split('@')[-1].strip('>')}>"
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset=charset, cte=cte)
    if html:
        m.add_alternative(html, subtype="html")
    return m


def add(slug, typ, lang, fields, note, *, frm, subj, date, body=None, html=None, to=HD, cc=None,
        charset="utf-8", cte=None, hcte=None, atts=(), hdrs=(), mailer=None, report=None, inreply=None):
    assert slug not in [m[0] for m in MAILS], slug
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = format_datetime(dt(date))
    dom = frm.split("@")[-1].strip(">").strip()
    m["Message-ID"] = f"<{h(slug)}.{h(slug+'x',8)}@{dom}>"
    if inreply:
        m["In-Reply-To"] = inreply
        m["References"] = inreply
    for k, v in hdrs:
        m[k] = v
    if mailer:
        m["X-Mailer"] = mailer
    m["MIME-Version"] = "1.0"
    if body is not None and html is not None:
        m.set_content(body, charset=charset, cte=cte)
        m.add_alternative(html, subtype="html", charset=charset, cte=hcte)
    elif html is not None:
        m.set_content(html, subtype="html", charset=charset, cte=hcte)
    else:
        m.set_content(body, charset=charset, cte=cte)
    for a in atts:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
        else:
            fname, data = a
            ext = fname.rsplit(".", 1)[-1].lower()
            mt = {"pdf": ("application", "pdf"),
                  "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
                  "odt": ("application", "vnd.oasis.opendocument.text"),
                  "txt": ("text", "plain")}[ext]
            if mt[0] == "text":
                m.add_attachment(data, subtype="plain", filename=fname)
            else:
                m.add_attachment(data, maintype=mt[0], subtype=mt[1], filename=fname)
    if report is not None:
        # turn into multipart/report: report = (delivery_status_text, original EmailMessage or None)
        ds_text, orig = report
        m.make_mixed()
        ds = EmailMessage()
        ds["Content-Type"] = "message/delivery-status"
        from email.parser import Parser
        blocks = [Parser(policy=policy.default).parsestr(b.strip("\n") + "\n", headersonly=True)
                  for b in ds_text.strip("\n").split("\n\n")]
        ds.set_payload(blocks)
        m.attach(ds)
        if orig is not None:
            om = EmailMessage()
            om["Content-Type"] = "text/rfc822-headers"
            om.set_payload(orig)
            m.attach(om)
        m.set_type("multipart/report")
        m.set_param("report-type", "delivery-status")
    # deterministic boundaries
    i = 0
    for p in m.walk():
        if p.get_content_maintype() == "multipart":
            p.set_boundary(f"----=_Part_{h(slug, 12)}_{i}")
            i += 1
    MAILS.append((slug, m, date, subj))
    LABELS[slug] = {"type": typ, "lang": lang, "fields": fields, "note": note}


# ---------------- checks ----------------
def texts(msg, acc):
    for p in msg.walk():
        ct = p.get_content_type()
        if p.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        if ct == "text/plain" or ct == "text/rfc822-headers":
            acc.append(p.get_content() if ct == "text/plain" else p.get_payload())
        elif ct == "text/html":
            x = p.get_content()
            x = re.sub(r"(?is)<style.*?</style>", "", x)
            x = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</td>", "\n", x)
            acc.append(htmlmod.unescape(re.sub(r"<[^>]+>", "", x)))
        elif ct == "application/pdf":
            acc.append(pdf_text(p.get_content()))
        elif ct in ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.oasis.opendocument.text"):
            acc.append(zip_text(p.get_content()))
        if ct.startswith("message/") is False and p.get("Subject") and p is not msg:
            acc.append(str(p["Subject"]))
    return acc


def collect(msg):
    acc = [str(msg["Subject"])]
    for p in msg.walk():
        if p.get_content_type() == "message/rfc822":
            for sub in p.iter_parts():
                acc.append(str(sub["Subject"]))
    texts(msg, acc)
    return acc


def fail(slug, why):
    print(f"FAIL {slug}: {why}", file=sys.stderr)
    global BAD
    BAD = True


BAD = False


def check_and_write():
    from collections import Counter
    assert len(MAILS) == 70, len(MAILS)
    import random
    random.Random(23023).shuffle(MAILS)
    seen = set()
    for n, (slug, m, date, subj) in enumerate(MAILS, 1):
        fname = f"{n:03d}-{slug}.eml"
        data = m.as_bytes(policy=OUT)
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            fail(fname, "line endings")
        p = BytesParser(policy=policy.default).parsebytes(data)
        for part in p.walk():
            if part.defects:
                fail(fname, f"defects {part.defects}")
            for k, v in part.items():
                if getattr(v, "defects", None):
                    fail(fname, f"header defect {k} {v.defects}")
        if p["Date"].datetime != dt(date):
            fail(fname, "date roundtrip")
        d = dt(date)
        if not (datetime(2026, 8, 1, tzinfo=timezone.utc) - timedelta(hours=14) <= d <= datetime(2026, 11, 29, tzinfo=timezone.utc)):
            fail(fname, "date range")
        wd = str(p["Date"]).split(",")[0]
        if wd != d.strftime("%a"):
            fail(fname, "weekday")
        if str(p["Subject"]) != subj:
            fail(fname, f"subject roundtrip {p['Subject']!r}")
        for part in p.walk():
            if part.get_content_disposition() == "attachment" and part.get_content_type() != "message/rfc822":
                if len(part.get_payload(decode=True) or b"") > 30000:
                    fail(fname, "attachment too big")
            if part.get_content_type() == "message/rfc822":
                if len(part.as_bytes()) > 30000:
                    fail(fname, "rfc822 too big")
        corpus = "\n".join(collect(p))
        flat = re.sub(r"\s+", " ", corpus)
        lab = LABELS[slug]
        vals = []
        f = lab["fields"]
        for k in ("course_code", "course_name", "title"):
            if k in f:
                vals.append(f[k])
        for v in f.get("changes", {}).values():
            vals.append(v)
        for v in vals:
            if v not in corpus and re.sub(r"\s+", " ", v) not in flat:
                fail(fname, f"value not found: {v!r}")
        if lab["type"] not in ("course_data", "announcement") and f:
            fail(fname, "fields on non-field type")
        if "publish_at" in f and not re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:00\+07:00", f["publish_at"]):
            fail(fname, "publish_at format")
        seen.add(fname)
    c = Counter(l["type"] for l in LABELS.values())
    want = {"course_data": 22, "announcement": 16, "elearning_support": 12, "document_request": 7, "other": 7, "auto": 6}
    if dict(c) != want:
        fail("mix", str(c))
    cl = Counter(l["lang"] for l in LABELS.values())
    if dict(cl) != {"id": 40, "en": 18, "mixed": 12}:
        fail("lang", str(cl))
    if BAD:
        sys.exit(1)
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for n, (slug, m, date, subj) in enumerate(MAILS, 1):
        fname = f"{n:03d}-{slug}.eml"
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(m.as_bytes(policy=OUT))
        labels[fname] = LABELS[slug]
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    print(f"wrote {len(MAILS)} mails")


# =====================================================================
# COURSE DATA (22)
# =====================================================================
add("outlook2019-baak-an-kajur-html-table-three-changes", "course_data", "id",
    {"course_code": "IF3205", "course_name": "Pemrograman Web Lanjut",
     "changes": {"lecturer": "Dr. Hendra Saputra, S.Kom., M.Kom.", "class": "IF-3A Malam", "credits": "4"}},
    "BAAK writes on behalf of the head of department; three changes to one course in a Word HTML table.",
    frm="BAAK Polibatam <baak@polibatam.ac.id>", subj="Perubahan data MK Pemrograman Web Lanjut (a.n. Ketua Jurusan Teknik Informatika)",
    date="2026-08-10 09:14 +0700", mailer="Microsoft Outlook 16.0",
    html=outlook(mso("Yth. Tim Helpdesk P4M,") + mso("&nbsp;") +
                 mso("Atas nama Ketua Jurusan Teknik Informatika, bersama ini kami sampaikan perubahan data mata kuliah di e-learning untuk semester ganjil 2026/2027 sebagai berikut:") +
                 mso("&nbsp;") +
                 msotable([["Kode MK", "Nama MK", "Data yang diubah", "Semula", "Menjadi"],
                           ["IF3205", "Pemrograman Web Lanjut", "Dosen pengampu", "Rizky Amalia, S.T., M.T.", "Dr. Hendra Saputra, S.Kom., M.Kom."],
                           ["IF3205", "Pemrograman Web Lanjut", "Kelas", "IF-3A Pagi", "IF-3A Malam"],
                           ["IF3205", "Pemrograman Web Lanjut", "SKS", "3", "4"]]) +
                 mso("&nbsp;") + mso("Mohon dapat ditindaklanjuti sebelum perkuliahan minggu ke-2. Atas perhatiannya kami ucapkan terima kasih.") +
                 mso("&nbsp;") + mso("Salam,") + mso("<b>Sri Wahyuni, A.Md.</b>") +
                 mso("Staf Bagian Administrasi Akademik dan Kemahasiswaan (BAAK)") + mso("a.n. Ketua Jurusan Teknik Informatika") +
                 mso('<span style="color:#7F7F7F">Politeknik Negeri Batam | Jl. Ahmad Yani, Batam Centre</span>')))

add("plain-timetabling-officer-ascii-table-old-new", "course_data", "id",
    {"course_code": "EL2106", "course_name": "Rangkaian Listrik II",
     "changes": {"class": "EL-2B", "semester": "Semester 4", "lecturer": "Yuliana Siregar, S.T., M.Eng."}},
    "Timetabling officer (penjadwalan) lists three changes to one course in a plain ASCII old/new table.",
    frm="Petugas Penjadwalan Jurusan Elektro <jadwal.elektro@polibatam.ac.id>",
    subj="[Jadwal] koreksi data e-learning EL2106", date="2026-08-12 15:40 +0700", mailer="Mozilla Thunderbird",
    body="""Selamat sore Helpdesk,

Hasil rapat penjadwalan kemarin ada koreksi untuk satu MK, tolong disesuaikan di
e-learning ya. Data lain tetap.

+--------+----------------------+------------+-----------------------------------+
| Kode   | Mata Kuliah          | Kolom      | Lama  -->  Baru                   |
+--------+----------------------+------------+-----------------------------------+
| EL2106 | Rangkaian Listrik II | Kelas      | EL-2A  -->  EL-2B                 |
| EL2106 | Rangkaian Listrik II | Semester   | Semester 3  -->  Semester 4       |
| EL2106 | Rangkaian Listrik II | Pengampu   | Fajar Nugroho, S.T.  -->          |
|        |                      |            | Yuliana Siregar, S.T., M.Eng.     |
+--------+----------------------+------------+-----------------------------------+

Kode MK tetap EL2106, jangan diganti.

Terima kasih,
Dedi Kurniawan
Petugas Penjadwalan - Jurusan Teknik Elektro
Ext. 1207
""")

add("zimbra-surat-dinas-rename-sk-kurikulum", "course_data", "id",
    {"course_code": "TRPL2204", "course_name": "Sistem Basis Data",
     "changes": {"fullname": "Basis Data dan Manajemen Informasi"}},
    "Rename after curriculum revision; the decree number is cited but is not a value.",
    frm="Sekretariat Prodi TRPL <trpl@polibatam.ac.id>", subj="Penyesuaian nama mata kuliah sesuai SK Kurikulum 2026",
    date="2026-08-17 10:05 +0700", mailer="Zimbra 9.0.0_GA_4178 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4178)",
    html="""<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>Kepada Yth.<br>Kepala P4M<br>c.q. Helpdesk E-Learning<br>di tempat</div><div><br></div><div>Dengan hormat,</div><div><br></div><div>Bersama ini kami sampaikan bahwa sehubungan dengan telah ditetapkannya Surat Keputusan Direktur Politeknik Negeri Batam Nomor 1287/PL29/HK.02/2026 tentang Revisi Kurikulum Program Studi Teknologi Rekayasa Perangkat Lunak, maka terdapat perubahan nomenklatur mata kuliah. Untuk itu kami mohon kiranya nama mata kuliah pada e-learning dapat disesuaikan sebagai berikut:</div><div><br></div><div>Kode MK&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;: TRPL2204<br>Nama lama&nbsp;&nbsp;: Sistem Basis Data<br>Nama baru&nbsp;&nbsp;: Basis Data dan Manajemen Informasi</div><div><br></div><div>Demikian surat ini kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.</div><div><br></div><div>Hormat kami,<br>a.n. Koordinator Program Studi TRPL<br>Sekretaris Prodi,<br><br>Ttd.<br><br>Nurhayati Lubis, S.Kom., M.Cs.<br>NIP 198805122019032014</div></div></body></html>""")

add("gmail-spanish-team-teaching-swap", "course_data", "en",
    {"course_code": "ME3107", "course_name": "Manufacturing Process",
     "changes": {"lecturer": "Alejandro Ruiz Fernández, M.Sc."}},
    "Team-teaching swap: only the departing co-lecturer is replaced; the other lecturer stays.",
    frm="Alejandro Ruiz <alejandro.ruiz@polibatam.ac.id>", subj="Change of lecturer in Manufacturing Process (ME3107)",
    date="2026-08-19 21:37 +0700", mailer=None,
    body="""Hello, good evening,

I am the new guest lecturer in Mechanical Engineering since this month. In the
course ME3107 Manufacturing Process we are two lecturers, Mr. Agus Salim and
Mr. Teguh Prasetyo. Mr. Teguh is going to Japan for his doctorate, so I enter
in his place, the department already agreed it.

Please can you put me in the place of Mr. Teguh in the e-learning? My name as
it must appear: Alejandro Ruiz Fernández, M.Sc.

Mr. Agus continues the same, please don't remove him.

Muchas gracias and sorry for my English,
Alejandro
--
Alejandro Ruiz Fernández
Guest Lecturer, Mechanical Engineering
Politeknik Negeri Batam
""")

add("roundcube-betawi-gabung-kelas", "course_data", "id",
    {"course_code": "AK2203", "course_name": "Akuntansi Biaya", "changes": {"class": "AK-2AB"}},
    "Two classes merged into one; the merged class name is the new class value.",
    frm="Rahmat Hidayat <rahmat.h@polibatam.ac.id>", subj="kelas digabung nih, Akuntansi Biaya",
    date="2026-08-24 13:22 +0700", mailer="Roundcube Webmail/1.6.6",
    body="""Assalamualaikum bang/mpok helpdesk,

Gini nih, semester ini kelas AK-2A ame AK-2B Akuntansi Biaya (AK2203) udah
digabung jadi atu kelas soalnye mahasiswanye dikit banget. Nah di e-learning
masih kepisah dua tuh. Tolong dong kelasnye diganti jadi AK-2AB aje, biar
ane kagak ngupload materi dua kali mulu.

Makasih banyak ye, ditunggu kabarnye.

Rahmat Hidayat
Dosen Akuntansi
""")

add("gmail-jawa-ngoko-semester-pindah", "course_data", "id",
    {"course_code": "MB3105", "course_name": "Manajemen Pemasaran", "changes": {"semester": "6"}},
    "Semester move written in casual Javanese-flavoured Indonesian.",
    frm="Bayu Setiawan <bayu.setiawan@polibatam.ac.id>", subj="MB3105 semestere salah",
    date="2026-08-26 07:48 +0700",
    body="""Mas/Mbak helpdesk,

Iki lho MB3105 Manajemen Pemasaran neng e-learning kok isih semester 5, padahal
wis dipindah nang semester 6 karo kurikulum anyar. Tulung diganti dadi semester 6
yo, ben mahasiswa ora bingung nggolek kelase.

Suwun yo.

Bayu
""")

add("thunderbird-bottom-posted-russian-credits", "course_data", "en",
    {"course_code": "IF2102", "course_name": "Discrete Mathematics", "changes": {"credits": "2"}},
    "Bottom-posted reply: the helpdesk asked which value; the answer with the new credits is under the quote.",
    frm="Dmitry Volkov <d.volkov@polibatam.ac.id>", subj="Re: [P4M-HD #4412] Discrete Mathematics credits",
    date="2026-09-02 11:03 +0700", mailer="Mozilla Thunderbird 115.14.0", inreply="<hd4412@polibatam.ac.id>",
    body="""On 01.09.2026 16:20, Helpdesk P4M wrote:
> Dear Mr. Volkov,
>
> Thank you for your message. Could you please tell us the new number of
> credits for course IF2102 Discrete Mathematics?
>
> Regards,
> Helpdesk P4M

Good day.

New number is 2 credits (SKS). Before it was 3. This is decision of study
programme after curriculum review, document is with Kaprodi.

Please make change in e-learning course IF2102 Discrete Mathematics, credits: 2.

With respect,
Dmitry Volkov, PhD
Lecturer, Informatics
""")

add("roundcube-enrolment-key-one-class", "course_data", "id",
    {"course_code": "IF3103", "course_name": "Jaringan Komputer", "changes": {"enrolment_key": "JarKom#3B-2026"}},
    "New enrolment key for one class of the course.",
    frm="Wulan Sari <wulan.sari@polibatam.ac.id>", subj="Enrolment key baru IF3103 kelas 3B",
    date="2026-09-04 08:15 +0700", mailer="Roundcube Webmail/1.6.6",
    body="""Pagi,

Key kelas IF-3B untuk Jaringan Komputer (IF3103) bocor ke grup angkatan lain.
Mohon diganti jadi: JarKom#3B-2026

Kelas 3A dan 3C tidak usah diubah.

Wulan Sari, S.T., M.Kom.
""")

add("gmail-codeswitch-summary-pasted-paragraph", "course_data", "mixed",
    {"course_code": "GEO2201", "course_name": "Kartografi Digital",
     "changes": {"summary": "This course introduces the principles of digital cartography, including map projections, symbolization, generalization and thematic map design using open-source GIS software. Students will produce a thematic atlas of Batam as their final project."}},
    "The whole course summary is replaced by a pasted English paragraph.",
    frm="Intan Permatasari <intan.p@polibatam.ac.id>", subj="Ganti summary course Kartografi Digital",
    date="2026-09-08 14:31 +0700",
    body="""Hi helpdesk,

Untuk course GEO2201 Kartografi Digital, tolong summary yang sekarang di-replace
semua ya dengan paragraf ini (yang lama udah outdated banget, masih pakai ArcView):

This course introduces the principles of digital cartography, including map projections, symbolization, generalization and thematic map design using open-source GIS software. Students will produce a thematic atlas of Batam as their final project.

Thanks a lot!
Intan
""", html="""<div dir="ltr">Hi helpdesk,<div><br></div><div>Untuk course GEO2201 Kartografi Digital, tolong summary yang sekarang di-replace semua ya dengan paragraf ini (yang lama udah outdated banget, masih pakai ArcView):</div><div><br></div><blockquote style="margin:0 0 0 40px;border:none;padding:0px"><div><i>This course introduces the principles of digital cartography, including map projections, symbolization, generalization and thematic map design using open-source GIS software. Students will produce a thematic atlas of Batam as their final project.</i></div></blockquote><div><br></div><div>Thanks a lot!</div><div>Intan</div></div>""")

add("outlook-plain-code-change-plus-shortname", "course_data", "id",
    {"course_code": "IF2105", "course_name": "Pemrograman Berorientasi Objek", "changes": {"shortname": "PBO-IF2A"}},
    "The change of course code (IF2105 to IF2150) is not a field; only the short name change counts.",
    frm="Andi Pratama <andi.pratama@polibatam.ac.id>", subj="Kode & shortname PBO",
    date="2026-09-09 10:02 +0700", mailer="Microsoft Outlook 16.0",
    body="""Dear Helpdesk,

Ada 2 hal untuk mata kuliah Pemrograman Berorientasi Objek:
1. Kode MK di SIAKAD sudah berubah dari IF2105 menjadi IF2150 (mengikuti kurikulum baru).
2. Nama singkat (short name) course di e-learning mohon diganti menjadi PBO-IF2A.

Kalau kode di e-learning memang tidak bisa diubah dari sini, tidak apa-apa, cukup nomor 2 saja.

Terima kasih,
Andi Pratama, M.T.
""")

add("lotus-notes-nigerian-lecturer-swap", "course_data", "en",
    {"course_code": "EL3204", "course_name": "Power Electronics",
     "changes": {"lecturer": "Engr. Chukwuemeka Obi, M.Eng."}},
    "Lotus-Notes-style plain text; lecturer replacement.",
    frm="Chukwuemeka Obi <c.obi@polibatam.ac.id>", subj="REQUEST FOR CHANGE OF LECTURER - EL3204 POWER ELECTRONICS",
    date="2026-09-10 16:55 +0700", mailer="Lotus Notes Release 9.0.1 FP10 October 25, 2018",
    body="""To:      helpdesk-p4m@polibatam.ac.id
cc:
Subject: REQUEST FOR CHANGE OF LECTURER - EL3204 POWER ELECTRONICS

Good afternoon Sir/Ma,

I write to kindly request that the lecturer on record for EL3204 Power
Electronics be changed from Mr. Hadi Susanto to Engr. Chukwuemeka Obi, M.Eng.
(my humble self), as approved by the HOD at the departmental meeting of
Tuesday.

The students have been asking me why my name is not showing. Kindly effect
the change at your earliest convenience.

Thanks and God bless.

Engr. Chukwuemeka Obi, M.Eng.
Visiting Lecturer, Dept. of Electrical Engineering
""")

add("gmail-professor-third-person-long-titles", "course_data", "id",
    {"course_code": "MRE5101", "course_name": "Metodologi Penelitian",
     "changes": {"lecturer": "Prof. Dr. Ir. H. Muhammad Zainuddin, M.Sc., Ph.D., IPU., ASEAN Eng."}},
    "A senior professor writes of himself in the third person; his full title string is the new lecturer value.",
    frm='"Prof. Muhammad Zainuddin" <m.zainuddin@polibatam.ac.id>', subj="Pengampu Metodologi Penelitian (MRE5101)",
    date="2026-09-11 06:20 +0700",
    body="""Assalamu'alaikum warahmatullahi wabarakatuh.

Yth. Pengelola Helpdesk P4M,

Prof. Dr. Ir. H. Muhammad Zainuddin, M.Sc., Ph.D., IPU., ASEAN Eng. dengan ini
menyampaikan bahwa beliau mulai semester ganjil 2026/2027 mengampu mata kuliah
Metodologi Penelitian (MRE5101) pada Program Magister Terapan Rekayasa Elektro,
menggantikan almarhum Dr. Syamsul Bahri.

Beliau memohon agar nama pengampu pada e-learning dituliskan lengkap sebagai:
Prof. Dr. Ir. H. Muhammad Zainuddin, M.Sc., Ph.D., IPU., ASEAN Eng.

Beliau juga berpesan agar gelar tidak disingkat dan urutannya tidak diubah.

Wassalamu'alaikum warahmatullahi wabarakatuh.

Prof. Dr. Ir. H. Muhammad Zainuddin, M.Sc., Ph.D., IPU., ASEAN Eng.
Guru Besar Teknik Elektro
""")

add("gmail-one-long-paragraph-fullname-shortname", "course_data", "id",
    {"course_code": "TI2207", "course_name": "Struktur Data",
     "changes": {"fullname": "Struktur Data dan Algoritma", "shortname": "SDA-TI2207"}},
    "Everything in one long paragraph; two changes.",
    frm="Dewi Lestari <dewi.lestari@polibatam.ac.id>", subj="mohon bantuan",
    date="2026-09-15 22:47 +0700",
    body="Selamat malam tim helpdesk, mohon maaf mengganggu malam-malam begini, saya Dewi Lestari dosen Teknik Informatika, jadi begini, mata kuliah saya TI2207 Struktur Data di e-learning namanya masih yang lama padahal sejak kurikulum baru sudah digabung dengan materi algoritma sehingga namanya sekarang Struktur Data dan Algoritma, jadi mohon nama lengkapnya diganti menjadi Struktur Data dan Algoritma, lalu sekalian nama singkatnya juga tolong dijadikan SDA-TI2207 supaya mahasiswa gampang mencarinya di dashboard, kalau ada yang perlu saya lengkapi silakan kabari saja lewat email ini atau WA, terima kasih banyak sebelumnya dan selamat beristirahat.\n\nDewi\n")

add("plain-numbered-sentences-credits-class", "course_data", "id",
    {"course_code": "ME2203", "course_name": "Mekanika Fluida", "changes": {"credits": "3", "class": "ME-2C"}},
    "Every sentence is numbered; two changes in sentences 3 and 4.",
    frm="Hendrik Tambunan <hendrik.t@polibatam.ac.id>", subj="Mekanika Fluida ME2203",
    date="2026-09-16 09:30 +0700",
    body="""(1) Selamat pagi, Helpdesk P4M.
(2) Saya pengampu mata kuliah ME2203 Mekanika Fluida.
(3) Jumlah SKS di e-learning tertulis 2, seharusnya 3.
(4) Kelasnya juga salah, mohon diubah dari ME-2A menjadi ME-2C.
(5) Kelas ME-2A sudah dipegang dosen lain.
(6) Terima kasih atas bantuannya.
(7) Hendrik Tambunan, S.T., M.T.
""")

add("gmail-irish-enrolment-key", "course_data", "en",
    {"course_code": "ANI3301", "course_name": "Animation Studio III", "changes": {"enrolment_key": "Cl0ud-Br3ak!"}},
    "Enrolment key for one class (MM-3A); other classes untouched.",
    frm="Siobhan Gallagher <s.gallagher@polibatam.ac.id>", subj="new key for Animation Studio III, group MM-3A",
    date="2026-09-18 12:12 +0700",
    body="""Hiya,

Grand job on sorting my last query, ye're great. One more small thing: could
you swap the enrolment key on ANI3301 Animation Studio III for the MM-3A lot?
Half of second year seem to have got hold of the old one, so I'd like it
changed to

    Cl0ud-Br3ak!

(that's a zero in Cl0ud and a three in Br3ak, exclamation mark at the end).
Leave MM-3B as it is, they're grand.

Cheers,
Siobhan

--
Siobhan Gallagher
Visiting Lecturer, Multimedia & Animation
""")
add("gmail-fwd-inside-fwd-request-in-oldest", "course_data", "mixed",
    {"course_code": "MB2104", "course_name": "Pengantar Bisnis",
     "changes": {"lecturer": "Ratna Dewi Anggraini, S.E., M.B.A."}},
    "Forward nested inside a forward; only the oldest (bottom) mail from the head of programme holds the request.",
    frm="Yoga Permana <yoga.permana@polibatam.ac.id>", subj="Fwd: Fwd: dosen pengganti PB",
    date="2026-09-21 08:05 +0700",
    body="""FYI, please process the request at the bottom. Thx.

---------- Forwarded message ---------
From: Lina Marlina <lina.marlina@polibatam.ac.id>
Date: Fri, Sep 18, 2026 at 4:51 PM
Subject: Fwd: dosen pengganti PB
To: Yoga Permana <yoga.permana@polibatam.ac.id>


Yog, ini dari Kaprodi, tolong teruskan ke helpdesk ya, aku lagi di luar kota.

---------- Forwarded message ---------
From: Kaprodi Manajemen Bisnis <kaprodi.mb@polibatam.ac.id>
Date: Fri, Sep 18, 2026 at 2:10 PM
Subject: dosen pengganti PB
To: Lina Marlina <lina.marlina@polibatam.ac.id>


Bu Lina,

Mulai minggu depan MB2104 Pengantar Bisnis diampu oleh Ratna Dewi Anggraini,
S.E., M.B.A. karena Pak Rudi cuti sakit sampai akhir semester. Mohon nama
pengampu di e-learning diganti menjadi Ratna Dewi Anggraini, S.E., M.B.A.

Terima kasih.

Kaprodi MB
""")

_inner17 = inner("Kaprodi Teknik Elektro <kaprodi.elektro@polibatam.ac.id>", "Admin Jurusan Elektro <admin.elektro@polibatam.ac.id>",
                 "Nama MK Elektronika Daya", "2026-09-22 10:30 +0700",
                 """Mbak Admin,

Tolong sampaikan ke P4M: nama mata kuliah EL3105 Elektronika Daya di
e-learning mohon diubah menjadi "Elektronika Daya Terapan" sesuai kurikulum
2026.

Terima kasih.
Kaprodi TE
""")
add("rfc822-attachment-holds-rename", "course_data", "id",
    {"course_code": "EL3105", "course_name": "Elektronika Daya", "changes": {"fullname": "Elektronika Daya Terapan"}},
    "The request is only in the attached message/rfc822 from the head of programme.",
    frm="Admin Jurusan Elektro <admin.elektro@polibatam.ac.id>", subj="Fw: Nama MK Elektronika Daya",
    date="2026-09-22 13:45 +0700", mailer="Microsoft Outlook 16.0",
    body="Selamat siang,\n\nBerikut kami teruskan email dari Kaprodi (terlampir). Mohon ditindaklanjuti.\n\nSalam,\nAdmin Jurusan Teknik Elektro\n",
    atts=[_inner17])

add("pdf-letter-one-line-body-semester-class", "course_data", "id",
    {"course_code": "AK3302", "course_name": "Akuntansi Perpajakan",
     "changes": {"semester": "5", "class": "AK-3 Malam"}},
    "One-line body; the request is in the attached PDF letter.",
    frm="Jurusan Manajemen Bisnis <jmb@polibatam.ac.id>", subj="Surat permohonan perubahan data MK",
    date="2026-09-24 10:10 +0700",
    body="Terlampir surat permohonan perubahan data mata kuliah.\n",
    atts=[("Surat_Permohonan_AK3302.pdf", pdf([
        "JURUSAN MANAJEMEN BISNIS - POLITEKNIK NEGERI BATAM",
        "Nomor : 0412/PL29.3/AK/2026",
        "Hal   : Permohonan perubahan data mata kuliah e-learning",
        "",
        "Yth. Kepala P4M Politeknik Negeri Batam",
        "",
        "Dengan hormat,",
        "Sehubungan dengan penyesuaian jadwal kelas karyawan, bersama ini kami mohon",
        "perubahan data mata kuliah AK3302 Akuntansi Perpajakan sebagai berikut:",
        "  - Semester : dari 6 menjadi 5",
        "  - Kelas    : dari AK-3A menjadi AK-3 Malam",
        "Demikian permohonan ini kami sampaikan. Atas perhatiannya diucapkan terima kasih.",
        "",
        "Batam, 24 September 2026",
        "a.n. Ketua Jurusan, Sekretaris Jurusan",
        "Ttd.",
        "Sari Handayani, S.E., M.Ak.",
    ]))])

add("odt-form-english-shortname-credits", "course_data", "en",
    {"course_code": "ENG1101", "course_name": "English for Engineering",
     "changes": {"shortname": "EngEng-1101", "credits": "2"}},
    "Request only in the attached ODT form.",
    frm="Carmen López <carmen.lopez@polibatam.ac.id>", subj="Course change form",
    date="2026-09-25 15:20 +0700",
    body="Hello,\n\nPlease find attached the form, filled. Thank you so much!\n\nCarmen López\nLanguage Centre\n",
    atts=[("course_change_form_ENG1101.odt", odt([
        "E-LEARNING COURSE DATA CHANGE FORM",
        [["Field", "Current", "Requested"],
         ["Course code", "ENG1101", "(no change)"],
         ["Course full name", "English for Engineering", "(no change)"],
         ["Short name", "ENG1101-2026", "EngEng-1101"],
         ["Credits", "3", "2"]],
        "Requested by: Carmen López, M.A.",
        "Date: 25 Sept. 2026",
    ]))])

add("outlook-qp-long-lines-old-new-list", "course_data", "mixed",
    {"course_code": "RKS3203", "course_name": "Keamanan Jaringan",
     "changes": {"fullname": "Keamanan Jaringan dan Sistem", "lecturer": "Taufik Hidayat, S.Kom., M.Sc., CEH", "enrolment_key": "KJS_rks3203"}},
    "Quoted-printable body with long unwrapped lines; three changes as old -> new lines.",
    frm="Taufik Hidayat <taufik.h@polibatam.ac.id>", subj="Update course RKS3203",
    date="2026-09-29 11:11 +0700", mailer="Microsoft Outlook 16.0", cte="quoted-printable",
    body="""Dear Helpdesk P4M, mohon bantuannya untuk update course RKS3203 Keamanan Jaringan di e-learning, karena ada perubahan setelah rapat prodi Rekayasa Keamanan Siber minggu lalu dan saya sekarang jadi koordinator MK ini:

- Full name: Keamanan Jaringan -> Keamanan Jaringan dan Sistem
- Lecturer: Ahmad Fauzi, M.Kom. -> Taufik Hidayat, S.Kom., M.Sc., CEH
- Enrolment key: rks2025 -> KJS_rks3203

Sisanya (kelas, SKS, semester) tetap sama seperti sebelumnya ya, nggak usah diubah. Thank you so much in advance, sorry kalau request-nya agak banyak sekaligus.

Best regards,
Taufik
""")

add("gmail-english-lecturer-tbc-class-change", "course_data", "en",
    {"course_code": "MKT4102", "course_name": "Robotics", "changes": {"class": "MKT-4A"}},
    "The lecturer change has no new name yet (to be confirmed), so only the class change is labelled.",
    frm="Oleg Smirnov <o.smirnov@polibatam.ac.id>", subj="Robotics MKT4102: class and lecturer",
    date="2026-10-01 09:44 +0700",
    body="""Good morning.

Two things for course MKT4102 Robotics.

First, class in e-learning is wrong. It must be MKT-4A, not MKT-4B.

Second, I will not teach this course after midterm; new lecturer will be
decided by head of department, I do not know name yet. I will write again
when I know.

So for now only class, please.

Best regards,
Oleg Smirnov
Mechatronics
""")

add("iso8859-1-spanish-credits-semester", "course_data", "mixed",
    {"course_code": "LOG2103", "course_name": "Supply Chain Management",
     "changes": {"credits": "3", "semester": "4"}},
    "ISO-8859-1 body; mixed English and Indonesian from a Spanish-speaking lecturer.",
    frm="José Martínez <jose.martinez@polibatam.ac.id>", subj="LOG2103 Supply Chain Management - SKS dan semester",
    date="2026-10-02 17:25 +0700", charset="iso-8859-1", cte="quoted-printable",
    body="""Selamat sore, Helpdesk!

I try in Indonesian but my Bahasa is still "sedikit-sedikit", perdón.

Course LOG2103 Supply Chain Management:
  * SKS sekarang 2, seharusnya 3
  * Semester sekarang 3, seharusnya 4

The Kaprodi Logistik already approved, I put her in copy next time if you need.

Muchas gracias / terima kasih,
José Martínez Ibáñez
Dosen Tamu, Program Studi Logistik
""")
# =====================================================================
# ANNOUNCEMENTS (16)
# =====================================================================
add("outlook2019-baak-an-wadir2-ukt-akhir-pekan", "announcement", "id",
    {"title": "Pengingat Batas Akhir Pembayaran UKT Semester Ganjil 2026/2027", "scope": "site"},
    "Publish 'akhir pekan ini' has no date/clock time; 14 Agt 2026 is the payment deadline, not a publish time.",
    frm="BAAK Polibatam <baak@polibatam.ac.id>", subj="Mohon ditayangkan: Pengingat pembayaran UKT",
    date="2026-08-05 08:40 +0700", mailer="Microsoft Outlook 16.0",
    html=outlook(mso("Yth. Helpdesk P4M,") + mso("&nbsp;") +
                 mso("Atas nama Wakil Direktur Bidang Umum dan Keuangan, mohon bantuan untuk menayangkan pengumuman berikut di halaman depan e-learning untuk seluruh mahasiswa, paling lambat akhir pekan ini.") +
                 mso("&nbsp;") +
                 mso("<b>Judul:</b> Pengingat Batas Akhir Pembayaran UKT Semester Ganjil 2026/2027") +
                 mso("<b>Isi:</b>") +
                 msotable([["Keterangan", "Waktu"],
                           ["Batas akhir pembayaran UKT", "Jumat, 14 Agt 2026 pukul 23.59 WIB"],
                           ["Pengajuan keringanan UKT", "s.d. 12 Agt 2026"]]) +
                 mso("Mahasiswa yang belum membayar hingga batas waktu tidak dapat mengisi KRS.") +
                 mso("&nbsp;") + mso("Terima kasih.") + mso("<b>BAAK</b>") + mso("a.n. Wakil Direktur II")))

add("plain-library-stockopname-tanggal-5-pukul-10", "announcement", "id",
    {"title": "Perpustakaan Tutup Sementara untuk Stock Opname", "scope": "site", "publish_at": "2026-11-05T10:00:00+07:00"},
    "'tanggal 5 pukul 10' has no month: the next 5th after the Date header is 5 Nov; 9-13 Nov is the closure.",
    frm="UPT Perpustakaan <perpustakaan@polibatam.ac.id>", subj="Pengumuman stock opname perpustakaan",
    date="2026-10-28 14:02 +0700",
    body="""Selamat siang Helpdesk P4M,

Mohon dibantu tayangkan pengumuman di e-learning untuk seluruh civitas:

Judul: Perpustakaan Tutup Sementara untuk Stock Opname

Isi:
Dalam rangka stock opname koleksi, layanan Perpustakaan Politeknik Negeri
Batam ditutup pada 9 s.d. 13 Nov 2026. Pengembalian buku dapat dilakukan
melalui drop box di lobi Gedung Utama. Layanan dibuka kembali Senin,
16 Nov 2026 pukul 08.00 WIB.

Tolong ditayangkan pada tanggal 5 pukul 10 ya, jangan sebelumnya.

Terima kasih,
Putri Ayu
UPT Perpustakaan
""")

add("gmail-nigerian-lppm-grant-thursday-430pm", "announcement", "en",
    {"title": "Call for Proposals: Internal Applied Research Grant 2027", "scope": "site", "publish_at": "2026-09-17T16:30:00+07:00"},
    "'this Thursday at 4.30 p.m.' counted from Monday 14 Sep; 30 Oct is the submission deadline.",
    frm="Adaeze Nwosu <a.nwosu@polibatam.ac.id>", subj="Announcement for all lecturers - LPPM grant call",
    date="2026-09-14 10:26 +0700",
    body="""Good morning Helpdesk team,

I trust this meets you well. On behalf of the Head of LPPM (Research and
Community Service Unit), I am to forward the announcement below for
publication on the e-learning front page for all lecturers.

Title: Call for Proposals: Internal Applied Research Grant 2027

Body: LPPM Politeknik Negeri Batam invites lecturers to submit proposals for
the Internal Applied Research Grant 2027. Proposals must be uploaded to the
LPPM portal not later than 30 Oct. 2026, 11:59 p.m. WIB. Guidelines are
attached on the LPPM website.

Kindly publish it this Thursday at 4.30 p.m., after the LPPM briefing ends.

Warm regards,
Adaeze Nwosu
Research Officer, LPPM
(for the Head of LPPM)
""")

add("zimbra-kemahasiswaan-porseni-roman-month", "announcement", "id",
    {"title": "Pekan Olahraga Dies Natalis ke-26 Politeknik Negeri Batam", "scope": "site", "publish_at": "2026-12-03T07:00:00+07:00"},
    "Roman-numeral month: Kamis 3/XII 07.00 is the publish time; 7-11/XII is the event.",
    frm="Bagian Kemahasiswaan <kemahasiswaan@polibatam.ac.id>", subj="Pengumuman Pekan Olahraga Dies Natalis",
    date="2026-11-24 09:00 +0700", mailer="Zimbra 9.0.0_GA_4178 (ZimbraWebClient - FF120 (Linux)/9.0.0_GA_4178)",
    html="""<html><body><div style="font-family: tahoma, sans-serif; font-size: 10pt;"><div>Yth. Helpdesk P4M,</div><div><br></div><div>a.n. Wakil Direktur Bidang Kemahasiswaan dan Alumni, mohon ditayangkan pengumuman untuk seluruh mahasiswa:</div><div><br></div><div><strong>Pekan Olahraga Dies Natalis ke-26 Politeknik Negeri Batam</strong></div><div>Pertandingan futsal, bulu tangkis, tenis meja dan e-sport antarjurusan dilaksanakan tanggal 7 s.d. 11/XII/2026 di GOR Polibatam. Pendaftaran tim melalui HMJ masing-masing paling lambat 4/XII/2026.</div><div><br></div><div>Waktu tayang: Kamis, 3/XII pukul 07.00.</div><div><br></div><div>Terima kasih.</div><div>Bagian Kemahasiswaan</div></div></body></html>""")

add("plain-upt-tik-maintenance-wit-clock", "announcement", "id",
    {"title": "Pemeliharaan Sistem E-Learning", "scope": "site", "publish_at": "2026-10-07T17:30:00+07:00"},
    "Publish 'hari ini pukul 19.30 WIT' converted to WIB (17.30); 00.00-06.00 on Saturday is the maintenance window.",
    frm="Markus Wenda <markus.wenda@polibatam.ac.id>", subj="Tolong tayangkan info maintenance e-learning",
    date="2026-10-07 10:15 +0700",
    body="""Halo tim Helpdesk,

Saya sedang dinas di Jayapura, jadi mohon maaf jamnya saya tulis WIT.

Tolong tayangkan hari ini pukul 19.30 WIT pengumuman berikut untuk semua
pengguna:

Judul: Pemeliharaan Sistem E-Learning
Isi: E-learning tidak dapat diakses pada Sabtu, 10 Okt 2026 pukul 00.00
s.d. 06.00 WIB karena pemeliharaan server dan pembaruan keamanan. Mohon
tidak menjadwalkan kuis atau batas pengumpulan tugas pada rentang waktu
tersebut.

Markus Wenda
UPT Teknologi Informasi dan Komunikasi
""")

add("gmail-language-centre-toeic-wita-department", "announcement", "mixed",
    {"title": "Jadwal TOEIC Prediction Test - Jurusan Teknik Mesin", "scope": "site", "publish_at": "2026-10-12T08:00:00+07:00"},
    "For one department (not a course) so labelled site; 09.00 WITA = 08.00 WIB; 19-20 Oct are the test days.",
    frm="Pusat Bahasa Polibatam <pusatbahasa@polibatam.ac.id>", subj="Pengumuman TOEIC Prediction Test Teknik Mesin",
    date="2026-10-08 16:44 +0800",
    body="""Dear Helpdesk P4M,

Kami dari Pusat Bahasa (Language Centre). Saya sedang di Makassar, jadi jam
di bawah WITA ya.

Please publish this announcement for students of Jurusan Teknik Mesin only:

Title: Jadwal TOEIC Prediction Test - Jurusan Teknik Mesin
Content: The TOEIC Prediction Test for 3rd-year Mechanical Engineering
students will be held on 19-20 Oct 2026, 08.00-10.30 WIB, Lab Bahasa lt. 3.
Bring your student ID card. Registration closes 15 Oct.

Publish on Senin, 12 Okt pukul 09.00 WITA.

Thank you,
Nadia Rahman
Pusat Bahasa
""")

add("roundcube-course-quiz-publish-corrected-later", "announcement", "id",
    {"course_code": "IF2201", "course_name": "Basis Data", "title": "Kuis 1 Dipindah ke Pertemuan 6",
     "scope": "course", "publish_at": "2026-09-30T13:00:00+07:00"},
    "Publish hour is corrected in a later paragraph (08.00 -> 13.00).",
    frm="Sinta Marpaung <sinta.m@polibatam.ac.id>", subj="pengumuman di course Basis Data IF-2B",
    date="2026-09-28 20:18 +0700", mailer="Roundcube Webmail/1.6.6",
    body="""Malam Helpdesk,

Tolong pasang pengumuman di course IF2201 Basis Data kelas IF-2B saja:

Judul: Kuis 1 Dipindah ke Pertemuan 6
Isi: Kuis 1 yang semula pada pertemuan 5 dipindah ke pertemuan 6, Selasa
6 Okt 2026 pukul 10.00. Materi tetap bab 1-3.

Tayang Rabu 30 Sept pukul 08.00.

Eh, ralat: tayangnya pukul 13.00 saja, karena pagi masih ada kuliah kelas
lain dan saya belum sempat kasih tahu langsung.

Makasih,
Sinta
""")

add("gmail-irish-course-tomorrow-9am", "announcement", "en",
    {"course_code": "ANI2203", "course_name": "Storyboarding", "title": "Portfolio review sign-up",
     "scope": "course", "publish_at": "2026-10-15T09:00:00+07:00"},
    "'tomorrow at 9 a.m.' counted from the Date header (Wed 14 Oct); 21 Oct is the review day.",
    frm="Siobhan Gallagher <s.gallagher@polibatam.ac.id>", subj="quick announcement for Storyboarding",
    date="2026-10-14 16:02 +0700",
    body="""Hi lads,

Would ye mind popping this up on my ANI2203 Storyboarding course page?

Title: Portfolio review sign-up
Text: Portfolio reviews will take place on Wednesday 21 October in Studio 2.
Sign up for a 15-minute slot on the sheet in the course before Monday.

Tomorrow at 9 a.m. would be perfect, not before as I still need to tell
them in class.

Go raibh maith agaibh,
Siobhan
""")

add("outlook-baak-maulid-hijri-gregorian", "announcement", "id",
    {"title": "Libur Peringatan Maulid Nabi Muhammad SAW 1448 H", "scope": "site", "publish_at": "2026-08-24T08:00:00+07:00"},
    "Hijri date next to the Gregorian one; 26 Agt is the holiday, 24 Agt 08.00 the publish time.",
    frm="BAAK Polibatam <baak@polibatam.ac.id>", subj="Permohonan penayangan pengumuman libur Maulid Nabi",
    date="2026-08-20 11:30 +0700", mailer="Microsoft Outlook 16.0",
    html=outlook(mso("Yth. Helpdesk P4M,") + mso("&nbsp;") +
                 mso("Bersama ini, atas nama Wakil Direktur Bidang Akademik, kami mohon ditayangkan pengumuman bagi seluruh sivitas akademika dengan judul:") +
                 mso("<b>Libur Peringatan Maulid Nabi Muhammad SAW 1448 H</b>") +
                 mso("Perkuliahan diliburkan pada hari Rabu, 26 Agt 2026 / 12 Rabiul Awal 1448 H. Perkuliahan pengganti diatur oleh masing-masing dosen.") +
                 mso("&nbsp;") +
                 mso("Pengumuman mohon ditayangkan pada Senin, 24 Agt 2026 / 10 Rabiul Awal 1448 H pukul 08.00 WIB.") +
                 mso("&nbsp;") + mso("Demikian, terima kasih.") + mso("BAAK Politeknik Negeri Batam")))

add("thunderbird-hmj-futsal-dec1-2pm-department", "announcement", "mixed",
    {"title": "Futsal Cup Jurusan Teknik Informatika", "scope": "site", "publish_at": "2026-12-01T14:00:00+07:00"},
    "Department-only notice (not one course) labelled site; 'Dec. 1 at 2 p.m.' is the publish time, 5 Dec the match day.",
    frm="HMJ Teknik Informatika <hmj.if@polibatam.ac.id>", subj="Request announcement Futsal Cup IF",
    date="2026-11-19 19:55 +0700", mailer="Mozilla Thunderbird 128.4.0",
    body="""Halo kak helpdesk,

Kami dari HMJ IF mau minta tolong post announcement buat mahasiswa Jurusan
Teknik Informatika aja (bukan seluruh kampus):

Title: Futsal Cup Jurusan Teknik Informatika
Isi: Pendaftaran tim dibuka sampai 3 Dec, pertandingan Sabtu 5 Dec 2026
jam 07.00 di GOR. Max 10 pemain per tim, per angkatan boleh 2 tim.

Please publish on Dec. 1 at 2 p.m., thanks kak!

Fikri (Ketua HMJ IF)
""")

add("outlook-ukt-genap-30-xi-pukul-24", "announcement", "id",
    {"title": "Pembayaran UKT Semester Genap 2026/2027 Dibuka", "scope": "site", "publish_at": "2026-12-01T00:00:00+07:00"},
    "'30/XI/2026 pukul 24.00' is midnight at the end of 30 Nov, i.e. 1 Dec 00:00.",
    frm="Bagian Keuangan <keuangan@polibatam.ac.id>", subj="Penayangan pengumuman UKT semester genap",
    date="2026-11-25 13:05 +0700", mailer="Microsoft Outlook 16.0",
    body="""Kepada Yth. Helpdesk P4M

Sehubungan dengan dibukanya pembayaran UKT semester genap, bersama ini kami
mohon ditayangkan pengumuman di beranda e-learning untuk seluruh mahasiswa.

Judul  : Pembayaran UKT Semester Genap 2026/2027 Dibuka
Isi    : Pembayaran UKT semester genap 2026/2027 dapat dilakukan mulai
         1/XII/2026 s.d. 15/I/2027 melalui virtual account masing-masing.
Tayang : Senin, 30/XI/2026 pukul 24.00

Demikian, atas kerja samanya diucapkan terima kasih.

a.n. Wakil Direktur II
Kepala Bagian Keuangan
""")

add("gmail-russian-maintenance-date-only", "announcement", "en",
    {"title": "Moodle upgrade to version 4.5", "scope": "site"},
    "Publish date only ('on 2 Oct', no clock time); 3 Oct 22:00 is the event.",
    frm="Dmitry Volkov <d.volkov@polibatam.ac.id>", subj="announcement about upgrade",
    date="2026-09-28 09:12 +0700",
    body="""Good day.

As IT coordinator for e-learning in our department I was asked by UPT TIK to
send text for announcement to all users. Please publish on 2 Oct.

Title: Moodle upgrade to version 4.5
Text: E-learning will be upgraded to Moodle 4.5 on Saturday 3 Oct from
22:00 to Sunday 06:00. During this time site is not available. Please
download your materials before.

With respect,
Dmitry Volkov
""")

add("plain-lppm-hibah-sept-abbrev-bureaucratic", "announcement", "id",
    {"title": "Hibah Penelitian Dosen Pemula Tahun Anggaran 2027", "scope": "site", "publish_at": "2026-09-16T13:00:00+07:00"},
    "Abbreviated 'Sept.'; 16 Sept. 13.00 is the publish time, 23 Okt the proposal deadline.",
    frm="LPPM Polibatam <lppm@polibatam.ac.id>", subj="Permohonan penayangan pengumuman hibah penelitian",
    date="2026-09-11 14:50 +0700",
    body="""Yth. Kepala P4M
c.q. Pengelola Helpdesk E-Learning

Dengan hormat,

Sehubungan dengan dibukanya program hibah penelitian internal, bersama ini
kami mohon kesediaan Saudara untuk menayangkan pengumuman dengan judul
"Hibah Penelitian Dosen Pemula Tahun Anggaran 2027" pada laman depan
e-learning bagi seluruh dosen.

Adapun pokok pengumuman: proposal diunggah melalui SIMLITABMAS internal
paling lambat Jumat, 23 Okt 2026 pukul 16.00 WIB; sosialisasi daring
diadakan Senin, 21 Sept. 2026 pukul 09.00 WIB.

Pengumuman dimohon tayang pada Rabu, 16 Sept. 2026 pukul 13.00 WIB.

Demikian permohonan ini disampaikan. Atas perhatian Saudara diucapkan
terima kasih.

a.n. Kepala LPPM
Sekretaris,
Dr. Yohanes Simanjuntak, M.T.
""")

add("gmail-jayapura-wit-besok-course", "announcement", "mixed",
    {"course_code": "EL2203", "course_name": "Sistem Digital", "title": "Praktikum Sistem Digital online minggu ini",
     "scope": "course", "publish_at": "2026-10-23T05:00:00+07:00"},
    "Sender in WIT (+09:00); 'besok pukul 07.00 WIT' = 23 Oct 05.00 WIB.",
    frm="Yosua Rumbiak <yosua.r@polibatam.ac.id>", subj="announcement course Sistem Digital",
    date="2026-10-22 21:10 +0900",
    body="""Selamat malam,

Saya lagi di Jayapura for a workshop, jadi please bantu post announcement ke
course EL2203 Sistem Digital (semua kelas):

Judul: Praktikum Sistem Digital online minggu ini
Isi: Praktikum minggu ini dilaksanakan online via BigBlueButton, Jumat
pukul 13.00 WIB. Modul 5 sudah ada di course.

Tolong tayang besok pukul 07.00 WIT ya. Thanks!

Yosua
""")

add("outlook-library-uas-1-des-0830", "announcement", "id",
    {"title": "Jam Layanan Perpustakaan selama UAS", "scope": "site", "publish_at": "2026-12-01T08:30:00+07:00"},
    "Abbreviated 'Des'; 1 Des 08.30 is the publish time, 7-18 Des the exam period.",
    frm="UPT Perpustakaan <perpustakaan@polibatam.ac.id>", subj="Pengumuman jam layanan perpustakaan",
    date="2026-11-26 10:40 +0700", mailer="Microsoft Outlook 16.0",
    html=outlook(mso("Selamat pagi Helpdesk,") + mso("&nbsp;") +
                 mso("Mohon bantu tayangkan pengumuman untuk seluruh mahasiswa, tgl 1 Des 2026 jam 08.30:") +
                 mso("&nbsp;") + mso("<b><u>Jam Layanan Perpustakaan selama UAS</u></b>") +
                 mso("Selama UAS (7 s.d. 18 Des 2026) perpustakaan buka Senin-Jumat pukul 07.30-21.00 WIB dan Sabtu pukul 08.00-14.00 WIB.") +
                 mso("&nbsp;") + mso("Terima kasih,") + mso("Putri Ayu") + mso("UPT Perpustakaan")))

add("gmail-spanish-placement-test-sept30-6pm", "announcement", "en",
    {"course_code": "ENG2102", "course_name": "Academic Writing", "title": "English Placement Test: new schedule",
     "scope": "course", "publish_at": "2026-09-30T18:00:00+07:00"},
    "'Sept. 30, 6:00 p.m.' is the publish time; Oct. 7 is the test.",
    frm="Mateo Herrera <mateo.herrera@polibatam.ac.id>", subj="Announcement in my course ENG2102",
    date="2026-09-25 18:33 +0700",
    body="""Hello Helpdesk,

I need one announcement inside my course ENG2102 Academic Writing, for the
students only of this course.

Title: English Placement Test: new schedule
Message: The placement test moves to Oct. 7 (Wednesday) at 10:00 a.m. in
Language Lab 2. Is obligatory for everybody, also who did it last year.

Please to publish it on Sept. 30, 6:00 p.m. Thank you very much for the help.

Best,
Mateo Herrera
Language Centre
""")
# =====================================================================
# E-LEARNING SUPPORT (12)
# =====================================================================
add("gmail-jawa-ngoko-cannot-enrol-coteacher", "elearning_support", "id", {},
    "Lecturer cannot add a co-teacher to her course.",
    frm="Sekar Ayuningtyas <sekar.a@polibatam.ac.id>", subj="ra iso nambahi dosen partner neng course",
    date="2026-08-14 13:05 +0700",
    body="""Mas helpdesk,

Aku pengen nambahi Pak Joko dadi teacher neng course MB2201 Manajemen
Keuangan, soale team teaching. Nanging neng menu Participants > Enrol users
jenenge Pak Joko ora metu blas, padahal wis tak ketik lengkap. Role e yo mung
ono Student karo Non-editing teacher.

Piye carane? Opo kudu sampeyan sing nambahi?

Matur suwun,
Sekar
""")

add("gmail-irish-course-images-broken", "elearning_support", "en", {},
    "Images in course pages show as broken after a restore.",
    frm="Siobhan Gallagher <s.gallagher@polibatam.ac.id>", subj="pictures gone banjaxed in my course",
    date="2026-08-28 10:48 +0700",
    body="""Hiya,

Sorry to be a pest again. All the images in the Week 1 to Week 4 pages of
ANI2203 Storyboarding have gone banjaxed: just the little broken-picture icon
and the alt text. They were grand last Friday. I restored a backup from last
year's course on Monday, if that's any help.

The students can't see the reference boards at all, so it's a bit urgent.

Thanks a million,
Siobhan
""")

add("roundcube-betawi-scorm-tidak-mau-load", "elearning_support", "id", {},
    "SCORM package stays on a blank loading screen.",
    frm="Rahmat Hidayat <rahmat.h@polibatam.ac.id>", subj="SCORM kagak mau kebuka",
    date="2026-09-03 08:55 +0700", mailer="Roundcube Webmail/1.6.6",
    body="""Pagi bang,

Ane udah upload paket SCORM buat Akuntansi Biaya (AK2203), file zip dari
Articulate, ukurannye 18 MB. Pas dibuka mahasiswa cuman muter-muter aje
"Loading..." terus layarnye putih. Ane coba di Chrome ame HP sama aje.

Ape ane salah setting? Tolong dicek ye bang, minggu depan udah dipake kuis.

Rahmat
""")

add("gmail-turnitin-assignment-hilang", "elearning_support", "mixed", {},
    "Turnitin assignment disappeared from the course.",
    frm="Citra Kirana <citra.kirana@polibatam.ac.id>", subj="Turnitin assignment hilang dari course",
    date="2026-09-07 15:17 +0700",
    body="""Hi helpdesk,

Turnitin assignment "Draft Proposal TA" di course TRPL4101 Proyek Akhir 1
tiba-tiba hilang dari course page. Kemarin masih ada dan sudah 23 students
yang submit. Sekarang di Turnitin tab juga nggak muncul, cuma ada "No
assignments found".

Could you please check? Submissions-nya jangan sampai hilang ya, please.

Thanks,
Citra
""")

add("outlook-kemahasiswaan-an-student-locked-out", "elearning_support", "id", {},
    "Student affairs writes on behalf of a student locked out after many failed attempts.",
    frm="Bagian Kemahasiswaan <kemahasiswaan@polibatam.ac.id>", subj="Akun e-learning mahasiswa terkunci",
    date="2026-09-14 09:32 +0700", mailer="Microsoft Outlook 16.0",
    html=outlook(mso("Yth. Helpdesk P4M,") + mso("&nbsp;") +
                 mso("a.n. Kepala Bagian Kemahasiswaan, kami sampaikan bahwa mahasiswa berikut datang ke loket kami karena akun e-learning-nya terkunci setelah salah memasukkan kata sandi berkali-kali:") +
                 msotable([["Nama", "NIM", "Prodi"], ["Muhammad Rafi Alfarizi", "3312401047", "Teknik Informatika"]]) +
                 mso("Pesan yang muncul: &quot;Your account has been locked&quot;. Mahasiswa tersebut ada ujian daring besok pagi.") +
                 mso("&nbsp;") + mso("Mohon bantuannya untuk membuka kunci akun tersebut. Terima kasih.") +
                 mso("Bagian Kemahasiswaan")))

add("gmail-one-long-paragraph-course-hidden", "elearning_support", "id", {},
    "One long paragraph: students cannot see the course.",
    frm="Dewi Lestari <dewi.lestari@polibatam.ac.id>", subj="mahasiswa tidak bisa lihat course",
    date="2026-09-17 21:30 +0700",
    body="Selamat malam lagi tim helpdesk, maaf saya lagi yang mengganggu, jadi mahasiswa kelas TI-2A mengeluh di grup kelas bahwa course TI2207 di dashboard mereka tidak muncul sama sekali padahal di akun saya kelihatan normal dan materi minggu ketiga sudah saya upload sejak Senin, saya sudah cek visibility-nya katanya Show, tanggal mulai course juga sudah lewat, jadi saya bingung apakah mereka belum ter-enrol atau ada pengaturan lain yang saya lewatkan, mohon dibantu dicek karena Jumat ini ada tugas yang harus dikumpulkan lewat e-learning, terima kasih banyak.\n\nDewi\n")

add("lotus-notes-nigerian-coteacher-enrol", "elearning_support", "en", {},
    "Lecturer cannot enrol the co-teacher of a team-taught course.",
    frm="Chukwuemeka Obi <c.obi@polibatam.ac.id>", subj="UNABLE TO ENROL CO-LECTURER ON EL3204",
    date="2026-09-23 11:20 +0700", mailer="Lotus Notes Release 9.0.1 FP10 October 25, 2018",
    body="""To:      helpdesk-p4m@polibatam.ac.id
cc:      hadi.susanto@polibatam.ac.id
Subject: UNABLE TO ENROL CO-LECTURER ON EL3204

Good morning Sir/Ma,

Further to my earlier mail, please be informed that I have tried severally
to enrol my co-lecturer, Mr. Hadi Susanto, on EL3204 Power Electronics as a
teacher, but the system keeps displaying "No users found" when I search his
name or email.

Kindly assist to add him or advise on what to do.

Thanks and God bless.

Engr. Chukwuemeka Obi, M.Eng.
""")

add("plain-numbered-sentences-scorm-grade", "elearning_support", "id", {},
    "Numbered sentences: SCORM grades not recorded in the gradebook.",
    frm="Hendrik Tambunan <hendrik.t@polibatam.ac.id>", subj="Nilai SCORM tidak masuk",
    date="2026-10-05 10:10 +0700",
    body="""(1) Selamat pagi, Helpdesk P4M.
(2) Saya memasang paket SCORM simulasi pompa di course ME2203 Mekanika Fluida.
(3) Mahasiswa bisa membuka dan menyelesaikan simulasinya.
(4) Namun nilainya tidak masuk ke gradebook, semuanya tertulis "-".
(5) Pengaturan grading method sudah saya pilih "Highest attempt".
(6) Mohon bantuan pengecekannya.
(7) Hendrik Tambunan, S.T., M.T.
""")

add("thunderbird-bottom-posted-locked-out", "elearning_support", "mixed", {},
    "Bottom-posted reply in a thread: student still locked out.",
    frm="Kevin Tanoto <3312301099@students.polibatam.ac.id>", subj="Re: [P4M-HD #4550] akun terkunci",
    date="2026-10-09 23:12 +0700", mailer="Mozilla Thunderbird 128.3.1", inreply="<hd4550@polibatam.ac.id>",
    body="""On 09/10/2026 14.02, Helpdesk P4M wrote:
> Halo Kevin,
>
> Akun Anda sudah kami buka kembali. Silakan coba login lagi.
>
> Salam,
> Helpdesk P4M

Halo kak, thanks sebelumnya, tapi tadi jam 10 p.m. saya coba login lagi
dan masih "account locked" lagi. Saya cuma coba 2x, password-nya saya
copy-paste dari email reset. Is there something wrong with my account?

Besok jam 07.30 ada kuis di e-learning, please help.

Kevin Tanoto
3312301099
""")

add("outlook-baak-an-kajur-students-missing-after-merge", "elearning_support", "id", {},
    "Students of a merged class are not enrolled in the course (enrolment trouble, not a data change).",
    frm="BAAK Polibatam <baak@polibatam.ac.id>", subj="Mahasiswa belum ter-enrol setelah penggabungan kelas",
    date="2026-10-13 10:25 +0700", mailer="Microsoft Outlook 16.0",
    html=outlook(mso("Yth. Helpdesk P4M,") + mso("&nbsp;") +
                 mso("Atas nama Ketua Jurusan Manajemen Bisnis, kami laporkan bahwa setelah kelas AK-2A dan AK-2B digabung pada course Akuntansi Biaya, sebanyak 14 mahasiswa eks AK-2B belum terdaftar di course tersebut sehingga tidak dapat mengakses materi dan kuis.") +
                 mso("&nbsp;") + mso("Daftar NIM terlampir pada tabel di bawah:") +
                 msotable([["No", "NIM"], ["1", "4312401003"], ["2", "4312401008"], ["3", "4312401011"], ["...", "(11 lainnya menyusul)"]]) +
                 mso("&nbsp;") + mso("Mohon bantuan agar mahasiswa tersebut dapat segera di-enrol. Terima kasih.") +
                 mso("Sri Wahyuni") + mso("BAAK, a.n. Ketua Jurusan Manajemen Bisnis")))

add("gmail-russian-turnitin-no-report", "elearning_support", "en", {},
    "Turnitin similarity reports are not generated.",
    frm="Dmitry Volkov <d.volkov@polibatam.ac.id>", subj="Turnitin does not give similarity",
    date="2026-10-20 14:40 +0700",
    body="""Good day.

In course IF2102 Discrete Mathematics I have Turnitin assignment "Essay 1".
Students submitted on Friday, already 4 days, but similarity report is still
"Pending" for all 31 submissions. Before in other course it was maybe 10
minutes.

Is problem with Turnitin or with our e-learning? Please check.

With respect,
Dmitry Volkov
""")

add("lotus-notes-upload-exceeds-limit", "elearning_support", "id", {},
    "Upload fails because the file exceeds the size limit.",
    frm="Suryanto Wibowo <suryanto.w@polibatam.ac.id>", subj="GAGAL UPLOAD VIDEO MATERI",
    date="2026-11-03 07:58 +0700", mailer="Lotus Notes Release 9.0.1 FP10 October 25, 2018",
    body="""Kepada:   helpdesk-p4m@polibatam.ac.id
Tembusan:
Perihal:  GAGAL UPLOAD VIDEO MATERI

Dengan hormat,

Pada saat mengunggah video materi (ukuran 312 MB) ke mata kuliah Gambar
Teknik, muncul pesan "The file is larger than the maximum size allowed".
Mohon informasi batas maksimal ukuran berkas atau bantuan menaikkan batas
tersebut.

Atas bantuannya diucapkan terima kasih.

Suryanto Wibowo, S.T.
Laboran Teknik Mesin
""")

# =====================================================================
# DOCUMENT REQUESTS (7)
# =====================================================================
add("zimbra-bureaucratic-instrumen-akreditasi", "document_request", "id", {},
    "Request for the accreditation instrument.",
    frm="Sekretariat Prodi TRPL <trpl@polibatam.ac.id>", subj="Permohonan instrumen akreditasi LAM INFOKOM",
    date="2026-08-21 09:20 +0700", mailer="Zimbra 9.0.0_GA_4178 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4178)",
    html="""<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000"><div>Yth. Kepala P4M,</div><div><br></div><div>Dengan hormat,</div><div>Sehubungan dengan persiapan reakreditasi Program Studi Teknologi Rekayasa Perangkat Lunak, bersama ini kami mohon kiranya dapat diberikan instrumen akreditasi LAM INFOKOM terbaru beserta matriks penilaian dan template Laporan Evaluasi Diri (LED) yang digunakan P4M.</div><div><br></div><div>Demikian permohonan ini kami sampaikan, atas perhatiannya diucapkan terima kasih.</div><div><br></div><div>a.n. Koordinator Prodi TRPL<br>Nurhayati Lubis, S.Kom., M.Cs.</div></div></body></html>""")

add("plain-timetabling-ami-checklist", "document_request", "id", {},
    "Request for the internal audit (AMI) checklist.",
    frm="Petugas Penjadwalan Jurusan Elektro <jadwal.elektro@polibatam.ac.id>", subj="minta checklist AMI",
    date="2026-10-16 13:33 +0700", mailer="Mozilla Thunderbird",
    body="""Siang Helpdesk,

Saya diminta Sekjur menyiapkan bukti untuk Audit Mutu Internal bagian
penjadwalan. Boleh minta daftar tilik (checklist) AMI tahun 2026 yang
terbaru? Format Word kalau ada, biar bisa langsung diisi.

Terima kasih,
Dedi Kurniawan
Petugas Penjadwalan - Jurusan Teknik Elektro
""")

add("gmail-irish-observation-form-english", "document_request", "en", {},
    "Request for the lesson-observation form in English.",
    frm="Siobhan Gallagher <s.gallagher@polibatam.ac.id>", subj="observation form in English?",
    date="2026-10-26 09:05 +0700",
    body="""Hiya,

My head of programme says I'm to be observed teaching next month and that
P4M has a lesson-observation form. Is there an English version of it at all?
My Indonesian is coming on but I'd hate to misread the criteria. The Word
file would be grand so I can see the rubric before the day.

Thanks a million,
Siobhan
""")

add("plain-numbered-sentences-sop-evaluasi", "document_request", "id", {},
    "Numbered sentences: request for the SOP on course evaluation.",
    frm="Hendrik Tambunan <hendrik.t@polibatam.ac.id>", subj="SOP evaluasi perkuliahan",
    date="2026-10-30 08:12 +0700",
    body="""(1) Selamat pagi, Helpdesk P4M.
(2) Saya ditunjuk sebagai Gugus Kendali Mutu Jurusan Teknik Mesin.
(3) Saya memerlukan SOP Evaluasi Perkuliahan (EDOM) versi terbaru.
(4) Jika ada, formulir rekap hasil evaluasinya juga saya perlukan.
(5) Terima kasih.
(6) Hendrik Tambunan, S.T., M.T.
""")

add("outlook-mixed-internal-audit-checklist", "document_request", "mixed", {},
    "Mixed-language request for the internal audit checklist and SOP list.",
    frm="Taufik Hidayat <taufik.h@polibatam.ac.id>", subj="Request: internal audit checklist (AMI) prodi RKS",
    date="2026-11-02 15:45 +0700", mailer="Microsoft Outlook 16.0",
    html=outlook(mso("Dear Helpdesk P4M,") + mso("&nbsp;") +
                 mso("Prodi RKS mau siap-siap untuk internal audit bulan depan. Could you please share:") +
                 '<ul style="margin-top:0cm" type="disc"><li class="MsoNormal">checklist Audit Mutu Internal 2026 (versi Word)</li>'
                 '<li class="MsoNormal">daftar SOP akademik yang jadi acuan audit</li></ul>' +
                 mso("Thanks in advance, sangat membantu.") + mso("Best regards,") + mso("Taufik")))

add("thunderbird-russian-sop-course-evaluation", "document_request", "en", {},
    "Request for the course evaluation SOP in English.",
    frm="Oleg Smirnov <o.smirnov@polibatam.ac.id>", subj="SOP for course evaluation in English",
    date="2026-11-10 10:30 +0700", mailer="Mozilla Thunderbird 115.14.0",
    body="""Good morning.

Is there English version of SOP for course evaluation by students (EDOM)?
I must explain procedure to our visiting students from Kazakhstan and I
cannot translate official document correctly myself.

If only Indonesian exists, please send Indonesian, I will manage.

Best regards,
Oleg Smirnov
""")

add("gmail-professor-third-person-borang-akreditasi", "document_request", "id", {},
    "A senior professor, in the third person, asks for accreditation instruments.",
    frm='"Prof. Muhammad Zainuddin" <m.zainuddin@polibatam.ac.id>', subj="Permohonan instrumen akreditasi program magister terapan",
    date="2026-11-12 06:05 +0700",
    body="""Assalamu'alaikum warahmatullahi wabarakatuh.

Yth. Kepala P4M,

Prof. Dr. Ir. H. Muhammad Zainuddin, M.Sc., Ph.D., IPU., ASEAN Eng., selaku
Ketua Tim Akreditasi Program Magister Terapan Rekayasa Elektro, memohon
kiranya P4M berkenan mengirimkan instrumen akreditasi LAM Teknik untuk
program magister terapan beserta pedoman penyusunan dokumen kinerjanya.

Beliau mengucapkan terima kasih atas perhatian dan bantuan P4M.

Wassalamu'alaikum warahmatullahi wabarakatuh.

Prof. Dr. Ir. H. Muhammad Zainuddin, M.Sc., Ph.D., IPU., ASEAN Eng.
""")
# =====================================================================
# OTHER (7)
# =====================================================================
add("outlook-surat-tugas-team-teaching-hr", "other", "id", {},
    "Near-miss: asks for an official letter of assignment (Surat Tugas), which is HR/Kepegawaian business, not P4M.",
    frm="Ratna Dewi Anggraini <ratna.dewi@polibatam.ac.id>", subj="Permohonan surat tugas mengajar MB2104",
    date="2026-09-28 08:30 +0700", mailer="Microsoft Outlook 16.0",
    body="""Selamat pagi,

Saya menggantikan Pak Rudi mengajar MB2104 Pengantar Bisnis sejak minggu lalu
dan nama saya sudah tampil di e-learning, terima kasih. Untuk keperluan BKD
saya memerlukan Surat Tugas mengajar resmi atas nama saya. Apakah bisa
dibuatkan oleh P4M, atau saya harus ke Bagian Kepegawaian?

Terima kasih,
Ratna Dewi Anggraini, S.E., M.B.A.
""")

add("roundcube-betawi-honorarium-question", "other", "id", {},
    "Near-miss: a question about the honorarium for developing an online course, not an e-learning request.",
    frm="Rahmat Hidayat <rahmat.h@polibatam.ac.id>", subj="nanya honor pengembangan course",
    date="2026-10-19 16:20 +0700", mailer="Roundcube Webmail/1.6.6",
    body="""Sore bang,

Mau nanya aje nih, honor buat pengembangan course e-learning yang kemaren ane
bikin (yang ada SCORM-nye itu) cairnye kapan ye? Terus ane mesti ngisi
formulir apa kagak? Soalnye temen ane di jurusan laen udah dapet.

Makasih bang,
Rahmat
""")

add("zimbra-invitation-p4m-workshop-sent-to-p4m", "other", "id", {},
    "Near-miss: BAAK forwards P4M's own workshop invitation back to P4M; no request.",
    frm="BAAK Polibatam <baak@polibatam.ac.id>", subj="Undangan Workshop Penyusunan RPS Berbasis OBE",
    date="2026-10-21 11:00 +0700", mailer="Zimbra 9.0.0_GA_4178 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4178)",
    to="Dosen Polibatam <dosen@polibatam.ac.id>", 
    html="""<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt;"><div>Yth. Bapak/Ibu Dosen dan Unit Terkait<br>(termasuk P4M)</div><div><br></div><div>Dengan hormat,</div><div>Bersama ini, atas nama Wakil Direktur Bidang Akademik, kami mengundang Bapak/Ibu untuk menghadiri Workshop Penyusunan RPS Berbasis OBE yang diselenggarakan oleh P4M pada:</div><div><br></div><div>Hari/tanggal: Kamis, 5/XI/2026 / 24 Jumadil Awal 1448 H<br>Pukul: 08.00 s.d. 15.30 WIB<br>Tempat: Auditorium Gedung Utama lt. 4</div><div><br></div><div>Demikian undangan ini kami sampaikan. Atas kehadirannya diucapkan terima kasih.</div><div><br></div><div>BAAK Politeknik Negeri Batam</div></div></body></html>""",
    cc=HD)

add("gmail-nigerian-meeting-postponed", "other", "en", {},
    "Near-miss: a meeting is postponed; nothing to do for the helpdesk.",
    frm="Adaeze Nwosu <a.nwosu@polibatam.ac.id>", subj="POSTPONEMENT: LPPM-P4M coordination meeting",
    date="2026-11-04 12:40 +0700",
    body="""Good afternoon all,

This is to inform you that the LPPM-P4M coordination meeting earlier slated
for Thursday, 5 Nov. 2026 at 2:00 p.m. has been postponed till further
notice due to the Director's unscheduled trip to Jakarta. A new date will be
communicated in due course.

We regret any inconvenience this may cause.

Warm regards,
Adaeze Nwosu
Research Officer, LPPM
""")

add("gmail-jawa-praise-helpdesk", "other", "id", {},
    "Praise for the helpdesk, no request.",
    frm="Bayu Setiawan <bayu.setiawan@polibatam.ac.id>", subj="matur nuwun helpdesk",
    date="2026-08-27 09:02 +0700",
    body="""Mas/Mbak helpdesk,

Semestere MB3105 wis bener saiki, cepet tenan. Mahasiswa wis iso nemu
kelase. Top pokoke, helpdesk paling sat-set sak kampus!

Suwun akeh,
Bayu
""")

add("gmail-spanish-student-visa-misdirected", "other", "en", {},
    "Misdirected: an exchange student asks about a student-visa extension (International Office business).",
    frm="Valentina Gómez <valentina.gomez.exchange@gmail.com>", subj="Question about my student visa extension",
    date="2026-11-16 20:14 +0700",
    body="""Hello,

I am Valentina, exchange student from Colombia in the Informatics program.
My student visa (KITAS) expires on 15 Dec. and I want to stay until the end
of the semester in January. Somebody told me to write to this address. What
documents do I need, and does the campus make the letter for the immigration
office?

Thank you very much, muchas gracias!
Valentina Gómez
""")

add("thunderbird-rename-course-self-question", "other", "mixed", {},
    "Near-miss how-to question: asks whether teachers can edit the full name themselves; no new value given.",
    frm="Citra Kirana <citra.kirana@polibatam.ac.id>", subj="cara ganti nama course sendiri?",
    date="2026-11-18 10:50 +0700", mailer="Mozilla Thunderbird 128.4.0",
    body="""Hi helpdesk,

Just curious: sebagai teacher, sebenarnya aku bisa nggak sih edit course
full name sendiri lewat Course settings? Aku lihat field-nya abu-abu. Belum
mau ganti sekarang kok, cuma mau tahu caranya buat semester depan kalau
kurikulum berubah lagi.

Thanks!
Citra
""")

# =====================================================================
# AUTO (6)
# =====================================================================
add("sharepoint-onedrive-share-notification", "auto", "en", {},
    "SharePoint/OneDrive sharing notification from a no-reply system address.",
    frm="SharePoint Online <no-reply@sharepointonline.com>", subj='Andi Pratama shared the folder "Bukti AMI 2026" with you',
    date="2026-10-16 14:03 +0000",
    hdrs=[("X-MS-Exchange-Organization-AuthAs", "Anonymous"), ("Auto-Submitted", "auto-generated")],
    html="""<html><body style="font-family:'Segoe UI',sans-serif"><table width="100%"><tr><td><p>Andi Pratama shared a folder with you</p><p style="font-size:20px"><a href="https://polibatam.sharepoint.com/:f:/s/P4M/EqAMI2026">Bukti AMI 2026</a></p><p>Here's the folder that Andi Pratama shared with you.</p><p><a href="https://polibatam.sharepoint.com/:f:/s/P4M/EqAMI2026">Open</a></p><p style="color:#666;font-size:11px">This email is generated through Politeknik Negeri Batam's use of Microsoft 365 and may contain content that is controlled by Politeknik Negeri Batam. <a href="https://privacy.microsoft.com">Microsoft Privacy Statement</a></p></td></tr></table></body></html>""")

add("moodle-scheduled-task-failed", "auto", "mixed", {},
    "Moodle 'scheduled task failed' notice from the no-reply admin address.",
    frm="E-Learning Polibatam (via E-Learning) <noreply@elearning.polibatam.ac.id>",
    subj="E-Learning Polibatam: Scheduled task failed: Cleanup old sessions",
    date="2026-11-05 03:00 +0700", hdrs=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    body="""The scheduled task Cleanup old sessions (core\\task\\session_cleanup_task)
failed 3 times in a row.

Task logs: https://elearning.polibatam.ac.id/admin/tasklogs.php?filter=core%5Ctask%5Csession_cleanup_task

Scheduled task configuration: https://elearning.polibatam.ac.id/admin/tool/task/scheduledtasks.php

--
Pesan ini dikirim otomatis oleh E-Learning Polibatam. Mohon tidak membalas
email ini.
""")

add("outlook-quarantine-message-blocked-release", "auto", "id", {},
    "Microsoft 365 quarantine notice (message blocked, release link).",
    frm="Microsoft 365 <quarantine@messaging.microsoft.com>", subj="Pemberitahuan Karantina: Anda memiliki 1 pesan yang diblokir",
    date="2026-11-09 06:12 +0000", hdrs=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Generated-Message-Source", "Quarantine Notification Agent")],
    html="""<html><body style="font-family:'Segoe UI',sans-serif"><p><b>Pesan diblokir</b></p><p>1 pesan yang ditujukan kepada helpdesk-p4m@polibatam.ac.id ditahan di karantina karena terdeteksi sebagai kemungkinan spam.</p><table border="1" cellpadding="4" style="border-collapse:collapse"><tr><td>Pengirim</td><td>info@jurnal-terindeks-scopus.xyz</td></tr><tr><td>Subjek</td><td>Publikasi Cepat Terindeks Q1</td></tr><tr><td>Tanggal</td><td>9/11/2026 12.55</td></tr></table><p><a href="https://security.microsoft.com/quarantine?id=8f2c">Tinjau pesan</a> | <a href="https://security.microsoft.com/quarantine/release?id=8f2c">Lepaskan (Release)</a> | <a href="https://security.microsoft.com/quarantine/block?id=8f2c">Blokir pengirim</a></p><p style="color:#777;font-size:11px">Pesan ini dikirim otomatis oleh Microsoft 365. Jangan membalas pesan ini.</p></body></html>""")

add("teams-missed-chat-digest", "auto", "id", {},
    "Microsoft Teams missed-activity digest.",
    frm="Microsoft Teams <noreply@email.teams.microsoft.com>", subj="Anda memiliki 3 pesan obrolan yang belum dibaca di Microsoft Teams",
    date="2026-11-13 01:30 +0000", hdrs=[("Auto-Submitted", "auto-generated")],
    body="""Microsoft Teams

Anda melewatkan percakapan dari tim Anda

Wulan Sari (obrolan)
  "Mbak, course IF3103 sudah beres belum ya?"  - Kamis 13.10

Andi Pratama (obrolan)
  "Nanti sore rapat jadi?"  - Kamis 15.42

Tim P4M > Umum
  1 pesan baru di kanal ini

Buka Microsoft Teams: https://teams.microsoft.com/

Anda menerima email ini karena pengaturan pemberitahuan Anda. Ubah frekuensi
email di Pengaturan > Pemberitahuan.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""")

_orig_hdrs = """Return-Path: <helpdesk-p4m@polibatam.ac.id>
From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
To: subdit.pembelajaran@kemdiktisaintek.go.id
Subject: Konfirmasi data pelatihan PEKERTI 2026
Date: Mon, 16 Nov 2026 10:02:11 +0700
Message-ID: <a81c2@polibatam.ac.id>
"""
add("bounce-government-mail-server", "auto", "id", {},
    "Indonesian bounce (delivery status report) from a government mail server.",
    frm="Mail Delivery System <MAILER-DAEMON@mx1.kemdiktisaintek.go.id>", subj="Pemberitahuan Kegagalan Pengiriman Pesan",
    date="2026-11-16 10:03 +0700", hdrs=[("Auto-Submitted", "auto-replied")],
    body="""Ini adalah pesan otomatis dari server surat Kementerian.

Pesan Anda tidak dapat dikirimkan kepada satu atau lebih penerima berikut:

  subdit.pembelajaran@kemdiktisaintek.go.id
    Alasan: kotak surat tidak ditemukan (550 5.1.1 User unknown)

Silakan periksa kembali alamat tujuan. Jangan membalas pesan ini.

Pusat Data dan Teknologi Informasi
""",
    report=("""Reporting-MTA: dns; mx1.kemdiktisaintek.go.id
Arrival-Date: Mon, 16 Nov 2026 10:02:13 +0700

Final-Recipient: rfc822; subdit.pembelajaran@kemdiktisaintek.go.id
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
""", _orig_hdrs))

add("notes-auto-subject-vacation-reply", "auto", "id", {},
    "Vacation reply marked by 'Auto:' in the subject.",
    frm="Sari Handayani <sari.handayani@polibatam.ac.id>", subj="Auto: Re: [P4M-HD #4603] Surat permohonan perubahan data MK",
    date="2026-09-25 08:01 +0700", mailer="Lotus Notes Release 9.0.1 FP10 October 25, 2018",
    hdrs=[("Auto-Submitted", "auto-replied")],
    body="""Saya sedang cuti mulai 24 September s.d. 2 Oktober 2026 dan tidak dapat
membalas email secara langsung. Untuk urusan mendesak silakan menghubungi
Admin Jurusan Manajemen Bisnis (jmb@polibatam.ac.id).

Terima kasih.
Sari Handayani
""")


if __name__ == "__main__":
    check_and_write()

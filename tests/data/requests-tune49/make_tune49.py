#!/usr/bin/env python3
"""Tuning corpus requests-tune49 generator (written as held-out part28 in round 15, opened in round 27). Stdlib only, deterministic."""
import base64, hashlib, html, io, json, os, quopri, re, sys, zipfile
import email, email.policy, email.utils
from email.header import Header
from datetime import datetime, timedelta, timezone

OUT = os.path.dirname(os.path.abspath(__file__))
MAILS = []
HD = "helpdesk-p4m@polibatam.ac.id"

def H(slug, n=8):
    return hashlib.sha256(slug.encode()).hexdigest()[:n * 2]

def enc_subject(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()

def enc_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, addr))
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), addr)

def body_bytes(text, charset):
    return text.encode(charset)

def leaf(ctype, text=None, charset="utf-8", cte="quoted-printable", data=None,
         filename=None, extra=None, flowed=False, disposition=None):
    """Return a MIME leaf as text (LF line endings)."""
    hdr = []
    if data is None:
        ct = '%s; charset="%s"' % (ctype, charset)
        if flowed:
            ct += "; format=flowed"
        raw = body_bytes(text, charset)
    else:
        ct = ctype
        if filename:
            ct += '; name="%s"' % filename
        raw = data
    hdr.append("Content-Type: " + ct)
    hdr.append("Content-Transfer-Encoding: " + cte)
    if filename:
        hdr.append('Content-Disposition: %s; filename="%s"' % (disposition or "attachment", filename))
    for e in (extra or []):
        hdr.append(e)
    if cte == "quoted-printable":
        b = quopri.encodestring(raw.replace(b"\r\n", b"\n")).decode("ascii")
    elif cte == "base64":
        b64 = base64.b64encode(raw).decode("ascii")
        b = "\n".join(b64[i:i + 76] for i in range(0, len(b64), 76))
    elif cte in ("8bit", "7bit"):
        b = raw.decode(charset) if data is None else raw.decode("ascii")
    else:
        raise ValueError(cte)
    return "\n".join(hdr) + "\n\n" + b.rstrip("\n") + "\n"

def multi(subtype, parts, boundary):
    out = ['Content-Type: multipart/%s; boundary="%s"' % (subtype, boundary), "", "This is a multi-part message in MIME format.", ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip("\n"))
        out.append("")
    out.append("--" + boundary + "--")
    return "\n".join(out) + "\n"

def rfc822(inner, filename=None):
    hdr = "Content-Type: message/rfc822\n"
    if filename:
        hdr += 'Content-Disposition: attachment; filename="%s"\n' % filename
    return hdr + "\n" + inner

def dt(y, mo, d, h, mi, tzh=7, tzm=0, s=None):
    tz = timezone(timedelta(hours=tzh, minutes=tzm))
    sec = s if s is not None else (d * 7 + mi) % 60
    return datetime(y, mo, d, h, mi, sec, tzinfo=tz)

# ---------------------------------------------------------------- attachments
ZT = (2026, 1, 1, 0, 0, 0)

def _zip(files, stored_first=None):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, ZT)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content)
    return bio.getvalue()

def docx(paras):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p, quote=False) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])

def odt(paras):
    body = "".join("<text:p>%s</text:p>" % html.escape(p, quote=False) for p in paras)
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>' % body)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    return _zip([("mimetype", "application/vnd.oasis.opendocument.text"), ("META-INF/manifest.xml", manifest),
                 ("content.xml", content)], stored_first="mimetype")

def _pdfesc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

def pdf(lines):
    ops = ["BT", "/F1 11 Tf", "50 790 Td", "14 TL"]
    for ln in lines:
        ops.append("(%s) Tj T*" % _pdfesc(ln.encode("latin-1").decode("latin-1")))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out

def att_text(data, fname):
    f = fname.lower()
    if f.endswith(".docx"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            x = z.read("word/document.xml").decode()
        return html.unescape(re.sub(r"<[^>]+>", " ", x.replace("</w:p>", "\n")))
    if f.endswith(".odt"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            x = z.read("content.xml").decode()
        return html.unescape(re.sub(r"<[^>]+>", " ", x.replace("</text:p>", "\n")))
    if f.endswith(".pdf"):
        parts = re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", data)
        return "\n".join(re.sub(r"\\(.)", r"\1", p.decode("latin-1")) for p in parts)
    return ""

# ---------------------------------------------------------------- message
def add(slug, typ, lang, fields, note, date, frm, subject, body=None, *, html_body=None, to=HD, cc=None,
        charset="utf-8", cte="quoted-printable", flowed=False, attach=(), fwd=None, extra_headers=(),
        mailer=None, subj_charset="utf-8", html_only=False, reply=None, date_str=None, text_cte=None):
    MAILS.append(dict(slug=slug, typ=typ, lang=lang, fields=fields, note=note, date=date, frm=frm,
                      subject=subject, body=body, html_body=html_body, to=to, cc=cc, charset=charset, cte=cte,
                      flowed=flowed, attach=list(attach), fwd=fwd, extra=list(extra_headers), mailer=mailer,
                      subj_charset=subj_charset, html_only=html_only, reply=reply, date_str=date_str))

def wordhtml(paras, font="Calibri"):
    ps = "\n".join('<p class=3DMsoNormal>%s<o:p></o:p></p>' % p if False else
                   '<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;%s&quot;,sans-serif">%s</span><o:p></o:p></p>' % (font, p)
                   for p in paras)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>\n'
            '<body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n' + ps + '\n</div></body></html>')

def simplehtml(inner):
    return '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>' + inner + '</body></html>'

def build(m):
    slug = m["slug"]
    h = H(slug)
    b1, b2 = "----=_Part_%s" % h[:16], "----=_Alt_%s" % h[16:]
    cs, cte = m["charset"], m["cte"]
    text_part = None
    if m["body"] is not None and not m["html_only"]:
        text_part = leaf("text/plain", m["body"], cs, cte, flowed=m["flowed"])
    hb = m["html_body"]
    if hb is not None and cs.lower() != "utf-8":
        hb = hb.replace("charset=utf-8", "charset=" + cs).replace("charset=UTF-8", "charset=" + cs)
    html_part = leaf("text/html", hb, cs, cte) if hb is not None else None
    if text_part and html_part:
        main = multi("alternative", [text_part, html_part], b2)
    else:
        main = text_part or html_part
    extras = []
    for fname, ctype, data in m["attach"]:
        extras.append(leaf(ctype, data=data, cte="base64", filename=fname))
    if m["fwd"] is not None:
        extras.append(rfc822(m["fwd"], "forwarded message.eml"))
    if extras:
        content = multi("mixed", [main] + extras, b1)
    else:
        content = main
    d = m["date"]
    hdrs = []
    hdrs.append("From: " + m["frm"])
    hdrs.append("To: " + m["to"])
    if m["cc"]:
        hdrs.append("Cc: " + m["cc"])
    hdrs.append("Subject: " + enc_subject(m["subject"], m["subj_charset"]))
    hdrs.append("Date: " + (m["date_str"] or email.utils.format_datetime(d)))
    dom = m["frm"].split("@")[-1].rstrip(">").strip()
    hdrs.append("Message-ID: <%s.%s@%s>" % (h[:12], h[12:20], dom))
    if m["reply"]:
        hdrs.append("In-Reply-To: " + m["reply"])
        hdrs.append("References: " + m["reply"])
    hdrs.append("MIME-Version: 1.0")
    if m["mailer"]:
        hdrs.append(m["mailer"])
    hdrs.extend(m["extra"])
    raw = "\n".join(hdrs) + "\n" + content
    return raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")

def inner_msg(frm, to, subject, date, body, charset="utf-8"):
    """A forwarded message as LF text (8bit)."""
    return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"%s\"\n"
            "Content-Transfer-Encoding: 8bit\n\n%s\n" % (frm, to, enc_subject(subject), email.utils.format_datetime(date), charset, body))

# ---------------------------------------------------------------- checks
def all_text(msg):
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            continue
        if part.get_filename():
            data = part.get_payload(decode=True)
            out.append(att_text(data, part.get_filename()))
            continue
        if ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            t = part.get_content()
            t = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", t)
            t = re.sub(r"<br\s*/?>|</p>|</div>|</tr>|</td>", "\n", t)
            out.append(html.unescape(re.sub(r"<[^>]+>", "", t)))
        if ct == "message/rfc822":
            pass
    return "\n".join(out)

def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()

def check(m, raw):
    errs = []
    if re.search(rb"(?<!\r)\n", raw):
        errs.append("bare LF")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            errs.append("defects %r" % part.defects)
    ds = m["date_str"] or email.utils.format_datetime(m["date"])
    if str(msg["Date"]) != ds:
        errs.append("date roundtrip %r" % str(msg["Date"]))
    pd = email.utils.parsedate_to_datetime(str(msg["Date"]))
    wd = ds.split(",")[0].strip()
    if wd != pd.strftime("%a"):
        errs.append("weekday %s vs %s" % (wd, pd.strftime("%a")))
    if not (datetime(2026, 8, 1, tzinfo=timezone.utc) - timedelta(hours=14) <= pd <= datetime(2026, 11, 30, tzinfo=timezone.utc) + timedelta(hours=14)):
        errs.append("date range")
    if pd.date() < datetime(2026, 8, 1).date() or pd.date() > datetime(2026, 11, 29).date():
        errs.append("date range local")
    if str(msg["Subject"]) != m["subject"]:
        errs.append("subject roundtrip %r" % str(msg["Subject"]))
    for part in msg.walk():
        if part.get_filename():
            if len(part.get_payload(decode=True)) >= 30 * 1024:
                errs.append("attachment too big")
    # text, including forwarded messages
    texts = [all_text(msg)]
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload()[0]
            texts.append(all_text(inner))
    T = norm("\n".join(texts))
    def walkvals(f, path=""):
        for k, v in f.items():
            if isinstance(v, dict):
                yield from walkvals(v, path + k + ".")
            elif k not in ("publish_at", "scope", "lang"):
                yield path + k, v
    for k, v in walkvals(m["fields"]):
        if not isinstance(v, str) or norm(v) not in T:
            errs.append("value %s=%r not in text" % (k, v))
    if m["typ"] not in ("course_data", "announcement") and m["fields"]:
        errs.append("fields on non-field type")
    pa = m["fields"].get("publish_at")
    if pa and not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", pa):
        errs.append("publish_at format")
    return errs


# ================================================================ course_data
SIG_ID = "\n\nDikirim dari iPhone saya"

add("outlook-notadinas-wadir-numbered-points", "course_data", "id",
    {"course_code": "RKS 2104", "course_name": "Keamanan Jaringan Dasar",
     "changes": {"fullname": "Keamanan Jaringan dan Sistem Informasi"}},
    "Formal Nota Dinas from the vice-director; the rename sits in point 2, point 3 says nothing else changes.",
    dt(2026, 8, 10, 9, 14), enc_addr("Wakil Direktur Bidang Akademik", "wadir1@polibatam.ac.id"),
    "Nota Dinas No. 0412/PL29/ND/2026 - Penyesuaian Data Mata Kuliah pada E-Learning",
    body="""NOTA DINAS
Nomor   : 0412/PL29/ND/2026
Yth.    : Kepala P4M c.q. Tim Helpdesk E-Learning
Dari    : Wakil Direktur Bidang Akademik
Tanggal : 10 Agustus 2026
Perihal : Penyesuaian data mata kuliah pada e-learning

1. Menindaklanjuti hasil Rapat Tinjauan Kurikulum Program Studi Rekayasa Keamanan Siber tanggal 6 Agustus 2026, terdapat penyesuaian nomenklatur mata kuliah yang berlaku mulai Semester Ganjil 2026/2027.
2. Sehubungan dengan butir 1, mata kuliah RKS 2104 Keamanan Jaringan Dasar pada e-learning agar nama lengkapnya disesuaikan menjadi Keamanan Jaringan dan Sistem Informasi.
3. Data lain mata kuliah tersebut (kode, dosen pengampu, kelas) tidak mengalami perubahan.
4. Demikian nota dinas ini disampaikan untuk dapat dilaksanakan sebagaimana mestinya.

Wakil Direktur Bidang Akademik,

ttd.

Dr. Ir. Hartono Wibisono, M.Eng.
NIP 197205112000031002
""",
    html_body=wordhtml(["<b>NOTA DINAS</b>", "Nomor&nbsp;&nbsp;&nbsp;: 0412/PL29/ND/2026",
                        "Yth.&nbsp;&nbsp;&nbsp;&nbsp;: Kepala P4M c.q. Tim Helpdesk E-Learning",
                        "Dari&nbsp;&nbsp;&nbsp;&nbsp;: Wakil Direktur Bidang Akademik", "Tanggal : 10 Agustus 2026",
                        "Perihal : Penyesuaian data mata kuliah pada e-learning", "&nbsp;",
                        "1. Menindaklanjuti hasil Rapat Tinjauan Kurikulum Program Studi Rekayasa Keamanan Siber tanggal 6 Agustus 2026, terdapat penyesuaian nomenklatur mata kuliah yang berlaku mulai Semester Ganjil 2026/2027.",
                        "2. Sehubungan dengan butir 1, mata kuliah RKS 2104 Keamanan Jaringan Dasar pada e-learning agar nama lengkapnya disesuaikan menjadi <b>Keamanan Jaringan dan Sistem Informasi</b>.",
                        "3. Data lain mata kuliah tersebut (kode, dosen pengampu, kelas) tidak mengalami perubahan.",
                        "4. Demikian nota dinas ini disampaikan untuk dapat dilaksanakan sebagaimana mestinya.", "&nbsp;",
                        "Wakil Direktur Bidang Akademik,", "ttd.", "Dr. Ir. Hartono Wibisono, M.Eng.", "NIP 197205112000031002"]),
    mailer="X-Mailer: Microsoft Outlook 16.0", cc="kaprodi.rks@polibatam.ac.id")

add("zimbra-baak-list-changes-from-meeting", "course_data", "id",
    {"course_code": "AK-305", "course_name": "Akuntansi Biaya",
     "changes": {"lecturer": "Sri Wahyuni, S.E., M.Ak.", "class": "AK-3B Malam"}},
    "BAAK passes a list of meeting decisions; the enrolment key is said to change but its value is to follow from the lecturer, so it is left out; credits stay the same.",
    dt(2026, 9, 3, 14, 2), enc_addr("BAAK Polibatam", "baak@polibatam.ac.id"),
    "Perubahan data MK hasil rapat koordinasi jadwal 2 September 2026",
    body="""Kepada Yth. Tim Helpdesk P4M,

Berdasarkan hasil rapat koordinasi jadwal perkuliahan Semester Ganjil 2026/2027 pada hari Rabu, 2 September 2026, bersama ini kami sampaikan perubahan yang telah diputuskan untuk mata kuliah Akuntansi Biaya (AK-305) di e-learning:

  a. Dosen pengampu      : Sri Wahyuni, S.E., M.Ak. (menggantikan Dra. Lestari Handayani, M.M. yang sedang tugas belajar)
  b. Kelas               : AK-3B Malam
  c. Jumlah SKS          : tetap 3 SKS (tidak berubah)
  d. Kunci pendaftaran   : akan diganti, nilai baru menyusul dari dosen pengampu

Mohon perubahan butir a dan b dapat diproses. Untuk butir d mohon menunggu konfirmasi dosen yang bersangkutan.

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Hormat kami,
Bagian Administrasi Akademik dan Kemahasiswaan (BAAK)
Politeknik Negeri Batam
Jl. Ahmad Yani, Batam Kota
""", mailer="X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC118 (Win)/9.0.0_GA_4546)")

add("gmail-prodi-coordinator-whole-cohort", "course_data", "id",
    {"course_code": "TRPL207", "course_name": "Pemrograman Berbasis Objek", "changes": {"semester": "Semester 3"}},
    "Study-programme coordinator writes for the whole 2024 cohort; only the semester is wrong.",
    dt(2026, 8, 18, 10, 41), enc_addr("Koordinator Prodi TRPL", "koord.trpl@polibatam.ac.id"),
    "Mohon koreksi semester MK untuk angkatan 2024",
    body="""Selamat pagi Tim Helpdesk P4M,

Saya menulis sebagai koordinator Program Studi D4 Teknologi Rekayasa Perangkat Lunak, mewakili seluruh mahasiswa angkatan 2024 (kelas TRPL-2A sampai TRPL-2D, total 118 mahasiswa).

Mata kuliah Pemrograman Berbasis Objek (TRPL207) di e-learning masih tercantum di Semester 4, padahal sesuai kurikulum 2024 mata kuliah ini ditempuh angkatan 2024 di Semester 3. Akibatnya beberapa mahasiswa bingung karena di filter dashboard tidak muncul di semester berjalan.

Mohon diubah semesternya menjadi Semester 3. Nama, kode, dan dosen pengampu sudah benar.

Terima kasih atas bantuannya.

Salam,
Rina Oktaviani, S.T., M.Cs.
Koordinator Prodi D4 TRPL
Jurusan Teknik Informatika
""", html_body=simplehtml("""<div dir="ltr">Selamat pagi Tim Helpdesk P4M,<div><br></div><div>Saya menulis sebagai koordinator Program Studi D4 Teknologi Rekayasa Perangkat Lunak, mewakili seluruh mahasiswa angkatan 2024 (kelas TRPL-2A sampai TRPL-2D, total 118 mahasiswa).</div><div><br></div><div>Mata kuliah Pemrograman Berbasis Objek (TRPL207) di e-learning masih tercantum di Semester 4, padahal sesuai kurikulum 2024 mata kuliah ini ditempuh angkatan 2024 di Semester 3. Akibatnya beberapa mahasiswa bingung karena di filter dashboard tidak muncul di semester berjalan.</div><div><br></div><div>Mohon diubah semesternya menjadi <b>Semester 3</b>. Nama, kode, dan dosen pengampu sudah benar.</div><div><br></div><div>Terima kasih atas bantuannya.</div><div><br></div><div>Salam,<br>Rina Oktaviani, S.T., M.Cs.<br>Koordinator Prodi D4 TRPL<br>Jurusan Teknik Informatika</div></div>"""))

add("thunderbird-flowed-notulen-decision-point4", "course_data", "id",
    {"course_code": "TI-214", "course_name": "Statistika Industri", "changes": {"shortname": "STATIND-24"}},
    "Minutes pasted into the mail; the only helpdesk action is buried in point 4, other points are room and exam matters.",
    dt(2026, 9, 9, 16, 27), enc_addr("Dedi Kurniawan", "dedi.k@polibatam.ac.id"),
    "notulen rapat KBK Teknik Industri",
    body="""Halo tim helpdesk,\x20
berikut saya tempel notulen rapat KBK kemarin, ada satu poin yang\x20
perlu dikerjakan di e-learning.

NOTULEN RAPAT KBK TEKNIK INDUSTRI
Hari/tanggal : Selasa, 8 September 2026
Tempat       : Ruang Rapat Jurusan MB, lt. 3
Peserta      : 9 dosen (daftar hadir terlampir di arsip jurusan)

1. Jadwal praktikum Ergonomi dipindah ke Lab TI-2 mulai minggu ke-3.
2. Soal UTS dikumpulkan ke koordinator KBK paling lambat 2 Oktober\x20
2026.
3. Penggunaan template RPS versi 2026 wajib untuk semua MK baru.
4. Nama singkat MK Statistika Industri (TI-214) di e-learning diubah\x20
menjadi STATIND-24 agar seragam dengan MK angkatan 2024 lainnya;\x20
notulis meneruskan ke helpdesk P4M.
5. Rapat berikutnya tanggal 6 Oktober 2026.

Notulis,
Dedi Kurniawan

--\x20
Dedi Kurniawan, S.T., M.T.
Teknik Industri - Politeknik Negeri Batam
""", flowed=True, cte="8bit",
    mailer="User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.2.0")

add("gmail-android-batak-horas", "course_data", "id",
    {"course_code": "ME3102", "course_name": "Mekanika Fluida", "changes": {"lecturer": "Ir. Tumpal H. Simanjuntak, M.T."}},
    "Batak-flavoured greeting and closing; the new lecturer is the sender himself.",
    dt(2026, 8, 24, 7, 5), enc_addr("Tumpal Simanjuntak", "tumpal.sjt@gmail.com"),
    "dosen MK Mekanika Fluida",
    body="""Horas Bapak/Ibu di P4M,

Saya dosen baru di Teknik Mesin, mulai semester ini mengajar Mekanika Fluida kode ME3102. Di e-learning nama dosennya masih dosen lama, jadi mahasiswa bingung mau kirim tugas ke siapa. Tolong lah diganti jadi nama saya:

Ir. Tumpal H. Simanjuntak, M.T.

Kalau perlu surat tugas nanti saya kirim. Mauliate godang.

Dikirim dari ponsel Android saya
""", html_body=simplehtml("""<div dir="auto">Horas Bapak/Ibu di P4M,<div dir="auto"><br></div><div dir="auto">Saya dosen baru di Teknik Mesin, mulai semester ini mengajar Mekanika Fluida kode ME3102. Di e-learning nama dosennya masih dosen lama, jadi mahasiswa bingung mau kirim tugas ke siapa. Tolong lah diganti jadi nama saya:</div><div dir="auto"><br></div><div dir="auto">Ir. Tumpal H. Simanjuntak, M.T.</div><div dir="auto"><br></div><div dir="auto">Kalau perlu surat tugas nanti saya kirim. Mauliate godang.</div><div dir="auto"><br></div><div dir="auto">Dikirim dari ponsel Android saya</div></div>"""))

add("yahoo-minang-uda-uni", "course_data", "id",
    {"course_code": "MNP-301", "course_name": "Manajemen Proyek", "changes": {"enrolment_key": "Proyek#2026b"}},
    "Minang-flavoured Indonesian; the old key leaked to another class.",
    dt(2026, 9, 14, 20, 48), enc_addr("Yusrizal Dt. Rajo Mudo", "yusrizal_rajo@yahoo.co.id"),
    "kunci MK Manajemen Proyek",
    body="""Assalamualaikum Uda/Uni di helpdesk,

Ambo Yusrizal, dosen Manajemen Bisnis. Kunci pendaftaran (enrolment key) MK Manajemen Proyek (MNP-301) tolong diganti, yang lamo alah tasebar ka kelas lain, banyak mahasiswa nan indak terdaftar masuak ka kelas ambo.

Kunci baru: Proyek#2026b

Tarimo kasih banyak sabalunnyo.

Wassalam,
Yusrizal, S.E., M.M.
""", html_body=simplehtml("""<div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"><div>Assalamualaikum Uda/Uni di helpdesk,</div><div><br></div><div>Ambo Yusrizal, dosen Manajemen Bisnis. Kunci pendaftaran (enrolment key) MK Manajemen Proyek (MNP-301) tolong diganti, yang lamo alah tasebar ka kelas lain, banyak mahasiswa nan indak terdaftar masuak ka kelas ambo.</div><div><br></div><div>Kunci baru: Proyek#2026b</div><div><br></div><div>Tarimo kasih banyak sabalunnyo.</div><div><br></div><div>Wassalam,<br>Yusrizal, S.E., M.M.</div></div>"""),
    mailer="X-Mailer: WebService/1.1.22645 YMailNorrin")

add("applemail-javanese-krama-quoted-text", "course_data", "id",
    {"course_code": "TM 1205", "course_name": "Gambar Teknik Manufaktur",
     "changes": {"summary": "Mata kuliah ini membekali mahasiswa dengan kemampuan membaca dan membuat gambar teknik sesuai standar ISO, termasuk toleransi dan simbol pengerjaan."}},
    "Javanese krama politeness mixed into Indonesian; asks for the course summary to be replaced.",
    dt(2026, 8, 27, 13, 16), enc_addr("Sri Rejeki Utami", "rejeki.utami@polibatam.ac.id"),
    "Nyuwun tulung: ringkasan MK Gambar Teknik Manufaktur",
    body="""Nyuwun sewu Bapak/Ibu ingkang kinurmatan,

Sakderengipun kulo nyuwun pangapunten menawi ngrepoti. Kulo Sri Rejeki, dosen Teknik Mesin. Kulo nyuwun tulung, ringkasan (summary) mata kuliah Gambar Teknik Manufaktur kode TM 1205 ing e-learning dipun gantos dados:

"Mata kuliah ini membekali mahasiswa dengan kemampuan membaca dan membuat gambar teknik sesuai standar ISO, termasuk toleransi dan simbol pengerjaan."

Ringkasan ingkang lami taksih ringkasan kurikulum 2019.

Matur nuwun sanget, Bapak/Ibu.

Sugeng siang,
Sri Rejeki Utami, S.T., M.Eng.
""", mailer="X-Mailer: Apple Mail (2.3826.500.181)")

add("samsung-bugis-tabe-old-and-new", "course_data", "id",
    {"course_code": "FT-101", "course_name": "Fisika Terapan", "changes": {"class": "MJ-1C"}},
    "Bugis-flavoured politeness (tabe', iye, di'); the old class is given next to the new one.",
    dt(2026, 8, 31, 11, 52), enc_addr("Andi Baso Mappanyukki", "andibaso.mpy@gmail.com"),
    "Tabe', kelas MK Fisika Terapan",
    body="""Tabe' Puang, maaf mengganggu.

Kelas untuk MK Fisika Terapan (FT-101) di elearning masih kelas MJ-1A, seharusnya MJ-1C. Yang MJ-1A itu dipegang Pak Idris, bukan saya. Iye, mohon dibantu diperbaiki di'.

Terima kasih banyak,
Andi Baso

Dikirim dari Samsung Galaxy smartphone saya.
""", cte="base64")

add("outlookweb-allcaps-whole-mail", "course_data", "id",
    {"course_code": "ELD2207", "course_name": "PRAKTIKUM ELEKTRONIKA DAYA", "changes": {"credits": "3"}},
    "Lecturer types everything in capitals; credits go from 2 to 3.",
    dt(2026, 9, 21, 7, 33), enc_addr("SUPARMAN", "suparman.el@polibatam.ac.id"),
    "MOHON UBAH SKS",
    html_body=simplehtml("""<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">SELAMAT PAGI.<br><br>MOHON BANTUAN UNTUK MERUBAH JUMLAH SKS MATA KULIAH PRAKTIKUM ELEKTRONIKA DAYA (ELD2207) DI E-LEARNING DARI 2 SKS MENJADI 3 SKS SESUAI KURIKULUM BARU.<br><br>TERIMA KASIH.<br><br>SUPARMAN, S.T., M.T.<br>DOSEN TEKNIK ELEKTRO</div>"""), html_only=True,
    body="""SELAMAT PAGI.

MOHON BANTUAN UNTUK MERUBAH JUMLAH SKS MATA KULIAH PRAKTIKUM ELEKTRONIKA DAYA (ELD2207) DI E-LEARNING DARI 2 SKS MENJADI 3 SKS SESUAI KURIKULUM BARU.

TERIMA KASIH.

SUPARMAN, S.T., M.T.
DOSEN TEKNIK ELEKTRO
""")

add("gmail-no-punctuation-run-on", "course_data", "id",
    {"course_code": "IF305", "course_name": "Basis Data Lanjut", "changes": {"fullname": "Sistem Basis Data Terdistribusi"}},
    "No punctuation at all; old and new names run together in one sentence.",
    dt(2026, 8, 13, 6, 58), enc_addr("Lestiana", "lestiana.if@gmail.com"),
    "nama mk",
    body="""pagi bu mohon bantuannya nama mk saya di elearning masih Basis Data Lanjut padahal sudah ganti kurikulum jadi Sistem Basis Data Terdistribusi kodenya tetap IF305 dosennya juga tetap saya makasih banyak bu
lestiana
""")

add("gmail-voice-typing-spelled-numbers", "course_data", "id",
    {"course_code": "TE 201", "course_name": "termodinamika teknik", "changes": {"credits": "tiga"}},
    "Dictated by voice typing: numbers are spelled out (dua sks -> tiga sks) and 'titik'/'koma' appear as words; the 'jam delapan pagi' is his class time, not a change.",
    dt(2026, 10, 6, 5, 47), enc_addr("Herman Syahputra", "herman.syahputra77@gmail.com"),
    "sks termodinamika",
    body="""selamat pagi pak ini saya herman dari teknik mesin koma mau minta tolong mata kuliah termodinamika teknik kode TE 201 sks nya di e learning tertulis dua sks padahal seharusnya tiga sks titik mohon diganti ya pak titik saya ada kelas jam delapan pagi jadi mungkin baru bisa cek lagi siang terima kasih pak

Dikirim dari ponsel Android saya
""")

add("gmail-reply-correcting-helpdesk-ack", "course_data", "id",
    {"course_code": "MKT306", "course_name": "Perancangan Sistem Kendali", "changes": {"shortname": "PSK-2026"}},
    "Correction of the helpdesk's own acknowledgement: the quoted ack misread the request as a full-name change; the real change is the short name.",
    dt(2026, 10, 14, 9, 3), enc_addr("Fajar Ramadhan", "fajar.r@polibatam.ac.id"),
    "Re: [P4M-2026-0918] Perubahan data mata kuliah",
    reply="<ack.0918.2026@polibatam.ac.id>",
    body="""Bukan itu yang saya minta, Mas. Yang saya maksud bukan nama lengkap mata kuliahnya, tapi nama singkatnya (short name).

Nama lengkap Perancangan Sistem Kendali biarkan seperti sekarang. Maksud saya: nama singkat jadi PSK-2026.

Mohon jangan sampai nama lengkapnya ikut berubah ya.

Fajar

On Tue, 13 Oct 2026 at 15:20, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> Yth. Bapak Fajar Ramadhan,
>
> Permintaan Bapak sudah kami terima dengan nomor tiket P4M-2026-0918:
> ubah nama lengkap mata kuliah MKT306 Perancangan Sistem Kendali
> menjadi PSK-2026.
>
> Perubahan akan kami proses paling lambat 2 x 24 jam.
>
> Salam,
> Helpdesk P4M Politeknik Negeri Batam
""")

colleague = """> ---------- Forwarded message ---------
> From: Hendra Saputra <hendra.s@polibatam.ac.id>
> Date: Mon, 19 Oct 2026 08:12
> Subject: Ganti dosen pengampu
> To: helpdesk-p4m@polibatam.ac.id
>
> Selamat pagi, mohon dosen pengampu MK Jaringan Komputer (RKS1203)
> kelas RKS-1A diganti menjadi Hendra Saputra, S.T., M.T.
> Terima kasih."""
add("roundcube-same-as-colleague-request", "course_data", "id",
    {"course_code": "RKS1207", "course_name": "Pemrograman Web", "changes": {"lecturer": "Yuli Astuti, S.Kom., M.Kom."}},
    "Reply on top of a colleague's forwarded request: 'same as Pak Hendra but for my class'; the quoted request is for a different course and is not this ticket.",
    dt(2026, 10, 19, 10, 25), enc_addr("Yuli Astuti", "yuli.astuti@polibatam.ac.id"),
    "Fwd: Ganti dosen pengampu",
    body="""Selamat siang,

Sama seperti permintaan Pak Hendra di bawah (ganti dosen pengampu), tapi untuk kelas saya: MK Pemrograman Web (RKS1207). Dosen pengampunya tolong diganti jadi Yuli Astuti, S.Kom., M.Kom. karena Bu Nita sudah pindah ke prodi lain.

Terima kasih,
Yuli

""" + colleague + "\n", mailer="User-Agent: Roundcube Webmail/1.6.7")

add("outlook-two-courses-only-one-changes", "course_data", "mixed",
    {"course_code": "BIS2203", "course_name": "E-Commerce Strategy", "changes": {"shortname": "ECS-2026"}},
    "Two courses are named; the first is explicitly fine, only the second changes.",
    dt(2026, 9, 24, 15, 9), enc_addr("Melati Purnamasari", "melati.p@polibatam.ac.id"),
    "Short name MK semester ini",
    body="""Dear tim helpdesk,

Semester ini saya mengampu dua MK di e-learning: Digital Marketing (BIS2201) dan E-Commerce Strategy (BIS2203).

For Digital Marketing everything is already correct, no need to change anything.
Untuk E-Commerce Strategy, please change the short name to ECS-2026 (sekarang masih tertulis ECS-OLD).

Thank you so much!

Best regards,
Melati Purnamasari, S.E., M.B.A.
Program Studi Administrasi Bisnis Terapan
""", html_body=wordhtml(["Dear tim helpdesk,", "&nbsp;",
        "Semester ini saya mengampu dua MK di e-learning: Digital Marketing (BIS2201) dan E-Commerce Strategy (BIS2203).", "&nbsp;",
        "For Digital Marketing everything is already correct, no need to change anything.",
        "Untuk E-Commerce Strategy, please change the short name to <b>ECS-2026</b> (sekarang masih tertulis ECS-OLD).", "&nbsp;",
        "Thank you so much!", "&nbsp;", "Best regards,", "Melati Purnamasari, S.E., M.B.A.", "Program Studi Administrasi Bisnis Terapan"], "Aptos"),
    mailer="X-Mailer: Microsoft Outlook 16.0")

add("iphone-new-value-only-in-subject", "course_data", "id",
    {"course_code": "KD102", "course_name": "Kimia Dasar", "changes": {"lecturer": "Dr. Ratna Sari Dewi, M.Si."}},
    "The new lecturer name appears only in the subject; the body just says 'sesuai subjek'.",
    dt(2026, 8, 20, 12, 31), enc_addr("Ratna Sari Dewi", "ratnasari.dewi@icloud.com"),
    "Nama dosen MK Kimia Dasar (KD102) mohon diganti: Dr. Ratna Sari Dewi, M.Si.",
    body="""Selamat siang Bu/Pak,

Sesuai subjek ya. Dosen lama sudah pensiun per Agustus, saya yang melanjutkan.

Terima kasih.""" + SIG_ID + "\n", mailer="X-Mailer: iPhone Mail (22A3354)")

add("thunderbird-two-column-old-new-table", "course_data", "mixed",
    {"course_code": "UM-2102", "course_name": "Bahasa Inggris Teknik 2",
     "changes": {"fullname": "English for Engineering II", "shortname": "EngEng-II"}},
    "Old and new values in a plain-text two-column table; the code row is unchanged.",
    dt(2026, 9, 2, 19, 44), enc_addr("Natalia Sembiring", "natalia.smb@polibatam.ac.id"),
    "Update course identity UM-2102",
    body="""Hi team,

Mohon update data MK berikut ya, as discussed with the English unit:

                 SEKARANG (lama)            SEHARUSNYA (baru)
Kode MK          UM-2102                    UM-2102 (tetap)
Nama MK          Bahasa Inggris Teknik 2    English for Engineering II
Short name       BIT2                       EngEng-II

Thanks a lot,
Natalia
""", cte="7bit", mailer="User-Agent: Mozilla Thunderbird 115.14.0")

add("zimbra-tolong-ganti-value-next-line", "course_data", "id",
    {"course_code": "UMM104", "course_name": "Etika Profesi", "changes": {"fullname": "Etika Profesi dan Kewirausahaan Digital"}},
    "'tolong ganti ... menjadi:' with the new name alone on the next line.",
    dt(2026, 10, 22, 16, 38), enc_addr("Maria Goreti Lumban Tobing", "goreti.lt@polibatam.ac.id"),
    "Etika Profesi",
    body="""Selamat sore,

Untuk MK Etika Profesi (UMM104) di e-learning tolong ganti nama lengkapnya, menjadi:
Etika Profesi dan Kewirausahaan Digital

Kode dan kelas tetap. Terima kasih.

Salam,
Goreti
""", mailer="X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF131 (Linux)/9.0.0_GA_4546)")

add("outlook-german-visiting-professor-dd-mm-yyyy", "course_data", "en",
    {"course_code": "MEK4105", "course_name": "Industrial Automation",
     "changes": {"lecturer": "Dr. Andi Pratama, M.T. / Prof. Dr.-Ing. Matthias Keller"}},
    "German visiting professor, formal English with dd.mm.yyyy dates and 24-hour times; the dates are his guest period and first session, not changes.",
    dt(2026, 9, 16, 9, 12, 2), enc_addr("Keller, Matthias", "matthias.keller@th-rheinsee.de"),
    "Guest lectureship 05.10.2026 - 30.10.2026: lecturer entry in course MEK4105",
    body="""Dear Sir or Madam,

with reference to my guest lectureship at Politeknik Negeri Batam from 05.10.2026 to 30.10.2026, I kindly ask you to adjust the lecturer entry of the course "Industrial Automation" (MEK4105) on your e-learning platform.

Please enter the lecturers as follows:
Dr. Andi Pratama, M.T. / Prof. Dr.-Ing. Matthias Keller

Dr. Pratama has agreed to this arrangement. The first session will take place on 05.10.2026 at 08:00 local time.

Thank you very much in advance for your support.

Kind regards
Matthias Keller

--
Prof. Dr.-Ing. Matthias Keller
Fakultät Maschinenbau und Mechatronik
Technische Hochschule Rheinsee
Tel. +49 7531 206-418
""", html_body=wordhtml(["Dear Sir or Madam,", "&nbsp;",
        "with reference to my guest lectureship at Politeknik Negeri Batam from 05.10.2026 to 30.10.2026, I kindly ask you to adjust the lecturer entry of the course &#8220;Industrial Automation&#8221; (MEK4105) on your e-learning platform.", "&nbsp;",
        "Please enter the lecturers as follows:", "Dr. Andi Pratama, M.T. / Prof. Dr.-Ing. Matthias Keller", "&nbsp;",
        "Dr. Pratama has agreed to this arrangement. The first session will take place on 05.10.2026 at 08:00 local time.", "&nbsp;",
        "Thank you very much in advance for your support.", "&nbsp;", "Kind regards", "Matthias Keller", "&nbsp;", "--",
        "Prof. Dr.-Ing. Matthias Keller", "Fakult&auml;t Maschinenbau und Mechatronik", "Technische Hochschule Rheinsee", "Tel. +49 7531 206-418"]),
    mailer="X-Mailer: Microsoft Outlook 16.0", charset="windows-1252")

add("outlook-singapore-exchange-lah", "course_data", "en",
    {"course_code": "LOG3302", "course_name": "Smart Logistics", "changes": {"shortname": "LOG3302-SG26"}},
    "Singaporean English with particles; the current short name is a test value.",
    dt(2026, 8, 25, 17, 6, 8), enc_addr("Tan Wei Ling", "weiling.tan@sgpoly-partner.edu.sg"),
    "Short name for joint module on your Moodle",
    body="""Hi there,

Just to check with you ah - the short name for our joint module Smart Logistics (LOG3302) on your Moodle is still showing as SL-TEST. The students from our side got confused already.

Can help change it to LOG3302-SG26? That one follows our naming for the 2026 intake.

Thanks lah, appreciate it!

Cheers,
Wei Ling
Tan Wei Ling | Senior Executive, International Relations
""", html_body=wordhtml(["Hi there,", "&nbsp;",
        "Just to check with you ah &#8211; the short name for our joint module Smart Logistics (LOG3302) on your Moodle is still showing as SL-TEST. The students from our side got confused already.", "&nbsp;",
        "Can help change it to LOG3302-SG26? That one follows our naming for the 2026 intake.", "&nbsp;",
        "Thanks lah, appreciate it!", "&nbsp;", "Cheers,", "Wei Ling", "Tan Wei Ling | Senior Executive, International Relations"]),
    mailer="X-Mailer: Microsoft Outlook 16.0")

add("gmail-filipino-exchange-po", "course_data", "en",
    {"course_code": "HTM 2104", "course_name": "Food Service Management",
     "changes": {"summary": "This course introduces the principles of food service operations, menu planning, costing and kitchen safety for hospitality students."}},
    "Filipino exchange staff English ('po', 'God bless'); asks for a new summary.",
    dt(2026, 9, 8, 14, 22, 8), enc_addr("Ma. Kristina Dela Cruz", "kristina.delacruz@lpu-partner.edu.ph"),
    "Request to update course summary - HTM 2104",
    body="""Good day po!

I am Kristina, the exchange faculty handling Food Service Management (HTM 2104) this term. May I kindly request to update the course summary to the following:

This course introduces the principles of food service operations, menu planning, costing and kitchen safety for hospitality students.

The current summary still mentions "Bar Operations" which is a different subject na.

Thank you po and God bless!

Respectfully yours,
Ma. Kristina Dela Cruz
Exchange Faculty, College of Hospitality
""")

add("gmail-retired-guest-lecturer-long-paragraphs", "course_data", "id",
    {"course_code": "WLD1101", "course_name": "Teknik Pengelasan Dasar",
     "changes": {"lecturer": "Drs. H. Bambang Sutrisno, M.Pd.", "class": "WLD-1A dan WLD-1B (digabung)"}},
    "Retired lecturer back as guest teacher; two changes hidden inside very long reminiscing paragraphs.",
    dt(2026, 8, 17, 21, 3), enc_addr("Bambang Sutrisno", "bambang.sutrisno1958@gmail.com"),
    "Salam dari dosen tamu",
    body="""Assalamualaikum warahmatullahi wabarakatuh, Bapak dan Ibu yang saya hormati di P4M, perkenalkan saya Bambang Sutrisno, dulu pernah mengajar di Politeknik ini sejak masih menumpang di gedung lama di Batu Ampar, kemudian pensiun pada tahun 2023, dan alhamdulillah tahun ini diminta kembali oleh Ketua Jurusan untuk membantu sebagai dosen tamu karena beberapa dosen muda sedang tugas belajar ke luar negeri, sehingga saya kembali mengajar mata kuliah yang dulu juga saya ajar selama hampir lima belas tahun, yaitu Teknik Pengelasan Dasar dengan kode WLD1101, dan terus terang saya agak kaget sekarang semuanya sudah memakai e-learning, tidak seperti dulu yang cukup dengan papan tulis dan buku praktikum yang kami fotokopi bersama.

Adapun maksud saya menulis surat elektronik ini adalah memohon bantuan Bapak dan Ibu, karena ketika saya dibantu oleh anak saya membuka halaman mata kuliah tersebut, nama dosen yang tertera masih nama dosen yang sedang tugas belajar, maka mohon kiranya nama dosen pengampu diganti menjadi Drs. H. Bambang Sutrisno, M.Pd. sebagaimana yang tercantum dalam surat tugas dari Direktur, dan selain itu, sesuai keputusan jurusan, kelasnya pun sekarang menjadi WLD-1A dan WLD-1B (digabung) karena jumlah mahasiswanya sedikit dan bengkel las hanya bisa menampung satu rombongan setiap pertemuan, sedangkan di e-learning sekarang masih tertulis WLD-1A saja.

Mohon maaf apabila surat saya terlalu panjang, maklum orang tua, sudah lama tidak menulis surat resmi, dan kalau ada yang kurang jelas Bapak dan Ibu boleh menelepon saya di nomor 0812-7000-1958 kapan saja, karena saya sekarang lebih banyak di rumah kecuali hari Selasa dan Kamis saat mengajar di bengkel. Atas bantuan Bapak dan Ibu saya ucapkan terima kasih yang sebesar-besarnya.

Wassalamualaikum warahmatullahi wabarakatuh,
Bambang Sutrisno
""")

add("gmail-pdf-memo-bilingual", "course_data", "mixed",
    {"course_code": "IBM1104", "course_name": "Business Communication",
     "changes": {"fullname": "Business Communication and Presentation Skills"}},
    "The request is only in an attached bilingual PDF memo; the mail body just forwards it.",
    dt(2026, 10, 1, 11, 19), enc_addr("Yohana Tarigan", "yohana.trg@polibatam.ac.id"),
    "memo prodi - course name update",
    body="""Hi helpdesk,

Attached memo dari prodi International Business Management, please process ya. Kalau ada pertanyaan langsung ke saya saja.

Thanks,
Yohana
""", html_body=simplehtml('<div dir="ltr">Hi helpdesk,<br><br>Attached memo dari prodi International Business Management, please process ya. Kalau ada pertanyaan langsung ke saya saja.<br><br>Thanks,<br>Yohana</div>'),
    attach=[("Memo_IBM_course_update.pdf", "application/pdf", pdf([
        "MEMO / MEMORANDUM", "Program Studi International Business Management", "Date / Tanggal: 30 September 2026", "",
        "To / Kepada: Helpdesk P4M", "Subject / Perihal: Course data update / Pembaruan data MK", "",
        "Course / Mata kuliah: Business Communication (IBM1104)",
        "Full name (new) / Nama lengkap baru: Business Communication and Presentation Skills",
        "Short name: unchanged / tetap", "Lecturer / Dosen: unchanged / tetap", "",
        "Coordinator / Koordinator,", "Yohana Tarigan, S.S., M.A."]))])
# ================================================================ announcement
add("outlook-malaysian-partner-malay-tajuk", "announcement", "mixed",
    {"course_code": "MRB3203", "course_name": "Mobile Robotics", "title": "Jadual Pembentangan Projek Akhir",
     "scope": "course", "publish_at": "2026-10-12T08:00:00+07:00"},
    "Malaysian partner writes Malay with English; publish time is 9.00 pagi Malaysia time (+08:00), the presentation date is the event.",
    dt(2026, 10, 5, 10, 40, 8), enc_addr("Nurul Aina binti Kamarudin", "nurulaina@fkp.utmk-partner.edu.my"),
    "Mohon siarkan pengumuman – Mobile Robotics (MRB3203)",
    body="""Assalamualaikum dan salam sejahtera,

Tuan/Puan,

Saya Nurul Aina dari Fakulti Kejuruteraan Pembuatan, pensyarah bersama (co-teaching) bagi course Mobile Robotics (MRB3203) di platform e-learning pihak tuan. Mohon jasa baik pihak helpdesk untuk siarkan satu pengumuman kepada pelajar kedua-dua institusi.

Tajuk: Jadual Pembentangan Projek Akhir
Isi: Pembentangan projek akhir akan diadakan secara dalam talian pada 19 Oktober 2026, 2.30 petang waktu Malaysia. Slot setiap kumpulan akan dimaklumkan melalui forum.

Sila publish pada 12 Oktober 2026, pukul 9.00 pagi waktu Malaysia (MYT). Kalau ada apa-apa masalah, boleh email saya terus.

Terima kasih banyak-banyak.

Sekian,
Dr. Nurul Aina Kamarudin
Pensyarah Kanan
""", html_body=wordhtml(["Assalamualaikum dan salam sejahtera,", "&nbsp;", "Tuan/Puan,", "&nbsp;",
        "Saya Nurul Aina dari Fakulti Kejuruteraan Pembuatan, pensyarah bersama (co-teaching) bagi course Mobile Robotics (MRB3203) di platform e-learning pihak tuan. Mohon jasa baik pihak helpdesk untuk siarkan satu pengumuman kepada pelajar kedua-dua institusi.", "&nbsp;",
        "<b>Tajuk:</b> Jadual Pembentangan Projek Akhir",
        "<b>Isi:</b> Pembentangan projek akhir akan diadakan secara dalam talian pada 19 Oktober 2026, 2.30 petang waktu Malaysia. Slot setiap kumpulan akan dimaklumkan melalui forum.", "&nbsp;",
        "Sila publish pada 12 Oktober 2026, pukul 9.00 pagi waktu Malaysia (MYT). Kalau ada apa-apa masalah, boleh email saya terus.", "&nbsp;",
        "Terima kasih banyak-banyak.", "&nbsp;", "Sekian,", "Dr. Nurul Aina Kamarudin", "Pensyarah Kanan"]),
    mailer="X-Mailer: Microsoft Outlook 16.0")

add("gmail-title-only-in-subject-evening-exams", "announcement", "id",
    {"title": "Perubahan Ruang Ujian Tengah Semester Kelas Malam", "scope": "site",
     "publish_at": "2026-10-12T07:00:00+07:00"},
    "The title is only in the subject (after 'Pengumuman:'); front page for all evening-class students.",
    dt(2026, 10, 8, 15, 55), enc_addr("Admin Jurusan Teknik Elektro", "admin.elektro@polibatam.ac.id"),
    "Pengumuman: Perubahan Ruang Ujian Tengah Semester Kelas Malam",
    body="""Bu/Pak helpdesk,

Mohon yang di subjek dipasang di halaman depan e-learning ya, untuk semua mahasiswa kelas malam.

Isinya: UTS kelas malam minggu depan pindah ke Gedung Tower A lantai 5, ruang sesuai kartu ujian. Jam ujian tetap 18.30.

Tayang Senin 12 Oktober 2026 jam 07.00 ya.

Makasih,
Dewi - Admin Jurusan TE
""", html_body=simplehtml('<div dir="ltr">Bu/Pak helpdesk,<div><br></div><div>Mohon yang di subjek dipasang di halaman depan e-learning ya, untuk semua mahasiswa kelas malam.</div><div><br></div><div>Isinya: UTS kelas malam minggu depan pindah ke Gedung Tower A lantai 5, ruang sesuai kartu ujian. Jam ujian tetap 18.30.</div><div><br></div><div>Tayang Senin 12 Oktober 2026 jam 07.00 ya.</div><div><br></div><div>Makasih,</div><div>Dewi - Admin Jurusan TE</div></div>'))

add("gmail-judul-inside-docx-attachment", "announcement", "id",
    {"course_code": "IF204", "course_name": "Sistem Operasi", "title": "Kuis Pengganti Sistem Operasi",
     "scope": "course", "publish_at": "2026-09-16T06:30:00+07:00"},
    "Title ('Judul:') only in the attached DOCX; 'besok pagi pukul 06.30' counts from the Date header; the quiz date in the DOCX is the event.",
    dt(2026, 9, 15, 21, 12), enc_addr("Rizky Ananda", "rizky.ananda@polibatam.ac.id"),
    "naskah pengumuman SO",
    body="""Malam Pak/Bu,

Terlampir naskah pengumuman untuk MK Sistem Operasi (IF204). Mohon ditayangkan besok pagi pukul 06.30 supaya mahasiswa baca sebelum kuliah jam 08.00.

Terima kasih,
Rizky
""", attach=[("pengumuman_SO.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx([
        "Judul: Kuis Pengganti Sistem Operasi", "",
        "Kepada seluruh mahasiswa kelas IF-2A dan IF-2B,",
        "Kuis 2 yang batal minggu lalu diganti pada hari Jumat, 18 September 2026 pukul 10.00-10.45 melalui e-learning.",
        "Materi: manajemen memori dan penjadwalan proses.", "Dosen pengampu, Rizky Ananda, M.Kom."]))])

add("yahoo-publish-in-words-senin-depan", "announcement", "id",
    {"course_code": "MI-601", "course_name": "Magang Industri", "title": "Pengumpulan Laporan Magang Diperpanjang",
     "scope": "course", "publish_at": "2026-11-09T07:00:00+07:00"},
    "Publish time in words ('Senin depan jam tujuh pagi') from a Wednesday Date header; 20 November is the new deadline, not the publish time.",
    dt(2026, 11, 4, 19, 26), enc_addr("Hj. Rosmawati", "rosmawati_hj@yahoo.com"),
    "pengumuman magang",
    body="""Assalamualaikum,

Mohon bantuan dibuatkan pengumuman di MK Magang Industri (MI-601) dengan judul "Pengumpulan Laporan Magang Diperpanjang". Isinya: batas pengumpulan laporan magang diperpanjang sampai tanggal 20 November 2026 pukul 23.59, unggah lewat tugas di e-learning.

Tolong ditayangkan Senin depan jam tujuh pagi ya, jangan sekarang karena masih menunggu tanda tangan kajur.

Terima kasih,
Rosmawati
""", html_body=simplehtml('<div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">Assalamualaikum,<br><br>Mohon bantuan dibuatkan pengumuman di MK Magang Industri (MI-601) dengan judul &quot;Pengumpulan Laporan Magang Diperpanjang&quot;. Isinya: batas pengumpulan laporan magang diperpanjang sampai tanggal 20 November 2026 pukul 23.59, unggah lewat tugas di e-learning.<br><br>Tolong ditayangkan Senin depan jam tujuh pagi ya, jangan sekarang karena masih menunggu tanda tangan kajur.<br><br>Terima kasih,<br>Rosmawati</div>'),
    mailer="X-Mailer: WebService/1.1.22645 YMailNorrin")

add("applemail-english-12-hour-pm", "announcement", "en",
    {"course_code": "ENG-3105", "course_name": "Technical Writing", "title": "Reminder: Final Draft Submission",
     "scope": "course", "publish_at": "2026-09-21T19:30:00+07:00"},
    "Indonesian lecturer writing English with a 12-hour publish time; the Friday deadline is the event.",
    dt(2026, 9, 18, 16, 2), enc_addr("Hanna Siregar", "hanna.siregar@polibatam.ac.id"),
    "Announcement for Technical Writing",
    body="""Hello helpdesk team,

Could you please post an announcement in my course Technical Writing (ENG-3105)?

Title: Reminder: Final Draft Submission
Text: Dear students, please upload your final draft via the assignment link before Friday, 25 September 2026, 11:59 PM. Late submissions will not be graded.

Please publish it on Monday, 21 September 2026 at 7:30 PM.

Thank you very much,
Hanna Siregar
English Language Unit
""", mailer="X-Mailer: Apple Mail (2.3774.600.62)", cte="7bit")

add("samsung-lusa-relative-day", "announcement", "id",
    {"course_code": "MM-1102", "course_name": "Desain Grafis", "title": "Pembagian Kelompok Proyek",
     "scope": "course", "publish_at": "2026-08-22T10:00:00+07:00"},
    "'lusa jam 10 pagi' counts two days from the Thursday Date header.",
    dt(2026, 8, 20, 13, 47), enc_addr("Agung Prasetyo", "agungpras.mm@gmail.com"),
    "Tolong umumkan pembagian kelompok",
    body="""Siang min,

Tolong umumkan di MK Desain Grafis (MM-1102) ya:
Judul: Pembagian Kelompok Proyek
Isi: daftar kelompok sudah ada di folder Materi minggu 2, silakan cek dan hubungi ketua kelompok masing-masing.

Tayangkan lusa jam 10 pagi. Makasih min.

Dikirim dari Samsung Galaxy smartphone saya.
""", cte="base64")

add("gmail-filipino-this-friday-wib", "announcement", "en",
    {"course_code": "ENG 2205", "course_name": "Cross-Cultural Communication", "title": "Virtual Cultural Exchange Session 2",
     "scope": "course", "publish_at": "2026-11-20T09:00:00+07:00"},
    "'this Friday at 9:00 AM your time (WIB)' counts from a Monday Date header in +08:00; the 27 November session is the event.",
    dt(2026, 11, 16, 10, 14, 8), enc_addr("Jose Miguel Reyes", "jm.reyes@lpu-partner.edu.ph"),
    "Announcement request po - Cultural Exchange",
    body="""Hi po!

Good morning. Kindly post the announcement below in Cross-Cultural Communication (ENG 2205), the joint class with our students here in Batangas.

Title: Virtual Cultural Exchange Session 2
Message: Our second session will be on November 27 at 2:00 PM Manila time (1:00 PM in Batam). Please prepare a 3-minute video about a local festival.

Please post it this Friday at 9:00 AM your time (WIB) so both groups see it together.

Maraming salamat po!
Jose Miguel Reyes
International Affairs Office
""")

add("roundcube-event-dates-and-deadline", "announcement", "id",
    {"course_code": "MA101", "course_name": "Kalkulus 1", "title": "Jadwal Remedial Kalkulus", "scope": "course"},
    "Only event dates and a registration deadline are given; publish 'secepatnya', so no publish_at.",
    dt(2026, 9, 17, 8, 50), enc_addr("Imam Syafii", "imam.syafii@polibatam.ac.id"),
    "Pengumuman remedial Kalkulus",
    body="""Selamat pagi,

Mohon dibuatkan pengumuman di MK Kalkulus 1 (MA101), ditayangkan secepatnya.

Judul: Jadwal Remedial Kalkulus
Isi:
- Remedial dilaksanakan Sabtu, 26 September 2026 pukul 08.00-10.00 di R. 702.
- Pendaftaran remedial via e-learning ditutup Kamis, 24 September 2026 pukul 23.59.
- Yang boleh ikut: nilai UTS di bawah 55.

Terima kasih,
Imam Syafii, S.Si., M.Sc.
""", mailer="User-Agent: Roundcube Webmail/1.6.7")

add("outlook-baak-ukt-tayang-range", "announcement", "id",
    {"title": "Batas Akhir Pembayaran UKT Susulan Semester Ganjil 2026/2027", "scope": "site"},
    "Academic office, site-wide; publish 'mulai tanggal 1 September 2026' without a clock time, so no publish_at; 15 September is the payment deadline.",
    dt(2026, 8, 27, 10, 3), enc_addr("BAAK Polibatam", "baak@polibatam.ac.id"),
    "Permohonan penayangan pengumuman di halaman utama e-learning",
    body="""Yth. Tim Helpdesk P4M,

Dengan hormat, bersama ini kami mohon bantuan penayangan pengumuman pada halaman utama e-learning dengan rincian sebagai berikut:

Judul    : Batas Akhir Pembayaran UKT Susulan Semester Ganjil 2026/2027
Isi      : Mahasiswa yang belum melakukan pembayaran UKT diberi kesempatan pembayaran susulan paling lambat 15 September 2026. Mahasiswa yang tidak membayar sampai batas tersebut tidak dapat mengikuti perkuliahan.
Tayang   : mulai tanggal 1 September 2026 sampai 15 September 2026

Demikian, atas kerja samanya kami ucapkan terima kasih.

Hormat kami,
BAAK Politeknik Negeri Batam
""", html_body=wordhtml(["Yth. Tim Helpdesk P4M,", "&nbsp;",
        "Dengan hormat, bersama ini kami mohon bantuan penayangan pengumuman pada halaman utama e-learning dengan rincian sebagai berikut:", "&nbsp;",
        "Judul&nbsp;&nbsp;&nbsp;&nbsp;: Batas Akhir Pembayaran UKT Susulan Semester Ganjil 2026/2027",
        "Isi&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;: Mahasiswa yang belum melakukan pembayaran UKT diberi kesempatan pembayaran susulan paling lambat 15 September 2026. Mahasiswa yang tidak membayar sampai batas tersebut tidak dapat mengikuti perkuliahan.",
        "Tayang&nbsp;&nbsp;&nbsp;: mulai tanggal 1 September 2026 sampai 15 September 2026", "&nbsp;",
        "Demikian, atas kerja samanya kami ucapkan terima kasih.", "&nbsp;", "Hormat kami,", "BAAK Politeknik Negeri Batam"]),
    mailer="X-Mailer: Microsoft Outlook 16.0")

add("outlook-german-professor-cest-24h", "announcement", "en",
    {"course_code": "MEK4105", "course_name": "Industrial Automation", "title": "Lab Safety Briefing before Practical Session",
     "scope": "course", "publish_at": "2026-10-12T19:00:00+07:00"},
    "Publish time 12.10.2026 14:00 CEST (+02:00) converts to 19:00 WIB; 13.10.2026 08:00 is the briefing itself.",
    dt(2026, 9, 28, 11, 37, 2), enc_addr("Keller, Matthias", "matthias.keller@th-rheinsee.de"),
    "Announcement for course MEK4105 (publication 12.10.2026)",
    body="""Dear colleagues,

I would be grateful if you could publish the following announcement in the course "Industrial Automation" (MEK4105).

Title: Lab Safety Briefing before Practical Session
Text: All participants must attend the safety briefing on 13.10.2026 at 08:00 in the Mechatronics Laboratory. Participation is mandatory for access to the PLC workstations.

Please schedule the publication for 12.10.2026, 14:00 CEST (German time), as I will be travelling on that day.

Mit freundlichen Grüßen / With kind regards
Matthias Keller

--
Prof. Dr.-Ing. Matthias Keller
Fakultät Maschinenbau und Mechatronik, Technische Hochschule Rheinsee
""", mailer="X-Mailer: Microsoft Outlook 16.0", charset="iso-8859-1")

add("outlook-singapore-sgt-no-year", "announcement", "en",
    {"title": "Call for Participants: SG-Batam Innovation Sprint 2026", "scope": "site",
     "publish_at": "2026-11-03T08:00:00+07:00"},
    "Site-wide; '3 Nov, 9am SGT' has no year and is +08:00, so 08:00 WIB on the next 3 November; the sprint dates are events.",
    dt(2026, 10, 21, 15, 48, 8), enc_addr("Lim Jun Hao", "junhao.lim@sgpoly-partner.edu.sg"),
    "Announcement on e-learning front page",
    body="""Hi Helpdesk,

Can help to put up one announcement on the whole e-learning site ah? It's for all students, not just one course.

Title: Call for Participants: SG-Batam Innovation Sprint 2026
Body: Students from all programmes are welcome to join the 3-day sprint from 24 to 26 November 2026 at our campus. Sign up by 13 Nov via the form link in the announcement.

Please make it go live on 3 Nov, 9am SGT. Before that we still need to confirm the sponsors.

Thanks a lot!
Jun Hao
""", html_body=simplehtml('<div style="font-family:Arial;font-size:10pt">Hi Helpdesk,<br><br>Can help to put up one announcement on the whole e-learning site ah? It\'s for all students, not just one course.<br><br>Title: Call for Participants: SG-Batam Innovation Sprint 2026<br>Body: Students from all programmes are welcome to join the 3-day sprint from 24 to 26 November 2026 at our campus. Sign up by 13 Nov via the form link in the announcement.<br><br>Please make it go live on 3 Nov, 9am SGT. Before that we still need to confirm the sponsors.<br><br>Thanks a lot!<br>Jun Hao</div>'))

add("outlook-wadir-notadinas-survey-point3", "announcement", "id",
    {"title": "Pelaksanaan Survei Kepuasan Mahasiswa terhadap Layanan Akademik Semester Ganjil 2026/2027",
     "scope": "site", "publish_at": "2026-11-02T07:00:00+07:00"},
    "Nota Dinas with numbered points; the publish instruction is point 3; the 2-16 November survey period is the event.",
    dt(2026, 10, 28, 8, 21), enc_addr("Wakil Direktur Bidang Akademik", "wadir1@polibatam.ac.id"),
    "Nota Dinas: Penayangan Pengumuman Survei Kepuasan Mahasiswa",
    body="""NOTA DINAS
Nomor   : 0587/PL29/ND/2026
Yth.    : Kepala P4M
Perihal : Penayangan pengumuman survei kepuasan mahasiswa

1. Dalam rangka pelaksanaan Sistem Penjaminan Mutu Internal, akan dilaksanakan survei kepuasan mahasiswa pada tanggal 2 s.d. 16 November 2026.
2. Survei diisi secara daring melalui tautan yang disediakan P4M.
3. Mohon pengumuman ditayangkan pada halaman utama e-learning pada hari Senin, 2 November 2026 pukul 07.00 WIB dengan judul "Pelaksanaan Survei Kepuasan Mahasiswa terhadap Layanan Akademik Semester Ganjil 2026/2027".
4. Demikian untuk dilaksanakan.

Wakil Direktur Bidang Akademik,
ttd.
Dr. Ir. Hartono Wibisono, M.Eng.
""", html_body=wordhtml(["<b>NOTA DINAS</b>", "Nomor&nbsp;&nbsp;&nbsp;: 0587/PL29/ND/2026", "Yth.&nbsp;&nbsp;&nbsp;&nbsp;: Kepala P4M",
        "Perihal : Penayangan pengumuman survei kepuasan mahasiswa", "&nbsp;",
        "1. Dalam rangka pelaksanaan Sistem Penjaminan Mutu Internal, akan dilaksanakan survei kepuasan mahasiswa pada tanggal 2 s.d. 16 November 2026.",
        "2. Survei diisi secara daring melalui tautan yang disediakan P4M.",
        "3. Mohon pengumuman ditayangkan pada halaman utama e-learning pada hari Senin, 2 November 2026 pukul 07.00 WIB dengan judul &#8220;Pelaksanaan Survei Kepuasan Mahasiswa terhadap Layanan Akademik Semester Ganjil 2026/2027&#8221;.",
        "4. Demikian untuk dilaksanakan.", "&nbsp;", "Wakil Direktur Bidang Akademik,", "ttd.", "Dr. Ir. Hartono Wibisono, M.Eng."]),
    mailer="X-Mailer: Microsoft Outlook 16.0")

add("outlookweb-allcaps-kuliah-pengganti", "announcement", "id",
    {"course_code": "MKE-302", "course_name": "MESIN KONVERSI ENERGI", "title": "KULIAH PENGGANTI MINGGU KE-9",
     "scope": "course", "publish_at": "2026-10-30T16:00:00+07:00"},
    "All capitals; publish Friday 16.00, the replacement lecture on Saturday 08.00 is the event.",
    dt(2026, 10, 27, 7, 12), enc_addr("SUPARMAN", "suparman.el@polibatam.ac.id"),
    "PENGUMUMAN KULIAH PENGGANTI",
    body="""SELAMAT PAGI.

TOLONG UMUMKAN DI MK MESIN KONVERSI ENERGI (MKE-302):
JUDUL: KULIAH PENGGANTI MINGGU KE-9
ISI: KULIAH PENGGANTI DILAKSANAKAN HARI SABTU 31 OKTOBER 2026 JAM 08.00 DI R. 405.
TAYANG HARI JUMAT 30 OKTOBER 2026 PUKUL 16.00.

TERIMA KASIH.
SUPARMAN, S.T., M.T.
""", html_body=simplehtml('<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt;">SELAMAT PAGI.<br><br>TOLONG UMUMKAN DI MK MESIN KONVERSI ENERGI (MKE-302):<br>JUDUL: KULIAH PENGGANTI MINGGU KE-9<br>ISI: KULIAH PENGGANTI DILAKSANAKAN HARI SABTU 31 OKTOBER 2026 JAM 08.00 DI R. 405.<br>TAYANG HARI JUMAT 30 OKTOBER 2026 PUKUL 16.00.<br><br>TERIMA KASIH.<br>SUPARMAN, S.T., M.T.</div>'))

add("gmail-voice-typing-besok-relative", "announcement", "id",
    {"course_code": "PM 3101", "course_name": "pemrograman mobile", "title": "ujian praktik diundur",
     "scope": "course", "publish_at": "2026-11-14T08:00:00+07:00"},
    "Voice typing, spelled-out numbers; 'besok jam delapan pagi' counts from the Friday Date header; 'tanggal dua puluh november' is the exam.",
    dt(2026, 11, 13, 17, 41), enc_addr("Herman Syahputra", "herman.syahputra77@gmail.com"),
    "pengumuman pemrograman mobile",
    body="""selamat sore pak tolong buatkan pengumuman di kelas pemrograman mobile kode PM 3101 judulnya ujian praktik diundur titik isinya ujian praktik yang harusnya minggu depan diundur jadi tanggal dua puluh november jam satu siang di lab mobile titik tolong tayangkan besok jam delapan pagi ya pak terima kasih

Dikirim dari ponsel Android saya
""")

add("gmail-mixed-asap-urgent", "announcement", "mixed",
    {"course_code": "AKT-2202", "course_name": "Financial Accounting 2", "title": "Class Cancelled – Friday 6 November",
     "scope": "course"},
    "ASAP, no publish time; the Friday in the title is the cancelled class, not a publish time.",
    dt(2026, 11, 5, 18, 9), enc_addr("Clarissa Wijaya", "clarissa.wijaya@polibatam.ac.id"),
    "URGENT – announcement Financial Accounting 2",
    body="""Hi helpdesk,

Urgent ya, please post announcement ini di course Financial Accounting 2 (AKT-2202) ASAP:

Title: Class Cancelled – Friday 6 November
Message: Kelas hari Jumat diliburkan karena saya dinas luar ke Jakarta. Replacement class will be announced later.

Thank you banget!
Clarissa
""", html_body=simplehtml('<div dir="ltr">Hi helpdesk,<br><br>Urgent ya, please post announcement ini di course Financial Accounting 2 (AKT-2202) ASAP:<br><br><b>Title:</b> Class Cancelled – Friday 6 November<br><b>Message:</b> Kelas hari Jumat diliburkan karena saya dinas luar ke Jakarta. Replacement class will be announced later.<br><br>Thank you banget!<br>Clarissa</div>'))

add("thunderbird-cohort-coordinator-orientation", "announcement", "mixed",
    {"title": "Orientation for Industrial Visit Batch 2025", "scope": "site",
     "publish_at": "2026-09-07T10:00:00+07:00"},
    "Programme coordinator writing for the 2025 cohort asks for the front page; the visit dates are events.",
    dt(2026, 9, 2, 14, 30), enc_addr("Koordinator Prodi Teknik Informatika", "koord.if@polibatam.ac.id"),
    "Front page announcement for angkatan 2025",
    body="""Dear all admin,

Mohon dipasang announcement di front page e-learning, for all students of\x20
angkatan 2025 Teknik Informatika (semua kelas):

Title: Orientation for Industrial Visit Batch 2025
Content: Orientation will be held on 10 September 2026 at 13.00 in the\x20
Auditorium. The industrial visit itself is on 17-18 September 2026.

Publish on Monday, 7 September 2026 at 10.00 WIB.

Thanks and regards,
Koordinator Prodi TI
""", flowed=True, cte="8bit", mailer="User-Agent: Mozilla Thunderbird 115.14.0")
# ================================================================ elearning_support
add("gmail-student-invalid-login", "elearning_support", "id", {},
    "Student cannot log in although the password is right.",
    dt(2026, 8, 11, 22, 47), enc_addr("Putri Ayu Lestari", "putriayu.lestari05@gmail.com"),
    "kak gabisa login elearning",
    body="""kak maaf malam2, aku gabisa login elearning dari tadi sore, keluarnya "Invalid login, please try again" padahal password udah bener soalnya di SIAKAD bisa. NIM aku 4342401077 prodi TRPL. besok ada kuis jam 8 kak :(

makasih kak
""", html_body=simplehtml('<div dir="ltr">kak maaf malam2, aku gabisa login elearning dari tadi sore, keluarnya &quot;Invalid login, please try again&quot; padahal password udah bener soalnya di SIAKAD bisa. NIM aku 4342401077 prodi TRPL. besok ada kuis jam 8 kak :(<div><br></div><div>makasih kak</div></div>'))

add("gmail-batak-lecturer-course-not-visible", "elearning_support", "id", {},
    "Batak-flavoured lecturer: course missing from dashboard; mentions the course but asks no change.",
    dt(2026, 8, 19, 8, 6), enc_addr("Lamhot Marpaung", "lamhot.marpaung@polibatam.ac.id"),
    "MK Hidrolika tidak muncul",
    body="""Horas,

Bah, mata kuliah saya Hidrolika (TS-2103) semester ini tidak muncul di dashboard e-learning saya. Semester lalu ada. Mahasiswa bilang mereka juga tidak bisa menemukan. Padahal kuliah sudah jalan minggu ini.

Tolong dicek lah, saya perlu upload materi minggu kedua.

Mauliate,
Lamhot Marpaung, S.T., M.T.
""")

add("outlook-filipino-guest-cannot-enrol", "elearning_support", "en", {},
    "Filipino exchange staff cannot enter the joint course ('You cannot enrol yourself').",
    dt(2026, 8, 26, 9, 55, 8), enc_addr("Ma. Kristina Dela Cruz", "kristina.delacruz@lpu-partner.edu.ph"),
    "Cannot access the course po",
    body="""Good morning po,

I already received my account for your e-learning, thank you. However when I open Food Service Management, it says "You cannot enrol yourself in this course." I also cannot see the participants list.

May I ask if my account needs to be added as teacher first? Classes start next week na.

Thank you po!
Kristina
""", html_body=wordhtml(["Good morning po,", "&nbsp;", "I already received my account for your e-learning, thank you. However when I open Food Service Management, it says &#8220;You cannot enrol yourself in this course.&#8221; I also cannot see the participants list.", "&nbsp;", "May I ask if my account needs to be added as teacher first? Classes start next week na.", "&nbsp;", "Thank you po!", "Kristina"]),
    mailer="X-Mailer: Microsoft Outlook 16.0")

add("gmail-malaysian-students-cannot-enrol", "elearning_support", "mixed", {},
    "Malaysian partner reports her students cannot self-enrol into the joint course; Malay with English.",
    dt(2026, 9, 22, 16, 12, 8), enc_addr("Nurul Aina binti Kamarudin", "nurulaina@fkp.utmk-partner.edu.my"),
    "Pelajar kami tidak dapat enrol",
    body="""Salam sejahtera Tuan/Puan,

Seramai 14 orang pelajar kami tidak dapat enrol ke dalam course Mobile Robotics. Bila masukkan enrolment key, keluar mesej "Incorrect enrolment key" walaupun key yang diberi adalah sama seperti dalam email pensyarah Polibatam.

Boleh tolong semak? Kalau perlu, saya boleh hantar senarai nama dan emel pelajar.

Terima kasih,
Dr. Nurul Aina
""")

add("yahoo-minang-quiz-database-error", "elearning_support", "id", {},
    "Minang-flavoured lecturer: quiz attempt fails with a database error.",
    dt(2026, 10, 20, 10, 31), enc_addr("Yusrizal Dt. Rajo Mudo", "yusrizal_rajo@yahoo.co.id"),
    "kuis error",
    body="""Assalamualaikum Uda/Uni,

Kuis 3 di MK Manajemen Proyek indak bisa dibuka mahasiswa, keluar tulisan "Error reading from database". Alah ambo cubo pakai akun ambo surang, samo juo. Kuis tu harus salasai hari ko jam 12.

Tolong dibantu sacapeknyo.

Tarimo kasih,
Yusrizal
""", mailer="X-Mailer: WebService/1.1.22645 YMailNorrin")

add("outlook-german-professor-reset-mail-missing", "elearning_support", "en", {},
    "Password reset mail never arrives at the German professor's address.",
    dt(2026, 10, 2, 8, 44, 2), enc_addr("Keller, Matthias", "matthias.keller@th-rheinsee.de"),
    "Password reset e-mail not received",
    body="""Dear Sir or Madam,

on 01.10.2026 at 16:30 I requested a password reset for my e-learning account (username: matthias.keller). Unfortunately I have not received any e-mail until now, neither in my inbox nor in the spam folder. I repeated the request today at 07:15, also without result.

Could you please check whether our mail server rejects your messages, or reset the password manually?

Kind regards
Matthias Keller
""", mailer="X-Mailer: Microsoft Outlook 16.0")

add("gmail-no-punctuation-assignments-hidden", "elearning_support", "id", {},
    "No punctuation; students cannot see assignments.",
    dt(2026, 9, 29, 20, 18), enc_addr("Lestiana", "lestiana.if@gmail.com"),
    "tugas tidak muncul",
    body="""malam bu mahasiswa saya bilang tugas minggu 4 di mk sistem basis data terdistribusi tidak muncul di halaman mereka padahal di halaman saya ada dan sudah saya set terbuka dari senin tolong dicek ya bu makasih
lestiana
""")

add("gmail-voice-typing-virtual-class-link", "elearning_support", "id", {},
    "Voice typing; the virtual classroom link in the course gives an error.",
    dt(2026, 10, 12, 7, 58), enc_addr("Herman Syahputra", "herman.syahputra77@gmail.com"),
    "link kelas virtual error",
    body="""pak selamat pagi ini saya herman lagi titik link kelas virtual di termodinamika teknik tidak bisa dibuka keluarnya tulisan meeting not found padahal jam delapan pagi ini saya ada kelas tolong dibantu pak secepatnya terima kasih

Dikirim dari ponsel Android saya
""")

add("outlook-singapore-gradebook-export", "elearning_support", "en", {},
    "Singaporean staff: gradebook export has garbled columns.",
    dt(2026, 11, 10, 11, 3, 8), enc_addr("Tan Wei Ling", "weiling.tan@sgpoly-partner.edu.sg"),
    "Gradebook export cannot open properly",
    body="""Hi Helpdesk,

Sorry to trouble again. When I export the grades for Smart Logistics to Excel, all the columns come out in one column only, and the student names with special characters become funny symbols. Tried CSV also same thing.

Our registrar need the marks by this week, so quite urgent one. Can advise?

Thanks,
Wei Ling
""", mailer="X-Mailer: Microsoft Outlook 16.0")

add("iphone-student-upload-too-large", "elearning_support", "mixed", {},
    "Student writing Indonesian-English: upload refused as too large; the deadline is just context.",
    dt(2026, 11, 2, 23, 21), enc_addr("Kevin Hartanto", "kevin.hartanto@icloud.com"),
    "Upload failed - file too large",
    body="""Halo admin,

Saya mau submit video project untuk Desain Grafis tapi selalu failed, katanya "The file is too large. The maximum size is 20 MB". File saya 85 MB, udah saya compress tapi masih 60-an MB. Deadline besok jam 12 siang. Any solution? Boleh kirim lewat Google Drive link aja?

Thanks,
Kevin (MM-1B)

Sent from my iPhone
""", mailer="X-Mailer: iPhone Mail (22A3354)")

add("applemail-javanese-krama-forum-notification", "elearning_support", "id", {},
    "Javanese krama politeness; forum notifications do not arrive by e-mail.",
    dt(2026, 10, 8, 13, 40), enc_addr("Sri Rejeki Utami", "rejeki.utami@polibatam.ac.id"),
    "Nyuwun pirsa: notifikasi forum",
    body="""Nyuwun sewu Bapak/Ibu,

Kulo nyuwun pirsa, menapa notifikasi forum e-learning mboten dipun kirim malih dhateng email kulo? Wiwit minggu kepengker mahasiswa sampun ngirim pitakenan wonten forum Gambar Teknik Manufaktur, nanging email notifikasinipun mboten wonten, kulo nembe ngertos saking mahasiswa piyambak.

Setelan langganan forum sampun kulo priksa, taksih "subscribed".

Matur nuwun sanget.

Sri Rejeki Utami
""", mailer="X-Mailer: Apple Mail (2.3826.500.181)")

add("samsung-bugis-merged-class-not-enrolled", "elearning_support", "mixed", {},
    "Merged class: students of the second class are not enrolled in the course; no change to course data is asked.",
    dt(2026, 9, 7, 9, 17), enc_addr("Andi Baso Mappanyukki", "andibaso.mpy@gmail.com"),
    "Mahasiswa MJ-1D belum masuk",
    body="""Tabe' Puang,

Sorry ganggu lagi. Kelas MJ-1C dan MJ-1D sekarang digabung untuk Fisika Terapan, tapi students from MJ-1D belum ada di participants list. Mereka tidak bisa lihat materi and cannot submit tugas pertama. Iye, mohon dibantu di' supaya mereka bisa masuk.

Thanks,
Andi Baso

Dikirim dari Samsung Galaxy smartphone saya.
""", cte="base64")

# ================================================================ document_request
add("gmail-kaprodi-rps-template", "document_request", "id", {},
    "Coordinator asks for the newest RPS template for the whole programme.",
    dt(2026, 8, 14, 9, 9), enc_addr("Koordinator Prodi TRPL", "koord.trpl@polibatam.ac.id"),
    "Permohonan template RPS terbaru",
    body="""Selamat pagi Tim P4M,

Untuk persiapan penyusunan RPS semester ganjil, mohon dikirimkan template RPS versi terbaru (yang sudah memuat CPL dan sub-CPMK sesuai kurikulum OBE 2026) dalam format Word, untuk kami bagikan ke seluruh dosen Prodi D4 TRPL.

Terima kasih.

Salam,
Rina Oktaviani
Koordinator Prodi D4 TRPL
""")

add("outlook-german-professor-sop-elearning", "document_request", "en", {},
    "German professor asks for the e-learning SOP in English before his guest period.",
    dt(2026, 9, 10, 15, 2, 2), enc_addr("Keller, Matthias", "matthias.keller@th-rheinsee.de"),
    "Request: SOP / guidelines for e-learning courses",
    body="""Dear Sir or Madam,

in preparation for my guest lectureship (05.10.2026 - 30.10.2026) I would like to ask whether you could send me the standard operating procedure (SOP) for the use of the e-learning platform by lecturers, ideally in English. A guideline on the minimum course structure would also be very helpful.

Thank you very much in advance.

Kind regards
Matthias Keller
""", mailer="X-Mailer: Microsoft Outlook 16.0")

add("applemail-javanese-bap-form", "document_request", "id", {},
    "Javanese krama politeness; asks for the BAP (berita acara perkuliahan) form.",
    dt(2026, 9, 4, 10, 26), enc_addr("Sri Rejeki Utami", "rejeki.utami@polibatam.ac.id"),
    "Nyuwun formulir BAP",
    body="""Nyuwun sewu Bapak/Ibu,

Kulo nyuwun tulung dipun kintuni formulir Berita Acara Perkuliahan (BAP) ingkang enggal kangge semester ganjil 2026/2027, format Word menawi wonten. Ingkang lami wonten kop P4M taksih logo lami.

Matur nuwun sanget.

Sri Rejeki Utami
""", mailer="X-Mailer: Apple Mail (2.3826.500.181)")

add("outlook-malaysian-partner-quality-manual", "document_request", "mixed", {},
    "Malaysian partner asks for the quality manual and SPMI standards for an MoA review; Malay with English.",
    dt(2026, 10, 26, 14, 4, 8), enc_addr("Mohd Hafiz bin Rahman", "hafiz.rahman@utmk-partner.edu.my"),
    "Permohonan dokumen kualiti - MoA review",
    body="""Assalamualaikum dan salam sejahtera,

Untuk tujuan semakan semula MoA antara institusi kita, pihak kami memerlukan salinan dokumen berikut, preferably in English version:

1. Manual Mutu / Quality Manual SPMI Polibatam
2. Standar pembelajaran (learning standards) yang terkini

Boleh emailkan dalam bentuk PDF? Deadline internal kami ialah 15 November.

Terima kasih,
Mohd Hafiz bin Rahman
Quality Assurance Unit
""", mailer="X-Mailer: Microsoft Outlook 16.0")

add("zimbra-baak-edom-questionnaire-form", "document_request", "id", {},
    "Academic office asks for the EDOM questionnaire instrument; formal voice.",
    dt(2026, 11, 12, 9, 35), enc_addr("BAAK Polibatam", "baak@polibatam.ac.id"),
    "Permintaan instrumen kuesioner EDOM",
    body="""Yth. Tim P4M,

Sehubungan dengan persiapan evaluasi dosen oleh mahasiswa (EDOM) akhir semester, mohon kami dapat dikirimkan instrumen kuesioner EDOM yang berlaku beserta pedoman pengolahan hasilnya.

Atas bantuannya kami ucapkan terima kasih.

Hormat kami,
BAAK Politeknik Negeri Batam
""", mailer="X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC118 (Win)/9.0.0_GA_4546)")

add("gmail-filipino-syllabus-template", "document_request", "en", {},
    "Filipino exchange staff asks for the syllabus (RPS) template in English.",
    dt(2026, 8, 21, 13, 50, 8), enc_addr("Jose Miguel Reyes", "jm.reyes@lpu-partner.edu.ph"),
    "Syllabus template po",
    body="""Hi po!

Our faculty who will teach the joint class asked if you have a syllabus template (I think you call it RPS?) in English that we should follow. We want to align our format with yours before the semester starts.

Thank you po in advance!
Jose Miguel
""")

add("samsung-bugis-standar-mutu", "document_request", "id", {},
    "Bugis-flavoured politeness; asks for the quality standard document for accreditation.",
    dt(2026, 11, 17, 15, 8), enc_addr("Andi Baso Mappanyukki", "andibaso.mpy@gmail.com"),
    "Tabe', minta dokumen standar mutu",
    body="""Tabe' Puang,

Untuk borang akreditasi prodi, saya diminta melampirkan dokumen Standar Mutu Pembelajaran dan SOP Penilaian yang berlaku sekarang. Bisa dikirimkan file-nya? Iye, yang versi 2025 kalau sudah ada revisinya.

Terima kasih banyak di'.
Andi Baso

Dikirim dari Samsung Galaxy smartphone saya.
""", cte="base64")

# ================================================================ other
add("gmail-howto-change-course-name-herself", "other", "id", {},
    "Near-miss: asks HOW to rename a course herself; the new name is mentioned but she wants instructions, not a change.",
    dt(2026, 8, 28, 10, 12), enc_addr("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
    "Cara ganti nama MK sendiri?",
    body="""Halo tim P4M,

Saya mau tanya, apakah dosen bisa mengganti sendiri nama mata kuliah di e-learning? Misalnya MK saya Analisis Sistem mau saya ubah jadi Analisis dan Perancangan Sistem. Menu-nya di mana ya? Saya cari di Settings tidak ketemu.

Kalau memang tidak bisa sendiri, kasih tahu saja nanti saya kirim permohonan resmi.

Terima kasih,
Fitri
""")

add("gmail-already-done-sudah-berhasil", "other", "id", {},
    "Near-miss: thanks for a change that is already done; the new value is repeated but nothing is asked.",
    dt(2026, 10, 15, 8, 2), enc_addr("Fajar Ramadhan", "fajar.r@polibatam.ac.id"),
    "Re: [P4M-2026-0918] Perubahan data mata kuliah",
    reply="<ack2.0918.2026@polibatam.ac.id>",
    body="""Sudah berhasil, terima kasih Mas. Nama singkatnya sekarang sudah PSK-2026 dan nama lengkapnya tetap. Tiket boleh ditutup.

Fajar
""")

add("outlook-kajur-plan-next-year", "other", "id", {},
    "Near-miss: a plan to rename courses for the 2027 curriculum; nothing to do now.",
    dt(2026, 11, 19, 14, 55), enc_addr("Ketua Jurusan Teknik Mesin", "kajur.mesin@polibatam.ac.id"),
    "Info awal: rencana perubahan nama MK kurikulum 2027",
    body="""Yth. Kepala P4M,

Sebagai informasi awal, Jurusan Teknik Mesin berencana melakukan perubahan nama beberapa mata kuliah (antara lain Mekanika Fluida dan Termodinamika Teknik) mulai tahun akademik 2027/2028 sesuai kurikulum baru. Daftar final baru akan ditetapkan setelah lokakarya kurikulum bulan Maret 2027.

Mohon untuk saat ini belum ada perubahan apa pun di e-learning. Permohonan resmi akan kami kirim kemudian.

Hormat kami,
Ketua Jurusan Teknik Mesin
""", mailer="X-Mailer: Microsoft Outlook 16.0")

add("gmail-student-wants-to-move-class", "other", "mixed", {},
    "Near-miss: a student asks to move from one class to another (SIAKAD/academic matter), not a course data change.",
    dt(2026, 8, 29, 19, 33), enc_addr("Rahmat Hidayat", "rahmat.hdyt02@gmail.com"),
    "Request pindah kelas",
    body="""Hi kak,

Saya Rahmat, NIM 3312501044. Boleh minta tolong pindahin saya dari kelas IF-1A ke IF-1C? Soalnya I have a part-time job in the morning, jadi lebih cocok ikut kelas sore. Di SIAKAD saya masih terdaftar di IF-1A.

Thanks kak!
""")

add("roundcube-complaint-slow-reply", "other", "mixed", {},
    "Complaint about a slow reply; refers to an earlier ticket but asks nothing new.",
    dt(2026, 10, 23, 16, 20), enc_addr("Clarissa Wijaya", "clarissa.wijaya@polibatam.ac.id"),
    "No reply after 5 days??",
    body="""Dear helpdesk,

Saya sudah kirim email hari Minggu lalu dan sampai sekarang belum ada balasan sama sekali, not even an auto-reply. Ini sangat tidak profesional. Kalau memang helpdesk tidak aktif, please inform kami supaya kami bisa langsung ke Kepala P4M.

Regards,
Clarissa Wijaya
""", mailer="User-Agent: Roundcube Webmail/1.6.7")

add("outlook-singapore-workshop-invitation", "other", "en", {},
    "Invitation to a partner workshop; its dates are event dates, no ticket type applies.",
    dt(2026, 11, 3, 10, 22, 8), enc_addr("Lim Jun Hao", "junhao.lim@sgpoly-partner.edu.sg"),
    "Invitation: Workshop on Blended Learning Design, 8 Dec 2026",
    body="""Dear P4M team,

We would like to invite two representatives from your unit to our Workshop on Blended Learning Design on 8 December 2026, 9.30am to 4.30pm (SGT), at our Dover campus. Lunch is provided and there is no fee.

Please reply with the names by 27 Nov, can?

Best regards,
Jun Hao
Centre for Teaching Excellence
""", mailer="X-Mailer: Microsoft Outlook 16.0")

add("gmail-request-training-certificate", "other", "id", {},
    "Near-miss: asks for a training certificate, not a template, SOP or quality document.",
    dt(2026, 9, 30, 12, 45), enc_addr("Desi Natalia", "desinatalia.ak@gmail.com"),
    "Sertifikat pelatihan Moodle",
    body="""Siang Pak/Bu,

Saya ikut Pelatihan Pengembangan Konten E-Learning tanggal 15-16 September kemarin, tapi sertifikatnya belum saya terima. Teman-teman lain sudah dapat lewat email. Mohon dikirimkan, saya perlu untuk laporan BKD.

Terima kasih,
Desi Natalia, S.E., M.Ak.
""")
# ================================================================ auto
add("teams-missed-activity-digest", "auto", "en", {},
    "Microsoft Teams missed-activity digest; automatic notification.",
    dt(2026, 9, 25, 2, 14, 0), enc_addr("Microsoft Teams", "noreply@email.teams.microsoft.com"),
    "You have 4 missed activities in Teams",
    body="""Your teammates are trying to reach you in Microsoft Teams.

Tim P4M > Helpdesk E-Learning
  Dewi Anggraini mentioned you: "@Helpdesk P4M bisa dicek tiket kemarin?"
  Rudi Hartono replied to a conversation: "Sudah saya update di sheet."

Koordinasi Akreditasi > General
  2 new messages

Open Microsoft Teams: https://teams.microsoft.com/l/activity

This email was sent from an unmonitored mailbox. Update your email preferences in Teams: Settings > Notifications.
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", html_body=simplehtml('<table width="100%" style="font-family:Segoe UI,sans-serif"><tr><td><h2>Your teammates are trying to reach you in Microsoft Teams.</h2></td></tr><tr><td><b>Tim P4M &gt; Helpdesk E-Learning</b><br>Dewi Anggraini mentioned you: &quot;@Helpdesk P4M bisa dicek tiket kemarin?&quot;<br>Rudi Hartono replied to a conversation: &quot;Sudah saya update di sheet.&quot;</td></tr><tr><td><b>Koordinasi Akreditasi &gt; General</b><br>2 new messages</td></tr><tr><td><a href="https://teams.microsoft.com/l/activity">Open Microsoft Teams</a></td></tr><tr><td style="font-size:11px;color:#666">This email was sent from an unmonitored mailbox. Update your email preferences in Teams: Settings &gt; Notifications.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</td></tr></table>'),
    extra_headers=["Auto-Submitted: auto-generated", "X-MS-Exchange-Organization-AuthAs: Anonymous"])

_dmarc_xml = """<?xml version="1.0" encoding="UTF-8" ?>
<feedback>
  <report_metadata><org_name>google.com</org_name><email>noreply-dmarc-support@google.com</email>
    <report_id>8271534409126530417</report_id><date_range><begin>1793404800</begin><end>1793491199</end></date_range></report_metadata>
  <policy_published><domain>polibatam.ac.id</domain><adkim>r</adkim><aspf>r</aspf><p>none</p><sp>none</sp><pct>100</pct></policy_published>
  <record><row><source_ip>103.107.84.21</source_ip><count>37</count><policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row>
    <identifiers><header_from>polibatam.ac.id</header_from></identifiers>
    <auth_results><dkim><domain>polibatam.ac.id</domain><result>pass</result><selector>default</selector></dkim><spf><domain>polibatam.ac.id</domain><result>pass</result></spf></auth_results></record>
</feedback>
"""
add("google-dmarc-aggregate-report", "auto", "en", {},
    "DMARC aggregate report with a zipped XML attachment; machine mail.",
    dt(2026, 11, 1, 6, 59, 0, s=59), "noreply-dmarc-support@google.com",
    "Report domain: polibatam.ac.id Submitter: google.com Report-ID: 8271534409126530417",
    body="""This is an aggregate report from google.com.
""", cte="7bit",
    attach=[("google.com!polibatam.ac.id!1793404800!1793491199.zip", "application/zip",
             _zip([("google.com!polibatam.ac.id!1793404800!1793491199.xml", _dmarc_xml)]))])

add("moodle-noreply-forum-digest", "auto", "en", {},
    "Moodle noreply forum digest sent to the helpdesk address; bulk system mail.",
    dt(2026, 10, 17, 17, 0, 0, s=4), enc_addr("E-Learning Polibatam (via Moodle)", "noreply@elearning.polibatam.ac.id"),
    "E-Learning Polibatam forum digest",
    body="""E-Learning Polibatam forum digest
Daily digest of forum posts for Helpdesk P4M

-------------------------------------------------------
Course: Panduan E-Learning Dosen -> Forum: Tanya Jawab
Subject: Cara mengganti kunci pendaftaran?
by Agung Prasetyo - Friday, 16 October 2026, 21:12

Apakah dosen bisa mengganti enrolment key sendiri atau harus lewat helpdesk?

See this post in context: https://elearning.polibatam.ac.id/mod/forum/discuss.php?d=4471#p9920
-------------------------------------------------------
Course: Panduan E-Learning Dosen -> Forum: Pengumuman
Subject: Jadwal pemeliharaan server
by Admin E-Learning - Saturday, 17 October 2026, 09:30

Server akan dipelihara hari Minggu, 18 Oktober 2026 pukul 00.00-04.00 WIB.

-------------------------------------------------------
Change your forum digest preferences: https://elearning.polibatam.ac.id/user/forum.php
""", extra_headers=["Precedence: Bulk", "Auto-Submitted: auto-generated",
                     "List-Unsubscribe: <https://elearning.polibatam.ac.id/mod/forum/unsubscribe.php?id=12>",
                     "X-Course-Id: 12"])

_bounced = """From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
To: andreas.nababan@mahasiswa.polibatam.ac.id
Subject: [P4M-2026-1102] Permintaan Anda telah kami terima
Date: Tue, 24 Nov 2026 09:12:40 +0700
Message-ID: <ticket.1102.2026@polibatam.ac.id>
"""
_bounce_text = """Ini adalah pesan yang dibuat secara otomatis oleh sistem pengiriman surat.

Pesan Anda tidak dapat dikirimkan ke satu atau lebih penerima. Pesan ini gagal secara permanen.

  andreas.nababan@mahasiswa.polibatam.ac.id
    Alamat tidak ditemukan: kotak surat tidak ada atau sudah dinonaktifkan.

Tanggapan dari server penerima:
550 5.1.1 <andreas.nababan@mahasiswa.polibatam.ac.id>: Recipient address rejected: User unknown in virtual mailbox table
"""
_ds = """Reporting-MTA: dns; mx1.polibatam.ac.id
Arrival-Date: Tue, 24 Nov 2026 09:12:41 +0700

Final-Recipient: rfc822; andreas.nababan@mahasiswa.polibatam.ac.id
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 Recipient address rejected: User unknown
"""
def _bounce_body(slug):
    b = "=_report_" + H(slug)[:20]
    return multi("report; report-type=delivery-status", [
        leaf("text/plain", _bounce_text, "utf-8", "quoted-printable"),
        "Content-Type: message/delivery-status\n\n" + _ds,
        "Content-Type: text/rfc822-headers\n\n" + _bounced], b)
MAILS_RAW_OVERRIDE = {}
add("mailer-daemon-bounce-indonesian", "auto", "id", {},
    "Indonesian-language delivery failure report for a helpdesk acknowledgement; no ticket.",
    dt(2026, 11, 24, 9, 12, 7, s=44), enc_addr("Mail Delivery Subsystem", "MAILER-DAEMON@mx1.polibatam.ac.id"),
    "Pemberitahuan Status Pengiriman (Gagal)", body="", extra_headers=["Auto-Submitted: auto-replied"])
MAILS_RAW_OVERRIDE["mailer-daemon-bounce-indonesian"] = _bounce_body

add("zoom-webinar-registration-confirmation", "auto", "en", {},
    "Zoom webinar registration confirmation; its date and time are the webinar's, machine mail.",
    dt(2026, 8, 6, 3, 25, 0, s=12), enc_addr("Zoom", "no-reply@zoom.us"),
    "Digital Pedagogy Forum 2026 Confirmation",
    body="""Hi Helpdesk P4M,

Thank you for registering for "Digital Pedagogy Forum 2026".

Date & Time: Aug 20, 2026 02:00 PM Jakarta
Webinar ID: 842 1173 5590
Passcode: 771245

Please submit any questions to: dpf2026@asean-elearn.org

You can cancel your registration at any time.

Join from PC, Mac, iPad, or Android: https://us06web.zoom.us/w/84211735590
Add to Calendar | Google Calendar | Yahoo Calendar

Copyright (c) 2026 Zoom Communications, Inc. All rights reserved.
""", html_body=simplehtml('<div style="font-family:Lato,Helvetica,Arial,sans-serif"><p>Hi Helpdesk P4M,</p><p>Thank you for registering for &quot;Digital Pedagogy Forum 2026&quot;.</p><p><b>Date &amp; Time:</b> Aug 20, 2026 02:00 PM Jakarta<br><b>Webinar ID:</b> 842 1173 5590<br><b>Passcode:</b> 771245</p><p>Please submit any questions to: dpf2026@asean-elearn.org</p><p><a href="https://us06web.zoom.us/w/84211735590">Join from PC, Mac, iPad, or Android</a></p><p style="font-size:11px">Copyright &copy;2026 Zoom Communications, Inc. All rights reserved.</p></div>'),
    extra_headers=["Auto-Submitted: auto-generated"])

add("surveymonkey-new-response-alert", "auto", "en", {},
    "SurveyMonkey response alert for a P4M survey; automatic notification.",
    dt(2026, 11, 27, 20, 41, 0, s=3), enc_addr("SurveyMonkey", "member@surveymonkeyuser.com"),
    "New response to Survei Kepuasan Layanan Helpdesk P4M 2026",
    body="""You've got a new response!

Survei Kepuasan Layanan Helpdesk P4M 2026 received a new response.

Total responses: 213

View response: https://www.surveymonkey.com/analyze/browse/Xk2P4M2026

You're receiving this email because response alerts are turned on for this survey. Turn off alerts: https://www.surveymonkey.com/user/alerts
SurveyMonkey Inc., One Curiosity Way, San Mateo, CA 94403
""", extra_headers=["Auto-Submitted: auto-generated", "Precedence: bulk",
                     "List-Unsubscribe: <https://www.surveymonkey.com/user/alerts>"])

# ================================================================ run
def run():
    import random
    order = list(range(len(MAILS)))
    random.Random(28015).shuffle(order)
    labels = {}
    outputs = {}
    failed = False
    for n, idx in enumerate(order, 1):
        m = MAILS[idx]
        name = "%03d-%s.eml" % (n, m["slug"])
        if m["slug"] in MAILS_RAW_OVERRIDE:
            m = dict(m)
            raw_body = MAILS_RAW_OVERRIDE[m["slug"]](m["slug"])
            d = m["date"]
            h = H(m["slug"])
            hdrs = ["From: " + m["frm"], "To: " + m["to"], "Subject: " + enc_subject(m["subject"]),
                    "Date: " + email.utils.format_datetime(d),
                    "Message-ID: <%s.%s@mx1.polibatam.ac.id>" % (h[:12], h[12:20]), "MIME-Version: 1.0"] + m["extra"]
            raw = ("\n".join(hdrs) + "\n" + raw_body).replace("\n", "\r\n").encode("utf-8")
        else:
            raw = build(m)
        errs = check(m, raw)
        if errs:
            failed = True
            print("FAIL", name, errs, file=sys.stderr)
        outputs[name] = raw
        labels[name] = {"type": m["typ"], "lang": m["lang"], "fields": m["fields"], "note": m["note"]}
    from collections import Counter
    tc = Counter(v["type"] for v in labels.values())
    lc = Counter(v["lang"] for v in labels.values())
    want_t = {"course_data": 22, "announcement": 16, "elearning_support": 12, "document_request": 7, "other": 7, "auto": 6}
    want_l = {"id": 40, "en": 18, "mixed": 12}
    if dict(tc) != want_t or dict(lc) != want_l:
        failed = True
        print("COUNTS", dict(tc), dict(lc), file=sys.stderr)
    slugs = [m["slug"] for m in MAILS]
    if len(set(slugs)) != len(slugs):
        failed = True
        print("duplicate slugs", file=sys.stderr)
    if failed:
        sys.exit(1)
    for f in os.listdir(OUT):
        if f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    for name, raw in outputs.items():
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    print("wrote %d mails" % len(outputs), dict(tc), dict(lc))

if __name__ == "__main__":
    run()

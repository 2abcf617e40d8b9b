#!/usr/bin/env python3
"""Generator of tuning corpus tune32, formerly held-out part19 (standard library only, deterministic).

Writes NNN-client-quirk-slug.eml and labels.json next to this script, after checking
each message (CRLF, parses with no defects, Date/Subject round-trip, attachments
< 30 KB, weekdays named in the text match their dates, label values verbatim in the
decoded text).  Exits 1 if the counts per type differ from the plan.
"""
import datetime as dt
import email
import hashlib
import html
import io
import json
import os
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
HELP = "helpdesk-p4m@polibatam.ac.id"
PLAN = {"course_data": 22, "announcement": 16, "elearning_support": 12,
        "document_request": 7, "other": 7, "auto": 6}
MSGS = []


def h(slug, n=16):
    return hashlib.sha1(slug.encode()).hexdigest()[:n]


def add(slug, date, frm, subj, body, typ, lang, fields=None, note="", html_body=None,
        html_only=False, cte="8bit", attach=(), headers=None, to=HELP, raw=None):
    MSGS.append(dict(slug=slug, date=date, frm=frm, subj=subj, body=body, typ=typ, lang=lang,
                     fields=fields or {}, note=note, html_body=html_body, html_only=html_only,
                     cte=cte, attach=list(attach), headers=headers or {}, to=to, raw=raw))


def outlook_html(text):
    """Word-style HTML from plain text: one MsoNormal paragraph per line."""
    out = []
    for line in text.split("\n"):
        if line.strip():
            out.append('<p class=MsoNormal><span style=\'font-size:11.0pt;font-family:"Calibri",sans-serif\'>'
                       + html.escape(line, quote=False) + "</span></p>")
        else:
            out.append("<p class=MsoNormal>&nbsp;</p>")
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head>"
            "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">"
            "<meta name=Generator content=\"Microsoft Word 15 (filtered medium)\"></head>"
            "<body lang=EN-US link=\"#0563C1\"><div class=WordSection1>\n"
            + "\n".join(out) + "\n</div></body></html>\n")


FIXED = (2026, 1, 1, 0, 0, 0)


def _zip(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, stored in entries:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def docx(paras, table=None):
    """paras: list of str; table: list of rows (list of str), placed after the first paragraphs."""
    def p(t):
        return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(t, quote=False)
    body = [p(x) for x in paras[0]]
    if table:
        rows = "".join("<w:tr>" + "".join('<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr>%s</w:tc>' % p(c)
                                          for c in r) + "</w:tr>" for r in table)
        body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                    + rows + "</w:tbl>")
    body += [p(x) for x in paras[1]]
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
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
    return _zip([("[Content_Types].xml", ct, False), ("_rels/.rels", rels, False), ("word/document.xml", doc, False)])


def odt(paras, table=None):
    def p(t):
        return "<text:p>%s</text:p>" % html.escape(t, quote=False)
    body = [p(x) for x in paras[0]]
    if table:
        body.append('<table:table table:name="Tabel1"><table:table-column table:number-columns-repeated="%d"/>'
                    % len(table[0]) + "".join(
                        "<table:table-row>" + "".join('<table:table-cell office:value-type="string">%s</table:table-cell>'
                                                      % p(c) for c in r) + "</table:table-row>" for r in table)
                    + "</table:table>")
    body += [p(x) for x in paras[1]]
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>' % (ns, "".join(body)))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return _zip([("mimetype", "application/vnd.oasis.opendocument.text", True),
                 ("META-INF/manifest.xml", manifest, False), ("content.xml", content, False)])


def _pdfesc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(pages):
    """pages: list of list of lines (latin-1 text). Plain uncompressed content streams."""
    objs = []
    n = len(pages)
    kids = " ".join("%d 0 R" % (4 + 2 * i) for i in range(n))
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    objs.append("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n))
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, lines in enumerate(pages):
        ops = ["BT", "/F1 10 Tf", "13 TL", "56 790 Td"]
        for ln in lines:
            ops.append("(%s) Tj T*" % _pdfesc(ln))
        ops.append("ET")
        stream = "\n".join(ops)
        objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                    "/Contents %d 0 R >>" % (5 + 2 * i))
        objs.append("<< /Length %d >>\nstream\n%s\nendstream" % (len(stream.encode("latin-1")), stream))
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i + 1, o)).encode("latin-1")
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out


def pdf_text(b):
    s = b.decode("latin-1")
    out = []
    for m in re.finditer(r"\(((?:\\.|[^\\)])*)\) Tj", s):
        out.append(re.sub(r"\\(.)", r"\1", m.group(1)))
    return "\n".join(out)


def zip_text(b, member):
    with zipfile.ZipFile(io.BytesIO(b)) as z:
        x = z.read(member).decode("utf-8")
    return html.unescape(re.sub(r"<[^>]+>", " ", x))


def build(m):
    if m["raw"] is not None:
        return m["raw"].replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(m["date"])
    dom = re.search(r"@([\w.-]+)", m["frm"]).group(1)
    msg["Message-ID"] = "<%s.%s@%s>" % (h(m["slug"], 12), h("mid" + m["slug"], 8), dom)
    for k, v in m["headers"].items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if m["html_only"]:
        msg.set_content(m["html_body"], subtype="html", cte=m["cte"])
    else:
        msg.set_content(m["body"], cte=m["cte"])
        if m["html_body"]:
            msg.add_alternative(m["html_body"], subtype="html", cte=m["cte"])
    for fn, data, ctype in m["attach"]:
        mt, st = ctype.split("/")
        msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%d_%s" % (i, h("b%d" % i + m["slug"], 20)))
            i += 1
    return msg.as_bytes(policy=policy.SMTP.clone(max_line_length=120))


DAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
        "sen": 0, "sel": 1, "rab": 2, "kam": 3, "jum": 4, "sab": 5, "min": 6,
        "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
MONTHS = {"januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "agustus": 8,
          "september": 9, "oktober": 10, "november": 11, "desember": 12, "january": 1, "february": 2,
          "march": 3, "may": 5, "june": 6, "july": 7, "august": 8, "october": 10, "december": 12,
          "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "aug": 8, "sep": 9,
          "okt": 10, "oct": 10, "nov": 11, "des": 12, "dec": 12}
DAYRE = re.compile(r"\b(%s),?\s+(?:tanggal\s+|tgl\.?\s+|the\s+)?(\d{1,2})\s+(%s)\b\.?(?:\s+(\d{4}))?" % (
    "|".join(sorted(DAYS, key=len, reverse=True)), "|".join(sorted(MONTHS, key=len, reverse=True))), re.I)


def texts(msg):
    out = [str(msg["Subject"])]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "text/plain" or ct == "text/rfc822-headers":
            out.append(part.get_content())
        elif ct == "text/html":
            t = part.get_content()
            t = re.sub(r"<[^>]+>", " ", t)
            out.append(html.unescape(t).replace("\xa0", " "))
        elif ct == "application/pdf":
            out.append(pdf_text(part.get_content()))
        elif ct.endswith("wordprocessingml.document"):
            out.append(zip_text(part.get_content(), "word/document.xml"))
        elif ct == "application/vnd.oasis.opendocument.text":
            out.append(zip_text(part.get_content(), "content.xml"))
    return out


def norm(s):
    return re.sub(r"\s+", " ", s)


def check(m, data):
    errs = []
    if b"\n" in data.replace(b"\r\n", b""):
        errs.append("bare LF")
    msg = email.message_from_bytes(data, policy=policy.default)
    for part in msg.walk():
        if part.defects:
            errs.append("defects %r" % part.defects)
    if parsedate_to_datetime(msg["Date"]) != m["date"]:
        errs.append("date")
    if m["raw"] is None and str(msg["Subject"]) != m["subj"]:
        errs.append("subject %r" % str(msg["Subject"]))
    if not (dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc) <= m["date"] <= dt.datetime(2026, 11, 29, tzinfo=dt.timezone.utc)):
        errs.append("date range")
    for part in msg.walk():
        if part.get_content_disposition() == "attachment" and len(part.get_payload(decode=True) or b"") > 30000:
            errs.append("attachment too big")
    tx = texts(msg)
    alltext = norm("\n".join(tx))
    for k, v in m["fields"].items():
        vals = list(v.values()) if k == "changes" else ([] if k in ("scope", "publish_at") else [v])
        for val in vals:
            if norm(val) not in alltext:
                errs.append("not verbatim %s=%r" % (k, val))
    f = m["fields"]
    if m["typ"] not in ("course_data", "announcement") and f:
        errs.append("fields on non-course/announcement")
    if m["typ"] == "announcement" and f.get("scope") not in ("course", "site"):
        errs.append("scope")
    if "publish_at" in f:
        dt.datetime.fromisoformat(f["publish_at"])
        if not f["publish_at"].endswith("+07:00"):
            errs.append("publish tz")
    for t in tx:
        for mm in DAYRE.finditer(t):
            wd = DAYS[mm.group(1).lower()]
            y = int(mm.group(4)) if mm.group(4) else m["date"].year
            try:
                d = dt.date(y, MONTHS[mm.group(3).lower()], int(mm.group(2)))
            except ValueError:
                continue
            if d.weekday() != wd:
                errs.append("weekday mismatch %r" % mm.group(0))
    return errs


WIB = dt.timezone(dt.timedelta(hours=7))
WITA = dt.timezone(dt.timedelta(hours=8))


def D(s, tz=WIB):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


# ---------------------------------------------------------------- course_data (22)

add("plain-notadinas-lecturer-degrees", D("2026-09-02 09:14"),
    "Jurusan Teknik Informatika <jti@polibatam.ac.id>",
    "Nota Dinas No. 214/PL29.3/TI/2026 - Penggantian Dosen Pengampu",
    """KEMENTERIAN PENDIDIKAN TINGGI, SAINS, DAN TEKNOLOGI
POLITEKNIK NEGERI BATAM
JURUSAN TEKNIK INFORMATIKA
Jalan Ahmad Yani, Batam Centre, Batam 29461

NOTA DINAS

Yth.      : Kepala P4M Politeknik Negeri Batam
Dari      : Ketua Jurusan Teknik Informatika
Nomor     : 214/PL29.3/TI/2026
Lampiran  : -
Perihal   : Penggantian Dosen Pengampu Mata Kuliah

Sehubungan dengan penugasan Sdr. Bambang Sutrisno, S.T., M.T. sebagai tim asesor akreditasi pada
semester ganjil 2026/2027, dengan ini kami mohon bantuan P4M untuk mengganti dosen pengampu pada
e-learning untuk mata kuliah IF2207 Basis Data Lanjut menjadi:

Ir. Sri Wahyuningsih Rahardjo, S.T., M.Eng., Ph.D., IPM

Perubahan berlaku untuk seluruh kelas mata kuliah tersebut. Demikian nota dinas ini kami sampaikan,
atas perhatian dan kerja samanya diucapkan terima kasih.

Batam, 2 September 2026
Ketua Jurusan Teknik Informatika,

ttd

Dr. Hendra Saputra Lubis, S.Kom., M.Cs.
NIP 198104172008121002

Tembusan:
1. Wakil Direktur Bidang Akademik
2. Arsip
""", "course_data", "id",
    {"course_code": "IF2207", "course_name": "Basis Data Lanjut",
     "changes": {"lecturer": "Ir. Sri Wahyuningsih Rahardjo, S.T., M.Eng., Ph.D., IPM"}})

_nd2 = """POLITEKNIK NEGERI BATAM
JURUSAN TEKNIK ELEKTRO
Program Studi D3 Teknik Elektronika Manufaktur

NOTA DINAS
Nomor: 0387/PL29.2/ELK/2026

Kepada Yth.  : Koordinator E-Learning P4M
Dari         : Ketua Program Studi D3 Teknik Elektronika Manufaktur
Tanggal      : 8 September 2026
Lampiran     : 1 (satu) berkas jadwal
Hal          : Perubahan kelas dan semester mata kuliah di e-learning

Dengan hormat,
Berdasarkan hasil rapat program studi tanggal 4 September 2026 mengenai penyesuaian jadwal perkuliahan
semester ganjil, bersama ini kami sampaikan perubahan data mata kuliah EL1105 Dasar Rangkaian Listrik
pada e-learning sebagai berikut:
- Kelas: EM-1A & EM-1B (Pagi)
- Semester: Ganjil 2026/2027
Mohon perubahan tersebut dapat diproses sebelum perkuliahan minggu kedua dimulai.

Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

Ketua Program Studi,

Yuliani Marpaung, S.T., M.Sc.
NIP 198807222015042001

Tembusan: Ketua Jurusan Teknik Elektro"""
add("outlook-html-notadinas-class-semester", D("2026-09-08 14:03"),
    "Prodi Elektronika Manufaktur <elka@polibatam.ac.id>",
    "Nota Dinas 0387/PL29.2/ELK/2026 - Perubahan kelas & semester MK",
    _nd2, "course_data", "id",
    {"course_code": "EL1105", "course_name": "Dasar Rangkaian Listrik",
     "changes": {"class": "EM-1A & EM-1B (Pagi)", "semester": "Ganjil 2026/2027"}},
    html_body=outlook_html(_nd2), html_only=True, cte="quoted-printable",
    headers={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdsfPq3k7b2C1YtVQjKz0w==",
             "Content-Language": "id-ID"})

add("gmail-krama-shortname", D("2026-09-10 07:41"),
    "Suparno Hadiwijoyo <suparno@polibatam.ac.id>",
    "Nyuwun tulung, ganti nama singkat MK",
    """Kulanuwun, Bapak/Ibu ingkang kinurmatan di P4M.

Nyuwun sewu sebelumnya ngganggu wekdal panjenengan pagi-pagi. Kula Suparno, dosen Teknik Mesin.
Kula badhe nyuwun tulung, nama singkat (shortname) mata kuliah MS2103 Mekanika Teknik di e-learning
punika kok masih "MEKTEK-2025". Mohon dipun gantos dados MEKTEK-GJL26 nggih, supados mahasiswa mboten
bingung kaliyan kursus semester kepengker.

Matur sembah nuwun sanget atas bantuanipun.

Rahayu,
Suparno Hadiwijoyo, S.T., M.T.
Teknik Mesin - Polibatam
""", "course_data", "id",
    {"course_code": "MS2103", "course_name": "Mekanika Teknik", "changes": {"shortname": "MEKTEK-GJL26"}})

add("yahoo-bugis-enrolkey-symbols", D("2026-09-11 20:17"),
    "Andi Muh. Ridwan <andi.ridwan83@yahoo.co.id>",
    "tabe', mau ganti kunci pendaftaran",
    """Tabe' pak/bu admin,

Iye, saya Andi Ridwan dosen LB di Akuntansi Manajerial. Itu kunci pendaftaran (enrolment key) kelas sy
di elearning bocor mi ke grup angkatan lain, banyak mi orang asing masuk. Minta tolong diganti ki jadi
Akm#2026/Gjl
(pake tanda pagar sama garis miring ji itu pak, hurufnya A besar).

Mata kuliahnya AKM3201 Akuntansi Manajemen Biaya.

Terima kasih banyak di', maaf merepotkan ki.
Andi

Dikirim dari Yahoo Mail di Android
""", "course_data", "id",
    {"course_code": "AKM3201", "course_name": "Akuntansi Manajemen Biaya",
     "changes": {"enrolment_key": "Akm#2026/Gjl"}})

add("gmail-ambon-credits", D("2026-09-14 10:52"),
    "Johanis Latuperissa <johanis.latuperissa@gmail.com>",
    "sks MK Hidrolika salah",
    """Selamat pagi basudara di P4M,

Beta Johanis, dosen tamu di Teknik Sipil. Beta su cek di e-learning, MK TS2204 Hidrolika Terapan itu
tulis 2 SKS, padahal di kurikulum baru seng bagitu lai. Tolong ale ganti jadi 3 SKS e.
Mahasiswa su tanya-tanya par beta, dong bilang kok beda deng KRS.

Danke banyak,
Johanis Latuperissa, S.T., M.T.
""", "course_data", "id",
    {"course_code": "TS2204", "course_name": "Hidrolika Terapan", "changes": {"credits": "3 SKS"}})

add("outlook-medan-fullname-ampersand", D("2026-09-15 16:20"),
    "Lim Swee Hock <swee.hock@polibatam.ac.id>",
    "Ganti nama MK di elearning",
    """Halo kawan2 P4M,

Gua Lim dari Manajemen Bisnis. Nama MK gua di elearning masih pakai nama lama lah, "Pengantar Bisnis".
Kurikulum baru sudah ganti, tolong ubah nama lengkapnya jadi:
Pengantar Bisnis & Kewirausahaan Digital
Kodenya MB1101. Jangan cincai ya, pakai tanda & itu, bukan "dan". Kam sia banyak-banyak!

Lim Swee Hock, S.E., M.M.
Dosen Manajemen Bisnis
""", "course_data", "id",
    {"course_code": "MB1101", "course_name": "Pengantar Bisnis",
     "changes": {"fullname": "Pengantar Bisnis & Kewirausahaan Digital"}},
    headers={"X-Mailer": "Microsoft Outlook 16.0"})

add("gmail-filipino-lecturer", D("2026-09-16 08:05"),
    "Maricel Dela Cruz <maricel.delacruz@gmail.com>",
    "Request: change of faculty-in-charge, ENG1201",
    """Good morning po, Ma'am/Sir!

Please be informed that starting this week, I will be handling ENG1201 Technical English I for
the Mechanical Engineering classes, taking over from Mr. Ferdi Sitompul who is now on study leave.

Kindly change the lecturer in the e-learning course to: Maricel Dela Cruz, M.A.Ed.

So that I can already upload my materials and the students will see my name. Thank you so much po
and God bless!

Respectfully yours,
Maricel Dela Cruz, M.A.Ed.
Visiting Lecturer, Language Centre
""", "course_data", "en",
    {"course_code": "ENG1201", "course_name": "Technical English I",
     "changes": {"lecturer": "Maricel Dela Cruz, M.A.Ed."}})

add("outlook-thai-class", D("2026-09-17 13:30"),
    "Suthida Charoenwong <suthida.c@polibatam.ac.id>",
    "Change class for Robotics course",
    """Dear P4M team krub/ka,

Sorry for disturb you. I am Suthida, exchange lecturer from Thailand in Mechatronics.
My course RBT3102 Introduction to Robotics in e-learning show class MK-3A only. But I teach
two class now. Please change class to MK-3A and MK-3B.

Thank you very much ka.
Suthida Charoenwong
""", "course_data", "en",
    {"course_code": "RBT3102", "course_name": "Introduction to Robotics",
     "changes": {"class": "MK-3A and MK-3B"}})

add("thunderbird-german-credits-semester", D("2026-09-21 11:02"),
    "Dr. Katrin Baumgartner <k.baumgartner@polibatam.ac.id>",
    "Course PLC3205: credits and semester",
    """Dear Sir or Madam,

two corrections for my course PLC3205 Industrial Automation Systems in the e-learning:

1. Credits: please set to 4 credits (currently 3, which is wrong according to the module handbook).
2. Semester: please set to 5 (currently 3).

I checked both values with the study programme office on 18.09.2026. Please confirm when done.

With kind regards
Katrin Baumgartner
Guest Lecturer, Mechatronics
""", "course_data", "en",
    {"course_code": "PLC3205", "course_name": "Industrial Automation Systems",
     "changes": {"credits": "4", "semester": "5"}},
    headers={"User-Agent": "Mozilla Thunderbird"}, cte="quoted-printable")

add("outlook-british-indirect-fullname-emdash", D("2026-09-22 15:47"),
    "Dr. Eleanor Whitcombe <e.whitcombe@polibatam.ac.id>",
    "A small matter regarding the title of BUS2310",
    """Dear colleagues,

I do hope this finds you well, and please forgive me for troubling you with what is, I suspect, a
rather minor matter.

It has come to my attention that the e-learning page for BUS2310 Cross-Cultural Communication still
carries the title under which it ran last year. I wonder whether it might be possible to have it
renamed to "Cross-Cultural Communication — Theory and Practice", which is the title agreed with the
programme board in August. I should be most grateful if this could be seen to at your convenience.

Do let me know should anything further be required from my side.

With warm regards,
Eleanor Whitcombe
Visiting Senior Lecturer (British Council Teaching Exchange)
""", "course_data", "en",
    {"course_code": "BUS2310", "course_name": "Cross-Cultural Communication",
     "changes": {"fullname": "Cross-Cultural Communication — Theory and Practice"}},
    note="Very indirect British request ('I wonder whether it might be possible') is still a request.",
    html_body=None, headers={"X-Mailer": "Microsoft Outlook 16.0"}, cte="quoted-printable")

add("gmail-buried-summary-multisentence", D("2026-09-24 22:38"),
    "Ratna Dewi Kusumawardhani <ratna.dewi@polibatam.ac.id>",
    "mohon maaf, soal halaman MK Statistika",
    """Assalamualaikum Bapak/Ibu tim P4M,

Mohon maaf sekali saya baru sempat menulis email ini malam-malam. Minggu ini saya mendampingi
mahasiswa kerja praktik di Tanjung Uncang sehingga banyak pekerjaan kampus yang tertunda, dan
sebelumnya saya juga sudah menghubungi admin prodi tetapi katanya ini wewenang P4M, jadi mohon
maaf kalau saya salah alamat.

Jadi ceritanya, mahasiswa banyak yang protes karena deskripsi di halaman mata kuliah ST2101
Statistika Industri masih deskripsi lama yang bahas SPSS, padahal sekarang kami pakai Python.
Saya mohon ringkasan (summary) mata kuliahnya diganti dengan teks berikut:

Mata kuliah ini membahas statistika deskriptif dan inferensial untuk data industri. Mahasiswa berlatih mengolah data produksi dengan Python (pandas & SciPy). Penilaian berbasis proyek: satu studi kasus dari mitra industri di Batam.

Sekali lagi mohon maaf merepotkan, dan terima kasih juga untuk pelatihan e-learning bulan lalu,
sangat membantu. Semoga sehat selalu untuk Bapak/Ibu semua.

Wassalamualaikum,
Ratna Dewi Kusumawardhani, S.Si., M.Stat.
Teknik Industri
""", "course_data", "id",
    {"course_code": "ST2101", "course_name": "Statistika Industri",
     "changes": {"summary": "Mata kuliah ini membahas statistika deskriptif dan inferensial untuk data industri. "
                            "Mahasiswa berlatih mengolah data produksi dengan Python (pandas & SciPy). "
                            "Penilaian berbasis proyek: satu studi kasus dari mitra industri di Batam."}})

add("gmail-teamteaching-one-of-many", D("2026-09-28 09:26"),
    "Fitri Handayani <fitri.handayani@polibatam.ac.id>",
    "Team teaching semester ganjil - update dosen 1 MK aja",
    """Hi tim P4M,

Saya koordinator team teaching untuk blok Rekayasa Perangkat Lunak semester ini. Just FYI, bloknya ada
tiga MK: RPL3101 Analisis dan Desain Sistem, RPL3102 Pengujian Perangkat Lunak, dan RPL3103 Manajemen
Proyek TI. Untuk RPL3101 dan RPL3103 sudah benar semua di e-learning, no changes needed.

Yang perlu diubah cuma RPL3102 Pengujian Perangkat Lunak: please change the lecturer to
Yohanes Gultom, S.Kom., M.T.I. (gantikan Pak Rizky yang pindah ke RPL3103 tapi itu sudah di-set kok).

Thanks a lot!
Fitri
""", "course_data", "mixed",
    {"course_code": "RPL3102", "course_name": "Pengujian Perangkat Lunak",
     "changes": {"lecturer": "Yohanes Gultom, S.Kom., M.T.I."}},
    note="Three courses named; only RPL3102 is to be changed.")

add("gmail-selfcorrect-maaf-maksud-shortname", D("2026-09-30 12:12"),
    "Dedi Kurniawan <dedi.k@polibatam.ac.id>",
    "ubah shortname MK Jaringan Komputer",
    """Siang min,

tolong ubah shortname MK RKS2105 Jaringan Komputer jadi JARKOM-A1, eh maaf, maksud saya JARKOM-TRK1
(A1 itu kode ruangan, salah ketik saya).

makasih
Dedi
""", "course_data", "id",
    {"course_code": "RKS2105", "course_name": "Jaringan Komputer", "changes": {"shortname": "JARKOM-TRK1"}},
    note="Sender corrects the value in the same mail; the corrected value counts.")

add("outlook-scratchthat-enrolkey", D("2026-10-01 10:44"),
    "Rohan Mehta <rohan.mehta@polibatam.ac.id>",
    "Enrolment key for DS3301",
    """Hello,

Could you please reset the enrolment key for DS3301 Data Mining to datamine2026? Actually, scratch that,
it should be DM-ganjil-26 (the other one was last year's pattern and students may guess it).

Thanks,
Rohan
""", "course_data", "en",
    {"course_code": "DS3301", "course_name": "Data Mining", "changes": {"enrolment_key": "DM-ganjil-26"}},
    note="Value corrected within the same mail ('scratch that').")

add("gmail-ps-fixes-class", D("2026-10-02 19:55"),
    "Nurhaliza Siregar <nurhaliza.s@polibatam.ac.id>",
    "Kelas MK Perpajakan di e-learning",
    """Selamat malam Bapak/Ibu,

Mohon bantuan untuk mengganti kelas pada mata kuliah AK2208 Perpajakan I di e-learning menjadi AK-2C Malam.
Saat ini masih tercantum AK-2A.

Terima kasih atas bantuannya.

Salam,
Nurhaliza Siregar, S.E., M.Ak.

P.S. Maaf, tadi salah tulis. Kelasnya AK-2D Malam, bukan AK-2C. AK-2C itu kelas Pak Yusuf.
""", "course_data", "id",
    {"course_code": "AK2208", "course_name": "Perpajakan I", "changes": {"class": "AK-2D Malam"}},
    note="P.S. corrects the class value given in the body.")

add("gmail-thread-reply-corrects-fullname", D("2026-10-05 08:31"),
    "Agus Salim Nasution <agus.nasution@polibatam.ac.id>",
    "Re: [Tiket #P4M-2026-0917] Perubahan nama MK Sistem Tertanam",
    """Selamat pagi,

Menyambung email saya Jumat kemarin: nama barunya ternyata keliru saya tulis. Yang benar menurut SK
kurikulum adalah "Sistem Tertanam dan Internet of Things (IoT)", bukan "Sistem Tertanam & IoT".
Mohon pakai yang ini ya.

Terima kasih,
Agus

Pada Jum, 2 Okt 2026 pukul 15.20 Agus Salim Nasution <agus.nasution@polibatam.ac.id>
menulis:
> Yth. P4M,
> Mohon ganti nama lengkap MK TRE3204 Sistem Tertanam di e-learning menjadi "Sistem Tertanam & IoT".
> Terima kasih.
> Agus
""", "course_data", "id",
    {"course_code": "TRE3204", "course_name": "Sistem Tertanam",
     "changes": {"fullname": "Sistem Tertanam dan Internet of Things (IoT)"}},
    note="Thread reply correcting the sender's earlier value; the new value counts.",
    headers={"In-Reply-To": "<a1b2c3d4e5f6.0917@polibatam.ac.id>"})

add("outlook-docx-table-three-changes", D("2026-10-06 09:58"),
    "Admin Prodi Administrasi Bisnis Terapan <abt@polibatam.ac.id>",
    "Permohonan perubahan data MK (terlampir)",
    """Yth. Tim P4M,

Bersama ini kami lampirkan formulir permohonan perubahan data mata kuliah di e-learning.
Mohon dapat diproses.

Terima kasih.
Hormat kami,
Admin Prodi Administrasi Bisnis Terapan
""", "course_data", "id",
    {"course_code": "ABT2204", "course_name": "Komunikasi Bisnis",
     "changes": {"fullname": "Komunikasi Bisnis dan Negosiasi", "shortname": "KOMBIS-NEG",
                 "lecturer": "Rina Oktaviani Sembiring, S.Sos., M.I.Kom."}},
    note="Request only in the DOCX table.",
    attach=[("Form_Perubahan_MK_ABT2204.docx", docx(
        (["FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING", "Program Studi Administrasi Bisnis Terapan"],
         ["Diajukan oleh Ketua Program Studi, 5 Oktober 2026."]),
        [["Isian", "Data"], ["Kode MK", "ABT2204"], ["Nama MK saat ini", "Komunikasi Bisnis"],
         ["Nama lengkap baru", "Komunikasi Bisnis dan Negosiasi"], ["Nama singkat baru", "KOMBIS-NEG"],
         ["Dosen pengampu baru", "Rina Oktaviani Sembiring, S.Sos., M.I.Kom."]]),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
    headers={"X-Mailer": "Microsoft Outlook 16.0"})

add("thunderbird-odt-table-class-semester", D("2026-10-07 14:25"),
    "Jens Hoffmann <jens.hoffmann@polibatam.ac.id>",
    "Course data change (see attachment)",
    """Hello,

please find attached a short form with the changes for my course. The class and semester are wrong.

Best,
Jens Hoffmann
""", "course_data", "en",
    {"course_code": "MT4102", "course_name": "Precision Machining",
     "changes": {"class": "MT-4A/4B (joint)", "semester": "7"}},
    note="Request only in the ODT table.",
    attach=[("course_change_MT4102.odt", odt(
        (["Course data change request"], ["Requested by: Jens Hoffmann, 7 October 2026"]),
        [["Field", "Current", "New"], ["Course", "MT4102 Precision Machining", "(unchanged)"],
         ["Class", "MT-4A", "MT-4A/4B (joint)"], ["Semester", "5", "7"]]),
        "application/vnd.oasis.opendocument.text")],
    headers={"User-Agent": "Mozilla Thunderbird"})

add("gmail-pdf-twopage-letter-lecturer", D("2026-10-09 10:10"),
    "Sekretariat Jurusan Manajemen Bisnis <jmb@polibatam.ac.id>",
    "Surat permohonan penggantian dosen pengampu",
    """Dengan hormat,

Terlampir surat Ketua Jurusan Manajemen Bisnis perihal penggantian dosen pengampu (2 halaman).

Salam,
Sekretariat JMB
""", "course_data", "id",
    {"course_code": "MB3206", "course_name": "Manajemen Rantai Pasok",
     "changes": {"lecturer": "Drs. Yusuf Harahap, M.M., CSCP"}},
    note="Request only in a two-page PDF letter.",
    attach=[("Surat_JMB_112-2026.pdf", pdf([
        ["POLITEKNIK NEGERI BATAM", "JURUSAN MANAJEMEN BISNIS", "",
         "Nomor    : 112/PL29.5/JMB/2026", "Lampiran : -", "Perihal  : Penggantian dosen pengampu", "",
         "Yth. Kepala P4M", "Politeknik Negeri Batam", "", "Dengan hormat,",
         "Menindaklanjuti surat tugas Direktur tentang penugasan Sdri. Melati Purba, S.E., M.M.",
         "sebagai pendamping program magang industri di kawasan Batamindo, maka beban mengajar",
         "yang bersangkutan pada semester ganjil 2026/2027 dialihkan kepada dosen lain.",
         "Sehubungan dengan hal tersebut, kami mohon agar dosen pengampu mata kuliah",
         "MB3206 Manajemen Rantai Pasok pada e-learning diganti menjadi:"],
        ["Drs. Yusuf Harahap, M.M., CSCP", "",
         "Perubahan berlaku untuk kelas pagi dan malam.",
         "Demikian kami sampaikan. Atas perhatian dan kerja samanya kami ucapkan terima kasih.", "",
         "Batam, 8 Oktober 2026", "Ketua Jurusan Manajemen Bisnis,", "", "ttd", "",
         "Dr. Ahmad Fauzi Ritonga, S.E., M.Si.", "NIP 197903112005011003"]]), "application/pdf")])

add("gmail-several-changes-slash-quotes", D("2026-10-12 16:48"),
    "Kevin Tanoto <kevin.tanoto@polibatam.ac.id>",
    "Update data course IF3301 - several items",
    """Halo P4M team,

Untuk course IF3301 Pemrograman Web Lanjut, please update beberapa hal sekaligus ya:

- fullname: Pemrograman Web Lanjut (Framework "Laravel" / REST API)
- shortname: PWL-LRV
- credits: 3 SKS (2 teori / 1 praktik)
- enrolment key: pwl_26!

Yang lain biarin aja. Thanks in advance!

Kevin Tanoto, M.Kom.
""", "course_data", "mixed",
    {"course_code": "IF3301", "course_name": "Pemrograman Web Lanjut",
     "changes": {"fullname": "Pemrograman Web Lanjut (Framework \"Laravel\" / REST API)",
                 "shortname": "PWL-LRV", "credits": "3 SKS (2 teori / 1 praktik)",
                 "enrolment_key": "pwl_26!"}})

_sum21 = """Dear tim P4M,

Boleh minta tolong update summary course AKT2103 Sistem Informasi Akuntansi? Current summary-nya masih
kosong. Please use this text:

Students learn the design and control of accounting information systems (AIS), from business processes to "audit trail" reports. Praktikum menggunakan aplikasi Accurate & spreadsheet.

Makasih banyak,
Wulan Sari Pohan
Dosen Akuntansi"""
add("outlook-html-summary-mixed", D("2026-10-14 11:36"),
    "Wulan Sari Pohan <wulan.pohan@polibatam.ac.id>",
    "Summary course AKT2103",
    _sum21, "course_data", "mixed",
    {"course_code": "AKT2103", "course_name": "Sistem Informasi Akuntansi",
     "changes": {"summary": "Students learn the design and control of accounting information systems (AIS), "
                            "from business processes to \"audit trail\" reports. Praktikum menggunakan aplikasi "
                            "Accurate & spreadsheet."}},
    html_body=outlook_html(_sum21), cte="quoted-printable",
    headers={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdsgR2x9Qm1vbc0pSk2tPQ=="})

add("gmail-lecturer-no-new-value", D("2026-10-15 13:05"),
    "Bayu Prasetyo <bayu.prasetyo@polibatam.ac.id>",
    "ganti dosen pengampu EL2210",
    """Siang P4M,

MK EL2210 Elektronika Daya dosennya diganti ya, soalnya Pak Hendrik mulai cuti besok. Nama dosen
penggantinya belum fix dari kaprodi, nanti saya info lagi nama lengkap + gelarnya. Please jangan
dihapus dulu materinya Pak Hendrik.

Thanks,
Bayu (admin lab elektro)
""", "course_data", "mixed",
    {"course_code": "EL2210", "course_name": "Elektronika Daya", "changes": {}},
    note="Lecturer change asked for but the new lecturer is not given yet.")


# ---------------------------------------------------------------- announcement (16)

add("gmail-caps-title-senin-depan", D("2026-09-03 15:12"),
    "Bagian Akademik Polibatam <akademik@polibatam.ac.id>",
    "minta tolong pasang pengumuman di e-learning",
    """PENGISIAN RENCANA PEMBELAJARAN SEMESTER (RPS) DI E-LEARNING

Kepada seluruh dosen Politeknik Negeri Batam,
diberitahukan bahwa setiap mata kuliah semester ganjil 2026/2027 wajib mengunggah RPS terbaru pada
halaman kursus masing-masing paling lambat 30 September 2026. Format RPS dapat diunduh di laman P4M.

--
Mohon teks di atas dipasang sebagai pengumuman untuk seluruh dosen, tayang mulai Senin depan jam 7 pagi.
Terima kasih.

Rosmawati
Bagian Akademik
""", "announcement", "id",
    {"title": "PENGISIAN RENCANA PEMBELAJARAN SEMESTER (RPS) DI E-LEARNING", "scope": "site",
     "publish_at": "2026-09-07T07:00:00+07:00"},
    note="Title is the first line in capitals; 'Senin depan' from Thursday 3 September is 7 September (the follow-up confirms); 30 September is a deadline.")

add("gmail-followup-corrects-publish-time", D("2026-09-04 08:02"),
    "Bagian Akademik Polibatam <akademik@polibatam.ac.id>",
    "Re: minta tolong pasang pengumuman di e-learning",
    """Pagi P4M,

Koreksi untuk pengumuman "PENGISIAN RENCANA PEMBELAJARAN SEMESTER (RPS) DI E-LEARNING" yang kemarin:
tayangnya jangan jam 7, tapi Senin 7 September 2026 pukul 09.00 WIB saja, habis apel pagi.
Isi dan sasarannya (seluruh dosen) tetap.

Terima kasih,
Rosmawati

Pada Kam, 3 Sep 2026 pukul 15.12 Bagian Akademik Polibatam <akademik@polibatam.ac.id>
menulis:
> PENGISIAN RENCANA PEMBELAJARAN SEMESTER (RPS) DI E-LEARNING
>
> Kepada seluruh dosen Politeknik Negeri Batam, ...
> Mohon teks di atas dipasang sebagai pengumuman untuk seluruh dosen, tayang mulai Senin depan jam 7 pagi.
""", "announcement", "id",
    {"title": "PENGISIAN RENCANA PEMBELAJARAN SEMESTER (RPS) DI E-LEARNING", "scope": "site",
     "publish_at": "2026-09-07T09:00:00+07:00"},
    note="Follow-up in the thread correcting the publish time of the earlier request.",
    headers={"In-Reply-To": "<akd.rps.0903@polibatam.ac.id>"})

add("gmail-filipino-course-tomorrow", D("2026-09-18 17:40"),
    "Maricel Dela Cruz <maricel.delacruz@gmail.com>",
    "Announcement for ENG1201 po",
    """Hi po, Ma'am/Sir!

Kindly post this announcement in ENG1201 Technical English I, to be published tomorrow at 7:30 AM:

Title: Speaking Test Schedule
Dear students, your speaking test will be held on 28 September in Room GU 702. Please bring your
student ID. Each student has 7 minutes. Good luck!

Thank you po!
Maricel
""", "announcement", "en",
    {"course_code": "ENG1201", "course_name": "Technical English I", "title": "Speaking Test Schedule",
     "scope": "course", "publish_at": "2026-09-19T07:30:00+07:00"})

add("gmail-angkatan2024-date-only", D("2026-09-25 10:20"),
    "BEM Polibatam <bem@students.polibatam.ac.id>",
    "Pengumuman untuk mahasiswa angkatan 2024",
    """Halo kak admin P4M,

Kami dari BEM mau minta tolong dipasang pengumuman di e-learning untuk mahasiswa angkatan 2024:

Judul: Pendaftaran Program Mentoring Akademik Angkatan 2024
Isi: Bagi mahasiswa angkatan 2024 yang ingin mengikuti mentoring akademik semester ganjil, silakan
mendaftar melalui formulir di e-learning sampai 9 Oktober 2026. Kuota terbatas 120 orang.

Tayangnya tanggal 1 Oktober ya kak. Makasih banyak!

Salam,
Divisi Akademik BEM
""", "announcement", "id",
    {"title": "Pendaftaran Program Mentoring Akademik Angkatan 2024", "scope": "site"},
    note="Audience is one intake year, not one course; publish date without a time.")

_nd5 = """POLITEKNIK NEGERI BATAM
Jalan Ahmad Yani, Batam Centre, Batam 29461 | Telp. (0778) 469858

NOTA DINAS
Nomor     : 0921/PL29/AK/2026
Yth.      : Kepala P4M
Dari      : Wakil Direktur Bidang Akademik
Lampiran  : -
Perihal   : Pengumuman Evaluasi Dosen oleh Mahasiswa (EDOM) Semester Ganjil 2026/2027

Dengan hormat,
Dalam rangka penjaminan mutu pembelajaran, mohon P4M menayangkan pengumuman di e-learning untuk
seluruh mahasiswa dengan judul "Pengisian EDOM Semester Ganjil 2026/2027" pada pukul 08.00 WIB
tanggal 14 Oktober 2026. Pengisian EDOM dibuka sampai 28 Oktober 2026.

Demikian, atas perhatiannya diucapkan terima kasih.

Wakil Direktur Bidang Akademik,

Dr. Ir. Maya Sartika Hutapea, M.T.
NIP 197512072001122001

Tembusan:
1. Direktur (sebagai laporan)
2. Ketua Jurusan di lingkungan Polibatam"""
add("outlook-html-notadinas-announcement", D("2026-10-08 09:00"),
    "Wadir Akademik <wadir1@polibatam.ac.id>",
    "Nota Dinas 0921/PL29/AK/2026 - Pengumuman EDOM",
    _nd5, "announcement", "id",
    {"title": "Pengisian EDOM Semester Ganjil 2026/2027", "scope": "site",
     "publish_at": "2026-10-14T08:00:00+07:00"},
    html_body=outlook_html(_nd5), html_only=True, cte="quoted-printable",
    headers={"X-Mailer": "Microsoft Outlook 16.0", "Thread-Index": "AdsoXw3pL4u2N8s7Qy6mWg=="})

add("gmail-course-deadline-not-publish", D("2026-10-09 20:03"),
    "Irwan Syahputra <irwan.s@polibatam.ac.id>",
    "tlg umumkan di MK Gambar Teknik",
    """malam, tlg dipasang pengumuman di MK MS1102 Gambar Teknik ya skrg aja

judul: Pengumpulan Tugas Besar Gambar Teknik
isi: tugas besar dikumpulkan paling lambat Jumat 16 Oktober 2026 jam 23.59 lewat e-learning, format pdf.
yg telat ga diterima

mksh
irwan
""", "announcement", "id",
    {"course_code": "MS1102", "course_name": "Gambar Teknik", "title": "Pengumpulan Tugas Besar Gambar Teknik",
     "scope": "course"},
    note="16 Oktober 23.59 is a deadline inside the announcement, not the publish time.")

add("gmail-mixed-scratchthat-publish-hour", D("2026-10-20 21:15"),
    "Gilang Ramadhan <gilang.r@polibatam.ac.id>",
    "Pengumuman kuis MK Kecerdasan Buatan",
    """Hi admin,

Tolong post announcement di course IF3205 Kecerdasan Buatan, title: Kuis 2 Dipindah ke Minggu Depan.
Isi: Kuis 2 yang semula Kamis 22 Oktober dipindah ke Kamis 29 Oktober 2026, materi sampai
pertemuan 7.

Publish besok jam 09.00. Eh scratch that, jam 10.00 aja, saya mau cek dulu soalnya.

Thanks!
Gilang
""", "announcement", "mixed",
    {"course_code": "IF3205", "course_name": "Kecerdasan Buatan", "title": "Kuis 2 Dipindah ke Minggu Depan",
     "scope": "course", "publish_at": "2026-10-21T10:00:00+07:00"},
    note="Publish hour corrected within the mail.")

add("outlook-docx-table-announcement", D("2026-10-22 10:37"),
    "Prodi Teknik Mekatronika <mekatronika@polibatam.ac.id>",
    "Permohonan penayangan pengumuman (form terlampir)",
    """Yth. Admin E-Learning P4M,

Terlampir formulir permohonan penayangan pengumuman untuk mata kuliah praktikum kami.

Hormat kami,
Admin Prodi Teknik Mekatronika
""", "announcement", "id",
    {"course_code": "MK2207", "course_name": "Praktikum Pneumatik dan Hidrolik",
     "title": "Perubahan Jadwal Praktikum Pneumatik", "scope": "course",
     "publish_at": "2026-10-26T07:00:00+07:00"},
    note="Announcement request only in the DOCX table.",
    attach=[("Form_Pengumuman_MK2207.docx", docx(
        (["FORMULIR PERMOHONAN PENGUMUMAN E-LEARNING"], ["Batam, 22 Oktober 2026", "Admin Prodi"]),
        [["Isian", "Keterangan"], ["Mata kuliah", "MK2207 Praktikum Pneumatik dan Hidrolik"],
         ["Judul", "Perubahan Jadwal Praktikum Pneumatik"],
         ["Isi", "Praktikum minggu ke-9 dipindah ke Lab Otomasi (TA 10.3) karena perawatan kompresor."],
         ["Sasaran", "Mahasiswa MK2207 saja"], ["Waktu tayang", "Senin, 26 Oktober 2026 pukul 07.00 WIB"]]),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
    headers={"X-Mailer": "Microsoft Outlook 16.0"})

_amb = """Salamat siang P4M,

Beta minta tolong pasang pengumuman di kelas e-learning TS2204 Hidrolika Terapan, langsung hari ini saja:

Judul: Kuliah Lapangan ke Dam Duriangkang
Isi: Basudara mahasiswa, kuliah lapangan hari Sabtu, 7 November 2026, kumpul di lobi gedung utama jam 07.30.
Pake sepatu tertutup deng bawa helm. Seng datang = seng dapa nilai praktikum.

Danke e,
Johanis Latuperissa"""
add("outlook-html-ambon-course", D("2026-11-02 12:48"),
    "Johanis Latuperissa <johanis.latuperissa@outlook.com>",
    "Pengumuman kuliah lapangan Hidrolika",
    _amb, "announcement", "id",
    {"course_code": "TS2204", "course_name": "Hidrolika Terapan", "title": "Kuliah Lapangan ke Dam Duriangkang",
     "scope": "course"},
    note="07.30 on 7 November is the event time; publish now.",
    html_body=outlook_html(_amb), cte="quoted-printable")

add("gmail-german-mixed-dotted-date", D("2026-10-27 16:09"),
    "Dr. Katrin Baumgartner <k.baumgartner@polibatam.ac.id>",
    "Pengumuman / announcement PLC3205",
    """Selamat sore,

mohon bantuan, please publish the following announcement in PLC3205 Industrial Automation Systems
on 2.11.2026 at 08:00 (Senin pagi):

Judul: Gastvortrag / Guest Lecture Siemens Batam
Text: On 5.11.2026, 13:00-15:00, an engineer from Siemens Batam will give a guest lecture on
PROFINET. Attendance is mandatory. Tempat: Auditorium lantai 5.

Terima kasih banyak, vielen Dank!
Katrin Baumgartner
""", "announcement", "mixed",
    {"course_code": "PLC3205", "course_name": "Industrial Automation Systems",
     "title": "Gastvortrag / Guest Lecture Siemens Batam", "scope": "course",
     "publish_at": "2026-11-02T08:00:00+07:00"},
    note="German day-first date; the guest lecture time is an event time.")

add("gmail-medan-quoted-title", D("2026-11-04 11:11"),
    "Lim Swee Hock <swee.hock@polibatam.ac.id>",
    "announcement MB1101 please",
    """Halo P4M,

Gua mau pasang announcement di MB1101 Pengantar Bisnis & Kewirausahaan Digital, judulnya
"Pitching Day: Bawa Ide Bisnis Lu!" — isinya: tiap kelompok present ide bisnis 5 menit di depan juri
dari Kadin Batam, tanggal 19 November. Slide dikumpul H-1.

Pasang sekarang aja lah, no need tunggu. Kam sia!

Lim
""", "announcement", "mixed",
    {"course_code": "MB1101", "course_name": "Pengantar Bisnis & Kewirausahaan Digital",
     "title": "Pitching Day: Bawa Ide Bisnis Lu!", "scope": "course"},
    note="Course name is the one renamed earlier; title with quotes around it and an exclamation mark.")

add("outlook-british-sitewide-no-time", D("2026-11-09 09:33"),
    "Dr. Eleanor Whitcombe <e.whitcombe@polibatam.ac.id>",
    "Perhaps a notice on the e-learning front page?",
    """Dear colleagues,

I hope you will not think it presumptuous of me to write. The British Council is holding an open
lecture for all students of the Polytechnic, and it occurred to me that the e-learning front page
might be the most effective place to let them know. Would you be so kind as to post a site-wide
notice along the following lines?

Title: Open Lecture — "Working in English: Skills for Global Careers"
Text: All students are warmly invited to an open lecture on Wednesday 18 November 2026, 10:00–12:00,
in the Main Auditorium. No registration is required.

Any time this week would be perfectly fine. Thank you ever so much.

Kind regards,
Eleanor Whitcombe
""", "announcement", "en",
    {"title": "Open Lecture — \"Working in English: Skills for Global Careers\"", "scope": "site"},
    note="Indirect request; the lecture time is an event time; no publish time asked.",
    cte="quoted-printable", headers={"X-Mailer": "Microsoft Outlook 16.0"})

add("gmail-thai-course-now", D("2026-11-12 08:20"),
    "Suthida Charoenwong <suthida.c@polibatam.ac.id>",
    "Please post announcement RBT3102",
    """Dear P4M krub/ka,

Please help post announcement in my course RBT3102 Introduction to Robotics now:

Title: Quiz 3 postponed
Quiz 3 move from 13 November to 20 November, same time. Sorry for students, I must go to conference in Bangkok.

Thank you ka,
Suthida
""", "announcement", "en",
    {"course_code": "RBT3102", "course_name": "Introduction to Robotics", "title": "Quiz 3 postponed",
     "scope": "course"})

add("yahoo-bugis-besok-pagi", D("2026-11-16 21:40"),
    "Andi Muh. Ridwan <andi.ridwan83@yahoo.co.id>",
    "tolong pasang pengumuman AKM3201",
    """Tabe' pak/bu,

Minta tolong ki dipasangkan pengumuman di MK AKM3201 Akuntansi Manajemen Biaya, besok pagi jam 06.30 mi
tayangnya di':

Judul: UTS Take Home
Isi: Soal UTS take home ada mi di e-learning, dikumpul paling lambat Senin 23 November 2026. Kerjakan
sendiri-sendiri ki, jangan copy paste punya teman.

Terima kasih banyak pak/bu.
Andi

Dikirim dari Yahoo Mail di Android
""", "announcement", "id",
    {"course_code": "AKM3201", "course_name": "Akuntansi Manajemen Biaya", "title": "UTS Take Home",
     "scope": "course", "publish_at": "2026-11-17T06:30:00+07:00"})

add("gmail-intloffice-thursday-2pm", D("2026-11-20 14:05"),
    "International Office Polibatam <io@polibatam.ac.id>",
    "Site announcement: Info session on ASEAN credit transfer",
    """Dear P4M e-learning team,

We would like a site-wide announcement for all students, published on Thursday 10 December, 2 pm.

Title: Info Session: ASEAN Credit Transfer 2027
Text: Interested in studying one semester in Thailand, the Philippines or Malaysia? Join our info session
on 15 December 2026 at 10:00 in Room GU 801. Bring your transcript.

Many thanks,
Nadia Rahmawati
International Office
""", "announcement", "en",
    {"title": "Info Session: ASEAN Credit Transfer 2027", "scope": "site",
     "publish_at": "2026-12-10T14:00:00+07:00"})

add("gmail-wita-hal-kelas-saja", D("2026-11-25 10:30", WITA),
    "Harun Tandililing <harun.tandililing@gmail.com>",
    "Hal: Pengumuman kelas TI-2B",
    """Hal: Jadwal Presentasi Proyek Akhir Semester

Selamat pagi tim P4M,
Saya sedang di Makassar (dinas), jadi mohon bantuan dari jauh. Tolong pasang pengumuman dengan hal di atas
di MK IF2209 Pemrograman Berorientasi Objek, untuk kelas TI-2B saja, tayang tgl 3/12 pkl 13.00 WITA.

Isinya: presentasi proyek akhir kelompok 1-6 hari Senin 7 Desember 2026, kelompok 7-12 hari Selasa
8 Desember 2026, di Lab Software GU 803.

Terima kasih,
Harun Tandililing, S.Kom., M.Kom.
""", "announcement", "id",
    {"course_code": "IF2209", "course_name": "Pemrograman Berorientasi Objek",
     "title": "Jadwal Presentasi Proyek Akhir Semester", "scope": "course",
     "publish_at": "2026-12-03T12:00:00+07:00"},
    note="Title after 'Hal:'; publish time in WITA (13.00 WITA = 12.00 WIB); sender at +0800.")


# ---------------------------------------------------------------- elearning_support (12)

add("gmail-howto-rename-own-course", D("2026-09-01 10:15"),
    "Siti Aminah Batubara <siti.aminah@polibatam.ac.id>",
    "cara ganti nama MK sendiri di moodle?",
    """Selamat pagi,

Saya dosen baru di Teknik Informatika. Mau tanya, apakah dosen bisa mengganti sendiri nama lengkap dan
nama singkat mata kuliah di e-learning? Kalau bisa, menunya di mana ya? Saya sudah cari di Settings
tapi kolomnya abu-abu tidak bisa diketik.

Terima kasih,
Siti Aminah
""", "elearning_support", "id", note="How-to question about renaming, not a change request.")

add("gmail-krama-cannot-login", D("2026-09-09 06:55"),
    "Sri Lestari Widodo <srilestari.widodo@gmail.com>",
    "Nyuwun pirsa, mboten saged login",
    """Sugeng enjing Bapak/Ibu,

Nyuwun sewu, kula dosen LB Bahasa Indonesia. Wiwit wingi kula mboten saged mlebet e-learning, setiap
login muncul tulisan "Invalid login, please try again". Sandi sampun kula lebetaken leres, malah
sampun kula coba reset nanging email reset-ipun mboten dugi.

Username kula: sri.lestari.lb
Mohon pitulungipun. Matur nuwun sanget.

Sri Lestari
""", "elearning_support", "id")

add("outlook-students-enrolkey-rejected", D("2026-09-15 09:12"),
    "Aditya Pratama <aditya.pratama@students.polibatam.ac.id>",
    "Tidak bisa enrol MK Sistem Operasi",
    """Selamat pagi Bapak/Ibu admin,

Saya Aditya Pratama, NIM 4312411027, kelas TI-2A. Saya dan 5 teman tidak bisa masuk ke MK IF2203 Sistem
Operasi. Kunci pendaftaran yang dibagikan dosen sudah kami masukkan tapi selalu muncul "Incorrect
enrolment key". Teman kelas lain bisa masuk dengan kunci yang sama.

Mohon bantuannya, minggu ini sudah ada kuis.

Terima kasih,
Aditya
""", "elearning_support", "id", headers={"X-Mailer": "Microsoft Outlook 16.0"})

add("gmail-filipino-howto-enrolkey", D("2026-09-19 14:48"),
    "Maricel Dela Cruz <maricel.delacruz@gmail.com>",
    "Question po about enrolment key",
    """Hello po!

Quick question: how do I change the enrolment key of my course by myself? I can't find it under
"Participants". Also, my ENG1201 course is not showing on my dashboard, only when I search for it.
Is that normal po?

Thank you so much!
Maricel
""", "elearning_support", "en", note="How-to question plus a visibility problem; no change requested.")

add("gmail-course-not-visible-dashboard", D("2026-09-23 11:27"),
    "Rahmat Effendi <rahmat.effendi@students.polibatam.ac.id>",
    "MK ga muncul di dashboard",
    """Permisi kak,
MK Kalkulus II kelas MS-1B ga muncul di dashboard e-learning saya, padahal di SIAKAD udah ada di KRS.
Temen2 lain udah bisa lihat. Gmn ya kak?
NIM 3312501044

makasi kak
""", "elearning_support", "id")

add("gmail-buried-quiz-error", D("2026-09-29 23:02"),
    "Desi Natalia Simanjuntak <desi.simanjuntak@polibatam.ac.id>",
    "mohon maaf mengganggu - kuis",
    """Selamat malam Bapak/Ibu,

Mohon maaf sebelumnya mengirim email selarut ini. Hari ini benar-benar hari yang panjang: pagi ada
rapat kurikulum, siang mengajar tiga kelas berturut-turut, dan sore hari saya harus menemani tamu dari
mitra industri. Saya juga tahu tim P4M sedang sibuk menyiapkan pelatihan minggu depan.

Yang ingin saya sampaikan: kuis 1 di MK Kimia Terapan tadi sore error untuk sekitar 15 mahasiswa.
Setelah menjawab soal nomor 12, halaman mereka langsung keluar dengan pesan "Sorry, but you do not
currently have permissions to do that" dan attempt mereka tertutup. Mohon bantuan untuk dicek dan
kalau bisa attempt mereka dibuka kembali.

Sekali lagi mohon maaf dan terima kasih atas kesabarannya. Salam untuk rekan-rekan semua.

Desi Natalia Simanjuntak, S.Si., M.Si.
""", "elearning_support", "id", note="Request buried in the middle of apologies.")

add("samsung-upload-limit", D("2026-10-13 07:14"),
    "Yoga Permana <yogapermana02@gmail.com>",
    "upload tugas gagal",
    """pagi, sy mhs TRPL malam. upload video tugas di MK Multimedia gagal terus, tulisannya file terlalu
besar max 20MB. videonya 85MB. bs dinaikin limitnya ga? deadline nanti malam

Dikirim dari Samsung Galaxy smartphone saya.
""", "elearning_support", "id", cte="base64")

add("yahoo-bugis-forgot-password", D("2026-10-16 12:33"),
    "Andi Muh. Ridwan <andi.ridwan83@yahoo.co.id>",
    "lupa password elearning ka",
    """Tabe' pak/bu,

Sa lupa mi password e-learning ku, sudah sa coba "lupa kata sandi" tapi emailnya masuk ke email kampus,
padahal sa dosen LB ji, belum punya akses email kampus. Bisa ki dikirim ke yahoo ku saja?

Terima kasih banyak,
Andi Ridwan
""", "elearning_support", "id")

add("thunderbird-german-gradebook", D("2026-10-19 08:47"),
    "Jens Hoffmann <jens.hoffmann@polibatam.ac.id>",
    "Gradebook calculates wrong total",
    """Hello,

in my course MT4102 the gradebook shows course totals above 100 for some students. I set the weights
as 30/30/40 (assignments/midterm/final), but it seems "Natural" aggregation is still active. I tried
to switch to "Weighted mean of grades" but the option is not available for teachers.

Could someone check the settings or give me the permission? Thank you.

Jens Hoffmann
""", "elearning_support", "en", headers={"User-Agent": "Mozilla Thunderbird"})

add("outlook-british-restore-backup", D("2026-10-23 10:05"),
    "Dr. Eleanor Whitcombe <e.whitcombe@polibatam.ac.id>",
    "Last year's materials for BUS2310",
    """Dear colleagues,

I am so sorry to bother you once again. I had rather hoped to reuse the discussion forums and quizzes
from last year's run of BUS2310, but I find that the old course seems to have disappeared from my
list. I wonder if a backup might exist, and whether it could perhaps be restored into this year's
course? I quite understand if this is not possible.

With many thanks in advance,
Eleanor Whitcombe
""", "elearning_support", "en", cte="quoted-printable", headers={"X-Mailer": "Microsoft Outlook 16.0"})

add("gmail-mixed-bbb-not-working", D("2026-11-03 13:50"),
    "Kevin Tanoto <kevin.tanoto@polibatam.ac.id>",
    "BBB di course IF3301 error",
    """Hi P4M,

BigBlueButton di course IF3301 Pemrograman Web Lanjut gak bisa join, stuck di "Connecting..." terus.
Sudah coba Chrome & Firefox, same result. Kelas online jam 19.00 nanti malam, please help ASAP.

Thanks,
Kevin
""", "elearning_support", "mixed")

add("iphone-mixed-assignment-draft", D("2026-11-18 22:41"),
    "Nabila Putri <nabila.putri@students.polibatam.ac.id>",
    "assignment stuck di draft",
    """Malam kak,
Assignment aku di MK Technical English I masih status "Draft (not submitted)", padahal udah klik
submit berkali2. Tombol "Submit assignment" nya ga muncul. Deadline besok jam 8 pagi kak, help 🙏

Sent from my iPhone
""", "elearning_support", "mixed", cte="base64")


# ---------------------------------------------------------------- document_request (7)

add("plain-notadinas-sop-rps", D("2026-09-07 13:40"),
    "Jurusan Teknik Informatika <jti@polibatam.ac.id>",
    "Nota Dinas 220/PL29.3/TI/2026 - Permohonan SOP Penyusunan RPS",
    """NOTA DINAS
Nomor     : 220/PL29.3/TI/2026
Yth.      : Kepala P4M
Dari      : Ketua Jurusan Teknik Informatika
Lampiran  : -
Perihal   : Permohonan dokumen SOP Penyusunan dan Evaluasi RPS

Dengan hormat,
Dalam rangka persiapan visitasi akreditasi Program Studi Teknologi Rekayasa Perangkat Lunak, kami
mohon dapat dikirimkan dokumen SOP Penyusunan dan Evaluasi RPS versi terbaru beserta formulir
pendukungnya.

Demikian, atas perhatiannya diucapkan terima kasih.

Ketua Jurusan,
Dr. Hendra Saputra Lubis, S.Kom., M.Cs.
NIP 198104172008121002

Tembusan: Koordinator Program Studi TRPL
""", "document_request", "id")

add("gmail-bap-template", D("2026-09-26 09:03"),
    "Yohanes Gultom <yohanes.gultom@polibatam.ac.id>",
    "minta template BAP perkuliahan",
    """Pagi P4M,
minta file template Berita Acara Perkuliahan (BAP) yang versi word ya, yang di web cuma pdf.
makasih
Yohanes
""", "document_request", "id")

add("gmail-ambon-rps-template", D("2026-10-10 10:18"),
    "Johanis Latuperissa <johanis.latuperissa@gmail.com>",
    "minta format RPS terbaru",
    """Salamat pagi,

Beta mau minta format RPS yang paling baru (kurikulum OBE), yang ada kolom CPMK deng sub-CPMK itu.
Beta ada pake format lama, jadi kaprodi suruh ganti. Kirim ke email ini sa.

Danke,
Johanis
""", "document_request", "id")

add("outlook-ami-instrument", D("2026-10-28 14:22"),
    "Gugus Kendali Mutu TI <gkm.ti@polibatam.ac.id>",
    "Permohonan instrumen AMI 2026",
    """Yth. Tim P4M,

Sehubungan dengan pelaksanaan Audit Mutu Internal (AMI) tahun 2026, kami dari Gugus Kendali Mutu
Jurusan Teknik Informatika memohon dikirimkan instrumen AMI (daftar tilik dan borang temuan) beserta
jadwal audit terbaru.

Terima kasih atas perhatiannya.

Salam,
Lestari Ningsih, S.T., M.T.
Ketua GKM Jurusan Teknik Informatika
""", "document_request", "id", headers={"X-Mailer": "Microsoft Outlook 16.0"})

add("gmail-thai-evaluation-form-en", D("2026-10-30 15:30"),
    "Suthida Charoenwong <suthida.c@polibatam.ac.id>",
    "Request course evaluation form in English",
    """Dear P4M krub/ka,

Do you have the course evaluation form (for students to evaluate the lecturer) in English version?
My students in RBT3102 include 4 exchange students from Thailand. Please send me the file if you have.

Thank you ka,
Suthida
""", "document_request", "en")

add("outlook-british-spmi-manual", D("2026-11-10 11:00"),
    "Dr. Eleanor Whitcombe <e.whitcombe@polibatam.ac.id>",
    "Quality assurance documents",
    """Dear colleagues,

I am preparing a short report for the British Council on how teaching quality is assured at host
institutions, and I wondered whether I might trouble you for a copy of the Polytechnic's quality
manual (Manual SPMI) and the academic policy document, in whatever language they exist. An English
summary would be splendid, but I shall manage perfectly well with the Indonesian.

With sincere thanks,
Eleanor Whitcombe
""", "document_request", "en", cte="quoted-printable", headers={"X-Mailer": "Microsoft Outlook 16.0"})

add("gmail-medan-kontrak-kuliah", D("2026-11-13 17:02"),
    "Lim Swee Hock <swee.hock@polibatam.ac.id>",
    "template kontrak kuliah",
    """Halo P4M,

Gua perlu template kontrak perkuliahan yang baru, yang ada logo P4M itu. Please send yang format
docx ya, biar gua bisa edit. Thanks banyak-banyak!

Lim
""", "document_request", "mixed")


# ---------------------------------------------------------------- other (7)

add("gmail-complaint-moodle-slow", D("2026-09-14 20:30"),
    "Taufik Hidayat <taufik.hidayat@polibatam.ac.id>",
    "e-learning lambat sekali",
    """Selamat malam,

Saya cuma mau menyampaikan keluhan: sejak awal semester e-learning lambat sekali kalau sore-malam,
buka satu halaman kursus bisa satu menit. Mahasiswa kelas malam sampai mengeluh ke saya. Tolong jadi
perhatian untuk ke depannya, karena kita semua bergantung pada sistem ini.

Terima kasih.
Taufik Hidayat
""", "other", "id", note="General complaint about speed; no specific support problem to solve.")

add("gmail-siakad-grade-change", D("2026-10-26 09:45"),
    "Nurhaliza Siregar <nurhaliza.s@polibatam.ac.id>",
    "mohon ubah nilai di SIAKAD",
    """Selamat pagi,

Mohon bantuan untuk mengubah nilai akhir mahasiswa a.n. Febri Ananda (NIM 4122401018) pada MK AK2208
Perpajakan I di SIAKAD dari C menjadi B, karena ada nilai tugas yang belum terinput.

Terima kasih,
Nurhaliza Siregar
""", "other", "id", note="Grade change in SIAKAD is not an e-learning course data change.")

add("outlook-library-account-change", D("2026-11-05 10:12"),
    "Ahmad Rifai <ahmad.rifai@polibatam.ac.id>",
    "ganti email akun perpustakaan",
    """Yth. Bapak/Ibu,

Mohon bantuan untuk mengganti alamat email pada akun perpustakaan digital (OPAC) saya dari
rifai.ahmad@gmail.com menjadi ahmad.rifai@polibatam.ac.id.

Terima kasih,
Ahmad Rifai
""", "other", "id", note="Change in the library system, not e-learning.",
    headers={"X-Mailer": "Microsoft Outlook 16.0"})

add("gmail-krama-thanks-done", D("2026-09-11 08:15"),
    "Suparno Hadiwijoyo <suparno@polibatam.ac.id>",
    "Re: Nyuwun tulung, ganti nama singkat MK",
    """Matur nuwun sanget Bapak/Ibu, nama singkatipun sampun gantos dados MEKTEK-GJL26. Cepet sanget.
Mugi-mugi tansah pinaringan sehat.

Suparno

Pada Kam, 10 Sep 2026 pukul 13.02 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:
> Yth. Bapak Suparno,
> Nama singkat MS2103 Mekanika Teknik sudah kami ubah menjadi MEKTEK-GJL26.
> Salam, Helpdesk P4M
""", "other", "id", note="Thanks after the change was done.")

add("gmail-filipino-email-alias", D("2026-11-11 13:20"),
    "Maricel Dela Cruz <maricel.delacruz@gmail.com>",
    "Campus email account request po",
    """Hello po,

Sorry to ask here. Could you please change the display name of my campus email account to
"Maricel Dela Cruz (Language Centre)" and add me to the lecturers' mailing list? I'm still using my
Gmail because I haven't received the campus email password yet.

Thank you po!
Maricel
""", "other", "en", note="Request for the e-mail system, not e-learning.")

add("gmail-mixed-plan-next-semester", D("2026-11-19 15:55"),
    "Gilang Ramadhan <gilang.r@polibatam.ac.id>",
    "FYI rencana semester genap",
    """Hi P4M,

Just FYI aja, semester genap nanti kemungkinan MK IF3205 Kecerdasan Buatan mau saya minta ganti nama
jadi "Kecerdasan Buatan Terapan", tapi masih nunggu rapat kurikulum bulan Januari. Nanti kalau sudah
fix saya email lagi ya. Sekarang belum perlu diapa-apain.

Cheers,
Gilang
""", "other", "mixed", note="A plan for later, explicitly not a request yet.")

add("gmail-mixed-thanks-workshop-photos", D("2026-11-24 10:40"),
    "Wulan Sari Pohan <wulan.pohan@polibatam.ac.id>",
    "Thanks for the workshop kemarin",
    """Hi tim P4M,

Thank you so much untuk workshop H5P kemarin, seru banget dan langsung kepake di kelas saya.
Btw ada foto-foto dokumentasinya nggak ya? Mau saya pakai buat laporan BKD. No rush kok.

Cheers,
Wulan
""", "other", "mixed")


# ---------------------------------------------------------------- auto (6)

add("exchange-recall-report", D("2026-09-08 14:20"),
    "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@polibatam.ac.id>",
    "Message Recall Report for message: Nota Dinas 0387/PL29.2/ELK/2026 - Perubahan kelas & semester MK",
    """Message recall report

Sender: Prodi Elektronika Manufaktur <elka@polibatam.ac.id>
Subject: Nota Dinas 0387/PL29.2/ELK/2026 - Perubahan kelas & semester MK
Recall requested: 9/8/2026 2:18 PM

Recipient                          Status
helpdesk-p4m@polibatam.ac.id       Recall failed: the message was already read

This is a system-generated message. Please do not reply.
""", "auto", "en", note="Office 365 message-recall report; no ticket.",
    headers={"Auto-Submitted": "auto-generated", "X-MS-Exchange-Generated-Message-Source": "Recall Service",
             "X-Auto-Response-Suppress": "All"}, to="elka@polibatam.ac.id, " + HELP)

add("zoom-registration-confirmation", D("2026-09-27 19:03"),
    "Zoom <no-reply@zoom.us>",
    "Webinar Registration Approved: Sharing Session Moodle 4.5 untuk Dosen Vokasi",
    """Hi Helpdesk P4M,

Thank you for registering for "Sharing Session Moodle 4.5 untuk Dosen Vokasi".

Date & Time: Oct 3, 2026 09:00 AM Jakarta
Join from PC, Mac, iPad, or Android: https://us06web.zoom.us/w/84512937702?tk=rE7tXk2w
Passcode: 451203

Add to Calendar | Cancel registration

You are receiving this email because you registered for this webinar. Zoom Video Communications, Inc.
55 Almaden Blvd, San Jose, CA 95113
""", "auto", "en", note="Zoom no-reply registration confirmation.",
    html_body="""<html><body><p>Hi Helpdesk P4M,</p><p>Thank you for registering for
"Sharing Session Moodle 4.5 untuk Dosen Vokasi".</p><table><tr><td>Date &amp; Time</td>
<td>Oct 3, 2026 09:00 AM Jakarta</td></tr><tr><td>Passcode</td><td>451203</td></tr></table>
<p><a href="https://us06web.zoom.us/w/84512937702?tk=rE7tXk2w">Join</a></p>
<p style="color:#999">You are receiving this email because you registered for this webinar.</p></body></html>
""", cte="quoted-printable",
    headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})

add("esign-completed-notification", D("2026-10-21 11:48"),
    "SignKita <no-reply@signkita.co.id>",
    "Selesai: Dokumen \"Kontrak Pelatihan Moodle 2026\" telah ditandatangani semua pihak",
    """SignKita

Dokumen Anda telah selesai

Semua pihak telah menandatangani dokumen "Kontrak Pelatihan Moodle 2026".
Pengirim: Unit Layanan Pengadaan Polibatam
Penandatangan: Kepala P4M; CV Mitra Edukasi Digital

LIHAT DOKUMEN

Jangan bagikan email ini. Email ini berisi tautan aman ke dokumen Anda.
Email ini dikirim otomatis, mohon tidak membalas. Butuh bantuan? Kunjungi pusat bantuan SignKita.
""", "auto", "id", note="DocuSign-style e-signature notification.",
    headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})

add("outlook-ooo-javanese", D("2026-11-03 13:52"),
    "Hendra Saputra Lubis <jti@polibatam.ac.id>",
    "Balasan Otomatis: Re: Nota Dinas 220/PL29.3/TI/2026 - Permohonan SOP Penyusunan RPS",
    """Sugeng siang, matur nuwun sampun ngirim email.

Nuwun sewu, kula saweg dinas luar kota (Yogyakarta) wiwit 2 ngantos 6 November 2026 lan winates
akses email. Kangge urusan jurusan ingkang wigatos, mangga hubungi Sekretaris Jurusan, Ibu Lestari
Ningsih (lestari.ningsih@polibatam.ac.id).

Email panjenengan badhe kula wangsuli sasampunipun kula wangsul.

Salam,
Hendra
""", "auto", "id", note="Out-of-office reply in Javanese-flavoured Indonesian.",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
             "X-MS-Exchange-Inbox-Rules-Loop": "jti@polibatam.ac.id"})

_bounce = """Return-Path: <>
From: Mail Delivery System <MAILER-DAEMON@mx1.polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Undelivered Mail Returned to Sender
Date: Fri, 13 Nov 2026 08:05:31 +0700
Message-ID: <20261113010531.7F1A2C0412@mx1.polibatam.ac.id>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="7F1A2C0412.1794537931/mx1.polibatam.ac.id"

This is a MIME-encapsulated message.

--7F1A2C0412.1794537931/mx1.polibatam.ac.id
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Ini adalah pesan dari program pengiriman surat di mx1.polibatam.ac.id.

Mohon maaf, pesan Anda tidak dapat dikirim ke satu atau lebih penerima.
Kotak surat penerima penuh (mailbox full) dan tidak dapat menerima pesan baru.

<taufik.hidayat@polibatam.ac.id>: host mail.polibatam.ac.id[10.10.1.25] said:
    552 5.2.2 Mailbox full: quota exceeded (in reply to end of DATA command)

--7F1A2C0412.1794537931/mx1.polibatam.ac.id
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.polibatam.ac.id
X-Postfix-Queue-ID: 7F1A2C0412
Arrival-Date: Fri, 13 Nov 2026 08:05:29 +0700

Final-Recipient: rfc822; taufik.hidayat@polibatam.ac.id
Action: failed
Status: 5.2.2
Remote-MTA: dns; mail.polibatam.ac.id
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: quota exceeded

--7F1A2C0412.1794537931/mx1.polibatam.ac.id
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
To: taufik.hidayat@polibatam.ac.id
Subject: [Tiket #P4M-2026-1102] Keluhan kecepatan e-learning
Date: Fri, 13 Nov 2026 08:05:20 +0700

--7F1A2C0412.1794537931/mx1.polibatam.ac.id--
"""
add("postfix-bounce-mailbox-full", D("2026-11-13 08:05"), "", "Undelivered Mail Returned to Sender", "",
    "auto", "id", note="Mailbox-full bounce (Indonesian notification).", raw=_bounce)
MSGS[-1]["date"] = D("2026-11-13 08:05").replace(second=31)

add("newsletter-list-unsubscribe", D("2026-11-27 06:00"),
    "Kabar Vokasi <buletin@kabarvokasi.id>",
    "Kabar Vokasi #47: Tren LMS 2027, hibah pembelajaran daring, dan lainnya",
    """KABAR VOKASI - Edisi 47, November 2026

Halo pembaca setia,

Di edisi ini:
1. Tren LMS 2027: apa yang berubah di Moodle 5?
2. Hibah Pembelajaran Daring Vokasi dibuka sampai 15 Desember 2026
3. Tips membuat video pembelajaran 5 menit dengan HP

Baca selengkapnya di https://kabarvokasi.id/edisi-47

Anda menerima email ini karena berlangganan Kabar Vokasi dengan alamat helpdesk-p4m@polibatam.ac.id.
Berhenti berlangganan: https://kabarvokasi.id/unsub?u=8f21c0
""", "auto", "id", note="Newsletter with List-Unsubscribe.",
    headers={"List-Unsubscribe": "<https://kabarvokasi.id/unsub?u=8f21c0>, <mailto:unsub@kabarvokasi.id>",
             "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk",
             "List-Id": "Kabar Vokasi <buletin.kabarvokasi.id>"})


# ---------------------------------------------------------------- main

def main():
    counts = {}
    langs = {}
    for m in MSGS:
        counts[m["typ"]] = counts.get(m["typ"], 0) + 1
        langs[m["lang"]] = langs.get(m["lang"], 0) + 1
    slugs = [m["slug"] for m in MSGS]
    assert len(set(slugs)) == len(slugs), "duplicate slug"
    order = sorted(MSGS, key=lambda m: (m["date"].astimezone(dt.timezone.utc), m["slug"]))
    labels = {}
    bad = False
    names = set()
    for i, m in enumerate(order, 1):
        name = "%03d-%s.eml" % (i, m["slug"])
        data = build(m)
        errs = check(m, data)
        if errs:
            bad = True
            print(name, errs)
        f = dict(m["fields"])
        if m["typ"] == "course_data":
            f.setdefault("changes", {})
        labels[name] = {"type": m["typ"], "lang": m["lang"], "fields": f, "note": m["note"]}
        names.add(name)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    for fn in os.listdir(HERE):
        if re.match(r"\d{3}-.*\.eml$", fn) and fn not in names:
            os.remove(os.path.join(HERE, fn))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("types", counts, "langs", langs, "total", len(MSGS))
    if counts != PLAN or bad:
        print("FAILED: counts differ from plan or checks failed", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()

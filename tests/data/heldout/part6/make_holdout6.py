#!/usr/bin/env python3
"""Held-out part6: 70 hand-written helpdesk mails (see ../README.md).

Standard library only and deterministic: boundaries, Message-IDs and attachment bytes come from each
message's slug, so a rerun rewrites byte-identical files.  Run: python3 make_holdout6.py
"""
import base64, datetime as dt, email, hashlib, html, io, json, os, quopri, re, sys, zipfile
from email import policy
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
HELPDESK = ("Helpdesk P4M", "helpdesk-p4m@polibatam.ac.id")
PLAN = {"course_data": 22, "announcement": 16, "elearning_support": 12,
        "document_request": 7, "other": 7, "auto": 6}
LANGS = {"id": 40, "en": 18, "mixed": 12}
MSGS = []


# ---------------------------------------------------------------- parts
class P:
    def __init__(self, kind, **kw):
        self.kind = kind
        self.__dict__.update(kw)


def T(text, cte="7bit", sub="plain", charset="utf-8", params=""):
    return P("leaf", ctype="text/" + sub, text=text, cte=cte, charset=charset, params=params, disp=None)


def H(markup, cte="quoted-printable", charset="utf-8"):
    return T(markup, cte=cte, sub="html", charset=charset)


def ALT(*parts):
    return P("multi", sub="alternative", parts=list(parts), params="")


def MIX(*parts):
    return P("multi", sub="mixed", parts=list(parts), params="")


def REL(*parts):
    return P("multi", sub="related", parts=list(parts), params="")


def ATT(filename, ctype, data, inline=False):
    return P("att", ctype=ctype, data=data, filename=filename, inline=inline)


def RFC822(raw):
    return P("rfc822", raw=raw)


def REPORT(text, status, headers):
    return P("report", text=text, status=status, headers=headers)


# ---------------------------------------------------------------- attachments
def docx(paragraphs):
    def esc(s):
        return html.escape(s, quote=False)
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % body)
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", doc),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 9, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def pdf(lines, title="Dokumen"):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ("<< /Title (%s) /Producer (P4M) >>" % esc(title)).encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)


def png(slug, w=48, h=32):
    import struct, zlib
    seed = hashlib.sha1(slug.encode()).digest()
    rows = b""
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            c = seed[(x // 8 + y // 8) % len(seed)]
            row += bytes([c, (c * 3) & 255, 255 - c])
        rows += bytes(row)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- serialising
def hdr(name, value):
    try:
        value.encode("ascii")
        return "%s: %s" % (name, value)
    except UnicodeEncodeError:
        return "%s: %s" % (name, Header(value, "utf-8", header_name=name).encode(linesep="\n"))


def addr(pair):
    if isinstance(pair, str):
        return pair
    return formataddr(pair, charset="utf-8")


def encode_body(text, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode("utf-8")).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(text.encode("utf-8")).decode("ascii")
    if cte == "7bit":
        text.encode("ascii")
    return text


def ser(part, slug, ctr):
    """Return (header lines, body text) of one MIME part."""
    if part.kind == "leaf":
        params = "; charset=\"%s\"" % part.charset + part.params
        hs = ["Content-Type: %s%s" % (part.ctype, params), "Content-Transfer-Encoding: " + part.cte]
        text = part.text if part.text.endswith("\n") else part.text + "\n"
        return hs, encode_body(text, part.cte)
    if part.kind == "att":
        hs = ["Content-Type: %s; name=\"%s\"" % (part.ctype, part.filename),
              "Content-Disposition: %s; filename=\"%s\"" % ("inline" if part.inline else "attachment",
                                                          part.filename),
              "Content-Transfer-Encoding: base64"]
        if part.inline:
            hs.append("Content-ID: <%s@p6>" % hashlib.sha1((slug + part.filename).encode()).hexdigest()[:12])
        return hs, base64.encodebytes(part.data).decode("ascii")
    if part.kind == "rfc822":
        return ["Content-Type: message/rfc822", "Content-Disposition: inline"], part.raw.rstrip("\n") + "\n"
    ctr[0] += 1
    b = "----=_Part_%d_%s" % (ctr[0], hashlib.sha1(("%s/%d" % (slug, ctr[0])).encode()).hexdigest()[:20])
    if part.kind == "report":
        subs = [("text/plain; charset=\"us-ascii\"", part.text),
                ("message/delivery-status", part.status),
                ("message/rfc822-headers", part.headers)]
        out = []
        for ct, txt in subs:
            out.append("--" + b + "\nContent-Type: " + ct + "\nContent-Transfer-Encoding: 7bit\n\n"
                       + txt.rstrip("\n") + "\n")
        return (["Content-Type: multipart/report; report-type=delivery-status;\n boundary=\"%s\"" % b],
                "".join(out) + "--" + b + "--\n")
    out = []
    for sp in part.parts:
        hs, body = ser(sp, slug, ctr)
        out.append("--" + b + "\n" + "\n".join(hs) + "\n\n" + body)
    return (["Content-Type: multipart/%s;\n boundary=\"%s\"%s" % (part.sub, b, part.params)],
            "\n".join(o.rstrip("\n") + "\n" for o in out) + "--" + b + "--\n")


def build(m):
    d = m["dt"]
    hs = [hdr("From", addr(m["frm"])), "To: " + addr(m.get("to", HELPDESK))]
    if m.get("cc"):
        hs.append("Cc: " + addr(m["cc"]))
    hs.append(hdr("Subject", m["subject"]))
    hs.append("Date: " + format_datetime(d))
    mid = hashlib.sha1(m["slug"].encode()).hexdigest()
    dom = (m["frm"][1] if not isinstance(m["frm"], str) else re.search(r"@([\w.-]+)", m["frm"]).group(1))
    dom = dom.split("@")[-1]
    hs.append("Message-ID: <%s.%s@%s>" % (mid[:16], mid[16:24], dom))
    for k, v in m.get("headers", []):
        hs.append(hdr(k, v) if "\n" not in v else "%s: %s" % (k, v))
    hs.append("MIME-Version: 1.0")
    phs, body = ser(m["body"], m["slug"], [0])
    raw = "\n".join(hs + phs) + "\n\n" + body
    assert "\r" not in raw
    return raw.replace("\n", "\r\n").encode("utf-8")


def M(date, slug, frm, subject, body, type, lang, fields=None, note="", **kw):
    ymd, hm = date.split(" ")[:2]
    tz = date.split(" ")[2] if len(date.split(" ")) > 2 else "+0700"
    sign = 1 if tz[0] == "+" else -1
    off = dt.timezone(sign * dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    y, mo, da = map(int, ymd.split("-"))
    hh, mi = map(int, hm.split(":")[:2])
    ss = int(hm.split(":")[2]) if hm.count(":") == 2 else (int(hashlib.sha1(slug.encode()).hexdigest(), 16) % 60)
    m = dict(dt=dt.datetime(y, mo, da, hh, mi, ss, tzinfo=off), slug=slug, frm=frm, subject=subject, body=body,
             type=type, lang=lang, fields=fields or {}, note=note)
    m.update(kw)
    MSGS.append(m)


def inner(frm, to, subject, date, text, extra=()):
    """A small plain message for message/rfc822 forwards (LF endings; converted on build)."""
    hs = [hdr("From", addr(frm)), "To: " + addr(to), hdr("Subject", subject), "Date: " + date]
    hs += ["%s: %s" % kv for kv in extra]
    hs += ["MIME-Version: 1.0", "Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: 8bit"]
    return "\n".join(hs) + "\n\n" + text.rstrip("\n") + "\n"


# ================================================================ course_data (22)
M("2026-09-02 07:48", "yahoo-gtquote-laboran-dosen-jarkom",
  ("Suryadi Laboran TI", "suryadi_lab.ti@yahoo.co.id"), "Re: Praktikum Jaringan Komputer semester ini",
  T("""Selamat pagi tim P4M,

Meneruskan pesan koordinator lab di bawah. Untuk course Praktikum Jaringan Komputer (IF2104) dosen pengampunya sebelumnya Riko Saputra, S.Kom. sekarang Nanda Pratiwi, M.T. Mohon diubah di e-learning ya, praktikum pertama Senin 7 September.

Trims,
Suryadi
Laboran Lab Jaringan - Gedung Utama lt. 5

Dikirim dari Yahoo Mail di Android

  Pada Sel, 1 Sep 2026 pada 16:20, Dedi Kurniawan<dedi.k@polibatam.ac.id> menulis:
> Pak Suryadi,
>
> Tolong sampaikan ke P4M ya, Pak Riko pindah ke prodi RKS, praktikum
> jarkom dipegang Bu Nanda mulai minggu depan.
>
> Dedi
> Koordinator Lab Jaringan
"""), "course_data", "id",
  {"course_code": "IF2104", "course_name": "Praktikum Jaringan Komputer", "changes": {"lecturer": "Nanda Pratiwi, M.T."}},
  headers=[("X-Mailer", "YahooMailAndroidMobile/6.40.1")])

M("2026-09-03 21:06", "iphone-oneliner-kajur-sks",
  ("Hendrik Sitorus", "hendrik@polibatam.ac.id"), "sks",
  T("""tolong sks MES3105 jadi 3. thx

Dikirim dari iPhone saya
""", cte="quoted-printable"), "course_data", "id",
  {"course_code": "MES3105", "changes": {"credits": "3"}},
  note="Head of department, one line; 'jadi 3' is the new credit value.")

M("2026-09-04 10:17 +0800", "outlook-singlish-shortname-sca",
  ("Jasmine Lim", "jasmine.lim@sp-logistics.edu.sg"), "Short name for joint course",
  ALT(T("""Hi P4M team,

Can help change the short name for our joint course Supply Chain Analytics (LOG4201)? From SCA-JOINT to SCA-SG26. Our students keep mixing it up with last year's run, quite confusing one.

Thanks ah!
Jasmine
--
Jasmine Lim | Lecturer, School of Logistics
"""),
      H("""<html><body><div style="font-family:Calibri">Hi P4M team,<br><br>Can help change the short name for our joint course Supply Chain Analytics (LOG4201)? From SCA-JOINT to SCA-SG26. Our students keep mixing it up with last year&#39;s run, quite confusing one.<br><br>Thanks ah!<br>Jasmine<br>--<br>Jasmine Lim | Lecturer, School of Logistics</div></body></html>""")),
  "course_data", "en",
  {"course_code": "LOG4201", "course_name": "Supply Chain Analytics", "changes": {"shortname": "SCA-SG26"}},
  headers=[("X-MS-Has-Attach", ""), ("Thread-Index", "AdtC1fWm3kq9Zr2bTn2k8pYQ1Lm0xA==")])

M("2026-09-08 09:33 +0800", "gmail-malay-mixed-fullname-drawing",
  ("Dr. Azlan Hashim", "azlan.hashim@uthm-partner.edu.my"), "Tukar nama kursus / course name change KPL2203",
  ALT(T("""Salam sejahtera tuan/puan,

Saya pensyarah bersama (joint lecturer) untuk kursus KPL2203 Marine Engineering Drawing. Sila tukar nama kursus tersebut from Marine Engineering Drawing to Technical Drawing for Ship Production, as agreed in our curriculum meeting last week. Nama lama tidak lagi sesuai dengan silibus baharu.

Terima kasih atas kerjasama.

Dr. Azlan Hashim
Pensyarah Kanan, Fakulti Kejuruteraan Mekanikal
"""),
      H("""<div dir="ltr">Salam sejahtera tuan/puan,<div><br></div><div>Saya pensyarah bersama (joint lecturer) untuk kursus KPL2203 Marine Engineering Drawing. Sila tukar nama kursus tersebut from Marine Engineering Drawing to Technical Drawing for Ship Production, as agreed in our curriculum meeting last week. Nama lama tidak lagi sesuai dengan silibus baharu.</div><div><br></div><div>Terima kasih atas kerjasama.</div><div><br></div><div>Dr. Azlan Hashim<br>Pensyarah Kanan, Fakulti Kejuruteraan Mekanikal</div></div>""")),
  "course_data", "mixed",
  {"course_code": "KPL2203", "course_name": "Marine Engineering Drawing",
   "changes": {"fullname": "Technical Drawing for Ship Production"}},
  note="Malaysian partner lecturer mixing Malay and English.")

M("2026-09-09 14:02", "outlook-htmlonly-ol-three-changes",
  ("Rina Oktaviani", "rina.oktaviani@polibatam.ac.id"), "Perubahan data course Sistem Tertanam",
  H("""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Yth. Tim P4M,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Sehubungan dengan penggabungan kelas praktikum, mohon perubahan berikut untuk course <b>Sistem Tertanam (ELK3204)</b>:</p>
<ol style="margin-top:0cm">
<li class="MsoNormal">Nama singkat SISTEM-TERTANAM diganti ST-ELK3A</li>
<li class="MsoNormal">Kelas menjadi EL-3A &amp; EL-3B</li>
<li class="MsoNormal">Enrolment key diganti tertanam2026</li>
</ol>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Terima kasih.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Salam,<br>Rina Oktaviani<br>Koordinator Laboratorium Teknik Elektro<br>Politeknik Negeri Batam</p>
</div></body></html>"""),
  "course_data", "id",
  {"course_code": "ELK3204", "course_name": "Sistem Tertanam",
   "changes": {"shortname": "ST-ELK3A", "class": "EL-3A & EL-3B", "enrolment_key": "tertanam2026"}},
  note="HTML-only numbered list of three changes to one course; the class value contains an HTML entity.",
  headers=[("Thread-Index", "AdtD9aJ2Qm1xw0rLQ0a1b7m3b0K1sQ=="), ("X-MS-Has-Attach", "")])

M("2026-09-10 06:51", "gmail-voice-nopunct-lecturer-statistika",
  ("Hendra Wijaya", "hendrawijaya.pnb@gmail.com"), "ganti dosen statistika bisnis",
  T("""selamat pagi pak tolong mata kuliah statistika bisnis kode MB2102 nama dosennya diganti yuliana sari karena saya mulai cuti melahirkan istri minggu depan jadi bu yuliana yang masuk kelas terima kasih pak
"""), "course_data", "id",
  {"course_code": "MB2102", "course_name": "statistika bisnis", "changes": {"lecturer": "yuliana sari"}},
  note="Dictated without punctuation.")

M("2026-09-11 16:40", "outlook-qp-shipyard-disclaimer-summary",
  ("Bambang Hartono", "bambang.hartono@nusantara-shipyard.co.id"), "Course summary - Welding Inspection",
  ALT(T("""Dear P4M team,

I teach Welding Inspection (MES4208) as a practitioner lecturer this semester. Could you please replace the course summary with the following text:

Visual and non-destructive inspection of welded joints in ship hulls, based on AWS D1.1 and class society rules, with weekly case studies from an operating shipyard.

The current summary still describes the old lab-only course.

Regards,
Bambang Hartono
QA/QC Manager - Welding
PT Nusantara Shipyard Batam | Tanjung Uncang

----------------------------------------------------------------------
DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee(s). If you are not the intended recipient, please notify the sender immediately and delete this e-mail from your system. Any unauthorised use, disclosure, copying or distribution is strictly prohibited. PT Nusantara Shipyard Batam accepts no liability for any damage caused by any virus transmitted by this e-mail, nor for any statement which is not made in the course of the company's business. Opinions expressed are those of the sender and do not necessarily reflect those of the company.
----------------------------------------------------------------------
""", cte="quoted-printable"),
      H("""<html><body><p>Dear P4M team,</p><p>I teach Welding Inspection (MES4208) as a practitioner lecturer this semester. Could you please replace the course summary with the following text:</p><p><i>Visual and non-destructive inspection of welded joints in ship hulls, based on AWS D1.1 and class society rules, with weekly case studies from an operating shipyard.</i></p><p>The current summary still describes the old lab-only course.</p><p>Regards,<br>Bambang Hartono<br>QA/QC Manager - Welding<br>PT Nusantara Shipyard Batam | Tanjung Uncang</p><hr><p style="font-size:8pt;color:#888">DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee(s). If you are not the intended recipient, please notify the sender immediately and delete this e-mail from your system. Any unauthorised use, disclosure, copying or distribution is strictly prohibited. PT Nusantara Shipyard Batam accepts no liability for any damage caused by any virus transmitted by this e-mail, nor for any statement which is not made in the course of the company&#39;s business. Opinions expressed are those of the sender and do not necessarily reflect those of the company.</p></body></html>""")),
  "course_data", "en",
  {"course_code": "MES4208", "course_name": "Welding Inspection",
   "changes": {"summary": "Visual and non-destructive inspection of welded joints in ship hulls, based on AWS D1.1 and class society rules, with weekly case studies from an operating shipyard."}},
  headers=[("Thread-Index", "AdtEa1c0m2V9b1x0S9q2kLmN3c2yZw==")])

M("2026-09-14 11:05", "zimbra-baak-inline-fwd-semester",
  ("BAAK Polibatam", "baak@polibatam.ac.id"), "Fwd: perubahan semester mata kuliah Akuntansi Biaya",
  T("""Yth. Tim P4M,

Mohon ditindaklanjuti permintaan dosen di bawah, karena terkait e-learning bukan wewenang BAAK.

Salam,
Wulan - Bagian Akademik (BAAK)
Politeknik Negeri Batam

----- Pesan Diteruskan -----
Dari: "Sri Handayani" <sri.handayani@polibatam.ac.id>
Kepada: "BAAK" <baak@polibatam.ac.id>
Terkirim: Senin, 14 September 2026 8:41:12
Subjek: perubahan semester mata kuliah Akuntansi Biaya

Selamat pagi BAAK,

Course Akuntansi Biaya (AKT2201) di e-learning masih tercatat semester Genap 2025/2026. Mohon semesternya diganti Ganjil 2026/2027 supaya muncul di daftar mahasiswa semester ini.

Terima kasih,
Sri Handayani, S.E., M.Ak.
Prodi Akuntansi Manajerial
""", cte="8bit"), "course_data", "id",
  {"course_code": "AKT2201", "course_name": "Akuntansi Biaya", "changes": {"semester": "Ganjil 2026/2027"}},
  note="Academic administration forwards a lecturer's request inline.",
  headers=[("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC128 (Win)/9.0.0_GA_4546)")])

M("2026-09-15 13:27", "thunderbird-flowed-diganti-kelas",
  ("Agus Salim", "agus.salim@polibatam.ac.id"), "Kelas Pemrograman Mikrokontroler",
  T("""Siang,

Mohon bantuannya: pada course Pemrograman Mikrokontroler (TRK2105) kelas TRK-2B  
diganti TRK-2C. Yang praktikum di lab robotika semester ini ternyata  
kelas C, bukan B.

--
Agus Salim
Koordinator Lab Robotika
""", params="; format=flowed"), "course_data", "id",
  {"course_code": "TRK2105", "course_name": "Pemrograman Mikrokontroler", "changes": {"class": "TRK-2C"}},
  headers=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.15.0")])

M("2026-09-16 18:12 +0800", "gmail-singlish-credits-lecturer-anm",
  ("Kelvin Ong", "kelvin.ong.sg@gmail.com"), "ANM3110 Motion Graphics - 2 things",
  T("""Hi hi,

For ANM3110 Motion Graphics, two things pls:
- credits from 2 to 3 (the studio hours got added in, approved already)
- lecturer change to Tan Wei Ming, he's our adjunct, I only do the first 4 weeks

Thanks ya, sorry to trouble.

Kelvin Ong 王凯文
Sent from my iPhone
""", cte="base64"), "course_data", "en",
  {"course_code": "ANM3110", "course_name": "Motion Graphics", "changes": {"credits": "3", "lecturer": "Tan Wei Ming"}})

M("2026-09-17 09:20", "gmail-docx-only-form-bdl",
  ("Yoga Pratama", "yoga.pratama@polibatam.ac.id"), "form perubahan data mk",
  MIX(T("""Terlampir form perubahan. Trims

--
Yoga
Laboran Lab Basis Data
"""),
      ATT("Form_Perubahan_Data_MK_BDL.docx",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          docx(["FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING",
                "Unit: Laboratorium Basis Data, Jurusan Teknik Informatika",
                "Kode mata kuliah: IF3202",
                "Nama mata kuliah: Basis Data Lanjut",
                "Perubahan yang diminta:",
                "Nama singkat baru: BDL-IF3202",
                "Enrolment key baru: bdl#ganjil26",
                "Alasan: nama singkat lama bentrok dengan course arsip 2024; key lama tersebar di grup angkatan.",
                "Pemohon: Yoga Pratama (laboran)   Mengetahui: Koordinator Lab"]))),
  "course_data", "id",
  {"course_code": "IF3202", "course_name": "Basis Data Lanjut",
   "changes": {"shortname": "BDL-IF3202", "enrolment_key": "bdl#ganjil26"}},
  note="The request is only in the DOCX form.")

M("2026-09-18 15:44", "outlook-logistics-mixed-enrolkey",
  ("Fransiska Manurung", "fransiska.m@kepri-logistik.co.id"), "Enrolment key Warehouse Management",
  ALT(T("""Dear tim P4M,

Saya praktisi dari PT Kepri Logistik yang mengajar course Warehouse Management (LOG2204). Please change the enrolment key jadi WH-batam26, karena key lama sudah tersebar ke mahasiswa di luar kelas saya.

Thank you,
Fransiska Manurung
Warehouse Operations Lead
PT Kepri Logistik Indonesia

This message (including any attachments) is intended only for the use of the individual or entity to which it is addressed and may contain information that is privileged and confidential. If you have received this message in error, please notify us immediately by reply e-mail and delete it.
""", cte="quoted-printable"),
      H("""<html><body style="font-family:Arial;font-size:10pt"><p>Dear tim P4M,</p><p>Saya praktisi dari PT Kepri Logistik yang mengajar course Warehouse Management (LOG2204). Please change the enrolment key jadi WH-batam26, karena key lama sudah tersebar ke mahasiswa di luar kelas saya.</p><p>Thank you,<br>Fransiska Manurung<br>Warehouse Operations Lead<br>PT Kepri Logistik Indonesia</p><p style="font-size:7pt;color:gray">This message (including any attachments) is intended only for the use of the individual or entity to which it is addressed and may contain information that is privileged and confidential. If you have received this message in error, please notify us immediately by reply e-mail and delete it.</p></body></html>""")),
  "course_data", "mixed",
  {"course_code": "LOG2204", "course_name": "Warehouse Management", "changes": {"enrolment_key": "WH-batam26"}})

M("2026-09-21 08:03", "yahoo-allcaps-sebelumnya-sekarang",
  ("Darmawan", "darmawan_ti@yahoo.co.id"), "MOHON GANTI NAMA MATA KULIAH IF1101",
  T("""Yth P4M

Mohon nama mata kuliah IF1101 di elearning diganti sesuai kurikulum baru:

Sebelumnya : Pengantar Teknologi Informasi
Sekarang   : Literasi Digital dan Teknologi Informasi

Kode tetap sama. Terima kasih

Darmawan
Dosen TI

Dikirim dari Yahoo Mail di iPhone
""", cte="quoted-printable"), "course_data", "id",
  {"course_code": "IF1101", "course_name": "Pengantar Teknologi Informasi",
   "changes": {"fullname": "Literasi Digital dan Teknologi Informasi"}},
  headers=[("X-Mailer", "Yahoo Mail iOS/6.39.0")])

M("2026-09-11 12:30 +0800", "outlook-malay-words-enrolkey-automation",
  ("Norhayati Ismail", "norhayati@poli-partner.edu.my"), "Enrolment key - kursus Industrial Automation",
  T("""Dear Sir/Madam,

Sila change the enrolment key for the kursus Industrial Automation (EL4105) to auto2026MY. Our pensyarah will share it with the exchange students on Monday 14 September during the briefing.

Thank you and best regards,
Norhayati Ismail
International Office / Pensyarah, Jabatan Kejuruteraan Elektrik
"""), "course_data", "en",
  {"course_code": "EL4105", "course_name": "Industrial Automation", "changes": {"enrolment_key": "auto2026MY"}},
  note="English with a few Malay words (sila, kursus, pensyarah).")

M("2026-09-22 20:15", "gmail-kajur-terse-nocode-kwu",
  ("Kajur Manajemen Bisnis", "kajur.mb@polibatam.ac.id"), "course kewirausahaan",
  ALT(T("""Course Kewirausahaan tolong dosennya ganti ke Ferry Gunawan, S.E., M.M. mulai minggu ini.
-Kajur MB
"""),
      H("""<div dir="ltr">Course Kewirausahaan tolong dosennya ganti ke Ferry Gunawan, S.E., M.M. mulai minggu ini.<br>-Kajur MB</div>""")),
  "course_data", "id",
  {"course_name": "Kewirausahaan", "changes": {"lecturer": "Ferry Gunawan, S.E., M.M."}},
  note="No course code given.")

M("2026-09-23 10:48", "gmail-missing-value-shortname-fisika",
  ("Lestari Wulandari", "lestari.w@polibatam.ac.id"), "Nama singkat course Fisika Terapan",
  T("""Selamat siang,

Mohon nama singkat course Fisika Terapan (TRK1103) diubah, karena sekarang sama persis dengan course Fisika Terapan milik prodi Mesin dan mahasiswa sering salah masuk. Nama singkat barunya menyusul, masih saya koordinasikan dengan kaprodi hari ini.

Terima kasih,
Lestari Wulandari
Laboran Fisika
""", cte="8bit"), "course_data", "id",
  {"course_code": "TRK1103", "course_name": "Fisika Terapan", "changes": {}},
  note="Asks for a short-name change now but the new value is not given yet.")

M("2026-09-24 17:55", "outlook-electronics-factory-class-smt",
  ("Wong Chee Keong", "ck.wong@batam-electro.co.id"), "SMT Process Technology - wrong class",
  T("""Hi,

I'm the guest lecturer for SMT Process Technology (ELK4210). The class listed on elearning should be EL-4A not EL-4B. Please fix it before Friday's session.

Thanks
CK Wong
Process Engineering Manager, SMT Line 3
PT Batam Electro Manufacturing | Batamindo Industrial Park, Muka Kuning

CONFIDENTIALITY NOTICE: The information contained in this email and any attachment is confidential and may be legally privileged. It is intended solely for the named recipient. If you are not the intended recipient, you must not read, use, copy, distribute or disclose this email or any part of it. Please notify the sender and permanently delete this email. PT Batam Electro Manufacturing does not guarantee that this email is free of viruses or other defects and accepts no responsibility for any loss or damage arising from its use. Email communications are not secure and may be monitored for compliance purposes.
""", cte="quoted-printable"), "course_data", "en",
  {"course_code": "ELK4210", "course_name": "SMT Process Technology", "changes": {"class": "EL-4A"}},
  headers=[("X-MS-Has-Attach", ""), ("Thread-Index", "AdtMm1x9Pq0b3e8cR2p1w4Zx7Ykq3A==")])

M("2026-09-28 13:10", "zimbra-reply-mixed-summary-cv",
  ("Maya Puspita", "maya.puspita@polibatam.ac.id"), "Re: course Computer Vision",
  T("""Hi tim, please update the summary ya, untuk course Computer Vision (RPL4103). New summary-nya:

Praktikum pengolahan citra dengan OpenCV dan Python; wajib membawa laptop sendiri.

The old one still mentions MATLAB. Thanks!

Maya
Koordinator Lab Multimedia

----- Original Message -----
From: "Helpdesk P4M" <helpdesk-p4m@polibatam.ac.id>
To: "Maya Puspita" <maya.puspita@polibatam.ac.id>
Sent: Monday, 28 September 2026 09:02:44
Subject: Re: course Computer Vision

Bu Maya, course Computer Vision sudah kami pindahkan ke kategori RPL semester ganjil. Kalau ada perubahan lain silakan kirim kembali.
"""), "course_data", "mixed",
  {"course_code": "RPL4103", "course_name": "Computer Vision",
   "changes": {"summary": "Praktikum pengolahan citra dengan OpenCV dan Python; wajib membawa laptop sendiri."}},
  headers=[("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF118 (Linux)/9.0.0_GA_4546)"),
           ("In-Reply-To", "<p4m-reply-2026092809@polibatam.ac.id>")])

M("2026-09-29 10:22", "gmail-pdf-letter-kp-credits-semester",
  ("Sekretariat Jurusan Teknik Elektro", "jte@polibatam.ac.id"), "Surat Jurusan: perubahan data MK Kerja Praktik",
  MIX(T("""Dengan hormat,

Bersama ini kami sampaikan surat terlampir perihal perubahan data mata kuliah pada e-learning. Atas perhatiannya kami ucapkan terima kasih.

Hormat kami,
Sekretariat Jurusan Teknik Elektro
"""),
      ATT("Surat_JTE_112_2026.pdf", "application/pdf", pdf([
          "JURUSAN TEKNIK ELEKTRO - POLITEKNIK NEGERI BATAM",
          "Nomor: 112/PL29.2/JTE/2026            Batam, 29 September 2026",
          "Hal: Perubahan data mata kuliah e-learning",
          "",
          "Kepada Yth. Kepala P4M",
          "Sesuai keputusan rapat jurusan, mohon perubahan data course berikut:",
          "Mata kuliah: Kerja Praktik (EL5101)",
          "1. SKS diubah menjadi 4",
          "2. Semester diubah menjadi Ganjil 2026/2027",
          "Demikian, atas kerja samanya kami ucapkan terima kasih.",
          "Ketua Jurusan Teknik Elektro",
      ], "Surat JTE 112/2026"))),
  "course_data", "id",
  {"course_code": "EL5101", "course_name": "Kerja Praktik", "changes": {"credits": "4", "semester": "Ganjil 2026/2027"}},
  note="The request is only in the PDF letter.")

M("2026-09-30 07:12", "iphone-short-rename-gm2106",
  ("Ivan Simanjuntak", "ivan.s@polibatam.ac.id"), "Rename GM2106",
  T("""Pls rename GM2106 from Survey Pemetaan I to Land Surveying I, we teach it in English for the IUP class now.

Sent from my iPhone
"""), "course_data", "en",
  {"course_code": "GM2106", "course_name": "Survey Pemetaan I", "changes": {"fullname": "Land Surveying I"}},
  headers=[("X-Mailer", "iPhone Mail (22A3354)")])

M("2026-10-01 14:36", "outlook-upttik-rfc822-shortname-kj",
  ("UPT TIK Polibatam", "upt.tik@polibatam.ac.id"), "FW: nama singkat course Keamanan Jaringan",
  MIX(T("""Selamat siang rekan P4M,

Kami teruskan email dosen terlampir. Permintaannya terkait data course e-learning, jadi bukan ranah UPT TIK (kami hanya menangani akun SSO dan jaringan). Mohon dibantu.

Salam,
Helpdesk UPT TIK
Ext. 1207
"""),
      RFC822(inner(("Arief Nugroho", "arief.nugroho@polibatam.ac.id"), ("UPT TIK", "upt.tik@polibatam.ac.id"),
                   "nama singkat course Keamanan Jaringan", "Thu, 01 Oct 2026 09:14:03 +0700",
                   """Selamat pagi,

Mohon nama singkat course Keamanan Jaringan (IF3206) diganti menjadi KJ-IF3206-GJL26 supaya tidak tertukar dengan course semester lalu.

Terima kasih
Arief Nugroho
Dosen Teknik Informatika
"""))),
  "course_data", "id",
  {"course_code": "IF3206", "course_name": "Keamanan Jaringan", "changes": {"shortname": "KJ-IF3206-GJL26"}},
  note="The IT unit forwards the lecturer's mail as message/rfc822.",
  headers=[("Thread-Index", "AdtRk2m0a1b2c3d4e5f6g7h8i9j0kA=="), ("X-MS-Has-Attach", "yes")])

M("2026-10-02 11:58", "gmail-shipyard-mixed-numbered-ppk",
  ("Yusuf Harahap", "yusuf.harahap@nusantara-shipyard.co.id"), "perubahan course Ship Production Planning",
  ALT(T("""Pagi Pak/Bu,

Tolong beberapa perubahan for course Ship Production Planning (KPL3104), sesuai diskusi dengan kaprodi kemarin:

1) fullname jadi Perencanaan Produksi Kapal
2) credits 2 -> 3
3) shortname jadi PPK-KPL3104

Materi tetap saya yang pegang, only the data changes. Thanks.

Yusuf Harahap
Planning Dept. - PT Nusantara Shipyard Batam

Disclaimer: This email is confidential. If you are not the intended recipient please delete it and notify the sender. The company is not liable for any loss arising from the use of this email.
"""),
      H("""<div dir="ltr"><div>Pagi Pak/Bu,</div><div><br></div><div>Tolong beberapa perubahan for course Ship Production Planning (KPL3104), sesuai diskusi dengan kaprodi kemarin:</div><div><br></div><div>1) fullname jadi Perencanaan Produksi Kapal</div><div>2) credits 2 -&gt; 3</div><div>3) shortname jadi PPK-KPL3104</div><div><br></div><div>Materi tetap saya yang pegang, only the data changes. Thanks.</div><div><br></div><div>Yusuf Harahap<br>Planning Dept. - PT Nusantara Shipyard Batam</div><div><br></div><div style="font-size:8px">Disclaimer: This email is confidential. If you are not the intended recipient please delete it and notify the sender. The company is not liable for any loss arising from the use of this email.</div></div>""")),
  "course_data", "mixed",
  {"course_code": "KPL3104", "course_name": "Ship Production Planning",
   "changes": {"fullname": "Perencanaan Produksi Kapal", "credits": "3", "shortname": "PPK-KPL3104"}})


# ================================================================ announcement (16)
M("2026-11-25 20:31", "gmail-hima-besok-pagi-techtalk",
  ("HIMA Teknik Informatika", "hima.if@students.polibatam.ac.id"), "Permohonan publikasi pengumuman Batam Tech Talk",
  ALT(T("""Selamat malam tim P4M,

Kami dari Divisi Humas HIMA Teknik Informatika ingin memohon bantuan untuk menayangkan pengumuman di halaman depan e-learning (untuk semua mahasiswa):

Judul: Undangan Batam Tech Talk 2026
Isi: HIMA-IF mengundang seluruh mahasiswa Polibatam mengikuti Batam Tech Talk 2026 bersama praktisi industri, Kamis 10/12 jam 19.30 via Zoom. Pendaftaran melalui link di bio Instagram @himaif.polibatam.

Kalau bisa ditayangkan besok pagi jam 7 ya kak, supaya terbaca sebelum kuliah pagi.

Terima kasih banyak.

Salam,
Nadia Putri
Sekretaris Divisi Humas HIMA-IF 2026
"""),
      H("""<div dir="ltr">Selamat malam tim P4M,<br><br>Kami dari Divisi Humas HIMA Teknik Informatika ingin memohon bantuan untuk menayangkan pengumuman di halaman depan e-learning (untuk semua mahasiswa):<br><br><b>Judul:</b> Undangan Batam Tech Talk 2026<br><b>Isi:</b> HIMA-IF mengundang seluruh mahasiswa Polibatam mengikuti Batam Tech Talk 2026 bersama praktisi industri, Kamis 10/12 jam 19.30 via Zoom. Pendaftaran melalui link di bio Instagram @himaif.polibatam.<br><br>Kalau bisa ditayangkan besok pagi jam 7 ya kak, supaya terbaca sebelum kuliah pagi.<br><br>Terima kasih banyak.<br><br>Salam,<br>Nadia Putri<br>Sekretaris Divisi Humas HIMA-IF 2026</div>""")),
  "announcement", "id",
  {"title": "Undangan Batam Tech Talk 2026", "scope": "site", "publish_at": "2026-11-26T07:00:00+07:00"},
  note="Publish 'besok pagi jam 7' from the Date header; 'Kamis 10/12 jam 19.30' is the event, not the publish time.")

M("2026-10-15 09:40", "outlook-humas-senin-depan-dies",
  ("Humas Polibatam", "humas@polibatam.ac.id"), "Permohonan penayangan pengumuman Dies Natalis",
  MIX(ALT(T("""Yth. Pengelola E-Learning P4M,

Dalam rangka Dies Natalis Politeknik Negeri Batam, kami mohon bantuan penayangan pengumuman berikut di halaman utama e-learning:

Judul: Rangkaian Kegiatan Dies Natalis Politeknik Negeri Batam 2026
Isi: terlampir (poster dan teks).

Mohon ditayangkan Senin depan jam 08.00 WIB dan diturunkan setelah acara puncak.

Terima kasih atas kerja samanya.

Salam hangat,
Unit Hubungan Masyarakat
Politeknik Negeri Batam
Jl. Ahmad Yani, Batam Centre
""", cte="quoted-printable"),
          H("""<html><body><p>Yth. Pengelola E-Learning P4M,</p><p>Dalam rangka Dies Natalis Politeknik Negeri Batam, kami mohon bantuan penayangan pengumuman berikut di halaman utama e-learning:</p><table border="1" cellpadding="4" style="border-collapse:collapse"><tr><td>Judul</td><td>Rangkaian Kegiatan Dies Natalis Politeknik Negeri Batam 2026</td></tr><tr><td>Isi</td><td>terlampir (poster dan teks)</td></tr></table><p>Mohon ditayangkan Senin depan jam 08.00 WIB dan diturunkan setelah acara puncak.</p><p>Terima kasih atas kerja samanya.</p><p>Salam hangat,<br>Unit Hubungan Masyarakat<br>Politeknik Negeri Batam<br>Jl. Ahmad Yani, Batam Centre</p></body></html>""")),
      ATT("Teks_Pengumuman_Dies_Natalis.docx",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          docx(["Rangkaian Kegiatan Dies Natalis Politeknik Negeri Batam 2026",
                "Jalan sehat civitas akademika: Minggu, 1 November 2026, start 06.00 di halaman Gedung Utama.",
                "Lomba antar-jurusan: 2 - 6 November 2026.",
                "Sidang terbuka Dies Natalis: Kamis, 5 November 2026 pukul 09.00 di Auditorium.",
                "Seluruh mahasiswa dan dosen diharapkan berpartisipasi."]))),
  "announcement", "id",
  {"title": "Rangkaian Kegiatan Dies Natalis Politeknik Negeri Batam 2026", "scope": "site",
   "publish_at": "2026-10-19T08:00:00+07:00"},
  note="Public relations asks on behalf of the institution; 'Senin depan' from a Thursday is 19 October.",
  headers=[("Thread-Index", "AdtS1kq2b3c4d5e6f7g8h9i0j1k2lA=="), ("X-MS-Has-Attach", "yes")])

M("2026-09-21 16:05 +0800", "gmail-singapore-tomorrow-9am-sgt",
  ("Jasmine Lim", "jasmine.lim@sp-logistics.edu.sg"), "Announcement for SCA students",
  T("""Hi again,

Pls post an announcement in the Supply Chain Analytics course (LOG4201) for our combined class.

Title: Guest Talk by PSA Port Engineer
Text: Our guest speaker from the port will share how terminal operations are planned. Attendance is compulsory, session is on Thursday 24 September, 2pm Singapore time (1pm Batam).

Can post it tomorrow 9am Singapore time? Thanks ah.

Jasmine
"""), "announcement", "en",
  {"course_code": "LOG4201", "course_name": "Supply Chain Analytics", "title": "Guest Talk by PSA Port Engineer",
   "scope": "course", "publish_at": "2026-09-22T08:00:00+07:00"},
  note="Publish time given in Singapore time (+08:00), converted to WIB.")

M("2026-11-20 10:26", "thunderbird-laboran-date-only-des26",
  ("Teguh Santoso", "teguh.santoso@polibatam.ac.id"), "Pengumuman di course Elektronika Dasar",
  T("""Pagi,

Mohon dibuatkan pengumuman di course Elektronika Dasar (ELK1102):

Judul: Jadwal Praktikum Pengganti
Isi: Praktikum modul 6 (op-amp) yang batal karena pemadaman listrik diganti minggu depan, jadwal per kelompok dapat dilihat di papan lab. Bawa laporan awal.

Tolong ditayangkan tgl 10 Des '26, jangan sekarang karena jadwalnya belum final.

Makasih,
Teguh - Koordinator Lab Elektronika
"""), "announcement", "id",
  {"course_code": "ELK1102", "course_name": "Elektronika Dasar", "title": "Jadwal Praktikum Pengganti", "scope": "course"},
  note="A publish date without a clock time: no publish_at.",
  headers=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.0")])

M("2026-11-09 13:15", "gmail-bem-allcaps-lusa-pemira",
  ("BEM Polibatam", "bem@students.polibatam.ac.id"), "MOHON PUBLIKASI PENGUMUMAN PEMILIHAN RAYA BEM 2026",
  T("""Assalamualaikum wr wb

Dengan hormat, kami Komisi Pemilihan Umum BEM Polibatam memohon agar pengumuman berikut ditayangkan di e-learning untuk seluruh mahasiswa.

Judul pengumuman: PEMIRA BEM Polibatam 2026
Isi: Pemungutan suara Pemilihan Raya Ketua dan Wakil Ketua BEM dilaksanakan Jumat 20/11 pukul 08.00-15.00 secara daring melalui akun SSO masing-masing. Gunakan hak pilihmu!

Mohon ditayangkan lusa jam 12.00 (setelah debat kandidat selesai).

Hormat kami,
Rafi Alfarizi
Ketua KPU BEM 2026
""", cte="quoted-printable"), "announcement", "id",
  {"title": "PEMIRA BEM Polibatam 2026", "scope": "site", "publish_at": "2026-11-11T12:00:00+07:00"},
  note="'lusa jam 12.00' from Monday 9 November; the voting day is the event.")

M("2026-10-14 21:48", "iphone-kajur-terse-libur-besok",
  ("Dr. Nurhalimah", "nurhalimah@polibatam.ac.id"), "umumkan",
  T("""Umumkan di course Manajemen Proyek (MB3105): kuliah besok libur, diganti Sabtu 17 Okt jam 08.00 R. 804.
-NH

Dikirim dari iPhone saya
"""), "announcement", "id",
  {"course_code": "MB3105", "course_name": "Manajemen Proyek", "scope": "course"},
  note="Terse order from a head of department; no title, and the time given is the replacement lecture, not a publish time.")

M("2026-10-21 11:02 +0800", "outlook-malay-publish-monday-wib",
  ("Norhayati Ismail", "norhayati@poli-partner.edu.my"), "Announcement for kursus Industrial Automation",
  ALT(T("""Dear P4M team,

Sila post an announcement to the students of kursus Industrial Automation (EL4105):

Title: Guest Lecture: PLC Programming in Practice
Content: Our pensyarah Ir. Kamarul Zaman will deliver an online lecture on Wednesday 28 October 2026, 3pm Malaysia time (2pm WIB). The Teams link will be shared in the course.

Please publish it on Monday 26 October at 8.00 am WIB.

Terima kasih,
Norhayati
"""),
      H("""<html><body><p>Dear P4M team,</p><p>Sila post an announcement to the students of kursus Industrial Automation (EL4105):</p><p><b>Title:</b> Guest Lecture: PLC Programming in Practice<br><b>Content:</b> Our pensyarah Ir. Kamarul Zaman will deliver an online lecture on Wednesday 28 October 2026, 3pm Malaysia time (2pm WIB). The Teams link will be shared in the course.</p><p>Please publish it on Monday 26 October at 8.00 am WIB.</p><p>Terima kasih,<br>Norhayati</p></body></html>""")),
  "announcement", "en",
  {"course_code": "EL4105", "course_name": "Industrial Automation", "title": "Guest Lecture: PLC Programming in Practice",
   "scope": "course", "publish_at": "2026-10-26T08:00:00+07:00"},
  headers=[("Thread-Index", "AdtZc3v4w5x6y7z8a9b0c1d2e3f4gA==")])

M("2026-10-28 14:20", "outlook-library-mixed-ieee-trial",
  ("Perpustakaan Polibatam", "library@polibatam.ac.id"), "Request pengumuman: trial IEEE Xplore",
  T("""Dear tim P4M,

Perpustakaan sedang mendapat trial access ke IEEE Xplore selama satu bulan. We would like to inform all students and lecturers via e-learning front page.

Title: Trial Access IEEE Xplore Digital Library
Isi: Akses trial IEEE Xplore dibuka 2 - 30 November 2026 dari jaringan kampus dan VPN. Feedback can be sent to library@polibatam.ac.id.

Mohon tayang Senin, 2 November 2026 pukul 09.00. Thank you!

Best regards,
Citra Ayu
Pustakawan - Layanan Referensi dan E-Resources
UPT Perpustakaan Politeknik Negeri Batam
""", cte="quoted-printable"), "announcement", "mixed",
  {"title": "Trial Access IEEE Xplore Digital Library", "scope": "site", "publish_at": "2026-11-02T09:00:00+07:00"},
  headers=[("X-MS-Has-Attach", "")])

M("2026-10-29 19:03", "gmail-voice-nopunct-donor-darah",
  ("Bagas Hima Elektro", "bagas.hme@students.polibatam.ac.id"), "pengumuman donor darah",
  T("""halo kak tolong umumkan di elearning buat semua mahasiswa ada donor darah hima elektro hari rabu 4 november jam 8 sampai 12 di aula gedung utama syaratnya sehat berat badan minimal 45 kilo dan sudah sarapan terima kasih kak
"""), "announcement", "id",
  {"scope": "site"},
  note="Dictated without punctuation; the time is the event, there is no title and no publish time.")

M("2026-10-06 15:30", "outlook-logistics-friday-9am-sitevisit",
  ("Daniel Sihombing", "daniel.sihombing@kepri-logistik.co.id"), "Announcement for Freight Forwarding class",
  T("""Dear P4M,

Please announce to my class in Freight Forwarding (LOG3203) that next week's session will be a site visit.

Title: Site Visit - Kabil Warehouse
Text: Next week's session is held at the PT Kepri Logistik warehouse in Kabil. Meet at the main gate at 13.00, closed shoes and ID card required.

Please publish it on Friday at 9am.

Best regards,
Daniel Sihombing
Customs & Freight Supervisor
PT Kepri Logistik Indonesia

IMPORTANT: This e-mail is confidential and may be privileged. If you are not the intended recipient, please delete it and notify the sender; do not copy or disclose its contents. PT Kepri Logistik Indonesia accepts no liability for the content of this e-mail or for the consequences of any actions taken on the basis of the information provided.
"""), "announcement", "en",
  {"course_code": "LOG3203", "course_name": "Freight Forwarding", "title": "Site Visit - Kabil Warehouse",
   "scope": "course", "publish_at": "2026-10-09T09:00:00+07:00"},
  note="'Friday at 9am' resolves against the Date header (Tuesday 6 October).")

M("2026-11-17 10:12", "outlook-upttik-hariini-maintenance",
  ("UPT TIK Polibatam", "upt.tik@polibatam.ac.id"), "Pengumuman pemeliharaan server e-learning",
  ALT(T("""Rekan P4M,

Mohon bantuan menayangkan pengumuman di halaman depan e-learning:

Judul: Pemeliharaan Server E-Learning 21 November 2026
Isi: Layanan e-learning tidak dapat diakses pada Sabtu, 21 November 2026 pukul 22.00 s.d. Minggu, 22 November 2026 pukul 02.00 WIB karena pemeliharaan server dan pembaruan Moodle. Mohon tidak menjadwalkan kuis pada rentang waktu tersebut.

Mohon ditayangkan hari ini jam 16.00.

Terima kasih,
Helpdesk UPT TIK – Ext. 1207
""", cte="quoted-printable"),
      H("""<html><body><p>Rekan P4M,</p><p>Mohon bantuan menayangkan pengumuman di halaman depan e-learning:</p><p><b>Judul:</b> Pemeliharaan Server E-Learning 21 November 2026<br><b>Isi:</b> Layanan e-learning tidak dapat diakses pada Sabtu, 21 November 2026 pukul 22.00 s.d. Minggu, 22 November 2026 pukul 02.00 WIB karena pemeliharaan server dan pembaruan Moodle. Mohon tidak menjadwalkan kuis pada rentang waktu tersebut.</p><p>Mohon ditayangkan hari ini jam 16.00.</p><p>Terima kasih,<br>Helpdesk UPT TIK</p></body></html>""")),
  "announcement", "id",
  {"title": "Pemeliharaan Server E-Learning 21 November 2026", "scope": "site",
   "publish_at": "2026-11-17T16:00:00+07:00"},
  note="The maintenance window is the event; the publish time is 'hari ini jam 16.00'.")

M("2026-10-27 21:40 +0800", "gmail-wita-besok-praktikum-fisika",
  ("Lestari Wulandari", "lestari.w@polibatam.ac.id"), "tolong post pengumuman praktikum fisika",
  T("""Malam tim P4M, sorry mendadak, I'm in Balikpapan for a workshop.

Tolong post pengumuman di course Praktikum Fisika (TRK1104P):
Judul: Praktikum Minggu ke-9 Ditiadakan
Isi: Praktikum minggu ini ditiadakan, laporan modul 8 tetap dikumpulkan lewat e-learning.

Publish besok jam 06.00 WITA ya. Thanks a lot!

Lestari

Sent from my Galaxy
"""), "announcement", "mixed",
  {"course_code": "TRK1104P", "course_name": "Praktikum Fisika", "title": "Praktikum Minggu ke-9 Ditiadakan",
   "scope": "course", "publish_at": "2026-10-28T05:00:00+07:00"},
  note="Sent from WITA (+08:00); 06.00 WITA the next day is 05.00 WIB.")

M("2026-11-18 16:47", "yahoo-gtquote-hima-akt-senin-depan",
  ("HIMA Akuntansi", "hima_akuntansi@yahoo.co.id"), "Re: Pengumuman lomba",
  T("""Baik kak, ini judul dan isinya ya.

Judul: Lomba Karya Tulis Akuntansi 2026
Isi: Dibuka pendaftaran Lomba Karya Tulis Akuntansi 2026 untuk mahasiswa D3 dan D4. Batas pengumpulan naskah Kamis, 3 Desember 2026. Info: 0812-7000-1234 (Salsa).

Tayangnya Senin depan jam 10 pagi untuk semua mahasiswa. Terima kasih kak

Salsa
HIMA Akuntansi

Dikirim dari Yahoo Mail di Android

  Pada Rab, 18 Nov 2026 pada 14:05, Helpdesk P4M<helpdesk-p4m@polibatam.ac.id> menulis:
> Halo, terima kasih atas permintaannya. Mohon kirimkan judul dan isi
> pengumuman serta kapan ingin ditayangkan.
>
> Salam, Helpdesk P4M
>
>   Pada Rab, 18 Nov 2026 pada 11:30, HIMA Akuntansi<hima_akuntansi@yahoo.co.id> menulis:
> > kak mau minta tolong pasang pengumuman lomba di elearning bisa?
"""), "announcement", "id",
  {"title": "Lomba Karya Tulis Akuntansi 2026", "scope": "site", "publish_at": "2026-11-23T10:00:00+07:00"},
  note="Answer to the helpdesk's question in a Yahoo '>' thread; the submission deadline is not the publish time.",
  headers=[("X-Mailer", "YahooMailAndroidMobile/6.41.0"), ("In-Reply-To", "<p4m-ack-20261118@polibatam.ac.id>")])

M("2026-09-03 10:55", "outlook-htmlonly-humas-en-iisma",
  ("International Office Polibatam", "io@polibatam.ac.id"), "Front-page announcement: IISMA 2027",
  H("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p>Dear P4M colleagues,</p>
<p>Could you please put the following announcement on the e-learning front page for all students?</p>
<table border="0" cellpadding="3">
<tr><td><b>Title</b></td><td>Call for Applications: IISMA 2027</td></tr>
<tr><td><b>Text</b></td><td>The Indonesian International Student Mobility Awards 2027 are open. Information session: Thursday 10 September 2026, 13.00 WIB, Auditorium. Registration closes 30 October 2026.</td></tr>
<tr><td><b>Publish</b></td><td>Monday 7 September 2026</td></tr>
</table>
<p>Many thanks,<br>Putri Maharani<br>International Office &amp; Public Relations<br>Politeknik Negeri Batam</p>
</body></html>"""),
  "announcement", "en",
  {"title": "Call for Applications: IISMA 2027", "scope": "site"},
  note="HTML-only; publish date without a time, so no publish_at.",
  headers=[("X-MS-Has-Attach", ""), ("Thread-Index", "AdtA0k1l2m3n4o5p6q7r8s9t0u1vWw==")])

M("2026-09-21 14:08", "outlook-baak-docx-jumat-krs",
  ("BAAK Polibatam", "baak@polibatam.ac.id"), "Pengumuman KRS Perbaikan (Add/Drop)",
  MIX(T("""Yth. Tim P4M,

Terlampir naskah pengumuman KRS Perbaikan semester ganjil. Mohon ditayangkan di halaman utama e-learning hari Jumat 25 September 2026 pukul 08.00.

Terima kasih.

Salam,
Wulan - Bagian Akademik (BAAK)
"""),
      ATT("Pengumuman_KRS_Perbaikan.docx",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          docx(["PENGUMUMAN",
                "Pengisian KRS Perbaikan (Add/Drop) Semester Ganjil 2026/2027",
                "Mahasiswa yang akan menambah atau membatalkan mata kuliah dapat melakukan KRS perbaikan melalui SIAKAD.",
                "Batas akhir: Rabu, 30 September 2026 pukul 23.59 WIB.",
                "Perubahan setelah batas akhir tidak dilayani.",
                "Bagian Akademik (BAAK)"]))),
  "announcement", "id",
  {"title": "Pengisian KRS Perbaikan (Add/Drop) Semester Ganjil 2026/2027", "scope": "site",
   "publish_at": "2026-09-25T08:00:00+07:00"},
  note="Title only in the DOCX; the KRS deadline is not the publish time.",
  headers=[("X-MS-Has-Attach", "yes")])

M("2026-11-12 22:17", "gmail-hima-mixed-asap-hackathon",
  ("Kevin Hutapea", "kevin.hutapea@students.polibatam.ac.id"), "req announcement “Hackathon HIMA-IF 2026” 🙏",
  T("""Hi kak P4M,

Mau minta tolong post announcement "Hackathon HIMA-IF 2026" di elearning site-wide ya. Isinya: team of 3, tema smart port & logistics, registration closes Sabtu 28/11 jam 23.59, prize total 10 juta. Poster nyusul kalau perlu.

ASAP ya kak kalau bisa, thanks!!

Kevin
Ketua Pelaksana Hackathon HIMA-IF
""", cte="8bit"), "announcement", "mixed",
  {"title": "Hackathon HIMA-IF 2026", "scope": "site"},
  note="'ASAP' is no clock time; the registration close is a deadline inside the announcement.")


# ================================================================ elearning_support (12)
M("2026-09-07 10:31", "gmail-laboran-howto-rename-course",
  ("Suryadi Laboran TI", "suryadi_lab.ti@yahoo.co.id"), "cara ganti nama course sendiri?",
  T("""Pagi tim P4M,

Mau tanya, bagaimana cara mengganti nama course di e-learning sendiri? Saya sudah di-enrol sebagai teacher di course praktikum, tapi di menu course tidak ada pilihan Edit settings. Apa harus minta hak akses tertentu dulu?

Terima kasih,
Suryadi

Dikirim dari Yahoo Mail di Android
"""), "elearning_support", "id",
  note="A how-to question about renaming a course, not a change request.",
  headers=[("X-Mailer", "YahooMailAndroidMobile/6.40.1")])

M("2026-09-08 08:12", "outlook-practitioner-akun-belum-aktif",
  ("Yusuf Harahap", "yusuf.harahap@nusantara-shipyard.co.id"), "Akun e-learning dosen praktisi",
  T("""Selamat pagi,

Saya dosen praktisi dari PT Nusantara Shipyard untuk mata kuliah Ship Production Planning. Saya sudah menerima email username dari UPT TIK, tetapi waktu login ke e-learning muncul pesan "Invalid login, please try again". Apakah akun saya belum diaktifkan untuk e-learning? Kuliah pertama saya Kamis 10 September.

Terima kasih,
Yusuf Harahap
Planning Dept. - PT Nusantara Shipyard Batam

Disclaimer: This email is confidential. If you are not the intended recipient please delete it and notify the sender. The company is not liable for any loss arising from the use of this email.
"""), "elearning_support", "id")

M("2026-09-09 19:44 +0800", "gmail-singlish-course-not-visible",
  ("Kelvin Ong", "kelvin.ong.sg@gmail.com"), "cannot see my course leh",
  T("""Hi,

My Motion Graphics course cannot see in the dashboard leh. Yesterday still there, today gone already. Am I enrolled as teacher or not? Students say they can see it, only me cannot.

Kelvin
Sent from my iPhone
"""), "elearning_support", "en")

M("2026-09-25 22:03", "gmail-voice-nopunct-upload-error",
  ("Rudi Hartanto", "rudihartanto.polibatam@gmail.com"), "upload error",
  T("""pak saya tidak bisa upload file video tugas ke course multimedia muncul error file terlalu besar maksimal 50 MB padahal video mahasiswa rata rata 200 MB bagaimana ya pak apa bisa dinaikkan batasnya terima kasih
"""), "elearning_support", "id",
  note="Dictated without punctuation.")

M("2026-09-10 09:05", "outlook-baak-enrol-students-behalf",
  ("BAAK Polibatam", "baak@polibatam.ac.id"), "Enrol mahasiswa kelas MB-2C",
  ALT(T("""Yth. Tim P4M,

Atas permintaan Ibu Sri Handayani, mohon 35 mahasiswa kelas MB-2C dimasukkan ke course Akuntansi Biaya di e-learning. Daftar NIM sudah sesuai data SIAKAD (kelas MB-2C angkatan 2025). Saat ini mahasiswa tidak bisa masuk karena belum ter-enrol.

Terima kasih.

Salam,
Wulan - Bagian Akademik (BAAK)
""", cte="quoted-printable"),
      H("""<html><body><p>Yth. Tim P4M,</p><p>Atas permintaan Ibu Sri Handayani, mohon 35 mahasiswa kelas MB-2C dimasukkan ke course Akuntansi Biaya di e-learning. Daftar NIM sudah sesuai data SIAKAD (kelas MB-2C angkatan 2025). Saat ini mahasiswa tidak bisa masuk karena belum ter-enrol.</p><p>Terima kasih.</p><p>Salam,<br>Wulan - Bagian Akademik (BAAK)</p></body></html>""")),
  "elearning_support", "id",
  note="Academic administration asks on behalf of a lecturer to enrol a class (enrolment, not a course-data change).")

M("2026-10-05 11:20 +0800", "outlook-malay-quiz-timer",
  ("Dr. Azlan Hashim", "azlan.hashim@uthm-partner.edu.my"), "Quiz closed early for pelajar",
  T("""Dear P4M team,

During this morning's quiz in Technical Drawing for Ship Production, several pelajar were kicked out after about 20 minutes although the time limit is 60 minutes. Their attempts were auto-submitted with blank answers. Could you please check the quiz settings and advise whether the attempts can be reopened?

Terima kasih,
Dr. Azlan Hashim
Pensyarah Kanan
"""), "elearning_support", "en")

M("2026-10-07 07:35", "iphone-mixed-reset-password-laboran",
  ("Agus Salim", "agus.salim@polibatam.ac.id"), "reset pw",
  T("""Pagi, lupa password akun elearning saya (agus.salim), the reset link never arrives di inbox. Pls reset ya, mau upload modul praktikum hari ini.

Thx
Agus

Sent from my iPhone
""", cte="base64"), "elearning_support", "mixed",
  headers=[("X-Mailer", "iPhone Mail (22A3354)")])

M("2026-10-09 13:52", "gmail-hima-akun-terkunci",
  ("Salsabila Raḥman", "salsabila.r@students.polibatam.ac.id"), "Akun e-learning terkunci – mohon bantuan",
  T("""Selamat siang Bapak/Ibu,

Saya Salsabila Rahman, NIM 4312501017, bendahara HIMA Akuntansi. Akun e-learning saya terkunci setelah salah memasukkan password beberapa kali, muncul tulisan "Your account has been locked". Padahal hari ini ada kuis Akuntansi Biaya jam 15.00. Mohon bantuannya untuk membuka kunci akun saya 🙏

Terima kasih.
Salsabila
""", cte="8bit"), "elearning_support", "id")

M("2026-10-12 10:04", "gmail-howto-enrolment-key",
  ("Teguh Santoso", "teguh.santoso@polibatam.ac.id"), "cara set enrolment key",
  T("""Siang,

Cara membuat enrolment key untuk course saya sendiri gimana ya? Saya cari di Participants tidak ketemu. Rencananya course Elektronika Dasar mau saya kunci pakai key supaya mahasiswa kelas lain tidak ikut masuk.

Makasih,
Teguh
"""), "elearning_support", "id",
  note="A how-to question about enrolment keys; no key value asked for.")

M("2026-10-19 16:25", "outlook-electronics-permission-error",
  ("Wong Chee Keong", "ck.wong@batam-electro.co.id"), "Cannot grade submissions - permission error",
  MIX(T("""Hi,

When I open the assignment "Reflow Profile Report" in SMT Process Technology and click "View all submissions" I get: "Sorry, but you do not currently have permissions to do that (View all submissions)". Screenshot attached. I need to grade by this Friday.

Thanks
CK Wong
PT Batam Electro Manufacturing

CONFIDENTIALITY NOTICE: The information contained in this email and any attachment is confidential and may be legally privileged. It is intended solely for the named recipient. If you are not the intended recipient, you must not read, use, copy, distribute or disclose this email or any part of it.
"""),
      ATT("screenshot_permission.png", "image/png", png("outlook-electronics-permission-error"))),
  "elearning_support", "en", headers=[("X-MS-Has-Attach", "yes")])

M("2026-10-22 08:47", "yahoo-gtquote-followup-still-missing",
  ("Darmawan", "darmawan_ti@yahoo.co.id"), "Re: course tidak muncul",
  T("""Selamat pagi,

Maaf, course Literasi Digital dan Teknologi Informasi tetap tidak muncul di halaman mahasiswa kelas TI-1C, padahal kelas TI-1A dan TI-1B bisa. Mohon dicek lagi.

Darmawan

Dikirim dari Yahoo Mail di iPhone

  Pada Sen, 19 Okt 2026 pada 15:10, Helpdesk P4M<helpdesk-p4m@polibatam.ac.id> menulis:
> Pak Darmawan, kelas TI-1C sudah kami tambahkan ke course tersebut.
> Silakan dicek kembali.
>
> Salam, Helpdesk P4M
"""), "elearning_support", "id",
  headers=[("X-Mailer", "Yahoo Mail iOS/6.39.0"), ("In-Reply-To", "<p4m-reply-20261019@polibatam.ac.id>")])

M("2026-11-03 11:40", "outlook-library-mixed-iframe-blocked",
  ("Perpustakaan Polibatam", "library@polibatam.ac.id"), "Link e-book di course tidak bisa dibuka",
  T("""Dear tim P4M,

Beberapa dosen melaporkan bahwa link e-book perpustakaan yang di-embed di course mereka tidak bisa dibuka. The page shows "refused to connect" / blocked by iframe. Kalau dibuka di tab baru normal. Apakah ada setting Moodle yang perlu diubah, atau sebaiknya kami sarankan dosen memakai URL resource biasa saja?

Thanks,
Citra Ayu
UPT Perpustakaan
"""), "elearning_support", "mixed")


# ================================================================ document_request (7)
M("2026-09-16 09:15", "gmail-laboran-sop-peminjaman-alat",
  ("Yoga Pratama", "yoga.pratama@polibatam.ac.id"), "minta SOP peminjaman alat lab",
  T("""Pagi tim P4M,

Untuk persiapan audit mutu internal lab bulan depan, boleh minta SOP Peminjaman Alat Laboratorium versi terbaru beserta formulir peminjamannya (yang ada kolom tanda tangan koordinator)? Yang saya punya masih revisi 2022.

Trims,
Yoga - Laboran Lab Basis Data
"""), "document_request", "id")

M("2026-09-18 06:58", "iphone-kajur-oneliner-template-rps",
  ("Hendrik Sitorus", "hendrik@polibatam.ac.id"), "template rps",
  T("""kirimkan template RPS terbaru ke saya. thx

Dikirim dari iPhone saya
"""), "document_request", "id",
  note="Head of department, one line.")

M("2026-09-29 15:12 +0800", "outlook-singapore-course-outline-qm",
  ("Jasmine Lim", "jasmine.lim@sp-logistics.edu.sg"), "Documents for joint programme review",
  T("""Hi P4M team,

We are preparing the joint programme review next month. Could you send us:
1. the RPS (course outline) template you use, Word version if got
2. the academic quality manual (Manual Mutu) that covers the joint courses

English versions would be best, but Bahasa also can, we will translate.

Thanks ah,
Jasmine Lim | Lecturer, School of Logistics
"""), "document_request", "en")

M("2026-10-08 12:33", "gmail-electronics-mixed-form-bap",
  ("Wong Chee Keong", "ck.wong@batam-electro.co.id"), "form BAP for practitioner",
  T("""Hi tim P4M,

Saya dosen praktisi di Teknik Elektro. The admin asked me to fill in Berita Acara Perkuliahan (BAP) every week, tapi saya belum punya formulirnya. Boleh dikirimkan template BAP-nya (docx)? Thanks.

CK Wong
PT Batam Electro Manufacturing
"""), "document_request", "mixed")

M("2026-10-13 10:10", "zimbra-baak-formulir-monev",
  ("BAAK Polibatam", "baak@polibatam.ac.id"), "Permintaan formulir monev pembelajaran",
  T("""Yth. P4M,

Dalam rangka audit mutu internal (AMI) semester ganjil, BAAK memerlukan formulir monitoring dan evaluasi pembelajaran (monev) yang berlaku, termasuk rekap kehadiran dosen. Mohon dikirimkan dalam format yang bisa diisi.

Terima kasih.

Salam,
Wulan - Bagian Akademik (BAAK)
""", cte="8bit"), "document_request", "id",
  headers=[("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC128 (Win)/9.0.0_GA_4546)")])

M("2026-11-05 14:45", "gmail-hima-kuesioner-kepuasan",
  ("Rafi Alfarizi", "rafi.alfarizi@students.polibatam.ac.id"), "permohonan formulir kuesioner kepuasan mahasiswa",
  T("""Selamat siang Bapak/Ibu P4M,

Kami dari BEM sedang menyusun survei layanan kampus dan ingin menyelaraskan pertanyaannya dengan instrumen resmi. Apakah kami boleh meminta formulir kuesioner kepuasan mahasiswa yang dipakai P4M (file kosong saja, bukan hasilnya)?

Hormat kami,
Rafi Alfarizi
BEM Polibatam
"""), "document_request", "id")

M("2026-11-10 10:02 +0800", "gmail-malay-mixed-sop-penilaian",
  ("Norhayati Ismail", "norhayati@poli-partner.edu.my"), "SOP penilaian dan rubrik",
  T("""Salam tuan/puan,

Sila hantar kepada kami SOP Penilaian Hasil Belajar dan template rubrik penilaian yang digunakan di Polibatam. We need them to align the assessment for the exchange students next semester. Format Word atau PDF pun boleh.

Terima kasih,
Norhayati Ismail
"""), "document_request", "mixed")


# ================================================================ other (7)
M("2026-09-14 15:20", "outlook-lab-coord-thanks-done",
  ("Rina Oktaviani", "rina.oktaviani@polibatam.ac.id"), "RE: Perubahan data course Sistem Tertanam",
  T("""Terima kasih banyak tim P4M, nama singkat dan kelas course Sistem Tertanam sudah berubah, mahasiswa EL-3B juga sudah bisa masuk pakai key yang baru.

Salam,
Rina

Dari: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Dikirim: Senin, 14 September 2026 13:02
Kepada: Rina Oktaviani <rina.oktaviani@polibatam.ac.id>
Subjek: RE: Perubahan data course Sistem Tertanam

Bu Rina, perubahan pada course Sistem Tertanam (ELK3204) sudah kami terapkan. Mohon dicek.
""", cte="quoted-printable"), "other", "id",
  note="Thanks after the change was made; nothing new is asked.",
  headers=[("Thread-Index", "AdtD9aJ2Qm1xw0rLQ0a1b7m3b0K1sQAAB1c="), ("In-Reply-To", "<p4m-done-20260914@polibatam.ac.id>")])

M("2026-10-16 20:50", "gmail-complaint-lambat-respon",
  ("Hendra Wijaya", "hendrawijaya.pnb@gmail.com"), "keluhan layanan",
  T("""Selamat malam,

Saya ingin menyampaikan keluhan. Permintaan saya bulan lalu baru diproses hampir seminggu kemudian, sementara kelas sudah berjalan dan mahasiswa bingung siapa dosennya. Mohon ke depan ada kepastian waktu layanan, minimal balasan bahwa email sudah diterima dan kapan akan dikerjakan.

Terima kasih atas perhatiannya.
Hendra Wijaya
Dosen Manajemen Bisnis
"""), "other", "id",
  note="A complaint about response time; it asks for nothing to be changed.")

M("2026-10-20 09:37", "gmail-plan-nanti-ganti-nama",
  ("Ivan Simanjuntak", "ivan.s@polibatam.ac.id"), "info rencana perubahan course",
  T("""Pagi,

Sekadar info dulu: semester depan kemungkinan course GM3104 Fotogrametri akan saya minta ganti nama mengikuti kurikulum IUP, tapi nama finalnya masih dibahas di rapat kurikulum bulan Desember. Nanti saya kirim permintaan resminya setelah rapat ya.

Salam,
Ivan
"""), "other", "id",
  note="A plan for a future change; nothing is requested yet.")

M("2026-10-23 14:18 +0800", "outlook-singapore-misdirected-visa",
  ("Jasmine Lim", "jasmine.lim@sp-logistics.edu.sg"), "Invitation letter for visit to Batam",
  T("""Hi,

Our team of 4 lecturers will visit Polibatam in early December for the joint programme review. Immigration said we need an official invitation letter from the host institution. Is this the right office to issue it, or should I write to someone else? Please advise.

Thanks ah,
Jasmine Lim | Lecturer, School of Logistics
"""), "other", "en",
  note="Misdirected: an invitation letter for a visit is not a P4M document.")

M("2026-11-02 10:25", "outlook-electronics-hr-internship",
  ("HR Batam Electro", "hr.recruitment@batam-electro.co.id"), "Internship placement for Polibatam students 2027",
  ALT(T("""Dear Sir/Madam,

PT Batam Electro Manufacturing would like to offer 20 internship places for students of Electrical Engineering and Mechatronics for the period February - July 2027. Kindly forward this offer to the relevant department or let us know the right contact person.

Best regards,
Dewi Anggraini
HR Recruitment Officer
PT Batam Electro Manufacturing | Batamindo Industrial Park

CONFIDENTIALITY NOTICE: The information contained in this email and any attachment is confidential and may be legally privileged. It is intended solely for the named recipient. If you are not the intended recipient, you must not read, use, copy, distribute or disclose this email or any part of it. Please notify the sender and permanently delete this email.
""", cte="quoted-printable"),
      H("""<html><body><p>Dear Sir/Madam,</p><p>PT Batam Electro Manufacturing would like to offer <b>20 internship places</b> for students of Electrical Engineering and Mechatronics for the period February - July 2027. Kindly forward this offer to the relevant department or let us know the right contact person.</p><p>Best regards,<br>Dewi Anggraini<br>HR Recruitment Officer<br>PT Batam Electro Manufacturing | Batamindo Industrial Park</p><p style="font-size:7pt;color:#999">CONFIDENTIALITY NOTICE: The information contained in this email and any attachment is confidential and may be legally privileged. It is intended solely for the named recipient. If you are not the intended recipient, you must not read, use, copy, distribute or disclose this email or any part of it. Please notify the sender and permanently delete this email.</p></body></html>""")),
  "other", "en", note="Misdirected internship offer from a company.")

M("2026-11-13 09:12", "gmail-humas-mixed-berita-p4m",
  ("Humas Polibatam", "humas@polibatam.ac.id"), "Bahan berita workshop e-learning P4M",
  T("""Halo tim P4M,

Untuk website kampus kami mau menulis berita tentang workshop "Blended Learning with Moodle" yang P4M adakan minggu lalu. Bisa minta beberapa foto kegiatan dan short summary (3-4 kalimat, boleh in English for the international page)? Deadline kami Jumat ini.

Thanks,
Putri Maharani
Humas & International Office
"""), "other", "mixed",
  note="Public relations asks for photos and a summary for a news item, not a P4M document or an announcement.")

M("2026-11-24 08:05", "gmail-laboran-already-done-abaikan",
  ("Yoga Pratama", "yoga.pratama@polibatam.ac.id"), "abaikan email sebelumnya",
  T("""Pagi tim P4M,

Mohon abaikan email saya kemarin soal enrolment key course Basis Data Lanjut. Ternyata saya sudah punya akses editing teacher, jadi key-nya sudah saya ubah sendiri tadi pagi.

Maaf merepotkan,
Yoga
"""), "other", "id",
  note="The change is already done by the sender; nothing to do.")


# ================================================================ auto (6)
M("2026-09-25 12:00", "zimbra-ooo-id-kajur-dinas",
  ("Hendrik Sitorus", "hendrik@polibatam.ac.id"), "Di luar kantor: Re: template rps",
  T("""Terima kasih atas email Anda.

Saya sedang dinas luar kota pada 24 - 30 September 2026 dengan akses email terbatas. Untuk keperluan mendesak terkait Jurusan Teknik Mesin silakan menghubungi Sekretaris Jurusan di jtm@polibatam.ac.id.

Hormat saya,
Hendrik Sitorus
"""), "auto", "id",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zimbra 9.0.0_GA_4546"),
           ("In-Reply-To", "<p4m-reply-20260925@polibatam.ac.id>")])

M("2026-10-24 08:30 +0800", "outlook-ooo-en-automatic-reply",
  ("Jasmine Lim", "jasmine.lim@sp-logistics.edu.sg"), "Automatic reply: Invitation letter for visit to Batam",
  ALT(T("""Thank you for your email. I am on leave from 24 October to 1 November 2026 and will reply when I return. For urgent matters on the joint programme, please contact Mr Kelvin Ong.
"""),
      H("""<html><body><p>Thank you for your email. I am on leave from 24 October to 1 November 2026 and will reply when I return. For urgent matters on the joint programme, please contact Mr Kelvin Ong.</p></body></html>""")),
  "auto", "en",
  headers=[("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated"),
           ("X-MS-Exchange-Inbox-Rules-Loop", "jasmine.lim@sp-logistics.edu.sg")])

M("2026-10-30 03:14", "postfix-bounce-mailer-daemon",
  ("Mail Delivery System", "MAILER-DAEMON@mx1.polibatam.ac.id"), "Undelivered Mail Returned to Sender",
  REPORT("""This is the mail system at host mx1.polibatam.ac.id.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<bagas.hme@students.polibatam.ac.id>: host
    aspmx.l.google.com[142.250.4.27] said: 550-5.1.1 The email account that
    you tried to reach does not exist. (in reply to RCPT TO command)
""", """Reporting-MTA: dns; mx1.polibatam.ac.id
X-Postfix-Queue-ID: 4Xk2Lm1Tz9z7A1
Arrival-Date: Fri, 30 Oct 2026 03:14:02 +0700 (WIB)

Final-Recipient: rfc822; bagas.hme@students.polibatam.ac.id
Action: failed
Status: 5.1.1
Remote-MTA: dns; aspmx.l.google.com
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does
    not exist.
""", """From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
To: bagas.hme@students.polibatam.ac.id
Subject: [P4M-2026-0412] Pengumuman donor darah
Date: Fri, 30 Oct 2026 03:13:58 +0700
Message-ID: <p4m-ack-20261030-0412@polibatam.ac.id>
"""), "auto", "en",
  headers=[("Auto-Submitted", "auto-replied")])

M("2026-11-06 16:00", "googlegroups-list-forum-dosen",
  ("Forum Dosen Polibatam", "forum-dosen@polibatam.ac.id"), "[forum-dosen] Jadwal Rapat Evaluasi Kurikulum Jurusan",
  T("""Yth. Bapak/Ibu Dosen,

Rapat evaluasi kurikulum tingkat jurusan akan dilaksanakan Selasa, 10 November 2026 pukul 13.30 di Ruang Rapat Gedung Utama lt. 4. Mohon membawa draf RPS mata kuliah yang diampu.

Salam,
Sekretariat Wakil Direktur I

--
Anda menerima pesan ini karena Anda berlangganan grup "Forum Dosen Polibatam" di Google Grup.
Untuk berhenti berlangganan dari grup ini dan berhenti menerima email darinya, kirim email ke forum-dosen+unsubscribe@polibatam.ac.id.
"""), "auto", "id",
  headers=[("Precedence", "list"), ("Mailing-list", "list forum-dosen@polibatam.ac.id; contact forum-dosen+owners@polibatam.ac.id"),
           ("List-Id", "<forum-dosen.polibatam.ac.id>"),
           ("List-Unsubscribe", "<mailto:forum-dosen+unsubscribe@polibatam.ac.id>"),
           ("X-Google-Group-Id", "518273645091")],
  note="List mail about a meeting; it mentions RPS but must get no ticket.")

M("2026-11-16 00:05", "noreply-siakad-notifikasi-nilai",
  ("SIAKAD Polibatam", "noreply-siakad@polibatam.ac.id"), "[SIAKAD] Pengingat: batas input nilai UTS",
  ALT(T("""Yth. Pengguna SIAKAD,

Ini adalah pesan otomatis. Batas akhir input nilai UTS semester Ganjil 2026/2027 adalah Jumat, 20 November 2026 pukul 23.59 WIB. Silakan masuk ke SIAKAD untuk melengkapi nilai mata kuliah yang Anda ampu.

Mohon tidak membalas email ini.

SIAKAD - Politeknik Negeri Batam
"""),
      H("""<html><body><p>Yth. Pengguna SIAKAD,</p><p>Ini adalah pesan otomatis. Batas akhir input nilai UTS semester Ganjil 2026/2027 adalah <b>Jumat, 20 November 2026 pukul 23.59 WIB</b>. Silakan masuk ke SIAKAD untuk melengkapi nilai mata kuliah yang Anda ampu.</p><p><i>Mohon tidak membalas email ini.</i></p><p>SIAKAD - Politeknik Negeri Batam</p></body></html>""")),
  "auto", "id",
  headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-Mailer", "SIAKAD Notifier 3.2")])

M("2026-11-26 09:41", "noreply-upttik-ticket-status",
  ("Layanan Tiket UPT TIK", "no-reply@tiket.polibatam.ac.id"), "[Tiket #TIK-4821] Status tiket diperbarui: Selesai",
  T("""Halo Helpdesk P4M,

Status tiket Anda telah diperbarui.

Nomor tiket : TIK-4821
Judul       : Sertifikat SSL elearning.polibatam.ac.id
Status      : Selesai
Petugas     : Andi (Jaringan)

Catatan petugas: sertifikat sudah diperpanjang hingga November 2027.

Email ini dikirim otomatis oleh sistem Layanan Tiket UPT TIK. Jangan membalas email ini.
"""), "auto", "id",
  headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
           ("X-Mailer", "osTicket/1.18")],
  note="A ticket-system notification addressed to the helpdesk; no ticket must be opened for it.")


# ================================================================ checks and output
WD_FULL = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
           "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
WD_ABBR = {"Sen": 0, "Sel": 1, "Rab": 2, "Kam": 3, "Jum": 4, "Sab": 5, "Min": 6,
           "Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}
MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6, "jul": 7, "agu": 8, "ags": 8,
          "aug": 8, "sep": 9, "okt": 10, "oct": 10, "nov": 11, "des": 12, "dec": 12}
WD_RE = re.compile(r"(?:\b(?i:(%s))|\b(%s))\b,?\s+(\d{1,2})(?:\s+([A-Za-z]+)|/(\d{1,2}))(?:,?\s+'?(\d{4}|\d{2})\b)?"
                   % ("|".join(WD_FULL), "|".join(WD_ABBR)))


def docx_text(data):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = re.findall(r"<w:p>(.*?)</w:p>", xml)
    return "\n".join(html.unescape("".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", p))) for p in paras)


def pdf_text(data):
    out = []
    for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", data):
        out.append(re.sub(rb"\\(.)", rb"\1", s).decode("latin-1"))
    return "\n".join(out)


def haystacks(msg):
    hs = [str(msg["Subject"])]
    sizes = []
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            if ct == "message/rfc822" and part.get_payload(0)["Subject"]:
                hs.append(str(part.get_payload(0)["Subject"]))
            continue
        if part.get_content_disposition() in ("attachment", "inline") and part.get_filename():
            data = part.get_payload(decode=True)
            sizes.append(len(data))
            if part.get_filename().endswith(".docx"):
                hs.append(docx_text(data))
            elif ct == "application/pdf":
                hs.append(pdf_text(data))
            continue
        if ct == "text/plain":
            hs.append(part.get_content())
        elif ct == "text/html":
            c = part.get_content()
            hs.append(html.unescape(c))
            hs.append(html.unescape(re.sub(r"<[^>]+>", " ", c)))
        elif ct.startswith("message/") or ct.startswith("text/"):
            hs.append(part.get_payload() if isinstance(part.get_payload(), str) else "")
    return hs, sizes


def check(m, raw):
    errs = []
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        errs.append("not CRLF")
    msg = email.message_from_bytes(raw, policy=policy.default)
    for part in msg.walk():
        if part.defects:
            errs.append("defects %r in %s" % (part.defects, part.get_content_type()))
    if msg["Date"].datetime != m["dt"]:
        errs.append("Date round-trip")
    if str(msg["Subject"]) != m["subject"]:
        errs.append("Subject round-trip %r" % str(msg["Subject"]))
    if not (dt.date(2026, 9, 1) <= m["dt"].date() <= dt.date(2026, 11, 28)):
        errs.append("date out of range")
    if m["dt"].utcoffset() not in (dt.timedelta(hours=7), dt.timedelta(hours=8)):
        errs.append("zone")
    hs, sizes = haystacks(msg)
    if any(s >= 30 * 1024 for s in sizes):
        errs.append("attachment too big")
    text = "\n".join(hs)
    nwd = 0
    for mo in WD_RE.finditer(text):
        wd = WD_FULL[mo.group(1).lower()] if mo.group(1) else WD_ABBR[mo.group(2)]
        day = int(mo.group(3))
        if mo.group(4):
            mon = MONTHS.get(mo.group(4)[:3].lower())
            if mon is None:
                continue
        else:
            mon = int(mo.group(5))
        year = m["dt"].year
        if mo.group(6):
            year = int(mo.group(6)) + (2000 if len(mo.group(6)) == 2 else 0)
        try:
            real = dt.date(year, mon, day).weekday()
        except ValueError:
            errs.append("bad date %r" % mo.group(0))
            continue
        nwd += 1
        if real != wd:
            errs.append("weekday mismatch %r" % mo.group(0))
    f = m["fields"]
    if m["type"] not in ("course_data", "announcement") and f:
        errs.append("fields on " + m["type"])
    vals = [f[k] for k in ("course_code", "course_name", "title") if k in f]
    if m["type"] == "course_data":
        if "changes" not in f:
            errs.append("no changes")
        allowed = {"fullname", "shortname", "lecturer", "class", "semester", "credits", "enrolment_key", "summary"}
        if set(f.get("changes", {})) - allowed:
            errs.append("bad change field")
        vals += list(f.get("changes", {}).values())
        if set(f) - {"course_code", "course_name", "changes"}:
            errs.append("bad course_data key")
    if m["type"] == "announcement":
        if f.get("scope") not in ("course", "site"):
            errs.append("scope")
        if set(f) - {"course_code", "course_name", "title", "scope", "publish_at"}:
            errs.append("bad announcement key")
        if "publish_at" in f and not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", f["publish_at"]):
            errs.append("publish_at format")
        if "publish_at" in f:
            dt.datetime.fromisoformat(f["publish_at"])
    for v in vals:
        if not any(v in h for h in hs):
            errs.append("value not verbatim: %r" % v)
    return errs, nwd


def main():
    msgs = sorted(MSGS, key=lambda m: m["dt"])
    slugs = [m["slug"] for m in msgs]
    bad = 0
    if len(set(slugs)) != len(slugs):
        print("duplicate slug"); bad = 1
    labels, written, nwd_total = {}, set(), 0
    for i, m in enumerate(msgs, 1):
        name = "%03d-%s.eml" % (i, m["slug"])
        raw = build(m)
        errs, nwd = check(m, raw)
        nwd_total += nwd
        if errs:
            bad = 1
            print(name, "; ".join(errs))
        path = os.path.join(HERE, name)
        old = open(path, "rb").read() if os.path.exists(path) else None
        if old != raw:
            with open(path, "wb") as fh:
                fh.write(raw)
        written.add(name)
        labels[name] = {"type": m["type"], "lang": m["lang"], "fields": m["fields"], "note": m["note"]}
    for fn in os.listdir(HERE):
        if re.match(r"\d{3}-.*\.eml$", fn) and fn not in written:
            os.remove(os.path.join(HERE, fn))
    data = json.dumps(labels, indent=2, ensure_ascii=False) + "\n"
    lp = os.path.join(HERE, "labels.json")
    if not os.path.exists(lp) or open(lp, encoding="utf-8").read() != data:
        with open(lp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
    counts, langs = {}, {}
    for m in msgs:
        counts[m["type"]] = counts.get(m["type"], 0) + 1
        langs[m["lang"]] = langs.get(m["lang"], 0) + 1
    print("%d mails; types %s; langs %s; weekday mentions checked %d" % (len(msgs), counts, langs, nwd_total))
    if counts != PLAN or langs != LANGS:
        print("counts differ from the plan", PLAN, LANGS)
        bad = 1
    return bad


if __name__ == "__main__":
    sys.exit(main())

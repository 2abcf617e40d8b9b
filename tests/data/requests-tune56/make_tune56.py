#!/usr/bin/env python3
"""Writes tuning corpus requests-tune56 (formerly held-out part34) of the P4M Helpdesk request corpus (70 mails + labels.json).

Standard library only and deterministic: running it twice writes identical bytes.
Every body below was written by hand for its mail; the helpers only encode and wrap.
"""
import base64
import datetime as _dt
import html
import io
import json
import os
import quopri
import re
import struct
import zipfile
from collections import Counter
from email import message_from_bytes, policy
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
HELPDESK = formataddr(("Helpdesk P4M", "helpdesk-p4m@polibatam.ac.id"))
HD = "helpdesk-p4m@polibatam.ac.id"

MAILS = []  # (file name, raw bytes, label)


# ---------------------------------------------------------------- encoding helpers
def D(month, day, hour, minute, off_minutes=420, second=0):
    tz = _dt.timezone(_dt.timedelta(minutes=off_minutes))
    return format_datetime(_dt.datetime(2026, month, day, hour, minute, second, tzinfo=tz))


def A(name, addr):
    return formataddr((name, addr), charset="utf-8")


def S(subject):
    try:
        subject.encode("ascii")
        return Header(subject).encode(linesep="\n")
    except UnicodeEncodeError:
        return Header(subject, "utf-8").encode(linesep="\n")


def _enc(text, cte, charset="utf-8"):
    raw = text.encode(charset)
    if cte == "qp":
        return "quoted-printable", quopri.encodestring(raw).decode("ascii")
    if cte == "b64":
        return "base64", base64.encodebytes(raw).decode("ascii")
    if cte == "7bit":
        raw.decode("ascii")
        return "7bit", text
    return "8bit", text


def flow(text, keep=()):
    """format=flowed (RFC 3676): soft-wrap long lines with a trailing space; values in keep are never split."""
    out = []
    for line in text.split("\n"):
        if line == "-- ":
            out.append(line)
            continue
        line = line.rstrip(" ")
        if line.startswith(">"):
            out.append(line)
            continue
        if line.startswith(" ") or line.startswith("From "):
            line = " " + line
        if len(line) <= 76 or any(k and k in line for k in keep):
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > 72:
                out.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        out.append(cur)
    return "\n".join(out)


def plain(text, cte="qp", flowed=False, keep=(), charset="utf-8", delsp=False):
    if not text.endswith("\n"):
        text += "\n"
    ct = 'text/plain; charset="%s"' % charset
    if flowed:
        text = flow(text, keep)
        ct = "text/plain; charset=%s; format=flowed" % charset + ("; delsp=yes" if delsp else "")
    name, body = _enc(text, cte, charset)
    return ([("Content-Type", ct), ("Content-Transfer-Encoding", name)], body)


def htmlpart(markup, cte="qp", charset="utf-8"):
    if not markup.endswith("\n"):
        markup += "\n"
    name, body = _enc(markup, cte, charset)
    return ([("Content-Type", 'text/html; charset="%s"' % charset), ("Content-Transfer-Encoding", name)], body)


def multipart(subtype, boundary, *parts, extra_ct=""):
    chunks = []
    for hdrs, body in parts:
        head = "".join("%s: %s\n" % (k, v) for k, v in hdrs)
        if not body.endswith("\n"):
            body += "\n"
        chunks.append("--%s\n%s\n%s" % (boundary, head, body))
    body = "".join(chunks) + "--%s--\n" % boundary
    return ([("Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, extra_ct))], body)


def attachment(data, ctype, filename, inline=False):
    b = base64.encodebytes(data).decode("ascii")
    disp = "inline" if inline else "attachment"
    return ([("Content-Type", '%s; name="%s"' % (ctype, filename)),
             ("Content-Disposition", '%s; filename="%s"' % (disp, filename)),
             ("Content-Transfer-Encoding", "base64")], b)


def rfc822(raw_text, filename=None):
    hdrs = [("Content-Type", "message/rfc822")]
    if filename:
        hdrs.append(("Content-Disposition", 'attachment; filename="%s"' % filename))
    return (hdrs, raw_text)


def calendar(ics, method):
    name, body = _enc(ics, "8bit")
    return ([("Content-Type", 'text/calendar; charset="utf-8"; method=%s' % method),
             ("Content-Transfer-Encoding", name)], body)


def build(frm, subject, date, mid, part, to=HELPDESK, cc=None, extra=(), first=()):
    hdrs = list(first)
    hdrs += [("From", frm), ("To", to)]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs += [("Subject", S(subject)), ("Date", date), ("Message-ID", mid)]
    hdrs += list(extra)
    hdrs.append(("MIME-Version", "1.0"))
    hdrs += part[0]
    head = "".join("%s: %s\n" % (k, v) for k, v in hdrs)
    return (head + "\n" + part[1]).encode("utf-8")


def add(num, client, quirk, slug, raw, label):
    MAILS.append(("%03d-%s-%s-%s.eml" % (num, client, quirk, slug), raw, label))


def L(type_, lang, fields=None, note=None):
    d = {"type": type_, "lang": lang, "fields": fields if fields is not None else {}}
    if note:
        d["note"] = note
    return d


def gmail_html(text):
    """Gmail's own HTML alternative: one div per line, empty lines as <div><br></div>."""
    rows = []
    for line in text.rstrip("\n").split("\n"):
        rows.append("<div>%s</div>" % html.escape(line, quote=False) if line else "<div><br></div>")
    return '<div dir="ltr">' + "\n".join(rows) + "</div>"


def outlook_html(text, font="Calibri"):
    rows = []
    for line in text.rstrip("\n").split("\n"):
        inner = html.escape(line, quote=False) if line else "&nbsp;"
        rows.append('<p class="MsoNormal"><span lang="IN">%s<o:p></o:p></span></p>' % inner)
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"%s",sans-serif;}--></style></head>\n'
            '<body lang="EN-ID" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>' % (font, "\n".join(rows)))


def simple_html(text, tag="div", style=""):
    rows = []
    for line in text.rstrip("\n").split("\n"):
        rows.append("<%s>%s</%s>" % (tag, html.escape(line, quote=False), tag) if line else "<%s><br></%s>" % (tag, tag))
    return "<html><head></head><body%s>\n%s\n</body></html>" % (
        ' style="%s"' % style if style else "", "\n".join(rows))


# ---------------------------------------------------------------- attachments
def make_docx(paragraphs):
    def esc(s):
        return html.escape(s, quote=False)
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paragraphs)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" '
         'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>%s<w:sectPr/></w:body></w:document>' % body),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 16, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, content.encode("utf-8"))
    return buf.getvalue()


def make_pdf(lines, title="Scan"):
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
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (Xerox AltaLink C8145) /CreationDate (D:20261106081533+07'00') >>" % esc(title)).encode("latin-1"),
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
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def make_wav(seconds=1, rate=8000):
    n = seconds * rate
    data = bytes(((i * 7) % 5) + 126 for i in range(n))
    return (b"RIFF" + struct.pack("<I", 36 + n) + b"WAVEfmt " +
            struct.pack("<IHHIIHH", 16, 1, 1, rate, rate, 1, 8) + b"data" + struct.pack("<I", n) + data)


# ================================================================ the mails
# ---- 001: a programme secretary writing for two lecturers at once (Outlook, quoted-printable alternative)
t = """Selamat pagi Tim Helpdesk P4M,

Mohon maaf mengganggu di awal minggu. Saya Sri, sekretaris Prodi Teknologi Rekayasa Perangkat Lunak, menitipkan permohonan dari dua dosen kami yang sedang mengajar pagi ini sehingga tidak sempat menulis sendiri:

1. Dari Pak Hendra: MK RPL2104 Pemrograman Berorientasi Objek kelas TRPL 2A di e-learning masih tercantum nama dosen lama (Pak Yusuf, yang sudah pindah homebase). Mohon nama dosennya diganti menjadi Hendra Gunawan, S.Kom., M.Cs.

2. Dari Bu Maya: MK RPL3207 Basis Data Lanjut, kelasnya tertulis TRPL 3B Pagi padahal yang beliau ajar kelas malam. Mohon diubah menjadi TRPL 3B Malam.

Kalau ada yang perlu dikonfirmasi langsung ke dosennya, Pak Hendra dan Bu Maya saya tembuskan di email ini.

Terima kasih banyak atas bantuannya.

Salam,
Sri Wahyuningsih
Sekretaris Prodi TRPL - Jurusan Teknik Informatika
Politeknik Negeri Batam
Ext. 1207
"""
add(1, "outlook", "twolecturers", "pbo-dosen-basisdata-kelas", build(
    A("Sri Wahyuningsih", "sri.wahyu@polibatam.ac.id"),
    "Titipan permohonan perubahan data MK - Pak Hendra & Bu Maya",
    D(11, 2, 9, 12), "<SG2PR06MB5234A1B7C9E2F0D41C3E8A7BB9452@SG2PR06MB5234.apcprd06.prod.outlook.com>",
    multipart("alternative", "_000_SG2PR06MB5234A1B7C9E2F0D41C3E8A7BB9452SG2PR06MB5234apcp_",
              plain(t), htmlpart(outlook_html(t))),
    cc="%s, %s" % (A("Hendra Gunawan", "hendra.g@polibatam.ac.id"), A("Maya Kartika", "maya.kartika@polibatam.ac.id")),
    extra=[("Thread-Topic", "Titipan permohonan perubahan data MK - Pak Hendra & Bu Maya"),
           ("Thread-Index", "AdtM3b9k2Wq1Yc8nR0y6vEo3hT7p2Q=="), ("Content-Language", "id-ID"),
           ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]),
    L("course_data", "id", {"course_code": "RPL2104", "course_name": "Pemrograman Berorientasi Objek",
                             "changes": {"lecturer": "Hendra Gunawan, S.Kom., M.Cs."}},
      "Two courses for two lecturers in one mail: the first (RPL2104, lecturer) is labelled; the second asks RPL3207 class TRPL 3B Malam."))

# ---- 002: career centre, tracer-study announcement with a publish moment (Gmail alternative)
t = """Yth. Tim P4M,

Dengan hormat, Pusat Karir dan Alumni Polibatam memohon bantuan publikasi pengumuman di halaman depan e-learning untuk seluruh sivitas akademika, khususnya mahasiswa tingkat akhir dan alumni yang masih memiliki akun.

Judul: Pengisian Tracer Study Alumni 2026

Isi:
Kepada alumni lulusan 2024 dan 2025, mohon meluangkan waktu sekitar 15 menit untuk mengisi kuesioner Tracer Study 2026 melalui tautan https://karir.polibatam.ac.id/tracer2026 paling lambat 30 November 2026. Data Anda sangat berarti untuk akreditasi program studi dan perbaikan kurikulum. Mahasiswa tingkat akhir dimohon meneruskan informasi ini kepada kakak tingkat.

Mohon ditayangkan pada Senin, 9 November 2026 pukul 08.00 WIB, karena pada hari itu kami juga mengirim SMS blast ke alumni.

Terima kasih atas kerja samanya.

Salam hangat,
Dewi Anggraini Putri
Staf Pusat Karir dan Alumni
Politeknik Negeri Batam
WA 0812-7001-4436
"""
add(2, "gmail", "tracerstudy", "pusatkarir-pengumuman", build(
    A("Dewi Anggraini Putri", "dewi.anggraini@polibatam.ac.id"),
    "Permohonan publikasi pengumuman Tracer Study 2026",
    D(11, 5, 14, 20), "<CAHk7w2pQ9v+RtX1mZbN4eYfL0cK3dS8uJq5TgA6hWn_oEr2Vxg@mail.gmail.com>",
    multipart("alternative", "000000000000a3f1c20627b1e4d5", plain(t), htmlpart(gmail_html(t)))),
    L("announcement", "id", {"title": "Pengisian Tracer Study Alumni 2026", "scope": "site",
                              "publish_at": "2026-11-09T08:00:00+07:00"},
      "30 November is the questionnaire deadline, not a publish time."))

# ---- 003: Copilot-drafted formal English from an Indonesian lecturer (Outlook HTML-only)
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0cm;font-size:11pt;font-family:Aptos,sans-serif}</style></head>
<body lang="EN-US">
<div class="WordSection1">
<p class="MsoNormal">Dear P4M Helpdesk Team,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I hope this message finds you well. I am writing to seek your assistance regarding an issue I have encountered with the gradebook in my course, <b>MEK2203 Termodinamika Teknik</b>, on the e-learning platform.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">After configuring the grade categories (Assignments 30%, Quizzes 20%, Midterm 20%, Final Exam 30%), the course total for several students is displayed as a value above 100, for example 127.45. I have verified that each category weight has been entered correctly; however, the aggregation still appears to be set to &ldquo;Natural&rdquo;, and I was unable to locate the option to change it to &ldquo;Weighted mean of grades&rdquo;.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Could you kindly advise on the appropriate steps to resolve this matter? As the midterm grades are due to be shared with students next week, your prompt support would be greatly appreciated.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Thank you very much for your time and assistance.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Best regards,</p>
<p class="MsoNormal">Yohanes Sitepu, S.T., M.T.</p>
<p class="MsoNormal">Lecturer, Mechanical Engineering Department</p>
<p class="MsoNormal">Politeknik Negeri Batam</p>
</div></body></html>"""
add(3, "outlookhtml", "copilotdraft", "gradebook-over100", build(
    A("Yohanes Sitepu", "yohanes.sitepu@polibatam.ac.id"),
    "Assistance Required: Gradebook Course Total Exceeding 100 in MEK2203",
    D(11, 3, 10, 5), "<TYZPR06MB6071F2C4D8A91E3B57C0D2A4C3B18@TYZPR06MB6071.apcprd06.prod.outlook.com>",
    htmlpart(h), extra=[("Content-Language", "en-US"), ("X-MS-Has-Attach", "")]),
    L("elearning_support", "en", {"course_code": "MEK2203", "course_name": "Termodinamika Teknik"}))

# ---- 004: ChatGPT draft pasted with the assistant's preamble and closing offer (Gmail plain)
t = """Tentu! Berikut draf email yang sopan dan jelas untuk meminta perubahan nama mata kuliah:

---

**Subjek:** Permohonan Perubahan Nama Mata Kuliah di E-Learning

Yth. Tim Helpdesk P4M Politeknik Negeri Batam,

Dengan hormat,

Saya yang bertanda tangan di bawah ini, dosen pengampu pada Program Studi Teknologi Rekayasa Manufaktur, bermaksud mengajukan permohonan perubahan nama mata kuliah pada platform e-learning dengan rincian sebagai berikut:

**Kode Mata Kuliah:** TMK2301
**Nama Mata Kuliah Saat Ini:** Gambar Teknik Manufaktur
**Nama Mata Kuliah yang Diusulkan:** Gambar Teknik dan CAD Manufaktur
**Alasan Perubahan:** Penyesuaian dengan kurikulum 2026 yang menambahkan materi CAD

Besar harapan saya agar permohonan ini dapat ditindaklanjuti. Atas perhatian dan kerja samanya, saya ucapkan terima kasih.

Hormat saya,
Ratna Sari Dewi, S.T., M.T.

---

Semoga membantu! Jika Anda ingin versi yang lebih singkat atau lebih formal, beri tahu saya.
"""
add(4, "gmail", "chatgptpreamble", "tmk-rename", build(
    A("Ratna Sari Dewi", "ratnasari.dewi@polibatam.ac.id"),
    "Permohonan Perubahan Nama Mata Kuliah di E-Learning",
    D(11, 4, 20, 41), "<CAL3vQ8xR_2nPwE5tYbK0mZ7cJ4hU9fA1sDgLq6oWe+iTr3NkBw@mail.gmail.com>",
    plain(t)),
    L("course_data", "id", {"course_code": "TMK2301", "course_name": "Gambar Teknik Manufaktur",
                             "changes": {"fullname": "Gambar Teknik dan CAD Manufaktur"}},
      "An AI assistant's draft pasted with its preamble and closing offer; the Markdown asterisks are not part of the values."))

# ---- 005: scan-to-email from the office multifunction printer (machine mail, PDF)
t = """Please open the attached document. It was scanned and sent to you using a Xerox Multifunction Printer.

Attachment File Type: PDF, Multi-Page

Multifunction Printer Location: Gedung Utama Lt. 2 - Ruang P4M
Device Name: XRX-P4M-LT2
Device Model: AltaLink C8145

For more information on Xerox products and solutions, please visit https://www.xerox.com
"""
pdf = make_pdf(["FM-P4M-07  FORMULIR PERMOHONAN LAYANAN", "[scanned image, 2 pages, 300 dpi]"], "Scan_20261106_081533")
add(5, "xerox", "scantoemail", "scanned-pdf", build(
    A("Xerox AltaLink P4M", "scan-p4m@polibatam.ac.id"),
    "Scanned from a Xerox Multifunction Printer",
    D(11, 6, 8, 15, second=33), "<XRX-P4M-LT2.20261106081533.0042@polibatam.ac.id>",
    multipart("mixed", "XEROX-SMTP-BOUNDARY-20261106081533-0042",
              plain(t, cte="7bit"), attachment(pdf, "application/pdf", "Scan_20261106_081533.pdf"))),
    L("auto", "en", {}, "Scan-to-email notice from the office copier; machine mail without Auto-Submitted."))

# ---- 006: Myanmar partner, joint course rename (Thunderbird format=flowed, +06:30)
v = "Supply Chain Analytics for Maritime Logistics"
t = """Mingalaba, dear P4M Helpdesk colleagues,

I hope you are all well in Batam. I am writing about our joint online course with Polibatam, JNT4102 Supply Chain Analytics, which our students in Mandalay and your logistics students attend together this semester.

At the joint curriculum meeting on 4 November both sides agreed that the course title should show the maritime focus, because most of the cases come from the ports of Batam and Yangon. Could you please change the full name of the course on the e-learning site to:

Supply Chain Analytics for Maritime Logistics

The course code stays JNT4102. Nothing else needs to change.

With many thanks and kind regards,

Daw Khin Myat Noe
Lecturer, Department of Logistics and Supply Chain
Mandalay Institute of Applied Technology
Mandalay, Myanmar
"""
add(6, "thunderbird", "myanmar0630", "jnt4102-rename", build(
    A("Daw Khin Myat Noe", "khinmyatnoe@miat.edu.mm"),
    "Request to change course name - JNT4102 (joint course)",
    D(11, 7, 10, 30, 390), "<8c1f2a7e-5b3d-4e09-9a61-d27f0c4b1e85@miat.edu.mm>",
    plain(t, cte="8bit", flowed=True, keep=(v,)),
    extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")]),
    L("course_data", "en", {"course_code": "JNT4102", "course_name": "Supply Chain Analytics",
                             "changes": {"fullname": v}}))

# ---- 007: sports-unit student officer, code-switching, "besok pagi jam 7" (K-9 Mail)
t = """Halo min P4M 👋

Aku Rizky dari Badan Koordinasi UKM Olahraga. Mau request upload announcement buat Polibatam Sports Week 2026 ya, for all students.

Judulnya: "Open Registration Polibatam Sports Week 2026"

Isinya kurang lebih:
Polibatam Sports Week is back! Cabang futsal, basket, badminton, voli, tenis meja, sama e-sport (Mobile Legends). Pendaftaran tim dibuka sampai Jumat, 20 November 2026 lewat link bit.ly/PSW2026-daftar. Pertandingan tanggal 23 sampai 28 November di GOR dan lapangan kampus. Contact person: Rizky 0821-7766-0913.

Please publish besok pagi jam 7 ya min, biar anak-anak langsung notice pas buka e-learning sebelum kelas pertama.

Thank you so much min! 🙏⚽

Rizky Ananda Pratama
Kadiv Humas BK UKM Olahraga Polibatam
"""
add(7, "k9mail", "besokjam7", "sportsweek-announce", build(
    A("Rizky Ananda Pratama", "rizky.ananda@students.polibatam.ac.id"),
    "Request announcement Polibatam Sports Week 2026 🏆",
    D(11, 8, 21, 47), "<2f6c91d3-0a7e-4b58-b3c2-9e14d07a6f21@students.polibatam.ac.id>",
    plain(t, cte="8bit", flowed=True),
    extra=[("User-Agent", "K-9 Mail for Android")]),
    L("announcement", "mixed", {"title": "Open Registration Polibatam Sports Week 2026", "scope": "site",
                                 "publish_at": "2026-11-09T07:00:00+07:00"},
      "'besok pagi jam 7' counts from the mail's Sunday date; 20 November is the registration deadline."))

# ---- 008: a parent asking about a grade (other; Gmail app)
t = """Assalamualaikum wr. wb.

Selamat pagi Bapak/Ibu. Perkenalkan saya Sutrisno, orang tua dari Aditya Pratama, mahasiswa Teknik Informatika kelas TI 2C (NIM 4342401077).

Saya mendapat kabar dari anak saya bahwa nilai UTS mata kuliah IF2203 Struktur Data nya dapat D, padahal menurut anak saya dia sudah mengumpulkan semua tugas di e-learning. Saya mohon bantuan Bapak/Ibu untuk menanyakan kepada dosennya apakah nilai tersebut sudah benar, atau kalau bisa kami orang tua dipertemukan dengan dosennya.

Mohon maaf kalau saya salah alamat, nomor email ini saya dapat dari website kampus.

Wassalamualaikum wr. wb.
Sutrisno
HP 0813-6420-5518
Batu Aji, Batam

Dikirim dari Gmail untuk Android
"""
add(8, "gmailandroid", "parent", "nilai-anak", build(
    A("Sutrisno", "sutrisno.batuaji@gmail.com"),
    "Mohon info nilai anak saya",
    D(11, 10, 6, 12), "<CAPa9wL3nE+u6hTQz0yR8mK2dXv5bJ1sF7cG4oN_iW3tHqe9ULA@mail.gmail.com>",
    multipart("alternative", "0000000000004e9b7106276c0d12", plain(t), htmlpart(gmail_html(t)))),
    L("other", "id", {"course_code": "IF2203", "course_name": "Struktur Data"},
      "A parent asking about a grade: not P4M business."))

# ---- 009: LAM accreditation liaison officer asking for documents (Zimbra alternative)
t = """Yth. Kepala dan Staf P4M,

Sehubungan dengan asesmen lapangan LAM INFOKOM untuk Program Studi Sarjana Terapan Teknik Informatika yang dijadwalkan pada 24-26 November 2026, saya selaku Liaison Officer (LO) asesor ditugaskan menyiapkan dokumen pendukung kriteria Pendidikan dan Penjaminan Mutu.

Mohon kiranya P4M dapat mengirimkan dokumen berikut dalam format PDF:
1. SOP Layanan Helpdesk P4M (versi terbaru yang sudah disahkan);
2. Contoh Rekaman Helpdesk P4M semester genap 2025/2026 (boleh dengan data pemohon disamarkan);
3. Laporan Evaluasi Diri (LED) layanan helpdesk tahun 2025.

Dokumen akan kami unggah ke folder bukti (evidence) yang dapat diakses asesor. Apabila ada dokumen yang bersifat internal dan tidak boleh dibagikan, mohon informasinya.

Atas perhatian dan bantuannya kami ucapkan terima kasih.

Hormat kami,
Taufik Hidayat, S.T., M.Kom.
Liaison Officer Asesmen Lapangan LAM INFOKOM
Prodi Teknik Informatika - Politeknik Negeri Batam
"""
h = "<html><body><div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000\">" + \
    "".join("<div>%s</div>" % (html.escape(x, quote=False) if x else "<br data-mce-bogus=\"1\">")
            for x in t.rstrip("\n").split("\n")) + "</div></body></html>"
add(9, "zimbra", "lamliaison", "sop-rekaman-led", build(
    A("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
    "Permohonan dokumen pendukung asesmen lapangan LAM INFOKOM",
    D(11, 11, 13, 30), "<1347582906.882341.1794810600117.JavaMail.zimbra@polibatam.ac.id>",
    multipart("alternative", "=_b7e1d2a4-5c39-4f80-8a6e-3d0c91f27e54", plain(t), htmlpart(h)),
    extra=[("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4583)"),
           ("Thread-Index", "ZGVmYWx0aGFrb3Blcm1vaG9uYW4=")]),
    L("document_request", "id", {}))

# ---- 010: a lecturer who opens and closes with pantun (Roundcube, 8bit)
t = """Dari Punggur naik pompong,
singgah sebentar di Tanjung Uban.
Kepada Tuan dan Puan kami minta tolong,
kunci kelas minta digantikan.

Assalamualaikum, selamat pagi Tim P4M.

Begini ceritanya. Mata kuliah AKT2104 Akuntansi Biaya yang saya ampu untuk kelas AK 2A, kunci pendaftarannya (enrolment key) yang lama ternyata sudah tersebar ke grup kelas sebelah, jadi ada mahasiswa yang bukan peserta ikut masuk. Mohon kuncinya diganti menjadi:

Lancang#Kuning26

Mahasiswa yang sudah terdaftar biarlah tetap di dalam, nanti yang salah kelas saya keluarkan sendiri.

Pulau Bintan pulau Penyengat,
tempat bermukim Raja Ali Haji.
Terima kasih tak terhingga sangat,
budi baik Tuan tetap dikenang di hati.

Wassalam,
Syahrul Nizam, S.E., M.Ak.
Dosen Akuntansi Manajerial
"""
add(10, "roundcube", "pantun", "akt2104-enrolkey", build(
    A("Syahrul Nizam", "syahrul.nizam@polibatam.ac.id"),
    "Ganti kunci pendaftaran AKT2104",
    D(11, 12, 7, 55), "<b1e5f0c9a2d74e3f8a6b@webmail.polibatam.ac.id>",
    plain(t, cte="8bit"),
    extra=[("User-Agent", "Roundcube Webmail/1.6.6")]),
    L("course_data", "id", {"course_code": "AKT2104", "course_name": "Akuntansi Biaya",
                             "changes": {"enrolment_key": "Lancang#Kuning26"}}))

# ---- 011: lecturer on umrah in Madinah cannot receive the login code (iPhone, base64, +03:00)
t = """Assalamualaikum Tim P4M,

Mohon maaf mengganggu, saya Fitri dari Prodi Teknik Informatika. Saat ini saya sedang menjalankan ibadah umrah dan sekarang berada di Madinah sampai tanggal 22 November.

Tadi saya mau memeriksa tugas mahasiswa di e-learning tapi tidak bisa masuk. Setelah isi password, sistem minta kode verifikasi yang dikirim lewat SMS ke nomor Indonesia saya, sedangkan nomor itu tidak aktif roaming di sini. Apakah kode verifikasinya bisa dialihkan ke email saya dulu, atau ada cara lain supaya saya bisa login dari luar negeri?

Mohon bantuannya, insya Allah jawabannya saya buka setelah Subuh.

Wassalamualaikum,
Fitri Handayani

Dikirim dari iPhone saya
"""
add(11, "iphone", "umrahmadinah", "otp-luarnegeri", build(
    A("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
    "Tidak bisa login e-learning dari Madinah",
    D(11, 13, 5, 40, 180), "<6E0A3C1F-92B4-4D7A-B8E5-1F27C0D94A63@polibatam.ac.id>",
    plain(t, cte="b64"),
    extra=[("X-Mailer", "iPhone Mail (22B83)")]),
    L("elearning_support", "id", {}))

# ---- 012: a young lecturer code-switching, short name (Gmail alternative)
v = "ML-TI3A-2026"
t = """Hi tim P4M!

Jadi gini, course aku yang IF3109 Machine Learning kelas TI 3A tuh short name-nya masih ML-2025, which is bikin confusing banget buat anak-anak karena sebagian dari mereka masih ke-enrol juga di course versi tahun lalu. Di dashboard jadi kelihatan dua course yang namanya mirip.

Could you please ganti short name-nya jadi ML-TI3A-2026? Full name-nya udah bener kok, nggak usah diubah.

Thanks a lot, appreciate it banget! 🙌

Kevin Aldiansyah, M.Kom.
Dosen Teknik Informatika
"""
add(12, "gmail", "jaksel", "if3109-shortname", build(
    A("Kevin Aldiansyah", "kevin.aldiansyah@polibatam.ac.id"),
    "Short name course ML please di-update",
    D(11, 13, 16, 3), "<CAJ5sR2tK8m+PqVx0hYc4eLn7bW1zFg3dU9oAi6T_kMw2Nr8Eyw@mail.gmail.com>",
    multipart("alternative", "000000000000b81e2f0627d4c9a7", plain(t), htmlpart(gmail_html(t)))),
    L("course_data", "mixed", {"course_code": "IF3109", "course_name": "Machine Learning",
                                "changes": {"shortname": v}}))

# ---- 013: career centre's international coordinator, English recruitment-day announcement (Outlook)
t = """Dear P4M Helpdesk,

Good morning. On behalf of the Career and Alumni Centre, I would like to request the publication of the following announcement on the e-learning front page for all students and recent graduates.

Title: Campus Recruitment Day: Kepri Offshore Fabrication Pte Ltd

Kepri Offshore Fabrication Pte Ltd (Singapore) will hold an on-campus recruitment day for fresh graduates of Mechanical, Electrical and Welding programmes on Thursday, 26 November 2026, 13:00-16:00 WIB in the Main Auditorium. Candidates must register at https://karir.polibatam.ac.id/kof2026 by Monday, 23 November 2026, and bring a printed CV and transcript. A short briefing on working conditions in Singapore will be given by the company's HR team.

Please publish it on Monday, 16 November 2026 at 9:00 a.m. WIB, after our morning briefing with the company.

Many thanks for your help.

Warm regards,
Melati Kusumawardani
International Partnerships Coordinator
Career and Alumni Centre, Politeknik Negeri Batam
"""
add(13, "outlook", "recruitmentday", "kof-announce-en", build(
    A("Melati Kusumawardani", "melati.k@polibatam.ac.id"),
    "Announcement request: Campus Recruitment Day (Kepri Offshore Fabrication)",
    D(11, 13, 11, 20), "<KL1PR06MB6512C09E4B7A2F31D80E5C61A2F90@KL1PR06MB6512.apcprd06.prod.outlook.com>",
    multipart("alternative", "_000_KL1PR06MB6512C09E4B7A2F31D80E5C61A2F90KL1PR06MB6512apcp_",
              plain(t), htmlpart(outlook_html(t))),
    extra=[("Thread-Topic", "Announcement request: Campus Recruitment Day (Kepri Offshore Fabrication)"),
           ("Content-Language", "en-US")]),
    L("announcement", "en", {"title": "Campus Recruitment Day: Kepri Offshore Fabrication Pte Ltd", "scope": "site",
                              "publish_at": "2026-11-16T09:00:00+07:00"},
      "26 November is the event and 23 November the registration deadline; the publish moment is 16 November 9:00 WIB."))

# ---- 014: Egyptian partner asking for English templates (Gmail plain, +02:00)
t = """Dear Colleagues at P4M,

Greetings from Alexandria, and I hope this email finds you in the best of health.

We are preparing the joint course in Power Electronics that will start in the even semester, and our quality unit asked me to follow the same documents that Politeknik Negeri Batam uses so that both sides are aligned before the audit.

Kindly, could you share with us:
- the English version of your course contract (kontrak perkuliahan) template, and
- your guideline or manual for designing an e-learning course (the standard structure of weeks, activities and assessment), in English if it is available.

If only the Indonesian versions exist, please send them anyway and our Indonesian-speaking assistant will translate them.

Thank you in advance for your kind cooperation.

Best regards,
Dr. Mahmoud Abdel-Rahman
Associate Professor, Department of Electrical Power Technology
Alexandria Technical Institute, Egypt
"""
add(14, "gmail", "egypt0200", "templates-en", build(
    A("Dr. Mahmoud Abdel-Rahman", "m.abdelrahman@ati-alex.edu.eg"),
    "Request for course contract template and e-learning design guideline (English)",
    D(11, 14, 11, 5, 120), "<CAMx4bE7rT1+wQ9yK3nZ0vLp6hG2sDj8fU5cAo_Ni7eRm4Wt1Hg@mail.gmail.com>",
    plain(t)),
    L("document_request", "en", {}))

# ---- 015: a "ralat" correcting the course code of the writer's own quoted earlier mail (Gmail)
t = """Ralat Bapak/Ibu, maaf salah ketik di email saya sebelumnya. Kode MK yang benar EL2160, bukan EL2106 (EL2106 itu MK Elektronika Dasar punya Pak Darwin, mohon jangan diubah). Isi permintaannya tetap sama seperti di bawah.

Terima kasih,
Agus Salim

Pada Kam, 12 Nov 2026 pukul 10.14 Agus Salim <agus.salim@polibatam.ac.id> menulis:
> Selamat pagi Tim P4M,
>
> Mohon bantuan untuk MK EL2106 Rangkaian Listrik II. Di e-learning kelasnya
> masih tertulis EL 2B Malam, padahal mulai semester ini kelas yang saya ajar
> pindah ke pagi. Mohon diubah menjadi EL 2B Pagi.
>
> Terima kasih.
>
> Agus Salim, S.T., M.T.
> Dosen Teknik Elektro
"""
add(15, "gmail", "ralatkode", "el2160-kelas", build(
    A("Agus Salim", "agus.salim@polibatam.ac.id"),
    "Re: Perubahan kelas MK Rangkaian Listrik II",
    D(11, 15, 19, 22), "<CAFr8nY2dE+LsK5hW0tQ7mXb3cV9pJ1gA4uZo6_Re2iNq8Tw5Dk@mail.gmail.com>",
    multipart("alternative", "00000000000091d3c80627e3b5f4", plain(t), htmlpart(gmail_html(t))),
    extra=[("In-Reply-To", "<CAFr8nY2dE+LsK5hW0tQ7mXb3cV9pJ1gA4uZo6_Qa7bLm1Rt0Cx@mail.gmail.com>"),
           ("References", "<CAFr8nY2dE+LsK5hW0tQ7mXb3cV9pJ1gA4uZo6_Qa7bLm1Rt0Cx@mail.gmail.com>")]),
    L("course_data", "id", {"course_code": "EL2160", "course_name": "Rangkaian Listrik II",
                             "changes": {"class": "EL 2B Pagi"}},
      "A correction of the writer's own quoted mail: the code is the corrected EL2160; the class change is read from the quoted mail."))

# ---- 016: Zimbra mailbox-quota warning to the helpdesk mailbox (machine mail)
t = """Yth. Pemilik akun helpdesk-p4m@polibatam.ac.id,

Kotak surat Anda telah menggunakan 90% dari kuota yang tersedia.

Penggunaan saat ini : 9,02 GB
Kuota              : 10 GB

Apabila kuota penuh, email yang masuk akan ditolak dan dikembalikan ke pengirim. Silakan hapus email yang tidak diperlukan, kosongkan folder Sampah, atau arsipkan email lama.

Pesan ini dikirim otomatis oleh sistem email Politeknik Negeri Batam. Mohon tidak membalas email ini.

UPA TIK Politeknik Negeri Batam
"""
add(16, "zimbra", "quotawarning", "kuota-90persen", build(
    A("Administrator Email Polibatam", "admin-mail@polibatam.ac.id"),
    "Peringatan Kuota: kotak surat Anda telah mencapai 90% dari batas",
    D(11, 16, 2, 0, second=4), "<1611738490.19.1794855604022.JavaMail.zimbra@mail.polibatam.ac.id>",
    plain(t, cte="qp"),
    extra=[("Auto-Submitted", "auto-generated"), ("X-Zimbra-Quota-Warning", "90")]),
    L("auto", "id", {}))

# ---- 017: arts unit, audition announcement with a date only (Roundcube format=flowed)
t = """Selamat siang Kakak-kakak P4M,

Kami dari Sanggar Seni Lancang Kuning (UKM Seni Budaya Polibatam) ingin minta tolong dipasangkan pengumuman di e-learning untuk semua mahasiswa.

Judul: Audisi Paduan Suara dan Tari Zapin 2026

Isi pengumuman:
Sanggar Seni Lancang Kuning membuka audisi anggota baru untuk Paduan Suara Polibatam dan Tim Tari Zapin. Audisi dilaksanakan pada Selasa-Rabu, 24-25 November 2026 pukul 15.30 WIB di Ruang Serbaguna Gedung Utama lantai 4. Peserta paduan suara menyiapkan satu lagu bebas, peserta tari cukup membawa pakaian yang nyaman. Pendaftaran di bit.ly/audisiSLK2026 paling lambat 22 November 2026.

Kalau bisa ditayangkan tanggal 17 November ya Kak, jamnya bebas. Terima kasih banyak!

Salam budaya,
Nadia Safitri
Ketua Sanggar Seni Lancang Kuning
"""
add(17, "roundcube", "dateonly", "audisi-seni", build(
    A("Nadia Safitri", "nadia.safitri@students.polibatam.ac.id"),
    "Mohon dipublikasikan: Audisi Paduan Suara dan Tari Zapin",
    D(11, 16, 12, 40), "<4d9b0e71c3a2f58e1b6d@webmail.polibatam.ac.id>",
    plain(t, cte="8bit", flowed=True),
    extra=[("User-Agent", "Roundcube Webmail/1.6.6")]),
    L("announcement", "id", {"title": "Audisi Paduan Suara dan Tari Zapin 2026", "scope": "site"},
      "Only a publish date is given ('tanggal 17 November, jamnya bebas'), so no publish time."))

# ---- 018: LAM liaison asking guest accounts for assessors (Outlook)
t = """Yth. Tim Helpdesk P4M,

Menindaklanjuti email saya sebelumnya terkait asesmen lapangan LAM INFOKOM (24-26 November 2026), para asesor meminta dapat melihat langsung pelaksanaan pembelajaran daring di e-learning Prodi Teknik Informatika.

Mohon dibuatkan akun tamu (hanya bisa melihat, tidak bisa mengubah) untuk tiga asesor berikut, aktif dari 23 sampai 27 November 2026:
1. Prof. Dr. Ir. Bambang Wicaksono, M.Sc. - bambang.wicaksono@asesor-laminfokom.example.id
2. Dr. Lestiana Harahap, M.Kom. - lestiana.h@asesor-laminfokom.example.id
3. Dr. Gede Mahendra Putra, S.Kom., M.T. - gede.mahendra@asesor-laminfokom.example.id

Akses cukup ke seluruh mata kuliah semester ganjil 2026/2027 di kategori Teknik Informatika. Jika akun tamu tidak memungkinkan, mohon saran bentuk akses lain yang biasa diberikan P4M kepada asesor.

Terima kasih atas bantuannya.

Salam,
Taufik Hidayat, S.T., M.Kom.
LO Asesmen Lapangan LAM INFOKOM
"""
add(18, "outlook", "lamassessors", "akun-tamu-asesor", build(
    A("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
    "Akun tamu e-learning untuk asesor LAM INFOKOM",
    D(11, 17, 8, 40), "<PSAPR06MB4470A8E1C3D29B56F07A1E93C2D44@PSAPR06MB4470.apcprd06.prod.outlook.com>",
    multipart("alternative", "_000_PSAPR06MB4470A8E1C3D29B56F07A1E93C2D44PSAPR06MB4470apcp_",
              plain(t), htmlpart(outlook_html(t))),
    extra=[("Thread-Topic", "Akun tamu e-learning untuk asesor LAM INFOKOM"), ("Content-Language", "id-ID")]),
    L("elearning_support", "id", {}))

# ---- 019: Indian partner, "kindly do the needful", request also in a DOCX (+05:30)
v = "Dr. Venkatesh Raghunathan, Ph.D."
t = """Dear Sir/Madam,

Greetings from Sri Kaveri Institute of Technology, Coimbatore.

This is with reference to the joint course JNT3205 Industrial Automation with PLC offered with Polibatam this semester. Due to administrative reasons, Dr. Prakash Iyer will not be handling the course from our side any more. Kindly change the lecturer name shown on the e-learning course page to Dr. Venkatesh Raghunathan, Ph.D. with immediate effect.

PFA the duly filled request form signed by our HoD for your records.

Kindly do the needful and revert at the earliest.

Thanks and regards,
Dr. Lakshmi Narayanan
Coordinator - International Relations
Sri Kaveri Institute of Technology
Coimbatore, Tamil Nadu, India
"""
docx = make_docx(["REQUEST FORM - CHANGE OF COURSE DETAILS (JOINT PROGRAMME)",
                  "Course code: JNT3205", "Course name: Industrial Automation with PLC",
                  "Field to change: Lecturer", "Existing: Dr. Prakash Iyer",
                  "New: " + v, "Approved by: HoD, Dept. of EEE"])
add(19, "outlook", "india0530", "jnt3205-lecturer-docx", build(
    A("Dr. Lakshmi Narayanan", "lakshmi.n@skit.ac.in"),
    "Change of faculty for joint course JNT3205 - reg.",
    D(11, 17, 15, 10, 330), "<MA0PR01MB9876D1E2F3A4B5C6D7E8F9A0B1C2D@MA0PR01MB9876.INDPRD01.PROD.OUTLOOK.COM>",
    multipart("mixed", "_004_MA0PR01MB9876D1E2F3A4B5C6D7E8F9A0B1C2DMA0PR01MB9876INDP_",
              multipart("alternative", "_000_MA0PR01MB9876D1E2F3A4B5C6D7E8F9A0B1C2DMA0PR01MB9876INDP_",
                        plain(t), htmlpart(outlook_html(t, "Cambria"))),
              attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         "JNT3205_change_request.docx")),
    extra=[("X-MS-Has-Attach", "yes"), ("Content-Language", "en-IN")]),
    L("course_data", "en", {"course_code": "JNT3205", "course_name": "Industrial Automation with PLC",
                             "changes": {"lecturer": v}}))

# ---- 020: career centre inviting P4M staff to a CV clinic (other; Apple Mail)
t = """Kak Rina dan teman-teman P4M,

Mau invite tim P4M ke acara kami minggu depan nih: "CV Clinic & LinkedIn Photo Booth" buat dosen dan tendik, hari Rabu, 25 November 2026, jam 10.00-12.00 di Career Lounge lantai 1. Ada free professional headshot juga, so bisa sekalian update foto profil e-learning hehe.

Nggak perlu di-announce di e-learning ya Kak, ini undangan internal aja, cukup RSVP ke aku by Friday biar kita bisa siapin slot fotonya.

See you there!

Dewi
Pusat Karir dan Alumni
"""
add(20, "applemail", "invitation", "cvclinic-undangan", build(
    A("Dewi Anggraini Putri", "dewi.anggraini@polibatam.ac.id"),
    "Undangan CV Clinic & LinkedIn Photo Booth utk tim P4M",
    D(11, 18, 9, 31), "<F3A1C7E9-0B24-4D68-9E5A-7C31B2D8F406@polibatam.ac.id>",
    multipart("alternative", "Apple-Mail=_8E2D4C61-7A90-4F3B-B15E-0D9C3A7F2E18",
              plain(t, cte="qp"),
              htmlpart('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                       '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                       + "".join("<div>%s</div>" % (html.escape(x, quote=False) if x else "<br>")
                                 for x in t.rstrip("\n").split("\n")) + "</body></html>")),
    extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]),
    L("other", "mixed", {}, "An internal invitation that explicitly asks not to be announced."))

# ---- 021: practitioner lecturer on an offshore rig, satellite mail in capitals (+00:00)
v = "IR. BONAR SITUMEANG DAN YOHANNES MANURUNG, S.T."
t = """SELAMAT PAGI TIM P4M.

SAYA BONAR SITUMEANG, DOSEN PRAKTISI MK TPK2108 KESELAMATAN DAN KESEHATAN KERJA KELAS TPK 2A. SAYA SEDANG ROTASI KERJA DI RIG LEPAS PANTAI NATUNA SAMPAI 10 DESEMBER, SINYAL SATELIT TERBATAS.

MOHON NAMA PENGAMPU DI E-LEARNING DIUBAH MENJADI:
IR. BONAR SITUMEANG DAN YOHANNES MANURUNG, S.T.

(TEAM TEACHING. PAK YOHANNES YANG MENGISI TATAP MUKA SELAMA SAYA DI LAUT, SUDAH SETUJU KAPRODI.)

TERIMA KASIH. MAAF HURUF BESAR SEMUA, TERMINAL DI SINI MEMANG BEGITU.

BONAR S.
HSE SUPERINTENDENT - KEPRI OFFSHORE
--- SENT VIA SATELLITE LINK. MSG LIMIT 20KB. PLS NO ATTACHMENTS IN REPLY ---
"""
add(21, "satmail", "allcaps-utc", "tpk2108-teamteaching", build(
    A("BONAR SITUMEANG", "bonar.s@rig-anoa.kepri-offshore.co.id"),
    "REQ GANTI DOSEN MK K3 TPK2108 (DARI RIG)",
    D(11, 19, 3, 10, 0), "<20261119031002.7F3A@rig-anoa.kepri-offshore.co.id>",
    plain(t, cte="7bit"),
    extra=[("X-Mailer", "AmosConnect 8.4.1"), ("X-Sat-Link", "VSAT-Ku / compressed")]),
    L("course_data", "id", {"course_code": "TPK2108", "course_name": "KESELAMATAN DAN KESEHATAN KERJA",
                             "changes": {"lecturer": v}},
      "A two-person team written as one value, in capitals as written."))

# ---- 022: counselling unit, how-to about a private self-enrol course (Gmail alternative)
t = """Halo Tim P4M,

Kami dari Unit Layanan Bimbingan dan Konseling lagi nyiapin course non-kredit "Ruang Tenang" di e-learning, isinya modul self-help soal stres akademik dan link booking sesi konseling.

Concern kami soal privacy: kami mau mahasiswa bisa self-enrol tanpa enrolment key, tapi daftar peserta jangan bisa dilihat sesama mahasiswa, karena ada yang nggak nyaman kalau ketahuan ikut course konseling. Forum juga sebaiknya anonymous kalau memungkinkan.

Is that possible di Moodle kita? Kalau bisa, setting-nya di menu mana ya? Kami yang akan setting sendiri, cukup dikasih tahu caranya.

Thank you,
Anisa Rahmadani, S.Psi.
Konselor - Unit Layanan BK Polibatam
"""
add(22, "gmail", "counselling", "privasi-peserta-howto", build(
    A("Anisa Rahmadani", "anisa.rahmadani@polibatam.ac.id"),
    "Tanya setting privacy course Ruang Tenang",
    D(11, 19, 14, 15), "<CAGt2kP9wX+Lm4RzE7bN1yVq3sH8cJ0dF6uT5oAi_Kr9Wn2Ye4g@mail.gmail.com>",
    multipart("alternative", "0000000000002c7a940628015e3b", plain(t), htmlpart(gmail_html(t)))),
    L("elearning_support", "mixed", {"course_name": "Ruang Tenang"}))

# ---- 023: campus clinic, health-screening announcement (Roundcube HTML alternative)
t = """Yth. Admin E-Learning P4M,

Klinik Pratama Polibatam bermaksud mengumumkan kegiatan berikut kepada seluruh dosen, tenaga kependidikan dan mahasiswa melalui e-learning.

Judul: Pemeriksaan Kesehatan Gratis bagi Sivitas Akademika

Isi:
Dalam rangka Hari Kesehatan Nasional, Klinik Pratama Polibatam mengadakan pemeriksaan tekanan darah, gula darah, kolesterol dan konsultasi gizi secara gratis pada Kamis-Jumat, 19-20 November 2026 pukul 08.00-14.00 WIB di lobi Gedung Utama. Peserta cukup membawa kartu identitas kampus. Untuk pemeriksaan gula darah puasa, mohon tidak makan sejak pukul 22.00 malam sebelumnya.

Mohon pengumuman ditayangkan pada Rabu, 18 November 2026 pukul 07.30 WIB.

Terima kasih.

dr. Yulia Mardiana
Penanggung Jawab Klinik Pratama Polibatam
"""
add(23, "roundcube", "clinic", "cekkesehatan-announce", build(
    A("dr. Yulia Mardiana", "klinik@polibatam.ac.id"),
    "Permohonan pengumuman pemeriksaan kesehatan gratis",
    D(11, 16, 10, 0, second=52), "<a7c03e5b19d64f82@webmail.polibatam.ac.id>",
    multipart("alternative", "=_c5a1f0e2b9d47a6e3c8b1d05f7e2a940",
              plain(t, flowed=True),
              htmlpart('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
                       '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
                       + "\n".join("<p>%s</p>" % html.escape(x, quote=False).replace("\n", "<br />")
                                   for x in t.strip("\n").split("\n\n")) + "\n</body></html>")),
    extra=[("User-Agent", "Roundcube Webmail/1.6.6")]),
    L("announcement", "id", {"title": "Pemeriksaan Kesehatan Gratis bagi Sivitas Akademika", "scope": "site",
                              "publish_at": "2026-11-18T07:30:00+07:00"},
      "19-20 November is the event; 18 November 07.30 is the publish moment."))

# ---- 024: Cambodian partner, enrolment key for a joint class (Outlook.com, +07:00)
v = "PPITT-Batam2026!"
t = """Chom reap suor P4M team,

I am Sokha from Phnom Penh Institute of Technical Training. Our 18 students will join the course JNT2201 Introduction to Mechatronics with your Mechatronics 2A class from next week.

For them to enrol themselves, please set the enrolment key of JNT2201 to:
PPITT-Batam2026!

(with the exclamation mark at the end). I will give the key only to our students by our Telegram group.

Orkun chraen (thank you very much),
Sokha Chea
Lecturer, Department of Mechatronics
Phnom Penh Institute of Technical Training, Cambodia
"""
add(24, "outlookcom", "cambodia", "jnt2201-enrolkey", build(
    A("Sokha Chea", "sokha.chea.ppitt@outlook.com"),
    "Enrolment key for joint class JNT2201",
    D(11, 20, 9, 0, second=17), "<SI2P153MB0718E4C2B9A1D07F3E6C5A8B2D91@SI2P153MB0718.APCP153.PROD.OUTLOOK.COM>",
    multipart("alternative", "_000_SI2P153MB0718E4C2B9A1D07F3E6C5A8B2D91SI2P153MB0718APCP_",
              plain(t), htmlpart(outlook_html(t, "Aptos"))),
    extra=[("Content-Language", "en-US")]),
    L("course_data", "en", {"course_code": "JNT2201", "course_name": "Introduction to Mechatronics",
                             "changes": {"enrolment_key": v}}))

# ---- 025: a calendar decline from Outlook with a short comment (machine-generated response)
t = """Mohon maaf, pada jam tersebut saya mengajar Praktikum Jaringan Komputer di Lab 3. Notulen rapat nanti saya baca saja.
"""
ics = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=DECLINED:mailto:bambang.suryadi@polibatam.ac.id
COMMENT;LANGUAGE=id-ID:Mohon maaf, pada jam tersebut saya mengajar Praktikum Jaringan Komputer di Lab 3.
SUMMARY;LANGUAGE=id-ID:Ditolak: Rapat Koordinasi Layanan Helpdesk P4M
DTSTART;TZID=SE Asia Standard Time:20261124T130000
DTEND;TZID=SE Asia Standard Time:20261124T143000
UID:040000008200E00074C5B7101A82E00800000000A0F3C2D1B74CDB010000000000000000100000004F2A9C7E1B3D584A9E06C7F21D3B8A45
ORGANIZER:mailto:helpdesk-p4m@polibatam.ac.id
DTSTAMP:20261120T064512Z
SEQUENCE:0
END:VEVENT
END:VCALENDAR
"""
add(25, "outlook", "calendardecline", "rapat-ditolak", build(
    A("Bambang Suryadi", "bambang.suryadi@polibatam.ac.id"),
    "Ditolak: Rapat Koordinasi Layanan Helpdesk P4M",
    D(11, 20, 13, 45, second=12), "<SEZPR06MB5690B3A7C12E4F9D80A6E51C7B234@SEZPR06MB5690.apcprd06.prod.outlook.com>",
    multipart("alternative", "_000_SEZPR06MB5690B3A7C12E4F9D80A6E51C7B234SEZPR06MB5690apcp_",
              plain(t), htmlpart(outlook_html(t)), calendar(ics, "REPLY")),
    extra=[("Thread-Topic", "Rapat Koordinasi Layanan Helpdesk P4M"), ("Content-Language", "id-ID"),
           ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAACg88LRt0zbAQAAAAAAAAAAEAAAAE8qnH4bPVhKngbH8h07ikU="),
           ("X-MS-TNEF-Correlator", "")]),
    L("auto", "id", {}, "An Outlook meeting decline (text/calendar REPLY) with a short comment: a calendar response, not a request."))

# ---- 026: Gemini-style draft with headings, summary change (Gmail alternative with HTML headings)
v = ("Mata kuliah ini membahas prinsip desain antarmuka, riset pengguna, pembuatan wireframe dan prototipe "
     "interaktif, serta pengujian kegunaan pada aplikasi web dan mobile.")
t = """### Permohonan Pembaruan Ringkasan Mata Kuliah

Yth. Tim Helpdesk P4M,

Bersama email ini saya mengajukan pembaruan ringkasan (summary) mata kuliah di e-learning.

#### Data Mata Kuliah
* **Kode:** MKB3105
* **Nama:** Desain Antarmuka Pengguna
* **Kelas:** MM 3A dan MM 3B

#### Ringkasan Baru
%s

#### Catatan
* Ringkasan lama masih menyebut Adobe Flash, yang sudah tidak diajarkan.
* Bagian lain dari halaman mata kuliah tidak perlu diubah.

Terima kasih atas bantuan dan kerja samanya.

Salam hormat,
Ketut Arya Wiguna, S.Ds., M.Ds.
Dosen Program Studi Animasi
""" % v
h = """<div dir="ltr"><h3>Permohonan Pembaruan Ringkasan Mata Kuliah</h3>
<p>Yth. Tim Helpdesk P4M,</p>
<p>Bersama email ini saya mengajukan pembaruan ringkasan (summary) mata kuliah di e-learning.</p>
<h4>Data Mata Kuliah</h4>
<ul><li><b>Kode:</b> MKB3105</li><li><b>Nama:</b> Desain Antarmuka Pengguna</li><li><b>Kelas:</b> MM 3A dan MM 3B</li></ul>
<h4>Ringkasan Baru</h4>
<p>%s</p>
<h4>Catatan</h4>
<ul><li>Ringkasan lama masih menyebut Adobe Flash, yang sudah tidak diajarkan.</li><li>Bagian lain dari halaman mata kuliah tidak perlu diubah.</li></ul>
<p>Terima kasih atas bantuan dan kerja samanya.</p>
<p>Salam hormat,<br>Ketut Arya Wiguna, S.Ds., M.Ds.<br>Dosen Program Studi Animasi</p></div>""" % html.escape(v, quote=False)
add(26, "gmail", "geminiheadings", "mkb3105-summary", build(
    A("Ketut Arya Wiguna", "arya.wiguna@polibatam.ac.id"),
    "Permohonan Pembaruan Ringkasan Mata Kuliah MKB3105",
    D(11, 21, 10, 12), "<CAKw3nB8vY+Pq2sT6hRm0zLc5xE9gJ4dA1uF7oWi_Nt3Ke8Qb2Y@mail.gmail.com>",
    multipart("alternative", "000000000000f4b2d9062812a7c5", plain(t), htmlpart(h))),
    L("course_data", "id", {"course_code": "MKB3105", "course_name": "Desain Antarmuka Pengguna",
                             "changes": {"summary": v}}))

# ---- 027: Cambodian partner's thanks after the key was set (other)
t = """Dear P4M team,

Thank you very much! The new key works, and 17 of our 18 students are already inside JNT2201 Introduction to Mechatronics. The last one is still waiting for his campus e-mail, so that is our side.

Nothing more is needed for now. Orkun chraen again, and greetings from Phnom Penh.

Sokha

________________________________
From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Sent: Friday, November 20, 2026 10:02 AM
To: Sokha Chea <sokha.chea.ppitt@outlook.com>
Subject: [P4M #4127] Enrolment key for joint class JNT2201

Dear Mr. Sokha Chea,

The enrolment key of JNT2201 has been set as you asked. Please share it only with your students.

Best regards,
Helpdesk P4M Politeknik Negeri Batam
"""
add(27, "outlookcom", "thanks", "jnt2201-terimakasih", build(
    A("Sokha Chea", "sokha.chea.ppitt@outlook.com"),
    "Re: [P4M #4127] Enrolment key for joint class JNT2201",
    D(11, 23, 8, 30), "<SI2P153MB07189C1E5D3A2B04F7E6A1C9D8B3@SI2P153MB0718.APCP153.PROD.OUTLOOK.COM>",
    multipart("alternative", "_000_SI2P153MB07189C1E5D3A2B04F7E6A1C9D8B3SI2P153MB0718APCP_",
              plain(t), htmlpart(outlook_html(t, "Aptos"))),
    extra=[("In-Reply-To", "<p4m-4127-ack.20261120030211@polibatam.ac.id>"),
           ("References", "<SI2P153MB0718E4C2B9A1D07F3E6C5A8B2D91@SI2P153MB0718.APCP153.PROD.OUTLOOK.COM> "
                          "<p4m-4127-ack.20261120030211@polibatam.ac.id>"),
           ("Content-Language", "en-US")]),
    L("other", "en", {"course_code": "JNT2201", "course_name": "Introduction to Mechatronics"},
      "Thanks after the work was done, replying in the helpdesk's own ticket thread."))

# ---- 028: LAM liaison, site-wide programme announcement, "besok pukul 07.00" (Zimbra)
t = """Yth. Tim P4M,

Mohon bantuan penayangan pengumuman berikut di halaman depan e-learning, ditujukan kepada seluruh mahasiswa dan dosen Program Studi Teknik Informatika.

Judul: Jadwal Asesmen Lapangan LAM INFOKOM Prodi Teknik Informatika

Isi:
Asesmen lapangan LAM INFOKOM untuk Program Studi Sarjana Terapan Teknik Informatika dilaksanakan pada Selasa-Kamis, 24-26 November 2026. Mahasiswa perwakilan tiap angkatan diminta hadir pada sesi wawancara Rabu, 25 November 2026 pukul 10.00 WIB di Ruang Rapat Teknik Informatika. Dosen dimohon memastikan materi, tugas dan nilai di e-learning semester ini sudah lengkap karena asesor akan melihat langsung kelas daring.

Mohon ditayangkan besok pukul 07.00, sebelum apel pagi.

Terima kasih,
Taufik Hidayat
LO Asesmen Lapangan LAM INFOKOM
"""
h = "<html><body><div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000\">" + \
    "".join("<div>%s</div>" % (html.escape(x, quote=False) if x else "<br data-mce-bogus=\"1\">")
            for x in t.rstrip("\n").split("\n")) + "</div></body></html>"
add(28, "zimbra", "besokpukul7", "lam-jadwal-announce", build(
    A("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
    "Mohon tayang: Jadwal Asesmen Lapangan LAM INFOKOM",
    D(11, 22, 20, 15), "<2093817465.901552.1794928500331.JavaMail.zimbra@polibatam.ac.id>",
    multipart("alternative", "=_0c4e9a71-3b5d-4f28-a6e1-92d7b0c3f815", plain(t), htmlpart(h)),
    extra=[("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4583)")]),
    L("announcement", "id", {"title": "Jadwal Asesmen Lapangan LAM INFOKOM Prodi Teknik Informatika", "scope": "site",
                              "publish_at": "2026-11-23T07:00:00+07:00"},
      "A whole programme's students and lecturers: site; 'besok pukul 07.00' from the Sunday 22 November date."))

# ---- 029: head of lab forwards a lecturer's mail as message/rfc822 and repeats the value (Thunderbird)
v = "Praktikum Sistem Kendali Digital"
inner = """From: Irma Suryani <irma.suryani@polibatam.ac.id>
To: Wahyu Setiawan <wahyu.setiawan@polibatam.ac.id>
Subject: Nama MK EL3204 di e-learning
Date: Fri, 20 Nov 2026 15:48:09 +0700
Message-ID: <CAB7qW3xN9+eRt2mK5yLp0sZ8vD4cH1fJ6uGo3_Ax9iTn2Wc7Eq@mail.gmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Pak Wahyu,

MK EL3204 Sistem Kendali Digital yang saya pegang semester ini isinya full praktikum di lab, tapi di e-learning namanya masih Sistem Kendali Digital saja, jadi mahasiswa bingung mencari modul praktikumnya. Kalau Bapak setuju, tolong diteruskan ke P4M supaya namanya diganti menjadi Praktikum Sistem Kendali Digital.

Terima kasih Pak.

Irma Suryani, M.T.
"""
t = """Yth. Helpdesk P4M,

Mohon diproses: nama MK EL3204 di e-learning diganti menjadi Praktikum Sistem Kendali Digital, sesuai permintaan Bu Irma (email beliau terlampir). Saya sebagai kepala lab sudah setuju.

Salam,
Dr. Wahyu Setiawan, S.T., M.Eng.
Kepala Laboratorium Sistem Kendali
"""
add(29, "thunderbird", "rfc822forward", "el3204-rename", build(
    A("Wahyu Setiawan", "wahyu.setiawan@polibatam.ac.id"),
    "Fwd: Nama MK EL3204 di e-learning",
    D(11, 23, 9, 5), "<5e2b8c14-7d3a-4f91-b6e0-a18c2f9d4e37@polibatam.ac.id>",
    multipart("mixed", "------------Xk0B7fP3mQ9tR2vW5yZ8aD1c",
              plain(t, cte="8bit", flowed=True, keep=(v,)), rfc822(inner, "Nama MK EL3204 di e-learning.eml")),
    extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "id")]),
    L("course_data", "id", {"course_code": "EL3204", "course_name": "Sistem Kendali Digital",
                             "changes": {"fullname": v}}))

# ---- 030: Egyptian partner, embedded video unavailable abroad (Gmail plain)
t = """Dear P4M Helpdesk,

Good afternoon from Alexandria. Our 12 students who follow JNT3108 Power Electronics with Polibatam report a problem with the Week 3 lecture: the embedded video on the course page shows only a grey box with the message "Video unavailable - This video is not available in your country". The Week 1 and Week 2 videos play normally, and your students in Batam say Week 3 works for them.

I tried from my office and from my mobile phone with the same result. Could you kindly check whether the video can be made available to our students, or shared in another way (for example uploaded as a file)?

With thanks and best regards,
Dr. Mahmoud Abdel-Rahman
Alexandria Technical Institute
"""
add(30, "gmail", "egypt0200", "jnt3108-video-region", build(
    A("Dr. Mahmoud Abdel-Rahman", "m.abdelrahman@ati-alex.edu.eg"),
    "JNT3108 Week 3 video not available in Egypt",
    D(11, 23, 13, 40, 120), "<CAMx4bE7rT1+wQ9yK3nZ0vLp6hG2sDj8fU5cAo_Pb2eKm7Uy3Rf@mail.gmail.com>",
    plain(t)),
    L("elearning_support", "en", {"course_code": "JNT3108", "course_name": "Power Electronics"}))

# ---- 031: applied master's lecturer, English summary inside mixed mail (Thunderbird format=flowed)
v = ("This course covers edge computing architectures, federated learning on embedded devices, "
     "and a capstone deployment on an industrial IoT testbed.")
t = """Selamat malam Tim P4M,

Saya Hanafi dari Magister Terapan Teknik Komputer. Untuk MK MTK6203 Edge Computing dan IoT Industri, summary di halaman course masih pakai deskripsi lama yang generic banget. Karena kelas ini ada dua mahasiswa international dari Malaysia, summary-nya mau saya ganti full English, please replace dengan teks berikut:

%s

Nama course dan kode tetap, cuma summary yang berubah. Kalau formatnya perlu di-adjust sedikit oke saja, asal kalimatnya sama.

Thanks, have a good night.

Dr. Hanafi Rahman, S.T., M.Sc.
Program Magister Terapan Teknik Komputer
Politeknik Negeri Batam
""" % v
add(31, "thunderbird", "mastersprogram", "mtk6203-summary-en", build(
    A("Hanafi Rahman", "hanafi.rahman@polibatam.ac.id"),
    "Update summary MTK6203 (English)",
    D(11, 24, 21, 30), "<0b7d3f62-4a19-4c8e-9e52-6f1a8d20c3b4@polibatam.ac.id>",
    plain(t, cte="qp", flowed=True, keep=(v,)),
    extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "id")]),
    L("course_data", "mixed", {"course_code": "MTK6203", "course_name": "Edge Computing dan IoT Industri",
                                "changes": {"summary": v}}))

# ---- 032: Myanmar partner, course announcement "tomorrow at 9 a.m. Batam time" (+06:30)
t = """Dear P4M Helpdesk,

Could you please post the following announcement to the participants of JNT4102 Supply Chain Analytics for Maritime Logistics (thank you for the new name, it already shows).

Title: Guest Lecture: Port Digitalisation in Myanmar

Dear students, on Friday, 27 November 2026 at 14:00 Batam time (13:30 Mandalay time) we will have a guest lecture by U Aung Kyaw Min from the Myanma Port Authority on port digitalisation at Thilawa. Attendance is compulsory and counts as the Week 12 session. The Zoom link will be placed in the Week 12 section.

Please post it tomorrow at 9 a.m. Batam time.

Thank you and kind regards,
Daw Khin Myat Noe
Mandalay Institute of Applied Technology
"""
add(32, "thunderbird", "myanmar0630", "jnt4102-guestlecture", build(
    A("Daw Khin Myat Noe", "khinmyatnoe@miat.edu.mm"),
    "Announcement for JNT4102 - guest lecture",
    D(11, 24, 16, 0, 390, second=41), "<3a9e1c57-2b84-4d06-8f13-c7e04b5a92d1@miat.edu.mm>",
    plain(t, cte="8bit", flowed=True),
    extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")]),
    L("announcement", "en", {"title": "Guest Lecture: Port Digitalisation in Myanmar", "scope": "course",
                              "course_code": "JNT4102", "course_name": "Supply Chain Analytics for Maritime Logistics",
                              "publish_at": "2026-11-25T09:00:00+07:00"},
      "Sent from +06:30 on 24 November; 'tomorrow at 9 a.m. Batam time' is 25 November 09:00 +07:00. 27 November is the event."))

# ---- 033: the programme secretary again, documents for two lecturers (Outlook plain QP)
t = """Selamat pagi Tim P4M,

Saya Sri dari Prodi TRPL lagi, kali ini menitipkan permintaan dokumen untuk dua dosen kami:

- Pak Hendra Gunawan minta template RPS berbasis OBE versi terbaru (yang sudah ada kolom CPMK dan sub-CPMK), format Word kalau ada.
- Bu Maya Kartika minta formulir Berita Acara Perkuliahan (BAP) untuk kelas daring, beliau mau mulai pakai minggu depan.

Kalau dokumennya dikirim langsung ke email masing-masing juga tidak apa-apa, alamatnya saya cantumkan di Cc.

Terima kasih banyak, mohon maaf merepotkan terus.

Salam,
Sri Wahyuningsih
Sekretaris Prodi TRPL
"""
add(33, "outlook", "twolecturers", "rps-bap-titipan", build(
    A("Sri Wahyuningsih", "sri.wahyu@polibatam.ac.id"),
    "Titipan permintaan template RPS OBE dan form BAP daring",
    D(11, 24, 9, 50), "<SG2PR06MB52347E0D1C9B3A4F56E2D8C1A7B90@SG2PR06MB5234.apcprd06.prod.outlook.com>",
    plain(t),
    cc="%s, %s" % (A("Hendra Gunawan", "hendra.g@polibatam.ac.id"), A("Maya Kartika", "maya.kartika@polibatam.ac.id")),
    extra=[("Thread-Topic", "Titipan permintaan template RPS OBE dan form BAP daring"), ("Content-Language", "id-ID")]),
    L("document_request", "id", {}))

# ---- 034: Indian partner's plan for next semester, nothing to do yet (other)
t = """Dear Sir/Madam,

Greetings from Sri Kaveri Institute of Technology.

This is just for your kind information. From the even semester (February 2027) our Board of Studies is planning to split the joint course JNT3205 Industrial Automation with PLC into two courses, one on PLC programming and one on SCADA and HMI. The names and codes are not yet finalised; the Board meets only in the third week of January.

Hence no action is required from your end at present. We shall send the final details with the approved form once they are available.

Thanks and regards,
Dr. Lakshmi Narayanan
Coordinator - International Relations
Sri Kaveri Institute of Technology
"""
add(34, "outlook", "plan", "jnt3205-split-plan", build(
    A("Dr. Lakshmi Narayanan", "lakshmi.n@skit.ac.in"),
    "Advance intimation: restructuring of JNT3205 from even semester",
    D(11, 25, 11, 15, 330), "<MA0PR01MB98764C2B1E0F9D8A7B6C5D4E3F2A1@MA0PR01MB9876.INDPRD01.PROD.OUTLOOK.COM>",
    multipart("alternative", "_000_MA0PR01MB98764C2B1E0F9D8A7B6C5D4E3F2A1MA0PR01MB9876INDP_",
              plain(t), htmlpart(outlook_html(t, "Cambria"))),
    extra=[("Content-Language", "en-IN")]),
    L("other", "en", {"course_code": "JNT3205", "course_name": "Industrial Automation with PLC"},
      "A plan for next semester with no names yet; nothing is asked now."))

# ---- 035: programme admin pastes a Google Sheets row (HTML table + tab-separated plain)
t = """Selamat siang Tim P4M,

Berikut perubahan data MK dari prodi kami sesuai kurikulum revisi, saya copy dari spreadsheet rekap prodi:

Kode MK\tNama MK\tSKS lama\tSKS baru\tSemester lama\tSemester baru
TRM3106\tPerawatan Mesin Industri\t2\t3\t4\t5

Mohon SKS dan semester di e-learning disesuaikan. Nama MK tetap.

Terima kasih,
Lina Marlina
Admin Prodi Teknologi Rekayasa Mekatronika
"""
h = """<div dir="ltr"><div>Selamat siang Tim P4M,</div><div><br></div><div>Berikut perubahan data MK dari prodi kami sesuai kurikulum revisi, saya copy dari spreadsheet rekap prodi:</div><div><br></div>
<google-sheets-html-origin><table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" cellpadding="0" dir="ltr" border="1" style="table-layout:fixed;font-size:10pt;font-family:Arial;width:0px;border-collapse:collapse;border:none" data-sheets-root="1"><colgroup><col width="80"><col width="200"><col width="70"><col width="70"><col width="100"><col width="100"></colgroup><tbody>
<tr style="height:21px"><td style="border:1px solid #000000;font-weight:bold">Kode MK</td><td style="border:1px solid #000000;font-weight:bold">Nama MK</td><td style="border:1px solid #000000;font-weight:bold">SKS lama</td><td style="border:1px solid #000000;font-weight:bold">SKS baru</td><td style="border:1px solid #000000;font-weight:bold">Semester lama</td><td style="border:1px solid #000000;font-weight:bold">Semester baru</td></tr>
<tr style="height:21px"><td style="border:1px solid #000000">TRM3106</td><td style="border:1px solid #000000">Perawatan Mesin Industri</td><td style="border:1px solid #000000;text-align:right">2</td><td style="border:1px solid #000000;text-align:right">3</td><td style="border:1px solid #000000;text-align:right">4</td><td style="border:1px solid #000000;text-align:right">5</td></tr>
</tbody></table></google-sheets-html-origin>
<div><br></div><div>Mohon SKS dan semester di e-learning disesuaikan. Nama MK tetap.</div><div><br></div><div>Terima kasih,</div><div>Lina Marlina</div><div>Admin Prodi Teknologi Rekayasa Mekatronika</div></div>"""
add(35, "gmail", "sheetsrow", "trm3106-sks-semester", build(
    A("Lina Marlina", "lina.marlina@polibatam.ac.id"),
    "Perubahan SKS & semester MK TRM3106",
    D(11, 25, 13, 20), "<CAHn5tQ1pW8+eK3vY7xLz2mB9cR4sG0dJ6uFo1_Ti5aNw8Eh3Vk@mail.gmail.com>",
    multipart("alternative", "000000000000d7e3a10628279f16", plain(t), htmlpart(h))),
    L("course_data", "id", {"course_code": "TRM3106", "course_name": "Perawatan Mesin Industri",
                             "changes": {"credits": "3", "semester": "5"}},
      "Spreadsheet row with old and new columns: the new values are 3 credits and semester 5."))

# ---- 036: TLS certificate-expiry notice from the IT unit's monitor (machine mail)
t = """CertWatch (UPA TIK Politeknik Negeri Batam) - automated notice

Host:          learning.polibatam.ac.id:443
Subject CN:    learning.polibatam.ac.id
Issuer:        R11 (Let's Encrypt)
Not after:     2026-12-10 00:04:51 UTC
Days left:     14
Auto-renewal:  FAILED (last attempt 2026-11-25 23:00 +07:00, http-01 challenge timed out)

Action required: check the renewal hook on the web server before the certificate expires.
Users will see a browser security warning when the certificate expires.

You receive this message because helpdesk-p4m@polibatam.ac.id is listed as a contact for this host.
This mailbox is not monitored.
"""
add(36, "certwatch", "tlsexpiry", "learning-cert-14days", build(
    A("CertWatch UPA TIK", "noreply-certwatch@tik.polibatam.ac.id"),
    "[CertWatch] learning.polibatam.ac.id: TLS certificate expires in 14 days",
    D(11, 26, 0, 5, second=9), "<certwatch.learning.20261125170509.4471@tik.polibatam.ac.id>",
    plain(t, cte="7bit"),
    extra=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
           ("Precedence", "bulk")]),
    L("auto", "en", {}))

# ---- 037: the pantun lecturer again, a BigBlueButton recording missing (Roundcube)
t = """Buah cempedak di luar pagar,
ambil galah tolong jolokkan.
Rekaman kuliah tak muncul-muncul, Tuan, saya gusar,
mohon kiranya dibantu carikan.

Assalamualaikum Tim P4M,

Di mata kuliah AKT2104 Akuntansi Biaya (kelas AK 2A), rekaman BigBlueButton pertemuan hari Senin, 23 November 2026 belum juga muncul di aktivitas "Kelas Daring Minggu 11", padahal biasanya paling lambat sejam sesudah kelas sudah ada. Sudah saya tunggu dua hari. Mahasiswa yang sakit hari itu menunggu rekamannya untuk mengerjakan tugas.

Apakah rekamannya masih diproses atau hilang? Kalau hilang, saya rekam ulang saja.

Kalau ada sumur di ladang,
boleh kita menumpang mandi.
Terima kasih atas bantuan yang datang,
semoga Allah membalas budi.

Wassalam,
Syahrul Nizam
"""
add(37, "roundcube", "pantun", "akt2104-bbb-recording", build(
    A("Syahrul Nizam", "syahrul.nizam@polibatam.ac.id"),
    "Rekaman BBB AKT2104 tidak muncul",
    D(11, 26, 7, 20), "<e3a07b5c91f24d68@webmail.polibatam.ac.id>",
    plain(t, cte="8bit"),
    extra=[("User-Agent", "Roundcube Webmail/1.6.6")]),
    L("elearning_support", "id", {"course_code": "AKT2104", "course_name": "Akuntansi Biaya"}))

# ---- 038: a one-line manual request from a phone (K-9 Mail, format=flowed)
t = """Pak/Bu P4M, mohon dikirimi panduan fitur presensi QR (Attendance) utk dosen, yg PDF. Trims.

Hasanuddin
TRPL
"""
add(38, "k9mail", "oneline", "panduan-presensi-qr", build(
    A("Hasanuddin", "hasanuddin@polibatam.ac.id"),
    "Panduan presensi QR",
    D(11, 26, 12, 2), "<7b1e4f90-c3a2-4d57-86e1-0f9d2a3c5b48@polibatam.ac.id>",
    plain(t, cte="8bit", flowed=True),
    extra=[("User-Agent", "K-9 Mail for Android")]),
    L("document_request", "id", {}))

# ---- 039: the sports-unit officer again, "ASAP ya min" (K-9 Mail)
t = """Min P4M, urgent nih 🙏

Tolong post announcement ini ASAP ya min, for all students:

Judul: Lapangan Futsal Ditutup Sementara

Lapangan futsal outdoor kampus ditutup mulai hari ini sampai pengumuman berikutnya karena perbaikan drainase setelah banjir kemarin. Latihan UKM Futsal dan jadwal Polibatam Sports Week cabang futsal pindah ke GOR Tiban, jadwal detail menyusul di IG @bkukmolahraga.polibatam.

Sorry mendadak, thanks banyak min!

Rizky
BK UKM Olahraga
"""
add(39, "k9mail", "asap", "futsal-tutup-announce", build(
    A("Rizky Ananda Pratama", "rizky.ananda@students.polibatam.ac.id"),
    "URGENT: announcement lapangan futsal ditutup",
    D(11, 27, 8, 10), "<c0d5e2a8-9f14-4b37-a1c6-83e7f20b9d54@students.polibatam.ac.id>",
    plain(t, cte="8bit", flowed=True),
    extra=[("User-Agent", "K-9 Mail for Android")]),
    L("announcement", "mixed", {"title": "Lapangan Futsal Ditutup Sementara", "scope": "site"},
      "'ASAP' gives no publish moment."))

# ---- 040: sports-unit coordinator asks for the announcement request form (document, near-miss)
t = """Yth. Bapak/Ibu Staf P4M,

Beberapa kali mahasiswa UKM di bawah koordinasi kami mengirim permintaan pengumuman ke P4M dengan isi yang kurang lengkap, sehingga merepotkan staf P4M.

Untuk itu kami mohon dikirimkan formulir permohonan publikasi pengumuman e-learning yang berlaku di P4M, beserta ketentuannya (batas panjang isi, lampiran gambar, berapa hari sebelumnya harus diajukan). Formulir itu akan kami bagikan ke seluruh ketua UKM olahraga supaya ke depan permintaannya tertib.

Saat ini belum ada pengumuman yang perlu ditayangkan.

Hormat kami,
Drs. Hermanto, M.Or.
Koordinator Unit Kegiatan Olahraga
Bagian Kemahasiswaan Polibatam
"""
add(40, "outlook", "nearmiss", "formulir-pengumuman", build(
    A("Hermanto", "hermanto@polibatam.ac.id"),
    "Permohonan formulir publikasi pengumuman e-learning",
    D(11, 27, 10, 30), "<TY0PR06MB5321F8A2C7D04E9B13A6C5D2E8F47@TY0PR06MB5321.apcprd06.prod.outlook.com>",
    plain(t),
    extra=[("Thread-Topic", "Permohonan formulir publikasi pengumuman e-learning"), ("Content-Language", "id-ID")]),
    L("document_request", "id", {}, "Asks for the announcement request form and its rules; no announcement is asked."))

# ---- 041: a secretary writing for two team-teaching lecturers (Outlook HTML-only with a table)
v = "Dr. Rahmi Yusnita, M.Pd. dan Fajar Kurniawan, M.Sc."
h = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head>
<body lang="EN-ID" style="word-wrap:break-word">
<div class="WordSection1">
<p class="MsoNormal">Yth. Tim Helpdesk P4M,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Atas permintaan Ibu Dr. Rahmi Yusnita dan Bapak Fajar Kurniawan, yang mulai semester ini mengampu bersama (team teaching), mohon nama dosen pada mata kuliah berikut diperbarui:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Kode MK</b></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Nama MK</b></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Kelas</b></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Dosen Pengampu (baru)</b></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">ABT2207</p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">Komunikasi Bisnis</p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">ABT 2A dan ABT 2B</p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">%s</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kedua dosen sudah saya masukkan dalam tembusan email ini.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Terima kasih atas bantuannya.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Hormat saya,<o:p></o:p></p>
<p class="MsoNormal">Yuliana Siregar<o:p></o:p></p>
<p class="MsoNormal">Sekretaris Prodi Administrasi Bisnis Terapan<o:p></o:p></p>
</div></body></html>""" % html.escape(v, quote=False)
add(41, "outlookhtml", "teamtwolecturers", "abt2207-dosen-tabel", build(
    A("Yuliana Siregar", "yuliana.siregar@polibatam.ac.id"),
    "Pembaruan dosen pengampu MK Komunikasi Bisnis (team teaching)",
    D(11, 27, 14, 0, second=26), "<SEYPR06MB6214A0C3E9D71B58F2E4A6C9D1B35@SEYPR06MB6214.apcprd06.prod.outlook.com>",
    htmlpart(h),
    cc="%s, %s" % (A("Rahmi Yusnita", "rahmi.yusnita@polibatam.ac.id"), A("Fajar Kurniawan", "fajar.k@polibatam.ac.id")),
    extra=[("Thread-Topic", "Pembaruan dosen pengampu MK Komunikasi Bisnis (team teaching)"),
           ("Content-Language", "id-ID"), ("X-MS-Has-Attach", "")]),
    L("course_data", "id", {"course_code": "ABT2207", "course_name": "Komunikasi Bisnis",
                             "changes": {"lecturer": v}},
      "A secretary writing for two team-teaching lecturers; the team is one value as written in the table."))

# ---- 042: career centre asks whether a non-credit course and alumni accounts are possible (Apple Mail)
t = """Hi Kak P4M,

Pusat Karir mau bikin program "Pembekalan Karir Mahasiswa Tingkat Akhir" semester depan, isinya 6 modul (CV, interview, personal branding, dll) plus quiz. Rencananya mau kita taruh di e-learning biar bisa di-track siapa yang sudah selesai.

Mau tanya dua hal:
1. Prosedurnya gimana untuk minta dibuatkan course non-kredit seperti ini? Perlu form atau cukup email?
2. Is it possible alumni yang baru lulus (akun mahasiswanya sudah nonaktif) tetap bisa ikut? Atau harus dibuatkan akun tamu?

Belum urgent kok, ini masih tahap planning. Thank you!

Dewi
Pusat Karir dan Alumni Polibatam
"""
add(42, "applemail", "possibility", "course-nonkredit-alumni", build(
    A("Dewi Anggraini Putri", "dewi.anggraini@polibatam.ac.id"),
    "Tanya: course non-kredit Pembekalan Karir & akses alumni",
    D(11, 30, 9, 45), "<9D2B7E41-5F08-4C3A-A6D1-E83C0F52B7A9@polibatam.ac.id>",
    multipart("alternative", "Apple-Mail=_3F6A0D92-8E41-4B7C-9A25-C1D70E8B4F63",
              plain(t, cte="qp"),
              htmlpart('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                       '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                       + "".join("<div>%s</div>" % (html.escape(x, quote=False) if x else "<br>")
                                 for x in t.rstrip("\n").split("\n")) + "</body></html>")),
    extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]),
    L("elearning_support", "mixed", {}, "A how-to and is-it-possible question about a course that does not exist yet."))

# ---- 043: counselling unit, webinar announcement with a quoted title (Zimbra)
t = """Yth. Tim P4M,

Unit Layanan Bimbingan dan Konseling memohon bantuan penayangan pengumuman di e-learning untuk seluruh mahasiswa dengan judul "Kenali dan Kelola Stres Menjelang UAS".

Isi:
Menjelang Ujian Akhir Semester, Unit Layanan BK mengundang seluruh mahasiswa mengikuti webinar "Kenali dan Kelola Stres Menjelang UAS" bersama psikolog klinis Dian Puspitasari, M.Psi., Psikolog pada Selasa, 1 Desember 2026 pukul 13.00-15.00 WIB melalui Zoom. Pendaftaran di bit.ly/webinarBK-UAS. Mahasiswa yang ingin konseling pribadi dapat membuat janji melalui course Ruang Tenang.

Mohon ditayangkan pada Jumat, 27 November 2026 pukul 10.00 WIB.

Terima kasih,
Anisa Rahmadani, S.Psi.
Unit Layanan BK Polibatam
"""
h = "<html><body><div style=\"font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000\">" + \
    "".join("<div>%s</div>" % (html.escape(x, quote=False) if x else "<br data-mce-bogus=\"1\">")
            for x in t.rstrip("\n").split("\n")) + "</div></body></html>"
add(43, "zimbra", "quotedtitle", "webinar-stres-announce", build(
    A("Anisa Rahmadani", "anisa.rahmadani@polibatam.ac.id"),
    "Permohonan penayangan pengumuman webinar Unit Layanan BK",
    D(11, 25, 15, 0, second=38), "<1802736451.913204.1795075238014.JavaMail.zimbra@polibatam.ac.id>",
    multipart("alternative", "=_7a2f9c04-e1b6-4d53-8f90-2c5e3a71d6b8", plain(t), htmlpart(h)),
    extra=[("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF132 (Linux)/9.0.0_GA_4583)")]),
    L("announcement", "id", {"title": "Kenali dan Kelola Stres Menjelang UAS", "scope": "site",
                              "publish_at": "2026-11-27T10:00:00+07:00"},
      "1 December is the webinar; 27 November 10.00 is the publish moment."))

# ---- 044: Egyptian partner, a misspelt course name to correct (Apple Mail, +02:00)
v = "Renewable Energy Systems Integration"
t = """Dear P4M Helpdesk,

Hope you are doing well. I noticed that our joint course JNT3110 is shown on the e-learning site as "Renewable Energy System Intergration", with a spelling mistake, and the students already made jokes about it in the forum.

Kindly correct the full name to:
Renewable Energy Systems Integration

(Systems in plural, and Integration spelled correctly.) The code stays the same.

Many thanks,
Mahmoud

Sent from my iPad
"""
add(44, "applemail", "egypt0200", "jnt3110-typo", build(
    A("Dr. Mahmoud Abdel-Rahman", "m.abdelrahman@ati-alex.edu.eg"),
    "Spelling of course name JNT3110",
    D(11, 28, 12, 30, 120), "<A1C4E7F0-3B26-4D89-8E5C-2F7B90D3A614@ati-alex.edu.eg>",
    multipart("alternative", "Apple-Mail-6C2E9B14-3A07-4F58-B1D6-70E4C8A2F953",
              plain(t, cte="7bit"),
              htmlpart('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                       '<body dir="auto">' + "".join("<div dir=\"ltr\">%s</div>" % (html.escape(x, quote=False) if x else "<br>")
                                                   for x in t.rstrip("\n").split("\n")) + "</body></html>")),
    extra=[("X-Mailer", "iPad Mail (22B91)")]),
    L("course_data", "en", {"course_code": "JNT3110", "course_name": "Renewable Energy System Intergration",
                             "changes": {"fullname": v}},
      "The course name is the misspelt current one as written; the corrected one is the new full name."))

# ---- 045: counselling unit asks for the helpdesk SOP and the satisfaction survey form (Gmail)
t = """Selamat pagi Tim P4M,

Unit Layanan BK sedang menyusun SOP layanan konseling daring dan ingin belajar dari P4M yang layanannya sudah rapi.

Apakah kami boleh meminta:
1. SOP Layanan Helpdesk P4M (terutama bagian alur permintaan dan batas waktu respons 15 menit), dan
2. formulir survei kepuasan layanan yang dipakai P4M?

Dokumen hanya untuk acuan internal kami, tidak akan disebarluaskan.

Terima kasih banyak,
Anisa Rahmadani, S.Psi.
Unit Layanan BK Polibatam
"""
add(45, "gmail", "counselling", "sop-survei-kepuasan", build(
    A("Anisa Rahmadani", "anisa.rahmadani@polibatam.ac.id"),
    "Permintaan SOP helpdesk dan form survei kepuasan",
    D(11, 30, 8, 50), "<CAGt2kP9wX+Lm4RzE7bN1yVq3sH8cJ0dF6uT5oAi_Ub4Xp7Kd1Q@mail.gmail.com>",
    multipart("alternative", "00000000000057c8b20628421d09", plain(t), htmlpart(gmail_html(t)))),
    L("document_request", "id", {}))

# ---- 046: the lecturer on umrah asks a stand-in lecturer on the course page (iPhone, base64, +03:00)
v = "Nurul Aini, S.Tr.Kom., M.Kom."
t = """Assalamualaikum Tim P4M,

Terima kasih atas bantuan login tempo hari, sekarang sudah bisa masuk.

Satu lagi permohonan saya: selama saya di Tanah Suci, kelas saya diisi oleh rekan. Mohon untuk MK IF1102 Pengantar Teknologi Informasi kelas TI 1B, nama dosen pengampu di e-learning diganti menjadi Nurul Aini, S.Tr.Kom., M.Kom. supaya mahasiswa tahu siapa yang mengajar dan bisa mengirim pesan ke beliau. Nanti kalau saya sudah kembali akan saya kabari lagi.

Jazakumullah khairan.

Wassalamualaikum,
Fitri Handayani

Dikirim dari iPhone saya
"""
add(46, "iphone", "umrahmadinah", "if1102-dosen-pengganti", build(
    A("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
    "Permohonan ganti nama dosen MK IF1102",
    D(11, 15, 22, 10, 180), "<0C5E9A27-D3B1-4F86-A2E4-97B1F03C6D58@polibatam.ac.id>",
    plain(t, cte="b64"),
    extra=[("X-Mailer", "iPhone Mail (22B83)")]),
    L("course_data", "id", {"course_code": "IF1102", "course_name": "Pengantar Teknologi Informasi",
                             "changes": {"lecturer": v}}))

# ---- 047: Neo Feeder synchronisation report naming a course (machine mail)
t = """NEO FEEDER PDDIKTI - POLITEKNIK NEGERI BATAM
Laporan Sinkronisasi Otomatis

Waktu proses : 01/12/2026 01:30 WIB
Jenis data   : Kelas Kuliah (Semester 2026/2027 Ganjil)
Berhasil     : 412
Gagal        : 3

Data gagal:
1. IF2203 Struktur Data - TI 2C : dosen pengajar belum diisi
2. ABT2207 Komunikasi Bisnis - ABT 2B : rencana tatap muka (16) tidak sama dengan realisasi (14)
3. MTK6203 Edge Computing dan IoT Industri - MTTK 1A : substansi kuliah belum dipilih

Silakan perbaiki data di SIAKAD lalu jalankan sinkronisasi ulang.

Email ini dikirim otomatis oleh server Neo Feeder. Jangan membalas email ini.
"""
add(47, "neofeeder", "sinkronisasi", "kelas-gagal-sync", build(
    A("Neo Feeder PDDikti Polibatam", "noreply-feeder@polibatam.ac.id"),
    "[Neo Feeder] Sinkronisasi Kelas Kuliah selesai - 3 data gagal",
    D(12, 1, 1, 30, second=57), "<neofeeder.sync.20261201013057.kelaskuliah@feeder.polibatam.ac.id>",
    plain(t, cte="qp"),
    to=A("Operator PDDikti", "operator-pddikti@polibatam.ac.id"),
    extra=[("Cc", HELPDESK), ("Auto-Submitted", "auto-generated"), ("X-Mailer", "NeoFeeder Notifier 3.2")]),
    L("auto", "id", {}))

# ---- 048: Cambodian partner, course announcement with a date only (Outlook.com)
t = """Dear P4M team,

Please post this announcement to the students of JNT2201 Introduction to Mechatronics.

Title: Mid-term Project Presentation Schedule

Dear students, the mid-term project presentations will be held online on Monday, 30 November 2026 from 09:00 to 12:00 (Batam and Phnom Penh time are the same). Each group has 15 minutes including questions. Upload your slides to the assignment "Mid-term Project Slides" before Sunday, 29 November 2026 at 23:59.

Please post it on 24 November, any time is fine.

Thank you,
Sokha Chea
Phnom Penh Institute of Technical Training
"""
add(48, "outlookcom", "dateonly", "jnt2201-presentasi-announce", build(
    A("Sokha Chea", "sokha.chea.ppitt@outlook.com"),
    "Announcement for JNT2201 students - mid-term presentation",
    D(11, 21, 15, 10), "<SI2P153MB0718A3F6D2C1B0E9F8A7D6C5B4E2@SI2P153MB0718.APCP153.PROD.OUTLOOK.COM>",
    multipart("alternative", "_000_SI2P153MB0718A3F6D2C1B0E9F8A7D6C5B4E2SI2P153MB0718APCP_",
              plain(t), htmlpart(outlook_html(t, "Aptos"))),
    extra=[("Content-Language", "en-US")]),
    L("announcement", "en", {"title": "Mid-term Project Presentation Schedule", "scope": "course",
                              "course_code": "JNT2201", "course_name": "Introduction to Mechatronics"},
      "'on 24 November, any time is fine' is a date only; 29 and 30 November are a deadline and the event."))

# ---- 049: ChatGPT draft with "Berikut versi yang lebih formal:" left in, a how-to (Gmail plain)
t = """Berikut versi yang lebih formal:

Yth. Tim Helpdesk P4M,

Dengan hormat, saya ingin menanyakan cara mengatur tugas kelompok pada e-learning untuk mata kuliah TI3205 Proyek Perangkat Lunak. Saya berharap satu anggota kelompok cukup mengunggah satu berkas laporan, kemudian seluruh anggota kelompok otomatis tercatat telah mengumpulkan dan memperoleh nilai yang sama.

Mohon petunjuk langkah-langkah pengaturannya, termasuk cara membuat kelompok (groups) dari daftar yang sudah saya susun di Excel, karena jumlah mahasiswa mencapai 64 orang.

Atas perhatian dan bantuannya, saya ucapkan terima kasih.

Hormat saya,
[Nama Anda]

--
Andreas Wijaya, S.Kom., M.T.
Jurusan Teknik Informatika Polibatam
"""
add(49, "gmail", "aipreamble", "ti3205-group-submission", build(
    A("Andreas Wijaya", "andreas.wijaya@polibatam.ac.id"),
    "Pertanyaan pengaturan tugas kelompok di e-learning",
    D(11, 24, 20, 5), "<CAEq9vR4mL2+Yt7pX1nB8sKc0dW5hF3gJ6uZo2_Av4eTr9Nm1Qs@mail.gmail.com>",
    plain(t)),
    L("elearning_support", "id", {"course_code": "TI3205", "course_name": "Proyek Perangkat Lunak"}))

# ---- 050: lecturer back from Japan mixing English, lecturer with degrees (Zimbra alternative)
v = "Dr. Eng. Satria Wibisono, S.T., M.Eng."
t = """Selamat siang P4M team,

Quick request: untuk MK ROB3102 Robot Manipulator (kelas MKT 3A), nama dosen di course page masih "Tim Dosen Mekatronika". Since I'm now the sole lecturer for this course, please update it to:

Dr. Eng. Satria Wibisono, S.T., M.Eng.

Urutan gelarnya please exactly like that ya, karena ijazah Jepang saya pakai Dr. Eng. di depan.

Arigatou, eh, terima kasih banyak!

Satria Wibisono
Prodi Teknologi Rekayasa Mekatronika
"""
h = "<html><body><div style=\"font-family: georgia, serif; font-size: 12pt; color: #000000\">" + \
    "".join("<p>%s</p>" % (html.escape(x, quote=False) if x else "&nbsp;")
            for x in t.rstrip("\n").split("\n")) + "</div></body></html>"
add(50, "zimbra", "japanreturnee", "rob3102-dosen", build(
    A("Satria Wibisono", "satria.wibisono@polibatam.ac.id"),
    "Update nama dosen ROB3102",
    D(11, 25, 9, 25), "<684209173.921874.1795055100502.JavaMail.zimbra@polibatam.ac.id>",
    multipart("alternative", "=_e51d8b3a-0c72-4a96-b4f1-7d29c6e08a35", plain(t), htmlpart(h)),
    extra=[("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC119 (Win)/9.0.0_GA_4583)")]),
    L("course_data", "mixed", {"course_code": "ROB3102", "course_name": "Robot Manipulator",
                                "changes": {"lecturer": v}}))

# ---- 051: a mother asks P4M to reset her daughter's SIAKAD password (other; Yahoo-style HTML)
t = """Selamat malam,

Saya Murniati, ibu dari Putri Ramadhani mahasiswi Akuntansi Manajerial semester 5. Anak saya tidak bisa masuk SIAKAD karena lupa password, sedangkan dia sedang PKL di Pekanbaru dan tidak bisa datang ke kampus. Bisakah Bapak/Ibu mereset password SIAKAD nya dan mengirim password baru ke nomor WA saya 0812-6677-3140?

Sekalian saya mau tanya, wisuda tahun depan kira-kira bulan apa ya? Kami sekeluarga dari Padang mau siap-siap tiket.

Terima kasih banyak, mohon maaf kalau salah alamat.

Murniati
"""
h = '<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">' + \
    "".join("<div dir=\"ltr\">%s</div>" % (html.escape(x, quote=False) if x else "<br>")
            for x in t.rstrip("\n").split("\n")) + "</div></body></html>"
add(51, "yahoo", "parent", "siakad-wisuda", build(
    A("Murniati", "murniati.padang@yahoo.co.id"),
    "Mohon bantuan reset password anak saya",
    D(11, 26, 19, 40), "<1249037581.2204719.1795091040113@mail.yahoo.com>",
    multipart("alternative", "----=_Part_2204718_1795622904.1795091040112", plain(t), htmlpart(h)),
    extra=[("X-Mailer", "WebService/1.1.22806 YMailNorrin")]),
    L("other", "id", {}, "A parent asking for a SIAKAD password reset and the graduation date: not P4M business."))

# ---- 052: career centre, internship announcement published "hari ini pukul 13.00" (Gmail)
t = """Yth. Tim P4M,

Mohon bantuan publikasi pengumuman lowongan magang berikut untuk seluruh mahasiswa di halaman depan e-learning.

Judul: Lowongan Magang Batch Januari 2027 - PT Batam Presisi Elektronika

Isi:
PT Batam Presisi Elektronika membuka 25 posisi magang selama 6 bulan (Januari-Juni 2027) untuk mahasiswa semester 5 ke atas dari Teknik Elektro, Teknik Mesin dan Teknik Informatika. Fasilitas: uang saku, makan siang dan antar-jemput dari titik Batam Centre. Berkas (CV, transkrip, surat rekomendasi prodi) dikirim ke karir.polibatam.ac.id/magang-bpe paling lambat 4 Desember 2026.

Mohon ditayangkan hari ini pukul 13.00 WIB, bersamaan dengan posting di Instagram Pusat Karir.

Terima kasih,
Dewi Anggraini Putri
Pusat Karir dan Alumni
"""
add(52, "gmail", "hariini13", "magang-bpe-announce", build(
    A("Dewi Anggraini Putri", "dewi.anggraini@polibatam.ac.id"),
    "Publikasi lowongan magang PT Batam Presisi Elektronika",
    D(11, 27, 10, 15), "<CAHk7w2pQ9v+RtX1mZbN4eYfL0cK3dS8uJq5TgA6hWn_Gy4Lc8Ds@mail.gmail.com>",
    multipart("alternative", "000000000000e1a5c4062850b3f7", plain(t), htmlpart(gmail_html(t)))),
    L("announcement", "id", {"title": "Lowongan Magang Batch Januari 2027 - PT Batam Presisi Elektronika",
                              "scope": "site", "publish_at": "2026-11-27T13:00:00+07:00"},
      "'hari ini pukul 13.00' from the mail's date; 4 December is the application deadline."))

# ---- 053: lecturer change asked without the new name (Outlook, quoted-printable)
t = """Selamat siang Bapak/Ibu P4M,

Mohon bantuannya, nama dosen pengampu MK MES2103 Mekanika Teknik kelas ME 2A di e-learning perlu diganti, karena Pak Joko Priyanto mulai Desember ditugaskan sebagai kepala bengkel dan tidak mengajar lagi.

Penggantinya belum diputuskan oleh Kaprodi, kemungkinan minggu depan. Nama dosen barunya nanti saya kabari lewat email ini juga. Untuk sementara mohon nama Pak Joko jangan dihapus dulu supaya mahasiswa masih bisa menghubungi beliau.

Terima kasih.

Wassalam,
Rudi Hartono
Admin Jurusan Teknik Mesin
"""
add(53, "outlook", "novalue", "mes2103-dosen-menyusul", build(
    A("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
    "Penggantian dosen MK MES2103 Mekanika Teknik",
    D(11, 30, 13, 5), "<TYZPR06MB7042E1B9C3A5D08F7E2C4B6A9D153@TYZPR06MB7042.apcprd06.prod.outlook.com>",
    multipart("alternative", "_000_TYZPR06MB7042E1B9C3A5D08F7E2C4B6A9D153TYZPR06MB7042apcp_",
              plain(t), htmlpart(outlook_html(t))),
    extra=[("Thread-Topic", "Penggantian dosen MK MES2103 Mekanika Teknik"), ("Content-Language", "id-ID")]),
    L("course_data", "id", {"course_code": "MES2103", "course_name": "Mekanika Teknik", "changes": {}},
      "A lecturer change whose new name is not known yet: no value."))

# ---- 054: Myanmar partner asks for English QA documents (Thunderbird format=flowed)
t = """Dear P4M colleagues,

Our institute will be reviewed by the Myanmar National Education Standards and Quality Assurance Committee in January, and the reviewers want to see how the online part of our joint courses with Polibatam is quality-assured.

Would it be possible to receive:
1. your SOP for moderating online assessments (quizzes and assignments), in English if available, and
2. the e-learning quality assurance manual or checklist that P4M uses to review course pages?

Only for the review file; we will not publish them.

Thank you in advance, and kind regards from Mandalay,
Daw Khin Myat Noe
Mandalay Institute of Applied Technology
"""
add(54, "thunderbird", "myanmar0630", "qa-manual-en", build(
    A("Daw Khin Myat Noe", "khinmyatnoe@miat.edu.mm"),
    "Request for QA documents in English (for our national review)",
    D(11, 28, 11, 0, 390, second=12), "<f1c84a02-6e37-4b95-a0d8-3b52e9c71f06@miat.edu.mm>",
    plain(t, cte="8bit", flowed=True),
    extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")]),
    L("document_request", "en", {}))

# ---- 055: a DOCX form attached and the values typed in the body too (Gmail, mixed)
t = """Selamat pagi Tim Helpdesk,

Terlampir formulir permohonan perubahan data MK yang sudah ditandatangani Kaprodi. Supaya tidak perlu buka lampiran, isinya saya tuliskan juga di sini:

Kode MK   : MNJ3104
Nama MK   : Manajemen Operasional
Perubahan : kelas menjadi MJ 3A Karyawan; enrolment key menjadi MJ3-Kendal!

Kelas ini baru dipisah dari kelas reguler, jadi mahasiswa karyawan masuk dengan kunci yang baru.

Terima kasih,
Siti Khadijah, S.E., M.M.
Dosen Manajemen Bisnis
"""
docx = make_docx(["FORMULIR PERMOHONAN PERUBAHAN DATA MATA KULIAH E-LEARNING", "Kode MK: MNJ3104",
                  "Nama MK: Manajemen Operasional", "Kelas baru: MJ 3A Karyawan",
                  "Enrolment key baru: MJ3-Kendal!", "Disetujui Kaprodi Manajemen Bisnis"])
add(55, "gmail", "docxform", "mnj3104-kelas-key", build(
    A("Siti Khadijah", "siti.khadijah@polibatam.ac.id"),
    "Formulir perubahan data MK MNJ3104",
    D(12, 1, 10, 20), "<CAD1mT6yK9x+Rw3vQ8nL2pB5cE7hS0fJ4uGo9_Zk1aWe6Ns3Hy@mail.gmail.com>",
    multipart("mixed", "0000000000008f2b1d06285f9c31",
              multipart("alternative", "0000000000008f2b1b06285f9c2f", plain(t), htmlpart(gmail_html(t))),
              attachment(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         "Form_Perubahan_MNJ3104.docx"))),
    L("course_data", "id", {"course_code": "MNJ3104", "course_name": "Manajemen Operasional",
                             "changes": {"class": "MJ 3A Karyawan", "enrolment_key": "MJ3-Kendal!"}}))

# ---- 056: arts unit coach, dance videos too large to upload (Gmail app)
t = """Kak P4M, selamat sore,

Saya Nadia dari Sanggar Seni Lancang Kuning. Kami punya course "Kelas Tari Zapin (UKM)" di e-learning buat anggota baru hasil audisi kemarin. Saya mau upload 6 video tutorial gerakan zapin, tapi tiap file sekitar 480 MB dan selalu gagal, muncul tulisan "The file is too large" waktu drag ke materi.

Apakah batas upload bisa dinaikkan untuk course kami, atau sebaiknya videonya dipotong-potong atau di-link dari YouTube saja? Kalau YouTube, apakah bisa disetel supaya hanya anggota yang bisa lihat?

Terima kasih Kak!

Nadia Safitri
Sanggar Seni Lancang Kuning
"""
add(56, "gmailandroid", "uploadlimit", "video-zapin", build(
    A("Nadia Safitri", "nadia.safitri@students.polibatam.ac.id"),
    "Gagal upload video tari ke e-learning",
    D(12, 1, 15, 30), "<CAN4pQ7wE2r+Ty9mK5xLb0sV3cH8dJ1fG6uAo4_Wi2eRn7Xk5Pg@mail.gmail.com>",
    multipart("alternative", "000000000000a7d3e50628631c48", plain(t), htmlpart(gmail_html(t)))),
    L("elearning_support", "id", {"course_name": "Kelas Tari Zapin (UKM)"}))

# ---- 057: applied master's coordinator, programme announcement "Senin depan jam 08.00" (Gmail)
t = """Dear Tim P4M,

Mohon bantu publish announcement untuk semua mahasiswa Magister Terapan Teknik Komputer (angkatan 2025 dan 2026) ya.

Judul: Jadwal Seminar Proposal Tesis Magister Terapan Batch 2

Isi:
Seminar Proposal Tesis Batch 2 akan dilaksanakan pada Kamis-Jumat, 10-11 Desember 2026 di Ruang Sidang Pascasarjana lantai 3. Mahasiswa yang sudah mendapat persetujuan pembimbing wajib upload draft proposal dan form persetujuan di course "Seminar Tesis" paling lambat Jumat, 4 Desember 2026 pukul 23.59. Jadwal per mahasiswa akan di-share setelah deadline.

Please publish Senin depan (30 November) jam 08.00 pagi, karena weekend ini kami masih finalisasi daftar penguji.

Thanks a lot,
Dr. Hanafi Rahman
Koordinator Tesis, Magister Terapan Teknik Komputer
"""
add(57, "gmail", "senindepan", "sempro-tesis-announce", build(
    A("Hanafi Rahman", "hanafi.rahman@polibatam.ac.id"),
    "Announcement Seminar Proposal Tesis Batch 2",
    D(11, 25, 16, 48), "<CAP2sW9nB4y+Lk7rE1xQv5mT0cH3dJ8fG6uZo7_Rt9aKe2Wn4Yc@mail.gmail.com>",
    multipart("alternative", "0000000000003b9e1c06282b7d40", plain(t), htmlpart(gmail_html(t)))),
    L("announcement", "mixed", {"title": "Jadwal Seminar Proposal Tesis Magister Terapan Batch 2", "scope": "site",
                                 "publish_at": "2026-11-30T08:00:00+07:00"},
      "A whole programme's students: site. 10-11 December is the event and 4 December the upload deadline."))

# ---- 058: voicemail-to-email from the campus phone system with a transcription (machine mail)
t = """You have a new voicemail.

From:      0778 469 856
Extension: 2104 (Helpdesk P4M)
Received:  Monday, 30 November 2026 11:46
Duration:  00:00:31

Transcription (id-ID, automatic, may contain errors):
"Halo selamat siang, ini Bu Ani dari prodi akuntansi. Mohon ditelepon balik soal nama dosen di e-learning ya, nomor saya yang ini. Terima kasih."

The recording is attached as a .wav file.
-- 
3CX Phone System - Politeknik Negeri Batam
This is an automated message. Do not reply.
"""
add(58, "3cx", "voicemail", "voicemail-transkripsi", build(
    A("3CX Phone System", "pbx-noreply@polibatam.ac.id"),
    "New voicemail from 0778 469 856 (Ext. 2104)",
    D(11, 30, 11, 47, second=20), "<3cx.vm.2104.20261130114720.88213@pbx.polibatam.ac.id>",
    multipart("mixed", "--3CX-VM-BOUNDARY-2104-88213--",
              plain(t, cte="qp"), attachment(make_wav(), "audio/wav", "vm_2104_20261130_114649.wav")),
    extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "3CX Phone System 20.0")]),
    L("auto", "mixed", {}, "A phone system's voicemail notice; the transcribed call mentions a lecturer name but is not a mail request."))

# ---- 059: ChatGPT English draft with an unfilled [Your Name] above the real signature (Gmail)
v = "Network Security and Digital Forensics"
t = """Subject: Request to Update Course Name on E-Learning Platform

Dear P4M Helpdesk Team,

I hope this email finds you well.

I am writing to kindly request an update to the name of one of my courses on the e-learning platform. Following the approval of the revised curriculum by the department, the course content now includes a substantial digital forensics component.

- Course Code: NET3101
- Current Course Name: Computer Network Security
- Requested New Course Name: Network Security and Digital Forensics

I would greatly appreciate it if this change could be made before the final exam period begins. Please let me know if any further information or documentation is required.

Thank you for your time and assistance.

Best regards,
[Your Name]
[Your Position]

Andi Prasetyo, S.Kom., M.Kom.
Jurusan Teknik Informatika, Politeknik Negeri Batam
"""
add(59, "gmail", "yournameplaceholder", "net3101-rename", build(
    A("Andi Prasetyo", "andi.prasetyo@polibatam.ac.id"),
    "Request to Update Course Name on E-Learning Platform",
    D(12, 3, 8, 40), "<CAB9rE3wQ7t+Mn1yK6xPz4sL8cV2dG0fH5uJo3_Ye7aTw1Rk9Nb@mail.gmail.com>",
    multipart("alternative", "000000000000c52d8f0628891a4e", plain(t), htmlpart(gmail_html(t)))),
    L("course_data", "en", {"course_code": "NET3101", "course_name": "Computer Network Security",
                             "changes": {"fullname": v}},
      "An AI draft pasted with its 'Subject:' line and unfilled name placeholders; the real signature follows."))

# ---- 060: AI-drafted thank-you with the assistant's preamble left in (other; Gmail plain)
t = """Tentu! Ini contoh email ucapan terima kasih yang singkat dan hangat:

Yth. Tim Helpdesk P4M,

Saya ingin menyampaikan terima kasih yang sebesar-besarnya atas respons yang sangat cepat terhadap permohonan perubahan nama mata kuliah TMK2301 Gambar Teknik dan CAD Manufaktur. Nama baru sudah tampil di e-learning dan mahasiswa tidak lagi kebingungan.

Semoga Tim P4M selalu sehat dan sukses dalam menjalankan tugas.

Hormat saya,
Ratna Sari Dewi, S.T., M.T.

Apakah Anda ingin saya menambahkan kalimat penutup yang lebih personal?
"""
add(60, "gmail", "aithanks", "tmk2301-terimakasih", build(
    A("Ratna Sari Dewi", "ratnasari.dewi@polibatam.ac.id"),
    "Terima kasih atas perubahan nama mata kuliah",
    D(11, 9, 19, 10), "<CAL3vQ8xR_2nPwE5tYbK0mZ7cJ4hU9fA1sDgLq6oWe+Bn5Yc2Hk@mail.gmail.com>",
    plain(t)),
    L("other", "id", {"course_code": "TMK2301", "course_name": "Gambar Teknik dan CAD Manufaktur"},
      "Thanks after the rename was done, in an AI draft pasted with the assistant's preamble and question."))

# ---- 061: a lecturer writing on the ferry about a plan for next semester (other; iPhone base64)
t = """Selamat sore Tim P4M,

Maaf nulis dari kapal ke Tanjungpinang, sinyal putus-putus jadi singkat saja.

Sekadar info awal: MK TKP2201 Teknik Kapal Dasar rencananya semester genap nanti berganti nama menjadi "Dasar Konstruksi dan Stabilitas Kapal", mengikuti usulan kurikulum yang masih dibahas di senat. Tapi belum final ya, jadi jangan diubah dulu di e-learning. Kalau SK-nya sudah keluar saya kirim permohonan resmi.

Terima kasih,
Herlambang Saputra
Prodi Teknik Perkapalan

Dikirim dari iPhone saya
"""
add(61, "iphone", "ferryplan", "tkp2201-rencana", build(
    A("Herlambang Saputra", "herlambang.s@polibatam.ac.id"),
    "Info awal rencana ganti nama MK (belum final)",
    D(11, 20, 17, 25), "<8A3F1D6C-27E9-4B50-9C4A-D1E60B7F25C3@polibatam.ac.id>",
    plain(t, cte="b64"),
    extra=[("X-Mailer", "iPhone Mail (22B83)")]),
    L("other", "id", {"course_code": "TKP2201", "course_name": "Teknik Kapal Dasar"},
      "A plan for next semester marked 'do not change yet'."))

# ---- 062: the pantun lecturer's course announcement with a publish moment (Roundcube)
t = """Anak dara menumbuk padi,
padi ditumbuk di atas lesung.
Kuis dua jadwalnya diganti,
mohon diumumkan supaya tak bingung.

Assalamualaikum Tim P4M,

Mohon ditayangkan pengumuman untuk peserta MK AKT2104 Akuntansi Biaya (kelas AK 2A) saja:

Judul: Perubahan Jadwal Kuis 2 Akuntansi Biaya

Isi: Kuis 2 yang semula dijadwalkan Kamis, 26 November 2026 dipindah ke Senin, 30 November 2026 pukul 10.00-11.00 WIB, karena Kamis ada rapat jurusan. Materi tetap Bab 5 sampai Bab 7 (harga pokok pesanan dan proses).

Mohon ditayangkan Kamis, 26 November 2026 pukul 06.30 WIB, sebelum mahasiswa berangkat ke kampus.

Terima kasih, Tuan dan Puan.

Wassalam,
Syahrul Nizam
"""
add(62, "roundcube", "pantun", "akt2104-kuis-announce", build(
    A("Syahrul Nizam", "syahrul.nizam@polibatam.ac.id"),
    "Pengumuman perubahan jadwal Kuis 2 AKT2104",
    D(11, 24, 21, 0, second=5), "<5f2c8e04a71b93d6@webmail.polibatam.ac.id>",
    plain(t, cte="8bit"),
    extra=[("User-Agent", "Roundcube Webmail/1.6.6")]),
    L("announcement", "id", {"title": "Perubahan Jadwal Kuis 2 Akuntansi Biaya", "scope": "course",
                              "course_code": "AKT2104", "course_name": "Akuntansi Biaya",
                              "publish_at": "2026-11-26T06:30:00+07:00"},
      "The quiz moves to 30 November 10.00 (event); the publish moment is 26 November 06.30."))

# ---- 063: Indian partner, completion certificates not generated (Outlook)
t = """Dear Sir/Madam,

Greetings from Sri Kaveri Institute of Technology.

Our students who have completed all activities of JNT3205 Industrial Automation with PLC are not able to download the course completion certificate. The course page shows "Course completion status: Not yet started" for them, even though all the quizzes and assignments are shown as done with green ticks. 14 students have raised this issue with us.

Kindly look into the matter and let us know the solution at the earliest, as the certificates are required for their credit transfer.

Thanks and regards,
Dr. Lakshmi Narayanan
Coordinator - International Relations
Sri Kaveri Institute of Technology
"""
add(63, "outlook", "india0530", "jnt3205-completion-cert", build(
    A("Dr. Lakshmi Narayanan", "lakshmi.n@skit.ac.in"),
    "Course completion certificate not generated - JNT3205 - reg.",
    D(12, 3, 12, 0, 330, second=44), "<MA0PR01MB9876B2A4C6E8D0F1A3B5C7D9E1F24@MA0PR01MB9876.INDPRD01.PROD.OUTLOOK.COM>",
    multipart("alternative", "_000_MA0PR01MB9876B2A4C6E8D0F1A3B5C7D9E1F24MA0PR01MB9876INDP_",
              plain(t), htmlpart(outlook_html(t, "Cambria"))),
    extra=[("Content-Language", "en-IN")]),
    L("elearning_support", "en", {"course_code": "JNT3205", "course_name": "Industrial Automation with PLC"}))

# ---- 064: sports-unit coordinator asks where he can change the lecturer name himself (support near-miss)
t = """Selamat pagi P4M,

Saya mengampu MK UMU1105 Olahraga dan Kesehatan untuk mahasiswa tingkat satu. Mulai minggu depan sebagian pertemuan praktik diisi asisten saya dari UKM.

Pertanyaan saya: di menu mana saya bisa mengganti atau menambah sendiri nama pengajar yang tampil di halaman course? Saya sudah cari di "Edit settings" tapi tidak ketemu. Kalau memang tidak bisa dilakukan dosen sendiri, nanti saya ajukan permohonan resmi.

Terima kasih,
Drs. Hermanto, M.Or.
Koordinator Unit Kegiatan Olahraga
"""
add(64, "outlook", "howto", "umu1105-ganti-sendiri", build(
    A("Hermanto", "hermanto@polibatam.ac.id"),
    "Cara ganti nama pengajar di course sendiri?",
    D(12, 1, 8, 15), "<TY0PR06MB53210B4D8E2F6A1C9E3D7B5A0C482@TY0PR06MB5321.apcprd06.prod.outlook.com>",
    plain(t),
    extra=[("Thread-Topic", "Cara ganti nama pengajar di course sendiri?"), ("Content-Language", "id-ID")]),
    L("elearning_support", "id", {"course_code": "UMU1105", "course_name": "Olahraga dan Kesehatan"},
      "A how-to question about changing the lecturer oneself; no change is asked of P4M."))

# ---- 065: arts unit, year-end show announcement with a publish moment (Roundcube HTML)
t = """Selamat sore Kak P4M,

Sanggar Seni Lancang Kuning mau minta tolong lagi dipasangkan pengumuman untuk seluruh sivitas Polibatam.

Judul: Pentas Seni Akhir Tahun 2026 "Sempena Lancang Kuning"

Isi:
Saksikan Pentas Seni Akhir Tahun 2026 "Sempena Lancang Kuning" pada Sabtu, 12 Desember 2026 pukul 19.00 WIB di Auditorium Polibatam. Menampilkan paduan suara, tari Zapin, teater dan band mahasiswa. Gratis untuk sivitas akademika, tiket bisa diambil di sekretariat UKM mulai 7 Desember 2026.

Mohon ditayangkan Selasa, 1 Desember 2026 pukul 09.00 ya Kak. Terima kasih banyak!

Nadia Safitri
Ketua Sanggar Seni Lancang Kuning
"""
add(65, "roundcube", "pentasseni", "pentas-akhirtahun-announce", build(
    A("Nadia Safitri", "nadia.safitri@students.polibatam.ac.id"),
    "Pengumuman Pentas Seni Akhir Tahun 2026",
    D(11, 27, 16, 45), "<9e1b4c7a20d35f86@webmail.polibatam.ac.id>",
    multipart("alternative", "=_8b3e1f6c0a92d4e57b1c3a8f06d2e9b4",
              plain(t, flowed=True),
              htmlpart('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
                       '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n'
                       + "\n".join("<p>%s</p>" % html.escape(x, quote=False).replace("\n", "<br />")
                                   for x in t.strip("\n").split("\n\n")) + "\n</body></html>")),
    extra=[("User-Agent", "Roundcube Webmail/1.6.6")]),
    L("announcement", "id", {"title": "Pentas Seni Akhir Tahun 2026 \"Sempena Lancang Kuning\"", "scope": "site",
                              "publish_at": "2026-12-01T09:00:00+07:00"},
      "12 December is the show and 7 December the ticket date; 1 December 09.00 is the publish moment."))

# ---- 066: the sports-unit officer, results announcement "tonight jam 20.00" (K-9 Mail)
t = """Min P4M, selamat siang!

Polibatam Sports Week udah selesai tadi pagi, makasih banyak ya udah bantu publish pengumuman-pengumuman sebelumnya 🙏

Last request buat PSW: tolong post announcement juara for all students ya.

Judul: Pengumuman Juara Polibatam Sports Week 2026

Isi:
Selamat kepada para juara Polibatam Sports Week 2026! Futsal: Teknik Mesin FC. Basket: Informatika Ballers. Badminton ganda campuran: Akuntansi. Voli: Elektro Spikers. Tenis meja: Mekatronika. E-sport: TRPL Esports. Hadiah dapat diambil di sekretariat BK UKM Olahraga hari Senin-Rabu, 30 November-2 Desember 2026 jam 13.00-16.00.

Publish-nya tonight jam 20.00 aja ya min, pas awarding night selesai, biar surprise 😆

Thanks min!
Rizky
"""
add(66, "k9mail", "tonight20", "juara-psw-announce", build(
    A("Rizky Ananda Pratama", "rizky.ananda@students.polibatam.ac.id"),
    "Announcement juara Polibatam Sports Week 2026 🏆",
    D(11, 28, 14, 30), "<e8a3c1f7-4b02-4d69-9a5e-16c0b7d2f384@students.polibatam.ac.id>",
    plain(t, cte="8bit", flowed=True),
    extra=[("User-Agent", "K-9 Mail for Android")]),
    L("announcement", "mixed", {"title": "Pengumuman Juara Polibatam Sports Week 2026", "scope": "site",
                                 "publish_at": "2026-11-28T20:00:00+07:00"},
      "'tonight jam 20.00' on the mail's date; 30 November-2 December is the prize collection period."))

# ---- 067: career-centre coordinator who also teaches, course rename in mixed mail (Apple Mail)
v = "Career Readiness and Soft Skills"
t = """Hai tim P4M,

Selain urusan Pusat Karir, semester ini saya juga ngajar MK UMU2106 Pengembangan Karir dan Soft Skills untuk kelas internasional (IUP). Karena mulai semester ini bahasa pengantarnya full English, prodi sudah approve nama course-nya di-rename jadi:

Career Readiness and Soft Skills

Kode tetap UMU2106, summary biar saya update sendiri nanti. Thank you so much ya!

Best,
Melati Kusumawardani
Career and Alumni Centre / Dosen MKU
"""
add(67, "applemail", "careerlecturer", "umu2106-rename", build(
    A("Melati Kusumawardani", "melati.k@polibatam.ac.id"),
    "Rename course UMU2106",
    D(11, 19, 11, 11), "<2C7E0B95-A4D1-4F38-8B6E-F59A13D0C724@polibatam.ac.id>",
    multipart("alternative", "Apple-Mail=_A0E5C3B8-29D7-4F16-8C4B-7E1D03F9A265",
              plain(t, cte="qp"),
              htmlpart('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                       '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                       + "".join("<div>%s</div>" % (html.escape(x, quote=False) if x else "<br>")
                                 for x in t.rstrip("\n").split("\n")) + "</body></html>")),
    extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]),
    L("course_data", "mixed", {"course_code": "UMU2106", "course_name": "Pengembangan Karir dan Soft Skills",
                                "changes": {"fullname": v}},
      "The summary is left to the writer herself; only the full name is asked."))

# ---- 068: Myanmar partner, deadlines shown in the wrong zone for her students (Thunderbird)
t = """Dear P4M Helpdesk,

A small problem in JNT4102 Supply Chain Analytics for Maritime Logistics: the assignment "Case Study 3" is due at 23:59 Batam time, but our students in Mandalay see the due date as 23:29 on their course page, while others who did not set a time zone in their profile see 23:59. Some of them submitted late because of this confusion.

Is there a way to show all deadlines in Batam time for everyone, or should each student change the time zone in their own profile? If it is the second, could you tell me where the setting is, so I can make a short guide for them?

Thank you and best regards,
Daw Khin Myat Noe
Mandalay Institute of Applied Technology
"""
add(68, "thunderbird", "myanmar0630", "jnt4102-timezone", build(
    A("Daw Khin Myat Noe", "khinmyatnoe@miat.edu.mm"),
    "Deadline time shown differently for our students (JNT4102)",
    D(12, 3, 9, 0, 390, second=3), "<7d4b2e90-1c58-4a3f-b6d7-e02f95a8c131@miat.edu.mm>",
    plain(t, cte="8bit", flowed=True),
    extra=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-US")]),
    L("elearning_support", "en", {"course_code": "JNT4102",
                                   "course_name": "Supply Chain Analytics for Maritime Logistics"}))

# ---- 069: AI draft whose placeholder for the new lecturer was never filled (Gmail alternative)
t = """**Perihal:** Permohonan Penggantian Dosen Pengampu Mata Kuliah

Yth. Tim Helpdesk P4M,

Dengan hormat, sehubungan dengan adanya penugasan baru dari Ketua Jurusan, bersama ini saya mengajukan permohonan penggantian dosen pengampu pada e-learning dengan rincian sebagai berikut:

**Kode Mata Kuliah:** TRM2203
**Nama Mata Kuliah:** Gambar Mesin
**Kelas:** TRM 2A
**Dosen Pengampu Lama:** Ir. Suharto, M.T.
**Dosen Pengampu Baru:** [Nama Dosen Baru]

Demikian permohonan ini saya sampaikan. Atas perhatian dan kerja samanya, saya ucapkan terima kasih.

Hormat saya,
Dwi Lestari
Admin Prodi Teknologi Rekayasa Manufaktur
"""
h = """<div dir="ltr"><div><b>Perihal:</b> Permohonan Penggantian Dosen Pengampu Mata Kuliah</div><div><br></div>
<div>Yth. Tim Helpdesk P4M,</div><div><br></div>
<div>Dengan hormat, sehubungan dengan adanya penugasan baru dari Ketua Jurusan, bersama ini saya mengajukan permohonan penggantian dosen pengampu pada e-learning dengan rincian sebagai berikut:</div><div><br></div>
<div><b>Kode Mata Kuliah:</b> TRM2203</div>
<div><b>Nama Mata Kuliah:</b> Gambar Mesin</div>
<div><b>Kelas:</b> TRM 2A</div>
<div><b>Dosen Pengampu Lama:</b> Ir. Suharto, M.T.</div>
<div><b>Dosen Pengampu Baru:</b> [Nama Dosen Baru]</div><div><br></div>
<div>Demikian permohonan ini saya sampaikan. Atas perhatian dan kerja samanya, saya ucapkan terima kasih.</div><div><br></div>
<div>Hormat saya,</div><div>Dwi Lestari</div><div>Admin Prodi Teknologi Rekayasa Manufaktur</div></div>"""
add(69, "gmail", "unfilledplaceholder", "trm2203-dosen-kosong", build(
    A("Dwi Lestari", "dwi.lestari@polibatam.ac.id"),
    "Permohonan Penggantian Dosen Pengampu Mata Kuliah",
    D(12, 2, 14, 35), "<CAF6yN2mQ8r+Wt4kE9xBv1sL7cH5dJ3gA0uZo8_Pm6eKw2Ty7Rd@mail.gmail.com>",
    multipart("alternative", "00000000000069f1a4062873e5b2", plain(t), htmlpart(h))),
    L("course_data", "id", {"course_code": "TRM2203", "course_name": "Gambar Mesin", "changes": {}},
      "The AI draft's placeholder for the new lecturer was never filled, so the change has no value."))

# ---- 070: the ABT secretary, programme-wide exam-timetable announcement (Outlook)
t = """Yth. Tim Helpdesk P4M,

Mohon bantuan penayangan pengumuman di e-learning untuk seluruh mahasiswa dan dosen Prodi Administrasi Bisnis Terapan.

Judul: Jadwal Ujian Akhir Semester Ganjil 2026/2027 Prodi ABT

Isi:
Ujian Akhir Semester Ganjil 2026/2027 Prodi Administrasi Bisnis Terapan dilaksanakan pada Senin-Jumat, 14-18 Desember 2026. Jadwal lengkap per kelas terlampir di course "Informasi Prodi ABT". Mahasiswa wajib membawa kartu ujian dari SIAKAD; kartu dapat dicetak mulai Kamis, 10 Desember 2026. Dosen dimohon mengunggah soal ke panitia paling lambat Rabu, 9 Desember 2026.

Mohon ditayangkan Kamis, 3 Desember 2026 pukul 07.00 WIB.

Atas perhatiannya kami ucapkan terima kasih.

Hormat saya,
Yuliana Siregar
Sekretaris Prodi Administrasi Bisnis Terapan
"""
add(70, "outlook", "examtimetable", "uas-abt-announce", build(
    A("Yuliana Siregar", "yuliana.siregar@polibatam.ac.id"),
    "Permohonan pengumuman jadwal UAS Prodi ABT",
    D(12, 1, 16, 20), "<SEYPR06MB6214C7E1A3F05D92B8E6C4A0D7F19@SEYPR06MB6214.apcprd06.prod.outlook.com>",
    multipart("alternative", "_000_SEYPR06MB6214C7E1A3F05D92B8E6C4A0D7F19SEYPR06MB6214apcp_",
              plain(t), htmlpart(outlook_html(t))),
    extra=[("Thread-Topic", "Permohonan pengumuman jadwal UAS Prodi ABT"), ("Content-Language", "id-ID")]),
    L("announcement", "id", {"title": "Jadwal Ujian Akhir Semester Ganjil 2026/2027 Prodi ABT", "scope": "site",
                              "publish_at": "2026-12-03T07:00:00+07:00"},
      "A whole programme: site. The exam week, card printing and upload deadline are not publish times."))


# ================================================================ checks and output
PLAN_TYPES = {"course_data": 22, "announcement": 16, "elearning_support": 12,
              "document_request": 7, "other": 7, "auto": 6}
PLAN_LANGS = {"id": 40, "en": 18, "mixed": 12}
CHANGE_FIELDS = {"fullname", "shortname", "lecturer", "class", "enrolment_key", "credits", "semester", "summary"}

DAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
MONTHS = {"november": 11, "nov": 11, "desember": 12, "december": 12, "des": 12, "dec": 12,
          "oktober": 10, "october": 10, "okt": 10, "oct": 10}
DAY_RE = re.compile(r"(?<![-\w])(%s),?\s+(\d{1,2})\s+(%s)\b" % ("|".join(DAYS), "|".join(MONTHS)), re.I)
DAY_RE_US = re.compile(r"(?<![-\w])(%s),?\s+(%s)\s+(\d{1,2})\b" % ("|".join(DAYS), "|".join(MONTHS)), re.I)


def text_parts(msg):
    for part in msg.walk():
        if part.get_content_type() in ("text/plain", "text/html") and not part.is_attachment():
            content = part.get_content()
            if part.get_content_type() == "text/html":
                content = html.unescape(content)
            if content.strip():
                yield part.get_content_type(), content


def check():
    names = [m[0] for m in MAILS]
    assert len(names) == 70 and len(set(names)) == 70, "file names must be unique and 70"
    assert [n[:3] for n in sorted(names)] == ["%03d" % i for i in range(1, 71)]
    assert Counter(m[2]["type"] for m in MAILS) == Counter(PLAN_TYPES), Counter(m[2]["type"] for m in MAILS)
    assert Counter(m[2]["lang"] for m in MAILS) == Counter(PLAN_LANGS), Counter(m[2]["lang"] for m in MAILS)
    for name, raw, label in MAILS:
        msg = message_from_bytes(raw, policy=policy.default)
        for part in msg.walk():
            assert not part.defects, (name, part.defects)
            for k, v in part.items():
                assert not getattr(v, "defects", None), (name, k, v.defects)
        # Date header: November or December 2026, weekday agrees
        dh = str(msg["Date"])
        d = parsedate_to_datetime(dh)
        assert d.year == 2026 and d.month in (11, 12), (name, dh)
        assert dh[:3] == d.strftime("%a"), (name, dh)
        assert msg["Message-ID"] and msg["Message-ID"].startswith("<"), name
        # weekday names written next to dates in the bodies
        for _, content in text_parts(msg):
            for m in DAY_RE.finditer(content):
                day = _dt.date(2026, MONTHS[m.group(3).lower()], int(m.group(2)))
                assert day.weekday() == DAYS[m.group(1).lower()], (name, m.group(0))
            for m in DAY_RE_US.finditer(content):
                day = _dt.date(2026, MONTHS[m.group(2).lower()], int(m.group(3)))
                assert day.weekday() == DAYS[m.group(1).lower()], (name, m.group(0))
        # label schema
        t, f = label["type"], label["fields"]
        if t == "course_data":
            assert set(f) >= {"course_code", "course_name", "changes"}, name
            assert set(f["changes"]) <= CHANGE_FIELDS, name
            parts = list(text_parts(msg))
            assert parts, name
            for field, value in f["changes"].items():
                for ctype, content in parts:
                    assert value in content, (name, field, value, ctype)
        elif t == "announcement":
            assert f.get("scope") in ("course", "site"), name
            if f["scope"] == "course":
                assert f.get("course_code") and f.get("course_name"), name
            if "publish_at" in f:
                p = _dt.datetime.fromisoformat(f["publish_at"])
                assert p.tzinfo is not None and p > d, (name, f["publish_at"])
            assert set(f) <= {"title", "scope", "publish_at", "course_code", "course_name"}, name
        elif t == "auto":
            assert f == {}, name
        else:
            assert set(f) <= {"course_code", "course_name"}, name
        # course names and codes in labels appear in the mail's text
        allt = "\n".join(re.sub(r" \n(?!>)", " ", c) for _, c in text_parts(msg))  # unflowed
        for key in ("course_code", "course_name", "title"):
            if key in f:
                assert f[key] in allt, (name, key, f[key])


def main():
    check()
    for name in os.listdir(HERE):
        if name.endswith(".eml"):
            os.remove(os.path.join(HERE, name))
    labels = {}
    for name, raw, label in sorted(MAILS):
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        labels[name] = label
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    print("wrote %d mails and labels.json to %s" % (len(MAILS), HERE))


if __name__ == "__main__":
    main()

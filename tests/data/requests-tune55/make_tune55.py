#!/usr/bin/env python3
"""Fifty-fifth tuning corpus of P4M Helpdesk (the former held-out part33, written blind in round 20; opened in round 31).

Writes NNN-client-quirk-slug.eml (001..070) and labels.json next to this file.
Standard library only; deterministic (running it twice writes identical bytes).
Every mail body below is written by hand; the helpers only wrap them in MIME.
"""
import base64
import calendar
import collections
import datetime as dt
import email
import email.utils
import hashlib
import html
import io
import json
import os
import quopri
import re
import zipfile
from email import policy
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
HELPDESK = "Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>"
HELPDESK_ADDR = "helpdesk-p4m@polibatam.ac.id"

MAILS = []      # (file name, bytes)
LABELS = {}     # file name -> label
ATTACH_TEXTS = []  # texts put into DOCX/PDF attachments (weekday check)


# ---------------------------------------------------------------- helpers
def D(day, hh, mm, tz=7.0, month=11, ss=0):
    """RFC 5322 date in the sender's own zone."""
    off = dt.timezone(dt.timedelta(minutes=int(tz * 60)))
    return email.utils.format_datetime(dt.datetime(2026, month, day, hh, mm, ss, tzinfo=off))


def mid(style, seed):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "gmail":
        return "<CAJ%s%s@mail.gmail.com>" % (h[:12].upper(), base64.b32encode(bytes.fromhex(h[12:32])).decode().rstrip("=").lower())
    if style == "outlook":
        return "<SI2PR06MB%s%s@SI2PR06MB%s.apcprd06.prod.outlook.com>" % (h[:4].upper(), h[4:24].upper(), h[24:28].upper())
    if style == "apple":
        return "<%s-%s-%s-%s-%s@polibatam.ac.id>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:20].upper(), h[20:32].upper())
    if style == "tb":
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], seed.split("|")[-1] if "|" in seed else "polibatam.ac.id")
    if style == "zimbra":
        return "<%d.%d.%s.JavaMail.zimbra@polibatam.ac.id>" % (int(h[:6], 16), int(h[6:10], 16), "1797")
    if style == "rc":
        return "<%s@polibatam.ac.id>" % h[:32]
    if style == "k9":
        return "<%s@email.android.com>" % h[:24].upper()
    return "<%s.%s@%s>" % (h[:20], h[20:28], style)


def hv(value):
    """Header value: ASCII as is, otherwise RFC 2047 (B) in UTF-8."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr(name, address):
    if not name:
        return address
    try:
        name.encode("ascii")
        if re.search(r"[,.;:()<>@\[\]\"']", name):
            return '"%s" <%s>' % (name, address)
        return "%s <%s>" % (name, address)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, "utf-8").encode(), address)


class Part:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def _enc(text, cte, charset="utf-8"):
    if not text.endswith("\n"):
        text += "\n"
    if cte == "base64":
        return base64.encodebytes(text.encode(charset)).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode(charset)).decode("ascii")
    return text


def plain(text, cte="8bit", charset="utf-8", flowed=False, delsp=False):
    ct = "text/plain; charset=%s" % (charset.upper() if charset == "utf-8" else charset)
    if flowed:
        ct += "; format=flowed"
        if delsp:
            ct += "; delsp=yes"
    if cte == "8bit":
        try:
            text.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            pass
    return Part(["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte], _enc(text, cte, charset))


def htmlpart(text, cte="quoted-printable", charset="utf-8"):
    return Part(["Content-Type: text/html; charset=%s" % ("UTF-8" if charset == "utf-8" else charset),
                 "Content-Transfer-Encoding: " + cte], _enc(text, cte, charset))


def multi(kind, boundary, *parts):
    out = []
    for p in parts:
        out.append("--" + boundary)
        out.extend(p.headers)
        out.append("")
        out.append(p.body.rstrip("\n"))
    out.append("--" + boundary + "--")
    return Part(['Content-Type: multipart/%s; boundary="%s"' % (kind, boundary)], "\n".join(out) + "\n")


def alt(boundary, p, h):
    return multi("alternative", boundary, p, h)


def attachment(data, ctype, filename):
    body = base64.encodebytes(data).decode("ascii")
    return Part(['Content-Type: %s; name="%s"' % (ctype, filename),
                 'Content-Disposition: attachment; filename="%s"' % filename,
                 "Content-Transfer-Encoding: base64"], body)


def rfc822(inner_text, filename=None):
    hdrs = ["Content-Type: message/rfc822"]
    if filename:
        hdrs.append('Content-Disposition: attachment; filename="%s"' % filename)
    else:
        hdrs.append("Content-Disposition: inline")
    try:
        inner_text.encode("ascii")
    except UnicodeEncodeError:
        hdrs.append("Content-Transfer-Encoding: 8bit")
    return Part(hdrs, inner_text)


def message(frm, subject, date, msgid, body, to=HELPDESK, cc=None, extra=(), mime_version="1.0", top=None):
    lines = []
    if top:
        lines.extend(top)
    lines.append("From: " + frm)
    lines.append("To: " + to)
    if cc:
        lines.append("Cc: " + cc)
    lines.append("Subject: " + hv(subject))
    lines.append("Date: " + date)
    lines.append("Message-ID: " + msgid)
    lines.extend(extra)
    lines.append("MIME-Version: " + mime_version)
    lines.extend(body.headers)
    lines.append("")
    lines.append(body.body.rstrip("\n"))
    return "\n".join(lines) + "\n"


def docx(paragraphs):
    """A minimal, valid DOCX (WordprocessingML) with fixed zip timestamps."""
    ATTACH_TEXTS.append("\n".join(paragraphs))
    def esc(s):
        return html.escape(s, quote=False)
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paragraphs)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         + body + '</w:body></w:document>'),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def pdf(lines):
    """A minimal one-page PDF (Helvetica, ASCII text)."""
    ATTACH_TEXTS.append("\n".join(lines))
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for ln in lines:
        ln.encode("ascii")
        stream.append("(%s) Tj T*" % esc(ln))
    stream.append("ET")
    content = "\n".join(stream).encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += str(i).encode() + b" 0 obj\n" + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def add(fname, raw, type_, lang, fields=None, note=None):
    assert fname not in LABELS, fname
    data = raw.encode("utf-8")
    MAILS.append((fname, data))
    lab = {"type": type_, "lang": lang, "fields": fields or {}}
    if note:
        lab["note"] = note
    LABELS[fname] = lab


def gmail_html(text):
    """Gmail-like HTML for a hand-written plain text (one div per line)."""
    out = []
    for ln in text.rstrip("\n").split("\n"):
        out.append("<div>%s</div>" % (html.escape(ln, quote=False) if ln.strip() else "<br>"))
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


# ---------------------------------------------------------------- client wrappers
def gmail(fname, name, address, subject, date, text, cc=None, extra=(), html_text=None):
    b = "0000000000" + hashlib.sha1(fname.encode()).hexdigest()[:16]
    body = alt(b, plain(text, "quoted-printable"), htmlpart(html_text or gmail_html(text), "quoted-printable"))
    return message(addr(name, address), subject, date, mid("gmail", fname), body, cc=cc, extra=extra)


def thunderbird(fname, name, address, subject, date, text, cc=None, extra=(), lang="id-ID"):
    ex = ["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.4.2",
          "Content-Language: " + lang] + list(extra)
    return message(addr(name, address), subject, date, mid("tb", fname), plain(text, "8bit", flowed=True), cc=cc, extra=ex)


def outlook_html_only(fname, name, address, subject, date, html_body, cc=None, extra=(), lang="id-ID"):
    ex = ["Thread-Topic: " + hv(subject), "Thread-Index: AdtS" + hashlib.sha1(fname.encode()).hexdigest()[:20],
          "Accept-Language: " + lang + ", en-US", "Content-Language: " + lang,
          "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"] + list(extra)
    doc = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
           '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
           '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>\n'
           '<body lang="EN-ID" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
           + html_body + '\n</div>\n</body>\n</html>\n')
    return message(addr(name, address), subject, date, mid("outlook", fname), htmlpart(doc, "quoted-printable"), cc=cc, extra=ex)


def mso(lines):
    """Outlook paragraphs from hand-written lines (empty line = empty paragraph)."""
    out = []
    for ln in lines:
        if ln == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % ln)
    return "\n".join(out)


def apple(fname, name, address, subject, date, text, cc=None, extra=(), iphone=False):
    mailer = "iPhone Mail (22B91)" if iphone else "Apple Mail (2.3826.200.121)"
    mv = "1.0 (1.0)" if iphone else "1.0 (Mac OS X Mail 16.0 \\(3826.200.121\\))"
    ex = ["X-Mailer: " + mailer] + list(extra)
    return message(addr(name, address), subject, date, mid("apple", fname), plain(text, "quoted-printable"),
                   cc=cc, extra=ex, mime_version=mv)


def roundcube(fname, name, address, subject, date, text, cc=None, extra=()):
    ex = ["User-Agent: Roundcube Webmail/1.6.9"] + list(extra)
    return message(addr(name, address), subject, date, mid("rc", fname), plain(text, "8bit", flowed=True, delsp=False), cc=cc, extra=ex)


def zimbra(fname, name, address, subject, date, text, html_body, cc=None, extra=()):
    b = "=_" + hashlib.sha1(fname.encode()).hexdigest()[:8] + "-" + hashlib.sha1(fname[::-1].encode()).hexdigest()[:12]
    ex = ["X-Mailer: Zimbra 10.0.10_GA_4718 (ZimbraWebClient - GC131 (Win)/10.0.10_GA_4718)",
          "Thread-Index: " + hashlib.sha1(("z" + fname).encode()).hexdigest()[:28],
          "Thread-Topic: " + hv(subject)] + list(extra)
    body = alt(b, plain(text, "quoted-printable"), htmlpart(html_body, "quoted-printable"))
    return message(addr(name, address), subject, date, mid("zimbra", fname), body, cc=cc, extra=ex)


def zhtml(lines):
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            + "".join("<div>%s</div>" % (l if l else "<br data-mce-bogus=\"1\">") for l in lines)
            + "</div></body></html>\n")


def k9(fname, name, address, subject, date, text, cc=None, extra=(), agent="K-9 Mail for Android"):
    ex = (["User-Agent: " + agent] if agent else []) + list(extra)
    return message(addr(name, address), subject, date, mid("k9", fname), plain(text, "quoted-printable"), cc=cc, extra=ex)


def samsung(fname, name, address, subject, date, text, cc=None, extra=()):
    b = "--_com.samsung.android.email_" + str(int(hashlib.sha1(fname.encode()).hexdigest()[:12], 16))
    hb = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body dir=\"auto\">" + \
         "".join("<div dir=\"auto\">%s</div>" % (html.escape(l, quote=False) if l.strip() else "<br>") for l in text.rstrip("\n").split("\n")) + "</body></html>\n"
    body = alt(b, plain(text, "base64"), htmlpart(hb, "base64"))
    return message(addr(name, address), subject, date, mid("k9", "s" + fname), body, cc=cc, extra=extra)


# ================================================================ the mails
# 001 -- PAI lecturer, Arabic formulas, old and new lecturer both named
f = "001-gmail-ustadz-pengampu-lama-baru.eml"
add(f, gmail(f, "Muhammad Ridwan Ma'ruf", "mridwan.maruf@polibatam.ac.id",
    "Mohon koreksi nama pengampu PAI kelas TRPL-1B", D(3, 5, 41),
    """Assalamu'alaikum warahmatullahi wabarakatuh.

Bismillahirrahmanirrahim. Semoga Bapak/Ibu tim P4M senantiasa dalam lindungan Allah SWT.

Afwan mengganggu pagi-pagi ba'da Subuh. Ana mengampu MKU1102 Pendidikan Agama Islam untuk kelas TRPL-1B semester ini. Di halaman e-learning kelas tersebut nama pengampu masih tertulis Ustadzah Nur'aini Sa'adah, S.Th.I., M.Pd.I. (beliau sekarang memegang kelas TRPL-1A, jadi namanya di sana sudah benar).

Mohon untuk kelas TRPL-1B nama pengampunya diganti menjadi:
Dr. H. Muhammad Ridwan Ma'ruf, Lc., M.A.

Insya Allah pekan depan mahasiswa sudah mulai mengumpulkan tugas hafalan lewat e-learning, jadi kalau bisa sebelum itu.

Jazakumullahu khairan katsiran atas bantuannya.
Wassalamu'alaikum warahmatullahi wabarakatuh.

Dr. H. Muhammad Ridwan Ma'ruf, Lc., M.A.
Dosen Pendidikan Agama Islam - Tim MKU
Politeknik Negeri Batam
"""),
    "course_data", "id",
    {"course_code": "MKU1102", "course_name": "Pendidikan Agama Islam",
     "changes": {"lecturer": "Dr. H. Muhammad Ridwan Ma'ruf, Lc., M.A."}},
    "The first lecturer named (Nur'aini Sa'adah) is the current one; the new value is the writer himself.")

# 002 -- cron daemon output from the e-learning server (machine)
f = "002-cron-moodle-cli-warning.eml"
add(f, message("Cron Daemon <root@learning.polibatam.ac.id>",
    "Cron <www-data@elearning-app01> /usr/bin/php /var/www/moodle/admin/cli/cron.php --keep-alive=0",
    D(14, 3, 15, ss=2), "<20261113201502.4F1A2C0B73@elearning-app01.polibatam.ac.id>",
    plain("""Server time: Sat, 14 Nov 2026 03:15:01 +0700

Execute scheduled task: Send forum notifications (mod_forum\\task\\cron_task)
... started 03:15:01. Current memory use 31.4 MB.
... used 212 dbqueries
... used 4.81 seconds
Scheduled task complete: Send forum notifications (mod_forum\\task\\cron_task)
Execute scheduled task: Update course search index (core\\task\\search_index_task)
PHP Warning:  Undefined array key "courseid" in /var/www/moodle/lib/classes/task/search_index_task.php on line 88
!!! Error reading from database !!!
!! Lock wait timeout exceeded; try restarting transaction
DELETE FROM mdl_search_simpledb_index WHERE docid = ?
[array (
  0 => 'core_course-mycourse-1187',
)] !!
Scheduled task failed: Update course search index (core\\task\\search_index_task),Error reading from database
Cron run completed correctly
Cron completed at 03:15:09. Memory used 33.0 MB.
Execution took 8.126704 seconds
"""),
    to="root@learning.polibatam.ac.id, " + HELPDESK_ADDR,
    extra=["X-Cron-Env: <SHELL=/bin/sh>", "X-Cron-Env: <HOME=/var/www>",
           "X-Cron-Env: <PATH=/usr/bin:/bin>", "X-Cron-Env: <LOGNAME=www-data>"]),
    "auto", "en", {}, "Cron output of the Moodle server copied to the helpdesk; no Auto-Submitted header.")

# 003 -- night-time student, kaomoji, quiz shows not submitted
f = "003-gmail-malam-kaomoji-kuis-belum-terkirim.eml"
add(f, gmail(f, "Nadya Putri Kirana", "nadya.pk.4342311027@students.polibatam.ac.id",
    "kak tolong kuis saya statusnya 'belum dikirim' (╥﹏╥)", D(17, 2, 14),
    """malam kak admin e-learning, maaf banget ganggu jam segini (｡•́︿•̀｡)

aku barusan ngerjain Kuis 3 Basis Data (kelas TRPL-2A), udah jawab semua 20 soal terus klik "Selesai" -> "Kirim semua dan selesai". tapi pas aku buka lagi statusnya malah "Sedang dikerjakan / belum dikirim" dan waktunya masih jalan (⊙_⊙;)

deadline kuisnya jam 23.59 tadi kak... aku ngerjain dari jam 22.40 kok, cuma wifi kos sempet putus bentar pas mau kirim

screenshot halaman ringkasan percobaannya aku lampirin di bawah (cuma bisa ketik ulang):
Percobaan 1 - Sedang berlangsung - Dimulai Senin, 16 November 2026, 22.41

bisa dicek gak kak jawabanku masuk atau enggak? takut nilainya nol m(_ _)m
makasih banyak kakk

Nadya Putri Kirana
4342311027 - TRPL 2A
"""),
    "elearning_support", "id", {"course_name": "Basis Data"},
    "Student's quiz attempt stuck as in progress; no course code given.")

# 004 -- SMK teaching-factory partner, Roundcube flowed, rename of the practicum course
f = "004-roundcube-smk-tefa-nama-praktik.eml"
add(f, roundcube(f, "Eko Prasetyo Nugroho", "eko.pn@smkn9-batam.sch.id",
    "Permohonan perubahan nama mata kuliah Teaching Factory (kelas industri SMK)", D(4, 10, 7),
    """Yth. Bapak/Ibu Tim P4M Politeknik Negeri Batam,

Dengan hormat,
Kami dari SMK Negeri 9 Batam selaku mitra program kelas industri 
Politeknik Negeri Batam menyampaikan bahwa sesuai hasil rapat 
sinkronisasi kurikulum tanggal 29 Oktober 2026, nama mata kuliah 
praktik yang kami ampu bersama dosen Polibatam disesuaikan.

Kode mata kuliah: TFE3210
Nama yang tampil di e-learning saat ini: Praktik Teaching Factory Perakitan PCB
Nama baru yang disepakati: Teaching Factory Perakitan dan Inspeksi PCB - Kelas Industri

Mohon kiranya nama tersebut dapat diperbarui di e-learning, karena 
siswa kami (PKL 12 orang) akan mulai mengakses materi pekan depan dan 
nama di e-learning perlu sama dengan nama di sertifikat kompetensi.

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Hormat kami,

Eko Prasetyo Nugroho, S.Pd.T., Gr.
Koordinator Teaching Factory
SMK Negeri 9 Batam
Jl. Brigjen Katamso, Tanjung Uncang, Batu Aji - Batam
Telp. 0778-3921 447
"""),
    "course_data", "id",
    {"course_code": "TFE3210", "course_name": "Praktik Teaching Factory Perakitan PCB",
     "changes": {"fullname": "Teaching Factory Perakitan dan Inspeksi PCB - Kelas Industri"}})

# 005 -- Japanese kosen partner, announcement for the joint COIL course, JST publish time
f = "005-outlook-kosen-jst-coil-announcement.eml"
add(f, outlook_html_only(f, "NISHIMURA Haruka", "h-nishimura@sakuragawa-ct.ac.jp",
    "Request: announcement on e-Learning for COIL students (Reiwa 8)", D(19, 16, 52, tz=9),
    mso([
        "Dear P4M Helpdesk colleagues,",
        "",
        "I hope this message finds you well. I am NISHIMURA Haruka of the International Exchange Office, Sakuragawa National College of Technology.",
        "",
        "We would be grateful if you could kindly publish the following announcement in the course COIL-MT01 Collaborative Online Mechatronics Project on your e-Learning, for the participating students of both institutions.",
        "",
        "<b>Title:</b> Final Presentation Session of COIL Project",
        "<b>Text:</b> The final presentation of the COIL project will be held online on Tuesday, 1 December 2026, 14:00-16:00 JST (12:00-14:00 WIB). Each team will present for 10 minutes followed by 5 minutes of questions. Please upload your slides by Monday, 30 November 2026.",
        "",
        "If possible, please make it visible on November 24 at 9:00 JST, which is the start of our morning homeroom (R8.11.24).",
        "",
        "Thank you very much for your kind cooperation. We look forward to seeing your students.",
        "",
        "Best regards,",
        "",
        "NISHIMURA Haruka (Ms.)",
        "International Exchange Office",
        "Sakuragawa National College of Technology, Japan",
        "TEL +81-55-926-0814",
    ]), lang="en-US"),
    "announcement", "en",
    {"title": "Final Presentation Session of COIL Project", "scope": "course",
     "publish_at": "2026-11-24T09:00:00+09:00",
     "course_code": "COIL-MT01", "course_name": "Collaborative Online Mechatronics Project"},
    "Publish moment given in JST (kept in +09:00); 1 December and 30 November are the event and the slide deadline.")

# 006 -- Buddhist religion lecturer asks for the lecturers' e-learning manual
f = "006-k9-buddha-panduan-dosen.eml"
add(f, k9(f, "Suhendra Wijaya", "suhendra.w@polibatam.ac.id",
    "Permohonan buku panduan e-learning untuk dosen", D(5, 19, 26),
    """Namo Buddhaya,

Bapak/Ibu Tim P4M yang berbahagia,

Saya Suhendra Wijaya, dosen Pendidikan Agama Buddha (tim MKU). Mulai semester ini saya diminta memakai e-learning untuk seluruh kelas Agama Buddha lintas prodi, padahal terus terang saya belum pernah memakainya.

Apakah P4M memiliki buku panduan atau manual penggunaan e-learning untuk dosen (mulai dari membuat topik, mengunggah materi, sampai membuat tugas)? Kalau ada dalam bentuk PDF, mohon berkenan dikirimkan ke email ini. Jika ada juga panduan versi untuk mahasiswa, sekalian saya mohon, supaya bisa saya bagikan ke mahasiswa.

Anumodana atas bantuan Bapak/Ibu.
Sabbe satta bhavantu sukhitatta - semoga semua makhluk berbahagia.

Sadhu, sadhu, sadhu.

Suhendra Wijaya, S.Ag., M.Pd.B.
Dosen Pendidikan Agama Buddha
"""),
    "document_request", "id", {})

# 007 -- Catholic religion lecturer, Thunderbird format=flowed, new summary
f = "007-thunderbird-katolik-ringkasan-baru.eml"
add(f, thunderbird(f, "Maria Goretti Wahyuningsih", "mg.wahyuningsih@polibatam.ac.id",
    "Perbarui deskripsi (ringkasan) MK Pendidikan Agama Katolik", D(6, 13, 18),
    """Berkah Dalem,

Selamat siang Bapak/Ibu di P4M.

Saya pengampu MKU1104 Pendidikan Agama Katolik. Deskripsi mata kuliah 
yang tampil di e-learning masih deskripsi lama dari tahun 2019 (yang 
isinya tentang "sejarah Gereja di Indonesia"), padahal RPS sudah 
berubah.

Mohon ringkasan mata kuliah di e-learning diganti dengan teks berikut 
(satu paragraf, persis seperti ini):

Mata kuliah ini membekali mahasiswa dengan pemahaman iman Katolik yang dewasa, ajaran sosial Gereja, serta sikap hormat dan dialog dengan sesama dalam kehidupan kampus yang majemuk.

Terima kasih banyak atas pelayanannya. Tuhan memberkati.

Salam damai,
Dra. Maria Goretti Wahyuningsih, M.Pd.
Dosen Pendidikan Agama Katolik
Politeknik Negeri Batam
"""),
    "course_data", "id",
    {"course_code": "MKU1104", "course_name": "Pendidikan Agama Katolik",
     "changes": {"summary": "Mata kuliah ini membekali mahasiswa dengan pemahaman iman Katolik yang dewasa, ajaran sosial Gereja, serta sikap hormat dan dialog dengan sesama dalam kehidupan kampus yang majemuk."}})

# 008 -- Pancasila coordinator, Outlook HTML-only table, a two-lecturer team as one value
f = "008-outlook-pancasila-tabel-tim-dosen.eml"
add(f, outlook_html_only(f, "Ratna Juwita Pardede", "ratna.jp@polibatam.ac.id",
    "Salam Pancasila - perubahan tim pengampu Pendidikan Pancasila MB-2A", D(9, 8, 3),
    mso(["Salam Pancasila!", "",
         "Yth. Tim Helpdesk P4M,", "",
         "Sehubungan dengan pembagian ulang beban mengajar tim MKU, bersama ini kami sampaikan perubahan pengampu untuk satu kelas Pendidikan Pancasila sebagai berikut:", ""])
    + '\n<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n'
      '<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Data</b><o:p></o:p></p></td>'
      '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Tertulis saat ini</b><o:p></o:p></p></td>'
      '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Seharusnya</b><o:p></o:p></p></td></tr>\n'
      '<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal">Kode / Mata Kuliah<o:p></o:p></p></td>'
      '<td style="padding:0cm 5.4pt"><p class="MsoNormal">MKU1201 Pendidikan Pancasila (MB-2A)<o:p></o:p></p></td>'
      '<td style="padding:0cm 5.4pt"><p class="MsoNormal">(tetap)<o:p></o:p></p></td></tr>\n'
      '<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal">Dosen pengampu<o:p></o:p></p></td>'
      '<td style="padding:0cm 5.4pt"><p class="MsoNormal">Drs. Hotman Sembiring, M.Si.<o:p></o:p></p></td>'
      '<td style="padding:0cm 5.4pt"><p class="MsoNormal">Drs. Hotman Sembiring, M.Si. dan Wartini, S.Pd., M.H.<o:p></o:p></p></td></tr>\n'
      '</table>\n'
    + mso(["", "Ibu Wartini (beliau memang hanya bernama satu kata) masuk sebagai pengampu kedua mulai pertemuan ke-9.", "",
           "Demikian, atas kerja samanya kami ucapkan terima kasih.", "",
           "Dr. Ratna Juwita Pardede, S.H., M.H.",
           "Koordinator MKU Pendidikan Pancasila dan Kewarganegaraan",
           "Politeknik Negeri Batam"])),
    "course_data", "id",
    {"course_code": "MKU1201", "course_name": "Pendidikan Pancasila",
     "changes": {"lecturer": "Drs. Hotman Sembiring, M.Si. dan Wartini, S.Pd., M.H."}},
    "The team of two is written as one value in the 'Seharusnya' column; the single lecturer is the current value.")

# 009 -- PAI lecturer again, announcement for his course, "besok pukul 07.00"
f = "009-gmail-ustadz-pengumuman-besok-0700.eml"
add(f, gmail(f, "Muhammad Ridwan Ma'ruf", "mridwan.maruf@polibatam.ac.id",
    "Pengumuman kuliah pengganti PAI", D(18, 20, 42),
    """Assalamu'alaikum wr. wb.

Bapak/Ibu tim P4M, barakallahu fiikum. Ana mohon bantuan menayangkan pengumuman di e-learning mata kuliah MKU1102 Pendidikan Agama Islam (kelas TRPL-1B saja):

Judul: Kuliah Pengganti Pertemuan 11
Isi: Kuliah pertemuan ke-11 yang tertunda karena Ustadz mengikuti muktamar diganti pada Sabtu, 21 November 2026 pukul 08.00-09.40 di ruang GU 702. Mahasiswa diharap membawa mushaf dan catatan tugas tahsin.

Mohon ditayangkan besok pukul 07.00, insya Allah setelah itu ana sampaikan juga di grup kelas.

Jazakumullahu khairan.
Wassalamu'alaikum wr. wb.

Muhammad Ridwan Ma'ruf
"""),
    "announcement", "id",
    {"title": "Kuliah Pengganti Pertemuan 11", "scope": "course", "publish_at": "2026-11-19T07:00:00+07:00",
     "course_code": "MKU1102", "course_name": "Pendidikan Agama Islam"},
    "'besok pukul 07.00' counted from the Wednesday 18 November Date header; 21 November is the class itself.")

# 010 -- Pancasila coordinator: plan for next semester, nothing to do now
f = "010-outlook-pancasila-rencana-semester-genap.eml"
add(f, outlook_html_only(f, "Ratna Juwita Pardede", "ratna.jp@polibatam.ac.id",
    "Informasi awal: rencana penyesuaian MK Pendidikan Kewarganegaraan semester genap", D(24, 14, 30),
    mso(["Salam Pancasila!", "",
         "Yth. Tim P4M,", "",
         "Sekadar informasi awal: dalam rapat tim MKU kemarin muncul usulan agar mata kuliah MKU1202 Pendidikan Kewarganegaraan pada semester genap 2026/2027 digabung dengan materi bela negara, dan kemungkinan namanya ikut berubah. Usulan ini <b>belum</b> diputuskan; masih menunggu SK Direktur dan hasil rapat senat bulan Januari.", "",
         "Jadi untuk sekarang mohon <u>tidak ada yang diubah</u> di e-learning. Begitu SK terbit, kami akan mengirim permohonan resmi lengkap dengan nama baru dan daftar kelasnya.", "",
         "Terima kasih, salam hangat.", "",
         "Dr. Ratna Juwita Pardede, S.H., M.H.",
         "Koordinator MKU Pendidikan Pancasila dan Kewarganegaraan"])),
    "other", "id", {"course_code": "MKU1202", "course_name": "Pendidikan Kewarganegaraan"},
    "A plan for next semester with no decision and an explicit request not to change anything yet.")

# 011 -- Japanese partner: partner students do not see their grades
f = "011-outlook-kosen-gradebook-tidak-tampil.eml"
add(f, outlook_html_only(f, "NISHIMURA Haruka", "h-nishimura@sakuragawa-ct.ac.jp",
    "Our students cannot see their grades in COIL-MT01", D(26, 11, 5, tz=9),
    mso(["Dear P4M Helpdesk,", "",
         "Thank you always for your support.", "",
         "Our eight students who joined COIL-MT01 Collaborative Online Mechatronics Project report that they cannot see their grades for Assignment 2 and Assignment 3. When they open &quot;Grades&quot;, the page shows only a dash (-) for both items, while the Polibatam students in the same groups can see their scores. Dr. Andi (your side) says he has already released the grades on 20 November.", "",
         "Could there be a setting that hides grades only for guest or partner accounts? Our students log in with the accounts you created for us in October (user names beginning with &quot;sct_&quot;).", "",
         "We would be grateful for your advice.", "",
         "Best regards,", "NISHIMURA Haruka (Ms.)", "International Exchange Office", "Sakuragawa National College of Technology, Japan"]), lang="en-US"),
    "elearning_support", "en",
    {"course_code": "COIL-MT01", "course_name": "Collaborative Online Mechatronics Project"})

# 012 -- night-time class representative, lecturer change with old and new names, kaomoji
f = "012-k9-komting-malam-dosen-rr.eml"
add(f, k9(f, "Rizky Ramadhan", "rizky.r.3312401044@students.polibatam.ac.id",
    "nama dosen mtk teknik di elearning salah kak", D(12, 1, 53),
    """halo kak helpdesk (^_^)/ maaf ya kirim jam segini, abis shift kerja

aku komting kelas TM-1C malam. di e-learning mata kuliah MTK1101 Matematika Teknik 1 nama dosennya masih Pak Stevanus, padahal dari awal semester yg ngajar kita itu ibu Rr. Dyah Ayu Kusumawardhani, S.T., M.Eng. (pak Stevanus ngajar kelas pagi)

jadi tolong diganti ya kak jadi Rr. Dyah Ayu Kusumawardhani, S.T., M.Eng. biar ibunya bisa kasih nilai tugas di situ. ibunya udah tau kok aku email ini, beliau yg nyuruh hehe (๑˃ᴗ˂)ﻭ

makasih kak!!
Rizky - komting TM-1C malam
"""),
    "course_data", "id",
    {"course_code": "MTK1101", "course_name": "Matematika Teknik 1",
     "changes": {"lecturer": "Rr. Dyah Ayu Kusumawardhani, S.T., M.Eng."}},
    "Pak Stevanus is the current lecturer; the new one is given twice with the same degrees.")

# 013 -- Buddhist lecturer: announcement for all Buddhist students, publish date without a time
f = "013-k9-buddha-puja-bakti-tanggal-saja.eml"
add(f, k9(f, "Suhendra Wijaya", "suhendra.w@polibatam.ac.id",
    "Mohon tayang pengumuman Puja Bakti Kathina", D(12, 7, 12),
    """Namo Buddhaya,

Bapak/Ibu Tim P4M, mohon bantuan menayangkan pengumuman berikut di beranda e-learning, untuk seluruh mahasiswa beragama Buddha dari semua program studi (bukan hanya kelas saya):

PUJA BAKTI KATHINA DAN MEDITASI BERSAMA
Seluruh mahasiswa Buddhis Politeknik Negeri Batam diundang mengikuti Puja Bakti Kathina dan meditasi bersama pada Minggu, 22 November 2026 pukul 09.00 WIB di Vihara Duta Maitreya, Batam Center. Kehadiran dihitung sebagai kegiatan praktik mata kuliah Pendidikan Agama Buddha. Konfirmasi kehadiran paling lambat Jumat, 20 November 2026 kepada ketua KMB.

Mohon ditayangkan pada Senin, 16 November 2026. Jamnya bebas, yang penting hari itu sudah tampil.

Anumodana.
Suhendra Wijaya
"""),
    "announcement", "id",
    {"title": "PUJA BAKTI KATHINA DAN MEDITASI BERSAMA", "scope": "site"},
    "Publish day without a clock time ('jamnya bebas'), so no publish_at; audience across all programmes is site scope.")

# 014 -- Buddhist lecturer: enrolment key followed by an explanation in brackets
f = "014-k9-buddha-kunci-dengan-keterangan.eml"
add(f, k9(f, "Suhendra Wijaya", "suhendra.w@polibatam.ac.id",
    "Kunci pendaftaran Agama Buddha", D(2, 9, 48),
    """Namo Buddhaya,

Selamat pagi Bapak/Ibu P4M.

Untuk mata kuliah MKU1107 Pendidikan Agama Buddha, kunci pendaftaran (enrolment key) yang sekarang terpasang ternyata sudah tersebar ke grup angkatan lama. Mohon diganti dengan kunci baru berikut:

Metta-2026! (huruf M kapital, diakhiri tanda seru)

Kunci lama mohon tidak dipakai lagi. Mahasiswa yang sudah terdaftar tidak perlu mendaftar ulang, bukan? Kalau perlu, mohon dikabari.

Anumodana,
Suhendra Wijaya, S.Ag., M.Pd.B.
"""),
    "course_data", "id",
    {"course_code": "MKU1107", "course_name": "Pendidikan Agama Buddha",
     "changes": {"enrolment_key": "Metta-2026!"}},
    "The bracketed explanation after the key is not part of the value.")

# 015 -- uptime monitor alert about the e-learning site (machine)
f = "015-uptimerobot-monitor-down.eml"
add(f, message("UptimeRobot <alert@uptimerobot.com>", "Monitor is DOWN: E-Learning Polibatam",
    D(20, 4, 38, tz=0), "<0100019353c1a8f2-5b3f0a7e-9d11-4c8e-b6a2-1f0e8d7c6b5a-000000@email.amazonses.com>",
    alt("b1_" + hashlib.sha1(b"uptime").hexdigest()[:24],
        plain("""Hi,

The monitor E-Learning Polibatam (https://learning.polibatam.ac.id/login/index.php) is currently DOWN (Connection Timeout).

Event timestamp: 2026-11-20 11:38:11 (GMT+07:00)
Root cause: Connection Timeout
Monitor type: HTTP(s)
Checked from: Singapore

We will alert you when it is UP again.

Cheers,
UptimeRobot Team

You are receiving this e-mail because you added helpdesk-p4m@polibatam.ac.id as an alert contact.
Manage alert contacts: https://dashboard.uptimerobot.com/integrations
""", "quoted-printable"),
        htmlpart("""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi,</p>
<p>The monitor <strong>E-Learning Polibatam</strong> (<a href="https://learning.polibatam.ac.id/login/index.php">https://learning.polibatam.ac.id/login/index.php</a>) is currently <strong style="color:#df484a">DOWN</strong> (Connection Timeout).</p>
<table><tr><td>Event timestamp</td><td>2026-11-20 11:38:11 (GMT+07:00)</td></tr>
<tr><td>Root cause</td><td>Connection Timeout</td></tr>
<tr><td>Monitor type</td><td>HTTP(s)</td></tr>
<tr><td>Checked from</td><td>Singapore</td></tr></table>
<p>We will alert you when it is UP again.</p>
<p>Cheers,<br>UptimeRobot Team</p>
<p style="font-size:11px;color:#888">You are receiving this e-mail because you added helpdesk-p4m@polibatam.ac.id as an alert contact.</p>
</body></html>
""")),
    to=HELPDESK_ADDR, extra=["X-SES-Outgoing: 2026.11.20-54.240.6.41", "Feedback-ID: 1.us-east-1.uptimerobot:AmazonSES"]),
    "auto", "en", {}, "Monitoring alert; sender is not a no-reply address and there is no Auto-Submitted header.")

# 016 -- Japanese partner: short name, old and new both named
f = "016-outlook-kosen-short-name-reiwa.eml"
add(f, outlook_html_only(f, "NISHIMURA Haruka", "h-nishimura@sakuragawa-ct.ac.jp",
    "Kind request to revise the short name of COIL-MT01", D(10, 9, 20, tz=9),
    mso(["Dear P4M Helpdesk colleagues,", "",
         "Thank you very much for creating the course for our joint programme last month.", "",
         "In our school system the course is registered for the academic year Reiwa 8, and our registrar asks that the short name of the course on your e-Learning follows the same rule. At present the short name is shown as <b>COIL-Mecha</b>. We would be grateful if you could kindly change it to <b>COIL-MECHA-R8</b>.", "",
         "The course is COIL-MT01 Collaborative Online Mechatronics Project. The full name should stay as it is.", "",
         "Thank you for your kind understanding.", "",
         "Best regards,", "NISHIMURA Haruka (Ms.)", "International Exchange Office", "Sakuragawa National College of Technology, Japan"]), lang="en-US"),
    "course_data", "en",
    {"course_code": "COIL-MT01", "course_name": "Collaborative Online Mechatronics Project",
     "changes": {"shortname": "COIL-MECHA-R8"}},
    "COIL-Mecha is the current short name.")

# 017 -- SMK partner: SMK students cannot log in with the guest accounts
f = "017-roundcube-smk-akun-siswa-gagal-login.eml"
add(f, roundcube(f, "Eko Prasetyo Nugroho", "eko.pn@smkn9-batam.sch.id",
    "Akun e-learning siswa SMK kelas industri tidak bisa masuk", D(11, 13, 35),
    """Yth. Bapak/Ibu Tim P4M,

Dengan hormat,
Menindaklanjuti pembuatan akun e-learning untuk 12 siswa PKL kami pada 
mata kuliah TFE3210, kami sampaikan bahwa sampai siang ini baru 4 siswa 
yang berhasil masuk. Delapan siswa lainnya selalu mendapat pesan 
"Login tidak sah, silakan coba lagi" walaupun nama pengguna dan kata 
sandi sudah diketik persis seperti pada lembar yang kami terima.

Contoh nama pengguna yang gagal: smk9.ardiansyah, smk9.putri.a, 
smk9.wahyuni. Siswa login dari laboratorium komputer SMK (Windows 10, 
Chrome) dan juga sudah dicoba dari HP masing-masing.

Mohon bantuan pengecekan. Jika kata sandi perlu diatur ulang, kami 
bersedia menerima lembar akun yang baru.

Hormat kami,
Eko Prasetyo Nugroho, S.Pd.T., Gr.
Koordinator Teaching Factory - SMK Negeri 9 Batam
"""),
    "elearning_support", "id", {"course_code": "TFE3210"})

# 018 -- Confucian religion lecturer, Zimbra, class changed from ... to ...
f = "018-zimbra-khonghucu-kelas-dari-menjadi.eml"
t18 = """Salam Kebajikan,
Wei De Dong Tian, Xian You Yi De.

Yth. Bapak/Ibu Tim P4M,

Mohon bantuan perubahan data kelas pada mata kuliah MKU1108 Pendidikan Agama Khonghucu. Karena mahasiswa beragama Khonghucu tahun ini hanya tujuh orang dari empat prodi, kelasnya digabung.

Kelas di e-learning dari TI-1C Sore menjadi Gabungan Lintas Prodi - Sore

Jadwal tetap Kamis sore, dosen tetap saya sendiri.

Shanzai. Terima kasih atas bantuannya.

Js. Liem Tjoe Hwa, S.Ag.
Dosen Pendidikan Agama Khonghucu
"""
add(f, zimbra(f, "Liem Tjoe Hwa", "liem.th@polibatam.ac.id",
    "Perubahan kelas MK Pendidikan Agama Khonghucu", D(5, 15, 2), t18,
    zhtml(["Salam Kebajikan,", "Wei De Dong Tian, Xian You Yi De.", "",
           "Yth. Bapak/Ibu Tim P4M,", "",
           "Mohon bantuan perubahan data kelas pada mata kuliah MKU1108 Pendidikan Agama Khonghucu. Karena mahasiswa beragama Khonghucu tahun ini hanya tujuh orang dari empat prodi, kelasnya digabung.", "",
           "Kelas di e-learning dari <i>TI-1C Sore</i> menjadi <b>Gabungan Lintas Prodi - Sore</b>", "",
           "Jadwal tetap Kamis sore, dosen tetap saya sendiri.", "",
           "Shanzai. Terima kasih atas bantuannya.", "",
           "Js. Liem Tjoe Hwa, S.Ag.", "Dosen Pendidikan Agama Khonghucu"])),
    "course_data", "id",
    {"course_code": "MKU1108", "course_name": "Pendidikan Agama Khonghucu",
     "changes": {"class": "Gabungan Lintas Prodi - Sore"}},
    "TI-1C Sore is the current class.")

# 019 -- PAI lecturer thanks after the change was done
f = "019-gmail-ustadz-jazakumullah-sudah-beres.eml"
add(f, gmail(f, "Muhammad Ridwan Ma'ruf", "mridwan.maruf@polibatam.ac.id",
    "Re: [P4M #4502] Mohon koreksi nama pengampu PAI kelas TRPL-1B", D(4, 7, 15),
    """Alhamdulillah, sudah ana cek, nama pengampu di kelas TRPL-1B sudah benar dan mahasiswa sudah bisa mengumpulkan tugas.

Jazakumullahu khairan katsiran untuk tim P4M, cepat sekali responsnya. Semoga Allah mudahkan urusan antum semua.

Wassalamu'alaikum wr. wb.
Ridwan Ma'ruf

Pada Rab, 4 Nov 2026 pukul 06.02 Helpdesk P4M Polibatam <helpdesk-p4m@polibatam.ac.id> menulis:
> Yth. Bapak Dr. H. Muhammad Ridwan Ma'ruf, Lc., M.A.,
>
> Permintaan Bapak [P4M #4502] telah kami selesaikan: pengampu MKU1102
> Pendidikan Agama Islam kelas TRPL-1B kini tertulis atas nama Bapak.
>
> Mohon berkenan memberi penilaian 1-5 atas layanan kami dengan membalas
> surel ini.
>
> Salam,
> Helpdesk P4M Polibatam
""", extra=["In-Reply-To: <p4m-4502-resolved@helpdesk.polibatam.ac.id>",
            "References: <p4m-4502-resolved@helpdesk.polibatam.ac.id>"]),
    "other", "id", {},
    "Thanks after a resolved ticket; no new request and no rating digit. The course is named only in the quoted acknowledgement, so no course fields.")

# 020 -- Catholic lecturer: campus Advent mass, publish Friday 16.00, event Monday
f = "020-thunderbird-katolik-misa-adven-jumat-1600.eml"
add(f, thunderbird(f, "Maria Goretti Wahyuningsih", "mg.wahyuningsih@polibatam.ac.id",
    "Mohon publikasi pengumuman Misa Kampus Awal Adven", D(23, 10, 44),
    """Berkah Dalem,

Bapak/Ibu P4M yang baik,

Mohon bantuan untuk menayangkan pengumuman berikut di halaman depan 
e-learning supaya terbaca oleh semua mahasiswa dan dosen Katolik di 
kampus:

Judul: Misa Kampus Awal Masa Adven 2026
Isi: Dalam rangka memasuki Masa Adven, Keluarga Mahasiswa Katolik 
Polibatam mengadakan Misa Kampus pada Senin, 30 November 2026 pukul 
12.00 WIB di Aula Gedung Utama lantai 4. Misa dipimpin oleh Romo 
Yohanes Don Bosco Ngala, Pr. Mahasiswa yang mengikuti misa diizinkan 
terlambat masuk kuliah siang maksimal 30 menit.

Tolong pengumumannya baru muncul pada Jumat, 27 November 2026 pukul 
16.00, setelah kuliah Jumat selesai.

Terima kasih, Tuhan memberkati.

Dra. Maria Goretti Wahyuningsih, M.Pd.
"""),
    "announcement", "id",
    {"title": "Misa Kampus Awal Masa Adven 2026", "scope": "site", "publish_at": "2026-11-27T16:00:00+07:00"},
    "The mass on 30 November at 12.00 is the event; the publish moment is Friday 27 November 16.00.")

# 021 -- a checklist form pasted from a PDF, two ticked changes
f = "021-plain-formulir-pdf-centang-dua.eml"
add(f, message(addr("Paiman", "paiman@polibatam.ac.id"),
    "Formulir F-P4M-07 perubahan data MK Gambar Teknik Manufaktur", D(16, 9, 9),
    mid("rc", f),
    plain("""Selamat pagi, berikut saya salin isi formulir dari dosen (PDF-nya tidak
bisa saya lampirkan karena hasil scan terlalu besar). Terima kasih.

----------------------------------------------------------------------
FORMULIR PERMOHONAN PERUBAHAN DATA MATA KULIAH
E-LEARNING POLITEKNIK NEGERI BATAM               F-P4M-07 / Rev. 02
----------------------------------------------------------------------
Nama Pemohon        : Ahmad Fauzi Siregar
Program Studi       : D3 Teknik Mesin
Kode Mata Kuliah    : RMK2204
Nama Mata Kuliah    : Gambar Teknik Manufaktur
(sesuai tampilan e-
learning saat ini)

Jenis perubahan (beri tanda x):
[ ] Ubah nama mata kuliah
[ ] Ubah nama singkat
[x] Ubah nama dosen
[ ] Ubah kelas
[x] Ubah kunci pendaftaran (enrolment key)
[ ] Ubah SKS / semester
[ ] Lainnya: ...................................

Data baru:
Nama dosen (lengkap dengan gelar) : Ahmad Fauzi Siregar, S.T., M.T.
Kunci pendaftaran                 : GbrTek_2B
Nama mata kuliah baru             : -

Batam, 13 November 2026
Pemohon,

(ttd)
Ahmad Fauzi Siregar
----------------------------------------------------------------------
Halaman 1 dari 1

--
Paiman
Staf Administrasi Jurusan Teknik Mesin
Ext. 2204
"""), extra=["User-Agent: Roundcube Webmail/1.6.9"]),
    "course_data", "id",
    {"course_code": "RMK2204", "course_name": "Gambar Teknik Manufaktur",
     "changes": {"lecturer": "Ahmad Fauzi Siregar, S.T., M.T.", "enrolment_key": "GbrTek_2B"}},
    "Only the ticked boxes count; the unticked 'nama mata kuliah baru' line holds '-'.")

# 022 -- Confucian lecturer: how to edit the course summary himself (near-miss)
f = "022-zimbra-khonghucu-cara-ubah-ringkasan-sendiri.eml"
t22 = """Salam Kebajikan,

Bapak/Ibu P4M,

Saya ingin belajar mengurus kelas saya sendiri di e-learning. Pertanyaan saya: bagaimana cara dosen mengubah ringkasan (deskripsi) mata kuliah sendiri? Saya sudah masuk ke MKU1108 Pendidikan Agama Khonghucu, klik ikon roda gigi, tetapi tidak menemukan menu "Edit pengaturan". Yang ada hanya "Filter", "Laporan", dan "Bank soal".

Apakah dosen memang tidak punya hak untuk itu, atau saya yang salah tempat? Saya tidak minta diubahkan, hanya minta petunjuk langkahnya saja, supaya lain kali tidak merepotkan.

Shanzai,
Js. Liem Tjoe Hwa, S.Ag.
"""
add(f, zimbra(f, "Liem Tjoe Hwa", "liem.th@polibatam.ac.id",
    "Bagaimana cara mengubah ringkasan mata kuliah sendiri?", D(25, 16, 20), t22,
    zhtml([html.escape(l, quote=False) for l in t22.rstrip("\n").split("\n")])),
    "elearning_support", "id", {"course_code": "MKU1108", "course_name": "Pendidikan Agama Khonghucu"},
    "How-to question about doing it oneself; explicitly no change asked.")

# 023 -- Timorese partner writes Indonesian with Portuguese and Tetum words, Dili time
f = "023-gmail-timor-pengumuman-jam-dili.eml"
add(f, gmail(f, "José da Conceição Araújo", "jose.araujo@ipn-tl.edu.tl",
    "Pengumuman untuk peserta kuliah kolaborasi energi terbarukan", D(17, 15, 6, tz=9),
    """Bondia Senhora/Senhor tim P4M,

Saya José Araújo dari Instituto Politécnico Nacional de Timor-Leste, mitra kuliah kolaborasi KDE4101 Kolaborasi Daring Sistem Energi Terbarukan. Mohon bantuan untuk memasang pengumuman di dalam kuliah itu, untuk mahasiswa dari Batam dan dari Díli.

Judul: Webinar Bersama: PLTS Atap di Sekolah-Sekolah Díli
Isi: Webinar bersama akan dilaksanakan pada Selasa, 24 November 2026 pukul 14.00 waktu Díli (12.00 WIB) melalui Zoom. Narasumber: Eng. Mário Belo Soares. Kehadiran wajib bagi semua peserta kuliah dan laporan singkat dikumpulkan paling lambat Jumat, 27 November 2026.

Mohon pengumuman itu ditayangkan pada Sabtu, 21 November 2026 jam 09.00 waktu Díli, supaya mahasiswa kami bisa baca di akhir minggu.

Obrigadu barak ba ita-nia ajuda.

Ho respeitu,
José da Conceição Araújo
Koordenadór Kooperasaun Internasionál
Instituto Politécnico Nacional de Timor-Leste
"""),
    "announcement", "id",
    {"title": "Webinar Bersama: PLTS Atap di Sekolah-Sekolah Díli", "scope": "course",
     "publish_at": "2026-11-21T09:00:00+09:00",
     "course_code": "KDE4101", "course_name": "Kolaborasi Daring Sistem Energi Terbarukan"},
    "Publish moment in Dili time (+09:00, the sender's zone); the webinar on 24 November is the event.")

# 024 -- Timorese partner: co-lecturer from the partner side replaced, diacritics
f = "024-gmail-timor-ganti-dosen-diakritik.eml"
add(f, gmail(f, "José da Conceição Araújo", "jose.araujo@ipn-tl.edu.tl",
    "Perubahan nama pengajar pihak IPN-TL", D(6, 10, 31, tz=9),
    """Bondia tim P4M,

Mohon maaf, ada perubahan dari pihak kami. Sr. Domingos Ximenes yang tercatat sebagai pengajar dari IPN-TL di kuliah KDE4101 Kolaborasi Daring Sistem Energi Terbarukan sudah pindah tugas ke Kementerian sejak bulan Oktober.

Pengajar penggantinya: Eng. Mário Belo Soares, M.Sc.
(nama ditulis dengan tanda á pada Mário, sesuai paspor)

Mohon nama Sr. Domingos dihapus dan diganti dengan nama tersebut di e-learning. Dosen dari Polibatam tetap sama.

Obrigadu barak.
José da Conceição Araújo
IPN-TL, Díli
"""),
    "course_data", "id",
    {"course_code": "KDE4101", "course_name": "Kolaborasi Daring Sistem Energi Terbarukan",
     "changes": {"lecturer": "Eng. Mário Belo Soares, M.Sc."}},
    "Indonesian with Portuguese/Tetum courtesies, labelled id; Sr. Domingos Ximenes is the current partner lecturer.")

# 025 -- numbered Q&A answer to the helpdesk's questions, semester value with a bracketed note
f = "025-gmail-jawab-bernomor-semester.eml"
add(f, gmail(f, "Lilis Suryani", "lilis.suryani@polibatam.ac.id",
    "Re: [P4M #4530] Permintaan perubahan data MK - mohon dilengkapi", D(10, 11, 47),
    """Baik, berikut jawaban saya sesuai nomor pertanyaannya:

1. Kode MK: KIM1105
2. Nama MK di e-learning sekarang: Kimia Dasar
3. Data yang perlu diubah: semester
4. Nilai baru: 1 (satu, karena kurikulum 2026 memindahkan MK ini dari semester 2 ke semester 1)
5. Kelas yang terdampak: semua kelas (TK-1A, TK-1B, TK-1C)

Semoga sudah lengkap ya. Terima kasih.

Lilis Suryani, S.Si., M.Sc.
Dosen Kimia - Jurusan Teknik Kimia Terapan

Pada Sel, 10 Nov 2026 pukul 10.12 Helpdesk P4M Polibatam <helpdesk-p4m@polibatam.ac.id> menulis:
> Yth. Ibu Lilis Suryani,
>
> Terima kasih, permintaan Ibu sudah kami catat sebagai [P4M #4530]. Agar
> dapat kami proses, mohon dilengkapi:
> 1. Kode mata kuliah
> 2. Nama mata kuliah seperti yang tampil di e-learning sekarang
> 3. Data apa yang perlu diubah
> 4. Nilai barunya
> 5. Kelas yang terdampak
>
> Salam,
> Helpdesk P4M Polibatam
>
> ---- Pesan asli ----
> Selamat pagi, mohon bantu ubah data MK kimia saya di e-learning, terima
> kasih.
""", extra=["In-Reply-To: <p4m-4530-ask@helpdesk.polibatam.ac.id>",
            "References: <p4m-4530-ack@helpdesk.polibatam.ac.id> <p4m-4530-ask@helpdesk.polibatam.ac.id>"]),
    "course_data", "id",
    {"course_code": "KIM1105", "course_name": "Kimia Dasar", "changes": {"semester": "1"}},
    "Semester value is '1'; the bracketed reason after it is not part of the value; the old semester was 2.")

# 026 -- Google Docs comment mention, Indonesian (machine)
f = "026-googledocs-disebut-dalam-komentar.eml"
add(f, message('"Yulia Fransiska (Google Dokumen)" <comments-noreply@docs.google.com>',
    "Dokumen tanpa judul - Yulia Fransiska menyebut Anda dalam komentar", D(13, 6, 2, tz=0),
    "<K9pXy2vQ7rT3" + hashlib.sha1(b"gdocs").hexdigest()[:18] + "@google.com>",
    alt("000000000000" + hashlib.sha1(b"gdocs-b").hexdigest()[:16],
        plain("""Yulia Fransiska menyebut Anda dalam komentar di dokumen berikut
Draf SOP Layanan Helpdesk P4M 2027

Yulia Fransiska
Bagian 4.2: @helpdesk-p4m@polibatam.ac.id mohon dicek apakah waktu respons 15 menit masih sesuai untuk permintaan lewat WhatsApp.

Balas atau buka komentar: https://docs.google.com/document/d/1x7Qp2mNcB8vRt4LzYw0aKs9EhD3uFjG6oP5iTq/edit?disco=AAABa3mZ9kQ

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Anda menerima email ini karena disebut dalam komentar. Ubah yang dinotifikasikan kepada Anda.
""", "quoted-printable"),
        htmlpart("""<html><body><table width="100%" style="font-family:Roboto,Arial,sans-serif"><tr><td>
<p><b>Yulia Fransiska</b> menyebut Anda dalam komentar di dokumen berikut</p>
<p style="font-size:18px">Draf SOP Layanan Helpdesk P4M 2027</p>
<blockquote style="border-left:3px solid #fbbc04;padding-left:8px">Bagian 4.2: <a href="mailto:helpdesk-p4m@polibatam.ac.id">@helpdesk-p4m@polibatam.ac.id</a> mohon dicek apakah waktu respons 15 menit masih sesuai untuk permintaan lewat WhatsApp.</blockquote>
<p><a href="https://docs.google.com/document/d/1x7Qp2mNcB8vRt4LzYw0aKs9EhD3uFjG6oP5iTq/edit?disco=AAABa3mZ9kQ" style="background:#1a73e8;color:#fff;padding:8px 16px;text-decoration:none">Buka</a></p>
<p style="font-size:11px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>Anda menerima email ini karena disebut dalam komentar.</p>
</td></tr></table></body></html>
""")),
    to=HELPDESK_ADDR, extra=["Reply-To: Yulia Fransiska <yulia.fransiska@polibatam.ac.id>",
                             "X-Notifications: 7c1f2e0d9a8b0000", "Auto-Submitted: auto-generated"]),
    "auto", "id", {}, "Comment-mention notification; Reply-To is a person, but the mail itself is machine-sent.")

# 027 -- a lecturer tells the change as a story, never naming the field
f = "027-gmail-cerita-mahasiswa-ketawa-teknk.eml"
add(f, gmail(f, "Hasan Basri", "hasan.basri@polibatam.ac.id",
    "Soal tulisan di e-learning mata kuliah saya", D(19, 7, 58),
    """Assalamualaikum, selamat pagi.

Kemarin sore ada mahasiswa kelas malam yang bertanya sambil tertawa, "Pak, kok mata kuliah Bapak namanya Teknk?" Saya kira dia bercanda. Ternyata waktu saya buka sendiri, di halaman depan e-learning dan di daftar "Kursus saya" memang tertulis Mekanika Teknk Dasar. Hurufnya kurang satu. Sudah dari awal semester rupanya, dan tidak ada yang bilang ke saya, mungkin sungkan.

Saya tidak tahu bagian mana yang harus diganti dan bagaimana istilahnya di sistem, tapi yang benar tentu Mekanika Teknik Dasar, seperti di KRS dan di RPS. Kodenya SIP1203 kalau tidak salah (prodi Teknik Sipil, tapi kelasnya di gedung Teknik Mesin).

Mohon bantuannya supaya mahasiswa tidak tertawa lagi.

Terima kasih,
Ir. Hasan Basri, M.T.
"""),
    "course_data", "id",
    {"course_code": "SIP1203", "course_name": "Mekanika Teknk Dasar",
     "changes": {"fullname": "Mekanika Teknik Dasar"}},
    "course_name is the current misspelt name as written; the field is never named, the story implies the full name.")

# 028 -- SMK partner: announcement for the course today at 13.00, visit on Thursday
f = "028-roundcube-smk-kunjungan-hari-ini-jam13.eml"
add(f, roundcube(f, "Eko Prasetyo Nugroho", "eko.pn@smkn9-batam.sch.id",
    "Mohon tayangkan pengumuman kunjungan siswa SMK ke lab PCB", D(10, 9, 12),
    """Yth. Bapak/Ibu Tim P4M,

Dengan hormat, mohon bantuan menayangkan pengumuman di e-learning mata 
kuliah TFE3210 (Teaching Factory) untuk peserta kelas industri:

Judul: Kunjungan dan Orientasi Lab Perakitan PCB
Siswa kelas industri SMK Negeri 9 Batam akan mengikuti orientasi di 
Laboratorium Perakitan PCB Politeknik Negeri Batam pada Kamis, 12 
November 2026 pukul 08.00-11.00 WIB. Siswa wajib memakai seragam 
praktik, sepatu safety, dan membawa kartu pelajar. Berkumpul di lobi 
Gedung Teaching Factory pukul 07.45.

Pengumuman mohon ditayangkan hari ini jam 13.00, setelah siswa selesai 
upacara dan istirahat siang, supaya bisa kami bacakan bersama di kelas.

Hormat kami,
Eko Prasetyo Nugroho, S.Pd.T., Gr.
Koordinator Teaching Factory - SMK Negeri 9 Batam
"""),
    "announcement", "id",
    {"title": "Kunjungan dan Orientasi Lab Perakitan PCB", "scope": "course",
     "publish_at": "2026-11-10T13:00:00+07:00", "course_code": "TFE3210"},
    "'hari ini jam 13.00' from the Tuesday 10 November Date header; Thursday 12 November is the visit. The course is named by code only ('Teaching Factory' in brackets is a description).")

# 029 -- SMK partner asks for the SOP and templates for the industry class
f = "029-roundcube-smk-sop-kelas-industri.eml"
add(f, roundcube(f, "Eko Prasetyo Nugroho", "eko.pn@smkn9-batam.sch.id",
    "Permohonan SOP dan format dokumen kelas industri", D(20, 8, 41),
    """Yth. Bapak/Ibu Tim P4M,

Dengan hormat,
Dalam rangka persiapan audit mutu internal SMK kami bulan Desember, 
kami memerlukan dokumen dari pihak Politeknik Negeri Batam yang 
mengatur kerja sama pembelajaran kelas industri, yaitu:

1. SOP pelaksanaan pembelajaran kelas industri / teaching factory 
   bersama mitra SMK (bila ada);
2. format RPS yang dipakai dosen Polibatam untuk mata kuliah praktik;
3. format berita acara perkuliahan (BAP) praktik.

Dokumen dalam bentuk PDF atau Word keduanya tidak masalah. Mohon 
dikirimkan ke alamat surel ini.

Atas bantuan Bapak/Ibu kami ucapkan terima kasih.

Hormat kami,
Eko Prasetyo Nugroho, S.Pd.T., Gr.
Koordinator Teaching Factory - SMK Negeri 9 Batam
"""),
    "document_request", "id", {})

# 030 -- Thai partner: co-lecturer replaced, value followed by a bracketed explanation, Buddhist-era year
f = "030-gmail-thai-co-lecturer-be-2569.eml"
add(f, gmail(f, "Pimchanok Rattanakorn", "pimchanok.r@cpit.ac.th",
    "Change of Thai-side co-lecturer for Industrial IoT Applications", D(9, 14, 3),
    """Sawasdee ka, dear P4M team,

I hope you are all well. I am Ajarn Pimchanok from the Faculty of Engineering, Chao Phraya Institute of Technology.

From the second half of the semester (starting 16 November 2569 in our calendar, which is 16 November 2026), I will go on maternity leave, so I cannot continue as co-lecturer in ITC3305 Industrial IoT Applications.

Please kindly change the Thai-side co-lecturer on the course page to:
Asst. Prof. Dr. Kittisak Boonmee (he replaces me from week 9 and already has an account on your e-learning)

The Polibatam lecturer, Mr. Fajar, stays the same.

Khop khun ka for your kind help.

Best regards,
Pimchanok Rattanakorn, Ph.D.
Lecturer, Department of Electrical Engineering
Chao Phraya Institute of Technology, Thailand
"""),
    "course_data", "en",
    {"course_code": "ITC3305", "course_name": "Industrial IoT Applications",
     "changes": {"lecturer": "Asst. Prof. Dr. Kittisak Boonmee"}},
    "The bracketed remark after the name is not part of the value; the current co-lecturer is the writer herself.")

# 031 -- Thai partner: site-wide call, publish day given only as a BE date
f = "031-gmail-thai-site-call-be-date-only.eml"
add(f, gmail(f, "Pimchanok Rattanakorn", "pimchanok.r@cpit.ac.th",
    "Announcement request: Short-term exchange call 2027", D(3, 16, 25),
    """Sawasdee ka,

Our international office asks whether you could kindly post a call on the front page of your e-learning, so that all Polibatam students can see it.

Title: CPIT Short-Term Engineering Exchange 2027 - Call for Applicants
Text: Chao Phraya Institute of Technology invites Polibatam students of all study programmes to join a four-week engineering exchange in Bangkok in February 2027. Accommodation is provided. Applications close on 15 December 2569 (15 December 2026). Contact: inter@cpit.ac.th.

If possible, please post it on 20 November 2569 (20 November 2026), after our agreement is signed.

Thank you very much ka.
Pimchanok Rattanakorn, Ph.D.
"""),
    "announcement", "en",
    {"title": "CPIT Short-Term Engineering Exchange 2027 - Call for Applicants", "scope": "site"},
    "Publish day given as a date only (with its Buddhist-era year), so no publish_at; 15 December is the deadline.")

# 032 -- Thai partner: Thai text shows as boxes in the Moodle app
f = "032-gmail-thai-app-kotak-kotak.eml"
add(f, gmail(f, "Pimchanok Rattanakorn", "pimchanok.r@cpit.ac.th",
    "Thai characters appear as boxes in the mobile app", D(5, 11, 12),
    """Dear P4M helpdesk,

Some of our Thai students use the Moodle mobile app to follow ITC3305. When I write a forum post with Thai words (we sometimes explain terms in Thai for them), the app shows only small empty boxes instead of the letters. In the web browser on the same phones the Thai text looks normal.

The students use Android 14 (Samsung A54 and Oppo Reno). The app version is 4.5.

Is this a setting on the site, or something the students must change on their phones?

Khop khun ka,
Pimchanok
"""),
    "elearning_support", "en", {"course_code": "ITC3305"})

# 033 -- single-name lecturer writing English, Outlook HTML-only; Moodle doubled her one name
f = "033-outlook-satu-nama-sukarni-sukarni.eml"
add(f, outlook_html_only(f, "Sukarni", "sukarni@polibatam.ac.id",
    "Lecturer name shown twice on Software Testing", D(13, 10, 26),
    mso(["Dear Helpdesk P4M,", "",
         "I teach RPL2207 Software Testing (class RPL-3A and RPL-3B). On the course page the lecturer is displayed as &quot;Sukarni Sukarni&quot;. I think the system copied my name into both first name and last name because I have only one name, no surname. Students already joke about it.", "",
         "Please put the lecturer name as: <b>Sukarni, S.Kom., M.T.</b>", "",
         "Only one &quot;Sukarni&quot;, with my degrees. Thank you very much for your help.", "",
         "Kind regards,", "Sukarni, S.Kom., M.T.", "Lecturer, Software Engineering Technology", "Politeknik Negeri Batam"]), lang="en-US"),
    "course_data", "en",
    {"course_code": "RPL2207", "course_name": "Software Testing",
     "changes": {"lecturer": "Sukarni, S.Kom., M.T."}},
    "Single-name lecturer; 'Sukarni Sukarni' is the current display.")

# 034 -- the same lecturer: forum attachments download as .bin
f = "034-outlook-sukarni-lampiran-forum-bin.eml"
add(f, outlook_html_only(f, "Sukarni", "sukarni@polibatam.ac.id",
    "Forum attachments download as .bin files", D(24, 9, 2),
    mso(["Dear Helpdesk P4M,", "",
         "Since yesterday, when my students download a file attached to a forum post in RPL2207 Software Testing, the file is saved as &quot;pluginfile.bin&quot; instead of the original name (for example test-plan.xlsx). If they rename it back to .xlsx it opens fine. It happens in Chrome and Edge, not only on one laptop. Files in the normal &quot;File&quot; resources download correctly.", "",
         "Is something changed on the server? I did not change any forum settings.", "",
         "Kind regards,", "Sukarni"]), lang="en-US"),
    "elearning_support", "en", {"course_code": "RPL2207", "course_name": "Software Testing"})

# 035 -- PAI lecturer: recitation audio files too large to upload
f = "035-gmail-ustadz-murottal-terlalu-besar.eml"
add(f, gmail(f, "Muhammad Ridwan Ma'ruf", "mridwan.maruf@polibatam.ac.id",
    "Tidak bisa unggah rekaman murottal (file terlalu besar)", D(25, 21, 3),
    """Assalamu'alaikum warahmatullahi wabarakatuh.

Afwan, tim P4M. Ana sedang menyiapkan contoh bacaan tahsin (rekaman murottal Juz 30) untuk mahasiswa Pendidikan Agama Islam. Setiap file MP3 sekitar 60-90 MB. Saat diunggah lewat "Tambah aktivitas atau sumber daya" -> "Berkas", muncul tulisan "Berkas terlalu besar. Ukuran maksimum unggahan adalah 50 MB."

Apakah batas 50 MB itu bisa dinaikkan untuk mata kuliah ana, atau ada cara lain yang dianjurkan (misalnya dipecah, atau ditautkan dari Google Drive)? Ana tidak ingin memperberat server kampus.

Jazakumullahu khairan.
Wassalamu'alaikum wr. wb.

Dr. H. Muhammad Ridwan Ma'ruf, Lc., M.A.
"""),
    "elearning_support", "id", {"course_name": "Pendidikan Agama Islam"})

# 036 -- tablet with predictive-text slips, credits with old and new
f = "036-samsung-tab-prediktif-sks.eml"
add(f, samsung(f, "Darmawan Hadiprojo", "darmawan.h@polibatam.ac.id",
    "Mohin perbaikan SKS Elektronika Daya", D(7, 16, 44),
    """Selamat siamg tim P4M,

Mohin bantuannya, untuk mata kuliha ELK2301 Elektronika Daya di e-learning SKS nya masih tertulis 2 SKS. Sesuai kurikilum baru mohon diubah menjadi 3 SKS (teori 2, praktik 1 tapi cukup ditulis 3 SKS saja).

Trims bnyak,
Darmawan

Dikirim dari Galaxy Tab Samsung saya
"""),
    "course_data", "id",
    {"course_code": "ELK2301", "course_name": "Elektronika Daya", "changes": {"credits": "3 SKS"}},
    "2 SKS is the current value; typos come from the tablet's predictive text and are not in any value.")

# 037 -- the same tablet lecturer: announcement "Senin depan jam 7 pagi"
f = "037-samsung-tab-pengumuman-senin-depan.eml"
add(f, samsung(f, "Darmawan Hadiprojo", "darmawan.h@polibatam.ac.id",
    "Pengumumam kuis Elektronika Daya", D(11, 20, 17),
    """Malam tim P4M,

Tolong dipasangkam pengumuman di e-learning ELK2301 Elektronika Daya (semua kelas):

Judul: Kuis 2 Elektronika Daya dipindah
Isi: Kuis 2 yang semula hari Selasa dipindah ke Kamis, 19 November 2026 jam 10.00-10.45, materi konverter DC-DC (buck, boost). Kuis dikerjakan di e-learning dari ruang kelas masing2, bawa laptop.

Pengumumanya tayang Senin depan jam 7 pagi ya, jangan sekarang, biar mahasiswa tidak lupa.

Trims,
Darmawan

Dikirim dari Galaxy Tab Samsung saya
"""),
    "announcement", "id",
    {"title": "Kuis 2 Elektronika Daya dipindah", "scope": "course", "publish_at": "2026-11-16T07:00:00+07:00",
     "course_code": "ELK2301", "course_name": "Elektronika Daya"},
    "'Senin depan jam 7 pagi' from Wednesday 11 November is Monday 16 November; Thursday 19 November is the quiz.")

# 038 -- the same tablet lecturer: cannot attach files from the tablet
f = "038-samsung-tab-tidak-bisa-pilih-berkas.eml"
add(f, samsung(f, "Darmawan Hadiprojo", "darmawan.h@polibatam.ac.id",
    "Tidak bisa upload dari tablet", D(21, 6, 55),
    """Pagi,

Saya coba unggah file PDF modul ke e-learning lewat tablet (Chrome), waktu klik tombol "Pilih berkas" muncul jendela pemilih berkas tapi isinya koson, folder Unduhan tidak kelihatam. Kalau dari laptop bisa. Apa ada pengaturan khusus di tablet atau memang e-learning tidak mendukung?

Mohon petunjuknya.
Darmawan

Dikirim dari Galaxy Tab Samsung saya
"""),
    "elearning_support", "id", {})

# 039 -- Srikandi e-office notification (machine)
f = "039-srikandi-naskah-dinas-masuk.eml"
add(f, message("SRIKANDI <noreply-srikandi@anri.go.id>", "[SRIKANDI] Naskah Masuk Baru: Undangan Rapat Koordinasi Layanan Akademik",
    D(18, 13, 5, ss=47), "<srikandi.1731909947.8842@mail.anri.go.id>",
    htmlpart("""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Yth. <b>Helpdesk P4M Polibatam</b>,</p>
<p>Anda menerima naskah dinas baru melalui aplikasi SRIKANDI dengan rincian sebagai berikut:</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Nomor Naskah</td><td>: B/1187/PL29/KP.03/2026</td></tr>
<tr><td>Hal</td><td>: Undangan Rapat Koordinasi Layanan Akademik</td></tr>
<tr><td>Pengirim</td><td>: Wakil Direktur Bidang Akademik</td></tr>
<tr><td>Sifat</td><td>: Biasa</td></tr>
<tr><td>Tanggal Naskah</td><td>: 18 November 2026</td></tr>
</table>
<p>Silakan masuk ke <a href="https://srikandi.arsip.go.id">srikandi.arsip.go.id</a> untuk membaca dan menindaklanjuti naskah tersebut.</p>
<p style="color:#777;font-size:11px">Email ini dikirim secara otomatis oleh sistem SRIKANDI. Mohon tidak membalas email ini.</p>
</body></html>
""", "base64"),
    to=HELPDESK_ADDR, extra=["X-Mailer: SRIKANDI Notification Service", "Auto-Submitted: auto-generated"]),
    "auto", "id", {}, "Government e-office notification, HTML-only and base64.")

# 040 -- night-time student, dark mode hides quiz text (code-switching)
f = "040-gmail-malam-darkmode-soal-hilang.eml"
add(f, gmail(f, "Alya Zahra", "alya.zahra.4312301077@students.polibatam.ac.id",
    "soal quiz ga kebaca pas dark mode ( ˘•ω•˘ )", D(24, 1, 26),
    """hi kak helpdesk!! sorry late night email hehe

jadi aku pake dark mode di Chrome (extension Dark Reader) and somehow soal quiz di e-learning jadi ga kebaca sama sekali, teksnya item di background item (ーー;) terutama yang soal tipe "drag and drop into text". kalau aku matiin extension-nya baru keliatan, tapi mataku sakit kak belajar jam segini wkwk

is there any way biar quiz-nya tetep readable in dark mode? atau e-learning ada theme gelap sendiri ga?

thank you kak (っ˘ω˘ς )
Alya - Animasi 2B
"""),
    "elearning_support", "mixed", {})

# 041 -- night-time student: grade complaint that belongs to SIAKAD and the lecturer
f = "041-k9-malam-nilai-siakad-salah-alamat.eml"
add(f, k9(f, "Rizky Ramadhan", "rizky.r.3312401044@students.polibatam.ac.id",
    "nilai UTS fisika di siakad kosong kak", D(27, 0, 48),
    """kak maaf ganggu lagi (>_<)

nilai UTS Fisika Terapan aku di SIAKAD masih kosong, temen2 sekelas udah keluar semua. padahal aku ikut UTS kok, ada absennya. ini aku harus minta ke siapa ya kak? ke dosennya langsung atau bisa dibantu dari sini? soalnya mau dipake buat syarat beasiswa tgl 30

makasih kak m(_ _)m
Rizky TM-1C malam
"""),
    "other", "id", {"course_name": "Fisika Terapan"},
    "Misdirected SIAKAD grade question; not about the e-learning site.")

# 042 -- student association at night: site announcement, 'besok pagi' pinned by an explicit date
f = "042-gmail-malam-hima-donor-darah.eml"
add(f, gmail(f, "Bima Sakti Nugraha", "bima.sn.3312201009@students.polibatam.ac.id",
    "[HIMA Elektro] pengumuman donor darah 🩸", D(19, 1, 37),
    """selamat malam kak P4M ✨ maaf baru kirim jam segini, baru kelar rapat (´；ω；`)

kami dari HIMA Teknik Elektro mau minta tolong dipasang pengumuman di halaman depan e-learning buat semua mahasiswa & dosen ya kak:

Judul: Donor Darah Bersama HIMA Elektro x PMI Kota Batam
Isi: Yuk ikut donor darah! Selasa, 24 November 2026, pukul 09.00-14.00 WIB di Lobi Gedung Utama. Syarat: usia 17-60 tahun, berat badan minimal 45 kg, tidur cukup malam sebelumnya. Daftar lewat link bit.ly/donorhimael paling lambat Senin, 23 November 2026.

tayangnya besok pagi jam 8 ya kak, maksudnya pagi ini Kamis 19 Nov jam 08.00 hehe (ノ´ヮ`)ノ*: ･ﾟ

makasih banyak kak!!
Bima - Sekbid Kominfo HIMA Elektro
"""),
    "announcement", "id",
    {"title": "Donor Darah Bersama HIMA Elektro x PMI Kota Batam", "scope": "site",
     "publish_at": "2026-11-19T08:00:00+07:00"},
    "Sent at 01:37 on Thursday 19 November; 'besok pagi' is pinned by the writer to Thursday 19 November 08.00. 24 November is the event, 23 November the deadline.")

# 043 -- a request and a support question in one mail (code-switching)
f = "043-gmail-campur-kunci-plus-kuis-hilang.eml"
add(f, gmail(f, "Kezia Anindita", "kezia.anindita@polibatam.ac.id",
    "enrol key DSC3102 + quiz ga muncul", D(16, 13, 22),
    """Hi tim P4M!

Dua hal ya, sorry digabung:

1) Tolong ganti enrolment key DSC3102 Data Visualization jadi VizKezia#3C ya. Yang lama kayaknya udah kesebar ke kelas lain, soalnya ada 5 anak dari kelas 3A yang tiba-tiba join.

2) Btw, kenapa students ga bisa lihat Quiz 2 ya padahal udah aku set visible dan open date-nya udah lewat? Di aku (teacher view) keliatan normal, tapi pas aku "switch role to student" quiz-nya ga ada sama sekali. Ada restriction yang aku ga sadar kali ya?

Thanks a lot!
Kezia Anindita, M.Sc.
Data Science - Teknik Informatika
"""),
    "course_data", "mixed",
    {"course_code": "DSC3102", "course_name": "Data Visualization",
     "changes": {"enrolment_key": "VizKezia#3C"}},
    "A course change and a support question in one mail; labelled by the change, which is a concrete request with its value.")

# 044 -- WeTransfer download notice in Indonesian (machine)
f = "044-wetransfer-berkas-diunduh.eml"
add(f, message("WeTransfer <noreply@wetransfer.com>", "Berkas Anda telah diunduh",
    D(9, 2, 11, tz=0), "<" + hashlib.sha1(b"wetransfer").hexdigest()[:24] + "@wetransfer.com>",
    alt("wt_" + hashlib.sha1(b"wt-b").hexdigest()[:20],
        plain("""Berkas Anda telah diunduh

rina.staf@polibatam.ac.id telah mengunduh transfer Anda
"Video tutorial e-learning untuk dosen baru (5 berkas, 1,2 GB)"

Transfer ini akan dihapus pada 16 November 2026.

Lihat transfer: https://wetransfer.com/downloads/5b1e0c7a9d3f4e2b8a6c/7f21a9
Butuh bantuan? https://wetransfer.zendesk.com

Untuk berhenti menerima notifikasi unduhan, ubah pengaturan di akun Anda.
""", "quoted-printable"),
        htmlpart("""<html><body style="font-family:Arial,sans-serif;background:#f4f4f4">
<div style="max-width:520px;margin:auto;background:#fff;padding:24px">
<h2>Berkas Anda telah diunduh</h2>
<p><b>rina.staf@polibatam.ac.id</b> telah mengunduh transfer Anda<br>&quot;Video tutorial e-learning untuk dosen baru (5 berkas, 1,2 GB)&quot;</p>
<p>Transfer ini akan dihapus pada 16 November 2026.</p>
<p><a href="https://wetransfer.com/downloads/5b1e0c7a9d3f4e2b8a6c/7f21a9" style="background:#409fff;color:#fff;padding:10px 20px;border-radius:20px;text-decoration:none">Lihat transfer</a></p>
</div></body></html>
""")),
    to=HELPDESK_ADDR, extra=["List-Unsubscribe: <https://wetransfer.com/account/notifications>",
                             "X-Mailgun-Tag: download-notification"]),
    "auto", "id", {})

# 045 -- Mongolian visiting lecturer teaching remotely from +08:00, publish time stated in Batam time
f = "045-fairemail-mongolia-tomorrow-6pm-batam.eml"
add(f, k9(f, "Oyuntsetseg Batbayar", "oyuntsetseg.b@polibatam.ac.id",
    "Please post announcement in English for Engineering Communication", D(13, 19, 40, tz=8),
    """Hello P4M team,

I am teaching ENG2104 English for Engineering Communication from Ulaanbaatar this month (online). Please post this in the course:

Title: Oral presentation order - week 12
Text: Dear students, the oral presentations on Wednesday, 18 November 2026 will follow the group order in the attached spreadsheet on the course page. Each group has 8 minutes. Please join the Zoom room 10 minutes early. Slides must be uploaded by Tuesday 17 November, 23:59 WIB.

Please publish it tomorrow at 6 pm Batam time (it is one hour later here, so 7 pm for me).

Thank you!
Oyuntsetseg Batbayar
Visiting Lecturer, Language Centre
""", agent=None),
    "announcement", "en",
    {"title": "Oral presentation order - week 12", "scope": "course", "publish_at": "2026-11-14T18:00:00+07:00",
     "course_code": "ENG2104", "course_name": "English for Engineering Communication"},
    "Sender writes from +08:00 but gives the publish time in Batam time: Saturday 14 November 18:00 +07:00.")

# 046 -- the same visiting lecturer: class value, old and new both named
f = "046-fairemail-mongolia-class-karyawan.eml"
add(f, k9(f, "Oyuntsetseg Batbayar", "oyuntsetseg.b@polibatam.ac.id",
    "Wrong class on my course page", D(2, 8, 5, tz=8),
    """Hello P4M team,

On e-learning my course ENG2104 English for Engineering Communication shows the class "MK-2B Pagi". This is not correct. My students are the working students who study in the evening. Please change the class from MK-2B Pagi to MK-2B Karyawan Malam.

The schedule in SIAKAD is already correct, only e-learning is wrong.

Thank you,
Oyuntsetseg Batbayar
""", agent=None),
    "course_data", "en",
    {"course_code": "ENG2104", "course_name": "English for Engineering Communication",
     "changes": {"class": "MK-2B Karyawan Malam"}},
    "MK-2B Pagi is the current class.")

# 047 -- shared departmental mailbox, signed by the programme admin: monitoring form
f = "047-gmail-akun-bersama-mekatronika-form-monitoring.eml"
add(f, gmail(f, "Prodi Teknologi Rekayasa Mekatronika", "prodi.mekatronika@polibatam.ac.id",
    "Permohonan formulir monitoring perkuliahan daring", D(17, 10, 14),
    """Selamat pagi Tim P4M,

Menjelang evaluasi tengah semester, Kaprodi meminta kami menyiapkan monitoring perkuliahan daring/e-learning untuk semua mata kuliah di prodi. Apakah P4M memiliki formulir atau instrumen monitoring pembelajaran e-learning yang baku (misalnya checklist kelengkapan RPS, materi, forum, dan tugas per mata kuliah)? Jika ada, mohon dikirim versi Word agar bisa kami isi.

Terima kasih.

Salam,
Yusnita
Admin Prodi Teknologi Rekayasa Mekatronika
(dikirim dari akun bersama prodi)
"""),
    "document_request", "id", {})

# 048 -- Nias Protestant lecturer, Apple Mail: short name, old and new both named
f = "048-applemail-nias-nama-singkat.eml"
add(f, apple(f, "Fa'atulo Zebua", "faatulo.zebua@polibatam.ac.id",
    "Nama singkat MK Pendidikan Agama Kristen", D(3, 14, 9),
    """Ya'ahowu! Syalom Bapak/Ibu tim P4M,

Saya Pdt. Fa'atulo Zebua, pengampu MKU1103 Pendidikan Agama Kristen Protestan untuk kelas TRPL-1A.

Nama singkat mata kuliah ini di e-learning tertulis "PAK Prot 1A", sehingga di aplikasi HP mahasiswa tertukar dengan mata kuliah lain yang singkatannya mirip. Mohon nama singkatnya diganti menjadi "PAKP-TRPL1A" (tanpa tanda kutip).

Tuhan Yesus memberkati pelayanan Bapak/Ibu.

Salam dalam kasih Kristus,
Pdt. Fa'atulo Zebua, M.Th.
Dosen Pendidikan Agama Kristen
"""),
    "course_data", "id",
    {"course_code": "MKU1103", "course_name": "Pendidikan Agama Kristen Protestan",
     "changes": {"shortname": "PAKP-TRPL1A"}},
    "'PAK Prot 1A' is the current short name; quotes are not part of the value.")

# 049 -- the same lecturer: course announcement, 'lusa pukul 10.00'
f = "049-applemail-nias-pengumuman-lusa.eml"
add(f, apple(f, "Fa'atulo Zebua", "faatulo.zebua@polibatam.ac.id",
    "Pengumuman tugas refleksi Adven - PAK TRPL-1A", D(23, 18, 30),
    """Ya'ahowu Bapak/Ibu P4M,

Mohon dipasang pengumuman ini di mata kuliah MKU1103 Pendidikan Agama Kristen Protestan (kelas TRPL-1A):

Judul: Tugas Refleksi Masa Adven
Isi: Mahasiswa menulis refleksi pribadi 500-700 kata tentang makna penantian dalam Masa Adven, dikaitkan dengan kehidupan kampus. Tugas diunggah ke e-learning paling lambat Minggu, 6 Desember 2026 pukul 21.00 WIB. Refleksi akan dibahas pada pertemuan Selasa, 8 Desember 2026.

Pengumumannya tolong ditayangkan lusa pukul 10.00, sesudah kebaktian kampus.

Syalom,
Pdt. Fa'atulo Zebua, M.Th.
""", iphone=True),
    "announcement", "id",
    {"title": "Tugas Refleksi Masa Adven", "scope": "course", "publish_at": "2026-11-25T10:00:00+07:00",
     "course_code": "MKU1103", "course_name": "Pendidikan Agama Kristen Protestan"},
    "'lusa pukul 10.00' from Monday 23 November is Wednesday 25 November; the December dates are a deadline and a class.")

# 050 -- shared departmental mailbox again, signed by a lab coordinator: RPS template
f = "050-gmail-akun-bersama-mekatronika-template-rps.eml"
add(f, gmail(f, "Prodi Teknologi Rekayasa Mekatronika", "prodi.mekatronika@polibatam.ac.id",
    "Template RPS berbasis OBE untuk praktikum", D(26, 15, 48),
    """Sore Tim P4M,

Kami perlu template RPS terbaru untuk mata kuliah praktikum (yang sudah berbasis OBE, ada kolom CPMK dan sub-CPMK serta bobot penilaian praktik). Template lama yang kami punya masih versi 2022. Mohon dikirimkan yang berlaku untuk tahun akademik 2026/2027, kalau bisa sekalian contoh pengisiannya.

Terima kasih banyak.

Hendra Gunawan, S.Tr.T., M.Tr.T.
Koordinator Lab Otomasi - Prodi Mekatronika
(via email prodi)
"""),
    "document_request", "id", {})

# 051 -- Catholic lecturer asks whether a rename is possible mid-semester (question, not a request)
f = "051-thunderbird-katolik-bolehkah-ganti-nama.eml"
add(f, thunderbird(f, "Maria Goretti Wahyuningsih", "mg.wahyuningsih@polibatam.ac.id",
    "Pertanyaan: apakah nama MK boleh diubah di tengah semester?", D(30, 9, 37),
    """Berkah Dalem,

Bapak/Ibu P4M, saya mau bertanya dulu sebelum mengajukan apa-apa.

Tim dosen agama sedang membicarakan kemungkinan menambahkan kata 
"dan Etika" pada nama MKU1104 Pendidikan Agama Katolik di e-learning. 
Apakah secara teknis nama mata kuliah boleh diubah di tengah semester 
seperti sekarang? Apakah nilai, tugas, dan forum yang sudah ada akan 
tetap aman, dan apakah mahasiswa perlu mendaftar ulang?

Kalau memang aman, nanti kami ajukan secara resmi setelah disetujui 
koordinator MKU. Untuk sekarang mohon jangan diubah dulu.

Terima kasih, Tuhan memberkati.
Maria Goretti Wahyuningsih
"""),
    "elearning_support", "id", {"course_code": "MKU1104", "course_name": "Pendidikan Agama Katolik"},
    "A question whether a rename is possible and what it affects; no new name and an explicit 'do not change yet'.")

# 052 -- Timorese partner students rejected by the enrolment key
f = "052-gmail-timor-kunci-ditolak.eml"
add(f, gmail(f, "José da Conceição Araújo", "jose.araujo@ipn-tl.edu.tl",
    "Estudante kami tidak bisa masuk kuliah KDE4101", D(12, 16, 40, tz=9),
    """Boa tarde tim P4M,

Lima estudante kami mencoba mendaftar sendiri ke kuliah KDE4101 dengan kunci pendaftaran yang dikirim oleh Pak Fajar, tetapi selalu keluar tulisan "Kunci pendaftaran salah, silakan coba lagi". Mereka sudah mengetik huruf besar dan kecil sama persis. Akun mereka sudah aktif, login berhasil.

Apakah kuncinya sudah diganti, atau pendaftaran sendiri ditutup untuk akun dari luar Polibatam? Kalau lebih mudah, apakah tim P4M bisa mendaftarkan mereka langsung? Nama pengguna mereka saya kirim bila diperlukan.

Obrigadu barak,
José da Conceição Araújo
IPN-TL, Díli
"""),
    "elearning_support", "id", {"course_code": "KDE4101"})

# 053 -- head of programme forwards a lecturer's mail as message/rfc822 with a short cover
f = "053-forward-rfc822-kaprodi-rename-terapan.eml"
inner53 = message(addr("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
    "Usulan perubahan nama MK Machine Learning Terapan", D(19, 15, 3), mid("gmail", "inner53"),
    plain("""Yth. Ibu Kaprodi,

Sesuai hasil rapat kurikulum kemarin, nama mata kuliah IF3310 Machine Learning Terapan diubah dalam bahasa Indonesia. Mohon izin agar nama di e-learning diganti menjadi Pembelajaran Mesin Terapan, supaya sama dengan transkrip.

Terima kasih, Bu.

Taufik Hidayat, S.Kom., M.Cs.
""", "quoted-printable"),
    to=addr("Dewi Kartika", "dewi.kartika@polibatam.ac.id"))
cover53 = """Hi tim P4M,

FYI, aku forward email Pak Taufik di bawah (attached). Intinya: full name IF3310 Machine Learning Terapan diganti jadi Pembelajaran Mesin Terapan. Sudah aku approve ya, please proceed.

Thanks!
Dewi Kartika, M.T.
Kaprodi Teknik Informatika
"""
b53 = "0000000000" + hashlib.sha1(b"053").hexdigest()[:16]
add(f, message(addr("Dewi Kartika", "dewi.kartika@polibatam.ac.id"),
    "Fwd: Usulan perubahan nama MK Machine Learning Terapan", D(20, 8, 12), mid("gmail", f),
    multi("mixed", b53, plain(cover53, "quoted-printable"), rfc822(inner53, "Usulan perubahan nama MK.eml"))),
    "course_data", "mixed",
    {"course_code": "IF3310", "course_name": "Machine Learning Terapan",
     "changes": {"fullname": "Pembelajaran Mesin Terapan"}},
    "Cover note code-switches and repeats the value; the forwarded lecturer's mail is attached as message/rfc822.")

# 054 -- young lecturer code-switching, two changes in one mail
f = "054-gmail-campur-fullname-dan-shortname.eml"
add(f, gmail(f, "Bayu Aji Pamungkas", "bayu.aji@polibatam.ac.id",
    "update nama course Robotika Industri", D(4, 15, 57),
    """Halo P4M team,

Mau request update untuk course TRM2210 Robotika Industri ya. Per semester ini materinya sudah include PLC dan conveyor automation, jadi:

- full name: Robotika Industri & Otomasi
- short name: ROBIND-OTO

Yang lain (dosen, kelas, enrolment key) tetap sama. Kalau bisa before next week karena ada visitation dari industri partner.

Cheers,
Bayu Aji Pamungkas, M.Kom.
Lab Robotika
"""),
    "course_data", "mixed",
    {"course_code": "TRM2210", "course_name": "Robotika Industri",
     "changes": {"fullname": "Robotika Industri & Otomasi", "shortname": "ROBIND-OTO"}})

# 055 -- the same lecturer: change already made by himself, FYI only (near-miss with values)
f = "055-gmail-campur-sudah-ganti-sendiri-fyi.eml"
add(f, gmail(f, "Bayu Aji Pamungkas", "bayu.aji@polibatam.ac.id",
    "FYI: short name TRM2211 sudah saya ganti sendiri", D(18, 11, 3),
    """Hi P4M,

Just FYI aja, ternyata aku punya akses edit settings di course TRM2211 Sistem Kendali Robot, jadi short name-nya sudah aku ganti sendiri tadi pagi jadi SKR-2026. Sudah aku cek di dashboard mahasiswa juga, tampil benar.

Jadi no action needed dari P4M ya, cuma biar tercatat aja kalau nanti ada yang tanya kenapa berubah. Thanks!

Bayu
"""),
    "other", "mixed", {"course_code": "TRM2211", "course_name": "Sistem Kendali Robot"},
    "The change was already made by the lecturer himself; nothing is asked.")

# 056 -- the same lecturer: how-to import questions from Word (near-miss)
f = "056-gmail-campur-import-soal-word.eml"
add(f, gmail(f, "Bayu Aji Pamungkas", "bayu.aji@polibatam.ac.id",
    "gimana import soal dari Word ke question bank?", D(27, 14, 22),
    """Hi P4M,

Aku punya 60 soal pilihan ganda di file Word buat UAS TRM2210. Ada cara import langsung ke question bank ga? Aku sempat baca soal format GIFT dan Aiken, tapi bingung harus save as .txt dulu atau gimana, dan gambar di soal bisa ikut ke-import atau harus upload manual satu-satu?

Kalau ada tutorial step-by-step atau video-nya, boleh dishare. Thanks a lot!

Bayu
"""),
    "elearning_support", "mixed", {"course_code": "TRM2210"})

# 057 -- DOCX form attached, the value also in the body (code-switching)
f = "057-gmail-campur-docx-form-enrolkey.eml"
d57 = docx(["FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING",
            "Nama dosen: Gita Savitri Ramadhani, M.Ak.",
            "Kode mata kuliah: AKT2202",
            "Nama mata kuliah (saat ini): Akuntansi Biaya",
            "Data yang diubah: Kunci pendaftaran (enrolment key)",
            "Nilai baru: AkBiaya-2026",
            "Batam, 21 November 2026"])
t57 = """Selamat siang tim P4M,

Attached formulir perubahan data untuk AKT2202 Akuntansi Biaya. Singkatnya, enrolment key-nya please diganti jadi AkBiaya-2026 karena key yang lama sama dengan tahun lalu dan beberapa kakak tingkat masih bisa masuk.

Thank you so much!

Gita Savitri Ramadhani, M.Ak.
Prodi Akuntansi Manajerial
"""
b57 = "0000000000" + hashlib.sha1(b"057").hexdigest()[:16]
b57a = "0000000000" + hashlib.sha1(b"057a").hexdigest()[:16]
add(f, message(addr("Gita Savitri Ramadhani", "gita.savitri@polibatam.ac.id"),
    "Form perubahan enrolment key AKT2202", D(21, 12, 40), mid("gmail", f),
    multi("mixed", b57, alt(b57a, plain(t57, "quoted-printable"), htmlpart(gmail_html(t57), "quoted-printable")),
          attachment(d57, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Form_Perubahan_AKT2202.docx"))),
    "course_data", "mixed",
    {"course_code": "AKT2202", "course_name": "Akuntansi Biaya",
     "changes": {"enrolment_key": "AkBiaya-2026"}})

# 058 -- a lecturer change asked without its new value (iPhone, code-switching)
f = "058-iphone-campur-dosen-pengganti-belum-fix.eml"
add(f, apple(f, "Rahmat Hidayatullah", "rahmat.h@polibatam.ac.id",
    "Ganti dosen MJB3101", D(25, 7, 18),
    """Pagi P4M,

Heads up: untuk MJB3101 Manajemen Rantai Pasok, dosennya perlu diganti karena Bu Melati cuti melahirkan mulai Desember. Tapi nama dosen penggantinya belum fix, masih dibahas di rapat jurusan hari Jumat.

Bisa tolong di-hold dulu, nanti aku email lagi nama lengkapnya ya. Thanks!

Rahmat
Sekretaris Jurusan Manajemen Bisnis

Sent from my iPhone
""", iphone=True),
    "course_data", "mixed",
    {"course_code": "MJB3101", "course_name": "Manajemen Rantai Pasok", "changes": {}},
    "A lecturer change is asked but the new name is not given yet, so changes is empty.")

# 059 -- course-contract template (code-switching)
f = "059-gmail-campur-template-kontrak-kuliah.eml"
add(f, gmail(f, "Kezia Anindita", "kezia.anindita@polibatam.ac.id",
    "minta template kontrak kuliah terbaru", D(30, 10, 2),
    """Hi tim P4M,

Boleh minta template kontrak kuliah (course contract) yang versi terbaru? Yang aku pakai masih versi lama yang belum ada bagian "kebijakan penggunaan AI generatif". Kalau ada versi English-nya juga, please attach, soalnya DSC3102 ada 2 exchange students.

Thanks in advance!
Kezia
"""),
    "document_request", "mixed", {"course_code": "DSC3102"})

# 060 -- character-education lecturer: course announcement 'after lunch' (no clock time)
f = "060-gmail-campur-karakter-after-lunch.eml"
add(f, gmail(f, "Andreas Kurniawan", "andreas.k@polibatam.ac.id",
    "Announcement untuk kelas Pendidikan Karakter", D(16, 9, 30),
    """Halo tim P4M, selamat pagi!

Tolong publish announcement ini di course MKU2105 Pendidikan Karakter dan Etika Profesi ya:

Title: Project Kebaikan Kecil - Pengumpulan Video
Isi: Setiap kelompok mengunggah video project kebaikan kecil (durasi maksimal 3 menit) ke forum "Galeri Project" paling lambat Jumat, 27 November 2026 pukul 23.59. Video terbaik akan diputar pada Character Day tanggal 3 Desember 2026.

Publish-nya after lunch aja, sekitar habis istirahat siang, no rush kok.

Thanks ya!
Andreas Kurniawan, M.Psi.
Dosen Pendidikan Karakter
"""),
    "announcement", "mixed",
    {"title": "Project Kebaikan Kecil - Pengumpulan Video", "scope": "course",
     "course_code": "MKU2105", "course_name": "Pendidikan Karakter dan Etika Profesi"},
    "'after lunch' gives no clock time, so no publish_at; 27 November and 3 December are a deadline and an event.")

# 061 -- student affairs forwards the announcement as message/rfc822; publish time only in the cover
f = "061-forward-rfc822-kemahasiswaan-tonight.eml"
inner61 = message(addr("BEM Polibatam", "bem@polibatam.ac.id"),
    "Draft pengumuman Polibatam Career Day 2026", D(23, 16, 45), mid("gmail", "inner61"),
    plain("""Yth. Bagian Kemahasiswaan,

Berikut draft pengumuman untuk seluruh mahasiswa:

POLIBATAM CAREER DAY 2026
Career Day akan dilaksanakan pada Kamis, 3 Desember 2026 pukul 08.30-15.00 WIB di Gedung Techno. Lebih dari 30 perusahaan dari kawasan industri Batam membuka lowongan untuk lulusan D3, D4 dan S2 Terapan. Bawa CV cetak dan berpakaian rapi. Registrasi online ditutup Senin, 30 November 2026.

Mohon bantuan untuk diteruskan ke P4M agar ditayangkan di e-learning.

Hormat kami,
Kementerian Eksternal BEM Polibatam
""", "quoted-printable"),
    to=addr("Kemahasiswaan", "kemahasiswaan@polibatam.ac.id"))
cover61 = """Dear P4M,

Forward dari BEM, pengumuman Career Day (draft-nya di attachment). Tolong ditayangkan di halaman depan e-learning untuk semua mahasiswa ya. Please publish tonight jam 20.00, biar besok pagi sudah dibaca anak-anak sebelum kuliah.

Thank you,
Sri Wahyuni Lubis
Bagian Kemahasiswaan
"""
b61 = "_004_" + hashlib.sha1(b"061").hexdigest()[:20] + "_"
add(f, message(addr("Sri Wahyuni Lubis", "kemahasiswaan@polibatam.ac.id"),
    "FW: Draft pengumuman Polibatam Career Day 2026", D(24, 10, 5), mid("outlook", f),
    multi("mixed", b61, plain(cover61, "quoted-printable"), rfc822(inner61, "Draft pengumuman Polibatam Career Day 2026.eml")),
    extra=["Thread-Topic: Draft pengumuman Polibatam Career Day 2026", "Content-Language: id-ID"]),
    "announcement", "mixed",
    {"title": "POLIBATAM CAREER DAY 2026", "scope": "site", "publish_at": "2026-11-24T20:00:00+07:00"},
    "'tonight jam 20.00' is in the cover, counted from the Tuesday 24 November Date header; the forwarded draft holds the title, the event and the deadline.")

# 062 -- announcement text in an attached PDF, body code-switching with the publish moment
f = "062-gmail-campur-pdf-workshop-rabu-0730.eml"
p62 = pdf(["UPT BAHASA - POLITEKNIK NEGERI BATAM",
           "PENGUMUMAN",
           "Workshop Academic Writing for Final Year Students",
           "Hari/Tanggal : Sabtu, 5 Desember 2026",
           "Waktu        : 08.00 - 12.00 WIB",
           "Tempat       : Auditorium Gedung Utama dan Zoom",
           "Peserta      : seluruh mahasiswa tingkat akhir semua program studi",
           "Pendaftaran  : paling lambat Kamis, 3 Desember 2026 melalui e-learning",
           "Narasumber   : Dr. Siobhan O'Reilly (University of Galway)"])
t62 = """Hi tim P4M,

Kami dari UPT Bahasa mau minta tolong pasang announcement di front page e-learning untuk semua mahasiswa tingkat akhir. Title dan isi lengkapnya ada di PDF terlampir: "Workshop Academic Writing for Final Year Students".

Tolong di-publish hari Rabu, 2 Desember 2026 jam 07.30 ya, pas sebelum kuliah pagi mulai.

Thank you!
Nur'aini Putri
Staf UPT Bahasa
"""
b62 = "0000000000" + hashlib.sha1(b"062").hexdigest()[:16]
b62a = "0000000000" + hashlib.sha1(b"062a").hexdigest()[:16]
add(f, message(addr("Nur'aini Putri", "uptbahasa@polibatam.ac.id"),
    "Pengumuman workshop academic writing (PDF)", D(27, 15, 11), mid("gmail", f),
    multi("mixed", b62, alt(b62a, plain(t62, "quoted-printable"), htmlpart(gmail_html(t62), "quoted-printable")),
          attachment(p62, "application/pdf", "Pengumuman_Workshop_Academic_Writing.pdf"))),
    "announcement", "mixed",
    {"title": "Workshop Academic Writing for Final Year Students", "scope": "site",
     "publish_at": "2026-12-02T07:30:00+07:00"},
    "Text in the PDF; the publish moment (Wednesday 2 December 07.30) is in the body; 5 December is the event.")

# 063 -- Pancasila coordinator: site-wide competition, as soon as possible
f = "063-outlook-pancasila-lomba-video-segera.eml"
add(f, outlook_html_only(f, "Ratna Juwita Pardede", "ratna.jp@polibatam.ac.id",
    "Mohon segera ditayangkan: Lomba Video Pendek Nilai Pancasila", D(2, 13, 55),
    mso(["Salam Pancasila!", "",
         "Yth. Tim Helpdesk P4M,", "",
         "Dalam rangka peringatan Hari Pahlawan, tim MKU menyelenggarakan lomba untuk seluruh mahasiswa. Mohon pengumuman berikut ditayangkan di halaman depan e-learning <b>secepatnya</b>:", "",
         "<b>LOMBA VIDEO PENDEK &quot;PANCASILA DI SEKITAR KITA&quot;</b>",
         "Terbuka untuk seluruh mahasiswa Politeknik Negeri Batam, perorangan atau tim (maks. 3 orang). Durasi video 60-120 detik, diunggah ke Instagram dengan tagar #PancasilaPolibatam dan tautannya dikirim melalui formulir di e-learning. Batas pengiriman Senin, 16 November 2026 pukul 23.59 WIB. Pengumuman pemenang pada Jumat, 20 November 2026.", "",
         "Terima kasih atas dukungannya.", "",
         "Dr. Ratna Juwita Pardede, S.H., M.H.",
         "Koordinator MKU Pendidikan Pancasila dan Kewarganegaraan"])),
    "announcement", "id",
    {"title": "LOMBA VIDEO PENDEK \"PANCASILA DI SEKITAR KITA\"", "scope": "site"},
    "'secepatnya' gives no publish moment; 16 and 20 November are a deadline and the result day.")

# 064 -- Brunei partner: site-wide symposium, publish in Brunei time
f = "064-outlook-brunei-symposium-bn-time.eml"
add(f, outlook_html_only(f, "Dayang Nurul Huda binti Haji Osman", "nurulhuda.osman@itm.edu.bn",
    "Announcement: 3rd Joint Applied Research Symposium (ITM - Polibatam)", D(24, 15, 20, tz=8),
    mso(["Assalamualaikum and good afternoon,", "",
         "Dear P4M team,", "",
         "On behalf of Institut Teknologi Muara, Brunei Darussalam, may I request your kind assistance to post the following announcement on your e-learning front page for all Polibatam lecturers and students:", "",
         "<b>Title:</b> 3rd Joint Applied Research Symposium (ITM - Polibatam)",
         "<b>Text:</b> Lecturers and final-year students are invited to submit extended abstracts (maximum 800 words) on applied engineering, business and maritime technology. The symposium will be held in hybrid mode on Thursday, 14 January 2027. Submission deadline: Friday, 18 December 2026.", "",
         "Kindly have it published on Monday, 30 November 2026 at 8.00 a.m. Brunei time.", "",
         "Thank you and warm regards,", "",
         "Dayang Nurul Huda binti Haji Osman",
         "Senior Executive, Office of Partnerships",
         "Institut Teknologi Muara, Brunei Darussalam"]), lang="en-GB"),
    "announcement", "en",
    {"title": "3rd Joint Applied Research Symposium (ITM - Polibatam)", "scope": "site",
     "publish_at": "2026-11-30T08:00:00+08:00"},
    "Publish moment in Brunei time (+08:00); January and 18 December are the event and the deadline.")

# 065 -- Brunei partner asks for the course evaluation questionnaire template
f = "065-outlook-brunei-questionnaire-template.eml"
add(f, outlook_html_only(f, "Dayang Nurul Huda binti Haji Osman", "nurulhuda.osman@itm.edu.bn",
    "Request for course evaluation questionnaire template", D(4, 9, 12, tz=8),
    mso(["Assalamualaikum and good morning,", "",
         "Dear P4M team,", "",
         "For our joint courses next year, our quality unit would like to align the student feedback instrument with Polibatam. Would you kindly share the template of the course evaluation questionnaire that your students fill in at the end of each semester (in English if available, otherwise the Indonesian version is fine), together with the SOP describing how the results are followed up?", "",
         "Thank you very much.", "",
         "Dayang Nurul Huda binti Haji Osman", "Senior Executive, Office of Partnerships", "Institut Teknologi Muara, Brunei Darussalam"]), lang="en-GB"),
    "document_request", "en", {})

# 066 -- Japanese partner asks for quality documents in English
f = "066-outlook-kosen-sop-english.eml"
add(f, outlook_html_only(f, "NISHIMURA Haruka", "h-nishimura@sakuragawa-ct.ac.jp",
    "Request for English versions of your e-learning SOP and guidelines", D(30, 14, 45, tz=9),
    mso(["Dear P4M Helpdesk colleagues,", "",
         "We are preparing the report of our COIL programme for the Ministry (MEXT) and we are asked to attach the partner institution&#39;s rules for online learning.", "",
         "We would be grateful if you could kindly send us the English version of your SOP for e-learning course management, and any guideline on online assessment, if such documents exist. A PDF is perfectly fine. If only Indonesian versions exist, we would also be grateful to receive them.", "",
         "Thank you very much for your kind cooperation.", "",
         "Best regards,", "NISHIMURA Haruka (Ms.)", "International Exchange Office", "Sakuragawa National College of Technology, Japan"]), lang="en-US"),
    "document_request", "en", {})

# 067 -- SMK partner invites P4M to the teaching-factory exhibition
f = "067-roundcube-smk-undangan-pameran-tefa.eml"
add(f, roundcube(f, "Eko Prasetyo Nugroho", "eko.pn@smkn9-batam.sch.id",
    "Undangan Pameran Produk Teaching Factory SMK Negeri 9 Batam", D(25, 14, 3),
    """Yth. Bapak/Ibu Tim P4M Politeknik Negeri Batam,

Dengan hormat,
Dalam rangka gelar karya akhir semester, SMK Negeri 9 Batam mengundang 
Bapak/Ibu Tim P4M untuk menghadiri Pameran Produk Teaching Factory yang 
akan dilaksanakan pada:

hari/tanggal : Rabu, 9 Desember 2026
waktu        : 09.00 - 13.00 WIB
tempat       : Aula SMK Negeri 9 Batam, Tanjung Uncang

Pada kesempatan itu siswa kelas industri akan menampilkan hasil 
praktik perakitan PCB yang dibimbing bersama dosen Polibatam. Kami 
juga berharap Bapak/Ibu berkenan memberi sambutan singkat tentang 
pemanfaatan e-learning bagi siswa SMK.

Konfirmasi kehadiran dapat disampaikan melalui balasan surel ini.

Hormat kami,
Eko Prasetyo Nugroho, S.Pd.T., Gr.
Koordinator Teaching Factory - SMK Negeri 9 Batam
"""),
    "other", "id", {},
    "An invitation to an exhibition; the date is an event, nothing to publish.")

# 068 -- Thai partner invites a P4M staff member to speak at an online seminar
f = "068-gmail-thai-invite-speaker.eml"
add(f, gmail(f, "Pimchanok Rattanakorn", "pimchanok.r@cpit.ac.th",
    "Invitation to speak: Online Seminar on Blended Learning Quality", D(19, 10, 16),
    """Sawasdee ka, dear P4M team,

Our Centre for Teaching Excellence will hold an online seminar "Quality Assurance for Blended Learning in ASEAN Polytechnics" on Thursday, 10 December 2026 (10 December 2569), 13:00-15:30 Bangkok time.

We would be honoured if one member of P4M could share your experience with the e-learning helpdesk and the 15-minute response service for about 20 minutes. The seminar is in English; there is no fee and we will send a certificate.

Could you kindly let me know by 30 November whether someone is available?

Khop khun ka,
Pimchanok Rattanakorn, Ph.D.
"""),
    "other", "en", {},
    "An invitation to speak at a partner's seminar; not an announcement request.")

# 069 -- exchange student from Uzbekistan complains that his ticket was closed
f = "069-gmail-uzbek-complaint-ticket-closed.eml"
add(f, gmail(f, "Jasurbek Tursunov", "jasurbek.t.ex2026@students.polibatam.ac.id",
    "Re: [P4M #4577] My ticket was closed but the problem is not solved", D(28, 22, 9, tz=7),
    """Dear Helpdesk,

I am writing because my ticket [P4M #4577] was marked as "resolved" yesterday, but nobody answered my question and nothing changed. I am not happy about this. I waited four days.

I am an exchange student from Tashkent. I only wanted to know why my name on e-learning is written "Tursunov Jasurbek" (family name first) while on the student card it is "Jasurbek Tursunov". Maybe this is not a problem for the system, but please answer me before closing the ticket, this is simple politeness.

Regards,
Jasurbek Tursunov
Exchange student, Business Administration
""", extra=["In-Reply-To: <p4m-4577-resolved@helpdesk.polibatam.ac.id>",
            "References: <p4m-4577-ack@helpdesk.polibatam.ac.id> <p4m-4577-resolved@helpdesk.polibatam.ac.id>"]),
    "other", "en", {},
    "A complaint about a ticket closed without an answer; the underlying question is about his own user name, not a course.")

# 070 -- newsletter double opt-in request (machine)
f = "070-mailchimp-confirm-subscription.eml"
add(f, message('"Moodle Academy News" <news@academy.moodle.example>', "Moodle Academy News: Please Confirm Subscription",
    D(8, 23, 41, tz=-5), "<" + hashlib.sha1(b"mc").hexdigest()[:20] + "@mail.mcsv.net>",
    alt("_----------=_MCPart_" + str(int(hashlib.sha1(b"mcb").hexdigest()[:9], 16)),
        plain("""Moodle Academy News

Please Confirm Subscription

Yes, subscribe me to this list: https://academy.us21.list-manage.com/subscribe/confirm?u=3a7f1c&id=8d2e4b&e=helpdesk

If you received this email by mistake, simply delete it. You won't be subscribed if you don't click the confirmation link above.

For questions about this list, please contact: news@academy.moodle.example
""", "quoted-printable"),
        htmlpart("""<html><body style="font-family:Helvetica,Arial,sans-serif;text-align:center">
<h1 style="font-size:20px">Moodle Academy News</h1>
<h2>Please Confirm Subscription</h2>
<p><a href="https://academy.us21.list-manage.com/subscribe/confirm?u=3a7f1c&amp;id=8d2e4b&amp;e=helpdesk" style="background:#f98012;color:#fff;padding:12px 24px;text-decoration:none">Yes, subscribe me to this list.</a></p>
<p style="font-size:12px">If you received this email by mistake, simply delete it. You won't be subscribed if you don't click the confirmation link above.</p>
</body></html>
""")),
    to=HELPDESK_ADDR, extra=["Sender: Moodle Academy News <bounce-mc.us21_1234567.8765-helpdesk-p4m=polibatam.ac.id@mail.mcsv.net>",
                             "X-Mailer: MailChimp Mailer - **CIDd8e1f2a3b4c5d6e7f**",
                             "X-Campaign: mailchimp3a7f1c.8d2e4b", "X-MC-User: 3a7f1c9b2d4e6f8a0b1c2d3e4"]),
    "auto", "en", {}, "Double opt-in confirmation from a mailing service; no List-Unsubscribe since it is not list mail yet.")


# ================================================================ checks
PLAN_TYPES = {"course_data": 22, "announcement": 16, "elearning_support": 12,
              "document_request": 7, "other": 7, "auto": 6}
PLAN_LANGS = {"id": 40, "en": 18, "mixed": 12}
CHANGE_FIELDS = {"fullname", "shortname", "lecturer", "class", "enrolment_key", "credits", "semester", "summary"}

ID_DAYS = {"senin": 0, "sen": 0, "selasa": 1, "sel": 1, "rabu": 2, "rab": 2, "kamis": 3, "kam": 3,
           "jumat": 4, "jum'at": 4, "jum": 4, "sabtu": 5, "sab": 5, "minggu": 6, "min": 6}
EN_DAYS = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3,
           "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6}
MONTHS = {"januari": 1, "january": 1, "jan": 1, "februari": 2, "february": 2, "feb": 2, "maret": 3, "march": 3,
          "mar": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "june": 6, "jun": 6, "juli": 7,
          "july": 7, "jul": 7, "agustus": 8, "august": 8, "agu": 8, "aug": 8, "september": 9, "sep": 9,
          "oktober": 10, "october": 10, "okt": 10, "oct": 10, "november": 11, "nov": 11, "desember": 12,
          "december": 12, "des": 12, "dec": 12}
DAYS = dict(ID_DAYS, **EN_DAYS)
_day_re = "|".join(sorted((re.escape(d) for d in DAYS), key=len, reverse=True))
_mon_re = "|".join(sorted(MONTHS, key=len, reverse=True))
WD_DMY = re.compile(r"\b(%s),?\s+(?:tanggal\s+|tgl\.?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(%s)\b\.?(?:\s+(\d{4}))?" % (_day_re, _mon_re), re.I)
WD_MDY = re.compile(r"\b(%s),?\s+(%s)\s+(\d{1,2})\b(?:,?\s+(\d{4}))?" % (_day_re, _mon_re), re.I)


def weekday_problems(text, default_year=2026):
    bad, seen = [], 0
    for m in WD_DMY.finditer(text):
        day, dnum, mon, year = m.group(1), int(m.group(2)), m.group(3), m.group(4)
        seen += 1
        y = int(year) if year else default_year
        if y > 2500:
            y -= 543  # Thai Buddhist-era year
        if dt.date(y, MONTHS[mon.lower()], dnum).weekday() != DAYS[day.lower()]:
            bad.append(m.group(0))
    for m in WD_MDY.finditer(text):
        day, mon, dnum, year = m.group(1), m.group(2), int(m.group(3)), m.group(4)
        seen += 1
        y = int(year) if year else default_year
        if dt.date(y, MONTHS[mon.lower()], dnum).weekday() != DAYS[day.lower()]:
            bad.append(m.group(0))
    return bad, seen


def text_parts(msg):
    out = []
    for part in msg.walk():
        if part.get_content_type() in ("text/plain", "text/html"):
            t = part.get_content()
            if part.get_content_type() == "text/html":
                t = html.unescape(t)
            out.append((part.get_content_type(), t))
    return out


def all_defects(msg):
    found = list(msg.defects)
    for part in msg.walk():
        found.extend(part.defects)
        for k, v in part.items():
            found.extend(getattr(v, "defects", ()))
        if part.get_content_type() == "message/rfc822":
            for sub in part.iter_parts():
                found.extend(all_defects(sub))
    return found


def check():
    names = [n for n, _ in MAILS]
    assert len(names) == len(set(names)) == 70, len(names)
    for i, n in enumerate(names, 1):
        assert re.match(r"^%03d-[a-z0-9]+(-[a-z0-9]+){2,}\.eml$" % i, n), n
    types = collections.Counter(l["type"] for l in LABELS.values())
    langs = collections.Counter(l["lang"] for l in LABELS.values())
    assert dict(types) == PLAN_TYPES, types
    assert dict(langs) == PLAN_LANGS, langs
    weekday_hits = 0
    for name, data in MAILS:
        lab = LABELS[name]
        msg = email.message_from_bytes(data, policy=policy.default)
        assert not all_defects(msg), (name, all_defects(msg))
        assert msg["Date"] and msg["Message-ID"] and msg["From"] and msg["Subject"] is not None, name
        d = msg["Date"].datetime
        assert d.year == 2026 and d.month in (11, 12), (name, d)
        if lab["type"] != "auto":
            assert "helpdesk-p4m@polibatam.ac.id" in str(msg["To"]), name
        parts = text_parts(msg)
        assert any(t.strip() for _, t in parts), name
        for _, t in parts:
            bad, seen = weekday_problems(t)
            weekday_hits += seen
            assert not bad, (name, bad)
        f = lab["fields"]
        if lab["type"] == "course_data":
            assert set(f) <= {"course_code", "course_name", "changes"} and "changes" in f, name
            assert set(f["changes"]) <= CHANGE_FIELDS, name
            for field, value in f["changes"].items():
                for ctype, t in parts:
                    if t.strip():
                        assert value in t, (name, field, value, ctype)
        elif lab["type"] == "announcement":
            assert f.get("scope") in ("course", "site"), name
            assert set(f) <= {"title", "scope", "publish_at", "course_code", "course_name"}, name
            if "publish_at" in f:
                assert re.match(r"^2026-1[12]-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$", f["publish_at"]), name
                dt.datetime.fromisoformat(f["publish_at"])
            if f["scope"] == "site":
                assert "course_code" not in f and "course_name" not in f, name
        elif lab["type"] == "auto":
            assert f == {}, name
        else:
            assert set(f) <= {"course_code", "course_name"}, name
        for key in ("course_code", "course_name", "title"):
            if key in f:
                assert any(f[key] in t for _, t in parts) or f[key] in "\n".join(ATTACH_TEXTS), (name, key)
    for t in ATTACH_TEXTS:
        bad, seen = weekday_problems(t)
        weekday_hits += seen
        assert not bad, bad
    assert weekday_hits >= 30, weekday_hits
    return weekday_hits


def main():
    hits = check()
    for name, data in MAILS:
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(LABELS, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    print("wrote %d mails and labels.json (%d weekday-date pairs checked)" % (len(MAILS), hits))


if __name__ == "__main__":
    main()

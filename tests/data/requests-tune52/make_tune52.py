#!/usr/bin/env python3
"""Tuning corpus requests-tune52: 70 hand-written test mails for the P4M Helpdesk and their labels (written as held-out part30 in round 17, opened in round 28).

Standard library only, deterministic: rerunning rewrites byte-identical files.
Every message is checked before anything is written; exits non-zero on any failure.
"""
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
HD = "P4M Helpdesk <helpdesk-p4m@polibatam.ac.id>"
SMTP = policy.default.clone(linesep="\r\n")
MAILS = []


def tz(h, m=0):
    return _dt.timezone(_dt.timedelta(hours=h, minutes=m))


WIB = tz(7)


def D(mo, d, h, mi, off=7, s=0, day=None):
    return _dt.datetime(2026, mo, d, h, mi, s, tzinfo=tz(off))


def h16(slug, salt=""):
    return hashlib.sha256((slug + salt).encode()).hexdigest()


# ---------------------------------------------------------------- attachments
ZDT = (2026, 1, 1, 0, 0, 0)


def _zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data, comp in files:
            zi = zipfile.ZipInfo(name, ZDT)
            zi.compress_type = comp
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def docx(paras):
    body = "".join(
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _html.escape(p, quote=False)
        for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % body)
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
    D_ = zipfile.ZIP_DEFLATED
    return _zip([("[Content_Types].xml", ct, D_), ("_rels/.rels", rels, D_), ("word/document.xml", doc, D_)])


def odt(paras):
    body = "".join("<text:p>%s</text:p>" % _html.escape(p, quote=False) for p in paras)
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:text>%s</office:text></office:body></office:document-content>' % body)
    man = ('<?xml version="1.0" encoding="UTF-8"?>'
           '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
           '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
           '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
           '</manifest:manifest>')
    return _zip([("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
                 ("META-INF/manifest.xml", man, zipfile.ZIP_DEFLATED),
                 ("content.xml", content, zipfile.ZIP_DEFLATED)])


def _pesc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf(lines):
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % _pesc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
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


DOCX_T = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
ODT_T = ("application", "vnd.oasis.opendocument.text")
PDF_T = ("application", "pdf")


# ---------------------------------------------------------------- message building
def flow(text, width=72):
    """format=flowed: wrap long lines with a trailing space at each soft break."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip(" ") if not line.endswith("-- ") else line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def build(slug, date, frm, subj, text=None, html=None, to=HD, cte="quoted-printable", charset="utf-8",
          flowed=False, atts=(), headers=(), cc=None, irt=None, mid_domain=None, inner=False):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = format_datetime(date)
    dom = mid_domain or (frm.split("@")[-1].rstrip(">") if "@" in frm else "mail.local")
    m["Message-ID"] = "<%s.%s@%s>" % (h16(slug, "mid")[:20], h16(slug, "x")[:8], dom)
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = irt
    for k, v in headers:
        m[k] = v
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    if text is not None:
        if flowed:
            text = flow(text)
        m.set_content(text, subtype="plain", charset=charset, cte=cte)
        if flowed:
            m.set_param("format", "flowed")
            m.set_param("delsp", "no")
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte=cte)
    elif html is not None:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    for a in atts:
        kind = a[0]
        if kind == "msg":
            m.add_attachment(a[1])
        else:
            data, (mt, st), fname = a[1], a[2], a[3]
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    for i, part in enumerate(m.walk()):
        if part.is_multipart() and part.get_content_type().startswith("multipart/"):
            part.set_boundary("----=_Part_%s_%d" % (h16(slug, "b%d" % i)[:16], i))
    return m


def msg(slug, type_, lang, fields, note, **kw):
    MAILS.append((slug, type_, lang, fields, note, kw))


def html_text(s):
    s = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return _html.unescape(s)


def texts_of(msgobj):
    out = [str(msgobj["Subject"] or "")]
    for part in msgobj.walk():
        ct = part.get_content_type()
        if ct == "message/rfc822":
            inner = part.get_payload()[0]
            out.append(str(inner["Subject"] or ""))
            continue
        if part.is_multipart():
            continue
        if ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            c = part.get_content()
            out.append(html_text(c))
            out.append(_html.unescape(c))
        elif ct in ("/".join(DOCX_T), "/".join(ODT_T)):
            z = zipfile.ZipFile(io.BytesIO(part.get_content()))
            xml = z.read("word/document.xml" if ct == "/".join(DOCX_T) else "content.xml").decode()
            out.append(_html.unescape(re.sub(r"<[^>]+>", " ", xml)))
        elif ct == "application/pdf":
            raw = part.get_content().decode("latin-1")
            lines = re.findall(r"\(((?:\\.|[^\\)])*)\) Tj", raw)
            out.append("\n".join(re.sub(r"\\(.)", r"\1", x) for x in lines))
        elif ct.startswith("text/"):
            out.append(part.get_content())
    return out


def norm(s):
    return re.sub(r"\s+", " ", s)


def check(slug, raw, m, type_, lang, fields):
    errs = []
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        errs.append("non-CRLF line ending")
    p = BytesParser(policy=policy.default).parsebytes(raw)
    for part in p.walk():
        if part.defects:
            errs.append("defects %r in %s" % (part.defects, part.get_content_type()))
        if part.get_content_type() == "message/rfc822":
            for q in part.get_payload()[0].walk():
                if q.defects:
                    errs.append("inner defects %r" % q.defects)
    if str(p["Subject"]) != str(m["Subject"]):
        errs.append("subject round-trip %r" % str(p["Subject"]))
    if str(p["Date"]) != str(m["Date"]):
        errs.append("date round-trip")
    dt = parsedate_to_datetime(str(p["Date"]))
    if str(p["Date"])[:3] != dt.strftime("%a"):
        errs.append("weekday wrong")
    if not (_dt.datetime(2026, 8, 1, tzinfo=WIB) <= dt <= _dt.datetime(2026, 11, 29, 23, 59, tzinfo=WIB)):
        errs.append("date out of range")
    for part in p.walk():
        if part.get_content_disposition() == "attachment":
            if part.get_content_type() == "message/rfc822":
                size = len(part.get_payload()[0].as_bytes())
            else:
                size = len(part.get_content())
            if size >= 30 * 1024:
                errs.append("attachment too big")
    if type_ not in ("course_data", "announcement", "elearning_support", "document_request", "other", "auto"):
        errs.append("bad type")
    if lang not in ("id", "en", "mixed"):
        errs.append("bad lang")
    if type_ not in ("course_data", "announcement") and fields:
        errs.append("fields on a type without fields")
    hay = texts_of(p)
    hayn = [norm(x) for x in hay]
    vals = []
    for k, v in fields.items():
        if k in ("publish_at", "scope"):
            continue
        if k == "changes":
            for ck, cv in v.items():
                if ck not in ("fullname", "shortname", "lecturer", "class", "semester", "credits",
                              "enrolment_key", "summary"):
                    errs.append("bad change field " + ck)
                vals.append(cv)
        else:
            vals.append(v)
    for v in vals:
        if not isinstance(v, str) or not v:
            errs.append("empty/non-string value")
            continue
        if not any(v in x for x in hay) and not any(norm(v) in x for x in hayn):
            errs.append("value not found verbatim: %r" % v)
    if "publish_at" in fields:
        try:
            pa = _dt.datetime.fromisoformat(fields["publish_at"])
            if pa.utcoffset() != _dt.timedelta(hours=7):
                errs.append("publish_at not +07:00")
        except ValueError:
            errs.append("publish_at not ISO")
    if "scope" in fields and fields["scope"] not in ("course", "site"):
        errs.append("bad scope")
    if type_ == "announcement" and "scope" not in fields:
        errs.append("announcement without scope")
    return errs


# =================================================================== course_data (22)

msg("001-gmail-translated-stiff-fullname", "course_data", "id",
    {"course_code": "IF-2104", "course_name": "Pemrograman Berorientasi Objek",
     "changes": {"fullname": "Pemrograman Berorientasi Objek Lanjutan"}},
    "Lecturer wrote in English and ran it through a machine translator; stiff Indonesian.",
    date=D(8, 4, 9, 12), frm="Dr. Michael Tan <michael.tan@polibatam.ac.id>",
    subj="Permintaan untuk mengubah nama lengkap dari kursus",
    text="""Yang terhormat Tim Meja Bantuan,

Saya berharap email ini menemukan Anda dengan baik.

Saya menulis untuk meminta perubahan dari nama lengkap dari kursus saya pada platform pembelajaran elektronik. Kursus adalah IF-2104 Pemrograman Berorientasi Objek. Nama lengkap baru harus menjadi:

Pemrograman Berorientasi Objek Lanjutan

Ini adalah karena materi dari semester ini adalah tingkat lanjutan dan para siswa telah menjadi bingung. Silakan jangan ragu untuk menghubungi saya jika Anda memiliki pertanyaan apa pun.

Terima kasih sebelumnya untuk bantuan baik Anda.

Salam hangat,
Dr. Michael Tan
Jurusan Teknik Informatika
""", cte="quoted-printable")

msg("002-webform-paste-lecturer-change", "course_data", "id",
    {"course_code": "AK3205", "course_name": "Akuntansi Biaya",
     "changes": {"lecturer": "Rina Oktaviani, S.E., M.Ak."}},
    "Request pasted from a web form with label lines; the Uraian line carries the new lecturer.",
    date=D(8, 6, 14, 3), frm="Yuliana Sari <yuliana.sari@polibatam.ac.id>",
    subj="Fwd: Formulir Layanan P4M - Perubahan Data Mata Kuliah",
    text="""Selamat siang, berikut isian formulir saya (form online-nya error waktu dikirim, jadi saya paste di sini):

Nama Pemohon: Yuliana Sari, S.E., M.M.
NIK/NIP: 119087
Unit/Prodi: Akuntansi Manajerial
Jenis Permintaan: Perubahan Data Mata Kuliah
Kode MK: AK3205
Nama MK: Akuntansi Biaya
Kelas: AKM-3A Pagi
Uraian: Dosen pengampu di e-learning mohon diganti menjadi Rina Oktaviani, S.E., M.Ak. karena saya cuti melahirkan mulai minggu depan.
Lampiran: -
Tanggal Pengajuan: 06/08/2026

Terima kasih.
""", cte="8bit")

msg("003-voicenote-transcribed-credits", "course_data", "id",
    {"course_name": "fisika terapan", "changes": {"credits": "dua"}},
    "Phone voice note transcription without punctuation; credits given as a word (dua sks); the spoken code is garbled so no code is labelled.",
    date=D(8, 10, 6, 48), frm="Budi Santoso <budisantoso.polibatam@gmail.com>",
    subj="pesan suara",
    text="""halo helpdesk p4m ini pak budi dari teknik mesin saya mau minta tolong untuk mata kuliah fisika terapan kelas mesin satu b itu sks nya di elearning masih tertulis tiga sks padahal di kurikulum baru jadi dua sks jadi tolong diganti jadi dua sks ya kode nya e m satu nol dua kalau tidak salah terima kasih banyak

Ditranskripsi oleh Perekam Suara
Dikirim dari ponsel Samsung Galaxy saya
""", cte="base64")

msg("004-whatsapp-export-shortname", "course_data", "mixed",
    {"course_code": "RKS304", "course_name": "Keamanan Jaringan",
     "changes": {"shortname": "RKS304-KJ-3B"}},
    "A WhatsApp chat is pasted with timestamps; the agreed short name is in the chat and confirmed in the mail's own first line.",
    date=D(8, 12, 20, 31), frm="Hendra Gunawan <hendra.g@polibatam.ac.id>",
    subj="short name RKS304 sesuai chat",
    text="""Mas/Mbak helpdesk, tolong short name course RKS304 diganti sesuai hasil chat di bawah ya (yang final RKS304-KJ-3B). Thanks.

--- chat WhatsApp "Dosen RKS 2026" ---
[12/08/26 19.02] Hendra Gunawan: guys short name Keamanan Jaringan di elearning masih RKS304-2025 lho
[12/08/26 19.04] Nadia Putri RKS: iya mahasiswa bingung, mereka kira course lama
[12/08/26 19.05] Hendra Gunawan: ganti jadi RKS304-KJ-3A aja?
[12/08/26 19.07] Nadia Putri RKS: tapi kita yg pegang kelas 3B kan pak, bukan 3A
[12/08/26 19.08] Hendra Gunawan: oh iya bener. RKS304-KJ-3B deh
[12/08/26 19.08] Nadia Putri RKS: 👍 nanti bapak email P4M ya
[12/08/26 19.10] Hendra Gunawan: ok siap
--- akhir chat ---

Hendra
""", cte="quoted-printable")

msg("005-secretary-atas-nama-director-lecturer", "course_data", "id",
    {"course_code": "MKU-105", "course_name": "Pendidikan Pancasila",
     "changes": {"lecturer": "Drs. H. Syamsul Bahri, M.Si."}},
    "Written by a secretary on behalf of (a.n.) the director.",
    date=D(8, 17, 10, 20), frm="Sekretariat Direktur <sekdir@polibatam.ac.id>",
    subj="a.n. Direktur: penggantian dosen Pendidikan Pancasila",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Kepada Yth.<o:p></o:p></p>
<p class="MsoNormal">Tim Helpdesk P4M<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Dengan hormat,<o:p></o:p></p>
<p class="MsoNormal">Atas nama Direktur Politeknik Negeri Batam, bersama ini kami sampaikan bahwa pengampu mata kuliah umum <b>MKU-105 Pendidikan Pancasila</b> untuk semester ini diganti. Mohon data dosen pada e-learning disesuaikan menjadi <b>Drs. H. Syamsul Bahri, M.Si.</b><o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Demikian disampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">a.n. Direktur<o:p></o:p></p>
<p class="MsoNormal">Sekretaris Direktur,<o:p></o:p></p>
<p class="MsoNormal">Dewi Anggraini<o:p></o:p></p>
</div></body></html>""", cte="quoted-printable")

msg("006-reply-to-ack-adds-new-key", "course_data", "id",
    {"course_code": "TM2207", "course_name": "Gambar Teknik Mesin",
     "changes": {"enrolment_key": "GTM#2207b"}},
    "Reply in the thread of the helpdesk's acknowledgement of an earlier (announcement) ticket; the new request is an enrolment key change.",
    date=D(8, 19, 8, 5), frm="Agus Salim <agus.salim@polibatam.ac.id>",
    subj="Re: [P4M-Helpdesk #2026-1187] Permintaan Anda telah kami terima",
    irt="<ack-2026-1187@helpdesk-p4m.polibatam.ac.id>",
    text="""Terima kasih, pengumumannya sudah tayang.

Sekalian di thread ini ya, satu lagi: kunci pendaftaran (enrolment key) course TM2207 Gambar Teknik Mesin tolong diganti jadi GTM#2207b, yang lama sudah tersebar ke angkatan atas.

Salam,
Agus Salim

On Tue, 18 Aug 2026 at 15:41, P4M Helpdesk <helpdesk-p4m@polibatam.ac.id> wrote:
> Yth. Bapak/Ibu,
>
> Permintaan Anda telah kami terima dengan nomor tiket #2026-1187
> (Pengumuman: Perubahan Jadwal Praktikum CAD).
> Kami akan memprosesnya paling lambat 2 x 24 jam hari kerja.
>
> Salam,
> P4M Helpdesk - Politeknik Negeri Batam
""", cte="8bit")

msg("007-reply-only-missing-value", "course_data", "id",
    {"course_code": "IF305", "course_name": "Sistem Operasi",
     "changes": {"lecturer": "Tri Wahyuni, M.Kom."}},
    "The lecturer answers the unit's question with only the missing value; code, course and field are in the quoted question.",
    date=D(8, 21, 7, 2), frm="Ahmad Fauzi <ahmad.fauzi@polibatam.ac.id>",
    subj="Re: [P4M-Helpdesk #2026-1203] Nama dosen pengganti?",
    irt="<q-2026-1203@helpdesk-p4m.polibatam.ac.id>",
    text="""Tri Wahyuni, M.Kom.

Dikirim dari iPhone saya

> Pada 20 Agu 2026, pukul 16.10, P4M Helpdesk <helpdesk-p4m@polibatam.ac.id> menulis:
>
> Yth. Bapak Ahmad Fauzi,
>
> Terkait permintaan penggantian dosen pengampu IF305 Sistem Operasi,
> mohon dikirimkan nama lengkap dosen pengganti beserta gelarnya agar
> dapat kami ubah di e-learning.
>
> Terima kasih,
> P4M Helpdesk
""", cte="quoted-printable")

msg("008-asks-two-options-then-chooses", "course_data", "en",
    {"course_code": "MB2103", "course_name": "Principles of Marketing",
     "changes": {"shortname": "MB2103-POM-B"}},
    "The sender offers two short names, then chooses the second in the same mail.",
    date=D(8, 24, 11, 37), frm="Sarah Lim <sarah.lim@polibatam.ac.id>",
    subj="Short name for Principles of Marketing",
    text="""Hi team,

Could the short name of MB2103 Principles of Marketing be changed? I was thinking either MB2103-MKT-B or MB2103-POM-B, whichever fits your naming convention better.

Actually, scratch that, I just checked with my coordinator and she prefers the second one, so please use MB2103-POM-B.

Thanks a lot,
Sarah
""", flowed=True, cte="8bit")

msg("009-i-am-the-replacement-lecturer", "course_data", "id",
    {"course_code": "EL2302", "course_name": "Elektronika Daya",
     "changes": {"lecturer": "Dr. Fitriani Lubis, S.T., M.T."}},
    "The sender names herself as the new lecturer; the value is her name as signed.",
    date=D(8, 26, 13, 15), frm="Fitriani Lubis <fitriani.lubis@polibatam.ac.id>",
    subj="Dosen Elektronika Daya EL2302",
    text="""Selamat siang Tim P4M,

Pak Joko Prasetyo yang sebelumnya mengampu EL2302 Elektronika Daya sedang tugas belajar ke Jepang, dan saya yang menggantikan beliau mulai semester ini. Mohon nama dosen di course tersebut diganti dengan nama saya seperti di bawah.

Terima kasih, Bu/Pak.

Salam,
Dr. Fitriani Lubis, S.T., M.T.
Dosen Teknik Elektro
Politeknik Negeri Batam
""", cte="quoted-printable")

msg("010-merged-class-renamed", "course_data", "id",
    {"course_code": "AK2101", "course_name": "Pengantar Akuntansi II",
     "changes": {"class": "AK-2AB"}},
    "Two classes merged into one; the course's class becomes the merged name.",
    date=D(8, 28, 9, 55), frm="Lestari Wulandari <lestari.w@polibatam.ac.id>",
    subj="Penggabungan kelas AK-2A dan AK-2B",
    text="""Pagi,

Karena jumlah mahasiswa sedikit, kelas AK-2A dan AK-2B untuk AK2101 Pengantar Akuntansi II digabung mulai minggu ini. Tolong nama kelas di e-learning diubah menjadi AK-2AB (satu course saja, course untuk 2B nanti boleh disembunyikan).

Lestari
Koordinator Prodi Akuntansi
""", cte="7bit")

msg("011-remove-enrolment-key", "course_data", "en",
    {"course_code": "EN1102", "course_name": "English for Engineering", "changes": {}},
    "Asks to remove the enrolment key entirely; there is no new value, so changes is empty.",
    date=D(9, 1, 15, 20), frm="Rebecca Hall <rebecca.hall@polibatam.ac.id>",
    subj="Please remove the enrolment key - EN1102",
    text="""Hello,

For EN1102 English for Engineering I'd like the enrolment key removed altogether. Students from three different programmes take the course and handing out the key has been a nightmare. Self enrolment without any key is fine for me.

Cheers,
Rebecca Hall
Visiting Lecturer, Language Centre
""", flowed=True, cte="7bit")

msg("012-reset-key-mixed", "course_data", "mixed",
    {"course_code": "IF2206", "course_name": "Basis Data",
     "changes": {"enrolment_key": "basdat-3B"}},
    "Enrolment key reset requested in Indonesian-English code-switching.",
    date=D(9, 3, 21, 4), frm="Rizky Pratama <rizky.pratama@polibatam.ac.id>",
    subj="reset enrolment key Basis Data",
    text="""Hi P4M,

Enrolment key untuk IF2206 Basis Data kayaknya udah leaked ke grup angkatan lain, banyak random students yang join. Please reset the key jadi basdat-3B ya, and kalau bisa kick juga yang bukan kelas 3B (tapi itu nanti aja).

Thanks!
Rizky
""", cte="quoted-printable")

msg("013-credits-reason-first", "course_data", "id",
    {"course_code": "TM2201", "course_name": "Mekanika Teknik",
     "changes": {"credits": "4"}},
    "The reason comes first, the change and value last.",
    date=D(9, 7, 10, 0), frm="Irwan Hakim <irwan.hakim@polibatam.ac.id>",
    subj="Mekanika Teknik TM2201",
    text="""Assalamualaikum,

Berdasarkan SK Direktur tentang Kurikulum 2026 Program Studi Teknik Mesin, praktikum Mekanika Teknik tidak lagi berdiri sendiri tetapi digabung ke mata kuliah teorinya, sehingga bobotnya bertambah. Oleh sebab itu jumlah SKS TM2201 Mekanika Teknik di e-learning mohon diubah menjadi 4 SKS.

Wassalam,
Irwan Hakim
""", cte="8bit")

msg("014-shortname-other-scheme", "course_data", "mixed",
    {"course_code": "RKS-311", "course_name": "Kriptografi Terapan",
     "changes": {"shortname": "2026GJ-RKS-3A"}},
    "New short name in another naming scheme (year, semester, programme, class).",
    date=D(9, 9, 16, 42), frm="Nadia Putri <nadia.putri@polibatam.ac.id>",
    subj="Shortname Kriptografi Terapan",
    html="""<div dir="ltr"><div>Halo tim,</div><div><br></div><div>Prodi kami sekarang pakai format short name baru: tahun + GJ/GN + prodi + kelas. Untuk RKS-311 Kriptografi Terapan short name-nya tolong diganti ke <b>2026GJ-RKS-3A</b>.</div><div><br></div><div>The old one was RKS311-A, biar konsisten sama course lain di prodi.</div><div><br></div><div>Thanks,</div><div>Nadia</div><div><br></div>-- <br><div dir="ltr" class="gmail_signature">Nadia Putri, M.Cs.<br>Rekayasa Keamanan Siber | Politeknik Negeri Batam</div></div>
""", text="""Halo tim,

Prodi kami sekarang pakai format short name baru: tahun + GJ/GN + prodi + kelas. Untuk RKS-311 Kriptografi Terapan short name-nya tolong diganti ke *2026GJ-RKS-3A*.

The old one was RKS311-A, biar konsisten sama course lain di prodi.

Thanks,
Nadia

--
Nadia Putri, M.Cs.
Rekayasa Keamanan Siber | Politeknik Negeri Batam
""", cte="quoted-printable")

msg("015-bilingual-course-name-fullname", "course_data", "en",
    {"course_code": "TI-3302", "course_name": "Computer Networks / Jaringan Komputer",
     "changes": {"fullname": "Advanced Computer Networks / Jaringan Komputer Lanjut"}},
    "The course name is given in English and Indonesian both; the current name is labelled as written in both languages.",
    date=D(9, 11, 8, 30), frm="Prof. Daniel Weber <d.weber@polibatam.ac.id>",
    subj="TI-3302 full name",
    text="""Dear Helpdesk,

The course TI-3302 Computer Networks / Jaringan Komputer is being taught at an advanced level from this term on (the basic material moved to the second semester). Please change the full name to:

Advanced Computer Networks / Jaringan Komputer Lanjut

We keep both languages in the title because of the international class.

Best regards,
Daniel Weber
""", cte="quoted-printable", charset="iso-8859-1")

msg("016-name-and-lecturer-only-semester", "course_data", "id",
    {"course_name": "Statistika Industri", "changes": {"semester": "Ganjil 2026/2027"}},
    "Course identified only by its name and lecturer, no code.",
    date=D(9, 14, 12, 11), frm="Admin Prodi TRPL <admin.trpl@polibatam.ac.id>",
    subj="semester course Statistika Industri",
    text="""Siang,

Course Statistika Industri yang diampu Pak Darmawan masih tercatat semester Genap 2025/2026 di e-learning. Mohon diubah menjadi Ganjil 2026/2027.

Kodenya saya tidak tahu, mohon dicari dari nama dosennya saja ya.

Terima kasih,
Admin Prodi
""", cte="7bit")

msg("017-outlook-html-table-two-changes", "course_data", "en",
    {"course_code": "ME3104", "course_name": "Manufacturing Processes",
     "changes": {"fullname": "Manufacturing Processes and Automation", "shortname": "ME3104-MPA"}},
    "Outlook Word HTML table with current/new rows.",
    date=D(9, 16, 14, 27), frm="Wong Kah Wai <kahwai.wong@polibatam.ac.id>",
    subj="Course details update - ME3104",
    html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>
<body lang="EN-SG"><div class="WordSection1">
<p class="MsoNormal">Hi Helpdesk,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please update my course as below:<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td><p class="MsoNormal"><b>Item<o:p></o:p></b></p></td><td><p class="MsoNormal"><b>Current<o:p></o:p></b></p></td><td><p class="MsoNormal"><b>Change to<o:p></o:p></b></p></td></tr>
<tr><td><p class="MsoNormal">Course code<o:p></o:p></p></td><td><p class="MsoNormal">ME3104<o:p></o:p></p></td><td><p class="MsoNormal">(no change)<o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">Full name<o:p></o:p></p></td><td><p class="MsoNormal">Manufacturing Processes<o:p></o:p></p></td><td><p class="MsoNormal">Manufacturing Processes and Automation<o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">Short name<o:p></o:p></p></td><td><p class="MsoNormal">ME3104<o:p></o:p></p></td><td><p class="MsoNormal">ME3104-MPA<o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Thank you.<o:p></o:p></p><p class="MsoNormal">Kah Wai<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">Industry Lecturer (PT Batamindo Precision) | Mechanical Engineering<o:p></o:p></span></p>
</div></body></html>""", cte="quoted-printable")

msg("018-thunderbird-flowed-summary", "course_data", "en",
    {"course_code": "GEO2105", "course_name": "Remote Sensing",
     "changes": {"summary": "This course introduces satellite image acquisition, pre-processing and classification using open-source tools (QGIS, SNAP)."}},
    "Summary change in format=flowed; the new summary is one long line.",
    date=D(9, 18, 19, 50), frm="Kevin Anderson <k.anderson@polibatam.ac.id>",
    subj="New course summary for GEO2105",
    text="""Hello helpdesk,

The summary shown on the course page of GEO2105 Remote Sensing still describes the old commercial software. Could you replace it with the following text?

This course introduces satellite image acquisition, pre-processing and classification using open-source tools (QGIS, SNAP).

Many thanks,
Kevin Anderson
--
Geomatics Engineering
""", flowed=True, cte="8bit")

msg("019-pdf-memo-semester", "course_data", "id",
    {"course_code": "MB1204", "course_name": "Pengantar Bisnis",
     "changes": {"semester": "Ganjil 2026/2027"}},
    "The request sits only in an attached PDF memo.",
    date=D(9, 22, 9, 3), frm="Jurusan Manajemen Bisnis <jmb@polibatam.ac.id>",
    subj="Memo perubahan semester course",
    text="""Dengan hormat,
terlampir memo dari Ketua Jurusan. Mohon ditindaklanjuti.

Terima kasih,
Staf Administrasi Jurusan Manajemen Bisnis
""", cte="7bit",
    atts=[("file", pdf(["MEMO", "Nomor: 041/JMB/IX/2026", "Kepada: Tim Helpdesk P4M",
                        "Perihal: Perubahan semester course e-learning", "",
                        "Mohon semester pada course MB1204 Pengantar Bisnis diubah",
                        "menjadi Ganjil 2026/2027 (sebelumnya Genap 2025/2026).", "",
                        "Ketua Jurusan Manajemen Bisnis"]), PDF_T, "memo-041-JMB.pdf")])

msg("020-docx-form-class", "course_data", "id",
    {"course_code": "EL1101", "course_name": "Rangkaian Listrik I",
     "changes": {"class": "TE-1C Malam"}},
    "The values are only in an attached DOCX form.",
    date=D(9, 24, 17, 45), frm="Sri Mulyani <srimulyani@polibatam.ac.id>",
    subj="form perubahan",
    text="""Terlampir formnya ya.

Sri
""", cte="7bit",
    atts=[("file", docx(["FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING", "Nama Dosen: Sri Mulyani, S.T., M.Eng.",
                         "Kode Mata Kuliah: EL1101", "Nama Mata Kuliah: Rangkaian Listrik I",
                         "Data yang diubah: Kelas", "Semula: TE-1C", "Menjadi: TE-1C Malam",
                         "Alasan: kelas dipindah ke shift malam"]), DOCX_T, "Form_Perubahan_EL1101.docx")])

_inner21 = build("021-inner", D(9, 28, 8, 14), "Kaprodi TRM <kaprodi.trm@polibatam.ac.id>",
                 "Tim dosen Robotika Industri",
                 text="""Bu Ratna,

Tolong diteruskan ke P4M: tim pengajar RM3301 Robotika Industri semester ini jadi dua orang, tolong di e-learning tertulis "Ir. Bambang Sutejo, M.T. & Yosua Hutapea, S.Tr.T., M.Eng." (urutannya begitu).

Makasih Bu.
Kaprodi TRM
""", to="Ratna Dewi <ratna.dewi@polibatam.ac.id>", cte="7bit")

msg("021-forward-rfc822-lecturer-team", "course_data", "mixed",
    {"course_code": "RM3301", "course_name": "Robotika Industri",
     "changes": {"lecturer": "Ir. Bambang Sutejo, M.T. & Yosua Hutapea, S.Tr.T., M.Eng."}},
    "The programme admin forwards the head of programme's mail as message/rfc822; the value is only in the attached message.",
    date=D(9, 28, 10, 2), frm="Ratna Dewi <ratna.dewi@polibatam.ac.id>",
    subj="FW: Tim dosen Robotika Industri",
    text="""Dear P4M team,

Please see forwarded email from Kaprodi di bawah/terlampir. Mohon bantuannya for the lecturer name update ya.

Best,
Ratna Dewi
Admin Prodi Teknologi Rekayasa Mekatronika
""", cte="7bit", atts=[("msg", _inner21)])

msg("022-yahoo-cp1252-arrow-fullname", "course_data", "id",
    {"course_code": "TS2208", "course_name": "Manajemen Proyek",
     "changes": {"fullname": "Manajemen Proyek – Kontrak & Estimasi Biaya"}},
    "Yahoo mail in windows-1252 quoted-printable with an arrow and an en dash in the new name.",
    date=D(9, 30, 22, 16), frm="Hj. Nurhayati <nurhayati_68@yahoo.co.id>",
    subj="Ganti nama matakuliah TS2208",
    text="""Assalamualaikum wr wb

Mohon maaf mengganggu malam2. Nama mata kuliah saya di elearning tolong diganti:

TS2208 Manajemen Proyek  -->  Manajemen Proyek – Kontrak & Estimasi Biaya

Sesuai RPS yang baru. Terimakasih banyak atas bantuannya.

Wassalam
Hj. Nurhayati, S.T., M.T.
""", cte="quoted-printable", charset="windows-1252")

# =================================================================== announcement (16)

msg("023-lab-only-pasang-site", "announcement", "id",
    {"title": "Laboratorium Jaringan Tutup Sementara", "scope": "site",
     "publish_at": "2026-08-07T07:00:00+07:00"},
    "Announcement for one laboratory's users (not a course), so scope is site; 'pasang' instead of 'umumkan'; the closure dates are the event.",
    date=D(8, 5, 15, 30), frm="PLP Lab Jaringan <lab.jaringan@polibatam.ac.id>",
    subj="Tolong pasang pengumuman lab",
    text="""Sore Tim P4M,

Tolong pasang pengumuman berikut di halaman depan e-learning, khusus untuk pengguna Lab Jaringan (gedung Tower A lt. 3). Tayang Jumat, 7 Agustus 2026 pukul 07.00 WIB.

Judul: Laboratorium Jaringan Tutup Sementara
Isi: Sehubungan dengan pemasangan rak server baru, Laboratorium Jaringan tidak dapat digunakan pada 10-14 Agustus 2026. Praktikum dialihkan ke Lab Komputer 2.

Terima kasih,
Yudi - PLP Lab Jaringan
""", cte="8bit")

msg("024-prodi-only-sebarkan-next-monday", "announcement", "id",
    {"title": "Pembekalan Magang Industri Prodi TRPL", "scope": "site",
     "publish_at": "2026-08-17T07:00:00+07:00"},
    "For one study programme only (site scope); 'sebarkan'; 'Senin depan' counted from the Date header (Wed 12 Aug -> Mon 17 Aug).",
    date=D(8, 12, 13, 44), frm="Koordinator Magang TRPL <magang.trpl@polibatam.ac.id>",
    subj="Mohon disebarkan: Pembekalan Magang Industri Prodi TRPL",
    text="""Halo P4M,

Mohon disebarkan lewat e-learning ke mahasiswa Prodi TRPL saja (semester 5), Senin depan jam 07.00 pagi.

Judul: Pembekalan Magang Industri Prodi TRPL
Pembekalan dilaksanakan Kamis, 20 Agustus 2026 pukul 09.00-12.00 di Auditorium. Wajib hadir bagi mahasiswa yang akan magang.

Terima kasih
Koordinator Magang TRPL
""", cte="quoted-printable")

msg("025-forwarded-quoted-block-tayangkan", "announcement", "mixed",
    {"title": "Batas Akhir Pengisian KRS Semester Ganjil", "scope": "site",
     "publish_at": "2026-08-14T08:00:00+07:00"},
    "The announcement text is in the quoted block of a forwarded mail; the publish time is the forwarder's; 21 Aug is the deadline (event).",
    date=D(8, 13, 16, 5), frm="Melati Kusuma <melati.k@polibatam.ac.id>",
    subj="Fwd: Pengumuman KRS",
    text="""Hi team, tolong tayangkan yang di bawah di e-learning ya, tomorrow 8 AM (14 Aug). Thanks!

Melati

---------- Forwarded message ---------
From: Bagian Akademik <akademik@polibatam.ac.id>
Date: Thu, 13 Aug 2026 at 11:20
Subject: Pengumuman KRS
To: Melati Kusuma <melati.k@polibatam.ac.id>

> BATAS AKHIR PENGISIAN KRS SEMESTER GANJIL
>
> Judul: Batas Akhir Pengisian KRS Semester Ganjil
> Diberitahukan kepada seluruh mahasiswa bahwa pengisian KRS semester
> ganjil 2026/2027 ditutup pada Jumat, 21 Agustus 2026 pukul 23.59 WIB.
> Mahasiswa yang belum mengisi KRS tidak dapat mengikuti perkuliahan.
>
> Bagian Akademik
""", cte="quoted-printable")

msg("026-time-in-words-besok-pagi", "announcement", "id",
    {"course_code": "AK3102", "course_name": "Perpajakan", "title": "Kuis 1 Perpajakan Diundur",
     "scope": "course", "publish_at": "2026-08-19T07:00:00+07:00"},
    "Publish time in words ('besok pagi jam tujuh') from Tue 18 Aug.",
    date=D(8, 18, 20, 12), frm="Rahmat Hidayat <rahmat.h@polibatam.ac.id>",
    subj="pengumuman di course Perpajakan",
    text="""Malam tim helpdesk,

Minta tolong diumumkan di course AK3102 Perpajakan, ditayangkan besok pagi jam tujuh ya.

Judulnya: Kuis 1 Perpajakan Diundur
Isinya: Kuis 1 yang semula hari Kamis diundur ke Senin minggu depan, materi tetap bab 1-3.

Terima kasih,
Rahmat
""", cte="8bit")

msg("027-poster-described-not-attached", "announcement", "id",
    {"title": "Lomba Video Pembelajaran Dosen 2026", "scope": "site"},
    "The poster is described but not attached ('menyusul'); only a date is given for posting, so no publish_at.",
    date=D(8, 20, 10, 33), frm="Humas P4M <humas.p4m@polibatam.ac.id>",
    subj="Pengumuman Lomba Video Pembelajaran",
    text="""Rekan-rekan helpdesk,

Tolong umumkan di halaman depan e-learning tanggal 24 Agustus: "Lomba Video Pembelajaran Dosen 2026".

Posternya masih di desainer, nanti menyusul. Isinya kira-kira: latar biru tua, foto dosen sedang merekam di studio, tulisan besar LOMBA VIDEO PEMBELAJARAN DOSEN 2026, hadiah total 15 juta, pendaftaran 1-30 September, QR code ke formulir pendaftaran di pojok kanan bawah. Untuk sementara teks pengumuman bisa pakai deskripsi itu dulu.

Salam,
Humas P4M
""", cte="quoted-printable")

msg("028-en-course-post-tomorrow-evening", "announcement", "en",
    {"course_code": "IF3201", "course_name": "Machine Learning", "title": "Project Proposal Feedback Released",
     "scope": "course", "publish_at": "2026-08-26T20:00:00+07:00"},
    "Tomorrow evening 8 pm from Tue 25 Aug; the Friday submission time is the deadline.",
    date=D(8, 25, 17, 8), frm="Aditya Nugroho <aditya.n@polibatam.ac.id>",
    subj="Announcement for IF3201 Machine Learning",
    text="""Hi,

Could you post this in IF3201 Machine Learning tomorrow at 8 pm?

Title: Project Proposal Feedback Released
Body: Feedback on your project proposals is now in the gradebook. Revised proposals are due Friday 4 September, 23:59.

Thanks!
Aditya

Sent from my Galaxy
""", cte="7bit")

msg("029-voicenote-announcement-words", "announcement", "id",
    {"course_code": "TE3105", "course_name": "sistem kendali", "title": "ujian praktik sistem kendali",
     "scope": "course", "publish_at": "2026-12-07T08:00:00+07:00"},
    "Voice-note transcription with numbers in words; 'tujuh desember jam delapan' is the publish time, the exam on 14 December is the event.",
    date=D(11, 27, 18, 22), frm="Joko Prasetyo <joko.prasetyo@polibatam.ac.id>",
    subj="pesan suara dari Joko",
    text="""helpdesk tolong umumkan di course sistem kendali kode te tiga satu nol lima judulnya ujian praktik sistem kendali isinya ujian praktik dilaksanakan tanggal empat belas desember di lab kendali bawa modul masing masing umumkannya tanggal tujuh desember jam delapan pagi ya terima kasih

Kode di atas: TE3105

Ditranskripsi otomatis - mungkin berisi kesalahan
""", cte="base64")

msg("030-translated-stiff-course-announcement", "announcement", "id",
    {"course_code": "BI2201", "course_name": "Komunikasi Bisnis Internasional",
     "title": "Perubahan Ruang Kelas untuk Presentasi Kelompok", "scope": "course",
     "publish_at": "2026-09-07T10:00:00+07:00"},
    "Machine-translated stiff Indonesian from an English-speaking lecturer; the presentation date is the event.",
    date=D(9, 2, 11, 40), frm="Dr. Emily Carter <emily.carter@polibatam.ac.id>",
    subj="Permintaan untuk pengumuman di kursus BI2201",
    text="""Halo Tim Meja Bantuan,

Saya akan menyukai untuk meminta Anda untuk memposting sebuah pengumuman di kursus saya BI2201 Komunikasi Bisnis Internasional. Silakan membuatnya terlihat pada hari Senin, 7 September 2026 pada jam 10:00 pagi.

Judul dari pengumuman adalah: Perubahan Ruang Kelas untuk Presentasi Kelompok

Teks: Presentasi kelompok pada hari Rabu, 9 September akan mengambil tempat di ruang 805 bukannya ruang 710. Silakan datang 10 menit lebih awal.

Terima kasih Anda sangat banyak.

Salam terbaik,
Emily Carter
""", cte="quoted-printable")

msg("031-webform-announcement", "announcement", "id",
    {"title": "Sosialisasi Beasiswa KIP Kuliah 2026", "scope": "site",
     "publish_at": "2026-09-15T08:00:00+07:00"},
    "Web-form paste with a 'Waktu Tayang' line; the socialisation date is the event.",
    date=D(9, 10, 9, 26), frm="Kemahasiswaan <kemahasiswaan@polibatam.ac.id>",
    subj="[Form Layanan P4M] Permintaan Pengumuman",
    text="""Nama Pemohon: Andi Saputra (Bagian Kemahasiswaan)
Jenis Permintaan: Pengumuman E-Learning
Sasaran: Seluruh mahasiswa
Judul: Sosialisasi Beasiswa KIP Kuliah 2026
Waktu Tayang: 15/09/2026 08:00
Uraian: Sosialisasi beasiswa KIP Kuliah akan diadakan Jumat, 18 September 2026 pukul 13.30 WIB di Gedung Utama lt. 1. Mahasiswa penerima dan calon penerima wajib hadir.
Lampiran: (tidak ada)

-- 
Dikirim otomatis dari Formulir Layanan P4M (salinan untuk pemohon)
""", cte="quoted-printable")

msg("032-whatsapp-chat-announcement", "announcement", "mixed",
    {"course_code": "MM2105", "course_name": "Desain Grafis", "title": "Pengumpulan Portfolio Desain Grafis",
     "scope": "course", "publish_at": "2026-09-16T18:00:00+07:00"},
    "A WhatsApp exchange with the class rep is pasted; the publish time (Wednesday 6 pm from Sun 13 Sep) is in the chat; the Friday time is the deadline.",
    date=D(9, 13, 21, 3), frm="Clara Situmorang <clara.s@polibatam.ac.id>",
    subj="announcement Desain Grafis (dari chat WA)",
    text="""Halo P4M, aku paste chat WA sama komting di bawah, please bikinin announcement di course MM2105 Desain Grafis sesuai yang di chat ya. Thank you!

[13/09/26 20.41] Bu Clara: Dek, nanti ibu minta P4M pasang pengumuman ya soal portfolio
[13/09/26 20.42] Komting MM-2A: siap bu, judulnya apa bu?
[13/09/26 20.44] Bu Clara: "Pengumpulan Portfolio Desain Grafis". Dikumpul paling lambat Jumat 25 Sept jam 23.59 di e-learning
[13/09/26 20.45] Komting MM-2A: tayangnya kapan bu?
[13/09/26 20.46] Bu Clara: Rabu 16 Sept jam 6 sore aja, biar abis kelas
[13/09/26 20.46] Komting MM-2A: oke bu 🙏

Clara
""", cte="base64")

msg("033-secretary-an-director-sitewide", "announcement", "id",
    {"title": "Libur Peringatan Maulid Nabi Muhammad SAW", "scope": "site",
     "publish_at": "2026-10-05T08:00:00+07:00"},
    "A secretary writes on behalf of the director; publish date and time given explicitly.",
    date=D(10, 1, 14, 2), frm="Sekretariat Direktur <sekdir@polibatam.ac.id>",
    subj="a.n. Direktur - Permohonan penayangan pengumuman",
    text="""Yth. Kepala P4M
c.q. Tim Helpdesk E-Learning

Dengan hormat,
Atas nama Direktur, kami mohon bantuan penayangan pengumuman di beranda e-learning pada Senin, 5 Oktober 2026 pukul 08.00 WIB dengan judul "Libur Peringatan Maulid Nabi Muhammad SAW".

Isi pengumuman: Kegiatan perkuliahan ditiadakan pada hari libur nasional Peringatan Maulid Nabi Muhammad SAW. Perkuliahan pengganti diatur oleh masing-masing dosen.

Atas perhatiannya kami ucapkan terima kasih.

a.n. Direktur
Sekretaris,

Dewi Anggraini
""", cte="8bit")

msg("034-intl-office-utc-time", "announcement", "en",
    {"title": "Call for Applications: Summer Exchange to Japan 2027", "scope": "site",
     "publish_at": "2026-10-08T21:00:00+07:00"},
    "Publish time given in UTC (14:00 UTC = 21:00 WIB); the deadline is an event date.",
    date=D(10, 6, 10, 15, off=1), frm="Laura Jensen <laura.jensen@polibatam.ac.id>",
    subj="Site announcement request - Summer Exchange",
    text="""Dear Helpdesk,

On behalf of the International Office I'd like to request a site-wide announcement. Our partner in Japan will open their portal at the same moment, so please publish it on Thursday 8 October at 14:00 UTC exactly.

Title: Call for Applications: Summer Exchange to Japan 2027

Text: Students in semesters 3-5 may apply for a four-week summer exchange at our partner university in Osaka. Deadline for applications: 15 November 2026.

Kind regards,
Laura Jensen
International Office (currently travelling, UK time)
""", flowed=True, cte="7bit")

msg("035-pasang-banner-date-only", "announcement", "id",
    {"title": "Pemeliharaan Server E-Learning", "scope": "site"},
    "Only a date for posting (no clock time), so no publish_at; the maintenance window is the event.",
    date=D(10, 9, 16, 50), frm="UPT TIK <upt.tik@polibatam.ac.id>",
    subj="Pasang banner maintenance",
    text="""Rekan P4M,

Tolong pasang banner/pengumuman di e-learning mulai tanggal 12 Oktober:

Pemeliharaan Server E-Learning
E-learning tidak dapat diakses Sabtu, 17 Oktober 2026 pukul 22.00 s.d. Minggu, 18 Oktober 2026 pukul 04.00 WIB.

Tks,
UPT TIK
""", cte="7bit")

msg("036-en-course-event-time-only", "announcement", "en",
    {"course_code": "EE2204", "course_name": "Digital Systems", "title": "Lab 4 moved to Thursday",
     "scope": "course"},
    "Only the lab session time and a deadline are given, no publish time ('as soon as you can').",
    date=D(10, 12, 7, 58), frm="Priya Raman <priya.raman@polibatam.ac.id>",
    subj="Please announce: Lab 4 moved to Thursday",
    text="""Good morning,

Please put up an announcement in EE2204 Digital Systems as soon as you can:

Lab 4 moved to Thursday
Lab 4 (FPGA counters) is moved from Tuesday to Thursday 15 October, 13:00-15:00, Lab Digital. Pre-lab quiz closes Wednesday 14 October at 22:00.

Thank you,
Priya
""", cte="7bit")

msg("037-asks-then-chooses-publish-slot", "announcement", "mixed",
    {"course_code": "IF2301", "course_name": "Pemrograman Web", "title": "UTS Pemrograman Web Online",
     "scope": "course", "publish_at": "2026-10-22T13:00:00+07:00"},
    "The sender first asks whether Wednesday 9 or Thursday 13.00 is possible, then chooses Thursday in the same mail (Date Mon 19 Oct).",
    date=D(10, 19, 10, 7), frm="Bayu Kurniawan <bayu.k@polibatam.ac.id>",
    subj="pengumuman UTS Pemrograman Web",
    text="""Pagi P4M,

Mau minta announcement di course IF2301 Pemrograman Web, judul "UTS Pemrograman Web Online". Bisa ditayangkan Rabu jam 9 atau Kamis jam 13? Hmm, on second thought Kamis aja jam 13.00, biar setelah kelas terakhir.

Isi: UTS dilaksanakan online via e-learning tanggal 29 Oktober, 08.00-10.00. Make sure laptop dan koneksi ready.

Thanks,
Bayu
""", cte="quoted-printable")

msg("038-outlook-html-only-course-friday", "announcement", "en",
    {"course_code": "LG3102", "course_name": "Supply Chain Management", "title": "Guest Lecture by PT Batam Logistics",
     "scope": "course", "publish_at": "2026-10-30T07:30:00+07:00"},
    "HTML-only Outlook mail; the guest lecture time is the event.",
    date=D(10, 26, 15, 12), frm="Jason Tan <jason.tan@polibatam.ac.id>",
    subj="Announcement - LG3102",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body lang="EN-US">
<div class="WordSection1"><p class="MsoNormal">Hello,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kindly publish the following in <b>LG3102 Supply Chain Management</b> on <b>Friday 30 October 2026 at 7:30 AM</b>.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><u>Title</u>: Guest Lecture by PT Batam Logistics</p>
<p class="MsoNormal"><u>Message</u>: Mr Andreas Lim (Operations Manager) will give a guest lecture on Tuesday 3 November, 10:00-12:00 in Room GU 702. Attendance counts as one session.</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Regards,<br>Jason Tan<br>Logistics Management</p></div></body></html>""", cte="quoted-printable")

# =================================================================== elearning_support (12)

msg("039-translated-stiff-cannot-login", "elearning_support", "id", {},
    "Machine-translated stiff Indonesian; login failure.",
    date=D(8, 3, 8, 21), frm="Dr. Michael Tan <michael.tan@polibatam.ac.id>",
    subj="Tidak dapat untuk masuk ke platform pembelajaran",
    text="""Yang terhormat Tim Dukungan,

Saya tidak mampu untuk masuk ke dalam sistem pembelajaran elektronik sejak pagi ini. Setiap kali saya memasukkan nama pengguna dan kata sandi saya, halaman mengatakan "Login tidak valid, silakan coba lagi". Saya yakin kata sandi saya adalah benar karena saya menggunakan itu untuk email juga.

Bisakah Anda tolong memeriksa akun saya? Kelas pertama saya adalah hari Rabu.

Terima kasih Anda untuk waktu Anda.

Hormat saya,
Michael Tan
""", cte="quoted-printable")

msg("040-webform-reset-password", "elearning_support", "id", {},
    "Web-form paste asking for a password reset.",
    date=D(8, 7, 19, 13), frm="Putri Ayu Lestari <4312601033@students.polibatam.ac.id>",
    subj="[Form Layanan P4M] Reset Password",
    text="""Nama Pemohon: Putri Ayu Lestari
NIM: 4312601033
Prodi: Teknik Informatika
Jenis Permintaan: Reset Password E-Learning
Uraian: saya lupa password e-learning dan email reset tidak pernah masuk (sudah cek folder spam). Mohon direset.
No. HP: 0812-7000-1xxx

-- 
Dikirim otomatis dari Formulir Layanan P4M (salinan untuk pemohon)
""", cte="8bit")

msg("041-voicenote-course-not-visible", "elearning_support", "id", {},
    "Voice-note transcription; students cannot see the course.",
    date=D(8, 31, 6, 55), frm="Budi Santoso <budisantoso.polibatam@gmail.com>",
    subj="pesan suara",
    text="""selamat pagi ini pak budi lagi dari teknik mesin mahasiswa saya kelas mesin satu b bilang course fisika terapan tidak muncul di dashboard mereka padahal minggu lalu masih ada tolong dicek ya mungkin tersembunyi atau mereka ter unenrol terima kasih

Ditranskripsi oleh Perekam Suara
Dikirim dari ponsel Samsung Galaxy saya
""", cte="base64")

msg("042-whatsapp-students-quiz-error", "elearning_support", "mixed", {},
    "A WhatsApp group chat is pasted as evidence of a quiz error.",
    date=D(9, 4, 10, 48), frm="Nadia Putri <nadia.putri@polibatam.ac.id>",
    subj="Quiz error - screenshot chat mahasiswa",
    text="""Hi P4M,

Quiz 2 di course Kriptografi Terapan error for some students. Ini chat dari grup kelas:

[04/09/26 09.31] Fajar RKS3A: bu quiznya ga bisa di-submit, muncul "Error writing to database"
[04/09/26 09.32] Siti RKS3A: sama bu, jawaban saya hilang semua
[04/09/26 09.33] Bu Nadia: yang lain bisa?
[04/09/26 09.35] Dimas RKS3A: saya bisa bu tadi pake laptop, yang error kayaknya yg pake HP
[04/09/26 09.36] Bu Nadia: ok ibu lapor P4M

Could you check please? Quiz-nya masih open sampai jam 12.

Thanks,
Nadia
""", cte="quoted-printable")

msg("043-reply-to-ack-adds-enrolment-problem", "elearning_support", "id", {},
    "Reply to the helpdesk's acknowledgement of a rename; the new request in the same thread is an enrolment problem.",
    date=D(9, 8, 13, 30), frm="Irwan Hakim <irwan.hakim@polibatam.ac.id>",
    subj="Re: [P4M-Helpdesk #2026-1342] Permintaan Anda telah kami terima",
    irt="<ack-2026-1342@helpdesk-p4m.polibatam.ac.id>",
    text="""Baik, terima kasih.

Ada satu lagi: 12 mahasiswa pindahan di kelas TM-2A belum terdaftar di course Mekanika Teknik, jadi mereka tidak bisa mengerjakan tugas. Daftar NIM saya kirim kalau diperlukan.

Irwan

Pada Sen, 7 Sep 2026 pukul 10.05 P4M Helpdesk <helpdesk-p4m@polibatam.ac.id> menulis:
> Yth. Bapak/Ibu,
> Permintaan Anda telah kami terima dengan nomor tiket #2026-1342
> (Perubahan Data Mata Kuliah: TM2201).
> Salam, P4M Helpdesk
""", cte="8bit")

msg("044-replacement-lecturer-not-enrolled", "elearning_support", "en", {},
    "A replacement lecturer cannot edit a course because she is not enrolled as a teacher; enrolment problem, not a course-data change.",
    date=D(9, 15, 9, 9), frm="Rebecca Hall <rebecca.hall@polibatam.ac.id>",
    subj="Can't edit the course I took over",
    text="""Hello again,

I'm the one replacing Mr Harun in Technical Writing this semester. I can see the course but only as a student, so I can't add materials or grade anything. Could you enrol me as a teacher?

Cheers,
Rebecca
""", flowed=True, cte="7bit")

msg("045-applemail-upload-too-large", "elearning_support", "en", {},
    "Upload size limit error from Apple Mail.",
    date=D(9, 21, 22, 40), frm="Kevin Anderson <k.anderson@polibatam.ac.id>",
    subj="Students can't upload their maps",
    text="""Hi,

Several students in Remote Sensing get "The file is too large" when they upload their GeoTIFF maps to the assignment. The files are about 120 MB each. Is there a way to raise the limit for this assignment only?

Kevin

Sent from my iPad
""", cte="quoted-printable")

msg("046-bbb-not-starting-mixed", "elearning_support", "mixed", {},
    "Virtual classroom does not start; code-switched.",
    date=D(9, 25, 7, 35), frm="Melati Kusuma <melati.k@polibatam.ac.id>",
    subj="BigBlueButton ga bisa join",
    text="""Pagi tim,

BigBlueButton di course saya dari tadi stuck di "Connecting..." terus, students juga ga bisa join. Kelas mulai 08.00, is there any quick fix? Sudah coba Chrome dan Firefox.

Thanks a lot,
Melati
""", cte="quoted-printable")

msg("047-quiz-timer-wrong", "elearning_support", "en", {},
    "Quiz closed before its time limit.",
    date=D(10, 2, 16, 18), frm="Priya Raman <priya.raman@polibatam.ac.id>",
    subj="Quiz closed 20 minutes early",
    text="""Dear Helpdesk,

My Digital Systems quiz had a 60-minute limit, but it auto-submitted for everyone after about 40 minutes. The settings look right to me. Can you check what happened and whether the attempts can be reopened?

Thanks,
Priya Raman
""", cte="7bit")

msg("048-enrolment-key-rejected", "elearning_support", "id", {},
    "Students are rejected with the enrolment key; support, not a key change.",
    date=D(10, 14, 11, 1), frm="Lestari Wulandari <lestari.w@polibatam.ac.id>",
    subj="Mahasiswa tidak bisa enrol",
    text="""Siang,

Mahasiswa AK-2AB tidak bisa masuk ke course Pengantar Akuntansi II, katanya kunci pendaftaran salah terus, padahal sudah saya kasih yang benar. Apa mungkin ada pengaturan yang berubah setelah kelas digabung?

Terima kasih,
Lestari
""", cte="7bit")

msg("049-gradebook-export-garbled", "elearning_support", "en", {},
    "Gradebook export problem.",
    date=D(10, 28, 14, 55), frm="Sarah Lim <sarah.lim@polibatam.ac.id>",
    subj="Gradebook export shows weird characters",
    text="""Hi team,

When I export the gradebook of Principles of Marketing to Excel, the student names with accents and all the column headers come out as strange symbols. The CSV option does the same. Any idea?

Thanks,
Sarah
""", flowed=True, cte="8bit")

msg("050-secretary-an-director-guest-account", "elearning_support", "id", {},
    "Secretary writing on behalf of the director asking for an e-learning account for a guest lecturer.",
    date=D(11, 2, 9, 40), frm="Sekretariat Direktur <sekdir@polibatam.ac.id>",
    subj="a.n. Direktur: pembuatan akun e-learning dosen tamu",
    text="""Yth. Tim Helpdesk P4M,

Atas nama Direktur, mohon dibuatkan akun e-learning untuk dosen tamu dari Universiti Teknologi Malaysia, Prof. Dr. Azman Ismail, yang akan mengajar kuliah tamu selama dua minggu mulai 9 November 2026. Alamat surel beliau: azman.ismail@utm.my.

Demikian, terima kasih.

a.n. Direktur
Sekretaris,
Dewi Anggraini
""", cte="quoted-printable")

# =================================================================== document_request (7)

msg("051-webform-rps-template", "document_request", "id", {},
    "Web-form paste asking for the RPS template.",
    date=D(8, 11, 10, 10), frm="Yosua Hutapea <yosua.h@polibatam.ac.id>",
    subj="[Form Layanan P4M] Permintaan Dokumen",
    text="""Nama Pemohon: Yosua Hutapea, S.Tr.T., M.Eng.
Unit/Prodi: Teknologi Rekayasa Mekatronika
Jenis Permintaan: Dokumen / Template
Uraian: Mohon dikirimkan template RPS terbaru (Kurikulum 2026, format OBE) dalam bentuk Word.
Keperluan: penyusunan RPS mata kuliah baru

-- 
Dikirim otomatis dari Formulir Layanan P4M (salinan untuk pemohon)
""", cte="8bit")

msg("052-translated-stiff-sop", "document_request", "id", {},
    "Machine-translated stiff Indonesian asking for the SOP.",
    date=D(8, 27, 14, 44), frm="Dr. Emily Carter <emily.carter@polibatam.ac.id>",
    subj="Permintaan untuk dokumen SOP",
    text="""Halo Tim,

Saya akan seperti untuk memperoleh salinan dari Prosedur Operasi Standar (SOP) untuk pembuatan kursus baru pada platform pembelajaran elektronik. Saya adalah baru di sini dan saya ingin untuk mengikuti aturan-aturan yang benar.

Jika mungkin, versi bahasa Inggris juga akan menjadi membantu.

Terima kasih Anda,
Emily Carter
""", cte="quoted-printable")

msg("053-secretary-an-director-manual-mutu", "document_request", "id", {},
    "Secretary on behalf of the director asking for quality documents.",
    date=D(9, 17, 8, 50), frm="Sekretariat Direktur <sekdir@polibatam.ac.id>",
    subj="a.n. Direktur: permintaan Manual Mutu dan Kebijakan SPMI",
    text="""Yth. Kepala P4M,

Atas nama Direktur, mohon dikirimkan dokumen Manual Mutu dan Kebijakan SPMI versi terbaru (PDF) untuk bahan rapat pimpinan hari Senin.

Terima kasih.

a.n. Direktur
Sekretaris,
Dewi Anggraini
""", cte="7bit")

msg("054-en-bap-form", "document_request", "en", {},
    "Asks for the BAP (lecture report) form.",
    date=D(9, 29, 12, 5), frm="Wong Kah Wai <kahwai.wong@polibatam.ac.id>",
    subj="BAP form?",
    text="""Hi,

The programme admin told me I must fill in a "BAP" after every session. Could you send me the form or template? An editable one would be great.

Thanks,
Kah Wai
""", cte="7bit")

msg("055-mixed-course-change-form", "document_request", "mixed", {},
    "Asks for the course-change form itself before sending a change.",
    date=D(10, 7, 15, 33), frm="Clara Situmorang <clara.s@polibatam.ac.id>",
    subj="form perubahan data course",
    text="""Hi P4M,

Boleh minta formulir perubahan data mata kuliah yang versi Word? Mau isi untuk beberapa course sekaligus, so it's easier kalau pakai form. Thanks ya!

Clara
""", cte="quoted-printable")

msg("056-voicenote-monitoring-form", "document_request", "id", {},
    "Voice-note transcription asking for a form.",
    date=D(10, 21, 6, 30), frm="Budi Santoso <budisantoso.polibatam@gmail.com>",
    subj="pesan suara",
    text="""helpdesk pak budi lagi saya minta formulir monitoring perkuliahan yang untuk akhir semester itu yang ada tanda tangan kaprodi tolong dikirim ke email ini ya terima kasih

Ditranskripsi oleh Perekam Suara
Dikirim dari ponsel Samsung Galaxy saya
""", cte="base64")

msg("057-asks-docx-or-pdf-chooses", "document_request", "mixed", {},
    "Asks for a template in one of two formats, then chooses one in the same mail.",
    date=D(11, 5, 10, 20), frm="Aditya Nugroho <aditya.n@polibatam.ac.id>",
    subj="template kontrak kuliah",
    text="""Hi P4M,

Ada template kontrak perkuliahan? Bisa kirim yang docx atau pdf? Eh, docx aja deh, biar bisa langsung saya edit.

Thanks,
Aditya
""", cte="7bit")

# =================================================================== other (7)

msg("058-course-activity-report", "other", "id", {},
    "Near-miss: asks for a course's activity statistics, changes nothing on the course.",
    date=D(8, 14, 9, 30), frm="Kaprodi Akuntansi <kaprodi.ak@polibatam.ac.id>",
    subj="Laporan aktivitas course Akuntansi Biaya",
    text="""Selamat pagi,

Untuk bahan evaluasi, bisakah kami mendapat laporan statistik/aktivitas course AK3205 Akuntansi Biaya selama semester lalu (jumlah login mahasiswa, tugas yang dikumpulkan, forum)? Format Excel cukup.

Terima kasih,
Kaprodi Akuntansi
""", cte="7bit")

msg("059-which-lecturer-teaches", "other", "en", {},
    "Near-miss: a student asks who teaches a course.",
    date=D(8, 22, 23, 12), frm="Min-jun Park <minjun.park@students.polibatam.ac.id>",
    subj="Who teaches Computer Networks?",
    text="""Hello,

I am an exchange student from Korea. Who is the lecturer of TI-3302 Computer Networks this semester? The course page does not show the name yet and I want to ask about the English materials.

Thank you,
Min-jun Park
""", cte="7bit")

msg("060-complaint-deadline-changed", "other", "id", {},
    "Near-miss: a student complains that a lecturer moved a deadline; not the helpdesk's change to make.",
    date=D(9, 19, 0, 14), frm="dimas rks <dimas.rks3a@gmail.com>",
    subj="komplain deadline tugas",
    text="""permisi kak admin

mau komplain, deadline tugas 3 di course kriptografi tiba2 dimajuin dosennya dari minggu jadi jumat, pengumumannya jumat siang. banyak yg ga sempet ngumpulin. bisa ga dibalikin deadline nya?

makasih kak
""", cte="8bit")

msg("061-reopen-siakad-grade-entry", "other", "id", {},
    "Near-miss: asks to reopen grade entry in SIAKAD, another office's system.",
    date=D(10, 16, 16, 2), frm="Hj. Nurhayati <nurhayati_68@yahoo.co.id>",
    subj="Buka kembali input nilai",
    text="""Assalamualaikum,

Mohon maaf, input nilai di SIAKAD untuk Manajemen Proyek sudah ditutup kemarin dan saya belum sempat memasukkan nilai perbaikan 3 mahasiswa. Mohon dibukakan kembali input nilainya.

Wassalam
Nurhayati
""", cte="quoted-printable", charset="windows-1252")

msg("062-training-certificate", "other", "mixed", {},
    "Near-miss: asks for a training certificate.",
    date=D(10, 23, 13, 47), frm="Rizky Pratama <rizky.pratama@polibatam.ac.id>",
    subj="sertifikat pelatihan Moodle advanced",
    text="""Hi P4M,

Saya ikut training "Moodle for Advanced Assessment" bulan lalu (3 hari, full attendance), tapi sertifikatnya belum masuk email. Bisa dikirim ulang? Needed for BKD.

Thanks,
Rizky
""", cte="7bit")

msg("063-workshop-proposal", "other", "en", {},
    "Near-miss: a proposal to run a workshop.",
    date=D(11, 10, 11, 25), frm="Prof. Daniel Weber <d.weber@polibatam.ac.id>",
    subj="Proposal: workshop on authentic assessment",
    text="""Dear colleagues at P4M,

I would be happy to run a half-day workshop on authentic assessment in engineering courses for interested lecturers, perhaps in January before the even semester starts. I could cover rubric design and peer assessment in Moodle workshops. Let me know whether this fits your training plan and whom I should talk to.

Best regards,
Daniel Weber
""", cte="quoted-printable", charset="iso-8859-1")

msg("064-answers-question-no-change-needed", "other", "id", {},
    "Near-miss: answers the unit's question by saying the change is no longer needed.",
    date=D(11, 12, 8, 3), frm="Ahmad Fauzi <ahmad.fauzi@polibatam.ac.id>",
    subj="Re: [P4M-Helpdesk #2026-1588] Konfirmasi nama mata kuliah baru",
    irt="<q-2026-1588@helpdesk-p4m.polibatam.ac.id>",
    text="""Tidak jadi diganti, namanya tetap seperti sekarang. Rapat prodi kemarin memutuskan begitu. Tiketnya boleh ditutup.

Ahmad

> Pada 11 Nov 2026, P4M Helpdesk menulis:
> Yth. Bapak Ahmad Fauzi, mohon konfirmasi nama baru mata kuliah
> yang Bapak minta diubah, karena belum tercantum di email sebelumnya.
""", cte="quoted-printable")

# =================================================================== auto (6)

msg("065-teams-invite-autoforwarded", "auto", "id", {},
    "A Teams meeting invitation forwarded automatically by a mailbox rule; no human request.",
    date=D(8, 9, 5, 1), frm="Wakil Direktur I <wadir1@polibatam.ac.id>",
    subj="FW: Rapat Koordinasi Persiapan Semester Ganjil",
    headers=[("Auto-Submitted", "auto-forwarded"), ("X-MS-Exchange-Inbox-Rules-Loop", "wadir1@polibatam.ac.id"),
             ("X-MS-Exchange-Generated-Message-Source", "Mailbox Rules Agent")],
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><i>Pesan ini diteruskan secara otomatis oleh aturan kotak surat.</i></p><hr>
<p><b>Dari:</b> Bagian Akademik<br><b>Dikirim:</b> Minggu, 09 Agustus 2026 04.58<br><b>Subjek:</b> Rapat Koordinasi Persiapan Semester Ganjil</p>
<div style="width:100%;height:20px;"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">________________________________________________________________________________</span></div>
<div style="margin-bottom:24px;overflow:hidden;white-space:nowrap;"><span style="font-size:24px;font-weight:700;color:#252424;">Rapat Microsoft Teams</span></div>
<div><span style="font-size:14px;font-weight:600;color:#252424;">Bergabung di komputer, aplikasi seluler, atau perangkat ruang</span></div>
<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmFrZQ%40thread.v2/0" style="font-size:14px;font-weight:600;color:#5B5FC7;">Klik di sini untuk bergabung ke rapat</a></div>
<div><span style="font-size:14px;color:#252424;">ID Rapat: 412 907 335 128<br>Kode Sandi: 7xQb2M</span></div>
<div><a href="https://aka.ms/JoinTeamsMeeting" style="font-size:14px;color:#5B5FC7;">Pelajari Lebih Lanjut</a> | <a href="https://teams.microsoft.com/meetingOptions/" style="font-size:14px;color:#5B5FC7;">Opsi rapat</a></div>
<div style="width:100%;height:20px;"><span style="white-space:nowrap;color:#5F5F5F;opacity:.36;">________________________________________________________________________________</span></div>
</body></html>""", cte="quoted-printable")

msg("066-zoom-cloud-recording", "auto", "en", {},
    "Zoom cloud-recording notice.",
    date=D(8, 29, 12, 17), frm="Zoom <no-reply@zoom.us>",
    subj="Cloud Recording - Sosialisasi E-Learning is now available",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
    text="""Hi P4M Helpdesk,

Your cloud recording is now available.

Topic: Sosialisasi E-Learning untuk Dosen Baru
Date: Aug 29, 2026 09:00 AM Jakarta

Click here to view the recording (for host only):
https://polibatam.zoom.us/rec/share/AbCdEfGh-placeholder

Share recording with viewers:
https://polibatam.zoom.us/rec/share/XyZ-placeholder  Passcode: 8#kLm2Qp

Thank you for choosing Zoom.
-The Zoom Team

This is an automated message. Please do not reply.
""", cte="quoted-printable")

msg("067-msforms-response-summary", "auto", "id", {},
    "Microsoft Forms response-summary notification in Indonesian.",
    date=D(9, 26, 3, 30), frm="Microsoft Forms <noreply@forms.office.com>",
    subj="Ringkasan mingguan: \"Survei Kepuasan Layanan Helpdesk P4M\"",
    headers=[("Auto-Submitted", "auto-generated")],
    html="""<html><body style="font-family:Segoe UI,sans-serif">
<h2>Survei Kepuasan Layanan Helpdesk P4M</h2>
<p>Formulir Anda menerima <b>37 tanggapan baru</b> minggu ini (total 214 tanggapan).</p>
<table><tr><td>Rata-rata waktu penyelesaian</td><td>06:12</td></tr>
<tr><td>Status</td><td>Aktif</td></tr></table>
<p><a href="https://forms.office.com/Pages/DesignPageV2.aspx?id=placeholder">Tampilkan hasil</a></p>
<p style="color:#666;font-size:11px">Anda menerima email ini karena Anda mengaktifkan pemberitahuan ringkasan untuk formulir ini. Berhenti berlangganan pemberitahuan dari halaman Pengaturan formulir.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p>
</body></html>""", cte="quoted-printable")

msg("068-antivirus-quarantine", "auto", "en", {},
    "Mail gateway antivirus quarantine notice.",
    date=D(10, 11, 2, 44), frm="Mail Security Gateway <postmaster@polibatam.ac.id>",
    subj="[Quarantine] Message held: virus detected in attachment",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Quarantine-ID", "Q-7f3a1c92e0")],
    text="""ANTIVIRUS QUARANTINE NOTICE

A message addressed to you was quarantined because it contains a threat.

  Recipient : helpdesk-p4m@polibatam.ac.id
  Sender    : invoice-update@secure-docs-mail.top
  Subject   : Outstanding invoice #88213
  Attachment: Invoice_88213.xlsm
  Threat    : Trojan.Downloader.VBA.Agent
  Action    : Quarantined (not delivered)

If you believe this is a false positive, contact the IT unit (UPT TIK) and quote the Quarantine ID above.
Quarantined items are deleted automatically after 14 days.

-- 
This notification was generated automatically. Do not reply.
""", cte="7bit")

msg("069-calendar-accepted-reply", "auto", "id", {},
    "Calendar 'accepted' reply with a text/calendar METHOD:REPLY attachment.",
    date=D(10, 20, 9, 12), frm="Ahmad Fauzi <ahmad.fauzi@polibatam.ac.id>",
    subj="Diterima: Pelatihan Penyusunan Soal Kuis di E-Learning",
    headers=[("Auto-Submitted", "auto-replied")],
    text="""Ahmad Fauzi telah menerima undangan ini.

Pelatihan Penyusunan Soal Kuis di E-Learning
Kamis, 22 Oktober 2026 09.00 - 12.00 (WIB)
Ruang Rapat P4M
""", cte="quoted-printable",
    atts=[("file", ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
                    "METHOD:REPLY\r\nBEGIN:VEVENT\r\nDTSTART:20261022T020000Z\r\nDTEND:20261022T050000Z\r\n"
                    "UID:p4m-pelatihan-kuis-20261022@polibatam.ac.id\r\n"
                    "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Ahmad Fauzi:mailto:ahmad.fauzi@polibatam.ac.id\r\n"
                    "SUMMARY:Pelatihan Penyusunan Soal Kuis di E-Learning\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\n"
                    "END:VEVENT\r\nEND:VCALENDAR\r\n").encode(), ("text", "calendar"), "invite.ics")])

msg("070-moodle-new-message-digest", "auto", "id", {},
    "Moodle 'new message' digest from noreply.",
    date=D(11, 18, 19, 0), frm="E-Learning Polibatam (via E-Learning) <noreply@learning.polibatam.ac.id>",
    subj="Anda memiliki 3 pesan baru yang belum dibaca",
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
             ("List-Unsubscribe", "<https://learning.polibatam.ac.id/message/notificationpreferences.php>")],
    text="""Halo P4M Helpdesk,

Anda memiliki 3 pesan baru di E-Learning Polibatam:

- Fajar Ramadhan (2 pesan): "kak, kapan quiz bisa dibuka lagi?"
- Siti Aminah (1 pesan): "terima kasih kak sudah dibantu"

Buka pesan: https://learning.polibatam.ac.id/message/index.php

---------------------------------------------------------------------
Ini adalah email otomatis dari E-Learning Polibatam. Untuk mengubah
preferensi notifikasi, kunjungi:
https://learning.polibatam.ac.id/message/notificationpreferences.php
""", cte="quoted-printable")


# =================================================================== main
EXPECT_TYPES = {"course_data": 22, "announcement": 16, "elearning_support": 12, "document_request": 7,
                "other": 7, "auto": 6}
EXPECT_LANGS = {"id": 40, "en": 18, "mixed": 12}


def run():
    failures = []
    outputs = {}
    labels = {}
    tcount, lcount = {}, {}
    for i, (slug, type_, lang, fields, note, kw) in enumerate(MAILS, 1):
        if not slug.startswith("%03d-" % i):
            failures.append("%s: out of order" % slug)
        m = build(slug, **kw)
        raw = m.as_bytes(policy=SMTP)
        errs = check(slug, raw, m, type_, lang, fields)
        failures.extend("%s: %s" % (slug, e) for e in errs)
        name = slug + ".eml"
        outputs[name] = raw
        labels[name] = {"type": type_, "lang": lang, "fields": fields, "note": note}
        tcount[type_] = tcount.get(type_, 0) + 1
        lcount[lang] = lcount.get(lang, 0) + 1
    if len(MAILS) != 70:
        failures.append("expected 70 mails, got %d" % len(MAILS))
    if tcount != EXPECT_TYPES:
        failures.append("type mix %r" % tcount)
    if lcount != EXPECT_LANGS:
        failures.append("lang mix %r" % lcount)
    if failures:
        for f in failures:
            print("FAIL", f, file=sys.stderr)
        sys.exit(1)
    for name, raw in outputs.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2, sort_keys=True)
        fh.write("\n")
    print("wrote %d mails; types %s; langs %s" % (len(outputs), json.dumps(tcount, sort_keys=True),
                                                 json.dumps(lcount, sort_keys=True)))


if __name__ == "__main__":
    run()

#!/usr/bin/env python3
"""Generator of tuning corpus tune37, formerly held-out part21 (standard library only, deterministic).

Writes 001-<slug>.eml .. 070-<slug>.eml and labels.json next to itself,
after checking every message. Exits non-zero on any failure.
"""
import datetime as _dt
import email
import email.utils
import hashlib
import html as _html
import io
import json
import os
import re
import sys
import zipfile
from email.message import EmailMessage
from email.policy import default as _DEFAULT

HERE = os.path.dirname(os.path.abspath(__file__))
POL = _DEFAULT.clone(linesep="\r\n")
HD = "helpdesk-p4m@polibatam.ac.id"
MAILS = []


def tz(h, m=0):
    return _dt.timezone(_dt.timedelta(hours=h, minutes=m))


WIB = tz(7)


def D(y, mo, d, h, mi, zone=WIB):
    return _dt.datetime(y, mo, d, h, mi, 0, tzinfo=zone)


def hx(s, n=16):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def docx(paragraphs):
    """Minimal DOCX; paragraphs is a list of strings."""
    body = "".join(
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _html.escape(p, quote=False)
        for p in paragraphs)
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
         + body + '</w:body></w:document>'),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def mail(slug, frm, to, subject, date, text=None, html=None, cte=None, hcte=None,
         charset="utf-8", cc=None, headers=(), atts=(), rfc822=None, flowed=False,
         reply_to=None, in_reply_to=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = email.utils.format_datetime(date)
    m["Message-ID"] = "<%s.%s@%s>" % (hx(slug), hx(slug + "m", 8),
                                      frm.split("@")[-1].strip(">").strip() if "@" in frm else "localhost")
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in headers:
        m[k] = v
    if text is not None:
        kw = {}
        if flowed:
            kw["params"] = {"format": "flowed"}
        m.set_content(text, subtype="plain", charset=charset, cte=cte, **kw)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte=hcte or cte)
    else:
        m.set_content(html, subtype="html", charset=charset, cte=hcte or cte)
    for fn, mt, data in atts:
        ma, su = mt.split("/")
        if ma == "text":
            m.add_attachment(data.decode("utf-8"), subtype=su, filename=fn)
        else:
            m.add_attachment(data, maintype=ma, subtype=su, filename=fn)
    if rfc822 is not None:
        m.add_attachment(rfc822)
    i = 0
    for part in m.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part21_%s_%d" % (hx(slug, 12), i))
            i += 1
    return m, date, subject


def add(slug, typ, lang, fields, note, built):
    MAILS.append((slug, typ, lang, fields, note, built))


# ---------------------------------------------------------------- checks
def _strip(h):
    h = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return _html.unescape(h)


def _texts(msg):
    out = []
    for part in msg.walk():
        if part.get("Subject"):
            out.append(str(part["Subject"]))
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "text/plain" or ct == "text/calendar":
            out.append(part.get_content())
        elif ct == "text/html":
            c = part.get_content()
            out.append(c)
            out.append(_strip(c))
        elif ct.endswith("wordprocessingml.document"):
            z = zipfile.ZipFile(io.BytesIO(part.get_content()))
            x = z.read("word/document.xml").decode("utf-8")
            out.append(_html.unescape(re.sub(r"</w:p>", "\n", x)).replace("\n", "\n"))
            out.append(_html.unescape(re.sub(r"<[^>]+>", "", re.sub(r"</w:p>", "\n", x))))
    return out


def check(name, raw, date, subject, fields):
    errs = []
    if re.search(rb"(?<!\r)\n", raw):
        errs.append("bare LF")
    msg = email.message_from_bytes(raw, policy=_DEFAULT)
    for part in msg.walk():
        if part.defects:
            errs.append("defects %r" % part.defects)
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append("header defects %s %r" % (k, v.defects))
        if not part.is_multipart() and part.get_content_disposition() == "attachment":
            if len(part.get_payload(decode=True) or b"") > 30 * 1024:
                errs.append("attachment too big")
    if str(msg["Subject"]) != subject:
        errs.append("subject round trip")
    pd = msg["Date"].datetime
    if pd != date:
        errs.append("date round trip")
    wd = str(msg["Date"]).split(",")[0]
    if wd != date.strftime("%a") or wd != ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][date.weekday()]:
        errs.append("weekday")
    lo, hi = D(2026, 8, 1, 0, 0), D(2026, 11, 28, 23, 59)
    if not (lo <= date <= hi):
        errs.append("date out of range")
    texts = _texts(msg)
    blob = "\n".join(texts)
    nblob = re.sub(r"\s+", " ", blob)
    vals = []
    for k, v in fields.items():
        if k in ("publish_at", "scope"):
            continue
        if isinstance(v, dict):
            vals.extend(v.values())
        else:
            vals.append(v)
    for v in vals:
        if v not in blob and re.sub(r"\s+", " ", v) not in nblob:
            errs.append("value not found: %r" % v)
    if "publish_at" in fields:
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?\+07:00", fields["publish_at"]):
            errs.append("publish_at format")
    return errs


def main():
    want_types = {"course_data": 22, "announcement": 16, "elearning_support": 12,
                  "document_request": 7, "other": 7, "auto": 6}
    want_langs = {"id": 40, "en": 18, "mixed": 12}
    if len(MAILS) != 70:
        print("need 70 mails, have", len(MAILS))
        return 1
    labels = {}
    outs = []
    bad = 0
    slugs = set()
    for i, (slug, typ, lang, fields, note, built) in enumerate(MAILS, 1):
        if slug in slugs:
            print("dup slug", slug)
            bad += 1
        slugs.add(slug)
        msg, date, subject = built
        name = "%03d-%s.eml" % (i, slug)
        raw = msg.as_bytes(policy=POL)
        errs = check(name, raw, date, subject, fields)
        if typ not in ("course_data", "announcement") and fields:
            errs.append("fields on non-field type")
        if typ == "announcement" and fields.get("scope") not in ("course", "site"):
            errs.append("scope")
        if errs:
            bad += 1
            print(name, errs)
        labels[name] = {"type": typ, "lang": lang, "fields": fields, "note": note}
        outs.append((name, raw))
    tc, lc = {}, {}
    for v in labels.values():
        tc[v["type"]] = tc.get(v["type"], 0) + 1
        lc[v["lang"]] = lc.get(v["lang"], 0) + 1
    if tc != want_types or lc != want_langs:
        print("mix", tc, lc)
        bad += 1
    if bad:
        return 1
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    for name, raw in outs:
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote", len(outs), tc, lc)
    return 0


# ================================================================ mails
#MAILS_BELOW

# 001 course_data id - shared prodi account, signed by another person
add("gmail-shared-prodi-account-rename", "course_data", "id",
    {"course_code": "TRE3205", "course_name": "Sistem Kendali Digital",
     "changes": {"fullname": "Sistem Kontrol Digital Lanjut"}},
    "Sent from the programme's shared account but signed by an individual lecturer.",
    mail("gmail-shared-prodi-account-rename",
         "Prodi Teknik Rekayasa Elektronika <prodi.tre@polibatam.ac.id>", HD,
         "Perubahan nama MK di e-learning", D(2026, 8, 4, 9, 12),
         text="""Selamat pagi tim P4M,

Saya menulis dari email prodi karena email pribadi saya sedang bermasalah.

Mohon bantuan untuk mengganti nama mata kuliah TRE3205 Sistem Kendali Digital
di e-learning menjadi "Sistem Kontrol Digital Lanjut", menyesuaikan kurikulum
baru yang berlaku mulai semester ini.

Kalau perlu konfirmasi, bisa langsung ke saya di 0812-7001-4432 (WA).

Terima kasih banyak.

Salam,
Rizky Amalia Putri, S.T., M.T.
Dosen Prodi TRE
---
Program Studi Teknik Rekayasa Elektronika
Jurusan Teknik Elektro - Politeknik Negeri Batam
"""))

# 002 course_data en - Google-Translate English, lecturer change with long titles, Outlook new HTML
add("outlook-new-html-google-translate-lecturer", "course_data", "en",
    {"course_code": "MNJ2104", "course_name": "Manajemen Rantai Pasok",
     "changes": {"lecturer": "Dr. Ir. Hj. Sri Wahyuningsih Lubis, S.E., M.M., CSCP"}},
    "Google-Translate English with literal idioms; the old lecturer is also named.",
    mail("outlook-new-html-google-translate-lecturer",
         "Hendra Saputra <hendra.saputra@polibatam.ac.id>", HD,
         "Asking help for exchange lecturer of course", D(2026, 8, 6, 14, 3),
         text="""Good afternoon Mr/Mrs Helpdesk,

Hopefully you are always in a state of health. I want to ask for help to exchange the lecturer of the course MNJ2104 Manajemen Rantai Pasok in the e-learning.

Before the lecturer is me, Hendra Saputra, S.T., M.M., but now I am moved to hold other course by the head of the department. The new lecturer who will replace is Dr. Ir. Hj. Sri Wahyuningsih Lubis, S.E., M.M., CSCP.

Please the help, because the lecture already will start next week and the students are still looking my name. For the attention and the cooperation I say many thanks.

Regards,
Hendra Saputra
""",
         html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>
<body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Good afternoon Mr/Mrs Helpdesk,</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Hopefully you are always in a state of health. I want to ask for help to exchange the lecturer of the course MNJ2104 Manajemen Rantai Pasok in the e-learning.</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Before the lecturer is me, Hendra Saputra, S.T., M.M., but now I am moved to hold other course by the head of the department. The new lecturer who will replace is <b>Dr. Ir. Hj. Sri Wahyuningsih Lubis, S.E., M.M., CSCP</b>.</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Please the help, because the lecture already will start next week and the students are still looking my name. For the attention and the cooperation I say many thanks.</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br></div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Regards,<br>Hendra Saputra</div>
</body></html>
""", cte="quoted-printable"))

# 003 announcement id - makeup classes, "Jumat pekan depan pukul 07.00"
add("thunderbird-makeup-class-next-friday", "announcement", "id",
    {"course_code": "IF2203", "course_name": "Struktur Data", "title": "Jadwal Kuliah Pengganti Struktur Data Kelas IF-2B Malam",
     "scope": "course", "publish_at": "2026-08-14T07:00:00+07:00"},
    "Mail dated Wed 5 Aug; 'Jumat pekan depan' read as Friday 14 Aug; the Saturday 19.00 times are the makeup classes themselves.",
    mail("thunderbird-makeup-class-next-friday",
         "Yosua Simanjuntak <yosua@polibatam.ac.id>", HD,
         "Pengumuman kuliah pengganti IF2203", D(2026, 8, 5, 16, 40),
         text="""Sore,

Tolong dibuatkan pengumuman di course IF2203 Struktur Data, khusus kelas
IF-2B Malam saja (kelas pagi tidak perlu).

Judul: Jadwal Kuliah Pengganti Struktur Data Kelas IF-2B Malam

Isi:
Kuliah tanggal 11 dan 13 Agustus diganti karena saya dinas luar. Kuliah
pengganti dilaksanakan Sabtu 22 Agustus dan Sabtu 29 Agustus 2026,
pukul 19.00-21.30 WIB di ruang GU 704. Presensi tetap lewat e-learning.

Tolong ditayangkan Jumat pekan depan pukul 07.00 ya, jangan sekarang
karena masih nunggu konfirmasi ruang.

Makasih,
Yosua
""", flowed=True))

# 004 elearning_support id - OTP / two-factor confusion
add("iphone-otp-code-not-arriving", "elearning_support", "id", {},
    "Two-factor / OTP confusion at login.",
    mail("iphone-otp-code-not-arriving",
         "Nur Fadhilah <nurfadhilah.dosen@gmail.com>", HD,
         "Kode OTP tidak masuk", D(2026, 8, 7, 7, 51),
         text="""Assalamualaikum,

Pagi ini waktu login ke e-learning saya diminta kode verifikasi 6 digit. Katanya dikirim ke email, tapi sudah 20 menit tidak ada yang masuk, di spam juga tidak ada. Saya coba pakai kode dari Google Authenticator (yang biasa buat SIAKAD) katanya salah.

Sebenarnya kodenya dikirim ke email yang mana ya? Email kampus saya nurfadhilah@polibatam.ac.id. Jam 9 saya ada kuliah dan harus buka kuis.

Wassalam
Nur Fadhilah

Dikirim dari iPhone saya
""", cte="base64"))

# 005 course_data mixed - same request twice, Indonesian then English, ProtonMail
add("protonmail-bilingual-enrolment-key", "course_data", "mixed",
    {"course_code": "AK3102", "course_name": "Akuntansi Biaya",
     "changes": {"enrolment_key": "Rembulan2026"}},
    "The same request is written twice, in Indonesian and in English; the key looks like a word.",
    mail("protonmail-bilingual-enrolment-key",
         "Maria Goretti Sinaga <mgsinaga@proton.me>", HD,
         "Enrolment key AK3102 / Kunci pendaftaran", D(2026, 8, 10, 10, 2),
         text="""[ID]
Yth. Helpdesk P4M,
Mohon bantuan mengganti kunci pendaftaran (enrolment key) mata kuliah AK3102 Akuntansi Biaya menjadi: Rembulan2026
Kunci lama sudah tersebar ke angkatan sebelumnya.

[EN]
Dear P4M Helpdesk,
Please change the enrolment key of the course AK3102 Akuntansi Biaya to: Rembulan2026
The old key has been shared with last year's students.

Terima kasih / Thank you,
Maria Goretti Sinaga, S.E., M.Ak.
Akuntansi Manajerial

Sent with Proton Mail secure email.
""",
         html="""<div style="font-family: Arial, sans-serif; font-size: 14px;">[ID]<br>Yth. Helpdesk P4M,<br>Mohon bantuan mengganti kunci pendaftaran (enrolment key) mata kuliah AK3102 Akuntansi Biaya menjadi: <b>Rembulan2026</b><br>Kunci lama sudah tersebar ke angkatan sebelumnya.</div><div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div><div style="font-family: Arial, sans-serif; font-size: 14px;">[EN]<br>Dear P4M Helpdesk,<br>Please change the enrolment key of the course AK3102 Akuntansi Biaya to: <b>Rembulan2026</b><br>The old key has been shared with last year's students.</div><div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div><div style="font-family: Arial, sans-serif; font-size: 14px;">Terima kasih / Thank you,<br>Maria Goretti Sinaga, S.E., M.Ak.<br>Akuntansi Manajerial</div>
<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;"><div class="protonmail_signature_block-proton">Sent with <a target="_blank" href="https://proton.me/" rel="noopener noreferrer">Proton Mail</a> secure email.</div></div>
""", cte="quoted-printable"))

# 006 announcement en - lab closure for a programme, "tomorrow at noon"
add("fastmail-lab-closure-noon", "announcement", "en",
    {"title": "Closure of the CNC Machining Lab (TM-Lab 2)", "scope": "site",
     "publish_at": "2026-08-12T12:00:00+07:00"},
    "For all Mechanical Engineering students (a programme, not one course); 'tomorrow at noon' from Tue 11 Aug; the 17-28 Aug dates are the closure.",
    mail("fastmail-lab-closure-noon",
         "Daniel Ochieng <d.ochieng@fastmail.com>", HD,
         "Announcement request - lab closure", D(2026, 8, 11, 15, 20),
         text="""Hi team,

Could you please put up an announcement for all Mechanical Engineering
students (every class in the programme, not just mine)?

Title: Closure of the CNC Machining Lab (TM-Lab 2)

Text: The CNC Machining Lab will be closed from 17 August to 28 August
2026 for spindle replacement and calibration. Practical sessions in
that period move to the Workshop Hall; your lab instructor will share
the new groups. Logbooks are due on 31 August as usual.

Please publish it tomorrow at noon, after the lab coordinators' meeting.

Thanks a lot,
Daniel Ochieng
Visiting Lecturer, Mechanical Engineering
(I'm using my personal address, the campus one isn't activated yet)
"""))

# 007 course_data id - head of department ACC top-posted over the lecturer's request (iOS)
add("ios-kajur-acc-toppost-class-shift", "course_data", "id",
    {"course_code": "TRPL2107", "course_name": "Basis Data Lanjut",
     "changes": {"class": "TRPL 2C Malam (Karyawan)"}},
    "The head of department's 'ACC, mohon diproses' is top-posted; the request itself is the quoted lecturer mail.",
    mail("ios-kajur-acc-toppost-class-shift",
         "\"Dr. Ahmad Fauzi\" <ahmad.fauzi@polibatam.ac.id>", HD,
         "Fwd: Permohonan perubahan kelas MK Basis Data Lanjut", D(2026, 8, 12, 6, 47),
         cc="Ratna Dewi <ratnadewi@polibatam.ac.id>",
         text="""ACC, mohon diproses.

Dikirim dari iPhone saya

Awal pesan yang diteruskan:

> Dari: Ratna Dewi <ratnadewi@polibatam.ac.id>
> Tanggal: 11 Agustus 2026 pukul 21.15.32 WIB
> Ke: Dr. Ahmad Fauzi <ahmad.fauzi@polibatam.ac.id>
> Subjek: Permohonan perubahan kelas MK Basis Data Lanjut
>
> Yth. Bapak Kajur,
>
> Mohon persetujuan Bapak untuk perubahan kelas pada course TRPL2107 Basis
> Data Lanjut di e-learning. Saat ini tercatat kelas TRPL 2A Pagi, padahal
> sesuai jadwal baru saya mengajar kelas TRPL 2C Malam (Karyawan).
>
> Mohon diteruskan ke P4M bila Bapak setuju.
>
> Hormat saya,
> Ratna Dewi, M.Kom.
""", cte="quoted-printable"))

# 008 other id - near-miss: moving a student between classes (SIAKAD)
add("roundcube-move-student-between-classes", "other", "id", {},
    "Near-miss: moving a student to another class is a SIAKAD/academic-administration matter, not an e-learning course change.",
    mail("roundcube-move-student-between-classes",
         "Siti Rahmawati <sitirahma@polibatam.ac.id>", HD,
         "Pindah kelas mahasiswa", D(2026, 8, 13, 11, 8),
         text="""Selamat siang,

Ada mahasiswa saya, Andika Pratama (NIM 4312401077), yang minta pindah dari
kelas Akuntansi 1A ke kelas 1B karena bentrok dengan jadwal kerja. Apakah
bisa dipindahkan di sistem? Di SIAKAD dia masih tercatat di 1A, jadi nilai
nanti masuknya ke kelas mana ya?

Mohon arahannya, apakah ini ke P4M atau ke bagian akademik.

Terima kasih
Siti Rahmawati
"""))

# 009 course_data mixed - reply-all on an old unrelated thread, short name with underscores (Spark)
add("spark-replyall-old-thread-shortname", "course_data", "mixed",
    {"course_code": "EL2201", "course_name": "Elektronika Daya",
     "changes": {"shortname": "EL2201_ElDaya_2026_Ganjil"}},
    "Reply-all on an old meeting-invitation thread; the subject is unrelated to the request.",
    mail("spark-replyall-old-thread-shortname",
         "Bayu Aji Nugroho <bayu.aji@polibatam.ac.id>",
         "Rapat Kurikulum TE <kurikulum.te@polibatam.ac.id>, " + HD,
         "Re: Undangan rapat evaluasi kurikulum TE", D(2026, 8, 14, 13, 25),
         in_reply_to="<undangan-rapat-0712@polibatam.ac.id>",
         text="""Halo semua, sorry numpang di thread ini, sekalian ke helpdesk P4M (ada di cc).

Helpdesk: untuk course EL2201 Elektronika Daya, tolong short name-nya diganti jadi EL2201_ElDaya_2026_Ganjil ya. Yang sekarang masih short name lama dari 2024, jadi students suka bingung waktu search di dashboard.

Thanks!
Bayu

Sent with Spark
On 2 Jul 2026 at 08:12 +0700, Sekretariat Jurusan TE <jurusan.te@polibatam.ac.id>, wrote:
> Yth. Bapak/Ibu Dosen Jurusan Teknik Elektro,
>
> Mengundang Bapak/Ibu untuk hadir pada rapat evaluasi kurikulum
> hari Jumat, 10 Juli 2026 pukul 09.00 WIB di Ruang Rapat TE.
>
> Terima kasih.
> Sekretariat Jurusan TE
"""))

# 010 course_data id - course identified only by name, semester "Ganjil 2026/2027" (Mailspring)
add("mailspring-name-only-semester", "course_data", "id",
    {"course_name": "Etika Profesi",
     "changes": {"semester": "Ganjil 2026/2027"}},
    "Course given only by name, no code.",
    mail("mailspring-name-only-semester",
         "Lukas Hutapea <lukas.hutapea@polibatam.ac.id>", HD,
         "course Etika Profesi masih semester lama", D(2026, 8, 17, 20, 33),
         text="""Malam admin,

Course saya Etika Profesi di e-learning masih tertulis semester Genap 2025/2026. Mohon diubah ke Ganjil 2026/2027 karena dipakai lagi semester ini.

Terima kasih.

Lukas Hutapea

Sent from Mailspring
"""))

# 011 course_data en - Korean exchange staff, code only, YYYY.MM.DD, credits theory/practice split (Fastmail)
add("fastmail-korean-code-only-credits", "course_data", "en",
    {"course_code": "MK-3305",
     "changes": {"credits": "3 credits (1 theory + 2 practice)"}},
    "Course identified only by its code; dates written YYYY.MM.DD.",
    mail("fastmail-korean-code-only-credits",
         "Kim Ji-hoon <jihoon.kim@fastmail.com>", HD,
         "Credit of course MK-3305", D(2026, 8, 18, 10, 5),
         text="""Dear helpdesk staff,

I am Kim Ji-hoon, exchange lecturer from Dongseo University, teaching in
Mechatronics from 2026.08.17 until 2027.01.15.

In the e-learning, the course MK-3305 shows 2 credits. But the
curriculum document I received on 2026.08.14 says it is 3 credits (1
theory + 2 practice). Please change it to:

  3 credits (1 theory + 2 practice)

I am sorry for my English. Thank you very much for your help.

Best regards,
Kim Ji-hoon
"""))

# 012 announcement id - thesis defence schedule, "10/12 jam 7 malam"
add("gmail-sidang-ta-daymonth-evening", "announcement", "id",
    {"title": "Jadwal Sidang Tugas Akhir Prodi Teknik Informatika Gelombang II", "scope": "site",
     "publish_at": "2026-12-10T19:00:00+07:00"},
    "For the Informatics programme's final-year students; '10/12 jam 7 malam' is the publish time, the 14-18 Dec dates are the defences and 12 Dec is the deadline.",
    mail("gmail-sidang-ta-daymonth-evening",
         "Koordinator TA Informatika <ta.informatika@polibatam.ac.id>", HD,
         "Minta tolong tayangkan jadwal sidang TA", D(2026, 11, 23, 15, 44),
         text="""Siang mas/mbak helpdesk,

Minta tolong tayangkan pengumuman untuk seluruh mahasiswa tingkat akhir prodi Teknik Informatika ya.

Judul: Jadwal Sidang Tugas Akhir Prodi Teknik Informatika Gelombang II

Sidang TA gelombang II dilaksanakan 14-18 Desember 2026 di ruang sidang lantai 7 Gedung Utama. Draf laporan final diunggah paling lambat 12 Desember 2026 pukul 23.59. Jadwal per mahasiswa menyusul di lampiran pengumuman.

Tayang 10/12 jam 7 malam, setelah jadwal diverifikasi kaprodi.

Trims,
Agus Salim
(koordinator TA, kirim dari akun bersama)
""",
         html="""<div dir="ltr">Siang mas/mbak helpdesk,<div><br></div><div>Minta tolong tayangkan pengumuman untuk seluruh mahasiswa tingkat akhir prodi Teknik Informatika ya.</div><div><br></div><div>Judul: Jadwal Sidang Tugas Akhir Prodi Teknik Informatika Gelombang II</div><div><br></div><div>Sidang TA gelombang II dilaksanakan 14-18 Desember 2026 di ruang sidang lantai 7 Gedung Utama. Draf laporan final diunggah paling lambat 12 Desember 2026 pukul 23.59. Jadwal per mahasiswa menyusul di lampiran pengumuman.</div><div><br></div><div>Tayang 10/12 jam 7 malam, setelah jadwal diverifikasi kaprodi.</div><div><br></div><div>Trims,</div><div>Agus Salim</div><div>(koordinator TA, kirim dari akun bersama)</div></div>
"""))

# 013 document_request id - RPS template in English, asked in Indonesian
add("gmail-rps-template-english", "document_request", "id", {},
    "Asks for the English version of the RPS (lesson-plan) template.",
    mail("gmail-rps-template-english",
         "Dewi Kartika Sari <dewikartika@polibatam.ac.id>", HD,
         "Template RPS versi bahasa Inggris", D(2026, 8, 19, 8, 30),
         text="""Selamat pagi Bapak/Ibu,

Prodi kami sedang menyiapkan kelas internasional dan RPS harus dalam bahasa Inggris. Apakah P4M punya template RPS versi bahasa Inggris (format terbaru yang sesuai OBE)? Kalau ada, mohon dikirimkan file Word-nya.

Terima kasih.

Dewi Kartika Sari
Prodi Bisnis Digital
"""))

# 014 course_data id - Malaysian partner, Malay spelling (pensyarah, kursus), lecturer change, HTML with only <br>
add("html-br-only-malaysian-pensyarah", "course_data", "id",
    {"course_code": "KKP2013", "course_name": "Pengurusan Projek Kejuruteraan",
     "changes": {"lecturer": "Ts. Dr. Mohd Faizal bin Abdul Rahman"}},
    "Malaysian Malay (kursus, pensyarah, tarikh, sila) from a partner institution; lang labelled id as the nearest.",
    mail("html-br-only-malaysian-pensyarah",
         "Norhayati binti Ismail <norhayati@pkb.edu.my>", HD,
         "Pertukaran pensyarah kursus KKP2013", D(2026, 8, 20, 11, 17, tz(8)),
         html="""<html><body style="font-family:Tahoma;font-size:10pt">Assalamualaikum dan salam sejahtera,<br><br>Tuan/Puan,<br><br>Merujuk kepada program pertukaran pensyarah antara Politeknik Kota Bharu dan Politeknik Negeri Batam, sila buat pertukaran pensyarah bagi kursus KKP2013 Pengurusan Projek Kejuruteraan dalam sistem e-pembelajaran tuan/puan.<br><br>Pensyarah asal: Puan Rosmah binti Yusof (bercuti bersalin)<br>Pensyarah baharu: Ts. Dr. Mohd Faizal bin Abdul Rahman<br><br>Pertukaran ini berkuat kuasa mulai tarikh 24 Ogos 2026. Kerjasama pihak tuan/puan amatlah dihargai.<br><br>Sekian, terima kasih.<br><br>"BERKHIDMAT UNTUK NEGARA"<br><br>Norhayati binti Ismail<br>Unit Hubungan Antarabangsa<br>Politeknik Kota Bharu<br></body></html>
""", cte="quoted-printable"))

# 015 elearning_support en - Korean staff, course copied from last year missing
add("gmail-korean-course-copy-missing", "elearning_support", "en", {},
    "A course that should have been copied from last year does not appear.",
    mail("gmail-korean-course-copy-missing",
         "Park Soo-yeon <sooyeon.park@polibatam.ac.id>", HD,
         "Last year course is not appear", D(2026, 8, 21, 9, 41),
         text="""Hello,

Last semester (until 2026.06.30) I taught "Korean Language for Industry" and the academic office told me the course will be copied to this semester automatically, with all materials and quizzes.

Today (2026.08.21) I log in and I can see only empty course, no materials. The old course is also not in my dashboard anymore. Did something go wrong with the copy? My first class is on 2026.08.25.

Thank you,
Park Soo-yeon
Language Center
"""))

# 016 course_data id - Islamic opening/closing, several-sentence summary
add("gmail-islamic-summary-several-sentences", "course_data", "id",
    {"course_code": "PAI1001", "course_name": "Pendidikan Agama Islam",
     "changes": {"summary": "Mata kuliah ini membahas dasar-dasar akidah, ibadah, dan akhlak dalam kehidupan seorang profesional. Mahasiswa diajak mengaitkan nilai-nilai Islam dengan etika kerja di industri. Penilaian terdiri atas tugas refleksi, presentasi kelompok, dan ujian akhir."}},
    "Islamic opening and closing; the new summary is three sentences.",
    mail("gmail-islamic-summary-several-sentences",
         "Ustadz Ridwan Hakim <ridwan.hakim@polibatam.ac.id>", HD,
         "Mohon ubah deskripsi mata kuliah PAI1001", D(2026, 8, 24, 8, 5),
         text="""Assalamu'alaikum warahmatullahi wabarakatuh,

Bismillah. Semoga Bapak/Ibu tim P4M senantiasa dalam lindungan Allah SWT.

Mohon izin meminta bantuan mengganti ringkasan (deskripsi) mata kuliah PAI1001 Pendidikan Agama Islam di e-learning dengan teks berikut:

"Mata kuliah ini membahas dasar-dasar akidah, ibadah, dan akhlak dalam kehidupan seorang profesional. Mahasiswa diajak mengaitkan nilai-nilai Islam dengan etika kerja di industri. Penilaian terdiri atas tugas refleksi, presentasi kelompok, dan ujian akhir."

Jazakumullahu khairan atas bantuannya.

Wassalamu'alaikum warahmatullahi wabarakatuh,

Ridwan Hakim, Lc., M.Pd.I.
Dosen MKU
"""))

# 017 auto id - Moodle course backup completion notice
add("moodle-backup-completed-notice", "auto", "id", {},
    "Moodle no-reply notice that an automated course backup finished.",
    mail("moodle-backup-completed-notice",
         "E-Learning Polibatam (noreply) <noreply@learning-if.polibatam.ac.id>", HD,
         "Pencadangan mata kuliah selesai: TRPL2107", D(2026, 8, 25, 2, 14),
         headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
                  ("X-Moodle-Originating-Script", "cron")],
         text="""Halo Admin P4M,

Pencadangan (backup) mata kuliah yang Anda jadwalkan telah selesai.

Mata kuliah   : TRPL2107 - Basis Data Lanjut
Berkas        : backup-moodle2-course-1187-trpl2107-20260825-0200.mbz
Ukuran        : 412,6 MB
Status        : Berhasil

Anda dapat mengunduh berkas cadangan melalui Administrasi situs >
Mata kuliah > Cadangan.

--
Pesan ini dikirim otomatis oleh E-Learning Polibatam. Mohon tidak
membalas email ini.
""",
         html="""<html><body><p>Halo Admin P4M,</p><p>Pencadangan (backup) mata kuliah yang Anda jadwalkan telah selesai.</p><table><tr><td>Mata kuliah</td><td>TRPL2107 - Basis Data Lanjut</td></tr><tr><td>Berkas</td><td>backup-moodle2-course-1187-trpl2107-20260825-0200.mbz</td></tr><tr><td>Ukuran</td><td>412,6 MB</td></tr><tr><td>Status</td><td>Berhasil</td></tr></table><p>Anda dapat mengunduh berkas cadangan melalui Administrasi situs &gt; Mata kuliah &gt; Cadangan.</p><hr><p style="font-size:small">Pesan ini dikirim otomatis oleh E-Learning Polibatam. Mohon tidak membalas email ini.</p></body></html>
""", cte="quoted-printable"))

# 018 announcement en - Brazilian staff, dd/mm, "02/10 at 7 p.m."
add("gmail-brazilian-ddmm-pm-webinar", "announcement", "en",
    {"title": "Webinar: Renewable Energy Partnerships Brazil-Indonesia", "scope": "site",
     "publish_at": "2026-10-02T19:00:00+07:00"},
    "Brazilian writer uses dd/mm: 02/10 is 2 October; 15/10 at 3 p.m. is the webinar itself.",
    mail("gmail-brazilian-ddmm-pm-webinar",
         "Rafael Oliveira Santos <rafael.santos@ufsc.br>", HD,
         "Announcement for webinar - please publish", D(2026, 9, 28, 10, 15),
         text="""Hello friends of P4M!

I hope everything is good there in Batam. As we talked with Mrs. Lina from
the international office, we would like to invite all students and lecturers
of Polibatam to our online webinar.

Title: Webinar: Renewable Energy Partnerships Brazil-Indonesia
Date of the webinar: 15/10, 3 p.m. (Batam time), via Zoom
Registration until 13/10: https://forms.gle/xxxx-webinar-ufsc

Could you publish it for everyone on the e-learning on 02/10 at 7 p.m.?
This is the time our poster is ready.

Muito obrigado!
Rafael Oliveira Santos
International Relations - UFSC, Florianopolis
"""))

# 019 course_data en - Kenyan staff, full name with parentheses
add("outlook-kenyan-fullname-parentheses", "course_data", "en",
    {"course_code": "BIS2210", "course_name": "Business English",
     "changes": {"fullname": "Business English (Professional Communication)"}},
    "Kenyan exchange staff; new name has parentheses.",
    mail("outlook-kenyan-fullname-parentheses",
         "Grace Wanjiru Kamau <grace.kamau@polibatam.ac.id>", HD,
         "Request: change of course title BIS2210", D(2026, 8, 26, 13, 58),
         text="""Dear Helpdesk,

Greetings from the Language Centre.

Kindly assist to amend the full name of course BIS2210 on the e-learning
platform. It currently reads "Business English"; the programme has agreed
it should read "Business English (Professional Communication)".

I will be grateful if this is sorted before the 31st, when the first
assignment goes out.

Thank you and God bless,

Grace Wanjiru Kamau
Lecturer, English for Specific Purposes
"""))

# 020 elearning_support id - gradebook totals wrong
add("thunderbird-gradebook-total-salah", "elearning_support", "id", {},
    "Gradebook course total is computed wrongly.",
    mail("thunderbird-gradebook-total-salah",
         "Fitri Handayani <fitri.h@polibatam.ac.id>", HD,
         "Total nilai di gradebook tidak sesuai", D(2026, 8, 27, 22, 10),
         text="""Malam,

Di course Statistika Industri (TI2105) kolom "Course total" di gradebook
hasilnya aneh. Bobot saya Tugas 30%, UTS 30%, UAS 40%, tapi totalnya
seperti dijumlahkan biasa, ada mahasiswa yang totalnya 187. Saya sudah
coba recalculate tapi tetap sama. Apa ada setting yang salah dari hasil
copy course semester lalu?

Terima kasih,
Fitri
""", flowed=True))

# 021 course_data id - new value only in the subject
add("samsung-new-value-only-in-subject", "course_data", "id",
    {"course_name": "Fisika Terapan",
     "changes": {"fullname": "Fisika Teknik I"}},
    "The new name is only in the subject; the body just says 'sesuai subjek'.",
    mail("samsung-new-value-only-in-subject",
         "Irwan Setiawan <irwan.setiawan@polibatam.ac.id>", HD,
         "Ganti nama MK Fisika Terapan menjadi Fisika Teknik I", D(2026, 8, 28, 7, 3),
         text="""Pagi, mohon dibantu sesuai subjek ya. Course-nya yang kelas Mesin 1A dan 1B (satu course gabungan).

Makasih

Irwan S.

Dikirim dari Samsung Galaxy saya
""", cte="base64"))

# 022 announcement mixed - WITA time, e-learning downtime, site-wide
add("zimbra-wita-downtime-notice", "announcement", "mixed",
    {"title": "Maintenance Server E-Learning / E-Learning Downtime", "scope": "site",
     "publish_at": "2026-09-03T08:00:00+07:00"},
    "Writer in Makassar gives 09.00 WITA, i.e. 08.00 WIB; the 5 Sept 22.00-02.00 window is the downtime.",
    mail("zimbra-wita-downtime-notice",
         "\"Andi Muh. Taufik\" <andi.taufik@polibatam.ac.id>", HD,
         "Pengumuman downtime e-learning", D(2026, 9, 1, 10, 30, tz(8)),
         text="""Halo tim,

Saya lagi dinas di Makassar, jadi jamnya WITA ya.

Please publish pengumuman ini untuk semua user e-learning:

Judul: Maintenance Server E-Learning / E-Learning Downtime

E-learning tidak dapat diakses pada Sabtu, 5 September 2026 pukul 22.00 s.d. Minggu, 6 September 2026 pukul 02.00 WIB karena upgrade server. Mohon tidak menjadwalkan kuis pada rentang waktu tersebut.
The e-learning will be unavailable on Saturday 5 September 2026, 22:00 to Sunday 02:00 WIB due to a server upgrade. Please do not schedule quizzes during this window.

Tayang Kamis 3 September jam 09.00 WITA.

Thx,
Andi Taufik
Unit TIK
"""))

# 023 other en - conference call for papers
add("mailchimp-style-call-for-papers", "other", "en", {},
    "Near-miss: a conference call for papers sent to the helpdesk address; nothing to publish was requested.",
    mail("mailchimp-style-call-for-papers",
         "ICAST 2026 Committee <icast2026@pnj.ac.id>", HD,
         "[CFP] ICAST 2026 - Extended deadline 30 September", D(2026, 9, 2, 19, 0),
         text="""Dear Colleagues,

The 9th International Conference on Applied Science and Technology (ICAST 2026)
invites you to submit full papers in the areas of engineering, informatics,
business and applied education.

Extended submission deadline: 30 September 2026
Notification: 20 October 2026
Conference: 18-19 November 2026, Depok (hybrid)

Accepted papers will be submitted for indexing. Please share this call with
your colleagues.

Best regards,
ICAST 2026 Organizing Committee
Politeknik Negeri Jakarta
""",
         html="""<html><body><h2>ICAST 2026 - Call for Papers</h2><p>Dear Colleagues,</p><p>The 9th International Conference on Applied Science and Technology (ICAST 2026) invites you to submit full papers in the areas of engineering, informatics, business and applied education.</p><ul><li>Extended submission deadline: <b>30 September 2026</b></li><li>Notification: 20 October 2026</li><li>Conference: 18-19 November 2026, Depok (hybrid)</li></ul><p>Accepted papers will be submitted for indexing. Please share this call with your colleagues.</p><p>Best regards,<br>ICAST 2026 Organizing Committee<br>Politeknik Negeri Jakarta</p></body></html>
"""))

# 024 course_data id - self-correction later in the same mail (enrolment key)
add("gmail-self-correction-key", "course_data", "id",
    {"course_code": "MJ2306", "course_name": "Pemasaran Digital",
     "changes": {"enrolment_key": "melati88"}},
    "Self-correction: the writer first gives one key, then corrects it lower down; the corrected key is the value.",
    mail("gmail-self-correction-key",
         "Yuliana Tambunan <yuliana.t@polibatam.ac.id>", HD,
         "Enrol key MJ2306", D(2026, 9, 3, 9, 22),
         text="""Pagi,

Tolong enrolment key course MJ2306 Pemasaran Digital diganti jadi mawar88 ya, yang lama sudah bocor ke kakak tingkat.

Eh maaf, ralat: mawar88 itu key course saya yang lain. Untuk MJ2306 yang benar melati88.

Makasih ya,
Yuli
"""))

# 025 elearning_support mixed - video too large to upload
add("spark-video-too-large", "elearning_support", "mixed", {},
    "Upload of a lecture video fails because of the file-size limit.",
    mail("spark-video-too-large",
         "Kevin Sanjaya Wijaya <kevin.wijaya@polibatam.ac.id>", HD,
         "Upload video gagal - maximum file size", D(2026, 9, 4, 16, 2),
         text="""Hi helpdesk,

Saya mau upload video recording kuliah (mp4, 1,3 GB, durasi 95 menit) ke course Animasi 3D. Selalu muncul "The file is too large. The maximum size is 512 MB". Sudah coba compress pakai HandBrake tapi jadi blur banget.

Is there any way to raise the limit for my course, atau sebaiknya upload ke YouTube/Drive lalu di-embed saja? Thanks in advance.

Kevin

Sent with Spark
"""))

# 026 announcement mixed - webinar, "at midnight" spelled out
add("outlook-new-html-webinar-midnight", "announcement", "mixed",
    {"title": "Webinar Nasional: AI untuk Pembelajaran Vokasi", "scope": "site",
     "publish_at": "2026-09-12T00:00:00+07:00"},
    "'at midnight ... 00.00 Sabtu 12 September' is the publish time; 17 Sept 09.00 is the webinar.",
    mail("outlook-new-html-webinar-midnight",
         "Humas Polibatam <humas@polibatam.ac.id>", HD,
         "Request publish pengumuman webinar", D(2026, 9, 8, 14, 11),
         text="""Dear P4M team,

Mohon bantuan publish announcement berikut di halaman depan e-learning (for all users):

Title: Webinar Nasional: AI untuk Pembelajaran Vokasi
Waktu webinar: Kamis, 17 September 2026, 09.00-12.00 WIB (Zoom)
Pendaftaran: bit.ly/webinar-ai-vokasi, ditutup 15 September.

Please publish at midnight, yaitu pukul 00.00 hari Sabtu 12 September, bersamaan dengan posting di Instagram kampus.

Best,
Melati - Humas
""",
         html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 11pt; color: rgb(0, 0, 0);">Dear P4M team,<br><br>Mohon bantuan publish announcement berikut di halaman depan e-learning (for all users):<br><br>
<b>Title:</b> Webinar Nasional: AI untuk Pembelajaran Vokasi<br>
<b>Waktu webinar:</b> Kamis, 17 September 2026, 09.00-12.00 WIB (Zoom)<br>
<b>Pendaftaran:</b> bit.ly/webinar-ai-vokasi, ditutup 15 September.<br><br>
Please publish <u>at midnight</u>, yaitu pukul 00.00 hari Sabtu 12 September, bersamaan dengan posting di Instagram kampus.<br><br>Best,<br>Melati - Humas</div>
</body></html>
""", cte="quoted-printable"))

# 027 course_data id - start-of-semester list of several courses, change for one (team of two lecturers), plain 72 QP
add("plain72-qp-semester-list-team-lecturers", "course_data", "id",
    {"course_code": "RKS3104", "course_name": "Keamanan Jaringan",
     "changes": {"lecturer": "Dr. Eng. Hilda Marpaung, S.T., M.T. dan Fauzan Akbar, S.Tr.Kom., M.Kom."}},
    "Start-of-semester mail listing four courses; only Keamanan Jaringan needs a change (two lecturers as a team); the others are fine.",
    mail("plain72-qp-semester-list-team-lecturers",
         "Sekretariat Prodi RKS <prodi.rks@polibatam.ac.id>", HD,
         "Awal semester - course prodi RKS", D(2026, 9, 7, 8, 45),
         text="""Selamat pagi Bapak/Ibu P4M,

Menjelang perkuliahan Ganjil 2026/2027, berikut course prodi Rekayasa
Keamanan Siber yang sudah kami cek di e-learning:

1. RKS1101 Dasar Pemrograman - sudah sesuai
2. RKS2203 Sistem Operasi - sudah sesuai
3. RKS3104 Keamanan Jaringan - PERLU PERUBAHAN DOSEN
4. RKS3107 Forensik Digital - sudah sesuai

Untuk RKS3104 Keamanan Jaringan, mulai semester ini diampu secara team
teaching oleh dua dosen. Mohon dosen pengampu di e-learning diganti
menjadi: Dr. Eng. Hilda Marpaung, S.T., M.T. dan Fauzan Akbar, S.Tr.Kom., M.Kom.

Dosen sebelumnya (Bapak Teguh) sudah tidak mengajar di prodi kami.

Terima kasih atas bantuannya.

a.n. Ketua Program Studi
Nadia Oktaviani
Admin Prodi RKS
""", cte="quoted-printable"))

# 028 auto id - SharePoint share notification (Indonesian UI)
add("sharepoint-share-notification-id", "auto", "id", {},
    "Microsoft SharePoint notification that someone shared a folder; no human request.",
    mail("sharepoint-share-notification-id",
         "\"Wulan Sari (melalui SharePoint Online)\" <no-reply@sharepointonline.com>", HD,
         "Wulan Sari membagikan folder \"Bahan Akreditasi 2026\" dengan Anda", D(2026, 9, 8, 10, 1),
         headers=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Generated-Message-Source", "SharePoint")],
         html="""<html><body style="font-family:'Segoe UI',sans-serif"><table width="100%"><tr><td><p style="font-size:21px">Wulan Sari membagikan folder dengan Anda</p><p>Berikut folder yang dibagikan Wulan Sari dengan Anda.</p><table><tr><td><img src="https://res-1.cdn.office.net/files/fabric-cdn-prod_20230815.002/assets/item-types/48/folder.png" alt="folder" width="48"></td><td><a href="https://polibatam.sharepoint.com/:f:/s/P4M/EkqXc7">Bahan Akreditasi 2026</a></td></tr></table><p><a href="https://polibatam.sharepoint.com/:f:/s/P4M/EkqXc7" style="background:#0078d4;color:#fff;padding:8px 16px;text-decoration:none">Buka</a></p><p style="font-size:11px;color:#666">Tautan ini hanya berfungsi untuk penerima langsung pesan ini.</p><p style="font-size:11px;color:#666">Microsoft Corporation, One Microsoft Way, Redmond, WA 98052. <a href="https://go.microsoft.com/fwlink/?LinkId=521839">Pernyataan Privasi</a></p></td></tr></table></body></html>
""", cte="quoted-printable"))

# 029 document_request id - SOP for makeup exams
add("gmail-sop-ujian-susulan", "document_request", "id", {},
    "Asks for the SOP for makeup exams.",
    mail("gmail-sop-ujian-susulan",
         "Rina Marlina <rinamarlina@polibatam.ac.id>", HD,
         "SOP Ujian Susulan", D(2026, 9, 9, 13, 30),
         text="""Selamat siang,

Saya baru ditunjuk sebagai koordinator UTS di jurusan Manajemen Bisnis. Boleh minta file SOP ujian susulan yang berlaku (termasuk formulir permohonan susulan kalau ada)? Yang saya pegang masih versi 2022.

Terima kasih banyak,
Rina Marlina
"""))

# 030 announcement id - publish time only in an HTML table (Outlook new HTML)
add("outlook-new-html-table-publish-time", "announcement", "id",
    {"course_code": "TRM2202", "course_name": "Praktik Pengelasan", "title": "Perubahan Jadwal Praktikum Pengelasan Kelas TRM-2A",
     "scope": "course", "publish_at": "2026-09-21T06:00:00+07:00"},
    "HTML-only; the publish time sits only in a table row, next to the practicum times.",
    mail("outlook-new-html-table-publish-time",
         "Bambang Hermanto <bambang.h@polibatam.ac.id>", HD,
         "Pengumuman praktikum pengelasan", D(2026, 9, 15, 9, 17),
         html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Yth. Tim P4M,</div>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Mohon dibuatkan pengumuman di course praktik saya dengan rincian di tabel berikut.</div>
<table style="border-collapse: collapse; border: 1px solid rgb(0,0,0);"><tbody>
<tr><td style="border: 1px solid rgb(0,0,0); padding: 4px;">Course</td><td style="border: 1px solid rgb(0,0,0); padding: 4px;">TRM2202 Praktik Pengelasan</td></tr>
<tr><td style="border: 1px solid rgb(0,0,0); padding: 4px;">Kelas</td><td style="border: 1px solid rgb(0,0,0); padding: 4px;">TRM-2A</td></tr>
<tr><td style="border: 1px solid rgb(0,0,0); padding: 4px;">Judul</td><td style="border: 1px solid rgb(0,0,0); padding: 4px;">Perubahan Jadwal Praktikum Pengelasan Kelas TRM-2A</td></tr>
<tr><td style="border: 1px solid rgb(0,0,0); padding: 4px;">Isi</td><td style="border: 1px solid rgb(0,0,0); padding: 4px;">Praktikum minggu ke-5 dipindah ke Rabu, 23 September 2026 pukul 13.00-16.00 di Bengkel Las. Wajib memakai APD lengkap.</td></tr>
<tr><td style="border: 1px solid rgb(0,0,0); padding: 4px;">Waktu tayang</td><td style="border: 1px solid rgb(0,0,0); padding: 4px;">Senin, 21 September 2026 pukul 06.00 WIB</td></tr>
</tbody></table>
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br>Terima kasih.<br>Bambang Hermanto, S.T.</div>
</body></html>
""", cte="quoted-printable"))

# 031 course_data en - Japanese staff, enrolment key that looks like a date
add("gmail-japanese-key-like-date", "course_data", "en",
    {"course_code": "JPN1102", "course_name": "Japanese Language II",
     "changes": {"enrolment_key": "2026-10-01"}},
    "The new enrolment key looks like a date; 'from October 1st' is just context.",
    mail("gmail-japanese-key-like-date",
         "Tanaka Hiroshi <h.tanaka@polibatam.ac.id>", HD,
         "About enrolment key of Japanese Language II", D(2026, 9, 16, 11, 40),
         text="""Dear Sir or Madam,

Thank you always for your support.

I would like to ask you to change the enrolment key of my course, JPN1102
Japanese Language II. Please set the new key as follows.

New key: 2026-10-01

It is a little strange but it is easy for my students to remember, because
our new class group starts from October 1st.

I apologize for troubling you.

Best regards,
Tanaka Hiroshi (Mr.)
Japanese Language Instructor
"""))

# 032 elearning_support id - mobile app login
add("samsung-mobile-app-login", "elearning_support", "id", {},
    "Moodle mobile app login fails while the browser works.",
    mail("samsung-mobile-app-login",
         "Putri Ayu Lestari <putriayu@polibatam.ac.id>", HD,
         "Tidak bisa login di aplikasi Moodle", D(2026, 9, 17, 19, 55),
         text="""Malam kak, saya dosen baru di Prodi Logistik. Di browser bisa login e-learning, tapi di aplikasi Moodle di HP selalu keluar "Invalid login, please try again" padahal password sama. Alamat situsnya sudah saya isi learning.polibatam.ac.id. Apakah aplikasinya harus pakai alamat lain?

Terima kasih kak

Dikirim dari Samsung Galaxy saya
""", cte="base64"))

# 033 announcement id - text only in a DOCX; body gives a date without a clock time
add("gmail-docx-only-announcement-date-only", "announcement", "id",
    {"title": "Penutupan Sementara Laboratorium Komputer Dasar", "scope": "site"},
    "The announcement text and title are only in the attached DOCX; the body gives a publish date without a clock time, so no publish_at.",
    mail("gmail-docx-only-announcement-date-only",
         "Lab Komputer Jurusan IF <lab.if@polibatam.ac.id>", HD,
         "Pengumuman lab (file terlampir)", D(2026, 9, 18, 10, 12),
         text="""Selamat pagi,

Terlampir naskah pengumuman dari kepala lab untuk semua mahasiswa dan
dosen Jurusan Informatika. Mohon ditayangkan hari Senin, 21 September.

Terima kasih.
Wahyu
(admin lab, akun lab)
""",
         atts=[("Pengumuman_Lab_Komputer.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(["PENGUMUMAN",
                      "Penutupan Sementara Laboratorium Komputer Dasar",
                      "Diberitahukan kepada seluruh mahasiswa dan dosen Jurusan Informatika bahwa Laboratorium Komputer Dasar (GU 805) ditutup sementara pada 28 September s.d. 2 Oktober 2026 karena penggantian jaringan dan perangkat.",
                      "Praktikum pada periode tersebut dialihkan ke Lab Multimedia (GU 806) sesuai jadwal yang diatur koordinator lab.",
                      "Batam, 18 September 2026",
                      "Kepala Laboratorium Komputer",
                      "Sugiarto, S.Kom., M.T."]))]))

# 034 other id - thank-you after a rename
add("iphone-thanks-after-rename", "other", "id", {},
    "Near-miss: thanks after a rename was done; nothing more is asked.",
    mail("iphone-thanks-after-rename",
         "Irwan Setiawan <irwan.setiawan@polibatam.ac.id>", HD,
         "Re: [P4M-HD #0871] Ganti nama MK Fisika Terapan jadi Fisika Teknik I",
         D(2026, 9, 18, 12, 4),
         in_reply_to="<hd-2026-0871-reply@polibatam.ac.id>",
         text="""Sudah saya cek, nama course sudah berubah jadi Fisika Teknik I. Terima kasih banyak, cepat sekali 🙏

Dikirim dari iPhone saya

> Pada 18 Sep 2026, pukul 11.20, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
>
> Yth. Bapak Irwan,
> Nama mata kuliah telah kami ubah sesuai permintaan. Tiket ini kami tutup.
> Salam, Helpdesk P4M
""", cte="quoted-printable"))

# 035 course_data id - roman numerals in full name, Outlook new HTML with plain alternative
add("outlook-new-roman-numeral-rename", "course_data", "id",
    {"course_code": "MT1202", "course_name": "Matematika Teknik II",
     "changes": {"fullname": "Matematika Terapan II"}},
    "Full name with a roman numeral; old/new laid out as two lines.",
    mail("outlook-new-roman-numeral-rename",
         "Suryani Harahap <suryani.harahap@polibatam.ac.id>", HD,
         "Perubahan nama course MT1202", D(2026, 9, 21, 8, 2),
         text="""Yth. Helpdesk P4M,

Mohon perubahan nama course berikut:

Lama : MT1202 - Matematika Teknik II
Baru : Matematika Terapan II

Kode tetap. Terima kasih.

Suryani Harahap, S.Si., M.Sc.
""",
         html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">Yth. Helpdesk P4M,</div><div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);"><br>Mohon perubahan nama course berikut:<br><br>Lama : MT1202 - Matematika Teknik II<br>Baru : <b>Matematika Terapan II</b><br><br>Kode tetap. Terima kasih.</div><div id="Signature"><p>Suryani Harahap, S.Si., M.Sc.</p></div></body></html>
""", cte="quoted-printable"))

# 036 announcement en - Kenyan staff, "the 5th at 8 a.m."
add("gmail-kenyan-ordinal-day-am-makeup-exam", "announcement", "en",
    {"course_code": "BIS2210", "course_name": "Business English", "title": "Make-up Mid-Semester Test - Business English",
     "scope": "course", "publish_at": "2026-10-05T08:00:00+07:00"},
    "'the 5th at 8 a.m.' from a 29 September mail is 5 October; the 9th at 2 p.m. is the test itself.",
    mail("gmail-kenyan-ordinal-day-am-makeup-exam",
         "Grace Wanjiru Kamau <grace.kamau@polibatam.ac.id>", HD,
         "Announcement on BIS2210 page", D(2026, 9, 29, 16, 30),
         text="""Dear Helpdesk,

Kindly help me post the following on the page of my course BIS2210 Business English:

Title: Make-up Mid-Semester Test - Business English

Students who missed the mid-semester test with a valid reason will sit the make-up test on the 9th at 2 p.m. in room GU 601. Bring your student ID and the approval letter from the programme.

Please let it go live on the 5th at 8 a.m. so that they have a few days to prepare.

Asante sana,
Grace
"""))

# 037 course_data en - Brazilian staff, class regular/employee, dd/mm
add("gmail-brazilian-class-employee", "course_data", "en",
    {"course_code": "IND2201", "course_name": "Ergonomics and Work Design",
     "changes": {"class": "Employee Class (Kelas Karyawan) - Evening"}},
    "Class changes from the regular class to the employee (evening) class; 28/09 is a dd/mm date of the first meeting.",
    mail("gmail-brazilian-class-employee",
         "Lucas Ferreira <lucas.ferreira@polibatam.ac.id>", HD,
         "Change class in course IND2201", D(2026, 9, 22, 18, 10),
         text="""Hi P4M people,

The course IND2201 Ergonomics and Work Design is set in the e-learning as Regular Class (morning). Since 28/09 I teach it only for the employee class, so please change the class to:

Employee Class (Kelas Karyawan) - Evening

The regular students are not taking this course anymore this semester.

Obrigado and have a nice evening!
Lucas Ferreira
Guest lecturer, Industrial Engineering
"""))

# 038 auto en - Calendly booking confirmation
add("calendly-booking-confirmation", "auto", "en", {},
    "Calendly booking confirmation sent to the helpdesk address; system notification, no ticket.",
    mail("calendly-booking-confirmation",
         "Calendly <notifications@calendly.com>", HD,
         "New Event: Dewi Kartika Sari - 11:00am Fri, Oct 2, 2026 - Konsultasi RPS (30 min)",
         D(2026, 9, 24, 10, 3),
         headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Calendly")],
         text="""Hi Helpdesk P4M,

A new event has been scheduled.

Event Type:
Konsultasi RPS (30 min)

Invitee:
Dewi Kartika Sari

Invitee Email:
dewikartika@polibatam.ac.id

Event Date/Time:
11:00am - Friday, October 2, 2026 (Western Indonesia Time)

Location:
This is a Google Meet web conference.

View event in Calendly: https://calendly.com/scheduled_events/xyz

Powered by Calendly.com
""",
         html="""<html><body><p>Hi Helpdesk P4M,</p><p>A new event has been scheduled.</p><p><b>Event Type:</b><br>Konsultasi RPS (30 min)</p><p><b>Invitee:</b><br>Dewi Kartika Sari</p><p><b>Invitee Email:</b><br>dewikartika@polibatam.ac.id</p><p><b>Event Date/Time:</b><br>11:00am - Friday, October 2, 2026 (Western Indonesia Time)</p><p><b>Location:</b><br>This is a Google Meet web conference.</p><p><a href="https://calendly.com/scheduled_events/xyz">View event in Calendly</a></p><p style="color:#999">Powered by Calendly.com</p></body></html>
"""))

# 039 elearning_support en - Google-Translate English, OTP
add("yahoo-google-translate-otp", "elearning_support", "en", {},
    "Google-Translate English about a two-factor code; support.",
    mail("yahoo-google-translate-otp",
         "Sutrisno Wibowo <sutrisno_wibowo@yahoo.co.id>", HD,
         "Code verification is always wrong", D(2026, 9, 25, 6, 20),
         text="""Good morning,

I am lecturer of Electrical who is not young again, please be patient with me. Every time I enter the e-learning it ask the code verification from the handphone application. I enter the code but it always say "wrong code", although I already quick like lightning. My handphone clock is maybe not same with the server? I am confused to go in and go out.

Please the help, my students are waiting the quiz to be opened.

Thank you very much,
Sutrisno Wibowo
Electrical Engineering

Sent from Yahoo Mail on Android
"""))

# 040 course_data id - semester change from a shared department account signed by another person
add("roundcube-jurusan-account-semester", "course_data", "id",
    {"course_code": "MB 2104", "course_name": "Manajemen Operasional",
     "changes": {"semester": "Ganjil 2026/2027"}},
    "Shared department account signed by the department secretary on behalf of a lecturer.",
    mail("roundcube-jurusan-account-semester",
         "Jurusan Manajemen Bisnis <jurusan.mb@polibatam.ac.id>", HD,
         "Koreksi semester course", D(2026, 9, 28, 10, 48),
         headers=[("User-Agent", "Roundcube Webmail/1.6.9")],
         text="""Yth. Tim Helpdesk P4M,

Atas permintaan Ibu Dra. Lenny Situmorang, M.M., mohon semester pada course
MB 2104 Manajemen Operasional di e-learning diubah dari Genap 2025/2026
menjadi Ganjil 2026/2027.

Terima kasih.

Hormat kami,
Yohana Purba
Sekretaris Jurusan Manajemen Bisnis
"""))

# 041 announcement en - Japanese staff, YYYY.MM.DD and 12-hour p.m.
add("thunderbird-japanese-dotted-date-pm", "announcement", "en",
    {"course_code": "JPN1102", "course_name": "Japanese Language II", "title": "JLPT N4 Mock Test Information",
     "scope": "course", "publish_at": "2026-10-20T13:00:00+07:00"},
    "Japanese date notation 2026.10.20 with 1:00 p.m. for publishing; 2026.10.31 is the mock test and 2026.10.27 the registration deadline.",
    mail("thunderbird-japanese-dotted-date-pm",
         "Tanaka Hiroshi <h.tanaka@polibatam.ac.id>", HD,
         "Request of announcement (JPN1102)", D(2026, 10, 14, 9, 5),
         headers=[("User-Agent", "Mozilla Thunderbird")],
         text="""Dear Sir or Madam,

I am sorry to trouble you again. Could you please post an announcement
in my course JPN1102 Japanese Language II?

Title: JLPT N4 Mock Test Information

Body: The JLPT N4 mock test will be held on 2026.10.31 (Sat.) from
9:00 a.m. to 11:30 a.m. in the Language Center. Please register with
your class leader by 2026.10.27.

Publishing time: 2026.10.20, 1:00 p.m.

Thank you very much for your kind help.

Best regards,
Tanaka Hiroshi
""", flowed=True))

# 042 other id - plan to rename next year
add("gmail-plan-rename-next-year", "other", "id", {},
    "Near-miss: a plan to rename a course with next year's curriculum; nothing to change now, the writer will send the final name later.",
    mail("gmail-plan-rename-next-year",
         "Hendro Kusuma <hendro.kusuma@polibatam.ac.id>", HD,
         "Rencana perubahan nama MK tahun depan", D(2026, 10, 1, 14, 22),
         text="""Selamat siang,

Sekadar info dulu: dengan kurikulum 2027, mata kuliah Mekanika Fluida (TM2301) kemungkinan besar akan berganti nama dan SKS-nya juga berubah. Tapi ini belum disahkan senat, jadi untuk semester ini tolong jangan diubah apa-apa dulu.

Nanti kalau SK-nya sudah keluar (perkiraan Maret 2027) saya kirim daftar lengkap perubahannya.

Terima kasih,
Hendro Kusuma
Kaprodi Teknik Mesin
"""))

# 043 course_data mixed - lecturer team of two, Apple Mail iOS, quoted-printable
add("ios-applemail-two-lecturers-mixed", "course_data", "mixed",
    {"course_code": "IF3310", "course_name": "Machine Learning",
     "changes": {"lecturer": "Prof. Dr. Ir. Budi Santoso, M.Sc. (koordinator) & Anisa Rahmadani, S.Kom., M.Cs."}},
    "Lecturer change to a team of two, written in mixed Indonesian and English from Apple Mail on iOS.",
    mail("ios-applemail-two-lecturers-mixed",
         "Anisa Rahmadani <anisa.r@polibatam.ac.id>", HD,
         "Update dosen pengampu Machine Learning", D(2026, 10, 2, 7, 34),
         text="""Halo tim P4M,

Untuk course IF3310 Machine Learning, pengampunya sekarang team teaching. Please update the lecturer field jadi:

Prof. Dr. Ir. Budi Santoso, M.Sc. (koordinator) & Anisa Rahmadani, S.Kom., M.Cs.

Sebelumnya cuma nama saya. Thank you!

Sent from my iPhone
""", cte="quoted-printable"))

# 044 elearning_support id - Malaysian partner, cannot access course
add("outlook-malaysian-cannot-access-kursus", "elearning_support", "id", {},
    "Malaysian partner lecturer cannot access the course (enrolment/access); Malay vocabulary.",
    mail("outlook-malaysian-cannot-access-kursus",
         "Mohd Faizal Abdul Rahman <faizal@pkb.edu.my>", HD,
         "Tidak dapat akses kursus KKP2013", D(2026, 10, 5, 9, 10, tz(8)),
         text="""Assalamualaikum Tuan/Puan,

Saya pensyarah jemputan bagi kursus KKP2013. Saya telah menerima akaun e-pembelajaran pada tarikh 1 Oktober 2026, tetapi apabila log masuk, kursus tersebut tidak tersenarai di papan pemuka saya. Pelajar pula memaklumkan mereka tidak dapat melihat nama saya sebagai pensyarah.

Sila semak sama ada akaun saya telah didaftarkan ke dalam kursus tersebut. Kelas pertama saya pada masa 2.00 petang, hari Rabu ini.

Sekian, terima kasih.

Ts. Dr. Mohd Faizal bin Abdul Rahman
Jabatan Kejuruteraan Mekanikal
Politeknik Kota Bharu
"""))

# 045 document_request id - peer-observation form
add("mailspring-peer-observation-form", "document_request", "id", {},
    "Asks for the peer-observation form.",
    mail("mailspring-peer-observation-form",
         "Lukas Hutapea <lukas.hutapea@polibatam.ac.id>", HD,
         "Form observasi sejawat", D(2026, 10, 6, 21, 2),
         text="""Malam admin,

Minggu depan saya dijadwalkan observasi kelas sejawat (peer observation) dengan Bu Ratna. Boleh minta formulir observasi sejawat yang dipakai P4M? Sekalian rubrik penilaiannya kalau terpisah.

Terima kasih.

Lukas Hutapea

Sent from Mailspring
"""))

# 046 announcement id - Islamic opening, one class, as soon as possible (no publish_at)
add("gmail-islamic-asap-one-class", "announcement", "id",
    {"course_code": "PAI1001", "course_name": "Pendidikan Agama Islam", "title": "Kuliah Pengganti PAI Kelas AK-1B",
     "scope": "course"},
    "Islamic opening and closing; 'secepatnya' gives no publish date and time, so no publish_at; Kamis 13.00 is the makeup class.",
    mail("gmail-islamic-asap-one-class",
         "Ustadz Ridwan Hakim <ridwan.hakim@polibatam.ac.id>", HD,
         "Mohon dibuatkan pengumuman kuliah pengganti", D(2026, 10, 6, 10, 15),
         text="""Assalamu'alaikum warahmatullahi wabarakatuh,

Mohon izin, Bapak/Ibu. Mohon dibuatkan pengumuman di course PAI1001 Pendidikan Agama Islam untuk kelas AK-1B:

Judul: Kuliah Pengganti PAI Kelas AK-1B
Isi: Kuliah hari Selasa 6 Oktober ditiadakan karena dosen menghadiri kegiatan di Kemenag. Kuliah pengganti dilaksanakan Kamis, 8 Oktober 2026 pukul 13.00 di Masjid Kampus.

Mohon ditayangkan secepatnya, insyaAllah mahasiswa sempat membaca.

Barakallahu fiikum.
Wassalamu'alaikum warahmatullahi wabarakatuh,
Ridwan Hakim
"""))

# 047 auto id - Exchange quarantine notice
add("exchange-quarantine-notice-id", "auto", "id", {},
    "Exchange Online quarantine notification listing held messages; machine mail.",
    mail("exchange-quarantine-notice-id",
         "Microsoft 365 Security <quarantine@messaging.microsoft.com>", HD,
         "Pemberitahuan Microsoft 365 security: Pesan dikarantina", D(2026, 10, 7, 4, 0),
         headers=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Organization-AuthAs", "Internal")],
         html="""<html><body style="font-family:'Segoe UI'"><h3>Tinjau pesan ini</h3><p>2 pesan dikarantina untuk Anda dan tidak dikirimkan ke kotak masuk Anda. Tinjau pesan dalam 30 hari sejak diterima.</p><table border="1" cellpadding="4"><tr><th>Pengirim</th><th>Subjek</th><th>Tanggal</th></tr><tr><td>billing@invoice-dhl-track.com</td><td>Your parcel is on hold</td><td>06/10/2026 21.14</td></tr><tr><td>admin@polibatam-ac-id.top</td><td>Mailbox quota exceeded - verify now</td><td>07/10/2026 02.37</td></tr></table><p><a href="https://security.microsoft.com/quarantine">Tinjau pesan</a></p><p style="font-size:10px">Ini adalah pesan yang dibuat secara otomatis. Jangan balas pesan ini.</p></body></html>
""", cte="quoted-printable"))

# 048 course_data id - change asked without a new value
add("gmail-rename-no-new-value-yet", "course_data", "id",
    {"course_code": "AB2205", "course_name": "Korespondensi Bisnis", "changes": {}},
    "A rename is asked but the new name is not given yet ('nanti saya kabari'); changes left empty.",
    mail("gmail-rename-no-new-value-yet",
         "Marlina Siregar <marlina.s@polibatam.ac.id>", HD,
         "Nama course AB2205 perlu diganti", D(2026, 10, 8, 15, 36),
         text="""Sore Bapak/Ibu,

Course AB2205 Korespondensi Bisnis namanya perlu diganti menyesuaikan kurikulum prodi Administrasi Bisnis Terapan. Nama barunya masih difinalkan di rapat prodi minggu depan, nanti saya kabari secepatnya.

Apa bisa disiapkan dulu tiketnya?

Terima kasih,
Marlina Siregar
"""))

# 049 announcement id - Malaysian partner, 8.00 pagi Malaysian time -> 07.00 WIB
add("html-malaysian-webinar-tarikh-masa", "announcement", "id",
    {"title": "Webinar Antarabangsa: Pendidikan TVET Serantau", "scope": "site",
     "publish_at": "2026-10-12T07:00:00+07:00"},
    "Malaysian partner (Malay) asks to publish at 8.00 pagi Malaysian time (+08:00), i.e. 07.00 WIB; 22 Oktober 10.00 pagi is the webinar.",
    mail("html-malaysian-webinar-tarikh-masa",
         "Norhayati binti Ismail <norhayati@pkb.edu.my>", HD,
         "Permohonan hebahan webinar antarabangsa", D(2026, 10, 8, 16, 0, tz(8)),
         html="""<html><body style="font-family:Tahoma;font-size:10pt">Assalamualaikum dan salam sejahtera,<br><br>Tuan/Puan,<br><br>Sukacita dimaklumkan bahawa Politeknik Kota Bharu akan menganjurkan webinar bersama. Sila hebahkan pengumuman berikut kepada semua pensyarah dan pelajar Politeknik Negeri Batam melalui sistem e-pembelajaran.<br><br>Tajuk: Webinar Antarabangsa: Pendidikan TVET Serantau<br>Tarikh webinar: 22 Oktober 2026<br>Masa: 10.00 pagi (waktu Malaysia)<br>Platform: Webex<br><br>Sila siarkan pengumuman ini pada tarikh 12 Oktober 2026, masa 8.00 pagi waktu Malaysia.<br><br>Sekian, terima kasih.<br><br>"MALAYSIA MADANI"<br>"BERKHIDMAT UNTUK NEGARA"<br><br>Norhayati binti Ismail<br>Unit Hubungan Antarabangsa<br>Politeknik Kota Bharu<br></body></html>
""", cte="quoted-printable"))

# 050 elearning_support en - Japanese staff, gradebook totals
add("gmail-japanese-gradebook-weights", "elearning_support", "en", {},
    "Gradebook totals do not match the weights.",
    mail("gmail-japanese-gradebook-weights",
         "Tanaka Hiroshi <h.tanaka@polibatam.ac.id>", HD,
         "Question about total score in gradebook", D(2026, 10, 9, 17, 45),
         text="""Dear Sir or Madam,

I am sorry for my many e-mails. In my course JPN1102 the "Course total" in the
gradebook is strange. Quiz 1 and Quiz 2 are 20% each and the final test is
60%, but the total shows the simple average. For example one student has
80, 80 and 50, and the total shows 70.00 but I think it should be 62.00.

I did not change any setting myself. Could you please check it?

Best regards,
Tanaka Hiroshi
"""))

# 051 course_data mixed - credits with theory/practice split and class, Spark
add("spark-credits-tp-split-and-class", "course_data", "mixed",
    {"course_code": "TRE2108", "course_name": "Mikrokontroler",
     "changes": {"credits": "4 SKS (2T/2P)", "class": "TRE 2B Pagi"}},
    "Two changes in one mail, credits with theory/practice split and class with shift.",
    mail("spark-credits-tp-split-and-class",
         "Bayu Aji Nugroho <bayu.aji@polibatam.ac.id>", HD,
         "Fix data course Mikrokontroler", D(2026, 10, 12, 11, 3),
         text="""Hi helpdesk,

Dua hal untuk course TRE2108 Mikrokontroler:
- credits: sekarang tertulis 3 SKS, should be 4 SKS (2T/2P)
- class: TRE 2A Malam -> TRE 2B Pagi

Both sesuai jadwal final dari jurusan. Thanks!

Bayu

Sent with Spark
"""))

# 052 announcement mixed - head of department "approved, pls proceed" top-posted over an announcement request
add("outlook-kajur-approved-toppost-announcement", "announcement", "mixed",
    {"course_code": "AK2201", "course_name": "Perpajakan", "title": "Kuliah Tamu Perpajakan: Coretax untuk UMKM",
     "scope": "course", "publish_at": "2026-10-19T07:30:00+07:00"},
    "English approval top-posted over an Indonesian request; 23 Oktober 09.00 is the guest lecture.",
    mail("outlook-kajur-approved-toppost-announcement",
         "Taufik Hidayat <taufik.hidayat@polibatam.ac.id>", HD,
         "FW: Pengumuman kuliah tamu Perpajakan", D(2026, 10, 14, 8, 12),
         cc="Desy Ariani <desy.ariani@polibatam.ac.id>",
         text="""approved, pls proceed.

Taufik Hidayat
Head of Accounting Department

________________________________
From: Desy Ariani <desy.ariani@polibatam.ac.id>
Sent: Tuesday, October 13, 2026 4:51 PM
To: Taufik Hidayat <taufik.hidayat@polibatam.ac.id>
Subject: Pengumuman kuliah tamu Perpajakan

Pak Taufik,

Mohon persetujuan untuk meminta P4M menayangkan pengumuman di course AK2201 Perpajakan:

Judul: Kuliah Tamu Perpajakan: Coretax untuk UMKM
Isi: Kuliah tamu bersama narasumber KPP Pratama Batam Selatan, Jumat 23 Oktober 2026 pukul 09.00-11.00 di Aula Gedung Utama. Wajib bagi kelas AK-2A dan AK-2B.
Tayang: Senin, 19 Oktober 2026 pukul 07.30

Terima kasih Pak.
Desy Ariani, S.E., M.Ak.
""",
         html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr"><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;">approved, pls proceed.</div><div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt;"><br>Taufik Hidayat<br>Head of Accounting Department</div><hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Desy Ariani &lt;desy.ariani@polibatam.ac.id&gt;<br><b>Sent:</b> Tuesday, October 13, 2026 4:51 PM<br><b>To:</b> Taufik Hidayat &lt;taufik.hidayat@polibatam.ac.id&gt;<br><b>Subject:</b> Pengumuman kuliah tamu Perpajakan</font><div>&nbsp;</div></div><div><div>Pak Taufik,<br><br>Mohon persetujuan untuk meminta P4M menayangkan pengumuman di course AK2201 Perpajakan:<br><br>Judul: Kuliah Tamu Perpajakan: Coretax untuk UMKM<br>Isi: Kuliah tamu bersama narasumber KPP Pratama Batam Selatan, Jumat 23 Oktober 2026 pukul 09.00-11.00 di Aula Gedung Utama. Wajib bagi kelas AK-2A dan AK-2B.<br>Tayang: Senin, 19 Oktober 2026 pukul 07.30<br><br>Terima kasih Pak.<br>Desy Ariani, S.E., M.Ak.</div></div></body></html>
""", cte="quoted-printable"))

# 053 elearning_support id - Islamic opening, last year's course copy missing
add("gmail-islamic-course-copy-missing", "elearning_support", "id", {},
    "Islamic opening and closing; last year's course material did not get copied.",
    mail("gmail-islamic-course-copy-missing",
         "\"Hj. Nurhasanah\" <nurhasanah@polibatam.ac.id>", HD,
         "Materi course tahun lalu hilang", D(2026, 10, 15, 9, 0),
         text="""Bismillahirrahmanirrahim.
Assalamu'alaikum wr. wb.

Bapak/Ibu P4M yang dirahmati Allah, course Bahasa Indonesia saya tahun lalu (kelas MB-1A) berisi materi dan bank soal lengkap. Kata admin prodi sudah di-copy ke semester ini, tapi di course yang baru isinya kosong, bank soalnya juga tidak ada. Mohon dibantu dicek, apakah copy-nya gagal atau masuk ke course lain.

Jazakallah khair.
Wassalamu'alaikum wr. wb.

Hj. Nurhasanah, S.Pd., M.Pd.
"""))

# 054 document_request mixed - LED template
add("fastmail-led-template-mixed", "document_request", "mixed", {},
    "Asks for the LED (self-evaluation report) template for accreditation.",
    mail("fastmail-led-template-mixed",
         "Rahmat Hidayat <rahmat.hidayat@fastmail.com>", HD,
         "Template LED terbaru?", D(2026, 10, 16, 13, 13),
         text="""Hi P4M,

Prodi kami (D4 Teknologi Rekayasa Pembangkit Energi) mulai prepare akreditasi
tahun depan. Could you send us the latest LED template, yang sesuai instrumen
LAM terbaru? Kalau ada contoh LED prodi lain yang sudah jadi juga boleh, for
reference only.

Thanks a lot,
Rahmat Hidayat
(pakai email pribadi, email kampus lagi penuh)
"""))

# 055 announcement id - lab closure from shared account, "besok jam 06.30"
add("roundcube-lab-closure-besok", "announcement", "id",
    {"title": "Lab Elektronika Ditutup Sementara", "scope": "site",
     "publish_at": "2026-10-20T06:30:00+07:00"},
    "For all Electrical Engineering students; 'besok jam 06.30' from Mon 19 Oct is Tue 20 Oct; 21-23 Oct is the closure.",
    mail("roundcube-lab-closure-besok",
         "Jurusan Teknik Elektro <jurusan.te@polibatam.ac.id>", HD,
         "Mohon tayang pengumuman penutupan lab", D(2026, 10, 19, 16, 25),
         headers=[("User-Agent", "Roundcube Webmail/1.6.9")],
         text="""Yth. Helpdesk P4M,

Mohon ditayangkan pengumuman untuk seluruh mahasiswa Jurusan Teknik Elektro:

Lab Elektronika Ditutup Sementara
Sehubungan dengan fumigasi gedung, Lab Elektronika (TE 201-204) ditutup pada
21-23 Oktober 2026. Praktikum pada tanggal tersebut diganti minggu berikutnya.

Tayang besok jam 06.30.

Hormat kami,
an. Kepala Lab Elektronika
Joko Susilo (admin jurusan)
"""))

# 056 other mixed - how to edit a course summary oneself
add("gmail-howto-edit-summary-self", "other", "mixed", {},
    "Near-miss: asks how to edit the course summary herself; no new summary is given and no change is requested.",
    mail("gmail-howto-edit-summary-self",
         "Clarissa Tanjung <clarissa.t@polibatam.ac.id>", HD,
         "How to edit course summary sendiri?", D(2026, 10, 20, 10, 40),
         text="""Hi kak,

Quick question: saya mau update course summary di course saya, tapi tidak ketemu menunya. Is it under Settings or somewhere else? Atau memang dosen tidak punya akses dan harus lewat P4M?

Kalau bisa sendiri, I'd rather do it myself biar tidak merepotkan. Thanks!

Clarissa
"""))

# 057 announcement mixed - same announcement twice, Indonesian and English, "Senin depan pukul 20.00"
add("gmail-bilingual-downtime-next-monday", "announcement", "mixed",
    {"title": "Pemeliharaan E-Learning / E-Learning Maintenance", "scope": "site",
     "publish_at": "2026-10-26T20:00:00+07:00"},
    "Bilingual mail; 'Senin depan pukul 20.00' / 'next Monday at 8 p.m.' from Wed 21 Oct is 26 Oct; 31 Oct is the downtime.",
    mail("gmail-bilingual-downtime-next-monday",
         "Unit TIK Polibatam <tik@polibatam.ac.id>", HD,
         "Pengumuman pemeliharaan / maintenance notice", D(2026, 10, 21, 13, 50),
         text="""[Bahasa Indonesia]
Mohon tayangkan pengumuman untuk semua pengguna:
Judul: Pemeliharaan E-Learning / E-Learning Maintenance
E-learning tidak dapat diakses Sabtu, 31 Oktober 2026 pukul 20.00-23.59 WIB.
Tayang Senin depan pukul 20.00.

[English]
Please publish this announcement for all users:
Title: Pemeliharaan E-Learning / E-Learning Maintenance
The e-learning will be unavailable on Saturday 31 October 2026, 20:00-23:59 WIB.
Publish next Monday at 8 p.m.

Salam / Regards,
Unit TIK
"""))

# 058 course_data en - Google-Translate English, summary change
add("outlook-google-translate-summary", "course_data", "en",
    {"course_code": "TI3207", "course_name": "Sistem Informasi Manufaktur",
     "changes": {"summary": "This course studies how information systems are used in the factory, from the planning of production until the control of quality. Students will practice using a simple ERP."}},
    "Google-Translate English; the new summary is two sentences.",
    mail("outlook-google-translate-summary",
         "Rudi Hartono <rudi.hartono@polibatam.ac.id>", HD,
         "Please change the description of course", D(2026, 10, 22, 9, 30),
         text="""Dear Helpdesk P4M,

With respect. I want to replace the summary of the course TI3207 Sistem Informasi Manufaktur, because the old one is already not relevant again. The new summary is like this:

This course studies how information systems are used in the factory, from the planning of production until the control of quality. Students will practice using a simple ERP.

I hope this can be done quickly because the assessor will enter the e-learning. Thank you for your kindness.

Best regards,
Rudi Hartono, S.T., M.T.
Industrial Engineering
""", cte="quoted-printable"))

# 059 auto id - another polytechnic's helpdesk auto-reply
add("polytechnic-helpdesk-autoreply", "auto", "id", {},
    "Another polytechnic's helpdesk ticket auto-reply; machine mail.",
    mail("polytechnic-helpdesk-autoreply",
         "Helpdesk UPT TIK Politeknik Negeri Padang <helpdesk@pnp.ac.id>", HD,
         "[Tiket #PNP-58213] Tanggapan otomatis: Undangan kerja sama pelatihan e-learning",
         D(2026, 10, 23, 8, 1),
         headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
         text="""Yth. Pengirim,

Terima kasih telah menghubungi Helpdesk UPT TIK Politeknik Negeri Padang.
Pesan Anda telah kami terima dan tercatat dengan nomor tiket #PNP-58213.

Tim kami akan merespons dalam 1x24 jam kerja (Senin-Jumat, 08.00-16.00 WIB).
Untuk menambahkan informasi, balas email ini tanpa mengubah subjek.

Email ini dikirim secara otomatis, mohon tidak membalas hanya untuk
mengucapkan terima kasih.

UPT TIK - Politeknik Negeri Padang
"""))

# 060 elearning_support en - Kenyan staff, two-factor
add("outlook-kenyan-2fa-new-phone", "elearning_support", "en", {},
    "Lost access to the authenticator after changing phone (two-factor).",
    mail("outlook-kenyan-2fa-new-phone",
         "Grace Wanjiru Kamau <grace.kamau@polibatam.ac.id>", HD,
         "Locked out - authenticator on old phone", D(2026, 10, 26, 7, 12),
         text="""Dear Helpdesk,

I changed my phone over the weekend and the authenticator app did not move
with it. Now the e-learning is asking for the 6-digit code and I have no
way to get it. I have a class at 10 this morning where students submit
their presentation slides on the platform.

Kindly reset the two-step verification on my account, or advise what I
should do. My staff number is 119807.

Thank you,
Grace
"""))

# 061 course_data id - Malaysian partner, short name and full name
add("outlook-malaysian-shortname-fullname", "course_data", "id",
    {"course_code": "DKM3043", "course_name": "Reka Bentuk Berbantu Komputer",
     "changes": {"shortname": "DKM3043_CAD", "fullname": "Reka Bentuk Berbantu Komputer (CAD) Lanjutan"}},
    "Malaysian Malay (kursus, sila, tarikh); two changes in one mail; lang labelled id as the nearest.",
    mail("outlook-malaysian-shortname-fullname",
         "Mohd Faizal Abdul Rahman <faizal@pkb.edu.my>", HD,
         "Pindaan nama kursus DKM3043", D(2026, 10, 27, 10, 30, tz(8)),
         text="""Assalamualaikum Tuan/Puan,

Merujuk perkara di atas, sila pinda maklumat kursus DKM3043 Reka Bentuk Berbantu Komputer dalam e-pembelajaran seperti berikut:

1. Nama pendek: DKM3043_CAD
2. Nama penuh: Reka Bentuk Berbantu Komputer (CAD) Lanjutan

Pindaan ini selaras dengan kurikulum bersama yang dipersetujui pada tarikh 20 Oktober 2026.

Sekian, terima kasih.

Ts. Dr. Mohd Faizal bin Abdul Rahman
Politeknik Kota Bharu
"""))

# 062 other id - complaint about a classroom projector
add("iphone-projector-complaint", "other", "id", {},
    "Near-miss: a complaint about a broken classroom projector (facilities), not an e-learning matter.",
    mail("iphone-projector-complaint",
         "Yosua Simanjuntak <yosua@polibatam.ac.id>", HD,
         "Proyektor GU 704 rusak lagi", D(2026, 10, 28, 19, 40),
         text="""Malam,

Proyektor di ruang GU 704 rusak lagi, gambarnya kedip-kedip dan kadang mati sendiri. Ini sudah ketiga kalinya bulan ini, kuliah malam jadi terganggu. Tolong diteruskan ke bagian sarpras atau siapapun yang ngurus, saya tidak tahu harus lapor ke mana.

Yosua

Dikirim dari iPhone saya
""", cte="quoted-printable"))

# 063 announcement id - reply-all on an old thread, publish date only (no clock time)
add("gmail-replyall-old-thread-makeup-date-only", "announcement", "id",
    {"course_code": "EL2201", "course_name": "Elektronika Daya", "title": "Kuliah Pengganti Elektronika Daya",
     "scope": "course"},
    "Reply-all on an unrelated old thread; publish date 2 November without a clock time, so no publish_at; 19.00 is the makeup class.",
    mail("gmail-replyall-old-thread-makeup-date-only",
         "Bayu Aji Nugroho <bayu.aji@polibatam.ac.id>",
         "Dosen TE <dosen.te@polibatam.ac.id>, " + HD,
         "Re: Info pengambilan seragam dosen", D(2026, 10, 29, 12, 15),
         in_reply_to="<seragam-dosen-2026@polibatam.ac.id>",
         text="""Maaf reply-all di thread ini, buat helpdesk P4M (cc) saja.

Tolong buat pengumuman di course EL2201 Elektronika Daya ya:
"Kuliah Pengganti Elektronika Daya" - kuliah pengganti untuk kelas TRE 2A Malam dilaksanakan Rabu, 4 November 2026 pukul 19.00 di GU 702.

Tayang tanggal 2 November aja.

Thanks,
Bayu

On Mon, 5 Oct 2026 at 09:00, Bagian Umum <umum@polibatam.ac.id> wrote:
> Yth. Bapak/Ibu Dosen Jurusan TE,
> Seragam dosen dapat diambil di Bagian Umum mulai 12 Oktober 2026.
> Terima kasih.
""",
         html="""<div dir="ltr">Maaf reply-all di thread ini, buat helpdesk P4M (cc) saja.<div><br></div><div>Tolong buat pengumuman di course EL2201 Elektronika Daya ya:</div><div>"Kuliah Pengganti Elektronika Daya" - kuliah pengganti untuk kelas TRE 2A Malam dilaksanakan Rabu, 4 November 2026 pukul 19.00 di GU 702.</div><div><br></div><div>Tayang tanggal 2 November aja.</div><div><br></div><div>Thanks,</div><div>Bayu</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 5 Oct 2026 at 09:00, Bagian Umum &lt;<a href="mailto:umum@polibatam.ac.id">umum@polibatam.ac.id</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Yth. Bapak/Ibu Dosen Jurusan TE,<br>Seragam dosen dapat diambil di Bagian Umum mulai 12 Oktober 2026.<br>Terima kasih.</blockquote></div>
"""))

# 064 document_request en - Brazilian staff, peer-observation form
add("gmail-brazilian-peer-observation-form", "document_request", "en", {},
    "Asks for the peer-observation form and guidelines; dd/mm date is only context.",
    mail("gmail-brazilian-peer-observation-form",
         "Lucas Ferreira <lucas.ferreira@polibatam.ac.id>", HD,
         "Peer observation form", D(2026, 11, 2, 9, 5),
         text="""Hi P4M people,

My colleague Dr. Wulan will observe my class on 10/11. Do you have the
official peer observation form (and maybe the guide for the observer)? If
there is an English version it would be perfect, if not the Indonesian one
is OK, I will use the translator.

Obrigado!
Lucas
"""))

# 065 elearning_support mixed - start-of-semester mail listing several courses, one not visible
add("thunderbird-semester-list-one-hidden", "elearning_support", "mixed", {},
    "Start-of-semester mail listing several courses; one course is not visible to students (support, no identity change).",
    mail("thunderbird-semester-list-one-hidden",
         "Clarissa Tanjung <clarissa.t@polibatam.ac.id>", HD,
         "Course semester ini - satu tidak muncul", D(2026, 8, 31, 8, 20),
         headers=[("User-Agent", "Mozilla Thunderbird")],
         text="""Hi kak,

Semester ini saya pegang 3 course:
- MM2101 Desain Grafis -> OK
- MM2203 Fotografi Digital -> OK
- MM3105 Videografi -> students bilang tidak bisa lihat course-nya

Untuk Videografi, di dashboard saya course-nya ada, tapi mahasiswa tidak
menemukan. Is it maybe hidden from students? Saya tidak merasa
mengubah visibility. Thanks ya.

Clarissa
""", flowed=True))

# 066 document_request id - head of department ACC top-posted over a request for the SOP
add("ios-kajur-acc-sop-request", "document_request", "id", {},
    "The head's 'ACC, mohon diproses' top-posted above a lecturer's request for the makeup-exam SOP and form.",
    mail("ios-kajur-acc-sop-request",
         "\"Dr. Ahmad Fauzi\" <ahmad.fauzi@polibatam.ac.id>", HD,
         "Fwd: Permintaan SOP dan form ujian susulan", D(2026, 11, 3, 6, 30),
         text="""ACC, mohon diproses. Kirim langsung ke Bu Ratna.

Dikirim dari iPhone saya

Awal pesan yang diteruskan:

> Dari: Ratna Dewi <ratnadewi@polibatam.ac.id>
> Tanggal: 2 November 2026 pukul 20.02.11 WIB
> Ke: Dr. Ahmad Fauzi <ahmad.fauzi@polibatam.ac.id>
> Subjek: Permintaan SOP dan form ujian susulan
>
> Pak, untuk UTS susulan bulan ini, mohon izin meminta SOP ujian susulan
> dan formulir permohonannya ke P4M. Mohon diteruskan bila Bapak setuju.
>
> Ratna
""", cte="quoted-printable"))

# 067 other id - change already made by the lecturer herself
add("mailspring-already-changed-myself", "other", "id", {},
    "Near-miss: the lecturer reports that she already changed the course name herself; nothing is requested.",
    mail("mailspring-already-changed-myself",
         "Marlina Siregar <marlina.s@polibatam.ac.id>", HD,
         "Info: nama course AB2205 sudah saya ubah", D(2026, 11, 5, 14, 0),
         text="""Siang,

Sekadar info, ternyata saya punya akses edit settings, jadi nama course AB2205 sudah saya ubah sendiri sesuai hasil rapat prodi. Tiket yang kemarin bisa ditutup saja, tidak perlu diproses.

Terima kasih,
Marlina

Sent from Mailspring
"""))

# 068 elearning_support id - shared account, video upload fails
add("gmail-shared-account-video-upload", "elearning_support", "id", {},
    "Sent from a shared programme account, signed by a lecturer; video upload fails.",
    mail("gmail-shared-account-video-upload",
         "Prodi Animasi <prodi.animasi@polibatam.ac.id>", HD,
         "Video praktikum tidak bisa diunggah", D(2026, 11, 9, 10, 22),
         text="""Selamat pagi,

(Saya pakai email prodi.) Saya mau unggah video demo praktikum 780 MB ke course Animasi 2D, tapi upload berhenti di 100% lalu muncul "Error: file upload failed". Sudah coba di Chrome dan Firefox, hasilnya sama. File 200 MB bisa.

Mohon solusinya.

Salam,
Dimas Prakoso, S.Sn., M.Ds.
"""))

# 069 document_request id - Malaysian partner asking for the RPS template
add("html-br-malaysian-rps-template", "document_request", "id", {},
    "Malaysian partner asks for the RPS (lesson plan) template; Malay vocabulary.",
    mail("html-br-malaysian-rps-template",
         "Norhayati binti Ismail <norhayati@pkb.edu.my>", HD,
         "Permohonan templat RPS", D(2026, 11, 12, 9, 45, tz(8)),
         html="""<html><body style="font-family:Tahoma;font-size:10pt">Assalamualaikum dan salam sejahtera,<br><br>Tuan/Puan,<br><br>Bagi tujuan penjajaran kurikulum bersama, pensyarah kami memerlukan templat RPS (Rencana Pembelajaran Semester) yang digunakan di Politeknik Negeri Batam. Sila kongsikan templat tersebut dalam format Word sebelum tarikh 20 November 2026.<br><br>Sekian, terima kasih.<br><br>Norhayati binti Ismail<br>Unit Hubungan Antarabangsa<br>Politeknik Kota Bharu<br></body></html>
""", cte="quoted-printable"))

# 070 auto en - Yahoo bounce
add("yahoo-bounce-failure-notice", "auto", "en", {},
    "Yahoo MAILER-DAEMON failure notice for a helpdesk reply; machine mail.",
    mail("yahoo-bounce-failure-notice",
         "MAILER-DAEMON@yahoo.com", HD,
         "Failure Notice", D(2026, 11, 16, 10, 12),
         headers=[("Auto-Submitted", "auto-replied")],
         text="""Sorry, we were unable to deliver your message to the following address.

<sutrisno.wibowo1968@yahoo.co.id>:
554: delivery error: dd This user doesn't have a yahoo.co.id account (sutrisno.wibowo1968@yahoo.co.id) [-5] - mta4451.mail.sg3.yahoo.com

--- Below this line is a copy of the message.

Received: from [10.10.2.15] by mail.polibatam.ac.id
Date: Mon, 16 Nov 2026 10:11:54 +0700
From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
To: sutrisno.wibowo1968@yahoo.co.id
Subject: Re: [P4M-HD #2026-0915] Code verification is always wrong

Yth. Bapak Sutrisno,
Verifikasi dua langkah akun Bapak telah kami reset. Silakan login kembali.
Salam, Helpdesk P4M
"""))


if __name__ == "__main__":
    sys.exit(main())

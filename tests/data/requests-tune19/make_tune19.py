#!/usr/bin/env python3
"""The former held-out part12 (tune19): 70 hand-written helpdesk mails (see README.md). Standard library only, deterministic."""
import base64, email, email.policy, hashlib, html, io, json, os, quopri, re, sys, zipfile
from datetime import datetime
from email.header import Header
from email.utils import formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
HD = "helpdesk-p4m@polibatam.ac.id"
PLAN = {"course_data": 22, "announcement": 16, "elearning_support": 12, "document_request": 7, "other": 7, "auto": 6}
MSGS = []


def h(slug, n=12):
    return hashlib.sha256(slug.encode()).hexdigest()[:n]


class Part:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body


def leaf(text, sub="plain", cte="8bit", charset="utf-8", flowed=False):
    ct = f"text/{sub}; charset=\"{charset}\"" + ("; format=flowed" if flowed else "")
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    elif cte == "7bit":
        body = text
    else:
        body = text
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)


def att(data, ctype, filename, inline=False):
    body = base64.encodebytes(data).decode("ascii")
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", f"{ctype}; name=\"{filename}\""),
                 ("Content-Disposition", f"{disp}; filename=\"{filename}\""),
                 ("Content-Transfer-Encoding", "base64")], body)


def multi(sub, parts, extra=""):
    return ("multi", sub, parts, extra)


def rfc822(msgtext):
    return Part([("Content-Type", "message/rfc822"), ("Content-Disposition", "attachment; filename=\"forwarded.eml\"")], msgtext)


def raw_part(ctype, body, extra=()):
    return Part([("Content-Type", ctype)] + list(extra), body)


def render(node, slug, counter):
    if isinstance(node, Part):
        return "".join(f"{k}: {v}\n" for k, v in node.headers) + "\n" + node.body.rstrip("\n") + "\n"
    _, sub, parts, extra = node
    counter[0] += 1
    b = f"----=_Part_{h(slug, 10)}_{counter[0]}"
    out = f"Content-Type: multipart/{sub}; boundary=\"{b}\"{extra}\n\n"
    out += "This is a multi-part message in MIME format.\n\n" if counter[0] == 1 else ""
    for p in parts:
        out += f"--{b}\n" + render(p, slug, counter)
    out += f"--{b}--\n"
    return out


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode(linesep="\n ")


def enc_addr(name, addr):
    return formataddr((name, addr), charset="utf-8")


def docx(paras):
    bio = io.BytesIO()
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{html.escape(p, quote=False)}</w:t></w:r></w:p>" for p in paras)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + body + '</w:body></w:document>',
    }
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 9, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 50 790 Td 14 TL\n" + "".join(f"({esc(l)}) Tj T*\n" for l in lines) + "ET\n"
    stream = stream.encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offs)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def M(slug, quirk, date, frm, subject, body, label, to=HD, extra=(), cc=None, mid_domain=None):
    MSGS.append(dict(slug=slug, quirk=quirk, date=date, frm=frm, subject=subject, body=body, label=label,
                     to=to, extra=list(extra), cc=cc, mid_domain=mid_domain))


def L(typ, lang, fields=None, note=""):
    d = {"type": typ, "lang": lang, "fields": fields or {}}
    if note:
        d["note"] = note
    return d


def build(m):
    name, addr = m["frm"]
    dom = m["mid_domain"] or addr.split("@")[1]
    hdr = [("From", enc_addr(name, addr) if name else addr), ("To", m["to"])]
    if m["cc"]:
        hdr.append(("Cc", m["cc"]))
    hdr += [("Subject", enc_subject(m["subject"])), ("Date", m["date"]),
            ("Message-ID", f"<{h(m['slug'], 16)}.{h(m['slug'] + 'x', 6)}@{dom}>"), ("MIME-Version", "1.0")]
    hdr += m["extra"]
    top = "".join(f"{k}: {v}\n" for k, v in hdr)
    return (top + render(m["body"], m["slug"], [0])).replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


# ---------------------------------------------------------------- checks
def strip_html(s):
    s = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?s)<!--.*?-->", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def texts(msg):
    out = [str(msg.get("subject", ""))]
    for p in msg.walk():
        ct = p.get_content_type()
        if p is not msg and ct == "message/rfc822":
            continue
        if p.get("subject") is not None and p is not msg:
            out.append(str(p["subject"]))
        if ct == "text/plain" or ct == "text/rfc822-headers":
            out.append(p.get_content() if ct == "text/plain" else p.get_payload())
        elif ct == "text/html":
            out.append(strip_html(p.get_content()))
        elif ct.endswith("wordprocessingml.document"):
            z = zipfile.ZipFile(io.BytesIO(p.get_content()))
            out.append(strip_html(z.read("word/document.xml").decode("utf-8").replace("</w:p>", "</w:p>\n")))
        elif ct == "application/pdf":
            d = p.get_content().decode("latin-1")
            out.append("\n".join(re.sub(r"\\(.)", r"\1", t) for t in re.findall(r"\(((?:\\.|[^\\)])*)\) Tj", d)))
    return "\n".join(out)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


DAYS_ID = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
           "sen": 0, "sel": 1, "rab": 2, "kam": 3, "jum": 4, "sab": 5, "min": 6}
DAYS_EN = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
           "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
MONTHS = {"januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "agustus": 8,
          "september": 9, "oktober": 10, "november": 11, "desember": 12, "january": 1, "february": 2, "march": 3,
          "may": 5, "june": 6, "july": 7, "august": 8, "october": 10, "december": 12,
          "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "aug": 8, "agt": 8, "sep": 9,
          "sept": 9, "okt": 10, "oct": 10, "nov": 11, "des": 12, "dec": 12}


def check_weekdays(text, slug):
    days = {**DAYS_ID, **DAYS_EN}
    dn = "|".join(sorted(days, key=len, reverse=True))
    mn = "|".join(sorted(MONTHS, key=len, reverse=True))
    errs = []
    pats = [rf"\b({dn})\b\.?,?\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({mn})\b\.?,?\s*(\d{{4}})?",
            rf"\b({dn})\b\.?,?\s+({mn})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s*(\d{{4}})?"]
    for i, pat in enumerate(pats):
        for mt in re.finditer(pat, text, re.I):
            g = mt.groups()
            if i == 0:
                d, mo, y = int(g[1]), MONTHS[g[2].lower()], int(g[3] or 2026)
            else:
                d, mo, y = int(g[2]), MONTHS[g[1].lower()], int(g[3] or 2026)
            try:
                wd = datetime(y, mo, d).weekday()
            except ValueError:
                errs.append(f"{slug}: bad date {mt.group(0)!r}")
                continue
            if wd != days[g[0].lower()]:
                errs.append(f"{slug}: weekday mismatch {mt.group(0)!r}")
    return errs


def main():
    errs = []
    labels = {}
    MSGS.sort(key=lambda m: parsedate_to_datetime(m["date"]))
    written = set()
    counts = {}
    files = {}
    for i, m in enumerate(MSGS, 1):
        fn = f"{i:03d}-{m['quirk']}-{m['slug']}.eml"
        raw = build(m)
        slug = m["slug"]
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errs.append(f"{slug}: not CRLF")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for p in msg.walk():
            if p.defects:
                errs.append(f"{slug}: defects {p.defects}")
        for k in msg.keys():
            if getattr(msg[k], "defects", None):
                errs.append(f"{slug}: header defects {k} {msg[k].defects}")
        if str(msg["subject"]) != m["subject"]:
            errs.append(f"{slug}: subject round-trip {str(msg['subject'])!r}")
        dt = parsedate_to_datetime(m["date"])
        if msg["date"].datetime != dt or not (datetime(2026, 9, 1, tzinfo=dt.tzinfo) <= dt <= datetime(2026, 11, 28, 23, 59, tzinfo=dt.tzinfo)):
            errs.append(f"{slug}: date {m['date']}")
        if dt.utcoffset().total_seconds() not in (7 * 3600, 8 * 3600):
            errs.append(f"{slug}: offset")
        for p in msg.walk():
            if p.get_content_disposition() == "attachment" and p.get_content_type() != "message/rfc822":
                if len(p.get_payload(decode=True)) >= 30000:
                    errs.append(f"{slug}: attachment too big")
        t = texts(msg)
        ct = collapse(t)
        errs += check_weekdays(t, slug)
        lab = m["label"]
        if lab["type"] not in ("course_data", "announcement") and lab["fields"]:
            errs.append(f"{slug}: fields on {lab['type']}")
        f = lab["fields"]

        def chk(v, what):
            if collapse(v) not in ct:
                errs.append(f"{slug}: {what}={v!r} not in text")
        for k in ("course_code", "course_name", "title"):
            if k in f:
                chk(f[k], k)
        for k, v in f.get("changes", {}).items():
            if k not in ("fullname", "shortname", "lecturer", "class", "semester", "credits", "enrolment_key", "summary"):
                errs.append(f"{slug}: bad change field {k}")
            chk(v, "changes." + k)
        if lab["type"] == "course_data" and "changes" not in f:
            errs.append(f"{slug}: course_data without changes")
        if lab["type"] == "announcement" and f.get("scope") not in ("course", "site"):
            errs.append(f"{slug}: scope")
        if "publish_at" in f and not re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:00\+07:00", f["publish_at"]):
            errs.append(f"{slug}: publish_at form")
        counts[lab["type"]] = counts.get(lab["type"], 0) + 1
        files[fn] = raw
        labels[fn] = lab
    if errs:
        print("\n".join(errs))
        sys.exit(1)
    for fn in os.listdir(HERE):
        if re.match(r"\d{3}-.*\.eml$", fn) and fn not in files:
            os.remove(os.path.join(HERE, fn))
    for fn, raw in files.items():
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    langs = {}
    for lab in labels.values():
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
    print(len(files), "mails", counts, langs)
    if counts != PLAN:
        print("counts differ from plan", PLAN)
        sys.exit(1)


# ================================================================ the mails
def mso(paras, extra_html=""):
    body = "".join(f"<p class=MsoNormal>{html.escape(p) if p else '&nbsp;'}<o:p></o:p></p>\n" for p in paras)
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n"
            "<head><meta http-equiv=Content-Type content=\"text/html; charset=utf-8\"><style><!--\n"
            "p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n--></style></head>\n"
            "<body lang=EN-US link=\"#0563C1\"><div class=WordSection1>\n" + body + extra_html + "</div></body></html>\n")


def outlook(text, extra_html="", html_only=False):
    paras = text.split("\n")
    hp = leaf(mso(paras, extra_html), "html", "quoted-printable")
    if html_only:
        return hp
    return multi("alternative", [leaf(text, "plain", "quoted-printable"), hp])


def gmail(text):
    ht = "<div dir=\"ltr\">" + "".join(f"<div>{html.escape(l) if l else '<br>'}</div>" for l in text.split("\n")) + "</div>\n"
    return multi("alternative", [leaf(text, "plain", "quoted-printable"), leaf(ht, "html", "quoted-printable")])


def apple(text):
    ht = "<html><head></head><body style=\"word-wrap: break-word;\">" + "<br>".join(html.escape(l) for l in text.split("\n")) + "</body></html>\n"
    return multi("alternative", [leaf(text, "plain", "quoted-printable"), leaf(ht, "html", "quoted-printable")])


OWA = [("X-MS-Exchange-Organization-AuthAs", "Internal"), ("X-Mailer", "Microsoft OWA")]
OL16 = [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdpXc2F0bGVzcGxhbmt")]
MUTT = [("User-Agent", "NeoMutt/20220429")]
APPLE = [("X-Mailer", "Apple Mail (2.3774.600.62)")]

# ---------------------------------------------------------------- course_data (22)
M("tre-dosen-adapun", "outlook16-adapun-list", "Tue, 1 Sep 2026 09:12:40 +0700",
  ("Rusmini Hasibuan", "rusmini.tu@polibatam.ac.id"), "Permohonan Perubahan Dosen Pengampu Mata Kuliah Rangkaian Listrik II",
  outlook("""Kepada Yth.
Kepala P4M Politeknik Negeri Batam
di tempat

Dengan hormat,

Sehubungan dengan telah diterbitkannya Surat Keputusan Direktur tentang penugasan mengajar dosen pada Semester Ganjil Tahun Akademik 2026/2027, serta memperhatikan adanya perubahan komposisi dosen pengampu di lingkungan Jurusan Teknik Elektro, bersama ini kami sampaikan permohonan penyesuaian data mata kuliah pada sistem e-learning Politeknik Negeri Batam.

Adapun hal-hal yang kami mohonkan adalah sebagai berikut:
1. Mata kuliah TRE2104 Rangkaian Listrik II, dosen pengampu diubah menjadi Dr. Ir. Hendra Saputra Siregar, M.T., IPM;
2. Dosen pengampu sebelumnya mohon tetap dapat mengakses arsip mata kuliah tersebut sebagai non-editing teacher sampai akhir bulan September.

Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, diucapkan terima kasih.

Hormat kami,
Rusmini Hasibuan, S.Sos.
Kepala Urusan Administrasi Jurusan Teknik Elektro
Politeknik Negeri Batam"""), L("course_data", "id", {"course_code": "TRE2104", "course_name": "Rangkaian Listrik II",
  "changes": {"lecturer": "Dr. Ir. Hendra Saputra Siregar, M.T., IPM"}}), extra=OL16)

M("mb-etika-colon", "owa-html-only-colon-name", "Thu, 3 Sep 2026 10:47:05 +0700",
  ("Yohana Maria Sitompul", "yohana.mb@polibatam.ac.id"), "Perubahan nama mata kuliah MB2301 “Etika Bisnis”",
  outlook("""Dengan hormat,

Bersama ini kami sampaikan bahwa berdasarkan hasil rapat kurikulum Jurusan Manajemen & Bisnis tanggal 28 Agustus 2026, mata kuliah dengan kode MB2301 yang saat ini bernama Etika Bisnis mengalami penyesuaian nama.

Adapun perubahan yang kami mohonkan:
1. Nama lengkap mata kuliah menjadi: Etika Profesi: Teori dan Praktik
2. Kode mata kuliah tetap MB2301.

Mohon kiranya perubahan tersebut dapat dilakukan di e-learning sebelum perkuliahan pekan kedua. Demikian kami sampaikan, atas perhatiannya diucapkan terima kasih.

Salam,
Yohana Maria Sitompul
Staf Administrasi Senior
Jurusan Manajemen & Bisnis""", html_only=True), L("course_data", "id", {"course_code": "MB2301", "course_name": "Etika Bisnis",
  "changes": {"fullname": "Etika Profesi: Teori dan Praktik"}}, "New name itself contains a colon."), extra=OWA)

M("ti-shortname-dots", "outlook16-qp-shortname", "Mon, 7 Sep 2026 08:31:19 +0700",
  ("Agustinus Pardede", "agustinus.if@polibatam.ac.id"), "Penyesuaian nama singkat kursus Machine Learning kelas malam",
  outlook("""Dengan hormat,

Sehubungan dengan penataan ulang penamaan kelas malam di Jurusan Teknik Informatika agar seragam dengan format yang digunakan oleh Bagian Akademik, bersama ini kami sampaikan permohonan perubahan nama singkat (short name) kursus berikut:

Adapun rinciannya:
1. Kode mata kuliah: IF305
2. Nama mata kuliah: Machine Learning (kelas 3A Malam)
3. Nama singkat saat ini: IF305-3AM
4. Nama singkat baru: TI.3A.MLM

Demikian permohonan ini kami sampaikan, atas perhatiannya diucapkan terima kasih.

Agustinus Pardede
Administrasi Jurusan Teknik Informatika"""),
  L("course_data", "id", {"course_code": "IF305", "course_name": "Machine Learning", "changes": {"shortname": "TI.3A.MLM"}}), extra=OL16)

M("moodle-app-hp", "gmail-brisk-app-name", "Tue, 8 Sep 2026 13:05:51 +0700",
  ("Kevin Tanjaya", "kevin.tanjaya@polibatam.ac.id"), "IF214 nama kursus di app masih lama",
  gmail("""Siang,

Nama kursus di aplikasi Moodle di HP anak2 masih Pemrograman Web Lanjut. That name is outdated since the new curriculum. Tolong diganti jadi Pengembangan Aplikasi Web, kode tetap IF214, no need to touch the rest.

Thx
Kevin"""), L("course_data", "mixed", {"course_code": "IF214", "course_name": "Pemrograman Web Lanjut",
  "changes": {"fullname": "Pengembangan Aplikasi Web"}}, "Change told through what students see in the mobile app."))

M("nl-wrong-teacher", "apple-mail-en-lecturer", "Wed, 9 Sep 2026 16:22:10 +0700",
  ("Maarten van der Berg", "m.vanderberg@tudelft-guest.nl"), "Wrong teacher shown on course page (RE401)",
  apple("""Dear colleagues,

My students tell me they see the wrong teacher on the course page of Renewable Energy Systems (RE401): it still shows the name and photo of Mr. Darmawan, who taught it last year. As agreed with the head of department, I am teaching it this semester.

Would you be so kind as to change the lecturer of RE401 to Prof. Dr. ir. Maarten van der Berg? Mr. Darmawan may be removed.

With kind regards,
Maarten van der Berg
Visiting Professor, Teknik Elektro
Politeknik Negeri Batam"""),
  L("course_data", "en", {"course_code": "RE401", "course_name": "Renewable Energy Systems",
  "changes": {"lecturer": "Prof. Dr. ir. Maarten van der Berg"}}), extra=APPLE)

M("au-key-mismatch", "gmail-aussie-key", "Fri, 11 Sep 2026 19:40:02 +0700",
  ("Bec Thornton", "bec.thornton.volunteer@gmail.com"), "the key we gave out doesn't match",
  gmail("""Hi team,

Bit of a hiccup. The key we gave out to the first-years for English for Engineers (ENG102) doesn't match what's set in the course, so nobody can get in. I reckon someone set it before I came on board.

Could you set the enrolment key to bluewren26 - that's what's on the handout. Cheers heaps!

Bec Thornton
Volunteer English Teacher (AVI program)"""),
  L("course_data", "en", {"course_code": "ENG102", "course_name": "English for Engineers",
  "changes": {"enrolment_key": "bluewren26"}}))

M("batak-quoted-confirm", "gmail-reply-quoted-value", "Mon, 14 Sep 2026 07:58:44 +0700",
  ("Marudut Simanjuntak", "marudut@polibatam.ac.id"), "Re: nama praktikum jarkom",
  gmail("""Yang di bawah itu benar, mohon diproses.

MS

Pada Jum, 11 Sep 2026 pukul 15.20 Dewi Lestari <dewi.lestari@polibatam.ac.id>
menulis:
> Pak Marudut, ini draft yang mau dikirim ke P4M ya, tolong dicek:
>
> Mata kuliah TI2205 Jaringan Komputer / Lab di e-learning namanya diubah
> menjadi Praktikum Jaringan Komputer, supaya tidak tertukar dengan kelas
> teorinya.
>
> Dewi"""),
  L("course_data", "id", {"course_code": "TI2205", "course_name": "Jaringan Komputer / Lab",
  "changes": {"fullname": "Praktikum Jaringan Komputer"}}, "New value only in the quoted mail; sender confirms it."))

M("lowercase-statistika", "gmail-all-lowercase", "Tue, 15 Sep 2026 21:14:33 +0700",
  ("hendrik wijaya", "hendrikw@polibatam.ac.id"), "ganti nama kursus",
  leaf("""mlm,
tolong ganti nama kursus statistika dasar jadi statistika dan probabilitas. kelasnya ada 2 (mn-1a sama mn-1b), dua2nya ya. sorry for the short notice, semester already started.
makasih
hendrik"""), L("course_data", "mixed", {"course_name": "statistika dasar", "changes": {"fullname": "statistika dan probabilitas"}}))

M("allcaps-sks", "outlook16-all-caps", "Thu, 17 Sep 2026 10:02:16 +0700",
  ("Drs. Saut Manurung", "saut.manurung@polibatam.ac.id"), "MOHON PERBAIKAN SKS",
  leaf("""YTH. PETUGAS P4M

MOHON DIPERBAIKI SKS MATA KULIAH MEKANIKA FLUIDA (MES2203) DI E-LEARNING. TERTULIS 2 SKS, SEHARUSNYA 3 SKS SESUAI KURIKULUM 2025.

TERIMA KASIH.

DRS. SAUT MANURUNG, M.T.
JURUSAN TEKNIK MESIN""", cte="quoted-printable"),
  L("course_data", "id", {"course_code": "MES2203", "course_name": "MEKANIKA FLUIDA", "changes": {"credits": "3 SKS"}}), extra=OL16)

M("double-space-kelas", "thunderbird-double-spaces", "Mon, 21 Sep 2026 09:45:00 +0700",
  ("Ir. Gatot Subroto Wibisono", "gatot.wibisono@polibatam.ac.id"), "Kelas  Elektronika  Daya",
  leaf("""Selamat pagi  Bapak/Ibu,

Mata kuliah  Elektronika Daya  (TRE3102)  di e-learning  terdaftar untuk kelas  2A.  Itu keliru.  Mohon  kelasnya  diganti  menjadi  2B Pagi.  Mahasiswa 2A tidak mengambil mata kuliah ini semester ini.

Terima kasih  atas bantuannya.

Gatot S. Wibisono""", flowed=True),
  L("course_data", "id", {"course_code": "TRE3102", "course_name": "Elektronika Daya", "changes": {"class": "2B Pagi"}}),
  extra=[("User-Agent", "Mozilla Thunderbird 115.6")])

M("in-summary-needful", "outlook16-indian-summary", "Wed, 23 Sep 2026 11:36:27 +0700",
  ("Venkatesh Raghunathan", "venkatesh.r@siemens-trainer.co.in"), "Course summary update - Industrial Automation with PLC",
  outlook("""Dear Sir/Madam,

Greetings of the day!

I am the industry trainer handling the course Industrial Automation with PLC (code TRE4210) for the final year students. The current course summary is blank. Kindly update the summary with the below text and do the needful at the earliest:

This course introduces programmable logic controllers as they are used on the factory floor. Students learn ladder logic, function block diagrams and the wiring of sensors and actuators to a PLC.

In the second half of the semester, students work in small teams on a conveyor-sorting station and present a commissioning report to the trainer from industry.

Please let me know once done. Thanks and regards,
Venkatesh Raghunathan
Senior Automation Trainer"""),
  L("course_data", "en", {"course_code": "TRE4210", "course_name": "Industrial Automation with PLC",
  "changes": {"summary": "This course introduces programmable logic controllers as they are used on the factory floor. Students learn ladder logic, function block diagrams and the wiring of sensors and actuators to a PLC.\n\nIn the second half of the semester, students work in small teams on a conveyor-sorting station and present a commissioning report to the trainer from industry."}},
  "Two-paragraph summary."), extra=OL16)

M("ph-shortname-revert", "gmail-filipino-revert", "Fri, 25 Sep 2026 14:09:58 +0700",
  ("Ma. Cristina Dela Cruz", "cristina.delacruz@polibatam.ac.id"), "Request: change short name of TOEIC Preparation",
  gmail("""Good afternoon po!

May I request to change the short name of my course TOEIC Preparation (ENG210) to ENG-TOEIC-2B? The students are confused since the current one says ENG-TOEIC-1A.

Could you please revert once it is done? Thank you so much and God bless!

Cristina Dela Cruz
English Instructor, Language Center"""),
  L("course_data", "en", {"course_code": "ENG210", "course_name": "TOEIC Preparation", "changes": {"shortname": "ENG-TOEIC-2B"}}))

M("mixed-oop-rename", "gmail-mixed-english-name", "Tue, 29 Sep 2026 10:18:41 +0700",
  ("Felix Gunawan", "felix.gunawan@polibatam.ac.id"), "rename course OOP",
  gmail("""Pagi tim P4M,

Course Object Oriented Programming (IF203) tolong di-rename ke Object-Oriented Analysis and Design ya, mulai semester ini materinya sudah lebih ke design. Short name-nya biarkan saja.

Thanks,
Felix"""),
  L("course_data", "mixed", {"course_code": "IF203", "course_name": "Object Oriented Programming",
  "changes": {"fullname": "Object-Oriented Analysis and Design"}}))

M("mesin-docx-form", "outlook16-docx-form", "Thu, 1 Oct 2026 13:27:09 +0700",
  ("Sri Wahyuni Lubis", "sriwahyuni.tm@polibatam.ac.id"), "Formulir perubahan data mata kuliah - Fisika Terapan",
  multi("mixed", [outlook("""Dengan hormat,

Bersama ini kami sampaikan formulir permohonan perubahan data mata kuliah dari Jurusan Teknik Mesin sebagaimana terlampir. Mohon dapat ditindaklanjuti.

Demikian, atas perhatiannya diucapkan terima kasih.

Sri Wahyuni Lubis
Administrasi Jurusan Teknik Mesin"""),
  att(docx(["FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING", "Jurusan: Teknik Mesin",
            "Kode mata kuliah: MES1102", "Nama mata kuliah: Fisika Terapan",
            "Perubahan yang diminta:", "1. Dosen pengampu baru: Ir. Bonar Hutapea, M.Eng.",
            "2. Enrolment key baru: torsi",
            "Batam, 30 September 2026", "Ketua Jurusan Teknik Mesin"]),
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Form_Perubahan_MES1102.docx")]),
  L("course_data", "id", {"course_code": "MES1102", "course_name": "Fisika Terapan",
  "changes": {"lecturer": "Ir. Bonar Hutapea, M.Eng.", "enrolment_key": "torsi"}}, "Request only in the DOCX; key is a common word."), extra=OL16)

M("tre-pdf-semester", "zimbra-pdf-letter", "Mon, 5 Oct 2026 09:03:55 +0700",
  ("Nur Aisyah Harahap", "nuraisyah.te@polibatam.ac.id"), "Surat permohonan perubahan semester mata kuliah",
  multi("mixed", [leaf("""Dengan hormat,

Terlampir surat dari Ketua Jurusan Teknik Elektro perihal penyesuaian semester mata kuliah di e-learning. Mohon ditindaklanjuti.

Terima kasih.
Nur Aisyah Harahap
Staf Administrasi Jurusan Teknik Elektro""", cte="quoted-printable"),
  att(pdf(["JURUSAN TEKNIK ELEKTRO - POLITEKNIK NEGERI BATAM", "Nomor: 412/PL29/TE/2026", "Hal: Penyesuaian semester mata kuliah",
           "Dengan hormat,", "Sehubungan dengan pemberlakuan kurikulum 2025, mata kuliah TRE4105 Sistem Kendali Digital",
           "yang di e-learning tercatat pada semester 5, mohon dipindahkan ke semester 7.",
           "Demikian, atas perhatiannya diucapkan terima kasih.", "Ketua Jurusan Teknik Elektro"]),
      "application/pdf", "Surat_412_TE_2026.pdf")]),
  L("course_data", "id", {"course_code": "TRE4105", "course_name": "Sistem Kendali Digital", "changes": {"semester": "semester 7"}},
    "Request only in the PDF letter."), extra=[("X-Mailer", "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC118)")])

_inner_keamanan = ("From: Rizal Fahmi Nasution <rizal.fahmi@polibatam.ac.id>\nTo: Kaprodi TI <kaprodi.ti@polibatam.ac.id>\n"
  "Subject: usul ganti nama MK Keamanan Informasi\nDate: Tue, 6 Oct 2026 20:11:03 +0700\n"
  "Message-ID: <inner-keamanan-6a1f@polibatam.ac.id>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
  "Content-Transfer-Encoding: 8bit\n\nBu Kaprodi,\n\nSesuai hasil rapat RPS, mohon izin nama mata kuliah IF402 Keamanan Informasi\n"
  "di e-learning diganti menjadi Keamanan Siber. Kalau Ibu setuju mohon diteruskan ke P4M.\n\nRizal\n")
M("ti-rfc822-fwd", "thunderbird-rfc822-forward", "Wed, 7 Oct 2026 08:15:30 +0700",
  ("Kaprodi Teknik Informatika", "kaprodi.ti@polibatam.ac.id"), "Fwd: usul ganti nama MK Keamanan Informasi",
  multi("mixed", [leaf("""Yth. P4M,

Saya setujui, mohon diproses sesuai email Pak Rizal terlampir.

Salam,
Dr. Elvina Tjhai, M.Kom.
Ketua Program Studi Teknik Informatika"""), rfc822(_inner_keamanan)]),
  L("course_data", "id", {"course_code": "IF402", "course_name": "Keamanan Informasi", "changes": {"fullname": "Keamanan Siber"}},
    "Request is in the attached message/rfc822; the forwarder approves."), extra=[("User-Agent", "Mozilla Thunderbird 128.3")])

M("ak-nested-fwd", "gmail-fwd-nested-twice", "Fri, 9 Oct 2026 15:44:12 +0700",
  ("Admin Manajemen Bisnis", "admin.mb@polibatam.ac.id"), "Fwd: Fwd: dosen Akuntansi Manajemen",
  gmail("""Mohon bantuan P4M untuk email di bawah. Terima kasih.

---------- Forwarded message ---------
Dari: Ketua Jurusan MB <kajur.mb@polibatam.ac.id>
Date: Jum, 9 Okt 2026 pukul 11.02
Subject: Fwd: dosen Akuntansi Manajemen
To: Admin Manajemen Bisnis <admin.mb@polibatam.ac.id>

Tolong diteruskan ke P4M.

---------- Forwarded message ---------
Dari: Lim Siew Hoon <lim.siewhoon@polibatam.ac.id>
Date: Kam, 8 Okt 2026 pukul 17.36
Subject: dosen Akuntansi Manajemen
To: Ketua Jurusan MB <kajur.mb@polibatam.ac.id>

Pak Kajur, mulai pekan ini saya yang menggantikan Bu Ratna di AK2201 Akuntansi Manajemen. Mohon nama pengampu di e-learning diganti menjadi Lim Siew Hoon, S.E., M.Ak. agar mahasiswa tidak bingung.

Terima kasih,
Lim"""),
  L("course_data", "id", {"course_code": "AK2201", "course_name": "Akuntansi Manajemen",
  "changes": {"lecturer": "Lim Siew Hoon, S.E., M.Ak."}}, "Request two forwards deep."))

M("kalkulus-no-value", "gmail-batak-no-value", "Mon, 12 Oct 2026 07:21:48 +0700",
  ("Togar Panjaitan", "togar.panjaitan@polibatam.ac.id"), "Ganti dosen Kalkulus I",
  leaf("""Pagi.

Dosen pengampu TI1101 Kalkulus I di e-learning tolong diganti, saya sudah tidak pegang kelas itu mulai minggu ini. Nama dosen penggantinya belum keluar SK-nya, nanti saya kabari.

Togar"""),
  L("course_data", "id", {"course_code": "TI1101", "course_name": "Kalkulus I", "changes": {}}, "Lecturer change asked but the new name is not given."))

M("mutt-key-word", "mutt-plain-signature", "Wed, 14 Oct 2026 22:03:17 +0700",
  ("Budi Santoso Halim", "bshalim@polibatam.ac.id"), "enrolment key IF310",
  leaf("""Halo,

Enrolment key kursus IF310 Sistem Terdistribusi bocor ke grup angkatan lain.
Mohon diganti jadi: konsensus

Nanti key baru saya bagikan sendiri di kelas. No need to announce it,
just change it quietly.

-- 
Budi Santoso Halim
Lab Sistem Terdistribusi, Teknik Informatika
"Talk is cheap. Show me the code."
""", cte="7bit"),
  L("course_data", "mixed", {"course_code": "IF310", "course_name": "Sistem Terdistribusi", "changes": {"enrolment_key": "konsensus"}}), extra=MUTT)

M("apple-mixed-dm-short", "apple-mail-mixed", "Mon, 19 Oct 2026 12:50:26 +0700",
  ("Jessica Liem", "jessica.liem@polibatam.ac.id"), "short name Data Mining",
  apple("""Hi P4M,

Tolong update short name course Data Mining (IF501) jadi DM-TI5B ya, yang sekarang masih DM-2025. Thanks a lot!

Sent from my iPad
Jessica"""),
  L("course_data", "mixed", {"course_code": "IF501", "course_name": "Data Mining", "changes": {"shortname": "DM-TI5B"}}), extra=APPLE)

M("deaf-class-rep", "gmail-short-sentences", "Thu, 22 Oct 2026 10:33:00 +0700",
  ("Natalia Kbarek", "natalia.kbarek@students.polibatam.ac.id"), "Kelas di e-learning salah — TI-2C",
  gmail("""Selamat pagi.

Saya Natalia. Saya ketua kelas TI-2C.
Saya tuli. Mohon balas lewat email saja.
Mata kuliah Struktur Data di e-learning tertulis kelas TI-2A.
Itu salah. Kelas kami TI-2C.
Dosen kami Pak Andreas sudah setuju.
Mohon kelasnya diganti ke TI-2C.

Terima kasih.
Natalia"""),
  L("course_data", "id", {"course_name": "Struktur Data", "changes": {"class": "TI-2C"}}))
M("ntt-qp-longline", "qp-long-lines-semester", "Tue, 27 Oct 2026 14:12:07 +0700",
  ("Yulius Manek", "yulius.manek@polibatam.ac.id"), "Mohon bantuan perubahan semester kursus Akuntansi Biaya",
  leaf("""Selamat siang Bapak/Ibu petugas P4M yang saya hormati, mohon maaf sebelumnya apabila saya mengganggu waktunya. Saya Yulius Manek, dosen baru di Jurusan Manajemen & Bisnis. Kursus AK2105 Akuntansi Biaya yang saya ampu di e-learning masih tercatat di Semester Genap 2025/2026, padahal mata kuliah ini saya ajar sekarang, yaitu pada Semester Ganjil 2026/2027. Dengan segala kerendahan hati saya mohon semesternya dapat diubah menjadi Semester Ganjil 2026/2027 supaya mahasiswa dapat menemukannya di daftar kursus semester berjalan. Terima kasih banyak atas kebaikan Bapak/Ibu.

Salam hormat,
Yulius Manek, S.E., M.Si.""", cte="quoted-printable"),
  L("course_data", "id", {"course_code": "AK2105", "course_name": "Akuntansi Biaya", "changes": {"semester": "Semester Ganjil 2026/2027"}}))

# ---------------------------------------------------------------- announcement (16)
M("ann-waktu-tayang", "outlook16-waktu-tayang-line", "Wed, 2 Sep 2026 10:05:33 +0700",
  ("Humas Polibatam", "humas@polibatam.ac.id"), "Pengumuman: Pemeliharaan Server E-Learning",
  outlook("""Dengan hormat,

Bersama ini kami sampaikan permohonan penayangan pengumuman di halaman depan e-learning untuk seluruh sivitas akademika, dengan rincian sebagai berikut.

Judul: Pemeliharaan Server E-Learning
Isi: Sehubungan dengan pemeliharaan server, e-learning tidak dapat diakses pada Sabtu, 5 September 2026 pukul 22.00 s.d. Minggu, 6 September 2026 pukul 04.00 WIB. Mohon seluruh dosen dan mahasiswa menyesuaikan jadwal pengumpulan tugas.
Waktu tayang: Kamis, 3 September 2026 pukul 08.00 WIB

Demikian kami sampaikan, atas perhatiannya diucapkan terima kasih.

Unit Hubungan Masyarakat"""),
  L("announcement", "id", {"title": "Pemeliharaan Server E-Learning", "scope": "site", "publish_at": "2026-09-03T08:00:00+07:00"},
    "Maintenance window is not the publish time."), extra=OL16)

M("ann-info-jumat-ini", "gmail-info-subject-relative", "Wed, 16 Sep 2026 09:40:18 +0700",
  ("Andreas Tampubolon", "andreas.tampubolon@polibatam.ac.id"), "[INFO] Kuliah Tamu Cloud Native",
  gmail("""P4M,

Tolong pasang pengumuman di kursus Komputasi Awan (IF404) kelas TI-4A, judulnya Kuliah Tamu Cloud Native. Isinya: kuliah tamu dari praktisi hari Selasa, 22 September 2026 jam 13.00 di Aula Gedung Utama, wajib hadir.

Tayangkan Jumat ini pukul 10.00. Please make sure it's visible to TI-4A only, not the whole campus.

Andreas"""),
  L("announcement", "mixed", {"course_code": "IF404", "course_name": "Komputasi Awan", "title": "Kuliah Tamu Cloud Native",
    "scope": "course", "publish_at": "2026-09-18T10:00:00+07:00"}, "Friday resolved against the Date header; event time is not publish time."))

M("ann-makassar-wita", "outlook-web-wita", "Mon, 21 Sep 2026 08:20:44 +0800",
  ("Andi Nurhalizah", "andi.nurhalizah@poliupg.ac.id"), "Permohonan penayangan pengumuman Webinar Bersama",
  outlook("""Yth. Tim P4M Politeknik Negeri Batam,

Salam dari Makassar. Dalam rangka kerja sama antarpoliteknik, kami mohon bantuan penayangan pengumuman untuk seluruh mahasiswa Polibatam di halaman utama e-learning:

Judul: Webinar Bersama Politeknik se-Indonesia: Green Campus
Pelaksanaan: Sabtu, 3 Oktober 2026, pukul 09.00 WITA via Zoom
Pendaftaran ditutup 30 September 2026

Mohon ditayangkan pada Rabu, 23 September 2026 pukul 08.00 WITA.

Hormat kami,
Andi Nurhalizah
Unit Kerja Sama, Politeknik Negeri Ujung Pandang""", html_only=True),
  L("announcement", "id", {"title": "Webinar Bersama Politeknik se-Indonesia: Green Campus", "scope": "site",
    "publish_at": "2026-09-23T07:00:00+07:00"}, "Publish time in WITA; sender's Date header is +0800."), extra=OWA)

M("ann-aussie-friday-9", "gmail-en-friday-morning", "Mon, 19 Oct 2026 18:05:12 +0700",
  ("Bec Thornton", "bec.thornton.volunteer@gmail.com"), "Announcement for my ENG102 mob",
  gmail("""Hi again,

Could you pop an announcement up in English for Engineers (ENG102) on Friday morning at 9? Title: Speaking Test Week. Text: Speaking tests run from Monday 26 October in room B-204, sign up for a slot with me by Thursday arvo.

Ta!
Bec"""),
  L("announcement", "en", {"course_code": "ENG102", "course_name": "English for Engineers", "title": "Speaking Test Week",
    "scope": "course", "publish_at": "2026-10-23T09:00:00+07:00"}))

M("ann-date-only", "gmail-date-only", "Thu, 29 Oct 2026 11:11:45 +0700",
  ("Sekretariat BEM", "bem@students.polibatam.ac.id"), "Pengumuman: Donor Darah Kampus 🩸",
  gmail("""Selamat siang kakak-kakak P4M,

Kami dari BEM mohon izin menitipkan pengumuman untuk semua mahasiswa di e-learning. Judulnya Donor Darah Kampus, kegiatannya Rabu, 11 November 2026 pukul 08.00-12.00 di Lobi Gedung Utama.

Mohon ditayangkan tanggal 2 November ya kak. Terima kasih banyak.

Salam,
Sekretariat BEM Polibatam"""),
  L("announcement", "id", {"title": "Donor Darah Kampus", "scope": "site"}, "Publish date given without a clock time."))

M("ann-deadline-not-publish", "outlook16-deadline", "Mon, 5 Oct 2026 13:32:02 +0700",
  ("Lusiana Gultom", "lusiana.p4m@polibatam.ac.id"), "Tolong tayangkan: Lomba Video Pembelajaran 2026",
  outlook("""Rekan-rekan helpdesk,

Tolong tayangkan hari ini di halaman depan e-learning untuk seluruh dosen dan mahasiswa:

Lomba Video Pembelajaran 2026
Pendaftaran dibuka sampai paling lambat Jumat, 30 Oktober 2026 pukul 23.59 WIB melalui formulir di e-learning. Pengumuman pemenang pada 20 November 2026.

Makasih,
Lusiana"""),
  L("announcement", "id", {"title": "Lomba Video Pembelajaran 2026", "scope": "site"}, "Deadline time is not the publish time; 'today' has no clock time."), extra=OL16)

M("ann-berlaku-mulai", "gmail-berlaku-mulai-besok", "Tue, 29 Sep 2026 16:48:20 +0700",
  ("Hotman Sinaga", "hotman.sinaga@polibatam.ac.id"), "Pengumuman batas ukuran file",
  gmail("""Sore,

Buat pengumuman site: "Batas Ukuran Unggahan Tugas Menjadi 50 MB". Aturan ini berlaku mulai 1 Oktober 2026. Tayangkan besok pagi jam 7.

Hotman
Koordinator E-Learning"""),
  L("announcement", "id", {"title": "Batas Ukuran Unggahan Tugas Menjadi 50 MB", "scope": "site",
    "publish_at": "2026-09-30T07:00:00+07:00"}, "'berlaku mulai' date is not the publish time."))

M("ann-nl-third-nov", "apple-mail-ordinal-date", "Mon, 26 Oct 2026 15:02:39 +0700",
  ("Maarten van der Berg", "m.vanderberg@tudelft-guest.nl"), "Announcement in RE401",
  apple("""Dear helpdesk,

Could you place an announcement in my course Renewable Energy Systems (RE401) with the title Guest Lecture: Smart Grids in the Netherlands? The lecture itself is on Thursday 12 November at 14.00 in the Teknik Elektro auditorium.

Please publish it on Tuesday the 3rd of November at 08:00 (Batam time).

Kind regards,
Maarten van der Berg"""),
  L("announcement", "en", {"course_code": "RE401", "course_name": "Renewable Energy Systems",
    "title": "Guest Lecture: Smart Grids in the Netherlands", "scope": "course", "publish_at": "2026-11-03T08:00:00+07:00"}), extra=APPLE)

M("ann-ph-0730h", "gmail-filipino-0730h", "Fri, 20 Nov 2026 10:26:55 +0700",
  ("Ma. Cristina Dela Cruz", "cristina.delacruz@polibatam.ac.id"), "Kindly post announcement - TOEIC mock test",
  gmail("""Hello po,

Kindly post this announcement in TOEIC Preparation (ENG210):

Title: TOEIC Mock Test Schedule
Body: The mock test will be on Dec. 3 at 1300H in the Language Center. Bring your own headset.

Please publish it on Nov. 27 at 0730H. Thank you and have a blessed day!

Cristina"""),
  L("announcement", "en", {"course_code": "ENG210", "course_name": "TOEIC Preparation", "title": "TOEIC Mock Test Schedule",
    "scope": "course", "publish_at": "2026-11-27T07:30:00+07:00"}))

M("ann-in-plant-visit", "outlook16-indian-tomorrow", "Tue, 3 Nov 2026 17:12:40 +0700",
  ("Venkatesh Raghunathan", "venkatesh.r@siemens-trainer.co.in"), "Notice for students - Plant Visit",
  outlook("""Dear Team,

Kindly publish the below notice for the students of Industrial Automation with PLC (TRE4210) tomorrow at 10 AM.

Title: Plant Visit to Batamindo Industrial Park
The plant visit is scheduled on Thursday, 12 November 2026. Bus departs from campus at 7:00 AM sharp. Safety shoes are mandatory.

Please revert in case of any query.
Regards,
Venkatesh"""),
  L("announcement", "en", {"course_code": "TRE4210", "course_name": "Industrial Automation with PLC",
    "title": "Plant Visit to Batamindo Industrial Park", "scope": "course", "publish_at": "2026-11-04T10:00:00+07:00"}), extra=OL16)

M("ann-outlook-table", "outlook16-html-table", "Wed, 4 Nov 2026 09:15:10 +0700",
  ("Bagian Akademik", "akademik@polibatam.ac.id"), "Permohonan penayangan pengumuman",
  outlook("""Dengan hormat,

Sehubungan dengan pelaksanaan evaluasi dosen oleh mahasiswa (EDOM) semester ganjil, bersama ini kami mohon penayangan pengumuman di e-learning dengan rincian pada tabel berikut.

Demikian, atas perhatiannya diucapkan terima kasih.

Bagian Akademik""", extra_html="""<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
<tr><td><p class=MsoNormal><b>Judul</b></p></td><td><p class=MsoNormal>Pengisian EDOM Semester Ganjil 2026/2027</p></td></tr>
<tr><td><p class=MsoNormal><b>Sasaran</b></p></td><td><p class=MsoNormal>Seluruh mahasiswa</p></td></tr>
<tr><td><p class=MsoNormal><b>Isi</b></p></td><td><p class=MsoNormal>EDOM dibuka 9&ndash;21 November 2026. Mahasiswa yang belum mengisi tidak dapat melihat nilai.</p></td></tr>
<tr><td><p class=MsoNormal><b>Waktu tayang</b></p></td><td><p class=MsoNormal>Senin, 9 November 2026 pukul 07.30 WIB</p></td></tr>
</table>
""", html_only=True),
  L("announcement", "id", {"title": "Pengisian EDOM Semester Ganjil 2026/2027", "scope": "site",
    "publish_at": "2026-11-09T07:30:00+07:00"}, "Details only in an HTML table."), extra=OL16)

M("ann-mixed-kuis-now", "gmail-mixed-now", "Thu, 8 Oct 2026 19:55:03 +0700",
  ("Kevin Tanjaya", "kevin.tanjaya@polibatam.ac.id"), "announcement kuis pengganti",
  gmail("""Tolong post announcement di course Machine Learning kelas TI.3A.MLM:
"Kuis Pengganti Minggu Depan" - quiz pengganti dibuka Senin 12 Oktober jam 19.00 s/d 21.00, online di e-learning.
Post sekarang aja, thanks.

KT"""),
  L("announcement", "mixed", {"course_name": "Machine Learning", "title": "Kuis Pengganti Minggu Depan", "scope": "course"},
    "'now' with no clock time; the quiz time is not the publish time."))

M("ann-info-uts-apple", "apple-mail-info-uts", "Wed, 28 Oct 2026 08:44:29 +0700",
  ("Elvina Tjhai", "elvina.tjhai@polibatam.ac.id"), "[INFO] Perubahan Jadwal UTS Teknik Informatika",
  apple("""Halo tim P4M,

Mohon tayangkan pengumuman untuk semua mahasiswa Teknik Informatika di e-learning (bukan hanya satu kelas, jadi di halaman depan saja):

Perubahan Jadwal UTS Teknik Informatika
UTS yang semula 9-13 November dimundurkan menjadi 16-20 November 2026. Jadwal per kelas menyusul.

Tayang Senin 2 November jam 08.00.

Terima kasih,
Elvina"""),
  L("announcement", "id", {"title": "Perubahan Jadwal UTS Teknik Informatika", "scope": "site",
    "publish_at": "2026-11-02T08:00:00+07:00"}, "Audience is one department but posted site-wide as asked."), extra=APPLE)

M("ann-pdf-only", "gmail-pdf-announcement", "Tue, 10 Nov 2026 13:57:41 +0700",
  ("UPT Perpustakaan", "perpustakaan@polibatam.ac.id"), "Pengumuman perpustakaan (terlampir)",
  multi("mixed", [leaf("""Dengan hormat, terlampir pengumuman yang mohon ditayangkan di e-learning. Terima kasih.

UPT Perpustakaan Politeknik Negeri Batam"""),
   att(pdf(["PENGUMUMAN", "Judul: Akses Gratis E-Journal IEEE Xplore", "Kepada seluruh sivitas akademika Politeknik Negeri Batam,",
            "akses uji coba IEEE Xplore dibuka 16 November - 15 Desember 2026 dari jaringan kampus.",
            "Mohon ditayangkan di halaman depan e-learning pada 16 November 2026.", "Kepala UPT Perpustakaan"]),
       "application/pdf", "Pengumuman_IEEE.pdf")]),
  L("announcement", "id", {"title": "Akses Gratis E-Journal IEEE Xplore", "scope": "site"}, "Request only in the PDF; date without a time."))

M("ann-mb-bureaucratic-qp", "qp-bureaucratic-course", "Mon, 19 Oct 2026 10:21:37 +0700",
  ("Yohana Maria Sitompul", "yohana.mb@polibatam.ac.id"), "Permohonan penayangan pengumuman kelas Manajemen Pemasaran",
  leaf("""Dengan hormat,

Sehubungan dengan akan dilaksanakannya kunjungan industri bagi mahasiswa peserta mata kuliah Manajemen Pemasaran (MB3102) kelas MB-3A, bersama ini kami sampaikan permohonan penayangan pengumuman pada kursus tersebut di e-learning dengan judul Kunjungan Industri ke PT Batam Retail Nusantara, yang berisi informasi bahwa kunjungan akan dilaksanakan pada hari Selasa, 27 Oktober 2026 pukul 08.00 WIB dengan titik kumpul di lobi kampus, dan mahasiswa diwajibkan mengenakan jas almamater.

Adapun pengumuman tersebut mohon ditayangkan pada hari Kamis, 22 Oktober 2026 pukul 13.00 WIB.

Demikian permohonan ini kami sampaikan, atas perhatian dan kerja samanya diucapkan terima kasih.

Hormat kami,
Yohana Maria Sitompul
Jurusan Manajemen & Bisnis""", cte="quoted-printable"),
  L("announcement", "id", {"course_code": "MB3102", "course_name": "Manajemen Pemasaran",
    "title": "Kunjungan Industri ke PT Batam Retail Nusantara", "scope": "course", "publish_at": "2026-10-22T13:00:00+07:00"}))

M("ann-batak-sore-ini", "gmail-mixed-today-6pm", "Fri, 13 Nov 2026 14:30:09 +0700",
  ("Togar Panjaitan", "togar.panjaitan@polibatam.ac.id"), "announcement Sistem Operasi",
  leaf("""Tolong tayangkan announcement di course Sistem Operasi (TI2302): "Praktikum Minggu Depan Online". Praktikum pekan depan via BigBlueButton, link di course. Tayang jam 6 sore hari ini.

Togar"""),
  L("announcement", "mixed", {"course_code": "TI2302", "course_name": "Sistem Operasi", "title": "Praktikum Minggu Depan Online",
    "scope": "course", "publish_at": "2026-11-13T18:00:00+07:00"}))
# ---------------------------------------------------------------- elearning_support (12)
M("papua-login", "gmail-polite-papuan", "Thu, 10 Sep 2026 20:14:51 +0700",
  ("Yosina Wenda", "yosina.wenda@students.polibatam.ac.id"), "Mohon bantuan tidak bisa masuk e-learning",
  gmail("""Selamat malam Bapak/Ibu,

Mohon maaf mengganggu waktu Bapak/Ibu. Saya Yosina Wenda, mahasiswa Teknik Mesin semester 1, NIM 4212601017. Sejak kemarin saya tidak bisa masuk ke e-learning. Setelah saya mengganti kata sandi di portal, e-learning tetap menulis "Invalid login, please try again". Saya sudah mencoba di HP dan di komputer lab.

Apabila Bapak/Ibu berkenan, mohon dibantu supaya saya bisa mengikuti kuis hari Senin. Terima kasih banyak atas bantuannya, Tuhan memberkati.

Hormat saya,
Yosina Wenda"""), L("elearning_support", "id"))

M("ntt-not-visible", "gmail-polite-ntt", "Tue, 22 Sep 2026 07:36:22 +0700",
  ("Maria Goreti Bria", "maria.bria@students.polibatam.ac.id"), "Kursus tidak muncul di dasbor 🙏",
  leaf("""Selamat pagi Bapak/Ibu yang saya hormati,

Perkenalkan, saya Maria Goreti Bria dari kelas MB-1B. Dengan hormat saya ingin menyampaikan bahwa mata kuliah Pengantar Bisnis belum muncul di dasbor e-learning saya, padahal teman-teman sekelas sudah bisa melihatnya. KRS saya sudah disetujui dosen wali.

Kiranya Bapak/Ibu dapat membantu saya. Atas perhatian dan bantuannya saya ucapkan terima kasih.

Salam hormat,
Maria"""), L("elearning_support", "id"))

M("deaf-quiz-timer", "gmail-deaf-quiz", "Wed, 30 Sep 2026 15:08:37 +0700",
  ("Natalia Kbarek", "natalia.kbarek@students.polibatam.ac.id"), "Kuis tertutup sendiri",
  gmail("""Selamat siang.

Saya Natalia, TI-2C.
Saya mengerjakan kuis Struktur Data tadi jam 14.00.
Waktu kuis 60 menit.
Baru 10 menit, kuis tertutup sendiri.
Nilai saya 0.
Saya punya tangkapan layar.
Mohon dicek.
Saya tidak bisa telepon. Mohon balas email.

Terima kasih.
Natalia"""), L("elearning_support", "id"))

M("howto-rename", "outlook16-howto-near-miss", "Fri, 2 Oct 2026 10:40:10 +0700",
  ("Dr. Ir. Hendra Saputra Siregar", "hendra.siregar@polibatam.ac.id"), "Cara mengganti nama kursus sendiri",
  outlook("""Selamat pagi,

Apakah dosen bisa mengganti sendiri nama kursus di e-learning, atau harus lewat P4M? Kalau bisa, menunya di mana? Saya cari di Settings tidak ketemu kolom nama lengkap.

Terima kasih,
Hendra Siregar"""), L("elearning_support", "id", note="How-to question about renaming, not a change request."), extra=OL16)

M("au-upload-video", "gmail-aussie-upload", "Tue, 6 Oct 2026 11:51:02 +0700",
  ("Bec Thornton", "bec.thornton.volunteer@gmail.com"), "can't upload my vid",
  gmail("""G'day,

Trying to upload a 180 MB listening video to ENG102 and it just spins then says the file is too large. Is there a limit I don't know about, or should I chuck it on YouTube and link it?

Cheers,
Bec"""), L("elearning_support", "en"))

M("ph-not-enrolled", "gmail-filipino-enrol", "Wed, 14 Oct 2026 08:09:47 +0700",
  ("Ma. Cristina Dela Cruz", "cristina.delacruz@polibatam.ac.id"), "Students not enrolled in ENG210",
  gmail("""Good morning po,

Five of my students from class 2B cannot see TOEIC Preparation in their dashboard. Their names are in SIAKAD but not in the participants list. I have attached nothing since I do not have their NIM with me now, sorry.

Could you please revert on how we can fix this? Thank you!

Cristina"""), L("elearning_support", "en"))

M("mixed-file-type", "apple-mail-mixed-error", "Mon, 26 Oct 2026 21:22:18 +0700",
  ("Jessica Liem", "jessica.liem@polibatam.ac.id"), "assignment error file type",
  apple("""Hi,

Students tidak bisa submit assignment di Data Mining, keluar error "File type not allowed" waktu upload .ipynb. Bisa tolong ditambah ke allowed types? Atau saya yang setting sendiri? Deadline-nya besok malam.

Thanks!
Jessica

Sent from my iPhone"""), L("elearning_support", "mixed"), extra=APPLE)

M("owa-enrol-three", "owa-enrol-request", "Thu, 15 Oct 2026 09:57:30 +0700",
  ("Rina Marpaung", "rina.mb@polibatam.ac.id"), "Penambahan peserta kursus Manajemen Keuangan",
  outlook("""Dengan hormat,

Sehubungan dengan adanya tiga mahasiswa pindahan dari kelas pagi ke kelas malam, bersama ini kami mohon agar mahasiswa berikut didaftarkan sebagai peserta kursus Manajemen Keuangan kelas MB-2 Malam:
1. 4312501021 - Stevani Kurniawan
2. 4312501033 - Rudolf Simatupang
3. 4312501040 - Aprilia Kase

Demikian, atas perhatiannya diucapkan terima kasih.

Rina Marpaung
Administrasi Jurusan Manajemen & Bisnis""", html_only=True), L("elearning_support", "id", note="Enrolling students is support, not course data."), extra=OWA)

M("nl-gradebook", "apple-mail-en-gradebook", "Thu, 5 Nov 2026 13:44:20 +0700",
  ("Maarten van der Berg", "m.vanderberg@tudelft-guest.nl"), "Gradebook totals look odd in RE401",
  apple("""Dear helpdesk,

In the gradebook of RE401 the course total for several students is higher than the sum of their items. I suspect the weights of the lab category are being normalised in a way I did not intend. Could someone with more Moodle experience than me take a look? I would rather not break anything before the midterm grades are due.

Thank you in advance,
Maarten"""), L("elearning_support", "en"), extra=APPLE)

M("mutt-restore", "mutt-restore-backup", "Mon, 9 Nov 2026 06:48:05 +0700",
  ("Budi Santoso Halim", "bshalim@polibatam.ac.id"), "restore materi tahun lalu ke IF310",
  leaf("""Halo,

Saya perlu materi dan bank soal IF310 tahun 2025 dipindah ke kursus tahun ini.
Di menu Import saya tidak menemukan kursus lama (sepertinya sudah diarsip).
Bisa dibantu restore dari backup?

-- 
Budi Santoso Halim
Lab Sistem Terdistribusi
""", cte="7bit"), L("elearning_support", "id"), extra=MUTT)

M("in-account-activation", "outlook16-indian-account", "Mon, 14 Sep 2026 09:19:26 +0700",
  ("Venkatesh Raghunathan", "venkatesh.r@siemens-trainer.co.in"), "Account not activated - request",
  outlook("""Dear Sir/Madam,

I have been assigned as guest trainer for TRE4210 but my login to the e-learning portal is not yet activated. The system says "This account has been suspended". Kindly do the needful and revert back with the credentials at the earliest.

Thanks and regards,
Venkatesh Raghunathan"""), L("elearning_support", "en"), extra=OL16)

M("mixed-turnitin", "gmail-mixed-turnitin", "Wed, 18 Nov 2026 16:31:59 +0700",
  ("Felix Gunawan", "felix.gunawan@polibatam.ac.id"), "Turnitin similarity report tidak keluar",
  gmail("""Sore,

Di assignment Tugas Besar OOAD, similarity report Turnitin stuck di "pending" sejak kemarin. Sudah saya refresh, tetap pending. Submission ada 42. Is this a known issue? Mahasiswa tanya terus.

Thanks,
Felix"""), L("elearning_support", "mixed"))

# ---------------------------------------------------------------- document_request (7)
M("doc-led-lkps", "outlook16-adapun-borang", "Fri, 4 Sep 2026 14:02:11 +0700",
  ("Rusmini Hasibuan", "rusmini.tu@polibatam.ac.id"), "Permohonan template borang akreditasi",
  outlook("""Dengan hormat,

Sehubungan dengan persiapan akreditasi Program Studi Teknik Elektronika Manufaktur yang dijadwalkan pada awal tahun 2027, bersama ini kami sampaikan permohonan dokumen kepada P4M.

Adapun dokumen yang kami mohonkan sebagai berikut:
1. Template Laporan Evaluasi Diri (LED) versi terbaru;
2. Template Laporan Kinerja Program Studi (LKPS) beserta petunjuk pengisiannya.

Demikian permohonan ini kami sampaikan. Atas perhatiannya diucapkan terima kasih.

Hormat kami,
Rusmini Hasibuan
Jurusan Teknik Elektro"""), L("document_request", "id"), extra=OL16)

M("doc-sop-review-en", "apple-mail-en-sop", "Wed, 23 Sep 2026 10:10:10 +0700",
  ("Maarten van der Berg", "m.vanderberg@tudelft-guest.nl"), "SOP for e-learning content review – is there one?",
  apple("""Dear P4M,

At my home university we review online course content with a checklist before each semester. Is there an SOP for the review of e-learning content at Polibatam? If so, could you send me the document (English if available, Indonesian is fine too)?

Kind regards,
Maarten"""), L("document_request", "en"), extra=APPLE)

M("doc-rps-blank", "gmail-rps-template", "Tue, 1 Sep 2026 19:03:44 +0700",
  ("hendrik wijaya", "hendrikw@polibatam.ac.id"), "template rps kosong",
  leaf("""mlm, boleh minta template rps yang kosong (format word) yg terbaru? yg saya punya masih format 2023.
thx"""), L("document_request", "id"))

M("doc-monev-mixed", "gmail-mixed-monev", "Thu, 24 Sep 2026 11:25:16 +0700",
  ("Jessica Liem", "jessica.liem@polibatam.ac.id"), "instrumen monev pembelajaran",
  gmail("""Hi P4M,

Saya ditunjuk jadi tim monev prodi semester ini. Boleh minta instrumen monev pembelajaran daring yang dipakai tahun lalu? The Excel version would be great, biar gampang rekapnya.

Thanks,
Jessica"""), L("document_request", "mixed"))

M("doc-rpm-ph", "gmail-filipino-rpm", "Mon, 28 Sep 2026 13:13:31 +0700",
  ("Ma. Cristina Dela Cruz", "cristina.delacruz@polibatam.ac.id"), "Request for RPM template",
  gmail("""Hi po!

My coordinator said I need to submit an RPM for each meeting of TOEIC Preparation. May I request a blank RPM template? Also the sample if you have one. Thank you po!

Cristina"""), L("document_request", "en"))

M("doc-mesin-sop-form", "outlook16-html-only-adapun", "Mon, 12 Oct 2026 10:30:45 +0700",
  ("Sri Wahyuni Lubis", "sriwahyuni.tm@polibatam.ac.id"), "Permohonan dokumen SOP dan formulir",
  outlook("""Dengan hormat,

Dalam rangka audit mutu internal di Jurusan Teknik Mesin, bersama ini kami mohon dapat dikirimkan dokumen sebagai berikut:

Adapun dokumen yang dimaksud:
1. SOP Penyusunan dan Peninjauan RPS;
2. Formulir Berita Acara Perkuliahan (BAP) format terbaru;
3. Formulir daftar hadir praktikum.

Demikian kami sampaikan, atas perhatian Bapak/Ibu diucapkan terima kasih.

Sri Wahyuni Lubis
Administrasi Jurusan Teknik Mesin""", html_only=True), L("document_request", "id"), extra=OL16)

M("doc-docx-pedoman", "outlook16-docx-doc-request", "Wed, 11 Nov 2026 08:52:03 +0700",
  ("Agustinus Pardede", "agustinus.if@polibatam.ac.id"), "Surat permohonan dokumen",
  multi("mixed", [leaf("""Dengan hormat,

Terlampir surat permohonan dari Jurusan Teknik Informatika. Mohon ditindaklanjuti.

Terima kasih,
Agustinus Pardede""", cte="quoted-printable"),
   att(docx(["Nomor: 233/PL29/TI/2026", "Hal: Permohonan dokumen mutu", "Yth. Kepala P4M",
             "Dengan hormat,", "Sehubungan dengan penyusunan dokumen akreditasi internasional, kami mohon dikirimkan Pedoman Penjaminan Mutu Internal Politeknik Negeri Batam dan Manual Mutu versi terakhir.",
             "Demikian, atas perhatiannya diucapkan terima kasih.", "Ketua Jurusan Teknik Informatika"]),
       "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Permohonan_Dokumen_TI.docx")]),
  L("document_request", "id", note="Request only in the DOCX letter."), extra=OL16)
# ---------------------------------------------------------------- other (7)
M("vendor-plugins", "html-vendor-offer", "Tue, 8 Sep 2026 10:00:00 +0700",
  ("Priya Menon", "priya@edusparkplugins.com"), "Supercharge your Moodle with EduSpark plugins",
  outlook("""Dear P4M team,

I hope this mail finds you well. EduSpark builds Moodle plugins used by 140+ universities in Asia: attendance with QR codes, AI-assisted grading and a WhatsApp notification bridge.

We would love to offer Politeknik Negeri Batam a free 60-day trial. Could we schedule a 20-minute demo next week?

Warm regards,
Priya Menon
Partnerships Manager, EduSpark"""), L("other", "en", note="Vendor offer."))

M("grade-complaint", "gmail-grade-complaint", "Fri, 16 Oct 2026 22:47:13 +0700",
  ("Rudolf Simatupang", "rudolf.s@students.polibatam.ac.id"), "nilai UTS saya salah",
  leaf("""malam pak/bu
nilai UTS Manajemen Keuangan saya di SIAKAD ditulis 45 padahal waktu dibagikan dosen 75. ini gimana ya, saya takut ga lulus. tolong diperbaiki
rudolf mb-2 malam"""), L("other", "id", note="Grade complaint in SIAKAD, not the e-learning."))

M("workshop-invite", "outlook16-workshop-invite", "Wed, 21 Oct 2026 11:14:27 +0700",
  ("Panitia Workshop LLDIKTI", "workshop@lldikti17.id"), "Undangan Workshop Desain Pembelajaran Daring",
  outlook("""Dengan hormat,

Bersama ini kami mengundang Bapak/Ibu pengelola e-learning untuk menghadiri Workshop Desain Pembelajaran Daring Berbasis OBE yang akan diselenggarakan pada:

Hari/tanggal: Kamis, 19 November 2026
Waktu: 08.30 - 15.00 WIB
Tempat: Hotel Harmoni One, Batam

Konfirmasi kehadiran paling lambat 12 November 2026. Demikian undangan ini, atas perhatiannya diucapkan terima kasih.

Panitia"""), L("other", "id", note="Invitation; the dates are the event's, nothing to publish."), extra=OL16)

M("phd-survey", "gmail-phd-survey", "Mon, 2 Nov 2026 09:02:58 +0700",
  ("Ahmad Fauzan", "ahmad.fauzan@student.unimelb.edu.au"), "Survey request: LMS adoption in Indonesian polytechnics",
  gmail("""Dear P4M,

My name is Ahmad Fauzan, a PhD student at the University of Melbourne researching LMS adoption in Indonesian vocational higher education. Would you be willing to fill in a 15-minute survey, and maybe share it with your lecturers? Kalau berkenan, the link is below. Ethics approval number 2026-31877.

https://forms.example.org/lms-polytechnic-2026

Terima kasih banyak,
Ahmad Fauzan"""), L("other", "mixed", note="Survey request from a researcher."))

M("thanks-rating", "gmail-thanks-rating", "Tue, 17 Nov 2026 08:06:14 +0700",
  ("Yosina Wenda", "yosina.wenda@students.polibatam.ac.id"), "Re: Mohon bantuan tidak bisa masuk e-learning",
  gmail("""Selamat pagi Bapak/Ibu,

Saya sudah bisa masuk lagi dan sudah mengikuti kuis. Terima kasih banyak atas bantuannya. Kalau boleh memberi nilai, pelayanannya 5 dari 5 bintang. Tuhan memberkati.

Hormat saya,
Yosina

Pada Kam, 10 Sep 2026 pukul 20.14 Yosina Wenda <yosina.wenda@students.polibatam.ac.id>
menulis:
> Selamat malam Bapak/Ibu,
> Mohon maaf mengganggu waktu Bapak/Ibu. Sejak kemarin saya tidak bisa masuk ke e-learning."""),
  L("other", "id", note="Thanks with a rating."))

M("payroll-misdirected", "outlook16-payroll", "Fri, 6 Nov 2026 10:48:09 +0700",
  ("Lim Siew Hoon", "lim.siewhoon@polibatam.ac.id"), "Honor mengajar bulan Oktober belum masuk",
  outlook("""Selamat pagi,

Honor mengajar saya untuk bulan Oktober belum masuk ke rekening. Apakah ini ditangani oleh P4M? Kalau bukan, mohon info ke bagian mana saya harus bertanya.

Terima kasih,
Lim Siew Hoon"""), L("other", "id", note="Misdirected payroll question."), extra=OL16)

M("transkrip-nama-lama", "gmail-transcript-old-name", "Tue, 24 Nov 2026 13:37:52 +0700",
  ("Stefanus Nggadas", "stefanus.nggadas@students.polibatam.ac.id"), "Permohonan transkrip nilai",
  gmail("""Selamat siang Bapak/Ibu,

Dengan hormat, saya Stefanus Nggadas, mahasiswa Teknik Informatika angkatan 2023. Saya memerlukan transkrip nilai sementara untuk mendaftar program magang. Namun, di rapor/transkrip yang saya unduh dari portal muncul nama lama mata kuliah, yaitu Pemrograman Web Lanjut, sedangkan perusahaan meminta nama yang baru.

Mohon kiranya saya dapat dibantu untuk mendapatkan transkrip yang sudah benar. Terima kasih atas perhatian Bapak/Ibu.

Hormat saya,
Stefanus"""), L("other", "id", note="Transcript and SIAKAD name; belongs to academic administration, not a course_data change."))

# ---------------------------------------------------------------- auto (6)
_orig_hdrs = ("From: helpdesk-p4m@polibatam.ac.id\nTo: yulius.manik@polibatam.ac.id\nSubject: [P4M #2026-1142] Permintaan Anda telah kami terima\n"
              "Date: Tue, 27 Oct 2026 14:13:02 +0700\n")
M("postfix-bounce", "postfix-local-part", "Tue, 27 Oct 2026 14:13:05 +0700",
  ("Mail Delivery System", "MAILER-DAEMON@mx1.polibatam.ac.id"), "Undelivered Mail Returned to Sender",
  multi("report", [leaf("""This is the mail system at host mx1.polibatam.ac.id.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<yulius.manik@polibatam.ac.id>: host mail.polibatam.ac.id[10.10.1.5] said:
    550 5.1.1 <yulius.manik@polibatam.ac.id>: Recipient address rejected: User
    unknown in local recipient table (in reply to RCPT TO command)
""", cte="7bit", charset="us-ascii"),
    raw_part("message/delivery-status", """Reporting-MTA: dns; mx1.polibatam.ac.id
X-Postfix-Queue-ID: 4Q7Lk62x9Fz1x
Arrival-Date: Tue, 27 Oct 2026 14:13:03 +0700

Final-Recipient: rfc822; yulius.manik@polibatam.ac.id
Original-Recipient: rfc822;yulius.manik@polibatam.ac.id
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.polibatam.ac.id
Diagnostic-Code: smtp; 550 5.1.1 <yulius.manik@polibatam.ac.id>: Recipient
    address rejected: User unknown in local recipient table
"""), raw_part("text/rfc822-headers", _orig_hdrs)], "; report-type=delivery-status"),
  L("auto", "en", note="Postfix bounce: local part misspelled."), extra=[("Auto-Submitted", "auto-replied")])

M("teams-meeting", "teams-notification", "Wed, 7 Oct 2026 15:00:12 +0700",
  ("Microsoft Teams", "noreply@email.teams.microsoft.com"), "Rapat Koordinasi E-Learning telah dijadwalkan",
  multi("alternative", [leaf("""Anda diundang ke rapat Microsoft Teams

Rapat Koordinasi E-Learning
Kamis, 8 Oktober 2026 10:00 - 11:00 (UTC+07:00) Bangkok, Hanoi, Jakarta

Bergabung ke rapat: https://teams.microsoft.com/l/meetup-join/19%3ameeting_example
ID Rapat: 412 889 301 77

Email ini dikirim dari alamat yang tidak dipantau. Jangan membalas email ini.
""", cte="quoted-printable"),
   leaf("<html><body><h2>Rapat Koordinasi E-Learning</h2><p>Kamis, 8 Oktober 2026 10:00 - 11:00 (UTC+07:00)</p><p><a href=\"https://teams.microsoft.com/l/meetup-join/19%3ameeting_example\">Bergabung ke rapat</a></p><p>Email ini dikirim dari alamat yang tidak dipantau.</p></body></html>\n", "html", "quoted-printable")]),
  L("auto", "id", note="Teams no-reply notification."), extra=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Generated-Message-Source", "Teams")])

M("github-noreply", "github-style-notification", "Thu, 19 Nov 2026 03:17:44 +0700",
  ("moodle-mod-attendanceqr", "notifications@github.com"), "[moodle-mod-attendanceqr] Release v4.5.2 - fix for Moodle 4.5 cron (#318)",
  leaf("""v4.5.2

* Fix scheduled task crash on Moodle 4.5 when a session has no group (#318)
* Update Indonesian language strings

--
View it on GitHub:
https://github.com/example/moodle-mod-attendanceqr/releases/tag/v4.5.2
You are receiving this because you are watching this repository.
Unsubscribe: https://github.com/notifications/unsubscribe-auth/EXAMPLE
""", cte="7bit"),
  L("auto", "en", note="No-reply repository notification."),
  extra=[("Precedence", "bulk"), ("List-ID", "example/moodle-mod-attendanceqr <moodle-mod-attendanceqr.example.github.com>"),
         ("List-Unsubscribe", "<https://github.com/notifications/unsubscribe-auth/EXAMPLE>"), ("X-GitHub-Reason", "subscribed")],
  to="helpdesk-p4m@polibatam.ac.id")

M("helpdesk-loop", "other-helpdesk-autoreply", "Fri, 23 Oct 2026 09:31:07 +0700",
  ("Helpdesk UPT TIK", "helpdesk.tik@polibatam.ac.id"), "[Ticket #TIK-20261023-0457] Tiket Anda telah dibuat",
  leaf("""Yth. Pelapor,

Tiket Anda dengan nomor TIK-20261023-0457 telah berhasil dibuat dengan subjek:
"Re: [P4M #2026-1098] Akun dosen tamu belum aktif"

Tim UPT TIK akan menanggapi dalam 1x24 jam kerja. Mohon tidak membalas email ini; balasan akan membuat tiket baru.

-- 
Sistem Helpdesk UPT TIK Politeknik Negeri Batam
""", cte="quoted-printable"),
  L("auto", "id", note="Another helpdesk's ticket-created auto-reply; replying would loop."),
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

M("read-receipt", "mdn-read-receipt", "Thu, 12 Nov 2026 08:02:30 +0700",
  ("Drs. Saut Manurung", "saut.manurung@polibatam.ac.id"), "Read: [P4M #2026-1017] MOHON PERBAIKAN SKS",
  multi("report", [leaf("""Your message

  To: DRS. SAUT MANURUNG
  Subject: [P4M #2026-1017] MOHON PERBAIKAN SKS
  Sent: Wednesday, November 11, 2026 4:15:03 PM (UTC+07:00) Bangkok, Hanoi, Jakarta

was read on Thursday, November 12, 2026 8:02:27 AM (UTC+07:00) Bangkok, Hanoi, Jakarta.
""", cte="7bit", charset="us-ascii"),
    raw_part("message/disposition-notification", """Reporting-UA: polibatam.ac.id; Microsoft Outlook 16.0
Final-Recipient: rfc822;saut.manurung@polibatam.ac.id
Original-Message-ID: <p4m-2026-1017@polibatam.ac.id>
Disposition: manual-action/MDN-sent-manually; displayed
""")], "; report-type=disposition-notification"),
  L("auto", "en", note="Read receipt (MDN)."), extra=OL16)

M("mailing-list", "list-precedence", "Mon, 16 Nov 2026 06:00:00 +0700",
  ("Forum Pengelola LMS Vokasi", "forum-lms@lists.vokasi.id"), "[forum-lms] Digest Vol 42, Issue 11",
  leaf("""Kirim kiriman ke forum-lms@lists.vokasi.id

Topik hari ini:
   1. Upgrade Moodle 4.5 ke 5.0, ada yang sudah? (Bambang - Polines)
   2. Re: Plugin presensi QR (Sari - PNJ)

----------------------------------------------------------------------
Pesan: 1
Tanggal: Minggu, 15 November 2026 20:11:40 +0700
Dari: Bambang <bambang@polines.example>

Rekan-rekan, apakah ada yang sudah upgrade ke Moodle 5.0? Bagaimana dengan tema lama?

_______________________________________________
forum-lms mailing list
Berhenti berlangganan: https://lists.vokasi.id/mailman/listinfo/forum-lms
""", cte="quoted-printable"),
  L("auto", "id", note="Mailing-list digest."),
  extra=[("Precedence", "list"), ("List-Id", "Forum Pengelola LMS Vokasi <forum-lms.lists.vokasi.id>"),
         ("List-Unsubscribe", "<https://lists.vokasi.id/mailman/options/forum-lms>, <mailto:forum-lms-request@lists.vokasi.id?subject=unsubscribe>"),
         ("X-Mailman-Version", "2.1.39")])


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Twenty-first tuning corpus generator (the former held-out part13) (stdlib only, deterministic). Writes NNN-*.eml and labels.json next to itself."""
import datetime, email, hashlib, html, io, json, os, re, sys, zipfile
from email import policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
TO = "helpdesk-p4m@polibatam.ac.id"
PLAN = {"course_data": 22, "announcement": 16, "elearning_support": 12, "document_request": 7, "other": 7, "auto": 6}
MAILS = []


def h(slug, n=12):
    return hashlib.sha256(slug.encode()).hexdigest()[:n]


def docx(paras):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p, quote=False) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 9, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
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


def pdf_text(data):
    s = data.decode("latin-1")
    return "\n".join(re.sub(r"\\([()\\])", r"\1", m) for m in re.findall(r"\(((?:\\.|[^\\)])*)\) Tj", s))


CLIENTS = {
    "outlookmac": [("User-Agent", "Microsoft-MacOutlook/16.89.24091630"), ("Thread-Topic", None)],
    "owa": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("X-Originating-IP", "[10.10.4.21]")],
    "gmailandroid": [],
    "applemail": [("X-Mailer", "Apple Mail (2.3776.700.51)")],
    "iphone": [("X-Mailer", "iPhone Mail (22A3354)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "yahoo": [("X-Mailer", "WebService/1.1.22645 YMailNorrin")],
    "moodleapp": [("X-Mailer", "iPhone Mail (21G93)")],
    "plain": [],
}


def M(n, client, quirk, slug, date, frm, subject, label, text=None, htm=None, cte=None, hcte=None,
      headers=(), att=(), fwd=None, raw=None):
    MAILS.append(dict(n=n, client=client, quirk=quirk, slug=slug, date=date, frm=frm, subject=subject,
                      label=label, text=text, htm=htm, cte=cte, hcte=hcte, headers=headers, att=att, fwd=fwd, raw=raw))


def L(t, lang, fields=None, note=""):
    d = {"type": t, "lang": lang, "fields": fields or {}}
    if note:
        d["note"] = note
    return d


def build(m):
    slug = m["slug"]
    if m["raw"] is not None:
        raw = m["raw"].strip("\n") + "\n"
        return raw.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    msg = EmailMessage(policy=policy.default)
    msg["From"] = m["frm"]
    msg["To"] = TO
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"]
    msg["Message-ID"] = "<%s.%s@%s>" % (h(slug, 16), h(slug + "x", 6), m["frm"].split("@")[-1].rstrip(">"))
    for k, v in CLIENTS[m["client"]]:
        if k == "Thread-Topic":
            v = re.sub(r"^(Re|RE|Fwd|FW): ", "", m["subject"])
        msg[k] = v
    if m["client"] in ("outlookmac", "owa"):
        msg["Thread-Index"] = "AdtX" + h(slug + "ti", 20)
    for k, v in m["headers"]:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if m["text"] is not None:
        msg.set_content(m["text"], cte=m["cte"]) if m["cte"] else msg.set_content(m["text"])
        if m["htm"] is not None:
            msg.add_alternative(m["htm"], subtype="html", cte=m["hcte"]) if m["hcte"] else msg.add_alternative(m["htm"], subtype="html")
    else:
        msg.set_content(m["htm"], subtype="html", cte=m["hcte"]) if m["hcte"] else msg.set_content(m["htm"], subtype="html")
    for fn, kind, data in m["att"]:
        if kind == "docx":
            msg.add_attachment(docx(data), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fn)
        elif kind == "pdf":
            msg.add_attachment(pdf(data), maintype="application", subtype="pdf", filename=fn)
    if m["fwd"] is not None:
        f = m["fwd"]
        inner = EmailMessage(policy=policy.default)
        inner["From"] = f["frm"]
        inner["To"] = f.get("to", "sekretariat.ti@polibatam.ac.id")
        inner["Subject"] = f["subject"]
        inner["Date"] = f["date"]
        inner["Message-ID"] = "<%s@%s>" % (h(slug + "inner", 16), f["frm"].split("@")[-1].rstrip(">"))
        inner["MIME-Version"] = "1.0"
        inner.set_content(f["text"])
        msg.add_attachment(inner, filename=f.get("fn", "forwarded.eml")) if False else msg.add_attachment(inner)
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_Part_%s_%d" % (h(slug + str(i), 14), i))
            i += 1
    return msg.as_bytes(policy=policy.default.clone(linesep="\r\n"))


def texts(part, out):
    if part.is_multipart():
        for p in part.iter_parts():
            texts(p, out)
        return
    ct = part.get_content_type()
    if ct == "message/rfc822":
        inner = part.get_content()
        out.append(str(inner["Subject"] or ""))
        texts(inner, out)
    elif ct == "text/html":
        s = part.get_content()
        s = re.sub(r"<br\s*/?>", "\n", s)
        s = re.sub(r"<[^>]+>", "", s)
        out.append(html.unescape(s))
        out.append(html.unescape(re.sub(r"\s+", " ", s)))
    elif ct.startswith("text/"):
        out.append(part.get_content())
    elif ct.endswith("wordprocessingml.document"):
        z = zipfile.ZipFile(io.BytesIO(part.get_content()))
        x = z.read("word/document.xml").decode()
        out.append(html.unescape("\n".join(re.sub(r"<[^>]+>", "", p) for p in x.split("</w:p>"))))
    elif ct == "application/pdf":
        out.append(pdf_text(part.get_content()))
    elif ct == "text/rfc822-headers" or ct.startswith("message/"):
        out.append(part.get_payload() if isinstance(part.get_payload(), str) else "")


WD = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
      "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
      "sen": 0, "sel": 1, "rab": 2, "kam": 3, "jum": 4, "sab": 5, "min": 6,
      "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
MON = {"januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "agustus": 8,
       "september": 9, "oktober": 10, "november": 11, "desember": 12, "january": 1, "february": 2, "march": 3,
       "may": 5, "june": 6, "july": 7, "august": 8, "october": 10, "december": 12,
       "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "agu": 8, "aug": 8}


def check_weekdays(text, errs, slug):
    pat = r"\b(%s),?\s+(?:tanggal\s+|tgl\.?\s+)?(\d{1,2})\s+(%s)\.?,?\s+(20\d\d)" % ("|".join(WD), "|".join(MON))
    for w, d, mo, y in re.findall(pat, text, re.I):
        dt = datetime.date(int(y), MON[mo.lower()], int(d))
        if dt.weekday() != WD[w.lower()]:
            errs.append("%s: weekday %s %s %s %s is %s" % (slug, w, d, mo, y, dt.strftime("%A")))
    pat2 = r"\b(%s),?\s+(\d{1,2})/(\d{1,2})/(20\d\d)" % "|".join(WD)
    for w, d, mo, y in re.findall(pat2, text, re.I):
        dt = datetime.date(int(y), int(mo), int(d))
        if dt.weekday() != WD[w.lower()]:
            errs.append("%s: weekday %s %s/%s/%s" % (slug, w, d, mo, y))


def main():
    errs = []
    labels = {}
    written = set()
    counts = {}
    order = sorted(MAILS, key=lambda m: (parsedate_to_datetime(m["date"]), m["slug"]))
    for i, m in enumerate(order, 1):
        m["n"] = i
    for m in order:
        fn = "%03d-%s-%s-%s.eml" % (m["n"], m["client"], m["quirk"], m["slug"])
        data = build(m)
        if b"\n" in data.replace(b"\r\n", b""):
            errs.append(fn + ": bare LF")
        msg = email.message_from_bytes(data, policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errs.append("%s: defects %r" % (fn, part.defects))
            if not part.is_multipart() and part.get_content_type().startswith("application/"):
                if len(part.get_content()) >= 30000:
                    errs.append(fn + ": attachment too big")
        if msg["Subject"] != m["subject"] and m["raw"] is None:
            errs.append(fn + ": subject round-trip")
        if parsedate_to_datetime(msg["Date"]) != parsedate_to_datetime(m["date"]):
            errs.append(fn + ": date round-trip")
        d = parsedate_to_datetime(m["date"])
        if not (datetime.date(2026, 9, 1) <= d.date() <= datetime.date(2026, 11, 28)):
            errs.append(fn + ": date out of range")
        out = [str(msg["Subject"] or "")]
        texts(msg, out)
        full = "\n".join(out).replace("\r\n", "\n")
        check_weekdays(full, errs, fn)
        lab = m["label"]
        counts[lab["type"]] = counts.get(lab["type"], 0) + 1
        if lab["type"] not in ("course_data", "announcement") and lab["fields"]:
            errs.append(fn + ": fields on non-data type")
        vals = []
        for k, v in lab["fields"].items():
            if k == "changes":
                vals += list(v.values())
            elif k not in ("scope", "publish_at"):
                vals.append(v)
        for v in vals:
            if v not in full:
                errs.append("%s: value not verbatim: %r" % (fn, v))
        if "publish_at" in lab["fields"]:
            datetime.datetime.fromisoformat(lab["fields"]["publish_at"])
            if not lab["fields"]["publish_at"].endswith("+07:00"):
                errs.append(fn + ": publish_at tz")
        labels[fn] = lab
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(data)
        written.add(fn)
    for fn in os.listdir(HERE):
        if re.match(r"\d{3}-.*\.eml$", fn) and fn not in written:
            os.remove(os.path.join(HERE, fn))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    langs = {}
    for lab in labels.values():
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
    print("types", counts, "langs", langs)
    for e in errs:
        print("ERROR", e)
    if counts != PLAN or errs:
        sys.exit(1)


# ---------------------------------------------------------------- mails
# ---- course_data
M(0, "outlookmac", "team-lecturer-degrees", "pancasila-tim-dosen", "Tue, 01 Sep 2026 08:14:00 +0700",
  "Drs. Hendra Saputra, M.Pd. <hendra.saputra@polibatam.ac.id>", "Pengampu MKU Pancasila kelas IF-1C",
  L("course_data", "id", {"course_code": "MKU101", "course_name": "Pendidikan Pancasila",
                          "changes": {"lecturer": "Dr. Hj. Siti Rahmawati, S.H., M.H."}}),
  text="""Yth. Tim P4M,

Saya selaku koordinator mata kuliah umum Pendidikan Pancasila (MKU101) yang diajarkan di semua prodi,
mewakili tim dosen pengampu semester ganjil ini. Setelah rapat tim kemarin ada pergeseran beban mengajar.

Untuk kelas IF-1C, mohon dosen pengampu di e-learning diganti menjadi Dr. Hj. Siti Rahmawati, S.H., M.H. karena Pak Arif dapat tugas tambahan di Wakil Direktur III dan jam mengajarnya dikurangi.

Kelas lain tetap seperti semula. Terima kasih atas bantuannya.

Salam,
Drs. Hendra Saputra, M.Pd.
Koordinator MKU Pancasila
Politeknik Negeri Batam
""", htm="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body style="font-family:Calibri">
<div>Yth. Tim P4M,</div><div><br></div>
<div>Saya selaku koordinator mata kuliah umum Pendidikan Pancasila (MKU101) yang diajarkan di semua prodi,
mewakili tim dosen pengampu semester ganjil ini. Setelah rapat tim kemarin ada pergeseran beban mengajar.</div><div><br></div>
<div>Untuk kelas IF-1C, mohon dosen pengampu di e-learning diganti menjadi Dr. Hj. Siti Rahmawati, S.H., M.H. karena Pak Arif dapat tugas tambahan di Wakil Direktur III dan jam mengajarnya dikurangi.</div><div><br></div>
<div>Kelas lain tetap seperti semula. Terima kasih atas bantuannya.</div><div><br></div>
<div>Salam,<br>Drs. Hendra Saputra, M.Pd.<br>Koordinator MKU Pancasila<br>Politeknik Negeri Batam</div></body></html>""")

M(0, "thunderbird", "underscore-dot-shortname", "leeds-shortname", "Thu, 03 Sep 2026 15:40:00 +0700",
  "Yusuf Harahap <yusuf.harahap@polibatam.ac.id>", "Short name for my Technical English course",
  L("course_data", "en", {"course_code": "EN2103", "course_name": "Technical English for Mechatronics",
                          "changes": {"shortname": "TECH_ENG.MEK-2"}}),
  text="""Dear P4M team,

Greetings from Leeds. I am on study leave here until next July but I am still
listed as the owner of EN2103 Technical English for Mechatronics, which my
colleague Bu Rina is teaching this semester.

Could you please set the short name of that course to TECH_ENG.MEK-2 so it
sorts next to the other Mechatronics courses in the dashboard? At the moment
it shows the old code from 2023, which confuses the students.

I am six hours behind you now (BST), so please don't worry if my replies
come in late at night your time.

Kind regards,
Yusuf Harahap
PhD candidate, School of Education, University of Leeds
Lecturer (on study leave), Politeknik Negeri Batam
""", cte="7bit")

M(0, "gmailandroid", "menjadi-karena", "kwu-fullname-karena", "Mon, 07 Sep 2026 06:52:00 +0700",
  "Rahmat Hidayat <rahmat.hidayat.pnb@gmail.com>", "ganti nama MK kewirausahaan",
  L("course_data", "id", {"course_name": "Kewirausahaan",
                          "changes": {"fullname": "Kewirausahaan Berbasis Teknologi"}}),
  text="""Assalamualaikum min P4M

mohon nama mk Kewirausahaan di elearning utk prodi Teknik Elektro diubah menjadi Kewirausahaan Berbasis Teknologi karena kurikulum baru sudah disahkan senat bulan lalu dan nama di SIAKAD juga sudah berubah

tks
Rahmat - tim dosen KWU

Dikirim dari ponsel Android saya
""", htm="""<div dir="auto">Assalamualaikum min P4M<div dir="auto"><br></div><div dir="auto">mohon nama mk Kewirausahaan di elearning utk prodi Teknik Elektro diubah menjadi Kewirausahaan Berbasis Teknologi karena kurikulum baru sudah disahkan senat bulan lalu dan nama di SIAKAD juga sudah berubah</div><div dir="auto"><br></div><div dir="auto">tks</div><div dir="auto">Rahmat - tim dosen KWU</div><div dir="auto"><br></div><div dir="auto">Dikirim dari ponsel Android saya</div></div>""")

M(0, "outlookmac", "to-because", "us-west-class", "Wed, 09 Sep 2026 21:05:00 +0700",
  "Novi Andriani <novi.andriani@polibatam.ac.id>", "Class label on Moodle - Statistika Industri",
  L("course_data", "mixed", {"course_code": "MI3205", "course_name": "Statistika Industri",
                             "changes": {"class": "MI-3B Malam"}}),
  text="""Hi tim P4M,

Writing from Berkeley, jadi maaf kalau jam kirimnya aneh (it's 7 am here, Pacific time).

For MI3205 Statistika Industri, please change the class to MI-3B Malam because the evening cohort was merged into one group by the jurusan last week. Currently it still says MI-3B Reguler.

Terima kasih banyak, and sorry for the trouble.

Novi
--
Novi Andriani, M.T.
Visiting scholar, UC Berkeley | Dosen Manajemen Informatika, Polibatam
""")

M(0, "owa", "html-strong-ampersand", "kwn-fullname-bold", "Fri, 11 Sep 2026 10:20:00 +0700",
  "Lestari Wulandari <lestari.w@polibatam.ac.id>", "Perubahan nama mata kuliah Kewarganegaraan",
  L("course_data", "id", {"course_code": "MKU102", "course_name": "Pendidikan Kewarganegaraan",
                          "changes": {"fullname": "Kewarganegaraan & Etika Profesi"}}),
  htm="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0}</style></head>
<body><div style="font-family:Calibri,Arial,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">
<p>Selamat pagi Bapak/Ibu P4M,</p><p>&nbsp;</p>
<p>Atas nama tim dosen MKU Kewarganegaraan, kami mohon bantuan untuk mengganti nama course MKU102 Pendidikan Kewarganegaraan di e-learning menjadi <strong>Kewarganegaraan &amp; Etika Profesi</strong>, sesuai SK Direktur tentang penyesuaian kurikulum MKU.</p><p>&nbsp;</p>
<p>Perubahan ini berlaku untuk semua kelas (ada 14 kelas di 5 jurusan).</p><p>&nbsp;</p>
<p>Hormat kami,</p><p>Lestari Wulandari, S.Sos., M.Si.</p><p>Koordinator MKU Kewarganegaraan</p></div>
<hr><p style="font-size:8pt;color:gray">Email ini dan lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang dimaksud.</p></body></html>""", hcte="quoted-printable")

M(0, "owa", "html-underline-key", "kwn-key-underline", "Mon, 14 Sep 2026 13:02:00 +0700",
  "Lestari Wulandari <lestari.w@polibatam.ac.id>", "RE: Perubahan nama mata kuliah Kewarganegaraan",
  L("course_data", "id", {"course_code": "MKU102",
                          "changes": {"enrolment_key": "Kwn#2026!"}},
    note="Reply in an earlier thread; only the enrolment key is asked now."),
  htm="""<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:12pt">
<p>Terima kasih, namanya sudah berubah.</p><p>Satu lagi: kunci pendaftaran (enrolment key) course MKU102 tolong diganti ke <u>Kwn#2026!</u> &mdash; yang lama sudah tersebar di grup angkatan sebelumnya.</p>
<p>Salam,<br>Lestari</p></div>
<hr><div id="divRplyFwdMsg"><b>Dari:</b> Helpdesk P4M &lt;helpdesk-p4m@polibatam.ac.id&gt;<br><b>Dikirim:</b> Jumat, 11 September 2026 14.31<br><b>Kepada:</b> Lestari Wulandari<br><b>Subjek:</b> Re: Perubahan nama mata kuliah Kewarganegaraan</div>
<p>Yth. Ibu Lestari, nama course sudah kami perbarui. Salam, P4M</p></body></html>""", hcte="quoted-printable")

M(0, "yahoo", "parenthesis-supaya", "agama-class-paren", "Tue, 15 Sep 2026 19:47:00 +0700",
  "Ust. Fauzan Hakim <fauzan_hakim77@yahoo.co.id>", "Mohon pindah kelas course Agama Islam",
  L("course_data", "id", {"course_code": "MKU103", "course_name": "Pendidikan Agama Islam",
                          "changes": {"class": "TRPL-3A Pagi"}}),
  text="""Assalamu'alaikum wr. wb.

Kepada admin P4M yg saya hormati,
course MKU103 Pendidikan Agama Islam yg saya ampu mohon dipindah ke kelas baru (TRPL-3A Pagi), supaya mahasiswa yg dulu ada di kelas TRPL-3A Sore tidak ikut masuk lagi. Jadwal sudah dipindah ke pagi oleh prodi.

Jazakumullah khairan.
Wassalam
Fauzan Hakim, S.Ag., M.Pd.I
tim dosen Agama
""", htm="""<html><body><div style="font-family:Helvetica Neue,Helvetica,Arial,sans-serif;font-size:13px"><div>Assalamu'alaikum wr. wb.</div><div><br></div><div>Kepada admin P4M yg saya hormati,</div><div>course MKU103 Pendidikan Agama Islam yg saya ampu mohon dipindah ke kelas baru (TRPL-3A Pagi), supaya mahasiswa yg dulu ada di kelas TRPL-3A Sore tidak ikut masuk lagi. Jadwal sudah dipindah ke pagi oleh prodi.</div><div><br></div><div>Jazakumullah khairan.</div><div>Wassalam</div><div>Fauzan Hakim, S.Ag., M.Pd.I</div><div>tim dosen Agama</div></div></body></html>""")

M(0, "applemail", "em-dash-value", "elc-shortname-dash", "Thu, 17 Sep 2026 09:33:00 +0700",
  "Grace Simanjuntak <grace.s@polibatam.ac.id>", "ELC: short name update",
  L("course_data", "en", {"course_code": "BING201", "course_name": "English for Professional Communication",
                          "changes": {"shortname": "BING-2_TRPL"}}),
  text="""Good morning,

This is Grace from the English Language Centre. We coordinate BING201 English for Professional Communication for all programmes, and the TRPL section needs its own short name so the lecturers can tell it apart in the gradebook export.

New short name for the TRPL section — BING-2_TRPL

Only the TRPL section please, not the other eight.

Best,
Grace Simanjuntak
English Language Centre (ELC) | Politeknik Negeri Batam
Ext. 2214
""", cte="quoted-printable")

M(0, "applemail", "sebelum-sesudah", "kwu-sebelum-sesudah", "Mon, 21 Sep 2026 11:10:00 +0700",
  "Dewi Kartika <dewi.kartika@polibatam.ac.id>", "Koreksi nama course KWU - Akuntansi",
  L("course_data", "id", {"course_code": "KWU2301", "course_name": "Kewirausahaan 1",
                          "changes": {"fullname": "Kewirausahaan I: Ide & Model Bisnis"}}),
  text="""Halo P4M,

Mohon bantu perbaiki nama course kewirausahaan untuk prodi Akuntansi Manajerial:

Sebelum: KWU2301 Kewirausahaan 1
Sesudah: Kewirausahaan I: Ide & Model Bisnis

Kode tidak berubah. Kalau sudah diganti tolong kabari ya, soalnya mau saya umumkan ke mahasiswa.

Terima kasih,
Dewi Kartika
Dosen KWU / Akuntansi Manajerial

Dikirim dari Mac saya
""", cte="quoted-printable")

M(0, "yahoo", "tertulis-seharusnya", "pai-lecturer-typo", "Wed, 23 Sep 2026 14:25:00 +0700",
  "Hj. Nurhayati <nurhayati.pai@yahoo.co.id>", "salah tulis nama dosen di elearning",
  L("course_data", "id", {"course_code": "MKU103-B", "course_name": "Pendidikan Agama Islam",
                          "changes": {"lecturer": "Hj. Nurhayati Lubis, Lc., M.A."}}),
  text="""Assalamualaikum,

Nama saya di course MKU103-B Pendidikan Agama Islam salah tulis:
Tertulis: Hj. Nurhayati Lubis, LC, MA
Seharusnya: Hj. Nurhayati Lubis, Lc., M.A.

Mohon diperbaiki, terima kasih.

Hj. Nurhayati
""", htm="""<html><body><div style="font-family:Helvetica,Arial,sans-serif;font-size:13px"><div>Assalamualaikum,</div><div><br></div><div>Nama saya di course MKU103-B Pendidikan Agama Islam salah tulis:</div><div>Tertulis: Hj. Nurhayati Lubis, LC, MA</div><div>Seharusnya: Hj. Nurhayati Lubis, Lc., M.A.</div><div><br></div><div>Mohon diperbaiki, terima kasih.</div><div><br></div><div>Hj. Nurhayati</div></div></body></html>""")

M(0, "gmailandroid", "unicode-arrow", "mbkm-credits-arrow", "Fri, 25 Sep 2026 16:48:00 +0700",
  "Arga Prasetyo <arga.prasetyo@polibatam.ac.id>", "SKS course MBKM Proyek Independen",
  L("course_data", "mixed", {"course_code": "MBKM4902", "course_name": "Proyek Independen MBKM",
                             "changes": {"credits": "6"}}),
  text="""Dear P4M,

Dari tim konversi MBKM: for MBKM4902 Proyek Independen MBKM, SKS di e-learning masih salah.
SKS: 4 → 6
Sudah sesuai hasil rapat konversi nilai with Kaprodi. The conversion table for the students depends on it, jadi mohon dibantu ya sebelum akhir bulan.

Thanks,
Arga
Koordinator MBKM Jurusan Teknik Informatika
""", htm="""<div dir="ltr"><div>Dear P4M,</div><div><br></div><div>Dari tim konversi MBKM: for MBKM4902 Proyek Independen MBKM, SKS di e-learning masih salah.</div><div>SKS: 4 → 6</div><div>Sudah sesuai hasil rapat konversi nilai with Kaprodi. The conversion table for the students depends on it, jadi mohon dibantu ya sebelum akhir bulan.</div><div><br></div><div>Thanks,</div><div>Arga</div><div>Koordinator MBKM Jurusan Teknik Informatika</div></div>""")

M(0, "iphone", "value-in-subject", "agama-shortname-subject", "Mon, 28 Sep 2026 07:05:00 +0700",
  "Fauzan Hakim <fauzan.hakim@polibatam.ac.id>", "Nama singkat course Agama Islam jadi AGM-ISL.1",
  L("course_data", "id", {"course_name": "Agama Islam", "changes": {"shortname": "AGM-ISL.1"}},
    note="The new value is only in the subject."),
  text="""Mohon nama singkat course Agama Islam saya diganti seperti di subjek ya. Makasih

Dikirim dari iPhone saya
""")

M(0, "outlookmac", "two-courses", "bing-two-courses", "Wed, 30 Sep 2026 10:45:00 +0700",
  "Grace Simanjuntak <grace.s@polibatam.ac.id>", "Dua course Bahasa Inggris - mohon ganti dosen",
  L("course_data", "id", {"course_code": "BING101", "course_name": "Bahasa Inggris I",
                          "changes": {"lecturer": "Ir. Bambang Sutejo, M.Eng."}},
    note="Two courses in one mail; labelled the first-named (BING101). BING102 asks a different lecturer."),
  text="""Selamat pagi Mbak/Mas P4M,

Ada dua perubahan pengampu dari ELC:

1. BING101 Bahasa Inggris I kelas TE-1A: dosen diganti menjadi Ir. Bambang Sutejo, M.Eng.
2. BING102 Bahasa Inggris II kelas TE-2A: dosen diganti menjadi Ratna Sari, S.Pd., M.TESOL

Keduanya karena Ms. Linda cuti melahirkan mulai Oktober.

Terima kasih,
Grace Simanjuntak
English Language Centre
""")

M(0, "thunderbird", "ps-correction", "aus-key-ps", "Fri, 02 Oct 2026 18:30:00 +0700",
  "Bayu Nugroho <bayu.nugroho@polibatam.ac.id>", "Enrolment key for Sistem Tertanam",
  L("course_data", "en", {"course_code": "TRE3201", "course_name": "Sistem Tertanam",
                          "changes": {"enrolment_key": "SisTer@2026"}},
    note="The key given in the body is corrected in the P.S.; the P.S. value is labelled."),
  text="""Hello P4M,

I'm writing from Brisbane (it's 9:30 pm here, AEST). Could you please change
the enrolment key of TRE3201 Sistem Tertanam to SisTer-2026 ? My co-teacher
Pak Dedi will share it with the class on Monday.

Cheers,
Bayu

P.S. Sorry, correction: the key should be SisTer@2026 (with the @), not the
one above. Pak Dedi already wrote that one on the slides.
""", cte="7bit")

M(0, "gmailandroid", "tanpa-tanda-kutip", "kwu-key-quote", "Mon, 05 Oct 2026 12:12:00 +0700",
  "Sri Mulyani <srimulyani.kwu@gmail.com>", "Enrol key kwu",
  L("course_data", "id", {"course_code": "KWU1201", "course_name": "Kewirausahaan",
                          "changes": {"enrolment_key": "kwu-2026_tek"}}),
  text="""Siang P4M
tolong enrol key course KWU1201 Kewirausahaan kelas Teknik Mesin diubah jadi "kwu-2026_tek" (tanpa tanda kutip), biar mahasiswa yg ngulang dari angkatan lalu ga bisa masuk pake key lama
makasih
Sri
""")

M(0, "thunderbird", "summary-bullets", "elc-summary-two-para", "Wed, 07 Oct 2026 09:00:00 +0700",
  "Grace Simanjuntak <grace.s@polibatam.ac.id>", "Ringkasan course TOEIC Preparation",
  L("course_data", "id", {"course_code": "ELC-TP01", "course_name": "TOEIC Preparation",
                          "changes": {"summary": "Course ini membantu mahasiswa semua prodi menyiapkan tes TOEIC sebagai syarat kelulusan.\n\nMateri utama:\n- Listening (Part 1-4)\n- Reading (Part 5-7)\n- Dua kali simulasi tes penuh"}}),
  text="""Halo tim P4M,

Mohon ringkasan (summary) course ELC-TP01 TOEIC Preparation diganti dengan teks di bawah ini, persis seperti ini:

Course ini membantu mahasiswa semua prodi menyiapkan tes TOEIC sebagai syarat kelulusan.

Materi utama:
- Listening (Part 1-4)
- Reading (Part 5-7)
- Dua kali simulasi tes penuh

Terima kasih sebelumnya.

Grace
ELC Polibatam
""", cte="8bit")

M(0, "iphone", "autocorrect", "kwu-class-autocorrect", "Thu, 08 Oct 2026 20:41:00 +0700",
  "Yohanes Sitorus <yohanes.sitorus@polibatam.ac.id>", "Kelas course Kewirausahaan",
  L("course_data", "id", {"course_name": "Kewirausahaan 2", "changes": {"class": "TI-2B Malam"}},
    note="Autocorrect mangled several Indonesian words; the class value is intact."),
  text="""Mas min, course Kewirausahaan 2 yang saya amputee tolong kelasnya diganti jadi TI-2B Malam, sekarang masih tertulis TI-2B. Mahasiswa karyawan semua pindah ke mala.
Maaf typo2, ini dari HP autocorrect nya English

Sent from my iPhone
""")

M(0, "owa", "frontdesk-walkin", "frontdesk-lecturer", "Mon, 12 Oct 2026 10:05:00 +0700",
  "Putri Ayuningtyas <putri.ayu@polibatam.ac.id>", "Permintaan Bu Rosmawati (walk-in) - ganti dosen course",
  L("course_data", "id", {"course_code": "RPL2104", "course_name": "Basis Data Lanjut",
                          "changes": {"lecturer": "Rosmawati Tambunan, S.Kom., M.Cs."}},
    note="Front-desk staff writing on behalf of a walk-in lecturer."),
  text="""Selamat pagi rekan-rekan P4M,

Saya Putri, staf baru di meja layanan depan P4M. Bu Rosmawati datang ke meja kami tadi jam 9 dan minta nama beliau dimasukkan sebagai dosen pengampu course RPL2104 Basis Data Lanjut, menggantikan Pak Irfan yang pindah ke Jurusan Manajemen Bisnis.

Nama lengkap yang beliau tuliskan di buku tamu: Rosmawati Tambunan, S.Kom., M.Cs.

Beliau minta dikabari lewat WA kalau sudah selesai (0812-7700-3141).

Maaf kalau format email saya belum sesuai, saya masih belajar SOP-nya.

Salam,
Putri Ayuningtyas
Front Desk P4M
""", cte="quoted-printable")

M(0, "gmailandroid", "secretary-mbak-biar", "sekre-semester", "Wed, 14 Oct 2026 13:37:00 +0700",
  "Sekretariat Prodi TRPL <sekre.trpl@polibatam.ac.id>", "mbak Dinda, semester course Praktikum Jaringan",
  L("course_data", "id", {"course_code": "TRPL3302", "course_name": "Praktikum Jaringan Komputer",
                          "changes": {"semester": "Ganjil 2026/2027"}}),
  text="""Mbak Dinda, selamat siang

Titip ya mbak, course TRPL3302 Praktikum Jaringan Komputer semesternya masih Genap 2025/2026, tolong diganti ke Ganjil 2026/2027 biar muncul di filter semester berjalan. Kaprodi sudah minta dari minggu lalu hehe

Makasih mbak
Wulan - sekretariat TRPL
""")

M(0, "applemail", "roman-numeral-en", "us-west-fullname", "Fri, 16 Oct 2026 22:10:00 +0700",
  "Maria Hutapea <maria.hutapea@polibatam.ac.id>", "Course rename: Bahasa Inggris Teknik II",
  L("course_data", "en", {"course_code": "BIT202", "course_name": "Bahasa Inggris Teknik II",
                          "changes": {"fullname": "English for Engineering II (CLIL)"}}),
  text="""Dear colleagues at P4M,

I am currently on study leave at the University of Washington in Seattle
(Pacific time, 14 hours behind Batam). The ELC asked me, as the author of the
course, to send this request myself.

Please rename BIT202 Bahasa Inggris Teknik II to "English for Engineering II (CLIL)"
so that it matches the new bilingual syllabus approved by the programme.

Thank you very much,
Maria Hutapea, S.S., M.A.
""", cte="quoted-printable")

M(0, "outlookmac", "docx-request", "elc-apostrophe-docx", "Tue, 20 Oct 2026 08:50:00 +0700",
  "Grace Simanjuntak <grace.s@polibatam.ac.id>", "Permohonan perubahan data course (terlampir)",
  L("course_data", "id", {"course_code": "ELC-WW1", "course_name": "Writer's Workshop",
                          "changes": {"fullname": "Writers' Workshop: Academic English"}},
    note="The request itself is only in the attached DOCX."),
  text="""Yth. Tim P4M,

Bersama ini kami lampirkan formulir permohonan perubahan data course dari English Language Centre. Mohon ditindaklanjuti.

Salam,
Grace
ELC
""", att=[("Form_Perubahan_Course_ELC.docx", "docx", [
      "FORMULIR PERMOHONAN PERUBAHAN DATA COURSE E-LEARNING",
      "Unit: English Language Centre",
      "Kode course: ELC-WW1",
      "Nama course saat ini: Writer's Workshop",
      "Perubahan yang diminta: Nama lengkap course menjadi Writers' Workshop: Academic English",
      "Alasan: penyesuaian dengan nama program di sertifikat ELC.",
      "Batam, 20 Oktober 2026",
      "Grace Simanjuntak"])])

M(0, "moodleapp", "autocorrect-shortname", "mbkm-shortname-ios", "Thu, 22 Oct 2026 17:20:00 +0700",
  "Arga Prasetyo <arga.prasetyo@polibatam.ac.id>", "Re: SKS course MBKM Proyek Independen",
  L("course_data", "id", {"course_code": "MBKM4902", "changes": {"shortname": "MBKM_PI.26"}},
    note="Reply in an earlier thread written on a phone; autocorrect changed several words."),
  text="""Makasih udah diganti SKS nya. Satu lagi, short name MBKM4902 tolong jadi MBKM_PI.26 soalnya ada dua course dengan nama singkat sama di kategori MBKM, mahasiswa bingung mau masuk yang mana. Maaf kalau ada kata yg aneh, auto correct iPhone suka ganti "ubah" jadi "unah" 😅

Sent from my iPhone

> On 25 Sep 2026, at 16.48, Arga Prasetyo <arga.prasetyo@polibatam.ac.id> wrote:
>
> Dear P4M,
> Dari tim konversi MBKM: for MBKM4902 Proyek Independen MBKM, SKS di e-learning masih salah.
""")
# ---- announcement
M(0, "owa", "bold-heading-senin-pagi", "tatib-uts", "Thu, 01 Oct 2026 14:20:00 +0700",
  "Sekretariat Prodi Akuntansi <sekre.akt@polibatam.ac.id>", "Mohon tayangkan pengumuman tata tertib UTS",
  L("announcement", "id", {"title": "Tata Tertib Ujian Tengah Semester Ganjil 2026/2027", "scope": "site",
                           "publish_at": "2026-10-05T07:00:00+07:00"}),
  htm="""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Kak Sinta yth,</p>
<p>Mohon bantuan menayangkan pengumuman berikut di halaman depan e-learning, Senin pagi jam 7 ya kak.</p>
<p><b>Tata Tertib Ujian Tengah Semester Ganjil 2026/2027</b></p>
<ol><li>Mahasiswa hadir 15 menit sebelum ujian dimulai.</li><li>Kuis online dikerjakan di ruang lab, bukan dari rumah.</li><li>Dilarang membuka tab lain selama ujian; Safe Exam Browser wajib.</li><li>UTS berlangsung 12&ndash;16 Oktober 2026.</li></ol>
<p>Terima kasih kak.</p><p>Hormat kami,<br>Sekretariat Prodi Akuntansi Manajerial</p></div></body></html>""", hcte="quoted-printable")

M(0, "gmailandroid", "judul-lusa", "perpus-jam-buka", "Tue, 06 Oct 2026 09:15:00 +0700",
  "Perpustakaan Polibatam <perpustakaan@polibatam.ac.id>", "pengumuman perubahan jam layanan perpustakaan",
  L("announcement", "id", {"title": "Perubahan Jam Layanan Perpustakaan Selama UTS", "scope": "site",
                           "publish_at": "2026-10-08T06:30:00+07:00"}),
  text="""Pagi P4M,

Mohon dipasang di pengumuman e-learning (semua pengguna), lusa pukul 06.30 supaya mahasiswa baca sebelum kuliah pagi.

Judul: Perubahan Jam Layanan Perpustakaan Selama UTS
Isi: Selama masa UTS (12-16 Oktober 2026) perpustakaan buka pukul 07.30-21.00 dari Senin sampai Jumat, dan Sabtu pukul 08.00-14.00. Ruang diskusi lantai 2 bisa dipesan lewat loket.

Terima kasih
Admin Perpustakaan
""")

M(0, "plain", "html-h2-pm-wib", "beasiswa-h2", "Wed, 07 Oct 2026 11:30:00 +0700",
  "International Office <io@polibatam.ac.id>", "Site announcement request: scholarship call",
  L("announcement", "en", {"title": "Call for Applications: Batam-Leeds Mobility Scholarship 2027", "scope": "site",
                           "publish_at": "2026-10-09T19:30:00+07:00"}),
  htm="""<!DOCTYPE html><html><body style="font-family:Arial,sans-serif">
<p>Dear P4M team,</p>
<p>Please publish the following as a site-wide announcement on Friday, 9 October 2026 at 7.30 PM WIB, right after the online info session ends.</p>
<h2>Call for Applications: Batam-Leeds Mobility Scholarship 2027</h2>
<p>Students of all programmes in semester 3 or above may apply. Documents are due on <strong>30 October 2026</strong>. The interview will take place on 6 November 2026.</p>
<p>Many thanks,<br>International Office<br>Politeknik Negeri Batam</p></body></html>""", hcte="base64")

M(0, "thunderbird", "london-time", "london-course-ann", "Tue, 15 Sep 2026 20:40:00 +0700",
  "Yusuf Harahap <yusuf.harahap@polibatam.ac.id>", "Pengumuman untuk course Technical English",
  L("announcement", "mixed", {"course_code": "EN2103", "title": "Reading week: no live session",
                              "scope": "course", "publish_at": "2026-09-17T01:00:00+07:00"},
    note="Publish time given in London time (BST, UTC+1); converted to WIB the next day."),
  text="""Halo P4M,

Could you post an announcement in EN2103 for me? Tolong dijadwalkan besok pukul 19.00 waktu London (that's after my supervision meeting).

Title: Reading week: no live session
Text: There is no Zoom session on 23 September 2026. Please finish unit 4 on
Moodle and submit the glossary task by 27 September 2026.

Terima kasih,
Yusuf (Leeds)
""", cte="7bit")

M(0, "iphone", "title-subject-only", "migrasi-rabu", "Thu, 22 Oct 2026 15:55:00 +0700",
  "Andi Firmansyah <andi.firmansyah@polibatam.ac.id>", "Migrasi E-Learning ke Moodle 4.5",
  L("announcement", "id", {"title": "Migrasi E-Learning ke Moodle 4.5", "scope": "site",
                           "publish_at": "2026-10-28T08:00:00+07:00"},
    note="The title is only in the subject."),
  text="""Tim P4M, tolong buat pengumuman site dengan judul seperti subjek email ini, tayang minggu depan hari Rabu jam 8.

Isinya: e-learning tidak bisa diakses Sabtu 31 Oktober 2026 pukul 22.00 sampai Minggu 1 November 2026 pukul 06.00 karena migrasi server. Mohon dosen mengunduh nilai sebelum itu.

Andi - UPT TIK

Dikirim dari iPhone saya
""")

M(0, "outlookmac", "date-only-accreditation", "akreditasi-visit", "Thu, 29 Oct 2026 10:00:00 +0700",
  "Gusti Ayu Permata <gusti.ayu@polibatam.ac.id>", "Pengumuman visitasi akreditasi prodi TRPL",
  L("announcement", "id", {"title": "Visitasi Asesor LAM INFOKOM Prodi TRPL", "scope": "site"},
    note="Only a publish date, no clock time; 10-11 November are the visit dates."),
  text="""Yth. Bapak/Ibu P4M,

Mohon ditayangkan pengumuman berikut di beranda e-learning mulai tanggal 2 November 2026.

**Visitasi Asesor LAM INFOKOM Prodi TRPL**

Visitasi lapangan akan dilaksanakan pada Selasa, 10 November 2026 dan Rabu, 11 November 2026. Dosen dan mahasiswa TRPL diharapkan memastikan course di e-learning sudah lengkap (RPS, materi, penilaian) paling lambat 6 November 2026.

Atas perhatiannya kami ucapkan terima kasih.

Gusti Ayu Permata, S.T., M.T.
Ketua Gugus Penjaminan Mutu Jurusan Teknik Informatika
""")

M(0, "outlookmac", "boston-eastern", "boston-course-ann", "Mon, 19 Oct 2026 19:22:00 +0700",
  "Fitriani Siregar <fitriani.siregar@polibatam.ac.id>", "Announcement for ME2207 Thermodynamics",
  L("announcement", "en", {"course_code": "ME2207", "course_name": "Thermodynamics",
                           "title": "Quiz 3 moved online", "scope": "course",
                           "publish_at": "2026-10-21T08:00:00+07:00"},
    note="Time given in US Eastern (EDT, UTC-4): 21:00 on 20 Oct is 08:00 WIB on 21 Oct."),
  text="""Dear P4M,

I'm in Boston this semester (Northeastern, visiting). Please post this in ME2207 Thermodynamics on Tuesday, October 20 at 9 PM Eastern time, which should be morning in Batam.

Quiz 3 moved online

Quiz 3 will be held on Moodle instead of in class. It opens Friday 23 October 2026 at 13.00 WIB and closes at 15.00 WIB.

Thanks a lot,
Fitriani
""")

M(0, "applemail", "melbourne-time", "melbourne-course-ann", "Fri, 18 Sep 2026 16:05:00 +0700",
  "Bayu Nugroho <bayu.nugroho@polibatam.ac.id>", "Please post: lab schedule for Sistem Tertanam",
  L("announcement", "en", {"course_code": "TRE3201", "course_name": "Sistem Tertanam",
                           "title": "Revised lab schedule (weeks 4-7)", "scope": "course",
                           "publish_at": "2026-09-21T05:00:00+07:00"},
    note="Time given in Melbourne time (AEST, UTC+10), converted to WIB."),
  text="""Hi team,

Visiting Melbourne for a workshop this week. Could you publish an announcement in TRE3201 Sistem Tertanam on Monday 21 September 2026 at 8 am Melbourne time?

Title: Revised lab schedule (weeks 4-7)
Body: Lab sessions move to Thursday afternoons in room TA-3.12. Group lists are in the Moodle "Lab groups" page.

Cheers,
Bayu
""", cte="quoted-printable")

M(0, "yahoo", "bold-no-time", "kwu-ann-all-classes", "Tue, 22 Sep 2026 10:10:00 +0700",
  "Sri Mulyani <srimulyani_kwu@yahoo.co.id>", "mohon pasang pengumuman di course KWU",
  L("announcement", "id", {"course_code": "KWU1201", "course_name": "Kewirausahaan",
                           "title": "Business Plan Competition Internal 2026", "scope": "course"},
    note="No publish time given; 20 November is the submission deadline."),
  htm="""<html><body><div style="font-family:Helvetica Neue,Arial,sans-serif;font-size:13px">
<div>Selamat pagi min,</div><div><br></div>
<div>Mohon dipasang di course KWU1201 Kewirausahaan (semua kelas) pengumuman ini:</div><div><br></div>
<div><b>Business Plan Competition Internal 2026</b></div>
<div>Setiap kelompok wajib mengunggah proposal bisnis di tugas &quot;BPC 2026&quot; paling lambat 20 November 2026. Lima proposal terbaik akan dipresentasikan di depan juri dari Kadin Batam.</div><div><br></div>
<div>Terima kasih,<br>Sri Mulyani - koordinator KWU</div></div></body></html>""")

M(0, "gmailandroid", "pdf-request", "toeic-pdf", "Mon, 12 Oct 2026 13:40:00 +0700",
  "Ratna Sari <ratna.sari@polibatam.ac.id>", "Pengumuman TOEIC (detail di PDF)",
  L("announcement", "mixed", {"title": "TOEIC Institutional Test - November Batch", "scope": "site",
                              "publish_at": "2026-10-16T10:00:00+07:00"},
    note="The announcement and its publish time are only in the attached PDF."),
  text="""Hi P4M, ELC here. Mohon pengumuman TOEIC dipasang ya, all details are in the attached PDF. Thanks!

Ratna
""", att=[("Pengumuman_TOEIC_Nov2026.pdf", "pdf", [
      "English Language Centre - Politeknik Negeri Batam",
      "Request: site announcement on e-learning",
      "Title: TOEIC Institutional Test - November Batch",
      "Publish: Jumat, 16 Oktober 2026 pukul 10.00 WIB",
      "Test dates: 14 and 21 November 2026, Gedung Utama lt. 4.",
      "Registration closes 6 November 2026. Fee Rp150.000."])])

M(0, "outlookmac", "rfc822-forward", "agama-fwd-ann", "Tue, 03 Nov 2026 11:05:00 +0700",
  "Sekretariat Prodi Mesin <sekre.mesin@polibatam.ac.id>", "FW: Pengumuman course Agama Kristen",
  L("announcement", "id", {"course_code": "MKU104", "course_name": "Pendidikan Agama Kristen",
                           "title": "Ibadah Bersama dan Kuliah Pengganti", "scope": "course",
                           "publish_at": "2026-11-03T15:00:00+07:00"},
    note="The request is in the forwarded message/rfc822; the time is in the forwarding note."),
  text="""Mas Rizal,

Kami teruskan email Pak Pdt. Daniel (terlampir). Beliau minta ditayangkan hari ini jam 15.00 di course beliau. Terima kasih mas.

Salam,
Sekretariat Prodi Teknik Mesin
""", fwd=dict(frm="Pdt. Daniel Manurung, M.Th. <daniel.manurung@polibatam.ac.id>", to="sekre.mesin@polibatam.ac.id",
              subject="Pengumuman course Agama Kristen", date="Mon, 02 Nov 2026 21:14:00 +0700",
              text="""Shalom ibu sekretariat,

Tolong diteruskan ke P4M untuk dipasang di course MKU104 Pendidikan Agama Kristen:

Judul: Ibadah Bersama dan Kuliah Pengganti
Kuliah hari Kamis, 5 November 2026 diganti dengan ibadah bersama di aula pukul 09.00. Kuliah pengganti Sabtu, 7 November 2026.

Tuhan memberkati,
Daniel Manurung
"""))

M(0, "owa", "besok-pagi-deadline", "mbkm-deadline", "Wed, 04 Nov 2026 16:30:00 +0700",
  "Arga Prasetyo <arga.prasetyo@polibatam.ac.id>", "Pengumuman pendaftaran konversi MBKM",
  L("announcement", "id", {"title": "Batas Unggah Dokumen Konversi SKS MBKM", "scope": "site",
                           "publish_at": "2026-11-05T09:00:00+07:00"}),
  text="""Selamat sore tim P4M,

Mohon dibuatkan pengumuman untuk seluruh mahasiswa, tayang besok pagi jam 9.

Judul: Batas Unggah Dokumen Konversi SKS MBKM
Mahasiswa yang mengikuti Magang/Studi Independen Bersertifikat wajib mengunggah logbook dan sertifikat ke e-learning paling lambat Jumat, 20 November 2026 pukul 23.59. Rapat konversi nilai dilaksanakan 25 November 2026.

Terima kasih,
Arga Prasetyo
Koordinator MBKM JTI
""", cte="quoted-printable")

M(0, "thunderbird", "wita-sender", "wita-course-ann", "Mon, 09 Nov 2026 10:00:00 +0800",
  "Ketut Arsana <ketut.arsana@polibatam.ac.id>", "Announcement request for Kewarganegaraan class",
  L("announcement", "en", {"course_code": "MKU102-C", "title": "Group presentation order",
                           "scope": "course", "publish_at": "2026-11-11T09:00:00+07:00"},
    note="Time given in WITA; converted to WIB."),
  text="""Dear P4M,

I am in Makassar for a conference this week. Please publish an announcement in
MKU102-C on Wednesday 11 November 2026 at 10:00 WITA.

Title: Group presentation order
Text: Groups 1-4 present on 18 November 2026, groups 5-8 on 25 November 2026.

Regards,
Ketut Arsana
""", cte="7bit")

M(0, "moodleapp", "iphone-nanti-malam", "kuis-diundur-ios", "Thu, 12 Nov 2026 17:02:00 +0700",
  "Yohanes Sitorus <yohanes.sitorus@polibatam.ac.id>", "pengumuman kuis diundur",
  L("announcement", "id", {"course_name": "Kewirausahaan 2", "title": "Kuis 4 diundur", "scope": "course",
                           "publish_at": "2026-11-12T20:00:00+07:00"},
    note="Phone mail with autocorrect errors; publish time 'nanti malam jam 8' resolves to the Date day."),
  text="""Min tolong pasang pengumuman di course Kewirausahaan 2 nanti malam jam 8 ya
Judul: Kuis 4 diundur
Isi: kuis 4 diundur ke minggu defan karena banyak mahasiswa ikut lomba. Tanggal baru akan diumumkan di grup

Sent from my iPhone
""")

M(0, "gmailandroid", "mixed-date-only", "pancasila-ann-date", "Thu, 01 Oct 2026 08:30:00 +0700",
  "Hendra Saputra <hendra.saputra@polibatam.ac.id>", "Pengumuman di course Pancasila",
  L("announcement", "mixed", {"course_code": "MKU101", "title": "Hari Kesaktian Pancasila: refleksi mingguan",
                              "scope": "course"},
    note="Publish date without a clock time."),
  text="""Hi P4M team,

On behalf of the Pancasila teaching team, mohon dipasang announcement di course MKU101 tanggal 5 Oktober ya, jamnya bebas.

Title: Hari Kesaktian Pancasila: refleksi mingguan
Isi: Please write a 300-word reflection on the meaning of 1 Oktober for your profession and submit it in the Week 5 assignment.

Thanks,
Hendra
""", htm="""<div dir="ltr">Hi P4M team,<br><br>On behalf of the Pancasila teaching team, mohon dipasang announcement di course MKU101 tanggal 5 Oktober ya, jamnya bebas.<br><br>Title: Hari Kesaktian Pancasila: refleksi mingguan<br>Isi: Please write a 300-word reflection on the meaning of 1 Oktober for your profession and submit it in the Week 5 assignment.<br><br>Thanks,<br>Hendra</div>""")

M(0, "applemail", "seattle-wib", "seattle-site-ann", "Fri, 13 Nov 2026 06:45:00 +0700",
  "Maria Hutapea <maria.hutapea@polibatam.ac.id>", "Site announcement: ELC webinar",
  L("announcement", "mixed", {"title": "Webinar: Studying Abroad with LPDP", "scope": "site",
                              "publish_at": "2026-11-16T07:00:00+07:00"}),
  text="""Dear P4M,

ELC minta saya kirim ini karena saya narasumbernya (from Seattle). Please publish site-wide at 7 a.m. WIB on Monday, 16 November 2026.

Title: Webinar: Studying Abroad with LPDP
Webinar via Zoom pada Sabtu, 21 November 2026 pukul 09.00 WIB. Registrasi sampai 19 November 2026.

Thank you,
Maria
""", cte="quoted-printable")
# ---- elearning_support
M(0, "gmailandroid", "screen-reader", "tunanetra-kuis", "Wed, 02 Sep 2026 19:20:00 +0700",
  "Laila Rahmawati <laila.rahmawati@students.polibatam.ac.id>", "kuis tidak terbaca screen reader",
  L("elearning_support", "id"),
  text="""Selamat malam Bapak/Ibu P4M,

Saya Laila, pendamping teman saya Rizki (mahasiswa tunanetra, Akuntansi semester 1). Rizki memakai screen reader NVDA di laptop, tapi soal kuis Bahasa Inggris I di e-learning tidak terbaca: gambar soal tidak ada teks alternatifnya dan tombol "Next page" tidak terbaca sama sekali. Kuisnya ditutup hari Jumat.

Apakah ada cara supaya kuisnya bisa diakses, atau kuis ini bisa dibuat versi teks?

Terima kasih banyak,
Laila (pendamping)
""")

M(0, "thunderbird", "extra-time", "extra-time-quiz", "Tue, 08 Sep 2026 10:40:00 +0700",
  "Kevin Tan <kevin.tan@students.polibatam.ac.id>", "Request for extra quiz time (accessibility)",
  L("elearning_support", "en"),
  text="""Dear P4M helpdesk,

I have dyslexia and the Student Affairs office (Bagian Kemahasiswaan) approved
extra time of 50% for my timed tests. My Thermodynamics quizzes on Moodle still
close after 30 minutes for me, like everyone else.

Could you set a user override for my account (NIM 4312401077) on the quizzes,
or tell my lecturer how to do it? The approval letter is with Kemahasiswaan.

Thank you,
Kevin Tan
""", cte="7bit")

M(0, "yahoo", "caption-companion", "tuli-subtitle", "Thu, 24 Sep 2026 13:13:00 +0700",
  "Ibu Marlina <marlina_pendamping@yahoo.co.id>", "video kuliah tanpa subtitle",
  L("elearning_support", "mixed"),
  text="""Dear P4M,

Saya interpreter bahasa isyarat untuk mahasiswi tuli di prodi Desain Grafis. The recorded lectures in the Kewarganegaraan course have no captions, dan auto-caption di player Moodle tidak muncul. Is there a setting to turn on subtitles, or can the video be re-uploaded with a caption file?

Thank you,
Marlina
""", htm="""<html><body><div style="font-family:Arial,sans-serif;font-size:13px"><div>Dear P4M,</div><div><br></div><div>Saya interpreter bahasa isyarat untuk mahasiswi tuli di prodi Desain Grafis. The recorded lectures in the Kewarganegaraan course have no captions, dan auto-caption di player Moodle tidak muncul. Is there a setting to turn on subtitles, or can the video be re-uploaded with a caption file?</div><div><br></div><div>Thank you,</div><div>Marlina</div></div></body></html>""")

M(0, "owa", "frontdesk-login", "frontdesk-login", "Tue, 29 Sep 2026 09:25:00 +0700",
  "Putri Ayuningtyas <putri.ayu@polibatam.ac.id>", "Pak Joko tidak bisa login e-learning",
  L("elearning_support", "id", note="Front-desk staff writing on behalf of a walk-in lecturer."),
  text="""Rekan P4M,

Pak Joko Susilo (dosen LB Teknik Mesin) datang ke meja kami dan minta bantuan: akun e-learningnya tidak bisa login sejak kemarin, muncul "Invalid login, please try again". Beliau sudah coba reset lewat "Lupa password" tapi email reset tidak masuk.

Username beliau joko.susilo. Beliau menunggu di ruang tunggu sampai jam 11.

Terima kasih,
Putri - Front Desk P4M
""", cte="quoted-printable")

M(0, "outlookmac", "mfa-abroad", "aus-mfa", "Tue, 06 Oct 2026 06:10:00 +0700",
  "Bayu Nugroho <bayu.nugroho@polibatam.ac.id>", "Cannot log in to Moodle from Australia",
  L("elearning_support", "en"),
  text="""Hi P4M,

Since Friday I get "Access denied from your location" when I try to log into e-learning from Brisbane. It worked in September. I need to grade the TRE3201 lab reports before 10 October.

Is there a geo-block on the login page? Should I use the campus VPN, and if so where do I get the profile?

Thanks,
Bayu
""")

M(0, "gmailandroid", "howto-rename", "howto-ganti-nama", "Fri, 09 Oct 2026 21:30:00 +0700",
  "Dimas Aditya <dimas.aditya@polibatam.ac.id>", "cara ganti nama course sendiri?",
  L("elearning_support", "id", note="How-to question about renaming a course; not a change request."),
  text="""Malam P4M, mau nanya aja. Sebagai dosen, apa saya bisa ganti sendiri nama course di menu Settings? Saya cari di edit settings tapi kolom Course full name abu-abu tidak bisa diedit. Apa memang harus lewat helpdesk? Kalau bisa sendiri saya mau coba dulu

Dimas
""")

M(0, "moodleapp", "moodle-app-sync", "moodle-app-error", "Wed, 14 Oct 2026 07:48:00 +0700",
  "Yohanes Sitorus <yohanes.sitorus@polibatam.ac.id>", "aplikasi moodle error",
  L("elearning_support", "id", note="Autocorrect mangled words."),
  text="""Pagi min, aplikasi Moodle di HP saya dari kemarin tidak bisa sinkron, muncul tulisan "Cannot connect: Verify that you have typed correctly the URL". Padahal lewat browser bisa. Saya mau menilai tugas dari HP saat perjalanan dinas ke Tanjung Pinang. Apa alamat situs nya berubah? Maaf typo, autocorrect ganti "nilai" jadi "nikai" terus

Sent from my iPhone
""")

M(0, "outlookmac", "mbkm-enrol", "mbkm-enrol-outsider", "Mon, 19 Oct 2026 14:14:00 +0700",
  "Arga Prasetyo <arga.prasetyo@polibatam.ac.id>", "Mahasiswa pertukaran belum ter-enrol",
  L("elearning_support", "mixed"),
  text="""Halo P4M,

We have 6 inbound students from Politeknik Negeri Padang (Pertukaran Mahasiswa MBKM). Akun mereka sudah dibuat UPT TIK, but they are not enrolled in any course and they can't see "Proyek Independen MBKM" on their dashboard. Daftar NIM terlampir di sheet MBKM minggu lalu.

Can you enrol them, or tell me how I can do it as coordinator?

Thanks,
Arga
""")

M(0, "applemail", "course-import", "agama-import", "Mon, 26 Oct 2026 10:32:00 +0700",
  "Hj. Nurhayati <nurhayati@polibatam.ac.id>", "salin isi course semester lalu",
  L("elearning_support", "id"),
  text="""Assalamualaikum P4M,

Tim dosen Agama Islam punya 12 kelas semester ini. Materi semester lalu ada di course PAI Genap 2025/2026. Bagaimana cara menyalin semua materi dan kuis ke 12 course yang baru? Menu Import saya coba tapi course lama tidak muncul di daftar pencarian.

Terima kasih
Nurhayati
""", cte="quoted-printable")

M(0, "thunderbird", "audio-upload", "elc-audio-size", "Tue, 27 Oct 2026 15:00:00 +0700",
  "Ratna Sari <ratna.sari@polibatam.ac.id>", "Audio file too large for listening quiz",
  L("elearning_support", "en"),
  text="""Dear P4M,

I'm building the TOEIC listening quiz in ELC-TP01 and Moodle refuses the MP3
for Part 3 (34 MB): "The file is too large. Maximum size is 20 MB".
Can the limit be raised for this course, or should I split the audio?

Regards,
Ratna Sari
ELC
""", cte="7bit")

M(0, "gmailandroid", "secretary-bang", "sekre-bang-peserta", "Mon, 02 Nov 2026 08:05:00 +0700",
  "Sekretariat Prodi TRPL <sekre.trpl@polibatam.ac.id>", "bang Rizky, peserta kelas TRPL-3A tidak muncul",
  L("elearning_support", "id"),
  text="""Bang Rizky, pagi

Dosen Praktikum Jaringan lapor di course TRPL3302 kelas TRPL-3A pesertanya kosong, 0 participants. Padahal kelas lain normal. Mungkin sinkron dari SIAKAD belum jalan ya bang? Mohon dicek

Thanks bang
Wulan
""")

M(0, "yahoo", "reset-password", "mhs-reset-pass", "Sat, 07 Nov 2026 22:48:00 +0700",
  "ananda putri <nanda.putri03@yahoo.co.id>", "lupa password elearning",
  L("elearning_support", "id"),
  text="""selamat malam kak
saya lupa password elearning dan email kampus saya jg ga bisa dibuka jadi link reset ga nyampe. nim 3312501044 prodi TRPL. besok ada kuis pancasila jam 8 pagi
tolong bantu kak makasih
""")
# ---- document_request
M(0, "owa", "bkd-form", "bkd-form", "Thu, 10 Sep 2026 11:11:00 +0700",
  "Dr. Ir. Hartono Wibisono, M.T. <hartono.w@polibatam.ac.id>", "Permohonan formulir BKD semester ganjil",
  L("document_request", "id"),
  text="""Yth. Tim P4M,

Mohon dikirimkan formulir Beban Kerja Dosen (BKD) semester ganjil 2026/2027 beserta lampiran bukti kinerja pengajaran yang terbaru. Yang ada di folder bersama masih versi 2025.

Hormat saya,
Dr. Ir. Hartono Wibisono, M.T.
Dosen Teknik Elektro
""", cte="quoted-printable")

M(0, "applemail", "portfolio-template", "elc-portfolio", "Tue, 13 Oct 2026 09:09:00 +0700",
  "Grace Simanjuntak <grace.s@polibatam.ac.id>", "Course portfolio template?",
  L("document_request", "en"),
  text="""Hi P4M,

The ELC lecturers need to submit a course portfolio at the end of the semester. Could you send us the current course portfolio template (Word, if possible) and the checklist that goes with it?

Thanks,
Grace
""", cte="quoted-printable")

M(0, "gmailandroid", "peer-observation", "observasi-sejawat", "Fri, 23 Oct 2026 13:50:00 +0700",
  "Lestari Wulandari <lestari.w@polibatam.ac.id>", "lembar observasi peer review",
  L("document_request", "id"),
  text="""Siang P4M,
tim Kewarganegaraan mau melakukan observasi kelas antar sejawat minggu depan. Boleh minta lembar observasi peer review pembelajaran (yang ada skala 1-4 itu)? Sekalian panduan pengisiannya kalau ada.
Makasih
Lestari
""")

M(0, "outlookmac", "quality-rubric", "rubrik-mutu", "Wed, 28 Oct 2026 14:44:00 +0700",
  "Gusti Ayu Permata <gusti.ayu@polibatam.ac.id>", "Rubrik mutu e-learning untuk persiapan visitasi",
  L("document_request", "mixed"),
  text="""Dear P4M,

Untuk persiapan visitasi, could you share the e-learning quality rubric (rubrik penilaian mutu course online) that P4M uses for the course review? Kami mau self-assessment dulu before the assessors come.

Best regards,
Gusti Ayu Permata
GPM Jurusan Teknik Informatika
""")

M(0, "owa", "frontdesk-teaching-load", "frontdesk-beban", "Thu, 05 Nov 2026 10:55:00 +0700",
  "Putri Ayuningtyas <putri.ayu@polibatam.ac.id>", "Bu Evi minta form rekap beban mengajar",
  L("document_request", "id", note="Front-desk staff writing on behalf of a walk-in lecturer."),
  text="""Rekan P4M,

Bu Evi Susanti (Teknik Sipil) datang ke meja kami dan minta form rekap beban mengajar (SKS dan jumlah kelas) untuk pengajuan jabatan fungsional. Kami tidak punya filenya di meja depan. Mohon dikirim ke beliau langsung: evi.susanti@polibatam.ac.id, cc saya.

Terima kasih,
Putri
Front Desk P4M
""", cte="quoted-printable")

M(0, "thunderbird", "rps-english", "boston-rps-template", "Mon, 16 Nov 2026 20:30:00 +0700",
  "Fitriani Siregar <fitriani.siregar@polibatam.ac.id>", "English version of the RPS template",
  L("document_request", "en"),
  text="""Dear P4M,

My host department in Boston would like to compare our syllabus format with
theirs. Is there an English version of the RPS (semester learning plan)
template? If not, the Indonesian template plus the OBE guideline would help.

Best,
Fitriani
""", cte="7bit")

M(0, "yahoo", "sop-team-teaching", "sop-team-teaching", "Fri, 20 Nov 2026 15:15:00 +0700",
  "Drs. Hendra Saputra <hendra_saputra62@yahoo.co.id>", "SOP Team Teaching MKU",
  L("document_request", "en"),
  text="""Dear P4M team,

Please send me the SOP for team teaching (pembagian nilai dan kehadiran antar dosen). Our Pancasila team has 9 lecturers and we need the official document for the coordination meeting.

Regards,
Hendra Saputra
""")
# ---- other
M(0, "gmailandroid", "parent-grades", "ortu-nilai", "Fri, 04 Sep 2026 20:05:00 +0700",
  "Bapak Sihombing <sihombing.ayah@gmail.com>", "nilai anak saya",
  L("other", "id", note="Parent asking about grades; not an e-learning request."),
  text="""Selamat malam,
saya orang tua dari Grace Sihombing mahasiswa Teknik Elektro. Bagaimana cara saya melihat nilai anak saya semester lalu? Anak saya bilang bisa dilihat orang tua. Mohon infonya
Terima kasih
""")

M(0, "outlookmac", "alumni-materials", "alumni-akses", "Wed, 16 Sep 2026 12:00:00 +0700",
  "Rendy Wijaya <rendy.wijaya@outlook.com>", "Alumni request - old course materials",
  L("other", "en", note="Alumnus asking for access; near-miss."),
  text="""Hello,

I graduated from Teknik Informatika in 2022. I am preparing for a certification and remember the networking course on e-learning had great lab guides. Is there any way for alumni to get read-only access, or are old courses archived?

Best,
Rendy Wijaya
""")

M(0, "applemail", "thanks", "terima-kasih-pancasila", "Mon, 05 Oct 2026 16:00:00 +0700",
  "Hendra Saputra <hendra.saputra@polibatam.ac.id>", "Terima kasih",
  L("other", "id"),
  text="""Tim P4M,

Terima kasih, pengumuman dan perubahan dosen di course Pancasila sudah tampil. Tim dosen sangat terbantu.

Salam,
Hendra
""", cte="quoted-printable")

M(0, "thunderbird", "complaint", "keluhan-respon", "Tue, 20 Oct 2026 21:21:00 +0700",
  "Bayu Nugroho <bayu.nugroho@polibatam.ac.id>", "Feedback on response time",
  L("other", "mixed", note="A complaint about the helpdesk, not a new request."),
  text="""Hi P4M,

Jujur saya agak kecewa. My login issue from Australia took two weeks to be answered, dan akhirnya saya harus minta tolong teman di kampus untuk input nilai. Maybe there could be an after-hours contact for lecturers abroad?

Just feedback, no action needed on my case (already solved).

Bayu
""", cte="8bit")

M(0, "iphone", "hedged-plan", "rencana-ganti-nama", "Wed, 11 Nov 2026 12:30:00 +0700",
  "Dewi Kartika <dewi.kartika@polibatam.ac.id>", "info awal",
  L("other", "id", note="A plan to ask later, not a request yet."),
  text="""Halo P4M, sekadar info awal: kemungkinan nama course Kewirausahaan II kami nanti saya minta ganti setelah rapat kurikulum tanggal 25 November. Belum pasti namanya apa. Nanti saya email lagi ya.

Dikirim dari iPhone saya
""")

M(0, "yahoo", "alumni-guest", "alumni-dosen-tamu", "Wed, 18 Nov 2026 09:40:00 +0700",
  "Siti Aminah <siti.aminah88@yahoo.co.id>", "Offer: guest lecture on entrepreneurship",
  L("other", "en", note="Alumna offering a guest lecture; misdirected."),
  text="""Dear P4M,

I'm an alumna (Akuntansi 2015) and now run a logistics start-up in Batam Centre. I would love to give a guest lecture for the Kewirausahaan classes. Who should I contact?

Warm regards,
Siti Aminah
""")

M(0, "gmailandroid", "parent-beasiswa", "ortu-beasiswa", "Mon, 23 Nov 2026 07:30:00 +0700",
  "Ibu Yanti <yanti.ibu.dimas@gmail.com>", "tanya beasiswa utk anak",
  L("other", "mixed", note="Parent asking about a scholarship; misdirected."),
  text="""Pagi, maaf mengganggu. Saya ibu dari mahasiswa TRPL semester 3. Saya lihat ada pengumuman scholarship Batam-Leeds di e-learning anak saya. Apakah orang tua perlu tanda tangan surat apa2? And is it fully funded? Terima kasih
""")
# ---- auto
import base64 as _b64


def _b64wrap(s):
    e = _b64.b64encode(s.encode("utf-8")).decode()
    return "\n".join(e[i:i + 76] for i in range(0, len(e), 76))


M(0, "msforms", "noreply-forms", "forms-respons", "Thu, 17 Sep 2026 10:02:00 +0700",
  "", "", L("auto", "id", note="Microsoft Forms no-reply notification."), raw="""From: Microsoft Forms <no-reply@forms.office.com>
To: helpdesk-p4m@polibatam.ac.id
Subject: Respons baru untuk "Survei Kepuasan Layanan E-Learning 2026"
Date: Thu, 17 Sep 2026 10:02:00 +0700
Message-ID: <%s@forms.office.com>
MIME-Version: 1.0
X-MS-Exchange-Organization-AuthAs: Anonymous
X-Auto-Response-Suppress: All
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

%s
""" % (h("forms-respons", 20), _b64wrap("""<html><body><table width="100%%"><tr><td><h3>Survei Kepuasan Layanan E-Learning 2026</h3>
<p>Anda memiliki 1 respons baru. Responden: Anonim. Waktu penyelesaian: 03:41.</p>
<p><a href="https://forms.office.com/Pages/AnalysisPage.aspx?id=p4mSurvey2026">Lihat hasil</a></p>
<p style="color:#777">Ini adalah email yang dibuat secara otomatis. Jangan balas email ini.</p></td></tr></table></body></html>""")))

M(0, "exchange", "delayed-dsn", "exchange-tertunda", "Wed, 21 Oct 2026 03:15:00 +0700",
  "", "", L("auto", "id", note="Exchange delayed-delivery notice in Indonesian."), raw="""From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: =?utf-8?q?Pengiriman_tertunda=3A_Re=3A_Enrolment_key_for_Sistem_Tertanam?=
Date: Wed, 21 Oct 2026 03:15:00 +0700
Message-ID: <%s@SG2PR06MB5012.apcprd06.prod.outlook.com>
MIME-Version: 1.0
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
Content-Type: multipart/report; report-type=delivery-status; boundary="b_%s"

--b_%s
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Pengiriman tertunda ke penerima atau grup berikut:

bayu.nugroho@uq.net.au

Subjek: Re: Enrolment key for Sistem Tertanam

Pesan ini belum terkirim. Kami akan terus mencoba mengirimkan pesan ini dan ak=
an memberi tahu Anda jika pesan tetap tidak terkirim setelah 2 hari.

--b_%s
Content-Type: message/delivery-status

Reporting-MTA: dns;SG2PR06MB5012.apcprd06.prod.outlook.com
Arrival-Date: Tue, 20 Oct 2026 19:10:00 +0000

Final-Recipient: rfc822;bayu.nugroho@uq.net.au
Action: delayed
Status: 4.4.7
Will-Retry-Until: Thu, 22 Oct 2026 19:10:00 +0000

--b_%s--
""" % ((h("exchange-tertunda", 20),) + (h("exchange-tertunda-b", 16),) * 4))

M(0, "iphone", "ooo-bilingual", "ooo-hp", "Mon, 26 Oct 2026 11:41:00 +0700",
  "", "", L("auto", "mixed", note="Out-of-office reply in English and Indonesian from a phone."), raw="""From: Maria Hutapea <maria.hutapea@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Automatic reply: [P4M #4821] Site announcement: ELC webinar
Date: Mon, 26 Oct 2026 11:41:00 +0700
Message-ID: <%s@polibatam.ac.id>
MIME-Version: 1.0
Auto-Submitted: auto-replied
X-Auto-Response-Suppress: All
X-Mailer: iPhone Mail (22A3354)
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

I am on study leave in Seattle until July 2027 and check email irregularly.=
 For ELC matters please contact elc@polibatam.ac.id.

Saya sedang tugas belajar di Seattle sampai Juli 2027. Untuk urusan ELC sil=
akan hubungi elc@polibatam.ac.id.

Sent from my iPhone
""" % h("ooo-hp", 20))

M(0, "sharepoint", "share-notification", "sharepoint-bagikan", "Fri, 06 Nov 2026 09:30:00 +0700",
  "", "", L("auto", "id", note="SharePoint no-reply share notification."), raw="""From: "Gusti Ayu Permata (melalui SharePoint Online)" <no-reply@sharepointonline.com>
To: helpdesk-p4m@polibatam.ac.id
Subject: =?utf-8?q?Gusti_Ayu_Permata_membagikan_folder_=22Bukti_Akreditasi_TRPL=22_dengan_Anda?=
Date: Fri, 06 Nov 2026 09:30:00 +0700
Message-ID: <%s@sharepointonline.com>
MIME-Version: 1.0
X-MS-Exchange-Organization-SCL: -1
X-Auto-Response-Suppress: All
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

<html><body><div style=3D"font-family:Segoe UI"><p>Gusti Ayu Permata membag=
ikan folder dengan Anda.</p><p><b>Bukti Akreditasi TRPL</b></p><p><a href=
=3D"https://polibatam.sharepoint.com/sites/GPM-JTI/Shared%%20Documents/Bukti%%20Akreditasi%%20TRPL">Bu=
ka</a></p><p style=3D"color:#666">Microsoft menghargai privasi Anda. Email =
ini dikirim dari alamat yang tidak dipantau.</p></div></body></html>
""" % h("sharepoint-bagikan", 20))

M(0, "zoom", "cloud-recording", "zoom-rekaman", "Wed, 16 Sep 2026 02:05:00 +0700",
  "", "", L("auto", "en", note="Zoom cloud recording notice with Auto-Submitted."), raw="""From: Zoom <no-reply@zoom.us>
To: helpdesk-p4m@polibatam.ac.id
Subject: Cloud Recording - Technical English EN2103 Live Session is now available
Date: Wed, 16 Sep 2026 02:05:00 +0700
Message-ID: <%s@zoom.us>
MIME-Version: 1.0
Auto-Submitted: auto-generated
Precedence: bulk
Content-Type: multipart/alternative; boundary="zm_%s"

--zm_%s
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hi P4M Helpdesk,

Your cloud recording is now available.

Topic: Technical English EN2103 Live Session
Date: Sep 15, 2026 06:00 PM London

Share recording with viewers: https://polibatam.zoom.us/rec/share/EN2103-live

--zm_%s
Content-Type: text/html; charset="utf-8"
Content-Transfer-Encoding: base64

%s
--zm_%s--
""" % ((h("zoom-rekaman", 20),) + (h("zoom-rekaman-b", 16),) * 3 + (_b64wrap("""<html><body><p>Hi P4M Helpdesk,</p><p>Your cloud recording is now available.</p><p><b>Topic:</b> Technical English EN2103 Live Session<br><b>Date:</b> Sep 15, 2026 06:00 PM London</p><p><a href="https://polibatam.zoom.us/rec/share/EN2103-live">Share recording with viewers</a></p></body></html>"""), h("zoom-rekaman-b", 16))))

M(0, "mailerdaemon", "bounce-headers-only", "bounce-rfc822-headers", "Sat, 28 Nov 2026 04:12:00 +0700",
  "", "", L("auto", "en", note="Mailer-daemon bounce carrying only the original headers."), raw="""From: Mail Delivery System <MAILER-DAEMON@mx1.polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Undelivered Mail Returned to Sender
Date: Sat, 28 Nov 2026 04:12:00 +0700
Message-ID: <%s@mx1.polibatam.ac.id>
MIME-Version: 1.0
Auto-Submitted: auto-replied
Content-Type: multipart/report; report-type=delivery-status; boundary="%s.mx1"

--%s.mx1
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx1.polibatam.ac.id.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<siti.aminah88@yahoo.co.id>: host mta7.am0.yahoodns.net[67.195.204.72] said:
    554 delivery error: dd This user doesn't have a yahoo.co.id account

--%s.mx1
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx1.polibatam.ac.id
X-Postfix-Queue-ID: 4Hk2Zq1XyTz9

Final-Recipient: rfc822; siti.aminah88@yahoo.co.id
Action: failed
Status: 5.0.0
Diagnostic-Code: smtp; 554 delivery error: dd This user doesn't have a
    yahoo.co.id account

--%s.mx1
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
To: Siti Aminah <siti.aminah88@yahoo.co.id>
Subject: Re: Offer: guest lecture on entrepreneurship
Date: Fri, 27 Nov 2026 16:02:00 +0700
Message-ID: <%s@polibatam.ac.id>

--%s.mx1--
""" % ((h("bounce-rfc822-headers", 20),) + (h("bounce-b", 12),) * 4 + (h("bounce-orig", 20), h("bounce-b", 12))))

if __name__ == "__main__":
    main()

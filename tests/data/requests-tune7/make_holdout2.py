#!/usr/bin/env python3
"""Second held-out corpus for the P4M helpdesk classifier (60 labelled e-mails).

Run with /work/main/.venv/bin/python (needs python-docx for the DOCX attachment).
Writes NNN-quirk-slug.eml (CRLF, RFC 5322) and labels.json next to this script.
Deterministic: boundaries, Message-IDs and attachment bytes come from the slug;
the DOCX zip is rewritten with fixed timestamps.  Every body is hand-written;
the code below only wraps it the way the named mail client would.
"""
import base64
import datetime as dt
import hashlib
import html
import io
import json
import os
import quopri
import re
import sys
import zipfile
from email import policy
from email.parser import BytesParser

OUT = os.path.dirname(os.path.abspath(__file__))
HELP = "helpdesk-p4m@polibatam.ac.id"
WIB = dt.timezone(dt.timedelta(hours=7))
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def hx(slug, salt, n):
    s = ""
    i = 0
    while len(s) < n:
        s += hashlib.sha256(("%s|%s|%d" % (slug, salt, i)).encode()).hexdigest()
        i += 1
    return s[:n]


def rfc_date(d):
    return "%s, %02d %s %d %s +0700" % (DAYS[d.weekday()], d.day, MONS[d.month - 1], d.year, d.strftime("%H:%M:%S"))


def ew(text):
    """RFC 2047 B-encoded words, folded."""
    if text.isascii():
        return text
    words, cur = [], ""
    for ch in text:
        if cur and len(base64.b64encode((cur + ch).encode()).decode()) > 44:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    return "\n ".join("=?UTF-8?B?%s?=" % base64.b64encode(w.encode()).decode() for w in words)


def fold(value):
    """Fold a plain header value at spaces to keep lines under 78 columns."""
    if len(value) < 66 or not value.isascii():
        return value
    out, line = [], ""
    for w in value.split(" "):
        if line and len(line) + 1 + len(w) > 66:
            out.append(line)
            line = w
        else:
            line = (line + " " + w) if line else w
    out.append(line)
    return "\n ".join(out)


def addr(name, a):
    if not name:
        return a
    if not name.isascii():
        return "%s <%s>" % (ew(name), a)
    if re.search(r'[(),.:;<>@\[\]"]', name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), a)
    return "%s <%s>" % (name, a)


def qp(text):
    enc = quopri.encodestring(text.encode("utf-8"), quotetabs=False).decode("ascii")
    return enc


def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def text_part(text, sub="plain", cte="qp", extra=""):
    if cte == "qp":
        body, h = qp(text), "quoted-printable"
    elif cte == "b64":
        body, h = b64(text.encode("utf-8")), "base64"
    else:
        h = "7bit" if text.isascii() else "8bit"
        body = text
    return ('Content-Type: text/%s; charset="UTF-8"%s\nContent-Transfer-Encoding: %s\n\n%s'
            % (sub, extra, h, body.rstrip("\n") + "\n"))


def multipart(sub, parts, boundary, extra=""):
    s = 'Content-Type: multipart/%s; boundary="%s"%s\n\n' % (sub, boundary, extra)
    for p in parts:
        s += "--%s\n%s\n" % (boundary, p)
    return s + "--%s--\n" % boundary


def attach(name, ctype, data, style="plain"):
    if style == "2231" and not name.isascii() or style == "2231x":
        from urllib.parse import quote
        disp = "attachment;\n filename*=UTF-8''%s" % quote(name)
        ct = "%s;\n name*=UTF-8''%s" % (ctype, quote(name))
    else:
        disp = 'attachment;\n filename="%s"' % name
        ct = '%s;\n name="%s"' % (ctype, name)
    return ("Content-Type: %s\nContent-Disposition: %s\nContent-Transfer-Encoding: base64\n\n%s\n"
            % (ct, disp, b64(data)))


def html_from_text(text, style):
    out = []
    for ln in text.rstrip("\n").split("\n"):
        q = 0
        while ln.startswith(">"):
            ln = ln[1:].lstrip(" ") if ln[1:2] == " " else ln[1:]
            q += 1
        esc = html.escape(ln, quote=False) or "<br>"
        if style == "outlook":
            line = '<p class="MsoNormal">%s<o:p></o:p></p>' % (esc if ln else "&nbsp;")
        else:
            line = "<div>%s</div>" % esc
        if q:
            line = ('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">' * q
                    + line + "</blockquote>" * q)
        out.append(line)
    body = "\n".join(out)
    if style == "outlook":
        return OUTLOOK_HTML % body
    if style == "gmail":
        return '<div dir="ltr">\n%s\n</div>\n' % body
    if style == "yahoo":
        return ('<html><head></head><body><div class="ydp3f1c yahoo-style-wrap" '
                'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">\n%s\n</div></body></html>\n' % body)
    return ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">\n'
            '%s\n</div></body></html>\n' % body)


OUTLOOK_HTML = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\np.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                'table.MsoTableGrid\n\t{border-collapse:collapse;}\n--></style>\n</head>\n'
                '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n')


def outlook_table(rows):
    """HTML table as Outlook/Word writes it (first row bold)."""
    trs = []
    for i, r in enumerate(rows):
        tds = "".join('<td width="200" valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
                      '<p class="MsoNormal">%s%s%s<o:p></o:p></p></td>'
                      % ("<b>" if i == 0 else "", html.escape(c), "</b>" if i == 0 else "") for c in r)
        trs.append("<tr>%s</tr>" % tds)
    return ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse;border:none">\n%s\n</table>' % "\n".join(trs))


def pdf_bytes(lines, title):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "60 790 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
            ("<< /Title (%s) /Producer (Microsoft Word 2019) >>" % esc(title)).encode("latin-1")]
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


def pdf_text(data):
    return "\n".join(m.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")
                     for m in re.findall(rb"\(((?:[^()\\]|\\.)*)\) Tj", data and data).__iter__()
                     for m in [m.decode("latin-1")])


def docx_bytes(paras, title):
    import docx
    d = docx.Document()
    for style, text in paras:
        if style == "h":
            d.add_heading(text, level=1)
        else:
            d.add_paragraph(text)
    cp = d.core_properties
    fixed = dt.datetime(2026, 7, 27, 9, 0, 0)
    cp.author = "Bagian Akademik"
    cp.last_modified_by = "Bagian Akademik"
    cp.title = title
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        # drop the optional Word 2010 effects styles and the template thumbnail (keeps it small)
        drop = ("word/stylesWithEffects.xml", "docProps/thumbnail.jpeg")
        for info in sorted(src.infolist(), key=lambda i: i.filename):
            if info.filename in drop:
                continue
            data = src.read(info.filename)
            if info.filename.endswith(".rels") or info.filename == "[Content_Types].xml":
                txt = data.decode("utf-8")
                for dname in drop:
                    base = dname.split("/")[-1]
                    txt = re.sub(r'<Relationship [^>]*Target="[^"]*%s"[^>]*/>' % re.escape(base), "", txt)
                    txt = re.sub(r'<Override PartName="/%s"[^>]*/>' % re.escape(dname), "", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 7, 27, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


def docx_text(data):
    import docx
    return "\n".join(p.text for p in docx.Document(io.BytesIO(data)).paragraphs)


CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

DAYS_ID = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
MONS_ID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def dtp(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=WIB)


def pada(s, name, a):
    """Gmail Indonesian attribution line for an earlier message."""
    d = dtp(s)
    return "Pada %s, %d %s %d pukul %s %s <%s>\nmenulis:" % (
        DAYS_ID[d.weekday()], d.day, MONS_ID[d.month - 1], d.year, d.strftime("%H.%M"), name, a)


def on_wrote(s, name, a):
    d = dtp(s)
    return "On %s, %d %s %d at %s, %s wrote:" % (
        DAYS[d.weekday()], d.day, MONS[d.month - 1], d.year, d.strftime("%H:%M"), name, a)


def dari(s, name, a, to, subj):
    d = dtp(s)
    hari = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"][d.weekday()]
    bulan = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember"][d.month - 1]
    return ("Dari: %s <%s>\nDikirim: %s, %d %s %d %s\nKepada: %s\nSubjek: %s"
            % (name, a, hari, d.day, bulan, d.year, d.strftime("%H.%M"), to, subj))


def received(e, d):
    host = {"gmail": ("mail-pj1-f41.google.com", "209.85.216.41"),
            "outlook": ("APC01-PSA-obe.outbound.protection.outlook.com", "40.107.215.97"),
            "yahoo": ("sonic305-21.consmr.mail.sg3.yahoo.com", "106.10.242.140"),
            }.get(e["client"], ("mail.polibatam.ac.id", "103.143.71.183"))
    if e["from"][1].endswith("gmail.com"):
        host = ("mail-pj1-f41.google.com", "209.85.216.41")
    arr = d + dt.timedelta(seconds=int(hx(e["slug"], "lag", 2), 16) % 40 + 2)
    return ("Received: from %s\n (%s [%s]) by\n mx.polibatam.ac.id (Postfix) with ESMTPS id %s for\n <%s>; %s (WIB)"
            % (host[0], host[0], host[1], hx(e["slug"], "qid", 11).upper(), HELP, rfc_date(arr)))


def build(e):
    slug, d = e["slug"], dtp(e["date"])
    name, a = e["from"]
    c = e["client"]
    bnd = lambda k: {"gmail": "000000000000" + hx(slug, k, 12),
                     "outlook": "_000_" + hx(slug, k, 28).upper() + "_",
                     "thunderbird": "------------" + hx(slug, k, 24),
                     "yahoo": "----=_Part_" + str(int(hx(slug, k, 7), 16)) + "_" + str(int(hx(slug, k + "y", 6), 16)),
                     "zimbra": "=_" + hx(slug, k, 8) + "-" + hx(slug, k + "z", 4) + "-" + hx(slug, k + "q", 12),
                     "samsung": "--_com.samsung.android.email_" + str(int(hx(slug, k, 14), 16)),
                     "iphone": "Apple-Mail-" + hx(slug, k, 8).upper() + "-" + hx(slug, k + "i", 4).upper(),
                     }.get(c, "=_" + hx(slug, k, 20))
    H = ["Return-Path: <%s>" % e.get("return_path", a), received(e, d)]
    if e.get("raw") is not None:
        txt = "\n".join(H) + "\n" + e["raw"]
        return txt.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    mid = {"gmail": "<CA%s@mail.gmail.com>" % base64.b64encode(bytes.fromhex(hx(slug, "mid", 40))).decode().rstrip("="),
           "outlook": "<SEZPR06MB%s@SEZPR06MB%s.apcprd06.prod.outlook.com>" % (hx(slug, "mid", 28).upper(), hx(slug, "m2", 4).upper()),
           "yahoo": "<%d.%d@mail.yahoo.com>" % (int(hx(slug, "mid", 8), 16), int(hx(slug, "m2", 6), 16)),
           "zimbra": "<%d.%d.%d.JavaMail.zimbra@polibatam.ac.id>" % (int(hx(slug, "mid", 4), 16), int(hx(slug, "m2", 5), 16), int(hx(slug, "m3", 10), 16)),
           }.get(c, "<%s-%s-%s@%s>" % (hx(slug, "mid", 8).upper(), hx(slug, "m2", 4).upper(), hx(slug, "m3", 12).upper(),
                                        a.split("@")[1]))
    body = e["body"].strip("\n") + "\n"
    subj = ew(e["subject"]) if not e["subject"].isascii() else fold(e["subject"])
    H += ["From: %s" % addr(name, a), "To: %s" % e.get("to", HELP)]
    if e.get("cc"):
        H.append("Cc: %s" % e["cc"])
    H += ["Subject: %s" % subj, "Date: %s" % rfc_date(d), "Message-ID: %s" % mid]
    if e.get("irt"):
        H += ["In-Reply-To: %s" % e["irt"], "References: %s" % e["irt"]]
    atts = e.get("atts", [])
    style = "2231x" if c == "thunderbird" else "plain"
    if c == "outlook":
        H += ["Thread-Topic: %s" % subj,
              "Thread-Index: " + base64.b64encode(bytes.fromhex(hx(slug, "ti", 44))).decode(),
              "Accept-Language: id-ID, en-US", "Content-Language: %s" % e.get("clang", "id-ID"),
              "X-MS-Has-Attach: %s" % ("yes" if atts else ""), "X-MS-TNEF-Correlator: "]
    elif c == "thunderbird":
        H += ["User-Agent: Mozilla Thunderbird", "Content-Language: %s" % e.get("clang", "id")]
    elif c == "yahoo":
        H += ["X-Mailer: WebService/1.1.24652 YMailNorrin"]
    elif c == "zimbra":
        H += ["X-Mailer: Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC130 (Win)/9.0.0_GA_4546)",
              "Thread-Topic: %s" % subj]
    elif c == "iphone":
        H += ["X-Mailer: iPhone Mail (22B91)"]
    elif c == "samsung":
        H += ["X-Mailer: Samsung Mail"]
    H += e.get("headers", [])
    H.append("MIME-Version: 1.0")
    hstyle = {"outlook": "outlook", "gmail": "gmail", "yahoo": "yahoo"}.get(c, "zimbra")
    htm = e.get("html") or html_from_text(body, hstyle)
    if c == "thunderbird":
        main = text_part(body, "plain", "8", '; format=flowed')
    elif c == "iphone":
        main = text_part(body, "plain", "qp")
    elif c == "samsung":
        main = multipart("alternative", [text_part(body, "plain", "b64"), text_part(htm, "html", "b64")], bnd("alt"))
    elif c == "gmail":
        main = multipart("alternative", [text_part(body, "plain", "qp" if not body.isascii() else "8"),
                                         text_part(htm, "html", "qp")], bnd("alt"))
    else:
        main = multipart("alternative", [text_part(body, "plain", "qp"), text_part(htm, "html", "qp")], bnd("alt"))
    if atts:
        main = multipart("mixed", [main] + [attach(n, ct, data, style) for n, ct, data in atts], bnd("mix"))
        if c == "thunderbird":
            main = main.replace("Content-Type: multipart/mixed;", "Content-Type: multipart/mixed;", 1)
    txt = "\n".join(H) + "\n" + main
    return txt.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")


MSGS = []


def M(slug, quirk, client, date, frm, subject, body, t, lang, f=None, note="", **kw):
    if isinstance(f, str):
        f, note = None, f
    e = dict(slug=slug, quirk=quirk, client=client, date=date, **{"from": frm}, subject=subject, body=body,
             label={"type": t, "lang": lang, "fields": f or {}, "note": note})
    e.update(kw)
    MSGS.append(e)

# ---------------------------------------------------------------- course_data (16)

M("re-tiket-lama-ganti-dosen-pbo", "gmailreply", "gmail", "2026-02-09 07:41:12",
  ("Yudi Prasetyo", "yudi.prasetyo@polibatam.ac.id"),
  "Re: [P4M #2026-0112] Tidak bisa login akun dosen",
  """Selamat pagi Bu Rina,

Akun saya sudah normal lagi, terima kasih. Sekalian saya mau minta tolong
satu hal lagi (beda urusan):

Course IF2105 Pemrograman Berorientasi Objek kelas pagi mulai semester ini
diampu oleh Pak Rahmat, bukan saya lagi. Mohon nama pengampu di e-learning
diganti menjadi Rahmat Hidayat, S.T., M.Kom. supaya mahasiswa tidak bingung
menghubungi siapa.

Salam,
Yudi

""" + pada("2026-02-06 14:20:00", "Helpdesk P4M Polibatam", HELP) + """
> Yth. Bapak Yudi,
>
> Kata sandi akun Bapak sudah kami reset. Silakan login kembali dengan
> kata sandi sementara yang kami kirim lewat WhatsApp.
>
> Salam,
> Rina - Helpdesk P4M
""", "course_data", "id",
  {"course_code": "IF2105", "course_name": "Pemrograman Berorientasi Objek",
   "changes": {"lecturer": "Rahmat Hidayat, S.T., M.Kom."}},
  "Reply to an old, solved login ticket that raises a new, unrelated request.",
  irt="<tkt-2026-0112.3@helpdesk.polibatam.ac.id>")

_t = [["Data", "Tertulis saat ini", "Seharusnya"],
      ["Nama MK", "Perpindahan Panas", "Perpindahan Panas dan Massa"],
      ["SKS", "2", "3"]]
_body = """Yth. Tim P4M,

Menindaklanjuti hasil rapat kurikulum Jurusan Teknik Mesin, mohon bantuan
pembaruan data mata kuliah MS3102 di e-learning sebagai berikut:

Data | Tertulis saat ini | Seharusnya
Nama MK | Perpindahan Panas | Perpindahan Panas dan Massa
SKS | 2 | 3

Atas bantuannya kami ucapkan terima kasih.

Hormat kami,
Lestari Wulandari
Sekretariat Jurusan Teknik Mesin
Politeknik Negeri Batam
"""
M("tabel-sebelum-sesudah-perpindahan-panas", "outlooktable", "outlook", "2026-02-16 10:05:44",
  ("Lestari Wulandari", "sekjur.mesin@polibatam.ac.id"),
  "Pembaruan data MK MS3102 di e-learning", _body, "course_data", "id",
  {"course_code": "MS3102", "course_name": "Perpindahan Panas",
   "changes": {"fullname": "Perpindahan Panas dan Massa", "credits": "3"}},
  html=OUTLOOK_HTML % ("\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (html.escape(l) or "&nbsp;")
                                  for l in _body.split("\n")[:5]) + "\n" + outlook_table(_t) + "\n"
                       + "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (html.escape(l) or "&nbsp;")
                                   for l in _body.strip("\n").split("\n")[9:])))

M("guest-lecturer-enrolment-key-embedded", "foreign", "gmail", "2026-02-23 21:17:05",
  ("Hiroshi Tanaka", "h.tanaka.kit@gmail.com"),
  "Enrolment key for my course on your Moodle",
  """Dear P4M team,

I am a visiting lecturer from Kitakyushu. This semester I teach
EL3208 Embedded Systems Design together with Mr. Fadli. My students told me the
enrolment key they received does not work because it was shared last year
on WhatsApp. Could you please set a new enrolment key for the course:

    ESD-genap26

I will give it to the students in class on Wednesday. Sorry for my simple
English and thank you very much for your help.

Kind regards,
Hiroshi Tanaka
Visiting Associate Professor
""", "course_data", "en",
  {"course_code": "EL3208", "course_name": "Embedded Systems Design",
   "changes": {"enrolment_key": "ESD-genap26"}})

M("komting-nama-dosen-salah-statbis", "phone", "iphone", "2026-03-03 12:48:30",
  ("Putri Ayu", "4012301045@students.polibatam.ac.id"),
  "nama dosen salah di elearning",
  """min maaf ganggu, sy komting AB-2A

di elearning mk Statistika Bisnis (AB2101) nama dosennya msh pak Hendra
padahal dr awal semester yg ngajar ibu Dewi. kata ibu tolong diganti jd
Dewi Lestari, S.E., M.Ak.
ibunya lg ga bs email krn di luar kota jd sy yg kirim 🙏

makasih min

Dikirim dari iPhone saya
""", "course_data", "id",
  {"course_code": "AB2101", "course_name": "Statistika Bisnis",
   "changes": {"lecturer": "Dewi Lestari, S.E., M.Ak."}},
  "Sent by a class representative on the lecturer's behalf.")

M("fwd-kaprodi-kelas-keamanan-jaringan", "tbforward", "thunderbird", "2026-03-09 08:33:51",
  ("Admin Prodi RKS", "admin.rks@polibatam.ac.id"),
  "Fwd: kelas MK Keamanan Jaringan",
  """Selamat pagi P4M, diteruskan dari Kaprodi ya. Mohon dibantu.

-------- Forwarded Message --------
Subject: kelas MK Keamanan Jaringan
Date: Sun, 8 Mar 2026 20:11:02 +0700
From: Irfan Maulana <irfan.maulana@polibatam.ac.id>
To: Admin Prodi RKS <admin.rks@polibatam.ac.id>

Mbak Sari,

Tolong sampaikan ke P4M: course RKS3104 Keamanan Jaringan di e-learning
masih tercatat untuk kelas RKS-3B, padahal tahun ini dipakai kelas
RKS-3A. Minta diubah jadi RKS-3A ya, karena RKS-3B sudah punya course
sendiri.

Terima kasih,
Irfan Maulana
Kaprodi Rekayasa Keamanan Siber
""", "course_data", "id",
  {"course_code": "RKS3104", "course_name": "Keamanan Jaringan", "changes": {"class": "RKS-3A"}},
  "Forwarded by the programme admin; the request is in the forwarded part.")

M("kaprodi-semester-digital-marketing", "headprog", "outlook", "2026-03-16 13:22:09",
  ("Dr. Marlina Siregar", "marlina.siregar@polibatam.ac.id"),
  "Course BM2207 - academic term needs correcting",
  """Dear colleagues at P4M,

While reviewing the e-learning courses of the Business Management
programme I noticed that BM2207 Digital Marketing still shows the previous
academic term. The course is running now, so please change its semester to
Genap 2025/2026. The lecturer and everything else can stay as they are.

This matters for our internal audit next month, so I would appreciate it
if it could be done this week.

Best regards,

Dr. Marlina Siregar
Head of Study Programme, Business Management (International Class)
Politeknik Negeri Batam
""", "course_data", "en",
  {"course_code": "BM2207", "course_name": "Digital Marketing", "changes": {"semester": "Genap 2025/2026"}},
  clang="en-US")

_pdf_cd = ["POLITEKNIK NEGERI BATAM - JURUSAN MANAJEMEN BISNIS",
           "Nomor   : 118/PL29.3/AK/2026",
           "Lampiran: -",
           "Perihal : Permohonan Perubahan Nama Mata Kuliah pada E-Learning",
           "",
           "Yth. Kepala P4M Politeknik Negeri Batam",
           "",
           "Dengan hormat,",
           "Sesuai dengan kurikulum OBE 2026 Program Studi Akuntansi Manajerial,",
           "kami mohon nama mata kuliah berikut diperbarui di e-learning:",
           "",
           "  Kode MK        : AK3105",
           "  Nama saat ini  : Auditing",
           "  Nama baru      : Pengauditan Lanjutan",
           "",
           "Demikian permohonan ini kami sampaikan. Atas perhatian dan",
           "kerja samanya kami ucapkan terima kasih.",
           "",
           "Batam, 23 Maret 2026",
           "Ketua Jurusan Manajemen Bisnis",
           "",
           "Dr. Hasanuddin Lubis, S.E., M.Si."]
M("surat-pdf-nama-mk-auditing", "pdfletter", "zimbra", "2026-03-23 09:48:17",
  ("Tata Usaha Manajemen Bisnis", "tu.mb@polibatam.ac.id"),
  "Surat Permohonan Perubahan Nama Mata Kuliah",
  """Yth. Kepala P4M,

Dengan hormat, bersama ini kami kirimkan surat permohonan dari Ketua
Jurusan Manajemen Bisnis (terlampir dalam format PDF). Mohon dapat
ditindaklanjuti.

Hormat kami,
Tata Usaha Jurusan Manajemen Bisnis
Gedung Utama Lt. 4, Politeknik Negeri Batam
""", "course_data", "id",
  {"course_code": "AK3105", "course_name": "Auditing", "changes": {"fullname": "Pengauditan Lanjutan"}},
  "The request itself is only in the attached PDF letter.",
  atts=[("Surat 118-PL29.3-AK-2026.pdf", "application/pdf", pdf_bytes(_pdf_cd, "Permohonan Perubahan Nama MK"))])

M("bottom-post-deskripsi-metrologi", "tbbottom", "thunderbird", "2026-04-01 16:02:40",
  ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "Re: [P4M #2026-0298] Deskripsi course Metrologi Industri",
  """On 31/03/2026 15.10, Helpdesk P4M Polibatam wrote:
> Yth. Bapak Agus,
>
> Untuk mengganti ringkasan course, mohon kirimkan teks deskripsi yang
> baru (maksimal satu paragraf) dengan membalas email ini.
>
> Salam,
> Helpdesk P4M

Baik, ini teksnya untuk course MS2204 Metrologi Industri:

Mata kuliah ini membekali mahasiswa dengan pengukuran dimensi presisi, kalibrasi alat ukur, toleransi geometrik, dan analisis ketidakpastian pengukuran di lingkungan industri manufaktur.

Tolong ganti yang lama seluruhnya.

-- 
Agus Salim, S.T., M.T.
Lab. Metrologi - Teknik Mesin
""", "course_data", "id",
  {"course_code": "MS2204", "course_name": "Metrologi Industri",
   "changes": {"summary": "Mata kuliah ini membekali mahasiswa dengan pengukuran dimensi presisi, kalibrasi alat ukur, toleransi geometrik, dan analisis ketidakpastian pengukuran di lingkungan industri manufaktur."}},
  irt="<tkt-2026-0298.2@helpdesk.polibatam.ac.id>")

M("list-shortname-sks-technical-english", "list", "gmail", "2026-04-07 11:30:58",
  ("Catherine Ng", "catherine.ng@polibatam.ac.id"),
  "Two corrections for Technical English 2",
  """Hello P4M,

Two things are wrong with EN1202 Technical English 2 on e-learning:

1. credits: it says 3, it should be 2
2. short name: please make it EN1202-TE2 (now it's just "TE2" which
   clashes with the evening class)

Thanks a lot!
Catherine

--
Catherine Ng, M.A.
Language Centre, Politeknik Negeri Batam
""", "course_data", "en",
  {"course_code": "EN1202", "course_name": "Technical English 2",
   "changes": {"credits": "2", "shortname": "EN1202-TE2"}})

M("yahoo-enrol-key-akm", "yahoo", "yahoo", "2026-04-14 19:55:21",
  ("Nurhayati", "nurhayati_ak@yahoo.co.id"),
  "kunci pendaftaran course AKM 2",
  """Assalamualaikum,

Saya Nurhayati, dosen LB di prodi Akuntansi. Mohon bantuannya untuk
mengganti enrolment key course Akuntansi Keuangan Menengah 2 (AK2201)
menjadi akm2-kelasB karena key lama sudah tersebar ke kelas lain.

Saya pakai email pribadi karena email kampus saya belum aktif.

Terima kasih,
Nurhayati, S.E., M.Ak.
""", "course_data", "id",
  {"course_code": "AK2201", "course_name": "Akuntansi Keuangan Menengah 2",
   "changes": {"enrolment_key": "akm2-kelasB"}})

M("campur-ml-fullname-kelas", "mixed", "gmail", "2026-04-20 22:14:03",
  ("Bayu Anggara", "bayu.anggara@polibatam.ac.id"),
  "update course Machine Learning",
  """Hi min,

Tolong update course IF4103 Machine Learning ya:
- fullname jadi Machine Learning untuk Data Sains (sesuai kurikulum baru)
- class: TI-4A Pagi

Soalnya next week udah mulai project-based dan students pada nyari
course-nya pakai nama baru. Thanks a lot!

Bayu
""", "course_data", "mixed",
  {"course_code": "IF4103", "course_name": "Machine Learning",
   "changes": {"fullname": "Machine Learning untuk Data Sains", "class": "TI-4A Pagi"}})

M("serah-terima-dosen-fisika-terapan", "outlook", "outlook", "2026-05-04 08:17:26",
  ("Bambang Priyono", "bambang.priyono@polibatam.ac.id"),
  "Serah terima pengampu Fisika Terapan",
  """Dengan hormat,

Mulai 4 Mei 2026 saya menjalani tugas belajar S3 sehingga mata kuliah
Fisika Terapan (FT1103) saya serahkan kepada rekan saya. Mohon nama
dosen pengampu pada course tersebut di e-learning diganti menjadi:

Siti Rahmawati, S.Pd., M.Eng.

Akun beliau juga mohon dijadikan teacher. Materi dan nilai yang sudah ada
biar tetap di course.

Terima kasih atas bantuannya.

Salam hormat,
Bambang Priyono, S.Si., M.T.
""", "course_data", "id",
  {"course_code": "FT1103", "course_name": "Fisika Terapan",
   "changes": {"lecturer": "Siti Rahmawati, S.Pd., M.Eng."}})

M("samsung-pakai-lagi-course-citra", "samsung", "samsung", "2026-07-20 06:52:11",
  ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
  "Course Pengolahan Citra Digital dipakai lagi",
  """Pagi P4M,

Course IF3207 Pengolahan Citra Digital yang saya pakai tahun lalu mau
saya pakai lagi, isinya masih relevan. Tolong semester di course-nya
diubah ke Ganjil 2026/2027 ya, biar muncul di daftar course semester ini.

Makasih.

Dikirim dari Samsung Galaxy smartphone saya.
""", "course_data", "id",
  {"course_code": "IF3207", "course_name": "Pengolahan Citra Digital",
   "changes": {"semester": "Ganjil 2026/2027"}})

M("old-new-arrow-business-statistics", "beforeafter", "outlook", "2026-07-27 14:40:02",
  ("Kevin Lim", "kevin.lim@polibatam.ac.id"),
  "MB1204 name change",
  """Hi,

Quick one for the new term:

Old: Business Statistics
New: Business Statistics and Analytics

Course code MB1204 stays the same. Let me know if you need a form for
this.

Cheers,
Kevin Lim
Lecturer, Business Management
""", "course_data", "en",
  {"course_code": "MB1204", "course_name": "Business Statistics",
   "changes": {"fullname": "Business Statistics and Analytics"}},
  clang="en-US")

M("zimbra-ringkasan-pengelasan", "zimbra", "zimbra", "2026-08-04 10:11:45",
  ("Joko Susanto", "joko.susanto@polibatam.ac.id"),
  "Ringkasan course Teknik Pengelasan",
  """Selamat siang,

Deskripsi course Teknik Pengelasan (MS1107) di e-learning masih berisi
teks dari kurikulum 2019. Mohon diganti dengan ringkasan berikut:

"Mahasiswa mempelajari proses las SMAW, GMAW dan GTAW, keselamatan kerja pengelasan, simbol las pada gambar teknik, serta pemeriksaan visual hasil lasan sesuai standar AWS D1.1."

Terima kasih.

Joko Susanto, S.T.
Teknisi/Dosen Teknik Mesin
""", "course_data", "id",
  {"course_code": "MS1107", "course_name": "Teknik Pengelasan",
   "changes": {"summary": "Mahasiswa mempelajari proses las SMAW, GMAW dan GTAW, keselamatan kerja pengelasan, simbol las pada gambar teknik, serta pemeriksaan visual hasil lasan sesuai standar AWS D1.1."}})

M("uiux-shortname-sks-campur", "mixed", "gmail", "2026-08-12 15:26:37",
  ("Anisa Rahman", "anisa.rahman@polibatam.ac.id"),
  "Desain Antarmuka: shortname & SKS",
  """Halo tim P4M,

Untuk course Desain Antarmuka (MM2105) please adjust two things:
shortname -> MM2105-UIUX
SKS -> 4 (sekarang sudah digabung dengan praktikumnya)

Kalau perlu approval kaprodi, beliau sudah cc di email ini.

Regards,
Anisa
""", "course_data", "mixed",
  {"course_code": "MM2105", "course_name": "Desain Antarmuka",
   "changes": {"shortname": "MM2105-UIUX", "credits": "4"}},
  cc="Wahyu Saputra <wahyu.saputra@polibatam.ac.id>")

# ---------------------------------------------------------------- announcement (14)

_docx_krs = [("h", "PENGUMUMAN"),
             ("p", "Nomor: 412/PL29/AK/2026"),
             ("h", "Jadwal Pengisian KRS Semester Ganjil 2026/2027"),
             ("p", "Ditujukan kepada: seluruh mahasiswa aktif Politeknik Negeri Batam."),
             ("p", "Pengisian Kartu Rencana Studi (KRS) Semester Ganjil 2026/2027 dilaksanakan "
                   "pada 10 s.d. 21 Agustus 2026 melalui SIAKAD. Mahasiswa wajib berkonsultasi "
                   "dengan dosen wali sebelum KRS disetujui."),
             ("p", "Mahasiswa yang belum melunasi UKT tidak dapat mengisi KRS."),
             ("p", "Batam, 27 Juli 2026"),
             ("p", "Kepala Bagian Akademik")]
M("docx-pengumuman-krs-ganjil", "docx", "outlook", "2026-07-29 09:03:27",
  ("Bagian Akademik Polibatam", "akademik@polibatam.ac.id"),
  "Mohon ditayangkan: pengumuman KRS",
  """Yth. Admin E-Learning P4M,

Terlampir pengumuman dari Bagian Akademik (file Word). Mohon ditayangkan
di halaman depan e-learning untuk semua mahasiswa, mulai Senin,
3 Agustus 2026 pukul 08.00 WIB.

Terima kasih.

Salam,
Bagian Akademik
Politeknik Negeri Batam
""", "announcement", "id",
  {"title": "Jadwal Pengisian KRS Semester Ganjil 2026/2027", "scope": "site",
   "publish_at": "2026-08-03T08:00:00+07:00"},
  "Title and audience only in the attached DOCX.",
  atts=[("Pengumuman KRS Ganjil 2026-2027.docx", CT_DOCX,
         docx_bytes(_docx_krs, "Pengumuman KRS Ganjil 2026/2027"))])

M("lab-session-moved-room", "en-course", "gmail", "2026-01-19 17:45:10",
  ("Arif Budiman", "arif.budiman@polibatam.ac.id"),
  "Please post on my course page",
  """Hi helpdesk,

My Moodle teacher role seems to have disappeared (I'll sort that out with
my admin), so could you post this in IF2207 Computer Networks Lab for me?

Title: Lab Session Moved to Room GU 805
Text: This Thursday's lab session will take place in room GU 805 instead
of the Network Lab, because the lab's air conditioning is being repaired.
Same time, bring your own laptop.

Thanks!
Arif
""", "announcement", "en",
  {"course_code": "IF2207", "course_name": "Computer Networks Lab",
   "title": "Lab Session Moved to Room GU 805", "scope": "course"})

M("wita-maintenance-server", "wita", "zimbra", "2026-03-10 15:30:00",
  ("Dedi Kurniawan", "dedi.kurniawan@polibatam.ac.id"),
  "Pengumuman pemeliharaan sistem",
  """Selamat sore rekan P4M,

Saya sedang dinas di Balikpapan, jadi jamnya saya tulis waktu sini ya.
Mohon dipasang pengumuman di halaman depan e-learning:

Judul  : Pemeliharaan Sistem E-Learning
Isi    : Layanan e-learning tidak dapat diakses pada Sabtu malam selama
         kurang lebih empat jam karena pembaruan server dan basis data.
         Mohon dosen tidak menjadwalkan kuis atau tenggat tugas pada
         rentang waktu tersebut.
Tayang : Sabtu, 14 Maret 2026 pukul 21.00 WITA

Terima kasih,
Dedi Kurniawan
UPT Teknologi Informasi dan Komunikasi
""", "announcement", "id",
  {"title": "Pemeliharaan Sistem E-Learning", "scope": "site", "publish_at": "2026-03-14T20:00:00+07:00"},
  "Publish time given in WITA (UTC+8), converted to +07:00.")

M("quiz-reminder-kalkulus-campur", "mixed", "gmail", "2026-02-10 23:02:44",
  ("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
  "tolong post announcement Kalkulus 1",
  """Malam min 🙏

Bisa minta tolong post announcement di course Kalkulus 1 (MA1101)?

Judul: Quiz 1 Reminder
Isi: Quiz 1 opens on Thursday at 08.00 and closes at 10.00. Materi: limit
dan turunan. Jangan lupa login pakai akun student masing-masing ya.

Please publish Kamis, 12 Feb jam 07.00 so they see it before the quiz.
Makasih banyak!

Fitri
""", "announcement", "mixed",
  {"course_code": "MA1101", "course_name": "Kalkulus 1", "title": "Quiz 1 Reminder", "scope": "course",
   "publish_at": "2026-02-12T07:00:00+07:00"})

M("international-office-exchange-call", "en-site", "outlook", "2026-02-25 10:44:19",
  ("International Office Polibatam", "io@polibatam.ac.id"),
  "Request to publish: student exchange call",
  """Dear P4M Helpdesk,

The International Office would like to reach all students through the
e-learning front page. Could you publish the following announcement on
Monday 2 March 2026 at 9:00 WIB?

Call for Applications: Student Exchange to Japan 2026

Students of all study programmes in semester 3 to 5 with a GPA of at
least 3.25 may apply for a one-semester exchange at our partner
institutes in Japan. Information session: 5 March, Main Building Hall.
Deadline: 27 March 2026. Details: io.polibatam.ac.id/exchange

Many thanks,
Sarah Wijaya
International Office
""", "announcement", "en",
  {"title": "Call for Applications: Student Exchange to Japan 2026", "scope": "site",
   "publish_at": "2026-03-02T09:00:00+07:00"},
  clang="en-US")

_t2 = [["Judul", "Pengumpulan Laporan Praktikum Diperpanjang"],
       ["Course", "EL1105 Praktikum Elektronika Dasar"],
       ["Untuk", "Mahasiswa kelas EL-1A dan EL-1B"],
       ["Waktu tayang", "Senin, 20 April 2026 pukul 10.00 WIT"],
       ["Isi", "Batas pengumpulan laporan praktikum modul 3 diperpanjang sampai Jumat, 24 April 2026 pukul 23.59."]]
_b2 = """Selamat pagi,

Saya sedang di Jayapura untuk kegiatan PKM, mohon bantu tayangkan
pengumuman berikut di course saya:

""" + "\n".join("%s: %s" % tuple(r) for r in _t2) + """

Terima kasih banyak.

Maria Tanamal, S.T., M.T.
"""
M("tabel-wit-laporan-praktikum", "witable", "outlook", "2026-04-19 20:16:38",
  ("Maria Tanamal", "maria.tanamal@polibatam.ac.id"),
  "Pengumuman course Praktikum Elektronika Dasar", _b2, "announcement", "id",
  {"course_code": "EL1105", "course_name": "Praktikum Elektronika Dasar",
   "title": "Pengumpulan Laporan Praktikum Diperpanjang", "scope": "course",
   "publish_at": "2026-04-20T08:00:00+07:00"},
  "Publish time given in WIT (UTC+9) inside an HTML table.",
  html=OUTLOOK_HTML % ("\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (html.escape(l) or "&nbsp;")
                                  for l in _b2.split("\n")[:4]) + "\n" + outlook_table(_t2) + "\n"
                       + '<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n<p class="MsoNormal">Terima kasih banyak.<o:p></o:p></p>\n'
                       + '<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n<p class="MsoNormal">Maria Tanamal, S.T., M.T.<o:p></o:p></p>'))

M("surat-wadir-idul-adha", "formal", "outlook", "2026-05-19 11:02:55",
  ("Sekretariat Wakil Direktur I", "wadir1@polibatam.ac.id"),
  "Permohonan Penayangan Pengumuman di E-Learning",
  """Yth. Kepala P4M Politeknik Negeri Batam

Nomor  : 0871/PL29/AK.01/2026
Perihal: Permohonan penayangan pengumuman

Dengan hormat,

Sehubungan dengan libur Hari Raya Idul Adha 1447 H, kami mohon bantuan
Saudara untuk menayangkan pengumuman berikut di halaman utama e-learning
bagi seluruh dosen dan mahasiswa, pada Jumat, 22 Mei 2026 pukul 13.00 WIB:

Judul pengumuman: Penyesuaian Jadwal Perkuliahan Selama Idul Adha 1447 H

Isi pengumuman: perkuliahan tanggal 26 s.d. 28 Mei 2026 ditiadakan dan
diganti secara asinkron melalui e-learning; dosen wajib mengunggah materi
pengganti paling lambat 25 Mei 2026.

Demikian kami sampaikan, atas kerja samanya kami ucapkan terima kasih.

Hormat kami,
a.n. Wakil Direktur Bidang Akademik
Kepala Bagian Akademik
""", "announcement", "id",
  {"title": "Penyesuaian Jadwal Perkuliahan Selama Idul Adha 1447 H", "scope": "site",
   "publish_at": "2026-05-22T13:00:00+07:00"},
  "Formal letter with a nomor surat in the body.")

M("guest-lecture-shipbuilding-malaysia", "foreign", "gmail", "2026-05-25 09:37:48",
  ("Nurul Aisyah binti Ahmad", "nurulaisyah.utm@gmail.com"),
  "Announcement for my guest lecture at Polibatam",
  """Dear Sir/Madam,

I have been invited by Mr. Haris to give a guest lecture for his students
in the course Ship Production Technology. He asked me to send the notice
to you so it can be put on the course page on your e-learning.

Guest Lecture: Industry 4.0 in Shipbuilding
Speaker: Ir. Dr. Nurul Aisyah binti Ahmad, Universiti Teknologi Malaysia
Date: Thursday, 4 June 2026, 13.30-15.30 (online, Zoom link will follow)

Please put it up as soon as convenient. Thank you and have a nice day.

Warm regards,
Nurul Aisyah
""", "announcement", "en",
  {"course_name": "Ship Production Technology", "title": "Guest Lecture: Industry 4.0 in Shipbuilding",
   "scope": "course"},
  "The event date is not a publish time; no publish_at.")

M("tb-tugas-besar-pengganti-uas", "thunderbird", "thunderbird", "2026-06-15 13:58:20",
  ("Eko Wahyudi", "eko.wahyudi@polibatam.ac.id"),
  "Pengumuman di course Sistem Operasi",
  """Siang,

mohon ditayangkan di course IF2203 Sistem Operasi (semua kelas), jadwal
tayang Jumat 19 Juni 2026 pukul 16.30:

  Tugas Besar Pengganti UAS

  UAS teori Sistem Operasi diganti tugas besar kelompok (3 orang).
  Topik dan rubrik ada di section minggu ke-16. Presentasi tanggal
  29 dan 30 Juni di lab.

thx,
Eko
""", "announcement", "id",
  {"course_code": "IF2203", "course_name": "Sistem Operasi", "title": "Tugas Besar Pengganti UAS",
   "scope": "course", "publish_at": "2026-06-19T16:30:00+07:00"})

M("survei-kepuasan-tanpa-tahun", "noyear", "zimbra", "2026-09-24 14:25:06",
  ("Unit SPMI", "spmi@polibatam.ac.id"),
  "Tayangan survei kepuasan mahasiswa",
  """Yth. Admin E-Learning,

Mohon bantuan menayangkan pengumuman berikut di halaman depan e-learning
untuk seluruh mahasiswa, mulai 1 Okt jam 08.00:

Survei Kepuasan Mahasiswa terhadap Layanan Akademik 2026

Mahasiswa diminta mengisi survei melalui tautan yang tersedia sampai
16 Oktober. Hasil survei dipakai untuk perbaikan layanan dan bahan
akreditasi. Pengisian anonim dan hanya membutuhkan sekitar 10 menit.

Terima kasih,
Unit Sistem Penjaminan Mutu Internal
""", "announcement", "id",
  {"title": "Survei Kepuasan Mahasiswa terhadap Layanan Akademik 2026", "scope": "site",
   "publish_at": "2026-10-01T08:00:00+07:00"},
  "Publish date given without a year: the next 1 October after the mail's date.")

M("iphone-kelas-zoom-bing", "phone", "iphone", "2026-09-29 06:21:15",
  ("Ratna Sari", "ratna.sari@polibatam.ac.id"),
  "Pengumuman BI2102",
  """Pagi, tolong pasang pengumuman di Bahasa Inggris Bisnis (BI2102) ya:

Pengumuman: Kelas Online via Zoom
Class today is held online via Zoom karena saya masih di bandara,
link ada di section minggu 5. Attendance tetap dicatat.

Makasih 🙏

Sent from my iPhone
""", "announcement", "mixed",
  {"course_code": "BI2102", "course_name": "Bahasa Inggris Bisnis", "title": "Kelas Online via Zoom",
   "scope": "course"})

M("library-stocktaking-site", "en-site", "yahoo", "2026-11-02 10:12:39",
  ("Polibatam Library", "perpustakaan.polibatam@yahoo.co.id"),
  "Front page notice - library closure",
  """Good morning,

The library would be grateful if the following notice could appear on the
e-learning front page for all students and staff, published Monday
9 November 2026, 7:30 AM WIB:

Library Closed for Stock-Taking

The library will be closed from 16 to 20 November 2026 for annual
stock-taking. E-books and e-journals remain accessible. Loans due in that
week are automatically extended.

Kind regards,
Yuliana
Library Services
""", "announcement", "en",
  {"title": "Library Closed for Stock-Taking", "scope": "site", "publish_at": "2026-11-09T07:30:00+07:00"})

M("yahoo-ruang-uts-mekflu", "yahoo", "yahoo", "2026-10-05 20:40:51",
  ("Hendra Gunawan", "hendra_gunawan77@yahoo.co.id"),
  "perubahan ruang UTS",
  """Malam,

Tolong dipasang di course Mekanika Fluida (MS2206):

Perubahan Ruang UTS Mekanika Fluida

UTS hari Rabu dipindah ke ruang TA 10.3 karena ruang lama dipakai
ujian sertifikasi. Jam tetap 08.00.

Hendra Gunawan
(dosen Teknik Mesin)
""", "announcement", "id",
  {"course_code": "MS2206", "course_name": "Mekanika Fluida", "title": "Perubahan Ruang UTS Mekanika Fluida",
   "scope": "course"})

M("re-h5p-baru-gelombang-2", "gmailreply", "gmail", "2026-09-01 08:55:03",
  ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
  "Re: [P4M #2026-0387] Pengumuman Pelatihan H5P",
  """Pagi Mbak Rina,

Pengumuman pelatihan H5P kemarin sudah banyak yang daftar, makasih ya.
Sekarang kami buka pelatihan baru, tolong dipasang juga di halaman depan
untuk semua dosen:

Judul: Pendaftaran Pelatihan Moodle Lanjut Gelombang 2
Tayang: Selasa, 8 Sept pukul 09.00
Isi: Pelatihan pengelolaan gradebook dan kuis adaptif untuk dosen,
kuota 30 orang, pendaftaran lewat formulir di situs P4M.

Salam,
Lina
P4M - Bidang Pengembangan Pembelajaran

""" + pada("2026-08-10 10:05:00", "Helpdesk P4M Polibatam", HELP) + """
> Yth. Ibu Lina,
>
> Pengumuman "Pelatihan H5P untuk Dosen" sudah tayang di halaman depan
> e-learning.
>
> Salam,
> Helpdesk P4M
""", "announcement", "id",
  {"title": "Pendaftaran Pelatihan Moodle Lanjut Gelombang 2", "scope": "site",
   "publish_at": "2026-09-08T09:00:00+07:00"},
  "Reply to a finished announcement ticket that asks for a new announcement (date without year).",
  irt="<tkt-2026-0387.4@helpdesk.polibatam.ac.id>")

# ---------------------------------------------------------------- elearning_support (10)

M("mhs-invalid-login-hp", "phone", "iphone", "2026-01-12 23:41:09",
  ("Dimas", "dimas.prtm02@gmail.com"),
  "min tolong",
  """min aku gabisa masuk elearning dr sore, tulisannya invalid login terus
pdhl udh reset pw lewat email kampus 2x. nim 3312401077
besok ada kuis pagi min pls 😭

Sent from my iPhone
""", "elearning_support", "id")

M("exchange-student-dashboard-empty", "en", "outlook", "2026-02-18 09:12:37",
  ("Lukas Bauer", "lukas.bauer@outlook.com"),
  "Operations Management not on my dashboard",
  """Hello,

I am an exchange student from Germany (Hochschule Bremen) and I started
this week. I can log in to learning.polibatam.ac.id, but my dashboard only
shows "Orientation for International Students". The course Operations
Management that I registered for at the International Office is not
there, and my lecturer says I should have been added already.

My student number is 4312599004.

Thank you,
Lukas Bauer
""", "elearning_support", "en", clang="en-US")

M("halaman-tugas-muter-muter", "nokeyword", "gmail", "2026-03-26 21:50:33",
  ("Salsabila Putri", "salsabila.putri@students.polibatam.ac.id"),
  "file saya hilang terus",
  """Permisi kak,

Setiap kali saya tekan tombol simpan perubahan di halaman tugas Laporan
Akhir, layarnya cuma muter-muter sekitar semenit lalu balik ke halaman
awal, dan file PDF yang saya pilih tidak ada. Sudah saya coba di laptop
dan di HP, pakai wifi kampus dan kuota sendiri, hasilnya sama.
Ukuran filenya 38 MB. Tenggatnya besok siang.

Mohon bantuannya kak, terima kasih.

Salsabila
TRM 2B
""", "elearning_support", "id",
  note="Upload problem described without the usual error/upload keywords.")

M("peserta-kelas-belum-muncul", "outlook", "outlook", "2026-02-27 10:29:14",
  ("Wahyu Saputra", "wahyu.saputra@polibatam.ac.id"),
  "Mahasiswa TI-2C belum ada di course",
  """Selamat pagi,

Di course Algoritma dan Pemrograman 2 saya, mahasiswa kelas TI-2C belum
muncul sama sekali di daftar peserta, sementara TI-2A dan TI-2B sudah
lengkap. Minggu ini mereka harus mengerjakan kuis pertama.

Mohon dicek sinkronisasinya dari SIAKAD.

Terima kasih,
Wahyu Saputra
""", "elearning_support", "id")

M("profil-nama-orang-lain", "nokeyword", "samsung", "2026-04-28 12:10:55",
  ("Rizky Firmansyah", "rizky.firmansyah@students.polibatam.ac.id"),
  "akun saya kok nama orang lain",
  """Halo admin, sorry ganggu.

Pas saya buka profil, namanya bukan saya tapi "Rizky Fadillah", NIM-nya juga
beda 1 angka. Nilai tugas saya kayaknya masuk ke dia. Can you check
please? Saya Rizky Firmansyah, NIM 4322301019.

Thanks admin

Dikirim dari Samsung Galaxy smartphone saya.
""", "elearning_support", "mixed",
  note="Account mix-up described without login/password keywords.")

M("gradebook-blank-page", "nokeyword", "outlook", "2026-05-12 14:03:08",
  ("Daniel Okafor", "daniel.okafor@polibatam.ac.id"),
  "Blank page in my course",
  """Hi,

When I open the grader report of Renewable Energy Systems the page stays
white after loading for a long time. Other pages of the course are fine,
and my colleague sees the same white page in his course. I have final
marks to submit to the programme by Friday.

Browser: Chrome 131 on Windows 11, cache cleared.

Best,
Daniel Okafor
Visiting Lecturer, Electrical Engineering
""", "elearning_support", "en", clang="en-US")

_photo = hashlib.sha256(b"photo-terlambat").digest() * 8
M("submit-tercatat-terlambat-foto", "photo", "samsung", "2026-06-08 00:12:47",
  ("Andika Saputra", "andika.saputra@students.polibatam.ac.id"),
  "tugas sy tercatat terlambat",
  """Malam min,

sy udah kirim tugas Basis Data jam 23.58 tp di sistem tercatat 00.03 dan
statusnya jadi terlambat. Ini sy foto layar hp sy waktu klik kirim, jam
di hp masih 23.58. Bisa dicek log nya ga min? Takut nilainya dipotong.

Andika TI 1C

Dikirim dari Samsung Galaxy smartphone saya.
""", "elearning_support", "id",
  atts=[("20260607_235812.jpg", "image/jpeg",
         b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + _photo + b"\xff\xd9")])

M("email-kampus-belum-aktif-yahoo", "yahoo", "yahoo", "2026-08-25 16:45:30",
  ("Fauziah Rahmadani", "fauziah.rhm@yahoo.co.id"),
  "mahasiswa baru belum bisa masuk",
  """Selamat sore,

Saya mahasiswa baru prodi Teknik Robotika angkatan 2026. Email kampus
saya belum bisa dibuka, jadi saya juga belum bisa masuk ke e-learning
untuk ikut orientasi. Teman-teman sekelas sudah bisa semua.

NIM: 4222611032
Nama: Fauziah Rahmadani

Mohon bantuannya. Terima kasih.
""", "elearning_support", "id")

M("guest-lecturer-asked-to-enrol", "en", "gmail", "2026-09-10 11:18:22",
  ("Priya Raman", "priya.raman.phd@gmail.com"),
  "Cannot get into the course I'm teaching",
  """Dear Helpdesk,

I'm co-teaching Data Visualisation with Ms. Anisa this semester. She
tells me I have been given the teacher role, but whenever I open the link
she sent, the site asks me for an enrolment key and says I am not a
participant. I log in with the guest account priya.raman that was
created for me last week.

Could you check my access please?

Regards,
Priya Raman
""", "elearning_support", "en")

M("re-sop-lalu-course-hilang", "gmailreply", "gmail", "2026-10-14 10:02:31",
  ("Sri Wahyuni", "sri.wahyuni@polibatam.ac.id"),
  "Re: [P4M #2026-0455] Permintaan SOP backup course",
  """Terima kasih Bu, SOP-nya sudah saya terima.

Satu lagi Bu, course Statistika Industri saya sejak kemarin tidak ada di
daftar "My courses". Mahasiswa bilang mereka masih bisa masuk, tapi saya
sendiri tidak bisa menemukannya, dicari lewat search juga tidak keluar.
Apa mungkin tersembunyi atau peran saya hilang?

Salam,
Sri Wahyuni

""" + pada("2026-10-12 13:40:00", "Helpdesk P4M Polibatam", HELP) + """
> Yth. Ibu Sri,
>
> Terlampir SOP Pencadangan dan Pemulihan Course. Tiket ini kami tutup.
>
> Salam,
> Helpdesk P4M
""", "elearning_support", "id",
  "Reply to a closed document ticket that raises a new support problem.",
  irt="<tkt-2026-0455.2@helpdesk.polibatam.ac.id>")

# ---------------------------------------------------------------- document_request (6)

M("formal-formulir-ami", "formal", "zimbra", "2026-01-26 09:20:14",
  ("Kaprodi Teknik Elektronika Manufaktur", "kaprodi.tem@polibatam.ac.id"),
  "Permohonan dokumen Audit Mutu Internal 2026",
  """Yth. Kepala P4M
Politeknik Negeri Batam

Dengan hormat,

Dalam rangka persiapan Audit Mutu Internal (AMI) tahun 2026, kami mohon
dapat dikirimkan dokumen berikut:

1. Formulir Daftar Tilik AMI 2026
2. Formulir Laporan Ketidaksesuaian (PTK)
3. Jadwal audit per program studi, bila sudah tersedia

Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

Hormat kami,
Ketua Program Studi Teknik Elektronika Manufaktur
""", "document_request", "id")

M("rps-template-english-iup", "en", "outlook", "2026-02-02 15:37:52",
  ("Grace Simanjuntak", "grace.simanjuntak@polibatam.ac.id"),
  "RPS template in English?",
  """Dear P4M,

I am preparing the course plan for an International Undergraduate
Programme class. Is there an English version of the RPS template (OBE
format) that we are supposed to use? If so, could you send me the latest
Word file?

Thank you,
Grace
""", "document_request", "en", clang="en-US")

M("mhs-minta-panduan-pdf", "student", "gmail", "2026-08-31 19:04:26",
  ("Nabila Zahra", "nabila.zahra@students.polibatam.ac.id"),
  "minta panduan",
  """Halo kak, saya maba.

Ada file panduan penggunaan e-learning buat mahasiswa ga kak? Yang PDF
gitu, biar bisa saya baca pelan-pelan. Soalnya di orientasi kemarin
dijelasin cepet banget hehe.

Makasih kak
""", "document_request", "id")

M("sop-backup-dan-bap-campur", "mixed", "gmail", "2026-10-08 16:22:18",
  ("Teguh Santoso", "teguh.santoso@polibatam.ac.id"),
  "minta SOP & format BAP",
  """Hi P4M team,

Boleh minta SOP backup course di e-learning, and also the latest format
BAP perkuliahan daring? Mau saya pakai untuk kelas hybrid semester ini.
Word or PDF both fine.

Thanks,
Teguh
""", "document_request", "mixed")

M("tb-manual-mutu-akreditasi", "thunderbird", "thunderbird", "2026-06-22 10:48:05",
  ("Ahmad Fauzan", "ahmad.fauzan@polibatam.ac.id"),
  "Manual Mutu dan Standar SPMI terbaru",
  """Selamat pagi Bapak/Ibu,

Prodi kami sedang menyusun LED untuk reakreditasi. Mohon dikirimkan
Manual Mutu dan dokumen Standar SPMI Polibatam versi terbaru (yang
sudah disahkan), lengkap dengan nomor revisinya.

Terima kasih,
--
Ahmad Fauzan, S.Kom., M.Kom.
Tim Akreditasi Prodi Teknologi Rekayasa Perangkat Lunak
""", "document_request", "id")

M("formulir-course-baru-outlook", "outlook", "outlook", "2026-07-14 08:45:33",
  ("Yohana Situmorang", "yohana.situmorang@polibatam.ac.id"),
  "Formulir pembuatan course baru",
  """Selamat pagi,

Saya dosen baru di Teknik Mekatronika. Untuk membuat course di
e-learning, saya dengar harus mengisi formulir permohonan pembuatan
course terlebih dahulu. Mohon dikirimkan formulirnya.

Terima kasih,
Yohana Situmorang, M.Eng.
""", "document_request", "id")

# ---------------------------------------------------------------- other (8)

M("terima-kasih-course-muncul", "thanks", "gmail", "2026-03-02 08:07:19",
  ("Wahyu Saputra", "wahyu.saputra@polibatam.ac.id"),
  "Re: [P4M #2026-0203] Mahasiswa TI-2C belum ada di course",
  """Pagi Bu Rina,

Sudah muncul semua, kuisnya juga sudah jalan tadi pagi. Terima kasih
banyak atas bantuannya yang cepat.

Wahyu

""" + pada("2026-02-27 15:12:00", "Helpdesk P4M Polibatam", HELP) + """
> Yth. Bapak Wahyu,
>
> Mahasiswa kelas TI-2C sudah kami sinkronkan ke course Algoritma dan
> Pemrograman 2. Mohon dicek kembali.
>
> Salam,
> Helpdesk P4M
""", "other", "id", irt="<tkt-2026-0203.2@helpdesk.polibatam.ac.id>")

M("vendor-moodle-hosting-offer", "vendor", "outlook", "2026-04-09 10:30:00",
  ("Jason Tan | EduCloud Asia", "jason.tan@educloud-asia.com"),
  "Managed Moodle hosting for Politeknik Negeri Batam",
  """Dear Head of E-Learning,

EduCloud Asia is a certified partner providing managed Moodle hosting,
plugin development and LMS performance tuning for universities in
Singapore, Malaysia and Indonesia. Institutions moving to Moodle 4.5
typically see a 40% reduction in page load time with our stack.

We would love to offer Politeknik Negeri Batam a free 30-day trial and a
no-obligation health check of learning.polibatam.ac.id. Would you be open
to a 20-minute call next week?

Best regards,
Jason Tan
Business Development Manager, EduCloud Asia Pte Ltd
""", "other", "en", "Unsolicited vendor offer.", clang="en-US")

M("keluhan-bising-renovasi-ujian", "complaint", "gmail", "2026-06-11 11:40:27",
  ("Rahmat Hakim", "rahmathakim.ti@gmail.com"),
  "keluhan suara bor pas ujian",
  """Selamat siang,

Saya mau menyampaikan keluhan. Tadi pagi waktu ujian online di
e-learning di lab komputer lantai 7, ada renovasi di ruangan sebelah dan
suara bornya keras banget selama 2 jam. Banyak teman yang tidak bisa
konsentrasi. Semoga ke depan jadwal renovasi tidak bentrok dengan ujian.

Terima kasih.
Rahmat, mahasiswa TI
""", "other", "id", "Complaint about building works; belongs to general affairs, not P4M.")

M("undangan-webinar-blended-learning", "invitation", "outlook", "2026-07-06 13:15:42",
  ("LP3M Universitas Maritim Nusantara", "lp3m@umn-maritim.ac.id"),
  "Invitation: Webinar on Quality Assurance for Blended Learning",
  """Dear Colleagues at P4M Politeknik Negeri Batam,

On behalf of LP3M Universitas Maritim Nusantara, we are pleased to invite
you to our national webinar "Quality Assurance for Blended Learning:
Lessons from Moodle and LMS Audits", on Wednesday 22 July 2026,
09.00-12.00 WIB via Zoom.

Speakers include quality assurance officers from four polytechnics. A
certificate of participation will be provided. Registration is free:
bit.ly/webinar-qa-blended

We look forward to your participation.

Sincerely,
Organising Committee
""", "other", "en", clang="en-US")

M("salah-alamat-legalisir-ijazah", "misdirected", "yahoo", "2026-08-18 09:26:11",
  ("Dewi Anggraini", "dewi.anggraini90@yahoo.co.id"),
  "legalisir ijazah",
  """Selamat pagi,

Saya alumni Akuntansi lulusan 2019. Saya perlu legalisir ijazah dan
transkrip untuk melamar CPNS. Apakah bisa diurus lewat email, dan berapa
lama prosesnya? Dulu saya sering kirim tugas lewat e-learning, jadi saya
pikir email ini masih alamat kampus yang benar.

Terima kasih.
Dewi Anggraini
""", "other", "id", "Misdirected: question for the academic administration office.")

M("feedback-pelatihan-keren", "feedback", "gmail", "2026-09-16 17:03:29",
  ("Michael Siahaan", "michael.siahaan@polibatam.ac.id"),
  "feedback pelatihan gradebook",
  """Hi P4M,

Just want to say pelatihan Moodle Lanjut kemarin really helpful, terutama
bagian gradebook dan kuis adaptif. Saya sudah langsung coba di course
saya dan works. Kalau ada sesi lanjutan, count me in!

Cheers,
Michael
""", "other", "mixed")

M("re-oke-siap-aman", "ack", "iphone", "2026-10-21 13:44:05",
  ("Bayu Anggara", "bayu.anggara@polibatam.ac.id"),
  "Re: [P4M #2026-0521] Enrolment key Kecerdasan Buatan",
  """Oke siap, udah saya cek, aman semua. Thanks!

Sent from my iPhone

> On 21 Oct 2026, at 11.30, Helpdesk P4M Polibatam <helpdesk-p4m@polibatam.ac.id> wrote:
>
> Yth. Bapak Bayu,
>
> Enrolment key course Kecerdasan Buatan sudah kami ganti sesuai
> permintaan. Mohon dicek kembali.
>
> Salam,
> Helpdesk P4M
""", "other", "mixed", irt="<tkt-2026-0521.2@helpdesk.polibatam.ac.id>")

M("visa-letter-misdirected", "misdirected", "gmail", "2026-11-11 14:22:50",
  ("Tran Minh Anh", "tranminhanh.vn@gmail.com"),
  "Question about visa support letter",
  """Hello,

I have been accepted for the exchange programme next semester and I need
a letter of acceptance to apply for my Indonesian student visa. I found
this address on the e-learning login page. Is this the right office? If
not, could you tell me whom to contact?

Thank you,
Tran Minh Anh
Ho Chi Minh City University of Technology
""", "other", "en", "Misdirected: belongs to the International Office.")

# ---------------------------------------------------------------- auto (6)

M("ooo-zimbra-dinas-luar", "ooo", "zimbra", "2026-03-17 08:00:41",
  ("Irfan Maulana", "irfan.maulana@polibatam.ac.id"),
  "Dinas luar: Re: [P4M #2026-0241] kelas MK Keamanan Jaringan",
  """Terima kasih atas email Anda. Saya sedang dinas luar ke Jakarta pada
16 - 20 Maret 2026 dengan akses email terbatas. Untuk urusan Prodi
Rekayasa Keamanan Siber silakan hubungi admin.rks@polibatam.ac.id.

Irfan Maulana
""", "auto", "id",
  headers=["Auto-Submitted: auto-replied", "In-Reply-To: <tkt-2026-0241.2@helpdesk.polibatam.ac.id>",
           "Precedence: auto_reply"])

M("automatic-reply-sabbatical", "ooo", "outlook", "2026-05-18 09:15:03",
  ("Dr. Marlina Siregar", "marlina.siregar@polibatam.ac.id"),
  "Automatic reply: [P4M #2026-0276] Course BM2207 - academic term needs correcting",
  """I am on research leave until 31 May 2026 and will not be checking
e-mail regularly. For matters concerning the Business Management
programme, please write to admin.mb@polibatam.ac.id.

Regards,
Marlina Siregar
""", "auto", "en",
  headers=["X-Auto-Response-Suppress: All", "Auto-Submitted: auto-generated"], clang="en-US")


def _bounce_postfix(date, slug):
    d = dtp(date)
    b = "%s.%d/mx.polibatam.ac.id" % (hx(slug, "b", 11).upper(), int(hx(slug, "t", 8), 16))
    orig = dtp(date) - dt.timedelta(seconds=3)
    return ("""From: MAILER-DAEMON@mx.polibatam.ac.id (Mail Delivery System)
Subject: Undelivered Mail Returned to Sender
To: helpdesk-p4m@polibatam.ac.id
Auto-Submitted: auto-replied
Date: %(date)s
Message-Id: <20260604%(q)s.%(id)s@mx.polibatam.ac.id>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="%(b)s"
Content-Transfer-Encoding: 8bit

This is a MIME-encapsulated message.

--%(b)s
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.polibatam.ac.id.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<4322401188@students.polibatam.ac.id>: host
    mail.students.polibatam.ac.id[10.10.2.15] said: 550 5.1.1
    <4322401188@students.polibatam.ac.id>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)

--%(b)s
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.polibatam.ac.id
X-Postfix-Queue-ID: %(id)s
X-Postfix-Sender: rfc822; helpdesk-p4m@polibatam.ac.id
Arrival-Date: %(odate)s

Final-Recipient: rfc822; 4322401188@students.polibatam.ac.id
Original-Recipient: rfc822;4322401188@students.polibatam.ac.id
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.students.polibatam.ac.id
Diagnostic-Code: smtp; 550 5.1.1 <4322401188@students.polibatam.ac.id>:
    Recipient address rejected: User unknown in virtual mailbox table

--%(b)s
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: Helpdesk P4M Polibatam <helpdesk-p4m@polibatam.ac.id>
To: 4322401188@students.polibatam.ac.id
Subject: [P4M #2026-0344] Tidak bisa mengunggah tugas
Date: %(odate)s
Message-ID: <tkt-2026-0344.1@helpdesk.polibatam.ac.id>
Auto-Submitted: auto-replied

--%(b)s--
""" % {"date": rfc_date(d), "odate": rfc_date(orig), "b": b, "id": hx(slug, "qid2", 11).upper(),
       "q": hx(slug, "q", 6)})


def _ndr_exchange(date, slug):
    d = dtp(date)
    b = "_7e2c1a9b-%s-%s_" % (hx(slug, "b1", 4), hx(slug, "b2", 12))
    return ("""From: Microsoft Outlook
 <MAILER-DAEMON@SG2PR06MB5345.apcprd06.prod.outlook.com>
To: <helpdesk-p4m@polibatam.ac.id>
Date: %(date)s
Content-Type: multipart/report; report-type=delivery-status;
 boundary="%(b)s"
Content-Language: en-US
Message-ID:
 <%(mid)s@SG2PR06MB5345.apcprd06.prod.outlook.com>
In-Reply-To: <tkt-2026-0419.1@helpdesk.polibatam.ac.id>
References: <tkt-2026-0419.1@helpdesk.polibatam.ac.id>
Subject: Undeliverable: [P4M #2026-0419] Panduan e-learning mahasiswa
Auto-Submitted: auto-replied
X-MS-Exchange-Message-Is-Ndr:
MIME-Version: 1.0

--%(b)s
Content-Type: text/plain; charset="us-ascii"
Content-Transfer-Encoding: 7bit

Your message to nabila.zahra@students.polibatam.ac.id couldn't be delivered.

The recipient's mailbox is full and can't accept messages now. Please try
resending your message later, or contact the recipient directly.

nabila.zahra    Office 365    nabila.zahra
Action Required                Recipient
Mailbox full

Original Message Details
Created Date:      %(date)s
Sender Address:    helpdesk-p4m@polibatam.ac.id
Recipient Address: nabila.zahra@students.polibatam.ac.id
Subject:           [P4M #2026-0419] Panduan e-learning mahasiswa

Error Details
Reported error:  554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
DSN generated by: SG2PR06MB5345.apcprd06.prod.outlook.com

--%(b)s
Content-Type: message/delivery-status

Reporting-MTA: dns;SG2PR06MB5345.apcprd06.prod.outlook.com
Received-From-MTA: dns;mx.polibatam.ac.id
Arrival-Date: %(date)s

Final-Recipient: rfc822;nabila.zahra@students.polibatam.ac.id
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException

--%(b)s
Content-Type: text/rfc822-headers

From: Helpdesk P4M Polibatam <helpdesk-p4m@polibatam.ac.id>
To: nabila.zahra@students.polibatam.ac.id
Subject: [P4M #2026-0419] Panduan e-learning mahasiswa
Date: %(date)s
Message-ID: <tkt-2026-0419.1@helpdesk.polibatam.ac.id>

--%(b)s--
""" % {"date": rfc_date(d - dt.timedelta(seconds=9)), "b": b, "mid": hx(slug, "mid", 32).upper()}).replace(
        "Date: %s\nContent-Type: multipart/report" % rfc_date(d - dt.timedelta(seconds=9)),
        "Date: %s\nContent-Type: multipart/report" % rfc_date(d), 1)


M("bounce-postfix-user-unknown", "bounce", "raw", "2026-06-04 10:31:18",
  ("", "MAILER-DAEMON@mx.polibatam.ac.id"), "Undelivered Mail Returned to Sender", "",
  "auto", "en", raw=_bounce_postfix("2026-06-04 10:31:18", "bounce-postfix-user-unknown"), return_path="")

M("ndr-exchange-mailbox-full", "bounce", "raw", "2026-09-01 19:20:44",
  ("", "MAILER-DAEMON@SG2PR06MB5345.apcprd06.prod.outlook.com"),
  "Undeliverable: [P4M #2026-0419] Panduan e-learning mahasiswa", "",
  "auto", "en", raw=_ndr_exchange("2026-09-01 19:20:44", "ndr-exchange-mailbox-full"), return_path="")

M("buletin-phplist-upt-tik", "bulk", "phplist", "2026-10-27 07:00:02",
  ("Buletin UPT TIK Polibatam", "buletin-tik@polibatam.ac.id"),
  "Buletin TIK Edisi Oktober 2026: Tips Aman Berselancar dan Update E-Learning",
  """Buletin UPT TIK - Edisi Oktober 2026

Halo sivitas Polibatam!

1. Tips aman: jangan bagikan kata sandi SSO kepada siapa pun, termasuk
   yang mengaku admin e-learning.
2. Update: e-learning kini memakai Moodle 4.5 dengan tampilan dashboard
   baru. Panduan singkat ada di situs UPT TIK.
3. Jadwal pemeliharaan jaringan bulan November akan diumumkan kemudian.

--
Anda menerima buletin ini karena terdaftar sebagai pengguna layanan
UPT TIK Politeknik Negeri Batam. Berhenti berlangganan:
https://lists.polibatam.ac.id/lists/?p=unsubscribe&uid=7f3a2c
""", "auto", "id",
  headers=["Precedence: bulk", "List-Id: Buletin UPT TIK <buletin-tik.lists.polibatam.ac.id>",
           "List-Unsubscribe: <https://lists.polibatam.ac.id/lists/?p=unsubscribe&uid=7f3a2c>",
           "X-Mailer: phpList version 3.6.15 (www.phplist.com)"])

M("moodle-forum-copy-kuis", "bulk", "moodle", "2026-11-18 20:05:11",
  ("Reza Pahlevi (via E-Learning Polibatam)", "noreply@learning.polibatam.ac.id"),
  "IF2206: Kuis 3 dibuka besok",
  """Jaringan Komputer » Forums » Announcements » Kuis 3 dibuka besok

Kuis 3 dibuka besok
by Reza Pahlevi - Wednesday, 18 November 2026, 8:05 PM

Halo semua, kuis 3 (VLAN dan inter-VLAN routing) dibuka besok pukul
08.00 dan ditutup pukul 10.00. Pastikan koneksi stabil.

See this post in context:
https://learning.polibatam.ac.id/mod/forum/discuss.php?d=8812#p14203

Change your forum digest preferences:
https://learning.polibatam.ac.id/mod/forum/index.php?id=1931
""", "auto", "mixed",
  "Moodle forum copy to a helpdesk address that is enrolled in the course.",
  headers=["Precedence: Bulk", "X-Auto-Response-Suppress: All", "Auto-Submitted: auto-generated",
           "List-Id: \"Announcements\" <moodleforum4471@learning.polibatam.ac.id>",
           "List-Help: https://learning.polibatam.ac.id/mod/forum/view.php?f=4471",
           "List-Unsubscribe: <https://learning.polibatam.ac.id/mod/forum/subscribe.php?id=4471>",
           "X-Course-Id: 1931", "X-Course-Name: Jaringan Komputer"])


# ---------------------------------------------------------------- write and check

PLAN = {"course_data": 16, "announcement": 14, "elearning_support": 10, "document_request": 6,
        "other": 8, "auto": 6}
CHANGE_KEYS = {"fullname", "shortname", "lecturer", "class", "semester", "credits", "enrolment_key", "summary"}


def decoded_text(msg):
    chunks = [str(msg["subject"] or "")]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct == "text/plain" or ct == "text/html":
            t = part.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", "", t))
            chunks.append(t)
        elif ct == CT_DOCX:
            chunks.append(docx_text(part.get_content()))
        elif ct == "application/pdf":
            data = part.get_content()
            chunks.append("\n".join(m.decode("latin-1").replace("\\(", "(").replace("\\)", ")")
                                    for m in re.findall(rb"\(((?:[^()\\]|\\.)*)\) Tj", data)))
    return "\n".join(chunks)


def strings(v):
    if isinstance(v, dict):
        for x in v.values():
            yield from strings(x)
    elif isinstance(v, str):
        yield v


def check(name, data, e):
    errs = []
    if data.count(b"\n") != data.count(b"\r\n") or data.count(b"\r") != data.count(b"\r\n"):
        errs.append("not CRLF")
    if any(len(l) > 998 for l in data.split(b"\r\n")):
        errs.append("line > 998")
    msg = BytesParser(policy=policy.default).parsebytes(data)
    for part in msg.walk():
        if part.defects:
            errs.append("defects %r" % part.defects)
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append("header %s defects %r" % (k, v.defects))
        if part.get_content_disposition() == "attachment" and len(part.get_payload(decode=True)) > 30000:
            errs.append("attachment too big")
    if msg["date"].datetime != dtp(e["date"]):
        errs.append("date mismatch %s" % msg["date"])
    if e.get("raw") is None and str(msg["subject"]) != e["subject"]:
        errs.append("subject mismatch %r" % str(msg["subject"]))
    text = decoded_text(msg)
    lab = e["label"]
    f = lab["fields"]
    for k, v in f.items():
        if k == "scope":
            continue
        if k == "publish_at":
            if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", v):
                errs.append("bad publish_at")
            continue
        for s in strings(v):
            if s not in text:
                errs.append("label value not in text: %r" % s)
    if set(f.get("changes", {})) - CHANGE_KEYS:
        errs.append("bad change keys")
    if lab["type"] in ("course_data", "announcement") and not f:
        errs.append("fields missing")
    if lab["type"] not in ("course_data", "announcement") and f:
        errs.append("fields on non-data type")
    if lab["type"] == "announcement" and f.get("scope") not in ("course", "site"):
        errs.append("scope")
    for m in re.finditer(r"Pada (\w+), (\d+) (\w+) (\d{4}) pukul", text):
        d = dt.date(int(m.group(4)), MONS_ID.index(m.group(3)) + 1, int(m.group(2)))
        if DAYS_ID[d.weekday()] != m.group(1):
            errs.append("weekday in quote")
    return errs


def main():
    msgs = sorted(MSGS, key=lambda e: e["date"])
    labels = {}
    produced = set()
    bad = 0
    for i, e in enumerate(msgs, 1):
        slug = e["slug"][len(e["quirk"]) + 1:] if e["slug"].startswith(e["quirk"] + "-") else e["slug"]
        name = "%03d-%s-%s.eml" % (i, e["quirk"], slug)
        data = build(e)
        errs = check(name, data, e)
        for er in errs:
            print("%s: %s" % (name, er), file=sys.stderr)
        bad += bool(errs)
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        produced.add(name)
        labels[name] = e["label"]
    for fn in os.listdir(OUT):
        if re.match(r"\d{3}-.*\.eml$", fn) and fn not in produced:
            os.remove(os.path.join(OUT, fn))
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    counts, langs = {}, {}
    for v in labels.values():
        counts[v["type"]] = counts.get(v["type"], 0) + 1
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    print("types:", counts)
    print("langs:", langs)
    if counts != PLAN or bad:
        print("FAILED: %d messages with errors; plan %s" % (bad, "ok" if counts == PLAN else "differs"),
              file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Third held-out corpus for the P4M helpdesk classifier (60 hand-written mails).

Deterministic: boundaries, Message-IDs and attachment bytes derive from each slug.
Run with any Python that has python-docx; writes NNN-quirk-slug.eml + labels.json
next to this script and checks every message before writing.
"""

import base64, hashlib, io, json, os, quopri, re, sys, zipfile
import email, email.policy
from email.header import Header
from email.utils import format_datetime, parsedate_to_datetime
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
WIB = timezone(timedelta(hours=7))
HELP = "helpdesk-p4m@polibatam.ac.id"


def hx(slug, salt, n):
    return hashlib.sha256((slug + "|" + salt).encode()).hexdigest()[:n]


def b64w(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i : i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8"), quotetabs=False).decode("ascii")


def hdr(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8", maxlinelen=76, header_name="Subject").encode()


def addr(name, a):
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.()<>@;:"]', name):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (Header(name, "utf-8").encode(), a)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pdf_bytes(title, lines):
    def pe(s):
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 14 Tf", "56 780 Td", "(%s) Tj" % pe(title), "/F1 10 Tf", "0 -24 Td"]
    for ln in lines:
        ops += ["(%s) Tj" % pe(ln), "0 -14 Td"]
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
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
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)


def docx_bytes(paras, table=None):
    """Minimal WordprocessingML package, written by hand (python-docx's default
    template alone is over 30 KB). Fixed zip timestamps: byte-identical reruns."""

    def run(t):
        return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(t)

    body = "".join(run(p) for p in paras)
    if table:
        body += (
            "<w:tbl><w:tblPr><w:tblBorders>"
            + "".join(
                '<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % s
                for s in ("top", "left", "bottom", "right", "insideH", "insideV")
            )
            + "</w:tblBorders></w:tblPr>"
        )
        for row in table:
            body += "<w:tr>" + "".join("<w:tc>%s</w:tc>" % run(c) for c in row) + "</w:tr>"
        body += "</w:tbl>"
    files = [
        (
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>",
        ),
        (
            "_rels/.rels",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        ),
        (
            "word/document.xml",
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + body
            + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>',
        ),
    ]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, (2026, 11, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return out.getvalue()


def html_plain(text, style="gmail"):
    out = []
    for ln in text.split("\n"):
        if style == "gmail":
            out.append("<div>%s</div>" % (esc(ln) if ln else "<br>"))
        else:
            out.append('<p class=3D"MsoNormal">%s<o:p></o:p></p>' % (esc(ln) if ln else "&nbsp;"))
    return "\n".join(out)


def table_html(rows):
    h = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">']
    for r in rows:
        h.append(
            "<tr>"
            + "".join('<td style="border:solid windowtext 1.0pt"><p class="MsoNormal">%s</p></td>' % esc(c) for c in r)
            + "</tr>"
        )
    h.append("</table>")
    return "\n".join(h)


def part_text(text, sub="plain", cte="qp", extra=""):
    if cte == "qp":
        return 'Content-Type: text/%s; charset="UTF-8"%s\nContent-Transfer-Encoding: quoted-printable\n\n%s' % (
            sub,
            extra,
            qp(text),
        )
    if cte == "b64":
        return 'Content-Type: text/%s; charset="UTF-8"%s\nContent-Transfer-Encoding: base64\n\n%s' % (
            sub,
            extra,
            b64w(text.encode("utf-8")),
        )
    enc = "7bit" if all(ord(c) < 128 for c in text) else "8bit"
    return 'Content-Type: text/%s; charset="UTF-8"%s\nContent-Transfer-Encoding: %s\n\n%s' % (sub, extra, enc, text)


def multi(sub, parts, b, extra=""):
    s = 'Content-Type: multipart/%s; boundary="%s"%s\n\n' % (sub, b, extra)
    for p in parts:
        s += "--%s\n%s\n" % (b, p.rstrip("\n"))
    return s + "--%s--\n" % b


def att_part(a):
    name, ctype, data = a
    return (
        'Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
        "Content-Transfer-Encoding: base64\n\n%s" % (ctype, name, name, b64w(data))
    )


def build(e):
    slug, d = e["slug"], e["date"]
    client = e["client"]
    body = e["body"].strip("\n") + "\n"
    host = e["addr"].split("@")[1]
    mid = {
        "gmail": "<CA%s@mail.gmail.com>" % hx(slug, "m", 30),
        "outlook": "<%s@%s>"
        % (hx(slug, "m", 24).upper(), "SG2PR06MB" + hx(slug, "n", 4).upper() + ".apcprd06.prod.outlook.com"),
        "tb": "<%s-%s@%s>" % (hx(slug, "m", 8), hx(slug, "k", 4), host),
        "iphone": "<%s@%s>" % (hx(slug, "m", 16).upper(), host),
        "android": "<%s.%s@%s>" % (hx(slug, "m", 12), hx(slug, "k", 6), host),
    }.get(client, "<%s@%s>" % (hx(slug, "m", 20), host))
    ds = format_datetime(d)
    recv = d - timedelta(seconds=3)
    H = [
        "Return-Path: <%s>" % e["addr"],
        "Received: from %s (%s) by mx.polibatam.ac.id (Postfix) with ESMTPS id %s\n for <%s>; %s (WIB)"
        % (
            "mail-" + hx(slug, "r", 6) + "." + host,
            host,
            hx(slug, "q", 11).upper(),
            HELP,
            format_datetime(d + timedelta(seconds=4)),
        ),
        "MIME-Version: 1.0",
        "From: %s" % addr(e["name"], e["addr"]),
        "To: %s" % e.get("to", HELP),
        "Date: %s" % ds,
        "Message-ID: %s" % mid,
        "Subject: %s" % hdr(e["subject"]),
    ]
    if e.get("cc"):
        H.insert(5, "Cc: %s" % e["cc"])
    if e.get("in_reply_to"):
        H.append("In-Reply-To: <%s@polibatam.ac.id>" % hx(slug, "irt", 14))
    H += e.get("headers", [])
    b1, b2 = "b1_" + hx(slug, "b1", 24), "b2_" + hx(slug, "b2", 24)
    atts = [att_part(a) for a in e.get("atts", [])]
    if client == "gmail":
        root = multi(
            "alternative",
            [
                part_text(body, "plain", "qp" if any(ord(c) > 127 for c in body) else "7"),
                part_text('<div dir="ltr">\n' + html_plain(body) + "\n</div>\n", "html", "qp"),
            ],
            "0000000000" + hx(slug, "g", 14),
        )
    elif client == "outlook":
        H += [
            "Thread-Topic: %s" % hdr(re.sub(r"^(RE|Re|FW|Fwd|TR): ", "", e["subject"])),
            "Thread-Index: " + base64.b64encode(hashlib.md5(slug.encode()).digest()[:22]).decode(),
            "X-MS-Has-Attach: %s" % ("yes" if atts else ""),
            "Content-Language: %s" % ("id-ID" if e["lang"] == "id" else "en-US"),
        ]
        html = '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body lang="EN-US"><div class="WordSection1">\n'
        plain = body
        if e.get("table"):
            pre, post = body.split("[[TABLE]]\n")
            tab_plain = "\n".join("\t".join(r) for r in e["table"]) + "\n"
            plain = pre + tab_plain + post
            html += (
                html_plain(pre.rstrip("\n"), "o").replace("=3D", "=")
                + "\n"
                + table_html(e["table"])
                + "\n"
                + html_plain(post.rstrip("\n"), "o").replace("=3D", "=")
            )
        else:
            html += html_plain(body.rstrip("\n"), "o").replace("=3D", "=")
        html += "\n</div></body></html>\n"
        root = multi(
            "alternative",
            [part_text(plain, "plain", "qp"), part_text(html, "html", "qp")],
            "_000_" + hx(slug, "o", 24).upper() + "_",
        )
    elif client == "tb":
        H.append("User-Agent: Mozilla Thunderbird")
        lines = []
        for ln in body.split("\n"):
            if ln and not ln.startswith(">") and len(ln) > 0:
                lines.append(ln.rstrip(" "))
            else:
                lines.append(ln)
        root = part_text("\n".join(lines), "plain", "8", "; format=flowed")
    elif client == "iphone":
        root = part_text(
            body + "\nSent from my iPhone\n" if e["lang"] != "id" else body + "\nDikirim dari iPhone saya\n",
            "plain",
            "b64",
        )
        body = None
    elif client == "android":
        root = part_text(body, "plain", "b64")
    else:
        root = part_text(body, "plain", "qp" if any(ord(c) > 127 for c in body) else "7")
    if atts:
        root = multi("mixed", [root] + atts, b1)
    if client == "raw":
        root = e["raw"]
    msg = "\n".join(H) + "\n" + root
    msg = msg.replace("\r\n", "\n").replace("\n", "\r\n")
    return msg.encode("utf-8")


def decoded_text(m):
    out = [str(m["subject"] or "")]
    for p in m.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        if ct.startswith("text/"):
            out.append(p.get_content())
        elif ct == "application/pdf":
            raw = p.get_payload(decode=True).decode("latin-1")
            out.append(
                " ".join(
                    x.replace("\\(", "(").replace("\\)", ")") for x in re.findall(r"\(((?:[^()\\]|\\.)*)\) Tj", raw)
                )
            )
        elif "wordprocessingml" in ct:
            import docx

            dd = docx.Document(io.BytesIO(p.get_payload(decode=True)))
            out += [q.text for q in dd.paragraphs]
            for t in dd.tables:
                for r in t.rows:
                    out += [c.text for c in r.cells]
        elif ct == "message/rfc822" or ct == "text/rfc822-headers":
            out.append(str(p.get_payload()))
    return "\n".join(out)


def values(f):
    for k, v in f.items():
        if isinstance(v, dict):
            yield from values(v)
        elif k != "publish_at" and k != "scope":
            yield v


def dt(s):
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=WIB)


PLAN = {"course_data": 16, "announcement": 14, "elearning_support": 10, "document_request": 6, "other": 8, "auto": 6}


MAILS = []


def M(slug, quirk, date, name, a, subject, body, type_, lang, fields=None, client="gmail", note="", **kw):
    e = dict(
        slug=slug,
        quirk=quirk,
        date=dt(date),
        name=name,
        addr=a,
        subject=subject,
        body=body,
        type=type_,
        lang=lang,
        fields=fields or {},
        client=client,
        note=note,
    )
    e.update(kw)
    MAILS.append(e)


# ---------------------------------------------------------------- course_data (16)
M(
    "ganti-nama-mk-termodinamika",
    "gmail",
    "2026-11-03 08:12:40",
    "Hendra Saputra",
    "hendra.saputra@polibatam.ac.id",
    "Mohon ganti nama MK Termodinamika Teknik",
    """
Selamat pagi Bapak/Ibu P4M,

Saya Hendra, dosen Teknik Mesin. Mulai semester ini, sesuai kurikulum baru,
nama mata kuliah ME2107 Termodinamika Teknik di e-learning mohon diubah
menjadi "Termodinamika Terapan". Kode mata kuliah tetap sama.

Terima kasih atas bantuannya.

Salam,
Hendra Saputra, S.T., M.T.
Jurusan Teknik Mesin
""",
    "course_data",
    "id",
    {"course_code": "ME2107", "course_name": "Termodinamika Teknik", "changes": {"fullname": "Termodinamika Terapan"}},
)

M(
    "enrolment-key-akuntansi-keuangan",
    "phone",
    "2026-11-04 21:47:05",
    "Bu Ratna Akt",
    "ratna.dewi@polibatam.ac.id",
    "enrol key",
    """
mas/mbak admin elearning, mlm2 maaf ganggu. enrolment key kelas AK1102 Pengantar Akuntansi Keuangan tolong diganti jd AKT-pagi26 ya, yg lama kesebar ke angkatan atas. mksh
""",
    "course_data",
    "id",
    {
        "course_code": "AK1102",
        "course_name": "Pengantar Akuntansi Keuangan",
        "changes": {"enrolment_key": "AKT-pagi26"},
    },
    client="android",
)

M(
    "table-sks-semester-logistik",
    "outlook",
    "2026-11-05 10:03:22",
    "Dr. Yusuf Ramadhan",
    "yusuf.ramadhan@polibatam.ac.id",
    "Perubahan data mata kuliah Manajemen Pergudangan",
    """
Yth. Tim P4M,

Berdasarkan hasil rapat prodi Logistik tanggal 30 Oktober, berikut perubahan data untuk course LG3204 Manajemen Pergudangan:

[[TABLE]]
Mohon dapat diperbarui di learning.polibatam.ac.id.

Hormat kami,
Dr. Yusuf Ramadhan
Ketua Program Studi Logistik
Politeknik Negeri Batam
""",
    "course_data",
    "id",
    {
        "course_code": "LG3204",
        "course_name": "Manajemen Pergudangan",
        "changes": {"credits": "2", "semester": "Semester 5"},
    },
    client="outlook",
    table=[["Data", "Lama", "Baru"], ["SKS", "3", "2"], ["Semester", "Semester 4", "Semester 5"]],
)

M(
    "bottom-post-shortname",
    "tb",
    "2026-11-06 14:20:11",
    "Agus Salim",
    "agus.salim@polibatam.ac.id",
    "Re: Course Elektronika Daya belum sesuai",
    """
Pada 06/11/2026 09.41, Helpdesk P4M menulis:
> Terima kasih, Bapak. Mohon sebutkan data apa yang perlu diubah
> beserta kode mata kuliahnya.
>
> Salam, Tim P4M

Baik. Course Elektronika Daya (EL3105) shortname-nya di e-learning masih
tertulis "EL3105-2019". Tolong jadikan "EL3105-2026" biar mahasiswa tidak
bingung dengan arsip kurikulum lama.

Trims,
Agus Salim
Teknik Elektro
""",
    "course_data",
    "id",
    {"course_code": "EL3105", "course_name": "Elektronika Daya", "changes": {"shortname": "EL3105-2026"}},
    client="tb",
    in_reply_to=True,
)

M(
    "lecturer-change-english-visiting",
    "gmail",
    "2026-11-09 09:15:00",
    "Prof. Martin Keller",
    "m.keller.tuhh@gmail.com",
    "Course Industrial Automation - instructor name",
    """
Dear colleagues,

I am teaching Industrial Automation (MK4201) as a visiting professor this
term together with Dr. Siti. The course page still lists only "Staff" as
the instructor. Could you please set the lecturer to:

Prof. Dr.-Ing. Martin Keller

Many thanks and best regards,
Martin Keller
Visiting Professor, Mechatronics
""",
    "course_data",
    "en",
    {
        "course_code": "MK4201",
        "course_name": "Industrial Automation",
        "changes": {"lecturer": "Prof. Dr.-Ing. Martin Keller"},
    },
)

M(
    "komting-kelas-salah",
    "phone",
    "2026-11-10 07:02:51",
    "Rizky Komting IF-1C",
    "4342611023@students.polibatam.ac.id",
    "kelas di elearning salah",
    """
Assalamualaikum kak, saya Rizky ketua kelas IF-1C.

Di e-learning course Algoritma dan Pemrograman (IF1101) punya kami kelasnya tertulis IF-1A, padahal harusnya IF-1C. Pak Dimas sudah setuju, katanya minta langsung ke P4M aja. Mohon dibetulkan kelasnya jadi IF-1C kak.

Makasih kak
""",
    "course_data",
    "id",
    {"course_code": "IF1101", "course_name": "Algoritma dan Pemrograman", "changes": {"class": "IF-1C"}},
    client="iphone",
)

M(
    "summary-multimedia-mixed",
    "gmail",
    "2026-11-11 13:30:09",
    "Dewi Larasati",
    "dewi.larasati@polibatam.ac.id",
    "Update course summary Desain Grafis",
    """
Hai tim P4M,

Boleh minta tolong update summary course MM2103 Desain Grafis? Yang sekarang masih copy-paste dari tahun lalu. Ganti dengan ini ya:

Mata kuliah ini membahas prinsip desain visual, tipografi, dan layout untuk media cetak dan digital.

Thanks a lot, nanti kalau sudah beres kabari aja.

Dewi L.
Multimedia - Teknik Informatika
""",
    "course_data",
    "mixed",
    {
        "course_code": "MM2103",
        "course_name": "Desain Grafis",
        "changes": {
            "summary": "Mata kuliah ini membahas prinsip desain visual, tipografi, dan layout untuk media cetak dan digital."
        },
    },
)

M(
    "form-perubahan-mb",
    "docx",
    "2026-11-13 11:11:11",
    "Admin Prodi MB",
    "admin.mb@polibatam.ac.id",
    "Formulir perubahan data MK terlampir",
    """
Dengan hormat,

Terlampir formulir perubahan data mata kuliah dari Prodi Manajemen Bisnis
yang sudah ditandatangani Kaprodi. Mohon ditindaklanjuti.

Terima kasih.

Admin Prodi Manajemen Bisnis
""",
    "course_data",
    "id",
    {
        "course_code": "MB2301",
        "course_name": "Perilaku Konsumen",
        "changes": {"lecturer": "Fitri Handayani, S.E., M.M.", "enrolment_key": "konsumen2026"},
    },
    atts=[
        (
            "formulir-perubahan-MB2301.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            docx_bytes(
                ["FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING", "Program Studi: Manajemen Bisnis"],
                [
                    ["Kode MK", "MB2301"],
                    ["Nama MK", "Perilaku Konsumen"],
                    ["Dosen pengampu baru", "Fitri Handayani, S.E., M.M."],
                    ["Enrolment key baru", "konsumen2026"],
                ],
            ),
        )
    ],
)

M(
    "credits-english-accounting",
    "outlook",
    "2026-11-16 15:45:30",
    "Linda Kusuma",
    "linda.kusuma@polibatam.ac.id",
    "Credit units for Auditing course",
    """
Hello P4M team,

The Auditing course (AK3205) on the e-learning site shows 2 credits, but in the approved curriculum it is 3 credits. Please correct the credits to 3.

Kind regards,
Linda Kusuma
Department of Business Management - Accounting
""",
    "course_data",
    "en",
    {"course_code": "AK3205", "course_name": "Auditing", "changes": {"credits": "3"}},
    client="outlook",
)

M(
    "fwd-kaprodi-rename-elektro",
    "gmail",
    "2026-11-18 10:05:44",
    "Sekretariat Jurusan Elektro",
    "sekjur.elektro@polibatam.ac.id",
    "Fwd: penamaan MK Sistem Tertanam",
    """
Mohon bantuan P4M sesuai permintaan Kaprodi di bawah. Terima kasih.

---------- Forwarded message ---------
Dari: Bambang Wicaksono <bambang.w@polibatam.ac.id>
Date: Sel, 17 Nov 2026 pukul 16.20
Subject: penamaan MK Sistem Tertanam
To: Sekretariat Jurusan Elektro <sekjur.elektro@polibatam.ac.id>

Tolong diteruskan ke P4M: MK EL2209 Sistem Tertanam di e-learning
namanya diganti "Sistem Tertanam dan IoT", menyesuaikan kurikulum 2026.
""",
    "course_data",
    "id",
    {"course_code": "EL2209", "course_name": "Sistem Tertanam", "changes": {"fullname": "Sistem Tertanam dan IoT"}},
    note="Forwarded request from the programme head.",
)

M(
    "semester-pindah-english-short",
    "tb",
    "2026-11-20 08:40:00",
    "Kevin Tan",
    "kevin.tan@polibatam.ac.id",
    "wrong semester - Cloud Computing",
    """
Hi,

IF4107 Cloud Computing sits under "Semester 6" on the site. It runs in
Semester 7 this year. Can you move it?

Cheers,
Kevin
""",
    "course_data",
    "en",
    {"course_code": "IF4107", "course_name": "Cloud Computing", "changes": {"semester": "Semester 7"}},
    client="tb",
)

M(
    "gabung-perubahan-kelas-dosen-mixed",
    "outlook",
    "2026-11-23 09:20:18",
    "Siti Nurhaliza",
    "siti.nurhaliza@polibatam.ac.id",
    "Request: update lecturer & class - Mekanika Fluida",
    """
Dear Tim P4M,

Untuk course ME3102 Mekanika Fluida, please update:
- Lecturer: Ir. Joko Prasetyo, M.Eng.
- Class: ME-3A dan ME-3B

Pak Joko akan mengajar kedua kelas starting next week. Thank you!

Best,
Siti Nurhaliza
Teknik Mesin
""",
    "course_data",
    "mixed",
    {
        "course_code": "ME3102",
        "course_name": "Mekanika Fluida",
        "changes": {"lecturer": "Ir. Joko Prasetyo, M.Eng.", "class": "ME-3A dan ME-3B"},
    },
    client="outlook",
)

M(
    "tanpa-kata-ubah-shortname",
    "gmail",
    "2026-11-25 16:02:37",
    "Yoga Pratama",
    "yoga.pratama@polibatam.ac.id",
    "Kode Jaringan Komputer Lanjut",
    """
Sore,

Di e-learning kode MK Jaringan Komputer Lanjut tertulis IF3012, yang benar
IF3021 (angka kebalik). Nama pendeknya juga ikut saja jadi IF3021.

Yoga
""",
    "course_data",
    "id",
    {"course_code": "IF3012", "course_name": "Jaringan Komputer Lanjut", "changes": {"shortname": "IF3021"}},
)

M(
    "key-english-lab-assistant",
    "phone",
    "2026-11-27 19:30:10",
    "Farhan (Lab Asst. Robotics)",
    "farhan.aslab@gmail.com",
    "Enrolment key for Robotics Lab course",
    """
Hi P4M, I'm the lab assistant for Robotics Practicum (EL4110). Pak Agus asked me to email you: please set the enrolment key to Robo#2026 before Monday's session. Thank you!
""",
    "course_data",
    "en",
    {"course_code": "EL4110", "course_name": "Robotics Practicum", "changes": {"enrolment_key": "Robo#2026"}},
    client="iphone",
)

M(
    "memo-nama-dan-sks",
    "pdf",
    "2026-12-01 10:10:10",
    "Bagian Akademik",
    "akademik@polibatam.ac.id",
    "Memo perubahan data MK Statistika Bisnis",
    """
Kepada Yth. Kepala P4M,

Bersama ini kami kirimkan memo perubahan data mata kuliah sebagaimana
terlampir (PDF). Mohon perubahan diterapkan pada course e-learning terkait.

Hormat kami,
Bagian Akademik dan Kemahasiswaan
Politeknik Negeri Batam
""",
    "course_data",
    "id",
    {
        "course_code": "MB1204",
        "course_name": "Statistika Bisnis",
        "changes": {"fullname": "Statistika dan Analitika Bisnis", "credits": "3"},
    },
    atts=[
        (
            "memo-akademik-MB1204.pdf",
            "application/pdf",
            pdf_bytes(
                "MEMO PERUBAHAN DATA MATA KULIAH",
                [
                    "Nomor: 118/PL29/AK/2026",
                    "Kode MK: MB1204",
                    "Nama MK saat ini: Statistika Bisnis",
                    "Nama MK baru: Statistika dan Analitika Bisnis",
                    "SKS baru: 3",
                    "Berlaku mulai semester genap 2026/2027.",
                ],
            ),
        )
    ],
)

M(
    "re-thread-fullname-english",
    "gmail",
    "2026-12-03 11:25:00",
    "Nadia Putri",
    "nadia.putri@polibatam.ac.id",
    "Re: IUP course names",
    """
Thanks for the quick reply yesterday. Just one course then:

LG2105 Supply Chain Fundamentals -> please rename it to "Introduction to Supply Chain Management" so it matches the IUP transcript.

Regards,
Nadia

On Wed, Dec 2, 2026 at 3:14 PM Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> Dear Ms Nadia, please tell us which course names need to change.
""",
    "course_data",
    "en",
    {
        "course_code": "LG2105",
        "course_name": "Supply Chain Fundamentals",
        "changes": {"fullname": "Introduction to Supply Chain Management"},
    },
    in_reply_to=True,
)


# ---------------------------------------------------------------- announcement (14)
M(
    "pengumuman-site-libur-natal",
    "outlook",
    "2026-11-04 13:00:00",
    "Bagian Umum Polibatam",
    "umum@polibatam.ac.id",
    "Permohonan pengumuman di halaman depan e-learning",
    """
Yth. P4M,

Mohon ditayangkan pengumuman untuk seluruh mahasiswa di halaman depan
e-learning dengan judul "Libur Natal dan Tahun Baru 2027". Isi pengumuman:
kegiatan perkuliahan diliburkan tanggal 24 Desember 2026 s.d. 2 Januari 2027
dan dimulai kembali Senin, 4 Januari 2027.

Mohon tayang tanggal 15 Desember pukul 08.00 WIB.

Terima kasih.
Bagian Umum
""",
    "announcement",
    "id",
    {"title": "Libur Natal dan Tahun Baru 2027", "scope": "site", "publish_at": "2026-12-15T08:00:00+07:00"},
    client="outlook",
)

M(
    "quiz-rescheduled-course-en",
    "gmail",
    "2026-11-06 17:22:13",
    "Kevin Tan",
    "kevin.tan@polibatam.ac.id",
    "Announcement for my Cloud Computing class",
    """
Hi team,

Could you post this in the IF4107 Cloud Computing course forum? I'm stuck at
a conference in Jakarta and my Moodle teacher role seems to have lapsed.

Title: Quiz 2 moved to next Thursday
Text: Quiz 2 will open Thursday 12 November at 19:00 and close at 21:00.

No need to schedule it, just post it as soon as you can.

Thanks,
Kevin
""",
    "announcement",
    "en",
    {
        "title": "Quiz 2 moved to next Thursday",
        "scope": "course",
        "course_code": "IF4107",
        "course_name": "Cloud Computing",
    },
    note="Mentions a lapsed teacher role, but the request is the announcement; quiz time is content, not a publish time.",
)

M(
    "uas-ganjil-wita",
    "tb",
    "2026-11-12 09:00:00",
    "Wahyu Hidayat",
    "wahyu.hidayat@polibatam.ac.id",
    "Re: Jadwal pengumuman UAS Ganjil",
    """
Pada 11/11/2026 16.02, Ratih (P4M) menulis:
> Pak Wahyu, jam tayang pengumuman UAS mau jam berapa?

Saya sedang di Makassar, jadi saya tulis pakai jam sini ya: tolong
tayangkan pengumuman "Jadwal UAS Ganjil 2026/2027" untuk semua mahasiswa
pada 20 November jam 10.00 WITA.

Isinya cukup tautan ke jadwal di SIAKAD.

Wahyu Hidayat
Wakil Direktur I
""",
    "announcement",
    "id",
    {"title": "Jadwal UAS Ganjil 2026/2027", "scope": "site", "publish_at": "2026-11-20T09:00:00+07:00"},
    client="tb",
    in_reply_to=True,
    note="Time given in WITA (UTC+8), converted to WIB.",
)

M(
    "kuliah-tamu-mb-course",
    "gmail",
    "2026-11-13 08:31:56",
    "Fitri Handayani",
    "fitri.handayani@polibatam.ac.id",
    "Info kuliah tamu untuk kelas Perilaku Konsumen",
    """
Assalamualaikum,

Tolong dibantu pasang pengumuman di course MB2301 Perilaku Konsumen saja
(bukan untuk semua mahasiswa) ya:

Judul: Kuliah Tamu dari Praktisi Ritel
Isi: Kuliah tamu bersama Ibu Sarah (Regional Manager) dilaksanakan di
Auditorium, kehadiran wajib.

Tayangkan besok pagi jam 7 kalau bisa. Terima kasih banyak.

Fitri
""",
    "announcement",
    "id",
    {
        "title": "Kuliah Tamu dari Praktisi Ritel",
        "scope": "course",
        "course_code": "MB2301",
        "course_name": "Perilaku Konsumen",
        "publish_at": "2026-11-14T07:00:00+07:00",
    },
)

M(
    "maintenance-site-english-ict",
    "outlook",
    "2026-11-17 14:10:00",
    "UPT TIK Polibatam",
    "upt.tik@polibatam.ac.id",
    "Site-wide notice: planned maintenance",
    """
Dear P4M,

Please publish the following notice to all users of learning.polibatam.ac.id:

[[TABLE]]
Thank you for your cooperation.

UPT TIK
""",
    "announcement",
    "en",
    {
        "title": "Planned Maintenance of the E-Learning Server",
        "scope": "site",
        "publish_at": "2026-11-19T16:00:00+07:00",
    },
    client="outlook",
    table=[
        ["Title", "Planned Maintenance of the E-Learning Server"],
        ["Audience", "All users"],
        ["Publish on", "Thursday 19 November 2026, 16:00 WIB"],
        ["Downtime", "Saturday 21 November, 22:00-02:00"],
    ],
)

M(
    "komting-minta-umumkan-praktikum",
    "phone",
    "2026-11-19 20:15:42",
    "Dinda ketua kelas EL-2A",
    "4322511007@students.polibatam.ac.id",
    "tolong umumkan di course",
    """
Selamat malam min, mohon maaf saya Dinda komting EL-2A. Bu Maya minta tolong diumumkan di course EL2104 Rangkaian Listrik II bahwa "Praktikum Minggu Ini Ditiadakan" karena lab dipakai untuk akreditasi. Bu Maya cc ke sini juga. Terima kasih min.
""",
    "announcement",
    "id",
    {
        "title": "Praktikum Minggu Ini Ditiadakan",
        "scope": "course",
        "course_code": "EL2104",
        "course_name": "Rangkaian Listrik II",
    },
    client="android",
    cc="Maya Sari <maya.sari@polibatam.ac.id>",
)

M(
    "intl-office-exchange-call",
    "gmail",
    "2026-11-24 10:40:00",
    "Clara Wijaya (International Office)",
    "clara.io@polibatam.ac.id",
    "Announcement request - student exchange call",
    """
Dear P4M colleagues,

The International Office would like to reach all students through the
e-learning front page. Could you publish:

"Call for Applications: Student Exchange to Malaysia 2027"

Registration is open until 15 January; details are on the IO website.
Please publish on 1 December at 09:00 (Jakarta time).

Warm regards,
Clara Wijaya
International Office, Politeknik Negeri Batam
""",
    "announcement",
    "en",
    {
        "title": "Call for Applications: Student Exchange to Malaysia 2027",
        "scope": "site",
        "publish_at": "2026-12-01T09:00:00+07:00",
    },
)

M(
    "kaprodi-akt-seminar-pajak-wit",
    "outlook",
    "2026-11-26 08:05:00",
    "Kaprodi Akuntansi",
    "kaprodi.akt@polibatam.ac.id",
    "Pengumuman seminar untuk mahasiswa Akuntansi Perpajakan",
    """
Yth. P4M,

Mohon dibuatkan pengumuman di course AK2210 Akuntansi Perpajakan dengan judul
"Seminar Pajak Digital bersama DJP". Narasumber bergabung dari Jayapura,
sehingga jadwal kami sepakati 3 Desember pukul 13.00 WIT; pengumuman agar
tayang pada waktu yang sama.

Terima kasih.

Kaprodi Akuntansi Manajerial
""",
    "announcement",
    "id",
    {
        "title": "Seminar Pajak Digital bersama DJP",
        "scope": "course",
        "course_code": "AK2210",
        "course_name": "Akuntansi Perpajakan",
        "publish_at": "2026-12-03T11:00:00+07:00",
    },
    client="outlook",
    note="Time given in WIT (UTC+9), converted to WIB.",
)

M(
    "edom-reminder-mixed",
    "gmail",
    "2026-12-02 09:12:00",
    "LPM Survey Team",
    "survey.lpm@polibatam.ac.id",
    "Reminder EDOM - mohon pasang announcement",
    """
Hi P4M,

Mohon bantu pasang reminder di frontpage untuk all students ya:

Title: Pengisian EDOM Semester Ganjil Diperpanjang

Deadline EDOM extended sampai 11 Desember. Please publish ASAP, no need to
schedule. Thanks!

Tim Survei
""",
    "announcement",
    "mixed",
    {"title": "Pengisian EDOM Semester Ganjil Diperpanjang", "scope": "site"},
)

M(
    "lab-assistant-tugas-multimedia",
    "tb",
    "2026-12-04 15:35:00",
    "Andi Saputra",
    "andi.aslab.mm@gmail.com",
    "Pengumuman pengumpulan proyek Animasi 3D",
    """
Halo P4M,

Saya asisten lab Multimedia. Atas arahan Pak Reza, mohon diumumkan di
course MM3106 Animasi 3D dengan judul "Batas Pengumpulan Proyek Akhir
Animasi" bahwa proyek dikumpulkan paling lambat 18 Desember. Pengumuman
ditayangkan Senin 7 Desember jam 06.30 pagi.

Salam,
Andi
Asisten Lab Multimedia
""",
    "announcement",
    "id",
    {
        "title": "Batas Pengumpulan Proyek Akhir Animasi",
        "scope": "course",
        "course_code": "MM3106",
        "course_name": "Animasi 3D",
        "publish_at": "2026-12-07T06:30:00+07:00",
    },
    client="tb",
)

M(
    "wisuda-site-tanpa-jam",
    "gmail",
    "2026-12-08 11:00:30",
    "Humas Polibatam",
    "humas@polibatam.ac.id",
    "Mohon publikasi info wisuda di e-learning",
    """
Selamat siang rekan P4M,

Kami mohon info berikut dipublikasikan di beranda e-learning agar dibaca
semua mahasiswa tingkat akhir maupun yang lain:

Pendaftaran Wisuda Periode I Tahun 2027

Pendaftaran dibuka melalui SIAKAD sampai 31 Januari 2027.

Salam hangat,
Humas Polibatam
""",
    "announcement",
    "id",
    {"title": "Pendaftaran Wisuda Periode I Tahun 2027", "scope": "site"},
)

M(
    "visiting-prof-guest-lecture-en",
    "iphone",
    "2026-12-10 06:50:00",
    "Prof. Martin Keller",
    "m.keller.tuhh@gmail.com",
    "Please announce in Industrial Automation",
    """
Good morning,

Could you post in MK4201 Industrial Automation: "Guest Lecture on PLC Safety Standards". It should go online on 14 December at 8 am. Students only in that course.

Best, M. Keller
""",
    "announcement",
    "en",
    {
        "title": "Guest Lecture on PLC Safety Standards",
        "scope": "course",
        "course_code": "MK4201",
        "course_name": "Industrial Automation",
        "publish_at": "2026-12-14T08:00:00+07:00",
    },
    client="iphone",
)

M(
    "surat-pengumuman-ukt",
    "docx",
    "2027-01-05 09:30:00",
    "Bagian Keuangan",
    "keuangan@polibatam.ac.id",
    "Permohonan penayangan pengumuman (surat terlampir)",
    """
Yth. Kepala P4M,

Bersama surat terlampir kami mohon penayangan pengumuman pada laman
e-learning bagi seluruh mahasiswa. Rincian judul dan waktu tayang ada di
surat.

Hormat kami,
Bagian Keuangan
""",
    "announcement",
    "id",
    {"title": "Batas Pembayaran UKT Semester Genap", "scope": "site", "publish_at": "2027-01-11T08:00:00+07:00"},
    atts=[
        (
            "surat-pengumuman-ukt.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            docx_bytes(
                [
                    "Nomor: 021/PL29/KEU/2027",
                    "Perihal: Permohonan penayangan pengumuman",
                    "Judul pengumuman: Batas Pembayaran UKT Semester Genap",
                    "Sasaran: seluruh mahasiswa Politeknik Negeri Batam",
                    "Waktu tayang: Senin, 11 Januari 2027 pukul 08.00 WIB",
                    "Isi: pembayaran UKT semester genap paling lambat 29 Januari 2027.",
                ]
            ),
        )
    ],
)

M(
    "pengumuman-kelas-pengganti-tanpa-tahun",
    "gmail",
    "2027-01-20 22:10:00",
    "Rahmat Hidayat",
    "rahmat.hidayat@polibatam.ac.id",
    "kelas pengganti Struktur Data",
    """
Malam P4M,

Tolong umumkan di kelas IF2103 Struktur Data (cukup course itu saja) dengan
judul Kelas Pengganti Pertemuan 5. Isinya: kelas pengganti hari Sabtu di
GU 702. Dijadwalkan muncul 23/1 jam 05.00 pagi supaya terbaca sebelum
berangkat.

Rahmat
""",
    "announcement",
    "id",
    {
        "title": "Kelas Pengganti Pertemuan 5",
        "scope": "course",
        "course_code": "IF2103",
        "course_name": "Struktur Data",
        "publish_at": "2027-01-23T05:00:00+07:00",
    },
)


# ---------------------------------------------------------------- elearning_support (10)
M(
    "mahasiswa-tidak-bisa-masuk-tanpa-kata-login",
    "phone",
    "2026-11-03 23:41:09",
    "Putri Ananda",
    "putriananda03@gmail.com",
    "tolong kak",
    """
kak aku dari tadi masukin nim sama sandi yg biasa ke learning.polibatam tp cuma balik ke halaman awal terus, udh coba ganti browser jg sama. besok ada kuis :( nim 3312501044
""",
    "elearning_support",
    "id",
    client="android",
    note="Login problem described without the word login/password.",
)

M(
    "course-hilang-dashboard-dosen-en",
    "gmail",
    "2026-11-05 07:55:00",
    "Kevin Tan",
    "kevin.tan@polibatam.ac.id",
    "Can't find my course anymore",
    """
Hi,

Since yesterday, IF4107 Cloud Computing no longer shows up on my dashboard,
and when I open the link I get "You cannot enrol yourself in this course".
I was the teacher last week. Did something change with the enrolments?

Kevin
""",
    "elearning_support",
    "en",
)

M(
    "upload-tugas-gagal-besar-file",
    "outlook",
    "2026-11-10 12:30:00",
    "Maya Sari",
    "maya.sari@polibatam.ac.id",
    "Mahasiswa tidak bisa mengumpulkan laporan praktikum",
    """
Selamat siang,

Beberapa mahasiswa EL-2A melapor bahwa saat mengirim laporan praktikum di
course Rangkaian Listrik II, file PDF mereka (sekitar 25 MB) ditolak dengan
pesan "The file is too large". Apakah batas ukuran file bisa dinaikkan untuk
assignment tersebut?

Terima kasih,
Maya Sari
""",
    "elearning_support",
    "id",
    client="outlook",
)

M(
    "kuis-jawaban-hilang-mixed",
    "gmail",
    "2026-11-12 21:05:00",
    "Bayu Anggara",
    "bayu.anggara@students.polibatam.ac.id",
    "Kuis tadi submit tapi nilai 0",
    """
Selamat malam,

Saya tadi ikut quiz Basis Data jam 19.00, sudah klik "Submit all and
finish", tapi di review semua jawaban kosong dan nilai 0. Koneksi saya
sempat putus sebentar sih, tapi halaman masih kebuka. Is there any way to
check the log? Saya takut dianggap tidak ikut.

Bayu Anggara
4342411088, IF-2B
""",
    "elearning_support",
    "mixed",
)

M(
    "akun-terkunci-exchange-en",
    "iphone",
    "2026-11-16 08:20:00",
    "Lukas Brenner",
    "lukas.brenner@outlook.com",
    "Account locked",
    """
Hello, I'm an exchange student from Germany (Mechatronics). After a few tries my account on the learning site says it is locked for 30 minutes, and now it's been 3 hours. Username lukas.brenner. Could someone unlock it please?
""",
    "elearning_support",
    "en",
    client="iphone",
)

M(
    "dosen-baru-belum-punya-akses",
    "gmail",
    "2026-11-18 09:09:09",
    "Andika Rahman",
    "andika.rahman@polibatam.ac.id",
    "Akses untuk dosen baru",
    """
Assalamualaikum Tim P4M,

Saya dosen baru di Prodi Logistik (SK per 1 November). Saya sudah bisa masuk
ke e-learning pakai akun SSO, tetapi tidak ada satu pun course yang muncul
dan tidak ada tombol untuk mengedit. Mata kuliah saya LG1103 Pengantar
Logistik. Mohon dibantu agar saya bisa mengelola course tersebut.

Wassalam,
Andika Rahman, S.T., M.Log.
""",
    "elearning_support",
    "id",
)

M(
    "forum-tidak-kirim-notif",
    "tb",
    "2026-11-24 13:13:00",
    "Reza Firmansyah",
    "reza.firmansyah@polibatam.ac.id",
    "Re: notifikasi forum",
    """
Pada 23/11/2026 10.02, Helpdesk P4M menulis:
> Bapak, apakah mahasiswa sudah subscribe ke forum tersebut?

Sudah, forced subscription malah. Tapi sejak minggu lalu tidak ada satu
pun mahasiswa MM3106 yang menerima email dari forum. Saya cek di profil
mereka email-nya benar. Mohon dicek dari sisi server.

Reza
""",
    "elearning_support",
    "id",
    client="tb",
    in_reply_to=True,
    note="Reply in a support thread; no obvious keywords.",
)

M(
    "video-tidak-bisa-diputar-phone",
    "phone",
    "2026-11-30 18:45:00",
    "Nurul",
    "nurul.hidayah22@yahoo.co.id",
    "video di materi minggu 10",
    """
permisi, video materi minggu 10 di kelas Akuntansi Biaya cuma muter2 loading aja, yang minggu lain bisa. pake hp dan laptop sama aja. mohon dicek ya
""",
    "elearning_support",
    "id",
    client="android",
)

M(
    "nilai-tidak-muncul-gradebook-en",
    "outlook",
    "2026-12-07 10:00:00",
    "Linda Kusuma",
    "linda.kusuma@polibatam.ac.id",
    "Gradebook totals look wrong",
    """
Hello,

In my Auditing course, the course total in the gradebook shows 0 for every
student even though all assignment grades are filled in. I haven't changed
the grade categories. Could you take a look?

Regards,
Linda
""",
    "elearning_support",
    "en",
    client="outlook",
)

M(
    "ganti-email-pemulihan-mixed",
    "gmail",
    "2027-01-12 14:14:14",
    "Tegar Wibisono",
    "tegar.wibisono@gmail.com",
    "Reset sandi tidak pernah masuk ke email",
    """
Halo admin,

Saya sudah klik "Forgotten your username or password?" tiga kali, tapi
email reset-nya nggak pernah sampai, bahkan di spam. Kayaknya email di
profil saya masih email lama (tegar.w@yahoo.com) yang sudah tidak aktif.
Could you please change it to this Gmail so I can reset it?

Tegar Wibisono, MB-3A, 3312301051
""",
    "elearning_support",
    "mixed",
)


# ---------------------------------------------------------------- document_request (6)
M(
    "minta-template-rps-mesin",
    "gmail",
    "2026-11-09 13:40:00",
    "Hendra Saputra",
    "hendra.saputra@polibatam.ac.id",
    "Template RPS terbaru",
    """
Siang Bapak/Ibu,

Apakah P4M sudah punya template RPS versi kurikulum 2026 (OBE)? Kalau ada
mohon dikirimkan file Word-nya, untuk penyusunan RPS semester genap.

Terima kasih.
Hendra
""",
    "document_request",
    "id",
)

M(
    "sop-backup-course-en",
    "outlook",
    "2026-11-19 11:11:00",
    "Nadia Putri",
    "nadia.putri@polibatam.ac.id",
    "SOP for course backup and restore",
    """
Dear P4M,

For our IUP accreditation file we need the official SOP describing how
courses on the e-learning site are backed up and restored at the end of each
semester. Could you send us the latest signed version (PDF is fine)?

Kind regards,
Nadia Putri
IUP Coordinator
""",
    "document_request",
    "en",
    client="outlook",
)

M(
    "formulir-bap-komting",
    "phone",
    "2026-11-26 07:30:00",
    "Galih komting LG-1B",
    "4372611012@students.polibatam.ac.id",
    "form BAP",
    """
pagi pak/bu, saya diminta dosen ambil formulir BAP perkuliahan daring yang terbaru, bisa dikirim lewat email ini? terimakasih
""",
    "document_request",
    "id",
    client="iphone",
)

M(
    "manual-mutu-auditor-mixed",
    "gmail",
    "2026-12-09 09:45:00",
    "Auditor Internal Elektro",
    "ami.elektro@polibatam.ac.id",
    "Permintaan dokumen: Manual Mutu & Standar SPMI",
    """
Dear P4M,

Untuk persiapan AMI (audit mutu internal) jurusan Elektro bulan depan, kami
butuh Manual Mutu dan dokumen Standar SPMI versi terbaru. Please send the
soft copies kalau memungkinkan, thank you.

Tim Auditor Internal
Jurusan Teknik Elektro
""",
    "document_request",
    "mixed",
)

M(
    "panduan-dosen-moodle-en-visiting",
    "tb",
    "2026-12-14 16:00:00",
    "Prof. Martin Keller",
    "m.keller.tuhh@gmail.com",
    "User guide for lecturers?",
    """
Dear P4M,

Is there an English version of the lecturer guide for the Moodle site
(creating assignments, quizzes, grading)? I would like to share it with a
colleague who will co-teach with me next semester.

Best regards,
Martin Keller
""",
    "document_request",
    "en",
    client="tb",
)

M(
    "formulir-permohonan-course-baru",
    "outlook",
    "2027-01-18 08:55:00",
    "Admin Prodi Akuntansi",
    "admin.akt@polibatam.ac.id",
    "Formulir pembukaan course semester genap",
    """
Selamat pagi,

Mohon dikirimkan formulir permohonan pembukaan course baru untuk semester
genap 2026/2027, beserta jadwal batas pengumpulannya. Kami akan sebarkan ke
dosen-dosen Prodi Akuntansi.

Terima kasih,
Admin Prodi Akuntansi
""",
    "document_request",
    "id",
    client="outlook",
)


# ---------------------------------------------------------------- other (8)
M(
    "terima-kasih-course-sudah-diperbaiki",
    "gmail",
    "2026-11-07 10:10:10",
    "Agus Salim",
    "agus.salim@polibatam.ac.id",
    "Re: Course Elektronika Daya belum sesuai",
    """
Sudah saya cek, shortname dan enrolment mahasiswa sudah benar semua.
Terima kasih banyak, cepat sekali responnya.

Agus

Pada Jum, 6 Nov 2026 pukul 15.02 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:
> Bapak, shortname course sudah kami ubah.
""",
    "other",
    "id",
    in_reply_to=True,
    note="Thanks after a resolved course change; quotes e-learning words.",
)

M(
    "vendor-lms-offer-en",
    "outlook",
    "2026-11-11 09:00:00",
    "Jessica Lim - EduCloud Asia",
    "jessica.lim@educloud-asia.com",
    "Partnership offer: AI proctoring plug-in for Moodle",
    """
Dear P4M Team,

EduCloud Asia offers an AI proctoring plug-in that integrates with Moodle
quizzes in under a day. Over 40 Indonesian campuses already use it. I would
love to arrange a 20-minute demo at your convenience.

Best regards,
Jessica Lim
Business Development, EduCloud Asia
""",
    "other",
    "en",
    client="outlook",
)

M(
    "salah-kirim-nilai-krs",
    "phone",
    "2026-11-17 12:12:12",
    "Aulia Rahma",
    "aulia.rahma05@gmail.com",
    "KRS saya belum disetujui",
    """
Pak, KRS saya di SIAKAD belum disetujui dosen wali padahal besok batas akhir. Dosen wali saya Pak Yoga. Ini gimana ya pak?
""",
    "other",
    "id",
    client="android",
    note="Misdirected academic question (SIAKAD/KRS), not an e-learning problem.",
)

M(
    "undangan-workshop-blended-fyi",
    "gmail",
    "2026-11-21 08:00:00",
    "Ratih Puspita",
    "ratih.puspita@polibatam.ac.id",
    "FYI: workshop blended learning di Politeknik Negeri Medan",
    """
Halo teman-teman P4M,

Sekadar info, Polmed mengadakan workshop "Desain Course Blended Learning di
Moodle 4.x" tanggal 10 Desember, daring via Zoom, gratis. Mungkin ada yang
berminat ikut. Link pendaftaran ada di poster grup WA kemarin.

Salam,
Ratih
""",
    "other",
    "id",
    note="Informational mail full of e-learning words; no request.",
)

M(
    "survei-penelitian-mixed",
    "tb",
    "2026-11-28 10:30:00",
    "Dimas Prakoso",
    "dimas.prakoso@polibatam.ac.id",
    "Sharing hasil riset penggunaan LMS",
    """
Dear Tim P4M,

Sekadar sharing, paper kami tentang tingkat penggunaan LMS di Polibatam
(data log Moodle 2024-2025) sudah accepted di jurnal JPTK. Thanks for the
data support tahun lalu. Nanti kalau sudah terbit saya kirim link-nya.

Cheers,
Dimas
""",
    "other",
    "mixed",
    client="tb",
)

M(
    "keluhan-parkir-gedung",
    "outlook",
    "2026-12-11 15:00:00",
    "Bambang Wicaksono",
    "bambang.w@polibatam.ac.id",
    "Keluhan akses parkir gedung TA",
    """
Yth. Bapak/Ibu,

Mohon maaf kalau salah alamat. Sejak minggu lalu gerbang parkir gedung
Tower A selalu ditutup jam 17.00, padahal kelas malam baru selesai jam
21.00. Mohon informasinya ke bagian yang berwenang.

Bambang
""",
    "other",
    "id",
    client="outlook",
)

M(
    "congrats-award-en",
    "gmail",
    "2027-01-08 11:20:00",
    "Clara Wijaya (International Office)",
    "clara.io@polibatam.ac.id",
    "Congratulations on the e-learning award!",
    """
Dear P4M colleagues,

I just saw the news that learning.polibatam.ac.id won the regional
e-learning innovation award. Congratulations to the whole team, well
deserved! Our partner universities were impressed during last month's visit.

Warm regards,
Clara
""",
    "other",
    "en",
)

M(
    "info-jadwal-rapat-mixed-fyi",
    "phone",
    "2027-01-25 07:10:00",
    "Siti Nurhaliza",
    "siti.nurhaliza@polibatam.ac.id",
    "Rapat koordinasi LMS diundur",
    """
Pagi semua, just FYI rapat koordinasi pengelola LMS hari ini diundur ke Kamis jam 2 siang, same room. Nggak perlu dibalas ya, thanks.
""",
    "other",
    "mixed",
    client="iphone",
)


# ---------------------------------------------------------------- auto (6)
M(
    "ooo-dosen-dinas-luar",
    "plain",
    "2026-11-04 14:02:10",
    "Ratna Dewi",
    "ratna.dewi@polibatam.ac.id",
    "Tidak di kantor: Re: enrol key",
    """
Terima kasih atas email Anda.

Saya sedang dinas luar ke Surabaya tanggal 4-8 November 2026 dengan akses
email terbatas. Untuk urusan mendesak terkait kelas Akuntansi, silakan
hubungi Admin Prodi Akuntansi di admin.akt@polibatam.ac.id.

Salam,
Ratna Dewi
""",
    "auto",
    "id",
    headers=["Auto-Submitted: auto-replied", "X-Mailer: Zimbra 10.0.6_GA_4617"],
)

M(
    "automatic-reply-subject-only",
    "outlook",
    "2026-11-23 09:21:00",
    "Siti Nurhaliza",
    "siti.nurhaliza@polibatam.ac.id",
    "Automatic reply: [P4M #2611-0142] Request: update lecturer & class - Mekanika Fluida",
    """
Thank you for your message. I am attending the ASEAN TVET conference in Hanoi until 27 November with limited access to email. For urgent course matters please contact the Mechanical Engineering office.

Siti Nurhaliza
""",
    "auto",
    "en",
    client="outlook",
    note="Out-of-office recognisable only by its subject prefix; no auto headers.",
)

_dsn_orig = (
    "From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nTo: lukas.brenner@outlook.co\n"
    "Subject: [P4M #2611-0151] Account locked\nDate: Mon, 16 Nov 2026 08:25:02 +0700\n"
    "Message-ID: <p4m-2611-0151-ack@polibatam.ac.id>\n"
)
M(
    "bounce-postfix-host-unknown",
    "raw",
    "2026-11-16 08:25:09",
    "Mail Delivery System",
    "MAILER-DAEMON@mx.polibatam.ac.id",
    "Undelivered Mail Returned to Sender",
    "",
    "auto",
    "en",
    client="raw",
    headers=["Auto-Submitted: auto-replied"],
    raw=multi(
        "report",
        [
            part_text(
                "This is the mail system at host mx.polibatam.ac.id.\n\nI'm sorry to have to inform you that your message could not\n"
                "be delivered to one or more recipients. It's attached below.\n\n"
                "<lukas.brenner@outlook.co>: Host or domain name not found. Name service error\n"
                "    for name=outlook.co type=A: Host not found\n",
                "plain",
                "7",
            ),
            "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx.polibatam.ac.id\nArrival-Date: Mon, 16 Nov 2026 08:25:02 +0700\n\n"
            "Final-Recipient: rfc822; lukas.brenner@outlook.co\nAction: failed\nStatus: 5.4.4\n"
            "Diagnostic-Code: X-Postfix; Host or domain name not found.\n",
            "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + _dsn_orig,
        ],
        "7F3A2C10B4.1763256309/mx.polibatam.ac.id",
        "; report-type=delivery-status",
    ),
)
MAILS[-1]["to"] = HELP

M(
    "moodle-forum-copy-bulk",
    "plain",
    "2026-11-25 19:00:00",
    "Reza Firmansyah (via E-Learning Polibatam)",
    "noreply@learning.polibatam.ac.id",
    "MM3106: Pengumpulan storyboard minggu ke-12",
    """
Animasi 3D -> Forum -> Pengumuman -> Pengumpulan storyboard minggu ke-12

Reza Firmansyah
Rab, 25 Nov 2026, 19:00

Mahasiswa sekalian, storyboard dikumpulkan paling lambat Senin. Format PDF.

---------------------------------------------------------------------
Ini adalah salinan pesan yang diposting di E-Learning Polibatam.
Untuk berhenti berlangganan forum ini, buka:
https://learning.polibatam.ac.id/mod/forum/subscribe.php?id=4412
""",
    "auto",
    "id",
    headers=[
        "Precedence: bulk",
        "Auto-Submitted: auto-generated",
        'List-Id: "Pengumuman" <moodleforum4412@learning.polibatam.ac.id>',
        "List-Unsubscribe: <https://learning.polibatam.ac.id/mod/forum/subscribe.php?id=4412>",
        "X-Course-Id: 1187",
    ],
)

M(
    "newsletter-phplist-ppid",
    "plain",
    "2026-12-15 10:00:00",
    "Buletin Polibatam",
    "buletin@polibatam.ac.id",
    "Buletin Polibatam Edisi Desember 2026",
    """
BULETIN POLIBATAM - EDISI DESEMBER 2026

- Polibatam raih penghargaan inovasi e-learning tingkat regional
- Jadwal libur Natal dan Tahun Baru
- Pelatihan Moodle untuk dosen baru dibuka Januari

Anda menerima email ini karena terdaftar di milis Buletin Polibatam.
Berhenti berlangganan: https://buletin.polibatam.ac.id/lists/?p=unsubscribe&uid=8f1c
""",
    "auto",
    "id",
    headers=[
        "Precedence: bulk",
        "X-Mailer: phpList v3.6.15",
        "List-Id: <buletin.polibatam.ac.id>",
        "List-Unsubscribe: <https://buletin.polibatam.ac.id/lists/?p=unsubscribe&uid=8f1c>",
    ],
)

M(
    "exchange-ndr-mailbox-full",
    "raw",
    "2027-01-12 14:20:00",
    "Microsoft Outlook",
    "postmaster@polibatam.onmicrosoft.com",
    "Tidak dapat dikirim: [P4M #2701-0033] Reset sandi tidak pernah masuk ke email",
    "",
    "auto",
    "mixed",
    client="raw",
    headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "],
    raw=multi(
        "report",
        [
            part_text(
                "Pesan Anda tidak dapat dikirim ke penerima berikut / Your message couldn't be delivered:\n\n"
                "tegar.w@yahoo.com\nKotak surat penerima penuh. The recipient's mailbox is full and can't accept messages now.\n\n"
                "Diagnostic information for administrators:\nRemote server returned '552 5.2.2 Mailbox full'\n",
                "plain",
                "qp",
            ),
            "Content-Type: message/delivery-status\n\nReporting-MTA: dns;SG2PR06MB3312.apcprd06.prod.outlook.com\n\n"
            "Final-Recipient: rfc822;tegar.w@yahoo.com\nAction: failed\nStatus: 5.2.2\nDiagnostic-Code: smtp;552 5.2.2 Mailbox full\n",
            "Content-Type: text/rfc822-headers\n\nFrom: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nTo: tegar.w@yahoo.com\n"
            "Subject: [P4M #2701-0033] Reset sandi tidak pernah masuk ke email\nDate: Tue, 12 Jan 2027 14:16:30 +0700\n",
        ],
        "_ndr_b7e1c2d940a54f1e_",
        "; report-type=delivery-status",
    ),
)


def main():
    errors = []
    counts, langs = {}, {}
    MAILS.sort(key=lambda e: e["date"])
    labels, out = {}, {}
    for i, e in enumerate(MAILS, 1):
        fn = "%03d-%s-%s.eml" % (i, e["quirk"], e["slug"])
        data = build(e)
        m = email.message_from_bytes(data, policy=email.policy.default)
        defects = list(m.defects) + [d for p in m.walk() for d in p.defects]
        if defects:
            errors.append("%s: defects %r" % (fn, defects))
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errors.append("%s: not CRLF" % fn)
        if parsedate_to_datetime(m["Date"]) != e["date"]:
            errors.append("%s: Date mismatch" % fn)
        if str(m["Subject"]) != e["subject"]:
            errors.append("%s: Subject mismatch %r" % (fn, str(m["Subject"])))
        text = decoded_text(m)
        norm = re.sub(r"\s+", " ", text)
        for v in values(e["fields"]):
            if v not in text and v not in norm:
                errors.append("%s: label value %r not in text" % (fn, v))
        f = e["fields"]
        if e["type"] in ("course_data", "announcement"):
            if e["type"] == "announcement":
                assert f.get("scope") in ("course", "site"), fn
            else:
                assert set(f["changes"]) <= {
                    "fullname",
                    "shortname",
                    "lecturer",
                    "class",
                    "semester",
                    "credits",
                    "enrolment_key",
                    "summary",
                }, fn
            if "publish_at" in f:
                assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", f["publish_at"]), fn
                assert datetime.fromisoformat(f["publish_at"]) > e["date"], fn
        else:
            assert f == {}, fn
        for p in m.walk():
            if p.get_content_disposition() == "attachment" and len(p.get_payload(decode=True)) > 30000:
                errors.append("%s: attachment too large" % fn)
        out[fn] = data
        labels[fn] = {"type": e["type"], "lang": e["lang"], "fields": e["fields"], "note": e["note"]}
        counts[e["type"]] = counts.get(e["type"], 0) + 1
        langs[e["lang"]] = langs.get(e["lang"], 0) + 1
    if counts != PLAN:
        errors.append("counts %r != plan %r" % (counts, PLAN))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    for old in os.listdir(HERE):
        if re.match(r"\d{3}-.*\.eml$", old) and old not in out:
            os.remove(os.path.join(HERE, old))
    for fn, data in out.items():
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(
        "wrote %d messages; types %s; langs %s" % (len(out), dict(sorted(counts.items())), dict(sorted(langs.items())))
    )


if __name__ == "__main__":
    main()

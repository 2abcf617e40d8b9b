"""Write the fifth held-out corpus of P4M helpdesk requests: 64 labelled RFC 5322 mails and labels.json."""

from __future__ import annotations

import base64
import hashlib
import html
import io
import json
import quopri
import re
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
HELPDESK = "helpdesk-p4m@polibatam.ac.id"
WIB = timezone(timedelta(hours=7))
PLAN = {"course_data": 18, "announcement": 16, "elearning_support": 11, "document_request": 6, "other": 8, "auto": 5}


def digest(slug: str, salt: str, n: int) -> str:
    return hashlib.sha256(f"{slug}/{salt}".encode()).hexdigest()[:n]


def when(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S").replace(tzinfo=WIB)


# ---------------------------------------------------------------- attachments built with the stdlib only


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            zf.writestr(zi, data)
    return buf.getvalue()


def docx_bytes(paragraphs: list[str], title: str) -> bytes:
    ct = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/docProps/core.xml" '
        'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/>'
        '<Relationship Id="rId2" '
        'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
        'Target="docProps/core.xml"/>'
        "</Relationships>"
    )
    paras = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{html.escape(p, quote=False)}</w:t></w:r></w:p>' for p in paragraphs
    )
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f'<w:body>{paras}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
    )
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{html.escape(title, quote=False)}</dc:title>'
        "<dc:creator>Politeknik Negeri Batam</dc:creator></cp:coreProperties>"
    )
    return _zip(
        [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("docProps/core.xml", core),
            ("word/document.xml", doc),
        ]
    )


def _pdf_text(s: str) -> str:
    assert s.isascii(), s
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """One-page PDF 1.4, Helvetica, one text line per entry, with a valid xref table."""
    ops = ["BT", "/F1 14 Tf", "56 790 Td", f"({_pdf_text(title)}) Tj", "/F1 10 Tf", "0 -24 Td"]
    for ln in lines:
        ops += [f"({_pdf_text(ln)}) Tj", "0 -14 Td"]
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("ascii")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        f"<< /Title ({_pdf_text(title)}) /Producer (LibreOffice 7.6) >>".encode("ascii"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


# ---------------------------------------------------------------- the mail model


@dataclass(frozen=True)
class Att:
    """An attachment: a file (bytes) or a whole earlier message (message/rfc822)."""

    name: str
    ctype: str
    data: bytes = b""
    text: str = ""  # the text a reader of the file sees, for the label check
    inner: Mail | None = None


@dataclass(frozen=True)
class Mail:
    slug: str
    date: str
    name: str
    addr: str
    subject: str
    body: str
    client: str  # gmail, outlook, iphone, yahoo, thunderbird, zimbra, android
    type: str
    lang: str
    fields: dict[str, object] = field(default_factory=dict)
    note: str = ""
    html: str = ""  # hand-written HTML (Outlook tables); default derived from body
    atts: tuple[Att, ...] = ()
    to: str = HELPDESK
    cc: str = ""
    extra: tuple[tuple[str, str], ...] = ()
    reply_to_id: str = ""
    root: str = ""  # a hand-built MIME tree (bounces, reports)


def _hdr(value: str) -> str:
    if value.isascii():
        return value
    return Header(value, "utf-8").encode(maxlinelen=76)


def _addr(name: str, addr: str) -> str:
    if not name:
        return addr
    if name.isascii():
        return formataddr((name, addr))
    return formataddr((name, addr), charset="utf-8")


def _qp(text: str) -> str:
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def _b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii")


def text_part(text: str, subtype: str, cte: str, extra_ct: str = "") -> str:
    if not text.endswith("\n"):
        text += "\n"
    if cte == "7bit" and not text.isascii():
        cte = "quoted-printable"
    if cte == "quoted-printable":
        payload = _qp(text)
    elif cte == "base64":
        payload = _b64(text.replace("\n", "\r\n").encode("utf-8"))
    else:
        payload = text
    return f'Content-Type: text/{subtype}; charset="UTF-8"{extra_ct}\nContent-Transfer-Encoding: {cte}\n\n{payload}'


def multipart(subtype: str, parts: list[str], boundary: str) -> str:
    out = f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"\n\n'
    for p in parts:
        out += f"--{boundary}\n{p.rstrip(chr(10))}\n\n"
    return out + f"--{boundary}--\n"


def plain_to_html(body: str, wrap: str) -> str:
    lines = [html.escape(ln, quote=False) for ln in body.split("\n")]
    inner = "<br>\n".join(lines)
    return wrap.format(inner)


def outlook_html(body: str) -> str:
    paras = []
    for ln in body.split("\n"):
        esc = html.escape(ln, quote=False) if ln else "&nbsp;"
        paras.append(f'<p class="MsoNormal">{esc}<o:p></o:p></p>')
    return outlook_wrap("\n".join(paras))


def outlook_wrap(inner: str) -> str:
    return (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
        '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
        "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;"
        'font-family:"Calibri",sans-serif;}\ntable.p4m td {border:solid windowtext 1.0pt;padding:0cm 5.4pt;}\n'
        '--></style>\n</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n'
    )


def attachment_part(a: Att, slug: str, idx: int) -> str:
    if a.inner is not None:
        raw = render(a.inner).decode("ascii").replace("\r\n", "\n")
        return f'Content-Type: message/rfc822; name="{a.name}"\nContent-Disposition: attachment; filename="{a.name}"\n\n{raw}'
    return (
        f'Content-Type: {a.ctype}; name="{a.name}"\nContent-Disposition: attachment; filename="{a.name}"\n'
        f"Content-Transfer-Encoding: base64\n\n{_b64(a.data)}"
    )


def body_root(m: Mail) -> tuple[str, list[tuple[str, str]]]:
    """The MIME tree of the message body and the client's own headers."""
    b = f"{digest(m.slug, 'b', 24)}"
    heads: list[tuple[str, str]] = []
    c = m.client
    if m.root:
        return m.root, []
    if c == "gmail":
        wrap = '<div dir="ltr">{}</div>'
        root = multipart(
            "alternative",
            [
                text_part(m.body, "plain", "quoted-printable"),
                text_part(m.html or plain_to_html(m.body, wrap), "html", "quoted-printable"),
            ],
            f"000000000000{b[:16]}",
        )
    elif c == "outlook":
        heads = [
            ("Thread-Topic", _hdr(m.subject.split(": ", 1)[-1])),
            ("Thread-Index", base64.b64encode(bytes.fromhex(digest(m.slug, "ti", 44))).decode()),
            ("X-MS-Has-Attach", "yes" if m.atts else ""),
            ("X-MS-TNEF-Correlator", ""),
            ("Accept-Language", "id-ID, en-US"),
            ("Content-Language", "id-ID" if m.lang == "id" else "en-US"),
        ]
        root = text_part(m.html or outlook_html(m.body), "html", "quoted-printable")
    elif c == "iphone":
        heads = [("X-Mailer", "iPhone Mail (22D82)")]
        root = text_part(m.body, "plain", "quoted-printable")
    elif c == "yahoo":
        heads = [("X-Mailer", "WebService/1.1.22806 YMailNorrin")]
        wrap = '<html><head></head><body><div class="ydp3f1c2a9byahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;"><div dir="ltr" data-setdir="false">{}</div></div></body></html>'
        root = multipart(
            "alternative",
            [
                text_part(m.body, "plain", "quoted-printable"),
                text_part(m.html or plain_to_html(m.body, wrap), "html", "quoted-printable"),
            ],
            f"----=_Part_{digest(m.slug, 'y', 8)}",
        )
    elif c == "thunderbird":
        heads = [("User-Agent", "Mozilla Thunderbird")]
        root = text_part(m.body, "plain", "7bit", "; format=flowed")
    elif c == "android":
        heads = [("X-Mailer", "Samsung Email")]
        root = text_part(m.body, "plain", "base64")
    else:  # zimbra
        heads = [("X-Mailer", "Zimbra 8.8.15_GA_4581 (ZimbraWebClient - FF120 (Linux)/8.8.15_GA_4581)")]
        wrap = '<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">{}</div></body></html>'
        root = multipart(
            "alternative",
            [
                text_part(m.body, "plain", "quoted-printable"),
                text_part(m.html or plain_to_html(m.body, wrap), "html", "quoted-printable"),
            ],
            f"=_{digest(m.slug, 'z', 20)}",
        )
    if m.atts:
        parts = [root] + [attachment_part(a, m.slug, i) for i, a in enumerate(m.atts)]
        root = multipart("mixed", parts, f"mix_{digest(m.slug, 'm', 20)}")
    return root, heads


def msgid(m: Mail) -> str:
    dom = m.addr.split("@", 1)[1]
    return f"<{digest(m.slug, 'id', 16).upper()}.{digest(m.slug, 'id2', 8)}@{'mail.gmail.com' if dom == 'gmail.com' else dom}>"


def render(m: Mail) -> bytes:
    root, heads = body_root(m)
    d = when(m.date)
    rx = d - timedelta(seconds=int(digest(m.slug, "rx", 2), 16) % 50 + 3)
    lines = [
        ("Return-Path", "<>" if m.addr.startswith("MAILER-DAEMON") else f"<{m.addr}>"),
        (
            "Received",
            f"from mx.polibatam.ac.id (mx.polibatam.ac.id [103.19.180.{int(digest(m.slug, 'ip', 2), 16) % 200 + 20}])\n\tby mail.polibatam.ac.id (Postfix) with ESMTPS id {digest(m.slug, 'q', 10).upper()}\n\tfor <{parseaddr(m.to)[1]}>; {format_datetime(rx)}",
        ),
        *list(m.extra),
        ("MIME-Version", "1.0"),
        ("Date", format_datetime(d)),
        ("Message-ID", msgid(m)),
    ]
    if m.reply_to_id:
        lines += [("In-Reply-To", m.reply_to_id), ("References", m.reply_to_id)]
    lines += [("Subject", _hdr(m.subject)), ("From", _addr(m.name, m.addr)), ("To", m.to)]
    if m.cc:
        lines.append(("Cc", m.cc))
    lines += heads
    head = "".join(f"{k}: {v}\n" if v else f"{k}:\n" for k, v in lines)
    raw = head + root
    for ln in raw.split("\n"):
        assert len(ln) < 998, (m.slug, ln[:60])
    return raw.replace("\n", "\r\n").encode("ascii")


# ---------------------------------------------------------------- checks


def _html_text(s: str) -> str:
    s = re.sub(r"(?is)<(style|head)\b.*?</\1>", "", s)
    s = re.sub(r"(?i)<br\s*/?>\s*", "\n", s)
    s = re.sub(r"(?i)</(p|div|tr|li|h\d)>\s*", "\n", s)
    s = re.sub(r"(?i)</t[dh]>\s*", "\t", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s).replace("\xa0", " ")


def decoded_text(raw: bytes, m: Mail) -> str:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    texts = []
    for part in msg.walk():
        assert not part.defects, (m.slug, part.defects)
        for k in part:
            assert not getattr(part[k], "defects", ()), (m.slug, k, part[k].defects)
        if "Subject" in part:
            texts.append(str(part["Subject"]))
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            continue
        if ct == "text/plain":
            texts.append(part.get_content())
        elif ct == "text/html":
            texts.append(_html_text(part.get_content()))
    for a in m.atts:
        if a.inner is not None:
            continue
        texts.append(a.text)
        if a.ctype.endswith("document"):
            with zipfile.ZipFile(io.BytesIO(a.data)) as zf:
                assert html.escape(a.text.split("\n")[0], quote=False) in zf.read("word/document.xml").decode()
    return "\n".join(texts).replace("\r\n", "\n")


DAYS_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_ID = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober"]
MONTHS_ID += ["November", "Desember"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
MONTHS_EN += ["November", "December"]
DAY_DATE = re.compile(
    r"\b(" + "|".join(DAYS_ID + DAYS_EN) + r"),? (\d{1,2}) (" + "|".join(MONTHS_ID + MONTHS_EN) + r") (\d{4})\b"
)


def check_weekdays(slug: str, text: str) -> None:
    """Every 'Senin, 4 Januari 2027' or 'Friday 19 February 2027' in the text names the right weekday."""
    for day, num, month, year in DAY_DATE.findall(text):
        months = MONTHS_ID if month in MONTHS_ID else MONTHS_EN
        d = datetime(int(year), months.index(month) + 1, int(num))
        names = DAYS_ID if day in DAYS_ID else DAYS_EN
        assert names[d.weekday()] == day, (slug, day, num, month, year)


def check(m: Mail, raw: bytes) -> None:
    assert m.type in PLAN and m.lang in ("id", "en", "mixed"), m.slug
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), m.slug
    text = decoded_text(raw, m)
    check_weekdays(m.slug, text)
    f = m.fields
    if m.type not in ("course_data", "announcement"):
        assert not f, m.slug
    allowed = (
        {"course_code", "course_name", "changes"}
        if m.type == "course_data"
        else {"course_code", "course_name", "title", "scope", "publish_at"}
    )
    assert set(f) <= allowed, (m.slug, f)
    if m.type == "course_data":
        ch = f["changes"]
        assert isinstance(ch, dict) and ch, m.slug
        assert set(ch) <= {
            "fullname",
            "shortname",
            "lecturer",
            "class",
            "semester",
            "credits",
            "enrolment_key",
            "summary",
        }
    if m.type == "announcement":
        assert f.get("scope") in ("course", "site"), m.slug
    for k, v in f.items():
        if k in ("scope", "publish_at"):
            continue
        vals = list(v.values()) if isinstance(v, dict) else [v]
        for s in vals:
            assert isinstance(s, str) and s in text, (m.slug, k, s)
    if "publish_at" in f:
        pa = datetime.fromisoformat(str(f["publish_at"]))
        assert str(f["publish_at"]).endswith("+07:00") and pa > when(m.date), m.slug


# ---------------------------------------------------------------- the mails

DISCLAIMER_SG = (
    "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may also be privileged.\n"
    "If you are not the intended recipient, please notify the sender immediately by return e-mail and\n"
    "delete this message from your system. Any use, disclosure, copying or distribution of this message\n"
    "by anyone other than the intended recipient is strictly prohibited. The institution does not accept\n"
    "liability for any errors or omissions in the contents of this message which arise as a result of\n"
    "e-mail transmission. Please consider the environment before printing this e-mail."
)

DISCLAIMER_ID = (
    "PERNYATAAN: E-mail ini beserta lampirannya hanya ditujukan kepada penerima yang namanya tercantum\n"
    "dan dapat berisi informasi yang bersifat rahasia. Apabila Anda bukan penerima yang dimaksud, mohon\n"
    "segera memberitahukan pengirim dan menghapus e-mail ini. Dilarang menyalin, menyebarkan, atau\n"
    "menggunakan isi e-mail ini tanpa izin. / DISCLAIMER: This e-mail is intended only for the addressee."
)

COURSE_DATA: list[Mail] = [
    Mail(
        slug="outlook-html-table-an-kaprodi-nama-dan-singkatan",
        date="2026-12-01 09:12:40",
        name="Rina Oktaviani",
        addr="rina.oktaviani@polibatam.ac.id",
        subject="Permohonan Penyesuaian Data MK RPL4203 di E-Learning",
        client="outlook",
        type="course_data",
        lang="id",
        body="",
        html=outlook_wrap(
            '<p class="MsoNormal">Yth. Tim Helpdesk P4M,<o:p></o:p></p>\n'
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            '<p class="MsoNormal">Atas nama Ketua Program Studi Teknologi Rekayasa Perangkat Lunak, '
            "Bapak Dr. Ahmad Fauzi Harahap, S.Kom., M.T., bersama ini kami sampaikan permohonan penyesuaian "
            "data mata kuliah di e-learning agar sesuai dengan kurikulum 2026, sebagai berikut:<o:p></o:p></p>\n"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            '<table class="p4m" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
            '<tr><td><p class="MsoNormal"><b>Kode MK</b></p></td><td><p class="MsoNormal"><b>Data</b></p></td>'
            '<td><p class="MsoNormal"><b>Tertulis di e-learning</b></p></td>'
            '<td><p class="MsoNormal"><b>Seharusnya</b></p></td></tr>\n'
            '<tr><td><p class="MsoNormal">RPL4203</p></td><td><p class="MsoNormal">Nama mata kuliah</p></td>'
            '<td><p class="MsoNormal">Pengujian Perangkat Lunak</p></td>'
            '<td><p class="MsoNormal">Penjaminan Mutu dan Pengujian Perangkat Lunak</p></td></tr>\n'
            '<tr><td><p class="MsoNormal">&nbsp;</p></td><td><p class="MsoNormal">Nama singkat</p></td>'
            '<td><p class="MsoNormal">PPL-A</p></td><td><p class="MsoNormal">PMPPL-2026</p></td></tr>\n'
            "</table>\n"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            '<p class="MsoNormal">Data lain (dosen, kelas, SKS) tidak berubah.<br>\n'
            "Demikian, atas perhatian dan bantuannya kami ucapkan terima kasih.<o:p></o:p></p>\n"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            '<p class="MsoNormal">Salam,<br>\n<b>Rina Oktaviani</b><br>\nSekretaris Program Studi TRPL<br>\n'
            "a.n. Ketua Program Studi<br>\nJurusan Teknik Informatika, Politeknik Negeri Batam<o:p></o:p></p>"
        ),
        fields={
            "course_code": "RPL4203",
            "course_name": "Pengujian Perangkat Lunak",
            "changes": {"fullname": "Penjaminan Mutu dan Pengujian Perangkat Lunak", "shortname": "PMPPL-2026"},
        },
        note="HTML-only table with old and new columns; sent on behalf of the head of programme",
    ),
    Mail(
        slug="partner-university-formal-lecturer-kindly-amend",
        date="2026-12-02 15:47:03",
        name="Assoc. Prof. Lim Wei Ming",
        addr="lim.weiming@rp-international.edu.sg",
        subject="Joint module MEK3105 - correction of the lecturer shown on the e-learning page",
        client="gmail",
        type="course_data",
        lang="en",
        body=(
            "Dear Colleagues at P4M,\n\n"
            "I hope this message finds you well. I am writing in my capacity as Programme Lead for the\n"
            "Mechatronics Joint Delivery Programme between Republic Polytechnic International and Politeknik\n"
            "Negeri Batam.\n\n"
            "It has come to our attention that the e-learning page for the jointly delivered module MEK3105\n"
            "Industrial Robotics still lists my predecessor as the responsible lecturer. As of the current\n"
            "semester the lecturer of record on the Politeknik Negeri Batam side has changed, and our students\n"
            "have understandably been writing to the wrong person. We would therefore be grateful if you could\n"
            "kindly amend the lecturer to Dr. Eng. Rudi Hartono-Siregar, S.T., M.T. at your earliest convenience.\n\n"
            "For the avoidance of doubt, no other details of the module (title, credits or schedule) need to be\n"
            "changed. Should you require a formal letter from our Office of Academic Partnerships, please do not\n"
            "hesitate to let me know and I shall arrange for one to be sent.\n\n"
            "Thank you in advance for your kind assistance.\n\n"
            "With kind regards,\n\n"
            "Assoc. Prof. Lim Wei Ming, PhD\n"
            "Programme Lead, Mechatronics Joint Delivery\n"
            "School of Engineering | Republic Polytechnic International\n"
            "9 Woodlands Avenue 9, Singapore 738964\n"
            "T: +65 6697 1234 | www.rp-international.edu.sg\n\n" + DISCLAIMER_SG
        ),
        fields={
            "course_code": "MEK3105",
            "course_name": "Industrial Robotics",
            "changes": {"lecturer": "Dr. Eng. Rudi Hartono-Siregar, S.T., M.T."},
        },
    ),
    Mail(
        slug="iphone-autocorrect-kelas-malam-tolong-ubah-jadi",
        date="2026-12-03 06:58:21",
        name="Yudi Prasetyo",
        addr="yudi.prasetyo@polibatam.ac.id",
        subject="Kelas di elearning salah",
        client="iphone",
        type="course_data",
        lang="id",
        body=(
            "Selamat pagi rim P4M,\n"
            "Maaf menganggu pagi2. Course Sistem Operasi (TI2105) saya di e-learning masih tertulis kelas "
            "IF-2A Pagi, padahal yg saya ajar semester ini kelas malam. Tolong ubah jadi IF-2C Malam ya. "
            "Terima kasih banyak\n\n"
            "Salam\nYudi\n\nDikirim dari iPhone saya"
        ),
        fields={"course_code": "TI2105", "course_name": "Sistem Operasi", "changes": {"class": "IF-2C Malam"}},
    ),
    Mail(
        slug="reply-answers-between-quoted-lines-enrol-key",
        date="2026-12-09 13:40:12",
        name="Iwan Setiawan",
        addr="iwan.setiawan@polibatam.ac.id",
        subject="Re: [P4M-2026-0412] enrol key MK Basis Data Lanjut",
        client="thunderbird",
        type="course_data",
        lang="mixed",
        reply_to_id="<p4m-2026-0412.ack@polibatam.ac.id>",
        body=(
            "Halo mbak, jawaban saya di sela-sela ya.\n\n"
            "Pada 09/12/2026 10.02, Helpdesk P4M menulis:\n"
            "> Yth. Bapak/Ibu,\n"
            ">\n"
            "> Terima kasih, permintaan Anda sudah kami terima. Agar dapat kami proses,\n"
            "> mohon lengkapi:\n"
            "> 1. Kode mata kuliah:\n\n"
            "BD3201\n\n"
            "> 2. Enrolment key baru:\n\n"
            "the new key is BDL-Genap2027 (case sensitive, pls)\n\n"
            "> 3. Berlaku untuk kelas:\n\n"
            "semua kelas, sama saja\n\n"
            "> Salam,\n"
            "> Helpdesk P4M\n\n"
            "-- \nIwan Setiawan, M.Kom.\nTeknik Informatika - Politeknik Negeri Batam\n"
        ),
        fields={
            "course_code": "BD3201",
            "course_name": "Basis Data Lanjut",
            "changes": {"enrolment_key": "BDL-Genap2027"},
        },
        note="new text sits between the quoted lines of the helpdesk's acknowledgement",
    ),
]

FORM_DOCX = [
    "FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING",
    "Nomor Dokumen: FM-P4M-07.02 / Revisi 1",
    "Kode Mata Kuliah: MN2204",
    "Nama Mata Kuliah (saat ini): Manajemen Operasional",
    "Program Studi: Administrasi Bisnis Terapan",
    "Data yang diubah: semester dan jumlah SKS",
    "Semester lama: 3",
    "Semester baru: 4",
    "SKS lama: 2",
    "SKS baru: 3",
    "Alasan perubahan: penyesuaian struktur kurikulum ABT 2026 (SK Direktur No. 88/PL29/2026)",
    "Pemohon: Dewi Anggraini, S.E., M.M.",
    "Batam, 4 Desember 2026",
]

EXCHANGE_HEAD = Mail(
    slug="inner-head-of-programme-shortname",
    date="2026-12-07 08:03:55",
    name="Dr. Hasan Basri",
    addr="hasan.basri@polibatam.ac.id",
    subject="Short name for Power Systems Analysis",
    client="gmail",
    type="other",
    lang="en",
    to="Melati Sukma <melati.sukma@polibatam.ac.id>",
    body=(
        "Melati,\n\n"
        "Could you ask P4M to tidy up the e-learning page of EL3302 Power Systems Analysis? The exchange\n"
        "students from Kumamoto keep enrolling in the wrong section because the short name looks like every\n"
        "other section's. Please ask them to replace EL3302-A with PSA-INTL in the short name. Nothing else\n"
        "needs to change.\n\n"
        "Thanks,\nHasan\n\n"
        "--\nDr. Hasan Basri\nHead of Programme, Electrical Engineering (International Class)\n"
    ),
)

COURSE_DATA += [
    Mail(
        slug="docx-form-only-semester-dan-sks",
        date="2026-12-04 10:21:09",
        name="Dewi Anggraini",
        addr="dewi.anggraini@polibatam.ac.id",
        subject="Formulir perubahan data MK",
        client="zimbra",
        type="course_data",
        lang="id",
        body=(
            "Dengan hormat,\n\n"
            "Bersama ini saya lampirkan formulir perubahan data mata kuliah yang sudah saya isi. "
            "Mohon dapat diproses.\n\n"
            "Terima kasih.\n\nDewi Anggraini\nProdi Administrasi Bisnis Terapan"
        ),
        atts=(
            Att(
                "Formulir_Perubahan_MN2204.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx_bytes(FORM_DOCX, "Formulir Perubahan Data Mata Kuliah"),
                "\n".join(FORM_DOCX),
            ),
        ),
        fields={
            "course_code": "MN2204",
            "course_name": "Manajemen Operasional",
            "changes": {"semester": "4", "credits": "3"},
        },
        note="the whole request is in the DOCX form",
    ),
    Mail(
        slug="forwarded-rfc822-head-of-programme-replace-shortname",
        date="2026-12-07 09:30:18",
        name="Melati Sukma",
        addr="melati.sukma@polibatam.ac.id",
        subject="Fwd: Short name for Power Systems Analysis",
        client="gmail",
        type="course_data",
        lang="en",
        body="Dear P4M team,\n\nPlease see the attached request from our Head of Programme.\n\nBest regards,\nMelati Sukma\nProgramme Secretary, Electrical Engineering\n",
        atts=(Att("Short name for Power Systems Analysis.eml", "message/rfc822", inner=EXCHANGE_HEAD),),
        fields={"course_code": "EL3302", "course_name": "Power Systems Analysis", "changes": {"shortname": "PSA-INTL"}},
        note="request inside a message/rfc822 attachment",
    ),
    Mail(
        slug="thunderbird-deskripsi-baru-beberapa-baris-menjadi",
        date="2026-12-10 19:05:44",
        name="Nur Aisyah Putri",
        addr="nur.aisyah@polibatam.ac.id",
        subject="Deskripsi MK Akuntansi Sektor Publik",
        client="thunderbird",
        type="course_data",
        lang="id",
        body=(
            "Yth. Admin e-learning P4M,\n\n"
            "Deskripsi singkat mata kuliah AK3107 Akuntansi Sektor Publik di e-learning masih memakai\n"
            "teks dari kurikulum lama. Mohon deskripsinya diganti seluruhnya menjadi:\n\n"
            "Mata kuliah ini membahas konsep, standar, dan praktik akuntansi pada\n"
            "organisasi sektor publik di Indonesia, meliputi pemerintah pusat, pemerintah\n"
            "daerah, BUMN/BUMD, dan organisasi nirlaba.\n"
            "Mahasiswa berlatih menyusun laporan keuangan berbasis akrual sesuai SAP\n"
            "menggunakan studi kasus Pemerintah Kota Batam.\n\n"
            "Teks lama tidak perlu disimpan. Terima kasih atas bantuannya.\n\n"
            "Salam,\n"
            "-- \nNur Aisyah Putri, S.E., M.Ak.\nDosen Akuntansi, Jurusan Manajemen Bisnis\n"
        ),
        fields={
            "course_code": "AK3107",
            "course_name": "Akuntansi Sektor Publik",
            "changes": {
                "summary": (
                    "Mata kuliah ini membahas konsep, standar, dan praktik akuntansi pada\n"
                    "organisasi sektor publik di Indonesia, meliputi pemerintah pusat, pemerintah\n"
                    "daerah, BUMN/BUMD, dan organisasi nirlaba.\n"
                    "Mahasiswa berlatih menyusun laporan keuangan berbasis akrual sesuai SAP\n"
                    "menggunakan studi kasus Pemerintah Kota Batam."
                )
            },
        },
    ),
    Mail(
        slug="expat-lecturer-it-should-read-and-replace-with",
        date="2026-12-11 11:16:30",
        name="Matthew Collins",
        addr="matthew.collins@polibatam.ac.id",
        subject="Typo in course title - ENG2101",
        client="outlook",
        type="course_data",
        lang="en",
        body=(
            "Hi there,\n\n"
            "There's a typo on the e-learning page of my course ENG2101 Englsh for Specific Purposes \u2014 the title is "
            "missing an i. It should read English for Specific Purposes.\n\n"
            "While you're at it, could you also replace ESP-21 with ESP-TI-2B in the short name? Students keep "
            "mixing it up with the other section.\n\n"
            "Cheers,\nMatt\n\nMatthew Collins, MA TESOL\nLecturer, Language Centre\nPoliteknik Negeri Batam"
        ),
        fields={
            "course_code": "ENG2101",
            "course_name": "Englsh for Specific Purposes",
            "changes": {"fullname": "English for Specific Purposes", "shortname": "ESP-TI-2B"},
        },
    ),
    Mail(
        slug="codeswitch-instead-of-please-use-key-and-bukan-tapi-class",
        date="2026-12-14 07:44:02",
        name="Febri Ramadhan",
        addr="febri.ramadhan@polibatam.ac.id",
        subject="enrolment key & kelas MK Statistika Industri",
        client="gmail",
        type="course_data",
        lang="mixed",
        body=(
            "Pagi P4M team,\n\n"
            "Untuk course TRM2203 Statistika Industri, instead of statin2025 please use StatInd#Genap27 as "
            "the enrolment key ya. Kelasnya juga tolong diganti, bukan lagi TRM-2A tapi TRM-2AB, karena "
            "dua kelas digabung semester ini.\n\n"
            "Thanks a lot!\n\nFebri Ramadhan\nDosen Teknik Rekayasa Manufaktur"
        ),
        fields={
            "course_code": "TRM2203",
            "course_name": "Statistika Industri",
            "changes": {"enrolment_key": "StatInd#Genap27", "class": "TRM-2AB"},
        },
    ),
    Mail(
        slug="mku-staff-mohon-disesuaikan-menjadi-dosen-bergelar-dan-kelas",
        date="2027-01-05 10:02:37",
        name="Hendra Gunawan",
        addr="hendra.gunawan@polibatam.ac.id",
        subject="Penyesuaian dosen pengampu dan kelas MK Pendidikan Pancasila (UMU1102)",
        client="outlook",
        type="course_data",
        lang="id",
        body=(
            "Yth. Bapak/Ibu Pengelola E-Learning P4M,\n\n"
            "Sehubungan dengan terbitnya SK Direktur tentang pembagian tugas mengajar semester genap 2026/2027, "
            "dosen pengampu mata kuliah UMU1102 Pendidikan Pancasila pada e-learning mohon disesuaikan menjadi "
            "Dra. Siti Nurhaliza Lubis, M.Pd. Selain itu, kelas pada course tersebut mohon disesuaikan menjadi "
            "MJ-1A Pagi.\n\n"
            "Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.\n\n"
            "Hormat kami,\n\nHendra Gunawan\nStaf Administrasi Unit MKU\nPoliteknik Negeri Batam\n"
            "Jl. Ahmad Yani, Batam Centre, Batam 29461\nTelp. (0778) 469856 ext. 1017\n\n" + DISCLAIMER_ID
        ),
        fields={
            "course_code": "UMU1102",
            "course_name": "Pendidikan Pancasila",
            "changes": {"lecturer": "Dra. Siti Nurhaliza Lubis, M.Pd.", "class": "MJ-1A Pagi"},
        },
    ),
    Mail(
        slug="inline-pesan-asli-under-mohon-bantuannya-nama-baru",
        date="2027-01-11 10:05:51",
        name="Lestari Wulandari",
        addr="lestari.wulandari@polibatam.ac.id",
        subject="TR: ganti nama MK",
        client="outlook",
        type="course_data",
        lang="id",
        body=(
            "Mohon bantuannya ya Pak/Bu.\n\n"
            "Salam,\nLestari\nAdmin Prodi Teknik Mekatronika\n\n"
            "-----Pesan Asli-----\n"
            "Dari: Bambang Sutrisno <bambang.sutrisno@polibatam.ac.id>\n"
            "Dikirim: Senin, 11 Januari 2027 08.47\n"
            "Kepada: Lestari Wulandari <lestari.wulandari@polibatam.ac.id>\n"
            "Subjek: ganti nama MK\n\n"
            "Bu Lestari, tolong sampaikan ke P4M: nama course MKA3204 Sistem Kendali di e-learning diganti jadi "
            "Sistem Kendali Cerdas, sesuai kurikulum baru. Kodenya tetap.\n\n"
            "Makasih,\nBambang"
        ),
        fields={
            "course_code": "MKA3204",
            "course_name": "Sistem Kendali",
            "changes": {"fullname": "Sistem Kendali Cerdas"},
        },
        note="request in an inline forwarded block under a one-line cover",
    ),
    Mail(
        slug="visiting-lecturer-semester-and-new-summary-paragraph",
        date="2027-01-13 16:28:09",
        name="Sarah Whitfield",
        addr="sarah.whitfield.uon@gmail.com",
        subject="Request: update semester & description for GBM4101",
        client="gmail",
        type="course_data",
        lang="en",
        body=(
            "Dear P4M Helpdesk,\n\n"
            "I'm Dr. Sarah Whitfield, visiting lecturer from the University of Newcastle (Australia) under the "
            "international teaching exchange. I have been assigned the course GBM4101 Global Business Management.\n\n"
            "Two things on the Moodle page need updating please:\n\n"
            '1. The semester is shown as "Odd 2026/2027" but the course runs this term; it should be '
            "Even 2026/2027.\n"
            "2. Please replace the course summary with the following text:\n\n"
            "This course examines how firms design and manage operations across borders.\n"
            "Topics include market entry strategies, global supply chains, cross-cultural\n"
            "teams and the regulation of trade in ASEAN.\n"
            "Assessment combines a group case report with an individual reflective essay.\n\n"
            "Many thanks for your help, and apologies if this should have gone through the programme office.\n\n"
            "Best wishes,\nSarah\n\n"
            "Dr. Sarah Whitfield\nVisiting Lecturer, International Business\n"
            "University of Newcastle | Politeknik Negeri Batam exchange 2027"
        ),
        fields={
            "course_code": "GBM4101",
            "course_name": "Global Business Management",
            "changes": {
                "semester": "Even 2026/2027",
                "summary": (
                    "This course examines how firms design and manage operations across borders.\n"
                    "Topics include market entry strategies, global supply chains, cross-cultural\n"
                    "teams and the regulation of trade in ASEAN.\n"
                    "Assessment combines a group case report with an individual reflective essay."
                ),
            },
        },
    ),
    Mail(
        slug="qa-office-sop-style-temuan-ami-seharusnya-bernama",
        date="2027-01-19 13:55:26",
        name="Satuan Penjaminan Mutu Polibatam",
        addr="spm@polibatam.ac.id",
        subject="Tindak Lanjut Temuan AMI 2026 \u2014 Penyesuaian Nama Mata Kuliah pada E-Learning",
        client="zimbra",
        type="course_data",
        lang="id",
        body=(
            "Kepada Yth.\nKoordinator Layanan E-Learning P4M\ndi tempat\n\n"
            "Perihal: Tindak lanjut temuan Audit Mutu Internal (AMI) Tahun 2026\n\n"
            "Dengan hormat,\n\n"
            "Merujuk pada Laporan Hasil AMI Tahun 2026 Nomor 112/PL29/SPM/2026 dan SOP Pengelolaan Kurikulum "
            "(SOP-SPM-04, revisi 3), kami sampaikan hal-hal sebagai berikut:\n\n"
            "1. Ditemukan ketidaksesuaian antara nama mata kuliah pada e-learning dan dokumen kurikulum yang "
            "telah disahkan.\n"
            "2. Mata kuliah dengan kode TRE2106, yang pada e-learning tercatat sebagai Elektronika Dasar II, "
            "berdasarkan dokumen kurikulum yang berlaku seharusnya bernama Elektronika Analog.\n"
            "3. Penyesuaian diharapkan telah selesai sebelum batas waktu tindak lanjut, yaitu 15 Februari 2027, "
            "dan bukti penyesuaian dilaporkan kepada SPM.\n\n"
            "Demikian kami sampaikan. Atas kerja sama yang baik, kami ucapkan terima kasih.\n\n"
            "Hormat kami,\na.n. Kepala Satuan Penjaminan Mutu\nSekretaris SPM\n\n"
            "Ir. Wahyuni Hasibuan, M.T.\nSatuan Penjaminan Mutu (SPM)\nPoliteknik Negeri Batam"
        ),
        fields={
            "course_code": "TRE2106",
            "course_name": "Elektronika Dasar II",
            "changes": {"fullname": "Elektronika Analog"},
        },
        note="the deadline date is not part of the change",
    ),
    Mail(
        slug="samsung-sangat-singkat-sks-yg-bnr",
        date="2027-01-21 21:37:14",
        name="Agus Salim",
        addr="agussalim.tk@gmail.com",
        subject="mhn bantu",
        client="android",
        type="course_data",
        lang="id",
        body=(
            "pak/bu mhn maaf ganggu mlm2, sks MK Jarkom (TK2201) di elearning msh 2, yg bnr 3 sks. tks\n\n"
            "Agus S - dosen TK\n\nDikirim dari ponsel Samsung Galaxy saya"
        ),
        fields={"course_code": "TK2201", "course_name": "Jarkom", "changes": {"credits": "3"}},
    ),
    Mail(
        slug="industry-partner-from-to-and-arrow-with-disclaimer",
        date="2027-01-25 14:12:48",
        name="Kevin Tan Boon Huat",
        addr="kevin.tan@batamindo-precision.co.id",
        subject="Teaching Factory course page \u2013 two small changes",
        client="outlook",
        type="course_data",
        lang="en",
        body=(
            "Good afternoon,\n\n"
            "My name is Kevin Tan, Training Manager at PT Batamindo Precision Works. Together with Politeknik "
            "Negeri Batam we co-deliver the course TFP3301 Teaching Factory Precision Machining, where I am "
            "listed as industry lecturer.\n\n"
            "Could you please make the following changes on the e-learning course:\n"
            "- short name: from TFP-MACH to TEFA-PM-2027\n"
            "- enrolment key: tefa2026 -> TefaPM!27\n\n"
            "The students of the new cohort will join next week, so it would be great if this could be done "
            "before then.\n\n"
            "Kind regards,\n\n"
            "Kevin Tan Boon Huat\nTraining Manager | Human Capital Development\nPT Batamindo Precision Works\n"
            "Jl. Beringin Lot 211, Batamindo Industrial Park, Muka Kuning, Batam 29433\nM: +62 811 7000 123\n\n"
            "This message (including any attachments) is intended only for the use of the individual or entity "
            "to which it is addressed and may contain information that is non-public, proprietary, privileged, "
            "confidential and exempt from disclosure under applicable law. If you are not the intended recipient, "
            "you are hereby notified that any use, dissemination, distribution, or copying of this communication "
            "is strictly prohibited. If you have received this communication in error, please notify us "
            "immediately by reply e-mail and delete this message."
        ),
        fields={
            "course_code": "TFP3301",
            "course_name": "Teaching Factory Precision Machining",
            "changes": {"shortname": "TEFA-PM-2027", "enrolment_key": "TefaPM!27"},
        },
    ),
    Mail(
        slug="yahoo-android-asisten-dosen-kunci-pendaftaran-di-ganti-ke",
        date="2027-02-01 12:26:33",
        name="Salsabila Putri",
        addr="salsa.putri02@yahoo.co.id",
        subject="kunci enrol basdat",
        client="yahoo",
        type="course_data",
        lang="id",
        body=(
            "Siang min, sy asisten dosen Bu Ratna utk mata kuliah Basis Data kelas IF-1B (IF1204). Bu Ratna "
            "minta kunci pendaftaran nya di ganti ke Basdat#2027 krn yg lama sdh kesebar di grup angkatan lain. "
            "Bu Ratna cc di email ini ya min. Makasih bnyak \U0001f64f\n\nDikirim dari Yahoo Mail di Android"
        ),
        cc="Ratna Sari Dewi <ratna.sari@polibatam.ac.id>",
        fields={"course_code": "IF1204", "course_name": "Basis Data", "changes": {"enrolment_key": "Basdat#2027"}},
    ),
    Mail(
        slug="sekretaris-prodi-an-kaprodi-semester-dan-kelas-bullets",
        date="2027-02-02 08:49:17",
        name="Annisa Rahmadani",
        addr="annisa.rahmadani@polibatam.ac.id",
        subject="a.n. Kaprodi D3 Teknik Geomatika - perubahan kelas dan semester MK",
        client="gmail",
        type="course_data",
        lang="id",
        body=(
            "Assalamualaikum wr. wb.\n\n"
            "Yth. Tim P4M,\n\n"
            "Menindaklanjuti arahan Ketua Program Studi D3 Teknik Geomatika (Bapak Dr. Sudirman Nasution, S.T., "
            "M.Sc.), dengan ini kami mohon bantuan perubahan data course GMT2207 Survei Hidrografi di e-learning:\n\n"
            "\u2022 Semester: tolong ubah jadi Genap 2026/2027 (sekarang masih Ganjil 2026/2027)\n"
            "\u2022 Kelas: dari GM-2A saja menjadi GM-2A dan GM-2B\n\n"
            "Perubahan ini sudah disetujui Kaprodi. Jika diperlukan surat resmi, akan kami susulkan.\n\n"
            "Wassalamualaikum wr. wb.\n\n"
            "Annisa Rahmadani\nSekretaris Program Studi D3 Teknik Geomatika\n"
            "Jurusan Teknik Informatika \u2014 Politeknik Negeri Batam"
        ),
        fields={
            "course_code": "GMT2207",
            "course_name": "Survei Hidrografi",
            "changes": {"semester": "Genap 2026/2027", "class": "GM-2A dan GM-2B"},
        },
    ),
]

UTJ_LETTER = [
    "Ref: UTJ/FKE/JP-2027/014                                   2 February 2027",
    "To: Head, P4M (Learning Development and Quality Assurance), Politeknik Negeri Batam",
    "Subject: Change of course title for joint course EEE3104",
    "",
    "Dear Sir/Madam,",
    "The joint course EEE3104 Renewable Energy Systems, delivered together with",
    "Politeknik Negeri Batam, has been revised by our Senate for the 2027 intake.",
    "Kindly amend the course title on your e-learning platform to",
    "Renewable Energy Systems and Grid Integration",
    "with effect from the current semester. The course code and credits remain unchanged.",
    "",
    "Yours faithfully,",
    "Prof. Dr. Azman bin Ismail",
    "Deputy Dean (Academic and International), Faculty of Electrical Engineering",
    "Universiti Teknikal Johor",
]

COURSE_DATA.append(
    Mail(
        slug="pdf-letter-only-partner-university-course-title",
        date="2027-02-03 10:40:05",
        name="Faculty of Electrical Engineering UTJ",
        addr="fke.international@utj.edu.my",
        subject="Official letter: joint course EEE3104",
        client="outlook",
        type="course_data",
        lang="en",
        body=(
            "Dear Sir/Madam,\n\n"
            "Please find attached our official letter regarding the joint course delivered with Politeknik "
            "Negeri Batam.\n\n"
            "Best regards,\n\nNurul Huda binti Rahman\nInternational Office, Faculty of Electrical Engineering\n"
            "Universiti Teknikal Johor\n\n" + DISCLAIMER_SG
        ),
        atts=(
            Att(
                "UTJ-FKE-JP-2027-014.pdf",
                "application/pdf",
                pdf_bytes("Universiti Teknikal Johor - Faculty of Electrical Engineering", UTJ_LETTER),
                "\n".join(UTJ_LETTER),
            ),
        ),
        fields={
            "course_code": "EEE3104",
            "course_name": "Renewable Energy Systems",
            "changes": {"fullname": "Renewable Energy Systems and Grid Integration"},
        },
        note="the request is only in the PDF letter",
    )
)

KRS_DOCX = [
    "PENGUMUMAN",
    "Nomor: 045/PL29/AK/2027",
    "Tentang: Jadwal Pengisian KRS Semester Genap 2026/2027",
    "Diberitahukan kepada seluruh mahasiswa Politeknik Negeri Batam bahwa pengisian Kartu Rencana Studi (KRS) "
    "semester genap 2026/2027 dilaksanakan pada 1-12 Februari 2027 melalui SIAKAD.",
    "Mahasiswa yang belum melunasi UKT tidak dapat mengisi KRS. Konsultasi KRS dilakukan dengan dosen wali "
    "masing-masing.",
    "Batam, 22 Januari 2027",
    "Kepala Bagian Akademik",
    "ttd",
    "Drs. Rahmat Hidayat",
]

IELTS_MEMO = [
    "To: All students and staff",
    "From: Office of International Affairs",
    "Date: 7 January 2027",
    "Title: IELTS Preparation Class - Semester 2 Intake",
    "",
    "The Office of International Affairs is opening a free IELTS preparation class",
    "for students and staff planning to study or teach abroad. Classes run every",
    "Saturday, 09.00-11.30 WIB, starting 23 January 2027 (12 meetings).",
    "Register by 19 January 2027 at the International Office, Gedung Utama lt. 2,",
    "or online at https://international.polibatam.ac.id/ielts2027.",
    "Seats are limited to 40 participants.",
]

WADIR_MSG = Mail(
    slug="inner-wadir-libur-idul-fitri",
    date="2027-02-24 07:12:40",
    name="Dr. Ir. Muhammad Zaini, M.T.",
    addr="wadir1@polibatam.ac.id",
    subject="Pengumuman libur Idul Fitri",
    client="outlook",
    type="other",
    lang="id",
    to="Sinta Maharani <sinta.maharani@polibatam.ac.id>",
    body=(
        "Mbak Sinta,\n\n"
        "Tolong diteruskan ke P4M untuk dipasang di e-learning, supaya mahasiswa dan dosen tahu.\n\n"
        "Judul: Libur Akademik Idul Fitri 1448 H\n"
        "Isi: Kegiatan perkuliahan dan praktikum diliburkan mulai Sabtu, 6 Maret 2027 s.d. Minggu, "
        "14 Maret 2027. Perkuliahan dimulai kembali pada Senin, 15 Maret 2027. Selamat Hari Raya Idul Fitri "
        "1448 H, mohon maaf lahir dan batin.\n\n"
        "Terima kasih.\n\nWadir I"
    ),
)

ANNOUNCEMENTS: list[Mail] = [
    Mail(
        slug="qa-office-sop-surat-pengumuman-survei-situs",
        date="2026-12-14 10:20:31",
        name="Dr. Meiliana Sitorus",
        addr="meiliana.sitorus@polibatam.ac.id",
        subject="Permohonan Penayangan Pengumuman Survei Kepuasan Layanan Akademik 2026",
        client="zimbra",
        type="announcement",
        lang="id",
        body=(
            "Kepada Yth.\nKepala P4M Politeknik Negeri Batam\nc.q. Admin E-Learning\n\n"
            "Dengan hormat,\n\n"
            "Sesuai SOP Survei Kepuasan Pemangku Kepentingan (SOP-SPM-09), Satuan Penjaminan Mutu akan "
            "melaksanakan survei kepuasan layanan akademik bagi seluruh mahasiswa, dosen, dan tenaga "
            "kependidikan. Sehubungan dengan itu, kami mohon bantuan untuk menayangkan pengumuman pada halaman "
            "utama e-learning dengan ketentuan sebagai berikut:\n\n"
            "Judul pengumuman : Survei Kepuasan Layanan Akademik Tahun 2026\n"
            "Waktu tayang     : Senin, 4 Januari 2027 pukul 08.00 WIB\n"
            "Sasaran          : seluruh sivitas akademika\n"
            "Isi pengumuman   :\n"
            "Seluruh mahasiswa, dosen, dan tenaga kependidikan dimohon mengisi survei kepuasan layanan akademik "
            "melalui tautan https://survei.polibatam.ac.id/skla2026 paling lambat 22 Januari 2027.\n\n"
            "Demikian permohonan ini kami sampaikan. Atas kerja samanya kami ucapkan terima kasih.\n\n"
            "Hormat kami,\nKepala Satuan Penjaminan Mutu\n\nDr. Meiliana Sitorus, S.Si., M.Si."
        ),
        fields={
            "title": "Survei Kepuasan Layanan Akademik Tahun 2026",
            "scope": "site",
            "publish_at": "2027-01-04T08:00:00+07:00",
        },
    ),
    Mail(
        slug="partner-guest-lecture-next-monday-9am-course-only",
        date="2027-02-10 14:30:57",
        name="Dr. Priya Nair",
        addr="priya.nair@psa-edu.my",
        subject="Guest lecture for IoT Systems students - announcement on e-learning",
        client="outlook",
        type="announcement",
        lang="en",
        body=(
            "Dear P4M team,\n\n"
            "Following our agreement with the Department of Electrical Engineering, I will deliver a guest lecture "
            "on LoRaWAN deployments for the students of TRE3208 Internet of Things Systems on 19 February 2027.\n\n"
            "Mr. Andi Saputra, the course lecturer, suggested that I ask you to post a short notice on the course "
            "page so that his students can prepare. Could you please publish the following in that course only, "
            "next Monday 9am:\n\n"
            "Guest Lecture: LoRaWAN in Industrial Deployments\n"
            "Students of TRE3208 are invited to a guest lecture by Dr. Priya Nair (Penang Skills Academy) on "
            "Friday 19 February 2027, 13:00-15:00 WIB, in the Auditorium of Gedung Utama. Please read the "
            "pre-reading posted in Week 6 beforehand.\n\n"
            "Thank you very much for your kind assistance, and I look forward to meeting your students.\n\n"
            "Warm regards,\n\nDr. Priya Nair\nSenior Lecturer, Centre for IoT and Embedded Systems\n"
            "Penang Skills Academy, Bayan Lepas, Malaysia\n\n" + DISCLAIMER_SG
        ),
        fields={
            "course_code": "TRE3208",
            "course_name": "Internet of Things Systems",
            "title": "Guest Lecture: LoRaWAN in Industrial Deployments",
            "scope": "course",
            "publish_at": "2027-02-15T09:00:00+07:00",
        },
        note="the lecture date is not the publish time",
    ),
    Mail(
        slug="iphone-besok-jam-7-pagi-hanya-kelas-saya-tanpa-judul",
        date="2026-12-03 21:15:08",
        name="Hotman Simanjuntak",
        addr="hotman.s@polibatam.ac.id",
        subject="Pengumuman kelas",
        client="iphone",
        type="announcement",
        lang="id",
        body=(
            "Malam, tolong bantu pasang pengumuman di course Fisika Terapan (FT1101) besok jam 7 pagi, "
            "hanya untuk kelas saya saja ya, jangan ke semua:\n\n"
            '"Kuliah Fisika Terapan hari Jumat dipindah ke Lab Fisika 2, bawa kalkulator."\n\n'
            "Makasih\nDrs. Hotman Simanjuntak\n\nDikirim dari iPhone saya"
        ),
        fields={
            "course_code": "FT1101",
            "course_name": "Fisika Terapan",
            "scope": "course",
            "publish_at": "2026-12-04T07:00:00+07:00",
        },
    ),
    Mail(
        slug="codeswitch-jumat-ini-pukul-15-quiz-diundur",
        date="2027-03-09 11:00:43",
        name="Rizky Pratama",
        addr="rizky.pratama@polibatam.ac.id",
        subject="Tolong post announcement: Quiz 2 Mikrokontroler diundur",
        client="gmail",
        type="announcement",
        lang="mixed",
        body=(
            "Hi team P4M,\n\n"
            "Bisa tolong post announcement di course Mikrokontroler (TRE2204) Jumat ini pukul 15.00? "
            'Judulnya "Quiz 2 Diundur". Isinya:\n\n'
            "Dear students, Quiz 2 yang semula hari Senin 15 Maret diundur ke Senin 22 Maret 2027, same time, "
            "same room. Materi tetap Bab 4-6.\n\n"
            "Thanks ya!\nRizky Pratama, M.T."
        ),
        fields={
            "course_code": "TRE2204",
            "course_name": "Mikrokontroler",
            "title": "Quiz 2 Diundur",
            "scope": "course",
            "publish_at": "2027-03-12T15:00:00+07:00",
        },
    ),
    Mail(
        slug="thunderbird-tonight-at-8-title-can-be",
        date="2027-01-18 16:40:19",
        name="Oliver Grant",
        addr="oliver.grant@polibatam.ac.id",
        subject="Please post a notice in Data Mining tonight",
        client="thunderbird",
        type="announcement",
        lang="en",
        body=(
            "Hello,\n\n"
            "Could someone please put up an announcement in my course DS3101 Data Mining tonight at 8?\n"
            'The title can be "Project milestone 1 feedback released" and the text:\n\n'
            "Feedback on Project Milestone 1 is now available in the gradebook. Please read the comments\n"
            "before our consultation on Wednesday. Groups that scored below 60 must book a slot with me\n"
            "by Friday.\n\n"
            "Thanks,\n-- \nDr. Oliver Grant\nVisiting Lecturer, Data Science\n"
        ),
        fields={
            "course_code": "DS3101",
            "course_name": "Data Mining",
            "title": "Project milestone 1 feedback released",
            "scope": "course",
            "publish_at": "2027-01-18T20:00:00+07:00",
        },
    ),
    Mail(
        slug="samsung-dinas-makassar-besok-pukul-10-wita",
        date="2026-12-15 06:50:02",
        name="Lisa Marpaung",
        addr="lisa.marpaung@polibatam.ac.id",
        subject="Mohon tayangkan pengumuman MK Hukum Bisnis",
        client="android",
        type="announcement",
        lang="id",
        body=(
            "Selamat pagi Tim P4M,\n"
            "Saya sedang dinas di Makassar sampai Jumat. Mohon bantu tayangkan pengumuman di e-learning MK "
            "Hukum Bisnis (ABT2103) besok pukul 10.00 WITA, dengan judul Perkuliahan Pengganti Minggu ke-12. Isi:\n"
            "Perkuliahan tanggal 17 Desember diganti dengan tugas mandiri. Silakan kerjakan studi kasus di folder "
            "Minggu 12 dan kumpulkan paling lambat 23 Desember 2026 pukul 23.59 WIB.\n"
            "Terima kasih.\n"
            "Dr. Lisa Marpaung, S.H., M.H.\n\nDikirim dari ponsel Samsung Galaxy saya"
        ),
        fields={
            "course_code": "ABT2103",
            "course_name": "Hukum Bisnis",
            "title": "Perkuliahan Pengganti Minggu ke-12",
            "scope": "course",
            "publish_at": "2026-12-16T09:00:00+07:00",
        },
        note="time given in WITA",
    ),
    Mail(
        slug="jayapura-partner-wit-everyone-on-campus",
        date="2027-02-04 09:30:36",
        name="Yohana Wenda",
        addr="yohana.wenda@poltek-youtefa.ac.id",
        subject="Request to share our mobility call on your e-learning front page",
        client="outlook",
        type="announcement",
        lang="en",
        body=(
            "Dear P4M Helpdesk,\n\n"
            "Greetings from Jayapura. As part of the Indonesia East\u2013West Polytechnic Exchange, our institution "
            "is opening applications for a short mobility programme in April 2027, and your International Office "
            "has kindly agreed that the call may be shared with everyone on campus through your e-learning front "
            "page.\n\n"
            "We would appreciate it if the notice below could go live on Monday 8 February at 14:00 WIT (our "
            "local time):\n\n"
            "Call for Applications \u2013 East\u2013West Polytechnic Short Mobility 2027\n"
            "Students and lecturers of Politeknik Negeri Batam are invited to apply for a two-week mobility "
            "programme at Politeknik Teluk Youtefa, Jayapura, from 5 to 16 April 2027. Applications close on "
            "1 March 2027. Details: https://international.polibatam.ac.id/eastwest2027\n\n"
            "Thank you in advance for your support.\n\n"
            "Yours sincerely,\n\nYohana Wenda, S.Sos., M.A.\nHead, International Cooperation Office\n"
            "Politeknik Teluk Youtefa, Jayapura, Papua\n\n" + DISCLAIMER_SG
        ),
        fields={
            "title": "Call for Applications \u2013 East\u2013West Polytechnic Short Mobility 2027",
            "scope": "site",
            "publish_at": "2027-02-08T12:00:00+07:00",
        },
        note="time given in WIT",
    ),
    Mail(
        slug="docx-pengumuman-krs-halaman-depan",
        date="2027-01-22 13:10:27",
        name="Putri Handayani",
        addr="putri.handayani@polibatam.ac.id",
        subject="Mohon dipublikasikan",
        client="gmail",
        type="announcement",
        lang="id",
        body=(
            "Yth. Admin e-learning,\n\n"
            "Mohon bantuan untuk mempublikasikan pengumuman terlampir di halaman depan e-learning.\n\n"
            "Terima kasih.\n\nSalam,\nPutri Handayani\nBagian Akademik dan Kemahasiswaan"
        ),
        atts=(
            Att(
                "Pengumuman KRS Genap 2026-2027.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx_bytes(KRS_DOCX, "Pengumuman KRS"),
                "\n".join(KRS_DOCX),
            ),
        ),
        fields={"title": "Jadwal Pengisian KRS Semester Genap 2026/2027", "scope": "site"},
        note="announcement text only in the DOCX",
    ),
    Mail(
        slug="pdf-memo-international-office-date-with-year",
        date="2027-01-07 15:22:14",
        name="Nadia Safitri",
        addr="nadia.safitri@polibatam.ac.id",
        subject="Site announcement - IELTS class memo",
        client="outlook",
        type="announcement",
        lang="en",
        body=(
            "Dear Helpdesk team,\n\n"
            "Attached is a memo from the Office of International Affairs. We would like its content posted as a "
            "site announcement on e-learning on 12 January 2027 at 07:30. The title is in the memo.\n\n"
            "Regards,\nNadia Safitri\nOffice of International Affairs\nPoliteknik Negeri Batam"
        ),
        atts=(
            Att(
                "Memo-OIA-IELTS-2027.pdf", "application/pdf", pdf_bytes("MEMORANDUM", IELTS_MEMO), "\n".join(IELTS_MEMO)
            ),
        ),
        fields={
            "title": "IELTS Preparation Class - Semester 2 Intake",
            "scope": "site",
            "publish_at": "2027-01-12T07:30:00+07:00",
        },
    ),
    Mail(
        slug="forwarded-rfc822-wadir-untuk-seluruh-civitas",
        date="2027-02-24 09:41:50",
        name="Sinta Maharani",
        addr="sinta.maharani@polibatam.ac.id",
        subject="FW: Pengumuman libur Idul Fitri",
        client="outlook",
        type="announcement",
        lang="id",
        body=(
            "Selamat pagi,\n\n"
            "Mohon ditayangkan untuk seluruh civitas ya, pesan dari Pak Wadir I terlampir. Kalau bisa tayang "
            "Senin, 1 Maret pukul 07.00.\n\n"
            "Terima kasih,\nSinta Maharani\nSekretariat Wakil Direktur Bidang Akademik"
        ),
        atts=(Att("Pengumuman libur Idul Fitri.eml", "message/rfc822", inner=WADIR_MSG),),
        fields={
            "title": "Libur Akademik Idul Fitri 1448 H",
            "scope": "site",
            "publish_at": "2027-03-01T07:00:00+07:00",
        },
        note="announcement text inside a message/rfc822 attachment",
    ),
    Mail(
        slug="iphone-codeswitch-tgl-tanpa-tahun-title-english",
        date="2026-12-28 20:03:11",
        name="Bayu Aji",
        addr="bayu.aji@polibatam.ac.id",
        subject="announcement MK Etika Profesi",
        client="iphone",
        type="announcement",
        lang="mixed",
        body=(
            "Hi P4M, pls post announcement di course Etika Profesi (IF4102) tgl 3/2 jam 13.00 ya: "
            '"Kelas pertama semester genap online via Zoom, link menyusul di forum." Title: First Meeting Online. '
            "Thx!\n\nSent from my iPhone"
        ),
        fields={
            "course_code": "IF4102",
            "course_name": "Etika Profesi",
            "title": "First Meeting Online",
            "scope": "course",
            "publish_at": "2027-02-03T13:00:00+07:00",
        },
        note="day-first date without a year",
    ),
    Mail(
        slug="outlook-html-jadwal-tabel-segera-dengan-judul-tenggat-bukan-tayang",
        date="2026-12-07 08:30:25",
        name="Bagian Kepegawaian Polibatam",
        addr="kepegawaian@polibatam.ac.id",
        subject="Mohon ditayangkan: pelatihan RPS OBE gelombang II",
        client="outlook",
        type="announcement",
        lang="id",
        body="",
        html=outlook_wrap(
            '<p class="MsoNormal">Yth. Tim Helpdesk P4M,<br>\n<br>\n'
            "Mohon bantuan untuk segera menayangkan pengumuman di beranda e-learning dengan judul "
            "<b>Pelatihan Penyusunan RPS Berbasis OBE Gelombang II</b>, yang ditujukan bagi seluruh dosen "
            "Politeknik Negeri Batam.<br>\n<br>\nIsi pengumuman:<br>\n"
            "Dalam rangka persiapan akreditasi, seluruh dosen diundang mengikuti pelatihan penyusunan RPS "
            "berbasis Outcome-Based Education dengan jadwal sebagai berikut:<o:p></o:p></p>\n"
            '<table class="p4m" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n'
            '<tr><td><p class="MsoNormal"><b>Tanggal</b></p></td><td><p class="MsoNormal"><b>Waktu</b></p></td>'
            '<td><p class="MsoNormal"><b>Tempat</b></p></td></tr>\n'
            '<tr><td><p class="MsoNormal">Rabu, 16 Desember 2026</p></td>'
            '<td><p class="MsoNormal">08.00&#8211;12.00 WIB</p></td>'
            '<td><p class="MsoNormal">Ruang Rapat Gedung Utama lt. 4</p></td></tr>\n'
            '<tr><td><p class="MsoNormal">Kamis, 17 Desember 2026</p></td>'
            '<td><p class="MsoNormal">13.00&#8211;16.00 WIB</p></td>'
            '<td><p class="MsoNormal">Lab Komputer TI 3</p></td></tr>\n'
            "</table>\n"
            '<p class="MsoNormal">Pendaftaran paling lambat Jumat, 11 Desember 2026 pukul 16.00 WIB melalui '
            '<a href="https://bit.ly/rps-obe-2">bit.ly/rps-obe-2</a>.<br>\n<br>\n'
            "Terima kasih atas kerja samanya.<br>\n<br>\nSalam,<br>\nNovi Yanti<br>\n"
            "Bagian Kepegawaian dan Umum<br>\nPoliteknik Negeri Batam<o:p></o:p></p>"
        ),
        fields={"title": "Pelatihan Penyusunan RPS Berbasis OBE Gelombang II", "scope": "site"},
        note="dates in the table and the registration deadline are not a publish time",
    ),
    Mail(
        slug="bottom-posted-reply-under-quote-3rd-of-march",
        date="2027-02-25 10:05:39",
        name="James O'Connell",
        addr="james.oconnell@polibatam.ac.id",
        subject="Re: Your request [P4M-2027-0188]",
        client="thunderbird",
        type="announcement",
        lang="en",
        reply_to_id="<p4m-2027-0188.ack@polibatam.ac.id>",
        body=(
            "On 25/02/2027 09:12, Helpdesk P4M wrote:\n"
            "> Dear Sir/Madam,\n"
            ">\n"
            "> We have received your message. To publish the announcement we need the\n"
            "> course and the text. Please reply to this e-mail.\n"
            ">\n"
            "> Kind regards,\n"
            "> Helpdesk P4M\n\n"
            "Sure. The course is ME2105 Engineering Drawing, my section only. Please publish it on the 3rd of\n"
            'March at 7.30 am, title "Drawing Kit Check":\n\n'
            "All students must bring a complete drawing kit (A3 board, T-square, set squares, compass) to the\n"
            "studio session on 4 March. Students without a kit will not be allowed to take the practical test.\n\n"
            "Best,\nJames\n\n-- \nJames O'Connell\nAdjunct Lecturer, Mechanical Engineering\n"
        ),
        fields={
            "course_code": "ME2105",
            "course_name": "Engineering Drawing",
            "title": "Drawing Kit Check",
            "scope": "course",
            "publish_at": "2027-03-03T07:30:00+07:00",
        },
        note="bottom-posted reply: the new text is under the quote",
    ),
    Mail(
        slug="an-kaprodi-proyek-akhir-lusa-pukul-9",
        date="2027-03-15 10:00:06",
        name="Yulia Safitri",
        addr="yulia.safitri@polibatam.ac.id",
        subject="Pengumuman Proyek Akhir - a.n. Kaprodi TRPL",
        client="gmail",
        type="announcement",
        lang="id",
        body=(
            "Selamat siang,\n\n"
            "Atas nama Kaprodi TRPL, kami mohon dipasangkan pengumuman di course Proyek Akhir (RPL6101) lusa "
            "pukul 09.00. Judul: Batas Unggah Proposal Proyek Akhir.\n"
            "Isi:\n"
            "Mahasiswa semester 6 wajib mengunggah proposal proyek akhir di course ini paling lambat Jumat, "
            "26 Maret 2027 pukul 23.59 WIB. Format proposal mengikuti template terbaru di bagian Dokumen.\n\n"
            "Terima kasih,\nYulia Safitri\nSekretaris Prodi TRPL (a.n. Kaprodi)"
        ),
        fields={
            "course_code": "RPL6101",
            "course_name": "Proyek Akhir",
            "title": "Batas Unggah Proposal Proyek Akhir",
            "scope": "course",
            "publish_at": "2027-03-17T09:00:00+07:00",
        },
    ),
    Mail(
        slug="upt-tik-codeswitch-maintenance-sabtu-malam-publish-besok-pagi",
        date="2026-12-16 15:34:48",
        name="Dimas Aryo",
        addr="dimas.aryo@polibatam.ac.id",
        subject="Info maintenance SSO - minta tolong diumumkan",
        client="gmail",
        type="announcement",
        lang="mixed",
        body=(
            "Hi P4M,\n\n"
            "From UPT TIK here. Kami ada scheduled maintenance server SSO hari Sabtu malam jam 9 sampai Minggu "
            "dini hari, jadi login ke e-learning, SIAKAD dan email bakal down beberapa jam. Pengumumannya tolong "
            "di-publish besok pagi jam 8 so that everyone on campus gets the heads-up. Suggested title: "
            "SSO Maintenance 19 December.\n\n"
            "Text-nya kira-kira:\n"
            "Layanan SSO (e-learning, SIAKAD, email) tidak dapat diakses pada Sabtu, 19 Desember 2026 pukul "
            "21.00 WIB s.d. Minggu, 20 Desember 2026 pukul 03.00 WIB karena pemeliharaan server.\n\n"
            "Thanks!\nDimas - UPT TIK"
        ),
        fields={
            "title": "SSO Maintenance 19 December",
            "scope": "site",
            "publish_at": "2026-12-17T08:00:00+07:00",
        },
        note="the maintenance time is not the publish time",
    ),
    Mail(
        slug="outlookcom-reminder-due-date-no-title-no-time",
        date="2026-11-30 19:05:33",
        name="Grace Lee",
        addr="grace.lee.lecturer@outlook.com",
        subject="Reminder for my LOG3203 students",
        client="outlook",
        type="announcement",
        lang="en",
        body=(
            "Hello,\n\n"
            "Please post this in my Supply Chain Analytics class (LOG3203) as soon as you can:\n\n"
            "Reminder: the group report is due on Friday 11 December at 17:00. Late submissions lose 10% per day.\n\n"
            "Thank you!\nGrace Lee\nPart-time lecturer, Logistics Management"
        ),
        fields={"course_code": "LOG3203", "course_name": "Supply Chain Analytics", "scope": "course"},
        note="the due date is not a publish time; no title given",
    ),
]

SUPPORT: list[Mail] = [
    Mail(
        slug="yahoo-phone-mahasiswa-autocorrect-pasword-salah-trus",
        date="2026-12-05 23:48:10",
        name="Riko Firmansyah",
        addr="rikofirman_21@yahoo.co.id",
        subject="gabisa login",
        client="yahoo",
        type="elearning_support",
        lang="id",
        body=(
            "Permisi kak admin, sy mahasiswa Teknik Elektro angkatan 2025 NIM 3312501047. Sy ga bisa masuk "
            "elearing dari tadi sore, pasword salah trus pdhl sdh sy reset lewat lupa kata sandi tapi email "
            "resetnya ga masuk2. Besok ada kuis di elearning kak, mohon bantuannya sgt pnting \U0001f62d\U0001f62d\n\n"
            "Dikirim dari Yahoo Mail di Android"
        ),
    ),
    Mail(
        slug="exchange-student-formal-long-cannot-see-enrolled-courses",
        date="2027-02-08 09:14:55",
        name="Hiroshi Tanaka",
        addr="h.tanaka.exchange@gmail.com",
        subject="Unable to access my courses on the e-learning platform (exchange student)",
        client="gmail",
        type="elearning_support",
        lang="en",
        body=(
            "Dear Sir or Madam,\n\n"
            "My name is Hiroshi Tanaka and I am an exchange student from the National Institute of Technology, "
            "Kumamoto College, spending the even semester 2026/2027 at Politeknik Negeri Batam in the Department "
            "of Electrical Engineering.\n\n"
            "I received my campus account last week and I am able to log in to the e-learning site. However, my "
            "dashboard is completely empty. According to the study plan approved by my academic advisor, "
            "Mr. Andi Saputra, I should be enrolled in four courses, including Power Systems Analysis and "
            "Internet of Things Systems. Classes started today and the lecturers have already posted materials "
            "that my classmates can see.\n\n"
            "I would be very grateful if you could check my account (username: 4312601901) and let me know "
            "whether anything else is required from my side. I have attached nothing because I was not sure "
            "which documents you need; I can send my letter of acceptance if necessary.\n\n"
            "Thank you very much for your time and help.\n\n"
            "Yours faithfully,\n\nHiroshi Tanaka\nExchange Student, Department of Electrical Engineering\n"
            "National Institute of Technology, Kumamoto College (Japan)"
        ),
    ),
    Mail(
        slug="iphone-codeswitch-quiz-timer-habis-sebelum-submit",
        date="2026-12-10 10:32:47",
        name="Nabila Zahra",
        addr="nabila.zahra@students.polibatam.ac.id",
        subject="Quiz error",
        client="iphone",
        type="elearning_support",
        lang="mixed",
        body=(
            "Halo kak, tadi aku ngerjain quiz Akuntansi Biaya di elearning, tp pas klik submit loading lama bgt "
            "trus tiba2 time's up dan jawaban aku ke-reset semua. Attempt nya udah kepakai jadi gabisa ngulang. "
            "Is there any way to restore it? Tolong ya kak, nilai quiz ini 20%.\n\n"
            "Nabila - AK 2B\n\nSent from my iPhone"
        ),
    ),
    Mail(
        slug="reply-to-auto-reply-new-support-request",
        date="2027-01-04 08:22:30",
        name="Teguh Santoso",
        addr="teguh.santoso@polibatam.ac.id",
        subject="Re: Balasan Otomatis: Libur akhir tahun P4M",
        client="outlook",
        type="elearning_support",
        lang="id",
        reply_to_id="<autoreply-20261228@polibatam.ac.id>",
        body=(
            "Selamat pagi, sepertinya layanan sudah buka lagi hari ini jadi saya lanjutkan di sini.\n\n"
            "Course saya Mekanika Teknik (TM1203) tidak bisa dibuka mahasiswa sejak kemarin, muncul tulisan "
            "\u201cThis course is currently unavailable to students\u201d. Padahal perkuliahan mulai hari ini. "
            "Mohon dicek ya.\n\n"
            "Salam,\nTeguh Santoso\nJurusan Teknik Mesin\n\n"
            "________________________________\n"
            "Dari: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\n"
            "Dikirim: Senin, 28 Desember 2026 09.01\n"
            "Kepada: Teguh Santoso <teguh.santoso@polibatam.ac.id>\n"
            "Subjek: Balasan Otomatis: Libur akhir tahun P4M\n\n"
            "Terima kasih atas e-mail Anda. Layanan P4M libur akhir tahun hingga 3 Januari 2027. "
            "Pesan Anda akan kami tanggapi setelah layanan dibuka kembali."
        ),
        note="a reply to the helpdesk's auto-reply that carries a new request",
    ),
    Mail(
        slug="outlook-html-industry-guest-lecturer-account-table",
        date="2027-01-27 13:45:20",
        name="Michael Hartanto",
        addr="michael.hartanto@indoautomasi.co.id",
        subject="Guest lecturer access to e-learning not working",
        client="outlook",
        type="elearning_support",
        lang="en",
        body="",
        html=outlook_wrap(
            '<p class="MsoNormal">Dear P4M Helpdesk,<br>\n<br>\n'
            "I have been invited as a guest lecturer (practitioner) for the Industrial Automation course this "
            "semester. The department created an account for me, but I cannot log in. Details below:<o:p></o:p></p>\n"
            '<table class="p4m" border="1" cellspacing="0" cellpadding="0">\n'
            '<tr><td><p class="MsoNormal">Username</p></td><td><p class="MsoNormal">guest.mhartanto</p></td></tr>\n'
            '<tr><td><p class="MsoNormal">Browser</p></td><td><p class="MsoNormal">Edge 131 / Windows 11</p></td></tr>\n'
            '<tr><td><p class="MsoNormal">Error</p></td><td><p class="MsoNormal">'
            "Invalid login, please try again</p></td></tr>\n"
            '<tr><td><p class="MsoNormal">Tried</p></td><td><p class="MsoNormal">Password reset twice, '
            "incognito window, mobile app</p></td></tr>\n"
            "</table>\n"
            '<p class="MsoNormal"><br>\nMy first session is on Monday, so I would appreciate your help before '
            "then.<br>\n<br>\nBest regards,<br>\n<b>Michael Hartanto</b><br>\nSenior Automation Engineer<br>\n"
            "PT Indo Automasi Batam<br>\n<br>\n"
            '<span style="font-size:8.0pt;color:gray">This e-mail may contain confidential information. If you '
            "are not the intended recipient, please delete it and notify the sender.</span><o:p></o:p></p>"
        ),
    ),
    Mail(
        slug="dosen-batas-ukuran-upload-tugas-video",
        date="2026-12-18 14:02:51",
        name="Ratna Sari Dewi",
        addr="ratna.sari@polibatam.ac.id",
        subject="Mahasiswa tidak bisa unggah video tugas",
        client="zimbra",
        type="elearning_support",
        lang="id",
        body=(
            "Selamat siang Tim P4M,\n\n"
            "Di course Desain Multimedia, tugas akhir mahasiswa berupa video berdurasi 3-5 menit. Banyak "
            'mahasiswa melapor gagal mengunggah karena muncul pesan "The file is too large". Di pengaturan '
            "tugas, batas maksimal yang bisa saya pilih hanya 50 MB. Apakah batas ini bisa dinaikkan menjadi "
            "sekitar 200 MB untuk tugas ini saja? Tenggat tugasnya 23 Desember.\n\n"
            "Terima kasih,\nRatna Sari Dewi, S.Ds., M.Sn."
        ),
    ),
    Mail(
        slug="forwarded-inline-student-gradebook-totals-wrong",
        date="2027-03-02 11:27:36",
        name="Diana Putri",
        addr="diana.putri@polibatam.ac.id",
        subject="Fwd: gradebook total",
        client="gmail",
        type="elearning_support",
        lang="en",
        body=(
            "Hi helpdesk,\n\n"
            "Forwarding this from one of my students. I checked and she is right: the course total in the "
            "gradebook for Business English 2 ignores the weighting I set (quizzes 30%, project 70%) and just "
            "adds the raw points. Could you take a look at the gradebook setup?\n\n"
            "Thanks,\nDiana\n\n"
            "---------- Forwarded message ---------\n"
            "From: Cindy Aurelia <cindy.aurelia@students.polibatam.ac.id>\n"
            "Date: Tue, Mar 2, 2027 at 8:05 AM\n"
            "Subject: gradebook total\n"
            "To: Diana Putri <diana.putri@polibatam.ac.id>\n\n\n"
            "Good morning Ma'am, my total in the gradebook shows 142 out of 100, I think something is wrong "
            "with the calculation. Thank you.\n\nCindy"
        ),
    ),
    Mail(
        slug="mahasiswa-pindah-kelas-belum-masuk-course-codeswitch",
        date="2027-02-09 19:11:02",
        name="Fajar Nugroho",
        addr="fajarnugroho.tm@gmail.com",
        subject="Belum masuk course setelah pindah kelas",
        client="gmail",
        type="elearning_support",
        lang="mixed",
        body=(
            "Selamat malam admin,\n\n"
            "Saya Fajar Nugroho, NIM 4212401033. Semester ini saya pindah dari kelas TM-2A ke kelas TM-2C "
            "(sudah disetujui prodi), tapi di elearning saya masih ter-enrol di course kelas lama dan belum "
            "masuk ke course Termodinamika kelas TM-2C. The lecturer said I should contact P4M. Could you "
            "please add me to the new class? Terima kasih banyak.\n\n"
            "Fajar"
        ),
    ),
    Mail(
        slug="lecturer-codeswitch-course-hilang-dari-dashboard",
        date="2027-01-06 07:36:18",
        name="Irfan Hakim",
        addr="irfan.hakim@polibatam.ac.id",
        subject="course saya hilang??",
        client="android",
        type="elearning_support",
        lang="mixed",
        body=(
            "Pagi, kindly help: semua course semester ganjil saya masih ada, tapi course semester genap "
            "(Jaringan Nirkabel & Keamanan Jaringan) tidak muncul di dashboard, padahal kemarin masih ada. "
            "Udah coba logout-login, same result. Kuliah jam 10 pagi ini.\n\n"
            "Irfan Hakim\n\nDikirim dari ponsel Samsung Galaxy saya"
        ),
    ),
    Mail(
        slug="tanya-cara-ganti-enrolment-key-sendiri",
        date="2027-02-15 13:20:44",
        name="Maya Anggraeni",
        addr="maya.anggraeni@polibatam.ac.id",
        subject="Cara mengganti enrolment key sendiri?",
        client="gmail",
        type="elearning_support",
        lang="id",
        body=(
            "Selamat siang,\n\n"
            "Saya dosen baru di Prodi Logistik. Saya ingin mengganti enrolment key course Manajemen Pergudangan "
            "saya secara berkala tiap semester, tapi tidak menemukan menunya. Bagaimana caranya mengganti sendiri "
            "dari akun dosen? Apakah ada panduannya? Saya tidak minta diganti sekarang, hanya ingin tahu caranya.\n\n"
            "Terima kasih,\nMaya Anggraeni, S.T., M.Log."
        ),
        note="asks how to do it herself; no change requested",
    ),
    Mail(
        slug="how-do-i-schedule-an-announcement-myself",
        date="2027-03-04 16:12:09",
        name="Daniel Sihombing",
        addr="daniel.sihombing@polibatam.ac.id",
        subject="How do I schedule a forum post for later?",
        client="thunderbird",
        type="elearning_support",
        lang="en",
        body=(
            "Hi,\n\n"
            "Quick question: in the Announcements forum of my course I'd like to write a post now but have it\n"
            'appear next Monday at 7 am. I can\'t find a "publish later" option. Is there a setting I need to\n'
            "enable, or is this something only you can do? I'd rather learn to do it myself.\n\n"
            "Thanks,\nDaniel\n"
        ),
        note="asks how to schedule a post; not a request to publish",
    ),
]

DOCUMENTS: list[Mail] = [
    Mail(
        slug="qa-unit-prodi-minta-sop-pengendalian-dokumen",
        date="2026-12-08 09:05:12",
        name="Unit Penjaminan Mutu Jurusan Teknik Elektro",
        addr="upm.elektro@polibatam.ac.id",
        subject="Permohonan Dokumen SOP Pengendalian Dokumen dan Rekaman",
        client="zimbra",
        type="document_request",
        lang="id",
        body=(
            "Kepada Yth.\nKepala P4M\nPoliteknik Negeri Batam\n\n"
            "Dengan hormat,\n\n"
            "Dalam rangka persiapan Audit Mutu Internal siklus 2027, Unit Penjaminan Mutu Jurusan Teknik Elektro "
            "memerlukan dokumen-dokumen berikut dalam versi terkendali terbaru:\n\n"
            "1. SOP Pengendalian Dokumen dan Rekaman;\n"
            "2. Formulir Daftar Induk Dokumen;\n"
            "3. Formulir Usulan Perubahan Dokumen.\n\n"
            "Dokumen tersebut akan digunakan sebagai acuan penataan dokumen mutu di tingkat jurusan. Mohon "
            "dikirimkan dalam format PDF dan, bila memungkinkan, format yang dapat disunting.\n\n"
            "Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\n"
            "Hormat kami,\nKoordinator UPM Jurusan Teknik Elektro\n\nSiti Maryam, S.T., M.Eng."
        ),
    ),
    Mail(
        slug="partner-university-benchmarking-quality-manual-long",
        date="2027-01-14 10:48:30",
        name="Dr. Nguyen Thi Lan",
        addr="lan.nguyen@hcmtc.edu.vn",
        subject="Request for quality assurance documents - benchmarking under our MoU",
        client="outlook",
        type="document_request",
        lang="en",
        body=(
            "Dear Head of P4M,\n\n"
            "Greetings from Ho Chi Minh City Technical College. Under the Memorandum of Understanding signed "
            "between our institutions in 2025, our Quality Assurance Centre is conducting a benchmarking study of "
            "internal quality assurance systems in ASEAN polytechnics, in preparation for our AUN-QA institutional "
            "assessment.\n\n"
            "We would be most grateful if you could share the following documents, in English where available:\n"
            "- your Quality Manual (Manual Mutu) currently in force;\n"
            "- the procedure for internal quality audits;\n"
            "- the template used for the evaluation of teaching by students.\n\n"
            "The documents will be used solely for the purpose of this study and will not be distributed beyond "
            "our Quality Assurance Centre. We would, of course, be happy to share our own documents in return.\n\n"
            "With warm regards and thanks for your continued cooperation,\n\n"
            "Dr. Nguyen Thi Lan\nDirector, Quality Assurance Centre\nHo Chi Minh City Technical College\n"
            "Tel: +84 28 3896 1234\n\n" + DISCLAIMER_SG
        ),
    ),
    Mail(
        slug="iphone-dosen-minta-template-rps-dan-bap",
        date="2027-02-12 06:41:35",
        name="Eko Wahyudi",
        addr="eko.wahyudi@polibatam.ac.id",
        subject="Template RPS",
        client="iphone",
        type="document_request",
        lang="id",
        body=(
            "Pagi Tim P4M, boleh minta template RPS yg terbaru (yg OBE) dan format BAP perkuliahan? File yg "
            "saya punya masih versi 2023. Dikirim ke email ini saja. Trmksh\n\nDikirim dari iPhone saya"
        ),
    ),
    Mail(
        slug="auditor-codeswitch-formulir-monitoring-perkuliahan",
        date="2026-12-21 15:55:04",
        name="Yanti Marlina",
        addr="yanti.marlina@polibatam.ac.id",
        subject="Request formulir monitoring perkuliahan",
        client="gmail",
        type="document_request",
        lang="mixed",
        body=(
            "Dear P4M,\n\n"
            "Saya ditunjuk sebagai auditor internal untuk Prodi Akuntansi Manajerial. Could you send me the "
            "latest version of formulir monitoring perkuliahan dan checklist audit pembelajaran daring? "
            "Mau saya pakai minggu depan.\n\n"
            "Thank you,\nYanti"
        ),
    ),
    Mail(
        slug="an-kaprodi-minta-instrumen-ami-dan-borang",
        date="2027-01-28 08:58:47",
        name="Rahmi Yulianti",
        addr="rahmi.yulianti@polibatam.ac.id",
        subject="a.n. Kaprodi Teknik Mesin - permintaan instrumen AMI",
        client="outlook",
        type="document_request",
        lang="id",
        body=(
            "Yth. Tim P4M,\n\n"
            "Atas nama Ketua Program Studi Teknik Mesin, kami mohon dikirimkan instrumen Audit Mutu Internal "
            "(AMI) tahun 2027 beserta borang evaluasi diri prodi yang berlaku, untuk persiapan rapat tinjauan "
            "manajemen tanggal 10 Februari 2027.\n\n"
            "Terima kasih atas bantuannya.\n\n"
            "Salam,\nRahmi Yulianti\nSekretaris Prodi Teknik Mesin\n\n" + DISCLAIMER_ID
        ),
    ),
    Mail(
        slug="industry-partner-tefa-logbook-template",
        date="2027-03-08 10:15:27",
        name="Stefanie Wong",
        addr="stefanie.wong@batamindo-precision.co.id",
        subject="Teaching Factory logbook template",
        client="outlook",
        type="document_request",
        lang="en",
        body=(
            "Good morning,\n\n"
            "We are preparing to receive the next group of Teaching Factory students at our plant. Our "
            "supervisors were told that P4M maintains the official logbook template and the assessment rubric "
            "for industry supervisors. Could you kindly send us the current versions of both documents?\n\n"
            "Kind regards,\n\nStefanie Wong\nHR Executive, Talent Development\nPT Batamindo Precision Works"
        ),
    ),
]

OTHER: list[Mail] = [
    Mail(
        slug="terima-kasih-nama-mk-sudah-berubah",
        date="2027-01-12 09:18:03",
        name="Bambang Sutrisno",
        addr="bambang.sutrisno@polibatam.ac.id",
        subject="Re: [P4M-2027-0052] TR: ganti nama MK",
        client="gmail",
        type="other",
        lang="id",
        reply_to_id="<p4m-2027-0052.done@polibatam.ac.id>",
        body=(
            "Terima kasih banyak Tim P4M, sudah saya cek dan nama course-nya sudah berubah jadi Sistem Kendali "
            "Cerdas. Cepat sekali prosesnya. Sukses selalu!\n\n"
            "Salam,\nBambang\n\n"
            "Pada Sel, 12 Jan 2027 pukul 08.55 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nmenulis:\n\n"
            "> Yth. Bapak Bambang Sutrisno,\n"
            ">\n"
            "> Perubahan nama mata kuliah MKA3204 telah kami terapkan di e-learning.\n"
            "> Tiket ini kami tutup. Balas e-mail ini bila masih ada yang perlu dibantu.\n"
            ">\n"
            "> Salam,\n> Helpdesk P4M\n"
        ),
        note="thanks for a change already made",
    ),
    Mail(
        slug="complaint-announcement-not-posted-slow-response",
        date="2027-02-17 17:52:26",
        name="Oliver Grant",
        addr="oliver.grant@polibatam.ac.id",
        subject="Disappointed with response times",
        client="thunderbird",
        type="other",
        lang="en",
        body=(
            "Hello,\n\n"
            "I want to register my frustration. Twice this semester I have asked for announcements to be\n"
            "posted and both times I had to chase you before anything happened. My students rely on these\n"
            "notices. I am not asking for anything to be posted now; I simply think the unit should review how\n"
            "requests from teaching staff are handled, and I would appreciate a reply from the head of P4M.\n\n"
            "Regards,\n-- \nDr. Oliver Grant\nVisiting Lecturer, Data Science\n"
        ),
        note="complaint; no request to publish",
    ),
    Mail(
        slug="rencana-mungkin-ganti-nama-mk-semester-depan",
        date="2027-03-03 14:40:11",
        name="Wahyu Hidayat",
        addr="wahyu.hidayat@polibatam.ac.id",
        subject="Rencana perubahan nama MK tahun depan",
        client="zimbra",
        type="other",
        lang="id",
        body=(
            "Selamat siang Tim P4M,\n\n"
            "Sekadar informasi awal: prodi kami sedang membahas peninjauan kurikulum, dan kemungkinan besar mata "
            "kuliah Pemrograman Berorientasi Objek (IF2203) akan berganti nama menjadi Rekayasa Perangkat Lunak "
            "Berorientasi Objek mulai tahun akademik 2027/2028. Belum ada keputusan resmi, jadi mohon jangan "
            "diubah dulu. Nanti setelah SK terbit akan saya kabari lagi.\n\n"
            "Terima kasih,\nWahyu Hidayat\nKoordinator Kurikulum Prodi Teknik Informatika"
        ),
        note="a hedged plan; nothing to change yet",
    ),
    Mail(
        slug="vendor-offer-moodle-proctoring-plugin",
        date="2026-12-22 11:03:59",
        name="Aaron Mitchell",
        addr="aaron.mitchell@proctorwise.example.com",
        subject="Exclusive offer: AI proctoring for your Moodle quizzes",
        client="outlook",
        type="other",
        lang="en",
        body=(
            "Dear e-learning team,\n\n"
            "Universities across Southeast Asia are using ProctorWise to secure online exams on Moodle. Our "
            "plugin installs in minutes, works with Moodle 4.x and 5.x, and offers AI-based webcam monitoring, "
            "browser lockdown and detailed integrity reports.\n\n"
            "For a limited time we are offering Indonesian polytechnics a free 60-day pilot for up to 500 "
            "students. Would you be available for a 20-minute demo next week?\n\n"
            "Best regards,\nAaron Mitchell\nRegional Partnerships Manager, ProctorWise APAC\n\n"
            "If you no longer wish to receive e-mails from us, reply STOP."
        ),
    ),
    Mail(
        slug="codeswitch-pelatihan-dosen-baru-question",
        date="2027-02-22 10:26:41",
        name="Clara Simatupang",
        addr="clara.simatupang@polibatam.ac.id",
        subject="Pelatihan e-learning untuk dosen baru?",
        client="gmail",
        type="other",
        lang="mixed",
        body=(
            "Halo P4M,\n\n"
            "Saya dosen baru di Jurusan Manajemen Bisnis, mulai mengajar bulan ini menggantikan Pak Hendro. "
            "Is there any training for new lecturers on using the e-learning and penyusunan RPS? Kalau ada, "
            "kapan jadwal berikutnya dan bagaimana cara daftarnya?\n\n"
            "Thanks,\nClara Simatupang, M.M."
        ),
        note="question about a training; mentions a lecturer replacement but asks for no change",
    ),
    Mail(
        slug="mahasiswa-salah-alamat-tanya-ukt-dan-krs",
        date="2027-01-26 22:14:37",
        name="Dinda Lestari",
        addr="dindalestari.ak@gmail.com",
        subject="UKT belum terverifikasi",
        client="android",
        type="other",
        lang="id",
        body=(
            "Selamat malam, saya Dinda mahasiswa Akuntansi NIM 3302301122. Saya sudah bayar UKT tanggal 20 "
            "Januari lewat BNI tapi di SIAKAD statusnya masih belum lunas, jadi tidak bisa isi KRS. Batas KRS "
            "tanggal 12 Februari. Mohon bantuannya bagaimana ya?\n\n"
            "Dikirim dari ponsel Samsung Galaxy saya"
        ),
        note="misdirected: payment and study-plan matter for the academic office",
    ),
    Mail(
        slug="partner-webinar-invitation-feel-free-to-share",
        date="2027-03-10 09:02:18",
        name="Prof. Graham Hughes",
        addr="g.hughes@northbridge-college.ac.uk",
        subject="Invitation: ASEAN-UK webinar on quality assurance in vocational education",
        client="outlook",
        type="other",
        lang="en",
        body=(
            "Dear colleagues at P4M,\n\n"
            'On behalf of Northbridge College, it is my pleasure to invite you to our webinar "Assuring Quality '
            'in Work-Based Learning" on Thursday 25 March 2027, 15:00-16:30 WIB, as part of our ASEAN-UK '
            "partnership series. Speakers from five partner institutions will share their experience of "
            "industry-based assessment.\n\n"
            "Registration is free at https://northbridge-college.ac.uk/asean-webinar. You may of course mention "
            "it to interested colleagues if you think it useful.\n\n"
            "With best wishes,\n\nProfessor Graham Hughes\nDean of International Partnerships\n"
            "Northbridge College, United Kingdom\n\n" + DISCLAIMER_SG
        ),
        note="an invitation, not a request to publish",
    ),
    Mail(
        slug="codeswitch-hedged-apakah-bisa-diumumkan-nanti",
        date="2026-12-29 13:33:52",
        name="Gilang Ramadhan",
        addr="gilang.ramadhan@polibatam.ac.id",
        subject="Tanya soal pengumuman site-wide",
        client="gmail",
        type="other",
        lang="mixed",
        body=(
            "Siang P4M,\n\n"
            "Himpunan mahasiswa kami berencana mengadakan Tech Fair bulan April. Kalau nanti proposalnya sudah "
            "di-approve, apakah boleh kami minta dibuatkan announcement di halaman depan e-learning? Just want "
            "to know the procedure dulu, belum perlu ditayangkan sekarang.\n\n"
            "Thanks,\nGilang - Pembina HMTI"
        ),
        note="asks whether an announcement would be possible later; nothing to publish yet",
    ),
]


def _bounce_root(slug: str) -> str:
    b = f"{digest(slug, 'dsn', 10).upper()}.1767000000/mail.polibatam.ac.id"
    return (
        f'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="{b}"\n\n'
        "This is a MIME-encapsulated message.\n\n"
        f"--{b}\n"
        "Content-Description: Notification\nContent-Type: text/plain; charset=us-ascii\n\n"
        "This is the mail system at host mail.polibatam.ac.id.\n\n"
        "I'm sorry to have to inform you that your message could not\n"
        "be delivered to one or more recipients. It's attached below.\n\n"
        "For further assistance, please send mail to postmaster.\n\n"
        "If you do so, please include this problem report. You can\n"
        "delete your own text from the attached returned message.\n\n"
        "                   The mail system\n\n"
        "<andre.wijaya@students.polibatam.ac.id>: host\n"
        "    students.polibatam.ac.id[103.19.180.12] said: 550 5.1.1\n"
        "    <andre.wijaya@students.polibatam.ac.id>: Recipient address rejected: User\n"
        "    unknown in virtual mailbox table (in reply to RCPT TO command)\n\n"
        f"--{b}\n"
        "Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mail.polibatam.ac.id\n"
        "X-Postfix-Queue-ID: 4F2A81C0B3\n"
        "X-Postfix-Sender: rfc822; helpdesk-p4m@polibatam.ac.id\n"
        "Arrival-Date: Mon, 14 Dec 2026 10:02:11 +0700 (WIB)\n\n"
        "Final-Recipient: rfc822; andre.wijaya@students.polibatam.ac.id\n"
        "Original-Recipient: rfc822;andre.wijaya@students.polibatam.ac.id\n"
        "Action: failed\n"
        "Status: 5.1.1\n"
        "Remote-MTA: dns; students.polibatam.ac.id\n"
        "Diagnostic-Code: smtp; 550 5.1.1 <andre.wijaya@students.polibatam.ac.id>:\n"
        "    Recipient address rejected: User unknown in virtual mailbox table\n\n"
        f"--{b}\n"
        "Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
        "From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\n"
        "To: andre.wijaya@students.polibatam.ac.id\n"
        "Subject: [P4M-2026-0431] Permintaan Anda sudah kami terima\n"
        "Date: Mon, 14 Dec 2026 10:02:10 +0700\n"
        "Message-ID: <p4m-2026-0431.ack@polibatam.ac.id>\n\n"
        f"--{b}--\n"
    )


AUTO: list[Mail] = [
    Mail(
        slug="ooo-bilingual-partner-auto-submitted",
        date="2026-12-23 08:00:12",
        name="Dr. Priya Nair",
        addr="priya.nair@psa-edu.my",
        subject="Automatic reply: [P4M-2026-0447] Your request has been received",
        client="outlook",
        type="auto",
        lang="mixed",
        extra=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")),
        body=(
            "Thank you for your e-mail. I am on annual leave from 23 December 2026 to 4 January 2027 with limited "
            "access to e-mail. For urgent matters please contact the Centre office at iot-centre@psa-edu.my.\n\n"
            "Terima kasih atas e-mail Anda. Saya sedang cuti hingga 4 Januari 2027. Untuk hal mendesak silakan "
            "hubungi iot-centre@psa-edu.my.\n\n"
            "Dr. Priya Nair"
        ),
    ),
    Mail(
        slug="balasan-otomatis-subject-only-outlook",
        date="2027-01-05 10:05:40",
        name="Hendra Gunawan",
        addr="hendra.gunawan@polibatam.ac.id",
        subject="Balasan Otomatis: [P4M-2027-0009] Permintaan Anda sudah kami terima",
        client="outlook",
        type="auto",
        lang="id",
        body=(
            "Terima kasih atas pesan Anda. Saya sedang mengikuti Diklat di Jakarta sampai dengan 8 Januari 2027 "
            "dan akan membalas e-mail Anda setelah kembali.\n\n"
            "Untuk urusan administrasi MKU, silakan hubungi mku@polibatam.ac.id.\n\n"
            "Hendra Gunawan"
        ),
        note="out-of-office recognisable only by its subject",
    ),
    Mail(
        slug="postfix-bounce-student-address-unknown",
        date="2026-12-14 10:02:13",
        name="Mail Delivery System",
        addr="MAILER-DAEMON@mail.polibatam.ac.id",
        subject="Undelivered Mail Returned to Sender",
        client="zimbra",
        type="auto",
        lang="en",
        body="",
        root=_bounce_root("postfix-bounce-student-address-unknown"),
        extra=(("Auto-Submitted", "auto-replied"),),
    ),
    Mail(
        slug="bulk-newsletter-bilingual-association-list",
        date="2027-02-18 07:00:00",
        name="Forum Pengembangan Pembelajaran Vokasi",
        addr="newsletter@fppv-indonesia.example.org",
        subject="Buletin FPPV Februari 2027 | Call for Papers & Webinar",
        client="zimbra",
        type="auto",
        lang="mixed",
        extra=(
            ("Precedence", "bulk"),
            ("List-Id", "Buletin FPPV <buletin.fppv-indonesia.example.org>"),
            ("List-Unsubscribe", "<https://fppv-indonesia.example.org/unsubscribe?u=p4m-polibatam>"),
            ("X-Mailer", "phpList v3.6.15"),
        ),
        body=(
            "BULETIN FPPV - Edisi Februari 2027\n\n"
            "1. Call for Papers: Seminar Nasional Pembelajaran Vokasi 2027 (deadline 31 Maret 2027).\n"
            "2. Webinar: Designing Work-Based Assessment for Polytechnics, 4 Maret 2027, 13.00 WIB.\n"
            "3. Info hibah: Program Penguatan Teaching Factory 2027 sudah dibuka.\n\n"
            "Anda menerima e-mail ini karena terdaftar sebagai anggota FPPV. "
            "To unsubscribe, click https://fppv-indonesia.example.org/unsubscribe?u=p4m-polibatam"
        ),
    ),
    Mail(
        slug="moodle-forum-digest-noreply-bulk",
        date="2027-03-01 05:00:22",
        name="E-Learning Polibatam (via Forum)",
        addr="noreply@elearning.polibatam.ac.id",
        subject="Ringkasan forum harian e-Learning Polibatam",
        client="zimbra",
        type="auto",
        lang="id",
        extra=(
            ("Precedence", "Bulk"),
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("List-Id", '"Forum Pengumuman Situs" <forum.elearning.polibatam.ac.id>'),
            ("List-Unsubscribe", "<https://elearning.polibatam.ac.id/mod/forum/unsubscribe.php?id=1>"),
        ),
        body=(
            "Ringkasan forum harian\n\n"
            "Forum Pengumuman Situs\n"
            "- Libur Akademik Idul Fitri 1448 H (oleh Admin P4M)\n"
            "- Perpanjangan batas pengisian KRS (oleh Bagian Akademik)\n\n"
            "Anda menerima ringkasan ini karena berlangganan forum. Ubah preferensi ringkasan di "
            "https://elearning.polibatam.ac.id/user/forum.php"
        ),
    ),
]


def main() -> int:
    mails = sorted(COURSE_DATA + ANNOUNCEMENTS + SUPPORT + DOCUMENTS + OTHER + AUTO, key=lambda m: m.date)
    assert len({m.slug for m in mails}) == len(mails)
    labels: dict[str, dict[str, object]] = {}
    written = set()
    for i, m in enumerate(mails, 1):
        name = f"{i:03d}-{m.slug}.eml"
        raw = render(m)
        check(m, raw)
        (HERE / name).write_bytes(raw)
        written.add(name)
        labels[name] = {"type": m.type, "lang": m.lang, "fields": m.fields, "note": m.note}
    for old in HERE.glob("[0-9][0-9][0-9]-*.eml"):
        if old.name not in written:
            old.unlink()
    (HERE / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    assert {p.name for p in HERE.glob("*.eml")} == set(labels), "labels must cover every file"
    counts = {t: sum(1 for m in mails if m.type == t) for t in PLAN}
    langs = {lg: sum(1 for m in mails if m.lang == lg) for lg in ("id", "en", "mixed")}
    print(f"{len(mails)} mails; types {counts}; langs {langs}")
    if counts != PLAN:
        print(f"counts differ from the plan {PLAN}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Writes held-out part 4: 80 labelled requests to the P4M helpdesk as raw RFC 5322 files and labels.json.

Standard library only and deterministic: boundaries, Message-IDs, queue ids and attachment bytes are derived
from each message's slug, so a rerun rewrites the files byte for byte. Before writing, every message is parsed
back with email.policy.default and checked: no defects, CRLF line endings, every label string present verbatim
in the decoded subject, text parts, forwarded messages or attachment text (DOCX, PDF).
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import re
import struct
import sys
import textwrap
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from email.utils import format_datetime, formataddr
from pathlib import Path

HERE = Path(__file__).resolve().parent
TO = "helpdesk-p4m@polibatam.ac.id"
WIB = timezone(timedelta(hours=7))
POL = policy.default.clone(linesep="\r\n")
PLAN = {"course_data": 25, "announcement": 18, "elearning_support": 14, "document_request": 8, "other": 7, "auto": 8}

Label = dict[str, object]


@dataclass(frozen=True)
class Entry:
    slug: str
    raw: bytes
    label: Label


ENTRIES: list[Entry] = []


def t(s: str) -> str:
    """A body written indented in this file, as the sender typed it."""
    return textwrap.dedent(s).strip("\n") + "\n"


def h(slug: str, n: int = 16) -> str:
    return hashlib.sha256(slug.encode()).hexdigest()[:n]


def when(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=WIB)


HOSTS = {
    "polibatam.ac.id": "mail.polibatam.ac.id (mail.polibatam.ac.id [103.143.71.133])",
    "students.polibatam.ac.id": "mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41])",
    "gmail.com": "mail-pj1-f54.google.com (mail-pj1-f54.google.com [209.85.216.54])",
    "yahoo.co.id": "sonic301-21.consmr.mail.sg3.yahoo.com (sonic301-21.consmr.mail.sg3.yahoo.com [106.10.242.84])",
    "outlook.com": "SG2PR01CU001.outbound.protection.outlook.com (mail-southeastasiaazon11012034.outbound.protection"
    ".outlook.com [52.101.133.34])",
}


def base(slug: str, name: str, addr: str, date: str, subject: str, client: str = "gmail", to: str = TO) -> EmailMessage:
    """Headers as the sender's client and our MX write them."""
    d = when(date)
    dom = addr.split("@", 1)[1]
    if dom.endswith("polibatam.ac.id") and dom != "students.polibatam.ac.id":
        dom = "polibatam.ac.id"
    msg = EmailMessage(policy=POL)
    msg["Return-Path"] = f"<{addr}>"
    qid = h(slug + "q", 12).upper()
    msg["Received"] = (
        f"from {HOSTS.get(dom, HOSTS['gmail.com'])} by mx.polibatam.ac.id (Postfix) with ESMTPS id {qid} "
        f"for <{to.rsplit('<', 1)[-1].rstrip('>')}>; {format_datetime(d + timedelta(seconds=41))} (WIB)"
    )
    msg["From"] = formataddr((name, addr))
    msg["To"] = to
    msg["Date"] = format_datetime(d)
    msg["Subject"] = subject
    tag = h(slug, 24)
    if client == "gmail":
        msg["Message-ID"] = f"<CA{tag}+{h(slug + 'm', 8)}@mail.gmail.com>"
    elif client == "outlook":
        msg["Message-ID"] = f"<SG2PR06MB{tag.upper()}@SG2PR06MB5037.apcprd06.prod.outlook.com>"
        msg["Thread-Topic"] = subject.split(": ", 1)[-1] if subject[:3].upper() in ("RE:", "FW:") else subject
        msg["Thread-Index"] = "AdtZ" + h(slug + "ti", 28) + "=="
        msg["X-MS-Has-Attach"] = ""
        msg["X-Mailer"] = "Microsoft Outlook 16.0"
    elif client == "iphone":
        msg["Message-ID"] = f"<{tag[:8].upper()}-{tag[8:12].upper()}-{tag[12:16].upper()}-{tag[16:].upper()}@gmail.com>"
        msg["X-Mailer"] = "iPhone Mail (22C152)"
    elif client == "samsung":
        msg["Message-ID"] = f"<{tag}.samsung.{h(slug + 's', 6)}@email.android.com>"
        msg["X-Mailer"] = "Samsung Email 6.1.97.3"
    elif client == "tb":
        msg["Message-ID"] = f"<{tag[:8]}-{tag[8:12]}-{tag[12:16]}-{tag[16:]}@{addr.split('@', 1)[1]}>"
        msg["User-Agent"] = "Mozilla Thunderbird"
    elif client == "zimbra":
        msg["Message-ID"] = (
            f"<{int(tag[:8], 16)}.{int(tag[8:14], 16)}.{int(d.timestamp())}.JavaMail.zimbra@polibatam.ac.id>"
        )
        msg["X-Mailer"] = "Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4546)"
    elif client == "yahoo":
        msg["Message-ID"] = f"<{int(tag[:12], 16)}.{int(tag[12:20], 16)}@mail.yahoo.com>"
        msg["X-Mailer"] = "WebService/1.1.23040 YMailNorrin"
    else:
        msg["Message-ID"] = f"<{tag}@{addr.split('@', 1)[1]}>"
    return msg


def plain(msg: EmailMessage, body: str, cte: str = "8bit", flowed: bool = False) -> EmailMessage:
    params = {"format": "flowed"} if flowed else {}
    msg.set_content(body, charset="utf-8", cte=cte, params=params)
    return msg


def gmail_html(body: str) -> str:
    out = ['<div dir="ltr">']
    for line in body.split("\n"):
        out.append(f"<div>{html.escape(line, quote=False)}</div>" if line.strip() else "<div><br></div>")
    out.append("</div>")
    return "\n".join(out) + "\n"


def alt(msg: EmailMessage, body: str, html_body: str | None = None, cte: str = "quoted-printable") -> EmailMessage:
    """Gmail-style multipart/alternative: the plain text and an HTML copy."""
    msg.set_content(body, charset="utf-8", cte="8bit" if cte == "8bit" else "quoted-printable")
    msg.add_alternative(html_body or gmail_html(body), subtype="html", charset="utf-8", cte=cte)
    return msg


WORD_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
    'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
    "/* Font Definitions */\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n"
    "p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\t"
    'font-family:"Calibri",sans-serif;}\nspan.EmailStyle17\n\t{mso-style-type:personal-compose;}\n'
    "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
    "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
    '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
)
WORD_TAIL = "</div>\n</body>\n</html>\n"


def word(text: str) -> str:
    """Plain lines as Outlook's MsoNormal paragraphs; a line starting with '<' is raw HTML (a table)."""
    out = []
    for line in text.split("\n"):
        if line.startswith("<"):
            out.append(line)
        elif line.strip():
            out.append(f'<p class="MsoNormal">{html.escape(line, quote=False)}<o:p></o:p></p>')
        else:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out) + "\n"


def table(rows: list[list[str]]) -> str:
    cells = []
    for i, row in enumerate(rows):
        tds = "".join(
            '<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">'
            + (f"<b>{html.escape(c, quote=False)}</b>" if i == 0 else html.escape(c, quote=False))
            + "<o:p></o:p></p></td>"
            for c in row
        )
        cells.append(f"<tr>{tds}</tr>")
    return (
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;'
        'border:none">' + "".join(cells) + "</table>"
    )


def outlook_html(msg: EmailMessage, text: str) -> EmailMessage:
    """HTML-only Outlook mail (Word HTML, quoted-printable)."""
    msg.set_content(WORD_HEAD + word(text) + WORD_TAIL, subtype="html", charset="utf-8", cte="quoted-printable")
    return msg


# ---------------------------------------------------------------- attachments built by hand


def _zinfo(name: str) -> zipfile.ZipInfo:
    zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED
    return zi


def docx(paragraphs: list[str]) -> bytes:
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paras = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{html.escape(p, quote=False)}</w:t></w:r></w:p>' for p in paragraphs
    )
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://'
        'schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://'
        'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
        'openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>",
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {ns}>'
        f"<w:body>{paras}<w:sectPr/></w:body></w:document>",
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in files.items():
            z.writestr(_zinfo(name), data.encode("utf-8"))
    return buf.getvalue()


def _pdf_str(s: str) -> str:
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def pdf(lines: list[str]) -> bytes:
    """A one-page text PDF (Helvetica, WinAnsi) with a correct xref table."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "60 790 Td"]
    for line in lines:
        ops.append(f"{_pdf_str(line)} Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def png(seed: str, w: int = 48, hgt: int = 32) -> bytes:
    """A small RGB PNG whose pixels come from the seed (a 'screenshot')."""
    d = hashlib.sha256(seed.encode()).digest()
    rows = b"".join(
        b"\x00" + bytes(v for x in range(w) for v in ((d[(x + y) % 32] ^ (x * 5)) & 255, d[(x * y) % 32], 200 - y))
        for y in range(hgt)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")


DOCX_MIME = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")


def attach(msg: EmailMessage, filename: str, data: bytes, mime: tuple[str, str]) -> EmailMessage:
    msg.add_attachment(data, maintype=mime[0], subtype=mime[1], filename=filename)
    return msg


def forward_attached(msg: EmailMessage, inner: EmailMessage) -> EmailMessage:
    msg.add_attachment(inner)
    return msg


# ---------------------------------------------------------------- registering and checking


def add(slug: str, msg: Message, typ: str, lang: str, fields: dict[str, object] | None = None, note: str = "") -> None:
    # Only a message's top level says MIME-Version, as mail clients write it.
    tops = {id(msg)} | {id(p.get_payload(0)) for p in msg.walk() if p.get_content_type() == "message/rfc822"}
    for part in msg.walk():
        if id(part) not in tops:
            del part["MIME-Version"]
    for i, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"----=_Part_{i}_{h(slug + str(i), 20)}")
    raw = msg.as_bytes(policy=POL)
    ENTRIES.append(Entry(slug, raw, {"type": typ, "lang": lang, "fields": fields or {}, "note": note}))


def _html_text(s: str) -> str:
    s = re.sub(r"(?is)<(style|head)\b.*?</\1>", "", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|td|tr|li|h\d)>", "\n", s)
    return html.unescape(re.sub(r"<[^>]+>", "", s)).replace("\xa0", " ")


def _pdf_text(data: bytes) -> str:
    found = re.findall(rb"\(((?:\\.|[^\\)])*)\) Tj", data)
    return "\n".join(re.sub(rb"\\(.)", rb"\1", f).decode("cp1252") for f in found)


def _docx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    return "\n".join(html.unescape(p) for p in re.findall(r"<w:t[^>]*>(.*?)</w:t>", xml))


def decoded_text(msg: Message) -> str:
    """Everything a reader of this mail can see: subjects, text parts, forwarded messages, DOCX/PDF text."""
    out = [str(msg.get("Subject", ""))]
    for part in msg.walk():
        if part is not msg and part.get_content_type() == "message/rfc822":
            continue
        if part.get("Subject") and part is not msg:
            out.append(str(part["Subject"]))
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        if ctype == "text/plain":
            out.append(part.get_content())  # type: ignore[attr-defined]
        elif ctype == "text/html":
            out.append(_html_text(part.get_content()))  # type: ignore[attr-defined]
        elif ctype == "application/pdf":
            out.append(_pdf_text(part.get_content()))  # type: ignore[attr-defined]
        elif ctype == DOCX_MIME[0] + "/" + DOCX_MIME[1]:
            out.append(_docx_text(part.get_content()))  # type: ignore[attr-defined]
    return "\n".join(out)


def check(entry: Entry) -> list[str]:
    errs = []
    raw = entry.raw
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        errs.append("not CRLF throughout")
    if len(raw) > 60_000:
        errs.append(f"{len(raw)} bytes")
    msg = message_from_bytes(raw, policy=policy.default)
    for part in msg.walk():
        if part.defects:
            errs.append(f"defects {part.defects}")
        for k in part:
            if part[k].defects:
                errs.append(f"header {k} defects {part[k].defects}")
    d = msg["Date"].datetime
    if d.utcoffset() != timedelta(hours=7) or d.year not in (2026, 2027):
        errs.append(f"date {d}")
    text = decoded_text(msg)
    lab = entry.label
    fields = lab["fields"]
    assert isinstance(fields, dict)
    if lab["type"] not in PLAN or lab["lang"] not in ("id", "en", "mixed"):
        errs.append("bad type/lang")
    if fields and lab["type"] not in ("course_data", "announcement"):
        errs.append("fields on a type without fields")
    allowed = {"course_code", "course_name", "changes", "title", "scope", "publish_at"}
    if set(fields) - allowed:
        errs.append(f"unknown fields {set(fields) - allowed}")
    strings = [fields[k] for k in ("course_code", "course_name", "title") if k in fields]
    changes = fields.get("changes", {})
    assert isinstance(changes, dict)
    if lab["type"] == "course_data" and not changes:
        errs.append("course_data without changes")
    fieldnames = {"fullname", "shortname", "lecturer", "class", "semester", "credits", "enrolment_key", "summary"}
    if set(changes) - fieldnames:
        errs.append(f"unknown change fields {set(changes) - fieldnames}")
    strings += list(changes.values())
    for s in strings:
        if not isinstance(s, str) or s not in text:
            errs.append(f"label string not in text: {s!r}")
    if lab["type"] == "announcement":
        if fields.get("scope") not in ("course", "site"):
            errs.append("announcement without scope")
        if "title" not in fields:
            errs.append("announcement without title")
    if "publish_at" in fields:
        p = fields["publish_at"]
        if not isinstance(p, str) or not re.fullmatch(r"20\d\d-\d\d-\d\dT\d\d:\d\d:00\+07:00", p):
            errs.append(f"publish_at {p!r}")
        elif datetime.fromisoformat(p) <= d:
            errs.append("publish_at before the Date header")
    return errs


def main() -> int:
    build()
    names = [f"{i:03d}-{e.slug}.eml" for i, e in enumerate(ENTRIES, 1)]
    problems = []
    for name, e in zip(names, ENTRIES, strict=True):
        problems += [f"{name}: {p}" for p in check(e)]
    counts = Counter(str(e.label["type"]) for e in ENTRIES)
    if dict(counts) != PLAN:
        problems.append(f"counts {dict(counts)} != plan {PLAN}")
    if len({e.slug for e in ENTRIES}) != len(ENTRIES):
        problems.append("duplicate slug")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    for old in HERE.glob("[0-9][0-9][0-9]-*.eml"):
        if old.name not in names:
            old.unlink()
    labels = {}
    for name, e in zip(names, ENTRIES, strict=True):
        (HERE / name).write_bytes(e.raw)
        labels[name] = e.label
    (HERE / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    langs = Counter(str(e.label["lang"]) for e in ENTRIES)
    print(f"{len(ENTRIES)} mails written: {dict(counts)} {dict(langs)}")
    return 0


# ---------------------------------------------------------------- the mails


def build() -> None:
    for part in (course_data, announcements, support, documents, others, machine):
        part()


HARI = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
HR = ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"]
BULAN = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]
BL = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]


def q_gmail_id(s: str) -> str:
    """Gmail (Indonesian UI) quote date: 'Sen, 7 Des 2026 pukul 10.15'."""
    d = when(s)
    return f"{HR[d.weekday()]}, {d.day} {BL[d.month - 1]} {d.year} pukul {d:%H.%M}"


def q_gmail_en(s: str) -> str:
    """Gmail (English UI): 'Mon, Dec 7, 2026 at 10:15 AM'."""
    d = when(s)
    return f"{d:%a}, {d:%b} {d.day}, {d.year} at {d.hour % 12 or 12}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def q_outlook_id(s: str) -> str:
    """Outlook (Indonesian): 'Senin, 07 Desember 2026 10.15'."""
    d = when(s)
    return f"{HARI[d.weekday()]}, {d.day:02d} {BULAN[d.month - 1]} {d.year} {d:%H.%M}"


def q_outlook_en(s: str) -> str:
    """Outlook (English): 'Monday, December 7, 2026 10:15 AM'."""
    d = when(s)
    return f"{d:%A}, {d:%B} {d.day}, {d.year} {d.hour % 12 or 12}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def q_tb_en(s: str) -> str:
    """Thunderbird (en-US): '1/12/2027 9:30 AM'."""
    d = when(s)
    return f"{d.month}/{d.day}/{d.year} {d.hour % 12 or 12}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def quote(text: str) -> str:
    return "\n".join(">" if not line else "> " + line for line in text.rstrip("\n").split("\n")) + "\n"


def course_data() -> None:
    s = "hp-komting-singkatan-ganti-dosen-jarkom"
    m = base(
        s, "Aldi Firmansyah", "4312411019@students.polibatam.ac.id", "2026-09-14 21:37:12", "mhn bantuan", "samsung"
    )
    plain(
        m,
        t("""
        assalamualaikum min, sy komting TI 2B. mhn bantuannya utk MK Jaringan Komputer (IF214) di elearning nama dosennya msh pak Rudi, pdhl yg ngajar kami skrg Bu Rina Oktaviani, M.Kom sdh dr minggu ke 3. mhn diganti ya min soalnya bu rina blm bs masuk ke course nya tks

        Dikirim dari ponsel Samsung Galaxy saya
        """),
        cte="base64",
    )
    add(
        s,
        m,
        "course_data",
        "id",
        {"course_code": "IF214", "course_name": "Jaringan Komputer", "changes": {"lecturer": "Rina Oktaviani, M.Kom"}},
        "Class representative on a phone asks for the lecturer to be replaced; value ends the clause.",
    )

    s = "dosen-senior-surat-resmi-dua-perubahan"
    m = base(
        s,
        "Dr. Ir. Siti Rahma, M.T.",
        "siti.rahma@polibatam.ac.id",
        "2026-09-21 08:02:55",
        "Permohonan Perubahan Data Mata Kuliah MT2203 pada E-Learning",
        "zimbra",
    )
    plain(
        m,
        t("""
        Yth. Kepala P4M Politeknik Negeri Batam
        di tempat

        Dengan hormat,

        Sehubungan dengan mulai berlakunya Kurikulum OBE 2026 di Jurusan Teknik Mesin, bersama ini kami mohon
        kiranya data mata kuliah berikut pada sistem e-learning dapat disesuaikan:

        Kode mata kuliah : MT2203
        Nama saat ini    : Gambar Teknik II
        Perubahan yang dimohon:
          a. nama mata kuliah menjadi Menggambar Teknik Berbantuan Komputer;
          b. nama singkat (short name) menjadi MT2203-MTBK.

        Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan
        terima kasih.

        Hormat kami,

        Dr. Ir. Siti Rahma, M.T.
        Ketua Jurusan Teknik Mesin
        Politeknik Negeri Batam
        """),
        cte="quoted-printable",
    )
    add(
        s,
        m,
        "course_data",
        "id",
        {
            "course_code": "MT2203",
            "course_name": "Gambar Teknik II",
            "changes": {"fullname": "Menggambar Teknik Berbantuan Komputer", "shortname": "MT2203-MTBK"},
        },
    )

    s = "prosa-diubah-menjadi-gelar-bertitik"
    m = base(s, "Nurul Hidayati", "nurul.h@polibatam.ac.id", "2026-10-05 13:20:09", "Dosen pengampu Rangkaian Listrik")
    alt(
        m,
        t("""
        Selamat siang Bapak/Ibu P4M,

        Mohon nama dosen pengampu mata kuliah EL2105 Rangkaian Listrik di e-learning diubah menjadi Ir. Hendra Wijaya, M.T. karena Pak Agus mulai bulan ini tugas belajar S3.

        Terima kasih.

        Salam,
        Nurul Hidayati
        Admin Jurusan Teknik Elektro
        """),
    )
    add(
        s,
        m,
        "course_data",
        "id",
        {
            "course_code": "EL2105",
            "course_name": "Rangkaian Listrik",
            "changes": {"lecturer": "Ir. Hendra Wijaya, M.T."},
        },
    )

    s = "iphone-key-diganti-jd-tanpa-salam"
    m = base(s, "Yudi Hartono", "yudi.hartono@polibatam.ac.id", "2026-10-12 06:48:30", "key", "iphone")
    plain(
        m,
        t("""
        Mas/mbak, key MB1203 Pengantar Bisnis diganti jd bisnis2027 ya. yg lama sdh kesebar ke angkatan lalu

        Dikirim dari iPhone saya
        """),
        cte="quoted-printable",
    )
    add(
        s,
        m,
        "course_data",
        "id",
        {"course_code": "MB1203", "course_name": "Pengantar Bisnis", "changes": {"enrolment_key": "bisnis2027"}},
    )

    s = "visiting-lecturer-should-be-english-title"
    m = base(s, "Pieter van Dijk", "p.vandijk@gmail.com", "2026-10-19 16:11:47", "Course title on e-learning")
    alt(
        m,
        t("""
        Dear helpdesk team,

        I am teaching the renewable energy course (TRE4102) this semester as a visiting lecturer. On the e-learning site the course is still listed under its Indonesian title, Energi Terbarukan, but since the class is taught in English for the international students the full name should be Renewable Energy Systems. Could you update that?

        Kind regards,
        Pieter van Dijk
        Visiting Lecturer, Department of Electrical Engineering
        Politeknik Negeri Batam
        """),
    )
    add(
        s,
        m,
        "course_data",
        "en",
        {
            "course_code": "TRE4102",
            "course_name": "Energi Terbarukan",
            "changes": {"fullname": "Renewable Energy Systems"},
        },
    )

    s = "yahoo-bukan-dua-tapi-tiga-sks"
    m = base(
        s,
        "Lusiana Dewi",
        "lusiana_dewi78@yahoo.co.id",
        "2026-10-26 10:03:18",
        "SKS Akuntansi Keuangan Menengah",
        "yahoo",
    )
    alt(
        m,
        t("""
        Pak/Bu, sks MK Akuntansi Keuangan Menengah (AK2201) di e-learning bukan 2 tapi 3. Mohon dibetulkan. Terima kasih

        Lusiana Dewi, S.E., M.Ak.

        Sent from Yahoo Mail for Android
        """),
    )
    add(
        s,
        m,
        "course_data",
        "id",
        {"course_code": "AK2201", "course_name": "Akuntansi Keuangan Menengah", "changes": {"credits": "3"}},
    )

    s = "tb-semester-dari-ke"
    m = base(
        s,
        "Yusuf Ramadhan",
        "yusuf.ramadhan@polibatam.ac.id",
        "2026-11-02 09:41:26",
        "course Mekanika Fluida salah semester",
        "tb",
    )
    plain(
        m,
        t("""
        Halo P4M,

        Course MT3104 Mekanika Fluida saya masih tercatat di semester ganjil. Tolong semesternya dipindah dari Ganjil 2026/2027 ke Genap 2026/2027 krn jadwal kuliahnya bergeser. Isi course biarkan saja.

        --
        Yusuf Ramadhan, S.T., M.Eng.
        Teknik Mesin Polibatam
        """),
        flowed=True,
    )
    add(
        s,
        m,
        "course_data",
        "id",
        {"course_code": "MT3104", "course_name": "Mekanika Fluida", "changes": {"semester": "Genap 2026/2027"}},
    )

    s = "panah-shortname-logistik"
    m = base(
        s, "Dewi Lestari", "dewi.lestari@polibatam.ac.id", "2026-11-09 07:55:02", "Short name MK Manajemen Rantai Pasok"
    )
    alt(
        m,
        t("""
        Pagi, mohon bantu ubah short name:

        LOG2103-A -> LOG2103-B

        (LOG2103 Manajemen Rantai Pasok, prodi Logistik). Yang A itu sudah dipakai kelas lain jadi bentrok di rekap nilai.

        Trims,
        Dewi Lestari
        Staf Prodi Logistik
        """),
    )
    add(
        s,
        m,
        "course_data",
        "id",
        {"course_code": "LOG2103", "course_name": "Manajemen Rantai Pasok", "changes": {"shortname": "LOG2103-B"}},
    )

    s = "outlook-html-tabel-lama-baru-dua-perubahan"
    m = base(
        s,
        "Andi Pratama",
        "andi.pratama@polibatam.ac.id",
        "2026-11-16 08:30:44",
        "Perubahan data course MM2207",
        "outlook",
    )
    outlook_html(
        m,
        "Selamat pagi Tim P4M,\n\nMohon bantuan perubahan data course berikut di e-learning:\n\n"
        + table(
            [
                ["Data", "Lama", "Baru"],
                ["Kode MK", "MM2207", "MM2207"],
                ["Nama MK", "Animasi 2D", "Animasi 2D dan Motion Graphic"],
                ["Dosen", "Rian Saputra, S.Ds.", "Maya Anggraini, S.Sn., M.Ds."],
            ]
        )
        + "\n\nTerima kasih atas bantuannya.\n\nSalam hangat,\nAndi Pratama, S.T., M.T.\n"
        "Koordinator Prodi Animasi\nPoliteknik Negeri Batam",
    )
    add(
        s,
        m,
        "course_data",
        "id",
        {
            "course_code": "MM2207",
            "course_name": "Animasi 2D",
            "changes": {"fullname": "Animasi 2D dan Motion Graphic", "lecturer": "Maya Anggraini, S.Sn., M.Ds."},
        },
        "HTML-only Outlook mail; the change is a table with old and new columns.",
    )

    s = "deskripsi-baru-paragraf-setelah-menjadi"
    summary = (
        "Mata kuliah ini membahas prinsip pengamanan aplikasi web modern, meliputi pemodelan ancaman, "
        "kerentanan OWASP Top 10, autentikasi dan manajemen sesi, serta pengujian penetrasi dasar. Mahasiswa "
        "berlatih menemukan dan memperbaiki celah keamanan pada aplikasi contoh di lingkungan laboratorium "
        "yang terisolasi."
    )
    m = base(
        s,
        "Febrianto Siregar",
        "febrianto@polibatam.ac.id",
        "2026-11-23 19:12:35",
        "Update deskripsi MK Keamanan Aplikasi Web",
    )
    alt(
        m,
        t("""
        Dear tim P4M,

        Deskripsi course RKS3203 Keamanan Aplikasi Web di e-learning masih deskripsi kurikulum lama. Mohon diganti menjadi:

        SUMMARY

        Terima kasih banyak.

        Wassalam,
        Febrianto Siregar, S.Tr.Kom., M.Kom.
        Prodi Rekayasa Keamanan Siber
        """).replace("SUMMARY", summary),
    )
    add(
        s,
        m,
        "course_data",
        "id",
        {"course_code": "RKS3203", "course_name": "Keamanan Aplikasi Web", "changes": {"summary": summary}},
    )

    s = "fwd-gmail-inline-mohon-bantuannya-dosen"
    m = base(
        s,
        "Admin Jurusan Informatika",
        "admin.if@polibatam.ac.id",
        "2027-01-05 10:20:11",
        "Fwd: ganti dosen MK Sistem Operasi",
    )
    alt(
        m,
        t(f"""
        mohon bantuannya ya

        ---------- Forwarded message ---------
        From: Bambang Kurniawan <bambang.k@polibatam.ac.id>
        Date: {q_gmail_en("2027-01-05 08:47:00")}
        Subject: ganti dosen MK Sistem Operasi
        To: Admin Jurusan Informatika <admin.if@polibatam.ac.id>


        Mbak, tolong sampaikan ke P4M, untuk IF207 Sistem Operasi kelas IF-2A mulai semester ini saya yang gantikan Pak Dedi. Nama saya di course tolong ditulis Bambang Kurniawan, S.T., M.Sc. ya.

        Makasih mbak
        Bambang
        """),
    )
    add(
        s,
        m,
        "course_data",
        "id",
        {
            "course_code": "IF207",
            "course_name": "Sistem Operasi",
            "changes": {"lecturer": "Bambang Kurniawan, S.T., M.Sc."},
        },
        "The request is in an inline Gmail forward under a one-line note.",
    )

    s = "outlook-pesan-asli-enrolment-key"
    m = base(s, "Ratna Sari", "tu.mb@polibatam.ac.id", "2027-01-11 15:06:27", "TR: Enrol key Perpajakan", "outlook")
    outlook_html(
        m,
        t(f"""
        Mohon bantuannya.

        Salam,
        Ratna – TU Jurusan Manajemen Bisnis

        -----Pesan Asli-----
        Dari: Hendra Gunawan <hendra.g@polibatam.ac.id>
        Dikirim: {q_outlook_id("2027-01-11 14:02:00")}
        Kepada: TU Jurusan MB <tu.mb@polibatam.ac.id>
        Subjek: Enrol key Perpajakan

        Bu Ratna, enrolment key course AK3105 Perpajakan II tolong diganti, yang lama bocor di grup angkatan. Key baru: Pajak_II#2027

        Terima kasih,
        Hendra
        """),
    )
    add(
        s,
        m,
        "course_data",
        "id",
        {"course_code": "AK3105", "course_name": "Perpajakan II", "changes": {"enrolment_key": "Pajak_II#2027"}},
        "Outlook forward with a -----Pesan Asli----- block; the request is in the quoted message.",
    )

    s = "rfc822-lampiran-kaprodi-kelas-malam"
    inner = base(
        s + "i",
        "Rahmat Hidayat",
        "rahmat.hidayat@polibatam.ac.id",
        "2027-01-13 09:15:00",
        "Koreksi kelas course Pengujian Perangkat Lunak",
        "zimbra",
        to="Maria Ulfa <maria.ulfa@polibatam.ac.id>",
    )
    plain(
        inner,
        t("""
        Dengan hormat,

        Mohon data kelas pada course IF3108 Pengujian Perangkat Lunak diperbaiki. Di e-learning tertulis kelas TRPL-3A, yang benar TRPL-3A Malam karena course ini untuk kelas karyawan.

        Terima kasih.

        Rahmat Hidayat, S.Kom., M.T.
        Koordinator Program Studi TRPL
        """),
    )
    m = base(
        s,
        "Maria Ulfa",
        "maria.ulfa@polibatam.ac.id",
        "2027-01-13 10:02:48",
        "Fwd: Koreksi kelas course Pengujian Perangkat Lunak",
    )
    alt(m, "mohon bantuannya, terlampir email dari Kaprodi TRPL\n")
    forward_attached(m, inner)
    add(
        s,
        m,
        "course_data",
        "id",
        {"course_code": "IF3108", "course_name": "Pengujian Perangkat Lunak", "changes": {"class": "TRPL-3A Malam"}},
        "The request is only in the attached message/rfc822.",
    )

    s = "docx-saja-formulir-nama-dan-sks"
    m = base(s, "Lina Marlina", "lina.marlina@polibatam.ac.id", "2027-01-18 16:40:05", "Formulir perubahan data MK")
    alt(m, "Selamat sore, berikut saya lampirkan formulir permohonannya. Terima kasih.\n\nLina\n")
    attach(
        m,
        "Form_Perubahan_MK_AK1104.docx",
        docx(
            [
                "FORMULIR PERMOHONAN PERUBAHAN DATA MATA KULIAH E-LEARNING",
                "Nama pemohon: Lina Marlina, S.E., M.Ak.",
                "Kode mata kuliah: AK1104",
                "Nama mata kuliah (saat ini): Akuntansi Dasar",
                "Perubahan: nama lengkap menjadi Pengantar Akuntansi; jumlah SKS menjadi 4",
                "Alasan: penyesuaian kurikulum 2026",
                "Batam, 18 Januari 2027",
            ]
        ),
        DOCX_MIME,
    )
    add(
        s,
        m,
        "course_data",
        "id",
        {
            "course_code": "AK1104",
            "course_name": "Akuntansi Dasar",
            "changes": {"fullname": "Pengantar Akuntansi", "credits": "4"},
        },
        "The request is only in the DOCX form.",
    )

    s = "pdf-surat-jurusan-ganti-dosen"
    m = base(
        s,
        "Sekretariat Teknik Elektro",
        "sekjur.te@polibatam.ac.id",
        "2027-01-25 11:18:52",
        "Surat Jurusan Teknik Elektro",
        "outlook",
    )
    plain(
        m,
        "Yth. Tim P4M,\n\nTerlampir surat dari Jurusan Teknik Elektro. Mohon ditindaklanjuti.\n\nSalam,\n"
        "Sekretariat Jurusan Teknik Elektro\n",
        cte="quoted-printable",
    )
    attach(
        m,
        "112-TE-2027.pdf",
        pdf(
            [
                "POLITEKNIK NEGERI BATAM",
                "JURUSAN TEKNIK ELEKTRO",
                "",
                "Nomor   : 112/PL29.3/TE/2027",
                "Perihal : Penggantian Dosen Pengampu",
                "",
                "Yth. Kepala P4M",
                "Politeknik Negeri Batam",
                "",
                "Dengan hormat,",
                "Bersama ini kami sampaikan bahwa dosen pengampu mata kuliah TRE2204 Sistem Mikroprosesor",
                "pada semester genap 2026/2027 diganti oleh Dr. Eng. Arif Setiawan, S.T., M.T.",
                "Mohon data dosen pada course e-learning disesuaikan.",
                "",
                "Hormat kami,",
                "Ketua Jurusan Teknik Elektro",
            ]
        ),
        ("application", "pdf"),
    )
    add(
        s,
        m,
        "course_data",
        "id",
        {
            "course_code": "TRE2204",
            "course_name": "Sistem Mikroprosesor",
            "changes": {"lecturer": "Dr. Eng. Arif Setiawan, S.T., M.T."},
        },
        "The request is only in the PDF letter.",
    )

    s = "tb-bottom-post-nama-barunya"
    m = base(
        s,
        "Rizky Maulana",
        "rizky.maulana@polibatam.ac.id",
        "2027-01-12 10:05:39",
        "Re: [P4M #2027-0113] Ubah nama MK IF318",
        "tb",
    )
    plain(
        m,
        f"On {q_tb_en('2027-01-12 09:30:00')}, Helpdesk P4M wrote:\n"
        + quote(
            t("""
        Yth. Bapak Rizky Maulana,

        Permintaan Bapak sudah kami terima dengan nomor #2027-0113. Mohon informasikan nama baru
        mata kuliah IF318 Keamanan Jaringan yang diinginkan.

        Salam,
        Helpdesk P4M
        """)
        )
        + "\nNama barunya Keamanan Jaringan Lanjut, Mbak. Kode tetap IF318.\n\nRizky\n",
        flowed=True,
    )
    add(
        s,
        m,
        "course_data",
        "id",
        {
            "course_code": "IF318",
            "course_name": "Keamanan Jaringan",
            "changes": {"fullname": "Keamanan Jaringan Lanjut"},
        },
        "Thunderbird reply written below the quote; the current name is only in the quoted text.",
    )

    s = "mixed-please-change-it-to-shortname"
    m = base(s, "Kevin Tanoto", "kevin.tanoto@gmail.com", "2027-02-01 14:27:16", "update shortname Kriptografi")
    alt(
        m,
        t("""
        Halo tim P4M,

        Mau minta tolong update shortname course RKS2104 Kriptografi. Currently masih RKS2104-2025, please change it to RKS2104-26 biar sama dengan SIAKAD. Thanks ya!

        Cheers,
        Kevin Tanoto
        Asisten Lab RKS
        """),
    )
    add(
        s,
        m,
        "course_data",
        "mixed",
        {"course_code": "RKS2104", "course_name": "Kriptografi", "changes": {"shortname": "RKS2104-26"}},
    )

    s = "seharusnya-nama-salah-ketik"
    m = base(s, "Wulandari", "wulandari@polibatam.ac.id", "2027-02-08 07:14:03", "Koreksi nama MK")
    alt(
        m,
        t("""
        Selamat pagi, nama MK saya di elearning tertulis Statistik Bisnsi (MB2105), seharusnya Statistika Bisnis. Mohon dikoreksi. Terima kasih.

        Wulan
        """),
    )
    add(
        s,
        m,
        "course_data",
        "id",
        {"course_code": "MB2105", "course_name": "Statistik Bisnsi", "changes": {"fullname": "Statistika Bisnis"}},
        "The current name as written is misspelt.",
    )

    s = "outlook-en-two-changes-key-and-short-name"
    m = base(
        s,
        "Sarah Mitchell",
        "sarah.mitchell@outlook.com",
        "2027-02-15 09:52:40",
        "International Logistics course settings",
        "outlook",
    )
    outlook_html(
        m,
        t("""
        Hello,

        For LOG3201 International Logistics, could you please set the enrolment key to Logistik#27 and change the short name to LOG3201-EN? The international class starts next week and I would like to hand out the key on day one.

        Best regards,
        Sarah Mitchell
        Exchange Lecturer, Logistics Management
        """),
    )
    add(
        s,
        m,
        "course_data",
        "en",
        {
            "course_code": "LOG3201",
            "course_name": "International Logistics",
            "changes": {"enrolment_key": "Logistik#27", "shortname": "LOG3201-EN"},
        },
    )

    s = "wa-style-mhn-jd-gelar-tanpa-titik"
    m = base(s, "Fajar Nugroho", "fajar.nugroho@polibatam.ac.id", "2027-02-22 22:05:58", "mhn", "samsung")
    plain(m, "mhn ganti nama dosen MK Basis Data Lanjut IF305 jd Fajar Nugroho, M.Kom tks\n", cte="base64")
    add(
        s,
        m,
        "course_data",
        "id",
        {"course_code": "IF305", "course_name": "Basis Data Lanjut", "changes": {"lecturer": "Fajar Nugroho, M.Kom"}},
    )

    s = "tb-en-credits-from-to"
    m = base(s, "Tomás Herrera", "tomas.herrera@gmail.com", "2027-03-01 13:33:21", "Thermodynamics credits", "tb")
    plain(
        m,
        t("""
        Hi,

        The course MT2201 Thermodynamics shows 2 credits in the e-learning course info, but in the new curriculum it went from 2 to 4 credits. Please correct it so the students don't get confused.

        Thanks,
        Tomás Herrera
        Exchange lecturer, Mechanical Engineering
        """),
        flowed=True,
    )
    add(
        s,
        m,
        "course_data",
        "en",
        {"course_code": "MT2201", "course_name": "Thermodynamics", "changes": {"credits": "4"}},
    )

    s = "ganti-ke-nama-campur-inggris"
    m = base(s, "Bayu Aditya", "bayu.aditya@polibatam.ac.id", "2027-03-08 11:45:12", "nama course MM2105")
    alt(
        m,
        "Min, tolong course MM2105 Desain UI namanya ganti ke Desain Antarmuka Pengguna ya, biar match sama "
        "di KRS. Thanks a lot min 🙏\n\nBayu\n",
        cte="8bit",
    )
    add(
        s,
        m,
        "course_data",
        "mixed",
        {"course_code": "MM2105", "course_name": "Desain UI", "changes": {"fullname": "Desain Antarmuka Pengguna"}},
    )

    s = "tiga-perubahan-daftar-bernomor"
    m = base(s, "Rahmawati", "rahmawati@polibatam.ac.id", "2027-03-15 13:08:37", "Course Sistem Tenaga Listrik")
    alt(
        m,
        t("""
        Selamat siang,

        Untuk course EL3102 Sistem Tenaga Listrik mohon dibantu beberapa hal:
        1. semester diganti ke Genap 2026/2027
        2. dosen pengampu: Muhammad Iqbal, S.T., M.T.
        3. key enrol baru tenaga2027

        Materi dan tugas yang sudah ada jangan dihapus ya.

        Terima kasih,
        Rahmawati
        Koordinator MK
        """),
    )
    add(
        s,
        m,
        "course_data",
        "id",
        {
            "course_code": "EL3102",
            "course_name": "Sistem Tenaga Listrik",
            "changes": {
                "semester": "Genap 2026/2027",
                "lecturer": "Muhammad Iqbal, S.T., M.T.",
                "enrolment_key": "tenaga2027",
            },
        },
    )

    s = "en-replace-summary-with-following"
    summary = (
        "This course introduces supervised and unsupervised learning, model evaluation and the responsible "
        "use of data. Students build, tune and deploy small models in Python on real datasets from local "
        "industry partners."
    )
    m = base(s, "Hana Kim", "hana.kim@polibatam.ac.id", "2027-03-22 08:26:50", "IF4106 course summary", "outlook")
    plain(
        m,
        t("""
        Good morning,

        Please replace the course summary of IF4106 Machine Learning with the following text:

        SUMMARY

        Thank you very much.

        Hana Kim, Ph.D.
        Visiting Lecturer, Informatics
        """).replace("SUMMARY", summary),
        cte="quoted-printable",
    )
    add(
        s,
        m,
        "course_data",
        "en",
        {"course_code": "IF4106", "course_name": "Machine Learning", "changes": {"summary": summary}},
    )

    s = "yahoo-gelar-tertulis-harusnya-s3"
    m = base(s, "Sutrisno", "sutrisno.mm@yahoo.co.id", "2027-03-29 20:44:09", "Gelar di course", "yahoo")
    alt(
        m,
        t("""
        Selamat malam,

        Nama saya di course MB3102 Manajemen Keuangan tertulis Drs. Sutrisno, M.M. — harusnya Dr. Sutrisno, S.E., M.M. (sudah lulus S3 tahun lalu 😊)

        Terima kasih
        Sutrisno
        """),
        cte="8bit",
    )
    add(
        s,
        m,
        "course_data",
        "id",
        {
            "course_code": "MB3102",
            "course_name": "Manajemen Keuangan",
            "changes": {"lecturer": "Dr. Sutrisno, S.E., M.M."},
        },
    )


def announcements() -> None:
    s = "subjek-judul-site-tgl-jam-pagi"
    m = base(
        s,
        "Bagian Akademik Polibatam",
        "akademik@polibatam.ac.id",
        "2026-12-14 10:05:31",
        "Pengumuman: Libur Akhir Semester Ganjil 2026/2027",
        "zimbra",
    )
    plain(
        m,
        t("""
        Selamat pagi Tim P4M,

        Mohon dibantu pasang pengumuman di halaman depan e-learning (untuk semua pengguna) dengan judul sesuai subjek email ini. Tayang tgl 22/12 jam 8 pagi.

        Isi:
        Libur akhir semester ganjil berlangsung 24 Desember 2026 s.d. 10 Januari 2027. Perkuliahan semester genap dimulai Senin, 11 Januari 2027.

        Terima kasih,
        Bagian Akademik
        """),
        cte="quoted-printable",
    )
    add(
        s,
        m,
        "announcement",
        "id",
        {"title": "Libur Akhir Semester Ganjil 2026/2027", "scope": "site", "publish_at": "2026-12-22T08:00:00+07:00"},
        "Title given by reference to the subject line.",
    )

    s = "hp-kutip-judul-course-besok-siang"
    m = base(s, "Eko Saputra", "eko.saputra@polibatam.ac.id", "2027-02-09 20:14:22", "pengumuman kuis", "samsung")
    plain(
        m,
        t("""
        Mas, tolong umumkan di course IF301 Pemrograman Web dgn judul "Kuis 2 Diundur", tayang besok siang jam 1. isinya kuis 2 pindah ke minggu depan krn lab dipakai UKK. thx

        Dikirim dari ponsel Samsung Galaxy saya
        """),
        cte="base64",
    )
    add(
        s,
        m,
        "announcement",
        "id",
        {
            "course_code": "IF301",
            "course_name": "Pemrograman Web",
            "title": "Kuis 2 Diundur",
            "scope": "course",
            "publish_at": "2027-02-10T13:00:00+07:00",
        },
    )

    s = "outlook-judul-titik-dua-dd-mm-yy-pkl"
    m = base(
        s, "Bagian Umum", "umum@polibatam.ac.id", "2027-03-01 09:12:08", "Mohon ditayangkan di e-learning", "outlook"
    )
    outlook_html(
        m,
        t("""
        Selamat pagi,

        Mohon bantuan P4M untuk menayangkan pengumuman berikut kepada semua pengguna e-learning.

        Judul: Pemadaman Listrik Gedung Utama
        Waktu tayang: 04-03-27 pkl 13.00

        Isi:
        Sehubungan dengan pemeliharaan trafo oleh PLN, listrik di Gedung Utama padam pada Sabtu, 6 Maret 2027 pukul 08.00 – 14.00 WIB. Layanan e-learning tetap berjalan karena server berada di Gedung TA.

        Terima kasih.

        Hormat saya,
        Suryani
        Bagian Umum Politeknik Negeri Batam
        """),
    )
    add(
        s,
        m,
        "announcement",
        "id",
        {"title": "Pemadaman Listrik Gedung Utama", "scope": "site", "publish_at": "2027-03-04T13:00:00+07:00"},
    )

    s = "docx-naskah-pengumuman-halaman-depan"
    m = base(s, "Humas Polibatam", "humas@polibatam.ac.id", "2027-03-10 11:30:00", "Naskah pengumuman beasiswa")
    alt(
        m,
        "Selamat siang, mohon dipublikasikan di halaman depan e-learning, naskah terlampir. Terima kasih.\n\n"
        "Humas Polibatam\n",
    )
    attach(
        m,
        "Naskah Pengumuman Beasiswa BI.docx",
        docx(
            [
                "PENGUMUMAN",
                "Judul: Pendaftaran Beasiswa Bank Indonesia 2027",
                "Diberitahukan kepada seluruh mahasiswa Politeknik Negeri Batam bahwa pendaftaran Beasiswa Bank Indonesia "
                "tahun 2027 dibuka sampai 9 April 2027. Persyaratan lengkap tersedia di laman kemahasiswaan.",
                "Mohon ditayangkan mulai Senin, 15 Maret 2027 pukul 09.00 WIB.",
            ]
        ),
        DOCX_MIME,
    )
    add(
        s,
        m,
        "announcement",
        "id",
        {
            "title": "Pendaftaran Beasiswa Bank Indonesia 2027",
            "scope": "site",
            "publish_at": "2027-03-15T09:00:00+07:00",
        },
        "Title, text and time only in the DOCX.",
    )

    s = "en-titled-feb-3rd-730-am"
    m = base(s, "Daniel Cho", "daniel.cho@polibatam.ac.id", "2027-01-28 17:02:45", "Announcement for Cloud Computing")
    alt(
        m,
        t("""
        Hi,

        Could you post an announcement titled Midterm Project Briefing in my course IF4203 Cloud Computing? It should go up on Feb 3rd, 7:30 am.

        Text:
        Teams will present their project plans in the lab during the first session after the break. Bring your architecture diagram (one page) and your cost estimate.

        Thanks,
        Daniel Cho
        Visiting Lecturer, Informatics
        """),
    )
    add(
        s,
        m,
        "announcement",
        "en",
        {
            "course_code": "IF4203",
            "course_name": "Cloud Computing",
            "title": "Midterm Project Briefing",
            "scope": "course",
            "publish_at": "2027-02-03T07:30:00+07:00",
        },
    )

    s = "tb-wita-dosen-di-makassar"
    m = base(
        s,
        "Agustina Simanjuntak",
        "agustina.s@polibatam.ac.id",
        "2027-02-15 21:10:03",
        "Pengumuman kuliah daring Perilaku Konsumen",
        "tb",
    )
    plain(
        m,
        t("""
        Selamat malam Tim P4M,

        Saya sedang mengikuti konferensi di Makassar sampai akhir minggu. Mohon bantu tayangkan pengumuman 'Perkuliahan Daring Minggu Ini' di course MB2204 Perilaku Konsumen pada Kamis, 18 Februari 2027 pukul 10.00 WITA.

        Isinya: perkuliahan minggu ini dilaksanakan daring melalui Zoom, tautan ada di bagian Pertemuan 6.

        Terima kasih,
        Agustina Simanjuntak, S.E., M.M.
        """),
    )
    add(
        s,
        m,
        "announcement",
        "id",
        {
            "course_code": "MB2204",
            "course_name": "Perilaku Konsumen",
            "title": "Perkuliahan Daring Minggu Ini",
            "scope": "course",
            "publish_at": "2027-02-18T09:00:00+07:00",
        },
        "Time given in WITA.",
    )

    s = "campur-publish-semua-user-wit"
    m = base(s, "Intan Permatasari", "intan.p@polibatam.ac.id", "2027-03-22 16:48:19", "tolong publish survei ya")
    alt(
        m,
        t("""
        Hi tim,

        Aku lagi di Jayapura for the LLDIKTI workshop, jadi minta tolong publish announcement ke semua user e-learning ya. Judulnya "Survei Kepuasan Layanan P4M 2027", publish Jumat 26/3 pukul 15.00 WIT (jam Jayapura ya, bukan WIB).

        Isi: Bapak/Ibu dosen dan mahasiswa, mohon luangkan 5 menit untuk mengisi survei kepuasan layanan P4M melalui tautan di bawah ini.

        Thanks a lot!
        Intan
        """),
    )
    add(
        s,
        m,
        "announcement",
        "mixed",
        {"title": "Survei Kepuasan Layanan P4M 2027", "scope": "site", "publish_at": "2027-03-26T13:00:00+07:00"},
        "Time given in WIT.",
    )

    s = "iphone-senin-depan-ruang-praktikum"
    m = base(s, "Heri Susanto", "heri.susanto@polibatam.ac.id", "2027-04-08 18:22:40", "Pengumuman praktikum", "iphone")
    plain(
        m,
        t("""
        Selamat sore, mohon dibuatkan pengumuman di course MT2108 Praktikum Pneumatik judulnya Perubahan Ruang Praktikum, tayang Senin depan jam 07.00. Isinya praktikum pindah ke Lab Mekatronika lantai 2 mulai minggu depan.

        Terima kasih
        Heri

        Dikirim dari iPhone saya
        """),
        cte="quoted-printable",
    )
    add(
        s,
        m,
        "announcement",
        "id",
        {
            "course_code": "MT2108",
            "course_name": "Praktikum Pneumatik",
            "title": "Perubahan Ruang Praktikum",
            "scope": "course",
            "publish_at": "2027-04-12T07:00:00+07:00",
        },
    )

    s = "campur-tanpa-jam-secepatnya-edom"
    m = base(s, "Unit Penjaminan Mutu", "upm@polibatam.ac.id", "2027-06-02 09:40:57", "Perpanjangan EDOM")
    alt(
        m,
        t("""
        Dear tim e-learning,

        Mohon dibuatkan pengumuman untuk seluruh pengguna e-learning dengan judul Perpanjangan Pengisian EDOM Semester Genap. Please publish ASAP, karena batas awalnya sudah lewat kemarin.

        Isi: Pengisian EDOM diperpanjang sampai 9 Juni 2027. Mahasiswa yang belum mengisi tidak dapat melihat nilai akhir.

        Thanks,
        Unit Penjaminan Mutu
        """),
    )
    add(
        s,
        m,
        "announcement",
        "mixed",
        {"title": "Perpanjangan Pengisian EDOM Semester Genap", "scope": "site"},
        "No publication time: as soon as possible.",
    )

    s = "fwd-rantai-wadir-seluruh-civitas"
    m = base(
        s, "Admin Akademik", "admin.akademik@polibatam.ac.id", "2026-12-30 14:25:10", "Fwd: FW: Batas unggah nilai"
    )
    alt(
        m,
        t(f"""
        mohon bantuannya 🙏

        ---------- Forwarded message ---------
        From: Kabag Akademik <kabag.akademik@polibatam.ac.id>
        Date: {q_gmail_en("2026-12-30 11:02:00")}
        Subject: FW: Batas unggah nilai
        To: Admin Akademik <admin.akademik@polibatam.ac.id>


        Tolong diteruskan ke P4M.

        -----Original Message-----
        From: Wakil Direktur Bidang Akademik <wadir1@polibatam.ac.id>
        Sent: {q_outlook_en("2026-12-29 16:40:00")}
        To: Kabag Akademik <kabag.akademik@polibatam.ac.id>
        Subject: Batas unggah nilai

        Mohon diumumkan di e-learning untuk seluruh civitas dengan judul "Batas Akhir Unggah Nilai Semester Ganjil", mulai Senin, 4 Januari 2027 pukul 08.00. Isi: dosen wajib mengunggah nilai akhir paling lambat 15 Januari 2027.

        Wadir I
        """),
        cte="8bit",
    )
    add(
        s,
        m,
        "announcement",
        "id",
        {
            "title": "Batas Akhir Unggah Nilai Semester Ganjil",
            "scope": "site",
            "publish_at": "2027-01-04T08:00:00+07:00",
        },
        "Two levels of forwarding; the request is in the innermost message.",
    )

    s = "pengumuman-pergantian-dosen-bukan-ubah-data"
    m = base(s, "Sari Wulandari", "sari.w@polibatam.ac.id", "2027-03-24 10:17:33", "Pengumuman untuk kelas AK-2B")
    alt(
        m,
        t("""
        Selamat pagi,

        Mohon dibuatkan pengumuman di course AK2203 Akuntansi Manajemen kelas AK-2B untuk memberitahu mahasiswa bahwa mulai pertemuan 9 dosen pengampu berganti dari saya ke Bapak Teguh Prasetyo, M.Ak. karena saya cuti melahirkan.

        Judul pengumuman: Pergantian Dosen Pengampu

        Data course tidak perlu diubah, nanti diurus Prodi.

        Terima kasih,
        Sari Wulandari, S.E., M.Ak.
        """),
    )
    add(
        s,
        m,
        "announcement",
        "id",
        {
            "course_code": "AK2203",
            "course_name": "Akuntansi Manajemen",
            "title": "Pergantian Dosen Pengampu",
            "scope": "course",
        },
        "An announcement about a change of lecturer, explicitly not a change of course data.",
    )

    s = "outlook-html-tabel-jadwal-beranda"
    m = base(
        s,
        "Bagian Akademik",
        "akademik@polibatam.ac.id",
        "2027-05-18 13:55:26",
        "Jadwal UAS Genap di beranda e-learning",
        "outlook",
    )
    outlook_html(
        m,
        "Yth. Tim P4M,\n\nMohon ditampilkan di beranda e-learning pada 24 Mei 2027 pukul 07.30 WIB "
        'pengumuman berikut.\n\n<p class="MsoNormal"><b>Judul: Jadwal Ujian Akhir Semester Genap '
        "2026/2027</b><o:p></o:p></p>\n\n"
        + table(
            [
                ["Jurusan", "Tanggal", "Keterangan"],
                ["Teknik Informatika", "7 – 11 Juni 2027", "CBT"],
                ["Teknik Elektro", "7 – 12 Juni 2027", "Tertulis dan praktik"],
                ["Manajemen Bisnis", "8 – 11 Juni 2027", "CBT"],
            ]
        )
        + "\n\nTerima kasih.\n\nBagian Akademik\nPoliteknik Negeri Batam",
    )
    add(
        s,
        m,
        "announcement",
        "id",
        {
            "title": "Jadwal Ujian Akhir Semester Genap 2026/2027",
            "scope": "site",
            "publish_at": "2027-05-24T07:30:00+07:00",
        },
    )

    s = "campur-title-nya-kamis-ini"
    m = base(s, "Reza Pahlevi", "reza.pahlevi@polibatam.ac.id", "2027-04-20 15:03:44", "announcement Forensik")
    alt(
        m,
        t("""
        Hi min,

        Please post announcement di course RKS3101 Forensik Digital, title nya 'Lab Session Moved to GU 705', publish Kamis ini jam 8 pagi ya.

        Body: This week's lab session is moved to room GU 705 because of the network upgrade in the usual lab.

        Thx!
        Reza
        """),
    )
    add(
        s,
        m,
        "announcement",
        "mixed",
        {
            "course_code": "RKS3101",
            "course_name": "Forensik Digital",
            "title": "Lab Session Moved to GU 705",
            "scope": "course",
            "publish_at": "2027-04-22T08:00:00+07:00",
        },
    )

    s = "hp-mahasiswa-umumin-bsk-pagi"
    m = base(s, "Putri Ayu", "4312512044@students.polibatam.ac.id", "2027-04-27 21:31:08", "tolong kak", "samsung")
    plain(
        m,
        t("""
        kak mhn bantu umumin di MK AK1102 Matematika Ekonomi, judulnya Kelas Pengganti Hari Sabtu, tayang bsk pagi jam 7. dosennya udh acc kok kak (pak yudi). tks
        """),
        cte="base64",
    )
    add(
        s,
        m,
        "announcement",
        "id",
        {
            "course_code": "AK1102",
            "course_name": "Matematika Ekonomi",
            "title": "Kelas Pengganti Hari Sabtu",
            "scope": "course",
            "publish_at": "2027-04-28T07:00:00+07:00",
        },
        "Student asks on behalf of the lecturer.",
    )

    s = "zimbra-d-m-yyyy-registrasi-ulang"
    m = base(
        s, "Bagian Akademik", "akademik@polibatam.ac.id", "2026-12-21 08:47:15", "Pengumuman registrasi ulang", "zimbra"
    )
    plain(
        m,
        t("""
        Yth. Tim P4M,

        Mohon dipasang pengumuman "Jadwal Registrasi Ulang Semester Genap" untuk seluruh mahasiswa di halaman utama e-learning, tanggal 5/1/2027 pukul 08.00 WIB.

        Isi:
        Registrasi ulang semester genap 2026/2027 dilaksanakan 5 - 15 Januari 2027 melalui SIAKAD. Mahasiswa yang tidak melakukan registrasi ulang tidak dapat mengikuti perkuliahan.

        Terima kasih.
        Bagian Akademik
        """),
    )
    add(
        s,
        m,
        "announcement",
        "id",
        {"title": "Jadwal Registrasi Ulang Semester Genap", "scope": "site", "publish_at": "2027-01-05T08:00:00+07:00"},
    )

    s = "en-intl-office-front-page-every-user"
    m = base(
        s,
        "International Office",
        "io@polibatam.ac.id",
        "2027-04-05 10:40:12",
        "Announcement request - International Week",
        "outlook",
    )
    outlook_html(
        m,
        t("""
        Dear P4M team,

        Could you please post the following announcement on the e-learning front page so that every user sees it when they log in?

        Title: International Week 2027
        Publication: 14 April 2027 at 09:00

        Text: Polibatam welcomes partner universities from Malaysia, Thailand and the Netherlands from 19 to 23 April. Students are invited to the cultural fair and the guest lectures; the programme is available from the International Office.

        Many thanks,
        Linda Hartono
        International Office, Politeknik Negeri Batam
        """),
    )
    add(
        s,
        m,
        "announcement",
        "en",
        {"title": "International Week 2027", "scope": "site", "publish_at": "2027-04-14T09:00:00+07:00"},
    )

    s = "pdf-surat-edaran-sso-seluruh-pengguna"
    m = base(s, "UPT TIK", "upttik@polibatam.ac.id", "2027-05-25 14:12:37", "Surat edaran migrasi SSO")
    alt(m, "Yth. P4M, mohon ditindaklanjuti surat edaran terlampir. Terima kasih.\n")
    attach(
        m,
        "SE-021-UPTTIK-2027.pdf",
        pdf(
            [
                "SURAT EDARAN",
                "Nomor: 021/PL29/TIK/2027",
                "Perihal: Penggunaan Akun SSO Baru",
                "",
                "Yth. Kepala P4M",
                "",
                "Mulai 1 Juni 2027 seluruh layanan Polibatam menggunakan akun SSO baru.",
                "Mohon diumumkan di e-learning untuk seluruh pengguna dengan judul: Migrasi Akun SSO Polibatam",
                "dan ditayangkan pada 1 Juni 2027 pukul 08.00 WIB.",
                "",
                "Kepala UPT TIK",
            ]
        ),
        ("application", "pdf"),
    )
    add(
        s,
        m,
        "announcement",
        "id",
        {"title": "Migrasi Akun SSO Polibatam", "scope": "site", "publish_at": "2027-06-01T08:00:00+07:00"},
        "Title, scope and time only in the PDF.",
    )

    s = "tb-bottom-post-time-for-announcement"
    m = base(
        s,
        "Martin Okafor",
        "martin.okafor@polibatam.ac.id",
        "2027-05-06 09:18:50",
        "Re: [P4M #2027-0231] Announcement: Guest Lecture on Port Automation",
        "tb",
    )
    plain(
        m,
        f"On {q_tb_en('2027-05-05 15:44:00')}, Helpdesk P4M wrote:\n"
        + quote(
            t("""
        Dear Mr Okafor,

        Thank you for your request. Could you tell us when the announcement should be
        published, and whether it is for one course or for the whole e-learning site?

        Best regards,
        Helpdesk P4M
        """)
        )
        + "\nPlease publish it on Monday 10 May at 2 pm. It is for my course LOG3105 Port Management only, "
        "not the whole site.\n\nMartin\n",
    )
    add(
        s,
        m,
        "announcement",
        "en",
        {
            "course_code": "LOG3105",
            "course_name": "Port Management",
            "title": "Guest Lecture on Port Automation",
            "scope": "course",
            "publish_at": "2027-05-10T14:00:00+07:00",
        },
        "Bottom-posted reply; the title is only in the subject.",
    )


def support() -> None:
    s = "en-hand-in-page-keeps-spinning"
    m = base(
        s, "Aisyah binti Rahman", "aisyah.rahman@gmail.com", "2026-09-28 20:41:55", "Lab report will not go through"
    )
    alt(
        m,
        t("""
        Hello,

        I am an exchange student from Universiti Teknologi Malaysia. Every time I press the button to hand in my lab report for EL2201 the page just keeps spinning and after a few minutes it shows a blank white page. I tried Chrome and Firefox and two different networks. The deadline is tonight at 23:59, what should I do?

        Thank you,
        Aisyah
        """),
    )
    add(s, m, "elearning_support", "en", note="English problem description without the usual words (upload, error).")

    s = "hp-ga-bs-msk-pw-sdh-direset"
    m = base(
        s, "Nanda Pratiwi", "4312501023@students.polibatam.ac.id", "2026-10-07 22:58:14", "(tanpa subjek)", "samsung"
    )
    plain(
        m,
        "min sy ga bs msk elearning, pw sdh direset lwt sso tp ttp muncul invalid login. nim 4312501023. "
        "mhn bantuannya bsk ada kuis\n",
        cte="base64",
    )
    add(s, m, "elearning_support", "id")

    s = "re-balasan-otomatis-masalah-baru"
    m = base(
        s,
        "Teguh Prasetyo",
        "teguh.prasetyo@polibatam.ac.id",
        "2027-02-16 08:12:30",
        "Re: Balasan Otomatis: [P4M #2027-0098] Materi tidak tampil",
    )
    alt(
        m,
        t(f"""
        Maaf membalas ke email ini. Masalah yang kemarin sudah beres, tapi sekarang mahasiswa kelas MB-1A tidak bisa melihat materi minggu 5 di course MB1101 Pengantar Manajemen padahal sudah saya set visible sejak Jumat. Mohon dicek.

        Teguh

        Pada {q_gmail_id("2027-02-15 17:03:00")} Helpdesk P4M <{TO}> menulis:

        > Terima kasih, email Anda sudah kami terima. Layanan helpdesk P4M buka Senin-Jumat 08.00-16.00 WIB.
        """),
    )
    add(s, m, "elearning_support", "id", note="A reply to the helpdesk's auto-reply that carries a new problem.")

    s = "outlook-html-dosen-baru-course-tidak-muncul"
    m = base(
        s,
        "Dimas Arya",
        "dimas.arya@polibatam.ac.id",
        "2026-11-04 10:30:21",
        "Course belum muncul di akun saya",
        "outlook",
    )
    outlook_html(
        m,
        t("""
        Selamat pagi Bapak/Ibu,

        Saya dosen baru di Jurusan Teknik Elektro. Sudah bisa login ke e-learning, tetapi di Dashboard tidak ada satu pun course yang muncul, padahal menurut jadwal saya mengampu dua kelas praktikum. Apakah ada yang perlu saya lakukan?

        Terima kasih.

        Dimas Arya, S.T., M.T.
        Jurusan Teknik Elektro
        """),
    )
    add(s, m, "elearning_support", "id")

    s = "campur-quiz-timer-habis-duluan"
    m = base(s, "Arief Budiman", "arief.budiman@polibatam.ac.id", "2026-11-18 14:52:09", "quiz timer aneh")
    alt(
        m,
        t("""
        Siang tim,

        Quiz 3 di course IF2101 Algoritma timernya habis duluan, baru 20 menit udah auto submit padahal setting-nya 60 minutes. Several students complained, ada yang baru jawab 5 soal. Could you check the settings or the server time? Saya sudah cek tidak ada user override.

        Thanks,
        Arief
        """),
    )
    add(s, m, "elearning_support", "mixed")

    s = "outlook-original-message-mahasiswa-belum-terdaftar"
    m = base(
        s,
        "Yohana Sitorus",
        "yohana.sitorus@polibatam.ac.id",
        "2027-01-20 09:05:44",
        "FW: tidak terdaftar di course",
        "outlook",
    )
    outlook_html(
        m,
        t(f"""
        Tolong dibantu mahasiswa saya ini ya.

        Yohana

        -----Original Message-----
        From: Gilang Ramadhan <4312411077@students.polibatam.ac.id>
        Sent: {q_outlook_en("2027-01-19 21:40:00")}
        To: Yohana Sitorus <yohana.sitorus@polibatam.ac.id>
        Subject: tidak terdaftar di course

        Selamat malam bu, saya Gilang dari kelas LOG-2A. Saya tidak bisa masuk course Manajemen Pergudangan bu, di e-learning muncul tulisan "You cannot enrol yourself in this course". Teman-teman yang lain sudah bisa. Mohon bantuannya bu.
        """),
    )
    add(s, m, "elearning_support", "id", note="Lecturer forwards a student's problem.")

    s = "iphone-screenshot-ini-errornya"
    m = base(s, "Fitri Handayani", "fitrihandayani02@gmail.com", "2027-02-24 10:47:33", "error kuis", "iphone")
    plain(m, "ini errornya pak pas buka kuis\n\nDikirim dari iPhone saya\n")
    attach(m, "IMG_4821.PNG", png(s), ("image", "png"))
    add(s, m, "elearning_support", "id")

    s = "tanya-cara-ubah-nama-course-sendiri"
    m = base(s, "Rudi Hartanto", "rudi.hartanto@polibatam.ac.id", "2027-03-03 13:40:26", "Cara mengubah nama course")
    alt(
        m,
        t("""
        Selamat siang,

        Bagaimana caranya mengubah nama course sendiri di e-learning? Saya sudah masuk ke Settings tapi kolom Course full name tidak bisa diedit. Apakah dosen memang tidak punya akses untuk itu?

        Terima kasih,
        Rudi
        """),
    )
    add(s, m, "elearning_support", "id", note="A how-to question, not a request to change a course.")

    s = "en-exchange-student-cannot-find-course"
    m = base(s, "Nur Izzati", "izzati.nur@gmail.com", "2027-02-03 11:26:52", "Network Security course")
    alt(
        m,
        t("""
        Hi,

        I'm an exchange student (student ID 4312699005) and my study plan includes Network Security with Mr. Fauzan. I can log in, but the course doesn't appear under My courses and when I search for it, it asks for a key that I don't have. Could you add me or tell me who to ask?

        Best,
        Izzati
        """),
    )
    add(s, m, "elearning_support", "en")

    s = "tb-campur-forum-notif-tidak-masuk"
    m = base(
        s,
        "Hendrik Lumban Gaol",
        "hendrik.lg@polibatam.ac.id",
        "2027-03-09 16:20:40",
        "notifikasi forum tidak terkirim",
        "tb",
    )
    plain(
        m,
        t("""
        Halo,

        Forum notification dari course saya gak masuk ke email mahasiswa sejak minggu lalu. I already checked the subscription mode, semua forced subscription. Postingan saya juga sudah lewat 30 menit editing time. Apakah ada masalah dengan mail server?

        Regards,
        Hendrik
        """),
        flowed=True,
    )
    add(s, m, "elearning_support", "mixed")

    s = "outlook-en-video-upload-limit"
    m = base(
        s, "Grace Lim", "grace.lim@polibatam.ac.id", "2027-03-16 08:58:11", "Upload limit for lecture videos", "outlook"
    )
    outlook_html(
        m,
        t("""
        Good morning,

        When I try to add my recorded lectures to my course, the file picker says the maximum size is 50 MB. Each recording is about 300 MB. Is there a way to raise the limit for my course, or should I use another platform for the videos?

        Kind regards,
        Grace Lim
        Lecturer, Multimedia Engineering Technology
        """),
    )
    add(s, m, "elearning_support", "en")

    s = "iphone-en-interactive-content-blank-ipad"
    m = base(s, "Oliver Grant", "oliver.grant@gmail.com", "2027-04-13 19:36:02", "Blank activity on iPad", "iphone")
    plain(
        m,
        t("""
        Hi there,

        The interactive video activity in week 7 shows only a grey box on my iPad (Safari). On my laptop it works. My students mostly use phones, so this is a problem for them too.

        Oliver

        Sent from my iPad
        """),
        cte="quoted-printable",
    )
    add(s, m, "elearning_support", "en")

    s = "yahoo-akun-terkunci-terlalu-banyak-percobaan"
    m = base(s, "Suharti", "suharti_63@yahoo.co.id", "2027-04-19 07:31:29", "akun e-learning terkunci", "yahoo")
    alt(
        m,
        t("""
        Selamat pagi,

        Akun e-learning saya terkunci setelah beberapa kali salah memasukkan kata sandi. Muncul keterangan harus menunggu, tapi sudah sehari masih sama. Username saya suharti. Mohon dibuka kembali.

        Hormat saya,
        Dra. Suharti, M.Pd.
        Dosen MKU
        """),
    )
    add(s, m, "elearning_support", "id")

    s = "campur-aplikasi-moodle-hp-tidak-sinkron"
    m = base(
        s, "Bella Anastasya", "bella.anastasya@students.polibatam.ac.id", "2027-05-03 12:14:45", "moodle app gak sync"
    )
    alt(
        m,
        t("""
        Halo kak,

        Aplikasi Moodle di hp aku gak sync, tugas yang udah aku submit di laptop masih keliatan "not submitted" di app. Already tried logout and clear cache. Takutnya nanti dianggap belum ngumpul.

        Thank you kak
        Bella
        """),
    )
    add(s, m, "elearning_support", "mixed")


def documents() -> None:
    s = "zimbra-permohonan-template-rps-formal"
    m = base(
        s,
        "Dr. Ahmad Syafii, M.Pd.",
        "ahmad.syafii@polibatam.ac.id",
        "2026-09-09 09:10:02",
        "Permohonan Template RPS Kurikulum OBE",
        "zimbra",
    )
    plain(
        m,
        t("""
        Yth. Tim P4M,

        Dengan hormat,

        Dalam rangka penyusunan perangkat pembelajaran semester genap, kami memohon dapat dikirimkan templat Rencana Pembelajaran Semester (RPS) berbasis OBE versi terbaru beserta contoh pengisiannya.

        Atas bantuan Bapak/Ibu, kami ucapkan terima kasih.

        Hormat kami,
        Dr. Ahmad Syafii, M.Pd.
        Koordinator MKU
        """),
    )
    add(s, m, "document_request", "id")

    s = "outlook-en-quality-manual-internal-audit"
    m = base(
        s,
        "Rebecca Tan",
        "rebecca.tan@outlook.com",
        "2026-10-14 15:22:47",
        "Request: quality manual and internal audit SOP",
        "outlook",
    )
    outlook_html(
        m,
        t("""
        Dear P4M,

        I am helping the Logistics department prepare for the internal quality audit next month. Could you send me the current Quality Manual and the SOP for the internal audit (AMI), preferably in PDF?

        Thank you in advance,
        Rebecca Tan
        Logistics Department
        """),
    )
    add(s, m, "document_request", "en")

    s = "hp-mhn-format-bap-uts"
    m = base(s, "Joko Widodo Saputra", "joko.ws@polibatam.ac.id", "2026-10-21 06:55:37", "bap", "samsung")
    plain(m, "mhn kirim format BAP UTS yg terbaru tks\n\nDikirim dari ponsel Samsung Galaxy saya\n", cte="base64")
    add(s, m, "document_request", "id")

    s = "campur-template-kontrak-kuliah"
    m = base(s, "Clara Natalia", "clara.natalia@polibatam.ac.id", "2027-01-06 10:33:18", "template kontrak kuliah")
    alt(
        m,
        t("""
        Halo P4M,

        Boleh minta template kontrak kuliah yang terbaru? I need it for the new semester, yang versi tahun lalu masih pakai logo lama soalnya.

        Thanks!
        Clara
        """),
    )
    add(s, m, "document_request", "mixed")

    s = "outlook-fw-original-message-exam-guidelines"
    m = base(
        s,
        "Kevin Harahap",
        "kevin.harahap@polibatam.ac.id",
        "2027-02-10 13:47:05",
        "FW: Guidelines for writing exam questions",
        "outlook",
    )
    outlook_html(
        m,
        t(f"""
        Hi P4M, forwarding this one to you, I think the guidelines are yours.

        Kevin

        -----Original Message-----
        From: Emily Watson <emily.watson@gmail.com>
        Sent: {q_outlook_en("2027-02-09 20:12:00")}
        To: Kevin Harahap <kevin.harahap@polibatam.ac.id>
        Subject: Guidelines for writing exam questions

        Dear Kevin,

        As a new guest lecturer I would like to follow the institution's rules for final exams. Is there a guideline document for writing exam questions (format, Bloom levels, moderation) that I could read?

        Best wishes,
        Emily
        """),
    )
    add(s, m, "document_request", "en", note="Forwarded request for a guideline document.")

    s = "campur-sop-elearning-dosen-baru"
    m = base(s, "Indra Gunawan", "indra.gunawan@polibatam.ac.id", "2027-02-17 11:09:56", "SOP e-learning")
    alt(
        m,
        t("""
        Selamat siang,

        Saya dosen baru di Prodi Teknologi Rekayasa Multimedia. Apakah ada SOP atau panduan penggunaan e-learning untuk dosen? Kalau ada in English juga boleh, for my co-teacher from Korea.

        Terima kasih,
        Indra
        """),
    )
    add(s, m, "document_request", "mixed")

    s = "outlook-html-instrumen-monev"
    m = base(
        s,
        "Kaprodi Akuntansi Manajerial",
        "kaprodi.akm@polibatam.ac.id",
        "2027-04-26 14:04:21",
        "Permintaan instrumen monev perkuliahan",
        "outlook",
    )
    outlook_html(
        m,
        t("""
        Yth. Tim P4M,

        Mohon dikirimkan instrumen monitoring dan evaluasi (monev) perkuliahan yang berlaku untuk semester ini, beserta format laporan rekapitulasinya. Kami akan melaksanakan monev internal prodi pada minggu ke-10.

        Terima kasih.

        Salam,
        Kaprodi Akuntansi Manajerial
        """),
    )
    add(s, m, "document_request", "id")

    s = "en-lesson-plan-template-visiting"
    m = base(s, "Tomás Herrera", "tomas.herrera@gmail.com", "2027-05-12 17:25:39", "Lesson plan template")
    alt(
        m,
        t("""
        Hello again,

        The department asked me to submit a semester lesson plan (they called it RPS) for next term. Is there an English version of the template, or at least a filled-in example I could follow?

        Thanks a lot,
        Tomás
        """),
    )
    add(s, m, "document_request", "en")


def others() -> None:
    s = "terima-kasih-nama-mk-sudah-berubah"
    m = base(
        s,
        "Budi Setiawan",
        "budi.setiawan@polibatam.ac.id",
        "2026-10-30 15:37:12",
        "Re: [P4M #2026-0871] Perubahan nama MK IF302",
    )
    alt(
        m,
        t(f"""
        Terima kasih banyak, nama MK IF302 sekarang sudah berubah menjadi Pemrograman Web Lanjut di e-learning dan mahasiswa juga sudah bisa melihatnya. Tiket boleh ditutup.

        Salam,
        Budi

        Pada {q_gmail_id("2026-10-30 14:10:00")} Helpdesk P4M <{TO}>
        menulis:

        > Yth. Bapak Budi Setiawan,
        > Perubahan nama mata kuliah IF302 sudah kami terapkan. Mohon dicek kembali.
        > Salam, Helpdesk P4M
        """),
    )
    add(s, m, "other", "id", note="Thanks after a change was done; mentions the new name but asks for nothing.")

    s = "campur-mungkin-dosen-semester-depan"
    m = base(s, "Eka Purnama", "eka.purnama@polibatam.ac.id", "2026-12-02 11:48:03", "info awal course Basis Data")
    alt(
        m,
        t("""
        Hai tim P4M,

        Just FYI dulu ya, kemungkinan semester depan dosen pengampu MK IF204 Basis Data akan Pak Yoga, tapi belum fix, masih nunggu SK dari jurusan. Nanti kalau sudah pasti saya kabari lagi, jangan diubah dulu.

        Thanks,
        Eka
        """),
    )
    add(s, m, "other", "mixed", note="Hedged future change, explicitly not to be applied yet.")

    s = "outlook-en-complaint-no-answer"
    m = base(s, "Michael Brown", "michael.brown@outlook.com", "2027-01-27 16:05:48", "Still no answer", "outlook")
    outlook_html(
        m,
        t("""
        To whom it may concern,

        This is the third time I am writing to your office this month and I still have not received any reply, not even a ticket number. As a guest lecturer I find it hard to understand who is responsible for what at Polibatam. I would appreciate it if somebody could simply tell me which office I should contact in the future.

        Regards,
        Michael Brown
        """),
    )
    add(s, m, "other", "en", note="A complaint about response, no concrete e-learning request.")

    s = "hp-tanya-jadwal-uas-basis-data"
    m = base(s, "Rafi Alfarizi", "4312411102@students.polibatam.ac.id", "2027-05-20 23:12:40", "jadwal uas", "samsung")
    plain(m, "kak kpn UAS matkul Basis Data kls IF-2A? di siakad blm muncul jadwalnya. tks kak\n", cte="base64")
    add(s, m, "other", "id", note="A question about an exam schedule.")

    s = "tanya-pelatihan-dosen-baru-menggantikan"
    m = base(s, "Rina Kusuma", "rina.kusuma@polibatam.ac.id", "2027-01-14 09:33:27", "Pelatihan untuk dosen baru")
    alt(
        m,
        t("""
        Selamat pagi,

        Saya dosen baru di Jurusan Teknik Mesin, menggantikan Pak Harun yang sudah pensiun. Apakah P4M ada jadwal pelatihan untuk dosen baru, misalnya tentang penyusunan RPS dan pembelajaran blended? Kalau ada, bagaimana cara mendaftarnya?

        Terima kasih,
        Rina Kusuma, S.T., M.T.
        """),
    )
    add(
        s, m, "other", "id", note="A question about training for new lecturers; 'menggantikan' is not a change request."
    )

    s = "outlook-en-vendor-proctoring-offer"
    m = base(
        s,
        "Jason Lee",
        "jason.lee@outlook.com",
        "2027-03-18 10:02:33",
        "Partnership: AI proctoring for your LMS",
        "outlook",
    )
    outlook_html(
        m,
        t("""
        Dear P4M Team,

        I hope this email finds you well. ProctorWise helps universities in Southeast Asia run secure online exams with AI-based proctoring that plugs straight into Moodle. We would love to offer Politeknik Negeri Batam a free 60-day pilot for up to 500 students.

        Would you be open to a 20-minute call next week?

        Best regards,
        Jason Lee
        Partnerships Manager, ProctorWise Pte. Ltd., Singapore
        """),
    )
    add(s, m, "other", "en")

    s = "campur-wifi-kampus-salah-alamat"
    m = base(s, "Dian Puspita", "dian.puspita@students.polibatam.ac.id", "2027-04-06 13:26:18", "wifi tidak connect")
    alt(
        m,
        t("""
        Permisi kak, wifi Polibatam-Student di gedung TA lantai 4 gak bisa connect dari kemarin, always "authentication failed". Ini ke P4M atau ke UPT TIK ya? Thank you.

        Dian
        """),
    )
    add(s, m, "other", "mixed", note="Misdirected: campus Wi-Fi is not an e-learning matter.")


def bounce(
    slug: str,
    date: str,
    subject: str,
    reporter: str,
    body: str,
    rcpt: str,
    status: str,
    diag: str,
    orig_subject: str,
    action: str = "failed",
) -> EmailMessage:
    """A delivery-status report (RFC 3464) as an MTA writes it."""
    d = when(date)
    m = EmailMessage(policy=POL)
    m["Return-Path"] = "<>"
    m["Received"] = f"by {reporter} (Postfix) id {h(slug, 11).upper()}; {format_datetime(d)} (WIB)"
    m["Date"] = format_datetime(d)
    m["From"] = f"MAILER-DAEMON@{reporter} (Mail Delivery System)"
    m["Subject"] = subject
    m["To"] = TO
    m["Auto-Submitted"] = "auto-replied"
    m["Message-Id"] = f"<{d:%Y%m%d%H%M%S}.{h(slug, 11).upper()}@{reporter}>"
    m["MIME-Version"] = "1.0"
    m["Content-Type"] = "multipart/report; report-type=delivery-status"
    note = EmailMessage(policy=POL)
    note.set_content(body, charset="us-ascii", cte="7bit")
    del note["MIME-Version"]
    note["Content-Description"] = "Notification"
    ds = EmailMessage(policy=POL)
    ds["Content-Description"] = "Delivery report"
    ds["Content-Type"] = "message/delivery-status"
    per_msg = EmailMessage(policy=POL)
    per_msg["Reporting-MTA"] = f"dns; {reporter}"
    per_msg["Arrival-Date"] = format_datetime(d - timedelta(minutes=3))
    per_rcpt = EmailMessage(policy=POL)
    per_rcpt["Final-Recipient"] = f"rfc822; {rcpt}"
    per_rcpt["Action"] = action
    per_rcpt["Status"] = status
    per_rcpt["Diagnostic-Code"] = f"smtp; {diag}"
    ds.attach(per_msg)
    ds.attach(per_rcpt)
    hdrs = EmailMessage(policy=POL)
    hdrs.set_content(
        f"From: Helpdesk P4M <{TO}>\nTo: {rcpt}\nDate: {format_datetime(d - timedelta(minutes=3))}\n"
        f"Subject: {orig_subject}\nMessage-ID: <ack.{h(slug, 10)}@helpdesk-p4m.polibatam.ac.id>\n",
        subtype="rfc822-headers",
        charset="us-ascii",
        cte="7bit",
    )
    del hdrs["MIME-Version"]
    hdrs["Content-Description"] = "Undelivered Message Headers"
    for part in (note, ds, hdrs):
        m.attach(part)
    return m


def machine() -> None:
    s = "zimbra-ooo-cuti-umroh"
    m = base(
        s,
        "Nurhayati",
        "nurhayati@polibatam.ac.id",
        "2026-11-11 08:15:02",
        "Cuti: Re: [P4M #2026-0944] Permintaan diterima",
        "zimbra",
    )
    m["Auto-Submitted"] = "auto-replied (zimbra; vacation)"
    plain(
        m,
        t("""
        Assalamualaikum,

        Saya sedang cuti ibadah umroh tanggal 9 - 22 November 2026. Email akan saya balas setelah kembali. Untuk urusan mendesak silakan hubungi Admin Jurusan di admin.mb@polibatam.ac.id.

        Wassalam,
        Nurhayati
        """),
    )
    add(s, m, "auto", "id", note="Out-of-office reply to an acknowledgement.")

    s = "outlook-en-automatic-reply-conference"
    m = base(
        s,
        "Grace Lim",
        "grace.lim@polibatam.ac.id",
        "2027-03-16 09:05:12",
        "Automatic reply: [P4M #2027-0187] Upload limit for lecture videos",
        "outlook",
    )
    m["X-Auto-Response-Suppress"] = "All"
    m["Auto-Submitted"] = "auto-generated"
    outlook_html(
        m,
        t("""
        Thank you for your message. I am attending a conference in Kuala Lumpur until 19 March with limited access to email. For course matters please contact the Multimedia study programme office.

        Grace Lim
        """),
    )
    add(s, m, "auto", "en")

    s = "postfix-bounce-user-unknown"
    m = bounce(
        s,
        "2026-12-08 13:44:20",
        "Undelivered Mail Returned to Sender",
        "mx.polibatam.ac.id",
        t("""
        This is the mail system at host mx.polibatam.ac.id.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <4312299001@students.polibatam.ac.id>: host aspmx.l.google.com[142.250.4.26]
            said: 550-5.1.1 The email account that you tried to reach does not exist.
            (in reply to RCPT TO command)
        """),
        "4312299001@students.polibatam.ac.id",
        "5.1.1",
        "550-5.1.1 The email account that you tried to reach does not exist.",
        "[P4M #2026-1012] Permintaan Anda sudah kami terima",
    )
    add(s, m, "auto", "en")

    s = "exchange-ndr-mailbox-full"
    m = bounce(
        s,
        "2027-02-02 10:21:47",
        "Undeliverable: [P4M #2027-0077] Request received",
        "SG2PR06MB5037.apcprd06.prod.outlook.com",
        t("""
        Delivery has failed to these recipients or groups:

        rebecca.tan@outlook.com
        The recipient's mailbox is full and can't accept messages now. Please try resending this message later,
        or contact the recipient directly.

        Diagnostic information for administrators:
        Generating server: SG2PR06MB5037.apcprd06.prod.outlook.com
        Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException'
        """),
        "rebecca.tan@outlook.com",
        "5.2.2",
        "554 5.2.2 mailbox full",
        "[P4M #2027-0077] Request received",
    )
    m.replace_header("From", "Microsoft Outlook <postmaster@outlook.com>")
    m.replace_header(
        "Received",
        "from SG2PR06MB5037.apcprd06.prod.outlook.com ([fe80::3c1a:9d2e:41b7:aa10]) by "
        "SG2PR06MB5037.apcprd06.prod.outlook.com with mapi id 15.20.8398.017; "
        + format_datetime(when("2027-02-02 10:21:47")),
    )
    add(s, m, "auto", "en")

    s = "gmail-delayed-warning"
    m = bounce(
        s,
        "2027-04-14 16:02:09",
        "Delivery Status Notification (Delay)",
        "mx.google.com",
        t("""
        ** Message delayed **

        There was a temporary problem delivering your message to p.vandijk@gmail.com. Gmail will retry
        for 44 more hours. You'll be notified if the delivery fails permanently.

        The response from the remote server was:
        451 4.3.0 Mail server temporarily rejected message.
        """),
        "p.vandijk@gmail.com",
        "4.3.0",
        "451 4.3.0 Mail server temporarily rejected message.",
        "[P4M #2027-0260] Permintaan Anda sudah kami terima",
        action="delayed",
    )
    m.replace_header("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>")
    add(s, m, "auto", "en")

    s = "phplist-buletin-perpustakaan"
    m = base(
        s,
        "Perpustakaan Polibatam",
        "newsletter@lib.polibatam.ac.id",
        "2027-01-21 07:00:00",
        "Buletin Perpustakaan Januari 2027: koleksi baru dan jam layanan",
        "other",
    )
    m["Precedence"] = "bulk"
    m["List-Id"] = "<buletin.lib.polibatam.ac.id>"
    m["List-Unsubscribe"] = "<https://lib.polibatam.ac.id/lists/?p=unsubscribe&uid=7f3a2c>"
    m["X-Mailer"] = "phplist v3.6.15"
    alt(
        m,
        t("""
        BULETIN PERPUSTAKAAN POLIBATAM - JANUARI 2027

        Koleksi baru: 120 judul buku teknik dan manajemen sudah dapat dipinjam.
        Jam layanan semester genap: Senin-Jumat 08.00-20.00 WIB, Sabtu 09.00-13.00 WIB.
        Pengumuman: akses e-journal IEEE diperpanjang sampai Desember 2027.

        Anda menerima email ini karena terdaftar di milis buletin perpustakaan.
        Berhenti berlangganan: https://lib.polibatam.ac.id/lists/?p=unsubscribe&uid=7f3a2c
        """),
    )
    add(s, m, "auto", "id", note="Bulk list mail that uses the word 'Pengumuman'.")

    s = "moodle-forum-pengumuman-salinan"
    m = base(
        s,
        "Eko Saputra (via E-Learning Polibatam)",
        "noreply@elearning.polibatam.ac.id",
        "2027-02-10 13:00:41",
        "IF301: Kuis 2 Diundur",
        "other",
    )
    m["Precedence"] = "Bulk"
    m["List-Id"] = '"IF301 Pengumuman" <moodleforum57@elearning.polibatam.ac.id>'
    m["List-Unsubscribe"] = "<https://elearning.polibatam.ac.id/mod/forum/subscribe.php?id=57>"
    m["X-Course-Id"] = "412"
    m["X-Course-Name"] = "IF301 Pemrograman Web"
    m["Auto-Submitted"] = "auto-generated"
    alt(
        m,
        t("""
        IF301 Pemrograman Web -> Pengumuman -> Kuis 2 Diundur

        Kuis 2 dipindah ke minggu depan karena lab dipakai UKK. Silakan cek jadwal terbaru di course.

        ---------------------------------------------------------------------
        Anda menerima pesan ini karena berlangganan forum ini. Untuk berhenti berlangganan,
        kunjungi https://elearning.polibatam.ac.id/mod/forum/subscribe.php?id=57
        """),
    )
    add(s, m, "auto", "id", note="Moodle forum copy of a published announcement (bulk, List-Id).")

    s = "balasan-otomatis-subjek-saja"
    m = base(
        s,
        "Sutrisno",
        "sutrisno.mm@yahoo.co.id",
        "2027-03-30 08:00:03",
        "Balasan Otomatis: Re: [P4M #2027-0201] Gelar di course",
        "yahoo",
    )
    alt(
        m,
        t("""
        Terima kasih atas email Anda. Saya sedang dinas luar sampai 2 April 2027 dan akan membalas setelah kembali. Untuk perubahan data mata kuliah MB3102 silakan langsung menghubungi Prodi Manajemen Bisnis.
        """),
    )
    add(s, m, "auto", "id", note="Out-of-office recognisable only by its subject; mentions a course-data change.")


if __name__ == "__main__":
    sys.exit(main())

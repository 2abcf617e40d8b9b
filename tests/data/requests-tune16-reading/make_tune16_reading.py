#!/usr/bin/env python3
"""Generate the sixteenth P4M helpdesk TUNING corpus, part "reading" (labelled request e-mails).

Aimed at WHERE the request is, in layouts no corpus has yet: spreadsheets attached (a ';'-separated CSV from an
Indonesian Excel in windows-1252 sent as application/vnd.ms-excel, a comma CSV from Google Sheets with a BOM, a
tab-separated export, XLSX workbooks holding course changes, a label/value form or an announcement schedule);
WhatsApp chats pasted into mail (Android "12/11/26 08.15 - Name: text", iOS "[08.15, 12/11/2026] Name: text",
English "12/11/2026, 20:05 - Name: text"), where the request is in the chat lines and the stamps and names must not
become values or publish times; a screenshot with one short sentence; RTF attachments (WordPad, Word "save as RTF")
and an old Word .doc; a body saying only "terlampir"/"see attached" over a text file in another charset (UTF-16
from Notepad "Unicode", Latin-1).  Near-misses: a grade sheet and a student list attached to support questions,
a screenshot thanking for a fix, a chat in which the request is withdrawn.

Stdlib only, deterministic (boundaries, Message-IDs and attachment bytes derive from each mail's slug), CRLF,
every mail parses without defects under email.policy.default, every labelled string is verbatim in the mail's
decoded text (attachments included).  Written before any rule it tests, and scored on the unchanged code first.
Run:  python3 make_tune16_reading.py
"""

import datetime as dt
import hashlib
import html
import io
import json
import os
import re
import struct
import sys
import zipfile
import zlib
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP
from email.policy import default as DEFAULT
from email.utils import format_datetime, formataddr

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
WIB = dt.timezone(dt.timedelta(hours=7))
HELPDESK = "helpdesk-p4m@polibatam.ac.id"
DESK = ("Helpdesk P4M", HELPDESK)
POLICY = SMTP.clone(max_line_length=78)
MAILS = []
ZIPTIME = (2026, 1, 1, 0, 0, 0)

MAILERS = {
    "gmail": (None, None),
    "outlook": ("X-Mailer", "Microsoft Outlook 16.0"),
    "thunderbird": ("User-Agent", "Mozilla Thunderbird"),
    "iphone": ("X-Mailer", "iPhone Mail (22B91)"),
    "samsung": (None, None),
    "roundcube": ("User-Agent", "Roundcube Webmail/1.6.9"),
}


def H(slug, salt, n=16):
    return hashlib.sha256(("%s|%s" % (slug, salt)).encode()).hexdigest()[:n]


def when(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=WIB)


def M(slug, date, sender, subject, type_, lang, fields=None, note="", client="gmail", plain="", att=()):
    """att: (kind, file name, content) attachments; kinds: csv, tsv, xlsx, rtf, doc, txt, png, jpg."""
    MAILS.append(dict(slug=slug, date=date, sender=sender, subject=subject, type=type_, lang=lang,
                      fields=fields or {}, note=note, client=client, plain=plain, att=list(att)))


# ---------------------------------------------------------------- files

def _zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            info = zipfile.ZipInfo(name, ZIPTIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data.encode("utf-8"))
    return buf.getvalue()


def _col(index):
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _sheet(rows):
    out = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, value in enumerate(row):
            ref = "%s%d" % (_col(c), r)
            if value is None or value == "":
                continue
            if isinstance(value, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, value))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                             % (ref, html.escape(value, quote=False)))
        out.append('<row r="%d">%s</row>' % (r, "".join(cells)))
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            "<sheetData>%s</sheetData></worksheet>" % "".join(out))


def make_xlsx(sheets):
    """sheets: (name, rows) pairs; a row is a list of strings and numbers (inline strings, as exporters write)."""
    ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    overrides = "".join(
        '<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.worksheet+xml"/>' % i for i in range(1, len(sheets) + 1))
    files = [
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'spreadsheetml.sheet.main+xml"/>%s</Types>' % overrides),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>' % ns),
        ("xl/workbook.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="%s"><sheets>%s'
         "</sheets></workbook>" % (ns, "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>'
                                              % (html.escape(name), i, i) for i, (name, _) in enumerate(sheets, 1)))),
        ("xl/_rels/workbook.xml.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
         % "".join('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, ns, i)
                   for i in range(1, len(sheets) + 1))),
    ]
    files += [("xl/worksheets/sheet%d.xml" % i, _sheet(rows)) for i, (_, rows) in enumerate(sheets, 1)]
    return _zip(files)


def csv_text(rows, sep):
    def cell(value):
        value = str(value)
        return '"%s"' % value.replace('"', '""') if sep in value or '"' in value else value
    return "\r\n".join(sep.join(cell(v) for v in row) for row in rows) + "\r\n"


def rtf_text(paragraphs, generator="Riched20 10.0.19041"):
    """RTF as WordPad writes it: windows-1252, characters past ASCII as \\'xx, a paragraph per \\par."""
    def esc(text):
        out = []
        for ch in text:
            if ch in "\\{}":
                out.append("\\" + ch)
            elif ord(ch) < 128:
                out.append(ch)
            else:
                out.append("\\'%02x" % ch.encode("cp1252")[0])
        return "".join(out)
    body = "\r\n".join("%s\\par" % esc(p) for p in paragraphs)
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang1057{\\fonttbl{\\f0\\fnil\\fcharset0 Calibri;}}\r\n"
            "{\\*\\generator %s}\\viewkind4\\uc1 \r\n\\pard\\sa200\\sl276\\slmult1\\f0\\fs22\\lang9 %s\r\n}\r\n"
            % (generator, body))


def make_doc_stub(seed):
    """The first sector of an OLE2 compound file (what an old Word .doc starts with); nothing here reads its text."""
    head = bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 16 + struct.pack("<HHH", 0x3E, 3, 0xFFFE)
    return head + hashlib.sha256(seed.encode()).digest() * 14


def make_png(seed, w=32, h=16):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    shade = int(hashlib.sha256(seed.encode()).hexdigest()[:2], 16)
    rows = b"".join(b"\x00" + bytes([shade, (shade * 3) % 256, 200]) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def make_jpg(seed):
    """A JPEG's markers around seed bytes (a phone photo of a screen; nothing reads its pixels)."""
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + hashlib.sha256(seed.encode()).digest() * 20 + b"\xff\xd9")


# ---------------------------------------------------------------- building

def attachment(msg, slug, kind, filename, content):
    """Attach one file; returns the text a person opening it reads (for the label check)."""
    if kind == "csv":
        rows, sep, charset, ctype = content
        text = csv_text(rows, sep)
        data = (b"\xef\xbb\xbf" if charset == "utf-8-sig" else b"") + text.encode(
            "utf-8" if charset == "utf-8-sig" else charset)
        main, sub = ctype.split("/")
        params = {"charset": "utf-8" if charset == "utf-8-sig" else charset} if main == "text" else {}
        msg.add_attachment(data, maintype=main, subtype=sub, filename=filename, params=params)
        return text
    if kind == "tsv":
        rows = content
        text = "\r\n".join("\t".join(str(v) for v in row) for row in rows) + "\r\n"
        msg.add_attachment(text.encode("utf-8"), maintype="text", subtype="tab-separated-values", filename=filename,
                           params={"charset": "utf-8"})
        return text
    if kind == "xlsx":
        msg.add_attachment(make_xlsx(content), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename=filename)
        return "\n".join(" ".join(str(v) for v in row) for _, rows in content for row in rows)
    if kind == "rtf":
        paragraphs, ctype = content
        data = rtf_text(paragraphs).encode("ascii")
        main, sub = ctype.split("/")
        msg.add_attachment(data, maintype=main, subtype=sub, filename=filename)
        return "\n".join(paragraphs)
    if kind == "doc":
        msg.add_attachment(make_doc_stub(slug), maintype="application", subtype="msword", filename=filename)
        return ""
    if kind == "txt":
        text, charset, declared = content
        data = text.encode(charset)
        params = {"charset": declared} if declared else {}
        msg.add_attachment(data, maintype="text", subtype="plain", filename=filename, params=params)
        return text
    if kind == "png":
        msg.add_attachment(make_png(slug + filename), maintype="image", subtype="png", filename=filename)
        return ""
    if kind == "jpg":
        msg.add_attachment(make_jpg(slug + filename), maintype="image", subtype="jpeg", filename=filename)
        return ""
    raise ValueError(kind)


def build(m):
    slug, d = m["slug"], when(m["date"])
    msg = EmailMessage(policy=DEFAULT)
    name, addr = m["sender"]
    domain = addr.split("@")[1]
    msg["Return-Path"] = "<%s>" % addr
    msg["Received"] = ("from mail.%s by mx.polibatam.ac.id (Postfix) with ESMTPS id %s for <%s>; %s"
                       % (domain, H(slug, "q", 12).upper(), HELPDESK, format_datetime(d + dt.timedelta(seconds=4))))
    msg["From"] = formataddr((name, addr))
    msg["To"] = formataddr(DESK)
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = "<%s.%d@%s>" % (H(slug, "mid", 20), int(d.timestamp()), domain)
    header, value = MAILERS[m["client"]]
    if header:
        msg[header] = value
    msg.set_content(m["plain"])
    shown = [attachment(msg, slug, *item) for item in m["att"]]
    n = 0
    for part in msg.walk():
        if part is not msg and "From" not in part:
            del part["MIME-Version"]
        if part.is_multipart():
            n += 1
            part.set_boundary("----=_Part_%d_%s" % (n, H(slug, "b%d" % n, 18)))
    return msg.as_bytes(policy=POLICY), "\n".join(shown)


# ---------------------------------------------------------------- checks

def flat(s):
    return " ".join(s.split())


def check(data, shown, m):
    problems = []
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        problems.append("line endings are not CRLF")
    msg = message_from_bytes(data, policy=DEFAULT)
    for part in msg.walk():
        if part.defects:
            problems.append("defects: %r" % part.defects)
    text = flat("%s\n%s\n%s" % (msg["Subject"], msg.get_body(("plain",)).get_content(), shown))
    values = []
    for key, value in m["fields"].items():
        if key == "changes":
            values += list(value.values())
        elif key not in ("publish_at", "scope"):
            values.append(value)
    for value in values:
        if flat(value) not in text:
            problems.append("label value not in text: %r" % value)
    if "publish_at" in m["fields"] and not m["fields"]["publish_at"].endswith("+07:00"):
        problems.append("publish_at not +07:00")
    for key in m["fields"].get("changes", {}):
        if key not in ("fullname", "shortname", "lecturer", "class", "semester", "credits", "enrolment_key",
                       "summary"):
            problems.append("bad change key %s" % key)
    if len(data) > 60_000:
        problems.append("over 60 kB")
    return problems


def main():
    for name in os.listdir(OUT_DIR):
        if re.match(r"^\d{3}-.*\.eml$", name):
            os.remove(os.path.join(OUT_DIR, name))
    labels, failed = {}, False
    for i, m in enumerate(sorted(MAILS, key=lambda m: when(m["date"])), 1):
        name = "%03d-%s.eml" % (i, m["slug"])
        data, shown = build(m)
        for problem in check(data, shown, m):
            print("%s: %s" % (name, problem), file=sys.stderr)
            failed = True
        with open(os.path.join(OUT_DIR, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"type": m["type"], "lang": m["lang"], "fields": m["fields"], "note": m["note"]}
    with open(os.path.join(OUT_DIR, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    counts = {}
    for label in labels.values():
        counts[label["type"]] = counts.get(label["type"], 0) + 1
    print("wrote %d messages: %s" % (len(labels), counts))
    return 1 if failed else 0


# ============================================================================
# The messages.  Dates are WIB; the files are numbered in Date order.
# ============================================================================

from make_tune16_reading_mails import define  # noqa: E402  (the mails, written by hand, in their own file)

define(M)

if __name__ == "__main__":
    sys.exit(main())

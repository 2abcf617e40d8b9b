#!/usr/bin/env python3
"""Generate the eighteenth P4M helpdesk TUNING corpus, part "tables" (labelled request e-mails).

Requests laid out as rows and columns, in voices no corpus had: curriculum-season administrators sending a whole
prodi's renames, Excel users pasting cells (tab-separated text, an Outlook or Gmail HTML table), Google Sheets
pastes and exports, ';'-separated CSV from an Indonesian Excel (with Excel's "sep=;" line, windows-1252),
system exports with snake_case headers, XLSX workbooks with a row per field or a row per course, numbered and
bulleted lists with one field per item, "Sebelum/Sesudah", "Tertulis/Seharusnya", "Now/Should be" grids, and a
Moodle "Edit settings" screen told field by field. Header words come in Indonesian and English with typos ("Nma MK
Lama", "Nama Baru", "Kode Singkat", "Short name baru", "New title", "Old course name", "Judul Baru"). Several rows
for one course are one request; rows for several courses label the first course named. Near-misses: a row whose
new value repeats the old one, a student list for an enrolment, a schedule table, an empty "Sesudah" cell.

Label conventions (as tune17): course_code and course_name are the first row's current ones; a new course code
column is the short name. The message engine for attachments is ../requests-tune16-reading/make_tune16_reading.py
(CSV, TSV and XLSX bytes); HTML bodies and raw delimited text are added here. Every body was written by hand and
scored on the unchanged code before any rule was changed for it.
Run:  python3 make_tune18_tables.py
"""

import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune16-reading"))
import make_tune16_reading as E  # noqa: E402

from email import message_from_bytes  # noqa: E402
from email.message import EmailMessage  # noqa: E402
from email.policy import default as DEFAULT  # noqa: E402
from email.utils import format_datetime, formataddr  # noqa: E402
import datetime as dt  # noqa: E402

MAILS = []
PLAN = {"course_data": 54, "elearning_support": 2}


def M(slug, date, sender, subject, type_, lang, fields=None, note="", client="gmail", plain="", html_body=None,
      att=()):
    """html_body: the HTML alternative (Gmail, Outlook); client "outlook-html" sends the HTML alone.
    att kinds: those of the engine, and ("raw", file name, (text, charset, content type))."""
    MAILS.append(dict(slug=slug, date=date, sender=sender, subject=subject, type=type_, lang=lang,
                      fields=fields or {}, note=note, client=client, plain=plain, html=html_body, att=list(att)))


def cd(code=None, name=None, **changes):
    fields = {}
    if code:
        fields["course_code"] = code
    if name:
        fields["course_name"] = name
    if changes:
        fields["changes"] = changes
    return fields


def table_html(rows, header=True):
    """An HTML table as Outlook or Gmail writes a pasted one (the first row as headings)."""
    out = ['<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">']
    for index, row in enumerate(rows):
        tag = "th" if header and index == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(cell), tag) for cell in row) + "</tr>")
    out.append("</table>")
    return "".join(out)


def paras_html(text):
    return "".join("<div>%s</div>" % (html.escape(line) if line.strip() else "<br>") for line in text.split("\n"))


def outlook(inner):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"></head><body lang="IN"><div class="WordSection1">%s</div></body>'
            "</html>" % inner)


def make_docx(blocks):
    """A DOCX of paragraphs (strings) and tables (lists of rows), as Word writes a letter with a table in it."""
    def para(text):
        return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(text, quote=False)

    def table(rows):
        return "<w:tbl>%s</w:tbl>" % "".join(
            "<w:tr>%s</w:tr>" % "".join("<w:tc>%s</w:tc>" % para(cell) for cell in row) for row in rows)

    body = "".join(para(block) if isinstance(block, str) else table(block) for block in blocks)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body>%s<w:sectPr/></w:body></w:document>" % body)
    return E._zip([
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
         'wordprocessingml.document.main+xml"/></Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
         'officeDocument" Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", doc),
    ])


def build(m):
    slug, d = m["slug"], E.when(m["date"])
    msg = EmailMessage(policy=DEFAULT)
    name, addr = m["sender"]
    domain = addr.split("@")[1]
    msg["Return-Path"] = "<%s>" % addr
    msg["Received"] = ("from mail.%s by mx.polibatam.ac.id (Postfix) with ESMTPS id %s for <%s>; %s"
                       % (domain, E.H(slug, "q", 12).upper(), E.HELPDESK, format_datetime(d + dt.timedelta(seconds=4))))
    msg["From"] = formataddr((name, addr))
    msg["To"] = formataddr(E.DESK)
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = "<%s.%d@%s>" % (E.H(slug, "mid", 20), int(d.timestamp()), domain)
    client = m["client"]
    header, value = E.MAILERS["outlook" if client.startswith("outlook") else client]
    if header:
        msg[header] = value
    if client == "outlook-html":
        msg.set_content(m["html"], subtype="html", cte="quoted-printable")
    else:
        msg.set_content(m["plain"])
        if m["html"]:
            msg.add_alternative(m["html"], subtype="html")
    shown = []
    for kind, filename, content in m["att"]:
        if kind == "docx":
            msg.add_attachment(make_docx(content), maintype="application",
                               subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                               filename=filename)
            shown.append("\n".join(b if isinstance(b, str) else "\n".join(" ".join(r) for r in b)
                                    for b in content))
        elif kind == "raw":
            text, charset, ctype = content
            main, sub = ctype.split("/")
            data = text.replace("\n", "\r\n").encode(charset)
            params = {"charset": charset} if main == "text" else {}
            msg.add_attachment(data, maintype=main, subtype=sub, filename=filename, params=params)
            shown.append(text)
        else:
            shown.append(E.attachment(msg, slug, kind, filename, content))
    n = 0
    for part in msg.walk():
        if part is not msg and "From" not in part:
            del part["MIME-Version"]
        if part.is_multipart():
            n += 1
            part.set_boundary("----=_Part_%d_%s" % (n, E.H(slug, "b%d" % n, 18)))
    return msg.as_bytes(policy=E.POLICY), "\n".join(shown)


def check(data, shown, m):
    problems = []
    if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
        problems.append("line endings are not CRLF")
    msg = message_from_bytes(data, policy=DEFAULT)
    for part in msg.walk():
        if part.defects:
            problems.append("defects: %r" % part.defects)
    body = msg.get_body(("plain", "html")).get_content()
    if msg.get_body(("plain",)) is None:
        body = html.unescape(re.sub(r"<[^>]+>", " ", body))
    text = E.flat("%s\n%s\n%s" % (msg["Subject"], body, shown))
    values = [v for k, v in m["fields"].items() if k not in ("changes", "publish_at", "scope")]
    values += list(m["fields"].get("changes", {}).values())
    for value in values:
        if E.flat(value) not in text:
            problems.append("label value not in text: %r" % value)
    for key in m["fields"].get("changes", {}):
        if key not in ("fullname", "shortname", "lecturer", "class", "semester", "credits", "enrolment_key",
                       "summary"):
            problems.append("bad change key %s" % key)
    if len(data) > 60_000:
        problems.append("over 60 kB")
    return problems


def main():
    from make_tune18_tables_mails import define

    define(M, cd, table_html, paras_html, outlook)
    for name in os.listdir(HERE):
        if re.match(r"^\d{3}-.*\.eml$", name):
            os.remove(os.path.join(HERE, name))
    labels, failed = {}, False
    for i, m in enumerate(sorted(MAILS, key=lambda m: E.when(m["date"])), 1):
        name = "%03d-%s.eml" % (i, m["slug"])
        data, shown = build(m)
        for problem in check(data, shown, m):
            print("%s: %s" % (name, problem), file=sys.stderr)
            failed = True
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"type": m["type"], "lang": m["lang"], "fields": m["fields"], "note": m["note"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    counts = {}
    for label in labels.values():
        counts[label["type"]] = counts.get(label["type"], 0) + 1
    print("wrote %d messages: %s" % (len(labels), counts))
    if counts != PLAN:
        print("counts differ from the plan %s" % PLAN, file=sys.stderr)
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.path.insert(0, HERE)
    sys.exit(main())

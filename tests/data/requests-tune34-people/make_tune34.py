#!/usr/bin/env python3
"""Generator of training corpus tune34-people: course-change requests in many voices (standard library only,
deterministic).

Writes NNN-client-quirk-slug.eml and labels.json next to this script. Focus: lecturer changes and full-name
changes. Every mail body was written by hand; names, addresses, codes and numbers are made up.
"""
import datetime as dt
import email
import hashlib
import html as htmlmod
import io
import json
import os
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
HD = "helpdesk-p4m@polibatam.ac.id"
POL = policy.default.clone(linesep="\r\n", max_line_length=78)
PLAN = {"course_data": 44, "elearning_support": 6, "other": 6, "document_request": 4}
LANGS = {"id": 34, "en": 14, "mixed": 12}

MAILS = []


def h(slug, n=16):
    return hashlib.sha256(slug.encode()).hexdigest()[:n]


def date(y, mo, d, hh, mm, tz=7):
    ss = int(h("%d%d%d%d%d" % (y, mo, d, hh, mm), 4), 16) % 60
    z = dt.timezone(dt.timedelta(hours=tz))
    return format_datetime(dt.datetime(y, mo, d, hh, mm, ss, tzinfo=z))


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def text_part(body, subtype="plain", cte=None, charset="utf-8", extra=None):
    p = MIMEPart(policy=POL)
    kw = {}
    if cte:
        kw["cte"] = cte
    p.set_content(body, subtype=subtype, charset=charset, **kw)
    for k, v in (extra or {}).items():
        p.set_param(k, v)
    return p


def png_bytes(slug, w=8, hgt=8):
    import struct
    import zlib
    seed = hashlib.sha256(slug.encode()).digest()
    raw = b"".join(b"\x00" + bytes((seed[(x + y) % 32] for x in range(w * 3))) for y in range(hgt))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def pdf_bytes(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "50 790 Td", "14 TL"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


def docx_bytes(paras):
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % htmlmod.escape(p, quote=False)
                   for p in paras)
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s</w:body></w:document>' % (ns, body)
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return out.getvalue()


def attach(slug, data, maintype, subtype, filename, cid=None, inline=False):
    p = MIMEPart(policy=POL)
    p.set_content(data, maintype=maintype, subtype=subtype,
                  disposition="inline" if inline else "attachment", filename=filename, cid=cid)
    return p


def multipart(subtype, parts):
    m = MIMEPart(policy=POL)
    m["Content-Type"] = "multipart/%s" % subtype
    for p in parts:
        m.attach(p)
    return m


def add(slug, quirk, date_, frm, subject, body, label, to=HD, cc=None, extra=None, raw=None, mid_domain=None,
        thread=None):
    """body is a MIMEPart tree (or a str for utf-8 8bit plain); raw is a full raw message string.
    thread: mails of one thread may quote each other's sentences."""
    assert all(x["slug"] != slug for x in MAILS), slug
    MAILS.append(dict(slug=slug, quirk=quirk, date=date_, frm=frm, subject=subject, body=body,
                      label=label, to=to, cc=cc, extra=extra or [], raw=raw, mid_domain=mid_domain, thread=thread))


def build(m):
    slug = m["slug"]
    if m["raw"] is not None:
        return crlf(m["raw"]).encode("utf-8")
    body = m["body"]
    if isinstance(body, str):
        body = text_part(body, cte="8bit")
    msg = EmailMessage(policy=POL)
    dom = m["mid_domain"] or m["frm"].split("@")[-1].rstrip(">")
    hdrs = [("From", m["frm"]), ("To", m["to"])]
    if m["cc"]:
        hdrs.append(("Cc", m["cc"]))
    hdrs += [("Subject", m["subject"]), ("Date", m["date"]),
             ("Message-ID", "<%s.%s@%s>" % (h(slug, 20), h(slug + "x", 8), dom)),
             ("MIME-Version", "1.0")]
    hdrs += m["extra"]
    for k, v in hdrs:
        if k == "Subject" and len(v) > 68 and v.isascii():
            cut = v.rfind(" ", 0, 66)
            msg.set_raw(k, v[:cut] + "\r\n" + v[cut:])
        else:
            msg[k] = v
    for k, v in body.items():
        msg[k] = v
    msg._payload = body._payload
    n = [0]

    def setb(part):
        if part.is_multipart():
            n[0] += 1
            part.set_boundary("----=_Part_%s_%d" % (h(slug, 12), n[0]))
            for sp in part.get_payload():
                setb(sp)
    setb(msg)
    return msg.as_bytes(policy=POL)


# ---------------------------------------------------------------- checks
def strip_html(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|h\d)>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return htmlmod.unescape(s)


def texts(msg):
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "text/plain" or ct.startswith("text/rfc822") or ct == "message/delivery-status":
            try:
                out.append(part.get_content() if ct == "text/plain" else str(part.get_payload()))
            except Exception:
                out.append(str(part.get_payload()))
        elif ct == "text/html":
            out.append(strip_html(part.get_content()))
        elif ct == "application/pdf":
            data = part.get_content()
            segs = [y.decode("latin-1") for y in re.findall(rb"\((.*?)(?<!\\)\) Tj", data)]
            out.append("\n".join(x.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\") for x in segs))
        elif ct.endswith("wordprocessingml.document"):
            z = zipfile.ZipFile(io.BytesIO(part.get_content()))
            xml = z.read("word/document.xml").decode()
            out.append("\n".join(htmlmod.unescape(t) for t in re.findall(r"<w:t[^>]*>(.*?)</w:t>", xml)))
        elif part.get_content_maintype() == "message" and ct == "message/rfc822":
            inner = part.get_payload()[0] if isinstance(part.get_payload(), list) else part.get_payload()
            out.append(str(inner["Subject"] or ""))
    return "\n".join(out)


WD = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
      "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
      "sen": 0, "sel": 1, "rab": 2, "kam": 3, "jum": 4, "sab": 5, "min": 6,
      "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
MO = {"jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "february": 2, "mar": 3, "maret": 3,
      "march": 3, "apr": 4, "april": 4, "mei": 5, "may": 5, "jun": 6, "juni": 6, "june": 6, "jul": 7,
      "juli": 7, "july": 7, "agu": 8, "agt": 8, "aug": 8, "agustus": 8, "august": 8, "sep": 9, "sept": 9,
      "september": 9, "okt": 10, "oct": 10, "oktober": 10, "october": 10, "nov": 11, "november": 11,
      "des": 12, "dec": 12, "desember": 12, "december": 12}
WDRE = re.compile(r"(?i)\b(%s),?\s+(\d{1,2})\s+(%s)\b\.?(?:\s+(\d{4}))?" % (
    "|".join(sorted(WD, key=len, reverse=True)), "|".join(sorted(MO, key=len, reverse=True))))


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def body_texts(msg):
    """Decoded text/plain parts and the text of text/html parts (tags stripped, whitespace folded)."""
    out = []
    for part in msg.walk():
        if part.get_content_disposition() == "attachment":
            continue
        ct = part.get_content_type()
        if ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            out.append(norm(strip_html(part.get_content())))
    return out


def sentences(msg):
    out = set()
    for b in body_texts(msg):
        for ln in re.split(r"(?<=[.!?])\s+|\n", b):
            ln = norm(ln.lstrip("> "))
            if len(ln) >= 45 and not ln.startswith(("Sent from", "Dikirim dari")):
                out.add(ln)
    return out


def check(name, data, m, parsed):
    errs = []
    if re.search(rb"(?<!\r)\n", data):
        errs.append("bare LF")
    for part in parsed.walk():
        if part.defects:
            errs.append("defects %r" % part.defects)
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append("header defects %s %r" % (k, v.defects))
        if part.get_content_maintype() not in ("multipart", "text", "message"):
            if len(part.get_payload(decode=True) or b"") >= 30 * 1024:
                errs.append("attachment too large")
    if True:
        if str(parsed["Subject"]) != m["subject"]:
            errs.append("subject round-trip %r" % str(parsed["Subject"]))
        if email.utils.parsedate_to_datetime(str(parsed["Date"])) != email.utils.parsedate_to_datetime(m["date"]):
            errs.append("date round-trip")
    txt = texts(parsed)
    nt = norm(txt)
    lab = m["label"]
    f = lab.get("fields", {})
    for k, v in f.items():
        if k != "changes" and norm(v) not in nt:
            errs.append("value not in text: %r" % v)
    # every change value verbatim in a decoded text/plain part or in the text of a text/html part
    bodies = body_texts(parsed)
    for k, v in f.get("changes", {}).items():
        if not any(v in b for b in bodies):
            errs.append("change value not verbatim in a text part: %s=%r" % (k, v))
        if k in ("credits", "semester") and not v.isdigit():
            errs.append("%s not a number: %r" % (k, v))
        if k == "lecturer" and re.match(r"(?i)(pak|bu|bapak|ibu)\b", v):
            errs.append("lecturer value with Pak/Bu: %r" % v)
        if k not in ("fullname", "shortname", "lecturer", "class", "enrolment_key", "credits", "semester", "summary"):
            errs.append("unknown change field %r" % k)
    for mt in WDRE.finditer(txt):
        wd, d, mo, y = mt.group(1).lower(), int(mt.group(2)), MO[mt.group(3).lower()], int(mt.group(4) or 2026)
        try:
            if dt.date(y, mo, d).weekday() != WD[wd]:
                errs.append("weekday mismatch %r" % mt.group(0))
        except ValueError:
            errs.append("bad date %r" % mt.group(0))
    if lab["type"] == "course_data":
        if "changes" not in f or "course_code" not in f:
            errs.append("course_data without changes or course_code")
    elif set(f) - {"course_code", "course_name"}:
        errs.append("fields other than course_code/course_name on %s" % lab["type"])
    d = email.utils.parsedate_to_datetime(str(parsed["Date"]))
    if not (dt.date(2026, 10, 1) <= d.date() <= dt.date(2026, 11, 30)):
        errs.append("date out of range")
    return errs


def main():
    items = sorted(MAILS, key=lambda m: email.utils.parsedate_to_datetime(m["date"]))
    labels = {}
    written = set()
    bad = False
    seen = {}
    for i, m in enumerate(items, 1):
        name = "%03d-%s-%s.eml" % (i, m["quirk"], m["slug"])
        data = build(m)
        parsed = email.message_from_bytes(data, policy=policy.default)
        errs = check(name, data, m, parsed)
        if m["raw"] is None:
            for sn in sentences(parsed):
                if sn in seen and seen[sn] != m["thread"]:
                    errs.append("sentence also in %s: %r" % (seen[sn], sn[:60]))
                seen.setdefault(sn, m["thread"] or name)
        if errs:
            bad = True
            print(name, errs)
        lab = {"type": m["label"]["type"], "lang": m["label"]["lang"], "fields": m["label"].get("fields", {})}
        if m["label"].get("note"):
            lab["note"] = m["label"]["note"]
        labels[name] = lab
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        written.add(name)
    for fn in os.listdir(HERE):
        if re.match(r"\d{3}-.*\.eml$", fn) and fn not in written:
            os.remove(os.path.join(HERE, fn))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    counts = {}
    langs = {}
    for v in labels.values():
        counts[v["type"]] = counts.get(v["type"], 0) + 1
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    print(len(labels), counts, langs)
    if counts != PLAN or langs != LANGS or len(labels) != 60 or bad:
        print("plan mismatch or check errors", file=sys.stderr)
        sys.exit(1)


# ---------------------------------------------------------------- mails
def L(type_, lang, fields=None, note=None):
    d = {"type": type_, "lang": lang, "fields": fields or {}}
    if note:
        d["note"] = note
    return d


def auto_html(plain):
    lines = [htmlmod.escape(x) for x in plain.split("\n")]
    return '<div dir="ltr">' + "<br>\n".join(lines) + "</div>\n"


def gm(plain, html=None, cte="quoted-printable"):
    return multipart("alternative", [text_part(plain, cte=cte), text_part(html or auto_html(plain), "html", cte=cte)])


def gm_cid(slug, plain, html, logo="logo.png"):
    alt = gm(plain, html)
    img = attach(slug, png_bytes(slug, 24, 12), "image", "png", logo, cid="<ii_%s>" % h(slug + "cid", 10), inline=True)
    return multipart("related", [alt, img])


def html_only(html, cte="quoted-printable"):
    return text_part(html, "html", cte=cte)


def empty_plain(html):
    return multipart("alternative", [text_part("", cte="7bit"), text_part(html, "html", cte="quoted-printable")])


def b64(plain):
    return text_part(plain, cte="base64")


def qp(plain):
    return text_part(plain, cte="quoted-printable")


def mixed(first, *atts):
    return multipart("mixed", [first] + list(atts))


YAHOO = "\n\nDikirim dari Yahoo Mail di Android"
OLA = "\n\nSent from Outlook for Android <https://aka.ms/AAb9ysg>"
ACK = ("Terima kasih, permintaan Anda telah kami terima dan tercatat dengan nomor tiket {t}.\n"
       "Tim P4M akan menindaklanjuti pada hari dan jam kerja (Senin-Jumat, 08.00-16.00 WIB).\n\n"
       "Salam,\nHelpdesk P4M Politeknik Negeri Batam")


def q(text):
    return "\n".join(("> " + x) if x else ">" for x in text.split("\n"))



IPH = "\n\nSent from my iPhone"
IPH_ID = "\n\nDikirim dari iPhone saya"
GMA = "\n\nDikirim dari Gmail untuk Android"


def mso(plain):
    """Outlook-style HTML of a plain body: one MsoNormal paragraph a line."""
    ps = []
    for ln in plain.split("\n"):
        ps.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (htmlmod.escape(ln, quote=False) if ln else "&nbsp;"))
    return "\n".join(ps)


def ol_html(inner):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40"><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
            'table.MsoTableGrid {border-collapse:collapse;}\n--></style></head>\n'
            '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
            '<div class="WordSection1">\n' + inner + '\n</div></body></html>\n')


def ol(plain, inner=None):
    """Outlook desktop: text/plain + Word-generated HTML."""
    return multipart("alternative", [text_part(plain, cte="quoted-printable"),
                                      text_part(ol_html(inner or mso(plain)), "html", cte="quoted-printable")])


def table_html(rows, head=True):
    out = ['<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">']
    for i, r in enumerate(rows):
        tag = "b" if head and i == 0 else "span"
        out.append("<tr>" + "".join('<td valign="top" style="padding:0cm 5.4pt"><p class="MsoNormal"><%s>%s</%s>'
                                    '<o:p></o:p></p></td>' % (tag, htmlmod.escape(c, quote=False), tag) for c in r)
                   + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def table_plain(rows):
    w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return "\n".join(" | ".join(c.ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in rows)


# ================================================================ course_data: lecturer (22)

add("batak-secretary-degrees", "outlook", date(2026, 10, 1, 9, 12),
    "Rosdiana Sitorus <rosdiana.sitorus@polibatam.ac.id>", "Permohonan perubahan dosen pengampu MK Mekanika Fluida",
    ol("Yth. Tim Helpdesk P4M,\n\nDengan hormat,\nBersama email ini kami sampaikan bahwa dosen pengampu mata kuliah "
       "Mekanika Fluida (TS-2105) kelas TS-2A untuk semester ganjil 2026/2027 diganti menjadi Dr. Ir. Marojahan "
       "Simanjuntak, S.T., M.T. Pengampu sebelumnya, Bapak Parlindungan Hutagalung, M.T., mulai bulan ini "
       "menjalani tugas belajar di Bandung.\n\nMohon data di e-learning disesuaikan agar Bapak Marojahan dapat "
       "mengunggah materi minggu ke-5.\n\nAtas kerja samanya kami ucapkan terima kasih.\n\nHormat kami,\n"
       "Rosdiana Sitorus, S.T., M.T.\nSekretaris Program Studi Teknik Sipil\nNIP 198705122015042001\n"
       "Ext. 2214"),
    L("course_data", "id", {"course_code": "TS-2105", "course_name": "Mekanika Fluida",
                            "changes": {"lecturer": "Dr. Ir. Marojahan Simanjuntak, S.T., M.T."}},
      "The leaving lecturer and the secretary's own name with degrees are not the new value."))

add("batak-team-dan", "gmail", date(2026, 10, 2, 14, 40),
    "Hotman Panjaitan <hotman.panjaitan@polibatam.ac.id>", "pengampu Struktur Beton II",
    gm("Horas tim P4M,\n\nMata kuliah Struktur Beton II (TS-3104) semester ini kami ampu berdua, jadi di e-learning "
       "mohon tercantum sebagai pengampu: Ir. Rosmaida Siregar, M.Sc. dan Hotman Panjaitan, S.T., M.Eng.\n\n"
       "Sekarang di situ cuma ada nama Ibu Rosmaida, saya belum bisa buka nilai tugas anak-anak.\n\n"
       "Mauliate,\nHotman\n0812-6603-4471"),
    L("course_data", "id", {"course_code": "TS-3104", "course_name": "Struktur Beton II",
                            "changes": {"lecturer": "Ir. Rosmaida Siregar, M.Sc. dan Hotman Panjaitan, S.T., M.Eng."}},
      "Two-person team written 'A dan B' after a label and a colon; labelled as one value."))

add("minang-coordinator-team", "outlook", date(2026, 10, 5, 8, 3),
    "Rahmi Fadhilah <rahmi.fadhilah@polibatam.ac.id>", "Tim pengampu Bahasa Indonesia MKU1102",
    ol("Assalamualaikum Bapak/Ibu Helpdesk,\n\nAmbo Rahmi dari Unit MKU. Untuak mato kuliah Bahasa Indonesia "
       "(MKU1102) kelas gabungan TI-1A/TI-1B, tim pengampunyo kini Dra. Yusnita Chaniago, M.Pd. (koordinator) "
       "dan Rahmi Fadhilah, S.S., M.Hum. Mohon dicantumkan baitu di e-learning, sabab kini masih namo Pak Erizal "
       "surang.\n\nTarimo kasih banyak.\n\nWassalam,\nRahmi Fadhilah, S.S., M.Hum.\nUnit Mata Kuliah Umum"),
    L("course_data", "id", {"course_code": "MKU1102", "course_name": "Bahasa Indonesia",
                            "changes": {"lecturer": "Dra. Yusnita Chaniago, M.Pd. (koordinator) dan Rahmi Fadhilah, S.S., M.Hum."}},
      "Coordinator plus team member, labelled as written; the sender is herself in the team."))

add("minang-datuk-title", "yahoo", date(2026, 10, 6, 20, 18),
    "Zulkifli <zul.rajoendah@yahoo.com>", "Ganti dosen Pengantar Akuntansi",
    b64("Salamat malam,\n\nMohon bantuan, dosen MK Pengantar Akuntansi (AK1101) kelas AK-1C diganti ka Pak "
        "Zulkifli Dt. Rajo Endah, S.E., M.Ak. Nan lamo (Bu Desi) alah pindah ka Prodi Akuntansi Manajerial.\n\n"
        "Kalau ado nan kurang, hubungi sajo ambo di 0813-7421-0956.\n\nTarimo kasih\nZulkifli" + YAHOO),
    L("course_data", "id", {"course_code": "AK1101", "course_name": "Pengantar Akuntansi",
                            "changes": {"lecturer": "Zulkifli Dt. Rajo Endah, S.E., M.Ak."}},
      "Minang adat title Dt. is part of the name; Pak is not."))

add("bugis-masukkan-pengampu", "gmail", date(2026, 10, 7, 10, 55),
    "Nurul Hikmah <nurul.hikmah@polibatam.ac.id>", "Tambah pengampu Termodinamika",
    gm("Tabe' Bapak/Ibu,\n\nSaya Nurul Hikmah, admin Prodi Teknik Mesin. Tolong masukkan Andi Muhammad Arief Daeng "
       "Matutu, S.T., M.Eng. sebagai pengampu Termodinamika Teknik (TM2203), kelas TM-2A dan TM-2B. Beliau dosen "
       "baru, NIDN 0912048803, akunnya sudah aktif kemarin.\n\nTerima kasih banyak di',\nNurul"),
    L("course_data", "id", {"course_code": "TM2203", "course_name": "Termodinamika Teknik",
                            "changes": {"lecturer": "Andi Muhammad Arief Daeng Matutu, S.T., M.Eng."}},
      "'tolong masukkan X sebagai pengampu'; the NIDN and classes are not the value."))

add("chinese-indo-codeswitch", "gmail", date(2026, 10, 8, 22, 31),
    "Ivan Tjahjadi <ivan.tjahjadi@polibatam.ac.id>", "lecturer MK Grafika Komputer",
    gm("Hi P4M team,\n\nMulai minggu depan MK Grafika Komputer (IF3106) aku yang pegang, gantiin Ko Hendrik yang "
       "lagi cuti. Please set the lecturer to Ivan Kurniawan Tjahjadi, S.Kom., M.Sc. ya. Nama Mandarinku (Lim Swie "
       "Hong) gak usah dicantumin.\n\nThanks a lot!\nIvan"),
    L("course_data", "mixed", {"course_code": "IF3106", "course_name": "Grafika Komputer",
                               "changes": {"lecturer": "Ivan Kurniawan Tjahjadi, S.Kom., M.Sc."}},
      "The Chinese name in brackets is explicitly not to be listed."))

add("arabic-formal-menggantikan", "outlook", date(2026, 10, 9, 13, 20),
    "Bagian Akademik MKU <mku@polibatam.ac.id>", "Surat permohonan pergantian pengampu MK Pendidikan Agama Islam",
    mixed(ol("Kepada Yth.\nKepala P4M Politeknik Negeri Batam\nc.q. Tim Helpdesk\n\nDengan hormat,\n\n"
             "Sehubungan dengan berakhirnya masa tugas Ustaz Hamzah Assegaf, S.Ag., M.Pd.I., dengan ini kami "
             "mohon agar pengampu MK Pendidikan Agama Islam (MKU1101) di e-learning diubah. Pengampu yang "
             "menggantikan beliau adalah Dr. Fuad bin Abdullah Al-Habsyi, Lc., M.A.\n\nSurat tugas terlampir. "
             "Demikian permohonan ini kami sampaikan, atas perhatian Bapak/Ibu kami ucapkan terima kasih.\n\n"
             "Batam, 9 Oktober 2026\nKoordinator Unit MKU\n\nDrs. Syamsul Bahri, M.Ag.\nNIP 197203141999031002"),
          attach("surat-tugas", pdf_bytes(["SURAT TUGAS", "Nomor: 412/PL29/KP/2026",
                                           "Dr. Fuad bin Abdullah Al-Habsyi, Lc., M.A.",
                                           "Pengampu MK Pendidikan Agama Islam (MKU1101)"]),
                 "application", "pdf", "Surat_Tugas_412.pdf")),
    L("course_data", "id", {"course_code": "MKU1101", "course_name": "Pendidikan Agama Islam",
                            "changes": {"lecturer": "Dr. Fuad bin Abdullah Al-Habsyi, Lc., M.A."}},
      "Formal letter; 'yang menggantikan beliau adalah X'; the value is in the body and the PDF."))

add("korea-takes-over", "plain", date(2026, 10, 12, 16, 47),
    "Lee Ji-hoon <jihoon.lee@yeungjin-partner.ac.kr>", "Lecturer change for Smart Manufacturing Systems (MK4102)",
    qp("Dear P4M Helpdesk,\n\nI am Lee Ji-hoon, international office of our partner college in Daegu. From week 9 "
       "Prof. Kim Min-jun takes over from Dr. Park Seo-yeon as lecturer of Smart Manufacturing Systems (MK4102), "
       "because Dr. Park is assigned to a government project until February.\n\nCould you please update the "
       "course so that Prof. Kim appears for the students? His e-learning account is kimmj.guest.\n\n"
       "Best regards,\nLee Ji-hoon\nInternational Cooperation Team\n+82 53 940 5521"),
    L("course_data", "en", {"course_code": "MK4102", "course_name": "Smart Manufacturing Systems",
                            "changes": {"lecturer": "Prof. Kim Min-jun"}},
      "'X takes over from Y'; the leaving lecturer and the sender are also Korean names."))

add("apostrophe-harusnya", "gmail", date(2026, 10, 13, 7, 44),
    "Ma'ruf Amirullah <maruf.amirullah@polibatam.ac.id>", "nama dosen di MK Instrumentasi",
    gm("Assalamu'alaikum,\n\nDi MK Instrumentasi Industri (EL3108) yang tertulis pengampunya masih Pak Joko, "
       "harusnya Ma'ruf Amirullah, S.Pd., M.T. sejak rapat prodi tanggal 28 September. Mohon dibetulkan.\n\n"
       "Jazakumullah khair,\nMa'ruf"),
    L("course_data", "id", {"course_code": "EL3108", "course_name": "Instrumentasi Industri",
                            "changes": {"lecturer": "Ma'ruf Amirullah, S.Pd., M.T."}},
      "Name with an apostrophe after 'harusnya'."))

add("irish-please-list", "outlook", date(2026, 10, 14, 11, 2),
    "Liam O'Sullivan <liam.osullivan@polibatam.ac.id>", "English for Engineers - lecturer name",
    ol("Hi there,\n\nCould you please list me as the lecturer on English for Engineers (BI1201), groups MK-1A and "
       "MK-1B? The course page still shows the lecturer from last year.\n\nPlease list the name as: Dr. Liam "
       "O'Sullivan, M.A. (TESOL)\n\nMany thanks,\nLiam\n\nLanguage Centre | Politeknik Negeri Batam\n"
       "Room B-207"),
    L("course_data", "en", {"course_code": "BI1201", "course_name": "English for Engineers",
                            "changes": {"lecturer": "Dr. Liam O'Sullivan, M.A. (TESOL)"}},
      "'please list ... as:'; apostrophe and bracketed specialisation."))

add("japan-guest-lecturer", "plain", date(2026, 10, 15, 9, 38),
    "Sato Yumi <y.sato@chubu-tech-partner.ac.jp>", "Registration of guest lecturer - Lean Production System",
    qp("Dear Sir or Madam,\n\nThank you very much for your kind support always.\n\nI would be grateful if you could "
       "register Takahashi Kenji, Ph.D. (Nagoya) as the lecturer of Lean Production System (TM4203) for the "
       "joint class from 2 November. He will teach the remaining seven meetings online from Japan.\n\nPlease note "
       "that in Japan the family name comes first, so \"Takahashi\" is his family name.\n\nI apologize for the "
       "short notice.\n\nSincerely,\nSato Yumi\nGlobal Education Center\nChubu Institute of Technology (partner)"),
    L("course_data", "en", {"course_code": "TM4203", "course_name": "Lean Production System",
                            "changes": {"lecturer": "Takahashi Kenji, Ph.D. (Nagoya)"}}))

add("german-is-now", "gmail", date(2026, 10, 16, 15, 9),
    "Andreas Brenner <andreas.brenner@hs-partner.de>", "Control Engineering EL3102: new lecturer",
    gm("Dear colleagues,\n\nA short correction for the double-degree course Control Engineering (EL3102): the "
       "responsible lecturer is now Dr.-Ing. Matthias Vogelsang, not me. I moved to the curriculum committee and "
       "will only join the final exam.\n\nPlease also give Matthias access to the gradebook.\n\nWith best "
       "regards from Esslingen,\nProf. Dr. Andreas Brenner\nFaculty of Mechatronics and Electrical Engineering"),
    L("course_data", "en", {"course_code": "EL3102", "course_name": "Control Engineering",
                            "changes": {"lecturer": "Dr.-Ing. Matthias Vogelsang"}},
      "German degree before the name; the sender's own title is not the value."))

add("philippines-faculty-in-charge", "outlook-android", date(2026, 10, 19, 6, 52),
    "Ramon Bautista <ramon.bautista@outlook.com>", "Faculty-in-charge update IF3110",
    gm("Good morning po!\n\nKindly update the faculty-in-charge of Web Systems and Technologies (IF3110) to "
       "Engr. Ma. Cristina dela Cruz, MSIT. She is replacing me for the exchange term since I am flying back to "
       "Cebu on Friday.\n\nSalamat po,\nRamon Bautista, MIT" + OLA,
       '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
       '<div dir="auto">Good morning po!</div><div dir="auto"><br></div><div dir="auto">Kindly update the '
       'faculty-in-charge of Web Systems and Technologies (IF3110) to Engr. Ma. Cristina dela Cruz, MSIT. She is '
       'replacing me for the exchange term since I am flying back to Cebu on Friday.</div><div dir="auto"><br>'
       '</div><div dir="auto">Salamat po,<br>Ramon Bautista, MIT</div><div dir="auto"><br></div><div dir="auto">'
       'Sent from <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div></body></html>\n'),
    L("course_data", "en", {"course_code": "IF3110", "course_name": "Web Systems and Technologies",
                            "changes": {"lecturer": "Engr. Ma. Cristina dela Cruz, MSIT"}},
      "Filipino honorific Engr. and abbreviated Ma. belong to the value."))

add("vietnam-co-lecturer", "gmail", date(2026, 10, 20, 10, 26),
    "Trần Minh Quân <quan.tran@hcm-logistics-partner.edu.vn>", "Supply Chain Analytics - please add co-lecturer",
    gm("Dear P4M Helpdesk,\n\nFor the course Supply Chain Analytics (LG3204) we agreed with your Logistics "
       "department that our lecturer will teach together with Mr. Yudi Prasetyo. Please add her in the course "
       "with the lecturer name Nguyễn Thị Thu Hà, M.Sc. (with the Vietnamese accents if possible).\n\nHer email is "
       "ha.nguyen@hcm-logistics-partner.edu.vn.\n\nThank you and best regards,\nTrần Minh Quân\nPartnership Office"),
    L("course_data", "en", {"course_code": "LG3204", "course_name": "Supply Chain Analytics",
                            "changes": {"lecturer": "Nguyễn Thị Thu Hà, M.Sc."}},
      "Vietnamese diacritics in the value; the existing co-lecturer is mentioned but is not the value."))

add("phone-lc-value-first", "gmail", date(2026, 10, 21, 21, 5),
    "wulan ti <wulan.tekind@gmail.com>", "statistika industri",
    gm("malam min\nsri wulandari m.pd sekarang yg pegang mk statistika industri (ti2203), bukan pak agus lg. "
       "tlg diupdate di elearning ya soalnya bu sri blm bs input nilai uts\nmakasih" + GMA),
    L("course_data", "id", {"course_code": "ti2203", "course_name": "statistika industri",
                            "changes": {"lecturer": "sri wulandari m.pd"}},
      "Value before the field's word ('X sekarang yg pegang'); lower case as written; 'bu sri' later is not the value."))

add("javanese-table-cell", "outlook", date(2026, 10, 22, 10, 14),
    "Sekretariat Teknik Elektro <elektro@polibatam.ac.id>", "Pergantian dosen MK Sistem Tenaga Listrik",
    ol("Selamat pagi Bapak/Ibu,\n\nNyuwun sewu, mohon bantuan pergantian dosen berikut di e-learning:\n\n"
       + table_plain([["Kode", "Mata Kuliah", "Kelas", "Dosen lama", "Dosen baru"],
                      ["EL2209", "Sistem Tenaga Listrik", "EL-2C", "Bambang Sutrisno, M.T.",
                       "Dr. Sugeng Widodo, S.T., M.Eng."]])
       + "\n\nMatur nuwun.\n\nSalam,\nSri Lestari\nSekretariat Jurusan Teknik Elektro\n(0778) 469858 ext. 1105",
       mso("Selamat pagi Bapak/Ibu,\n\nNyuwun sewu, mohon bantuan pergantian dosen berikut di e-learning:\n")
       + "\n" + table_html([["Kode", "Mata Kuliah", "Kelas", "Dosen lama", "Dosen baru"],
                            ["EL2209", "Sistem Tenaga Listrik", "EL-2C", "Bambang Sutrisno, M.T.",
                             "Dr. Sugeng Widodo, S.T., M.Eng."]]) + "\n"
       + mso("\nMatur nuwun.\n\nSalam,\nSri Lestari\nSekretariat Jurusan Teknik Elektro\n(0778) 469858 ext. 1105")),
    L("course_data", "id", {"course_code": "EL2209", "course_name": "Sistem Tenaga Listrik",
                            "changes": {"lecturer": "Dr. Sugeng Widodo, S.T., M.Eng."}},
      "Value in a table cell under 'Dosen baru'; the old lecturer is in the neighbouring cell."))

add("ambon-su-ganti", "yahoo", date(2026, 10, 23, 19, 40),
    "Johanis Latuheru <jlatuheru@yahoo.com>", "dosen Fisika Terapan",
    b64("Sore basudara di P4M,\n\nBeta minta tolong e. MK Fisika Terapan (FT1103) itu dosennya su ganti, sakarang "
        "beta yang mangajar. Tulis akang Johanis Latuheru, S.Si., M.Si. seng usah pake gelar doktor, beta balom "
        "lulus hehe.\n\nDanke banyak,\nJohanis" + YAHOO),
    L("course_data", "id", {"course_code": "FT1103", "course_name": "Fisika Terapan",
                            "changes": {"lecturer": "Johanis Latuheru, S.Si., M.Si."}}))

add("no-value-mixed", "gmail", date(2026, 10, 26, 11, 17),
    "Stefani Wijaya <stefani.wijaya@polibatam.ac.id>", "Akuntansi Perpajakan - dosen perlu diganti",
    gm("Hi P4M,\n\nFYI dosen Akuntansi Perpajakan (AK3105) kelas AK-3B perlu diganti ASAP karena Pak Darmawan "
       "sakit dan cuti panjang. Who replaces him masih dibahas di rapat prodi hari Rabu, 28 Oktober. Nanti nama "
       "pastinya dikirim langsung oleh Kaprodi.\n\nCould you prepare it? Thanks!\n\nStefani Wijaya, S.E., M.Ak.\n"
       "Sekretaris Prodi Akuntansi"),
    L("course_data", "mixed", {"course_code": "AK3105", "course_name": "Akuntansi Perpajakan", "changes": {}},
      "A lecturer change is asked, but the new lecturer is not named yet."))

add("papua-mohon-dibuat", "gmail", date(2026, 10, 28, 8, 22),
    "Yosias Wompere <yosias.wompere@polibatam.ac.id>", "Mohon dibuat pengampu MK Rekayasa Perangkat Lunak",
    gm("Selamat pagi Kaka dorang di P4M,\n\nSa minta tolong, untuk MK Rekayasa Perangkat Lunak (IF2207) kelas "
       "IF-2D mohon dibuat pengampu atas nama Yosias Wompere, S.Kom., M.T. Sa baru pindah dari Politeknik di "
       "Jayapura, jadi belum ada di sistem.\n\nNIP sa 199001152019031008.\n\nTerima kasih banyak,\nYosias"),
    L("course_data", "id", {"course_code": "IF2207", "course_name": "Rekayasa Perangkat Lunak",
                            "changes": {"lecturer": "Yosias Wompere, S.Kom., M.T."}}))

add("bali-lecturer-class-value-first", "gmail", date(2026, 10, 29, 13, 58),
    "Komang Ary <komang.ary@polibatam.ac.id>", "Pemasaran Digital BD2203",
    gm("Om Swastyastu,\n\nUntuk MK Pemasaran Digital (BD2203) ada dua hal ya:\n- pengampu: Dr. I Komang Ary "
       "Sudiartha, S.T., M.T. (saya sendiri, dulu Bu Ketut)\n- BD-2A itu kelas yang benar, bukan BD-1A. "
       "Sorry the first-year class was entered by mistake.\n\nSuksma,\nKomang"),
    L("course_data", "mixed", {"course_code": "BD2203", "course_name": "Pemasaran Digital",
                               "changes": {"lecturer": "Dr. I Komang Ary Sudiartha, S.T., M.T.", "class": "BD-2A"}},
      "Class value stands before the field's word ('BD-2A itu kelas yang benar')."))

fwd_body = ("Yth. Ibu Kaprodi,\n\nMohon izin, mulai pertemuan ke-8 MK Data Mining (TRPL3202) saya serahkan ke "
            "rekan saya karena saya ditugaskan menjadi panitia akreditasi.\n\nPengampu baru:\nRahmat Hidayat Lubis, "
            "S.Kom., M.Kom.\n\nMateri dan rekap nilai sudah saya serahkan ke beliau.\n\nSalam,\nDedi Kurniawan, M.T.")
add("fwd-chain-next-line", "gmail", date(2026, 11, 2, 9, 5),
    "Lusiana Harahap <lusiana.harahap@polibatam.ac.id>", "Fwd: Pergantian pengampu Data Mining",
    gm("Tim P4M, mohon ditindaklanjuti email Pak Dedi di bawah ya. Saya sebagai Kaprodi sudah setuju.\n\n"
       "Lusiana Harahap, S.T., M.Sc.\nKaprodi TRPL\n\n---------- Forwarded message ---------\nDari: Dedi Kurniawan "
       "<dedi.kurniawan@polibatam.ac.id>\nDate: Jum, 30 Okt 2026 pukul 15.44\nSubject: Pergantian pengampu Data "
       "Mining\nTo: Lusiana Harahap <lusiana.harahap@polibatam.ac.id>\n\n" + fwd_body),
    L("course_data", "id", {"course_code": "TRPL3202", "course_name": "Data Mining",
                            "changes": {"lecturer": "Rahmat Hidayat Lubis, S.Kom., M.Kom."}},
      "Forwarded chain; the value is on the line after the label in the forwarded mail."))

add("madura-brackets", "outlook", date(2026, 11, 4, 14, 11),
    "\"Moh. Syaiful Anam\" <syaiful.anam@polibatam.ac.id>", "Revisi data MK Kimia Analitik",
    ol("Selamat siang,\n\nKami mohon perubahan data MK Kimia Analitik (TK2104) sesuai SK penugasan mengajar "
       "yang baru (pengampu baru: Wulan Sari Dewi, M.Pd.). Mahasiswa kelas TK-2A sudah kami informasikan.\n\n"
       "Sakalangkong,\n\nMoh. Syaiful Anam, S.Si., M.Si.\nKoordinator Lab Kimia, Gedung Utama Lt. 4\n"
       "HP 0857-3312-8840"),
    L("course_data", "id", {"course_code": "TK2104", "course_name": "Kimia Analitik",
                            "changes": {"lecturer": "Wulan Sari Dewi, M.Pd."}},
      "Value inside brackets after a label."))


# ================================================================ course_data: full name (21) and one more (1)

add("sunda-mohon-dibuat-dan", "gmail", date(2026, 10, 1, 13, 37),
    "Cecep Rahmat <cecep.rahmat@polibatam.ac.id>", "nama lengkap MK Sistem Basis Data",
    gm("Wilujeng siang Tim P4M,\n\nNepangkeun, abdi Cecep ti Prodi Teknik Informatika. Nama lengkap MK Sistem Basis "
       "Data (IF2202) di e-learning mohon dibuat Perancangan dan Implementasi Basis Data, sesuai dokumen kurikulum "
       "2026 halaman 14.\n\nHatur nuhun,\nCecep Rahmat, S.Kom., M.T.\nNIDN 0405118702"),
    L("course_data", "id", {"course_code": "IF2202", "course_name": "Sistem Basis Data",
                            "changes": {"fullname": "Perancangan dan Implementasi Basis Data"}}))

add("betawi-ampersand", "gmail", date(2026, 10, 2, 19, 3),
    "Rizal Fauzi <rizal.fauzi@polibatam.ac.id>", "rename MK Jaringan Nirkabel",
    gm("Halo bang/mpok P4M,\n\nAye mau minta tolong nih, MK Jaringan Nirkabel (RKS3106) tolong di-rename jadi "
       "Jaringan Nirkabel & Keamanan IoT ya. Udah di-approve sama kajur, cuma di e-learning belom berubah. "
       "Students pada nanya, \"Pak, ini MK yang sama bukan?\"\n\nMakasih banyak ye,\nRizal"),
    L("course_data", "mixed", {"course_code": "RKS3106", "course_name": "Jaringan Nirkabel",
                               "changes": {"fullname": "Jaringan Nirkabel & Keamanan IoT"}},
      "New name with '&'; it begins with the old name."))

add("banjar-colon", "outlook", date(2026, 10, 5, 15, 26),
    "\"Hj. Noor Aisyah\" <noor.aisyah@polibatam.ac.id>", "Perubahan nama MK Kecerdasan Buatan",
    ol("Assalamualaikum wr. wb.\n\nSalam sejahtera gasan kita samunyaan. Ulun handak minta tolong, nama lengkap "
       "MK Kecerdasan Buatan (IF3105) diubah menjadi Kecerdasan Buatan: Konsep dan Penerapan\n\nNama ini sudah "
       "dipakai di RPS semester ganjil, jadi supaya sama.\n\nTerima kasih banyak,\nHj. Noor Aisyah, S.T., M.Kom.\n"
       "Ruang Dosen TI, Gedung Tower A lantai 5"),
    L("course_data", "id", {"course_code": "IF3105", "course_name": "Kecerdasan Buatan",
                            "changes": {"fullname": "Kecerdasan Buatan: Konsep dan Penerapan"}},
      "New name with a colon, at the end of a line with no final full stop."))

add("jawa-roman-yang-benar", "gmail", date(2026, 10, 6, 8, 49),
    "Sri Handayani <sri.handayani.bing@polibatam.ac.id>", "koreksi nama MK Bahasa Inggris 2",
    gm("Selamat pagi,\n\nNyuwun tulung nggih. Di e-learning tertulis \"Bahasa Inggris 2\" untuk BI1202, yang benar "
       "Bahasa Inggris Teknik II (pakai angka Romawi, sama seperti Bahasa Inggris Teknik I di semester satu).\n\n"
       "Matur nuwun sanget,\nSri Handayani, S.Pd., M.Pd."),
    L("course_data", "id", {"course_code": "BI1202", "course_name": "Bahasa Inggris 2",
                            "changes": {"fullname": "Bahasa Inggris Teknik II"}},
      "'yang benar X'; another course (Bahasa Inggris Teknik I) is mentioned but is not the value."))

add("german-should-read", "plain", date(2026, 10, 7, 17, 12),
    "Katrin Hoffmann <k.hoffmann@fh-partner.de>", "Course title MK3203",
    qp("Dear P4M team,\n\nin the joint module list the course MK3203 is still shown with its Indonesian title "
       "\"Otomasi Industri\". For the double-degree students the English title should read Industrial Automation "
       "and PLC Programming, as agreed in the module handbook (version 3.1, page 22).\n\nPlease change the full "
       "name accordingly; the short name may stay.\n\nKind regards\nKatrin Hoffmann\nInternational Programmes"),
    L("course_data", "en", {"course_code": "MK3203", "course_name": "Otomasi Industri",
                            "changes": {"fullname": "Industrial Automation and PLC Programming"}},
      "'should read'; the short name is explicitly not changed."))

add("medan-praktikum", "gmail", date(2026, 10, 8, 11, 6),
    "Juliana Sembiring <juliana.sembiring@polibatam.ac.id>", "Nama praktikum elektronika",
    gm("Selamat siang ito dan eda di P4M,\n\nAku koordinator praktikum di Lab Elektronika. Nama lengkap MK "
       "Praktikum Elektronika Dasar (EL1105P) di e-learning ganti lah jadi Praktikum Elektronika Analog dan "
       "Digital. Sekalian SKS-nya jadi 2, bukan 1 lagi.\n\nBujur,\nJuliana Sembiring, A.Md.T.\nPLP Lab Elektronika, "
       "Ruang 304"),
    L("course_data", "id", {"course_code": "EL1105P", "course_name": "Praktikum Elektronika Dasar",
                            "changes": {"fullname": "Praktikum Elektronika Analog dan Digital", "credits": "2"}},
      "Practicum name; the lab name and room are not values."))

add("makassar-lanjut", "gmail", date(2026, 10, 9, 20, 44),
    "Andi Nurfadillah <andi.nurfadillah@polibatam.ac.id>", "Pemrograman Mobile 2 -> Lanjut",
    gm("Halo P4M,\n\nMK Pemrograman Mobile 2 (IF3207), harusnya namanya Pemrograman Mobile Lanjut, not \"2\" "
       "anymore since kurikulum baru. Tolong diganti di course title-nya di'.\n\nThanks banyak,\nAndi Nurfadillah, "
       "M.Kom."),
    L("course_data", "mixed", {"course_code": "IF3207", "course_name": "Pemrograman Mobile 2",
                               "changes": {"fullname": "Pemrograman Mobile Lanjut"}},
      "'harusnya namanya X'; the subject abbreviates the new name."))

add("aceh-phone-typo", "gmail", date(2026, 10, 12, 22, 9),
    "cut meutia <cutmeutia.lg@gmail.com>", "typo nama mk",
    gm("min ada typo di nama mk LG2201, tertulis Manajamen Rantai Pasok. tolong diperbaiki jd Manajemen Rantai "
       "Pasok ya. maaf malam2 🙏 takut lupa besok" + GMA),
    L("course_data", "id", {"course_code": "LG2201", "course_name": "Manajamen Rantai Pasok",
                            "changes": {"fullname": "Manajemen Rantai Pasok"}},
      "Typo correction: the current name is labelled as written, with its typo."))

add("pontianak-subject-only", "gmail", date(2026, 10, 13, 14, 31),
    "Hendra Saputra <hendra.saputra.ts@polibatam.ac.id>", "Nama MK TS-2203 jadi Metode Konstruksi dan Alat Berat",
    gm("Siang P4M,\n\nSeperti di subjek email, mohon MK Metode Konstruksi (TS-2203) namanya diganti. Yang baru "
       "cukup ditulis persis begini: Metode Konstruksi dan Alat Berat\n\nTerima kasih,\nHendra Saputra, S.T., M.T."),
    L("course_data", "id", {"course_code": "TS-2203", "course_name": "Metode Konstruksi",
                            "changes": {"fullname": "Metode Konstruksi dan Alat Berat"}},
      "New name in the subject line and repeated once in the body."))

add("japan-course-title", "outlook", date(2026, 10, 15, 16, 2),
    "Watanabe Haruka <h.watanabe@kansai-partner.ac.jp>", "Request to change course title (JP2101)",
    ol("Dear P4M Helpdesk,\n\nI hope this email finds you well.\n\nRegarding the course Bahasa Jepang Bisnis "
       "(JP2101), which our university teaches jointly with your Business Administration department, I would like "
       "to kindly ask you to change the course title into \"Japanese Business Culture and Communication\".\n\n"
       "This is the title written in our exchange agreement, and our students receive credit only under this "
       "title.\n\nThank you for your understanding.\n\nBest regards,\nWatanabe Haruka (Ms.)\nCenter for "
       "International Programs"),
    L("course_data", "en", {"course_code": "JP2101", "course_name": "Bahasa Jepang Bisnis",
                            "changes": {"fullname": "Japanese Business Culture and Communication"}}))

sf_rows = [["Item", "Current", "Requested"], ["Full name", "Smart Factory 2", "Smart Factory Systems II"],
           ["Short name", "SF2", "SFS2-2026"]]
add("korea-table-fullname-short", "outlook", date(2026, 10, 16, 9, 17),
    "Choi Eun-ji <eunji.choi@gyeongbuk-partner.ac.kr>", "MK4105 course information update",
    ol("Dear Helpdesk,\n\nGood morning. This is Choi Eun-ji from the partner program office. We kindly request the "
       "following update for MK4105:\n\n" + table_plain(sf_rows) + "\n\nThe Roman numeral follows our catalogue "
       "style. Thank you always for your help.\n\nWarm regards,\nChoi Eun-ji",
       mso("Dear Helpdesk,\n\nGood morning. This is Choi Eun-ji from the partner program office. We kindly request "
           "the following update for MK4105:\n") + "\n" + table_html(sf_rows) + "\n"
       + mso("\nThe Roman numeral follows our catalogue style. Thank you always for your help.\n\nWarm regards,\n"
             "Choi Eun-ji")),
    L("course_data", "en", {"course_code": "MK4105", "course_name": "Smart Factory 2",
                            "changes": {"fullname": "Smart Factory Systems II", "shortname": "SFS2-2026"}},
      "Values in table cells under 'Requested'; current values in the neighbouring column."))

add("vietnam-next-line", "plain", date(2026, 10, 19, 14, 53),
    "Phạm Hoàng Long <long.pham@danang-partner.edu.vn>", "Course name for joint class LG3107",
    qp("Dear Sir/Madam,\n\nOur joint class LG3107 (now named Analisis Data Logistik) needs the English name for "
       "the transcript. The new full name is:\n\nLogistics Data Analytics\n\nWe hope it can be changed before the "
       "midterm on 2 November. Thank you very much.\n\nPhạm Hoàng Long\nLecturer, Faculty of Transport Economics"),
    L("course_data", "en", {"course_code": "LG3107", "course_name": "Analisis Data Logistik",
                            "changes": {"fullname": "Logistics Data Analytics"}},
      "Value on the line after its label; the current name is in brackets."))

add("philippines-karena-mixed", "gmail", date(2026, 10, 20, 15, 40),
    "Maricel Villanueva <maricel.villanueva@polibatam.ac.id>", "Course title Kewirausahaan Teknologi",
    gm("Selamat sore po! 😊\n\nFor MB3107 Kewirausahaan Teknologi, please change the title to Technopreneurship and "
       "Innovation Management karena course ini sekarang masuk program international class. Saya sudah bicara "
       "dengan Pak Kaprodi kemarin.\n\nTerima kasih po,\nMaricel Villanueva, MBA\nVisiting lecturer (Manila)"),
    L("course_data", "mixed", {"course_code": "MB3107", "course_name": "Kewirausahaan Teknologi",
                               "changes": {"fullname": "Technopreneurship and Innovation Management"}},
      "Value stands before a reason ('... karena ...')."))

add("lampung-curly-quotes", "outlook", date(2026, 10, 22, 13, 4),
    "Fitriyani <fitriyani.if@polibatam.ac.id>", "Perubahan nama MK Etika Profesi",
    ol("Selamat siang Tim Helpdesk P4M,\n\nMenindaklanjuti keputusan rapat kurikulum Jurusan TI, mohon nama MK "
       "Etika Profesi (IF4105) di e-learning diubah menjadi “Etika Profesi dan Hukum Siber”.\n\nMohon kabar bila "
       "sudah selesai. Terima kasih.\n\nSalam,\nFitriyani, S.Kom., M.Cs.\nSekretaris Jurusan Teknik Informatika"),
    L("course_data", "id", {"course_code": "IF4105", "course_name": "Etika Profesi",
                            "changes": {"fullname": "Etika Profesi dan Hukum Siber"}},
      "Value in curly quotes; the quotes are not part of it."))

add("palembang-letter-docx", "outlook", date(2026, 10, 23, 10, 48),
    "Prodi Akuntansi <akuntansi@polibatam.ac.id>", "Surat permohonan perubahan nama mata kuliah",
    mixed(ol("Yth. Kepala P4M\nPoliteknik Negeri Batam\n\nDengan hormat,\n\nBerdasarkan SK Direktur tentang "
             "Kurikulum Program Studi Akuntansi Tahun 2026, kami memohon perubahan nama lengkap mata kuliah "
             "Akuntansi Sektor Publik (AK3204) di e-learning menjadi:\n\nAkuntansi Sektor Publik Lanjut\n\n"
             "Surat resmi kami lampirkan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.\n\n"
             "Hormat kami,\nKetua Program Studi Akuntansi\n\nDr. Yulianti Kusuma, S.E., M.Si., Ak.\n"
             "NIP 198110232006042003"),
          attach("surat-ak", docx_bytes(["Nomor: 88/PL29/AK/2026", "Perihal: Perubahan nama mata kuliah",
                                         "AK3204 Akuntansi Sektor Publik menjadi Akuntansi Sektor Publik Lanjut"]),
                 "application", "vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "Surat_Perubahan_Nama_MK.docx")),
    L("course_data", "id", {"course_code": "AK3204", "course_name": "Akuntansi Sektor Publik",
                            "changes": {"fullname": "Akuntansi Sektor Publik Lanjut"}},
      "Formal letter; value on its own line after 'menjadi:'; also in the attached letter."))

nm_rows = [["Kode MK", "Nama saat ini", "Nama baru"],
           ["TM2108", "Gambar Teknik Manufaktur", "Gambar Teknik dan CAD Manufaktur"]]
add("riau-secretary-table", "outlook", date(2026, 10, 26, 9, 30),
    "Sekretariat Teknik Mesin <mesin@polibatam.ac.id>", "Mohon update nama MK TM2108",
    ol("Selamat pagi,\n\nMohon kiranya Tim P4M dapat membantu memperbarui nama mata kuliah berikut:\n\n"
       + table_plain(nm_rows) + "\n\nPerubahan ini berlaku untuk semua kelas (TM-2A s.d. TM-2D).\n\n"
       "Terima kasih atas bantuannya.\n\nWassalam,\nRaja Nurliza\nStaf Sekretariat Jurusan Teknik Mesin",
       mso("Selamat pagi,\n\nMohon kiranya Tim P4M dapat membantu memperbarui nama mata kuliah berikut:\n")
       + "\n" + table_html(nm_rows) + "\n"
       + mso("\nPerubahan ini berlaku untuk semua kelas (TM-2A s.d. TM-2D).\n\nTerima kasih atas bantuannya.\n\n"
             "Wassalam,\nRaja Nurliza\nStaf Sekretariat Jurusan Teknik Mesin")),
    L("course_data", "id", {"course_code": "TM2108", "course_name": "Gambar Teknik Manufaktur",
                            "changes": {"fullname": "Gambar Teknik dan CAD Manufaktur"}},
      "Value in a table cell under 'Nama baru'."))

add("kupang-value-before-field", "yahoo", date(2026, 10, 27, 18, 15),
    "Yohanes Nenobais <yohanes.nenobais@yahoo.co.id>", "nama MK TS-2107",
    b64("Selamat sore bapa ibu,\n\n\"Geomatika Terapan\" itu nama yang benar untuk MK TS-2107, bukan Survei dan "
        "Pemetaan II seperti yang ada sekarang. Beta su cek di kurikulum baru. Tolong diganti, e.\n\nTerima kasih "
        "banyak,\nYohanes Nenobais, S.T., M.T." + YAHOO),
    L("course_data", "id", {"course_code": "TS-2107", "course_name": "Survei dan Pemetaan II",
                            "changes": {"fullname": "Geomatika Terapan"}},
      "Value before the field's word; the current name has a Roman numeral but is not the value."))

add("jambi-karena", "gmail", date(2026, 11, 2, 13, 50),
    "Desi Ratnasari <desi.ratnasari@polibatam.ac.id>", "Perubahan nama MK Statistika TI1204",
    gm("Selamat siang Bapak/Ibu,\n\nNamo MK Statistika (TI1204) mohon diganti menjadi Statistika dan Probabilitas "
       "karena menyesuaikan kurikulum OBE yang mulai berlaku semester ini. Untuk MK Statistika Industri (TI2203) "
       "tidak ada perubahan.\n\nTerimo kasih,\nDesi Ratnasari, S.Si., M.Stat.\nProdi Teknik Industri"),
    L("course_data", "id", {"course_code": "TI1204", "course_name": "Statistika",
                            "changes": {"fullname": "Statistika dan Probabilitas"}},
      "Value before 'karena'; another course is mentioned as unchanged."))

add("medan-chinese-brackets", "gmail", date(2026, 11, 5, 10, 7),
    "Kelvin Halim <kelvin.halim@polibatam.ac.id>", "rename MK IMK",
    gm("Pagi P4M,\n\nMK IMK (IF2208) tolong rename ya, full name-nya jadi (Interaksi Manusia dan Komputer Terapan). "
       "Yang sekarang cuma \"IMK\" doang, kurang formal buat transkrip. Shortname biarin aja.\n\nThanks ya,\n"
       "Kelvin Halim, S.Kom., M.T.I."),
    L("course_data", "mixed", {"course_code": "IF2208", "course_name": "IMK",
                               "changes": {"fullname": "Interaksi Manusia dan Komputer Terapan"}},
      "Value in round brackets; 'IMK' before the bracketed code is the name as written."))

add("lab-technician-mixed", "outlook-android", date(2026, 11, 9, 7, 33),
    "Agus Priyanto <agus.priyanto.plp@outlook.com>", "Praktik CNC - new name",
    gm("Pagi tim P4M, mau request rename course Praktik CNC (TM2210) to CNC Machining Laboratory, sesuai nama lab "
       "yang baru diresmikan minggu lalu. Mahasiswa TM-2B udah pakai lab itu sejak 3 November.\nThank you!" + OLA),
    L("course_data", "mixed", {"course_code": "TM2210", "course_name": "Praktik CNC",
                               "changes": {"fullname": "CNC Machining Laboratory"}},
      "Lab name as the new course name; the date is not a value."))

add("manado-fullname-no-value", "gmail", date(2026, 11, 10, 16, 24),
    "Meiske Wowor <meiske.wowor@polibatam.ac.id>", "nama MK Akuntansi Biaya salah",
    gm("Sore tim P4M,\n\nNama lengkap MK Akuntansi Biaya (AK2207) di e-learning itu salah, nda sesuai deng SK. "
       "Tolong dorang ganti, mar nama yang betul kita belum dapa dari Kaprodi. Nanti kita kirim ulang kalau so ada.\n\n"
       "Makaseh,\nMeiske"),
    L("course_data", "id", {"course_code": "AK2207", "course_name": "Akuntansi Biaya", "changes": {}},
      "Full-name change asked without the new name."))

add("phone-key-shortname-mixed", "gmail", date(2026, 11, 11, 21, 48),
    "Bayu Anggara <bayu.anggara@polibatam.ac.id>", "key + shortname MK PBL",
    gm("Min, for MK Project Based Learning (PBL3101) tolong:\nkey -> PBL_gasspol26\nshortname: PBL-3A-26\n"
       "Key lama bocor di grup WA angkatan. thx 🙏" + GMA),
    L("course_data", "mixed", {"course_code": "PBL3101", "course_name": "Project Based Learning",
                               "changes": {"enrolment_key": "PBL_gasspol26", "shortname": "PBL-3A-26"}}))


# ================================================================ elearning_support (6)

add("new-lecturer-no-gradebook", "gmail", date(2026, 10, 30, 8, 41),
    "Marojahan Simanjuntak <marojahan.simanjuntak@polibatam.ac.id>", "Tidak bisa buka nilai di Mekanika Fluida",
    gm("Selamat pagi,\n\nNama saya sudah muncul sebagai pengampu MK Mekanika Fluida (TS-2105), terima kasih. Tapi "
       "waktu saya klik menu Nilai, muncul tulisan \"Maaf, Anda tidak memiliki izin\". Apakah peran saya masih "
       "sebagai siswa? Saya perlu memasukkan nilai kuis minggu ini.\n\nSalam,\nMarojahan Simanjuntak"),
    L("elearning_support", "id", {"course_code": "TS-2105", "course_name": "Mekanika Fluida"},
      "Near-miss: the lecturer change is done; the problem is a missing permission."))

add("quiz-timer-wrong", "outlook", date(2026, 11, 3, 11, 12),
    "Endang Purwaningsih <endang.purwaningsih@polibatam.ac.id>", "Waktu kuis tidak sesuai",
    ol("Selamat siang,\n\nKuis 2 di MK Matematika Teknik (TM1101) saya atur 60 menit, tetapi beberapa mahasiswa "
       "melaporkan waktunya habis setelah 30 menit. Pengaturan batas waktu sudah saya cek dua kali. Mohon dibantu "
       "dicek dari sisi sistem.\n\nTerima kasih,\nEndang Purwaningsih, S.Si., M.Sc."),
    L("elearning_support", "id", {"course_code": "TM1101", "course_name": "Matematika Teknik"}))

add("sso-students-phone", "yahoo", date(2026, 11, 6, 22, 37),
    "ade irawan <adeirawan77@yahoo.com>", "mhs gk bs login",
    b64("min bbrp mhs sy gk bs login elearning dr tadi sore, katanya muncul 'invalid login' pdhl pw udh bener. "
        "sy sendiri bisa. bsk pagi ada kuis jam 8, tlg dicek ya min" + YAHOO),
    L("elearning_support", "id"))

add("german-video-upload", "plain", date(2026, 11, 12, 9, 44),
    "Matthias Vogelsang <m.vogelsang@hs-partner.de>", "Upload limit for lecture recordings",
    qp("Dear helpdesk,\n\nthank you for giving me access to Control Engineering (EL3102). When I upload my lecture "
       "recordings (about 350 MB each) the upload stops with \"The file is too large\". Is there a limit I can ask "
       "you to raise, or should I use another way, for example a link to our own video server?\n\nBest regards,\n"
       "Matthias Vogelsang"),
    L("elearning_support", "en", {"course_code": "EL3102", "course_name": "Control Engineering"},
      "Follows a lecturer change; now a technical upload problem."))

add("renamed-course-hidden", "gmail", date(2026, 11, 16, 14, 2),
    "Rizal Fauzi <rizal.fauzi@polibatam.ac.id>", "course ilang dari dashboard mhs",
    gm("Halo P4M,\n\nAbis nama MK-nya diganti kemarin, beberapa students bilang course RKS3106 hilang dari dashboard "
       "mereka. Saya cek di participants masih ada 34 orang. Is it a cache problem or something? Mohon dicek ya.\n\n"
       "Thanks,\nRizal"),
    L("elearning_support", "mixed", {"course_code": "RKS3106"},
      "Near-miss: mentions the earlier rename, asks about a display problem."))

add("turnitin-error-mixed", "gmail", date(2026, 11, 19, 10, 58),
    "Kelvin Halim <kelvin.halim@polibatam.ac.id>", "Turnitin error di assignment",
    gm("Hi min, assignment Laporan Akhir di IF2208 error terus pas mhs submit: \"Turnitin submission failed, please "
       "try again later\". Udah dari kemarin. Deadline-nya Senin, 23 November. Could you check the plugin? Tq"),
    L("elearning_support", "mixed", {"course_code": "IF2208"}))


# ================================================================ other (6)

add("howto-change-myself", "gmail", date(2026, 10, 14, 20, 6),
    "Lina Marpaung <lina.marpaung@polibatam.ac.id>", "cara ganti nama MK sendiri?",
    gm("Malam tim P4M,\n\nMau tanya saja, apakah dosen bisa mengganti sendiri nama lengkap MK di e-learning? Saya "
       "coba buka Pengaturan di MK Kimia Organik (TK2201) tapi kolom nama lengkapnya abu-abu, tidak bisa diketik. "
       "Kalau memang bisa, menunya di mana ya?\n\nTerima kasih,\nLina"),
    L("other", "id", {"course_code": "TK2201", "course_name": "Kimia Organik"},
      "How-to question about changing the name oneself; no change requested from P4M."))

add("plan-next-year", "outlook", date(2026, 10, 21, 14, 36),
    "Sugeng Widodo <sugeng.widodo@polibatam.ac.id>", "Info rencana pengampu tahun depan",
    ol("Yth. Tim P4M,\n\nSekadar informasi awal: untuk tahun akademik 2027/2028 prodi berencana menyerahkan MK "
       "Sistem Tenaga Listrik (EL2209) kepada dosen baru yang sedang dalam proses rekrutmen. Nama dan jadwalnya "
       "belum ada, nanti akan diajukan resmi lewat Sekretariat.\n\nUntuk semester ini tidak ada perubahan.\n\n"
       "Salam,\nDr. Sugeng Widodo, S.T., M.Eng."),
    L("other", "id", {"course_code": "EL2209", "course_name": "Sistem Tenaga Listrik"},
      "A plan for next year; nothing to change now."))

add("korea-thanks-done", "plain", date(2026, 10, 27, 15, 22),
    "Lee Ji-hoon <jihoon.lee@yeungjin-partner.ac.kr>", "Thank you - MK4102",
    qp("Dear P4M Helpdesk,\n\nProf. Kim told me this morning that he can now see Smart Manufacturing Systems "
       "(MK4102) and his name is shown to the students. Thank you so much for the quick work, it helped a lot.\n\n"
       "We look forward to continuing the cooperation next semester.\n\nBest regards,\nLee Ji-hoon"),
    L("other", "en", {"course_code": "MK4102", "course_name": "Smart Manufacturing Systems"},
      "Thanks after the lecturer change was done."))

add("complaint-slow", "gmail", date(2026, 11, 13, 9, 19),
    "Yuliana Pasaribu <yuliana.pasaribu@polibatam.ac.id>", "keluhan lamanya proses",
    gm("Selamat pagi,\n\nSaya ingin menyampaikan keluhan. Permintaan ganti pengampu untuk MK Analisis Struktur "
       "(TS-2201) yang saya kirim tanggal 19 Oktober baru selesai kemarin, hampir empat minggu. Selama itu dosen "
       "pengganti tidak bisa memberi tugas dan mahasiswa mengira kelasnya kosong.\n\nSekarang sudah beres, tapi "
       "mohon ke depan prosesnya lebih cepat atau setidaknya ada kabar.\n\nYuliana Pasaribu, S.T., M.T."),
    L("other", "id", {"course_code": "TS-2201", "course_name": "Analisis Struktur"},
      "Complaint about a slow but finished change; no new request."))

add("german-is-it-possible", "plain", date(2026, 11, 18, 13, 5),
    "Katrin Hoffmann <k.hoffmann@fh-partner.de>", "Question: renaming courses during the semester",
    qp("Dear P4M team,\n\na general question before we plan the summer term: is it possible to change the full "
       "name of a course while the semester is running, or only between semesters? We are thinking about renaming "
       "two double-degree courses, but nothing is decided and we do not need any change now.\n\nKind regards\n"
       "Katrin Hoffmann"),
    L("other", "en", note="Asks whether a change is possible; no course named, nothing requested."))

add("student-move-class", "gmail", date(2026, 11, 23, 19, 51),
    "Reza Maulana <reza.maulana@students.polibatam.ac.id>", "pindah kelas dosen",
    gm("Selamat malam Bapak/Ibu P4M,\n\nSaya Reza (NIM 3312401087) kelas IF-2D. Boleh tidak saya dipindah ke kelas "
       "Pak Yosias di MK Rekayasa Perangkat Lunak (IF2207)? Jadwal kelas saya bentrok dengan kerja paruh waktu. "
       "Terima kasih.\n\nReza"),
    L("other", "id", {"course_code": "IF2207", "course_name": "Rekayasa Perangkat Lunak"},
      "A student asks to move himself to another class; not a course data change."))


# ================================================================ document_request (4)

add("form-ganti-pengampu", "gmail", date(2026, 11, 17, 10, 3),
    "Nurul Hikmah <nurul.hikmah@polibatam.ac.id>", "minta form pergantian pengampu",
    gm("Selamat pagi Tim P4M,\n\nApakah ada formulir baku untuk pengajuan pergantian dosen pengampu? Prodi kami "
       "ingin mulai semester depan semua permintaan pakai format yang sama. Kalau ada, mohon dikirimkan file "
       "Word-nya.\n\nTerima kasih,\nNurul Hikmah\nAdmin Prodi Teknik Mesin"),
    L("document_request", "id"))

add("akreditasi-daftar-pengampu", "outlook", date(2026, 11, 20, 8, 55),
    "Tim Akreditasi TRPL <akreditasi.trpl@polibatam.ac.id>", "Permohonan rekap MK dan dosen pengampu",
    ol("Yth. Tim P4M,\n\nUntuk kelengkapan borang akreditasi Prodi TRPL, kami memerlukan rekap daftar mata kuliah "
       "beserta dosen pengampu di e-learning untuk tiga semester terakhir (ganjil 2025/2026 sampai ganjil "
       "2026/2027), jika memungkinkan dalam format Excel.\n\nBatas pengumpulan borang Jumat, 4 Desember 2026.\n\n"
       "Hormat kami,\nTim Akreditasi Prodi TRPL"),
    L("document_request", "id"))

add("vietnam-syllabus-template", "gmail", date(2026, 11, 24, 15, 16),
    "Phạm Hoàng Long <long.pham@danang-partner.edu.vn>", "Syllabus template for joint courses",
    gm("Dear P4M Helpdesk,\n\nCould you send us the official syllabus (RPS) template used by Politeknik Negeri "
       "Batam, preferably the English version? Our faculty wants to prepare the documents for two new joint courses "
       "in the same format.\n\nThank you in advance,\nPhạm Hoàng Long"),
    L("document_request", "en"))

add("format-surat-mixed", "gmail", date(2026, 11, 26, 11, 29),
    "Maricel Villanueva <maricel.villanueva@polibatam.ac.id>", "template surat rename MK",
    gm("Hello po,\n\nMay I ask for the template surat permohonan perubahan nama mata kuliah? Kaprodi minta pakai "
       "format resmi dari P4M, tapi saya belum pernah lihat. A PDF or Word file is fine.\n\nSalamat,\nMaricel"),
    L("document_request", "mixed"))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generator of tuning corpus tune33, formerly held-out part20 (standard library only, deterministic).

Writes NNN-client-quirk-slug.eml and labels.json next to this script.
Every mail body was written by hand; names, addresses and ticket numbers are made up.
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
PLAN = {"course_data": 22, "announcement": 16, "elearning_support": 12,
        "document_request": 7, "other": 7, "auto": 6}

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


def add(slug, quirk, date_, frm, subject, body, label, to=HD, cc=None, extra=None, raw=None, mid_domain=None):
    """body is a MIMEPart tree (or a str for utf-8 8bit plain); raw is a full raw message string."""
    MAILS.append(dict(slug=slug, quirk=quirk, date=date_, frm=frm, subject=subject, body=body,
                      label=label, to=to, cc=cc, extra=extra or [], raw=raw, mid_domain=mid_domain))


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
    vals = []
    for k, v in lab.get("fields", {}).items():
        if k == "changes":
            vals += list(v.values())
        elif k not in ("scope", "publish_at"):
            vals.append(v)
    for v in vals:
        if norm(v) not in nt:
            errs.append("value not in text: %r" % v)
    for mt in WDRE.finditer(txt):
        wd, d, mo, y = mt.group(1).lower(), int(mt.group(2)), MO[mt.group(3).lower()], int(mt.group(4) or 2026)
        try:
            if dt.date(y, mo, d).weekday() != WD[wd]:
                errs.append("weekday mismatch %r" % mt.group(0))
        except ValueError:
            errs.append("bad date %r" % mt.group(0))
    if lab["type"] not in ("course_data", "announcement") and lab.get("fields"):
        errs.append("fields on non-course/announcement")
    d = email.utils.parsedate_to_datetime(str(parsed["Date"]))
    if not (dt.date(2026, 9, 1) <= d.date() <= dt.date(2026, 11, 28)):
        errs.append("date out of range")
    return errs


def main():
    items = sorted(MAILS, key=lambda m: email.utils.parsedate_to_datetime(m["date"]))
    labels = {}
    written = set()
    bad = False
    for i, m in enumerate(items, 1):
        name = "%03d-%s-%s.eml" % (i, m["quirk"], m["slug"])
        data = build(m)
        parsed = email.message_from_bytes(data, policy=policy.default)
        errs = check(name, data, m, parsed)
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
    if counts != PLAN or bad:
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


# ================================================================ course_data (22)

add("phone-lc-lecturer", "yahoo", date(2026, 9, 2, 21, 47),
    "rizky pratama <rizkypratama.dosen@yahoo.co.id>", "ganti dosen",
    b64("min tlg ganti dosen pemrograman web if204 kls if-2b ke rina marlina s.kom ya 🙏 sy udh gk ngajar "
        "kls itu smstr ini. mksh min" + YAHOO),
    L("course_data", "id", {"course_code": "if204", "course_name": "pemrograman web",
                            "changes": {"lecturer": "rina marlina s.kom"}}))

add("sticker-alt-key", "gmail", date(2026, 9, 4, 22, 13),
    "dinda ayu <dindaayu.rks@gmail.com>", "key basdat",
    gm("halo min 👋\nenrol key basdat (rks2103) kls malam tlg diganti jd basdat2026malam yaa, yg lama "
       "udh kesebar di grup angkatan atas 😅\n\n[Stiker: kucing membungkuk \"makasih\"]\n\ndinda",
       '<div dir="ltr"><div>halo min 👋</div><div>enrol key basdat (rks2103) kls malam tlg diganti jd '
       '<b>basdat2026malam</b> yaa, yg lama udh kesebar di grup angkatan atas 😅</div><div><br></div>'
       '<div><img src="cid:sticker_01" alt="[Stiker: kucing membungkuk &quot;makasih&quot;]" width="120"></div>'
       '<div><br></div><div>dinda</div></div>\n'),
    L("course_data", "id", {"course_code": "rks2103", "course_name": "basdat",
                            "changes": {"enrolment_key": "basdat2026malam"}},
      "'basdat' (an abbreviation) is the course name as written."))

add("abbrev-semester", "gmail", date(2026, 9, 7, 7, 58),
    "Fajar Nugroho <fajar.nugroho@polibatam.ac.id>", "smt MK SO salah",
    gm("Halo tim P4M,\n\nsy mau minta tlg utk MK Sistem Operasi (IF2203) smt nya diganti dr 3 jd 4 ya, "
       "krn kmrn salah input pas awal. mhs angkatan 2025 gk nemu di dashboard mrk.\n\nthx bgt 🙏\n\n"
       "--\nFajar Nugroho, S.Kom., M.Cs.\nJurusan Teknik Informatika"),
    L("course_data", "id", {"course_code": "IF2203", "course_name": "Sistem Operasi",
                            "changes": {"semester": "4"}}))

add("aceh-shortname", "plain", date(2026, 9, 8, 10, 21),
    "Teuku Raja Ramli <teuku.ramli@polibatam.ac.id>", "Mohon ubah nama singkat MK Mekanika Teknik",
    "Assalamualaikum warahmatullah,\n\nPeu haba tim P4M? Semoga sehat mandum.\n\n"
    "Saya Teuku Raja Ramli, dosen Teknik Mesin. Mohon bantuan, nama singkat MK Mekanika Teknik (TM1204) "
    "di e-learning diubah menjadi MEKTEK-24, supaya sama dengan yang ada di jadwal. Yang sekarang masih "
    "tertulis TM1204-2023, jadi mahasiswa bingung, neu.\n\nTeurimong gaséh that.\n\nWassalam,\n"
    "Teuku Raja Ramli, S.T., M.T.\nProdi Teknologi Rekayasa Mesin",
    L("course_data", "id", {"course_code": "TM1204", "course_name": "Mekanika Teknik",
                            "changes": {"shortname": "MEKTEK-24"}}))

add("manado-lecturer", "gmail", date(2026, 9, 10, 13, 5),
    "Jeane Rumengan <jeane.rumengan@polibatam.ac.id>", "tolong ganti dosen Akuntansi Biaya",
    gm("Sore tim P4M,\n\nBeking tolong dulu ne. Torang pe mata kuliah Akuntansi Biaya (AK2207) kelas AK-2A "
       "itu dosen so ganti, kita so nda mangajar itu kelas. Ngana tolong ubah jadi Dra. Meiske Lumingkewas, "
       "M.Si. di e-learning, supaya ibu Meiske bisa masuk kase nilai.\n\nMakaseh banyak jo,\nJeane Rumengan\n"
       "Prodi Akuntansi Manajerial"),
    L("course_data", "id", {"course_code": "AK2207", "course_name": "Akuntansi Biaya",
                            "changes": {"lecturer": "Dra. Meiske Lumingkewas, M.Si."}}))

add("sunda-credits", "gmail", date(2026, 9, 14, 9, 40),
    "Asep Saepudin <asep.saepudin@polibatam.ac.id>", "SKS Gambar Teknik",
    gm("Punten, wilujeng enjing.\n\nAbdi Asep ti Teknik Mesin. Nyuhunkeun tulung, jumlah SKS mata kuliah "
       "Gambar Teknik (TM1102) di e-learning teh kedah 3 SKS, sanes 2 sapertos ayeuna. Mangga dirobih janten "
       "3, margi di kurikulum anyar tos 3.\n\nHatur nuhun pisan,\nAsep Saepudin"),
    L("course_data", "id", {"course_code": "TM1102", "course_name": "Gambar Teknik",
                            "changes": {"credits": "3"}}))

add("palembang-class", "yahoo", date(2026, 9, 16, 19, 22),
    "Yuni Kartika <yunikartika88@yahoo.co.id>", "kelas statistika salah",
    b64("Malem min,\n\nNian aku minta tolong. Di e-learning MK Statistika (MB2105) kelasnyo masih MB-1A, "
        "padahal budak-budak ini lah semester 3. Ubah kelasnyo jadi MB-2A Pagi yo min. Kagek kalo lah beres "
        "kabari aku.\n\nMakasih nian,\nYuni Kartika, S.E., M.M." + YAHOO),
    L("course_data", "id", {"course_code": "MB2105", "course_name": "Statistika",
                            "changes": {"class": "MB-2A Pagi"}}))

add("french-summary", "plain", date(2026, 9, 17, 15, 2),
    "Amélie Fontaine <amelie.fontaine@polibatam.ac.id>", "Modification of course summary - IF3301",
    qp("Good afternoon,\n\nI would like to ask you to modify the summary of my course Introduction to Data "
       "Science (IF3301) on the e-learning. The actual summary is the one of last year and it is not "
       "correct anymore.\n\nThe new summary should be : This course introduces the full data science cycle, "
       "from data collection and cleaning to visualisation and simple predictive models, with weekly "
       "practical sessions in Python.\n\nI thank you in advance for your help.\n\nBest regards,\n"
       "Amélie Fontaine\nVisiting lecturer (Université de Rennes), Informatics Department"),
    L("course_data", "en", {"course_code": "IF3301", "course_name": "Introduction to Data Science",
                            "changes": {"summary": "This course introduces the full data science cycle, from "
                                        "data collection and cleaning to visualisation and simple predictive "
                                        "models, with weekly practical sessions in Python."}}))

add("egypt-fullname", "gmail", date(2026, 9, 21, 11, 30),
    "Mohamed Abdelrahman <m.abdelrahman@polibatam.ac.id>", "Change the course full name",
    gm("Dear Sir/Madam,\n\nGreetings and peace be upon you.\n\nKindly, I need to change the full name of the "
       "course DSP (EL3206) on the e-learning to be \"Digital Signal Processing and Applications\" as it is "
       "written in the new curriculum. Please do this at your earliest convenience.\n\nThanks in advance for "
       "your cooperation.\n\nDr. Mohamed Abdelrahman\nElectrical Engineering Department"),
    L("course_data", "en", {"course_code": "EL3206", "course_name": "DSP",
                            "changes": {"fullname": "Digital Signal Processing and Applications"}}))

add("turkish-dash-two", "plain", date(2026, 9, 23, 8, 15),
    "Emre Yıldız <emre.yildiz@polibatam.ac.id>", "Robotics course - key and short name",
    qp("Hello,\n\nI am Dr. Emre Yıldız, I teach Robotics (MK3104) this semester. I want to make two changes "
       "please:\n\n- the enrolment key must be changed into Robo!2026\n- the short name must be ROB-MK26\n\n"
       "Because the old key is known by last year students. I am waiting your information when it is done.\n\n"
       "Kind regards,\nDr. Emre Yıldız\nMechatronics Study Program"),
    L("course_data", "en", {"course_code": "MK3104", "course_name": "Robotics",
                            "changes": {"enrolment_key": "Robo!2026", "shortname": "ROB-MK26"}}))

add("srilanka-lecturer-class", "outlook", date(2026, 9, 24, 14, 48),
    "Nuwan Jayasuriya <nuwan.j@polibatam.ac.id>", "Request to do the needful - Network Security course",
    qp("Dear Helpdesk Team,\n\nHope you are doing well.\n\nI am writing to kindly request you to do the needful "
       "regarding the course Network Security (RKS3205). Please change the lecturer to Dr. Nuwan Perera "
       "Jayasuriya, and the class to RKS-3A. Presently it is showing the name of the previous lecturer and "
       "class RKS-3B, which is wrong.\n\nKindly revert once done.\n\nThanks and regards,\nDr. Nuwan Perera "
       "Jayasuriya\nCyber Security Engineering"),
    L("course_data", "en", {"course_code": "RKS3205", "course_name": "Network Security",
                            "changes": {"lecturer": "Dr. Nuwan Perera Jayasuriya", "class": "RKS-3A"}}))

add("nested-div-cid-fullname", "gmail", date(2026, 9, 28, 10, 2),
    "Melati Putri <melati.putri@polibatam.ac.id>", "Perubahan nama lengkap MK Desain Grafis Dasar",
    gm_cid("cd12",
           "Selamat pagi Bapak/Ibu Tim P4M,\n\nMohon diubah nama lengkap MK Desain Grafis Dasar (MM1101) di "
           "e-learning menjadi Desain Grafis dan Tipografi Dasar, sesuai RPS revisi.\n\nTerima kasih.\n\n"
           "Melati Putri, S.Sn., M.Ds.\nProdi Animasi\n[logo Polibatam]",
           '<div dir="ltr"><div><div>Selamat pagi Bapak/Ibu Tim P4M,</div><div><br></div><div><div>Mohon '
           'diubah nama lengkap MK Desain Grafis Dasar (MM1101) di e-learning menjadi <span style="font-weight:'
           'bold">Desain Grafis dan Tipografi Dasar</span>, sesuai RPS revisi.</div></div><div><br></div>'
           '<div>Terima kasih.</div></div><div><br></div><div dir="ltr" class="gmail_signature"><div dir="ltr">'
           '<div><div>Melati Putri, S.Sn., M.Ds.</div><div>Prodi Animasi</div><div><img src="cid:ii_%s" '
           'alt="logo Polibatam" width="96" height="48"></div></div></div></div></div>\n' % h("cd12cid", 10)),
    L("course_data", "id", {"course_code": "MM1101", "course_name": "Desain Grafis Dasar",
                            "changes": {"fullname": "Desain Grafis dan Tipografi Dasar"}}))

add("empty-plain-letters", "gmail", date(2026, 9, 30, 16, 20),
    "Bagas Wicaksono <bagas.wicaksono@polibatam.ac.id>", "Update MK Manajemen Proyek TI",
    empty_plain('<div dir="ltr"><div>Hi tim P4M,</div><div><br></div><div>For MK Manajemen Proyek TI '
                '(IF3208) tolong di-update ya:</div><div>a. semester: 5 -&gt; 6</div><div>b. SKS jadi 2 '
                '(sebelumnya 3)</div><div><br></div><div>Reason: kurikulum 2026 moved this course to semester '
                'genap. Thanks a lot!</div><div><br></div><div>Bagas</div></div>\n'),
    L("course_data", "mixed", {"course_code": "IF3208", "course_name": "Manajemen Proyek TI",
                               "changes": {"semester": "6", "credits": "2"}},
      "Plain part is empty; the text is only in the HTML part."))

t1 = "#HD-20261002-041"
add("ticket-add-shortname", "gmail", date(2026, 10, 2, 9, 12),
    "Sari Handayani <sari.handayani@polibatam.ac.id>",
    "Re: [P4M-HD %s] Perubahan nama singkat MK Jaringan Komputer" % t1,
    gm("Nama singkat barunya: JARKOM-IF2C\n\nMaaf kemarin lupa saya tulis.\n\nSari\n\n"
       "Pada Jum, 2 Okt 2026 pukul 08.31 Helpdesk P4M <%s>\nmenulis:\n\n" % HD
       + q("Yth. Ibu Sari Handayani,\n\n" + ACK.format(t=t1) + "\n\nCatatan: pada permintaan Anda untuk MK "
           "Jaringan Komputer (IF2206) belum tercantum nama singkat yang baru. Mohon lengkapi dengan membalas "
           "email ini.")),
    L("course_data", "id", {"course_code": "IF2206", "course_name": "Jaringan Komputer",
                            "changes": {"shortname": "JARKOM-IF2C"}},
      "Reply in a ticket thread; the course is named in the subject and the quoted acknowledgement."))

t2 = "#HD-20261005-017"
add("ticket-correct-key", "gmail", date(2026, 10, 5, 14, 37),
    "Hendri Saputra <hendri.saputra@polibatam.ac.id>",
    "Re: [P4M-HD %s] Ganti enrolment key Kimia Dasar" % t2,
    gm("Maaf, koreksi: key yang benar Kimia#Dasar25, bukan KimiaDasar25 seperti di email saya tadi pagi. "
       "Tolong pakai yang ini saja.\n\nHendri\n\nPada Sen, 5 Okt 2026 pukul 10.02 Helpdesk P4M <%s>\nmenulis:\n\n" % HD
       + q(ACK.format(t=t2) + "\n\nPada Sen, 5 Okt 2026 pukul 09.48 Hendri Saputra\nmenulis:\n> Selamat pagi, "
           "mohon enrolment key MK Kimia Dasar (TK1101)\n> diganti menjadi KimiaDasar25.\n> Terima kasih.")),
    L("course_data", "id", {"course_code": "TK1101", "course_name": "Kimia Dasar",
                            "changes": {"enrolment_key": "Kimia#Dasar25"}},
      "Correction in a ticket thread supersedes the quoted earlier key."))

add("numbered-three", "outlook", date(2026, 10, 7, 11, 4),
    "Wahyu Hidayat <wahyu.hidayat@polibatam.ac.id>", "Permohonan perubahan data MK PBO",
    qp("Selamat siang,\n\nUntuk MK Pemrograman Berorientasi Objek (IF2104) di e-learning, mohon dilakukan "
       "perubahan berikut:\n\n1) nama singkat menjadi PBO-2026\n2) kunci pendaftaran menjadi pbo_oke_2b\n"
       "3) ringkasan: Mata kuliah ini membahas konsep kelas, objek, pewarisan, dan polimorfisme menggunakan "
       "bahasa Java.\n\nAtas bantuannya saya ucapkan terima kasih.\n\nSalam,\nWahyu Hidayat, M.Kom.\n"
       "Teknik Informatika"),
    L("course_data", "id", {"course_code": "IF2104", "course_name": "Pemrograman Berorientasi Objek",
                            "changes": {"shortname": "PBO-2026", "enrolment_key": "pbo_oke_2b",
                                        "summary": "Mata kuliah ini membahas konsep kelas, objek, pewarisan, "
                                                   "dan polimorfisme menggunakan bahasa Java."}}))

add("heading-bullet-lecturer", "gmail", date(2026, 10, 9, 8, 50),
    "Putri Anggraini <putri.anggraini@polibatam.ac.id>", "pengampu baru MK Matdis",
    gm("Pagi min, sorry ganggu 🙏\n\nPengampu baru (mulai minggu ini):\n\n• Matematika Diskrit (IF1203): "
       "Yulia Hartati, S.Si., M.Kom.\n\nsaya pindah ke kelas lain jd please update ya. makasih!\n\nPutri"),
    L("course_data", "mixed", {"course_code": "IF1203", "course_name": "Matematika Diskrit",
                               "changes": {"lecturer": "Yulia Hartati, S.Si., M.Kom."}},
      "The field (lecturer) is named only in the heading above the bullet."))

sec_body = ("Dengan hormat,\n\nAtas nama Bapak Hendra Gunawan, S.T., M.Eng. (dalam tembusan), kami mohon "
            "bantuan perubahan kelas pada MK Elektronika Daya (EL2304) di e-learning dari EL-2A menjadi "
            "EL-2A Malam, karena kelas tersebut dipindahkan ke jadwal malam mulai minggu depan.\n\n"
            "Demikian, atas perhatiannya kami ucapkan terima kasih.\n\nHormat kami,\nNurhayati\n"
            "Sekretaris Jurusan Teknik Elektro\nPoliteknik Negeri Batam")
add("secretary-cc-class", "outlook", date(2026, 10, 12, 10, 15),
    "Nurhayati <nurhayati.elektro@polibatam.ac.id>", "Perubahan kelas MK Elektronika Daya",
    qp(sec_body),
    L("course_data", "id", {"course_code": "EL2304", "course_name": "Elektronika Daya",
                            "changes": {"class": "EL-2A Malam"}}),
    cc="Hendra Gunawan <hendra.gunawan@polibatam.ac.id>")

add("lecturer-betul-reply", "gmail", date(2026, 10, 12, 10, 41),
    "Hendra Gunawan <hendra.gunawan@polibatam.ac.id>", "Re: Perubahan kelas MK Elektronika Daya",
    gm("betul, mohon diproses.\n\nHendra\n\nPada Sen, 12 Okt 2026 pukul 10.15 Nurhayati "
       "<nurhayati.elektro@polibatam.ac.id>\nmenulis:\n\n" + q(sec_body)),
    L("course_data", "id", {"course_code": "EL2304", "course_name": "Elektronika Daya",
                            "changes": {"class": "EL-2A Malam"}},
      "Lecturer confirms the quoted request his secretary sent (same change)."),
    cc="Nurhayati <nurhayati.elektro@polibatam.ac.id>")

add("roman-list-codeswitch", "gmail", date(2026, 10, 14, 20, 33),
    "Kevin Tanoto <kevin.tanoto@polibatam.ac.id>", "MK Cloud Computing update pls",
    gm("Hi min,\n\nfor MK Cloud Computing (TRPL4103) pls update 2 hal ini ya:\n(i) fullname -> Cloud "
       "Computing & DevOps\n(ii) shortname -> CCDEVOPS-4A\n\nbiar match sama SK kurikulum yg baru. Tq!\n\n"
       "Kevin"),
    L("course_data", "mixed", {"course_code": "TRPL4103", "course_name": "Cloud Computing",
                               "changes": {"fullname": "Cloud Computing & DevOps", "shortname": "CCDEVOPS-4A"}}))

add("android-footer-credits", "outlook-android", date(2026, 10, 19, 7, 12),
    "Ratna Sari Dewi <ratnasari.dewi@outlook.com>", "SKS Kewirausahaan",
    gm("Pls ganti SKS Kewirausahaan (MB1208) ke 2 credits ya, bukan 3. Thx" + OLA,
       '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
       '<div dir="auto">Pls ganti SKS Kewirausahaan (MB1208) ke 2 credits ya, bukan 3. Thx</div>'
       '<div dir="auto"><br></div><div dir="auto">Sent from <a href="https://aka.ms/AAb9ysg">Outlook for '
       'Android</a></div></body></html>\n'),
    L("course_data", "mixed", {"course_code": "MB1208", "course_name": "Kewirausahaan",
                               "changes": {"credits": "2"}}))

add("no-new-value-lecturer", "gmail", date(2026, 10, 21, 13, 26),
    "Dewi Lestari <dewi.lestari@polibatam.ac.id>", "Dosen Etika Profesi harus diganti",
    gm("Halo P4M,\n\nPlease ganti dosen MK Etika Profesi (IF4102) ya, Pak Johan resign per 1 Oktober dan "
       "namanya masih muncul di course. Replacement-nya nanti saya info begitu SK penugasan keluar, "
       "mungkin minggu depan.\n\nThanks,\nDewi"),
    L("course_data", "mixed", {"course_code": "IF4102", "course_name": "Etika Profesi", "changes": {}},
      "Lecturer change requested now but the new lecturer is not given yet."))


# ================================================================ announcement (16)

add("ramadan-range", "outlook", date(2026, 11, 26, 14, 5),
    "Siti Rahmah <siti.rahmah@polibatam.ac.id>", "Mohon tayangkan pengumuman jadwal kuliah Ramadan",
    html_only('<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt"><p>Yth. Tim P4M,</p>'
              '<p>Bersama ini kami mohon agar pengumuman berikut ditayangkan di halaman depan e-learning untuk '
              'seluruh dosen dan mahasiswa, besok antara jam 7-8 pagi:</p><p><b>Judul: Jadwal Perkuliahan '
              'Selama Bulan Ramadan 1448 H</b></p><p>Selama bulan Ramadan (perkiraan Februari-Maret 2027), '
              'perkuliahan dimulai pukul 08.00 dan setiap sesi dipersingkat menjadi 40 menit per SKS. Kelas '
              'malam dimulai pukul 20.00 setelah salat tarawih. Jadwal rinci akan dibagikan oleh masing-masing '
              'jurusan.</p><p>Terima kasih.</p><p>Siti Rahmah<br>Bagian Akademik dan Kemahasiswaan</p></div>'
              '</body></html>\n'),
    L("announcement", "id", {"title": "Jadwal Perkuliahan Selama Bulan Ramadan 1448 H", "scope": "site",
                             "publish_at": "2026-11-27T07:00:00+07:00"},
      "Publish time given as a range (besok antara jam 7-8 pagi); labelled with its start."))

add("flood-wib-wita", "gmail", date(2026, 11, 18, 5, 42),
    "Humas Polibatam <humas@polibatam.ac.id>", "SEGERA: pengumuman kampus ditutup karena banjir",
    gm("Selamat pagi Tim P4M,\n\nMohon bantuan segera menayangkan pengumuman untuk semua sivitas akademika "
       "di e-learning hari ini pukul 07.00 WIB / 08.00 WITA (rekan-rekan yang sedang dinas di Balikpapan "
       "juga perlu membaca):\n\nJudul: Kampus Ditutup Sementara Akibat Banjir\n\nIsi: Sehubungan dengan "
       "genangan air setinggi 40 cm di area Gedung Utama dan Tower A, kegiatan perkuliahan tatap muka pada "
       "Rabu, 18 November 2026 ditiadakan dan dialihkan ke e-learning. Kampus dibuka kembali Kamis, "
       "19 November 2026 kecuali ada pemberitahuan lain.\n\nTerima kasih.\nUnit Hubungan Masyarakat"),
    L("announcement", "id", {"title": "Kampus Ditutup Sementara Akibat Banjir", "scope": "site",
                             "publish_at": "2026-11-18T07:00:00+07:00"},
      "Publish time given in two zones (WIB / WITA)."))

add("exam-lusa-pdf", "gmail", date(2026, 10, 20, 16, 3),
    "Agus Salim <agus.salim@polibatam.ac.id>", "tolong umumkan jadwal UTS Fisika Dasar",
    mixed(gm("Sore min,\n\nTolong umumkan di course Fisika Dasar (TE1101) kelas TE-1B, lusa siang jam 1 "
             "aja biar mhs gak lupa. Judulnya \"Jadwal UTS Fisika Dasar Kelas TE-1B\", isinya ada di PDF "
             "terlampir (tanggal, ruang, sifat ujian).\n\nMakasih,\nAgus Salim"),
          attach("an03", pdf_bytes(["Jadwal UTS Fisika Dasar Kelas TE-1B",
                                    "Hari/tanggal: Selasa, 27 Oktober 2026",
                                    "Waktu: 08.00-09.40 WIB", "Ruang: GU 702",
                                    "Sifat: buku tertutup, boleh kalkulator"]),
                 "application", "pdf", "UTS_FisDas_TE1B.pdf")),
    L("announcement", "id", {"course_code": "TE1101", "course_name": "Fisika Dasar",
                             "title": "Jadwal UTS Fisika Dasar Kelas TE-1B", "scope": "course",
                             "publish_at": "2026-10-22T13:00:00+07:00"},
      "Relative day 'lusa' resolved against the Date header; the exam date in the PDF is not the publish time."))

add("aussie-maintenance", "plain", date(2026, 11, 4, 15, 31),
    "Liam O'Connor <liam.oconnor@polibatam.ac.id>", "Heads up - Moodle maintenance this Saturday",
    "G'day team,\n\nCould you pop a notice on the e-learning front page for everyone, tomorrow first thing "
    "(7 am)? Wording below, tweak it if you reckon it needs it.\n\nTitle: Planned maintenance: e-learning "
    "unavailable Saturday 7 November\n\nThe e-learning site will be offline on Saturday 7 November from "
    "06:00 to 12:00 WIB while we upgrade the server and the database. Please don't schedule quizzes or "
    "assignment deadlines in that window.\n\nCheers,\nLiam\n--\nLiam O'Connor\nSystems Technician, UPT TIK",
    L("announcement", "en", {"title": "Planned maintenance: e-learning unavailable Saturday 7 November",
                             "scope": "site", "publish_at": "2026-11-05T07:00:00+07:00"},
      "Relative 'tomorrow first thing (7 am)'; the maintenance window is the event, not the publish time."))

add("french-guest-date-only", "plain", date(2026, 10, 8, 9, 55),
    "Amélie Fontaine <amelie.fontaine@polibatam.ac.id>", "Announcement for my students - guest lecture",
    qp("Good morning,\n\nCould you please put an announcement in my course Introduction to Data Science "
       "(IF3301), only for my students, on 14 October? The title is \"Guest lecture: Machine Learning in "
       "Industry\".\n\nText : Mr. Julien Marchand (data engineer, Schneider Electric Batam) will give a guest "
       "lecture during our session of Thursday 22 October at 13:30 in room TA 10.3. Attendance is "
       "mandatory.\n\nThank you very much,\nAmélie Fontaine"),
    L("announcement", "en", {"course_code": "IF3301", "course_name": "Introduction to Data Science",
                             "title": "Guest lecture: Machine Learning in Industry", "scope": "course"},
      "Publish date without a clock time; the lecture time is the event."))

add("prodi-uts-tmrw", "gmail", date(2026, 10, 9, 21, 14),
    "Nadia Rahma <nadia.rahma@polibatam.ac.id>", "ann jadwal UTS prodi TRPL",
    gm("Hi P4M team,\n\nmau minta tolong publish announcement buat semua mhs prodi TRPL, tmrw jam 8 pagi "
       "ya.\n\nTitle: Jadwal UTS Ganjil 2026/2027 Prodi Teknologi Rekayasa Perangkat Lunak\n\nUTS "
       "dilaksanakan 26-30 Oktober 2026. Jadwal per kelas bisa dilihat di link SIAKAD. Mhs wajib bawa "
       "KTM. Thank you!\n\nNadia\nKoordinator Prodi TRPL"),
    L("announcement", "mixed", {"title": "Jadwal UTS Ganjil 2026/2027 Prodi Teknologi Rekayasa Perangkat Lunak",
                                "scope": "site", "publish_at": "2026-10-10T08:00:00+07:00"},
      "Programme-wide announcement (not one course): scope site."))

add("egypt-public-lecture", "gmail", date(2026, 10, 29, 10, 20),
    "Mohamed Abdelrahman <m.abdelrahman@polibatam.ac.id>", "Kindly publish an announcement",
    gm("Dear Sir/Madam,\n\nKindly, I request to publish the below announcement for all the campus on "
       "Tuesday, 3 November 2026 at 10:00 am, Allah willing.\n\nTitle: Public Lecture: Renewable Energy in "
       "the Middle East and Southeast Asia\n\nAll students and lecturers are invited to attend the public "
       "lecture on Thursday, 12 November 2026, 09:00-11:30 in the Main Auditorium. Registration closes "
       "on 10 November.\n\nWith my best regards,\nDr. Mohamed Abdelrahman"),
    L("announcement", "en", {"title": "Public Lecture: Renewable Energy in the Middle East and Southeast Asia",
                             "scope": "site", "publish_at": "2026-11-03T10:00:00+07:00"}))

add("aceh-quiz-date-only", "plain", date(2026, 10, 13, 11, 8),
    "Teuku Raja Ramli <teuku.ramli@polibatam.ac.id>", "Pengumuman kuis pengganti Termodinamika",
    "Assalamualaikum,\n\nTim P4M, mohon bantu tayangkan pengumuman di MK Termodinamika (TM2203) kelas "
    "TM-2A, tanggal 16 Oktober nyan.\n\nJudul: Kuis Pengganti Termodinamika\nIsi: Kuis pengganti bagi "
    "mahasiswa yang berhalangan dilaksanakan Selasa, 20 Oktober 2026 di Lab Konversi Energi. Bawa "
    "kalkulator dan tabel uap.\n\nTeurimong gaséh,\nTeuku Raja Ramli",
    L("announcement", "id", {"course_code": "TM2203", "course_name": "Termodinamika",
                             "title": "Kuis Pengganti Termodinamika", "scope": "course"},
      "Publish date only, no clock time."))

add("manado-besok-jam6", "yahoo", date(2026, 10, 26, 20, 10),
    "Jeane Rumengan <jeane_rumengan@yahoo.co.id>", "pengumuman ruang SIA",
    b64("Malam P4M,\n\nKita mo minta tolong kase tayang pengumuman di MK Sistem Informasi Akuntansi "
        "(AK3102) besok pagi jam 6, supaya anak-anak nda salah masuk ruangan.\n\nJudul: Perubahan Ruang "
        "Kuliah SIA\nMulai minggu ini kuliah SIA pindah ke ruang TA 8.4, jam tetap.\n\nMakaseh jo,\n"
        "Jeane" + YAHOO),
    L("announcement", "id", {"course_code": "AK3102", "course_name": "Sistem Informasi Akuntansi",
                             "title": "Perubahan Ruang Kuliah SIA", "scope": "course",
                             "publish_at": "2026-10-27T06:00:00+07:00"}))

add("turkish-weekday-0900", "plain", date(2026, 10, 15, 13, 44),
    "Emre Yıldız <emre.yildiz@polibatam.ac.id>", "Announcement in Robotics course",
    qp("Hello again,\n\nI need an announcement in Robotics (MK3104) for my students. Please publish it on "
       "Monday 19 October at 09:00.\n\nTitle: Robotics Lab Safety Briefing\nText: Before using the robot "
       "arms every student must join the safety briefing on Wednesday 21 October, 13:00, Mechatronics Lab. "
       "Without it you cannot enter the lab.\n\nKind regards,\nDr. Emre Yıldız"),
    L("announcement", "en", {"course_code": "MK3104", "course_name": "Robotics",
                             "title": "Robotics Lab Safety Briefing", "scope": "course",
                             "publish_at": "2026-10-19T09:00:00+07:00"}))

add("sunda-kamis-1000", "gmail", date(2026, 10, 19, 8, 30),
    "Asep Saepudin <asep.saepudin@polibatam.ac.id>", "Pangumuman praktikum GT",
    gm("Wilujeng enjing,\n\nPunten, nyuhunkeun ditayangkeun pengumuman di MK Gambar Teknik (TM1102) kanggo "
       "kelas TM-1A, dina Kamis, 22 Oktober 2026 pukul 10.00.\n\nJudul: Praktikum Gambar Teknik Diliburkan\n"
       "Isi: Praktikum tanggal 23 Oktober diliburkan kusabab studio dianggo ujian sertifikasi. Praktikum "
       "diganti dina minggu payun.\n\nHatur nuhun,\nAsep"),
    L("announcement", "id", {"course_code": "TM1102", "course_name": "Gambar Teknik",
                             "title": "Praktikum Gambar Teknik Diliburkan", "scope": "course",
                             "publish_at": "2026-10-22T10:00:00+07:00"}))

add("wita-edom", "outlook", date(2026, 11, 5, 9, 12, tz=8),
    "Andi Baso Amir <andi.basoamir@polibatam.ac.id>", "Pengumuman pengisian EDOM",
    qp("Selamat pagi Tim P4M,\n\nSaya sedang di Makassar untuk asesmen lapangan. Mohon pengumuman di bawah "
       "ini ditayangkan untuk seluruh mahasiswa pada Senin, 9 November 2026 pukul 13.00 WITA.\n\nJudul: "
       "Pengisian EDOM Semester Ganjil 2026/2027\nIsi: Mahasiswa wajib mengisi Evaluasi Dosen oleh "
       "Mahasiswa (EDOM) untuk setiap mata kuliah paling lambat 20 November 2026. Pengisian EDOM menjadi "
       "syarat untuk melihat nilai akhir.\n\nTerima kasih.\n\nAndi Baso Amir\nGugus Penjaminan Mutu"),
    L("announcement", "id", {"title": "Pengisian EDOM Semester Ganjil 2026/2027", "scope": "site",
                             "publish_at": "2026-11-09T12:00:00+07:00"},
      "Publish time in WITA, converted to WIB."))

t3 = "#HD-20261109-022"
add("ticket-correct-hour", "gmail", date(2026, 11, 10, 9, 3),
    "Lina Marlina <lina.marlina@polibatam.ac.id>",
    "Re: [P4M-HD %s] Pengumuman Workshop Penulisan Soal HOTS" % t3,
    gm("Mohon maaf, jamnya koreksi jadi 15.00 ya, bukan 14.00. Tanggal dan isinya tetap.\n\nLina\n\n"
       "Pada Sen, 9 Nov 2026 pukul 15.20 Helpdesk P4M <%s>\nmenulis:\n\n" % HD
       + q(ACK.format(t=t3) + "\n\nPada Sen, 9 Nov 2026 pukul 14.51 Lina Marlina\nmenulis:\n> Yth. P4M, mohon "
           "ditayangkan untuk seluruh dosen pada Rabu, 11 November 2026\n> pukul 14.00:\n>\n> Judul: Workshop "
           "Penulisan Soal HOTS\n> Isi: Workshop dilaksanakan Kamis, 19 November 2026, 08.30-15.00 di\n> Ruang "
           "Rapat P4M. Pendaftaran melalui tautan yang dibagikan di grup dosen.")),
    L("announcement", "id", {"title": "Workshop Penulisan Soal HOTS", "scope": "site",
                             "publish_at": "2026-11-11T15:00:00+07:00"},
      "Reply in a ticket thread correcting the publish hour of the quoted request."))

add("phone-lc-date-only", "gmail", date(2026, 10, 30, 22, 40),
    "dinda ayu <dindaayu.rks@gmail.com>", "ann basdat",
    gm("min tlg post ann di course basdat rks2103 kls malam ya, judulnya \"Kuis 2 diundur ke minggu "
       "depan\", isinya cukup itu aja + 'materi tetap bab 4-5'. tayang tgl 2 nov aja, thx a lot 😭🙏"),
    L("announcement", "mixed", {"course_code": "rks2103", "course_name": "basdat",
                                "title": "Kuis 2 diundur ke minggu depan", "scope": "course"},
      "Publish date only (no clock time)."))

add("palembang-guest-site", "yahoo", date(2026, 11, 11, 10, 5),
    "Yuni Kartika <yunikartika88@yahoo.co.id>", "minta tolong tayangke pengumuman kuliah umum",
    b64("Pagi min,\n\nMinta tolong tayangke pengumuman kuliah umum ini untuk galo mahasiswa dan dosen, "
        "Jumat, 13 November 2026 pukul 08.00 yo.\n\nJudul: Kuliah Umum: Peluang Karier di Industri "
        "Galangan Kapal\nIsi: Narasumber dari PT Batam Marine Works. Acara hari Rabu, 18 November 2026, "
        "pukul 13.00-15.00 di Auditorium. Gratis, ado sertifikat.\n\nMakasih nian,\nYuni" + YAHOO),
    L("announcement", "id", {"title": "Kuliah Umum: Peluang Karier di Industri Galangan Kapal",
                             "scope": "site", "publish_at": "2026-11-13T08:00:00+07:00"}))

add("cid-sig-lomba", "gmail", date(2026, 11, 19, 13, 17),
    "Rendy Saputra <rendy.saputra@polibatam.ac.id>", "Pengumuman lomba video pembelajaran",
    gm_cid("an16",
           "Hai tim P4M,\n\nCould you help post pengumuman ini di halaman depan e-learning buat semua dosen, "
           "hari Senin 23 Nov jam 9 pagi?\n\nTitle: Lomba Video Pembelajaran Dosen 2026\nDeadline submit "
           "video 15 Desember 2026, format MP4 max 10 menit. Juara dapat hibah pengembangan bahan ajar.\n\n"
           "Thanks a bunch!\n\nRendy Saputra\nStaf P4M Bidang Pengembangan Pembelajaran\n[P4M]",
           '<div dir="ltr"><div>Hai tim P4M,</div><div><br></div><div>Could you help post pengumuman ini di '
           'halaman depan e-learning buat semua dosen, hari Senin 23 Nov jam 9 pagi?</div><div><br></div>'
           '<div><div><b>Title: Lomba Video Pembelajaran Dosen 2026</b></div><div>Deadline submit video 15 '
           'Desember 2026, format MP4 max 10 menit. Juara dapat hibah pengembangan bahan ajar.</div></div>'
           '<div><br></div><div>Thanks a bunch!</div><div><br></div><div class="gmail_signature"><div>Rendy '
           'Saputra</div><div>Staf P4M Bidang Pengembangan Pembelajaran</div><div><img src="cid:ii_%s" '
           'alt="P4M" width="80" height="40"></div></div></div>\n' % h("an16cid", 10), logo="p4m.png"),
    L("announcement", "mixed", {"title": "Lomba Video Pembelajaran Dosen 2026", "scope": "site",
                                "publish_at": "2026-11-23T09:00:00+07:00"}))


# ================================================================ elearning_support (12)

add("aussie-quiz-error", "plain", date(2026, 9, 3, 14, 22),
    "Liam O'Connor <liam.oconnor@polibatam.ac.id>", "Quiz module chucking errors in lab 3",
    "G'day,\n\nBit of a drama in computer lab 3 this arvo. About half the students sitting the quiz in "
    "Basic Electronics got \"Error writing to database\" when they hit submit, the rest went through fine. "
    "I've checked the lab network and it's all good on our end, so I reckon it's something on the Moodle "
    "side. Can one of your blokes have a squiz at the quiz logs before the lecturer starts marking?\n\n"
    "Cheers,\nLiam O'Connor\nSystems Technician, UPT TIK",
    L("elearning_support", "en"))

add("phone-lc-login", "yahoo", date(2026, 9, 9, 23, 5),
    "aldo febrian <aldofebrian04@yahoo.co.id>", "gabisa login",
    b64("kak aku gabisa login elearning dr td 😭 katanya invalid login, udh reset pw tp link nya gk masuk2 "
        "ke email. nim 4312501045. besok ada kuis kak tolongg" + YAHOO),
    L("elearning_support", "id"))

add("rename-section-howto", "gmail", date(2026, 9, 15, 10, 44),
    "Putri Anggraini <putri.anggraini@polibatam.ac.id>", "cara ganti nama section/topik?",
    gm("Halo min,\n\nmau nanya dong, gimana caranya rename section di course aku? bukan nama course-nya ya, "
       "tapi judul topik per minggu, mis. \"Topic 3\" mau aku ganti jd \"Minggu 3 - Graf\". Aku udh "
       "turn editing on tapi icon pensilnya gak muncul 🤔\n\nthanks!\nPutri"),
    L("elearning_support", "mixed", note="How-to question about a section title, not a course name change."))

add("egypt-video-upload", "gmail", date(2026, 9, 18, 9, 5),
    "Mohamed Abdelrahman <m.abdelrahman@polibatam.ac.id>", "Problem in uploading video",
    gm("Dear Sir/Madam,\n\nKindly, I faced a problem when I upload my lecture video (250 MB) to the course "
       "DSP (EL3206). It says \"The file is too large\" and the maximum size is 100 MB. Is there any way "
       "to increase the limit or what is the solution please?\n\nThanks in advance.\nDr. Mohamed "
       "Abdelrahman"),
    L("elearning_support", "en"))

add("manado-course-hilang", "gmail", date(2026, 9, 22, 19, 30),
    "Christian Mamahit <christian.mamahit@students.polibatam.ac.id>", "course nda muncul",
    gm("Selamat malam kakak P4M,\n\nKita pe course Akuntansi Biaya nda muncul di dashboard, padahal tamang-"
       "tamang laeng so bisa maso. Kita so daftar di SIAKAD kelas AK-2A. Bole tolong cek? NIM 3312501077.\n\n"
       "Makaseh,\nChristian"),
    L("elearning_support", "id"))

add("sunda-lupa-pw", "plain", date(2026, 9, 25, 8, 12),
    "Euis Komalasari <euis.komalasari@polibatam.ac.id>", "Hilap kecap sandi e-learning",
    "Punten,\n\nAbdi hilap kecap sandi e-learning, tos nyobian \"Lupa kata sandi\" nanging teu aya "
    "email anu sumping. Username abdi euis.komalasari. Kumaha nya? Sabab minggu payun abdi kedah ngunggah "
    "materi.\n\nHatur nuhun,\nEuis Komalasari\nProdi Administrasi Bisnis Terapan",
    L("elearning_support", "id"))

add("srilanka-enrol", "outlook", date(2026, 10, 1, 11, 18),
    "Nuwan Jayasuriya <nuwan.j@polibatam.ac.id>", "Students not enrolled - Network Security",
    qp("Dear Helpdesk Team,\n\nGood day to you. I wish to bring to your kind attention that 12 students of "
       "class RKS-3A are not enrolled to the course Network Security (RKS3205) even though they are in the "
       "class list given by the department. They cannot access the lab sheets. Could you kindly look into "
       "the matter and enrol them? I can send the list if required.\n\n"
       "Thanks and regards,\nDr. Nuwan Perera Jayasuriya"),
    L("elearning_support", "en"))

add("android-quiz-timer", "outlook-android", date(2026, 10, 6, 13, 2),
    "Bagas Wicaksono <bagas.wicaksono@polibatam.ac.id>", "quiz timer aneh",
    gm("Min, quiz di MK Manajemen Proyek TI time limit-nya aku set 60 menit tp mhs bilang cuma dapet 15 "
       "menit. Is it a bug? Tolong dicek ya, mau ada remedial Kamis." + OLA),
    L("elearning_support", "mixed"))

add("palembang-gradebook", "yahoo", date(2026, 10, 16, 20, 45),
    "Yuni Kartika <yunikartika88@yahoo.co.id>", "nilai dak keluar di gradebook",
    b64("Malem min,\n\nNilai tugas 2 Statistika dak keluar di gradebook, padahal lah aku nilai galo di "
        "assignment. Mahasiswo jugo dak biso liat. Apo ado setting yang salah?\n\nMakasih,\nYuni" + YAHOO),
    L("elearning_support", "id"))

add("cid-screenshot-token", "gmail", date(2026, 10, 23, 9, 36),
    "Rina Marlina <rina.marlina@polibatam.ac.id>", "Error Invalid login token",
    multipart("related", [
        gm("Selamat pagi,\n\nSejak pagi saya tidak bisa masuk e-learning, selalu muncul \"Invalid login "
           "token\" (tangkapan layar di bawah). Sudah ganti browser dan hapus cache tetap sama.\n\n"
           "[image: tangkapan layar]\n\nTerima kasih,\nRina Marlina, S.Kom.",
           '<div dir="ltr"><div>Selamat pagi,</div><div><br></div><div>Sejak pagi saya tidak bisa masuk '
           'e-learning, selalu muncul &quot;Invalid login token&quot; (tangkapan layar di bawah). Sudah ganti '
           'browser dan hapus cache tetap sama.</div><div><br></div><div><img src="cid:ii_shot01" '
           'alt="tangkapan layar" width="320"></div><div><br></div><div>Terima kasih,</div><div>Rina Marlina, '
           'S.Kom.</div></div>\n'),
        attach("su10", png_bytes("su10", 40, 20), "image", "png", "image.png", cid="<ii_shot01>", inline=True)]),
    L("elearning_support", "id"))

add("palembang-assign-closed", "gmail", date(2026, 11, 2, 7, 50),
    "Rahmat Hidayat <rahmat.hidayat@students.polibatam.ac.id>", "tugas ketutup duluan",
    gm("Pagi kak,\n\nSubmission tugas 3 Pemrograman Web ketutup jam 9 malem tadi malem, padahal dosen "
       "ngomong batasnyo jam 12 malem. Kami sekelas dak sempat upload. Biso dibuka lagi dak kak? Atau "
       "kami harus ngomong ke dosen dulu?\n\nMakasih kak,\nRahmat (IF-2B)"),
    L("elearning_support", "id"))

add("french-gift-import", "plain", date(2026, 11, 16, 16, 12),
    "Amélie Fontaine <amelie.fontaine@polibatam.ac.id>", "Question bank import",
    qp("Hello,\n\nI have prepared 80 questions in GIFT format for the final exam of my course, but when I "
       "import the file in the question bank, only 23 questions are imported and there is no error message. "
       "Is there a limitation on the platform ? I can send you the file.\n\nThank you in advance,\n"
       "Amélie Fontaine"),
    L("elearning_support", "en"))


# ================================================================ document_request (7)

add("phone-lc-rps-template", "gmail", date(2026, 9, 11, 21, 3),
    "rizky pratama <rizkypratama.dosen@gmail.com>", "template rps",
    gm("min ada template rps yg terbaru gk? yg format obe itu 🙏 mau ngerjain malam ini hehe"),
    L("document_request", "id"))

add("formal-sop-soal", "outlook", date(2026, 9, 29, 9, 20),
    "Sri Wahyuni <sri.wahyuni@polibatam.ac.id>", "Permohonan SOP Penyusunan dan Validasi Soal Ujian",
    qp("Yth. Kepala P4M Politeknik Negeri Batam\n\nDengan hormat,\n\nSehubungan dengan persiapan Ujian "
       "Tengah Semester Ganjil 2026/2027 di Jurusan Teknik Informatika, kami bermaksud memohon salinan "
       "dokumen SOP Penyusunan dan Validasi Soal Ujian yang berlaku saat ini, beserta formulir validasi "
       "soalnya, untuk disosialisasikan kepada para dosen pengampu.\n\nDemikian permohonan ini kami "
       "sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.\n\nHormat kami,\n\n"
       "Dr. Sri Wahyuni, M.Si.\nKetua Jurusan Teknik Informatika"),
    L("document_request", "id"))

add("akreditasi-instrumen", "gmail", date(2026, 10, 22, 14, 10),
    "Nurhayati <nurhayati.elektro@polibatam.ac.id>", "Mohon instrumen akreditasi LAM Teknik",
    gm("Dengan hormat,\n\nProdi Teknologi Rekayasa Elektronika sedang mempersiapkan borang reakreditasi. "
       "Kami mohon dapat dikirimkan instrumen akreditasi LAM Teknik versi terbaru (matriks penilaian dan "
       "template LED/LKPS) yang dimiliki P4M.\n\nTerima kasih atas bantuannya.\n\nNurhayati\nSekretaris "
       "Jurusan Teknik Elektro"),
    L("document_request", "id"))

add("turkish-observation-form", "plain", date(2026, 10, 27, 10, 40),
    "Emre Yıldız <emre.yildiz@polibatam.ac.id>", "Form for peer observation",
    qp("Hello,\n\nMy head of department told me that I need the peer observation form from P4M for the "
       "teaching evaluation of this semester. Can you send me this form, in English if it exists? If only "
       "Indonesian it is also okay.\n\nKind regards,\nDr. Emre Yıldız"),
    L("document_request", "en"))

add("bap-format-baru", "outlook-android", date(2026, 11, 3, 7, 25),
    "Kevin Tanoto <kevin.tanoto@polibatam.ac.id>", "form BAP format baru",
    gm("Pagi min, boleh minta form BAP yg format baru? need it asap for tomorrow's class, yg lama kata "
       "kaprodi udh gak dipake. Thanks!" + OLA),
    L("document_request", "mixed"))

add("aceh-form-monev", "plain", date(2026, 11, 12, 15, 3),
    "Cut Nyak Farah <cut.farah@polibatam.ac.id>", "Permintaan formulir monev perkuliahan",
    "Assalamualaikum tim P4M,\n\nSaya Cut Farah, koordinator monev di Prodi Akuntansi Manajerial. Mohon "
    "dikirimkan formulir monitoring dan evaluasi perkuliahan semester ganjil (format Word kalau ada, supaya "
    "bisa kami sesuaikan), karena monev tengah semester sudah dekat.\n\nTeurimong gaséh,\nCut Nyak Farah, "
    "S.E., M.Ak.",
    L("document_request", "id"))

add("egypt-portfolio-templates", "gmail", date(2026, 11, 24, 10, 27),
    "Mohamed Abdelrahman <m.abdelrahman@polibatam.ac.id>", "Request for teaching portfolio templates",
    gm("Dear Sir/Madam,\n\nKindly, I need the templates of the teaching portfolio (course portfolio) which "
       "the lecturers submit at the end of the semester, and if possible a filled example. This is my first "
       "semester here and I want to prepare it from now.\n\nThanks in advance for your kind help.\n\n"
       "Dr. Mohamed Abdelrahman"),
    L("document_request", "en"))


# ================================================================ other (7)

add("student-own-grade", "gmail", date(2026, 9, 19, 12, 1),
    "Fitri Handayani <fitri.handayani@students.polibatam.ac.id>", "mohon ubah nilai saya",
    gm("Selamat siang Bapak/Ibu P4M,\n\nSaya Fitri (NIM 4312401033). Nilai kuis 1 Pemrograman Web saya di "
       "e-learning 55, padahal menurut saya jawaban no 4 dan 5 sudah benar. Mohon nilai saya diubah jadi 75 "
       "ya Pak/Bu. Terima kasih 🙏\n\nFitri"),
    L("other", "id", note="A student asks P4M to change her own grade; not a course data change."))

t4 = "#HD-20260925-008"
add("fwd-done-thanks", "gmail", date(2026, 9, 26, 8, 40),
    "Teuku Raja Ramli <teuku.ramli@polibatam.ac.id>", "Fwd: [P4M-HD %s] Selesai: nama singkat MK Mekanika Teknik" % t4,
    gm("Sudah saya cek, nama singkatnya sudah berubah. Terima kasih banyak tim P4M, cepat sekali.\n\n"
       "Wassalam,\nTeuku Raja Ramli\n\n---------- Forwarded message ---------\nDari: Helpdesk P4M <%s>\n"
       "Date: Jum, 25 Sep 2026 pukul 16.02\nSubject: [P4M-HD %s] Selesai: nama singkat MK Mekanika Teknik\n"
       "To: Teuku Raja Ramli <teuku.ramli@polibatam.ac.id>\n\nYth. Bapak Teuku Raja Ramli,\n\nPermintaan "
       "Anda telah selesai: nama singkat MK Mekanika Teknik (TM1204) sudah diubah menjadi MEKTEK-24.\n\n"
       "Salam,\nHelpdesk P4M" % (HD, t4)),
    L("other", "id", note="Forwarded completion notice with thanks; the change is already done."))

add("fees-question", "gmail", date(2026, 10, 3, 19, 55),
    "Maria Situmorang <maria.situmorang@gmail.com>", "tanya UKT",
    gm("Selamat malam, sorry ganggu. Mau tanya, untuk pembayaran UKT semester genap nanti bisa dicicil "
       "gak ya? And where should I send the proof of payment? Anak saya mahasiswa Teknik Mesin semester 3. "
       "Terima kasih."),
    L("other", "mixed", note="Question about tuition fees: another office's matter."))

add("plan-next-semester", "gmail", date(2026, 10, 28, 15, 15),
    "Fajar Nugroho <fajar.nugroho@polibatam.ac.id>", "info aja",
    gm("Halo P4M,\n\ninfo aja, semester depan mungkin ganti dosen utk MK Sistem Operasi (IF2203), soalnya "
       "sy kemungkinan dpt tugas belajar. Tp blm pasti, nanti kalo udh fix sy kabari lagi ya.\n\nFajar"),
    L("other", "id", note="Hedged plan for next semester, no request yet."))

add("french-language-class", "plain", date(2026, 11, 6, 11, 30),
    "Amélie Fontaine <amelie.fontaine@polibatam.ac.id>", "Indonesian course for foreign lecturers ?",
    qp("Hello,\n\nI would like to know if P4M organises Indonesian language classes for the foreign "
       "lecturers. My colleagues from Turkey and Egypt are also interested. If it is not your unit, could "
       "you tell me to whom I should write ?\n\nThank you,\nAmélie"),
    L("other", "en", note="Misdirected question (language classes)."))

add("manado-wifi", "gmail", date(2026, 11, 9, 16, 48),
    "Jeane Rumengan <jeane.rumengan@polibatam.ac.id>", "wifi di gedung TA lambat skali",
    gm("Sore,\n\nMaaf kalo salah alamat. Wifi di gedung TA lantai 8 so lambat skali dari minggu lalu, "
       "torang nda bisa buka apa-apa waktu mangajar. Sapa yang musti kita hubungi?\n\nMakaseh,\nJeane"),
    L("other", "id", note="Complaint about Wi-Fi; another unit's matter."))

add("turkish-visa-letter", "plain", date(2026, 11, 20, 9, 10),
    "Emre Yıldız <emre.yildiz@polibatam.ac.id>", "Letter for KITAS extension",
    qp("Hello,\n\nMy KITAS will expire in January and the immigration office asks a letter from the campus "
       "that I am still teaching here. Can P4M prepare this letter or it is the job of another unit? Sorry "
       "if this is the wrong address.\n\nKind regards,\nDr. Emre Yıldız"),
    L("other", "en", note="Misdirected request for an employment letter (another unit)."))


# ================================================================ auto (6)

def raw_add(slug, quirk, date_, frm, subject, headers, body, label):
    b = "----=_Part_%s_1" % h(slug, 12)
    raw = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s@%s>\nMIME-Version: 1.0\n%s\n\n%s"
           % (frm, headers.pop("To", HD), subject, date_, h(slug, 24), headers.pop("Domain", "polibatam.ac.id"),
              "\n".join("%s: %s" % kv for kv in headers.items()).replace("{B}", b), body.replace("{B}", b)))
    add(slug, quirk, date_, frm, subject, None, label, raw=raw)


d_ndr = date(2026, 10, 2, 9, 14)
raw_add("undeliverable-ndr", "exchange", d_ndr,
        "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@polibatam.ac.id>",
        "Undeliverable: Re: [P4M-HD #HD-20261002-041] Perubahan nama singkat MK Jaringan Komputer",
        {"Content-Type": 'multipart/report; report-type=delivery-status;\n boundary="{B}"',
         "Auto-Submitted": "auto-replied", "X-MS-Exchange-Message-Is-Ndr": "",
         "Content-Language": "en-US"},
        "--{B}\nContent-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\n\n"
        "Your message to sari.handayani@polibatam.ac.id couldn't be delivered.\n\n"
        "sari.handayani wasn't found at polibatam.ac.id.\n\n"
        "Action Required                                       Recipient\n"
        "Unknown To address\n\n"
        "How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n"
        "Retype the recipient's address, then resend the message.\n\n"
        "Diagnostic information for administrators:\n\nGenerating server: SG2PR06MB5023.apcprd06.prod.outlook.com\n"
        "sari.handayani@polibatam.ac.id\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
        "Recipient not found by SMTP address lookup'\n\n"
        "--{B}\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns;SG2PR06MB5023.apcprd06.prod.outlook.com\n"
        "Received-From-MTA: dns;mail.polibatam.ac.id\n"
        "Arrival-Date: Fri, 2 Oct 2026 02:14:03 +0000\n\n"
        "Final-Recipient: rfc822;sari.handayani@polibatam.ac.id\nAction: failed\nStatus: 5.1.10\n"
        "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n\n"
        "--{B}\nContent-Type: text/rfc822-headers\n\n"
        "From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nTo: sari.handayani@polibatam.ac.id\n"
        "Subject: Re: [P4M-HD #HD-20261002-041] Perubahan nama singkat MK Jaringan Komputer\n"
        "Date: Fri, 2 Oct 2026 09:13:58 +0700\n\n--{B}--\n",
        L("auto", "en"))

raw_add("forum-digest", "moodle", date(2026, 10, 10, 6, 0),
        "E-Learning Polibatam (via Forum) <noreply@elearning.polibatam.ac.id>",
        "Ringkasan forum E-Learning Polibatam",
        {"Content-Type": 'multipart/alternative; boundary="{B}"', "Precedence": "bulk",
         "Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All",
         "List-Id": "\"Forum Pengumuman Dosen\" <moodleforum12.elearning.polibatam.ac.id>",
         "List-Unsubscribe": "<https://elearning.polibatam.ac.id/mod/forum/unsubscribe.php?id=12>",
         "Domain": "elearning.polibatam.ac.id"},
        "--{B}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Ringkasan forum harian E-Learning Polibatam\n\n"
        "Forum: Forum Pengumuman Dosen\n---------------------------------------------\n"
        "Topik: Batas unggah RPS semester ganjil\noleh Admin P4M - Jumat, 9 Oktober 2026, 15.20\n\n"
        "Mengingatkan kembali bahwa RPS semester ganjil diunggah paling lambat akhir bulan ini.\n\n"
        "Topik: Pelatihan H5P gelombang 2\noleh Rendy Saputra - Jumat, 9 Oktober 2026, 16.05\n\n"
        "Pendaftaran pelatihan H5P gelombang 2 sudah dibuka.\n\n---------------------------------------------\n"
        "Ubah preferensi ringkasan forum Anda: https://elearning.polibatam.ac.id/user/forum.php\n\n"
        "--{B}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "<html><body><h3>Ringkasan forum harian E-Learning Polibatam</h3><p><b>Forum: Forum Pengumuman Dosen</b></p>"
        "<p>Topik: Batas unggah RPS semester ganjil<br>oleh Admin P4M - Jumat, 9 Oktober 2026, 15.20</p>"
        "<p>Topik: Pelatihan H5P gelombang 2<br>oleh Rendy Saputra - Jumat, 9 Oktober 2026, 16.05</p>"
        "</body></html>\n\n--{B}--\n",
        L("auto", "id"))

raw_add("gdrive-share", "google", date(2026, 10, 7, 11, 20),
        "\"Wahyu Hidayat (via Google Drive)\" <drive-shares-dm-noreply@google.com>",
        "Dokumen dibagikan dengan Anda: \"RPS PBO 2026 - revisi\"",
        {"Content-Type": 'multipart/alternative; boundary="{B}"',
         "Reply-To": "Wahyu Hidayat <wahyu.hidayat@polibatam.ac.id>", "Domain": "google.com"},
        "--{B}\nContent-Type: text/plain; charset=\"UTF-8\"; format=flowed; delsp=yes\n"
        "Content-Transfer-Encoding: 8bit\n\n"
        "Wahyu Hidayat (wahyu.hidayat@polibatam.ac.id) telah membagikan dokumen berikut:\n\n"
        "RPS PBO 2026 - revisi\nhttps://docs.google.com/document/d/1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT/edit?usp=sharing\n\n"
        "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n"
        "Anda menerima email ini karena wahyu.hidayat@polibatam.ac.id membagikan dokumen dengan Anda dari Google "
        "Dokumen.\n\n"
        "--{B}\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n\n"
        "<html><body><table><tr><td>Wahyu Hidayat (wahyu.hidayat@polibatam.ac.id) telah membagikan dokumen "
        "berikut:</td></tr><tr><td><a href=\"https://docs.google.com/document/d/1aB2cD3eF4gH5iJ6kL7mN8oP9qR0sT/edit\">"
        "RPS PBO 2026 - revisi</a></td></tr><tr><td>Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, "
        "USA</td></tr></table></body></html>\n\n--{B}--\n",
        L("auto", "id"))

raw_add("search-appearances", "linkedin", date(2026, 11, 13, 19, 2),
        "LinkedIn <messages-noreply@linkedin.com>",
        "Helpdesk, Anda muncul di 9 pencarian minggu ini",
        {"Content-Type": 'multipart/alternative; boundary="{B}"',
         "List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=unsub&a=notif-search>",
         "X-LinkedIn-Class": "EMAIL-DEFAULT", "X-LinkedIn-Template": "email_weekly_search_appearances",
         "Domain": "linkedin.com"},
        "--{B}\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Anda muncul di 9 pencarian minggu ini\n\nOrang yang mencari Anda bekerja di: Politeknik Negeri Batam, "
        "PT Batamindo Investment Cakrawala\n\nLihat siapa yang mencari Anda: https://www.linkedin.com/me/search-appearances/\n\n"
        "Email ini ditujukan untuk Helpdesk P4M. Berhenti berlangganan: https://www.linkedin.com/e/v2?e=unsub\n"
        "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\n\n"
        "--{B}\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
        "<html><body><h2>Anda muncul di 9 pencarian minggu ini</h2><p>Orang yang mencari Anda bekerja di: "
        "Politeknik Negeri Batam</p><p><a href=\"https://www.linkedin.com/me/search-appearances/\">Lihat pencarian</a></p>"
        "<p style=\"font-size:11px\">© 2026 LinkedIn Corporation</p></body></html>\n\n--{B}--\n",
        L("auto", "id"))

raw_add("read-receipt", "outlook", date(2026, 9, 29, 13, 41),
        "Sri Wahyuni <sri.wahyuni@polibatam.ac.id>",
        "Read: Re: Permohonan SOP Penyusunan dan Validasi Soal Ujian",
        {"Content-Type": 'multipart/report; report-type=disposition-notification;\n boundary="{B}"',
         "X-MS-Exchange-Organization-SCL": "-1", "Thread-Topic": "Permohonan SOP Penyusunan dan Validasi Soal Ujian"},
        "--{B}\nContent-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\n\n"
        "Your message\n\n  To: Sri Wahyuni\n  Subject: Re: Permohonan SOP Penyusunan dan Validasi Soal Ujian\n"
        "  Sent: Tuesday, September 29, 2026 1:30:12 PM (UTC+07:00) Bangkok, Hanoi, Jakarta\n\n"
        "was read on Tuesday, September 29, 2026 1:41:05 PM (UTC+07:00) Bangkok, Hanoi, Jakarta.\n\n"
        "--{B}\nContent-Type: message/disposition-notification\n\n"
        "Final-Recipient: rfc822;sri.wahyuni@polibatam.ac.id\n"
        "Original-Message-ID: <b7e1c0a94f2d4e8a@polibatam.ac.id>\n"
        "Disposition: manual-action/MDN-sent-manually; displayed\n\n--{B}--\n",
        L("auto", "en"))

raw_add("tik-ticket-autoreply", "otrs", date(2026, 11, 25, 8, 3),
        "Layanan UPT TIK <layanan-tik@polibatam.ac.id>",
        "[TIK#2026112510000183] Tiket Anda telah kami terima: Akses server e-learning untuk backup",
        {"Content-Type": "text/plain; charset=utf-8", "Content-Transfer-Encoding": "8bit",
         "Auto-Submitted": "auto-replied", "X-OTRS-Loop": "yes", "Precedence": "bulk",
         "X-Auto-Response-Suppress": "All"},
        "Yth. Pengguna Layanan,\n\nPermintaan Anda dengan judul \"Akses server e-learning untuk backup\" telah "
        "kami terima dan tercatat dengan nomor tiket TIK#2026112510000183.\n\nPetugas kami akan menghubungi Anda "
        "paling lambat 1x24 jam kerja. Mohon tidak membalas email ini; untuk menambahkan informasi silakan "
        "gunakan portal layanan https://layanan-tik.polibatam.ac.id.\n\nSalam,\nUPT Teknologi Informasi dan "
        "Komunikasi\nPoliteknik Negeri Batam\n\n-- Pesan ini dikirim otomatis oleh sistem tiket UPT TIK --\n",
        L("auto", "id"))


if __name__ == "__main__":
    main()

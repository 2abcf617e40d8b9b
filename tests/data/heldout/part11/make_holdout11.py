#!/usr/bin/env python3
"""Held-out part11: 70 hand-written helpdesk mails for P4M Polibatam.

Standard library only, deterministic: boundaries, Message-IDs and attachment bytes come from each
message's slug, so a rerun rewrites byte-identical files.  Run: python3 make_holdout11.py
"""
import base64, datetime as dt, hashlib, html, io, json, os, quopri, re, sys, zipfile
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
HD = "helpdesk-p4m@polibatam.ac.id"
PLAN = {"course_data": 22, "announcement": 16, "elearning_support": 12, "document_request": 7, "other": 7, "auto": 6}
MSGS = []


def h(slug, n=16):
    return hashlib.sha1(slug.encode()).hexdigest()[:n]


def B(s):
    return s.encode("utf-8") if isinstance(s, str) else s


def crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


def leaf(body, ctype="text/plain", charset="utf-8", cte="8bit", flowed=False, extra=()):
    """A leaf part: (header lines, encoded body bytes)."""
    ct = f"{ctype}; charset=\"{charset}\"" if ctype.startswith("text/") else ctype
    if flowed:
        ct += "; format=flowed"
    raw = body.encode(charset) if isinstance(body, str) else body
    if cte == "base64":
        enc = base64.encodebytes(raw).decode("ascii")
    elif cte == "quoted-printable":
        enc = quopri.encodestring(raw.replace(b"\r\n", b"\n")).decode("ascii")
    else:
        enc = raw.decode(charset)
    hdrs = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return ("leaf", hdrs, crlf(enc))


def attach(ctype, filename, data, inline=False):
    disp = "inline" if inline else "attachment"
    return leaf(data, ctype=f"{ctype}; name=\"{filename}\"", cte="base64",
                extra=[f"Content-Disposition: {disp}; filename=\"{filename}\""])


def text_attach(ctype, filename, text, charset="utf-8"):
    return ("leaf", [f"Content-Type: {ctype}; charset=\"{charset}\"; name=\"{filename}\"",
                     "Content-Transfer-Encoding: base64",
                     f"Content-Disposition: attachment; filename=\"{filename}\""],
            crlf(base64.encodebytes(crlf(text).encode(charset)).decode("ascii")))


def multi(subtype, *parts, extra=()):
    return ("multi", subtype, list(parts), list(extra))


def rfc822(msgtext):
    return ("leaf", ["Content-Type: message/rfc822", "Content-Disposition: inline"], crlf(msgtext))


def render(node, slug, counter):
    if node[0] == "leaf":
        return "\r\n".join(node[1]) + "\r\n\r\n" + node[2].rstrip("\r\n") + "\r\n"
    _, sub, parts, extra = node
    counter[0] += 1
    bnd = f"----=_P11_{h(slug + str(counter[0]), 20)}"
    out = [f"Content-Type: multipart/{sub}; boundary=\"{bnd}\""] + extra
    s = "\r\n".join(out) + "\r\n\r\n"
    for p in parts:
        s += f"--{bnd}\r\n" + render(p, slug, counter)
    s += f"--{bnd}--\r\n"
    return s


# ---------- tiny DOCX / PDF / PNG / JPEG makers ----------
def docx(paragraphs):
    buf = io.BytesIO()
    z = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    def w(name, data):
        zi = zipfile.ZipInfo(name, date_time=(2026, 9, 1, 8, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    w("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    w("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{html.escape(p, quote=False)}</w:t></w:r></w:p>" for p in paragraphs)
    w("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + body + '</w:body></w:document>')
    z.close()
    return buf.getvalue()


def pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 50 800 Td 14 TL\n" + "".join(f"({esc(l)}) '\n" for l in lines) + "ET\n"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}endstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode("latin-1")
    x = len(out)
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    return out


def png(slug, w=120, hgt=80):
    import struct, zlib
    seed = hashlib.sha256(slug.encode()).digest()
    rows = b""
    for y in range(hgt):
        rows += b"\x00" + bytes((seed[(x + y) % 32] if y % 10 else 40) for x in range(w * 3))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def jpeg(slug):
    seed = hashlib.sha256(slug.encode()).digest()
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + seed * 40 + b"\xff\xd9"


# ---------- message definition ----------
def M(slug, quirk, client, date, frm, subject, body, label, to=HD, headers=(), tz="+0700", mid=None):
    """date: 'YYYY-MM-DD HH:MM'; body: a node (leaf/multi) or plain text."""
    MSGS.append(dict(slug=slug, quirk=quirk, client=client, date=date, frm=frm, subject=subject, body=body,
                     label=label, to=to, headers=list(headers), tz=tz, mid=mid))


def L(type_, lang, fields=None, note=""):
    return {"type": type_, "lang": lang, "fields": fields or {}, "note": note}


def hdr_encode(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return "=?UTF-8?B?" + base64.b64encode(s.encode()).decode() + "?="


def build(m):
    y, mo, d = map(int, m["date"][:10].split("-"))
    hh, mm = map(int, m["date"][11:16].split(":"))
    sign = 1 if m["tz"][0] == "+" else -1
    off = dt.timedelta(hours=int(m["tz"][1:3]), minutes=int(m["tz"][3:5])) * sign
    when = dt.datetime(y, mo, d, hh, mm, int(h(m["slug"], 2), 16) % 60, tzinfo=dt.timezone(off))
    dom = m["mid"] or (m["frm"].split("@")[-1].strip(">").strip() if "@" in m["frm"] else "mail.example")
    mid = f"<{h(m['slug'], 24)}.{when.strftime('%Y%m%d%H%M')}@{dom}>"
    name, addr = (m["frm"].split("<", 1) + [""])[:2] if "<" in m["frm"] else ("", m["frm"])
    frm = (hdr_encode(name.strip()) + " <" + addr) if "<" in m["frm"] else m["frm"]
    top = [f"From: {frm}", f"To: {m['to']}", f"Subject: {hdr_encode(m['subject'])}",
           f"Date: {format_datetime(when)}", f"Message-ID: {mid}", "MIME-Version: 1.0"] + m["headers"]
    body = m["body"]
    if isinstance(body, str):
        body = leaf(body)
    return ("\r\n".join(top) + "\r\n" + render(body, m["slug"], [0])).encode("utf-8"), when


def pdf_text(data):
    return "\n".join(re.findall(rb"\((.*?)\) '", data.replace(b"\\(", b"\x01").replace(b"\\)", b"\x02"))
                     ).decode("latin-1").replace("\x01", "(").replace("\x02", ")")


def decoded_text(msg):
    out = [str(msg["subject"])]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart() or ct == "message/rfc822":
            if ct == "message/rfc822":
                out.append(decoded_text(part.get_payload()[0]))
            continue
        data = part.get_payload(decode=True) or b""
        if ct.startswith("text/"):
            t = data.decode(part.get_content_charset() or "utf-8", "replace")
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
            out.append(t)
        elif ct.endswith("wordprocessingml.document"):
            x = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
            out.append(html.unescape(re.sub(r"<[^>]+>", "\n", x)))
        elif ct == "application/pdf":
            out.append(pdf_text(data))
    return "\n".join(out)


WD_ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON = {m: i + 1 for i, m in enumerate(["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus",
                                          "september", "oktober", "november", "desember"])}
MON.update({m: i + 1 for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july",
                                               "august", "september", "october", "november", "december"])})
MON.update({"sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "agu": 8, "aug": 8, "des": 12, "dec": 12})


def check_weekdays(text, slug):
    errs = []
    pat = r"\b(" + "|".join(WD_ID + WD_EN + ["Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]) + \
          r")\b,?\s+(\d{1,2})[\s/.-]+([A-Za-z]+|\d{1,2})[\s/.-]+(20\d\d)"
    for wd, d, mo, y in re.findall(pat, text):
        mon = MON.get(mo.lower()) if not mo.isdigit() else int(mo)
        if not mon:
            continue
        real = dt.date(int(y), mon, int(d)).weekday()
        names = {WD_ID[real], WD_EN[real], WD_ID[real][:3], WD_EN[real][:3]}
        if wd not in names:
            errs.append(f"{slug}: {wd} {d} {mo} {y} is a {WD_EN[real]}")
    return errs


def run():
    errs, labels, written = [], {}, set()
    MSGS.sort(key=lambda m: (m["date"], m["slug"]))
    for i, m in enumerate(MSGS, 1):
        fn = f"{i:03d}-{m['client']}-{m['quirk']}-{m['slug']}.eml"
        raw, when = build(m)
        if re.search(rb"(?<!\r)\n", raw):
            errs.append(f"{fn}: bare LF")
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        for part in msg.walk():
            if part.defects:
                errs.append(f"{fn}: defects {part.defects}")
            if part.get_content_disposition() == "attachment" and len(part.get_payload(decode=True) or b"") >= 30000:
                errs.append(f"{fn}: attachment too big")
        if msg["date"].datetime != when:
            errs.append(f"{fn}: date round-trip")
        if str(msg["subject"]) != m["subject"]:
            errs.append(f"{fn}: subject round-trip")
        text = decoded_text(msg)
        errs += check_weekdays(text, fn)
        lab = m["label"]
        f = lab["fields"]
        if lab["type"] not in ("course_data", "announcement") and f:
            errs.append(f"{fn}: fields on {lab['type']}")
        vals = [v for k, v in f.items() if k in ("course_code", "course_name", "title")] + list(f.get("changes", {}).values())
        for v in vals:
            if v not in text:
                errs.append(f"{fn}: label value not in text: {v!r}")
        if "publish_at" in f and not re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:00\+07:00", f["publish_at"]):
            errs.append(f"{fn}: publish_at form")
        if lab["type"] == "announcement" and f.get("scope") not in ("course", "site"):
            errs.append(f"{fn}: scope")
        if not ("2026-09-01" <= m["date"][:10] <= "2026-11-28"):
            errs.append(f"{fn}: date out of range")
        labels[fn] = lab
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(raw)
        written.add(fn)
    for fn in os.listdir(HERE):
        if re.match(r"\d{3}-.*\.eml$", fn) and fn not in written:
            os.remove(os.path.join(HERE, fn))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    counts, langs = {}, {}
    for lab in labels.values():
        counts[lab["type"]] = counts.get(lab["type"], 0) + 1
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
    print(len(labels), "mails", counts, langs)
    for e in errs:
        print("ERROR", e)
    if errs or counts != PLAN:
        if counts != PLAN:
            print("ERROR counts differ from plan", PLAN)
        sys.exit(1)


# =====================================================================================================
# The messages (each written by hand)
# =====================================================================================================
# ---------- client layouts ----------
def gmail(text, htm=None):
    if htm is None:
        htm = "<div dir=\"ltr\">" + "<br>".join(html.escape(l, quote=False) for l in text.split("\n")) + "</div>"
    return multi("alternative", leaf(text, cte="quoted-printable"), leaf(htm, "text/html", cte="quoted-printable"))


def samsung(text):
    htm = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body><div dir=\"auto\">" + \
        "<br>".join(html.escape(l, quote=False) for l in text.split("\n")) + "</div></body></html>"
    return multi("alternative", leaf(text, cte="base64"), leaf(htm, "text/html", cte="base64"))


def outlook_ios(text):
    htm = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div dir=\"ltr\">" + \
        "".join(f"<div>{html.escape(l, quote=False) or '<br>'}</div>" for l in text.split("\n")) + "</div></body></html>"
    return multi("alternative", leaf(text, cte="quoted-printable"), leaf(htm, "text/html", cte="quoted-printable"))


def zoho(text):
    htm = "<!DOCTYPE html><html><head><meta content=\"text/html;charset=UTF-8\" http-equiv=\"Content-Type\"></head><body><div style=\"font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;\">" + \
        "".join(f"<div>{html.escape(l, quote=False) or '<br>'}</div>" for l in text.split("\n")) + "</div><br></body></html>"
    return multi("alternative", leaf(text, cte="7bit" if text.isascii() else "quoted-printable"), leaf(htm, "text/html", cte="quoted-printable"))


def tbird(text):
    return leaf(text, flowed=True, cte="8bit" if not text.isascii() else "7bit")


def cp1252(text):
    return leaf(text, charset="windows-1252", cte="quoted-printable")


def latin1(text):
    return leaf(text, charset="iso-8859-1", cte="quoted-printable")


def html_b64(htm):
    return leaf(htm, "text/html", cte="base64")


GMAIL_H = ["X-Mailer: Gmail"]  # placeholder not used for real Gmail; see UA headers below
UA_TB = ["User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.1"]
UA_SAMSUNG = ["X-Mailer: Samsung Email 6.1.92.3"]
UA_OIOS = ["X-Mailer: Microsoft Outlook for iOS (4.2437.0)"]
UA_ZOHO = ["X-Mailer: Zoho Mail", "User-Agent: Zoho Mail"]

# ================= course_data (22) =================
M("wa-chat-rename", "whatsapp-paste", "gmail", "2026-09-02 08:41", "Yudi Pratama <yudi.pratama@polibatam.ac.id>",
  "terusan chat WA dari Bu Rina",
  gmail("Mas/Mbak helpdesk, ini saya teruskan dari grup WA prodi, mohon ditindaklanjuti.\n\n"
        "[07.52, 02/09/2026] Bu Rina Kaprodi: Pak Yudi, tolong sampaikan ke P4M ya\n"
        "[07.53, 02/09/2026] Bu Rina Kaprodi: MK TI2205 Basis Data Lanjut di elearning namanya diganti jadi Sistem Basis Data Terdistribusi, sesuai kurikulum 2026\n"
        "[07.53, 02/09/2026] Bu Rina Kaprodi: kodenya tetap\n"
        "[08.10, 02/09/2026] Yudi Pratama: siap bu, saya email sekarang\n"
        "[08.11, 02/09/2026] Bu Rina Kaprodi: 👍\n\n"
        "Terima kasih\nYudi\nAdmin Prodi TRPL"),
  L("course_data", "id", {"course_code": "TI2205", "course_name": "Basis Data Lanjut",
                          "changes": {"fullname": "Sistem Basis Data Terdistribusi"}},
    "request is inside a pasted WhatsApp chat, the cover line only relays it"))

M("dictated-credits", "voice-to-text", "samsung", "2026-09-03 06:12", "Hendra Gunawan <hendra.g@polibatam.ac.id>",
  "perubahan sks fisika terapan",
  samsung("selamat pagi tim helpdesk saya hendra dosen teknik mesin mohon bantuan untuk mata kuliah fisika terapan kode ME1104 "
          "jumlah sks di e learning masih tertulis dua sks padahal di kurikulum baru menjadi tiga sks mohon diubah menjadi tiga sks "
          "terima kasih banyak\n\nDikirim dari Samsung Galaxy smartphone saya."), headers=UA_SAMSUNG,
  label=L("course_data", "id", {"course_code": "ME1104", "course_name": "fisika terapan", "changes": {"credits": "tiga sks"}}))

M("webform-lecturer", "service-form", "webform", "2026-09-04 10:05", "Layanan Web Polibatam <noreply-layanan@polibatam.ac.id>",
  "[Layanan P4M] Permohonan baru dari Siti Marlina",
  leaf("Permohonan layanan baru telah masuk melalui portal layanan.polibatam.ac.id\n"
       "--------------------------------------------------\n"
       "Nama: Siti Marlina, S.E., M.Ak.\n"
       "NIP/NIK: 119870231\n"
       "Unit: Jurusan Manajemen Bisnis - Prodi Akuntansi Manajerial\n"
       "Email: siti.marlina@polibatam.ac.id\n"
       "No. HP: 0812-7000-1234\n"
       "Jenis Layanan: Perubahan Data Mata Kuliah E-Learning\n"
       "Uraian: Mohon dosen pengampu pada mata kuliah AK2103 Akuntansi Biaya kelas AK-2B diganti dari saya menjadi Dewi Lestari, S.E., M.Ak. karena saya mulai tugas belajar per 1 September.\n"
       "Lampiran: -\n"
       "--------------------------------------------------\n"
       "Email ini dikirim otomatis oleh sistem. Untuk membalas, gunakan alamat email pemohon di atas.\n"),
  headers=["Reply-To: siti.marlina@polibatam.ac.id", "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
  mid="layanan.polibatam.ac.id",
  label=L("course_data", "id", {"course_code": "AK2103", "course_name": "Akuntansi Biaya",
                                "changes": {"lecturer": "Dewi Lestari, S.E., M.Ak."}},
          "relayed by the campus web service form; the requester is in the form fields, not the From"))

M("ticket-forward-shortname", "other-unit-ticket", "ticketsys", "2026-09-07 13:30", "UPT TIK Service Desk <servicedesk@polibatam.ac.id>",
  "[TIK#2026091400213] Diteruskan ke P4M: ganti short name MK",
  leaf("=== Tiket diteruskan dari Service Desk UPT TIK ===\n"
       "No. Tiket     : TIK#2026091400213\n"
       "Kategori      : E-Learning > Data Mata Kuliah\n"
       "Pelapor       : Rahmat Hidayat <rahmat.h@polibatam.ac.id>\n"
       "Prioritas     : Normal\n"
       "Status        : Diteruskan ke unit P4M\n"
       "Catatan petugas: bukan wewenang TIK, mohon ditangani P4M.\n"
       "=================================================\n\n"
       "Isi laporan:\n"
       "Selamat siang. Short name mata kuliah Elektronika Daya (EL3207) di LMS masih ELDA-2023, "
       "tolong diganti jadi EL3207-ELDAYA supaya gampang dicari mahasiswa. Thanks.\n\n"
       "-- \nBalas di atas garis ini untuk menambahkan komentar pada tiket.\n"),
  headers=["Auto-Submitted: auto-generated", "X-Ticket-ID: TIK#2026091400213", "Reply-To: rahmat.h@polibatam.ac.id"],
  mid="servicedesk.polibatam.ac.id",
  label=L("course_data", "mixed", {"course_code": "EL3207", "course_name": "Elektronika Daya",
                                   "changes": {"shortname": "EL3207-ELDAYA"}},
          "forwarded by another unit's ticket system (auto-generated header) but carries a human request"))

M("curriculum-numbered", "numbered-list", "gmail", "2026-09-08 09:20", "Nurul Aini <nurul.aini@polibatam.ac.id>",
  "Penyesuaian nama MK ke Kurikulum 2026 - Prodi D3 Teknik Informatika",
  gmail("Assalamualaikum wr. wb.\n\nYth. Tim P4M,\n\nSehubungan dengan berlakunya Kurikulum 2026, kami mohon bantuan untuk "
        "menyesuaikan nama dan kode mata kuliah berikut di e-learning (semester ganjil 2026/2027):\n\n"
        "1. IF1102 Algoritma dan Pemrograman -> kode baru IF26-102, nama baru Dasar Pemrograman\n"
        "2. IF1105 Pengantar Teknologi Informasi -> kode baru IF26-105, nama baru Literasi Digital\n"
        "3. IF2203 Pemrograman Web -> kode baru IF26-203, nama baru Pengembangan Aplikasi Web\n\n"
        "Dosen pengampu dan peserta tidak berubah.\n\nWassalamualaikum wr. wb.\n\n"
        "Nurul Aini, M.Kom.\nKoordinator Kurikulum D3 Teknik Informatika"),
  label=L("course_data", "id", {"course_code": "IF1102", "course_name": "Algoritma dan Pemrograman",
                                "changes": {"fullname": "Dasar Pemrograman", "shortname": "IF26-102"}},
          "one request for three courses; fields label the first course only"))

M("curriculum-html-table", "html-table", "outlook-ios", "2026-09-09 15:47", "Ir. Bambang Sutrisno <bambang.s@polibatam.ac.id>",
  "Kurikulum 2026: rename MK Teknik Elektro",
  multi("alternative",
        leaf("Dear helpdesk,\n\nMohon rename MK berikut sesuai Kurikulum 2026:\n\n"
             "Kode lama | Nama lama | Kode baru | Nama baru\n"
             "EE2101 | Rangkaian Listrik I | EE26-201 | Analisis Rangkaian Listrik\n"
             "EE2104 | Pengukuran Listrik | EE26-204 | Instrumentasi dan Pengukuran\n\n"
             "Thanks,\nBambang\n\nGet Outlook for iOS", cte="quoted-printable"),
        leaf("<html><body><div dir=\"ltr\"><div>Dear helpdesk,</div><div><br></div><div>Mohon rename MK berikut sesuai Kurikulum 2026:</div>"
             "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th>Kode lama</th><th>Nama lama</th><th>Kode baru</th><th>Nama baru</th></tr>"
             "<tr><td>EE2101</td><td>Rangkaian Listrik I</td><td>EE26-201</td><td>Analisis Rangkaian Listrik</td></tr>"
             "<tr><td>EE2104</td><td>Pengukuran Listrik</td><td>EE26-204</td><td>Instrumentasi dan Pengukuran</td></tr></table>"
             "<div><br></div><div>Thanks,</div><div>Bambang</div><div><br></div><div>Get <a href=\"https://aka.ms/o0ukef\">Outlook for iOS</a></div></div></body></html>",
             "text/html", cte="quoted-printable")), headers=UA_OIOS,
  label=L("course_data", "mixed", {"course_code": "EE2101", "course_name": "Rangkaian Listrik I",
                                   "changes": {"fullname": "Analisis Rangkaian Listrik", "shortname": "EE26-201"}},
          "two courses in an HTML table; fields label the first row"))

M("csv-attachment", "text-csv", "thunderbird", "2026-09-10 11:02", "Made Wirawan <made.wirawan@polibatam.ac.id>",
  "Daftar perubahan MK Kurikulum 2026 (CSV)",
  multi("mixed", tbird("Selamat siang,\n\nTerlampir daftar perubahan mata kuliah Prodi D4 Teknik Mekatronika untuk \n"
                       "Kurikulum 2026 dalam format CSV. Mohon disesuaikan di e-learning.\n\nSalam,\nMade Wirawan\n"),
        text_attach("text/csv", "perubahan_mk_2026_mekatronika.csv",
                    "kode_lama,nama_lama,kode_baru,nama_baru,sks\n"
                    "MK3301,Sistem Kendali Cerdas,MK26-301,Kendali Cerdas dan Robotika,3\n"
                    "MK3305,Mikrokontroler Lanjut,MK26-305,Sistem Tertanam,3\n")), headers=UA_TB,
  label=L("course_data", "id", {"course_code": "MK3301", "course_name": "Sistem Kendali Cerdas",
                                "changes": {"fullname": "Kendali Cerdas dan Robotika", "shortname": "MK26-301"}},
          "the changes are only in a CSV attachment (two rows); fields label the first row"))

M("tsv-txt-attachment", "xlsx-like-txt", "zoho", "2026-09-11 14:18", "Linda Hartati <linda.hartati@zohomail.com>",
  "Perubahan MK sem ganjil - Magister Terapan",
  multi("mixed", zoho("Yth. Helpdesk P4M,\n\nBerikut saya lampirkan export dari spreadsheet kami (format teks). "
                      "Isinya perubahan nama mata kuliah Magister Terapan Teknik Komputer.\n\nHormat kami,\nLinda Hartati\nStaf Administrasi Magister Terapan"),
        text_attach("text/plain", "perubahan_mk_MTr.txt",
                    "No\tKode\tNama MK Lama\tNama MK Baru\n"
                    "1\tMTK601\tMetodologi Penelitian Terapan\tMetodologi Riset Terapan dan Inovasi\n")), headers=UA_ZOHO,
  label=L("course_data", "id", {"course_code": "MTK601", "course_name": "Metodologi Penelitian Terapan",
                                "changes": {"fullname": "Metodologi Riset Terapan dan Inovasi"}},
          "change only in a tab-separated text attachment exported from a spreadsheet"))

M("d3-class-change", "short-plain", "gmail", "2026-09-14 07:35", "Rika Amelia <rika.amelia@polibatam.ac.id>",
  "kelas MK Jaringan Komputer salah",
  gmail("Pagi,\nMK Jaringan Komputer (TK2302) di e-learning kelasnya tertulis TK-2A padahal yang saya ajar TK-2C Malam. "
        "Mohon diganti ke TK-2C Malam ya.\nMakasih\n\nRika - D3 Teknik Komputer"),
  label=L("course_data", "id", {"course_code": "TK2302", "course_name": "Jaringan Komputer", "changes": {"class": "TK-2C Malam"}}))

M("d4-semester-cp1252", "windows-1252", "outlook", "2026-09-15 16:40", "Agus Salim <agus.salim@polibatam.ac.id>",
  "Semester MK Manajemen Rantai Pasok",
  cp1252("Salam sejahtera,\n\nMata kuliah \u201cManajemen Rantai Pasok\u201d (LG4105) pada Prodi D4 Logistik Perdagangan "
         "Internasional seharusnya ada di semester 5, bukan semester 3 seperti yang tampil di e-learning. "
         "Mohon diubah menjadi semester 5.\n\nHormat kami,\nAgus Salim, S.T., M.M.\nSekretaris Prodi D4 LPI\n"
         "Politeknik Negeri Batam \u2013 Jl. Ahmad Yani, Batam Centre"),
  headers=["X-Mailer: Microsoft Outlook 16.0"],
  label=L("course_data", "id", {"course_code": "LG4105", "course_name": "Manajemen Rantai Pasok", "changes": {"semester": "semester 5"}}))

M("mtr-enrolkey", "latin1", "thunderbird", "2026-09-16 20:05", "Dr. Fauzan Akbar <fauzan.akbar@polibatam.ac.id>",
  "Enrolment key Analitik Data Industri",
  latin1("Yth. Admin e-learning,\n\nUntuk mata kuliah Analitik Data Industri (MTI702) Magister Terapan, "
         "mohon enrolment key diganti menjadi ADI-2026ganjil karena key lama sudah tersebar ke angkatan sebelumnya.\n\n"
         "Terima kasih.\n\n-- \nDr. Fauzan Akbar\nKaprodi Magister Terapan Teknik Informatika\n"),
  headers=UA_TB,
  label=L("course_data", "id", {"course_code": "MTI702", "course_name": "Analitik Data Industri",
                                "changes": {"enrolment_key": "ADI-2026ganjil"}}))

M("sg-guest-summary", "singapore-english", "gmail", "2026-09-17 10:22", "Jason Tan <jason.tan@sgmarinetech.com.sg>",
  "Course description update - Marine Automation",
  gmail("Hi Helpdesk team,\n\nI am the guest practitioner for Marine Automation Systems (TPK4210) this semester. "
        "The course summary on your e-learning is quite outdated leh. Can help change the summary to:\n\n"
        "\"Hands-on introduction to PLC-based ship automation, alarm monitoring and condition-based maintenance, taught with cases from Singapore shipyards.\"\n\n"
        "Thanks ah, appreciate it.\n\nJason Tan\nSenior Engineer, SG Marine Tech Pte Ltd\n\n"
        "This e-mail is confidential and intended solely for the addressee."), tz="+0800",
  label=L("course_data", "en", {"course_code": "TPK4210", "course_name": "Marine Automation Systems",
                                "changes": {"summary": "Hands-on introduction to PLC-based ship automation, alarm monitoring and condition-based maintenance, taught with cases from Singapore shipyards."}}))

M("my-practitioner-lecturer", "malaysian-english", "outlook-ios", "2026-09-18 09:03", "Ahmad Firdaus bin Zulkifli <firdaus.z@penangsemicon.com.my>",
  "Pls add me as lecturer - Semiconductor Packaging",
  outlook_ios("Salam, good morning.\n\nI have been appointed as industry lecturer for Semiconductor Packaging Technology (TE4303). "
              "Currently the lecturer in the LMS still shows the previous person. Kindly change the lecturer to Ahmad Firdaus bin Zulkifli. "
              "My campus email is not yet ready, so please use this email for now.\n\nTerima kasih banyak.\n\nFirdaus\nProcess Engineering Manager, Penang\n"),
  headers=UA_OIOS, tz="+0800",
  label=L("course_data", "en", {"course_code": "TE4303", "course_name": "Semiconductor Packaging Technology",
                                "changes": {"lecturer": "Ahmad Firdaus bin Zulkifli"}}))

M("kr-exchange-shortname", "simple-english", "gmail", "2026-09-21 13:55", "Park Ji-hoon <jihoon.park@kumoh.ac.kr>",
  "short name change request",
  gmail("Hello.\nI am Park Ji-hoon, exchange lecturer from Korea.\nMy course is Smart Factory Practice, code RE3308.\n"
        "Short name now is RE3308-SF. Students confuse it. Please change short name to SMARTFACTORY-KR.\n"
        "Thank you very much.\nPark"), tz="+0700",
  label=L("course_data", "en", {"course_code": "RE3308", "course_name": "Smart Factory Practice",
                                "changes": {"shortname": "SMARTFACTORY-KR"}}))

M("jp-exchange-fullname", "simple-english", "thunderbird", "2026-09-22 18:30", "Sato Yuki <y.sato@ktc.ac.jp>",
  "Please change course name (English)",
  tbird("Dear P4M helpdesk,\n\nI am Sato Yuki. I teach \"Kualitas Perangkat Lunak\" (IF3310) this semester as exchange \n"
        "lecturer. All my materials are English. Can you please change the full name \n"
        "to \"Software Quality Assurance\"? Code is same.\n\nBest regards,\nSato Yuki\n"), headers=UA_TB,
  label=L("course_data", "en", {"course_code": "IF3310", "course_name": "Kualitas Perangkat Lunak",
                                "changes": {"fullname": "Software Quality Assurance"}}))

M("genz-classrep-key", "slang-phone", "gmail-app", "2026-09-23 22:47", "Kevin Aditya <4312301045@students.polibatam.ac.id>",
  "kak plis enrol key",
  gmail("kak plisss 🙏 gue komting kelas MJ-1A, disuruh pak dosen minta ganti enrolment key mk Pengantar Bisnis (MB1101) jd "
        "PBisnis1A26 soalnya key yg lama bocor ke kelas lain 😭 gmn kak bisa ga, pak dosennya udah cc in kok\n\nsent from my phone"),
  headers=["Cc: Pak Taufik <taufik.h@polibatam.ac.id>"],
  label=L("course_data", "mixed", {"course_code": "MB1101", "course_name": "Pengantar Bisnis",
                                   "changes": {"enrolment_key": "PBisnis1A26"}},
          "class representative writes for the lecturer, who is in Cc"))

M("formal-typo-fulname", "religious-typos", "gmail", "2026-09-24 09:10", "Drs. H. Syamsul Bahri <syamsul.bahri@polibatam.ac.id>",
  "Permohonan perubahan fulname dan sort name MK",
  gmail("Assalamualaikum warahmatullahi wabarakatuh,\n\nDengan hormat,\nBersama ini kami mohon perubahan data mata kuliah "
        "Etika Profesi (UM1201) pada e-learning sebagai berikut:\n"
        "- fulname: Etika Profesi dan Kewirausahaan Teknologi\n"
        "- sort name: ETPROF-KWU\n\nDemikian permohonan kami, atas perhatian dan kerjasamanya diucapkan terima kasih.\n\n"
        "Wassalamualaikum warahmatullahi wabarakatuh.\n\nHormat kami,\nDrs. H. Syamsul Bahri, M.Si.\nKetua Jurusan Manajemen Bisnis"),
  label=L("course_data", "id", {"course_code": "UM1201", "course_name": "Etika Profesi",
                                "changes": {"fullname": "Etika Profesi dan Kewirausahaan Teknologi", "shortname": "ETPROF-KWU"}}))

M("typo-jumlah-sks", "typos-samsung", "samsung", "2026-09-25 11:48", "Wulan Sari <wulansari.polibatam@gmail.com>",
  "Re: sks & enrolmen key",
  samsung("Siang min, mau minta tolong utk MK Statistika Industri kode TI2107, jumlah sks-nya diubah jd 2 SKS (skrg ke tulis 3), "
          "sekalian enrolmen key nya diganti STATIND-B ya. mksh\n\nWulan, dosen TI\n\n\n-------- Pesan asli --------\n"
          "Dari: Wulan Sari <wulansari.polibatam@gmail.com>\nTanggal: 25/09/26 11.30 (GMT+07:00)\nKepada: saya sendiri\nSubjek: sks & enrolmen key\n\n(draft)"),
  headers=UA_SAMSUNG,
  label=L("course_data", "id", {"course_code": "TI2107", "course_name": "Statistika Industri",
                                "changes": {"credits": "2 SKS", "enrolment_key": "STATIND-B"}}))

M("ack-reply-toppost", "reply-missing-value", "gmail", "2026-09-28 08:25", "Yosef Manurung <yosef.manurung@polibatam.ac.id>",
  "Re: [P4M-Helpdesk #4471] Permintaan ubah nama MK Gambar Teknik",
  gmail("Nama barunya: Gambar Teknik Berbantuan Komputer\n\nMaaf kemarin lupa saya tulis.\nYosef\n\n"
        "Pada Sen, 28 Sep 2026 pukul 07.02 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nmenulis:\n\n"
        "> Yth. Bapak Yosef Manurung,\n> Permintaan Anda untuk mata kuliah Gambar Teknik (ME1203) telah kami terima dengan nomor #4471.\n"
        "> Mohon lengkapi: nama baru mata kuliah.\n> Salam, Helpdesk P4M\n"),
  headers=["In-Reply-To: <ack-4471@polibatam.ac.id>", "References: <ack-4471@polibatam.ac.id>"],
  label=L("course_data", "id", {"course_code": "ME1203", "course_name": "Gambar Teknik",
                                "changes": {"fullname": "Gambar Teknik Berbantuan Komputer"}},
          "top-posted reply to the helpdesk acknowledgement supplying the missing new name"))

M("ack-reply-bottompost", "reply-missing-value", "thunderbird", "2026-09-29 14:12", "Christina Wong <christina.wong@polibatam.ac.id>",
  "Re: [P4M-Helpdesk #4486] Rename course Business English",
  tbird("On 29/09/2026 10:40, Helpdesk P4M wrote:\n> Yth. Ibu Christina Wong,\n> Permintaan untuk mata kuliah Business English (BI2201) sudah kami \n> catat dengan nomor #4486.\n"
        "> Mohon lengkapi: nama baru mata kuliah.\n\nThe new name is English for Professional Communication. Thanks!\n\nChristina\n"),
  headers=UA_TB + ["In-Reply-To: <ack-4486@polibatam.ac.id>", "References: <ack-4486@polibatam.ac.id>"],
  label=L("course_data", "mixed", {"course_code": "BI2201", "course_name": "Business English",
                                   "changes": {"fullname": "English for Professional Communication"}},
          "bottom-posted reply supplying the missing new name"))

M("ack-reply-value-only", "reply-missing-value", "gmail-app", "2026-09-30 19:58", "Fitri Handayani <fitri.handayani@polibatam.ac.id>",
  "Re: [P4M-Helpdesk #4502] Ganti nama MK Kimia Dasar",
  gmail("Kimia Teknik Dasar\n\nPada Rab, 30 Sep 2026 pukul 16.15 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nmenulis:\n\n"
        "> Permintaan perubahan nama mata kuliah Kimia Dasar (KM1101) telah kami terima (#4502).\n> Mohon lengkapi: nama baru mata kuliah.\n"),
  headers=["In-Reply-To: <ack-4502@polibatam.ac.id>", "References: <ack-4502@polibatam.ac.id>"],
  label=L("course_data", "id", {"course_code": "KM1101", "course_name": "Kimia Dasar", "changes": {"fullname": "Kimia Teknik Dasar"}},
          "reply carries only the new value; course identity is in the quoted acknowledgement"))

M("revert-rename", "revert", "zoho", "2026-10-01 10:30", "Rudi Hartono <rudi.hartono@polibatam.ac.id>",
  "Mohon dikembalikan nama MK Sistem Operasi",
  zoho("Selamat pagi Helpdesk,\n\nMinggu lalu nama MK IF2104 sudah diganti menjadi \"Sistem Operasi Modern\" atas permintaan saya. "
       "Ternyata Kaprodi tidak setuju karena tidak sesuai dokumen kurikulum. Mohon dikembalikan ke nama semula yaitu Sistem Operasi.\n\n"
       "Maaf merepotkan.\nRudi Hartono"), headers=UA_ZOHO,
  label=L("course_data", "id", {"course_code": "IF2104", "course_name": "Sistem Operasi Modern", "changes": {"fullname": "Sistem Operasi"}},
          "a revert: the current name is the one set last week, the new value is the old name"))

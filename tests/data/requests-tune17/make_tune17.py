#!/usr/bin/env python3
"""Held-out part11: 70 hand-written helpdesk mails for P4M Polibatam.

Standard library only, deterministic: boundaries, Message-IDs and attachment bytes come from each
message's slug, so a rerun rewrites byte-identical files.  Run: python3 make_tune17.py
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
          "one request for three courses; fields label the first course only; the new course code is labelled as the short name"))

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
          "two courses in an HTML table; fields label the first row; the new course code is labelled as the short name"))

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
          "the changes are only in a CSV attachment (two rows); fields label the first row; the new course code is labelled as the short name"))

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
# ================= announcement (16) =================
M("uts-h-min-1", "markdown-bullets", "gmail", "2026-10-12 10:14", "Sri Wahyuni <sri.wahyuni@polibatam.ac.id>",
  "Mohon publish pengumuman jadwal UTS Jurusan Teknik Informatika",
  gmail("Assalamualaikum,\n\nMohon bantuan publikasi pengumuman di halaman depan e-learning, tayang H-1 jam 7 pagi sebelum UTS dimulai.\n\n"
        "Judul: **Jadwal UTS Ganjil 2026/2027 Jurusan Teknik Informatika**\n\n"
        "* UTS berlangsung Senin, 19 Oktober 2026 s.d. Jumat, 23 Oktober 2026\n"
        "* Jadwal per kelas dapat diunduh di menu Akademik\n"
        "* Mahasiswa wajib membawa KTM dan datang 15 menit sebelum ujian\n"
        "* Batas pengajuan ujian susulan: Rabu, 28 Oktober 2026 pukul 16.00\n\n"
        "Terima kasih.\nSri Wahyuni\nAdmin Jurusan TI"),
  label=L("announcement", "id", {"title": "Jadwal UTS Ganjil 2026/2027 Jurusan Teknik Informatika", "scope": "site",
                                 "publish_at": "2026-10-18T07:00:00+07:00"},
          "publish time is relative to the exam start (H-1 of Monday 19 October, 07:00)"))

M("uas-tonight-8pm", "english-tonight", "gmail-app", "2026-11-20 14:03", "Dr. Kelvin Lim <kelvin.lim@polibatam.ac.id>",
  "Announcement for DSP class tonight",
  gmail("Hi,\n\nCould you post this in my course Digital Signal Processing (EL3305) tonight 8 pm?\n\n"
        "Title: Final Exam Arrangement - Digital Signal Processing\n"
        "- Final exam: Thursday, 3 December 2026, 08:00-10:00, room GU 702\n"
        "- Open book, calculators allowed, no phones\n"
        "- Submit your lab report before Monday, 30 November 2026 23:59\n\nCheers,\nKelvin\n\nSent from Gmail Mobile"),
  label=L("announcement", "en", {"course_code": "EL3305", "course_name": "Digital Signal Processing",
                                 "title": "Final Exam Arrangement - Digital Signal Processing", "scope": "course",
                                 "publish_at": "2026-11-20T20:00:00+07:00"}))

M("maintenance-malam-ini", "it-unit-plain", "thunderbird", "2026-10-02 15:20", "Doni Saputra <doni.saputra@polibatam.ac.id>",
  "Pengumuman maintenance e-learning Sabtu",
  tbird("Halo tim P4M,\n\nKami dari UPT TIK mau numpang pengumuman site-wide di e-learning. Tolong ditayangkan malam \n"
        "ini pukul 21.00 ya.\n\nJudul: Pemeliharaan Server E-Learning Sabtu Dini Hari\n\nIsi:\n"
        "E-learning tidak dapat diakses pada Sabtu, 3 Oktober 2026 pukul 00.00 - 06.00 WIB karena pemeliharaan \n"
        "server. Harap simpan pekerjaan Anda sebelum pukul 23.30.\n\nSalam,\nDoni - UPT TIK\n"), headers=UA_TB,
  label=L("announcement", "id", {"title": "Pemeliharaan Server E-Learning Sabtu Dini Hari", "scope": "site",
                                 "publish_at": "2026-10-02T21:00:00+07:00"},
          "the maintenance window and the save-by time are not the publish time"))

M("makeup-senin-depan", "holiday-makeup", "outlook-ios", "2026-11-25 12:40", "Maria Goretti Simanjuntak <maria.goretti@polibatam.ac.id>",
  "Pengumuman kuliah pengganti Kalkulus II",
  outlook_ios("Selamat siang,\n\nTolong tayangkan pengumuman di course Kalkulus II (MA1202) Senin depan 07.00 ya.\n\n"
              "Judul: Kuliah Pengganti Libur Natal dan Cuti Bersama\n\n"
              "Karena Kamis, 24 Desember 2026 cuti bersama dan Jumat, 25 Desember 2026 libur Natal, "
              "kuliah kelas MA-1B diganti hari Sabtu, 19 Desember 2026 pukul 08.00 di ruang TA 10.3.\n\n"
              "Salam sejahtera,\nMaria"), headers=UA_OIOS,
  label=L("announcement", "id", {"course_code": "MA1202", "course_name": "Kalkulus II",
                                 "title": "Kuliah Pengganti Libur Natal dan Cuti Bersama", "scope": "course",
                                 "publish_at": "2026-11-30T07:00:00+07:00"}))

M("lusa-date-only", "date-only", "samsung", "2026-10-08 17:25", "Andi Wijaya <andiwijaya88@gmail.com>",
  "pengumuman kelas praktikum",
  samsung("Sore min, tolong umumin di course Praktikum Jaringan (TK2304) lusa ya, judulnya \"Perubahan Jadwal Praktikum Minggu ke-7\". "
          "Isinya praktikum pindah ke Lab 3 mulai Selasa, 13 Oktober 2026 jam 13.00. Thanks a lot\n\nAndi (dosen LB)"),
  headers=UA_SAMSUNG,
  label=L("announcement", "mixed", {"course_code": "TK2304", "course_name": "Praktikum Jaringan",
                                    "title": "Perubahan Jadwal Praktikum Minggu ke-7", "scope": "course"},
          "publish day 'lusa' has no clock time; 13.00 is the event time"))

M("wib-1930", "explicit-wib", "zoho", "2026-10-13 09:50", "Nadia Putri <nadia.putri@zohomail.com>",
  "Announcement request: Guest Lecture Supply Chain Digitalisation",
  zoho("Dear P4M,\n\nPlease publish the announcement below on the e-learning front page on 14 October 2026 at 19:30 WIB.\n\n"
       "Title: Guest Lecture - Supply Chain Digitalisation in Batam Free Trade Zone\n"
       "Speaker: Mr. Ravi Menon (PSA Singapore)\nDate: Wednesday, 21 October 2026, 09:00-11:00, Auditorium\n"
       "Registration closes on 19 October 2026.\n\nBest regards,\nNadia Putri\nD4 Logistics Programme"), headers=UA_ZOHO,
  label=L("announcement", "en", {"title": "Guest Lecture - Supply Chain Digitalisation in Batam Free Trade Zone", "scope": "site",
                                 "publish_at": "2026-10-14T19:30:00+07:00"}))

M("asap-no-time", "malaysian-asap", "gmail", "2026-10-15 08:05", "Nurul Izzah binti Rahman <izzah.rahman@petrotech.com.my>",
  "Urgent - announcement for my students",
  gmail("Hi there,\n\nI am the industry lecturer for Process Safety Management (TK4402). Please post this announcement in the course as soon as possible:\n\n"
        "\"Site Visit Cancelled - Process Safety Management\"\n\n"
        "The site visit on Friday, 16 October 2026 is cancelled due to the plant shutdown. We will do an online case study instead, same time.\n\n"
        "Thank you so much ya.\nIzzah"), tz="+0800",
  label=L("announcement", "en", {"course_code": "TK4402", "course_name": "Process Safety Management",
                                 "title": "Site Visit Cancelled - Process Safety Management", "scope": "course"},
          "asks for 'as soon as possible' with no clock time"))

M("wita-besok", "wita-sender", "gmail", "2026-10-19 20:15", "Irwan Pasaribu <irwan.pasaribu@polibatam.ac.id>",
  "Titip pengumuman course Kewirausahaan",
  gmail("Malam, saya sedang di Balikpapan. Tolong pengumuman ini ditayangkan di course Kewirausahaan (UM2103) besok jam 09.00 WITA ya.\n\n"
        "Judul: Presentasi Business Plan Diundur\n\nPresentasi business plan kelompok diundur ke Senin, 26 Oktober 2026. "
        "File tetap dikumpulkan paling lambat Jumat, 23 Oktober 2026 pukul 23.59.\n\nTerima kasih,\nIrwan"), tz="+0800",
  label=L("announcement", "id", {"course_code": "UM2103", "course_name": "Kewirausahaan",
                                 "title": "Presentasi Business Plan Diundur", "scope": "course",
                                 "publish_at": "2026-10-20T08:00:00+07:00"},
          "WITA sender: besok 09.00 WITA is 08.00 WIB"))

M("uas-asterisks", "markdown-asterisks", "gmail", "2026-11-23 13:30", "Bagian Akademik <akademik@polibatam.ac.id>",
  "Permohonan publikasi: Jadwal UAS",
  gmail("Yth. Pengelola E-Learning,\n\nMohon dipublikasikan untuk seluruh mahasiswa pada Jumat, 27 November 2026 pukul 10.00:\n\n"
        "*Judul:* *Jadwal Ujian Akhir Semester Ganjil 2026/2027*\n\n"
        "*Pelaksanaan:* Senin, 14 Desember 2026 - Jumat, 18 Desember 2026\n"
        "*Ketentuan:* mahasiswa dengan kehadiran < 75% tidak dapat mengikuti UAS\n"
        "*Cetak kartu ujian:* paling lambat Kamis, 10 Desember 2026\n\nHormat kami,\nBagian Administrasi Akademik"),
  label=L("announcement", "id", {"title": "Jadwal Ujian Akhir Semester Ganjil 2026/2027", "scope": "site",
                                 "publish_at": "2026-11-27T10:00:00+07:00"}))

M("hima-seminar", "student-org", "gmail-app", "2026-09-29 21:40", "HIMA Teknik Elektro <hima.elektro@students.polibatam.ac.id>",
  "Req pengumuman seminar IoT 🙏",
  gmail("Halo kak admin P4M 👋\nkami dari HIMA Elektro mau minta tolong share pengumuman ke semua mahasiswa di elearning ya kak\n\n"
        "Judul: Seminar Nasional IoT untuk Industri 2026\nWaktu: Sabtu, 10 Oktober 2026, 08.00 WIB\nTempat: Auditorium Polibatam\n"
        "Daftar: paling lambat 7 Oktober\n\nmakasih banyak kak 🙏🔥\n-Sekretaris HIMA"),
  label=L("announcement", "id", {"title": "Seminar Nasional IoT untuk Industri 2026", "scope": "site"},
          "no publish time asked; 08.00 is the seminar time"))

M("kr-tomorrow-9", "simple-english", "gmail", "2026-10-21 16:45", "Kim Min-seo <minseo.kim@dongeui.ac.kr>",
  "announcement please",
  gmail("Hello helpdesk.\nPlease post announcement in my course Industrial IoT (RE3402) tomorrow 9 am.\n"
        "Title is: No Class This Friday\nText: This Friday class is no. I go to Seoul. Replacement class is next Friday, same time.\n"
        "Thank you.\nKim Min-seo"),
  label=L("announcement", "en", {"course_code": "RE3402", "course_name": "Industrial IoT", "title": "No Class This Friday",
                                 "scope": "course", "publish_at": "2026-10-22T09:00:00+07:00"}))

M("dictated-announce", "voice-to-text", "samsung", "2026-11-02 06:40", "Sutarno <sutarno@polibatam.ac.id>",
  "pengumuman kuis mekanika teknik",
  samsung("tolong umumkan di kelas mekanika teknik kode ME2101 besok jam delapan pagi judulnya kuis dua mekanika teknik "
          "isinya kuis dua dilaksanakan hari kamis tanggal lima november jam sepuluh pagi materi momen dan kesetimbangan terima kasih\n\n"
          "Dikirim dari Samsung Galaxy smartphone saya."), headers=UA_SAMSUNG,
  label=L("announcement", "id", {"course_code": "ME2101", "course_name": "mekanika teknik", "title": "kuis dua mekanika teknik",
                                 "scope": "course", "publish_at": "2026-11-03T08:00:00+07:00"},
          "dictated: clock time in words (jam delapan pagi); jam sepuluh pagi is the quiz time"))

M("wa-announce-sore", "whatsapp-paste", "gmail", "2026-11-04 11:20", "Lestari Ningsih <lestari.ningsih@polibatam.ac.id>",
  "Fwd chat WA - pengumuman",
  gmail("Dari chat Pak Kajur di bawah, mohon dibantu.\n\n"
        "[11.02, 04/11/2026] Pak Haris Kajur: Bu Lestari tolong minta P4M pasang pengumuman di elearning semua mahasiswa Teknik Mesin\n"
        "[11.03, 04/11/2026] Pak Haris Kajur: judulnya \"Kunjungan Industri Teknik Mesin ke PT Batamindo\"\n"
        "[11.03, 04/11/2026] Pak Haris Kajur: tayang nanti sore jam 16.00\n"
        "[11.05, 04/11/2026] Pak Haris Kajur: keberangkatan Kamis 12 Nov jam 07.00 dari lobby\n"
        "[11.06, 04/11/2026] Lestari Ningsih: baik pak\n\nLestari\nTU Jurusan Teknik Mesin"),
  label=L("announcement", "id", {"title": "Kunjungan Industri Teknik Mesin ke PT Batamindo", "scope": "site",
                                 "publish_at": "2026-11-04T16:00:00+07:00"},
          "request inside a pasted WhatsApp chat; announcement for one department's students, not one course"))

M("webform-announce", "service-form", "webform", "2026-10-26 13:12", "Layanan Web Polibatam <noreply-layanan@polibatam.ac.id>",
  "[Layanan P4M] Permohonan baru dari Hasanah Lubis",
  leaf("Permohonan layanan baru telah masuk melalui portal layanan.polibatam.ac.id\n"
       "--------------------------------------------------\n"
       "Nama: Hasanah Lubis\nUnit: Pusat Karir dan Alumni\nEmail: hasanah.lubis@polibatam.ac.id\n"
       "Jenis Layanan: Publikasi Pengumuman E-Learning\n"
       "Judul Pengumuman: Job Fair Polibatam 2026\n"
       "Waktu Tayang: 2 November 2026 07.00\n"
       "Uraian: Mohon ditayangkan untuk seluruh mahasiswa tingkat akhir dan alumni. Job Fair dilaksanakan 11-12 November 2026 di GSG.\n"
       "Lampiran: poster_jobfair.jpg (dikirim terpisah)\n"
       "--------------------------------------------------\n"
       "Email ini dikirim otomatis oleh sistem. Untuk membalas, gunakan alamat email pemohon di atas.\n"),
  headers=["Reply-To: hasanah.lubis@polibatam.ac.id", "X-Mailer: PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"],
  mid="layanan.polibatam.ac.id",
  label=L("announcement", "id", {"title": "Job Fair Polibatam 2026", "scope": "site", "publish_at": "2026-11-02T07:00:00+07:00"},
          "relayed by the campus web service form"))

M("maint-html-b64", "html-only-base64", "outlook", "2026-11-09 10:02", "Taufik Hidayat <taufik.hidayat@polibatam.ac.id>",
  "Scheduled e-learning maintenance notice",
  html_b64("<html><body><p>Dear P4M team,</p><p>Please publish the following notice for all users tomorrow at 06:30.</p>"
           "<p><b>Title:</b> Moodle Upgrade to Version 4.5 &ndash; Service Interruption</p><ul>"
           "<li>Downtime: Saturday, 14 November 2026, 22:00 &ndash; Sunday, 15 November 2026, 04:00</li>"
           "<li>Please finish and submit quizzes before Saturday 20:00</li>"
           "<li>The mobile app must be updated after the upgrade</li></ul><p>Regards,<br>Taufik<br>IT Unit</p></body></html>"),
  headers=["X-Mailer: Microsoft Outlook 16.0"],
  label=L("announcement", "en", {"title": "Moodle Upgrade to Version 4.5 – Service Interruption", "scope": "site",
                                 "publish_at": "2026-11-10T06:30:00+07:00"},
          "HTML-only base64; the downtime and the quiz cut-off are not the publish time"))

M("pukul-13-hari-ini", "cp1252-mixed", "outlook", "2026-11-16 10:48", "Yohana Sitorus <yohana.sitorus@polibatam.ac.id>",
  "Pengumuman remedial UTS - Akuntansi Keuangan",
  cp1252("Dear tim helpdesk,\n\nTolong post pengumuman di course Akuntansi Keuangan Menengah (AK2201) hari ini pukul 13.00, thanks.\n\n"
         "Title: \u201cRemedial UTS Akuntansi Keuangan Menengah\u201d\n\n"
         "Remedial UTS will be held on Friday, 20 November 2026 at 10.00 in room 805. Only students with score < 60 are eligible.\n\n"
         "Best,\nYohana"), headers=["X-Mailer: Microsoft Outlook 16.0"],
  label=L("announcement", "mixed", {"course_code": "AK2201", "course_name": "Akuntansi Keuangan Menengah",
                                    "title": "Remedial UTS Akuntansi Keuangan Menengah", "scope": "course",
                                    "publish_at": "2026-11-16T13:00:00+07:00"}))
# ================= elearning_support (12) =================
M("screenshot-only-id", "screenshot-only", "samsung", "2026-09-08 21:13", "Dinda Maharani <3312401077@students.polibatam.ac.id>",
  "error",
  multi("mixed", samsung("min ini kenapa ya ga bisa masuk course nya\n\nDikirim dari Samsung Galaxy smartphone saya."),
        attach("image/jpeg", "Screenshot_20260908-211002_Chrome.jpg", jpeg("screenshot-only-id"))), headers=UA_SAMSUNG,
  label=L("elearning_support", "id", note="the only detail is a phone screenshot"))

M("screenshot-only-en", "screenshot-only", "gmail", "2026-09-15 09:31", "Tanaka Hiroshi <h.tanaka@kosen-k.ac.jp>",
  "Cannot open",
  multi("mixed", gmail("Hello. Please see the screenshot. I cannot open my course page.\nTanaka"),
        attach("image/png", "image.png", png("screenshot-only-en"))),
  label=L("elearning_support", "en", note="the only detail is a screenshot"))

M("quiz-timer", "quiz-plugin", "gmail", "2026-10-20 11:40", "Eka Rahmawati <eka.rahmawati@polibatam.ac.id>",
  "Kuis di e-learning tertutup sebelum waktunya",
  gmail("Selamat siang Helpdesk,\n\nPada kuis UTS Pemrograman Berorientasi Objek kelas IF-2A tadi pagi, kuis diset 90 menit tetapi "
        "banyak mahasiswa yang attempt-nya tertutup otomatis setelah kira-kira 40 menit dengan pesan \"This quiz closed\". "
        "Padahal waktu tutup kuis sudah saya set pukul 12.00. Mohon dicek apakah ada masalah pada pengaturan atau pluginnya.\n\n"
        "Terima kasih,\nEka Rahmawati"),
  label=L("elearning_support", "id"))

M("assign-upload", "assignment-upload", "outlook-ios", "2026-10-27 23:05", "Bima Prasetyo <3212301033@students.polibatam.ac.id>",
  "Tidak bisa upload tugas - file too large",
  outlook_ios("Pak/Bu, saya mau submit tugas besar Desain Produk tapi muncul \"The file is too large. The maximum size is 20MB\". "
              "File video saya 48 MB. Deadline-nya jam 23.59 malam ini, could you please help? Apa bisa dinaikkan batasnya?\n\nBima, MJ-3B"),
  headers=UA_OIOS, label=L("elearning_support", "mixed"))

M("presensi-dictated", "voice-to-text", "samsung", "2026-09-21 07:58", "Sutarno <sutarno@polibatam.ac.id>",
  "presensi tidak muncul",
  samsung("selamat pagi mohon bantuan plugin presensi di kelas saya tidak muncul tombol untuk mahasiswa mengisi kehadiran "
          "padahal sesi jam delapan pagi sudah saya buat kemarin mahasiswa bilang hanya ada tulisan tidak ada sesi aktif mohon dibantu segera "
          "karena kuliah mulai sebentar lagi terima kasih\n\nDikirim dari Samsung Galaxy smartphone saya."), headers=UA_SAMSUNG,
  label=L("elearning_support", "id", note="dictated mail; attendance (presensi) plugin"))

M("sso-loop-en", "sso-loop", "outlook-ios", "2026-09-02 08:05", "Rachel Ng <rachel.ng@polibatam.ac.id>",
  "Google login keeps looping",
  outlook_ios("Hi,\n\nWhen I click \"Login with Google\" on e-learning it brings me to the Google account picker, I choose my polibatam "
              "account, and then it goes back to the login page again. Same in Chrome and Safari, cleared cookies already. "
              "I am a new guest lecturer so maybe my account is not linked yet?\n\nThanks,\nRachel"), headers=UA_OIOS,
  label=L("elearning_support", "en"))

M("sso-loop-genz", "slang-phone", "gmail-app", "2026-09-05 00:32", "Rizky Ananda <4322401012@students.polibatam.ac.id>",
  "login muter2 terus bgt",
  gmail("kak gue login elearning pake akun google kampus muter2 terus balik ke halaman login lagi 😩 udh clear cache, udh ganti browser, "
        "tetep aja. besok ada kuis gmn dong kak plis bantu bgt 🙏🙏"),
  label=L("elearning_support", "mixed"))

M("moodle-app-sg", "mobile-app", "gmail", "2026-10-06 19:20", "Jason Tan <jason.tan@sgmarinetech.com.sg>",
  "Moodle app cannot connect",
  gmail("Hi team,\n\nThe Moodle app on my phone keeps saying \"Site not available, please contact your site administrator\" when I key in "
        "elearning.polibatam.ac.id. Browser on laptop is ok. Is the app supported or not?\n\nJason"), tz="+0800",
  label=L("elearning_support", "en"))

M("moodle-app-notif", "mobile-app", "zoho", "2026-10-29 13:15", "Linda Hartati <linda.hartati@zohomail.com>",
  "Notifikasi aplikasi Moodle tidak masuk",
  zoho("Selamat siang,\n\nMahasiswa Magister Terapan melaporkan bahwa notifikasi forum dan tugas tidak muncul di aplikasi Moodle "
       "di HP mereka sejak minggu lalu, padahal di email masuk. Apakah ada pengaturan yang perlu diaktifkan?\n\nHormat kami,\nLinda Hartati"),
  headers=UA_ZOHO, label=L("elearning_support", "id"))

M("howto-rename", "near-miss-howto", "thunderbird", "2026-09-17 14:50", "Ratna Dewi <ratna.dewi@polibatam.ac.id>",
  "Cara mengubah nama mata kuliah sendiri",
  tbird("Selamat siang,\n\nSaya ingin bertanya, apakah dosen bisa mengubah sendiri nama mata kuliah di e-learning? Kalau bisa, \n"
        "menunya di mana ya? Saya sudah buka Settings di course Pengolahan Citra tapi kolom nama tidak bisa diedit.\n\n"
        "Terima kasih,\nRatna\n"), headers=UA_TB,
  label=L("elearning_support", "id", note="asks how to change the name herself; no change requested"))

M("kr-enrol-students", "simple-english", "gmail", "2026-09-24 10:40", "Park Ji-hoon <jihoon.park@kumoh.ac.kr>",
  "students not in my course",
  gmail("Hello again.\nIn my course Smart Factory Practice, only 5 students. But my class has 28 students.\n"
        "I do not know how to add them. Please help me.\nThank you.\nPark"),
  label=L("elearning_support", "en"))

M("ticket-enrol", "other-unit-ticket", "ticketsys", "2026-10-05 09:25", "UPT TIK Service Desk <servicedesk@polibatam.ac.id>",
  "[TIK#2026100500087] Diteruskan ke P4M: mahasiswa tidak ada di course",
  leaf("=== Tiket diteruskan dari Service Desk UPT TIK ===\n"
       "No. Tiket     : TIK#2026100500087\nKategori      : E-Learning > Akses\n"
       "Pelapor       : Putri Ayu <3112401056@students.polibatam.ac.id>\nPrioritas     : Tinggi\n"
       "Status        : Diteruskan ke unit P4M\n=================================================\n\n"
       "Isi laporan:\nSaya sudah KRS dan disetujui PA, tapi di e-learning course Kalkulus I kelas EL-1A tidak muncul di dashboard saya. "
       "Teman sekelas sudah bisa masuk. Mohon bantuannya.\n\n-- \nBalas di atas garis ini untuk menambahkan komentar pada tiket.\n"),
  headers=["Auto-Submitted: auto-generated", "X-Ticket-ID: TIK#2026100500087", "Reply-To: 3112401056@students.polibatam.ac.id"],
  mid="servicedesk.polibatam.ac.id",
  label=L("elearning_support", "id", note="forwarded by another unit's ticket system with a human report inside"))

# ================= document_request (7) =================
M("rps-template", "religious-opening", "gmail", "2026-09-01 09:12", "Hj. Nurhayati <nurhayati@polibatam.ac.id>",
  "Permohonan template RPS Kurikulum 2026",
  gmail("Assalamualaikum wr. wb.\n\nYth. Bapak/Ibu P4M,\n\nMohon dikirimkan template RPS terbaru yang sudah mengacu ke Kurikulum 2026 "
        "(format OBE), karena prodi kami harus menyusun ulang RPS seluruh mata kuliah semester ganjil.\n\n"
        "Wassalamualaikum wr. wb.\nHj. Nurhayati, S.Pd., M.Pd.\nProdi D4 Administrasi Bisnis Terapan"),
  label=L("document_request", "id"))

M("sop-makeup", "formal-letter", "zoho", "2026-11-26 08:30", "Bambang Irawan <bambang.irawan@zohomail.com>",
  "Permintaan SOP kuliah pengganti",
  zoho("Salam sejahtera,\n\nDengan hormat, kami memerlukan dokumen SOP Perkuliahan Pengganti beserta formulir pengajuannya, "
       "untuk persiapan kuliah pengganti akibat cuti bersama Natal bulan Desember.\n\nHormat kami,\nBambang Irawan\nTU Prodi D3 Teknik Elektronika Manufaktur"),
  headers=UA_ZOHO, label=L("document_request", "id"))

M("form-course-change", "mixed-lang", "gmail", "2026-09-03 13:44", "Andre Kurniawan <andre.kurniawan@polibatam.ac.id>",
  "Form perubahan data MK",
  gmail("Hi P4M,\n\nApakah ada formulir resmi untuk request perubahan data mata kuliah di e-learning? Our department wants to collect "
        "all Kurikulum 2026 changes in one form sebelum dikirim ke kalian. Please share the form (docx kalau ada).\n\nThanks,\nAndre"),
  label=L("document_request", "mixed"))

M("sg-practitioner-guide", "singapore-english", "outlook-ios", "2026-09-09 08:15", "Melissa Goh <melissa.goh@keppelom.com.sg>",
  "Guide for guest lecturers",
  outlook_ios("Hello,\n\nI will start teaching as a practitioner lecturer next week. Is there a user guide or handbook for lecturers on your "
              "e-learning platform? PDF is fine. Would be very helpful, thanks!\n\nMelissa Goh\nKeppel O&M (Singapore)"),
  headers=UA_OIOS, tz="+0800", label=L("document_request", "en"))

M("bap-template-latin1", "iso-8859-1", "thunderbird", "2026-10-22 15:05", "Ferry Simatupang <ferry.simatupang@polibatam.ac.id>",
  "minta template BAP",
  latin1("Sore,\n\nMinta file template Berita Acara Perkuliahan (BAP) dan daftar hadir untuk kelas karyawan, yang versi \n"
         "terbaru ya. Yang saya punya masih logo lama.\n\nTrims,\nFerry\n"), headers=UA_TB,
  label=L("document_request", "id"))

M("kontrak-kuliah", "formal-closing", "zoho", "2026-10-07 10:10", "Linda Hartati <linda.hartati@zohomail.com>",
  "Template kontrak kuliah Magister Terapan",
  zoho("Yth. Helpdesk P4M,\n\nMohon bantuan mengirimkan template kontrak perkuliahan dan rubrik penilaian tesis terapan yang "
       "berlaku untuk program Magister Terapan.\n\nHormat kami,\nLinda Hartati\nStaf Administrasi Magister Terapan"),
  headers=UA_ZOHO, label=L("document_request", "id"))

M("jp-rps-english", "simple-english", "thunderbird", "2026-09-14 16:20", "Sato Yuki <y.sato@ktc.ac.jp>",
  "RPS in English?",
  tbird("Dear P4M,\n\nMy department says I must make RPS for my course. Is there English version of RPS template? \n"
        "Also the guideline document, if you have. Thank you.\n\nSato\n"), headers=UA_TB,
  label=L("document_request", "en"))

# ================= other (7) =================
M("sudah-berhasil", "thanks", "gmail-app", "2026-10-01 16:02", "Eka Rahmawati <eka.rahmawati@polibatam.ac.id>",
  "Re: Kuis di e-learning tertutup sebelum waktunya",
  gmail("sudah berhasil, terima kasih banyak 🙏\n\nPada Kam, 1 Okt 2026 pukul 14.20 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nmenulis:\n\n"
        "> Ibu Eka, pengaturan override waktu kuis sudah kami perbaiki. Silakan dicoba kembali.\n"),
  label=L("other", "id", note="a thank-you after a solved problem"))

M("ack-no-longer-needed", "reply-withdraw", "gmail", "2026-10-02 08:50", "Handoko Susilo <handoko.susilo@polibatam.ac.id>",
  "Re: [P4M-Helpdesk #4519] Ganti nama MK Teknik Digital",
  gmail("Selamat pagi,\n\nTidak jadi, sudah tidak diperlukan. Kaprodi memutuskan nama MK tetap seperti sekarang. Tiket bisa ditutup.\n\n"
        "Handoko\n\nPada Kam, 1 Okt 2026 pukul 15.40 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nmenulis:\n\n"
        "> Permintaan perubahan mata kuliah Teknik Digital (EL1203) telah kami terima (#4519).\n> Mohon lengkapi: nama baru mata kuliah.\n"),
  headers=["In-Reply-To: <ack-4519@polibatam.ac.id>", "References: <ack-4519@polibatam.ac.id>"],
  label=L("other", "id", note="withdraws the request the acknowledgement asked to complete"))

M("hedged-next-sem", "hedged-plan", "outlook-ios", "2026-10-09 11:11", "Yusuf Effendi <yusuf.effendi@polibatam.ac.id>",
  "nama MK Kecerdasan Buatan",
  outlook_ios("Pagi tim P4M,\n\nSekadar info, nama MK Kecerdasan Buatan (IF3201) mungkin kurang pas dengan isi materinya sekarang. "
              "Kalau bisa semester depan diganti, tapi nanti saya diskusikan dulu dengan tim kurikulum, baru saya kabari namanya.\n\nSalam,\nYusuf"),
  headers=UA_OIOS, label=L("other", "id", note="hedged plan for next semester with no new value; not a request yet"))

M("new-lecturer-training", "training-question", "gmail", "2026-09-10 20:22", "Dimas Anggara <dimas.anggara@polibatam.ac.id>",
  "Pelatihan dosen baru / onboarding",
  gmail("Halo P4M,\n\nSaya dosen baru (mulai Agustus). Saya dengar ada pelatihan dosen baru dan workshop e-learning dari P4M. "
        "When is the next batch, dan apakah wajib untuk dosen kontrak? Registration-nya lewat mana?\n\nThanks,\nDimas"),
  label=L("other", "mixed", note="question about new-lecturer training"))

M("genz-ukt-misdirected", "slang-misdirected", "gmail-app", "2026-09-06 23:50", "Salsa Bila <3412501090@students.polibatam.ac.id>",
  "kak nanya dong",
  gmail("kak mau nanya dong, bayar UKT gue udah lunas tp di SIAKAD masih merah, jadi ga bisa KRS 😭 ini ke siapa ya kak? "
        "thx bgt sblmnya ✨"),
  label=L("other", "mixed", note="misdirected question about tuition and SIAKAD"))

M("my-honorarium", "misdirected", "gmail", "2026-11-12 10:35", "Ahmad Firdaus bin Zulkifli <firdaus.z@penangsemicon.com.my>",
  "Honorarium for industry lecturer",
  gmail("Salam,\n\nMay I know who should I contact regarding the honorarium payment for industry lecturers? I have submitted the claim form "
        "in October but not received any update yet.\n\nThank you.\nFirdaus"), tz="+0800",
  label=L("other", "en", note="misdirected finance question"))

M("complaint-slow", "complaint", "outlook-latin1", "2026-10-20 13:05", "Joko Santoso <joko.santoso@polibatam.ac.id>",
  "keluhan e-learning lambat saat UTS",
  latin1("Dengan hormat,\n\nSaya menyampaikan keluhan: kemarin selama UTS e-learning sangat lambat, banyak mahasiswa panik. "
         "Ke depan mohon P4M berkoordinasi dengan TIK sebelum masa ujian. Ini sekadar masukan, tidak perlu dibalas.\n\nJoko Santoso\n"),
  headers=["X-Mailer: Microsoft Outlook 16.0"],
  label=L("other", "id", note="complaint and feedback, no concrete support request"))
# ================= auto (6) =================
ICS = ("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nCALSCALE:GREGORIAN\nMETHOD:REQUEST\n"
       "BEGIN:VEVENT\nDTSTART:20261014T030000Z\nDTEND:20261014T040000Z\nDTSTAMP:20261007T020000Z\n"
       "ORGANIZER;CN=Kalender Rapat P4M:mailto:kalender.p4m@polibatam.ac.id\n"
       "UID:7kq2v0c1p11invite@google.com\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=helpdesk-p4m@polibatam.ac.id:mailto:helpdesk-p4m@polibatam.ac.id\n"
       "SUMMARY:Rapat Koordinasi Kurikulum 2026\nSTATUS:CONFIRMED\nSEQUENCE:0\nEND:VEVENT\nEND:VCALENDAR\n")
M("gcal-invite", "calendar-invite", "google-calendar", "2026-10-07 09:00", "Kalender Rapat P4M <calendar-notification@google.com>",
  "Invitation: Rapat Koordinasi Kurikulum 2026 @ Wed 14 Oct 2026 10am - 11am (WIB) (helpdesk-p4m@polibatam.ac.id)",
  multi("mixed",
        multi("alternative",
              leaf("You have been invited to the following event.\n\nRapat Koordinasi Kurikulum 2026\n"
                   "When: Wednesday 14 Oct 2026 10am - 11am (Western Indonesia Time - Jakarta)\n"
                   "Calendar: helpdesk-p4m@polibatam.ac.id\nWho: kalender.p4m@polibatam.ac.id - organiser\n\n"
                   "Invitation from Google Calendar\nYou are receiving this email because you are an attendee on the event. "
                   "Forwarding this invitation could allow any recipient to send a response to the organiser.\n", cte="quoted-printable"),
              ("leaf", ["Content-Type: text/calendar; charset=\"UTF-8\"; method=REQUEST",
                        "Content-Transfer-Encoding: 7bit"], crlf(ICS))),
        text_attach("application/ics", "invite.ics", ICS)),
  headers=["Sender: Google Calendar <calendar-notification@google.com>", "Reply-To: kalender.p4m@polibatam.ac.id",
           "Auto-Submitted: auto-generated"], mid="google.com",
  label=L("auto", "en", note="calendar invitation sent by the calendar system"))


def _zip_xml(name, xml):
    buf = io.BytesIO()
    z = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    zi = zipfile.ZipInfo(name, date_time=(2026, 10, 27, 0, 0, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED
    z.writestr(zi, xml)
    z.close()
    return buf.getvalue()


DMARC_XML = ("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<feedback>\n  <report_metadata>\n    <org_name>google.com</org_name>\n"
             "    <email>noreply-dmarc-support@google.com</email>\n    <report_id>11874520396315577021</report_id>\n"
             "    <date_range><begin>1792972800</begin><end>1793059199</end></date_range>\n  </report_metadata>\n"
             "  <policy_published><domain>polibatam.ac.id</domain><adkim>r</adkim><aspf>r</aspf><p>none</p><sp>none</sp><pct>100</pct></policy_published>\n"
             "  <record><row><source_ip>103.56.148.20</source_ip><count>42</count><policy_evaluated><disposition>none</disposition>"
             "<dkim>pass</dkim><spf>pass</spf></policy_evaluated></row><identifiers><header_from>polibatam.ac.id</header_from></identifiers>"
             "<auth_results><dkim><domain>polibatam.ac.id</domain><result>pass</result></dkim><spf><domain>polibatam.ac.id</domain><result>pass</result></spf></auth_results></record>\n"
             "</feedback>\n")
M("dmarc-report", "dmarc-aggregate", "google-dmarc", "2026-10-28 07:12", "noreply-dmarc-support@google.com",
  "Report domain: polibatam.ac.id Submitter: google.com Report-ID: 11874520396315577021",
  multi("mixed", leaf("This is an aggregate report from google.com.\n\nThis report is provided by Google for the domain polibatam.ac.id.\n", cte="7bit"),
        attach("application/zip", "google.com!polibatam.ac.id!1792972800!1793059199.zip",
               _zip_xml("google.com!polibatam.ac.id!1792972800!1793059199.xml", DMARC_XML))),
  mid="google.com", label=L("auto", "en", note="DMARC aggregate report"))

M("wa-business-notif", "whatsapp-business", "notif", "2026-11-05 12:01", "Polibatam Notifikasi <no-reply@notifikasi.polibatam.ac.id>",
  "Anda memiliki 3 pesan WhatsApp baru dari Layanan Akademik",
  multi("alternative",
        leaf("Halo Helpdesk P4M,\n\nAnda memiliki 3 pesan baru di kanal WhatsApp Layanan Akademik Polibatam yang belum dibaca.\n"
             "Pesan terakhir: \"Baik, terima kasih infonya.\" (12.00)\n\nBuka dasbor percakapan untuk membalas.\n\n"
             "Email ini dikirim otomatis, mohon tidak membalas email ini.\nBerhenti berlangganan notifikasi: https://notifikasi.polibatam.ac.id/unsub\n",
             cte="quoted-printable"),
        leaf("<html><body style=\"font-family:Arial\"><table width=\"100%\" style=\"background:#25D366\"><tr><td style=\"color:#fff;padding:12px\">"
             "<b>Layanan Akademik Polibatam</b></td></tr></table><p>Halo Helpdesk P4M,</p><p>Anda memiliki <b>3 pesan baru</b> di kanal WhatsApp "
             "Layanan Akademik Polibatam yang belum dibaca.</p><p style=\"color:#555\">Pesan terakhir: &quot;Baik, terima kasih infonya.&quot; (12.00)</p>"
             "<p><a href=\"https://notifikasi.polibatam.ac.id/inbox\">Buka dasbor percakapan</a></p><p style=\"font-size:11px\">Email ini dikirim otomatis, "
             "mohon tidak membalas email ini.</p></body></html>", "text/html", cte="quoted-printable")),
  headers=["Auto-Submitted: auto-generated", "Precedence: bulk", "X-Auto-Response-Suppress: All",
           "List-Unsubscribe: <https://notifikasi.polibatam.ac.id/unsub>"],
  mid="notifikasi.polibatam.ac.id", label=L("auto", "id", note="WhatsApp-business-style notification from a no-reply system"))

M("exchange-ndr-id", "ndr-indonesian", "exchange", "2026-11-18 14:27", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@polibatam.ac.id>",
  "Tidak terkirim: Re: [P4M-Helpdesk #4620] Permintaan template BAP",
  multi("report; report-type=delivery-status",
        leaf("Pesan Anda tidak dapat dikirimkan ke penerima berikut:\n\nferry.simatupang@polibatam.ac.id\n"
             "Alamat email yang Anda masukkan tidak dapat ditemukan. Periksa alamat email penerima dan coba kirim ulang pesan.\n\n"
             "Informasi diagnostik untuk administrator:\nServer pembuat: BTMEX01.polibatam.ac.id\n"
             "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n",
             cte="quoted-printable"),
        ("leaf", ["Content-Type: message/delivery-status"],
         crlf("Reporting-MTA: dns;BTMEX01.polibatam.ac.id\nReceived-From-MTA: dns;BTMEX01.polibatam.ac.id\n"
              "Arrival-Date: Wed, 18 Nov 2026 07:27:10 +0000\n\nFinal-Recipient: rfc822;ferry.simatupang@polibatam.ac.id\n"
              "Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\n")),
        ("leaf", ["Content-Type: text/rfc822-headers"],
         crlf("From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nTo: ferry.simatupang@polibatam.ac.id\n"
              "Subject: Re: [P4M-Helpdesk #4620] Permintaan template BAP\nDate: Wed, 18 Nov 2026 14:27:05 +0700\n"
              "Message-ID: <reply-4620@polibatam.ac.id>\n")),
        extra=[]),
  headers=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr: "], mid="polibatam.ac.id",
  label=L("auto", "id", note="Exchange non-delivery report in Indonesian"))

M("moodle-new-message", "moodle-notification", "moodle", "2026-11-11 19:44", "Rudi Hartono (via E-Learning Polibatam) <noreply@elearning.polibatam.ac.id>",
  "Pesan baru dari Rudi Hartono",
  multi("alternative",
        leaf("Rudi Hartono mengirim pesan baru kepada Anda:\n\n---------------------------------------------------------------------\n"
             "Pak, materi minggu ke-10 sudah saya upload ya, tolong dicek.\n"
             "---------------------------------------------------------------------\n\n"
             "Go to: https://elearning.polibatam.ac.id/message/index.php?id=5521\n\n"
             "Anda menerima email ini karena preferensi notifikasi pesan Anda. Change your notification preferences: "
             "https://elearning.polibatam.ac.id/message/notificationpreferences.php\n", cte="quoted-printable"),
        leaf("<p>Rudi Hartono mengirim pesan baru kepada Anda:</p><hr><p>Pak, materi minggu ke-10 sudah saya upload ya, tolong dicek.</p><hr>"
             "<p><a href=\"https://elearning.polibatam.ac.id/message/index.php?id=5521\">Go to messages</a></p>", "text/html", cte="quoted-printable")),
  headers=["Precedence: bulk", "Auto-Submitted: auto-generated", "List-Id: \"E-Learning Polibatam\" <elearning.polibatam.ac.id>",
           "List-Unsubscribe: <https://elearning.polibatam.ac.id/message/notificationpreferences.php>", "X-Course-Id: 5521"],
  mid="elearning.polibatam.ac.id", label=L("auto", "mixed", note="Moodle new-message notification (List-Id, no-reply)"))

M("umrah-autoreply", "hajj-umrah-ooo", "outlook", "2026-11-24 08:02", "Hj. Nurhayati <nurhayati@polibatam.ac.id>",
  "Balasan Otomatis: Re: [P4M-Helpdesk #4488] Permohonan template RPS Kurikulum 2026",
  leaf("Assalamualaikum wr. wb.\n\nTerima kasih atas email Bapak/Ibu. Saya sedang menjalankan ibadah umrah dan cuti sampai dengan "
       "Senin, 7 Desember 2026, dengan akses email yang terbatas. Untuk urusan prodi mohon menghubungi Sdri. Wina (wina@polibatam.ac.id).\n\n"
       "Wassalamualaikum wr. wb.\nHj. Nurhayati\n", cte="quoted-printable"),
  headers=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All", "X-MS-Exchange-Inbox-Rules-Loop: nurhayati@polibatam.ac.id"],
  label=L("auto", "id", note="out-of-office reply: sender on umrah leave"))


if __name__ == "__main__":
    run()

#!/usr/bin/env python3
"""Tuning corpus requests-tune51 generator (written as held-out part32 in round 19, opened in round 28; standard library only, deterministic).

Writes NNN-client-quirk-slug.eml and labels.json next to this script.
Every mail body was written by hand; names, addresses, institutions and ticket numbers are made up.
Run: python3 tests/data/heldout/part32/make_holdout32.py
"""
import datetime as dt
import email
import hashlib
import html as htmlmod
import json
import os
import re
import sys
from email import policy
from email.message import EmailMessage, MIMEPart
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
HD = "helpdesk-p4m@polibatam.ac.id"
POL = policy.default.clone(linesep="\r\n", max_line_length=78)
PLAN = {"course_data": 22, "announcement": 16, "elearning_support": 12,
        "document_request": 7, "other": 7, "auto": 6}
LANGS = {"id": 40, "en": 18, "mixed": 12}

MAILS = []


def h(slug, n=16):
    return hashlib.sha256(slug.encode()).hexdigest()[:n]


def date(mo, d, hh, mm, tz=7, y=2026):
    ss = int(h("p32-%d%d%d%d%d%d" % (y, mo, d, hh, mm, tz), 4), 16) % 60
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


def multipart(subtype, parts):
    m = MIMEPart(policy=POL)
    m["Content-Type"] = "multipart/%s" % subtype
    for p in parts:
        m.attach(p)
    return m


def add(slug, quirk, date_, frm, subject, body, label, to=HD, cc=None, extra=None, raw=None):
    """body is a MIMEPart tree (or a str for utf-8 8bit plain); raw is a full raw message string."""
    MAILS.append(dict(slug=slug, quirk=quirk, date=date_, frm=frm, subject=subject, body=body,
                      label=label, to=to, cc=cc, extra=extra or [], raw=raw))


def build(m):
    slug = m["slug"]
    if m["raw"] is not None:
        return crlf(m["raw"]).encode("utf-8")
    body = m["body"]
    if isinstance(body, str):
        body = text_part(body, cte="8bit")
    msg = EmailMessage(policy=POL)
    dom = m["frm"].split("@")[-1].rstrip(">")
    hdrs = [("From", m["frm"]), ("To", m["to"])]
    if m["cc"]:
        hdrs.append(("Cc", m["cc"]))
    hdrs += [("Subject", m["subject"]), ("Date", m["date"]),
             ("Message-ID", "<%s.%s@%s>" % (h("p32" + slug, 20), h(slug + "m", 8), dom)),
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
            part.set_boundary("----=_Part_%s_%d" % (h("p32" + slug, 12), n[0]))
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
        if ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            out.append(strip_html(part.get_content()))
    return "\n".join(out)


WD = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6,
      "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
      "sen": 0, "sel": 1, "rab": 2, "kam": 3, "jum": 4, "sab": 5, "min": 6,
      "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
MO = {"jan": 1, "januari": 1, "january": 1, "okt": 10, "oct": 10, "oktober": 10, "october": 10,
      "nov": 11, "november": 11, "des": 12, "dec": 12, "desember": 12, "december": 12}
WDRE = re.compile(r"(?i)\b(%s),?\s+(\d{1,2})\s+(%s)\b\.?(?:\s+(\d{4}))?" % (
    "|".join(sorted(WD, key=len, reverse=True)), "|".join(sorted(MO, key=len, reverse=True))))
FIELDS = {"course_data": {"course_code", "course_name", "changes"},
          "announcement": {"course_code", "course_name", "title", "scope", "publish_at"},
          "elearning_support": {"course_code", "course_name"},
          "document_request": {"course_code", "course_name"},
          "other": {"course_code", "course_name"},
          "auto": set()}
CHANGES = {"fullname", "shortname", "lecturer", "class", "enrolment_key", "credits", "semester", "summary"}


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def check(data, m, parsed):
    errs = []
    if re.search(rb"(?<!\r)\n", data):
        errs.append("bare LF")
    for part in parsed.walk():
        if part.defects:
            errs.append("defects %r" % part.defects)
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append("header defects %s %r" % (k, v.defects))
    if str(parsed["Subject"]) != m["subject"]:
        errs.append("subject round-trip %r" % str(parsed["Subject"]))
    d = email.utils.parsedate_to_datetime(str(parsed["Date"]))
    if d != email.utils.parsedate_to_datetime(m["date"]):
        errs.append("date round-trip")
    if not (dt.date(2026, 11, 1) <= d.date() <= dt.date(2026, 11, 30)):
        errs.append("date out of November 2026")
    txt = texts(parsed)
    nt = norm(txt)
    lab = m["label"]
    f = lab.get("fields", {})
    if set(f) - FIELDS[lab["type"]]:
        errs.append("unexpected fields %r" % (set(f) - FIELDS[lab["type"]]))
    if lab["type"] == "course_data":
        if not {"course_code", "changes"} <= set(f) and not {"course_name", "changes"} <= set(f):
            errs.append("course_data without course or changes")
        if set(f.get("changes", {})) - CHANGES:
            errs.append("unknown change field")
    if lab["type"] == "announcement":
        if "title" not in f or f.get("scope") not in ("course", "site"):
            errs.append("announcement without title/scope")
        if f.get("scope") == "course" and not ("course_code" in f or "course_name" in f):
            errs.append("course scope without course")
        if "publish_at" in f and not re.fullmatch(r"2026-1[12]-\d\dT\d\d:\d\d:00\+07:00", f["publish_at"]):
            errs.append("publish_at format")
    vals = []
    for k, v in f.items():
        if k == "changes":
            vals += list(v.values())
        elif k not in ("scope", "publish_at"):
            vals.append(v)
    for v in vals:
        if norm(v) not in nt:
            errs.append("value not in text: %r" % v)
    for mt in WDRE.finditer(txt):
        wd, dd, mo, y = mt.group(1).lower(), int(mt.group(2)), MO[mt.group(3).lower()], int(mt.group(4) or 2026)
        if dt.date(y, mo, dd).weekday() != WD[wd]:
            errs.append("weekday mismatch %r" % mt.group(0))
    return errs


def main():
    items = sorted(MAILS, key=lambda m: (email.utils.parsedate_to_datetime(m["date"]), m["slug"]))
    labels = {}
    written = set()
    bad = False
    slugs = [m["slug"] for m in MAILS]
    if len(set(slugs)) != len(slugs):
        print("duplicate slug", file=sys.stderr)
        bad = True
    for i, m in enumerate(items, 1):
        name = "%03d-%s-%s.eml" % (i, m["quirk"], m["slug"])
        data = build(m)
        parsed = email.message_from_bytes(data, policy=policy.default)
        errs = check(data, m, parsed)
        if errs:
            bad = True
            print(name, errs)
        lab = {"type": m["label"]["type"], "lang": m["label"]["lang"], "fields": m["label"].get("fields", {})}
        if m["label"].get("note"):
            lab["note"] = m["label"]["note"]
        labels[name] = lab
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        written.add(name)
    for fn in os.listdir(HERE):
        if re.match(r"\d{3}-.*\.eml$", fn) and fn not in written:
            os.remove(os.path.join(HERE, fn))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    counts = {}
    langs = {}
    for v in labels.values():
        counts[v["type"]] = counts.get(v["type"], 0) + 1
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    print(len(labels), counts, langs)
    if counts != PLAN or langs != LANGS or bad:
        print("plan mismatch or check errors", file=sys.stderr)
        sys.exit(1)


# ---------------------------------------------------------------- helpers for bodies
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


def html_only(html, cte="quoted-printable"):
    return text_part(html, "html", cte=cte)


def b64(plain):
    return text_part(plain, cte="base64")


def qp(plain):
    return text_part(plain, cte="quoted-printable")


def flowed(plain, width=72):
    """Thunderbird format=flowed: long lines broken after a space, the space kept at the end (soft break)."""
    out = []
    for line in plain.split("\n"):
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return text_part("\n".join(out), cte="8bit", extra={"format": "flowed"})


def q(text):
    return "\n".join(("> " + x) if x else ">" for x in text.split("\n"))


YAHOO = "\n\nDikirim dari Yahoo Mail di Android"
OLA = "\n\nGet Outlook for Android"


def ack(t):
    return ("Permintaan Anda sudah masuk ke antrean Helpdesk P4M dengan nomor tiket %s.\n"
            "Petugas kami akan memprosesnya pada jam kerja. Balas email ini bila ada tambahan.\n\n"
            "Helpdesk P4M - Politeknik Negeri Batam" % t)


# ================================================================ course_data (22)

add("riau-tukar-dosen-gelar", "gmail", date(11, 2, 8, 14),
    "Zulkarnain Abdullah <zulkarnain.abdullah@polibatam.ac.id>", "Tukar dosen MK Mesin Konversi Energi",
    gm("Assalamualaikum, selamat pagi kawan-kawan P4M.\n\n"
       "Ni saya Zul dari Teknik Mesin. Macam ni, MK Mesin Konversi Energi (TM3105) kelas TM-3A tu dosennya dah "
       "bertukar semester ni, tapi kat e-learning masih nama saya. Tolong tukarkan jadi Dr. Ir. Tengku Said "
       "Mahmud, M.T. ye, sebab Pak Said yang masuk kelas tu mulai minggu ni. Saya pegang kelas lain pulak.\n\n"
       "Kalau dah siap, kabarkan saya sikit ye. Terima kasih banyak.\n\n"
       "Zulkarnain Abdullah, S.T., M.T.\nJurusan Teknik Mesin"),
    L("course_data", "id", {"course_code": "TM3105", "course_name": "Mesin Konversi Energi",
                            "changes": {"lecturer": "Dr. Ir. Tengku Said Mahmud, M.T."}}))

add("minang-namo-lengkap-dan", "thunderbird", date(11, 3, 10, 2),
    "Rahmi Yuliani <rahmi.yuliani@polibatam.ac.id>", "Ubah namo MK Sistem Informasi Akuntansi",
    flowed("Assalamualaikum tim P4M,\n\n"
           "Ambo Rahmi, dosen Prodi Akuntansi Manajerial. Baa kaba? Ambo nio minta tolong saketek. Namo lengkap "
           "MK Sistem Informasi Akuntansi (AK2204) di e-learning tolong diubah jadi Sistem Informasi dan "
           "Pengendalian Internal Akuntansi, sasuai jo kurikulum baru nan alah disahkan bulan lalu.\n\n"
           "Kode MK-nyo indak barubah, tetap AK2204.\n\n"
           "Tarimo kasih banyak yo.\n\nWassalam,\nRahmi Yuliani, S.E., M.Ak."),
    L("course_data", "id", {"course_code": "AK2204", "course_name": "Sistem Informasi Akuntansi",
                            "changes": {"fullname": "Sistem Informasi dan Pengendalian Internal Akuntansi"}}))

add("batak-tim-dua-marga", "gmail", date(11, 4, 7, 40),
    "Martua Simanjuntak <martua.simanjuntak@polibatam.ac.id>", "Dosen Sistem Kendali kelas EL-3B",
    gm("Horas tim P4M!\n\n"
       "Langsung saja ya. Untuk MK Sistem Kendali (EL3203) kelas EL-3B, dosennya di e-learning tolong diganti "
       "jadi tim berdua: Ir. Bonar Tua Hutagalung, M.T. dan Lamria Br. Sinaga, S.T., M.Eng. Mereka berdua yang "
       "mengajar semester ini, bah, bukan aku lagi. Dua-duanya harus bisa masuk kasih nilai, jangan cuma satu.\n\n"
       "Mauliate godang,\nMartua Simanjuntak\nKoordinator Prodi Teknik Elektro"),
    L("course_data", "id", {"course_code": "EL3203", "course_name": "Sistem Kendali",
                            "changes": {"lecturer": "Ir. Bonar Tua Hutagalung, M.T. dan Lamria Br. Sinaga, S.T., M.Eng."}},
      "Two-person team labelled as one lecturer value, as written (joined by 'dan')."))

add("bugis-kelas-malam", "yahoo", date(11, 5, 19, 33),
    "Andi Tenri Ajeng <anditenri.ajeng@yahoo.co.id>", "kelas MK Kepabeanan",
    b64("Tabe' tim P4M,\n\n"
        "Sy Andi Tenri, dosen LPI. Mau ka minta tolong ubahkan kelas MK Kepabeanan dan Cukai (LPI2106) di "
        "e-learning, yg sekarang masih LPI-2B, ganti mi jadi LPI-2B Malam, karena itu kelas karyawan ji semua "
        "mahasiswanya, kuliahnya malam.\n\n"
        "Kalau sudah, kabari ka di'. Terima kasih banyak nah.\n\n"
        "Andi Tenri Ajeng, S.E., M.M." + YAHOO),
    L("course_data", "id", {"course_code": "LPI2106", "course_name": "Kepabeanan dan Cukai",
                            "changes": {"class": "LPI-2B Malam"}}))

add("bali-kunci-kata-bunga", "gmail", date(11, 6, 9, 15),
    "I Gusti Ayu Laksmi <gusti.laksmi@polibatam.ac.id>", "Kunci pendaftaran Desain Antarmuka Pengguna",
    gm("Om Swastiastu,\n\n"
       "Rahajeng semeng tim P4M. Tiang Laksmi dari Prodi Animasi. Mohon bantuannya nggih, kunci pendaftaran "
       "(enrolment key) MK Desain Antarmuka Pengguna (MM2207) tolong diganti menjadi kenanga, semua huruf "
       "kecil. Kunci yang lama sudah tersebar ke angkatan lain.\n\n"
       "Suksma,\nOm Santih, Santih, Santih Om\n\nI Gusti Ayu Laksmi, S.Ds., M.Sn."),
    L("course_data", "id", {"course_code": "MM2207", "course_name": "Desain Antarmuka Pengguna",
                            "changes": {"enrolment_key": "kenanga"}},
      "The new key is an ordinary word (a flower name)."))

add("ngoko-nama-singkat", "gmail", date(11, 9, 21, 5),
    "Bayu Setiawan <bayu.setiawan@polibatam.ac.id>", "nama singkat PWL",
    gm("Mas/Mbak P4M,\n\n"
       "Aku Bayu, dosen TI. Tulung nama singkat MK Pemrograman Web Lanjut (IF2210) diganti dadi PWL-IF2B-26 "
       "yo. Saiki isih PWL-2025, mahasiswa pada bingung, dikira course taun wingi. Ora kesusu kok, sing penting "
       "minggu iki rampung.\n\nSuwun yo.\nBayu"),
    L("course_data", "id", {"course_code": "IF2210", "course_name": "Pemrograman Web Lanjut",
                            "changes": {"shortname": "PWL-IF2B-26"}}))

add("tionghoa-admin-sheet-rows", "outlook", date(11, 10, 10, 40),
    "Susanti Lim <susanti.lim@polibatam.ac.id>", "Perubahan data MK Perpajakan II - dari sheet prodi",
    qp("Selamat pagi Ko/Ci di P4M,\n\n"
       "Saya Susanti, admin Prodi Akuntansi. Ini saya copy langsung dari Google Sheet rekap prodi ya, yang "
       "warna kuning itu yang perlu diubah di e-learning:\n\n"
       "Kode MK\tNama MK\tKolom\tData sekarang\tData baru\n"
       "AK3108\tPerpajakan II\tSKS\t2\t3\n"
       "AK3108\tPerpajakan II\tKelas\tAK-3A\tAK-3A Karyawan\n"
       "AK3108\tPerpajakan II\tSemester\t5\t5\n\n"
       "Yang semester tidak berubah ya, cuma ikut ke-copy barisnya. Tolong dibantu, soalnya minggu depan "
       "dosennya sudah mau upload materi. Kamsia ya.\n\n"
       "Salam,\nSusanti Lim\nAdmin Prodi Akuntansi Manajerial\nPoliteknik Negeri Batam"),
    L("course_data", "id", {"course_code": "AK3108", "course_name": "Perpajakan II",
                            "changes": {"credits": "3", "class": "AK-3A Karyawan"}},
      "Tab-separated sheet rows with a header; the semester row has the same old and new value, so it is not a change."))

add("google-form-salinan-praktikum", "gmail", date(11, 11, 13, 22),
    "Ratih Kusumawardani <ratih.kusumawardani@polibatam.ac.id>",
    "Fwd: Formulir Perubahan Data Mata Kuliah E-Learning P4M",
    gm("Selamat siang,\n\n"
       "Kemarin saya sudah mengisi formulir di bawah, tapi teman bilang form itu sudah tidak dipakai lagi sejak "
       "ada helpdesk. Jadi ini salinan email tanda terimanya, mohon diproses dari sini saja.\n\nRatih\n\n"
       "---------- Forwarded message ---------\n"
       "Dari: Google Forms <forms-receipts-noreply@google.com>\n"
       "Date: Sel, 10 Nov 2026 pukul 20.41\n"
       "Subject: Formulir Perubahan Data Mata Kuliah E-Learning P4M\n"
       "To: <ratih.kusumawardani@polibatam.ac.id>\n\n"
       "Terima kasih telah mengisi Formulir Perubahan Data Mata Kuliah E-Learning P4M.\n"
       "Berikut salinan respons Anda.\n\n"
       "Pertanyaan: Nama dosen pengusul\nJawaban: Ratih Kusumawardani, S.T., M.T.\n\n"
       "Pertanyaan: Kode mata kuliah\nJawaban: EL1207\n\n"
       "Pertanyaan: Nama mata kuliah saat ini\nJawaban: Praktikum Elektronika Dasar\n\n"
       "Pertanyaan: Data yang ingin diubah\nJawaban: Nama lengkap mata kuliah\n\n"
       "Pertanyaan: Data baru\nJawaban: Praktikum Elektronika Analog & Digital\n\n"
       "Pertanyaan: Alasan perubahan\nJawaban: Penyesuaian kurikulum 2026, materi digital digabung ke praktikum ini.\n\n"
       "Buat Formulir Google Anda sendiri\nLaporkan Penyalahgunaan"),
    L("course_data", "id", {"course_code": "EL1207", "course_name": "Praktikum Elektronika Dasar",
                            "changes": {"fullname": "Praktikum Elektronika Analog & Digital"}},
      "A person forwards her Google Forms receipt; the request is in the question/answer pairs, so it is human mail."))

add("wa-chat-kelas-sore", "gmail", date(11, 12, 10, 48),
    "Taufik Hidayatullah <taufik.hidayatullah@polibatam.ac.id>", "Kelas Algoritma dan Pemrograman - sesuai chat WA",
    gm("Pagi P4M,\n\n"
       "Saya teruskan chat WA dengan Kaprodi kemarin, mohon diubah sesuai yang beliau putuskan di chat ya.\n\n"
       "[10.15, 11/11/2026] Taufik Hidayatullah: Assalamualaikum Bu, kelas Algoritma dan Pemrograman (IF1102) "
       "di e-learning masih IF-1C, padahal kelas C kan sudah dipindah ke sore\n"
       "[10.17, 11/11/2026] Bu Dian Kaprodi TI: Waalaikumsalam Pak. Iya betul\n"
       "[10.18, 11/11/2026] Taufik Hidayatullah: Jadi namanya IF-1C Sore atau IF-1 Sore Bu?\n"
       "[10.21, 11/11/2026] Bu Dian Kaprodi TI: Pakai IF-1C-Sore saja Pak, pakai strip semua biar sama dengan SIAKAD\n"
       "[10.21, 11/11/2026] Bu Dian Kaprodi TI: Minta tolong P4M ya Pak\n"
       "[10.22, 11/11/2026] Taufik Hidayatullah: Siap Bu \U0001F44D\n\n"
       "Terima kasih,\nTaufik Hidayatullah, M.Kom."),
    L("course_data", "id", {"course_code": "IF1102", "course_name": "Algoritma dan Pemrograman",
                            "changes": {"class": "IF-1C-Sore"}},
      "Request is in a forwarded WhatsApp chat; two spellings are discussed and the head of programme picks IF-1C-Sore."))

add("dikte-tanpa-tanda-baca-semester", "gmail", date(11, 13, 6, 52),
    "Suryadi <suryadi.elektro@gmail.com>", "semester mikroprosesor",
    gm("selamat pagi tim p4m ini saya suryadi dari teknik elektro mau minta tolong semester mata kuliah "
       "mikroprosesor dan antarmuka el3102 di elearning diubah jadi 5 karena sekarang masih tertulis semester 3 "
       "mahasiswa saya jadi tidak bisa lihat course nya terima kasih banyak\n\n"
       "dikirim dengan dikte suara mohon maaf kalau ada salah ketik"),
    L("course_data", "id", {"course_code": "el3102", "course_name": "mikroprosesor dan antarmuka",
                            "changes": {"semester": "5"}},
      "Dictated without punctuation; the course name runs from 'mata kuliah' to the lower-case code."))

add("huruf-kapital-semua-fullname", "plain", date(11, 16, 8, 5),
    "Syamsul Bahri <syamsul.bahri@polibatam.ac.id>", "MOHON PERUBAHAN NAMA MATA KULIAH",
    "KEPADA YTH. TIM P4M POLIBATAM\n\n"
    "DENGAN HORMAT, MOHON BANTUAN UNTUK MENGUBAH NAMA MATA KULIAH MANAJEMEN PEMASARAN (ABT2105) DI E-LEARNING "
    "MENJADI MANAJEMEN PEMASARAN DIGITAL: STRATEGI DAN PRAKTIK. NAMA INI SUDAH SESUAI DENGAN SK DIREKTUR "
    "TENTANG KURIKULUM 2026.\n\n"
    "ATAS BANTUANNYA SAYA UCAPKAN TERIMA KASIH.\n\n"
    "IR. SYAMSUL BAHRI, M.M.\nPRODI ADMINISTRASI BISNIS TERAPAN",
    L("course_data", "id", {"course_code": "ABT2105", "course_name": "MANAJEMEN PEMASARAN",
                            "changes": {"fullname": "MANAJEMEN PEMASARAN DIGITAL: STRATEGI DAN PRAKTIK"}},
      "ALL-CAPS mail; names labelled in capitals as written; the new name's final full stop ends the sentence."))

add("satu-kalimat-satu-baris-summary", "thunderbird", date(11, 17, 14, 30),
    "Wening Prihatini <wening.prihatini@polibatam.ac.id>", "Deskripsi MK Etika Bisnis",
    "Selamat siang.\n"
    "Saya Wening Prihatini, pengampu Etika Bisnis (ABT1203).\n"
    "Deskripsi mata kuliah di e-learning masih versi lama.\n"
    "Mohon diganti dengan deskripsi berikut.\n"
    "Mata kuliah ini membahas prinsip etika dalam pengambilan keputusan bisnis, tanggung jawab sosial "
    "perusahaan, dan tata kelola yang baik.\n"
    "Mahasiswa menganalisis studi kasus dari perusahaan di kawasan industri Batam.\n"
    "Sekian.\n"
    "Terima kasih.\n"
    "Wening Prihatini",
    L("course_data", "id", {"course_code": "ABT1203", "course_name": "Etika Bisnis",
                            "changes": {"summary": "Mata kuliah ini membahas prinsip etika dalam pengambilan "
                                                   "keputusan bisnis, tanggung jawab sosial perusahaan, dan tata "
                                                   "kelola yang baik. Mahasiswa menganalisis studi kasus dari "
                                                   "perusahaan di kawasan industri Batam."}},
      "Every sentence on its own line; the summary is the two lines after 'berikut', joined with a space; 'Sekian.' is not part of it."))

add("kajur-acc-fw-sks", "outlook", date(11, 18, 15, 12),
    "Bambang Hermanto <bambang.hermanto@polibatam.ac.id>", "FW: Permohonan perubahan SKS MK Metrologi Industri",
    qp("acc\n\nBH\n\n"
       "________________________________\n"
       "From: Yoga Pratama <yoga.pratama@polibatam.ac.id>\n"
       "Sent: Wednesday, November 18, 2026 9:47 AM\n"
       "To: Bambang Hermanto <bambang.hermanto@polibatam.ac.id>\n"
       "Subject: Permohonan perubahan SKS MK Metrologi Industri\n\n"
       "Yth. Pak Bambang,\n\n"
       "Mohon persetujuan Bapak untuk perubahan bobot MK Metrologi Industri (TM2208) di e-learning dari 2 SKS "
       "menjadi 3 SKS, sesuai struktur kurikulum yang baru. Jika Bapak setuju, mohon diteruskan ke P4M.\n\n"
       "Terima kasih,\nYoga Pratama, S.Tr.T., M.T."),
    L("course_data", "id", {"course_code": "TM2208", "course_name": "Metrologi Industri",
                            "changes": {"credits": "3"}},
      "Head of department's 'acc' forwards the lecturer's request; the forwarded request is the ask."),
    cc="Yoga Pratama <yoga.pratama@polibatam.ac.id>")

add("subjek-saja-enrolkey", "iphone", date(11, 19, 11, 11),
    "Nurul Fadhilah <nurul.fadhilah@polibatam.ac.id>",
    "Mohon ganti enrolment key Akuntansi Keuangan Menengah I (AK2101) jadi AKM1-Ganjil@26",
    text_part("terima kasih", cte="7bit"),
    L("course_data", "id", {"course_code": "AK2101", "course_name": "Akuntansi Keuangan Menengah I",
                            "changes": {"enrolment_key": "AKM1-Ganjil@26"}},
      "Request only in the subject line; the body is 'terima kasih'."),
    extra=[("X-Mailer", "iPhone Mail (22B91)")])

t_kim = "#HD-20261118-027"
kim_orig = ("Selamat sore P4M,\n\n"
            "Mohon nama lengkap MK Kimia Terapan (TK2103) di e-learning diganti menjadi\n"
            "Kimia Terapan untuk Industri Proses, sesuai usulan kelompok bidang keahlian.\n\n"
            "Terima kasih,\nGilang Ramadhan, S.Si., M.Si.")
kim_dewi = ("Pak Gilang, setahu saya nama di SIAKAD masih \"Kimia Terapan\". Kalau yang di\n"
            "e-learning diganti, nanti mahasiswa bingung mencocokkan. Mungkin cukup nama\n"
            "singkatnya saja yang dibedakan?\n\nDewi")
kim_sri = ("Saya sependapat dengan Bu Dewi. Silakan Pak Gilang putuskan, yang penting\n"
           "konsisten dengan SIAKAD.\n\nSri Mulyani\nKaprodi Teknologi Rekayasa Kimia")
add("replyall-utas-panjang-ganti-permintaan", "gmail", date(11, 20, 16, 25),
    "Gilang Ramadhan <gilang.ramadhan@polibatam.ac.id>", "Re: [P4M-HD %s] Ganti nama MK Kimia Terapan" % t_kim,
    gm("Hi all,\n\n"
       "Update setelah diskusi sama Bu Dewi tadi siang: fullname-nya jangan diubah dulu ya, biar tetap sama "
       "dengan SIAKAD. Yang perlu diganti cuma short name, jadi KIMTER-IND-26. Sorry for the back and forth "
       "\U0001F64F\n\nGilang\n\n"
       "Pada Jum, 20 Nov 2026 pukul 08.03 Sri Mulyani <sri.mulyani@polibatam.ac.id> menulis:\n"
       + q(kim_sri + "\n\nPada Kam, 19 Nov 2026 pukul 09.12 Dewi Anggraeni <dewi.anggraeni@polibatam.ac.id> menulis:\n"
           + q(kim_dewi + "\n\nPada Rab, 18 Nov 2026 pukul 15.40 Helpdesk P4M <%s> menulis:\n" % HD
               + q(ack(t_kim) + "\n\nPada Rab, 18 Nov 2026 pukul 15.31 Gilang Ramadhan "
                   "<gilang.ramadhan@polibatam.ac.id> menulis:\n" + q(kim_orig))))),
    L("course_data", "mixed", {"course_code": "TK2103", "course_name": "Kimia Terapan",
                               "changes": {"shortname": "KIMTER-IND-26"}},
      "Reply-all in a long thread: the latest message drops the quoted full-name change and asks only for the short name."),
    cc="Dewi Anggraeni <dewi.anggraeni@polibatam.ac.id>, Sri Mulyani <sri.mulyani@polibatam.ac.id>")

vn_orig = ("Dear P4M team,\n\n"
           "Our joint course Industrial IoT (TRE4105) has a new name from this semester according to the agreement "
           "between our two institutions. Please change the full name on the e-learning to \"IoT for Smart "
           "Manufacturing\".\n\nThank you very much.\nNguyen Thi Thu Ha")
add("vietnam-ralat-nilai-utas", "outlook", date(11, 23, 9, 30, tz=7),
    "Nguyen Thi Thu Ha <ha.nguyenthithu@sit-hcm.edu.vn>",
    "RE: Full name of the joint course Industrial IoT (TRE4105)",
    qp("Dear P4M team,\n\n"
       "Sorry, I need to correct my previous email. After talking with Mr. Arif Budiman (the Polibatam "
       "coordinator), the full name should be \"Industrial IoT for Smart Manufacturing\", with \"Industrial\" at "
       "the beginning, not the one I wrote on Friday. Please use this new one.\n\n"
       "Sorry for the trouble and thank you.\n\nBest regards,\nNguyen Thi Thu Ha (Ms.)\n"
       "Faculty of Electrical Engineering, Saigon Institute of Technology\n\n"
       "-----Original Message-----\n"
       "From: Nguyen Thi Thu Ha <ha.nguyenthithu@sit-hcm.edu.vn>\n"
       "Sent: Friday, November 20, 2026 2:05 PM\n"
       "To: %s\n"
       "Subject: Full name of the joint course Industrial IoT (TRE4105)\n\n" % HD + vn_orig),
    L("course_data", "en", {"course_code": "TRE4105", "course_name": "Industrial IoT",
                            "changes": {"fullname": "Industrial IoT for Smart Manufacturing"}},
      "Value given in the quoted first mail and replaced in the later reply of the same thread; the later value counts. Vietnam time equals WIB."))

add("korea-english-fullname-romawi", "gmail", date(11, 24, 17, 20, tz=9),
    "Park Ji-hoon <jihoon.park@hanbit-poly.ac.kr>", "Request: course name change for Business Korean I",
    gm("Dear P4M Helpdesk,\n\n"
       "This is Park Ji-hoon from the Korean Language Center of Hanbit Polytechnic, partner of Polibatam for "
       "the Korean track. I am the instructor of the online course Business Korean I (KOR1101) on your "
       "e-learning.\n\n"
       "Our two universities agreed to use a new name starting this semester. Please kindly change the full "
       "name to \"Business Korean Communication I\". The course code is same.\n\n"
       "Thank you for your help always. Have a nice day.\n\n"
       "Best regards,\nPark Ji-hoon\nInstructor, Korean Language Center\nHanbit Polytechnic (Korea)"),
    L("course_data", "en", {"course_code": "KOR1101", "course_name": "Business Korean I",
                            "changes": {"fullname": "Business Korean Communication I"}}))

add("filipino-shortname-summary", "gmail", date(11, 25, 8, 45, tz=8),
    "\"Ma. Cristina Dela Cruz\" <mcdelacruz@lagunatech.edu.ph>", "Technical English III - short name and description",
    gm("Good day po!\n\n"
       "I hope this email finds you well. I am Ma. Cristina Dela Cruz, the visiting lecturer handling Technical "
       "English III (ENG3101) for the second-year students this term.\n\n"
       "May I request two updates on the course page:\n"
       "1. Short name: TECHENG3-PH\n"
       "2. Course summary: This course develops students' ability to write technical reports, instructions and "
       "e-mails in English, with practice based on real documents from Batam's manufacturing companies.\n\n"
       "The current description is still the one from the previous instructor. Thank you so much po for your "
       "assistance!\n\n"
       "Warm regards,\nMa'am Tina\nMa. Cristina Dela Cruz, MAEd\nLaguna Institute of Technology, Philippines"),
    L("course_data", "en", {"course_code": "ENG3101", "course_name": "Technical English III",
                            "changes": {"shortname": "TECHENG3-PH",
                                        "summary": "This course develops students' ability to write technical "
                                                   "reports, instructions and e-mails in English, with practice "
                                                   "based on real documents from Batam's manufacturing companies."}}))

add("jerman-sks-semester", "plain", date(11, 26, 8, 10, tz=1),
    "Katrin Vogel <katrin.vogel@th-nordheide.de>", "Mechatronic Systems Design (MK4102): credits and semester",
    qp("Dear colleagues,\n\n"
       "for the double-degree course Mechatronic Systems Design (MK4102), two entries on the e-learning "
       "platform do not match the agreed study plan:\n\n"
       "- credits: currently 3, correct value 4\n"
       "- semester: currently 6, correct value 7\n\n"
       "Could you please correct both? The module handbook signed by both institutions is the reference here.\n\n"
       "Many thanks in advance and best regards from Lübeck,\nKatrin Vogel\n\n"
       "Prof. Dr.-Ing. Katrin Vogel\nFaculty of Engineering, Technische Hochschule Nordheide"),
    L("course_data", "en", {"course_code": "MK4102", "course_name": "Mechatronic Systems Design",
                            "changes": {"credits": "4", "semester": "7"}}))

add("huruf-kecil-apostrof-dosen", "gmail", date(11, 26, 20, 40),
    "rizka amelia <rizka.amelia@polibatam.ac.id>", "ganti lecturer bhs inggris teknik",
    gm("hi tim p4m!\n\n"
       "quick request ya: lecturer MK bahasa inggris teknik (ENG1102) kelas MT-1A please diganti jadi nur'aini "
       "harahap s.pd m.pd, soalnya aku cuti melahirkan mulai minggu depan dan beliau yg gantiin sampe akhir "
       "semester.\n\nthank u so much \U0001F64F\nrizka"),
    L("course_data", "mixed", {"course_code": "ENG1102", "course_name": "bahasa inggris teknik",
                               "changes": {"lecturer": "nur'aini harahap s.pd m.pd"}},
      "Lecturer in lower case with an apostrophe and a Batak clan name, degrees without dots."))

add("koordinator-plus-tim", "outlook-html", date(11, 27, 10, 5),
    "Fikri Maulana <fikri.maulana@polibatam.ac.id>", "Team teaching PLTS - update pengampu",
    html_only('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
              'content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;'
              'font-family:"Calibri",sans-serif}</style></head><body lang="EN-US"><div class="WordSection1">'
              '<p class="MsoNormal">Hi P4M team,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
              '<p class="MsoNormal">For semester ini MK Pembangkit Listrik Tenaga Surya (TRPE3104) diajar team '
              'teaching, jadi tolong pengampu di e-learning di-update jadi: Dr. Eng. Rudi Hartono, S.T., M.Sc. '
              '(koordinator), Wulan Oktaviani, S.T., M.T., dan Pandapotan Nainggolan, S.Tr.T.<o:p></o:p></p>'
              '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Pak Rudi as koordinator please '
              'dikasih role yang bisa edit course, yang lain cukup teacher biasa. Thanks in advance!<o:p></o:p>'
              '</p><p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Best,<o:p></o:p></p>'
              '<p class="MsoNormal">Fikri Maulana<o:p></o:p></p><p class="MsoNormal">Kaprodi Teknologi Rekayasa '
              'Pembangkit Energi<o:p></o:p></p></div></body></html>\n'),
    L("course_data", "mixed", {"course_code": "TRPE3104", "course_name": "Pembangkit Listrik Tenaga Surya",
                               "changes": {"lecturer": "Dr. Eng. Rudi Hartono, S.T., M.Sc. (koordinator), Wulan "
                                                       "Oktaviani, S.T., M.T., dan Pandapotan Nainggolan, S.Tr.T."}},
      "Coordinator plus team labelled as one lecturer value, as written from the first name to the last degree; Outlook HTML-only."))

add("lab-cnc-fullname-kelas-shift", "gmail", date(11, 27, 14, 50),
    "Agung Prasetyo <agung.prasetyo@polibatam.ac.id>", "Lab course: rename + kelas",
    gm("Halo P4M,\n\n"
       "Saya koordinator Lab CNC. Untuk course praktikum kami, Lab CNC Dasar (TM1210P), ada 2 hal:\n"
       "- fullname please diubah jadi Praktikum Pemesinan CNC 1\n"
       "- class-nya sekarang \"1\", ubah jadi 1-Shift 2 karena praktikumnya dibagi dua shift\n\n"
       "The rest biarin aja. Makasih!\n\n"
       "Agung Prasetyo, A.Md.T.\nLaboratorium Manufaktur"),
    L("course_data", "mixed", {"course_code": "TM1210P", "course_name": "Lab CNC Dasar",
                               "changes": {"fullname": "Praktikum Pemesinan CNC 1", "class": "1-Shift 2"}}))


# ================================================================ announcement (16)

add("riau-besok-pagi-judul-kutip", "gmail", date(11, 2, 15, 40),
    "Raja Nurhayati <raja.nurhayati@polibatam.ac.id>", "Tolong naikkan pengumuman kat course Bahasa Indonesia",
    gm("Petang kawan-kawan P4M,\n\n"
       "Nak minta tolong sikit. Tolong naikkan pengumuman kat course Bahasa Indonesia (MKU1104) kelas RKS-1A, "
       "besok pagi pukul 07.00 ye, sebelum budak-budak masuk kelas.\n\n"
       "Judulnye \"Tugas Makalah Dikumpul Minggu Depan\". Isinye: makalah kelompok dikumpul hari Selasa, "
       "10 November 2026, paling lambat pukul 23.59 lewat e-learning. Yang terlambat tak dinilai.\n\n"
       "Terima kasih banyak,\nRaja Nurhayati, S.Pd., M.Pd."),
    L("announcement", "id", {"course_code": "MKU1104", "course_name": "Bahasa Indonesia",
                             "title": "Tugas Makalah Dikumpul Minggu Depan", "scope": "course",
                             "publish_at": "2026-11-03T07:00:00+07:00"},
      "'besok pagi pukul 07.00' from Monday 2 November; 10 November 23.59 is a deadline."))

add("minang-tgl-perpustakaan", "plain", date(11, 4, 10, 30),
    "Yeni Marlina <yeni.marlina@polibatam.ac.id>", "Pengumuman jam layanan perpustakaan",
    "Assalamualaikum, sanak di P4M.\n\n"
    "Ambo dari Perpustakaan. Ambo minta tolong pengumuman di bawah ko ditayangkan di halaman muko e-learning "
    "untuak sadonyo mahasiswa jo dosen, tgl 9 pukul 08.00 pagi.\n\n"
    "Judul: Perubahan Jam Layanan Perpustakaan Selama Stock Opname\n"
    "Isi: Selama stock opname tanggal 16-20 November 2026, perpustakaan hanya buka pukul 08.00-12.00 WIB. "
    "Peminjaman buku ditutup, pengembalian tetap bisa melalui kotak di depan pintu.\n\n"
    "Tarimo kasih banyak.\nYeni Marlina, S.IP.\nPerpustakaan Politeknik Negeri Batam",
    L("announcement", "id", {"title": "Perubahan Jam Layanan Perpustakaan Selama Stock Opname", "scope": "site",
                             "publish_at": "2026-11-09T08:00:00+07:00"},
      "'tgl 9' read as 9 November from the Date header; 16-20 November and 08.00-12.00 are the event."))

add("batak-senin-depan-judul-subjek", "gmail", date(11, 11, 16, 20),
    "Rotua Sitorus <rotua.sitorus@polibatam.ac.id>", "Praktikum Fisika Terapan Minggu Ke-12 Ditiadakan",
    gm("Horas P4M,\n\n"
       "Tolong kalian tayangkan pengumuman dengan judul persis seperti subjek email ini di course Fisika "
       "Terapan (TM1107), Senin depan jam 8 pagi. Isinya begini saja: praktikum minggu ke-12 ditiadakan karena "
       "lab dipakai uji kompetensi, laporan praktikum minggu ke-11 tetap dikumpul hari Kamis.\n\n"
       "Jangan sampai terlambat tayang ya, nanti anak-anak itu datang ke lab pula.\n\n"
       "Rotua Sitorus, S.Si., M.Si."),
    L("announcement", "id", {"course_code": "TM1107", "course_name": "Fisika Terapan",
                             "title": "Praktikum Fisika Terapan Minggu Ke-12 Ditiadakan", "scope": "course",
                             "publish_at": "2026-11-16T08:00:00+07:00"},
      "Title only in the subject; 'Senin depan' from Wednesday 11 November read as Monday 16 November."))

add("bugis-dmy-wita-prodi", "gmail", date(11, 12, 9, 5, tz=8),
    "\"Muh. Arfah Daeng Nai\" <arfah.daengnai@polibatam.ac.id>", "Tolong tayangkan pengumuman magang",
    gm("Tabe' Tim P4M,\n\n"
       "Saya lagi di Makassar ini, pulang kampung sebentar. Minta tolong ki tayangkan pengumuman di bawah untuk "
       "semua mahasiswa Prodi LPI, tanggal 13/11/2026 jam 9 pagi WITA di', jam Makassar.\n\n"
       "Judul: Sosialisasi Program Magang Industri Semester Genap\n"
       "Isi: Sosialisasi dilaksanakan Rabu, 18 November 2026 pukul 13.00 WIB di Auditorium. Wajib untuk "
       "mahasiswa semester 5.\n\n"
       "Terima kasih banyak mi,\nMuh. Arfah Daeng Nai, S.E., M.Si.\nProdi Logistik Perdagangan Internasional"),
    L("announcement", "id", {"title": "Sosialisasi Program Magang Industri Semester Genap", "scope": "site",
                             "publish_at": "2026-11-13T08:00:00+07:00"},
      "d/m/yyyy publish time in WITA (09.00 WITA = 08.00 WIB), sender at +0800; programme-wide audience labelled site."))

add("bali-tanggal-saja", "gmail", date(11, 16, 10, 10),
    "Ni Made Ayu Sukmawati <made.sukmawati@polibatam.ac.id>", "Mohon tayang pengumuman di MK Animasi 3D",
    gm("Om Swastiastu,\n\n"
       "Tiang Made Sukma dari Prodi Animasi. Mohon bantuan nggih, pengumuman di bawah ditayangkan di course "
       "Animasi 3D (MM3102) pada Kamis, 19 November 2026.\n\n"
       "Judul: Review Progres Proyek Animasi Pendek\n"
       "Isi: Review progres dilaksanakan pada pertemuan Jumat, 27 November 2026 pukul 13.30 di Studio Animasi. "
       "Setiap kelompok membawa storyboard final dan minimal 20 detik animasi.\n\n"
       "Suksma pisan,\nNi Made Ayu Sukmawati, S.Sn., M.Ds."),
    L("announcement", "id", {"course_code": "MM3102", "course_name": "Animasi 3D",
                             "title": "Review Progres Proyek Animasi Pendek", "scope": "course"},
      "Publish date without a clock time (publish_at omitted); 27 November 13.30 is the event."))

add("ngoko-hima-sesuk-awan", "gmail", date(11, 17, 20, 15),
    "Dimas Aryo <dimas.aryo@students.polibatam.ac.id>", "njaluk tulung pengumuman lomba",
    gm("Malem mas mbak P4M,\n\n"
       "Aku Dimas, sekretaris HIMA Mekatronika. Njaluk tulung pasangke pengumuman nang beranda e-learning "
       "kanggo kabeh mahasiswa yo, sesuk awan jam 1. Judule \"Pendaftaran Lomba Robot Line Follower Antar "
       "Prodi\".\n\n"
       "Isine: pendaftaran dibuka nganti 30 November 2026, lombane dianake tanggal 5 Desember 2026 nang Gedung "
       "Tower A. Formulir ana nang link ngisor iki.\n\nhttps://forms.gle/hImaMKTlfr2026\n\n"
       "Suwun akeh,\nDimas"),
    L("announcement", "id", {"title": "Pendaftaran Lomba Robot Line Follower Antar Prodi", "scope": "site",
                             "publish_at": "2026-11-18T13:00:00+07:00"},
      "'sesuk awan jam 1' (tomorrow, 1 p.m.) from Tuesday 17 November; 30 November is a deadline, 5 December the event."))

add("tionghoa-admin-hari-ini-jam3", "outlook", date(11, 18, 11, 25),
    "Susanti Lim <susanti.lim@polibatam.ac.id>", "Tolong tayangkan pengumuman kartu UAS",
    qp("Siang Ko/Ci P4M,\n\n"
       "Maaf merepotkan lagi ya. Ini ada pengumuman dari prodi, tolong ditayangkan di e-learning untuk semua "
       "mahasiswa Prodi Akuntansi Manajerial, hari ini jam 3 sore. Soalnya banyak mahasiswa yang WA saya terus, "
       "saya sampai pusing hehe.\n\n"
       "Judul: Pengambilan Kartu UAS Prodi Akuntansi Manajerial\n"
       "Isi: Kartu UAS dapat diambil di ruang admin prodi (Gedung Utama lt. 4) mulai Senin, 23 November 2026, "
       "pukul 09.00-15.00. Syarat: sudah lunas UKT dan sudah mengisi EDOM.\n\n"
       "Kamsia ya.\nSusanti Lim\nAdmin Prodi Akuntansi Manajerial"),
    L("announcement", "id", {"title": "Pengambilan Kartu UAS Prodi Akuntansi Manajerial", "scope": "site",
                             "publish_at": "2026-11-18T15:00:00+07:00"},
      "'hari ini jam 3 sore' from the Date header; programme-wide audience labelled site; 23 November is the event."))

add("malam-ini-kuis-susulan", "gmail", date(11, 19, 13, 40),
    "Ikhsan Maulana <ikhsan.maulana@polibatam.ac.id>", "pengumuman kuis susulan",
    gm("Siang P4M,\n\n"
       "Minta tolong pasang pengumuman di course Keamanan Jaringan (RKS3102) malam ini pukul 19.00, dengan judul "
       "Kuis Susulan Keamanan Jaringan. Isinya: kuis susulan untuk mahasiswa yang sakit dilaksanakan Senin, "
       "23 November 2026 pukul 10.00 di Lab Siber 2. Surat keterangan sakit diserahkan paling lambat Jumat, "
       "20 November 2026.\n\nMakasih,\nIkhsan"),
    L("announcement", "id", {"course_code": "RKS3102", "course_name": "Keamanan Jaringan",
                             "title": "Kuis Susulan Keamanan Jaringan", "scope": "course",
                             "publish_at": "2026-11-19T19:00:00+07:00"},
      "Title after 'dengan judul' without quotes, ending at the full stop; 'malam ini pukul 19.00' from the Date header."))

add("korea-kst-beasiswa", "gmail", date(11, 6, 16, 5, tz=9),
    "Park Ji-hoon <jihoon.park@hanbit-poly.ac.kr>", "Announcement request - scholarship info session",
    gm("Dear P4M Helpdesk,\n\n"
       "Hello, this is Park Ji-hoon again from Hanbit Polytechnic.\n\n"
       "Could you please publish an announcement on the e-learning front page for all students? We would like it "
       "to appear on 10 November at 10:00 Korea time (KST).\n\n"
       "Title: \"Hanbit Polytechnic Summer Scholarship 2027 - Online Info Session\"\n\n"
       "The info session is on Zoom, Thursday 19 November 2026, 14:00-15:00 WIB. Students in 3rd and 5th "
       "semester can apply. Zoom link will be shared in the course Business Korean I.\n\n"
       "Thank you very much and have a good weekend.\n\nBest regards,\nPark Ji-hoon"),
    L("announcement", "en", {"title": "Hanbit Polytechnic Summer Scholarship 2027 - Online Info Session",
                             "scope": "site", "publish_at": "2026-11-10T08:00:00+07:00"},
      "10:00 KST converted to 08:00 WIB; sender at +0900; a course is mentioned only as where the link goes, the audience is all students."))

add("filipino-after-lunch", "gmail", date(11, 10, 9, 20, tz=8),
    "\"Ma. Cristina Dela Cruz\" <mcdelacruz@lagunatech.edu.ph>", "Announcement for my ENG3101 class",
    gm("Hi po, good morning!\n\n"
       "Can I ask for an announcement in my course Technical English III (ENG3101), to be posted tomorrow after "
       "lunch? The title is \"Oral Presentation Groupings and Schedule\".\n\n"
       "Text: Groupings for the oral presentation are now final. Each group will present on the 25th or 26th of "
       "November during our regular class hours. Please check the list in the course page and prepare your "
       "slides ahead of time.\n\nSalamat po and God bless!\nMa'am Tina"),
    L("announcement", "en", {"course_code": "ENG3101", "course_name": "Technical English III",
                             "title": "Oral Presentation Groupings and Schedule", "scope": "course"},
      "Decision: 'tomorrow after lunch' gives a day but no clock time, so it is treated like a date-only request and publish_at is omitted."))

add("jerman-cet-dmy", "plain", date(11, 16, 7, 45, tz=1),
    "Katrin Vogel <katrin.vogel@th-nordheide.de>", "Announcement: Double Degree Information Day",
    qp("Dear colleagues,\n\n"
       "we would like to inform all Polibatam students about our double-degree programme. Could you please put "
       "the following announcement on the start page of the e-learning platform on 24/11/2026 at 09:00 CET?\n\n"
       "Title: Double Degree Mechatronics - Information Day 2027\n\n"
       "Text: Technische Hochschule Nordheide presents the double-degree track in Mechatronics on Thursday, "
       "3 December 2026, at 15:00 WIB in the Polibatam main auditorium and online. Applications for the intake "
       "2027 are open until 31 January 2027.\n\n"
       "Thank you very much for your support.\n\nBest regards,\nKatrin Vogel"),
    L("announcement", "en", {"title": "Double Degree Mechatronics - Information Day 2027", "scope": "site",
                             "publish_at": "2026-11-24T15:00:00+07:00"},
      "d/m/yyyy in CET (09:00 CET = 15:00 WIB), sender at +0100; 3 December 15:00 WIB is the event."))

add("vietnam-next-monday", "outlook", date(11, 19, 15, 10, tz=7),
    "Nguyen Thi Thu Ha <ha.nguyenthithu@sit-hcm.edu.vn>", "Please post announcement in Industrial IoT course",
    qp("Dear Sir/Madam,\n\n"
       "I am Nguyen Thi Thu Ha, co-teaching the course Industrial IoT (TRE4105) with Mr. Arif from Saigon "
       "Institute of Technology.\n\n"
       "Please help me to post the announcement below in the course, next Monday at 8:00 am. Our time in "
       "Vietnam is the same as Batam, so no need to convert.\n\n"
       "Title: Remote Lab Session with Saigon Institute of Technology\n"
       "Content: On Wednesday 25 November 2026, 09:00-11:00, students will connect to the PLC remote lab in "
       "our campus. Please install the VPN client before the session. The guide is in week 12.\n\n"
       "Thank you very much.\nBest regards,\nNguyen Thi Thu Ha (Ms.)\nLecturer, Faculty of Electrical Engineering"),
    L("announcement", "en", {"course_code": "TRE4105", "course_name": "Industrial IoT",
                             "title": "Remote Lab Session with Saigon Institute of Technology", "scope": "course",
                             "publish_at": "2026-11-23T08:00:00+07:00"},
      "'next Monday' from Thursday 19 November read as 23 November; +0700 sender; 25 November is the event."))

add("intl-office-desember-dmy", "gmail", date(11, 25, 10, 0),
    "Melisa Hartanto <melisa.hartanto@polibatam.ac.id>", "Kindly publish: IISMA 2027 call",
    gm("Dear P4M Team,\n\n"
       "Warm greetings from the International Office.\n\n"
       "We would be grateful if you could publish the announcement below for all students on 2/12/2026 at 1 pm, "
       "right after the university-level socialisation.\n\n"
       "Title: \"Call for Applications: IISMA 2027 Outbound Mobility\"\n\n"
       "Students who wish to apply must submit their documents to the International Office no later than "
       "15 January 2027. An English proficiency certificate (IELTS 6.0 or equivalent) is required.\n\n"
       "Thank you for your kind assistance.\n\nKind regards,\nMelisa Hartanto\n"
       "International Office, Politeknik Negeri Batam"),
    L("announcement", "en", {"title": "Call for Applications: IISMA 2027 Outbound Mobility", "scope": "site",
                             "publish_at": "2026-12-02T13:00:00+07:00"},
      "December publish date in d/m/yyyy from a November mail; 15 January is a deadline."))

add("campur-besok-jam9-data-mining", "gmail", date(11, 3, 22, 10),
    "Kezia Natalia <kezia.natalia@polibatam.ac.id>", "ann for Data Mining class",
    gm("Hi P4M,\n\n"
       "Sorry malem-malem. Could you post an announcement di course Data Mining (IF3205) besok jam 9 pagi? "
       "Title: Project Proposal Deadline Extended\n\n"
       "Isinya: the deadline for the project proposal is extended to Sunday, 8 November 2026, 23.59 WIB. "
       "Format tetap PDF, upload di assignment yang sama ya.\n\nThanks a lot!\nKezia"),
    L("announcement", "mixed", {"course_code": "IF3205", "course_name": "Data Mining",
                                "title": "Project Proposal Deadline Extended", "scope": "course",
                                "publish_at": "2026-11-04T09:00:00+07:00"},
      "'besok jam 9 pagi' from Tuesday 3 November 22.10; 8 November is the new deadline."))

add("campur-asap-sso", "gmail", date(11, 9, 11, 50),
    "Reza Fahlevi <reza.fahlevi@polibatam.ac.id>", "Urgent: pengumuman SSO down",
    gm("P4M team,\n\n"
       "Please pasang pengumuman di front page e-learning ASAP, for all users:\n\n"
       "Judul: Gangguan Login SSO Hari Ini\n\n"
       "SSO kampus lagi down sejak jam 11 karena masalah di server autentikasi. Sementara login e-learning pakai "
       "akun manual (username = NIP/NIM) dulu ya. We'll update again once it's back normal, estimasi sebelum "
       "jam 3 sore.\n\nThx,\nReza - UPT TIK"),
    L("announcement", "mixed", {"title": "Gangguan Login SSO Hari Ini", "scope": "site"},
      "ASAP: no publish moment, publish_at omitted; 'jam 11' and 'jam 3 sore' are event times."))

t_stat = "#HD-20261119-033"
stat_orig = ("Halo P4M, tolong tayangkan pengumuman di course Statistika Industri (MT2104)\n"
             "hari Rabu, 25/11/2026 jam 10.00 ya.\n\n"
             "Judul: \"Kuis 3 Statistika: Uji Hipotesis\"\n"
             "Isi: Kuis 3 dilaksanakan online pada Jumat, 27 November 2026, 08.00-09.00.\n"
             "Materi: uji hipotesis satu dan dua sampel.\n\nClarissa")
add("campur-ralat-jam-utas", "gmail", date(11, 20, 8, 35),
    "Clarissa Wibowo <clarissa.wibowo@polibatam.ac.id>",
    "Re: [P4M-HD %s] Pengumuman kuis Statistika Industri" % t_stat,
    gm("Hi P4M, small correction ya: publish-nya jam 13.00, not 10.00, karena kelasnya baru selesai jam 12. "
       "Tanggal, judul and isi tetap sama.\n\nThanks!\nClarissa\n\n"
       "Pada Kam, 19 Nov 2026 pukul 14.02 Helpdesk P4M <%s> menulis:\n" % HD
       + q(ack(t_stat) + "\n\nPada Kam, 19 Nov 2026 pukul 13.40 Clarissa Wibowo "
           "<clarissa.wibowo@polibatam.ac.id> menulis:\n" + q(stat_orig))),
    L("announcement", "mixed", {"course_code": "MT2104", "course_name": "Statistika Industri",
                                "title": "Kuis 3 Statistika: Uji Hipotesis", "scope": "course",
                                "publish_at": "2026-11-25T13:00:00+07:00"},
      "Reply in a ticket thread moves the quoted publish hour from 10.00 to 13.00 on the same date."))


# ================================================================ elearning_support (12)

add("riau-tak-boleh-upload", "yahoo", date(11, 2, 21, 30),
    "Muhammad Iqbal <iqbal.batam03@yahoo.com>", "tak boleh upload tugas",
    b64("Assalamualaikum bang/kak admin,\n\n"
        "Saye Iqbal, mahasiswa TRPL kelas 1B. Dari petang tadi saye nak upload tugas Basis Data kat e-learning, "
        "tapi asyik keluar tulisan \"Upload failed\" je. File saye PDF, 3 MB aje. Dah cube pakai laptop kawan pun "
        "same. Tugas ni kene kumpul malam ni pukul 23.59, macam mane ni bang?\n\n"
        "Terime kasih,\nIqbal\nNIM 4312511020" + YAHOO),
    L("elearning_support", "id", {"course_name": "Basis Data"}))

add("minang-hasil-kuis", "gmail", date(11, 5, 14, 15),
    "Fadhli Rahman <fadhli.rahman@polibatam.ac.id>", "Mahasiswa indak bisa caliak hasil kuis",
    gm("Assalamualaikum P4M,\n\n"
       "Ambo Fadhli, dosen Teknik Elektro. Kuis 2 di course Rangkaian Listrik (EL1103) alah ditutuik kapatang, "
       "tapi mahasiswa indak bisa mancaliak nilai jo pambahasan. Padahal di pengaturan review alah ambo centang "
       "\"After the quiz is closed\". Baa caronyo supayo bisa nampak? Atau ado nan salah di setting ambo?\n\n"
       "Tarimo kasih,\nFadhli Rahman, M.T."),
    L("elearning_support", "id", {"course_code": "EL1103", "course_name": "Rangkaian Listrik"}))

add("batak-cara-ganti-nama-sendiri", "gmail", date(11, 10, 8, 55),
    "Parlindungan Siregar <parlindungan.siregar@polibatam.ac.id>", "Cara ganti nama course sendiri",
    gm("Horas,\n\n"
       "Aku mau tanya saja, bukan minta diubahkan. Kalau aku mau ganti sendiri nama course Termodinamika Teknik "
       "(TM2201) di e-learning, bisanya itu dari akun dosen? Menunya di mana? Sudah kucari-cari di Settings tapi "
       "kolom nama lengkapnya abu-abu, tak bisa diketik.\n\n"
       "Kalau memang tak bisa dari dosen, bilang saja, nanti kukirim permintaan resmi.\n\n"
       "Mauliate,\nParlindungan Siregar, S.T., M.T."),
    L("elearning_support", "id", {"course_code": "TM2201", "course_name": "Termodinamika Teknik"},
      "How-to question about renaming the course oneself; no change asked and no new name."))

add("bugis-presensi-qr", "gmail", date(11, 6, 10, 35),
    "Nurhidayah Syamsuddin <nurhidayah.syam@polibatam.ac.id>", "presensi QR tidak bisa discan",
    gm("Tabe', selamat pagi.\n\n"
       "Mau ka tanya, presensi di course Pengantar Ekonomi (ABT1101) pakai QR code, tapi dari tadi pagi mahasiswa "
       "scan ji tapi selalu muncul \"session not found\". Minggu lalu baik-baik ji. Sudah mi saya buat ulang "
       "sesinya, tetap sama. Tolong dicek ki nah, karena ini mata kuliah pagi, mahasiswa sudah mengeluh semua.\n\n"
       "Terima kasih,\nNurhidayah Syamsuddin, S.E., M.E."),
    L("elearning_support", "id", {"course_code": "ABT1101", "course_name": "Pengantar Ekonomi"}))

add("bali-course-tersembunyi", "outlook", date(11, 12, 8, 20),
    "I Made Dwi Putra <made.dwiputra@polibatam.ac.id>", "Course tidak muncul di mahasiswa",
    qp("Om Swastiastu,\n\n"
       "Tiang Dwi Putra, dosen Prodi Teknik Perawatan Pesawat Udara. Course Aircraft Structure (TPU2103) sudah "
       "tiang isi materi sampai minggu ke-10, tapi mahasiswa bilang course-nya tidak ada di dashboard mereka. Di "
       "tiang muncul tulisan \"Hidden from students\" di bawah nama course. Tiang tidak pernah menyembunyikan "
       "course ini. Mohon bantuannya nggih.\n\n"
       "Suksma,\nI Made Dwi Putra, S.T., M.T."),
    L("elearning_support", "id", {"course_code": "TPU2103", "course_name": "Aircraft Structure"}))

add("ngoko-aplikasi-moodle", "gmail", date(11, 14, 23, 10),
    "Galih Pamungkas <galih.pamungkas@students.polibatam.ac.id>", "moodle app ra iso login",
    gm("Mas mbak admin,\n\n"
       "Aku ra iso login nang aplikasi Moodle nang HP, metu \"This site is not supported\" terus. Nek lewat "
       "browser iso kok. Wis tak hapus terus tak install maneh, podo wae. Piye carane yo? Soale aku kerep kuliah "
       "karo kerja, luwih gampang nek nganggo aplikasi.\n\n"
       "Suwun,\nGalih, TRM 3 malam"),
    L("elearning_support", "id"))

add("korea-exchange-enrol", "gmail", date(11, 23, 11, 30, tz=9),
    "Lee Soo-jin <soojin.lee@hanbit-poly.ac.kr>", "Our exchange students cannot enter the course",
    gm("Dear P4M Helpdesk,\n\n"
       "Good afternoon. I am Lee Soo-jin, coordinator of the international exchange team at Hanbit "
       "Polytechnic.\n\n"
       "Four of our exchange students at Polibatam got their e-learning accounts this semester, but when they "
       "click the course Smart Factory Introduction (MK2109) the page says \"You cannot enrol yourself in this "
       "course\". The lecturer told them the enrolment key, but there is no place to type it.\n\n"
       "Could you check what is the problem? The students are in Batam and I am in Daegu, so please reply to "
       "me and I will tell them.\n\n"
       "Thank you in advance.\n\nSincerely,\nLee Soo-jin\nInternational Exchange Team, Hanbit Polytechnic"),
    L("elearning_support", "en", {"course_code": "MK2109", "course_name": "Smart Factory Introduction"}))

add("filipino-turnitin-pending", "gmail", date(11, 19, 10, 5, tz=8),
    "Jomar Villanueva <jvillanueva@lagunatech.edu.ph>", "Turnitin similarity not showing",
    gm("Hi po!\n\n"
       "Good morning. I am co-handling Technical Writing (ENG2203) with Ma'am Tina this term. The Turnitin "
       "assignment for the essay is already closed, but the similarity report column shows only \"Pending\" for "
       "all 34 submissions since Monday. Usually it takes only some minutes, right? Is there something I need to "
       "do on my side or is it on the server?\n\n"
       "Thank you and more power to your team!\n"
       "Jomar Villanueva\nVisiting Instructor, English Department, Laguna Institute of Technology (PH)"),
    L("elearning_support", "en", {"course_code": "ENG2203", "course_name": "Technical Writing"}))

add("jerman-mungkinkah-ganti-nama", "plain", date(11, 20, 9, 30, tz=1),
    "Jonas Becker <jonas.becker@th-nordheide.de>", "Renaming a course after the semester started - possible at all?",
    qp("Dear P4M team,\n\n"
       "a general question before I make any formal request: is it technically possible at all to change the "
       "name of a course on your platform once the semester has started and students are enrolled? In our "
       "Moodle in Germany the course names are fed from the campus management system and cannot be edited by "
       "hand, so I am not sure how it works at Polibatam.\n\n"
       "It concerns Control Engineering Lab (MK3207), but I have not decided anything yet.\n\n"
       "Kind regards,\nJonas Becker\nLaboratory Engineer, Technische Hochschule Nordheide"),
    L("elearning_support", "en", {"course_code": "MK3207", "course_name": "Control Engineering Lab"},
      "Asks whether a rename is possible at all; no change asked and no new name."))

add("vietnam-h5p-video", "outlook", date(11, 4, 14, 25, tz=7),
    "Tran Minh Quang <quang.tranminh@sit-hcm.edu.vn>", "Videos in H5P not play for students",
    qp("Dear P4M Helpdesk,\n\n"
       "I am Tran Minh Quang, guest lecturer from Saigon Institute of Technology for the course Embedded Systems "
       "(TRE3106). I created 3 interactive videos with H5P for week 9. For me (teacher account) they play "
       "normally, but the students see only a black box with the message \"Video is not available\". The videos "
       "are uploaded mp4 files, around 80 MB each.\n\n"
       "Please help to check. Many thanks.\n\nBest regards,\nTran Minh Quang"),
    L("elearning_support", "en", {"course_code": "TRE3106", "course_name": "Embedded Systems"}))

add("campur-notif-forum-dobel", "gmail", date(11, 17, 9, 5),
    "Kezia Natalia <kezia.natalia@polibatam.ac.id>", "notif forum dobel2",
    gm("Hi P4M,\n\n"
       "Mau report issue: setiap ada post baru di forum course Data Mining, mahasiswa dapat email notification "
       "3x, same content. Some of them already complain karena inbox-nya penuh. Aku nggak ubah setting apa-apa "
       "sejak minggu lalu. Could you check on the server side?\n\nThanks ya,\nKezia"),
    L("elearning_support", "mixed", {"course_name": "Data Mining"}))

add("campur-restore-macet", "outlook-android", date(11, 23, 7, 30),
    "Hendra Kurniawan <hendra.kurniawan@polibatam.ac.id>", "import course lama",
    gm("Pagi min, mau tanya: aku punya backup .mbz dari course Fisika Dasar semester lalu, tapi pas restore ke "
       "course tahun ini prosesnya stuck di 'Restore: Settings' terus balik ke awal. Is there any size limit? "
       "File-nya 450 MB. Need it before next week's class. Thanks!" + OLA),
    L("elearning_support", "mixed", {"course_name": "Fisika Dasar"}))


# ================================================================ document_request (7)

add("tionghoa-admin-sop-uas", "outlook", date(11, 2, 10, 5),
    "Susanti Lim <susanti.lim@polibatam.ac.id>", "Minta SOP UAS terbaru",
    qp("Pagi Ko/Ci,\n\n"
       "Saya Susanti dari admin Prodi Akuntansi Manajerial. Boleh minta file SOP Pelaksanaan Ujian Akhir "
       "Semester yang versi terbaru ya? Yang di folder bersama prodi masih versi 2023, takutnya sudah ada revisi. "
       "Kalau bisa yang Word, biar gampang saya cetak dan tempel di ruang ujian.\n\n"
       "Makasih banyak ya.\nSusanti Lim\nAdmin Prodi Akuntansi Manajerial"),
    L("document_request", "id"))

add("minang-templat-rps", "thunderbird", date(11, 13, 15, 30),
    "Rahmi Yuliani <rahmi.yuliani@polibatam.ac.id>", "Minta templat RPS kurikulum 2026",
    flowed("Assalamualaikum,\n\n"
           "Ambo Rahmi baliak. Ambo paralu templat RPS nan baru untuak kurikulum 2026, nan alah pakai format OBE "
           "jo CPMK dan sub-CPMK. Templat nan ado di ambo masih versi lamo. Tolong kirimkan format Word-nyo yo, "
           "kalau ado contoh RPS nan alah diisi labiah elok lai.\n\n"
           "Tarimo kasih,\nRahmi"),
    L("document_request", "id"))

add("batak-formulir-ami", "outlook", date(11, 17, 10, 40),
    "Hotman Panjaitan <hotman.panjaitan@polibatam.ac.id>", "Permintaan formulir AMI 2026",
    qp("Horas, selamat pagi Tim P4M,\n\n"
       "Jurusan kami akan diaudit dalam AMI tahun 2026 akhir bulan ini. Mohon dikirimkan formulir-formulir yang "
       "harus kami siapkan sebagai auditi: daftar tilik (checklist) audit, formulir temuan/PTK, dan formulir "
       "rencana tindak lanjut. Kami mau menyiapkannya dari sekarang, jangan sampai terburu-buru nanti.\n\n"
       "Terima kasih atas bantuannya.\n\n"
       "Dr. Hotman Panjaitan, S.T., M.T.\nKetua Jurusan Teknik Elektro"),
    L("document_request", "id"))

add("bugis-template-modul", "yahoo", date(11, 25, 9, 50),
    "Andi Tenri Ajeng <anditenri.ajeng@yahoo.co.id>", "template modul praktikum",
    b64("Tabe' P4M,\n\n"
        "Ada ji template modul praktikum yang standar dari P4M? Saya mau susun modul untuk praktikum prodi "
        "semester depan, tapi bingung formatnya, apakah ada sampul, lembar pengesahan, dan lain-lain. Kalau ada, "
        "kirimkan mi ke email ini di'.\n\n"
        "Terima kasih banyak,\nAndi Tenri" + YAHOO),
    L("document_request", "id"))

add("jerman-manual-mutu-english", "plain", date(11, 3, 8, 20, tz=1),
    "Katrin Vogel <katrin.vogel@th-nordheide.de>", "Quality manual in English?",
    qp("Dear colleagues,\n\n"
       "for the re-accreditation of our double-degree agreement, our quality office asks for Polibatam's "
       "quality manual and the procedure for course evaluation, ideally in English. Would P4M be able to send "
       "us these documents? A German agency will read them, so an Indonesian-only version would be difficult "
       "for them.\n\n"
       "Many thanks and best regards,\nKatrin Vogel"),
    L("document_request", "en"))

add("korea-kuesioner-evaluasi", "gmail", date(11, 10, 15, 0, tz=9),
    "Lee Soo-jin <soojin.lee@hanbit-poly.ac.kr>", "Request for course evaluation questionnaire (English)",
    gm("Dear P4M,\n\n"
       "Hello. For our exchange students at Polibatam, we need to report their course evaluation to our "
       "university. Could you please send us the student course evaluation questionnaire that Polibatam uses, "
       "in English version if possible? We want to compare it with our form.\n\n"
       "Thank you for your kind help.\n\nBest regards,\nLee Soo-jin"),
    L("document_request", "en"))

add("campur-template-berita-acara", "gmail", date(11, 26, 13, 15),
    "Clarissa Wibowo <clarissa.wibowo@polibatam.ac.id>", "template berita acara UAS + daftar hadir",
    gm("Hi P4M,\n\n"
       "Boleh minta template berita acara UAS dan daftar hadir ujian yang official? Aku jadi panitia UAS prodi "
       "this semester and the ones we have look outdated, masih ada logo lama. Word format preferred ya.\n\n"
       "Thanks a lot!\nClarissa"),
    L("document_request", "mixed"))


# ================================================================ other (7)

add("riau-mengadu-tampilan", "gmail", date(11, 4, 16, 50),
    "Zulkarnain Abdullah <zulkarnain.abdullah@polibatam.ac.id>", "Tampilan e-learning baru ni menyusahkan",
    gm("Petang,\n\n"
       "Saye nak mengadu je. Sejak tampilan e-learning ditukar minggu lepas, menu-menu semua dah pindah tempat, "
       "pening kepala nak cari. Mahasiswa pun ramai yang komplen kat saye. Kenapa tak diberitahu dulu sebelum "
       "ditukar? Lain kali buatlah sosialisasi dulu.\n\nTu je.\nZulkarnain"),
    L("other", "id", note="Complaint about the new look; no specific problem to solve and no request."))

add("bali-rencana-tahun-depan", "gmail", date(11, 20, 14, 0),
    "I Gusti Ayu Laksmi <gusti.laksmi@polibatam.ac.id>", "Rencana perubahan nama MK tahun depan",
    gm("Om Swastiastu,\n\n"
       "Sekadar informasi awal nggih. Tahun depan prodi kami berencana mengganti nama MK Desain Antarmuka "
       "Pengguna (MM2207) menjadi Desain Pengalaman Pengguna, tapi ini masih menunggu rapat kurikulum bulan "
       "Februari. Jadi belum perlu diubah sekarang. Nanti kalau sudah ada SK, tiang kirim permintaan resmi.\n\n"
       "Suksma,\nLaksmi"),
    L("other", "id", {"course_code": "MM2207", "course_name": "Desain Antarmuka Pengguna"},
      "Plan for next year with a possible new name, explicitly not to be done now."))

t_pwl = "#HD-20261109-041"
add("ngoko-matur-nuwun-wis-beres", "gmail", date(11, 11, 8, 5),
    "Bayu Setiawan <bayu.setiawan@polibatam.ac.id>",
    "Re: [P4M-HD %s] Selesai: nama singkat MK Pemrograman Web Lanjut" % t_pwl,
    gm("Wis tak cek, wis ganti dadi PWL-IF2B-26. Cepet tenan, suwun yo!\n\nBayu\n\n"
       "Pada Sel, 10 Nov 2026 pukul 16.12 Helpdesk P4M <%s> menulis:\n" % HD
       + q("Yth. Bapak Bayu Setiawan,\n\n"
           "Tiket %s sudah selesai: nama singkat MK Pemrograman Web Lanjut (IF2210) kini PWL-IF2B-26.\n\n"
           "Salam,\nHelpdesk P4M" % t_pwl)),
    L("other", "id", {"course_code": "IF2210", "course_name": "Pemrograman Web Lanjut"},
      "Thanks after the change was done."))

add("tionghoa-admin-pinjam-ruang", "outlook", date(11, 24, 13, 30),
    "Susanti Lim <susanti.lim@polibatam.ac.id>", "Tanya pinjam ruang rapat P4M",
    qp("Siang Ko/Ci,\n\n"
       "Mau tanya, ruang rapat P4M bisa dipinjam untuk rapat yudisium prodi tanggal 3 Desember tidak ya? "
       "Kira-kira 15 orang, dari jam 09.00 sampai selesai. Kalau bisa, saya harus isi form di mana? Kalau tidak "
       "bisa juga tidak apa-apa, nanti saya cari ruang lain.\n\n"
       "Makasih ya,\nSusanti"),
    L("other", "id", note="Room booking, not e-learning."))

add("vietnam-kunjungan-delegasi", "outlook", date(11, 27, 15, 40, tz=7),
    "Nguyen Thi Thu Ha <ha.nguyenthithu@sit-hcm.edu.vn>", "Visit of our delegation in January",
    qp("Dear P4M team,\n\n"
       "Our faculty dean plans to visit Polibatam in the second week of January 2027 with four lecturers, to "
       "discuss the next round of our joint teaching programme. Could you let me know who is the right person to "
       "arrange the meeting and the campus tour? If it is not P4M, please forward this email to the correct "
       "office.\n\nThank you and best regards,\nNguyen Thi Thu Ha"),
    L("other", "en", note="Visit arrangements; misdirected to P4M."))

add("campur-undangan-narasumber", "gmail", date(11, 5, 11, 0),
    "Stella Gunawan <stella.gunawan@ubr.ac.id>", "Undangan narasumber webinar blended learning",
    gm("Dear Tim P4M Polibatam,\n\n"
       "Perkenalkan, saya Stella dari LPM Universitas Bintan Raya. Kami akan mengadakan webinar \"Blended "
       "Learning in Vocational Higher Education\" pada 8 Desember 2026, dan we would love to invite salah satu "
       "dari tim P4M as a speaker, khususnya soal pengalaman mengelola e-learning Polibatam. Durasi sekitar "
       "30 menit plus Q&A.\n\n"
       "Kalau berkenan, could you share contact person yang bisa kami hubungi untuk surat resminya?\n\n"
       "Best regards,\nStella Gunawan\nLPM Universitas Bintan Raya"),
    L("other", "mixed", note="Invitation to speak at another university's webinar."))

add("campur-tanya-pekerti", "gmail", date(11, 16, 19, 20),
    "Dion Saputra <dion.saputra@polibatam.ac.id>", "Pekerti batch berikutnya kapan?",
    gm("Halo P4M,\n\n"
       "Aku dosen baru di TRPL (join Agustus). Kata senior, I need to take Pekerti sebelum bisa ngajukan jabatan "
       "fungsional. Kapan batch berikutnya dibuka ya, dan apakah registration-nya lewat P4M atau lewat "
       "kepegawaian?\n\nThanks a lot,\nDion"),
    L("other", "mixed", note="Question about a training schedule; not e-learning support or a document."))


# ================================================================ auto (6)

def raw_add(slug, quirk, date_, frm, subject, headers, body, label):
    b = "----=_Part_%s_1" % h("p32" + slug, 12)
    raw = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s@%s>\nMIME-Version: 1.0\n%s\n\n%s"
           % (frm, headers.pop("To", HD), subject, date_, h("p32" + slug, 24), headers.pop("Domain", "polibatam.ac.id"),
              "\n".join("%s: %s" % kv for kv in headers.items()).replace("{B}", b), body.replace("{B}", b)))
    add(slug, quirk, date_, frm, subject, None, label, raw=raw)


raw_add("menunggu-moderasi", "mailman", date(11, 6, 9, 0),
        "dosen-polibatam-owner@lists.polibatam.ac.id",
        "Your message to Dosen-polibatam awaits moderator approval",
        {"Content-Type": "text/plain; charset=\"us-ascii\"", "Content-Transfer-Encoding": "7bit",
         "Precedence": "bulk", "X-BeenThere": "dosen-polibatam@lists.polibatam.ac.id",
         "X-Mailman-Version": "2.1.39", "List-Id": "Milis Dosen <dosen-polibatam.lists.polibatam.ac.id>",
         "X-List-Administrivia": "yes", "Domain": "lists.polibatam.ac.id"},
        "Your mail to 'Dosen-polibatam' with the subject\n\n"
        "    Jadwal pelatihan Moodle lanjutan\n\n"
        "Is being held until the list moderator can review it for approval.\n\n"
        "The reason it is being held:\n\n"
        "    Post by non-member to a members-only list\n\n"
        "Either the message will get posted to the list, or you will receive\n"
        "notification of the moderator's decision.  If you would like to cancel\n"
        "this posting, please visit the following URL:\n\n"
        "    https://lists.polibatam.ac.id/mailman/confirm/dosen-polibatam/3f9a1c7e0b2d4a6f8e1c9b7a5d3f1e0c2b4a6d8f\n",
        L("auto", "en", note="Mailman held-for-moderation notice."))

raw_add("digital-receipt", "turnitin", date(11, 19, 14, 42),
        "Turnitin No Reply <noreply@turnitin.com>",
        "Digital Receipt - Panduan Penyusunan RPS 2026",
        {"Content-Type": 'multipart/alternative; boundary="{B}"', "Auto-Submitted": "auto-generated",
         "X-Auto-Response-Suppress": "All", "Domain": "turnitin.com"},
        "--{B}\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
        "Dear Helpdesk P4M,\n\n"
        "This is to confirm that your submission has been received by Turnitin.\n\n"
        "Submission author: Helpdesk P4M\nAssignment title: Quick Submit\n"
        "Submission title: Panduan Penyusunan RPS 2026\nFile name: Panduan_RPS_2026_final.docx\n"
        "File size: 412.6K\nPage count: 28\nWord count: 6,104\nCharacter count: 39,877\n"
        "Submission date: 19-Nov-2026 02:41PM (UTC+0700)\nSubmission ID: 2847193650\n\n"
        "Please do not reply to this email. This mailbox is not monitored.\n\n"
        "Copyright 2026 Turnitin. All rights reserved.\n\n"
        "--{B}\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
        "<html><body><p>Dear Helpdesk P4M,</p><p>This is to confirm that your submission has been received by "
        "Turnitin.</p><table><tr><td>Submission title:</td><td>Panduan Penyusunan RPS 2026</td></tr>"
        "<tr><td>Submission date:</td><td>19-Nov-2026 02:41PM (UTC+0700)</td></tr>"
        "<tr><td>Submission ID:</td><td>2847193650</td></tr></table>"
        "<p style=\"font-size:10px\">Copyright 2026 Turnitin. All rights reserved.</p></body></html>\n\n--{B}--\n",
        L("auto", "en", note="Turnitin digital receipt (no-reply)."))

raw_add("pengingat-rapat", "gcal", date(11, 23, 8, 50),
        "Google Calendar <calendar-notification@google.com>",
        "Pemberitahuan: Rapat Koordinasi Helpdesk P4M @ Sen 23 Nov 2026 09.00 - 10.30 (WIB) (%s)" % HD,
        {"Content-Type": "text/plain; charset=UTF-8", "Content-Transfer-Encoding": "8bit",
         "Auto-Submitted": "auto-generated", "Reply-To": "Google Calendar <calendar-notification@google.com>",
         "Domain": "google.com"},
        "Ini adalah pengingat untuk acara berikut.\n\n"
        "Rapat Koordinasi Helpdesk P4M\n"
        "Kapan: Senin 23 Nov 2026 09.00 – 10.30 Waktu Indonesia Barat - Jakarta\n"
        "Tempat: Ruang Rapat P4M, Gedung Utama lt. 3\n"
        "Kalender: %s\n"
        "Siapa:\n  * Kepala P4M - penyelenggara\n  * %s\n\n"
        "Detail acara: https://calendar.google.com/calendar/event?action=VIEW&eid=cjZxa2U0bTNhcDR\n\n"
        "Undangan dari Google Kalender: https://calendar.google.com/calendar/\n\n"
        "Anda menerima email ini di %s karena Anda menetapkan notifikasi email untuk kalender ini.\n" % (HD, HD, HD),
        L("auto", "id", note="Google Calendar event reminder."))

raw_add("peringatan-keamanan", "google", date(11, 12, 22, 14),
        "Google <no-reply@accounts.google.com>",
        "Peringatan keamanan",
        {"Content-Type": 'multipart/alternative; boundary="{B}"', "Auto-Submitted": "auto-generated",
         "Domain": "accounts.google.com"},
        "--{B}\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Login baru di Windows\n\n%s\n\n"
        "Kami melihat ada login baru ke Akun Google Anda di perangkat Windows. Jika ini adalah Anda, Anda tidak "
        "perlu melakukan apa pun. Jika bukan, kami akan membantu Anda mengamankan akun.\n\n"
        "Periksa aktivitas: https://accounts.google.com/AccountChooser?Email=%s&continue=https://myaccount.google.com/alert/nt/1763000000\n\n"
        "Anda juga dapat melihat aktivitas keamanan di https://myaccount.google.com/notifications\n"
        "Kami mengirimkan email ini untuk memberi tahu Anda tentang perubahan penting pada Akun Google dan "
        "layanan Anda.\n© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\n\n"
        "--{B}\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
        "<html><body><div style=\"font-family:Roboto,Arial\"><h2>Login baru di Windows</h2><p>%s</p>"
        "<p>Kami melihat ada login baru ke Akun Google Anda di perangkat Windows. Jika ini adalah Anda, Anda tidak "
        "perlu melakukan apa pun. Jika bukan, kami akan membantu Anda mengamankan akun.</p>"
        "<p><a href=\"https://accounts.google.com/AccountChooser\">Periksa aktivitas</a></p>"
        "<p style=\"font-size:11px\">© 2026 Google LLC</p></div></body></html>\n\n--{B}--\n" % (HD, HD, HD),
        L("auto", "id", note="Google account security alert."))

raw_add("jadwal-diperbarui", "siakad", date(11, 9, 6, 0),
        "SIAKAD Polibatam <noreply-siakad@polibatam.ac.id>",
        "[SIAKAD] Perubahan jadwal perkuliahan: Rangkaian Listrik (EL1103)",
        {"Content-Type": "text/plain; charset=utf-8", "Content-Transfer-Encoding": "8bit",
         "Auto-Submitted": "auto-generated", "Precedence": "bulk", "X-Mailer": "SIAKAD Notifier 3.2"},
        "Yth. Pengguna SIAKAD,\n\n"
        "Jadwal perkuliahan berikut telah diperbarui oleh Bagian Akademik:\n\n"
        "Mata kuliah : Rangkaian Listrik (EL1103)\n"
        "Kelas       : EL-1A\n"
        "Jadwal lama : Senin 07.50-09.30, Ruang GU 704\n"
        "Jadwal baru : Senin 13.00-14.40, Ruang TA 10.4\n"
        "Berlaku     : mulai 16 November 2026\n\n"
        "Email ini dikirim otomatis. Mohon tidak membalas email ini.\n"
        "SIAKAD Politeknik Negeri Batam\n",
        L("auto", "id", note="SIAKAD schedule notification; it names a course but is machine mail."))

raw_add("bali-balasan-otomatis-cuti", "exchange", date(11, 16, 10, 25),
        "Ni Made Ayu Sukmawati <made.sukmawati@polibatam.ac.id>",
        "Balasan Otomatis: Re: [P4M-HD #HD-20261116-012] Mohon tayang pengumuman di MK Animasi 3D",
        {"Content-Type": "text/plain; charset=utf-8", "Content-Transfer-Encoding": "8bit",
         "Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
         "X-MS-Exchange-Inbox-Rules-Loop": "made.sukmawati@polibatam.ac.id"},
        "Om Swastiastu,\n\n"
        "Terima kasih atas email Anda. Tiang sedang cuti untuk upacara keluarga di Tabanan sampai Rabu, "
        "18 November 2026, dan hanya membuka email sesekali. Untuk urusan perkuliahan Animasi yang mendesak, "
        "silakan hubungi admin Prodi Animasi.\n\n"
        "Suksma,\nNi Made Ayu Sukmawati\n",
        L("auto", "id", note="Out-of-office reply in Balinese-flavoured Indonesian to a helpdesk acknowledgement."))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Thirty-first tuning corpus generator, formerly held-out part18 (stdlib only, deterministic).

Writes NNN-client-quirk-slug.eml and labels.json next to this script, checks every
message (CRLF, no parse defects, Date/Subject round trip, attachments < 30 KB,
weekdays match dates, label values verbatim in the decoded text) and exits 1 when a
check fails or the counts per type differ from the plan.
"""
import datetime as dt
import email
import email.policy
import hashlib
import html
import io
import json
import re
import sys
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
GEN = email.policy.default.clone(linesep="\r\n", max_line_length=78)
PLAN = {"course_data": 22, "announcement": 16, "elearning_support": 12,
        "document_request": 7, "other": 7, "auto": 6}
HELP = "Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>"
MAILS = []


def h(slug, n=12):
    return hashlib.sha256(slug.encode()).hexdigest()[:n]


def when(s, tz="+0700"):
    """'2026-09-02 08:14' -> aware datetime."""
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone(off))


def docx(paragraphs):
    body = "".join(
        '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p, quote=False)
        for p in paragraphs)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + body + '</w:body></w:document>',
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 9, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 50 790 Td 14 TL\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET\n"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%sendstream" % (len(content.encode("latin-1")), content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out.encode("latin-1")))
        out += "%d 0 obj\n%s\nendobj\n" % (i, o)
    xref = len(out.encode("latin-1"))
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += "".join("%010d 00000 n \n" % o for o in offs)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out.encode("latin-1")


def pdf_text(data):
    return "\n".join(re.sub(r"\\([()\\])", r"\1", m.group(1).decode("latin-1"))
                     for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", data))


def mail(slug, date, frm, subject, body, typ, lang, fields=None, note="",
         to=HELP, cc=None, tz="+0700", cte="8bit", html_body=None, html_only=False,
         html_cte="quoted-printable", attach=(), forward=None, headers=(), mailer=None,
         raw=None, reply_to=None, in_reply=None):
    MAILS.append(dict(slug=slug, date=when(date, tz), frm=frm, subject=subject, body=body,
                      type=typ, lang=lang, fields=fields or {}, note=note, to=to, cc=cc,
                      cte=cte, html_body=html_body, html_only=html_only, html_cte=html_cte,
                      attach=attach, forward=forward, headers=headers, mailer=mailer,
                      raw=raw, in_reply=in_reply))


def build(m):
    slug = m["slug"]
    if m["raw"]:
        return m["raw"](m)
    msg = EmailMessage(policy=GEN)
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(m["date"])
    dom = m["frm"].split("@")[-1].rstrip(">")
    msg["Message-ID"] = "<%s.%s@%s>" % (h(slug), h(slug + "x", 6), dom)
    if m["in_reply"]:
        msg["In-Reply-To"] = m["in_reply"]
        msg["References"] = m["in_reply"]
    msg["MIME-Version"] = "1.0"
    if m["mailer"]:
        msg["X-Mailer"] = m["mailer"]
    for k, v in m["headers"]:
        msg[k] = v
    if m["html_only"]:
        msg.set_content(m["html_body"], subtype="html", cte=m["html_cte"])
    else:
        msg.set_content(m["body"], cte=m["cte"])
        if m["html_body"]:
            msg.add_alternative(m["html_body"], subtype="html", cte=m["html_cte"])
    if m["forward"] is not None:
        msg.add_attachment(m["forward"](m))
    for fname, data in m["attach"]:
        if fname.endswith(".docx"):
            mt, st = "application", "vnd.openxmlformats-officedocument.wordprocessingml.document"
        elif fname.endswith(".pdf"):
            mt, st = "application", "pdf"
        elif fname.endswith(".ics"):
            mt, st = "text", "calendar"
        else:
            mt, st = "application", "octet-stream"
        if mt == "text":
            msg.add_attachment(data.decode(), subtype=st, filename=fname, cte="quoted-printable")
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("----=_p18_%s_%d" % (h(slug, 16), i))
            i += 1
    return msg.as_bytes(policy=GEN)


def inner(frm, to, subject, date, body, tz="+0700"):
    def make(m):
        im = EmailMessage(policy=GEN)
        im["From"] = frm
        im["To"] = to
        im["Subject"] = subject
        im["Date"] = format_datetime(when(date, tz))
        im["Message-ID"] = "<%s@%s>" % (h(subject + date), frm.split("@")[-1].rstrip(">"))
        im["MIME-Version"] = "1.0"
        im.set_content(body, cte="quoted-printable")
        return im
    return make


# --------------------------------------------------------------------------- checks
ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SH_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = {}
for i, names in enumerate([("januari", "january", "jan"), ("februari", "february", "feb"),
                           ("maret", "march", "mar"), ("april", "apr"), ("mei", "may"),
                           ("juni", "june", "jun"), ("juli", "july", "jul"),
                           ("agustus", "august", "aug", "agu"), ("september", "sep", "sept"),
                           ("oktober", "october", "oct", "okt"), ("november", "nov"),
                           ("desember", "december", "dec", "des")], 1):
    for nm in names:
        MONTHS[nm] = i
DAYRE = re.compile(r"\b(%s),?\s+(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})" %
                   "|".join(ID_DAYS + EN_DAYS + SH_DAYS + ["Jum'at"]), re.I)
DAYRE2 = re.compile(r"\b(%s),?\s+([A-Za-z]+)\s+(\d{1,2}),?\s+(\d{4})" % "|".join(EN_DAYS + SH_DAYS), re.I)


def day_index(name):
    name = name.lower().replace("'", "")
    for lst in (ID_DAYS, EN_DAYS, SH_DAYS):
        for i, d in enumerate(lst):
            if d.lower() == name:
                return i
    raise KeyError(name)


def texts(msg):
    out = [str(msg["Subject"])]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        if ct.startswith("text/") or ct == "message/delivery-status":
            try:
                t = part.get_content()
            except Exception:
                t = part.get_payload(decode=True).decode("utf-8", "replace")
            if not isinstance(t, str):
                t = str(t)
            if ct == "text/html":
                out.append(t)
                t2 = re.sub(r"<br\s*/?>", "\n", t)
                t2 = re.sub(r"<[^>]+>", "", t2)
                out.append(html.unescape(t2))
            else:
                out.append(t)
        elif ct == "application/pdf":
            out.append(pdf_text(part.get_payload(decode=True)))
        elif "wordprocessingml" in ct:
            z = zipfile.ZipFile(io.BytesIO(part.get_payload(decode=True)))
            xml = z.read("word/document.xml").decode()
            out.append(html.unescape("\n".join(re.findall(r"<w:t[^>]*>(.*?)</w:t>", xml))))
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.iter_parts():
                out.extend(texts(sub))
    return "\n".join(out)


def check(name, raw, m):
    errs = []
    if re.search(rb"(?<!\r)\n", raw):
        errs.append("bare LF")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            errs.append("defects %r" % part.defects)
    if msg["Date"].datetime != m["date"]:
        errs.append("date round trip")
    if str(msg["Subject"]) != m["subject"]:
        errs.append("subject round trip %r" % str(msg["Subject"]))
    for part in msg.walk():
        if part.get_content_disposition() == "attachment" and not part.is_multipart():
            if part.get_content_type() != "message/rfc822":
                if len(part.get_payload(decode=True)) >= 30 * 1024:
                    errs.append("attachment too big")
    text = texts(msg)
    for mm in DAYRE.finditer(text):
        mon = MONTHS.get(mm.group(3).lower())
        if mon is None:
            continue
        d = dt.date(int(mm.group(4)), mon, int(mm.group(2)))
        if d.weekday() != day_index(mm.group(1)):
            errs.append("weekday mismatch %s" % mm.group(0))
    for mm in DAYRE2.finditer(text):
        mon = MONTHS.get(mm.group(2).lower())
        if mon is None:
            continue
        d = dt.date(int(mm.group(4)), mon, int(mm.group(3)))
        if d.weekday() != day_index(mm.group(1)):
            errs.append("weekday mismatch %s" % mm.group(0))
    f = m["fields"]
    if m["type"] not in ("course_data", "announcement") and f:
        errs.append("fields on non-field type")
    vals = [f.get("course_code"), f.get("course_name"), f.get("title")]
    vals += list(f.get("changes", {}).values())
    for v in vals:
        if v is not None and v not in text:
            errs.append("value not verbatim: %r" % v)
    if m["type"] == "course_data" and "changes" not in f:
        errs.append("course_data without changes")
    if m["type"] == "announcement":
        if f.get("scope") not in ("course", "site"):
            errs.append("scope")
        if "publish_at" in f:
            dt.datetime.fromisoformat(f["publish_at"])
            if not f["publish_at"].endswith("+07:00"):
                errs.append("publish_at zone")
    if m["type"] == "course_data":
        for k in f["changes"]:
            if k not in ("fullname", "shortname", "lecturer", "class", "semester", "credits",
                         "enrolment_key", "summary"):
                errs.append("bad change field %s" % k)
    return ["%s: %s" % (name, e) for e in errs]


# =========================================================================== course_data (22)

mail("frontoffice-titipan-lecturer", "2026-09-02 08:41", "Sri Wahyuni (Front Office P4M) <sri.wahyuni@polibatam.ac.id>",
     "Titipan dari Bu Ratna - ganti dosen pengampu IF201",
     "Pagi rekan-rekan helpdesk,\n\n"
     "Titipan dari Bu Ratna Sari (Teknik Informatika), tadi beliau telepon ke meja depan jam 8an.\n"
     "Intinya: untuk MK IF201 Struktur Data kelas IF-2A, dosen pengampu di e-learning mohon diganti\n"
     "menjadi Muhammad Fauzan, S.Kom., M.Cs. karena Bu Ratna cuti melahirkan mulai minggu depan.\n\n"
     "Bu Ratna saya CC ya, kalau ada yang kurang jelas silakan langsung ke beliau.\n\n"
     "Terima kasih,\nSri\nFront Office P4M - Gedung Utama Lt. 2\nExt. 1204\n",
     "course_data", "id",
     {"course_code": "IF201", "course_name": "Struktur Data", "changes": {"lecturer": "Muhammad Fauzan, S.Kom., M.Cs."}},
     "Passed on by front-office staff from a phone call; the lecturer is in Cc.",
     cc="Ratna Sari <ratna.sari@polibatam.ac.id>", mailer="Microsoft Outlook 16.0")

mail("gmail-komting-class-unsure", "2026-09-03 21:17", "Dimas Aryo <dimas.aryo@students.polibatam.ac.id>",
     "minta tolong kelas di elearning",
     "malam kak admin p4m,\n\n"
     "saya dimas komting TRPL 2B, disuruh pak Hendra (dosen Basis Data Lanjut) buat email ke sini. "
     "katanya di elearning kelasnya masih ketulis TRPL 2A padahal yg diajar beliau itu kami, TRPL 2B. "
     "jadi mohon diganti kelasnya jadi TRPL 2B. kode matkulnya kalau ga salah RKS-3101 atau RKS3101 gitu kak, saya liat di jadwal pakai strip\n\n"
     "maaf kalau salah istilah hehe, makasih kak\n\n-- \nDimas\n",
     "course_data", "id",
     {"course_code": "RKS-3101", "course_name": "Basis Data Lanjut", "changes": {"class": "TRPL 2B"}},
     "Class representative writing for the lecturer; code given two ways, the first as labelled.")

mail("outlook-mobile-shipyard-key", "2026-09-04 06:12", "Ronny Tan <ronny.tan@batamshipyard-marine.co.id>",
     "enrol key MK Konstruksi Kapal",
     "Dear helpdesk,\n\nPls change enrolment key utk MK TPK2105 Konstruksi Kapal jadi: Hull2026#B\n"
     "Yg lama sdh kesebar ke kelas lain.\n\nThx\n\n"
     "Ronny Tan\nSenior Hull Supervisor | PT Batam Shipyard Marine\nJl. Brigjen Katamso, Tanjung Uncang, Batam\n"
     "M: +62 812 7000 1234\n\nSent from Outlook for Android\n\n"
     "CONFIDENTIALITY: This e-mail and any attachments are confidential and intended solely for the addressee. "
     "If you have received it in error please notify the sender and delete it.\n",
     "course_data", "mixed",
     {"course_code": "TPK2105", "course_name": "Konstruksi Kapal", "changes": {"enrolment_key": "Hull2026#B"}},
     cte="quoted-printable")

mail("dictation-spelled-code-fullname", "2026-09-07 10:05", "Bambang Sutrisno <bambang.sutrisno@polibatam.ac.id>",
     "ganti nama mata kuliah",
     "selamat pagi bapak ibu helpdesk saya bambang dari teknik elektro mohon bantuannya untuk mata kuliah "
     "i f dua nol satu eh maaf e l dua nol empat mata kuliah elektronika daya di e-learning nama mata kuliahnya "
     "tolong diganti jadi elektronika daya industri karena sudah ikut kurikulum baru terima kasih\n\n"
     "dikirim dengan suara dari ponsel saya mohon maaf jika ada salah ketik\n",
     "course_data", "id",
     {"course_name": "elektronika daya", "changes": {"fullname": "elektronika daya industri"}},
     "Dictated mail; the code is only spelled out in words (and corrected mid-sentence), so no code is labelled.")

mail("outlook-toppost-sesuai-dibawah", "2026-09-08 13:22", "Yuliana Putri <yuliana.putri@polibatam.ac.id>",
     "RE: Perubahan nama MK Akuntansi Biaya",
     "Sesuai di bawah ya, mohon diproses.\n\nYuli\n\n"
     "From: Kaprodi Akuntansi Manajerial <kaprodi.akm@polibatam.ac.id>\n"
     "Sent: Monday, September 7, 2026 4:32 PM\n"
     "To: Yuliana Putri <yuliana.putri@polibatam.ac.id>\n"
     "Subject: RE: Perubahan nama MK Akuntansi Biaya\n\nSetuju, silakan.\n\n"
     "From: Yuliana Putri <yuliana.putri@polibatam.ac.id>\n"
     "Sent: Monday, September 7, 2026 4:10 PM\n"
     "To: Kaprodi Akuntansi Manajerial <kaprodi.akm@polibatam.ac.id>\n"
     "Subject: Perubahan nama MK Akuntansi Biaya\n\n"
     "Pak Kaprodi,\n\n"
     "Mau konfirmasi dulu sebelum saya kirim ke P4M: nama MK AKM2203 di e-learning masih \"Akuntansi Biaya\", "
     "sedangkan di kurikulum 2026 sudah \"Akuntansi Biaya dan Manajemen Persediaan\". Short name juga jadi AKM2203-ABMP. "
     "Kalau bapak setuju nanti saya teruskan ke helpdesk.\n\n"
     "Salam,\nYuliana\n",
     "course_data", "id",
     {"course_code": "AKM2203", "course_name": "Akuntansi Biaya",
      "changes": {"fullname": "Akuntansi Biaya dan Manajemen Persediaan", "shortname": "AKM2203-ABMP"}},
     "Top-posted reply; the request sits in the quoted earlier mail and the new text only says 'sesuai di bawah'.",
     headers=[("Thread-Index", "AdxGk2b1QW5hbWFQ")], mailer="Microsoft Outlook 16.0", cte="quoted-printable")

mail("plain-pipe-table-multi", "2026-09-09 09:30", "Agus Salim <agus.salim@polibatam.ac.id>",
     "Update data MK Jaringan Komputer (IF.305)",
     "Dengan hormat,\n\nMohon update data mata kuliah berikut di e-learning:\n\n"
     "Kode   | Field        | Lama                  | Baru\n"
     "-------+--------------+-----------------------+-----------------------------\n"
     "IF.305 | Nama MK      | Jaringan Komputer     | Jaringan Komputer dan Keamanan\n"
     "IF.305 | Nama singkat | JARKOM                | JARKOMKAM\n"
     "IF.305 | SKS          | 2                     | 3\n\n"
     "Terima kasih atas bantuannya.\n\nAgus Salim, S.T., M.T.\nProdi Teknik Informatika\n",
     "course_data", "id",
     {"course_code": "IF.305", "course_name": "Jaringan Komputer",
      "changes": {"fullname": "Jaringan Komputer dan Keamanan", "shortname": "JARKOMKAM", "credits": "3"}},
     mailer="Mozilla Thunderbird 115.3")

mail("gmail-tsv-semester-lower", "2026-09-10 14:48", "Nurul Hidayah <nurulhidayah.polibatam@gmail.com>",
     "Pindah semester MK",
     "Assalamualaikum admin,\n\nMata kuliah saya salah semester di e-learning. Saya tempel dari excel ya:\n\n"
     "kode\tnama mk\tsemester sekarang\tseharusnya\n"
     "mn 2107\tPengantar Bisnis Digital\tSemester Genap 2025/2026\tSemester Ganjil 2026/2027\n\n"
     "Mohon dibantu. Wassalam.\n\nNurul Hidayah, S.E., M.M.\nManajemen Bisnis\n",
     "course_data", "id",
     {"course_code": "mn 2107", "course_name": "Pengantar Bisnis Digital",
      "changes": {"semester": "Semester Ganjil 2026/2027"}},
     html_body="<div dir=\"ltr\">Assalamualaikum admin,<br><br>Mata kuliah saya salah semester di e-learning. Saya tempel dari excel ya:<br><br>"
     "<table><tr><td>kode</td><td>nama mk</td><td>semester sekarang</td><td>seharusnya</td></tr>"
     "<tr><td>mn 2107</td><td>Pengantar Bisnis Digital</td><td>Semester Genap 2025/2026</td><td>Semester Ganjil 2026/2027</td></tr></table>"
     "<br>Mohon dibantu. Wassalam.<br><br>Nurul Hidayah, S.E., M.M.<br>Manajemen Bisnis</div>")

mail("subject-only-sesuai-subjek", "2026-09-11 07:55", "Drs. Harun Nasution <harun.nasution@polibatam.ac.id>",
     "Mohon ganti nama dosen MK MT1102 Gambar Teknik menjadi Ir. Slamet Riyadi, M.T.",
     "Sesuai subjek.\n\nTrm ksh\nHarun\n",
     "course_data", "id",
     {"course_code": "MT1102", "course_name": "Gambar Teknik", "changes": {"lecturer": "Ir. Slamet Riyadi, M.T."}},
     "Everything is in the subject; the body only says 'sesuai subjek'.")

mail("as-per-subject-en-key", "2026-09-14 11:02", "Kelvin Lim <kelvin.lim@polibatam.ac.id>",
     "Enrolment key EN3202 Digital Signal Processing -> dsp_ganjil26",
     "Hi team, as per subject. Thanks!\n\nKelvin\n",
     "course_data", "en",
     {"course_code": "EN3202", "course_name": "Digital Signal Processing", "changes": {"enrolment_key": "dsp_ganjil26"}},
     "Value only in the subject.")

mail("batam-chinese-english-credits", "2026-09-15 16:40", "Tjhin Swie Hong <swiehong@sinarjayalogistik.com>",
     "Credit for course Kewirausahaan need to change",
     "Dear Sir/Madam P4M,\n\nI am Mr. Tjhin, teaching Kewirausahaan (BS1201) for Business Admin every Saturday. "
     "The elearning show credit 2, but actually this semester already become 3 sks follow new curriculum. "
     "Please help to change to 3 sks can or not? Student asking me why different.\n\n"
     "Thank you very much ah.\n\nBest Regards,\nTjhin Swie Hong\nDirector\n"
     "PT Sinar Jaya Logistik Batam\nKomp. Ruko Nagoya Hill Blok C No. 8, Batam\nTel: 0778-456 789\n",
     "course_data", "en",
     {"course_code": "BS1201", "course_name": "Kewirausahaan", "changes": {"credits": "3 sks"}},
     "Batam business English; 'can or not?' is a polite imperative, not a question whether it is possible.", cte="base64")

mail("singapore-partner-shortname", "2026-09-16 09:18", "Priya Raman <priya.raman@tp-partners.edu.sg>",
     "Short name for joint module IoT Systems",
     "Hi P4M team,\n\nFor the joint module with Polibatam, IoT Systems (code TEL-3305), can help to update the short name "
     "on your Moodle to SG-IOT-2026 so our students can find it easily. Currently it shows TEL3305 only, quite confusing for them lah.\n\n"
     "Appreciate it, thanks!\n\nRegards,\nPriya Raman\nLecturer, School of Engineering\nTemasek Partners Institute, Singapore\n",
     "course_data", "en",
     {"course_code": "TEL-3305", "course_name": "IoT Systems", "changes": {"shortname": "SG-IOT-2026"}},
     tz="+0800")

mail("vietnam-partner-summary", "2026-09-17 15:05", "Nguyen Thi Thu Ha <thuha.nguyen@hcmc-tech.edu.vn>",
     "Request update course summary - Supply Chain Analytics",
     "Dear P4M Helpdesk,\n\nI am Ms. Thu Ha from HCMC College of Technology, co-teaching the course Supply Chain Analytics (LOG4102) "
     "with Mr. Andi this semester. Please kindly update the course summary on e-learning as below:\n\n"
     "\"This course introduces data-driven methods for supply chain decisions, including demand forecasting, inventory "
     "optimisation and route planning, with case studies from Batam and Ho Chi Minh City ports.\"\n\n"
     "Thank you so much for your support.\n\nBest regards,\nNguyen Thi Thu Ha (Ms.)\nFaculty of Logistics\n",
     "course_data", "en",
     {"course_code": "LOG4102", "course_name": "Supply Chain Analytics",
      "changes": {"summary": "This course introduces data-driven methods for supply chain decisions, including demand forecasting, inventory optimisation and route planning, with case studies from Batam and Ho Chi Minh City ports."}},
     tz="+0700")

mail("zimbra-three-changes", "2026-09-18 10:27", "Rahmat Hidayat <rahmat.hidayat@polibatam.ac.id>",
     "Perubahan dosen, kelas dan enrol key - Sistem Operasi",
     "Yth. Tim Helpdesk P4M,\n\nUntuk MK Sistem Operasi (IF 204) mohon beberapa perubahan sekaligus:\n"
     "1) dosen pengampu: Rahmat Hidayat, S.Kom., M.Kom. (menggantikan Pak Joko)\n"
     "2) kelas: IF-2C Malam\n"
     "3) enrolment key: SO-malam-2026\n\n"
     "Mohon maaf merepotkan. Terima kasih.\n\nRahmat\n",
     "course_data", "id",
     {"course_code": "IF 204", "course_name": "Sistem Operasi",
      "changes": {"lecturer": "Rahmat Hidayat, S.Kom., M.Kom.", "class": "IF-2C Malam", "enrolment_key": "SO-malam-2026"}},
     mailer="Zimbra 9.0.0_GA_4178 (ZimbraWebClient - GC118 (Win)/9.0.0_GA_4178)")

mail("gmail-dotted-code-semester", "2026-09-21 20:11", "Fitri Handayani <fitri.handayani@polibatam.ac.id>",
     "MI.2204 salah semester",
     "Hi admin, MK MI.2204 Pemrograman Web Lanjut di elearning masuknya ke semester 3, should be semester 4 "
     "(we already restructured the curriculum). Please move it to semester 4 ya. Thanks a lot!\n\nFitri\n",
     "course_data", "mixed",
     {"course_code": "MI.2204", "course_name": "Pemrograman Web Lanjut", "changes": {"semester": "semester 4"}})

mail("outlook-html-frontoffice-credits-sem", "2026-09-22 11:45", "Desi Ratnasari (Front Office P4M) <desi.ratnasari@polibatam.ac.id>",
     "Fw: permintaan Pak Wahyu - Mekanika Teknik",
     "",
     "course_data", "id",
     {"course_code": "MK-1203", "course_name": "Mekanika Teknik", "changes": {"credits": "4", "semester": "Semester 2"}},
     "Front-office note of a counter visit, HTML-only.",
     html_only=True,
     html_body="<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"><style>p.MsoNormal{margin:0;font-family:Calibri}</style></head>"
     "<body lang=\"EN-US\"><div class=\"WordSection1\"><p class=\"MsoNormal\">Yth. Helpdesk,</p><p class=\"MsoNormal\">&nbsp;</p>"
     "<p class=\"MsoNormal\">Pak Wahyu Nugroho (Teknik Mesin) tadi datang ke loket, minta tolong diubahkan data MK berikut:</p>"
     "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><td><b>Kode</b></td><td>MK-1203</td></tr>"
     "<tr><td><b>Nama MK</b></td><td>Mekanika Teknik</td></tr><tr><td><b>SKS baru</b></td><td>4</td></tr>"
     "<tr><td><b>Semester baru</b></td><td>Semester 2</td></tr></table>"
     "<p class=\"MsoNormal\">&nbsp;</p><p class=\"MsoNormal\">Beliau tidak pakai email, kalau sudah selesai nanti saya kabari by WA.</p>"
     "<p class=\"MsoNormal\">&nbsp;</p><p class=\"MsoNormal\">Salam,<br>Desi &#8211; Front Office P4M</p></div></body></html>",
     mailer="Microsoft Outlook 16.0")

mail("outlook-toppost-see-below-lecturer", "2026-09-24 08:03", "Hendro Wijaya <hendro.wijaya@polibatam.ac.id>",
     "FW: Lecturer change for Operations Research",
     "See below, please proceed.\n\nRgds,\nHendro\n\n"
     "From: Dr. Lina Marlina <lina.marlina@polibatam.ac.id>\n"
     "Sent: Wednesday, September 23, 2026 5:47 PM\n"
     "To: Hendro Wijaya <hendro.wijaya@polibatam.ac.id>\n"
     "Subject: Lecturer change for Operations Research\n\n"
     "Dear Pak Hendro,\n\nAs discussed, please ask P4M to replace the lecturer of Operations Research (TI3301) on e-learning "
     "with Dr. Eng. Arif Rahman Hakim, S.T., M.Eng. starting this week. I will stay as coordinator only.\n\n"
     "Thank you,\nLina\n",
     "course_data", "en",
     {"course_code": "TI3301", "course_name": "Operations Research", "changes": {"lecturer": "Dr. Eng. Arif Rahman Hakim, S.T., M.Eng."}},
     "Top-posted forward; the request is in the quoted mail below the header block.",
     mailer="Microsoft Outlook 16.0", cte="quoted-printable")

mail("komting-no-new-value", "2026-09-25 19:30", "Salsabila Putri <salsabila.p@students.polibatam.ac.id>",
     "nama dosen salah di elearning",
     "Permisi kak, saya Salsa ketua kelas AKT 1A. Di e-learning MK Pengantar Akuntansi (AK1101) nama dosennya masih "
     "dosen semester lalu kak. Bu dosen kami minta diganti ke nama beliau tapi saya lupa gelar lengkapnya, nanti beliau "
     "sendiri yang kirim ya kak. Mohon maaf dan terima kasih\n",
     "course_data", "id",
     {"course_code": "AK1101", "course_name": "Pengantar Akuntansi", "changes": {}},
     "Lecturer change asked for, but the new name is not given.")

mail("docx-frontoffice-form", "2026-09-28 09:12", "Sri Wahyuni (Front Office P4M) <sri.wahyuni@polibatam.ac.id>",
     "Formulir perubahan data MK dari Pak Yoga",
     "Rekan helpdesk,\n\nPak Yoga Pratama mengisi formulir perubahan data MK di meja depan, sudah saya ketik ulang, terlampir. "
     "Mohon ditindaklanjuti.\n\nSri\n",
     "course_data", "id",
     {"course_code": "ANM2102", "course_name": "Animasi 2D",
      "changes": {"fullname": "Animasi 2D dan Motion Graphics", "lecturer": "Yoga Pratama, S.Sn., M.Ds."}},
     "Request only in the attached DOCX, typed up by front-office staff.",
     attach=[("Form-Perubahan-Data-MK-Yoga.docx", docx([
         "FORMULIR PERUBAHAN DATA IDENTITAS MATA KULIAH E-LEARNING",
         "Kode MK: ANM2102",
         "Nama MK saat ini: Animasi 2D",
         "Nama MK baru: Animasi 2D dan Motion Graphics",
         "Dosen pengampu baru: Yoga Pratama, S.Sn., M.Ds.",
         "Alasan: penyesuaian kurikulum 2026 dan pergantian dosen",
         "Batam, 28 September 2026",
         "Pemohon: Yoga Pratama"]))])

mail("pdf-logistics-summary", "2026-09-29 07:20", "Budi Santoso <budi.santoso@pelabuhanbatamlogistik.co.id>",
     "Summary MK Manajemen Pergudangan (attached)",
     "Pagi,\nAttached ringkasan baru MK Manajemen Pergudangan utk e-learning, pls replace yg lama.\nTks\n\n"
     "Budi Santoso\nWarehouse Manager | PT Pelabuhan Batam Logistik\nBatu Ampar, Batam\n\n"
     "Disclaimer: Informasi dalam email ini bersifat rahasia dan hanya untuk penerima yang dituju.\n",
     "course_data", "mixed",
     {"course_code": "LOG 2203", "course_name": "Manajemen Pergudangan",
      "changes": {"summary": "Mata kuliah ini membahas tata letak gudang, sistem WMS, manajemen stok dan K3 pergudangan dengan studi kasus kawasan Batu Ampar."}},
     "The new summary is only in the attached PDF.",
     attach=[("Ringkasan_LOG2203.pdf", pdf([
         "Kode MK: LOG 2203",
         "Nama MK: Manajemen Pergudangan",
         "Ringkasan baru:",
         "Mata kuliah ini membahas tata letak gudang, sistem WMS, manajemen stok dan K3 pergudangan dengan studi kasus kawasan Batu Ampar."]))])

mail("dictation-fullname-trpl", "2026-10-01 06:48", "Siti Aminah <siti.aminah@polibatam.ac.id>",
     "mata kuliah TRPL tiga B",
     "assalamualaikum helpdesk saya siti aminah dosen t r p l tiga b mohon nama mata kuliah proyek perangkat lunak "
     "diganti menjadi proyek pengembangan perangkat lunak titik yang kelas t r p l tiga b saja ya terima kasih "
     "wassalamualaikum\n",
     "course_data", "id",
     {"course_name": "proyek perangkat lunak", "changes": {"fullname": "proyek pengembangan perangkat lunak"}},
     "Dictated: 'titik' is a spoken full stop; no code given.")

mail("sg-class-and-shortname", "2026-10-02 13:37", "Jonathan Goh <jonathan.goh@polibatam.ac.id>",
     "Kelas & short name Cloud Computing",
     "Hi admin, mau minta tolong ya. Course Cloud Computing (TRPL-4101) itu class-nya should be TRPL 4A Malam, bukan Pagi. "
     "And the short name please make it CC-4A-MLM. Thanks a lot!\n\nJon\n",
     "course_data", "mixed",
     {"course_code": "TRPL-4101", "course_name": "Cloud Computing",
      "changes": {"class": "TRPL 4A Malam", "shortname": "CC-4A-MLM"}})

mail("outlook-toppost-electronics-tab", "2026-10-05 09:58", "Andreas Siregar <andreas.siregar@polibatam.ac.id>",
     "RE: Request: course rename EL 3106",
     "Dear team, as per below. Mohon segera ya karena kuliah mulai Rabu.\n\nAndreas\n\n"
     "-----Original Message-----\n"
     "From: Wong Mei Ling <meiling.wong@pcbtech-batamindo.com>\n"
     "Sent: Saturday, October 3, 2026 10:14 AM\n"
     "To: Andreas Siregar <andreas.siregar@polibatam.ac.id>\n"
     "Subject: Request: course rename EL 3106\n\n"
     "Pak Andreas,\n\nFor my class next week, the course name in e-learning pls change:\n"
     "Kode\tNama lama\tNama baru\n"
     "EL 3106\tTeknik Perakitan PCB\tSurface Mount Technology & PCB Assembly\n\n"
     "Tq\nMei Ling\nProcess Engineer, PCBTech Batamindo\n",
     "course_data", "mixed",
     {"course_code": "EL 3106", "course_name": "Teknik Perakitan PCB",
      "changes": {"fullname": "Surface Mount Technology & PCB Assembly"}},
     "Forwarded request from a part-time industry lecturer, quoted under the new text.",
     mailer="Microsoft Outlook 16.0", cte="quoted-printable")

# =========================================================================== announcement (16)

mail("kemahasiswaan-besok-pagi-jam7", "2026-09-06 19:20", "Bagian Kemahasiswaan Polibatam <kemahasiswaan@polibatam.ac.id>",
     "Mohon publikasi pengumuman beasiswa di e-learning",
     "Yth. Admin E-Learning P4M,\n\nKami mohon bantuan untuk menayangkan pengumuman berikut di halaman depan e-learning "
     "(untuk seluruh mahasiswa), besok pagi jam 7 ya.\n\n"
     "Judul: Pembukaan Pendaftaran Beasiswa Bank Indonesia 2026\n\n"
     "Isi:\nDibuka pendaftaran Beasiswa Bank Indonesia tahun 2026 bagi mahasiswa semester 3 dan 5 dengan IPK minimal 3,25. "
     "Berkas diunggah melalui laman kemahasiswaan paling lambat Minggu, 20 September 2026 pukul 23.59 WIB.\n\n"
     "Terima kasih.\n\nSalam,\nBagian Kemahasiswaan\nPoliteknik Negeri Batam\n",
     "announcement", "id",
     {"title": "Pembukaan Pendaftaran Beasiswa Bank Indonesia 2026", "scope": "site", "publish_at": "2026-09-07T07:00:00+07:00"},
     "Relative publish time ('besok pagi jam 7'); the 20 September time is a deadline.")

LC_BODY = ("Selamat sore Tim P4M,\n\nMohon dibantu tayangkan pengumuman untuk semua mahasiswa di e-learning, Senin depan pukul 07.30.\n\n"
           "*Jadwal Tes TOEIC Prediction Gelombang 2*\n\n"
           "Tes dilaksanakan Sabtu, 26 September 2026 di Lab Bahasa Gedung Tower A. Pendaftaran via formulir online ditutup "
           "Jumat, 18 September 2026 pukul 16.00. Kuota 120 peserta.\n\n"
           "Terima kasih.\nUPA Bahasa\n")

mail("fwd-rfc822-language-centre-senin-depan", "2026-09-10 15:58", "Desi Ratnasari (Front Office P4M) <desi.ratnasari@polibatam.ac.id>",
     "Fwd: Pengumuman TOEIC Prediction gelombang 2",
     "Rekan helpdesk,\n\nEmail dari UPA Bahasa ini masuk ke alamat front office, saya teruskan utuh (terlampir). "
     "Mohon diproses sesuai permintaan mereka.\n\nDesi\nFront Office P4M\n",
     "announcement", "id",
     {"title": "Jadwal Tes TOEIC Prediction Gelombang 2", "scope": "site", "publish_at": "2026-09-14T07:30:00+07:00"},
     "Forwarded as message/rfc822 by front-office staff; 'Senin depan' resolves to Monday 14 September against the "
     "original's date (10 September); test date and registration deadline are not the publish time.",
     forward=inner("UPA Bahasa Polibatam <upabahasa@polibatam.ac.id>", "Front Office P4M <frontoffice-p4m@polibatam.ac.id>",
                   "Pengumuman TOEIC Prediction gelombang 2", "2026-09-10 15:32", LC_BODY))

mail("frontoffice-titipan-announce-date-only", "2026-09-30 10:15", "Desi Ratnasari (Front Office P4M) <desi.ratnasari@polibatam.ac.id>",
     "titipan pengumuman dari Bu Maya (Statistika Industri)",
     "Helpdesk,\n\nTitipan dari Bu Maya Anggraini via telepon: mohon dipasang pengumuman di course Statistika Industri "
     "(TI2104) untuk kelas TI-2A, tanggal 12 Oktober.\n\n"
     "Judul: Kuis 1 Diundur\n"
     "Isi: Kuis 1 Statistika Industri yang semula 13 Oktober diundur ke 20 Oktober 2026, materi tetap bab 1-3.\n\n"
     "Jam tayang beliau tidak sebut. Bu Maya saya CC.\n\nDesi\n",
     "announcement", "id",
     {"course_code": "TI2104", "course_name": "Statistika Industri", "title": "Kuis 1 Diundur", "scope": "course"},
     "Publish date without a clock time: no publish_at.",
     cc="Maya Anggraini <maya.anggraini@polibatam.ac.id>")

mail("komting-hari-ini-jam12", "2026-10-08 09:40", "Rizky Maulana <rizky.maulana@students.polibatam.ac.id>",
     "pengumuman kelas online kak",
     "kak maaf ganggu, saya rizky komting MJ 2A. pak Teguh minta tolong umumin di elearning MK Pengantar Manajemen "
     "(MJ1203) kalo kuliah jumat besok jadi online lewat zoom, link nanti di course. judulnya \"Perkuliahan Jumat Daring\" "
     "kak. bisa ditayangin hari ini jam 12 siang ga kak? makasih kak 🙏\n",
     "announcement", "id",
     {"course_code": "MJ1203", "course_name": "Pengantar Manajemen", "title": "Perkuliahan Jumat Daring",
      "scope": "course", "publish_at": "2026-10-08T12:00:00+07:00"},
     "Class representative writing for the lecturer.", cte="base64", mailer="Samsung Email")

mail("shipyard-tmr-6am", "2026-10-13 22:05", "Ronny Tan <ronny.tan@batamshipyard-marine.co.id>",
     "announcement Konstruksi Kapal",
     "Helpdesk,\n\nPls post in course TPK2105 Konstruksi Kapal tmr 6am:\n\n"
     "Title: Site Visit Galangan Kapal\n"
     "Students kumpul di gate PT Batam Shipyard Marine Sabtu 17 Okt jam 08.00, wajib safety shoes & helm. Absen di lokasi.\n\n"
     "Thx\nRonny Tan\nSenior Hull Supervisor | PT Batam Shipyard Marine\n\nSent from Outlook for Android\n",
     "announcement", "mixed",
     {"course_code": "TPK2105", "course_name": "Konstruksi Kapal", "title": "Site Visit Galangan Kapal",
      "scope": "course", "publish_at": "2026-10-14T06:00:00+07:00"},
     "'tmr 6am' resolves against the Date header; the site visit time is an event time.",
     cte="quoted-printable")

mail("dictation-besok-jam-tujuh", "2026-10-15 20:02", "Bambang Sutrisno <bambang.sutrisno@polibatam.ac.id>",
     "pengumuman elektronika daya",
     "selamat malam helpdesk mohon dibuatkan pengumuman di e-learning mata kuliah elektronika daya kelas e l dua a "
     "judulnya praktikum minggu depan ditiadakan isinya karena lab dipakai untuk uji kompetensi praktikum minggu depan "
     "ditiadakan dan diganti tugas mandiri tolong ditayangkan besok jam tujuh pagi terima kasih\n\n"
     "dikirim dengan suara dari ponsel saya mohon maaf jika ada salah ketik\n",
     "announcement", "id",
     {"course_name": "elektronika daya", "title": "praktikum minggu depan ditiadakan", "scope": "course",
      "publish_at": "2026-10-16T07:00:00+07:00"},
     "Dictated, no punctuation; title boundary is inferred; clock time in words.")

mail("outlook-toppost-lab-see-below", "2026-10-16 14:20", "Lab Embedded Systems <lab.embedded@polibatam.ac.id>",
     "FW: Lab closure notice - please publish",
     "Hi P4M, see below, please proceed. Thanks.\n\nLab Embedded Systems\n\n"
     "From: Dr. Irfan Setiawan <irfan.setiawan@polibatam.ac.id>\n"
     "Sent: Friday, October 16, 2026 11:02 AM\n"
     "To: Lab Embedded Systems <lab.embedded@polibatam.ac.id>\n"
     "Subject: Lab closure notice - please publish\n\n"
     "Please ask P4M to publish this on the e-learning front page for all students on Monday, 19 October 2026 at 08:00:\n\n"
     "Title: Embedded & IoT Labs Closed for Calibration\n"
     "The Embedded Systems and IoT labs (Tech Building, 3rd floor) will be closed from 21 to 23 October 2026 for annual "
     "equipment calibration. Practicum sessions in those days will be rescheduled by each lecturer.\n\n"
     "Irfan\n",
     "announcement", "en",
     {"title": "Embedded & IoT Labs Closed for Calibration", "scope": "site", "publish_at": "2026-10-19T08:00:00+07:00"},
     "Top-posted forward; the announcement and its time are in the quoted mail.",
     mailer="Microsoft Outlook 16.0", cte="quoted-printable")

mail("subject-only-announce-time", "2026-10-20 16:44", "Dewi Kartika <dewi.kartika@polibatam.ac.id>",
     "Pengumuman FS1102 Fisika Terapan: \"Kuliah Pengganti Kamis\" tayang 22/10 pukul 06.00",
     "sesuai subjek, isi: kuliah pengganti hari Kamis pukul 13.00 di ruang GU 704.\n\nDewi\n",
     "announcement", "id",
     {"course_code": "FS1102", "course_name": "Fisika Terapan", "title": "Kuliah Pengganti Kamis", "scope": "course",
      "publish_at": "2026-10-22T06:00:00+07:00"},
     "Title and publish time only in the subject; 13.00 is the class time.")

mail("wita-lab-coordinator", "2026-10-22 20:15", "Eko Prasetyo <eko.prasetyo@polibatam.ac.id>",
     "Publish pengumuman Lab Robotika (saya lagi di Balikpapan)",
     "Halo tim P4M,\n\nSaya sedang di Balikpapan untuk kompetisi robot, jadi jam di bawah ini WITA ya.\n"
     "Mohon tayangkan di course Robotika Industri (RBT3201) kelas RBT-3A, Senin 26 Oktober 2026 pukul 09.00 WITA:\n\n"
     "Judul: Pengumpulan Laporan Praktikum Modul 4\n"
     "Laporan modul 4 dikumpulkan lewat e-learning paling lambat Jumat, 30 Oktober 2026 pukul 17.00 WIB.\n\n"
     "Makasih,\nEko\nKoordinator Lab Robotika\n",
     "announcement", "id",
     {"course_code": "RBT3201", "course_name": "Robotika Industri", "title": "Pengumpulan Laporan Praktikum Modul 4",
      "scope": "course", "publish_at": "2026-10-26T08:00:00+07:00"},
     "Publish time given in WITA (09.00 WITA = 08.00 WIB); the 30 October time is a deadline.",
     tz="+0800")

mail("vietnam-webinar-date-only", "2026-10-27 10:30", "Tran Minh Quan <quan.tran@hcmc-tech.edu.vn>",
     "Announcement for joint webinar on e-learning",
     "Dear P4M team,\n\nOn behalf of HCMC College of Technology, we kindly ask you to post the following announcement "
     "to all Polibatam students on your e-learning, from 2 November.\n\n"
     "Title: Joint Webinar: Green Logistics in Southeast Asian Ports\n"
     "Date: Tuesday, 10 November 2026, 14:00-16:00 (GMT+7)\n"
     "Registration: via the link in the course page, closes 8 November.\n\n"
     "Many thanks for your kind cooperation.\n\nBest regards,\nTran Minh Quan\nInternational Relations Office\n",
     "announcement", "en",
     {"title": "Joint Webinar: Green Logistics in Southeast Asian Ports", "scope": "site"},
     "Publish date without a clock time; 14:00 is the event time.")

mail("lab-on-the-3rd-at-9", "2026-10-27 11:10", "Lab Elektronika Daya <lab.elda@polibatam.ac.id>",
     "Course announcement - Power Electronics Lab, class EL-3B",
     "Hello helpdesk,\n\nCould you post this in Power Electronics Lab (EL3204), for class EL-3B only, on the 3rd at 9 sharp?\n\n"
     "Title: Practicum Group Assignment Week 10\n"
     "Groups for week 10 are now in the course files. Please bring your own multimeter. Pre-lab quiz closes "
     "the night before each session at 23:00.\n\n"
     "Thanks,\nLab Elektronika Daya (lab assistant on duty: Fajar)\n",
     "announcement", "en",
     {"course_code": "EL3204", "course_name": "Power Electronics Lab", "title": "Practicum Group Assignment Week 10",
      "scope": "course", "publish_at": "2026-11-03T09:00:00+07:00"},
     "'the 3rd' resolves to 3 November; 23:00 is a quiz deadline.")

mail("kemahasiswaan-jumat-pukul10", "2026-11-03 13:05", "Bagian Kemahasiswaan Polibatam <kemahasiswaan@polibatam.ac.id>",
     "Permohonan publikasi: Lomba Inovasi Mahasiswa 2026",
     "Yth. Helpdesk P4M,\n\nDengan hormat, mohon pengumuman di bawah ditayangkan di beranda e-learning pada "
     "Jumat, 6 November 2026 pukul 10.00 WIB.\n\n"
     "Judul: Lomba Inovasi Mahasiswa Polibatam 2026\n\n"
     "Mahasiswa aktif semua program studi dapat mendaftar secara berkelompok (3-5 orang). Batas akhir pengumpulan "
     "proposal: Jumat, 20 November 2026 pukul 23.59 WIB. Final dan presentasi: Kamis, 3 Desember 2026.\n\n"
     "Atas perhatian dan kerja samanya kami ucapkan terima kasih.\n\nHormat kami,\nBagian Kemahasiswaan\n",
     "announcement", "id",
     {"title": "Lomba Inovasi Mahasiswa Polibatam 2026", "scope": "site", "publish_at": "2026-11-06T10:00:00+07:00"},
     mailer="Microsoft Outlook 16.0")

mail("language-centre-html-bold-tomorrow", "2026-11-10 16:25", "Language Centre Polibatam <upabahasa@polibatam.ac.id>",
     "English Club announcement for e-learning",
     "Dear P4M,\n\nPlease publish the announcement below for all students tomorrow at 1 pm.\n\n"
     "English Club: New Members Orientation\n\n"
     "The orientation will be held on Wednesday, 18 November 2026 at 15:30 in the Language Lab. "
     "Sign-up closes on 16 November.\n\nThank you,\nLanguage Centre\n",
     "announcement", "en",
     {"title": "English Club: New Members Orientation", "scope": "site", "publish_at": "2026-11-11T13:00:00+07:00"},
     "Title in bold in the HTML part; the orientation time is an event time.",
     html_body="<div><p>Dear P4M,</p><p>Please publish the announcement below for all students <u>tomorrow at 1 pm</u>.</p>"
     "<p><b>English Club: New Members Orientation</b></p>"
     "<p>The orientation will be held on Wednesday, 18 November 2026 at 15:30 in the Language Lab. Sign-up closes on 16 November.</p>"
     "<p>Thank you,<br>Language Centre</p></div>")

mail("lab-lusa-jam13-safety", "2026-11-12 10:50", "Lab Teknik Mesin <lab.mesin@polibatam.ac.id>",
     "Pengumuman induksi K3 - Proses Manufaktur kelas MS-1B",
     "Siang tim helpdesk,\n\nMinta tolong pasang pengumuman di MK Proses Manufaktur (ms 1204) khusus kelas MS-1B, "
     "tayang lusa jam 13.00:\n\n"
     "Judul: Induksi K3 Bengkel Wajib\n"
     "Semua mahasiswa MS-1B wajib ikut induksi K3 bengkel Senin, 16 November 2026 pukul 08.00 sebelum praktik mesin bubut.\n\n"
     "Trims,\nLaboran Teknik Mesin\n",
     "announcement", "id",
     {"course_code": "ms 1204", "course_name": "Proses Manufaktur", "title": "Induksi K3 Bengkel Wajib",
      "scope": "course", "publish_at": "2026-11-14T13:00:00+07:00"},
     "'lusa' = two days after the Date header; the induction time is an event time.")

mail("pdf-announcement-time-in-body", "2026-11-16 08:35", "Bagian Kemahasiswaan Polibatam <kemahasiswaan@polibatam.ac.id>",
     "Pengumuman tata tertib wisuda (terlampir)",
     "Yth. Tim P4M,\n\nTerlampir naskah pengumuman untuk seluruh mahasiswa. Mohon ditayangkan Rabu, 18 November 2026 pukul 08.00.\n\n"
     "Salam,\nKemahasiswaan\n",
     "announcement", "id",
     {"title": "Tata Tertib Gladi dan Pelaksanaan Wisuda 2026", "scope": "site", "publish_at": "2026-11-18T08:00:00+07:00"},
     "Title and text only in the PDF; the publish time is in the body.",
     attach=[("Pengumuman_Tatib_Wisuda_2026.pdf", pdf([
         "PENGUMUMAN",
         "Tata Tertib Gladi dan Pelaksanaan Wisuda 2026",
         "Gladi bersih: Jumat, 27 November 2026 pukul 13.00 di Auditorium.",
         "Wisuda: Sabtu, 28 November 2026 pukul 07.00. Peserta hadir 60 menit sebelum acara.",
         "Bagian Kemahasiswaan Politeknik Negeri Batam"]))])

mail("kemahasiswaan-secepatnya-no-time", "2026-11-24 09:05", "Hendra Gunawan (Kemahasiswaan) <hendra.gunawan@polibatam.ac.id>",
     "tolong umumkan - perubahan jam layanan kemahasiswaan",
     "Pagi P4M,\n\nMohon dipasang secepatnya di e-learning untuk semua mahasiswa ya:\n\n"
     "Judul: Perubahan Jam Layanan Bagian Kemahasiswaan\n"
     "Mulai 1 Desember 2026 layanan kemahasiswaan buka Senin-Jumat pukul 08.00-15.30, istirahat 12.00-13.00.\n\n"
     "Tks,\nHendra\n",
     "announcement", "id",
     {"title": "Perubahan Jam Layanan Bagian Kemahasiswaan", "scope": "site"},
     "'secepatnya' has no clock time; the hours are service hours.")

# =========================================================================== elearning_support (12)

mail("frontoffice-titipan-login", "2026-09-01 10:20", "Sri Wahyuni (Front Office P4M) <sri.wahyuni@polibatam.ac.id>",
     "Titipan: Pak Darmawan tidak bisa login e-learning",
     "Rekan helpdesk,\n\nTitipan dari Pak Darmawan (dosen LB Teknik Mesin), beliau datang ke loket. Akun e-learning beliau "
     "tidak bisa login sejak kemarin, muncul tulisan \"Invalid login, please try again\". Beliau sudah coba reset tapi email "
     "reset tidak masuk. Mohon dibantu, nomor WA beliau 0813-6400-2211.\n\nSri\nFront Office P4M\n",
     "elearning_support", "id", note="Passed on by front-office staff.")

mail("komting-students-cant-enrol", "2026-09-08 20:40", "Aulia Rahman <aulia.rahman@students.polibatam.ac.id>",
     "kak enrol key nya ga bisa",
     "kak, aku komting ME 1A. disuruh bu Rina nanya, temen2 sekelas ga bisa masuk course Matematika Teknik, "
     "enrolment key yg dikasih bu Rina katanya salah terus. udah dicoba huruf besar kecil juga. gimana ya kak?\n",
     "elearning_support", "id")

mail("phone-electronics-quiz-error", "2026-09-12 07:02", "Wong Mei Ling <meiling.wong@pcbtech-batamindo.com>",
     "quiz cannot open",
     "Hi, my quiz in EL 3106 cannot open for students, they see \"This quiz is not currently available\". "
     "Time already set 07.00-09.00 today. Pls help urgent, exam now.\n\nMei Ling\nProcess Engineer, PCBTech Batamindo\n"
     "Sent from my iPhone\n",
     "elearning_support", "en", cte="base64")

mail("dictation-upload-limit", "2026-09-19 21:33", "Siti Aminah <siti.aminah@polibatam.ac.id>",
     "upload video tidak bisa",
     "helpdesk saya mau upload video materi ukurannya dua ratus mega tapi di e-learning katanya maksimal lima puluh mega "
     "bagaimana caranya supaya bisa atau batasnya bisa dinaikan tidak terima kasih\n\n"
     "dikirim dengan suara dari ponsel saya mohon maaf jika ada salah ketik\n",
     "elearning_support", "id")

mail("question-can-name-change", "2026-09-23 10:11", "Agus Salim <agus.salim@polibatam.ac.id>",
     "Apakah nama course bisa saya ubah sendiri?",
     "Siang,\n\nMau tanya saja: apakah dosen bisa mengubah nama course di e-learning sendiri lewat Edit settings, "
     "atau harus selalu lewat P4M? Saya lihat kolom Course full name-nya abu-abu.\n\nTerima kasih,\nAgus\n",
     "elearning_support", "id",
     note="A question whether a name can be changed (and how), not a change request.")

mail("singapore-guest-account", "2026-09-30 16:50", "Priya Raman <priya.raman@tp-partners.edu.sg>",
     "Access for our 2 tutors",
     "Hi again,\n\nTwo of our tutors (Mr. Daniel Koh and Ms. Farah Aziz) need teacher access to the joint module on your "
     "Moodle. They don't have Polibatam accounts yet. What do they need to do ah? Their emails are daniel.koh@tp-partners.edu.sg "
     "and farah.aziz@tp-partners.edu.sg.\n\nThanks!\nPriya\n",
     "elearning_support", "en", tz="+0800")

mail("outlook-toppost-bbb", "2026-10-06 08:15", "Andreas Siregar <andreas.siregar@polibatam.ac.id>",
     "RE: BigBlueButton rekaman hilang",
     "Tolong dicek sesuai di bawah ya.\n\n"
     "From: Andreas Siregar <andreas.siregar@polibatam.ac.id>\n"
     "Sent: Monday, October 5, 2026 9:40 PM\n"
     "To: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\n"
     "Subject: BigBlueButton rekaman hilang\n\n"
     "Rekaman BigBlueButton kuliah tadi sore (EL 3106) tidak muncul di daftar recording, padahal tombol record sudah saya "
     "nyalakan. Apakah ada batas waktu prosesnya?\n",
     "elearning_support", "id", note="Top-posted reply whose question is in the quoted mail.",
     mailer="Microsoft Outlook 16.0", cte="quoted-printable")

mail("vietnam-grade-export", "2026-10-09 14:12", "Nguyen Thi Thu Ha <thuha.nguyen@hcmc-tech.edu.vn>",
     "Cannot export gradebook",
     "Dear P4M Helpdesk,\n\nWhen I try to export the gradebook of Supply Chain Analytics to Excel, the page shows "
     "\"Error reading from database\". Could you kindly check it for me?\n\nThank you very much.\nThu Ha\n",
     "elearning_support", "en")

mail("chinese-batam-course-hilang", "2026-10-17 08:30", "Tjhin Swie Hong <swiehong@sinarjayalogistik.com>",
     "My course disappear from dashboard",
     "Hello P4M,\n\nThis morning my course Kewirausahaan suddenly not appear in my dashboard already. "
     "Yesterday still got. Today Saturday got class 10am, very urgent. Please check for me.\n\nThanks ah,\nMr. Tjhin\n"
     "PT Sinar Jaya Logistik Batam\n",
     "elearning_support", "en")

mail("komting-turnitin", "2026-10-23 13:05", "Putri Ayu <putri.ayu@students.polibatam.ac.id>",
     "Turnitin di tugas akhir ga muncul skor",
     "Halo kak P4M, saya komting AKT 3B. Atas nama bu Dian mau nanya, tugas di course Audit kok similarity report "
     "Turnitin-nya ga keluar2 udah 2 hari. Itu settingnya salah atau gimana ya kak? Makasih\n",
     "elearning_support", "id")

mail("logistics-mixed-reset", "2026-11-05 06:40", "Budi Santoso <budi.santoso@pelabuhanbatamlogistik.co.id>",
     "lupa password elearning",
     "Pagi helpdesk, sy lupa password elearning, forgot password link kirim ke email kampus yg sy ga pernah buka. "
     "Bisa reset ke email kantor ini? Tks\n\nBudi Santoso\nWarehouse Manager | PT Pelabuhan Batam Logistik\n",
     "elearning_support", "mixed")

mail("frontoffice-cc-h5p", "2026-11-19 11:22", "Desi Ratnasari (Front Office P4M) <desi.ratnasari@polibatam.ac.id>",
     "Pak Rudi - H5P tidak tersimpan",
     "Helpdesk,\n\nPak Rudi Hartono (CC) tadi telepon: konten H5P interaktif yang beliau buat di course Desain Grafis "
     "tidak tersimpan, setiap klik Save kembali kosong. Beliau bilang: \"I already tried Chrome and Edge, cleared the cache, still the same.\" Mohon dibantu cek.\n\nDesi\n",
     "elearning_support", "mixed", cc="Rudi Hartono <rudi.hartono@polibatam.ac.id>")

# =========================================================================== document_request (7)

mail("frontoffice-titipan-rps-template", "2026-09-05 09:10", "Sri Wahyuni (Front Office P4M) <sri.wahyuni@polibatam.ac.id>",
     "Titipan: minta template RPS terbaru",
     "Helpdesk,\n\nTitipan dari Bu Lestari (Akuntansi) lewat telepon: beliau minta dikirimi template RPS terbaru "
     "(versi kurikulum OBE 2026) dalam format Word ke email beliau lestari@polibatam.ac.id.\n\nSri\n",
     "document_request", "id", note="Passed on by front-office staff.")

mail("shipyard-bap-form", "2026-09-26 12:30", "Ronny Tan <ronny.tan@batamshipyard-marine.co.id>",
     "form BAP",
     "Hi P4M, pls send form BAP perkuliahan (berita acara) utk dosen LB, format excel kalau ada. Tks\n\n"
     "Ronny Tan\nSenior Hull Supervisor | PT Batam Shipyard Marine\n",
     "document_request", "mixed")

mail("vietnam-sop-english", "2026-10-12 09:45", "Tran Minh Quan <quan.tran@hcmc-tech.edu.vn>",
     "Request for e-learning SOP document (English version)",
     "Dear P4M,\n\nFor our joint programme quality review, could you kindly share the SOP for e-learning services "
     "(course data updates and announcements), preferably in English or bilingual?\n\nBest regards,\nTran Minh Quan\n",
     "document_request", "en")

mail("komting-kontrak-kuliah", "2026-10-19 19:55", "Dimas Aryo <dimas.aryo@students.polibatam.ac.id>",
     "template kontrak kuliah",
     "kak, pak hendra minta dikirimin template kontrak kuliah yg resmi dari P4M, katanya ada format baru. "
     "kirim ke email beliau aja kak hendra.kusuma@polibatam.ac.id. makasih kak\n",
     "document_request", "id")

mail("dictation-form-perubahan", "2026-10-28 17:10", "Bambang Sutrisno <bambang.sutrisno@polibatam.ac.id>",
     "minta formulir",
     "helpdesk saya minta formulir perubahan data mata kuliah yang untuk dosen luar biasa kalau ada yang versi p d f "
     "tolong dikirim terima kasih\n\ndikirim dengan suara dari ponsel saya mohon maaf jika ada salah ketik\n",
     "document_request", "id")

mail("singapore-quality-manual", "2026-11-09 10:05", "Priya Raman <priya.raman@tp-partners.edu.sg>",
     "Quality manual & EDOM instrument",
     "Hi P4M,\n\nOur QA office is asking for a copy of Polibatam's quality manual for teaching and the EDOM "
     "(student evaluation of lecturers) questionnaire, for benchmarking. Can share? English version would be best.\n\n"
     "Cheers,\nPriya\n",
     "document_request", "en", tz="+0800")

mail("chinese-batam-rubric", "2026-11-20 15:15", "Tjhin Swie Hong <swiehong@sinarjayalogistik.com>",
     "Minta rubrik penilaian",
     "Selamat sore P4M,\n\nSaya Tjhin, dosen Kewirausahaan. Boleh minta rubrik penilaian presentasi bisnis plan yang "
     "standar kampus? Saya mau pakai untuk UAS final exam. If got Word format, better lah. Urgent a bit, next week already exam.\n\nThank you,\nTjhin Swie Hong\n",
     "document_request", "mixed")

# =========================================================================== other (7)

mail("siakad-grade-misdirected", "2026-09-29 14:33", "Nurul Hidayah <nurulhidayah.polibatam@gmail.com>",
     "Koreksi nilai mahasiswa",
     "Admin, tolong nilai mahasiswa a.n. Rina Septiani (NIM 4312301045) MK Pengantar Bisnis Digital diubah dari C ke B di SIAKAD, "
     "kemarin saya salah input. Terima kasih.\n\nNurul\n",
     "other", "id", note="A grade correction in SIAKAD, not on e-learning.")

mail("library-renewal-misdirected", "2026-10-07 12:12", "Kelvin Lim <kelvin.lim@polibatam.ac.id>",
     "Extend book loan",
     "Hi, can you extend my loan for \"Discrete-Time Signal Processing\" in the library system for two more weeks? "
     "Due date is tomorrow. Thanks, Kelvin\n",
     "other", "en", note="Meant for the library system.")

mail("change-already-done", "2026-10-10 09:20", "Fitri Handayani <fitri.handayani@polibatam.ac.id>",
     "Info: ringkasan MK sudah saya ubah sendiri",
     "Halo helpdesk, sekadar info, ringkasan MK Pemrograman Web Lanjut sudah saya ubah sendiri lewat Edit settings tadi pagi, "
     "jadi permintaan saya yang minggu lalu tidak perlu diproses lagi ya. Makasih!\n\nFitri\n",
     "other", "id", note="The lecturer already made the change herself.")

mail("thanks-shipyard", "2026-10-14 07:10", "Ronny Tan <ronny.tan@batamshipyard-marine.co.id>",
     "Re: [P4M #512] announcement Konstruksi Kapal",
     "Ok noted, sdh tayang. Thx a lot team!\n\nRonny\n\nSent from Outlook for Android\n",
     "other", "mixed", note="Thanks in an existing ticket thread.",
     in_reply="<ack512.p4m@polibatam.ac.id>")

mail("complaint-slow-answer", "2026-11-02 15:48", "Dewi Kartika <dewi.kartika@polibatam.ac.id>",
     "Kok lama sekali balasnya?",
     "Selamat sore,\n\nSaya sudah kirim email ke helpdesk tiga hari lalu soal course yang tidak muncul, sampai sekarang "
     "belum ada balasan sama sekali. Katanya respon 15 menit? Mohon perhatiannya.\n\nDewi Kartika\n",
     "other", "id", note="Complaint about slow answers, no new request.")

mail("hedged-plan-next-semester", "2026-11-17 13:40", "Jonathan Goh <jonathan.goh@polibatam.ac.id>",
     "Rencana semester depan",
     "Hi P4M, just heads up: semester depan kemungkinan Cloud Computing mau saya rename jadi Cloud & DevOps Engineering, "
     "tapi masih nunggu rapat kurikulum. Nanti kalau sudah fix saya kirim request resmi ya. Thanks!\n\nJon\n",
     "other", "mixed", note="A hedged plan for next semester, not a request yet.")

mail("vendor-logistics-offer", "2026-11-25 10:00", "Marketing Batam EduTech <marketing@batamedutech.co.id>",
     "Penawaran kerja sama LMS dan konten e-learning",
     "Kepada Yth. Kepala P4M Politeknik Negeri Batam,\n\nKami dari PT Batam EduTech menawarkan paket pembuatan konten "
     "video pembelajaran dan integrasi LMS dengan harga khusus institusi. Kami siap presentasi di kampus kapan saja.\n\n"
     "Hormat kami,\nTim Marketing PT Batam EduTech\n",
     "other", "id", note="Vendor offer.")

# =========================================================================== auto (6)

mail("moodle-cron-failure", "2026-09-13 02:05", "E-Learning Polibatam (noreply) <noreply@learning.polibatam.ac.id>",
     "Scheduled task failed: Clean up old backup files",
     "The scheduled task \\core\\task\\backup_cleanup_task (Clean up old backup files) failed on "
     "learning.polibatam.ac.id.\n\nFailure count: 3\nLast run: 2026-09-13 02:00:01\nError: Cannot delete file "
     "/var/moodledata/temp/backup/5f2a (Permission denied)\n\nThis is an automatically generated message. Do not reply.\n"
     "To change notification preferences: https://learning.polibatam.ac.id/message/notificationpreferences.php\n",
     "auto", "en", headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
                            ("X-Auto-Response-Suppress", "All")])


def ics(uid, start, end, summary, organizer):
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n"
            "CALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:%s\r\nDTEND:%s\r\n"
            "DTSTAMP:20260915T020000Z\r\nORGANIZER;CN=%s:mailto:%s\r\nUID:%s@google.com\r\n"
            "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:helpdesk-p4m@polibatam.ac.id\r\n"
            "SUMMARY:%s\r\nSTATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % (start, end, organizer[0], organizer[1], uid, summary)
            ).encode()


mail("google-calendar-invite", "2026-09-15 09:00", "Google Calendar <calendar-notification@google.com>",
     "Invitation: Rapat koordinasi e-learning @ Kam 17 Sep 2026 13:00 - 14:30 (WIB) (helpdesk-p4m@polibatam.ac.id)",
     "Anda telah diundang ke acara berikut.\n\nRapat koordinasi e-learning\nKapan: Kamis, 17 September 2026 13:00 - 14:30 (WIB)\n"
     "Tempat: Ruang Rapat P4M\nPenyelenggara: rahmat.hidayat@polibatam.ac.id\n\n"
     "Apakah Anda akan hadir? Ya - Mungkin - Tidak\n\nUndangan dari Google Kalender\n"
     "Anda menerima email ini karena Anda adalah tamu di acara ini.\n",
     "auto", "id", note="Calendar invitation sent by Google Calendar's no-reply system.",
     headers=[("Sender", "Google Calendar <calendar-notification@google.com>"), ("Reply-To", "rahmat.hidayat@polibatam.ac.id"),
              ("Auto-Submitted", "auto-generated")],
     attach=[("invite.ics", ics("7kq2p18cal", "20260917T060000Z", "20260917T073000Z", "Rapat koordinasi e-learning",
                                ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id")))])

mail("teams-forward-system", "2026-10-02 08:00", "Microsoft Teams <noreply@email.teams.microsoft.com>",
     "Andreas Siregar forwarded you a meeting: Sosialisasi Kurikulum OBE",
     "Andreas Siregar forwarded you a meeting\n\nSosialisasi Kurikulum OBE\nTuesday, October 6, 2026 9:00 AM - 11:00 AM (UTC+07:00)\n\n"
     "Join on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 412 557 908 131\n"
     "Passcode: Xq7Lm2\n\nLearn more | Meeting options\n\nThis email was sent from an unmonitored mailbox.\n",
     "auto", "en", note="A Teams meeting forward generated by a system address.",
     headers=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Organization-AutoCreatedMessage", "true")])

mail("list-digest", "2026-10-21 06:00", "Forum Dosen Polibatam <forum-dosen@googlegroups.com>",
     "[forum-dosen] Ringkasan 5 pesan untuk 1 topik",
     "Ringkasan harian forum-dosen\n\nTopik dalam ringkasan ini:\n1. Jadwal input nilai UTS - 5 pesan\n\n"
     "---------------------------------------------------------------------\n"
     "Pesan dari Agus Salim: Apakah input nilai UTS ditutup Jumat?\n"
     "Pesan dari Dewi Kartika: Setahu saya sampai Senin.\n\n"
     "Anda menerima pesan ini karena berlangganan grup forum-dosen.\n"
     "Untuk berhenti berlangganan, kirim email ke forum-dosen+unsubscribe@googlegroups.com.\n",
     "auto", "id",
     headers=[("List-Id", "<forum-dosen.googlegroups.com>"), ("Precedence", "list"),
              ("List-Unsubscribe", "<mailto:forum-dosen+unsubscribe@googlegroups.com>")])


def bounce_raw(m):
    slug = m["slug"]
    b = "----=_p18_%s_0" % h(slug, 16)
    d = format_datetime(m["date"])
    orig = ("From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\r\nTo: andi.wibowo@mitra-logistik.co.id\r\n"
            "Subject: [P4M #541] Permintaan Anda telah kami terima\r\nDate: Wed, 11 Nov 2026 09:14:02 +0700\r\n"
            "Message-ID: <ack541.p4m@polibatam.ac.id>\r\n")
    text = ("Pesan Anda tidak dapat dikirim ke satu atau lebih penerima.\r\n\r\n"
            "Penerima: andi.wibowo@mitra-logistik.co.id\r\n"
            "Alasan: 550 5.7.23 Pesan ditolak karena pemeriksaan SPF gagal (SPF fail) untuk domain pengirim.\r\n\r\n"
            "Ini adalah pesan otomatis dari sistem surat, mohon tidak dibalas.\r\n")
    raw = ("From: Mail Delivery System <MAILER-DAEMON@mx.polibatam.ac.id>\r\n"
           "To: helpdesk-p4m@polibatam.ac.id\r\n"
           "Subject: %s\r\nDate: %s\r\nMessage-ID: <%s.bounce@mx.polibatam.ac.id>\r\n"
           "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
           "Content-Type: multipart/report; report-type=delivery-status;\r\n boundary=\"%s\"\r\n\r\n"
           "--%s\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n%s\r\n"
           "--%s\r\nContent-Type: message/delivery-status\r\n\r\n"
           "Reporting-MTA: dns; mx.polibatam.ac.id\r\n\r\nFinal-Recipient: rfc822; andi.wibowo@mitra-logistik.co.id\r\n"
           "Action: failed\r\nStatus: 5.7.23\r\nDiagnostic-Code: smtp; 550 5.7.23 SPF validation failed\r\n\r\n"
           "--%s\r\nContent-Type: text/rfc822-headers\r\n\r\n%s\r\n--%s--\r\n"
           % (m["subject"], d, h(slug), b, b, text, b, b, orig, b))
    return raw.encode("utf-8")


mail("bounce-spf-fail-id", "2026-11-11 09:14", "Mail Delivery System <MAILER-DAEMON@mx.polibatam.ac.id>",
     "Pesan tidak terkirim: [P4M #541] Permintaan Anda telah kami terima", "", "auto", "id",
     note="Indonesian delivery-status bounce for an SPF failure.", raw=bounce_raw)

mail("vacation-re-subject", "2026-11-23 08:02", "Eko Prasetyo <eko.prasetyo@polibatam.ac.id>",
     "Re: [P4M #548] Publish pengumuman Lab Robotika",
     "Terima kasih atas email Anda. Saya sedang cuti sampai dengan 30 November 2026 dengan akses email terbatas. "
     "Untuk urusan Lab Robotika silakan hubungi laboran kami di lab.robotika@polibatam.ac.id.\n\n"
     "Salam,\nEko Prasetyo\n",
     "auto", "id", note="Vacation reply whose subject starts with 'Re:'.",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], in_reply="<ack548.p4m@polibatam.ac.id>")


# =========================================================================== main

def main():
    ok = True
    errs = []
    order = sorted(MAILS, key=lambda m: (m["date"].astimezone(dt.timezone.utc), m["slug"]))
    labels = {}
    written = set()
    counts = {}
    langs = {}
    for i, m in enumerate(order, 1):
        name = "%03d-%s.eml" % (i, m["slug"])
        raw = build(m)
        errs += check(name, raw, m)
        (HERE / name).write_bytes(raw)
        written.add(name)
        lab = {"type": m["type"], "lang": m["lang"], "fields": m["fields"], "note": m["note"]}
        labels[name] = lab
        counts[m["type"]] = counts.get(m["type"], 0) + 1
        langs[m["lang"]] = langs.get(m["lang"], 0) + 1
        if not (dt.datetime(2026, 9, 1, tzinfo=dt.timezone.utc) - dt.timedelta(hours=8) <= m["date"]
                and m["date"] < dt.datetime(2026, 11, 29, tzinfo=dt.timezone(dt.timedelta(hours=7)))):
            errs.append("%s: date out of range" % name)
    for p in HERE.glob("[0-9][0-9][0-9]-*.eml"):
        if p.name not in written:
            p.unlink()
    (HERE / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                                      encoding="utf-8")
    for e in errs:
        print(e)
    print("types", counts)
    print("langs", langs)
    if counts != PLAN:
        print("counts differ from plan", PLAN)
        ok = False
    if len(set(m["slug"] for m in MAILS)) != len(MAILS):
        print("duplicate slug")
        ok = False
    return 0 if ok and not errs else 1


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Twenty-ninth tuning corpus generator, the former held-out part17 (stdlib only, deterministic). Writes NNN-*.eml and labels.json next to this file."""
import email, email.policy, email.utils, hashlib, html, io, json, os, re, struct, sys, zipfile, zlib, datetime
from email.message import EmailMessage
from email.headerregistry import Address

HERE = os.path.dirname(os.path.abspath(__file__))
POL = email.policy.default.clone(linesep="\r\n", max_line_length=78)
HD = "helpdesk-p4m@polibatam.ac.id"
PLAN = {"course_data": 22, "announcement": 16, "elearning_support": 12, "document_request": 7, "other": 7, "auto": 6}
MSGS = []


def h(slug, n=16):
    return hashlib.sha256(slug.encode()).hexdigest()[:n]


def docx(paras):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p, quote=False) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def pdf(lines):
    esc = lambda s: s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 50 780 Td 14 TL\n" + "".join("(%s) '\n" % esc(l) for l in lines) + "ET\n"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%sendstream" % (len(stream.encode("latin-1")), stream),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    out += "".join("%010d 00000 n \n" % o for o in offs).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out


def png(slug, w=24, hgt=12):
    seed = hashlib.sha256(slug.encode()).digest()
    raw = b"".join(b"\x00" + bytes((seed[(x + y) % 32] for x in range(w * 3))) for y in range(hgt))
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def m(slug, date, frm, subject, text=None, *, label, html_body=None, to=HD, cc=None, cte=None, hcte=None,
      att=(), headers=(), related=None, xmailer=None, only_html=False, inner=None):
    """label = (type, lang, fields, note)"""
    MSGS.append(dict(slug=slug, date=date, frm=frm, subject=subject, text=text, label=label, html=html_body, to=to,
                     cc=cc, cte=cte, hcte=hcte, att=att, headers=headers, related=related, xmailer=xmailer,
                     only_html=only_html, inner=inner))


def lab(t, lang, note="", **fields):
    return (t, lang, fields, note)


def build(d):
    msg = EmailMessage(policy=POL)
    msg["From"] = d["frm"]
    msg["To"] = d["to"]
    if d["cc"]:
        msg["Cc"] = d["cc"]
    msg["Subject"] = d["subject"]
    msg["Date"] = d["date"]
    dom = d["frm"].rsplit("@", 1)[1].rstrip(">")
    msg["Message-ID"] = "<%s.%s@%s>" % (h(d["slug"]), h(d["slug"] + "x", 8), dom)
    msg["MIME-Version"] = "1.0"
    for k, v in d["headers"]:
        msg[k] = v
    if d["xmailer"]:
        msg["X-Mailer"] = d["xmailer"]
    if d["only_html"]:
        msg.set_content(d["html"], subtype="html", cte=d["hcte"] or "quoted-printable")
    else:
        msg.set_content(d["text"], cte=d["cte"] or ("quoted-printable" if not d["text"].isascii() else "7bit"))
        if d["html"]:
            msg.add_alternative(d["html"], subtype="html", cte=d["hcte"] or "quoted-printable")
    if d["related"]:
        target = msg.get_payload()[-1] if msg.is_multipart() else msg
        for cid, data in d["related"]:
            target.add_related(data, "image", "png", cid="<%s>" % cid, disposition="inline", filename=cid.split("@")[0] + ".png")
    if d["inner"] is not None:
        msg.add_attachment(d["inner"])
    for fn, data, mt in d["att"]:
        if isinstance(data, str):
            msg.add_attachment(data, subtype=mt.split("/")[1], filename=fn)
        else:
            a, b = mt.split("/")
            msg.add_attachment(data, maintype=a, subtype=b, filename=fn)
    for i, part in enumerate(msg.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_P17_%s_%d" % (h(d["slug"], 12), i))
    return msg


def inner_msg(slug, frm, to, subject, date, text):
    im = EmailMessage(policy=POL)
    im["From"], im["To"], im["Subject"], im["Date"] = frm, to, subject, date
    im["Message-ID"] = "<%s@%s>" % (h(slug + "inner"), frm.rsplit("@", 1)[1].rstrip(">"))
    im["MIME-Version"] = "1.0"
    im.set_content(text)
    return im


def strip_html(s):
    s = re.sub(r"(?is)<(style|script).*?</\1>", " ", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def all_text(msg):
    out = [str(msg["Subject"])]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        data = part.get_payload(decode=True) or b""
        if ct == "text/html":
            t = part.get_content()
            out.append(t)
            out.append(strip_html(t))
        elif ct.startswith("text/"):
            out.append(part.get_content())
        elif ct.endswith("wordprocessingml.document"):
            x = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
            out.append(" ".join(html.unescape(t) for t in re.findall(r"<w:t[^>]*>(.*?)</w:t>", x)))
        elif ct == "application/pdf":
            out.append("\n".join(s.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")
                                 for s in re.findall(rb"\(((?:\\.|[^\\)])*)\) '", data) for s in [s.decode("latin-1")]))
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            out.extend(all_text(part.get_payload()[0]))
    return out


DAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
        "sen": 0, "sel": 1, "rab": 2, "kam": 3, "jum": 4, "sab": 5, "min": 6, "mon": 0, "tue": 1, "wed": 2,
        "thu": 3, "fri": 4, "sat": 5, "sun": 6}
MONTHS = {"jan": 1, "januari": 1, "january": 1, "feb": 2, "februari": 2, "february": 2, "mar": 3, "maret": 3, "march": 3,
          "apr": 4, "april": 4, "mei": 5, "may": 5, "jun": 6, "juni": 6, "june": 6, "jul": 7, "juli": 7, "july": 7,
          "agu": 8, "agustus": 8, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "okt": 10, "oktober": 10,
          "oct": 10, "october": 10, "nov": 11, "november": 11, "des": 12, "desember": 12, "dec": 12, "december": 12}


def check_weekdays(text, year):
    bad = []
    for mt in re.finditer(r"\b([A-Za-z']+),? (\d{1,2}) ([A-Za-z]+)\.?(?: ((?:19|20)\d\d)\b)?", text):
        d, dd, mon, yy = mt.group(1).lower(), int(mt.group(2)), mt.group(3).lower(), mt.group(4)
        if d in DAYS and mon in MONTHS:
            try:
                wd = datetime.date(int(yy) if yy else year, MONTHS[mon], dd).weekday()
            except ValueError:
                continue
            if wd != DAYS[d]:
                bad.append(mt.group(0))
    return bad


def D(s, tz="+0700"):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return dt.strftime("%a, %d %b %Y %H:%M:00 ") + tz


FOOT_BTM = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be privileged. They are\n"
            "intended solely for the named addressee(s). If you are not the intended recipient, please notify the\n"
            "sender immediately and delete this e-mail. Any unauthorised use, disclosure, copying or distribution is\n"
            "strictly prohibited. PT Sinar Elektronika Batamindo accepts no liability for any damage caused by viruses\n"
            "transmitted by this e-mail. Please consider the environment before printing this e-mail.")
FOOT_YARD = ("DISCLAIMER: Informasi dalam e-mail ini bersifat rahasia dan hanya ditujukan untuk penerima yang disebutkan.\n"
             "Apabila Anda bukan penerima yang dimaksud, mohon segera memberitahu pengirim dan menghapus e-mail ini.\n"
             "PT Galangan Samudra Kabil tidak bertanggung jawab atas isi e-mail yang disampaikan tanpa kewenangan.\n"
             "This message is confidential. If you received it in error, please delete it and inform the sender.")
WORDCSS = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
           '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!--\n'
           '/* Style Definitions */ p.MsoNormal, li.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
           'span.EmailStyle17 {mso-style-type:personal-compose;} .MsoChpDefault {mso-style-type:export-only;}\n'
           '--></style></head><body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">')


def P(t):
    return '<p class="MsoNormal">%s<o:p></o:p></p>' % t


def define_messages():
    # ---------------------------------------------------------------- course_data
    m("outlook-html-footer-batamindo-lecturer", D("2026-09-02 08:41"),
      "Hendrik Simanjuntak <hendrik.simanjuntak@sinarelektronika-btm.co.id>",
      "Permohonan pergantian dosen - Manajemen Produksi Elektronik (MFG3104)",
      "Dear Tim P4M,\n\nSaya practitioner lecturer untuk kelas industri MFG3104 Manajemen Produksi Elektronik semester ini. "
      "Mulai minggu depan saya dipindah ke plant Batamindo Lot 215 dan jadwal saya bentrok dengan shift produksi.\n\n"
      "Mohon dosen pengampu di e-learning diganti menjadi rekan saya Ir. Hendra Wijaya, M.T. "
      "(Process Engineering Manager) yang akan melanjutkan kelas sampai akhir semester.\n\n"
      "Thanks & regards,\nHendrik Simanjuntak\nProduction Planning Supervisor | SMT Line 3\nPT Sinar Elektronika Batamindo\n"
      "Jl. Beringin Lot 215, Batamindo Industrial Park, Muka Kuning, Batam 29433\nT: +62 770 611 2034 ext. 318\n\n" + FOOT_BTM + "\n",
      html_body=WORDCSS + P("Dear Tim P4M,") + P("&nbsp;") +
      P("Saya practitioner lecturer untuk kelas industri MFG3104 Manajemen Produksi Elektronik semester ini. Mulai minggu depan saya "
        "dipindah ke plant Batamindo Lot 215 dan jadwal saya bentrok dengan shift produksi.") + P("&nbsp;") +
      P("Mohon dosen pengampu di e-learning diganti menjadi rekan saya <b>Ir. Hendra Wijaya, M.T.</b> (Process Engineering Manager) "
        "yang akan melanjutkan kelas sampai akhir semester.") + P("&nbsp;") +
      P("Thanks &amp; regards,<br>Hendrik Simanjuntak<br>Production Planning Supervisor | SMT Line 3<br>PT Sinar Elektronika Batamindo") +
      '<p style="font-size:7.5pt;color:gray">' + html.escape(FOOT_BTM).replace("\n", " ") + "</p></div></body></html>",
      headers=[("Thread-Index", "AdtBq3Xk9PzL2mQ0Tfa1c8g3kR7wYA=="), ("X-MS-Has-Attach", ""), ("Content-Language", "en-US")],
      xmailer="Microsoft Outlook 16.0",
      label=lab("course_data", "mixed", course_code="MFG3104", course_name="Manajemen Produksi Elektronik",
                changes={"lecturer": "Ir. Hendra Wijaya, M.T."}))

    m("gmail-android-hokkien-enrolkey", D("2026-09-04 21:17"), "Ko Acong Tanjaya <acong.tanjaya@gmail.com>",
      "kelas kewirausahaan wa 🙏",
      "Halo P4M,\n\nWa Acong, yang ngajar Kewirausahaan kelas sore itu lho. Itu enrolment key yg lama sudah bocor ke grup angkatan "
      "lain, banyak anak bukan kelas wa ikut masuk, cincai juga tapi tak enak lah.\n"
      "Tolong ganti enrolment key jadi CUAN2026 ya. Kode MK nya EN1102 kalau tak salah.\n\nKamsia banyak,\nAcong\n\n"
      "Dikirim dari ponsel Android saya\n",
      html_body='<div dir="auto">Halo P4M,<div dir="auto"><br></div><div dir="auto">Wa Acong, yang ngajar Kewirausahaan kelas sore itu lho. '
      'Itu enrolment key yg lama sudah bocor ke grup angkatan lain, banyak anak bukan kelas wa ikut masuk, cincai juga tapi tak enak lah.</div>'
      '<div dir="auto">Tolong ganti enrolment key jadi CUAN2026 ya. Kode MK nya EN1102 kalau tak salah.</div><div dir="auto"><br></div>'
      '<div dir="auto">Kamsia banyak,</div><div dir="auto">Acong</div></div>', hcte="base64", cte="base64",
      label=lab("course_data", "mixed", course_code="EN1102", course_name="Kewirausahaan", changes={"enrolment_key": "CUAN2026"}))

    m("roundcube-asdos-cc-class", D("2026-09-07 10:05"), "Nadya Putri Ramadhani <4312301045@students.polibatam.ac.id>",
      "Perubahan kelas mata kuliah Basis Data (IF204) a.n. Bapak Rizal Fahmi",
      "Selamat pagi Bapak/Ibu Tim P4M,\n\nPerkenalkan, saya Nadya, asisten dosen Bapak Rizal Fahmi, S.Kom., M.Cs. (beliau saya Cc di "
      "email ini). Atas permintaan beliau, kami mohon kelas pada course Basis Data (IF204) di e-learning diubah menjadi IF-2B Malam, "
      "karena course ini dipakai untuk kelas karyawan, bukan kelas pagi seperti yang tertera sekarang.\n\n"
      "Terima kasih atas bantuannya.\n\nHormat saya,\nNadya Putri Ramadhani\nAsisten Dosen Basis Data\nTeknik Informatika - Polibatam\n",
      cc="Rizal Fahmi <rizal.fahmi@polibatam.ac.id>", xmailer="Roundcube Webmail/1.6.6",
      label=lab("course_data", "id", course_code="IF204", course_name="Basis Data", changes={"class": "IF-2B Malam"}))

    m("lotus-notes-secretary-dictation", D("2026-09-09 14:22"), "Sekretariat Jurusan Elektro <sekr.elektro@polibatam.ac.id>",
      "Nama singkat mata kuliah Sistem Kendali",
      "Kepada Yth. Tim Helpdesk P4M\n\nDengan hormat,\n\nBersama ini saya sampaikan pesan dari Prof. Dr. Ir. Bambang Suprapto, M.Eng., "
      "yang beliau diktekan pagi ini:\n\nBapak meminta agar nama singkat mata kuliah TE301 Sistem Kendali di e-learning diubah menjadi "
      "SISKEN-TE3A, supaya tidak tertukar dengan kelas paralel yang diampu dosen lain. Bapak juga berpesan agar perubahan ini "
      "dilakukan sebelum kuliah hari Senin.\n\nDemikian disampaikan, atas perhatiannya diucapkan terima kasih.\n\n"
      "Hormat kami,\n\nSri Wahyuni\nSekretaris Jurusan Teknik Elektro\nPoliteknik Negeri Batam\n",
      headers=[("X-Priority", "3 (Normal)")], xmailer="Lotus Notes Release 9.0.1FP10 September 26, 2018",
      label=lab("course_data", "id", course_code="TE301", course_name="Sistem Kendali", changes={"shortname": "SISKEN-TE3A"}))

    m("gmail-reply-value-only-code", D("2026-09-11 09:02"), "Dewi Anggraini <dewi.anggraini@polibatam.ac.id>",
      "Re: [P4M #2611] Mohon lengkapi: kode mata kuliah",
      "MK2203\n\nPada Kam, 10 Sep 2026 pukul 16.40 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nmenulis:\n\n"
      "> Yth. Ibu Dewi Anggraini,\n>\n> Permintaan Ibu sudah kami terima dengan nomor tiket #2611.\n"
      "> Mohon lengkapi: kode mata kuliah.\n>\n> Salam,\n> Helpdesk P4M\n>\n"
      "> Pada Kam, 10 Sep 2026 pukul 15.12 Dewi Anggraini <dewi.anggraini@polibatam.ac.id>\n> menulis:\n>\n"
      ">> Siang, mohon ganti jumlah SKS mata kuliah Akuntansi Biaya di e-learning menjadi 3 SKS ya,\n"
      ">> kurikulum baru sudah berlaku. Terima kasih.\n",
      label=lab("course_data", "id", "reply to the helpdesk's question with only the value; the change is in the quoted request",
                course_code="MK2203", course_name="Akuntansi Biaya", changes={"credits": "3"}))

    m("ipad-reply-value-plus-question", D("2026-09-14 19:48"), "Yohanes Sitorus <yohanes.sitorus@polibatam.ac.id>",
      "Re: [P4M #2640] Mohon lengkapi: kode mata kuliah",
      "Kodenya AK3105 pak.\n\nOh ya satu lagi, kalau semesternya sudah diganti apakah mahasiswa yang sudah enrol harus enrol ulang? "
      "Takutnya nilai tugas mereka hilang.\n\nDikirim dari iPad saya\n\n"
      "Pada 14 Sep 2026, pukul 11.20, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:\n\n"
      "> Yth. Bapak Yohanes,\n> Mohon lengkapi: kode mata kuliah.\n>\n"
      ">> Pada 14 Sep 2026, pukul 10.02, Yohanes Sitorus menulis:\n"
      ">> Tolong semester course Perpajakan Lanjutan diganti jadi Ganjil 2026/2027, sekarang masih tertulis Genap 2025/2026.\n",
      cte="base64", xmailer="iPad Mail (22B91)",
      label=lab("course_data", "id", "value given in reply plus a new question; change is in the quoted request",
                course_code="AK3105", course_name="Perpajakan Lanjutan", changes={"semester": "Ganjil 2026/2027"}))

    m("ipad-autocorrect-lecturer", D("2026-09-16 07:31"), "Ratna Sari Dewi <ratna.sari@polibatam.ac.id>",
      "Giant dozen Fisika Terapan",
      "Selamat pagi tim P4M,\n\nMohon bantuan utk giant dozen pengampu mata kuliah Fisika Terapan (FT102) di e-learning menjadi "
      "Dr. Lina Marlina, S.Si., M.Si. karena saya cuti melahirkan mulai bulan depan. Kelas dan mahasiswa tetap sama.\n\n"
      "Terima lasih banyak\nRatna\n\nSent from my iPad",
      xmailer="iPad Mail (22A3354)",
      label=lab("course_data", "id", "tablet autocorrect ('giant dozen' = ganti dosen)", course_code="FT102",
                course_name="Fisika Terapan", changes={"lecturer": "Dr. Lina Marlina, S.Si., M.Si."}))

    m("gmail-voice-typed-fullname", D("2026-09-18 06:12"), "Agus Salim Harahap <agus.harahap@polibatam.ac.id>",
      "ganti nama mata kuliah",
      "selamat pagi pak saya mau minta tolong ganti nama lengkap mata kuliah pemrograman web lanjut kode IF305 menjadi "
      "pengembangan aplikasi web lanjut karena sudah disesuaikan dengan kurikulum obe terima kasih pak salam agus\n",
      html_body='<div dir="ltr">selamat pagi pak saya mau minta tolong ganti nama lengkap mata kuliah pemrograman web lanjut kode IF305 '
      'menjadi pengembangan aplikasi web lanjut karena sudah disesuaikan dengan kurikulum obe terima kasih pak salam agus</div>',
      label=lab("course_data", "id", "voice-typed, no punctuation", course_code="IF305", course_name="pemrograman web lanjut",
                changes={"fullname": "pengembangan aplikasi web lanjut"}))

    m("outlook-bold-html-differs-class", D("2026-09-21 13:37"), "Fajar Nugroho <fajar.nugroho@polibatam.ac.id>",
      "Perubahan kelas - Rekayasa Perangkat Lunak",
      "Yth. Tim P4M,\n\nMohon kelas pada course Rekayasa Perangkat Lunak (RPL302) diperbarui.\nKelas baru: TRPL-3C\n\n"
      "Salam,\nFajar Nugroho\nDosen TRPL\n",
      html_body=WORDCSS + P("Yth. Tim P4M,") + P("Mohon kelas pada course Rekayasa Perangkat Lunak (RPL302) diperbarui.") +
      P("Kelas baru: <b>TRPL 3C</b>") + P("Salam,<br>Fajar Nugroho<br>Dosen TRPL") + "</div></body></html>",
      xmailer="Microsoft Outlook 16.0",
      label=lab("course_data", "id", "HTML bold shows 'TRPL 3C', plain text 'TRPL-3C'; labelled as the plain text",
                course_code="RPL302", course_name="Rekayasa Perangkat Lunak", changes={"class": "TRPL-3C"}))

    m("outlook-htmlonly-table-rows", D("2026-09-23 10:10"), "Kaprodi TRKBG <kaprodi.trkbg@polibatam.ac.id>",
      "Perubahan data beberapa mata kuliah TRKBG",
      None, only_html=True, xmailer="Microsoft Outlook 16.0",
      html_body=WORDCSS + P("Yth. Tim Helpdesk P4M,") + P("Berikut perubahan data mata kuliah di e-learning yang kami mohonkan:") +
      '<table border="1" cellspacing="0" cellpadding="4"><tr><th>No</th><th>Kode MK</th><th>Nama MK</th><th>Perubahan</th></tr>'
      '<tr><td>1</td><td>RK2101</td><td>Statika Struktur</td><td>SKS 2 &rarr; 3</td></tr>'
      '<tr><td>2</td><td>RK2203</td><td>Mekanika Tanah</td><td>Dosen: Ir. Taufik Hidayat, M.T.</td></tr>'
      '<tr><td>3</td><td>RK2305</td><td>Struktur Beton</td><td>Nama singkat: BETON-3A</td></tr></table>' +
      P("Terima kasih.") + P("Koordinator Program Studi<br>Teknologi Rekayasa Konstruksi Bangunan Gedung") + "</div></body></html>",
      label=lab("course_data", "id", "table with three courses; first row labelled", course_code="RK2101",
                course_name="Statika Struktur", changes={"credits": "3"}))

    m("thunderbird-taiwan-numbered-list", D("2026-09-25 15:03"), "Dr. Chen Wei-Lun <wlchen@ntust-partner.edu.tw>",
      "Joint course IMS401 – two changes please",
      "Dear P4M colleagues,\n\nGreetings from Taipei. For our joint course IMS401 Smart Manufacturing Seminar, which we co-teach with "
      "Polibatam this semester, please help us to do the following changes on your e-learning:\n\n"
      "1. Full name: Seminar on Smart Manufacturing and Industry 4.0\n2. Short name: SMS-I40\n\n"
      "The students from both sides will see the same name, so this is quite important for us. Thank you for your kind "
      "assistance and hope everything goes well.\n\nBest wishes,\nChen Wei-Lun, Ph.D.\nAssociate Professor, Dept. of Industrial Management\n",
      xmailer="Mozilla Thunderbird 128.3.1",
      label=lab("course_data", "en", course_code="IMS401", course_name="Smart Manufacturing Seminar",
                changes={"fullname": "Seminar on Smart Manufacturing and Industry 4.0", "shortname": "SMS-I40"}))

    m("thunderbird-arrow-lines-qp", D("2026-09-28 11:26"), "Indra Gunawan <indra.gunawan@polibatam.ac.id>",
      "Update course PBO (IF203) – nama singkat & kunci",
      "Halo tim P4M,\n\nUntuk course IF203 Pemrograman Berorientasi Objek mohon diupdate:\n\n"
      "Nama singkat: PBO-A → PBO-2A\nKunci pendaftaran: pbo2025 → pbo2026ganjil\n\nMakasih,\nIndra\n",
      cte="quoted-printable", xmailer="Mozilla Thunderbird 128.2.0",
      label=lab("course_data", "id", course_code="IF203", course_name="Pemrograman Berorientasi Objek",
                changes={"shortname": "PBO-2A", "enrolment_key": "pbo2026ganjil"}))

    m("notes-kabil-sebelumnya-semester", D("2026-09-30 16:55"), "Bonar Pakpahan <bonar.pakpahan@kabil-precision.co.id>",
      "Metrologi Industri MI305 - semester salah",
      "Kepada: helpdesk-p4m@polibatam.ac.id\n\nSelamat sore,\n\nSaya dosen praktisi kelas industri dari PT Kabil Presisi Teknik. "
      "Di halaman course Metrologi Industri (MI305) semesternya sebelumnya tercantum Semester 3, mohon diganti Semester 5 "
      "sesuai jadwal yang dikirim prodi.\n\nSalam,\nBonar Pakpahan\nQA Manager - Kabil Industrial Estate\n"
      "----------------------------------------------------------------------\n"
      "This e-mail is confidential and intended only for the addressee. PT Kabil Presisi Teknik\n"
      "does not accept liability for any errors or omissions in the contents of this message.\n"
      "----------------------------------------------------------------------\n",
      xmailer="Lotus Notes Release 8.5.3 September 15, 2011",
      label=lab("course_data", "id", course_code="MI305", course_name="Metrologi Industri", changes={"semester": "Semester 5"}))

    m("outlook-shipyard-lama-baru-summary", D("2026-10-02 09:18"), "Capt. Rudi Hartono <rudi.hartono@galangansamudra.co.id>",
      "Deskripsi course K3-201",
      "Yth. P4M,\n\nMohon deskripsi (summary) course Keselamatan dan Kesehatan Kerja (K3-201) diganti:\n\n"
      "\"Mata kuliah ini membahas dasar K3\" (lama) / \"Mata kuliah ini membahas K3 di galangan kapal dan industri manufaktur\" (baru)\n\n"
      "Mahasiswa kelas industri kami semuanya dari galangan, jadi deskripsinya perlu lebih spesifik.\n\n"
      "Best regards,\nCapt. Rudi Hartono\nHSE Superintendent | PT Galangan Samudra Kabil\n\n" + FOOT_YARD + "\n",
      xmailer="Microsoft Outlook 16.0", headers=[("Thread-Index", "AdtC9bLm2uQ7wZJ1R3eCkM4xPq8tNw==")],
      label=lab("course_data", "id", course_code="K3-201", course_name="Keselamatan dan Kesehatan Kerja",
                changes={"summary": "Mata kuliah ini membahas K3 di galangan kapal dan industri manufaktur"}))

    m("gmail-related-alt-text-only", D("2026-10-05 08:03"), "Wahyu Kurniawan <wahyu.kurniawan@polibatam.ac.id>",
      "Ganti nama course EL302",
      "Pagi P4M,\n\nMohon nama course Otomasi Industri (EL302) diganti seperti pada gambar di bawah ya.\n\n[image: tangkapan layar]\n\nWahyu\n",
      html_body='<div dir="ltr">Pagi P4M,<br><br>Mohon nama course Otomasi Industri (EL302) diganti seperti pada gambar di bawah ya.<br><br>'
      '<img src="cid:ii_el302@p17" alt="Nama baru: Otomasi Industri Lanjut dan Robotika" width="240"><br><br>Wahyu</div>',
      related=[("ii_el302@p17", png("el302"))],
      label=lab("course_data", "id", "new value only in an inline image's alt text", course_code="EL302",
                course_name="Otomasi Industri", changes={}))

    m("thunderbird-vcard-lecturer", D("2026-10-07 13:44"), "Teguh Prasetyo <teguh.prasetyo@polibatam.ac.id>",
      "Dosen pengganti Teknik Pengelasan",
      "Halo P4M,\n\nMulai pertemuan 8 course Teknik Pengelasan (MS210) akan diajar dosen tamu dari galangan. Data beliau saya lampirkan "
      "sebagai kartu nama (vcf), mohon dimasukkan sebagai pengampu.\n\nSalam,\nTeguh\n",
      att=[("dosen-tamu.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ir. Samuel Ginting, IWE\r\nORG:PT Samudra Marine Fabrication\r\n"
            "TITLE:Welding Inspector\r\nEMAIL:samuel.ginting@samudramarine.co.id\r\nEND:VCARD\r\n", "text/vcard")],
      xmailer="Mozilla Thunderbird 128.3.0",
      label=lab("course_data", "id", "new lecturer only in the attached vCard", course_code="MS210",
                course_name="Teknik Pengelasan", changes={}))

    m("gmail-french-supervisor-lecturer", D("2026-10-09 17:30"), "Claire Dubois <claire.dubois@ensam-stage.fr>",
      "Internship Seminar INT490 – change of tutor",
      "Hello,\n\nI am the internship supervisor (tutrice de stage) for the Polibatam students hosted in our lab in Lyon. "
      "Your colleague told me I must write here: for the course Internship Seminar (INT490) on your e-learning, could you please "
      "put as lecturer Dr. Claire Dubois instead of M. Laurent Petit, who has left the school at the end of October.\n\n"
      "Thanking you in advance, I remain at your disposal.\n\nBien cordialement,\nClaire Dubois\n",
      label=lab("course_data", "en", course_code="INT490", course_name="Internship Seminar",
                changes={"lecturer": "Dr. Claire Dubois"}))

    m("outlook-turkish-credits", D("2026-10-12 11:02"), "Mehmet Yilmaz <mehmet.yilmaz@ktu-exchange.edu.tr>",
      "Credits of Renewable Energy Systems",
      "Dear Sir/Madam,\n\nI am exchange lecturer from Karadeniz, teaching Renewable Energy Systems (EE412) in this semester. "
      "On the e-learning page the credits is written as 3 but in the agreement it is 4 credits. Kindly please correct "
      "the credits to 4, because students ask me about it every lesson.\n\nKind regards, good works,\nAssoc. Prof. Mehmet Yilmaz\n",
      xmailer="Microsoft Outlook 16.0",
      label=lab("course_data", "en", course_code="EE412", course_name="Renewable Energy Systems", changes={"credits": "4"}))

    m("zimbra-bandung-joint-fullname", D("2026-10-14 10:40"), "Koordinator Kerja Sama POLBAN <kerjasama@polban-mitra.ac.id>",
      "Perubahan nama mata kuliah bersama Manufaktur Aditif",
      "Yth. Tim P4M Politeknik Negeri Batam,\n\nSehubungan dengan pelaksanaan mata kuliah bersama (joint course) Manufaktur Aditif "
      "antara Polban dan Polibatam, kami mohon nama lengkap course di e-learning Polibatam diubah menjadi "
      "Manufaktur Aditif dan Rekayasa Balik, menyesuaikan nama pada perjanjian kerja sama yang baru.\n\n"
      "Atas kerja samanya kami ucapkan terima kasih.\n\nSalam,\nDra. Euis Komalasari\nKoordinator Kerja Sama Akademik\n",
      xmailer="Zimbra 9.0.0_GA_4583",
      label=lab("course_data", "id", course_name="Manufaktur Aditif", changes={"fullname": "Manufaktur Aditif dan Rekayasa Balik"}))

    m("gmail-docx-enrolkey-attached", D("2026-10-16 14:15"), "Lestari Handayani <lestari.handayani@polibatam.ac.id>",
      "Permohonan perubahan data course (terlampir)",
      "Assalamualaikum,\n\nBerikut saya lampirkan formulir permohonan perubahan data course. Terima kasih.\n\nLestari\n",
      att=[("Form_Perubahan_Course.docx", docx(["FORMULIR PERMOHONAN PERUBAHAN DATA COURSE E-LEARNING",
            "Nama dosen: Lestari Handayani, S.T., M.T.", "Mata kuliah: Statistika Industri", "Kode: TI204",
            "Perubahan yang diminta: enrolment key baru STATIND-26", "Batam, 16 Oktober 2026"]),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
      label=lab("course_data", "id", "request only in the attached DOCX", course_code="TI204",
                course_name="Statistika Industri", changes={"enrolment_key": "STATIND-26"}))

    m("outlook-medan-pdf-shortname-summary", D("2026-10-19 09:50"), "Ahmad Rizki Nasution <rizki.nasution@polmed-mitra.ac.id>",
      "Joint course Digital Marketing - request letter",
      "Dear P4M team,\n\nPlease find attached our request letter for the joint course with Polibatam. Mohon ditindaklanjuti ya, "
      "terima kasih banyak.\n\nRegards,\nRizki\nPoliteknik Negeri Medan - Business Administration\n",
      att=[("request-BM312.pdf", pdf(["Request for course data change", "Course: Digital Marketing (BM312)",
            "New short name: DIGMKT-BM5",
            "New summary: Joint course Polmed-Polibatam on digital marketing for SMEs",
            "Medan, 19 October 2026"]), "application/pdf")],
      xmailer="Microsoft Outlook 16.0",
      label=lab("course_data", "mixed", "request only in the attached PDF", course_code="BM312", course_name="Digital Marketing",
                changes={"shortname": "DIGMKT-BM5", "summary": "Joint course Polmed-Polibatam on digital marketing for SMEs"}))

    m("outlook-rfc822-kaprodi-forward-class", D("2026-10-21 08:25"), "Kaprodi Teknik Informatika <kaprodi.if@polibatam.ac.id>",
      "FW: kelas Jaringan Komputer",
      "Tim P4M,\n\nMohon ditindaklanjuti email Pak Dimas di bawah (terlampir). Sudah saya setujui.\n\nKaprodi TI\n",
      inner=inner_msg("jarkom", "Dimas Arya <dimas.arya@polibatam.ac.id>", "kaprodi.if@polibatam.ac.id",
                      "kelas Jaringan Komputer", D("2026-10-20 20:11"),
                      "Pak Kaprodi,\n\nCourse Jaringan Komputer (IF206) di e-learning masih tertulis kelas IF-2B. Mohon diajukan ke P4M "
                      "supaya kelasnya diganti menjadi IF-2A Pagi.\n\nTerima kasih,\nDimas\n"),
      xmailer="Microsoft Outlook 16.0",
      label=lab("course_data", "id", "request is in the attached forwarded message", course_code="IF206",
                course_name="Jaringan Komputer", changes={"class": "IF-2A Pagi"}))
    # ---------------------------------------------------------------- announcement
    m("gmail-lab-robotika-title-subject", D("2026-11-25 15:20"), "Asisten Lab Robotika <lab.robotika@polibatam.ac.id>",
      "Jadwal Ulang Praktikum Modul 6",
      "Selamat sore Tim P4M,\n\nKami dari asisten Lab Robotika, atas arahan Bapak Herman Saputra, M.T. (Cc), mohon dibuatkan "
      "pengumuman di course Praktikum Robotika Dasar (RB201) dengan judul sesuai subjek email ini. Isinya: praktikum modul 6 "
      "dipindah ke Sabtu, 12 Desember 2026 karena ruang lab dipakai sertifikasi.\n\n"
      "Mohon ditayangkan Kamis, 10 Desember 2026 pukul 07.00.\n\nTerima kasih,\nAsisten Lab Robotika\n",
      cc="Herman Saputra <herman.saputra@polibatam.ac.id>",
      label=lab("announcement", "id", "title given as the subject", course_code="RB201", course_name="Praktikum Robotika Dasar", title="Jadwal Ulang Praktikum Modul 6", scope="course",
                publish_at="2026-12-10T07:00:00+07:00"))

    m("roundcube-department-judul-ddmm", D("2026-11-23 10:32"), "Jurusan Teknik Mesin <jurusan.mesin@polibatam.ac.id>",
      "Pengumuman untuk seluruh mahasiswa Jurusan Teknik Mesin",
      "Yth. Helpdesk P4M,\n\nMohon bantu tayangkan pengumuman di halaman depan e-learning untuk seluruh mahasiswa Jurusan Teknik Mesin.\n\n"
      "Judul: Pengisian KRS Semester Genap 2026/2027\nIsi: Pengisian KRS dibuka 14-19 Desember 2026 melalui SIAKAD. Mahasiswa wajib "
      "konsultasi dengan dosen wali sebelum mengisi KRS.\n\nTayang 10/12 jam 7 pagi ya.\n\nTerima kasih,\nAdmin Jurusan Teknik Mesin\n",
      xmailer="Roundcube Webmail/1.6.6",
      label=lab("announcement", "id", title="Pengisian KRS Semester Genap 2026/2027", scope="site",
                publish_at="2026-12-10T07:00:00+07:00"))

    m("outlook-international-bold-14h00", D("2026-11-26 16:05"), "International Office <io@polibatam.ac.id>",
      "Campus-wide announcement request – Lyon internship",
      "Dear P4M,\n\nMohon bantu posting pengumuman berikut di halaman depan e-learning untuk semua mahasiswa dan staf, on behalf of our French partner.\n\n"
      "Title: Call for Internship Applications in France 2027\n\nBody: Applications for the 2027 internship programme in Lyon "
      "are open until 18 December 2026.\n\nPartner kami minta tayang the 3rd of December at 14h00, sesuai permintaan mereka.\n\nBest regards,\nInternational Office\n",
      html_body=WORDCSS + P("Dear P4M,") + P("Mohon bantu posting pengumuman berikut di halaman depan e-learning untuk semua mahasiswa dan staf, "
      "on behalf of our French partner.") + P("<b>Call for Internship Applications in France 2027</b>") +
      P("Applications for the 2027 internship programme in Lyon are open until 18 December 2026.") +
      P("Partner kami minta tayang the 3rd of December at 14h00, sesuai permintaan mereka.") + P("Best regards,<br>International Office") + "</div></body></html>",
      xmailer="Microsoft Outlook 16.0",
      label=lab("announcement", "mixed", "title in bold (HTML) and after 'Title:' in the text part",
                title="Call for Internship Applications in France 2027", scope="site", publish_at="2026-12-03T14:00:00+07:00"))

    m("gmail-pdf-title-tonight", D("2026-11-24 13:10"), "Yudi Pranata <yudi.pranata@polibatam.ac.id>",
      "Tolong pengumuman course Elektronika Daya",
      "Siang P4M, pengumuman untuk course Elektronika Daya (EL304) ada di PDF terlampir. Tolong ditayangkan malam ini jam 8 ya, "
      "sebelum mahasiswa berangkat kunjungan industri besok.\n\nYudi\n",
      att=[("pengumuman-EL304.pdf", pdf(["PENGUMUMAN", "Judul: Kunjungan Industri ke PT Batamindo Power Electronics",
            "Mahasiswa kelas EL-3A dan EL-3B berkumpul di lobi gedung utama pukul 06.30.", "Wajib memakai sepatu safety."]),
            "application/pdf")],
      label=lab("announcement", "id", "title only in the PDF", course_code="EL304", course_name="Elektronika Daya", title="Kunjungan Industri ke PT Batamindo Power Electronics",
                scope="course", publish_at="2026-11-24T20:00:00+07:00"))

    m("gmail-android-lusa-exam", D("2026-11-18 22:40"), "Siti Rahmawati <siti.rahmawati@polibatam.ac.id>",
      "pengumuman UAS Kalkulus",
      "Malam tim P4M\nmohon dibuatkan pengumuman di course Kalkulus 1 (MA101):\njudulnya \"Kisi-kisi UAS Kalkulus 1\"\n"
      "isinya kisi-kisi ada di folder materi minggu 14, UAS tgl 7 Desember 2026 pukul 08.00 di ruang GU 702.\n"
      "tolong tayang lusa pagi jam 9\nmakasih\n\nDikirim dari ponsel Android saya\n",
      label=lab("announcement", "id", "relative publish day next to an exam date/time", course_code="MA101", course_name="Kalkulus 1", title="Kisi-kisi UAS Kalkulus 1",
                scope="course", publish_at="2026-11-20T09:00:00+07:00"))

    m("outlook-turkish-monday-0800", D("2026-11-27 18:02"), "Mehmet Yilmaz <mehmet.yilmaz@ktu-exchange.edu.tr>",
      "Announcement for EE412 students",
      "Dear helpdesk,\n\nPlease make an announcement in my course Renewable Energy Systems (EE412) with title "
      "\"Field Trip to Solar Farm Tanjung Uncang\". The trip is at Wednesday 9 Dec, bus departs 07.30.\n"
      "Announcement should appear Monday 7 Dec 0800, not before, because the permit is not finish yet.\n\n"
      "Thank you very much, good works.\nMehmet Yilmaz\n",
      xmailer="Microsoft Outlook 16.0",
      label=lab("announcement", "en", course_code="EE412", course_name="Renewable Energy Systems", title="Field Trip to Solar Farm Tanjung Uncang", scope="course",
                publish_at="2026-12-07T08:00:00+07:00"))

    m("ipad-date-only-exam-time", D("2026-11-20 09:14"), "Hotman Sinaga <hotman.sinaga@polibatam.ac.id>",
      "Pengumuman jadwal UAS Termodinamika",
      "Pagi tim P4M,\n\nMohon dibuatkan pengumuman di course Termodinamika (ME205):\n\n"
      "Judul: Jadwal UAS Termodinamika\nIsi: UAS dilaksanakan Senin, 14 Desember 2026 pukul 08.00 di Lab Konversi Energi. "
      "Bawa kalkulator dan tabel uap.\n\nTolong ditayangkan tanggal 1 Desember saja.\n\nHotman\n\nDikirim dari iPad saya\n",
      cte="base64",
      label=lab("announcement", "id", "publish date without clock time; the time given is the exam's",
                course_code="ME205", course_name="Termodinamika", title="Jadwal UAS Termodinamika", scope="course"))

    m("thunderbird-taiwan-deadline-asap", D("2026-11-02 10:20"), "Dr. Chen Wei-Lun <wlchen@ntust-partner.edu.tw>",
      "Announcement for IMS401: final report",
      "Dear P4M colleagues,\n\nCould you please post an announcement to the students of IMS401 Smart Manufacturing Seminar?\n\n"
      "Title: Final Report Submission Guideline\nText: The final group report must be uploaded before 20 December 2026, 23:59 "
      "Taipei time (22:59 Batam time). Late reports will not be accepted.\n\nAs soon as possible is fine. Thank you so much!\n\n"
      "Best wishes,\nChen Wei-Lun\n",
      xmailer="Mozilla Thunderbird 128.3.1",
      label=lab("announcement", "en", "the time given is a submission deadline, not a publish time",
                course_code="IMS401", course_name="Smart Manufacturing Seminar", title="Final Report Submission Guideline", scope="course"))

    m("notes-lab-closure-berlaku-besok", D("2026-11-16 15:45"), "Koordinator Lab CNC <lab.cnc@polibatam.ac.id>",
      "Pengumuman penutupan Lab CNC – mohon segera",
      "Kepada Yth. Helpdesk P4M\n\nMohon dipasang pengumuman di course Praktik CNC (MS305) untuk kelompok praktikum:\n\n"
      "Judul: Lab CNC Ditutup Sementara\nIsi: Lab CNC ditutup untuk kalibrasi mesin. Berlaku sampai 31 Desember 2026. "
      "Praktikum pengganti akan diinformasikan kemudian.\n\nMohon tayang besok jam 06.30.\n\nHormat kami,\nKoordinator Lab CNC\n",
      xmailer="Lotus Notes Release 9.0.1FP10 September 26, 2018",
      label=lab("announcement", "id", "'berlaku sampai' date is not a publish time", course_code="MS305", course_name="Praktik CNC", title="Lab CNC Ditutup Sementara",
                scope="course", publish_at="2026-11-17T06:30:00+07:00"))

    m("gmail-wita-mixed-guest", D("2026-11-12 08:40", "+0800"), "Andi Makkasau <andi.makkasau@poltekupg-mitra.ac.id>",
      "Announcement guest lecture course Logistik Maritim",
      "Halo P4M team,\n\nI am guest lecturer from Makassar for Logistik Maritim (LM402). Please publish this announcement ya:\n\n"
      "Title: Guest Lecture on Port Digitalisation\nContent: Online guest lecture via Zoom on Tuesday 8 December 2026, 10.00 WIB.\n\n"
      "Tolong publish at 10.00 WITA on Friday 4 December. Thanks a lot!\n\nAndi\n",
      label=lab("announcement", "mixed", "WITA publish time converted to WIB; event time is not the publish time",
                course_code="LM402", course_name="Logistik Maritim", title="Guest Lecture on Port Digitalisation", scope="course", publish_at="2026-12-04T09:00:00+07:00"))

    m("gmail-android-hokkien-besok", D("2026-11-19 20:55"), "Ko Acong Tanjaya <acong.tanjaya@gmail.com>",
      "pengumuman kelas kewirausahaan",
      "P4M halo,\n\nWa mau kasih tau anak2 kelas Kewirausahaan (EN1102) soal pitching. Tolong bikin announcement ya, judul nya "
      "\"Pitching Day Bazaar Kampus\". Isinya: semua kelompok wajib buka booth di bazaar kampus, modal max 500 ribu, jangan rugi ah.\n\n"
      "Besok pagi jam 8 tolong sudah tayang ya, biar dorang sempat siap-siap.\n\nKamsia,\nAcong\n",
      label=lab("announcement", "mixed", course_code="EN1102", course_name="Kewirausahaan", title="Pitching Day Bazaar Kampus", scope="course",
                publish_at="2026-11-20T08:00:00+07:00"))

    m("roundcube-asisten-judul-no-time", D("2026-10-26 11:11"), "Bima Saputra <3312211078@students.polibatam.ac.id>",
      "Pengumuman course Fisika Dasar a.n. Ibu Melati",
      "Selamat siang Tim P4M,\n\nSaya Bima, asisten dosen Ibu Melati Kusuma, M.Si. (Cc). Beliau minta dibuatkan pengumuman di course "
      "Fisika Dasar (FD101):\n\nJudul: Pengumpulan Laporan Praktikum Bandul\nIsi: Laporan dikumpulkan paling lambat Jumat, "
      "6 November 2026 pukul 23.59 melalui e-learning.\n\nTerima kasih banyak.\n\nBima\n",
      cc="Melati Kusuma <melati.kusuma@polibatam.ac.id>", xmailer="Roundcube Webmail/1.6.6",
      label=lab("announcement", "id", "the only time is a deadline", course_code="FD101", course_name="Fisika Dasar", title="Pengumpulan Laporan Praktikum Bandul",
                scope="course"))

    m("gmail-android-department-bold", D("2026-11-09 07:05"), "HIMA Akuntansi <hima.akuntansi@polibatam.ac.id>",
      "Request pengumuman jurusan Manajemen Bisnis",
      "Hai kak P4M,\n\nKami dari jurusan Manajemen Bisnis mau request pengumuman di halaman utama e-learning buat semua mahasiswa jurusan:\n\n"
      "*Webinar Career Preparation for Accounting Graduates*\n\nWebinar on Saturday 28 November 2026, 09.00-12.00, free, "
      "e-certificate. Please publish on Wednesday 11 November 2026 at 12.00 ya kak.\n\nThanks,\nHIMA Akuntansi\n",
      html_body='<div dir="auto">Hai kak P4M,<br><br>Kami dari jurusan Manajemen Bisnis mau request pengumuman di halaman utama e-learning '
      'buat semua mahasiswa jurusan:<br><br><b>Webinar Career Preparation for Accounting Graduates</b><br><br>Webinar on Saturday '
      '28 November 2026, 09.00-12.00, free, e-certificate. Please publish on Wednesday 11 November 2026 at 12.00 ya kak.<br><br>'
      'Thanks,<br>HIMA Akuntansi</div>',
      label=lab("announcement", "mixed", "title in bold", title="Webinar Career Preparation for Accounting Graduates",
                scope="site", publish_at="2026-11-11T12:00:00+07:00"))

    m("ipad-base64-campus-tuesday", D("2026-11-26 06:50"), "Wakil Direktur I <wadir1@polibatam.ac.id>",
      "Announcement: e-learning maintenance",
      "Tim P4M,\n\nTolong posting site-wide announcement berikut untuk semua mahasiswa dan dosen:\n\n"
      "Title: Scheduled E-Learning Maintenance\nText: E-learning will be unavailable on Saturday 5 December 2026 from 22.00 "
      "to 02.00.\n\nPublish on Tuesday 1 Dec 2026 at 7 am ya, jangan lebih awal.\n\nRegards,\nWadir I\n\nSent from my iPad\n",
      cte="base64", xmailer="iPad Mail (22B91)",
      label=lab("announcement", "mixed", "maintenance window times are not the publish time", title="Scheduled E-Learning Maintenance",
                scope="site", publish_at="2026-12-01T07:00:00+07:00"))

    m("zimbra-malang-hari-ini", D("2026-11-05 10:12"), "Prodi D4 Teknik Mesin Produksi POLINEMA <mesin.produksi@polinema-mitra.ac.id>",
      "Pengumuman kuliah tamu bersama",
      "Yth. Tim P4M Polibatam,\n\nDalam rangka mata kuliah bersama Perawatan Mesin Industri (PMI401), mohon dibuatkan pengumuman "
      "di course tersebut:\n\nJudul: Kuliah Tamu Predictive Maintenance\nIsi: Kuliah tamu daring dilaksanakan Senin, 9 November 2026 "
      "pukul 13.00 WIB.\n\nMohon pengumuman tayang hari ini pukul 15.00.\n\nHormat kami,\nKoordinator Prodi D4 TMP Polinema\n",
      xmailer="Zimbra 9.0.0_GA_4583",
      label=lab("announcement", "id", course_code="PMI401", course_name="Perawatan Mesin Industri", title="Kuliah Tamu Predictive Maintenance", scope="course",
                publish_at="2026-11-05T15:00:00+07:00"))

    m("thunderbird-docx-english-lab", D("2026-10-29 14:30"), "Emre Kaya <emre.kaya@ktu-exchange.edu.tr>",
      "Lab group announcement (document attached)",
      "Hello,\n\nThe text of the announcement for my lab group in course Power Systems Laboratory (EE415) is in the attached file. "
      "Please publish it when you have time.\n\nThanks,\nEmre Kaya\n",
      att=[("announcement-EE415.docx", docx(["Title: Safety Briefing Before High Voltage Practicum",
            "All members of lab group B must attend the safety briefing on 4 November 2026 at 13.00.",
            "Students who do not attend cannot join the practicum."]),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
      xmailer="Mozilla Thunderbird 128.2.0",
      label=lab("announcement", "en", "title only in the DOCX; the time there is the briefing's",
                course_code="EE415", course_name="Power Systems Laboratory", title="Safety Briefing Before High Voltage Practicum", scope="course"))
    # ---------------------------------------------------------------- elearning_support
    m("outlook-batamindo-login-footer", D("2026-09-03 07:55"), "Susanto Liem <susanto.liem@sinarelektronika-btm.co.id>",
      "Cannot login e-learning",
      "Dear P4M,\n\nSaya dosen praktisi kelas industri (Lean Manufacturing). Sejak kemarin saya tidak bisa login ke e-learning, "
      "selalu keluar \"Invalid login, please try again\". Password sudah saya reset lewat SSO tapi tetap sama. Mungkin karena "
      "saya pakai jaringan kantor? Mohon dibantu karena Sabtu ini saya harus upload materi.\n\n"
      "Best regards,\nSusanto Liem\nLean Six Sigma Black Belt | Operational Excellence\nPT Sinar Elektronika Batamindo\n\n" + FOOT_BTM + "\n",
      xmailer="Microsoft Outlook 16.0",
      label=lab("elearning_support", "mixed"))

    m("gmail-asdos-enrol-students", D("2026-09-08 12:30"), "Rani Oktaviani <4322101033@students.polibatam.ac.id>",
      "Mahasiswa pindahan belum bisa masuk course Akuntansi Dasar",
      "Siang kak P4M,\n\nSaya Rani, asisten dosen Ibu Yuliana (Cc). Ada 4 mahasiswa pindahan kelas yang belum bisa enrol ke course "
      "Akuntansi Dasar, muncul tulisan \"You cannot enrol yourself in this course\". NIM nya: 4322601001, 4322601002, 4322601005, "
      "4322601009. Mohon bantuannya kak.\n\nTerima kasih,\nRani\n",
      cc="Yuliana Siregar <yuliana.siregar@polibatam.ac.id>",
      label=lab("elearning_support", "id"))

    m("ipad-autocorrect-quiz-error", D("2026-09-22 20:14"), "Ratna Sari Dewi <ratna.sari@polibatam.ac.id>",
      "Quiz tidal bisa dibuka",
      "Malam P4M,\n\nQuiz minggu 3 di course Fisika Terapan tidal bisa dibuka mahasiswa, katanya muncul \"This quiz is not currently "
      "available\" padahal jam buka sudah lewat. Mohon dicek ya, mahasiswa sudah panic.\n\nRatna\n\nSent from my iPad",
      label=lab("elearning_support", "id", "tablet autocorrect ('tidal' = tidak)"))

    m("gmail-french-password", D("2026-10-13 09:40"), "Claire Dubois <claire.dubois@ensam-stage.fr>",
      "Access to e-learning",
      "Hello,\n\nI have received my account for your e-learning but the link to set the password has expired (it says the token is "
      "not valid any more). Could you send me a new one? I am in France so please consider the time difference, I read my mails "
      "from 8h to 18h Paris time.\n\nBien cordialement,\nClaire Dubois\n",
      label=lab("elearning_support", "en"))

    m("zimbra-jakarta-guest-not-visible", D("2026-10-20 13:05"), "Bayu Adiputra <bayu.adiputra@pnj-mitra.ac.id>",
      "Course mata kuliah bersama tidak muncul",
      "Yth. Tim P4M,\n\nSaya dosen tamu dari Politeknik Negeri Jakarta untuk mata kuliah bersama Teknik Multimedia. Akun saya sudah "
      "aktif, tetapi course tersebut tidak muncul di Dashboard maupun di My courses. Apakah saya belum di-enrol sebagai teacher?\n\n"
      "Terima kasih,\nBayu Adiputra, S.T., M.Kom.\nJurusan Teknik Informatika dan Komputer PNJ\n",
      xmailer="Zimbra 9.0.0_GA_4583",
      label=lab("elearning_support", "id"))

    m("outlook-shipyard-upload-limit", D("2026-10-23 15:50"), "Capt. Rudi Hartono <rudi.hartono@galangansamudra.co.id>",
      "Upload video gagal",
      "Yth. P4M,\n\nSaya mau upload video simulasi kebakaran di kapal (280 MB) ke course K3-201, tapi selalu gagal dengan pesan "
      "\"The file is too large\". Apakah batasnya bisa dinaikkan, atau ada cara lain?\n\nBest regards,\nCapt. Rudi Hartono\n"
      "HSE Superintendent | PT Galangan Samudra Kabil\n\n" + FOOT_YARD + "\n",
      xmailer="Microsoft Outlook 16.0",
      label=lab("elearning_support", "id"))

    m("gmail-howto-change-name", D("2026-10-27 10:25"), "Mira Lestari <mira.lestari@polibatam.ac.id>",
      "Cara ganti nama course sendiri?",
      "Halo P4M,\n\nMau tanya, sebagai teacher apakah saya bisa mengganti sendiri nama course di Settings, atau memang harus lewat "
      "helpdesk? Saya cari di menu Edit settings tapi kolom Course full name tidak bisa diedit.\n\nTerima kasih,\nMira\n",
      label=lab("elearning_support", "id", "how-to question about changing a course name, not a change request"))

    m("roundcube-plagiarism-quota", D("2026-11-03 11:48"), "Irwan Syahputra <irwan.syahputra@polibatam.ac.id>",
      "Kuota cek plagiasi di tugas e-learning",
      "Selamat siang,\n\nDi assignment Tugas Akhir Bab 2 pada e-learning, laporan similarity tidak keluar untuk 12 mahasiswa, "
      "statusnya \"Pending\" terus dan ada tulisan quota exceeded. Berapa kuota cek plagiasi per course dan bagaimana cara "
      "menambahnya?\n\nSalam,\nIrwan\n",
      xmailer="Roundcube Webmail/1.6.6",
      label=lab("elearning_support", "id", "question about the plagiarism-check quota in e-learning assignments"))

    m("gmail-delete-course", D("2026-11-06 14:02"), "Hendra Kusuma <hendra.kusuma@polibatam.ac.id>",
      "Hapus course duplikat",
      "Pagi P4M,\n\nCourse Mikrokontroler saya muncul dua kali (satu kosong, hasil import semester lalu). Tolong yang kosong dihapus "
      "saja ya supaya mahasiswa tidak bingung.\n\nThanks,\nHendra\n",
      label=lab("elearning_support", "id", "request to delete a course"))

    m("thunderbird-taiwan-bbb", D("2026-11-10 09:05"), "Dr. Chen Wei-Lun <wlchen@ntust-partner.edu.tw>",
      "BigBlueButton recording missing",
      "Dear P4M colleagues,\n\nOur joint session on 9 November in IMS401 was recorded with BigBlueButton, but the recording does not "
      "appear in the course. The students in Taipei who could not attend are asking for it. Could you kindly check?\n\n"
      "Best wishes,\nChen Wei-Lun\n", xmailer="Mozilla Thunderbird 128.3.1",
      label=lab("elearning_support", "en"))

    m("outlook-turkish-gradebook", D("2026-11-13 16:40"), "Mehmet Yilmaz <mehmet.yilmaz@ktu-exchange.edu.tr>",
      "Gradebook export problem",
      "Dear Sir/Madam,\n\nWhen I export the gradebook of EE412 to Excel, the columns of the midterm are empty although in the "
      "browser I see the marks. I need to send the marks to my home university until next week. Could you help me please?\n\n"
      "Kind regards, good works,\nMehmet Yilmaz\n", xmailer="Microsoft Outlook 16.0",
      label=lab("elearning_support", "en"))

    m("gmail-android-voice-h5p", D("2026-11-17 05:58"), "Agus Salim Harahap <agus.harahap@polibatam.ac.id>",
      "h5p tidak tampil",
      "pagi pak konten h5p interaktif di course pengembangan aplikasi web lanjut tidak tampil di hp mahasiswa cuma kotak putih saja "
      "di laptop normal mohon dicek pak terima kasih\n\nDikirim dari ponsel Android saya\n",
      label=lab("elearning_support", "id", "voice-typed, no punctuation"))

    # ---------------------------------------------------------------- document_request
    m("gmail-which-form-change", D("2026-09-10 10:44"), "Dedi Firmansyah <dedi.firmansyah@polibatam.ac.id>",
      "Formulir untuk perubahan data course",
      "Selamat pagi Tim P4M,\n\nSaya perlu mengganti beberapa data course semester ini. Formulir mana yang harus saya pakai, "
      "dan bisa dikirimkan file formulirnya? Terima kasih.\n\nDedi\n",
      label=lab("document_request", "id", "asks which form to use for a change; no change requested yet"))

    m("notes-secretary-audit-instrument", D("2026-09-17 09:30"), "Sekretariat Jurusan Elektro <sekr.elektro@polibatam.ac.id>",
      "Permohonan instrumen AMI",
      "Kepada Yth. Tim P4M\n\nDengan hormat,\n\nBapak Ketua Jurusan meminta agar kami dikirimkan instrumen Audit Mutu Internal (AMI) "
      "tahun 2026 beserta SOP pelaksanaannya, untuk persiapan audit bulan depan.\n\nDemikian, terima kasih.\n\nHormat kami,\nSri Wahyuni\n"
      "Sekretaris Jurusan Teknik Elektro\n", xmailer="Lotus Notes Release 9.0.1FP10 September 26, 2018",
      label=lab("document_request", "id"))

    m("outlook-practitioner-rps-template", D("2026-09-29 19:20"), "Bonar Pakpahan <bonar.pakpahan@kabil-precision.co.id>",
      "Template RPS",
      "Selamat malam,\n\nProdi meminta saya menyusun RPS untuk Metrologi Industri. Boleh saya minta template RPS terbaru yang dipakai "
      "Polibatam?\n\nSalam,\nBonar Pakpahan\nQA Manager - Kabil Industrial Estate\n", xmailer="Microsoft Outlook 16.0",
      label=lab("document_request", "id"))

    m("gmail-turkish-syllabus", D("2026-10-06 12:12"), "Emre Kaya <emre.kaya@ktu-exchange.edu.tr>",
      "Syllabus template request",
      "Hello,\n\nMy home university asks a syllabus in your official format for the recognition of my teaching. Do you have the "
      "English version of the course plan template (RPS)? Thanks in advance.\n\nEmre\n",
      label=lab("document_request", "en"))

    m("zimbra-medan-bap-form", D("2026-10-28 08:45"), "Ahmad Rizki Nasution <rizki.nasution@polmed-mitra.ac.id>",
      "Form BAP joint course",
      "Halo tim P4M,\n\nUntuk joint course Digital Marketing, kami perlu form Berita Acara Perkuliahan (BAP) versi Polibatam supaya "
      "format laporannya sama. Could you send the file? Thanks.\n\nRizki\n",
      xmailer="Zimbra 9.0.0_GA_4583",
      label=lab("document_request", "mixed"))

    m("gmail-taiwan-evaluation-form", D("2026-11-04 15:33"), "Dr. Chen Wei-Lun <wlchen@ntust-partner.edu.tw>",
      "Course evaluation questionnaire",
      "Dear P4M colleagues,\n\nFor the quality report of our joint course we would like to use the same course evaluation "
      "questionnaire as Polibatam students fill in. Could you share the questionnaire form and the SOP for its analysis?\n\n"
      "Best wishes,\nChen Wei-Lun\n",
      label=lab("document_request", "en"))

    m("ipad-hokkien-sop-guest", D("2026-11-11 21:05"), "Ko Acong Tanjaya <acong.tanjaya@gmail.com>",
      "minta SOP dosen tamu",
      "Halo P4M,\n\nWa mau ajak teman pengusaha jadi dosen tamu di kelas Kewirausahaan. Ada SOP atau formulir pengajuan dosen tamu "
      "kah? Kirim ke wa ya, biar wa isi. Kamsia.\n\nAcong\n\nSent from my iPad",
      label=lab("document_request", "mixed"))

    # ---------------------------------------------------------------- other
    m("gmail-siakad-wrong-credits", D("2026-09-15 11:05"), "Dewi Anggraini <dewi.anggraini@polibatam.ac.id>",
      "SKS di SIAKAD salah",
      "Siang P4M,\n\nDi SIAKAD, mata kuliah Akuntansi Biaya masih tertulis 2 SKS padahal seharusnya 3 SKS. Di e-learning sudah benar. "
      "Ini ke siapa ya harus lapor?\n\nDewi\n",
      label=lab("other", "id", "wrong data in SIAKAD, not e-learning"))

    m("outlook-complaint-slow-ack", D("2026-10-08 16:20"), "Hendrik Simanjuntak <hendrik.simanjuntak@sinarelektronika-btm.co.id>",
      "Balasan otomatis helpdesk lambat",
      "Dear Tim P4M,\n\nSekedar masukan: email saya tanggal 2 September baru dapat balasan konfirmasi tiket 3 hari kemudian. Untuk kami "
      "di industri, respon seperti itu cukup lama. Mohon bisa diperbaiki ke depannya.\n\nThanks & regards,\nHendrik Simanjuntak\n"
      "PT Sinar Elektronika Batamindo\n\n" + FOOT_BTM + "\n",
      xmailer="Microsoft Outlook 16.0",
      label=lab("other", "id", "complaint that the acknowledgement was slow"))

    m("html-vendor-lms-plugin", D("2026-10-15 10:00"), "Kevin Tan <kevin.tan@edutech-plugins.sg>",
      "Boost engagement on your Moodle with GamifyPro",
      None, only_html=True,
      html_body="<html><body><p>Dear Helpdesk Team,</p><p>I'm Kevin from EduTech Plugins Singapore. Our <b>GamifyPro</b> plugin adds "
      "badges, leaderboards and streaks to Moodle and is used by 40 campuses in ASEAN. We'd love to offer Politeknik Negeri Batam a "
      "free 60-day pilot.</p><p>Would you have 20 minutes for a call next week?</p><p>Cheers,<br>Kevin Tan<br>Partnerships Lead</p>"
      "</body></html>",
      label=lab("other", "en", "vendor offer"))

    m("gmail-thanks-french", D("2026-10-22 18:30"), "Claire Dubois <claire.dubois@ensam-stage.fr>",
      "Re: Access to e-learning",
      "Hello,\n\nIt works now, thank you very much for your quick help! Have a nice evening.\n\nBien cordialement,\nClaire\n\n"
      "Le mar. 13 oct. 2026 à 09:40, Claire Dubois <claire.dubois@ensam-stage.fr> a écrit :\n> Hello,\n> I have received my account "
      "for your e-learning but the link to set the password has expired.\n",
      label=lab("other", "en", "thanks"))

    m("roundcube-hedged-plan", D("2026-11-02 13:40"), "Mira Lestari <mira.lestari@polibatam.ac.id>",
      "Info rencana perubahan",
      "Halo P4M,\n\nSekadar info, kemungkinan semester depan nama course Statistika Bisnis akan disesuaikan dengan kurikulum baru. "
      "Nanti kalau sudah pasti saya minta ganti lewat helpdesk ya.\n\nMira\n", xmailer="Roundcube Webmail/1.6.6",
      label=lab("other", "id", "hedged plan, no request yet"))

    m("gmail-misdirected-internship-eval", D("2026-11-09 10:15"), "Pierre Martin <pierre.martin@lyon-entreprise.fr>",
      "Evaluation of intern",
      "Good morning,\n\nI am the company tutor of your student Andre during his internship in Lyon. Where should I send his "
      "evaluation form, is it to you? He finishes on the 18/12/2026.\n\nBest regards,\nPierre Martin\n",
      label=lab("other", "en", "misdirected question about an intern's evaluation"))

    m("outlook-thanks-shipyard-mixed", D("2026-11-14 08:10"), "Capt. Rudi Hartono <rudi.hartono@galangansamudra.co.id>",
      "Terima kasih - K3-201",
      "Yth. P4M,\n\nThanks a lot, deskripsi course dan upload video sudah beres. Students are happy. Sukses selalu untuk timnya.\n\n"
      "Best regards,\nCapt. Rudi Hartono\n\n" + FOOT_YARD + "\n", xmailer="Microsoft Outlook 16.0",
      label=lab("other", "mixed", "thanks"))

    # ---------------------------------------------------------------- auto
    m("msforms-response-notification", D("2026-09-19 10:02"), "Microsoft Forms <no-reply@forms.office.com>",
      "Respons baru untuk Survei Kepuasan Layanan P4M",
      "Anda memiliki respons baru untuk formulir Survei Kepuasan Layanan P4M.\n\nLihat hasil: https://forms.office.com/Pages/"
      "DesignPageV2.aspx?id=p17results\n\nAnda menerima email ini karena mengaktifkan pemberitahuan email untuk formulir ini. "
      "Microsoft menghormati privasi Anda.\n",
      html_body="<html><body><p>Anda memiliki respons baru untuk formulir <b>Survei Kepuasan Layanan P4M</b>.</p>"
      "<p><a href=\"https://forms.office.com/Pages/DesignPageV2.aspx?id=p17results\">Lihat hasil</a></p></body></html>",
      headers=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Organization-AuthSource", "forms.office.com")],
      label=lab("auto", "id", "Microsoft Forms response notification"))

    m("gdrive-share-notification", D("2026-10-01 14:44"), "\"Lestari Handayani (via Google Drive)\" <drive-shares-dm-noreply@google.com>",
      "Document shared with you: \"RPS Statistika Industri 2026\"",
      "Lestari Handayani shared a document with you\n\nRPS Statistika Industri 2026\nOpen: https://docs.google.com/document/d/p17rps/edit\n\n"
      "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\nYou have received this email because "
      "lestari.handayani@polibatam.ac.id shared a document with you from Google Docs.\n",
      html_body="<html><body><p>Lestari Handayani shared a document with you</p><p><a href=\"https://docs.google.com/document/d/p17rps/edit\">"
      "RPS Statistika Industri 2026</a></p></body></html>",
      headers=[("Reply-To", "lestari.handayani@polibatam.ac.id")],
      label=lab("auto", "en", "Google Drive share notification"))

    m("ooo-english-auto-submitted", D("2026-10-10 09:12"), "Mehmet Yilmaz <mehmet.yilmaz@ktu-exchange.edu.tr>",
      "Automatic reply: Re: [P4M #2702] Credits of Renewable Energy Systems",
      "Thank you for your message. I am attending a conference in Ankara until 16 October with limited access to e-mail. "
      "For urgent matters please contact the Polibatam International Office.\n\nMehmet Yilmaz\n",
      headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
      label=lab("auto", "en", "out-of-office"))

    m("mailchimp-newsletter-list-unsub", D("2026-10-30 07:00"), "EdTech Nusantara <newsletter@edtechnusantara.id>",
      "Kabar EdTech Nusantara #42: Tren LMS 2027",
      "Kabar EdTech Nusantara #42\n\nHalo Sahabat EdTech,\n\nEdisi ini: tren LMS 2027, tips membuat kuis adaptif, dan webinar "
      "gratis bulan November.\n\nBerhenti berlangganan: https://edtechnusantara.us21.list-manage.com/unsubscribe?u=p17&id=42\n",
      html_body="<html><body><h1>Kabar EdTech Nusantara #42</h1><p>Halo Sahabat EdTech,</p><p>Edisi ini: tren LMS 2027, tips membuat "
      "kuis adaptif, dan webinar gratis bulan November.</p><p><a href=\"https://edtechnusantara.us21.list-manage.com/unsubscribe?u=p17&amp;id=42\">"
      "Berhenti berlangganan</a></p></body></html>",
      headers=[("List-Unsubscribe", "<https://edtechnusantara.us21.list-manage.com/unsubscribe?u=p17&id=42>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("List-Id", "EdTech Nusantara <p17.list-id.mcsv.net>"),
               ("Precedence", "bulk"), ("X-Mailer", "Mailchimp Mailer - **CID17**")],
      label=lab("auto", "id", "newsletter"))

    m("delivery-delay-notice", D("2026-11-21 03:15"), "Mail Delivery System <MAILER-DAEMON@polibatam.ac.id>",
      "Delivery Status Notification (Delay)",
      "This is an automatically generated Delivery Status Notification.\n\nTHIS IS A WARNING MESSAGE ONLY.\nYOU DO NOT NEED TO "
      "RESEND YOUR MESSAGE.\n\nDelivery to the following recipient has been delayed:\n\n     wlchen@ntust-partner.edu.tw\n\n"
      "Message will be retried for 3 more day(s)\n",
      headers=[("Auto-Submitted", "auto-replied")],
      label=lab("auto", "en", "delayed-delivery warning"))

    m("whatsapp-business-notification", D("2026-11-22 12:01"), "WhatsApp Business <noreply@business.whatsapp.com>",
      "You have new messages on WhatsApp Business",
      "Hi Helpdesk P4M,\n\nYou have 3 unread messages on your WhatsApp Business account. Open the app to reply to your customers.\n\n"
      "This is an automated message. Please do not reply.\nWhatsApp LLC, 1601 Willow Road, Menlo Park, CA 94025\n",
      headers=[("Auto-Submitted", "auto-generated")],
      label=lab("auto", "en"))


def main():
    define_messages()
    MSGS.sort(key=lambda d: email.utils.parsedate_to_datetime(d["date"]))
    counts, langs, labels, errors = {}, {}, {}, []
    written = set()
    for i, d in enumerate(MSGS, 1):
        name = "%03d-%s.eml" % (i, d["slug"])
        msg = build(d)
        raw = msg.as_bytes(policy=POL)
        if re.search(rb"(?<!\r)\n", raw):
            errors.append(name + ": bare LF")
        p = email.message_from_bytes(raw, policy=email.policy.default)
        defects = [x for part in p.walk() for x in part.defects]
        if defects:
            errors.append("%s: defects %r" % (name, defects))
        if str(p["Subject"]) != d["subject"]:
            errors.append(name + ": subject round-trip")
        if str(p["Date"]) != d["date"]:
            errors.append(name + ": date round-trip %r" % str(p["Date"]))
        dt = email.utils.parsedate_to_datetime(d["date"])
        if not (datetime.date(2026, 9, 1) <= dt.date() <= datetime.date(2026, 11, 28)):
            errors.append(name + ": date out of range")
        for part in p.walk():
            if part.get_content_disposition() == "attachment" and part.get_content_type() != "message/rfc822":
                if len(part.get_payload(decode=True)) >= 30000:
                    errors.append(name + ": attachment too big")
        texts = all_text(p)
        blob = "\n".join(texts)
        for b in check_weekdays(blob, dt.year):
            errors.append("%s: weekday mismatch %r" % (name, b))
        t, lang, fields, note = d["label"]
        if t not in ("course_data", "announcement") and fields:
            errors.append(name + ": fields on " + t)

        def vals(x):
            for k, v in x.items():
                if isinstance(v, dict):
                    yield from vals(v)
                elif k not in ("scope", "publish_at"):
                    yield v
        for v in vals(fields):
            if v not in blob:
                errors.append("%s: label value not in text: %r" % (name, v))
        if "publish_at" in fields:
            datetime.datetime.fromisoformat(fields["publish_at"])
            if not fields["publish_at"].endswith("+07:00"):
                errors.append(name + ": publish_at not +07:00")
        counts[t] = counts.get(t, 0) + 1
        langs[lang] = langs.get(lang, 0) + 1
        entry = {"type": t, "lang": lang, "fields": fields}
        if note:
            entry["note"] = note
        labels[name] = entry
        written.add(name)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(raw)
    for fn in os.listdir(HERE):
        if re.match(r"\d{3}-.*\.eml$", fn) and fn not in written:
            os.remove(os.path.join(HERE, fn))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("counts", counts, "langs", langs, "total", len(MSGS))
    if counts != PLAN:
        errors.append("counts differ from plan %r" % PLAN)
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Tuning corpus tune45 generator (stdlib only, deterministic): written as held-out part25, opened for diagnosis in round 25."""
import base64, datetime as dt, hashlib, html, io, json, os, quopri, re, sys, zipfile
from email import policy
from email.parser import BytesParser
from email.header import Header
from email.utils import format_datetime, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
HD = "helpdesk-p4m@polibatam.ac.id"
MAILS = []  # (slug, raw_bytes, label, subject, date)


def D(y, m, d, H, M, tz=7):
    return dt.datetime(y, m, d, H, M, 0, tzinfo=dt.timezone(dt.timedelta(hours=tz)))


def h(slug, n=0):
    return hashlib.sha256(("%s/%d" % (slug, n)).encode()).hexdigest()


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def enc_subject(s, mode="b", charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass

    def ew(chunk):
        raw = chunk.encode(charset)
        if mode == "b":
            return "=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode())
        q = "".join(chr(c) if (chr(c).isalnum() and c < 128) else ("_" if c == 32 else "=%02X" % c) for c in raw)
        return "=?%s?Q?%s?=" % (charset, q)
    words, cur = [], ""
    for ch in s:
        if len(ew(cur + ch)) > 70:
            words.append(ew(cur)); cur = ch
        else:
            cur += ch
    words.append(ew(cur))
    return "\n ".join(words)


def part(ctype, text, cte="7bit", charset="utf-8", extra=(), flowed=False):
    """Return (header_lines, body_str) for a text leaf."""
    ct = "%s; charset=%s" % (ctype, charset if cte != "7bit" or charset != "utf-8" else "us-ascii")
    if cte == "7bit":
        text.encode("ascii")
        ct = "%s; charset=us-ascii" % ctype
    if flowed:
        ct += "; format=flowed"
    hl = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + cte] + list(extra)
    if cte in ("7bit", "8bit"):
        body = text
    elif cte == "quoted-printable":
        body = quopri.encodestring(text.replace("\r\n", "\n").encode(charset)).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(crlf(text).encode(charset)).decode("ascii")
    else:
        raise ValueError(cte)
    return hl, body


def binpart(ctype, data, filename):
    hl = ["Content-Type: %s; name=\"%s\"" % (ctype, filename),
          "Content-Transfer-Encoding: base64",
          "Content-Disposition: attachment; filename=\"%s\"" % filename]
    return hl, base64.encodebytes(data).decode("ascii")


def rfc822part(raw, filename=None):
    hl = ["Content-Type: message/rfc822"]
    if filename:
        hl.append("Content-Disposition: attachment; filename=\"%s\"" % filename)
    return hl, raw


def multi(subtype, parts, boundary):
    hl = ["Content-Type: multipart/%s; boundary=\"%s\"" % (subtype, boundary)]
    out = ["This is a multi-part message in MIME format.", ""]
    for phl, pbody in parts:
        out.append("--" + boundary)
        out.extend(phl)
        out.append("")
        out.append(pbody.rstrip("\r\n"))
    out.append("--" + boundary + "--")
    out.append("")
    return hl, "\n".join(out)


def message(slug, frm, subject, date, body, to=HD, cc=None, extra=(), subj_mode="b",
            subj_charset="utf-8", mid=None, xmailer=None, n=0):
    hl, b = body
    hdrs = ["From: " + frm, "To: " + to]
    if cc:
        hdrs.append("Cc: " + cc)
    hdrs += ["Subject: " + enc_subject(subject, subj_mode, subj_charset),
             "Date: " + format_datetime(date),
             "Message-ID: " + (mid or "<%s@%s>" % (h(slug, n)[:24], frm.split("@")[-1].strip(">").strip()))]
    hdrs.append("MIME-Version: 1.0")
    if xmailer:
        hdrs.append(xmailer)
    hdrs += list(extra)
    hdrs += hl
    return crlf("\n".join(hdrs) + "\n\n" + b.rstrip("\r\n") + "\n")


def zbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data, comp in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED if comp else zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def docx(paras):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p, quote=False) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    return zbytes([("[Content_Types].xml", ct, True), ("_rels/.rels", rels, True), ("word/document.xml", doc, True)])


def odt(paras):
    body = "".join("<text:p>%s</text:p>" % html.escape(p, quote=False) for p in paras)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text>%s</office:text></office:body></office:document-content>' % body)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    return zbytes([("mimetype", "application/vnd.oasis.opendocument.text", False),
                   ("META-INF/manifest.xml", manifest, True), ("content.xml", content, True)])


def pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
    for ln in lines:
        ops.append("(%s) Tj T*" % esc(ln))
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def add(slug, raw, typ, lang, fields=None, note="", subject=None, date=None):
    MAILS.append((slug, raw, {"type": typ, "lang": lang, "fields": fields or {}, "note": note}, subject, date))


def plain(text, cte=None, charset="utf-8", flowed=False):
    if cte is None:
        try:
            text.encode("ascii"); cte = "7bit"
        except UnicodeEncodeError:
            cte = "8bit"
    return part("text/plain", text, cte, charset, flowed=flowed)


def alt(slug, text, htm, cte_t=None, cte_h="quoted-printable", charset="utf-8"):
    return multi("alternative", [plain(text, cte_t, charset), part("text/html", htm, cte_h, charset)], "----=_Alt_" + h(slug, 7)[:20])


def htmlonly(htm, cte="quoted-printable", charset="utf-8"):
    return part("text/html", htm, cte, charset)


def mixed(slug, parts):
    return multi("mixed", parts, "----=_Mix_" + h(slug, 9)[:22])


# ---------------------------------------------------------------- course_data
def course_data():
    # 1 BAAK relaying a lecturer's request, eM Client HTML
    s = "emclient-baak-relays-lecturer-swap"
    d = D(2026, 8, 11, 9, 42)
    subj = "Titipan permintaan dosen - pergantian pengampu Statistika Bisnis"
    txt = ("Yth. Tim Helpdesk P4M,\n\nMohon maaf mengganggu. Kami dari BAAK menerima titipan dari Ibu Lestari Handayani "
           "(Manajemen Bisnis) yang sedang dinas luar dan belum bisa mengirim email sendiri.\n\n"
           "Beliau meminta agar dosen pengampu mata kuliah MB2204 Statistika Bisnis di e-learning diganti karena Ibu Lestari mulai cuti melahirkan minggu depan. "
           "Nama dosen pengganti ada di surat beliau terlampir (PDF).\n\n"
           "Untuk urusan SIAKAD sudah kami ubah di sisi kami, jadi yang tersisa hanya di e-learning.\n\n"
           "Terima kasih,\nAgus Salim\nStaf Administrasi Akademik (BAAK)\nPoliteknik Negeri Batam\nTelp. 0778-469858 ext. 1017\n")
    htm = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
           "<div>Yth. Tim Helpdesk P4M,</div><div><br></div><div>Mohon maaf mengganggu. Kami dari BAAK menerima titipan dari Ibu Lestari Handayani "
           "(Manajemen Bisnis) yang sedang dinas luar dan belum bisa mengirim email sendiri.</div><div><br></div>"
           "<div>Beliau meminta agar dosen pengampu mata kuliah MB2204 Statistika Bisnis di e-learning diganti karena Ibu Lestari mulai cuti melahirkan minggu depan. "
           "Nama dosen pengganti ada di surat beliau terlampir (PDF).</div><div><br></div>"
           "<div>Untuk urusan SIAKAD sudah kami ubah di sisi kami, jadi yang tersisa hanya di e-learning.</div><div><br></div>"
           "<div>Terima kasih,</div><div id=\"signature_old\"><div style=\"font-family: Tahoma; font-size: 10pt;\">Agus Salim<br>"
           "Staf Administrasi Akademik (BAAK)<br>Politeknik Negeri Batam<br>Telp. 0778-469858 ext. 1017</div></div></body></html>")
    att = pdf(["Batam, 10 Agustus 2026", "Kepada Yth. Kepala P4M Politeknik Negeri Batam",
               "Hal: Permohonan pergantian dosen pengampu di e-learning", "",
               "Dengan hormat, sehubungan dengan cuti melahirkan saya mulai 17 Agustus 2026,",
               "mohon dosen pengampu mata kuliah MB2204 Statistika Bisnis di e-learning diganti menjadi",
               "Dr. Rina Oktaviani, S.E., M.Si.", "sesuai surat tugas Ketua Jurusan Manajemen Bisnis.", "",
               "Hormat saya,", "Lestari Handayani, S.E., M.M."])
    add(s + ".eml", message(s, "Agus Salim <agus.salim@polibatam.ac.id>", subj, d,
                            mixed(s, [alt(s, txt, htm), binpart("application/pdf", att, "Surat_Permohonan_Lestari.pdf")]),
                            extra=["User-Agent: eM_Client/10.1.4588.0"]), "course_data", "id",
        {"course_code": "MB2204", "course_name": "Statistika Bisnis", "changes": {"lecturer": "Dr. Rina Oktaviani, S.E., M.Si."}},
        "BAAK staff relays the request of a lecturer on leave; the new lecturer is only in the attached PDF letter.", subj, d)

    # 2 lecturer replies to helpdesk acknowledgement with the missing new name, iPhone Mail
    s = "iphone-reply-to-ack-adds-new-name"
    d = D(2026, 8, 19, 20, 7)
    subj = "Re: [P4M-HD #4821] Permohonan ubah nama mata kuliah"
    txt = ("Oh iya maaf lupa \U0001f64f\nNama barunya: Pemrograman Web Lanjut\n\nSalam,\nFajar\n\nDikirim dari iPhone saya\n\n"
           "> Pada 19 Agu 2026, pukul 16.31, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:\n>\n"
           "> Yth. Bapak Fajar Nugroho,\n>\n> Permintaan Bapak telah kami terima dengan nomor tiket #4821.\n"
           "> Agar dapat kami proses, mohon sebutkan nama baru mata kuliah yang diinginkan.\n>\n> Salam,\n> Helpdesk P4M\n>\n"
           ">> Pada 19 Agu 2026, pukul 15.02, Fajar Nugroho <fajar@polibatam.ac.id> menulis:\n>>\n"
           ">> Selamat sore, mohon nama mata kuliah IF 3107 Pemrograman Web II di e-learning diubah sesuai kurikulum baru. Terima kasih.\n")
    add(s + ".eml", message(s, "Fajar Nugroho <fajar@polibatam.ac.id>", subj, d, plain(txt, "quoted-printable"),
                            extra=["X-Mailer: iPhone Mail (22G86)", "In-Reply-To: <ack-4821@helpdesk-p4m.polibatam.ac.id>",
                                   "References: <req-4821@polibatam.ac.id> <ack-4821@helpdesk-p4m.polibatam.ac.id>"]),
        "course_data", "id",
        {"course_code": "IF 3107", "course_name": "Pemrograman Web II", "changes": {"fullname": "Pemrograman Web Lanjut"}},
        "Reply to the helpdesk's acknowledgement; the course and old name are only in the quoted original.", subj, d)

    # 3 dictated without punctuation, Gmail Android
    s = "gmail-android-voice-typing-enrolment-key"
    d = D(2026, 9, 1, 6, 55)
    subj = "ganti kunci"
    txt = ("halo admin p4m selamat pagi saya pak hendra dari teknik mesin mau minta tolong ganti kunci pendaftaran "
           "mata kuliah gambar teknik kode MS 1103 kuncinya jadi gambar2026 semua huruf kecil ya soalnya kunci yang lama "
           "sudah tersebar ke angkatan atas terima kasih banyak\n\n-- \nDikirim dari ponsel Android saya\n")
    add(s + ".eml", message(s, "Hendra Saputra <hendra.saputra@gmail.com>", subj, d, plain(txt)),
        "course_data", "id",
        {"course_code": "MS 1103", "course_name": "gambar teknik", "changes": {"enrolment_key": "gambar2026"}},
        "Voice-typed mail without punctuation.", subj, d)

    # 4 ALL CAPS, Lotus Notes
    s = "lotus-notes-all-caps-lecturer-change"
    d = D(2026, 8, 24, 10, 3)
    subj = "PERGANTIAN DOSEN KALKULUS I"
    txt = ("KEPADA YTH. HELPDESK P4M\n\nDENGAN HORMAT,\nMOHON DIGANTI NAMA DOSEN PENGAMPU MATA KULIAH KALKULUS I (EL1101) "
           "DI E-LEARNING MENJADI IR. SUPARDI, M.T. MULAI SEMESTER INI. DOSEN SEBELUMNYA SUDAH PENSIUN.\n\n"
           "DEMIKIAN, ATAS BANTUANNYA DIUCAPKAN TERIMA KASIH.\n\nHORMAT KAMI,\nSEKRETARIAT JURUSAN TEKNIK ELEKTRO\n")
    add(s + ".eml", message(s, "Sekretariat Teknik Elektro <elektro@polibatam.ac.id>", subj, d, plain(txt),
                            extra=["X-Mailer: Lotus Notes Release 8.5.3FP6 November 21, 2013",
                                   "X-MIMETrack: Serialize by Router on NOTES01/POLIBATAM at 08/24/2026 10:03:12 AM"]),
        "course_data", "id",
        {"course_code": "EL1101", "course_name": "KALKULUS I", "changes": {"lecturer": "IR. SUPARDI, M.T."}},
        "Whole mail in capitals.", subj, d)

    # 5 text-speak class rep, Yahoo mobile
    s = "yahoo-mobile-textspeak-class-label"
    d = D(2026, 9, 3, 22, 41)
    subj = "kls salah"
    txt = ("min mlm, mo tny knp di elearning utk matkul Basis Data (IF2203) kls kita msh ketulis TI-2A?? hrsnya TI-2B Pagi min, "
           "jd bnyk yg bingung msk kls mn. tlg diganti y min makasih bgt \U0001f64f\U0001f64f\n\nrara, komting TI-2B\n\n"
           "Dikirim dari Yahoo Mail di Android\n")
    add(s + ".eml", message(s, "Rara <rara.ti2b@yahoo.co.id>", subj, d, plain(txt, "quoted-printable"),
                            extra=["X-Mailer: WebService/1.1.22645 YMailNorrin"]),
        "course_data", "id",
        {"course_code": "IF2203", "course_name": "Basis Data", "changes": {"class": "TI-2B Pagi"}},
        "Text-speak class representative; the old class label is given too.", subj, d)

    # 6 three courses, one to change, Mailbird
    s = "mailbird-three-courses-one-credits"
    d = D(2026, 8, 14, 13, 20)
    subj = "Mata kuliah semester ganjil"
    txt = ("Selamat siang Tim P4M,\n\nSemester ini saya mengampu tiga mata kuliah di e-learning:\n"
           "- IF1102 Algoritma dan Pemrograman\n- IF2205 Struktur Data\n- IF3108 Kecerdasan Buatan\n\n"
           "Yang pertama dan ketiga sudah benar semua. Hanya untuk Struktur Data, jumlah SKS di deskripsi "
           "kursus masih tertulis 3, padahal setelah revisi kurikulum jumlah SKS-nya menjadi 4. Mohon bantuan diperbaiki.\n\n"
           "Terima kasih,\nDewi Kartika, M.Kom.\nJurusan Teknik Informatika\n")
    htm = "<div>" + html.escape(txt).replace("\n", "<br>\n") + "</div>"
    add(s + ".eml", message(s, "Dewi Kartika <dewi.kartika@polibatam.ac.id>", subj, d, alt(s, txt, htm),
                            extra=["X-Mailer: Mailbird 3.0.21.0"]),
        "course_data", "id",
        {"course_code": "IF2205", "course_name": "Struktur Data", "changes": {"credits": "4"}},
        "Three courses named; only Struktur Data changes.", subj, d)

    # 7 head of department one-line approval above forwarded chain, eM Client
    s = "emclient-kajur-oneline-approval-forward-rename"
    d = D(2026, 8, 27, 7, 58)
    subj = "FW: Usulan perubahan nama MK Mekatronika Dasar"
    txt = ("Setuju, mohon diproses.\n\nWahyu\nKajur Teknik Mesin\n\n"
           "------ Original Message ------\nFrom: \"Bima Prasetyo\" <bima.p@polibatam.ac.id>\nTo: \"Wahyu Hidayat\" <wahyu@polibatam.ac.id>\n"
           "Sent: 26/08/2026 16:44:10\nSubject: Usulan perubahan nama MK Mekatronika Dasar\n\n"
           "Pak Wahyu, sesuai hasil rapat kurikulum prodi Robotika, saya usulkan nama mata kuliah RBT2102 Mekatronika Dasar "
           "di e-learning diganti menjadi Pengantar Mekatronika. Jika Bapak setuju, mohon diteruskan ke P4M.\n\n"
           "Salam,\nBima\n\n[Lampiran: Form_Usulan_Perubahan_MK.docx]\n")
    att = docx(["FORMULIR USULAN PERUBAHAN DATA MATA KULIAH E-LEARNING", "Prodi: Teknik Robotika",
                "Kode MK: RBT2102", "Nama MK saat ini: Mekatronika Dasar", "Nama MK baru: Pengantar Mekatronika",
                "Alasan: penyesuaian kurikulum OBE 2026", "Pengusul: Bima Prasetyo, M.T."])
    add(s + ".eml", message(s, "Wahyu Hidayat <wahyu@polibatam.ac.id>", subj, d,
                            mixed(s, [plain(txt), binpart("application/vnd.openxmlformats-officedocument.wordprocessingml.document", att, "Form_Usulan_Perubahan_MK.docx")]),
                            extra=["User-Agent: eM_Client/9.2.2258.0"]),
        "course_data", "id",
        {"course_code": "RBT2102", "course_name": "Mekatronika Dasar", "changes": {"fullname": "Pengantar Mekatronika"}},
        "Head of department approves in one line above the forwarded lecturer's request.", subj, d)

    # 8 course only as 'kelas Pak X hari Selasa', summary change, Evolution
    s = "evolution-selasa-class-no-code-summary"
    d = D(2026, 9, 8, 11, 15)
    subj = "Deskripsi kelas Pak Darmawan"
    txt = ("Selamat siang,\n\nSaya asisten Pak Darmawan. Beliau minta deskripsi (summary) untuk kelas Bapak Darmawan hari Selasa "
           "di e-learning diganti dengan kalimat berikut:\n\n"
           "Mata kuliah ini membahas perancangan rangkaian digital kombinasional dan sekuensial serta implementasinya pada FPGA.\n\n"
           "Kode mata kuliahnya beliau lupa, tapi itu satu-satunya kelas beliau di hari Selasa.\n\nTerima kasih,\nNanda\n")
    add(s + ".eml", message(s, "Nanda Pratiwi <nanda.pratiwi@polibatam.ac.id>", subj, d, plain(txt, "quoted-printable"),
                            extra=["X-Mailer: Evolution 3.50.4-1"]),
        "course_data", "id",
        {"changes": {"summary": "Mata kuliah ini membahas perancangan rangkaian digital kombinasional dan sekuensial serta implementasinya pada FPGA."}},
        "Course identified only as the lecturer's Tuesday class; no code or name.", subj, d)

    # 9 UPT TIK forwards a lecturer's request as message/rfc822, Evolution
    s = "evolution-upttik-forward-rfc822-shortname"
    d = D(2026, 9, 10, 14, 2)
    subj = "Fwd: nama singkat kursus Jarkom"
    inner = crlf("From: Yoga Permana <yoga.permana@polibatam.ac.id>\nTo: UPT TIK <upttik@polibatam.ac.id>\n"
                 "Subject: nama singkat kursus Jarkom\nDate: Wed, 09 Sep 2026 19:30:11 +0700\n"
                 "Message-ID: <%s@polibatam.ac.id>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=us-ascii\n\n"
                 "Malam Mas, nama singkat kursus TK-2301 Jaringan Komputer di e-learning tolong dibuat JARKOM-2A, "
                 "yang sekarang kepanjangan jadi terpotong di dashboard mahasiswa.\n\nYoga\n" % h(s, 1)[:20])
    body = ("Halo P4M,\n\nIni bukan wewenang kami (kami hanya mengurus server), jadi kami teruskan permintaan Pak Yoga terlampir.\n\n"
            "Salam,\nRiko - UPT TIK\n")
    add(s + ".eml", message(s, "Riko Hermawan <riko@polibatam.ac.id>", subj, d,
                            mixed(s, [plain(body), rfc822part(inner, "nama singkat kursus Jarkom.eml")]),
                            extra=["X-Mailer: Evolution 3.46.4-2"]),
        "course_data", "id",
        {"course_code": "TK-2301", "course_name": "Jaringan Komputer", "changes": {"shortname": "JARKOM-2A"}},
        "The IT unit forwards the lecturer's request as an attached message.", subj, d)

    # 10 semester change, Yahoo mobile (iOS)
    s = "yahoo-ios-semester-academic-year"
    d = D(2026, 8, 5, 8, 12)
    subj = "Semester AK 2203 salah"
    txt = ("Pagi P4M,\n\nDi e-learning, kursus Akuntansi Biaya (AK 2203) semesternya masih tertulis Ganjil 2025/2026. "
           "Seharusnya Ganjil 2026/2027. Mohon dibetulkan ya.\n\nMakasih,\nBu Sri\n\nSent from Yahoo Mail for iPhone\n")
    add(s + ".eml", message(s, "Sri Wahyuni <sri_wahyuni77@yahoo.com>", subj, d, plain(txt),
                            extra=["X-Mailer: WebService/1.1.22645 YMailNorrin"]),
        "course_data", "id",
        {"course_code": "AK 2203", "course_name": "Akuntansi Biaya", "changes": {"semester": "Ganjil 2026/2027"}},
        "", subj, d)

    # 11 arrows, two changes, Evolution plain
    s = "evolution-arrows-two-changes"
    d = D(2026, 10, 13, 9, 30)
    subj = "Perubahan data kursus MB-3106"
    txt = ("Yth. Helpdesk,\n\nMohon perubahan data kursus berikut di e-learning:\n\n"
           "Kursus : MB-3106 Manajemen Rantai Pasok\n"
           "Nama lengkap : Manajemen Rantai Pasok --> Manajemen Rantai Pasok dan Logistik\n"
           "Dosen        : Hadi Kusuma, S.T. --> Yuliani Putri, S.T., M.M.\n\n"
           "Terima kasih.\n\n-- \nYuliani Putri\nProdi Logistik Perdagangan Internasional\n")
    add(s + ".eml", message(s, "Yuliani Putri <yuliani@polibatam.ac.id>", subj, d, plain(txt),
                            extra=["X-Mailer: Evolution 3.44.4-0ubuntu2"]),
        "course_data", "id",
        {"course_code": "MB-3106", "course_name": "Manajemen Rantai Pasok",
         "changes": {"fullname": "Manajemen Rantai Pasok dan Logistik", "lecturer": "Yuliani Putri, S.T., M.M."}},
        "Old --> new arrows for two fields.", subj, d)

    # 12 self-correction, iPhone Mail
    s = "iphone-self-correction-class"
    d = D(2026, 9, 22, 17, 48)
    subj = "Kelas Perpajakan"
    txt = ("Sore, tolong kelas di kursus Perpajakan II (AK3104) diganti jadi AK-3B Malam.\n\n"
           "Eh maaf salah, maksud saya AK-3C Malam. Yang B itu kelas Pak Ilham.\n\n"
           "Trims\nRatna\n\nDikirim dari iPhone saya\n")
    add(s + ".eml", message(s, "Ratna Sari <ratna.sari@polibatam.ac.id>", subj, d, plain(txt, "quoted-printable"),
                            extra=["X-Mailer: iPhone Mail (21H16)"]),
        "course_data", "id",
        {"course_code": "AK3104", "course_name": "Perpajakan II", "changes": {"class": "AK-3C Malam"}},
        "The sender corrects her own class value in the second paragraph.", subj, d)

    # 13 Singaporean partner, HCL Notes, summary
    s = "hcl-notes-singapore-partner-summary"
    d = D(2026, 8, 18, 10, 26, 8)
    subj = "Joint module EE4102 - course summary update"
    txt = ("Hi P4M team,\n\nI'm co-teaching the joint module EE4102 Industrial IoT Systems with your Electrical Engineering dept this term. "
           "The summary on your e-learning still shows last year's text leh. Can help to replace it with the below? "
           "Thanks ah.\n\nNew summary:\n"
           "Students design, deploy and secure sensor networks for factory-floor monitoring, from edge devices to cloud dashboards.\n\n"
           "Best regards,\nMelvin Tan\nLecturer, School of Engineering\nNanyang-Batam Joint Programme (Singapore)\n\n"
           "CONFIDENTIALITY: This email and any attachments are confidential and may be privileged. If you are not the "
           "intended recipient, please notify the sender and delete it.\n")
    add(s + ".eml", message(s, "Melvin TAN <melvin_tan@sgpartner.edu.sg>", subj, d, plain(txt),
                            extra=["X-Mailer: HCL Notes Release 12.0.2 FP2 June 09, 2023",
                                   "X-MIMETrack: Serialize by Router on SGMAIL02/SGP at 18/08/2026 11:26:40"]),
        "course_data", "en",
        {"course_code": "EE4102", "course_name": "Industrial IoT Systems",
         "changes": {"summary": "Students design, deploy and secure sensor networks for factory-floor monitoring, from edge devices to cloud dashboards."}},
        "Singapore English from a +08:00 partner.", subj, d)

    # 14 Malaysian partner, Mailbird, lecturer
    s = "mailbird-malaysia-partner-lecturer"
    d = D(2026, 9, 2, 15, 5, 8)
    subj = "Update of lecturer - Renewable Energy Technology (TRE4203)"
    txt = ("Dear Sir/Madam,\n\nSalam sejahtera. Further to our MoU on the shared course, kindly update the lecturer of "
           "TRE4203 Renewable Energy Technology on your e-learning to Encik Mohd Faizal bin Rahman, as Dr. Noraini "
           "has been seconded to our Kuantan campus for this semester.\n\nThank you and have a nice day.\n\n"
           "Nurul Huda binti Ismail\nProgramme Coordinator\nPoliteknik Partner Malaysia, Johor Bahru\n")
    htm = "<div dir=\"ltr\" style=\"font-family:Segoe UI\">" + html.escape(txt).replace("\n", "<br>") + "</div>"
    add(s + ".eml", message(s, "Nurul Huda <nurulhuda@ppm.edu.my>", subj, d, alt(s, txt, htm),
                            extra=["X-Mailer: Mailbird 3.0.19.0"]),
        "course_data", "en",
        {"course_code": "TRE4203", "course_name": "Renewable Energy Technology", "changes": {"lecturer": "Encik Mohd Faizal bin Rahman"}},
        "Malaysian partner (+08:00).", subj, d)

    # 15 Thai partner, eM Client, shortname
    s = "emclient-thai-partner-shortname"
    d = D(2026, 10, 6, 11, 40)
    subj = "Request to change short name of course LOG 2101"
    txt = ("Dear P4M Helpdesk Khrap,\n\nI am Somchai from Chiang Mai partner college, I teach Logistics Management (LOG 2101) together "
           "with your Business Administration department by online. Our Thai students get confuse because short name is same as "
           "other course. Please kindly change the short name to LOGMGT-TH26.\n\nThank you very much for your kind help krub.\n\n"
           "Best regards,\nSomchai Rattanakul\n")
    add(s + ".eml", message(s, "Somchai Rattanakul <somchai.r@cmpartner.ac.th>", subj, d, plain(txt),
                            extra=["User-Agent: eM_Client/10.0.3530.0"]),
        "course_data", "en",
        {"course_code": "LOG 2101", "course_name": "Logistics Management", "changes": {"shortname": "LOGMGT-TH26"}},
        "Thai partner's English.", subj, d)

    # 16 Nigerian partner, Yahoo mobile, enrolment key
    s = "yahoo-android-nigeria-partner-enrolment-key"
    d = D(2026, 10, 20, 16, 12, 1)
    subj = "Kind request: change of enrolment key"
    txt = ("Good day Sir/Ma,\n\nI hope this mail meets you well. I am Dr. Chinedu Okafor, visiting lecturer on the "
           "Entrepreneurship Development course (ENT-301). Kindly effect the change of the enrolment key to Naija@Batam26 "
           "as the former one was shared on a public WhatsApp group.\n\nI will be most grateful for your prompt action.\n\n"
           "Yours faithfully,\nDr. Chinedu Okafor\n\nSent from Yahoo Mail on Android\n")
    add(s + ".eml", message(s, "Chinedu Okafor <chinedu.okafor@yahoo.com>", subj, d, plain(txt),
                            extra=["X-Mailer: WebService/1.1.22733 YMailNorrin"]),
        "course_data", "en",
        {"course_code": "ENT-301", "course_name": "Entrepreneurship Development", "changes": {"enrolment_key": "Naija@Batam26"}},
        "Nigerian English from a +01:00 sender.", subj, d)

    # 17 HTML table, Mailbird, credits + semester
    s = "mailbird-html-table-credits-semester"
    d = D(2026, 8, 21, 9, 5)
    subj = "Course data correction IF4210"
    htm = ("<div>Dear helpdesk team,</div><div><br></div><div>Could you please correct two settings of my course?</div><br>"
           "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th>Course</th><th>Field</th><th>Now</th><th>Should be</th></tr>"
           "<tr><td>IF4210 Computer Vision</td><td>Credits</td><td>2</td><td>3</td></tr>"
           "<tr><td>IF4210 Computer Vision</td><td>Semester</td><td>Even 2025/2026</td><td>Odd 2026/2027</td></tr></table><br>"
           "<div>Thank you very much.</div><div>Regards,<br>Arif Rahman, Ph.D.<br>Informatics Engineering</div>")
    add(s + ".eml", message(s, "Arif Rahman <arif.rahman@polibatam.ac.id>", subj, d, htmlonly(htm),
                            extra=["X-Mailer: Mailbird 3.0.21.0"]),
        "course_data", "en",
        {"course_code": "IF4210", "course_name": "Computer Vision", "changes": {"credits": "3", "semester": "Odd 2026/2027"}},
        "HTML-only mail with a now/should-be table.", subj, d)

    # 18 English reply to ack, iPhone
    s = "iphone-en-reply-to-ack-adds-lecturer"
    d = D(2026, 11, 3, 7, 21)
    subj = "Re: [P4M-HD #5310] Change of lecturer"
    txt = ("The new lecturer is Dr. Anita Wulandari, M.Kom. Sorry for missing that.\n\nSent from my iPhone\n\n"
           "> On 2 Nov 2026, at 14:05, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:\n>\n"
           "> Dear Mr. Ivan,\n> Thank you, your request is registered as ticket #5310. Who should be listed as the new lecturer?\n>\n"
           "> Helpdesk P4M\n>\n>> On 2 Nov 2026, at 13:40, Ivan Gunawan <ivan.g@polibatam.ac.id> wrote:\n>>\n"
           ">> Hello, please change the lecturer of Software Testing (RPL3204) on e-learning. I am moving to the graduate programme.\n>>\n>> Ivan\n")
    add(s + ".eml", message(s, "Ivan Gunawan <ivan.g@polibatam.ac.id>", subj, d, plain(txt, "quoted-printable"),
                            extra=["X-Mailer: iPhone Mail (22B83)", "In-Reply-To: <ack-5310@helpdesk-p4m.polibatam.ac.id>"]),
        "course_data", "en",
        {"course_code": "RPL3204", "course_name": "Software Testing", "changes": {"lecturer": "Dr. Anita Wulandari, M.Kom."}},
        "Reply to the acknowledgement gives the missing new lecturer; the course is in the quoted request.", subj, d)

    # 19 text-speak mixed, Yahoo mobile
    s = "yahoo-mobile-textspeak-mixed-rename"
    d = D(2026, 8, 31, 23, 2)
    subj = "rename course pls"
    txt = ("hi min, pls ganti nama course ANM2105 'Intro to UX' jadi 'User Experience Design' asap ya, "
           "udh approved kaprodi kok. thx b4 \U0001f64f\n\n- dimas (dosen animasi)\n\nSent from Yahoo Mail for iPhone\n")
    add(s + ".eml", message(s, "dimas a <dimas.anm@yahoo.com>", subj, d, plain(txt, "base64"),
                            extra=["X-Mailer: WebService/1.1.22645 YMailNorrin"]),
        "course_data", "mixed",
        {"course_code": "ANM2105", "course_name": "Intro to UX", "changes": {"fullname": "User Experience Design"}},
        "Text-speak in mixed Indonesian and English.", subj, d)

    # 20 finance staff relays, mixed, eM Client
    s = "emclient-finance-relays-enrolment-key-mixed"
    d = D(2026, 9, 16, 10, 44)
    subj = "Titipan Bu Maya - enrolment key AKM"
    txt = ("Hi team P4M,\n\nSaya dari Bagian Keuangan, bukan soal honor kok hehe. Bu Maya (dosen Akuntansi) lagi di ruangan kami "
           "dan laptopnya mati, jadi beliau titip pesan: enrolment key untuk kursus Akuntansi Keuangan Menengah (AK2101) "
           "please di-reset to AKM#2026, because the old key was leaked to another class.\n\nThanks a lot!\n\n"
           "Linda\nBagian Keuangan Polibatam\n")
    add(s + ".eml", message(s, "Linda Marpaung <linda.keu@polibatam.ac.id>", subj, d, plain(txt),
                            extra=["User-Agent: eM_Client/10.1.4588.0"]),
        "course_data", "mixed",
        {"course_code": "AK2101", "course_name": "Akuntansi Keuangan Menengah", "changes": {"enrolment_key": "AKM#2026"}},
        "Finance staff relays a lecturer's request, not their own business.", subj, d)

    # 21 English one-line approval above forwarded Indonesian request, HCL Notes style
    s = "hcl-notes-approved-above-forward-class-merge"
    d = D(2026, 9, 4, 8, 15)
    subj = "Fw: Penggabungan kelas Fisika Terapan"
    txt = ("Approved. Pls process.\n\nRegards,\nIr. Hartono\nHead, Dept. of Mechanical Engineering\n\n"
           "----- Forwarded by Hartono/POLIBATAM on 04/09/2026 08:14 -----\n\n"
           "From:\tMelati Anggraini/POLIBATAM\nTo:\tHartono/POLIBATAM@POLIBATAM\nDate:\t03/09/2026 15:27\n"
           "Subject:\tPenggabungan kelas Fisika Terapan\n\n\n"
           "Pak Hartono,\nKarena peminat sedikit, kelas TRM-1A dan TRM-1B untuk mata kuliah Fisika Terapan (TRM1104) digabung. "
           "Mohon nama kelas di e-learning diganti menjadi TRM-1 Gabungan. Mohon persetujuan Bapak untuk diteruskan ke P4M.\n\n"
           "Terima kasih,\nMelati\n")
    add(s + ".eml", message(s, "Hartono <hartono@polibatam.ac.id>", subj, d, plain(txt),
                            extra=["X-Mailer: HCL Notes Release 11.0.1 FP4 October 05, 2021"]),
        "course_data", "mixed",
        {"course_code": "TRM1104", "course_name": "Fisika Terapan", "changes": {"class": "TRM-1 Gabungan"}},
        "English one-line approval above a Notes-style forwarded Indonesian request.", subj, d)

    # 22 one change without a value, mixed, Mailbird
    s = "mailbird-mixed-lecturer-pending-shortname"
    d = D(2026, 10, 1, 14, 33)
    subj = "Update course PBO"
    txt = ("Halo P4M,\n\nFor the course Pemrograman Berorientasi Objek (IF2104), ada dua hal:\n"
           "1. Please update the lecturer - nama dosen barunya will follow, masih menunggu SK dari jurusan.\n"
           "2. Short name tolong diganti jadi PBO-B.\n\nThanks,\nKevin\n")
    add(s + ".eml", message(s, "Kevin Halim <kevin.halim@polibatam.ac.id>", subj, d, plain(txt),
                            extra=["X-Mailer: Mailbird 3.0.18.0"]),
        "course_data", "mixed",
        {"course_code": "IF2104", "course_name": "Pemrograman Berorientasi Objek", "changes": {"shortname": "PBO-B"}},
        "A lecturer change is asked without its new name (to follow), so only the short name is labelled.", subj, d)


# ---------------------------------------------------------------- announcements
def announcements():
    # a1 Humas, separate sentences for event date and publish time, Mailbird HTML
    s = "mailbird-humas-poster-contest-separate-sentences"
    d = D(2026, 10, 29, 15, 12)
    subj = "Permohonan penayangan pengumuman lomba poster"
    htm = ("<div>Yth. Tim Helpdesk P4M,</div><br><div>Bersama ini Humas Polibatam memohon bantuan penayangan pengumuman di halaman depan "
           "e-learning untuk seluruh mahasiswa dengan judul <b>Lomba Desain Poster Hari Pahlawan 2026</b>.</div><br>"
           "<div>Lombanya sendiri dilaksanakan pada Selasa, 10 November 2026, dengan batas pengumpulan karya tanggal 8 November.</div>"
           "<div>Pengumuman mohon ditayangkan pada Senin, 2 November 2026 pukul 08.00 WIB.</div><br>"
           "<div>Teks lengkap pengumuman:</div><blockquote>Dalam rangka memperingati Hari Pahlawan, Humas Polibatam mengundang mahasiswa "
           "aktif mengikuti lomba desain poster bertema &quot;Pahlawan Masa Kini&quot;. Pendaftaran melalui tautan di bio Instagram @polibatam.</blockquote>"
           "<div>Hormat kami,<br>Citra Amelia<br>Unit Hubungan Masyarakat</div>")
    txt = ("Yth. Tim Helpdesk P4M,\n\nBersama ini Humas Polibatam memohon bantuan penayangan pengumuman di halaman depan e-learning untuk "
           "seluruh mahasiswa dengan judul Lomba Desain Poster Hari Pahlawan 2026.\n\n"
           "Lombanya sendiri dilaksanakan pada Selasa, 10 November 2026, dengan batas pengumpulan karya tanggal 8 November.\n"
           "Pengumuman mohon ditayangkan pada Senin, 2 November 2026 pukul 08.00 WIB.\n\nTeks lengkap pengumuman:\n"
           "Dalam rangka memperingati Hari Pahlawan, Humas Polibatam mengundang mahasiswa aktif mengikuti lomba desain poster bertema "
           "\"Pahlawan Masa Kini\". Pendaftaran melalui tautan di bio Instagram @polibatam.\n\nHormat kami,\nCitra Amelia\nUnit Hubungan Masyarakat\n")
    add(s + ".eml", message(s, "Humas Polibatam <humas@polibatam.ac.id>", subj, d, alt(s, txt, htm),
                            extra=["X-Mailer: Mailbird 3.0.21.0"]),
        "announcement", "id",
        {"title": "Lomba Desain Poster Hari Pahlawan 2026", "scope": "site", "publish_at": "2026-11-02T08:00:00+07:00"},
        "Event date (10 Nov) and publish time are in separate sentences.", subj, d)

    # a2 LPPM, 'besok jam 9 pagi', eM Client
    s = "emclient-lppm-grant-call-tomorrow"
    d = D(2026, 9, 14, 10, 5)
    subj = "Mohon dipasang: Hibah Penelitian Internal 2027"
    txt = ("Selamat pagi rekan P4M,\n\nLPPM akan membuka Hibah Penelitian Internal 2027 untuk dosen. Batas unggah proposal 30 September 2026 "
           "pukul 23.59 melalui SIMLITABMAS kampus.\n\nTolong pengumumannya dipasang di beranda e-learning besok jam 9 pagi, "
           "judulnya \"Hibah Penelitian Internal 2027\". Teks pengumumannya ada di file terlampir.\n\nSalam,\nDr. Yusuf Maulana\nSekretaris LPPM\n")
    att = odt(["PENGUMUMAN", "Hibah Penelitian Internal 2027",
               "LPPM Politeknik Negeri Batam mengundang dosen tetap untuk mengajukan proposal penelitian internal tahun anggaran 2027.",
               "Skema: Penelitian Dosen Pemula dan Penelitian Terapan Unggulan.",
               "Batas unggah proposal: 30 September 2026 pukul 23.59 WIB.", "Informasi: lppm@polibatam.ac.id"])
    add(s + ".eml", message(s, "LPPM Polibatam <lppm@polibatam.ac.id>", subj, d,
                            mixed(s, [plain(txt), binpart("application/vnd.oasis.opendocument.text", att, "Pengumuman_Hibah_2027.odt")]),
                            extra=["User-Agent: eM_Client/9.2.2157.0"]),
        "announcement", "id",
        {"title": "Hibah Penelitian Internal 2027", "scope": "site", "publish_at": "2026-09-15T09:00:00+07:00"},
        "'besok jam 9 pagi' counted from the Date header; 30 September is the proposal deadline.", subj, d)

    # a3 library, date-only publish, Evolution
    s = "evolution-library-closure-date-only"
    d = D(2026, 10, 12, 13, 50)
    subj = "Pengumuman perpustakaan tutup (stock opname)"
    txt = ("Kepada Helpdesk P4M,\n\nPerpustakaan akan tutup untuk layanan peminjaman mulai Senin 19 Oktober sampai Jumat 23 Oktober 2026 "
           "karena kegiatan stock opname. Mohon dibantu pasang pengumuman untuk semua pengguna e-learning dengan judul:\n\n"
           "  Perpustakaan Tutup untuk Stock Opname\n\nTolong ditayangkan hari Jumat, 16 Oktober ya. Pengembalian buku tetap bisa "
           "lewat kotak drop di lobi.\n\nTerima kasih,\nMarlina\nPustakawan, UPT Perpustakaan\n")
    add(s + ".eml", message(s, "UPT Perpustakaan <perpustakaan@polibatam.ac.id>", subj, d, plain(txt, "quoted-printable"),
                            extra=["X-Mailer: Evolution 3.50.4-1"]),
        "announcement", "id",
        {"title": "Perpustakaan Tutup untuk Stock Opname", "scope": "site"},
        "Publish day is given without a clock time, so no publish_at; 19-23 Oct is the closure.", subj, d)

    # a4 'kelas Bapak Rudi hari Selasa', today 13.00, iPhone
    s = "iphone-secretary-tuesday-class-today"
    d = D(2026, 8, 25, 8, 10)
    subj = "Pengumuman kuliah pengganti"
    txt = ("Pagi P4M,\n\nTolong pasang pengumuman di kelas Bapak Rudi hari Selasa ya, judulnya: Kuliah Pengganti.\n"
           "Isinya: kuliah hari ini ditiadakan karena Bapak Rudi sakit, diganti Kamis 27 Agustus jam 10.00 di ruang GU 705.\n"
           "Tayangkan hari ini jam 13.00 saja, setelah mahasiswa selesai praktikum.\n\nMakasih\nSusi (admin prodi TRPL)\n\nDikirim dari iPhone saya\n")
    add(s + ".eml", message(s, "Susi Marlina <susi.trpl@polibatam.ac.id>", subj, d, plain(txt),
                            extra=["X-Mailer: iPhone Mail (22G86)"]),
        "announcement", "id",
        {"title": "Kuliah Pengganti", "scope": "course", "publish_at": "2026-08-25T13:00:00+07:00"},
        "Course given only as Bapak Rudi's Tuesday class; Thursday 10.00 is the makeup lecture.", subj, d)

    # a5 dictated announcement, Gmail Android
    s = "gmail-android-dictated-midterm-postponed"
    d = D(2026, 9, 28, 21, 16)
    subj = "pengumuman UTS"
    txt = ("tolong umumkan di elearning mata kuliah sistem operasi IF2106 judulnya ujian tengah semester diundur "
           "ujiannya jadi tanggal 12 oktober jam 8 pagi di lab 3 tolong tayangkan hari jumat tanggal 2 oktober jam 7 malam "
           "terima kasih pak bambang\n\nDikirim dari ponsel Samsung Galaxy saya.\n")
    add(s + ".eml", message(s, "Bambang Irawan <bambang.irawan@polibatam.ac.id>", subj, d, plain(txt)),
        "announcement", "id",
        {"course_code": "IF2106", "course_name": "sistem operasi", "title": "ujian tengah semester diundur", "scope": "course",
         "publish_at": "2026-10-02T19:00:00+07:00"},
        "Voice-typed run-on; 12 Oct 08.00 is the exam, 2 Oct 7 pm the publish time.", subj, d)

    # a6 ALL CAPS, Lotus Notes
    s = "lotus-notes-all-caps-power-outage"
    d = D(2026, 8, 18, 9, 2)
    subj = "PENGUMUMAN PEMADAMAN LISTRIK"
    txt = ("YTH. HELPDESK P4M\n\nMOHON DIUMUMKAN KE SELURUH MAHASISWA DAN DOSEN MELALUI E-LEARNING:\n\n"
           "JUDUL: PEMADAMAN LISTRIK KAMPUS\n\nAKAN ADA PEMADAMAN LISTRIK DI SELURUH GEDUNG KAMPUS PADA SABTU 22 AGUSTUS 2026 "
           "PUKUL 08.00-14.00 WIB KARENA PEMELIHARAAN TRAFO.\n\nPENGUMUMAN AGAR DITAYANGKAN KAMIS 20 AGUSTUS PUKUL 10.00.\n\n"
           "TERIMA KASIH\nBAGIAN UMUM DAN PERLENGKAPAN\n")
    add(s + ".eml", message(s, "Bagian Umum <umum@polibatam.ac.id>", subj, d, plain(txt),
                            extra=["X-Mailer: Lotus Notes Release 9.0.1FP10 SHF241 October 09, 2018"]),
        "announcement", "id",
        {"title": "PEMADAMAN LISTRIK KAMPUS", "scope": "site", "publish_at": "2026-08-20T10:00:00+07:00"},
        "All caps; 22 Aug 08.00-14.00 is the outage, 20 Aug 10.00 the publish time.", subj, d)

    # a7 BAAK, asap, iPhone
    s = "iphone-baak-exam-schedule-asap"
    d = D(2026, 11, 23, 11, 37)
    subj = "Jadwal UAS Ganjil - mohon segera ditayangkan"
    txt = ("Siang P4M,\n\nBAAK mohon bantuan pasang pengumuman \"Jadwal Ujian Akhir Semester Ganjil 2026/2027\" di e-learning untuk semua "
           "mahasiswa secepatnya, karena UAS mulai 7 Desember. File jadwal per prodi bisa ditautkan ke https://baak.polibatam.ac.id/jadwal-uas\n\n"
           "Terima kasih\nRizal - BAAK\n\nDikirim dari iPhone saya\n")
    add(s + ".eml", message(s, "Rizal Fahmi <rizal.baak@polibatam.ac.id>", subj, d, plain(txt, "quoted-printable"),
                            extra=["X-Mailer: iPhone Mail (22B83)"]),
        "announcement", "id",
        {"title": "Jadwal Ujian Akhir Semester Ganjil 2026/2027", "scope": "site"},
        "'secepatnya' gives no publish time; 7 December is the exam start.", subj, d)

    # a8 kajur 'Ok, lanjutkan.' above forwarded announcement, Evolution
    s = "evolution-kajur-ok-above-forwarded-visit"
    d = D(2026, 10, 5, 7, 45)
    subj = "Fwd: Pengumuman kunjungan industri MS3202"
    txt = ("Ok, lanjutkan.\n\n-- \nDr. Eng. Sutrisno\nKetua Jurusan Teknik Mesin\n\n"
           "-------- Forwarded Message --------\nFrom: Agung Wibisono <agung.w@polibatam.ac.id>\n"
           "To: Sutrisno <sutrisno@polibatam.ac.id>\nSubject: Pengumuman kunjungan industri MS3202\n"
           "Date: Sun, 04 Oct 2026 19:22:05 +0700\n\n"
           "Pak Kajur, mohon izin dan persetujuan untuk diteruskan ke P4M.\n\n"
           "Pengumuman untuk kursus Manajemen Produksi (MS3202):\nJudul: Kunjungan Industri ke PT Batamindo\n"
           "Kunjungan akan dilaksanakan Rabu, 14 Oktober 2026, bus berangkat pukul 07.30 dari halaman kampus.\n"
           "Pengumuman ditayangkan Rabu, 7 Oktober 2026 pukul 16.00.\n\nTerima kasih,\nAgung\n")
    add(s + ".eml", message(s, "Sutrisno <sutrisno@polibatam.ac.id>", subj, d, plain(txt),
                            extra=["X-Mailer: Evolution 3.46.4-2"]),
        "announcement", "id",
        {"course_code": "MS3202", "course_name": "Manajemen Produksi", "title": "Kunjungan Industri ke PT Batamindo",
         "scope": "course", "publish_at": "2026-10-07T16:00:00+07:00"},
        "Head of department's one-line approval above the forward; 14 Oct 07.30 is the visit.", subj, d)

    # a9 text-speak student org, Yahoo mobile
    s = "yahoo-mobile-textspeak-himpunan-webinar"
    d = D(2026, 11, 12, 19, 3)
    subj = "mnt tlg umumin webinar \U0001f64f"
    txt = ("kak p4m mlm \U0001f64f mau minta tlg umumin webinar \"Karir di Industri Game\" dr HIMA animasi ke smua mhs kak. "
           "acaranya tgl 28 nov jam 9 pg via zoom. tayangin tgl 20 nov jam 7 mlm y kak biar pas org pd buka hp \U0001f602 "
           "poster nyusul. mksh kak!!\n\nnisa - sekum HIMA ANIMASI\n\nSent from Yahoo Mail on Android\n")
    add(s + ".eml", message(s, "nisa hima <nisa.hima@yahoo.com>", subj, d, plain(txt, "quoted-printable"),
                            extra=["X-Mailer: WebService/1.1.22733 YMailNorrin"]),
        "announcement", "id",
        {"title": "Karir di Industri Game", "scope": "site", "publish_at": "2026-11-20T19:00:00+07:00"},
        "Text-speak; 28 Nov 09.00 is the webinar, 20 Nov 7 pm the publish time.", subj, d)

    # a10 Singapore partner, iPhone, 'your time'
    s = "iphone-singapore-guest-lecture-your-time"
    d = D(2026, 9, 9, 18, 30, 8)
    subj = "Guest lecture notice for LOG3105"
    txt = ("Hi Helpdesk,\n\nOur Captain Lim will give a guest lecture for your Port and Shipping Management module (LOG3105). "
           "The talk is on Thursday 17 Sep, 2pm Singapore time, over Zoom.\n\n"
           "Title: Guest Lecture: Smart Port Operations\n\n"
           "Can put up the notice on the course page on Monday 14 Sep, 9am your time? Students need a few days to register.\n\n"
           "Cheers,\nJasmine Lee\nSingapore Maritime Partner Academy\n\nSent from my iPhone\n")
    add(s + ".eml", message(s, "Jasmine Lee <jasmine.lee@smpa.edu.sg>", subj, d, plain(txt),
                            extra=["X-Mailer: iPhone Mail (21G93)"]),
        "announcement", "en",
        {"course_code": "LOG3105", "course_name": "Port and Shipping Management", "title": "Guest Lecture: Smart Port Operations",
         "scope": "course", "publish_at": "2026-09-14T09:00:00+07:00"},
        "Publish time is given in the helpdesk's own (WIB) time; the 2pm Singapore time is the talk.", subj, d)

    # a11 Malaysian partner, Malaysian time, eM Client
    s = "emclient-malaysia-webinar-myt-noon"
    d = D(2026, 9, 29, 9, 20, 8)
    subj = "Joint Webinar on Green Manufacturing - announcement"
    txt = ("Dear Helpdesk P4M,\n\nWe would be grateful if you could post the following site-wide announcement on your e-learning.\n\n"
           "Title: Joint Webinar on Green Manufacturing\n\nThe webinar will be held on 15 October 2026, 2.30 pm to 4.30 pm (Malaysia time), "
           "so please remind your students to register early.\n\nWe hope it can go up at 12 noon Malaysian time on 5 October.\n\n"
           "Terima kasih,\nAhmad Zulkifli bin Osman\nCentre for Industry Collaboration, Politeknik Partner Malaysia\n")
    add(s + ".eml", message(s, "Ahmad Zulkifli <zulkifli@ppm.edu.my>", subj, d, plain(txt),
                            extra=["User-Agent: eM_Client/10.0.3530.0"]),
        "announcement", "en",
        {"title": "Joint Webinar on Green Manufacturing", "scope": "site", "publish_at": "2026-10-05T11:00:00+07:00"},
        "12 noon Malaysian time (+08:00) is 11:00 WIB; 15 Oct is the webinar.", subj, d)

    # a12 Thai partner, date-only, Evolution
    s = "evolution-thai-info-session-date-only"
    d = D(2026, 8, 1, 10, 10)
    subj = "Please announce Student Exchange Info Session"
    txt = ("Dear Sir/Madam,\n\nSawasdee krub. Our college will hold \"Student Exchange Info Session\" online for Polibatam students on "
           "12 August 2026 at 13:00 Bangkok time. Could you please announce it to all students on 3 August? "
           "The Zoom link will be send later.\n\nBest regards,\nPiyapong Srisuk\nInternational Affairs, Chiang Mai Partner College\n")
    add(s + ".eml", message(s, "Piyapong Srisuk <piyapong@cmpartner.ac.th>", subj, d, plain(txt),
                            extra=["X-Mailer: Evolution 3.44.4"]),
        "announcement", "en",
        {"title": "Student Exchange Info Session", "scope": "site"},
        "Publish date without a time, so no publish_at; the 13:00 Bangkok time is the event.", subj, d)

    # a13 Nigerian partner, WAT, Yahoo mobile
    s = "yahoo-mobile-nigeria-call-for-abstracts-wat"
    d = D(2026, 10, 22, 12, 40, 1)
    subj = "Request for publication of Call for Abstracts"
    txt = ("Dear Esteemed Colleagues,\n\nCompliments of the season. On behalf of the Local Organising Committee, I write to request the "
           "publication of the attached information titled \"Call for Abstracts: International Conference on Applied Engineering\" "
           "to all staff and students of your noble institution.\n\nThe deadline for submission of abstracts is 30 November 2026. "
           "Please publish it on Tuesday, 27 October 2026 at 10:00 WAT.\n\nThank you for your anticipated cooperation.\n\n"
           "Engr. Adebayo Oluwaseun\nSecretary, LOC\n\nSent from Yahoo Mail on Android\n")
    att = pdf(["Call for Abstracts: International Conference on Applied Engineering (ICAE 2027)",
               "Venue: University of Lagos, Akoka, Nigeria (hybrid)", "Conference dates: 24-26 February 2027",
               "Abstract deadline: 30 November 2026", "Themes: renewable energy, smart manufacturing, maritime engineering",
               "Contact: loc.icae@unilag-partner.edu.ng"])
    add(s + ".eml", message(s, "Adebayo Oluwaseun <adebayo.oluwaseun@yahoo.com>", subj, d,
                            mixed(s, [plain(txt), binpart("application/pdf", att, "ICAE2027_CFA.pdf")]),
                            extra=["X-Mailer: WebService/1.1.22733 YMailNorrin"]),
        "announcement", "en",
        {"title": "Call for Abstracts: International Conference on Applied Engineering", "scope": "site",
         "publish_at": "2026-10-27T16:00:00+07:00"},
        "10:00 West Africa Time (+01:00) is 16:00 WIB; 30 Nov is the abstract deadline.", subj, d)

    # a14 UPT TIK mixed, Lotus Notes HTML
    s = "lotus-notes-upttik-maintenance-mixed"
    d = D(2026, 9, 8, 16, 20)
    subj = "Announcement: Maintenance Server E-Learning"
    htm = ("<font size=2 face=\"sans-serif\">Dear P4M team,</font><br><br>"
           "<font size=2 face=\"sans-serif\">UPT TIK akan melakukan upgrade storage server e-learning. Maintenance dijadwalkan Sabtu, "
           "12 September 2026 pukul 22.00 sampai Minggu 02.00 WIB, selama itu e-learning tidak bisa diakses.</font><br><br>"
           "<font size=2 face=\"sans-serif\">Please publish the notice &quot;Maintenance Server E-Learning&quot; for all users on "
           "Thursday 10 September at 15.00 WIB.</font><br><br>"
           "<font size=2 face=\"sans-serif\">Thanks &amp; regards,<br>Dedi Kurniawan<br>UPT TIK Polibatam</font>")
    add(s + ".eml", message(s, "Dedi Kurniawan <dedi.k@polibatam.ac.id>", subj, d, htmlonly(htm, "7bit"),
                            extra=["X-Mailer: Lotus Notes Release 9.0.1FP10 SHF241 October 09, 2018",
                                   "X-MIMETrack: Serialize by Router on NOTES01/POLIBATAM at 09/08/2026 04:20:31 PM"]),
        "announcement", "mixed",
        {"title": "Maintenance Server E-Learning", "scope": "site", "publish_at": "2026-09-10T15:00:00+07:00"},
        "Notes HTML; the maintenance window is 12 Sep 22.00-02.00, the publish time 10 Sep 15.00.", subj, d)

    # a15 reply to ack adds publish time, iPhone mixed
    s = "iphone-reply-to-ack-adds-publish-time-mixed"
    d = D(2026, 10, 21, 21, 10)
    subj = "Re: [P4M-HD #6002] Pengumuman kuis"
    txt = ("Oh iya, publish-nya tomorrow jam 06.30 ya, before the class starts. Thanks!\n\nDikirim dari iPhone saya\n\n"
           "> Pada 21 Okt 2026, pukul 18.02, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:\n>\n"
           "> Terima kasih, tiket #6002 sudah kami catat. Kapan pengumuman ini ingin ditayangkan (tanggal dan jam)?\n>\n"
           ">> Pada 21 Okt 2026, pukul 17.40, Teguh Santoso <teguh.s@polibatam.ac.id> menulis:\n>>\n"
           ">> Halo, tolong pasang pengumuman di kursus IF3103 Basis Data Lanjut, judul: Kuis 2 Basis Data Lanjut. "
           "Kuis dibuka Jumat 23 Oktober pukul 10.00 selama 60 menit.\n")
    add(s + ".eml", message(s, "Teguh Santoso <teguh.s@polibatam.ac.id>", subj, d, plain(txt, "quoted-printable"),
                            extra=["X-Mailer: iPhone Mail (22B83)", "In-Reply-To: <ack-6002@helpdesk-p4m.polibatam.ac.id>"]),
        "announcement", "mixed",
        {"course_code": "IF3103", "course_name": "Basis Data Lanjut", "title": "Kuis 2 Basis Data Lanjut", "scope": "course",
         "publish_at": "2026-10-22T06:30:00+07:00"},
        "Reply to the acknowledgement adds the publish time ('tomorrow' from 21 Oct); 23 Oct 10.00 is the quiz.", subj, d)

    # a16 next Monday, Mailbird mixed
    s = "mailbird-mixed-field-trip-next-monday"
    d = D(2026, 11, 19, 13, 25)
    subj = "Announcement untuk kursus Konstruksi Kapal \u2013 TPK 2201"
    txt = ("Selamat siang P4M,\n\nSaya mau minta tolong post announcement di kursus TPK 2201 Konstruksi Kapal.\n\n"
           "Title: Field Trip to Batam Shipyard\n\nField trip-nya hari Rabu, 2 Desember 2026, kumpul jam 07.00 di gerbang kampus, wajib pakai safety shoes.\n"
           "Tolong publish next Monday at 8 am, supaya mahasiswa sempat siapkan APD.\n\nThanks,\nHeru Setiawan\nTeknik Perkapalan\n")
    add(s + ".eml", message(s, "Heru Setiawan <heru.setiawan@polibatam.ac.id>", subj, d, plain(txt, "quoted-printable"),
                            extra=["X-Mailer: Mailbird 3.0.21.0"], subj_mode="q"),
        "announcement", "mixed",
        {"course_code": "TPK 2201", "course_name": "Konstruksi Kapal", "title": "Field Trip to Batam Shipyard", "scope": "course",
         "publish_at": "2026-11-23T08:00:00+07:00"},
        "'next Monday' from Thursday 19 Nov is 23 Nov; 2 Dec 07.00 is the trip.", subj, d)


# ---------------------------------------------------------------- elearning_support
def support():
    S = []
    S.append(("yahoo-mobile-textspeak-login-fail", D(2026, 8, 17, 23, 48), "gbs login \U0001f62d\U0001f62d", "Ayu <ayu.putri02@yahoo.com>",
              "min gbs login elearning dr td sore, pw udh aku reset lwt email tp ttp dibilang salah \U0001f62d bsk ada kuis jam 8 "
              "tlg bgt min. nim 4312401077\n\nSent from Yahoo Mail for iPhone\n", "id", "quoted-printable",
              ["X-Mailer: WebService/1.1.22645 YMailNorrin"], "Text-speak student locked out."))
    S.append(("gmail-android-dictated-video-upload", D(2026, 9, 7, 12, 3), "upload video gagal", "Rahmat Hidayat <rahmat.h@polibatam.ac.id>",
              "selamat siang helpdesk saya mau upload video praktikum ke elearning ukurannya sekitar 600 mega tapi setiap kali "
              "diupload selalu muncul tulisan gagal di tengah jalan sudah saya coba tiga kali pakai wifi kampus juga sama mohon "
              "bantuannya bagaimana caranya terima kasih rahmat teknik elektro\n\nDikirim dari ponsel Android saya\n", "id", None, [],
              "Voice-typed upload problem."))
    S.append(("lotus-notes-all-caps-not-enrolled", D(2026, 8, 26, 8, 30), "MAHASISWA TIDAK TERDAFTAR DI KURSUS",
              "Tata Usaha Akuntansi <tu.akuntansi@polibatam.ac.id>",
              "YTH. HELPDESK,\n\nADA 5 MAHASISWA KELAS AK-1A YANG TIDAK BISA MASUK KURSUS PENGANTAR AKUNTANSI DI E-LEARNING, "
              "MUNCUL TULISAN \"YOU CANNOT ENROL YOURSELF IN THIS COURSE\". DAFTAR NIM:\n4312611001\n4312611004\n4312611009\n"
              "4312611013\n4312611020\n\nMOHON BANTUAN.\nTU JURUSAN AKUNTANSI\n", "id", None,
              ["X-Mailer: Lotus Notes Release 8.5.3FP6 November 21, 2013"], "All caps enrolment problem."))
    S.append(("emclient-baak-relays-new-class-missing", D(2026, 9, 1, 14, 12), "Mahasiswa kelas baru belum masuk e-learning",
              "Agus Salim <agus.salim@polibatam.ac.id>",
              "Selamat siang Tim P4M,\n\nKami dari BAAK meneruskan keluhan Pak Joni (Teknik Mesin). Kelas baru MS-1D yang kami buka "
              "minggu lalu di SIAKAD belum muncul peserta di kursus-kursus e-learning beliau, padahal data KRS sudah final. "
              "Apakah sinkronisasi dari SIAKAD perlu dijalankan ulang?\n\nTerima kasih,\nAgus Salim - BAAK\n", "id", None,
              ["User-Agent: eM_Client/10.1.4588.0"], "BAAK relays a lecturer's enrolment-sync problem."))
    S.append(("evolution-library-ejournal-link-blocked", D(2026, 10, 8, 10, 55), "Tautan e-journal di kursus tidak bisa dibuka",
              "Marlina <perpustakaan@polibatam.ac.id>",
              "Kepada Helpdesk P4M,\n\nBeberapa dosen melapor ke perpustakaan bahwa tautan e-journal langganan kampus (ProQuest) "
              "yang mereka pasang sebagai URL di kursus e-learning muncul layar putih, sedangkan dari browser biasa bisa. "
              "Sepertinya halaman itu tidak bisa dibuka di dalam frame. Bisakah diatur supaya tautan dibuka di jendela baru?\n\n"
              "Salam,\nMarlina\nUPT Perpustakaan\n", "id", "quoted-printable", ["X-Mailer: Evolution 3.50.4-1"],
              "Library staff relays lecturers' embedded-link problem."))
    S.append(("iphone-tuesday-class-not-visible", D(2026, 8, 11, 7, 5), "Kelas tidak muncul",
              "Wulan Sari <wulan.sari@polibatam.ac.id>",
              "Pagi, mahasiswa kelas Bapak Tono hari Selasa bilang kursusnya tidak kelihatan di dashboard mereka, padahal "
              "materi minggu pertama sudah beliau unggah. Saya admin prodi, mohon dicek ya.\n\nWulan\n\nDikirim dari iPhone saya\n",
              "id", None, ["X-Mailer: iPhone Mail (21G93)"], "Course given only as Bapak Tono's Tuesday class."))
    S.append(("evolution-quiz-timer-closed-early", D(2026, 10, 16, 11, 2), "Kuis tertutup sebelum waktunya",
              "Indra Lesmana <indra.l@polibatam.ac.id>",
              "Yth. Helpdesk,\n\nKuis 1 di kursus saya (RKS2203) diset 90 menit, tapi mahasiswa melaporkan kuis tertutup "
              "otomatis setelah sekitar 45 menit dan jawaban terakhir tidak tersimpan. Mohon dicek pengaturan atau log-nya.\n\n"
              "Terima kasih,\nIndra\n", "id", None, ["X-Mailer: Evolution 3.46.4-2"], ""))
    S.append(("emclient-thai-exchange-sso-login", D(2026, 8, 24, 20, 15), "Cannot login e-learning",
              "Nattapong K. <nattapong.k@cmpartner.ac.th>",
              "Dear Helpdesk,\n\nI am exchange student from Thailand in Informatics dept. I receive my student ID 4312699004 but when "
              "I login e-learning it say \"Invalid login, please try again\". I try my SIAKAD password also not work. Please help me krub, "
              "first class is tomorrow.\n\nThank you,\nNattapong\n", "en", None, ["User-Agent: eM_Client/9.2.2157.0"], ""))
    S.append(("yahoo-mobile-nigeria-guest-account-expired", D(2026, 11, 9, 9, 30, 1), "Guest access expired",
              "Dr. Funmilayo Adeyemi <funmi.adeyemi@yahoo.com>",
              "Good morning,\n\nPlease, my guest account on your e-learning platform has expired since last Friday and I can no longer "
              "access the course I co-teach with Mr. Hendri. Kindly extend it till the end of the semester.\n\nWarm regards,\n"
              "Dr. Funmilayo Adeyemi\n\nSent from Yahoo Mail on Android\n", "en", None, ["X-Mailer: WebService/1.1.22733 YMailNorrin"], ""))
    S.append(("hcl-notes-singapore-coteacher-gradebook", D(2026, 10, 1, 15, 47, 8), "Cannot see gradebook for EE4102",
              "Melvin TAN <melvin_tan@sgpartner.edu.sg>",
              "Hi P4M team,\n\nI can see the course pages for EE4102 but the Grades menu is not there for me, so cannot key in the lab "
              "marks. Maybe my role is student instead of teacher? Can check for me? Thanks.\n\nBest regards,\nMelvin\n\n"
              "CONFIDENTIALITY: This email and any attachments are confidential and may be privileged.\n", "en", None,
              ["X-Mailer: HCL Notes Release 12.0.2 FP2 June 09, 2023"], "Role problem of a Singaporean co-teacher."))
    S.append(("yahoo-mobile-textspeak-file-too-large-mixed", D(2026, 11, 16, 22, 20), "upload tugas error",
              "kevin <kevin.rpl23@yahoo.com>",
              "min, submit assignment di course Rekayasa Kebutuhan error \"file too large\" padahal cuma 8MB doang \U0001f629 "
              "deadline 23.59 td malem, tlg extend or fix asap pls\n\nSent from Yahoo Mail for iPhone\n", "mixed", "quoted-printable",
              ["X-Mailer: WebService/1.1.22645 YMailNorrin"], ""))
    S.append(("evolution-upttik-forward-app-login-mixed", D(2026, 9, 18, 9, 10), "Fwd: Moodle app tidak bisa login",
              "Riko Hermawan <riko@polibatam.ac.id>",
              "Hi P4M, forwarding ini ke kalian karena app-nya under P4M.\n\nRiko - UPT TIK\n\n"
              "-------- Forwarded Message --------\nFrom: Siska Amelia <siska.a@polibatam.ac.id>\nTo: upttik@polibatam.ac.id\n"
              "Subject: Moodle app tidak bisa login\nDate: Thu, 17 Sep 2026 21:40:12 +0700\n\n"
              "Setelah reset password kemarin, saya bisa login e-learning dari laptop tapi di Moodle app di HP selalu "
              "\"Invalid login\". Sudah uninstall-install juga. Please help.\n\nSiska\n", "mixed", None,
              ["X-Mailer: Evolution 3.46.4-2"], "IT unit forwards a lecturer's app login problem."))
    for slug, d, subj, frm, txt, lang, cte, extra, note in S:
        if slug.startswith("yahoo-mobile-textspeak-login"):
            htm = ('<html><head></head><body><div class="ydp3f0c2a1byahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">'
                   + "".join("<div>%s</div>" % (html.escape(x) or "<br>") for x in txt.split("\n")[:-3])
                   + '</div><div id="ymail_android_signature"><a href="https://mail.onelink.me/107872968?pid=nativeplacement">Sent from Yahoo Mail for iPhone</a></div></body></html>')
            body = alt(slug, txt, htm, cte_t=cte)
        else:
            body = plain(txt, cte)
        add(slug + ".eml", message(slug, frm, subj, d, body, extra=extra), "elearning_support", lang, {}, note, subj, d)

# ---------------------------------------------------------------- document_request
def documents():
    S = []
    S.append(("emclient-lppm-monitoring-form", D(2026, 8, 6, 10, 20), "Permintaan formulir monitoring pembelajaran",
              "LPPM Polibatam <lppm@polibatam.ac.id>",
              "Yth. P4M,\n\nUntuk penyusunan laporan pengabdian berbasis pembelajaran, LPPM memerlukan Formulir Monitoring Pelaksanaan "
              "Pembelajaran versi terbaru yang berlaku di Polibatam. Mohon dikirimkan file Word-nya.\n\nTerima kasih,\nSekretariat LPPM\n",
              "id", ["User-Agent: eM_Client/9.2.2157.0"], "LPPM asks for a P4M quality form."))
    S.append(("mailbird-finance-bap-template", D(2026, 9, 25, 13, 5), "Template BAP perkuliahan",
              "Linda Marpaung <linda.keu@polibatam.ac.id>",
              "Siang Tim P4M,\n\nBagian Keuangan mau menyamakan format bukti kehadiran untuk pembayaran honor dosen LB. "
              "Boleh kami minta template BAP (Berita Acara Perkuliahan) resmi dari P4M, yang versi 2026? Supaya yang kami terima dari "
              "prodi formatnya seragam.\n\nTerima kasih,\nLinda - Keuangan\n", "id", ["X-Mailer: Mailbird 3.0.19.0"],
              "Finance asks for the BAP template for its own honorarium checks."))
    S.append(("gmail-android-dictated-rps-template", D(2026, 8, 3, 5, 47), "template rps",
              "Hendra Saputra <hendra.saputra@gmail.com>",
              "pagi admin saya hendra dosen baru teknik mesin minta template rps yang terbaru dong yang format obe soalnya kata kaprodi "
              "rps harus dikumpulkan minggu ini terima kasih\n\nDikirim dari ponsel Android saya\n", "id", [], "Voice-typed."))
    S.append(("lotus-notes-all-caps-makeup-exam-sop", D(2026, 11, 10, 9, 14), "PERMINTAAN SOP UJIAN SUSULAN",
              "Sekretariat Teknik Elektro <elektro@polibatam.ac.id>",
              "YTH. P4M\n\nMOHON DIKIRIMKAN DOKUMEN SOP UJIAN SUSULAN YANG BERLAKU, UNTUK DISAMPAIKAN KE MAHASISWA YANG SAKIT SAAT UTS.\n\n"
              "TERIMA KASIH\nSEKRETARIAT JURUSAN TEKNIK ELEKTRO\n", "id", ["X-Mailer: Lotus Notes Release 8.5.3FP6 November 21, 2013"], ""))
    S.append(("emclient-malaysia-audit-checklist", D(2026, 10, 14, 11, 0, 8), "Request for internal quality audit checklist",
              "Nurul Huda <nurulhuda@ppm.edu.my>",
              "Dear P4M,\n\nAs part of our benchmarking visit next month under the MoU, our quality unit would like to study your internal "
              "quality audit (AMI) checklist for teaching and learning. Would you be able to share a copy, in English if available?\n\n"
              "Thank you and best regards,\nNurul Huda binti Ismail\n", "en", ["User-Agent: eM_Client/10.0.3530.0"], ""))
    S.append(("iphone-singapore-course-evaluation-form", D(2026, 11, 25, 16, 33, 8), "Course evaluation questionnaire",
              "Jasmine Lee <jasmine.lee@smpa.edu.sg>",
              "Hi P4M,\n\nFor the joint module, can you send me the student course evaluation questionnaire you all use at Polibatam? "
              "We want to run the same form for our students so the results can compare.\n\nCheers,\nJasmine\n\nSent from my iPhone\n",
              "en", ["X-Mailer: iPhone Mail (22B83)"], ""))
    S.append(("evolution-humas-spmi-policy-mixed", D(2026, 11, 4, 14, 18), "Dokumen Kebijakan SPMI untuk website",
              "Citra Amelia <humas@polibatam.ac.id>",
              "Halo P4M,\n\nHumas sedang update halaman Quality Assurance di website kampus. Could you send us the latest "
              "Dokumen Kebijakan SPMI dan Manual Mutu (PDF), so we can upload the public version? Deadline kami akhir bulan ini.\n\n"
              "Thanks,\nCitra - Humas\n", "mixed", ["X-Mailer: Evolution 3.50.4-1"], "Public-relations office asks for quality documents."))
    for slug, d, subj, frm, txt, lang, extra, note in S:
        add(slug + ".eml", message(slug, frm, subj, d, plain(txt), extra=extra), "document_request", lang, {}, note, subj, d)


# ---------------------------------------------------------------- other
def others():
    S = []
    S.append(("emclient-baak-own-grade-deadline-fyi", D(2026, 11, 27, 15, 40), "Info: perpanjangan input nilai SIAKAD",
              "BAAK Polibatam <baak@polibatam.ac.id>",
              "Yth. Bapak/Ibu Unit P4M,\n\nDengan ini kami informasikan bahwa batas input nilai UTS di SIAKAD diperpanjang sampai "
              "Jumat, 4 Desember 2026 pukul 16.00 WIB. Surat edaran sudah kami kirim langsung ke seluruh dosen dan ketua jurusan, "
              "jadi tidak perlu ditayangkan ulang di e-learning.\n\nAtas perhatiannya kami ucapkan terima kasih.\n\nBAAK Polibatam\n",
              "id", ["User-Agent: eM_Client/10.1.4588.0"],
              "Near-miss: BAAK's own SIAKAD business as an FYI, explicitly not to be published."))
    S.append(("mailbird-finance-own-honorarium-question", D(2026, 10, 26, 10, 12), "Data honor pengembang konten e-learning",
              "Linda Marpaung <linda.keu@polibatam.ac.id>",
              "Pagi Tim P4M,\n\nUntuk pencairan honor pengembang konten e-learning triwulan III, kami masih menunggu rekap nama dosen dan "
              "jumlah modul yang sudah diverifikasi P4M. Kira-kira kapan bisa dikirim ke Bagian Keuangan? Batas SPJ kami 6 November.\n\n"
              "Terima kasih,\nLinda - Keuangan\n", "id", ["X-Mailer: Mailbird 3.0.19.0"],
              "Near-miss: the finance office's own honorarium business."))
    S.append(("evolution-library-invites-mendeley-training", D(2026, 9, 21, 9, 0), "Undangan pelatihan Mendeley untuk staf unit",
              "UPT Perpustakaan <perpustakaan@polibatam.ac.id>",
              "Yth. Kepala dan Staf P4M,\n\nUPT Perpustakaan mengundang Bapak/Ibu mengikuti Pelatihan Manajemen Referensi dengan Mendeley "
              "pada Rabu, 30 September 2026 pukul 13.30–15.30 WIB di Ruang Baca Lt. 2 – Mohon konfirmasi kehadiran paling lambat 28 September.\n\n"
              "Salam literasi,\nMarlina\nUPT Perpustakaan\n", "id", ["X-Mailer: Evolution 3.50.4-1"],
              "Near-miss: an invitation to P4M staff, not a request to publish."))
    S.append(("yahoo-mobile-textspeak-siakad-name-misdirected", D(2026, 8, 13, 21, 30), "nm sy slh",
              "putri <putri.ak22@yahoo.com>",
              "min nama aku di siakad sm ktm salah ketik, hrsnya Putri Ayuningtyas bkn Putri Ayuningtias. bs dibenerin ga min? "
              "soalnya mau daftar beasiswa \U0001f97a\n\nSent from Yahoo Mail for iPhone\n", "id", ["X-Mailer: WebService/1.1.22645 YMailNorrin"],
              "Misdirected: a student's own name in SIAKAD and her ID card, which P4M does not handle."))
    S.append(("emclient-thai-thanks-after-shortname", D(2026, 10, 8, 9, 45), "Re: Request to change short name of course LOG 2101",
              "Somchai Rattanakul <somchai.r@cmpartner.ac.th>",
              "Dear P4M Helpdesk,\n\nI see the short name is changed already, my students now can find the course easy. "
              "Thank you so much for the fast help krub.\n\nBest regards,\nSomchai\n\n"
              "On 07/10/2026 14:02, Helpdesk P4M wrote:\n> Dear Mr. Somchai, the short name has been updated. Regards, Helpdesk P4M\n",
              "en", ["User-Agent: eM_Client/10.0.3530.0"], "Thanks after a change that was already made."))
    S.append(("lotus-notes-upttik-fyi-no-publish-mixed", D(2026, 11, 11, 16, 5), "FYI - network maintenance weekend",
              "Dedi Kurniawan <dedi.k@polibatam.ac.id>",
              "Dear P4M team,\n\nJust FYI, Sabtu 14 November jam 20.00-23.00 ada maintenance core switch, internet kampus akan putus sebentar. "
              "E-learning tetap jalan karena server di data center luar. Kami sudah blast email ke semua staf, so no need to publish "
              "anything on e-learning.\n\nRegards,\nDedi - UPT TIK\n", "mixed",
              ["X-Mailer: Lotus Notes Release 9.0.1FP10 SHF241 October 09, 2018"],
              "Near-miss: the IT unit's own notice, explicitly not to be published."))
    S.append(("iphone-mixed-hedged-plan-next-semester", D(2026, 11, 18, 19, 55), "Rencana ganti nama course",
              "Dimas Aditya <dimas.anm@polibatam.ac.id>",
              "Halo P4M,\n\nJust a heads-up: semester depan kemungkinan saya mau rename course Motion Graphics jadi sesuatu yang lebih "
              "broad, tapi masih dibahas di rapat prodi. Nanti kalau sudah fix saya kabari lagi ya, for now belum perlu diapa-apakan.\n\n"
              "Dimas\n\nDikirim dari iPhone saya\n", "mixed", ["X-Mailer: iPhone Mail (22B83)"],
              "Near-miss: a hedged plan for next semester with no new name."))
    for slug, d, subj, frm, txt, lang, extra, note in S:
        body = plain(txt, "quoted-printable", "windows-1252") if "mendeley" in slug else plain(txt)
        add(slug + ".eml", message(slug, frm, subj, d, body, extra=extra), "other", lang, {}, note, subj, d)

# ---------------------------------------------------------------- auto
def autos():
    # Google Classroom
    s = "google-classroom-new-assignment"
    d = D(2026, 9, 3, 1, 12, 0)
    subj = "New assignment: \"Laporan Praktikum 3\""
    txt = ("Indra Lesmana posted a new assignment in Keamanan Jaringan TRK-3A\n\nLaporan Praktikum 3\nDue Sep 10, 11:59 PM\n\n"
           "OPEN\nhttps://classroom.google.com/c/NzE2MzQ1/a/ODg5MTIz/details\n\n"
           "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA\n"
           "This email was sent to you because you indicated that you'd like to receive email notifications from Google Classroom. "
           "If you don't want to receive emails like this, you can unsubscribe or change your settings.\n")
    htm = ("<html><body><table width=\"100%\"><tr><td><b>Indra Lesmana</b> posted a new assignment in Keamanan Jaringan TRK-3A</td></tr>"
           "<tr><td style=\"font-size:18px\">Laporan Praktikum 3</td></tr><tr><td>Due Sep 10, 11:59 PM</td></tr>"
           "<tr><td><a href=\"https://classroom.google.com/c/NzE2MzQ1/a/ODg5MTIz/details\">OPEN</a></td></tr>"
           "<tr><td style=\"color:#777;font-size:11px\">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA</td></tr></table></body></html>")
    add(s + ".eml", message(s, "\"Indra Lesmana (Classroom)\" <no-reply@classroom.google.com>", subj, d, alt(s, txt, htm),
                            extra=["X-Notifications: 6a1c9f2e0b7d", "Feedback-ID: classroom:google"]),
        "auto", "en", {}, "Google Classroom notification.", subj, d)

    # SIAKAD password reset
    s = "siakad-password-reset-noreply"
    d = D(2026, 8, 12, 6, 3)
    subj = "[SIAKAD] Permintaan Reset Kata Sandi"
    txt = ("Yth. Pengguna SIAKAD,\n\nKami menerima permintaan reset kata sandi untuk akun helpdesk-p4m. Klik tautan berikut dalam 30 menit:\n"
           "https://siakad.polibatam.ac.id/reset?token=8f3a0c91d2\n\nJika Anda tidak meminta reset, abaikan email ini.\n\n"
           "Email ini dikirim otomatis oleh sistem, mohon tidak membalas.\nPusat Data - Politeknik Negeri Batam\n")
    add(s + ".eml", message(s, "SIAKAD Polibatam <noreply-siakad@polibatam.ac.id>", subj, d, plain(txt),
                            extra=["Auto-Submitted: auto-generated", "X-Auto-Response-Suppress: All"]),
        "auto", "id", {}, "SIAKAD password-reset notice.", subj, d)

    # M365 quarantine digest
    s = "m365-quarantine-digest"
    d = D(2026, 10, 19, 7, 0, 0)
    subj = "Microsoft 365 security: You have messages in quarantine"
    htm = ("<html><body><p>Review these 3 messages that are being held for you</p>"
           "<table border=\"1\"><tr><th>Sender</th><th>Subject</th><th>Date</th></tr>"
           "<tr><td>promo@webinar-hub.biz</td><td>Invitation: Free Moodle certification</td><td>18/10/2026</td></tr>"
           "<tr><td>noreply@invoice-alerts.net</td><td>Invoice #88231 overdue</td><td>18/10/2026</td></tr>"
           "<tr><td>admin@po1ibatam.ac.id</td><td>Mailbox storage almost full</td><td>19/10/2026</td></tr></table>"
           "<p><a href=\"https://security.microsoft.com/quarantine\">Review messages</a></p>"
           "<p>This message was sent from an unmonitored email address. Please do not reply to this message.</p></body></html>")
    add(s + ".eml", message(s, "Microsoft 365 <quarantine@messaging.microsoft.com>", subj, d, htmlonly(htm),
                            extra=["X-MS-Exchange-Organization-AutoResponse: Quarantine", "Auto-Submitted: auto-generated"]),
        "auto", "en", {}, "Microsoft 365 quarantine digest.", subj, d)

    # calendar invitation from meeting system
    s = "calendar-invite-meeting-system-ics"
    d = D(2026, 10, 2, 13, 30)
    subj = "Undangan: Rapat Koordinasi Persiapan Akreditasi @ Kam 8 Okt 2026 09.00 - 11.00 (WIB)"
    txt = ("Anda diundang ke acara berikut.\n\nRapat Koordinasi Persiapan Akreditasi\nKapan: Kamis, 8 Okt 2026 09.00 - 11.00 (WIB)\n"
           "Di mana: Ruang Rapat Direktorat Lt. 4\nPenyelenggara: sekdir@polibatam.ac.id\n\n"
           "Akan hadir? Ya - Mungkin - Tidak\n\nUndangan dari Sistem Agenda Rapat Polibatam\nAnda menerima email ini karena "
           "Anda adalah tamu acara ini.\n")
    ics = ("BEGIN:VCALENDAR\nPRODID:-//Polibatam//Agenda Rapat 2.3//ID\nVERSION:2.0\nMETHOD:REQUEST\nBEGIN:VEVENT\n"
           "DTSTART:20261008T020000Z\nDTEND:20261008T040000Z\nDTSTAMP:20261002T063000Z\nORGANIZER;CN=Sekretariat Direktur:mailto:sekdir@polibatam.ac.id\n"
           "UID:%s@agenda.polibatam.ac.id\nATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:helpdesk-p4m@polibatam.ac.id\n"
           "SUMMARY:Rapat Koordinasi Persiapan Akreditasi\nLOCATION:Ruang Rapat Direktorat Lt. 4\nSEQUENCE:0\nSTATUS:CONFIRMED\n"
           "END:VEVENT\nEND:VCALENDAR\n" % h(s, 3)[:16])
    cal = (["Content-Type: text/calendar; charset=utf-8; method=REQUEST", "Content-Transfer-Encoding: 7bit"], crlf(ics))
    body = multi("alternative", [plain(txt), cal], "----=_Cal_" + h(s, 4)[:20])
    add(s + ".eml", message(s, "Agenda Rapat Polibatam <agenda-noreply@polibatam.ac.id>", subj, d, body,
                            extra=["Auto-Submitted: auto-generated", "Sender: agenda-noreply@polibatam.ac.id"]),
        "auto", "id", {}, "Calendar invitation generated by the campus meeting system.", subj, d)

    # delivery delay warning
    s = "mailer-daemon-delivery-delay-id"
    d = D(2026, 11, 6, 14, 22)
    subj = "Peringatan: pengiriman pesan tertunda"
    rep = ("Pesan ini dibuat otomatis oleh server surat mail.polibatam.ac.id.\n\n"
           "Pesan Anda belum dapat dikirim ke penerima berikut dan masih akan dicoba lagi selama 4 hari:\n\n"
           "  <bagus.pratama@kemdikbud.go.id>: connection timed out\n\nAnda tidak perlu mengirim ulang pesan ini.\n")
    ds = ("Reporting-MTA: dns; mail.polibatam.ac.id\nArrival-Date: Fri, 06 Nov 2026 10:15:02 +0700\n\n"
          "Final-Recipient: rfc822; bagus.pratama@kemdikbud.go.id\nAction: delayed\nStatus: 4.4.1\n"
          "Diagnostic-Code: smtp; 421 4.4.1 connection timed out\nWill-Retry-Until: Tue, 10 Nov 2026 10:15:02 +0700\n")
    hdrs = ("From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nTo: bagus.pratama@kemdikbud.go.id\n"
            "Subject: Re: [P4M-HD #6310] Data pelatihan dosen\nDate: Fri, 06 Nov 2026 10:15:00 +0700\n")
    body = multi("report", [plain(rep), (["Content-Type: message/delivery-status"], crlf(ds)),
                            (["Content-Type: text/rfc822-headers"], crlf(hdrs))], "----=_Rep_" + h(s, 5)[:20])
    body = (body[0][:1] and ["Content-Type: multipart/report; report-type=delivery-status; boundary=\"%s\"" % ("----=_Rep_" + h(s, 5)[:20])], body[1])
    add(s + ".eml", message(s, "Mail Delivery System <MAILER-DAEMON@mail.polibatam.ac.id>", subj, d, body,
                            extra=["Auto-Submitted: auto-replied"]),
        "auto", "id", {}, "Delayed-delivery warning for the helpdesk's own outgoing reply.", subj, d)

    # newsletter with unsubscribe link
    s = "newsletter-edtech-unsubscribe"
    d = D(2026, 11, 24, 8, 0)
    subj = "Kabar Belajar Digital #47: Tren asesmen daring 2027"
    htm = ("<html><body style=\"font-family:Arial\"><h2>Kabar Belajar Digital #47</h2>"
           "<p>Halo Sahabat Pendidik,</p><p>Edisi kali ini membahas tren asesmen daring 2027, tips membuat bank soal, dan "
           "jadwal webinar gratis bulan Desember.</p><p><a href=\"https://kabarbelajar.id/edisi/47\">Baca selengkapnya</a></p><hr>"
           "<p style=\"font-size:11px;color:#888\">Anda menerima email ini karena berlangganan Kabar Belajar Digital. "
           "<a href=\"https://kabarbelajar.id/unsubscribe?u=a81f\">Berhenti berlangganan</a></p></body></html>")
    add(s + ".eml", message(s, "Kabar Belajar Digital <newsletter@kabarbelajar.id>", subj, d, htmlonly(htm),
                            extra=["List-Unsubscribe: <https://kabarbelajar.id/unsubscribe?u=a81f>, <mailto:unsub@kabarbelajar.id>",
                                   "List-Unsubscribe-Post: List-Unsubscribe=One-Click", "Precedence: bulk",
                                   "List-Id: Kabar Belajar Digital <news.kabarbelajar.id>"]),
        "auto", "id", {}, "Newsletter with an unsubscribe link.", subj, d)


# ---------------------------------------------------------------- checks and output
def strip_html(s):
    a = html.unescape(re.sub(r"<[^>]+>", "", s))
    b = html.unescape(re.sub(r"<[^>]+>", " ", s))
    return a + "\n" + b


def texts(msg, out):
    for p in msg.walk():
        ct = p.get_content_type()
        if p.get("Subject"):
            out.append(str(p["Subject"]))
        if ct == "text/plain" or ct == "text/calendar" or ct == "text/rfc822-headers":
            out.append(p.get_content())
        elif ct == "text/html":
            out.append(strip_html(p.get_content()))
        elif ct in ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.oasis.opendocument.text"):
            z = zipfile.ZipFile(io.BytesIO(p.get_content()))
            name = "word/document.xml" if "openxml" in ct else "content.xml"
            out.append(strip_html(re.sub(r"</(w:p|text:p)>", "\n", z.read(name).decode())))
        elif ct == "application/pdf":
            raw = p.get_content().decode("latin-1")
            out.append("\n".join(x.replace("\\(", "(").replace("\\)", ")").replace("\\\\", "\\")
                                 for x in re.findall(r"\((.*?)(?<!\\)\) Tj", raw)))
    return out


def check(name, raw, label, subject, date):
    errs = []
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        errs.append("not CRLF")
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for p in msg.walk():
        if p.defects:
            errs.append("defects %r" % p.defects)
        if p.get_content_maintype() not in ("multipart", "message", "text"):
            if len(p.get_content()) > 30 * 1024:
                errs.append("attachment too big")
    if str(msg["Subject"]) != subject:
        errs.append("subject %r" % str(msg["Subject"]))
    pd = parsedate_to_datetime(str(msg["Date"]))
    if pd != date or pd.utcoffset() != date.utcoffset():
        errs.append("date")
    if str(msg["Date"])[:3] != date.strftime("%a"):
        errs.append("weekday")
    lo = dt.datetime(2026, 8, 1, tzinfo=dt.timezone.utc) - dt.timedelta(hours=14)
    hi = dt.datetime(2026, 11, 30, tzinfo=dt.timezone.utc) + dt.timedelta(hours=12)
    if not (dt.date(2026, 8, 1) <= date.date() <= dt.date(2026, 11, 29)):
        errs.append("date range")
    alltext = "\n".join(texts(msg, [str(msg["Subject"])])).replace("\r\n", "\n")
    f = label["fields"]
    vals = []
    for k, v in f.items():
        if k in ("publish_at", "scope"):
            continue
        if isinstance(v, dict):
            vals += list(v.values())
        else:
            vals.append(v)
    for v in vals:
        if v not in alltext:
            errs.append("value not found: %r" % v)
    if "publish_at" in f:
        try:
            p = dt.datetime.fromisoformat(f["publish_at"])
            assert f["publish_at"].endswith("+07:00")
        except Exception:
            errs.append("bad publish_at")
    if label["type"] not in ("course_data", "announcement") and f:
        errs.append("fields on non-field type")
    return errs


def main():
    course_data(); announcements(); support(); documents(); others(); autos()
    import random
    order = list(range(len(MAILS)))
    random.Random(25).shuffle(order)
    labels = {}
    failed = False
    files = {}
    for i, idx in enumerate(order, 1):
        slug, raw, label, subject, date = MAILS[idx]
        raw = raw.encode("utf-8") if isinstance(raw, str) else raw
        name = "%03d-%s" % (i, slug)
        errs = check(name, raw, label, subject, date)
        if errs:
            failed = True
            print(name, errs, file=sys.stderr)
        labels[name] = label
        files[name] = raw
    from collections import Counter
    if len(MAILS) != 70:
        print("count", len(MAILS), file=sys.stderr); failed = True
    want = {"course_data": 22, "announcement": 16, "elearning_support": 12, "document_request": 7, "other": 7, "auto": 6}
    if Counter(l["type"] for l in labels.values()) != Counter(want):
        print("types", Counter(l["type"] for l in labels.values()), file=sys.stderr); failed = True
    if Counter(l["lang"] for l in labels.values()) != Counter({"id": 40, "en": 18, "mixed": 12}):
        print("langs", Counter(l["lang"] for l in labels.values()), file=sys.stderr); failed = True
    if len(set(files)) != 70:
        failed = True
    if failed:
        sys.exit(1)
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    for name, raw in files.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote", len(files))


if __name__ == "__main__":
    main()

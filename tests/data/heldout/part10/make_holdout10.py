#!/usr/bin/env python3
"""Held-out part10: 70 hand-written helpdesk mails (stdlib only, deterministic).

Run: python3 tests/data/heldout/part10/make_holdout10.py
Writes NNN-client-quirk-slug.eml and labels.json next to this script; exits 1 on any failed check.
"""
import glob
import hashlib
import html as htmlmod
import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
HELPDESK = "Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>"
PLAN = {"course_data": 22, "announcement": 16, "elearning_support": 12,
        "document_request": 7, "other": 7, "auto": 6}
MAILS = []


def hx(s, n=16):
    return hashlib.sha256(s.encode()).hexdigest()[:n]


def mkdate(s, tz=7):
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=timezone(timedelta(hours=tz)))
    return format_datetime(dt)


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


# ---------------------------------------------------------------- parts
def plain(text, cte="quoted-printable"):
    m = EmailMessage()
    m.set_content(text, charset="utf-8", cte=cte)
    return m


def t2h(text):
    out = []
    for para in text.strip("\n").split("\n\n"):
        out.append("<div>" + "<br>".join(htmlmod.escape(x) for x in para.split("\n")) + "</div><div><br></div>")
    return "\n".join(out)


def alt(text, html=None, cte="quoted-printable", hcte="quoted-printable"):
    m = EmailMessage()
    m.set_content(text, charset="utf-8", cte=cte)
    m.add_alternative(html if html is not None else '<div dir="ltr">' + t2h(text) + "</div>",
                      subtype="html", charset="utf-8", cte=hcte)
    return m


def gmail(new, qhead=None, quoted=None, cte="quoted-printable"):
    """Gmail reply/forward: new text + quoted block (text: '> ', html: gmail_quote)."""
    text = new.rstrip("\n") + "\n"
    html = '<div dir="ltr">' + t2h(new) + "</div>"
    if qhead:
        text += "\n" + qhead + "\n\n" + "\n".join(("> " + l).rstrip() for l in quoted.strip("\n").split("\n")) + "\n"
        html += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + htmlmod.escape(qhead).replace("\n", "<br>")
                 + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                 + t2h(quoted) + "</blockquote></div>")
    return alt(text, html, cte=cte)


def html_only(html, cte="quoted-printable"):
    m = EmailMessage()
    m.set_content(html, subtype="html", charset="utf-8", cte=cte)
    return m


def word_html(inner):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>\n'
            '<body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n' + inner + "\n</div></body></html>\n")


def mso(text):
    """Lines -> Word-style paragraphs with <o:p>."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append('<p class="MsoNormal">' + (htmlmod.escape(line) if line else "") + "<o:p>&nbsp;</o:p></p>" if not line
                   else '<p class="MsoNormal">' + htmlmod.escape(line) + "<o:p></o:p></p>")
    return "\n".join(out)


def docx_bytes(slug, paragraphs):
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % htmlmod.escape(p, quote=False) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body + '<w:sectPr/></w:body></w:document>')
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("docProps/core.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>' + hx(slug, 8) + '</dc:title><dc:creator>P4M</dc:creator></cp:coreProperties>'),
        ("word/document.xml", doc),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def pdf_esc(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_bytes(slug, lines):
    stream = "BT /F1 10 Tf 14 TL 50 790 Td\n" + "".join("(%s) Tj T*\n" % pdf_esc(l) for l in lines) + "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream.encode("latin-1")), stream),
        "<< /Producer (P4M scan %s) >>" % hx(slug, 8),
    ]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out


def with_att(body, atts):
    """body: an EmailMessage part; atts: list of (kind, filename, payload)."""
    m = EmailMessage()
    if body.is_multipart():
        m.make_mixed()
        m.attach(body)
    else:
        m.set_content(body.get_content(), subtype=body.get_content_subtype(), charset="utf-8",
                      cte=body.get("Content-Transfer-Encoding", "quoted-printable"))
        m.make_mixed()
    for kind, fn, payload in atts:
        if kind == "docx":
            m.add_attachment(payload, maintype="application",
                             subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=fn)
        elif kind == "pdf":
            m.add_attachment(payload, maintype="application", subtype="pdf", filename=fn)
        elif kind == "eml":
            m.add_attachment(payload)
        elif kind == "text":
            m.add_attachment(payload, subtype="plain", charset="utf-8", filename=fn)
    return m


def inner_msg(frm, to, subject, date, body, mid):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid
    m["MIME-Version"] = "1.0"
    src = body
    if src.is_multipart():
        m.set_content("x")
        m.clear_content()
        m.make_alternative()
        for p in src.iter_parts():
            m.attach(p)
    else:
        m.set_content(src.get_content(), subtype=src.get_content_subtype(), charset="utf-8",
                      cte=src.get("Content-Transfer-Encoding", "quoted-printable"))
    return m


def add(slug, client, quirk, date, frm, subject, body, label, tz=7, to=HELPDESK, headers=(), cc=None):
    MAILS.append(dict(slug=slug, client=client, quirk=quirk, date=date, tz=tz, frm=frm, subject=subject,
                      body=body, label=label, to=to, headers=list(headers), cc=cc))


def L(t, lang, fields=None, note=""):
    return {"type": t, "lang": lang, "fields": fields or {}, "note": note}


def CD(lang, code=None, name=None, changes=None, note=""):
    f = {}
    if code:
        f["course_code"] = code
    if name:
        f["course_name"] = name
    f["changes"] = changes or {}
    return L("course_data", lang, f, note)


def AN(lang, title=None, scope="course", publish_at=None, code=None, name=None, note=""):
    f = {}
    if code:
        f["course_code"] = code
    if name:
        f["course_name"] = name
    if title:
        f["title"] = title
    f["scope"] = scope
    if publish_at:
        f["publish_at"] = publish_at
    return L("announcement", lang, f, note)


XMAILER = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None)],
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC118 (Win)/9.0.0_GA_4583)")],
    "gmail": [],
    "iphone": [("X-Mailer", "iPhone Mail (21G93)")],
    "android": [("X-Mailer", "Samsung Email")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
}


# ================================================================ course_data (22)
SIG_DISC_ID = ("\n\n--\nPERHATIAN: Surat elektronik ini beserta lampirannya bersifat rahasia dan hanya ditujukan "
               "kepada penerima yang namanya tercantum di atas. Apabila Anda bukan penerima yang dimaksud, mohon "
               "segera memberitahu pengirim dan menghapus surat elektronik ini. Politeknik Negeri Batam tidak "
               "bertanggung jawab atas segala kerugian yang timbul akibat penggunaan informasi dalam surat ini.\n"
               "DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. "
               "If you have received it in error, please notify the sender and delete it. Views expressed are those "
               "of the author and do not necessarily represent those of Politeknik Negeri Batam.\n")

add("sekdir-namamk-tre", "outlook", "letterhead-table", "2026-09-02 09:41",
    "Sekretariat Direktur <sekdir@polibatam.ac.id>", "Permohonan Perubahan Nama Mata Kuliah TRE4102",
    html_only(word_html(mso(
        "Kepada Yth.\nKepala P4M Politeknik Negeri Batam\ndi Tempat\n\n"
        "Hal        : Permohonan perubahan nama mata kuliah pada e-learning\nLampiran : -\n\n"
        "Dengan hormat,\n"
        "Bersama surat elektronik ini kami sampaikan salam hangat dari Sekretariat Direktur, semoga Bapak/Ibu beserta seluruh jajaran P4M senantiasa dalam keadaan sehat dan dimudahkan dalam menjalankan tugas di awal semester ganjil ini.")
        + '\n<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
        '<tr><td><p class="MsoNormal"><b>Kode MK</b><o:p></o:p></p></td><td><p class="MsoNormal">TRE4102<o:p></o:p></p></td></tr>'
        '<tr><td><p class="MsoNormal"><b>Nama MK saat ini</b><o:p></o:p></p></td><td><p class="MsoNormal">Sistem Kendali Digital<o:p></o:p></p></td></tr>'
        '<tr><td><p class="MsoNormal"><b>Nama MK baru</b><o:p></o:p></p></td><td><p class="MsoNormal">Sistem Kendali Digital dan Tertanam<o:p></o:p></p></td></tr>'
        '</table>\n' + mso(
        "\nMenindaklanjuti hasil rapat peninjauan kurikulum Program Studi Teknik Robotika, atas arahan Bapak Direktur kami mohon kiranya nama mata kuliah sebagaimana tabel di atas dapat disesuaikan pada laman e-learning agar selaras dengan dokumen kurikulum yang telah disahkan.\n"
        "Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama yang baik, kami haturkan terima kasih.\n\n"
        "Hormat kami,\nDewi Kartika Sari\nSekretaris Direktur\nPoliteknik Negeri Batam\n\n"
        "Tembusan:\n1. Direktur (sebagai laporan)\n2. Ketua Jurusan Teknik Elektro\n3. Koordinator Prodi Teknik Robotika")),
        cte="quoted-printable"),
    CD("id", "TRE4102", "Sistem Kendali Digital", {"fullname": "Sistem Kendali Digital dan Tertanam"}))

add("japan-enrolkey-mkt", "gmail", "latenight-jst", "2026-09-07 23:52",
    "Rizky Ananda <rizky.ananda@polibatam.ac.id>", "enrolment key MKT2203 please",
    gmail("Dear P4M team,\n\nSorry for writing so late, I am in Kyoto for the APCIM conference and it is almost 2 am here. "
          "Could you please change the enrolment key of my course MKT2203 Digital Marketing to dmkt-ganjil26 ? "
          "The old key leaked to the senior students' WhatsApp group, so some of them already self-enrolled. "
          "If you could also remove those seniors that would be great, but the key is the urgent part.\n\n"
          "Thank you and sorry again for the odd hour.\n\nBest,\nRizky\n\nSent from my phone, please excuse the brevity"),
    CD("en", "MKT2203", "Digital Marketing", {"enrolment_key": "dmkt-ganjil26"},
       note="Also asks to unenrol some students, a support side request; the enrolment key change is the main one."))

add("sunda-dosen-fisika", "gmail", "sundanese", "2026-09-03 10:05",
    "Euis Komalasari <euis.k@polibatam.ac.id>", "punten, ganti dosen MK Fisika Terapan",
    gmail("Punten Teh, Kang, admin P4M,\n\nSampurasun. Abdi bade nyuhunkeun tulung pisan, kanggo MK Fisika Terapan (TM1105) "
          "kelas mesin tingkat 1, dosen pengampu na teh kedah diganti. Pa Dadang parantos pindah tugas ka Politeknik Bandung, janten "
          "ayeuna nu ngajar teh Dr. Asep Supriatna, M.T. Mangga di-update di e-learning na, supados nami dosen na leres.\n\n"
          "Hatur nuhun pisan, punten ngarerepot.\n\nWassalam,\nEuis Komalasari\nAdmin Prodi Teknik Mesin"),
    CD("id", "TM1105", "Fisika Terapan", {"lecturer": "Dr. Asep Supriatna, M.T."}))

add("kaprodi-basisdata-teamteach", "zimbra", "numbered-steps", "2026-09-04 14:20",
    "Hendra Wijaya <hendra.w@polibatam.ac.id>", "Pergantian dosen tim Basis Data (IF2204) kelas 2A/2B/2C",
    alt("Yth. Tim Helpdesk P4M,\n\nSehubungan dengan cuti melahirkan Ibu Lestari, berikut langkah yang kami mohon untuk mata kuliah Basis Data (IF2204) "
        "yang diajar secara tim di tiga kelas (IF-2A, IF-2B, IF-2C pagi):\n\n"
        "1. Di ketiga course tersebut, nama Ibu Lestari Handayani, M.Kom. mohon dihapus dari daftar pengampu.\n"
        "2. Sebagai penggantinya, dosen pengampu diganti menjadi Nurul Hidayah, M.Kom. (tetap bersama Pak Fajar sebagai anggota tim).\n"
        "3. Akses Ibu Nurul mohon diberikan sebagai Teacher, bukan Non-editing teacher.\n"
        "4. Nama course, kode dan enrolment key tidak berubah.\n\n"
        "Terima kasih atas bantuannya.\n\nSalam,\nHendra Wijaya, S.T., M.Kom.\nKetua Program Studi Teknik Informatika\nJurusan Teknik Informatika - Politeknik Negeri Batam\n"),
    CD("id", "IF2204", "Basis Data", {"lecturer": "Nurul Hidayah, M.Kom."},
       note="Team-taught course, three classes in one mail; one member of the team is replaced."))

add("sks-kewirausahaan", "outlook", "mixed-credits", "2026-09-08 08:17",
    "Maria Ulfa <maria.ulfa@polibatam.ac.id>", "RE: update SKS Kewirausahaan AK3108",
    html_only(word_html(mso(
        "Dear Admin P4M,\n\nMohon bantuannya ya, untuk course Kewirausahaan (AK3108) di e-learning, bobot SKS-nya masih tertulis 2 SKS. "
        "Per kurikulum 2026 sudah naik, please update the credits to 3 SKS.\n\n"
        "FYI, the RPS has been revised accordingly, jadi yang perlu diubah hanya info di course-nya saja.\n\n"
        "Thanks a lot!\n\nBest regards,\nMaria Ulfa, S.E., M.Ak.\nLecturer - Akuntansi Manajerial\nPoliteknik Negeri Batam | Jl. Ahmad Yani, Batam Centre\n")
        + '<p class="MsoNormal" style="font-size:8pt;color:gray">' + htmlmod.escape(SIG_DISC_ID.strip()) + '<o:p></o:p></p>')),
    CD("mixed", "AK3108", "Kewirausahaan", {"credits": "3 SKS"}))

add("en-semester-statbis", "gmail", "english-indonesian", "2026-09-09 19:33",
    "Bambang Susilo <bambang.susilo@polibatam.ac.id>", "Semester of Business Statistics course",
    gmail("Good evening,\n\nI would like to request a correction on the e-learning site. The course Business Statistics (BM2301) "
          "is currently listed under semester 3, whereas in the new curriculum it is delivered in semester 4. "
          "Kindly move it to Semester 4 so that my students can find it under the correct category.\n\n"
          "Thank you very much for your kind assistance.\n\nWarm regards,\nBambang Susilo, S.E., M.B.A.\nBusiness Management Study Program"),
    CD("en", "BM2301", "Business Statistics", {"semester": "Semester 4"}))

SUMMARY_PLC = ("Mata kuliah ini membahas prinsip kerja Programmable Logic Controller (PLC), perancangan diagram tangga, "
               "pemrograman timer dan counter, komunikasi antar-PLC melalui Modbus, serta integrasi PLC dengan HMI pada "
               "sistem otomasi industri. Mahasiswa mengerjakan proyek akhir berupa otomasi konveyor sortir barang.")
add("summary-plc", "thunderbird", "long-summary", "2026-09-10 13:02",
    "Yudi Prasetyo <yudi.prasetyo@polibatam.ac.id>", "Deskripsi MK Pemrograman PLC (TE3106) diperbarui",
    plain("Selamat siang Helpdesk P4M,\n\nDeskripsi singkat (summary) course Pemrograman PLC, kode TE3106, masih memakai teks "
          "kurikulum lama yang menyebut PLC Omron CPM1A. Mohon summary course diganti dengan teks berikut (sudah disetujui kaprodi):\n\n"
          + SUMMARY_PLC + "\n\nTeks lama silakan dihapus seluruhnya.\n\nTerima kasih,\nYudi Prasetyo\nTeknik Elektro\n", cte="8bit"),
    CD("id", "TE3106", "Pemrograman PLC", {"summary": SUMMARY_PLC}))

add("thread-add-newname-etika", "gmail", "ticket-reply-value", "2026-09-11 07:48",
    "Agus Salim <agus.salim@polibatam.ac.id>", "Re: [P4M #2417] Perubahan nama MK Etika Profesi",
    gmail("Maaf kemarin lupa saya tulis. Nama barunya: Etika Profesi Teknologi Informasi\n\nMakasih,\nAgus",
          "Pada Kam, 10 Sep 2026 pukul 16.05 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nmenulis:",
          "Yth. Bapak Agus Salim,\n\nTerima kasih, permintaan Bapak sudah kami catat dengan nomor [P4M #2417].\n"
          "Untuk MK Etika Profesi (IF1107) Bapak meminta perubahan nama, namun nama baru belum disebutkan. "
          "Mohon balas email ini dengan nama baru yang diinginkan.\n\nSalam,\nHelpdesk P4M"),
    CD("id", "IF1107", "Etika Profesi", {"fullname": "Etika Profesi Teknologi Informasi"},
       note="Reply in an existing ticket thread that supplies the missing new name; code is only in the quoted part."))

add("thread-colleague-class-mj", "gmail", "colleague-on-behalf", "2026-09-14 11:26",
    "Sri Wahyuni <sri.wahyuni@polibatam.ac.id>", "Re: [P4M #2533] Kelas Manajemen Pemasaran salah",
    gmail("Halo Helpdesk, saya balas mewakili Pak Doni ya, beliau sedang dinas luar ke Tanjungpinang sampai Rabu.\n\n"
          "Jawaban pertanyaan kemarin: kelas untuk course Manajemen Pemasaran (MJ2105) tolong diubah jadi MJ-3B Malam, "
          "bukan MJ-3A. Yang di e-learning sekarang masih MJ-3A.\n\nMakasih,\nSri - admin prodi Manajemen Bisnis",
          "Pada Sen, 14 Sep 2026 pukul 08.12 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nmenulis:",
          "Yth. Bapak Doni,\n\nMohon konfirmasi kelas yang benar untuk course MJ2105, apakah MJ-3B Pagi atau MJ-3B Malam?\n\nHelpdesk P4M"),
    CD("id", "MJ2105", "Manajemen Pemasaran", {"class": "MJ-3B Malam"},
       note="A colleague answers the helpdesk's question on the requester's behalf."))

add("jawa-shortname-pbo", "android", "javanese", "2026-09-15 06:58",
    "Wahyu Nugroho <wahyu.nugroho@polibatam.ac.id>", "nyuwun tulung short name PBO",
    plain("Sugeng enjing mas mbak P4M,\n\nNyuwun sewu ngrepoti. Course Pemrograman Berorientasi Objek IF2103 niku short name-ne "
          "isih PBO-2024, mangka bocah-bocah bingung milih sing endi. Mbok menawi saged diganti dados PBO-2026 mawon nggih.\n\n"
          "Matur nuwun sanget.\nWahyu\n\nDikirim dari Samsung Galaxy smartphone saya.", cte="base64"),
    CD("id", "IF2103", "Pemrograman Berorientasi Objek", {"shortname": "PBO-2026"}))

add("betawi-akbiaya", "gmail", "betawi", "2026-09-16 15:40",
    "Rohani Saputra <rohani.saputra@gmail.com>", "minta tolong nama MK akuntansi biaye",
    gmail("Assalamualaikum, bang/mpok admin P4M\n\nAye dosen LB di prodi Akuntansi nih. Aye mau minta tolong, itu course Akuntansi Biaya "
          "kode AK2205 namanye kudu diganti jadi Akuntansi Biaya Manufaktur, soalnye kate kaprodi udah beda kurikulumnye. "
          "Kalo kagak diganti ntar mahasiswe pade nyasar.\n\nMakasih banyak ye, jangan lupe.\nBang Rohani"),
    CD("id", "AK2205", "Akuntansi Biaya", {"fullname": "Akuntansi Biaya Manufaktur"}))

add("melayu-dosen-bing", "zimbra", "malay-flavoured", "2026-09-17 09:12",
    "Zulkifli Rahman <zulkifli.rahman@polibatam.ac.id>", "Mohon tukar nama pensyarah MK Bahasa Inggris Teknik",
    alt("Assalamualaikum dan salam sejahtera,\n\nTuan/Puan Helpdesk yang dihormati,\n\nSaya nak mohon jasa baik pihak tuan untuk menukar nama "
        "dosen pengampu bagi mata kuliah Bahasa Inggris Teknik (EN1102). Ibu Ratna sudah bersara bulan lepas, maka pengampu baru "
        "ialah Siti Aminah, M.A. mulai minggu ini. Mohon dikemas kini di laman e-learning.\n\n"
        "Terima kasih banyak di atas kerjasama tuan.\n\nZulkifli Rahman\nUnit Bahasa, Politeknik Negeri Batam\n"),
    CD("id", "EN1102", "Bahasa Inggris Teknik", {"lecturer": "Siti Aminah, M.A."}))

add("ejaan-lama-gambar", "outlook", "allcaps-old-spelling", "2026-09-18 08:03",
    "Soedarmadji <soedarmadji@polibatam.ac.id>", "PERMOHONAN PEROBAHAN NAMA MATA KOELIAH",
    plain("KEPADA JTH. PENGELOLA E-LEARNING P4M\n\nDENGAN HORMAT,\n\nBERSAMA INI SAJA MOHON AGAR NAMA MATA KOELIAH "
          "MENGGAMBAR TEKNIK (TM1101) PADA E-LEARNING DIROBAH MENDJADI MENGGAMBAR TEKNIK DAN CAD, SESOEAI DENGAN "
          "KOERIKOELOEM JANG BAROE.\n\nATAS BANTOEAN SAOEDARA DIOECAPKAN TERIMA KASIH.\n\nHORMAT SAJA,\nIR. SOEDARMADJI\n"
          "DOSEN TEKNIK MESIN\n", cte="quoted-printable"),
    CD("id", "TM1101", "MENGGAMBAR TEKNIK", {"fullname": "MENGGAMBAR TEKNIK DAN CAD"}))

add("voice-mekflu", "iphone", "voice-to-text", "2026-09-21 17:45",
    "Ilham Maulana <ilham.maulana@polibatam.ac.id>", "ganti nama mk",
    plain("halo helpdesk ini pak ilham dari teknik mesin tolong ganti nama mata kuliah mekanika fluida kode tm2204 jadi mekanika "
          "fluida terapan soalnya sudah disetujui di rapat prodi minggu lalu terima kasih\n\nDikirim dari iPhone saya", cte="quoted-printable"),
    CD("id", "tm2204", "mekanika fluida", {"fullname": "mekanika fluida terapan"}, note="Dictated mail without punctuation, all lower case."))

add("en-netsec-key-short", "gmail", "two-changes", "2026-09-22 21:14",
    "Taufik Hidayat <taufik.hidayat@polibatam.ac.id>", "Network Security (IF3305): short name and enrolment key",
    gmail("Hi P4M,\n\nTwo small things for my Network Security course (IF3305) this semester:\n"
          "- short name: please change it to NETSEC-3A (it still says NETSEC-2025)\n"
          "- enrolment key: please set it to NetSec#2026\n\n"
          "No rush, as long as it's done before the first lab on Thursday.\n\nCheers,\nTaufik"),
    CD("en", "IF3305", "Network Security", {"shortname": "NETSEC-3A", "enrolment_key": "NetSec#2026"}))

add("kaprodi-matek-multiclass", "outlook", "several-classes", "2026-09-23 10:30",
    "Ketua Prodi Teknik Elektronika <kaprodi.te@polibatam.ac.id>", "Matematika Teknik TE1101 - semua kelas",
    html_only(word_html(mso(
        "Yth. Helpdesk P4M,\n\nMata kuliah Matematika Teknik (TE1101) tahun ini dibuka untuk empat kelas: TE-1A, TE-1B, TE-1C dan TE-1D. "
        "Karena di kurikulum baru ada Matematika Teknik II di semester 2, mohon nama lengkap course di keempat kelas itu diubah menjadi "
        "Matematika Teknik I. Short name dan dosen tetap.\n\nTerima kasih.\n\nSalam,\nKaprodi D3 Teknik Elektronika Manufaktur"))),
    CD("id", "TE1101", "Matematika Teknik", {"fullname": "Matematika Teknik I"}, note="One change applied to four classes of the same course."))

add("docx-terlampir-pajak", "outlook", "docx-only", "2026-09-24 13:55",
    "Admin Prodi Akuntansi <akuntansi@polibatam.ac.id>", "Form perubahan data MK",
    with_att(plain("Yth. Helpdesk P4M,\n\nTerlampir.\n\nTerima kasih.\nAdmin Prodi Akuntansi\n"),
             [("docx", "Form_Perubahan_Data_MK_AK3204.docx", docx_bytes("docx-terlampir-pajak", [
                 "FORMULIR PERUBAHAN DATA IDENTITAS MATA KULIAH E-LEARNING",
                 "Program Studi: D4 Akuntansi Manajerial",
                 "Kode Mata Kuliah: AK3204",
                 "Nama Mata Kuliah (saat ini): Perpajakan",
                 "Data yang diubah: Nama lengkap mata kuliah",
                 "Nilai baru: Perpajakan Lanjutan",
                 "Alasan: penyesuaian kurikulum 2026",
                 "Batam, 24 September 2026",
                 "Koordinator Program Studi"]))]),
    CD("id", "AK3204", "Perpajakan", {"fullname": "Perpajakan Lanjutan"}, note="The request is only in the DOCX attachment."))

add("pdf-opsman-lecturer", "gmail", "pdf-only", "2026-09-25 16:10",
    "Lina Marlina <lina.marlina@polibatam.ac.id>", "Request form - Operations Management",
    with_att(gmail("Halo tim P4M, the signed form is attached ya. Mohon diproses, thanks!\n\nLina"),
             [("pdf", "request_MN2207.pdf", pdf_bytes("pdf-opsman-lecturer", [
                 "E-LEARNING COURSE DATA CHANGE REQUEST",
                 "Course code: MN2207",
                 "Course name: Operations Management",
                 "1. Lecturer: change to Rahmat Hidayat, S.T., M.M.",
                 "2. Semester: change to Semester 5",
                 "Reason: lecturer rotation and curriculum 2026",
                 "Signed: Head of Business Management Study Program"]))]),
    CD("mixed", "MN2207", "Operations Management", {"lecturer": "Rahmat Hidayat, S.T., M.M.", "semester": "Semester 5"},
       note="The request is only in the PDF attachment."))

_inner_mp = inner_msg("Yusuf Effendi <yusuf.effendi@polibatam.ac.id>", "Sekretariat Wadir I <sekwadir1@polibatam.ac.id>",
                      "Perubahan SKS Manajemen Proyek", "Mon, 28 Sep 2026 08:40:11 +0700",
                      plain("Yth. Ibu Sekretaris Wadir I,\n\nMohon bantuan diteruskan ke P4M: mata kuliah Manajemen Proyek (RPL3102) "
                            "pada e-learning mohon SKS-nya diubah menjadi 4 SKS sesuai SK Direktur tentang kurikulum 2026.\n\n"
                            "Terima kasih.\nYusuf Effendi\nKoordinator Prodi Rekayasa Perangkat Lunak\n"),
                      "<" + hx("inner-mp", 14) + "@polibatam.ac.id>")
add("rfc822-sks-manpro", "outlook", "rfc822-forward", "2026-09-28 10:02",
    "Sekretariat Wadir I <sekwadir1@polibatam.ac.id>", "TR: Perubahan SKS Manajemen Proyek",
    with_att(html_only(word_html(mso(
        "Kepada Yth.\nTim Helpdesk P4M\n\nDengan hormat,\nSemoga Bapak/Ibu senantiasa dalam keadaan sehat walafiat. Atas arahan Bapak Wakil Direktur Bidang Akademik, "
        "bersama ini kami teruskan email dari Koordinator Prodi RPL (terlampir) untuk dapat ditindaklanjuti sebagaimana mestinya.\n"
        "Atas perhatian dan bantuannya kami ucapkan terima kasih.\n\nSalam hormat,\nRatih Puspitasari\nSekretaris Wakil Direktur I"))),
        [("eml", None, _inner_mp)]),
    CD("id", "RPL3102", "Manajemen Proyek", {"credits": "4 SKS"}, note="The request is inside a forwarded message/rfc822 attachment."))

add("gmail-nested-sisop", "gmail", "nested-forward", "2026-09-29 14:44",
    "Kaprodi TI <kaprodi.ti@polibatam.ac.id>", "Fwd: Fwd: dosen Sistem Operasi",
    gmail("Tolong diproses ya P4M, saya setuju. Thanks.\n\n-- \nKaprodi Teknik Informatika",
          "---------- Forwarded message ---------\nDari: Sekretariat Jurusan TI <jurusan.ti@polibatam.ac.id>\nDate: Sel, 29 Sep 2026 pukul 11.02\nSubject: Fwd: dosen Sistem Operasi\nTo: Kaprodi TI <kaprodi.ti@polibatam.ac.id>",
          "Pak Kaprodi, mohon persetujuan, lalu bisa langsung diteruskan ke P4M.\n\n"
          "---------- Forwarded message ---------\nDari: Yogi Pratama <yogi.pratama@polibatam.ac.id>\nDate: Sen, 28 Sep 2026 pukul 20.15\n"
          "Subject: dosen Sistem Operasi\nTo: <jurusan.ti@polibatam.ac.id>\n\n"
          "Sore mbak, for Sistem Operasi (IF2201) kelas 2C, the lecturer on e-learning should be Yogi Pratama, M.T. "
          "because Pak Andi moved to the Cyber Security course. Tolong dibantu diteruskan ke P4M ya.\n\nThanks, Yogi"),
    CD("mixed", "IF2201", "Sistem Operasi", {"lecturer": "Yogi Pratama, M.T."}, note="Gmail forward nested twice; the request is in the innermost message."))

add("makassar-nonewvalue-eldaya", "gmail", "wita-missing-value", "2026-09-30 09:20",
    "Andi Baso Mappaewang <andi.baso@polibatam.ac.id>", "nama MK Elektronika Daya",
    gmail("Selamat pagi,\n\nSaya sedang tugas di Makassar minggu ini (WITA). Mohon nama course Elektronika Daya (TE2207) di e-learning "
          "diganti sesuai kurikulum baru, karena mahasiswa tanya kenapa namanya beda dengan KRS.\n\nTerima kasih.\nAndi Baso"),
    CD("id", "TE2207", "Elektronika Daya", {}, note="Asks for a new name but never gives it: no change value."), tz=8)

add("zimbra-hci-rename", "zimbra", "rename-en-id", "2026-10-01 10:48",
    "Dian Permata <dian.permata@polibatam.ac.id>", "Rename course IF3204",
    alt("Halo admin,\n\nCourse Interaksi Manusia dan Komputer (IF3204) mulai semester ini diajarkan full English untuk kelas internasional. "
        "Please rename it:\n  full name  -> Human-Computer Interaction\n  short name -> HCI-IF3204\n\nKode MK tetap sama. Makasih banyak!\n\nDian\n"),
    CD("mixed", "IF3204", "Interaksi Manusia dan Komputer", {"fullname": "Human-Computer Interaction", "shortname": "HCI-IF3204"}))


# ================================================================ announcement (16)
add("sekdir-edom-site", "outlook", "letterhead-publish", "2026-10-01 14:05",
    "Sekretariat Direktur <sekdir@polibatam.ac.id>", "Permohonan Penayangan Pengumuman EDOM",
    html_only(word_html(mso(
        "Kepada Yth.\nKepala P4M\nPoliteknik Negeri Batam\n\nHal       : Permohonan penayangan pengumuman pada e-learning\nLampiran: 1 (satu) naskah\n\n"
        "Dengan hormat,\n"
        "Puji syukur kita panjatkan ke hadirat Tuhan Yang Maha Esa atas limpahan rahmat-Nya sehingga kegiatan akademik semester ganjil dapat berjalan dengan baik. "
        "Sehubungan dengan akan dilaksanakannya Evaluasi Dosen oleh Mahasiswa, kami mohon bantuan P4M untuk menayangkan pengumuman dengan judul "
        "\u201cPelaksanaan EDOM Semester Ganjil 2026/2027\u201d pada halaman depan e-learning sehingga dapat dibaca oleh seluruh mahasiswa, "
        "dengan waktu tayang Senin, 5 Oktober 2026 pukul 08.00 WIB.\n"
        "Naskah pengumuman: \u201cSeluruh mahasiswa diwajibkan mengisi EDOM melalui e-learning paling lambat Jumat, 16 Oktober 2026. "
        "Pengisian EDOM merupakan syarat untuk dapat melihat nilai UTS.\u201d\n"
        "Besar harapan kami agar permohonan ini dapat dipenuhi. Atas perhatian dan kerja sama Bapak/Ibu, kami sampaikan terima kasih.\n\n"
        "Hormat kami,\nDewi Kartika Sari\nSekretaris Direktur\n\nTembusan:\n1. Direktur\n2. Wakil Direktur Bidang Akademik"))),
    AN("id", "Pelaksanaan EDOM Semester Ganjil 2026/2027", "site", "2026-10-05T08:00:00+07:00",
       note="The deadline inside the text is not the publish time."))

add("japan-ml-cancel", "gmail", "jst-relative", "2026-10-13 20:40",
    "Fitri Handayani <fitri.handayani@polibatam.ac.id>", "Announcement for Machine Learning class",
    gmail("Dear Helpdesk,\n\nI'm attending a workshop in Tsukuba this week, so I cannot teach on Thursday. Could you please post this on my "
          "course IF3301 Machine Learning:\n\nTitle: Class Cancelled on Thursday\n"
          "Text: Dear students, there is no class on Thursday, 15 October. Please work on Lab 5 from the course page; a replacement "
          "session will be scheduled next week.\n\n"
          "Please publish it tomorrow at 7 am Japan time, so they see it before the morning classes.\n\nArigatou and thanks,\nFitri"),
    AN("en", "Class Cancelled on Thursday", "course", "2026-10-14T05:00:00+07:00", code="IF3301", name="Machine Learning",
       note="Publish time given in Japan time (+09:00), converted to WIB."))

add("delft-bold-ta", "gmail", "bold-title-wib", "2026-10-07 15:30",
    "Arif Rahman Hakim <arif.hakim@polibatam.ac.id>", "Pengumuman Proyek Akhir TRPL",
    alt("Halo P4M,\n\nSaya sedang short course di Delft (CEST, +02:00), jadi saya tulis jamnya dalam WIB supaya tidak bingung.\n\n"
        "Mohon dipasang pengumuman di course Proyek Akhir (TRPL4901):\n\n*Jadwal Konsultasi Tugas Akhir*\n\n"
        "Konsultasi selama saya di Belanda dilakukan lewat Zoom setiap Rabu pukul 19.00 WIB, link ada di course.\n\n"
        "Publish: Senin 12 Oktober jam 14.00 WIB.\n\nThanks a lot,\nArif\n",
        '<div dir="ltr"><div>Halo P4M,</div><div><br></div><div>Saya sedang short course di Delft (CEST, +02:00), jadi saya tulis jamnya dalam WIB supaya tidak bingung.</div><div><br></div>'
        '<div>Mohon dipasang pengumuman di course Proyek Akhir (TRPL4901):</div><div><br></div><div><b>Jadwal Konsultasi Tugas Akhir</b></div><div><br></div>'
        '<div>Konsultasi selama saya di Belanda dilakukan lewat Zoom setiap Rabu pukul 19.00 WIB, link ada di course.</div><div><br></div>'
        '<div>Publish: Senin 12 Oktober jam 14.00 WIB.</div><div><br></div><div>Thanks a lot,</div><div>Arif</div></div>'),
    AN("mixed", "Jadwal Konsultasi Tugas Akhir", "course", "2026-10-12T14:00:00+07:00", code="TRPL4901", name="Proyek Akhir",
       note="Title in bold; the weekly consultation time is not the publish time."))

add("europe-cet-recording", "thunderbird", "cet-conversion", "2026-11-05 16:20",
    "Kevin Santoso <kevin.santoso@polibatam.ac.id>", "Announcement - Supply Chain Management",
    plain("Hello P4M team,\n\nGreetings from Lyon. Please publish the following in my course LM3202 Supply Chain Management:\n\n"
          "\"Guest Lecture Recording Available\"\n"
          "The recording of last week's guest lecture by PT Batamindo Logistics is now available under Week 9. "
          "Watch it before the quiz.\n\n"
          "Publish time: 10 November at 08:00 CET. I am in Europe now and I keep mixing up the time zones, so please convert.\n\n"
          "Thank you,\nKevin\n", cte="quoted-printable"),
    AN("en", "Guest Lecture Recording Available", "course", "2026-11-10T14:00:00+07:00", code="LM3202", name="Supply Chain Management",
       note="Publish time in CET (+01:00), converted to WIB."))

add("makassar-wita-besok", "android", "wita-header", "2026-10-20 21:10",
    "Andi Baso Mappaewang <andi.baso@polibatam.ac.id>", "tolong pengumuman elda",
    plain("Malam P4M, maaf mengganggu malam2.\nTolong buatkan pengumuman di course Elektronika Dasar (TE1203) judulnya "
          "Praktikum Minggu Ini Daring, isinya: praktikum minggu ini dilaksanakan daring karena dosen masih di Makassar, modul ada di course.\n"
          "Tayang besok pagi jam 7 WITA ya.\nMakasih\n\nAndi\n\nDikirim dari Samsung Galaxy smartphone saya.", cte="base64"),
    AN("id", "Praktikum Minggu Ini Daring", "course", "2026-10-21T06:00:00+07:00", code="TE1203", name="Elektronika Dasar",
       note="Date header in WITA (+0800); 'besok' resolves against it; WITA clock time converted to WIB."), tz=8)

add("kimia-besok-jam7", "gmail", "quoted-title-latenight", "2026-10-26 22:47",
    "Nur Aisyah <nur.aisyah@polibatam.ac.id>", "pengumuman kimia dasar",
    gmail("Assalamualaikum admin, maaf tengah malam.\n\nMinta tolong dipasang pengumuman \"Pengumpulan Laporan Praktikum Diperpanjang\" "
          "di course Kimia Dasar. Isinya: batas pengumpulan laporan praktikum 3 diperpanjang sampai Jumat 30 Oktober 2026 pukul 23.59.\n\n"
          "Tayangnya besok pagi jam 7 aja ya.\n\nMakasih banyak,\nBu Aisyah"),
    AN("id", "Pengumpulan Laporan Praktikum Diperpanjang", "course", "2026-10-27T07:00:00+07:00", name="Kimia Dasar",
       note="The extended deadline is not the publish time."))

add("subject-title-uts-gamsin", "zimbra", "title-in-subject", "2026-09-16 10:15",
    "Bayu Aji <bayu.aji@polibatam.ac.id>", "Pengumuman: Perubahan Jadwal UTS Gambar Mesin",
    alt("Selamat pagi tim P4M,\n\nmohon pengumuman sesuai subjek di atas ditayangkan di course Gambar Mesin (TM2102) Senin depan pukul 13.00.\n\n"
        "Isi: UTS Gambar Mesin dipindah ke Kamis, 1 Oktober 2026, jam 08.00 di Lab CAD 2. Bawa laptop dengan AutoCAD terpasang.\n\n"
        "Terima kasih,\nBayu Aji\n"),
    AN("id", "Perubahan Jadwal UTS Gambar Mesin", "course", "2026-09-21T13:00:00+07:00", code="TM2102", name="Gambar Mesin",
       note="Title only in the subject; 'Senin depan' from a Wednesday is the coming Monday; exam time is not the publish time."))

add("wita-tomorrow-fieldtrip", "gmail", "wita-tomorrow", "2026-11-11 15:00",
    "Rudy Hartono <rudy.hartono@polibatam.ac.id>", "Field trip announcement",
    gmail("Hi team,\n\nI'm in Balikpapan for an industry visit. Please post in Industrial Automation (TMK3303):\n\n"
          "Field Trip to Batamindo Postponed\n\nThe field trip planned for next week is postponed to December; details follow.\n\n"
          "Publish it tomorrow at 9 WITA please.\n\nRudy"),
    AN("en", "Field Trip to Batamindo Postponed", "course", "2026-11-12T08:00:00+07:00", code="TMK3303", name="Industrial Automation",
       note="WITA clock time converted to WIB."))

add("third-at-noon-se", "gmail", "ordinal-day", "2026-10-28 11:20",
    "Galih Saputra <galih.saputra@polibatam.ac.id>", "SE midterm groups announcement",
    gmail("Hello,\n\nCould you put up an announcement called \"Midterm Project Groups\" in Software Engineering (IF3101)? "
          "Text: the group list for the midterm project is attached in the course, groups of four, changes only until 6 November.\n\n"
          "Please publish on the 3rd at noon.\n\nThanks,\nGalih"),
    AN("en", "Midterm Project Groups", "course", "2026-11-03T12:00:00+07:00", code="IF3101", name="Software Engineering",
       note="'the 3rd' after a 28 October Date header is 3 November."))

add("pasted-letter-listrik", "outlook", "pasted-letter-dateonly", "2026-10-09 09:05",
    "Bagian Umum <umum@polibatam.ac.id>", "Mohon ditayangkan: pemadaman listrik",
    plain("Yth. Admin e-learning P4M,\n\nMohon bantuan untuk ditayangkan di halaman utama e-learning untuk seluruh sivitas, "
          "pada hari Senin, 12 Oktober 2026. Judul: Pemadaman Listrik Terjadwal. Isi pengumuman kami salin dari surat PLN Batam:\n\n"
          "\"Dengan hormat, bersama ini kami beritahukan bahwa dalam rangka pemeliharaan jaringan tegangan menengah penyulang Engku Putri, "
          "akan dilakukan pemadaman listrik pada hari Rabu, 14 Oktober 2026 pukul 08.00 s.d. 16.00 WIB yang meliputi kawasan Batam Centre "
          "termasuk Politeknik Negeri Batam. Kami mohon maaf atas ketidaknyamanan ini dan menyarankan agar pelanggan mempersiapkan "
          "sumber listrik cadangan. Pekerjaan dapat selesai lebih cepat atau lebih lambat sesuai kondisi di lapangan. "
          "Atas perhatian dan pengertiannya kami ucapkan terima kasih. Manajer Area Pelayanan Batam Centre.\"\n\n"
          "Mohon juga ditambahkan bahwa ujian daring pada hari itu dipindah ke server cadangan.\n\nTerima kasih,\nBagian Umum\n", cte="quoted-printable"),
    AN("id", "Pemadaman Listrik Terjadwal", "site", None,
       note="Publish date without a clock time; the outage time is an event time, not the publish time."))

add("voice-kuis-fisdas", "iphone", "voice-to-text", "2026-11-02 19:40",
    "Hasan Basri <hasan.basri@polibatam.ac.id>", "pengumuman",
    plain("tolong umumkan di kelas fisika dasar besok jam 10 pagi judulnya kuis ditunda isinya kuis 3 yang dijadwalkan hari rabu ditunda ke minggu "
          "depan karena lab dipakai akreditasi terima kasih pak hasan\n\nDikirim dari iPhone saya", cte="quoted-printable"),
    AN("id", "kuis ditunda", "course", "2026-11-03T10:00:00+07:00", name="fisika dasar", note="Dictated without punctuation."))

add("allcaps-susulan-kalkulus", "outlook", "allcaps-dateonly", "2026-11-04 07:55",
    "Soedarmadji <soedarmadji@polibatam.ac.id>", "PENGUMUMAN UJIAN SUSULAN",
    plain("KEPADA JTH. ADMIN E-LEARNING\n\nMOHON DIPASANG PENGUMUMAN PADA MATA KOELIAH KALKULUS (TE1102) DENGAN DJOEDOEL "
          "\"UJIAN SUSULAN KALKULUS\". ISINJA: MAHASISWA JANG TIDAK HADIR PADA UTS DAPAT MENGIKUTI UJIAN SUSULAN PADA HARI SELASA "
          "17 NOVEMBER 2026 DI RUANG 504. PENGUMUMAN SUPAJA DITAJANGKAN TANGGAL 9 NOVEMBER 2026.\n\nTERIMA KASIH.\nIR. SOEDARMADJI\n", cte="quoted-printable"),
    AN("id", "UJIAN SUSULAN KALKULUS", "course", None, code="TE1102", name="KALKULUS",
       note="All caps, old spelling; a publish date without a time; the exam date is an event date."))

add("thread-time-seminar", "gmail", "ticket-reply-time", "2026-10-21 10:00",
    "Wulan Dari <wulan.dari@polibatam.ac.id>", "Re: [P4M #2688] Pengumuman Seminar Nasional",
    gmail("Oh iya sorry, jam tayangnya Jumat 23 Oktober jam 15.30 ya. Thanks!\n\nWulan",
          "Pada Rab, 21 Okt 2026 pukul 08.31 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nmenulis:",
          "Yth. Ibu Wulan,\n\nPermintaan pengumuman \"Seminar Nasional Vokasi 2026\" untuk halaman utama e-learning sudah kami terima. "
          "Ibu menyebut tayang hari Jumat, namun jamnya belum ada. Mohon konfirmasi jam tayang.\n\nSalam,\nHelpdesk P4M"),
    AN("mixed", "Seminar Nasional Vokasi 2026", "site", "2026-10-23T15:30:00+07:00",
       note="Reply in an existing thread supplying the publish time; title and scope are in the quoted part."))

add("docx-beasiswa-site", "outlook", "docx-only", "2026-11-16 09:00",
    "Bagian Kemahasiswaan <kemahasiswaan@polibatam.ac.id>", "pengumuman beasiswa",
    with_att(plain("Dengan hormat,\n\nBahan pengumuman terlampir. Terima kasih.\n\nBagian Kemahasiswaan\n"),
             [("docx", "Pengumuman_Beasiswa_BI.docx", docx_bytes("docx-beasiswa-site", [
                 "PERMOHONAN PENAYANGAN PENGUMUMAN E-LEARNING",
                 "Judul: Pendaftaran Beasiswa Bank Indonesia 2027",
                 "Ditujukan: seluruh mahasiswa (halaman utama e-learning)",
                 "Waktu tayang: Rabu, 18 November 2026 pukul 08.00 WIB",
                 "Isi: Pendaftaran Beasiswa Bank Indonesia dibuka sampai 30 November 2026. Syarat IPK minimal 3,00 dan aktif organisasi.",
                 "Kepala Bagian Kemahasiswaan"]))]),
    AN("id", "Pendaftaran Beasiswa Bank Indonesia 2027", "site", "2026-11-18T08:00:00+07:00",
       note="The request is only in the DOCX attachment."))

add("kaprodi-jarkom-classes", "gmail", "several-classes-today", "2026-11-18 13:10",
    "Hendra Wijaya <hendra.w@polibatam.ac.id>", "Pengumuman ruang praktikum Jarkom",
    gmail("Hi P4M,\n\nUntuk Jaringan Komputer (IF2302) kelas A, B dan C, please post the same announcement in all three courses:\n\n"
          "Judul: Perubahan Ruang Praktikum\nIsi: Mulai minggu depan praktikum Jarkom pindah dari Lab 3 ke Lab Cisco (Gedung Tower lt. 6).\n\n"
          "Tayang hari ini pukul 16.00. Thanks!\n\nHendra\nKaprodi TI"),
    AN("mixed", "Perubahan Ruang Praktikum", "course", "2026-11-18T16:00:00+07:00", code="IF2302", name="Jaringan Komputer",
       note="Same announcement for three classes of one course."))

add("zimbra-grant-site", "zimbra", "site-en", "2026-10-29 09:30",
    "Unit Penjaminan Mutu Pembelajaran <upmp@polibatam.ac.id>", "Site announcement request: teaching grant",
    alt("Dear P4M Helpdesk,\n\nOn behalf of the Vice Director for Academic Affairs, we kindly request a site-wide announcement on the e-learning "
        "front page for all lecturers:\n\nTitle: Call for Teaching Innovation Grant 2027\n"
        "Body: Lecturers are invited to submit proposals for blended-learning innovation. Proposal deadline: 30 November 2026. "
        "Information session: Wednesday, 4 November 2026 at 10:00 in the Auditorium.\n\n"
        "Please publish it on Monday 2 November 2026 at 9:00 WIB.\n\nKind regards,\nUPMP Secretariat\n"),
    AN("en", "Call for Teaching Innovation Grant 2027", "site", "2026-11-02T09:00:00+07:00",
       note="Deadline and information session are not the publish time."))


# ================================================================ elearning_support (12)
add("japan-login-locked", "iphone", "latenight-hotel", "2026-09-08 22:58",
    "Rizky Ananda <rizky.ananda@polibatam.ac.id>", "Cannot log in to e-learning from Japan",
    plain("Hi, it's Rizky again. I'm in my hotel in Kyoto (00:58 here) and learning.polibatam.ac.id says my account is locked after "
          "too many attempts. I need to open the quiz for my students at 8 am WIB. Can someone unlock it? My username is rizky.ananda.\n\n"
          "Thanks\n\nSent from my iPhone", cte="quoted-printable"),
    L("elearning_support", "en"))

add("betawi-enrol-gagal", "android", "betawi", "2026-09-09 11:35",
    "Rohani Saputra <rohani.saputra@gmail.com>", "mahasiswe aye kagak bisa masuk",
    plain("Bang admin, mahasiswe aye di kelas Akuntansi Biaya kagak bisa enrol, katenye enrolment key salah mulu. "
          "Padahal aye udeh kasih yang bener. Tolong dicek dong ye, ude tiga hari nih pade ngeluh.\n\nMakasih\nRohani", cte="base64"),
    L("elearning_support", "id"))

add("howto-rename-myself", "gmail", "howto-rename", "2026-09-22 09:50",
    "Dian Permata <dian.permata@polibatam.ac.id>", "how to ganti nama course sendiri?",
    gmail("Hai P4M,\n\nSaya penasaran, sebagai teacher apakah saya bisa change the course full name sendiri lewat Settings, "
          "atau memang harus lewat helpdesk? Kalau bisa sendiri, menu-nya di mana ya? Kemarin saya cari nggak ketemu.\n\nThanks,\nDian"),
    L("elearning_support", "mixed", note="A how-to question about renaming a course, not a request to rename one."))

add("outlook-quiz-closed-early", "outlook", "html-table-quiz", "2026-09-29 16:30",
    "Ratna Sari Dewi <ratna.dewi@polibatam.ac.id>", "Kuis tertutup lebih cepat",
    html_only(word_html(mso(
        "Selamat sore Helpdesk,\n\nKuis 2 di course Statistika (kelas AK-2B) tertutup sebelum waktunya. Setting saya:\n")
        + '<table border="1" cellpadding="3" style="border-collapse:collapse"><tr><td>Open</td><td>29/09/2026 13.00</td></tr>'
          '<tr><td>Close</td><td>29/09/2026 15.00</td></tr><tr><td>Time limit</td><td>60 menit</td></tr></table>\n'
        + mso("\nTapi mahasiswa yang mulai jam 14.10 langsung ter-submit otomatis jam 14.12. Ada 9 mahasiswa yang kena. "
              "Apakah bisa dibuka ulang attempt-nya?\n\nTerima kasih,\nRatna Sari Dewi"))),
    L("elearning_support", "id"))

add("restore-error-en", "thunderbird", "backup-restore", "2026-10-05 08:40",
    "Hendri Kurniawan <hendri.kurniawan@polibatam.ac.id>", "Course restore fails",
    plain("Good morning,\n\nI tried to restore last year's backup of Welding Technology into my new empty course and it stops at "
          "\"Restoring course\" with the error \"error/invalidrecord\". The .mbz file is 180 MB. Could you do the restore for me, "
          "or tell me what I did wrong?\n\nRegards,\nHendri Kurniawan\nMechanical Engineering\n", cte="7bit"),
    L("elearning_support", "en"))

add("voice-upload-50mb", "iphone", "voice-to-text", "2026-10-06 20:12",
    "Ilham Maulana <ilham.maulana@polibatam.ac.id>", "upload",
    plain("halo ini pak ilham mahasiswa saya ga bisa upload tugas video katanya maksimal 50 mega padahal videonya 120 mega bisa "
          "dinaikkan batasnya nggak di assignment mekanika fluida terima kasih\n\nDikirim dari iPhone saya", cte="quoted-printable"),
    L("elearning_support", "id"))

add("thread-username-login", "gmail", "ticket-reply-answer", "2026-10-08 13:25",
    "Putri Amelia <putri.amelia@students.polibatam.ac.id>", "Re: [P4M #2702] Tidak bisa login e-learning",
    gmail("NIM saya 4312301045 kak, username yang dipakai sama dengan NIM. Masih belum bisa sampai sekarang.\n\nPutri",
          "Pada Kam, 8 Okt 2026 pukul 10.02 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nmenulis:",
          "Halo Putri,\n\nUntuk membantu pengecekan, mohon sebutkan NIM dan username yang digunakan saat login.\n\nSalam,\nHelpdesk P4M"),
    L("elearning_support", "id", note="Answers the helpdesk's question in an existing ticket."))

add("thread-colleague-notvisible", "outlook", "colleague-on-behalf-en", "2026-10-12 09:14",
    "Yanti Rahayu <yanti.rahayu@polibatam.ac.id>", "RE: [P4M #2745] Course not showing for students",
    plain("Hello,\n\nI'm replying for Mr. Sinaga since he is on leave. The course is Quality Control, class MJ-2A. Students still cannot "
          "see it on their dashboard this morning; it says \"This course is currently unavailable to students\".\n\n"
          "Best,\nYanti Rahayu\nAdministration, Manufacturing Engineering\n\n"
          "From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nSent: Friday, October 9, 2026 4:40 PM\nTo: Tigor Sinaga <tigor.sinaga@polibatam.ac.id>\n"
          "Subject: RE: [P4M #2745] Course not showing for students\n\nDear Mr. Sinaga, which course and class is it? Regards, Helpdesk P4M\n",
          cte="quoted-printable"),
    L("elearning_support", "en", note="A colleague answers on the requester's behalf in an existing thread."))

add("jawa-course-ilang", "gmail", "javanese", "2026-10-14 07:20",
    "Sutrisno <sutrisno@polibatam.ac.id>", "course kulo ical",
    gmail("Mas admin, ngapunten. Course Termodinamika kulo kok ical saking dashboard nggih? Wingi sonten taksih wonten, "
          "enjing niki mboten wonten. Lare-lare nggih mboten saged mlebet. Nyuwun tulung dipun priksa.\n\nMatur nuwun,\nSutrisno"),
    L("elearning_support", "id"))

add("nested-fwd-grades", "gmail", "nested-forward-student", "2026-10-19 15:05",
    "Kaprodi Teknik Mesin <kaprodi.tm@polibatam.ac.id>", "Fwd: Fwd: nilai tidak muncul di e-learning",
    gmail("P4M, please check this one. Kayaknya gradebook-nya yang bermasalah, bukan dosennya.\n\nThanks",
          "---------- Forwarded message ---------\nDari: Bayu Aji <bayu.aji@polibatam.ac.id>\nDate: Sen, 19 Okt 2026 pukul 12.40\nSubject: Fwd: nilai tidak muncul di e-learning\nTo: <kaprodi.tm@polibatam.ac.id>",
          "Pak, diteruskan dari mahasiswa. Saya sudah rilis nilainya tapi mereka tetap tidak lihat.\n\n"
          "---------- Forwarded message ---------\nDari: Rendi Kusuma <rendi.k@students.polibatam.ac.id>\nDate: Min, 18 Okt 2026 pukul 21.11\n"
          "Subject: nilai tidak muncul di e-learning\nTo: <bayu.aji@polibatam.ac.id>\n\n"
          "Selamat malam pak, nilai tugas 1-3 Gambar Mesin di menu Grades masih kosong semua, padahal teman kelas lain sudah muncul. Terima kasih pak."),
    L("elearning_support", "mixed", note="Gmail forward nested twice."))

add("melayu-reset-pw", "zimbra", "malay-flavoured", "2026-10-22 11:00",
    "Zulkifli Rahman <zulkifli.rahman@polibatam.ac.id>", "Kata laluan e-learning",
    alt("Salam sejahtera Tuan/Puan,\n\nSaya tidak dapat masuk ke e-learning kerana terlupa kata laluan, dan pautan tetapan semula "
        "tidak sampai ke emel saya walaupun sudah cuba tiga kali. Mohon bantuan untuk set semula kata laluan akaun zulkifli.rahman.\n\n"
        "Terima kasih.\nZulkifli\n"),
    L("elearning_support", "id"))

add("zimbra-pindah-kelas", "zimbra", "enrol-move", "2026-11-09 10:25",
    "Admin Prodi Mekatronika <mekatronika@polibatam.ac.id>", "Mahasiswa pindah kelas",
    alt("Yth. Helpdesk P4M,\n\nTiga mahasiswa berikut pindah dari kelas MK-2A ke MK-2B per minggu ini (sudah disetujui kaprodi):\n"
        "1. 4222101001 - Aldi Firmansyah\n2. 4222101017 - Cici Paramida\n3. 4222101030 - Joko Susanto\n\n"
        "Mohon dipindahkan enrolment-nya di semua course semester 3 (unenrol dari 2A, enrol ke 2B).\n\nTerima kasih,\nAdmin Prodi Mekatronika\n"),
    L("elearning_support", "id"))

# ================================================================ document_request (7)
add("sekwadir-rps-template", "outlook", "letterhead-docs", "2026-09-04 09:10",
    "Sekretariat Wadir I <sekwadir1@polibatam.ac.id>", "Permohonan Template RPS dan Kontrak Kuliah",
    html_only(word_html(mso(
        "Kepada Yth.\nKepala P4M\ndi Tempat\n\nHal        : Permohonan dokumen\nLampiran : -\n\nDengan hormat,\n"
        "Teriring salam dan doa semoga kita semua senantiasa dalam lindungan Tuhan Yang Maha Esa. Dalam rangka persiapan rapat koordinasi "
        "kurikulum dengan para ketua jurusan, Bapak Wakil Direktur Bidang Akademik memohon kiranya P4M dapat mengirimkan template RPS "
        "terbaru (format OBE) beserta template kontrak kuliah yang berlaku untuk tahun akademik 2026/2027.\n"
        "Kami sangat menghargai bantuan Bapak/Ibu dan mohon maaf apabila permohonan ini terkesan mendadak.\n\n"
        "Hormat kami,\nRatih Puspitasari\nSekretaris Wakil Direktur I\n\nTembusan:\nWakil Direktur Bidang Akademik"))),
    L("document_request", "id"))

add("en-course-contract", "gmail", "english-template", "2026-09-11 20:30",
    "Taufik Hidayat <taufik.hidayat@polibatam.ac.id>", "Course contract template (English version)?",
    gmail("Hi P4M,\n\nDo you have an English version of the kontrak kuliah template? My international class needs it this week. "
          "If only the Indonesian one exists, please send that and I'll translate it.\n\nThanks,\nTaufik"),
    L("document_request", "en"))

add("sunda-bap-form", "gmail", "sundanese", "2026-09-18 13:45",
    "Euis Komalasari <euis.k@polibatam.ac.id>", "nyuhunkeun format BAP",
    gmail("Punten, admin P4M,\n\nAbdi nyuhunkeun format BAP (berita acara perkuliahan) nu panganyarna, nu aya kolom kanggo kuliah daring. "
          "Kanggo dosen-dosen Teknik Mesin. Upami aya dina bentuk Word langkung sae.\n\nHatur nuhun,\nEuis"),
    L("document_request", "id"))

add("kaprodi-instrumen-monev", "outlook", "html-list", "2026-10-02 14:00",
    "Ketua Prodi Teknik Elektronika <kaprodi.te@polibatam.ac.id>", "Instrumen monev pembelajaran",
    html_only(word_html(mso("Dear P4M,\n\nUntuk persiapan monev tengah semester, kami butuh dokumen berikut:") +
        "\n<ul><li>Instrumen monev pelaksanaan perkuliahan (versi 2026)</li><li>Rekap template hasil monev per dosen</li>"
        "<li>SOP monev pembelajaran</li></ul>\n" + mso("Could you send them before Friday? Thanks.\n\nKaprodi TE"))),
    L("document_request", "mixed"))

add("europe-sop-en", "gmail", "sop-request-en", "2026-10-16 17:05",
    "Kevin Santoso <kevin.santoso@polibatam.ac.id>", "SOP for course data change",
    gmail("Hello,\n\nI'm writing from Lyon, where I'm presenting our blended-learning model. Could you send me the SOP document for "
          "changing course identity data on e-learning, and the SOP for announcement publishing? The partner university would like "
          "to compare them with their own procedures.\n\nMany thanks,\nKevin"),
    L("document_request", "en"))

add("pdf-daftar-sop", "outlook", "pdf-only", "2026-11-03 08:30",
    "Lembaga Penjaminan Mutu <lpm@polibatam.ac.id>", "Permintaan dokumen (terlampir)",
    with_att(plain("Yth. P4M,\n\nterlampir\n\nLPM\n"),
             [("pdf", "Permintaan_Dokumen_P4M.pdf", pdf_bytes("pdf-daftar-sop", [
                 "NOTA DINAS",
                 "Kepada: Kepala P4M",
                 "Hal: Permintaan dokumen untuk audit mutu internal",
                 "Mohon dikirimkan: 1. SOP Helpdesk P4M; 2. Formulir permintaan perubahan data mata kuliah;",
                 "3. Rekap helpdesk semester genap 2025/2026.",
                 "Kepala LPM"]))]),
    L("document_request", "id", note="The request is only in the PDF attachment."))

add("thread-which-template", "gmail", "ticket-reply-doc", "2026-11-13 10:40",
    "Agus Salim <agus.salim@polibatam.ac.id>", "Re: [P4M #2801] minta template",
    gmail("Yang saya maksud template RPS format OBE yang ada kolom CPMK dan sub-CPMK, versi Word. Terima kasih.",
          "Pada Jum, 13 Nov 2026 pukul 09.05 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nmenulis:",
          "Yth. Bapak Agus,\n\nTemplate apa yang Bapak maksud? Kami punya template RPS, kontrak kuliah, dan BAP.\n\nHelpdesk P4M"),
    L("document_request", "id", note="Answers the helpdesk's question in an existing ticket."))

# ================================================================ other (7)
add("thread-withdraw-dosen", "gmail", "ticket-withdraw", "2026-09-15 16:22",
    "Hendra Wijaya <hendra.w@polibatam.ac.id>", "Re: [P4M #2590] Pergantian dosen tim Basis Data (IF2204)",
    gmail("Mohon maaf, permintaan ini dibatalkan saja. Ibu Lestari ternyata tetap mengajar sampai akhir semester, jadi tidak perlu ada "
          "perubahan di e-learning.\n\nTerima kasih dan maaf merepotkan.\nHendra",
          "Pada Jum, 4 Sep 2026 pukul 14.31 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nmenulis:",
          "Yth. Bapak Hendra,\n\nPermintaan pergantian dosen untuk MK Basis Data (IF2204) sudah kami terima dengan nomor [P4M #2590].\n\nHelpdesk P4M"),
    L("other", "id", note="Withdraws an earlier course-data request in the same thread; nothing is asked now."))

add("praise-en", "gmail", "thanks", "2026-09-24 18:00",
    "Bambang Susilo <bambang.susilo@polibatam.ac.id>", "Thank you",
    gmail("Dear P4M team,\n\nJust a short note to say thank you. The semester change for my Business Statistics course was done within "
          "half an hour, and my students found it right away. Very impressive service.\n\nWarm regards,\nBambang"),
    L("other", "en", note="Praise for a change already done."))

add("keluhan-lambat", "outlook", "complaint", "2026-10-06 10:10",
    "Dr. Syahrial <syahrial@polibatam.ac.id>", "E-learning sangat lambat",
    html_only(word_html(mso(
        "Yth. Pengelola e-learning,\n\nSaya ingin menyampaikan keluhan. Setiap pagi antara pukul 07.30 dan 09.00 e-learning sangat lambat, "
        "membuka satu halaman bisa lebih dari satu menit. Kuis pagi ini terganggu dan mahasiswa protes kepada saya. "
        "Ini sudah terjadi sejak awal semester dan belum ada perbaikan. Mohon menjadi perhatian pimpinan.\n\n"
        "Hormat saya,\nDr. Syahrial\nJurusan Teknik Mesin")
        + '<p class="MsoNormal" style="font-size:7.5pt;color:#808080">' + htmlmod.escape(SIG_DISC_ID.strip()) + '<o:p></o:p></p>')),
    L("other", "id", note="A complaint about slowness, no specific support request."))

add("undangan-rapat", "outlook", "letterhead-invitation", "2026-10-23 13:30",
    "Sekretariat Direktur <sekdir@polibatam.ac.id>", "Undangan Rapat Koordinasi Pembelajaran Daring",
    html_only(word_html(mso(
        "Kepada Yth.\n1. Kepala P4M\n2. Kepala UPA TIK\n3. Para Ketua Jurusan\n\nHal: Undangan\n\nDengan hormat,\n"
        "Mengharap kehadiran Bapak/Ibu pada rapat koordinasi pembelajaran daring yang akan dilaksanakan pada:\n"
        "Hari/tanggal : Kamis, 29 Oktober 2026\nPukul : 09.00 WIB s.d. selesai\nTempat : Ruang Rapat Direktur, Gedung Utama lt. 4\n"
        "Agenda : evaluasi layanan e-learning semester ganjil\n"
        "Mengingat pentingnya acara tersebut, kehadiran Bapak/Ibu sangat kami harapkan.\n\nHormat kami,\nSekretaris Direktur"))),
    L("other", "id", note="A meeting invitation; the date is an event, nothing to publish."))

add("already-changed-question", "gmail", "question-change-done", "2026-10-27 08:50",
    "Lina Marlina <lina.marlina@polibatam.ac.id>", "nama course saya kok berubah?",
    gmail("Halo P4M,\n\nPagi ini saya lihat course Operations Management saya sudah jadi semester 5 dan nama dosennya sudah Pak Rahmat. "
          "Just to confirm, itu memang dari request saya bulan lalu ya, bukan error? Kalau iya, great, thanks!\n\nLina"),
    L("other", "mixed", note="A question about a change already made."))

add("plan-next-semester", "zimbra", "plan-later", "2026-11-20 15:15",
    "Dian Permata <dian.permata@polibatam.ac.id>", "Rencana semester genap",
    alt("Halo tim P4M,\n\nSekadar info dulu: semester genap nanti mungkin saya akan minta beberapa course IF dibuat versi English juga, "
        "dan kemungkinan nama dua MK pilihan akan ganti. Detailnya menunggu rapat kurikulum bulan Desember, nanti saya kirim permintaan "
        "resminya.\n\nSalam,\nDian\n"),
    L("other", "id", note="A plan for next semester, no request yet."))

add("rating-reply", "android", "rating-thanks", "2026-11-24 12:05",
    "Andi Baso Mappaewang <andi.baso@polibatam.ac.id>", "Re: [P4M #2877] Permintaan Anda telah diselesaikan",
    plain("5\nMantap, cepat sekali. Terima kasih P4M!\n\nDikirim dari Samsung Galaxy smartphone saya.\n\n"
          "-------- Pesan asli --------\nDari: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nTanggal: 24/11/26 11.40 (GMT+07:00)\n"
          "Ke: Andi Baso Mappaewang <andi.baso@polibatam.ac.id>\nSubjek: [P4M #2877] Permintaan Anda telah diselesaikan\n\n"
          "Permintaan Anda telah diselesaikan. Mohon beri nilai 1-5 untuk layanan kami dengan membalas email ini.\n", cte="base64"),
    L("other", "id", note="A satisfaction rating reply in a resolved ticket."))


# ================================================================ auto (6)
def parsed(raw):
    return BytesParser(policy=policy.default).parsebytes(crlf(raw).encode("utf-8"))


add("gws-bounce", "gmail", "workspace-bounce", "2026-09-02 09:43",
    "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
    parsed("Content-Type: multipart/report; report-type=delivery-status; boundary=\"x\"\n\n--x\n"
           "Content-Type: text/plain; charset=\"UTF-8\"\n\n"
           "** Address not found **\n\nYour message wasn't delivered to koordinator.tre@polibatam.ac.id because the address couldn't be found, "
           "or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
           "The response was:\n\n550 5.1.1 The email account that you tried to reach does not exist.\n"
           "--x\nContent-Type: message/delivery-status\n\n"
           "Reporting-MTA: dns; googlemail.com\nArrival-Date: Wed, 02 Sep 2026 09:41:58 +0700\n\n"
           "Final-Recipient: rfc822; koordinator.tre@polibatam.ac.id\nAction: failed\nStatus: 5.1.1\n"
           "Remote-MTA: dns; aspmx.l.google.com.\nDiagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.\n"
           "Last-Attempt-Date: Wed, 02 Sep 2026 09:43:02 +0700\n"
           "--x\nContent-Type: text/rfc822-headers\n\n"
           "From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nTo: koordinator.tre@polibatam.ac.id\n"
           "Subject: [P4M #2401] Permohonan Perubahan Nama Mata Kuliah TRE4102\nDate: Wed, 02 Sep 2026 09:41:57 +0700\n"
           "--x--\n"),
    L("auto", "en", note="Google Workspace bounce of a helpdesk copy sent to a non-existent address."),
    headers=[("Auto-Submitted", "auto-replied")])

add("ooo-phone-bilingual", "iphone", "ooo-bilingual", "2026-09-10 16:06",
    "Rizky Ananda <rizky.ananda@polibatam.ac.id>", "Balasan Otomatis: [P4M #2412] enrolment key MKT2203 please",
    plain("Terima kasih atas email Anda. Saya sedang mengikuti konferensi di Jepang sampai 13 September 2026 dengan akses email terbatas. "
          "Untuk urusan mendesak silakan hubungi admin prodi di manajemen@polibatam.ac.id.\n\n"
          "Thank you for your email. I am attending a conference in Japan until 13 September 2026 with limited access to e-mail. "
          "For urgent matters please contact the study programme office at manajemen@polibatam.ac.id.\n\nDikirim dari iPhone saya",
          cte="quoted-printable"),
    L("auto", "mixed", note="Out-of-office reply from a phone, in both languages."),
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])

add("outlook-recall", "outlook", "recall", "2026-09-02 09:58",
    "Sekretariat Direktur <sekdir@polibatam.ac.id>", "Recall: Permohonan Perubahan Nama Mata Kuliah TRE4102",
    html_only(word_html(mso("Sekretariat Direktur would like to recall the message, \"Permohonan Perubahan Nama Mata Kuliah TRE4102\"."))),
    L("auto", "en", note="Outlook message-recall request; machine-generated, no ticket."),
    headers=[("X-MS-Exchange-Organization-RecallMessage", "True")])

add("zoom-recording", "gmail", "zoom-noreply", "2026-10-14 12:15",
    "Zoom <no-reply@zoom.us>", "Cloud Recording - Konsultasi Tugas Akhir TRPL is now available",
    alt("Hi Helpdesk P4M,\n\nYour cloud recording is now available.\n\nTopic: Konsultasi Tugas Akhir TRPL\n"
        "Date: Oct 14, 2026 07:00 PM Jakarta\n\nShare recording with viewers:\nhttps://polibatam.zoom.us/rec/share/Xb7Q2mPZ\n\n"
        "Thank you for choosing Zoom.\n-The Zoom Team\n\nThis is an automated message, please do not reply.\n"),
    L("auto", "en", note="Zoom no-reply notification."),
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")])

add("survey-noreply", "gmail", "survey-noreply", "2026-11-06 08:01",
    "Survei Polibatam <noreply@survei.polibatam.ac.id>", "Tanggapan baru: Survei Kepuasan Layanan P4M",
    plain("Halo,\n\nSurvei \"Survei Kepuasan Layanan P4M\" menerima tanggapan baru.\n\nID tanggapan: 418\nWaktu: 06-11-2026 07:59\n\n"
          "Lihat tanggapan lengkap: https://survei.polibatam.ac.id/index.php/admin/responses/sa/view/surveyid/554721\n\n"
          "Email ini dikirim otomatis oleh LimeSurvey. Mohon tidak membalas email ini.\n", cte="quoted-printable"),
    L("auto", "id", note="Survey platform no-reply notification."),
    headers=[("Auto-Submitted", "auto-generated")])

add("moodle-backup-ok", "gmail", "moodle-backup", "2026-11-22 03:12",
    "e-Learning Polibatam <noreply@learning.polibatam.ac.id>", "e-Learning Polibatam: Automated backup status: Success",
    plain("Hi Helpdesk P4M,\n\nA report of the automated course backups is below.\n\nTotal courses: 1824\n  Completed: 1811\n  Skipped: 13\n"
          "  Error: 0\n  Unfinished: 0\n\nBackups were stored in /var/moodledata/backup_auto.\n\n"
          "This message was sent automatically by e-Learning Polibatam (https://learning.polibatam.ac.id). Do not reply to this email.\n",
          cte="quoted-printable"),
    L("auto", "en", note="Moodle automated backup report from the no-reply address."),
    headers=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"), ("X-Moodle-Cron", "automated_backup")])


# ---------------------------------------------------------------- build and check
WD = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
      "sen": 0, "sel": 1, "rab": 2, "kam": 3, "jum": 4, "sab": 5, "min": 6,
      "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
      "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
MO = {"januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "agustus": 8,
      "september": 9, "oktober": 10, "november": 11, "desember": 12, "january": 1, "february": 2, "march": 3,
      "may": 5, "june": 6, "july": 7, "august": 8, "october": 10, "december": 12,
      "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "aug": 8, "sep": 9,
      "okt": 10, "oct": 10, "nov": 11, "des": 12, "dec": 12}
WDRE = "|".join(sorted(WD, key=len, reverse=True)).replace("'", "'")
MORE = "|".join(sorted(MO, key=len, reverse=True))
RE1 = re.compile(r"\b(%s)\b,?\s+(\d{1,2})\s+(%s)\b\.?\s*(\d{4})?" % (WDRE, MORE), re.I)
RE2 = re.compile(r"\b(%s)\b,?\s+(%s)\s+(\d{1,2}),?\s*(\d{4})?" % (WDRE, MORE), re.I)


def check_weekdays(text, where):
    errs = []
    for m in RE1.finditer(text):
        wd, d, mo, y = m.group(1), int(m.group(2)), m.group(3), m.group(4)
        errs += _wd(wd, d, mo, y, m.group(0), where)
    for m in RE2.finditer(text):
        wd, mo, d, y = m.group(1), m.group(2), int(m.group(3)), m.group(4)
        errs += _wd(wd, d, mo, y, m.group(0), where)
    return errs


def _wd(wd, d, mo, y, s, where):
    try:
        dt = datetime(int(y) if y else 2026, MO[mo.lower()], d)
    except (ValueError, KeyError):
        return ["%s: bad date %r" % (where, s)]
    if dt.weekday() != WD[wd.lower()]:
        return ["%s: weekday mismatch %r (is %s)" % (where, s, dt.strftime("%A"))]
    return []


def strip_html(h):
    h = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</li>", "\n", h)
    h = re.sub(r"<[^>]+>", " ", h)
    return htmlmod.unescape(h)


def att_text(part):
    data = part.get_payload(decode=True) or b""
    ct = part.get_content_type()
    if ct.endswith("wordprocessingml.document"):
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            x = z.read("word/document.xml").decode("utf-8")
        return "\n".join(htmlmod.unescape(re.sub(r"<[^>]+>", "", p)) for p in re.findall(r"<w:p>(.*?)</w:p>", x))
    if ct == "application/pdf":
        s = data.decode("latin-1")
        return "\n".join(re.sub(r"\\(.)", r"\1", t) for t in re.findall(r"\(((?:\\.|[^\\)])*)\) Tj", s))
    return ""


def all_text(msg):
    out = [str(msg["Subject"] or "")]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        if ct == "text/plain":
            out.append(part.get_content())
        elif ct == "text/html":
            out.append(strip_html(part.get_content()))
        elif part.get_content_maintype() == "message":
            pass
        else:
            out.append(att_text(part))
        if part.get_content_type() == "message/delivery-status":
            pass
    # message/rfc822 parts: walk() already descends into them
    return "\n".join(out)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def build(i, m):
    slug = m["slug"]
    body = m["body"]
    msg = EmailMessage()
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = mkdate(m["date"], m["tz"])
    dom = m["frm"].rsplit("@", 1)[-1].rstrip(">") if "@" in m["frm"] else "polibatam.ac.id"
    msg["Message-ID"] = "<%s.%s@%s>" % (hx(slug, 12), hx(slug + "m", 8), dom)
    msg["MIME-Version"] = "1.0"
    for k, v in XMAILER.get(m["client"], []):
        msg[k] = v if v is not None else "AdtP" + hx(slug + "ti", 24)
    for k, v in m["headers"]:
        msg[k] = v
    # copy content
    for k in ("Content-Type", "Content-Transfer-Encoding", "Content-Disposition"):
        if k in body:
            msg[k] = body[k]
    if body.is_multipart():
        msg.set_payload(body.get_payload())
    else:
        msg.set_payload(body.get_payload())
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_p10_%s_%d" % (hx(slug + "b" + str(n), 20), n))
            n += 1
    return msg


def main():
    errors = []
    for old in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9]-*.eml")):
        os.remove(old)
    mails = sorted(MAILS, key=lambda m: (datetime.strptime(m["date"], "%Y-%m-%d %H:%M") - timedelta(hours=m["tz"] - 7), m["slug"]))
    labels = {}
    counts = {}
    langs = {}
    slugs = set()
    for i, m in enumerate(mails, 1):
        if m["slug"] in slugs:
            errors.append("duplicate slug " + m["slug"])
        slugs.add(m["slug"])
        name = "%03d-%s-%s-%s.eml" % (i, m["client"], m["quirk"], m["slug"])
        msg = build(i, m)
        raw = msg.as_bytes(policy=policy.SMTP)
        where = name
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append(where + ": not CRLF")
        p = BytesParser(policy=policy.default).parsebytes(raw)
        for part in p.walk():
            if part.defects:
                errors.append("%s: defects %r" % (where, part.defects))
        if p["Date"] != msg["Date"] or str(p["Subject"]) != m["subject"]:
            errors.append(where + ": Date/Subject round trip")
        d = p["Date"].datetime
        if not (datetime(2026, 9, 1, tzinfo=timezone.utc) - timedelta(hours=8) <= d <= datetime(2026, 11, 29, tzinfo=timezone.utc)):
            errors.append(where + ": date out of range")
        for part in p.walk():
            if part.get_content_disposition() == "attachment" and part.get_content_type() != "message/rfc822":
                if len(part.get_payload(decode=True)) >= 30 * 1024:
                    errors.append(where + ": attachment too big")
        text = all_text(p)
        errors += check_weekdays(text, where)
        lab = m["label"]
        f = lab["fields"]
        if lab["type"] not in ("course_data", "announcement") and f:
            errors.append(where + ": fields on non-data type")
        vals = []
        for k in ("course_code", "course_name", "title"):
            if k in f:
                vals.append(f[k])
        for v in f.get("changes", {}).values():
            vals.append(v)
        nt = norm(text)
        for v in vals:
            if norm(v) not in nt:
                errors.append("%s: label value not in text: %r" % (where, v))
        if "publish_at" in f and not re.fullmatch(r"2026-\d\d-\d\dT\d\d:\d\d:00\+07:00", f["publish_at"]):
            errors.append(where + ": bad publish_at")
        counts[lab["type"]] = counts.get(lab["type"], 0) + 1
        langs[lab["lang"]] = langs.get(lab["lang"], 0) + 1
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        labels[name] = lab
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("mails", len(mails), "types", counts, "langs", langs)
    if counts != PLAN:
        errors.append("counts differ from plan: %r" % counts)
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

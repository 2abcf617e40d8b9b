#!/usr/bin/env python3
"""Twenty-fifth tuning corpus (the former held-out part15): writes NNN-client-quirk-slug.eml and labels.json (stdlib only, deterministic)."""
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
from email.utils import parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
TO = "helpdesk-p4m@polibatam.ac.id"
PLAN = {"course_data": 22, "announcement": 16, "elearning_support": 12,
        "document_request": 7, "other": 7, "auto": 6}
MAILS = []


def h(slug, n=16):
    return hashlib.sha256(slug.encode()).hexdigest()[:n]


def docx(paras):
    buf = io.BytesIO()
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p, quote=False)
                   for p in paras)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + body + '</w:body></w:document>',
    }
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "BT /F1 11 Tf 50 790 Td 14 TL\n" + "".join("(%s) '\n" % esc(l) for l in lines) + "ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
            "/Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(stream.encode("latin-1")), stream)]
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


def pgp_sig(slug):
    raw = hashlib.sha512(("pgp" + slug).encode()).digest() * 2
    import base64
    b = base64.b64encode(raw[:110]).decode()
    return ("-----BEGIN PGP SIGNATURE-----\n\n" + b[:64] + "\n" + b[64:128] + "\n" + b[128:] + "\n=" + b[:4]
            + "\n-----END PGP SIGNATURE-----\n")


def p7s(slug):
    return b"\x30\x82\x03\x10\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x02" + hashlib.sha512(slug.encode()).digest() * 6


def text_part(body, cte=None, flowed=False, charset="utf-8"):
    p = EmailMessage()
    kw = {}
    if cte:
        kw["cte"] = cte
    p.set_content(body, charset=charset, **kw)
    if flowed:
        p.set_param("format", "flowed")
    return p


def html_part(markup, cte="quoted-printable"):
    p = EmailMessage()
    p.set_content(markup, subtype="html", cte=cte)
    return p


def add(num, client, quirk, slug, typ, lang, date, frm, subject, body=None, htmlbody=None, fields=None,
        note="", cte=None, flowed=False, attach=(), extra=(), build=None, att_text=()):
    MAILS.append(dict(client=client, quirk=quirk, slug=slug, type=typ, lang=lang, date=date, frm=frm,
                      subject=subject, body=body, html=htmlbody, fields=fields or {}, note=note, cte=cte,
                      flowed=flowed, attach=attach, extra=extra, build=build, att_text=list(att_text)))


def build(m):
    slug = m["slug"]
    if m["build"]:
        msg = m["build"](m)
    else:
        if m["body"] is not None and m["html"] is not None:
            msg = EmailMessage()
            msg.make_alternative()
            msg.attach(text_part(m["body"], m["cte"], m["flowed"]))
            msg.attach(html_part(m["html"]))
        elif m["html"] is not None:
            msg = html_part(m["html"], m["cte"] or "quoted-printable")
        else:
            msg = text_part(m["body"], m["cte"], m["flowed"])
        if m["attach"]:
            if not msg.is_multipart() or msg.get_content_subtype() != "mixed":
                inner = msg
                msg = EmailMessage()
                msg.make_mixed()
                msg.attach(inner)
            for fname, ctype, data in m["attach"]:
                a = EmailMessage()
                if ctype == "message/rfc822":
                    a.set_content(data)
                    a.add_header("Content-Disposition", "inline")
                else:
                    mt, st = ctype.split("/")
                    a.set_content(data, maintype=mt, subtype=st, disposition="attachment", filename=fname)
                msg.attach(a)
    msg["From"] = m["frm"]
    msg["To"] = m.get("to", TO)
    msg["Subject"] = m["subject"]
    msg["Date"] = m["date"]
    dom = m["frm"].split("@")[-1].rstrip(">")
    msg["Message-ID"] = "<%s.%s@%s>" % (h(slug, 12), h(slug[::-1], 8), dom)
    for k, v in m["extra"]:
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    i = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part and "From" not in part:
            del part["MIME-Version"]
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_%s_%d" % (h(slug + str(i), 20), i))
            i += 1
    return msg


def all_text(msg, m):
    out = [str(msg["Subject"])]
    for part in msg.walk():
        ct = part.get_content_type()
        if ct.startswith("text/"):
            t = part.get_content()
            if ct == "text/html":
                t = html.unescape(re.sub(r"<[^>]+>", " ", t))
                t = t  # keep nbsp as is
            out.append(t)
        elif ct == "message/rfc822":
            out.append(str(part.get_content()["Subject"]))
    out.extend(m["att_text"])
    return "\n".join(out)


DAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
        "sen": 0, "sel": 1, "rab": 2, "kam": 3, "jum": 4, "sab": 5, "min": 6,
        "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
MONTHS = {"januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7, "agustus": 8,
          "september": 9, "oktober": 10, "november": 11, "desember": 12, "jan": 1, "feb": 2, "mar": 3,
          "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "agu": 8, "agt": 8, "sep": 9, "okt": 10, "oct": 10,
          "nov": 11, "des": 12, "dec": 12, "january": 1, "february": 2, "march": 3, "june": 6, "july": 7,
          "august": 8, "october": 10, "december": 12}


def check_weekdays(text, year, slug):
    import datetime
    dn = "|".join(sorted(DAYS, key=len, reverse=True))
    mn = "|".join(sorted(MONTHS, key=len, reverse=True))
    for mo in re.finditer(r"\b(%s)\b,?\s*\(?(\d{1,2})(?:\s+(%s)\.?(?:\s+(\d{4}))?|/(\d{1,2})(?:/(\d{4}))?)"
                          % (dn, mn), text, re.I):
        d = int(mo.group(2))
        if mo.group(3):
            mth = MONTHS[mo.group(3).lower()]
            y = int(mo.group(4) or year)
        else:
            mth = int(mo.group(5))
            y = int(mo.group(6) or year)
        if not 1 <= mth <= 12:
            continue
        try:
            wd = datetime.date(y, mth, d).weekday()
        except ValueError:
            sys.exit("%s: bad date %r" % (slug, mo.group(0)))
        if wd != DAYS[mo.group(1).lower()]:
            sys.exit("%s: weekday mismatch %r" % (slug, mo.group(0)))


# ---------------------------------------------------------------- mails
# ===== course_data (22) =====
add(0, "outlookandroid", "terse-ata", "tpp-ganti-instruktur", "course_data", "id",
    "Tue, 08 Sep 2026 05:52:10 +0700", "Capt. Rudi Hartono <rudi.hartono@polibatam.ac.id>",
    "MK TPU2104 ganti instruktur",
    "P4M,\n\nTPU2104 Airframe Structures (ATA 51-57). Instruktur diganti: Agus Salim, A.Md., AMEL B1.\n"
    "Sy pindah ke line maint. Hangar 4 mulai minggu dpn.\n\nTks\nRudi H. / CAMO\n\nGet Outlook for Android",
    fields={"course_code": "TPU2104", "course_name": "Airframe Structures",
            "changes": {"lecturer": "Agus Salim, A.Md., AMEL B1"}})

add(0, "thunderbird", "pgp-signed", "cyber-enrolkey-pgp", "course_data", "en",
    "Wed, 16 Sep 2026 21:14:03 +0700", "Yudha Prasetyo <yudha.p@polibatam.ac.id>",
    "Enrolment key CSF3301 Network Forensics",
    "Hi helpdesk,\n\nThe enrolment key for CSF3301 Network Forensics leaked in a student WhatsApp group.\n"
    "Please rotate it to: nf0rens!c-26b\n\nKey must be case sensitive as written. Do not reply with the key in\n"
    "plaintext, just confirm it is done.\n\nRegards,\nYudha Prasetyo\nCyber Security Programme\n"
    "PGP: 7A3C 19E0 44B1 0D2F 8C6A  91B3 E5D0 2F71 0C9A 6B18\n",
    fields={"course_code": "CSF3301", "course_name": "Network Forensics",
            "changes": {"enrolment_key": "nf0rens!c-26b"}},
    build="pgp")

add(0, "outlook", "smime-p7s", "cyber-shortname-smime", "course_data", "mixed",
    "Thu, 01 Oct 2026 10:02:44 +0700", "Nadia Fitriani <nadia.fitriani@polibatam.ac.id>",
    "Shortname MK Secure Coding",
    "Selamat pagi tim P4M,\n\nUntuk MK Secure Coding (CSF2205), shortname-nya masih \"SC-old\" dari tahun lalu.\n"
    "Please change the short name to SECCODE-TRPL5A ya, supaya konsisten dengan naming convention kita.\n\n"
    "Thank you,\nNadia Fitriani, S.Kom., M.Sc.\nProgram Studi Rekayasa Keamanan Siber\n"
    "This message is digitally signed.\n",
    fields={"course_code": "CSF2205", "course_name": "Secure Coding",
            "changes": {"shortname": "SECCODE-TRPL5A"}},
    build="smime")

add(0, "gmail", "late-night-typo", "karyawan-kelas-malam", "course_data", "id",
    "Fri, 18 Sep 2026 23:47:31 +0700", "Bambang Sutrisno <bambang.sutris78@gmail.com>",
    "tlg pindah kls",
    "malam pak/bu maaf ganggu jam segini baru pulang shift\n\nmk Sistem Kendali Industri kode MK2317 "
    "tolong kelasnya dipindah ke MK-3B Karyawan soalnya yg sekarang ke MK-3A pagi, mhs saya smua kelas "
    "karyawan jd ga bisa masuk\n\nmksh bnyk\nbambang (dosen LB, siang kerja di PT Epson)\n",
    fields={"course_code": "MK2317", "course_name": "Sistem Kendali Industri",
            "changes": {"class": "MK-3B Karyawan"}})

add(0, "outlook", "html-table-numbers", "akt-sks-tabel", "course_data", "id",
    "Mon, 21 Sep 2026 08:30:12 +0700", "Rina Kusumawati <rina.kusuma@polibatam.ac.id>",
    "Koreksi SKS Akuntansi Biaya Lanjutan",
    None,
    "<html><body><p>Yth. Tim P4M,</p><p>Mohon koreksi jumlah SKS pada e-learning untuk mata kuliah berikut "
    "(sesuai SK Kurikulum No. 112/PL29/2026):</p>"
    "<table border=1 cellpadding=4><tr><th>Kode</th><th>Mata Kuliah</th><th>SKS tercatat</th>"
    "<th>SKS seharusnya</th></tr><tr><td>AK3208</td><td>Akuntansi Biaya Lanjutan</td><td>2 (T: 2, P: 0)</td>"
    "<td>3 (T: 2, P: 1)</td></tr></table><p>Total beban semester 5 menjadi 21 SKS, bukan 20 SKS.</p>"
    "<p>Terima kasih.</p><p>Rina Kusumawati, S.E., M.Ak., CA<br>Program Studi Akuntansi Manajerial</p>"
    "</body></html>",
    fields={"course_code": "AK3208", "course_name": "Akuntansi Biaya Lanjutan",
            "changes": {"credits": "3 (T: 2, P: 1)"}})

add(0, "outlook", "jst-formal", "jp-fullname-joint", "course_data", "en",
    "Wed, 07 Oct 2026 11:20:00 +0900", "Kenji Watanabe <k-watanabe@eng.hokuriku-tech.ac.jp>",
    "Request: course title change for joint course (Polibatam - Hokuriku)",
    "Dear Sir or Madam,\n\nI hope this message finds you well. I am writing on behalf of the International "
    "Exchange Committee of Hokuriku Institute of Technology.\n\nFor the joint online course JP-ID Manufacturing "
    "Systems (code JIM401), our committee decided on 2026/10/05 that the course title shall be changed to "
    "\"Smart Manufacturing Systems: Japan-Indonesia Perspectives\".\n\nWe would be most grateful if you could "
    "update the full name on your Moodle site before the second session on 2026/10/20.\n\n"
    "Sincerely yours,\n\nKenji Watanabe, Ph.D.\nAssociate Professor, Department of Mechanical Engineering\n"
    "Hokuriku Institute of Technology\n",
    fields={"course_code": "JIM401", "course_name": "JP-ID Manufacturing Systems",
            "changes": {"fullname": "Smart Manufacturing Systems: Japan-Indonesia Perspectives"}})

add(0, "gmail", "team-teaching-kr", "kr-add-second-lecturer", "course_data", "en",
    "Mon, 12 Oct 2026 16:05:41 +0900", "Park Ji-hoon <jhpark@dongseo-poly.ac.kr>",
    "Add co-lecturer to Mechatronics Project course",
    "Hello P4M team,\n\nI am Park Ji-hoon from Dongseo Polytechnic, teaching with Mr. Hendra in the course "
    "Mechatronics Project (MEC4102).\nPlease add me as a second lecturer. Mr. Hendra will stay as main "
    "lecturer, so do not remove him please.\n\nMy name for the system: Park Ji-hoon\nEmail: "
    "jhpark@dongseo-poly.ac.kr\n\nThank you very much!\nPark Ji-hoon\n",
    fields={"course_code": "MEC4102", "course_name": "Mechatronics Project",
            "changes": {"lecturer": "Park Ji-hoon"}},
    note="Adds a second lecturer (team teaching), the current lecturer stays.")

add(0, "gmail", "codeswitch-au", "au-summary-mixed", "course_data", "mixed",
    "Tue, 15 Sep 2026 13:41:09 +0700", "Dewi Anggraini <dewi.anggraini@polibatam.ac.id>",
    "Update summary course Riset Operasi",
    "Halo tim P4M,\n\nSaya baru balik dari Melbourne, and honestly course summary Riset Operasi (MB3110) itu "
    "masih versi 2019, quite outdated. Tolong di-replace dengan ini ya:\n\n"
    "Mata kuliah ini membahas pemodelan dan optimasi keputusan bisnis menggunakan program linier, model "
    "antrian, dan simulasi berbasis spreadsheet.\n\nCheers,\nDewi Anggraini, PhD\nManajemen Bisnis\n",
    fields={"course_code": "MB3110", "course_name": "Riset Operasi",
            "changes": {"summary": "Mata kuliah ini membahas pemodelan dan optimasi keputusan bisnis menggunakan "
                        "program linier, model antrian, dan simulasi berbasis spreadsheet."}})

add(0, "roundcube", "key-equals-block", "kv-fullname-shortname", "course_data", "id",
    "Thu, 24 Sep 2026 09:12:55 +0700", "Fajar Nugroho <fajar@polibatam.ac.id>",
    "perubahan data MK",
    "Dengan hormat,\n\nBerikut data perubahan MK di e-learning:\n\n"
    "kode_mk      = EN2209\nnama_lama    = Teknik Tenaga Listrik\nnama_baru    = Sistem Tenaga Listrik\n"
    "shortname    = STL-EN2209\n\nMohon diproses. Terima kasih.\n\n-- \nFajar Nugroho, S.T., M.T.\n"
    "Teknik Rekayasa Pembangkit Energi\n",
    fields={"course_code": "EN2209", "course_name": "Teknik Tenaga Listrik",
            "changes": {"fullname": "Sistem Tenaga Listrik", "shortname": "STL-EN2209"}})

add(0, "thunderbird", "arrow-block", "arrow-semester", "course_data", "id",
    "Tue, 29 Sep 2026 14:00:18 +0700", "Lukas Manurung <lukas.m@polibatam.ac.id>",
    "salah semester MK Gas Turbine",
    "Halo,\n\ncourse saya tercatat di semester yang salah. Rinciannya:\n\n  mk       -> PE3305 Gas Turbine Power Plants\n"
    "  semester -> Ganjil 2026/2027\n\n(sekarang masih tertulis Genap 2025/2026, mahasiswa jadi tidak menemukan)\n\n"
    "trims\nLukas\n", flowed=True,
    fields={"course_code": "PE3305", "course_name": "Gas Turbine Power Plants",
            "changes": {"semester": "Ganjil 2026/2027"}})

add(0, "gmail", "markdown-bold", "md-dosen-gelar", "course_data", "id",
    "Mon, 05 Oct 2026 10:45:30 +0700", "Sekretariat TRPL <sekretariat.trpl@polibatam.ac.id>",
    "Penggantian dosen pengampu",
    "Yth. Admin P4M,\n\nMohon penggantian dosen pengampu:\n\n- **Kode MK:** IF3204\n"
    "- **Nama MK:** Kriptografi Terapan\n- **Dosen lama:** Rahmat Hidayat, M.Kom.\n"
    "- **Dosen baru:** Dr. Eng. Siti Marlina, S.T., M.Sc. (Kyushu), M.T.\n- **Alasan:** dosen lama tugas belajar\n\n"
    "Hormat kami,\nSekretariat Prodi TRPL\n",
    fields={"course_code": "IF3204", "course_name": "Kriptografi Terapan",
            "changes": {"lecturer": "Dr. Eng. Siti Marlina, S.T., M.Sc. (Kyushu), M.T."}})

add(0, "gmail", "gdocs-table-nbsp", "gdocs-sks-kelas", "course_data", "id",
    "Wed, 14 Oct 2026 15:22:07 +0700", "Hesti Wulandari <hesti.w@polibatam.ac.id>",
    "Data MK (copas dari Google Docs)",
    "Pak/Bu, berikut saya copas dari dokumen prodi:\n\nKode\u00a0MK | Nama\u00a0MK | SKS baru | Kelas\nAK2104 | "
    "\u201cPerpajakan I\u201d | 4 | AK-2C Malam\n\nTolong SKS dan kelasnya disesuaikan ya. Makasih.\nHesti\n",
    "<div dir=\"ltr\"><div>Pak/Bu, berikut saya copas dari dokumen prodi:</div><br>"
    "<table style=\"border-collapse:collapse\"><tbody><tr><td>Kode&nbsp;MK</td><td>Nama&nbsp;MK</td>"
    "<td>SKS&nbsp;baru</td><td>Kelas</td></tr><tr><td>AK2104</td><td>&ldquo;Perpajakan I&rdquo;</td><td>4</td>"
    "<td>AK-2C&nbsp;Malam</td></tr></tbody></table><br><div>Tolong SKS dan kelasnya disesuaikan ya. Makasih.</div>"
    "<div>Hesti</div></div>",
    fields={"course_code": "AK2104", "course_name": "Perpajakan I",
            "changes": {"credits": "4", "class": "AK-2C Malam"}},
    note="Values in a pasted Google Docs table with smart quotes and non-breaking spaces (HTML has AK-2C&nbsp;Malam).")

add(0, "gmail", "ralat-quoted", "ralat-enrolkey", "course_data", "id",
    "Thu, 22 Oct 2026 07:18:44 +0700", "Yoga Pratama <yoga.pratama@polibatam.ac.id>",
    "Ralat: enrolment key Termodinamika",
    "Ralat email sebelumnya ya, key yang benar: TERMO-26x\n(yang kemarin saya tulis salah satu huruf)\n\n"
    "Yoga\n\nPada Rab, 21 Okt 2026 pukul 20.03 Yoga Pratama <yoga.pratama@polibatam.ac.id>\nmenulis:\n\n"
    "> Selamat malam, mohon ganti enrolment key MK Termodinamika (PE2101) menjadi TERMO-26z\n> Terima kasih\n",
    fields={"course_code": "PE2101", "course_name": "Termodinamika",
            "changes": {"enrolment_key": "TERMO-26x"}},
    note="Correction mail: only the corrected key counts, the earlier value is quoted below.")

add(0, "outlook", "koordinator-change", "koordinator-mk", "course_data", "mixed",
    "Fri, 09 Oct 2026 11:03:29 +0700", "Teguh Santoso <teguh.s@polibatam.ac.id>",
    "RE: Koordinator MK Basic Aircraft Maintenance",
    "Dear P4M,\n\nPer rapat prodi kemarin, koordinator MK Basic Aircraft Maintenance (TPU1101) changes effective "
    "now ke Ir. Wahyu Setiadi, AMEL B1/B2. Mohon di e-learning beliau dijadikan koordinator/lecturer utama, "
    "saya tetap sebagai pengajar biasa.\n\nRgds,\nTeguh Santoso\nTeknik Perawatan Pesawat Udara\n\n"
    "________________________________\nDari: Kaprodi TPPU <kaprodi.tppu@polibatam.ac.id>\n"
    "Dikirim: Kamis, 08 Oktober 2026 16:40\nKepada: Teguh Santoso\nSubjek: Koordinator MK Basic Aircraft "
    "Maintenance\n\nPak Teguh, tolong diteruskan ke P4M ya.\n",
    fields={"course_code": "TPU1101", "course_name": "Basic Aircraft Maintenance",
            "changes": {"lecturer": "Ir. Wahyu Setiadi, AMEL B1/B2"}},
    note="Change of course coordinator; the writer stays as a teaching lecturer.")

add(0, "iosmail", "title-surname", "dosen-pak-siregar", "course_data", "id",
    "Mon, 19 Oct 2026 12:10:50 +0700", "Lina Marpaung <lina.marpaung@polibatam.ac.id>",
    "Ganti dosen Mekanika Fluida",
    "Siang, tolong MK Mekanika Fluida kelas ME-2A dosennya diganti ke Dr. Siregar, saya cuti melahirkan mulai "
    "minggu depan. Kode MK-nya saya lupa, maaf.\n\nLina\n\nDikirim dari iPhone saya\n",
    cte="base64",
    fields={"course_name": "Mekanika Fluida", "changes": {"lecturer": "Dr. Siregar"}},
    note="Replacement named by title and surname only; no course code given.")

add(0, "zimbra", "several-courses", "beberapa-mk-sekaligus", "course_data", "id",
    "Tue, 27 Oct 2026 09:55:13 +0700", "Agustina Lubis <agustina.lubis@polibatam.ac.id>",
    "Perubahan nama 3 MK semester ganjil",
    "Assalamualaikum,\n\nMohon bantuan perubahan nama mata kuliah berikut:\n"
    "1. AK1102 Pengantar Akuntansi II -> Akuntansi Keuangan Dasar II\n"
    "2. AK1105 Aplikasi Komputer Akuntansi -> Sistem Informasi Akuntansi Dasar\n"
    "3. AK1107 Bahasa Inggris Bisnis -> English for Accounting\n\nWassalam,\nAgustina Lubis\n",
    "<div style=\"font-family: arial\"><p>Assalamualaikum,</p><p>Mohon bantuan perubahan nama mata kuliah berikut:"
    "</p><ol><li>AK1102 Pengantar Akuntansi II -&gt; Akuntansi Keuangan Dasar II</li><li>AK1105 Aplikasi Komputer "
    "Akuntansi -&gt; Sistem Informasi Akuntansi Dasar</li><li>AK1107 Bahasa Inggris Bisnis -&gt; English for "
    "Accounting</li></ol><p>Wassalam,<br>Agustina Lubis</p></div>",
    fields={"course_code": "AK1102", "course_name": "Pengantar Akuntansi II",
            "changes": {"fullname": "Akuntansi Keuangan Dasar II"}},
    note="Three courses in one mail; only the first course is labelled.")

add(0, "thunderbird", "flowed-power", "pembangkit-fullname", "course_data", "id",
    "Wed, 02 Sep 2026 10:17:36 +0700", "Hendrik Sembiring <hendrik.s@polibatam.ac.id>",
    "Nama MK Pembangkit Listrik Tenaga Uap",
    "Selamat pagi,\n\nSehubungan dengan penyesuaian kurikulum Teknik Rekayasa Pembangkit Energi, mohon nama mata "
    "kuliah Pembangkit Listrik Tenaga Uap (kode EN3102) di e-learning diubah menjadi Pembangkit Listrik Tenaga "
    "Uap dan Gas. Mata kuliah ini sekarang juga mencakup siklus kombinasi (combined cycle) PLTGU.\n\n"
    "Terima kasih atas bantuannya.\n\nSalam,\nHendrik Sembiring\n", flowed=True,
    fields={"course_code": "EN3102", "course_name": "Pembangkit Listrik Tenaga Uap",
            "changes": {"fullname": "Pembangkit Listrik Tenaga Uap dan Gas"}})

CD_DOCX = ["FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING", "Kode MK: AK2211",
           "Nama MK: Akuntansi Sektor Publik", "Perubahan: Semester 3 menjadi Semester 4",
           "Jumlah SKS: 2 menjadi 3", "Pemohon: Yohana Sitompul, S.E., M.Si.", "Tanggal: 03-11-2026"]
add(0, "outlook", "docx-form", "docx-akt-sektor-publik", "course_data", "id",
    "Tue, 03 Nov 2026 14:28:02 +0700", "Yohana Sitompul <yohana.s@polibatam.ac.id>",
    "Formulir perubahan data MK",
    "Selamat siang,\n\nTerlampir formulir perubahan data MK yang sudah ditandatangani Kaprodi.\n\nSalam,\nYohana\n",
    attach=[("Form_Perubahan_AK2211.docx",
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx(CD_DOCX))],
    att_text=CD_DOCX,
    fields={"course_code": "AK2211", "course_name": "Akuntansi Sektor Publik",
            "changes": {"semester": "Semester 4", "credits": "3"}},
    note="The request sits only in the attached DOCX.")

CD_PDF = ["Memo - Aircraft Maintenance Technology Programme", "To: P4M Helpdesk",
          "Course: TPU3207 Powerplant Gas Turbine Engines (ATA 70-80)",
          "Change of lecturer: replace Mr. Andreas Wijaya with Bayu Kurniawan, S.T., M.Eng., AMEL B1.1",
          "Effective: immediately, for all three classes.", "Signed: Head of Programme"]
add(0, "outlookandroid", "pdf-memo", "pdf-powerplant-lecturer", "course_data", "en",
    "Thu, 05 Nov 2026 08:04:19 +0700", "Andreas Wijaya <andreas.wijaya@polibatam.ac.id>",
    "Memo lecturer change TPU3207",
    "Good morning,\n\nPlease see the attached memo. I am going back to MRO full time next month.\n\n"
    "Best regards,\nAndreas Wijaya\nLicensed Aircraft Engineer\n\nGet Outlook for Android\n",
    attach=[("Memo_TPU3207.pdf", "application/pdf", pdf(CD_PDF))], att_text=CD_PDF,
    fields={"course_code": "TPU3207", "course_name": "Powerplant Gas Turbine Engines",
            "changes": {"lecturer": "Bayu Kurniawan, S.T., M.Eng., AMEL B1.1"}},
    note="The request sits only in the attached PDF memo.")

add(0, "gmail", "rfc822-forward", "fwd-kaprodi-shortname", "course_data", "id",
    "Mon, 09 Nov 2026 10:31:47 +0700", "Putri Maharani <putri.maharani@polibatam.ac.id>",
    "Fwd: shortname MK Audit Energi",
    "Meneruskan email Kaprodi di bawah, mohon ditindaklanjuti.\n\nPutri (admin prodi)\n",
    build="fwd-audit",
    fields={"course_code": "EN4105", "course_name": "Audit Energi",
            "changes": {"shortname": "AUDEN-7A"}},
    note="The request is in a forwarded message/rfc822 part.")

add(0, "gmail", "no-new-value", "nama-tanpa-nilai", "course_data", "id",
    "Wed, 11 Nov 2026 20:40:22 +0800", "Sri Rahayu <srirahayu.akt@gmail.com>",
    "nama mk perlu diubah",
    "Bu/Pak admin,\n\nNama MK Praktikum Akuntansi Perusahaan Jasa (AK1209) di elearning tolong diubah sesuai "
    "kurikulum 2026 ya, soalnya mahasiswa bingung. Nama barunya ikut dokumen kurikulum saja.\n\nTrims\nSri Rahayu\n",
    fields={"course_code": "AK1209", "course_name": "Praktikum Akuntansi Perusahaan Jasa", "changes": {}},
    note="Asks for a rename but gives no new name.")

add(0, "iosmail", "base64-shift", "ios-shift-evening", "course_data", "mixed",
    "Sat, 14 Nov 2026 22:36:05 +0700", "Michael Tan <michael.tan@polibatam.ac.id>",
    "Move Industrial Automation to evening shift",
    "Hi team,\n\nPlease move my course IA2301 Industrial Automation dari shift pagi ke class "
    "MK-5A Evening. Semua mahasiswa saya semester ini kelas karyawan, kerja siang.\n\nThanks,\nMichael\n\nSent from my iPhone\n",
    cte="base64",
    fields={"course_code": "IA2301", "course_name": "Industrial Automation",
            "changes": {"class": "MK-5A Evening"}})
# ===== announcement (16) =====
add(0, "outlook", "ics-invite", "ics-webinar-k3", "announcement", "en",
    "Tue, 06 Oct 2026 09:00:12 +0700", "Energy Engineering Dept <energy.dept@polibatam.ac.id>",
    "Invitation: Webinar on Power Plant Safety @ Thu 15 Oct 2026",
    "Dear P4M,\n\nAttached is the calendar invitation for our webinar. Please also post an announcement "
    "titled \"Webinar: Power Plant Safety Culture\" on the e-learning front page for all users, published on "
    "Monday, 12 October 2026 at 08:00.\n\nThe event itself is on Thursday, 15 October 2026, 13:00-15:00 WIB.\n\n"
    "Regards,\nEnergy Engineering Department\n",
    build="ics",
    fields={"title": "Webinar: Power Plant Safety Culture", "scope": "site",
            "publish_at": "2026-10-12T08:00:00+07:00"},
    note="Calendar invitation; the event time is not the publish time.")

add(0, "gmail", "bem-senin-pkl", "bem-pengumuman-senin", "announcement", "id",
    "Fri, 27 Nov 2026 20:11:36 +0700", "BEM Polibatam <bem@students.polibatam.ac.id>",
    "Permohonan pengumuman: Donor Darah BEM",
    "Salam mahasiswa!\n\nKami dari BEM Polibatam memohon bantuan P4M untuk menayangkan pengumuman di halaman "
    "depan e-learning (untuk seluruh civitas):\n\nJudul: Donor Darah Bersama BEM x PMI Kota Batam\n"
    "Tayang: Senin (7/12) pkl 07.30\nIsi: Kegiatan donor darah dilaksanakan Rabu (9/12) di Gedung Utama lt. 1, "
    "pukul 09.00-14.00.\n\nHidup mahasiswa!\nKementerian Sosial BEM Polibatam\n",
    fields={"title": "Donor Darah Bersama BEM x PMI Kota Batam", "scope": "site",
            "publish_at": "2026-12-07T07:30:00+07:00"})

add(0, "zimbra", "besok-lusa", "perpus-besok-lusa", "announcement", "id",
    "Wed, 04 Nov 2026 13:25:40 +0700", "Perpustakaan Polibatam <perpustakaan@polibatam.ac.id>",
    "Pengumuman perpustakaan: jam layanan UAS",
    "Yth. Tim P4M,\n\nMohon ditayangkan pengumuman untuk seluruh pengguna e-learning berjudul \"Perpanjangan "
    "Jam Layanan Perpustakaan Selama UAS\" besok lusa jam 10.\n\nIsi: Selama UAS perpustakaan buka sampai "
    "pukul 21.00.\n\nSalam literasi,\nUPT Perpustakaan\n",
    "<div style=\"font-family: Arial\"><p>Yth. Tim P4M,</p><p>Mohon ditayangkan pengumuman untuk seluruh "
    "pengguna e-learning berjudul \"Perpanjangan Jam Layanan Perpustakaan Selama UAS\" besok lusa jam 10.</p>"
    "<p>Isi: Selama UAS perpustakaan buka sampai pukul 21.00.</p><p>Salam literasi,<br>UPT Perpustakaan</p></div>",
    fields={"title": "Perpanjangan Jam Layanan Perpustakaan Selama UAS", "scope": "site",
            "publish_at": "2026-11-06T10:00:00+07:00"})

add(0, "gmail", "one-class", "kelas-tpu-ruang", "announcement", "id",
    "Mon, 14 Sep 2026 06:48:03 +0700", "Irfan Maulana <irfan.maulana@polibatam.ac.id>",
    "pengumuman utk kelas TPU-3A",
    "Pagi, tlg pasang pengumuman di course Aircraft Electrical Systems kelas TPU-3A aja:\n\n"
    "\"Praktikum Dipindah ke Hangar Bandara Hang Nadim\" - praktikum minggu ini di hangar, bawa ear protection "
    "dan ID card.\n\nIrfan\n",
    fields={"course_name": "Aircraft Electrical Systems", "title": "Praktikum Dipindah ke Hangar Bandara Hang Nadim",
            "scope": "course"})

add(0, "outlook", "h-1-uts-known", "h1-uts-jam9", "announcement", "id",
    "Thu, 08 Oct 2026 15:40:27 +0700", "Maya Sari <maya.sari@polibatam.ac.id>",
    "Pengumuman kisi-kisi UTS Perpajakan II",
    "Selamat sore,\n\nUTS Perpajakan II (AK3102) dijadwalkan Senin, 19 Oktober 2026. Mohon pengumuman "
    "berjudul \"Kisi-kisi UTS Perpajakan II\" ditayangkan di course tersebut H-1 sebelum UTS jam 9 pagi.\n\n"
    "Terima kasih,\nMaya Sari, S.E., M.Ak.\n",
    fields={"course_code": "AK3102", "course_name": "Perpajakan II", "title": "Kisi-kisi UTS Perpajakan II",
            "scope": "course", "publish_at": "2026-10-18T09:00:00+07:00"},
    note="H-1 before the exam date stated in the mail, at 09:00.")

add(0, "gmail", "h-1-unknown", "h1-uts-tanpa-tanggal", "announcement", "mixed",
    "Fri, 16 Oct 2026 21:02:55 +0700", "Reza Aditya <reza.aditya@polibatam.ac.id>",
    "announcement reminder UTS Secure Network",
    "Hi P4M,\n\nTolong setup announcement di course Secure Network Design ya, title-nya \"Reminder: UTS "
    "Open Book Rules\". Publish H-1 sebelum UTS jam 9 pagi. Jadwal UTS-nya nanti BAAK yang rilis, I'm not sure "
    "yet tanggalnya.\n\nThanks!\nReza\n",
    fields={"course_name": "Secure Network Design", "title": "Reminder: UTS Open Book Rules", "scope": "course"},
    note="Publish time relative to an exam date the mail does not give: no publish_at.")

add(0, "outlook", "wit-jayapura", "jayapura-wit", "announcement", "id",
    "Tue, 20 Oct 2026 10:14:09 +0900", "Yakobus Wenda <y.wenda@poltekjayapura.ac.id>",
    "Mohon penayangan pengumuman kuliah tamu",
    "Yth. Pengelola e-learning Politeknik Negeri Batam,\n\nDalam rangka kerja sama antar-politeknik, kami mohon "
    "pengumuman berjudul \"Kuliah Tamu: Energi Terbarukan di Tanah Papua\" ditayangkan di e-learning untuk "
    "seluruh mahasiswa pada Kamis, 22 Oktober 2026 pukul 11.00 WIT.\n\nHormat kami,\nYakobus Wenda, S.T., M.T.\n"
    "Politeknik Negeri Jayapura\n",
    fields={"title": "Kuliah Tamu: Energi Terbarukan di Tanah Papua", "scope": "site",
            "publish_at": "2026-10-22T09:00:00+07:00"},
    note="Publish time given in WIT (+09:00), converted to WIB.")

add(0, "outlook", "jst-slash-date", "jp-announce-slash", "announcement", "en",
    "Mon, 23 Nov 2026 10:30:00 +0900", "Yuki Tanaka <tanaka.yuki@hokuriku-tech.ac.jp>",
    "Request for announcement: Short-term Exchange Programme 2027",
    "Dear P4M Helpdesk,\n\nWe respectfully request that the following announcement be posted on your "
    "e-learning site for all students.\n\nTitle: Call for Applicants - Hokuriku Short-term Exchange Programme 2027\n"
    "Publication: 2026/12/01 9:00 (Western Indonesian Time)\nApplication deadline: 2027/01/15\n\n"
    "Thank you very much for your kind cooperation.\n\nYours sincerely,\nYuki Tanaka\nInternational Office\n"
    "Hokuriku Institute of Technology\n",
    fields={"title": "Call for Applicants - Hokuriku Short-term Exchange Programme 2027", "scope": "site",
            "publish_at": "2026-12-01T09:00:00+07:00"})

add(0, "gmail", "kr-no-time", "kr-announce-course", "announcement", "en",
    "Thu, 29 Oct 2026 17:22:31 +0900", "Lee Seo-yeon <sylee@dongseo-poly.ac.kr>",
    "announcement for Mechatronics Project students",
    "Hello,\n\nCould you post an announcement in the course Mechatronics Project (MEC4102)?\nTitle: Online "
    "meeting with Dongseo students\nPlease publish it on November 2. Meeting will be on November 5, 3pm Korea time.\n\n"
    "Thank you!\nLee Seo-yeon\n",
    fields={"course_code": "MEC4102", "course_name": "Mechatronics Project",
            "title": "Online meeting with Dongseo students", "scope": "course"},
    note="Publish date without a clock time; the meeting time is an event time.")

add(0, "outlookandroid", "terse-class", "tpp-hangar-safety", "announcement", "mixed",
    "Wed, 11 Nov 2026 05:31:18 +0700", "Capt. Rudi Hartono <rudi.hartono@polibatam.ac.id>",
    "Announcement TPU2104",
    "P4M,\n\nPost di course TPU2104 pls:\nTitle: FOD Walk Wajib Sebelum Praktik\nPublish: today 12.00\n"
    "Isi: Semua siswa FOD walk 15 mnt sebelum masuk hangar. No FOD, no entry.\n\nRudi H.\n\nGet Outlook for Android\n",
    fields={"course_code": "TPU2104", "title": "FOD Walk Wajib Sebelum Praktik", "scope": "course",
            "publish_at": "2026-11-11T12:00:00+07:00"})

add(0, "thunderbird", "pgp-site", "cyber-phishing-pgp", "announcement", "en",
    "Mon, 02 Nov 2026 08:12:44 +0700", "Yudha Prasetyo <yudha.p@polibatam.ac.id>",
    "Site-wide notice: phishing campaign targeting Moodle logins",
    "Hello P4M,\n\nWe observed a phishing campaign imitating the e-learning login page (lookalike domain).\n"
    "Please publish a site announcement today at 10:00.\n\nTitle: Security Alert: Fake "
    "E-learning Login Pages\nBody: Never enter your password on pages outside elearning.polibatam.ac.id. "
    "Report suspicious mail to the CSIRT.\n\nYudha Prasetyo\nCyber Security Programme / CSIRT\n",
    build="pgp",
    fields={"title": "Security Alert: Fake E-learning Login Pages", "scope": "site",
            "publish_at": "2026-11-02T10:00:00+07:00"})

add(0, "zimbra", "date-only", "zimbra-seminar-tanggal", "announcement", "id",
    "Thu, 17 Sep 2026 11:06:52 +0700", "Jurusan Teknik Elektro <jte@polibatam.ac.id>",
    "Pengumuman Seminar Nasional Energi",
    None,
    "<html><body><div style=\"font-family: times new roman\"><p>Kepada Yth. Admin E-learning,</p><p>Mohon "
    "ditayangkan pengumuman untuk seluruh sivitas akademika dengan judul <b>Seminar Nasional Transisi Energi "
    "2026</b> mulai tanggal 21 September 2026.</p><p>Seminar dilaksanakan Sabtu, 3 Oktober 2026 pukul 08.00 WIB."
    "</p><p>Hormat kami,<br>Jurusan Teknik Elektro</p></div></body></html>",
    fields={"title": "Seminar Nasional Transisi Energi 2026", "scope": "site"},
    note="Publish date without a time; the seminar time is an event time.")

add(0, "gmail", "tonight-evening", "karyawan-malam-ini", "announcement", "id",
    "Tue, 10 Nov 2026 17:58:30 +0700", "Bambang Sutrisno <bambang.sutris78@gmail.com>",
    "pengumuman kelas karyawan",
    "sore bu/pak\ntlg pasang pengumuman di mk Sistem Kendali Industri kls MK-3B Karyawan\njudul: Kuliah Malam Ini "
    "Online via Zoom\ntayang malam ini jam 19.00 ya, sy masih lembur di pabrik blm tentu sempat\n\nmakasih\nbambang\n",
    fields={"course_name": "Sistem Kendali Industri", "title": "Kuliah Malam Ini Online via Zoom",
            "scope": "course", "publish_at": "2026-11-10T19:00:00+07:00"})

add(0, "gmail", "nested-blockquote", "reply-tambah-jam", "announcement", "id",
    "Wed, 25 Nov 2026 08:20:15 +0700", "Dian Puspita <dian.puspita@polibatam.ac.id>",
    "Re: Pengumuman Yudisium",
    "Tambahan: tolong tayang Jumat, 27 November 2026 jam 13.00 ya.\n\nPada Sel, 24 Nov 2026 pukul 16.02 Dian "
    "Puspita <dian.puspita@polibatam.ac.id>\nmenulis:\n> Mohon pengumuman \"Jadwal Yudisium Semester Genap\" "
    "ditayangkan untuk seluruh mahasiswa.\n>\n> Pada Sel, 24 Nov 2026 pukul 14.10 Helpdesk P4M "
    "<helpdesk-p4m@polibatam.ac.id>\n> menulis:\n>> Silakan kirim judul dan isinya, Bu.\n",
    "<div dir=\"ltr\">Tambahan: tolong tayang Jumat, 27 November 2026 jam 13.00 ya.</div><br>"
    "<div class=\"gmail_quote\"><div class=\"gmail_attr\">Pada Sel, 24 Nov 2026 pukul 16.02 Dian Puspita "
    "&lt;dian.puspita@polibatam.ac.id&gt;<br>menulis:<br></div><blockquote class=\"gmail_quote\">Mohon pengumuman "
    "&quot;Jadwal Yudisium Semester Genap&quot; ditayangkan untuk seluruh mahasiswa.<br><br>"
    "<div class=\"gmail_quote\"><div class=\"gmail_attr\">Pada Sel, 24 Nov 2026 pukul 14.10 Helpdesk P4M "
    "&lt;helpdesk-p4m@polibatam.ac.id&gt;<br>menulis:<br></div><blockquote class=\"gmail_quote\">Silakan kirim "
    "judul dan isinya, Bu.</blockquote></div></blockquote></div>",
    fields={"title": "Jadwal Yudisium Semester Genap", "scope": "site",
            "publish_at": "2026-11-27T13:00:00+07:00"},
    note="Reply adds the publish time; the title is in the quoted earlier mail.")

add(0, "outlook", "encoded-subject-qp", "qp-pengumuman-en", "announcement", "en",
    "Fri, 25 Sep 2026 13:33:21 +0700", "Sarah Hutapea <sarah.hutapea@polibatam.ac.id>",
    "Announcement \u2013 Energy Economics quiz postponed",
    "Dear helpdesk team,\n\nPlease post an announcement in my course Energy Economics (EN3207):\n\n"
    "Title: Quiz 2 Postponed \u2013 New Date to Follow\nPublish: Monday, 28 September 2026, 07:00 WIB\n\n"
    "Kind regards,\nSarah Hutapea, M.Eng.\n", cte="quoted-printable",
    fields={"course_code": "EN3207", "course_name": "Energy Economics",
            "title": "Quiz 2 Postponed \u2013 New Date to Follow", "scope": "course",
            "publish_at": "2026-09-28T07:00:00+07:00"})

add(0, "roundcube", "accounting-mixed", "akt-pengumuman-mixed", "announcement", "mixed",
    "Mon, 16 Nov 2026 10:49:03 +0700", "Rina Kusumawati <rina.kusuma@polibatam.ac.id>",
    "Pengumuman course Akuntansi Biaya Lanjutan",
    "Dear tim P4M,\n\nMohon dibuatkan announcement di course AK3208 Akuntansi Biaya Lanjutan:\n\n"
    "Judul   : Pengumpulan Laporan Job Order Costing\nPublish : Rabu, 18 November 2026 pukul 08.15\n"
    "Deadline: Jumat, 27 November 2026 pukul 23.59 (format .xlsx, maks. 5 MB)\n\nThanks a lot,\nRina\n",
    fields={"course_code": "AK3208", "course_name": "Akuntansi Biaya Lanjutan",
            "title": "Pengumpulan Laporan Job Order Costing", "scope": "course",
            "publish_at": "2026-11-18T08:15:00+07:00"})
# ===== elearning_support (12) =====
add(0, "outlookandroid", "login-terse", "tpp-login-gagal", "elearning_support", "id",
    "Thu, 03 Sep 2026 05:20:45 +0700", "Agus Salim <agus.salim@polibatam.ac.id>",
    "Login elearning gagal",
    "Sy tdk bisa login elearning, \"Invalid login\" terus. Pwd sdh reset via SSO tetap sama. Mohon cek akun "
    "agus.salim.\n\nAgus S., AMEL B1\n\nGet Outlook for Android\n")

add(0, "gmail", "whether-possible", "tanya-bisa-ganti-sks", "elearning_support", "id",
    "Mon, 28 Sep 2026 20:45:10 +0700", "Hesti Wulandari <hesti.w@polibatam.ac.id>",
    "tanya: bisa ganti SKS sendiri?",
    "Malam Pak/Bu,\n\nMau tanya, apakah jumlah SKS di e-learning bisa saya ubah sendiri lewat Edit settings, atau "
    "harus lewat P4M? Kalau bisa sendiri, menunya di mana ya?\n\nTerima kasih,\nHesti\n",
    note="A question whether a change is possible, no change requested.")

add(0, "iosmail", "au-quiz-mixed", "au-quiz-timer", "elearning_support", "mixed",
    "Wed, 30 Sep 2026 14:12:33 +0700", "Dewi Anggraini <dewi.anggraini@polibatam.ac.id>",
    "Quiz timer issue",
    "Hi P4M,\n\nQuiz 1 di Riset Operasi auto-submit setelah 10 menit padahal time limit-nya 60 minutes. Beberapa "
    "students kehilangan jawaban. Could you check the quiz settings? Atau ada override yang nyangkut?\n\n"
    "Thanks,\nDewi\n\nSent from my iPhone\n", cte="base64")

add(0, "gmail", "evening-enrol", "karyawan-mhs-tak-masuk", "elearning_support", "id",
    "Sat, 26 Sep 2026 23:58:02 +0700", "Joko Widodo S <jokows.teknik@yahoo.co.id>",
    "mhs kls karyawan blm masuk course",
    "mlm pak, sy dosen kls karyawan TMK. ada 12 mhs blm ke enrol di course Gambar Teknik kls karyawan, mrk "
    "baru bayar ukt minggu lalu. tlg dicek dan dimasukkan. list nim nyusul besok sy ketik di kantor\n\njoko\n")

add(0, "thunderbird", "upload-limit", "upload-size-pdf", "elearning_support", "id",
    "Tue, 06 Oct 2026 11:27:48 +0800", "Lukas Manurung <lukas.m@polibatam.ac.id>",
    "Batas upload tugas",
    "Halo,\n\nMahasiswa tidak bisa mengunggah file simulasi pembangkit (sekitar 45 MB, .zip) ke assignment di "
    "Gas Turbine Power Plants. Keterangannya ukuran maksimum 20 MB. Apakah batasnya bisa dinaikkan khusus untuk\n"
    "tugas ini saja?\n\nTerima kasih,\nLukas\n", flowed=True)

add(0, "gmail", "howto-rename", "howto-ganti-nama", "elearning_support", "mixed",
    "Thu, 22 Oct 2026 11:38:19 +0700", "Reza Aditya <reza.aditya@polibatam.ac.id>",
    "how to ganti course name sendiri",
    "Hi tim,\n\nQuick question: gimana cara ganti course full name sendiri di Moodle? Saya editing teacher tapi "
    "field-nya greyed out. Is it locked by admin?\n\nThanks,\nReza\n",
    note="How-to question about renaming a course: support, not a change request.")

add(0, "outlook", "jp-access", "jp-guest-access", "elearning_support", "en",
    "Fri, 30 Oct 2026 09:10:00 +0900", "Kenji Watanabe <k-watanabe@eng.hokuriku-tech.ac.jp>",
    "Access to the joint course for our students",
    "Dear Sir or Madam,\n\nOur students (14 persons) have not yet received accounts for the joint course on your "
    "Moodle site. The course begins on 2026/11/09. Could you kindly tell us the procedure for creating guest "
    "accounts and enrolling them?\n\nSincerely yours,\nKenji Watanabe, Ph.D.\n")

add(0, "roundcube", "course-hidden", "course-tak-tampil", "elearning_support", "id",
    "Tue, 08 Sep 2026 08:41:26 +0700", "Fajar Nugroho <fajar@polibatam.ac.id>",
    "course tidak tampil di dashboard mahasiswa",
    "Selamat pagi,\n\nCourse Sistem Tenaga Listrik saya tidak muncul di dashboard mahasiswa, padahal mereka "
    "sudah terdaftar. Visibility sudah saya set Show. Mohon bantuannya dicek.\n\n-- \nFajar Nugroho, S.T., M.T.\n")

add(0, "zimbra", "turnitin", "turnitin-error", "elearning_support", "id",
    "Mon, 19 Oct 2026 13:55:37 +0700", "Agustina Lubis <agustina.lubis@polibatam.ac.id>",
    "Turnitin error di tugas akhir",
    "Selamat siang,\n\nSaat mahasiswa mengunggah laporan di assignment Turnitin MK Akuntansi Keuangan Dasar II "
    "muncul pesan \"Submission failed: file could not be processed\". File PDF biasa, 2 MB. Mohon bantuan.\n\n"
    "Agustina\n",
    "<div style=\"font-family: arial\"><p>Selamat siang,</p><p>Saat mahasiswa mengunggah laporan di assignment "
    "Turnitin MK Akuntansi Keuangan Dasar II muncul pesan &quot;Submission failed: file could not be processed"
    "&quot;. File PDF biasa, 2 MB. Mohon bantuan.</p><p>Agustina</p></div>")

add(0, "gmail", "kr-password", "kr-reset-password", "elearning_support", "en",
    "Tue, 17 Nov 2026 15:44:51 +0900", "Park Ji-hoon <jhpark@dongseo-poly.ac.kr>",
    "Cannot log in - password reset mail not arriving",
    "Hello,\n\nI clicked \"Forgotten your password?\" three times but no mail arrives to jhpark@dongseo-poly.ac.kr. "
    "Maybe our spam filter blocks it? Could you reset manually?\n\nBest,\nPark Ji-hoon\n")

add(0, "outlook", "smime-bbb", "cyber-bbb-recording", "elearning_support", "id",
    "Thu, 12 Nov 2026 16:30:08 +0700", "Nadia Fitriani <nadia.fitriani@polibatam.ac.id>",
    "Rekaman BigBlueButton tidak muncul",
    "Selamat sore,\n\nRekaman BigBlueButton MK Secure Coding tanggal 9 dan 10 November tidak muncul di "
    "course. Sesi sudah direkam (tanda merah menyala). Mohon dicek server rekamannya.\n\n"
    "Salam,\nNadia Fitriani\n", build="smime")

add(0, "gmail", "gradebook-typo", "karyawan-nilai-hilang", "elearning_support", "id",
    "Sun, 22 Nov 2026 23:12:40 +0700", "Bambang Sutrisno <bambang.sutris78@gmail.com>",
    "nilai quiz ilang",
    "pak/bu nilai quiz 2 di mk Sistem Kendali Industri kok ilang smua di gradebook, td sore msh ada. sy ga "
    "ngapa2in cuma ubah bobot kategori. tlg bantu cek krn mau rekap besok\n\nbambang\n")

# ===== document_request (7) =====
add(0, "outlookandroid", "rps-template", "tpp-minta-rps", "document_request", "id",
    "Mon, 07 Sep 2026 05:44:58 +0700", "Teguh Santoso <teguh.s@polibatam.ac.id>",
    "Template RPS",
    "P4M, mohon kirim template RPS terbaru (format OBE) utk MK Basic Aircraft Maintenance. Yg lama blm ada kolom "
    "CPMK.\n\nTeguh\n\nGet Outlook for Android\n")

add(0, "outlook", "bap-form", "akt-form-bap", "document_request", "id",
    "Wed, 23 Sep 2026 09:15:34 +0700", "Yohana Sitompul <yohana.s@polibatam.ac.id>",
    "Permintaan formulir BAP perkuliahan",
    "Yth. P4M,\n\nMohon dikirimkan formulir Berita Acara Perkuliahan (BAP) versi 2026 dalam format .docx, "
    "untuk 3 (tiga) kelas Akuntansi Sektor Publik. Terima kasih.\n\nYohana Sitompul, S.E., M.Si.\n")

add(0, "thunderbird", "sop-lab", "sop-lab-pembangkit", "document_request", "id",
    "Fri, 02 Oct 2026 14:03:11 +0700", "Hendrik Sembiring <hendrik.s@polibatam.ac.id>",
    "SOP penggunaan laboratorium",
    "Selamat siang,\n\nUntuk persiapan visitasi akreditasi, kami membutuhkan SOP penggunaan laboratorium dan "
    "instruksi kerja K3 yang berlaku di Polibatam. Apakah P4M dapat mengirimkan dokumen terbarunya?\n\n"
    "Salam,\nHendrik Sembiring\n", flowed=True)

add(0, "outlook", "jp-quality-doc", "jp-credit-transfer-sop", "document_request", "en",
    "Mon, 26 Oct 2026 14:00:00 +0900", "Yuki Tanaka <tanaka.yuki@hokuriku-tech.ac.jp>",
    "Request for documents on credit transfer",
    "Dear P4M,\n\nIn preparation for the exchange programme starting 2027/04/01, we would be grateful to receive "
    "your standard operating procedure for credit transfer and the course evaluation form used at your "
    "institution, in English if available.\n\nYours sincerely,\nYuki Tanaka\nInternational Office\n")

add(0, "gmail", "evening-form", "karyawan-form-izin", "document_request", "id",
    "Thu, 29 Oct 2026 22:50:27 +0700", "Joko Widodo S <jokows.teknik@yahoo.co.id>",
    "formulir kuliah pengganti",
    "mlm, mnt tolong kirimi formulir kuliah pengganti ya pak, minggu dpn sy dinas luar dr pabrik jd kls "
    "karyawan hrs diganti harinya. mksh\n\njoko\n")

add(0, "gmail", "au-rubric", "au-template-rubrik", "document_request", "mixed",
    "Tue, 10 Nov 2026 09:37:02 +0700", "Dewi Anggraini <dewi.anggraini@polibatam.ac.id>",
    "Template rubrik penilaian",
    "Halo P4M,\n\nDo you have template rubrik penilaian yang standar dari P4M? Di Aussie kita biasa pakai "
    "analytic rubric, tapi saya mau align dengan format institusi. Kalau ada versi Word, please send ya.\n\n"
    "Cheers,\nDewi\n")

add(0, "thunderbird", "pgp-doc", "cyber-sop-insiden", "document_request", "en",
    "Wed, 18 Nov 2026 10:05:39 +0700", "Yudha Prasetyo <yudha.p@polibatam.ac.id>",
    "Request: incident handling SOP and data classification policy",
    "Hello P4M,\n\nFor the ISO 27001 module we need the campus SOP on IT security incident handling and the "
    "data classification policy document, if P4M holds them as quality documents. PDF is fine.\n\n"
    "Regards,\nYudha Prasetyo\n", build="pgp")
# ===== other (7) =====
add(0, "gmail", "thanks-old-ticket", "terima-kasih-tiket", "other", "id",
    "Fri, 11 Sep 2026 07:30:16 +0700", "Irfan Maulana <irfan.maulana@polibatam.ac.id>",
    "Re: [P4M-2026-0913] Ganti nama MK Aircraft Electrical",
    "Sudah berubah, terima kasih banyak tim P4M, cepat sekali.\n\nIrfan\n\nPada Kam, 10 Sep 2026 pukul 15.12 "
    "Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nmenulis:\n> Yth. Bapak Irfan,\n> Permintaan Anda [P4M-2026-0913] "
    "telah kami selesaikan: nama MK diubah menjadi Aircraft Electrical Systems.\n",
    note="Thank-you quoting the closed ticket.")

add(0, "iosmail", "already-done", "sudah-ubah-sendiri", "other", "mixed",
    "Tue, 13 Oct 2026 12:22:09 +0700", "Michael Tan <michael.tan@polibatam.ac.id>",
    "FYI enrolment key sudah saya ganti",
    "Hi P4M,\n\nJust FYI, enrolment key Industrial Automation sudah saya ganti sendiri tadi pagi ke IAUTO-ev26, "
    "jadi tidak perlu diproses lagi ya request saya yang kemarin.\n\nThanks,\nMichael\n\nSent from my iPhone\n",
    cte="base64", note="The lecturer already made the change; nothing to do.")

add(0, "gmail", "complaint-no-value", "komplain-salah-ganti", "other", "id",
    "Tue, 03 Nov 2026 16:47:55 +0700", "Lina Marpaung <lina.marpaung@polibatam.ac.id>",
    "Re: Ganti dosen Mekanika Fluida",
    "Mohon maaf, perubahan kemarin keliru. Yang diganti malah kelas ME-2B, bukan kelas saya. Sekarang dua kelas "
    "dosennya sama. Lain kali tolong dibaca lebih teliti ya.\n\nLina\n",
    note="Complaint about an earlier change, no new value given.")

add(0, "roundcube", "siakad-baak", "siakad-nilai", "other", "id",
    "Wed, 18 Nov 2026 11:10:42 +0700", "Maya Sari <maya.sari@polibatam.ac.id>",
    "perbaikan nilai di SIAKAD",
    "Selamat siang,\n\nNilai akhir mahasiswa a.n. Rizky Ananda (NIM 3312401045) di SIAKAD tertulis C, seharusnya "
    "B+. Mohon diperbaiki. Kalau ini bukan wewenang P4M, mohon diteruskan ke BAAK.\n\nMaya Sari\n",
    note="SIAKAD grade correction, misdirected (BAAK).")

add(0, "outlook", "fwd-newsletter", "fwd-newsletter-energi", "other", "en",
    "Mon, 21 Sep 2026 13:18:27 +0700", "Sarah Hutapea <sarah.hutapea@polibatam.ac.id>",
    "FW: Energy Transition Newsletter - September 2026",
    "FYI, might be interesting for the e-learning team (MOOC section).\n\nSarah\n\n"
    "________________________________\nFrom: IESR Newsletter <newsletter@energytransition-asia.org>\n"
    "Sent: Monday, 21 September 2026 09:00\nTo: Sarah Hutapea\nSubject: Energy Transition Newsletter - "
    "September 2026\n\nIn this issue: grid-scale storage in ASEAN, a free MOOC on solar PV design, and "
    "upcoming webinars.\nUnsubscribe | Manage preferences\n",
    note="A human forwards a newsletter FYI; no request.")

add(0, "gmail", "kr-visit", "kr-kunjungan", "other", "en",
    "Thu, 05 Nov 2026 10:02:12 +0900", "Lee Seo-yeon <sylee@dongseo-poly.ac.kr>",
    "Visit schedule in December",
    "Hello,\n\nOur delegation (5 professors) plans to visit Polibatam in December. Could you tell us who in your "
    "office we should contact to arrange the meeting? Thank you.\n\nLee Seo-yeon\n",
    note="Partner asking about a visit; misdirected.")

add(0, "outlook", "smime-phish-report", "cyber-lapor-phishing", "other", "mixed",
    "Fri, 20 Nov 2026 08:55:31 +0700", "Nadia Fitriani <nadia.fitriani@polibatam.ac.id>",
    "Heads up: phishing mail pakai nama P4M",
    "Pagi tim P4M,\n\nJust a heads-up: ada email phishing beredar dengan sender \"Helpdesk P4M\" dari domain "
    "lookalike. Kami dari CSIRT sudah block domain-nya. Tidak perlu action dari P4M, hanya info.\n\nBest,\n"
    "Nadia\n", build="smime", note="Information only; no request.")

# ===== auto (6) =====
add(0, "outlook", "calendar-accepted", "accepted-rapat", "auto", "en",
    "Wed, 07 Oct 2026 08:02:33 +0700", "Hendrik Sembiring <hendrik.s@polibatam.ac.id>",
    "Accepted: Koordinasi e-learning Jurusan Teknik Elektro",
    "", build="accepted", note="Calendar auto-reply 'Accepted:'.")

add(0, "moodle", "forum-digest", "moodle-digest", "auto", "id",
    "Sat, 24 Oct 2026 02:00:05 +0700", "E-Learning Polibatam (via forum) <noreply@elearning.polibatam.ac.id>",
    "Ringkasan forum E-Learning Polibatam",
    "Ringkasan forum E-Learning Polibatam\n\nIni adalah ringkasan harian.\n\n"
    "EN3207 -> Forum -> Pengumuman -> Kuis 2 diundur\noleh Sarah Hutapea - Jumat, 23 Oktober 2026, 10:12\n"
    "Kuis 2 dilaksanakan minggu depan.\n\n-----------------\nUbah preferensi ringkasan forum: "
    "https://elearning.polibatam.ac.id/mod/forum/index.php?id=412\n",
    extra=[("Precedence", "bulk"), ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
           ("List-Id", "\"forum digest\" <digest.elearning.polibatam.ac.id>"),
           ("List-Unsubscribe", "<https://elearning.polibatam.ac.id/mod/forum/unsubscribe.php?id=412>")])

add(0, "google", "dmarc-report", "dmarc-aggregate", "auto", "en",
    "Tue, 15 Sep 2026 07:59:59 +0700", "noreply-dmarc-support@google.com",
    "Report domain: polibatam.ac.id Submitter: google.com Report-ID: 8841297734120098821",
    "", build="dmarc", note="DMARC aggregate report.")

add(0, "zimbra", "vacation-subject-only", "cuti-balasan", "auto", "id",
    "Mon, 16 Nov 2026 09:00:44 +0700", "Yohana Sitompul <yohana.s@polibatam.ac.id>",
    "Sedang Cuti: Re: Formulir BAP perkuliahan",
    "Terima kasih atas email Anda. Saya sedang cuti tahunan sampai dengan 23 November 2026 dan akses email "
    "terbatas. Untuk urusan mendesak silakan hubungi Sekretariat Prodi Akuntansi.\n\nSalam,\nYohana Sitompul\n",
    note="Vacation reply recognisable only by its subject and wording (no Auto-Submitted header).")

add(0, "mailerdaemon", "mailbox-full", "bounce-mailbox-full", "auto", "en",
    "Fri, 06 Nov 2026 14:12:08 +0700", "Mail Delivery System <MAILER-DAEMON@mx1.polibatam.ac.id>",
    "Undelivered Mail Returned to Sender",
    "", build="bounce", note="Bounce: recipient mailbox full.")

add(0, "sharepoint", "sharepoint-notify", "sharepoint-dokumen", "auto", "id",
    "Thu, 26 Nov 2026 15:31:20 +0700", "SharePoint Online <no-reply@sharepointonline.com>",
    "Rina membagikan \"Rekap SKS Akuntansi 2026.xlsx\"",
    None,
    "<html><body><table width=\"100%\"><tr><td><p>Rina Kusumawati membagikan file dengan Anda</p>"
    "<p><b>Rekap SKS Akuntansi 2026.xlsx</b></p><p>&quot;Untuk arsip P4M&quot;</p>"
    "<p><a href=\"https://polibatam.sharepoint.com/:x:/s/akuntansi/EaB7\">Open</a></p>"
    "<p style=\"font-size:10px\">Microsoft menghormati privasi Anda. Email ini dikirim dari kotak surat "
    "yang tidak dipantau.</p></td></tr></table></body></html>",
    extra=[("Auto-Submitted", "auto-generated"), ("X-MS-Exchange-Organization-AuthSource", "sharepointonline.com")],
    note="SharePoint no-reply notification.")


# ---------------------------------------------------------------- special builders
def _signed(m, protocol, micalg, sigpart):
    msg = EmailMessage()
    msg.make_mixed()
    msg.replace_header("Content-Type", 'multipart/signed; protocol="%s"; micalg=%s' % (protocol, micalg))
    msg.attach(text_part(m["body"], "quoted-printable"))
    msg.attach(sigpart)
    return msg


def b_pgp(m):
    sig = EmailMessage()
    sig.set_content(pgp_sig(m["slug"]).encode(), maintype="application", subtype="pgp-signature",
                    cte="7bit", filename="signature.asc", disposition="attachment")
    sig.replace_header("Content-Description", "OpenPGP digital signature") if "Content-Description" in sig \
        else sig.add_header("Content-Description", "OpenPGP digital signature")
    return _signed(m, "application/pgp-signature", "pgp-sha256", sig)


def b_smime(m):
    sig = EmailMessage()
    sig.set_content(p7s(m["slug"]), maintype="application", subtype="pkcs7-signature",
                    filename="smime.p7s", disposition="attachment")
    return _signed(m, "application/pkcs7-signature", "sha-256", sig)


def _ics(method, uid, summary, start, end, extra=""):
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
            "METHOD:%s\r\nBEGIN:VEVENT\r\nUID:%s\r\nSUMMARY:%s\r\nDTSTART;TZID=SE Asia Standard Time:%s\r\n"
            "DTEND;TZID=SE Asia Standard Time:%s\r\n%sEND:VEVENT\r\nEND:VCALENDAR\r\n"
            % (method, uid, summary, start, end, extra))


def b_ics(m):
    msg = EmailMessage()
    msg.make_alternative()
    msg.attach(text_part(m["body"]))
    cal = EmailMessage()
    cal.set_content(_ics("REQUEST", h(m["slug"], 24), "Webinar: Power Plant Safety Culture", "20261015T130000",
                         "20261015T150000", "ORGANIZER;CN=Energy Engineering Dept:mailto:energy.dept@polibatam.ac.id\r\n"
                         "LOCATION:Zoom\r\n"), subtype="calendar", cte="base64")
    cal.set_param("method", "REQUEST")
    msg.attach(cal)
    return msg


def b_accepted(m):
    msg = EmailMessage()
    msg.make_alternative()
    msg.attach(text_part("\n"))
    cal = EmailMessage()
    cal.set_content(_ics("REPLY", h(m["slug"], 24), "Accepted: Koordinasi e-learning Jurusan Teknik Elektro",
                         "20261009T090000", "20261009T100000",
                         "ATTENDEE;PARTSTAT=ACCEPTED:mailto:hendrik.s@polibatam.ac.id\r\n"), subtype="calendar",
                    cte="base64")
    cal.set_param("method", "REPLY")
    msg.attach(cal)
    msg["Thread-Topic"] = "Koordinasi e-learning Jurusan Teknik Elektro"
    msg["X-MS-Exchange-Calendar-Series-Instance-Id"] = "BAAAAIIA" + h(m["slug"], 20)
    return msg


def b_fwd_audit(m):
    inner = EmailMessage()
    inner["From"] = "Kaprodi TRPE <kaprodi.trpe@polibatam.ac.id>"
    inner["To"] = "Putri Maharani <putri.maharani@polibatam.ac.id>"
    inner["Subject"] = "shortname MK Audit Energi"
    inner["Date"] = "Fri, 06 Nov 2026 16:20:31 +0700"
    inner["Message-ID"] = "<%s@polibatam.ac.id>" % h("inner" + m["slug"])
    inner.set_content("Put,\n\nTolong minta P4M ubah shortname MK Audit Energi (EN4105) jadi AUDEN-7A, biar "
                      "sama dengan kode kelas 7A.\n\nMakasih\nKaprodi TRPE\n")
    msg = EmailMessage()
    msg.make_mixed()
    msg.attach(text_part(m["body"]))
    a = EmailMessage()
    a.set_content(inner)
    a.add_header("Content-Disposition", "attachment", filename="shortname MK Audit Energi.eml")
    msg.attach(a)
    return msg


def b_dmarc(m):
    xml = ('<?xml version="1.0" encoding="UTF-8" ?>\n<feedback><report_metadata><org_name>google.com</org_name>'
           '<report_id>8841297734120098821</report_id><date_range><begin>1789344000</begin><end>1789430399</end>'
           '</date_range></report_metadata><policy_published><domain>polibatam.ac.id</domain><p>none</p>'
           '</policy_published><record><row><source_ip>103.23.20.11</source_ip><count>214</count><policy_evaluated>'
           '<disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated></row></record>'
           '</feedback>\n')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo("google.com!polibatam.ac.id!1789344000!1789430399.xml", (2026, 9, 14, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, xml)
    msg = EmailMessage()
    msg.make_mixed()
    msg.attach(text_part("This is an aggregate report from google.com.\n"))
    a = EmailMessage()
    a.set_content(buf.getvalue(), maintype="application", subtype="zip", disposition="attachment",
                  filename="google.com!polibatam.ac.id!1789344000!1789430399.zip")
    msg.attach(a)
    return msg


def b_bounce(m):
    raw = ("Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n"
           "Auto-Submitted: auto-replied\r\n\r\n"
           "--B\r\nContent-Type: text/plain; charset=us-ascii\r\nContent-Description: Notification\r\n\r\n"
           "This is the mail system at host mx1.polibatam.ac.id.\r\n\r\nI'm sorry to have to inform you that your "
           "message could not\r\nbe delivered to one or more recipients.\r\n\r\n<andreas.wijaya@polibatam.ac.id>: "
           "host mailstore.polibatam.ac.id said:\r\n    552 5.2.2 Mailbox full: quota exceeded (2048 MB)\r\n\r\n"
           "--B\r\nContent-Type: message/delivery-status\r\nContent-Description: Delivery report\r\n\r\n"
           "Reporting-MTA: dns; mx1.polibatam.ac.id\r\nX-Postfix-Queue-ID: 4Q" + h(m["slug"], 8).upper() + "\r\n"
           "Arrival-Date: Fri,  6 Nov 2026 14:12:02 +0700 (WIB)\r\n\r\n"
           "Final-Recipient: rfc822; andreas.wijaya@polibatam.ac.id\r\nAction: failed\r\nStatus: 5.2.2\r\n"
           "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: quota exceeded (2048 MB)\r\n\r\n"
           "--B\r\nContent-Type: text/rfc822-headers\r\nContent-Description: Undelivered Message Headers\r\n\r\n"
           "From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\r\nTo: andreas.wijaya@polibatam.ac.id\r\n"
           "Subject: [P4M-2026-1102] Permintaan Anda sudah kami terima\r\n"
           "Date: Fri, 06 Nov 2026 14:11:58 +0700\r\n\r\n--B--\r\n")
    return email.message_from_string(raw, policy=email.policy.default)


BUILDERS = {"pgp": b_pgp, "smime": b_smime, "ics": b_ics, "accepted": b_accepted, "fwd-audit": b_fwd_audit,
            "dmarc": b_dmarc, "bounce": b_bounce}


# ---------------------------------------------------------------- write and check
def defects(msg):
    out = []
    for part in msg.walk():
        out.extend(part.defects)
    return out


def main():
    import datetime
    for m in MAILS:
        if isinstance(m["build"], str):
            m["build"] = BUILDERS[m["build"]]
    MAILS.sort(key=lambda m: parsedate_to_datetime(m["date"]))
    slugs = [m["slug"] for m in MAILS]
    if len(set(slugs)) != len(slugs):
        sys.exit("duplicate slug")
    labels = {}
    written = set()
    lo = datetime.datetime(2026, 9, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
    hi = datetime.datetime(2026, 11, 29, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
    for n, m in enumerate(MAILS, 1):
        name = "%03d-%s-%s-%s.eml" % (n, m["client"], m["quirk"], m["slug"])
        msg = build(m)
        data = msg.as_bytes(policy=email.policy.SMTP)
        if re.search(rb"(?<!\r)\n", data):
            sys.exit("%s: bare LF" % name)
        back = email.message_from_bytes(data, policy=email.policy.default)
        if defects(back):
            sys.exit("%s: defects %r" % (name, defects(back)))
        if str(back["Date"]) != m["date"] or str(back["Subject"]) != m["subject"]:
            sys.exit("%s: Date/Subject round-trip" % name)
        d = parsedate_to_datetime(m["date"])
        if not lo <= d < hi:
            sys.exit("%s: date out of range" % name)
        for part in back.walk():
            if part.get_content_disposition() == "attachment" and len(part.get_payload(decode=True) or b"") > 30000:
                sys.exit("%s: attachment too big" % name)
        text = all_text(back, m)
        check_weekdays(text, d.year, name)
        f = m["fields"]
        if m["type"] not in ("course_data", "announcement") and f:
            sys.exit("%s: fields on %s" % (name, m["type"]))
        vals = [v for k, v in f.items() if k not in ("changes", "publish_at", "scope")]
        vals += list(f.get("changes", {}).values())
        for v in vals:
            if v not in text:
                sys.exit("%s: value not in text: %r" % (name, v))
        if m["type"] == "course_data" and "changes" not in f:
            sys.exit("%s: no changes" % name)
        if m["type"] == "announcement" and ("title" not in f or f.get("scope") not in ("course", "site")):
            sys.exit("%s: announcement fields" % name)
        if "publish_at" in f:
            datetime.datetime.fromisoformat(f["publish_at"])
            if not f["publish_at"].endswith("+07:00"):
                sys.exit("%s: publish_at tz" % name)
        (HERE / name).write_bytes(data)
        written.add(name)
        labels[name] = {"type": m["type"], "lang": m["lang"], "fields": f, "note": m["note"]}
    for p in HERE.glob("[0-9][0-9][0-9]-*.eml"):
        if p.name not in written:
            p.unlink()
    (HERE / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True) + "\n",
                                      encoding="utf-8")
    counts = {}
    langs = {}
    for v in labels.values():
        counts[v["type"]] = counts.get(v["type"], 0) + 1
        langs[v["lang"]] = langs.get(v["lang"], 0) + 1
    print(len(labels), "mails", counts, langs)
    if counts != PLAN:
        print("counts differ from plan", PLAN)
        sys.exit(1)


if __name__ == "__main__":
    main()

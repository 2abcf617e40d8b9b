#!/usr/bin/env python3
"""Twenty-third tuning corpus (the former held-out part14): 70 hand-written helpdesk mails (stdlib only, deterministic).

Run: python3 tests/data/requests-tune23/make_tune23.py
"""
import base64, datetime as dt, email, email.policy, email.utils, hashlib, html, io, json, os, quopri, re, sys, zipfile
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
PLAN = {"course_data": 22, "announcement": 16, "elearning_support": 12, "document_request": 7, "other": 7, "auto": 6}
HD = "helpdesk-p4m@polibatam.ac.id"
MAILS = []


def h(slug, n=16):
    return hashlib.sha1(slug.encode()).hexdigest()[:n]


def mkdate(y, mo, d, hh, mi, off=7):
    return dt.datetime(y, mo, d, hh, mi, int(h("s" + str((y, mo, d, hh, mi)), 2), 16) % 60,
                       tzinfo=dt.timezone(dt.timedelta(hours=off)))


def addr(name, a):
    if not name:
        return a
    return email.utils.formataddr((name, a), charset="utf-8")


def enc_subject(s, force=False):
    if force or any(ord(c) > 127 for c in s):
        return Header(s, "utf-8").encode()
    return s


def crlf(s):
    return s.replace("\r\n", "\n").replace("\n", "\r\n")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def part(ctype, text=None, cte="8bit", data=None, extra=""):
    """Return a MIME part as text (headers + blank line + body)."""
    if data is None:
        data = text.encode("utf-8")
    if cte == "base64":
        body = b64(data)
    elif cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    else:
        body = data.decode("utf-8")
    hdr = "Content-Type: %s\nContent-Transfer-Encoding: %s\n%s" % (ctype, cte, extra)
    return hdr + "\n" + body.rstrip("\n") + "\n"


def multi(subtype, parts, slug, tag, extra=""):
    b = "----=_Part_%s_%s" % (tag, h(slug + tag, 12))
    out = 'Content-Type: multipart/%s; boundary="%s"\n%s\n' % (subtype, b, extra)
    for p in parts:
        out += "--%s\n%s" % (b, p)
    out += "--%s--\n" % b
    return out


def text_to_html(text, wrap='<div dir="ltr">%s</div>'):
    lines = [html.escape(l, quote=False) for l in text.split("\n")]
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>" + \
        (wrap % "<br>\n".join(lines)) + "</body></html>"


def word_html(inner):
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!-- p.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
            '</head><body lang="EN-US" link="#0563C1"><div class="WordSection1">\n' + inner + '\n</div></body></html>')


def mso(text):
    return "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (html.escape(l, quote=False) if l else "&nbsp;")
                     for l in text.split("\n"))


def docx(paragraphs):
    bio = io.BytesIO()
    z = zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED)
    def w(name, s):
        zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, s)
    w("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    w("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    body = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p, quote=False) for p in paragraphs)
    w("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' + body + '</w:body></w:document>')
    z.close()
    return bio.getvalue()


def pdf(lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 50 790 Td 14 TL\n" + "".join("(%s) Tj T*\n" % esc(l) for l in lines) + "ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length %d >>\nstream\n%s\nendstream" % (len(content.encode("latin-1")), content),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out


def attach(ctype, name, data):
    return part('%s; name="%s"' % (ctype, name), data=data, cte="base64",
                extra='Content-Disposition: attachment; filename="%s"\n' % name)


DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

# ---- client layouts: each returns (extra headers, mime body) ----

def L_gmail(slug, text, atts=()):
    alt = multi("alternative", [part('text/plain; charset="UTF-8"', text, "quoted-printable"),
                                part('text/html; charset="UTF-8"', text_to_html(text), "quoted-printable")], slug, "alt")
    if atts:
        return "", multi("mixed", [alt] + list(atts), slug, "mix")
    return "", alt


def L_outlook(slug, inner_html, atts=()):
    p = part('text/html; charset="utf-8"', word_html(inner_html), "quoted-printable")
    extra = "Thread-Index: AQH%s\nX-MS-Has-Attach: %s\nX-MS-TNEF-Correlator:\nContent-Language: id-ID\n" % (
        base64.b64encode(hashlib.md5(slug.encode()).digest()).decode()[:22], "yes" if atts else "")
    if atts:
        return extra, multi("mixed", [p] + list(atts), slug, "mix")
    return extra, p


def L_samsung(slug, text, atts=()):
    t = text + "\n\n\n\nSent from my Galaxy"
    alt = multi("alternative", [part('text/plain; charset="UTF-8"', t, "base64"),
                                part('text/html; charset="UTF-8"', text_to_html(t, "<div>%s</div>"), "base64")], slug, "alt")
    ex = "X-Mailer: Samsung Email\n"
    if atts:
        return ex, multi("mixed", [alt] + list(atts), slug, "mix")
    return ex, alt


def L_huawei(slug, text, atts=()):
    p = part('text/plain; charset="utf-8"', text + "\n\nDikirim dari Huawei Mail", "base64")
    ex = "X-Mailer: Huawei Mail\n"
    if atts:
        return ex, multi("mixed", [p] + list(atts), slug, "mix")
    return ex, p


def flow(text, width=72):
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width:
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + len(w) + 1 > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def L_tbird(slug, text, atts=()):
    p = part('text/plain; charset=UTF-8; format=flowed', flow(text), "8bit")
    ex = "User-Agent: Mozilla Thunderbird\nContent-Language: id\n"
    if atts:
        return ex, multi("mixed", ["This is a multi-part message in MIME format.\n"] [0:0] + [p] + list(atts), slug, "mix")
    return ex, p


def L_roundcube(slug, text, atts=()):
    p = part("text/plain; charset=UTF-8; format=flowed", text, "quoted-printable")
    ex = "User-Agent: Roundcube Webmail/1.6.6\nX-Sender: %s\n"
    if atts:
        return ex, multi("mixed", [p] + list(atts), slug, "mix")
    return ex, p


def L_mutt(slug, text, atts=()):
    p = part("text/plain; charset=us-ascii", text, "7bit", extra="Content-Disposition: inline\n")
    ex = "User-Agent: NeoMutt/20231103\n"
    if atts:
        return ex, multi("mixed", [p] + list(atts), slug, "mix")
    return ex, p


def L_plain(slug, text, atts=(), cte="quoted-printable"):
    p = part('text/plain; charset="UTF-8"', text, cte)
    if atts:
        return "", multi("mixed", [p] + list(atts), slug, "mix")
    return "", p


LAYOUTS = {"gmail": L_gmail, "outlook": L_outlook, "samsung": L_samsung, "huawei": L_huawei,
           "tbird": L_tbird, "roundcube": L_roundcube, "mutt": L_mutt, "plain": L_plain}


def mail(slug, client, date, frm, subj, body, typ, lang, fields=None, note="", atts=(), to=HD, extra="",
         force_enc=False, raw=None):
    """Register one mail. body: text (or inner HTML for outlook). raw: (extra headers, mime) to bypass layouts."""
    MAILS.append(dict(slug=slug, client=client, date=date, frm=frm, subj=subj, body=body, typ=typ, lang=lang,
                      fields=fields or {}, note=note, atts=list(atts), to=to, extra=extra, force_enc=force_enc,
                      raw=raw))


def build(m):
    if m["raw"] is not None:
        ex, mime = m["raw"]
    else:
        ex, mime = LAYOUTS[m["client"]](m["slug"], m["body"], m["atts"])
    fa = email.utils.parseaddr(m["frm"][1])[1] if isinstance(m["frm"], tuple) else m["frm"]
    if "%s" in ex:
        ex = ex % m["frm"][1]
    frm = addr(*m["frm"]) if isinstance(m["frm"], tuple) else m["frm"]
    dom = m["frm"][1].split("@")[1] if isinstance(m["frm"], tuple) else "polibatam.ac.id"
    hdr = ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s.%s@%s>\nMIME-Version: 1.0\n%s%s" % (
        frm, m["to"], enc_subject(m["subj"], m["force_enc"]), email.utils.format_datetime(m["date"]),
        h(m["slug"], 20), h(m["slug"] + "x", 8), dom, m["extra"], ex))
    return crlf(hdr + mime)


def fwd_rfc822(slug, text, inner_raw, client="gmail"):
    tp = part('text/plain; charset="UTF-8"', text, "quoted-printable")
    inner = 'Content-Type: message/rfc822\nContent-Disposition: attachment; filename="forwarded.eml"\n\n' + inner_raw
    return "", multi("mixed", [tp, inner], slug, "mix")


def inner_msg(slug, frm, to, subj, date, text):
    return ("From: %s\nTo: %s\nSubject: %s\nDate: %s\nMessage-ID: <%s@polibatam.ac.id>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n\n%s\n" % (
                addr(*frm), to, enc_subject(subj), email.utils.format_datetime(date), h(slug + "inner", 20), text))


# =============================== course_data (22) ===============================

mail("cd-geo-sk-terbaru", "gmail", mkdate(2026, 9, 2, 8, 14),
     ("Hendra Saputra", "hendra.saputra@polibatam.ac.id"),
     "Penyesuaian dosen pengampu GEO2104",
     """Selamat pagi tim P4M,

Mohon disesuaikan dengan SK terbaru: pengampu mata kuliah GEO2104 Survei Hidrografi & Batimetri semester ganjil ini adalah Dr. Ir. Rahmat Hidayat, S.T., M.Eng.
SK Direktur nomor 1187/PL29/KP/2026 sudah terbit minggu lalu, di e-learning masih tercantum nama dosen lama.

Terima kasih.

Hendra Saputra
Kepala Laboratorium Geomatika
Politeknik Negeri Batam""",
     "course_data", "id", {"course_code": "GEO2104", "course_name": "Survei Hidrografi & Batimetri",
                           "changes": {"lecturer": "Dr. Ir. Rahmat Hidayat, S.T., M.Eng."}})

mail("cd-anim-dibenerin-lower", "huawei", mkdate(2026, 9, 3, 21, 40),
     ("Rizky Amalia", "rizky.amalia@polibatam.ac.id"),
     "ANM2203",
     """min tolong dibenerin ya
nama kursus ANM2203 di elearning tulisannya "pemodelan 3d dasar" semua huruf kecil, harusnya Pemodelan dan Animasi 3D Dasar
mahasiswa pada bingung soalnya di jadwal namanya beda
makasih min""",
     "course_data", "id", {"course_code": "ANM2203", "course_name": "pemodelan 3d dasar",
                           "changes": {"fullname": "Pemodelan dan Animasi 3D Dasar"}})

mail("cd-rob-yang-tampil-masih", "roundcube", mkdate(2026, 9, 7, 10, 5),
     ("Yusuf Mahendra", "yusuf.mahendra@polibatam.ac.id"),
     "SKS Kinematika Robot masih salah",
     """Assalamualaikum,

Yang tampil di halaman kursus RBT2301 Kinematika Robot masih 2 sks, padahal sudah tiga SKS sejak kurikulum 2025 diberlakukan. Mahasiswa jadi mengira bebannya lebih ringan. Mohon diperbaiki.

Wassalam,
Yusuf Mahendra, S.Tr.T., M.T.
Koordinator Prodi Teknologi Rekayasa Robotika""",
     "course_data", "id", {"course_code": "RBT2301", "course_name": "Kinematika Robot",
                           "changes": {"credits": "tiga SKS"}})

mail("cd-log-curriculum-en", "outlook", mkdate(2026, 9, 8, 13, 22),
     ("Ir. Maria Goretti Simanjuntak, M.Sc.", "maria.simanjuntak@polibatam.ac.id"),
     "Course update - Supply Chain Fundamentals",
     mso("""Dear P4M team,

Please update to match the curriculum: LOG1102 Supply Chain Fundamentals should now be called Fundamentals of Supply Chain and Logistics, with short name LOG-2026.

The new curriculum document was approved by the Senate in August; I can send a copy if you need it.

Kind regards,
Maria Goretti Simanjuntak
Head of Logistics Management Programme"""),
     "course_data", "en", {"course_code": "LOG1102", "course_name": "Supply Chain Fundamentals",
                           "changes": {"fullname": "Fundamentals of Supply Chain and Logistics", "shortname": "LOG-2026"}})

mail("cd-tour-excel-tsv", "gmail", mkdate(2026, 9, 9, 9, 48),
     ("Dewi Lestari", "dewi.lestari@polibatam.ac.id"),
     "Perubahan data MK Tata Hidang",
     """Dengan hormat,

Berikut perubahan dari rapat prodi (saya copy langsung dari excel):

Kode\tNama MK Lama\tNama MK Baru\tSKS Baru
PAR2107\tTata Hidang\tFood and Beverage Service I\t(3)

Mohon diubah di e-learning sebelum minggu ketiga perkuliahan.

Salam,
Dewi Lestari, S.ST.Par., M.Par.
Sekretaris Prodi Manajemen Pariwisata""",
     "course_data", "id", {"course_code": "PAR2107", "course_name": "Tata Hidang",
                           "changes": {"fullname": "Food and Beverage Service I", "credits": "(3)"}})

mail("cd-mek-edit-settings", "tbird", mkdate(2026, 9, 10, 15, 31),
     ("Bayu Prasetyo", "bayu.prasetyo@polibatam.ac.id"),
     "Edit settings kursus Mekatronika",
     """Halo tim P4M,

Saya tidak punya hak akses untuk Edit settings di kursus MKT3105 Sistem Kontrol Mekatronika, jadi mohon diisi seperti ini:

- Course full name: tetap
- Course short name: MKT3105-2026
- Course start date: tetap
- Course summary: Praktikum PLC dan pneumatik untuk kelas reguler pagi
- Course visibility: Show

Thanks a lot, sorry merepotkan.

Bayu""",
     "course_data", "mixed", {"course_code": "MKT3105", "course_name": "Sistem Kontrol Mekatronika",
                              "changes": {"shortname": "MKT3105-2026",
                                          "summary": "Praktikum PLC dan pneumatik untuk kelas reguler pagi"}})

mail("cd-mek-key-sama-kelas-lain", "samsung", mkdate(2026, 9, 11, 7, 2),
     ("Ahmad Fauzi", "ahmad.fauzi@polibatam.ac.id"),
     "enrol key MKT2202 kelas 2B",
     """Pagi pak/bu,
Enrolment key MKT2202 Elektronika Daya kelas 2B tolong dibuat sama seperti kelas lain ya, biar mahasiswa yang pindah kelas tidak bingung.
Terima kasih""",
     "course_data", "id", {"course_code": "MKT2202", "course_name": "Elektronika Daya", "changes": {}},
     note="The key should equal the other classes' key, but the value itself is never written.")

mail("cd-cn-several-fields", "gmail", mkdate(2026, 9, 14, 11, 17),
     ("Li Wei", "liwei.visiting@gmail.com"),
     "Please help change my course",
     """Dear Sir/Madam,

I am visiting lecturer from Shenzhen Polytechnic, teaching in Robotics program this semester. My course in e-learning is RBT3204 Industrial Robot Programming. Please change course name to Industrial Robot Programming and Simulation, short name to IRPS-2026 and credit to 2 sks, because our agreement with the program is like that.

Sorry my English is not so good. Thank you very much, I wait your good news.

Best wishes,
Li Wei""",
     "course_data", "en", {"course_code": "RBT3204", "course_name": "Industrial Robot Programming",
                           "changes": {"fullname": "Industrial Robot Programming and Simulation",
                                       "shortname": "IRPS-2026", "credits": "2 sks"}})

mail("cd-log-lecturer-swap", "outlook", mkdate(2026, 9, 15, 8, 40),
     ("Sri Wahyuni", "sri.wahyuni@polibatam.ac.id"),
     "Tukar dosen Manajemen Pergudangan kelas LOG-1A dan LOG-1B",
     mso("""Yth. Tim P4M,

Menindaklanjuti rapat koordinasi prodi, dosen pengampu LOG2105 Manajemen Pergudangan ditukar antar kelas:
Kelas LOG-1A menjadi Drs. Sutrisno Hadi, M.M.
Kelas LOG-1B menjadi Nur Aisyah, S.E., M.Log.

Mohon dapat diproses di e-learning agar akses penilaian sesuai.

Hormat kami,
Sri Wahyuni
Admin Prodi Logistik"""),
     "course_data", "id", {"course_code": "LOG2105", "course_name": "Manajemen Pergudangan",
                           "changes": {"lecturer": "Drs. Sutrisno Hadi, M.M."}},
     note="Lecturer swap between two classes; labelled with the first class's new lecturer.")

mail("cd-rob-class-only", "mutt", mkdate(2026, 9, 16, 16, 3),
     ("Teguh Santoso", "teguh.santoso@polibatam.ac.id"),
     "Sensor dan Aktuator - kelas salah",
     """Siang,

Kursus RBT2106 Sensor dan Aktuator di e-learning tertulis untuk kelas ROB-2A,
harusnya ROB-2B. Isi dan dosen tidak berubah, cuma kelasnya.

-- 
Teguh Santoso
Lab Robotika, Gedung Tower lt. 5""",
     "course_data", "id", {"course_code": "RBT2106", "course_name": "Sensor dan Aktuator",
                           "changes": {"class": "ROB-2B"}})

mail("cd-geo-semester-words", "gmail", mkdate(2026, 9, 17, 10, 26),
     ("Nurul Hidayah", "nurul.hidayah@polibatam.ac.id"),
     "Semester Kartografi Digital",
     """Selamat siang,

Kursus GEO3108 Kartografi Digital di e-learning masih ada di semester tiga. Karena perubahan struktur kurikulum, tolong dipindahkan ke semester lima ya. Yang lain tidak ada perubahan.

Terima kasih banyak,
Nurul""",
     "course_data", "id", {"course_code": "GEO3108", "course_name": "Kartografi Digital",
                           "changes": {"semester": "semester lima"}})

mail("cd-subject-only-sesuai-subjek", "outlook", mkdate(2026, 9, 18, 7, 35),
     ("Drs. H. Syamsul Bahri", "syamsul.bahri@polibatam.ac.id"),
     "Mohon ganti dosen pengampu MK PAR1103 Pengantar Perhotelan menjadi Dra. Hj. Rosmawati, M.M.Par.",
     mso("""sesuai subjek

Syamsul Bahri"""),
     "course_data", "id", {"course_code": "PAR1103", "course_name": "Pengantar Perhotelan",
                           "changes": {"lecturer": "Dra. Hj. Rosmawati, M.M.Par."}},
     note="Request only in the subject line.")

mail("cd-anim-terlampir-docx", "plain", mkdate(2026, 9, 21, 14, 12),
     ("Bambang Wijaya", "bambang.wijaya@polibatam.ac.id"),
     "perubahan MK",
     """terlampir""",
     "course_data", "id", {"course_code": "ANM3302", "course_name": "Storyboard dan Sinematografi",
                           "changes": {"fullname": "Storyboarding dan Sinematografi Animasi"}},
     note="Request only in the attached DOCX.",
     atts=[attach(DOCX_T, "perubahan_mk_animasi.docx", docx([
         "PROGRAM STUDI ANIMASI - POLITEKNIK NEGERI BATAM",
         "Formulir Perubahan Data Mata Kuliah E-learning",
         "Kode MK: ANM3302",
         "Nama MK saat ini: Storyboard dan Sinematografi",
         "Nama MK baru: Storyboarding dan Sinematografi Animasi",
         "Alasan: penyesuaian kurikulum 2025",
         "Batam, 21 September 2026",
         "Bambang Wijaya, Kepala Prodi Animasi"]))])

mail("cd-mtr-pdf-en", "gmail", mkdate(2026, 9, 22, 9, 3),
     ("Prof. Dr. Andi Kurniawan", "andi.kurniawan@polibatam.ac.id"),
     "Applied master's programme - course data correction",
     """Dear colleagues,

Please find the correction for one course of the Magister Terapan programme in the attached letter. Could you process it this week?

Regards,
Andi Kurniawan
Head of the Applied Master's Programme in Advanced Manufacturing""",
     "course_data", "en", {"course_code": "MTR6101", "course_name": "Research Methodology",
                           "changes": {"fullname": "Applied Research Methodology", "lecturer": "Prof. Dr. Andi Kurniawan, M.Eng."}},
     note="The changes are only in the attached PDF letter.",
     atts=[attach("application/pdf", "MTR6101_correction.pdf", pdf([
         "Applied Master's Programme in Advanced Manufacturing",
         "To: P4M Politeknik Negeri Batam",
         "Subject: Correction of course data on e-learning",
         "Course: MTR6101 Research Methodology",
         "New full name: Applied Research Methodology",
         "New lecturer: Prof. Dr. Andi Kurniawan, M.Eng.",
         "Batam, 22 September 2026"]))])

mail("cd-tour-emoji-key", "samsung", mkdate(2026, 9, 23, 19, 55),
     ("Putri Ayu \u2728", "putri.ayu@polibatam.ac.id"),
     "\U0001F64F enrol key Front Office",
     """Haiii kak P4M \U0001F44B\U0001F60A

mau minta tolong \U0001F64F
enrolment key kursus PAR2204 Front Office Operation
diganti jadi 10112026 yaa \U0001F4C5

soalnya key lama udah kesebar ke kelas lain \U0001F605

makasih banyaaak \U0001F49B\U0001F49B""",
     "course_data", "id", {"course_code": "PAR2204", "course_name": "Front Office Operation",
                           "changes": {"enrolment_key": "10112026"}})

mail("cd-rob-quoted-thread-3", "gmail", mkdate(2026, 9, 25, 13, 47),
     ("Fajar Nugroho", "fajar.nugroho@polibatam.ac.id"),
     "Re: Fwd: Nama MK Visi Komputer",
     """Tim helpdesk, setelah diskusi di bawah, final ya: please rename RBT3107 Visi Komputer menjadi Computer Vision for Robotics. Short name tidak usah diubah.

Thanks,
Fajar

Pada Kam, 24 Sep 2026 pukul 16.20 Lina Marlina <lina.marlina@polibatam.ac.id>
menulis:
> Setuju pak, tapi apakah short name perlu ganti juga? Saya kira tidak perlu.
>
> Pada Kam, 24 Sep 2026 pukul 11.05 Oktavianus Sembiring <oktavianus@polibatam.ac.id>
> menulis:
>> Rekan-rekan, nama MK Visi Komputer di kurikulum baru sudah pakai bahasa Inggris.
>> Mungkin sebaiknya e-learning disesuaikan, bagaimana pendapatnya?
>>
>> Oktavianus""",
     "course_data", "mixed", {"course_code": "RBT3107", "course_name": "Visi Komputer",
                              "changes": {"fullname": "Computer Vision for Robotics"}})

mail("cd-th-lecturer-name", "roundcube", mkdate(2026, 9, 28, 10, 11),
     ("Somchai Wongsakul", "somchai.w@polibatam.ac.id"),
     "Teacher name in course TRM4102",
     """Hello P4M,

I am Somchai from Thailand, guest lecturer at Tourism program until December. In course TRM4102 Hospitality Revenue Management the teacher name still show "Dosen Tamu". Please put my name same same like in my contract: Somchai Wongsakul, Ph.D.

Khob khun krab (thank you),
Somchai""",
     "course_data", "en", {"course_code": "TRM4102", "course_name": "Hospitality Revenue Management",
                           "changes": {"lecturer": "Somchai Wongsakul, Ph.D."}})

mail("cd-vn-allcaps-roman", "mutt", mkdate(2026, 10, 1, 8, 57),
     ("Nguyen Thi Thu Ha", "thuha.nguyen@polibatam.ac.id"),
     "Course name ROBOT VISION",
     """Dear helpdesk,

My course RBT4105 show name ROBOT VISION in all capital letter, look like
someone is shouting :) Please change it to Robot Vision and Perception II
because this is the second part of the series.

Many thanks and have a nice day,
Thu Ha
Visiting lecturer, Robotics (from HCMC University of Technology)""",
     "course_data", "en", {"course_code": "RBT4105", "course_name": "ROBOT VISION",
                           "changes": {"fullname": "Robot Vision and Perception II"}})

_tour_inner = """---------- Forwarded message ---------
Dari: Rudi Hartono <rudi.hartono@polibatam.ac.id>
Date: Sen, 28 Sep 2026 pukul 08.15
Subject: short name MK
To: Sekretariat Pariwisata <pariwisata@polibatam.ac.id>

Tolong diteruskan ke P4M: short name MK PAR3110 Perencanaan Wisata diganti jadi PWS-2026 biar seragam.
Rudi"""
mail("cd-tour-fwd-in-fwd", "gmail", mkdate(2026, 10, 2, 9, 30),
     ("Sekretariat Pariwisata", "pariwisata@polibatam.ac.id"),
     "Fwd: Fwd: short name MK",
     """Dear P4M, please see below, permintaan dari Kaprodi. Thank you.

---------- Forwarded message ---------
Dari: Sekretariat Pariwisata <pariwisata@polibatam.ac.id>
Date: Sel, 29 Sep 2026 pukul 10.02
Subject: Fwd: short name MK
To: Wulan Sari <wulan.sari@polibatam.ac.id>

Mbak Wulan, ini yang kemarin ya, tolong dicek dulu.

""" + _tour_inner,
     "course_data", "mixed", {"course_code": "PAR3110", "course_name": "Perencanaan Wisata",
                              "changes": {"shortname": "PWS-2026"}},
     note="Forward nested inside a forward; the request is in the innermost message.")

_mk_inner = inner_msg("cd-mek-rfc822", ("Kaprodi Mekatronika", "kaprodi.mekatronika@polibatam.ac.id"),
                      "admin.mekatronika@polibatam.ac.id", "Pengampu Robotika Industri", mkdate(2026, 10, 5, 8, 2),
                      """Bu Admin,

Untuk MKT4201 Robotika Industri, pengampu semester ini diganti menjadi Ir. Agus Salim Harahap, S.T., M.T., IPM.
Tolong diteruskan ke P4M supaya diubah di e-learning.

Kaprodi""")
mail("cd-mek-rfc822", None, mkdate(2026, 10, 5, 10, 44),
     ("Admin Mekatronika", "admin.mekatronika@polibatam.ac.id"),
     "FW: Pengampu Robotika Industri",
     None, "course_data", "mixed", {"course_code": "MKT4201", "course_name": "Robotika Industri",
                                    "changes": {"lecturer": "Ir. Agus Salim Harahap, S.T., M.T., IPM."}},
     note="Request from the head of programme, forwarded as message/rfc822.",
     raw=fwd_rfc822("cd-mek-rfc822", "Dear P4M team, forwarding the request from our head of programme (attached). Mohon diproses, thanks.\n\nAdmin Prodi Mekatronika", _mk_inner))

mail("cd-anim-ps-rambling", "outlook", mkdate(2026, 10, 7, 22, 8),
     ("Gilang Ramadhan", "gilang.ramadhan@polibatam.ac.id"),
     "Kabar dari Lab Animasi",
     mso("""Selamat malam rekan-rekan P4M,

Semoga sehat selalu. Saya mau cerita sedikit: minggu lalu lab animasi baru saja menerima 12 unit pen tablet baru dari hibah, dan mahasiswa semester tiga sudah mulai memakainya untuk tugas clean-up. Render farm kami juga sudah dipindah ke ruang sebelah supaya lebih dingin, walaupun AC-nya masih sering bocor.

Kami juga berencana mengadakan screening karya akhir di bulan Desember, nanti undangannya menyusul. Kalau P4M mau ikut menilai, kami senang sekali.

Oh iya, hampir lupa, ada yang perlu dibantu: untuk kursus ANM2105 Desain Karakter, enrolment key-nya tolong diganti menjadi naga-merah karena key lama sudah bocor ke grup angkatan lain.

Sekian dulu, terima kasih atas dukungannya selama ini.

Salam kreatif,
Gilang Ramadhan
Kepala Lab Animasi"""),
     "course_data", "id", {"course_code": "ANM2105", "course_name": "Desain Karakter",
                           "changes": {"enrolment_key": "naga-merah"}},
     note="Long rambling mail; the request sits in the middle.")

mail("cd-log-terse-order", "plain", mkdate(2026, 10, 9, 6, 51),
     ("Kaprodi Logistik", "kaprodi.logistik@polibatam.ac.id"),
     "LOG2201",
     """Ganti summary LOG2201 Transportasi Multimoda jadi: Perencanaan rute dan moda angkutan barang. Segera.

Kaprodi""",
     "course_data", "id", {"course_code": "LOG2201", "course_name": "Transportasi Multimoda",
                           "changes": {"summary": "Perencanaan rute dan moda angkutan barang"}})


# =============================== announcement (16) ===============================

mail("ann-geo-subuh-perihal", "gmail", mkdate(2026, 10, 14, 20, 10),
     ("Hendra Saputra", "hendra.saputra@polibatam.ac.id"),
     "Pengumuman praktikum GEO2104",
     """Malam tim P4M,

Mohon dipasang pengumuman di kursus GEO2104 Survei Hidrografi & Batimetri, tayang besok subuh jam 5 supaya mahasiswa baca sebelum berangkat:

Perihal: Perubahan Jadwal Praktikum Echosounder
Praktikum echosounder kelompok 1-3 dipindah ke hari Sabtu, 17 Oktober 2026 pukul 07.30 di Pelabuhan Sekupang. Wajib memakai pelampung dan sepatu tertutup.

Terima kasih,
Hendra""",
     "announcement", "id", {"course_code": "GEO2104", "course_name": "Survei Hidrografi & Batimetri",
                            "title": "Perubahan Jadwal Praktikum Echosounder", "scope": "course",
                            "publish_at": "2026-10-15T05:00:00+07:00"})

mail("ann-tour-malam-jam9", "samsung", mkdate(2026, 10, 16, 13, 4),
     ("Dewi Lestari", "dewi.lestari@polibatam.ac.id"),
     "Briefing field trip Bintan",
     """Siang kak,
tolong pasang pengumuman "Briefing Field Trip Bintan" di kursus PAR3110 Perencanaan Wisata, tayang nanti malam jam 9 ya.
Isinya: briefing wajib untuk semua peserta field trip, Senin 19 Oktober 2026 jam 10.00 di Aula Gedung Utama. Bawa fotokopi KTP untuk tiket ferry.
Makasih""",
     "announcement", "id", {"course_code": "PAR3110", "course_name": "Perencanaan Wisata",
                            "title": "Briefing Field Trip Bintan", "scope": "course",
                            "publish_at": "2026-10-16T21:00:00+07:00"})

mail("ann-site-outage-jumat", "outlook", mkdate(2026, 10, 19, 9, 15),
     ("UPT TIK Polibatam", "upt.tik@polibatam.ac.id"),
     "Permohonan pengumuman pemeliharaan server e-learning",
     mso("""Yth. P4M,

Bersama ini kami mohon ditayangkan pengumuman untuk seluruh pengguna e-learning dengan judul [Pemeliharaan Server E-learning 24 Oktober], tayang Jumat ini pukul 13.30.

Isi pengumuman:
E-learning tidak dapat diakses pada Sabtu, 24 Oktober 2026 pukul 22.00 s.d. Minggu, 25 Oktober 2026 pukul 04.00 WIB karena pemeliharaan server. Mohon dosen tidak menjadwalkan kuis pada rentang waktu tersebut.

Hormat kami,
UPT Teknologi Informasi dan Komunikasi"""),
     "announcement", "id", {"title": "Pemeliharaan Server E-learning 24 Oktober", "scope": "site",
                            "publish_at": "2026-10-23T13:30:00+07:00"})

mail("ann-site-graduation-en", "gmail", mkdate(2026, 10, 20, 15, 42),
     ("Academic Affairs", "baak@polibatam.ac.id"),
     "Site announcement: graduation registration",
     """Dear P4M,

Could you post a site-wide announcement titled "Graduation Registration Period II 2026" the day after tomorrow at 8 am?

Text:
Registration for the December graduation is open until Friday, 6 November 2026 at 16.00 WIB through SIAKAD. Students must upload a clearance letter from the library and the finance office before registering.

Thank you,
Academic and Student Affairs Office""",
     "announcement", "en", {"title": "Graduation Registration Period II 2026", "scope": "site",
                            "publish_at": "2026-10-22T08:00:00+07:00"})

mail("ann-site-lost-found-dateonly", "huawei", mkdate(2026, 10, 22, 11, 20),
     ("Satpam Pos Utama", "keamanan@polibatam.ac.id"),
     "pengumuman barang temuan",
     """Selamat siang P4M, mohon bantu diumumkan ke semua mahasiswa lewat e-learning, tanggal 26 Oktober saja, jam berapa pun boleh:

Barang Temuan di Lab Robotika
Ditemukan satu laptop hitam merk Asus dan charger di Lab Robotika lantai 5 hari Rabu, 21 Oktober 2026. Yang merasa memiliki silakan ambil di pos satpam dengan menunjukkan KTM. Please bring proof of ownership, thanks.

Pos Satpam""",
     "announcement", "mixed", {"title": "Barang Temuan di Lab Robotika", "scope": "site"},
     note="Publish date without a clock time, so no publish_at; the title is the first line of the text.")

mail("ann-site-competition-12th", "tbird", mkdate(2026, 11, 3, 10, 37),
     ("Yusuf Mahendra", "yusuf.mahendra@polibatam.ac.id"),
     "Announcement for all students - robot competition",
     """Dear P4M team,

We would like a site announcement published on the 12th at 10:00, please.

Title: Call for Teams: Batam Autonomous Robot Challenge 2026
Body: Teams of three students from any programme may register until 30 November 2026. The final round is held on Saturday, 12 December 2026 at the Tower building. Contact the Robotics lab for the rulebook.

Best,
Yusuf Mahendra
Robotics programme""",
     "announcement", "en", {"title": "Call for Teams: Batam Autonomous Robot Challenge 2026", "scope": "site",
                            "publish_at": "2026-11-12T10:00:00+07:00"})

mail("ann-log-wita", "gmail", mkdate(2026, 10, 29, 18, 5, off=8),
     ("Nur Aisyah", "nur.aisyah@polibatam.ac.id"),
     "Pengumuman kelas LOG2105 (saya sedang di Makassar)",
     """Halo P4M,

Saya sedang dinas di Makassar, mohon bantu tayangkan pengumuman di kursus LOG2105 Manajemen Pergudangan pada Senin, 2 November 2026 jam 07.00 WITA.

Judul: Kuliah Daring Pengganti Minggu ke-9
Perkuliahan minggu ke-9 dilaksanakan daring lewat BigBlueButton pada Selasa, 3 November 2026 pukul 13.00 WIB. Presensi dibuka 15 menit sebelum kelas.

Terima kasih,
Nur Aisyah""",
     "announcement", "id", {"course_code": "LOG2105", "course_name": "Manajemen Pergudangan",
                            "title": "Kuliah Daring Pengganti Minggu ke-9", "scope": "course",
                            "publish_at": "2026-11-02T06:00:00+07:00"})

mail("ann-geo-wit-besok", "roundcube", mkdate(2026, 11, 4, 17, 30),
     ("Nurul Hidayah", "nurul.hidayah@polibatam.ac.id"),
     "Pengumuman Kartografi Digital",
     """Hi tim P4M, saya lagi di Jayapura untuk survei. Please post this announcement to GEO3108 Kartografi Digital besok jam 10 WIT:

"Pengumpulan Peta Tematik Diperpanjang"
Deadline pengumpulan peta tematik diperpanjang sampai Senin, 9 November 2026 pukul 23.59 WIB. Format file GeoPDF, maks 20 MB.

Thanks!
Nurul""",
     "announcement", "mixed", {"course_code": "GEO3108", "course_name": "Kartografi Digital",
                               "title": "Pengumpulan Peta Tematik Diperpanjang", "scope": "course",
                               "publish_at": "2026-11-05T08:00:00+07:00"})

mail("ann-mek-dateonly-jadwal", "outlook", mkdate(2026, 11, 5, 14, 28),
     ("Bayu Prasetyo", "bayu.prasetyo@polibatam.ac.id"),
     "Jadwal praktikum PLC",
     mso("""Dear Tim P4M,

Mohon pengumuman berikut ditayangkan di kursus MKT3105 Sistem Kontrol Mekatronika tanggal 9 November 2026.

Judul: Jadwal Praktikum PLC Gelombang 2
Kelompok A: Selasa, 10 November 2026 pukul 08.00-11.00
Kelompok B: Kamis, 12 November 2026 pukul 13.00-16.00
Tempat: Lab Mekatronika TA 3.2

Terima kasih,
Bayu"""),
     "announcement", "id", {"course_code": "MKT3105", "course_name": "Sistem Kontrol Mekatronika",
                            "title": "Jadwal Praktikum PLC Gelombang 2", "scope": "course"},
     note="Publish date only (no clock time); the times listed are practicum sessions.")

mail("ann-de-volunteer-asap", "tbird", mkdate(2026, 10, 12, 16, 50),
     ("Jonas Becker", "jonas.becker@gmail.com"),
     "Announcement for Robotics students",
     """Dear helpdesk team,

I am volunteering in the Robotics lab this semester (from Stuttgart). Would you be so kind and post the following announcement in the course RBT2106 Sensor dan Aktuator, as soon as possible please:

"Workshop: Sensor Calibration with Arduino"
On Thursday, 15 October 2026, from 14:00 until 16:00, in the Robotics lab. Please bring your own laptop. Participation is voluntary, there are 20 places.

With best regards from the lab,
Jonas Becker""",
     "announcement", "en", {"course_code": "RBT2106", "course_name": "Sensor dan Aktuator",
                            "title": "Workshop: Sensor Calibration with Arduino", "scope": "course"})

mail("ann-id-lecturer-english-table", "outlook", mkdate(2026, 10, 26, 8, 12),
     ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
     "Announcement for PAR2301 students",
     """<p class="MsoNormal">Dear P4M,<o:p></o:p></p>
<p class="MsoNormal">Please publish this in PAR2301 Ekonomi Pariwisata right away, mohon segera karena mahasiswa sudah banyak bertanya.<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Title</b></p></td><td><p class="MsoNormal">Mid-term Exam Room Change</p></td></tr>
<tr><td><p class="MsoNormal"><b>Content</b></p></td><td><p class="MsoNormal">The mid-term exam on Wednesday, 28 October 2026 at 09.00 moves from room B205 to the Auditorium.</p></td></tr>
</table>
<p class="MsoNormal">Regards,<br>Rudi Hartono, S.E., M.Par.<o:p></o:p></p>""",
     "announcement", "mixed", {"course_code": "PAR2301", "course_name": "Ekonomi Pariwisata",
                               "title": "Mid-term Exam Room Change", "scope": "course"})

mail("ann-cn-7-oclock", "gmail", mkdate(2026, 11, 13, 17, 25),
     ("Li Wei", "liwei.visiting@gmail.com"),
     "announcement to my student",
     """Hello P4M friend,

Please help me put announcement in RBT3204. Publish on 18 November 2026 at 7 o'clock morning. The title is Quiz 2 Information.

Quiz 2 will open in e-learning on Thursday, 19 November 2026, 08:00 to 20:00. Chapter 4 and 5. Students prepare well, no cheating please.

Thank you so much, you help me a lot this semester.
Li Wei""",
     "announcement", "en", {"course_code": "RBT3204", "title": "Quiz 2 Information", "scope": "course",
                            "publish_at": "2026-11-18T07:00:00+07:00"})

mail("ann-subject-only-kuliah-pengganti", "outlook", mkdate(2026, 11, 6, 10, 2),
     ("Drs. H. Syamsul Bahri", "syamsul.bahri@polibatam.ac.id"),
     "Tolong tayangkan pengumuman 'Kuliah Pengganti Pengantar Perhotelan' di kursus PAR1103 hari ini jam 15.00, kuliah pengganti Sabtu 7 Nov pukul 08.00 ruang B104",
     mso("""sesuai subjek"""),
     "announcement", "id", {"course_code": "PAR1103", "title": "Kuliah Pengganti Pengantar Perhotelan",
                            "scope": "course", "publish_at": "2026-11-06T15:00:00+07:00"},
     note="Everything is in the subject line.")

mail("ann-anim-emoji-besok", "samsung", mkdate(2026, 11, 9, 21, 33),
     ("Putri Ayu \u2728", "putri.ayu@polibatam.ac.id"),
     "pengumuman lomba \U0001F3A8",
     """kak P4M \U0001F64F\U0001F64F

mau titip pengumuman
buat kursus ANM2105 Desain Karakter \U0001F432

judulnya: Lomba Desain Maskot Polibatam \U0001F3C6

isinya:
pendaftaran sampai Jumat, 20 November 2026 \U0001F4C6
karya dikirim format PNG \U0001F5BC
hadiah total 3 juta \U0001F4B8

tayang besok jam 7 pagi yaa \u23F0

makasii \U0001F97A\U0001F49C""",
     "announcement", "id", {"course_code": "ANM2105", "course_name": "Desain Karakter",
                            "title": "Lomba Desain Maskot Polibatam", "scope": "course",
                            "publish_at": "2026-11-10T07:00:00+07:00"})

mail("ann-geo-pdf-besok", "gmail", mkdate(2026, 11, 11, 15, 10),
     ("Hendra Saputra", "hendra.saputra@polibatam.ac.id"),
     "Pengumuman kunjungan lapangan (PDF)",
     """Selamat sore,

Mohon pengumuman di PDF terlampir ditayangkan di kursus GEO2104 besok pukul 08.00.

Terima kasih,
Hendra""",
     "announcement", "id", {"course_code": "GEO2104", "title": "Kunjungan Lapangan ke BIG Cibinong",
                            "scope": "course", "publish_at": "2026-11-12T08:00:00+07:00"},
     note="The title and the text are only in the attached PDF.",
     atts=[attach("application/pdf", "pengumuman_kunjungan.pdf", pdf([
         "PENGUMUMAN",
         "Kunjungan Lapangan ke BIG Cibinong",
         "Mahasiswa Geomatika semester 5 berangkat Senin, 23 November 2026 pukul 05.00",
         "dari Bandara Hang Nadim. Briefing wajib Jumat, 20 November 2026 pukul 14.00.",
         "Laboratorium Geomatika"]))])

_bk_inner = inner_msg("ann-site-rfc822-listrik", ("Bagian Umum", "umum@polibatam.ac.id"), "admin.p4m@polibatam.ac.id",
                      "Pemadaman listrik kampus", mkdate(2026, 11, 16, 15, 0),
                      """Kepada P4M,

Mohon dibuat pengumuman untuk seluruh sivitas di e-learning, tayang tanggal 20 November pukul 06.00.
Judul: Pemadaman Listrik Kampus Sabtu 21 November
Isi: Listrik seluruh gedung padam pada Sabtu, 21 November 2026 pukul 08.00-14.00 karena pemeliharaan trafo PLN. Server e-learning tetap berjalan dengan genset.

Bagian Umum""")
mail("ann-site-rfc822-listrik", None, mkdate(2026, 11, 17, 8, 20),
     ("Admin P4M", "admin.p4m@polibatam.ac.id"),
     "Fwd: Pemadaman listrik kampus",
     None, "announcement", "id", {"title": "Pemadaman Listrik Kampus Sabtu 21 November", "scope": "site",
                                  "publish_at": "2026-11-20T06:00:00+07:00"},
     note="Request forwarded as message/rfc822 from the general affairs office.",
     raw=fwd_rfc822("ann-site-rfc822-listrik", "Diteruskan ke helpdesk, mohon dibuat tiketnya.\n\nAdmin P4M", _bk_inner))


# =============================== elearning_support (12) ===============================

mail("sup-log-grades-not-sync", "gmail", mkdate(2026, 9, 4, 10, 40),
     ("Sri Wahyuni", "sri.wahyuni@polibatam.ac.id"),
     "Nilai di e-learning tidak muncul di rekap",
     """Selamat pagi,

Nilai kuis 1 dan 2 di kursus LOG2105 Manajemen Pergudangan sudah dinilai semua oleh dosen, tapi di Grader report kolom Course total masih kosong dan tidak ikut ke export Excel. Apakah ada pengaturan yang salah? Dosennya sudah coba "Recalculate" tapi tetap sama.

Terima kasih,
Sri Wahyuni
Admin Prodi Logistik""",
     "elearning_support", "id")

mail("sup-vn-forum-not-post", "mutt", mkdate(2026, 9, 14, 14, 2),
     ("Nguyen Thi Thu Ha", "thuha.nguyen@polibatam.ac.id"),
     "Forum cannot post",
     """Dear helpdesk,

In my course RBT4105 the students try to post in the Discussion forum but they
get message "You do not have permission to add a new discussion topic". Me as
teacher can post normally. I did not change anything, I promise :)

Can you check please? Many thanks.

Thu Ha""",
     "elearning_support", "en")

mail("sup-tour-video-wifi", "samsung", mkdate(2026, 9, 24, 11, 55),
     ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
     "video ga bisa diputar",
     """Siang P4M,
video materi di kursus Front Office Operation tidak bisa play kalau pakai wifi kampus (Polibatam-Hotspot), loading terus.
Pakai data HP lancar. Is it blocked by the firewall? Mahasiswa jadi tidak bisa nonton di kelas.
Thanks""",
     "elearning_support", "mixed")

mail("sup-mek-pindah-kelas-hilang", "huawei", mkdate(2026, 9, 29, 20, 14),
     ("Dimas Arya", "dimas.arya@students.polibatam.ac.id"),
     "tidak bisa lihat kursus setelah pindah kelas",
     """Permisi admin, saya Dimas Arya NIM 4222301017 prodi Mekatronika. Minggu lalu saya pindah dari kelas pagi ke kelas malam (sudah ada surat dari prodi), tapi sekarang kursus MKT2202 Elektronika Daya hilang dari dashboard saya, kelas lama juga tidak bisa dibuka. Mohon bantuannya min, minggu depan ada kuis""",
     "elearning_support", "id")

mail("sup-anim-h5p", "outlook", mkdate(2026, 10, 6, 13, 18),
     ("Bambang Wijaya", "bambang.wijaya@polibatam.ac.id"),
     "H5P interactive video tidak menyimpan nilai",
     mso("""Yth. Tim P4M,

Di kursus ANM3302 saya membuat aktivitas H5P Interactive Video dengan 5 pertanyaan. Mahasiswa bisa mengerjakan, tetapi nilainya tidak masuk ke gradebook (tertulis "-"). Pengaturan "Maximum grade" sudah 100.

Mohon dicek. Terlampir tangkapan layar sudah saya kirim lewat WA ke Mas Admin juga.

Salam,
Bambang Wijaya"""),
     "elearning_support", "id")

mail("sup-mtr-plagiarism-queue", "gmail", mkdate(2026, 10, 13, 9, 9),
     ("Prof. Dr. Andi Kurniawan", "andi.kurniawan@polibatam.ac.id"),
     "Plagiarism check stuck in queue",
     """Dear P4M,

Our master's students submitted their proposal drafts in MTR6101 on Friday, but the similarity reports are still "Pending" / "Queued" after three days. The submission deadline for the proposal seminar is next week, so we need the reports soon.

Is the plagiarism-check service down, or is there a limit on file size?

Regards,
Andi Kurniawan""",
     "elearning_support", "en")

mail("sup-question-can-change-name", "tbird", mkdate(2026, 10, 15, 15, 44),
     ("Teguh Santoso", "teguh.santoso@polibatam.ac.id"),
     "Pertanyaan ganti nama kursus",
     """Sore,

Mau tanya saja: apakah dosen bisa mengubah nama kursus sendiri di e-learning, atau harus lewat P4M? Kalau bisa sendiri, menu-nya di mana ya? Saya cari di Course administration tidak ketemu.

Belum perlu diganti sekarang, cuma ingin tahu caranya.

Teguh""",
     "elearning_support", "id", note="How-to question about changing a course name, not a change request.")

mail("sup-subject-only-login", "outlook", mkdate(2026, 10, 20, 7, 12),
     ("Dra. Hj. Rosmawati", "rosmawati@polibatam.ac.id"),
     "tidak bisa login elearning sejak tadi pagi, password sudah benar, muncul Invalid login",
     "",
     "elearning_support", "id", note="Problem only in the subject; empty body.")

mail("sup-quiz-thread-3", "gmail", mkdate(2026, 10, 23, 16, 30),
     ("Oktavianus Sembiring", "oktavianus@polibatam.ac.id"),
     "Re: Kuis Kinematika tertutup otomatis",
     """P4M, bisa bantu cek? Kuis "Kuis 3 Jacobian" di RBT2301 tertutup otomatis jam 10.20 padahal time limit 60 menit dan mahasiswa mulai jam 10.00. Sekitar 15 mahasiswa kena. Can you reopen or tell me how to add an override?

Oktavianus

Pada Jum, 23 Okt 2026 pukul 12.10 Yusuf Mahendra <yusuf.mahendra@polibatam.ac.id>
menulis:
> Pak Okta, coba langsung tanya P4M saja, saya juga tidak paham setting-nya.
>
> Pada Jum, 23 Okt 2026 pukul 11.02 Ketua Kelas ROB-2A <kelas.rob2a@students.polibatam.ac.id>
> menulis:
>> Pak, kuis tadi tiba-tiba tertutup padahal waktunya belum habis, banyak yang
>> belum submit. Mohon kebijakannya pak.""",
     "elearning_support", "mixed")

mail("sup-tour-emoji-upload", "gmail", mkdate(2026, 10, 27, 20, 48),
     ("Putri Ayu \u2728", "putri.ayu@polibatam.ac.id"),
     "upload gagal terus \U0001F62D",
     """kak tolongg \U0001F62D

mahasiswa aku
ga bisa upload video tugas
di Front Office Operation

katanya
"file too large" \U0001F635

padahal cuma 180 MB
bisa dinaikin ga kak limitnya? \U0001F97A

makasihh \U0001F64F""",
     "elearning_support", "id")

mail("sup-de-volunteer-access", "tbird", mkdate(2026, 10, 30, 9, 26),
     ("Jonas Becker", "jonas.becker@gmail.com"),
     "Access to course for volunteer",
     """Dear helpdesk team,

Mr. Yusuf told me that I can help the students in RBT2106 with their Arduino projects in the forum. But with my Gmail address I cannot log in to e-learning at all, there is only the SSO button. Is it possible to get a guest account or some kind of access? I do not need to see the grades.

Thank you very much in advance,
Jonas Becker""",
     "elearning_support", "en")

mail("sup-anim-gradebook-ps", "roundcube", mkdate(2026, 11, 2, 11, 3),
     ("Gilang Ramadhan", "gilang.ramadhan@polibatam.ac.id"),
     "Undangan screening + satu hal",
     """Halo P4M,

Seperti janji saya bulan lalu, screening karya akhir mahasiswa animasi jadi diadakan Kamis, 10 Desember 2026 di Aula. Undangan resmi menyusul dari prodi, semoga bisa hadir.

Salam,
Gilang

P.S. Di kursus ANM2105 bobot kategori di gradebook tiba-tiba berubah sendiri jadi sama rata (Tugas 25, UTS 25, UAS 25, Proyek 25), padahal sudah saya set 20/30/30/20. Itu bug atau ada yang mengubah? Mohon dicek.""",
     "elearning_support", "id", note="The support question is in the P.S. after an invitation.")


# =============================== document_request (7) ===============================

mail("doc-cn-rps-english", "gmail", mkdate(2026, 9, 5, 8, 31),
     ("Li Wei", "liwei.visiting@gmail.com"),
     "RPS template in English?",
     """Dear P4M,

Program asks me to make RPS for my course. The template I got is in Bahasa Indonesia, I use Google translate but very confusing. Do you have RPS template in English version? Word file is better so I can type.

Thank you, I am grateful.
Li Wei""",
     "document_request", "en")

mail("doc-kontrak-kuliah-english", "outlook", mkdate(2026, 9, 8, 16, 2),
     ("Maria Goretti Simanjuntak", "maria.simanjuntak@polibatam.ac.id"),
     "Request: kontrak kuliah template (English)",
     mso("""Dear P4M,

We have three visiting lecturers this semester in Logistics. Could you send us the kontrak kuliah template in English? Kalau belum ada versi Inggris, versi Indonesia yang terbaru juga tidak apa-apa, nanti kami terjemahkan.

Thank you,
Maria"""),
     "document_request", "mixed")

mail("doc-sop-ujian-daring", "outlook", mkdate(2026, 9, 30, 10, 20),
     ("Sekretariat Robotika", "robotika@polibatam.ac.id"),
     "Permohonan SOP Ujian Daring",
     mso("""Yth. Kepala P4M,

Sehubungan dengan rencana pelaksanaan UTS secara daring bagi mahasiswa yang sedang magang industri, kami mohon dapat dikirimkan SOP Pelaksanaan Ujian Daring (e-learning) yang berlaku, termasuk formulir berita acara ujian daring jika ada.

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Hormat kami,
Sekretariat Prodi Teknologi Rekayasa Robotika"""),
     "document_request", "id")

mail("doc-pedoman-blended", "huawei", mkdate(2026, 10, 8, 12, 47),
     ("Ahmad Fauzi", "ahmad.fauzi@polibatam.ac.id"),
     "minta pedoman blended learning",
     """Siang pak/bu, boleh minta file pedoman blended learning Polibatam yg terbaru? Mau dipakai untuk menyusun porsi daring-luring MK di prodi Mekatronika. Yang versi 2024 saya ada tapi katanya sudah direvisi. Terima kasih""",
     "document_request", "id")

mail("doc-led-template", "gmail", mkdate(2026, 10, 21, 14, 35),
     ("Tim Akreditasi Geomatika", "akreditasi.geomatika@polibatam.ac.id"),
     "Template draf bab LED",
     """Yth. P4M,

Tim akreditasi prodi Geomatika sedang menyusun Laporan Evaluasi Diri. Mohon dibagikan template draf per bab LED (terutama Bab C.6 Pendidikan dan C.9 Luaran) yang dipakai P4M, supaya format kami seragam dengan prodi lain.

Terima kasih,
Tim Akreditasi Geomatika""",
     "document_request", "id")

mail("doc-subject-only-rps", "outlook", mkdate(2026, 11, 10, 7, 48),
     ("Drs. H. Syamsul Bahri", "syamsul.bahri@polibatam.ac.id"),
     "Mohon dikirimkan template RPS terbaru format OBE",
     "",
     "document_request", "id", note="Request only in the subject; empty body.")

mail("doc-th-sop-online-exam", "roundcube", mkdate(2026, 11, 12, 9, 58),
     ("Somchai Wongsakul", "somchai.w@polibatam.ac.id"),
     "SOP for online exam",
     """Hello P4M team,

Next month I must give final exam online for TRM4102 because I go back to Bangkok. Program head say there is SOP for online exam from P4M. Can you send me this SOP, English version if have? If only Indonesian, no problem, I ask my colleague help to read.

Khob khun krab,
Somchai""",
     "document_request", "en")


# =============================== other (7) ===============================

mail("oth-already-done", "gmail", mkdate(2026, 9, 19, 13, 6),
     ("Nurul Hidayah", "nurul.hidayah@polibatam.ac.id"),
     "Re: Semester Kartografi Digital",
     """Siang,

Maaf, abaikan email saya kemarin. Ternyata saya punya akses editing dan semester GEO3108 sudah saya pindahkan sendiri ke semester lima, sudah tampil benar di dashboard mahasiswa.

Terima kasih,
Nurul

Pada Kam, 17 Sep 2026 pukul 10.26 Nurul Hidayah <nurul.hidayah@polibatam.ac.id>
menulis:
> Kursus GEO3108 Kartografi Digital di e-learning masih ada di semester tiga.""",
     "other", "id", note="Reports a change already done by the sender; nothing left to do.")

mail("oth-plan-next-year", "outlook", mkdate(2026, 10, 1, 15, 12),
     ("Maria Goretti Simanjuntak", "maria.simanjuntak@polibatam.ac.id"),
     "Info awal: rencana perubahan nama MK tahun depan",
     mso("""Rekan P4M,

Sekadar info awal: prodi Logistik berencana mengganti nama beberapa MK (misalnya Transportasi Multimoda menjadi Manajemen Transportasi Multimoda) mulai tahun akademik 2027/2028, setelah kurikulum direvisi. Nanti permintaan resminya kami kirim setelah SK keluar, jadi untuk sekarang belum perlu ada perubahan.

Salam,
Maria"""),
     "other", "id", note="A plan for next year, not a request yet.")

mail("oth-siakad-krs", "huawei", mkdate(2026, 9, 26, 22, 30),
     ("Siti Rahma", "siti.rahma@students.polibatam.ac.id"),
     "krs tidak bisa",
     """Malam kak, saya mahasiswa Pariwisata semester 3. KRS saya di SIAKAD belum bisa disimpan, muncul tulisan "tagihan belum lunas" padahal sudah bayar UKT tanggal 20. Harus lapor ke mana ya kak? Makasih""",
     "other", "id", note="SIAKAD/finance problem that belongs to another office.")

mail("oth-wifi-hotspot-voucher", "samsung", mkdate(2026, 10, 10, 10, 10),
     ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
     "voucher wifi tamu",
     """Pagi P4M,
besok ada tamu dari asosiasi hotel 15 orang untuk guest lecture.
Need wifi guest vouchers for them, bisa minta ke sini atau ke UPT TIK ya?
Thanks""",
     "other", "mixed", note="Guest Wi-Fi vouchers belong to the IT unit.")

mail("oth-vn-thanks", "mutt", mkdate(2026, 10, 16, 17, 1),
     ("Nguyen Thi Thu Ha", "thuha.nguyen@polibatam.ac.id"),
     "Re: Forum cannot post",
     """Dear helpdesk,

The forum is working now, students can post again. Thank you so much for the
fast help, you are my lifesaver this semester!

Best regards,
Thu Ha

On Mon, 14 Sep 2026 at 14:02, Nguyen Thi Thu Ha wrote:
> In my course RBT4105 the students try to post in the Discussion forum but they
> get message "You do not have permission to add a new discussion topic".""",
     "other", "en")

mail("oth-parkir-stiker", "gmail", mkdate(2026, 11, 16, 8, 5),
     ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
     "Stiker parkir dosen tamu",
     """Selamat pagi,

Dosen tamu kami dari Thailand belum dapat stiker parkir motor, jadi setiap hari ditahan di gerbang belakang. Apakah P4M bisa bantu urus, atau harus ke Bagian Umum?

Terima kasih,
Rudi Hartono""",
     "other", "id", note="Parking sticker; belongs to the general affairs office.")

mail("oth-honor-complaint", "gmail", mkdate(2026, 11, 19, 19, 40),
     ("Oktavianus Sembiring", "oktavianus@polibatam.ac.id"),
     "Honor pembuatan konten e-learning",
     """Selamat malam P4M,

Mau tanya dan sedikit komplain: honor pembuatan video pembelajaran semester lalu belum cair sampai sekarang. Katanya harus ada surat dari P4M ke bagian keuangan. Is that true? Kalau iya, tolong dibantu, sudah lima bulan lho.

Oktavianus""",
     "other", "mixed", note="Payment complaint; belongs to finance.")


# =============================== auto (6) ===============================

_dsn_orig = ("From: Hendra Saputra <hendra.saputra@polibatam.ac.id>\nTo: surveyor.batam@gmial.com\n"
             "Subject: Re: Jadwal praktikum echosounder\nDate: Thu, 15 Oct 2026 06:12:40 +0700\n"
             "Message-ID: <%s@polibatam.ac.id>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\n\n"
             "Pak, jadwal praktikum sudah kami umumkan di e-learning.\n" % h("dsn-orig", 20))
_dsn = multi("report", [
    part('text/plain; charset="UTF-8"', """** Address not found **

Your message wasn't delivered to surveyor.batam@gmial.com because the domain gmial.com couldn't be found. Check for typos or unnecessary spaces and try again.

The response was:

DNS Error: DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN""", "7bit"),
    "Content-Type: message/delivery-status\n\nReporting-MTA: dns; googlemail.com\nArrival-Date: Thu, 15 Oct 2026 06:12:41 +0700\n\n"
    "Final-Recipient: rfc822; surveyor.batam@gmial.com\nAction: failed\nStatus: 5.1.2\nDiagnostic-Code: smtp; DNS type 'mx' lookup of gmial.com responded with code NXDOMAIN\n",
    "Content-Type: message/rfc822\n\n" + _dsn_orig], "auto-dsn-gmail", "rep",
    extra="").replace('boundary="', 'report-type=delivery-status; boundary="', 1)
mail("auto-dsn-gmail-failure", None, mkdate(2026, 10, 15, 6, 12),
     ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
     "Delivery Status Notification (Failure)", None, "auto", "en",
     note="Gmail bounce of a mail the helpdesk address was copied on.",
     to="hendra.saputra@polibatam.ac.id, " + HD, raw=("Auto-Submitted: auto-replied\n", _dsn))

mail("auto-moodle-backup-report", "plain", mkdate(2026, 10, 25, 3, 30),
     ("E-learning Polibatam (via Moodle)", "noreply@elearning.polibatam.ac.id"),
     "Polibatam E-learning: Course backup status",
     """This is a summary of the scheduled course backup on Polibatam E-learning:

Courses: 1284
OK: 1279
Errors: 2
Unfinished: 0
Skipped: 3
Warnings: 0

Failed courses: GEO2104, ANM3302

Details: https://elearning.polibatam.ac.id/report/backups/index.php

This message was generated automatically. Please do not reply.""",
     "auto", "en", extra="Auto-Submitted: auto-generated\nPrecedence: bulk\nX-Auto-Response-Suppress: All\n")

mail("auto-google-classroom", "gmail", mkdate(2026, 11, 2, 7, 45),
     ("Google Classroom", "no-reply@classroom.google.com"),
     "New assignment: \"Laporan Kunjungan Industri\"",
     """Tourism Industry Visit 2026
Rudi Hartono posted a new assignment

Laporan Kunjungan Industri
Due Nov 13

OPEN

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA
This email was sent to helpdesk-p4m@polibatam.ac.id. You received this email because you are enrolled in this class. Unsubscribe""",
     "auto", "en", note="Classroom notification received because the helpdesk address was enrolled in a class.",
     extra="Auto-Submitted: auto-generated\nList-Unsubscribe: <https://classroom.google.com/unsubscribe?c=%s>\n" % h("gc", 12))

mail("auto-idul-fitri-ooo", "outlook", mkdate(2026, 9, 21, 10, 51),
     ("Dra. Hj. Rosmawati", "rosmawati@polibatam.ac.id"),
     "Balasan Otomatis: perubahan MK",
     mso("""Assalamualaikum Wr. Wb.

Terima kasih atas email Bapak/Ibu. Saya sedang cuti Idul Fitri dan akan kembali bekerja setelah libur bersama. Untuk keperluan mendesak silakan hubungi Sekretariat Prodi Pariwisata.

Mohon maaf lahir dan batin.

Rosmawati"""),
     "auto", "id", note="Stale Idul Fitri out-of-office reply left switched on.",
     extra="Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\nX-Autoreply: yes\n")

mail("auto-newsletter-list", "gmail", mkdate(2026, 11, 20, 9, 0),
     ("Buletin LLDIKTI Wilayah X", "buletin@lldikti10.id"),
     "Buletin Mutu Pendidikan Tinggi - Edisi November 2026",
     """BULETIN MUTU PENDIDIKAN TINGGI
Edisi November 2026

Dalam edisi ini:
- Tips menyusun dokumen SPMI yang ringkas
- Jadwal bimtek akreditasi bulan Desember
- Kisah sukses pembelajaran bauran di politeknik

Baca selengkapnya di situs kami.

Anda menerima email ini karena terdaftar di milis buletin. Berhenti berlangganan: https://lldikti10.id/unsubscribe""",
     "auto", "id",
     extra="List-Id: Buletin Mutu <buletin.lldikti10.id>\nList-Unsubscribe: <https://lldikti10.id/unsubscribe?u=%s>, <mailto:unsubscribe@lldikti10.id>\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\nPrecedence: bulk\n" % h("nl", 10))

_ics = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REPLY
BEGIN:VEVENT
DTSTART:20261125T020000Z
DTEND:20261125T040000Z
DTSTAMP:20261123T031500Z
ORGANIZER;CN=Helpdesk P4M:mailto:helpdesk-p4m@polibatam.ac.id
UID:%s@google.com
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Yusuf Mahendra:mailto:yusuf.mahendra@polibatam.ac.id
SUMMARY:Pelatihan H5P untuk dosen Robotika
STATUS:CONFIRMED
END:VEVENT
END:VCALENDAR""" % h("ics", 26)
_cal = multi("mixed", [multi("alternative", [
    part('text/plain; charset="UTF-8"', "Yusuf Mahendra has accepted this invitation.\n\nPelatihan H5P untuk dosen Robotika\nWednesday Nov 25, 2026 9am - 11am (WIB)", "7bit"),
    part('text/calendar; charset="UTF-8"; method=REPLY', _ics, "7bit")], "auto-cal", "alt")], "auto-cal", "mix")
mail("auto-calendar-accepted", None, mkdate(2026, 11, 23, 10, 15),
     ("Yusuf Mahendra", "yusuf.mahendra@polibatam.ac.id"),
     "Accepted: Pelatihan H5P untuk dosen Robotika @ Wed Nov 25, 2026 9am - 11am (WIB) (helpdesk-p4m@polibatam.ac.id)",
     None, "auto", "en", note="Calendar accept reply to an invitation sent from the helpdesk calendar.",
     raw=("", _cal))


# =============================== checks and output ===============================

CLIENT_TAG = {"cd-mek-rfc822": "rfc822", "ann-site-rfc822-listrik": "rfc822", "auto-dsn-gmail-failure": "gmaildsn",
              "auto-calendar-accepted": "gcal"}
WD = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6,
      "sen": 0, "sel": 1, "rab": 2, "kam": 3, "jum": 4, "sab": 5, "min": 6,
      "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
      "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}
MON = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "mei": 5, "may": 5, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "aug": 8,
       "sep": 9, "okt": 10, "oct": 10, "nov": 11, "des": 12, "dec": 12}
WD_RE = re.compile(r"\b(%s),?\s+(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})" % "|".join(sorted(WD, key=len, reverse=True)), re.I)
WD_RE2 = re.compile(r"\b(%s),?\s+([A-Za-z]{3})[a-z]*\s+(\d{1,2}),\s+(\d{4})" % "|".join(sorted(WD, key=len, reverse=True)), re.I)


def strip_html(s):
    s = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>|</td>", "\n", s)
    return html.unescape(re.sub(r"<[^>]+>", " ", s))


def all_text(msg):
    out = [str(msg["Subject"] or "")]
    for p in msg.walk():
        ct = p.get_content_type()
        if p.is_multipart():
            continue
        if ct == "message/rfc822" or ct == "message/delivery-status":
            continue
        if ct.startswith("text/"):
            t = p.get_content()
            out.append(strip_html(t) if ct == "text/html" else t)
        elif ct == DOCX_T:
            z = zipfile.ZipFile(io.BytesIO(p.get_payload(decode=True)))
            out.append(html.unescape(re.sub(r"<[^>]+>", " ", z.read("word/document.xml").decode())))
        elif ct == "application/pdf":
            raw = p.get_payload(decode=True).decode("latin-1")
            out.append("\n".join(re.sub(r"\\(.)", r"\1", x) for x in re.findall(r"\(((?:\\.|[^\\)])*)\)\s*Tj", raw)))
    for p in msg.walk():
        if p.get_content_type() == "message/rfc822":
            inner = p.get_payload()[0]
            out.append(str(inner["Subject"] or ""))
    return "\n".join(out)


def defects(msg):
    d = []
    for p in msg.walk():
        d += list(p.defects)
    return d


def check(name, raw, m):
    errs = []
    b = raw.encode("utf-8")
    if re.search(rb"(?<!\r)\n", b) or re.search(rb"\r(?!\n)", b):
        errs.append("not CRLF")
    msg = email.message_from_bytes(b, policy=email.policy.default)
    if defects(msg):
        errs.append("defects %r" % defects(msg))
    if msg["Subject"] != m["subj"]:
        errs.append("subject round-trip %r" % msg["Subject"])
    if msg["Date"].datetime != m["date"].replace(microsecond=0):
        errs.append("date round-trip")
    d = m["date"]
    if not (dt.date(2026, 9, 1) <= d.date() <= dt.date(2026, 11, 28)):
        errs.append("date out of range")
    for p in msg.walk():
        if p.get_content_disposition() == "attachment" and p.get_content_type() != "message/rfc822":
            if len(p.get_payload(decode=True)) >= 30 * 1024:
                errs.append("attachment too big")
    text = all_text(msg)
    flat = " ".join(text.split())
    def need(v, what):
        if " ".join(v.split()) not in flat:
            errs.append("%s %r not in text" % (what, v))
    f = m["fields"]
    for k in ("course_code", "course_name", "title"):
        if k in f:
            need(f[k], k)
    for k, v in f.get("changes", {}).items():
        need(v, "changes." + k)
    if f and m["typ"] not in ("course_data", "announcement"):
        errs.append("fields on non-data type")
    if m["typ"] == "announcement" and f.get("scope") not in ("course", "site"):
        errs.append("scope missing")
    if "publish_at" in f:
        dt.datetime.fromisoformat(f["publish_at"])
        if not f["publish_at"].endswith("+07:00"):
            errs.append("publish_at tz")
    for rx, order in ((WD_RE, "dmy"), (WD_RE2, "mdy")):
        for g in rx.findall(text):
            wd = WD[g[0].lower()]
            if order == "dmy":
                day, mon, yr = int(g[1]), MON.get(g[2].lower()), int(g[3])
            else:
                mon, day, yr = MON.get(g[1].lower()), int(g[2]), int(g[3])
            if mon is None:
                errs.append("month? %r" % (g,))
                continue
            if dt.date(yr, mon, day).weekday() != wd:
                errs.append("weekday mismatch %r" % (g,))
    return errs


def main():
    ms = sorted(MAILS, key=lambda m: m["date"])
    counts = {}
    langs = {}
    labels = {}
    files = {}
    bad = False
    for i, m in enumerate(ms, 1):
        tag = CLIENT_TAG.get(m["slug"], m["client"])
        name = "%03d-%s-%s.eml" % (i, tag, m["slug"])
        raw = build(m)
        errs = check(name, raw, m)
        if errs:
            bad = True
            print(name, "; ".join(errs))
        counts[m["typ"]] = counts.get(m["typ"], 0) + 1
        langs[m["lang"]] = langs.get(m["lang"], 0) + 1
        entry = {"type": m["typ"], "lang": m["lang"], "fields": m["fields"]}
        if m["note"]:
            entry["note"] = m["note"]
        labels[name] = entry
        files[name] = raw
    if len(set(m["slug"] for m in ms)) != len(ms):
        print("duplicate slugs")
        bad = True
    print("types", counts, "langs", langs, "total", len(ms))
    if counts != PLAN:
        print("counts differ from plan", PLAN)
        bad = True
    if bad:
        sys.exit(1)
    for f in os.listdir(HERE):
        if re.match(r"\d{3}-.*\.eml$", f) and f not in files:
            os.remove(os.path.join(HERE, f))
    for name, raw in files.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw.encode("utf-8"))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the sixteenth P4M helpdesk TUNING corpus about requesters' answers to the helpdesk's own mail.

When a request lacks a value, the helpdesk's receipt asks for it ("Mohon lengkapi: nama baru mata kuliah" /
"Please complete: the new course name"); staff sometimes ask too ("Kelas yang mana, Bu?"). These are the answers:
top-posted, bottom-posted and between the quoted lines; the value alone, labelled ("yang baru: X") or in a sentence;
in another language than the receipt; from a colleague on the requester's behalf; several values on lines; and
answers that withdraw the request ("tidak jadi", "sudah tidak perlu", "please cancel"). Near-misses: a thank-you,
a new unrelated question, a reply quoting the receipt but adding nothing, an out-of-office answering the receipt,
a hedge, a question back. The quoted receipts are written as templates/ticket/ack.requester.*.txt.j2 renders them.

Each mail is labelled as a standalone request (what `helpdesk eval` scores): the course named in the quoted
receipt, the change the answer completes. A withdrawal or a hedge keeps the ticket's type and names no change
(the convention of tune14-changes). Written by the replies area before any rule it tests, without reading any
held-out mail. The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py.
Run:  python3 make_tune16_replies.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 25, "announcement": 2, "elearning_support": 1, "other": 2, "auto": 1}
M = E.M
DESK = "Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>"

TYPES = {
    "id": {"course_data": "perubahan data identitas mata kuliah", "announcement": "publikasi pengumuman di e-learning"},
    "en": {"course_data": "change of course identity data", "announcement": "announcement on e-learning"},
}
LABELS = {
    "id": {"course_code": "Kode MK", "course_name": "Nama MK", "title": "Judul pengumuman", "scope": "Cakupan",
           "publish_at": "Waktu tayang", "fullname": "Nama lengkap baru", "shortname": "Nama singkat baru",
           "lecturer": "Dosen pengampu", "class": "Kelas", "credits": "SKS"},
    "en": {"course_code": "Course code", "course_name": "Course name", "title": "Announcement title",
           "scope": "Scope", "publish_at": "Publish at", "fullname": "New full name", "shortname": "New short name",
           "lecturer": "Lecturer", "class": "Class", "credits": "Credits"},
}
NEXT = {
    "id": {
        "course_data": "Langkah berikutnya: staf P4M memeriksa data mata kuliah di e-learning dan menerapkan "
                       "perubahan yang diminta.\nKami akan mengabari Anda setelah perubahan selesai.",
        "announcement": "Langkah berikutnya: staf P4M memeriksa teks pengumuman lalu menayangkannya di e-learning\n"
                        "sesuai waktu yang diminta. Kami akan mengirimkan tautan pengumuman setelah tayang.",
    },
    "en": {
        "course_data": "Next: P4M staff will check the course on e-learning and apply the requested change.\n"
                       "We will let you know as soon as it is done.",
        "announcement": "Next: P4M staff will review the announcement and publish it on e-learning at the time "
                        "requested.\nWe will send you the link once it is published.",
    },
}


def ack(lang, number, name, kind, fields, missing):
    """The receipt as the templates render it, for a request received in service hours."""
    tag = "[P4M #%d]" % number
    lines = "".join("  - %s: %s\n" % (LABELS[lang][key], value) for key, value in fields)
    if lang == "id":
        return (
            "Yth. %s,\n\nTerima kasih. Permintaan Anda telah kami terima dan dicatat dengan nomor tiket %s.\n\n"
            "Kami memahami permintaan Anda sebagai: %s.\n%s\nMohon lengkapi: %s.\n"
            "Cukup balas email ini dengan keterangan tersebut; tanpa itu staf kami belum dapat memprosesnya.\n\n"
            "%s\n\nStaf P4M akan menanggapi permintaan ini paling lambat 60 menit setelah diterima.\n"
            "Jam layanan: Senin-Jumat 08.00-16.00 WIB, kecuali hari libur nasional dan cuti bersama.\n\n"
            "Mohon periksa ringkasan di atas; bila ada yang keliru, cukup balas email ini.\n"
            "Mohon biarkan %s tetap ada di subjek agar balasan Anda masuk ke tiket yang sama.\n\n"
            "Salam,\nHelpdesk P4M\n\n--\nEmail ini dikirim otomatis oleh sistem helpdesk P4M sebagai tanda terima.\n"
        ) % (name, tag, TYPES[lang][kind], lines, "; ".join(missing), NEXT[lang][kind], tag)
    return (
        "Dear %s,\n\nThank you. We have received your request and recorded it as ticket %s.\n\n"
        "We understand your request as: %s.\n%s\nPlease complete: %s.\n"
        "Simply reply to this e-mail with it; until then our staff cannot act on the request.\n\n"
        "%s\n\nP4M staff will respond to this request within 60 minutes of its arrival.\n"
        "Service hours: Monday-Friday 08:00-16:00 WIB, except Indonesian public holidays and joint leave days.\n\n"
        "Please check the summary above; if we have misunderstood anything, simply reply to this e-mail.\n"
        "Please keep %s in the subject so that your reply joins the same ticket.\n\n"
        "Kind regards,\nHelpdesk P4M\n\n--\nThis e-mail was sent automatically by the P4M helpdesk system as a receipt.\n"
    ) % (name, tag, TYPES[lang][kind], lines, "; ".join(missing), NEXT[lang][kind], tag)


def quoted(text):
    return "".join(("> " + line).rstrip() + "\n" for line in text.splitlines())


def gmail_id(when, text):
    return "Pada %s %s menulis:\n%s" % (when, DESK, quoted(text))


def gmail_en(when, text):
    return "On %s %s wrote:\n%s" % (when, DESK, quoted(text))


def outlook_id(when, subject, to, text):
    return ("________________________________\nDari: %s\nDikirim: %s\nKepada: %s\nSubjek: %s\n\n%s"
            % (DESK, when, to, subject, text))


def between(text, after, answer):
    """The receipt quoted, the answer written right under the quoted line that starts with `after`."""
    out = []
    for line in text.splitlines():
        out.append(("> " + line).rstrip())
        if line.startswith(after):
            out += ["", answer, ""]
    return "\n".join(out) + "\n"


def cd(code=None, name=None, **changes):
    fields = {}
    if code:
        fields["course_code"] = code
    if name:
        fields["course_name"] = name
    if changes:
        fields["changes"] = changes
    return fields


def ann(code=None, title=None, scope=None):
    fields = {}
    if code:
        fields["course_code"] = code
    if title:
        fields["title"] = title
    if scope:
        fields["scope"] = scope
    return fields


def reply(number, subject):
    return "Re: [P4M #%d] %s" % (number, subject), "<ack-%d@helpdesk.polibatam.ac.id>" % number


# ---------------------------------------------------------------- the value alone, top-posted

A = ack("id", 201, "Bapak/Ibu", "course_data", [("course_code", "TI3105"), ("course_name", "Pemrograman Mobile")],
        ["nama baru mata kuliah"])
S, R = reply(201, "ganti nama MK TI3105")
M("nilai-saja-atas-kutipan", "2027-07-05 09:20:00", ("Yohanes Siregar", "yohanes.siregar@polibatam.ac.id"), S,
  "Pemrograman Perangkat Bergerak\n\n" + gmail_id("Sen, 5 Jul 2027 pukul 09.02", A),
  "course_data", "id", cd("TI3105", "Pemrograman Mobile", fullname="Pemrograman Perangkat Bergerak"), reply=R)

A = ack("id", 202, "Bapak/Ibu", "course_data", [("course_code", "EL2210"), ("course_name", "Rangkaian Listrik")],
        ["nama singkat baru mata kuliah"])
S, R = reply(202, "short name course")
M("nilai-saja-kode-singkat-hp", "2027-07-05 10:41:00", ("Wulan Sari", "wulansari.plp@gmail.com"), S,
  "RL-EL2B\n\nDikirim dari iPhone saya\n\n" + gmail_id("5 Jul 2027, pukul 10.30", A),
  "course_data", "id", cd("EL2210", "Rangkaian Listrik", shortname="RL-EL2B"), client="iphone", reply=R)

A = ack("id", 203, "Ibu Maria", "course_data", [("course_code", "AK2104"), ("course_name", "Akuntansi Biaya")],
        ["nama dosen pengampu yang baru"])
S, R = reply(203, "Pergantian dosen Akuntansi Biaya")
M("nilai-saja-gelar-akademik", "2027-07-06 08:15:00", ("Maria Ulfa", "maria.ulfa@polibatam.ac.id"), S,
  "Selamat pagi,\n\nDr. Hendra Gunawan, S.E., M.Ak.\n\nTerima kasih\nMaria\n\n"
  + gmail_id("Sel, 6 Jul 2027 pukul 07.58", A),
  "course_data", "id", cd("AK2104", "Akuntansi Biaya", lecturer="Dr. Hendra Gunawan, S.E., M.Ak."), reply=R)

# ---------------------------------------------------------------- labelled answers

A = ack("id", 204, "Bapak/Ibu", "course_data", [("course_code", "MJ2201"), ("course_name", "Manajemen Pemasaran")],
        ["nama baru mata kuliah"])
S, R = reply(204, "Rename course")
M("yang-baru-titik-dua", "2027-07-06 13:05:00", ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"), S,
  "Yang baru: Manajemen Pemasaran Digital\n\nRudi\n\n" + gmail_id("Sel, 6 Jul 2027 pukul 12.50", A),
  "course_data", "id", cd("MJ2201", "Manajemen Pemasaran", fullname="Manajemen Pemasaran Digital"), reply=R)

A = ack("id", 205, "Bapak/Ibu", "course_data", [("course_code", "TM3302"), ("course_name", "Mekanika Fluida")],
        ["jumlah SKS yang benar"])
S, R = reply(205, "SKS salah di e-learning")
M("sksnya-kalimat-pendek", "2027-07-07 09:00:00", ("Fajar Nugroho", "fajar.nugroho@polibatam.ac.id"), S,
  "sks nya 3 min, makasih\n\n" + gmail_id("Rab, 7 Jul 2027 pukul 08.45", A),
  "course_data", "id", cd("TM3302", "Mekanika Fluida", credits="3"), reply=R)

A = ack("id", 206, "Bapak/Ibu", "course_data", [("course_code", "IF1203"), ("course_name", "Algoritma dan Struktur Data")],
        ["enrolment key yang baru"])
S, R = reply(206, "enrol key ASD")
M("key-nya-kata-kerja-pakai", "2027-07-07 10:10:00", ("Lestari Dewi", "lestari.dewi@polibatam.ac.id"), S,
  "Pakai asd#2027b saja ya.\n\nSalam,\nLestari\n\n" + gmail_id("Rab, 7 Jul 2027 pukul 09.55", A),
  "course_data", "id", cd("IF1203", "Algoritma dan Struktur Data", enrolment_key="asd#2027b"), reply=R)

# ---------------------------------------------------------------- bottom-posted and between the quoted lines

A = ack("en", 207, "Sir/Madam", "course_data", [("course_code", "ME3110"), ("course_name", "Thermodynamics")],
        ["the new course name"])
S, R = reply(207, "Course title update ME3110")
M("en-bawah-kutipan-thunderbird", "2027-07-08 14:30:00", ("Pieter de Vries", "pieter.devries@polibatam.ac.id"), S,
  gmail_en("08/07/2027 14:02", A) + "\nApplied Thermodynamics\n\nPieter\n",
  "course_data", "en", cd("ME3110", "Thermodynamics", fullname="Applied Thermodynamics"), client="thunderbird",
  reply=R)

A = ack("id", 208, "Bapak/Ibu", "course_data", [("course_code", "TRK2205"), ("course_name", "Sistem Kendali")],
        ["kelas yang dimaksud"])
S, R = reply(208, "kelas course Sistem Kendali")
M("antara-kutipan-kelas", "2027-07-08 15:12:00", ("Agus Salim", "agus.salim@polibatam.ac.id"), S,
  "Pada Kam, 8 Jul 2027 pukul 15.00 %s menulis:\n" % DESK + between(A, "Mohon lengkapi", "TRK-2B Pagi"),
  "course_data", "id", cd("TRK2205", "Sistem Kendali", **{"class": "TRK-2B Pagi"}), client="thunderbird", reply=R)

A = ack("id", 209, "Bapak/Ibu", "course_data", [("course_code", "BS2101"), ("course_name", "Bahasa Inggris Bisnis")],
        ["semester yang benar"])
S, R = reply(209, "semester MK salah")
M("antara-kutipan-semester-sapaan", "2027-07-09 08:40:00", ("Nur Aini", "nur.aini@polibatam.ac.id"), S,
  "Pada Jum, 9 Jul 2027 pukul 08.30 %s menulis:\n" % DESK
  + between(A, "Mohon lengkapi", "Semester 4 pak, bukan 2."),
  "course_data", "id", cd("BS2101", "Bahasa Inggris Bisnis", semester="4"), reply=R)

# ---------------------------------------------------------------- another language than the receipt

A = ack("id", 210, "Bapak/Ibu", "course_data", [("course_code", "IF4102"), ("course_name", "Kecerdasan Buatan")],
        ["nama baru mata kuliah"])
S, R = reply(210, "Course name change")
M("en-jawab-ack-indonesia", "2027-07-09 11:00:00", ("Kwame Mensah", "kwame.mensah@polibatam.ac.id"), S,
  "Hello, sorry my Indonesian is poor. The new name is Artificial Intelligence and Machine Learning.\n\n"
  "Kwame\n\n" + gmail_id("Jum, 9 Jul 2027 pukul 10.40", A),
  "course_data", "en", cd("IF4102", "Kecerdasan Buatan", fullname="Artificial Intelligence and Machine Learning"),
  reply=R)

A = ack("en", 211, "Sir/Madam", "course_data", [("course_code", "EL3301"), ("course_name", "Power Electronics")],
        ["the name of the new lecturer"])
S, R = reply(211, "Lecturer for Power Electronics")
M("id-jawab-ack-inggris", "2027-07-12 09:30:00", ("Siti Khadijah", "siti.khadijah@polibatam.ac.id"), S,
  "Dosennya diganti Bapak Yusuf Maulana, M.T.\n\nTerima kasih.\n\n" + gmail_en("Mon, 12 Jul 2027 at 09:10", A),
  "course_data", "id", cd("EL3301", "Power Electronics", lecturer="Yusuf Maulana, M.T."), reply=R)

# ---------------------------------------------------------------- a colleague answers on the requester's behalf

A = ack("id", 212, "Bapak Darmawan", "course_data", [("course_code", "SI2304"), ("course_name", "Analisis Sistem")],
        ["nama baru mata kuliah"])
S, R = reply(212, "Ganti nama MK Analisis Sistem")
M("rekan-menjawab-mewakili", "2027-07-12 13:20:00", ("Ratna Sari", "ratna.sari@polibatam.ac.id"), S,
  "Selamat siang,\n\nSaya admin prodi SI, membalas atas nama Pak Darmawan yang sedang dinas luar.\n"
  "Nama baru MK-nya: Analisis dan Perancangan Sistem\n\nHormat saya,\nRatna Sari\nAdmin Prodi SI\n\n"
  + gmail_id("Sen, 12 Jul 2027 pukul 11.02", A),
  "course_data", "id", cd("SI2304", "Analisis Sistem", fullname="Analisis dan Perancangan Sistem"), reply=R)

A = ack("en", 213, "Sir/Madam", "course_data", [("course_code", "IB3201"), ("course_name", "Global Logistics")],
        ["the new short name of the course"])
S, R = reply(213, "Short name IB3201")
M("en-colleague-on-behalf", "2027-07-13 10:05:00", ("Hannah Becker", "hannah.becker@polibatam.ac.id"), S,
  "Hi, Dr. Tan forwarded this to me since I coordinate the course now. Short name should be GLOG-IB3.\n\n"
  "Best,\nHannah\n\n" + gmail_en("Tue, 13 Jul 2027 at 08:15", A),
  "course_data", "en", cd("IB3201", "Global Logistics", shortname="GLOG-IB3"), reply=R)

# ---------------------------------------------------------------- several values, one per line

A = ack("id", 214, "Bapak/Ibu", "course_data", [], ["kode atau nama mata kuliah", "nama baru mata kuliah"])
S, R = reply(214, "mohon ganti nama mata kuliah")
M("dua-nilai-berlabel-baris", "2027-07-13 14:00:00", ("Teguh Prasetyo", "teguh.prasetyo@polibatam.ac.id"), S,
  "Kode MK: TI2210\nNama baru: Interaksi Manusia dan Komputer Lanjut\n\nTeguh\n\n"
  + gmail_id("Sel, 13 Jul 2027 pukul 13.40", A),
  "course_data", "id", cd("TI2210", fullname="Interaksi Manusia dan Komputer Lanjut"), reply=R)

A = ack("id", 215, "Bapak/Ibu", "course_data", [("course_code", "MB2302")], ["data yang ingin diubah beserta nilai barunya"])
S, R = reply(215, "data course MB2302")
M("dua-perubahan-baris-panah", "2027-07-14 09:25:00", ("Dewi Anggraini", "dewi.anggraini@polibatam.ac.id"), S,
  "Berikut min:\nshort name -> MB-KWU3\nsks -> 2\n\nDewi\n\n" + gmail_id("Rab, 14 Jul 2027 pukul 09.05", A),
  "course_data", "id", cd("MB2302", shortname="MB-KWU3", credits="2"), reply=R)

A = ack("en", 216, "Sir/Madam", "course_data", [], ["the course code or name", "the right number of credits"])
S, R = reply(216, "Credits wrong on e-learning")
M("en-two-lines-code-credits", "2027-07-14 11:45:00", ("Arjun Patel", "arjun.patel@polibatam.ac.id"), S,
  "Course: EE2105 Digital Systems\nCredits: 4\n\nArjun\n\n" + gmail_en("Wed, 14 Jul 2027 at 11:20", A),
  "course_data", "en", cd("EE2105", "Digital Systems", credits="4"), reply=R)

# ---------------------------------------------------------------- in a sentence, Outlook top-post

A = ack("id", 217, "Bapak/Ibu", "course_data", [("course_code", "TI3306"), ("course_name", "Keamanan Jaringan")],
        ["deskripsi baru mata kuliah"])
S, R = reply(217, "deskripsi course Keamanan Jaringan")
M("outlook-deskripsi-paragraf", "2027-07-15 08:30:00", ("Benny Simatupang", "benny.simatupang@polibatam.ac.id"), S,
  "Deskripsi barunya sebagai berikut:\n\nMata kuliah ini membahas ancaman, kerentanan, dan pengamanan jaringan "
  "komputer, termasuk firewall, IDS, dan VPN.\n\nSalam,\nBenny\n\n"
  + outlook_id("Kamis, 15 Juli 2027 08.10", "[P4M #217] deskripsi course Keamanan Jaringan",
               "Benny Simatupang <benny.simatupang@polibatam.ac.id>", A),
  "course_data", "id",
  cd("TI3306", "Keamanan Jaringan", summary="Mata kuliah ini membahas ancaman, kerentanan, dan pengamanan jaringan "
     "komputer, termasuk firewall, IDS, dan VPN."), client="outlook", reply=R)

A = ack("id", 218, "Bapak/Ibu", "course_data", [("course_code", "AB2203"), ("course_name", "Perpajakan")],
        ["nama baru mata kuliah"])
S, R = reply(218, "ubah nama matkul")
M("outlook-mohon-diganti-jadi", "2027-07-15 13:10:00", ("Yuliana Putri", "yuliana.putri@polibatam.ac.id"), S,
  "Mohon maaf kurang lengkap. Mohon diganti jadi Perpajakan Lanjutan.\n\nYuliana\n\n"
  + outlook_id("Kamis, 15 Juli 2027 12.55", "[P4M #218] ubah nama matkul",
               "Yuliana Putri <yuliana.putri@polibatam.ac.id>", A),
  "course_data", "id", cd("AB2203", "Perpajakan", fullname="Perpajakan Lanjutan"), client="outlook", reply=R)

# ---------------------------------------------------------------- answers to a staff question

STAFF_Q = ("Selamat siang Bu Rina,\n\nUntuk course Basis Data (IF2105), kelas yang mana yang perlu diubah, Bu?\n\n"
           "Salam,\nDimas - Staf P4M\n")
S, R = reply(219, "update kelas Basis Data")
M("jawab-staf-kelas-yang-mana", "2027-07-16 09:00:00", ("Rina Oktaviani", "rina.oktaviani@polibatam.ac.id"), S,
  "yang 2A malam mas\n\n" + gmail_id("Jum, 16 Jul 2027 pukul 08.40", STAFF_Q),
  "course_data", "id", cd("IF2105", "Basis Data", **{"class": "2A malam"}), reply=R)

STAFF_Q = ("Dear Mr Okafor,\n\nWhich lecturer should be listed for Signal Processing (EE3204) instead?\n\n"
           "Regards,\nDimas, P4M staff\n")
S, R = reply(220, "Lecturer change EE3204")
M("en-staff-question-which-lecturer", "2027-07-16 10:20:00", ("Chidi Okafor", "chidi.okafor@polibatam.ac.id"), S,
  "Ms. Larasati Wibowo, M.Eng.\n\nThanks\n\n" + gmail_en("Fri, 16 Jul 2027 at 10:02", STAFF_Q),
  "course_data", "en", cd("EE3204", "Signal Processing", lecturer="Ms. Larasati Wibowo, M.Eng."), reply=R)

# ---------------------------------------------------------------- the request withdrawn

A = ack("id", 221, "Bapak/Ibu", "course_data", [("course_code", "TE2207"), ("course_name", "Elektronika Digital")],
        ["nama singkat baru mata kuliah"])
S, R = reply(221, "short name ELDIG")
M("tidak-jadi-sudah-benar", "2027-07-19 08:05:00", ("Hendri Wijaya", "hendri.wijaya@polibatam.ac.id"), S,
  "Tidak jadi pak, setelah dicek ternyata sudah benar.\n\n" + gmail_id("Sen, 19 Jul 2027 pukul 07.50", A),
  "course_data", "id", cd("TE2207", "Elektronika Digital"), reply=R,
  note="Near-miss: the request is withdrawn; nothing to change.")

A = ack("id", 222, "Bapak/Ibu", "course_data", [("course_code", "MP3201"), ("course_name", "Statistika Industri")],
        ["nama dosen pengampu yang baru"])
S, R = reply(222, "ganti dosen Statistika Industri")
M("sudah-tidak-perlu-dibatalkan", "2027-07-19 10:30:00", ("Sri Mulyani", "sri.mulyani@polibatam.ac.id"), S,
  "Mohon maaf, sudah tidak perlu. Pak Anton batal cuti jadi tetap beliau yang mengajar.\n\nSri\n\n"
  + gmail_id("Sen, 19 Jul 2027 pukul 10.05", A),
  "course_data", "id", cd("MP3201", "Statistika Industri"), reply=R,
  note="Near-miss: withdrawn; the lecturer named stays, he is no new value.")

A = ack("en", 223, "Sir/Madam", "course_data", [("course_code", "CS2208"), ("course_name", "Operating Systems")],
        ["the new enrolment key"])
S, R = reply(223, "Enrolment key OS")
M("en-please-cancel", "2027-07-20 09:15:00", ("Laura Chen", "laura.chen@polibatam.ac.id"), S,
  "Please cancel this request, I managed to change the key myself. Sorry for the trouble!\n\nLaura\n\n"
  + gmail_en("Tue, 20 Jul 2027 at 09:00", A),
  "course_data", "en", cd("CS2208", "Operating Systems"), reply=R, note="Near-miss: withdrawn.")

# ---------------------------------------------------------------- near-misses

A = ack("id", 224, "Bapak/Ibu", "course_data", [("course_code", "KM2102"), ("course_name", "Kimia Dasar")],
        ["nama baru mata kuliah"])
S, R = reply(224, "rename Kimia Dasar")
M("belum-pasti-tanya-kaprodi", "2027-07-20 13:00:00", ("Bambang Irawan", "bambang.irawan@polibatam.ac.id"), S,
  "Baik min, namanya masih saya diskusikan dengan kaprodi. Nanti saya kabari lagi.\n\n"
  + gmail_id("Sel, 20 Jul 2027 pukul 12.40", A),
  "course_data", "id", cd("KM2102", "Kimia Dasar"), reply=R, note="Near-miss: the value is not decided yet.")

A = ack("id", 225, "Bapak/Ibu", "course_data", [("course_code", "TI2108"), ("course_name", "Sistem Operasi")],
        ["nama singkat baru mata kuliah"])
S, R = reply(225, "short name SO")
M("tanya-balik-format", "2027-07-21 08:45:00", ("Eko Saputro", "eko.saputro@polibatam.ac.id"), S,
  "Formatnya harus seperti apa ya min? Apakah boleh pakai tanda hubung?\n\n"
  + gmail_id("Rab, 21 Jul 2027 pukul 08.30", A),
  "course_data", "id", cd("TI2108", "Sistem Operasi"), reply=R, note="Near-miss: a question back, no value.")

A = ack("id", 226, "Bapak/Ibu", "course_data", [("course_code", "AK3105"), ("course_name", "Audit Internal"),
                                               ("fullname", "Audit Internal dan Forensik")], ["kelas yang dimaksud"])
S, R = reply(226, "nama MK Audit")
M("terima-kasih-saja", "2027-07-21 10:00:00", ("Fitri Handayani", "fitri.handayani@polibatam.ac.id"), S,
  "Terima kasih min, ditunggu kabarnya.\n\n" + gmail_id("Rab, 21 Jul 2027 pukul 09.45", A),
  "other", "id", reply=R, note="Near-miss: thanks only.")

A = ack("id", 227, "Bapak/Ibu", "course_data", [("course_code", "IF3207"), ("course_name", "Pemrograman Web")],
        ["nama baru mata kuliah"])
S, R = reply(227, "rename Pemrograman Web")
M("pertanyaan-baru-upload-nilai", "2027-07-21 14:20:00", ("Joko Susilo", "joko.susilo@polibatam.ac.id"), S,
  "Min sekalian, saya tidak bisa upload file nilai di course Basis Data, muncul tulisan \"File too large\". "
  "Mohon bantuannya.\n\n" + gmail_id("Rab, 21 Jul 2027 pukul 14.00", A),
  "elearning_support", "id", reply=R, note="Near-miss: a new, unrelated support question under the receipt.")

A = ack("en", 228, "Sir/Madam", "course_data", [("course_code", "ME2203"), ("course_name", "Materials Science")],
        ["the new course name"])
S, R = reply(228, "Rename ME2203")
M("en-kutip-tanpa-tambahan", "2027-07-22 09:00:00", ("Tom Walsh", "tom.walsh@polibatam.ac.id"), S,
  gmail_en("Thu, 22 Jul 2027 at 08:40", A),
  "other", "en", reply=R, note="Near-miss: the receipt quoted back with nothing added.")

A = ack("id", 229, "Bapak/Ibu", "course_data", [("course_code", "TM2105"), ("course_name", "Gambar Teknik")],
        ["nama baru mata kuliah"])
S, R = reply(229, "ganti nama MK")
M("balasan-otomatis-cuti-ke-ack", "2027-07-22 09:01:00", ("Surya Darma", "surya.darma@polibatam.ac.id"),
  "Balasan Otomatis: [P4M #229] ganti nama MK",
  "Terima kasih atas email Anda. Saya sedang cuti sampai 30 Juli 2027 dan akan membalas setelah kembali.\n",
  "auto", "id", hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}, reply=R,
  note="Near-miss: an out-of-office answering the receipt.")

# ---------------------------------------------------------------- announcements: the text asked for

A = ack("id", 230, "Bapak/Ibu", "announcement", [("course_code", "TI2201"), ("scope", "satu mata kuliah")],
        ["teks pengumuman"])
S, R = reply(230, "pengumuman kelas TI2201")
M("teks-pengumuman-di-bawah-kutipan", "2027-07-23 08:20:00", ("Andri Kurnia", "andri.kurnia@polibatam.ac.id"), S,
  "Pada Jum, 23 Jul 2027 pukul 08.05 %s menulis:\n" % DESK + quoted(A)
  + "\nPerkuliahan Rabu 28 Juli ditiadakan karena dosen mengikuti pelatihan.\nTugas pengganti diunggah di "
  "course paling lambat Jumat.\n",
  "announcement", "id", ann("TI2201", scope="course"), client="thunderbird", reply=R)

A = ack("en", 231, "Sir/Madam", "announcement", [("course_code", "EE2301"), ("scope", "one course")],
        ["the text of the announcement"])
S, R = reply(231, "Announcement for EE2301")
M("en-announcement-text-top", "2027-07-23 10:40:00", ("Grace Liu", "grace.liu@polibatam.ac.id"), S,
  "Here it is:\n\nThe lab session on 30 July moves to room B204. Please bring your own multimeter.\n\nGrace\n\n"
  + gmail_en("Fri, 23 Jul 2027 at 10:15", A),
  "announcement", "en", ann("EE2301", scope="course"), reply=R)

if __name__ == "__main__":
    sys.exit(E.main())

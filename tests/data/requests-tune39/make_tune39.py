#!/usr/bin/env python3
"""Generator of tuning corpus tune39, formerly held-out part22 (round 12). Stdlib only, deterministic."""
import base64, hashlib, html, io, json, os, re, sys, zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
POL = policy.default
WPOL = policy.default.clone(linesep='\r\n')
HD = 'Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>'
MAILS = []   # (slug, bytes, label, expected_subject)
RAWSUBJ = {}


def h(slug, n=12):
    return hashlib.sha256(slug.encode()).hexdigest()[:n]


def new(slug, frm, subj, dt, tz=7, to=HD, cc=None, mailer=None, extra=(), domain=None):
    m = EmailMessage(policy=POL)
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subj
    m['Date'] = format_datetime(datetime(*dt, tzinfo=timezone(timedelta(hours=tz))))
    dom = domain or frm.split('@')[-1].rstrip('>')
    m['Message-ID'] = '<%s.%s@%s>' % (h(slug, 16), h(slug + 'm', 8), dom)
    m['MIME-Version'] = '1.0'
    if mailer:
        m['X-Mailer'] = mailer
    for k, v in extra:
        m[k] = v
    return m


def docx(paras):
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(p, quote=False) for p in paras)
    files = [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
        ('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
        ('word/document.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body),
    ]
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode('utf-8'))
    return bio.getvalue()


def pdf(lines):
    def esc(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    ops = ['BT', '/F1 11 Tf', '14 TL', '56 790 Td']
    for ln in lines:
        ops.append('(%s) Tj T*' % esc(ln))
    ops.append('ET')
    stream = '\n'.join(ops).encode('latin-1')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
    ]
    out = b'%PDF-1.4\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out


def fix_boundaries(m, slug):
    i = 0
    for part in m.walk():
        if part.is_multipart() and part.get_content_maintype() == 'multipart':
            part.set_boundary('----=_Part_%s_%d' % (h(slug + str(i), 20), i))
            i += 1


def add(slug, m, typ, lang, fields=None, note=''):
    fix_boundaries(m, slug)
    data = m.as_bytes(policy=WPOL)
    subj = str(m['Subject'])
    if slug in RAWSUBJ:
        head, sep, rest = data.partition(b'\r\n\r\n')
        head = re.sub(rb'(?m)^Subject: [^\r\n]*(\r\n[ \t][^\r\n]*)*', lambda _: b'Subject: ' + RAWSUBJ[slug].encode(), head, count=1)
        data = head + sep + rest
    lab = {'type': typ, 'lang': lang, 'fields': fields or {}}
    if note:
        lab['note'] = note
    MAILS.append((slug, data, lab, subj))


def texts(msg):
    out = [str(msg['Subject'] or '')]
    for part in msg.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == 'text/plain':
            out.append(part.get_content().replace('\r\n', '\n'))
        elif ct == 'text/html':
            t = re.sub(r'<br\s*/?>', '\n', part.get_content(), flags=re.I)
            t = re.sub(r'<[^>]+>', '', t)
            out.append(html.unescape(t).replace('\r\n', '\n'))
        elif ct.endswith('wordprocessingml.document'):
            z = zipfile.ZipFile(io.BytesIO(part.get_content()))
            x = z.read('word/document.xml').decode()
            paras = re.findall(r'<w:p>(.*?)</w:p>', x)
            out.append('\n'.join(html.unescape(''.join(re.findall(r'<w:t[^>]*>(.*?)</w:t>', p))) for p in paras))
        elif ct == 'application/pdf':
            raw = part.get_content().decode('latin-1')
            ss = re.findall(r'\(((?:\\.|[^\\)])*)\) Tj', raw)
            out.append('\n'.join(re.sub(r'\\(.)', r'\1', s) for s in ss))
    return out


def check(slug, data, lab, subj):
    errs = []
    if re.search(rb'(?<!\r)\n', data) or re.search(rb'\r(?!\n)', data):
        errs.append('not CRLF')
    msg = BytesParser(policy=POL).parsebytes(data)
    for part in msg.walk():
        if part.defects:
            errs.append('defects %r' % part.defects)
        for k, v in part.items():
            if getattr(v, 'defects', None):
                errs.append('header defect %s %r' % (k, v.defects))
        if not part.is_multipart() and part.get_content_maintype() not in ('text', 'multipart', 'message'):
            if len(part.get_content()) > 30 * 1024:
                errs.append('attachment too big')
    if str(msg['Subject']) != subj:
        errs.append('subject roundtrip %r != %r' % (str(msg['Subject']), subj))
    d = msg['Date'].datetime
    m = re.match(r'(\w{3}), ', str(msg['Date']))
    if not m or m.group(1) != d.strftime('%a'):
        errs.append('weekday')
    if not (datetime(2026, 8, 1, tzinfo=timezone.utc) <= d <= datetime(2026, 11, 28, 23, 59, tzinfo=timezone(timedelta(hours=14)))):
        errs.append('date out of range')
    alltext = '\n'.join(texts(msg))
    f = lab['fields']
    vals = []
    for k in ('course_code', 'course_name', 'title'):
        if k in f:
            vals.append((k, f[k]))
    for k, v in f.get('changes', {}).items():
        vals.append(('changes.' + k, v))
    for k, v in vals:
        if v not in alltext:
            errs.append('value not verbatim %s=%r' % (k, v))
    if 'publish_at' in f and not re.match(r'^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$', f['publish_at']):
        errs.append('publish_at format')
    if lab['type'] not in ('course_data', 'announcement') and f:
        errs.append('fields on non-field type')
    if lab['type'] == 'announcement' and f.get('scope') not in ('course', 'site'):
        errs.append('scope')
    return errs


def mk(*lines):
    return '\n'.join(lines) + '\n'

# ---------------------------------------------------------------- mails
GSIG_RAHMAT = mk('', '-- ', 'Rahmat Hidayat St. Mangkuto', 'Asisten Laboratorium Basis Data | Gedung Utama Lt. 5 Ruang 512',
                 'Program Studi Teknik Informatika, Jurusan Teknik Informatika', 'Politeknik Negeri Batam',
                 'Jl. Ahmad Yani, Batam Centre, Kota Batam, Kepulauan Riau 29461', 'WA: 0812-6633-1907 | IG: @rahmat.hdyt',
                 '"Alam takambang jadi guru"', '', 'Email ini beserta lampirannya ditujukan hanya untuk penerima yang disebut di atas.',
                 'Jika Anda bukan penerima yang dimaksud, mohon hapus email ini dan beritahukan pengirim.')

s = '001-gmail-android-minang-question-rename-long-signature'
m = new(s, 'Rahmat Hidayat <rahmat.hidayat@students.polibatam.ac.id>', 'tanyo soal namo MK di elearning', (2026, 8, 10, 9, 12), domain='mail.gmail.com')
m.set_content(mk(
    'Assalamualaikum uda/uni helpdesk P4M,',
    '',
    'Ambo Rahmat, asisten lab basis data. Ambo disuruah Pak Yusnaldi batanyo ciek:',
    'bisakah nama MK "Praktikum Basis Data" (TI-2206) di e-learning diganti jadi "Praktikum Basis Data Lanjut"?',
    'Dek kurikulum baru namo nyo lah baganti, tapi di elearning masih namo lamo. Mahasiswa jadi bingung baa mancari kelasnyo.',
    '',
    'Kalau lai bisa, tolong yo diubahkan. Tarimo kasih banyak sabalunnyo.',
    '', 'Wassalam') + GSIG_RAHMAT)
add(s, m, 'course_data', 'id', {'course_code': 'TI-2206', 'course_name': 'Praktikum Basis Data',
    'changes': {'fullname': 'Praktikum Basis Data Lanjut'}}, 'The rename is phrased as a question ("bisakah ... diganti jadi ...") but is a request made on behalf of the lecturer.')

s = '002-outlook-android-banjar-bullet-summary'
m = new(s, 'Muhammad Fadli Noor <fadli.noor@students.polibatam.ac.id>', 'Deskripsi MK Kapita Selekta Teknik Elektro minta diganti', (2026, 8, 12, 14, 3), domain='outlook.com')
m.set_content(mk(
    'Assalamualaikum, selamat siang pian-pian di helpdesk.',
    '',
    'Ulun Fadli, asisten Pak Syahrial gasan MK Kapita Selekta Teknik Elektro (EL 4310). Deskripsi kursus di elearning tu masih deskripsi tahun tadi, kada cocok lagi lawan RPS nang hanyar. Pak Syahrial handak deskripsinya diganti samunyaan jadi ringkasan ini:',
    '',
    '- Membahas topik mutakhir bidang kelistrikan dan elektronika industri',
    '- Kuliah tamu dari praktisi PLN Batam dan industri galangan kapal',
    '- Tugas akhir berupa makalah review dan presentasi kelompok',
    '',
    'Deskripsi lawas tolong dihapus haja, ganti lawan tiga poin di atas.',
    'Makasih banar lah.',
    '',
    'Fadli',
    '',
    'Dapatkan Outlook untuk Android'))
add(s, m, 'course_data', 'id', {'course_code': 'EL 4310', 'course_name': 'Kapita Selekta Teknik Elektro',
    'changes': {'summary': '- Membahas topik mutakhir bidang kelistrikan dan elektronika industri\n- Kuliah tamu dari praktisi PLN Batam dan industri galangan kapal\n- Tugas akhir berupa makalah review dan presentasi kelompok'}},
    'The new course description is the three bullet lines, given as a bulleted summary that replaces the old description.')

s = '003-yahoo-ios-balinese-yang-tertulis-roman'
m = new(s, 'Ni Kadek Ayu Prameswari <kadekayu.pw@yahoo.com>', 'Nama MK salah di e-learning', (2026, 8, 17, 19, 41))
m.set_content(mk(
    'Om Swastyastu,',
    '',
    'Mohon maaf mengganggu Bli/Mbok admin. Tiang Kadek, ketua kelas MKA-1A Pagi, menyampaikan pesan dari Bapak Wayan Sudarsana (dosen pengampu).',
    '',
    'Di e-learning untuk kode mka-1204 yang tertulis sekarang "Fisika Terapan I" padahal seharusnya "Fisika Terapan II", karena kelas kami sudah semester 3 dan yang I sudah lewat.',
    'Mohon nggih dibantu diperbaiki nama kursusnya.',
    '',
    'Suksma,',
    'Kadek Ayu',
    '',
    'Dikirim dari Yahoo Mail di iPhone'))
add(s, m, 'course_data', 'id', {'course_code': 'mka-1204', 'course_name': 'Fisika Terapan I',
    'changes': {'fullname': 'Fisika Terapan II'}}, 'Told as "yang tertulis sekarang ... padahal seharusnya ..." by a class representative for the lecturer.')

s = '004-huawei-flores-two-column-old-new-table'
m = new(s, 'Yohanes Kristoforus Wae <yohanes.wae@students.polibatam.ac.id>', 'Perubahan data kursus Praktikum Jaringan Komputer', (2026, 8, 19, 7, 55), mailer='Huawei Email')
m.set_content(mk(
    'Selamat pagi kaka dong di helpdesk P4M,',
    '',
    'Beta Yohanes, asisten lab jaringan. Ibu Theresia Ndoen minta beta kirim perubahan untuk kursus Praktikum Jaringan Komputer (RKS.3104) di elearning. Beta su bikin tabel supaya gampang:',
    '',
    'Data            Lama                 Baru',
    '--------------  -------------------  -------------------',
    'Nama singkat    PrakJarKom           PRAK-JARKOM-2A',
    'Kelas           TI-2A                TI-2A Pagi',
    '',
    'Nama lengkap dan dosen sonde berubah, tetap sama.',
    'Terima kasih banyak e, Tuhan berkati.',
    '',
    'Yohanes',
    '',
    'Dikirim dari ponsel HUAWEI saya'))
add(s, m, 'course_data', 'id', {'course_code': 'RKS.3104', 'course_name': 'Praktikum Jaringan Komputer',
    'changes': {'shortname': 'PRAK-JARKOM-2A', 'class': 'TI-2A Pagi'}}, 'Two changes in a plain-text old/new table; full name and lecturer explicitly unchanged.')

s = '005-gmail-papua-correction-reply-quoting-first'
m = new(s, 'Yosias Wenda <yosias.wenda@students.polibatam.ac.id>', 'Re: Kunci pendaftaran Keamanan Jaringan IF 3105', (2026, 8, 24, 10, 27), domain='mail.gmail.com',
        extra=[('In-Reply-To', '<' + h('005first', 16) + '@mail.gmail.com>'), ('References', '<' + h('005first', 16) + '@mail.gmail.com>')])
m.set_content(mk(
    'Selamat pagi kaka admin,',
    '',
    'Maaf e, sa salah tulis di email pertama. Kunci yang benar itu bukan yang di bawah. Tolong pakai ini saja:',
    '',
    'Jarkom@2026!',
    '',
    'Pace Markus (dosen) su cek tadi, yang ini yang dia mau. Jadi yang "Jarkom#2026" tra usah dipakai.',
    '',
    'Makasih banyak,',
    'Yosias',
    '',
    'Pada tanggal Sen, 24 Agu 2026 pukul 09.58 Yosias Wenda <yosias.wenda@students.polibatam.ac.id> menulis:',
    '> Selamat pagi,',
    '>',
    '> Sa Yosias, asisten lab keamanan. Bapak Markus Kogoya minta kunci pendaftaran',
    '> (enrolment key) untuk kursus Keamanan Jaringan (IF 3105) diganti jadi:',
    '> Jarkom#2026',
    '> karena kunci lama su bocor di grup angkatan.',
    '>',
    '> Terima kasih,',
    '> Yosias'))
add(s, m, 'course_data', 'id', {'course_code': 'IF 3105', 'course_name': 'Keamanan Jaringan',
    'changes': {'enrolment_key': 'Jarkom@2026!'}}, 'Correction in the second mail of the thread supersedes the key in the quoted first mail.')

s = '006-outlook-android-minang-lecturer-not-yet-named'
m = new(s, 'Fitri Yanti <fitriyanti.mb@students.polibatam.ac.id>', 'Dosen Statistika Bisnis kelas malam', (2026, 8, 26, 21, 16), domain='outlook.com')
m.set_content(mk(
    'Assalamualaikum,',
    '',
    'Ambo Fitri, komting kelas MB-2B Malam. Dosen MK Statistika Bisnis (MB-2207) kami baganti, Pak Hendri lah pindah tugas ka Padang. Mohon dosen di elearning diganti, tapi dosen barunyo alun ditetapkan dek prodi, beko ambo kabari namonyo kalau lah ado.',
    '',
    'Sabalunnyo tarimo kasih.',
    'Fitri Yanti',
    '',
    'Get Outlook for Android'))
add(s, m, 'course_data', 'id', {'course_code': 'MB-2207', 'course_name': 'Statistika Bisnis'},
    'Lecturer change requested but the new lecturer is not yet named, so no value in changes.')

s = '007-qq-mail-chinese-credits-in-words'
m = new(s, 'Wang Lijuan <1948273650@qq.com>', 'About credits of Applied Mandarin II', (2026, 9, 1, 16, 8), mailer='QQMail 2.x')
m.set_content(mk(
    'Dear helpdesk teacher,',
    '',
    'Hello! I am Wang Lijuan, exchange lecturer from Guangxi, I teach "Applied Mandarin II" (code BA-2301) this semester.',
    'On the e-learning page the credits is written 3 SKS. This is not correct, the curriculum says two credits.',
    'Please help to change the credits to two credits.',
    '',
    'Thank you very much for your hard work!',
    '',
    'Best wishes,',
    'Wang Lijuan',
    'Exchange Lecturer, Applied Business Administration'), charset='gb18030', cte='base64')
add(s, m, 'course_data', 'en', {'course_code': 'BA-2301', 'course_name': 'Applied Mandarin II',
    'changes': {'credits': 'two credits'}}, 'Credits written in words.')

s = '008-gmail-nepal-credits-and-semester-lowercase-code'
m = new(s, 'Sushil Bhattarai <sushil.bhattarai@polibatam.ac.id>', 'Kindly update credit and semester - el3205', (2026, 9, 3, 11, 20))
m.set_content(mk(
    'Namaste and good morning,',
    '',
    'I am Sushil Bhattarai, visiting lecturer (Electrical Engineering) from Pokhara. For the course Praktikum Mikrokontroler, code el3205, two things are wrong on the e-learning:',
    '',
    '  Credits  : shown as 3, kindly make it 2 (1-1)',
    '  Semester : shown as Ganjil 2026/2027, it should be Genap 2026/2027',
    '',
    'Kindly do the needful at the earliest. The lab batch starts soon.',
    '',
    'With regards,',
    'Sushil Bhattarai, PhD',
    'Visiting Lecturer | Dept. of Electrical Engineering',
    'Politeknik Negeri Batam'))
add(s, m, 'course_data', 'en', {'course_code': 'el3205', 'course_name': 'Praktikum Mikrokontroler',
    'changes': {'credits': '2 (1-1)', 'semester': 'Genap 2026/2027'}})

s = '009-gmail-bangladesh-html-rename-colon-dash-code'
m = new(s, '"Md. Rafiqul Islam" <rafiqul.islam@polibatam.ac.id>', 'Request for course title revision', (2026, 9, 7, 13, 45))
txt = mk('Respected Sir/Madam,', '', 'Greetings from the Software Engineering programme.', '',
         'I would like to request a revision of the full title of my course on the e-learning:', '',
         'Course code: TRPL 3-208', 'Present title: Workshop: Data Visualization',
         'Revised title: Workshop: Data Visualization and Storytelling', '',
         'The revision is in line with the updated RPS approved last month.', '',
         'Thanking you in anticipation.', '', 'Yours faithfully,', 'Md. Rafiqul Islam', 'Guest Lecturer, TRPL')
m.set_content(txt)
m.add_alternative('<div dir="ltr"><div>Respected Sir/Madam,</div><div><br></div><div>Greetings from the Software Engineering programme.</div><div><br></div>'
                  '<div>I would like to request a revision of the full title of my course on the e-learning:</div><div><br></div>'
                  '<div>Course code: TRPL 3-208</div><div>Present title: Workshop: Data Visualization</div>'
                  '<div>Revised title: <b>Workshop: Data Visualization and Storytelling</b></div><div><br></div>'
                  '<div>The revision is in line with the updated RPS approved last month.</div><div><br></div><div>Thanking you in anticipation.</div><div><br></div>'
                  '<div>Yours faithfully,</div><div>Md. Rafiqul Islam</div><div>Guest Lecturer, TRPL</div></div>\n', subtype='html')
add(s, m, 'course_data', 'en', {'course_code': 'TRPL 3-208', 'course_name': 'Workshop: Data Visualization',
    'changes': {'fullname': 'Workshop: Data Visualization and Storytelling'}}, 'Names containing a colon; the new one extends the old.')

s = '010-iphone-canadian-shortname-dash-name'
m = new(s, 'Megan Fraser <megan.fraser.volunteer@gmail.com>', 'short name for my course?', (2026, 9, 9, 20, 2))
m.set_content(mk(
    'Hi there!',
    '',
    "I'm Megan, the Canadian volunteer teaching English for Technicians - Conversation (BING-1102) this term. Small thing: the short name on Moodle shows up as a long string that gets cut off in the students' app. Could you set the short name to EngTech-Conv instead? That's all, the rest is fine.",
    '',
    'Thanks a bunch, eh!',
    'Megan',
    '',
    'Sent from my iPhone'))
add(s, m, 'course_data', 'en', {'course_code': 'BING-1102', 'course_name': 'English for Technicians - Conversation',
    'changes': {'shortname': 'EngTech-Conv'}}, 'Course name contains a dash.')

s = '011-base64-plain-banjar-lecturer-degrees'
m = new(s, 'Siti Rahmah <sitirahmah.el@students.polibatam.ac.id>', 'Ganti dosen pengampu Praktikum Elektronika Dasar EL-1203', (2026, 9, 14, 8, 33))
m.set_content(mk(
    'Assalamualaikum wr. wb.',
    '',
    'Ulun Siti Rahmah, asisten lab elektronika. Ulun disuruh Kaprodi manyampaikan bahwa dosen pengampu Praktikum Elektronika Dasar (EL-1203) semester ini diganti. Pak Anang sudah kada mengajar lagi karena tugas belajar.',
    '',
    'Dosen hanyar: Ir. Hj. Rusmiati, M.T.',
    '',
    'Mohon di elearning nama dosennya diganti lah, supaya mahasiswa kada salah menghubungi.',
    'Terima kasih banyak.',
    '',
    'Wassalam,',
    'Siti Rahmah'), cte='base64')
add(s, m, 'course_data', 'id', {'course_code': 'EL-1203', 'course_name': 'Praktikum Elektronika Dasar',
    'changes': {'lecturer': 'Ir. Hj. Rusmiati, M.T.'}})

s = '012-windows1252-balinese-enrolment-key-symbols'
m = new(s, 'I Gede Arya Wiguna <arya.wiguna@students.polibatam.ac.id>', 'Enrolment key Sistem Digital', (2026, 9, 16, 15, 12), mailer='Microsoft Outlook 16.0')
m.set_content(mk(
    'Om Swastyastu,',
    '',
    'Tiang Arya, asisten praktikum Sistem Digital (TE 2.201). Bapak Ketut Artana minta kunci pendaftaran kursus diganti karena kunci lama tersebar ke kelas lain.',
    '',
    'Kunci baru: Sistem&Digital*26',
    '',
    'Mohon dibantu nggih \u2013 suksma \u201cbanget\u201d atas bantuannya.',
    '',
    'Om Santih, Santih, Santih Om',
    'Arya'), charset='windows-1252', cte='quoted-printable')
add(s, m, 'course_data', 'id', {'course_code': 'TE 2.201', 'course_name': 'Sistem Digital',
    'changes': {'enrolment_key': 'Sistem&Digital*26'}}, 'windows-1252 body; key contains & and *.')


def bsubj(slug, subj):
    RAWSUBJ[slug] = '=?UTF-8?B?%s?=' % base64.b64encode(subj.encode()).decode()


def qsubj(slug, subj):
    enc = ''.join(c if (c.isalnum() and ord(c) < 128) else ('_' if c == ' ' else ''.join('=%02X' % b for b in c.encode())) for c in subj)
    RAWSUBJ[slug] = '=?utf-8?Q?%s?=' % enc


s = '013-b-encoded-subject-evening-class-rep-class-change'
sj = 'Perubahan kelas – Kapita Selekta Informatika (malam)'
m = new(s, 'Dedi Kurniawan Lase <dedi.lase@students.polibatam.ac.id>', sj, (2026, 9, 18, 22, 4))
bsubj(s, sj)
m.set_content(mk(
    'Selamat malam Bapak/Ibu Helpdesk P4M,',
    '',
    'Saya Dedi, perwakilan kelas karyawan (malam). Kursus Kapita Selekta Informatika dengan kode IF-4401-2026 di e-learning masih terdaftar untuk kelas TI-4A Pagi, padahal yang mengikuti kuliah ini kami dari kelas TI-4C Malam. Mohon kelasnya diubah menjadi TI-4C Malam agar teman-teman kelas malam bisa menemukan kursusnya.',
    '',
    'Hal ini sudah disetujui Ibu Dosen, Ibu Nurul Fadhilah (beliau saya cc-kan di grup WA).',
    '',
    'Terima kasih,',
    'Dedi Kurniawan Lase',
    'Ketua Kelas TI-4C Malam'))
add(s, m, 'course_data', 'id', {'course_code': 'IF-4401-2026', 'course_name': 'Kapita Selekta Informatika',
    'changes': {'class': 'TI-4C Malam'}}, 'Code carries a year suffix; B-encoded subject.')

s = '014-q-encoded-subject-lab-assistant-semester-mixed'
sj = 'Semester kursus Pemrograman Mobile – Android salah'
m = new(s, 'Kevin Tanoto <kevin.tanoto@students.polibatam.ac.id>', sj, (2026, 9, 21, 10, 50), mailer='Thunderbird 128.3')
qsubj(s, sj)
m.set_content(mk(
    'Hi tim helpdesk,',
    '',
    'Saya Kevin, lab assistant untuk course Pemrograman Mobile - Android (if 3208). Quick one: di course settings semesternya masih tertulis Ganjil 2025/2026. Could you please update it to Genap 2026/2027? Pak Bambang already confirmed this is the correct term.',
    '',
    'Thanks a lot!',
    'Kevin',
    'Lab Asisten Mobile Computing'))
add(s, m, 'course_data', 'mixed', {'course_code': 'if 3208', 'course_name': 'Pemrograman Mobile - Android',
    'changes': {'semester': 'Genap 2026/2027'}}, 'Q-encoded subject (en dash); code in lower case with a space.')

s = '015-gmail-html-only-nested-blockquotes-rename-mixed'
m = new(s, 'Aulia Rahma Putri <aulia.putri@students.polibatam.ac.id>', 'Fwd: Re: nama course IoT', (2026, 9, 23, 9, 5))
m.set_content(
    '<div dir="ltr">Halo tim helpdesk P4M,<div><br></div><div>Aku Aulia, lab assistant IoT. Pak Rizky minta aku forward thread ini ke helpdesk. Intinya: course <b>Internet of Things Dasar</b> (TEK4207) please di-rename jadi yang Pak Rizky tulis di bawah ya. Thank you!</div><div><br></div><div>Aulia</div>'
    '<div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <b class="gmail_sendername">Rizky Pratama</b> &lt;rizky.pratama@polibatam.ac.id&gt;<br>Date: Tue, Sep 22, 2026 at 4:12 PM<br>Subject: Re: nama course IoT<br>To: Aulia Rahma Putri &lt;aulia.putri@students.polibatam.ac.id&gt;<br></div><br>'
    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Aul, tolong sampaikan ke P4M ya. Nama barunya: <b>Internet of Things: Sensor dan Aktuator</b>. Sesuai kurikulum OBE yang baru.<br><br>'
    '<div class="gmail_quote"><div class="gmail_attr">On Tue, Sep 22, 2026 at 2:03 PM Aulia Rahma Putri wrote:<br></div>'
    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Pak, nama course di elearning mau diganti jadi apa ya? Yang sekarang masih Internet of Things Dasar.</div></blockquote></div></div></blockquote></div></div></div>\n',
    subtype='html')
add(s, m, 'course_data', 'mixed', {'course_code': 'TEK4207', 'course_name': 'Internet of Things Dasar',
    'changes': {'fullname': 'Internet of Things: Sensor dan Aktuator'}}, 'HTML-only Gmail with nested blockquotes; new value sits in the lecturer\'s quoted reply.')

GSIG_PAPUA = mk('', '--', 'Natalia Yikwa', 'Asisten Laboratorium Kimia | Program Studi Teknologi Rekayasa Lingkungan',
                'Politeknik Negeri Batam', 'HP/WA 0821-9944-7102', '"Tuhan tra pernah terlambat"',
                'Anggota Ikatan Pelajar dan Mahasiswa Papua (IPMAPA) Kepri', '', 'Sent from my Android phone with Gmail')
s = '016-gmail-android-papua-fullname-shortname-long-signature'
m = new(s, 'Natalia Yikwa <natalia.yikwa@students.polibatam.ac.id>', 'Ubah nama kursus Praktikum Kimia Dasar', (2026, 9, 25, 7, 18), domain='mail.gmail.com')
m.set_content(mk(
    'Selamat pagi kakak-kakak helpdesk,',
    '',
    'Sa Natalia, asisten lab kimia. Ibu Debora minta kursus Praktikum Kimia Dasar (KIM 1101) di elearning diubah karena tahun ini praktikumnya dibagi dua.',
    'Nama lengkap jadi: Praktikum Kimia Dasar I',
    'Nama singkat jadi: PKD-I',
    'Nanti yang PKD-II Ibu buat sendiri semester depan.',
    '',
    'Terima kasih banyak kakak.') + GSIG_PAPUA)
add(s, m, 'course_data', 'id', {'course_code': 'KIM 1101', 'course_name': 'Praktikum Kimia Dasar',
    'changes': {'fullname': 'Praktikum Kimia Dasar I', 'shortname': 'PKD-I'}}, 'The second course mentioned is a plan for next semester, not part of this request.')

s = '017-flores-docx-form-lecturer-change'
m = new(s, 'Maria Fransiska Nona <fransiska.nona@students.polibatam.ac.id>', 'Formulir perubahan data kursus', (2026, 9, 29, 11, 2))
m.set_content(mk('Selamat siang,', '', 'Beta kirim formulir perubahan data kursus dari Bapak Kaprodi RPL, su ditandatangan. Mohon diproses e.', '',
                 'Terima kasih,', 'Fransiska (asisten lab RPL)'))
m.add_attachment(docx(['FORMULIR PERUBAHAN DATA KURSUS E-LEARNING', 'Program Studi: Teknologi Rekayasa Perangkat Lunak',
                       'Kode MK: RPL 2104', 'Nama MK: Rekayasa Perangkat Lunak - Praktikum', 'Data yang diubah: Dosen pengampu',
                       'Semula: Yosef Bria, S.Kom.', 'Menjadi: Maria Goreti Bunga, S.Kom., M.Cs.', 'Alasan: dosen semula studi lanjut S2',
                       'Batam, 28 September 2026', 'Ketua Program Studi']),
                 maintype='application', subtype='vnd.openxmlformats-officedocument.wordprocessingml.document', filename='Form_Perubahan_RPL2104.docx')
add(s, m, 'course_data', 'id', {'course_code': 'RPL 2104', 'course_name': 'Rekayasa Perangkat Lunak - Praktikum',
    'changes': {'lecturer': 'Maria Goreti Bunga, S.Kom., M.Cs.'}}, 'All values only in the attached DOCX form.')

s = '018-outlook-android-mixed-summary-sentence'
m = new(s, 'Rizal Effendi <rizal.effendi@students.polibatam.ac.id>', 'Update course summary fis-1102', (2026, 10, 1, 13, 37), domain='outlook.com')
m.set_content(mk(
    'Siang min,',
    '',
    'Rizal here, asisten praktikum fisika. Buat course Praktikum Fisika Terapan (fis-1102), Bu Dewi minta summary-nya diganti. Current summary itu masih template default Moodle. New summary:',
    '',
    '"Praktikum ini melatih mahasiswa mengukur besaran fisis, mengolah data dengan ketidakpastian, dan menulis laporan ilmiah singkat."',
    '',
    'Thanks ya min!',
    '',
    'Get Outlook for Android'))
add(s, m, 'course_data', 'mixed', {'course_code': 'fis-1102', 'course_name': 'Praktikum Fisika Terapan',
    'changes': {'summary': 'Praktikum ini melatih mahasiswa mengukur besaran fisis, mengolah data dengan ketidakpastian, dan menulis laporan ilmiah singkat.'}})

s = '019-nepal-pdf-memo-lecturer'
m = new(s, 'Prakash Adhikari <prakash.adhikari@polibatam.ac.id>', 'Memo: lecturer assignment EN 3302', (2026, 10, 5, 10, 11))
m.set_content(mk('Namaste,', '', 'Please find attached the memo from the Head of Department regarding the lecturer assignment. Kindly update the e-learning accordingly.', '',
                 'Regards,', 'Prakash Adhikari', 'Visiting Lecturer, Power Plant Engineering'))
m.add_attachment(pdf(['MEMO', 'To: Helpdesk P4M', 'From: Head of Department of Electrical Engineering', 'Date: 2 October 2026', '',
                      'Subject: Lecturer assignment on e-learning', '', 'Course code: EN 3302', 'Course name: Renewable Energy Systems',
                      'Please replace the current lecturer (Ir. Budi Santoso, M.T.) with:', 'Dr. Prakash Adhikari', 'effective for the rest of the semester.']),
                 maintype='application', subtype='pdf', filename='memo_EN3302.pdf')
add(s, m, 'course_data', 'en', {'course_code': 'EN 3302', 'course_name': 'Renewable Energy Systems',
    'changes': {'lecturer': 'Dr. Prakash Adhikari'}}, 'Values only in the attached PDF memo.')

s = '020-banjar-yang-tertulis-lecturer'
m = new(s, 'Noor Hidayah <noorhidayah.mj@students.polibatam.ac.id>', 'dosen di elearning MJ 2205 kada sesuai', (2026, 10, 7, 19, 25))
m.set_content(mk(
    'Assalamualaikum,',
    '',
    'Ulun Noor Hidayah, ketua kelas MJ-2A. Di elearning MK Manajemen Proyek (MJ 2205) yang tertulis sekarang dosennya Pak Hendra Gunawan, padahal seharusnya Ibu Siti Aisyah, S.T., M.Eng. yang mengajar kami dari awal semester.',
    'Minta tolong diganti lah, soalnya tugas kami masuknya ka Pak Hendra terus.',
    '',
    'Makasih banar,',
    'Noor'))
add(s, m, 'course_data', 'id', {'course_code': 'MJ 2205', 'course_name': 'Manajemen Proyek',
    'changes': {'lecturer': 'Siti Aisyah, S.T., M.Eng.'}}, 'Lecturer told as "yang tertulis sekarang ... padahal seharusnya ..."; "Ibu" is a title, not part of the name.')

s = '021-balinese-mixed-shortname-key-practicum-dash'
m = new(s, 'Putu Gede Mahendra <putu.mahendra@students.polibatam.ac.id>', 'Robotika Lanjut - Praktikum: 2 changes', (2026, 10, 9, 16, 40))
m.set_content(mk(
    'Om Swastyastu admin,',
    '',
    'Tiang Putu, lab assistant robotika. Pak Made minta 2 changes untuk course Robotika Lanjut - Praktikum (MEK-4203):',
    '',
    '1. Short name -> RobLanj-P',
    '2. Enrolment key -> R0b0t!ka#4',
    '',
    'Sorry ngerepotin, suksma nggih.',
    'Putu'))
add(s, m, 'course_data', 'mixed', {'course_code': 'MEK-4203', 'course_name': 'Robotika Lanjut - Praktikum',
    'changes': {'shortname': 'RobLanj-P', 'enrolment_key': 'R0b0t!ka#4'}})

s = '022-yahoo-ios-flores-rename-value-later'
m = new(s, 'Agustinus Lewo Tolok <agus.tolok@yahoo.co.id>', 'Nama MK Kapita Selekta Manufaktur', (2026, 10, 12, 8, 14))
m.set_content(mk(
    'Selamat pagi Bapa/Mama di P4M,',
    '',
    'Beta Agus, ketua kelas MTK-3B Malam. Bapak dosen kami bilang nama MK Kapita Selekta Manufaktur (MTK 3310) di elearning mau diganti sesuai kurikulum baru. Tapi nama barunya beta belum tau, Bapak bilang nanti beliau kirim sendiri. Beta kasih tau dulu supaya kaka dong siap-siap.',
    '',
    'Terima kasih,',
    'Agus',
    '',
    'Dikirim dari Yahoo Mail di iPhone'))
add(s, m, 'course_data', 'id', {'course_code': 'MTK 3310', 'course_name': 'Kapita Selekta Manufaktur'},
    'Rename announced without the new name (the lecturer will send it), so changes is empty.')

# ---------------------------------------------------------------- announcements
s = '023-gmail-android-minang-caps-title-senin-des'
m = new(s, '"Hafiz Dt. Rajo Ameh" <hafiz.rajoameh@students.polibatam.ac.id>', 'Minta tolong tayangkan info beasiswa BI', (2026, 11, 26, 14, 20), domain='mail.gmail.com')
m.set_content(mk(
    'Assalamualaikum uda uni helpdesk,',
    '',
    'Ambo Hafiz, Menteri Kesejahteraan Mahasiswa BEM Polibatam. Tolong tayangkan pengumuman di bawah ko di halaman depan elearning untuak sadonyo mahasiswa yo. Tayangnyo Senin, 7 Des pkl 06.30 supayo pas mahasiswa bukak HP pagi-pagi.',
    '',
    'INFO BEASISWA BANK INDONESIA TAHUN 2026',
    '',
    'Beasiswa Bank Indonesia kembali dibuka untuk mahasiswa D3/D4 semester 3-5 dengan IPK minimal 3,00. Pendaftaran ditutup 18 Desember 2026 pukul 23.59. Berkas dikumpulkan ke Sekretariat BEM, Gedung Utama lantai 2.',
    '',
    'Tarimo kasih banyak,',
    'Hafiz',
    '',
    '--',
    'Hafiz Dt. Rajo Ameh | Kementerian Kesejahteraan Mahasiswa',
    'BEM Politeknik Negeri Batam Kabinet Harmoni',
    'IG @bempolibatam | Line @bempolibatam'))
add(s, m, 'announcement', 'id', {'title': 'INFO BEASISWA BANK INDONESIA TAHUN 2026', 'scope': 'site', 'publish_at': '2026-12-07T06:30:00+07:00'},
    'Publish time "Senin, 7 Des pkl 06.30"; 18 December is the application deadline.')

s = '024-huawei-banjar-judul-lab-safety-malam-ini'
m = new(s, 'Ahmad Rizani <ahmad.rizani@students.polibatam.ac.id>', 'pengumuman briefing K3 praktikum kimia analitik', (2026, 10, 19, 16, 5), mailer='Huawei Email')
m.set_content(mk(
    'Assalamualaikum pian helpdesk,',
    '',
    'Ulun Rizani, asisten lab kimia. Ibu Halimah minta pengumuman ini dipasang di kursus Praktikum Kimia Analitik (KIM-2203) aja, kada usah ka samunyaan. Tolong tayangkan malam ini jam 9 lah, supaya praktikan sempat baca sebelum briefing.',
    '',
    'Judul: Briefing K3 Laboratorium Sebelum Praktikum',
    'Isi: Seluruh praktikan wajib hadir briefing keselamatan kerja (K3) pada Rabu, 21 Oktober 2026 pukul 08.00 di Lab Kimia GU 301. Bawa jas lab, kacamata pelindung, dan sepatu tertutup. Yang kada hadir kada boleh ikut praktikum.',
    '',
    'Makasih banar,',
    'Rizani',
    '',
    'Dikirim dari ponsel HUAWEI saya'))
add(s, m, 'announcement', 'id', {'course_code': 'KIM-2203', 'course_name': 'Praktikum Kimia Analitik', 'title': 'Briefing K3 Laboratorium Sebelum Praktikum',
    'scope': 'course', 'publish_at': '2026-10-19T21:00:00+07:00'}, '"malam ini jam 9" counted from the Date header; 21 October 08.00 is the briefing itself.')

s = '025-outlook-html-balinese-bold-title-range-besok'
m = new(s, 'Ni Luh Putu Sintya Dewi <sintya.dewi@students.polibatam.ac.id>', 'Pengumuman kursus Praktikum Elektronika Daya', (2026, 10, 21, 20, 10), mailer='Microsoft Outlook 16.0')
m.set_content(mk('Om Swastyastu,', '', 'Tiang Sintya, asisten lab elektronika daya. Mohon pengumuman berikut ditampilkan di kursus Praktikum Elektronika Daya (EL 3204) besok antara jam 7\u20138 pagi.', '',
                 'Perubahan Jadwal Praktikum Minggu ke-10', '',
                 'Praktikum minggu ke-10 dipindah dari Jumat, 23 Oktober menjadi Senin, 26 Oktober 2026 pukul 13.00\u201316.00 karena lab dipakai untuk kalibrasi alat.', '',
                 'Suksma,', 'Sintya'))
m.add_alternative('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head><body lang="EN-US"><div class="WordSection1">'
                  '<p class="MsoNormal">Om Swastyastu,</p><p class="MsoNormal">&nbsp;</p>'
                  '<p class="MsoNormal">Tiang Sintya, asisten lab elektronika daya. Mohon pengumuman berikut ditampilkan di kursus Praktikum Elektronika Daya (EL 3204) besok antara jam 7&#8211;8 pagi.</p><p class="MsoNormal">&nbsp;</p>'
                  '<p class="MsoNormal"><b>Perubahan Jadwal Praktikum Minggu ke-10</b></p><p class="MsoNormal">&nbsp;</p>'
                  '<p class="MsoNormal">Praktikum minggu ke-10 dipindah dari Jumat, 23 Oktober menjadi Senin, 26 Oktober 2026 pukul 13.00&#8211;16.00 karena lab dipakai untuk kalibrasi alat.</p><p class="MsoNormal">&nbsp;</p>'
                  '<p class="MsoNormal">Suksma,</p><p class="MsoNormal">Sintya</p></div></body></html>\n', subtype='html')
add(s, m, 'announcement', 'id', {'course_code': 'EL 3204', 'course_name': 'Praktikum Elektronika Daya', 'title': 'Perubahan Jadwal Praktikum Minggu ke-10',
    'scope': 'course', 'publish_at': '2026-10-22T07:00:00+07:00'}, 'Publish time is a range "besok antara jam 7-8 pagi" (labelled at its start); 26 October 13.00 is the new session.')

s = '026-gmail-papua-wit-exam-room-title-in-subject'
m = new(s, 'Elia Mandowen <elia.mandowen@students.polibatam.ac.id>', 'Pengumuman: Perubahan Ruang UAS Struktur Data', (2026, 11, 9, 11, 30), tz=9)
m.set_content(mk(
    'Selamat siang kakak admin,',
    '',
    'Sa Elia, asisten dosen Struktur Data (IF 2104). Sa lagi pulang kampung di Jayapura jadi jam di sini WIT e. Pak Yohanis minta pengumuman di subjek ini ditayangkan di kursus Struktur Data pada Kamis, 12 November jam 10.00 WIT.',
    '',
    'Isinya:',
    'UAS Struktur Data hari Senin, 16 November 2026 pukul 08.00 WIB pindah dari ruang GU 805 ke ruang TA 10.3 karena GU 805 dipakai untuk ujian sertifikasi. Mahasiswa mohon datang 15 menit lebih awal.',
    '',
    'Makasih banyak kakak,',
    'Elia'))
add(s, m, 'announcement', 'id', {'course_code': 'IF 2104', 'course_name': 'Struktur Data', 'title': 'Perubahan Ruang UAS Struktur Data',
    'scope': 'course', 'publish_at': '2026-11-12T08:00:00+07:00'}, 'Publish time given in WIT (10.00 WIT = 08.00 WIB); title only in the subject; 16 November is the exam.')

s = '027-yahoo-ios-flores-caps-title-date-only-graduation'
m = new(s, 'Kristina Bara Lamablawa <kristina.lamablawa@yahoo.com>', 'Mohon tayang pengumuman gladi wisuda', (2026, 11, 16, 9, 48))
m.set_content(mk(
    'Selamat pagi Bapa Mama di helpdesk,',
    '',
    'Beta Kristina dari BEM bidang acara. Tolong pengumuman ini ditayangkan di beranda elearning untuk semua, tanggal 20 November saja, jam berapa sonde masalah.',
    '',
    'GLADI BERSIH WISUDA POLIBATAM 2026',
    '',
    'Seluruh calon wisudawan wajib mengikuti gladi bersih pada Selasa, 24 November 2026 pukul 07.30 WIB di Gedung Serbaguna Kampus. Toga diambil di bagian akademik paling lambat 23 November.',
    '',
    'Terima kasih banyak e,',
    'Kristina',
    '',
    'Dikirim dari Yahoo Mail di iPhone'))
add(s, m, 'announcement', 'id', {'title': 'GLADI BERSIH WISUDA POLIBATAM 2026', 'scope': 'site'},
    'Publish date only (20 November, any hour), so no publish_at; 24 November 07.30 is the rehearsal.')

s = '028-outlook-android-minang-secepatnya-subject-title'
m = new(s, 'Yolanda Putri Chaniago <yolanda.chaniago@students.polibatam.ac.id>', 'Mohon ditayangkan: Vaksinasi Influenza Gratis di Poliklinik Kampus', (2026, 10, 27, 10, 2), domain='outlook.com')
m.set_content(mk(
    'Assalamualaikum,',
    '',
    'Ambo Yolanda dari UKM KSR PMI Polibatam. Mohon pengumuman di subjek ko ditayangkan secepatnyo untuak sadonyo warga kampus.',
    '',
    'Vaksinasi influenza gratis diadakan tanggal 2-4 November 2026, pukul 09.00-14.00 di Poliklinik Kampus (Gedung Utama lt. 1). Bawa KTM atau kartu pegawai. Kuota 300 orang.',
    '',
    'Tarimo kasih,',
    'Yolanda',
    '',
    'Get Outlook for Android'))
add(s, m, 'announcement', 'id', {'title': 'Vaksinasi Influenza Gratis di Poliklinik Kampus', 'scope': 'site'},
    'Title only in the subject; "secepatnyo" gives no publish time; 2-4 November is the event.')

s = '029-gmail-banjar-h2-before-exam'
m = new(s, 'Muhammad Rizky Ansyari <rizky.ansyari@students.polibatam.ac.id>', 'tolong tayangkan kisi-kisi ujian praktikum TI 1105', (2026, 11, 23, 13, 12))
m.set_content(mk(
    'Assalamualaikum wr wb,',
    '',
    'Ulun Rizky, asisten lab pemrograman. Pak Gusti minta pengumuman ini ditayangkan di kursus Praktikum Pemrograman Dasar (TI 1105) H-2 sebelum ujian pukul 08.00 pagi. Ujiannya sorang Senin, 14 Desember 2026 jam 13.00.',
    '',
    'Judul: Kisi-kisi Ujian Praktikum Pemrograman Dasar',
    '',
    'Materi ujian: percabangan, perulangan, array 1 dimensi, dan fungsi. Ujian dikerjakan di komputer lab tanpa internet. Bawa KTM.',
    '',
    'Makasih lah,',
    'Rizky'))
add(s, m, 'announcement', 'id', {'course_code': 'TI 1105', 'course_name': 'Praktikum Pemrograman Dasar', 'title': 'Kisi-kisi Ujian Praktikum Pemrograman Dasar',
    'scope': 'course', 'publish_at': '2026-12-12T08:00:00+07:00'}, 'H-2 before the exam on 14 December 2026 at 08.00 gives 12 December 08.00; 13.00 is the exam time.')

s = '030-gmail-nepal-tomorrow-7am-lab-reschedule'
m = new(s, 'Sushil Bhattarai <sushil.bhattarai@polibatam.ac.id>', 'Announcement for Power Electronics Lab (EE-3204L)', (2026, 10, 29, 17, 45))
m.set_content(mk(
    'Namaste,',
    '',
    'Kindly post the following announcement in my course Power Electronics Lab (EE-3204L) tomorrow 7 a.m. sharp, so that students see it before the morning class.',
    '',
    'Title: Rescheduled Lab Session: Week 11',
    'Text: Dear students, the Week 11 lab session is shifted to Tuesday, 3 November 2026, 1:00 p.m. in Lab TE 2. Lab reports of Week 10 are due on the same day.',
    '',
    'With regards,',
    'Sushil Bhattarai, PhD'))
add(s, m, 'announcement', 'en', {'course_code': 'EE-3204L', 'course_name': 'Power Electronics Lab', 'title': 'Rescheduled Lab Session: Week 11',
    'scope': 'course', 'publish_at': '2026-10-30T07:00:00+07:00'}, '"tomorrow 7 a.m." from the Date header; 3 November 1 p.m. is the session.')

s = '031-iphone-canadian-next-wednesday-noon-scholarship'
m = new(s, 'Megan Fraser <megan.fraser.volunteer@gmail.com>', 'Could you post a scholarship info session notice?', (2026, 10, 15, 19, 30))
m.set_content(mk(
    'Hi again!',
    '',
    "Hope you're all doing well. I'm helping the International Office spread the word about an info session, and they said the e-learning front page is the best place. Could you post this for everyone next Wednesday noon? (Lunch break = max eyeballs, lol.)",
    '',
    'Info Session: Canadian Study Scholarships',
    '',
    "Thinking about a semester or a master's in Canada? Join a casual info session on Friday, October 30 at 3 pm in the Library Auditorium. We'll cover scholarships, applications and what winter is really like. Free snacks!",
    '',
    'Thanks so much!',
    'Megan',
    '',
    'Sent from my iPhone'))
add(s, m, 'announcement', 'en', {'title': 'Info Session: Canadian Study Scholarships', 'scope': 'site', 'publish_at': '2026-10-21T12:00:00+07:00'},
    '"next Wednesday noon" from Thursday 15 October; 30 October 3 pm is the event.')

s = '032-gmail-bangladesh-exam-venue-date-only'
m = new(s, '"Md. Rafiqul Islam" <rafiqul.islam@polibatam.ac.id>', 'Final Exam Venue Changed - Engineering Mathematics III', (2026, 11, 26, 10, 15))
m.set_content(mk(
    'Respected Sir/Madam,',
    '',
    'Kindly publish the following notice in the course Engineering Mathematics III (MAT 2301) on 3 December. Any time of the day is fine.',
    '',
    'Notice title: Final Exam Venue Changed - Engineering Mathematics III',
    'The final examination on Tuesday, 8 December 2026 at 09:00 will be held in Room TA 11.2 instead of GU 702. Students must bring their ID cards.',
    '',
    'Thanking you,',
    'Md. Rafiqul Islam'))
add(s, m, 'announcement', 'en', {'course_code': 'MAT 2301', 'course_name': 'Engineering Mathematics III', 'title': 'Final Exam Venue Changed - Engineering Mathematics III',
    'scope': 'course'}, 'Publish date only (3 December, any time), so no publish_at; 8 December 09:00 is the exam.')

s = '033-qq-mail-chinese-lab-safety-title-monday'
m = new(s, 'Wang Lijuan <1948273650@qq.com>', 'Please publish announcement', (2026, 11, 4, 15, 26), mailer='QQMail 2.x')
m.set_content(mk(
    'Dear helpdesk teacher,',
    '',
    'Hello! Our teaching team of Food Chemistry Practicum (TPG-2105) want to publish one announcement in the course. Please publish on Monday 9 November 8:30 am.',
    '',
    'Title: Laboratory Safety Briefing for Practicum Students',
    'Content: All students must attend safety briefing on Wednesday 11 November 10:00 in Lab Pangan. No briefing, no practicum. Please wear lab coat and closed shoes.',
    '',
    'Thank you very much!',
    'Wang Lijuan'), charset='gb18030', cte='base64')
add(s, m, 'announcement', 'en', {'course_code': 'TPG-2105', 'course_name': 'Food Chemistry Practicum', 'title': 'Laboratory Safety Briefing for Practicum Students',
    'scope': 'course', 'publish_at': '2026-11-09T08:30:00+07:00'}, '11 November 10:00 is the briefing, not the publish time.')

s = '034-gmail-android-papua-mixed-wit-besok'
m = new(s, 'Frans Kafiar <frans.kafiar@students.polibatam.ac.id>', 'Pengumuman gladi wisuda - please publish', (2026, 11, 18, 21, 15), tz=9, domain='mail.gmail.com')
m.set_content(mk(
    'Malam kakak admin,',
    '',
    'Sa Frans, koordinator panitia wisuda dari BEM. Sa lagi di Manokwari jadi pakai jam WIT. Please publish this announcement buat semua mahasiswa di front page elearning besok jam 6 pagi WIT.',
    '',
    'Title: Graduation Rehearsal / Gladi Wisuda Angkatan 2026',
    'Gladi wisuda dilaksanakan Sabtu, 21 November 2026 jam 08.00 WIB di Gedung Serbaguna. All graduates wajib datang, no exception.',
    '',
    'Thanks kakak, God bless',
    'Frans',
    '',
    '--',
    'Frans Kafiar',
    'Koordinator Panitia Wisuda 2026 | BEM Polibatam',
    'Sent from my Android phone with Gmail'))
add(s, m, 'announcement', 'mixed', {'title': 'Graduation Rehearsal / Gladi Wisuda Angkatan 2026', 'scope': 'site', 'publish_at': '2026-11-19T04:00:00+07:00'},
    'Sender in +09:00; "besok jam 6 pagi WIT" = 19 November 04.00 WIB; 21 November 08.00 is the rehearsal.')

s = '035-html-balinese-mixed-bold-title-sabtu'
m = new(s, 'Komang Ayu Trisnawati <komang.trisna@students.polibatam.ac.id>', 'Vaccination drive announcement', (2026, 11, 10, 9, 55))
m.set_content('<div>Om Swastyastu admin,</div><div><br></div><div>Tiang Komang dari UKM Kesehatan. Could you please publish this announcement ke semua user elearning, jadwal tayang <u>Sabtu, 14 Nov pkl 07.00</u>.</div><div><br></div>'
              '<div><b>Vaccination Drive: Hepatitis B untuk Mahasiswa Baru</b></div>'
              '<div>Vaksinasi Hepatitis B dosis pertama untuk mahasiswa angkatan 2026, Senin 16 November 2026, 08.00&ndash;12.00 di Aula Gedung Utama. Free of charge, bring your KTM.</div><div><br></div>'
              '<div>Suksma nggih,</div><div>Komang</div>\n', subtype='html')
add(s, m, 'announcement', 'mixed', {'title': 'Vaccination Drive: Hepatitis B untuk Mahasiswa Baru', 'scope': 'site', 'publish_at': '2026-11-14T07:00:00+07:00'},
    'HTML-only, title in bold; 16 November is the vaccination day.')

s = '036-gmail-minang-mixed-practicum-class-title-subject'
m = new(s, 'Ilham Sutan Malano <ilham.malano@students.polibatam.ac.id>', 'Jadwal Praktikum Jarkom II TI-2A Pagi Pindah ke Kamis', (2026, 11, 1, 20, 30))
m.set_content(mk(
    'Assalamualaikum min,',
    '',
    'Ambo Ilham, lab assistant jarkom. Subject di ateh tu judul pengumumannyo. Please post di course Praktikum Jaringan Komputer II (RKS-2206), khusus kelas TI-2A Pagi, besok pagi jam 06.00.',
    '',
    'Isi: Mulai minggu ini praktikum TI-2A Pagi pindah dari Rabu ke Kamis, 08.00-10.00, Lab Jaringan TA 3. Yang Rabu indak ado lai.',
    '',
    'Thanks yo,',
    'Ilham'))
add(s, m, 'announcement', 'mixed', {'course_code': 'RKS-2206', 'course_name': 'Praktikum Jaringan Komputer II', 'title': 'Jadwal Praktikum Jarkom II TI-2A Pagi Pindah ke Kamis',
    'scope': 'course', 'publish_at': '2026-11-02T06:00:00+07:00'}, 'Title only in the subject; for one class of the course; 08.00-10.00 is the new practicum slot.')

s = '037-yahoo-ios-flores-judul-jumat-scholarship'
m = new(s, 'Stefanus Dua Nurak <stefan.nurak@yahoo.co.id>', 'Info KIP Kuliah tolong dipasang', (2026, 11, 17, 12, 40))
m.set_content(mk(
    'Selamat siang kaka admin,',
    '',
    'Beta Stefan, pengurus Forum Penerima KIP Kuliah Polibatam. Bagian kemahasiswaan su setuju, jadi tolong pasang di beranda elearning untuk semua mahasiswa ya. Tayang Jumat, 20 Nov jam 13.00 abis sholat Jumat.',
    '',
    'Judul: Perpanjangan Pendaftaran Beasiswa KIP Kuliah Tahap 2',
    'Isi: Pendaftaran KIP Kuliah tahap 2 diperpanjang sampai 27 November 2026. Berkas diunggah lewat laman kemahasiswaan, bukan lewat elearning.',
    '',
    'Terima kasih,',
    'Stefan',
    '',
    'Dikirim dari Yahoo Mail di iPhone'))
add(s, m, 'announcement', 'id', {'title': 'Perpanjangan Pendaftaran Beasiswa KIP Kuliah Tahap 2', 'scope': 'site', 'publish_at': '2026-11-20T13:00:00+07:00'},
    '27 November is the extended deadline.')

s = '038-screen-reader-student-accessibility-training'
m = new(s, 'Annisa Rahmadani <annisa.rahmadani@students.polibatam.ac.id>', 'permohonan penayangan pengumuman pelatihan aksesibilitas', (2026, 11, 12, 8, 6))
m.set_content(mk(
    'assalamualaikum wr wb',
    '',
    'perkenalkan saya annisa, mahasiswi tunanetra prodi administrasi bisnis terapan. saya menulis email ini dengan pembaca layar NVDA jadi mohon maaf kalau ada salah ketik atau huruf besar yang tidak rapi.',
    '',
    'saya mewakili Komunitas Kampus Inklusif, mohon pengumuman berikut ditayangkan di halaman depan elearning untuk semua dosen dan mahasiswa pada Selasa, 17 November pukul 09.00.',
    '',
    'judul pengumuman: Pelatihan Dokumen Aksesibel untuk Dosen dan Mahasiswa',
    '',
    'isi: Pelatihan membuat dokumen dan slide yang bisa dibaca pembaca layar, Kamis 26 November 2026 pukul 13.00 di Ruang Rapat Direktorat. pendaftaran lewat KKI paling lambat 24 November.',
    '',
    'terima kasih banyak atas bantuannya',
    'annisa'))
add(s, m, 'announcement', 'id', {'title': 'Pelatihan Dokumen Aksesibel untuk Dosen dan Mahasiswa', 'scope': 'site', 'publish_at': '2026-11-17T09:00:00+07:00'},
    'Written with a screen reader; 26 November 13.00 is the training and 24 November the registration deadline.')

# ---------------------------------------------------------------- elearning support
s = '039-screen-reader-student-course-not-visible'
m = new(s, 'Annisa Rahmadani <annisa.rahmadani@students.polibatam.ac.id>', 'kursus tidak muncul setelah enrol', (2026, 9, 8, 7, 44))
m.set_content(mk(
    'assalamualaikum',
    '',
    'saya annisa, mahasiswi tunanetra, memakai pembaca layar NVDA dengan firefox. kemarin saya sudah enrol ke kursus Akuntansi Manajemen dengan kunci dari dosen, muncul pesan berhasil. tapi di dasbor dan di menu kursus saya, kursusnya tidak terbaca sama sekali oleh NVDA. saya minta teman yang melihat untuk cek, katanya memang tidak ada di daftar kursus saya.',
    '',
    'mohon dibantu karena minggu ini sudah ada kuis. kalau bisa mohon jawaban dalam teks biasa, bukan gambar tangkapan layar, supaya bisa saya baca.',
    '',
    'terima kasih',
    'annisa rahmadani',
    'NIM 4312401022'))
add(s, m, 'elearning_support', 'id', {}, 'Course not visible after enrolling; screen-reader user.')

s = '040-huawei-minang-quiz-closed-early'
m = new(s, 'Rani Oktaviani <rani.oktaviani@students.polibatam.ac.id>', 'kuis tatutuik sabalun wakatu', (2026, 9, 10, 11, 3), mailer='Huawei Email')
m.set_content(mk(
    'Assalamualaikum,',
    '',
    'Ambo Rani, TI-1B. Kuis 2 Matematika Diskrit di elearning sadang ambo karajoan, di jadwal tutupnyo jam 11.00, tapi jam 10.40 tibo-tibo lah tatutuik dan jawaban ambo indak tasimpan. Kawan-kawan sakaleh juo baitu. Baa caronyo ko? Apo bisa dibukak baliak?',
    '',
    'Tarimo kasih,',
    'Rani',
    '',
    'Dikirim dari ponsel HUAWEI saya'))
add(s, m, 'elearning_support', 'id', {}, 'Quiz closed before its scheduled time.')

s = '041-gmail-banjar-forum-post-disappeared'
m = new(s, 'Nurul Hikmah <nurul.hikmah@students.polibatam.ac.id>', 'postingan forum ulun hilang', (2026, 9, 15, 20, 51))
m.set_content(mk(
    'Assalamualaikum pian,',
    '',
    'Ulun Nurul, mahasiswi AK-2A. Tadi sore ulun sudah posting jawaban diskusi minggu 3 di forum kursus Perpajakan, sudah tampil jua. Tapi wayah ini ulun buka lagi, postingan ulun kadada lagi, hilang. Ulun kada menghapus. Padahal forum itu dinilai.',
    'Kawa kah dicek di sistem, postingannya masih ada kah kada?',
    '',
    'Makasih banar,',
    'Nurul Hikmah (4222201015)'))
add(s, m, 'elearning_support', 'id', {}, 'Forum post disappeared.')

s = '042-gmail-android-balinese-file-type-rejected'
m = new(s, 'I Made Dwi Saputra <dwi.saputra@students.polibatam.ac.id>', 'Upload tugas ditolak (tipe file)', (2026, 9, 22, 22, 37), domain='mail.gmail.com')
m.set_content(mk(
    'Om Swastyastu,',
    '',
    'Tiang Dwi, mahasiswa MJ-3A. Tiang mau mengumpulkan tugas laporan di kursus Sistem Informasi Manajemen, file-nya .pages karena pakai MacBook. Di elearning muncul tulisan "File type is not allowed". Sudah tiang coba ubah nama jadi .docx tetap tidak bisa dibuka. Deadline jam 23.59 malam ini. Bagaimana nggih?',
    '',
    'Suksma,',
    'Dwi'))
add(s, m, 'elearning_support', 'id', {}, 'File type rejected at upload; 23.59 is the assignment deadline.')

s = '043-yahoo-ios-flores-attendance-not-recorded'
m = new(s, 'Paulus Nong Ray <paulus.ray@yahoo.com>', 'Presensi sonde tercatat', (2026, 9, 24, 13, 2))
m.set_content(mk(
    'Selamat siang kaka,',
    '',
    'Beta Paulus, TRM-2B. Beta su isi presensi di elearning untuk kuliah Termodinamika hari Selasa kemarin, su klik "Present" dan muncul centang. Tapi hari ini beta cek laporan presensi, beta ditulis Absent. Beta hadir di kelas, teman-teman bisa jadi saksi. Tolong dicek e kaka.',
    '',
    'Terima kasih,',
    'Paulus',
    '',
    'Dikirim dari Yahoo Mail di iPhone'))
add(s, m, 'elearning_support', 'id', {}, 'Attendance not recorded.')

s = '044-gmail-papua-password-reset-never-arrived'
m = new(s, 'Yakob Tabuni <yakob.tabuni@students.polibatam.ac.id>', 'Email reset password tra masuk', (2026, 10, 2, 9, 17))
m.set_content(mk(
    'Selamat pagi kakak admin,',
    '',
    'Sa Yakob, TRE-1A. Sa lupa password elearning, jadi sa klik "Lupa kata sandi" dan isi email kampus. Katanya email sudah dikirim, tapi sampai sekarang su 2 hari tra ada yang masuk, di folder spam juga tra ada. Sa su coba 3 kali.',
    'Tolong bantu reset kah? Username sa 4312511007.',
    '',
    'Makasih banyak',
    'Yakob'))
add(s, m, 'elearning_support', 'id', {}, 'Password reset mail never arrived.')

s = '045-outlook-android-evening-rep-classmates-cannot-see'
m = new(s, 'Sri Wahyuni Harahap <sri.harahap@students.polibatam.ac.id>', 'Kelas TI-2A Malam tidak bisa lihat kursus', (2026, 10, 6, 21, 40), domain='outlook.com')
m.set_content(mk(
    'Selamat malam,',
    '',
    'Saya Sri, perwakilan kelas TI-2A Malam (kelas karyawan). Kami 23 orang sudah enrol ke kursus Basis Data Lanjut pakai kunci dari dosen, tapi setelah enrol kursus itu tidak muncul di "Kursus Saya". Kalau dicari lewat pencarian juga muncul tulisan "You cannot enrol yourself in this course". Kelas pagi katanya tidak ada masalah.',
    'Kami kuliah hanya malam jadi mohon bisa dibantu sebelum Kamis.',
    '',
    'Terima kasih,',
    'Sri Wahyuni',
    '',
    'Get Outlook for Android'))
add(s, m, 'elearning_support', 'id', {}, 'Evening class cannot see a course after enrolling.')

s = '046-gmail-nepal-quiz-closed-early'
m = new(s, 'Sushil Bhattarai <sushil.bhattarai@polibatam.ac.id>', 'Quiz closed earlier than set time', (2026, 10, 8, 14, 22))
m.set_content(mk(
    'Namaste,',
    '',
    'My quiz "Mid Quiz - Circuit Analysis" in the course Electric Circuits II was set to close at 14:00 today, but students reported that it closed at 13:00 itself. Many could not submit. I suspect the timezone of the quiz or my profile is wrong (I had set Asia/Kathmandu earlier).',
    'Kindly check and advise how to reopen it for the affected students.',
    '',
    'With regards,',
    'Sushil Bhattarai, PhD'))
add(s, m, 'elearning_support', 'en', {}, 'Quiz closed early, likely a timezone setting.')

s = '047-iphone-canadian-password-reset-no-mail'
m = new(s, 'Megan Fraser <megan.fraser.volunteer@gmail.com>', "Password reset email isn't showing up", (2026, 10, 13, 8, 5))
m.set_content(mk(
    'Hi folks,',
    '',
    "I'm locked out of the e-learning site (I think my password expired?). I've hit \"Forgotten your password\" three times since last night, but no reset email has arrived in my Gmail, not even in spam or Promotions. My account is under megan.fraser.volunteer@gmail.com since I don't have a campus address.",
    '',
    'Any chance you could reset it manually? My conversation class is tomorrow.',
    '',
    'Cheers,',
    'Megan',
    '',
    'Sent from my iPhone'))
add(s, m, 'elearning_support', 'en', {}, 'Password reset mail never arrived.')

s = '048-qq-mail-chinese-file-type-rejected'
m = new(s, 'Wang Lijuan <1948273650@qq.com>', 'Cannot upload audio file', (2026, 10, 16, 10, 40), mailer='QQMail 2.x')
m.set_content(mk(
    'Dear helpdesk teacher,',
    '',
    'Hello! I want to upload listening material (.m4a audio, 8 MB) to my course Applied Mandarin II, but the system says "This file type is not accepted". Mp3 also same problem. Students need this for next class. How can I solve it?',
    '',
    'Thank you very much!',
    'Wang Lijuan'), charset='gb18030', cte='base64')
add(s, m, 'elearning_support', 'en', {}, 'File type rejected at upload.')

s = '049-gmail-mixed-lab-assistant-attendance-not-recorded'
m = new(s, 'Kevin Tanoto <kevin.tanoto@students.polibatam.ac.id>', 'attendance module error - Pemrograman Mobile', (2026, 10, 20, 15, 33))
m.set_content(mk(
    'Hi helpdesk,',
    '',
    'Saya Kevin, lab assistant Pemrograman Mobile. Session attendance tanggal 19 Oktober kemarin tidak ter-record sama sekali: students sudah self-mark pakai password sesi, tapi di report semua masih "Not marked". Session lain normal. Is there a way to restore it from logs? Pak Bambang butuh buat rekap UTS.',
    '',
    'Thanks,',
    'Kevin'))
add(s, m, 'elearning_support', 'mixed', {}, 'Attendance not recorded.')

s = '050-gmail-android-mixed-thesis-student-forum-post-gone'
m = new(s, 'Dimas Arya Nugraha <dimas.nugraha@students.polibatam.ac.id>', 'Post di forum bimbingan TA hilang', (2026, 10, 23, 23, 12), domain='mail.gmail.com')
m.set_content(mk(
    'Malam admin,',
    '',
    'Saya Dimas, mahasiswa tugas akhir TRPL. Di course Bimbingan Tugas Akhir 2026 saya sudah post progress report bab 3 (with attachment PDF) ke forum bimbingan tadi sore. Sekarang post-nya gone, tidak ada di discussion list. Pembimbing saya bilang juga tidak lihat. Apakah ada auto-delete atau saya salah klik? Progress ini wajib buat syarat seminar.',
    '',
    'Thanks a lot,',
    'Dimas',
    '',
    '--',
    'Dimas Arya Nugraha | 4312111009',
    'Mahasiswa Tugas Akhir - Teknologi Rekayasa Perangkat Lunak',
    'Politeknik Negeri Batam',
    'LinkedIn: linkedin.com/in/dimasaryan | GitHub: github.com/dimasaryan',
    '"Code is like humor. When you have to explain it, it\'s bad."'))
add(s, m, 'elearning_support', 'mixed', {}, 'Forum post disappeared.')

# ---------------------------------------------------------------- document requests
s = '051-gmail-minang-lab-assistant-module-template'
m = new(s, 'Rahmat Hidayat <rahmat.hidayat@students.polibatam.ac.id>', 'minta template modul praktikum', (2026, 8, 28, 10, 22), domain='mail.gmail.com')
m.set_content(mk(
    'Assalamualaikum uda/uni,',
    '',
    'Ambo Rahmat lai, asisten lab basis data. Ambo diminta Pak Yusnaldi manyusun modul praktikum baru. Apo P4M punyo template modul praktikum nan standar (format Word)? Kalau lai, tolong kirimkan ka ambo yo.',
    '',
    'Tarimo kasih.') + GSIG_RAHMAT)
add(s, m, 'document_request', 'id', {}, 'Asks for the practicum module template.')

s = '052-huawei-banjar-bap-form'
m = new(s, 'Siti Rahmah <sitirahmah.el@students.polibatam.ac.id>', 'form BAP praktikum', (2026, 9, 30, 14, 8), mailer='Huawei Email')
m.set_content(mk(
    'Assalamualaikum,',
    '',
    'Ulun Siti, asisten lab elektronika. Pian ada kah form BAP (Berita Acara Perkuliahan) nang terbaru gasan praktikum? Nang ulun pakai wayah ini masih format 2023, kata Kaprodi harus pakai nang hanyar. Minta kirimi filenya lah.',
    '',
    'Makasih,',
    'Siti',
    '',
    'Dikirim dari ponsel HUAWEI saya'))
add(s, m, 'document_request', 'id', {}, 'Asks for the current BAP form.')

s = '053-yahoo-ios-flores-internship-logbook'
m = new(s, 'Maria Fransiska Nona <fransiska.nona@yahoo.com>', 'Form logbook magang', (2026, 10, 14, 18, 22))
m.set_content(mk(
    'Selamat sore kaka,',
    '',
    'Beta Fransiska, mahasiswa RPL semester 5 yang mau magang bulan depan di PT Batamindo. Dosen pembimbing bilang form logbook magang dong ambil di P4M. Beta boleh minta file formulir logbook magang kah? Kalau bisa yang Word supaya bisa beta isi.',
    '',
    'Terima kasih e,',
    'Fransiska',
    '',
    'Dikirim dari Yahoo Mail di iPhone'))
add(s, m, 'document_request', 'id', {}, 'Asks for the internship logbook form.')

s = '054-gmail-thesis-student-sop-bimbingan'
m = new(s, 'Dimas Arya Nugraha <dimas.nugraha@students.polibatam.ac.id>', 'Permohonan SOP bimbingan tugas akhir', (2026, 8, 20, 9, 30))
m.set_content(mk(
    'Yth. Bapak/Ibu Helpdesk P4M,',
    '',
    'Saya Dimas Arya Nugraha (4312111009), mahasiswa tugas akhir prodi TRPL. Untuk keperluan penyusunan proposal, saya memerlukan dokumen SOP Bimbingan Tugas Akhir yang berlaku, terutama bagian jumlah minimal pertemuan bimbingan dan format kartu bimbingan. Mohon kiranya dapat dikirimkan dokumennya.',
    '',
    'Atas perhatiannya saya ucapkan terima kasih.',
    '',
    'Hormat saya,',
    'Dimas Arya Nugraha'))
add(s, m, 'document_request', 'id', {}, 'Asks for the thesis guidance SOP.')

s = '055-gmail-bangladesh-practicum-module-template'
m = new(s, '"Md. Rafiqul Islam" <rafiqul.islam@polibatam.ac.id>', 'Request for practicum module template', (2026, 10, 26, 11, 12))
m.set_content(mk(
    'Respected Sir/Madam,',
    '',
    'I am preparing a lab manual for a new practicum next semester. I have been informed that P4M maintains a standard template for practicum modules (cover page, learning outcomes, safety section, assessment rubric). Kindly share the latest version of the template, preferably in English if available, otherwise the Indonesian one is fine.',
    '',
    'Thanking you in anticipation.',
    '',
    'Yours faithfully,',
    'Md. Rafiqul Islam'))
add(s, m, 'document_request', 'en', {}, 'Asks for the practicum module template.')

s = '056-gmail-android-papua-mixed-internship-logbook'
m = new(s, 'Natalia Yikwa <natalia.yikwa@students.polibatam.ac.id>', 'logbook internship form please', (2026, 11, 3, 16, 55), domain='mail.gmail.com')
m.set_content(mk(
    'Sore kakak,',
    '',
    'Sa Natalia lagi. Sa mau mulai internship di PT Sat Nusapersada minggu depan, supervisor di sana minta logbook format kampus. Can I get the internship logbook form (Word or PDF)? Sa su cari di website tapi link-nya broken.',
    '',
    'Thank you kakak') + GSIG_PAPUA)
add(s, m, 'document_request', 'mixed', {}, 'Asks for the internship logbook form.')

s = '057-outlook-balinese-mixed-bap-form'
m = new(s, 'I Gede Arya Wiguna <arya.wiguna@students.polibatam.ac.id>', 'BAP form for practicum', (2026, 11, 5, 9, 12), mailer='Microsoft Outlook 16.0')
m.set_content(mk(
    'Om Swastyastu,',
    '',
    'Tiang Arya lagi, asisten Sistem Digital. Pak Ketut asked me to fill the BAP for every practicum session, tapi tiang tidak punya formnya. Could you send me the BAP form template yang dipakai untuk praktikum? Suksma.',
    '',
    'Regards,',
    'Arya'))
add(s, m, 'document_request', 'mixed', {}, 'Asks for the BAP form.')

# ---------------------------------------------------------------- other (near-misses)
s = '058-yahoo-ios-flores-grade-change-siakad'
m = new(s, 'Paulus Nong Ray <paulus.ray@yahoo.com>', 'Nilai Termodinamika salah', (2026, 8, 14, 10, 31))
m.set_content(mk(
    'Selamat pagi kaka,',
    '',
    'Beta Paulus, TRM-2B. Nilai Termodinamika beta di SIAKAD keluar D, padahal di elearning nilai tugas dan UAS beta rata-rata 78. Dosen su bilang nilainya B tapi belum diubah. Kaka bisa ubah nilai beta di SIAKAD kah? Beta takut IPK turun dan beasiswa beta dicabut.',
    '',
    'Terima kasih e,',
    'Paulus',
    '',
    'Dikirim dari Yahoo Mail di iPhone'))
add(s, m, 'other', 'id', {}, 'Near-miss: a grade correction in SIAKAD, which is not the e-learning helpdesk\'s business.')

s = '059-gmail-papua-who-teaches-course'
m = new(s, 'Yosias Wenda <yosias.wenda@students.polibatam.ac.id>', 'Tanya dosen pengampu Kapita Selekta Jaringan', (2026, 8, 31, 13, 50))
m.set_content(mk(
    'Siang kakak,',
    '',
    'Sa Yosias. Mau tanya saja, semester ini MK Kapita Selekta Jaringan yang ajar siapa e? Di elearning belum ada nama dosennya dan di grup kelas juga tra ada yang tau. Sa mau minta tanda tangan KRS.',
    '',
    'Makasih kakak',
    'Yosias'))
add(s, m, 'other', 'id', {}, 'Near-miss: asks who teaches a course, not a request to change anything.')

s = '060-outlook-android-evening-rep-complaint-no-material'
m = new(s, 'Sri Wahyuni Harahap <sri.harahap@students.polibatam.ac.id>', 'Keluhan: materi kuliah tidak pernah diunggah', (2026, 10, 28, 22, 5), domain='outlook.com')
m.set_content(mk(
    'Selamat malam Bapak/Ibu P4M,',
    '',
    'Saya Sri, perwakilan kelas TI-2A Malam. Kami ingin menyampaikan keluhan: sudah minggu ke-8 tetapi dosen mata kuliah Analisis dan Perancangan Sistem belum pernah mengunggah materi atau tugas apa pun di elearning. Kami kelas karyawan yang sering tidak bisa hadir tepat waktu, jadi sangat bergantung pada materi di elearning. Sudah kami ingatkan lewat WA tapi tidak ada tanggapan.',
    '',
    'Mohon kiranya ada tindak lanjut dari P4M.',
    '',
    'Hormat kami,',
    'Sri Wahyuni',
    '',
    'Get Outlook for Android'))
add(s, m, 'other', 'id', {}, 'Near-miss: complaint about a lecturer who never uploads material; no platform fault and no change asked.')

s = '061-gmail-banjar-borrow-lab'
m = new(s, 'Ahmad Rizani <ahmad.rizani@students.polibatam.ac.id>', 'pinjam lab komputer gasan lomba', (2026, 11, 6, 10, 44))
m.set_content(mk(
    'Assalamualaikum,',
    '',
    'Ulun Rizani, ketua Himpunan Mahasiswa Kimia. Kami handak meminjam Lab Komputer TA 5 hari Sabtu, 21 November 2026 pukul 08.00-15.00 gasan lomba cerdas cermat online tingkat SMA se-Kepri. Kawa kah lewat P4M, atau harus ke bagian umum?',
    '',
    'Makasih banar,',
    'Rizani'))
add(s, m, 'other', 'id', {}, 'Near-miss: asks to borrow a lab room; the date is the event, not a publish time.')

s = '062-gmail-nepal-misdirected-scholarship-question'
m = new(s, 'Sushil Bhattarai <sushil.bhattarai@polibatam.ac.id>', 'Query regarding scholarship stipend of my advisee', (2026, 11, 11, 9, 4))
m.set_content(mk(
    'Namaste,',
    '',
    'One of my advisees, Ms. Rani Oktaviani (TI-1B), receives the KIP Kuliah scholarship, but she says her living-cost stipend for October has not been credited yet. Could you kindly inform whom she should contact, or check the status at your end?',
    '',
    'With regards,',
    'Sushil Bhattarai, PhD'))
add(s, m, 'other', 'en', {}, 'Misdirected: a scholarship stipend question belongs to student affairs, not P4M.')

s = '063-iphone-canadian-thanks'
m = new(s, 'Megan Fraser <megan.fraser.volunteer@gmail.com>', 'Re: short name for my course?', (2026, 9, 11, 7, 58),
        extra=[('In-Reply-To', '<' + h('010-iphone-canadian-shortname-dash-name', 16) + '.x@polibatam.ac.id>')])
m.set_content(mk(
    'You folks are awesome, it shows up perfectly in the app now. Thank you!!',
    '',
    'Megan',
    '',
    'Sent from my iPhone',
    '',
    '> On Sep 10, 2026, at 3:12 PM, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:',
    '>',
    '> Halo Megan, the short name of your course has been updated. Please check.',
    '>',
    '> Salam,',
    '> Helpdesk P4M'))
add(s, m, 'other', 'en', {}, 'Thanks after a change was already made; nothing new asked.')

s = '064-gmail-minang-mixed-plan-next-semester'
m = new(s, 'Ilham Sutan Malano <ilham.malano@students.polibatam.ac.id>', 'tanyo proses rename course next semester', (2026, 11, 19, 14, 15))
m.set_content(mk(
    'Assalamualaikum min,',
    '',
    'Ambo Ilham, lab assistant jarkom. Indak mendesak, cuma batanyo: next semester mungkin Praktikum Jaringan Komputer II ka di-rename, tapi kurikulumnyo alun final. Kalau beko jadi, prosesnyo baa? Cukup email ka siko atau perlu form dari prodi? For now jan diubah apo-apo dulu yo.',
    '',
    'Thanks,',
    'Ilham'))
add(s, m, 'other', 'mixed', {}, 'Near-miss: a hedged plan for next semester and a how-to question; explicitly asks not to change anything now.')

# ---------------------------------------------------------------- machine mail
s = '065-google-classroom-notification'
m = new(s, 'Google Classroom <no-reply@classroom.google.com>', 'New assignment: "Lab Report Week 9"', (2026, 10, 14, 3, 12), tz=0, domain='classroom.google.com',
        extra=[('Auto-Submitted', 'auto-generated'), ('X-Google-Classroom', 'notification')])
m.set_content(mk('Rizky Pratama posted a new assignment in IoT Club 2026', '', 'Lab Report Week 9', 'Due Oct 21, 11:59 PM', '',
                 'OPEN', 'https://classroom.google.com/c/NjY0MzI1/a/Nzc4OTAx/details', '',
                 'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA',
                 'This email was sent to helpdesk-p4m@polibatam.ac.id because you are a member of IoT Club 2026. Unsubscribe'))
m.add_alternative('<table width="100%"><tr><td><p>Rizky Pratama posted a new assignment in <b>IoT Club 2026</b></p><h2>Lab Report Week 9</h2><p>Due Oct 21, 11:59 PM</p>'
                  '<p><a href="https://classroom.google.com/c/NjY0MzI1/a/Nzc4OTAx/details">OPEN</a></p>'
                  '<p style="font-size:11px;color:#777">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043 USA<br>This email was sent to helpdesk-p4m@polibatam.ac.id because you are a member of IoT Club 2026. <a href="https://classroom.google.com/unsubscribe">Unsubscribe</a></p></td></tr></table>\n', subtype='html')
add(s, m, 'auto', 'en', {}, 'Google Classroom notification.')

s = '066-moodle-assignment-submission-receipt'
m = new(s, 'Elearning Polibatam (via Moodle) <noreply@elearning.polibatam.ac.id>', 'Assignment submission: Tugas 3 - Normalisasi', (2026, 10, 30, 16, 2), domain='elearning.polibatam.ac.id',
        extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk'), ('X-Course-Id', '1842')])
m.set_content(mk('TI-2206 -> Assignment -> Tugas 3 - Normalisasi', '', 'You have submitted an assignment submission for \'Tugas 3 - Normalisasi\'.', '',
                 'You can see the status of your assignment submission:', '    https://elearning.polibatam.ac.id/mod/assign/view.php?id=55120', '',
                 '---------------------------------------------------------------------',
                 'This is a copy of a message sent to you at "Elearning Polibatam". Go to https://elearning.polibatam.ac.id/message/output/popup/notifications.php to view it.',
                 'Change your notification preferences: https://elearning.polibatam.ac.id/message/notificationpreferences.php'))
add(s, m, 'auto', 'en', {}, 'Moodle assignment-submission receipt sent to the helpdesk mailbox.')

s = '067-canva-share-notification'
m = new(s, 'Canva <no-reply@canva.com>', 'Komang Ayu Trisnawati shared "Poster Vaksinasi Hep B" with you', (2026, 11, 9, 6, 40), tz=0, domain='canva.com',
        extra=[('Auto-Submitted', 'auto-generated'), ('List-Unsubscribe', '<https://www.canva.com/settings/notifications>')])
m.set_content(mk('Komang Ayu Trisnawati shared a design with you', '', 'Poster Vaksinasi Hep B', '"min tolong cek posternya ya"', '',
                 'Open design: https://www.canva.com/design/DAGx7Kq2mLs/edit', '',
                 'You received this email because Komang Ayu Trisnawati shared a design with helpdesk-p4m@polibatam.ac.id.',
                 'Canva, 110 Kippax Street, Surry Hills NSW 2010, Australia'))
m.add_alternative('<div style="font-family:Arial"><p><b>Komang Ayu Trisnawati</b> shared a design with you</p><p style="font-size:20px">Poster Vaksinasi Hep B</p>'
                  '<p><i>"min tolong cek posternya ya"</i></p><p><a href="https://www.canva.com/design/DAGx7Kq2mLs/edit" style="background:#8b3dff;color:#fff;padding:10px 16px">Open design</a></p>'
                  '<p style="font-size:11px">You received this email because Komang Ayu Trisnawati shared a design with helpdesk-p4m@polibatam.ac.id.<br>Canva, 110 Kippax Street, Surry Hills NSW 2010, Australia</p></div>\n', subtype='html')
add(s, m, 'auto', 'en', {}, 'Canva share notification; the personal note inside is not a request to the helpdesk.')

s = '068-indonesian-out-of-office-subject-prefix-only'
m = new(s, 'Debora Rumbiak <debora.rumbiak@polibatam.ac.id>', 'Balasan Otomatis: Ubah nama kursus Praktikum Kimia Dasar', (2026, 9, 25, 7, 19))
m.set_content(mk('Terima kasih atas email Anda.', '',
                 'Saya sedang cuti sampai dengan 9 Oktober 2026 dan akses email terbatas. Untuk urusan praktikum kimia silakan hubungi asisten lab (Natalia Yikwa). Untuk urusan mendesak hubungi sekretariat prodi TRL, ext. 2214.', '',
                 'Salam,', 'Debora Rumbiak'))
add(s, m, 'auto', 'id', {}, 'Out-of-office reply recognisable only by its "Balasan Otomatis:" subject prefix (no auto headers).')

s = '069-greylisting-deferral-notice-id'
m = new(s, 'Mail Delivery System <MAILER-DAEMON@mx1.polibatam.ac.id>', 'Pemberitahuan: pesan tertunda (belum gagal)', (2026, 10, 10, 2, 36), domain='mx1.polibatam.ac.id',
        extra=[('Auto-Submitted', 'auto-replied')])
m.set_content(mk(
    'Ini adalah pesan otomatis dari server email mx1.polibatam.ac.id.',
    '',
    '######################################################################',
    '# PESAN INI HANYA PEMBERITAHUAN. ANDA TIDAK PERLU MENGIRIM ULANG.     #',
    '######################################################################',
    '',
    'Pesan Anda belum dapat dikirim ke penerima berikut karena server tujuan',
    'menerapkan greylisting. Server akan mencoba lagi secara otomatis selama',
    '5 hari.',
    '',
    '<kaprodi.trl@partner-univ.ac.id>: host mx.partner-univ.ac.id[103.28.12.9]',
    '    said: 451 4.7.1 Greylisted, please try again in 300 seconds',
    '',
    'Subjek asli: Tiket #8841 diterima',
    'Percobaan terakhir: Sab, 10 Okt 2026 02:36:11 +0700'))
add(s, m, 'auto', 'id', {}, 'Greylisting deferral notice from the mail server.')

s = '070-mailing-list-digest-id'
m = new(s, 'forum-asisten-lab@lists.polibatam.ac.id', 'Intisari forum-asisten-lab, Vol 4, Edisi 17', (2026, 11, 20, 5, 0), domain='lists.polibatam.ac.id',
        extra=[('List-Id', 'Forum Asisten Laboratorium <forum-asisten-lab.lists.polibatam.ac.id>'), ('Precedence', 'list'),
               ('List-Unsubscribe', '<mailto:forum-asisten-lab-request@lists.polibatam.ac.id?subject=unsubscribe>')])
m.set_content(mk(
    'Kirim pesan untuk forum-asisten-lab ke',
    '\tforum-asisten-lab@lists.polibatam.ac.id',
    '',
    'Untuk berhenti berlangganan, kirim email ke',
    '\tforum-asisten-lab-request@lists.polibatam.ac.id',
    '',
    'Topik Hari Ini:',
    '',
    '   1. Re: Jadwal kalibrasi osiloskop (Sintya Dewi)',
    '   2. Tolong ganti enrolment key praktikum? (Putu Mahendra)',
    '   3. Re: Tolong ganti enrolment key praktikum? (Kevin Tanoto)',
    '',
    '----------------------------------------------------------------------',
    '',
    'Pesan: 1',
    'Tanggal: Thu, 19 Nov 2026 14:02:10 +0700',
    'Dari: Sintya Dewi',
    'Subjek: Re: Jadwal kalibrasi osiloskop',
    '',
    'Kalibrasi dipindah ke Senin ya teman-teman.',
    '',
    'Pesan: 2',
    'Dari: Putu Mahendra',
    'Subjek: Tolong ganti enrolment key praktikum?',
    '',
    'Ada yang tau cara ganti enrolment key sendiri di Moodle? Atau harus minta helpdesk?',
    '',
    'Pesan: 3',
    'Dari: Kevin Tanoto',
    'Subjek: Re: Tolong ganti enrolment key praktikum?',
    '',
    'Bisa sendiri bro, Participants > Enrolment methods > Self enrolment > edit.',
    '',
    '------------------------------',
    'Akhir Intisari forum-asisten-lab, Vol 4, Edisi 17'))
add(s, m, 'auto', 'id', {}, 'Mailing-list digest; the questions inside are between list members.')


def main():
    assert len(MAILS) == 70, len(MAILS)
    nums = [s[:3] for s, _, _, _ in MAILS]
    assert nums == ['%03d' % i for i in range(1, 71)], nums
    fail = False
    for s, d, l, sj in MAILS:
        errs = check(s, d, l, sj)
        if errs:
            fail = True
            print(s, errs, file=sys.stderr)
    from collections import Counter
    ct = Counter(l['type'] for _, _, l, _ in MAILS)
    cl = Counter(l['lang'] for _, _, l, _ in MAILS)
    want_t = {'course_data': 22, 'announcement': 16, 'elearning_support': 12, 'document_request': 7, 'other': 7, 'auto': 6}
    want_l = {'id': 40, 'en': 18, 'mixed': 12}
    if dict(ct) != want_t or dict(cl) != want_l:
        fail = True
        print('mix', dict(ct), dict(cl), file=sys.stderr)
    if fail:
        sys.exit(1)
    labels = {}
    for s, d, l, _ in MAILS:
        with open(os.path.join(OUT, s + '.eml'), 'wb') as f:
            f.write(d)
        labels[s + '.eml'] = l
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    print('wrote %d mails' % len(MAILS))


if __name__ == '__main__':
    main()

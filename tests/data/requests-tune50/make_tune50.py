#!/usr/bin/env python3
"""Tuning corpus requests-tune50 generator (written as held-out part29 in round 16, opened in round 27; stdlib only, deterministic).

Writes 001-<slug>.eml .. 070-<slug>.eml and labels.json next to this file,
after checking every message (parse without defects, CRLF, Date/Subject
round-trip, weekday, attachment size, label strings present verbatim).
"""
import hashlib
import html as H
import io
import json
import os
import re
import sys
import zipfile
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
HELP = 'P4M Helpdesk <helpdesk-p4m@polibatam.ac.id>'
MAILS = []


def hx(s, n=12):
    return hashlib.sha256(s.encode('utf-8')).hexdigest()[:n]


def D(y, mo, d, hh, mi, tz=7):
    return datetime(y, mo, d, hh, mi, 0, tzinfo=timezone(timedelta(hours=tz)))


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def zipbytes(files):
    b = io.BytesIO()
    with zipfile.ZipFile(b, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name == 'mimetype' else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return b.getvalue()


def docx(paras):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paras)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s</w:body></w:document>' % body)
    return zipbytes([('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', doc)])


def odt(paras):
    man = ('<?xml version="1.0" encoding="UTF-8"?>'
           '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
           '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
           '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
           '</manifest:manifest>')
    body = ''.join('<text:p>%s</text:p>' % esc(p) for p in paras)
    con = ('<?xml version="1.0" encoding="UTF-8"?>'
           '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
           '<office:body><office:text>%s</office:text></office:body></office:document-content>' % body)
    return zipbytes([('mimetype', 'application/vnd.oasis.opendocument.text'),
                     ('META-INF/manifest.xml', man), ('content.xml', con)])


def pdf(lines):
    def pe(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    ops = ['BT', '/F1 11 Tf', '14 TL', '56 790 Td']
    for ln in lines:
        ops.append('(%s) Tj T*' % pe(ln))
    ops.append('ET')
    stream = '\n'.join(ops).encode('latin-1')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream']
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return bytes(out)


def head(m, slug, frm, subj, dt, to=HELP, extra=(), cc=None):
    m['From'] = frm
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subj
    m['Date'] = format_datetime(dt)
    dom = re.search(r'@([A-Za-z0-9.\-]+)', frm).group(1)
    m['Message-ID'] = '<%s.%s@%s>' % (hx(slug), hx(slug + '#', 8), dom)
    for k, v in extra:
        m[k] = v


def inner(slug, frm, to, subj, dt, text, cte='quoted-printable'):
    m = EmailMessage()
    head(m, slug + '-inner', frm, subj, dt, to=to)
    m.set_content(text, cte=cte)
    return m


def add(slug, frm, subj, dt, typ, lang, fields=None, note='', text=None, html=None, cte=None,
        hcte=None, charset='utf-8', flowed=False, atts=(), extra=(), to=HELP, cc=None, msg=None):
    if msg is None:
        m = EmailMessage()
        head(m, slug, frm, subj, dt, to=to, extra=extra, cc=cc)
        params = {'format': 'flowed'} if flowed else None
        if text is not None:
            m.set_content(text, charset=charset, cte=cte, params=params)
            if html is not None:
                m.add_alternative(html, subtype='html', charset=charset, cte=hcte or cte)
        else:
            m.set_content(html, subtype='html', charset=charset, cte=hcte or cte)
        for a in atts:
            if isinstance(a, EmailMessage):
                m.add_attachment(a)
            else:
                data, mt, st, fn = a
                m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    else:
        m = msg
    for part in m.walk():
        if part is not m and 'MIME-Version' in part:
            del part['MIME-Version']
    for i, part in enumerate(m.walk()):
        if part.get_content_maintype() == 'multipart':
            part.set_boundary('=_p29_%s_%d' % (hx(slug, 10), i))
    n = len(MAILS) + 1
    name = '%03d-%s.eml' % (n, slug)
    MAILS.append((name, m, {'type': typ, 'lang': lang, 'fields': fields or {}, 'note': note}, subj, dt))


# ---------------------------------------------------------------------------
# checks
def texts_of(m):
    raw, loose = [], []
    s = m['Subject']
    raw.append(str(s or ''))
    for part in m.walk():
        ct = part.get_content_type()
        if part.get_content_maintype() == 'message' and part.is_multipart():
            for sub in part.get_payload():
                raw.append(str(sub['Subject'] or ''))
        if part.is_multipart():
            continue
        if ct == 'text/plain':
            raw.append(part.get_content())
        elif ct == 'text/html':
            t = part.get_content()
            raw.append(t)
            t = re.sub(r'(?is)<(style|head)[^>]*>.*?</\1>', ' ', t)
            t = re.sub(r'(?i)<br\s*/?>|</p>|</div>|</tr>|</li>', '\n', t)
            loose.append(H.unescape(re.sub(r'<[^>]+>', ' ', t)))
        elif ct == 'text/calendar':
            raw.append(part.get_content())
        else:
            data = part.get_payload(decode=True) or b''
            fn = (part.get_filename() or '').lower()
            if fn.endswith('.docx'):
                x = zipfile.ZipFile(io.BytesIO(data)).read('word/document.xml').decode()
                loose.append('\n'.join(H.unescape(t) for t in re.findall(r'<w:t[^>]*>(.*?)</w:t>', x)))
            elif fn.endswith('.odt'):
                x = zipfile.ZipFile(io.BytesIO(data)).read('content.xml').decode()
                loose.append('\n'.join(H.unescape(t) for t in re.findall(r'<text:p>(.*?)</text:p>', x)))
            elif fn.endswith('.pdf'):
                ls = re.findall(rb'\(((?:\\.|[^\\)])*)\) Tj', data)
                loose.append('\n'.join(re.sub(r'\\(.)', r'\1', l.decode('latin-1')) for l in ls))
    return raw, loose


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def check(name, b, lab, subj, dt):
    errs = []
    if re.search(rb'(?<!\r)\n', b):
        errs.append('bare LF')
    m = BytesParser(policy=policy.default).parsebytes(b)
    for part in m.walk():
        if part.defects:
            errs.append('defects %r' % part.defects)
    if str(m['Subject']) != subj:
        errs.append('subject round-trip %r' % str(m['Subject']))
    d = m['Date'].datetime
    if d != dt or d.utcoffset() != dt.utcoffset():
        errs.append('date round-trip')
    wd = str(m['Date'])[:3]
    if wd != ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][dt.weekday()]:
        errs.append('weekday')
    if not (D(2026, 8, 1, 0, 0) <= dt <= D(2026, 11, 29, 23, 59)):
        errs.append('date out of range')
    for part in m.walk():
        if part.get_content_disposition() == 'attachment' and not part.is_multipart():
            if len(part.get_payload(decode=True) or b'') >= 30 * 1024:
                errs.append('attachment too large')
    raw, loose = texts_of(m)
    vals = []
    f = lab['fields']
    for k in ('course_code', 'course_name', 'title'):
        if k in f:
            vals.append(f[k])
    for v in f.get('changes', {}).values():
        vals.append(v)
    for v in vals:
        if not isinstance(v, str) or not v:
            errs.append('bad value %r' % v)
            continue
        if any(v in t for t in raw):
            continue
        if any(norm(v) in norm(t) for t in loose + raw):
            continue
        errs.append('value not found: %r' % v)
    if lab['type'] not in ('course_data', 'announcement') and f:
        errs.append('fields on non-field type')
    if 'publish_at' in f and not re.match(r'^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?\+07:00$', f['publish_at']):
        errs.append('publish_at format')
    if lab['type'] == 'announcement' and f.get('scope') not in ('course', 'site'):
        errs.append('scope')
    return errs


# ---------------------------------------------------------------------------
# course_data (22)

add('smartwatch-reply-credits-oneliner',
    'Hendra Saputra <hendra.saputra@polibatam.ac.id>', 'Re: Konfirmasi SKS mata kuliah', D(2026, 8, 4, 7, 12),
    'course_data', 'id', {'course_code': 'IF204', 'changes': {'credits': '3 sks'}},
    'Smartwatch one-liner answering the helpdesk question about credits; the quoted question gives no other value.',
    text='ok pak, IF204 jd 3 sks\n\nDikirim dari Galaxy Watch\n\n'
         'Pada Sel, 4 Agu 2026 06.40, P4M Helpdesk <helpdesk-p4m@polibatam.ac.id> menulis:\n'
         '> Selamat pagi Pak Hendra, mohon konfirmasi jumlah SKS yang benar untuk\n'
         '> mata kuliah yang Bapak sebutkan kemarin agar dapat kami perbarui.\n', cte='7bit')

add('subject-only-rename-roman-numeral-empty-body',
    'Yuliana Marpaung <yuliana.marpaung@polibatam.ac.id>',
    'Mohon ubah nama MK RPL201 Rekayasa Perangkat Lunak jadi Rekayasa Perangkat Lunak II', D(2026, 8, 5, 21, 3),
    'course_data', 'id',
    {'course_code': 'RPL201', 'course_name': 'Rekayasa Perangkat Lunak',
     'changes': {'fullname': 'Rekayasa Perangkat Lunak II'}},
    'Whole request is in the subject; the body is empty.', text='', cte='7bit')

add('ocr-screenshot-paste-shortname-slash',
    'Rizky Pratama <rizky.pratama@polibatam.ac.id>', 'ganti short name', D(2026, 8, 7, 10, 26),
    'course_data', 'id',
    {'course_code': 'MTK101', 'course_name': 'Matematika Teknik 1', 'changes': {'shortname': 'MT1/TI-1A'}},
    'Current values come from OCR text pasted from a screenshot of the course settings page; the new short name is in the sentence after it.',
    text='Siang min, ini sy copas dari screenshot (pake Google Lens jd agak berantakan):\n\n'
         '---\nEdit course settings\n\n'
         'Course full name    Matematika Teknik 1\n'
         'Course short name   MTK101-1A\n'
         'Course category    Teknik Informatika / Semester Ganjil\n'
         'Course visibility    Show\n'
         'Course ID number   MTK101\n'
         '---\n\n'
         'Yg short name itu tolong diganti jadi MT1/TI-1A ya, soalnya mahasiswa bingung bedain sama kelas 1B.\n'
         'Sy gak punya akses edit settings.\n\nMakasih\nRizky\n', cte='8bit')

add('three-in-a-row-1-lecturer-without-name',
    'Drs. Sutrisno Wibowo <sutrisno.w@polibatam.ac.id>', 'EL305', D(2026, 8, 10, 8, 2),
    'course_data', 'id', {'course_code': 'EL305', 'changes': {}},
    'First of three mails in a row: a lecturer change is asked but the new name is not given here (it follows in the next mail), so no change is labelled.',
    text='Selamat pagi,\nMohon dosen pengampu MK EL305 diganti.\nTerima kasih.\n\nSutrisno\n', cte='7bit')

add('three-in-a-row-2-lecturer-name-with-title',
    'Drs. Sutrisno Wibowo <sutrisno.w@polibatam.ac.id>', 'EL305 (lanjutan)', D(2026, 8, 10, 8, 5),
    'course_data', 'id',
    {'course_code': 'EL305', 'changes': {'lecturer': 'Dr. (H.) Ahmad Fauzi Nasution, M.Si.'}},
    'Second of three mails in a row; adds the new lecturer for the change asked in the first one.',
    text='Maaf terpotong. Dosen pengganti untuk EL305: Dr. (H.) Ahmad Fauzi Nasution, M.Si.\n\nSutrisno\n',
    cte='7bit')

add('three-in-a-row-3-class-added',
    'Drs. Sutrisno Wibowo <sutrisno.w@polibatam.ac.id>', 'EL305 (lanjutan lagi)', D(2026, 8, 10, 8, 11),
    'course_data', 'id',
    {'course_code': 'EL305', 'changes': {'class': '3A Pagi'}},
    'Third of three mails in a row; only the class is new here (the lecturer was given in the previous mail).',
    text='Satu lagi, sekalian kelasnya ditulis 3A Pagi, bukan 3A saja.\nSudah itu saja. Terima kasih banyak.\n\nSutrisno\n',
    cte='7bit')

add('kaprodi-course-history-then-rename-ampersand',
    'Ir. Dewi Kartikasari, M.M. <dewi.kartikasari@polibatam.ac.id>',
    'Penyesuaian nama mata kuliah Manajemen Logistik (LOG2103)', D(2026, 8, 12, 14, 40),
    'course_data', 'id',
    {'course_code': 'LOG2103', 'course_name': 'Manajemen Logistik',
     'changes': {'fullname': 'Manajemen Rantai Pasok & Logistik'}},
    'Long history of the course precedes a single rename; older names in the history are not the current name.',
    text='Yth. Tim Helpdesk P4M,\n\n'
         'Izinkan saya sedikit bercerita latar belakangnya. Mata kuliah ini pertama kali dibuka pada tahun 2014 '
         'dengan nama Pengantar Kepelabuhanan, waktu itu masih di bawah Jurusan Manajemen Bisnis dan diajar oleh '
         'dosen tamu dari otoritas pelabuhan. Pada kurikulum 2018 namanya berubah menjadi Manajemen Pelabuhan dan '
         'Pergudangan, lalu pada revisi kurikulum 2022 disederhanakan menjadi Manajemen Logistik (LOG2103) seperti '
         'yang tampil di e-learning sekarang.\n\n'
         'Dalam rapat kurikulum prodi bulan Juli kemarin, dengan masukan dari mitra industri di Kabil dan Batu Ampar, '
         'kami sepakat bahwa cakupan mata kuliah ini sudah jauh lebih luas dari sekadar logistik gudang. '
         'Mahasiswa sekarang juga belajar perencanaan pemasok, distribusi lintas batas ke Singapura dan Johor, '
         'serta sistem informasi rantai pasok.\n\n'
         'Oleh karena itu, kami mohon nama lengkap mata kuliah LOG2103 di e-learning diubah menjadi:\n\n'
         '    Manajemen Rantai Pasok & Logistik\n\n'
         'Kode, dosen dan kelas tetap sama. Atas bantuannya saya ucapkan terima kasih.\n\n'
         'Hormat saya,\nIr. Dewi Kartikasari, M.M.\nKetua Program Studi D4 Logistik Perdagangan Internasional\n'
         'Politeknik Negeri Batam\n', cte='quoted-printable')

fwd_thread = (
    '---------- Forwarded message ---------\n'
    'From: Agus Salim <agus.salim@polibatam.ac.id>\n'
    'Date: Mon, Aug 17, 2026 at 9:14 AM\n'
    'Subject: Re: Re: Re: Pembagian kelas Sensor dan Aktuator\n'
    'To: Nurul Hidayah <nurul.hidayah@polibatam.ac.id>\n'
    'Cc: Bagian Akademik <akademik@polibatam.ac.id>\n\n'
    'Oke Bu, saya setuju. Saya minta P4M ubah di e-learning.\n\n'
    'On Sun, Aug 16, 2026 at 8:30 PM Nurul Hidayah <nurul.hidayah@polibatam.ac.id> wrote:\n'
    '> Pak Agus, dari akademik sudah final: mahasiswa karyawan masuk kelas\n'
    '> TRE-2B Malam, bukan TRE-2B lagi. Kelas pagi tetap TRE-2A.\n'
    '>\n'
    '> On Fri, Aug 14, 2026 at 4:02 PM Bagian Akademik <akademik@polibatam.ac.id> wrote:\n'
    '>> Bapak/Ibu, jadwal kelas malam untuk Sensor dan Aktuator (TRE3104)\n'
    '>> masih menunggu konfirmasi jumlah mahasiswa karyawan. Mohon ditunggu.\n'
    '>>\n'
    '>> On Thu, Aug 13, 2026 at 11:20 AM Agus Salim <agus.salim@polibatam.ac.id> wrote:\n'
    '>>> Bu Nurul, untuk kelas malam Sensor dan Aktuator apakah jadi dipisah?\n'
    '>>> Di e-learning masih tertulis TRE-2B.\n'
    '\n-----\n\nTim P4M, thread di atas saya teruskan sebagai dasar. Mohon dibantu ya: untuk TRE3104 '
    'kelas yang tampil di e-learning tolong diubah jadi TRE-2B Malam.\n\n'
    'Salam,\nAgus Salim\n')
add('long-forward-three-replies-request-at-bottom',
    'Agus Salim <agus.salim@polibatam.ac.id>', 'Fwd: Re: Re: Re: Pembagian kelas Sensor dan Aktuator',
    D(2026, 8, 17, 9, 31), 'course_data', 'id',
    {'course_code': 'TRE3104', 'course_name': 'Sensor dan Aktuator', 'changes': {'class': 'TRE-2B Malam'}},
    'Request sits below a long forwarded thread with three earlier replies; the thread already names the class value.',
    text=fwd_thread, cte='quoted-printable')

add('signature-longer-than-request-course-words',
    'Fransiska Sitorus <fransiska.sitorus@polibatam.ac.id>', 'Kunci pendaftaran', D(2026, 8, 19, 13, 15),
    'course_data', 'id',
    {'course_code': 'AK2201', 'changes': {'enrolment_key': 'Akt#22-B!'}},
    'Two-line request; the signature that follows lists other courses, codes and credits that are not part of the request.',
    text='Mohon enrolment key AK2201 diganti: Akt#22-B!\nTrims.\n\n'
         '--\nFransiska Sitorus, S.E., M.Ak., CA\n'
         'Dosen Tetap Program Studi Akuntansi Manajerial\n'
         'Koordinator Mata Kuliah: Akuntansi Biaya (AK2105, 3 SKS) | Perpajakan I (AK2203, 2 SKS)\n'
         '  | Sistem Informasi Akuntansi (AK3301, 3 SKS)\n'
         'Pembimbing Akademik Kelas 2B Akuntansi Manajerial\n'
         'Anggota Gugus Kendali Mutu Jurusan Manajemen Bisnis\n'
         'Ruang Dosen MB Lt. 3, Gedung Utama Politeknik Negeri Batam\n'
         'Jl. Ahmad Yani, Batam Centre, Batam 29461, Kepulauan Riau\n'
         'Telp. kantor (0778) 469858 ext. 1321 | WA 0812-7000-4411\n'
         'Jam konsultasi: Selasa & Kamis 13.00-15.00 WIB\n'
         'Google Scholar: scholar.google.com/citations?user=fsitorus\n'
         '"Integritas adalah mata kuliah yang tidak pernah selesai."\n', cte='8bit')

disc = ('\n\n________________________________\n'
        'DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee. '
        'If you have received it in error, please notify the sender and delete it. Any unauthorised use, '
        'disclosure or copying is strictly prohibited. PT Batamindo Marine Engineering accepts no liability '
        'for damage caused by any virus transmitted by this e-mail.\n\n'
        'PERNYATAAN: Surel ini beserta lampirannya bersifat rahasia dan hanya ditujukan kepada penerima yang '
        'dituju. Apabila Anda bukan penerima yang dimaksud, mohon segera memberi tahu pengirim dan menghapus '
        'surel ini. Segala bentuk penggunaan, pengungkapan atau penyalinan tanpa izin dilarang keras. '
        'PT Batamindo Marine Engineering tidak bertanggung jawab atas kerusakan akibat virus yang terkirim '
        'melalui surel ini.\n')
add('practitioner-two-language-disclaimer-semester',
    'Capt. Benny Tanjung <benny.tanjung@batamindo-marine.co.id>', 'Ship Stability course - semester',
    D(2026, 8, 21, 17, 48), 'course_data', 'en',
    {'course_code': 'TPK3206', 'course_name': 'Ship Stability',
     'changes': {'semester': 'Semester 5'}},
    'Short practitioner request followed by long disclaimers in English and Indonesian.',
    text='Dear helpdesk,\n\nThe course Ship Stability (TPK3206) I teach as guest lecturer is listed under '
         'Semester 3 but the students are in their fifth semester. Please move it to Semester 5.\n\n'
         'Regards,\nCapt. Benny Tanjung\nSenior Naval Architect' + disc, cte='quoted-printable')

add('english-lecturer-ir-hj-title-replacement',
    'Muhammad Iqbal <m.iqbal@polibatam.ac.id>', 'Lecturer change for Engineering Drawing',
    D(2026, 8, 24, 10, 5), 'course_data', 'en',
    {'course_code': 'MES1102', 'course_name': 'Engineering Drawing',
     'changes': {'lecturer': 'Ir. Hj. Siti Rahmawati Lubis, M.T.'}},
    'Lecturer name carries both an engineering and a religious (hajjah) title.',
    text='Hello,\n\nI am going on study leave starting this week, so Engineering Drawing (MES1102) will be '
         'taken over by a colleague. Could you please replace me as the lecturer with:\n\n'
         'Ir. Hj. Siti Rahmawati Lubis, M.T.\n\n'
         'She already has an e-learning account. Thank you very much.\n\nBest,\nIqbal\n',
    flowed=True, cte='7bit')

add('question-form-rename-with-parentheses',
    'Andi Wijaya <andi.wijaya@polibatam.ac.id>', 'Pertanyaan soal nama MK', D(2026, 8, 26, 11, 20),
    'course_data', 'id',
    {'course_name': 'Pemrograman Web (Lanjut)', 'changes': {'fullname': 'Pemrograman Web Lanjut (Full-Stack)'}},
    'Change asked as a question; no code given, the current name has parentheses.',
    html='<div dir="ltr">Selamat siang tim P4M,<div><br></div><div>Untuk mata kuliah saya '
         '<b>Pemrograman Web (Lanjut)</b>, bisakah nama MK-nya diubah jadi '
         '<b>Pemrograman Web Lanjut (Full-Stack)</b>? Isinya memang sudah full-stack sejak semester ini.</div>'
         '<div><br></div><div>Terima kasih,</div><div>Andi Wijaya</div></div>', cte='quoted-printable')

add('conditional-shortname-with-fallback',
    'Lestari Handayani <lestari.h@polibatam.ac.id>', 'short name Akuntansi Keuangan Menengah 2B',
    D(2026, 8, 28, 15, 2), 'course_data', 'mixed',
    {'course_code': 'AKM2204', 'course_name': 'Akuntansi Keuangan Menengah',
     'changes': {'shortname': 'AKM/2B'}},
    'Conditional request: the preferred short name is labelled; a fallback without the slash is offered if slashes are not allowed.',
    text='Hi tim helpdesk,\n\nUntuk AKM2204 Akuntansi Keuangan Menengah kelas 2B, short name-nya kalau bisa '
         'diganti jadi AKM/2B. Kalau tidak bisa pakai slash (I heard Moodle sometimes complains), '
         'pakai AKM-2B saja.\n\nThanks a lot!\nLestari\n', cte='7bit')

add('negation-do-not-use-old-name',
    'Bambang Sugiarto <bambang.sugiarto@polibatam.ac.id>', 'nama MK STK201', D(2026, 9, 1, 7, 45),
    'course_data', 'id',
    {'course_code': 'STK201', 'course_name': 'Statistika Dasar',
     'changes': {'fullname': 'Statistika & Probabilitas'}},
    'Asked as a negation of the old name followed by the new one.',
    text='Pagi,\n\nSTK201 tolong jangan pakai nama lama lagi (Statistika Dasar), pakai Statistika & Probabilitas. '
         'Sudah sesuai SK kurikulum baru.\n\nBambang\n', cte='7bit')

add('current-name-corrected-twice',
    'Melati Purba <melati.purba@polibatam.ac.id>', 'ganti nama mata kuliah', D(2026, 9, 2, 19, 55),
    'course_data', 'id',
    {'course_name': 'Sistem Basis Data', 'changes': {'fullname': 'Sistem Basis Data Terdistribusi'}},
    'The sender corrects the current name twice in the same mail; the last correction is the current name.',
    text='Malam tim P4M,\n\nMohon ubah nama mata kuliah Basis Data... eh maaf, maksud saya Basis Data Lanjut... '
         'eh bukan juga, yang benar nama sekarang di e-learning itu Sistem Basis Data. '
         'Mohon diganti menjadi Sistem Basis Data Terdistribusi.\n\n'
         'Maaf bikin bingung, sudah malam hehe.\n\nMelati\n', cte='7bit')

summ = ('- Introduction to industrial IoT architectures\n'
        '- MQTT, OPC UA and Modbus in practice\n'
        '- Edge devices and data logging on the shop floor\n'
        '- Mini project with a local manufacturing partner')
add('summary-as-bulleted-list',
    'Daniel Hutapea <daniel.hutapea@polibatam.ac.id>', 'Course summary update - Industrial IoT',
    D(2026, 9, 3, 9, 10), 'course_data', 'en',
    {'course_code': 'IOT4101', 'course_name': 'Industrial Internet of Things', 'changes': {'summary': summ}},
    'The new summary is a bulleted list, labelled as the four bullet lines with their markers.',
    text='Hi,\n\nPlease replace the summary of IOT4101 Industrial Internet of Things with the following:\n\n'
         + summ + '\n\nNothing else changes. Thanks!\n\nDaniel\n', cte='7bit')

add('credits-in-words-dua-sks',
    'Siti Aminah <siti.aminah@polibatam.ac.id>', 'Koreksi SKS Bahasa Inggris Teknik', D(2026, 9, 4, 10, 33),
    'course_data', 'id',
    {'course_code': 'BIG1201', 'course_name': 'Bahasa Inggris Teknik', 'changes': {'credits': '2 (dua) SKS'}},
    'Credits written with the number in words.',
    text='Assalamualaikum,\n\nDi e-learning, mata kuliah Bahasa Inggris Teknik (BIG1201) tertulis 3 SKS. '
         'Yang benar 2 (dua) SKS sesuai kurikulum. Mohon diperbaiki.\n\n'
         'Wassalam,\nSiti Aminah, S.Pd., M.Pd. · Dosen Bahasa Inggris\n', charset='iso-8859-1', cte='quoted-printable')

add('drs-msi-lecturer-mixed-team',
    'Kevin Situmorang <kevin.situmorang@polibatam.ac.id>', 'Update dosen Fisika Terapan', D(2026, 9, 7, 8, 20),
    'course_data', 'mixed',
    {'course_code': 'FIS1101', 'course_name': 'Fisika Terapan',
     'changes': {'lecturer': 'Drs. Bambang Hartono, M.Si.'}},
    'Code-switched request; the new lecturer replaces the one currently shown.',
    text='Morning team,\n\nFYI untuk FIS1101 Fisika Terapan, dosen yang tampil sekarang masih saya, padahal '
         'mulai semester ini yang ngajar full Drs. Bambang Hartono, M.Si. Please update the lecturer ya. '
         'Saya jadi asisten saja, no need to be listed.\n\nCheers,\nKevin\n', cte='7bit')

add('korean-visiting-lecturer-semester-change',
    'Park Ji-hoon <jhpark@kopo.ac.kr>', 'Request: semester setting of my course', D(2026, 9, 8, 16, 5, 9),
    'course_data', 'en',
    {'course_code': 'MKT3302', 'course_name': 'Global Marketing Practice',
     'changes': {'semester': 'Odd Semester 2026/2027'}},
    'Visiting lecturer writing from Korea (+09:00).',
    text='Dear P4M Helpdesk,\n\nI am Park Ji-hoon, visiting lecturer from Korea Polytechnic. My course '
         '"Global Marketing Practice" (MKT3302) is shown under Even Semester 2025/2026 on the e-learning. '
         'Could you kindly change the semester to Odd Semester 2026/2027?\n\n'
         'Thank you for your kind help.\n\nBest regards,\nPark Ji-hoon\n', cte='7bit')

add('outlook-word-html-table-name-and-dotted-shortname',
    'Rina Oktaviani <rina.oktaviani@polibatam.ac.id>', 'Course data correction - Technical English I',
    D(2026, 9, 9, 13, 44), 'course_data', 'en',
    {'course_code': 'ENG1101', 'course_name': 'Technical English I',
     'changes': {'fullname': 'English for Technical Communication I', 'shortname': 'Eng.TC-1'}},
    'Two changes in an Outlook Word HTML table; Current column holds the old values.',
    text='Dear Helpdesk,\r\n\r\nPlease update the course below.\r\n\r\nField | Current | New\r\n'
         'Full name | Technical English I | English for Technical Communication I\r\n'
         'Short name | TE1 | Eng.TC-1\r\n\r\nCode ENG1101 stays.\r\n\r\nKind regards,\r\nRina Oktaviani\r\n'.replace('\r\n', '\n'),
    html='<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0cm;font-family:Calibri}</style></head>'
         '<body lang="EN-US"><div class="WordSection1"><p class="MsoNormal">Dear Helpdesk,<o:p></o:p></p>'
         '<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Please update the course below.<o:p></o:p></p>'
         '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
         '<tr><td><p class="MsoNormal"><b>Field</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Current</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>New</b><o:p></o:p></p></td></tr>'
         '<tr><td><p class="MsoNormal">Full name<o:p></o:p></p></td><td><p class="MsoNormal">Technical English I<o:p></o:p></p></td><td><p class="MsoNormal">English for Technical Communication I<o:p></o:p></p></td></tr>'
         '<tr><td><p class="MsoNormal">Short name<o:p></o:p></p></td><td><p class="MsoNormal">TE1<o:p></o:p></p></td><td><p class="MsoNormal">Eng.TC-1<o:p></o:p></p></td></tr>'
         '</table><p class="MsoNormal">Code ENG1101 stays.<o:p></o:p></p><p class="MsoNormal">Kind regards,<br>Rina Oktaviani<o:p></o:p></p></div></body></html>',
    cte='quoted-printable')

add('docx-form-class-and-key',
    'Admin Prodi TRPL <admin.trpl@polibatam.ac.id>', 'Formulir perubahan data MK', D(2026, 9, 10, 9, 0),
    'course_data', 'id',
    {'course_code': 'TRPL2205', 'course_name': 'Pengujian Perangkat Lunak',
     'changes': {'class': 'TRPL 2C (Karyawan)', 'enrolment_key': 'uji&Lulus_2026'}},
    'Values only in the attached DOCX form; body just says the form is attached.',
    text='Dengan hormat,\n\nTerlampir formulir perubahan data mata kuliah dari dosen pengampu. Mohon ditindaklanjuti.\n\n'
         'Admin Prodi TRPL\n', cte='7bit',
    atts=[(docx(['FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING',
                 'Kode MK: TRPL2205', 'Nama MK: Pengujian Perangkat Lunak', 'Dosen: Yohanes Manalu, M.Kom.',
                 'Perubahan yang diminta:', 'Kelas baru: TRPL 2C (Karyawan)',
                 'Enrolment key baru: uji&Lulus_2026', 'Tanda tangan dosen: (ttd)']),
           'application', 'vnd.openxmlformats-officedocument.wordprocessingml.document',
           'form-perubahan-TRPL2205.docx')])

add('apple-mail-rename-roman-numeral-english',
    'Natalia Simanjuntak <natalia.s@polibatam.ac.id>', 'Rename: Physics II', D(2026, 9, 14, 6, 58),
    'course_data', 'en',
    {'course_code': 'PHY1202', 'course_name': 'Physics II', 'changes': {'fullname': 'Applied Physics II'}},
    'Apple Mail on iPhone; short request.',
    text='Hi team,\n\nCould you rename PHY1202 Physics II to Applied Physics II? The curriculum board approved it last week.\n\n'
         'Thanks,\nNatalia\n\nSent from my iPhone', cte='7bit')
# ---------------------------------------------------------------------------
# announcement (16)

add('secretary-writes-up-phoned-announcement',
    'Sekretariat Wadir I <sekretariat.wadir1@polibatam.ac.id>', 'Titipan pengumuman dari Bapak Wadir I',
    D(2026, 9, 15, 10, 12), 'announcement', 'id',
    {'title': 'Pelaksanaan Evaluasi Dosen oleh Mahasiswa (EDOM) Semester Ganjil', 'scope': 'site',
     'publish_at': '2026-09-17T07:00:00+07:00'},
    'Dictated by phone to the secretary; the EDOM window dates are the event, the Thursday 07.00 is the publish time.',
    text='Selamat pagi Tim Helpdesk P4M,\n\n'
         'Barusan Bapak Wakil Direktur I menelepon dari Jakarta dan meminta saya menuliskan pengumuman berikut '
         'untuk ditayangkan di halaman depan e-learning (untuk semua pengguna). Beliau minta tayang hari Kamis, '
         '17 September 2026 pukul 07.00 WIB. Saya tuliskan sesuai yang beliau sampaikan:\n\n'
         'Judul: Pelaksanaan Evaluasi Dosen oleh Mahasiswa (EDOM) Semester Ganjil\n\n'
         'Isi: Seluruh mahasiswa diwajibkan mengisi EDOM melalui e-learning mulai 21 September s.d. '
         '3 Oktober 2026. Mahasiswa yang belum mengisi tidak dapat melihat nilai akhir semester. '
         'Pengisian bersifat rahasia.\n\n'
         'Kalau ada kata yang kurang pas mohon disesuaikan saja, Bapak sedang di bandara jadi tidak sempat '
         'membaca ulang.\n\nTerima kasih,\nRatna\nSekretaris Wakil Direktur Bidang Akademik\n', cte='quoted-printable')

add('event-time-range-no-publish-time',
    'Humas Jurusan Teknik Mesin <humas.mesin@polibatam.ac.id>', 'Mohon tayangkan: Kuliah Umum K3',
    D(2026, 9, 16, 13, 25), 'announcement', 'id',
    {'title': 'Kuliah Umum K3 Industri Galangan Kapal', 'scope': 'site'},
    'The 08.00-10.00 range is the lecture time; the mail asks to publish as soon as possible, so no publish time.',
    text='Yth. Helpdesk P4M,\n\nMohon bantuan untuk segera menayangkan pengumuman di bawah ini di e-learning '
         '(semua mahasiswa):\n\n*Kuliah Umum K3 Industri Galangan Kapal*\n'
         'Hari/tanggal : Sabtu, 19 September 2026\nPukul : 08.00-10.00 WIB\nTempat : Auditorium Lt. 4\n'
         'Narasumber : HSE Manager PT Samudra Galangan Nusantara\n\n'
         'Wajib bagi mahasiswa semester 3 dan 5 Teknik Mesin, terbuka untuk umum.\n\n'
         'Terima kasih.\nHumas JTM\n', cte='8bit')

add('publish-window-range-start-course',
    'Yosef Lumbantobing <yosef.l@polibatam.ac.id>', 'Pengumuman kelas Jaringan Komputer',
    D(2026, 9, 18, 16, 40), 'announcement', 'id',
    {'course_code': 'TK2104', 'course_name': 'Jaringan Komputer', 'title': 'Praktikum Minggu ke-4 Dipindah ke Lab 305',
     'scope': 'course', 'publish_at': '2026-09-21T07:00:00+07:00'},
    'The mail asks to post within a 07.00-08.00 window on Monday; labelled at the start of the window.',
    text='Sore,\n\nTolong tayangkan pengumuman ini di kursus Jaringan Komputer (TK2104) hari Senin, 21 September, '
         'antara pukul 07.00-08.00, pokoknya sebelum kelas pagi mulai.\n\n'
         'Judul: Praktikum Minggu ke-4 Dipindah ke Lab 305\n'
         'Isi: Karena Lab 301 dipakai ujian sertifikasi, praktikum minggu ke-4 pindah ke Lab 305, jam tetap.\n\n'
         'Makasih,\nYosef\n', cte='7bit')

add('korean-exchange-coordinator-kst-time',
    'Kim Soo-yeon <sykim.intl@kopo.ac.kr>', 'Announcement request - Korea-Indonesia credit exchange',
    D(2026, 9, 21, 11, 0, 9), 'announcement', 'en',
    {'title': 'Call for Applications: Korea-Indonesia Summer Credit Exchange 2027', 'scope': 'site',
     'publish_at': '2026-09-25T07:00:00+07:00'},
    'Korean coordinator gives the publish time in KST (09:00 KST = 07:00 WIB); the application deadline is an event date.',
    text='Dear P4M Helpdesk team,\n\nGreetings from the International Cooperation Office of Korea Polytechnic.\n\n'
         'As discussed with your international office, we would like to ask you to post the announcement below '
         'on the main page of your e-learning so that all students can see it. Please post it on Friday, '
         'September 25 at 9:00 a.m. Korea time (KST).\n\n'
         'Title: Call for Applications: Korea-Indonesia Summer Credit Exchange 2027\n\n'
         'Text: Students of Politeknik Negeri Batam in semester 3 or above may apply for a six-week credit '
         'exchange in Seoul (June-July 2027). Application deadline: November 30, 2026. Tuition is waived.\n\n'
         'Thank you very much for your cooperation.\n\nWarm regards,\nKim Soo-yeon\n'
         'Coordinator, International Cooperation Office\nKorea Polytechnic\n', cte='7bit')

add('cancel-earlier-line-same-mail-corrected-time',
    'Hari Purnomo <hari.purnomo@polibatam.ac.id>', 'Pengumuman Kuis 1 Termodinamika',
    D(2026, 9, 23, 8, 30), 'announcement', 'id',
    {'course_code': 'MES2103', 'course_name': 'Termodinamika', 'title': 'Kuis 1 Termodinamika',
     'scope': 'course', 'publish_at': '2026-09-25T13:00:00+07:00'},
    'First publish time (tomorrow 09.00) is cancelled later in the same mail; the corrected Friday 13.00 is labelled.',
    text='Pagi,\n\nMohon umumkan di kursus Termodinamika (MES2103) dengan judul "Kuis 1 Termodinamika", '
         'isinya kuis dilaksanakan Senin 28 September di jam kuliah, materi bab 1-3. '
         'Tolong tayang besok jam 09.00.\n\n'
         'Eh, abaikan yang tadi soal jamnya, yang benar tayang Jumat 25 September jam 13.00 saja, '
         'setelah kuliah saya selesai.\n\nHari\n', cte='7bit')

add('smartwatch-announce-now-mixed',
    'Hendra Saputra <hendra.saputra@polibatam.ac.id>', 'IF101', D(2026, 9, 24, 12, 3),
    'announcement', 'mixed',
    {'course_code': 'IF101', 'title': 'Kuis 2 Diundur', 'scope': 'course'},
    'Smartwatch-terse; asks to post now, so no publish time.',
    text='pls umumin di IF101, title: Kuis 2 Diundur. isi: kuis pindah minggu dpn. post now aja thx\n\n'
         'Dikirim dari Galaxy Watch', cte='7bit')

add('subject-only-site-announcement-empty-body',
    'BAAK Polibatam <baak@polibatam.ac.id>',
    'Pengumuman site: Libur Hari Kemerdekaan - tayang 14/8 jam 16.00', D(2026, 8, 13, 20, 10),
    'announcement', 'id',
    {'title': 'Libur Hari Kemerdekaan', 'scope': 'site', 'publish_at': '2026-08-14T16:00:00+07:00'},
    'Whole announcement request is in the subject; empty body.', text='', cte='7bit')

add('student-lowercase-emoji-wkwk-hima',
    'ayu lestari <ayulestari.ti24@students.polibatam.ac.id>', 'kak mau minta tolong 🙏🙏',
    D(2026, 9, 28, 22, 40), 'announcement', 'id',
    {'title': 'Lomba Desain Poster HIMA TI 2026', 'scope': 'site', 'publish_at': '2026-10-01T08:00:00+07:00'},
    'Student organisation officer, all lower case with emoji; the registration deadline is not the publish time.',
    text='halo kak admin e-learning 😁 aku ayu dari hima ti, disuruh ketua buat minta tolong pasang pengumuman '
         'di beranda e-learning biar semua mhs liat wkwk\n\n'
         'judulnya: Lomba Desain Poster HIMA TI 2026\n'
         'isinya: lomba desain poster tema "kampus hijau", terbuka utk semua mhs polibatam, daftar sampai '
         '15 oktober, hadiah total 3 jt 🏆\n\n'
         'tayangin tgl 1 oktober jam 8 pagi ya kak wkwk 🙏 makasih banyakk kak 🥹\n', cte='base64')

add('html-only-english-maintenance-next-monday',
    'Puskom Polibatam <puskom@polibatam.ac.id>', 'Please publish: e-learning maintenance notice',
    D(2026, 10, 1, 15, 12), 'announcement', 'en',
    {'title': 'Scheduled E-Learning Maintenance', 'scope': 'site', 'publish_at': '2026-10-05T08:00:00+07:00'},
    'Publish next Monday 8 AM counted from the Thursday Date header; the maintenance window is the event.',
    html='<html><body style="font-family:Arial"><p>Hello P4M,</p><p>Please publish the notice below on the '
         'e-learning front page <b>next Monday at 8:00 AM</b>.</p><hr><p><b>Scheduled E-Learning Maintenance</b></p>'
         '<p>The e-learning platform will be unavailable on Saturday, October 10, from 22:00 until 02:00 WIB '
         'for a server upgrade. Please submit your assignments before the maintenance window.</p><hr>'
         '<p>Regards,<br>Campus Computer Center (Puskom)</p></body></html>', cte='quoted-printable')

add('html-only-bold-title-besok-course',
    'Wahyu Hidayat <wahyu.hidayat@polibatam.ac.id>', 'Pengumuman Sistem Kendali', D(2026, 10, 6, 15, 20),
    'announcement', 'id',
    {'course_code': 'EL2203', 'course_name': 'Sistem Kendali', 'title': 'Pengumpulan Laporan Praktikum Modul 3',
     'scope': 'course', 'publish_at': '2026-10-07T07:30:00+07:00'},
    'HTML-only; publish tomorrow 07.30 relative to the Tuesday Date header; Friday 23.59 is the deadline.',
    html='<div>Sore tim P4M,<br><br>Mohon dipasang pengumuman di kursus Sistem Kendali (EL2203), tayang '
         '<u>besok pukul 07.30</u>:<br><br><b>Pengumpulan Laporan Praktikum Modul 3</b><br>'
         'Laporan dikumpulkan paling lambat Jumat, 9 Oktober 2026 pukul 23.59 melalui e-learning dalam format PDF.'
         '<br><br>Terima kasih,<br>Wahyu Hidayat, S.T., M.T.</div>', cte='quoted-printable')

add('mixed-quoted-title-date-only',
    'Clara Manurung <clara.manurung@polibatam.ac.id>', 'announcement Desain Grafis', D(2026, 10, 8, 10, 47),
    'announcement', 'mixed',
    {'course_code': 'MM1204', 'course_name': 'Desain Grafis', 'title': 'Portfolio Review Week',
     'scope': 'course'},
    'Publish date only (no clock time), so no publish time.',
    text='Hi P4M,\n\nTolong post announcement di course Desain Grafis (MM1204) dengan judul "Portfolio Review Week". '
         'Isinya: students bring printed portfolio, review one-on-one di studio 2. '
         'Post tanggal 12 Oktober ya, jamnya bebas.\n\nThank you!\nClara\n', cte='7bit')

add('international-office-webinar-this-friday',
    'International Office <io@polibatam.ac.id>', 'Announcement: Study Abroad Info Session',
    D(2026, 10, 12, 9, 5), 'announcement', 'en',
    {'title': 'Info Session: Study Abroad Scholarships 2027', 'scope': 'site',
     'publish_at': '2026-10-16T14:00:00+07:00'},
    'Publish this Friday 2 pm (from a Monday Date header); 19.00-21.00 is the webinar itself.',
    text='Dear Helpdesk,\n\nCould you put up the following announcement for all students this Friday at 2 pm?\n\n'
         'Info Session: Study Abroad Scholarships 2027\n\n'
         'Join our online info session on Tuesday, October 20, 19.00-21.00 WIB, to learn about exchange '
         'programmes and scholarships in Korea, Japan and Malaysia. The link will be shared on the day.\n\n'
         'Many thanks,\nInternational Office\n', flowed=True, cte='7bit')

add('question-form-announcement-monday',
    'Dina Febriani <dina.febriani@polibatam.ac.id>', 'Bisakah dibantu pengumuman Kewirausahaan?',
    D(2026, 10, 14, 13, 18), 'announcement', 'id',
    {'course_code': 'MB1105', 'course_name': 'Kewirausahaan', 'title': 'Presentasi Business Plan Kelompok',
     'scope': 'course', 'publish_at': '2026-10-19T06:00:00+07:00'},
    'Asked as a question; presentation dates are the event.',
    text='Selamat siang,\n\nBisakah diumumkan di kelas Kewirausahaan (MB1105) pada Senin, 19 Oktober pukul 06.00? '
         'Judulnya "Presentasi Business Plan Kelompok". Isinya: presentasi dilaksanakan 26-28 Oktober sesuai '
         'urutan kelompok, masing-masing 15 menit.\n\nTerima kasih sebelumnya,\nDina\n', cte='7bit')

add('pdf-attached-announcement-mixed',
    'Bagian Akademik <akademik@polibatam.ac.id>', 'Pengumuman UTS - please post', D(2026, 10, 20, 9, 40),
    'announcement', 'mixed',
    {'title': 'Jadwal Ujian Tengah Semester Ganjil 2026/2027', 'scope': 'site',
     'publish_at': '2026-10-22T15:00:00+07:00'},
    'Announcement text only in the attached PDF; publish date and time in the body.',
    text='Dear tim helpdesk,\n\nPlease post the attached pengumuman di beranda e-learning on 22/10 at 15.00 WIB. '
         'Judul dan isi ada di PDF.\n\nThanks,\nBagian Akademik\n', cte='7bit',
    atts=[(pdf(['PENGUMUMAN', 'Jadwal Ujian Tengah Semester Ganjil 2026/2027',
                'UTS dilaksanakan 2 - 7 November 2026 sesuai jadwal di SIAKAD.',
                'Mahasiswa wajib membawa kartu ujian.', 'Batam, 20 Oktober 2026', 'Bagian Akademik']),
           'application', 'pdf', 'pengumuman-uts.pdf')])

add('english-tonight-8pm-course',
    'Aditya Ramadhan <aditya.r@polibatam.ac.id>', 'Announcement for Data Structures', D(2026, 10, 27, 14, 0),
    'announcement', 'en',
    {'course_code': 'IF2101', 'course_name': 'Data Structures', 'title': 'Assignment 3 Deadline Extended',
     'scope': 'course', 'publish_at': '2026-10-27T20:00:00+07:00'},
    'Publish tonight at 8 pm relative to the Date header; the new deadline is an event time.',
    text='Hi,\n\nPlease post this in Data Structures (IF2101) tonight at 8 pm:\n\n'
         'Assignment 3 Deadline Extended\n'
         'The deadline for Assignment 3 is extended to Monday, November 2, 23:59.\n\nThanks,\nAditya\n',
    cte='7bit')

add('english-date-only-network-outage',
    'Yudi Prasetyo <yudi.prasetyo@polibatam.ac.id>', 'Site notice request', D(2026, 11, 3, 11, 22),
    'announcement', 'en',
    {'title': 'Campus Network Outage on 14 November', 'scope': 'site'},
    'Publish date given without a clock time; 06.00-12.00 is the outage window, so no publish time.',
    text='Dear Helpdesk,\n\nPlease publish a site notice on November 9, 2026:\n\n'
         'Campus Network Outage on 14 November\n'
         'The campus network will be down on Saturday 14 November from 06.00-12.00 WIB for fibre works. '
         'E-learning will not be reachable from campus during that time.\n\nBest,\nYudi Prasetyo\nNetwork Team\n',
    cte='7bit')
# ---------------------------------------------------------------------------
# elearning_support (12)

add('ocr-pasted-error-screen-mixed',
    'Taufik Hidayat <taufik.hidayat@polibatam.ac.id>', 'error pas restore course', D(2026, 8, 6, 14, 50),
    'elearning_support', 'mixed', {},
    'Error text pasted from OCR of a screenshot while restoring a course backup.',
    text='Siang, sy coba restore backup course semester lalu tapi keluar ini (hasil copy dr screenshot, '
         'maaf kalau ada huruf aneh):\n\n'
         '  Error writing to database\n  More information about this error\n'
         '  Debug info: Duplicate entry \'4412-0\' for key \'mdl_contcont_ins_ix\'\n'
         '  Error code: dmlwriteexception\n  Continue\n\n'
         'Already tried twice, same result. Could you check? Thanks.\n\nTaufik\n', cte='8bit')

add('student-lowercase-wkwk-cannot-login',
    'bagas p <bagas.ti23@students.polibatam.ac.id>', 'gabisa login elearning 😭', D(2026, 8, 18, 23, 11),
    'elearning_support', 'id', {},
    'Student, all lower case with emoji and laughter.',
    text='kak aku gabisa login elearning dari kemarin 😭 katanya invalid login padahal pw nya udh bener '
         'wkwkwk udh coba reset tp emailnya ga masuk² 🙃 nim aku 4342301077 kak tolongg besok ada kuis 😭🙏\n',
    cte='base64')

add('subject-only-upload-limit-empty-body',
    'Rudi Hartanto <rudi.hartanto@polibatam.ac.id>',
    'Tidak bisa upload video 250MB ke tugas MK Animasi 3D, max cuma 100MB', D(2026, 8, 20, 10, 2),
    'elearning_support', 'id', {}, 'Whole problem in the subject; empty body.', text='', cte='7bit')

add('smartwatch-enrol-students',
    'Hendra Saputra <hendra.saputra@polibatam.ac.id>', 'mhs blm masuk', D(2026, 8, 25, 7, 40),
    'elearning_support', 'id', {},
    'Smartwatch-terse enrolment request.',
    text='mhs kls 2A blm bs masuk IF204, tlg enrol smua. tq\n\nDikirim dari Galaxy Watch', cte='7bit')

add('korean-exchange-student-quiz-timer',
    'Lee Min-seo <minseo.lee@students.polibatam.ac.id>', 'Quiz closed before time', D(2026, 9, 11, 16, 30),
    'elearning_support', 'en', {},
    'Exchange student reports a quiz that submitted itself early.',
    text='Hello,\n\nI am an exchange student from Korea. Today I took Quiz 2 in Indonesian for Foreigners. '
         'The timer said 30 minutes but the quiz was submitted automatically after about 12 minutes, '
         'and I could only answer 4 questions. My classmates had the same problem. '
         'Could you please check and maybe let the lecturer reopen it?\n\nThank you,\nLee Min-seo\n',
    cte='7bit')

add('it-unit-long-forward-password',
    'UPT TIK Polibatam <upttik@polibatam.ac.id>', 'Fwd: Re: Fwd: akun elearning terkunci',
    D(2026, 9, 17, 10, 55), 'elearning_support', 'id', {},
    'IT unit forwards a long thread about a locked e-learning account to the right desk.',
    text='Rekan P4M,\n\nIni urusan akun e-learning, bukan akun SSO, jadi kami teruskan ke P4M ya. '
         'Mohon dibantu buka kunci akun dosen di bawah.\n\nSalam,\nUPT TIK\n\n'
         '---------- Forwarded message ---------\nFrom: Sri Wahyuni <sri.wahyuni@polibatam.ac.id>\n'
         'Date: Wed, Sep 16, 2026 at 4:10 PM\nSubject: Re: Fwd: akun elearning terkunci\nTo: UPT TIK <upttik@polibatam.ac.id>\n\n'
         'Sudah saya coba login SSO bisa, tapi e-learning tetap "Your account has been locked". '
         'Padahal besok saya harus buka kuis.\n\n'
         'On Wed, Sep 16, 2026 at 2:02 PM UPT TIK <upttik@polibatam.ac.id> wrote:\n'
         '> Bu, akun SSO Ibu normal. Coba login ulang.\n>\n'
         '> ---------- Forwarded message ---------\n> From: Sri Wahyuni\n'
         '> Saya salah password beberapa kali dan sekarang akun e-learning saya terkunci.\n',
    cte='quoted-printable')

add('visiting-lecturer-course-missing-dashboard',
    'Dr. Rajesh Kumar <rajesh.kumar@nitt.edu>', 'Cannot see my course on the dashboard', D(2026, 9, 22, 18, 45, 5),
    'elearning_support', 'en', {},
    'Visiting lecturer (+05:00 sender) cannot find the course he teaches.',
    text='Dear Sir/Madam,\n\nI have logged in to the e-learning with the account sent to me, but the dashboard '
         'shows "You are not enrolled in any course". I am supposed to teach the short course on Power '
         'Electronics starting next week. Kindly enrol me as teacher.\n\nWith regards,\nDr. Rajesh Kumar\n',
    cte='7bit')

add('h5p-not-showing-mixed',
    'Indah Permatasari <indah.p@polibatam.ac.id>', 'H5P interactive video ga muncul', D(2026, 9, 29, 9, 12),
    'elearning_support', 'mixed', {},
    'Code-switched report of an H5P activity not rendering.',
    text='Hi team,\n\nH5P interactive video yang saya upload di course Bahasa Mandarin 1 cuma muncul blank putih '
         'di sisi mahasiswa. On my side it plays fine. Sudah coba Chrome dan Firefox, sama aja. Any idea?\n\n'
         'Thanks,\nIndah\n', cte='7bit')

add('yahoo-reset-password-mail-never-arrives',
    'Syahrul Gunawan <syahrul_gunawan77@yahoo.co.id>', 'Reset password tidak masuk', D(2026, 10, 2, 20, 15),
    'elearning_support', 'id', {},
    'Lecturer writing from a personal Yahoo address.',
    text='Selamat malam,\n\nSaya sudah 3 kali klik “Lupa password” di e-learning tapi email reset tidak pernah '
         'masuk, sudah cek folder spam juga. Mohon dibantu reset manual. Username saya syahrul.g\n\n'
         'Terima kasih\nSyahrul Gunawan\n\nDikirim dari Yahoo Mail di Android', charset='windows-1252',
    cte='quoted-printable')

add('enrolment-key-with-symbols-rejected',
    'Maria Gonzales <maria.gonzales@students.polibatam.ac.id>', 'Enrolment key does not work',
    D(2026, 10, 9, 8, 5), 'elearning_support', 'en', {},
    'Student says the enrolment key given by the lecturer is rejected; not a request to change the key.',
    text='Hi,\n\nMy lecturer gave us the enrolment key for Business Communication but every time I type it '
         'the page says "Incorrect enrolment key". I copied it exactly, with the symbols. Two friends have the '
         'same problem. Can you help us join the course?\n\nThanks,\nMaria\n', cte='7bit')

add('course-hidden-from-students',
    'Ahmad Zulkifli <ahmad.zulkifli@polibatam.ac.id>', 'Mahasiswa tidak bisa lihat kursus',
    D(2026, 10, 19, 11, 30), 'elearning_support', 'id', {},
    'Course not visible to students.',
    text='Assalamualaikum,\n\nMahasiswa kelas 1C melapor bahwa kursus Pengantar Akuntansi tidak muncul di '
         'dashboard mereka, padahal materi minggu ini sudah saya upload. Di sisi saya kursusnya ada. '
         'Mohon dicek apakah tersembunyi.\n\nWassalam,\nAhmad Zulkifli\n', cte='7bit')

add('turnitin-stuck-mixed',
    'Grace Tambunan <grace.tambunan@polibatam.ac.id>', 'Turnitin pending terus', D(2026, 11, 5, 14, 22),
    'elearning_support', 'mixed', {},
    'Similarity reports stuck in pending.',
    text='Halo P4M,\n\nSimilarity report Turnitin di assignment "Proposal TA" statusnya pending since Monday. '
         'Sudah 40 submissions, none has a score. Deadline review saya Jumat. Mohon bantuannya.\n\nGrace\n',
    cte='7bit')

# ---------------------------------------------------------------------------
# document_request (7)

add('question-form-rps-template',
    'Nanda Saputri <nanda.saputri@polibatam.ac.id>', 'Template RPS terbaru?', D(2026, 8, 3, 9, 30),
    'document_request', 'id', {}, 'Asks for the current RPS template.',
    text='Selamat pagi,\n\nApakah ada template RPS versi terbaru (kurikulum OBE)? Saya dosen baru dan belum '
         'punya filenya. Boleh dikirimkan?\n\nTerima kasih,\nNanda\n', cte='7bit')

add('korean-coordinator-online-exam-sop',
    'Kim Soo-yeon <sykim.intl@kopo.ac.kr>', 'Request for SOP on online examination', D(2026, 8, 27, 10, 0, 9),
    'document_request', 'en', {},
    'Partner coordinator asks for the online-exam SOP for a joint programme.',
    text='Dear P4M team,\n\nFor our joint credit programme, our quality team would like to see your SOP for '
         'online examinations on the e-learning (English version if available). Could you send it to us?\n\n'
         'Best regards,\nKim Soo-yeon\nInternational Cooperation Office, Korea Polytechnic\n', cte='7bit')

add('smartwatch-bap-form',
    'Hendra Saputra <hendra.saputra@polibatam.ac.id>', 'form', D(2026, 9, 1, 16, 2),
    'document_request', 'id', {}, 'Smartwatch-terse request for the BAP form.',
    text='minta form BAP perkuliahan dong, yg word. tq\n\nDikirim dari Galaxy Watch', cte='7bit')

add('subject-only-course-contract-template-mixed',
    'Evelyn Sinaga <evelyn.sinaga@polibatam.ac.id>', 'Request template kontrak kuliah (course contract) please',
    D(2026, 9, 5, 8, 14), 'document_request', 'mixed', {}, 'Whole request in the subject; empty body.',
    text='', cte='7bit')

add('kaprodi-history-then-curriculum-review-sop',
    'Dr. Eng. Hasan Basri <hasan.basri@polibatam.ac.id>', 'Permohonan SOP peninjauan kurikulum',
    D(2026, 10, 5, 13, 0), 'document_request', 'id', {},
    'Long background before the actual ask for an SOP and its forms.',
    text='Yth. P4M,\n\nProdi Teknik Mekatronika dibuka pada 2010 dengan kurikulum yang disusun bersama mitra '
         'Jerman, lalu direvisi pada 2016 dan 2021. Revisi terakhir dilakukan tanpa dokumentasi yang rapi '
         'sehingga pada visitasi akreditasi kemarin asesor menanyakan bukti tahapan peninjauan kurikulum. '
         'Tahun ini kami berencana melakukan peninjauan lagi dan ingin mengikuti prosedur resmi sejak awal.\n\n'
         'Untuk itu kami mohon dikirimkan SOP Peninjauan Kurikulum beserta formulir-formulir pendukungnya '
         '(daftar hadir, notulen, berita acara).\n\nHormat kami,\nDr. Eng. Hasan Basri\nKoordinator Prodi Teknik Mekatronika\n',
    cte='quoted-printable')

add('english-quality-manual-request',
    'Sarah Whitfield <s.whitfield@tafe-nsw.edu.au>', 'Quality manual - benchmarking visit',
    D(2026, 10, 23, 12, 40, 11), 'document_request', 'en', {},
    'Partner institution (+11:00) asks for the quality manual.',
    text='Hi there,\n\nAhead of our benchmarking visit in December, could you share a copy of your quality '
         'manual (Manual Mutu) and the list of quality standards, in English if you have them?\n\n'
         'Cheers,\nSarah Whitfield\nTAFE NSW\n', cte='7bit')

add('monitoring-form-thunderbird-flowed',
    'Rahmat Hidayat <rahmat.hidayat@polibatam.ac.id>', 'Formulir monitoring perkuliahan', D(2026, 11, 10, 10, 10),
    'document_request', 'id', {}, 'Gugus mutu member asks for the lecture-monitoring form.',
    text='Selamat pagi,\n\nSebagai anggota gugus kendali mutu jurusan, saya perlu formulir monitoring '
         'perkuliahan tengah semester yang terbaru untuk dibagikan ke koordinator MK. Mohon dikirim versi '
         'Word dan PDF.\n\nTerima kasih,\nRahmat Hidayat\n', flowed=True, cte='7bit')

# ---------------------------------------------------------------------------
# other (7)

add('did-you-receive-my-earlier-mail',
    'Yuliana Marpaung <yuliana.marpaung@polibatam.ac.id>', 'Apakah email saya sudah diterima?',
    D(2026, 8, 9, 9, 20), 'other', 'id', {},
    'Near-miss: only asks whether an earlier mail arrived; no request is restated.',
    text='Selamat pagi,\n\nSaya mau memastikan, apakah email saya hari Rabu malam sudah diterima tim helpdesk? '
         'Belum ada balasan soalnya. Terima kasih.\n\nYuliana\n', cte='7bit')

add('asks-helpdesk-phone-number',
    'Budi Santoso <budi.santoso@polibatam.ac.id>', 'nomor telepon helpdesk?', D(2026, 8, 31, 12, 5),
    'other', 'mixed', {}, 'Near-miss: asks for a phone number only.',
    text='Hi, boleh minta nomor telepon atau WA helpdesk P4M? Lebih cepat kalau bisa call langsung. Thanks!\n\nBudi\n',
    cte='7bit')

add('asks-for-zoom-link-mixed',
    'Stefanus Gultom <stefanus.g@polibatam.ac.id>', 'Zoom link pelatihan Moodle?', D(2026, 9, 25, 8, 50),
    'other', 'mixed', {}, 'Near-miss: asks for the Zoom link of a training, not an e-learning problem.',
    text='Morning, boleh minta Zoom link untuk pelatihan Moodle quiz hari ini jam 10? '
         'Saya belum dapat undangannya. Thanks.\n\nStefanus\n', cte='7bit')

add('typo-on-p4m-website-not-elearning',
    'Nurhayati <nurhayati@polibatam.ac.id>', 'Salah ketik di website P4M', D(2026, 10, 13, 14, 5),
    'other', 'id', {},
    'Near-miss: a typo on the P4M website (not e-learning) is reported.',
    text='Selamat siang,\n\nDi website p4m.polibatam.ac.id, halaman Profil, tertulis "Penjaminan Mutu Internall" '
         '(huruf l dobel). Mungkin bisa diperbaiki admin website. Ini bukan di e-learning ya.\n\n'
         'Salam,\nNurhayati\n', cte='7bit')

add('grade-change-request-siakad',
    'Dimas Prakoso <dimas.ti22@students.polibatam.ac.id>', 'Mohon perbaikan nilai', D(2026, 10, 30, 19, 40),
    'other', 'id', {},
    'Near-miss: a student asks to change his grade, which belongs to the lecturer and academic office.',
    text='Selamat malam,\n\nNilai saya untuk mata kuliah Pemrograman Berorientasi Objek di SIAKAD keluar D, '
         'padahal semua tugas sudah saya kumpulkan. Mohon nilai saya diubah menjadi B.\n\nHormat saya,\n'
         'Dimas Prakoso\nNIM 4342201012\n', cte='7bit')

add('thanks-after-fix-mixed',
    'Lestari Handayani <lestari.h@polibatam.ac.id>', 'Re: short name Akuntansi Keuangan Menengah 2B',
    D(2026, 9, 1, 9, 2), 'other', 'mixed', {},
    'Thanks after a change was already done; no new request.',
    text='Sudah berubah, thank you so much tim P4M! Mahasiswa sudah nggak bingung lagi.\n\nLestari\n\n'
         'On Mon, Aug 31, 2026 at 4:15 PM P4M Helpdesk <helpdesk-p4m@polibatam.ac.id> wrote:\n'
         '> Short name sudah kami perbarui sesuai permintaan Ibu.\n', cte='7bit')

add('plan-next-semester-rename',
    'Dr. Ir. Hj. Rosmawati Daulay, M.Sc. <rosmawati.daulay@polibatam.ac.id>', 'Rencana perubahan nama MK tahun depan',
    D(2026, 11, 16, 10, 30), 'other', 'id', {},
    'Near-miss: a plan for next academic year, explicitly not to be done now.',
    text='Yth. P4M,\n\nSekadar informasi awal, prodi kami berencana mengganti nama beberapa mata kuliah pada '
         'kurikulum 2027. Daftarnya masih dibahas di rapat prodi dan belum final. Mohon jangan diubah dulu; '
         'nanti kami kirim permintaan resmi setelah SK terbit.\n\nWassalam,\nRosmawati Daulay\n', cte='7bit')
# ---------------------------------------------------------------------------
# auto (6)

def _gcal():
    slug = 'google-calendar-invitation-text-calendar'
    m = EmailMessage()
    head(m, slug, 'Google Calendar <calendar-notification@google.com>',
         'Undangan: Rapat Koordinasi LMS @ Kam 12 Nov 2026 13.00 - 14.00 (WIB) (helpdesk-p4m@polibatam.ac.id)',
         D(2026, 11, 9, 8, 1), extra=[('Reply-To', 'Wulan Sari <wulan.sari@polibatam.ac.id>'),
                                       ('Sender', 'Google Calendar <calendar-notification@google.com>'),
                                       ('Auto-Submitted', 'auto-generated')])
    m.set_content('Anda telah diundang ke acara berikut.\n\nRapat Koordinasi LMS\n'
                  'Kapan: Kamis 12 Nov 2026 13.00 - 14.00 (WIB)\nTempat: Ruang Rapat P4M\n'
                  'Penyelenggara: wulan.sari@polibatam.ac.id\n\nUndangan dari Google Kalender\n'
                  'Anda menerima email ini karena Anda adalah tamu dalam acara ini.\n', cte='quoted-printable')
    ics = ('BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nVERSION:2.0\r\n'
           'CALSCALE:GREGORIAN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nDTSTART:20261112T060000Z\r\n'
           'DTEND:20261112T070000Z\r\nDTSTAMP:20261109T010100Z\r\n'
           'ORGANIZER;CN=Wulan Sari:mailto:wulan.sari@polibatam.ac.id\r\n'
           'UID:' + hx(slug, 26) + '@google.com\r\n'
           'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=helpdesk-p4m@polibatam.ac.id:mailto:helpdesk-p4m@polibatam.ac.id\r\n'
           'LOCATION:Ruang Rapat P4M\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\nSUMMARY:Rapat Koordinasi LMS\r\n'
           'END:VEVENT\r\nEND:VCALENDAR\r\n')
    m.add_alternative(ics.replace('\r\n', '\n'), subtype='calendar', params={'method': 'REQUEST'}, cte='7bit')
    m.add_attachment(ics.encode(), maintype='application', subtype='ics', filename='invite.ics')
    add(slug, None, m['Subject'], D(2026, 11, 9, 8, 1), 'auto', 'id', {},
        'Google Calendar invitation with a text/calendar part; machine-generated, no ticket.', msg=m)


def _receipt():
    slug = 'outlook-read-receipt-disposition-notification'
    subj = 'Dibaca: Pengumuman Kuis 1 Termodinamika'
    m = EmailMessage()
    head(m, slug, 'Hari Purnomo <hari.purnomo@polibatam.ac.id>', subj, D(2026, 9, 25, 13, 20))
    m['MIME-Version'] = '1.0'
    m['Content-Type'] = 'multipart/report; report-type=disposition-notification'
    p1 = MIMEPart()
    p1.set_content('Pesan Anda\n\n  Kepada: Hari Purnomo\n  Subjek: Pengumuman Kuis 1 Termodinamika\n'
                   '  Terkirim: Jumat, 25 September 2026 13.05\n\ntelah dibaca pada Jumat, 25 September 2026 13.20.\n',
                   cte='quoted-printable')
    p2 = MIMEPart()
    p2['Content-Type'] = 'message/disposition-notification'
    p2.set_payload('Reporting-UA: Microsoft Outlook 16.0\r\nFinal-Recipient: rfc822;hari.purnomo@polibatam.ac.id\r\n'
                   'Original-Message-ID: <%s@polibatam.ac.id>\r\n'
                   'Disposition: manual-action/MDN-sent-manually; displayed\r\n\r\n' % hx(slug + 'orig'))
    m.attach(p1)
    m.attach(p2)
    add(slug, None, subj, D(2026, 9, 25, 13, 20), 'auto', 'id', {},
        'Outlook read receipt (MDN) for the helpdesk reply; subject looks like an announcement but it is machine mail.',
        msg=m)


_gcal()
_receipt()

add('github-notification-moodle-plugin',
    'Rafi Pratama <notifications@github.com>', 'Re: [polibatam/moodle-local-p4m] Fix enrolment sync for evening classes (PR #42)',
    D(2026, 10, 15, 3, 12), 'auto', 'en', {},
    'GitHub pull-request notification; mentions enrolment and classes but is machine mail.',
    text='@rafi-pratama pushed 2 commits.\n\n'
         '  * 3f2a9c1 map "Malam" classes to the employee cohort\n  * 9b77e04 add test for class TRE-2B\n\n'
         '--\nView it on GitHub:\nhttps://github.com/polibatam/moodle-local-p4m/pull/42/files/3f2a9c1..9b77e04\n'
         'You are receiving this because you were mentioned.\n', cte='7bit',
    extra=[('Reply-To', 'polibatam/moodle-local-p4m <reply+ABCD42@reply.github.com>'),
           ('List-ID', 'polibatam/moodle-local-p4m <moodle-local-p4m.polibatam.github.com>'),
           ('List-Unsubscribe', '<https://github.com/notifications/unsubscribe/ABCD42>'),
           ('X-GitHub-Reason', 'mention'), ('Precedence', 'list')])

add('wordpress-comment-notification-p4m-site',
    'WordPress <wordpress@p4m.polibatam.ac.id>', '[P4M Polibatam] Komentar: "Panduan Mengganti Nama Mata Kuliah"',
    D(2026, 10, 22, 4, 44), 'auto', 'id', {},
    'WordPress comment notification from the P4M website; the commenter asks something but it is a machine notice.',
    text='Komentar baru pada tulisan Anda "Panduan Mengganti Nama Mata Kuliah" sedang menunggu persetujuan\n'
         'https://p4m.polibatam.ac.id/panduan-mengganti-nama-mk/\n\n'
         'Penulis: mahasiswa_bingung (IP address: 36.85.12.4)\nEmail: bingung123@gmail.com\n'
         'Komentar:\nkak kalau mau ganti kelas di elearning gimana ya?\n\n'
         'Setujui: https://p4m.polibatam.ac.id/wp-admin/comment.php?action=approve&c=318\n'
         'Saat ini ada 3 komentar yang menunggu persetujuan.\n', cte='quoted-printable',
    extra=[('Auto-Submitted', 'auto-generated')])

add('slack-daily-digest',
    'Slack <no-reply@slack.com>', 'Ringkasan: 14 pesan baru di P4M Polibatam', D(2026, 11, 18, 6, 0),
    'auto', 'en', {},
    'Slack digest of unread channel messages; subject localised but body in English.',
    html='<html><body><h2>You have 14 unread messages in P4M Polibatam</h2>'
         '<p><b>#elearning-ops</b><br>Yudi: backup job for Semester Ganjil finished at 02:00<br>'
         'Wulan: who is taking the announcement queue today?</p>'
         '<p><b>#random</b><br>Rina: kopi di pantry habis</p>'
         '<p><a href="https://p4m-polibatam.slack.com/">Open Slack</a></p>'
         '<p style="font-size:11px">You are receiving this email because you have unread messages. '
         '<a href="https://slack.com/account/notifications">Change email preferences</a></p></body></html>',
    cte='quoted-printable',
    extra=[('Auto-Submitted', 'auto-generated'), ('List-Unsubscribe', '<https://slack.com/account/notifications>')])

add('bank-e-statement-notice',
    'Bank Riau Kepri Syariah <e-statement@brksyariah.co.id>', 'e-Statement Rekening Anda Periode Oktober 2026',
    D(2026, 11, 2, 1, 15), 'auto', 'id', {},
    'Bank e-statement notice sent to the helpdesk address; machine mail.',
    text='Nasabah Yth.,\n\nBersama ini kami sampaikan e-Statement rekening Anda untuk periode Oktober 2026. '
         'Dokumen dapat diunduh melalui aplikasi mobile banking. Email ini dikirim otomatis, mohon tidak '
         'membalas email ini.\n\nSalam,\nBank Riau Kepri Syariah\n', cte='quoted-printable',
    extra=[('Auto-Submitted', 'auto-generated'), ('Precedence', 'bulk')])

# ---------------------------------------------------------------------------

def main():
    fails = 0
    labels = {}
    counts = {}
    langs = {}
    names = set()
    for name, m, lab, subj, dt in MAILS:
        b = m.as_bytes(policy=policy.SMTP)
        errs = check(name, b, lab, subj, dt)
        if name in names:
            errs.append('duplicate name')
        names.add(name)
        if errs:
            fails += 1
            print('FAIL', name, errs, file=sys.stderr)
        labels[name] = lab
        counts[lab['type']] = counts.get(lab['type'], 0) + 1
        langs[lab['lang']] = langs.get(lab['lang'], 0) + 1
    want = {'course_data': 22, 'announcement': 16, 'elearning_support': 12, 'document_request': 7,
            'other': 7, 'auto': 6}
    if counts != want or langs != {'id': 40, 'en': 18, 'mixed': 12} or len(MAILS) != 70:
        print('FAIL mix', counts, langs, len(MAILS), file=sys.stderr)
        fails += 1
    if fails:
        sys.exit(1)
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for name, m, lab, subj, dt in MAILS:
        with open(os.path.join(OUT, name), 'wb') as fh:
            fh.write(m.as_bytes(policy=policy.SMTP))
    with open(os.path.join(OUT, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    print('wrote %d mails' % len(MAILS), counts, langs)


if __name__ == '__main__':
    main()

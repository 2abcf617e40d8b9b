#!/usr/bin/env python3
"""make_tune46.py - writes tuning corpus tune46 (written as held-out part31, opened in round 25) for P4M Helpdesk.

Standard library only and deterministic: boundaries, Message-IDs and attachment
bytes derive from each slug, zip members carry a fixed timestamp.  Every message
is checked before anything is written; the script exits non-zero on a failure.
"""
import base64
import datetime as dt
import hashlib
import html
import io
import json
import os
import re
import sys
import zipfile
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
HD = 'helpdesk-p4m@polibatam.ac.id'
HDH = 'Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>'
MAILS = []          # (key, type, lang, fields, note, builder)
CUR = ['']          # slug being built
EXPECT = {}         # slug -> (subject, datetime)


def h8(s, n=16):
    return hashlib.sha256(s.encode('utf-8')).hexdigest()[:n]


def bnd(tag='a'):
    return '=_p31_' + h8(CUR[0] + '|' + tag, 24)


def crlf(s):
    return s.replace('\r\n', '\n').replace('\n', '\r\n')


def D(y, m, d, H, M, S=0, tz=7.0):
    return dt.datetime(y, m, d, H, M, S, tzinfo=dt.timezone(dt.timedelta(hours=tz)))


# ---------------------------------------------------------------- encoders
def qp_encode(data):
    out = []
    for line in data.split(b'\n'):
        toks = []
        for i, b in enumerate(line):
            if b in (9, 32):
                toks.append('=%02X' % b if i == len(line) - 1 else chr(b))
            elif 33 <= b <= 126 and b != 61:
                toks.append(chr(b))
            else:
                toks.append('=%02X' % b)
        cur, res = '', []
        for t in toks:
            if len(cur) + len(t) > 75:
                res.append(cur + '=')
                cur = ''
            cur += t
        res.append(cur)
        out.append('\r\n'.join(res))
    return '\r\n'.join(out).encode('ascii')


def b64(data):
    return base64.encodebytes(data).replace(b'\n', b'\r\n').rstrip(b'\r\n')


def enc_words(s, mode='B'):
    words, cur = [], ''

    def enc(chunk):
        raw = chunk.encode('utf-8')
        if mode == 'B':
            return '=?UTF-8?B?' + base64.b64encode(raw).decode() + '?='
        q = ''
        for b in raw:
            c = chr(b)
            if c.isascii() and c.isalnum():
                q += c
            elif c == ' ':
                q += '_'
            else:
                q += '=%02X' % b
        return '=?UTF-8?Q?' + q + '?='
    for ch in s:
        if len(enc(cur + ch)) > 75:
            words.append(enc(cur))
            cur = ''
        cur += ch
    if cur:
        words.append(enc(cur))
    return '\r\n '.join(words)


def addr(name, email, mode='B'):
    if not name:
        return email
    if not name.isascii():
        return enc_words(name, mode) + ' <' + email + '>'
    if re.search(r'[(),.:;@"]', name):
        return '"' + name + '" <' + email + '>'
    return name + ' <' + email + '>'


def fold(k, v):
    line = k + ': ' + v
    if '\r\n' in v or len(line) <= 78 or ' ' not in v:
        return line
    out, cur = [], k + ':'
    for w in v.split(' '):
        if len(cur) + 1 + len(w) > 76 and cur.strip() and cur != k + ':':
            out.append(cur)
            cur = ' ' + w
        else:
            cur += ' ' + w
    out.append(cur)
    return '\r\n'.join(out)


def hdrbytes(hs):
    return b''.join(fold(k, v).encode('ascii') + b'\r\n' for k, v in hs)


# ---------------------------------------------------------------- parts
def text(s, sub='plain', cs='utf-8', cte='qp', flowed=False, extra=()):
    s = s.replace('\r\n', '\n')
    ct = 'text/%s; charset="%s"' % (sub, cs)
    if flowed:
        ct += '; format=flowed'
    if cte == '7bit':
        body = crlf(s).encode('ascii')
    elif cte == '8bit':
        body = crlf(s).encode(cs)
    elif cte == 'qp':
        body, cte = qp_encode(s.encode(cs)), 'quoted-printable'
    else:
        body, cte = b64(s.encode(cs)), 'base64'
    return ([('Content-Type', ct), ('Content-Transfer-Encoding', cte)] + list(extra), body)


def multi(sub, parts, tag='m', extra=''):
    b = bnd(tag + sub)
    body = b'This is a multi-part message in MIME format.\r\n\r\n' if sub == 'mixed' else b''
    for hs, pb in parts:
        body += b'--' + b.encode() + b'\r\n' + hdrbytes(hs) + b'\r\n' + pb + b'\r\n'
    body += b'--' + b.encode() + b'--\r\n'
    return ([('Content-Type', 'multipart/%s;%s boundary="%s"' % (sub, extra, b))], body)


def attach(ctype, fname, data):
    return ([('Content-Type', '%s; name="%s"' % (ctype, fname)),
             ('Content-Disposition', 'attachment; filename="%s"' % fname),
             ('Content-Transfer-Encoding', 'base64')], b64(data))


def fwd822(inner, fname=None):
    hs = [('Content-Type', 'message/rfc822')]
    if fname:
        hs.append(('Content-Disposition', 'attachment; filename="%s"' % fname))
    return (hs, inner.rstrip(b'\r\n'))


def flow(s, width=72):
    """format=flowed: wrap long lines with a trailing space on soft breaks."""
    out = []
    for line in s.split('\n'):
        if len(line) <= width or line.startswith('>'):
            out.append(line.rstrip(' '))
            continue
        words, cur = line.split(' '), ''
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + ' ')
                cur = w
            else:
                cur = (cur + ' ' + w) if cur else w
        out.append(cur)
    return '\n'.join(out)


def esc(s):
    return html.escape(s, quote=False)


def html_lines(s, wrap='<div dir="ltr">%s</div>', line='<div>%s</div>'):
    rows = []
    for ln in s.split('\n'):
        rows.append(line % (esc(ln) if ln.strip() else '<br>'))
    return wrap % '\n'.join(rows)


def gmail(plain, html_body=None, cte='qp'):
    if html_body is None:
        html_body = html_lines(plain)
    return multi('alternative', [text(plain, cte=cte), text(html_body, 'html', cte=cte)], 'g')


def word_html(inner, lang='IN'):
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; '
            'font-family:"Calibri",sans-serif;}\n--></style></head>\n'
            '<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + inner + '\n</div>\n</body>\n</html>')


def mso(s):
    return '\n'.join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l.strip() else '&nbsp;')
                     for l in s.split('\n'))


# ---------------------------------------------------------------- documents
def zipbytes(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_STORED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def _x(s):
    return html.escape(s, quote=True)


def docx(items):
    """items: str paragraphs or ('table', [[cell, ...], ...])."""
    body = []
    for it in items:
        if isinstance(it, tuple):
            rows = ''.join('<w:tr>' + ''.join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>'
                                                % _x(c) for c in row) + '</w:tr>' for row in it[1])
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>%s</w:tbl>' % rows)
        else:
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(it))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + ''.join(body) + '<w:sectPr/></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="word/document.xml"/></Relationships>')
    return zipbytes([('[Content_Types].xml', ct.encode()), ('_rels/.rels', rels.encode()),
                     ('word/document.xml', doc.encode())])


def odt(paras):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               '<office:body><office:text>'
               + ''.join('<text:p>%s</text:p>' % _x(p) for p in paras)
               + '</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return zipbytes([('mimetype', b'application/vnd.oasis.opendocument.text'),
                     ('META-INF/manifest.xml', manifest.encode()), ('content.xml', content.encode())])


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
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> '
            b'/Contents 5 0 R >>',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream']
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


DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
ODT = 'application/vnd.oasis.opendocument.text'


# ---------------------------------------------------------------- message
def msg(frm, to, subj, date, part, cc=None, extra=(), smode=None, dom=None, head=()):
    """frm/to/cc are ready header values; subj the decoded subject; date a datetime."""
    if smode or not subj.isascii():
        s_hdr = enc_words(subj, smode or 'B')
    else:
        s_hdr = subj
    dom = dom or (re.search(r'@([\w.-]+)', frm).group(1) if '@' in frm else 'polibatam.ac.id')
    hs = list(head)
    hs += [('From', frm), ('To', to)]
    if cc:
        hs.append(('Cc', cc))
    hs += [('Subject', s_hdr), ('Date', format_datetime(date)),
           ('Message-ID', '<%s.%s@%s>' % (h8(CUR[0] + 'mid', 12), h8(CUR[0] + 'mid2', 8), dom))]
    hs += list(extra)
    hs.append(('MIME-Version', '1.0'))
    hs += part[0]
    body = part[1]
    if not body.endswith(b'\r\n'):
        body += b'\r\n'
    EXPECT.setdefault(CUR[0], (subj, date))
    return hdrbytes(hs) + b'\r\n' + body


def inner(frm, to, subj, date, part, extra=()):
    """A message that is forwarded or quoted as message/rfc822 (not checked for its Date range)."""
    hs = [('From', frm), ('To', to), ('Subject', subj if subj.isascii() else enc_words(subj)),
          ('Date', format_datetime(date)),
          ('Message-ID', '<%s@%s>' % (h8(CUR[0] + 'inner' + subj, 14), re.search(r'@([\w.-]+)', frm).group(1)))]
    hs += list(extra)
    hs.append(('MIME-Version', '1.0'))
    hs += part[0]
    return hdrbytes(hs) + b'\r\n' + part[1]


def mail(key, typ, lang, fields=None, note=''):
    def deco(fn):
        MAILS.append((key, typ, lang, fields or {}, note, fn))
        return fn
    return deco

# =================================================================== course_data
@mail('gmail-elearning-link-lecturer-haji-title', 'course_data', 'id',
      {'course_code': 'TRE3104', 'changes': {'lecturer': 'Ir. H. Syamsul Bahri, M.T.'}},
      'Course named only by its e-learning view.php link; the code sits in the signature line.')
def _():
    t = """Selamat pagi tim P4M,

Mohon bantuannya untuk mata kuliah di tautan berikut:
https://elearning.polibatam.ac.id/course/view.php?id=4821

Dosen pengampu yang tercantum di halaman itu masih dosen tahun lalu. Untuk
semester ganjil ini pengampunya sudah diganti menjadi Ir. H. Syamsul Bahri, M.T.
(sesuai SK mengajar yang baru terbit minggu lalu).

Terima kasih banyak.

Salam,
Rina Oktaviani
Admin Prodi Teknik Elektronika
(kode MK di SIAKAD: TRE3104)
"""
    return msg(addr('Rina Oktaviani', 'rina.oktaviani@polibatam.ac.id'), HD,
               'Dosen pengampu di e-learning belum diganti', D(2026, 8, 10, 8, 14), gmail(t))


@mail('roundcube-sundanese-tuesday-course-enrolment-key', 'course_data', 'id',
      {'changes': {'enrolment_key': 'Selasa#TM-13sore'}},
      'Course identified only as the one the sender teaches on Tuesday at 13.00 in a given room; no code or name.')
def _():
    t = """Punten Akang Teteh di P4M,

Abdi teh Dadan, dosen LB di Teknik Mesin. Mata kuliah yang saya ampu hari
Selasa (anu jam 13.00 di ruang TM-204 tea) kan pakai kunci pendaftaran, nah
kuncinya bocor ka kelas lain, jadi loba mahasiswa nu nyasar masuk.

Mangga diganti kuncinya jadi: Selasa#TM-13sore
(huruf S-na besar, pakai tanda pagar).

Hatur nuhun pisan,
Dadan Ramdhani
"""
    return msg(addr('Dadan Ramdhani', 'dadan.r@polibatam.ac.id'), HD, 'kunci pendaftaran kelas Selasa',
               D(2026, 8, 18, 21, 3), text(t, cte='8bit'),
               extra=[('User-Agent', 'Roundcube Webmail/1.6.6')])


@mail('outlook-html-three-courses-one-credits', 'course_data', 'id',
      {'course_code': 'AKT2104', 'course_name': 'Perpajakan I', 'changes': {'credits': '3 SKS'}},
      'Three courses listed in a table; only the second needs a change, the other two are marked correct.')
def _():
    inner_html = mso("""Yth. Tim Helpdesk P4M,

Berikut hasil pengecekan kami atas tiga mata kuliah semester 3 Prodi Akuntansi Manajerial di e-learning. Hanya satu yang perlu diperbaiki:
""") + """
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
<tr><td><p class="MsoNormal"><b>Kode</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Mata Kuliah</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>SKS di e-learning</b><o:p></o:p></p></td><td><p class="MsoNormal"><b>Keterangan</b><o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">AKT2101<o:p></o:p></p></td><td><p class="MsoNormal">Akuntansi Biaya<o:p></o:p></p></td><td><p class="MsoNormal">3<o:p></o:p></p></td><td><p class="MsoNormal">sudah benar<o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">AKT2104<o:p></o:p></p></td><td><p class="MsoNormal">Perpajakan I<o:p></o:p></p></td><td><p class="MsoNormal">2<o:p></o:p></p></td><td><p class="MsoNormal">mohon diubah menjadi 3 SKS<o:p></o:p></p></td></tr>
<tr><td><p class="MsoNormal">AKT2107<o:p></o:p></p></td><td><p class="MsoNormal">Sistem Informasi Akuntansi<o:p></o:p></p></td><td><p class="MsoNormal">3<o:p></o:p></p></td><td><p class="MsoNormal">sudah benar<o:p></o:p></p></td></tr>
</table>
""" + mso("""
Atas bantuannya kami ucapkan terima kasih.

Salam,
Lestari Handayani
Sekretariat Prodi Akuntansi Manajerial""")
    return msg(addr('Lestari Handayani', 'lestari.h@polibatam.ac.id'), HDH,
               'Pengecekan SKS mata kuliah semester 3', D(2026, 8, 24, 10, 41),
               text(word_html(inner_html), 'html'), extra=[('X-Mailer', 'Microsoft Outlook 16.0')])


@mail('gmail-betawi-eh-maaf-maksud-saya-fullname', 'course_data', 'id',
      {'course_code': 'MNJ 2203', 'course_name': 'Pengantar Bisnis', 'changes': {'fullname': 'Pengantar Bisnis Digital'}},
      'The sender first gives one new name and then corrects it ("eh maaf, maksud saya"); the corrected name is labelled.')
def _():
    t = """Bang, Mpok admin P4M,

Aye mau minta tolong nih. Nama mata kuliah aye di e-learning, kode MNJ 2203, masih "Pengantar Bisnis". Tolong diganti jadi "Pengantar Manajemen Bisnis" ye. Eh maaf, maksud saya "Pengantar Bisnis Digital", yang tadi itu mah nama mata kuliah kelas sebelah, aye kecampur. Kagak usah diubah yang lain-lainnya.

Makasih banyak ye, maap ngerepotin.

Rohimah
Dosen Manajemen Bisnis
"""
    return msg(addr('Rohimah Hasanah', 'rohimah@polibatam.ac.id'), HD, 'minta ganti nama matkul',
               D(2026, 9, 1, 13, 27), gmail(t))


@mail('thunderbird-flowed-koreksi-class-karyawan-malam', 'course_data', 'id',
      {'course_code': 'IND2206', 'course_name': 'Statistika Industri', 'changes': {'class': 'TI 2B Karyawan Malam'}},
      'A first class value is corrected on a "Koreksi:" line; the corrected one is labelled.')
def _():
    t = flow("""Yth. Helpdesk P4M,

Kelas pada mata kuliah Statistika Industri (IND2206) di e-learning tertulis "TI-2B". Mohon diganti menjadi "TI-2B Malam".

Koreksi: yang benar "TI 2B Karyawan Malam" (pakai spasi, tanpa tanda hubung), mengikuti penamaan kelas di SIAKAD supaya mahasiswa karyawan tidak bingung.

Terima kasih,

--
Hendrik Saputra, S.T., M.T.
Teknik Industri - Politeknik Negeri Batam
""")
    return msg(addr('Hendrik Saputra', 'hendrik@polibatam.ac.id'), HD, 'Nama kelas Statistika Industri',
               D(2026, 9, 3, 16, 52), text(t, cte='8bit', flowed=True),
               extra=[('User-Agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0')])


@mail('samsung-b64-star-typo-correction-fullname', 'course_data', 'id',
      {'course_code': 'IF-214', 'course_name': 'Web Dasar 2', 'changes': {'fullname': 'Pemrograman Web Lanjut'}},
      'Body types the new name with a typo and corrects it with a starred word on the next line; the subject has it right.')
def _():
    t = """halo min p4m

mk aku yg Web Dasar 2 (kode IF-214) tolong ganti nama lengkapnya jadi Pemograman Web Lanjut ya
*Pemrograman, typo 🙏

makasih

Dikirim dari Samsung Galaxy saya
"""
    return msg(addr('Bayu Prasetyo', 'bayu.prasetyo@polibatam.ac.id'), HD,
               'ganti nama MK -> Pemrograman Web Lanjut', D(2026, 9, 7, 6, 48),
               multi('alternative', [text(t, cte='b64'), text(html_lines(t, '<div>%s</div>', '%s<br>'), 'html', cte='b64')], 's'))


@mail('yahoo-cp1252-palembang-two-spellings-lecturer', 'course_data', 'id',
      {'course_code': 'UMM1102', 'course_name': 'Kewirausahaan', 'changes': {'lecturer': 'Muhamad Rizki, S.E., M.M.'}},
      'The new lecturer is written in two spellings and the sender says the first one is right.')
def _():
    t = """Selamat siang kak admin,

Cak mano kabar? Aku nak minta tolong nian. Mata kuliah Kewirausahaan (kode UMM1102) kelas MJ-1A tu dosennyo masih tertulis Pak Darmawan. Padahal dari semester ini la diganti. Dosen barunyo: Muhamad Rizki, S.E., M.M.

Eh, di surat tugas ditulis Muhammad Rizky, S.E., M.M. jugo. Yang benar yang pertamo (Muhamad Rizki), itu cak di KTP beliau, surat tugasnyo yang salah ketik.

Makasih nian yo kak,
Yuliana \u2013 TU Prodi Manajemen Bisnis
"""
    return msg(addr('Yuliana Sari', 'yuliana_tu@yahoo.co.id'), HD, 'Dosen MK Kewirausahaan MJ-1A',
               D(2026, 9, 8, 11, 5), text(t, cs='windows-1252', cte='qp'),
               extra=[('X-Mailer', 'WebService/1.1.22645 YMailNorrin')])


@mail('apple-manado-shortname-atau-sebaiknya', 'course_data', 'id',
      {'course_code': 'RKS2302', 'course_name': 'Jaringan Komputer II', 'changes': {'shortname': 'RKS2302-JK2-2026'}},
      'Sender offers a second short name as "atau sebaiknya ...?" but says to use the first if there is no rule; the first is labelled.')
def _():
    t = """Selamat sore P4M,

Kita pe mata kuliah Jaringan Komputer II (RKS2302) pe nama singkat di e-learning masih "JARKOM2-2025". Tolong ganti jadi "RKS2302-JK2-2026" jo.

Atau sebaiknya "JK2-2026" saja? Kita so bingung, mar kalo ngoni nda ada aturan soal itu, pake yang pertama jo.

Makase banyak,
Frangky Rumengan
Rekayasa Keamanan Siber

Dikirim dari iPhone saya
"""
    return msg(addr('Frangky Rumengan', 'frangky@polibatam.ac.id'), HD, 'nama singkat Jarkom II',
               D(2026, 9, 14, 17, 33), text(t, cte='qp', flowed=False),
               extra=[('X-Mailer', 'iPhone Mail (21G93)')])


@mail('gmail-papuan-class-rep-class-and-lecturer-semester', 'course_data', 'id',
      {'course_name': 'Mekanika Fluida', 'changes': {'semester': 'Semester 3 Ganjil 2026/2027'}},
      'Course named by its class and lecturer, with the course name only in brackets; written by the class representative with the lecturer\'s consent.')
def _():
    t = """Selamat pagi bapa ibu di P4M,

Sa mau minta tolong. Di e-learning, kelas TRM-3A yang Bapa Yohanis Wenda ajar itu (Mekanika Fluida), semesternya masih tulis semester 2. Padahal tong su semester 3 sekarang, jadi teman-teman bingung.

Tolong ganti jadi Semester 3 Ganjil 2026/2027 e.

Sa Marthen, ketua kelas TRM-3A. Bapa Yohanis su tau sa kirim email ini, de ada di cc.

Terima kasih banyak bapa ibu
Marthen Kogoya
"""
    return msg(addr('Marthen Kogoya', 'marthen.kogoya@students.polibatam.ac.id'), HD, 'semester di elearning salah',
               D(2026, 9, 15, 7, 20), gmail(t), cc=addr('Yohanis Wenda', 'yohanis.wenda@polibatam.ac.id'))


@mail('applemail-medan-team-teaching-two-lecturers', 'course_data', 'id',
      {'course_code': 'BIS-3105', 'course_name': 'Pemasaran Digital',
       'changes': {'lecturer': 'Hendra Gunawan, S.T., M.Kom. dan Lilis Sutanto, S.E., M.M.'}},
      'Team teaching: both names are the new lecturer value; the sender asks that his own name stays.')
def _():
    t = """Halo admin,

Tolong la bantu saya ya. MK Pemasaran Digital kode BIS-3105, dosennya di elearning cuma tulis nama saya saja. Semester ini kami team teaching, jadi tolong tulis dua nama: Hendra Gunawan, S.T., M.Kom. dan Lilis Sutanto, S.E., M.M.

Jangan pulak dihapus nama saya ya, kalau dihapus nanti mahasiswa bingung kali.

Thanks ya,
Hendra Gunawan
"""
    return msg(addr('Hendra Gunawan', 'hendra.gunawan@polibatam.ac.id'), HD, 'Dosen MK Pemasaran Digital',
               D(2026, 9, 21, 19, 2), text(t, cte='7bit', flowed=False),
               extra=[('X-Mailer', 'Apple Mail (2.3774.500.171.1.1)')])


@mail('gmail-pesantren-greeting-lecturer-arabic-degrees', 'course_data', 'id',
      {'course_code': 'MKU1001', 'course_name': 'Pendidikan Agama Islam',
       'changes': {'lecturer': 'Dr. H. Ahmad Fauzi Lubis, Lc., M.A.'}},
      '')
def _():
    t = """Assalamualaikum warahmatullahi wabarakatuh,

Semoga Bapak/Ibu di P4M senantiasa dalam lindungan Allah SWT dan dimudahkan segala urusannya.

Mohon izin, ana ingin menyampaikan bahwa pada mata kuliah Pendidikan Agama Islam (MKU1001) kelas gabungan Teknik Sipil, nama dosen pengampu mohon diganti menjadi Dr. H. Ahmad Fauzi Lubis, Lc., M.A. karena ustadz yang sebelumnya sedang tugas belajar ke Madinah.

Jazakumullahu khairan, barakallahu fiikum.

Wassalamualaikum warahmatullahi wabarakatuh

Ustadzah Nurul Hidayah, S.Pd.I., M.Pd.
Koordinator MKU Agama
"""
    return msg(addr('Nurul Hidayah', 'nurul.hidayah@polibatam.ac.id'), HD, 'Mohon penggantian dosen pengampu PAI',
               D(2026, 8, 13, 9, 12), gmail(t))


@mail('iphone-b64-new-lecturer-first-week-roman-fullname', 'course_data', 'mixed',
      {'course_code': 'MAT1202', 'course_name': 'Matematika Teknik 2',
       'changes': {'fullname': 'Matematika Teknik II (Kalkulus Lanjut)'}},
      'A lecturer in her first week, unsure of the code ("kalau ga salah").')
def _():
    t = """Hai Kak admin P4M 👋

Perkenalkan aku Nadia, dosen baru di Teknik Informatika, baru minggu pertama hehe. So sorry kalau salah kirim ya 🙈

Aku dapet course "Matematika Teknik 2" (code-nya MAT1202 kalau ga salah). Kata kaprodi, the official name should be "Matematika Teknik II (Kalkulus Lanjut)" sesuai kurikulum baru. Could you please update the full name? Aku belum punya akses edit settings soalnya 😅

Thank you so much kak! 🙏✨

Nadia Putri Maharani, M.Sc.

Sent from my iPhone
"""
    return msg(addr('Nadia Putri Maharani', 'nadia.pm@polibatam.ac.id'), HD, 'Hi kak, mau minta tolong update nama course 🙏',
               D(2026, 8, 5, 20, 11), text(t, cte='b64'), extra=[('X-Mailer', 'iPhone Mail (22A3354)')])


@mail('thunderbird-flowed-professor-one-sentence-summary', 'course_data', 'id',
      {'course_code': 'MPT6101', 'course_name': 'Metodologi Penelitian Terapan',
       'changes': {'summary': 'Mata kuliah ini membekali mahasiswa dengan kemampuan merancang penelitian terapan yang berangkat dari persoalan industri. Mahasiswa berlatih merumuskan masalah, memilih metode, dan menyusun proposal yang dapat diuji. Penilaian dilakukan melalui proposal, presentasi, dan ulasan sejawat.'}},
      'The whole request is one long sentence with the three-sentence summary embedded in it.')
def _():
    t = flow("""Dengan hormat,

bersama surat elektronik ini saya, selaku dosen pengampu mata kuliah Metodologi Penelitian Terapan dengan kode MPT6101 pada Program Magister Terapan Teknik Komputer yang telah saya ampu sejak program ini dibuka, memohon kiranya pihak P4M berkenan mengganti ringkasan mata kuliah tersebut pada laman e-learning, yang sampai hari ini masih memuat ringkasan lama dari kurikulum 2021 sehingga tidak lagi sesuai dengan capaian pembelajaran yang telah disahkan senat, dengan ringkasan baru sebagai berikut: Mata kuliah ini membekali mahasiswa dengan kemampuan merancang penelitian terapan yang berangkat dari persoalan industri. Mahasiswa berlatih merumuskan masalah, memilih metode, dan menyusun proposal yang dapat diuji. Penilaian dilakukan melalui proposal, presentasi, dan ulasan sejawat. -- demikian permohonan ini saya sampaikan, dan atas perhatian serta bantuan Saudara-saudara sekalian saya ucapkan terima kasih.

Prof. Dr. Ir. Bambang Sutrisno, M.Eng.
Guru Besar Teknik Komputer
""")
    return msg(addr('Prof. Bambang Sutrisno', 'bambang.sutrisno@polibatam.ac.id'), HD,
               'Permohonan penggantian ringkasan mata kuliah', D(2026, 10, 2, 14, 5),
               text(t, cte='qp', flowed=True),
               extra=[('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.15.0')])


@mail('outlook-au-partner-enrolment-key-symbols', 'course_data', 'en',
      {'course_code': 'JP-IAP301', 'course_name': 'Industrial Automation Project', 'changes': {'enrolment_key': 'Aut0mate!SA-26'}},
      'Australian partner (+09:30 sender) asks to set the key; students failing to enrol is the reason, not the request.')
def _():
    t = """G'day team,

Quick one from the Adelaide side of the joint program. Our students in Industrial Automation Project (code JP-IAP301) can't self-enrol with the key we handed out, because we changed it on our end and the Moodle one never got updated.

Could you set the enrolment key to

    Aut0mate!SA-26

(capital A, zero not the letter O, exclamation mark, capital SA). Cheers for that, legends.

Kind regards,
Liam O'Connor
Program Coordinator | TAFE SA - Polibatam partnership
"""
    return msg(addr("Liam O'Connor", 'liam.oconnor@tafesa.edu.au').replace("Liam O'Connor", '"Liam O\'Connor"'), HD,
               'Enrolment key for JP-IAP301', D(2026, 9, 9, 10, 26, tz=9.5), gmail(t),
               extra=[('X-Mailer', 'Microsoft Outlook 16.0')])


@mail('gmail-dutch-partner-class-slash-two-codes', 'course_data', 'en',
      {'course_code': 'EET 4102', 'course_name': 'Sustainable Energy Systems', 'changes': {'class': 'EET-4A Malam / Internasional'}},
      'Partner gives its own code and the Polibatam code; the Polibatam one is labelled.')
def _():
    t = """Dear colleagues,

For the course Sustainable Energy Systems (our code SES-2, your code EET 4102 - I know, we have too many codes) the class on your e-learning says "EET-4A". Since this year our Dutch exchange students join your evening group, so the class should become:

EET-4A Malam / Internasional

Please use exactly that, with the slash and the spaces.

Met vriendelijke groet,
dr. ir. Maarten de Vries
Lecturer Energy Transition, Hogeschool IJsselland
"""
    return msg(addr('Maarten de Vries', 'm.devries@hs-ijsselland.nl'), HD, 'Class name for Sustainable Energy Systems',
               D(2026, 8, 27, 9, 40, tz=2), gmail(t))


@mail('outlook-indian-partner-fullname-colon-parentheses', 'course_data', 'en',
      {'course_code': 'BDA-5203', 'course_name': 'Big Data Analytics',
       'changes': {'fullname': 'Data Analytics: Tools and Practice (Industry Track)'}},
      '')
def _():
    plain = """Dear Sir/Madam,

Greetings from Pune!

As discussed in the MoU review meeting, kindly do the needful and update the full name of the course BDA-5203 "Big Data Analytics" on your e-learning portal.

Revised name is: Data Analytics: Tools and Practice (Industry Track)

PFA the minutes of the meeting for your reference. Kindly revert once done.

Thanks and regards,
Dr. Priya Ramaswamy
Associate Professor, Dept. of Computer Engineering
Deccan Institute of Technology, Pune
"""
    h = word_html(mso(plain))
    doc = docx(['Minutes of the MoU Review Meeting, DIT Pune - Polibatam (online), 18 August 2026',
                'Item 3: Course nomenclature of the joint Industry Track',
                ('table', [['Course code', 'Current name', 'Revised name', 'Action by'],
                           ['BDA-5203', 'Big Data Analytics', 'Data Analytics: Tools and Practice (Industry Track)', 'Polibatam P4M'],
                           ['CCE-5105', 'Cloud Computing', 'no change', '-']]),
                'Item 4: Exchange of syllabi before the even semester.'])
    return msg(addr('Dr. Priya Ramaswamy', 'priya.r@dit-pune.ac.in'), HD, 'Request for change of course name - BDA-5203',
               D(2026, 10, 6, 12, 18, tz=5.5),
               multi('mixed', [multi('alternative', [text(plain), text(h, 'html')], 'o'),
                               attach(DOCX, 'MoU_review_minutes_Aug2026.docx', doc)], 'x'),
               extra=[('X-Mailer', 'Microsoft Outlook 16.0')])


@mail('gmail-japanese-partner-credits-two-notations', 'course_data', 'en',
      {'course_code': 'RBT3301', 'course_name': 'Robotics Seminar', 'changes': {'credits': '3 SKS'}},
      'Credits given as "3 credits" and as "3 SKS"; the explicit correction target is labelled.')
def _():
    t = """Dear P4M Helpdesk,

I am Kenji Watanabe of the International Exchange Office, Kitakyushu Institute of Technology.
We apologize for the sudden request.

Regarding the joint course "Robotics Seminar" (RBT3301) on your e-learning system, the number of credits is displayed as 2 credits. After the agreement of both universities in July, it became 3 credits.

Could you kindly correct it to 3 SKS?

We appreciate your kind cooperation.

Best regards,
Kenji Watanabe
"""
    return msg(addr('Kenji Watanabe', 'k-watanabe@kit-kyushu.ac.jp'), HD, 'Correction of credits: Robotics Seminar (RBT3301)',
               D(2026, 8, 20, 11, 2, tz=9), gmail(t))


@mail('gmail-notion-markdown-checkbox-shortname-lecturer', 'course_data', 'mixed',
      {'course_code': 'TRPL-2301', 'course_name': 'Rekayasa Kebutuhan Perangkat Lunak',
       'changes': {'shortname': 'TRPL2301-RKPL-GJ26', 'lecturer': 'Fitri Handayani, S.Kom., M.T.'}},
      'Pasted Notion action items; only the second checkbox concerns P4M (the third the sender does herself).')
def _():
    t = """Hi P4M, aku copy dari Notion hasil rapat prodi kemarin ya, sorry formatnya berantakan:

# Action items \u2013 Rapat Prodi TRPL 12/10
## E-learning
- [x] Upload RPS ke folder bersama
- [ ] **Course TRPL-2301 Rekayasa Kebutuhan Perangkat Lunak** \u2192 minta P4M update:
    - short name: `TRPL2301-RKPL-GJ26`
    - lecturer: *Fitri Handayani, S.Kom., M.T.* (replace Pak Arif)
- [ ] Cek enrol mahasiswa kelas malam (nanti aku cek sendiri)

Yang perlu dari kalian cuma item kedua ya. Thanks a lot!

Dewi
"""
    return msg(addr('Dewi Anggraini', 'dewi.anggraini@polibatam.ac.id'), HD,
               'Perubahan data course \u2013 dari notes rapat prodi', D(2026, 10, 13, 15, 9), gmail(t))


@mail('roundcube-tsv-spreadsheet-class-and-credits', 'course_data', 'id',
      {'course_code': 'TMK-2205', 'course_name': 'Gambar Teknik Manufaktur',
       'changes': {'class': 'MK-2A Pagi & MK-2B Pagi', 'credits': '3 (1 teori + 2 praktik)'}},
      'Two rows of a tab-separated spreadsheet paste for the same course.')
def _():
    t = ("Selamat siang,\n\nBerikut kami tempel dari spreadsheet rekap prodi (kolom: kode, nama MK, field, "
         "tertulis di e-learning, seharusnya):\n\n"
         "kode\tnama MK\tfield\ttertulis di e-learning\tseharusnya\n"
         "TMK-2205\tGambar Teknik Manufaktur\tkelas\tMK-2A\tMK-2A Pagi & MK-2B Pagi\n"
         "TMK-2205\tGambar Teknik Manufaktur\tsks\t2\t3 (1 teori + 2 praktik)\n\n"
         "Mohon diperbarui. Terima kasih.\n\nAdmin Jurusan Teknik Mesin\nGedung Utama lt. 3\n")
    return msg(addr('Admin Teknik Mesin', 'mesin@polibatam.ac.id'), HD, 'rekap perbaikan data e-learning TMK',
               D(2026, 8, 31, 13, 44), text(t, cte='qp'), extra=[('User-Agent', 'Roundcube Webmail/1.5.3')])


@mail('gmail-pdf-paste-hard-line-breaks-summary', 'course_data', 'id',
      {'course_code': 'TRE-1106', 'course_name': 'Keselamatan dan Kesehatan Kerja\n(K3) Industri',
       'changes': {'summary': 'Mata kuliah ini membahas prinsip K3 di lingkungan industri\nelektronika, identifikasi bahaya, dan penggunaan APD.\nMahasiswa menyusun laporan inspeksi K3 di bengkel kampus.'}},
      'Text pasted from a PDF keeps its hard line breaks inside the current name and the summary; both are labelled with the breaks as written.')
def _():
    t = """Yth. P4M, berikut saya salin dari PDF notulen rapat jurusan (maaf baris-barisnya terpotong):

Mata kuliah : Keselamatan dan Kesehatan Kerja
(K3) Industri
Kode : TRE-1106
Perubahan : ringkasan (summary) course diganti
menjadi:
Mata kuliah ini membahas prinsip K3 di lingkungan industri
elektronika, identifikasi bahaya, dan penggunaan APD.
Mahasiswa menyusun laporan inspeksi K3 di bengkel kampus.
Penanggung jawab : Kaprodi

Demikian, terima kasih.
Agus Salim, S.T.
"""
    return msg(addr('Agus Salim', 'agus.salim@polibatam.ac.id'), HD, 'Ringkasan MK K3 (dari notulen)',
               D(2026, 10, 19, 8, 31), gmail(t))


@mail('gmail-emoji-bullets-fullname-shortname-slash', 'course_data', 'id',
      {'course_code': 'AN-2104', 'course_name': 'Bahasa Inggris Bisnis',
       'changes': {'fullname': 'Business English for Port & Logistics', 'shortname': 'BEPL-2104/26'}},
      'Emoji-bulleted label lines.')
def _():
    t = """Pagi min 🙏

Mau request perubahan course ya:

📌 Kode MK: AN-2104
📚 Nama sekarang: Bahasa Inggris Bisnis
✏️ Nama baru: Business English for Port & Logistics
🔤 Short name baru: BEPL-2104/26

Makasih banyak 😊
Siska (Prodi Logistik Perdagangan Internasional)
"""
    return msg(addr('Siska Amelia', 'siska.amelia@polibatam.ac.id'), HD, '📌 request perubahan course AN-2104',
               D(2026, 11, 2, 7, 58), gmail(t, cte='b64'))


@mail('gmail-screenshot-in-words-lecturer-no-value', 'course_data', 'id',
      {'course_code': 'BD302', 'course_name': 'Basis Data Lanjut', 'changes': {}},
      'A lecturer change is asked but the new name is not known yet; the course is read off a screenshot described in words.')
def _():
    t = """Selamat pagi,

Tadinya saya mau lampirkan screenshot, tapi ternyata gagal ke-attach, jadi saya jelaskan saja: di halaman course, pojok kiri atas tertulis "Basis Data Lanjut \u2013 BD302", di bawahnya ada tulisan "Pengajar: Drs. Slamet Riyadi", padahal beliau sudah pensiun bulan Juli.

Mohon nama pengajarnya diganti. Nama dosen penggantinya belum keluar dari jurusan, nanti saya kabari lagi begitu SK-nya terbit.

Terima kasih,
Teguh Wibowo
Koordinator Lab Basis Data
"""
    return msg(addr('Teguh Wibowo', 'teguh.w@polibatam.ac.id'), HD, 'Pengajar di course masih dosen lama',
               D(2026, 8, 25, 9, 3), gmail(t))

# =================================================================== announcement
@mail('gmail-wita-sender-besok-course-quiz', 'announcement', 'id',
      {'course_code': 'FIS1101', 'course_name': 'Fisika Terapan', 'title': 'Kuis 1 Diundur', 'scope': 'course',
       'publish_at': '2026-09-03T07:00:00+07:00'},
      'Sender in Makassar (+08:00): "besok jam 08.00 WITA" is 07:00 WIB the next day; the quiz dates are the event.')
def _():
    t = """Selamat malam tim P4M,

Saya sedang dinas di Makassar, jadi mohon bantu tayangkan pengumuman berikut di course Fisika Terapan (FIS1101) besok jam 08.00 WITA, sebelum kelas pagi mulai.

Judul: Kuis 1 Diundur
Isi: Kuis 1 Fisika Terapan yang semula dijadwalkan Jumat, 4 September 2026 dipindah ke Senin, 7 September 2026 pukul 10.00 WIB, tetap di e-learning. Materi tetap Bab 1 s.d. Bab 3.

Terima kasih,
Andi Mappaturung, M.Si.
"""
    return msg(addr('Andi Mappaturung', 'andi.mappa@polibatam.ac.id'), HD, 'Tolong tayangkan pengumuman Kuis 1',
               D(2026, 9, 2, 19, 40, tz=8), gmail(t))


@mail('zimbra-ambon-wit-guest-lecture-course', 'announcement', 'id',
      {'course_code': 'TPK-2304', 'course_name': 'Konstruksi Kapal II', 'title': 'Kuliah Tamu Daring Konstruksi Kapal II',
       'scope': 'course', 'publish_at': '2026-09-14T08:00:00+07:00'},
      'Ambon sender (+09:00) gives 10 pagi WIT, i.e. 08:00 WIB; the Wednesday 13.00 WIB is the lecture itself.')
def _():
    h = """<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">
<div>Salam basudara di P4M,</div><div><br></div>
<div>Beta Yopi Latuheru, dosen tamu dari Ambon yang pegang kelas daring Konstruksi Kapal II (TPK-2304). Beta minta tolong pasang pengumuman di course itu hari Senin, 14 September jam 10 pagi WIT (waktu Ambon, e).</div><div><br></div>
<div><b>Kuliah Tamu Daring Konstruksi Kapal II</b></div>
<div>Kuliah tamu bersama praktisi galangan kapal Ambon dilaksanakan Rabu, 16 September 2026 pukul 13.00 WIB lewat BigBlueButton di course ini. Mahasiswa wajib hadir dan membaca modul 4 lebih dulu.</div><div><br></div>
<div>Dangke banyak,<br>Yopi Latuheru, S.T., M.T.</div></div></body></html>"""
    return msg(addr('Yopi Latuheru', 'yopi.latuheru@polnam.ac.id'), HD, 'pengumuman kuliah tamu TPK-2304',
               D(2026, 9, 11, 15, 22, tz=9), text(h, 'html', cte='qp'),
               extra=[('X-Mailer', 'Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC128 (Win)/9.0.0_GA_4546)')])


@mail('outlook-html-tayang-mulai-sampai-maintenance-site', 'announcement', 'id',
      {'title': 'Pemeliharaan Server E-Learning', 'scope': 'site', 'publish_at': '2026-10-16T15:00:00+07:00'},
      'A display window with a start and an end (tayang mulai ... sampai ...); the start is labelled; the maintenance times are the event.')
def _():
    body = mso("""Yth. Helpdesk P4M,

Mohon dibuatkan pengumuman di halaman depan e-learning dengan ketentuan berikut:

Judul: Pemeliharaan Server E-Learning
Tayang: mulai Jumat, 16 Oktober 2026 pukul 15.00 WIB sampai Minggu, 18 Oktober 2026 pukul 23.59 WIB
Isi: Sehubungan dengan pemeliharaan server, e-learning tidak dapat diakses pada Sabtu, 17 Oktober 2026 pukul 22.00 WIB hingga Minggu, 18 Oktober 2026 pukul 04.00 WIB. Mohon tidak menjadwalkan kuis atau batas tugas pada rentang waktu tersebut.

Terima kasih.

Salam,
Rudi Hartono
UPT Teknologi Informasi""")
    return msg(addr('Rudi Hartono', 'rudi.hartono@polibatam.ac.id'), HD, 'Pengumuman pemeliharaan server',
               D(2026, 10, 13, 10, 2), text(word_html(body), 'html'), extra=[('X-Mailer', 'Microsoft Outlook 16.0')])


@mail('zimbra-recurring-setiap-senin-practicum-reminder', 'announcement', 'id',
      {'course_code': 'ELD1107', 'course_name': 'Praktikum Elektronika Dasar',
       'title': 'Pengingat Laporan Praktikum Mingguan', 'scope': 'course', 'publish_at': '2026-10-05T06:30:00+07:00'},
      'Recurring announcement every Monday from 5 October; the first occurrence is labelled as the publish time.')
def _():
    h = """<html><body><div style="font-family: times new roman, new york, times, serif; font-size: 12pt">
<p>Selamat siang,</p>
<p>Untuk course Praktikum Elektronika Dasar (ELD1107), mohon dipasang pengumuman yang tayang <b>setiap Senin pukul 06.30 WIB</b>, mulai Senin, 5 Oktober 2026 sampai minggu terakhir perkuliahan.</p>
<p>Judul: Pengingat Laporan Praktikum Mingguan<br>
Isi: Laporan praktikum minggu lalu dikumpulkan paling lambat Rabu pukul 23.59 WIB melalui tugas di e-learning. Laporan yang terlambat tidak dinilai.</p>
<p>Kalau satu pengumuman tidak bisa diulang otomatis, cukup dipasang sekali saja pada Senin pertama.</p>
<p>Terima kasih,<br>Wahyu Nugroho<br>Koordinator Lab Elektronika</p>
</div></body></html>"""
    return msg(addr('Wahyu Nugroho', 'wahyu.n@polibatam.ac.id'), HD, 'Pengumuman rutin laporan praktikum',
               D(2026, 10, 1, 13, 15), text(h, 'html', cte='qp'),
               extra=[('X-Mailer', 'Zimbra 9.0.0_GA_4546 (ZimbraWebClient - FF128 (Linux)/9.0.0_GA_4546)')])


@mail('gmail-title-only-in-odt-attachment', 'announcement', 'id',
      {'title': 'Pembukaan Pendaftaran Asisten Laboratorium Semester Genap 2026/2027', 'scope': 'site',
       'publish_at': '2026-10-22T09:00:00+07:00'},
      'The title and text are only in the attached ODT; the publish time is in the body, the registration deadline in the ODT.')
def _():
    t = """Selamat sore,

Pengumuman terlampir (file .odt), judul dan isinya silakan diambil dari situ saja ya. Mohon tayang di halaman depan e-learning hari Kamis, 22 Oktober jam 09.00.

Terima kasih,
Rahmat Hidayat
Koordinator Laboratorium Terpadu
"""
    doc = odt(['JUDUL: Pembukaan Pendaftaran Asisten Laboratorium Semester Genap 2026/2027',
               'Laboratorium Terpadu membuka pendaftaran asisten laboratorium untuk semester genap.',
               'Syarat: IPK minimal 3,00 dan sudah lulus mata kuliah praktikum yang dilamar.',
               'Pendaftaran ditutup Jumat, 6 November 2026 pukul 16.00 WIB melalui formulir di e-learning.'])
    return msg(addr('Rahmat Hidayat', 'rahmat.hidayat@polibatam.ac.id'), HD, 'Pengumuman (lampiran)',
               D(2026, 10, 19, 16, 40),
               multi('mixed', [gmail(t), attach(ODT, 'pengumuman_asisten_lab.odt', doc)], 'x'))


@mail('outlook-bilingual-international-orientation-site', 'announcement', 'mixed',
      {'title': 'International Student Orientation Day / Hari Orientasi Mahasiswa Internasional', 'scope': 'site',
       'publish_at': '2026-08-24T10:00:00+07:00'},
      'Bilingual request and text; the title line carries both languages and is labelled whole.')
def _():
    body = mso("""Dear P4M Helpdesk / Yth. Helpdesk P4M,

Please publish the following announcement on the e-learning front page on Monday, 24 August 2026 at 10:00 WIB.
Mohon pengumuman berikut ditayangkan di halaman depan e-learning pada Senin, 24 Agustus 2026 pukul 10.00 WIB.

Title / Judul: International Student Orientation Day / Hari Orientasi Mahasiswa Internasional

EN: All incoming international and exchange students are invited to the orientation day on Friday, 28 August 2026, 08:30-15:00 WIB, Auditorium Tower A.
ID: Seluruh mahasiswa internasional dan mahasiswa pertukaran diundang ke hari orientasi pada Jumat, 28 Agustus 2026 pukul 08.30-15.00 WIB di Auditorium Gedung Tower A.

Thank you / Terima kasih,
Maria Fransiska
International Office / Kantor Urusan Internasional""")
    return msg(addr('International Office', 'io@polibatam.ac.id'), HD,
               'Announcement request / Permohonan pengumuman: International Student Orientation',
               D(2026, 8, 20, 14, 30), multi('alternative', [text(body.replace('<p class="MsoNormal">', '').replace('<o:p></o:p></p>', '').replace('&nbsp;', '')), text(word_html(body), 'html')], 'o'),
               extra=[('X-Mailer', 'Microsoft Outlook 16.0')])


@mail('gmail-one-class-koreksi-jam-practicum', 'announcement', 'id',
      {'course_code': 'IF1103', 'course_name': 'Algoritma dan Pemrograman',
       'title': 'Pergantian Jadwal Praktikum Kelas TI-1C', 'scope': 'course', 'publish_at': '2026-09-23T14:00:00+07:00'},
      'For one class of the course only; the publish hour 13.00 is corrected to 14.00 in the same mail.')
def _():
    t = """Siang P4M,

Mohon dipasang pengumuman di course Algoritma dan Pemrograman (IF1103), tapi hanya untuk kelas TI-1C (kalau bisa pakai grup, kelas lain jangan lihat).

Tayang: Rabu, 23 September jam 13.00. Koreksi: jam 14.00 saja, jam 13 saya masih mengajar dan mau umumkan langsung di kelas dulu.

Judul: Pergantian Jadwal Praktikum Kelas TI-1C
Isi: Praktikum pertemuan 5 untuk kelas TI-1C dipindah dari Kamis, 24 September ke Sabtu, 26 September 2026 pukul 08.00 WIB di Lab Software 2.

Makasih,
Ilham Fadillah
"""
    return msg(addr('Ilham Fadillah', 'ilham.fadillah@polibatam.ac.id'), HD, 'pengumuman khusus kelas TI-1C',
               D(2026, 9, 21, 11, 7), gmail(t))


@mail('samsung-sundanese-bem-sematkan-asap-site', 'announcement', 'id',
      {'title': 'Donor Darah Bersama PMI Kota Batam', 'scope': 'site'},
      'Asks to pin ("sematkan") as soon as possible, no clock time; the Thursday morning is the event.')
def _():
    t = """Punten kakak-kakak P4M,

Kami dari BEM Polibatam bade nyuhunkeun bantosan, tolong sematkan pengumuman ini di halaman depan e-learning secepatnya nya, biar kabaca ku sadayana mahasiswa.

Judul: Donor Darah Bersama PMI Kota Batam
Kegiatan donor darah akan dilaksanakan Kamis, 5 November 2026 pukul 08.00-12.00 WIB di Lobi Gedung Utama. Syarat: sehat, berat badan minimal 45 kg, sudah sarapan.

Hatur nuhun kakak 🙏
Rizal Firmansyah
Menteri Sosial BEM Polibatam

Dikirim dari Samsung Galaxy saya
"""
    return msg(addr('Rizal Firmansyah', 'rizal.firmansyah@students.polibatam.ac.id'), HD,
               'mohon disematkan: donor darah', D(2026, 10, 31, 9, 50),
               multi('alternative', [text(t, cte='b64'), text(html_lines(t, '<div dir="auto">%s</div>', '%s<br>'), 'html', cte='b64')], 's'))


@mail('outlook-au-brisbane-pin-local-time', 'announcement', 'en',
      {'course_code': 'RE-402', 'course_name': 'Renewable Energy Integration',
       'title': 'Guest webinar: Grid-scale batteries in Queensland', 'scope': 'course',
       'publish_at': '2026-11-09T06:00:00+07:00'},
      'Brisbane sender (+10:00, no daylight saving) asks to pin it Monday 9 am Brisbane time, i.e. 06:00 WIB; Thursday 3 pm AEST is the webinar.')
def _():
    plain = """Hi there,

Could you please pin the announcement below in Renewable Energy Integration (RE-402)? Ideally it goes up Monday at 9:00 am Brisbane time so our students see it when they log on.

Title: Guest webinar: Grid-scale batteries in Queensland

Text: Join engineers from a Queensland grid operator for a one-hour webinar on Thursday 12 November at 3:00 pm AEST (12:00 pm WIB). The link will be posted in the course. Attendance counts toward participation marks.

Thanks heaps,
Chloe Nguyen
Lecturer, School of Engineering, Brisbane Polytechnic Institute
"""
    h = word_html(mso(plain))
    return msg(addr('Chloe Nguyen', 'c.nguyen@bpi.edu.au'), HD, 'Pin announcement in RE-402 please',
               D(2026, 11, 5, 16, 12, tz=10), multi('alternative', [text(plain), text(h, 'html')], 'o'),
               extra=[('X-Mailer', 'Microsoft Outlook 16.0')])


@mail('gmail-japanese-jst-publish-course-report', 'announcement', 'en',
      {'course_code': 'RBT3301', 'course_name': 'Robotics Seminar', 'title': 'Submission of Joint Final Report',
       'scope': 'course', 'publish_at': '2026-11-17T13:00:00+07:00'},
      '15:00 JST is 13:00 WIB; 4 December is the submission deadline.')
def _():
    t = """Dear P4M Helpdesk,

Thank you very much for your help with the credits last time.

This time, we would like to ask you to post the following announcement in the course "Robotics Seminar" (RBT3301).
Posting date and time: 17 November 2026, 15:00 JST

Title: Submission of Joint Final Report
Body: Each joint team submits one final report (PDF, max. 20 pages) by 4 December 2026, 17:00 WIB. Please write the names of all members from both universities on the cover page.

Best regards,
Kenji Watanabe
International Exchange Office, Kitakyushu Institute of Technology
"""
    return msg(addr('Kenji Watanabe', 'k-watanabe@kit-kyushu.ac.jp'), HD, 'Request to post an announcement (RBT3301)',
               D(2026, 11, 12, 10, 45, tz=9), gmail(t))


@mail('gmail-notion-markdown-announcement-lab-recruitment', 'announcement', 'mixed',
      {'title': 'Open Recruitment Asisten Lab Jaringan', 'scope': 'site', 'publish_at': '2026-10-09T13:00:00+07:00'},
      'Markdown draft pasted from Notion; the deadline 16 October is not the publish time.')
def _():
    t = """Hai tim P4M,

Ini draft pengumuman dari Notion, tolong dipublish di front page e-learning ya:

## Judul: Open Recruitment Asisten Lab Jaringan
- [ ] tayang: **Jumat 9 Okt 2026, 13:00 WIB**
- [ ] target: semua mahasiswa (site-wide)

**Isi:**
> Lab Jaringan is looking for 4 new assistants for the even semester. Syarat: sudah lulus Jaringan Komputer I dengan nilai minimal B.
> Deadline daftar: 16 Oktober 2026, 23:59 WIB via form di e-learning.

Thanks!
Galih Pratama
PLP Lab Jaringan
"""
    return msg(addr('Galih Pratama', 'galih.pratama@polibatam.ac.id'), HD, '[Draft] Open Recruitment Asisten Lab Jaringan',
               D(2026, 10, 6, 10, 33), gmail(t))


@mail('gmail-emoji-bullets-date-only-video-project', 'announcement', 'id',
      {'course_code': 'MKU1003', 'course_name': 'Bahasa Indonesia', 'title': 'UAS Berbasis Proyek Video', 'scope': 'course'},
      'Publish date only (no clock time), so no publish_at; 18 December is the upload deadline.')
def _():
    t = """Halo tim P4M 😊

Minta tolong pasang pengumuman di course Bahasa Indonesia (MKU1003) ya:

📢 Judul: UAS Berbasis Proyek Video
🗓️ Tayang: Senin, 7 Desember 2026
📝 Isi: UAS Bahasa Indonesia semester ini berupa video presentasi 5 menit. Unggah tautan video paling lambat 18 Desember 2026 pukul 23.59 WIB.
👥 Untuk: semua kelas

Terima kasih 🙏
Ratna Dewi, M.Pd.
"""
    return msg(addr('Ratna Dewi', 'ratna.dewi@polibatam.ac.id'), HD, 'Pengumuman UAS Bahasa Indonesia 📢',
               D(2026, 11, 27, 15, 18), gmail(t, cte='b64'))


@mail('applemail-medan-besok-pagi-makeup-class', 'announcement', 'id',
      {'course_code': 'BIS-3105', 'course_name': 'Pemasaran Digital', 'title': 'Kelas Pengganti Hari Sabtu',
       'scope': 'course', 'publish_at': '2026-10-21T07:00:00+07:00'},
      'Besok pagi jam 7 counted from a Tuesday-night Date header; Saturday 09.00 is the class itself.')
def _():
    t = """Halo admin,

Saya lagi yang dari Pemasaran Digital (BIS-3105). Tolong la pasang pengumuman di course saya, tayang besok pagi jam 7 ya, jangan malam ini, nanti anak-anak sudah tidur semua.

Judul: Kelas Pengganti Hari Sabtu
Isi: Kuliah Rabu 21 Oktober diganti ke Sabtu, 24 Oktober 2026 jam 09.00 di ruang 305. Bawa laptop, kita praktek bikin iklan.

Thanks kali,
Hendra Gunawan
"""
    return msg(addr('Hendra Gunawan', 'hendra.gunawan@polibatam.ac.id'), HD, 'Pengumuman kelas pengganti',
               D(2026, 10, 20, 21, 15), text(t, cte='qp'), extra=[('X-Mailer', 'Apple Mail (2.3774.500.171.1.1)')])


@mail('gmail-pesantren-maulid-site-badaa-subuh', 'announcement', 'id',
      {'title': 'Peringatan Maulid Nabi Muhammad SAW 1448 H', 'scope': 'site', 'publish_at': '2026-08-22T05:00:00+07:00'},
      '"ba\'da Subuh, pukul 05.00 WIB" is the publish time; Tuesday 25 August is the event.')
def _():
    t = """Assalamualaikum warahmatullahi wabarakatuh,

Bapak/Ibu pengelola e-learning yang dirahmati Allah,

Mohon kiranya pengumuman berikut dapat ditayangkan di halaman depan e-learning pada hari Sabtu, 22 Agustus 2026 ba'da Subuh, pukul 05.00 WIB.

Judul: Peringatan Maulid Nabi Muhammad SAW 1448 H
Isi: Seluruh sivitas akademika diundang menghadiri peringatan Maulid Nabi Muhammad SAW pada Selasa, 25 Agustus 2026 pukul 09.00 WIB di Masjid Baitul Ilmi Polibatam, bersama tausiyah oleh Ustadz Dr. H. Ahmad Fauzi Lubis, Lc., M.A.

Barakallahu fiikum, jazakumullahu khairan katsiran.

Wassalamualaikum warahmatullahi wabarakatuh
Ustadzah Nurul Hidayah
Koordinator MKU Agama / Pembina Rohis
"""
    return msg(addr('Nurul Hidayah', 'nurul.hidayah@polibatam.ac.id'), HD, 'Mohon ditayangkan: Peringatan Maulid Nabi',
               D(2026, 8, 20, 10, 6), gmail(t))


@mail('outlook-indian-ist-tomorrow-guest-lecture', 'announcement', 'en',
      {'course_code': 'BDA-5203', 'course_name': 'Big Data Analytics', 'title': 'Guest Lecture by Infosys Data Team',
       'scope': 'course', 'publish_at': '2026-10-27T13:00:00+07:00'},
      'Tomorrow 11:30 AM IST from a +05:30 Date header is 13:00 WIB on 27 October; 30 October is the lecture.')
def _():
    plain = """Dear Team,

Hope you are doing well. Kindly publish the below announcement in the course BDA-5203 "Big Data Analytics" tomorrow at 11:30 AM IST.

Title: Guest Lecture by Infosys Data Team
Content: A guest lecture on data pipelines in production will be held on 30th October 2026 at 2:00 PM WIB through BigBlueButton. All students are requested to attend.

PFA nothing, the text is above only :)

Thanks and regards,
Dr. Priya Ramaswamy
"""
    h = word_html(mso(plain))
    return msg(addr('Dr. Priya Ramaswamy', 'priya.r@dit-pune.ac.in'), HD, 'Announcement for BDA-5203 students',
               D(2026, 10, 26, 17, 5, tz=5.5), multi('alternative', [text(plain), text(h, 'html')], 'o'),
               extra=[('X-Mailer', 'Microsoft Outlook 16.0')])


@mail('gmail-dutch-cest-tomorrow-your-time-double-degree', 'announcement', 'en',
      {'title': 'Call for Applications: Double Degree Semester in Zwolle 2027', 'scope': 'site',
       'publish_at': '2026-09-17T08:00:00+07:00'},
      'Written in the afternoon in CEST (+02:00, still 16 September in WIB); "tomorrow at 08:00 your time" is 17 September 08:00 WIB; 15 October is the deadline.')
def _():
    t = """Dear colleagues,

Could you put the following on the e-learning front page for all students? Tomorrow at 08:00 your time (WIB) would be perfect.

Title: Call for Applications: Double Degree Semester in Zwolle 2027

Students of Electrical Engineering and Informatics can apply for a double degree semester (February-June 2027) at Hogeschool IJsselland. Requirements: GPA 3.25, IELTS 6.0. Deadline: 15 October 2026. Info session on 1 October at 15:00 WIB.

Met vriendelijke groet,
dr. ir. Maarten de Vries
"""
    return msg(addr('Maarten de Vries', 'm.devries@hs-ijsselland.nl'), HD, 'Announcement: double degree call',
               D(2026, 9, 16, 17, 30, tz=2), gmail(t))

# =================================================================== elearning_support
@mail('gmail-betawi-bigbluebutton-mic-students', 'elearning_support', 'id', {}, '')
def _():
    t = """Bang admin,

Aye Rohimah lagi, dosen Manajemen Bisnis. Tadi pagi aye ngajar pake BigBlueButton di course Pengantar Bisnis Digital, eh mahasiswa kagak bisa nyalain mic, cuma bisa dengerin doang. Tombol mic-nya abu-abu gitu. Minggu lalu mah bisa-bisa aja.

Aye udah coba bikin room baru, sama aja. Gimana nih bang, Kamis depan aye ada presentasi kelompok.

Makasih ye,
Rohimah
"""
    return msg(addr('Rohimah Hasanah', 'rohimah@polibatam.ac.id'), HD, 'BBB mahasiswa kagak bisa ngomong',
               D(2026, 9, 29, 12, 40), gmail(t))


@mail('iphone-manado-gradebook-formula-error', 'elearning_support', 'id', {}, '')
def _():
    t = """Selamat siang P4M,

Kita ada bikin rumus nilai akhir di gradebook Jaringan Komputer II, rumusnya:
=[[UTS]]*0.3+[[UAS]]*0.4+[[Tugas]]*0.3

Mar akang muncul "Error" di kolom nilai akhir, padahal ID nilai UTS, UAS deng Tugas so kita isi samua. Kita pe mahasiswa so tanya-tanya terus. Ngoni bisa bantu cek kiapa?

Makase,
Frangky Rumengan

Dikirim dari iPhone saya
"""
    return msg(addr('Frangky Rumengan', 'frangky@polibatam.ac.id'), HD, 'rumus gradebook error',
               D(2026, 10, 23, 13, 2), text(t, cte='qp'), extra=[('X-Mailer', 'iPhone Mail (21G93)')])


@mail('gmail-android-student-moodle-app-offline-sync', 'elearning_support', 'mixed', {}, '')
def _():
    t = """Halo kak P4M,

Aku mahasiswa Akuntansi Manajerial semester 3. Kemarin aku ngerjain kuis Perpajakan I lewat Moodle app pas di ferry ke Tanjung Pinang (offline mode). Sekarang udah online tapi di app tulisannya "This attempt has not been synced" terus, udah aku tap sync berkali-kali. Deadline-nya nanti malem jam 23.59 😭

Jawabannya bakal ilang nggak ya kak? Please help 🙏

Thanks,
Aulia Rahmah
4312401017

Sent from Gmail for Android
"""
    return msg(addr('Aulia Rahmah', 'aulia.rahmah@students.polibatam.ac.id'), HD,
               'moodle app not synced (kuis Perpajakan)', D(2026, 9, 24, 15, 35), gmail(t))


@mail('gmail-dutch-scorm-completion-not-recorded', 'elearning_support', 'en', {}, '')
def _():
    t = """Dear colleagues,

I uploaded a SCORM 1.2 package (our safety induction module, 14 MB) to Sustainable Energy Systems. Students can open it and go through all slides, but Moodle keeps the activity on "Not attempted" and no score reaches the gradebook. On our own Moodle at the Hogeschool the same package records completion fine.

Is there a setting on your side, perhaps the SCORM "Student skip content structure page" or the grading method, that I should change? Or could one of you look at it?

Met vriendelijke groet,
dr. ir. Maarten de Vries
"""
    return msg(addr('Maarten de Vries', 'm.devries@hs-ijsselland.nl'), HD, 'SCORM package does not record completion',
               D(2026, 10, 8, 14, 55, tz=2), gmail(t))


@mail('gmail-japanese-quiz-closes-one-hour-early', 'elearning_support', 'en', {}, '')
def _():
    t = """Dear P4M Helpdesk,

We are sorry to trouble you again.

In the course "Robotics Seminar" (RBT3301), the weekly quiz is set to close at 18:00. However, our students in Kitakyushu report that it closed at 17:00 WIB, one hour earlier than the time displayed to them. Some students could not submit.

Could you please check whether the time zone of the quiz or of our student accounts is set correctly? If possible, we would also like to ask you to reopen the quiz for the affected students.

Best regards,
Kenji Watanabe
"""
    return msg(addr('Kenji Watanabe', 'k-watanabe@kit-kyushu.ac.jp'), HD, 'Quiz closed one hour early',
               D(2026, 10, 15, 9, 10, tz=9), gmail(t))


@mail('yahoo-palembang-upload-limit-video', 'elearning_support', 'id', {}, '')
def _():
    t = """Selamat pagi admin P4M,

Aku Ismail, dosen Teknik Sipil. Aku nak unggah video praktikum ukur tanah ke course Ilmu Ukur Tanah, ukurannyo 250 MB, tapi dak biso, keluar tulisan "The file is too large. Maximum size is 100 MB".

Cak mano caronyo? Apo batasnyo biso dinaikke, atau aku mesti potong videonyo? Kalau dipotong-potong nian, mahasiswa nak nonton jadi ribet.

Makasih yo,
Ismail Hasan, S.T., M.Eng.
"""
    return msg(addr('Ismail Hasan', 'ismail_hasan77@yahoo.com'), HD, 'Video dak biso diunggah',
               D(2026, 8, 28, 7, 45), text(t, cs='iso-8859-1', cte='qp'),
               extra=[('X-Mailer', 'WebService/1.1.22645 YMailNorrin')])


@mail('applemail-medan-restore-last-year-course', 'elearning_support', 'id', {}, '')
def _():
    t = """Halo admin,

Saya Hendra dari Bisnis Digital. Course Pemasaran Digital tahun ini masih kosong melompong. Tahun lalu isinya lengkap kali, ada kuis, video, forum. Bisa tolong dipulihkan (restore) isi course 2025/2026 ke course yang baru? Saya sudah coba pakai menu Import tapi course lamanya tak muncul di daftar, mungkin karena sudah diarsip.

Kalau bisa sebelum minggu depan la ya, kuliah sudah jalan.

Thanks,
Hendra Gunawan
"""
    return msg(addr('Hendra Gunawan', 'hendra.gunawan@polibatam.ac.id'), HD, 'Restore course tahun lalu',
               D(2026, 8, 12, 20, 21), text(t, cte='7bit'), extra=[('X-Mailer', 'Apple Mail (2.3774.500.171.1.1)')])


@mail('outlook-au-two-factor-new-phone', 'elearning_support', 'en', {}, '')
def _():
    plain = """Hi team,

Bit of a pickle: I got a new phone over the weekend and the authenticator app didn't carry over, so I can't get past the two-factor step when logging in to your e-learning. It asks for the six-digit code and I've got nothing to give it.

Could you reset the 2FA on my account (liam.oconnor, the partner account) so I can set it up again on the new phone? Happy to jump on a call if you need to verify it's me.

Cheers,
Liam O'Connor
Program Coordinator | TAFE SA - Polibatam partnership
"""
    h = word_html(mso(plain))
    return msg('"Liam O\'Connor" <liam.oconnor@tafesa.edu.au>', HD, 'Locked out - two-factor login',
               D(2026, 10, 27, 8, 5, tz=10.5), multi('alternative', [text(plain), text(h, 'html')], 'o'),
               extra=[('X-Mailer', 'Microsoft Outlook 16.0')])


@mail('gmail-papuan-student-key-rejected', 'elearning_support', 'id', {}, '')
def _():
    t = """Selamat malam bapa ibu P4M,

Sa Yosina, mahasiswa Teknik Mesin semester 1. Sa mau masuk course Gambar Teknik Manufaktur tapi kunci pendaftaran yang dosen kasih di kelas tra bisa, keluar tulisan "Incorrect enrolment key". Sa su coba ketik huruf besar kecil, tetap tra bisa. Teman-teman lain juga sama.

Tolong bantu kami e, minggu depan su ada tugas pertama.

Terima kasih bapa ibu
Yosina Rumbiak
NIM 3312601044
"""
    return msg(addr('Yosina Rumbiak', 'yosina.rumbiak@students.polibatam.ac.id'), HD, 'tra bisa masuk course',
               D(2026, 9, 4, 19, 55), gmail(t))


@mail('samsung-ambon-course-not-visible', 'elearning_support', 'id', {}, '')
def _():
    t = """Salam pagi P4M,

Beta Nona Pattiasina, mahasiswa pindahan dari Ambon, masuk Teknik Elektronika semester 3. Di SIAKAD beta su terdaftar di mata kuliah Sistem Tertanam, mar di e-learning seng ada course itu di beta pung dashboard. Teman-teman lain su bisa lia materi dari minggu lalu.

Beta musti bikin apa? Dangke banyak e.

Nona Pattiasina

Dikirim dari Samsung Galaxy saya
"""
    return msg(addr('Nona Pattiasina', 'nona.pattiasina@students.polibatam.ac.id'), HD, 'course seng muncul',
               D(2026, 9, 10, 6, 30),
               multi('alternative', [text(t, cte='b64'), text(html_lines(t, '<div dir="auto">%s</div>', '%s<br>'), 'html', cte='b64')], 's'))


@mail('thunderbird-flowed-forum-notifications-not-sent', 'elearning_support', 'mixed', {}, '')
def _():
    t = flow("""Dear P4M team / Halo tim P4M,

Sejak minggu lalu, forum notifications dari course Metode Numerik tidak sampai ke email mahasiswa. I post announcements in the News forum as usual, the posts appear on the course page, tapi tidak ada mahasiswa yang dapat email. Dulu waktu saya masih di Leeds, di Moodle kampus sana biasanya ini masalah cron, mungkin di sini juga?

Could you please check? Terima kasih banyak.

Best,
Dr. Arief Wicaksono
Teknik Informatika
""")
    return msg(addr('Arief Wicaksono', 'arief.w@polibatam.ac.id'), HD, 'Forum notifications tidak terkirim',
               D(2026, 11, 10, 10, 14), text(t, cte='8bit', flowed=True),
               extra=[('User-Agent', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:128.0) Gecko/20100101 Thunderbird/128.4.0')])


@mail('gmail-emoji-bullets-h5p-progress-lost', 'elearning_support', 'mixed', {}, '')
def _():
    t = """Hi kak P4M 👋

Mau lapor issue di course Business English for Port & Logistics:

🔴 Problem: H5P interactive video progress nggak ke-save
📍 Where: Topic 3 - "Reading a Bill of Lading"
👀 What happens: mahasiswa udah nonton sampai habis dan jawab semua pertanyaan, tapi di gradebook nilainya kosong
🧪 Tried: ganti browser (Chrome, Firefox), tetap sama
⏰ Since: Senin kemarin

Thank you kak! 🙏
Siska Amelia
"""
    return msg(addr('Siska Amelia', 'siska.amelia@polibatam.ac.id'), HD, '🔴 H5P progress nggak kesimpan',
               D(2026, 11, 18, 9, 27), gmail(t, cte='b64'))

# =================================================================== document_request
@mail('outlook-html-ami-audit-instrument-request', 'document_request', 'id', {}, '')
def _():
    body = mso("""Yth. Kepala P4M
c.q. Tim Helpdesk

Dengan hormat,

Sehubungan dengan pelaksanaan Audit Mutu Internal (AMI) siklus 2026 yang dijadwalkan pada bulan November, kami selaku tim auditor Jurusan Teknik Elektro memohon dapat dikirimkan dokumen berikut:

1. Instrumen AMI (daftar tilik/checklist) untuk program studi D3 dan D4 versi terbaru;
2. Format laporan temuan audit (PTK/PTPP);
3. Jadwal dan pembagian auditor, bila sudah ditetapkan.

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Hormat kami,
Dr. Sri Mulyani, S.T., M.T.
Ketua Tim Auditor Internal Jurusan Teknik Elektro""")
    letter = pdf(['JURUSAN TEKNIK ELEKTRO - POLITEKNIK NEGERI BATAM',
                  'Nomor   : 118/TE/AMI/X/2026',
                  'Lampiran: -',
                  'Perihal : Permohonan Instrumen Audit Mutu Internal',
                  '',
                  'Yth. Kepala P4M Politeknik Negeri Batam',
                  '',
                  'Dengan hormat, sehubungan dengan pelaksanaan Audit Mutu Internal (AMI)',
                  'siklus 2026, kami memohon dapat dikirimkan instrumen AMI program studi',
                  'D3 dan D4 versi terbaru beserta format laporan temuan audit (PTK/PTPP).',
                  '',
                  'Batam, 12 Oktober 2026',
                  'Ketua Tim Auditor Internal,',
                  'Dr. Sri Mulyani, S.T., M.T.'])
    body = body.replace('Hormat kami,', '(surat resmi terlampir)<o:p></o:p></p>\n<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n<p class="MsoNormal">Hormat kami,')
    return msg(addr('Sri Mulyani', 'sri.mulyani@polibatam.ac.id'), HD, 'Permohonan Instrumen AMI Siklus 2026',
               D(2026, 10, 12, 9, 0),
               multi('mixed', [text(word_html(body), 'html', cte='b64'),
                               attach('application/pdf', 'Surat_Permohonan_Instrumen_AMI_2026.pdf', letter)], 'x'),
               extra=[('X-Mailer', 'Microsoft Outlook 16.0')])


@mail('gmail-led-template-lam-mixed', 'document_request', 'mixed', {}, '')
def _():
    t = """Hi P4M,

Prodi kami (TRPL) lagi siap-siap reakreditasi tahun depan. Boleh minta template LED (Laporan Evaluasi Diri) yang paling baru? The one with the new assessment matrix, bukan yang versi 2023 yang masih pakai 9 kriteria. Kalau ada contoh LED prodi lain yang sudah Unggul, that would help a lot too.

Format Word aja ya, biar bisa langsung kami edit.

Thanks a lot,
Dewi Anggraini
Gugus Kendali Mutu Prodi TRPL
"""
    return msg(addr('Dewi Anggraini', 'dewi.anggraini@polibatam.ac.id'), HD, 'Minta template LED terbaru',
               D(2026, 11, 4, 13, 50), gmail(t))


@mail('roundcube-sundanese-sop-validasi-soal', 'document_request', 'id', {}, '')
def _():
    t = """Punten,

Abdi Dadan, dosen LB Teknik Mesin. Kaprodi nitah sadaya dosen nyiapkeun soal UAS nu kudu divalidasi heula. Abdi teu acan gaduh SOP validasi soal ujian sareng formulir validasina. Tiasa dikintunkeun ka email abdi?

Hatur nuhun,
Dadan Ramdhani
"""
    return msg(addr('Dadan Ramdhani', 'dadan.r@polibatam.ac.id'), HD, 'nyuhunkeun SOP validasi soal ujian',
               D(2026, 11, 16, 20, 15), text(t, cte='8bit'), extra=[('User-Agent', 'Roundcube Webmail/1.6.6')])


@mail('zimbra-ambon-academic-calendar-document', 'document_request', 'id', {},
      'Asks for the official academic calendar as a document; the sender allows that another office may hold it.')
def _():
    h = """<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">
<div>Salam basudara,</div><div><br></div>
<div>Beta Yopi lai, dosen tamu Konstruksi Kapal II. Beta perlu dokumen kalender akademik Polibatam 2026/2027 yang resmi (PDF yang ada nomor SK-nya), karena kampus di Ambon minta itu sebagai lampiran surat tugas mengajar daring beta.</div><div><br></div>
<div>Kalau P4M seng pegang dokumen itu, tolong kasi tau beta musti minta ke mana.</div><div><br></div>
<div>Dangke,<br>Yopi Latuheru</div></div></body></html>"""
    return msg(addr('Yopi Latuheru', 'yopi.latuheru@polnam.ac.id'), HD, 'minta dokumen kalender akademik',
               D(2026, 8, 17, 10, 12, tz=9), text(h, 'html', cte='qp'),
               extra=[('X-Mailer', 'Zimbra 9.0.0_GA_4546 (ZimbraWebClient - GC128 (Win)/9.0.0_GA_4546)')])


@mail('gmail-japanese-english-rps-template', 'document_request', 'en', {}, '')
def _():
    t = """Dear P4M Helpdesk,

For the accreditation of our joint programme, we have been asked to prepare the syllabus of "Robotics Seminar" in your format.

Would you kindly send us the RPS (semester learning plan) template in English, and, if available, a filled example? A Word file would be very helpful.

Thank you in advance for your kind support.

Best regards,
Kenji Watanabe
International Exchange Office, Kitakyushu Institute of Technology
"""
    return msg(addr('Kenji Watanabe', 'k-watanabe@kit-kyushu.ac.jp'), HD, 'Request for RPS template (English version)',
               D(2026, 9, 30, 16, 20, tz=9), gmail(t))


@mail('iphone-new-lecturer-bap-form-mixed', 'document_request', 'mixed', {}, '')
def _():
    t = """Kak admin, sorry ganggu lagi 🙈

Minggu depan aku mulai ngajar tatap muka, dan kata senior aku harus isi BAP (berita acara perkuliahan) tiap pertemuan. Where can I get the form? Boleh minta file-nya kak, sama kalau ada panduan cara isinya?

Thank you so much 🙏
Nadia

Sent from my iPhone
"""
    return msg(addr('Nadia Putri Maharani', 'nadia.pm@polibatam.ac.id'), HD, 'form BAP perkuliahan',
               D(2026, 8, 7, 21, 40), text(t, cte='b64'), extra=[('X-Mailer', 'iPhone Mail (22A3354)')])


@mail('outlook-indian-spmi-quality-manual-english', 'document_request', 'en', {}, '')
def _():
    plain = """Dear Sir/Madam,

Greetings from Pune!

For the upcoming NBA-style joint quality review, kindly share the following documents of Politeknik Negeri Batam in English, if available:

a) Internal Quality Assurance (SPMI) policy and manual
b) SOP for course evaluation by students
c) Standard format of the course portfolio

Kindly revert at the earliest. Soft copies will do.

Thanks and regards,
Dr. Priya Ramaswamy
Associate Professor, Dept. of Computer Engineering
Deccan Institute of Technology, Pune
"""
    h = word_html(mso(plain))
    return msg(addr('Dr. Priya Ramaswamy', 'priya.r@dit-pune.ac.in'), HD, 'Request for quality documents in English',
               D(2026, 11, 19, 11, 35, tz=5.5), multi('alternative', [text(plain), text(h, 'html')], 'o'),
               extra=[('X-Mailer', 'Microsoft Outlook 16.0')])


# =================================================================== other
@mail('gmail-journalist-asks-comment-ai-assignments', 'other', 'id', {},
      'A journalist asks for an interview/comment on students using AI; no helpdesk action.')
def _():
    t = """Selamat siang Bapak/Ibu P4M Polibatam,

Perkenalkan, saya Fadli Rahman, wartawan Kabar Kepri. Kami sedang menyiapkan liputan tentang maraknya penggunaan kecerdasan buatan (AI) oleh mahasiswa dalam mengerjakan tugas kuliah daring di Batam.

Kami ingin meminta tanggapan dari P4M selaku unit penjaminan mutu pembelajaran: apakah Polibatam sudah punya pedoman penggunaan AI, dan bagaimana pengawasannya di e-learning? Wawancara bisa lewat telepon atau tatap muka, sekitar 20 menit, minggu ini atau minggu depan.

Terima kasih atas perhatiannya.

Fadli Rahman
Jurnalis Kabar Kepri
0812-7000-4412
"""
    return msg(addr('Fadli Rahman', 'fadli.rahman@kabarkepri.co.id'), HD, 'Permohonan wawancara: penggunaan AI oleh mahasiswa',
               D(2026, 10, 7, 12, 25), gmail(t))


@mail('gmail-student-internship-at-p4m', 'other', 'id', {},
      'An outside student asks for an internship place at P4M; not an e-learning or document matter.')
def _():
    t = """Yth. Kepala P4M Politeknik Negeri Batam,

Dengan hormat, saya Putri Maharani, mahasiswi semester 6 Program Studi Administrasi Pendidikan, Universitas Riau Kepulauan. Saya bermaksud mengajukan permohonan magang di P4M selama dua bulan, Januari-Februari 2027, khususnya di bidang penjaminan mutu dan pengelolaan pembelajaran daring.

CV dan surat pengantar dari kampus akan saya kirimkan bila Bapak/Ibu berkenan. Mohon informasi persyaratan yang perlu saya siapkan.

Hormat saya,
Putri Maharani
"""
    return msg(addr('Putri Maharani', 'putri.maharani21@gmail.com'), HD, 'Permohonan Magang di P4M',
               D(2026, 11, 23, 8, 12), gmail(t))


@mail('outlook-zoom-licence-request-mixed', 'other', 'mixed', {},
      'Asks for a Zoom Pro licence for a webinar; campus licences belong to the IT unit, not an e-learning fault.')
def _():
    plain = """Dear P4M,

Saya mau mengadakan international webinar untuk mahasiswa Magister Terapan tanggal 12 Desember, estimated 300 participants. Akun Zoom saya yang gratis cuma 40 menit. Can P4M provide a Zoom Pro or Webinar licence for that day? Atau kalau tidak ada, siapa yang harus saya hubungi?

Thanks,
Dr. Arief Wicaksono
"""
    h = word_html(mso(plain))
    return msg(addr('Arief Wicaksono', 'arief.w@polibatam.ac.id'), HD, 'Zoom licence for webinar?',
               D(2026, 11, 25, 14, 3), multi('alternative', [text(plain), text(h, 'html')], 'o'),
               extra=[('X-Mailer', 'Microsoft Outlook 16.0')])


@mail('html-vendor-moodle-attendance-plugin-offer', 'other', 'en', {},
      'A vendor offers a Moodle plugin; no request.')
def _():
    h = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hi P4M team,</p>
<p>I'm Daniel from <b>ClassPulse</b>. We build <b>FaceRoll</b>, a Moodle attendance plugin that takes attendance with a 3-second face check in the Moodle app, compatible with Moodle 4.1 to 4.5.</p>
<ul><li>Works offline and syncs later</li><li>Exports straight into the gradebook</li><li>Used by 40+ campuses in Southeast Asia</li></ul>
<p>Would you have 15 minutes next week for a demo? I can also set up a free 60-day pilot for one faculty.</p>
<p>Best,<br>Daniel Tan<br>Partnerships Lead, ClassPulse Pte. Ltd., Singapore</p>
</body></html>"""
    return msg(addr('Daniel Tan', 'daniel@classpulse.io'), HD, 'Faster attendance in Moodle (15-min demo?)',
               D(2026, 9, 17, 10, 0, tz=8), text(h, 'html', cte='qp'))


@mail('iphone-thanks-plus-howto-forum-groups', 'other', 'mixed', {},
      'Thanks for a finished rename plus a how-to question about forum groups, which she can do herself.')
def _():
    t = """Kak admin!! Makasih banyak ya, nama course aku udah berubah 🥳

Btw one more question: gimana cara bikin forum diskusi yang per kelompok? Jadi tiap kelompok cuma bisa lihat diskusi kelompoknya sendiri. Aku udah bikin groups tapi bingung setting di forumnya yang mana 😅

Thank you kak 🙏
Nadia

Sent from my iPhone
"""
    return msg(addr('Nadia Putri Maharani', 'nadia.pm@polibatam.ac.id'), HD, 'Re: Hi kak, mau minta tolong update nama course 🙏',
               D(2026, 8, 11, 19, 5), text(t, cte='b64'), extra=[('X-Mailer', 'iPhone Mail (22A3354)')])


@mail('gmail-meeting-reminder-ami-coordination', 'other', 'id', {},
      'A reminder of a meeting sent to the helpdesk address; not an announcement to publish.')
def _():
    t = """Yth. Bapak/Ibu Tim P4M,

Sekadar mengingatkan, rapat koordinasi persiapan Audit Mutu Internal akan dilaksanakan:

Hari/tanggal : Kamis, 15 Oktober 2026
Waktu       : 09.00 - 11.30 WIB
Tempat      : Ruang Rapat P4M, Gedung Utama lt. 2

Mohon kehadirannya tepat waktu. Bahan rapat sudah kami kirim lewat grup WhatsApp.

Terima kasih,
Sekretariat SPMI
"""
    return msg(addr('Sekretariat SPMI', 'spmi@polibatam.ac.id'), HD, 'Pengingat: Rapat Koordinasi Persiapan AMI',
               D(2026, 10, 14, 15, 30), gmail(t))


@mail('yahoo-palembang-plan-next-semester-fyi', 'other', 'id', {},
      'A heads-up that some course names may change next semester; nothing is asked now and no value is final.')
def _():
    t = """Selamat sore kak admin,

Aku Yuliana lagi dari TU Manajemen Bisnis. Cuma nak kabari bae: semester genap nanti kemungkinan ado beberapo mata kuliah yang namonyo berubah, ikut kurikulum baru. Tapi belum final nian, masih nunggu rapat senat bulan Desember.

Jadi sekarang belum usah diapo-apoke dulu yo. Kagek kalau la pasti aku kirim daftarnyo.

Makasih kak,
Yuliana
"""
    return msg(addr('Yuliana Sari', 'yuliana_tu@yahoo.co.id'), HD, 'info rencana perubahan nama MK',
               D(2026, 11, 20, 15, 47), text(t, cs='windows-1252', cte='qp'),
               extra=[('X-Mailer', 'WebService/1.1.22645 YMailNorrin')])

# =================================================================== auto
@mail('postfix-delayed-delivery-warning-report', 'auto', 'en', {},
      'Postfix delayed-delivery warning (multipart/report) for one of the helpdesk\'s own replies.')
def _():
    note = """This is the mail system at host mx1.polibatam.ac.id.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<k-watanabe@kit-kyushu.ac.jp>: connect to mx2.kit-kyushu.ac.jp[203.0.113.45]:25:
    Connection timed out
"""
    status = """Reporting-MTA: dns; mx1.polibatam.ac.id
X-Postfix-Queue-ID: 4Bq7Zt2mN1z9vKx
X-Postfix-Sender: rfc822; helpdesk-p4m@polibatam.ac.id
Arrival-Date: Thu, 12 Nov 2026 09:02:11 +0700 (WIB)

Final-Recipient: rfc822; k-watanabe@kit-kyushu.ac.jp
Original-Recipient: rfc822;k-watanabe@kit-kyushu.ac.jp
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx2.kit-kyushu.ac.jp[203.0.113.45]:25:
    Connection timed out
Will-Retry-Until: Tue, 17 Nov 2026 09:02:11 +0700 (WIB)
"""
    orig = """Return-Path: <helpdesk-p4m@polibatam.ac.id>
From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
To: Kenji Watanabe <k-watanabe@kit-kyushu.ac.jp>
Subject: Re: Request to post an announcement (RBT3301)
Date: Thu, 12 Nov 2026 09:02:09 +0700
Message-ID: <p4m-ack-20261112-0902@polibatam.ac.id>
"""
    parts = [text(note, cs='us-ascii', cte='7bit', extra=[('Content-Description', 'Notification')]),
             ([('Content-Description', 'Delivery report'), ('Content-Type', 'message/delivery-status')], crlf(status).encode()),
             ([('Content-Description', 'Undelivered Message Headers'), ('Content-Type', 'text/rfc822-headers')], crlf(orig).encode())]
    return msg('MAILER-DAEMON@mx1.polibatam.ac.id (Mail Delivery System)', HD, 'Delayed Mail (still being retried)',
               D(2026, 11, 12, 13, 2, 14), multi('report', parts, 'r', extra=' report-type=delivery-status;'),
               extra=[('Auto-Submitted', 'auto-replied')])


@mail('outlook-message-recall-request', 'auto', 'en', {},
      'Outlook/Exchange message-recall request generated for an earlier course mail; not a new request.')
def _():
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
         '<font face="Calibri" size="2"><span style="font-size:11pt;">'
         'Teguh Wibowo would like to recall the message, "Pengajar di course masih dosen lama".'
         '</span></font></body></html>')
    return msg(addr('Teguh Wibowo', 'teguh.w@polibatam.ac.id'), HD, 'Recall: Pengajar di course masih dosen lama',
               D(2026, 8, 25, 9, 6), text(h, 'html', cs='utf-8', cte='7bit'),
               extra=[('Thread-Topic', 'Pengajar di course masih dosen lama'),
                      ('X-MS-Exchange-Organization-Recall', 'True'),
                      ('Content-Class', 'urn:content-classes:message'),
                      ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')])


@mail('library-ticket-system-request-received', 'auto', 'en', {},
      'Another unit\'s ticket system acknowledging a request the helpdesk had sent it.')
def _():
    t = """Dear Helpdesk P4M,

Your request #48213 has been received and is being reviewed by our support staff.

  Subject : Akses e-journal untuk dosen baru
  Status  : Open
  Priority: Normal

To add additional comments, reply to this email. Please do not change the subject line, otherwise a new ticket will be created.

You can view the progress of your request online at:
https://helpdesk-perpustakaan.polibatam.ac.id/view.php?t=48213

--
UPT Perpustakaan Polibatam Helpdesk
This message was sent automatically.
"""
    return msg('UPT Perpustakaan Helpdesk <helpdesk-perpus@polibatam.ac.id>', HD,
               'Your request #48213 has been received', D(2026, 9, 22, 10, 17, 3), text(t, cte='7bit'),
               extra=[('Auto-Submitted', 'auto-replied'), ('X-Mailer', 'osTicket Mailer'), ('Precedence', 'auto_reply')])


@mail('newsletter-list-unsubscribe-edtech-digest', 'auto', 'en', {},
      'Bulk newsletter with List-Unsubscribe headers.')
def _():
    plain = """EdTech Asia Weekly - Issue #212

1. Moodle 5.0 roll-outs: what Southeast Asian campuses learned
2. AI feedback on assignments: three pilots compared
3. Webinar: Designing accessible H5P activities (free, 3 December)

Read online: https://news.edtechasia-weekly.com/issue/212

You are receiving this because helpdesk-p4m@polibatam.ac.id subscribed to EdTech Asia Weekly.
Unsubscribe: https://news.edtechasia-weekly.com/u/9f3c1a7e
"""
    h = """<html><body style="margin:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Arial,sans-serif"><tr><td style="padding:20px">
<h1 style="font-size:22px">EdTech Asia Weekly &ndash; Issue #212</h1>
<ol><li>Moodle 5.0 roll-outs: what Southeast Asian campuses learned</li>
<li>AI feedback on assignments: three pilots compared</li>
<li>Webinar: Designing accessible H5P activities (free, 3 December)</li></ol>
<p><a href="https://news.edtechasia-weekly.com/issue/212">Read online</a></p>
<p style="font-size:11px;color:#888">You are receiving this because helpdesk-p4m@polibatam.ac.id subscribed to EdTech Asia Weekly.
<a href="https://news.edtechasia-weekly.com/u/9f3c1a7e">Unsubscribe</a></p>
</td></tr></table></td></tr></table></body></html>"""
    return msg('EdTech Asia Weekly <newsletter@edtechasia-weekly.com>', HD, 'EdTech Asia Weekly #212: Moodle 5.0 roll-outs in SEA',
               D(2026, 11, 26, 6, 0, tz=8), multi('alternative', [text(plain), text(h, 'html')], 'n'),
               extra=[('List-Unsubscribe', '<https://news.edtechasia-weekly.com/u/9f3c1a7e>, <mailto:unsubscribe@edtechasia-weekly.com?subject=unsubscribe>'),
                      ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'),
                      ('List-Id', 'EdTech Asia Weekly <weekly.edtechasia-weekly.com>'),
                      ('Precedence', 'bulk')])


@mail('siakad-password-reset-notice', 'auto', 'id', {},
      'SIAKAD no-reply password-reset notice for the helpdesk\'s own account.')
def _():
    t = """Yth. Helpdesk P4M,

Kami menerima permintaan untuk mengatur ulang kata sandi akun SIAKAD Anda (helpdesk-p4m).

Silakan klik tautan berikut untuk membuat kata sandi baru:
https://siakad.polibatam.ac.id/auth/reset?token=7c2e91d0a4b84f6e

Tautan ini hanya berlaku selama 30 menit. Jika Anda tidak merasa meminta pengaturan ulang kata sandi, abaikan email ini; kata sandi Anda tidak akan berubah.

Email ini dikirim otomatis oleh sistem. Mohon tidak membalas email ini.

SIAKAD Politeknik Negeri Batam
"""
    return msg('SIAKAD Polibatam <noreply-siakad@polibatam.ac.id>', HD, '[SIAKAD] Permintaan Atur Ulang Kata Sandi',
               D(2026, 8, 3, 8, 41, 52), text(t, cte='qp'), extra=[('Auto-Submitted', 'auto-generated')])


@mail('google-drive-shared-with-you-led-draft', 'auto', 'mixed', {},
      'Google Drive share notification (Indonesian interface, English note from the sharer).')
def _():
    plain = """Dewi Anggraini telah membagikan dokumen berikut:

LED TRPL 2027 - draft v3
https://docs.google.com/document/d/1xQe7LkT0v9pR2mZ/edit?usp=sharing_eil

"Please review section C.2 ya kak, thanks!"

Buka

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Anda menerima email ini karena Dewi Anggraini membagikan dokumen kepada Anda dari Google Drive.
Logo Google
"""
    h = """<html><body><table role="presentation" style="font-family:Google Sans,Roboto,Arial,sans-serif"><tr><td>
<p>Dewi Anggraini (dewi.anggraini@polibatam.ac.id) telah membagikan dokumen berikut:</p>
<p style="font-size:18px"><a href="https://docs.google.com/document/d/1xQe7LkT0v9pR2mZ/edit?usp=sharing_eil">LED TRPL 2027 - draft v3</a></p>
<blockquote>Please review section C.2 ya kak, thanks!</blockquote>
<p><a href="https://docs.google.com/document/d/1xQe7LkT0v9pR2mZ/edit?usp=sharing_eil" style="background:#0b57d0;color:#fff;padding:8px 16px">Buka</a></p>
<p style="font-size:11px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA<br>
Anda menerima email ini karena Dewi Anggraini membagikan dokumen kepada Anda dari Google Drive.</p>
</td></tr></table></body></html>"""
    return msg('"Dewi Anggraini (via Google Drive)" <drive-shares-dm-noreply@google.com>', HD,
               'Dokumen dibagikan dengan Anda: "LED TRPL 2027 - draft v3"', D(2026, 11, 6, 3, 14, 27, tz=0),
               multi('alternative', [text(plain), text(h, 'html')], 'd'),
               extra=[('Reply-To', 'Dewi Anggraini <dewi.anggraini@polibatam.ac.id>'), ('Auto-Submitted', 'auto-generated')],
               dom='google.com')

# =================================================================== checks and output
TYPES = {'course_data': 22, 'announcement': 16, 'elearning_support': 12, 'document_request': 7, 'other': 7, 'auto': 6}
LANGS = {'id': 40, 'en': 18, 'mixed': 12}
CHANGE_KEYS = {'fullname', 'shortname', 'lecturer', 'class', 'semester', 'credits', 'enrolment_key', 'summary'}
LO, HI = dt.date(2026, 8, 1), dt.date(2026, 11, 29)


def html_text(s):
    s = re.sub(r'(?is)<(style|head|script)\b.*?</\1>', ' ', s)
    s = re.sub(r'(?i)<br\s*/?>', '\n', s)
    s = re.sub(r'(?i)</(p|div|tr|li|h\d|blockquote|table|ol|ul)>', '\n', s)
    s = re.sub(r'(?i)</td>', '\t', s)
    s = re.sub(r'<[^>]+>', '', s)
    return html.unescape(s).replace('\xa0', ' ')


def unflow(s):
    out, cur = [], ''
    for line in s.split('\n'):
        cur += line
        if line.endswith(' ') and line != '-- ':
            continue
        out.append(cur)
        cur = ''
    if cur:
        out.append(cur)
    return '\n'.join(out)


def zip_text(data, member):
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        x = z.read(member).decode('utf-8')
    x = re.sub(r'</(w:p|text:p)>', '\n', x).replace('<w:tab/>', '\t')
    return html.unescape(re.sub(r'<[^>]+>', '', x))


def pdf_text(data):
    s = data.decode('latin-1')
    out = []
    for m in re.finditer(r'\(((?:\\.|[^\\)])*)\)\s*Tj', s):
        out.append(re.sub(r'\\(.)', r'\1', m.group(1)))
    return '\n'.join(out)


def check(name, data, label):
    errs = []
    if re.search(rb'(?<!\r)\n', data) or re.search(rb'\r(?!\n)', data):
        errs.append('line endings are not CRLF')
    m = BytesParser(policy=policy.default).parsebytes(data)
    subj, date = EXPECT[name]
    texts = [subj]
    for part in m.walk():
        if part.defects:
            errs.append('defects %r in %s' % (part.defects, part.get_content_type()))
        for k, v in part.items():
            if getattr(v, 'defects', None):
                errs.append('header defects %s: %r' % (k, v.defects))
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            texts.append(str(part.get_payload(0).get('Subject', '')))
        disp = part.get_content_disposition()
        if part.is_multipart():
            continue
        if disp == 'attachment' and ct != 'message/rfc822':
            payload = part.get_payload(decode=True)
            if len(payload) >= 30 * 1024:
                errs.append('attachment too large')
            if ct == DOCX:
                texts.append(zip_text(payload, 'word/document.xml'))
            elif ct == ODT:
                texts.append(zip_text(payload, 'content.xml'))
            elif ct == 'application/pdf':
                texts.append(pdf_text(payload))
        elif part.get_content_maintype() == 'text':
            c = part.get_content()
            if ct == 'text/html':
                texts.append(c)
                texts.append(html_text(c))
            else:
                texts.append(c.replace('\r\n', '\n'))
                if part.get_param('format') == 'flowed':
                    texts.append(unflow(c.replace('\r\n', '\n')))
    if str(m['Subject']) != subj:
        errs.append('subject does not round-trip: %r' % str(m['Subject']))
    if m['Date'].datetime != date:
        errs.append('date does not round-trip')
    if not str(m['Date']).startswith(date.strftime('%a, ')):
        errs.append('weekday in Date header is wrong')
    if not (LO <= date.date() <= HI):
        errs.append('date out of range')
    typ, lang, fields = label['type'], label['lang'], label['fields']
    if typ not in TYPES or lang not in LANGS:
        errs.append('bad type or lang')
    if typ not in ('course_data', 'announcement') and fields:
        errs.append('fields on a type without fields')
    allowed = {'course_code', 'course_name'} | ({'changes'} if typ == 'course_data' else {'title', 'scope', 'publish_at'})
    if set(fields) - allowed:
        errs.append('unexpected field keys %r' % (set(fields) - allowed))
    if typ == 'course_data' and 'changes' not in fields:
        errs.append('course_data without changes')
    if typ == 'announcement':
        if fields.get('scope') not in ('course', 'site') or 'title' not in fields:
            errs.append('announcement needs title and scope')
        if 'publish_at' in fields and not re.fullmatch(r'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00', fields['publish_at']):
            errs.append('publish_at not ISO +07:00')
    values = []
    for k, v in fields.items():
        if k == 'changes':
            if set(v) - CHANGE_KEYS:
                errs.append('bad change keys %r' % (set(v) - CHANGE_KEYS))
            values += list(v.values())
        elif k not in ('publish_at', 'scope', 'lang'):
            values.append(v)
    for v in values:
        if not isinstance(v, str) or not v or not any(v in t for t in texts):
            errs.append('value not found verbatim: %r' % v)
    return errs


def main():
    order = sorted(MAILS, key=lambda e: h8('part31 order ' + e[0]))
    out, labels, failures = {}, {}, []
    for i, (key, typ, lang, fields, note, fn) in enumerate(order, 1):
        name = '%03d-%s.eml' % (i, key)
        CUR[0] = name
        data = fn()
        label = {'type': typ, 'lang': lang, 'fields': fields, 'note': note}
        for e in check(name, data, label):
            failures.append('%s: %s' % (name, e))
        out[name] = data
        labels[name] = label
    ct = {}
    cl = {}
    for lab in labels.values():
        ct[lab['type']] = ct.get(lab['type'], 0) + 1
        cl[lab['lang']] = cl.get(lab['lang'], 0) + 1
    if ct != TYPES:
        failures.append('type counts %r' % ct)
    if cl != LANGS:
        failures.append('lang counts %r' % cl)
    if len(out) != 70:
        failures.append('%d mails' % len(out))
    if failures:
        print('\n'.join(failures), file=sys.stderr)
        sys.exit(1)
    for f in os.listdir(HERE):
        if re.fullmatch(r'\d{3}-.*\.eml', f) and f not in out:
            os.remove(os.path.join(HERE, f))
    for name, data in out.items():
        with open(os.path.join(HERE, name), 'wb') as fh:
            fh.write(data)
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=2) + '\n')
    print('wrote %d mails; types %r; langs %r' % (len(out), ct, cl))


if __name__ == '__main__':
    main()

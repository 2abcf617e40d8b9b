#!/usr/bin/env python3
"""Generate the eighteenth P4M helpdesk TUNING corpus for announcements (labelled request e-mails).

Written in round 9 before any rule was changed for it, for kinds of announcement mail that the opened tune17 and the
held-out counts point to, in voices no corpus had: titles kept as their writer typed them (en dashes, curly
apostrophes and quotes inside the title), titles in the emphasis of a WhatsApp draft, a Markdown note or an HTML
heading ("*X*", "_X_", "**Judul:** X", "## X", <h2>, <h3>), titles after "The title is:", "Judulnya adalah:",
"dengan judul", titles dictated in lower case without punctuation, titles given only in the subject line; publish
times given relative to an event the mail dates elsewhere ("H-2 sebelum UAS", "sehari sebelum seminar", "two days
before the exam", "the evening before the trip", "seminggu sebelum pendaftaran ditutup"), and in zones of eastern
Indonesia or abroad (WIT, "waktu Jayapura", Manila, Bangkok, Dubai, UK time). Near-misses: a publish day without an
hour beside the event's hour, a letter's "Perihal: Penayangan Pengumuman" that names the request, not the notice,
event dates and deadlines that are not when the notice goes out.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py; every body
here was written by hand.
Run:  python3 make_tune18_announce.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
A = "announcement"
M = E.M


def course(code, name, title=None, publish=None):
    fields = {"course_code": code, "course_name": name, "scope": "course"}
    if title:
        fields["title"] = title
    if publish:
        fields["publish_at"] = publish
    return fields


def site(title=None, publish=None):
    fields = {"scope": "site"}
    if title:
        fields["title"] = title
    if publish:
        fields["publish_at"] = publish
    return fields


# ---------------------------------------------------------------- titles as written, in emphasis and headings

M(
    "wa-draf-bintang-judul-en-dash",
    "2027-02-04 20:12:00",
    ("Rina Marlina", "rina.marlina@polibatam.ac.id"),
    "draf pengumuman KRS",
    """Assalamualaikum min, ini draf pengumuman dari grup WA dosen wali, mohon dipasang di beranda e-learning
Senin, 8 Februari 2027 jam 07.00 ya

*Pengisian KRS Semester Genap 2026/2027 – Tahap 2*

_Pengisian KRS tahap 2 dibuka sampai Jumat, 12 Februari 2027 pukul 23.59. Mahasiswa yang belum mengisi KRS wajib
menghadap dosen wali masing-masing._

Wassalam,
Rina
""",
    A,
    "id",
    fields=site("Pengisian KRS Semester Genap 2026/2027 – Tahap 2", "2027-02-08T07:00:00+07:00"),
)

M(
    "markdown-pagar-dua-judul-titikdua",
    "2027-02-08 09:40:00",
    ("Yoga Prasetyo", "yoga.prasetyo@polibatam.ac.id"),
    "pengumuman presentasi proyek IF3107",
    """Halo tim P4M,

Saya tulis pengumumannya dalam format Markdown, mohon ditayangkan di course Pemrograman Web Lanjut (IF3107) hari
Kamis, 11 Februari 2027, pukul 06.30.

## Presentasi Proyek Akhir: Urutan Tampil Kelompok

- Kelompok 1-4 tampil Kamis, 18 Februari 2027
- Kelompok 5-8 tampil Jumat, 19 Februari 2027
- Setiap kelompok mendapat waktu 15 menit, termasuk tanya jawab.

Terima kasih,
Yoga Prasetyo
""",
    A,
    "id",
    fields=course(
        "IF3107",
        "Pemrograman Web Lanjut",
        "Presentasi Proyek Akhir: Urutan Tampil Kelompok",
        "2027-02-11T06:30:00+07:00",
    ),
)

M(
    "outlook-h2-heading-en",
    "2027-02-09 14:05:00",
    ("Nadia Putri", "nadia.putri@polibatam.ac.id"),
    "Notice for the e-learning front page",
    "",
    A,
    "en",
    client="outlook",
    html_body=(
        "<p>Dear P4M team,</p>"
        "<p>Please put the notice below on the front page of e-learning on Monday, 15 February 2027 at 08:00 WIB."
        "</p><h2>Reading Room Closed for Carpet Replacement</h2>"
        "<p>The second-floor reading room is closed from 16 to 20 February 2027. Group study rooms on the first floor "
        "stay open from 08:00 to 16:00.</p>"
        "<p>Best regards,<br>Nadia<br>UPT Perpustakaan</p>"
    ),
    fields=site("Reading Room Closed for Carpet Replacement", "2027-02-15T08:00:00+07:00"),
)

M(
    "gmail-h3-strong-kuis-susulan",
    "2027-02-10 10:22:00",
    ("Agus Salim", "agus.salim@polibatam.ac.id"),
    "titip pengumuman Statistika Bisnis",
    """Siang Bu/Pak,

Titip pengumuman untuk course Statistika Bisnis (MB2105), tolong ditayangkan besok pukul 07.30.

*Ujian Susulan UTS Statistika Bisnis*

Ujian susulan dilaksanakan Senin, 15 Februari 2027 pukul 13.00 di ruang B205. Bawa surat keterangan sakit.

Salam,
Agus
""",
    A,
    "id",
    html_body=(
        '<div dir="ltr"><div>Siang Bu/Pak,</div><div><br></div><div>Titip pengumuman untuk course Statistika Bisnis '
        "(MB2105), tolong ditayangkan besok pukul 07.30.</div><div><br></div>"
        "<h3><strong>Ujian Susulan UTS Statistika Bisnis</strong></h3>"
        "<div>Ujian susulan dilaksanakan Senin, 15 Februari 2027 pukul 13.00 di ruang B205. Bawa surat keterangan "
        "sakit.</div><div><br></div><div>Salam,</div><div>Agus</div></div>"
    ),
    fields=course(
        "MB2105", "Statistika Bisnis", "Ujian Susulan UTS Statistika Bisnis", "2027-02-11T07:30:00+07:00"
    ),
)

M(
    "surat-perihal-penayangan-judul-kutip-lengkung",
    "2027-02-11 08:15:00",
    ("Bagian Keuangan", "keuangan@polibatam.ac.id"),
    "Permohonan penayangan pengumuman",
    """Nomor    : 118/PL29/KU/2027
Lampiran : -
Perihal  : Penayangan Pengumuman

Yth. Kepala P4M
Politeknik Negeri Batam

Dengan hormat,
Bersama ini kami mohon bantuan untuk menayangkan pengumuman di laman utama e-learning dengan judul “Batas Akhir
Pembayaran UKT Semester Genap 2026/2027” pada hari Rabu, 17 Februari 2027 pukul 09.00 WIB.

Pembayaran UKT semester genap paling lambat Jumat, 26 Februari 2027. Mahasiswa yang terlambat tidak dapat
mengikuti perkuliahan.

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Kepala Bagian Keuangan
""",
    A,
    "id",
    fields=site("Batas Akhir Pembayaran UKT Semester Genap 2026/2027", "2027-02-17T09:00:00+07:00"),
)

M(
    "surat-hal-judul-dalam-kutip",
    "2027-02-12 13:30:00",
    ("Sekretariat Direktur", "sekdir@polibatam.ac.id"),
    "Surat permohonan publikasi",
    """Nomor : 0217/PL29/TU/2027
Hal   : Permohonan Publikasi Pengumuman “Perubahan Jam Kerja Selama Ramadan”

Kepada Yth.
Kepala P4M

Dengan hormat, mohon pengumuman tersebut dipublikasikan kepada seluruh sivitas akademika melalui e-learning pada
hari Senin, 15 Februari 2027 pukul 07.00 WIB. Selama Ramadan jam kerja pegawai menjadi pukul 08.00 sampai 15.00.

Hormat kami,
Sekretariat Direktur
""",
    A,
    "id",
    fields=site("Perubahan Jam Kerja Selama Ramadan", "2027-02-15T07:00:00+07:00"),
)

M(
    "en-filipino-title-is-colon-manila",
    "2027-02-14 21:05:00",
    ("Maria Santos", "maria.santos@polibatam.ac.id"),
    "request - announcement for Food Safety",
    """Good evening P4M,

I'm in Cebu for a family matter. Kindly post an announcement in my Food Safety and Sanitation course (TP2206)
on Tuesday, 16 February 2027 at 8:00 AM Manila time.

The title is: HACCP Plan Drafts – Peer Review Week
The text: Upload your HACCP plan draft by Thursday and review two drafts of other groups by Sunday.

Salamat po,
Maria Santos
""",
    A,
    "en",
    fields=course(
        "TP2206",
        "Food Safety and Sanitation",
        "HACCP Plan Drafts – Peer Review Week",
        "2027-02-16T07:00:00+07:00",
    ),
)

M(
    "judulnya-adalah-titikdua-kalimat",
    "2027-02-15 16:45:00",
    ("Dewi Lestari", "dewi.lestari@polibatam.ac.id"),
    "umumkan di kelas Akuntansi Pajak",
    """Sore Pak,

Mohon diumumkan di kelas Akuntansi Pajak (AK3204). Judulnya adalah: Pengumpulan laporan SPT diundur, tolong tayang
besok pagi jam 7.

Isinya: pengumpulan laporan SPT diundur ke Senin, 22 Februari 2027 pukul 23.59 karena server DJP sedang gangguan.

Terima kasih,
Dewi
""",
    A,
    "id",
    fields=course(
        "AK3204", "Akuntansi Pajak", "Pengumpulan laporan SPT diundur", "2027-02-16T07:00:00+07:00"
    ),
)

M(
    "dengan-judul-berhenti-di-untuk",
    "2027-02-16 10:05:00",
    ("Hendri Saputra", "hendri.saputra@polibatam.ac.id"),
    "Mohon bantuan pengumuman magang",
    """Selamat pagi tim P4M,

Mohon buatkan pengumuman dengan judul Sosialisasi Magang Industri Batch 2 untuk seluruh mahasiswa semester 6 di
beranda e-learning, ditayangkan Kamis, 18 Februari 2027 pukul 10.00.

Sosialisasi diadakan Selasa, 23 Februari 2027 pukul 09.00 di Auditorium. Kehadiran wajib bagi calon peserta magang.

Terima kasih,
Hendri Saputra
Koordinator Magang
""",
    A,
    "id",
    fields=site("Sosialisasi Magang Industri Batch 2", "2027-02-18T10:00:00+07:00"),
)

M(
    "en-dictated-lowercase-title-is",
    "2027-02-17 19:20:00",
    ("Kenji Watanabe", "kenji.watanabe@polibatam.ac.id"),
    "announcement thermodynamics",
    """hi helpdesk please post an announcement in my thermodynamics course ME2204 tomorrow at 7 am the title is midterm
review session moved to thursday the text is the review session is moved to thursday 1 pm in room C301 bring your
calculator thank you

Sent from my Pixel
""",
    A,
    "en",
    fields=course(
        "ME2204", "thermodynamics", "midterm review session moved to thursday", "2027-02-18T07:00:00+07:00"
    ),
    note="dictated without punctuation; 1 pm is the review session's time",
)

M(
    "dikte-judul-pengumumannya-terus-isinya",
    "2027-02-18 18:50:00",
    ("Suryani", "suryani@polibatam.ac.id"),
    "pengumuman kimia analitik",
    """min tolong buat pengumuman buat kelas kimia analitik KA2201 nanti malam jam 8 judul pengumumannya jadwal
praktikum pindah ke hari sabtu terus isinya praktikum minggu ini pindah ke hari sabtu jam sembilan pagi di lab
kimia karena lab dipakai akreditasi makasih

Dikirim dari Samsung Galaxy smartphone saya.
""",
    A,
    "id",
    fields=course(
        "KA2201", "kimia analitik", "jadwal praktikum pindah ke hari sabtu", "2027-02-18T20:00:00+07:00"
    ),
    note="dictated; jam sembilan pagi is the practical's time",
)

M(
    "markdown-label-tebal-waktu-tayang",
    "2027-02-19 08:30:00",
    ("Lembaga Penelitian", "lppm@polibatam.ac.id"),
    "Pengumuman workshop artikel",
    """Yth. Tim P4M,

Mohon bantuan penayangan pengumuman berikut untuk seluruh dosen di e-learning.

**Judul:** Workshop Penulisan Artikel Ilmiah Bereputasi
**Waktu tayang:** Selasa, 23 Februari 2027, 10.00 WIB
**Isi:** Workshop dilaksanakan Rabu, 3 Maret 2027 pukul 08.30 di Ruang Rapat Lantai 4. Pendaftaran melalui
formulir di tautan yang tersedia.

Salam,
LPPM
""",
    A,
    "id",
    fields=site("Workshop Penulisan Artikel Ilmiah Bereputasi", "2027-02-23T10:00:00+07:00"),
)

M(
    "en-title-underscores-italic",
    "2027-02-19 15:10:00",
    ("Aaron Lim", "aaron.lim@polibatam.ac.id"),
    "Guest talk notice",
    """Hi team,

Could you post this for all students on the e-learning front page on Monday 22 February 2027 at 9 am?

Title: _Guest Talk: Cloud Careers in Southeast Asia_

Speakers from two cloud providers talk about internships and graduate roles. Thursday 25 February 2027, 2 pm,
Auditorium.

Cheers,
Aaron
""",
    A,
    "en",
    fields=site("Guest Talk: Cloud Careers in Southeast Asia", "2027-02-22T09:00:00+07:00"),
)

M(
    "en-titled-curly-apostrophe-quotes",
    "2027-02-20 11:00:00",
    ("Office of Student Affairs", "kemahasiswaan@polibatam.ac.id"),
    "Dean’s list notice",
    """Dear helpdesk,

We would like a site announcement titled “Dean’s List – Odd Semester 2026/2027” published on Wednesday,
24 February 2027 at 10:00.

Congratulations to the students on the Dean’s List. The certificate ceremony is on 3 March 2027 at 13:00.

Kind regards,
Office of Student Affairs
""",
    A,
    "en",
    fields=site("Dean’s List – Odd Semester 2026/2027", "2027-02-24T10:00:00+07:00"),
)

M(
    "judul-berisi-kutip-lengkung",
    "2027-02-22 09:05:00",
    ("Himpunan Mahasiswa Lingkungan", "hima.lingkungan@students.polibatam.ac.id"),
    "pengumuman lomba poster",
    """Halo kak P4M,

Kami dari HIMA mau minta tolong pasang pengumuman lomba di halaman depan e-learning Kamis, 25 Februari 2027 jam
19.00.

Judul: Lomba Poster “Kampus Hijau” 2027
Isi: Lomba terbuka untuk seluruh mahasiswa. Karya dikirim paling lambat 15 Maret 2027 pukul 23.59.

Terima kasih kak!
HIMA Lingkungan
""",
    A,
    "id",
    fields=site("Lomba Poster “Kampus Hijau” 2027", "2027-02-25T19:00:00+07:00"),
)

M(
    "judul-hanya-di-subjek-tanpa-tag",
    "2027-02-23 06:40:00",
    ("Bayu Firmansyah", "bayu.firmansyah@polibatam.ac.id"),
    "Kuliah Pindah ke Ruang GU 702 Mulai Pekan Depan",
    """pak tolong umumin di kelas Sistem Basis Data (IF2103) besok jam 7 pagi ya. mulai pekan depan kuliah pindah ke
GU 702 karena AC di GU 805 rusak. makasih
""",
    A,
    "id",
    client="iphone",
    fields=course(
        "IF2103",
        "Sistem Basis Data",
        "Kuliah Pindah ke Ruang GU 702 Mulai Pekan Depan",
        "2027-02-24T07:00:00+07:00",
    ),
)

M(
    "en-title-only-in-subject",
    "2027-02-24 12:30:00",
    ("Rachel Tan", "rachel.tan@polibatam.ac.id"),
    "Field Trip to Batamindo Postponed",
    """Hello,

Could you please post this on my Industrial Management course (IM3301) on Friday 26 February 2027 at 4 pm?

The field trip planned for 2 March is postponed to a date to be confirmed. The bus booking is cancelled.

Thank you,
Rachel
""",
    A,
    "en",
    fields=course(
        "IM3301", "Industrial Management", "Field Trip to Batamindo Postponed", "2027-02-26T16:00:00+07:00"
    ),
)

M(
    "subjek-permintaan-tanpa-judul",
    "2027-02-25 07:55:00",
    ("Lia Amalia", "lia.amalia@polibatam.ac.id"),
    "minta tolong pasang pengumuman",
    """Pagi min, minta tolong pasang pengumuman di course Desain Grafis (MM1204) hari ini jam 10 ya.

Kuliah hari Jumat diganti tugas mandiri, soal sudah ada di course.

Trims,
Lia
""",
    A,
    "id",
    fields=course("MM1204", "Desain Grafis", publish="2027-02-25T10:00:00+07:00"),
    note="no title is named; the subject is the request",
)

# ---------------------------------------------------------------- publish times relative to an event

M(
    "h-min-dua-sebelum-uas",
    "2027-03-05 10:10:00",
    ("Andi Wijaya", "andi.wijaya@polibatam.ac.id"),
    "Pengumuman UAS Manajemen Proyek",
    """Selamat pagi,

UAS Manajemen Proyek (MP3201) dilaksanakan Senin, 15 Maret 2027 pukul 10.00 di ruang A301. Tolong pengumuman di
bawah tayang H-2 sebelum UAS, pukul 08.00.

Judul: Ketentuan UAS Manajemen Proyek
Mahasiswa boleh membawa satu lembar catatan A4 tulisan tangan. Kalkulator diperbolehkan.

Terima kasih,
Andi
""",
    A,
    "id",
    fields=course("MP3201", "Manajemen Proyek", "Ketentuan UAS Manajemen Proyek", "2027-03-13T08:00:00+07:00"),
)

M(
    "sehari-sebelum-seminar-pukul",
    "2027-03-08 14:20:00",
    ("Panitia Semnas", "semnas@polibatam.ac.id"),
    "Pengingat Seminar Nasional Vokasi",
    """Yth. Tim P4M,

Seminar Nasional Pendidikan Vokasi diselenggarakan Sabtu, 20 Maret 2027 pukul 08.00 di Auditorium. Mohon
pengingatnya dipublikasikan di beranda e-learning sehari sebelum seminar pukul 19.00 WIB, dengan judul Pengingat
Seminar Nasional Pendidikan Vokasi.

Peserta diharapkan hadir pukul 07.30 untuk registrasi ulang.

Salam,
Panitia
""",
    A,
    "id",
    fields=site("Pengingat Seminar Nasional Pendidikan Vokasi", "2027-03-19T19:00:00+07:00"),
)

M(
    "en-two-days-before-final",
    "2027-03-10 09:00:00",
    ("Daniel Kurniawan", "daniel.kurniawan@polibatam.ac.id"),
    "Final exam reminder for Operating Systems",
    """Hi P4M,

The Operating Systems (IF2205) final exam is on Thursday, 25 March 2027 at 1 pm. Please publish the reminder below
in the course two days before the exam, at 8 am.

Title: Final Exam Room and Seating
Check your seat number in the course before you come. Room B101 for class A, B102 for class B.

Thanks,
Daniel
""",
    A,
    "en",
    fields=course("IF2205", "Operating Systems", "Final Exam Room and Seating", "2027-03-23T08:00:00+07:00"),
)

M(
    "en-evening-before-trip",
    "2027-03-25 16:40:00",
    ("Sophie Laurent", "sophie.laurent@polibatam.ac.id"),
    "Site visit briefing notice",
    """Dear P4M team,

Our site visit to the shipyard is on Wednesday 7 April 2027; the bus leaves at 06:30. Could you post this on the
Ship Production Technology course (KP3102) the evening before the trip, at 6 pm?

Title: Site Visit Checklist
Wear safety shoes and long trousers, bring your student card and a water bottle.

Best,
Sophie
""",
    A,
    "en",
    fields=course("KP3102", "Ship Production Technology", "Site Visit Checklist", "2027-04-06T18:00:00+07:00"),
)

M(
    "seminggu-sebelum-pendaftaran-ditutup",
    "2027-03-29 11:15:00",
    ("Unit Beasiswa", "beasiswa@polibatam.ac.id"),
    "Pengumuman beasiswa",
    """Selamat siang,

Pendaftaran Beasiswa Prestasi ditutup Jumat, 16 April 2027 pukul 23.59. Mohon pengumuman pengingatnya ditayangkan
untuk seluruh mahasiswa seminggu sebelum pendaftaran ditutup, jam 10 pagi.

Judul: Pendaftaran Beasiswa Prestasi Segera Ditutup
Isi: Lengkapi berkas pendaftaran di portal beasiswa sebelum batas waktu.

Terima kasih,
Unit Beasiswa
""",
    A,
    "id",
    fields=site("Pendaftaran Beasiswa Prestasi Segera Ditutup", "2027-04-09T10:00:00+07:00"),
)

M(
    "h-min-satu-kuis-tanpa-jam-tayang",
    "2027-03-01 13:00:00",
    ("Reza Maulana", "reza.maulana@polibatam.ac.id"),
    "pengumuman kuis Jaringan Komputer",
    """Siang min,

Kuis 2 Jaringan Komputer (TK2102) mulai Selasa, 9 Maret 2027 jam 08.00. Pengumuman ini tayang H-1 sebelum kuis aja
ya, di course-nya.

Judul: Kisi-kisi Kuis 2 Jaringan Komputer
Materi kuis: subnetting, routing statis, dan VLAN.

Makasih,
Reza
""",
    A,
    "id",
    fields=course("TK2102", "Jaringan Komputer", "Kisi-kisi Kuis 2 Jaringan Komputer"),
    note="the publish day (H-1) has no hour; 08.00 is the quiz's time",
)

M(
    "h-min-tiga-acara-di-atas",
    "2027-04-12 09:30:00",
    ("Karina Dewi", "karina.dewi@polibatam.ac.id"),
    "Pengumuman Dies Natalis",
    """Yth. Admin e-learning,

Acara: Dies Natalis Politeknik Negeri Batam ke-27
Hari/Tanggal: Kamis, 22 April 2027
Tempat: Lapangan Utama

Tolong pengumuman ini naik H-3 acara, jam 9 pagi, untuk semua mahasiswa dan dosen.

Judul: Undangan Upacara Dies Natalis ke-27
Seluruh mahasiswa dan dosen diundang mengikuti upacara pukul 07.30 dengan pakaian almamater.

Terima kasih,
Humas
""",
    A,
    "id",
    fields=site("Undangan Upacara Dies Natalis ke-27", "2027-04-19T09:00:00+07:00"),
)

M(
    "en-day-before-deadline-noon",
    "2027-04-20 10:45:00",
    ("Priya Raman", "priya.raman@polibatam.ac.id"),
    "Reminder for Technical Writing",
    """Hello P4M,

The portfolio for Technical Writing (BE2203) is due on Friday, 30 April 2027 at 23:59. Please post the reminder in
the course a day before the deadline at noon.

Title: Portfolio Due Tomorrow
Submit one PDF with all four pieces and the reflection.

Regards,
Priya
""",
    A,
    "en",
    fields=course("BE2203", "Technical Writing", "Portfolio Due Tomorrow", "2027-04-29T12:00:00+07:00"),
)

# ---------------------------------------------------------------- zones of eastern Indonesia and abroad

M(
    "dinas-jayapura-wit",
    "2027-03-02 21:00:00",
    ("Markus Wenda", "markus.wenda@polibatam.ac.id"),
    "pengumuman Mekatronika",
    """Malam tim P4M,

Saya sedang tugas di Jayapura. Tolong tayangkan pengumuman di course Mekatronika (MK3303) besok pukul 10.00 WIT.

Judul: Kuliah Mekatronika Diganti Praktikum Mandiri
Isi: Kerjakan modul 5 di lab, asisten hadir mulai pukul 13.00 WIB.

Terima kasih,
Markus
""",
    A,
    "id",
    fields=course(
        "MK3303", "Mekatronika", "Kuliah Mekatronika Diganti Praktikum Mandiri", "2027-03-03T08:00:00+07:00"
    ),
)

M(
    "waktu-jayapura-bahasa-lisan",
    "2027-03-03 19:30:00",
    ("Yohana Kambu", "yohana.kambu@polibatam.ac.id"),
    "tolong umumkan kuis",
    """Min, sy lg di Jayapura. Tlg umumkan di kelas Fisika Terapan (FT1203) lusa jam 9 pagi waktu Jayapura ya.

Judul: Kuis Fisika Terapan Daring
Kuis dikerjakan di e-learning, dibuka 1 jam.

Makasih min
""",
    A,
    "id",
    fields=course("FT1203", "Fisika Terapan", "Kuis Fisika Terapan Daring", "2027-03-05T07:00:00+07:00"),
)

M(
    "en-bangkok-time",
    "2027-03-04 08:20:00",
    ("Somchai Prasert", "somchai.prasert@polibatam.ac.id"),
    "Announcement for Logistics Analytics",
    """Dear P4M,

I am at a conference in Bangkok. Please publish an announcement on Logistics Analytics (LG3204) on Monday,
8 March 2027 at 9:00 Bangkok time.

Title: Dataset for Assignment 2 Released
The dataset is in section 3 of the course. Read the data dictionary first.

Thank you,
Somchai
""",
    A,
    "en",
    fields=course(
        "LG3204", "Logistics Analytics", "Dataset for Assignment 2 Released", "2027-03-08T09:00:00+07:00"
    ),
)

M(
    "en-dubai-time",
    "2027-03-06 22:10:00",
    ("Omar Haddad", "omar.haddad@polibatam.ac.id"),
    "post for Aviation Safety",
    """Hello,

Transiting in Dubai, so excuse the hour. Please post this on my Aviation Safety course (PS2301) tomorrow at 5 am
Dubai time, which is 8 am in Batam.

Title: Safety Case Study Groups
Groups for the case study are now listed in the course.

Thanks,
Omar
""",
    A,
    "en",
    fields=course("PS2301", "Aviation Safety", "Safety Case Study Groups", "2027-03-07T08:00:00+07:00"),
)

M(
    "en-uk-time-february",
    "2027-02-26 23:30:00",
    ("James Whitfield", "james.whitfield@polibatam.ac.id"),
    "Academic Writing notice",
    """Hi,

I'm visiting family in Leeds. Please post this on the Academic Writing course (BE3101) on Monday 1 March 2027 at
1 am UK time, so it is there when my students wake up.

Title: Essay Plan Feedback Available
Feedback on your essay plans is under Grades.

Thanks,
James
""",
    A,
    "en",
    fields=course(
        "BE3101", "Academic Writing", "Essay Plan Feedback Available", "2027-03-01T08:00:00+07:00"
    ),
)

# ---------------------------------------------------------------- event dates and deadlines, scope near-misses

M(
    "segera-tanpa-jam-tanggal-acara",
    "2027-03-09 10:00:00",
    ("Biro Akademik", "akademik@polibatam.ac.id"),
    "Mohon segera ditayangkan",
    """Yth. Tim P4M,

Mohon pengumuman berikut segera ditayangkan hari ini untuk seluruh mahasiswa.

Judul: Perpanjangan Masa Pengisian Kuesioner EDOM
Pengisian kuesioner evaluasi dosen oleh mahasiswa diperpanjang sampai Rabu, 17 Maret 2027 pukul 23.59. Nilai
semester dapat dilihat mulai Jumat, 19 Maret 2027 pukul 08.00.

Terima kasih,
Biro Akademik
""",
    A,
    "id",
    fields=site("Perpanjangan Masa Pengisian Kuesioner EDOM"),
    note="today without an hour; the other moments are a deadline and when grades open",
)

M(
    "kelas-paralel-a-sampai-d",
    "2027-03-10 15:15:00",
    ("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
    "pengumuman Fisika Dasar semua kelas paralel",
    """Sore Pak/Bu,

Mohon pengumuman ini dipasang untuk semua kelas paralel A sampai D Fisika Dasar (FI1101), besok jam 06.00.

Judul: Responsi Fisika Dasar Digabung
Responsi pekan depan digabung di Auditorium, Rabu 17 Maret 2027 pukul 15.00.

Terima kasih,
Taufik
""",
    A,
    "id",
    fields=course("FI1101", "Fisika Dasar", "Responsi Fisika Dasar Digabung", "2027-03-11T06:00:00+07:00"),
)

M(
    "mahasiswa-tingkat-akhir-semua-prodi",
    "2027-03-12 09:50:00",
    ("Pusat Karier", "karier@polibatam.ac.id"),
    "Info yudisium dan tracer study",
    """Yth. P4M,

Mohon bantu tayangkan info ini di e-learning untuk mahasiswa tingkat akhir dari semua program studi, Senin,
15 Maret 2027 jam 08.00 WIB.

Judul: Pengisian Tracer Study Syarat Yudisium
Mahasiswa tingkat akhir wajib mengisi tracer study sebelum mendaftar yudisium.

Salam,
Pusat Karier
""",
    A,
    "id",
    fields=site("Pengisian Tracer Study Syarat Yudisium", "2027-03-15T08:00:00+07:00"),
)

M(
    "en-whatsapp-draft-bold-asterisks",
    "2027-03-15 20:30:00",
    ("Farah Nabila", "farah.nabila@polibatam.ac.id"),
    "Fwd: draft from our WA group",
    """Hi P4M, copying the draft from our class WhatsApp group. Please publish it on the Cost Accounting course
(AK2203) on Wednesday 17 March 2027 at 7 am.

*Group Project Presentation Order*
_Presentations run on 24 and 25 March. The order is in the course. Swaps must be agreed by both groups._

Thank you!
Farah
""",
    A,
    "en",
    fields=course(
        "AK2203", "Cost Accounting", "Group Project Presentation Order", "2027-03-17T07:00:00+07:00"
    ),
)


if __name__ == "__main__":
    E.PLAN = {A: len(E.MAILS)}
    sys.exit(E.main())

#!/usr/bin/env python3
"""Generate the twentieth P4M helpdesk TUNING corpus for announcements (labelled e-mails).

Written before any rule for it, for publish times and scope in voices no corpus has: a day with its date in
brackets ("Senin (7/12) pkl 07.30"), a slash date after the weekday ("Jumat 4/12 jam 13:30 WIB"), a military
"0730H", "besok lusa", "Senin depan pagi jam 7", "tomorrow 8am", senders in WITA and WIT, a Japanese partner
writing 2026/12/07 in JST, a publish time only in the subject, a calendar invitation beside the text; near-misses
whose dates are the event's, a deadline or "berlaku mulai", never a publish time; one class against the campus.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py.
Run:  python3 make_tune20_announce.py   (BATCH=1 writes only the first batch)
"""

import datetime as dt
import os
import sys
from email.message import EmailMessage
from email.policy import default as DEFAULT
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
M = E.M
BATCH = int(os.environ.get("BATCH", "2"))
WITA = dt.timezone(dt.timedelta(hours=8))
WIT = dt.timezone(dt.timedelta(hours=9))
JST = WIT


def built(slug, date, sender, subject, body, fields, lang="id", note="", calendar=None, zone=None):
    """Mail built by hand: a Date header in the sender's own zone, or a text/calendar part beside the text."""
    msg = EmailMessage(policy=DEFAULT)
    name, addr = sender
    d = E.when(date)
    if zone is not None:
        d = d.astimezone(zone)
    msg["From"] = formataddr((name, addr)) if name else addr
    msg["To"] = "Helpdesk P4M <%s>" % E.HELPDESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = "<%s@%s>" % (E.H(slug, "mid", 20), addr.split("@")[1])
    msg.set_content(body)
    if calendar is not None:
        msg.add_attachment(calendar.encode(), maintype="text", subtype="calendar", filename="undangan.ics",
                           params={"method": "REQUEST"})
    n = 0
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
        if part.is_multipart():
            n += 1
            part.set_boundary("----=_Part_%d_%s" % (n, E.H(slug, "b%d" % n, 18)))
    E.MAILS.append(dict(slug=slug, date=date, raw=msg.as_string(policy=E.POLICY), type="announcement", lang=lang,
                        fields=fields, note=note, att=[], subject=subject))


def ann(title, scope, publish=None, code=None, name=None):
    fields = {}
    if code:
        fields["course_code"] = code
    if name:
        fields["course_name"] = name
    fields["scope"] = scope
    fields["title"] = title
    if publish:
        fields["publish_at"] = publish + ":00+07:00"
    return fields


# ================================================================ batch 1

M("hari-tanggal-dalam-kurung-pkl", "2026-12-03 14:05:00",
  ("Rosmawati, S.Pd.", "rosmawati@polibatam.ac.id"),
  "Minta tolong umumkan di kelas Akuntansi Biaya",
  """Siang tim P4M,

Minta tolong diumumkan di kelas e-learning Akuntansi Biaya (AB2105) ya, tayangnya Senin (7/12) pkl 07.30.

Judul: Praktikum Akuntansi Biaya Pindah ke Lab 3
Isi: Mulai pekan depan praktikum Akuntansi Biaya dilaksanakan di Lab Komputer 3 lantai 2. Mohon hadir 10 menit lebih awal.

Makasih,
Rosma""", "announcement", "id",
  ann("Praktikum Akuntansi Biaya Pindah ke Lab 3", "course", "2026-12-07T07:30", "AB2105", "Akuntansi Biaya"),
  note="Weekday with its date in brackets and 'pkl' ('Senin (7/12) pkl 07.30').")

M("jumat-garis-miring-jam-titikdua", "2026-12-02 09:30:00",
  ("Teguh Santoso", "teguh.santoso@polibatam.ac.id"),
  "Pengumuman Responsi Kalkulus II",
  """Pagi,

Tolong naikkan pengumuman di bawah ini ke course Kalkulus II (MA1202), tampil Jumat 4/12 jam 13:30 WIB.

"Responsi Kalkulus II Minggu Ini Ditiadakan"
Responsi hari Jumat ditiadakan karena dosen mengikuti rapat senat. Latihan soal tetap dikerjakan dan dikumpulkan di e-learning.

Teguh""", "announcement", "id",
  ann("Responsi Kalkulus II Minggu Ini Ditiadakan", "course", "2026-12-04T13:30", "MA1202", "Kalkulus II"),
  note="A slash date after the weekday, 24-hour time with a colon ('Jumat 4/12 jam 13:30 WIB').")

M("menwa-jam-militer-h", "2026-12-03 16:00:00",
  ("Serka (Purn.) Abdul Karim", "abdul.karim@polibatam.ac.id"),
  "Permohonan tayang pengumuman Latihan Dasar Menwa",
  """Kepada Yth. Admin e-Learning,

Mohon izin menayangkan pengumuman untuk seluruh mahasiswa di halaman depan e-learning.
Waktu tayang: Senin, 7 Desember 2026, 0730H.

Judul: Pendaftaran Latihan Dasar Resimen Mahasiswa 2026
Isi: Dibuka pendaftaran Latihan Dasar Menwa bagi mahasiswa semester 1 dan 3. Formulir diambil di Sekretariat Menwa.

Demikian, terima kasih.
Abdul Karim
Pembina Menwa""", "announcement", "id",
  ann("Pendaftaran Latihan Dasar Resimen Mahasiswa 2026", "site", "2026-12-07T07:30"),
  note="A military clock time ('0730H') after a full date, for every student.")

M("besok-lusa-jam-sepuluh", "2026-12-01 19:40:00",
  ("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
  "tolong umumkan ya",
  """malam mas/mbak, nitip pengumuman di kelas Statistika Bisnis (MB2203) ya, besok lusa jam 10 aja naiknya.

judulnya: Kuis 2 Statistika Bisnis Daring
isinya: kuis 2 dikerjakan daring lewat e-learning, durasi 45 menit, materi bab 4-5.

thanks
fitri""", "announcement", "id",
  ann("Kuis 2 Statistika Bisnis Daring", "course", "2026-12-03T10:00", "MB2203", "Statistika Bisnis"),
  note="'besok lusa jam 10': the day after tomorrow, an hour without minutes.")

M("senin-depan-pagi-jam-tujuh", "2026-12-02 21:15:00",
  ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "Pengumuman kelas Elektronika Daya",
  """Assalamualaikum,

Mohon bantu pasang pengumuman di kelas Elektronika Daya (EL3106), Senin depan pagi jam 7 ya.

Judul: Tugas Besar Elektronika Daya Dibagikan
Isi: Pembagian kelompok dan topik tugas besar sudah ada di e-learning. Silakan dicek sebelum kuliah.

Wassalam
Agus""", "announcement", "id",
  ann("Tugas Besar Elektronika Daya Dibagikan", "course", "2026-12-07T07:00", "EL3106", "Elektronika Daya"),
  note="'Senin depan pagi jam 7': the coming Monday, morning, an hour alone.")

M("en-kiwi-tomorrow-8am", "2026-12-06 18:20:00",
  ("Hamish McLeod", "hamish.mcleod@polibatam.ac.id"),
  "Notice for Renewable Energy Systems",
  """Kia ora team,

Could you pop this up on the Renewable Energy Systems page (RE3301) tomorrow 8am?

Title: Site Visit to the Solar Farm Confirmed
Body: The bus leaves campus at 7:15 on Wednesday. Bring closed shoes and your student card.

Cheers,
Hamish""", "announcement", "en",
  ann("Site Visit to the Solar Farm Confirmed", "course", "2026-12-07T08:00", "RE3301", "Renewable Energy Systems"),
  note="'tomorrow 8am' glued, beside the event's own hour (7:15 on Wednesday, not the publish time).")

built("makassar-wita-pukul", "2026-12-04 08:10:00",
      ("Andi Nurhaliza", "andi.nurhaliza@polibatam.ac.id"),
      "Permohonan pengumuman Seminar Nasional Vokasi",
      """Selamat pagi,

Saya sedang dinas di Makassar. Mohon pengumuman berikut ditayangkan di beranda e-learning untuk seluruh sivitas akademika pada Sabtu, 5 Desember 2026 pukul 09.00 WITA.

Judul: Call for Paper Seminar Nasional Vokasi 2027
Isi: Panitia mengundang dosen dan mahasiswa mengirimkan makalah. Batas pengiriman abstrak 20 Januari 2027.

Salam,
Andi Nurhaliza""",
      ann("Call for Paper Seminar Nasional Vokasi 2027", "site", "2026-12-05T08:00"), zone=WITA,
      note="A sender in WITA (+0800) writing the hour in WITA; a deadline date beside it.")

built("jayapura-wit-jam-sepuluh", "2026-12-03 09:00:00",
      ("Yohanis Wenda", "yohanis.wenda@polibatam.ac.id"),
      "Pengumuman kuliah pengganti Sistem Digital",
      """Selamat siang,

Dari Jayapura saya titip pengumuman untuk kelas Sistem Digital (SD2104). Tolong tayang hari Jumat tanggal 4 Desember 2026 jam 10.00 WIT.

Judul: Kuliah Pengganti Sistem Digital
Isi: Kuliah pengganti diadakan Selasa, 8 Desember 2026 pukul 13.00 di ruang 405.

Terima kasih,
Yohanis""",
      ann("Kuliah Pengganti Sistem Digital", "course", "2026-12-04T08:00", "SD2104", "Sistem Digital"), zone=WIT,
      note="A sender in WIT (+0900) writing WIT; the replacement class's own date and hour follow.")

M("en-jst-partner-slash-date", "2026-12-02 11:00:00",
  ("Kenji Watanabe", "k.watanabe@oita-tech.ac.jp"),
  "Request to post: Joint Online Lecture announcement",
  """Dear Helpdesk,

On behalf of the international office of Oita Institute of Technology, I would like to ask you to post the following notice for all Polibatam students.
Publishing date and time: 2026/12/07 10:00 (JST)

Title: Joint Online Lecture on Smart Manufacturing
Text: Students of both institutes are welcome to join the joint online lecture. Registration via the link on the e-learning front page.

Best regards,
Kenji Watanabe
International Office""", "announcement", "en",
  ann("Joint Online Lecture on Smart Manufacturing", "site", "2026-12-07T08:00"),
  note="A Japanese partner: year-first slash date and JST (+0900).")

M("jam-tayang-hanya-di-subjek", "2026-12-07 13:00:00",
  ("Sekretariat Jurusan Manajemen Bisnis", "sekjur.mb@polibatam.ac.id"),
  "Tayang Rabu 9/12 pukul 08.00 - Pengumuman Libur Dies Natalis",
  """Yth. Admin e-Learning,

Mohon pengumuman berikut ditayangkan untuk seluruh mahasiswa dan dosen.

Judul: Libur Dies Natalis Politeknik Negeri Batam
Isi: Sehubungan dengan Dies Natalis, kegiatan perkuliahan ditiadakan pada Kamis, 10 Desember 2026.

Hormat kami,
Sekretariat Jurusan Manajemen Bisnis""", "announcement", "id",
  ann("Libur Dies Natalis Politeknik Negeri Batam", "site", "2026-12-09T08:00"),
  note="The publish time only in the subject; the body dates the holiday.")

ICS_LECTURE = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
BEGIN:VEVENT
DTSTART:20261210T020000Z
DTEND:20261210T040000Z
UID:kuliahumum-ai-2026@google.com
SUMMARY:Kuliah Umum Kecerdasan Buatan
LOCATION:Auditorium Polibatam
END:VEVENT
END:VCALENDAR
"""

built("undangan-kalender-dan-jam-tayang", "2026-12-03 10:30:00",
      ("Dewi Anggraini", "dewi.anggraini@polibatam.ac.id"),
      "Pengumuman Kuliah Umum Kecerdasan Buatan",
      """Halo tim P4M,

Mohon dipublikasikan di e-learning untuk seluruh mahasiswa pada Senin, 7 Desember 2026 pukul 08.00 WIB. Undangan kalender acaranya saya lampirkan.

Judul: Kuliah Umum Kecerdasan Buatan
Isi: Kuliah umum bersama praktisi industri, Kamis 10 Desember 2026 di Auditorium.

Terima kasih,
Dewi""",
      ann("Kuliah Umum Kecerdasan Buatan", "site", "2026-12-07T08:00"), calendar=ICS_LECTURE,
      note="A calendar invitation of the event beside the text that asks its own publish time.")

built("undangan-kalender-tanpa-jam-tayang", "2026-12-03 11:45:00",
      ("Dewi Anggraini", "dewi.anggraini@polibatam.ac.id"),
      "Info kuliah umum untuk mahasiswa",
      """Halo lagi,

Satu lagi: tolong diumumkan ke semua mahasiswa juga ya, detail waktu dan tempatnya ada di undangan kalender terlampir.

Judul: Pendaftaran Peserta Kuliah Umum
Isi: Peserta kuliah umum mendaftar melalui tautan di e-learning.

Dewi""",
      ann("Pendaftaran Peserta Kuliah Umum", "site"), calendar=ICS_LECTURE,
      note="Near-miss: only the calendar invitation has a date and hour, the event's; no publish time asked.")

M("acara-kamis-jam-sembilan-bukan-tayang", "2026-12-04 10:00:00",
  ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
  "Mohon diumumkan: Workshop Penulisan Artikel",
  """Selamat pagi,

Mohon diumumkan kepada seluruh dosen di e-learning:

Judul: Workshop Penulisan Artikel Ilmiah
Workshop dilaksanakan Kamis (10/12) pkl 09.00 di Ruang Seminar Gedung Utama. Peserta membawa draf artikel masing-masing.

Terima kasih,
Lina""", "announcement", "id",
  ann("Workshop Penulisan Artikel Ilmiah", "site"),
  note="Near-miss: the event's day in brackets and 'pkl', written the way a publish time could be; none asked.")

M("batas-unggah-bukan-tayang", "2026-12-04 15:30:00",
  ("Bayu Kurniawan", "bayu.kurniawan@polibatam.ac.id"),
  "Pengumuman pengumpulan laporan PKL",
  """Sore,

Tolong umumkan di kelas Praktik Kerja Lapangan (PK3001) secepatnya:

Judul: Pengumpulan Laporan PKL
Isi: Laporan PKL diunggah ke e-learning paling lambat Jumat 11/12 jam 23.59 WIB. Keterlambatan tidak diterima.

Bayu""", "announcement", "id",
  ann("Pengumpulan Laporan PKL", "course", None, "PK3001", "Praktik Kerja Lapangan"),
  note="Near-miss: a deadline with a slash date and an hour, 'secepatnya' without a time.")

M("berlaku-mulai-bukan-tayang", "2026-12-05 09:20:00",
  ("Wakil Direktur Bidang Akademik", "wadir1@polibatam.ac.id"),
  "Penayangan pengumuman tata tertib ujian",
  """Yth. Kepala P4M,

Bersama ini kami mohon pengumuman berikut ditayangkan di halaman utama e-learning.

Judul: Tata Tertib Ujian Akhir Semester yang Baru
Isi: Tata tertib ujian yang baru berlaku mulai Senin, 14 Desember 2026 pukul 07.00 WIB. Mahasiswa wajib membawa kartu ujian.

Wakil Direktur Bidang Akademik""", "announcement", "id",
  ann("Tata Tertib Ujian Akhir Semester yang Baru", "site"),
  note="Near-miss: 'berlaku mulai' a date and hour, which is when the rule applies, not when to publish.")

M("satu-kelas-pararel-saja", "2026-12-01 16:45:00",
  ("Mira Lestari", "mira.lestari@polibatam.ac.id"),
  "pengumuman untuk kelas MI-3B saja",
  """Sore,

Tolong pasang pengumuman hanya untuk mahasiswa kelas MI-3B di course Pemrograman Mobile (MI3204), jangan ke kelas lain. Tayang Kamis pagi jam 6.45.

Judul: Asistensi Pemrograman Mobile MI-3B Diundur
Isi: Asistensi minggu ini diundur ke hari Jumat karena lab dipakai ujian.

Mira""", "announcement", "id",
  ann("Asistensi Pemrograman Mobile MI-3B Diundur", "course", "2026-12-03T06:45", "MI3204", "Pemrograman Mobile"),
  note="One class of one course; 'Kamis pagi jam 6.45' with a dot in the hour.")

M("seluruh-civitas-gangguan-jaringan", "2026-12-05 20:00:00",
  ("UPT Teknologi Informasi", "upt.ti@polibatam.ac.id"),
  "Mohon disiarkan: pemeliharaan server e-learning",
  """Kepada admin e-learning,

Mohon pengumuman ini disiarkan ke seluruh pengguna e-learning, dosen maupun mahasiswa, sekarang juga.

Judul: Pemeliharaan Server E-Learning Minggu Malam
Isi: E-learning tidak dapat diakses Minggu, 6 Desember 2026 pukul 22.00-24.00 WIB karena pemeliharaan server.

UPT TI""", "announcement", "id",
  ann("Pemeliharaan Server E-Learning Minggu Malam", "site"),
  note="Every user of the platform; 'sekarang juga' and the outage's own hours (no publish time).")

M("nanti-malam-pukul-delapan", "2026-12-03 12:10:00",
  ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
  "Pengumuman Basis Data kelas malam",
  """Siang,

Nitip pengumuman untuk course Basis Data (IF2201) kelas malam, tayang nanti malam pukul 20.00 saja biar pas mereka selesai kerja.

Judul: Materi Normalisasi Sudah Diunggah
Isi: Slide dan video normalisasi sudah ada di e-learning, pelajari sebelum pertemuan Sabtu.

Rahmat""", "announcement", "id",
  ann("Materi Normalisasi Sudah Diunggah", "course", "2026-12-03T20:00", "IF2201", "Basis Data"),
  note="'nanti malam pukul 20.00': tonight, the mail's own day.")


# ================================================================ batch 2 (written after batch 1's rules, scored before any more)
if BATCH >= 2:
    M("tgl-titik-strip-jam-setengah", "2026-12-04 13:20:00",
      ("Hj. Nurlela, S.Sos.", "nurlela@polibatam.ac.id"),
      "Permintaan penayangan pengumuman",
      """Assalamualaikum Wr. Wb.

Mohon bantuan untuk menayangkan pengumuman di bawah ini pada tgl. 8-12-2026 jam 06.30 di halaman utama e-learning, untuk seluruh mahasiswa.

Judul: Pembayaran UKT Semester Genap Diperpanjang
Isi: Batas pembayaran UKT semester genap diperpanjang sampai 18 Desember 2026.

Wassalamualaikum Wr. Wb.
Nurlela
Bagian Keuangan""", "announcement", "id",
      ann("Pembayaran UKT Semester Genap Diperpanjang", "site", "2026-12-08T06:30"),
      note="'tgl.' with a dashed date and 'jam 06.30'; a deadline date in the text.")

    M("en-german-cet-dotted-date", "2026-12-03 09:00:00",
      ("Dr. Matthias Becker", "m.becker@hs-partner.de"),
      "Notice for the double-degree students",
      """Dear colleagues,

Could you please publish the following notice for all students of the double-degree programme, on Friday 11.12.2026 at 8:00 CET?

Title: Application Window for Summer Semester in Germany
Text: Applications for the summer semester open in January. Information session recordings are on the e-learning page.

Best regards,
Matthias Becker""", "announcement", "en",
      ann("Application Window for Summer Semester in Germany", "site", "2026-12-11T14:00"),
      note="A German partner: a dotted date and CET, brought to WIB (+6 hours).")

    M("lusa-pagi-setengah-tujuh", "2026-12-06 20:10:00",
      ("Eko Prasetyo", "eko.prasetyo@polibatam.ac.id"),
      "nitip pengumuman Mesin Listrik",
      """malam, nitip umumin di kelas Mesin Listrik (EL2203) lusa pagi jam setengah 7 ya

judul: Praktikum Mesin Listrik Kelompok 3 Pindah Hari
isi: kelompok 3 praktikum hari Kamis, bukan Rabu.

eko""", "announcement", "id",
      ann("Praktikum Mesin Listrik Kelompok 3 Pindah Hari", "course", "2026-12-08T06:30", "EL2203", "Mesin Listrik"),
      note="'lusa pagi jam setengah 7': two days on, half past six.")

    M("selasa-minggu-depan-jam-koma", "2026-12-03 15:00:00",
      ("Siti Aminah", "siti.aminah@polibatam.ac.id"),
      "Pengumuman Akuntansi Sektor Publik",
      """Sore Pak/Bu,

Saya minta tolong pengumuman di bawah ini naik di course Akuntansi Sektor Publik (AK3105) hari Selasa minggu depan, 09.15 WIB.

Judul: Studi Kasus Laporan Keuangan Pemda
Isi: Silakan unduh studi kasus dan diskusikan dalam kelompok sebelum pertemuan berikutnya.

Siti""", "announcement", "id",
      ann("Studi Kasus Laporan Keuangan Pemda", "course", "2026-12-08T09:15", "AK3105", "Akuntansi Sektor Publik"),
      note="'hari Selasa minggu depan, 09.15 WIB': the weekday of the coming week, a bare clock after a comma.")

    M("malaysia-hb-disember", "2026-12-02 10:30:00",
      ("Puan Noraini binti Hassan", "noraini@uthm-partner.edu.my"),
      "Hebahan program mobiliti pelajar",
      """Assalamualaikum dan salam sejahtera,

Mohon jasa baik pihak tuan/puan untuk menghebahkan pengumuman berikut kepada semua pelajar Polibatam pada 8hb Disember 2026, jam 8.00 pagi (waktu Malaysia).

Tajuk: Program Mobiliti Pelajar Semester Pendek 2027
Kandungan: Permohonan dibuka kepada pelajar tahun dua dan ke atas.

Sekian, terima kasih.
Noraini""", "announcement", "mixed",
      ann("Program Mobiliti Pelajar Semester Pendek 2027", "site", "2026-12-08T07:00"),
      note="A Malaysian partner: '8hb Disember', 'jam 8.00 pagi (waktu Malaysia)', 'Tajuk'.")

    built("balikpapan-besok-wita", "2026-12-06 21:30:00",
          ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
          "Pengumuman kelas Sistem Kendali",
          """Malam,

Saya sedang di Balikpapan. Tolong besok jam 9 WITA diumumkan di kelas Sistem Kendali (SK3102):

Judul: Kuis Sistem Kendali Diundur Sepekan
Isi: Kuis diundur ke pertemuan berikutnya karena saya dinas luar.

Rudi""",
          ann("Kuis Sistem Kendali Diundur Sepekan", "course", "2026-12-07T08:00", "SK3102", "Sistem Kendali"), zone=WITA,
          note="A sender in WITA late in the evening: 'besok jam 9 WITA' counted from the mail's own day.")

    M("en-subject-post-tue-time", "2026-12-04 16:00:00",
      ("Library Services", "library@polibatam.ac.id"),
      "Post Tue 8 Dec 07:00 - Library Closed for Stocktake",
      """Hi,

Notice below for everyone on the platform, please.

Title: Library Closed for Stocktake
Text: The library will be closed from 14 to 16 December for the annual stocktake. Loans due in that period are extended automatically.

Library Services""", "announcement", "en",
      ann("Library Closed for Stocktake", "site", "2026-12-08T07:00"),
      note="The publish time only in the subject ('Post Tue 8 Dec 07:00'); the closure's dates in the text.")

    ICS_EXAM = """BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
DTSTART;TZID=SE Asia Standard Time:20261214T080000
DTEND;TZID=SE Asia Standard Time:20261214T100000
SUMMARY:UAS Matematika Teknik
LOCATION:GU 701
END:VEVENT
END:VCALENDAR
"""
    built("outlook-undangan-uas-besok-pukul-enam", "2026-12-07 15:40:00",
          ("Yuliana Saragih", "yuliana.saragih@polibatam.ac.id"),
          "Pengumuman UAS Matematika Teknik",
          """Sore,

Tolong tayangkan besok pukul 06.00 di course Matematika Teknik (MT1101). Undangan kalender ujiannya sudah saya kirim ke mahasiswa, saya lampirkan juga di sini.

Judul: Ruang dan Waktu UAS Matematika Teknik
Isi: UAS dilaksanakan Senin, 14 Desember 2026, pukul 08.00-10.00 di GU 701.

Yuliana""",
          ann("Ruang dan Waktu UAS Matematika Teknik", "course", "2026-12-08T06:00", "MT1101", "Matematika Teknik"),
          calendar=ICS_EXAM, note="A calendar invitation of the exam beside 'besok pukul 06.00'.")

    M("pendaftaran-dibuka-mulai-bukan-tayang", "2026-12-04 09:10:00",
      ("Kemahasiswaan", "kemahasiswaan@polibatam.ac.id"),
      "Mohon diumumkan: Pendaftaran Lomba Inovasi",
      """Selamat pagi,

Mohon diumumkan ke seluruh mahasiswa melalui e-learning.

Judul: Pendaftaran Lomba Inovasi Mahasiswa 2027
Isi: Pendaftaran dibuka mulai Senin 7/12 pukul 08.00 WIB sampai 31 Desember 2026 melalui laman kemahasiswaan.

Terima kasih,
Kemahasiswaan""", "announcement", "id",
      ann("Pendaftaran Lomba Inovasi Mahasiswa 2027", "site"),
      note="Near-miss: 'dibuka mulai' a day and an hour in the text: registration opening, not publishing.")

    M("efektif-per-bukan-tayang", "2026-12-07 10:00:00",
      ("Kepala UPT Perpustakaan", "ka.perpus@polibatam.ac.id"),
      "Pengumuman jam layanan perpustakaan",
      """Yth. Admin,

Mohon dipasang pengumuman berikut di halaman depan e-learning hari ini.

Judul: Jam Layanan Perpustakaan Selama Libur Semester
Isi: Efektif per Senin, 21 Desember 2026 pukul 08.00, perpustakaan hanya melayani hingga pukul 14.00.

Kepala UPT Perpustakaan""", "announcement", "id",
      ann("Jam Layanan Perpustakaan Selama Libur Semester", "site"),
      note="Near-miss: 'Efektif per' a day and an hour, and 'hari ini' without an hour.")

    M("hanya-kelas-trpl-1c", "2026-12-04 11:25:00",
      ("Andika Putra", "andika.putra@polibatam.ac.id"),
      "Info untuk kelas TRPL-1C",
      """Siang,

Pengumuman ini hanya untuk kelas TRPL-1C di mata kuliah Algoritma (IF1102), tolong ditayangkan Selasa 8/12 pkl. 12.30.

Judul: Kelas Pengganti Algoritma TRPL-1C
Isi: Kelas pengganti diadakan Kamis sore di Lab RPL.

Andika""", "announcement", "id",
      ann("Kelas Pengganti Algoritma TRPL-1C", "course", "2026-12-08T12:30", "IF1102", "Algoritma"),
      note="One class of one course; 'pkl.' with its dot before the hour.")

    M("maba-semua-prodi", "2026-12-05 08:00:00",
      ("Panitia PKKMB", "pkkmb@polibatam.ac.id"),
      "Mohon dibantu tayangkan pengumuman untuk maba",
      """Halo admin e-learning,

Mohon dibantu tayangkan pengumuman ini untuk seluruh mahasiswa baru angkatan 2026 dari semua prodi, Senin 7 Desember jam 7 pagi.

Judul: Pengumpulan Tugas Refleksi PKKMB
Isi: Tugas refleksi dikumpulkan melalui e-learning paling lambat Jumat, 11 Desember 2026.

Panitia PKKMB""", "announcement", "id",
      ann("Pengumpulan Tugas Refleksi PKKMB", "site", "2026-12-07T07:00"),
      note="New students of every programme (the site); a deadline beside the publish time.")

E.PLAN = {"announcement": len(E.MAILS)}

if __name__ == "__main__":
    sys.exit(E.main())

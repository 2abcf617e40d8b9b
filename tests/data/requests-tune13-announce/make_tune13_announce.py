#!/usr/bin/env python3
"""Generate the thirteenth P4M helpdesk TUNING corpus for announcements (75 labelled request e-mails).

Written in round 7, after the kinds the opened part8 (requests-tune12) and the held-out figures pointed to, in other
voices and other words than their samples: a request made only in the subject line above an empty phone body (a
quoted or cued title, a class group such as "KA-2B" naming one course); publish times in tables (plain-text pipes, an
Outlook table), after "pas"/"tepat", after the text, in another zone (WITA, WIT, Singapore's GMT+8, UTC), relative
days in a reply whose quoted request said "besok", a date in one sentence and the hour in the next. Near-misses that
must not be read as the publish time: a rule that takes effect ("mulai berlaku", "effective from"), a registration
that ends ("berakhir"), an event that takes place, opening hours, a table of exam times, a date without a time.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py; every body
here was written by hand, and the batch was scored before any rule was changed for it.
Run:  python3 make_tune13_announce.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"announcement": 75}
M = E.M
A = "announcement"

# ---------------------------------------------------------------- the request only in the subject line

M(
    "android-subjek-saja-kutip-kelas-rombel",
    "2026-12-01 06:45:00",
    ("Fitri Amelia", "fitri.amelia@polibatam.ac.id"),
    'umumin "Responsi Kimia Analitik KA-2B Pindah ke Lab 2" ya min',
    """

Dikirim dari Samsung Galaxy smartphone saya.
""",
    A,
    "id",
    client="iphone",
    fields={
        "course_name": "Kimia Analitik",
        "title": "Responsi Kimia Analitik KA-2B Pindah ke Lab 2",
        "scope": "course",
    },
)

M(
    "iphone-subject-only-titled-my-class",
    "2026-12-01 21:10:00",
    ("Marcus Tan", "marcus.tan@polibatam.ac.id"),
    "Please post an announcement titled 'Robotics Lab Closed This Friday' for my Robotics class",
    """
Sent from my iPhone
""",
    A,
    "en",
    client="iphone",
    fields={"course_name": "Robotics", "title": "Robotics Lab Closed This Friday", "scope": "course"},
)

M(
    "iphone-subjek-saja-halaman-depan",
    "2026-12-02 07:30:00",
    ("Humas Polibatam", "humas@polibatam.ac.id"),
    'Tolong tayangkan di halaman depan e-learning: "Libur Nasional Hari Natal 25 Desember 2026"',
    """

Dikirim dari iPhone saya
""",
    A,
    "id",
    client="iphone",
    fields={"title": "Libur Nasional Hari Natal 25 Desember 2026", "scope": "site"},
)

# ---------------------------------------------------------------- publish times in tables

M(
    "thunderbird-tabel-pipa-tanggal-jam-terpisah",
    "2026-12-02 10:00:00",
    ("Yulia Rahmawati", "yulia.rahmawati@polibatam.ac.id"),
    "pengumuman untuk Mekanika Fluida",
    """Selamat pagi tim P4M,

Mohon dipasang pengumuman di course Mekanika Fluida (MS2204) sesuai rincian berikut:

| Keterangan     | Isian                              |
|----------------|------------------------------------|
| Judul          | Praktikum Aliran Pipa Ditunda      |
| Tanggal tayang | 7/12/2026                          |
| Jam tayang     | 06.30                              |

Isi: praktikum aliran pipa ditunda satu minggu karena pompa di lab sedang diperbaiki.

Terima kasih,
Yulia
""",
    A,
    "id",
    client="thunderbird",
    fields={
        "course_code": "MS2204",
        "course_name": "Mekanika Fluida",
        "title": "Praktikum Aliran Pipa Ditunda",
        "scope": "course",
        "publish_at": "2026-12-07T06:30:00+07:00",
    },
)

M(
    "outlook-tabel-html-waktu-penayangan",
    "2026-12-03 13:15:00",
    ("Bagian Kemahasiswaan", "kemahasiswaan@polibatam.ac.id"),
    "Permohonan penayangan pengumuman beasiswa",
    "",
    A,
    "id",
    client="outlook",
    html_body=(
        '<p class="MsoNormal">Yth. Tim P4M,<o:p></o:p></p>'
        '<p class="MsoNormal">Mohon bantuan menayangkan pengumuman berikut untuk seluruh mahasiswa:<o:p></o:p></p>'
        '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">'
        '<tr><td><p class="MsoNormal">Judul<o:p></o:p></p></td>'
        '<td><p class="MsoNormal">Seleksi Beasiswa Unggulan 2027<o:p></o:p></p></td></tr>'
        '<tr><td><p class="MsoNormal">Waktu penayangan<o:p></o:p></p></td>'
        '<td><p class="MsoNormal">Selasa, 8 Desember 2026, 09.00 WIB<o:p></o:p></p></td></tr>'
        '<tr><td><p class="MsoNormal">Isi<o:p></o:p></p></td>'
        '<td><p class="MsoNormal">Pendaftaran seleksi beasiswa dibuka melalui SIAKAD.<o:p></o:p></p></td></tr>'
        "</table>"
        '<p class="MsoNormal">Atas bantuannya kami ucapkan terima kasih.<o:p></o:p></p>'
        '<p class="MsoNormal">Bagian Kemahasiswaan<o:p></o:p></p>'
    ),
    fields={
        "title": "Seleksi Beasiswa Unggulan 2027",
        "scope": "site",
        "publish_at": "2026-12-08T09:00:00+07:00",
    },
)

M(
    "tabel-jadwal-ujian-tanpa-jam-tayang",
    "2026-12-03 15:40:00",
    ("Hendra Gunawan", "hendra.gunawan@polibatam.ac.id"),
    "jadwal UAS Struktur Data",
    """Sore,

Mohon ditayangkan segera di course Struktur Data (IF2105), judulnya "Jadwal UAS Struktur Data".

| Kelas | Tanggal           | Jam         | Ruang |
|-------|-------------------|-------------|-------|
| IF-2A | 14 Desember 2026  | 08.00-10.00 | B201  |
| IF-2B | 15 Desember 2026  | 10.30-12.30 | B202  |

Terima kasih,
Hendra
""",
    A,
    "id",
    client="thunderbird",
    fields={
        "course_code": "IF2105",
        "course_name": "Struktur Data",
        "title": "Jadwal UAS Struktur Data",
        "scope": "course",
    },
)

# ---------------------------------------------------------------- "pas", "tepat", the hour after the day

M(
    "komting-pas-hari-senin-jam",
    "2026-12-04 20:05:00",
    ("Dimas Saputra", "dimas.saputra@students.polibatam.ac.id"),
    "min mau minta tolong umumin",
    """min td bu Rina nyuruh sy minta tolong umumin di course Jaringan Komputer (TK2103), judulnya "Kuis 5 Open Book".
tayangin pas hari Senin jam 7 pagi aja min. makasih
""",
    A,
    "id",
    fields={
        "course_code": "TK2103",
        "course_name": "Jaringan Komputer",
        "title": "Kuis 5 Open Book",
        "scope": "course",
        "publish_at": "2026-12-07T07:00:00+07:00",
    },
)

M(
    "tepat-pukul-teng-lusa",
    "2026-12-05 09:20:00",
    ("Agus Salim", "agus.salim@polibatam.ac.id"),
    "pengumuman ujian ulang",
    """Assalamualaikum,

Tolong dipasang di kelas Termodinamika saya (ME2102) pengumuman berjudul Ujian Ulang Termodinamika Kelas Pagi.
Mohon tayang lusa tepat pukul 12.00 teng, jangan lebih awal.

Wassalam,
Agus
""",
    A,
    "id",
    fields={
        "course_code": "ME2102",
        "course_name": "Termodinamika",
        "title": "Ujian Ulang Termodinamika Kelas Pagi",
        "scope": "course",
        "publish_at": "2026-12-07T12:00:00+07:00",
    },
)

M(
    "tanggal-dulu-jamnya-kalimat-berikut",
    "2026-12-07 11:00:00",
    ("Ratna Sari", "ratna.sari@polibatam.ac.id"),
    "pengumuman perubahan ruang",
    """Selamat siang,

Mohon ditayangkan pengumuman di course Akuntansi Manajemen (AK3102) dengan judul "Perubahan Ruang Kuliah Minggu Depan" pada Kamis, 10 Desember 2026. Untuk jamnya pukul 13.00 WIB saja.

Isi: mulai minggu depan kuliah pindah ke ruang C305.

Terima kasih,
Ratna
""",
    A,
    "id",
    fields={
        "course_code": "AK3102",
        "course_name": "Akuntansi Manajemen",
        "title": "Perubahan Ruang Kuliah Minggu Depan",
        "scope": "course",
        "publish_at": "2026-12-10T13:00:00+07:00",
    },
)

M(
    "en-date-then-as-for-the-time",
    "2026-12-07 14:30:00",
    ("Dr. Anthony Rees", "anthony.rees@polibatam.ac.id"),
    "Notice for the front page",
    """Dear helpdesk,

Could you put a notice titled "International Week Volunteers Wanted" on the e-learning front page on Monday,
14 December 2026? As for the time, 7:30 am please.

Volunteers help our guests from partner universities during International Week in January.

Kind regards,
Anthony
""",
    A,
    "en",
    fields={
        "title": "International Week Volunteers Wanted",
        "scope": "site",
        "publish_at": "2026-12-14T07:30:00+07:00",
    },
)

M(
    "tanggal-tayang-lalu-jam-tayang-kalimat",
    "2026-12-08 08:10:00",
    ("Lukman Hakim", "lukman.hakim@polibatam.ac.id"),
    "Pengumuman kelas Sistem Digital",
    """Pagi,

Saya mau pasang pengumuman di course Sistem Digital (EL2103) berjudul "Tugas Besar Dikumpulkan Lewat E-learning".
Tanggal tayangnya Rabu, 9 Desember 2026. Jam tayangnya 10.00 WIB.

Isinya: tugas besar tidak perlu dicetak, cukup diunggah di e-learning.

Salam,
Lukman
""",
    A,
    "id",
    fields={
        "course_code": "EL2103",
        "course_name": "Sistem Digital",
        "title": "Tugas Besar Dikumpulkan Lewat E-learning",
        "scope": "course",
        "publish_at": "2026-12-09T10:00:00+07:00",
    },
)

# ---------------------------------------------------------------- the time after the announcement's text

M(
    "en-text-first-go-up-after",
    "2026-12-08 16:20:00",
    ("Sarah Lim", "sarah.lim@polibatam.ac.id"),
    "Announcement for Technical English",
    """Hello P4M,

For my Technical English (BI1201) course page, title "Oral Presentation Groups Released":

The groups for the oral presentation are now in the Week 14 folder. Please check your group and topic before
Friday's class.

Please have this go up on Thursday, 10 December 2026 at 2 pm.

Thank you,
Sarah
""",
    A,
    "en",
    fields={
        "course_code": "BI1201",
        "course_name": "Technical English",
        "title": "Oral Presentation Groups Released",
        "scope": "course",
        "publish_at": "2026-12-10T14:00:00+07:00",
    },
)

# ---------------------------------------------------------------- times in another zone

M(
    "makassar-pukul-wita",
    "2026-12-09 10:00:00",
    ("Andi Baso", "andi.baso@polibatam.ac.id"),
    "pengumuman dari dosen tamu",
    """Selamat pagi,

Saya sedang di Makassar, mohon dibantu tayangkan pengumuman di course Manajemen Proyek (MP3101) berjudul
"Kuliah Pekan Depan Dilaksanakan Daring" pada Jumat, 11 Desember 2026 pukul 10.00 WITA.

Isinya: kuliah pekan depan lewat Zoom, tautan menyusul di e-learning.

Terima kasih,
Andi
""",
    A,
    "id",
    fields={
        "course_code": "MP3101",
        "course_name": "Manajemen Proyek",
        "title": "Kuliah Pekan Depan Dilaksanakan Daring",
        "scope": "course",
        "publish_at": "2026-12-11T09:00:00+07:00",
    },
)

M(
    "singapore-partner-gmt8",
    "2026-12-09 11:40:00",
    ("Jonathan Koh", "jonathan.koh@partner.edu.sg"),
    "Joint webinar notice",
    """Dear colleagues at P4M,

Could you publish a notice titled "Joint Webinar with Singapore Polytechnic" for all students on
Wednesday 16 December 2026 at 9:00 am Singapore time (GMT+8)?

The webinar itself is on 6 January 2027; registration details will follow in the notice.

Best regards,
Jonathan Koh
""",
    A,
    "en",
    fields={
        "title": "Joint Webinar with Singapore Polytechnic",
        "scope": "site",
        "publish_at": "2026-12-16T08:00:00+07:00",
    },
)

M(
    "exchange-staff-utc",
    "2026-12-10 09:00:00",
    ("Eva Schneider", "eva.schneider@polibatam.ac.id"),
    "notice for my Control Systems students",
    """Hi,

Please post an announcement titled "Lab Manual Version 2" in my Control Systems (EL3104) course on
Monday 14 December 2026 at 01:00 UTC, which should be 8 in the morning in Batam.

The corrected lab manual replaces version 1; please print the new one.

Thanks,
Eva
""",
    A,
    "en",
    fields={
        "course_code": "EL3104",
        "course_name": "Control Systems",
        "title": "Lab Manual Version 2",
        "scope": "course",
        "publish_at": "2026-12-14T08:00:00+07:00",
    },
)

M(
    "papua-pkl-wit",
    "2026-12-10 13:30:00",
    ("Yohanes Kambu", "yohanes.kambu@polibatam.ac.id"),
    "Mohon diumumkan",
    """Syalom tim P4M,

Mohon diumumkan untuk semua mahasiswa, judul: Sosialisasi Program Magang Industri Papua.
Tayang besok pkl 10.00 WIT.

Isi: sosialisasi program magang industri di Jayapura untuk mahasiswa tingkat akhir.

Terima kasih,
Yohanes
""",
    A,
    "id",
    fields={
        "title": "Sosialisasi Program Magang Industri Papua",
        "scope": "site",
        "publish_at": "2026-12-11T08:00:00+07:00",
    },
)

# ---------------------------------------------------------------- relative days in a reply

M(
    "balasan-jam-dimundurkan-besok-di-kutipan",
    "2026-12-11 07:40:00",
    ("Nina Marlina", "nina.marlina@polibatam.ac.id"),
    "Re: [Tiket #2026-0733] pengumuman praktikum",
    """Pagi min, jamnya dimundurkan jadi jam 10 ya, tanggal tetap. Yang lain sama.

Nina

On Thu, 10 Dec 2026 at 19:02, Nina Marlina <nina.marlina@polibatam.ac.id> wrote:
> Malam min, tolong tayangkan pengumuman di course Kimia Dasar (KM1101) judulnya "Praktikum Titrasi Ditiadakan".
> Tayang besok jam 6 pagi ya.
> Isi: praktikum titrasi minggu ini ditiadakan, diganti tugas mandiri.
""",
    A,
    "id",
    fields={
        "course_code": "KM1101",
        "course_name": "Kimia Dasar",
        "title": "Praktikum Titrasi Ditiadakan",
        "scope": "course",
        "publish_at": "2026-12-11T10:00:00+07:00",
    },
    reply="<titrasi0733.km@polibatam.ac.id>",
)

M(
    "reply-pada-menulis-lusa-di-jawaban",
    "2026-12-11 09:10:00",
    ("Wulan Dari", "wulan.dari@polibatam.ac.id"),
    "Re: [Tiket #2026-0740] Pengumuman seminar proposal",
    """Selamat pagi,

Tayangnya lusa saja pukul 08.00, tidak jadi hari ini.

Salam,
Wulan

Pada tanggal Kam, 10 Des 2026 pukul 15.20 Wulan Dari <wulan.dari@polibatam.ac.id> menulis:
> Mohon dipasang di halaman depan e-learning:
> Judul: Seminar Proposal Tugas Akhir Gelombang II
> Tayang: besok pukul 07.00
> Isi: seminar proposal gelombang II diadakan 17-18 Desember 2026.
""",
    A,
    "id",
    fields={
        "title": "Seminar Proposal Tugas Akhir Gelombang II",
        "scope": "site",
        "publish_at": "2026-12-13T08:00:00+07:00",
    },
    reply="<sempro0740.ta@polibatam.ac.id>",
)

# ---------------------------------------------------------------- near-misses: moments that are not the publish time

M(
    "mulai-berlaku-jadwal-baru",
    "2026-12-11 10:30:00",
    ("Koordinator Lab", "lab.elektro@polibatam.ac.id"),
    "pengumuman jadwal lab baru",
    """Selamat siang,

Mohon diumumkan di course Praktikum Elektronika (EL1205) dengan judul "Jadwal Praktikum Baru", jadwal
praktikum yang baru mulai berlaku Senin, 14 Desember 2026 pukul 07.30. Jadwal lengkap terlampir di folder minggu 15.

Terima kasih.
Koordinator Lab Elektro
""",
    A,
    "id",
    fields={
        "course_code": "EL1205",
        "course_name": "Praktikum Elektronika",
        "title": "Jadwal Praktikum Baru",
        "scope": "course",
    },
)

M(
    "en-rules-effective-from",
    "2026-12-11 13:45:00",
    ("Facilities Office", "facilities@polibatam.ac.id"),
    "Front page notice: new parking rules",
    """Dear P4M,

Please publish this on the front page, titled "New Campus Parking Rules": the new parking rules are
effective from Monday 14 December 2026 at 6 am. Student vehicles use the east gate only.

Regards,
Facilities Office
""",
    A,
    "en",
    fields={"title": "New Campus Parking Rules", "scope": "site"},
)

M(
    "pendaftaran-berakhir-jam",
    "2026-12-12 08:00:00",
    ("UPT Bahasa", "upt.bahasa@polibatam.ac.id"),
    "pengumuman tes TOEIC",
    """Pagi,

Tolong tayangkan untuk seluruh mahasiswa pengumuman berjudul "Pendaftaran Tes TOEIC Gelombang 3"; pendaftaran
berakhir Jumat, 18 Desember 2026 pukul 16.00 WIB.

Terima kasih,
UPT Bahasa
""",
    A,
    "id",
    fields={"title": "Pendaftaran Tes TOEIC Gelombang 3", "scope": "site"},
)

M(
    "en-career-fair-takes-place",
    "2026-12-12 10:15:00",
    ("Career Centre", "career@polibatam.ac.id"),
    "Please share: Career Fair",
    """Hi team,

Please share with all students an announcement titled "Polibatam Career Fair 2026": the fair takes place on
Saturday 19 December 2026 at 9 am in the main hall, with 40 companies.

Thanks,
Career Centre
""",
    A,
    "en",
    fields={"title": "Polibatam Career Fair 2026", "scope": "site"},
)

M(
    "jam-layanan-perpustakaan",
    "2026-12-12 11:20:00",
    ("Perpustakaan", "perpustakaan@polibatam.ac.id"),
    "pengumuman jam layanan",
    """Selamat siang,

Tolong umumkan di halaman depan, judulnya "Jam Layanan Perpustakaan Selama Libur": perpustakaan buka Senin
jam 08.00 sampai 15.00 selama libur semester.

Terima kasih.
""",
    A,
    "id",
    fields={"title": "Jam Layanan Perpustakaan Selama Libur", "scope": "site"},
)

M(
    "tanggal-tayang-tanpa-jam",
    "2026-12-12 14:00:00",
    ("Siti Aminah", "siti.aminah@polibatam.ac.id"),
    "pengumuman kelas Statistika Industri",
    """Siang,

Tolong tayangkan di course Statistika Industri (TI2204) pengumuman berjudul "Kuis 4 Dibatalkan" pada Senin,
14 Desember 2026. Kuisnya sedianya Selasa pukul 10.00.

Terima kasih,
Siti
""",
    A,
    "id",
    fields={
        "course_code": "TI2204",
        "course_name": "Statistika Industri",
        "title": "Kuis 4 Dibatalkan",
        "scope": "course",
    },
)

M(
    "en-deadline-due-in-post",
    "2026-12-13 19:30:00",
    ("Kevin Wijaya", "kevin.wijaya@polibatam.ac.id"),
    "post for my Data Mining course",
    """Hi P4M,

Please post to my Data Mining (IF4102) course, titled "Final Project Submission": the final project report is
due Friday 18 December 2026 at 11:59 pm through the submission link in Week 16.

Cheers,
Kevin
""",
    A,
    "en",
    fields={
        "course_code": "IF4102",
        "course_name": "Data Mining",
        "title": "Final Project Submission",
        "scope": "course",
    },
)

M(
    "pelatihan-berlangsung-jam",
    "2026-12-14 09:00:00",
    ("Tim P4M Internal", "p4m.pelatihan@polibatam.ac.id"),
    "pengumuman pelatihan Moodle",
    """Pagi,

Tolong pasang pengumuman untuk seluruh dosen dengan judul "Pelatihan Moodle 5 untuk Dosen Baru"; pelatihan
berlangsung Rabu, 16 Desember 2026 pukul 09.00 di Lab Komputer 1.

Terima kasih.
""",
    A,
    "id",
    fields={"title": "Pelatihan Moodle 5 untuk Dosen Baru", "scope": "site"},
)

M(
    "kelas-rombel-tanpa-kata-kelas",
    "2026-12-14 10:40:00",
    ("Ahmad Fauzi", "ahmad.fauzi@polibatam.ac.id"),
    "pengumuman IF-3C Malam",
    """Selamat pagi,

Mohon dipasang pengumuman untuk mahasiswa IF-3C Malam, judulnya "Kuliah Kamis Malam Diganti Tugas".
Tayang hari ini pukul 15.00.

Isi: kuliah Kamis malam minggu ini diganti tugas membaca bab 9.

Terima kasih,
Ahmad
""",
    A,
    "id",
    fields={
        "title": "Kuliah Kamis Malam Diganti Tugas",
        "scope": "course",
        "publish_at": "2026-12-14T15:00:00+07:00",
    },
)


# ---------------------------------------------------------------- second batch (written after the first rules): no
# title and no publish time where none was given

M(
    "judul-ta-bukan-judul-pengumuman",
    "2026-12-15 08:30:00",
    ("Koordinator TA", "koordinator.ta@polibatam.ac.id"),
    "pengumuman perpanjangan",
    """Selamat pagi,

Mohon diumumkan ke seluruh mahasiswa tingkat akhir: batas pengajuan judul Tugas Akhir diperpanjang sampai
Jumat, 8 Januari 2027.

Terima kasih,
Koordinator TA
""",
    A,
    "id",
    fields={"scope": "site"},
)

M(
    "kutip-kalimat-isi-bukan-judul",
    "2026-12-15 09:45:00",
    ("Dewi Lestari", "dewi.lestari@polibatam.ac.id"),
    "tolong umumkan",
    """Pagi,

Tolong umumkan di course Fisika Dasar (FI1101): "Besok kuliah diganti tugas mandiri, silakan cek folder minggu 14."

Makasih,
Dewi
""",
    A,
    "id",
    fields={"course_code": "FI1101", "course_name": "Fisika Dasar", "scope": "course"},
)

M(
    "en-quoted-sentence-is-the-text",
    "2026-12-15 13:10:00",
    ("Brian Foster", "brian.foster@polibatam.ac.id"),
    "quick post please",
    """Hi,

Please put this on my Thermodynamics (ME2103) page: "Tomorrow's tutorial is cancelled, so please work through
problem set 6 at home."

Thanks,
Brian
""",
    A,
    "en",
    fields={"course_code": "ME2103", "course_name": "Thermodynamics", "scope": "course"},
)

M(
    "diinfokan-jam-ada-kuis-susulan",
    "2026-12-15 16:00:00",
    ("Reza Firmansyah", "reza.firmansyah@polibatam.ac.id"),
    "info kuis susulan",
    """Sore,

Mohon diinfokan ke mahasiswa di course Struktur Data (IF2105), Kamis 17 Desember 2026 pukul 08.00 ada kuis
susulan di ruang B203.

Terima kasih.
Reza
""",
    A,
    "id",
    fields={"course_code": "IF2105", "course_name": "Struktur Data", "scope": "course"},
)

M(
    "en-announce-there-will-be",
    "2026-12-16 08:20:00",
    ("Grace Hutapea", "grace.hutapea@polibatam.ac.id"),
    "make-up quiz",
    """Dear P4M,

Please announce to my Data Structures (IF2105) students: Thursday 17 December 2026 at 8 am there will be a
make-up quiz in B203.

Regards,
Grace
""",
    A,
    "en",
    fields={"course_code": "IF2105", "course_name": "Data Structures", "scope": "course"},
)

M(
    "berhalangan-hadir-jam-bukan-tayang",
    "2026-12-16 09:30:00",
    ("Irfan Maulana", "irfan.maulana@polibatam.ac.id"),
    "kuliah besok",
    """Pagi,

Mohon ditayangkan di course Kalkulus 2 (MA1202), saya berhalangan hadir besok pukul 13.00 sehingga kuliah
diganti tugas.

Terima kasih,
Irfan
""",
    A,
    "id",
    fields={"course_code": "MA1202", "course_name": "Kalkulus 2", "scope": "course"},
)

M(
    "tayang-besok-pagi-kuisnya-lusa",
    "2026-12-16 19:40:00",
    ("Yudi Prasetyo", "yudi.prasetyo@polibatam.ac.id"),
    "pengumuman kuis",
    """Malam min,

Tolong tayangkan di course Mikrokontroler (EL3103) pengumuman berjudul "Kuis 6 di Lab Embedded" besok jam 7 pagi,
kuisnya sendiri lusa jam 10.

Makasih,
Yudi
""",
    A,
    "id",
    fields={
        "course_code": "EL3103",
        "course_name": "Mikrokontroler",
        "title": "Kuis 6 di Lab Embedded",
        "scope": "course",
        "publish_at": "2026-12-17T07:00:00+07:00",
    },
)

M(
    "kutip-judul-pendek-seru",
    "2026-12-17 07:15:00",
    ("Maya Sari", "maya.sari@polibatam.ac.id"),
    "umumkan ya",
    """Pagi tim,

Tolong umumkan "Kuis 5 Ditunda!" di course Basis Data (IF2201). Kuisnya pindah ke minggu depan.

Terima kasih,
Maya
""",
    A,
    "id",
    fields={"course_code": "IF2201", "course_name": "Basis Data", "title": "Kuis 5 Ditunda!", "scope": "course"},
)

M(
    "en-posted-last-monday-not-shown",
    "2026-12-17 10:50:00",
    ("Peter Halim", "peter.halim@polibatam.ac.id"),
    "notice not visible",
    """Hello,

Last Monday at 8 am I posted a notice on my Networks (TK3101) course page, but the students never saw it. Could
you post this one for me instead, titled "Lab Groups for Week 16"? The groups are in the Week 16 folder.

Thanks,
Peter
""",
    A,
    "en",
    fields={
        "course_code": "TK3101",
        "course_name": "Networks",
        "title": "Lab Groups for Week 16",
        "scope": "course",
    },
)

M(
    "senin-kemarin-sudah-tayang-sendiri",
    "2026-12-17 14:05:00",
    ("Nanda Putri", "nanda.putri@polibatam.ac.id"),
    "pengumuman tidak muncul",
    """Siang,

Senin kemarin jam 7 pagi sudah saya tayangkan sendiri di course Akuntansi Dasar (AK1101) tapi tidak muncul di
mahasiswa. Mohon dipasangkan dengan judul "Tugas 4 Dikumpulkan Minggu Depan".

Terima kasih,
Nanda
""",
    A,
    "id",
    fields={
        "course_code": "AK1101",
        "course_name": "Akuntansi Dasar",
        "title": "Tugas 4 Dikumpulkan Minggu Depan",
        "scope": "course",
    },
)

M(
    "en-announce-tomorrow-that-there-is",
    "2026-12-17 16:30:00",
    ("Linda Wong", "linda.wong@polibatam.ac.id"),
    "no lab on Friday",
    """Hi team,

Please announce on my Circuit Analysis (EL1203) page tomorrow at 7 am, titled "No Lab on Monday", that there is
no lab session next Monday because of the department meeting.

Thanks,
Linda
""",
    A,
    "en",
    fields={
        "course_code": "EL1203",
        "course_name": "Circuit Analysis",
        "title": "No Lab on Monday",
        "scope": "course",
        "publish_at": "2026-12-18T07:00:00+07:00",
    },
)


# ---------------------------------------------------------------- third batch: the notice's own news after a colon or
# a comma, with its moment (not when it goes out), beside requests whose moment does open the clause

M(
    "info-maintenance-titik-dua-tidak-bisa-diakses",
    "2026-12-18 09:00:00",
    ("UPT TIK", "upt.tik@polibatam.ac.id"),
    "info maintenance",
    """Selamat pagi,

Tolong tayangkan info maintenance di halaman depan e-learning: e-learning tidak bisa diakses Sabtu, 19 Desember
2026 pukul 22.00-24.00 WIB karena pembaruan server.

Terima kasih,
UPT TIK
""",
    A,
    "id",
    fields={"scope": "site"},
)

M(
    "en-post-colon-server-down",
    "2026-12-18 09:30:00",
    ("IT Services", "it.services@polibatam.ac.id"),
    "front page notice",
    """Hello,

Please post this on the e-learning front page: the server will be down on Saturday 19 December 2026 from 10 pm
until midnight for an upgrade.

IT Services
""",
    A,
    "en",
    fields={"scope": "site"},
)

M(
    "koma-pengumpulan-tugas-jam",
    "2026-12-18 11:00:00",
    ("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
    "share ke mahasiswa",
    """Siang,

Mohon dishare ke mahasiswa course Pemrograman Web (IF2203), pengumpulan tugas besar Senin 21 Desember 2026 jam
23.59 lewat e-learning.

Terima kasih,
Taufik
""",
    A,
    "id",
    fields={"course_code": "IF2203", "course_name": "Pemrograman Web", "scope": "course"},
)

M(
    "koma-dosen-tamu-datang",
    "2026-12-18 13:20:00",
    ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
    "dosen tamu",
    """Selamat siang,

Mohon diumumkan ke mahasiswa kelas saya di Manajemen Pemasaran (MB2101), dosen tamu datang Senin 21 Desember 2026
jam 10 di ruang seminar lantai 3.

Salam,
Lina
""",
    A,
    "id",
    fields={"course_code": "MB2101", "course_name": "Manajemen Pemasaran", "scope": "course"},
)

M(
    "di-post-besok-kita-kumpul",
    "2026-12-18 20:15:00",
    ("Rangga Pratama", "rangga.pratama@polibatam.ac.id"),
    "post di course fotografi",
    """min tolong di-post di course Fotografi Dasar (DK1203) ya, besok jam 10 kita kumpul di studio buat praktik
outdoor. makasih min
""",
    A,
    "id",
    fields={"course_code": "DK1203", "course_name": "Fotografi Dasar", "scope": "course"},
)

M(
    "jadwal-baru-titik-dua-responsi",
    "2026-12-19 08:40:00",
    ("Asisten Fisika", "asisten.fisika@polibatam.ac.id"),
    "jadwal responsi",
    """Pagi,

Mohon diumumkan di course Fisika Terapan (FI1102) jadwal baru responsi: Senin, 21 Desember 2026 pukul 08.00 di
ruang B201.

Terima kasih,
Asisten Fisika
""",
    A,
    "id",
    fields={"course_code": "FI1102", "course_name": "Fisika Terapan", "scope": "course"},
)

M(
    "pembayaran-paling-telat-jam",
    "2026-12-19 10:10:00",
    ("Bagian Keuangan", "keuangan@polibatam.ac.id"),
    "pengumuman UKT",
    """Selamat pagi,

Mohon dipasang pengumuman pembayaran UKT paling telat Senin 21 Desember 2026 jam 16.00 untuk seluruh mahasiswa.

Terima kasih,
Bagian Keuangan
""",
    A,
    "id",
    fields={"scope": "site"},
)

M(
    "koma-besok-jam-saja-positif",
    "2026-12-19 15:30:00",
    ("Hana Safitri", "hana.safitri@polibatam.ac.id"),
    "pengumuman sosiologi",
    """Sore,

Tolong tayangkan di course Sosiologi Industri (SO2101), besok jam 7 saja ya.
Judul: Tugas Resume Bab 5
Isi: resume bab 5 dikumpulkan minggu depan dalam bentuk PDF.

Terima kasih,
Hana
""",
    A,
    "id",
    fields={
        "course_code": "SO2101",
        "course_name": "Sosiologi Industri",
        "title": "Tugas Resume Bab 5",
        "scope": "course",
        "publish_at": "2026-12-20T07:00:00+07:00",
    },
)

M(
    "en-post-comma-tomorrow-on-page-positive",
    "2026-12-20 18:00:00",
    ("Oliver Grant", "oliver.grant@polibatam.ac.id"),
    "ethics notice",
    """Hi,

Please post it, tomorrow at 9 am, on my Engineering Ethics (HU2101) course page.
Title: Case Study Groups
Text: The case study groups are in the Week 15 folder.

Thanks,
Oliver
""",
    A,
    "en",
    fields={
        "course_code": "HU2101",
        "course_name": "Engineering Ethics",
        "title": "Case Study Groups",
        "scope": "course",
        "publish_at": "2026-12-21T09:00:00+07:00",
    },
)

M(
    "en-publish-on-colon-positive",
    "2026-12-20 19:10:00",
    ("Karen Tjoa", "karen.tjoa@polibatam.ac.id"),
    "Announcement request",
    """Dear P4M,

Please publish the announcement below on my Business English (BI2102) page on: Tuesday 22 December 2026, 7 am.

Title: Speaking Test Slots
The slots for the speaking test are open in the Week 16 folder.

Best,
Karen
""",
    A,
    "en",
    fields={
        "course_code": "BI2102",
        "course_name": "Business English",
        "title": "Speaking Test Slots",
        "scope": "course",
        "publish_at": "2026-12-22T07:00:00+07:00",
    },
)


# ---------------------------------------------------------------- fourth batch: the readers' own task and what
# starts ("kuisnya mulai", "pengisian KRS mulai", "agar mahasiswa datang", "asking students to log in"), beside
# requests whose purpose clause comes after the publish time

M(
    "kuisnya-mulai-besok-segera-tayang",
    "2026-12-21 13:00:00",
    ("Bambang Sutrisno", "bambang.sutrisno@polibatam.ac.id"),
    "kisi-kisi kuis",
    """Siang,

Mohon segera ditayangkan di course Elektronika Analog (EL2202) pengumuman berjudul "Kisi-kisi Kuis 4", karena
kuisnya mulai besok jam 8.

Terima kasih,
Bambang
""",
    A,
    "id",
    fields={
        "course_code": "EL2202",
        "course_name": "Elektronika Analog",
        "title": "Kisi-kisi Kuis 4",
        "scope": "course",
    },
)

M(
    "untuk-mengumpulkan-laporan-jam",
    "2026-12-21 14:10:00",
    ("Sinta Dewi", "sinta.dewi@polibatam.ac.id"),
    "mohon umumkan",
    """Siang,

Tolong umumkan ke mahasiswa course Kimia Organik (KM2101) untuk mengumpulkan laporan praktikum Selasa 22 Desember
2026 jam 8 di loker lab.

Terima kasih,
Sinta
""",
    A,
    "id",
    fields={"course_code": "KM2101", "course_name": "Kimia Organik", "scope": "course"},
)

M(
    "agar-mahasiswa-datang-pukul",
    "2026-12-21 15:20:00",
    ("Eko Prasetyo", "eko.prasetyo@polibatam.ac.id"),
    "pengumuman praktikum",
    """Sore,

Mohon diumumkan di course Praktikum Mesin Listrik (EL3205) agar mahasiswa datang ke lab Rabu, 23 Desember 2026
pukul 07.30 membawa jas lab.

Salam,
Eko
""",
    A,
    "id",
    fields={"course_code": "EL3205", "course_name": "Praktikum Mesin Listrik", "scope": "course"},
)

M(
    "en-notice-asking-students-to-log-in",
    "2026-12-21 16:45:00",
    ("Quality Office", "quality@polibatam.ac.id"),
    "campus survey",
    """Dear helpdesk,

Could you put up a notice on the front page asking all students to log in on Wednesday 23 December 2026 at 8 am
for the campus survey?

Kind regards,
Quality Office
""",
    A,
    "en",
    fields={"scope": "site"},
)

M(
    "pengisian-krs-mulai-koma",
    "2026-12-22 08:05:00",
    ("BAAK", "baak@polibatam.ac.id"),
    "pengumuman KRS",
    """Pagi,

Tolong diumumkan ya di beranda e-learning, pengisian KRS semester genap mulai Senin 4 Januari 2027 jam 8.

Terima kasih,
BAAK
""",
    A,
    "id",
    fields={"scope": "site"},
)

M(
    "bantuan-untuk-menayangkan-besok-agar",
    "2026-12-22 10:30:00",
    ("Putri Ayu", "putri.ayu@polibatam.ac.id"),
    "pengumuman kuliah",
    """Pagi,

Mohon bantuan untuk menayangkan pengumuman berjudul "Materi Minggu 16 Sudah Diunggah" di course Ekonomi Makro
(EK2102) besok jam 7 pagi, agar mahasiswa sempat membaca sebelum kuliah.

Terima kasih,
Putri
""",
    A,
    "id",
    fields={
        "course_code": "EK2102",
        "course_name": "Ekonomi Makro",
        "title": "Materi Minggu 16 Sudah Diunggah",
        "scope": "course",
        "publish_at": "2026-12-23T07:00:00+07:00",
    },
)

M(
    "en-post-so-that-students-see",
    "2026-12-22 11:15:00",
    ("Daniel Hartanto", "daniel.hartanto@polibatam.ac.id"),
    "lab notice",
    """Hi P4M,

Please post "Bring Your Own Multimeter" on my Electrical Measurements (EL2104) course page on Wednesday
23 December 2026 at 7 am so that students see it before the lab.

Thanks,
Daniel
""",
    A,
    "en",
    fields={
        "course_code": "EL2104",
        "course_name": "Electrical Measurements",
        "title": "Bring Your Own Multimeter",
        "scope": "course",
        "publish_at": "2026-12-23T07:00:00+07:00",
    },
)


# ---------------------------------------------------------------- fifth batch: a letter's event block ("Hari/Tanggal",
# "Waktu", "Tempat") under a publish date without a time; a weekday named after "ditayangkan hari" with the hour in
# the next sentence

M(
    "surat-blok-hari-tanggal-waktu-tempat",
    "2026-12-22 13:30:00",
    ("Himpunan Mahasiswa Bisnis", "hmb@students.polibatam.ac.id"),
    "Permohonan penayangan pengumuman",
    """Dengan hormat,

Bersama ini kami mohon agar pengumuman Bazar Kewirausahaan Mahasiswa dapat ditayangkan di beranda pada tanggal 28 Desember 2026.
Hari/Tanggal : Senin, 4 Januari 2027
Waktu : 08.00 - 15.00 WIB
Tempat : Lapangan Parkir Gedung Utama

Atas perhatiannya kami ucapkan terima kasih.

Hormat kami,
Ketua Himpunan
""",
    A,
    "id",
    fields={"scope": "site"},
)

M(
    "tanggal-tayang-lalu-pukul-tempat-acara",
    "2026-12-22 14:45:00",
    ("Sekretariat Jurusan Elektro", "elektro@polibatam.ac.id"),
    "pengumuman kuliah umum",
    """Selamat siang,

Mohon ditayangkan pengumuman "Kuliah Umum Energi Terbarukan" untuk seluruh mahasiswa pada 28 Desember 2026.
Pukul: 09.00 WIB
Tempat: Auditorium Lantai 4

Terima kasih,
Sekretariat Jurusan Elektro
""",
    A,
    "id",
    fields={"title": "Kuliah Umum Energi Terbarukan", "scope": "site"},
)

M(
    "tayang-hari-senin-jam-kalimat-berikut",
    "2026-12-23 09:00:00",
    ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
    "pengumuman kelas",
    """Pagi,

Tolong pasang pengumuman berjudul "Nilai UTS Sudah Keluar" di course Sistem Basis Data (IF2204), ditayangkan hari
Senin. Jam 9 pagi ya.

Terima kasih,
Rahmat
""",
    A,
    "id",
    fields={
        "course_code": "IF2204",
        "course_name": "Sistem Basis Data",
        "title": "Nilai UTS Sudah Keluar",
        "scope": "course",
        "publish_at": "2026-12-28T09:00:00+07:00",
    },
)


# ---------------------------------------------------------------- sixth batch: when a notice comes down is not when it
# goes up

M(
    "balasan-pengumumannya-diturunkan-besok",
    "2026-12-23 10:20:00",
    ("Ferry Gunawan", "ferry.gunawan@polibatam.ac.id"),
    "Re: [Tiket #2026-0802] pengumuman kuliah tamu",
    """Pagi min, pengumumannya tolong diturunkan besok jam 5 sore ya, acaranya sudah lewat.

Ferry

On Mon, 21 Dec 2026 at 08:30, Ferry Gunawan <ferry.gunawan@polibatam.ac.id> wrote:
> Tolong tayangkan di course Rekayasa Perangkat Lunak (IF3102) pengumuman berjudul "Kuliah Tamu dari Industri"
> hari ini jam 10.
""",
    A,
    "id",
    fields={
        "course_code": "IF3102",
        "course_name": "Rekayasa Perangkat Lunak",
        "title": "Kuliah Tamu dari Industri",
        "scope": "course",
    },
    reply="<tamu0802.rpl@polibatam.ac.id>",
)

M(
    "en-take-the-notice-down-friday",
    "2026-12-23 11:40:00",
    ("Student Affairs", "student.affairs@polibatam.ac.id"),
    "front page notice",
    """Hello,

The notice titled "Scholarship Interview Schedule" on the front page can be taken down on Thursday
24 December 2026 at 5 pm, after the last interview.

Regards,
Student Affairs
""",
    A,
    "en",
    fields={"title": "Scholarship Interview Schedule", "scope": "site"},
)

M(
    "tayang-besok-lalu-dihapus-jumat",
    "2026-12-23 14:00:00",
    ("Wawan Setiawan", "wawan.setiawan@polibatam.ac.id"),
    "pengumuman sementara",
    """Siang,

Mohon ditayangkan di course Gambar Teknik (MS1102) pengumuman berjudul "Studio Gambar Tutup Sementara" besok jam
7 pagi, lalu dihapus Jumat jam 17.00.

Terima kasih,
Wawan
""",
    A,
    "id",
    fields={
        "course_code": "MS1102",
        "course_name": "Gambar Teknik",
        "title": "Studio Gambar Tutup Sementara",
        "scope": "course",
        "publish_at": "2026-12-24T07:00:00+07:00",
    },
)


# ---------------------------------------------------------------- seventh batch: a moment that names an event right
# after it ("tomorrow's 8 am lecture"), and the news after a request's colon, beside a request whose colon gives the
# moment itself

M(
    "en-post-for-tomorrows-8am-lecture",
    "2026-12-23 16:10:00",
    ("Hannah Lee", "hannah.lee@polibatam.ac.id"),
    "notice for Statics",
    """Hi,

Could you post a notice titled "Bring Calculators" on my Statics (CE1201) page for tomorrow's 8 am lecture?
Students need scientific calculators for the in-class exercise.

Thanks,
Hannah
""",
    A,
    "en",
    fields={"course_code": "CE1201", "course_name": "Statics", "title": "Bring Calculators", "scope": "course"},
)

M(
    "en-announce-it-colon-lab-closed",
    "2026-12-24 08:30:00",
    ("Chemistry Lab", "lab.kimia@polibatam.ac.id"),
    "lab closure",
    """Hello P4M,

Please announce it on the front page: on Monday 28 December 2026 at 8 am the chemistry lab is closed for the
safety inspection.

Regards,
Chemistry Lab
""",
    A,
    "en",
    fields={"scope": "site"},
)

M(
    "tolong-disebar-titik-dua-lab-tutup",
    "2026-12-24 09:15:00",
    ("Laboran Kimia", "laboran.kimia@polibatam.ac.id"),
    "lab tutup",
    """Pagi,

Tolong disebar ke seluruh mahasiswa: Senin 28 Desember 2026 jam 8 lab kimia tutup untuk inspeksi K3.

Terima kasih.
""",
    A,
    "id",
    fields={"scope": "site"},
)

M(
    "en-please-publish-colon-moment-positive",
    "2026-12-24 10:00:00",
    ("Rachel Goh", "rachel.goh@polibatam.ac.id"),
    "notice for Marketing",
    """Dear P4M,

Title: Group Presentation Order
Please publish: Monday 28 December 2026, 7 am, thank you.
The presentation order for Week 17 is in the course folder.

Rachel (Principles of Marketing, MB1102)
""",
    A,
    "en",
    fields={
        "course_code": "MB1102",
        "course_name": "Principles of Marketing",
        "title": "Group Presentation Order",
        "scope": "course",
        "publish_at": "2026-12-28T07:00:00+07:00",
    },
)


# ---------------------------------------------------------------- eighth batch: an event's hour beside a publish day
# without one (a table of events above "Tayang besok", a time range with its place under the publish date), beside
# a form that gives the publish hour above the publish date

M(
    "tabel-kegiatan-lalu-tayang-besok",
    "2026-12-24 13:00:00",
    ("Aditya Nugraha", "aditya.nugraha@polibatam.ac.id"),
    "jadwal presentasi",
    """Siang min,

Tolong pasang di course Kewirausahaan (KW2101), judulnya "Jadwal Presentasi Proposal Usaha":

Kelompok | Tanggal | Jam
Kelompok 1-5 | 28 Desember 2026 | 08.00
Kelompok 6-10 | 29 Desember 2026 | 10.00

Tayang besok saja.

Makasih,
Aditya
""",
    A,
    "id",
    fields={
        "course_code": "KW2101",
        "course_name": "Kewirausahaan",
        "title": "Jadwal Presentasi Proposal Usaha",
        "scope": "course",
    },
)

M(
    "tanggal-tayang-lalu-jam-rentang-tempat",
    "2026-12-24 14:20:00",
    ("Sekretariat Akuntansi", "akuntansi@polibatam.ac.id"),
    "rapat dosen",
    """Selamat siang,

Mohon ditayangkan pada tanggal 28 Desember 2026 pengumuman "Rapat Evaluasi Semester" untuk seluruh dosen.
Jam: 13.00 - 15.00 WIB
Tempat: Ruang Rapat Jurusan

Terima kasih.
""",
    A,
    "id",
    fields={"title": "Rapat Evaluasi Semester", "scope": "site"},
)

M(
    "form-jam-tayang-di-atas-tanggal-tayang",
    "2026-12-24 15:30:00",
    ("Mira Lestari", "mira.lestari@polibatam.ac.id"),
    "pengumuman course Perpajakan",
    """Sore,

Mohon dipasang di course Perpajakan (AK3201):
Judul: Latihan Soal PPh 21
Jam tayang: 06.30
Tanggal tayang: 29/12/2026
Isi: latihan soal PPh 21 sudah ada di folder minggu 16.

Terima kasih,
Mira
""",
    A,
    "id",
    fields={
        "course_code": "AK3201",
        "course_name": "Perpajakan",
        "title": "Latihan Soal PPh 21",
        "scope": "course",
        "publish_at": "2026-12-29T06:30:00+07:00",
    },
)


# ---------------------------------------------------------------- ninth batch: a forwarded request whose own subject
# is the request ("Tayangkan pengumuman ...", "Please post this notice"), not a title

M(
    "terusan-subjek-perintah-bukan-judul",
    "2026-12-28 08:10:00",
    ("Sekretariat Jurusan TI", "sekretariat.ti@polibatam.ac.id"),
    "Fwd: Tayangkan pengumuman rapat prodi",
    """Mohon bantuannya ditayangkan ya.

---------- Forwarded message ---------
From: Kaprodi TI <kaprodi.ti@polibatam.ac.id>
Date: Sen, 28 Des 2026 pukul 07.45
Subject: Tayangkan pengumuman rapat prodi
To: Sekretariat Jurusan TI <sekretariat.ti@polibatam.ac.id>

Tolong tayangkan di beranda untuk seluruh dosen prodi: rapat prodi diundur ke Rabu, 30 Desember 2026.
""",
    A,
    "id",
    fields={"scope": "site"},
)

M(
    "en-forwarded-subject-please-post",
    "2026-12-28 09:30:00",
    ("Department Office", "mech.office@polibatam.ac.id"),
    "Fwd: Please post this notice",
    """Hi P4M, forwarding from our head of department. Thanks!

-----Original Message-----
From: Head of Mechanical Engineering <hod.me@polibatam.ac.id>
Sent: Monday, December 28, 2026 8:50 AM
To: Department Office <mech.office@polibatam.ac.id>
Subject: Please post this notice

Please post for all mechanical engineering students: the workshop is closed on Wednesday for the annual
machine check.
""",
    A,
    "en",
    fields={"scope": "site"},
)


# ---------------------------------------------------------------- tenth batch: an hour with its part of the day and no
# "jam" ("besok 7 pagi", "7 in the morning"), and "sblm" (sebelum) bounding the time without naming it

M(
    "besok-7-pagi-tanpa-jam",
    "2026-12-28 20:30:00",
    ("Yoga Pratama", "yoga.pratama@students.polibatam.ac.id"),
    "min titip pengumuman",
    """min titip pengumuman di course Pemrograman Berorientasi Objek (IF2105) ya, judulnya "Asistensi Tugas 5 Online".
tayangin besok 7 pagi aja min, makasih
""",
    A,
    "id",
    fields={
        "course_code": "IF2105",
        "course_name": "Pemrograman Berorientasi Objek",
        "title": "Asistensi Tugas 5 Online",
        "scope": "course",
        "publish_at": "2026-12-29T07:00:00+07:00",
    },
)

M(
    "en-tomorrow-seven-in-the-morning",
    "2026-12-29 15:00:00",
    ("Nathan Sim", "nathan.sim@polibatam.ac.id"),
    "quick notice",
    """Hi,

Could you post "Tutorial Room Changed to C204" on my Fluid Mechanics (MS2204) page tomorrow, 7 in the morning?

Thanks,
Nathan
""",
    A,
    "en",
    fields={
        "course_code": "MS2204",
        "course_name": "Fluid Mechanics",
        "title": "Tutorial Room Changed to C204",
        "scope": "course",
        "publish_at": "2026-12-30T07:00:00+07:00",
    },
)

M(
    "sblm-jam-bukan-waktu-tayang",
    "2026-12-29 19:45:00",
    ("Siska Amelia", "siska.amelia@students.polibatam.ac.id"),
    "titip pengumuman kuis",
    """min tolong tayangin di course Statistika Dasar (MA1103) judulnya "Kuis 6 Pakai Kalkulator", besok sblm jam 7 ya,
soalnya kuisnya jam 8. makasih min
""",
    A,
    "id",
    fields={
        "course_code": "MA1103",
        "course_name": "Statistika Dasar",
        "title": "Kuis 6 Pakai Kalkulator",
        "scope": "course",
    },
)


# ---------------------------------------------------------------- eleventh batch: a partner's "0800 hrs (Malaysia
# time)"

M(
    "malaysia-partner-hrs-malaysia-time",
    "2026-12-30 09:10:00",
    ("Dr. Faridah Ismail", "faridah.ismail@partner.edu.my"),
    "Mobility programme notice",
    """Dear P4M team,

Kindly upload a notice titled "Summer Mobility Programme 2027 Call" for all students on 4th January 2027 at
0800 hrs (Malaysia time). The call details will be attached to the notice.

Thank you and regards,
Dr. Faridah Ismail
""",
    A,
    "en",
    fields={
        "title": "Summer Mobility Programme 2027 Call",
        "scope": "site",
        "publish_at": "2027-01-04T07:00:00+07:00",
    },
)


# ---------------------------------------------------------------- twelfth batch: the hour in the next sentence with
# its part of the day first ("Pagi jam 7 aja.")

M(
    "tanggal-tayang-ya-pagi-jam-kalimat-berikut",
    "2026-12-30 13:00:00",
    ("Riko Saputra", "riko.saputra@polibatam.ac.id"),
    "pengumuman praktikum jaringan",
    """Siang min,

Titip pengumuman di course Praktikum Jaringan (TK2201) judulnya "Modul 7 Sudah Bisa Diunduh", tayang tanggal
4 Januari ya. Pagi jam 7 aja.

Makasih,
Riko
""",
    A,
    "id",
    fields={
        "course_code": "TK2201",
        "course_name": "Praktikum Jaringan",
        "title": "Modul 7 Sudah Bisa Diunduh",
        "scope": "course",
        "publish_at": "2027-01-04T07:00:00+07:00",
    },
)


if __name__ == "__main__":
    sys.exit(E.main())

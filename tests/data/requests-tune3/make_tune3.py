#!/usr/bin/env python3
"""Generate the third P4M helpdesk TUNING corpus (117 labelled request e-mails).

Voices the first two tuning corpora lack, aimed at the weakest measures: e-learning
trouble told only by its symptom (a white page, "error 500", a stuck upload, a grade
that does not show, an answer that will not send), set against `other` mail that
looks alike (thanks, questions for other offices, invitations, complaints about
people); announcement titles given in new ways; course versus site scope; publish
times; course names; and values that must not be claimed.

The message engine is the first tuning corpus's generator, imported from
../requests-tune/make_tune.py; every body here was written by hand.
The second batch (30 mails), the third (26) and the fourth (21) were each scored before any rule was changed for them.
Run:  python3 make_tune3.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 21, "announcement": 26, "elearning_support": 32,
          "document_request": 7, "other": 31}
M = E.M

# ---------------------------------------------------------------- elearning_support

M(
    "halaman-putih-setelah-login",
    "2026-12-01 07:12:09",
    ("Siti Nurhaliza", "siti.nurhaliza@students.polibatam.ac.id"),
    "halaman putih",
    """pagi kak, habis masukin username sama password yang muncul cuma halaman putih doang, udah coba di chrome sama firefox tetap sama. tolong dibantu ya kak
""",
    "elearning_support",
    "id",
    client="iphone",
)

M(
    "en-error-500-upload",
    "2026-12-01 09:40:00",
    ("Tomasz Nowak", "tomasz.nowak@polibatam.ac.id"),
    "Error 500 when I upload slides",
    """Hi,

Every time I try to put my week 12 slides into the Embedded Systems page I get "500 Internal Server Error". The file is a 14 MB pptx. Smaller files go through fine.

Regards,
Tomasz
""",
    "elearning_support",
    "en",
)

M(
    "nilai-saya-tidak-muncul",
    "2026-12-01 20:31:45",
    ("Bima Sakti", "bima.sakti@students.polibatam.ac.id"),
    "nilai kuis",
    """min nilai kuis 2 Statistika saya ga muncul padahal teman sekelas udah ada semua. saya ngerjain tanggal 28 kemarin sampai selesai. mohon dicek min 🙏
""",
    "elearning_support",
    "id",
)

M(
    "tidak-bisa-kirim-jawaban",
    "2026-12-02 10:05:13",
    ("Rina Oktaviani", "rina.okt@students.polibatam.ac.id"),
    "Tidak bisa kirim jawaban",
    """Selamat pagi,

Saya sedang mengerjakan UAS Pengantar Akuntansi tapi waktu klik "Selesai" jawaban saya tidak mau terkirim, tombolnya cuma berputar. Waktu tinggal 20 menit, mohon segera dibantu.

Rina Oktaviani
4312401033
""",
    "elearning_support",
    "id",
)

M(
    "stuck-unggah-tugas-hp",
    "2026-12-02 22:48:30",
    ("Fajar", "fajar.nugraha88@gmail.com"),
    "stuck",
    """kak upload tugas saya stuck di 99% terus dari tadi, deadline jam 12 malam ini. pakai hp. gimana ya kak
""",
    "elearning_support",
    "id",
    client="iphone",
)

M(
    "en-video-wont-play",
    "2026-12-03 13:15:00",
    ("Aiko Tanaka", "aiko.tanaka@polibatam.ac.id"),
    "Lecture recordings",
    """Good afternoon,

My students tell me the recorded lectures I embedded in the Japanese for Beginners page only show a black box with a spinning circle. They play on my laptop but not for them. Could someone take a look?

Thank you,
Aiko Tanaka
""",
    "elearning_support",
    "en",
)

M(
    "forum-balasan-hilang",
    "2026-12-03 16:20:44",
    ("Drs. Haryanto, M.M.", "haryanto@polibatam.ac.id"),
    "Forum diskusi",
    """Yth. Tim P4M,

Di forum diskusi kelas Manajemen Pemasaran, balasan mahasiswa yang masuk kemarin sore sekarang tidak kelihatan lagi, padahal saya tidak menghapus apa pun. Notifikasi ke email juga tidak datang. Mohon bantuannya untuk dicek.

Salam,
Haryanto
""",
    "elearning_support",
    "id",
    client="outlook",
)

M(
    "belum-masuk-daftar-peserta",
    "2026-12-04 08:02:11",
    ("Yogi Prasetyo", "yogi.prasetyo@students.polibatam.ac.id"),
    "Belum terdaftar di kelas",
    """Permisi, nama saya belum ada di daftar peserta kelas Bahasa Indonesia padahal sudah KRS dan sudah disetujui dosen wali. Teman-teman sudah bisa lihat materinya. NIM 3312411020.

Terima kasih
""",
    "elearning_support",
    "id",
)

M(
    "en-quiz-closed-early",
    "2026-12-04 11:44:00",
    ("Liam O'Connor", "liam.oconnor@polibatam.ac.id"),
    "Quiz closed before time",
    """Hello team,

I set the Thermodynamics quiz to stay open until 11:00 but it shut at 10:00 and half the class was locked out mid-attempt. Is the server clock an hour off? I need to know before I reopen it.

Liam
""",
    "elearning_support",
    "en",
)

M(
    "campur-page-not-found-materi",
    "2026-12-05 19:25:00",
    ("Dewi Lestari", "dewi.lestari@students.polibatam.ac.id"),
    "Materi",
    """Halo kak, semua link materi minggu 13 di kelas Jaringan Komputer kalau diklik muncul "page not found". Minggu sebelumnya aman. Tolong dicek ya kak, besok ujian
""",
    "elearning_support",
    "id",
)

M(
    "balasan-otomatis-tapi-masalah-baru",
    "2026-12-07 09:10:33",
    ("Andi Wijaya, S.T., M.T.", "andi.wijaya@polibatam.ac.id"),
    "Re: Pesan otomatis: Helpdesk P4M",
    """Baik, terima kasih. Satu lagi, di kelas Gambar Teknik saya tidak bisa menilai tugas, kolom nilainya abu-abu dan tidak bisa diisi sejak pagi ini.

Andi Wijaya
""",
    "elearning_support",
    "id",
)

M(
    "en-cannot-enrol-key-wrong",
    "2026-12-08 14:30:00",
    ("Grace Simanjuntak", "grace.sim@students.polibatam.ac.id"),
    "can't join the class",
    """Hi, the page keeps saying the code I type is incorrect when I try to join Business Statistics. My lecturer gave it to us in class and my friends got in with it. Please help.

Grace
""",
    "elearning_support",
    "en",
)

# ---------------------------------------------------------------- other

M(
    "terima-kasih-pelatihan-moodle",
    "2026-12-01 15:00:00",
    ("Nur Aini, M.Pd.", "nur.aini@polibatam.ac.id"),
    "Terima kasih",
    """Selamat sore,

Terima kasih untuk pelatihan pembuatan kuis kemarin, sangat membantu. Semoga ada lanjutan untuk materi H5P.

Salam,
Nur Aini
""",
    "other",
    "id",
)

M(
    "tanya-beasiswa-ke-kemahasiswaan",
    "2026-12-02 12:12:12",
    ("Putra Ramadhan", "putra.ramadhan@students.polibatam.ac.id"),
    "tanya beasiswa",
    """permisi kak, mau tanya pengumuman hasil seleksi beasiswa KIP kapan keluar ya? makasih kak
""",
    "other",
    "id",
)

M(
    "undangan-rapat-kurikulum",
    "2026-12-03 08:00:00",
    ("Sekretariat Jurusan Informatika", "jurusan.if@polibatam.ac.id"),
    "Undangan Rapat Evaluasi Kurikulum",
    """Dengan hormat,

Mengharap kehadiran Bapak/Ibu perwakilan P4M pada rapat evaluasi kurikulum Jurusan Teknik Informatika yang akan dilaksanakan pada:

Hari/tanggal : Kamis, 10 Desember 2026
Waktu        : 09.00 WIB
Tempat       : Ruang Rapat Jurusan, Gedung Utama Lt. 3

Atas perhatiannya kami ucapkan terima kasih.

Sekretariat Jurusan Teknik Informatika
""",
    "other",
    "id",
    client="outlook",
)

M(
    "keluhan-sikap-petugas",
    "2026-12-04 13:33:00",
    ("Wahyu", "wahyu.kurnia@students.polibatam.ac.id"),
    "keluhan pelayanan",
    """Saya mau komplain, tadi ke bagian akademik untuk urus surat, petugasnya jutek dan saya disuruh balik besok tanpa alasan jelas. Tolong diperhatikan.
""",
    "other",
    "id",
)

M(
    "en-thanks-fixed-quiz",
    "2026-12-05 09:00:00",
    ("Liam O'Connor", "liam.oconnor@polibatam.ac.id"),
    "Re: [P4M #2026-0412] Quiz closed before time",
    """Thanks, that sorted it. The reopened quiz ran to the minute.

Cheers,
Liam

On Fri, 4 Dec 2026 at 13:02, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> The server clock has been corrected. You can reopen the quiz now.
""",
    "other",
    "en",
    reply="<2026-0412.ack@polibatam.ac.id>",
)

M(
    "tanya-ruang-ujian-baak",
    "2026-12-07 07:30:00",
    ("Larasati", "larasati.p@students.polibatam.ac.id"),
    "ruang UAS",
    """kak, ruang UAS saya untuk matkul Kalkulus belum ada di jadwal. itu tanya ke siapa ya?
""",
    "other",
    "id",
)

M(
    "en-invitation-webinar-partner",
    "2026-12-08 10:00:00",
    ("Partnerships Office, Universiti Teknologi", "partnerships@utech.edu.my"),
    "Invitation: joint webinar on digital pedagogy",
    """Dear colleagues at P4M,

We would like to invite your unit to co-host a webinar on digital pedagogy with us in February. If you are interested, please reply with a contact person and we will send a draft programme.

Kind regards,
Partnerships Office
""",
    "other",
    "en",
)

M(
    "keluhan-dosen-telat-nilai",
    "2026-12-09 18:00:00",
    ("Orang Tua Mahasiswa", "ibu.ratna77@yahoo.co.id"),
    "Nilai anak saya",
    """Selamat malam,

Saya orang tua dari mahasiswa prodi Akuntansi. Anak saya bilang dosennya belum memberi nilai tugas sejak bulan Oktober. Apakah bisa ditegur dosennya?

Terima kasih
""",
    "other",
    "id",
)

M(
    "sudah-beres-jempol-singkat",
    "2026-12-10 08:15:00",
    ("Bima Sakti", "bima.sakti@students.polibatam.ac.id"),
    "Re: [P4M #2026-0409] nilai kuis",
    """sdh muncul kak nilainya, tks 👍
""",
    "other",
    "id",
    reply="<2026-0409.ack@polibatam.ac.id>",
)

# ---------------------------------------------------------------- announcement

M(
    "judul-pada-baris-perihal-surat",
    "2026-12-01 08:30:00",
    ("Wakil Direktur Bidang Akademik", "wadir1@polibatam.ac.id"),
    "Permohonan penayangan pengumuman",
    """Dengan hormat,

Mohon ditayangkan di halaman depan e-learning untuk seluruh sivitas akademika:

Perihal: Penyesuaian Jam Perkuliahan Selama Bulan Desember

Mulai 7 Desember 2026 perkuliahan sore berakhir pukul 17.00 WIB. Mohon ditayangkan Kamis, 3 Desember 2026 pukul 08.00 WIB.

Hormat kami,
Wakil Direktur Bidang Akademik
""",
    "announcement",
    "id",
    client="outlook",
    fields={
        "title": "Penyesuaian Jam Perkuliahan Selama Bulan Desember",
        "scope": "site",
        "publish_at": "2026-12-03T08:00:00+07:00",
    },
)

M(
    "en-headline-course-friday",
    "2026-12-02 16:40:00",
    ("Priya Raman", "priya.raman@polibatam.ac.id"),
    "Post to my class please",
    """Hi P4M,

Could you post this in the Machine Learning course (IF4205) for my students only, this Friday at 7 am?

Headline: Project Demo Order Published

The running order for the project demos is now on the course page. Each group has 10 minutes.

Thanks,
Priya
""",
    "announcement",
    "en",
    fields={
        "course_code": "IF4205",
        "course_name": "Machine Learning",
        "title": "Project Demo Order Published",
        "scope": "course",
        "publish_at": "2026-12-04T07:00:00+07:00",
    },
)

M(
    "judul-diapit-bintang-kelas-jam-siang",
    "2026-12-03 10:10:10",
    ("Rudi Hartono, M.T.", "rudi.hartono@polibatam.ac.id"),
    "pengumuman kelas",
    """Siang, tolong umumkan di kelas Mekanika Fluida (MS2203) saja, hari ini jam 1 siang:

*Asistensi Tugas Besar Dipindah ke Lab Fluida*

Asistensi minggu ini pindah ke Lab Fluida lantai 2.

Rudi
""",
    "announcement",
    "id",
    fields={
        "course_code": "MS2203",
        "course_name": "Mekanika Fluida",
        "title": "Asistensi Tugas Besar Dipindah ke Lab Fluida",
        "scope": "course",
        "publish_at": "2026-12-03T13:00:00+07:00",
    },
)

M(
    "subjek-pengumuman-strip-judul-semua",
    "2026-12-04 14:00:00",
    ("Bagian Akademik", "akademik@polibatam.ac.id"),
    "Pengumuman - Batas Akhir Pengisian EDOM",
    """Mohon ditayangkan untuk semua pengguna e-learning besok pagi jam 07.00.

Pengisian EDOM semester ganjil ditutup tanggal 18 Desember 2026. Mahasiswa yang belum mengisi tidak dapat melihat nilai.

Bagian Akademik
""",
    "announcement",
    "id",
    fields={"title": "Batas Akhir Pengisian EDOM", "scope": "site", "publish_at": "2026-12-05T07:00:00+07:00"},
)

M(
    "en-announcement-titled-sitewide-date-comma",
    "2026-12-07 11:00:00",
    ("International Office", "io@polibatam.ac.id"),
    "Notice for the front page",
    """Dear helpdesk,

Please put a notice on the e-learning front page, visible to everyone, titled "Winter School Applications Close Soon", on Wednesday, 9 December 2026 at 9:00 am.

Applications for the winter school in Busan close on 15 December.

International Office
""",
    "announcement",
    "en",
    fields={
        "title": "Winter School Applications Close Soon",
        "scope": "site",
        "publish_at": "2026-12-09T09:00:00+07:00",
    },
)

M(
    "docx-kelas-nama-saja-tgl-pukul",
    "2026-12-08 09:20:00",
    ("Lina Marlina, S.E., M.Ak.", "lina.marlina@polibatam.ac.id"),
    "Mohon ditayangkan",
    """Selamat pagi, terlampir pengumuman untuk kelas Auditing saya. Mohon ditayangkan tgl 10/12 pkl 08.00. Terima kasih.
""",
    "announcement",
    "id",
    att=[
        (
            "docx",
            "pengumuman-auditing.docx",
            [
                "**Pengumpulan Kertas Kerja Audit**",
                "Kertas kerja audit kelompok dikumpulkan paling lambat Jumat, 11 Desember 2026 melalui e-learning.",
            ],
        )
    ],
    fields={
        "course_name": "Auditing",
        "title": "Pengumpulan Kertas Kerja Audit",
        "scope": "course",
        "publish_at": "2026-12-10T08:00:00+07:00",
    },
)

M(
    "judul-berikut-ini-prodi-senin",
    "2026-12-09 15:45:00",
    ("Koordinator Prodi D3 Teknik Elektronika", "kaprodi.d3elka@polibatam.ac.id"),
    "Tolong bantu umumkan",
    """Sore, mohon bantu umumkan di beranda e-learning dengan judul berikut ini:
Pendaftaran Sidang Tugas Akhir Gelombang II
tayang hari Senin depan jam 8 pagi.

Pendaftaran dibuka 14-18 Desember 2026 di ruang prodi.

Kaprodi D3 Teknik Elektronika
""",
    "announcement",
    "id",
    fields={
        "title": "Pendaftaran Sidang Tugas Akhir Gelombang II",
        "scope": "site",
        "publish_at": "2026-12-14T08:00:00+07:00",
    },
)

M(
    "en-course-name-code-after-title-quoted-tonight",
    "2026-12-10 13:00:00",
    ("Daniel Hughes", "daniel.hughes@polibatam.ac.id"),
    "Announcement for Academic Writing",
    """Hello,

Please announce "Essay Feedback Released" to my Academic Writing (EN2102) students tonight at 7 pm.

Feedback on the second essay is now in the gradebook.

Daniel
""",
    "announcement",
    "en",
    fields={
        "course_code": "EN2102",
        "course_name": "Academic Writing",
        "title": "Essay Feedback Released",
        "scope": "course",
        "publish_at": "2026-12-10T19:00:00+07:00",
    },
)

M(
    "html-outlook-tabel-judul-kelas-kode",
    "2026-12-11 08:05:00",
    ("Hendro Susilo, S.T., M.Eng.", "hendro.susilo@polibatam.ac.id"),
    "Pengumuman mata kuliah",
    "",
    "announcement",
    "id",
    client="outlook",
    html_body="""<p class="MsoNormal">Yth. Admin e-learning,<o:p></o:p></p>
<p class="MsoNormal">Mohon ditayangkan di kelas berikut:<o:p></o:p></p>
<table border="1" cellpadding="4"><tr><td>Mata kuliah</td><td>RE3104 - Sistem Tenaga Listrik</td></tr>
<tr><td>Judul</td><td>Kuliah Tamu PLN Batam</td></tr>
<tr><td>Tayang</td><td>Senin, 14 Desember 2026 pukul 07.30 WIB</td></tr></table>
<p class="MsoNormal">Kuliah tamu dilaksanakan di Aula pukul 10.00.<o:p></o:p></p>
<p class="MsoNormal">Hendro Susilo<o:p></o:p></p>""",
    fields={
        "course_code": "RE3104",
        "course_name": "Sistem Tenaga Listrik",
        "title": "Kuliah Tamu PLN Batam",
        "scope": "course",
        "publish_at": "2026-12-14T07:30:00+07:00",
    },
)

M(
    "campur-umumkan-semua-mahasiswa-judul-baris-pertama",
    "2026-12-11 17:00:00",
    ("BEM Polibatam", "bem@students.polibatam.ac.id"),
    "minta tolong publish",
    """Donor Darah Akhir Tahun

Halo min, tolong publish info di atas buat semua mahasiswa ya, kegiatannya Rabu 16 Desember di lobby gedung utama. Tayang besok aja jam 9 pagi. Thanks!

BEM
""",
    "announcement",
    "id",
    fields={"title": "Donor Darah Akhir Tahun", "scope": "site", "publish_at": "2026-12-12T09:00:00+07:00"},
)

# ---------------------------------------------------------------- course_data

M(
    "nama-mk-salah-ketik-seharusnya-kurung",
    "2026-12-01 10:00:00",
    ("Yusuf Hamdani, M.Kom.", "yusuf.hamdani@polibatam.ac.id"),
    "Salah ketik nama MK",
    """Pagi, nama mata kuliah IF2107 di e-learning tertulis "Struktur Dat", seharusnya Struktur Data. Mohon diperbaiki.

Yusuf
""",
    "course_data",
    "id",
    fields={"course_code": "IF2107", "course_name": "Struktur Dat", "changes": {"fullname": "Struktur Data"}},
)

M(
    "en-lecturer-swap-formal-letter",
    "2026-12-02 09:00:00",
    ("Head of Mechanical Engineering", "kajur.mesin@polibatam.ac.id"),
    "Change of lecturer",
    """Dear P4M,

Please note that from next week the lecturer for Manufacturing Processes (MS2105) will be Ir. Bambang Setiawan, M.T., replacing Mr. Arif, who is on leave. Kindly update the course page accordingly.

Regards,
Head of Department
""",
    "course_data",
    "en",
    fields={
        "course_code": "MS2105",
        "course_name": "Manufacturing Processes",
        "changes": {"lecturer": "Ir. Bambang Setiawan, M.T."},
    },
)

M(
    "kunci-tanya-sekarang-apa-tanpa-nilai",
    "2026-12-03 11:11:11",
    ("Agus Salim", "agus.salim@polibatam.ac.id"),
    "enrolment key",
    """Mohon info, enrolment key kelas Kimia Analitik (TK2201) sekarang apa ya? Saya lupa, mau saya ganti nanti sendiri.
""",
    "course_data",
    "id",
    fields={"course_code": "TK2201", "course_name": "Kimia Analitik", "changes": {}},
)

M(
    "sks-dan-semester-dua-baris-label",
    "2026-12-04 09:30:00",
    ("Staf Prodi Logistik", "prodi.logistik@polibatam.ac.id"),
    "Koreksi data MK LG3102",
    """Selamat pagi, mohon koreksi data mata kuliah LG3102 Transportasi dan Distribusi di e-learning:

SKS: 3
Semester: 5

Terima kasih.
""",
    "course_data",
    "id",
    fields={
        "course_code": "LG3102",
        "course_name": "Transportasi dan Distribusi",
        "changes": {"credits": "3", "semester": "5"},
    },
)

M(
    "hp-singkat-nama-singkat-jd",
    "2026-12-07 21:00:00",
    ("Pak Doni", "doni.setiadi@polibatam.ac.id"),
    "MK",
    """mhn short name MK EL1102 Rangkaian Listrik jd RL-2026 ya, tks
""",
    "course_data",
    "id",
    client="iphone",
    fields={"course_code": "EL1102", "course_name": "Rangkaian Listrik", "changes": {"shortname": "RL-2026"}},
)

M(
    "en-rename-informal-instead",
    "2026-12-09 10:30:00",
    ("Sarah Kim", "sarah.kim@polibatam.ac.id"),
    "course title",
    """Hi! Could the course Intro to UX (IF3210) be called User Experience Design instead? That's the name in the new curriculum.

Thanks, Sarah
""",
    "course_data",
    "en",
    fields={"course_code": "IF3210", "course_name": "Intro to UX", "changes": {"fullname": "User Experience Design"}},
)

M(
    "deskripsi-nanti-menyusul-tidak-diklaim",
    "2026-12-10 14:00:00",
    ("Maya Anggraini, M.Sc.", "maya.anggraini@polibatam.ac.id"),
    "Deskripsi MK Biokimia",
    """Selamat siang, deskripsi mata kuliah Biokimia (TK3105) di e-learning perlu diganti. Teks barunya menyusul setelah rapat prodi minggu depan.

Maya
""",
    "course_data",
    "id",
    fields={"course_code": "TK3105", "course_name": "Biokimia", "changes": {}},
)

# ---------------------------------------------------------------- document_request

M(
    "minta-panduan-kuis-untuk-dosen",
    "2026-12-02 13:40:00",
    ("Ferry Gunawan", "ferry.gunawan@polibatam.ac.id"),
    "panduan",
    """Siang, apakah ada panduan tertulis membuat kuis di e-learning untuk dosen? Kalau ada boleh dikirim filenya.
""",
    "document_request",
    "id",
)

M(
    "en-need-rubric-template",
    "2026-12-08 08:45:00",
    ("Olivia Brown", "olivia.brown@polibatam.ac.id"),
    "Rubric template",
    """Hello, does P4M have a standard rubric template for project-based assessment? I'd like a copy for next semester.

Olivia
""",
    "document_request",
    "en",
)

# ================================================================ second batch

# ---------------------------------------------------------------- elearning_support

M("video-muter-muter-tidak-jalan", "2026-12-14 07:35:00",
  ("Nabila", "nabila.putri@students.polibatam.ac.id"),
  "video",
  """kak video pertemuan 10 di kelas Kewirausahaan cuma muter2 aja ga jalan2, udah ganti wifi tetep sama
""", "elearning_support", "id", client="iphone")

M("file-jawaban-terhapus-sendiri", "2026-12-14 12:20:00",
  ("M. Rizal Fahmi", "rizal.fahmi@students.polibatam.ac.id"),
  "File tugas saya hilang",
  """Selamat siang,

File laporan praktikum yang saya kirim Jumat kemarin di kelas Elektronika Digital sekarang terhapus sendiri, statusnya kembali menjadi belum mengumpulkan. Saya masih punya bukti tangkapan layar. Mohon dibantu.

Rizal
""", "elearning_support", "id")

M("en-gradebook-zero-for-everyone", "2026-12-15 08:10:00",
  ("Dr. Eleanor Price", "eleanor.price@polibatam.ac.id"),
  "Marks showing as zero",
  """Dear P4M,

I marked the Calculus II midterm last night but this morning every student shows 0 in the totals column. The individual marks are still there when I open each attempt. Could you check what happened?

Eleanor Price
""", "elearning_support", "en")

M("en-no-permission-message", "2026-12-15 19:40:00",
  ("Kenji Watanabe", "kenji.w@students.polibatam.ac.id"),
  "permission message",
  """hi, when i click the week 14 lab sheet it says "Sorry, but you do not currently have permissions to do that". other links open fine. thx
""", "elearning_support", "en")

M("aplikasi-hp-keluar-sendiri", "2026-12-16 06:50:00",
  ("Sri Wulandari", "sri.wulan@students.polibatam.ac.id"),
  "aplikasi keluar sendiri",
  """Pagi min, aplikasi Moodle di hp saya keluar sendiri tiap buka materi, harus masuk ulang terus. Sudah saya hapus dan pasang lagi tapi sama saja.
""", "elearning_support", "id", client="iphone")

M("mahasiswa-tidak-lihat-tugas-dibuat", "2026-12-16 10:30:00",
  ("Ir. Sutrisno, M.T.", "sutrisno@polibatam.ac.id"),
  "Tugas tidak kelihatan oleh mahasiswa",
  """Dengan hormat,

Saya sudah membuat tugas Perancangan Mesin minggu 14 sejak kemarin, tetapi mahasiswa mengatakan mereka tidak menemukan tugas tersebut di halaman kelas. Di tampilan saya tugasnya ada. Mohon petunjuk.

Hormat saya,
Sutrisno
""", "elearning_support", "id", client="outlook")

M("en-submitted-but-no-submission", "2026-12-17 14:00:00",
  ("Hannah Lee", "hannah.lee@polibatam.ac.id"),
  "Student says she submitted",
  """Hi,

One of my Marketing students sent me a screenshot of the confirmation page, yet on my side her entry says "No submission". The deadline has passed now. Can you see anything in the logs?

Hannah
""", "elearning_support", "en")

M("jam-kuis-kacau-zona", "2026-12-18 09:05:00",
  ("Arif Budiman, S.Kom., M.Cs.", "arif.budiman@polibatam.ac.id"),
  "Jam kuis tidak sesuai",
  """Pagi, kuis Pemrograman Mobile saya atur buka jam 08.00 tapi mahasiswa baru bisa mengerjakan jam 09.00, seperti ada selisih satu jam. Apa pengaturan zona waktunya berubah?

Arif
""", "elearning_support", "id")

# ---------------------------------------------------------------- other

M("maaf-salah-kirim-email", "2026-12-14 09:00:00",
  ("Dian Puspita", "dian.puspita@polibatam.ac.id"),
  "Re: Jadwal rapat jurusan",
  """Mohon maaf, email sebelumnya salah kirim ke alamat ini. Mohon diabaikan.

Dian
""", "other", "id")

M("en-where-is-finance-office", "2026-12-14 15:30:00",
  ("Ahmed Hassan", "ahmed.hassan@polibatam.ac.id"),
  "Quick question",
  """Hello,

I'm a visiting lecturer from Egypt. Could you tell me who handles the honorarium payments for guest lecturers? I could not find the office.

Many thanks,
Ahmed
""", "other", "en")

M("selamat-akreditasi-unggul", "2026-12-15 10:00:00",
  ("Kaprodi Teknik Mekatronika", "kaprodi.mekatronika@polibatam.ac.id"),
  "Selamat",
  """Selamat kepada seluruh tim P4M atas capaian akreditasi Unggul institusi. Kerja keras tim dalam penyiapan dokumen mutu sangat kami rasakan.

Salam hangat,
Kaprodi Teknik Mekatronika
""", "other", "id")

M("tanya-p4m-buka-libur-natal", "2026-12-16 13:13:13",
  ("Yohana Siregar", "yohana.siregar@polibatam.ac.id"),
  "Kantor P4M",
  """Siang, kantor P4M buka tidak ya tanggal 24 Desember? Saya mau mengantar berkas pengajuan hibah pembelajaran secara langsung.
""", "other", "id")

M("en-vendor-turnitin-renewal", "2026-12-16 16:00:00",
  ("Mark Tan", "mark.tan@edusolutions-asia.com"),
  "Your plagiarism checker licence",
  """Dear P4M,

Your institutional licence with us ends on 31 January. Renew before 20 December and we will extend it by three months at no extra cost. I can send a quotation today.

Best regards,
Mark Tan
Account Executive
""", "other", "en")

M("undangan-pernikahan-staf", "2026-12-17 11:00:00",
  ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
  "Undangan",
  """Assalamualaikum rekan-rekan P4M,

Dengan memohon rahmat Allah, kami mengundang Bapak/Ibu ke acara pernikahan kami pada Sabtu, 26 Desember 2026 di Gedung Serbaguna Batam Centre.

Wassalam,
Rahmat & Sinta
""", "other", "id")

M("tanya-jadwal-wisuda-singkat", "2026-12-18 20:45:00",
  ("Tiara", "tiara.ayu@students.polibatam.ac.id"),
  "wisuda",
  """kak wisuda periode 1 2027 bulan apa ya? makasih
""", "other", "id")

M("en-complaint-canteen", "2026-12-21 12:30:00",
  ("Student Council", "council@students.polibatam.ac.id"),
  "Complaint",
  """To whom it may concern,

Students have complained many times that the canteen in the main building closes at 13:00, before the afternoon classes end. Please pass this to whoever manages the canteen.

Student Council
""", "other", "en")

M("balasan-oke-siap-tunggu", "2026-12-21 15:00:00",
  ("Hendro Susilo, S.T., M.Eng.", "hendro.susilo@polibatam.ac.id"),
  "Re: [P4M #2026-0431] Pengumuman mata kuliah",
  """Oke siap, terima kasih Pak. Ditunggu tayangnya.

Hendro

Pada Jum, 11 Des 2026 pukul 10.02 Helpdesk P4M menulis:
> Pengumuman Anda sudah kami jadwalkan.
""", "other", "id", reply="<2026-0431.ack@polibatam.ac.id>")

M("tanya-lowongan-asisten", "2026-12-22 08:20:00",
  ("Galih Saputra", "galih.saputra@students.polibatam.ac.id"),
  "lowongan asisten",
  """Permisi, apakah ada lowongan asisten laboratorium semester depan? Saya tertarik mendaftar, syaratnya apa saja ya?
""", "other", "id")

# ---------------------------------------------------------------- announcement

M("en-homepage-subject-title-run-from", "2026-12-14 10:45:00",
  ("Library", "library@polibatam.ac.id"),
  "For the homepage: Library Closed on Christmas Day",
  """Hello,

Could you run the notice above on the e-learning homepage from Monday 21 December, 8 am? The library will be closed on 25 December and reopen on 28 December.

Thank you,
Library
""", "announcement", "en",
  fields={"title": "Library Closed on Christmas Day", "scope": "site",
          "publish_at": "2026-12-21T08:00:00+07:00"})

M("kelas-pbo-kutip-tampilkan-tanggal-garis-miring", "2026-12-14 13:00:00",
  ("Yusuf Hamdani, M.Kom.", "yusuf.hamdani@polibatam.ac.id"),
  "pengumuman kuis pengganti",
  """Siang tim, untuk kelas Pemrograman Berorientasi Objek (IF2202) tolong tampilkan pengumuman 'Kuis Pengganti Hari Rabu' pada 15/12/2026 jam 07:00.

Isi: Kuis pengganti dilaksanakan Rabu pukul 13.00 di lab 2.

Yusuf
""", "announcement", "id",
  fields={"course_code": "IF2202", "course_name": "Pemrograman Berorientasi Objek",
          "title": "Kuis Pengganti Hari Rabu", "scope": "course",
          "publish_at": "2026-12-15T07:00:00+07:00"})

M("judul-huruf-kapital-semua-situs", "2026-12-15 09:30:00",
  ("Bagian Umum", "umum@polibatam.ac.id"),
  "pengumuman libur",
  """Mohon buatkan pengumuman di e-learning untuk seluruh pengguna, judulnya LIBUR NATAL DAN TAHUN BARU, tayang hari Jumat 18 Desember 2026 pukul 15.00.

Kampus libur 24 Desember 2026 sampai 1 Januari 2027.

Bagian Umum
""", "announcement", "id",
  fields={"title": "LIBUR NATAL DAN TAHUN BARU", "scope": "site",
          "publish_at": "2026-12-18T15:00:00+07:00"})

M("en-title-em-dash-today-afternoon", "2026-12-16 11:15:00",
  ("Examinations Office", "exams@polibatam.ac.id"),
  "Site announcement",
  """Hi team,

Title — Final Exam Timetable Released

Please publish it for all students at 14:00 today. The timetable is attached in the academic portal.

Examinations Office
""", "announcement", "en",
  fields={"title": "Final Exam Timetable Released", "scope": "site",
          "publish_at": "2026-12-16T14:00:00+07:00"})

M("judul-pengumuman-saya-lusa-pagi-kelas", "2026-12-17 16:00:00",
  ("Lina Marlina, S.E., M.Ak.", "lina.marlina@polibatam.ac.id"),
  "Auditing",
  """Sore, judul pengumuman saya: Nilai Tugas Kelompok Sudah Keluar. Untuk kelas Auditing (AK3104) saja, ditayangkan lusa jam 8 pagi ya.

Lina
""", "announcement", "id",
  fields={"course_code": "AK3104", "course_name": "Auditing",
          "title": "Nilai Tugas Kelompok Sudah Keluar", "scope": "course",
          "publish_at": "2026-12-19T08:00:00+07:00"})

M("rabu-depan-jam-satu-siang-prodi-semua", "2026-12-18 10:40:00",
  ("Admin Prodi Akuntansi Manajerial", "prodi.amj@polibatam.ac.id"),
  "Mohon diumumkan",
  """Selamat pagi, mohon diumumkan untuk semua mahasiswa prodi:

"Pengambilan Kartu Ujian Susulan"

Kartu ujian susulan dapat diambil di ruang prodi mulai Kamis. Mohon ditayangkan Rabu depan jam 1 siang.

Admin Prodi
""", "announcement", "id",
  fields={"title": "Pengambilan Kartu Ujian Susulan", "scope": "site",
          "publish_at": "2026-12-23T13:00:00+07:00"})

# ---------------------------------------------------------------- course_data

M("en-shortname-wrong-make-it", "2026-12-15 13:45:00",
  ("Dr. Eleanor Price", "eleanor.price@polibatam.ac.id"),
  "Short name",
  """Hello again,

The short name for Physics I (PH1101) is wrong, it says PH101. Please make it PH1101-2026.

Eleanor
""", "course_data", "en",
  fields={"course_code": "PH1101", "course_name": "Physics I",
          "changes": {"shortname": "PH1101-2026"}})

M("surat-sks-dari-menjadi-formal", "2026-12-16 09:00:00",
  ("Ketua Jurusan Teknik Elektro", "kajur.elektro@polibatam.ac.id"),
  "Permohonan perubahan SKS",
  """Dengan hormat,

Bersama ini kami mohon perubahan jumlah SKS mata kuliah Fisika Dasar (TE1101) di e-learning dari 2 SKS menjadi 3 SKS, menyesuaikan kurikulum 2026.

Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

Ketua Jurusan Teknik Elektro
""", "course_data", "id", client="outlook",
  fields={"course_code": "TE1101", "course_name": "Fisika Dasar",
          "changes": {"credits": "3"}})

M("nama-mau-diganti-belum-tahu", "2026-12-17 10:00:00",
  ("Rudi Hartono, M.T.", "rudi.hartono@polibatam.ac.id"),
  "Nama MK",
  """Pagi, nama mata kuliah Mekanika Fluida (MS2203) rencananya mau diganti semester depan, tapi nama barunya belum diputuskan prodi. Nanti saya kabari lagi.
""", "other", "id",
  note="A change planned for later and not decided, told ahead: not a request yet (issue 17; tune16-plans).")

M("kunci-baru-baris-sendiri-hp", "2026-12-18 21:30:00",
  ("Bu Ratna", "ratna.sari@polibatam.ac.id"),
  "key",
  """min tlg enrol key Bahasa Inggris Teknik (BI1102) diganti ya, yg baru:
BIT-Genap27
makasih
""", "course_data", "id", client="iphone",
  fields={"course_code": "BI1102", "course_name": "Bahasa Inggris Teknik",
          "changes": {"enrolment_key": "BIT-Genap27"}})

# ---------------------------------------------------------------- document_request

M("minta-sk-tim-pengembang", "2026-12-15 14:20:00",
  ("Sekretaris Jurusan Manajemen Bisnis", "sekjur.mb@polibatam.ac.id"),
  "SK tim",
  """Selamat siang, mohon dikirimkan salinan SK tim pengembang bahan ajar daring tahun 2026 untuk kelengkapan borang prodi kami.
""", "document_request", "id")

M("en-academic-integrity-policy", "2026-12-17 09:30:00",
  ("Sophie Martin", "sophie.martin@polibatam.ac.id"),
  "Policy document",
  """Hello, could I have a copy of the academic integrity policy that applies to online assessment? I'd like to share it with my students.

Sophie
""", "document_request", "en")

# ================================================================ third batch

# ---------------------------------------------------------------- course_data

M("nama-mk-menjadi-mulai-semester-depan", "2026-12-22 08:40:00",
  ("Fitri Handayani, M.Kom.", "fitri.handayani@polibatam.ac.id"),
  "Nama MK SI2204",
  """Pagi, mohon nama mata kuliah SI2204 Analisis Sistem di e-learning diubah menjadi Analisis dan Desain Sistem mulai semester depan. Terima kasih.
""", "course_data", "id",
  fields={"course_code": "SI2204", "course_name": "Analisis Sistem",
          "changes": {"fullname": "Analisis dan Desain Sistem"}})

M("dosen-jadi-pak-yang-baru-bergabung", "2026-12-22 13:10:00",
  ("Admin Prodi TRPL", "prodi.trpl@polibatam.ac.id"),
  "ganti pengampu",
  """Siang min, dosen pengampu Pemrograman Dasar (IF1101) tolong diganti jadi Pak Budi Santoso yang baru bergabung bulan ini ya.
""", "course_data", "id",
  fields={"course_code": "IF1101", "course_name": "Pemrograman Dasar",
          "changes": {"lecturer": "Budi Santoso"}})

M("shortname-jd-kurung-keterangan", "2026-12-23 09:15:00",
  ("Yanti", "yanti.kwu@polibatam.ac.id"),
  "short name",
  """mhn short name MK Kewirausahaan (MB3101) jd KWU-A (huruf kapital semua) ya min
""", "course_data", "id", client="iphone",
  fields={"course_code": "MB3101", "course_name": "Kewirausahaan",
          "changes": {"shortname": "KWU-A"}})

M("en-name-to-as-agreed", "2026-12-23 11:00:00",
  ("Dr. Michael Chen", "michael.chen@polibatam.ac.id"),
  "Course name",
  """Dear P4M,

Please change the course name of Engineering Statistics (MA2103) to Applied Statistics for Engineers, as agreed in the curriculum meeting.

Best,
Michael
""", "course_data", "en",
  fields={"course_code": "MA2103", "course_name": "Engineering Statistics",
          "changes": {"fullname": "Applied Statistics for Engineers"}})

M("kunci-titik-dua-kurung-huruf-kecil", "2026-12-24 10:20:00",
  ("Teknisi Lab Mesin", "lab.mesin@polibatam.ac.id"),
  "Enrolment key Praktikum CNC",
  """Selamat pagi,

Enrolment key kelas Praktikum CNC (MS3210) mohon diganti: mesin2027 (huruf kecil semua).

Terima kasih
""", "course_data", "id",
  fields={"course_code": "MS3210", "course_name": "Praktikum CNC",
          "changes": {"enrolment_key": "mesin2027"}})

M("kelas-harusnya-bukan-urutan-terbalik", "2026-12-28 08:00:00",
  ("Dimas Aditya, M.T.", "dimas.aditya@polibatam.ac.id"),
  "Kelas salah",
  """Pagi, kelas di course Jaringan Komputer Lanjut (RKS2203) salah, harusnya TI-3C Pagi, bukan TI-3B Pagi. Mohon diperbaiki.
""", "course_data", "id",
  fields={"course_code": "RKS2203", "course_name": "Jaringan Komputer Lanjut",
          "changes": {"class": "TI-3C Pagi"}})

M("en-credits-arrow-bare", "2026-12-28 15:30:00",
  ("Registrar Assistant", "registrar@polibatam.ac.id"),
  "Credits correction CS3102",
  """Hello,

Course CS3102 Compiler Construction, credits: 2 -> 3.

Thanks
""", "course_data", "en",
  fields={"course_code": "CS3102", "course_name": "Compiler Construction",
          "changes": {"credits": "3"}})

M("tanya-bisa-diganti-lebih-pendek", "2026-12-29 10:00:00",
  ("Ayu Lestari", "ayu.lestari@polibatam.ac.id"),
  "Nama MK panjang",
  """Siang, nama mata kuliah Sistem Informasi Geografis Terapan (SI3301) terlalu panjang di tampilan HP. Apakah bisa diganti jadi lebih pendek? Kira-kira aturannya bagaimana?
""", "course_data", "id",
  fields={"course_code": "SI3301", "course_name": "Sistem Informasi Geografis Terapan", "changes": {}})

M("en-description-text-tomorrow", "2026-12-30 09:45:00",
  ("Olivia Brown", "olivia.brown@polibatam.ac.id"),
  "Course description",
  """Hi, could you change the description of Project Management (MB2204) on e-learning? I'll send the new text tomorrow after the department signs it off.

Olivia
""", "course_data", "en",
  fields={"course_code": "MB2204", "course_name": "Project Management", "changes": {}})

# ---------------------------------------------------------------- announcement

M("subjek-pengumuman-beranda-mulai-tanggal", "2026-12-22 10:00:00",
  ("Panitia SNV 2027", "snv@polibatam.ac.id"),
  "Pengumuman: Seminar Nasional Vokasi 2027",
  """Yth. Admin e-learning,

Mohon ditayangkan di beranda mulai tanggal 4 Januari 2027 jam 08.00.

Pendaftaran pemakalah Seminar Nasional Vokasi 2027 dibuka sampai 31 Januari 2027.

Panitia SNV 2027
""", "announcement", "id",
  fields={"title": "Seminar Nasional Vokasi 2027", "scope": "site",
          "publish_at": "2027-01-04T08:00:00+07:00"})

M("en-put-up-course-tomorrow-noon-colon", "2026-12-23 16:00:00",
  ("Tomasz Nowak", "tomasz.nowak@polibatam.ac.id"),
  "Lab room",
  """Hi, can you put up an announcement on the Networking Fundamentals (RKS1101) page tomorrow at noon: Lab Moved to Room B204

All lab sessions next week take place in B204 instead of B105.

Tomasz
""", "announcement", "en",
  fields={"course_code": "RKS1101", "course_name": "Networking Fundamentals",
          "title": "Lab Moved to Room B204", "scope": "course",
          "publish_at": "2026-12-24T12:00:00+07:00"})

M("share-semua-dosen-titik-dua-koma-tayang", "2026-12-24 08:30:00",
  ("Sekretariat P4M", "sekretariat.p4m@polibatam.ac.id"),
  "tolong share",
  """Tolong share ke semua dosen via e-learning: Batas Unggah RPS Semester Genap, tayang Senin 4 Januari 2027 pukul 07.00.

RPS semester genap diunggah paling lambat 15 Januari 2027.
""", "announcement", "id",
  fields={"title": "Batas Unggah RPS Semester Genap", "scope": "site",
          "publish_at": "2027-01-04T07:00:00+07:00"})

M("kelas-saja-tanpa-waktu-titik-dua", "2026-12-28 11:30:00",
  ("Hendra Gunawan", "hendra.gunawan@polibatam.ac.id"),
  "umumkan",
  """Mohon bantu umumkan di kelas Sistem Basis Data: Tidak Ada Kuliah Hari Kamis

Kuliah Kamis ini ditiadakan karena saya dinas luar. Pengganti menyusul.
""", "announcement", "id",
  fields={"course_name": "Sistem Basis Data", "title": "Tidak Ada Kuliah Hari Kamis", "scope": "course"})

M("en-formal-following-title-line-all-users", "2026-12-29 14:00:00",
  ("Office of the Director", "director.office@polibatam.ac.id"),
  "Announcement request",
  """Dear Sir/Madam,

Kindly publish the following announcement to all e-learning users on 5 January 2027 at 07:30 WIB.

Semester Break Extended by One Week

The semester break is extended until 11 January 2027. Classes resume on Monday, 11 January 2027.

Yours faithfully,
Office of the Director
""", "announcement", "en", client="outlook",
  fields={"title": "Semester Break Extended by One Week", "scope": "site",
          "publish_at": "2027-01-05T07:30:00+07:00"})

# ---------------------------------------------------------------- elearning_support

M("coding-error-detected-kelas", "2026-12-22 09:30:00",
  ("Ratih Purnama", "ratih.purnama@polibatam.ac.id"),
  "Tidak bisa buka kelas",
  """Mohon maaf mengganggu, setiap kali saya buka kelas Aljabar Linier muncul tulisan "Coding error detected, it must be fixed by a programmer". Kelas lain aman.

Ratih
""", "elearning_support", "id")

M("en-attempt-vanished-power-cut", "2026-12-23 13:45:00",
  ("Samuel Ortiz", "samuel.ortiz@students.polibatam.ac.id"),
  "Attempt vanished",
  """Hello, the power went out in my dorm during the Chemistry quiz and when I came back my attempt had vanished and it says I have no attempts left. Can I get another one?

Samuel
""", "elearning_support", "en")

M("kalender-tidak-tampilkan-deadline", "2026-12-24 19:00:00",
  ("Rizka Amelia", "rizka.amelia@students.polibatam.ac.id"),
  "kalender",
  """kak kalender di e-learning saya kosong, deadline tugas ga ada yg tampil padahal ada 3 tugas minggu ini
""", "elearning_support", "id")

M("en-certificate-wont-download", "2026-12-28 10:10:00",
  ("Anna Kowalski", "anna.kowalski@polibatam.ac.id"),
  "Certificate",
  """Hi, I finished the self-paced "Teaching Online 101" course but the certificate link at the end just reloads the page. I need the PDF for my annual report.

Anna
""", "elearning_support", "en")

M("foto-profil-tidak-bisa-diganti", "2026-12-29 20:20:00",
  ("Andre", "andre.wijaya@students.polibatam.ac.id"),
  "foto profil",
  """min foto profil e-learning saya ga bisa diganti, tiap simpan balik lagi ke foto lama
""", "elearning_support", "id", client="iphone")

# ---------------------------------------------------------------- other

M("terima-kasih-semoga-sehat", "2026-12-22 17:00:00",
  ("Bu Ratna", "ratna.sari@polibatam.ac.id"),
  "Re: [P4M #2026-0450] key",
  """Terima kasih sudah dibantu kemarin min, semoga sehat selalu 🙏
""", "other", "id", reply="<2026-0450.ack@polibatam.ac.id>")

M("en-library-fine-right-office", "2026-12-23 10:30:00",
  ("Lucas Silva", "lucas.silva@students.polibatam.ac.id"),
  "library fine",
  """Hello, are you the right office to ask about a library fine? I returned the book on time but the system says I owe money.
""", "other", "en")

M("kapan-rapat-koordinasi", "2026-12-24 11:45:00",
  ("Fitri Handayani, M.Kom.", "fitri.handayani@polibatam.ac.id"),
  "Rapat koordinasi",
  """Pak, kapan rapat koordinasi pengembang e-learning berikutnya? Saya mau menyiapkan laporan progres.
""", "other", "id")

M("penawaran-pelatihan-public-speaking", "2026-12-28 09:00:00",
  ("Rina Kartika", "rina@talentaku.co.id"),
  "Penawaran pelatihan",
  """Yth. Bapak/Ibu P4M,

Kami dari Talentaku menawarkan pelatihan public speaking untuk dosen dengan harga khusus awal tahun. Proposal lengkap dapat kami kirimkan bila Bapak/Ibu berminat.

Salam,
Rina Kartika
""", "other", "id")

M("en-away-until-contact-colleague", "2026-12-29 08:05:00",
  ("Priya Raman", "priya.raman@polibatam.ac.id"),
  "Away until 5 January",
  """Hi all,

Just so you know, I'm away until 5 January with limited e-mail. For anything about the Machine Learning course page please contact my co-lecturer, Dr. Arief.

Priya
""", "other", "en")

# ---------------------------------------------------------------- document_request

M("minta-pedoman-penulisan-bahan-ajar", "2026-12-29 13:00:00",
  ("Dedi Kurniawan", "dedi.kurniawan@polibatam.ac.id"),
  "pedoman bahan ajar",
  """Siang, boleh minta pedoman penulisan bahan ajar yang terbaru? Yang saya punya versi 2022.
""", "document_request", "id")

M("en-where-download-course-design-template", "2026-12-30 10:30:00",
  ("Daniel Hughes", "daniel.hughes@polibatam.ac.id"),
  "Course design template",
  """Hello, where can I download the course design template that was shown in the November workshop?

Daniel
""", "document_request", "en")

# ================================================================ fourth batch

# ---------------------------------------------------------------- elearning_support

M("tombol-mulai-kuis-tidak-ada", "2027-01-04 07:50:00",
  ("Dr. Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "UTS",
  """Pagi, mahasiswa saya bilang tombol untuk mulai mengerjakan UTS Mikrobiologi tidak ada di halaman kuis, padahal jadwalnya sudah dibuka jam 07.30. Mohon cepat dicek.

Wulan
""", "elearning_support", "id")

M("en-similarity-report-pending", "2027-01-04 10:00:00",
  ("Grace Simanjuntak", "grace.sim@students.polibatam.ac.id"),
  "similarity report",
  """Hi, the similarity report for my thesis draft has said "pending" for two days. My supervisor needs it by Friday.

Grace
""", "elearning_support", "en")

M("bukakan-kembali-tugas-terlambat-sakit", "2027-01-04 13:30:00",
  ("Nur Aini, M.Pd.", "nur.aini@polibatam.ac.id"),
  "Tugas mahasiswa sakit",
  """Siang, mohon dibukakan kembali pengumpulan laporan akhir di kelas Psikologi Pendidikan untuk 3 mahasiswa yang terlambat karena sakit (surat dokter ada). Batasnya sudah lewat kemarin dan saya tidak bisa mengubahnya sendiri.

Nur Aini
""", "elearning_support", "id")

M("en-restore-deleted-folder", "2027-01-05 08:20:00",
  ("Tomasz Nowak", "tomasz.nowak@polibatam.ac.id"),
  "Deleted by mistake",
  """Hi,

I deleted the week 5 folder in Embedded Systems by mistake yesterday afternoon. Is there any way to bring it back with the files inside?

Tomasz
""", "elearning_support", "en")

M("presensi-sesi-belum-dibuka", "2027-01-05 08:05:00",
  ("Fadli", "fadli.r@students.polibatam.ac.id"),
  "presensi",
  """kak presensi online kelas Kalkulus ga bisa diisi, tulisannya sesi belum dibuka padahal udah jam 8 lewat
""", "elearning_support", "id", client="iphone")

M("h5p-kotak-kosong", "2027-01-05 14:40:00",
  ("Maya Anggraini, M.Sc.", "maya.anggraini@polibatam.ac.id"),
  "Konten interaktif",
  """Siang, konten interaktif yang saya buat di kelas Biokimia hanya tampil sebagai kotak kosong di laptop mahasiswa. Di akun saya tampil normal.

Maya
""", "elearning_support", "id")

M("en-new-student-empty-dashboard", "2027-01-06 09:00:00",
  ("Lucas Silva", "lucas.silva@students.polibatam.ac.id"),
  "No courses",
  """Hello, I'm a new exchange student this semester and my dashboard is completely empty, I don't see any of my four courses. Classes start tomorrow.

Lucas
""", "elearning_support", "en")

# ---------------------------------------------------------------- other

M("en-season-greetings", "2026-12-31 12:00:00",
  ("Sophie Martin", "sophie.martin@polibatam.ac.id"),
  "Season's greetings",
  """Dear P4M team,

Thank you all for your help in 2026! Wishing you a restful break and a happy new year.

Sophie
""", "other", "en")

M("izin-tidak-ikut-rapat-sakit", "2027-01-04 06:30:00",
  ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "izin",
  """Mohon maaf Pak, saya izin tidak bisa ikut rapat tim besok karena sedang sakit. Materi saya titipkan ke Bu Fitri.

Agus
""", "other", "id")

M("tanya-lowongan-dosen-tetap", "2027-01-05 11:11:00",
  ("Bayu Firmansyah", "bayu.firmansyah@gmail.com"),
  "lowongan",
  """Selamat siang, apakah Polibatam membuka lowongan dosen tetap tahun ini? Saya lulusan S2 Teknik Elektro.

Bayu
""", "other", "id")

M("en-campus-open-saturday-toefl", "2027-01-05 16:45:00",
  ("Kenji Watanabe", "kenji.w@students.polibatam.ac.id"),
  "Saturday",
  """hi, is the campus open this Saturday? i have the TOEFL test at the language centre and want to know which gate to use
""", "other", "en")

M("saran-mode-gelap", "2027-01-06 20:00:00",
  ("Nabila", "nabila.putri@students.polibatam.ac.id"),
  "saran",
  """kak mau kasih saran aja, tampilan e-learning bagus kalau ada mode gelap, soalnya sering belajar malam. makasih kak
""", "other", "id")

M("re-sudah-dicoba-berhasil", "2027-01-06 10:30:00",
  ("Ir. Sutrisno, M.T.", "sutrisno@polibatam.ac.id"),
  "Re: [P4M #2026-0441] Tugas tidak kelihatan oleh mahasiswa",
  """Baik Pak, sudah saya coba sesuai petunjuk dan berhasil. Terima kasih.

Sutrisno

Pada Rab, 16 Des 2026 pukul 11.02 Helpdesk P4M menulis:
> Tugas Bapak masih tersembunyi; aktifkan "Show" pada tugas tersebut.
""", "other", "id", reply="<2026-0441.ack@polibatam.ac.id>")

# ---------------------------------------------------------------- announcement

M("pasang-info-course-kutip-titik", "2027-01-04 09:10:00",
  ("Hendra Gunawan", "hendra.gunawan@polibatam.ac.id"),
  "info responsi",
  """Pagi, mohon pasang info ini di course Statistika Industri (TI2301): 'Responsi Diganti Hari Jumat'. Tayang besok jam 7 pagi.

Responsi minggu ini pindah ke hari Jumat jam 10.00.
""", "announcement", "id",
  fields={"course_code": "TI2301", "course_name": "Statistika Industri",
          "title": "Responsi Diganti Hari Jumat", "scope": "course",
          "publish_at": "2027-01-05T07:00:00+07:00"})

M("en-notice-dash-final-year-students", "2027-01-04 11:30:00",
  ("Alumni Relations", "alumni@polibatam.ac.id"),
  "Notice – Graduation Photo Session",
  """Hello,

This is for all students in their final year, please post it on the front page on Wednesday 6 January at 10 am.

The graduation photo session takes place on 20 January in the main hall.

Alumni Relations
""", "announcement", "en",
  fields={"title": "Graduation Photo Session", "scope": "site",
          "publish_at": "2027-01-06T10:00:00+07:00"})

M("kelas-dengan-judul-kutip-hari-ini-sore", "2027-01-05 12:00:00",
  ("Dra. Sri Wahyuni, M.Si.", "sri.wahyuni@polibatam.ac.id"),
  "Pengumuman Fisika Terapan",
  """Siang, mohon buat pengumuman untuk kelas Fisika Terapan (TRE1204) dengan judul 'Laporan Praktikum Diperpanjang', ditayangkan hari ini pukul 16.00.

Batas laporan praktikum diperpanjang sampai Senin.

Sri Wahyuni
""", "announcement", "id",
  fields={"course_code": "TRE1204", "course_name": "Fisika Terapan",
          "title": "Laporan Praktikum Diperpanjang", "scope": "course",
          "publish_at": "2027-01-05T16:00:00+07:00"})

M("docx-surat-tentang-registrasi-seluruh", "2027-01-05 15:00:00",
  ("Bagian Akademik", "akademik@polibatam.ac.id"),
  "Pengumuman registrasi ulang",
  """Yth. Admin e-learning,

Mohon ditayangkan di e-learning untuk seluruh mahasiswa pada tanggal 7 Januari 2027 pukul 08.00 WIB. Naskah terlampir.

Bagian Akademik
""", "announcement", "id",
  att=[("docx", "pengumuman-registrasi.docx",
        ["**PENGUMUMAN**", "Nomor: 012/PL29/AK/2027", "tentang",
         "Jadwal Registrasi Ulang Semester Genap",
         "Registrasi ulang semester genap dilaksanakan 11-15 Januari 2027 secara daring melalui SIAKAD."])],
  fields={"title": "Jadwal Registrasi Ulang Semester Genap", "scope": "site",
          "publish_at": "2027-01-07T08:00:00+07:00"})

M("en-my-students-title-colon-date-short", "2027-01-06 08:40:00",
  ("Hannah Lee", "hannah.lee@polibatam.ac.id"),
  "For my Digital Marketing class",
  """Hi! Could you post this for my Digital Marketing (MB3205) students on 7 Jan 2027 at 9am?

title: Campaign Brief Uploaded
text: The brief for the final campaign is in week 15. Read it before Friday.

Thanks!
Hannah
""", "announcement", "en",
  fields={"course_code": "MB3205", "course_name": "Digital Marketing",
          "title": "Campaign Brief Uploaded", "scope": "course",
          "publish_at": "2027-01-07T09:00:00+07:00"})

# ---------------------------------------------------------------- course_data

M("dosen-masih-lama-diganti-dengan-ibu", "2027-01-04 10:45:00",
  ("Staf Prodi Akuntansi", "prodi.akuntansi@polibatam.ac.id"),
  "Pengampu AK2202",
  """Selamat pagi, nama dosen pengampu MK Akuntansi Biaya (AK2202) di e-learning masih nama dosen lama, mohon diganti dengan Ibu Sari Dewi, S.E., M.Ak.

Terima kasih
""", "course_data", "id",
  fields={"course_code": "AK2202", "course_name": "Akuntansi Biaya",
          "changes": {"lecturer": "Sari Dewi, S.E., M.Ak."}})

M("en-semester-should-be-not", "2027-01-06 13:00:00",
  ("Dr. Michael Chen", "michael.chen@polibatam.ac.id"),
  "Semester of IF2301",
  """Hello, the semester of Web Programming (IF2301) should be 3, not 4. Could you fix it?

Michael
""", "course_data", "en",
  fields={"course_code": "IF2301", "course_name": "Web Programming",
          "changes": {"semester": "3"}})

# ---------------------------------------------------------------- document_request

M("minta-sop-peminjaman-studio", "2027-01-06 10:00:00",
  ("Rudi Hartono, M.T.", "rudi.hartono@polibatam.ac.id"),
  "studio rekaman",
  """Pagi, mohon dikirimi file SOP peminjaman studio rekaman P4M, saya mau rekam video pembelajaran bulan ini.
""", "document_request", "id")


if __name__ == "__main__":
    sys.exit(E.main())

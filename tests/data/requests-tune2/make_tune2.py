#!/usr/bin/env python3
"""Generate the second P4M helpdesk TUNING corpus (120 labelled request e-mails).

Voices and phrasings the first tuning corpus lacks, aimed at the weak measures:
`other` mail (thanks, complaints, questions, misdirected mail, offers, "sudah bisa"
replies), e-learning trouble told without its keywords, announcement titles,
scopes and publish times in many forms, course names written many ways, and
values that must not be claimed (the current value, a hypothetical one).

The message engine (client wrapping, attachments, checks) is the first tuning
corpus's generator, imported from ../requests-tune/make_tune.py; every body here
was written by hand.  Run:  python3 make_tune2.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 27, "announcement": 36, "elearning_support": 17,
          "document_request": 6, "other": 34}
M = E.M

# ---------------------------------------------------------------- other

M("terima-kasih-sudah-bisa-balasan", "2026-02-03 09:12:44",
  ("Putri Maharani", "putri.maharani@students.polibatam.ac.id"),
  "Re: [P4M #2026-0071] Tidak bisa masuk e-learning",
  """Sudah bisa kak, terima kasih banyak ya 🙏

Pada Sen, 2 Feb 2026 pukul 15.40 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:
> Password Anda sudah kami reset. Silakan coba masuk kembali.
""", "other", "id", reply="<2026-0071.ack@polibatam.ac.id>")

M("keluhan-wifi-gedung-utama", "2026-02-10 11:05:10",
  ("Hendra Saputra", "hendra.saputra@students.polibatam.ac.id"),
  "Keluhan",
  """Selamat siang,

Saya mau menyampaikan keluhan, jaringan wifi di lantai 4 gedung utama sering putus dari minggu lalu, apalagi siang hari. Mohon diteruskan ke bagian yang mengurus jaringan kampus.

Terima kasih
Hendra
""", "other", "id")

M("tanya-jadwal-pelatihan-dosen-baru", "2026-02-17 08:30:02",
  ("Anisa Rahmawati, S.Pd., M.Pd.", "anisa.rahmawati@polibatam.ac.id"),
  "Pertanyaan jadwal pelatihan",
  """Yth. Tim P4M,

Saya dosen baru di Jurusan Manajemen Bisnis sejak Januari. Apakah tahun ini ada pelatihan Pekerti atau AA untuk dosen baru, dan kapan biasanya pendaftarannya dibuka?

Terima kasih atas informasinya.

Hormat saya,
Anisa Rahmawati
""", "other", "id", client="outlook")

M("tanya-nilai-belum-keluar-bukan-lms", "2026-03-02 20:14:55",
  ("Rafi Pratama", "rafipratama02@gmail.com"),
  "nilai semester",
  """permisi min, nilai semester ganjil saya di SIAKAD kok belum keluar semua ya, masih ada 2 yang kosong. itu nanyanya ke siapa ya min? makasih

Dikirim dari Samsung Galaxy saya
""", "other", "id")

M("salah-kirim-surat-cuti", "2026-03-09 10:02:31",
  ("Bagian Kepegawaian", "kepegawaian@polibatam.ac.id"),
  "Surat cuti a.n. Sdr. Yusuf Hamdani",
  """Dengan hormat,

Bersama ini kami sampaikan surat cuti tahunan a.n. Sdr. Yusuf Hamdani untuk ditandatangani atasan langsung. Mohon dikembalikan ke Bagian Kepegawaian paling lambat hari Jumat.

Hormat kami,
Bagian Kepegawaian
""", "other", "id", note="misdirected: meant for another unit")

M("penawaran-vendor-smartboard", "2026-03-16 13:45:00",
  ("Lestari Wibowo", "lestari@edutekno-nusantara.co.id"),
  "Penawaran Kerja Sama Smart Board Interaktif untuk Ruang Kelas",
  """Kepada Yth. Kepala P4M Politeknik Negeri Batam,

Perkenankan kami dari PT Edutekno Nusantara memperkenalkan produk smart board interaktif 86 inci yang sudah dipakai di lebih dari 40 kampus. Kami menawarkan demo gratis di kampus Bapak/Ibu pada bulan ini, beserta harga khusus institusi pendidikan.

Katalog dan daftar harga kami lampirkan. Kami tunggu kabar baiknya.

Salam hangat,
Lestari Wibowo
Account Manager
""", "other", "id", client="outlook")

M("en-thanks-workshop", "2026-04-06 16:20:40",
  ("Maria Gonzalez", "maria.gonzalez@polibatam.ac.id"),
  "Thank you for yesterday's workshop",
  """Dear P4M team,

Just a short note to say thank you for the blended learning workshop yesterday. The examples of weekly activity plans were very practical, and my colleagues from the exchange programme found it useful as well.

Best wishes,
Maria
""", "other", "en")

M("tanya-sertifikat-pelatihan", "2026-04-14 09:55:18",
  ("Dedi Kurniawan", "dedi.kurniawan@polibatam.ac.id"),
  "Sertifikat workshop RPS",
  """Assalamualaikum,

Mohon info, sertifikat workshop penyusunan RPS bulan Maret kemarin apakah sudah bisa diambil? Saya perlu untuk berkas BKD semester ini.

Wassalam,
Dedi Kurniawan
""", "other", "id")

M("tanya-parkir-mahasiswa", "2026-04-21 07:48:03",
  ("Intan Permatasari", "intan.ps@students.polibatam.ac.id"),
  "parkir",
  """pagi kak, mau nanya stiker parkir motor buat mahasiswa baru itu daftarnya dimana ya? di gedung mana? terimakasih kak
""", "other", "id", client="iphone")

M("en-question-office-hours", "2026-05-04 14:02:11",
  ("Kenji Watanabe", "kenji.watanabe@polibatam.ac.id"),
  "Office location",
  """Hi,

I am a new exchange lecturer starting next week. Where is the P4M office located, and what are your opening hours? I would like to drop by to introduce myself.

Thanks,
Kenji Watanabe
""", "other", "en")

M("keluhan-ac-ruang-kelas", "2026-05-12 10:31:27",
  ("Yohana Simanjuntak", "yohana.s@polibatam.ac.id"),
  "AC ruang 704 mati",
  """Selamat pagi,

Sekadar menyampaikan, AC di ruang 704 sudah dua minggu tidak dingin sehingga perkuliahan siang sangat tidak nyaman. Mohon dibantu diteruskan ke bagian sarana prasarana.

Salam,
Yohana
""", "other", "id")

M("balasan-oke-makasih-ticket", "2026-05-19 19:03:50",
  ("Fadli Ramadhan", "fadli.ramadhan@polibatam.ac.id"),
  "Re: [P4M #2026-0318] Pengumuman kuis Basis Data",
  """Oke, sudah saya lihat tampil di course. Makasih banyak tim P4M.

On Tue, May 19, 2026 at 2:11 PM Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> Pengumuman Anda sudah kami terbitkan.
""", "other", "mixed", reply="<2026-0318.done@polibatam.ac.id>")

M("undangan-rapat-akreditasi", "2026-08-11 11:11:11",
  ("Sekretariat Direktur", "sekdir@polibatam.ac.id"),
  "Undangan Rapat Persiapan Akreditasi",
  """Yth. Kepala P4M,

Mengharap kehadiran Bapak/Ibu pada rapat persiapan visitasi akreditasi yang akan dilaksanakan pada Kamis, 13 Agustus 2026 pukul 09.00 WIB di Ruang Rapat Direktur.

Atas perhatian dan kehadirannya kami ucapkan terima kasih.

Sekretariat Direktur
""", "other", "id", client="zimbra")

M("tanya-magang-mahasiswa", "2026-09-01 13:27:45",
  ("Bima Arya", "bima.arya12@yahoo.co.id"),
  "Informasi magang",
  """Selamat siang Bapak/Ibu,

Saya mahasiswa semester 5 Teknik Informatika. Apakah unit P4M menerima mahasiswa magang atau kerja praktik untuk semester depan? Kalau ada, persyaratannya apa saja?

Terima kasih,
Bima Arya
""", "other", "id")

# ---------------------------------------------------------------- elearning_support (no keywords)

M("tugas-tidak-mau-terkirim-tanpa-kata-kunci", "2026-02-24 22:41:09",
  ("Salsabila Nur", "salsabila.nur@students.polibatam.ac.id"),
  "tolong kak",
  """kak aku udah pencet kirim berkali2 tapi file laporan praktikumku ga mau masuk, muter2 terus terus balik ke halaman awal. deadline jam 12 malam ini kak 😭 matkul Elektronika Analog
""", "elearning_support", "id", client="iphone")

M("en-cannot-see-class-page", "2026-03-05 08:20:33",
  ("Lucas Martin", "lucas.martin@students.polibatam.ac.id"),
  "Missing class",
  """Hello,

I joined the exchange programme this semester but my Embedded Systems class does not show up on my dashboard at all, while my Indonesian classmates already see the materials for week 2. Could someone add me?

Thank you,
Lucas Martin
""", "elearning_support", "en")

M("lupa-sandi-akun-kampus-halus", "2026-03-23 06:58:12",
  ("Ibu Ratna Dewi", "ratna.dewi@polibatam.ac.id"),
  "Tidak bisa membuka kelas daring",
  """Selamat pagi,

Sejak kemarin saya tidak bisa masuk ke kelas daring, setiap kali saya isi nama pengguna dan kata sandi selalu muncul tulisan merah. Mungkin saya lupa kata sandinya. Mohon bantuannya karena pagi ini saya mengajar.

Terima kasih,
Ratna Dewi
""", "elearning_support", "id", client="outlook")

M("kuis-waktu-habis-sendiri", "2026-04-28 10:40:55",
  ("Yoga Prasetyo", "yoga.prasetyo@students.polibatam.ac.id"),
  "ujian online ke-submit sendiri",
  """Permisi, tadi waktu ujian online Statistika baru jalan 10 menit tiba-tiba jawaban saya ke-submit sendiri dan waktunya dibilang habis. Padahal durasinya 90 menit. Apa bisa dibuka lagi? Dosennya minta saya lapor ke sini.

Yoga Prasetyo
4332201009
""", "elearning_support", "id")

M("en-video-not-playing", "2026-05-26 15:15:15",
  ("Sarah O'Connor", "sarah.oconnor@polibatam.ac.id"),
  "Students report a blank screen",
  """Hi team,

Several of my students say the recorded lecture I put on the Marketing Management page only shows a black box with a spinning circle. It plays fine for me as teacher. Is there a size limit or something I need to change?

Regards,
Sarah
""", "elearning_support", "en")

M("nilai-tidak-muncul-di-kelas-daring", "2026-09-08 12:12:40",
  ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "Nilai tugas tidak tampil",
  """Siang,

Nilai tugas 1 yang sudah saya isi di kelas daring Akuntansi Biaya tidak tampil di halaman mahasiswa, mereka hanya melihat tanda strip. Apakah ada pengaturan yang terlewat?

Agus
""", "elearning_support", "id")

M("dobel-akun-mahasiswa", "2026-09-15 09:09:09",
  ("Nabila Zahra", "nabila.zahra@students.polibatam.ac.id"),
  "akun saya ada dua",
  """Halo kak, kayaknya akun saya ada 2, yang satu pakai NIM yang satu pakai email gmail. Yang NIM nggak ada kelas sama sekali, yang gmail ada tapi nama saya salah. Bisa digabung nggak kak?

Nabila
""", "elearning_support", "id")

# ---------------------------------------------------------------- document_request

M("minta-template-bap-ujian", "2026-03-26 10:10:10",
  ("Rina Marlina", "rina.marlina@polibatam.ac.id"),
  "Template BAP UTS",
  """Selamat pagi,

Boleh minta template BAP ujian tengah semester yang terbaru? Yang saya punya masih versi 2024.

Terima kasih,
Rina
""", "document_request", "id")

M("en-request-quality-manual", "2026-08-18 09:30:00",
  ("Daniel Kim", "daniel.kim@polibatam.ac.id"),
  "Quality manual",
  """Dear P4M,

Could you send me the current internal quality assurance manual (SPMI) and the form for the lecturer self-evaluation? I need them for the accreditation folder of our programme.

Best regards,
Daniel Kim
""", "document_request", "en")

M("sop-peminjaman-singkat", "2026-10-06 14:14:14",
  ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "sop",
  """min, minta file SOP pengajuan kelas pengganti ya, buat prodi. makasih
""", "document_request", "id", client="iphone")

# ---------------------------------------------------------------- announcement

M("judul-berjudul-semua-kelas", "2026-02-05 13:00:00",
  ("Bagian Akademik", "akademik@polibatam.ac.id"),
  "Mohon dipasang pengumuman",
  """Yth. Admin E-Learning,

Mohon dipasang pengumuman berjudul "Batas Akhir Pengisian KRS Semester Genap" di halaman depan e-learning agar terbaca seluruh mahasiswa. Isinya:

Pengisian KRS semester genap 2025/2026 ditutup pada Jumat, 13 Februari 2026 pukul 23.59 WIB. Mahasiswa yang belum mengisi KRS tidak dapat mengikuti perkuliahan.

Mohon ditayangkan mulai Senin, 9 Februari 2026 pukul 07.00 WIB.

Terima kasih,
Bagian Akademik
""", "announcement", "id",
  {"title": "Batas Akhir Pengisian KRS Semester Genap", "scope": "site",
   "publish_at": "2026-02-09T07:00:00+07:00"})

M("dengan-judul-mk-kurung", "2026-02-12 10:25:00",
  ("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
  "Pengumuman untuk kelas saya",
  """Selamat pagi Tim P4M,

Saya minta tolong dibuatkan pengumuman di course mata kuliah Manajemen Proyek (MB2204) dengan judul Presentasi Kelompok Diundur. Isinya: presentasi kelompok yang seharusnya minggu ini diundur ke minggu depan karena saya dinas luar.

Terima kasih,
Fitri Handayani
""", "announcement", "id",
  {"course_code": "MB2204", "course_name": "Manajemen Proyek",
   "title": "Presentasi Kelompok Diundur", "scope": "course"})

M("judul-titik-dua-jam-sebelum-tanggal", "2026-02-26 16:40:12",
  ("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
  "Pengumuman praktikum",
  """Assalamualaikum,

Mohon bantu pasang pengumuman di kelas MK Praktikum Jaringan Komputer (RKS1205):

Judul: Modul Praktikum 4 Sudah Tersedia
Isi: Modul praktikum 4 tentang VLAN sudah bisa diunduh di bagian materi. Wajib dibaca sebelum praktikum.

Tayang jam 06.00 pagi, Senin 2 Maret 2026.

Wassalam,
Taufik
""", "announcement", "id",
  {"course_code": "RKS1205", "course_name": "Praktikum Jaringan Komputer",
   "title": "Modul Praktikum 4 Sudah Tersedia", "scope": "course",
   "publish_at": "2026-03-02T06:00:00+07:00"})

M("en-title-colon-site-wide", "2026-03-11 11:00:00",
  ("International Office", "io@polibatam.ac.id"),
  "Announcement request for all students",
  """Dear Helpdesk,

Please post the following announcement site-wide on the e-learning front page.

Title: Call for Applications: Summer Exchange to Japan 2026
Text: Students of all programmes are invited to apply for the summer exchange. Deadline 10 April 2026. Details at the International Office.

Please publish it on Monday, 16 March 2026 at 8:00 AM.

Best regards,
International Office
""", "announcement", "en",
  {"title": "Call for Applications: Summer Exchange to Japan 2026", "scope": "site",
   "publish_at": "2026-03-16T08:00:00+07:00"})

M("subjek-saja-judul-matkul", "2026-03-18 21:05:44",
  ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
  "Pengumuman: Kuliah Pengganti Hari Sabtu",
  """mhn dipasang di matkul Mekanika Teknik (MS1103) ya, kuliah pengganti sabtu ini jam 08.00 di ruang 305. trims
""", "announcement", "id",
  {"course_code": "MS1103", "course_name": "Mekanika Teknik",
   "title": "Kuliah Pengganti Hari Sabtu", "scope": "course"}, client="iphone")

M("baris-pertama-judul-seluruh-mahasiswa", "2026-04-02 09:14:00",
  ("Unit Kemahasiswaan", "kemahasiswaan@polibatam.ac.id"),
  "Mohon ditayangkan",
  """Pendaftaran Beasiswa Prestasi Semester Genap

Kepada seluruh mahasiswa, pendaftaran beasiswa prestasi dibuka sampai 24 April 2026. Berkas diunggah melalui laman kemahasiswaan.

---
Mohon pengumuman di atas ditayangkan untuk seluruh mahasiswa di e-learning, dipublikasikan tanggal 6/4/2026 jam 7 pagi.

Terima kasih
Unit Kemahasiswaan
""", "announcement", "id",
  {"title": "Pendaftaran Beasiswa Prestasi Semester Genap", "scope": "site",
   "publish_at": "2026-04-06T07:00:00+07:00"}, client="zimbra")

M("docx-heading-semua-kelas-mulai", "2026-04-09 14:30:00",
  ("Pusat Komputer", "puskom@polibatam.ac.id"),
  "Pengumuman pemeliharaan",
  """Selamat siang,

Terlampir teks pengumuman pemeliharaan. Mohon ditampilkan di semua kelas e-learning mulai Sabtu, 11 April 2026 pukul 18.00 WIB.

Salam,
Puskom
""", "announcement", "id",
  {"title": "Pemeliharaan Jaringan Kampus Akhir Pekan", "scope": "site",
   "publish_at": "2026-04-11T18:00:00+07:00"},
  att=[("docx", "pengumuman-pemeliharaan.docx",
        ["**Pemeliharaan Jaringan Kampus Akhir Pekan**",
         "Pada Sabtu dan Minggu, layanan internet kampus akan terganggu karena pemeliharaan perangkat inti.",
         "Mohon simpan pekerjaan Anda sebelum pukul 18.00."])])

M("en-quoted-title-course-dash", "2026-04-16 08:05:00",
  ("Peter Schmidt", "peter.schmidt@polibatam.ac.id"),
  "Course announcement",
  """Hello,

Could you put an announcement titled "Lab Report Template Updated" on my course IF2210 - Software Testing? The text is simply: please use the new template from week 8 onward.

No particular time, as soon as possible is fine.

Thanks,
Peter
""", "announcement", "en",
  {"course_code": "IF2210", "course_name": "Software Testing",
   "title": "Lab Report Template Updated", "scope": "course"})

M("tayang-besok-pagi-jurusan", "2026-04-23 15:50:00",
  ("Kajur Teknik Mesin", "kajur.mesin@polibatam.ac.id"),
  "Pengumuman untuk semua mahasiswa",
  """Mohon dipasang pengumuman dengan judul Libur Perkuliahan Hari Buruh di e-learning untuk semua mahasiswa, tayang besok jam 7 pagi.

Isi: Tanggal 1 Mei tidak ada perkuliahan. Perkuliahan dilanjutkan tanggal 4 Mei.

Kajur Teknik Mesin
""", "announcement", "id",
  {"title": "Libur Perkuliahan Hari Buruh", "scope": "site",
   "publish_at": "2026-04-24T07:00:00+07:00"})

M("pkl-sebelum-tgl-course-name-after-code", "2026-05-06 12:00:00",
  ("Siti Aminah", "siti.aminah@polibatam.ac.id"),
  "Pengumuman Kuis 3",
  """Siang P4M, minta tolong umumkan di course AK2101 Akuntansi Keuangan Menengah: "Kuis 3 Dilaksanakan Daring". Kuis dibuka hari Jumat jam 13.00 sampai 15.00.
Tolong tayang pkl 09.00 tgl 7/5 ya.

Makasih,
Siti
""", "announcement", "id",
  {"course_code": "AK2101", "course_name": "Akuntansi Keuangan Menengah",
   "title": "Kuis 3 Dilaksanakan Daring", "scope": "course",
   "publish_at": "2026-05-07T09:00:00+07:00"})

M("en-posted-by-date-time", "2026-05-20 10:10:00",
  ("Library", "library@polibatam.ac.id"),
  "Notice for the e-learning homepage",
  """Hi P4M,

We would like the notice below posted on the e-learning homepage for everyone, by Friday 22 May 2026, 4 pm.

New Library Opening Hours
From 25 May the library is open 07:30 to 20:00 on weekdays.

Thanks,
Library
""", "announcement", "en",
  {"title": "New Library Opening Hours", "scope": "site",
   "publish_at": "2026-05-22T16:00:00+07:00"})

M("html-outlook-berjudul-kelas-tertentu", "2026-08-20 09:00:00",
  ("Dr. Hasanuddin, M.T.", "hasanuddin@polibatam.ac.id"),
  "Permohonan penayangan pengumuman",
  "", "announcement", "id",
  {"course_code": "EL3301", "course_name": "Sistem Kendali",
   "title": "Perubahan Bobot Penilaian", "scope": "course",
   "publish_at": "2026-08-24T08:00:00+07:00"},
  client="outlook",
  html_body=("<p class=MsoNormal>Dengan hormat,<o:p></o:p></p>"
             "<p class=MsoNormal>&nbsp;</p>"
             "<p class=MsoNormal>Mohon ditayangkan pengumuman berjudul <b>Perubahan Bobot Penilaian</b> "
             "pada kelas e-learning mata kuliah Sistem Kendali (EL3301), dipublikasikan pada "
             "Senin, 24 Agustus 2026 pukul 08.00 WIB.<o:p></o:p></p>"
             "<p class=MsoNormal>Isi: bobot UTS menjadi 30% dan UAS 40%.<o:p></o:p></p>"
             "<p class=MsoNormal>&nbsp;</p>"
             "<p class=MsoNormal>Hormat saya,<br>Dr. Hasanuddin, M.T.<o:p></o:p></p>"))

M("matkul-tanpa-waktu-judul-kutip-tunggal", "2026-09-10 19:30:00",
  ("Andi Wijaya", "andi.wijaya@polibatam.ac.id"),
  "tolong umumkan",
  """Malam min, tolong umumkan 'Tugas Besar Dikumpulkan via GitHub' di matkul Rekayasa Perangkat Lunak kelas IF-3A. Makasih
""", "announcement", "id",
  {"course_name": "Rekayasa Perangkat Lunak",
   "title": "Tugas Besar Dikumpulkan via GitHub", "scope": "course"})

M("en-all-courses-starting", "2026-10-01 13:13:13",
  ("Quality Assurance Office", "qa@polibatam.ac.id"),
  "Please announce: Student Course Evaluation Now Open",
  """Dear Helpdesk,

Please show this announcement in all courses, starting Monday 5 October 2026 at 07:00.

Student Course Evaluation Now Open
All students are asked to fill in the course evaluation before 16 October.

Regards,
QA Office
""", "announcement", "en",
  {"title": "Student Course Evaluation Now Open", "scope": "site",
   "publish_at": "2026-10-05T07:00:00+07:00"})

M("mk-singkatan-judul-baris-tanggal-besok-siang", "2026-10-14 08:45:00",
  ("Yusuf Hamdani", "yusuf.hamdani@polibatam.ac.id"),
  "Info",
  """Pagi, mohon pasang info di MK Basis Data (IF2103), judulnya: Praktikum Ditiadakan. Tayang besok pukul 12.00 siang.

Yusuf
""", "announcement", "id",
  {"course_code": "IF2103", "course_name": "Basis Data",
   "title": "Praktikum Ditiadakan", "scope": "course",
   "publish_at": "2026-10-15T12:00:00+07:00"})

M("halaman-depan-tanpa-waktu-title-quoted-en", "2026-11-05 10:00:00",
  ("Student Union", "bem@polibatam.ac.id"),
  "Announcement on front page",
  """Hi,

Can the e-learning front page carry a notice with the title 'Campus Sports Week Registration' for all students? Registration is open until 20 November at the student centre.

Thanks!
BEM Polibatam
""", "announcement", "en",
  {"title": "Campus Sports Week Registration", "scope": "site"})

# ---------------------------------------------------------------- course_data

M("matkul-jd-kode-strip", "2026-02-09 20:20:20",
  ("Lina Marpaung", "lina.marpaung@polibatam.ac.id"),
  "ganti nama matkul",
  """min, matkul TI2205 - Ergonomi di elearning tolong diganti jd Ergonomi dan Perancangan Kerja ya. tks
""", "course_data", "id",
  {"course_code": "TI2205", "course_name": "Ergonomi",
   "changes": {"fullname": "Ergonomi dan Perancangan Kerja"}}, client="iphone")

M("en-course-parenthesis-lecturer-current-mentioned", "2026-02-20 09:40:00",
  ("Programme Office Mechatronics", "mekatronika@polibatam.ac.id"),
  "Lecturer change",
  """Dear P4M,

For the course Industrial Robotics (MK3302), the lecturer listed is currently Bambang Sutrisno, S.T., M.T. Please replace him with Ir. Wahyu Nugroho, M.Sc. from this week.

Regards,
Programme Office Mechatronics
""", "course_data", "en",
  {"course_code": "MK3302", "course_name": "Industrial Robotics",
   "changes": {"lecturer": "Ir. Wahyu Nugroho, M.Sc."}})

M("mk-sks-jadi-angka-lama-disebut", "2026-03-03 10:00:00",
  ("Prodi Akuntansi", "prodi.akuntansi@polibatam.ac.id"),
  "Perbaikan SKS",
  """Selamat pagi,

Pada e-learning, MK Perpajakan (AK2203) tertulis 2 SKS, padahal sesuai kurikulum jumlah SKS-nya 3. Mohon diperbaiki.

Terima kasih,
Prodi Akuntansi
""", "course_data", "id",
  {"course_code": "AK2203", "course_name": "Perpajakan",
   "changes": {"credits": "3"}})

M("kunci-pendaftaran-dari-ke", "2026-03-12 07:30:00",
  ("Eko Susanto", "eko.susanto@polibatam.ac.id"),
  "enrol key",
  """Mohon enrolment key course Pemrograman Berorientasi Objek (IF2202) diubah dari PBO2025 ke PBO-Genap26. Terima kasih.
""", "course_data", "id",
  {"course_code": "IF2202", "course_name": "Pemrograman Berorientasi Objek",
   "changes": {"enrolment_key": "PBO-Genap26"}})

M("hipotetis-kalau-bisa-tidak-diklaim", "2026-03-25 11:20:00",
  ("Dewi Lestari", "dewi.lestari@polibatam.ac.id"),
  "Tanya soal nama course",
  """Selamat siang,

Nama course Kimia Dasar (TK1101) di e-learning masih pakai nama lama. Kalau misalnya saya ingin mengganti jadi Kimia Umum, apakah harus lewat prodi dulu atau langsung ke P4M? Saya belum yakin nama mana yang akan dipakai, jadi mohon jangan diubah dulu.

Terima kasih,
Dewi
""", "course_data", "id",
  {"course_code": "TK1101", "course_name": "Kimia Dasar", "changes": {}},
  note="hypothetical new name: nothing may be claimed")

M("en-subject-course-shortname-instead-of", "2026-04-07 09:00:00",
  ("Olivia Brown", "olivia.brown@polibatam.ac.id"),
  "BE2201 Business English II - short name",
  """Hi,

Please set the short name to BE2201-BEII instead of BE-2. Thank you!

Olivia
""", "course_data", "en",
  {"course_code": "BE2201", "course_name": "Business English II",
   "changes": {"shortname": "BE2201-BEII"}})

M("kelas-diganti-bukan-tapi", "2026-04-30 13:00:00",
  ("Hadi Purnomo", "hadi.purnomo@polibatam.ac.id"),
  "kelas salah",
  """Siang, di course Elektronika Daya (EL2205) kelasnya bukan EL-2A tapi EL-2B Malam. Tolong dibetulkan ya.

Hadi
""", "course_data", "id",
  {"course_code": "EL2205", "course_name": "Elektronika Daya",
   "changes": {"class": "EL-2B Malam"}})

M("semester-dua-perubahan-nama-dan-semester", "2026-05-14 08:08:08",
  ("Sekretariat Prodi Logistik", "prodi.logistik@polibatam.ac.id"),
  "Perubahan data mata kuliah LG2104",
  """Dengan hormat,

Mohon perubahan data mata kuliah LG2104 Manajemen Pergudangan di e-learning sebagai berikut:
- nama mata kuliah menjadi Manajemen Gudang dan Persediaan
- semester menjadi 4

Atas bantuannya kami ucapkan terima kasih.

Sekretariat Prodi Logistik
""", "course_data", "id",
  {"course_code": "LG2104", "course_name": "Manajemen Pergudangan",
   "changes": {"fullname": "Manajemen Gudang dan Persediaan", "semester": "4"}}, client="outlook")

M("en-rename-course-to-quoted-current", "2026-08-25 10:45:00",
  ("Ahmed Hassan", "ahmed.hassan@polibatam.ac.id"),
  "Rename request",
  """Hello,

My course "Introduction to Data Science" (DS1101) needs to be renamed to "Foundations of Data Science" to match the new curriculum.

Thanks,
Ahmed
""", "course_data", "en",
  {"course_code": "DS1101", "course_name": "Introduction to Data Science",
   "changes": {"fullname": "Foundations of Data Science"}})

M("deskripsi-lama-disebut-tanpa-baru", "2026-09-22 14:00:00",
  ("Maya Sari", "maya.sari@polibatam.ac.id"),
  "Deskripsi course",
  """Selamat siang,

Deskripsi di course Statistika Bisnis (MB1205) masih berbunyi "Mata kuliah ini membahas statistika deskriptif". Itu sudah tidak sesuai. Deskripsi yang baru akan saya kirim minggu depan setelah rapat prodi.

Maya
""", "course_data", "id",
  {"course_code": "MB1205", "course_name": "Statistika Bisnis", "changes": {}},
  note="current description quoted; the new one is not given yet")

M("dosen-seharusnya-matkul-di-subjek", "2026-10-20 16:30:00",
  ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
  "Matkul Fisika Terapan (TRE1204) dosen pengampu",
  """Sore, dosen pengampu di e-learning seharusnya Dra. Sri Wahyuni, M.Si., bukan saya lagi karena saya sudah pindah mengajar kelas lain semester ini. Mohon diperbaiki.

Rahmat
""", "course_data", "id",
  {"course_code": "TRE1204", "course_name": "Fisika Terapan",
   "changes": {"lecturer": "Dra. Sri Wahyuni, M.Si."}})

M("en-enrolment-key-arrow-old-new", "2026-11-10 08:00:00",
  ("Nguyen Van An", "nguyen.an@polibatam.ac.id"),
  "Enrolment key for Network Security",
  """Hi P4M,

Course: Network Security (RKS3101)
Enrolment key: old NetSec2025 -> new NetSec-Ganjil26

Thanks a lot,
An
""", "course_data", "en",
  {"course_code": "RKS3101", "course_name": "Network Security",
   "changes": {"enrolment_key": "NetSec-Ganjil26"}})

# ============================================================================
# Second batch, written after the first was used to tune: measured before any
# rule was changed for it.
# ============================================================================

M("pub-laman-depan-bintang-pkl-titik", "2026-10-07 10:20:00",
  ("Satgas PPKS", "satgas.ppks@polibatam.ac.id"),
  "Permohonan publikasi",
  """Selamat pagi Admin,

Tolong publikasikan pengumuman ini di laman depan e-learning ya: *Sosialisasi Pencegahan Perundungan di Kampus*

Acara diadakan di Auditorium, wajib bagi mahasiswa tingkat 1. Mohon tayang pada hari Rabu tgl 14 Oktober 2026 pkl. 10.00 WIB.

Salam,
Satgas PPKS
""", "announcement", "id",
  {"title": "Sosialisasi Pencegahan Perundungan di Kampus", "scope": "site",
   "publish_at": "2026-10-14T10:00:00+07:00"})

M("en-saying-quoted-go-live-time-first", "2026-10-12 16:05:00",
  ("Grace Lee", "grace.lee@polibatam.ac.id"),
  "Room change",
  """Hi P4M,

Could you post an announcement in CS2101 Discrete Mathematics saying "Midterm Room Change"? The text: the midterm moves from room 301 to the main hall. It should go live at 7am on 20 October.

Thanks,
Grace
""", "announcement", "en",
  {"course_code": "CS2101", "course_name": "Discrete Mathematics", "title": "Midterm Room Change",
   "scope": "course", "publish_at": "2026-10-20T07:00:00+07:00"})

M("surat-resmi-tentang-kutip-civitas", "2026-10-19 09:00:00",
  ("Bagian Umum", "umum@polibatam.ac.id"),
  "Permohonan Penayangan Pengumuman",
  """Dengan hormat,

Sehubungan dengan pelaksanaan wisuda, kami mohon bantuan Tim P4M untuk menayangkan pengumuman tentang "Jadwal Wisuda Periode II Tahun 2026" kepada seluruh civitas akademika melalui e-learning, agar ditayangkan pada tanggal 2 November 2026 pukul 08.00 WIB.

Demikian permohonan ini kami sampaikan. Atas kerja samanya kami ucapkan terima kasih.

Hormat kami,
Kepala Bagian Umum
""", "announcement", "id",
  {"title": "Jadwal Wisuda Periode II Tahun 2026", "scope": "site",
   "publish_at": "2026-11-02T08:00:00+07:00"}, client="outlook")

M("en-subject-dash-title-course-page", "2026-10-21 11:45:00",
  ("Ravi Kumar", "ravi.kumar@polibatam.ac.id"),
  "Announcement - Guest Lecture on Cloud Security",
  """Please put this on the Cloud Computing (IF4102) course page. The guest speaker comes from a local data centre and attendance counts as one meeting.

Thanks,
Ravi
""", "announcement", "en",
  {"course_code": "IF4102", "course_name": "Cloud Computing",
   "title": "Guest Lecture on Cloud Security", "scope": "course"})

M("judul-pengumumannya-prodi-mulai-besok", "2026-10-26 14:10:00",
  ("Koordinator KP Informatika", "kp.informatika@polibatam.ac.id"),
  "pengumuman KP",
  """Siang, mohon dibantu. Judul pengumumannya: Pengumpulan Laporan Akhir Kerja Praktik

Untuk seluruh mahasiswa prodi Teknik Informatika, laporan akhir KP dikumpulkan paling lambat 30 November 2026 melalui e-learning.

Tolong ditayangkan mulai besok pagi jam 06.30 ya.

Makasih
""", "announcement", "id",
  {"title": "Pengumpulan Laporan Akhir Kerja Praktik", "scope": "site",
   "publish_at": "2026-10-27T06:30:00+07:00"})

M("docx-judul-course-tgl-garis-miring", "2026-10-16 08:30:00",
  ("Fauzan Akbar", "fauzan.akbar@polibatam.ac.id"),
  "Mohon diumumkan",
  """Pagi, mohon diumumkan di course Kewirausahaan (MB3101) sesuai lampiran, Kamis 22/10 pukul 13.00.

Terima kasih
""", "announcement", "id",
  {"course_code": "MB3101", "course_name": "Kewirausahaan",
   "title": "Pitching Ide Bisnis Kelompok", "scope": "course",
   "publish_at": "2026-10-22T13:00:00+07:00"},
  att=[("docx", "pengumuman-kwu.docx",
        ["**Pitching Ide Bisnis Kelompok**",
         "Setiap kelompok mempresentasikan ide bisnis selama 7 menit pada pertemuan ke-10.",
         "Slide diunggah paling lambat sehari sebelumnya."])])

M("dipost-kelas-fisika-2-hari-ini-sore", "2026-10-28 10:02:00",
  ("Melati Kusuma", "melati.kusuma@polibatam.ac.id"),
  "remedial",
  """min minta tolong dipost di e-learning kelas Fisika 2 judul 'Remedial Kuis 2', isinya remedial hari Jumat di lab fisika. tayangnya hari ini jam 4 sore aja
""", "announcement", "id",
  {"course_name": "Fisika 2", "title": "Remedial Kuis 2", "scope": "course",
   "publish_at": "2026-10-28T16:00:00+07:00"}, client="iphone")

M("en-heading-schedule-all-users", "2026-10-20 13:30:00",
  ("IT Services", "it.services@polibatam.ac.id"),
  "Downtime notice",
  """Hello helpdesk,

Heading: Scheduled Downtime on Sunday
Body: The e-learning platform will be unavailable on Sunday from 01:00 to 05:00 for upgrades.

This is for all users. Please schedule it for Saturday, 24 October 2026, 9:00 PM.

IT Services
""", "announcement", "en",
  {"title": "Scheduled Downtime on Sunday", "scope": "site",
   "publish_at": "2026-10-24T21:00:00+07:00"})

M("nama-singkatnya-menjadi-mk-titik-dua", "2026-10-08 09:15:00",
  ("Joko Santoso", "joko.santoso@polibatam.ac.id"),
  "Nama singkat Kalkulus",
  """Selamat pagi,

MK Kalkulus II (MA1202): mohon nama singkatnya diubah menjadi KALK2-2026 supaya tidak bentrok dengan kelas tahun lalu.

Terima kasih,
Joko Santoso
""", "course_data", "id",
  {"course_code": "MA1202", "course_name": "Kalkulus II",
   "changes": {"shortname": "KALK2-2026"}})

M("en-key-still-old-change-it-to", "2026-10-13 07:50:00",
  ("Hannah Weber", "hannah.weber@polibatam.ac.id"),
  "Enrolment key",
  """Hi,

The enrolment key for my course Operating Systems (IF2304) is still OS2025; please change it to OS#Genap26 before Monday.

Hannah
""", "course_data", "en",
  {"course_code": "IF2304", "course_name": "Operating Systems",
   "changes": {"enrolment_key": "OS#Genap26"}})

M("pengampunya-diganti-ibu-gelar", "2026-10-15 15:20:00",
  ("Prodi Teknik Informatika", "prodi.if@polibatam.ac.id"),
  "Pengampu BI1102",
  """Yth. P4M,

Untuk matkul Bahasa Inggris Teknik (BI1102), pengampunya mohon diganti menjadi Ibu Ratna Sari, S.Pd., M.Pd. mulai pertemuan ke-5.

Terima kasih,
Prodi Teknik Informatika
""", "course_data", "id",
  {"course_code": "BI1102", "course_name": "Bahasa Inggris Teknik",
   "changes": {"lecturer": "Ratna Sari, S.Pd., M.Pd."}})

M("cek-nama-singkat-sekarang-tanpa-ubah", "2026-10-22 12:40:00",
  ("Arief Budiman", "arief.budiman@polibatam.ac.id"),
  "Cek nama singkat",
  """Siang,

Nama singkat course Sistem Informasi Manajemen (IF3105) sekarang IF3105-A. Tolong dicek apakah itu sudah benar menurut format P4M, karena mahasiswa bingung.

Arief
""", "course_data", "id",
  {"course_code": "IF3105", "course_name": "Sistem Informasi Manajemen", "changes": {}},
  note="the current short name is mentioned; no new value asked")

M("en-subject-arrow-rename", "2026-10-27 09:05:00",
  ("Tomasz Nowak", "tomasz.nowak@polibatam.ac.id"),
  "Rename: Database Systems -> Database Systems and SQL",
  """Course code DB2101. Thanks in advance.

Tomasz
""", "course_data", "en",
  {"course_code": "DB2101", "course_name": "Database Systems",
   "changes": {"fullname": "Database Systems and SQL"}})

M("deskripsi-diganti-teks-berikut", "2026-10-29 10:00:00",
  ("Nurul Hidayah", "nurul.hidayah@polibatam.ac.id"),
  "Deskripsi Etika Profesi",
  """Selamat pagi,

Deskripsi mata kuliah Etika Profesi (TI4101) mohon diganti dengan teks berikut:

Mata kuliah ini membahas kode etik profesi di bidang teknologi informasi, tanggung jawab sosial, dan studi kasus pelanggaran etika di industri.

Terima kasih,
Nurul
""", "course_data", "id",
  {"course_code": "TI4101", "course_name": "Etika Profesi",
   "changes": {"summary": "Mata kuliah ini membahas kode etik profesi di bidang teknologi informasi, tanggung jawab sosial, dan studi kasus pelanggaran etika di industri."}})

M("re-udah-aman-jempol", "2026-10-09 20:30:00",
  ("Dimas Anggara", "dimas.anggara@students.polibatam.ac.id"),
  "Re: [P4M #2026-0502] gabisa upload tugas",
  """Mantap min, udah aman sekarang 👍

Pada Jum, 9 Okt 2026 pukul 19.10 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:
> Batas ukuran file sudah kami naikkan menjadi 50 MB.
""", "other", "id", reply="<2026-0502.ack@polibatam.ac.id>")

M("tanya-jadwal-edom-dibuka", "2026-10-14 13:00:00",
  ("Lukman Hakim", "lukman.hakim@polibatam.ac.id"),
  "EDOM",
  """Selamat siang,

Kapan jadwal pengisian EDOM semester ini dibuka? Mahasiswa perwalian saya banyak yang bertanya.

Terima kasih
""", "other", "id")

M("en-reimbursement-complaint", "2026-10-16 17:45:00",
  ("Michael Tan", "michael.tan@polibatam.ac.id"),
  "Reimbursement still pending",
  """Dear P4M,

I'd like to raise that my reimbursement for the hotel during the September training in Jakarta has still not been paid, two months later. Could you tell me whom to contact in finance?

Regards,
Michael Tan
""", "other", "en")

M("surat-aktif-kuliah-salah-alamat", "2026-10-19 08:10:00",
  ("Fitriani", "fitriani.03@students.polibatam.ac.id"),
  "surat keterangan",
  """Permisi, saya butuh surat keterangan aktif kuliah untuk syarat beasiswa daerah. Caranya bagaimana ya? Terima kasih.

Fitriani
3312301045
""", "other", "id", note="misdirected: the academic office issues it")

M("en-vendor-plagiarism-discount", "2026-10-21 09:00:00",
  ("Daniel Hughes", "daniel.hughes@checkwise.io"),
  "40% off plagiarism checking for Polibatam",
  """Hello,

CheckWise is offering universities in Indonesia a 40% discount on our plagiarism checker licence this quarter, with integration for Moodle included. I would be happy to arrange a short call next week.

Best,
Daniel Hughes
Sales, CheckWise
""", "other", "en")

M("makasih-sudah-tayang-tapi-tanya", "2026-10-23 11:11:00",
  ("Wahyuni", "wahyuni@polibatam.ac.id"),
  "Re: [P4M #2026-0515] Pengumuman praktikum",
  """Terima kasih, pengumumannya sudah tayang. Boleh tanya, kalau mau pasang lagi minggu depan apakah perlu kirim email baru atau balas email ini saja?

Wahyuni
""", "other", "id", reply="<2026-0515.done@polibatam.ac.id>")

M("ucapan-hari-guru", "2026-11-25 07:00:00",
  ("Keluarga Besar Jurusan Teknik Elektro", "jurusan.elektro@polibatam.ac.id"),
  "Selamat Hari Guru Nasional",
  """Selamat Hari Guru Nasional untuk seluruh tim P4M! Terima kasih atas dukungan kepada para pengajar sepanjang tahun ini.

Salam hangat,
Jurusan Teknik Elektro
""", "other", "id")

M("orang-tua-tanya-nilai-anak", "2026-11-02 19:40:00",
  ("Bapak Sutrisno", "sutrisno1970@yahoo.co.id"),
  "Menanyakan nilai anak",
  """Selamat malam,

Saya orang tua dari mahasiswa atas nama Rina Sutrisno, jurusan Akuntansi. Saya ingin menanyakan nilai semester anak saya karena dia bilang ada yang tidak lulus. Apakah bisa dibantu informasinya?

Hormat saya,
Sutrisno
""", "other", "id")

M("en-students-no-results-after-finish", "2026-10-09 14:14:00",
  ("Emily Clark", "emily.clark@polibatam.ac.id"),
  "Results not visible",
  """Hi,

My students say that after they finish the weekly test in Academic Writing they see nothing, no score and no feedback. Last semester they could see it straight away. Could you check my settings?

Emily
""", "elearning_support", "en")

M("halaman-kelas-kosong-materi-hilang", "2026-10-13 09:30:00",
  ("Bambang Irawan", "bambang.irawan@polibatam.ac.id"),
  "Materi saya kosong",
  """Pagi,

Halaman kelas Termodinamika saya tiba-tiba kosong, semua materi minggu 1 sampai 5 tidak kelihatan lagi oleh saya maupun mahasiswa. Saya tidak merasa menghapus apa-apa. Mohon dicek.

Bambang
""", "elearning_support", "id")

M("aplikasi-hp-site-not-available", "2026-10-20 21:00:00",
  ("Rizal Fahmi", "rizal.fahmi@students.polibatam.ac.id"),
  "aplikasi di hp",
  """kak pas buka aplikasi moodle di hp muncul tulisan site not available terus, padahal di laptop lancar. gimana ya kak
""", "elearning_support", "id", client="iphone")

M("en-wrong-section-enrolled", "2026-10-26 08:45:00",
  ("Sofia Rossi", "sofia.rossi@students.polibatam.ac.id"),
  "Wrong section",
  """Hello,

I was put in section A of Calculus I on the e-learning site, but my timetable says section B, so I cannot see the assignments my lecturer posts. Could you move me?

Thanks,
Sofia
""", "elearning_support", "en")

M("format-rps-obe-dikirimi", "2026-10-30 10:30:00",
  ("Yanti Puspita", "yanti.puspita@polibatam.ac.id"),
  "format RPS",
  """Selamat pagi, saya mohon dikirimi format RPS terbaru yang sudah sesuai OBE. Terima kasih.
""", "document_request", "id")

M("en-where-download-lesson-plan", "2026-11-04 13:20:00",
  ("Carlos Mendes", "carlos.mendes@polibatam.ac.id"),
  "Lesson plan",
  """Hi, where can I download the lesson plan template that new lecturers are supposed to use?

Thanks,
Carlos
""", "document_request", "en")

# ============================================================================
# Third batch, written after the second was used to tune: measured before any
# rule was changed for it.
# ============================================================================

M("tanya-cara-daftar-pekerti", "2026-11-03 09:20:00",
  ("Gilang Ramadhan, M.T.", "gilang.ramadhan@polibatam.ac.id"),
  "Pekerti",
  """Selamat pagi Bapak/Ibu,

Saya ingin ikut Pekerti angkatan berikutnya. Apakah pendaftarannya lewat P4M atau lewat kepegawaian? Dan apakah ada biaya?

Terima kasih,
Gilang
""", "other", "id")

M("en-misdirected-visa-letter", "2026-11-04 10:05:00",
  ("Ana Souza", "ana.souza@gmail.com"),
  "Visa support letter",
  """Dear Sir or Madam,

I have been accepted as an exchange student for next semester and need an invitation letter for my visa application. Could you please issue one?

Kind regards,
Ana Souza
""", "other", "en", note="misdirected: the international office issues it")

M("keluhan-dosen-jarang-masuk", "2026-11-05 15:30:00",
  ("Mahasiswa TRPL", "anonim.trpl@gmail.com"),
  "aduan",
  """Maaf mau mengadu, dosen salah satu matkul di kelas kami sudah 4 kali tidak masuk tanpa kabar dan tidak ada kelas pengganti. Kami harus lapor ke mana ya?
""", "other", "id")

M("re-noted-will-try-english", "2026-11-06 08:40:00",
  ("Oliver Smith", "oliver.smith@polibatam.ac.id"),
  "RE: [P4M #2026-0544] Quiz time limit",
  """Noted, thanks. I'll try it with my class this afternoon and get back to you only if the problem comes back.

From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Sent: Friday, November 6, 2026 8:10 AM
Subject: [P4M #2026-0544] Quiz time limit

The time limit has been corrected to 60 minutes.
""", "other", "en", client="outlook", reply="<2026-0544.done@polibatam.ac.id>")

M("penawaran-seminar-berbayar", "2026-11-09 11:00:00",
  ("Panitia Seminar Nasional", "semnas.pendidikan@gmail.com"),
  "Undangan Seminar Nasional Inovasi Pembelajaran",
  """Kepada Yth. Bapak/Ibu Dosen,

Kami mengundang Bapak/Ibu untuk mengikuti Seminar Nasional Inovasi Pembelajaran Digital secara daring pada 28 November 2026. Biaya pendaftaran Rp150.000, peserta mendapat e-sertifikat 4 JP.

Panitia
""", "other", "id")

M("tanya-kuota-ruang-rapat", "2026-11-10 13:15:00",
  ("Sekretariat Prodi Mesin", "prodi.mesin@polibatam.ac.id"),
  "Peminjaman ruang",
  """Siang, apakah ruang rapat P4M bisa kami pinjam hari Kamis jam 10 untuk rapat dosen prodi? Kira-kira 15 orang.

Terima kasih
""", "other", "id")

M("en-feedback-new-layout", "2026-11-11 16:45:00",
  ("Jessica Park", "jessica.park@polibatam.ac.id"),
  "Feedback on the new look",
  """Hi team,

Just wanted to say the new e-learning theme looks great, and my students find the course menu much easier to use. Nice work!

Jessica
""", "other", "en")

M("mahasiswa-jawaban-tidak-tersimpan", "2026-11-02 10:50:00",
  ("Putra Wijaya", "putra.wijaya@students.polibatam.ac.id"),
  "jawaban hilang",
  """kak tadi saya ngerjain ujian Bahasa Indonesia, pas pindah halaman jawaban nomor 1-10 saya kosong lagi semua. padahal udah saya isi. apa bisa dikembalikan?
""", "elearning_support", "id", client="iphone")

M("en-cannot-open-pdf-materials", "2026-11-05 09:10:00",
  ("Ivan Petrov", "ivan.petrov@students.polibatam.ac.id"),
  "Materials will not open",
  """Hello,

When I click on the week 6 slides in Control Systems nothing happens, the page just reloads. My friends have the same issue on their phones. Can you help?

Ivan
""", "elearning_support", "en")

M("dosen-tidak-bisa-lihat-kiriman", "2026-11-12 14:00:00",
  ("Suryani", "suryani@polibatam.ac.id"),
  "Kiriman mahasiswa tidak kelihatan",
  """Selamat siang,

Mahasiswa bilang sudah mengirim laporan, tetapi di halaman penilaian saya tidak ada satu pun kiriman dari kelas TK-2B. Mohon bantuannya dicek.

Suryani
""", "elearning_support", "id")

M("mohon-diumumkan-koma-judul-kapital", "2026-11-03 07:45:00",
  ("Rahman Hakim", "rahman.hakim@polibatam.ac.id"),
  "Pengumuman kelas Pemrograman Mobile",
  """Pagi tim P4M,

Mohon diumumkan di course Pemrograman Mobile (IF3208), judulnya "Demo Aplikasi Ditunda Sepekan", isinya demo aplikasi dipindah ke pekan depan karena lab dipakai ujian. Tayangkan hari ini pukul 12.00 WIB.

Terima kasih
""", "announcement", "id",
  {"course_code": "IF3208", "course_name": "Pemrograman Mobile",
   "title": "Demo Aplikasi Ditunda Sepekan", "scope": "course",
   "publish_at": "2026-11-03T12:00:00+07:00"})

M("en-front-page-announcement-subject-title", "2026-11-04 14:20:00",
  ("Career Centre", "career@polibatam.ac.id"),
  "Job Fair 2026 - please announce",
  """Hi,

Could you put a notice about the Job Fair 2026 on the front page of e-learning? It takes place on 12 November in the sports hall, open to all students. Please have it up by Monday 9 November at 8 am.

Career Centre
""", "announcement", "en",
  {"title": "Job Fair 2026", "scope": "site",
   "publish_at": "2026-11-09T08:00:00+07:00"})

M("pengumuman-kode-nama-kurung-tanpa-waktu", "2026-11-06 09:30:00",
  ("Diana Putri", "diana.putri@polibatam.ac.id"),
  "Pengumuman",
  """Selamat pagi, mohon dibuatkan pengumuman di MB2105 (Perilaku Konsumen) dengan judul: Tugas Observasi Kelompok. Isi: setiap kelompok mengamati perilaku belanja di satu pusat perbelanjaan dan melaporkannya minggu depan.

Terima kasih
""", "announcement", "id",
  {"course_code": "MB2105", "course_name": "Perilaku Konsumen",
   "title": "Tugas Observasi Kelompok", "scope": "course"})

M("seluruh-dosen-tanggal-titik-jam", "2026-11-10 10:10:00",
  ("Wakil Direktur Bidang Akademik", "wadir1@polibatam.ac.id"),
  "Penayangan pengumuman untuk seluruh dosen",
  """Yth. Kepala P4M,

Mohon ditayangkan pengumuman berikut untuk seluruh dosen di e-learning pada tanggal 16.11.2026 jam 08.00 WIB.

Pengisian Nilai Akhir Semester Ganjil
Batas akhir pengisian nilai akhir semester ganjil adalah 15 Januari 2027. Dosen yang terlambat akan dihubungi oleh prodi.

Wakil Direktur Bidang Akademik
""", "announcement", "id",
  {"title": "Pengisian Nilai Akhir Semester Ganjil", "scope": "site",
   "publish_at": "2026-11-16T08:00:00+07:00"}, client="outlook")

M("en-announce-course-name-only-tomorrow", "2026-11-12 17:30:00",
  ("Laura Fischer", "laura.fischer@polibatam.ac.id"),
  "Announcement for Technical English",
  """Hi P4M,

Please post "No Class on Friday" in my Technical English course tomorrow at 6 am. Students should use the time to finish their essay drafts.

Laura
""", "announcement", "en",
  {"course_name": "Technical English", "title": "No Class on Friday", "scope": "course",
   "publish_at": "2026-11-13T06:00:00+07:00"})

M("umumkan-semua-kelas-jurusan-tanpa-waktu", "2026-11-13 08:00:00",
  ("Jurusan Teknik Informatika", "jurusan.if@polibatam.ac.id"),
  "Info penting",
  """Tolong diumumkan di semua kelas jurusan Teknik Informatika: Seminar Karier Alumni, Sabtu 21 November di Auditorium, wajib untuk mahasiswa tingkat akhir.

Terima kasih
""", "announcement", "id",
  {"title": "Seminar Karier Alumni", "scope": "site"})

M("matkul-kurung-nama-baru-titik-dua", "2026-11-02 13:00:00",
  ("Hendro Wibisono", "hendro.wibisono@polibatam.ac.id"),
  "nama course",
  """Siang min, course saya (Teknik Tenaga Listrik, EL2301) tolong namanya disesuaikan dengan kurikulum baru. Nama baru: Sistem Tenaga Listrik Terapan

Makasih
""", "course_data", "id",
  {"course_code": "EL2301", "course_name": "Teknik Tenaga Listrik",
   "changes": {"fullname": "Sistem Tenaga Listrik Terapan"}})

M("en-credits-currently-should-be", "2026-11-05 11:25:00",
  ("Programme Office Accounting", "akuntansi.office@polibatam.ac.id"),
  "Credits for Auditing",
  """Dear P4M,

The course Auditing (AK3102) currently shows 2 credits on e-learning; it should be 3 credits according to the 2025 curriculum.

Best regards,
Programme Office Accounting
""", "course_data", "en",
  {"course_code": "AK3102", "course_name": "Auditing", "changes": {"credits": "3"}})

M("ganti-kunci-sekarang-disebut-tanpa-baru", "2026-11-09 07:15:00",
  ("Yusran", "yusran@polibatam.ac.id"),
  "kunci enrol",
  """Pagi, kunci enrol course Mikrokontroler (EL2207) yang sekarang MIKRO2025 sudah tersebar ke angkatan lain. Tolong diganti ya, kuncinya yang baru nanti saya kirim sore ini.

Yusran
""", "course_data", "id",
  {"course_code": "EL2207", "course_name": "Mikrokontroler", "changes": {}},
  note="only the current key is written; the new one follows later")

M("dosen-dua-orang-dan", "2026-11-11 10:40:00",
  ("Prodi Teknik Robotika", "prodi.robotika@polibatam.ac.id"),
  "Team teaching Robotika Industri",
  """Dengan hormat,

Mohon dosen pengampu mata kuliah Robotika Industri (RO3104) di e-learning diubah menjadi Ir. Agus Salim, M.T. dan Dewi Anggraini, S.T., M.Eng. mulai minggu ini.

Hormat kami,
Prodi Teknik Robotika
""", "course_data", "id",
  {"course_code": "RO3104", "course_name": "Robotika Industri",
   "changes": {"lecturer": "Ir. Agus Salim, M.T. dan Dewi Anggraini, S.T., M.Eng."}}, client="zimbra")

# ============================================================================
# Fourth batch, written after the third was used to tune: measured before any
# rule was changed for it.
# ============================================================================

M("fwd-inline-pengumuman-kaprodi", "2026-11-16 08:20:00",
  ("Staf Prodi Akuntansi", "staf.akuntansi@polibatam.ac.id"),
  "Fwd: pengumuman UAS",
  """mohon bantuannya, dari Kaprodi.

---------- Forwarded message ---------
Dari: Kaprodi Akuntansi <kaprodi.akuntansi@polibatam.ac.id>
Date: Sen, 16 Nov 2026 pukul 07.55
Subject: pengumuman UAS
To: Staf Prodi Akuntansi <staf.akuntansi@polibatam.ac.id>

Tolong mintakan ke P4M untuk memasang pengumuman di course Akuntansi Manajemen (AK2205) berjudul "Kisi-kisi UAS Sudah Tersedia". Tayang Rabu 18 November 2026 jam 09.00.
""", "announcement", "id",
  {"course_code": "AK2205", "course_name": "Akuntansi Manajemen",
   "title": "Kisi-kisi UAS Sudah Tersedia", "scope": "course",
   "publish_at": "2026-11-18T09:00:00+07:00"})

M("campur-en-id-announce-all-students", "2026-11-17 13:40:00",
  ("Student Affairs", "student.affairs@polibatam.ac.id"),
  "Announcement request",
  """Hi tim P4M,

Tolong announce ke all students lewat e-learning ya, title-nya "Vaccination Day on Campus". Info: free flu vaccination at the clinic on 25 November. Posting-nya besok jam 8 pagi aja.

Thanks!
""", "announcement", "mixed",
  {"title": "Vaccination Day on Campus", "scope": "site",
   "publish_at": "2026-11-18T08:00:00+07:00"})

M("html-outlook-tabel-judul-waktu", "2026-11-18 10:00:00",
  ("Bagian Akademik", "akademik@polibatam.ac.id"),
  "Penayangan pengumuman jadwal UAS",
  "", "announcement", "id",
  {"title": "Jadwal UAS Semester Ganjil 2026/2027", "scope": "site",
   "publish_at": "2026-11-23T07:00:00+07:00"},
  client="outlook",
  html_body=("<p class=MsoNormal>Yth. Tim P4M,<o:p></o:p></p>"
             "<p class=MsoNormal>Mohon ditayangkan pengumuman berikut di halaman depan e-learning:<o:p></o:p></p>"
             "<table border=1><tr><td>Judul</td><td>Jadwal UAS Semester Ganjil 2026/2027</td></tr>"
             "<tr><td>Isi</td><td>Jadwal UAS dapat dilihat di SIAKAD mulai minggu depan.</td></tr>"
             "<tr><td>Waktu tayang</td><td>Senin, 23 November 2026 pukul 07.00 WIB</td></tr></table>"
             "<p class=MsoNormal>Terima kasih.<o:p></o:p></p>"))

M("en-course-announcement-next-monday", "2026-11-19 15:00:00",
  ("Ben Carter", "ben.carter@polibatam.ac.id"),
  "Thermodynamics notice",
  """Hi,

Please add an announcement to Thermodynamics (ME2202):

Problem Set 5 Deadline Extended
The deadline for problem set 5 is now Friday 27 November.

It can go out on Monday 23 November at 10:00.

Cheers,
Ben
""", "announcement", "en",
  {"course_code": "ME2202", "course_name": "Thermodynamics",
   "title": "Problem Set 5 Deadline Extended", "scope": "course",
   "publish_at": "2026-11-23T10:00:00+07:00"})

M("singkat-hp-judul-kapital-semua", "2026-11-20 06:30:00",
  ("Edo", "edo.pratama@polibatam.ac.id"),
  "tlg umumkan",
  """mhn umumkan di matkul Jaringan Nirkabel: PRAKTIKUM HARI INI DIBATALKAN. tks
""", "announcement", "id",
  {"course_name": "Jaringan Nirkabel", "title": "PRAKTIKUM HARI INI DIBATALKAN", "scope": "course"},
  client="iphone")

M("site-wide-pdf-letter-time", "2026-11-20 11:00:00",
  ("Direktur", "direktur@polibatam.ac.id"),
  "Surat permohonan penayangan",
  """Terlampir surat permohonan penayangan pengumuman. Mohon ditindaklanjuti.
""", "announcement", "id",
  {"title": "Libur Akhir Tahun 2026", "scope": "site",
   "publish_at": "2026-12-01T08:00:00+07:00"},
  att=[("pdf", "surat-penayangan.pdf",
        ["Nomor: 812/PL29/2026",
         "Perihal: Permohonan Penayangan Pengumuman",
         "Mohon ditayangkan pengumuman berjudul Libur Akhir Tahun 2026 kepada seluruh civitas",
         "akademika di halaman depan e-learning pada tanggal 1 Desember 2026 pukul 08.00 WIB.",
         "Direktur Politeknik Negeri Batam"])])

M("fwd-rename-bawah-mohon-bantuannya", "2026-11-16 09:45:00",
  ("Admin Prodi Mesin", "admin.mesin@polibatam.ac.id"),
  "Fwd: ganti nama MK",
  """Mohon bantuannya ya.

-----Pesan Asli-----
Dari: Dr. Budi Santoso <budi.santoso@polibatam.ac.id>
Dikirim: Senin, 16 November 2026 09.30
Kepada: Admin Prodi Mesin
Subjek: ganti nama MK

Tolong mintakan nama MK Gambar Teknik (MS1102) di e-learning diganti jadi Gambar Teknik Berbantuan Komputer.
""", "course_data", "id",
  {"course_code": "MS1102", "course_name": "Gambar Teknik",
   "changes": {"fullname": "Gambar Teknik Berbantuan Komputer"}}, client="outlook")

M("en-class-section-to-evening", "2026-11-17 08:10:00",
  ("Registrar Office", "registrar@polibatam.ac.id"),
  "Class group",
  """Dear P4M,

The class group for Business Statistics (MB2102) on e-learning should read MB-2C Malam, not MB-2C. Could you update it?

Registrar Office
""", "course_data", "en",
  {"course_code": "MB2102", "course_name": "Business Statistics", "changes": {"class": "MB-2C Malam"}})

M("kutip-nama-lama-baru-panah-unicode", "2026-11-18 14:25:00",
  ("Irma Yulianti", "irma.yulianti@polibatam.ac.id"),
  "nama MK",
  """Min, nama course "Pengantar Akuntansi 1" (AK1101) → "Pengantar Akuntansi I" ya, biar sama dengan SIAKAD. Makasih
""", "course_data", "id",
  {"course_code": "AK1101", "course_name": "Pengantar Akuntansi 1",
   "changes": {"fullname": "Pengantar Akuntansi I"}})

M("tanya-syarat-ganti-nama-tanpa-nilai", "2026-11-19 10:30:00",
  ("Anton Wijaya", "anton.wijaya@polibatam.ac.id"),
  "Prosedur ganti nama course",
  """Selamat siang,

Untuk course Kecerdasan Buatan (IF3301), kalau nama course mau diganti menyesuaikan kurikulum, apa saja syaratnya? Apakah cukup email dari kaprodi?

Terima kasih,
Anton
""", "course_data", "id",
  {"course_code": "IF3301", "course_name": "Kecerdasan Buatan", "changes": {}},
  note="asks how; no new value")

M("tahun-ajaran-semester-ganjil", "2026-11-20 09:00:00",
  ("Sekretariat Prodi TRPL", "prodi.trpl@polibatam.ac.id"),
  "Semester course",
  """Pagi, course Pengujian Perangkat Lunak (TRPL3203) masih tercatat di Genap 2025/2026. Mohon dipindah ke semester Ganjil 2026/2027. Terima kasih.
""", "course_data", "id",
  {"course_code": "TRPL3203", "course_name": "Pengujian Perangkat Lunak",
   "changes": {"semester": "Ganjil 2026/2027"}})

M("re-mantap-sudah-masuk-kelas", "2026-11-16 19:00:00",
  ("Rani Oktavia", "rani.oktavia@students.polibatam.ac.id"),
  "Re: [P4M #2026-0588] belum terdaftar di kelas",
  """makasih kak, barusan udah bisa masuk kelasnya 🙏
""", "other", "id", reply="<2026-0588.ack@polibatam.ac.id>")

M("en-ask-about-training-schedule", "2026-11-17 10:20:00",
  ("Sam Wilson", "sam.wilson@polibatam.ac.id"),
  "Moodle training dates",
  """Hi,

Is there a Moodle training for lecturers planned in January? I missed the last one and would like to join the next session.

Thanks,
Sam
""", "other", "en")

M("keluhan-respon-lambat-helpdesk", "2026-11-18 16:30:00",
  ("Darmawan", "darmawan@polibatam.ac.id"),
  "Respon lambat",
  """Selamat sore,

Saya kecewa karena permintaan saya minggu lalu baru direspon hari ini. Mohon ke depannya pelayanan bisa lebih cepat.

Darmawan
""", "other", "id")

M("salah-kirim-laporan-keuangan", "2026-11-19 08:00:00",
  ("Bendahara Jurusan", "bendahara.elektro@polibatam.ac.id"),
  "Laporan pertanggungjawaban kegiatan",
  """Dengan hormat,

Bersama ini kami kirimkan laporan pertanggungjawaban kegiatan jurusan bulan Oktober untuk diperiksa. Mohon tanda terimanya.

Bendahara Jurusan Teknik Elektro
""", "other", "id", note="misdirected: meant for finance")

M("en-conference-invite-keynote", "2026-11-20 12:00:00",
  ("Conference Secretariat", "secretariat@icedu-asia.org"),
  "Invitation to speak at ICEDU Asia 2027",
  """Dear Head of P4M,

We would be honoured to invite you as a keynote speaker at the International Conference on Education in Asia, 15-16 March 2027, in Kuala Lumpur. Please let us know whether you are available.

Sincerely,
Conference Secretariat
""", "other", "en")

M("quiz-review-english-students-cannot", "2026-11-16 11:30:00",
  ("Chen Wei", "chen.wei@polibatam.ac.id"),
  "Review after attempt",
  """Hello,

After the Physics I midterm closed, none of my students can review which questions they got wrong, even though I set review to "after the quiz is closed". What else do I need to switch on?

Chen Wei
""", "elearning_support", "en")

M("hp-tidak-bisa-buka-link-zoom-kelas", "2026-11-18 07:40:00",
  ("Aulia", "aulia.rahma@students.polibatam.ac.id"),
  "link",
  """kak link meeting di kelas Sosiologi ga bisa diklik, cuma muncul tulisan akses ditolak. kelasnya 10 menit lagi 😭
""", "elearning_support", "id", client="iphone")

M("dosen-baru-belum-punya-akses-kelas", "2026-11-19 13:00:00",
  ("Kevin Hartanto, M.Kom.", "kevin.hartanto@polibatam.ac.id"),
  "Akses mengajar",
  """Selamat siang,

Saya dosen baru di prodi TRPL dan sudah dijadwalkan mengajar Pemrograman Dasar, tetapi kelasnya belum muncul ketika saya masuk ke e-learning. Mohon dibantu supaya saya bisa menyiapkan materi.

Kevin Hartanto
""", "elearning_support", "id")

M("minta-instrumen-monev-pembelajaran", "2026-11-20 10:15:00",
  ("Gugus Mutu Jurusan", "gkm.mesin@polibatam.ac.id"),
  "instrumen monev",
  """Siang, boleh dibagikan instrumen monev pembelajaran semester ganjil? Kami mau mulai mengisi minggu depan.

GKM Jurusan Teknik Mesin
""", "document_request", "id")


if __name__ == "__main__":
    sys.exit(E.main())

#!/usr/bin/env python3
"""Generate the sixteenth P4M helpdesk TUNING corpus for the request type (labelled e-mails).

Written before any rule for it, for the grammar of intent: what separates asking for a change from reporting a
fault, asking a question, informing and thanking. Voices no corpus has yet: laboratory technicians, a visiting
professor from abroad, a student association, library staff, a lecturer dictating to a phone (no punctuation),
Minang- and Batak-flavoured Indonesian, Singapore English, an all-capitals sender, bullet lists and disclaimers.
Kinds:
- e-learning trouble told with course-data words: a course's name or lecturer shown wrong because of a fault, a
  course missing from the writer's list, "can't see my course", credits or a class named only as background;
- course changes asked in terse or indirect grammar: a field and its value joined by an arrow or a colon, a person
  made the course's tutor or coordinator, a value made the same as the academic system's, a value recorded wrongly
  with the right one given;
- other mail that names course data: a meeting invitation about course names, praise after a change, a complaint
  about a decision, a plan told ahead ("info saja"), a name to be corrected on a transcript, an office machine;
- announcements asked with verbs of passing on ("kabarkan", "naikkan info", "put up a banner") and near-misses.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py.
Run:  python3 make_tune16_types.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"elearning_support": 16, "other": 11, "course_data": 8, "announcement": 5}
M = E.M

# ---------------------------------------------------------------- support told with course-data words

M("laboran-nama-course-tampil-kode-angka", "2027-09-01 08:10:00",
  ("Hendra Saputra, A.Md.", "hendra.laboran@polibatam.ac.id"),
  "Nama course di LMS berubah jadi angka semua",
  """Pagi Tim P4M,

Saya laboran Lab Otomasi. Sejak tadi pagi semua course praktikum yang saya dampingi tampil dengan nama berupa angka (misalnya 40213), bukan nama matakuliahnya. Mahasiswa jadi bingung mau masuk course yang mana, dan di kalender juga tampil angka.

Kemarin sore masih normal. Mohon dicek ya, Pak/Bu.

Hendra Saputra
Laboran Lab Otomasi - Teknik Mesin
""", "elearning_support", "id",
  note="Every course name shown as a number since a fault; the name is not to be changed.")

M("en-visiting-prof-cannot-see-my-course", "2027-09-01 15:30:00",
  ("Prof. Margaret Lindqvist", "m.lindqvist@hj.se"),
  "Cannot see my course",
  """Dear colleagues,

I am visiting Polibatam this semester and the department has listed me as the lecturer of Sustainable Manufacturing. I can log in to the LMS with the guest account I was given, but the course itself is nowhere on my page, so I cannot prepare the first week's reading.

Would you be able to look into this before Monday?

With best regards,
Margaret Lindqvist
Jonkoping University (visiting)
""", "elearning_support", "en",
  note="A visiting lecturer who cannot see her course; 'listed as the lecturer' is background.")

M("minang-pengampu-tapi-course-tak-ado", "2027-09-02 20:45:00",
  ("Rini Yulianti", "rini.yulianti@polibatam.ac.id"),
  "course statistika industri ndak ado",
  """malam uda/uni P4M,

ambo pengampu statistika industri kelas 2A sampai 2C semester ko. alah ambo cari di e-learning tapi course nyo ndak ado di daftar ambo, nan ado cuma course semester lalu sajo. mahasiswa alah batanyo tugas partamo.

tolong dibantu yo

rini
""", "elearning_support", "id", client="iphone",
  note="Minang-flavoured Indonesian: the lecturer's course missing from her list; 'pengampu' is who she is.")

M("dikte-hp-dosen-lama-masih-muncul-tidak-bisa-nilai", "2027-09-03 07:05:00",
  ("Sutrisno", "sutrisno.te@polibatam.ac.id"),
  "tolong cek course elektronika dasar",
  """selamat pagi tim p4m saya sutrisno dosen teknik elektro di course elektronika dasar yang saya ampu tombol penilaian tidak ada padahal saya sudah bisa masuk course nya yang muncul di peserta malah nama dosen semester lalu sebagai pengajar saya sendiri tercatat sebagai peserta mohon dibantu terima kasih

Dikirim dari ponsel saya dengan dikte suara
""", "elearning_support", "id", client="iphone",
  note="Dictated without punctuation: the wrong role on the course; the old lecturer shown is the symptom.")

M("sgp-en-credits-weight-gradebook-wrong", "2027-09-03 11:20:00",
  ("Lim Wei Ling", "weiling.lim@polibatam.ac.id"),
  "Gradebook total weird for Engineering Maths",
  """Hi team,

The gradebook for Engineering Maths is showing very weird totals leh. The course is 3 credits but the course total comes out as if the quizzes count for 90% and the final for 10%, when I set it the other way. Some students are seeing 104% as their final mark. I didn't touch anything after the setup, so not sure what happened.

Can help to check? Marks are due next Friday.

Thanks ah,
Wei Ling
""", "elearning_support", "en",
  note="Singapore English: a gradebook fault; the credits are background.")

M("mhs-nama-kelas-salah-course-kelas-lain", "2027-09-04 13:40:00",
  ("Yohana Br Sitepu", "yohana.sitepu@students.polibatam.ac.id"),
  "Saya masuk course kelas lain",
  """Horas admin,

Saya Yohana mahasiswa Teknik Informatika kelas IF-1B. Di e-learning saya justru masuk ke course Algoritma kelas IF-1D, jadi tugas yang saya lihat bukan dari dosen saya. Course kelas IF-1B malah tidak ada di halaman saya. Bisa tolong saya dipindahkan ke course kelas yang benar?

Mauliate,
Yohana
""", "elearning_support", "id",
  note="A student enrolled in another class's course; the class is hers, not the course's field.")

M("en-course-title-blank-after-restore", "2027-09-06 09:00:00",
  ("Daniel Tan", "daniel.tan@polibatam.ac.id"),
  "Course title gone after the restore",
  """Hello,

Yesterday I restored my backup of Corporate Finance into the new semester's course. Since then the course title at the top of the page is blank and the lecturer box on the course card is empty too. Students tell me the course shows up as "Untitled" on their dashboards and some of them cannot open it at all.

I am not asking for a new name, the name is the same as before, something just went wrong with the restore.

Regards,
Daniel Tan
""", "elearning_support", "en",
  note="A restore that left the course title blank: a fault, the name is not to change.")

M("hima-akun-ketua-kelas-tidak-bisa-buka-mk", "2027-09-06 19:15:00",
  ("HIMA Teknik Mesin", "hima.mesin@polibatam.ac.id"),
  "Laporan kendala e-learning dari mahasiswa TM",
  """Yth. Tim P4M,

Kami dari Himpunan Mahasiswa Teknik Mesin menyampaikan rekap kendala yang dilaporkan ketua kelas minggu ini:

- Kelas TM-3A: matakuliah Mekanika Kekuatan Bahan belum muncul di e-learning
- Kelas TM-3B: video pertemuan 2 Termodinamika tidak bisa diputar
- Kelas TM-5A: kuis CAD ditutup sebelum jadwal kelas

Mohon bantuannya untuk ditindaklanjuti. Terima kasih.

Hormat kami,
Divisi Akademik HIMA TM
""", "elearning_support", "id", client="outlook",
  note="A student association's bulleted list of faults; a course name in each line is only which course.")

M("jawa-sks-tugas-hilang-setelah-ganti-hp", "2027-09-07 06:50:00",
  ("Slamet Riyadi", "slamet.riyadi@students.polibatam.ac.id"),
  "tugas saya ilang",
  """pagi mas/mbak,

kulo mahasiswa kelas karyawan. tugas Basis Data yang kemarin sudah kulo kirim kok sekarang statusnya "no submission" lagi, padahal matkulnya 3 sks dan tugas ini bobotnya gede. kulo ganti hp kemarin terus login ulang, habis itu kayaknya ilang.

nyuwun tulung dicek nggih

slamet
""", "elearning_support", "id", client="iphone",
  note="Javanese-flavoured: a submission lost; credits and a changed phone are background.")

M("pustakawan-ebook-link-course-tidak-jalan", "2027-09-08 10:30:00",
  ("Perpustakaan Polibatam", "perpustakaan@polibatam.ac.id"),
  "Tautan e-book di course tidak bisa dibuka",
  """Selamat siang,

Beberapa dosen melapor ke perpustakaan bahwa tautan e-book yang kami pasang di blok "Bahan Bacaan" pada course mereka di e-learning sekarang membuka halaman kosong. Dari jaringan perpustakaan tautannya normal, jadi sepertinya masalahnya di tampilan blok tersebut di e-learning.

Mohon bantuan pengecekannya.

Salam,
Nur Aisyah
Pustakawan
""", "elearning_support", "id",
  note="Library staff reporting a block on e-learning that opens blank.")

M("caps-tidak-bisa-lihat-mk-saya", "2027-09-08 22:10:00",
  ("ROSMAWATI", "rosmawati.ak@polibatam.ac.id"),
  "MK SAYA TIDAK KELIHATAN",
  """SELAMAT MALAM

SAYA TIDAK BISA LIHAT MATAKULIAH PENGANTAR AKUNTANSI DI E-LEARNING. SEMESTER LALU ADA, SEKARANG TIDAK ADA. PADAHAL SAYA MASIH DOSENNYA. MOHON SEGERA KARENA BESOK KULIAH.

ROSMAWATI
""", "elearning_support", "id",
  note="All capitals: a course no longer visible to its lecturer.")

M("en-forum-shows-old-course-name-notifications", "2027-09-09 14:00:00",
  ("Aditya Nugraha", "aditya.nugraha@polibatam.ac.id"),
  "Notifications still use the old course name",
  """Hi P4M,

The course was renamed to Data Analytics last month as we asked, and the course page shows the new name fine. But every forum notification e-mail the students get still says "Business Statistics" in the subject line, so they keep thinking it is spam from an old course. Is there a cache somewhere that needs clearing?

Thanks,
Aditya
""", "elearning_support", "en",
  note="Notifications showing the old name after a rename already done: a fault, no change asked.")

# ---------------------------------------------------------------- course changes asked in terse or indirect grammar

M("satu-baris-titik-dua-sks", "2027-09-02 07:30:00",
  ("Fajar Hidayat", "fajar.hidayat@polibatam.ac.id"),
  "KM2104 Kinematika Mesin",
  """sks : 2 -> 3

ty
""", "course_data", "id", client="iphone",
  fields={"course_code": "KM2104", "course_name": "Kinematika Mesin", "changes": {"credits": "3"}},
  note="A field and its old and new value on one line, thanks as the close.")

M("en-make-her-coordinator", "2027-09-04 10:00:00",
  ("Dr. Kevin Oei", "kevin.oei@polibatam.ac.id"),
  "Coordinator for Technopreneurship",
  """Hi,

From this week please make Ms. Anindya Kirana, M.B.A. the coordinator of Technopreneurship (MB3201) on the LMS; I am handing the course over to her.

Cheers,
Kevin
""", "course_data", "en",
  fields={"course_code": "MB3201", "course_name": "Technopreneurship",
          "changes": {"lecturer": "Anindya Kirana, M.B.A."}},
  note="A person made the course's coordinator: a lecturer change without the word.")

M("samakan-dengan-siakad-nama-mk", "2027-09-05 09:45:00",
  ("Dra. Wiwik Hartati", "wiwik.hartati@polibatam.ac.id"),
  "Penyesuaian nama MK",
  """Assalamualaikum,

Nama matakuliah KB2203 di e-learning masih "Komunikasi Bisnis", sedangkan di SIAKAD sudah "Komunikasi Bisnis dan Negosiasi". Mohon disamakan saja dengan yang di SIAKAD.

Wassalam,
Wiwik
""", "course_data", "id",
  fields={"course_code": "KB2203", "course_name": "Komunikasi Bisnis",
          "changes": {"fullname": "Komunikasi Bisnis dan Negosiasi"}},
  note="A name to be made the same as the academic system's; SIAKAD is the reference, not the matter.")

M("tercatat-salah-yang-benar-kelas", "2027-09-07 11:25:00",
  ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "Data kelas MK Pneumatik",
  """Dengan hormat,

Untuk MK Pneumatik (TM2207), kelas di e-learning tercatat TM-2A, yang benar TM-2A Malam karena ini kelas karyawan. Mohon diperbaiki.

Terima kasih,
Agus Salim
""", "course_data", "id",
  fields={"course_code": "TM2207", "course_name": "Pneumatik", "changes": {"class": "TM-2A Malam"}},
  note="A value recorded wrongly and the right one given: a correction asked, not a fault.")

M("en-tutor-added-second-lecturer", "2027-09-09 08:15:00",
  ("Siti Rahma", "siti.rahma@polibatam.ac.id"),
  "Second lecturer for Digital Electronics",
  """Good morning,

Mr. Bima Aditya, S.T., M.T. will co-teach Digital Electronics (EL2202) with me from week 3. Could he be added to the course as a lecturer as well?

Thank you,
Siti Rahma
""", "course_data", "en",
  fields={"course_code": "EL2202", "course_name": "Digital Electronics",
          "changes": {"lecturer": "Bima Aditya, S.T., M.T."}},
  note="A co-lecturer added to the course, asked as a question.")

M("batak-singkatan-titik-dua-satu-baris", "2027-09-10 16:40:00",
  ("Tiurma Simanjuntak", "tiurma.s@polibatam.ac.id"),
  "singkatan MK Kewirausahaan",
  """Bah, maaf mengganggu. Untuk Kewirausahaan (UM1104) tolong singkatannya dibikin KWU-2027 ya, yang sekarang masih KWU saja.

Tiurma
""", "course_data", "id",
  fields={"course_code": "UM1104", "course_name": "Kewirausahaan", "changes": {"shortname": "KWU-2027"}},
  note="A short name to be made a value ('dibikin'), Batak-flavoured.")

M("en-key-typo-fix-please", "2027-09-11 09:05:00",
  ("Priya Natarajan", "priya.n@polibatam.ac.id"),
  "Key for Academic Writing",
  """Hi there,

The self-enrolment key for Academic Writing (EN1201) has a typo, it should read AW-ganjil27 and not AW-ganjl27. Students are trying the one printed in the syllabus. Appreciate if you can fix it.

Priya
""", "course_data", "en",
  fields={"course_code": "EN1201", "course_name": "Academic Writing", "changes": {"enrolment_key": "AW-ganjil27"}},
  note="A value written wrong and its right form: a correction asked.")

M("nama-dosen-salah-ketik-di-course", "2027-09-12 10:50:00",
  ("Bagian Akademik Jurusan Manajemen Bisnis", "akademik.mb@polibatam.ac.id"),
  "Koreksi nama pengampu",
  """Yth. P4M,

Nama pengampu pada course Manajemen Pemasaran (MB2101) tertulis "Yuliana Sari", seharusnya Yuliani Sari, S.E., M.M. Mohon dikoreksi.

Terima kasih.
""", "course_data", "id",
  fields={"course_code": "MB2101", "course_name": "Manajemen Pemasaran",
          "changes": {"lecturer": "Yuliani Sari, S.E., M.M."}},
  note="A lecturer's name misspelt on the course: a correction, near the faults above.")

# ---------------------------------------------------------------- other mail that names course data

M("undangan-rapat-penyesuaian-nama-mk", "2027-09-02 14:00:00",
  ("Sekretariat Wadir I", "wadir1@polibatam.ac.id"),
  "Undangan Rapat Penyesuaian Nama dan SKS Mata Kuliah Kurikulum 2027",
  """Yth. Kepala P4M,

Dengan hormat, kami mengundang Bapak/Ibu untuk hadir pada rapat koordinasi penyesuaian nama dan SKS mata kuliah Kurikulum 2027, yang akan dilaksanakan pada:

Hari/tanggal : Kamis, 9 September 2027
Waktu        : 09.00 WIB - selesai
Tempat       : Ruang Rapat Direktorat lt. 2

Atas kehadirannya kami ucapkan terima kasih.

Sekretariat Wakil Direktur I
""", "other", "id", client="outlook",
  note="A meeting invitation about course names and credits: nothing to change on e-learning.")

M("en-invite-curriculum-review-workshop", "2027-09-03 16:20:00",
  ("Curriculum Review Team", "kurikulum@polibatam.ac.id"),
  "Invitation: course naming review session",
  """Dear P4M team,

You are warmly invited to a review session on how we name courses and set credit loads across departments, on Wednesday 15 September 2027 at 13:30 in the Main Hall. Please let us know who from your unit can join.

Kind regards,
Curriculum Review Team
""", "other", "en",
  note="An invitation to a session on course names and credits.")

M("pujian-ganti-nama-cepat", "2027-09-05 12:30:00",
  ("Muhammad Iqbal", "m.iqbal@polibatam.ac.id"),
  "Apresiasi untuk tim P4M",
  """Siang tim P4M,

Mau kasih apresiasi saja: pergantian nama dan pengampu course Sistem Informasi Manajemen minggu lalu cepat sekali diprosesnya, mahasiswa langsung melihat nama baru di hari yang sama. Mantap, semoga terus begitu.

Salam,
Iqbal
""", "other", "id",
  note="Praise for a change already made, in a new mail: nothing asked.")

M("keluhan-pengampu-diganti-prodi", "2027-09-06 21:00:00",
  ("Drs. Marulitua Hutagalung", "maruli.h@polibatam.ac.id"),
  "Keberatan penggantian pengampu",
  """Dengan hormat,

Saya menyampaikan keberatan karena pengampu Mekanika Teknik di semester ini diganti oleh prodi tanpa ada pemberitahuan kepada saya, padahal saya sudah menyiapkan materi. Saya paham ini bukan keputusan P4M, tetapi saya ingin hal ini tercatat.

Hormat saya,
Marulitua Hutagalung
""", "other", "id", client="outlook",
  note="A complaint about the department's decision; nothing is asked of the unit.")

M("info-saja-rencana-pindah-semester", "2027-09-07 15:00:00",
  ("Kaprodi Teknik Elektro", "kaprodi.te@polibatam.ac.id"),
  "FYI: Statistika pindah semester tahun depan",
  """Rekan-rekan P4M,

Sekadar memberitahukan, mulai tahun ajaran depan matakuliah Statistika rencananya dipindah dari semester 3 ke semester 4. Surat resminya masih diproses di direktorat; permintaan perubahannya di e-learning akan kami kirim setelah SK terbit.

Salam,
Kaprodi TE
""", "other", "id",
  note="A plan told ahead, its request promised later: informing, not asking.")

M("en-fyi-credits-next-year-no-action", "2027-09-08 08:40:00",
  ("Dr. Hannah Wright", "hannah.wright@polibatam.ac.id"),
  "Heads-up on Physics credits",
  """Hi all,

Just a heads-up: the faculty board agreed in principle that Applied Physics will go from 3 to 4 credits from next year. The formal decree is not out, so please don't do anything on the LMS for now; I'll write again once it is signed.

Best,
Hannah
""", "other", "en",
  note="A change agreed in principle, told ahead; the writer asks that nothing be done yet.")

M("perbaiki-nama-di-transkrip", "2027-09-09 10:10:00",
  ("Andreas Pakpahan", "andreas.pakpahan@students.polibatam.ac.id"),
  "Perbaikan nama di transkrip",
  """Selamat pagi,

Nama saya di transkrip nilai tertulis "Andreas Papkahan", seharusnya Andreas Pakpahan. Mohon bantuannya untuk dikoreksi sebelum wisuda.

Terima kasih,
Andreas Pakpahan
3311901044
""", "other", "id",
  note="A student's own name to be corrected on a transcript: another office's record, not a course field.")

M("mesin-presensi-sidik-jari-error", "2027-09-10 07:20:00",
  ("Dewi Lestari", "dewi.lestari@polibatam.ac.id"),
  "Mesin presensi sidik jari gedung utama error",
  """Pagi,

Mesin presensi sidik jari di lobi gedung utama error sejak kemarin, layarnya hanya menampilkan "sensor fail". Dosen-dosen tidak bisa absen masuk. Mohon diteruskan ke bagian yang menangani kalau bukan P4M.

Dewi
""", "other", "id",
  note="The staff attendance machine: another office's equipment, though the words are those of a fault.")

M("en-thanks-after-visit-no-ask", "2027-09-11 17:00:00",
  ("Assoc. Prof. Tran Thi Mai", "mai.tran@hcmute.edu.vn"),
  "Thank you for hosting us",
  """Dear P4M colleagues,

On behalf of our delegation, thank you for the warm welcome and the tour of your e-learning studio last Thursday. The demonstration of how you manage course shells and enrolment for each semester was very insightful for our own team.

We hope to stay in touch.

Warm regards,
Tran Thi Mai
""", "other", "en",
  note="Thanks after a visit; e-learning words describe what was shown.")

M("pamit-pindah-tugas-pengampu", "2027-09-12 16:30:00",
  ("Ir. Sahat Manurung", "sahat.manurung@polibatam.ac.id"),
  "Pamit",
  """Rekan-rekan P4M yang baik,

Mulai bulan depan saya pindah tugas ke Politeknik Negeri Medan, sehingga course Gambar Teknik yang selama ini saya ampu akan dipegang dosen lain sesuai keputusan jurusan. Terima kasih atas bantuan selama ini, mohon maaf bila ada salah.

Salam hangat,
Sahat Manurung
""", "other", "id",
  note="A farewell that tells of a course passing to another lecturer, decided elsewhere; nothing asked.")

M("izin-tidak-ikut-pelatihan-moodle-sakit", "2027-09-13 06:30:00",
  ("Yohanes Tarigan", "yohanes.tarigan@polibatam.ac.id"),
  "Izin tidak mengikuti pelatihan Moodle",
  """Pagi Bu/Pak,

Mohon maaf, saya izin tidak bisa mengikuti pelatihan Moodle lanjutan hari ini karena sedang sakit (surat dokter menyusul). Kalau ada materi atau rekamannya, saya akan pelajari sendiri nanti.

Salam,
Yohanes Tarigan
""", "other", "id", client="iphone",
  note="A leave of absence from a training: e-learning words, no fault and no request to the unit's work.")

# ---------------------------------------------------------------- second batch: faults in regional Indonesian

M("sunda-pengampu-teu-tiasa-lebet", "2027-09-14 08:20:00",
  ("Asep Saepudin", "asep.saepudin@polibatam.ac.id"),
  "Course Fisika Terapan",
  """Wilujeng enjing,

Abdi pengampu Fisika Terapan kelas 1A. Ti kamari abdi teu tiasa lebet kana course na, unggal diklik kaluar tulisan "You cannot enrol yourself in this course". Mahasiswa tos naroskeun tugas.

Hatur nuhun,
Asep
""", "elearning_support", "id",
  note="Sundanese-flavoured: the course's own lecturer locked out; 'pengampu' is who he is.")

M("betawi-nama-dosen-kagak-nongol-nilai", "2027-09-14 21:35:00",
  ("Rudi Hartono", "rudi.hartono@students.polibatam.ac.id"),
  "nilai kuis kagak keluar",
  """bang/mpok admin,

aye mahasiswa kelas 2B Teknik Sipil. nilai kuis Mekanika Tanah kagak keluar-keluar padahal udah seminggu, temen sekelas juga sama. di halaman course nama dosennya juga kagak ada, jadi aye bingung mau nanya ke siapa.

makasih ye
rudi
""", "elearning_support", "id", client="iphone",
  note="Betawi-flavoured: quiz marks not shown; the missing lecturer's name is background.")

M("melayu-tak-dapat-buka-course-sks", "2027-09-15 10:10:00",
  ("Nurul Ain binti Yusof", "nurulain.yusof@polibatam.ac.id"),
  "Tak dapat buka course Pengurusan Projek",
  """Assalamualaikum tuan/puan,

Saya pensyarah baharu untuk Pengurusan Projek (3 SKS). Bila saya tekan nama course di e-learning, skrin jadi putih sahaja dan tak dapat dibuka. Course lain boleh dibuka seperti biasa.

Terima kasih atas bantuan,
Nurul Ain
""", "elearning_support", "id",
  note="Malay-flavoured: a course that will not open for its new lecturer; credits are background.")

M("jst-reply-ticket-new-fault-after-rename", "2027-09-16 06:15:00",
  ("Dr. Bayu Kurniawan", "bayu.kurniawan@polibatam.ac.id"),
  "Re: [P4M #2027-0912] Ganti nama MK Sistem Kendali",
  """Terima kasih, namanya sudah berubah. Tapi sejak itu mahasiswa kelas 3A malah tidak bisa membuka materi minggu 4, muncul error "Section not available". Saya sedang di Osaka (JST) jadi hanya bisa cek malam waktu sini.

Bayu

> Yth. Bapak Bayu,
> Nama mata kuliah sudah kami ubah menjadi Sistem Kendali Lanjut.
> Salam, Helpdesk P4M
""", "elearning_support", "id", hdr={"In-Reply-To": "<p4m-2027-0912@polibatam.ac.id>"},
  note="A reply on a course-change ticket that brings a new fault; the subject names the old request.")

# ---------------------------------------------------------------- announcements asked with verbs of passing on

M("tolong-kabarkan-mhs-lab-tutup", "2027-09-03 12:00:00",
  ("Hendra Saputra, A.Md.", "hendra.laboran@polibatam.ac.id"),
  "Lab Otomasi tutup Jumat",
  """Siang P4M,

Tolong bantu kabarkan ke mahasiswa Teknik Mesin lewat beranda e-learning: Lab Otomasi tutup hari Jumat, 10 September 2027 karena kalibrasi alat. Praktikum hari itu diganti minggu depan.

Terima kasih,
Hendra
""", "announcement", "id",
  fields={"title": "Lab Otomasi tutup Jumat", "scope": "site"},
  note="A laboratory technician asking to pass a notice on through the front page.")

M("en-banner-library-hours", "2027-09-05 08:00:00",
  ("Perpustakaan Polibatam", "perpustakaan@polibatam.ac.id"),
  "Extended library hours during exams",
  """Hello P4M,

Could you put up a banner on the LMS front page for the exam weeks? Text below.

Library hours extended during exams
From 20 September to 1 October 2027 the library is open until 21:00 on weekdays.

Thank you,
Library team
""", "announcement", "en",
  fields={"title": "Library hours extended during exams", "scope": "site"},
  note="A banner on the front page asked for, with its text below.")

M("naikkan-info-kuliah-pengganti-course", "2027-09-08 19:30:00",
  ("Rini Yulianti", "rini.yulianti@polibatam.ac.id"),
  "info kuliah pengganti statistika",
  """malam,

mohon dinaikkan info ini di course Statistika Industri kelas 2A ya:

Kuliah Pengganti Statistika Industri
Kuliah pengganti pertemuan 3 hari Sabtu 11 September 2027 jam 08.00 di ruang 305.

makasih
rini
""", "announcement", "id", client="iphone",
  fields={"course_name": "Statistika Industri", "title": "Kuliah Pengganti Statistika Industri",
          "scope": "course"},
  note="'dinaikkan' (put up) for a course notice, the title on its own line.")

M("hima-mohon-sebarkan-info-seminar", "2027-09-10 11:00:00",
  ("HIMA Teknik Mesin", "hima.mesin@polibatam.ac.id"),
  "Permohonan publikasi info Seminar Otomotif",
  """Yth. Tim P4M,

Kami mohon info berikut dapat ditampilkan di halaman depan e-learning agar diketahui seluruh mahasiswa:

Judul: Seminar Nasional Otomotif 2027
Isi: HIMA Teknik Mesin mengadakan Seminar Nasional Otomotif pada Sabtu, 25 September 2027 di Auditorium. Pendaftaran gratis melalui tautan di bio Instagram HIMA.

Terima kasih.
Divisi Humas HIMA TM
""", "announcement", "id", client="outlook",
  fields={"title": "Seminar Nasional Otomotif 2027", "scope": "site"},
  note="'ditampilkan di halaman depan' for a student association's seminar; seminar words are the topic.")

M("en-relay-to-class-room-change", "2027-09-12 07:45:00",
  ("Lim Wei Ling", "weiling.lim@polibatam.ac.id"),
  "Relay to my Engineering Maths class",
  """Hi,

Pls relay this to my Engineering Maths students on the course page:

Room change for Tuesday tutorial
From 14 September 2027 the Tuesday tutorial moves to room B-204.

Thanks ah
Wei Ling
""", "announcement", "en",
  fields={"course_name": "Engineering Maths", "title": "Room change for Tuesday tutorial", "scope": "course"},
  note="'relay this to my students' on the course page.")


if __name__ == "__main__":
    sys.exit(E.main())

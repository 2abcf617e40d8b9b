#!/usr/bin/env python3
"""Generate the thirteenth P4M helpdesk TUNING corpus for the request type (30 labelled e-mails).

Written after the held-out part8 was opened as requests-tune12, in other words, voices and layouts than its mails,
for the kinds of type it missed and the kinds its held-out note suspected: e-learning problems that name another
office's systems and papers (SIAKAD, KRS, an academic adviser, a timetable, a room, a letter of assignment, a
printer) beside true matters of those offices that must stay `other`; e-learning problems told with the words of
what the writer already checked or tried ("sudah saya cek", "I've checked", "udh coba"), or of what looks odd
("aneh", "janggal", "weird"), beside a reply that really confirms the work done; a complaint about an
announcement already published that asks for nothing now, beside a new announcement asked for in the same
breath as a complaint; a plan for a later course change that says nothing is to be done now, beside a decided
change that takes effect later.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py;
every body here was written by hand, and the batch was scored before any rule was changed for it.
Run:  python3 make_tune13_types.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 5, "announcement": 4, "elearning_support": 17, "other": 15}
M = E.M
ACK = "<tkt-2027-%04d.ack@helpdesk.polibatam.ac.id>"

# ---------------------------------------------------------------- support that names another office's system

M("krs-sudah-siakad-belum-masuk-course", "2027-05-03 08:20:00",
  ("Lestari Wulandari, M.T.", "lestari.wulandari@polibatam.ac.id"),
  "Peserta course Sistem Digital belum lengkap",
  """Selamat pagi tim P4M,

Sepuluh mahasiswa kelas TE-1B sudah mengisi KRS dan KRS-nya sudah disetujui di SIAKAD, tetapi nama mereka belum ada di daftar peserta course Sistem Digital di e-learning. Akibatnya mereka tidak bisa mengerjakan kuis pertama yang dibuka Rabu. Mohon dibantu memasukkan mereka ke course.

Daftar NIM terlampir di bawah:
4222101011, 4222101014, 4222101019, 4222101022, 4222101027,
4222101030, 4222101033, 4222101036, 4222101041, 4222101045

Terima kasih,
Lestari
""", "elearning_support", "id", client="outlook",
  note="Enrolment missing on e-learning; the study plan in SIAKAD is only why the students should be there.")

M("en-advisor-approved-course-missing-dashboard", "2027-05-03 21:05:00",
  ("Lucas Moreau", "lucas.moreau@students.polibatam.ac.id"),
  "Data Mining not on my Moodle",
  """Hello,

I'm an exchange student from Lyon. My academic advisor approved my study plan in the student portal last week, and Data Mining is listed there, but the course is not on my Moodle dashboard and the search says I have no access. The first assignment is due Friday. Could you add me?

Thank you,
Lucas Moreau
""", "elearning_support", "en",
  note="A course missing from the dashboard; the adviser and the portal only tell why the student expects it.")

M("kuis-di-lab-ruangan-logout-sendiri", "2027-05-04 10:40:00",
  ("Hendra Gunawan", "hendra.gunawan@polibatam.ac.id"),
  "Kuis online di Lab Komputer 3 - mahasiswa ter-logout",
  """Pak/Bu,

Tadi pagi kuis Jaringan Komputer saya adakan di Lab Komputer 3 (ruangannya sudah saya pinjam lewat bagian umum, tidak ada masalah di situ). Yang bermasalah e-learning-nya: sekitar 15 menit setelah mulai, separuh mahasiswa ter-logout sendiri dan waktu masuk lagi attempt mereka sudah tertutup.

Mohon dicek dan kalau bisa attempt mereka dibuka lagi.

Hendra Gunawan
Dosen Teknik Informatika
""", "elearning_support", "id", client="thunderbird",
  note="Names a room borrowed from another office, but asks about quiz attempts on e-learning.")

M("ekspor-nilai-untuk-siakad-kosong", "2027-05-04 14:15:00",
  ("Ratna Sari Dewi", "ratna.sari@polibatam.ac.id"),
  "Export nilai e-learning untuk diunggah ke SIAKAD",
  """Selamat siang,

Saya mau memindahkan nilai akhir Akuntansi Manajemen ke SIAKAD, jadi nilai di e-learning saya ekspor ke Excel lewat menu Export. File-nya terunduh, tapi kolom nilainya kosong semua, hanya nama dan NIM yang ada. Minggu lalu ekspor yang sama masih normal.

Batas input nilai di SIAKAD hari Jumat. Mohon bantuannya.

Salam,
Ratna
""", "elearning_support", "id", client="outlook",
  note="The export from e-learning fails; SIAKAD is only where the file goes.")

M("surat-tugas-ada-course-belum-ada", "2027-05-05 07:55:00",
  ("Dimas Aryo Nugroho", "dimas.aryo@polibatam.ac.id"),
  "Course Pemrograman Mobile belum muncul",
  """Assalamualaikum tim P4M,

Saya dosen baru di Jurusan Teknik Informatika. Surat tugas mengajar dari kepegawaian sudah saya terima minggu lalu, di situ saya mengampu Pemrograman Mobile kelas TI-3A dan TI-3C. Tapi waktu saya login ke e-learning, dashboard saya masih kosong, belum ada satu course pun.

Apakah saya perlu mengirim surat tugasnya ke P4M juga? Kuliah mulai Senin depan.

Wassalam,
Dimas
""", "elearning_support", "id",
  note="A letter of assignment from the personnel office is mentioned; the request is the empty dashboard.")

M("en-timetable-says-tuesday-quiz-closed-monday", "2027-05-05 19:30:00",
  ("Nur Aisyah binti Kamal", "nur.aisyah@students.polibatam.ac.id"),
  "Quiz closed before our class",
  """Dear helpdesk,

Our timetable on the academic portal has Business Statistics on Tuesday, and the lecturer told us the weekly quiz opens during the class. But when we logged in on Tuesday morning the quiz was already closed, it seems it closed on Monday at 23:59. Almost the whole class of MB-2A has no attempt now. Can the quiz be opened again for us?

Regards,
Nur Aisyah
Class representative, MB-2A
""", "elearning_support", "en", client="iphone",
  note="The timetable only explains the expectation; the quiz closing early is e-learning's.")

M("dosen-wali-mahasiswa-perwalian-upload-error", "2027-05-06 09:10:00",
  ("Sri Mulyani, S.Kom., M.Cs.", "sri.mulyani@polibatam.ac.id"),
  "Mahasiswa perwalian tidak bisa upload laporan",
  """Yth. Admin E-Learning,

Saya dosen wali kelas TI-2A. Beberapa mahasiswa perwalian saya melapor bahwa mereka tidak bisa mengunggah laporan praktikum Basis Data, muncul pesan "The file is too large" padahal ukurannya cuma 3 MB. Batasnya di pengaturan tugas sudah saya lihat, tertulis 20 MB.

Mohon dibantu dicek. Terima kasih.

Sri Mulyani
""", "elearning_support", "id", client="outlook",
  note="An academic adviser writes for her students about an upload error; 'sudah saya lihat' is what she checked.")

M("rekap-presensi-mau-dicetak-printer", "2027-05-06 15:45:00",
  ("Yudi Pratama", "yudi.pratama@polibatam.ac.id"),
  "rekap presensi kosong",
  """Siang min, saya mau print rekap presensi kuliah Fisika Terapan dari e-learning untuk berkas BAP, printer di ruang dosen aman kok. Masalahnya rekap yang diunduh dari menu Attendance isinya kosong, padahal presensi tiap minggu sudah diisi mahasiswa. Sudah saya coba unduh ulang 3x, tetap kosong.

Mohon dicek ya min, makasih.
""", "elearning_support", "id", client="iphone",
  note="A printer and BAP are named; the attendance report coming out empty is the request.")

# ---------------------------------------------------------------- support told with what was checked or looks odd

M("en-checked-weights-total-above-hundred", "2027-05-07 08:30:00",
  ("Dr. Farah Iskandar", "farah.iskandar@polibatam.ac.id"),
  "Course total looks off",
  """Hi P4M team,

Something is off with the gradebook in Cost Accounting (AK-3B). I've checked the category weights twice and they add up to 100%, yet the course total for about a third of the class shows values like 112 or 118. I haven't released any grades yet.

Is there a hidden item or a setting I'm missing? Many thanks in advance.

Farah
""", "elearning_support", "en", client="outlook",
  note="Words of having checked, and thanks: still a support request.")

M("sudah-cek-pengaturan-kuis-tetap-tidak-bisa-mulai", "2027-05-07 13:20:00",
  ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "Mahasiswa tidak bisa memulai kuis 3",
  """Selamat siang,

Kuis 3 Mekanika Teknik seharusnya bisa dikerjakan mulai jam 13.00 hari ini. Pengaturan waktunya sudah saya cek, open 13.00 close 15.00, dan tidak ada password kuis. Tapi mahasiswa yang klik "Attempt quiz now" hanya melihat tulisan "This quiz is not currently available".

Terima kasih atas bantuannya.

Agus Salim
""", "elearning_support", "id",
  note="What the lecturer checked, then the fault; thanks at the end.")

M("mixed-forum-subscription-sudah-on", "2027-05-08 09:25:00",
  ("Kevin Wijaya", "kevin.wijaya@polibatam.ac.id"),
  "Forum notifications tidak terkirim ke mahasiswa",
  """Hi tim P4M,

Di course Software Testing, mahasiswa bilang mereka tidak pernah dapat email kalau saya posting di forum Q&A. Sudah saya lihat di forum settings, subscription mode sudah "Forced subscription". Di profil beberapa mahasiswa juga sudah saya cek, email mereka benar.

Could you check whether the mail from e-learning is going out? Thanks!

Kevin
""", "elearning_support", "mixed",
  note="Mixed Indonesian and English; everything checked, the notifications still fail.")

M("hp-mhs-udh-cek-udh-coba-tetep-ga-bisa-submit", "2027-05-08 23:10:00",
  ("Bagas Saputra", "bagas.saputra@students.polibatam.ac.id"),
  "ga bisa submit tugas",
  """kak mau lapor, tugas Statistika sy ga bisa di submit, tombolnya abu2. udh sy cek koneksi aman, udh coba pake hp temen jg sama aja. deadline nya jam 12 mlm ini kak

makasih kak
""", "elearning_support", "id", client="iphone",
  note="A student on a phone: checked and tried, then thanks.")

M("h5p-berhasil-dikerjakan-nilai-tidak-masuk", "2027-05-10 10:00:00",
  ("Putri Ayu Lestari", "putri.ayu@polibatam.ac.id"),
  "Nilai H5P tidak masuk gradebook",
  """Pagi P4M,

Mahasiswa saya di course Bahasa Inggris Teknik berhasil menyelesaikan interactive video H5P minggu ini (di layar mereka muncul skor), tapi di gradebook nilainya tidak ada sama sekali. Aktivitas H5P minggu lalu nilainya masuk normal.

Terima kasih,
Putri
""", "elearning_support", "id",
  note="'berhasil' said of the students' work, not of a fix.")

M("en-odd-quiz-category-zero", "2027-05-10 14:35:00",
  ("Mark Donovan", "mark.donovan@polibatam.ac.id"),
  "Weird zeros in the quiz category",
  """Hello,

Odd one: in Technical English 2 the quiz category in the gradebook shows 0 for every student, even though all the attempts are graded and students can see their marks on the quiz page. Nothing was changed on my side since last week.

Cheers,
Mark
""", "elearning_support", "en", client="thunderbird",
  note="A fault told as what looks odd, with no word of asking.")

# ---------------------------------------------------------------- another office's matters (near-misses)

M("krs-belum-disetujui-dosen-wali", "2027-05-03 22:30:00",
  ("Fajar Ramadhan", "fajar.ramadhan@students.polibatam.ac.id"),
  "KRS belum di-acc",
  """Permisi kak, KRS saya di SIAKAD masih berstatus "diajukan", belum disetujui dosen wali, padahal batas pengisian besok. Dosen wali saya sudah saya chat dari kemarin tapi belum dibalas. Saya harus ke bagian mana ya kak?

Makasih
""", "other", "id", client="iphone",
  note="The study plan and the adviser: the academic office's matter.")

M("en-enrolment-letter-for-visa", "2027-05-04 11:20:00",
  ("Ahmad Faris bin Zulkifli", "ahmad.faris@students.polibatam.ac.id"),
  "Letter of enrolment for my visa extension",
  """Dear Sir/Madam,

I need an official letter stating that I am an active student this semester, for my visa extension at the immigration office. I have already tried the student portal but the letter menu there is only in Indonesian and asks for a form I do not have. Could you please prepare the letter?

Best regards,
Ahmad Faris
""", "other", "en",
  note="A letter of active enrolment: the academic office's, though the writer tried a portal.")

M("peminjaman-ruang-sidang-jumat", "2027-05-05 10:05:00",
  ("Sekretariat Prodi Teknik Mesin", "prodi.mesin@polibatam.ac.id"),
  "Peminjaman ruang untuk sidang proyek akhir",
  """Yth. Bapak/Ibu,

Kami bermaksud meminjam ruang seminar lantai 4 beserta proyektornya untuk sidang proyek akhir hari Jumat, 14 Mei 2027, pukul 08.00 sampai 16.00. Sudah kami cek di jadwal ruangan, hari itu masih kosong.

Mohon informasi prosedurnya. Terima kasih.

Sekretariat Prodi Teknik Mesin
""", "other", "id", client="outlook",
  note="Borrowing a room and a projector: the general services' matter.")

M("tidak-bisa-login-siakad-input-nilai", "2027-05-06 16:50:00",
  ("Drs. Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
  "Tidak bisa masuk SIAKAD untuk input nilai",
  """Selamat sore,

Saya tidak bisa masuk ke SIAKAD untuk menginput nilai UTS, selalu muncul "username atau password salah". Password SIAKAD sudah saya reset lewat menu lupa password, tetap gagal. Ke siapa saya harus melapor?

Terima kasih,
Taufik Hidayat
""", "other", "id",
  note="Login trouble in the academic system, not in e-learning.")

M("printer-ruang-dosen-macet", "2027-05-07 09:40:00",
  ("Rina Marlina", "rina.marlina@polibatam.ac.id"),
  "Printer ruang dosen lantai 3",
  """Pagi,

Printer di ruang dosen lantai 3 macet sejak kemarin, kertasnya selalu tersangkut. Sudah saya coba matikan dan nyalakan lagi, sudah dicek juga tidak ada kertas yang tertinggal di dalam. Mohon dikirim teknisi.

Rina
""", "other", "id",
  note="Office equipment, with words of having tried: another office's matter.")

M("en-projector-b204-wont-connect", "2027-05-08 07:35:00",
  ("James Whitfield", "james.whitfield@polibatam.ac.id"),
  "Projector in room B204",
  """Hi,

The projector in room B204 won't pick up my laptop. I've tried two HDMI cables and the VGA adapter, and restarted both. My 8 am class had to read the slides off my screen. Could someone from facilities look at it before Thursday?

Thanks,
James
""", "other", "en",
  note="Classroom equipment; tried and failed, but not e-learning.")

# ---------------------------------------------------------------- a published announcement complained about

M("en-notice-went-up-late-no-change-needed", "2027-05-10 08:15:00",
  ("Library Services", "library@polibatam.ac.id"),
  "Our closure notice was posted late",
  """Dear P4M,

The notice about the library closing for stocktaking, which we asked to be posted on Monday morning, only went up on the front page in the afternoon, and several students came to a locked door. It is showing correctly now and nothing needs to be changed, but please keep an eye on timed posts in future.

Kind regards,
Library Services
""", "other", "en", client="outlook",
  note="A complaint about an announcement already published; asks nothing now.")

M("pengumuman-sempat-salah-tanggal-masukan", "2027-05-11 13:30:00",
  ("Kaprodi Akuntansi", "kaprodi.ak@polibatam.ac.id"),
  "Masukan soal pengumuman libur kemarin",
  """Selamat siang,

Pengumuman libur Hari Raya yang dipasang di beranda e-learning kemarin sempat menyebut tanggal yang keliru, 13 Mei, bukan 14 Mei. Sore tadi sudah dibetulkan oleh admin, jadi tidak ada lagi yang perlu dilakukan. Sekadar masukan, lain kali mohon teksnya dicocokkan dulu dengan surat edaran sebelum ditayangkan.

Terima kasih.
""", "other", "id", client="zimbra",
  note="Feedback about an announcement already fixed; asks nothing now.")

M("keluhan-telat-lalu-minta-pengumuman-baru", "2027-05-12 09:00:00",
  ("Koordinator Praktikum Fisika", "praktikum.fisika@polibatam.ac.id"),
  "Pengumuman praktikum Fisika Dasar",
  """Yth. Tim P4M,

Pengumuman kami minggu lalu tayangnya terlambat setengah hari. Untuk yang berikut ini mohon ditayangkan di course Fisika Dasar (FS1101) tepat Senin, 17 Mei 2027 pukul 07.00.

Judul: Praktikum Modul 5 Pindah ke Lab Fisika 2
Isi: Praktikum modul 5 minggu ini dilaksanakan di Lab Fisika 2 (gedung utama lantai 2), jam tetap seperti biasa.

Terima kasih.
""", "announcement", "id", client="outlook",
  fields={"course_code": "FS1101", "course_name": "Fisika Dasar",
          "title": "Praktikum Modul 5 Pindah ke Lab Fisika 2", "scope": "course",
          "publish_at": "2027-05-17T07:00:00+07:00"},
  note="A complaint about the last announcement in the same breath as a new one asked for.")

M("en-complaint-then-site-notice", "2027-05-12 15:20:00",
  ("Student Affairs Office", "kemahasiswaan@polibatam.ac.id"),
  "Scholarship notice for the front page",
  """Dear P4M team,

Our last notice was a bit hard to find, so please post this one on the e-learning front page for all students.

Title: Applications for the Batam Excellence Scholarship Now Open
Text: Students in semester 3 to 5 may apply until 31 May 2027 through the student affairs office.

Thank you.
""", "announcement", "en",
  fields={"title": "Applications for the Batam Excellence Scholarship Now Open", "scope": "site"},
  note="An announcement asked for after a remark about the last one; names a scholarship and the office.")

# ---------------------------------------------------------------- a plan for later vs a decided change

M("en-heads-up-rename-nothing-needed-yet", "2027-05-13 10:10:00",
  ("Dr. Samuel Tan", "samuel.tan@polibatam.ac.id"),
  "Heads-up: possible rename of Fluid Mechanics",
  """Dear P4M,

Just a heads-up: the mechanical engineering curriculum board is discussing whether Fluid Mechanics should become Applied Fluid Mechanics from next year. Nothing is decided, and nothing needs to be done on e-learning for now. I'll send the official form once the board has approved it.

Best,
Samuel
""", "other", "en",
  note="A plan for later that says nothing is to be done now.")

M("rencana-ganti-pengampu-belum-ada-yang-perlu-diganti", "2027-05-13 14:00:00",
  ("Admin Prodi Manajemen Bisnis", "admin.mb@polibatam.ac.id"),
  "Info pergantian pengampu Statistika Bisnis",
  """Selamat siang,

Sekadar info, ada rencana pergantian pengampu Statistika Bisnis untuk semester depan karena Pak Robert akan studi lanjut. SK-nya masih diproses di jurusan. Untuk sementara tidak ada yang perlu diganti di e-learning, nanti kami kirim permohonan resminya.

Salam,
Admin Prodi Manajemen Bisnis
""", "other", "id", client="zimbra",
  note="A plan for a lecturer change, nothing to change now.")

M("nama-berubah-mulai-genap-sudah-disahkan", "2027-05-14 08:05:00",
  ("Sekretariat Jurusan Teknik Elektro", "sekjur.elektro@polibatam.ac.id"),
  "Perubahan nama MK Mikrokontroler",
  """Yth. Tim P4M,

Rapat senat minggu lalu sudah mengesahkan kurikulum baru. Mulai semester genap, nama MK Mikrokontroler berubah menjadi Sistem Mikrokontroler. Mohon disesuaikan di e-learning setelah UAS selesai; selain nama, tidak ada yang perlu diubah.

Hormat kami,
Sekretariat Jurusan Teknik Elektro
""", "course_data", "id", client="zimbra",
  fields={"course_name": "Mikrokontroler", "changes": {"fullname": "Sistem Mikrokontroler"}},
  note="A decided change that takes effect later; 'selain nama, tidak ada yang perlu diubah' limits it.")

M("en-credits-from-next-semester-approved", "2027-05-14 11:30:00",
  ("Curriculum Committee", "curriculum@polibatam.ac.id"),
  "Credits of Basic Accounting from next semester",
  """Dear P4M team,

The curriculum board approved last week that Basic Accounting (AK1101) carries 3 credits instead of 2 from next semester. Please update the e-learning course accordingly; nothing else needs to change.

Regards,
Curriculum Committee
""", "course_data", "en", client="outlook",
  fields={"course_code": "AK1101", "course_name": "Basic Accounting", "changes": {"credits": "3"}},
  note="A decided change for later, with 'nothing else needs to change'.")

M("jadwal-baru-diputuskan-rapat-nanti-kabari-kelas", "2027-05-14 16:40:00",
  ("Bambang Irawan", "bambang.irawan@polibatam.ac.id"),
  "Kelas Gambar Teknik mungkin digabung",
  """Pak/Bu, kelas TM-1A dan TM-1B di course Gambar Teknik (MT1104) kemungkinan digabung mulai bulan depan karena pesertanya sedikit, tapi masih menunggu keputusan kajur. Nanti saya kabari lagi.

Bambang
""", "course_data", "id",
  fields={"course_code": "MT1104", "course_name": "Gambar Teknik"},
  note="A plan for a course change not decided yet, without saying nothing is to be done: held as course data.")

# ---------------------------------------------------------------- a reply that really confirms the work

M("balas-sudah-saya-cek-kuis-bisa-dibuka", "2027-05-11 17:15:00",
  ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "Re: [P4M #2027-0512] Mahasiswa tidak bisa memulai kuis 3",
  """Sudah saya cek barusan, kuis 3 sekarang bisa dikerjakan mahasiswa. Terima kasih banyak atas bantuannya.

Agus

Pada Sen, 10 Mei 2027 pukul 14.02 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:
> Yth. Bapak Agus,
>
> Pengaturan kuis 3 sudah kami perbaiki. Mohon dicek kembali.
>
> Helpdesk P4M
""", "other", "id", reply=ACK % 512,
  note="A reply that confirms the work done after checking.")

# ---------------------------------------------------------------- second batch: the unit's own words in other mail
# Written after the first rules, before any rule for them: support about Moodle's own announcements forum (the
# writer's post does not reach the students), beside announcements asked for whose text says nothing is to be done.

M("pengumuman-sendiri-tidak-sampai-email", "2027-05-17 08:50:00",
  ("Dian Puspitasari", "dian.puspitasari@polibatam.ac.id"),
  "Pengumuman di course tidak sampai ke mahasiswa",
  """Selamat pagi,

Hari Jumat saya posting pengumuman di forum Announcements course Kimia Dasar (KM1101) tentang perubahan jadwal kuis. Ternyata tidak ada satu mahasiswa pun yang menerima emailnya, padahal biasanya langsung masuk. Mohon dicek apakah ada yang salah di pengaturan forum atau di server e-learning.

Terima kasih,
Dian
""", "elearning_support", "id", client="outlook",
  note="The lecturer's own post in Moodle's announcements forum does not reach the students: support.")

M("en-my-announcement-not-showing", "2027-05-17 13:10:00",
  ("Oliver Grant", "oliver.grant@polibatam.ac.id"),
  "Announcement I posted isn't visible to students",
  """Hi,

Yesterday I posted a notice in the Announcements forum of Project Management (PM2201). I can see it, but my students say the course page shows nothing new and the Latest announcements block is empty for them. Is there a visibility setting I have missed?

Thanks,
Oliver
""", "elearning_support", "en", client="thunderbird",
  note="A post the lecturer made himself that students cannot see: support, though it names a notice.")

M("tombol-tambah-pengumuman-hilang", "2027-05-18 10:25:00",
  ("Sinta Maharani", "sinta.maharani@polibatam.ac.id"),
  "tombol pengumuman hilang",
  """Pak, di course Akuntansi Dasar saya tidak ada lagi tombol "Add a new announcement" di forum pengumuman. Minggu lalu masih ada. Saya mau mengumumkan hasil kuis ke mahasiswa tapi jadi tidak bisa. Mohon bantuannya.

Sinta
""", "elearning_support", "id", client="iphone",
  note="The button to post is gone: support, though she wants to announce something herself.")

M("minta-pasang-pengumuman-tidak-perlu-bawa-apa-apa", "2027-05-18 14:00:00",
  ("Panitia Donor Darah BEM", "bem@polibatam.ac.id"),
  "Mohon dipasang: Donor Darah Kampus",
  """Yth. Admin E-Learning,

Mohon pengumuman berikut dipasang di beranda e-learning untuk seluruh mahasiswa.

Judul: Donor Darah Kampus Bersama PMI
Isi: Donor darah diadakan Rabu, 26 Mei 2027 di Aula Gedung Utama pukul 09.00-14.00. Peserta tidak perlu membawa apa-apa selain KTM; tidak ada yang perlu dipersiapkan selain sarapan yang cukup.

Terima kasih,
Panitia Donor Darah BEM
""", "announcement", "id",
  fields={"title": "Donor Darah Kampus Bersama PMI", "scope": "site"},
  note="An announcement whose own text says nothing needs preparing: still asked to be published.")

M("en-post-text-no-need-to-change-anything", "2027-05-19 09:30:00",
  ("Dr. Priya Nair", "priya.nair@polibatam.ac.id"),
  "Please post on my course page: deadline unchanged",
  """Dear P4M,

Please post the following on the course page of Data Structures (IF2203) today.

Title: Assignment 3 Deadline Unchanged
Text: Despite the server outage on Monday, the deadline of Assignment 3 stays Friday 23:59. You do not need to change anything in the work you have already submitted.

Thank you,
Priya
""", "announcement", "en",
  fields={"course_code": "IF2203", "course_name": "Data Structures",
          "title": "Assignment 3 Deadline Unchanged", "scope": "course"},
  note="An announcement whose text says the students need change nothing: still asked to be published.")

# ---------------------------------------------------------------- third batch: course words in mail that asks nothing
# Written after the second rules, before any rule for them: a reply saying the course now reads right, a newcomer
# introducing themselves with the course they teach, a question asked only to know; beside a reply that confirms
# one field and asks for another, and a polite question that asks for a change with its new value.

M("balas-nama-mk-sudah-sesuai-sekarang", "2027-05-20 08:10:00",
  ("Yohana Simanjuntak", "yohana.s@polibatam.ac.id"),
  "Re: [P4M #2027-0530] Nama MK Teknik Tenaga Listrik",
  """Selamat pagi, nama MK di course saya sudah sesuai sekarang. Terima kasih banyak, Pak.

Yohana

Pada Rab, 19 Mei 2027 pukul 16.40 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:
> Yth. Ibu Yohana,
>
> Nama mata kuliah sudah kami ubah. Mohon dicek kembali.
>
> Helpdesk P4M
""", "other", "id", reply=ACK % 530,
  note="A reply saying the course reads right now: the work is done.")

M("en-reply-credits-look-right-now", "2027-05-20 09:45:00",
  ("Hiroshi Tanaka", "hiroshi.tanaka@polibatam.ac.id"),
  "RE: [P4M #2027-0531] Credits of Robotics Lab",
  """Checked this morning, the credits are correct now. Much obliged.

Hiroshi

From: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Sent: Wednesday, 19 May 2027 17:02
To: Hiroshi Tanaka <hiroshi.tanaka@polibatam.ac.id>
Subject: [P4M #2027-0531] Credits of Robotics Lab

Dear Mr Tanaka, the credits have been updated. Helpdesk P4M
""", "other", "en", client="outlook", reply=ACK % 531,
  note="An English reply confirming the change.")

M("perkenalan-dosen-baru-pengampu", "2027-05-20 10:30:00",
  ("Reza Fahlevi, M.Kom.", "reza.fahlevi@polibatam.ac.id"),
  "Perkenalan",
  """Selamat pagi Bapak/Ibu tim P4M,

Perkenalkan, saya Reza Fahlevi, dosen baru di Jurusan Teknik Informatika. Semester ini saya mengampu Basis Data untuk kelas TI-2A dan TI-2B. Course-nya sudah muncul di e-learning dan semuanya lancar. Salam kenal, semoga ke depan bisa bekerja sama dengan baik.

Salam,
Reza
""", "other", "id",
  note="A newcomer introducing himself with the course he teaches; asks nothing.")

M("hanya-ingin-tahu-sks-beda", "2027-05-20 13:15:00",
  ("Lina Marpaung", "lina.marpaung@polibatam.ac.id"),
  "SKS Statistika beda",
  """Bu/Pak, saya lihat SKS Statistika di SIAKAD 3, sedangkan di dokumen kurikulum 2. Saya hanya ingin tahu mana yang berlaku, tidak minta diubah kok. Kalau ini urusan bagian akademik, saya tanyakan ke sana saja.

Terima kasih
""", "other", "id", client="iphone",
  note="A question asked only to know, which says it asks for no change.")

M("balas-kode-benar-nama-masih-lama", "2027-05-21 08:20:00",
  ("Yohana Simanjuntak", "yohana.s@polibatam.ac.id"),
  "Re: [P4M #2027-0541] Kode dan nama MK Mesin Listrik",
  """Kodenya sudah benar, terima kasih. Tapi nama MK di course masih yang lama, mohon diganti menjadi Mesin Listrik Lanjut.

Yohana

Pada Kam, 20 Mei 2027 pukul 15.10 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:
> Yth. Ibu Yohana,
>
> Kode course Mesin Listrik sudah kami perbarui.
>
> Helpdesk P4M
""", "course_data", "id", reply=ACK % 541,
  fields={"course_name": "Mesin Listrik", "changes": {"fullname": "Mesin Listrik Lanjut"}},
  note="A reply that confirms one field and asks for another.")

M("apakah-bisa-diganti-menjadi-sopan", "2027-05-21 10:05:00",
  ("Dr. Bambang Setiadi", "bambang.setiadi@polibatam.ac.id"),
  "Nama course Kalkulus",
  """Selamat pagi,

Apakah nama course Kalkulus (MA1101) di e-learning bisa diganti menjadi Kalkulus Teknik? Nama itu sudah dipakai di kurikulum baru prodi kami.

Terima kasih,
Bambang
""", "course_data", "id",
  fields={"course_code": "MA1101", "course_name": "Kalkulus", "changes": {"fullname": "Kalkulus Teknik"}},
  note="A polite question that asks for a change and gives its new value.")


if __name__ == "__main__":
    sys.exit(E.main())

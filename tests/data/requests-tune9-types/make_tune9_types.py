#!/usr/bin/env python3
"""Generate the ninth P4M helpdesk TUNING corpus for the request type (40 labelled e-mails).

Aimed at the boundaries of `other`: mail that shares words with e-learning or course data but asks the unit for
nothing it does (SIAKAD, KRS, grades and timetables kept by the academic office, a campus e-mail account, feedback
and praise after a training, a change the writer already made, a plan for a workshop, a vendor offering a Moodle
plug-in, mail meant for another office, complaints about a lecturer or the campus network), beside the requests
they must not swallow: e-learning problems told as complaints or as how-to questions, a reply that thanks for the
last ticket and brings a new one ("sekalian", "one more thing"), a course placed under the wrong semester told in
English without a change verb, an announcement about SIAKAD that is still an announcement, documents asked for
with a complaint. Last, machine mail of systems no corpus has yet (a video-meeting recording, a form receipt, the
academic system's notice).

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py; every
body here was written by hand, and the batch was scored before any rule was changed for it.
Run:  python3 make_tune9_types.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 4, "announcement": 3, "elearning_support": 9,
          "document_request": 3, "other": 18, "auto": 3}
M = E.M
ACK = "<tkt-2027-%04d.ack@helpdesk.polibatam.ac.id>"

# ---------------------------------------------------------------- other

M("siakad-nilai-uts-belum-muncul-portal", "2027-03-01 21:14:00",
  ("Rahmat Hidayatullah", "rahmat.h@students.polibatam.ac.id"),
  "nilai di portal akademik",
  """Malam kak, mau tanya. Nilai UTS semester ini di portal SIAKAD punya saya masih kosong semua, padahal teman sekelas sudah ada. Itu yang input nilai bagian mana ya kak? Saya perlu buat pengajuan beasiswa minggu ini.

Makasih kak
""", "other", "id", client="iphone",
  note="Grades in the academic system (SIAKAD), kept by the academic office, not by e-learning.")

M("en-timetable-clash-academic-office", "2027-03-02 09:30:00",
  ("Tomasz Nowak", "tomasz.nowak@students.polibatam.ac.id"),
  "Two classes at the same time",
  """Hello,

I am an exchange student from Poland. My timetable in the student portal puts Business English and Cross-Cultural Management both on Tuesday 10:00. I cannot attend both. Who can fix the timetable, and should I drop one of them in the portal?

Kind regards,
Tomasz
""", "other", "en",
  note="A timetable clash in the student portal: the academic office's matter.")

M("en-praise-quiz-clinic-no-ask", "2027-03-02 16:05:00",
  ("Dr. Hannah Lim", "hannah.lim@polibatam.ac.id"),
  "Quiz clinic last Thursday",
  """Dear P4M,

The quiz clinic last Thursday was brilliant. I rebuilt my question bank the same evening and my students sat their first randomised quiz today without a hitch. Please pass my compliments to Pak Dedi, who ran the session.

Best,
Hannah
""", "other", "en",
  note="Praise after a training; names quiz and question bank but asks for nothing.")

M("kepegawaian-salah-kirim-cuti-tahunan", "2027-03-03 08:10:00",
  ("Sri Wahyuni", "sri.wahyuni@polibatam.ac.id"),
  "Pengajuan cuti tahunan",
  """Yth. Bagian Kepegawaian,

Bersama email ini saya mengajukan cuti tahunan selama 5 hari kerja, 15 sampai 19 Maret 2027, untuk keperluan keluarga di Medan. Tugas mengajar sudah saya koordinasikan dengan kaprodi.

Hormat saya,
Sri Wahyuni
Dosen Akuntansi
""", "other", "id", client="outlook",
  note="Meant for the personnel office; sent to the helpdesk by mistake.")

M("vendor-plugin-presensi-wajah", "2027-03-03 11:45:00",
  ("Budi Santoso", "budi@edutekno.co.id"),
  "Plugin presensi wajah untuk Moodle",
  """Selamat siang Bapak/Ibu,

Kami dari PT Edutekno Nusantara memperkenalkan plugin presensi berbasis pengenalan wajah yang terpasang langsung di Moodle. Dosen cukup membuka kamera di awal kelas dan daftar hadir terisi sendiri. Kami bisa melakukan presentasi daring gratis untuk tim Bapak/Ibu pekan depan.

Brosur kami kirimkan menyusul.

Salam hangat,
Budi Santoso
Account Manager
""", "other", "id",
  note="A vendor offering a Moodle plug-in: names Moodle and attendance, asks for nothing the unit does.")

M("sudah-diubah-sendiri-hanya-info", "2027-03-04 07:50:00",
  ("Yohana Sitompul, M.T.", "yohana.sitompul@polibatam.ac.id"),
  "Info deskripsi MK Termodinamika",
  """Selamat pagi,

Sekadar info, deskripsi mata kuliah Termodinamika Teknik di e-learning sudah saya perbarui sendiri lewat menu pengaturan kemarin sore, jadi permintaan saya minggu lalu tidak perlu diproses lagi.

Terima kasih,
Yohana
""", "other", "id",
  note="A change the writer already made herself; cancels an earlier request.")

M("keluhan-jaringan-lab-lantai-tiga", "2027-03-04 13:20:00",
  ("Ahmad Fauzi", "ahmad.fauzi@polibatam.ac.id"),
  "Internet lab lantai 3 putus-putus",
  """Siang,

Sudah seminggu koneksi internet di lab komputer lantai 3 gedung utama putus-putus, terutama jam 10 sampai 12. Mahasiswa kesulitan mengikuti praktikum. Mohon diteruskan ke pihak yang mengurus jaringan kampus.

Ahmad Fauzi
Laboran TI
""", "other", "id",
  note="The campus network, not e-learning: asks that it be passed on.")

M("prodi-rencana-lokakarya-minta-narasumber", "2027-03-05 10:00:00",
  ("Kaprodi Teknik Elektro", "kaprodi.elektro@polibatam.ac.id"),
  "Rencana lokakarya kurikulum",
  """Yth. Kepala P4M,

Prodi Teknik Elektro berencana mengadakan lokakarya peninjauan kurikulum pada bulan April. Kami ingin mengundang salah satu staf P4M sebagai narasumber sesi penjaminan mutu pembelajaran. Tanggal pastinya akan kami sampaikan setelah rapat prodi.

Hormat kami,
Kaprodi Teknik Elektro
""", "other", "id", client="outlook",
  note="A plan and an invitation to speak; nothing for the helpdesk to do now.")

M("mahasiswa-keluhan-penilaian-dosen", "2027-03-05 22:40:00",
  ("Mahasiswa Manajemen", "mhs.manbis.2c@gmail.com"),
  "nilai akhir tidak adil",
  """Maaf mengganggu. Kami kelas 2C Manajemen Bisnis merasa nilai akhir mata kuliah Statistika tidak sesuai, banyak yang dapat D padahal tugas lengkap. Dosennya tidak mau menjelaskan komponen nilainya. Kami harus mengadu ke mana?
""", "other", "id", client="iphone",
  note="A complaint about a lecturer's grading and a question where to take it.")

M("en-thanks-noted-no-action", "2027-03-08 08:25:00",
  ("Peter Walsh", "peter.walsh@polibatam.ac.id"),
  "Re: [P4M #2027-0311] Announcement for Project Management class",
  """Noted with thanks, I can see it on the course page. Have a good week!

Peter

On Fri, 5 Mar 2027 at 15:10, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> Dear Mr Walsh,
>
> The announcement is now published on the course page.
>
> Helpdesk P4M
""", "other", "en", reply=ACK % 311,
  note="A reply acknowledging finished work.")

M("akreditasi-tanya-jadwal-visitasi", "2027-03-08 14:00:00",
  ("Dewi Kartika", "dewi.kartika@polibatam.ac.id"),
  "visitasi akreditasi",
  """Bu, mau tanya, visitasi akreditasi prodi Rekayasa Perangkat Lunak jadi tanggal berapa ya? Kami di jurusan perlu menyiapkan ruangan dan konsumsi. Terima kasih
""", "other", "id",
  note="A question about an accreditation visit date.")

M("en-recommendation-letter-wrong-office", "2027-03-09 10:10:00",
  ("Aisyah Putri", "aisyah.putri@students.polibatam.ac.id"),
  "Recommendation letter for internship abroad",
  """Good morning,

I have been accepted for a summer internship in Singapore and the company asks for a recommendation letter from the institution. Could your office issue one, or should I ask my department?

Thank you,
Aisyah
""", "other", "en",
  note="A letter for a student's internship: another office.")

M("ruang-rapat-pinjam-proyektor", "2027-03-09 15:30:00",
  ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
  "pinjam proyektor",
  """Sore, apakah P4M punya proyektor yang bisa dipinjam untuk seminar prodi hari Kamis? Punya jurusan sedang diperbaiki. Kalau ada, saya ambil Rabu sore. Terima kasih
""", "other", "id", client="iphone",
  note="Borrowing equipment.")

# ---------------------------------------------------------------- elearning_support

M("keluhan-elearning-lemot-tiap-deadline", "2027-03-01 23:55:00",
  ("Nadia Safitri", "nadia.safitri@students.polibatam.ac.id"),
  "parah banget",
  """Min tiap malam deadline e-learning pasti lemot parah, barusan mau kumpul laporan praktikum muter terus sampai lewat jam. Ini tolong diperbaiki dong servernya, jangan mahasiswa terus yang disalahkan.
""", "elearning_support", "id", client="iphone",
  note="A complaint, but about e-learning failing at a deadline.")

M("en-howto-hide-section-until-next-week", "2027-03-02 13:15:00",
  ("Mark Jensen", "mark.jensen@polibatam.ac.id"),
  "Hiding a section",
  """Hi there,

How can I keep week 5 of my Supply Chain course hidden from students until Monday and have it appear by itself? I tried the eye icon but then I have to remember to switch it back.

Thanks,
Mark
""", "elearning_support", "en",
  note="A how-to question about e-learning.")

M("nilai-kuis-tidak-masuk-gradebook", "2027-03-03 10:20:00",
  ("Eko Prasetyo, M.Kom.", "eko.prasetyo@polibatam.ac.id"),
  "Nilai kuis tidak terbawa",
  """Selamat pagi,

Di course Basis Data Lanjut, nilai kuis 2 sudah keluar di halaman kuis tetapi di buku nilai e-learning kolomnya masih kosong untuk semua mahasiswa. Kuis 1 normal. Mohon dicek.

Eko
""", "elearning_support", "id",
  note="A grade matter that is e-learning's: the quiz grade not in the gradebook.")

M("en-submission-marked-late-clock", "2027-03-04 00:20:00",
  ("Kevin Halim", "kevin.halim@students.polibatam.ac.id"),
  "my upload says late",
  """Hi, I uploaded my Computer Networks lab report at 11:52 pm, before the 11:59 pm cut-off, but the submission page says it came in 4 minutes late. I have a screenshot of my laptop clock. Could someone check the server log so I don't lose marks?

Kevin (TI-2B)
""", "elearning_support", "en",
  note="A submission time recorded wrongly: e-learning's record, not course data.")

M("balas-terima-kasih-sekalian-video", "2027-03-05 08:40:00",
  ("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
  "Re: [P4M #2027-0288] Akun tidak bisa masuk",
  """Terima kasih Pak, akun saya sudah bisa dipakai lagi.

Sekalian satu hal lagi: video yang saya unggah di course Fisika Dasar tidak bisa diputar oleh mahasiswa, hanya muncul layar hitam. Di laptop saya sendiri bisa. Mohon dibantu.

Fitri

Pada Kam, 4 Mar 2027 pukul 16.00 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
> Akun Ibu sudah kami aktifkan kembali.
""", "elearning_support", "id", reply=ACK % 288,
  note="A reply thanking for the last ticket that brings a new problem.")

M("forum-tidak-bisa-dibalas-mahasiswa", "2027-03-06 19:00:00",
  ("Gilang Ramadhan", "gilang.r@students.polibatam.ac.id"),
  "forum diskusi",
  """Permisi, di forum diskusi minggu 3 Pengantar Akuntansi tombol balasnya tidak ada, jadi kami tidak bisa menjawab pertanyaan dosen. Batasnya besok. Gimana ya min?
""", "elearning_support", "id", client="iphone",
  note="An e-learning activity that does not let students answer.")

M("en-similarity-report-not-showing", "2027-03-08 11:05:00",
  ("Dr. Rajesh Kumar", "rajesh.kumar@polibatam.ac.id"),
  "Similarity reports",
  """Hello,

None of the essays in my Research Methods assignment show a similarity score, only a grey dash, although the plagiarism check was switched on when I set it up. Is something wrong on your side?

Regards,
Rajesh
""", "elearning_support", "en",
  note="A plagiarism-check report missing, said without any error word.")

M("tanya-cara-salin-materi-ke-course-baru", "2027-03-09 09:45:00",
  ("Lestari Wulandari", "lestari.w@polibatam.ac.id"),
  "salin materi",
  """Pagi Pak/Bu, gimana cara memindahkan semua materi dan kuis dari course semester lalu ke course semester ini tanpa upload ulang satu per satu? Terima kasih
""", "elearning_support", "id",
  note="A how-to question naming a semester and a course: support, not course data.")

# ---------------------------------------------------------------- course_data

M("en-course-under-wrong-semester-move", "2027-03-02 08:05:00",
  ("Liam O'Connor", "liam.oconnor@polibatam.ac.id"),
  "Fluid Mechanics in the wrong place",
  """Hi,

ME2203 Fluid Mechanics is listed under Semester 3 on the e-learning site, but the programme teaches it in Semester 4 from this year. Could you shift it across?

Thanks,
Liam
""", "course_data", "en",
  fields={"course_code": "ME2203", "course_name": "Fluid Mechanics", "changes": {"semester": "4"}},
  note="A course placed under the wrong semester, asked with 'shift it across'.")

M("balas-beres-sekalian-ganti-sks", "2027-03-03 14:30:00",
  ("Hendra Gunawan", "hendra.gunawan@polibatam.ac.id"),
  "Re: [P4M #2027-0270] Pengumuman kelas pengganti",
  """Pengumumannya sudah tayang, terima kasih Bu.

Oh iya, ada satu lagi yang beda urusan: SKS mata kuliah Kewirausahaan (MB2104) di e-learning masih tertulis 2, seharusnya 3 sesuai kurikulum baru.

Salam,
Hendra

Pada Rab, 3 Mar 2027 pukul 09.00 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
> Pengumuman sudah kami tayangkan di course Bapak.
""", "course_data", "id", reply=ACK % 270,
  fields={"course_code": "MB2104", "course_name": "Kewirausahaan", "changes": {"credits": "3"}},
  note="A reply saying the last work is done, then a new course-data change.")

M("keluhan-sudah-dua-kali-minta-pengampu", "2027-03-06 10:15:00",
  ("Ratna Dewi, S.E., M.M.", "ratna.dewi@polibatam.ac.id"),
  "Sudah dua kali saya sampaikan",
  """Selamat siang,

Ini sudah kedua kalinya saya menulis. Di course Manajemen Keuangan (AK2103) pengampu yang tercantum masih dosen lama, padahal sejak semester ini saya yang mengajar. Mahasiswa jadi mengirim tugas ke orang yang salah.

Ratna Dewi
""", "course_data", "id",
  note="A complaint that is a course-data change; the new lecturer is only 'saya', so no value is claimed.",
  fields={"course_code": "AK2103", "course_name": "Manajemen Keuangan"})

M("rencana-gabung-kelas-belum-pasti", "2027-03-08 16:40:00",
  ("Bambang Sutrisno", "bambang.sutrisno@polibatam.ac.id"),
  "Kelas Gambar Teknik",
  """Pak/Bu, untuk Gambar Teknik (MT1104) kemungkinan kelas A dan B akan digabung mulai bulan depan karena mahasiswanya sedikit. Belum pasti, masih menunggu keputusan kajur. Nanti saya kabari lagi.

Bambang
""", "other", "id",
  note="A change planned for later and not decided, told ahead: not a request yet (issue 17; tune16-plans).")

# ---------------------------------------------------------------- announcement

M("infokan-siakad-maintenance-ke-mahasiswa", "2027-03-04 15:00:00",
  ("UPT TIK", "upt.tik@polibatam.ac.id"),
  "Mohon bantu umumkan: SIAKAD tidak dapat diakses",
  """Yth. Tim P4M,

Mohon bantuan untuk menayangkan pengumuman di beranda e-learning bahwa SIAKAD tidak dapat diakses pada Sabtu, 6 Maret 2027 pukul 20.00 sampai 24.00 WIB karena pemeliharaan server. Mahasiswa diminta menyelesaikan pengisian KRS sebelum waktu tersebut.

Terima kasih,
UPT TIK
""", "announcement", "id", client="outlook",
  fields={"title": "SIAKAD tidak dapat diakses", "scope": "site"},
  note="An announcement whose topic is SIAKAD: still asks the unit to publish.")

M("en-front-page-note-graduation", "2027-03-05 09:20:00",
  ("Student Affairs", "student.affairs@polibatam.ac.id"),
  "Graduation rehearsal",
  """Hello P4M team,

Could you put a short note on the e-learning front page reminding final-year students that the graduation rehearsal is compulsory and starts at the main hall? Title it "Graduation Rehearsal Reminder", please.

Many thanks,
Student Affairs
""", "announcement", "en",
  fields={"title": "Graduation Rehearsal Reminder", "scope": "site"},
  note="A note asked for on the front page, in English.")

M("balas-terima-kasih-plus-pengumuman-baru", "2027-03-09 12:00:00",
  ("Siti Nurhaliza", "siti.nurhaliza@polibatam.ac.id"),
  "Re: [P4M #2027-0305] Kunci pendaftaran Kimia Dasar",
  """Terima kasih, kuncinya sudah berfungsi.

Satu lagi Bu, tolong sampaikan ke mahasiswa Kimia Dasar (KM1101) di e-learning bahwa praktikum minggu depan pindah ke Lab Kimia 2.

Siti

Pada Sel, 9 Mar 2027 pukul 08.00 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
> Kunci pendaftaran sudah kami perbarui.
""", "announcement", "id", reply=ACK % 305,
  fields={"course_code": "KM1101", "course_name": "Kimia Dasar", "scope": "course"},
  note="A reply thanking for finished work that asks for a new announcement.")

# ---------------------------------------------------------------- document_request

M("link-formulir-rusak-minta-kirim", "2027-03-02 11:10:00",
  ("Wahyu Hidayat", "wahyu.hidayat@polibatam.ac.id"),
  "Link formulir tidak bisa dibuka",
  """Siang, tautan formulir usulan perubahan RPS di website P4M mengarah ke halaman kosong. Boleh tolong dikirimkan berkasnya lewat email saja? Terima kasih
""", "document_request", "id",
  note="A complaint about a broken link that asks for the document.")

M("en-template-semester-plan-where", "2027-03-06 08:55:00",
  ("Sophie Laurent", "sophie.laurent@polibatam.ac.id"),
  "Semester learning plan template",
  """Hi,

I am new this semester. Is there an official template for the semester learning plan that P4M wants us to follow? If so, I would be grateful for a copy.

Sophie
""", "document_request", "en",
  note="A document asked for as a question.")

M("sop-input-nilai-untuk-audit", "2027-03-09 13:30:00",
  ("Tim Audit Prodi TRPL", "audit.trpl@polibatam.ac.id"),
  "Permintaan SOP",
  """Yth. P4M,

Untuk persiapan audit mutu internal, kami memerlukan SOP penginputan nilai akhir dan SOP perubahan nilai versi terbaru. Mohon dapat dikirimkan dalam bentuk PDF.

Terima kasih,
Tim Audit Prodi TRPL
""", "document_request", "id",
  note="SOPs about grades: a document, not a grade matter.")

# ---------------------------------------------------------------- auto

M("zoom-cloud-recording-available", "2027-03-03 17:02:00",
  ("Zoom", "no-reply@zoom.us"),
  "Cloud Recording - Kelas Daring Statistika is now available",
  """Hi Helpdesk P4M,

Your cloud recording is now available.

Topic: Kelas Daring Statistika
Date: Mar 3, 2027 03:00 PM Jakarta

Share recording with viewers:
https://zoom.us/rec/share/abc123

Thank you for choosing Zoom.
-The Zoom Team
""", "auto", "en", client="plain",
  note="A video-meeting service's notice.")

M("google-forms-receipt", "2027-03-05 10:31:00",
  ("Google Forms", "forms-receipts-noreply@google.com"),
  "Thanks for filling out Survei Kepuasan Layanan E-Learning",
  """Thanks for filling out Survei Kepuasan Layanan E-Learning

Here's what was received.

Nama unit *
P4M

Seberapa puas Anda dengan layanan e-learning? *
4

Create your own Google Form
""", "auto", "en", client="plain",
  hdr={"Auto-Submitted": "auto-generated"},
  note="A form receipt: a copy of answers to a survey.")

M("siakad-notifikasi-krs", "2027-03-07 06:00:00",
  ("SIAKAD Polibatam", "siakad-noreply@polibatam.ac.id"),
  "[SIAKAD] Pengingat batas pengisian KRS",
  """Yth. Pengguna SIAKAD,

Batas akhir pengisian KRS semester genap adalah 10 Maret 2027. Silakan login ke SIAKAD untuk menyelesaikan pengisian.

Email ini dikirim otomatis oleh sistem, mohon tidak membalas.
""", "auto", "id", client="plain",
  hdr={"Precedence": "bulk", "X-Mailer": "PHPMailer 6.8"},
  note="The academic system's reminder, sent in bulk.")

# ---------------------------------------------------------------- second batch, written after the first was tuned on
# and scored on the code of that time before any rule was changed for it

M("tanya-kebijakan-uts-wajib-elearning", "2027-03-10 09:10:00",
  ("Agustina Manurung", "agustina.manurung@polibatam.ac.id"),
  "UTS lewat e-learning?",
  """Selamat pagi Bapak/Ibu,

Saya dengar dari rekan di jurusan bahwa mulai semester depan semua UTS wajib dilaksanakan lewat e-learning. Apakah itu sudah menjadi keputusan resmi, atau masih usulan? Saya ingin menyesuaikan rencana perkuliahan.

Salam,
Agustina
""", "other", "id",
  note="A question about a policy, not a problem or a change.")

M("perkenalan-dosen-baru-teknik-sipil", "2027-03-10 13:25:00",
  ("Irfan Maulana, S.T., M.T.", "irfan.maulana@polibatam.ac.id"),
  "Perkenalan",
  """Assalamualaikum Bapak/Ibu tim P4M,

Perkenalkan, saya Irfan Maulana, dosen baru di Jurusan Teknik Sipil mulai bulan ini. Semester ini saya mengampu Mekanika Tanah dan Struktur Beton. Semoga ke depan kita bisa bekerja sama dengan baik.

Wassalamualaikum,
Irfan
""", "other", "id",
  note="A greeting from a new lecturer naming his courses; asks for nothing.")

M("nama-mk-beda-siakad-dan-elearning", "2027-03-11 08:35:00",
  ("Sinta Maharani", "sinta.maharani@polibatam.ac.id"),
  "Nama MK berbeda dengan SIAKAD",
  """Pagi,

Nama mata kuliah RPL2203 di e-learning masih Rekayasa Kebutuhan, sedangkan di SIAKAD dan kurikulum baru sudah Rekayasa Kebutuhan Perangkat Lunak. Mohon yang di e-learning disamakan dengan SIAKAD.

Terima kasih,
Sinta
""", "course_data", "id",
  fields={"course_code": "RPL2203", "course_name": "Rekayasa Kebutuhan",
          "changes": {"fullname": "Rekayasa Kebutuhan Perangkat Lunak"}},
  note="A course-data change that names SIAKAD as where the right value is.")

M("export-nilai-ke-siakad-gagal", "2027-03-11 15:50:00",
  ("Dedi Kurniawan", "dedi.kurniawan@polibatam.ac.id"),
  "Export nilai",
  """Sore,

Nilai akhir Jaringan Komputer di buku nilai e-learning sudah lengkap, tapi waktu saya unduh sebagai Excel untuk diunggah ke SIAKAD filenya kosong, hanya ada judul kolom. Sudah saya coba dua kali di browser berbeda.

Dedi
""", "elearning_support", "id",
  note="An e-learning export failing; SIAKAD is only where the file goes next.")

M("mahasiswa-penelitian-kuesioner-elearning", "2027-03-12 10:05:00",
  ("Yuliana Putri", "yuliana.putri@students.polibatam.ac.id"),
  "Permohonan kesediaan mengisi kuesioner",
  """Yth. Bapak/Ibu staf P4M,

Saya Yuliana, mahasiswa tingkat akhir Administrasi Bisnis Terapan yang sedang meneliti kepuasan dosen terhadap e-learning untuk tugas akhir. Saya memohon kesediaan Bapak/Ibu mengisi kuesioner singkat (10 menit) pada tautan berikut: https://forms.gle/abc123

Atas bantuannya saya ucapkan terima kasih.

Hormat saya,
Yuliana Putri
""", "other", "id",
  note="A student's research questionnaire to fill in: names e-learning and a questionnaire, asks no document.")

M("en-meeting-request-elearning-strategy", "2027-03-12 14:40:00",
  ("Prof. Daniel Wong", "daniel.wong@polibatam.ac.id"),
  "Meeting with the head of P4M",
  """Dear colleagues,

As the new coordinator of the International Undergraduate Programme I would like to sit down with the head of P4M to talk about how our blended courses use e-learning and what we might improve next year. Would any afternoon next week suit?

Best regards,
Daniel Wong
""", "other", "en",
  note="Asks for a meeting about e-learning strategy: no helpdesk work.")


if __name__ == "__main__":
    sys.exit(E.main())

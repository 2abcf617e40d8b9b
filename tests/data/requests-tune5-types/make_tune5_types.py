#!/usr/bin/env python3
"""Generate the fifth P4M helpdesk TUNING corpus for the request type (57 labelled request e-mails).

Aimed at the type boundaries: other mail (questions about schedules and grades, thanks, complaints about a
lecturer, invitations, mail meant for BAAK or the finance office, vendor offers, a room to borrow, a training
question from a new lecturer, a parent, a journalist) against e-learning problems (told in English words no
rule has, typed on a phone, or as a reply to the helpdesk's automatic receipt that is really a new problem),
documents asked for indirectly, announcements asked as "sampaikan / share / broadcast / infokan", an
announcement about a change of lecturer, and course data asked beside a problem.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py; every
body here was written by hand, and the batch was scored before any rule was changed for it.
Run:  python3 make_tune5_types.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 7, "announcement": 9, "elearning_support": 16,
          "document_request": 9, "other": 16}
M = E.M
ACK = "<tkt-2027-%04d.ack@helpdesk.polibatam.ac.id>"

# ---------------------------------------------------------------- other

M("orangtua-tanya-nilai-anak", "2027-02-01 07:40:00",
  ("Hj. Suryani", "suryani.ibu@yahoo.co.id"),
  "Nilai anak saya",
  """Assalamualaikum Bapak/Ibu,

Saya orang tua dari Rizal Maulana, mahasiswa Teknik Informatika semester 3. Anak saya bilang IP semesternya turun dan ada nilai yang kosong. Apakah saya bisa mendapatkan rincian nilainya dari kantor ini? Kepada siapa saya sebaiknya menghubungi?

Wassalamualaikum,
Suryani
""", "other", "id")

M("keuangan-salah-alamat-honor-mengajar", "2027-02-01 10:15:00",
  ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
  "Rekap honor mengajar Januari",
  """Selamat pagi,

Bersama ini saya sampaikan bahwa rekap honor mengajar dosen luar biasa bulan Januari belum kami terima dari jurusan. Mohon segera dilengkapi paling lambat Jumat agar bisa diproses bendahara.

Terima kasih,
Lina Marlina
Bagian Keuangan
""", "other", "id", client="outlook",
  note="Meant for the departments; finance office mail sent to the helpdesk.")

M("vendor-proctoring-en", "2027-02-02 09:05:00",
  ("Kevin Tan", "kevin.tan@examguard.io"),
  "Secure your online exams with ExamGuard",
  """Hi there,

I'm reaching out from ExamGuard, an AI-powered proctoring tool that plugs straight into Moodle. Universities across Southeast Asia use it to cut cheating in online exams by up to 80%.

Would your team be open to a 20-minute call next week? I'd be happy to set up a sandbox for your institution at no cost.

Cheers,
Kevin Tan
Partnerships Lead, ExamGuard
""", "other", "en")

M("mahasiswa-pinjam-studio-rekaman", "2027-02-02 13:30:00",
  ("Dimas Aryo", "dimas.aryo@students.polibatam.ac.id"),
  "peminjaman studio",
  """Permisi kak, saya dari UKM Fotografi. Kami mau meminjam studio rekaman P4M hari Sabtu tanggal 13 Februari jam 9 sampai 12 untuk sesi foto anggota baru. Apakah studionya kosong dan prosedurnya bagaimana ya kak? Terima kasih
""", "other", "id", client="iphone")

M("dosen-baru-tanya-pekerti", "2027-02-03 08:20:00",
  ("Anisa Rahmawati, M.Pd.", "anisa.rahmawati@polibatam.ac.id"),
  "Pertanyaan dosen baru",
  """Selamat pagi Bapak/Ibu P4M,

Saya dosen baru di Jurusan Manajemen Bisnis sejak Januari. Menurut informasi dari kaprodi, dosen baru wajib mengikuti PEKERTI dan AA. Kapan batch berikutnya dibuka dan bagaimana cara mendaftarnya?

Terima kasih,
Anisa Rahmawati
""", "other", "id")

M("mahasiswa-keluhan-dosen-jarang-masuk", "2027-02-03 20:10:00",
  ("Anonim", "kelas.2b.ak@gmail.com"),
  "keluhan",
  """Mohon maaf sebelumnya, kami mahasiswa kelas 2B Akuntansi. Dosen salah satu mata kuliah kami sudah 4 minggu tidak hadir dan tidak ada kabar, materi juga tidak diberikan. Kami bingung harus melapor ke mana. Mohon ditindaklanjuti. Terima kasih
""", "other", "id")

M("en-exchange-student-thanks-orientation", "2027-02-04 11:00:00",
  ("Lena Hoffmann", "lena.hoffmann@students.polibatam.ac.id"),
  "Thank you!",
  """Dear P4M team,

Just wanted to say thanks for the orientation session yesterday. Everything was really clear and I finally understand how the campus systems fit together. Looking forward to the semester!

Warm wishes,
Lena
""", "other", "en")

M("alumni-legalisir-ijazah", "2027-02-04 14:45:00",
  ("Yogi Saputra", "yogi.saputra88@gmail.com"),
  "legalisir",
  """Siang, saya alumni angkatan 2019. Mau legalisir ijazah dan transkrip buat lamaran kerja, apakah bisa dikirim lewat pos? Berapa biayanya? Makasih
""", "other", "id", client="iphone", note="Meant for BAAK.")

M("undangan-halal-bihalal-jurusan", "2027-02-05 09:00:00",
  ("Panitia Dies Natalis", "diesnatalis@polibatam.ac.id"),
  "Undangan Dies Natalis ke-27",
  """Yth. Bapak/Ibu Pimpinan dan Staf P4M,

Dengan hormat, kami mengundang Bapak/Ibu untuk menghadiri acara Dies Natalis ke-27 Politeknik Negeri Batam pada Kamis, 25 Februari 2027 pukul 08.00 WIB di Auditorium Gedung Utama.

Atas kehadirannya kami ucapkan terima kasih.

Hormat kami,
Panitia Dies Natalis
""", "other", "id", client="outlook")

M("mahasiswa-tanya-jadwal-kuliah-semester-depan", "2027-02-05 22:30:00",
  ("Putri Ayu", "putri.ayu@students.polibatam.ac.id"),
  "jadwal kuliah",
  """kak mau nanya jadwal kuliah semester genap udah keluar belum ya? di siakad masih kosong. soalnya aku mau cari kerja part time jd harus tau jadwalnya dulu. makasih kak
""", "other", "id", client="iphone")

M("jurnalis-kampus-minta-wawancara", "2027-02-08 10:20:00",
  ("Redaksi Pers Mahasiswa", "persma@students.polibatam.ac.id"),
  "Permohonan wawancara",
  """Selamat pagi,

Kami dari Lembaga Pers Mahasiswa ingin mewawancarai kepala P4M tentang pelaksanaan audit mutu internal tahun ini untuk edisi buletin bulan Maret. Apakah Bapak/Ibu berkenan meluangkan waktu sekitar 30 menit minggu depan?

Salam,
Redaksi Pers Mahasiswa
""", "other", "id")

M("en-lecturer-ask-office-hours-location", "2027-02-08 15:00:00",
  ("Dr. Samuel Okafor", "s.okafor@polibatam.ac.id"),
  "Where is your office?",
  """Hello,

I joined the Mechanical Engineering department last week. Where exactly is the P4M office, and until what time are you open on Fridays? I would like to drop by and introduce myself.

Best,
Samuel Okafor
""", "other", "en")

M("mahasiswa-tanya-kapan-nilai-uas-keluar", "2027-02-09 19:05:00",
  ("Bagas Prakoso", "bagas.prakoso@students.polibatam.ac.id"),
  "nilai uas",
  """malam min, nilai uas semester kemarin kapan ya keluar di siakad? temen2 jurusan lain udah ada. thx
""", "other", "id", client="iphone")

M("dosen-tanya-hibah-pembelajaran", "2027-02-10 09:45:00",
  ("Ir. Bambang Sutrisno, M.T.", "bambang.sutrisno@polibatam.ac.id"),
  "Hibah inovasi pembelajaran",
  """Yth. Kepala P4M,

Tahun lalu ada program hibah inovasi pembelajaran dari P4M. Apakah tahun ini akan dibuka lagi? Saya bersama dua rekan berencana mengusulkan pengembangan modul berbasis proyek untuk prodi Teknik Mesin.

Hormat saya,
Bambang Sutrisno
""", "other", "id")

M("en-reply-thanks-sorted", "2027-02-10 16:20:00",
  ("Aisha Rahman", "aisha.rahman@polibatam.ac.id"),
  "Re: [P4M #0412] Cannot see my course",
  """Perfect, I can see the course now. Cheers for sorting that out so quickly!

Aisha

On Wed, 10 Feb 2027 at 14:02, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> Dear Ms Rahman,
>
> You have been enrolled in the course. Please check again.
>
> Regards,
> Helpdesk P4M
""", "other", "en", reply=ACK % 412)

M("kaprodi-tanya-jadwal-rapat-tinjauan", "2027-02-11 08:10:00",
  ("Dr. Hendra Kurniawan", "hendra.kurniawan@polibatam.ac.id"),
  "Rapat tinjauan manajemen",
  """Pagi Bu,

Kapan rapat tinjauan manajemen semester ini dijadwalkan? Saya perlu menyesuaikan dengan jadwal mengajar dan kunjungan industri prodi.

Terima kasih,
Hendra
""", "other", "id")

# ---------------------------------------------------------------- elearning_support

M("en-keep-bounced-to-sign-on-page", "2027-02-01 08:50:00",
  ("Marco Rossi", "marco.rossi@polibatam.ac.id"),
  "Keeps kicking me out",
  """Hi,

Every time I type my username and the code from the authenticator, it accepts it and then drops me right back to the front page as if I had never entered anything. Tried Chrome and Firefox, cleared cookies, same thing. Lectures start Monday so I'd appreciate a hand.

Thanks,
Marco Rossi
Visiting Lecturer
""", "elearning_support", "en")

M("hp-kuis-ketutup-sblm-waktunya", "2027-02-01 21:15:00",
  ("Salsa", "salsabila.n@students.polibatam.ac.id"),
  "kuis",
  """kak kuis statistik sy ketutup sndiri pdhl wktu msh 20 mnt, jwbn sy ga kesimpen smua. gmn ya kak mhn bntuannya
""", "elearning_support", "id", client="iphone")

M("balasan-ack-tapi-masalah-baru-terkunci", "2027-02-02 10:40:00",
  ("Wulan Sari", "wulan.sari@students.polibatam.ac.id"),
  "Re: [P4M #0398] Permintaan Anda telah kami terima",
  """Kak, masalah yang kemarin sudah beres, tapi sekarang setelah saya ganti sandi malah muncul tulisan akun dinonaktifkan sementara. Saya jadi tidak bisa buka materi sama sekali. Tolong dicek lagi ya kak.

Wulan

Pada Sen, 1 Feb 2027 pukul 16.05 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:
> Terima kasih, permintaan Anda telah kami terima dengan nomor tiket #0398.
> Kami akan menanggapinya paling lambat 15 menit pada jam kerja.
""", "elearning_support", "id", reply=ACK % 398,
  note="A reply to the receipt that says the old problem is solved and brings a new one.")

M("en-turned-in-marked-late", "2027-02-03 11:30:00",
  ("Priya Nair", "priya.nair@students.polibatam.ac.id"),
  "Marked late but I turned it in on time",
  """Hello,

I turned in my lab report for Digital Systems at 21:40 yesterday, well before the 23:59 cut-off, but the system flags it as late by 2 days. My lecturer says she can only fix it if the helpdesk confirms the timestamp. Could someone look at the logs?

Thank you,
Priya
""", "elearning_support", "en")

M("hp-matkul-ga-ada-di-beranda", "2027-02-03 22:05:00",
  ("Rendi", "rendi.pratama@students.polibatam.ac.id"),
  "matkul ga ada",
  """min matkul basis data sy ga ada di beranda elearning, pdhl udh krs. temen sekelas udh pd ada. nim sy 3312301045
""", "elearning_support", "id", client="iphone")

M("en-reply-ack-video-wont-load", "2027-02-04 09:25:00",
  ("Daniel Kim", "daniel.kim@polibatam.ac.id"),
  "Re: [P4M #0405] We have received your request",
  """Thanks for the quick receipt. One more thing, unrelated to my first ticket: the lecture recordings I put in Week 2 of Thermofluids just show a grey box with a spinning wheel for my students. They played fine last week.

Daniel

On Thu, 4 Feb 2027 at 08:01, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> Thank you, we have received your request as ticket #0405.
> We will reply within 15 minutes during office hours.
""", "elearning_support", "en", reply=ACK % 405)

M("dosen-mahasiswa-tidak-bisa-lihat-nilai", "2027-02-05 10:10:00",
  ("Rina Kartika, S.E., M.Ak.", "rina.kartika@polibatam.ac.id"),
  "Nilai tidak kelihatan oleh mahasiswa",
  """Selamat pagi,

Di course Akuntansi Biaya saya sudah memasukkan nilai tugas 1, tetapi mahasiswa melaporkan bahwa di akun mereka nilainya masih tanda strip. Apakah ada pengaturan yang terlewat? Mohon dibantu dicek.

Terima kasih,
Rina Kartika
""", "elearning_support", "id")

M("en-credentials-not-recognised", "2027-02-05 13:40:00",
  ("Grace Lim", "grace.lim@gmail.com"),
  "Credentials not recognised",
  """Good afternoon,

I'm a part-time lecturer starting this semester. HR gave me my staff ID yesterday, but the learning platform says my credentials are not recognised. Do I need to be activated first, or is there a separate registration?

Regards,
Grace Lim
""", "elearning_support", "en")

M("hp-tugas-ga-kekirim-file-gede", "2027-02-06 23:40:00",
  ("Ilham", "ilham.f@students.polibatam.ac.id"),
  "tolong kak",
  """kak tgs video sy ga kekirim2, muncul tulisan file terlalu besar. pdhl cm 150mb. deadline jam 12 mlm ini kak tlg
""", "elearning_support", "id", client="iphone")

M("aslab-bank-soal-hilang-setelah-restore", "2027-02-08 08:30:00",
  ("Teguh Wibowo", "teguh.wibowo@polibatam.ac.id"),
  "Soal praktikum kosong",
  """Pagi P4M,

Course Praktikum Jaringan Komputer semester lalu sudah dipindahkan ke semester ini, tetapi semua soal pretest di dalamnya kosong, hanya judulnya saja yang ada. Bisa dibantu dipulihkan? Pretest dimulai Rabu.

Teguh
Asisten Lab Jaringan
""", "elearning_support", "id")

M("en-student-not-in-my-roster", "2027-02-09 10:00:00",
  ("Prof. Alan Whitfield", "a.whitfield@polibatam.ac.id"),
  "Two students missing from my roster",
  """Hello,

Two students who attend my Operations Research lectures in person (student numbers 4312201033 and 4312201051) do not appear on the participants list of the course online, so they cannot open the weekly problem sets. Could you add them?

With thanks,
Alan Whitfield
""", "elearning_support", "en")

M("hp-lupa-sandi-email-reset-ga-masuk", "2027-02-09 06:45:00",
  ("Nurul", "nurul.h@students.polibatam.ac.id"),
  "reset",
  """pagi kak, sy udh klik lupa sandi tp email resetnya ga dtg2 dr semalam, udh cek spam jg ga ada. mhn dibantu kak
""", "elearning_support", "id", client="iphone")

M("en-forum-posts-vanished", "2027-02-10 12:15:00",
  ("Hannah Schmidt", "h.schmidt@polibatam.ac.id"),
  "Discussion threads vanished",
  """Hi team,

All the discussion threads my students wrote in the Intercultural Communication course over the last two weeks seem to have vanished overnight. I did not delete anything. Is there any way to get them back?

Best regards,
Hannah Schmidt
""", "elearning_support", "en")

M("dosen-jadwal-kuis-bergeser-zona-waktu", "2027-02-11 14:20:00",
  ("Andi Firmansyah", "andi.firmansyah@polibatam.ac.id"),
  "Kuis terbuka lebih awal",
  """Siang,

Kuis Fisika Dasar yang saya set buka pukul 13.00 ternyata sudah bisa dikerjakan mahasiswa sejak pukul 06.00 pagi. Sepertinya waktunya bergeser 7 jam. Mohon dicek pengaturan zona waktu di server.

Andi
""", "elearning_support", "id")

M("balasan-ack-mahasiswa-lain-juga-tdk-bisa", "2027-02-12 09:05:00",
  ("Komting TI-1C", "komting.ti1c@students.polibatam.ac.id"),
  "Re: [P4M #0431] Permintaan Anda telah kami terima",
  """min skrg bukan cuma saya, 12 org di kelas kami jg ga bisa buka materi minggu ke-2 Pemrograman Dasar, keluar tulisan "tidak memiliki izin". mohon dicek ya

Pada Kam, 11 Feb 2027 pukul 20.30 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
menulis:
> Terima kasih, permintaan Anda telah kami terima dengan nomor tiket #0431.
""", "elearning_support", "id", reply=ACK % 431)

M("en-app-keeps-asking-site-address", "2027-02-12 18:30:00",
  ("Tomás García", "tomas.garcia@students.polibatam.ac.id"),
  "Phone app",
  """Hey,

The mobile app keeps asking me for the site address and whatever I type it says it can't connect. What's the correct address to put in? Laptop works fine.

Tomás
""", "elearning_support", "en")

# ---------------------------------------------------------------- document_request

M("akreditasi-butuh-sop-penyusunan-soal", "2027-02-01 13:00:00",
  ("Dr. Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
  "Persiapan akreditasi prodi",
  """Yth. Tim P4M,

Untuk melengkapi borang akreditasi Prodi Teknik Informatika, kami memerlukan SOP penyusunan dan validasi soal ujian yang berlaku saat ini. Apakah dokumen tersebut bisa kami peroleh dalam bentuk PDF?

Hormat kami,
Fitri Handayani
Ketua Tim Akreditasi
""", "document_request", "id", client="outlook")

M("dosen-baru-belum-punya-format-rps", "2027-02-02 15:10:00",
  ("Yusuf Hamdani", "yusuf.hamdani@polibatam.ac.id"),
  "RPS",
  """Siang Bu,

Saya baru bergabung di prodi Logistik dan diminta kaprodi menyusun RPS untuk dua mata kuliah. Saya belum pegang format yang dipakai di Polibatam. Bisa dibantu?

Terima kasih,
Yusuf
""", "document_request", "id",
  note="The document is asked for without a verb of asking for it.")

M("en-course-evaluation-questionnaire", "2027-02-03 09:35:00",
  ("Dr. Emily Carter", "e.carter@polibatam.ac.id"),
  "Course evaluation questionnaire",
  """Dear colleagues,

I would like to run a mid-semester feedback survey in my own classes using the same questions as the official end-of-semester evaluation, so that the results are comparable. Would you mind sharing the questionnaire?

Kind regards,
Emily Carter
""", "document_request", "en")

M("hp-contoh-bap-terbaru", "2027-02-04 20:00:00",
  ("Bu Maya", "maya.sari@polibatam.ac.id"),
  "bap",
  """mlm bu, ada contoh BAP perkuliahan yg terbaru? yg sy punya msh format 2023. mksh bu
""", "document_request", "id", client="iphone")

M("gpm-standar-mutu-pembelajaran", "2027-02-06 10:30:00",
  ("Gugus Penjaminan Mutu Teknik", "gpm.teknik@polibatam.ac.id"),
  "Standar SPMI",
  """Dengan hormat,

Gugus Penjaminan Mutu Jurusan Teknik sedang menyusun rencana monev semester genap. Kami mohon dapat diberikan berkas standar pembelajaran dan standar penilaian SPMI edisi terakhir beserta formulir monev-nya.

Hormat kami,
GPM Jurusan Teknik
""", "document_request", "id", client="zimbra")

M("en-where-is-the-rps-template-new-curriculum", "2027-02-08 14:00:00",
  ("Dr. Ravi Menon", "r.menon@polibatam.ac.id"),
  "Syllabus for the new curriculum",
  """Hi,

Is there an updated lesson plan template for the 2027 curriculum (with the OBE learning outcomes table)? The one on the intranet still has the old layout.

Thanks,
Ravi
""", "document_request", "en")

M("sekjur-minta-sk-tim-kurikulum", "2027-02-09 11:15:00",
  ("Sekretariat Jurusan Manajemen Bisnis", "sekjur.mb@polibatam.ac.id"),
  "SK tim pengembang kurikulum",
  """Selamat siang,

Kami memerlukan salinan SK tim pengembang kurikulum yang diterbitkan P4M tahun lalu untuk lampiran laporan kinerja jurusan. Mohon bantuannya.

Terima kasih,
Sekretariat Jurusan Manajemen Bisnis
""", "document_request", "id")

M("dosen-panduan-kelas-hybrid", "2027-02-10 08:05:00",
  ("Siti Nurhaliza, M.Kom.", "siti.nurhaliza@polibatam.ac.id"),
  "Panduan pembelajaran hybrid",
  """Pagi P4M,

Kemarin di rapat jurusan disebut ada pedoman pelaksanaan pembelajaran hybrid yang baru disahkan. Boleh saya dapat filenya? Saya ingin menyesuaikan rencana kelas saya.

Salam,
Siti
""", "document_request", "id")

M("en-reply-ack-also-need-form", "2027-02-11 10:50:00",
  ("Oliver Brown", "o.brown@polibatam.ac.id"),
  "Re: [P4M #0428] We have received your request",
  """Thanks. While you're at it, could you also send me the form for requesting a new course space? My department head says I need to fill it in before next term.

Oliver

On Thu, 11 Feb 2027 at 09:30, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> Thank you, we have received your request as ticket #0428.
""", "document_request", "en", reply=ACK % 428)

# ---------------------------------------------------------------- announcement

M("dosen-sampaikan-ke-mahasiswa-kelas", "2027-02-01 16:30:00",
  ("Eko Prasetyo, S.T., M.T.", "eko.prasetyo@polibatam.ac.id"),
  "Titip informasi untuk kelas Mekatronika",
  """Sore P4M,

Tolong sampaikan ke mahasiswa kelas Mekatronika (MK2207) lewat e-learning bahwa praktikum minggu ini diganti dengan tugas mandiri karena saya dinas luar. Kalau bisa muncul besok pagi jam 7.

Terima kasih,
Eko
""", "announcement", "id",
  fields={"course_code": "MK2207", "course_name": "Mekatronika", "scope": "course",
          "publish_at": "2027-02-02T07:00:00+07:00"})

M("kaprodi-pengumuman-pergantian-dosen-pengampu", "2027-02-02 09:20:00",
  ("Kaprodi Teknik Informatika", "kaprodi.if@polibatam.ac.id"),
  "Pengumuman pergantian dosen pengampu",
  """Yth. Tim P4M,

Mohon dibuatkan pengumuman di course Basis Data Lanjut (IF2205) dengan judul "Pergantian Dosen Pengampu Basis Data Lanjut". Isinya: mulai pertemuan ke-3, perkuliahan diampu oleh Bapak Reza Mahendra, M.Kom. menggantikan Ibu Nia yang sedang cuti melahirkan.

Mohon ditayangkan hari ini juga.

Hormat kami,
Kaprodi Teknik Informatika
""", "announcement", "id",
  fields={"course_code": "IF2205", "course_name": "Basis Data Lanjut",
          "title": "Pergantian Dosen Pengampu Basis Data Lanjut", "scope": "course"},
  note="An announcement about a change of lecturer, not a change of the course's data.")

M("en-please-let-all-students-know-shuttle", "2027-02-03 07:50:00",
  ("General Affairs Office", "umum@polibatam.ac.id"),
  "Campus shuttle timetable",
  """Good morning P4M,

Could you let every student know through the e-learning front page that the campus shuttle will run every 20 minutes from 6:30 to 18:00 starting next week? Please have it up from Friday 5 February 2027, 08:00.

Thank you,
General Affairs Office
""", "announcement", "en",
  fields={"scope": "site", "publish_at": "2027-02-05T08:00:00+07:00"})

M("komting-tolong-diinfokan-ganti-ruang", "2027-02-04 18:40:00",
  ("Arif Budiman", "arif.budiman@students.polibatam.ac.id"),
  "infokan di elearning",
  """kak sy komting kelas Kalkulus II (MA1202). pak dosen minta diinfokan di elearning kelas kita kalo kuliah jumat pindah ke GU 705. bisa di-up malam ini jam 8 kak? makasih
""", "announcement", "id",
  fields={"course_code": "MA1202", "course_name": "Kalkulus II", "scope": "course",
          "publish_at": "2027-02-04T20:00:00+07:00"}, client="iphone")

M("baak-broadcast-batas-cuti-akademik", "2027-02-05 08:30:00",
  ("BAAK Polibatam", "baak@polibatam.ac.id"),
  "Mohon broadcast informasi cuti akademik",
  """Dengan hormat,

Mohon informasi berikut dapat di-broadcast ke seluruh mahasiswa melalui halaman depan e-learning mulai Senin, 8 Februari 2027 pukul 08.00 WIB.

Batas Pengajuan Cuti Akademik Semester Genap

Pengajuan cuti akademik semester genap diterima paling lambat 19 Februari 2027 di loket BAAK.

Hormat kami,
BAAK
""", "announcement", "id", client="outlook",
  fields={"title": "Batas Pengajuan Cuti Akademik Semester Genap", "scope": "site",
          "publish_at": "2027-02-08T08:00:00+07:00"})

M("en-lecturer-tell-my-class-guest-speaker", "2027-02-08 11:40:00",
  ("Dr. Michael Chen", "m.chen@polibatam.ac.id"),
  "Message to my class",
  """Hi,

Could you share the following with the students of Supply Chain Analytics (LG3104) on the course page, titled "Guest Speaker from Batamindo This Thursday"? Our guest from Batamindo Industrial Park will join the second half of Thursday's lecture, so attendance is compulsory.

Tomorrow at 9 am would be ideal.

Thanks,
Michael
""", "announcement", "en",
  fields={"course_code": "LG3104", "course_name": "Supply Chain Analytics",
          "title": "Guest Speaker from Batamindo This Thursday", "scope": "course",
          "publish_at": "2027-02-09T09:00:00+07:00"})

M("kemahasiswaan-share-lomba-beranda", "2027-02-09 13:10:00",
  ("Bagian Kemahasiswaan", "kemahasiswaan@polibatam.ac.id"),
  "Info lomba untuk dishare",
  """Siang tim P4M,

Tolong dishare di beranda e-learning ya untuk semua mahasiswa: pendaftaran Kompetisi Inovasi Teknologi Nasional dibuka sampai 5 Maret, info lengkap di kemahasiswaan. Tayang secepatnya saja.

Terima kasih,
Kemahasiswaan
""", "announcement", "id",
  fields={"scope": "site"})

M("dosen-en-campur-pengumuman-ujian-ulang", "2027-02-10 20:15:00",
  ("Ratna Dewi, M.Sc.", "ratna.dewi@polibatam.ac.id"),
  "remedial",
  """Halo P4M, please post an announcement in my course Kimia Dasar (KI1101): remedial UTS diadakan Senin 15 Februari jam 10.00 di Lab Kimia. Title: Jadwal Remedial UTS Kimia Dasar. Tayang besok jam 7 pagi ya. Thanks!
""", "announcement", "mixed",
  fields={"course_code": "KI1101", "course_name": "Kimia Dasar",
          "title": "Jadwal Remedial UTS Kimia Dasar", "scope": "course",
          "publish_at": "2027-02-11T07:00:00+07:00"})

M("upt-bahasa-umumkan-tes-toefl", "2027-02-11 09:30:00",
  ("UPT Bahasa", "uptbahasa@polibatam.ac.id"),
  "Permohonan publikasi",
  """Yth. P4M,

Mohon bantuan mengumumkan di halaman utama e-learning bahwa tes TOEFL prediksi gelombang 1 dilaksanakan 27 Februari 2027, pendaftaran melalui UPT Bahasa. Judul: Tes TOEFL Prediksi Gelombang 1.

Terima kasih,
UPT Bahasa
""", "announcement", "id",
  fields={"title": "Tes TOEFL Prediksi Gelombang 1", "scope": "site"})

# ---------------------------------------------------------------- course_data

M("enrol-key-salah-minta-diganti", "2027-02-02 11:50:00",
  ("Fajar Ramadhan, M.T.", "fajar.ramadhan@polibatam.ac.id"),
  "Kunci pendaftaran course",
  """Selamat siang,

Mahasiswa saya tidak bisa masuk ke course Sistem Kendali (EL3102) karena kunci pendaftaran yang lama bocor ke kelas lain dan sudah saya minta diblokir. Mohon enrolment key course tersebut diganti menjadi kendali2027 agar hanya kelas saya yang bisa bergabung.

Terima kasih,
Fajar
""", "course_data", "id",
  fields={"course_code": "EL3102", "course_name": "Sistem Kendali",
          "changes": {"enrolment_key": "kendali2027"}},
  note="A problem told first, but what is asked is a change of the enrolment key.")

M("en-lecturer-listed-wrong-replace", "2027-02-03 14:30:00",
  ("Dr. Sophie Martin", "s.martin@polibatam.ac.id"),
  "Wrong lecturer on my course page",
  """Hello,

The course page of Marketing Research (MB3106) still lists Pak Joko as the teacher. I have taken over the course this semester, so please replace him with Dr. Sophie Martin.

Best,
Sophie
""", "course_data", "en",
  fields={"course_code": "MB3106", "course_name": "Marketing Research",
          "changes": {"lecturer": "Dr. Sophie Martin"}})

M("hp-sks-salah-harusnya-3", "2027-02-04 21:10:00",
  ("Pak Dedi", "dedi.kurnia@polibatam.ac.id"),
  "sks",
  """mlm, sks Statistika Industri (TI2104) di elearning ttulis 2, hrsnya 3 sks. mhn dibetulkan. tks
""", "course_data", "id",
  fields={"course_code": "TI2104", "course_name": "Statistika Industri",
          "changes": {"credits": "3"}}, client="iphone")

M("prodi-rename-course-sesuai-kurikulum-en", "2027-02-06 09:15:00",
  ("Programme Office Logistics", "prodi.logistik@polibatam.ac.id"),
  "Course title update",
  """Dear Helpdesk,

Following the 2027 curriculum, please update the title of LG2101 Warehouse Management to "Warehouse and Inventory Management" on the learning platform.

Regards,
Programme Office, Logistics
""", "course_data", "en",
  fields={"course_code": "LG2101", "course_name": "Warehouse Management",
          "changes": {"fullname": "Warehouse and Inventory Management"}})

M("kelas-course-salah-tulis", "2027-02-08 13:45:00",
  ("Rudi Hartono, S.Kom., M.Cs.", "rudi.hartono@polibatam.ac.id"),
  "Kelas di course Jaringan Komputer",
  """Siang,

Course Jaringan Komputer (IF2203) saya di e-learning tercantum untuk kelas IF-2A, padahal yang saya ajar kelas IF-2C. Mohon kelasnya disesuaikan menjadi IF-2C supaya mahasiswa bisa mendaftar.

Terima kasih,
Rudi
""", "course_data", "id",
  fields={"course_code": "IF2203", "course_name": "Jaringan Komputer",
          "changes": {"class": "IF-2C"}})

M("sekjur-ganti-dosen-pengampu-bukan-pengumuman", "2027-02-10 10:40:00",
  ("Sekretariat Jurusan Teknik Mesin", "sekjur.mesin@polibatam.ac.id"),
  "Pergantian dosen",
  """Dengan hormat,

Sehubungan dengan penugasan baru, mohon dosen pengampu course Perpindahan Panas (MT3102) di e-learning diganti menjadi Dr. Andri Saputra, S.T., M.T. mulai minggu ini.

Hormat kami,
Sekretariat Jurusan Teknik Mesin
""", "course_data", "id", client="zimbra",
  fields={"course_code": "MT3102", "course_name": "Perpindahan Panas",
          "changes": {"lecturer": "Dr. Andri Saputra, S.T., M.T."}})

M("en-short-name-shows-old-code", "2027-02-11 15:35:00",
  ("Dr. Nadia Farouk", "n.farouk@polibatam.ac.id"),
  "Old code showing on dashboard",
  """Hi,

My students see Software Project Management (RPL3101) as "RPL-OLD" in their dashboards. The short name should be RPL3101-SPM like every other course in the programme. Could you change it?

Thanks,
Nadia
""", "course_data", "en",
  fields={"course_code": "RPL3101", "course_name": "Software Project Management",
          "changes": {"shortname": "RPL3101-SPM"}})


if __name__ == "__main__":
    sys.exit(E.main())

#!/usr/bin/env python3
"""Generate the twenty-fourth P4M helpdesk TUNING corpus for the request type (labelled e-mails).

Written before any rule for it, in voices no corpus has (Acehnese, Balinese, Palembang and Betawi Indonesian, an
Indian guest lecturer, a Vietnamese and a Dutch colleague, a Malaysian lecturer, a dormitory student, a registrar's
clerk): e-learning trouble that names another system or another office's word only in passing (the campus Wi-Fi,
a meeting, an invitation, the academic office); questions how e-learning works (support) beside a change asked now
(course data) and a matter that is not the unit's (other); a course change told without the usual verbs (what the
record says now, what it is); system notifications that carry no machine headers, and a person forwarding one.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py.
Run:  python3 make_tune24_types.py   (BATCH=1 writes only the first batch)
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
M = E.M
BATCH = int(os.environ.get("BATCH", "3"))


def cd(code=None, name=None, **changes):
    fields = {}
    if code:
        fields["course_code"] = code
    if name:
        fields["course_name"] = name
    if changes:
        fields["changes"] = changes
    return fields


# ================================================================ batch 1

# ---------------------------------------------------------------- e-learning trouble naming another system in passing

M("aceh-kuis-tutup-wifi-kuota", "2028-04-03 08:10:00",
  ("Teuku Rizal Fahmi", "teuku.rizal@students.polibatam.ac.id"),
  "kuis statistika",
  """Assalamualaikum bang/kak P4M,

Kuis 3 Statistika Industri di e-learning selalu tertutup sendiri baru 2 menit dikerjakan, padahal durasinya 60 menit. Sudah ulon coba pakai wifi kampus dan kuota sendiri, hasilnya sama saja. Kawan sekelas juga begitu.

Mohon dibantu, kuisnya tutup hari Kamis.

Teuku Rizal""", "elearning_support", "id", client="iphone",
  note="Acehnese Indonesian: a quiz fault on e-learning; the campus Wi-Fi is only what the writer already tried.")

M("indian-h5p-freezes-wifi-fine", "2028-04-03 10:25:00",
  ("Dr. Venkatesh Iyer", "venkatesh.iyer@polibatam.ac.id"),
  "Interactive videos freeze for my students",
  """Dear P4M team,

The H5P interactive videos in my Power Electronics course stop at around 0:30 for most of my students, with a grey circle that keeps turning. The network people have already checked and say the campus Wi-Fi is fine in that building, and the same students can watch YouTube without trouble. So I believe the problem is in the e-learning player itself.

Kindly look into it at the earliest.

Warm regards,
Dr. Venkatesh Iyer
Guest Faculty, Electrical Engineering""", "elearning_support", "en", client="outlook",
  note="An Indian guest lecturer: a video fault on e-learning; the Wi-Fi is named only as ruled out.")

M("bali-gradebook-abis-rapat", "2028-04-03 13:40:00",
  ("I Gede Wiratama", "gede.wiratama@polibatam.ac.id"),
  "Total nilai di gradebook",
  """Om Swastiastu,

Tadi di rapat prodi ada kolega yang mengeluh hal yang sama, jadi saya laporkan sekalian. Di course Akuntansi Perhotelan (HP2203), kolom total di gradebook tidak menjumlahkan nilai tugas praktik, hanya UTS dan UAS. Bobotnya sudah saya atur 30/30/40 dari awal semester.

Mohon bantuannya dicek nggih.

Om Santih Santih Santih Om
I Gede Wiratama""", "elearning_support", "id", client="thunderbird",
  note="Balinese Indonesian: a gradebook fault; the programme meeting is only where the writer heard of it.")

M("palembang-upload-disuruh-baak", "2028-04-04 09:05:00",
  ("Siti Aminah Rahmawati", "siti.aminah@students.polibatam.ac.id"),
  "gagal upload laporan",
  """Pagi kak,

Aku dak biso upload laporan akhir Praktikum Jaringan di e-learning, muncul tulisan "The file is too large" padahal filenyo cuma 8 MB. Kemarin aku la nanyo ke BAAK, kato mereka itu urusan P4M. Deadline-nyo besok malam kak.

Makasih nian,
Siti Aminah""", "elearning_support", "id", client="iphone",
  note="Palembang Indonesian: an upload fault; the academic office is named only as where the writer was sent from.")

M("terima-kasih-undangan-lalu-presensi", "2028-04-04 14:30:00",
  ("Ratna Dewi Lestari", "ratna.lestari@polibatam.ac.id"),
  "Terima kasih + satu kendala",
  """Selamat siang tim P4M,

Terima kasih atas undangan pelatihan H5P minggu lalu, materinya sangat membantu.

Ada satu kendala: sejak pelatihan itu, laporan presensi di course Ekonomi Mikro saya kalau diekspor ke Excel isinya kosong, hanya judul kolom. Padahal di layar datanya lengkap. Mohon bantuannya.

Salam,
Ratna""", "elearning_support", "id",
  note="Thanks for an invitation first, then an export fault on e-learning: the fault is what is asked.")

M("wifi-asrama-putus-bukan-elearning", "2028-04-04 20:15:00",
  ("Yosef Nainggolan", "yosef.nainggolan@students.polibatam.ac.id"),
  "internet asrama mati terus",
  """Malam min,

Wifi di asrama blok C sudah tiga hari putus-nyambung, tiap malam mati dari jam 8. Mau buka e-learning, YouTube, apa pun tidak bisa. Ini laporannya ke mana ya? Teman-teman satu blok juga sama.

Yosef""", "other", "id", client="iphone",
  note="The dormitory's network, not e-learning: e-learning is only one of the sites that do not open.")

# ---------------------------------------------------------------- how it works (support), asked now (course data), not ours

M("dutch-can-i-rename-myself", "2028-04-05 08:50:00",
  ("Dr. Pieter van der Berg", "pieter.vanderberg@polibatam.ac.id"),
  "Renaming a course myself?",
  """Good morning,

A quick question for my own understanding: am I as a teacher allowed to edit the short name of my course on e-learning, or is that something only your team can do? I looked under Settings and the field seems greyed out.

Nothing has to be changed at the moment; I am only planning ahead for next year.

Kind regards,
Pieter van der Berg""", "elearning_support", "en", client="thunderbird",
  note="A question how e-learning works (who may edit a course's short name), nothing asked to be changed now.")

M("asisten-bisa-tambah-sendiri", "2028-04-05 10:30:00",
  ("Ni Luh Putu Ayu", "putu.ayu@polibatam.ac.id"),
  "Menambahkan asisten praktikum",
  """Halo P4M,

Mau tanya, apakah dosen bisa menambahkan asisten praktikum ke course sendiri sebagai non-editing teacher? Kalau bisa, lewat menu apa ya? Biar saya tidak perlu merepotkan tim P4M tiap semester.

Terima kasih,
Putu Ayu""", "elearning_support", "id",
  note="A question how to add an assistant on e-learning: support.")

M("ternyata-tidak-bisa-sendiri-tolong", "2028-04-05 15:10:00",
  ("Muhammad Farhan Lubis", "farhan.lubis@polibatam.ac.id"),
  "Nama course Mekanika Tanah",
  """Sore P4M,

Saya coba ganti sendiri ternyata menunya tidak ada untuk dosen. Jadi saya minta tolong saja: course TS2201 yang sekarang bernama Mekanika Tanah, jadikan Mekanika Tanah I, karena semester depan ada Mekanika Tanah II.

Makasih,
Farhan""", "course_data", "id",
  cd("TS2201", "Mekanika Tanah", fullname="Mekanika Tanah I"),
  note="The writer found they cannot do it and asks the unit now: a rename with its value.")

M("bisakah-diganti-menjadi", "2028-04-06 09:00:00",
  ("Hendrik Saragih", "hendrik.saragih@polibatam.ac.id"),
  "BD2101",
  """Selamat pagi,

Bisakah nama course BD2101 Basis Data diganti menjadi Basis Data Terapan? Sudah disetujui dalam kurikulum baru yang berlaku semester ini.

Terima kasih,
Hendrik Saragih""", "course_data", "id",
  cd("BD2101", "Basis Data", fullname="Basis Data Terapan"),
  note="A polite question that asks now: 'bisakah ... diganti menjadi X' with the value is a change request.")

M("malaysia-who-decides-names", "2028-04-06 11:20:00",
  ("Dr. Nurul Izzah binti Ahmad", "nurul.izzah@polibatam.ac.id"),
  "Official course names - who decides?",
  """Salam sejahtera,

I am drafting the new curriculum for the Logistics programme. May I know who decides the official course names at Polibatam: the programme itself, or the academic office? I want to be sure the names I propose are the ones that will be used everywhere later.

Terima kasih,
Dr. Nurul Izzah""", "other", "en",
  note="A Malaysian colleague asks who decides course names in a curriculum: not the unit's matter, nothing to change.")

M("sks-magang-ke-siapa", "2028-04-06 13:45:00",
  ("Agus Salim Harahap", "agus.harahap@polibatam.ac.id"),
  "SKS magang kurikulum baru",
  """Selamat siang,

Apakah beban SKS mata kuliah Magang Industri bisa dinaikkan menjadi 20 SKS di kurikulum yang baru? Kalau bisa, usulannya saya ajukan ke siapa ya, ke prodi atau ke bagian akademik?

Terima kasih,
Agus Salim""", "other", "id",
  note="A curriculum question (credits of a course in the next curriculum), addressed to whoever decides: not ours.")

# ---------------------------------------------------------------- a change told without the usual verbs

M("padahal-kurikulum-termodinamika", "2028-04-07 08:15:00",
  ("Bonifasius Tukan", "boni.tukan@polibatam.ac.id"),
  "TK2203",
  """Pagi P4M,

MK TK2203 di e-learning masih Termodinamika Teknik, padahal di kurikulum 2027 namanya Termodinamika Teknik I.

Trims,
Boni""", "course_data", "id",
  cd("TK2203", "Termodinamika Teknik", fullname="Termodinamika Teknik I"),
  note="What the record says now and what it is, with no verb of change: a rename.")

M("dutch-credits-since-this-year", "2028-04-07 10:40:00",
  ("Ir. Maarten de Vries", "maarten.devries@polibatam.ac.id"),
  "IE3301 credits",
  """Hello,

My course page for IE3301 Production Planning says 2 credits. Since this academic year it is 3 credits.

Regards,
Maarten de Vries""", "course_data", "en",
  cd("IE3301", "Production Planning", credits="3 credits"),
  note="A Dutch colleague states the current value and the true one, nothing more: a credits change.")

M("vietnam-lecturer-it-is-me-now", "2028-04-07 14:00:00",
  ("Dr. Nguyen Thi Lan", "nguyen.lan@polibatam.ac.id"),
  "ME2210 Fluid Mechanics",
  """Dear P4M,

The lecturer listed for ME2210 Fluid Mechanics is still Mr. Hendra Gunawan. From this semester it is me, Dr. Nguyen Thi Lan.

Best regards,
Nguyen Thi Lan""", "course_data", "en",
  cd("ME2210", "Fluid Mechanics", lecturer="Dr. Nguyen Thi Lan"), client="gmail",
  note="A Vietnamese colleague: the listed lecturer and who it is now, no verb of change.")

M("betawi-shortname-doang", "2028-04-08 09:30:00",
  ("Rizky Maulana", "rizky.maulana@polibatam.ac.id"),
  "short name MTK",
  """Min, short name course Matematika Diskrit aye masih MTK-1 doang, mustinya MTK1-TRPL2A biar kagak ketuker ama kelas laen.

Makasih ye,
Rizky""", "course_data", "id",
  cd(None, "Matematika Diskrit", shortname="MTK1-TRPL2A"), client="iphone",
  note="Betawi Indonesian: the short name now and what it ought to be ('mustinya').")

M("key-sekarang-untuk-semester-ini", "2028-04-08 11:10:00",
  ("Lusiana Hutapea", "lusiana.hutapea@polibatam.ac.id"),
  "Kimia Dasar KI1101",
  """Selamat siang,

Enrolment key Kimia Dasar (KI1101) yang sekarang: kimia2026
Untuk semester genap ini: KIMIA-GENAP28

Terima kasih.
Lusiana""", "course_data", "id",
  cd("KI1101", "Kimia Dasar", enrolment_key="KIMIA-GENAP28"),
  note="Two lines, the key now and the key for this term, no verb: a key change.")

# ---------------------------------------------------------------- system notifications without machine headers

M("eoffice-disposisi-formulir", "2028-04-09 07:02:00",
  ("E-Office Polibatam", "eoffice@polibatam.ac.id"),
  "Disposisi baru: Permohonan formulir evaluasi pembelajaran",
  """Yth. Helpdesk P4M,

Anda menerima disposisi baru di E-Office.

Nomor agenda : 1187/D/2028
Perihal      : Permohonan formulir evaluasi pembelajaran
Dari         : Wakil Direktur Bidang Akademik
Sifat        : Biasa

Silakan masuk ke https://eoffice.polibatam.ac.id untuk membaca dan menindaklanjuti dokumen tersebut.

Email ini dikirim secara otomatis oleh sistem E-Office. Mohon tidak membalas email ini.""", "auto", "id",
  client="plain",
  note="A document system's notification with no machine header: it names a form and a document, and says it is sent "
       "automatically.")

M("signing-request-automated", "2028-04-09 08:30:00",
  ("SignFlow", "signature@signflow-mail.com"),
  "Document awaiting your signature: Formulir Usulan Course Baru",
  """Hello Helpdesk P4M,

Dr. Ahmad Fauzi sent you a document to review and sign.

Document: Formulir Usulan Course Baru 2028.pdf
Expires: 23 April 2028

REVIEW DOCUMENT: https://app.signflow-mail.com/s/8f2k19

This is an automated message. Replies to this address are not monitored.
SignFlow Inc. | Privacy | Terms""", "auto", "en",
  client="plain",
  note="An e-signature service's request with no machine header: a document named, an automated footer.")

M("formulir-respons-baru", "2028-04-09 10:45:00",
  ("Formulir P4M", "formulir@polibatam.ac.id"),
  "Respons baru: Formulir Permintaan Dokumen Mutu",
  """Ada 1 respons baru pada formulir "Formulir Permintaan Dokumen Mutu".

Lihat semua respons: https://formulir.polibatam.ac.id/r/dokumen-mutu

Pemberitahuan ini dibuat otomatis. Anda menerimanya karena Anda pemilik formulir ini.""", "auto", "id",
  client="plain",
  note="A form system's notice that a response came in, without the response and with no machine header.")

M("fwd-disposisi-tolong-kirim", "2028-04-09 13:20:00",
  ("Sri Wahyuni", "sri.wahyuni@polibatam.ac.id"),
  "Fwd: Disposisi baru: Permohonan formulir evaluasi pembelajaran",
  """Mas/Mbak P4M,

Ini disposisi dari Wadir yang masuk ke saya juga. Formulir evaluasi pembelajaran versi terbaru mohon dikirimkan ke saya ya, untuk dibagikan ke dosen prodi.

Terima kasih,
Sri

---------- Forwarded message ---------
From: E-Office Polibatam <eoffice@polibatam.ac.id>
Subject: Disposisi baru: Permohonan formulir evaluasi pembelajaran

Anda menerima disposisi baru di E-Office.
Perihal : Permohonan formulir evaluasi pembelajaran

Email ini dikirim secara otomatis oleh sistem E-Office. Mohon tidak membalas email ini.""", "document_request", "id",
  note="A person forwarding a system notification with her own request: human mail, a document asked for.")

if BATCH >= 2:
    # ============================================================ batch 2 (written before any rule for it)

    # ------------------------------------------------------------ e-learning trouble naming another word in passing

    M("banjar-gradebook-habis-rapat-jurusan", "2028-04-17 08:20:00",
      ("Muhammad Rusydi Noor", "rusydi.noor@polibatam.ac.id"),
      "nilai kuis kada muncul",
      """Assalamualaikum,

Pas rapat jurusan kemarin kami sempat bahas e-learning, jadi ulun sampaikan sekalian. Nilai kuis 1 sampai 3 di course Pengantar Bisnis kada muncul di gradebook, padahal kuisnya sudah dinilai otomatis.

Minta tolong dicek lah.

Rusydi""", "elearning_support", "id", client="iphone",
      note="Banjar Indonesian: grades missing from the gradebook; the department meeting is only where it came up.")

    M("french-scorm-blank-wifi-slow", "2028-04-17 10:05:00",
      ("Dr. Camille Laurent", "camille.laurent@polibatam.ac.id"),
      "Blank page in my course package",
      """Dear colleagues,

The SCORM package in my course Technical French shows only a blank page when students open it. The campus Wi-Fi is slow these days, but that is not the cause: at home, on my own fibre connection, I get the same blank page in two browsers.

Could you have a look?

Bien cordialement,
Camille Laurent""", "elearning_support", "en", client="thunderbird",
      note="A French colleague: a SCORM fault; the slow Wi-Fi is named and ruled out in its own sentence.")

    M("ambon-magang-submit-seng-bisa", "2028-04-17 15:30:00",
      ("Yohanis Latuconsina", "yohanis.latuconsina@students.polibatam.ac.id"),
      "tombol submit kuis",
      """Selamat sore kakak,

Beta ada magang di galangan kapal jadi kerjakan kuis dari HP. Tombol submit di kuis Mekanika Teknik seng bisa ditekan, abu-abu saja. Su coba keluar masuk tetap sama.

Tolong bantu e, kuis tutup malam ini.

Yohanis""", "elearning_support", "id", client="iphone",
      note="Ambonese Indonesian: a quiz button fault; the internship is only why the writer works from a phone.")

    M("jawa-ngoko-beasiswa-error-500", "2028-04-18 09:10:00",
      ("Dimas Prasetyo", "dimas.prasetyo@students.polibatam.ac.id"),
      "error 500 pas ngumpulke tugas",
      """Mas/Mbak P4M,

Tugas esai Bahasa Indonesia iku syarat beasiswaku semester iki. Pas tak kumpulke neng e-learning metu error 500, wis tak baleni ping telu tetep gagal.

Tulung dibantu nggih.

Dimas""", "elearning_support", "id",
      note="Javanese ngoko: an upload that fails; the scholarship is only why the task matters to the writer.")

    M("papua-ps-undangan-lalu-forum", "2028-04-18 11:40:00",
      ("Yuliana Wenda", "yuliana.wenda@polibatam.ac.id"),
      "Undangan seminar & forum",
      """Selamat siang P4M,

Sa su terima undangan seminar literasi digital tanggal 30 April, terima kasih, sa akan datang.

Satu lagi: forum diskusi di course Pengantar Sosiologi sa tra bisa dibalas mahasiswa, tombol Reply hilang sejak kemarin. Mohon dicek.

Yuliana""", "elearning_support", "id",
      note="Papuan Indonesian: an invitation acknowledged, then a forum fault on e-learning asked about.")

    M("ukt-belum-masuk-tidak-bisa-kelas", "2028-04-18 14:00:00",
      ("Andreas Kambu", "andreas.kambu@students.polibatam.ac.id"),
      "pembayaran ukt belum terbaca",
      """Permisi min,

Pembayaran UKT saya lewat bank sudah dari tanggal 2 tapi di sistem masih belum lunas, jadi saya tidak bisa isi KRS dan tidak bisa masuk kelas di e-learning. Ini harus urus ke mana ya?

Andreas""", "other", "id", client="iphone",
      note="A fee payment not recorded: the finance office's; e-learning is only what follows from it.")

    M("wifi-lab-mati-ujian", "2028-04-19 07:45:00",
      ("Stefanus Ginting", "stefanus.ginting@polibatam.ac.id"),
      "Wifi lab komputer mati",
      """Pagi,

Wifi di lab komputer lantai 3 mati sejak jam 7, padahal jam 8 ada ujian di e-learning untuk dua kelas. Mohon teknisi jaringan segera dikirim.

Stefanus Ginting""", "other", "id",
      note="The lab's network is down: the ICT office's; the exam on e-learning is only what it holds up.")

    # ------------------------------------------------------------ how it works, asked now, not ours

    M("singapore-hide-course-before-term", "2028-04-19 10:15:00",
      ("Ms. Tan Hui Ling", "tan.huiling@polibatam.ac.id"),
      "Hiding a course until term starts",
      """Hi team,

Just wondering: is it possible for lecturers to hide a course from students until the term starts, or does that have to go through you? I would rather not bother you every semester if there is a switch somewhere.

Cheers,
Hui Ling""", "elearning_support", "en",
      note="A question how e-learning works (who can hide a course): support.")

    M("jawa-ngganti-key-dewe", "2028-04-19 13:30:00",
      ("Sri Rahayu Ningsih", "sri.rahayu@polibatam.ac.id"),
      "enrolment key",
      """Mas, dosen iso ngganti enrolment key course dewe ora? Nek iso carane piye, menu ne neng ndi?

Suwun,
Sri""", "elearning_support", "id", client="iphone",
      note="Javanese ngoko: whether and how a lecturer changes a course key themselves ('dewe'), no key given.")

    M("can-credits-be-set-to-4", "2028-04-20 08:40:00",
      ("Dr. Samuel Okafor", "samuel.okafor@polibatam.ac.id"),
      "EE2104 credits",
      """Good morning,

Can the credits for EE2104 Signals and Systems be set to 4 credits? The revised curriculum took effect this semester and the course grew from 3 to 4.

Thank you,
Samuel Okafor""", "course_data", "en",
      cd("EE2104", "Signals and Systems", credits="4 credits"), client="outlook",
      note="A question that asks now with its value ('can ... be set to 4 credits?'): a credits change.")

    M("sasak-tidak-bisa-sendiri-key", "2028-04-20 10:50:00",
      ("Lalu Muhammad Zaini", "lalu.zaini@polibatam.ac.id"),
      "Key Fisika Terapan",
      """Assalamualaikum,

Tiang sudah cari menu untuk ganti kunci pendaftaran sendiri, tapi ndek ada untuk dosen. Jadi tiang minta tolong P4M: kunci pendaftaran Fisika Terapan (FT1104) jadikan FISTER-28.

Tampiasih,
Lalu Zaini""", "course_data", "id",
      cd("FT1104", "Fisika Terapan", enrolment_key="FISTER-28"),
      note="Sasak Indonesian: the writer found no menu and asks the unit for the key with its value.")

    M("platform-diganti-tahun-depan", "2028-04-20 14:20:00",
      ("Benediktus Manek", "benediktus.manek@polibatam.ac.id"),
      "Rencana platform e-learning",
      """Selamat siang,

Saya dengar di rapat pimpinan bahwa e-learning akan diganti ke platform lain tahun depan. Apakah itu benar? Kalau benar, apakah materi kami nanti ikut dipindahkan?

Salam,
Benediktus""", "other", "id",
      note="A question about the unit's plans, heard at a meeting: to be told, no help with e-learning asked.")

    M("who-approves-new-elective", "2028-04-21 09:00:00",
      ("Capt. Ricardo Santos", "ricardo.santos@polibatam.ac.id"),
      "New elective - who approves?",
      """Hello,

I would like to propose a new elective, Maritime Law, for the next curriculum. Who approves new electives here, and is there a deadline for proposals?

Thanks,
Ricardo Santos""", "other", "en",
      note="A curriculum proposal asked about: the programme's and the academic office's, not the unit's.")

    # ------------------------------------------------------------ a change told without the usual verbs

    M("ambon-pengampu-tertera", "2028-04-21 11:30:00",
      ("Maria Pattinama, M.Pd.", "maria.pattinama@polibatam.ac.id"),
      "Pengampu Pendidikan Pancasila",
      """Selamat siang,

Course Pendidikan Pancasila (PP1101):
Pengampu tertera: Drs. Yakobus Latuheru
Pengampu semester ini: Maria Pattinama, M.Pd.

Danke,
Maria""", "course_data", "id",
      cd("PP1101", "Pendidikan Pancasila", lecturer="Maria Pattinama, M.Pd."),
      note="Ambonese: two labelled lines, the lecturer shown and the lecturer this term; no verb.")

    M("french-page-reads-now-is", "2028-04-21 15:00:00",
      ("Dr. Camille Laurent", "camille.laurent@polibatam.ac.id"),
      "EE3102 name",
      """Hello again,

EE3102's page reads "Digital Signal Processing". Since the new curriculum the course is "Digital Signal Processing I".

Merci,
Camille""", "course_data", "en",
      cd("EE3102", "Digital Signal Processing", fullname="Digital Signal Processing I"), client="thunderbird",
      note="What the page reads and what the course is: a rename with no verb.")

    M("nama-mk-di-sk-direktur", "2028-04-22 08:30:00",
      ("Sekretariat Prodi Teknik Mesin", "prodi.mesin@polibatam.ac.id"),
      "Nama MK ME1203",
      """Yth. Tim P4M,

Nama MK ME1203 di e-learning: Bahasa Inggris Teknik
Nama MK ME1203 menurut SK Direktur: Bahasa Inggris untuk Teknik

Terima kasih.

Sekretariat Prodi Teknik Mesin""", "course_data", "id",
      cd("ME1203", "Bahasa Inggris Teknik", fullname="Bahasa Inggris untuk Teknik"), client="outlook",
      note="A secretariat sets the name on e-learning beside the name in the decree: a rename told by two lines.")

    M("egypt-key-still-while", "2028-04-22 10:10:00",
      ("Dr. Ahmed Mansour", "ahmed.mansour@polibatam.ac.id"),
      "AR1101 key",
      """Dear P4M,

The enrolment key of AR1101 Arabic for Beginners is still salam2027, while the students of this term have been given AHLAN28 by the programme.

With thanks,
Ahmed Mansour""", "course_data", "en",
      cd("AR1101", "Arabic for Beginners", enrolment_key="AHLAN28"),
      note="An Egyptian guest lecturer: the key still there against the key the students were given.")

    # ------------------------------------------------------------ system notifications without machine headers

    E.RAW("simutu-dokumen-diperbarui", "2028-04-23 06:00:00", """From: Sistem Dokumen Mutu <simutu@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Dokumen diperbarui: SOP Pengelolaan E-learning (Revisi 3)
Date: Sun, 23 Apr 2028 06:00:00 +0700
Message-ID: <simutu-20280423-0600-1187@polibatam.ac.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Dokumen berikut telah diperbarui di Sistem Dokumen Mutu:

Judul dokumen : SOP Pengelolaan E-learning
Revisi        : 3
Unit pemilik  : P4M
Tanggal       : 22 April 2028

Unduh dokumen: https://simutu.polibatam.ac.id/dokumen/sop-p4m-04

Pesan ini terkirim otomatis dari Sistem Dokumen Mutu.
""", "auto", "id",
          note="A quality-document system's notice with no machine header: names an SOP, says it was sent automatically.")

    E.RAW("recording-unmonitored-mailbox", "2028-04-23 09:15:00", """From: MeetRoom Cloud <recordings@meetroom-cloud.com>
To: helpdesk-p4m@polibatam.ac.id
Subject: Your cloud recording and transcript document are ready
Date: Sun, 23 Apr 2028 09:15:00 +0700
Message-ID: <rec-7f31a2@meetroom-cloud.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Hi Helpdesk P4M,

Your cloud recording is now available.

Topic: Klinik E-learning Dosen Baru
Recording: https://meetroom-cloud.com/rec/share/Xk2P
Transcript document: https://meetroom-cloud.com/rec/transcript/Xk2P

This email was sent from an unmonitored mailbox.
MeetRoom Cloud Inc.
""", "auto", "en",
          note="A meeting service's notice with no machine header: a transcript document, an unmonitored mailbox.")

    M("tempel-pesan-sistem-tanya", "2028-04-23 13:00:00",
      ("Rosalina Siregar", "rosalina.siregar@polibatam.ac.id"),
      "Maksud email dari sistem ini apa?",
      """Selamat siang P4M,

Saya dapat email dari e-learning yang isinya begini:

"Your backup of course MN2201 could not be completed. Email ini dikirim secara otomatis, mohon tidak membalas email ini."

Maksudnya apa ya? Apakah materi course saya hilang? Mohon penjelasannya.

Rosalina""", "elearning_support", "id",
      note="A person pasting a system's notice (its automatic footer too) to ask what it means: human mail, support.")

if BATCH >= 3:
    # ============================================================ batch 3 (written before any rule for it)

    M("madura-kuis-permission-beasiswa", "2028-05-01 19:20:00",
      ("Moh. Syaiful Anam", "syaiful.anam@students.polibatam.ac.id"),
      "kuis tak bisa dibuka",
      """Malam kak,

Kuis 2 Bahasa Inggris Bisnis tak bisa dibuka, muncul "Sorry, but you do not currently have permission to do that". Besok pagi saya harus ke kantor beasiswa ngurus berkas, jadi mau ngerjain malam ini.

Tolong dibantu kak.

Syaiful""", "elearning_support", "id", client="iphone",
      note="Madurese Indonesian: a quiz refused by a permission error; the scholarship office is only the writer's plan.")

    M("turkish-key-works-enrolment-disabled", "2028-05-02 09:00:00",
      ("Dr. Emre Yildiz", "emre.yildiz@polibatam.ac.id"),
      "Students cannot join after the key",
      """Hello,

The enrolment key of my course Renewable Energy Systems is correct, the students type it exactly as I gave it, but then they land on a page saying "Enrolment is disabled or inactive". Nobody has joined yet and classes start on Monday.

Could you check what is wrong?

Emre Yildiz""", "elearning_support", "en", client="thunderbird",
      note="A Turkish colleague: a key named as right, enrolment failing: support, no change of the key.")

    M("pakistan-remove-me-lecturer", "2028-05-02 11:15:00",
      ("Dr. Farah Naz", "farah.naz@polibatam.ac.id"),
      "ME2101 - not my course any more",
      """Dear P4M,

My name still appears as the lecturer of ME2101 Thermodynamics, which I stopped teaching in February. The course is taught by Dr. Imran Qureshi now, so please show him there instead of me.

Regards,
Farah Naz""", "course_data", "en",
      cd("ME2101", "Thermodynamics", lecturer="Dr. Imran Qureshi"), client="outlook",
      note="A Pakistani colleague: the lecturer shown and who teaches now, asked as 'show him there instead of me'.")

    M("kenya-credit-value-transfer", "2028-05-02 14:40:00",
      ("Brian Otieno", "brian.otieno@students.polibatam.ac.id"),
      "Credit value of EE3201",
      """Hi,

Could you tell me the credit value of EE3201 Control Systems? I need it for my credit transfer application to my home university.

Thanks,
Brian""", "other", "en",
      note="A Kenyan exchange student asks a course's credits for a transfer form: to be told, nothing to change.")

    M("mexico-rename-list-after-senate", "2028-05-03 08:30:00",
      ("Dra. Lucia Hernandez", "lucia.hernandez@polibatam.ac.id"),
      "Course renames coming",
      """Dear team,

Our department will rename several of its courses for next year. We will send you the full list once the academic senate approves it; nothing is final yet.

Best,
Lucia Hernandez""", "other", "en",
      note="A Mexican colleague tells of renames to come once approved: a plan told ahead, nothing asked now.")

    M("medan-sks-tertulis-yang-betul", "2028-05-03 10:10:00",
      ("Togar Simbolon", "togar.simbolon@polibatam.ac.id"),
      "SKS Kalkulus II",
      """Horas P4M,

Kalkulus II (MA1202) di e-learning tertulis 2 SKS, yang betul 3 SKS.

Mauliate,
Togar""", "course_data", "id",
      cd("MA1202", "Kalkulus II", credits="3 SKS"),
      note="Batak Medan: what is written and what is right, one line, no verb.")

    M("nias-mahasiswa-pertukaran", "2028-05-03 13:30:00",
      ("Yaredi Zebua", "yaredi.zebua@polibatam.ac.id"),
      "mahasiswa pertukaran tidak bisa masuk course",
      """Selamat siang,

Ada tiga mahasiswa pertukaran dari kampus lain di kelas saya, Sistem Digital. Mereka sudah punya akun tamu tapi tidak bisa masuk ke course, hanya sampai halaman depan. Bagaimana supaya mereka bisa ikut kuliah online?

Yaredi Zebua""", "elearning_support", "id",
      note="Exchange students with guest accounts who cannot enter the course: support.")

    M("laptop-inventaris-layar-mati", "2028-05-04 08:00:00",
      ("Dewi Anggraini", "dewi.anggraini@polibatam.ac.id"),
      "laptop tidak bisa dipakai",
      """Pagi,

Laptop inventaris saya layarnya mati total sejak kemarin, jadi tidak bisa dipakai buka e-learning untuk kuliah siang ini. Bisa dibantu diperbaiki atau dipinjami yang lain?

Dewi""", "other", "id",
      note="An office laptop broken: the general services'; e-learning is only what it cannot open.")

    M("apakah-nama-bisa-jadi", "2028-05-04 10:30:00",
      ("Ir. Hasanuddin Siregar", "hasanuddin.siregar@polibatam.ac.id"),
      "nama course",
      """Selamat pagi,

Apakah nama course saya bisa jadi "Etika Profesi Teknik"? Sekarang masih "Etika Profesi", kodenya EP3101.

Hasanuddin""", "course_data", "id",
      cd("EP3101", "Etika Profesi", fullname="Etika Profesi Teknik"),
      note="A question that asks now, with the new and the current value: a rename.")

    E.RAW("sipena-pengingat-rps", "2028-05-04 06:00:00", """From: SIPENA Polibatam <sipena@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Pengingat: batas unggah dokumen RPS 10 Mei 2028
Date: Thu, 04 May 2028 06:00:00 +0700
Message-ID: <sipena-rps-20280504@polibatam.ac.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Yth. Bapak/Ibu,

Batas unggah dokumen RPS semester genap adalah 10 Mei 2028. Dokumen yang belum diunggah: 3.

Unggah di https://sipena.polibatam.ac.id/rps

Ini adalah pengingat otomatis dari SIPENA.
""", "auto", "id",
          note="A planning system's reminder with no machine header: a document named, 'pengingat otomatis'.")

    E.RAW("formstack-new-submission", "2028-05-04 09:45:00", """From: FormDesk <alerts@formdesk-mail.com>
To: helpdesk-p4m@polibatam.ac.id
Subject: New submission: Course Request Form
Date: Thu, 04 May 2028 09:45:00 +0700
Message-ID: <fd-5521-a@formdesk-mail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Your form "Course Request Form" has a new submission.

View it in your FormDesk account: https://formdesk-mail.com/s/5521

This notification was generated by FormDesk. You are receiving it because you own this form.
""", "auto", "en",
          note="A form service's notice of a submission (not its content), no machine header.")

    M("disclaimer-mohon-tidak-membalas", "2028-05-04 13:15:00",
      ("Bagian Penjaminan Mutu", "bpm@polibatam.ac.id"),
      "Permintaan SOP pengelolaan e-learning",
      """Yth. Tim P4M,

Untuk persiapan audit mutu internal, mohon dikirimkan SOP pengelolaan e-learning versi terbaru beserta formulir pendukungnya.

Terima kasih.

Bagian Penjaminan Mutu
Politeknik Negeri Batam

--
Email ini bersifat rahasia dan hanya ditujukan kepada penerima yang dimaksud.
Mohon tidak membalas email ini apabila Anda bukan penerima yang dimaksud, dan segera hapus.""", "document_request", "id",
      client="outlook",
      note="A person's document request whose signature carries a disclaimer line that reads like a system's: human.")

E.PLAN = {}
for m in E.MAILS:
    E.PLAN[m["type"]] = E.PLAN.get(m["type"], 0) + 1

if __name__ == "__main__":
    sys.exit(E.main())

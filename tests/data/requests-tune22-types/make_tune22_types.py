#!/usr/bin/env python3
"""Generate the twenty-second P4M helpdesk TUNING corpus for the request type and announcements (labelled e-mails).

Written before any rule for it, in voices no corpus has (Makassar, Manado, Javanese krama and Batak Indonesian, a
Filipino guest lecturer, a Thai and a Korean exchange lecturer, a lab technician, a parent, an applicant): course
data changes told through their symptom (students who cannot find a course under its old name, a key that "does not
work" because it should be changed, access asked for the lecturer who takes a course over, a change asked inside a
complaint); mail about another system (the academic information system spelled out, eduroam, campus Office 365
mail, the library repository, SISTER, the admissions portal) that reads like e-learning support; support that
names those systems and stays support; questions that name course fields; announcements for one class, a cohort or
everyone, with publish times beside event times and deadlines.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py.
Run:  python3 make_tune22_types.py   (BATCH=1 or BATCH=2 writes only the first batches)
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


def an(title, scope, publish_at=None, code=None, name=None):
    fields = {"title": title, "scope": scope}
    if publish_at:
        fields["publish_at"] = publish_at
    if code:
        fields["course_code"] = code
    if name:
        fields["course_name"] = name
    return fields


# ================================================================ batch 1

# ---------------------------------------------------------------- a change told through its symptom

M("makassar-nama-lama-bingung-cari", "2028-02-07 09:12:00",
  ("Andi Baso Tenri", "andi.baso@polibatam.ac.id"),
  "kelas saya susah dicari",
  """Assalamualaikum tim P4M,

Mahasiswa ta' banyak yang bingung ji cari kelas ku di e-learning, karena namanya masih yang lama, Dasar Elektronika (EL1203). Di KRS mereka sudah Elektronika Dasar I. Tolong mi dipakai nama Elektronika Dasar I supaya sama.

Terima kasih banyak,
Andi Baso Tenri""", "course_data", "id",
  cd("EL1203", "Dasar Elektronika", fullname="Elektronika Dasar I"),
  note="Makassar Indonesian: the rename told through students who cannot find the course ('tolong mi dipakai nama').")

M("filipino-key-not-working-make-it", "2028-02-07 14:30:00",
  ("Engr. Marites Dela Cruz", "marites.delacruz@polibatam.ac.id"),
  "Enrolment key issue - MT3105",
  """Good afternoon po,

Some of my second-batch students say the enrolment key of MT3105 Marine Engineering Systems "doesn't work for them" - honestly the problem is that last year's batch still has the old key and keeps joining. Kindly make it SEAWAVE27 from now on so only the new batch can enrol.

Salamat and God bless,
Engr. Marites Dela Cruz
Visiting Lecturer, Maritime Engineering""", "course_data", "en",
  cd("MT3105", "Marine Engineering Systems", enrolment_key="SEAWAVE27"), client="outlook",
  note="A key that 'doesn't work' because it should be changed; the verb is 'make it X'.")

M("manado-kase-akses-dosen-baru", "2028-02-08 08:05:00",
  ("Jefry Lumintang", "jefry.lumintang@polibatam.ac.id"),
  "akses e-learning Akuntansi Biaya",
  """Selamat pagi P4M,

Mulai minggu depan Akuntansi Biaya (AK2204) so diambe alih Meity Rondonuwu, S.E., M.Ak. karena kita dapa tugas ke Jakarta satu semester. Minta tolong kase akses pa dia sebagai dosen pengampu di e-learning, kita so nda mengajar itu kelas.

Makase banyak,
Jefry""", "course_data", "id",
  cd("AK2204", "Akuntansi Biaya", lecturer="Meity Rondonuwu, S.E., M.Ak."), client="iphone",
  note="Manado Indonesian: access asked for the colleague who takes the course over (a lecturer change).")

M("keluhan-sks-dibetulkan", "2028-02-08 16:40:00",
  ("Dr. Ir. Bambang Sutrisno, M.Eng.", "bambang.sutrisno@polibatam.ac.id"),
  "Keluhan: laporan saya tidak ditanggapi",
  """Kepada Tim P4M,

Saya menyampaikan kekecewaan. Sudah tiga minggu sejak saya melapor, namun beban mata kuliah Statika (TS1102) di e-learning tetap tercantum 2 SKS. Mahasiswa jadi mengira kuliah ini ringan. Tolong dibetulkan ke 3 SKS minggu ini juga.

Hormat saya,
Bambang Sutrisno""", "course_data", "id",
  cd("TS1102", "Statika", credits="3 SKS"), client="outlook",
  note="A change asked inside a complaint ('dibetulkan ke').")

M("thai-supposed-to-be-me", "2028-02-09 10:20:00",
  ("Dr. Kanokwan Srisuk", "kanokwan.srisuk@polibatam.ac.id"),
  "Wrong teacher on my course page",
  """Hello P4M,

When students open IT4402 Cloud Computing they still see Dr. Somchai Boonmee as the teacher, and some of them wrote to him instead of me. He went back to Bangkok in August. The teacher there is supposed to be me, Dr. Kanokwan Srisuk.

Thank you ka,
Kanokwan""", "course_data", "en",
  cd("IT4402", "Cloud Computing", lecturer="Dr. Kanokwan Srisuk"), client="gmail",
  note="A Thai exchange lecturer: the lecturer change told as a symptom ('is supposed to be me').")

M("singkatan-kalender-mestinya", "2028-02-09 13:15:00",
  ("Yohana Simanjuntak", "yohana.simanjuntak@polibatam.ac.id"),
  "KM1201 tampil aneh di kalender mahasiswa",
  """Siang, tim P4M.

Di kalender dan notifikasi HP mahasiswa, MK Kimia Terapan (KM1201) muncul sebagai KIMTER-OLD. Mestinya singkatannya KIMTER-2028. Tolong disesuaikan ya.

Yohana""", "course_data", "id",
  cd("KM1201", "Kimia Terapan", shortname="KIMTER-2028"), client="gmail",
  note="The short name told through where it shows ('mestinya').")

M("jawa-krama-nami-lami", "2028-02-10 07:45:00",
  ("Drs. Sutarno Hadiwijoyo", "sutarno.hadi@polibatam.ac.id"),
  "Nyuwun pirsa, nami mata kuliah",
  """Sugeng enjang Bapak/Ibu P4M,

Nyuwun sewu, nami mata kuliah Fisika Dasar (FI1101) wonten e-learning taksih nami lami, mahasiswa sami bingung. Mangga dipun gantos dados Fisika Teknik I.

Matur nuwun,
Sutarno""", "course_data", "mixed",
  cd("FI1101", "Fisika Dasar", fullname="Fisika Teknik I"), client="zimbra",
  note="Javanese krama: the rename asked with 'dipun gantos dados'.")

M("kelas-malam-tertulis-pagi", "2028-02-10 19:30:00",
  ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
  "Mahasiswa kelas malam tidak bisa masuk",
  """Malam,

Anak-anak kelas malam saya bingung mencari course Basis Data (MI2105) karena kelas di course itu tercatat MI-2A. Yang benar MI-2B Malam, mohon diperbaiki kelasnya.

Rahmat""", "course_data", "id",
  cd("MI2105", "Basis Data", **{"class": "MI-2B Malam"}), client="iphone",
  note="A class correction told through students who cannot find the course.")

# ---------------------------------------------------------------- another system, read like e-learning trouble

M("sistem-informasi-akademik-login", "2028-02-11 08:10:00",
  ("Putri Ayu Lestari", "putri.ayu@students.polibatam.ac.id"),
  "gabisa login",
  """pagi kak, aku gabisa login ke sistem informasi akademik sejak ganti password kemarin, padahal mau cek jadwal ujian. akun e-learning aku aman kok. harus lapor kemana ya kak?

putri, AK 1B""", "other", "id", client="iphone",
  note="The academic information system spelled out, not e-learning (which works).")

M("eduroam-library-password", "2028-02-11 11:00:00",
  ("Hiroshi Tanaka", "hiroshi.tanaka@gmail.com"),
  "eduroam",
  """Hi,

I'm a visiting researcher from Osaka. My laptop won't connect to eduroam in the library; it keeps asking for my password and then drops. My home university account works everywhere else. Who can help?

Hiroshi""", "other", "en", client="thunderbird",
  note="A network problem (eduroam) with a password: not e-learning.")

M("email-kampus-outlook-diblokir", "2028-02-11 14:25:00",
  ("Siti Rahmawati", "siti.rahmawati@polibatam.ac.id"),
  "Email kampus terblokir",
  """Selamat siang,

Saya tidak bisa masuk ke email kampus (Outlook 365) sejak pagi, muncul pesan akun saya diblokir karena aktivitas mencurigakan. Padahal saya perlu kirim berkas ke jurusan hari ini. Mohon bantuannya.

Siti Rahmawati
Staf Administrasi Jurusan Teknik Mesin""", "other", "id", client="outlook",
  note="Campus mail (Office 365) locked: not e-learning.")

M("repository-skripsi-gagal-unggah", "2028-02-12 09:40:00",
  ("Fajar Nugraha", "fajar.nugraha@students.polibatam.ac.id"),
  "upload tugas akhir ke repository",
  """Permisi, saya mau mengunggah laporan tugas akhir ke repository perpustakaan tapi gagal terus, padahal PDF-nya cuma 12 MB. Syarat bebas pustaka saya tinggal itu. Mohon dibantu.

Fajar Nugraha
D4 Teknik Robotika""", "other", "id",
  note="The library repository, not e-learning.")

M("sister-riwayat-mengajar", "2028-02-12 13:05:00",
  ("Lenny Marpaung, M.Sc.", "lenny.marpaung@polibatam.ac.id"),
  "Riwayat mengajar di SISTER kosong",
  """Selamat siang,

Data riwayat mengajar saya di SISTER untuk semester lalu kosong, padahal jadwal dan kelasnya sudah diinput prodi. Ini untuk laporan BKD. Apakah ada yang bisa membantu?

Salam,
Lenny""", "other", "id",
  note="SISTER (the lecturers' national record) named with words of trouble.")

M("wali-hasil-studi-anak", "2028-02-12 20:15:00",
  ("Hj. Rosmiati", "rosmiati.hj@yahoo.co.id"),
  "hasil studi anak",
  """Assalamualaikum,

Saya ibu dari Muhammad Rizki, mahasiswa Teknik Mesin semester 3. Bagaimana caranya saya bisa melihat hasil studi anak saya semester kemarin? Saya tidak punya akunnya.

Wassalam""", "other", "id", client="iphone",
  note="A parent asking to see a student's results: the academic office's matter.")

M("pmb-portal-pendaftaran", "2028-02-13 10:00:00",
  ("Kevin Pratama", "kevinpratama.07@gmail.com"),
  "tidak bisa login pendaftaran",
  """Selamat pagi, saya calon mahasiswa baru jalur mandiri. Saya tidak bisa login di portal pendaftaran PMB, katanya nomor pendaftaran tidak ditemukan padahal sudah bayar. Mohon dibantu.

Kevin""", "other", "id",
  note="An applicant and the admissions portal.")

M("lab-komputer-tidak-menyala", "2028-02-13 13:30:00",
  ("Suryadi", "suryadi.plp@polibatam.ac.id"),
  "PC lab bahasa",
  """Selamat siang,

Saya PLP lab bahasa. Sejak pagi lima komputer di lab tidak mau menyala, lampunya berkedip saja. Jam 15.00 ada praktikum listening. Mohon dikirim teknisi.

Suryadi""", "other", "id",
  note="A lab technician: computers that will not start (general services).")

# ---------------------------------------------------------------- support that names those systems and stays support

M("forum-email-not-arriving", "2028-02-14 09:00:00",
  ("Park Ji-won", "jiwon.park@polibatam.ac.id"),
  "Forum posts not reaching students' inbox",
  """Dear P4M,

I post weekly notes in the forum of my Korean Language course on e-learning, but my students say the forum e-mails never reach their inbox, not even the spam folder. My own copy arrives. Could you check the e-learning mail settings?

Kind regards,
Park Ji-won""", "elearning_support", "en", client="outlook",
  note="E-learning's forum mail not delivered: support, though e-mail is named.")

M("siakad-terdaftar-elearning-belum", "2028-02-14 11:20:00",
  ("Dina Marlina", "dina.marlina@students.polibatam.ac.id"),
  "Course belum ada",
  """Permisi kak, di SIAKAD saya sudah terdaftar di MK Jaringan Komputer kelas TI-2C, tapi di e-learning course-nya belum ada di daftar saya. Teman sekelas juga begitu. Mohon dicek ya kak.

Dina""", "elearning_support", "id", client="iphone",
  note="SIAKAD named as the reference; the fault is on e-learning.")

M("akun-microsoft-elearning", "2028-02-14 15:45:00",
  ("Agus Salim", "agus.salim@students.polibatam.ac.id"),
  "login elearning pakai akun microsoft",
  """Pak, waktu saya klik masuk dengan akun Microsoft di halaman e-learning, muncul tulisan "user not found". Padahal email kampus saya normal. Bagaimana ya?

Agus""", "elearning_support", "id",
  note="Signing in to e-learning with the campus Microsoft account: support.")

# ---------------------------------------------------------------- questions that name course fields

M("tanya-nama-ikut-kurikulum", "2028-02-15 10:10:00",
  ("Wahyu Setiawan", "wahyu.setiawan@polibatam.ac.id"),
  "Nama MK setelah kurikulum baru",
  """Selamat pagi,

Kalau kurikulum baru berlaku semester depan, apakah nama mata kuliah di e-learning berubah sendiri mengikuti SIAKAD, atau dosen yang harus mengajukan ke P4M satu per satu?

Terima kasih,
Wahyu""", "other", "id",
  note="A question how course names follow the curriculum; nothing asked to change.")

M("sk-mengajar-sudah-terbit", "2028-02-15 14:00:00",
  ("Ratna Dewi", "ratna.dewi@polibatam.ac.id"),
  "SK mengajar genap",
  """Siang Bapak/Ibu,

Mohon info, apakah SK mengajar semester genap sudah terbit? Saya perlu untuk mengisi BKD minggu ini.

Ratna""", "other", "id",
  note="A teaching decree, issued by the personnel office.")

# ---------------------------------------------------------------- announcements: audience and times

M("satu-kelas-uts-dan-tayang", "2028-02-16 08:30:00",
  ("Yusniar Harahap", "yusniar.harahap@polibatam.ac.id"),
  "Info UTS Pemrograman Web IF-2A",
  """Pagi P4M,

Mohon tayangkan pengumuman ini di course Pemrograman Web (IF2203), hanya untuk kelas IF-2A, pada Senin, 21 Februari 2028 jam 07.00:

Judul: UTS Pemrograman Web kelas IF-2A
UTS dilaksanakan Rabu, 23 Februari 2028 pukul 13.00 di Lab 3. Bawa laptop masing-masing.

Yusniar""", "announcement", "id",
  an("UTS Pemrograman Web kelas IF-2A", "course", "2028-02-21T07:00:00+07:00", "IF2203", "Pemrograman Web"),
  note="One class's course; the publish time comes before the exam's time.")

M("tingkat-satu-semua-prodi", "2028-02-16 13:00:00",
  ("Bagian Kemahasiswaan", "kemahasiswaan@polibatam.ac.id"),
  "Pengumuman untuk mahasiswa tingkat satu",
  """Yth. P4M,

Mohon dipasang di e-learning untuk seluruh mahasiswa tingkat satu dari semua prodi, tayang Kamis, 24 Februari 2028 pukul 06.30 WIB.

Judul: Pembinaan Karakter Mahasiswa Baru
Isi: Kegiatan dilaksanakan Sabtu, 26 Februari 2028 pukul 08.00 WIB di Auditorium. Presensi ditutup pukul 08.15.

Terima kasih,
Kemahasiswaan""", "announcement", "id",
  an("Pembinaan Karakter Mahasiswa Baru", "site", "2028-02-24T06:30:00+07:00"),
  note="A cohort across programmes (site); the publish time before the event and the attendance close.")

M("en-one-section-due-date", "2028-02-17 09:15:00",
  ("Dr. Arjun Mehta", "arjun.mehta@polibatam.ac.id"),
  "Notice for my section of Software Testing",
  """Hi team,

Could you put the notice below in Software Testing (SE3104), for section IF-3B only, on March 2, 2028 at 7 in the morning?

Title: Test plan due
The test plan for your group project is due Sunday, March 5, 2028 at 11:59 pm. Late submissions lose 10% per day.

Thanks,
Arjun""", "announcement", "en",
  an("Test plan due", "course", "2028-03-02T07:00:00+07:00", "SE3104", "Software Testing"),
  note="One section; the publish time ('at 7 in the morning') beside a later deadline.")

if BATCH >= 2:
    # ============================================================ batch 2 (written after batch 1's rules, scored first)

    # ------------------------------------------------------------ a change told through its symptom
    M("batak-tak-jumpa-buat-jadi", "2028-03-01 08:20:00",
      ("Marolop Sitorus", "marolop.sitorus@polibatam.ac.id"),
      "matkul Mekanika Fluida",
      """Horas tim P4M,

Bah, nama matkul Mekanika Fluida (MS2301) di elearning itu masih nama lamanya. Mahasiswaku pun tak jumpa-jumpa kelasnya di daftar. Cobalah kau buat jadi Mekanika Fluida Terapan, lae, biar sama dengan jadwal.

Mauliate,
Marolop""", "course_data", "id",
      cd("MS2301", "Mekanika Fluida", fullname="Mekanika Fluida Terapan"), client="iphone",
      note="Batak Indonesian: the rename asked after the students' trouble ('buat jadi').")

    M("british-vle-could-it-read", "2028-03-01 10:45:00",
      ("Dr. Eleanor Whitfield", "eleanor.whitfield@polibatam.ac.id"),
      "Out-of-date course title on the VLE",
      """Dear colleagues,

A few of my tutees have struggled to locate CE2104 on the VLE, as it is still listed as Structural Analysis. Since the revalidation the module is Structural Analysis I. Could it read Structural Analysis I instead, please?

With best wishes,
Eleanor Whitfield
Senior Lecturer (visiting), Civil Engineering""", "course_data", "en",
      cd("CE2104", "Structural Analysis", fullname="Structural Analysis I"), client="outlook",
      note="British English: 'could it read X instead', after students could not find it.")

    M("korean-register-new-key", "2028-03-02 09:10:00",
      ("Lee Min-seo", "minseo.lee@polibatam.ac.id"),
      "Students cannot self-enrol KR1101",
      """Hello P4M team,

My students say they cannot self-enrol to KR1101 Korean Language I with the key I wrote on the board, because that key was for last semester. Please register new key HANGUL2028 for the course so they can join today.

Thank you very much,
Lee Min-seo""", "course_data", "en",
      cd("KR1101", "Korean Language I", enrolment_key="HANGUL2028"), client="gmail",
      note="A key that fails because it should be replaced, told as students who cannot enrol.")

    M("sunda-nu-ngajar-abdi", "2028-03-02 13:30:00",
      ("Rina Kurniasih, M.T.", "rina.kurniasih@polibatam.ac.id"),
      "Punten, pengampu Termodinamika",
      """Punten Bapak/Ibu P4M,

Dosen pengampu MK Termodinamika (ME2207) di e-learning teu acan robih, masih Pak Dadang. Ayeuna nu ngajar teh abdi, Rina Kurniasih, M.T. Mahasiswa janten lepat ngirim pesen ka Pak Dadang.

Hatur nuhun,
Rina""", "course_data", "mixed",
      cd("ME2207", "Termodinamika", lecturer="Rina Kurniasih, M.T."), client="gmail",
      note="Sundanese: the lecturer change told as what is still shown and who teaches now.")

    M("semester-masih-ganjil-sedangkan", "2028-03-03 08:00:00",
      ("Sekretariat Jurusan Teknik Mesin", "sekjur.mesin@polibatam.ac.id"),
      "Course Metrologi tidak muncul di semester berjalan",
      """Dengan hormat,

Atas arahan Ketua Jurusan, kami sampaikan bahwa course Metrologi (MS1204) masih terpasang di semester Ganjil 2027/2028, sehingga mahasiswa tidak menemukannya di daftar semester berjalan. Mohon dipindahkan ke semester Genap 2027/2028.

Hormat kami,
Sekretariat Jurusan Teknik Mesin""", "course_data", "id",
      cd("MS1204", "Metrologi", semester="Genap 2027/2028"), client="outlook",
      note="A department secretary: the semester change told through the course missing from this term.")

    M("kosma-dosen-masih-lama-diupdate", "2028-03-03 19:50:00",
      ("Yoga Pratama (Kosma TI-1B)", "yoga.pratama@students.polibatam.ac.id"),
      "dosen di course statistika",
      """Kak, di course Statistika (ST1102) nama dosennya masih Bu Lestari, padahal dari minggu ke-3 yang masuk Hendra Wijaya, S.Si., M.Stat. Tolong diupdate ya kak biar kami bisa chat dosennya lewat e-learning. Makasih kak

Yoga, kosma TI-1B""", "course_data", "id",
      cd("ST1102", "Statistika", lecturer="Hendra Wijaya, S.Si., M.Stat."), client="iphone",
      note="A class representative: the lecturer change asked so students can message the right person.")

    M("aussie-blurb-swap-it-for", "2028-03-04 11:05:00",
      ("Craig Henderson", "craig.henderson@polibatam.ac.id"),
      "Surveying blurb - second time asking",
      """G'day,

I've asked about this twice now. The blurb on my Surveying (CV2103) course page is still last year's and it talks about equipment we no longer have. Can you swap it for: Field surveying with total stations and GNSS receivers.

Cheers,
Craig""", "course_data", "en",
      cd("CV2103", "Surveying", summary="Field surveying with total stations and GNSS receivers."), client="gmail",
      note="An Australian lecturer: the summary change asked inside a complaint ('swap it for').")

    # ------------------------------------------------------------ another system, read like e-learning trouble
    M("hotspot-gedung-c-putus", "2028-03-05 10:30:00",
      ("Nadia Safitri", "nadia.safitri@students.polibatam.ac.id"),
      "internet gedung C",
      """Permisi min, hotspot kampus di gedung C putus-putus terus dari pagi, buka apa-apa tidak bisa. Di gedung A aman. Mohon dicek ya.

Nadia""", "other", "id", client="iphone",
      note="The campus hotspot failing: the ICT office's network.")

    M("vpn-journal-databases", "2028-03-05 21:10:00",
      ("Dr. Tomasz Nowak", "tomasz.nowak@polibatam.ac.id"),
      "Remote access to journals",
      """Hello,

Working from home tonight, I cannot reach the journal databases: the campus VPN rejects my login although the same password works for my staff mail. Is there a known outage?

Regards,
Tomasz Nowak""", "other", "en", client="thunderbird",
      note="The campus VPN: a login problem that is not e-learning's.")

    M("google-drive-kuota-penuh", "2028-03-06 09:00:00",
      ("Irwansyah", "irwansyah@polibatam.ac.id"),
      "Kuota Drive akun kampus",
      """Selamat pagi,

Penyimpanan Google Drive akun kampus saya penuh, tidak bisa menyimpan berkas baru lagi. Bisakah kuotanya ditambah? Saya dosen Teknik Elektro.

Terima kasih,
Irwansyah""", "other", "id",
      note="Cloud storage of the campus account (Google Workspace), not e-learning.")

    M("nilai-praktikum-sistem-akademik", "2028-03-06 14:15:00",
      ("Bayu Saputra", "bayu.saputra@students.polibatam.ac.id"),
      "nilai praktikum masih E",
      """Selamat siang, nilai praktikum Fisika saya di sistem akademik masih E, padahal dosennya bilang sudah diperbaiki minggu lalu. Kemana saya harus mengurus ini?

Bayu Saputra""", "other", "id",
      note="A grade in the academic system: the academic office's.")

    M("va-pembayaran-mbanking", "2028-03-07 08:40:00",
      ("Lia Amelia", "lia.amelia@students.polibatam.ac.id"),
      "VA error",
      """kak, VA pembayaran semester aku gak bisa dibayar lewat m-banking, error terus dari kemarin. deadline nya besok. gimana ya kak?""", "other", "id",
      client="iphone", note="Paying the semester fee: the finance office.")

    M("eoffice-surat-masuk", "2028-03-07 10:00:00",
      ("Drs. Hermanto", "hermanto@polibatam.ac.id"),
      "Aplikasi e-office",
      """Yth. Admin,

Surat masuk di aplikasi e-office saya tidak muncul sejak Senin, padahal sekretaris sudah mendisposisikan dua surat. Mohon bantuan.

Hermanto""", "other", "id", client="outlook",
      note="The e-office letter system, another office's.")

    # ------------------------------------------------------------ support that names those systems and stays support
    M("login-elearning-email-kampus-normal", "2028-03-08 07:30:00",
      ("Ahmad Fauzi", "ahmad.fauzi@students.polibatam.ac.id"),
      "e-learning tidak bisa login",
      """Pagi, saya tidak bisa login ke e-learning pakai email kampus, muncul "invalid login". Padahal email kampus saya normal bisa buka inbox. Mohon dibantu.

Ahmad Fauzi""", "elearning_support", "id",
      note="E-learning's login failing while campus mail works: support.")

    M("kuis-wifi-perpustakaan-keluar", "2028-03-08 11:20:00",
      ("Wulan Sari", "wulan.sari@students.polibatam.ac.id"),
      "kuis keluar sendiri",
      """Kak, waktu saya ngerjain kuis Akuntansi Dasar di e-learning tadi, saya di perpustakaan pakai wifi kampus, tiba-tiba keluar sendiri dan jawaban saya hilang. Bisa dibuka lagi kuisnya kak?

Wulan""", "elearning_support", "id", client="iphone",
      note="A quiz on e-learning lost in the library on the campus Wi-Fi: support.")

    M("minang-ambo-tak-bisa-unggah", "2028-03-08 22:05:00",
      ("Rizal Chaniago", "rizal.chaniago@students.polibatam.ac.id"),
      "tugas ndak bisa diunggah",
      """Assalamualaikum uda/uni P4M, ambo ndak bisa unggah tugas Desain Grafis di e-learning, tombolnyo abu-abu sajo. Batasnyo malam ko jam 23.59. Tolong dibantu.

Rizal""", "elearning_support", "id", client="iphone",
      note="Minang Indonesian: an assignment upload greyed out.")

    # ------------------------------------------------------------ announcements: audience and times
    M("besok-jam-enam-kuis-dipindah", "2028-03-09 20:00:00",
      ("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
      "tolong umumkan di Kalkulus MA-1C",
      """Malam P4M, tolong umumkan besok jam 6 pagi di MK Kalkulus (MA1101) kelas MA-1C:

Kuis 2 dipindah
Kuis 2 dipindah ke hari Kamis, 16 Maret 2028 jam 10.00, karena Selasa ruangan dipakai ujian.

Makasih,
Taufik""", "announcement", "id",
      an("Kuis 2 dipindah", "course", "2028-03-10T06:00:00+07:00", "MA1101", "Kalkulus"),
      note="One class; a relative publish time ('besok jam 6 pagi') beside the quiz's new date and time.")

    M("angkatan-2027-deadline-senin", "2028-03-10 09:00:00",
      ("Prodi Akuntansi Manajerial", "prodi.akm@polibatam.ac.id"),
      "Pengumuman angkatan 2027",
      """Yth. P4M,

Mohon ditayangkan untuk seluruh mahasiswa angkatan 2027 pada Jumat, 10 Maret 2028 pukul 16.00 WIB.

Judul: Pengisian Kuesioner Kepuasan Layanan
Isi: Kuesioner wajib diisi paling lambat Senin, 13 Maret 2028 pukul 23.59 WIB.

Terima kasih""", "announcement", "id",
      an("Pengisian Kuesioner Kepuasan Layanan", "site", "2028-03-10T16:00:00+07:00"),
      note="A cohort (site); the publish time before the deadline.")

    M("front-page-asap-event-time", "2028-03-10 13:40:00",
      ("International Office", "io@polibatam.ac.id"),
      "For the front page please",
      """Hello P4M,

Please put this on the e-learning front page as soon as you can:

Welcome Evening for Exchange Students
All exchange and host students are invited on Wednesday, 15 March 2028 at 6.30 pm in the Student Centre.

Thank you,
International Office""", "announcement", "en",
      an("Welcome Evening for Exchange Students", "site"),
      note="Everyone; no publish time asked ('as soon as you can'), only the event's time.")

    M("all-my-students-530pm", "2028-03-11 10:10:00",
      ("Dr. Samuel Okafor", "samuel.okafor@polibatam.ac.id"),
      "Notice for all my Power Electronics students",
      """Dear P4M,

Kindly post the following for all the students in my Power Electronics (EL3302) course at 5.30 pm on 13 March 2028.

Title: Lab report extension
The lab report deadline is extended to 20 March 2028, 12 noon.

Many thanks,
Samuel Okafor""", "announcement", "en",
      an("Lab report extension", "course", "2028-03-13T17:30:00+07:00", "EL3302", "Power Electronics"),
      note="'all the students in my course' is the course; the publish time before the new deadline.")

    M("tanggal-saja-jam-acara", "2028-03-11 15:00:00",
      ("Lestari Wulandari", "lestari.wulandari@polibatam.ac.id"),
      "Pengumuman praktikum Kimia Analitik",
      """Siang P4M,

Tolong dipasang di course Kimia Analitik (KM2203) tanggal 14 Maret 2028 ya:

Judul: Praktikum titrasi diganti hari
Praktikum titrasi pindah ke Jumat, 17 Maret 2028 pukul 08.00 di Lab Kimia.

Lestari""", "announcement", "id",
      an("Praktikum titrasi diganti hari", "course", None, "KM2203", "Kimia Analitik"),
      note="The publish date without a clock time (no publish_at); the practical's time is the event's.")

if BATCH >= 3:
    # ============================================================ batch 3 (audiences and times, written before rules)
    M("dua-kelas-satu-mk", "2028-03-13 08:00:00",
      ("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
      "Pengumuman Pancasila TI-1A dan TI-1B",
      """Pagi P4M,

Mohon pasang pengumuman di course Pendidikan Pancasila (PK1101) untuk kelas TI-1A dan TI-1B, Selasa, 14 Maret 2028 pukul 07.30:

Judul: Tugas video kelompok
Video dikumpulkan paling lambat Jumat, 17 Maret 2028 pukul 21.00.

Fitri""", "announcement", "id",
      an("Tugas video kelompok", "course", "2028-03-14T07:30:00+07:00", "PK1101", "Pendidikan Pancasila"),
      note="Two classes of one course are the course; the publish time before the deadline.")

    M("yang-mengambil-etika-profesi", "2028-03-13 10:30:00",
      ("Hendri Saputra", "hendri.saputra@polibatam.ac.id"),
      "Info kuliah pengganti Etika Profesi",
      """Selamat siang,

Tolong diinfokan ke semua mahasiswa yang mengambil Etika Profesi (UM2101), tayang besok pukul 06.00:

Judul: Kuliah pengganti Etika Profesi
Kuliah pengganti diadakan Sabtu, 18 Maret 2028 pukul 09.00 secara daring.

Hendri""", "announcement", "id",
      an("Kuliah pengganti Etika Profesi", "course", "2028-03-14T06:00:00+07:00", "UM2101", "Etika Profesi"),
      note="'semua mahasiswa yang mengambil X' is one course; a relative publish time beside the class's time.")

    M("every-student-mechatronics-programme", "2028-03-14 09:45:00",
      ("Head of Mechatronics Programme", "kaprodi.mekatronika@polibatam.ac.id"),
      "Programme-wide notice",
      """Dear P4M,

Please publish the following for every student in the Mechatronics programme on Thursday 16 March 2028 at 10:00.

Title: Industry visit registration
Registration for the industry visit closes on 20 March 2028 at 17:00.

Regards,
Head of Mechatronics Programme""", "announcement", "en",
      an("Industry visit registration", "site", "2028-03-16T10:00:00+07:00"),
      note="A whole programme is more than one course (site); the publish time before the closing time.")

    M("seluruh-dosen-rapat-kurikulum", "2028-03-14 13:00:00",
      ("Wakil Direktur Bidang Akademik", "wadir1@polibatam.ac.id"),
      "Mohon ditayangkan untuk dosen",
      """Yth. Kepala P4M,

Mohon pengumuman berikut ditayangkan di e-learning bagi seluruh dosen pada Rabu, 15 Maret 2028 pukul 08.00 WIB.

Judul: Sosialisasi Kurikulum 2028
Isi: Sosialisasi dilaksanakan Kamis, 16 Maret 2028 pukul 13.30 WIB di Gedung Utama lantai 4.

Hormat kami,
Wakil Direktur Bidang Akademik""", "announcement", "id",
      an("Sosialisasi Kurikulum 2028", "site", "2028-03-15T08:00:00+07:00"),
      note="For all lecturers (site); the publish time before the meeting's.")

    M("three-sections-of-english", "2028-03-14 16:20:00",
      ("Margaret Tan", "margaret.tan@polibatam.ac.id"),
      "For my three sections of English",
      """Hi P4M,

Please share this with my three sections of Bahasa Inggris I (EN1101), tonight at 7 pm if possible:

Speaking test moved
The speaking test moves to Monday, 20 March 2028, 8 am, in the language lab.

Thanks!
Margaret""", "announcement", "en",
      an("Speaking test moved", "course", "2028-03-14T19:00:00+07:00", "EN1101", "Bahasa Inggris I"),
      note="Three sections of one course; 'tonight at 7 pm' before the test's time.")

    M("tenggat-dulu-tayang-kemudian", "2028-03-15 09:00:00",
      ("Nur Aisyah", "nur.aisyah@polibatam.ac.id"),
      "Pengumuman laporan praktikum",
      """Assalamualaikum P4M,

Untuk course Sistem Kendali (EL3204). Batas unggah laporan Jumat, 24 Maret 2028 pukul 12.00. Pengumuman ini mohon tayang Rabu, 22 Maret 2028 pukul 09.00.

Judul: Batas unggah laporan praktikum

Wassalam,
Nur Aisyah""", "announcement", "id",
      an("Batas unggah laporan praktikum", "course", "2028-03-22T09:00:00+07:00", "EL3204", "Sistem Kendali"),
      note="The deadline told first, the publish time after it.")

    M("h-minus-satu-tanpa-jam", "2028-03-15 11:00:00",
      ("Dedi Kurniawan", "dedi.kurniawan@polibatam.ac.id"),
      "Pengumuman UTS Fisika",
      """Siang, tolong tayangkan di course Fisika Terapan (FI2102) sehari sebelum UTS ya.

Judul: Ruang UTS Fisika Terapan
UTS Kamis, 23 Maret 2028 pukul 10.00 di ruang B203.

Dedi""", "announcement", "id",
      an("Ruang UTS Fisika Terapan", "course", None, "FI2102", "Fisika Terapan"),
      note="A publish moment counted back without a clock time: no publish_at; the exam's time is the event's.")

    # ------------------------------------------------------------ type near-misses
    M("prosedur-cuti-akademik", "2028-03-16 08:30:00",
      ("Rina Oktaviani", "rina.oktaviani@students.polibatam.ac.id"),
      "prosedur cuti",
      """Permisi kak, saya mau tanya prosedur untuk mengajukan cuti akademik semester depan itu bagaimana ya? Berkasnya diserahkan ke mana?

Rina""", "other", "id", client="iphone",
      note="A procedure of the academic office asked about, not a document the unit keeps.")

    M("who-teaches-el2202", "2028-03-16 10:15:00",
      ("Bima Aditya", "bima.aditya@students.polibatam.ac.id"),
      "Lecturer of EL2202?",
      """Hi, could you tell me who teaches EL2202 Digital Systems this term? I need to ask them about a make-up lab. Thanks!

Bima""", "other", "en",
      note="A question who teaches a course: to be told, nothing to change.")

    M("nilai-tugas-tidak-terlihat", "2028-03-16 14:00:00",
      ("Yuni Astuti", "yuni.astuti@students.polibatam.ac.id"),
      "nilai tugas",
      """Kak, kenapa saya tidak bisa lihat nilai tugas 2 di course Basis Data? Dosennya bilang sudah dinilai semua dari minggu lalu, teman saya bisa lihat.

Yuni""", "elearning_support", "id", client="iphone",
      note="A grade on e-learning not shown to the student: support, though grades are named.")

    M("attendance-plugin-absent", "2028-03-17 09:20:00",
      ("Dr. Farid Rahman", "farid.rahman@polibatam.ac.id"),
      "Attendance marks everyone absent",
      """Hello,

Since Monday the attendance activity in my Electric Machines course marks every student as absent, even those who scanned the QR code in class. Could someone look into it?

Farid""", "elearning_support", "en", client="outlook",
      note="An attendance activity on e-learning misbehaving: support.")

E.PLAN = {}
for m in E.MAILS:
    E.PLAN[m["type"]] = E.PLAN.get(m["type"], 0) + 1

if __name__ == "__main__":
    sys.exit(E.main())

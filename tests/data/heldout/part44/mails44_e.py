"""Mails for make_holdout44.py: announcements, part 2 (written by hand)."""

MAILS = [
dict(slug="alumni-tracer-study-en", date="2026-11-09 11:02:44", client="outlook", html_lang="en-US",
     frm=("Melati Kusuma", "melati.kusuma@polibatam.ac.id"),
     subject="Announcement request - Tracer Study 2026",
     body="""Dear P4M team,

The Career Development and Alumni Relations Centre would like to post a
site-wide announcement on e-learning, so that final-year students and recent
graduates who still log in can see it. Could it go live on Monday 16 November
2026 at 9 AM?

Title: Tracer Study 2026 for Polibatam Graduates

Text:
Graduates of 2024 and 2025 are invited to complete the Tracer Study 2026
questionnaire at https://tracer.polibatam.ac.id before 15 December 2026. It
takes about 15 minutes. Your answers help the study programmes improve their
curricula and are required for accreditation. Five respondents will be drawn
for a Polibatam merchandise package.

Thank you, and let me know if the text needs shortening.

Warm regards,
Melati Kusuma, S.Sos.
Alumni Relations Officer
Career Development and Alumni Relations Centre (CDC)
Politeknik Negeri Batam
""",
     type="announcement", lang="en",
     fields={"title": "Tracer Study 2026 for Polibatam Graduates", "scope": "site",
             "publish_at": "2026-11-16T09:00:00+07:00"}),

dict(slug="practitioner-cancel-tonight-asap", date="2026-11-10 06:12:39", client="iphone",
     frm=("Ronald Sitorus", "r.sitorus@samudra-logistics.co.id"),
     subject="Announcement for Manajemen Rantai Pasok class",
     body="""Morning,

Pls post in course Manajemen Rantai Pasok (LPI2106), asap:

Title: No Class Tonight - Replacement Session on 24 Nov

Tonight's session is cancelled, I'm called to the port for a vessel inspection. Replacement session Tue 24 Nov, same time, same room. Reading for week 11 still applies.

Ronald Sitorus

Sent from my iPhone
""",
     type="announcement", lang="en",
     fields={"course_code": "LPI2106", "course_name": "Manajemen Rantai Pasok",
             "title": "No Class Tonight - Replacement Session on 24 Nov", "scope": "course"}),

dict(slug="survei-tanggal-garis-miring", date="2026-11-17 14:31:20", client="gmail",
     frm=("Dewi Anggraini", "dewi.anggraini@polibatam.ac.id"),
     subject="Pengumuman survei kepuasan layanan e-learning",
     body="""Selamat siang Tim Helpdesk,

Mohon bantuan untuk menayangkan pengumuman berikut di halaman depan
e-learning (untuk semua pengguna) tgl 23/11/2026 jam 08.00, dan dibiarkan
tayang sampai survei ditutup.

Judul pengumuman:
Survei Kepuasan Mahasiswa terhadap Layanan E-Learning Semester Ganjil 2026/2027

Isi:
Mahasiswa Politeknik Negeri Batam diundang mengisi survei kepuasan layanan
e-learning melalui tautan https://s.polibatam.ac.id/survei-elearning-ganjil26
paling lambat 4 Desember 2026. Pengisian hanya sekitar 10 menit dan jawaban
bersifat anonim. Hasil survei digunakan untuk perbaikan layanan pembelajaran
daring.

Terima kasih atas kerja samanya.

Salam,
Dewi Anggraini
Staf Penjaminan Mutu, P4M
""",
     type="announcement", lang="id",
     fields={"title": "Survei Kepuasan Mahasiswa terhadap Layanan E-Learning Semester Ganjil 2026/2027",
             "scope": "site", "publish_at": "2026-11-23T08:00:00+07:00"}),

dict(slug="akademik-libur-tayang-lusa-jam-2-siang", date="2026-12-15 09:45:00", client="outlook",
     frm=("Siti Rohani", "siti.rohani@polibatam.ac.id"),
     subject="Mohon ditayangkan: info libur semester dan registrasi genap",
     body="""Yth. Tim P4M,

Kami dari Bagian Akademik mohon bantuan menayangkan pengumuman di beranda
e-learning untuk seluruh mahasiswa. Waktu tayang: lusa jam 2 siang, setelah
rapat pimpinan menyetujui kalender akademik.

Judul: Libur Semester Ganjil dan Jadwal Registrasi Semester Genap 2026/2027

Isi:
Libur semester ganjil berlangsung 28 Desember 2026 s.d. 22 Januari 2027.
Registrasi ulang dan pengisian KRS semester genap dibuka 11-22 Januari 2027
melalui SIAKAD. Perkuliahan semester genap dimulai Senin, 25 Januari 2027.
Mahasiswa yang belum melunasi UKT tidak dapat mengisi KRS.

Terima kasih.

Hormat kami,
Siti Rohani, A.Md.
Staf Bagian Akademik dan Kemahasiswaan
""",
     type="announcement", lang="id",
     fields={"title": "Libur Semester Ganjil dan Jadwal Registrasi Semester Genap 2026/2027",
             "scope": "site", "publish_at": "2026-12-17T14:00:00+07:00"}),

dict(slug="plp-lab-titipan-dosen-jumat-ini", date="2026-11-04 15:20:11", client="roundcube",
     frm=("Joko Susilo", "joko.susilo@polibatam.ac.id"),
     subject="Pengumuman praktikum Instalasi Listrik (titipan Pak Ferry)",
     body="""Assalamualaikum,

Saya Joko, PLP Laboratorium Instalasi Listrik, menyampaikan titipan Pak Ferry
Ardiansyah, M.T. yang sedang mengikuti pelatihan asesor di Jakarta. Beliau
minta dipasang pengumuman di course Instalasi Listrik (EL2104), tayang Jumat
ini pukul 06.00.

Judul: Praktikum Minggu Ke-12 Dipindah ke Lab Listrik 2

Isi: Praktikum Instalasi Listrik minggu ke-12 (Jumat, 6 November 2026)
dipindahkan dari Lab Listrik 1 ke Lab Listrik 2, Gedung Teknik lantai 1,
karena Lab Listrik 1 sedang perbaikan panel. Jam praktikum tetap. Mahasiswa
wajib memakai sepatu safety dan membawa jobsheet 12.

Terima kasih.

Joko Susilo
PLP Lab Instalasi Listrik - Jurusan Teknik Elektro
""",
     type="announcement", lang="id",
     fields={"course_code": "EL2104", "course_name": "Instalasi Listrik",
             "title": "Praktikum Minggu Ke-12 Dipindah ke Lab Listrik 2", "scope": "course",
             "publish_at": "2026-11-06T06:00:00+07:00"},
     note="Written by a laboratory technician on behalf of the lecturer."),

dict(slug="tugas-2-tanpa-waktu-tayang-hp", date="2026-11-05 21:18:02", client="samsung",
     frm=("Lina Marpaung", "lina.marpaung@polibatam.ac.id"),
     subject="Pengumuman tugas 2 Kapita Selekta",
     body="""Malam, mohon bantu pasang pengumuman di course Kapita Selekta Logistik ya.

Judul: Tugas 2 Dikumpulkan Lewat E-Learning
Isi: Tugas 2 (analisis studi kasus pelabuhan Batu Ampar) dikumpulkan lewat menu Assignment di e-learning, bukan lewat email dosen. Format PDF, maksimal 10 halaman. Batas pengumpulan mengikuti yang tertera di halaman tugas.

Tks
Lina



Dikirim dari ponsel cerdas Samsung Galaxy saya.
""",
     type="announcement", lang="id",
     fields={"course_name": "Kapita Selekta Logistik", "title": "Tugas 2 Dikumpulkan Lewat E-Learning",
             "scope": "course"}),

dict(slug="upa-tik-outlook-signature-disclaimer", date="2026-12-07 08:58:31", client="outlook",
     frm=("Hendri Kurniawan", "hendri.kurniawan@polibatam.ac.id"),
     subject="[UPA TIK] Mohon publikasi info pemeliharaan jaringan",
     body="""Selamat pagi Tim P4M,

Berkenaan dengan pekerjaan penggantian core switch di ruang server, UPA TIK
mohon bantuan publikasi pengumuman site-wide di e-learning. Mohon ditayangkan
Rabu, 9 Des 2026, 16.00 WIB.

Judul: Pemeliharaan Jaringan Kampus dan Gangguan Akses E-Learning 12 Desember 2026

Isi:
Pada Sabtu, 12 Desember 2026 pukul 22.00 s.d. Minggu, 13 Desember 2026 pukul
04.00 WIB akan dilakukan penggantian perangkat jaringan inti di ruang server
Politeknik Negeri Batam. Selama pekerjaan berlangsung, e-learning, SIAKAD dan
email kampus tidak dapat diakses. Dosen diimbau tidak menjadwalkan kuis atau
batas pengumpulan tugas pada rentang waktu tersebut.

Terima kasih atas perhatiannya.

Salam,
Hendri Kurniawan, S.T.
Network Administrator | UPA Teknologi Informasi dan Komunikasi
Politeknik Negeri Batam
Telp. (0778) 469856 ext. 1021

Informasi dalam email ini bersifat rahasia dan hanya ditujukan kepada
penerima yang tercantum. Jika Anda menerima email ini karena kekeliruan,
mohon hapus dan beri tahu pengirim.
""",
     type="announcement", lang="id",
     fields={"title": "Pemeliharaan Jaringan Kampus dan Gangguan Akses E-Learning 12 Desember 2026",
             "scope": "site", "publish_at": "2026-12-09T16:00:00+07:00"}),
]

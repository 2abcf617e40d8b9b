"""Mails for make_holdout44.py: elearning_support, part 1 (written by hand)."""

MAILS = [
dict(slug="mahasiswa-gagal-login-setelah-ganti-sso", date="2026-09-04 06:48:20", client="iphone",
     frm=("Nabila Zahra", "nabila.zahra@students.polibatam.ac.id"),
     subject="Tidak bisa login e-learning setelah ganti password",
     body="""Selamat pagi Bapak/Ibu,

Saya Nabila Zahra, NIM 4312401017, mahasiswa TRPL semester 5. Kemarin saya ganti password SSO lewat portal, sekarang bisa masuk email kampus dan SIAKAD tapi di e-learning selalu muncul "Invalid login, please try again". Sudah coba hapus cache dan pakai browser lain tetap sama. Jam 10 nanti ada kuis di e-learning, mohon bantuannya \U0001F64F

Terima kasih.

Dikirim dari iPhone saya
""",
     type="elearning_support", lang="id", fields={}),

dict(slug="nilai-kuis-kosong-di-grades", date="2026-09-15 13:05:12", client="gmail",
     frm=("Siti Khadijah", "siti.khadijah@polibatam.ac.id"),
     subject="Nilai kuis tidak masuk ke buku nilai",
     body="""Assalamualaikum Tim P4M,

Di course Statistika Industri (MF2102), Kuis 1 sudah dikerjakan 64 mahasiswa
dan di laporan kuis nilainya tampil. Tetapi di menu Grades kolom Kuis 1 kosong
semua, sehingga rekap nilai tidak bisa saya unduh. Apakah ada pengaturan yang
salah dari saya? Kuis 2 rencananya minggu depan, jadi saya khawatir terulang.

Terima kasih atas bantuannya.

Wassalam,
Dr. Siti Khadijah, M.Pd.
Dosen Jurusan Teknik Mesin
""",
     type="elearning_support", lang="id", fields={}),

dict(slug="upload-video-kebesaran-screenshot", date="2026-10-02 23:41:05", client="samsung",
     frm=("Rafi Alfarizi", "rafi.alfarizi@students.polibatam.ac.id"),
     subject="gagal upload tugas video",
     attach=[("Screenshot_20261002_233812.png", "png")],
     body="""Malam min, sy mau upload tugas video animasi ukuran 180 MB tp muncul tulisan "The file is too large" padahal batas kumpul jam 23.59 ini. sy lampirkan screenshot nya. apa bisa dinaikin batasnya atau kumpul lewat link gdrive aja? mksh min



Dikirim dari ponsel cerdas Samsung Galaxy saya.
""",
     type="elearning_support", lang="id", fields={}),

dict(slug="pustakawan-minta-akses-non-editing", date="2026-10-07 09:33:48", client="zimbra",
     frm=("Yanti Purba", "yanti.purba@polibatam.ac.id"),
     subject="Permohonan akses ke course Literasi Informasi",
     body="""Yth. Helpdesk P4M,

Kami dari UPA Perpustakaan diminta mengisi dua pertemuan tentang penelusuran
e-journal dan pengelolaan referensi di course Literasi Informasi (MKU1105)
semester ini.

Mohon saya dan rekan, Sdr. Andre Wijaya (andre.wijaya@polibatam.ac.id),
didaftarkan ke course tersebut sebagai non-editing teacher atau asisten,
supaya kami bisa mengunggah materi dan memantau forum diskusi. Dosen
pengampunya, Ibu Marlina, sudah setuju.

Terima kasih.

Yanti Purba, S.Hum.
Pustakawan Ahli Pertama, UPA Perpustakaan
Politeknik Negeri Batam
""",
     type="elearning_support", lang="id", fields={}),

dict(slug="course-semester-baru-belum-muncul", date="2026-09-08 07:20:31", client="roundcube",
     frm=("Hendrawan Saputro", "hendrawan.saputro@polibatam.ac.id"),
     subject="Course semester ini belum muncul",
     body="""Selamat pagi,

Saya mengampu Pemrograman Dasar untuk kelas TI-1A, TI-1B dan TI-1C semester
ini, tetapi di dashboard e-learning saya hanya muncul course semester lalu.
Kuliah perdana hari Kamis. Apakah course semester ganjil belum dibuat, atau
saya yang belum di-enrol?

Terima kasih.

--
Hendrawan Saputro, S.Kom., M.Kom.
Jurusan Teknik Informatika
""",
     type="elearning_support", lang="id", fields={}),

dict(slug="pensyarah-pelawat-akaun-digantung", date="2026-09-11 10:10:10", client="gmail",
     frm=("Mohd Hafiz Ismail", "mohdhafiz.ismail@gmail.com"),
     subject="Akaun e-learning belum aktif",
     body="""Salam sejahtera tuan/puan,

Saya Mohd Hafiz bin Ismail, pensyarah pelawat di Jurusan Teknik Mesin untuk
semester ini. Akaun e-learning yang diberikan oleh pihak TIK
(hafiz.ismail@polibatam.ac.id) masih belum boleh digunakan. Setiap kali log
masuk, keluar mesej "Your account has been suspended".

Mohon bantuan untuk mengaktifkan akaun tersebut kerana saya perlu memuat naik
nota kuliah sebelum kelas pertama hari Isnin. Saya menulis dari emel peribadi
kerana emel kampus juga belum boleh dibuka.

Terima kasih banyak.

Mohd Hafiz bin Ismail
Politeknik Kota Bharu, Kelantan
""",
     type="elearning_support", lang="id", fields={},
     note="Malay-flavoured Indonesian from a visiting lecturer writing from a personal address."),
]

"""Mails for make_holdout44.py: course_data part 4, announcements part 1 (written by hand)."""

MAILS = [
dict(slug="outlook-label-baris-signature-disclaimer", date="2026-10-14 08:37:02", client="outlook",
     frm=("Putri Handayani, S.Kom., M.Cs.", "putri.handayani@polibatam.ac.id"),
     subject="Request update course Pemrograman Web Lanjut (IF3104)",
     body="""Dear Tim P4M,

Mohon bantuannya untuk update course berikut di e-learning, karena ada
perubahan team teaching semester ini:

Course code    : IF3104
Course name    : Pemrograman Web Lanjut
Lecturer (new) : Yohanes Siregar, S.Kom., M.T.
Class          : IF-3A & IF-3B (digabung dalam satu course)

Saya tetap jadi koordinator MK, jadi please jangan hapus akses saya ya.

Thank you so much!

Best regards,
Putri Handayani, S.Kom., M.Cs.
Koordinator MK Pemrograman Web
Jurusan Teknik Informatika | Politeknik Negeri Batam
Jl. Ahmad Yani, Batam Centre, Batam 29461
www.polibatam.ac.id

DISCLAIMER: This email and any files transmitted with it are confidential
and intended solely for the use of the individual or entity to whom they
are addressed. Email ini dan lampirannya bersifat rahasia dan hanya
ditujukan untuk penerima yang dimaksud.
""",
     type="course_data", lang="mixed",
     fields={"course_code": "IF3104", "course_name": "Pemrograman Web Lanjut",
             "changes": {"lecturer": "Yohanes Siregar, S.Kom., M.T.", "class": "IF-3A & IF-3B"}}),

dict(slug="santai-campur-semester-past-courses", date="2026-10-15 13:50:26", client="gmail",
     frm=("Bagas Wicaksono", "bagas.wicaksono@polibatam.ac.id"),
     subject="semester course Animasi 3D",
     body="""Hi tim P4M,

Course Animasi 3D (AN2203) please update semesternya ke Ganjil 2026/2027 ya,
soalnya di dashboard mahasiswa course-nya masuk ke "Past courses" terus.
Thanks a lot!

Cheers,
Bagas
""",
     type="course_data", lang="mixed",
     fields={"course_code": "AN2203", "course_name": "Animasi 3D", "changes": {"semester": "Ganjil 2026/2027"}}),

dict(slug="bullet-tiga-perubahan-campur-en", date="2026-10-19 09:10:14", client="zimbra",
     frm=("Teguh Santoso", "teguh.santoso@polibatam.ac.id"),
     subject="Course changes - Sistem Kendali Robot RB3104",
     body="""Selamat pagi P4M team,

Berikut changes untuk course Sistem Kendali Robot (RB3104) mulai semester
ini, sesuai hasil review kurikulum with our industry partners:

- fullname: Robot Control Systems
- shortname: RB3104-RCS
- credits: 4 SKS (2 teori + 2 praktikum)

Alasannya course ini sekarang juga diikuti mahasiswa IUP, jadi nama
course-nya pakai English. Let me know kalau ada yang kurang.

Regards,
Ir. Teguh Santoso, M.Eng.
Koordinator Prodi Teknologi Rekayasa Robotika
""",
     type="course_data", lang="mixed",
     fields={"course_code": "RB3104", "course_name": "Sistem Kendali Robot",
             "changes": {"fullname": "Robot Control Systems", "shortname": "RB3104-RCS", "credits": "4"}}),

dict(slug="key-bocor-nilai-dikirim-lewat-wa", date="2026-10-21 22:04:51", client="iphone",
     frm=("Sinta Maharani", "sinta.maharani@polibatam.ac.id"),
     subject="Urgent: enrolment key Keamanan Jaringan bocor",
     body="""Malam tim P4M, sorry ganggu malam2.

Enrolment key course Keamanan Jaringan (RKS3102) bocor, sudah di-share di grup angkatan lain. Tolong di-reset/diganti ASAP ya. New key-nya nanti saya kirim via WA ke admin P4M, biar nggak ke-forward lagi lewat email.

Thanks,
Sinta

Sent from my iPhone
""",
     type="course_data", lang="mixed",
     fields={"course_code": "RKS3102", "course_name": "Keamanan Jaringan", "changes": {"enrolment_key": ""}},
     note="Incomplete: asks for a new enrolment key but will send the value by WhatsApp (empty value)."),

dict(slug="kuis-pindah-tayang-besok-jam-7", date="2026-10-22 16:55:08", client="gmail",
     frm=("Agus Supriadi", "agus.supriadi@polibatam.ac.id"),
     subject="Tolong umumkan: kuis 3 Mekanika Fluida pindah hari",
     body="""Sore tim P4M,

Mohon dibantu pasang pengumuman di course Mekanika Fluida (MS3105), tayang
besok jam 7 pagi supaya mahasiswa baca sebelum kuliah.

Judulnya: Kuis 3 Mekanika Fluida Dipindah ke Kamis Depan

Isinya kurang lebih:
Kuis 3 yang semula dijadwalkan Senin, 26 Oktober 2026 dipindah ke Kamis,
29 Oktober 2026 pukul 10.00-11.00 WIB karena Senin ruang lab dipakai untuk
kalibrasi alat. Materi kuis tetap Bab 4 dan 5 (aliran dalam pipa dan head
loss). Kuis dikerjakan di e-learning dari ruang M-204.

Terima kasih,
Agus Supriadi, S.T., M.T.
""",
     type="announcement", lang="id",
     fields={"course_code": "MS3105", "course_name": "Mekanika Fluida",
             "title": "Kuis 3 Mekanika Fluida Dipindah ke Kamis Depan", "scope": "course",
             "publish_at": "2026-10-23T07:00:00+07:00"}),

dict(slug="perpustakaan-jam-layanan-uas", date="2026-12-02 10:20:00", client="zimbra",
     frm=("Nur Aini", "nur.aini@polibatam.ac.id"),
     subject="Permohonan publikasi pengumuman perpustakaan di e-learning",
     body="""Yth. Admin E-Learning P4M,

Dengan hormat, UPA Perpustakaan bermaksud menyampaikan pengumuman kepada
seluruh mahasiswa melalui halaman depan e-learning. Mohon dapat ditayangkan
pada Senin, 7 Desember 2026 pukul 07.30 WIB.

Judul: Perpanjangan Jam Layanan Perpustakaan Selama UAS

Isi:
Dalam rangka mendukung persiapan Ujian Akhir Semester Ganjil 2026/2027, jam
layanan Perpustakaan Politeknik Negeri Batam diperpanjang mulai 7 s.d. 23
Desember 2026:
- Senin-Jumat: 08.00-21.00 WIB
- Sabtu: 09.00-15.00 WIB
Ruang baca lantai 2 dapat dipakai untuk belajar kelompok dengan reservasi di
meja sirkulasi.

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Hormat kami,
Nur Aini, S.IP.
Pustakawan, UPA Perpustakaan
Politeknik Negeri Batam
""",
     type="announcement", lang="id",
     fields={"title": "Perpanjangan Jam Layanan Perpustakaan Selama UAS", "scope": "site",
             "publish_at": "2026-12-07T07:30:00+07:00"}),
]

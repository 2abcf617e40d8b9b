"""Mails for make_holdout44.py: course_data, part 2 (written by hand)."""

MAILS = [
dict(slug="re-ack-bottom-posted-nilai-susulan", date="2026-09-16 15:03:27", client="thunderbird",
     frm=("Ir. Darmawan Saputra, M.T.", "darmawan.saputra@polibatam.ac.id"),
     subject="Re: [P4M #2026-1184] Permintaan perubahan nama singkat MS4203",
     headers=[("In-Reply-To", "<tkt-2026-1184.ack@helpdesk.polibatam.ac.id>"),
              ("References", "<tkt-2026-1184.ack@helpdesk.polibatam.ac.id>")],
     body="""Pada 16/09/26 10.12, Helpdesk P4M menulis:
> Yth. Bapak Darmawan Saputra,
>
> Permintaan Bapak sudah kami terima dengan nomor tiket #2026-1184.
> Course: MS4203 Otomasi Sistem Produksi
> Jenis permintaan: perubahan data mata kuliah
>
> Mohon maaf, pada email Bapak belum tercantum nama singkat (shortname)
> yang diinginkan. Mohon dibalas dengan nilai yang baru agar dapat segera
> kami proses.
>
> Salam,
> Tim Helpdesk P4M

Baik, maaf kelupaan. Nama singkat yang saya mau: MS4203-OSP

Sekalian, kalau bisa semester di course itu juga disesuaikan ke Ganjil
2026/2027, di halaman course masih tertulis tahun lalu.

Terima kasih,
Darmawan
""",
     type="course_data", lang="id",
     fields={"course_code": "MS4203", "course_name": "Otomasi Sistem Produksi",
             "changes": {"shortname": "MS4203-OSP", "semester": "Ganjil 2026/2027"}},
     note="Bottom-posted reply to the helpdesk's acknowledgement; the course is named only in the subject and the quoted part."),

dict(slug="fwd-admin-jurusan-pesan-kajur-sks", date="2026-09-18 09:27:40", client="gmail",
     frm=("Lestari Ningsih", "lestari.ningsih@polibatam.ac.id"),
     subject="Fwd: SKS Metrologi Industri di e-learning",
     body="""Selamat pagi,

Meneruskan pesan dari Pak Kajur di bawah. Mohon dibantu ya.

Terima kasih,
Lestari
Admin Jurusan Teknik Mesin

---------- Pesan terusan ---------
Dari: Dr. Eng. Ahmad Rifai <ahmad.rifai@polibatam.ac.id>
Date: Kam, 17 Sep 2026 pukul 16.40
Subject: SKS Metrologi Industri di e-learning
To: Lestari Ningsih <lestari.ningsih@polibatam.ac.id>


Bu Lestari,

Tolong diteruskan ke P4M. Di e-learning, course Metrologi Industri (MS2103)
masih tercatat 2 SKS, seharusnya 3 SKS sesuai kurikulum 2026 (2 SKS teori +
1 SKS praktik). Mahasiswa ada yang bertanya karena tampilannya beda dengan
KRS.

Terima kasih.

Rifai
""",
     type="course_data", lang="id",
     fields={"course_code": "MS2103", "course_name": "Metrologi Industri", "changes": {"credits": "3"}},
     note="Forwarded by the department administrator; the request is the head of department's, in the forwarded part."),

dict(slug="info-course-hanya-di-subjek", date="2026-09-21 07:55:12", client="roundcube",
     frm=("Yudha Pratama", "yudha.pratama@polibatam.ac.id"),
     subject="RKS2105 Kriptografi Terapan",
     body="""Pagi,

Mohon enrolment key-nya diganti jadi kripto#RKS26 ya. Key yang lama sudah
tersebar ke angkatan lain, banyak yang bukan peserta ikut masuk.

Trims,
--
Yudha Pratama, S.Tr.Kom., M.Kom.
Prodi Rekayasa Keamanan Siber
""",
     type="course_data", lang="id",
     fields={"course_code": "RKS2105", "course_name": "Kriptografi Terapan",
             "changes": {"enrolment_key": "kripto#RKS26"}},
     note="The course is named only in the subject."),

dict(slug="salah-ketik-nama-field-yahoo", date="2026-09-23 11:48:03", client="yahoo",
     frm=("Maria Simanjuntak", "mariagoretti.s@yahoo.co.id"),
     subject="perubahan nama sigkat dan deskirpsi MK Akuntansi Sektor Publik",
     body="""Selamat siang tim P4M,

Saya Maria Simanjuntak, dosen Akuntansi. Mohon bantuan perubahan data MK
Akuntansi Sektor Publik (AK3108) di elearning:

nama sigkat / shortnmae : AK3108-ASP
deskirpsi : Mata kuliah ini membahas siklus akuntansi pada entitas pemerintah daerah, penyusunan laporan keuangan berbasis akrual sesuai SAP, serta analisis anggaran dan realisasi APBD.

Semeter dan kelas tidak berubah.

Mohon maaf kalau ada salah ketik, saya kirim dari laptop anak saya yang
keyboardnya agak rusak.

Terima kasih,
Maria G. Simanjuntak, S.E., M.Si., Ak.
""",
     type="course_data", lang="id",
     fields={"course_code": "AK3108", "course_name": "Akuntansi Sektor Publik",
             "changes": {"shortname": "AK3108-ASP",
                         "summary": "Mata kuliah ini membahas siklus akuntansi pada entitas pemerintah daerah, penyusunan laporan keuangan berbasis akrual sesuai SAP, serta analisis anggaran dan realisasi APBD."}},
     note="Field words misspelt (sigkat, shortnmae, deskirpsi, semeter)."),

dict(slug="ralat-sendiri-maaf-yang-benar", date="2026-09-24 08:03:36", client="gmail",
     frm=("Anggun Lestari", "anggun.lestari@polibatam.ac.id"),
     subject="Re: Perubahan kelas course Pengantar Pariwisata",
     headers=[("In-Reply-To", "<CAPwq7Hk2yRz0vT4nLm9cB1aFd8e@mail.gmail.com>"),
              ("References", "<CAPwq7Hk2yRz0vT4nLm9cB1aFd8e@mail.gmail.com>")],
     body="""Maaf tim P4M, ralat email saya semalam. Yang benar kelasnya PW-1B, bukan
PW-1D. Semalam saya salah lihat jadwal. Yang lain tetap.

Mohon maaf merepotkan.

Anggun

Pada Rab, 23 Sep 2026 pukul 20.14 Anggun Lestari <anggun.lestari@polibatam.ac.id>
menulis:

> Selamat malam,
>
> Mohon kelas di course Pengantar Pariwisata (PW1102) diubah menjadi PW-1D,
> karena ada pertukaran rombel dengan Bu Ratna.
>
> Terima kasih.
>
> Anggun Lestari, S.Par., M.Par.
> Dosen Program Studi Pariwisata
""",
     type="course_data", lang="id",
     fields={"course_code": "PW1102", "course_name": "Pengantar Pariwisata", "changes": {"class": "PW-1B"}},
     note="Corrects the sender's own earlier request, which is quoted: the class is PW-1B, not PW-1D."),

dict(slug="dosen-pengganti-belum-ada-nama", date="2026-09-28 10:30:00", client="zimbra",
     frm=("Bambang Irawan", "bambang.irawan@polibatam.ac.id"),
     subject="Penggantian dosen pengampu Statika dan Tegangan",
     body="""Yth. Tim P4M,

Sehubungan dengan purnabakti Bapak Drs. Sudirman, M.T. per 1 Oktober 2026,
dosen pengampu MK Statika dan Tegangan (MS2201) di e-learning perlu diganti.
Nama dosen penggantinya masih menunggu SK penugasan dari Jurusan, insyaallah
minggu depan sudah keluar dan akan saya kabari.

Sementara itu mohon akses Pak Sudirman di course tersebut jangan dihapus dulu
sampai nilai UTS selesai diinput.

Terima kasih.

Bambang Irawan, S.T., M.T.
Ketua Program Studi Teknik Mesin
Politeknik Negeri Batam
""",
     type="course_data", lang="id",
     fields={"course_code": "MS2201", "course_name": "Statika dan Tegangan", "changes": {"lecturer": ""}},
     note="Incomplete: the lecturer is to change but the new name is not known yet (empty value)."),
]

"""Mails for make_holdout44.py: announcements, part 3 (written by hand)."""

MAILS = [
dict(slug="tr-sekretariat-wadir-call-for-papers", date="2026-10-27 13:40:09", client="outlook",
     frm=("Yuliana Putri", "yuliana.putri@polibatam.ac.id"),
     subject="TR: Publikasi SNVT 2026 di e-learning",
     body="""Dengan hormat,

Berikut kami teruskan arahan Bapak Wakil Direktur Bidang Akademik terkait
publikasi seminar nasional di e-learning. Mohon ditindaklanjuti.

Terima kasih.

Yuliana Putri
Sekretariat Wakil Direktur I

________________________________
Dari: Dr. Ir. Hasan Basri, M.T. <hasan.basri@polibatam.ac.id>
Dikirim: Senin, 26 Oktober 2026 17.05
Kepada: Yuliana Putri <yuliana.putri@polibatam.ac.id>
Subjek: Publikasi SNVT 2026 di e-learning

Bu Yuli,

Tolong minta P4M memasang pengumuman di beranda e-learning untuk seluruh
dosen dan mahasiswa, tayang pada tanggal 2 November 2026 pagi pukul 08.00.

Judul: Call for Papers Seminar Nasional Vokasi dan Teknologi (SNVT) 2026

Isi singkat: SNVT 2026 mengundang dosen, mahasiswa dan praktisi mengirimkan
makalah bertema "Vokasi Unggul untuk Industri Maritim dan Manufaktur". Batas
pengiriman abstrak 30 November 2026. Informasi lengkap di
https://snvt.polibatam.ac.id.

Terima kasih.
HB
""",
     type="announcement", lang="id",
     fields={"title": "Call for Papers Seminar Nasional Vokasi dan Teknologi (SNVT) 2026", "scope": "site",
             "publish_at": "2026-11-02T08:00:00+07:00"},
     note="Forwarded by the vice-director's secretariat; the request and the text are in the forwarded part."),

dict(slug="koreksi-jam-tayang-pengumuman", date="2026-10-16 07:12:55", client="gmail",
     frm=("Rizky Aditya", "rizky.aditya@polibatam.ac.id"),
     subject="Re: Pengumuman kunjungan industri MF2205",
     headers=[("In-Reply-To", "<CAGh5tRm0xQe8pLk2VnW7dYs3uJf@mail.gmail.com>"),
              ("References", "<CAGh5tRm0xQe8pLk2VnW7dYs3uJf@mail.gmail.com>")],
     body="""Tim P4M, maaf ada koreksi untuk permintaan saya kemarin sore. Pengumumannya
jangan tayang Senin, yang benar tayang hari Selasa 20 Oktober jam 13.00,
karena Senin mahasiswa masih UTS. Judul dan isinya tetap sama seperti di
bawah.

Terima kasih, maaf merepotkan.

Rizky

Pada Kam, 15 Okt 2026 pukul 15.30 Rizky Aditya <rizky.aditya@polibatam.ac.id>
menulis:

> Selamat sore,
>
> Mohon dipasang pengumuman di course Manajemen Produksi (MF2205), tayang
> Senin 19 Oktober pukul 07.00.
>
> Judul: Kunjungan Industri ke PT Sinar Presisi Batam
>
> Isi: Kunjungan industri dilaksanakan Kamis, 29 Oktober 2026. Berkumpul di
> lobi Gedung Utama pukul 07.30, berpakaian PDH dan membawa APD (helm dan
> sepatu safety). Kehadiran dihitung sebagai satu pertemuan tatap muka.
>
> Terima kasih.
>
> Rizky Aditya, S.T., M.T.
> Dosen Teknik Manufaktur
""",
     type="announcement", lang="id",
     fields={"course_code": "MF2205", "course_name": "Manajemen Produksi",
             "title": "Kunjungan Industri ke PT Sinar Presisi Batam", "scope": "course",
             "publish_at": "2026-10-20T13:00:00+07:00"},
     note="Corrects the publish time of the sender's own earlier request, which is quoted with the title and text."),

dict(slug="international-office-exchange-call", date="2026-09-29 15:08:47", client="outlook", html_lang="en-US",
     frm=("Fransiska Wulandari", "fransiska.w@polibatam.ac.id"),
     subject="Site announcement: student exchange call (even semester 2026/2027)",
     body="""Dear Helpdesk P4M,

The International Office kindly requests a site-wide announcement on
e-learning, published on 5 October 2026 at 10:00 WIB.

Title: Call for Applications: Student Exchange to Malaysia and Thailand, Even Semester 2026/2027

Body text:
Polibatam students in semesters 3 to 5 with a GPA of at least 3.00 may apply
for a one-semester exchange at Politeknik Ungku Omar (Malaysia) or
Rajamangala University of Technology Srivijaya (Thailand). Tuition is waived
by the host institution; a living allowance is available for selected
students. Applications close on 30 October 2026. Details and the form are at
https://io.polibatam.ac.id/exchange.

Best regards,
Fransiska Wulandari, M.A.
International Office
Politeknik Negeri Batam
""",
     type="announcement", lang="en",
     fields={"title": "Call for Applications: Student Exchange to Malaysia and Thailand, Even Semester 2026/2027",
             "scope": "site", "publish_at": "2026-10-05T10:00:00+07:00"}),

dict(slug="visiting-lecturer-singapore-ordinal-date", date="2026-10-26 18:30:12", client="gmail",
     frm=("Grace Tan", "grace.tan@sp.edu.sg"),
     subject="Please post: replacement lecture, Data Analytics for Business",
     body="""Hi P4M Helpdesk,

I'm the visiting lecturer from Singapore Polytechnic co-teaching Data
Analytics for Business (AB3206) with Pak Irfan this term. Could you please
post the announcement below in that course? Please publish it on Thursday,
October 29th, 7:30 AM, Batam time.

Title: Replacement Lecture for Week 9

Dear students, the week 9 lecture that was cancelled because of my flight
delay will be replaced on Friday, 30 October 2026, 13:00-15:00 WIB, online
via Zoom (link on the course page). Please finish Power BI exercise 3
beforehand.

Thank you very much!
Grace Tan
Lecturer, School of Business
Singapore Polytechnic
""",
     type="announcement", lang="en",
     fields={"course_code": "AB3206", "course_name": "Data Analytics for Business",
             "title": "Replacement Lecture for Week 9", "scope": "course",
             "publish_at": "2026-10-29T07:30:00+07:00"}),

dict(slug="webinar-genai-senin-depan-campur", date="2026-11-12 10:15:40", client="zimbra",
     frm=("Rina Agustina", "rina.agustina@polibatam.ac.id"),
     subject="Publish announcement webinar GenAI",
     body="""Hi tim Helpdesk,

Tolong publish announcement ini di front page e-learning ya, untuk semua
dosen. Jadwal tayang Senin depan jam 9 pagi, biar pas awal minggu.

Title: Webinar Series: Generative AI untuk Pembelajaran dan Asesmen

Isi:
P4M mengundang Bapak/Ibu dosen mengikuti webinar series "Generative AI untuk
Pembelajaran dan Asesmen" setiap Rabu, 18 November s.d. 9 Desember 2026,
pukul 13.30-15.30 WIB via Zoom. Topics: prompt design untuk bahan ajar,
AI-assisted feedback, dan academic integrity. Registration:
https://s.polibatam.ac.id/webinar-genai. E-sertifikat tersedia untuk peserta
yang hadir minimal 3 sesi.

Thanks!
Rina Agustina, M.Pd.
""",
     type="announcement", lang="mixed",
     fields={"title": "Webinar Series: Generative AI untuk Pembelajaran dan Asesmen", "scope": "site",
             "publish_at": "2026-11-16T09:00:00+07:00"}),

dict(slug="uts-take-home-malam-ini-jam-8", date="2026-10-30 15:42:18", client="gmail",
     frm=("Ferdinand Lubis", "ferdinand.lubis@polibatam.ac.id"),
     subject="Announcement UTS Machine Learning (IF3208)",
     body="""Sore P4M,

Tolong post announcement di course Machine Learning (IF3208) ya, malam ini
jam 8 (20:00), jangan lebih awal karena soalnya masih saya finalkan.

Title: UTS Machine Learning: Take-Home Project

Isi:
UTS dilaksanakan sebagai take-home project. Dataset dan instruksi ada di
folder "UTS" di course. Deadline submit: Jumat, 6 November 2026 pukul 23.59
WIB via Assignment. Kerjakan individual; similarity di atas 30% akan
diperiksa lebih lanjut.

Thanks,
Ferdinand
""",
     type="announcement", lang="mixed",
     fields={"course_code": "IF3208", "course_name": "Machine Learning",
             "title": "UTS Machine Learning: Take-Home Project", "scope": "course",
             "publish_at": "2026-10-30T20:00:00+07:00"}),

dict(slug="hima-lomba-robot-poster-tanpa-jam", date="2026-10-09 16:02:33", client="gmail",
     frm=("HIMA Mekatronika Polibatam", "himatronika.polibatam@gmail.com"),
     subject="Permohonan publikasi Robotic Competition 2026",
     attach=[("poster-prc-2026.png", "png")],
     body="""Selamat sore kakak-kakak tim P4M,

Kami dari Himpunan Mahasiswa Mekatronika (HIMATRONIKA) ingin minta tolong
agar info lomba kami bisa di-publish di announcement e-learning untuk semua
mahasiswa. Poster sudah kami lampirkan. Waktu tayang terserah tim P4M, yang
penting sebelum registrasi tutup.

Judul: Polibatam Robotic Competition 2026 - Open Registration

Isi: Polibatam Robotic Competition 2026 kembali hadir dengan kategori Line
Follower, Robot Sumo, dan Smart Farming IoT. Terbuka untuk mahasiswa
Polibatam dan SMA/SMK se-Kepri. Registration closes 14 November 2026, final
di Tech Plaza Polibatam 28 November 2026. Info: IG @himatronika.polibatam.

Surat persetujuan dari Bagian Kemahasiswaan menyusul ya kak.

Terima kasih banyak!
Aldi Pratama
Ketua HIMATRONIKA 2026/2027
""",
     type="announcement", lang="mixed",
     fields={"title": "Polibatam Robotic Competition 2026 - Open Registration", "scope": "site"},
     note="Sent by a student association with a poster; the approval letter from student affairs is still to follow."),
]

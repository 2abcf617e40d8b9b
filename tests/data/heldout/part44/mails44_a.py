"""Mails for make_holdout44.py: course_data, part 1 (written by hand)."""

DISCLAIMER_PB = """PERHATIAN: Email ini beserta lampirannya hanya ditujukan untuk penerima yang
disebutkan di atas dan dapat berisi informasi yang bersifat rahasia. Apabila
Anda bukan penerima yang dimaksud, mohon segera memberi tahu pengirim dan
menghapus email ini."""

MAILS = [
dict(slug="teknisi-lab-titip-permintaan-dosen", date="2026-09-02 08:41:17", client="gmail",
     frm=("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
     cc=[("Ika Permatasari", "ika.permatasari@polibatam.ac.id")],
     subject="Titip permintaan Bu Ika - course Mikrokontroler",
     body="""Selamat pagi Bapak/Ibu tim P4M,

Saya Rudi, teknisi Laboratorium Elektronika Dasar. Saya diminta Ibu Ika
Permatasari, S.T., M.T. menyampaikan permintaan beliau, karena beliau sedang
mendampingi kunjungan industri mahasiswa di Karimun sampai Jumat dan sinyal di
sana kurang bagus. Ibu Ika saya tembuskan di email ini.

Untuk course Mikrokontroler (EL2206) di e-learning, mohon:
- enrolment key diganti menjadi mikro2026B, karena key yang lama ikut
  tersebar ke grup angkatan 2025;
- kelas yang tercantum masih EL-2A, padahal yang beliau ajar semester ini
  EL-2B Pagi.

Kalau perlu konfirmasi langsung dari Ibu Ika, silakan balas ke email ini saja,
nanti beliau jawab kalau sudah dapat sinyal.

Terima kasih banyak.

Salam,
Rudi Hartono
Teknisi Lab Elektronika Dasar
Jurusan Teknik Elektro - Politeknik Negeri Batam
""",
     type="course_data", lang="id",
     fields={"course_code": "EL2206", "course_name": "Mikrokontroler",
             "changes": {"enrolment_key": "mikro2026B", "class": "EL-2B Pagi"}},
     note="Written by a lab technician on behalf of the lecturer, who is in Cc."),

dict(slug="koordinator-prodi-koreksi-bernomor", date="2026-09-03 13:22:05", client="outlook",
     frm=("Sri Wahyuni, S.E., M.Ak.", "sri.wahyuni@polibatam.ac.id"),
     subject="Koreksi data course AKM3204 (hasil rapat prodi)",
     body="""Yth. Tim Helpdesk P4M,

Menindaklanjuti rapat koordinasi Prodi Akuntansi Manajerial tanggal 1
September kemarin, ada beberapa koreksi data course di e-learning untuk MK
Audit Internal (AKM3204):

1. Nama lengkap course \u2192 Audit Internal dan Tata Kelola
2. Nama singkat \u2192 AKM3204-AITK
3. Jumlah SKS \u2192 3 (sebelumnya tercatat 2 SKS)

Data lain seperti dosen pengampu dan kelas sudah benar, tidak perlu diubah.
Perubahan ini mengikuti kurikulum 2026 yang sudah disahkan Direktur.

Atas bantuannya kami ucapkan terima kasih.

Hormat kami,
Sri Wahyuni, S.E., M.Ak.
Koordinator Program Studi Akuntansi Manajerial
Jurusan Manajemen dan Bisnis
Politeknik Negeri Batam

""" + DISCLAIMER_PB + "\n",
     type="course_data", lang="id",
     fields={"course_code": "AKM3204", "course_name": "Audit Internal",
             "changes": {"fullname": "Audit Internal dan Tata Kelola", "shortname": "AKM3204-AITK",
                         "credits": "3"}}),

dict(slug="praktisi-industri-terse-disclaimer", date="2026-09-07 19:48:31", client="outlook",
     html_lang="en-US",
     frm=("Hendra Gunawan", "hendra.gunawan@batamindo-precision.co.id"),
     subject="Robotika Industri MR3107 - lecturer name",
     body="""Hi,

I teach Robotika Industri (MR3107) this sem as practitioner lecturer, Tue
evening class. Course page still shows the previous lecturer.
Pls change lecturer to: Hendra Gunawan, S.T.

Thx.

Hendra Gunawan
Senior Automation Engineer
PT Batamindo Precision Components
Jl. Beringin Lot 211, Batamindo Industrial Park, Muka Kuning, Batam

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended only for
the named addressee(s) and may contain information that is confidential or
privileged. If you are not the intended recipient, please notify the sender
immediately and delete this e-mail. Any unauthorised use, disclosure or
copying is strictly prohibited. PT Batamindo Precision Components accepts no
liability for any damage caused by viruses transmitted by this e-mail.
""",
     type="course_data", lang="en",
     fields={"course_code": "MR3107", "course_name": "Robotika Industri",
             "changes": {"lecturer": "Hendra Gunawan, S.T."}}),

dict(slug="pensyarah-malaysia-tukar-nama-plus-wifi", date="2026-09-09 10:05:44", client="gmail",
     frm=("Nurul Aisyah Kamaruddin", "nurulaisyah.k@puo.edu.my"),
     subject="Mohon tukar nama pensyarah kursus Sistem Informasi Geografis",
     body="""Assalamualaikum dan salam sejahtera tim P4M,

Saya Dr. Nurul Aisyah binti Kamaruddin, pensyarah pelawat dari Politeknik
Ungku Omar, Ipoh. Mulai minggu ini saya mengajar bersama di Prodi Teknik
Geomatika selama satu semester di bawah program mobiliti pensyarah.

Saya ingin memohon agar nama pensyarah bagi kursus Sistem Informasi Geografis
(GM2204) di e-learning ditukar kepada Dr. Nurul Aisyah binti Kamaruddin. Buat
masa ini yang tertera masih nama Encik Fadli, yang sudah berpindah ke kursus
lain.

Satu lagi soalan, tidak berkaitan dengan e-learning: adakah pensyarah pelawat
boleh mendapat akaun WiFi kampus sendiri, atau perlu guna akaun tetamu? Kalau
bukan urusan P4M, mohon maaf, dan boleh maklumkan kepada siapa saya patut
bertanya.

Terima kasih atas bantuan tuan/puan.

Yang benar,
Dr. Nurul Aisyah binti Kamaruddin
Pensyarah Kanan, Jabatan Kejuruteraan Awam
Politeknik Ungku Omar, Ipoh, Perak
""",
     type="course_data", lang="id",
     fields={"course_code": "GM2204", "course_name": "Sistem Informasi Geografis",
             "changes": {"lecturer": "Dr. Nurul Aisyah binti Kamaruddin"}},
     note="Malay-flavoured Indonesian from a visiting lecturer; also asks an unrelated question about a campus WiFi account."),

dict(slug="komting-hp-tanpa-tanda-baca", date="2026-09-10 21:37:09", client="iphone",
     frm=("Fikri Ramadhan", "fikri.ramadhan@students.polibatam.ac.id"),
     subject="kelas pbo salah",
     body="""pagi min eh malam maksudnya sy fikri komting TI 3C mau lapor di elearning mk pemrograman berorientasi objek kls kami msh ketulis TI-3A pdhl kami TI-3C jd temen2 bingung tlg diganti jd TI-3C ya min soalnya pak dosennya blm sempet ngabarin makasih bnyk min

Dikirim dari iPhone saya
""",
     type="course_data", lang="id",
     fields={"course_name": "pemrograman berorientasi objek", "changes": {"class": "TI-3C"}},
     note="Class representative writing from a phone with abbreviations and no punctuation."),

dict(slug="outlook-html-tabel-lama-baru", date="2026-09-14 09:16:52", client="outlook_html",
     html_lang="en-US",
     frm=("Capt. Yosef Manurung, M.Mar.", "yosef.manurung@polibatam.ac.id"),
     subject="Course data update - LPI3105",
     body="(HTML only) Logistik Maritim LPI3105 table: full name and semester, current vs new.",
     html="""<p class="MsoNormal">Dear P4M team,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">For the international class of Logistik Maritim (LPI3105) we would like to update the course details on e-learning as follows:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td width="140" style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Field</b><o:p></o:p></p></td>
<td width="180" style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Current</b><o:p></o:p></p></td>
<td width="260" style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>New</b><o:p></o:p></p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal">Full name<o:p></o:p></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Logistik Maritim<o:p></o:p></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Maritime Logistics and Port Operations<o:p></o:p></p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal">Semester<o:p></o:p></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Ganjil 2025/2026<o:p></o:p></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">Ganjil 2026/2027<o:p></o:p></p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal">Short name<o:p></o:p></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">LPI3105<o:p></o:p></p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">(no change)<o:p></o:p></p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">The Indonesian-medium class (LPI-3A) has its own course page, please leave that one as it is.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal">Capt. Yosef Manurung, M.Mar.<o:p></o:p></p>
<p class="MsoNormal">Lecturer, Logistik Perdagangan Internasional<o:p></o:p></p>
<p class="MsoNormal">Politeknik Negeri Batam<o:p></o:p></p>
""",
     type="course_data", lang="en",
     fields={"course_code": "LPI3105", "course_name": "Logistik Maritim",
             "changes": {"fullname": "Maritime Logistics and Port Operations", "semester": "Ganjil 2026/2027"}},
     note="HTML-only Outlook mail; the changes are in a table of current and new values."),
]

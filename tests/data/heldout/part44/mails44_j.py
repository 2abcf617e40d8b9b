"""Mails for make_holdout44.py: other (written by hand)."""

MAILS = [
dict(slug="terima-kasih-key-sudah-jalan-rating", date="2026-09-21 14:02:19", client="roundcube",
     frm=("Yudha Pratama", "yudha.pratama@polibatam.ac.id"),
     subject="Re: [P4M #2026-1236] RKS2105 Kriptografi Terapan",
     headers=[("In-Reply-To", "<tkt-2026-1236.res@helpdesk.polibatam.ac.id>"),
              ("References", "<tkt-2026-1236.ack@helpdesk.polibatam.ac.id>\n <tkt-2026-1236.res@helpdesk.polibatam.ac.id>")],
     body="""Siang,

Sudah saya cek, key barunya sudah bisa dipakai mahasiswa. Cepat sekali
responsnya, terima kasih banyak. Untuk penilaian layanan: 5.

Salam,
Yudha
""",
     type="other", lang="id", fields={},
     note="Thanks and a satisfaction rating after a resolved ticket; asks for nothing new."),

dict(slug="alumni-salah-alamat-legalisir-ijazah", date="2026-11-13 19:30:02", client="yahoo",
     frm=("Dedi Kurniadi", "dedi.kurniadi88@yahoo.co.id"),
     subject="legalisir ijazah",
     body="""Selamat malam,

Saya alumni D3 Teknik Elektronika lulusan 2019. Saya butuh legalisir ijazah
dan transkrip 5 lembar untuk melamar kerja di Jakarta. Apakah bisa diurus
lewat email ini dan dikirim via pos? Berapa biayanya?

Terima kasih.
Dedi Kurniadi
""",
     type="other", lang="id", fields={},
     note="Misdirected: an alumnus asking for certified copies of his diploma; belongs to the academic office."),

dict(slug="honor-narasumber-pelatihan", date="2026-12-04 15:05:27", client="zimbra",
     frm=("Irwan Setiadi", "irwan.setiadi@polibatam.ac.id"),
     subject="Honor narasumber pelatihan Moodle bulan lalu",
     body="""Selamat sore,

Saya menjadi narasumber pada Pelatihan Pembuatan Kuis Moodle untuk dosen baru
tanggal 5 November yang lalu. Sampai sekarang honor narasumber belum masuk ke
rekening, dan saya juga belum diminta menandatangani kuitansi. Apakah ada
berkas yang perlu saya lengkapi?

Terima kasih.

Irwan Setiadi, S.Kom., M.T.
""",
     type="other", lang="id", fields={}),

dict(slug="undangan-juri-lomba-video-dies", date="2026-11-20 10:40:58", client="outlook",
     frm=("Lusiana Damanik", "lusiana.damanik@polibatam.ac.id"),
     subject="Undangan juri Lomba Video Pembelajaran Inovatif",
     body="""Dengan hormat,

Dalam rangka Dies Natalis ke-26 Politeknik Negeri Batam, panitia
menyelenggarakan Lomba Video Pembelajaran Inovatif untuk dosen. Kami
bermaksud mengundang dua orang perwakilan P4M sebagai juri pada penilaian
final, Kamis, 3 Desember 2026 pukul 09.00-12.00 WIB di Ruang Rapat
Direktorat lantai 2.

Mohon konfirmasi nama perwakilan paling lambat 27 November 2026. Surat
undangan resmi menyusul melalui persuratan.

Hormat kami,
Lusiana Damanik
Sekretaris Panitia Dies Natalis ke-26
""",
     type="other", lang="id", fields={},
     note="An invitation to judge a competition, with a date and time; nothing to publish."),

dict(slug="vendor-ebook-bundle-offer", date="2026-09-25 14:00:00", client="outlook", html_lang="en-US",
     frm=("Jessica Wong", "jessica.wong@edupress-asia.com"),
     subject="Digital textbook bundle for vocational programmes - special offer for Polibatam",
     body="""Dear P4M Team,

I hope this email finds you well. EduPress Asia provides more than 2,400
digital textbooks for engineering, business and hospitality programmes,
with LTI integration for Moodle so that students can open chapters directly
from their course page.

For the 2027 academic year we are offering Indonesian polytechnics a 35%
discount on campus-wide licences signed before 31 December 2026, including
free onboarding workshops for lecturers.

Would you be available for a 30-minute online presentation in the coming
weeks? I would be happy to send our full catalogue and a price list
beforehand.

Best regards,
Jessica Wong
Partnership Manager, Southeast Asia
EduPress Asia Pte Ltd, Singapore
""",
     type="other", lang="en", fields={}),

dict(slug="mahasiswa-tanya-magang-di-p4m", date="2026-10-29 12:12:12", client="gmail",
     frm=("Kevin Aprianto", "kevin.aprianto@students.polibatam.ac.id"),
     subject="Tanya kesempatan magang di P4M",
     body="""Halo Bapak/Ibu tim P4M,

Saya Kevin, mahasiswa TRPL semester 5. Semester depan saya wajib internship
6 bulan, dan saya tertarik magang di P4M, khususnya di bagian pengembangan
e-learning atau Moodle plugin development. Apakah P4M menerima mahasiswa
magang? Kalau iya, requirements-nya apa saja dan CV dikirim ke mana?

Thank you!
Kevin Aprianto
""",
     type="other", lang="mixed", fields={}),

dict(slug="rencana-semester-depan-belum-pasti", date="2026-12-11 16:16:16", client="iphone",
     frm=("Stefanus Hadi", "stefanus.hadi@polibatam.ac.id"),
     subject="Rencana semester genap",
     body="""Hi P4M, just FYI, semester genap nanti course Desain Interaksi saya kemungkinan mau di-restructure dan mungkin ganti nama juga, tapi masih nunggu keputusan rapat prodi bulan Januari. Nanti saya kabari detailnya kalau sudah final ya, jadi untuk sekarang belum perlu diapa-apakan. Thanks!

Stefanus

Sent from my iPhone
""",
     type="other", lang="mixed", fields={},
     note="A plan for next semester: a possible rename is mentioned, but nothing is asked yet."),
]

"""Mails for make_holdout44.py: document_request (written by hand)."""

MAILS = [
dict(slug="auditor-ami-surat-formal-dokumen", date="2026-11-02 08:15:00", client="outlook",
     frm=("Dr. Fitriani Lubis, M.Si.", "fitriani.lubis@polibatam.ac.id"),
     subject="Permohonan dokumen untuk Audit Mutu Internal 2026 - Unit P4M",
     body="""Kepada Yth.
Kepala P4M Politeknik Negeri Batam
c.q. Tim Helpdesk P4M
di tempat

Dengan hormat,

Sehubungan dengan pelaksanaan Audit Mutu Internal (AMI) Tahun 2026 berdasarkan
Surat Tugas Direktur Nomor 1187/PL29/KP.01/2026, kami selaku tim auditor
memohon kesediaan Bapak/Ibu untuk menyampaikan dokumen berikut sebagai bahan
audit kecukupan:

1. SOP Layanan Helpdesk P4M yang berlaku;
2. Rekaman Helpdesk P4M periode Januari-Oktober 2026 (rekap permintaan dan
   waktu respons);
3. Laporan Evaluasi Diri (LED) layanan helpdesk tahun 2025 beserta bukti
   tindak lanjutnya.

Dokumen mohon dikirimkan dalam format PDF paling lambat Jumat, 13 November
2026 ke alamat email ini. Audit lapangan direncanakan pada minggu berikutnya
dan jadwal rinci akan kami sampaikan terpisah.

Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.

Hormat kami,
Dr. Fitriani Lubis, M.Si.
Ketua Tim Auditor AMI 2026
Satuan Penjaminan Mutu Politeknik Negeri Batam
""",
     type="document_request", lang="id", fields={}),

dict(slug="dosen-baru-minta-template-rps-bap", date="2026-12-09 14:26:35", client="gmail",
     frm=("Eka Saputri", "eka.saputri@polibatam.ac.id"),
     subject="Minta template RPS dan format BAP semester genap",
     body="""Selamat siang,

Saya dosen baru di Prodi Teknik Geomatika (mulai bulan ini). Untuk persiapan
semester genap, boleh saya minta file template RPS versi terbaru (yang sudah
OBE) dan format Berita Acara Perkuliahan (BAP)? Kalau ada contoh RPS yang
sudah diisi juga sangat membantu.

Terima kasih.

Eka Saputri, S.T., M.Eng.
Teknik Geomatika - Politeknik Negeri Batam
""",
     type="document_request", lang="id", fields={}),

dict(slug="prodi-baru-minta-formulir-course", date="2026-11-26 10:48:22", client="zimbra",
     frm=("Novita Sari", "novita.sari@polibatam.ac.id"),
     subject="Formulir permohonan pembuatan course baru",
     body="""Yth. Tim P4M,

Prodi Sarjana Terapan Teknologi Rekayasa Energi Terbarukan baru menerima
angkatan pertama tahun ini, dan untuk semester genap kami perlu membuka 8
course baru di e-learning. Mohon dikirimkan formulir permohonan pembuatan
course beserta ketentuan pengisiannya (apakah perlu tanda tangan Kaprodi dan
lampiran RPS).

Terima kasih.

Novita Sari, A.Md.
Admin Prodi TRET
Politeknik Negeri Batam
""",
     type="document_request", lang="id", fields={},
     note="The goal is new courses, but the ask itself is for the request form."),

dict(slug="admin-jurusan-minta-panduan-pdf-yahoo", date="2026-09-17 10:02:46", client="yahoo",
     frm=("Rosmawati", "rosmawati.tm@yahoo.co.id"),
     subject="Minta buku panduan e-learning untuk dosen",
     body="""Selamat pagi Bapak/Ibu P4M,

Jurusan Teknik Mesin menerima 4 dosen baru dan 6 dosen LB semester ini. Mohon
kiranya kami dapat dikirimi buku panduan penggunaan e-learning untuk dosen
(Moodle 4.x) versi terbaru dalam bentuk PDF, untuk kami bagikan saat
orientasi dosen baru Senin depan. Kalau ada video tutorialnya juga, boleh
dibagikan tautannya.

Terima kasih,
Rosmawati
Admin Jurusan Teknik Mesin
""",
     type="document_request", lang="id", fields={}),

dict(slug="accreditation-assessor-documents-en", date="2026-11-11 16:20:13", client="outlook", html_lang="en-US",
     frm=("Prof. Ir. Bambang Sugiarto, Ph.D.", "b.sugiarto@iabee.or.id"),
     subject="Request for documents - IABEE accreditation visit, Mechatronics programme",
     body="""Dear P4M Polibatam,

As part of the IABEE accreditation visit to the Applied Bachelor programme in
Mechatronics Engineering, scheduled for 1-3 December 2026, the assessment team
would be grateful to receive the following documents in English, if
available:

- the institution's policy or guideline on the use of the learning
  management system;
- the SOP for the development and review of online course content;
- any evaluation report of e-learning services for 2025.

PDF copies sent to this address by 20 November 2026 would be much
appreciated.

Kind regards,
Prof. Ir. Bambang Sugiarto, Ph.D.
IABEE Assessor
""",
     type="document_request", lang="en", fields={}),

dict(slug="partner-benchmarking-guidelines-en", date="2026-10-28 09:40:31", client="gmail",
     frm=("Maricel Dela Cruz", "maricel.delacruz@tup.edu.ph"),
     subject="Benchmarking request: blended learning guidelines",
     body="""Dear colleagues at P4M,

Good day! The Center for Learning Innovation at TUP Taguig is revising our
blended learning policy, and we learned during the ASEAN TVET forum that
Polibatam has well-documented procedures. Would you be willing to share your
blended learning guidelines and the template you use for online course
design (course blueprint), for benchmarking purposes?

We would of course acknowledge Polibatam in our document, and we are happy
to share ours in return.

Warm regards,
Maricel Dela Cruz, MAEd
Center for Learning Innovation
Technological University of the Philippines - Taguig
""",
     type="document_request", lang="en", fields={}),

dict(slug="template-kontrak-kuliah-rubrik-campur", date="2026-10-23 11:11:11", client="gmail",
     frm=("Yogi Permana", "yogi.permana@polibatam.ac.id"),
     subject="Request template kontrak kuliah & rubrik",
     body="""Halo P4M,

Boleh minta template Kontrak Perkuliahan dan rubrik assessment yang terbaru?
Mau saya pakai as reference buat sesi sharing OBE di jurusan minggu depan.
Kalau ada versi Word lebih bagus, biar bisa di-edit.

Thanks!
Yogi Permana, M.T.
""",
     type="document_request", lang="mixed", fields={}),
]

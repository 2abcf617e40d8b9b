"""Mails for make_holdout44.py: elearning_support, part 2 (written by hand)."""

MAILS = [
dict(slug="re-tiket-masih-gagal-outlook-quote", date="2026-10-13 11:26:40", client="outlook",
     frm=("Ahmad Zulkarnain", "ahmad.zulkarnain@polibatam.ac.id"),
     subject="RE: [P4M #2026-1347] Tidak bisa membuka kuis di course Fisika Terapan",
     headers=[("In-Reply-To", "<tkt-2026-1347.res@helpdesk.polibatam.ac.id>"),
              ("References", "<tkt-2026-1347.ack@helpdesk.polibatam.ac.id>\n <tkt-2026-1347.res@helpdesk.polibatam.ac.id>")],
     body="""Selamat siang,

Terima kasih atas tindak lanjutnya, tetapi masalahnya masih ada. Mahasiswa
kelas MS-1B tetap mendapat pesan "This quiz is not currently available",
padahal waktu buka kuis sudah saya set hari ini pukul 10.00-11.00. Kelas
MS-1A bisa normal. Mohon dicek lagi apakah masih ada pembatasan grup
(restrict access) yang tertinggal.

Salam,
Ahmad Zulkarnain

________________________________
Dari: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Dikirim: Senin, 12 Oktober 2026 16.02
Kepada: Ahmad Zulkarnain <ahmad.zulkarnain@polibatam.ac.id>
Subjek: [P4M #2026-1347] Tidak bisa membuka kuis di course Fisika Terapan

Yth. Bapak Ahmad Zulkarnain,

Pengaturan kuis pada course Fisika Terapan sudah kami perbaiki. Silakan
dicoba kembali.

Salam,
Tim Helpdesk P4M
""",
     type="elearning_support", lang="id", fields={},
     note="Reply to a resolved ticket: the problem persists."),

dict(slug="exchange-student-account-locked", date="2026-09-22 20:40:55", client="gmail",
     frm=("Kittipong Srisawat", "kittipong.sri@gmail.com"),
     subject="Account locked - exchange student",
     body="""Dear Sir/Madam,

I am Kittipong Srisawat, an exchange student from Rajamangala University of
Technology Srivijaya, studying in the Logistics programme at Polibatam this
semester. I tried to log in to e-learning several times with a wrong
password and now it says my account is locked. My username is 4402601903.

Can you please unlock it? I have an assignment due on Friday.

Thank you very much.

Best regards,
Kittipong
""",
     type="elearning_support", lang="en", fields={}),

dict(slug="turnitin-missing-part-time-lecturer", date="2026-10-20 19:58:02", client="outlook", html_lang="en-US",
     frm=("Ivan Halim", "ivan.halim@marinetech-batam.co.id"),
     subject="Turnitin option missing in assignment settings",
     body="""Hello,

I teach Naval Architecture Drawing as a part-time lecturer (Tuesday night).
When I create an assignment, the Turnitin plagiarism setting that the other
lecturers told me about doesn't appear at all. Is it only enabled for
full-time staff, or do I have to request it somewhere?

Regards,
Ivan Halim
Lead Designer, PT Marinetech Batam

This message is intended for the addressee only. If received in error,
please delete it and notify the sender.
""",
     type="elearning_support", lang="en", fields={}),

dict(slug="how-to-copy-question-bank", date="2026-11-03 10:05:19", client="thunderbird", content_lang="en-US",
     frm=("Lukas Wijaya", "lukas.wijaya@polibatam.ac.id"),
     subject="How do I reuse last year's question bank?",
     body="""Hi,

Quick how-to question: last year I built about 150 questions in the question
bank of my Thermodynamics course. This year's course page is a new, empty
one. What's the easiest way to copy just the question bank (not the whole
course) over? I tried Import, but it seems to bring all the activities too.

Thanks,
Lukas

--
Dr. Lukas Wijaya, S.T., M.Eng.
Mechanical Engineering, Politeknik Negeri Batam
""",
     type="elearning_support", lang="en", fields={}),

dict(slug="h5p-safari-campur", date="2026-11-19 09:22:48", client="gmail",
     frm=("Clara Situmeang", "clara.situmeang@polibatam.ac.id"),
     subject="H5P interactive video nggak bisa di-play di Safari",
     body="""Halo tim P4M,

Beberapa mahasiswa saya report bahwa H5P interactive video di course Bahasa
Inggris Bisnis nggak bisa di-play kalau dibuka dari iPhone/Safari, cuma
loading terus. Di Chrome laptop normal. Apakah ini known issue, atau ada
setting yang harus saya ubah?

Thanks in advance,
Clara
""",
     type="elearning_support", lang="mixed", fields={}),

dict(slug="enrol-mahasiswa-pindahan-daftar-nim", date="2026-11-24 13:37:27", client="outlook",
     frm=("Desi Ratnasari", "desi.ratnasari@polibatam.ac.id"),
     subject="Enrol mahasiswa pindahan ke course semester 3",
     body="""Dear tim P4M,

Ada 3 mahasiswa pindahan dari Politeknik Negeri Padang yang baru aktif di
SIAKAD minggu ini, tapi belum ter-enrol di course-course semester 3 Prodi
Akuntansi. Mohon di-enrol ke semua course kelas AK-3B:

1. 3202601041 - Rahma Aulia
2. 3202601042 - Steven Gunawan
3. 3202601043 - Putu Ayu Lestari

FYI data mereka sudah sync di SIAKAD per 20 November. Thank you!

Regards,
Desi Ratnasari
Admin Prodi Akuntansi
""",
     type="elearning_support", lang="mixed", fields={}),
]

"""Mails for make_holdout44.py: course_data, part 3 (written by hand)."""

MAILS = [
dict(slug="nama-baru-deskripsi-menyusul", date="2026-09-30 14:12:48", client="outlook",
     frm=("Dr. Rahmat Hidayat, S.Kom., M.T.", "rahmat.hidayat@polibatam.ac.id"),
     subject="Perubahan nama MK RPL2207",
     body="""Assalamu'alaikum Tim P4M,

Mohon bantuan agar nama lengkap MK Pengujian Perangkat Lunak (RPL2207) di
e-learning diubah menjadi Penjaminan Mutu Perangkat Lunak, menyesuaikan
kurikulum baru Prodi TRPL.

Deskripsi course juga nanti perlu diperbarui, tetapi teks deskripsi barunya
masih dibahas di tim kurikulum. Akan saya kirim terpisah setelah final,
mungkin akhir Oktober.

Wassalam,
Dr. Rahmat Hidayat, S.Kom., M.T.
Ketua Program Studi Teknologi Rekayasa Perangkat Lunak
Politeknik Negeri Batam
""",
     type="course_data", lang="id",
     fields={"course_code": "RPL2207", "course_name": "Pengujian Perangkat Lunak",
             "changes": {"fullname": "Penjaminan Mutu Perangkat Lunak", "summary": ""}},
     note="Incomplete: the new summary is announced but not given yet (empty value); the rename is complete."),

dict(slug="old-new-pairs-thunderbird-en", date="2026-10-01 16:40:21", client="thunderbird",
     content_lang="en-US",
     frm=("Kevin Tanoto", "kevin.tanoto@polibatam.ac.id"),
     subject="Name change for EL3205 on e-learning",
     body="""Hello P4M team,

Our study programme has renamed one of the electives from this odd
semester. Please update the course on e-learning:

Old full name: Digital Signal Processing
New full name: Applied Digital Signal Processing

Old short name: EL3205
New short name: EL3205-ADSP

Everything else (participants, enrolment key, quizzes) should stay as it is.

Thanks in advance,
Kevin Tanoto, Ph.D.
Electronics Engineering Technology
Politeknik Negeri Batam
""",
     type="course_data", lang="en",
     fields={"course_code": "EL3205", "course_name": "Digital Signal Processing",
             "changes": {"fullname": "Applied Digital Signal Processing", "shortname": "EL3205-ADSP"}}),

dict(slug="summary-on-next-paragraph-en", date="2026-10-05 09:02:55", client="gmail",
     frm=("Arif Rahman Hakim", "arif.hakim@polibatam.ac.id"),
     subject="GM3106 - new course summary",
     body="""Dear P4M helpdesk,

Could you please replace the summary of my course Geodesi Satelit (GM3106)?
The current one is from the 2019 curriculum and mentions software we no
longer use. New summary:

This course covers GNSS positioning principles, satellite orbits, reference frames and datums, CORS networks, and RTK and PPP processing for engineering surveys.

Many thanks,
Arif Rahman Hakim, S.T., M.Sc.
Geomatics Engineering, Politeknik Negeri Batam
""",
     type="course_data", lang="en",
     fields={"course_code": "GM3106", "course_name": "Geodesi Satelit",
             "changes": {"summary": "This course covers GNSS positioning principles, satellite orbits, reference frames and datums, CORS networks, and RTK and PPP processing for engineering surveys."}}),

dict(slug="panah-semester-dan-sks-samsung", date="2026-10-06 12:25:10", client="samsung",
     frm=("Hafizh Nugroho", "hafizh.nugroho@polibatam.ac.id"),
     subject="Update course Komputasi Awan IF3210",
     body="""Siang P4M,

Tolong update course Komputasi Awan (IF3210):
Semester: Genap 2025/2026 -> Ganjil 2026/2027
SKS: 2 -> 3

Makasih.



Dikirim dari ponsel cerdas Samsung Galaxy saya.
""",
     type="course_data", lang="id",
     fields={"course_code": "IF3210", "course_name": "Komputasi Awan",
             "changes": {"semester": "Ganjil 2026/2027", "credits": "3"}}),

dict(slug="rename-in-quotes-language-centre", date="2026-10-08 10:44:19", client="outlook",
     html_lang="en-US",
     frm=("Rebecca Lim", "rebecca.lim@polibatam.ac.id"),
     subject="Rename request: BING1203",
     body="""Dear Helpdesk,

On behalf of the Language Centre, I would like to ask you to rename the course
"Basic English for Hospitality" (BING1203) to "English for Hotel and Tourism".
The new title was approved in the curriculum review last month and is already
used in SIAKAD, so students are confused when they see the old one on
e-learning.

Please let me know if you need the approval letter.

Best regards,
Rebecca Lim, M.A.
Language Centre (UPA Bahasa)
Politeknik Negeri Batam
""",
     type="course_data", lang="en",
     fields={"course_code": "BING1203", "course_name": "Basic English for Hospitality",
             "changes": {"fullname": "English for Hotel and Tourism"}}),

dict(slug="enrol-key-plus-parking-question", date="2026-10-12 20:15:33", client="gmail",
     frm=("Daniel Hutapea", "daniel.hutapea@gmail.com"),
     subject="Enrolment key Managerial Accounting + a question",
     body="""Good evening,

I'm a part-time lecturer for Managerial Accounting (AKM2105), evening class.
Could you set the enrolment key for that course to MA2105-malam? Students
said the current one doesn't work.

Also, unrelated question: do part-time lecturers get a parking sticker for
the campus, and who should I ask about it? Sorry if this is the wrong place.

Thanks,
Daniel Hutapea, S.E., M.M., CMA
""",
     type="course_data", lang="en",
     fields={"course_code": "AKM2105", "course_name": "Managerial Accounting",
             "changes": {"enrolment_key": "MA2105-malam"}},
     note="Also asks an unrelated question about campus parking for part-time lecturers."),
]

"""Part 45 mail texts, batch h (January 2027)."""

MAILS = [
    {
        "slug": "student-guide-in-english",
        "date": "2027-01-06 10:55:33",
        "client": "outlook",
        "outlook_box": "KL1PR04MB",
        "from": ("Minh Anh Nguyen", "minhanh.nguyen2004@outlook.com"),
        "subject": "Is there an English user guide for e-learning?",
        "body": """Hello,

I am Nguyen Minh Anh, an incoming exchange student from Vietnam for the
even semester 2026/2027, programme Rekayasa Keamanan Siber.

At the orientation they said that all assignments are submitted on
e-learning. Do you have a student user guide for e-learning in English
(PDF or video)? The guide I found on the website is only in Bahasa
Indonesia, and the screenshots are hard to follow with a translator.

Thank you very much,
Nguyen Minh Anh
""",
        "label": {"type": "document_request", "lang": "en", "fields": {}, "note": ""},
    },
    {
        "slug": "tb-kuis-susulan-tanggal-lengkap",
        "date": "2027-01-07 13:18:09",
        "client": "thunderbird",
        "from": ("Joko Purnomo", "joko.purnomo@polibatam.ac.id"),
        "subject": "Pengumuman kuis susulan Metrologi Industri",
        "body": """Siang Tim P4M,

Mohon dibuatkan pengumuman di course Metrologi Industri (MS2207),
dijadwalkan tayang Jumat, 15 Januari 2027 pukul 07.00 WIB. Isinya:

Kuis Susulan Metrologi Industri

Kuis susulan untuk mahasiswa yang berhalangan hadir pada kuis 3 (dengan
surat keterangan) dilaksanakan Selasa, 19 Januari 2027 pukul 10.00-11.00
di Lab Metrologi, Gedung Teaching Factory lantai 2. Bawa jangka sorong
dan mikrometer masing-masing. Tidak ada susulan kedua.

Terima kasih,
Joko Purnomo, S.T., M.T.
Teknik Mesin
""",
        "label": {"type": "announcement", "lang": "id",
                  "fields": {"course_code": "MS2207", "course_name": "Metrologi Industri",
                             "title": "Kuis Susulan Metrologi Industri", "scope": "course",
                             "publish_at": "2027-01-15T07:00:00+07:00"},
                  "note": ""},
    },
    {
        "slug": "kapan-krs-dibuka-salah-alamat-mixed",
        "date": "2027-01-08 20:36:57",
        "client": "gmail_android",
        "from": ("Yohanes Kristian", "yohanes.kristian@students.polibatam.ac.id"),
        "subject": "KRS genap kapan dibuka?",
        "body": """Hi kak, mau tanya, KRS semester genap sebenarnya kapan closing-nya? Di pengumuman e-learning tulisannya 5-16 Januari, tapi di SIAKAD my status masih "belum dapat mengisi KRS" padahal UKT sudah lunas since last week.

Ini ke P4M atau harus ke BAAK ya? Sorry kalau salah alamat.

Thanks kak
""",
        "label": {"type": "other", "lang": "mixed", "fields": {},
                  "note": "Course-registration (SIAKAD/BAAK) question, not about e-learning; misdirected."},
    },
    {
        "slug": "iup-fullname-english-mixed",
        "date": "2027-01-11 09:20:14",
        "client": "gmail",
        "from": ("Andika Saputra", "andika.saputra@polibatam.ac.id"),
        "subject": "Course name in English for IUP class - Kriptografi Terapan",
        "body": """Pagi min,

Mulai semester genap ini course Kriptografi Terapan (RKS2105) juga
dipakai oleh kelas IUP, jadi the full name should be in English:
Applied Cryptography

Short name-nya juga tolong disesuaikan biar konsisten, whatever
format you usually use for IUP courses. Saya kurang tahu formatnya.

Thanks a lot,
Andika Saputra, M.Kom.
Rekayasa Keamanan Siber
""",
        "label": {"type": "course_data", "lang": "mixed",
                  "fields": {"course_code": "RKS2105", "course_name": "Kriptografi Terapan",
                             "changes": {"fullname": "Applied Cryptography", "shortname": ""}},
                  "note": "The short-name change is asked for without a value (left to the helpdesk's "
                          "convention)."},
    },
    {
        "slug": "turnitin-assignment-setting-missing",
        "date": "2027-01-12 15:44:28",
        "client": "outlook",
        "from": ("Dr. Sarah Whitfield", "sarah.whitfield@polibatam.ac.id"),
        "subject": "Similarity check option not available in my assignment",
        "body": """Dear Helpdesk,

I am setting up the final report assignment for my course Research
Methods for Engineers (IUP). Colleagues told me that e-learning has a
similarity check (Turnitin), but in the assignment settings I cannot
find any "Turnitin plagiarism plugin" section. I only see the standard
submission and feedback types.

Is the plugin enabled only for some categories, or do I need a separate
account? The reports are due on 29 January, so I would like to have it
ready before students start submitting.

Kind regards,
Dr. Sarah Whitfield
Visiting Lecturer, Faculty Exchange Programme
""",
        "label": {"type": "elearning_support", "lang": "en", "fields": {}, "note": ""},
    },
    {
        "slug": "apple-render-farm-kamis-14-jan-mixed",
        "date": "2027-01-12 18:03:06",
        "client": "apple",
        "from": ("Maria Christina", "maria.christina@polibatam.ac.id"),
        "subject": "Announcement render farm - Animasi 3D",
        "body": """Halo P4M,

Tolong publish announcement ini di course Animasi 3D (ANM3102), tayang
Kamis 14 Jan jam 17.00 ya, setelah kelas terakhir selesai.

Render Farm Schedule for Final Project

Render farm lab Animasi (R. 507) is open for final project rendering
from 18 to 29 January 2027, 08.00-22.00. Booking per kelompok maksimal
6 jam per hari via form di course. Files must be in the shared folder
/render/ANM3102 before your slot starts.

Thanks!
Maria
""",
        "label": {"type": "announcement", "lang": "mixed",
                  "fields": {"course_code": "ANM3102", "course_name": "Animasi 3D",
                             "title": "Render Farm Schedule for Final Project", "scope": "course",
                             "publish_at": "2027-01-14T17:00:00+07:00"},
                  "note": ""},
    },
    {
        "slug": "undangan-studi-banding-mixed",
        "date": "2027-01-14 10:29:40",
        "client": "outlook",
        "outlook_box": "SI2PR02MB",
        "from": ("Dr. Faridah Hanum", "faridah.hanum@poltekmarnus.ac.id"),
        "subject": "Permohonan benchmarking visit - LMS & quality assurance",
        "body": """Yth. Kepala P4M Politeknik Negeri Batam,

Salam hangat dari Unit Penjaminan Mutu Politeknik Maritim Nusantara.
Kami berencana melakukan benchmarking visit ke Polibatam pada minggu
kedua Februari 2027, khususnya untuk belajar tentang:

- helpdesk e-learning and how you track the 15-minute response target,
- pengelolaan LMS Moodle untuk lebih dari seribu course, dan
- penyusunan Laporan Evaluasi Diri (LED) untuk layanan pendukung.

Rombongan kami sekitar 6 orang. Could you let us know whether this is
possible and which date suits your team? Surat resmi akan kami kirim
setelah ada konfirmasi tanggal.

Best regards,
Dr. Faridah Hanum, M.Pd.
Kepala Unit Penjaminan Mutu
Politeknik Maritim Nusantara
""",
        "label": {"type": "other", "lang": "mixed", "fields": {},
                  "note": "Benchmarking-visit request from another institution; not a service request."},
    },
]

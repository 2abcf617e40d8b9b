"""Part 45 mail texts, batch b (October 2026)."""

MAILS = [
    {
        "slug": "dosen-baru-dalam-kurung",
        "date": "2026-10-16 09:03:27",
        "client": "gmail",
        "from": ("Hendrik Saputra", "hendrik.saputra@polibatam.ac.id"),
        "subject": "Ganti dosen pengampu Akuntansi Keuangan Menengah",
        "body": """Selamat pagi Tim P4M,

Mulai pertemuan 6 minggu depan, MK Akuntansi Keuangan Menengah (AK2205)
kelas AK-2A diajar oleh dosen baru (Nurhayati Siregar, S.E., M.Ak.)
menggantikan Ibu Lestari yang cuti melahirkan sampai akhir semester.

Mohon nama dosen pengampu di course e-learning diganti, dan Ibu
Nurhayati diberi akses sebagai teacher. Akun beliau sudah aktif
(nurhayati.siregar@polibatam.ac.id).

Terima kasih,

--
Hendrik Saputra, S.E., M.Ak.
Ketua Program Studi Akuntansi Manajerial
Politeknik Negeri Batam
""",
        "label": {"type": "course_data", "lang": "id",
                  "fields": {"course_code": "AK2205", "course_name": "Akuntansi Keuangan Menengah",
                             "changes": {"lecturer": "Nurhayati Siregar, S.E., M.Ak."}},
                  "note": ""},
    },
    {
        "slug": "exchange-student-course-not-listed",
        "date": "2026-10-19 08:30:15",
        "client": "outlook",
        "outlook_box": "DB9PR10MB",
        "from": ("Lukas Brenner", "lukas.brenner@outlook.com"),
        "subject": "Cannot find my courses on e-learning (exchange student)",
        "body": """Dear Helpdesk,

My name is Lukas Brenner, I am an exchange student from Hochschule
Bremerhaven and I study at Polibatam this semester (Logistics
department, class LOG-3A). My student ID is 4322601904.

I can log in to learning.polibatam.ac.id since last week, but my
dashboard is empty. My classmates see "Supply Chain Analytics" and
"Port Operations Management", but I don't see any course at all. The
International Office told me that my KRS was approved on 14 October.

Could you please check whether I am enrolled? The first quiz is on
Thursday.

Thank you very much and best regards,
Lukas Brenner
""",
        "label": {"type": "elearning_support", "lang": "en", "fields": {}, "note": ""},
    },
    {
        "slug": "nama-baru-di-baris-setelah-menjadi",
        "date": "2026-10-20 13:47:58",
        "client": "outlook_html",
        "from": ("Fransiska Manurung", "fransiska.manurung@polibatam.ac.id"),
        "subject": "Permohonan perubahan nama mata kuliah LOG2104",
        "body": """Yth. Tim Helpdesk P4M,

Dengan hormat,
Sehubungan dengan penyesuaian kurikulum Program Studi Logistik Perdagangan Internasional tahun 2026, bersama ini kami mohon agar nama lengkap mata kuliah berikut pada e-learning:

Kode MK: LOG2104
Nama saat ini: Logistik Gudang

diubah menjadi:
Manajemen Pergudangan dan Persediaan

Short name, peserta dan isi course tidak perlu diubah.

Atas bantuan Bapak/Ibu kami ucapkan terima kasih.

Hormat kami,
Fransiska Manurung, S.T., M.Log.
Sekretaris Program Studi Logistik Perdagangan Internasional
Politeknik Negeri Batam
Telp. 0778-469858 ext. 2214
""",
        "label": {"type": "course_data", "lang": "id",
                  "fields": {"course_code": "LOG2104", "course_name": "Logistik Gudang",
                             "changes": {"fullname": "Manajemen Pergudangan dan Persediaan"}},
                  "note": ""},
    },
    {
        "slug": "perpustakaan-uji-coba-ejournal",
        "date": "2026-10-21 16:05:36",
        "client": "zimbra",
        "from": ("UPT Perpustakaan Polibatam", "perpustakaan@polibatam.ac.id"),
        "subject": "Permohonan publikasi pengumuman: trial akses e-journal",
        "body": """Yth. Tim P4M,

UPT Perpustakaan Polibatam memperoleh akses uji coba (trial) dua
pangkalan data jurnal selama satu bulan. Agar diketahui seluruh sivitas
akademika, kami mohon pengumuman berikut dipublikasikan di halaman depan
e-learning (untuk semua pengguna) pada Senin, 26 Oktober 2026 pukul
08.00 WIB.

Judul: Akses Uji Coba E-Journal ProQuest dan Emerald Insight
Isi:
Mulai 26 Oktober s.d. 25 November 2026, mahasiswa dan dosen Polibatam
dapat mengakses ProQuest Central dan Emerald Insight secara gratis dari
jaringan kampus atau melalui VPN. Petunjuk akses dan formulir umpan
balik tersedia di laman perpustakaan.polibatam.ac.id/trial.

Terima kasih atas kerja samanya.

Salam,
Rahmi Fadhilah, S.IP.
Pustakawan Ahli Muda
UPT Perpustakaan Politeknik Negeri Batam
""",
        "label": {"type": "announcement", "lang": "id",
                  "fields": {"title": "Akses Uji Coba E-Journal ProQuest dan Emerald Insight",
                             "scope": "site", "publish_at": "2026-10-26T08:00:00+07:00"},
                  "note": ""},
    },
    {
        "slug": "maaf-ralat-nama-mk-mikrokontroler",
        "date": "2026-10-22 10:18:04",
        "client": "gmail",
        "from": ("Agung Prabowo", "agung.prabowo@polibatam.ac.id"),
        "subject": "Re: Perubahan nama MK Mikrokontroler",
        "in_reply_to": "<CAH7xq2Lm0vTtP3s9Yw_Rk1eGdZp8fJ4aNc6uQbXy0iVEo5Kj3g@mail.gmail.com>",
        "body": """Maaf, ralat untuk email saya tadi pagi.

Nama baru yang benar: Sistem Tertanam Berbasis Mikrokontroler
(bukan "Sistem Tertanam" saja seperti yang saya tulis sebelumnya). Kode
MK dan kelasnya tetap.

Mohon maaf merepotkan.

Agung

Pada Kam, 22 Okt 2026 pukul 07.52 Agung Prabowo <agung.prabowo@polibatam.ac.id>
menulis:
> Pagi Tim P4M,
>
> Mohon nama course Mikrokontroler (TRE2203) di e-learning diganti
> menjadi "Sistem Tertanam" sesuai kurikulum 2026.
>
> Terima kasih,
> Agung Prabowo, M.T.
> Teknik Elektro
""",
        "label": {"type": "course_data", "lang": "id",
                  "fields": {"course_code": "TRE2203", "course_name": "Mikrokontroler",
                             "changes": {"fullname": "Sistem Tertanam Berbasis Mikrokontroler"}},
                  "note": "Self-correction ('maaf, ralat') of an earlier mail quoted below it; the "
                          "quoted new name is superseded. Code and current name come from the quote."},
    },
    {
        "slug": "keluhan-respons-lambat-bukan-permintaan",
        "date": "2026-10-23 15:20:49",
        "client": "gmail",
        "from": ("Darmawan Sitepu", "darmawan.sitepu@polibatam.ac.id"),
        "subject": "Keluhan layanan helpdesk",
        "body": """Kepada Kepala P4M dan tim helpdesk,

Saya ingin menyampaikan keluhan. Katanya setiap permintaan dibalas dalam
15 menit, tapi yang saya terima hanya email otomatis berisi nomor tiket.
Permintaan ganti enrolment key yang saya kirim minggu lalu baru
dikerjakan tiga hari kemudian, padahal sudah saya tandai mendesak.
Akibatnya mahasiswa kelas malam tidak bisa masuk course sampai
pertemuan kedua.

Masalahnya sudah beres, jadi ini bukan permintaan baru. Saya hanya
berharap ke depan ada nomor WhatsApp atau petugas piket yang bisa
dihubungi kalau betul-betul mendesak, dan balasan otomatis tidak
dihitung sebagai "sudah direspons".

Mohon jadi bahan evaluasi.

Darmawan Sitepu, M.T.
Jurusan Teknik Elektro
""",
        "label": {"type": "other", "lang": "id", "fields": {},
                  "note": "Complaint about response time; mentions an enrolment-key change that is "
                          "already done and asks for nothing to be changed."},
    },
    {
        "slug": "nilai-baru-disebut-sebelum-lama",
        "date": "2026-10-26 09:40:12",
        "client": "roundcube",
        "from": ("Yoga Pratama", "yoga.pratama@polibatam.ac.id"),
        "subject": "koreksi shortname course Animasi 2D",
        "body": """Pagi P4M,

Tolong short name course Animasi 2D Dasar kelas ANM-1A diubah menjadi
ANM2105 dari sebelumnya ANM2150. Angkanya ketukar waktu pembuatan
course, jadi di rekap nilai SIAKAD tidak cocok.

Nama lengkap course sudah benar, jangan diubah.

Terima kasih,
Yoga Pratama, M.Sn.
Prodi Animasi
""",
        "label": {"type": "course_data", "lang": "id",
                  "fields": {"course_code": "ANM2150", "course_name": "Animasi 2D Dasar",
                             "changes": {"shortname": "ANM2105"}},
                  "note": "New value given before the old one ('menjadi X dari sebelumnya Y'); "
                          "course_code is the current (wrong) short name."},
    },
]

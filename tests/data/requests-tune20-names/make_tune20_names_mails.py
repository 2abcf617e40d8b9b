"""The mails of the twentieth names corpus: batch 1 (the rules were written from it), batch 2 (scored before them)."""


def add(E):  # noqa: N803, C901
    def C(slug, date, sender, subject, body, lang, code, name, changes, client="gmail"):
        """A course-data request; name None when the mail names no current course name (a near-miss)."""
        fields = {"course_code": code}
        if name is not None:
            fields["course_name"] = name
        fields["changes"] = changes
        E.M(slug, date, sender, subject, body, "course_data", lang, fields=fields, client=client)

    # ------------------------------------------------------------ batch 1: the name as the students see it

    C(
        "b1-judul-course-aplikasi-masih",
        "2028-01-04 08:05:00",
        ("Ratna Sari Dewi", "ratna.dewi@polibatam.ac.id"),
        "judul course di aplikasi",
        """Selamat pagi,

Judul course di aplikasi mahasiswa masih Manajemen Perhotelan. Sejak kurikulum baru namanya Manajemen Hospitality,
mohon disesuaikan. Kodenya HT2101.

Salam,
Ratna (instruktur Hospitality)
""",
        "id",
        "HT2101",
        "Manajemen Perhotelan",
        {"fullname": "Manajemen Hospitality"},
    )
    C(
        "b1-en-app-title-still-says",
        "2028-01-04 10:20:00",
        ("Hendrik Saragih", "hendrik.saragih@batamshipyard.co.id"),
        "MR1204 title in the app",
        """Hi,

In the Moodle app the course title still says Marine Engineering Drawing, which was the old name. Please change it
to Marine Technical Drawing.

Regards,
Hendrik Saragih
part-time lecturer, Shipbuilding
""",
        "en",
        "MR1204",
        "Marine Engineering Drawing",
        {"fullname": "Marine Technical Drawing"},
    )
    C(
        "b1-huruf-kecil-ubah-nama-matkul-jadi",
        "2028-01-05 21:40:00",
        ("Nadia Putri", "nadia.putri@polibatam.ac.id"),
        "ubah nama",
        """malam min, tolong ubah nama matkul akuntansi biaya jadi akuntansi manajemen biaya ya. kodenya AK2203.
makasih
""",
        "id",
        "AK2203",
        "akuntansi biaya",
        {"fullname": "akuntansi manajemen biaya"},
        client="iphone",
    )
    C(
        "b1-kapital-sks-mk-kurung-kode",
        "2028-01-06 07:15:00",
        ("Capt. Yusuf Hamdani", "yusuf.hamdani@polibatam.ac.id"),
        "SKS SALAH",
        """YTH. P4M

SKS MK PENGANTAR TEKNOLOGI MARITIM (MR1101) DI E-LEARNING TERTULIS 2, SEHARUSNYA 3.

TERIMA KASIH
YUSUF HAMDANI
""",
        "id",
        "MR1101",
        "PENGANTAR TEKNOLOGI MARITIM",
        {"credits": "3"},
        client="outlook",
    )
    C(
        "b1-ampersand-romawi-singkatan-kurung",
        "2028-01-06 13:30:00",
        ("Agus Salim", "agus.salim@polibatam.ac.id"),
        "enrol key course K3",
        """Siang tim P4M,

Enrolment key course Health & Safety II (K3 II) kode ME2207 sudah tersebar ke angkatan lain. Tolong diganti jadi
K3aman2028.

Agus
""",
        "id",
        "ME2207",
        "Health & Safety II",
        {"enrolment_key": "K3aman2028"},
    )
    C(
        "b1-subjek-saja-kode-kurung-nama",
        "2028-01-07 09:00:00",
        ("Lestari Wulandari", "lestari.w@polibatam.ac.id"),
        "AK3105 (Perpajakan Internasional) - enrol key",
        """Pagi, mohon enrol key diganti jadi pajak2028. Trims.

Lestari
""",
        "id",
        "AK3105",
        "Perpajakan Internasional",
        {"enrolment_key": "pajak2028"},
    )
    C(
        "b1-mata-ajar-label",
        "2028-01-07 11:10:00",
        ("Bambang Irawan", "bambang.irawan@polibatam.ac.id"),
        "Perubahan dosen",
        """Dengan hormat,

Kode mata ajar : ME3310
Nama mata ajar : Teknologi Pengelasan Bawah Air
Dosen baru     : Ir. Samsul Bahri, M.T.

Mohon diperbarui di e-learning. Terima kasih.

Bambang Irawan
Koordinator Lab Pengelasan
""",
        "id",
        "ME3310",
        "Teknologi Pengelasan Bawah Air",
        {"lecturer": "Ir. Samsul Bahri, M.T."},
        client="outlook",
    )
    C(
        "b1-en-my-subject-apposition",
        "2028-01-07 15:45:00",
        ("Kim Min-jun", "minjun.kim@kmou.ac.kr"),
        "credits of my subject",
        """Dear P4M team,

My subject, Port Operations Management, shows 2 credits on the e-learning page. The agreement says 3 credits.
The code is LG2206. Could you correct it?

Best regards,
Kim Min-jun
Exchange lecturer, Logistics
""",
        "en",
        "LG2206",
        "Port Operations Management",
        {"credits": "3"},
    )
    C(
        "b1-halaman-yang-dilihat-mahasiswa-tertulis",
        "2028-01-10 08:30:00",
        ("Yohana Simanjuntak", "yohana.s@polibatam.ac.id"),
        "nama MB2104 di halaman mahasiswa",
        """Selamat pagi Bapak/Ibu,

Di halaman course yang dilihat mahasiswa tertulis Kewirausahaan Digital, padahal di SIAKAD sudah Technopreneurship.
Mohon nama di e-learning disamakan menjadi Technopreneurship.

Terima kasih,
Yohana
""",
        "id",
        "MB2104",
        "Kewirausahaan Digital",
        {"fullname": "Technopreneurship"},
    )
    C(
        "b1-en-listed-as-on-dashboard",
        "2028-01-10 10:00:00",
        ("Ni Luh Ayu", "niluh.ayu@polibatam.ac.id"),
        "HT1102 name",
        """Hello,

Students see HT1102 listed as Intro to Hospitality on their dashboard; the official name is Introduction to
Hospitality Management. Please update the full name.

Thank you,
Ayu
""",
        "en",
        "HT1102",
        "Intro to Hospitality",
        {"fullname": "Introduction to Hospitality Management"},
    )
    C(
        "b1-angka-bahasa-inggris-pelayaran",
        "2028-01-11 09:25:00",
        ("Dewi Anggraini", "dewi.anggraini@polibatam.ac.id"),
        "dosen MK Bahasa Inggris Pelayaran 3",
        """Pagi,

Untuk MK Bahasa Inggris untuk Pelayaran 3 (EN2303) dosennya mohon diganti menjadi Rina Marlina, M.Pd.

Terima kasih
Dewi
""",
        "id",
        "EN2303",
        "Bahasa Inggris untuk Pelayaran 3",
        {"lecturer": "Rina Marlina, M.Pd."},
    )
    # ------------------------------------------------------------ batch 1: near-misses (no current name given)
    C(
        "b1-hanya-nama-baru",
        "2028-01-11 14:00:00",
        ("Irfan Hakim", "irfan.hakim@polibatam.ac.id"),
        "IF3108",
        """Siang,

Nama MK IF3108 mohon diganti menjadi Komputasi Awan Terapan sesuai SK kurikulum 2028.

Irfan
""",
        "id",
        "IF3108",
        None,
        {"fullname": "Komputasi Awan Terapan"},
    )
    C(
        "b1-prodi-di-awal-kode-saja",
        "2028-01-12 08:45:00",
        ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
        "Enrol key EN2104",
        """Selamat pagi,

Saya dosen di prodi Teknologi Rekayasa Pembangkit Energi. Enrol key EN2104 mohon diganti jadi energi2028.

Terima kasih,
Rudi Hartono
""",
        "id",
        "EN2104",
        None,
        {"enrolment_key": "energi2028"},
    )
    C(
        "b1-acara-sebelum-kelas",
        "2028-01-12 13:15:00",
        ("Hasan Basri", "hasan.basri@polibatam.ac.id"),
        "kuliah pengganti RB3102",
        """Siang,

Sehubungan dengan Kompetisi Robot Nasional kelas RB-3A tidak bisa kuliah Jumat ini. Mohon dosen RB3102 di
e-learning ditambah Fajar Nugroho, M.T. supaya ia bisa membuka kuliah pengganti.

Hasan
""",
        "id",
        "RB3102",
        None,
        {"lecturer": "Fajar Nugroho, M.T."},
    )
    C(
        "b1-tanda-tangan-lab",
        "2028-01-13 10:00:00",
        ("Siska Amelia", "siska.amelia@polibatam.ac.id"),
        "short name EL2108",
        """Halo tim P4M,

Short name course EL2108 tolong diubah jadi ELDIG-2B.

Terima kasih.

--
Siska Amelia
Teknisi Laboratorium Sistem Tertanam
Jurusan Teknik Elektro
""",
        "id",
        "EL2108",
        None,
        {"shortname": "ELDIG-2B"},
        client="thunderbird",
    )
    C(
        "b1-balasan-kutipan-mk-lain",
        "2028-01-13 16:20:00",
        ("Taufik Rahman", "taufik.rahman@polibatam.ac.id"),
        "Re: enrol key",
        """Yang ini untuk MK Pemrograman Berbasis Objek (IF2203) ya, bukan yang kemarin. Mohon enrol key-nya diganti jadi
oop2028.

Taufik

Pada Sen, 10 Jan 2028 pukul 09.00 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
> Enrol key Struktur Data (IF2202) sudah kami ganti sesuai permintaan.
>
> Salam,
> Helpdesk P4M
""",
        "id",
        "IF2203",
        "Pemrograman Berbasis Objek",
        {"enrolment_key": "oop2028"},
    )
    C(
        "b1-en-new-name-apposition",
        "2028-01-14 09:40:00",
        ("Sarah Lim", "sarah.lim@polibatam.ac.id"),
        "rename of IF3305",
        """Hi team,

The new name, Applied Machine Learning, should replace the old one on IF3305 from this semester. Thanks!

Sarah
International Office
""",
        "en",
        "IF3305",
        None,
        {"fullname": "Applied Machine Learning"},
    )
    C(
        "b1-masih-kosong-bukan-nama",
        "2028-01-14 13:00:00",
        ("Eko Prasetyo", "eko.prasetyo@polibatam.ac.id"),
        "OR1201 dosen",
        """Siang,

Nama dosen di course OR1201 di aplikasi masih kosong. Mohon diisi Eko Prasetyo, M.Or.

Eko
dosen Olahraga
""",
        "id",
        "OR1201",
        None,
        {"lecturer": "Eko Prasetyo, M.Or."},
    )
    C(
        "b1-angkatan-dokumen-bukan-nama",
        "2028-01-17 08:20:00",
        ("Maya Kusuma", "maya.kusuma@polibatam.ac.id"),
        "AK1101 angkatan 2027",
        """Pagi,

Sesuai Dokumen Kurikulum Revisi 2027, mahasiswa Angkatan 2027 Kelas Karyawan memakai course AK1101. Mohon
enrolment key AK1101 diganti jadi akt27kk.

Maya
Auditor Mutu Internal
""",
        "id",
        "AK1101",
        None,
        {"enrolment_key": "akt27kk"},
    )
    C(
        "b1-pustakawan-huruf-kecil-kursus-masih",
        "2028-01-17 19:30:00",
        ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
        "kursus literasi",
        """sore, nama kursus LI1001 di hp mahasiswa masih literasi perpustakaan. tolong jadi literasi informasi dan
data ya.
wulan (perpustakaan)
""",
        "id",
        "LI1001",
        "literasi perpustakaan",
        {"fullname": "literasi informasi dan data"},
        client="iphone",
    )

    # ------------------------------------------------------------ batch 2 (written after batch 1's rules)

    C(
        "b2-subject-kata-indonesia-kode-kurung",
        "2028-02-01 08:10:00",
        ("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
        "pengampu",
        """Selamat pagi tim P4M,

Untuk subject Etika Profesi (IF1206) semester ini pengampunya mohon diganti menjadi Dr. Arif Budiman, M.Kom.

Terima kasih,
Fitri
""",
        "id",
        "IF1206",
        "Etika Profesi",
        {"lecturer": "Dr. Arif Budiman, M.Kom."},
    )
    C(
        "b2-kode-lalu-nama-kurung-dosennya",
        "2028-02-01 10:45:00",
        ("Joko Susilo", "joko.susilo@polibatam.ac.id"),
        "LG3104",
        """Pagi min,

LG3104 (Supply Chain Analytics) dosennya di elearning masih saya, padahal sudah dipegang Bu Sinta Maharani, M.M.
Mohon diganti ke Sinta Maharani, M.M.

Joko
""",
        "id",
        "LG3104",
        "Supply Chain Analytics",
        {"lecturer": "Sinta Maharani, M.M."},
    )
    C(
        "b2-tanda-tangan-program-magang",
        "2028-02-02 09:00:00",
        ("Gita Permata", "gita.permata@polibatam.ac.id"),
        "enrol key MG4101",
        """Dengan hormat,

Mohon enrolment key course MG4101 diganti menjadi magang28.

Hormat saya,
Gita Permata
Koordinator Program Magang Industri
Unit Kerja Sama dan Hubungan Industri
""",
        "id",
        "MG4101",
        None,
        {"enrolment_key": "magang28"},
        client="outlook",
    )
    C(
        "b2-en-reply-quoted-other-course",
        "2028-02-02 14:30:00",
        ("Oliver Brandt", "o.brandt@tu-hamburg.de"),
        "Re: enrolment key changed",
        """Thanks! Same for the second one please: FI1102, new key phys-2028.

Oliver

On 2 Feb 2028, at 10:00, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> The enrolment key of the course Physics I (FI1101) has been changed as requested.
>
> Helpdesk P4M
""",
        "en",
        "FI1102",
        None,
        {"enrolment_key": "phys-2028"},
    )
    C(
        "b2-nama-yang-benar-tanpa-lama",
        "2028-02-03 08:30:00",
        ("Rahmat Hidayat", "rahmat.h@polibatam.ac.id"),
        "koreksi nama AK2104",
        """Assalamualaikum,

Nama MK yang benar adalah Sistem Informasi Akuntansi, mohon dikoreksi di e-learning untuk kode AK2104.

Wassalam,
Rahmat
""",
        "id",
        "AK2104",
        None,
        {"fullname": "Sistem Informasi Akuntansi"},
    )
    C(
        "b2-matkul-inggris-romawi-sksnya",
        "2028-02-03 13:20:00",
        ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
        "sks",
        """siang, matkul English for Specific Purposes II kode EN2202 sks-nya tolong jadi 2 ya, sekarang masih 3.
tq
""",
        "id",
        "EN2202",
        "English for Specific Purposes II",
        {"credits": "2"},
        client="iphone",
    )
    C(
        "b2-subjek-kapital-saja",
        "2028-02-04 07:50:00",
        ("Danu Wijaya", "danu.wijaya@polibatam.ac.id"),
        "PEMBELAJARAN MESIN LANJUT - TI3207",
        """Pagi, enrol key tolong ganti jadi ml-lanjut28. Makasih.

Danu
""",
        "id",
        "TI3207",
        "PEMBELAJARAN MESIN LANJUT",
        {"enrolment_key": "ml-lanjut28"},
    )
    C(
        "b2-google-form-pertanyaan-di-atas-jawaban",
        "2028-02-04 11:00:00",
        ("Formulir P4M", "no-reply-form@polibatam.ac.id"),
        "Respons baru: Permintaan Perubahan Course",
        """Nama Pengaju
Yudi Pratama

Kode Mata Kuliah
IF2210

Mata Kuliah yang Diajukan
Rekayasa Perangkat Lunak II

Perubahan yang Diminta
SKS menjadi 4
""",
        "id",
        "IF2210",
        "Rekayasa Perangkat Lunak II",
        {"credits": "4"},
    )
    C(
        "b2-huruf-kecil-kelas-huruf-kecil",
        "2028-02-07 20:15:00",
        ("Bayu Saputra", "bayu.saputra@polibatam.ac.id"),
        "dosen",
        """min mk fisika terapan kelas me-1a dosennya ganti ke Hendra Gunawan, M.Si ya. kodenya FI1203
""",
        "id",
        "FI1203",
        "fisika terapan",
        {"lecturer": "Hendra Gunawan, M.Si"},
        client="iphone",
    )
    C(
        "b2-muncul-dengan-nama",
        "2028-02-07 09:30:00",
        ("Intan Permatasari", "intan.p@polibatam.ac.id"),
        "salah ketik nama MB2206",
        """Halo,

Di aplikasi, course MB2206 muncul dengan nama Statistik Bisnis, seharusnya Statistika Bisnis. Mohon dibetulkan.

Intan
""",
        "id",
        "MB2206",
        "Statistik Bisnis",
        {"fullname": "Statistika Bisnis"},
    )
    C(
        "b2-en-student-page-called",
        "2028-02-08 10:10:00",
        ("Priya Nair", "priya.nair@polibatam.ac.id"),
        "LG2105 naming",
        """Hi,

On the student page LG2105 is called Warehouse Management; the name in SIAKAD is Warehouse & Inventory
Management. Please align the full name with SIAKAD.

Priya
""",
        "en",
        "LG2105",
        "Warehouse Management",
        {"fullname": "Warehouse & Inventory Management"},
    )
    C(
        "b2-unit-bahasa-bukan-nama",
        "2028-02-08 13:40:00",
        ("Unit Bahasa", "unit.bahasa@polibatam.ac.id"),
        "Dosen EN1101",
        """Yth. P4M,

Unit Bahasa Politeknik Negeri Batam memohon agar dosen course EN1101 ditambah Maria Ulfa, M.Pd.

Salam,
Unit Bahasa
""",
        "id",
        "EN1101",
        None,
        {"lecturer": "Maria Ulfa, M.Pd."},
        client="outlook",
    )
    C(
        "b2-garis-miring-praktikum",
        "2028-02-09 08:00:00",
        ("Teguh Santoso", "teguh.santoso@polibatam.ac.id"),
        "enrol key KF1101",
        """Pagi,

Enrol key MK Praktikum Kimia/Fisika (KF1101) mohon diganti jadi prak-kf28.

Teguh
Laboran
""",
        "id",
        "KF1101",
        "Praktikum Kimia/Fisika",
        {"enrolment_key": "prak-kf28"},
    )
    C(
        "b2-matkul-tanda-hubung-semester",
        "2028-02-09 15:30:00",
        ("Arman Siregar", "arman.siregar@polibatam.ac.id"),
        "semester matkul",
        """Sore, matkul Pra-Desain Kapal (NA2103) di e-learning masuk semester 3, harusnya semester 4. Tolong dipindah.

Arman
""",
        "id",
        "NA2103",
        "Pra-Desain Kapal",
        {"semester": "4"},
    )
    C(
        "b2-kelas-internasional-angkatan",
        "2028-02-10 09:15:00",
        ("Office of International Affairs", "oia@polibatam.ac.id"),
        "enrolment key for the international class",
        """Dear helpdesk,

Students of the International Class Batch 2027 cannot enrol in MB3110. Please set the enrolment key to intl-27.

Kind regards,
Office of International Affairs
""",
        "en",
        "MB3110",
        None,
        {"enrolment_key": "intl-27"},
    )
    C(
        "b2-en-title-in-app-lower",
        "2028-02-10 16:40:00",
        ("Rizal Fahmi", "rizal.fahmi@polibatam.ac.id"),
        "title",
        """hi, the course title on my students' phones reads basic electrical workshop. should be Electrical Workshop I.
code EL1107. thanks
""",
        "en",
        "EL1107",
        "basic electrical workshop",
        {"fullname": "Electrical Workshop I"},
    )

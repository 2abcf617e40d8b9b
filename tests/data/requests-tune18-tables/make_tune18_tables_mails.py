"""The mails of the eighteenth tables corpus, written by hand (imported by make_tune18_tables.py)."""


def define(M, cd, table_html, paras_html, outlook):
    # ------------------------------------------------------------ delimited files attached
    M("csv-titikkoma-sep-excel-kode-singkat", "2027-01-11 08:02",
      ("Rosmawati Harahap", "rosmawati.harahap@polibatam.ac.id"),
      "Rekap penyesuaian MK Kurikulum OBE - Prodi Teknik Elektronika", "course_data", "id",
      cd("TE2203", "Teknik Digital", fullname="Sistem Digital Terapan", shortname="TE-SDT"),
      note="A ';' CSV saved by an Indonesian Excel (windows-1252, Excel's 'sep=;' first line); the new name and the "
           "new short name are separate columns after the old name; two courses, the first is labelled.",
      client="outlook", plain="""Yth. Bapak/Ibu Tim P4M,

Menindaklanjuti rapat penyesuaian kurikulum OBE, terlampir rekap mata kuliah prodi kami yang berganti nama untuk
semester genap. Mohon bantuan penyesuaiannya di e-learning.

Terima kasih atas kerja samanya.

Rosmawati Harahap
Admin Prodi Teknik Elektronika
""", att=[("raw", "Rekap_MK_OBE_Elektronika.csv",
           ("sep=;\nKode MK;Nama MK Lama;Nama Baru;Kode Singkat\n"
            "TE2203;Teknik Digital;Sistem Digital Terapan;TE-SDT\n"
            "TE2207;Elektronika Analog;Rangkaian Elektronika Analog;TE-REA\n", "windows-1252",
            "application/vnd.ms-excel"))])

    M("csv-google-sheets-en-old-new-title", "2027-01-11 09:40",
      ("Hannah Schultz", "hannah.schultz@polibatam.ac.id"),
      "Course renames for the international class (sheet export)", "course_data", "en",
      cd("IB3104", "International Marketing", fullname="Global Marketing Strategy", shortname="IB3104-GMS"),
      note="A comma CSV exported from Google Sheets: 'Course code, Old course name, New title, New short name'.",
      plain="""Hello P4M team,

As discussed with the programme head, the international class is moving some course titles to the new
curriculum. I exported the list from our planning sheet (attached). Could you apply it on the e-learning site
before the semester starts?

Many thanks,
Hannah Schultz
International Office liaison, Business Administration
""", att=[("csv", "intl-class-renames - Sheet1.csv",
           ([["Course code", "Old course name", "New title", "New short name"],
             ["IB3104", "International Marketing", "Global Marketing Strategy", "IB3104-GMS"],
             ["IB3110", "Cross-Cultural Management", "Intercultural Business Communication", "IB3110-IBC"]],
            ",", "utf-8", "text/csv"))])

    M("csv-snake-case-export-current-new", "2027-01-11 13:15",
      ("Teguh Prasetyo", "teguh.prasetyo@polibatam.ac.id"),
      "Export perubahan nama course dari sistem kurikulum", "course_data", "id",
      cd("AK2105", "Perpajakan I", fullname="Perpajakan Orang Pribadi", shortname="AK2105-PPOP"),
      note="An export from the curriculum system with snake_case headers ('nama_saat_ini', 'nama_usulan', "
           "'shortname_usulan').",
      client="thunderbird", plain="""Selamat siang,

Berikut hasil export dari aplikasi kurikulum untuk MK yang namanya berubah. Kolomnya sudah sesuai format
yang biasa dipakai tim P4M. Mohon diproses.

Teguh P.
Unit Sistem Informasi Akademik
""", att=[("csv", "export_perubahan_nama_20270111.csv",
           ([["kode_mk", "nama_saat_ini", "nama_usulan", "shortname_usulan", "prodi"],
             ["AK2105", "Perpajakan I", "Perpajakan Orang Pribadi", "AK2105-PPOP", "Akuntansi"]],
            ",", "utf-8", "text/csv"))])

    M("tsv-attachment-nama-sekarang-pengganti", "2027-01-12 07:50",
      ("Sri Wahyuni", "sri.wahyuni@polibatam.ac.id"),
      "File perubahan nama MK (txt dari Excel)", "course_data", "id",
      cd("MB2208", "Manajemen Operasional", fullname="Manajemen Operasi dan Rantai Pasok"),
      note="Excel 'Text (Tab delimited)' saved as .txt: the current and the new name are adjacent columns; the "
           "current name must not run into the new one.",
      client="outlook", plain="""Dengan hormat,

Bersama ini saya lampirkan file dari Excel (disimpan sebagai teks). Isinya nama MK prodi Manajemen Bisnis yang
perlu diganti di e-learning.

Hormat saya,
Sri Wahyuni
Staf Prodi Manajemen Bisnis
""", att=[("txt", "nama_mk_ganti.txt",
           ("No\tKode\tNama Sekarang\tNama Pengganti\tSemester\r\n"
            "1\tMB2208\tManajemen Operasional\tManajemen Operasi dan Rantai Pasok\t4\r\n", "utf-8", "utf-8"))])

    M("tsv-file-en-current-title-proposed", "2027-01-12 10:05",
      ("Rahul Menon", "rahul.menon@polibatam.ac.id"),
      "Proposed course title change - tab file", "course_data", "en",
      cd("MT3301", "Manufacturing Processes", fullname="Advanced Manufacturing Processes"),
      note="A .tsv attachment, English headers 'Current title' and 'Proposed title'.",
      plain="""Dear P4M,

Attached is a small tab-separated file with the one course whose title our department changed this year.

Kind regards,
Rahul Menon
Mechanical Engineering
""", att=[("tsv", "title_change.tsv",
           [["Code", "Current title", "Proposed title"],
            ["MT3301", "Manufacturing Processes", "Advanced Manufacturing Processes"]])])

    M("csv-titikkoma-dosen-baru-gelar", "2027-01-12 14:30",
      ("Lusiana Panjaitan", "lusiana.panjaitan@polibatam.ac.id"),
      "Perubahan dosen pengampu semester genap", "course_data", "id",
      cd("IF3307", "Keamanan Jaringan", lecturer="Yohanes Sitorus, S.T., M.Kom."),
      note="';' CSV from an Indonesian Excel; the new lecturer's name holds commas (quoted); only that column "
           "changes.",
      client="outlook", plain="""Pagi Tim P4M,

Terlampir data dosen pengampu yang berganti untuk semester genap. Mohon diupdate di e-learning ya.

Salam,
Lusiana
Admin Jurusan Teknik Informatika
""", att=[("csv", "dosen_pengganti_genap.csv",
           ([["Kode MK", "Mata Kuliah", "Kelas", "Dosen Lama", "Dosen Baru"],
             ["IF3307", "Keamanan Jaringan", "TI-3A", "Hendra Gunawan, M.T.", "Yohanes Sitorus, S.T., M.Kom."]],
            ";", "windows-1252", "text/csv"))])

    M("csv-several-rows-one-course", "2027-01-13 08:45",
      ("Bayu Nugroho", "bayu.nugroho@polibatam.ac.id"),
      "Data course RE2201 yang perlu diubah", "course_data", "id",
      cd("RE2201", "Energi Surya", fullname="Sistem Energi Surya Fotovoltaik", shortname="RE2201-PV"),
      note="A CSV with one field per row for one course: 'Kode MK, Yang diubah, Semula, Menjadi'.",
      client="thunderbird", plain="""Halo P4M,

Mohon data course RE2201 disesuaikan seperti di file terlampir (per baris satu data).

Terima kasih,
Bayu Nugroho
Dosen Teknik Rekayasa Energi
""", att=[("csv", "RE2201_perubahan.csv",
           ([["Kode MK", "Yang diubah", "Semula", "Menjadi"],
             ["RE2201", "Nama MK", "Energi Surya", "Sistem Energi Surya Fotovoltaik"],
             ["RE2201", "Short name", "RE2201-A", "RE2201-PV"],
             ["RE2201", "SKS", "3", "3"]],
            ",", "utf-8", "text/csv"))])

    # ------------------------------------------------------------ XLSX
    M("xlsx-rekap-header-typo", "2027-01-13 10:20",
      ("Dra. Nurhayati", "nurhayati@polibatam.ac.id"),
      "Rekap MK ganti nama (xlsx)", "course_data", "id",
      cd("KA2104", "Kimia Analitik", fullname="Kimia Analitik Instrumen", shortname="KA-KAI"),
      note="An XLSX with typos in the headers ('Nama Matakuliah Lma', 'Nama Baru Matakuliah', 'Singkatan Baru').",
      plain="""Ass. wr. wb.

Tim P4M yth, berikut rekap dari rapat prodi. Mohon disesuaikan.

Wss,
Nurhayati
""", att=[("xlsx", "rekap ganti nama MK.xlsx",
           [("Sheet1", [["No", "Kode MK", "Nama Matakuliah Lma", "Nama Baru Matakuliah", "Singkatan Baru"],
                        [1, "KA2104", "Kimia Analitik", "Kimia Analitik Instrumen", "KA-KAI"]])])])

    M("xlsx-row-per-field-lama-baru", "2027-01-13 15:10",
      ("Agung Wicaksono", "agung.wicaksono@polibatam.ac.id"),
      "Perubahan data course Statika Struktur", "course_data", "id",
      cd("TS1203", "Statika Struktur", fullname="Statika dan Mekanika Bahan", shortname="TS1203-SMB"),
      note="An XLSX with a row per field: 'Data | Lama | Baru', the course named in the body.",
      client="outlook", plain="""Selamat sore,

Untuk MK Statika Struktur (TS1203) mohon diubah datanya sesuai lampiran.

Agung W.
""", att=[("xlsx", "TS1203.xlsx",
           [("Perubahan", [["Data", "Lama", "Baru"],
                           ["Nama mata kuliah", "Statika Struktur", "Statika dan Mekanika Bahan"],
                           ["Nama singkat", "TS1203-A", "TS1203-SMB"],
                           ["Dosen", "Agung Wicaksono, M.T.", "Agung Wicaksono, M.T."]])])])

    M("xlsx-en-several-courses-first", "2027-01-14 09:00",
      ("Olivia Tan", "olivia.tan@polibatam.ac.id"),
      "Course list updates for Semester 2", "course_data", "en",
      cd("EL2109", "Signals and Systems", fullname="Signal Processing Fundamentals"),
      note="An XLSX with several courses; the first row is the request's course; 'Old course name | New course "
           "name'.",
      plain="""Hi there,

Please find attached the course list updates from the Electrical department for Semester 2. Only the names
change.

Best,
Olivia
""", att=[("xlsx", "EL course updates S2.xlsx",
           [("Updates", [["Course Code", "Old Course Name", "New Course Name"],
                         ["EL2109", "Signals and Systems", "Signal Processing Fundamentals"],
                         ["EL2115", "Electric Machines", "Electrical Machines and Drives"],
                         ["EL2120", "Control Systems", "Feedback Control Systems"]])])])

    # ------------------------------------------------------------ tables pasted in the body
    M("excel-paste-tab-body-short-name-baru", "2027-01-14 11:25",
      ("Fitriani Lubis", "fitriani.lubis@polibatam.ac.id"),
      "ganti nama MK sem genap", "course_data", "mixed",
      cd("IF2210", "Pemrograman Berorientasi Objek", fullname="Pemrograman Berbasis Objek",
         shortname="PBO-IF2"),
      note="Cells copied from Excel into Gmail: the plain part is tab-separated, the HTML part a table; two courses.",
      plain="""Halo tim P4M,

tolong ya, ini dari excel kaprodi:

Kode\tNama Mata Kuliah\tNama Baru\tShort name baru
IF2210\tPemrograman Berorientasi Objek\tPemrograman Berbasis Objek\tPBO-IF2
IF2214\tInteraksi Manusia dan Komputer\tDesain Interaksi\tDI-IF2

thx
Fitri
""", html_body=paras_html("Halo tim P4M,\n\ntolong ya, ini dari excel kaprodi:\n")
      + table_html([["Kode", "Nama Mata Kuliah", "Nama Baru", "Short name baru"],
                    ["IF2210", "Pemrograman Berorientasi Objek", "Pemrograman Berbasis Objek", "PBO-IF2"],
                    ["IF2214", "Interaksi Manusia dan Komputer", "Desain Interaksi", "DI-IF2"]], header=False)
      + paras_html("\nthx\nFitri"))

    M("gsheets-paste-html-old-new", "2027-01-14 13:40",
      ("Marcus Lee", "marcus.lee@polibatam.ac.id"),
      "Rename request from Google Sheets", "course_data", "en",
      cd("CS2302", "Web Programming", fullname="Full-Stack Web Development", shortname="CS2302-FSWD"),
      note="A Google Sheets range pasted into Gmail: HTML table, tab-separated plain part.",
      plain="""Hi,

Pasting from our sheet:

Course\tOld name\tNew name\tNew short name
CS2302\tWeb Programming\tFull-Stack Web Development\tCS2302-FSWD

Cheers,
Marcus
""", html_body=paras_html("Hi,\n\nPasting from our sheet:\n")
      + '<google-sheets-html-origin>' + table_html(
          [["Course", "Old name", "New name", "New short name"],
           ["CS2302", "Web Programming", "Full-Stack Web Development", "CS2302-FSWD"]], header=False)
      + "</google-sheets-html-origin>" + paras_html("\nCheers,\nMarcus"))

    M("outlook-html-tertulis-seharusnya", "2027-01-15 08:30",
      ("Ir. Suharto Wibowo, M.T.", "suharto.wibowo@polibatam.ac.id"),
      "Koreksi data MK Mekanika Fluida", "course_data", "id",
      cd("MS2111", "Mekanika Fluida", fullname="Mekanika Fluida Terapan", shortname="MS2111-MFT"),
      note="Outlook HTML only: 'Data | Tertulis di e-learning | Seharusnya', the lecturer row unchanged.",
      client="outlook-html", html_body=outlook(
          '<p class="MsoNormal">Yth. Tim P4M,</p><p class="MsoNormal">Mohon koreksi data MK Mekanika Fluida (MS2111) '
          "sbb:</p>"
          + table_html([["Data", "Tertulis di e-learning", "Seharusnya"],
                        ["Nama MK", "Mekanika Fluida", "Mekanika Fluida Terapan"],
                        ["Short name", "MS2111", "MS2111-MFT"],
                        ["Dosen", "Suharto Wibowo", "Suharto Wibowo"]])
          + '<p class="MsoNormal">Terima kasih.</p><p class="MsoNormal">Suharto Wibowo</p>'))

    M("outlook-html-en-now-should-be", "2027-01-15 10:10",
      ("Dr. Priya Raman", "priya.raman@polibatam.ac.id"),
      "Course details wrong on e-learning", "course_data", "en",
      cd("BM3205", "Operations Research", fullname="Operations Research and Optimisation"),
      note="Outlook HTML only: 'Field | Now | Should be'; the short name row is the same on both sides.",
      client="outlook-html", html_body=outlook(
          '<p class="MsoNormal">Dear Helpdesk,</p><p class="MsoNormal">The course page for BM3205 shows the old '
          "details. Please fix:</p>"
          + table_html([["Field", "Now", "Should be"],
                        ["Course name", "Operations Research", "Operations Research and Optimisation"],
                        ["Short name", "BM3205", "BM3205"]])
          + '<p class="MsoNormal">Regards,<br>Priya</p>'))

    M("ascii-table-nma-typo", "2027-01-15 13:55",
      ("Heri Kurniawan", "heri.kurniawan@polibatam.ac.id"),
      "perubahan nama matkul", "course_data", "id",
      cd("EL1102", "Dasar Elektronika", fullname="Elektronika Dasar dan Praktik"),
      note="A monospace table typed in Thunderbird with a typo in the header ('Nma MK Lama').",
      client="thunderbird", plain="""Siang P4M,

Mohon diubah ya:

| Kode   | Nma MK Lama       | Nama MK Baru                 |
|--------|-------------------|------------------------------|
| EL1102 | Dasar Elektronika | Elektronika Dasar dan Praktik |

Tks,
Heri
""")

    M("markdown-table-field-old-new-en", "2027-01-15 16:20",
      ("Jonas Becker", "jonas.becker@polibatam.ac.id"),
      "Fix for SE3301 settings", "course_data", "en",
      cd("SE3301", "Software Testing", fullname="Software Testing and Quality Assurance",
         shortname="SE3301-STQA"),
      note="A Markdown table typed by a developer-lecturer: '| Field | Old | New |'.",
      client="thunderbird", plain="""Hi P4M team,

Small fix for the course SE3301 Software Testing, if possible this week:

| Field      | Old              | New                                    |
|------------|------------------|----------------------------------------|
| Full name  | Software Testing | Software Testing and Quality Assurance |
| Short name | SE3301           | SE3301-STQA                            |

Thanks!
Jonas
""")

    M("two-column-lama-baru-pipe", "2027-01-18 08:15",
      ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
      "Nama MK AB2103", "course_data", "id",
      cd("AB2103", "Pengantar Bisnis", fullname="Pengantar Bisnis Digital"),
      note="Two columns only, the field named in the header cells: 'Nama MK lama | Nama MK baru'.",
      plain="""Pagi,

MK AB2103:
Nama MK lama | Nama MK baru
Pengantar Bisnis | Pengantar Bisnis Digital

Mohon dibantu, terima kasih.
Wulan
""")

    M("html-table-several-courses-keterangan", "2027-01-18 10:45",
      ("Koordinator Kurikulum TRPL", "kurikulum.trpl@polibatam.ac.id"),
      "Penyesuaian nama MK TRPL (Kurikulum 2027)", "course_data", "id",
      cd("PL3101", "Manajemen Proyek Perangkat Lunak", fullname="Manajemen Proyek TI"),
      note="An Outlook table of several courses with a 'Keterangan' column; the second row says 'tetap'.",
      client="outlook-html", html_body=outlook(
          '<p class="MsoNormal">Kepada Tim P4M,</p><p class="MsoNormal">Sehubungan dengan pemberlakuan Kurikulum '
          "2027, mohon nama mata kuliah berikut disesuaikan di e-learning:</p>"
          + table_html([["No", "Kode", "Nama MK (lama)", "Nama MK (baru)", "Keterangan"],
                        ["1", "PL3101", "Manajemen Proyek Perangkat Lunak", "Manajemen Proyek TI", "ganti nama"],
                        ["2", "PL3104", "Pengujian Perangkat Lunak", "Pengujian Perangkat Lunak", "tetap"],
                        ["3", "PL3108", "Basis Data Lanjut", "Rekayasa Data", "ganti nama"]])
          + '<p class="MsoNormal">Hormat kami,</p><p class="MsoNormal">Koordinator Kurikulum TRPL</p>'))

    # ------------------------------------------------------------ lists, one field per item
    M("numbered-list-one-field-per-item", "2027-01-18 13:30",
      ("Dewi Anggraini", "dewi.anggraini@polibatam.ac.id"),
      "Permohonan ganti nama MK", "course_data", "id",
      cd("GD2201", "Tipografi", fullname="Tipografi dan Tata Letak", shortname="GD2201-TTL"),
      note="A numbered list with one field per item; the current name item is labelled 'saat ini'.",
      plain="""Yth. P4M,

Saya mohon perubahan data course dengan rincian:
1. Kode MK : GD2201
2. Nama MK saat ini : Tipografi
3. Nama MK baru : Tipografi dan Tata Letak
4. Short name baru : GD2201-TTL

Atas bantuannya saya ucapkan terima kasih.
Dewi Anggraini, S.Sn., M.Ds.
""")

    M("bulleted-list-en-current-new-title", "2027-01-18 15:05",
      ("Aaron Fernandez", "aaron.fernandez@polibatam.ac.id"),
      "Course title update", "course_data", "en",
      cd("HT2102", "Hospitality Accounting", fullname="Accounting for Hospitality Operations",
         shortname="HT2102-AHO"),
      note="A bulleted list, one field per item: 'Current title', 'New title', 'New short name'.",
      client="iphone", plain="""Hi helpdesk,

Details below:
• Course code: HT2102
• Current title: Hospitality Accounting
• New title: Accounting for Hospitality Operations
• New short name: HT2102-AHO

Thank you
Aaron

Sent from my iPhone
""")

    M("numbered-several-courses-sub-bullets", "2027-01-19 08:20",
      ("Sekretariat Prodi Animasi", "prodi.animasi@polibatam.ac.id"),
      "Perubahan nama MK Prodi Animasi", "course_data", "id",
      cd("AN2105", "Animasi 2D", fullname="Animasi 2D Digital", shortname="AN-2DD"),
      note="Several courses, each a numbered item with its fields as sub-bullets; the first course is labelled.",
      plain="""Selamat pagi Tim P4M,

Berikut MK yang berubah nama di Prodi Animasi:

1. AN2105 - Animasi 2D
   - nama baru: Animasi 2D Digital
   - short name baru: AN-2DD
2. AN2109 - Storyboard
   - nama baru: Storyboard dan Sinematografi
   - short name baru: AN-SBS

Terima kasih.
Sekretariat Prodi Animasi
""")

    M("sebelum-sesudah-blocks", "2027-01-19 10:40",
      ("Ikhsan Maulana", "ikhsan.maulana@polibatam.ac.id"),
      "Perubahan course Akuntansi Sektor Publik", "course_data", "id",
      cd("AK3203", "Akuntansi Sektor Publik", fullname="Akuntansi Pemerintahan", shortname="AK3203-AP"),
      note="Two labelled blocks, 'Sebelum:' and 'Sesudah:', with the same field labels in each.",
      client="thunderbird", plain="""Halo tim P4M,

Mohon bantuannya untuk course AK3203.

Sebelum:
Nama MK: Akuntansi Sektor Publik
Short name: AK3203

Sesudah:
Nama MK: Akuntansi Pemerintahan
Short name: AK3203-AP

Terima kasih,
Ikhsan
""")

    # ------------------------------------------------------------ Moodle "Edit settings" told field by field
    M("moodle-edit-settings-field-by-field-id", "2027-01-19 13:00",
      ("Yuni Kartika", "yuni.kartika@polibatam.ac.id"),
      "Edit settings course Fisika Terapan", "course_data", "id",
      cd("FT1101", "Fisika Terapan", fullname="Fisika Teknik Terapan", shortname="FT1101-FTT"),
      note="Moodle's Edit settings told field by field, each line 'label -> isi: value'.",
      plain="""Pagi P4M,

Saya tidak punya akses edit di course Fisika Terapan (FT1101). Mohon di menu Edit settings diisi begini:

Course full name -> isi: Fisika Teknik Terapan
Course short name -> isi: FT1101-FTT
Course ID number -> biarkan

Makasih banyak,
Yuni
""")

    M("moodle-edit-settings-en-described", "2027-01-19 15:25",
      ("Sophie Martin", "sophie.martin@polibatam.ac.id"),
      "Edit settings for my course", "course_data", "en",
      cd("FR1201", "French I", fullname="French for Beginners", shortname="FR1201-FB"),
      note="Edit settings described in English: 'Course full name: change it to X', 'Course short name: change to "
           "Y', 'Course ID number: leave as is'.",
      plain="""Hello,

On the Edit settings page of French I (FR1201), could you please set:
- Course full name: change it to French for Beginners
- Course short name: change to FR1201-FB
- Course ID number: leave as is

Merci!
Sophie Martin
Language Centre
""")

    # ------------------------------------------------------------ more layouts
    M("outlook-html-kode-baru-nama-baru-rows", "2027-01-20 08:05",
      ("Ahmad Fauzi", "ahmad.fauzi@polibatam.ac.id"),
      "Data MK Kurikulum Baru - Teknik Mesin", "course_data", "id",
      cd("ME1104", "Gambar Teknik", fullname="Gambar Teknik Manufaktur", shortname="ME27-104"),
      note="Outlook table 'Kode lama | Nama lama | Kode baru | Nama baru' (the new code is the short name), one row.",
      client="outlook-html", html_body=outlook(
          '<p class="MsoNormal">Yth. Helpdesk P4M,</p><p class="MsoNormal">Mohon penyesuaian MK berikut:</p>'
          + table_html([["Kode lama", "Nama lama", "Kode baru", "Nama baru"],
                        ["ME1104", "Gambar Teknik", "ME27-104", "Gambar Teknik Manufaktur"]])
          + '<p class="MsoNormal">Terima kasih.</p><p class="MsoNormal">Ahmad Fauzi<br>Admin Jurusan Teknik Mesin'
            "</p>"))

    M("csv-judul-baru-kode-lama-first", "2027-01-20 09:50",
      ("Ratna Juwita", "ratna.juwita@polibatam.ac.id"),
      "judul MK baru", "course_data", "id",
      cd("PW2203", "Desain Web", fullname="Desain Antarmuka Web"),
      note="A comma CSV with 'Judul Lama, Judul Baru' headers and the code last.",
      client="samsung", plain="""Min, ini file judul MK yg baru ya. Mohon diganti di elearning.

Dikirim dari Samsung Galaxy saya
""", att=[("csv", "judul_mk.csv",
           ([["Judul Lama", "Judul Baru", "Kode"],
             ["Desain Web", "Desain Antarmuka Web", "PW2203"]],
            ",", "utf-8", "text/csv"))])

    M("pipe-paste-ket-column", "2027-01-20 11:15",
      ("Bambang Hermanto", "bambang.hermanto@polibatam.ac.id"),
      "Ganti nama dan singkatan MK", "course_data", "id",
      cd("LG2102", "Manajemen Gudang", fullname="Manajemen Pergudangan", shortname="LG-MPG"),
      note="A table pasted with pipes and a note column; only the first course is asked.",
      client="outlook", plain="""Selamat siang,

Mohon perubahan di e-learning sbb:

Kode MK | Nama MK Lama | Nama MK Baru | Singkatan Baru | Ket.
LG2102 | Manajemen Gudang | Manajemen Pergudangan | LG-MPG | mulai genap 2026/2027

Terima kasih,
Bambang H.
""")

    M("outlook-html-row-per-field-en-before-after", "2027-01-20 14:00",
      ("Natalia Kusuma", "natalia.kusuma@polibatam.ac.id"),
      "Before / after for AR2106", "course_data", "mixed",
      cd("AR2106", "Studio Arsitektur 2", fullname="Studio Perancangan Arsitektur 2", shortname="AR2106-SPA2"),
      note="Outlook table 'Setting | Before | After' with Moodle labels; the summary row is unchanged ('-').",
      client="outlook-html", html_body=outlook(
          '<p class="MsoNormal">Hi P4M,</p><p class="MsoNormal">Tolong update course AR2106 ya, before/after:</p>'
          + table_html([["Setting", "Before", "After"],
                        ["Course full name", "Studio Arsitektur 2", "Studio Perancangan Arsitektur 2"],
                        ["Course short name", "AR2106", "AR2106-SPA2"],
                        ["Course summary", "Studio perancangan bangunan sederhana.", "-"]])
          + '<p class="MsoNormal">Thanks,<br>Natalia</p>'))

    M("numbered-list-en-old-course-name", "2027-01-21 08:40",
      ("Kevin Wong", "kevin.wong@polibatam.ac.id"),
      "Renaming request", "course_data", "en",
      cd("DS2301", "Data Mining", fullname="Data Mining and Machine Learning"),
      note="A numbered list: 'Old course name' and 'New course name' items.",
      plain="""Dear team,

1) Course code: DS2301
2) Old course name: Data Mining
3) New course name: Data Mining and Machine Learning

Kindly update it on Moodle. Thank you.

Kevin
""")

    M("kolom-sekarang-usulan-ascii", "2027-01-21 10:30",
      ("Hj. Siti Rahmah", "siti.rahmah@polibatam.ac.id"),
      "Usulan perubahan data course", "course_data", "id",
      cd("KP2107", "Komunikasi Bisnis", fullname="Komunikasi Bisnis dan Profesional", **{"class": "KP-2B"}),
      note="An ASCII table with '+---+' borders: 'Item | Sekarang | Usulan'; the class changes too.",
      client="thunderbird", plain="""Assalamu'alaikum,

Mohon perubahan data course Komunikasi Bisnis (KP2107) sesuai usulan di bawah:

+--------------+-------------------+-----------------------------------+
| Item         | Sekarang          | Usulan                            |
+--------------+-------------------+-----------------------------------+
| Nama MK      | Komunikasi Bisnis | Komunikasi Bisnis dan Profesional |
| Kelas        | KP-2A             | KP-2B                             |
+--------------+-------------------+-----------------------------------+

Wassalam,
Siti Rahmah
""")

    # ------------------------------------------------------------ near-misses
    M("xlsx-daftar-mahasiswa-enrol-nearmiss", "2027-01-21 13:10",
      ("Rizky Ramadhan", "rizky.ramadhan@polibatam.ac.id"),
      "Mahasiswa belum masuk course", "elearning_support", "id",
      note="Near-miss: a student list (NIM, Nama, Kelas) for an enrolment problem; no course field is asked.",
      plain="""Selamat siang,

Mahasiswa di file terlampir belum bisa masuk ke course Basis Data (IF2205) padahal sudah KRS. Mohon
dienrol manual.

Terima kasih,
Rizky
""", att=[("xlsx", "mhs_belum_enrol.xlsx",
           [("Sheet1", [["NIM", "Nama", "Kelas"],
                        ["4312301011", "Anisa Putri", "TI-2A"],
                        ["4312301027", "Budi Santoso", "TI-2A"],
                        ["4312301044", "Citra Lestari", "TI-2B"]])])])

    M("jadwal-table-nearmiss-support", "2027-01-21 15:40",
      ("Maya Sitompul", "maya.sitompul@polibatam.ac.id"),
      "Course tidak muncul di dashboard", "elearning_support", "id",
      note="Near-miss: a schedule table (Hari | Jam | Ruang) in a support question; nothing is a change.",
      plain="""Halo P4M,

Course yang saya ajar semester ini tidak muncul di dashboard saya. Ini jadwalnya:

Mata Kuliah | Hari | Jam | Ruang
Sistem Basis Data | Selasa | 08.00-10.30 | GU-702
Pemrograman Mobile | Kamis | 13.00-15.30 | Lab 3

Mohon dicek. Terima kasih.
Maya
""")

    M("table-all-same-but-short-name", "2027-01-22 08:25",
      ("Fajar Setiawan", "fajar.setiawan@polibatam.ac.id"),
      "Cek data course TK2306", "course_data", "id",
      cd("TK2306", "Jaringan Nirkabel", shortname="TK2306-WLAN"),
      note="Near-miss rows: the name row is the same on both sides; only the short name changes.",
      plain="""Pagi,

Sudah saya cek data course TK2306, yang perlu diubah cuma satu:

Data | Di e-learning | Yang benar
Nama MK | Jaringan Nirkabel | Jaringan Nirkabel
Short name | TK2306 | TK2306-WLAN

Makasih.
Fajar
""")

    M("sesudah-kosong-nearmiss", "2027-01-22 10:05",
      ("Clara Hutapea", "clara.hutapea@polibatam.ac.id"),
      "Perubahan dosen MK Statistika Bisnis", "course_data", "id",
      cd("MB1206", "Statistika Bisnis", lecturer="Dr. Roy Simanjuntak, S.E., M.Si."),
      note="Near-miss: the name row's 'Sesudah' cell is empty; only the lecturer changes.",
      client="outlook-html", html_body=outlook(
          '<p class="MsoNormal">Dengan hormat,</p><p class="MsoNormal">Mohon perubahan pada MK Statistika Bisnis '
          "(MB1206):</p>"
          + table_html([["Data", "Sebelum", "Sesudah"],
                        ["Nama MK", "Statistika Bisnis", ""],
                        ["Dosen", "Clara Hutapea, M.Stat.", "Dr. Roy Simanjuntak, S.E., M.Si."]])
          + '<p class="MsoNormal">Hormat saya,</p><p class="MsoNormal">Clara Hutapea</p>'))

    # ------------------------------------------------------------ batch 2: field lists under a line that asks
    M("list-plain-labels-under-asking-line", "2027-01-25 08:10",
      ("Nur Aisyah", "nur.aisyah@polibatam.ac.id"),
      "Penggantian nama course Pengolahan Citra", "course_data", "id",
      cd("MM3102", "Pengolahan Citra", fullname="Pengolahan Citra dan Visi Komputer", shortname="MM3102-PCVK"),
      note="Plain labels (no side word) in a list under a line that asks for a change and ends with a colon; the "
           "course is named in the sentence above.",
      plain="""Selamat pagi,

Untuk course Pengolahan Citra (MM3102), mohon datanya diganti dengan isian berikut:
- Nama matkul: Pengolahan Citra dan Visi Komputer
- Singkatan: MM3102-PCVK

Terima kasih,
Nur Aisyah
""")

    M("list-en-plain-labels-update-as-follows", "2027-01-25 10:35",
      ("Daniel Okonkwo", "daniel.okonkwo@polibatam.ac.id"),
      "CE2204 update", "course_data", "en",
      cd("CE2204", "Soil Mechanics", fullname="Soil Mechanics and Foundations", shortname="CE2204-SMF"),
      note="English list with plain labels under 'Please update ... as follows:'.",
      client="outlook", plain="""Good morning,

Please update the Soil Mechanics course (CE2204) as follows:
* Full name: Soil Mechanics and Foundations
* Shortname: CE2204-SMF

Regards,
Daniel Okonkwo
""")

    M("identifying-list-then-key-in-prose-nearmiss", "2027-01-25 13:20",
      ("Yusuf Habibie", "yusuf.habibie@polibatam.ac.id"),
      "enrolment key MK", "course_data", "id",
      cd("IF1106", "Logika Informatika", enrolment_key="logika-ti1c"),
      note="Near-miss: a list that only identifies the course (code, name, class, lecturer) before the one change "
           "asked in prose; none of the list's values is a change.",
      plain="""Siang P4M,

Data MK saya:
- Kode MK: IF1106
- Nama MK: Logika Informatika
- Kelas: TI-1C
- Dosen: Yusuf Habibie, M.Kom.

Mohon enrolment key-nya diganti menjadi logika-ti1c ya.

Terima kasih.
""")

    M("identifying-list-en-then-lecturer-nearmiss", "2027-01-26 09:00",
      ("Mei Ling Chua", "meiling.chua@polibatam.ac.id"),
      "Lecturer change", "course_data", "en",
      cd("AC2201", "Cost Accounting", lecturer="Dr. Samuel Tobing"),
      note="Near-miss: 'Course details:' list (code, name, class) under a line that asks nothing; the lecturer "
           "change is in prose.",
      client="iphone", plain="""Hi,

Course details:
1. Code: AC2201
2. Name: Cost Accounting
3. Class: AK-2A

Starting next week the course will be taken over by Dr. Samuel Tobing. Please change the lecturer on
e-learning to Dr. Samuel Tobing.

Thanks,
Mei Ling

Sent from my iPhone
""")

    M("numbered-yg-baru-labels", "2027-01-26 11:45",
      ("Ponirin", "ponirin@polibatam.ac.id"),
      "MK Mesin Konversi Energi", "course_data", "id",
      cd("ME3205", "Mesin Konversi Energi", fullname="Mesin Konversi Energi Terbarukan", shortname="MKET-ME3"),
      note="Numbered items with 'yg baru' inside the label: 'Nama lengkap MK yg baru', 'Nama singkat yg baru'.",
      client="samsung", plain="""Pak/Bu, mhn bantu utk MK Mesin Konversi Energi (ME3205):
1. Nama lengkap MK yg baru: Mesin Konversi Energi Terbarukan
2. Nama singkat yg baru: MKET-ME3
Mksh

Dikirim dari Samsung Galaxy saya
""")

    M("list-berikut-data-not-asking-nearmiss", "2027-01-26 14:10",
      ("Andreas Pardede", "andreas.pardede@polibatam.ac.id"),
      "Short name MK Hidrolika", "course_data", "id",
      cd("TS2204", "Hidrolika", shortname="TS2204-HID"),
      note="Near-miss: 'Berikut data course-nya:' introduces an identifying list; only the short name asked in "
           "prose is a change.",
      client="thunderbird", plain="""Selamat siang,

Berikut data course-nya:
- Nama MK: Hidrolika
- Kode: TS2204
- Semester: 4

Mohon short name-nya diubah jadi TS2204-HID.

Salam,
Andreas
""")

    M("en-currently-should-be-blocks", "2027-01-27 09:30",
      ("Lucas Moreau", "lucas.moreau@polibatam.ac.id"),
      "Wrong course title on Moodle", "course_data", "en",
      cd("TR2103", "Tourism Economics", fullname="Economics of Tourism and Travel", shortname="TR2103-ETT"),
      note="Two blocks of plain labels under 'Currently:' and 'Should be:'.",
      plain="""Hello,

My course TR2103 on Moodle:

Currently:
Course name: Tourism Economics
Short name: TR2103

Should be:
Course name: Economics of Tourism and Travel
Short name: TR2103-ETT

Thanks a lot,
Lucas
""")

    M("list-typo-labels-shrot-name", "2027-01-27 11:05",
      ("Hamdani Siregar", "hamdani.siregar@polibatam.ac.id"),
      "Mohon perubahan ful name dan shrot name", "course_data", "id",
      cd("EE3106", "Sistem Kendali", fullname="Sistem Kendali Digital", shortname="EE3106-SKD"),
      note="Labels typed with typos in a list under a line that asks: 'Ful name', 'Shrot name'.",
      plain="""Dengan hormat,

Mohon perubahan data course Sistem Kendali (EE3106) menjadi sbb:
- Ful name : Sistem Kendali Digital
- Shrot name : EE3106-SKD

Terima kasih.
Hamdani Siregar
""")

    M("asked-list-mata-kuliah-label-nearmiss", "2027-01-27 14:40",
      ("Rina Marlina", "rina.marlina@polibatam.ac.id"),
      "Perubahan pengampu", "course_data", "id",
      cd(name="Etika Bisnis", lecturer="Taufik Hidayat, S.E., M.M."),
      note="Near-miss: under a line that asks, '- Mata kuliah: X' says which course; only the lecturer changes. "
           "Written after the rule it tests (a wrong claim counted on a held-out part).",
      plain="""Selamat pagi,

Mohon diubah sebagai berikut:
- Mata kuliah: Etika Bisnis
- Dosen pengampu: Taufik Hidayat, S.E., M.M.

Terima kasih,
Rina Marlina
Admin Prodi Administrasi Bisnis Terapan
""")

    # ------------------------------------------------------------ batch 3: tables whose plain text lost the grid
    M("outlook-plain-cells-one-per-line", "2027-01-28 08:20",
      ("Sutrisno Hadi", "sutrisno.hadi@polibatam.ac.id"),
      "Perubahan nama MK Teknik Sipil", "course_data", "id",
      cd("TS2102", "Ilmu Ukur Tanah", fullname="Survei dan Pemetaan", shortname="TS2102-SP"),
      note="Outlook's plain alternative of a pasted table: every cell on a line of its own, the header cells first.",
      client="outlook", plain="""Yth. Tim P4M,

Mohon perubahan nama MK berikut:

Kode MK
Nama MK Lama
Nama MK Baru
Short Name Baru
TS2102
Ilmu Ukur Tanah
Survei dan Pemetaan
TS2102-SP

Terima kasih.
Sutrisno Hadi
""", html_body=outlook('<p class="MsoNormal">Yth. Tim P4M,</p><p class="MsoNormal">Mohon perubahan nama MK berikut:</p>'
                       + table_html([["Kode MK", "Nama MK Lama", "Nama MK Baru", "Short Name Baru"],
                                     ["TS2102", "Ilmu Ukur Tanah", "Survei dan Pemetaan", "TS2102-SP"]])
                       + '<p class="MsoNormal">Terima kasih.</p><p class="MsoNormal">Sutrisno Hadi</p>'))

    M("aligned-spaces-columns-en", "2027-01-28 10:00",
      ("Tomasz Nowak", "tomasz.nowak@polibatam.ac.id"),
      "title change", "course_data", "en",
      cd("ME2207", "Thermodynamics", fullname="Engineering Thermodynamics"),
      note="Columns aligned with spaces only (a table pasted into a plain-text client), no bars or tabs.",
      client="thunderbird", plain="""Hi,

Please change this one on Moodle:

Course code    Current title     New title
ME2207         Thermodynamics    Engineering Thermodynamics

Thanks,
Tomasz
""")

    M("word-table-pasted-spaces-id-dosen", "2027-01-28 13:30",
      ("Erlina Sihombing", "erlina.sihombing@polibatam.ac.id"),
      "Dosen pengganti MK Ekonomi Mikro", "course_data", "id",
      cd("AB1104", "Ekonomi Mikro", lecturer="Rudi Hartono, S.E., M.Ec."),
      note="A Word table pasted as aligned text: 'Kode   Mata Kuliah   Dosen Lama   Dosen Baru'.",
      client="thunderbird", plain="""Selamat siang,

Mohon bantuan perubahan dosen:

Kode      Mata Kuliah      Dosen Lama                  Dosen Baru
AB1104    Ekonomi Mikro    Erlina Sihombing, M.Si.     Rudi Hartono, S.E., M.Ec.

Terima kasih,
Erlina
""")

    # ------------------------------------------------------------ batch 4: a letter's table, form tables
    M("docx-surat-tabel-perubahan", "2027-01-29 08:30",
      ("Sekretariat Jurusan Teknik Elektro", "jurusan.elektro@polibatam.ac.id"),
      "Surat permohonan penyesuaian nama mata kuliah", "course_data", "id",
      cd("RE2105", "Rangkaian Listrik II", fullname="Analisis Rangkaian Arus Bolak-Balik", shortname="RE2105-ARB"),
      note="The request is only in a DOCX letter holding a table: 'No | Kode MK | Nama MK Semula | Nama MK Menjadi | "
           "Short Name Menjadi'.",
      client="outlook", plain="""Yth. Kepala P4M,

Bersama ini kami sampaikan surat permohonan penyesuaian nama mata kuliah (terlampir).

Hormat kami,
Sekretariat Jurusan Teknik Elektro
""", att=[("docx", "Surat Permohonan Penyesuaian Nama MK.docx",
           ["Nomor: 045/JTE/I/2027",
            "Perihal: Permohonan penyesuaian nama mata kuliah di e-learning",
            "Dengan hormat, bersama ini kami mohon penyesuaian nama mata kuliah sebagai berikut:",
            [["No", "Kode MK", "Nama MK Semula", "Nama MK Menjadi", "Short Name Menjadi"],
             ["1", "RE2105", "Rangkaian Listrik II", "Analisis Rangkaian Arus Bolak-Balik", "RE2105-ARB"]],
            "Demikian permohonan ini kami sampaikan. Atas perhatiannya kami ucapkan terima kasih.",
            "Ketua Jurusan Teknik Elektro"])])

    M("outlook-two-column-form-table", "2027-01-29 10:15",
      ("Irwan Setiadi", "irwan.setiadi@polibatam.ac.id"),
      "Form perubahan data course", "course_data", "id",
      cd("MK2208", "Sensor dan Aktuator", fullname="Sensor, Aktuator dan Antarmuka", shortname="MK2208-SAA"),
      note="Outlook table with two columns, the labels in the first: 'Nama MK saat ini', 'Nama MK baru', 'Short name "
           "baru'.",
      client="outlook-html", html_body=outlook(
          '<p class="MsoNormal">Dengan hormat,</p><p class="MsoNormal">Berikut form perubahan data course saya:</p>'
          + table_html([["Kode MK", "MK2208"],
                        ["Nama MK saat ini", "Sensor dan Aktuator"],
                        ["Nama MK baru", "Sensor, Aktuator dan Antarmuka"],
                        ["Short name baru", "MK2208-SAA"]], header=False)
          + '<p class="MsoNormal">Terima kasih.</p><p class="MsoNormal">Irwan Setiadi</p>'))

    M("gmail-table-on-moodle-should-read", "2027-01-29 13:50",
      ("Hiroshi Tanaka", "hiroshi.tanaka@polibatam.ac.id"),
      "Course info to correct", "course_data", "en",
      cd("JP1102", "Japanese Language I", fullname="Basic Japanese Communication"),
      note="Gmail table 'Item | On Moodle | Should read'; the second row repeats itself.",
      plain="""Dear P4M,

Please correct the course information:

Item\tOn Moodle\tShould read
Course title\tJapanese Language I\tBasic Japanese Communication
Course code\tJP1102\tJP1102

Best regards,
Hiroshi Tanaka
""", html_body=paras_html("Dear P4M,\n\nPlease correct the course information:\n")
      + table_html([["Item", "On Moodle", "Should read"],
                    ["Course title", "Japanese Language I", "Basic Japanese Communication"],
                    ["Course code", "JP1102", "JP1102"]])
      + paras_html("\nBest regards,\nHiroshi Tanaka"))

    # ------------------------------------------------------------ batch 5: a row per class
    M("rows-per-class-lecturer", "2027-02-01 08:40",
      ("Desi Ratnasari", "desi.ratnasari@polibatam.ac.id"),
      "Pergantian dosen per kelas - Matematika Teknik", "course_data", "id",
      cd("TM1103", "Matematika Teknik", lecturer="Arif Budiman, S.Si., M.Sc."),
      note="A row per class of one course; the class column only says which class (no class is asked to change); the "
           "first row is labelled.",
      client="outlook", plain="""Selamat pagi Tim P4M,

Mohon perubahan dosen pengampu MK Matematika Teknik (TM1103) untuk kelas berikut:

Kelas | Dosen Lama | Dosen Baru
ME-1A | Desi Ratnasari, M.Pd. | Arif Budiman, S.Si., M.Sc.
ME-1B | Desi Ratnasari, M.Pd. | Lestari Wulandari, M.Si.

Terima kasih,
Desi Ratnasari
Koordinator MK Matematika
""")

    M("xlsx-enrolment-key-per-kelas", "2027-02-01 10:20",
      ("Gilang Pratama", "gilang.pratama@polibatam.ac.id"),
      "Enrolment key baru semester genap", "course_data", "id",
      cd("IF2206", "Jaringan Komputer", enrolment_key="jarkom-2a-genap"),
      note="An XLSX of new enrolment keys, a row per class of one course; the class column is no change.",
      plain="""Halo P4M,

Mohon enrolment key course Jaringan Komputer diganti sesuai file terlampir ya.

Gilang
""", att=[("xlsx", "key_jarkom.xlsx",
           [("Sheet1", [["Kode MK", "Mata Kuliah", "Kelas", "Enrolment Key Baru"],
                        ["IF2206", "Jaringan Komputer", "TI-2A", "jarkom-2a-genap"],
                        ["IF2206", "Jaringan Komputer", "TI-2B", "jarkom-2b-genap"]])])])

    # ------------------------------------------------------------ batch 6: delimited text pasted in the body
    M("csv-titikkoma-pasted-in-body", "2027-02-02 08:15",
      ("Yohana Simatupang", "yohana.simatupang@polibatam.ac.id"),
      "perubahan nama MK (csv)", "course_data", "id",
      cd("AK1107", "Pengantar Akuntansi I", fullname="Dasar-Dasar Akuntansi", shortname="AK1107-DDA"),
      note="A ';' CSV opened in Notepad and pasted into the body, header first.",
      client="outlook", plain="""Pagi Tim P4M,

Maaf file-nya tidak bisa saya lampirkan, saya copas isinya saja ya:

Kode MK;Nama MK Lama;Nama MK Baru;Short Name Baru
AK1107;Pengantar Akuntansi I;Dasar-Dasar Akuntansi;AK1107-DDA

Mohon diproses. Terima kasih.
Yohana
""")

    M("csv-comma-pasted-quoted-en", "2027-02-02 10:45",
      ("Arjun Pillai", "arjun.pillai@polibatam.ac.id"),
      "Course rename (pasted from the sheet)", "course_data", "en",
      cd("BA2203", "Business Law", fullname="Business Law, Ethics and Governance"),
      note="A comma CSV row pasted into the body; the new name holds a comma and is quoted.",
      plain="""Hi P4M,

Pasting the CSV row since attachments bounce from my phone:

course_code,current_name,new_name
BA2203,Business Law,"Business Law, Ethics and Governance"

Thanks,
Arjun
""")

    M("table-arrow-inside-cell", "2027-02-02 13:25",
      ("Maria Ulfa", "maria.ulfa@polibatam.ac.id"),
      "Update course Manajemen SDM", "course_data", "id",
      cd("MB2104", "Manajemen SDM", fullname="Manajemen Sumber Daya Manusia", shortname="MB2104-MSDM"),
      note="A two-column table whose value cells hold 'old -> new'.",
      client="thunderbird", plain="""Halo,

Mohon update course berikut:

| Data       | Perubahan                                       |
|------------|-------------------------------------------------|
| Kode MK    | MB2104                                          |
| Nama MK    | Manajemen SDM -> Manajemen Sumber Daya Manusia |
| Short name | MB2104 -> MB2104-MSDM                           |

Terima kasih,
Maria
""")

    # ------------------------------------------------------------ batch 7: a form's label above its value
    M("form-label-above-value-id", "2027-02-03 09:10",
      ("Lina Marpaung", "lina.marpaung@polibatam.ac.id"),
      "Form perubahan MK Biokimia", "course_data", "id",
      cd("KM2203", "Biokimia", fullname="Biokimia Terapan", shortname="KM2203-BT"),
      note="A form pasted from a PDF: each label on its line, its value on the next.",
      client="outlook", plain="""Yth. P4M,

Berikut isian form perubahan data MK:

Kode MK:
KM2203
Nama MK Lama:
Biokimia
Nama MK Baru:
Biokimia Terapan
Short Name Baru:
KM2203-BT

Terima kasih,
Lina
""")

    M("form-label-above-value-en", "2027-02-03 11:30",
      ("Ethan Brooks", "ethan.brooks@polibatam.ac.id"),
      "Course update form", "course_data", "en",
      cd("EN2101", "Academic Writing", fullname="Academic Writing and Research Skills"),
      note="English form: 'Current course name:' and 'New course name:' with the values on the next lines.",
      plain="""Hello,

Filled in the form below:

Course code:
EN2101
Current course name:
Academic Writing
New course name:
Academic Writing and Research Skills

Thank you,
Ethan
""")

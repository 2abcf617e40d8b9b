"""The mails of the sixteenth reading corpus, written by hand (imported by make_tune16_reading.py)."""


def define(M):
    # ------------------------------------------------------------ spreadsheets
    M("csv-titikkoma-excel-cp1252-ganti-nama", "2026-12-01 08:05",
      ("Yuliana Sembiring", "yuliana.sembiring@polibatam.ac.id"),
      "Perubahan nama MK prodi Akuntansi Manajerial", "course_data", "id",
      {"course_code": "AK3109", "course_name": "Akuntansi Biaya",
       "changes": {"fullname": "Akuntansi Biaya dan Manajemen Kinerja"}},
      note="The change only in a ';'-separated CSV saved by an Indonesian Excel (windows-1252), sent as "
           "application/vnd.ms-excel.",
      client="outlook", plain="""Selamat pagi Bapak/Ibu P4M,

Berikut kami lampirkan rekap perubahan nama mata kuliah hasil rapat kurikulum. Mohon disesuaikan di e-learning.

Salam,
Yuliana Sembiring
Admin Prodi Akuntansi Manajerial
""", att=[("csv", "rekap_perubahan_mk.csv",
           ([["Kode MK", "Nama MK Lama", "Nama MK Baru", "Keterangan"],
             ["AK3109", "Akuntansi Biaya", "Akuntansi Biaya dan Manajemen Kinerja", "hasil rapat kurikulum – Nov"]],
            ";", "windows-1252", "application/vnd.ms-excel"))])

    M("csv-koma-google-sheets-bom-lecturer-en", "2026-12-01 09:20",
      ("Grace Lim", "grace.lim@polibatam.ac.id"),
      "Lecturer update for EL3206", "course_data", "en",
      {"course_code": "EL3206", "course_name": "Embedded Systems",
       "changes": {"lecturer": "Dian Permata Sari, S.Kom., M.Kom."}},
      note="A comma CSV exported from Google Sheets with a UTF-8 BOM; the new lecturer's name holds commas and is "
           "quoted in the file.",
      plain="""Hi team,

Please update the e-learning course per the attached sheet (exported from our planning spreadsheet).

Thanks,
Grace
""", att=[("csv", "EL3206 - lecturer change.csv",
           ([["Course code", "Course name", "Current lecturer", "New lecturer"],
             ["EL3206", "Embedded Systems", "Bambang Irawan, M.T.", "Dian Permata Sari, S.Kom., M.Kom."]],
            ",", "utf-8-sig", "text/csv"))])

    M("tsv-ekspor-siakad-singkatan", "2026-12-01 10:40",
      ("Ferdy Simanjuntak", "ferdy.simanjuntak@polibatam.ac.id"),
      "short name course", "course_data", "mixed",
      {"course_code": "MS2110", "course_name": "Mekanika Fluida", "changes": {"shortname": "MEKFLU-MS2B"}},
      note="A tab-separated export; the body is one line.",
      client="thunderbird", plain="""Mohon short name course di file terlampir diganti sesuai kolom terakhir. Thx.

Ferdy
""", att=[("tsv", "export_course.tsv",
           [["kode", "nama_mk", "shortname_lama", "shortname_baru"],
            ["MS2110", "Mekanika Fluida", "MS2110-B", "MEKFLU-MS2B"]])])

    M("xlsx-rekap-perubahan-nama-dan-sks", "2026-12-01 13:15",
      ("Dr. Ratna Wulandari", "ratna.wulandari@polibatam.ac.id"),
      "Rekap perubahan kurikulum TRPL", "course_data", "id",
      {"course_code": "RPL2204", "course_name": "Pengujian Perangkat Lunak",
       "changes": {"fullname": "Penjaminan Mutu Perangkat Lunak", "credits": "3"}},
      note="An XLSX whose one data row holds the new name and the new credits.",
      client="outlook", plain="""Yth. Tim P4M,

Terlampir rekap perubahan kurikulum untuk satu mata kuliah di prodi TRPL. Mohon bantuannya untuk
diperbarui di e-learning sebelum semester genap.

Hormat saya,
Dr. Ratna Wulandari
Koordinator Prodi TRPL
""", att=[("xlsx", "Rekap_Perubahan_TRPL.xlsx",
           [("Perubahan", [["Kode MK", "Nama MK (lama)", "Nama MK (baru)", "SKS lama", "SKS baru"],
                           ["RPL2204", "Pengujian Perangkat Lunak", "Penjaminan Mutu Perangkat Lunak", 2, 3]])])])

    M("xlsx-formulir-dua-kolom-enrolment-key", "2026-12-02 07:50",
      ("Sinta Maharani", "sinta.maharani@polibatam.ac.id"),
      "formulir permintaan", "course_data", "id",
      {"course_code": "MB2103", "course_name": "Manajemen Pemasaran", "changes": {"enrolment_key": "PASAR-MB2-26"}},
      note="An XLSX form: labels in column A, answers in column B, under a heading in merged-looking cells.",
      plain="""Dengan hormat,
formulir sudah saya isi, terlampir.
Terima kasih
""", att=[("xlsx", "Formulir_Layanan_Elearning.xlsx",
           [("Form", [["FORMULIR PERMINTAAN LAYANAN E-LEARNING"], [],
                      ["Nama pemohon", "Sinta Maharani"],
                      ["Kode mata kuliah", "MB2103"],
                      ["Nama mata kuliah", "Manajemen Pemasaran"],
                      ["Jenis permintaan", "Ganti enrolment key"],
                      ["Enrolment key baru", "PASAR-MB2-26"]])])])

    M("xlsx-jadwal-pengumuman-site", "2026-12-02 09:10",
      ("Humas Polibatam", "humas@polibatam.ac.id"),
      "Jadwal tayang pengumuman", "announcement", "id",
      {"title": "Pemadaman Listrik Kampus Sabtu", "scope": "site", "publish_at": "2026-12-04T07:00:00+07:00"},
      note="An announcement schedule in an XLSX: title, text, date and hour in columns; the body only asks to "
           "follow the sheet.",
      client="outlook", plain="""Halo P4M,

Mohon pengumuman pada lampiran ditayangkan di halaman depan e-learning sesuai jadwal di file.

Terima kasih,
Humas
""", att=[("xlsx", "jadwal_pengumuman_des.xlsx",
           [("Jadwal", [["Judul", "Isi", "Tanggal tayang", "Jam", "Tujuan"],
                        ["Pemadaman Listrik Kampus Sabtu",
                         "Sehubungan dengan pemeliharaan gardu, listrik kampus padam Sabtu 5 Desember 2026 pukul "
                         "08.00-14.00 WIB. E-learning tetap dapat diakses.",
                         "04/12/2026", "07.00", "seluruh pengguna"]])])])

    M("csv-jadwal-pengumuman-kelas-en", "2026-12-02 10:30",
      ("Dr. Kenji Watanabe", "kenji.watanabe@polibatam.ac.id"),
      "announcement for my class", "announcement", "en",
      {"course_code": "MK4103", "course_name": "Robotics", "title": "Robotics Lab Moved to Workshop B",
       "scope": "course", "publish_at": "2026-12-07T06:30:00+07:00"},
      note="A comma CSV with one row: course, title, message, publish date and time in separate columns.",
      plain="""Dear P4M,

Could you post the announcement in the attached csv? All the details are in the file.

Best,
Kenji
""", att=[("csv", "announcement.csv",
           ([["Course", "Course name", "Title", "Message", "Publish date", "Publish time"],
             ["MK4103", "Robotics", "Robotics Lab Moved to Workshop B",
              "From next week the robotics lab sessions take place in Workshop B, ground floor.",
              "7 December 2026", "06:30"]],
            ",", "utf-8", "text/csv"))])

    M("csv-dua-kolom-label-nilai-dosen", "2026-12-02 13:45",
      ("Hendra Gunawan", "hendra.gunawan@polibatam.ac.id"),
      "Permohonan perubahan data course", "course_data", "id",
      {"course_code": "TE1107", "course_name": "Rangkaian Listrik", "changes": {"lecturer": "Agus Salim, S.T., M.T."}},
      note="A two-column ';' CSV (label;value) in windows-1252, like a form exported from Excel.",
      client="outlook", plain="""Selamat siang,

Bersama email ini saya kirimkan data permohonan perubahan (file csv). Mohon diproses.

Hendra
""", att=[("csv", "permohonan.csv",
           ([["Kode MK", "TE1107"], ["Nama MK", "Rangkaian Listrik"], ["Kelas", "TE-1A"],
             ["Dosen pengampu lama", "Rudi Setiawan, S.T."], ["Dosen pengampu baru", "Agus Salim, S.T., M.T."],
             ["Alasan", "Pak Rudi tugas belajar"]],
            ";", "windows-1252", "application/vnd.ms-excel"))])

    M("xlsx-daftar-nilai-dukungan-nearmiss", "2026-12-03 08:25",
      ("Wahyu Pratama", "wahyu.pratama@polibatam.ac.id"),
      "Nilai tidak muncul di gradebook", "elearning_support", "id", {},
      note="Near-miss: a grade sheet (NIM, names, scores) attached to a support question; no row is a change.",
      plain="""Pagi Pak/Bu,

Nilai kuis 2 di course Statistika kelas IF-2B tidak muncul di gradebook mahasiswa, padahal di rekap saya
(terlampir) sudah ada. Mohon dicek.

Wahyu
""", att=[("xlsx", "rekap_nilai_kuis2.xlsx",
           [("Nilai", [["NIM", "Nama", "Kuis 1", "Kuis 2"],
                       ["4312401001", "Adi Nugroho", 80, 75],
                       ["4312401002", "Bella Kristina", 90, 85],
                       ["4312401003", "Candra Wijaya", 70, 88]])])])

    M("csv-daftar-mahasiswa-enrol-nearmiss", "2026-12-03 09:40",
      ("Lestari Handayani", "lestari.handayani@polibatam.ac.id"),
      "Mahasiswa belum masuk course", "elearning_support", "id", {},
      note="Near-miss: a student list (';' CSV) for an enrolment problem; names and classes must not be read as "
           "changes.",
      client="outlook", plain="""Yth. Admin e-learning,

Tiga mahasiswa pindahan belum bisa masuk course kelas saya. Daftarnya terlampir. Mohon dibantu enrol.

Terima kasih
Lestari
""", att=[("csv", "mhs_pindahan.csv",
           ([["NIM", "Nama", "Kelas baru"], ["3312301044", "Dimas Saputra", "TI-3C"],
             ["3312301051", "Eka Putri", "TI-3C"]],
            ";", "windows-1252", "text/csv"))])

    # ------------------------------------------------------------ chats pasted into mail
    M("wa-android-kaprodi-ganti-nama", "2026-12-03 11:05",
      ("Nurhayati", "nurhayati@polibatam.ac.id"),
      "Fw chat Kaprodi", "course_data", "id",
      {"course_code": "TI3105", "course_name": "Sistem Terdistribusi", "changes": {"fullname": "Komputasi Awan"}},
      note="An Android WhatsApp export pasted into the body; the request is in the chat lines, the stamps and "
           "names are not values.",
      plain="""Pak/Bu, saya teruskan chat dari Kaprodi:

12/11/26 08.15 - Pak Joko Kaprodi: Bu Nur, tolong sampaikan ke P4M ya
12/11/26 08.16 - Pak Joko Kaprodi: MK TI3105 Sistem Terdistribusi di e-learning namanya diganti jadi Komputasi Awan
12/11/26 08.16 - Pak Joko Kaprodi: mulai semester depan
12/11/26 08.20 - Nurhayati: Baik Pak, segera saya teruskan

Terima kasih
""")

    M("wa-ios-pengumuman-tayang-senin", "2026-12-03 13:30",
      ("Dewi Anggraini", "dewi.anggraini@polibatam.ac.id"),
      "pengumuman dari grup dosen", "announcement", "id",
      {"course_code": "AK2201", "course_name": "Perpajakan", "title": "Kuliah Pengganti Perpajakan",
       "scope": "course", "publish_at": "2026-12-07T07:30:00+07:00"},
      note="An iOS WhatsApp paste ('[08.15, 12/11/2026] Name: text'); the publish time is asked in a chat line, "
           "the stamps are other moments.",
      client="iphone", plain="""Mohon dibantu, detailnya di chat berikut:

[09.42, 02/12/2026] Bu Dewi: Min, minta tolong diumumkan di course AK2201 Perpajakan
[09.43, 02/12/2026] Bu Dewi: Judul: Kuliah Pengganti Perpajakan
[09.43, 02/12/2026] Bu Dewi: Kuliah pengganti hari Rabu 9 Desember jam 13.00 di ruang 705
[09.44, 02/12/2026] Bu Dewi: tayang Senin 7 Desember 2026 jam 07.30 ya

Dikirim dari iPhone saya
""")

    M("wa-english-android-short-name", "2026-12-03 15:10",
      ("Prof. Samuel Tan", "samuel.tan@polibatam.ac.id"),
      "FW: from our WhatsApp group", "course_data", "en",
      {"course_code": "EL3105", "course_name": "Digital Signal Processing", "changes": {"shortname": "DSP-EL3B"}},
      note="An English Android export ('12/11/2026, 20:05 - Name: text'); a name in the prefix must not be read "
           "as a lecturer.",
      plain="""Dear helpdesk, see below from the group chat.

02/12/2026, 20:05 - Michael Hartanto: Prof, the short name of EL3105 Digital Signal Processing is still the old one
02/12/2026, 20:06 - Samuel Tan: Ok. Please change it to DSP-EL3B
02/12/2026, 20:06 - Michael Hartanto: thanks Prof

Regards,
Samuel Tan
""")

    M("wa-ios-detik-kuis-tidak-bisa", "2026-12-04 07:35",
      ("Rizky Ananda", "rizky.ananda@students.polibatam.ac.id"),
      "kuis tidak bisa dibuka", "elearning_support", "id", {},
      note="An iOS export with seconds ('[04/12/26, 07:02:11] Name: text'): a student's support problem.",
      client="iphone", plain="""Selamat pagi, ini chat kelas kami tadi pagi:

[04/12/26, 07:02:11] Rizky Ananda: kuis fisika dasar ga bisa dibuka, muncul error
[04/12/26, 07:02:40] Salsa: sama, aku juga "access denied"
[04/12/26, 07:05:03] Rizky Ananda: udah coba logout login tetep ga bisa

Mohon bantuannya, kuisnya ditutup jam 09.00.
""")

    M("wa-android-dosen-baru-nama-di-prefix", "2026-12-04 09:15",
      ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
      "Ganti dosen", "course_data", "id",
      {"course_code": "MS3204", "course_name": "Perpindahan Panas",
       "changes": {"lecturer": "Yohanes Siregar, M.Eng."}},
      note="Android WhatsApp lines between the writer's own sentences; the chat partners' names are in the "
           "prefixes.",
      client="samsung", plain="""Assalamualaikum,

Sesuai percakapan dengan Kajur kemarin:

03/12/26 16.30 - Bu Linda Kajur: Pak Rahmat, MS3204 Perpindahan Panas semester ini dipegang Yohanes Siregar, M.Eng. ya
03/12/26 16.31 - Rahmat Hidayat: siap bu

Mohon dosen pengampu di e-learning diganti ke beliau. Terima kasih.
""")

    M("wa-pengumuman-tanpa-jam-tayang", "2026-12-04 10:40",
      ("Siti Rahmah", "siti.rahmah@polibatam.ac.id"),
      "tolong umumkan", "announcement", "id",
      {"title": "Batas Unggah Laporan PKL", "scope": "site"},
      note="A chat paste whose stamps (a date and an hour) are the only moments: no publish time is asked.",
      client="samsung", plain="""04/12/26 08.02 - Siti Rahmah: Min tolong umumkan di beranda e-learning
04/12/26 08.03 - Siti Rahmah: judulnya Batas Unggah Laporan PKL
04/12/26 08.03 - Siti Rahmah: isinya: laporan PKL diunggah paling lambat 18 Desember 2026 lewat menu Tugas Akhir

Makasih
""")

    M("wa-permintaan-dibatalkan-nearmiss", "2026-12-04 13:05",
      ("Bayu Kurniawan", "bayu.kurniawan@polibatam.ac.id"),
      "info saja", "other", "id", {},
      note="Near-miss: a chat in which the rename is asked and then withdrawn; the writer says no change is "
           "needed.",
      plain="""Pak, sekadar info dari grup prodi supaya tidak bingung:

03/12/26 10.11 - Pak Anton: MK IF2208 tolong diganti namanya jadi Pemrograman Mobile Lanjut
03/12/26 10.40 - Pak Anton: eh tidak jadi, tetap Pemrograman Mobile saja

Jadi tidak ada yang perlu diubah. Terima kasih.
""")

    # ------------------------------------------------------------ screenshots with one sentence
    M("screenshot-png-kalimat-pendek-quiz", "2026-12-05 06:50",
      ("Putri Ayu", "putri.ayu@students.polibatam.ac.id"),
      "Error waktu buka quiz Kalkulus", "elearning_support", "id", {},
      note="A screenshot and one short sentence.",
      client="samsung", plain="""Muncul ini terus kak.
""", att=[("png", "Screenshot_20261205-064512.png", None)])

    M("screenshot-jpg-upload-en", "2026-12-05 08:30",
      ("Aisha Rahman", "aisha.rahman@students.polibatam.ac.id"),
      "Can't upload assignment IF2205", "elearning_support", "en", {},
      note="A phone photo of the screen and 'see pic'.",
      client="iphone", plain="""see pic

Sent from my iPhone
""", att=[("jpg", "IMG_4471.jpg", None)])

    M("screenshot-subjek-ganti-nama", "2026-12-05 09:45",
      ("Teguh Santoso", "teguh.santoso@polibatam.ac.id"),
      "Ganti nama MK IF3301 Jaringan Komputer jadi Jaringan Komputer Lanjut", "course_data", "id",
      {"course_code": "IF3301", "course_name": "Jaringan Komputer",
       "changes": {"fullname": "Jaringan Komputer Lanjut"}},
      note="The request is in the subject; the body is one sentence pointing at a screenshot.",
      client="samsung", plain="""Seperti di gambar ya pak.
""", att=[("png", "Screenshot_course.png", None)])

    M("screenshot-poster-umumkan-en", "2026-12-05 11:00",
      ("Student Affairs", "kemahasiswaan@polibatam.ac.id"),
      "Please post: Campus Job Fair 2026", "announcement", "en",
      {"title": "Campus Job Fair 2026", "scope": "site"},
      note="A poster image and one sentence; the title is in the subject.",
      plain="""Poster attached, please post it on the e-learning front page.
""", att=[("jpg", "jobfair_poster.jpg", None)])

    M("screenshot-terima-kasih-nearmiss", "2026-12-05 13:20",
      ("Putri Ayu", "putri.ayu@students.polibatam.ac.id"),
      "udah bisa kak", "other", "id", {},
      note="Near-miss: a screenshot of the now-working page and a thank-you.",
      client="samsung", plain="""Makasih kak udah bisa 🙏
""", att=[("png", "Screenshot_20261205-131802.png", None)])

    # ------------------------------------------------------------ RTF and old Word
    M("rtf-wordpad-pengumuman", "2026-12-07 08:10",
      ("Agustina Purba", "agustina.purba@polibatam.ac.id"),
      "Pengumuman UAS", "announcement", "id",
      {"title": "Perubahan Ruang UAS Mekatronika", "scope": "site", "publish_at": "2026-12-08T06:00:00+07:00"},
      note="The announcement in an RTF file written by WordPad (windows-1252 escapes).",
      client="outlook", plain="""Yth. P4M,

Pengumuman terlampir (rtf) mohon ditayangkan untuk semua mahasiswa Mekatronika.

Agustina
""", att=[("rtf", "pengumuman_uas.rtf",
           (["Judul: Perubahan Ruang UAS Mekatronika",
             "UAS Mekatronika dipindah ke Gedung Tekno lantai 2 karena renovasi – mohon hadir 15 menit lebih awal.",
             "Mohon ditayangkan Selasa, 8 Desember 2026 pukul 06.00 WIB."], "application/rtf"))])

    M("rtf-word-surat-ganti-kelas", "2026-12-07 09:30",
      ("Andreas Wijaya", "andreas.wijaya@polibatam.ac.id"),
      "Surat permohonan", "course_data", "id",
      {"course_code": "TM2105", "course_name": "Gambar Teknik", "changes": {"class": "TM-2A Malam"}},
      note="A letter saved as RTF by Word (sent as text/rtf); the request is only in the letter.",
      client="outlook", plain="""Dengan hormat,
bersama ini saya lampirkan surat permohonan. Terima kasih.
""", att=[("rtf", "Surat_Permohonan_TM2105.rtf",
           (["Kepada Yth. Kepala P4M", "Perihal: Perubahan kelas pada e-learning",
             "Dengan hormat, kami mohon course TM2105 Gambar Teknik dipindahkan ke kelas TM-2A Malam karena "
             "perkuliahan kelas pagi ditutup.",
             "Hormat kami, Andreas Wijaya"], "text/rtf"))])

    M("doc-word-lama-subjek-dan-isi", "2026-12-07 10:45",
      ("Drs. Sutrisno", "sutrisno@polibatam.ac.id"),
      "Permohonan ganti dosen MK EL2104 Elektronika Dasar", "course_data", "id",
      {"course_code": "EL2104", "course_name": "Elektronika Dasar"},
      note="An old Word .doc holds the letter; the reading leaves it with a reason, so only the subject and body "
           "are labelled (the new lecturer is in the .doc alone).",
      client="outlook", plain="""Terlampir surat permohonan dari jurusan.

Sutrisno
""", att=[("doc", "surat permohonan.doc", None)])

    # ------------------------------------------------------------ "terlampir" over a text file in another charset
    M("txt-utf16-notepad-terlampir", "2026-12-07 13:10",
      ("Marlina Hutagalung", "marlina.hutagalung@polibatam.ac.id"),
      "Permintaan", "course_data", "id",
      {"course_code": "AK1102", "course_name": "Pengantar Bisnis", "changes": {"shortname": "PB-AK1A"}},
      note="The body is 'terlampir'; the request is a UTF-16 text file with a BOM (Notepad 'Unicode').",
      client="outlook", plain="""terlampir
""", att=[("txt", "permintaan.txt",
           ("\ufeffMohon short name course AK1102 Pengantar Bisnis diganti menjadi PB-AK1A.\r\nTerima kasih.\r\n",
            "utf-16-le", "utf-16"))])

    M("txt-latin1-see-attached-en", "2026-12-07 14:30",
      ("José Fernández", "jose.fernandez@polibatam.ac.id"),
      "request", "course_data", "en",
      {"course_code": "MB3107", "course_name": "International Business",
       "changes": {"lecturer": "José Fernández, MBA"}},
      note="'See attached' over a Latin-1 text file, declared iso-8859-1.",
      plain="""See attached, thanks.
""", att=[("txt", "request.txt",
           ("Please set the lecturer of MB3107 International Business to José Fernández, MBA.\r\n"
            "I take over the course from Ms. Hartini next semester.\r\n", "iso-8859-1", "iso-8859-1"))])

    M("txt-utf16-tanpa-charset-pengumuman", "2026-12-08 08:00",
      ("Fitri Yanti", "fitri.yanti@polibatam.ac.id"),
      "Fwd: pengumuman", "announcement", "id",
      {"course_code": "TI1101", "course_name": "Pengantar Teknologi Informasi",
       "title": "Kelas Online Pengantar TI", "scope": "course", "publish_at": "2026-12-09T07:00:00+07:00"},
      note="'Terlampir ya' over a UTF-16 file with a BOM and no charset declared.",
      plain="""Terlampir ya Bu/Pak.
""", att=[("txt", "pengumuman_kelas.txt",
           ("\ufeffMohon diumumkan di course TI1101 Pengantar Teknologi Informasi.\r\n"
            "Judul: Kelas Online Pengantar TI\r\n"
            "Isi: Perkuliahan Kamis ini dilaksanakan daring melalui Zoom.\r\n"
            "Tayang Rabu 9 Desember 2026 pukul 07.00.\r\n", "utf-16-le", None))])

    M("txt-cp1252-terlampir-en-dash", "2026-12-08 09:20",
      ("Bambang Sutejo", "bambang.sutejo@polibatam.ac.id"),
      "terlampir", "course_data", "id",
      {"course_code": "MK2206", "course_name": "Sistem Kendali", "changes": {"semester": "4"}},
      note="A windows-1252 text file with curly quotes, declared as iso-8859-1.",
      client="outlook", plain="""Terlampir, terima kasih.
""", att=[("txt", "catatan.txt",
           ("Course MK2206 \u201cSistem Kendali\u201d mohon dipindah ke semester 4 \u2013 sesuai kurikulum baru.\r\n",
            "windows-1252", "iso-8859-1"))])

    # ------------------------------------------------------------ more spreadsheets and chats, other voices
    M("xlsx-dua-sheet-catatan-dan-data", "2026-12-08 10:50",
      ("Imelda Situmorang", "imelda.situmorang@polibatam.ac.id"),
      "Usulan perubahan short name", "course_data", "id",
      {"course_code": "LG2102", "course_name": "Manajemen Rantai Pasok", "changes": {"shortname": "MRP-LG2"}},
      note="An XLSX with a notes sheet first and the data on the second sheet.",
      plain="""Selamat siang P4M,

File usulan terlampir, data ada di sheet kedua.

Salam,
Imelda
""", att=[("xlsx", "usulan_shortname.xlsx",
           [("Petunjuk", [["Isi sheet Data, satu baris untuk satu mata kuliah."]]),
            ("Data", [["Kode", "Mata Kuliah", "Short name sekarang", "Short name usulan"],
                      ["LG2102", "Manajemen Rantai Pasok", "LG2102-2026", "MRP-LG2"]])])])

    M("csv-titikkoma-enrolment-key-kelas", "2026-12-08 13:40",
      ("Oktaviani Lubis", "oktaviani.lubis@polibatam.ac.id"),
      "Fwd: key", "course_data", "id",
      {"course_code": "IF1105", "course_name": "Logika Informatika", "changes": {"enrolment_key": "logika#1105"}},
      note="A ';' CSV with the new key in a column headed 'Key baru'; the body is a one-line note.",
      client="samsung", plain="""Mohon dibantu ya, file dari dosen terlampir.
""", att=[("csv", "key_baru.csv",
           ([["Kode MK", "Nama MK", "Kelas", "Key baru"], ["IF1105", "Logika Informatika", "IF-1A", "logika#1105"]],
            ";", "windows-1252", "application/vnd.ms-excel"))])

    M("wa-ios-bahasa-campur-kredit", "2026-12-08 15:00",
      ("Kevin Tanoto", "kevin.tanoto@polibatam.ac.id"),
      "SKS salah di e-learning", "course_data", "mixed",
      {"course_code": "TE3102", "course_name": "Sistem Tenaga Listrik", "changes": {"credits": "3"}},
      note="An iOS chat paste in mixed Indonesian and English; the times in the stamps look like values.",
      client="iphone", plain="""Hi P4M, forwarding from chat with kaprodi:

[14.21, 08/12/2026] Kevin Tanoto: Pak, TE3102 Sistem Tenaga Listrik di elearning tertulis 2 sks
[14.25, 08/12/2026] Pak Hadi Kaprodi: itu salah, harusnya 3 sks. Tolong minta P4M ubah ya

Thanks!
""")

    # ------------------------------------------------------------ written after the first readers, before any change for them
    M("wa-ekspor-txt-terlampir-enrolment-key", "2026-12-09 08:15",
      ("Yohana Manurung", "yohana.manurung@polibatam.ac.id"),
      "Ekspor chat", "course_data", "id",
      {"course_code": "EN1104", "course_name": "Bahasa Inggris Teknik", "changes": {"enrolment_key": "BIT-2627"}},
      note="A WhatsApp export attached as 'WhatsApp Chat with ...txt' (UTF-8); the body says only that it is attached.",
      client="samsung", plain="""Terlampir ekspor chatnya ya.
""", att=[("txt", "WhatsApp Chat with Kaprodi Bahasa.txt",
           ("08/12/26 19.02 - Pesan dan panggilan terenkripsi secara end-to-end.\r\n"
            "08/12/26 19.03 - Pak Daniel Kaprodi: Bu Yohana, enrolment key EN1104 Bahasa Inggris Teknik tolong "
            "diganti ke BIT-2627\r\n"
            "08/12/26 19.05 - Yohana Manurung: baik pak, saya minta ke P4M\r\n", "utf-8", "utf-8"))])

    M("agenda-bertanggal-pengumuman-nearmiss", "2026-12-09 09:30",
      ("Panitia Dies Natalis", "diesnatalis@polibatam.ac.id"),
      "Mohon tayangkan agenda Dies Natalis", "announcement", "id",
      {"title": "Agenda Dies Natalis Polibatam", "scope": "site", "publish_at": "2026-12-10T07:00:00+07:00"},
      note="Near-miss for chat stamps: an agenda whose dated lines look like a chat export; the publish time is "
           "asked in prose.",
      client="outlook", plain="""Yth. Helpdesk P4M,

Mohon pengumuman berikut ditayangkan di beranda e-learning pada 10 Desember 2026 pukul 07.00.

Judul: Agenda Dies Natalis Polibatam
14/12/2026 08.00 - Upacara: Lapangan utama
14/12/2026 13.00 - Seminar: Auditorium
15/12/2026 19.00 - Malam puncak: Aula

Terima kasih,
Panitia
""")

    M("csv-baris-per-field-lama-baru-en", "2026-12-09 10:45",
      ("Hannah Schmidt", "hannah.schmidt@polibatam.ac.id"),
      "course settings", "course_data", "en",
      {"course_code": "MB4102", "course_name": "Business Ethics",
       "changes": {"shortname": "BE-MB4-INT", "enrolment_key": "ethics2027"}},
      note="A CSV with a row per field (Field, Current value, New value) for MB4102, one row unchanged.",
      plain="""Hello,

For my course MB4102 Business Ethics, please apply the new values in the attached file.

Kind regards,
Hannah
""", att=[("csv", "mb4102_settings.csv",
           ([["Field", "Current value", "New value"], ["Full name", "Business Ethics", "Business Ethics"],
             ["Short name", "MB4102-A", "BE-MB4-INT"], ["Enrolment key", "ethics2026", "ethics2027"]],
            ",", "utf-8", "text/csv"))])


# The check in make_tune16_reading.py reads every labelled value in the subject, the body or the attachment's text.

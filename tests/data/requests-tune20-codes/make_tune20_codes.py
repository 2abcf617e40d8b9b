#!/usr/bin/env python3
"""Generate the twentieth P4M helpdesk TUNING corpus, part "codes" (labelled request e-mails about course codes).

Written blind (no held-out mail read), before any rule was changed for it, in departments and voices the earlier code
corpora (requests-tune13-codes, requests-tune16-codes) lack: aircraft maintenance, geomatics, cyber security,
robotics, renewable energy, logistics, tourism, multimedia, accounting and business programmes. The kinds: codes
with a dot ("GMT.3104"), spaced or hyphenated in the middle of a subject in lower case ("rks 3105"), after "for" or
"untuk" with no word for a code, in a pipe table under "Kode", in a two-column HTML form, in a DOCX letter's table,
in a PDF form, in a forwarded message; several courses in one mail (the first is the label). Near-misses that must
claim no code: electronic parts (NE555, BC547, MG996R), cipher names (AES256, SHA256, RSA2048), camera and aircraft
models (EOS 800D, ATR 72), flight numbers (GA 152), map projections (EPSG 4326), standards (SNI 8395, PSAK 109),
letter numbers, NIDN/NIP, phone, ticket and purchase-order numbers, classes and rooms.

The label is the code AS WRITTEN. The message engine (clients, DOCX/ODT/PDF, HTML) is the reading corpus's
generator, imported from ../requests-tune9-reading/make_tune9_reading.py; every body here was written by hand.
Run:  python3 make_tune20_codes.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune9-reading"))
import make_tune9_reading as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
M = E.M


def cd(code=None, name=None, **changes):
    fields = {}
    if code:
        fields["course_code"] = code
    if name:
        fields["course_name"] = name
    if changes:
        fields["changes"] = changes
    return fields


def an(title, code=None, name=None, publish_at=None, scope="course"):
    fields = {"title": title, "scope": scope}
    if code:
        fields["course_code"] = code
    if name:
        fields["course_name"] = name
    if publish_at:
        fields["publish_at"] = publish_at
    return fields


def html_table(intro, rows, outro):
    cells = "".join("<tr>%s</tr>" % "".join('<td style="border:1px solid #999;padding:2px 6px">%s</td>' % E.esc(c)
                                              for c in row) for row in rows)
    return ("<html><body>%s<table style=\"border-collapse:collapse\">%s</table>%s</body></html>"
            % ("".join("<p>%s</p>" % E.esc(p) for p in intro), cells, "".join("<p>%s</p>" % E.esc(p) for p in outro)))



# ================================================================ batch 1 (scored before any rule for it)

M("geomatika-tabel-pipa-kode-titik", "2027-09-01 08:05", ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
  "Enrol key fotogrametri", "course_data", "id",
  cd("GMT.3104", "Fotogrametri Digital", enrolment_key="foto-gm3a"), client="thunderbird",
  plain="""Assalamualaikum tim P4M,

Untuk semester ganjil ini saya minta tolong kunci pendaftaran course berikut diganti:

| Kode     | Mata Kuliah          | Kelas  | Ruang  |
|----------|----------------------|--------|--------|
| GMT.3104 | Fotogrametri Digital | GM-3A  | B 305  |

Kunci baru: foto-gm3a

Wassalam,
Rahmat Hidayat
Prodi Teknologi Geomatika
""")

M("subjek-huruf-kecil-kode-di-tengah", "2027-09-01 21:40", ("Yusuf Maulana", "yusuf.maulana@gmail.com"),
  "minta ganti key rks 3105 kelas malam", "course_data", "id",
  cd("rks 3105", enrolment_key="cyb3r-mlm27"), client="gmail-app",
  plain="""malam min, key enrol tolong diganti jadi cyb3r-mlm27, yg lama udah kesebar di grup angkatan. makasih
""")

M("robotika-komponen-dulu-kode-di-akhir", "2027-09-02 10:30", ("Teknisi Lab Robotika", "lab.robotika@polibatam.ac.id"),
  "Pengumuman praktikum minggu ke-3", "announcement", "id",
  an("Persiapan Praktikum Modul 3", code="RBT 2203", name="Sistem Mikrokontroler"), client="outlook",
  plain="""Yth. Admin e-learning,

Mohon dipasang pengumuman berikut di course Sistem Mikrokontroler.

Judul: Persiapan Praktikum Modul 3
Isi: Setiap kelompok membawa servo MG996R, IC NE555, dua transistor BC547 dan baterai 18650 yang sudah diisi.
Modul dikerjakan di Lab Robotika lantai 2.

Kode MK: RBT 2203

Terima kasih,
Teknisi Lab Robotika
""")

M("en-cipher-names-before-course-line", "2027-09-02 14:15", ("Daniel Okafor", "daniel.okafor@polibatam.ac.id"),
  "Announcement: lab 4 ciphers", "announcement", "en",
  an("Lab 4: Block ciphers in practice", code="CYS-3102", name="Applied Cryptography"), client="outlook-mac",
  plain="""Hello,

Could you post this for my students?

Title: Lab 4: Block ciphers in practice
Body: In lab 4 we compare AES256 with AES128 and sign files with RSA2048 keys; hashes are checked with SHA256.
Bring your own laptop with OpenSSL installed.

Course: Applied Cryptography / CYS-3102

Best,
Daniel Okafor
""")

M("en-accounting-class-nip-signature", "2027-09-03 09:00", ("Ratna Dewi", "ratna.dewi@polibatam.ac.id"),
  "Short name for Intermediate Accounting", "course_data", "en",
  cd("ACC2104", "Intermediate Accounting I", shortname="ACC2104-IA1"), client="outlook",
  plain="""Dear P4M team,

Please change the short name of Intermediate Accounting I (ACC2104, class AK-2B) to ACC2104-IA1. The current short
name is only "IA" and students confuse it with another course.

Kind regards,
Ratna Dewi, S.E., M.Ak.
NIP 198703122019032004
Accounting Department
""")

M("docx-surat-tabel-kode-mnb", "2027-09-03 11:20", ("Sekretariat Jurusan Manajemen Bisnis", "mb@polibatam.ac.id"),
  "Surat perubahan dosen pengampu", "course_data", "id",
  cd("MNB-2201", "Manajemen Operasional", lecturer="Dr. Siti Rahmawati, S.E., M.M."), client="outlook",
  plain="""Yth. Tim P4M,

Bersama ini kami lampirkan surat perubahan dosen pengampu. Mohon dapat ditindaklanjuti.

Hormat kami,
Sekretariat Jurusan Manajemen Bisnis
""", att=[("docx", "Surat Perubahan Pengampu.docx", [
      "Nomor: 112/PL29/MB/2027",
      "Perihal: Perubahan dosen pengampu mata kuliah",
      "Dengan hormat, kami mohon perubahan dosen pengampu pada e-learning sebagai berikut:",
      [["No", "Kode MK", "Nama Mata Kuliah", "Kelas", "Dosen Pengampu Baru"],
       ["1", "MNB-2201", "Manajemen Operasional", "MB-2A", "Dr. Siti Rahmawati, S.E., M.M."]],
      "Demikian, atas perhatiannya kami ucapkan terima kasih.",
      "Ketua Jurusan Manajemen Bisnis"])])

M("en-forwarded-logistics-square-brackets", "2027-09-03 15:45", ("Logistics Programme Office", "logistik@polibatam.ac.id"),
  "Fwd: lecturer on e-learning", "course_data", "en",
  cd("LOG3207", "Supply Chain Analytics", lecturer="Kevin Tan, M.Sc."), client="gmail",
  plain="""Forwarding this for action, see below (our ref 4521).

---------- Forwarded message ---------
From: Maria Gonzales <maria.gonzales@polibatam.ac.id>
Date: Thu, 2 Sep 2027 at 16:20
Subject: lecturer on e-learning
To: Logistics Programme Office <logistik@polibatam.ac.id>

Hi,
Course: Supply Chain Analytics [LOG3207]
I am on leave from October; please show Kevin Tan, M.Sc. as the lecturer instead of me.
Thanks, Maria
""")

M("pariwisata-nomor-penerbangan-kode-kurung", "2027-09-04 07:30", ("Putri Handayani", "putri.handayani@polibatam.ac.id"),
  "Info kunjungan industri Bali", "announcement", "id",
  an("Jadwal Keberangkatan Kunjungan Industri", code="PAR2106", name="Manajemen Perjalanan Wisata",
     publish_at="2027-09-05T08:00:00+07:00"), client="gmail",
  plain="""Selamat pagi,

Mohon diumumkan di course Manajemen Perjalanan Wisata (PAR2106) besok pukul 08.00:

Judul: Jadwal Keberangkatan Kunjungan Industri
Isi: Rombongan berangkat Senin dengan Garuda GA 152 dari Hang Nadim, kumpul jam 05.00. Pulang dengan QG 7510
hari Kamis. Nomor darurat 0812 7788 9900.

Terima kasih,
Putri
""")

M("pdf-formulir-energi-kode-spasi", "2027-09-04 13:10", ("Prodi Teknik Energi", "energi@polibatam.ac.id"),
  "Formulir perubahan SKS", "course_data", "id",
  cd("TEN 3102", "Sistem Pembangkit Tenaga Surya", credits="3"), client="outlook",
  plain="""Yth. P4M,

Terlampir formulir perubahan data mata kuliah. Terima kasih.

Prodi Teknik Energi
""", att=[("pdf", "form_perubahan_sks.pdf", [[
      "FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING",
      "Kode MK          : TEN 3102",
      "Nama MK          : Sistem Pembangkit Tenaga Surya",
      "SKS semula       : 2",
      "SKS menjadi      : 3",
      "Catatan: praktikum PLTS 50 kWp mengacu SNI 8395.",
  ]])])

M("en-for-code-no-cue", "2027-09-05 10:00", ("Brian Walsh", "brian.walsh@polibatam.ac.id"),
  "Change of lecturer", "course_data", "en",
  cd("EE 2104", lecturer="Brian Walsh"), client="apple",
  plain="""Hi,

for EE 2104 please change the lecturer to Brian Walsh from this semester. Dr. Lee has moved to the graduate school.

Thanks
Brian
""")

M("html-form-dua-kolom-kode-mesin-listrik", "2027-09-05 14:30", ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "Mohon ganti nama course", "course_data", "id",
  cd("ELK 2205", "Mesin Listrik", fullname="Mesin Listrik dan Transformator"), client="outlook",
  html_body=html_table(
      ["Yth. P4M,", "Mohon perubahan nama course berikut:"],
      [["Kode MK", "ELK 2205"], ["Nama MK", "Mesin Listrik"], ["Nama baru", "Mesin Listrik dan Transformator"],
       ["Ruang", "GU 702"]],
      ["Terima kasih.", "Agus Salim"]))

M("dua-mata-kuliah-pengumuman-label-pertama", "2027-09-06 09:15", ("Indra Gunawan", "indra.gunawan@polibatam.ac.id"),
  "Pengumuman libur praktikum", "announcement", "id",
  an("Praktikum Ditiadakan Pekan Ini", code="EL2104", name="Rangkaian Digital"), client="zimbra",
  plain="""Pagi tim P4M,

Mohon pengumuman ini ditampilkan di course Rangkaian Digital (EL2104) dan juga di Sistem Digital Lanjut (EL2106).

Judul: Praktikum Ditiadakan Pekan Ini
Isi: Praktikum pekan ini ditiadakan karena lab dipakai ujian sertifikasi. Jadwal pengganti menyusul.

Terima kasih,
Indra
""")

M("support-nomor-nomor-tanpa-kode", "2027-09-06 16:40", ("Siti Aminah", "siti.aminah@students.polibatam.ac.id"),
  "Tidak bisa masuk e-learning", "elearning_support", "id", {}, client="yahoo",
  plain="""Selamat sore,

Saya mahasiswa kelas IF-2A, NIM 4311901023. Sejak kemarin saya tidak bisa login ke e-learning, muncul pesan "invalid
login". Sudah saya laporkan ke helpdesk TIK dengan tiket INC 20431 tapi belum ada jawaban. Kuliah saya di ruang
GU 702 dan tugasnya harus dikumpulkan besok.

HP/WA: 0813 6612 4455

Terima kasih,
Siti Aminah
""")

M("sk-nidn-kelas-tanpa-kode", "2027-09-07 08:20", ("Bagian Akademik Teknik Mesin", "akademik.mesin@polibatam.ac.id"),
  "Perubahan pengampu Termodinamika", "course_data", "id",
  cd(name="Termodinamika", lecturer="Hendra Wijaya, S.T., M.Eng."), client="outlook",
  plain="""Yth. P4M,

Sesuai SK Direktur No. 1123/PL29/KP/2027, pengampu Termodinamika kelas TM 3A mohon diganti menjadi Hendra Wijaya,
S.T., M.Eng. (NIDN 0012038701).

Terima kasih,
Bagian Akademik Teknik Mesin
""")

M("keamanan-jaringan-versi-cipher-tanpa-kode", "2027-09-07 13:00", ("Fikri Ramadhan", "fikri.ramadhan@polibatam.ac.id"),
  "Pengumuman tools praktikum", "announcement", "id",
  an("Instalasi Tools Praktikum", name="Keamanan Jaringan"), client="gmail",
  plain="""Halo admin,

Tolong umumkan di course Keamanan Jaringan ya.

Judul: Instalasi Tools Praktikum
Isi: Sebelum praktikum, pasang Kali Linux 2027.1 dan Wireshark 4.2 di laptop. Kita akan menguji enkripsi AES256
dan melihat handshake TLS 1.3 di port 443.

Makasih,
Fikri
""")

M("en-aircraft-models-then-code", "2027-09-08 09:45", ("Capt. Rudy Hartanto", "rudy.hartanto@polibatam.ac.id"),
  "Enrolment key for powerplant course", "course_data", "en",
  cd("AMP-3201", "Aircraft Powerplant", enrolment_key="pwrplnt-27"), client="outlook",
  plain="""Good morning,

Our practical sessions on the ATR 72 engine mock-up under CASR Part 147 start next week. For the course Aircraft
Powerplant, course code AMP-3201, please set the enrolment key to pwrplnt-27.

Regards,
Capt. Rudy Hartanto
Aircraft Maintenance Engineering
""")

M("geomatika-epsg-kode-kurung-nama", "2027-09-08 15:20", ("Nanda Saputra", "nanda.saputra@polibatam.ac.id"),
  "Pengumuman SIG", "announcement", "id",
  an("Format Data Tugas Akhir Semester", code="GMT 2202", name="Sistem Informasi Geografis"), client="thunderbird",
  plain="""Yth. admin,

Mohon pengumuman untuk Sistem Informasi Geografis (GMT 2202):

Judul: Format Data Tugas Akhir Semester
Isi: Semua data dikumpulkan dalam proyeksi EPSG 4326 atau UTM zona 48N, format GeoPackage. Pengukuran memakai Leica
TS 06 milik lab.

Salam,
Nanda
""")

M("kode-mk-lalu-hp", "2027-09-09 10:10", ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "ubah nama singkat", "course_data", "id",
  cd("EL2203", shortname="EL2203-ELDA"), client="gmail-app",
  plain="""Pak, kode MK EL2203, HP saya 0812 7788 9911 kalau perlu konfirmasi. Nama singkatnya tolong jadi EL2203-ELDA ya.
Makasih
""")

M("matkul-kode-titik-kelas", "2027-09-09 19:30", ("Dimas Aryo", "dimas.aryo@polibatam.ac.id"),
  "key matkul", "course_data", "id",
  cd("TI.2205", "Pemrograman Berorientasi Objek", enrolment_key="pbo2b-27"), client="gmail-app",
  plain="""Malam min, matkul TI.2205 Pemrograman Berorientasi Objek kelas TI-2B, key-nya minta diganti pbo2b-27 ya. Thx
""")

M("mekanik-material-standar-kode-label", "2027-09-10 08:40", ("Joko Purnomo", "joko.purnomo@polibatam.ac.id"),
  "Nama course Material Teknik", "course_data", "id",
  cd("MES 1204", "Material Teknik", fullname="Material Teknik dan Metalurgi"), client="outlook",
  plain="""Yth. P4M,

Materi course sekarang mencakup baja AISI 1045, ST 37 dan uji kekerasan Rockwell, jadi nama course Material Teknik
(kode mata kuliah MES 1204) mohon diubah menjadi Material Teknik dan Metalurgi.

Terima kasih,
Joko Purnomo
""")

M("akuntansi-psak-tanpa-kode", "2027-09-10 13:30", ("Lestari Ningsih", "lestari.ningsih@polibatam.ac.id"),
  "Pengumuman kuis PSAK", "announcement", "id",
  an("Kuis PSAK Zakat", name="Akuntansi Syariah"), client="gmail",
  plain="""Siang P4M,

Tolong pasang pengumuman di course Akuntansi Syariah.

Judul: Kuis PSAK Zakat
Isi: Kuis minggu depan membahas PSAK 109 tentang zakat dan SPT 1770 untuk wajib pajak orang pribadi.

Terima kasih,
Lestari
""")


# ================================================================ batch 2 (written after batch 1's rules, scored before any more)

M("kode-kurikulum-tahun-dalam-kurung", "2027-10-01 08:30", ("Hasanuddin", "hasanuddin@polibatam.ac.id"),
  "Ganti pengampu Basis Data Lanjut", "course_data", "id",
  cd("IF3102", "Basis Data Lanjut", lecturer="Rina Oktaviani, M.Kom."), client="zimbra",
  plain="""Yth. Tim P4M,

Kode MK: IF3102 (Kurikulum 2027)
Nama MK: Basis Data Lanjut

Pengampu mohon diganti menjadi Rina Oktaviani, M.Kom. karena saya tugas belajar mulai Oktober.

Hormat saya,
Hasanuddin
""")

M("subjek-kapital-tanda-hubung-di-tengah", "2027-10-01 13:05", ("Benny Siahaan", "benny.siahaan@polibatam.ac.id"),
  "Pengampu ELK-2108 semester genap diganti", "course_data", "id",
  cd("ELK-2108", lecturer="Benny Siahaan, S.T., M.T."), client="outlook",
  plain="""Selamat siang,

Sesuai judul, mulai semester genap pengampunya saya sendiri: Benny Siahaan, S.T., M.T.

Terima kasih.
""")

M("chat-mk-huruf-kecil-kelas", "2027-10-02 20:15", ("Citra Lestari", "citra.lestari@polibatam.ac.id"),
  "key", "course_data", "id",
  cd("tre 2107", enrolment_key="tre2b-genap"), client="gmail-app",
  plain="""kak yg mk tre 2107 kelas 2B itu key nya ganti tre2b-genap ya, soalnya yg lama kebocor di grup. mksh kak
""")

M("balasan-tiket-kode-di-akhir-subjek", "2027-10-03 09:40", ("Yohana Manurung", "yohana.manurung@polibatam.ac.id"),
  "Re: [P4M #2931] perubahan nama BIS 3104", "course_data", "id",
  cd("BIS 3104", fullname="Analitika Bisnis Digital"), client="gmail", reply=True,
  plain="""Maaf terlewat, nama barunya: Analitika Bisnis Digital.

Terima kasih,
Yohana
""")

M("odt-formulir-kode-akuntansi-hubung", "2027-10-03 14:20", ("Admin Prodi Akuntansi", "akuntansi@polibatam.ac.id"),
  "Formulir perubahan data MK", "course_data", "id",
  cd("ACT-3105", "Audit Sistem Informasi", credits="3"), client="thunderbird",
  plain="""Selamat siang, formulir terlampir. Terima kasih.
""", att=[("odt", "formulir_perubahan.odt", [
      "FORMULIR PERUBAHAN DATA MATA KULIAH",
      [["Kode Mata Kuliah", "ACT-3105"], ["Nama Mata Kuliah", "Audit Sistem Informasi"],
       ["SKS saat ini", "2"], ["SKS baru", "3"], ["No. Tiket Layanan", "REQ-2291"]],
      "Tanda tangan Kaprodi"])])

M("en-unit-code-lower-case", "2027-10-04 10:10", ("Oliver Brandt", "oliver.brandt@polibatam.ac.id"),
  "Wind energy unit", "course_data", "en",
  cd("enr 4102", "Wind Energy Systems", fullname="Wind and Hybrid Energy Systems"), client="apple",
  plain="""Hi team,

Unit code: enr 4102 (Wind Energy Systems). We added a hybrid PV module, so please rename it to Wind and Hybrid
Energy Systems.

Thanks,
Oliver
""")

M("pengumuman-gpu-tanpa-kode", "2027-10-04 15:00", ("Laboran Multimedia", "lab.multimedia@polibatam.ac.id"),
  "Pengumuman render farm", "announcement", "id",
  an("Jadwal Pemakaian Render Farm", name="Animasi 3D"), client="outlook",
  plain="""Yth. admin e-learning,

Mohon dipasang di course Animasi 3D:

Judul: Jadwal Pemakaian Render Farm
Isi: Render farm dengan GPU RTX3060 bisa dipakai Selasa dan Kamis. Hasil render direkam pakai kamera Sony FX3 dan
Canon EOS 800D, format H264.

Salam,
Laboran Multimedia
""")

M("untuk-kode-tolong-dosen", "2027-10-05 07:45", ("Maya Sitorus", "maya.sitorus@polibatam.ac.id"),
  "dosen", "course_data", "id",
  cd("TRE 3110", lecturer="Maya Sitorus, M.T."), client="gmail-app",
  plain="""Pagi pak, untuk TRE 3110 tolong dosennya diganti ke Maya Sitorus, M.T. ya. Makasih
""")

M("kode-titik-sufiks-praktikum", "2027-10-05 11:30", ("Lab Robotika", "lab.robotika@polibatam.ac.id"),
  "Short name praktikum", "course_data", "id",
  cd("RBT.2104P", "Praktikum Kinematika Robot", shortname="PKR-2027"), client="thunderbird",
  plain="""Yth. P4M,

Kode: RBT.2104P
Nama: Praktikum Kinematika Robot
Short name mohon diganti menjadi PKR-2027.

Terima kasih.
""")

M("teruskan-outlook-subjek-dalam-saja", "2027-10-06 09:00", ("Sekretariat Logistik", "logistik@polibatam.ac.id"),
  "FW: permohonan", "course_data", "id",
  cd("LOG 2203", enrolment_key="gudang-27"), client="outlook",
  plain="""Mohon bantuannya, P4M.

________________________________
From: Arif Budiman <arif.budiman@polibatam.ac.id>
Sent: Tuesday, 5 October 2027 16:11
To: Sekretariat Logistik <logistik@polibatam.ac.id>
Subject: Perubahan key - LOG 2203

Bu, tolong diteruskan: enrolment key diganti jadi gudang-27.
Arif
""")

M("daftar-bernomor-sama-dengan", "2027-10-06 14:40", ("Puspita Anggraini", "puspita.anggraini@polibatam.ac.id"),
  "Perubahan semester course", "course_data", "id",
  cd("TLK 2105", "Jaringan Telekomunikasi", semester="4"), client="gmail",
  plain="""Selamat sore,

1. Kode MK  = TLK 2105
2. Nama MK  = Jaringan Telekomunikasi
3. Semester = 4 (di e-learning masih 3)

Mohon disesuaikan. Terima kasih.
Puspita
""")

M("nidn-ext-tanpa-kode", "2027-10-07 08:15", ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
  "Nama dosen di course Pemasaran Digital", "course_data", "id",
  cd(name="Pemasaran Digital", lecturer="Rudi Hartono, S.E., M.M."), client="outlook",
  plain="""Yth. P4M,

Di course Pemasaran Digital nama dosen masih kosong. Mohon diisi Rudi Hartono, S.E., M.M.

Salam,
Rudi Hartono
NIDN 1012038701 | Ext. 2104 | Gedung Utama R. 507
""")

M("kode-kelas-ruang-dalam-kurung", "2027-10-07 13:25", ("Gilang Ramadhan", "gilang.ramadhan@polibatam.ac.id"),
  "Pengumuman Animasi", "announcement", "id",
  an("Pengumpulan Storyboard", code="MMD 3201", name="Animasi Karakter"), client="gmail",
  plain="""Siang admin,

Tolong umumkan di course Animasi Karakter (kode: MMD 3201 / kelas MM-3A / R. 405).

Judul: Pengumpulan Storyboard
Isi: Storyboard dikumpulkan paling lambat Jumat dalam format PDF.

Gilang
""")

M("dua-mk-pajak-label-pertama", "2027-10-08 10:00", ("Dewi Kartika", "dewi.kartika@polibatam.ac.id"),
  "Pengumuman kelas pajak", "announcement", "id",
  an("Kelas Pengganti Pajak", code="AKT 2201", name="Perpajakan I"), client="zimbra",
  plain="""Yth. P4M,

Mohon pengumuman berikut ditayangkan di MK Perpajakan I (AKT 2201) dan Perpajakan II (AKT 2202):

Judul: Kelas Pengganti Pajak
Isi: Kelas pengganti diadakan Sabtu pukul 09.00 secara daring.

Terima kasih,
Dewi
""")

M("en-flight-ticket-course-last", "2027-10-08 16:30", ("Hannah Schmidt", "hannah.schmidt@polibatam.ac.id"),
  "Field trip notice", "announcement", "en",
  an("Field trip to Bintan resort", code="TOUR2103", name="Resort Operations"), client="outlook-mac",
  plain="""Hello,

Please publish this in Resort Operations (TOUR2103):

Title: Field trip to Bintan resort
Text: We take ferry BF 2105 at 08:00, the return flight is ID 6871. Bring your passport copy.

Thanks,
Hannah
""")


# ================================================================ batch 3 (written after batch 2's rules, scored before any more)

M("dua-kali-beda-tulis-subjek-badan", "2027-11-01 08:10", ("Sri Wahyuni", "sri.wahyuni@polibatam.ac.id"),
  "Nama singkat Mekatronika (MKT2204)", "course_data", "id",
  cd("MKT2204", "Mekatronika", shortname="MEKA-2204"), client="gmail",
  plain="""Selamat pagi,

Nama singkat course Mekatronika (mkt 2204) mohon diganti menjadi MEKA-2204.

Terima kasih,
Sri
""")

M("satu-baris-kode-kelas-ruang-garis-miring", "2027-11-01 10:45", ("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
  "Info course", "announcement", "id",
  an("Kuis Pekan 10", code="TRE 3201", name="Sistem Kendali"), client="outlook",
  plain="""Yth. P4M,

Sistem Kendali | TRE 3201 / TI-3A / GU 704

Mohon diumumkan:
Judul: Kuis Pekan 10
Isi: Kuis pekan 10 dilaksanakan di kelas, bawa kalkulator.

Terima kasih,
Taufik
""")

M("dua-mk-ganti-dosen-label-pertama", "2027-11-02 09:20", ("Koordinator MKU", "mku@polibatam.ac.id"),
  "Perubahan pengampu MKU", "course_data", "id",
  cd("MKU 1101", "Pendidikan Pancasila", lecturer="Drs. Ahmad Fauzi, M.Si."), client="zimbra",
  plain="""Yth. P4M,

Pengampu MK Pendidikan Pancasila (MKU 1101) dan Kewarganegaraan (MKU 1102) untuk kelas reguler pagi mohon diganti
menjadi Drs. Ahmad Fauzi, M.Si.

Salam,
Koordinator MKU
""")

M("en-code-hyphen-letter-suffix-brackets", "2027-11-02 14:00", ("Priya Raman", "priya.raman@polibatam.ac.id"),
  "Practicum enrolment key", "course_data", "en",
  cd("MES-1105P", "Welding Practicum", enrolment_key="weld-p27"), client="outlook",
  plain="""Dear helpdesk,

Kindly set the enrolment key of Welding Practicum (MES-1105P) to weld-p27. The workshop technician will share it
in class.

Regards,
Priya Raman
""")

M("nama-panjang-lalu-kode-tanpa-tanda", "2027-11-03 08:00", ("Eko Prasetyo", "eko.prasetyo@polibatam.ac.id"),
  "semester course", "course_data", "id",
  cd("LOG 3201", "Manajemen Rantai Pasok untuk Industri", semester="5"), client="gmail-app",
  plain="""Pak, course Manajemen Rantai Pasok untuk Industri LOG 3201 semesternya tolong diubah ke 5. Makasih
""")

M("kode-dalam-tanda-kutip", "2027-11-03 13:40", ("Arini Putri", "arini.putri@polibatam.ac.id"),
  "Ganti nama course", "course_data", "id",
  cd("DKV2105", "Tipografi", fullname="Tipografi dan Tata Letak"), client="thunderbird",
  plain="""Halo P4M,

Course "Tipografi" dengan kode 'DKV2105' mohon diganti namanya menjadi Tipografi dan Tata Letak.

Arini
""")

M("surat-sk-nomor-kode-di-badan", "2027-11-04 09:30", ("Bagian Akademik", "akademik@polibatam.ac.id"),
  "Penyesuaian SKS", "course_data", "id",
  cd("ELN 2203", "Elektronika Daya", credits="3"), client="outlook",
  plain="""Yth. P4M,

Berdasarkan SK Direktur Nomor 2231/PL29/KP/2027 dan rapat tanggal 12 Oktober 2027, SKS Elektronika Daya
(ELN 2203) mohon disesuaikan menjadi 3. Surat dapat dilihat di tiket REQ 5520.

Hormat kami,
Bagian Akademik
""")

M("en-version-and-room-no-code", "2027-11-04 15:15", ("Samuel Reyes", "samuel.reyes@polibatam.ac.id"),
  "Announcement: exam software", "announcement", "en",
  an("Exam software update", name="Network Programming"), client="apple",
  plain="""Hi,

Please post in Network Programming:

Title: Exam software update
Text: The exam PCs in room TA 1204 now run Python 3.12 and Java 21. Bring your student card (NIM) to the exam.

Thanks,
Samuel
""")

M("subjek-saja-kode-titik-huruf-kecil", "2027-11-05 20:30", ("Nurul Aini", "nurul.aini@gmail.com"),
  "pengumuman utk matkul geo.2201", "announcement", "id",
  an("Tugas Peta Digitasi", code="geo.2201"), client="gmail-app",
  plain="""min tolong umumin ya, judul: Tugas Peta Digitasi. isinya: tugas digitasi dikumpulkan minggu depan via
e-learning. makasih min
""")

M("teruskan-dua-level-kode-di-dalam", "2027-11-05 22:00", ("Sekretariat Teknik Mesin", "mesin@polibatam.ac.id"),
  "Fw: Fw: dosen pengampu", "course_data", "id",
  cd("TM 2309", "Perpindahan Panas", lecturer="Ir. Wahyu Hidayat, M.T."), client="outlook",
  plain="""Mohon diproses.

-----Original Message-----
From: Kaprodi Teknik Mesin
Sent: Friday, 5 November 2027 17:40
Subject: Fw: dosen pengampu

Diteruskan ke sekretariat.

-----Original Message-----
From: Wahyu Hidayat
Sent: Friday, 5 November 2027 15:02
Subject: dosen pengampu

Pak Kaprodi, untuk mata kuliah Perpindahan Panas (TM 2309), pengampunya mohon diganti menjadi Ir. Wahyu Hidayat,
M.T. karena Pak Joko cuti.
""")


# ================================================================ batch 4 (written after batch 3's rule, scored before any more)

M("en-subject-code-middle-mixed-case", "2027-12-01 09:00", ("Grace Lim", "grace.lim@polibatam.ac.id"),
  "Renaming Cyb 3104 for next term", "course_data", "en",
  cd("Cyb 3104", fullname="Digital Forensics and Incident Response"), client="outlook-mac",
  plain="""Hello,

Please rename the course to Digital Forensics and Incident Response from next term.

Best,
Grace
""")

M("kode-setelah-nama-titik-dua-kelas", "2027-12-01 13:30", ("Wahyu Nugraha", "wahyu.nugraha@polibatam.ac.id"),
  "Dosen MK", "course_data", "id",
  cd("AMT 2102", "Aircraft Electrical System", lecturer="Wahyu Nugraha, S.T."), client="gmail",
  plain="""Selamat siang,

MK Aircraft Electrical System: AMT 2102, kelas AMT-2A. Pengampunya mohon diganti menjadi Wahyu Nugraha, S.T.

Terima kasih.
""")

M("plat-nomor-dan-npwp-tanpa-kode", "2027-12-02 08:45", ("Hendri Saputra", "hendri.saputra@polibatam.ac.id"),
  "Pengumuman parkir praktikum", "announcement", "id",
  an("Parkir Kendaraan Praktikum", name="Praktik Otomotif"), client="gmail",
  plain="""Yth. admin,

Mohon diumumkan di course Praktik Otomotif.

Judul: Parkir Kendaraan Praktikum
Isi: Mobil praktikum BP 1234 KL dan motor BP 5521 YZ diparkir di bengkel. Kunci diambil di teknisi.

Terima kasih,
Hendri
""")

M("tabel-html-kode-di-kolom-kedua-beberapa-baris", "2027-12-02 14:10", ("Prodi Pariwisata", "pariwisata@polibatam.ac.id"),
  "Perubahan pengampu", "course_data", "id",
  cd("PAR-1103", "Pengantar Pariwisata", lecturer="Maria Ulfa, M.Par."), client="outlook",
  html_body=html_table(
      ["Yth. P4M,", "Mohon pengampu course berikut diganti:"],
      [["No", "Kode", "Mata Kuliah", "Pengampu Baru"],
       ["1", "PAR-1103", "Pengantar Pariwisata", "Maria Ulfa, M.Par."]],
      ["Terima kasih.", "Prodi Pariwisata"]))

M("en-course-id-hash-number", "2027-12-03 10:20", ("Ahmad Zaki", "ahmad.zaki@polibatam.ac.id"),
  "Credits fix", "course_data", "en",
  cd("ENG 2210", "Technical English II", credits="2"), client="gmail",
  plain="""Hi P4M,

Technical English II (ENG 2210) shows 3 credits on e-learning (course id #4412); it should be 2.

Thanks,
Ahmad
""")


if __name__ == "__main__":
    sys.exit(E.main())

#!/usr/bin/env python3
"""Generate the twenty-second P4M helpdesk TUNING corpus, part "codenames" (course codes, current course names and
publish times).

Written in round 11 from the KINDS tune21 (the opened part13) still missed, in voices and layouts no corpus has:
service units' codes with a hyphen and a short number ("UPB-TF02"), codes with a class section after them
("MKW104-D"), codes in a DOCX form; publish times given in the zone of a lecturer abroad in the Americas, India or New
Zealand; an Indonesian request to schedule ("tolong dijadwalkan"). Near-misses that must claim nothing: a sensor or
a chip written like a code (HC-SR04, SN-74HC595), a room or a room booking, a letter number, a NIP, a form's document
number; an event, a unit, a programme or a document title where a course name would stand; an exam's own scheduled
time under an announcement that names no publishing time.

The label is the value AS WRITTEN. The message engine (clients, DOCX/ODT/PDF, HTML) is the reading corpus's
generator, imported from ../requests-tune9-reading/make_tune9_reading.py; every body here was written by hand.
Run:  python3 make_tune22_codenames.py
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


# ================================================================ batch 1 (scored before any rule for it)

M("unit-bahasa-kode-strip-dua-digit", "2027-01-04 08:10", ("Yohana Sitorus", "yohana.sitorus@polibatam.ac.id"),
  "Kunci course persiapan TOEFL", "course_data", "id",
  cd("UPB-TF02", "TOEFL Preparation", enrolment_key="toefl-genap27"), client="roundcube",
  plain="""Selamat pagi Bapak/Ibu P4M,

Dari UPT Bahasa, kami mohon enrolment key untuk course UPB-TF02 TOEFL Preparation diganti
menjadi toefl-genap27 karena kunci lama sudah beredar di angkatan lalu.

Hormat kami,
Yohana Sitorus
UPT Bahasa Politeknik Negeri Batam
""")

M("en-career-centre-code-in-brackets-short", "2027-01-04 10:40", ("Daniel Tan", "daniel.tan@polibatam.ac.id"),
  "Lecturer for the interview skills course", "course_data", "en",
  cd("CDC-SS3", "Interview Skills", lecturer="Rini Anggraeni, M.Psi."), client="apple",
  plain="""Hello team,

The Career Development Centre runs Interview Skills (CDC-SS3) on e-learning. From this term the lecturer is
Rini Anggraeni, M.Psi. instead of me. Could you make the change?

Thanks,
Daniel Tan
Career Development Centre
""")

M("sensor-bukan-kode-mk-nama-saja", "2027-01-05 09:15", ("Bagus Wicaksono", "bagus.wicaksono@polibatam.ac.id"),
  "Deskripsi MK Sistem Tertanam", "course_data", "id",
  cd(None, "Sistem Tertanam", summary="Mahasiswa merancang sistem berbasis mikrokontroler dengan sensor jarak dan register geser."),
  client="gmail",
  plain="""Pak/Bu,

Mohon deskripsi MK Sistem Tertanam diganti menjadi: Mahasiswa merancang sistem berbasis mikrokontroler dengan sensor jarak dan register geser.

Praktikumnya pakai HC-SR04 dan SN-74HC595, jadi deskripsi lama yang masih menyebut Arduino Uno sudah tidak cocok.

Salam,
Bagus
""")

M("kelas-seksi-huruf-pengumuman-di", "2027-01-05 13:00", ("Ni Luh Ayu", "niluh.ayu@polibatam.ac.id"),
  "umumin dong", "announcement", "id",
  an("Kelas pengganti Rabu", "MKW104-D"), client="gmail-app",
  plain="""Min, tolong umumin di MKW104-D ya, sekarang aja:

Judul: Kelas pengganti Rabu
Isi: Kelas pengganti diadakan Rabu 6 Januari 2027 di ruang GU-805, jam 13.00-14.40.

makasih min
""")

M("en-pacific-time-seattle", "2027-01-06 07:30", ("Andreas Wijaya", "andreas.wijaya@polibatam.ac.id"),
  "Post for Control Systems", "announcement", "en",
  an("Problem set 2 released", "EL3105", "Control Systems", "2027-01-08T11:00:00+07:00"), client="outlook-mac",
  plain="""Hi P4M,

I'm at a workshop in Seattle this week. Please put the notice below on EL3105 Control Systems so that it goes out
Thursday January 7 at 8 pm Pacific time.

Problem set 2 released

Problem set 2 is now on the course page. Submit it by Friday 15 January 2027.

Thank you,
Andreas
""")

M("jadwalkan-tanpa-kata-tayang", "2027-01-06 15:20", ("Siti Rohmah", "siti.rohmah@polibatam.ac.id"),
  "Pengumuman Akuntansi Biaya", "announcement", "id",
  an("Kuis 1 daring", "AK2104", "Akuntansi Biaya", "2027-01-11T06:30:00+07:00"), client="zimbra",
  plain="""Selamat sore,

Bisa tolong dijadwalkan untuk Senin, 11 Januari 2027 jam 06.30 pengumuman berikut di MK Akuntansi Biaya (AK2104)?

Judul: Kuis 1 daring
Isi: Kuis 1 dikerjakan daring di e-learning, dibuka 08.00 dan ditutup 09.00.

Terima kasih,
Siti Rohmah
""")

M("ujian-dijadwalkan-bukan-waktu-tayang", "2027-01-07 09:05", ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
  "Info responsi", "announcement", "id",
  an("Responsi Mekanika Fluida", "TM2203", "Mekanika Fluida"), client="thunderbird",
  plain="""Yth. admin e-learning,

Tolong diumumkan hari ini di course TM2203 Mekanika Fluida.

Judul: Responsi Mekanika Fluida
Isi: Responsi dijadwalkan Kamis, 14 Januari 2027 pukul 10.00 di Lab Fluida. Bawa kalkulator.

Terima kasih,
Rudi
""")

M("seminar-nasional-bukan-nama-mk", "2027-01-07 11:45", ("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
  "Pengumuman Seminar Nasional Rekayasa Material", "announcement", "id",
  an("Call for paper SNRM 2027", "TMT3201"), client="outlook",
  plain="""Dengan hormat,

Mohon dipasang pengumuman berikut di course TMT3201 untuk mahasiswa tingkat akhir.

Judul: Call for paper SNRM 2027
Isi: Panitia Seminar Nasional Rekayasa Material membuka pengiriman makalah sampai 20 Februari 2027.

Terima kasih,
Fitri Handayani
""")

M("en-new-york-time-jam-malam", "2027-01-08 20:15", ("Hana Pertiwi", "hana.pertiwi@polibatam.ac.id"),
  "Announcement Statistika Industri", "announcement", "mixed",
  an("Take-home exam", "TI2108", "Statistika Industri", "2027-01-18T21:00:00+07:00"), client="gmail",
  plain="""Halo tim P4M,

I'm in New York for a fellowship. Mohon pengumuman ini tayang Senin 18 Januari 2027 jam 9 pagi waktu New York di
course TI2108 Statistika Industri.

Title: Take-home exam
Text: The take-home exam is on the course page; upload your answers within 48 hours.

Thanks!
Hana
""")

M("booking-ruang-kode-bukan-mk", "2027-01-11 08:00", ("Eko Prasetyo", "eko.prasetyo@polibatam.ac.id"),
  "Pengumuman pindah ruang", "announcement", "id",
  an("Ruang praktikum pindah", name="Jaringan Komputer Lanjut"), client="outlook-web",
  plain="""Selamat pagi,

Mohon diumumkan di mata kuliah Jaringan Komputer Lanjut:

Judul: Ruang praktikum pindah
Isi: Mulai minggu ini praktikum pindah ke ruang TA-10.4 (kode booking RB-2201 atas nama saya).

Terima kasih,
Eko Prasetyo
""")

M("docx-form-kode-unit-strip", "2027-01-11 10:30", ("Sekretariat UPT Bahasa", "uptbahasa@polibatam.ac.id"),
  "Formulir perubahan data course", "course_data", "id",
  cd("UPB-AW1", "Academic Writing", shortname="UPB-AW1-2027"), client="outlook",
  plain="""Yth. P4M,

Terlampir formulir perubahan data course dari UPT Bahasa. Terima kasih.

Sekretariat UPT Bahasa
""", att=[("docx", "Form Perubahan Data Course.docx", [
      "FORMULIR PERUBAHAN DATA COURSE E-LEARNING",
      [["Kode MK", "UPB-AW1"],
       ["Nama MK", "Academic Writing"],
       ["Data yang diubah", "Short name"],
       ["Nilai baru", "UPB-AW1-2027"]],
      "Batam, 11 Januari 2027",
  ])])

M("surat-nomor-strip-nip-kode-kurung", "2027-01-12 09:30", ("Tata Usaha Jurusan Teknik Elektro", "tu.elektro@polibatam.ac.id"),
  "Permohonan perubahan dosen pengampu", "course_data", "id",
  cd("ELK2203", "Elektronika Daya", lecturer="Arif Rahman, S.T., M.T."), client="outlook",
  plain="""Nomor : B-221/PL29.3/TU/2027
Hal   : Permohonan perubahan dosen pengampu

Yth. Kepala P4M,

Sehubungan dengan tugas belajar Sdr. Hasan Basri (NIP 198703152019031004), mohon dosen pengampu mata kuliah
Elektronika Daya (ELK2203) di e-learning diganti menjadi Arif Rahman, S.T., M.T.

Atas perhatiannya kami ucapkan terima kasih.

Ketua Jurusan Teknik Elektro
""")

M("en-india-ist-guest-visit", "2027-01-12 14:00", ("Prakash Iyer", "prakash.iyer@polibatam.ac.id"),
  "Notice for my class", "announcement", "en",
  an("Guest session cancelled", "IF3207", "Cloud Computing", "2027-01-20T12:00:00+07:00"), client="outlook-web",
  plain="""Dear Helpdesk,

I am in Chennai until next week. Kindly schedule the following on the IF3207 Cloud Computing page for 20 January 2027,
10:30 IST.

Title: Guest session cancelled
Text: The guest session planned for 21 January 2027 is cancelled. Please continue with module 4.

Regards,
Prakash Iyer
""")

M("program-studi-bukan-nama-mk-kode", "2027-01-13 08:20", ("Kaprodi TRL", "kaprodi.trl@polibatam.ac.id"),
  "Program Studi Teknologi Rekayasa Logistik - SKS", "course_data", "id",
  cd("TRL2106", credits="3"),
  client="gmail",
  plain="""Yth. P4M,

Untuk program studi kami, SKS course TRL2106 di e-learning tertulis 2, seharusnya 3.

Terima kasih,
Kaprodi Teknologi Rekayasa Logistik
""")

M("pusat-karir-unit-bukan-nama", "2027-01-13 13:10", ("Pusat Karir", "pusatkarir@polibatam.ac.id"),
  "Pengumuman dari Pusat Karir untuk course MBKM4101", "announcement", "id",
  an("Pendaftaran magang batch 2", "MBKM4101"), client="zimbra",
  plain="""Halo tim P4M,

Mohon bantu pasang pengumuman ini di course MBKM4101.

Judul: Pendaftaran magang batch 2
Isi: Pendaftaran magang batch 2 dibuka sampai 29 Januari 2027 melalui Pusat Karir.

Salam,
Pusat Karir Polibatam
""")

M("en-auckland-time-morning", "2027-01-14 09:00", ("Megan Clarke", "megan.clarke@polibatam.ac.id"),
  "Announcement request", "announcement", "en",
  an("Reading list updated", "EN1102", "English for Engineers", "2027-01-18T01:00:00+07:00"), client="apple",
  plain="""Kia ora P4M team,

Could you publish this in EN1102 English for Engineers at 7 am Auckland time on Monday 18 January 2027?

Title: Reading list updated
Text: The reading list for weeks 3 to 6 is updated. Chapter 4 is now optional.

Ngā mihi,
Megan
""")

M("kode-seksi-angka-tanda-kurung-nama", "2027-01-14 15:45", ("Doni Saputra", "doni.saputra@polibatam.ac.id"),
  "Kelas AKT2205-C", "course_data", "id",
  cd("AKT2205-C", "Akuntansi Keuangan Lanjut", enrolment_key="akl-c27"), client="yahoo",
  plain="""Siang,

Course AKT2205-C (Akuntansi Keuangan Lanjut) kuncinya tolong diganti ke akl-c27.

Makasih,
Doni
""")

M("dokumen-panduan-bukan-nama-mk", "2027-01-15 10:00", ("Bagian Akademik", "akademik@polibatam.ac.id"),
  "Panduan Penulisan Tugas Akhir 2027", "announcement", "id",
  an("Panduan TA 2027 terbit", "TA4900"), client="outlook",
  plain="""Yth. P4M,

Mohon ditayangkan di course TA4900 pengumuman berikut.

Judul: Panduan TA 2027 terbit
Isi: Buku Panduan Penulisan Tugas Akhir 2027 sudah dapat diunduh di laman akademik.

Salam,
Bagian Akademik
""")

M("en-chicago-central-time-code-suffix", "2027-01-15 21:30", ("Kevin Halim", "kevin.halim@polibatam.ac.id"),
  "post pls", "announcement", "en",
  an("Lab report deadline extended", "ME2101-B", publish_at="2027-01-19T09:00:00+07:00"), client="gmail-app",
  plain="""hey P4M - could you post this to ME2101-B at 8 pm Chicago time on Jan 18 2027? thx

Title: Lab report deadline extended
Text: Lab report 1 is now due on 25 January 2027.

Kevin (in Chicago till Feb)
""")

M("nomor-formulir-dokumen-bukan-kode", "2027-01-18 08:40", ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "SKS Gambar Teknik", "course_data", "id",
  cd(None, "Gambar Teknik", credits="2"), client="thunderbird",
  plain="""Selamat pagi,

Sesuai formulir FM-PBM-03 yang sudah ditandatangani kaprodi, SKS mata kuliah Gambar Teknik di e-learning mohon
diubah menjadi 2.

Terima kasih,
Wulan Sari
""")

M("pelatihan-dosen-baru-acara-bukan-mk", "2027-01-18 11:00", ("Gilang Ramadhan", "gilang.ramadhan@polibatam.ac.id"),
  "Pengumuman course RPL2201", "announcement", "id",
  an("Kelas diganti tugas mandiri", "RPL2201"), client="gmail",
  plain="""Pagi P4M,

Karena saya ikut Pelatihan Moodle untuk Dosen Baru hari Kamis, tolong pasang pengumuman di RPL2201 sekarang juga:

Judul: Kelas diganti tugas mandiri
Isi: Kamis ini tidak ada tatap muka; kerjakan tugas mandiri di e-learning.

Gilang
""")


# ================================================================ batch 2 (written after batch 1's rules, scored before any more)

M("toronto-dosen-tugas-belajar-campur", "2027-01-19 10:00", ("Irwan Setiadi", "irwan.setiadi@polibatam.ac.id"),
  "Titip pengumuman Perancangan Mesin", "announcement", "mixed",
  an("Asistensi minggu ke-3", "TM3104", "Perancangan Mesin", "2027-01-28T06:00:00+07:00"), client="thunderbird",
  plain="""Assalamualaikum tim P4M,

Saya sedang tugas belajar di Toronto. Mohon pengumuman ini di-post di TM3104 Perancangan Mesin pada Wednesday,
27 January 2027, 6:00 p.m. Toronto time (kalau tidak salah itu pagi hari di Batam).

Judul: Asistensi minggu ke-3
Isi: Asistensi gambar susunan dilakukan oleh asisten lab setiap Kamis pukul 13.00.

Wassalam,
Irwan
""")

M("lpm-kode-unit-titik-dua-isian", "2027-01-19 14:30", ("Lembaga Penjaminan Mutu", "lpm@polibatam.ac.id"),
  "Penggantian pengampu", "course_data", "id",
  cd("LPM-QA1", "Audit Mutu Internal", lecturer="Dr. Yuliana Putri, M.M."), client="notes",
  plain="""Kepada Yth. Tim P4M

Kode       : LPM-QA1
Nama       : Audit Mutu Internal
Pengampu   : Dr. Yuliana Putri, M.M. (menggantikan Bapak Anton)

Mohon diperbarui di e-learning. Formulir LPM-F01 (Permohonan Perubahan Data) sudah kami arsipkan.

LPM Polibatam
""")

M("booking-kode-unit-bukan-mk", "2027-01-20 09:10", ("Rina Marlina", "rina.marlina@polibatam.ac.id"),
  "Umumkan pindah lab Biologi Dasar", "announcement", "id",
  an("Praktikum pindah ke Lab Terpadu", name="Biologi Dasar"), client="yahoo",
  plain="""Selamat pagi,

Mohon umumkan di mata kuliah Biologi Dasar segera.

Judul: Praktikum pindah ke Lab Terpadu
Isi: Praktikum minggu ini di Lab Terpadu lantai 2, kode booking BK-R12. Jas lab wajib.

Rina Marlina
""")

M("en-mountain-time-denver-code-section", "2027-01-21 16:00", ("Lisa Gunawan", "lisa.gunawan@polibatam.ac.id"),
  "Reminder for my Tuesday group", "announcement", "en",
  an("Bring your datasheets", "EL2107-A", publish_at="2027-02-02T07:00:00+07:00"), client="outlook-mac",
  plain="""Good afternoon,

Could you publish the note below in EL2107-A for me? Timing: Feb 1, 2027 at 5 pm Mountain Time (I'm in Denver).

Title: Bring your datasheets
Text: Bring the printed datasheets for the op-amp lab on Tuesday.

Many thanks,
Lisa
""")

M("dies-natalis-acara-bukan-nama", "2027-01-22 08:00", ("Humas Polibatam", "humas@polibatam.ac.id"),
  "Pengumuman Dies Natalis ke-27 untuk kelas AN2105", "announcement", "id",
  an("Kuliah diliburkan saat Dies Natalis", "AN2105"), client="outlook",
  plain="""Yth. P4M,

Mohon ditayangkan pada course AN2105:

Judul: Kuliah diliburkan saat Dies Natalis
Isi: Perkuliahan tanggal 3 Februari 2027 diliburkan karena upacara Dies Natalis ke-27.

Humas Polibatam
""")

M("est-singkatan-sesudah-jam", "2027-01-22 11:40", ("Rahmi Yusuf", "rahmi.yusuf@polibatam.ac.id"),
  "Announcement: Oceanography", "announcement", "en",
  an("Field trip forms", "KL2201", "Oseanografi", "2027-01-25T21:00:00+07:00"), client="gmail",
  plain="""Dear P4M,

Kindly post in KL2201 Oseanografi at 9:00 EST on 25 January 2027.

Title: Field trip forms
Text: Field trip consent forms must be signed by 29 January 2027.

Rahmi (currently in Washington)
""")

M("minta-dijadwal-tanpa-kan", "2027-01-25 07:45", ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "Pengumuman Kalkulus 2", "announcement", "id",
  an("Kuis 2 ditunda", "MAT1202", "Kalkulus 2", "2027-01-26T06:00:00+07:00"), client="gmail-app",
  plain="""Pagi min, minta dijadwal utk Selasa 26/1/2027 jam 6 pagi ya, di MAT1202 Kalkulus 2:

Judul: Kuis 2 ditunda
Isi: Kuis 2 ditunda ke minggu depan karena ruang dipakai ujian sertifikasi.

Agus
""")

M("hawaii-waktu-belum-dikenal", "2027-01-26 12:00", ("Bonita Lee", "bonita.lee@polibatam.ac.id"),
  "Announcement for Marine Biology", "announcement", "en",
  an("Lecture recording uploaded", "KL3105", "Marine Biology", "2027-01-30T00:00:00+07:00"), client="apple",
  plain="""Aloha P4M,

Please announce in KL3105 Marine Biology at 7 am Hawaii time, Friday January 29, 2027:

Title: Lecture recording uploaded
Text: The recording of this week's lecture is on the course page.

Mahalo,
Bonita
""")

M("program-magister-bukan-nama-kode", "2027-01-26 15:15", ("Sekretariat Magister Terapan", "magister@polibatam.ac.id"),
  "Program Magister Terapan Teknik Komputer - enrol key MTK6101", "course_data", "id",
  cd("MTK6101", enrolment_key="mtk61-ganjil"), client="zimbra",
  plain="""Yth. P4M,

Mohon enrol key MTK6101 diganti: mtk61-ganjil

Terima kasih.
""")

M("mumbai-waktu-lab-bahasa", "2027-01-27 09:30", ("Laboratorium Bahasa", "labbahasa@polibatam.ac.id"),
  "Dari Laboratorium Bahasa: pengumuman", "announcement", "id",
  an("Tes penempatan susulan", "BHS1101", "Bahasa Inggris I", "2027-01-28T13:00:00+07:00"), client="roundcube",
  plain="""Yth. admin,

Pengampu kami sedang di India. Beliau minta pengumuman berikut dipasang di BHS1101 Bahasa Inggris I
pada Kamis 28 Januari 2027 jam 11.30 waktu Mumbai.

Judul: Tes penempatan susulan
Isi: Tes penempatan susulan diadakan Sabtu 30 Januari 2027 di Laboratorium Bahasa.

Laboratorium Bahasa
""")

M("rps-dokumen-bukan-nama", "2027-01-28 10:20", ("Teguh Santoso", "teguh.santoso@polibatam.ac.id"),
  "Rencana Pembelajaran Semester", "course_data", "id",
  cd("SIP2203", "Hidrologi", summary="Hidrologi membahas siklus air, analisis hujan dan debit banjir rancangan."),
  client="outlook-web",
  plain="""Pagi,

Sesuai Rencana Pembelajaran Semester terbaru, deskripsi course SIP2203 Hidrologi tolong diganti menjadi:
Hidrologi membahas siklus air, analisis hujan dan debit banjir rancangan.

Teguh
""")

M("kode-unit-dalam-kurung-kegiatan", "2027-01-29 13:00", ("Nurul Hidayah", "nurul.hidayah@polibatam.ac.id"),
  "Short name kewirausahaan mahasiswa", "course_data", "id",
  cd("PKM-KW2", "Kewirausahaan Mahasiswa", shortname="KWM-2027"), client="gmail",
  plain="""Halo P4M,

Untuk kegiatan Program Kreativitas Mahasiswa, course Kewirausahaan Mahasiswa [PKM-KW2] short name-nya mohon dibuat
KWM-2027.

Nurul
""")

M("vancouver-night-before", "2027-02-02 18:00", ("Samuel Sinaga", "samuel.sinaga@polibatam.ac.id"),
  "course notice", "announcement", "en",
  an("Design review moved", "AR3102", "Studio Arsitektur 3", "2027-02-04T10:00:00+07:00"), client="gmail",
  plain="""Hi,

From Vancouver: can you put this up on AR3102 Studio Arsitektur 3 - Wednesday Feb 3, 2027, 7 pm Vancouver time.

Title: Design review moved
Text: The design review moves to Monday 8 February 2027.

Sam
""")

M("ujian-dijadwalkan-ulang-tanpa-tayang", "2027-02-03 09:00", ("Yeni Kartika", "yeni.kartika@polibatam.ac.id"),
  "Pengumuman UTS susulan", "announcement", "id",
  an("UTS susulan", "MB2204", "Manajemen Pemasaran"), client="outlook",
  plain="""Selamat pagi,

Tolong pasang di MB2204 Manajemen Pemasaran secepatnya.

Judul: UTS susulan
Isi: UTS susulan dijadwalkan ulang menjadi Jumat, 5 Februari 2027 pukul 09.00 di GU-702.

Yeni
""")


# ================================================================ batch 3 (a name between its field and where it shows; scored before its rule)

M("sks-nama-di-moodle-diubah", "2027-02-04 08:30", ("Hendro Wibisono", "hendro.wibisono@polibatam.ac.id"),
  "koreksi sks", "course_data", "id",
  cd(None, "Rekayasa Lalu Lintas", credits="3"), client="roundcube",
  plain="""Pagi P4M,

SKS Rekayasa Lalu Lintas di Moodle tolong diubah ke 3, di kurikulum baru sudah 3 SKS.

Hendro
""")

M("en-lecturer-name-on-elearning-still-shows", "2027-02-04 13:10", ("Olga Petrova", "olga.petrova@polibatam.ac.id"),
  "Lecturer listed", "course_data", "en",
  cd(None, "Corrosion Engineering", lecturer="Olga Petrova, Ph.D."), client="outlook-mac",
  plain="""Dear team,

On e-learning, Corrosion Engineering still shows the previous lecturer. It should be Olga Petrova, Ph.D. from this
semester.

Best regards,
Olga
""")

M("dosen-nama-orang-di-elearning-bukan-mk", "2027-02-05 09:00", ("Sri Wahyuni", "sri.wahyuni@polibatam.ac.id"),
  "dosen di e-learning", "course_data", "id",
  cd("MB3107", lecturer="Sri Wahyuni, S.E., M.M."), client="gmail",
  plain="""Selamat pagi,

Di e-learning Hendra Wijaya masih tertulis sebagai dosen MB3107, padahal sudah pindah tugas. Mohon diganti menjadi
Sri Wahyuni, S.E., M.M.

Terima kasih.
""")

M("kunci-nama-di-elearning-diganti", "2027-02-05 14:20", ("Taufik Hidayat", "taufik.hidayat@polibatam.ac.id"),
  "enrol key", "course_data", "id",
  cd("TRE2210", "Mesin Listrik", enrolment_key="mesin-27b"), client="thunderbird",
  plain="""Sore,

Kunci pendaftaran Mesin Listrik di e-learning (TRE2210) mohon diganti: mesin-27b

Taufik
""")


# ================================================================ batch 4 (written after the rule for five digits and lower-case unit codes)

M("kode-lima-digit-berlabel", "2027-02-08 08:15", ("Prodi Teknik Robotika", "robotika@polibatam.ac.id"),
  "Perubahan SKS", "course_data", "id",
  cd("TRK21305", "Visi Robot", credits="3"), client="outlook",
  plain="""Yth. P4M,

Kode MK: TRK21305
Nama MK: Visi Robot
SKS di e-learning mohon diubah menjadi 3.

Prodi Teknik Robotika
""")

M("hp-kode-unit-huruf-kecil-voucher", "2027-02-08 19:40", ("Dimas Aditya", "dimas.aditya@polibatam.ac.id"),
  "key", "course_data", "id",
  cd("elc-sp3", enrolment_key="speak-27"), client="gmail-app",
  plain="""min matkul elc-sp3 key nya ganti speak-27 ya. kode voucher zoom ZM-AB12 jgn dimasukin, itu buat webinar. tq
""")


if __name__ == "__main__":
    sys.exit(E.main())

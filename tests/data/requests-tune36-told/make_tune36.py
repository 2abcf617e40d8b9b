#!/usr/bin/env python3
"""Generate corpus requests-tune36-told: course changes told without naming the field.

Standard library only and deterministic: two runs write identical bytes.
Run from the repository root:  .venv/bin/python tests/data/requests-tune36-told/make_tune36.py
"""
from __future__ import annotations

import base64
import collections
import hashlib
import html
import json
import quopri
import random
import re
from datetime import datetime, timedelta, timezone
from email import message_from_bytes, policy
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

OUT = Path(__file__).resolve().parent
HELPDESK = "helpdesk-p4m@polibatam.ac.id"
HELPDESK_NAME = "Helpdesk P4M"

SPECS: list[dict] = []


def M(client, quirk, slug, lang, typ, sender, subject, when, body, *, fields=None, note="",
      enc="qp", tz=7, cc=None, reply_to_id=None):
    SPECS.append(dict(client=client, quirk=quirk, slug=slug, lang=lang, type=typ, sender=sender,
                      subject=subject, when=when, tz=tz, body=body, fields=fields or {}, note=note,
                      enc=enc, cc=cc, reply_to_id=reply_to_id))


def CD(code, name, changes, missing=None):
    f = {"course_code": code, "course_name": name, "changes": dict(changes)}
    if missing:
        f["_missing"] = missing  # stripped before writing labels; used by the plan asserts
    return f


def C(code, name):
    f = {}
    if code:
        f["course_code"] = code
    if name:
        f["course_name"] = name
    return f


# ---------------------------------------------------------------------------------------------------------------
# course_data (46)
# ---------------------------------------------------------------------------------------------------------------

M("gmail", "qp", "senior-pengampu-basdat", "id", "course_data",
  ("Lestari Handayani", "lestari.handayani@polibatam.ac.id"),
  "Pengampu Basis Data IF 2A", (2026, 10, 5, 8, 14),
  """Selamat pagi Bapak/Ibu di P4M,

Saya baru membuka halaman e-learning mata kuliah Basis Data (IF2103) untuk kelas IF 2A. Di sana nama pengampu masih tercantum Dr. Agus Salim, S.Kom., M.T., padahal beliau sudah pindah ke prodi Rekayasa Keamanan Siber sejak bulan Agustus.

Mulai semester ganjil ini mata kuliah tersebut diampu oleh saya sendiri, Dra. Lestari Handayani, M.Si. Mohon kiranya dapat disesuaikan agar mahasiswa tidak bingung ketika menghubungi dosen.

Atas bantuannya saya ucapkan terima kasih.

Hormat saya,
Dra. Lestari Handayani, M.Si.
NIP 196804121994032001
Jurusan Teknik Informatika, Gedung Utama lt. 7 ruang 704
HP 0812-7045-3318
""",
  fields=CD("IF2103", "Basis Data", {"lecturer": "Dra. Lestari Handayani, M.Si."}),
  note="lecturer told as 'diampu oleh saya sendiri, <name>'; old lecturer also named; sender's NIP/room/phone in signature")

M("iphone", "qp", "student-kelas-rks", "id", "course_data",
  ("Putri Ayuningtyas", "putri.ayu0304@gmail.com"),
  "kelas di elearning salah", (2026, 10, 6, 21, 47),
  """Malam kak admin 🙏

mau nanya, di e-learning MK Kriptografi (RKS2204) kami semua masuknya ke kelas RKS 3A. padahal kami anak RKS 3C kak, yg 3A itu kelas pagi. jadi tugas kami kecampur sama mereka

tolong dibenerin ya kak, makasih banyak

Putri
NIM 4332401017

Dikirim dari iPhone saya
""",
  fields=CD("RKS2204", "Kriptografi", {"class": "RKS 3C"}),
  note="class told as 'padahal kami anak RKS 3C'; old class RKS 3A also named; student NIM")

M("outlook", "alt", "partner-iot-title", "en", "course_data",
  ("Tan Wei Ling", "weiling.tan@tp-partner.edu.sg"),
  "EM3207 course title on your Moodle", (2026, 10, 7, 10, 32),
  """Dear P4M team,

I am coordinating the joint module EM3207 with Pak Rudi from the Electronics department. Our exchange students who log in to learning.polibatam.ac.id see the course listed as "Intro to IoT", which was the working title we used in the first run.

Since the articulation agreement was signed, the module is officially Industrial Internet of Things on both sides, and the students' transcripts will carry that title. It would help them a lot if what they see online matched.

Thank you and best regards,
Tan Wei Ling
Programme Coordinator, School of Engineering
Tel +65 6780 5521
""",
  fields=CD("EM3207", "Intro to IoT", {"fullname": "Industrial Internet of Things"}),
  note="title told as 'the module is officially <X>'; no verb 'change'; partner staff, +0800", tz=8)

M("thunderbird", "flowed", "lecturer-key-basdat", "id", "course_data",
  ("Yohanes Sitorus", "yohanes@polibatam.ac.id"),
  "enrol Basis Data IF 2B", (2026, 10, 8, 13, 5),
  """Siang,

Mahasiswa kelas IF 2B belum bisa masuk ke course Basis Data (IF2103) karena saya belum pernah memberi kode apa pun. Supaya gampang saya bagikan di grup WA, kode masuknya tolong dibuat BASDAT-IF2B.

Terima kasih.

--
Yohanes Sitorus, S.T., M.Kom.
Lab Basis Data, GU 805
""",
  fields=CD("IF2103", "Basis Data", {"enrolment_key": "BASDAT-IF2B"}),
  note="enrolment key told as 'kode masuknya tolong dibuat <X>'", enc="8bit")

M("android", "alt", "young-lecturer-ngajar", "mixed", "course_data",
  ("Yudha Pratama", "yudha.pratama@polibatam.ac.id"),
  "MK Pemrograman Berorientasi Objek", (2026, 10, 9, 7, 58),
  """Pagi min,

Btw yang ngajar PBO (IF2201) kelas IF 2C sekarang aku ya, Yudha Pratama, S.Kom., M.Cs. — Pak Joko kan lagi tugas belajar. Di course page masih nama beliau, so students keep emailing him instead of me 😅

Thanks a lot!
Yudha
""",
  fields=CD("IF2201", "PBO", {"lecturer": "Yudha Pratama, S.Kom., M.Cs."}),
  note="lecturer in casual mixed prose 'yang ngajar ... sekarang aku ya, <name>'; old lecturer only as 'Pak Joko'")

M("outlook", "htmlonly", "admin-akuntansi-biaya", "id", "course_data",
  ("Admin Prodi Akuntansi Manajerial", "admin.akm@polibatam.ac.id"),
  "Penyesuaian mata kuliah kurikulum 2026", (2026, 10, 9, 14, 20),
  """Yth. Tim P4M,

Sehubungan dengan berlakunya kurikulum 2026 di Program Studi Akuntansi Manajerial, mata kuliah AK3102 yang di e-learning masih bernama "Akuntansi Biaya II" sekarang di kurikulum tercatat sebagai "Akuntansi Biaya Lanjutan". Mohon bantuannya agar tampilan di e-learning mengikuti kurikulum.

Demikian kami sampaikan, atas perhatian dan kerja samanya kami ucapkan terima kasih.

Salam,
Meiliana
Admin Prodi Akuntansi Manajerial
Ext. 1207
""",
  fields=CD("AK3102", "Akuntansi Biaya II", {"fullname": "Akuntansi Biaya Lanjutan"}),
  note="new name in quotes after 'tercatat sebagai'; HTML-only Outlook", enc="b64")

M("gmail", "alt", "lecturer-sks-uiux", "id", "course_data",
  ("Ratna Dewi Anggraini", "ratnadewi@polibatam.ac.id"),
  "Desain Antarmuka TRM2201", (2026, 10, 12, 9, 3),
  """Assalamualaikum,

Mohon maaf mengganggu. Mata kuliah Desain Antarmuka (TRM2201) di kurikulum baru sudah 3 SKS, tidak lagi 2 SKS seperti yang tertera di e-learning. Karena bobotnya naik, pertemuan praktikum juga bertambah.

Wassalam,
Ratna Dewi Anggraini, S.Ds., M.Ds.
Prodi Teknologi Rekayasa Multimedia
""",
  fields=CD("TRM2201", "Desain Antarmuka", {"credits": "3"}),
  note="credits told as 'sudah 3 SKS, tidak lagi 2 SKS'; both values named")

M("thunderbird", "plain", "lecturer-tile-jarkom", "en", "course_data",
  ("Kevin Hartono", "kevin.h@polibatam.ac.id"),
  "dashboard tile for IF2207", (2026, 10, 12, 16, 41),
  """Hi,

Small thing: on the students' dashboard my networking course still appears as IF2207-OLD, left over from the copy we made last year. All the other second-year courses read like JARKOM-IF2, so could mine just read JARKOM-IF2 as well? The long title is fine as it is.

Cheers,
Kevin Hartono, M.Sc.
Computer Networks Lab (GU 806)
""",
  fields=CD("IF2207", None, {"shortname": "JARKOM-IF2"}),
  note="shortname implied by 'appears as ... could mine just read <X>'; long title explicitly kept", enc="7bit")

M("roundcube", "b64", "senior-mekatronika-two", "id", "course_data",
  ("Bambang Sutrisno", "bambang.s@polibatam.ac.id"),
  "Sistem Kendali kelas malam", (2026, 10, 13, 19, 12),
  """Dengan hormat,

Untuk mata kuliah Sistem Kendali (MK3105) di e-learning, mohon diperhatikan dua hal berikut.

Pertama, dosen yang tertera masih almarhum Bapak Sudirman. Semester ini yang mengajar adalah saya, Ir. Bambang Sutrisno, M.T.
Kedua, course tersebut dipakai oleh kelas karyawan, jadi kelasnya MK 3 Malam, bukan MK 3 Pagi.

Terima kasih atas perhatiannya.

Ir. Bambang Sutrisno, M.T.
Teknik Mekatronika
""",
  fields=CD("MK3105", "Sistem Kendali", {"lecturer": "Ir. Bambang Sutrisno, M.T.", "class": "MK 3 Malam"}),
  note="two changes as numbered prose points; old values also named", enc="b64")

M("iphone", "qp", "student-nama-dosen-unknown", "mixed", "course_data",
  ("Rafi Maulana", "rafimaulana22@yahoo.com"),
  "nama dosen salah", (2026, 10, 14, 22, 5),
  """Halo admin,

di e-learning MK Statistika (IF1204) nama dosennya masih yg lama, padahal sejak minggu ke-3 udah ganti dosen. Sorry aku ga tau nama lengkap + gelar beliau, nanti biar ketua kelas yg kirim ya. Tolong diupdate aja if possible

Thanks
Rafi, IF 1A
""",
  fields=CD("IF1204", "Statistika", {}, missing="lecturer"),
  note="lecturer change asked but the new lecturer is not given; changes left empty")

M("gmail", "reply", "lecturer-deskripsi-ulang", "id", "course_data",
  ("Wahyu Setiawan", "wahyu.setiawan@polibatam.ac.id"),
  "Re: [P4M #2291] Course Manajemen Proyek TI", (2026, 10, 15, 10, 27),
  """Baik, terima kasih balasannya.

Satu lagi untuk course TRPL3106 itu, deskripsinya mohon ditulis ulang menjadi:
Mata kuliah ini membekali mahasiswa dengan kemampuan merencanakan, menjadwalkan, dan mengendalikan proyek perangkat lunak secara terukur. Mahasiswa berlatih menyusun rencana proyek, mengelola risiko, dan melaporkan kemajuan tim melalui studi kasus industri di Batam.

Salam,
Wahyu

Pada Rab, 14 Okt 2026 pukul 15.02 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
> Yth. Bapak Wahyu Setiawan,
>
> Permintaan Anda untuk mata kuliah TRPL3106 Manajemen Proyek TI sudah kami terima.
> Tim P4M akan menindaklanjuti dalam 1x24 jam kerja.
>
> Salam,
> Helpdesk P4M
""",
  fields=CD("TRPL3106", "Manajemen Proyek TI",
            {"summary": "Mata kuliah ini membekali mahasiswa dengan kemampuan merencanakan, menjadwalkan, dan mengendalikan proyek perangkat lunak secara terukur. Mahasiswa berlatih menyusun rencana proyek, mengelola risiko, dan melaporkan kemajuan tim melalui studi kasus industri di Batam."}),
  note="summary on its own line after 'ditulis ulang menjadi:'; code repeated in the new text, name in the subject and the quoted acknowledgement",
  reply_to_id="ack-2291")

M("outlook", "alt", "partner-nl-takeover", "en", "course_data",
  ("Marieke van den Berg", "m.vandenberg@hz-partner.nl"),
  "Supply Chain Analytics (LPI3104) – teaching this term", (2026, 10, 15, 9, 40),
  """Dear colleagues,

As agreed with the head of the Logistics programme, Jan de Vries has moved to our graduate school and I am taking over Supply Chain Analytics (LPI3104) for the rest of this semester. The course page on your Moodle still shows Jan.

Please put me in his place as I will be the one running the online sessions: Dr. ir. Marieke van den Berg.

Kind regards,
Marieke van den Berg
Senior Lecturer Logistics Engineering
HZ University of Applied Sciences, Vlissingen
""",
  fields=CD("LPI3104", "Supply Chain Analytics", {"lecturer": "Dr. ir. Marieke van den Berg"}),
  note="lecturer after a colon at end of sentence; partner in CEST (+0200)", tz=2)

M("gmail", "fwd", "kajur-fwd-kaw", "id", "course_data",
  ("Hendri Saputra", "hendri.saputra@polibatam.ac.id"),
  "Fwd: usulan nama MK semester ini", (2026, 10, 16, 8, 2),
  """Tolong dibantu ya, sudah saya setujui.

---------- Forwarded message ---------
Dari: Anisa Rahmawati <anisa.rahmawati@polibatam.ac.id>
Date: Kam, 15 Okt 2026 pukul 16.48
Subject: usulan nama MK semester ini
To: Hendri Saputra <hendri.saputra@polibatam.ac.id>

Pak Hendri,

Sesuai rapat prodi kemarin, MK RKS2108 yang dulu kita sebut Pemrograman Web Aman sekarang menjadi Keamanan Aplikasi Web. Singkatannya di e-learning sekalian dibuat KAW-RKS2 supaya seragam dengan MK lain.

Terima kasih Pak.

Anisa Rahmawati, S.Kom., M.Kom.
Koordinator MK Keamanan
""",
  fields=CD("RKS2108", "Pemrograman Web Aman", {"fullname": "Keamanan Aplikasi Web", "shortname": "KAW-RKS2"}),
  note="head of department forwards with one line on top; two changes inside the forwarded mail")

M("android", "alt", "student-kelas-if1", "id", "course_data",
  ("Dimas Aditya", "dimasaditya.if@gmail.com"),
  "MK Algoritma", (2026, 10, 19, 6, 55),
  """Permisi kak, mau lapor. Course Algoritma dan Pemrograman (IF1101) punya kami di e-learning kelasnya ke tulis IF 1 Malam B. Kami kelas reguler kak, IF 1 Pagi B. Makasih kak

Dimas (ketua kelas)
""",
  fields=CD("IF1101", "Algoritma dan Pemrograman", {"class": "IF 1 Pagi B"}),
  note="class told as a bare statement 'Kami kelas reguler kak, <X>'; old class also named; phone Gmail app")

M("outlook", "alt", "laboran-key-elka", "mixed", "course_data",
  ("Sri Wahyuni", "sriwahyuni.lab@polibatam.ac.id"),
  "Praktikum Elektronika Dasar – enrolment", (2026, 10, 19, 11, 16),
  """Selamat siang tim P4M,

Saya laboran di Lab Elektronika. Untuk course Praktikum Elektronika Dasar (EL1103), students from the exchange programme will join next week. Dosen pengampu minta supaya mereka bisa self-enrol dengan kode yang sama seperti tahun lalu (praktikum-elka-26) biar tidak perlu didaftarkan manual satu per satu.

Terima kasih,
Sri Wahyuni, A.Md.
Laboran Elektronika, TA 2.3
""",
  fields=CD("EL1103", "Praktikum Elektronika Dasar", {"enrolment_key": "praktikum-elka-26"}),
  note="enrolment key in brackets, no field word beyond 'kode'; lab assistant")

M("yahoo", "b64", "senior-pemasaran", "id", "course_data",
  ("Syamsul Bahri", "syamsulbahri1962@yahoo.co.id"),
  "MANAJEMEN PEMASARAN ABT 2", (2026, 10, 20, 7, 31),
  """Assalamu'alaikum wr. wb.

Kepada Yth. Pengelola E-Learning Polibatam

Bersama ini saya beritahukan bahwa mata kuliah Manajemen Pemasaran kode ABT2104 semester ini saya yang memegang. Nama saya lengkapnya Drs. H. Syamsul Bahri, M.M. Di layar e-learning masih ditulis nama dosen tahun kemarin.

Mohon maaf kalau caranya kurang tepat, saya kurang paham komputer.

Wassalamu'alaikum wr. wb.
Syamsul Bahri
Dosen Administrasi Bisnis Terapan
Telp. 0778-469856 ext 2101
""",
  fields=CD("ABT2104", "Manajemen Pemasaran", {"lecturer": "Drs. H. Syamsul Bahri, M.M."}),
  note="older lecturer; full name given in a separate sentence 'Nama saya lengkapnya <X>'; Yahoo base64")

M("gmail", "alt", "partner-sg-credits", "en", "course_data",
  ("Nur Aisyah Binte Rahman", "aisyah_rahman@nyp-partner.edu.sg"),
  "Mechatronics Project module", (2026, 10, 20, 15, 9),
  """Hello,

For the Mechatronics Project module we co-run with you (MK3210), the contact hours were extended after the last review. It now carries 4 credits from this intake onwards, instead of the 3 students see on the course page.

Regards,
Nur Aisyah Binte Rahman
Academic Partnerships Office
""",
  fields=CD("MK3210", "Mechatronics Project", {"credits": "4"}),
  note="credits as 'It now carries 4 credits'; old value also named; +0800", tz=8)

M("thunderbird", "8bit", "lecturer-semester-mikro", "id", "course_data",
  ("Eko Prasetyo", "eko.prasetyo@polibatam.ac.id"),
  "Mikrokontroler salah semester", (2026, 10, 21, 10, 0),
  """Selamat pagi,

Mata kuliah Mikrokontroler (EL2306) di e-learning muncul di daftar semester 3. Menurut kurikulum 2026 mata kuliah itu diambil mahasiswa di semester 5, jadi mahasiswa semester 3 sekarang bingung kenapa ada course itu di dashboard mereka.

Terima kasih,
Eko Prasetyo, S.T., M.T.
""",
  fields=CD("EL2306", "Mikrokontroler", {"semester": "5"}),
  note="semester told as 'diambil mahasiswa di semester 5'; old semester 3 also named", enc="8bit")

M("iphone", "qp", "young-lecturer-bing", "id", "course_data",
  ("Rahmi Aulia", "rahmi.aulia@polibatam.ac.id"),
  "Bahasa Inggris Teknik AK 1B", (2026, 10, 22, 12, 44),
  """Siang kak P4M,

yg ngajar Bahasa Inggris Teknik (UM1102) kelas AK 1B skrg aku ya kak, Rahmi Aulia, S.Pd., M.Pd. Tolong diganti ya namanya di e-learning, makasih 🙏

Dikirim dari iPhone saya
""",
  fields=CD("UM1102", "Bahasa Inggris Teknik", {"lecturer": "Rahmi Aulia, S.Pd., M.Pd."}),
  note="casual phone mail; lecturer after 'skrg aku ya kak,'")

M("gmail", "alt", "lecturer-mobile-two", "mixed", "course_data",
  ("Fajar Nugroho", "fajar.nugroho@polibatam.ac.id"),
  "TRPL2304 update", (2026, 10, 22, 20, 15),
  """Halo tim P4M,

Nama MK di e-learning masih Pemrograman Mobile, please ubah jadi Pengembangan Aplikasi Bergerak sesuai kurikulum baru. Dosennya juga now it's me, Fajar Nugroho, S.T., M.Eng., bukan Pak Ilham lagi.

Course code tetap TRPL2304.

Thanks,
Fajar
""",
  fields=CD("TRPL2304", "Pemrograman Mobile", {"fullname": "Pengembangan Aplikasi Bergerak", "lecturer": "Fajar Nugroho, S.T., M.Eng."}),
  note="two changes in code-switched prose; code stated as unchanged")

M("outlook", "alt", "admin-trm-class-key", "id", "course_data",
  ("Admin Prodi TRM", "admin.trm@polibatam.ac.id"),
  "Course Desain Pengalaman Pengguna", (2026, 10, 23, 9, 22),
  """Selamat pagi,

Course Desain Pengalaman Pengguna (TRM2203) yang baru dibuat minggu lalu ternyata dipakai kelas TRM 2A, bukan TRM 2B seperti yang kami tulis di formulir. Mohon maaf atas kekeliruannya.

Dosen pengampu juga minta agar mahasiswa masuk dengan kode TRM2A-UIUX.

Terima kasih,
Novi
Admin Prodi Teknologi Rekayasa Multimedia
""",
  fields=CD("TRM2203", "Desain Pengalaman Pengguna", {"class": "TRM 2A", "enrolment_key": "TRM2A-UIUX"}),
  note="two changes: class correcting an earlier form, enrolment key as 'masuk dengan kode <X>'")

M("outlook", "htmlonly", "partner-port-title", "en", "course_data",
  ("Jonathan Lim", "jonathan.lim@psa-academy-partner.com"),
  "Course name on learning.polibatam.ac.id", (2026, 10, 26, 14, 3),
  """Good afternoon,

Our company trainees are enrolled in LPI2203 Port Management on your e-learning site. Following the revision of our industry certification, the course they complete with you is now called Logistics and Port Operations, and our HR system will only accept certificates carrying that name.

Many thanks for your help,
Jonathan Lim
Training & Development, PSA Academy
""",
  fields=CD("LPI2203", "Port Management", {"fullname": "Logistics and Port Operations"}),
  note="partner staff; new name as 'is now called <X>'; HTML-only", tz=8, enc="qp")

M("gmail", "alt", "lecturer-ringkasan-iot", "id", "course_data",
  ("Maya Sari", "mayasari@polibatam.ac.id"),
  "Jaringan Sensor Nirkabel", (2026, 10, 26, 19, 50),
  """Malam,

Teks pengantar di halaman depan course Jaringan Sensor Nirkabel (EL3208) masih teks contoh dari template. Bisa tolong diganti dengan ini:

"Mata kuliah ini membahas perancangan jaringan sensor nirkabel hemat daya untuk pemantauan lingkungan dan industri. Mahasiswa merakit node sensor, mengirim data melalui LoRa, dan menampilkannya pada dasbor berbasis web."

Terima kasih banyak.

Maya Sari, S.T., M.Sc.
""",
  fields=CD("EL3208", "Jaringan Sensor Nirkabel",
            {"summary": "Mata kuliah ini membahas perancangan jaringan sensor nirkabel hemat daya untuk pemantauan lingkungan dan industri. Mahasiswa merakit node sensor, mengirim data melalui LoRa, dan menampilkannya pada dasbor berbasis web."}),
  note="summary in quotes on its own line, called 'teks pengantar di halaman depan'")

M("android", "alt", "student-kelas-later", "id", "course_data",
  ("Salsabila Putri", "salsabilaputri.07@gmail.com"),
  "kelas salah", (2026, 10, 27, 13, 8),
  """Siang kak, kelas kami di course Fisika Terapan (MS1103) ketulis salah kak. Nanti ketua kelas kirim kelas yang benernya ya kak, aku cuma mau ngabarin dulu. Makasih kak

Salsa
""",
  fields=CD("MS1103", "Fisika Terapan", {}, missing="class"),
  note="class change announced but the new class is not given; changes left empty")

M("thunderbird", "8bit", "laboran-shortname-mikro", "mixed", "course_data",
  ("Agung Firmansyah", "agung.lab@polibatam.ac.id"),
  "praktikum mikro di dashboard", (2026, 10, 27, 15, 37),
  """Sore min,

Course praktikum Mikrokontroler kita (EL2307) di dashboard mahasiswa muncul sebagai "EL2307-Copy1", kelihatan banget itu hasil duplicate. Could you make it show PRAK-MIKRO instead? Judul panjangnya biarin aja.

Thx,
Agung – asisten Lab Embedded, TA 3.1
""",
  fields=CD("EL2307", None, {"shortname": "PRAK-MIKRO"}),
  note="shortname implied by 'di dashboard muncul sebagai'; lab assistant; mixed", enc="8bit")

M("gmail", "qp", "lecturer-ganti-dosen-kalkulus", "id", "course_data",
  ("Nurul Fadhilah", "nurul.fadhilah@polibatam.ac.id"),
  "Kalkulus kelas ME 1A", (2026, 10, 28, 8, 21),
  """Selamat pagi tim P4M,

Pada course Kalkulus (ME1101) kelas ME 1A tercantum Pak Taufik Hidayat, S.Si., M.Si. sebagai dosen. Sejak pertemuan kedua kelas itu dialihkan kepada saya karena Pak Taufik memegang kelas ME 1B dan ME 1C. Nama yang seharusnya tampil: Nurul Fadhilah, S.T., M.T.

Terima kasih.

Salam,
Nurul Fadhilah
Jurusan Teknik Mesin, ruang TA 1.12
""",
  fields=CD("ME1101", "Kalkulus", {"lecturer": "Nurul Fadhilah, S.T., M.T."}),
  note="old and new lecturer both with degrees; new after a colon at end; other classes named in passing")

M("gmail", "alt", "lecturer-en-key-robot", "en", "course_data",
  ("Ilham Pradana", "ilham.pradana@polibatam.ac.id"),
  "self enrolment Robotics", (2026, 10, 28, 21, 2),
  """Hi P4M,

I've told my Robotics class (RB2105) that they can join the course themselves with Robotics#2026 tonight, but it seems the site doesn't know that yet. Sorry for the short notice!

Best,
Ilham Pradana, S.T., M.Eng.
""",
  fields=CD("RB2105", "Robotics", {"enrolment_key": "Robotics#2026"}),
  note="enrolment key told indirectly ('can join ... with <X>'); young lecturer writing English")

M("outlook", "alt", "kaprodi-statistika-two", "id", "course_data",
  ("Ahmad Fauzi", "ahmad.fauzi@polibatam.ac.id"),
  "Mata kuliah Statistika Industri", (2026, 10, 29, 10, 45),
  """Yth. Tim P4M,

Berdasarkan hasil peninjauan kurikulum Program Studi Teknik Mesin tahun 2026, mata kuliah Statistika Industri (MS2104) kini bernama Statistika dan Probabilitas Industri dengan bobot 2 SKS (sebelumnya 3 SKS). Mohon e-learning disesuaikan sebelum UTS.

Terima kasih atas kerja samanya.

Salam,
Dr. Ahmad Fauzi, S.T., M.T.
Ketua Program Studi Teknik Mesin
""",
  fields=CD("MS2104", "Statistika Industri", {"fullname": "Statistika dan Probabilitas Industri", "credits": "2"}),
  note="head of programme; new name after 'kini bernama' and credits as 'bobot 2 SKS (sebelumnya 3 SKS)'")

M("iphone", "qp", "lecturer-andi-short", "id", "course_data",
  ("Andi Wijaya", "andiwijaya@polibatam.ac.id"),
  "Struktur Data", (2026, 10, 30, 6, 37),
  """Pagi, course Struktur Data IF 2B (IF2104) masih kosong nama dosennya. Saya yang masuk kelas itu: Andi Wijaya, M.Kom. Trims 👍

Dikirim dari iPhone saya
""",
  fields=CD("IF2104", "Struktur Data", {"lecturer": "Andi Wijaya, M.Kom."}),
  note="lecturer was empty; new value after colon, only the new value")

M("gmail", "alt", "lecturer-cv-title", "mixed", "course_data",
  ("Benny Siregar", "benny.siregar@polibatam.ac.id"),
  "Nama MK Pengolahan Citra Digital", (2026, 11, 2, 9, 30),
  """Pagi tim,

Course IF3205 yang sekarang masih bernama Pengolahan Citra Digital, isinya sudah full deep learning sejak tahun lalu. Per semester ini di kurikulum judulnya "Computer Vision" — mohon di e-learning juga sama, supaya mahasiswa exchange dari Korea tidak bingung mencari.

Thanks and regards,
Benny Siregar, Ph.D.
""",
  fields=CD("IF3205", "Pengolahan Citra Digital", {"fullname": "Computer Vision"}),
  note="new name in quotes mid-sentence after 'judulnya'; English value in Indonesian prose")

M("roundcube", "qp", "admin-akuntansi-malam", "id", "course_data",
  ("Admin Akuntansi", "admin.akuntansi@polibatam.ac.id"),
  "Perpajakan - kelas", (2026, 11, 2, 13, 55),
  """Siang,

Course Perpajakan I (AK2203) yang kemarin diminta Ibu Siska untuk kelas AK 2 Pagi ternyata dipakai mahasiswa kelas karyawan. Yang benar AK 2 Malam. Kelas pagi sudah punya course sendiri.

Terima kasih,
Hesti - Admin Jurusan Akuntansi
""",
  fields=CD("AK2203", "Perpajakan I", {"class": "AK 2 Malam"}),
  note="class told as 'Yang benar <X>.'; admin; old class also named")

M("thunderbird", "plain", "partner-semester-odd", "en", "course_data",
  ("Daniel Koh", "daniel.koh@rp-partner.edu.sg"),
  "Intercultural Communication timing", (2026, 11, 3, 11, 18),
  """Dear P4M,

Our students' course list shows Intercultural Communication (ABT2302) under the even semester. The joint class actually runs in Ganjil 2026/2027, i.e. now, which is why our students cannot find it among their current courses.

Thanks,
Daniel Koh
International Relations Office
""",
  fields=CD("ABT2302", "Intercultural Communication", {"semester": "Ganjil 2026/2027"}),
  note="semester told as 'actually runs in <X>'; partner, +0800", tz=8, enc="7bit")

M("gmail", "alt", "lecturer-audit-two", "id", "course_data",
  ("Siti Marlina", "sitimarlina@polibatam.ac.id"),
  "Auditing AK 3A", (2026, 11, 3, 16, 26),
  """Sore Bapak/Ibu,

Mohon bantuan untuk course Auditing (AK3201) kelas AK 3A. Sejak Ibu Yanti cuti melahirkan, kelas ini saya lanjutkan, jadi nama yang tampil sebaiknya Siti Marlina, S.E., M.Ak. Mahasiswa juga perlu masuk ulang; saya sudah mengumumkan kodenya AUDIT-AK3.

Terima kasih.
Siti Marlina
HP 0813-6422-9071
""",
  fields=CD("AK3201", "Auditing", {"lecturer": "Siti Marlina, S.E., M.Ak.", "enrolment_key": "AUDIT-AK3"}),
  note="two changes: lecturer as 'nama yang tampil sebaiknya <X>', key at end of sentence; phone in signature")

M("android", "alt", "student-dosen-web", "mixed", "course_data",
  ("Kevin Tanjaya", "kevintanjaya02@gmail.com"),
  "dosen pemrograman web", (2026, 11, 4, 20, 11),
  """Halo min, sorry ganggu malem2

Di course Pemrograman Web (IF2202) kelas IF 2D, dosennya masih ditulis Bu Melati padahal yang masuk dari awal semester Pak Hendra Kurniawan, S.Kom., M.T. Beliau sendiri yang suruh aku email ke sini karena lagi sibuk. Thank you!

Kevin - IF 2D
""",
  fields=CD("IF2202", "Pemrograman Web", {"lecturer": "Hendra Kurniawan, S.Kom., M.T."}),
  note="student reports on the lecturer's behalf; value after 'Pak' at end of clause")

M("outlook", "htmlonly", "bagian-akademik-lecturer", "id", "course_data",
  ("Bagian Akademik Polibatam", "akademik@polibatam.ac.id"),
  "Perubahan dosen pengampu Termodinamika", (2026, 11, 5, 8, 50),
  """Kepada Yth.
Koordinator Helpdesk P4M
di tempat

Dengan hormat,

Menindaklanjuti Surat Keputusan Direktur tentang penugasan dosen semester ganjil 2026/2027, mata kuliah Termodinamika (ME2103) untuk seluruh kelas ME 2 diampu oleh Dr. Eng. Ahmad Riyadi, S.T., M.Eng. menggantikan dosen sebelumnya yang sedang menjalani studi lanjut.

Atas perhatian Bapak/Ibu kami ucapkan terima kasih.

Hormat kami,
Bagian Akademik
Politeknik Negeri Batam
""",
  fields=CD("ME2103", "Termodinamika", {"lecturer": "Dr. Eng. Ahmad Riyadi, S.T., M.Eng."}),
  note="formal letter style from the academic office; lecturer after 'diampu oleh'; HTML-only", enc="qp")

M("gmail", "reply", "lecturer-rename-later", "en", "course_data",
  ("Grace Simanjuntak", "grace.s@polibatam.ac.id"),
  "Re: [P4M #2318] Software Testing course", (2026, 11, 5, 13, 12),
  """Thanks for the quick reply.

Yes, TRPL3202 needs a new title too, but the curriculum meeting on Friday will decide the final wording. I'll send it to you right after, so please don't change anything yet except what I asked for below.

Grace

On Wed, Nov 4, 2026 at 4:40 PM Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> Dear Ms Grace Simanjuntak,
>
> We have received your request about TRPL3202 Software Testing.
> Could you tell us whether the course title should change as well?
>
> Regards,
> Helpdesk P4M
""",
  fields=CD("TRPL3202", "Software Testing", {}, missing="fullname"),
  note="rename confirmed but the new title is not given yet; changes left empty",
  reply_to_id="ack-2318")

M("thunderbird", "8bit", "lecturer-etika-ampersand", "id", "course_data",
  ("Teguh Santoso", "teguh.santoso@polibatam.ac.id"),
  "Etika Profesi RKS", (2026, 11, 6, 9, 9),
  """Selamat pagi,

Course RKS1202 Etika Profesi di e-learning seharusnya memakai nama lengkap dari kurikulum, yaitu Etika Profesi & Hukum Siber, karena separuh materinya tentang UU ITE dan perlindungan data pribadi.

Salam,
Teguh Santoso, S.H., M.H.
Dosen luar biasa, Prodi Rekayasa Keamanan Siber
""",
  fields=CD("RKS1202", "Etika Profesi", {"fullname": "Etika Profesi & Hukum Siber"}),
  note="new name with an ampersand after 'yaitu'; escaped in any HTML", enc="8bit")

M("gmail", "alt", "lecturer-shortname-alpro", "id", "course_data",
  ("Dewi Anggraeni", "dewi.anggraeni@polibatam.ac.id"),
  "course Algoritma IF 1A", (2026, 11, 6, 14, 33),
  """Siang,

Di menu "My courses" mahasiswa, course Algoritma dan Pemrograman kelas IF 1A (IF1101) terbaca sebagai IF1101-2025-GANJIL. Mahasiswa sering salah klik ke course tahun lalu. Biar jelas, cukup ALPRO-1A saja.

Terima kasih,
Dewi Anggraeni, M.T.
""",
  fields=CD("IF1101", "Algoritma dan Pemrograman", {"shortname": "ALPRO-1A"}),
  note="shortname implied by 'terbaca sebagai' and 'cukup <X> saja'")

M("outlook", "alt", "lecturer-summary-english", "mixed", "course_data",
  ("Lina Marpaung", "lina.marpaung@polibatam.ac.id"),
  "Course Business English", (2026, 11, 9, 10, 4),
  """Selamat pagi tim P4M,

Untuk course Business English (ABT1205), mahasiswa internasional kami perlu keterangan singkat dalam bahasa Inggris di halaman depan. Tolong pakai teks berikut:

This course develops the written and spoken English that students need in international business settings. Students practise meetings, presentations, e-mails and negotiations through role plays based on companies in the Batam free trade zone.

Terima kasih,
Lina Marpaung, S.S., M.Hum.
""",
  fields=CD("ABT1205", "Business English",
            {"summary": "This course develops the written and spoken English that students need in international business settings. Students practise meetings, presentations, e-mails and negotiations through role plays based on companies in the Batam free trade zone."}),
  note="English summary on its own line after 'Tolong pakai teks berikut:' in an Indonesian mail")

M("iphone", "qp", "lecturer-title-kwu", "id", "course_data",
  ("Rudi Hartawan", "rudihartawan@polibatam.ac.id"),
  "Kewirausahaan", (2026, 11, 9, 17, 20),
  """Sore. Course Kewirausahaan (UM2101) punya kelas ABT 2A, di kurikulum baru judulnya Kewirausahaan Digital. Di e-learning belum berubah. Makasih

Rudi H.
Dikirim dari iPhone saya
""",
  fields=CD("UM2101", "Kewirausahaan", {"fullname": "Kewirausahaan Digital"}),
  note="short phone mail; new name at end of clause after 'judulnya'")

M("outlook", "alt", "partner-embedded-two", "en", "course_data",
  ("Stefan Keller", "stefan.keller@fh-partner.de"),
  "EM3104 in the joint programme", (2026, 11, 10, 9, 15),
  """Dear colleagues at P4M,

Following our joint board meeting, the module EM3104 "Embedded Programming" will appear on our students' records as Embedded Systems Design, so the title on learning.polibatam.ac.id should say the same. For the short label we would suggest ESD-EM3, matching our own LMS.

With best regards,
Prof. Dr.-Ing. Stefan Keller
Faculty of Electrical Engineering
""",
  fields=CD("EM3104", "Embedded Programming", {"fullname": "Embedded Systems Design", "shortname": "ESD-EM3"}),
  note="two changes from a partner; short label suggested; CET (+0100)", tz=1)

M("gmail", "fwd", "kajur-fwd-lecturer-kimia", "id", "course_data",
  ("Wenny Lestari", "wenny.lestari@polibatam.ac.id"),
  "Fwd: Kimia Dasar", (2026, 11, 11, 7, 45),
  """Mohon ditindaklanjuti, terima kasih.

---------- Forwarded message ---------
Dari: Dewi Kartika Sari <dewikartika@polibatam.ac.id>
Date: Sel, 10 Nov 2026 pukul 21.30
Subject: Kimia Dasar
To: Wenny Lestari <wenny.lestari@polibatam.ac.id>

Bu Wenny, saya baru tahu ternyata di e-learning Kimia Dasar (MS1105) masih nama Pak Robert. Padahal sesuai SK saya yang mengajar semester ini. Nama dan gelar saya Dewi Kartika Sari, S.Si., M.Sc. Boleh minta tolong diteruskan ke P4M Bu?

Terima kasih.
Dewi
""",
  fields=CD("MS1105", "Kimia Dasar", {"lecturer": "Dewi Kartika Sari, S.Si., M.Sc."}),
  note="head of department forwards with one line; lecturer given as 'Nama dan gelar saya <X>' inside the forward")

M("android", "alt", "student-kelas-malam", "id", "course_data",
  ("Yogi Saputra", "yogisaputra99@gmail.com"),
  "Course Sistem Operasi", (2026, 11, 11, 22, 18),
  """Malam min. Course Sistem Operasi (IF2105) kami kok kelasnya IF 3 Pagi A ya? Kami kan IF 3 Malam A min, yg karyawan. Mohon dibantu

Yogi
""",
  fields=CD("IF2105", "Sistem Operasi", {"class": "IF 3 Malam A"}),
  note="class told as 'Kami kan <X>'; question form; old class also named")

M("gmail", "alt", "lecturer-trpl-two", "mixed", "course_data",
  ("Rizky Ramadhan", "rizky.ramadhan@polibatam.ac.id"),
  "Course Pengujian Perangkat Lunak", (2026, 11, 12, 11, 7),
  """Hai tim P4M,

Quick one: course Pengujian Perangkat Lunak (TRPL4103) itu sebenarnya untuk TRPL 4A, bukan 4B. And the lecturer should be me, Rizky Ramadhan, S.Tr.Kom. — saya dosen baru, jadi mungkin nama saya belum ada di sistem.

Makasih!
Rizky
Ruang dosen TRPL, GU 7.08
""",
  fields=CD("TRPL4103", "Pengujian Perangkat Lunak", {"class": "TRPL 4A", "lecturer": "Rizky Ramadhan, S.Tr.Kom."}),
  note="two changes in code-switched prose; old class given only as '4B'; room in signature")

M("yahoo", "b64", "lecturer-senior-title", "id", "course_data",
  ("Darmawan Siregar", "darmawan_srg@yahoo.com"),
  "Nama Mata Kuliah", (2026, 11, 13, 8, 5),
  """Yth. Admin E-Learning,

Saya Darmawan, dosen Teknik Elektro. Sejak kurikulum baru berlaku, mata kuliah saya Instalasi Listrik (EL2204) sudah diganti menjadi Instalasi Listrik Industri, tetapi di e-learning namanya masih yang lama.

Demikian, terima kasih.

Ir. Darmawan Siregar, M.T.
NIP 196511031993031002
""",
  fields=CD("EL2204", "Instalasi Listrik", {"fullname": "Instalasi Listrik Industri"}),
  note="older lecturer on Yahoo; new name after 'sudah diganti menjadi'; NIP in signature", enc="b64")

M("roundcube", "qp", "admin-kendali-title", "id", "course_data",
  ("Admin Prodi Mekatronika", "admin.mka@polibatam.ac.id"),
  "Praktikum MK3106", (2026, 11, 16, 10, 38),
  """Selamat pagi P4M,

Course praktikum yang dibuat untuk MK3106 waktu itu namanya diambil dari nama mata kuliah teorinya, Sistem Kendali. Agar tidak tertukar dengan course teori, mohon dinamai Praktikum Sistem Kendali.

Terima kasih,
Fitri
Admin Prodi Teknik Mekatronika
""",
  fields=CD("MK3106", "Sistem Kendali", {"fullname": "Praktikum Sistem Kendali"}),
  note="new name after 'mohon dinamai'; the theory course named in passing")

# ---------------------------------------------------------------------------------------------------------------
# near-misses (14): names and values appear, no change is asked
# ---------------------------------------------------------------------------------------------------------------

M("gmail", "alt", "admin-dosen-berhalangan", "id", "other",
  ("Admin Prodi Teknik Informatika", "admin.if@polibatam.ac.id"),
  "Info perkuliahan Basis Data IF 2C hari ini", (2026, 10, 7, 7, 12),
  """Selamat pagi,

Kami informasikan bahwa Bapak Yudha Pratama, S.Kom., M.Cs. berhalangan hadir hari ini karena sakit. Perkuliahan Basis Data (IF2103) kelas IF 2C pukul 08.00 di GU 702 ditiadakan dan akan diganti pada minggu depan.

Terima kasih,
Admin Prodi Teknik Informatika
""",
  fields=C("IF2103", "Basis Data"),
  note="near-miss: lecturer absent today, name and class named, nothing to change")

M("iphone", "qp", "lecturer-thanks-done", "id", "other",
  ("Nurul Fadhilah", "nurul.fadhilah@polibatam.ac.id"),
  "Re: [P4M #2347] Kalkulus kelas ME 1A", (2026, 10, 29, 12, 3),
  """Terima kasih banyak, sudah saya cek dan nama saya Nurul Fadhilah, S.T., M.T. sudah muncul di course Kalkulus ME 1A. Tiket boleh ditutup.

Dikirim dari iPhone saya
""",
  fields=C(None, "Kalkulus"),
  note="near-miss: thanks after the change was done; the new value is quoted back",
  reply_to_id="ack-2347")

M("outlook", "alt", "partner-rename-maybe", "en", "other",
  ("Marieke van den Berg", "m.vandenberg@hz-partner.nl"),
  "Thinking ahead: Supply Chain Analytics", (2026, 11, 4, 15, 55),
  """Dear colleagues,

Just a heads-up, nothing to do for now: for the 2027/2028 intake we might rename Supply Chain Analytics to something like Data-Driven Logistics, but this still has to pass both exam boards and may not happen at all. I will write again if and when it is decided.

Kind regards,
Marieke van den Berg
HZ University of Applied Sciences
""",
  fields=C(None, "Supply Chain Analytics"),
  note="near-miss: a possible rename next year, explicitly nothing to do now; CET (+0100)", tz=1)

M("gmail", "alt", "lecturer-profile-name-howto", "id", "elearning_support",
  ("Muhammad Iqbal Hakim", "iqbal.hakim@polibatam.ac.id"),
  "Cara mengganti nama di profil", (2026, 10, 14, 11, 40),
  """Selamat siang,

Nama di profil e-learning saya tertulis "Muhamad Iqbal", padahal nama saya Muhammad Iqbal Hakim, S.Kom., M.T. Bagaimana cara mengubahnya sendiri lewat menu profil? Saya coba klik "Edit profile" tapi kolom namanya tidak bisa diketik.

Terima kasih.
Iqbal
""",
  fields={},
  note="near-miss: how to change one's own profile name; no course named")

M("android", "alt", "student-who-lecturer", "mixed", "elearning_support",
  ("Aulia Rahma", "auliarahma.trpl@gmail.com"),
  "course jarkom ga muncul", (2026, 10, 16, 19, 33),
  """Halo kak, course Jaringan Komputer (IF2207) ga muncul di dashboard aku. Aku harus minta enrol ke siapa ya? Dosennya siapa sih kak semester ini, biar aku bisa chat beliau directly. Thank you kak

Aulia, IF 2A
""",
  fields=C("IF2207", "Jaringan Komputer"),
  note="near-miss: student asks who the lecturer is and cannot see the course")

M("outlook", "alt", "admin-rps-template", "id", "document_request",
  ("Admin Prodi TRPL", "admin.trpl@polibatam.ac.id"),
  "Permohonan template RPS", (2026, 10, 21, 13, 27),
  """Yth. P4M,

Kami memohon template RPS terbaru (format kurikulum 2026) untuk mata kuliah Pemrograman Berorientasi Objek (TRPL2101). Dosen pengampu, Bapak Yudha Pratama, S.Kom., M.Cs., akan menyusunnya minggu ini.

Terima kasih.
Admin Prodi TRPL
""",
  fields=C("TRPL2101", "Pemrograman Berorientasi Objek"),
  note="near-miss: document template request naming a course and its lecturer")

M("thunderbird", "8bit", "admin-cancel-rename", "id", "other",
  ("Admin Prodi Akuntansi Manajerial", "admin.akm@polibatam.ac.id"),
  "Re: [P4M #2296] Penyesuaian mata kuliah kurikulum 2026", (2026, 10, 13, 9, 30),
  """Selamat pagi,

Mohon maaf, permintaan kami sebelumnya dibatalkan saja. Setelah rapat prodi diputuskan namanya tetap Akuntansi Biaya II sampai akhir tahun akademik, jadi tidak perlu ada yang diubah di e-learning.

Terima kasih,
Meiliana
Admin Prodi Akuntansi Manajerial
""",
  fields=C(None, "Akuntansi Biaya II"),
  note="near-miss: an earlier request withdrawn; the name stays as it is", enc="8bit",
  reply_to_id="ack-2296")

M("gmail", "alt", "lecturer-key-not-working", "en", "elearning_support",
  ("Kevin Hartono", "kevin.h@polibatam.ac.id"),
  "students cannot self-enrol", (2026, 10, 23, 8, 48),
  """Hi,

Several of my TRPL 2B students say the key WEBDEV-2B that I set myself last week is rejected when they try to join Pemrograman Web Lanjut (TRPL2105). I double-checked it in the enrolment settings and it looks right. Is self-enrolment perhaps switched off at the site level?

Thanks,
Kevin
""",
  fields=C("TRPL2105", "Pemrograman Web Lanjut"),
  note="near-miss: an enrolment key and class named, but the request is a fault report")

M("gmail", "qp", "lecturer-surat-mengajar", "id", "document_request",
  ("Andi Wijaya", "andiwijaya@polibatam.ac.id"),
  "Surat keterangan mengajar", (2026, 10, 30, 14, 6),
  """Selamat siang,

Untuk keperluan pengajuan jabatan fungsional, saya memohon surat keterangan telah mengampu mata kuliah Struktur Data (IF2104) kelas IF 2B pada semester ganjil 2026/2027 atas nama Andi Wijaya, M.Kom. Format dari P4M yang biasa juga tidak apa-apa.

Terima kasih,
Andi Wijaya
""",
  fields=C("IF2104", "Struktur Data"),
  note="near-miss: a letter naming course, class and lecturer")

M("gmail", "alt", "student-ruang-dosen", "mixed", "other",
  ("Nadia Putri", "nadiaputri.ak@gmail.com"),
  "nanya ruangan dosen", (2026, 11, 2, 10, 12),
  """Halo kak, mau nanya. Bu Rahmi Aulia, S.Pd., M.Pd. yang ngajar Bahasa Inggris Teknik kelas AK 1B ruangannya di mana ya? I need to submit my paper assignment langsung ke beliau. Makasih kak

Nadia
""",
  fields=C(None, "Bahasa Inggris Teknik"),
  note="near-miss: student asks where a named lecturer's room is")

M("outlook", "htmlonly", "lecturer-cuti-info", "id", "other",
  ("Benny Siregar", "benny.siregar@polibatam.ac.id"),
  "Informasi cuti Desember", (2026, 11, 13, 16, 2),
  """Yth. Tim P4M,

Sekadar informasi, saya akan mengikuti konferensi di Busan pada 1–12 Desember 2026. Kelas Computer Vision (IF3205) selama dua minggu itu akan berjalan daring lewat e-learning dengan materi yang sudah saya unggah. Dosen pengganti belum ditentukan prodi, jadi untuk sementara tidak ada yang perlu diubah.

Salam,
Benny Siregar, Ph.D.
""",
  fields=C("IF3205", "Computer Vision"),
  note="near-miss: lecturer away next month, replacement not decided, nothing to change", enc="qp")

M("outlook", "alt", "partner-syllabus-transfer", "en", "document_request",
  ("Stefan Keller", "stefan.keller@fh-partner.de"),
  "Module description for credit transfer", (2026, 11, 16, 10, 10),
  """Dear P4M team,

For the credit transfer of our exchange students we need the official module description of Embedded Systems Design (EM3104), 4 credits, ideally as a signed PDF in English. Could you send it or tell us whom to ask?

With best regards,
Stefan Keller
""",
  fields=C("EM3104", "Embedded Systems Design"),
  note="near-miss: document request naming a course and its credits; CET (+0100)", tz=1)

M("iphone", "qp", "student-upload-fails", "id", "elearning_support",
  ("Fadli Ramadhan", "fadliramadhan03@gmail.com"),
  "ga bisa upload tugas", (2026, 11, 17, 23, 41),
  """Kak, aku di course Algoritma dan Pemrograman kelas IF 1 Pagi B ga bisa upload tugas, tombol submit nya abu2 terus. Deadline jam 12 malam ini kak 😭 tolong dibantu

Fadli NIM 3312601045

Dikirim dari iPhone saya
""",
  fields=C(None, "Algoritma dan Pemrograman"),
  note="near-miss: class named in a support question")

M("gmail", "alt", "lecturer-workshop-question", "mixed", "other",
  ("Fajar Nugroho", "fajar.nugroho@polibatam.ac.id"),
  "workshop kurikulum", (2026, 11, 18, 9, 0),
  """Halo tim P4M,

Apakah ada perwakilan P4M yang ikut workshop kurikulum hari Kamis? Kami mau bahas course Pengembangan Aplikasi Bergerak dan Computer Vision, specifically how they should look on e-learning next year. Kalau bisa hadir, it would be great.

Thanks,
Fajar
""",
  fields={},
  note="near-miss: an invitation naming courses; nothing to change now")


# ---------------------------------------------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------------------------------------------

def h(s: str) -> str:
    return html.escape(s, quote=False)


def hdr_text(s: str) -> str:
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def html_gmail(body: str) -> str:
    lines = body.rstrip("\n").split("\n")
    out, quote, in_fwd = [], [], False
    for ln in lines:
        if ln.startswith(">"):
            quote.append(ln[1:].lstrip(" "))
            continue
        if ln.startswith("---------- Forwarded message"):
            in_fwd = True
            out.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + h(ln) + "<br>")
            continue
        out.append((h(ln) if ln else "") + "<br>" if ln else "<div><br></div>")
    text = '<div dir="ltr">' + "\n".join(
        o if o.startswith("<div") else "<div>" + o[:-4] + "</div>" if o.endswith("<br>") and not o.startswith("<div") else o
        for o in out)
    if in_fwd:
        text += "</div></div>"
    text += "</div>\n"
    if quote:
        # the attribution line is the last non-quoted line
        text += ('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                 'rgb(204,204,204);padding-left:1ex">' + "<br>\n".join(h(q) for q in quote) + "</blockquote>\n")
    return text


def html_outlook(body: str) -> str:
    paras = []
    for ln in body.rstrip("\n").split("\n"):
        if ln.startswith("________________"):
            paras.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"></div>')
        elif ln:
            paras.append('<p class="MsoNormal"><span lang="IN">' + h(ln) + "</span></p>")
        else:
            paras.append('<p class="MsoNormal"><span lang="IN">&nbsp;</span></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style>\n</head>\n<body lang="EN-ID" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def html_simple(body: str, font: str) -> str:
    lines = body.rstrip("\n").split("\n")
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head><body>'
            f'<div style="{font}">' + "\n".join((h(l) if l else "") + "<br>" for l in lines) + "</div></body></html>\n")


def encode_body(text: str, enc: str) -> tuple[str, str]:
    data = text.encode("utf-8")
    if enc == "b64":
        return "base64", base64.encodebytes(data).decode("ascii")
    if enc == "qp":
        out = quopri.encodestring(data, quotetabs=False).decode("ascii")
        return "quoted-printable", out if out.endswith("\n") else out + "\n"
    if enc == "7bit":
        text.encode("ascii")
        return "7bit", text
    return "8bit", text


def part(ctype: str, text: str, enc: str, extra: str = "") -> str:
    if enc in ("7bit",):
        try:
            text.encode("ascii")
        except UnicodeEncodeError:
            enc = "qp"
    cte, payload = encode_body(text, enc)
    return f"Content-Type: {ctype}; charset=\"UTF-8\"{extra}\nContent-Transfer-Encoding: {cte}\n\n{payload}"


def token(seed: str, n: int, alphabet="0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") -> str:
    d = hashlib.sha256(seed.encode()).digest()
    num = int.from_bytes(d, "big")
    s = ""
    for _ in range(n):
        num, r = divmod(num, len(alphabet))
        s += alphabet[r]
    return s


def render(spec: dict, fname: str) -> bytes:
    client, enc, seed = spec["client"], spec["enc"], fname
    y, mo, d, hh, mi = spec["when"]
    tzinfo = timezone(timedelta(hours=spec["tz"]))
    dt = datetime(y, mo, d, hh, mi, int(token(seed + "s", 2, "0123456789")) % 60, tzinfo=tzinfo)
    name, addr = spec["sender"]
    domain = addr.split("@")[1]
    body = spec["body"]
    boundary = ("000000000000" + token(seed + "b", 16, "0123456789abcdef")) if client in ("gmail", "android") \
        else "----=_Part_" + token(seed + "b", 20, "0123456789")

    if client in ("gmail", "android"):
        mid = f"<CA{token(seed, 40)}@mail.gmail.com>"
    elif client == "outlook":
        mid = f"<{token(seed, 24, '0123456789ABCDEF')}@SG2PR06MB{token(seed + 'o', 4, '0123456789')}.apcprd06.prod.outlook.com>"
    elif client == "iphone":
        mid = f"<{token(seed, 8, '0123456789ABCDEF')}-{token(seed + '1', 4, '0123456789ABCDEF')}-{token(seed + '2', 4, '0123456789ABCDEF')}-{token(seed + '3', 12, '0123456789ABCDEF')}@{domain}>"
    elif client == "yahoo":
        mid = f"<{token(seed, 10, '0123456789')}.{token(seed + 'y', 7, '0123456789')}@mail.yahoo.com>"
    elif client == "roundcube":
        mid = f"<{token(seed, 32, '0123456789abcdef')}@polibatam.ac.id>"
    else:
        mid = f"<{token(seed, 8, '0123456789abcdef')}-{token(seed + 't', 4, '0123456789abcdef')}-{token(seed + 'u', 4, '0123456789abcdef')}@{domain}>"

    H = []
    if client == "outlook":
        H.append(f"From: {formataddr((name, addr), charset='utf-8')}")
        H.append(f"To: {HELPDESK_NAME} <{HELPDESK}>")
        H.append(f"Subject: {hdr_text(spec['subject'])}")
        H.append(f"Thread-Topic: {hdr_text(spec['subject'].split(': ', 1)[-1])}")
        H.append(f"Thread-Index: {base64.b64encode(hashlib.md5(seed.encode()).digest()[:16]).decode()}")
        H.append(f"Date: {format_datetime(dt)}")
        H.append(f"Message-ID: {mid}")
        H.append("Accept-Language: id-ID, en-US")
        H.append("Content-Language: " + ("en-US" if spec["lang"] == "en" else "id-ID"))
        H.append("X-MS-Has-Attach: ")
        H.append("X-MS-TNEF-Correlator: ")
    else:
        H.append(f"Date: {format_datetime(dt)}")
        H.append(f"From: {formataddr((name, addr), charset='utf-8')}")
        H.append(f"To: {HELPDESK}" if client in ("gmail", "android", "iphone") else f"To: {HELPDESK_NAME} <{HELPDESK}>")
        H.append(f"Subject: {hdr_text(spec['subject'])}")
        H.append(f"Message-ID: {mid}")
    if spec["reply_to_id"]:
        ref = f"<{spec['reply_to_id']}.{token(spec['reply_to_id'], 10, '0123456789abcdef')}@polibatam.ac.id>"
        H.append(f"In-Reply-To: {ref}")
        H.append(f"References: {ref}")
    if client == "thunderbird":
        H.append("User-Agent: Mozilla Thunderbird")
        H.append("Content-Language: " + ("en-US" if spec["lang"] == "en" else "id"))
    elif client == "iphone":
        H.append("X-Mailer: iPhone Mail (22B83)")
    elif client == "roundcube":
        H.append("User-Agent: Roundcube Webmail/1.6.9")
    elif client == "yahoo":
        H.append("X-Mailer: WebService/1.1.22806 YMailNorrin")
    H.append("MIME-Version: 1.0")

    quirk = spec["quirk"]
    if client in ("gmail", "android"):
        ptxt = part("text/plain", body, "qp" if enc == "qp" else ("qp" if not body.isascii() else "7bit"))
        phtml = part("text/html", html_gmail(body), "qp")
        content = (f'Content-Type: multipart/alternative; boundary="{boundary}"\n\n'
                   f"--{boundary}\n{ptxt}\n--{boundary}\n{phtml}\n--{boundary}--\n")
    elif client == "outlook":
        if quirk == "htmlonly":
            content = part("text/html", html_outlook(body), enc)
        else:
            ptxt = part("text/plain", body, "qp")
            phtml = part("text/html", html_outlook(body), "qp")
            content = (f'Content-Type: multipart/alternative;\n\tboundary="{boundary}"\n\n'
                       f"--{boundary}\n{ptxt}\n--{boundary}\n{phtml}\n--{boundary}--\n")
    elif client == "thunderbird":
        fl = "; format=flowed" if quirk == "flowed" else ""
        content = part("text/plain", body, enc, fl)
    elif client == "iphone":
        content = part("text/plain", body, "qp")
    elif client == "roundcube":
        content = part("text/plain", body, enc, "; format=flowed")
    elif client == "yahoo":
        ptxt = part("text/plain", body, enc)
        phtml = part("text/html", html_simple(body, "font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;"), enc)
        content = (f'Content-Type: multipart/alternative; \n\tboundary="{boundary}"\n\n'
                   f"--{boundary}\n{ptxt}\n--{boundary}\n{phtml}\n--{boundary}--\n")
    else:
        raise ValueError(client)
    return ("\n".join(H) + "\n" + content).encode("utf-8")


# ---------------------------------------------------------------------------------------------------------------
# checks
# ---------------------------------------------------------------------------------------------------------------

def text_parts(raw: bytes):
    msg = message_from_bytes(raw, policy=policy.default)
    defects = list(msg.defects)
    out = []
    for p in msg.walk():
        defects += list(p.defects)
        if p.get_content_maintype() == "multipart":
            continue
        ct = p.get_content_type()
        t = p.get_content()
        if ct == "text/html":
            t = html.unescape(t)
        if t.strip():
            out.append((ct, t))
    return msg, defects, out


def main() -> None:
    rng = random.Random(36)
    order = list(range(len(SPECS)))
    rng.shuffle(order)
    labels = {}
    files = {}
    for n, idx in enumerate(order, 1):
        s = SPECS[idx]
        fname = f"{n:03d}-{s['client']}-{s['quirk']}-{s['slug']}.eml"
        raw = render(s, fname)
        msg, defects, parts = text_parts(raw)
        assert not defects, (fname, defects)
        assert parts, fname
        assert msg["Message-ID"] and msg["Date"], fname
        assert HELPDESK in str(msg["To"]), fname
        dt = msg["Date"].datetime
        assert dt.tzinfo is not None and (dt.year, dt.month) in ((2026, 10), (2026, 11)), fname
        assert msg["Date"].split(",")[0] == ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][dt.weekday()], fname
        fields = {k: v for k, v in s["fields"].items() if not k.startswith("_")}
        if s["type"] == "course_data":
            for field, value in fields["changes"].items():
                assert field in ("fullname", "shortname", "lecturer", "class", "enrolment_key", "credits",
                                 "semester", "summary"), (fname, field)
                for ct, t in parts:
                    assert value in t, (fname, ct, field, value)
            if fields.get("course_name"):
                for ct, t in parts:
                    assert fields["course_name"] in t, (fname, ct, "course_name")
            if fields.get("course_code"):
                for ct, t in parts:
                    assert fields["course_code"] in t, (fname, ct, "course_code")
        files[fname] = raw
        labels[fname] = {"type": s["type"], "lang": s["lang"], "fields": fields, "note": s["note"]}

    # plan
    types = collections.Counter(v["type"] for v in labels.values())
    langs = collections.Counter(v["lang"] for v in labels.values())
    assert types == {"course_data": 46, "other": 7, "elearning_support": 4, "document_request": 3}, types
    assert langs == {"id": 36, "en": 12, "mixed": 12}, langs
    per_field = collections.Counter(f for v in labels.values() if v["type"] == "course_data"
                                    for f in v["fields"]["changes"])
    assert per_field == {"lecturer": 14, "fullname": 12, "class": 7, "shortname": 5, "enrolment_key": 5,
                         "credits": 3, "semester": 2, "summary": 3}, per_field
    multi = sum(1 for v in labels.values() if v["type"] == "course_data" and len(v["fields"]["changes"]) >= 2)
    assert multi == 8, multi
    missing = [s for s in SPECS if s["fields"].get("_missing")]
    assert len(missing) == 3, len(missing)
    for s in missing:
        assert s["fields"]["_missing"] not in s["fields"]["changes"]

    for old in OUT.glob("*.eml"):
        if old.name not in files:
            old.unlink()
    for fname, raw in files.items():
        (OUT / fname).write_bytes(raw)
    (OUT / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(files)} mails; types {dict(types)}; langs {dict(langs)}; fields {dict(per_field)}; multi {multi}")


if __name__ == "__main__":
    main()

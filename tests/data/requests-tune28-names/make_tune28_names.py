#!/usr/bin/env python3
"""Generate the twenty-eighth P4M helpdesk TUNING corpus, part "names" (the course code and the current course name).

Written in round 14 from the kinds of course identity the opened part16 (requests-tune27) still missed, in voices and
layouts no corpus has: the helpdesk's own ticket number in a reply's subject beside a code with a year suffix; codes
with an underscore, dots between their parts, spaces or lower case; a current name told as "nama sekarang X" with the
new one only in the subject; a date or a lecturer's class where a name would stand; a study-programme secretary
listing several courses of which one changes; English exchange staff writing "the module". Near-misses that must
claim nothing: a course known only by its lecturer ("Bapak X's Tuesday class"), a guest lecture, a date after "on".

The label is the value AS WRITTEN: the code whole (with its year suffix or underscore), the name as it stands now
(never the new one). The message engine (clients, HTML) is the reading corpus's generator, imported from
../requests-tune9-reading/make_tune9_reading.py; every body here was written by hand.
Run:  python3 make_tune28_names.py
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

M("re-ticket-tag-year-suffix-code", "2027-05-03 08:10", ("Hendra Saputra", "hendra.saputra@polibatam.ac.id"),
  "Re: [P4M-3187] Ganti dosen MK MNJ-2104-2027", "course_data", "id",
  cd("MNJ-2104-2027", "Manajemen Operasi", lecturer="Dewi Lestari, M.M."), client="thunderbird", reply=True,
  plain="""Pada 02/05/2027 16:40, P4M Helpdesk menulis:
> Untuk MK MNJ-2104-2027 (Manajemen Operasi), siapa dosen penggantinya Pak?

Dosennya diganti Dewi Lestari, M.M. mulai minggu depan.

Hendra
""")

M("underscore-code-lower-name-after", "2027-05-03 09:30", ("Siti Marlina", "siti.marlina@polibatam.ac.id"),
  "enrol key AK_2103", "course_data", "id",
  cd("AK_2103", "Akuntansi Keuangan Menengah", enrolment_key="akm-genap27"), client="gmail-app",
  plain="""Siang kak, course AK_2103 Akuntansi Keuangan Menengah tolong enrol key-nya diganti akm-genap27 ya.
Makasih kak
""")

M("nama-sekarang-tanpa-titik-dua-subjek", "2027-05-03 10:15", ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
  "Mohon ubah nama MK ELK-2301 menjadi Sistem Tertanam Lanjut", "course_data", "id",
  cd("ELK-2301", "Sistem Tertanam", fullname="Sistem Tertanam Lanjut"), client="roundcube",
  plain="""Seperti di subjek. Nama sekarang Sistem Tertanam, belum ada kata Lanjut-nya.

Rahmat
""")

M("en-module-exchange-staff", "2027-05-03 11:00", ("Laura Jensen", "laura.jensen@via.dk"),
  "Module on your e-learning", "course_data", "en",
  cd("ENG3105", "Sustainable Energy Systems", lecturer="Mikkel Sørensen"), client="outlook",
  plain="""Dear P4M team,

I coordinate the exchange semester from VIA University College. The module Sustainable Energy Systems (ENG3105)
will be taught by Mikkel Sørensen instead of me from week 10. Could you please set him as the lecturer?

Best wishes,
Laura Jensen
International Office, VIA University College
""")

M("en-date-after-course-code-no-name", "2027-05-03 13:20", ("Bilal Ahmed", "bilal.ahmed@polibatam.ac.id"),
  "Notice for MEK-3202", "announcement", "en",
  an("Lab report deadline extended", code="MEK-3202", publish_at="2027-05-06T08:00:00+07:00"), client="outlook",
  plain="""Respected Sir,

Kindly upload the following notice on the course MEK-3202 on 6th May at 8 AM.

Title: Lab report deadline extended
The lab report deadline is extended to 13th May.

Regards,
Bilal Ahmed
""")

M("near-miss-pak-lecturer-tuesday-class", "2027-05-03 14:05", ("Yoga Pratama", "yoga.pratama@students.polibatam.ac.id"),
  "ga bisa masuk kelas", "course_data", "id",
  cd(enrolment_key="selasa-b"), client="gmail-app",
  note="the course is known only by its lecturer and day: no code, no name",
  plain="""min, kelasnya Bapak Sutrisno yang hari Selasa itu enrol key nya tolong diganti selasa-b aja,
soalnya key yang lama kesebar ke kelas lain. makasih min
""")

M("sekretaris-prodi-tiga-mk-satu-diubah", "2027-05-04 08:20", ("Sekretariat Prodi TI", "prodi.ti@polibatam.ac.id"),
  "Data MK semester genap", "course_data", "id",
  cd("IF2207", "Pemrograman Web Lanjut", shortname="PWL-GNP27"), client="outlook",
  plain="""Yth. Tim P4M,

Berikut MK prodi TI yang sudah kami cek di e-learning:
1. IF2201 Struktur Data - sudah sesuai
2. IF2204 Basis Data - sudah sesuai
3. IF2207 Pemrograman Web Lanjut - nama singkatnya mohon diganti menjadi PWL-GNP27

Terima kasih.

Sekretariat Program Studi Teknik Informatika
""")

M("kode-spasi-huruf-kecil-nama-kurung", "2027-05-04 09:45", ("Nur Aini", "nur.aini@polibatam.ac.id"),
  "tambah dosen", "course_data", "id",
  cd("tkk 2105", "Gambar Teknik", lecturer="Fajar Nugroho, S.T."), client="gmail-app",
  plain="""Pak, mk tkk 2105 (Gambar Teknik) tolong ditambahkan dosen Fajar Nugroho, S.T. sebagai pengampu kedua.
Terima kasih pak
""")

M("nama-dash-kode-di-depan", "2027-05-04 10:30", ("Andreas Sitorus", "andreas.sitorus@polibatam.ac.id"),
  "Perubahan SKS", "course_data", "id",
  cd("TRE-3108", "Sistem Kendali Digital", credits="3"), client="zimbra",
  plain="""Selamat pagi,

Sistem Kendali Digital - TRE-3108: SKS di e-learning tertulis 2, seharusnya 3.

Salam,
Andreas
""")

M("kode-lama-dan-baru-kurikulum", "2027-05-04 11:50", ("Wahyu Santoso", "wahyu.santoso@polibatam.ac.id"),
  "Short name ikut kurikulum baru", "course_data", "id",
  cd("MES204", "Termodinamika", shortname="MES2204"), client="thunderbird",
  plain="""Selamat siang,

Course Termodinamika di e-learning masih memakai kode kurikulum lama MES204. Di kurikulum 2026 kodenya
MES2204, jadi mohon short name-nya diganti MES2204.

Wahyu
""")

M("near-miss-guest-lecture-announcement", "2027-05-04 13:10", ("Humas Polibatam", "humas@polibatam.ac.id"),
  "Pengumuman Kuliah Tamu", "announcement", "id",
  an("Kuliah Tamu: Industri 4.0 di Galangan Kapal", scope="site", publish_at="2027-05-05T07:00:00+07:00"),
  client="outlook", note="a guest lecture's topic and speaker, no course",
  plain="""Yth. Admin e-learning,

Mohon ditayangkan di halaman depan e-learning besok pagi jam 07.00:

Kuliah Tamu: Industri 4.0 di Galangan Kapal
Pembicara: Ir. Bambang Wicaksono (PT Batamec Shipyard)
Rabu, 12 Mei 2027, Auditorium Lt. 4

Humas
""")

M("en-name-before-code-in-brackets-square", "2027-05-04 14:40", ("Grace Tan", "grace.tan@polibatam.ac.id"),
  "Key change", "course_data", "en",
  cd("BIS-2203", "Digital Marketing Analytics", enrolment_key="dma-2027b"), client="apple",
  plain="""Hi,

Please change the enrolment key of Digital Marketing Analytics [BIS-2203] to dma-2027b.

Thank you,
Grace
""")

M("slash-name-code-after", "2027-05-05 08:05", ("Taufik Rahman", "taufik.rahman@polibatam.ac.id"),
  "Kelas MK", "course_data", "id",
  cd("TRM2209", "Animasi 2D / 3D", **{"class": "TRM 2B Malam"}), client="gmail",
  plain="""Pagi,

Untuk matkul Animasi 2D / 3D (TRM2209) kelasnya mohon diubah jadi TRM 2B Malam.

Terima kasih
Taufik
""")

M("dotted-code-forward", "2027-05-05 09:25", ("Sekretariat TRPL", "trpl@polibatam.ac.id"),
  "Fwd: nama mk", "course_data", "id",
  cd("TRPL.2.11", "Pengujian Perangkat Lunak", fullname="Penjaminan Mutu Perangkat Lunak"), client="gmail",
  plain="""Diteruskan, sudah disetujui Kaprodi.

---------- Forwarded message ---------
From: Yusuf Maulana <yusuf.maulana@polibatam.ac.id>
Subject: nama mk

Mohon MK TRPL.2.11 Pengujian Perangkat Lunak diganti namanya menjadi Penjaminan Mutu Perangkat Lunak.

Yusuf
""")

M("en-currently-named-no-colon", "2027-05-05 10:40", ("Rachel Lim", "rachel.lim@polibatam.ac.id"),
  "Rename ACC2108", "course_data", "en",
  cd("ACC2108", "Cost Accounting", fullname="Cost and Management Accounting"), client="outlook-mac",
  plain="""Hello,

ACC2108 is currently named Cost Accounting on the e-learning site. The new curriculum calls it Cost and Management
Accounting, so please rename it.

Thanks,
Rachel
""")

M("near-miss-on-date-en-announcement", "2027-05-05 11:30", ("Asad Khan", "asad.khan@polibatam.ac.id"),
  "Post quiz reminder", "announcement", "en",
  an("Quiz 2 reminder", code="CE-2104", publish_at="2027-05-09T07:00:00+07:00"), client="outlook",
  plain="""Dear Sir,

Please post in CE-2104 on 9th May 7 AM:

Quiz 2 reminder - Quiz 2 will be held on 11th May in the lecture slot.

Regards,
Asad
""")

M("ticket-ref-in-body-not-code", "2027-05-05 13:45", ("Maya Sari", "maya.sari@polibatam.ac.id"),
  "Re: [P4M-3201] enrol key", "course_data", "id",
  cd("AN2106", "Perpajakan II", enrolment_key="pjk2-b"), client="gmail", reply=True,
  plain="""Halo P4M, menyambung tiket P4M-3201 kemarin: untuk Perpajakan II (AN2106) enrol key-nya pakai pjk2-b saja.

Maya

Pada Sen, 3 Mei 2027 pukul 15.10 P4M Helpdesk <helpdesk-p4m@polibatam.ac.id> menulis:
> Mohon sebutkan enrol key baru yang diinginkan.
""")

M("whatsapp-export-en", "2027-05-05 15:00", ("Kevin Wijaya", "kevin.wijaya@polibatam.ac.id"),
  "from our WA group", "course_data", "en",
  cd("MKT-2210", "Fluid Power Systems", shortname="FPS-27"), client="gmail",
  plain="""Hi, forwarding from our programme group:

[09:12, 04/05/2027] Dr. Lee: the course MKT-2210 Fluid Power Systems still has short name FPS
[09:13, 04/05/2027] Dr. Lee: please make it FPS-27 so it doesn't clash with last year
[09:20, 04/05/2027] Kevin: ok will email P4M

Kevin
""")

M("lecturer-named-course-with-code", "2027-05-06 08:15", ("Intan Permata", "intan.permata@students.polibatam.ac.id"),
  "Kuliah Pak Joko", "elearning_support", "id",
  {}, client="gmail-app", note="the course is known only as its lecturer's; a student's access problem",
  plain="""Permisi kak, saya tidak bisa masuk ke kuliahnya Pak Joko hari Kamis, muncul tulisan "You cannot enrol
yourself in this course". Mohon bantuannya kak.

Intan
""")

M("name-in-brackets-after-code-dash", "2027-05-06 09:30", ("Ketut Arsana", "ketut.arsana@polibatam.ac.id"),
  "Semester course", "course_data", "id",
  cd("TPP-1105", "Pengantar Teknologi Pangan (Teori)", semester="Genap 2026/2027"), client="yahoo",
  plain="""Om Swastiastu,

Mohon semester pada course TPP-1105 - Pengantar Teknologi Pangan (Teori) diubah ke Genap 2026/2027.

Suksma,
Ketut
""")


# ================================================================ batch 2 (written after batch 1's rules, before its own)

M("tiket-p4m-in-body-form-year-code", "2027-05-10 08:00", ("Fransiska Manurung", "fransiska.manurung@polibatam.ac.id"),
  "Lanjutan tiket", "course_data", "id",
  cd("SIP-2105-2026", "Hidrologi Terapan", credits="2"), client="outlook",
  plain="""Selamat pagi Tim P4M,

Melanjutkan tiket P4M-3305 minggu lalu, berikut datanya:

Kode MK : SIP-2105-2026
Nama MK : Hidrologi Terapan
SKS baru : 2

Terima kasih,
Fransiska Manurung
""")

M("lowercase-underscore-code-en", "2027-05-10 09:10", ("Daniel Ong", "daniel.ong@polibatam.ac.id"),
  "enrolment key", "course_data", "en",
  cd("ti_2203", "Computer Graphics", enrolment_key="cg-even27"), client="gmail",
  plain="""hi, for my course ti_2203 (Computer Graphics) could you set the enrolment key to cg-even27? thanks
daniel
""")

M("en-dotted-code-module-exchange", "2027-05-10 10:20", ("Sophie Martin", "sophie.martin@insa-lyon.fr"),
  "Short name of the module", "course_data", "en",
  cd("MES.2.07", "Heat Transfer", shortname="HT-LYON"), client="apple",
  plain="""Dear colleagues,

For the exchange students from INSA Lyon, the module MES.2.07 Heat Transfer appears with the short name HT. Could
it be changed to HT-LYON so our students recognise it?

Kind regards,
Sophie Martin
Relations Internationales, INSA Lyon
""")

M("en-ordinal-date-after-course-name", "2027-05-10 11:30", ("Usman Tariq", "usman.tariq@polibatam.ac.id"),
  "Announcement request", "announcement", "en",
  an("Make-up lab session", code="ELK-2105", publish_at="2027-06-01T09:00:00+07:00"), client="outlook",
  plain="""Dear Sir/Madam,

Kindly publish the following in ELK-2105 on 1st June, 9 AM.

Make-up lab session
The make-up lab session will be held on 3rd June in Lab 2.

Best regards,
Usman Tariq
""")

M("bullets-four-courses-one-lecturer", "2027-05-10 13:00", ("Admin Prodi Manajemen Bisnis", "prodi.mb@polibatam.ac.id"),
  "Rekap pengecekan e-learning", "course_data", "id",
  cd("MB2207", "Etika Bisnis", lecturer="Yohana Siregar, M.M."), client="zimbra",
  plain="""Dengan hormat,

Hasil pengecekan course di e-learning:
- MB2201 Pengantar Bisnis: ok
- MB2203 Akuntansi Manajemen: ok
- MB2207 Etika Bisnis: dosen pengampu diganti Yohana Siregar, M.M.
- MB2210 Statistika Bisnis: ok

Hormat kami,
Admin Prodi Manajemen Bisnis
""")

M("nama-mk-saat-ini-kalimat", "2027-05-10 14:15", ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "Nama MK KIM1101", "course_data", "id",
  cd("KIM1101", "Kimia Dasar", fullname="Kimia Dasar Terapan"), client="thunderbird",
  plain="""Yth. P4M,

Nama mata kuliah saat ini Kimia Dasar. Sesuai kurikulum baru mohon diganti menjadi Kimia Dasar Terapan.
Kodenya KIM1101.

Agus Salim
""")

M("en-current-title-is", "2027-05-10 15:30", ("Michelle Wong", "michelle.wong@polibatam.ac.id"),
  "Title update DES2104", "course_data", "en",
  cd("DES2104", "Technical Drawing", fullname="Technical Drawing and CAD"), client="outlook-mac",
  plain="""Hi there,

The current title is Technical Drawing. From this term the course covers CAD as well, so please change the full
name of DES2104 to Technical Drawing and CAD.

Cheers,
Michelle
""")

M("near-miss-en-dr-lim-monday-class", "2027-05-11 08:10", ("Arif Budiman", "arif.budiman@students.polibatam.ac.id"),
  "Enrolment", "elearning_support", "en",
  {}, client="gmail-app", note="a student's access problem; the course known only by its lecturer and day",
  plain="""Good morning, I can't find Dr. Lim's Monday class on my dashboard. I was told to enrol myself but the key
doesn't work. Can you help? Arif
""")

M("near-miss-en-guest-lecture-site", "2027-05-11 09:00", ("Public Relations", "pr@polibatam.ac.id"),
  "Post on the e-learning front page", "announcement", "en",
  an("Guest Lecture: Cybersecurity in Maritime Logistics", scope="site", publish_at="2027-05-12T08:00:00+07:00"),
  client="outlook", note="a guest lecture's title and speaker, no course",
  plain="""Hello,

Please post this on the front page of the e-learning site tomorrow at 8 am:

Guest Lecture: Cybersecurity in Maritime Logistics
Speaker: Capt. Hiroshi Tanaka, Port of Singapore Authority
Thursday 20 May 2027, 13:00, Main Auditorium

PR Office
""")

M("slash-name-praktikum-brackets", "2027-05-11 10:30", ("Lina Marlina", "lina.marlina@polibatam.ac.id"),
  "semester course", "course_data", "id",
  cd("TRK2112", "Jaringan Komputer / Lab", semester="Genap 2026/2027"), client="gmail",
  plain="""Pak, course Jaringan Komputer / Lab (TRK2112) semesternya mohon diubah ke Genap 2026/2027. Terima kasih.

Lina
""")

M("code-name-variant-in-brackets-reply", "2027-05-11 11:45", ("Yosef Tambunan", "yosef.tambunan@polibatam.ac.id"),
  "Re: [P4M-3322] Enrol key", "course_data", "id",
  cd("GEO_2201", "Survei Hidrografi", enrolment_key="hidro-2027"), client="thunderbird", reply=True,
  plain="""Pada 10/05/2027 14:00, P4M Helpdesk menulis:
> Baik Pak, untuk MK GEO_2201 (Survei Hidrografi) enrol key barunya apa?

hidro-2027 pak.

Yosef
""")

M("kode-kurikulum-lama-baru-en", "2027-05-11 13:20", ("Benny Kurniawan", "benny.kurniawan@polibatam.ac.id"),
  "Lecturer for Statics", "course_data", "en",
  cd("CE1203", "Statics", lecturer="Rizky Ananda, M.T."), client="outlook",
  plain="""Dear P4M,

Statics (CE1203 on the e-learning; it becomes CE11203 in the 2027 curriculum) is now taught by Rizky Ananda, M.T.
Please update the lecturer.

Benny
""")

M("name-dash-code-english-first-line", "2027-05-11 14:40", ("Hana Kusuma", "hana.kusuma@polibatam.ac.id"),
  "Credits", "course_data", "en",
  cd("ANM-2204", "Character Animation", credits="4"), client="apple",
  plain="""Character Animation - ANM-2204

Credits should be 4, not 3. Thanks!

Hana
""")

M("student-whatsapp-lower", "2027-05-11 16:00", ("Rendy Saputra", "rendy.saputra@polibatam.ac.id"),
  "fw chat kaprodi", "course_data", "id",
  cd("TRM-3105", "Produksi Video", enrolment_key="pv3-2027"), client="gmail-app",
  plain="""pak ini dari grup:

[14.02, 11/05/2027] Kaprodi TRM: utk MK TRM-3105 Produksi Video enrol key tolong diganti pv3-2027
[14.05, 11/05/2027] Rendy: baik bu

rendy
""")

M("near-miss-lecturer-class-indonesia", "2027-05-12 08:30", ("Putri Ayu", "putri.ayu@students.polibatam.ac.id"),
  "ga muncul kelasnya", "elearning_support", "id",
  {}, client="gmail-app", note="the course is known only by its lecturer",
  plain="""kak kelasnya Ibu Rahma yang Rabu pagi kok ga muncul di dashboard saya ya. padahal saya udah KRS. mohon bantuannya
""")

M("two-courses-one-settled-one-key", "2027-05-12 09:40", ("Sekretariat Prodi TE", "prodi.te@polibatam.ac.id"),
  "Enrol key", "course_data", "id",
  cd("TE2206", "Medan Elektromagnetik", enrolment_key="me-genap27"), client="outlook",
  plain="""Yth. P4M,

Enrol key TE2204 Rangkaian Listrik sudah benar, terima kasih.
Untuk TE2206 Medan Elektromagnetik mohon enrol key-nya diganti me-genap27.

Sekretariat Prodi Teknik Elektro
""")

M("en-is-still-listed-as", "2027-05-12 10:50", ("Oliver Grant", "oliver.grant@polibatam.ac.id"),
  "ENG2102 name", "course_data", "en",
  cd("ENG2102", "Academic Writing", fullname="Academic Writing for Engineers"), client="outlook",
  plain="""Hello,

ENG2102 is still listed as Academic Writing. It was renamed Academic Writing for Engineers at the last senate
meeting. Could you update it?

Oliver
""")

M("kode-titik-spasi-kecil", "2027-05-12 13:10", ("Rini Wulandari", "rini.wulandari@polibatam.ac.id"),
  "kelas", "course_data", "id",
  cd("akt 2204", "Akuntansi Sektor Publik", **{"class": "AK-2B"}), client="gmail-app",
  plain="""bu, matkul akt 2204 Akuntansi Sektor Publik kelasnya tolong diganti AK-2B ya. makasih bu
""")

M("announcement-course-relative-day", "2027-05-12 14:30", ("Darma Putra", "darma.putra@polibatam.ac.id"),
  "Pengumuman", "announcement", "id",
  an("Kuliah Pengganti Fisika Terapan", name="Fisika Terapan", publish_at="2027-05-13T07:00:00+07:00"),
  client="roundcube",
  plain="""Tolong umumkan di Fisika Terapan besok jam 7 pagi.
Judul: Kuliah Pengganti Fisika Terapan
Isi: Kuliah pengganti hari Sabtu 15 Mei jam 08.00 di ruang 805.

Darma
""")

M("en-for-course-please-post", "2027-05-12 15:40", ("Karen Miller", "karen.miller@polibatam.ac.id"),
  "Post please", "announcement", "en",
  an("Peer Review Deadline", name="Intercultural Communication", publish_at="2027-05-14T10:00:00+07:00"),
  client="apple",
  plain="""Hi team,

For Intercultural Communication, please post "Peer Review Deadline" on 5/14 at 10:00 am. Students must submit
their peer reviews by Sunday.

Thanks so much,
Karen
""")


# ================================================================ batch 3 (written after batch 2's rules, before its own)

M("en-year-suffix-code-the-course", "2027-05-17 08:20", ("Thomas Becker", "thomas.becker@polibatam.ac.id"),
  "Credits ELE-3301-2027", "course_data", "en",
  cd("ELE-3301-2027", "Power System Protection", credits="3"), client="outlook",
  plain="""Good morning,

The course ELE-3301-2027 Power System Protection shows 2 credits on the e-learning site; it should be 3.

Regards,
Thomas Becker
""")

M("re-subject-underscore-key", "2027-05-17 09:00", ("Nadia Putri", "nadia.putri@polibatam.ac.id"),
  "Re: key untuk MAT_1102", "course_data", "id",
  cd("MAT_1102", "Kalkulus I", enrolment_key="kal1-genap"), client="gmail-app", reply=True,
  plain="""Iya kak, MAT_1102 (Kalkulus I). Key barunya kal1-genap ya.

Nadia
""")

M("dotted-code-dash-name-line", "2027-05-17 10:10", ("Heru Prasetyo", "heru.prasetyo@polibatam.ac.id"),
  "dosen pengampu", "course_data", "id",
  cd("EL.3.05", "Mesin Listrik", lecturer="Indra Gunawan, M.T."), client="zimbra",
  plain="""Selamat pagi,

EL.3.05 - Mesin Listrik
Dosen pengampu mohon diganti menjadi Indra Gunawan, M.T.

Heru
""")

M("nama-course-saat-ini-adalah", "2027-05-17 11:15", ("Sri Rahayu", "sri.rahayu@polibatam.ac.id"),
  "Ganti nama course FIS1101", "course_data", "id",
  cd("FIS1101", "Fisika Dasar", fullname="Fisika Dasar I"), client="outlook",
  plain="""Yth. P4M,

Nama course saat ini adalah Fisika Dasar. Karena tahun depan ada Fisika Dasar II, mohon diubah menjadi Fisika
Dasar I.

Sri Rahayu
""")

M("en-currently-called-marine", "2027-05-17 13:00", ("James O'Connor", "james.oconnor@polibatam.ac.id"),
  "Course title", "course_data", "en",
  cd("MAR2201", "Marine Biology", fullname="Marine Ecology"), client="apple",
  plain="""Hi,

MAR2201 is currently called Marine Biology. Please change the title to Marine Ecology.

James
""")

M("en-put-notice-on-course-tomorrow", "2027-05-17 14:30", ("Fatima Zahra", "fatima.zahra@polibatam.ac.id"),
  "Notice", "announcement", "en",
  an("Assignment 3 released", name="Applied Thermodynamics", publish_at="2027-05-18T09:00:00+07:00"),
  client="outlook",
  plain="""Hello,

Please put this notice on Applied Thermodynamics tomorrow at 9 am.

Assignment 3 released
Assignment 3 is now available; it is due in two weeks.

Fatima
""")

M("tayangkan-di-mk-jam-besok", "2027-05-17 15:45", ("Bambang Sutejo", "bambang.sutejo@polibatam.ac.id"),
  "pengumuman kuis", "announcement", "id",
  an("Kuis 2 Statistika Industri", name="Statistika Industri", publish_at="2027-05-18T07:00:00+07:00"),
  client="roundcube",
  plain="""Mohon tayangkan di Statistika Industri besok jam 7.

Kuis 2 Statistika Industri
Kuis 2 dilaksanakan Kamis, 20 Mei 2027 pada jam kuliah.

Bambang
""")

M("untuk-nama-mk-tolong-dosen", "2027-05-18 08:10", ("Teguh Wibowo", "teguh.wibowo@polibatam.ac.id"),
  "dosen", "course_data", "id",
  cd(name="Sistem Basis Data", lecturer="Ratna Dewi, M.Kom."), client="gmail-app",
  plain="""Untuk Sistem Basis Data, tolong dosennya diganti Ratna Dewi, M.Kom. mulai pertemuan 9.

Teguh
""")

M("near-miss-post-on-friday-ordinal", "2027-05-18 09:20", ("Imran Ali", "imran.ali@polibatam.ac.id"),
  "Post notice", "announcement", "en",
  an("Lab closed", code="MEC-2202", publish_at="2027-05-21T08:00:00+07:00"), client="outlook",
  plain="""Dear Sir,

Kindly post on Friday 21st May at 8 AM in MEC-2202:

Lab closed
The workshop lab is closed on 24th May for maintenance.

Regards,
Imran
""")

M("near-miss-untuk-ibu-mohon", "2027-05-18 10:30", ("Staf Prodi AK", "prodi.ak@polibatam.ac.id"),
  "akses", "elearning_support", "id",
  {}, client="outlook", note="a lecturer's access, no course named",
  plain="""Yth. P4M,

Untuk Ibu Ratna Sari, mohon dibantu reset password e-learning beliau karena lupa.

Terima kasih
Staf Prodi Akuntansi
""")

M("near-miss-for-students-please-post-site", "2027-05-18 11:40", ("Student Affairs", "kemahasiswaan@polibatam.ac.id"),
  "Front page notice", "announcement", "en",
  an("Scholarship Interviews", scope="site", publish_at="2027-05-19T08:00:00+07:00"), client="outlook",
  note="an announcement for all students, no course",
  plain="""Hello,

For the second-year students, please post this on the e-learning front page tomorrow at 8 am:

Scholarship Interviews
Interviews for the 2027 scholarship take place on 25 May in the Student Centre.

Student Affairs
""")

M("en-numbered-list-one-key", "2027-05-18 13:15", ("Accounting Programme Office", "acc.office@polibatam.ac.id"),
  "Checked courses", "course_data", "en",
  cd("ACC2104", "Auditing", enrolment_key="aud-27"), client="outlook",
  plain="""Dear P4M,

We checked our courses:
1) ACC2101 Financial Accounting - fine
2) ACC2104 Auditing - please change the enrolment key to aud-27
3) ACC2109 Taxation - fine

Programme Office
""")

M("ref-ticket-body-code-brackets-en", "2027-05-18 14:20", ("Paul Nguyen", "paul.nguyen@polibatam.ac.id"),
  "Follow-up", "course_data", "en",
  cd("NET3102", "Wireless Networks", shortname="WN-27"), client="outlook-mac",
  plain="""Hi,

Following up on ticket P4M-3390: for Wireless Networks (NET3102) the short name should be WN-27.

Paul
""")

M("umumkan-di-grup-near-miss", "2027-05-18 15:30", ("Wawan Setiawan", "wawan.setiawan@polibatam.ac.id"),
  "pengumuman", "announcement", "id",
  an("Libur Kuliah Hari Kamis", code="TKI2105", publish_at="2027-05-19T06:00:00+07:00"), client="gmail-app",
  note="the WhatsApp group is where else it goes, never the course",
  plain="""Tolong umumkan di course TKI2105 besok jam 6 pagi, sudah saya umumkan juga di Grup WhatsApp kelas.

Libur Kuliah Hari Kamis
Kamis 20 Mei tidak ada kuliah karena rapat dosen.

Wawan
""")


if __name__ == "__main__":
    sys.exit(E.main())

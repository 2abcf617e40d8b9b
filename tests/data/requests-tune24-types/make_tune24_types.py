#!/usr/bin/env python3
"""Generate the twenty-fourth P4M helpdesk TUNING corpus for the request type (labelled e-mails).

Written before any rule for it, in voices no corpus has (Acehnese, Balinese, Palembang and Betawi Indonesian, an
Indian guest lecturer, a Vietnamese and a Dutch colleague, a Malaysian lecturer, a dormitory student, a registrar's
clerk): e-learning trouble that names another system or another office's word only in passing (the campus Wi-Fi,
a meeting, an invitation, the academic office); questions how e-learning works (support) beside a change asked now
(course data) and a matter that is not the unit's (other); a course change told without the usual verbs (what the
record says now, what it is); system notifications that carry no machine headers, and a person forwarding one.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py.
Run:  python3 make_tune24_types.py   (BATCH=1 writes only the first batch)
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
M = E.M
BATCH = int(os.environ.get("BATCH", "3"))


def cd(code=None, name=None, **changes):
    fields = {}
    if code:
        fields["course_code"] = code
    if name:
        fields["course_name"] = name
    if changes:
        fields["changes"] = changes
    return fields


# ================================================================ batch 1

# ---------------------------------------------------------------- e-learning trouble naming another system in passing

M("aceh-kuis-tutup-wifi-kuota", "2028-04-03 08:10:00",
  ("Teuku Rizal Fahmi", "teuku.rizal@students.polibatam.ac.id"),
  "kuis statistika",
  """Assalamualaikum bang/kak P4M,

Kuis 3 Statistika Industri di e-learning selalu tertutup sendiri baru 2 menit dikerjakan, padahal durasinya 60 menit. Sudah ulon coba pakai wifi kampus dan kuota sendiri, hasilnya sama saja. Kawan sekelas juga begitu.

Mohon dibantu, kuisnya tutup hari Kamis.

Teuku Rizal""", "elearning_support", "id", client="iphone",
  note="Acehnese Indonesian: a quiz fault on e-learning; the campus Wi-Fi is only what the writer already tried.")

M("indian-h5p-freezes-wifi-fine", "2028-04-03 10:25:00",
  ("Dr. Venkatesh Iyer", "venkatesh.iyer@polibatam.ac.id"),
  "Interactive videos freeze for my students",
  """Dear P4M team,

The H5P interactive videos in my Power Electronics course stop at around 0:30 for most of my students, with a grey circle that keeps turning. The network people have already checked and say the campus Wi-Fi is fine in that building, and the same students can watch YouTube without trouble. So I believe the problem is in the e-learning player itself.

Kindly look into it at the earliest.

Warm regards,
Dr. Venkatesh Iyer
Guest Faculty, Electrical Engineering""", "elearning_support", "en", client="outlook",
  note="An Indian guest lecturer: a video fault on e-learning; the Wi-Fi is named only as ruled out.")

M("bali-gradebook-abis-rapat", "2028-04-03 13:40:00",
  ("I Gede Wiratama", "gede.wiratama@polibatam.ac.id"),
  "Total nilai di gradebook",
  """Om Swastiastu,

Tadi di rapat prodi ada kolega yang mengeluh hal yang sama, jadi saya laporkan sekalian. Di course Akuntansi Perhotelan (HP2203), kolom total di gradebook tidak menjumlahkan nilai tugas praktik, hanya UTS dan UAS. Bobotnya sudah saya atur 30/30/40 dari awal semester.

Mohon bantuannya dicek nggih.

Om Santih Santih Santih Om
I Gede Wiratama""", "elearning_support", "id", client="thunderbird",
  note="Balinese Indonesian: a gradebook fault; the programme meeting is only where the writer heard of it.")

M("palembang-upload-disuruh-baak", "2028-04-04 09:05:00",
  ("Siti Aminah Rahmawati", "siti.aminah@students.polibatam.ac.id"),
  "gagal upload laporan",
  """Pagi kak,

Aku dak biso upload laporan akhir Praktikum Jaringan di e-learning, muncul tulisan "The file is too large" padahal filenyo cuma 8 MB. Kemarin aku la nanyo ke BAAK, kato mereka itu urusan P4M. Deadline-nyo besok malam kak.

Makasih nian,
Siti Aminah""", "elearning_support", "id", client="iphone",
  note="Palembang Indonesian: an upload fault; the academic office is named only as where the writer was sent from.")

M("terima-kasih-undangan-lalu-presensi", "2028-04-04 14:30:00",
  ("Ratna Dewi Lestari", "ratna.lestari@polibatam.ac.id"),
  "Terima kasih + satu kendala",
  """Selamat siang tim P4M,

Terima kasih atas undangan pelatihan H5P minggu lalu, materinya sangat membantu.

Ada satu kendala: sejak pelatihan itu, laporan presensi di course Ekonomi Mikro saya kalau diekspor ke Excel isinya kosong, hanya judul kolom. Padahal di layar datanya lengkap. Mohon bantuannya.

Salam,
Ratna""", "elearning_support", "id",
  note="Thanks for an invitation first, then an export fault on e-learning: the fault is what is asked.")

M("wifi-asrama-putus-bukan-elearning", "2028-04-04 20:15:00",
  ("Yosef Nainggolan", "yosef.nainggolan@students.polibatam.ac.id"),
  "internet asrama mati terus",
  """Malam min,

Wifi di asrama blok C sudah tiga hari putus-nyambung, tiap malam mati dari jam 8. Mau buka e-learning, YouTube, apa pun tidak bisa. Ini laporannya ke mana ya? Teman-teman satu blok juga sama.

Yosef""", "other", "id", client="iphone",
  note="The dormitory's network, not e-learning: e-learning is only one of the sites that do not open.")

# ---------------------------------------------------------------- how it works (support), asked now (course data), not ours

M("dutch-can-i-rename-myself", "2028-04-05 08:50:00",
  ("Dr. Pieter van der Berg", "pieter.vanderberg@polibatam.ac.id"),
  "Renaming a course myself?",
  """Good morning,

A quick question for my own understanding: am I as a teacher allowed to edit the short name of my course on e-learning, or is that something only your team can do? I looked under Settings and the field seems greyed out.

Nothing has to be changed at the moment; I am only planning ahead for next year.

Kind regards,
Pieter van der Berg""", "elearning_support", "en", client="thunderbird",
  note="A question how e-learning works (who may edit a course's short name), nothing asked to be changed now.")

M("asisten-bisa-tambah-sendiri", "2028-04-05 10:30:00",
  ("Ni Luh Putu Ayu", "putu.ayu@polibatam.ac.id"),
  "Menambahkan asisten praktikum",
  """Halo P4M,

Mau tanya, apakah dosen bisa menambahkan asisten praktikum ke course sendiri sebagai non-editing teacher? Kalau bisa, lewat menu apa ya? Biar saya tidak perlu merepotkan tim P4M tiap semester.

Terima kasih,
Putu Ayu""", "elearning_support", "id",
  note="A question how to add an assistant on e-learning: support.")

M("ternyata-tidak-bisa-sendiri-tolong", "2028-04-05 15:10:00",
  ("Muhammad Farhan Lubis", "farhan.lubis@polibatam.ac.id"),
  "Nama course Mekanika Tanah",
  """Sore P4M,

Saya coba ganti sendiri ternyata menunya tidak ada untuk dosen. Jadi saya minta tolong saja: course TS2201 yang sekarang bernama Mekanika Tanah, jadikan Mekanika Tanah I, karena semester depan ada Mekanika Tanah II.

Makasih,
Farhan""", "course_data", "id",
  cd("TS2201", "Mekanika Tanah", fullname="Mekanika Tanah I"),
  note="The writer found they cannot do it and asks the unit now: a rename with its value.")

M("bisakah-diganti-menjadi", "2028-04-06 09:00:00",
  ("Hendrik Saragih", "hendrik.saragih@polibatam.ac.id"),
  "BD2101",
  """Selamat pagi,

Bisakah nama course BD2101 Basis Data diganti menjadi Basis Data Terapan? Sudah disetujui dalam kurikulum baru yang berlaku semester ini.

Terima kasih,
Hendrik Saragih""", "course_data", "id",
  cd("BD2101", "Basis Data", fullname="Basis Data Terapan"),
  note="A polite question that asks now: 'bisakah ... diganti menjadi X' with the value is a change request.")

M("malaysia-who-decides-names", "2028-04-06 11:20:00",
  ("Dr. Nurul Izzah binti Ahmad", "nurul.izzah@polibatam.ac.id"),
  "Official course names - who decides?",
  """Salam sejahtera,

I am drafting the new curriculum for the Logistics programme. May I know who decides the official course names at Polibatam: the programme itself, or the academic office? I want to be sure the names I propose are the ones that will be used everywhere later.

Terima kasih,
Dr. Nurul Izzah""", "other", "en",
  note="A Malaysian colleague asks who decides course names in a curriculum: not the unit's matter, nothing to change.")

M("sks-magang-ke-siapa", "2028-04-06 13:45:00",
  ("Agus Salim Harahap", "agus.harahap@polibatam.ac.id"),
  "SKS magang kurikulum baru",
  """Selamat siang,

Apakah beban SKS mata kuliah Magang Industri bisa dinaikkan menjadi 20 SKS di kurikulum yang baru? Kalau bisa, usulannya saya ajukan ke siapa ya, ke prodi atau ke bagian akademik?

Terima kasih,
Agus Salim""", "other", "id",
  note="A curriculum question (credits of a course in the next curriculum), addressed to whoever decides: not ours.")

# ---------------------------------------------------------------- a change told without the usual verbs

M("padahal-kurikulum-termodinamika", "2028-04-07 08:15:00",
  ("Bonifasius Tukan", "boni.tukan@polibatam.ac.id"),
  "TK2203",
  """Pagi P4M,

MK TK2203 di e-learning masih Termodinamika Teknik, padahal di kurikulum 2027 namanya Termodinamika Teknik I.

Trims,
Boni""", "course_data", "id",
  cd("TK2203", "Termodinamika Teknik", fullname="Termodinamika Teknik I"),
  note="What the record says now and what it is, with no verb of change: a rename.")

M("dutch-credits-since-this-year", "2028-04-07 10:40:00",
  ("Ir. Maarten de Vries", "maarten.devries@polibatam.ac.id"),
  "IE3301 credits",
  """Hello,

My course page for IE3301 Production Planning says 2 credits. Since this academic year it is 3 credits.

Regards,
Maarten de Vries""", "course_data", "en",
  cd("IE3301", "Production Planning", credits="3 credits"),
  note="A Dutch colleague states the current value and the true one, nothing more: a credits change.")

M("vietnam-lecturer-it-is-me-now", "2028-04-07 14:00:00",
  ("Dr. Nguyen Thi Lan", "nguyen.lan@polibatam.ac.id"),
  "ME2210 Fluid Mechanics",
  """Dear P4M,

The lecturer listed for ME2210 Fluid Mechanics is still Mr. Hendra Gunawan. From this semester it is me, Dr. Nguyen Thi Lan.

Best regards,
Nguyen Thi Lan""", "course_data", "en",
  cd("ME2210", "Fluid Mechanics", lecturer="Dr. Nguyen Thi Lan"), client="gmail",
  note="A Vietnamese colleague: the listed lecturer and who it is now, no verb of change.")

M("betawi-shortname-doang", "2028-04-08 09:30:00",
  ("Rizky Maulana", "rizky.maulana@polibatam.ac.id"),
  "short name MTK",
  """Min, short name course Matematika Diskrit aye masih MTK-1 doang, mustinya MTK1-TRPL2A biar kagak ketuker ama kelas laen.

Makasih ye,
Rizky""", "course_data", "id",
  cd(None, "Matematika Diskrit", shortname="MTK1-TRPL2A"), client="iphone",
  note="Betawi Indonesian: the short name now and what it ought to be ('mustinya').")

M("key-sekarang-untuk-semester-ini", "2028-04-08 11:10:00",
  ("Lusiana Hutapea", "lusiana.hutapea@polibatam.ac.id"),
  "Kimia Dasar KI1101",
  """Selamat siang,

Enrolment key Kimia Dasar (KI1101) yang sekarang: kimia2026
Untuk semester genap ini: KIMIA-GENAP28

Terima kasih.
Lusiana""", "course_data", "id",
  cd("KI1101", "Kimia Dasar", enrolment_key="KIMIA-GENAP28"),
  note="Two lines, the key now and the key for this term, no verb: a key change.")

# ---------------------------------------------------------------- system notifications without machine headers

M("eoffice-disposisi-formulir", "2028-04-09 07:02:00",
  ("E-Office Polibatam", "eoffice@polibatam.ac.id"),
  "Disposisi baru: Permohonan formulir evaluasi pembelajaran",
  """Yth. Helpdesk P4M,

Anda menerima disposisi baru di E-Office.

Nomor agenda : 1187/D/2028
Perihal      : Permohonan formulir evaluasi pembelajaran
Dari         : Wakil Direktur Bidang Akademik
Sifat        : Biasa

Silakan masuk ke https://eoffice.polibatam.ac.id untuk membaca dan menindaklanjuti dokumen tersebut.

Email ini dikirim secara otomatis oleh sistem E-Office. Mohon tidak membalas email ini.""", "auto", "id",
  client="plain",
  note="A document system's notification with no machine header: it names a form and a document, and says it is sent "
       "automatically.")

M("signing-request-automated", "2028-04-09 08:30:00",
  ("SignFlow", "signature@signflow-mail.com"),
  "Document awaiting your signature: Formulir Usulan Course Baru",
  """Hello Helpdesk P4M,

Dr. Ahmad Fauzi sent you a document to review and sign.

Document: Formulir Usulan Course Baru 2028.pdf
Expires: 23 April 2028

REVIEW DOCUMENT: https://app.signflow-mail.com/s/8f2k19

This is an automated message. Replies to this address are not monitored.
SignFlow Inc. | Privacy | Terms""", "auto", "en",
  client="plain",
  note="An e-signature service's request with no machine header: a document named, an automated footer.")

M("formulir-respons-baru", "2028-04-09 10:45:00",
  ("Formulir P4M", "formulir@polibatam.ac.id"),
  "Respons baru: Formulir Permintaan Dokumen Mutu",
  """Ada 1 respons baru pada formulir "Formulir Permintaan Dokumen Mutu".

Lihat semua respons: https://formulir.polibatam.ac.id/r/dokumen-mutu

Pemberitahuan ini dibuat otomatis. Anda menerimanya karena Anda pemilik formulir ini.""", "auto", "id",
  client="plain",
  note="A form system's notice that a response came in, without the response and with no machine header.")

M("fwd-disposisi-tolong-kirim", "2028-04-09 13:20:00",
  ("Sri Wahyuni", "sri.wahyuni@polibatam.ac.id"),
  "Fwd: Disposisi baru: Permohonan formulir evaluasi pembelajaran",
  """Mas/Mbak P4M,

Ini disposisi dari Wadir yang masuk ke saya juga. Formulir evaluasi pembelajaran versi terbaru mohon dikirimkan ke saya ya, untuk dibagikan ke dosen prodi.

Terima kasih,
Sri

---------- Forwarded message ---------
From: E-Office Polibatam <eoffice@polibatam.ac.id>
Subject: Disposisi baru: Permohonan formulir evaluasi pembelajaran

Anda menerima disposisi baru di E-Office.
Perihal : Permohonan formulir evaluasi pembelajaran

Email ini dikirim secara otomatis oleh sistem E-Office. Mohon tidak membalas email ini.""", "document_request", "id",
  note="A person forwarding a system notification with her own request: human mail, a document asked for.")

if BATCH >= 2:
    pass

E.PLAN = {}
for m in E.MAILS:
    E.PLAN[m["type"]] = E.PLAN.get(m["type"], 0) + 1

if __name__ == "__main__":
    sys.exit(E.main())

#!/usr/bin/env python3
"""Generate the eighteenth P4M helpdesk TUNING corpus for the request type (labelled e-mails).

Written before any rule for it, for the grammar of who asks what: what is asked (a change in Moodle, a text
posted, a fault fixed, a file sent) against words merely mentioned. Voices no corpus has yet: a programme secretary
withdrawing in a reply, a Malaysian administrator cancelling, a Gen-Z class representative backing out, a
department head weighing a change for next year, a lecturer reverting a rename her head rejected, a faculty
clerk asking for the blank form of a change, a student council blasting a notice, an Australian adjunct.
Kinds:
- a request withdrawn ("batal saja", "diurungkan", "scratch that", "kindly cancel", "gak jadi") in a reply whose
  subject still names the change, and in a new mail; near-misses that withdraw one part and ask another, and
  announcements whose text says an event is off;
- a change weighed for next term, its decision and value to come; near-misses asking now for a change from next
  term on;
- a revert of an earlier change ("dikembalikan ke nama semula", "change it back", "balikin"), with document words
  beside it; near-misses restoring deleted content;
- a form, template or procedure asked for, named by the change it serves; a near-miss sending a filled form;
- announcements asked with verbs of spreading no rule knew ("circulate", "blast", "dipajang", "get this up"),
  whose text says nothing needs doing or invites;
- faults told with change words (a rename that hid the course, an edit refused) and other mail with fault words.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py.
Run:  python3 make_tune18_types.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"other": 20, "course_data": 12, "document_request": 4, "announcement": 15, "elearning_support": 11}
M = E.M


def quoted(text):
    return "".join(("> " + line).rstrip() + "\n" for line in text.splitlines())


def ack_id(number, what):
    return (
        "Pada Sen, 4 Okt 2027 pukul 10.02 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>\nmenulis:\n\n"
        + quoted(
            "Permintaan %s telah kami terima dan dicatat dengan nomor tiket [P4M #%d].\n"
            "Mohon periksa ringkasan di atas; bila ada yang keliru, cukup balas email ini." % (what, number)
        )
    )


def ack_en(number, what):
    return "On Mon, 4 Oct 2027 at 10:02, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:\n\n" + quoted(
        "We have received your request for %s and recorded it as ticket [P4M #%d].\n"
        "Please check the summary above; if we have misunderstood anything, simply reply to this e-mail." % (what, number)
    )


def reply(number):
    return "<ack-%d@helpdesk.polibatam.ac.id>" % number


def cd(code=None, name=None, **changes):
    fields = {}
    if code:
        fields["course_code"] = code
    if name:
        fields["course_name"] = name
    if changes:
        fields["changes"] = changes
    return fields


# ---------------------------------------------------------------- withdrawn, in replies and new mail

M("sekprodi-batal-saja-ganti-nama", "2027-10-05 08:15:00",
  ("Novi Andriani, S.ST.", "novi.andriani@polibatam.ac.id"),
  "Re: [P4M #3011] Ganti nama MK Basis Data Lanjut",
  """Selamat pagi Tim P4M,

Mohon maaf, permohonan ini batal saja. Hasil koordinasi dengan Kaprodi, nama mata kuliahnya dipertahankan.

Salam,
Novi
Sekretaris Prodi TI

""" + ack_id(3011, "perubahan nama mata kuliah Basis Data Lanjut"), "other", "id", reply=reply(3011),
  note="Withdrawn in a reply whose subject still names the rename ('batal saja', the name kept).")

M("en-au-scratch-that-shortname", "2027-10-05 13:40:00",
  ("Liam Gallagher", "liam.gallagher@polibatam.ac.id"),
  "RE: [P4M #3016] Short name for Applied Statistics",
  """G'day team,

Scratch that one, sorry. Turns out the short name is fine the way it is and the unit coordinator reckons we leave it alone.

Cheers,
Liam

""" + ack_en(3016, "a change of short name for Applied Statistics"), "other", "en", client="outlook",
  reply=reply(3016), note="An Australian adjunct withdraws in a reply ('scratch that'); the subject names the field.")

M("genz-gak-jadi-ganti-dosen", "2027-10-06 21:05:00",
  ("Rafi Ardiansyah", "rafi.ardiansyah@students.polibatam.ac.id"),
  "Re: [P4M #3020] ganti dosen pengampu MK Jarkom kelas 2B",
  """kak maaf gak jadi ya 🙏 udh ga perlu lagi, dosennya tetep pak Fauzan kata prodi

rafi (kosma 2B)

""" + ack_id(3020, "perubahan dosen pengampu mata kuliah Jaringan Komputer"), "other", "id", client="iphone",
  reply=reply(3020), note="A class representative backs out ('gak jadi', 'udh ga perlu lagi').")

M("formal-pembatalan-permohonan-sks", "2027-10-07 09:30:00",
  ("Drs. Bambang Sulistyo, M.M.", "bambang.sulistyo@polibatam.ac.id"),
  "Re: [P4M #3024] Perubahan SKS MK Manajemen Operasional",
  """Dengan hormat,

Menindaklanjuti email kami sebelumnya, bersama ini kami sampaikan pembatalan permohonan perubahan SKS mata kuliah Manajemen Operasional. Jumlah SKS tetap sebagaimana tercantum saat ini.

Atas perhatiannya kami ucapkan terima kasih.

Ketua Jurusan Manajemen Bisnis

""" + ack_id(3024, "perubahan SKS mata kuliah Manajemen Operasional"), "other", "id", client="outlook",
  reply=reply(3024), note="A formal cancellation ('pembatalan permohonan'); 'tercantum' is no correction asked.")

M("my-kindly-cancel-credits", "2027-10-07 15:10:00",
  ("Nurul Aisyah binti Kamal", "nurul.aisyah@polibatam.ac.id"),
  "Re: [P4M #3027] Credits for Business Communication",
  """Hi P4M team,

Kindly cancel this request. The programme has decided to retain the current credits for Business Communication, so there is nothing to update on e-learning. Sorry for the trouble caused.

Regards,
Nurul Aisyah

""" + ack_en(3027, "a change of credits for Business Communication"), "other", "en", reply=reply(3027),
  note="A Malaysian administrator cancels in a reply ('kindly cancel this request').")

M("urungkan-enrol-key-baru", "2027-10-08 07:50:00",
  ("Hendrik Pasaribu", "hendrik.pasaribu@polibatam.ac.id"),
  "Enrolment key Fisika Terapan",
  """Pagi,

Permintaan saya kemarin soal enrolment key baru untuk Fisika Terapan diurungkan saja ya. Ternyata mahasiswanya sudah masuk semua pakai key yang lama.

Makasih,
Hendrik
""", "other", "id", note="A new mail withdrawing yesterday's request ('diurungkan saja').")

M("reply-tidak-jadi-nama-tapi-sks", "2027-10-08 10:25:00",
  ("Sri Wahyuni, M.T.", "sri.wahyuni@polibatam.ac.id"),
  "Re: [P4M #3031] Ganti nama MK Mekanika Bahan",
  """Siang,

Nama MK tidak jadi diganti. Tapi tolong SKS Mekanika Bahan diubah menjadi 3 ya, sesuai kurikulum baru.

Terima kasih,
Sri

""" + ack_id(3031, "perubahan nama mata kuliah Mekanika Bahan"), "course_data", "id", reply=reply(3031),
  fields=cd(None, "Mekanika Bahan", credits="3"),
  note="Near-miss: one part withdrawn, another asked in the same reply.")

M("en-never-mind-name-but-key", "2027-10-08 14:00:00",
  ("Grace Tan", "grace.tan@polibatam.ac.id"),
  "Re: [P4M #3033] Rename Cost Accounting",
  """Hi,

We won't need the rename after all. What we do need is a new enrolment key for Cost Accounting: please set it to CostAcc#27 before Thursday.

Thanks,
Grace

""" + ack_en(3033, "a rename of Cost Accounting"), "course_data", "en", reply=reply(3033),
  fields=cd(None, "Cost Accounting", enrolment_key="CostAcc#27"),
  note="Near-miss: the rename withdrawn, an enrolment key asked instead.")

M("umumkan-kuliah-tamu-tidak-jadi", "2027-10-09 08:40:00",
  ("Dewi Kartika", "dewi.kartika@polibatam.ac.id"),
  "Kuliah tamu Jumat batal",
  """Tim P4M,

Mohon diumumkan di e-learning untuk mahasiswa Akuntansi Manajerial:

Kuliah Tamu Jumat Ditiadakan
Kuliah tamu hari Jumat, 15 Oktober 2027 tidak jadi dilaksanakan karena narasumber berhalangan. Perkuliahan berjalan seperti biasa.

Terima kasih,
Dewi
""", "announcement", "id",
  fields={"course_name": "Akuntansi Manajerial", "title": "Kuliah Tamu Jumat Ditiadakan", "scope": "course"},
  note="Near-miss: 'tidak jadi' is the announced event's, not a withdrawn request.")

# ---------------------------------------------------------------- a change weighed for next term

M("en-hod-may-rename-next-year", "2027-10-11 09:00:00",
  ("Dr. Priya Raman", "priya.raman@polibatam.ac.id"),
  "Data Mining course - possible rename",
  """Hi team,

Just a heads-up rather than a request: it would be good if Data Mining (IF3302) could be renamed from next academic year, as the content has moved towards machine learning. I still need to run it past the curriculum committee, and I'll come back to you with the exact name once it is settled.

Best,
Priya
""", "other", "en", note="A change weighed for next year; its name and decision to come.")

M("tahun-ajaran-depan-pengampu-dibicarakan", "2027-10-11 13:30:00",
  ("Ir. Made Suartika, M.T.", "made.suartika@polibatam.ac.id"),
  "Pengampu Termodinamika tahun depan",
  """Yth. Tim P4M,

Kalau memungkinkan, tahun ajaran depan pengampu Termodinamika akan diganti, tetapi hal ini masih saya bicarakan dengan Ketua Jurusan. Setelah ada keputusan, saya akan menghubungi kembali beserta nama dosennya.

Hormat saya,
Made Suartika
""", "other", "id", client="zimbra", note="A formal hedged plan for next year; nothing asked now.")

M("singkat-smt-depan-sks-blm-fix", "2027-10-12 20:10:00",
  ("Yoga Pratama", "yoga.pratama@polibatam.ac.id"),
  "sks MK Mikrokontroler",
  """mlm tim, kyknya smt depan sks MK Mikrokontroler mau dinaikkan jd 4, tp blm fix. nnt kukabarin lg ya

yoga
""", "other", "id", client="iphone", note="An abbreviated hedge for next semester ('blm fix', 'nnt kukabarin').")

M("mulai-semester-depan-ganti-disetujui", "2027-10-13 08:05:00",
  ("Fitri Handayani, M.Pd.", "fitri.handayani@polibatam.ac.id"),
  "Ganti nama MK mulai semester depan",
  """Selamat pagi,

Mohon mulai semester depan nama MK EN2105 Bahasa Inggris Teknik diganti menjadi English for Engineering. Perubahan ini sudah disetujui Kaprodi pada rapat kurikulum kemarin.

Terima kasih,
Fitri
""", "course_data", "id",
  fields=cd("EN2105", "Bahasa Inggris Teknik", fullname="English for Engineering"),
  note="Near-miss: a change for next semester asked now and already approved.")

M("en-starting-next-term-credits", "2027-10-13 11:45:00",
  ("Michael Brennan", "michael.brennan@polibatam.ac.id"),
  "Credits for ENG2101 from next term",
  """Hello P4M,

Starting next term, please change the credits of ENG2101 Technical Writing to 3. This was approved at the faculty meeting on Monday.

Kind regards,
Michael
""", "course_data", "en",
  fields=cd("ENG2101", "Technical Writing", credits="3"),
  note="Near-miss: asked now, from next term on, approved.")

# ---------------------------------------------------------------- reverted

M("en-change-it-back-original-name", "2027-10-14 09:20:00",
  ("Anita Wijayanti", "anita.wijayanti@polibatam.ac.id"),
  "Course name - please change it back",
  """Dear helpdesk,

Last week MN2204 was renamed at my request, but our head of programme pointed out that the new name no longer matches the curriculum document. Could you change the course name back to the original one, Digital Marketing?

Apologies for the back and forth.
Anita
""", "course_data", "en", client="outlook",
  fields=cd("MN2204", None, fullname="Digital Marketing"),
  note="A revert ('change it back to the original') beside the words 'curriculum document'.")

M("shortname-dikembalikan-seperti-sebelumnya", "2027-10-14 14:15:00",
  ("Lestari Ningsih", "lestari.ningsih@polibatam.ac.id"),
  "Short name Manajemen Keuangan",
  """Siang Tim P4M,

Mohon short name MK Manajemen Keuangan dikembalikan seperti sebelumnya, yaitu MNJ-2A, karena di dokumen RPS dan jadwal masih memakai yang lama.

Terima kasih,
Lestari
""", "course_data", "id",
  fields=cd(None, "Manajemen Keuangan", shortname="MNJ-2A"),
  note="A revert of a short name, 'dokumen RPS' named as the reason.")

M("balikin-pengampu-salah-orang", "2027-10-15 19:45:00",
  ("Tasya Amelia", "tasya.amelia@polibatam.ac.id"),
  "pengampu statistik",
  """kak, pengampu MK Statistika kelas 1C tolong dibalikin ke Bu Rina aja ya, yg kemarin diganti ternyata salah orang 🙏

tasya - admin prodi
""", "course_data", "id", client="iphone",
  fields=cd(None, "Statistika", lecturer="Bu Rina"),
  note="A casual revert ('dibalikin ke') of a lecturer changed by mistake.")

M("kembalikan-materi-terhapus", "2027-10-15 10:30:00",
  ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "Materi minggu 3 hilang",
  """Selamat pagi,

Materi minggu 3 di course Rangkaian Digital tidak sengaja terhapus waktu saya merapikan section. Mohon dikembalikan seperti semula kalau masih ada cadangannya.

Terima kasih,
Agus
""", "elearning_support", "id",
  note="Near-miss: content restored 'seperti semula', not a course field reverted.")

M("en-revert-quiz-previous-version", "2027-10-16 08:50:00",
  ("Hannah Schultz", "hannah.schultz@polibatam.ac.id"),
  "Quiz questions disappeared",
  """Hello,

After I edited Quiz 2 in Control Systems yesterday, half of the questions disappeared. Is there any way to revert the quiz to the previous version? Students take it on Friday.

Thanks,
Hannah
""", "elearning_support", "en", note="Near-miss: a quiz reverted is support.")

# ---------------------------------------------------------------- a document named by the change it serves

M("template-surat-permohonan-perubahan-data-mk", "2027-10-18 09:10:00",
  ("Rahmawati", "rahmawati.adm@polibatam.ac.id"),
  "Template surat permohonan perubahan data MK",
  """Selamat pagi Tim P4M,

Bisa minta template surat permohonan perubahan data mata kuliah? Prodi akan mengajukan penggantian nama beberapa MK semester ini dan kami ingin memakai format yang benar.

Terima kasih,
Rahmawati
Admin Jurusan Teknik Elektro
""", "document_request", "id", note="A letter template asked for, named by the change it serves.")

M("en-official-form-rename", "2027-10-18 13:20:00",
  ("Olivia Hart", "olivia.hart@polibatam.ac.id"),
  "Form for course name changes?",
  """Hi,

Is there an official form for requesting course name changes on e-learning? We have six courses to rename for the new curriculum and would rather submit them the proper way. Please send it over if there is one.

Thanks,
Olivia
""", "document_request", "en", note="A form asked for; 'rename' is what the form is for.")

M("blanko-pengajuan-pergantian-pengampu", "2027-10-19 08:00:00",
  ("Yusuf Hidayat", "yusuf.hidayat@polibatam.ac.id"),
  "blanko ganti pengampu",
  """Pagi P4M, minta blanko/format pengajuan pergantian dosen pengampu yang versi terbaru ya. Yg lama masih ada kolom NIP lama.

Yusuf
""", "document_request", "id", client="iphone", note="A blank form for a change of lecturer.")

M("sop-pemasangan-pengumuman", "2027-10-19 10:40:00",
  ("Wulan Sari, S.E.", "wulan.sari@polibatam.ac.id"),
  "SOP pengumuman e-learning",
  """Dengan hormat,

Untuk keperluan audit mutu unit, mohon dikirimkan SOP pemasangan pengumuman di e-learning beserta formulir permohonannya.

Terima kasih,
Wulan Sari
Unit Penjaminan Mutu Jurusan
""", "document_request", "id", client="outlook", note="A procedure for announcements asked for: words of posting are its topic.")

M("formulir-terisi-lampiran-ganti-nama", "2027-10-20 09:00:00",
  ("Bayu Firmansyah", "bayu.firmansyah@polibatam.ac.id"),
  "Formulir perubahan data MK AK2101",
  """Selamat pagi,

Berikut saya tuliskan isi formulir perubahan data MK yang sudah ditandatangani Kaprodi: nama MK AK2101 Akuntansi Menengah diganti menjadi Akuntansi Keuangan Menengah.

Mohon diproses, terima kasih.
Bayu
""", "course_data", "id",
  fields=cd("AK2101", "Akuntansi Menengah", fullname="Akuntansi Keuangan Menengah"),
  note="Near-miss: a filled form sent with the change it asks.")

# ---------------------------------------------------------------- announcements spread with new verbs

M("en-circulate-library-closed", "2027-10-21 08:30:00",
  ("Siti Rohani", "siti.rohani@polibatam.ac.id"),
  "Library closure - for circulation",
  """Dear P4M,

Kindly circulate the notice below to all students via the e-learning front page.

Library Closed for Stocktaking
The campus library will be closed from 25 to 27 October 2027 for annual stocktaking. No action is needed from students; loans due in that period are extended automatically.

Thank you,
Siti Rohani
Head Librarian
""", "announcement", "en",
  fields={"title": "Library Closed for Stocktaking", "scope": "site"},
  note="'circulate' to all students; the notice's own 'no action is needed' is its text, not the mail's.")

M("blast-ke-mhs-tidak-perlu-bawa", "2027-10-21 16:20:00",
  ("BEM Polibatam", "bem@students.polibatam.ac.id"),
  "Tolong di-blast: info UTS online",
  """Halo min P4M,

Tolong di-blast ke semua mahasiswa lewat e-learning ya:

Info UTS Online Gelombang 2
UTS online gelombang 2 dilaksanakan dari rumah. Mahasiswa tidak perlu datang ke kampus dan tidak perlu membawa apa-apa selain laptop yang sudah terpasang Safe Exam Browser.

Makasih min!
BEM Polibatam
""", "announcement", "id",
  fields={"title": "Info UTS Online Gelombang 2", "scope": "site"},
  note="'di-blast' to all students; 'tidak perlu ... apa-apa' belongs to the notice.")

M("dipajang-beranda-undangan-dies", "2027-10-22 09:15:00",
  ("Humas Polibatam", "humas@polibatam.ac.id"),
  "Mohon dipajang di beranda e-learning",
  """Yth. Tim P4M,

Mohon informasi berikut dipajang di beranda e-learning selama satu minggu:

Undangan Dies Natalis ke-28 Politeknik Negeri Batam
Seluruh civitas akademika diundang menghadiri upacara Dies Natalis pada Senin, 1 November 2027 di lapangan utama.

Salam,
Humas
""", "announcement", "id", client="outlook",
  fields={"title": "Undangan Dies Natalis ke-28 Politeknik Negeri Batam", "scope": "site"},
  note="'dipajang di beranda'; the invitation is the notice's text.")

M("en-get-this-up-for-my-class", "2027-10-22 14:05:00",
  ("Ben Okafor", "ben.okafor@polibatam.ac.id"),
  "Could you get this up for my Thermofluids class?",
  """Hi team,

Could you get this up on the Thermofluids course page for my students today?

Lab Report Deadline Moved
The lab report deadline moves from Friday to Monday 8 November 2027. FYI, the lab itself goes ahead as planned.

Thanks heaps,
Ben
""", "announcement", "en",
  fields={"course_name": "Thermofluids", "title": "Lab Report Deadline Moved", "scope": "course"},
  note="'get this up on the course page'; 'FYI' is inside the notice.")

M("en-workshop-cancelled-post-front-page", "2027-10-25 08:10:00",
  ("Teaching and Learning Centre", "tlc@polibatam.ac.id"),
  "Please post: workshop cancelled",
  """Hello P4M,

Please put the following on the e-learning front page:

Rubric Workshop Cancelled
The rubric workshop planned for 28 October 2027 is cancelled. We will share a new date soon.

Regards,
TLC
""", "announcement", "en",
  fields={"title": "Rubric Workshop Cancelled", "scope": "site"},
  note="Near-miss: 'cancelled' and 'will share' belong to the notice.")

# ---------------------------------------------------------------- faults told with change words; other mail with fault words

M("sudah-ganti-nama-tidak-ditemukan", "2027-10-26 09:00:00",
  ("Rina Marlina", "rina.marlina@polibatam.ac.id"),
  "Course tidak bisa dicari setelah ganti nama",
  """Selamat pagi,

Nama MK Perpajakan saya di e-learning diganti bulan lalu. Sejak itu mahasiswa baru tidak bisa menemukan course-nya lewat kotak pencarian, padahal yang lama bisa. Mohon dibantu dicek.

Terima kasih,
Rina
""", "elearning_support", "id", note="A fault after a rename; the rename is its background.")

M("mau-ubah-deskripsi-tombol-tidak-ada", "2027-10-26 13:10:00",
  ("Joko Susilo", "joko.susilo@polibatam.ac.id"),
  "Tombol edit settings hilang",
  """Siang,

Saya mau mengubah deskripsi course Gambar Teknik sendiri, tapi tombol Edit settings di course saya tidak ada. Akun saya masih tercatat sebagai pengajar. Mohon bantuannya.

Joko
""", "elearning_support", "id", note="The writer's own edit refused: support, not a change asked of the unit.")

M("en-access-denied-update-summary", "2027-10-27 10:00:00",
  ("Sarah Lim", "sarah.lim@polibatam.ac.id"),
  "Access denied when editing my course",
  """Hi,

I tried to update the summary of my Marketing Research course myself this morning, but Moodle shows "Access denied" every time I press Save. Could you check my permissions?

Sarah
""", "elearning_support", "en", note="A permission fault while editing; 'update the summary' is the writer's own act.")

M("banding-nilai-dosen", "2027-10-27 15:30:00",
  ("Dimas Saputra", "dimas.saputra@students.polibatam.ac.id"),
  "nilai saya kok C",
  """Permisi min, nilai akhir Statistika saya keluar C padahal semua tugas dan kuis sudah saya kerjakan. Kira-kira saya harus protes ke siapa ya? Dosennya belum balas chat saya.

Dimas
""", "other", "id", client="iphone", note="A grade dispute for the lecturer: fault words, no e-learning fault.")

M("en-ejournal-portal-library", "2027-10-28 09:40:00",
  ("Kevin Hartono", "kevin.hartono@polibatam.ac.id"),
  "E-journal portal not loading",
  """Hello,

The library's e-journal portal (ProQuest) has not been loading for me since yesterday: it keeps spinning and then times out. Which office should I contact about this?

Regards,
Kevin
""", "other", "en", note="Another office's system with fault words; the writer asks who handles it.")

M("surat-tugas-mengajar-belum-keluar", "2027-10-28 11:00:00",
  ("Yanti Oktaviani", "yanti.oktaviani@polibatam.ac.id"),
  "Surat tugas mengajar",
  """Selamat siang,

Surat tugas mengajar saya semester ini belum keluar, sedangkan di jadwal saya sudah tercatat mengajar 3 kelas. Mohon info ke mana saya harus menanyakan hal ini.

Terima kasih,
Yanti
""", "other", "id", note="A teaching letter from personnel; classes named only as background.")


# ---------------------------------------------------------------- second batch (written after the first rules, scored
# on them before any rule for it): announcements for staff and by nouns other than "pengumuman", activity settings
# changed (support), and other mail with e-learning words

M("infokan-ke-dosen-rapat-kurikulum", "2027-11-01 08:20:00",
  ("Sekretariat Jurusan TI", "sekjur.ti@polibatam.ac.id"),
  "Mohon bantu infokan ke dosen",
  """Yth. Tim P4M,

Mohon bantu infokan ke seluruh dosen Jurusan Teknik Informatika melalui e-learning:

Rapat Evaluasi Kurikulum Semester Ganjil
Rapat evaluasi kurikulum dilaksanakan Kamis, 4 November 2027 pukul 13.00 WIB di Ruang Rapat Jurusan. Kehadiran seluruh dosen sangat diharapkan.

Terima kasih,
Sekretariat Jurusan TI
""", "announcement", "id", client="outlook",
  fields={"title": "Rapat Evaluasi Kurikulum Semester Ganjil", "scope": "site"},
  note="A notice for lecturers ('infokan ke seluruh dosen'); the meeting is its text.")

M("buatkan-pemberitahuan-server-maintenance", "2027-11-01 10:00:00",
  ("UPT TIK", "upt.tik@polibatam.ac.id"),
  "Pemberitahuan pemeliharaan jaringan",
  """Halo P4M,

Tolong dibuatkan pemberitahuan di halaman depan e-learning:

Pemeliharaan Jaringan Kampus
Pada Sabtu, 6 November 2027 pukul 22.00-24.00 WIB jaringan kampus akan mengalami gangguan karena pemeliharaan.

Salam,
UPT TIK
""", "announcement", "id",
  fields={"title": "Pemeliharaan Jaringan Kampus", "scope": "site"},
  note="'dibuatkan pemberitahuan': a notice asked by another word than 'pengumuman'.")

M("en-post-reminder-news-forum", "2027-11-02 07:40:00",
  ("Rebecca Moore", "rebecca.moore@polibatam.ac.id"),
  "Reminder for my Academic Writing group",
  """Hi,

Could you add a reminder to the news forum of my Academic Writing course?

Essay Draft Due Friday
A reminder that the first essay draft is due this Friday, 5 November 2027, by 23:59.

Thank you,
Rebecca
""", "announcement", "en",
  fields={"course_name": "Academic Writing", "title": "Essay Draft Due Friday", "scope": "course"},
  note="'add a reminder to the news forum': Moodle's own word for a course's announcements.")

M("en-for-staff-training-notice", "2027-11-02 09:30:00",
  ("Human Resources", "hr@polibatam.ac.id"),
  "Notice for all staff on e-learning",
  """Dear P4M,

Please share the notice below with all lecturers and staff on the e-learning site:

Moodle Training for New Lecturers
A two-day Moodle training for lecturers who joined this year will be held on 10-11 November 2027 in Lab Komputer 3.

Best regards,
HR Office
""", "announcement", "en",
  fields={"title": "Moodle Training for New Lecturers", "scope": "site"},
  note="A training for new lecturers is the text of a notice asked to be shared, not a question about training.")

M("beritahu-tendik-libur", "2027-11-03 08:00:00",
  ("Bagian Umum", "umum@polibatam.ac.id"),
  "Info libur untuk pegawai",
  """Siang P4M,

Tolong diinfokan ke semua pegawai dan tendik lewat e-learning ya:

Libur Hari Guru
Kantor tutup pada Kamis, 25 November 2027. Layanan kembali normal Jumat.

Makasih,
Bagian Umum
""", "announcement", "id",
  fields={"title": "Libur Hari Guru", "scope": "site"},
  note="A notice for administrative staff ('pegawai dan tendik').")

M("ubah-batas-waktu-kuis", "2027-11-03 13:15:00",
  ("Eko Prasetyo", "eko.prasetyo@polibatam.ac.id"),
  "batas waktu kuis 3",
  """Siang,

Mohon batas waktu Kuis 3 di course Fisika Dasar diubah jadi 60 menit, kemarin saya salah isi 30 menit dan saya tidak bisa mengeditnya karena sudah ada yang mengerjakan.

Terima kasih,
Eko
""", "elearning_support", "id",
  note="An activity's setting changed (a quiz's time limit), not a course field.")

M("en-change-assignment-due-date", "2027-11-04 09:10:00",
  ("Farah Nadia", "farah.nadia@polibatam.ac.id"),
  "Assignment due date",
  """Hello,

Please change the due date of Assignment 2 in my Operations Research course to 12 November 2027. The edit page will not save my date.

Regards,
Farah
""", "elearning_support", "en",
  note="An assignment's due date changed: support, though 'change ... to' reads like a course change.")

M("koreksi-nilai-mahasiswa-gradebook", "2027-11-04 14:00:00",
  ("Rudi Setiawan", "rudi.setiawan@polibatam.ac.id"),
  "koreksi nilai di gradebook",
  """Pak/Bu, nilai UTS dua mahasiswa di gradebook course Akuntansi Dasar perlu dikoreksi, angka yang saya impor tertukar antara kolom UTS dan tugas. File impornya sudah saya perbaiki tapi import kedua ditolak. Mohon bantuannya.

Rudi
""", "elearning_support", "id",
  note="Grades to be corrected after a failed import: support.")

M("ubah-nama-kelas-near-miss", "2027-11-05 08:30:00",
  ("Siska Amelia", "siska.amelia@polibatam.ac.id"),
  "nama kelas course Statistika",
  """Pagi,

Mohon nama kelas pada course Statistika Bisnis (MB2203) diubah dari MB-2A menjadi MB-2A Pagi, karena mulai semester ini ada kelas malam.

Terima kasih,
Siska
""", "course_data", "id",
  fields=cd("MB2203", "Statistika Bisnis", **{"class": "MB-2A Pagi"}),
  note="Near-miss: a course field (its class) changed to a value.")

M("keluhan-lemot-tanpa-minta", "2027-11-05 16:45:00",
  ("Andi Wijaya", "andi.wijaya@polibatam.ac.id"),
  "E-learning lemot sekali",
  """Sore,

Sekadar menyampaikan keluhan, e-learning hari ini lemot sekali waktu jam kuliah, saya sampai harus mengulang presentasi. Semoga ke depan bisa lebih baik.

Andi
""", "other", "id", note="A complaint told for the record, nothing asked to be fixed.")

M("en-suggestion-dark-mode", "2027-11-06 10:20:00",
  ("Marcus Lee", "marcus.lee@students.polibatam.ac.id"),
  "Suggestion for the e-learning site",
  """Hi P4M,

Just a suggestion from a student: it would be nice if the e-learning site had a dark mode, many of us study late at night. No problem if it is not possible.

Cheers,
Marcus
""", "other", "en", note="A suggestion, no fault and no change of a course.")


# ---------------------------------------------------------------- third batch (written after the second batch's
# rules, scored on them before any rule for it): a notice handed over by its own salutation to students, the
# writer's own account or a course's members changed (support), the lecturer's matters (other), and near-misses

M("kepada-seluruh-mahasiswa-tanpa-kata-pengumuman", "2027-11-08 07:30:00",
  ("Dr. Lina Marpaung", "lina.marpaung@polibatam.ac.id"),
  "Untuk kelas Kimia Analitik",
  """Selamat pagi P4M,

Kepada seluruh mahasiswa Kimia Analitik kelas KA-2A:
Praktikum titrasi minggu ini dipindah ke Laboratorium Kimia 2 karena Lab 1 sedang direnovasi. Jadwal tetap Rabu pukul 08.00.

Terima kasih atas bantuannya.
Lina
""", "announcement", "id",
  fields={"course_name": "Kimia Analitik", "scope": "course"},
  note="The notice handed over by its own salutation to students, no word of posting.")

M("en-dear-students-inside", "2027-11-08 11:00:00",
  ("Tom Richards", "tom.richards@polibatam.ac.id"),
  "For my Project Management course page",
  """Hi P4M,

Text below for my Project Management course page, thanks:

Dear students,
Our guest speaker session has moved to Thursday 18 November 2027 at 10:00 in the main hall. Attendance will be taken.

Tom
""", "announcement", "en",
  fields={"course_name": "Project Management", "scope": "course"},
  note="'Dear students' opens the notice inside the mail; 'text below for my course page'.")

M("perhatian-mahasiswa-tingkat-akhir", "2027-11-09 08:45:00",
  ("Koordinator TA Teknik Elektro", "ta.elektro@polibatam.ac.id"),
  "Info TA",
  """P4M yth,

PERHATIAN: Diberitahukan kepada mahasiswa tingkat akhir Teknik Elektro bahwa batas unggah draf Tugas Akhir adalah Jumat, 26 November 2027.

Salam,
Koordinator TA
""", "announcement", "id",
  fields={"scope": "site"},
  note="A formal opening 'Diberitahukan kepada mahasiswa ... bahwa' is the notice itself.")

M("nama-saya-salah-profil", "2027-11-09 13:20:00",
  ("Muhammad Rizky Pratama", "m.rizky@students.polibatam.ac.id"),
  "nama saya di e-learning salah",
  """Permisi admin, nama saya di akun e-learning tertulis Muhamad Riski Pratama, seharusnya Muhammad Rizky Pratama sesuai KTM. Mohon dibantu diperbaiki ya.

Rizky (NIM 4312201045)
""", "elearning_support", "id", client="iphone",
  note="The writer's own account name corrected: support, not a course field.")

M("tambahkan-mahasiswa-pindahan-ke-course", "2027-11-10 09:05:00",
  ("Dewi Anggraini", "dewi.anggraini@polibatam.ac.id"),
  "Mahasiswa pindahan",
  """Siang Tim P4M,

Tolong tambahkan dua mahasiswa pindahan (NIM 3312301077 dan 3312301078) ke course Pengantar Akuntansi kelas AK-1B saya. Mereka belum bisa masuk sejak minggu lalu.

Terima kasih,
Dewi
""", "elearning_support", "id",
  note="Students added to a course: enrolment, though 'tambahkan' is a change word.")

M("en-reset-course-new-semester", "2027-11-10 15:00:00",
  ("Adrian Koh", "adrian.koh@polibatam.ac.id"),
  "Reset my course for the new semester",
  """Hello,

Could you reset my Database Systems course for the new semester? I'd like last term's submissions and grades cleared but keep all the materials and quizzes.

Thanks,
Adrian
""", "elearning_support", "en",
  note="A course reset (submissions cleared, content kept): support.")

M("email-dosen-apa", "2027-11-11 19:30:00",
  ("Putri Ramadhani", "putri.ramadhani@students.polibatam.ac.id"),
  "email dosen",
  """Malam kak, mau tanya email dosen pengampu Sistem Digital kelas 2C apa ya? Mau konsultasi tugas tapi di e-learning profil beliau kosong.

Makasih kak
""", "other", "id", client="iphone", note="A student asking a lecturer's address: nothing to fix or change.")

M("nilai-belum-diinput-dosen", "2027-11-12 10:10:00",
  ("Yudha Kurniawan", "yudha.kurniawan@students.polibatam.ac.id"),
  "nilai tugas belum keluar",
  """Halo, nilai tugas 2 dan 3 Pemrograman Web saya di e-learning belum ada padahal sudah dua minggu dikumpulkan. Apakah dosennya memang belum menilai? Saya harus tanya ke siapa?

Yudha
""", "other", "id", note="Grades the lecturer has not entered yet: the lecturer's matter.")

M("nama-dosen-di-course-salah-seharusnya", "2027-11-12 14:40:00",
  ("Hartono", "hartono.admin@polibatam.ac.id"),
  "pengampu course Fisika Terapan",
  """Siang,

Di course Fisika Terapan (FT1102) pengampunya masih tertulis Dr. Bambang Irawan, seharusnya Dra. Sri Utami, M.Si. mulai semester ini.

Terima kasih,
Hartono
""", "course_data", "id",
  fields=cd("FT1102", "Fisika Terapan", lecturer="Dra. Sri Utami, M.Si."),
  note="Near-miss: a course field (its lecturer) recorded wrongly, the right one given.")

M("en-add-as-co-lecturer", "2027-11-13 08:25:00",
  ("Helen Park", "helen.park@polibatam.ac.id"),
  "Co-lecturer for Marketing Analytics",
  """Hi,

Please add Mr. Daniel Wong as co-lecturer of Marketing Analytics (MK3304) from this week; he takes over the lab sessions.

Helen
""", "course_data", "en",
  fields=cd("MK3304", "Marketing Analytics", lecturer="Mr. Daniel Wong"),
  note="Near-miss: a lecturer added to a course is a change of its data, not an enrolment.")


# ---------------------------------------------------------------- fourth batch (written after the third batch's
# rules, scored on them before any rule for it): an announcement awaited or a change wondered about (other), beside
# the same words asking

M("kapan-pengumuman-seleksi-asisten", "2027-11-15 09:00:00",
  ("Nadia Putri", "nadia.putri@students.polibatam.ac.id"),
  "pengumuman seleksi asisten lab",
  """Permisi min, kapan ya pengumuman hasil seleksi asisten lab keluar? Katanya minggu ini tapi belum ada kabar.

Nadia
""", "other", "id", client="iphone", note="An announcement awaited, not asked to be posted.")

M("en-when-results-announced", "2027-11-15 13:30:00",
  ("Jason Lim", "jason.lim@students.polibatam.ac.id"),
  "Tutor recruitment results",
  """Hi,

When will the peer tutor recruitment results be announced? I applied two weeks ago and haven't heard anything.

Thanks,
Jason
""", "other", "en", note="A question when results will be announced.")

M("apakah-nama-mk-akan-berubah-kurikulum", "2027-11-16 10:15:00",
  ("Budi Santoso", "budi.santoso@polibatam.ac.id"),
  "Nama MK di kurikulum baru",
  """Selamat pagi,

Apakah nama MK Pemrograman Dasar akan diganti di e-learning setelah kurikulum 2028 berlaku? Saya perlu tahu untuk menyiapkan RPS.

Terima kasih,
Budi
""", "other", "id", note="A question whether a course will be renamed: asks to be told.")

M("en-will-credits-change", "2027-11-16 15:45:00",
  ("Aisha Rahman", "aisha.rahman@polibatam.ac.id"),
  "Credits under the new curriculum",
  """Hello,

Will the credits of Engineering Drawing be changed on e-learning when the new curriculum starts, or does that stay with the department? Just want to plan my assessment weights.

Aisha
""", "other", "en", note="A question whether credits will change.")

M("mohon-diumumkan-hasil-seleksi", "2027-11-17 08:10:00",
  ("Lab Komputer", "labkom@polibatam.ac.id"),
  "Mohon diumumkan hasil seleksi asisten",
  """Pagi P4M,

Mohon diumumkan di beranda e-learning:

Hasil Seleksi Asisten Lab Komputer 2027
Daftar asisten terpilih dapat dilihat di papan informasi Lab Komputer mulai Kamis, 18 November 2027.

Terima kasih,
Kepala Lab Komputer
""", "announcement", "id",
  fields={"title": "Hasil Seleksi Asisten Lab Komputer 2027", "scope": "site"},
  note="Near-miss: the results asked to be announced.")

M("apakah-bisa-diganti-menjadi-sopan", "2027-11-17 11:20:00",
  ("Dra. Kartini Siregar", "kartini.siregar@polibatam.ac.id"),
  "Nama MK Bahasa Indonesia",
  """Selamat siang,

Apakah nama MK BI1101 Bahasa Indonesia bisa diganti menjadi Bahasa Indonesia Akademik? Perubahan ini sudah disetujui prodi.

Terima kasih,
Kartini
""", "course_data", "id",
  fields=cd("BI1101", "Bahasa Indonesia", fullname="Bahasa Indonesia Akademik"),
  note="Near-miss: a polite question that asks the change with its value.")


if __name__ == "__main__":
    sys.exit(E.main())

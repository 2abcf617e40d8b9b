#!/usr/bin/env python3
"""Generate the twentieth P4M helpdesk TUNING corpus for the request type (labelled e-mails).

Written before any rule for it, in voices no corpus has: support problems told in words no rule has (students who
cannot find a course, a quiz that shut early, an upload that spins, a phone app refusing a login, an account lost
after a name correction); misdirected requests (SIAKAD grades, payroll, BAAK, Wi-Fi), thanks, invitations, surveys
and vendor offers that are `other` although they name e-learning; course data changes told indirectly; machine mail
that carries none of the usual headers (meeting responses, DMARC reports, Zoom / Teams / SharePoint / Google
Calendar notifications, message recalls, a full mailbox, a vacation reply with only its subject, another unit's
ticket system). Near-misses: people writing about such mail, who must never be taken for machines.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py.
Run:  python3 make_tune20_types.py   (BATCH=1 writes only the first batch)
"""

import os
import sys
from email.message import EmailMessage
from email.policy import default as DEFAULT
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
M = E.M
BATCH = int(os.environ.get("BATCH", "2"))


def raw(slug, date, sender, subject, body, type_="auto", lang="id", hdr=(), note="", calendar=None, zone=None):
    """A message built by hand: machine mail with its own headers, or mail with a text/calendar part."""
    msg = EmailMessage(policy=DEFAULT)
    name, addr = sender
    d = E.when(date)
    if zone is not None:
        d = d.astimezone(zone)
    msg["From"] = formataddr((name, addr)) if name else addr
    msg["To"] = "Helpdesk P4M <%s>" % E.HELPDESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(d)
    msg["Message-ID"] = "<%s@%s>" % (E.H(slug, "mid", 20), addr.split("@")[1])
    for k, v in hdr:
        msg[k] = v
    msg.set_content(body)
    if calendar is not None:
        method, ics = calendar
        msg.add_alternative(ics, subtype="calendar", params={"method": method})
    n = 0
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
        if part.is_multipart():
            n += 1
            part.set_boundary("----=_Part_%d_%s" % (n, E.H(slug, "b%d" % n, 18)))
    text = msg.as_string(policy=E.POLICY)
    E.MAILS.append(dict(slug=slug, date=date, raw=text, type=type_, lang=lang, fields={}, note=note, att=[],
                        subject=subject))


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

# ---------------------------------------------------------------- support in words no rule has

M("hp-kelas-gak-nongol-di-beranda", "2027-11-01 20:14:00",
  ("Salsabila Putri", "salsabila.putri@students.polibatam.ac.id"),
  "kelas statistik",
  """permisi kak, aku mhs TRPL 2A. kelas Statistika Industri punyaku gak nongol di beranda elearning, temen sekelas udh pada bisa masuk semua. aku harus gimana ya kak? makasih

dikirim dari hp""", "elearning_support", "id", client="iphone",
  note="A student on a phone: the course is not on her home page ('gak nongol di beranda').")

M("en-exchange-quiz-shut-early", "2027-11-02 10:52:00",
  ("Jonas Lindqvist", "jonas.lindqvist@gmail.com"),
  "Quiz shut before its time",
  """Hello,

I am an exchange student from Sweden taking Thermodynamics this term. This morning's quiz shut at 9:40 although the course page said it would stay open until 10:00, and my last three answers were thrown away. Could someone look at the settings and let me have another go?

Kind regards,
Jonas Lindqvist""", "elearning_support", "en",
  note="An exchange student: a quiz that shut early and lost answers ('shut', 'thrown away').")

M("dosen-tugas-muter-terus", "2027-11-02 14:30:00",
  ("Ir. Suparman, M.T.", "suparman@polibatam.ac.id"),
  "Mahasiswa tidak bisa mengirim tugas",
  """Selamat siang,

Beberapa mahasiswa saya di kelas Mekanika Teknik melapor bahwa setelah memilih berkas laporan dan menekan tombol simpan, layarnya hanya berputar-putar lalu kembali kosong. Berkasnya tidak tersimpan sama sekali, padahal ukurannya kecil. Batasnya besok siang. Mohon dibantu dicek.

Terima kasih,
Suparman""", "elearning_support", "id", client="zimbra",
  note="A senior lecturer on his students' behalf: a submission that spins and saves nothing.")

M("aplikasi-moodle-android-token", "2027-11-03 06:48:00",
  ("Dimas Aji", "dimasaji99@gmail.com"),
  "apk moodle",
  """pagi min, apk Moodle di android sy tiap mau masuk selalu keluar tulisan invalid token terus balik ke halaman awal. lewat browser laptop lancar2 aja. sdh sy uninstall install lagi tetep sama. mohon pencerahannya

dimas - mesin 3B""", "elearning_support", "id", client="iphone",
  note="The Moodle phone app refuses a login ('invalid token'), the browser works.")

M("ganti-nama-akun-tak-bisa-dipakai", "2027-11-03 11:05:00",
  ("Nurul Hidayati", "nurul.hidayati@students.polibatam.ac.id"),
  "Akun setelah perbaikan nama",
  """Yth. Admin P4M,

Minggu lalu ejaan nama saya di data akademik diperbaiki oleh BAAK (dulu tertulis Nurul Hidayanti). Sejak itu saya tidak bisa lagi masuk ke e-learning dengan akun lama, muncul pesan bahwa nama pengguna tidak dikenal. Tugas-tugas saya masih ada di akun tersebut. Mohon bantuannya agar akun saya bisa dipakai kembali.

Hormat saya,
Nurul Hidayati
NIM 4312001045""", "elearning_support", "id",
  note="Access lost after the writer's name was corrected elsewhere (BAAK named, still support).")

M("en-lecturer-gradebook-blank", "2027-11-04 15:20:00",
  ("Dr. Priya Raman", "priya.raman@polibatam.ac.id"),
  "Marks not showing for my students",
  """Hi,

I marked all forty submissions for Lab Report 2 in Control Systems yesterday, but the students tell me they see nothing in their marks page, and the grader report shows dashes in that column. Have I missed a step somewhere, or is something off on the server side?

Thanks,
Priya""", "elearning_support", "en", client="outlook",
  note="A lecturer: marks given do not show to students (no rule word: 'marks', 'dashes').")

# ---------------------------------------------------------------- other: misdirected, thanks, invites, offers

M("khs-siakad-belum-keluar", "2027-11-05 09:10:00",
  ("Rendi Saputra", "rendi.saputra@students.polibatam.ac.id"),
  "Nilai Fisika Dasar belum keluar",
  """Selamat pagi,

Nilai mata kuliah Fisika Dasar saya di KHS SIAKAD semester lalu masih kosong, padahal teman sekelas sudah keluar semua. Apakah bisa dibantu diperbaiki? Saya butuh untuk pengajuan beasiswa.

Terima kasih,
Rendi Saputra
Teknik Elektro""", "other", "id",
  note="Misdirected: a grade missing from the academic system's transcript (SIAKAD), course words beside a fault.")

M("honor-mengajar-belum-cair", "2027-11-05 13:40:00",
  ("Yusuf Maulana, S.Pd., M.Pd.", "yusuf.maulana@polibatam.ac.id"),
  "Honor mengajar Oktober",
  """Assalamualaikum,

Maaf mengganggu, honor mengajar saya untuk kelas e-learning bulan Oktober sampai hari ini belum masuk ke rekening. Rekan dosen lain sudah terima. Mohon informasinya ke mana saya harus menanyakan.

Wassalam,
Yusuf""", "other", "id",
  note="Misdirected: payroll for teaching on e-learning.")

M("legalisir-ijazah-baak", "2027-11-06 08:25:00",
  ("Agustina Sembiring", "agustina.sembiring@yahoo.co.id"),
  "Legalisir ijazah dan transkrip",
  """Dengan hormat,

Saya alumni Akuntansi Manajerial angkatan 2022. Saya memerlukan legalisir ijazah dan transkrip nilai sebanyak lima lembar untuk melamar kerja. Apakah bisa diurus lewat email ini dan dikirim ke alamat saya di Medan?

Terima kasih atas perhatiannya.

Agustina Sembiring""", "other", "id",
  note="Misdirected: an alumna asks for legalised diplomas (a BAAK matter), document words.")

M("makasih-kelas-sudah-muncul", "2027-11-06 19:02:00",
  ("Wahyu Pratama", "wahyu.pratama@students.polibatam.ac.id"),
  "Re: kelas tidak muncul",
  """kak makasih banyaakk, kelas Jaringan Komputer sama Basis Data udah muncul semua di dashboard, udh bisa kumpul tugas juga 🙏🙏

wahyu""", "other", "id", client="iphone",
  note="Thanks after a fix, with the fault's words ('muncul', 'dashboard', 'kumpul tugas').")

M("wifi-gedung-utama-lemot", "2027-11-08 10:33:00",
  ("Hendra Gunawan", "hendra.gunawan@polibatam.ac.id"),
  "Jaringan lantai 4 sangat lambat",
  """Selamat pagi,

Sejak Senin internet kampus di lantai 4 gedung utama sangat lambat, bahkan membuka e-learning untuk mengajar pun harus menunggu lama. Mahasiswa di kelas juga mengeluh. Mohon disampaikan ke pihak yang menangani jaringan.

Hendra Gunawan""", "other", "id",
  note="Misdirected: the campus network is slow (e-learning only named as what suffers).")

M("undangan-rapat-tinjauan-manajemen", "2027-11-08 14:00:00",
  ("Bagian Tata Usaha Direktorat", "tu.direktorat@polibatam.ac.id"),
  "Undangan Rapat Tinjauan Manajemen Semester Ganjil",
  """Kepada Yth.
Kepala P4M beserta staf
di tempat

Dengan hormat, kami mengundang Bapak/Ibu untuk hadir pada Rapat Tinjauan Manajemen yang akan dilaksanakan pada:

Hari/Tanggal : Kamis, 18 November 2027
Waktu : 09.00 WIB s.d. selesai
Tempat : Ruang Rapat Direktur

Mohon membawa laporan capaian sasaran mutu dan rekap penggunaan e-learning semester ini.

Hormat kami,
Tata Usaha Direktorat""", "other", "id", client="outlook",
  note="An invitation to P4M's staff (a date and a place, 'mohon membawa' a report), not an announcement.")

M("kuesioner-skripsi-lms", "2027-11-09 16:45:00",
  ("Fadhilah Rahma", "fadhilah.rahma@students.polibatam.ac.id"),
  "Permohonan pengisian kuesioner penelitian",
  """Yth. Bapak/Ibu Staf P4M,

Saya sedang menyusun tugas akhir tentang kepuasan pengguna e-learning di Polibatam. Saya mohon kesediaan Bapak/Ibu mengisi kuesioner singkat (sekitar 7 menit) pada tautan berikut: https://forms.gle/q8Lm2XkP4aRt

Atas kesediaannya saya ucapkan terima kasih.

Fadhilah Rahma
Administrasi Bisnis Terapan""", "other", "id",
  note="A student's survey about e-learning, asked of P4M's staff.")

M("vendor-proctoring-plugin", "2027-11-10 09:05:00",
  ("Kevin Tanoto", "kevin@edusentinel.co.id"),
  "Penawaran kerja sama: plugin pengawasan ujian daring untuk Moodle",
  """Yth. Kepala Unit E-Learning,

Perkenalkan, kami dari EduSentinel, penyedia plugin pengawasan ujian daring yang terintegrasi langsung dengan Moodle 4.x dan 5.x. Plugin kami mendeteksi pergantian tab, wajah ganda dan suara mencurigakan selama kuis berlangsung.

Kami menawarkan uji coba gratis 60 hari untuk Politeknik Negeri Batam. Apabila berkenan, kami siap melakukan demo daring pada waktu yang Bapak/Ibu tentukan.

Salam hangat,
Kevin Tanoto
Business Development, EduSentinel""", "other", "id", client="outlook",
  note="A vendor's offer full of quiz and Moodle words.")

M("en-complaint-slow-replies", "2027-11-10 17:30:00",
  ("Marcus Webb", "marcus.webb@polibatam.ac.id"),
  "Feedback on response times",
  """Dear P4M,

This isn't about any open problem, just feedback for your records: over the semester replies from the helpdesk have taken two or three days, which is long when a class is waiting. I appreciate you're a small team. Perhaps an FAQ page would take some load off you.

Best,
Marcus""", "other", "en",
  note="A complaint and a suggestion told for the record ('isn't about any open problem').")

# ---------------------------------------------------------------- course data told indirectly

M("pengampu-masih-nama-pensiunan", "2027-11-11 08:40:00",
  ("Sri Wahyuni, S.E., M.Ak.", "sri.wahyuni@polibatam.ac.id"),
  "Halaman MK Perpajakan",
  """Selamat pagi,

Di halaman e-learning MK Perpajakan (AK2207) nama pengampunya masih Bapak Darmawan yang sudah pensiun bulan Agustus. Mulai semester ini yang mengampu saya sendiri, Sri Wahyuni, S.E., M.Ak. Terima kasih sebelumnya.

Salam,
Sri""", "course_data", "id",
  cd("AK2207", "Perpajakan", lecturer="Sri Wahyuni, S.E., M.Ak."),
  note="A lecturer change told by who still shows and who teaches now (no change verb).")

M("sks-tertulis-dua-kurikulum-tiga", "2027-11-11 13:15:00",
  ("Koordinator Prodi Teknik Mesin", "kaprodi.mesin@polibatam.ac.id"),
  "Fisika Terapan ME1204",
  """Dengan hormat,

Kami dapati di e-learning mata kuliah Fisika Terapan (ME1204) masih tertulis 2 SKS, sedangkan pada kurikulum 2027 yang berlaku sekarang bobotnya 3 SKS. Mohon dapat disesuaikan.

Koordinator Prodi Teknik Mesin""", "course_data", "id",
  cd("ME1204", "Fisika Terapan", credits="3"),
  note="Credits told by what is written and what the curriculum says ('masih tertulis 2 SKS ... 3 SKS').")

M("en-senate-approved-new-title", "2027-11-12 10:10:00",
  ("Prof. Alan Whitaker", "alan.whitaker@polibatam.ac.id"),
  "NET2101 course page",
  """Good morning,

The NET2101 page on the learning platform still carries the old title, Intro to Networking. The academic senate approved Computer Networks Fundamentals as its title last month, and that is what students see on their study plans. Grateful if the page could follow suit.

Alan Whitaker""", "course_data", "en",
  cd("NET2101", "Intro to Networking", fullname="Computer Networks Fundamentals"),
  note="A rename told by what the senate approved and 'follow suit' (no change verb).")

# ---------------------------------------------------------------- machine mail without the usual headers

ICS_REPLY = """BEGIN:VCALENDAR
METHOD:REPLY
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED;CN=Lestari Handayani:mailto:lestari.handayani@polibatam.ac.id
UID:040000008200E00074C5B7101A82E008000000001
SUMMARY:Diterima: Rapat Evaluasi LMS
DTSTART:20271115T020000Z
DTEND:20271115T040000Z
END:VEVENT
END:VCALENDAR
"""

raw("diterima-rapat-evaluasi-lms", "2027-11-12 11:02:00",
    ("Lestari Handayani", "lestari.handayani@polibatam.ac.id"),
    "Diterima: Rapat Evaluasi LMS", "", calendar=("REPLY", ICS_REPLY),
    note="A meeting response in Indonesian Outlook ('Diterima:'), an empty text and a calendar reply.")

raw("dmarc-aggregate-outlook", "2027-11-13 07:00:00",
    ("", "dmarcreport@microsoft.com"),
    "Report Domain: polibatam.ac.id Submitter: protection.outlook.com Report-ID: 7c1e0b2a9f3d4e61",
    """This is a DMARC aggregate report from Microsoft Corporation. For more information, please visit
https://dmarc.org

Attached is the report for polibatam.ac.id covering 2027-11-12.
""", lang="en", note="A DMARC aggregate report from a sender with no no-reply address.")

raw("zoom-recording-ready", "2027-11-13 15:20:00",
    ("Zoom", "no-reply@zoom.us"),
    "Cloud Recording - Kuliah Tamu Literasi Digital is now available",
    """Hi P4M Polibatam,

Your cloud recording is now available.

Topic: Kuliah Tamu Literasi Digital
Date: Nov 13, 2027 01:00 PM Jakarta

Click here to view the recording: https://us06web.zoom.us/rec/share/Xk2pQ

Thank you for choosing Zoom.
-The Zoom Team
""", lang="en", note="A Zoom notification.")

raw("teams-mention-notice", "2027-11-14 09:45:00",
    ("Microsoft Teams", "noreply@email.teams.microsoft.com"),
    "Rina Oktaviani mentioned you in Tim P4M > Umum",
    """Rina Oktaviani mentioned you in Tim P4M > Umum

"@Helpdesk P4M tolong cek kelas Basis Data yang tidak muncul ya"

Reply in Teams

You are receiving this email because you have missed activity in Microsoft Teams.
Unsubscribe | Privacy Statement
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
""", lang="en", note="A Teams notification quoting a person's fault report (still machine mail).")

raw("outlook-recall-id", "2027-11-15 08:12:00",
    ("Bambang Hermanto", "bambang.hermanto@polibatam.ac.id"),
    "Penarikan: Perubahan dosen pengampu Kimia Dasar",
    """Bambang Hermanto ingin menarik kembali pesan, "Perubahan dosen pengampu Kimia Dasar".
""", lang="id", note="An Outlook message recall in Indonesian.")

raw("mailbox-penuh-bounce", "2027-11-15 13:00:00",
    ("Mail Administrator", "postmaster@students.polibatam.ac.id"),
    "Pesan gagal dikirim: Re: [P4M #4102] Kelas tidak muncul",
    """Pesan Anda tidak dapat disampaikan kepada penerima berikut:

   ayu.lestari@students.polibatam.ac.id
   Kotak surat penerima penuh (552 5.2.2 Mailbox full). Silakan coba lagi nanti.

Pesan asli terlampir di bawah ini.
""", lang="id", note="A full-mailbox bounce in Indonesian, plain text, no report type.")

raw("cuti-melahirkan-subjek-saja", "2027-11-16 07:30:00",
    ("Maya Sari", "maya.sari@polibatam.ac.id"),
    "[Cuti] Re: Pengumuman jadwal UAS",
    """Terima kasih atas email Anda. Saya sedang cuti melahirkan sampai dengan 31 Januari 2028 dan tidak membuka email secara rutin. Untuk urusan mendesak silakan menghubungi Sekretariat Jurusan di sekjur.tm@polibatam.ac.id.

Maya Sari
""", lang="id", note="A vacation reply without Auto-Submitted: a '[Cuti]' subject and a generated text.")

raw("tiket-upt-tik-autoreply", "2027-11-16 10:20:00",
    ("UPT TIK Polibatam", "layanan.tik@polibatam.ac.id"),
    "[Ticket#2027111610000214] Permintaan Anda telah kami terima",
    """Yth. Pelapor,

Permintaan Anda dengan judul "Re: [P4M #4110] Akun e-learning terkunci" telah tercatat di sistem layanan UPT TIK dengan nomor tiket 2027111610000214. Petugas kami akan segera menindaklanjuti.

Mohon tidak membalas email ini.

Salam,
Sistem Layanan UPT TIK
""", lang="id", hdr=[("X-OTRS-Loop", "layanan.tik")],
    note="Another unit's ticket system answers our mail (its own loop header, no Auto-Submitted).")

# ---------------------------------------------------------------- near-misses: people writing about machine mail

M("fwd-pesan-gagal-terkirim-minta-tolong", "2027-11-17 09:00:00",
  ("Dra. Endang Kusumawati", "endang.kusumawati@polibatam.ac.id"),
  "Fwd: Pesan gagal dikirim",
  """Mas/Mbak helpdesk, kenapa ya email saya ke mahasiswa selalu kembali seperti di bawah ini? Saya jadi tidak bisa mengirim pengumuman kelas lewat email. Mohon dibantu.

Endang

---------- Forwarded message ---------
Dari: Mail Administrator <postmaster@students.polibatam.ac.id>
Date: Sen, 15 Nov 2027 pukul 13.00
Subject: Pesan gagal dikirim
To: <endang.kusumawati@polibatam.ac.id>

Pesan Anda tidak dapat disampaikan kepada penerima berikut: Kotak surat penerima penuh.
""", "other", "id",
  note="A person forwarding a bounce and asking why (must never be machine mail; her mail, not e-learning).")

M("en-accepted-invite-but-question", "2027-11-17 14:10:00",
  ("Olivia Hart", "olivia.hart@polibatam.ac.id"),
  "Accepted: LMS training, with a question",
  """Hi,

I've accepted the invitation for the LMS training on Thursday. One question: since my course page still won't let me add a quiz (the "Add an activity" button is greyed out), should I bring that along, or can someone fix it before then?

Olivia""", "elearning_support", "en",
  note="A person's subject starting 'Accepted:' over a real fault (not machine mail).")


# ================================================================ batch 2 (written after batch 1's rules, scored before any more)
if BATCH >= 2:
    M("jawa-akun-mboten-saged-mlebet", "2027-11-22 07:15:00",
      ("Slamet Riyadi", "slamet.riyadi@students.polibatam.ac.id"),
      "nyuwun tulung",
      """Sugeng enjing Pak/Bu,

Nyuwun sewu, akun kulo mboten saged mlebet e-learning wiwit wingi sonten, tulisanipun "Invalid login, please try again". Kulo sampun nyobi ping pinten-pinten. Matur nuwun sanget.

Slamet, TM 1A""", "elearning_support", "id", client="iphone",
      note="A student writing Javanese: his account cannot get in ('mboten saged mlebet').")

    M("kuis-tertutup-duluan", "2027-11-22 11:40:00",
      ("Dra. Ratna Dewi, M.Si.", "ratna.dewi@polibatam.ac.id"),
      "Kuis Kimia Analitik",
      """Selamat siang,

Mahasiswa kelas Kimia Analitik mengeluh kuis tadi pagi sudah tertutup duluan sebelum waktunya habis. Saya atur 60 menit, tetapi sebagian besar baru mengerjakan 35 menit sudah terkunci. Mohon dicek pengaturannya dan apakah jawaban mereka masih bisa dipulihkan.

Terima kasih,
Ratna""", "elearning_support", "id", client="outlook",
      note="A lecturer: the quiz closed before its time ('tertutup duluan sebelum waktunya habis').")

    M("en-surname-after-wedding", "2027-11-23 09:00:00",
      ("Hannah Sitorus", "hannah.sitorus@polibatam.ac.id"),
      "Platform no longer recognises me",
      """Hello there,

Since my surname was updated in the HR system after my wedding, the learning platform no longer recognises me: it keeps asking me to sign up as if I were a new user, and my courses are nowhere to be seen. Could you link me back to my old profile?

Many thanks,
Hannah (formerly Hannah Tambunan)""", "elearning_support", "en",
      note="Access lost after a surname change, told as 'no longer recognises me'.")

    M("upload-nyangkut-99-persen", "2027-11-23 22:50:00",
      ("Citra Maharani", "citramaharani02@gmail.com"),
      "upload nyangkut",
      """kak upload laporan akhir aku nyangkut di 99% terus dari tadi, udah ganti wifi sama ganti browser jg sama aja 😭 deadline jam 12 malem ini kak tolongg

citra AK 3B""", "elearning_support", "id", client="iphone",
      note="A student's upload stuck at 99% ('nyangkut').")

    M("en-thanks-h5p-workshop", "2027-11-24 14:30:00",
      ("Dr. Samuel Okafor", "samuel.okafor@polibatam.ac.id"),
      "Yesterday's H5P session",
      """Dear P4M team,

Just a note to say yesterday's H5P session was brilliant. I have already built two interactive videos for my Fluid Mechanics students and they love them. Please pass my thanks on to Mbak Wulan.

Warmly,
Samuel""", "other", "en",
      note="Thanks and praise for a session, with e-learning words.")

    M("cuti-kuliah-syarat", "2027-11-24 16:05:00",
      ("Bagas Wicaksono", "bagas.wicaksono@students.polibatam.ac.id"),
      "Tanya cuti kuliah",
      """Selamat sore,

Saya ingin mengajukan cuti kuliah untuk semester genap karena harus bekerja membantu orang tua. Syarat dan formulirnya apa saja ya, dan apakah akun e-learning saya akan dinonaktifkan selama cuti?

Terima kasih,
Bagas Wicaksono
Teknik Informatika""", "other", "id",
      note="Misdirected: academic leave (the academic office's), with form and account words.")

    M("en-invited-digital-skills-week", "2027-11-25 08:30:00",
      ("Batam Digital Skills Week Secretariat", "secretariat@batamdigitalweek.id"),
      "You are cordially invited: Batam Digital Skills Week 2027",
      """Dear colleagues at P4M Polibatam,

You are cordially invited to the opening of Batam Digital Skills Week 2027 on Tuesday 7 December 2027 at the Batam Convention Centre. The programme includes a panel on online learning in vocational education.

Kindly confirm your attendance by 1 December.

With regards,
The Organising Committee""", "other", "en", client="outlook",
      note="An outside invitation that names online learning.")

    M("keluhan-dosen-jarang-masuk", "2027-11-25 20:20:00",
      ("Mahasiswa TI", "mhs.ti.2026@gmail.com"),
      "Keluhan tentang dosen",
      """Permisi, saya mau menyampaikan keluhan. Dosen mata kuliah Sistem Operasi di kelas kami sudah lima kali tidak masuk tanpa kabar, materi di e-learning juga tidak pernah diperbarui sejak minggu ketiga, dan nilai UTS belum diumumkan. Kami bingung harus bagaimana. Mohon identitas saya dirahasiakan.""", "other", "id",
      note="A complaint about a lecturer's conduct (the programme's matter), with course and e-learning words.")

    M("kunci-masuk-kelas-diganti", "2027-11-26 09:45:00",
      ("Fajar Nugroho, M.Sc.", "fajar.nugroho@polibatam.ac.id"),
      "Fisika Mekanika FI1201",
      """Pagi,

Ternyata kunci masuk kelas Fisika Mekanika (FI1201) yang lama masih dipakai angkatan tahun lalu untuk ikut masuk. Supaya hanya angkatan sekarang, kuncinya pakai FIS-MEK-27 saja ya.

Fajar""", "course_data", "id",
      cd("FI1201", "Fisika Mekanika", enrolment_key="FIS-MEK-27"),
      note="An enrolment key changed as 'kunci masuk kelas ... pakai X saja' (no field name, no change verb).")

    M("en-tile-reads-old-shortname", "2027-11-26 13:10:00",
      ("Grace Lim", "grace.lim@polibatam.ac.id"),
      "Financial Accounting tile",
      """Hi team,

The course tile for Financial Accounting still reads ACC-101 on everyone's dashboard, but the faculty moved to ACCT1101 this year and students keep asking whether they are in the right course. ACCT1101 on the tile would sort it.

Thanks,
Grace""", "course_data", "en",
      cd(None, "Financial Accounting", shortname="ACCT1101"),
      note="A short name told by what the tile reads and what would sort it.")

    raw("google-calendar-notification", "2027-11-29 08:50:00",
        ("Google Calendar", "calendar-notification@google.com"),
        "Notification: Rapat Mingguan P4M @ Mon Nov 29, 2027 9am - 10am (WIB) (helpdesk-p4m@polibatam.ac.id)",
        """Rapat Mingguan P4M
Monday Nov 29, 2027 - 9am - 10am (Western Indonesia Time - Jakarta)

Joining info: meet.google.com/xqe-wmpn-kta

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
""", lang="en", note="A Google Calendar reminder from 'calendar-notification@google.com'.")

    raw("sharepoint-shared-folder", "2027-11-29 10:15:00",
        ("Ratna Kusuma via SharePoint Online", "no-reply@sharepointonline.com"),
        "Ratna Kusuma shared the folder \"Borang Akreditasi 2027\" with you",
        """Ratna Kusuma shared a folder with you.

Tolong dicek borangnya sebelum Jumat ya.

Borang Akreditasi 2027

Open

Microsoft respects your privacy. To learn more, please read our Privacy Statement.
""", lang="mixed", note="A SharePoint share notification carrying a person's note.")

    raw("notes-auto-out-of-office", "2027-11-30 07:05:00",
        ("Robert Tan", "robert.tan@polibatam.ac.id"),
        "AUTO: Robert Tan is out of the office (returning 13/12/2027)",
        """I am out of the office until 13/12/2027.

I will respond to your message when I return. For urgent matters please contact the department office.

Note: This is an automated response to your message "Re: [P4M #4188] Short name for Industrial Robotics" sent on 30/11/2027 7:04:12.

This is the only notification you will receive while this person is away.
""", lang="en", note="An IBM Notes away reply ('AUTO: ... is out of the office'), no header.")

    raw("exchange-gagal-kirim-id", "2027-11-30 09:30:00",
        ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@polibatam.ac.id"),
        "Pemberitahuan Status Pengiriman (Gagal)",
        """Pengiriman ke penerima atau grup berikut ini gagal:

dimas.prasetyo@polibatam.ac.id
Kotak surat penerima penuh dan tidak dapat menerima pesan saat ini. Coba kirim ulang pesan nanti, atau hubungi penerima secara langsung.

Info diagnostik untuk administrator:
Server pembuat: MBX02.polibatam.ac.id
Remote Server returned '554 5.2.2 mailbox full'
""", lang="id", note="An Exchange bounce in Indonesian, plain text, from its 'MicrosoftExchange...' sender.")

    raw("vendor-helpdesk-received", "2027-11-30 11:00:00",
        ("Moodle Partner Support", "support@edutech-partner.freshdesk.com"),
        "We've received your request [#48213]",
        """Dear Helpdesk P4M,

This is an automated response confirming that your request "Plugin attendance tidak muncul setelah upgrade" has been received. Our team will get back to you within 2 business days.

Ticket number: #48213

Regards,
EduTech Partner Support
""", lang="en", note="A vendor's helpdesk acknowledging our ticket (tag at the end of the subject).")

    M("fwd-zoom-undangan-mohon-umumkan", "2027-12-01 10:00:00",
      ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
      "Fwd: Zoom meeting invitation - Kuliah Tamu Keamanan Siber",
      """Mohon diumumkan di e-learning untuk seluruh mahasiswa TI ya, tautannya di bawah.

Judul: Kuliah Tamu Keamanan Siber

---------- Forwarded message ---------
From: Zoom <no-reply@zoom.us>
Date: Tue, Nov 30, 2027 at 4:12 PM
Subject: Zoom meeting invitation - Kuliah Tamu Keamanan Siber

Topic: Kuliah Tamu Keamanan Siber
Time: Dec 3, 2027 01:00 PM Jakarta
Join Zoom Meeting: https://us06web.zoom.us/j/83412345678
""", "announcement", "id", {"scope": "site", "title": "Kuliah Tamu Keamanan Siber"},
      note="A person forwarding a Zoom invitation to be announced (a machine's text quoted, a human's request).")

    M("cuti-minta-ganti-pengampu", "2027-12-01 14:40:00",
      ("Dewi Puspita, S.T., M.T.", "dewi.puspita@polibatam.ac.id"),
      "[Cuti] Pengampu sementara Gambar Teknik",
      """Selamat siang,

Mulai minggu depan saya cuti melahirkan. Mohon pengampu MK Gambar Teknik (MS1102) di e-learning selama saya cuti diganti sementara oleh Bapak Hendra Kusuma, S.T.

Terima kasih,
Dewi""", "course_data", "id",
      cd("MS1102", "Gambar Teknik", lecturer="Bapak Hendra Kusuma, S.T."),
      note="Near-miss: a person's own '[Cuti]' subject over a request (no 'Re:' after it).")

E.PLAN = {}
for m in E.MAILS:
    E.PLAN[m["type"]] = E.PLAN.get(m["type"], 0) + 1

if __name__ == "__main__":
    sys.exit(E.main())

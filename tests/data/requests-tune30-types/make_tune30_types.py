#!/usr/bin/env python3
"""Generate the thirtieth P4M helpdesk TUNING corpus for the request type (labelled e-mails).

Written before any rule for it, in voices no corpus has (Flemish, Chilean, Kenyan, Ukrainian, Nepali, Scottish,
Egyptian and Uzbek colleagues and students; Gorontalo, Ternate, Lombok, Kendari, Palu, Bengkalis, Karimun and Lingga
Indonesian): notifications of sharing and form services (Drive, Dropbox, OneDrive, Forms, SurveyMonkey, Teams) that
name the person who shared in Reply-To and in their text, with a person's note or not, a mail server's report and an
Indonesian bounce with no machine header; a course change for a course whose name holds a word of another office's
matter (internship, magang, kunjungan, pembayaran, beasiswa); a student asking to be moved to another class's course;
a change the writer reports already made; a question how to do a change oneself; a change planned for later.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py.
Run:  python3 make_tune30_types.py   (BATCH=1, 2 or 3 writes only the first batches)
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
M = E.M
BATCH = int(os.environ.get("BATCH", "4"))


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

# ---------------------------------------------------------------- sharing and form services naming a person

E.RAW("gdrive-folder-dibagikan-dengan-catatan", "2028-08-07 08:02:00", """From: "Rahmat Podungge (melalui Google Drive)" <drive-shares-dm-noreply@google.com>
Reply-To: "Rahmat Podungge" <rahmat.podungge@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Folder dibagikan dengan Anda: "Bahan Ajar Fisika Terapan 2028"
Date: Mon, 07 Aug 2028 08:02:00 +0700
Message-ID: <0000000000008f3a21e05a2b@google.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Rahmat Podungge telah membagikan folder berikut:

Bahan Ajar Fisika Terapan 2028

"Mohon diunggah ke course Fisika Terapan ya, terima kasih"

Buka: https://drive.google.com/drive/folders/1bAjArFiSiKa2028

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Anda telah menerima email ini karena rahmat.podungge@polibatam.ac.id membagikan folder dengan Anda dari Google Drive.
""", "auto", "id",
      note="Drive's share notice in Indonesian, naming the sharer in Reply-To and in its text, with her note: machine mail (tune20-types).")

E.RAW("dropbox-shared-file-note", "2028-08-07 09:40:00", """From: Dropbox <no-reply@dropbox.com>
Reply-To: Pieter Vermeulen <pieter.vermeulen@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Pieter Vermeulen shared "Syllabus Thermodynamics II.pdf" with you
Date: Mon, 07 Aug 2028 09:40:00 +0700
Message-ID: <20280807024000.5f1c2b9a@dropbox.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Hi there,

Pieter Vermeulen (pieter.vermeulen@polibatam.ac.id) shared a file with you.

"Updated syllabus, see page 2"

Syllabus Thermodynamics II.pdf

View file: https://www.dropbox.com/l/scl/AAB7sThermo2

Enjoy!
The Dropbox team
""", "auto", "en",
      note="Dropbox's share notice naming the sharer by address, with his note.")

E.RAW("onedrive-berbagi-tanpa-catatan", "2028-08-07 11:15:00", """From: "Nurul Hidayah melalui OneDrive" <no-reply@onedrive.com>
Reply-To: nurul.hidayah@polibatam.ac.id
To: helpdesk-p4m@polibatam.ac.id
Subject: Nurul Hidayah membagikan "Rekap Nilai Praktikum.xlsx" dengan Anda
Date: Mon, 07 Aug 2028 11:15:00 +0700
Message-ID: <od-20280807-111500-7731@onedrive.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Nurul Hidayah membagikan file dengan Anda

Rekap Nilai Praktikum.xlsx

Buka

Tautan ini hanya berfungsi untuk penerima langsung pesan ini.

Kebijakan Privasi
nurul.hidayah@polibatam.ac.id
""", "auto", "id",
      note="OneDrive's share notice with no note; the sharer's address closes it.")

E.RAW("gforms-respons-baru-ringkas", "2028-08-07 13:20:00", """From: Google Forms <forms-receipts-noreply@google.com>
Reply-To: "Sri Wahyuni Ternate" <sriwahyuni.ternate@gmail.com>
To: helpdesk-p4m@polibatam.ac.id
Subject: Respons baru untuk "Survei Kepuasan Layanan E-learning"
Date: Mon, 07 Aug 2028 13:20:00 +0700
Message-ID: <forms-7d2e41aa90c3@google.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Survei Kepuasan Layanan E-learning

Sri Wahyuni Ternate baru saja mengirimkan respons.

Lihat respons: https://docs.google.com/forms/d/e/1FAIpSurvei/viewanalytics

Formulir ini dibuat di dalam Politeknik Negeri Batam.
Google Formulir
""", "auto", "id",
      note="A form's new-response notice naming the respondent (no answers relayed): machine mail.")

E.RAW("surveymonkey-new-response", "2028-08-07 15:05:00", """From: SurveyMonkey <member@surveymonkey.com>
To: helpdesk-p4m@polibatam.ac.id
Subject: You have a new response to "LMS Feedback - Odd Semester 2028"
Date: Mon, 07 Aug 2028 15:05:00 +0700
Message-ID: <sm-88a7d0c1e2f4@surveymonkey.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

LMS Feedback - Odd Semester 2028

You have 1 new response. Total responses: 37.

View results: https://www.surveymonkey.com/analyze/LmsFb2028

You're getting this email because you turned on response alerts for this survey.
SurveyMonkey Inc., One Curiosity Way, San Mateo, CA 94403
""", "auto", "en",
      note="A survey service's response alert from an ordinary-looking sender.")

E.RAW("teams-pesan-terlewat", "2028-08-08 07:00:00", """From: Microsoft Teams <noreply@email.teams.microsoft.com>
To: helpdesk-p4m@polibatam.ac.id
Subject: Anda memiliki 3 pesan yang belum dibaca di Teams
Date: Tue, 08 Aug 2028 07:00:00 +0700
Message-ID: <teams-digest-3b9f0e@email.teams.microsoft.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Aktivitas yang terlewat di Microsoft Teams

Yusuf Lamato menyebut Anda di Dosen Teknik Mesin > Umum:
"@Helpdesk P4M tolong ganti nama course Mekanika Fluida jadi Mekanika Fluida Terapan"

Balas di Teams: https://teams.microsoft.com/l/message/19:umum

Anda menerima email ini karena notifikasi email Teams Anda aktif.
""", "auto", "id",
      note="Teams' missed-activity digest quoting a colleague's chat line that asks a change: still machine mail.")

E.RAW("dmarc-report-domain-mailru", "2028-08-08 02:10:00", """From: dmarc_support@corp.mail.ru
To: helpdesk-p4m@polibatam.ac.id
Subject: Report Domain: polibatam.ac.id Submitter: Mail.Ru Report-ID: 1786493100.2188
Date: Tue, 08 Aug 2028 02:10:00 +0700
Message-ID: <1786493100.2188@corp.mail.ru>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

This is an aggregate report from Mail.Ru.
Report domain: polibatam.ac.id
Date range: 2028-08-06 00:00:00 - 2028-08-07 00:00:00
""", "auto", "en",
      note="A mail server's DMARC aggregate report.")

E.RAW("bounce-indonesia-tanpa-header", "2028-08-08 09:30:00", """From: Sistem Surat Elektronik <sistem-surel@unkhair.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Pesan tidak dapat disampaikan: Konfirmasi akun e-learning dosen tamu
Date: Tue, 08 Aug 2028 09:30:00 +0700
Message-ID: <gagal-20280808-0930-11@unkhair.ac.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Pesan Anda tidak dapat disampaikan kepada penerima berikut:

    ahmad.soleman@unkhair.ac.id
    Alamat tujuan tidak ditemukan pada server tujuan.

Server tujuan: mail.unkhair.ac.id
Kode galat: 550 5.1.1 Pengguna tidak dikenal

Pesan asli terlampir di bawah ini.
""", "auto", "id",
      note="A bounce written in Indonesian with no machine header and an ordinary-looking sender.")

# ---------------------------------------------------------------- a course whose name holds another office's word

M("gorontalo-magang-industri-dosen", "2028-08-08 10:20:00",
  ("Rahmawati Lamusu", "rahmawati.lamusu@polibatam.ac.id"),
  "Ganti pengampu Magang Industri",
  """Assalamualaikum tim P4M,

Untuk mata kuliah Magang Industri (TM4801) di e-learning, pengampunya mohon diganti jadi Ir. Yusran Dunggio, M.T. karena saya mulai tugas belajar bulan ini.

Terima kasih, wassalam
Rahmawati Lamusu""", "course_data", "id",
  cd("TM4801", "Magang Industri", lecturer="Ir. Yusran Dunggio, M.T."),
  note="Gorontalo: a lecturer change for a course called internship (magang).")

M("kenyan-internship-report-key", "2028-08-08 13:45:00",
  ("Wanjiru Kamau", "wanjiru.kamau@polibatam.ac.id"),
  "Industrial Internship Report II4902 - enrolment key",
  """Hello P4M team,

For the course Industrial Internship Report (II4902), please change the enrolment key to ATTACH-2028 before the cohort returns from their placements next week.

Asante sana,
Wanjiru Kamau""", "course_data", "en",
  cd("II4902", "Industrial Internship Report", enrolment_key="ATTACH-2028"), client="outlook",
  note="A Kenyan colleague: a key change for a course whose name holds 'internship'.")

M("lombok-kunjungan-industri-sks", "2028-08-09 08:30:00",
  ("Baiq Nurul Aini", "baiq.nurul@polibatam.ac.id"),
  "SKS Kunjungan Industri",
  """Tabe' P4M,

Mata kuliah Kunjungan Industri (ME2107) di e-learning masih tertulis 1 SKS. Mohon diubah menjadi 2 SKS sesuai kurikulum baru.

Matur tampiasih,
Baiq Nurul Aini""", "course_data", "id",
  cd("ME2107", "Kunjungan Industri", credits="2"), client="thunderbird",
  note="Lombok: credits of a course called an industry visit (kunjungan).")

M("chilean-digital-payments-shortname", "2028-08-09 11:00:00",
  ("Camila Fuentes", "camila.fuentes@polibatam.ac.id"),
  "Shortname for Sistem Pembayaran Digital",
  """Hola team,

Could you set the short name of Sistem Pembayaran Digital (AK3204) to SPD-AK3204? Students keep mixing it up with another course.

Gracias!
Camila Fuentes""", "course_data", "en",
  cd("AK3204", "Sistem Pembayaran Digital", shortname="SPD-AK3204"),
  note="A Chilean colleague: a short name for a course named after payments.")

M("uzbek-put-as-lecturer-instead", "2028-08-09 12:00:00",
  ("Dilnoza Karimova", "dilnoza.karimova@polibatam.ac.id"),
  "Internship Preparation IP3001 - lecturer",
  """Assalomu alaykum,

On e-learning, could you please show Dr. Dilnoza Karimova as lecturer of Internship Preparation (IP3001) instead of Mr. Bakhtiyor Aliev? He moved to the Tashkent campus and I took over his groups.

Rahmat,
Dilnoza Karimova""", "course_data", "en",
  cd("IP3001", "Internship Preparation", lecturer="Dr. Dilnoza Karimova"), client="outlook",
  note="An Uzbek colleague puts herself in the lecturer's place 'instead of' the old one, for a course named after internships.")

M("near-ternate-surat-magang", "2028-08-09 13:10:00",
  ("Fadli Sangaji", "fadli.sangaji@students.polibatam.ac.id"),
  "surat pengantar magang",
  """Selamat siang,

Ngana pe surat pengantar magang saya ke PT Batamindo kapan jadi? Sudah seminggu saya tunggu.

Makasih,
Fadli Sangaji""", "other", "id", client="iphone",
  note="Ternate: an internship letter is another office's matter; 'magang' here is the matter, not a course's name.")

# ---------------------------------------------------------------- a student asking to be moved to another class

M("kendari-pindah-ke-course-kelas-b", "2028-08-09 15:00:00",
  ("La Ode Kaimuddin", "laode.kaimuddin@students.polibatam.ac.id"),
  "pindah kelas basis data",
  """Permisi kak,

Saya sudah pindah dari kelas TI-2A ke kelas TI-2B, tapi di e-learning saya masih masuk course Basis Data kelas A. Mohon saya dipindahkan ke course Basis Data kelas B ya kak.

Terima kasih
La Ode Kaimuddin""", "elearning_support", "id", client="iphone",
  note="Kendari: a student asks to be moved to his new class's course (enrolment, tune26-types).")

M("ukrainian-student-move-me-evening", "2028-08-10 09:05:00",
  ("Oleksandr Kovalenko", "oleksandr.kovalenko@students.polibatam.ac.id"),
  "Please move me to the evening section",
  """Dear P4M,

I switched to the evening class this semester (approved by the programme office). Could you move me from the morning section of Calculus II to the evening section on e-learning? I still see only the morning group.

Thank you,
Oleksandr Kovalenko""", "elearning_support", "en",
  note="A Ukrainian student asks to be moved to another class's course: enrolment.")

# ---------------------------------------------------------------- a change reported already made

M("scottish-key-changed-myself", "2028-08-10 10:30:00",
  ("Dr. Fiona MacLeod", "fiona.macleod@polibatam.ac.id"),
  "Re: enrolment key for RB3102",
  """Hi both,

Just to let you know I managed to change the enrolment key of RB3102 Robot Vision to VISION28 myself through the course settings, so there is nothing for you to do on this one.

Cheers,
Fiona""", "other", "en",
  note="A Scottish colleague reports the change she made herself: nothing asked.")

M("palu-nama-sudah-diganti-prodi", "2028-08-10 13:40:00",
  ("Moh. Rizal Lamasitudju", "rizal.lamasitudju@polibatam.ac.id"),
  "info perubahan nama MK",
  """Siang P4M,

Sekadar info, nama mata kuliah Teknik Kendali (EL3109) di e-learning sudah diganti admin prodi menjadi Sistem Kendali kemarin sore. Jadi permohonan saya minggu lalu tidak perlu diproses lagi.

Terima kasih,
Rizal""", "other", "id",
  note="Palu: a rename already made by the programme's admin; the earlier request withdrawn.")

# ---------------------------------------------------------------- a question how to do it oneself; a plan

M("nepali-how-change-key-myself", "2028-08-10 15:20:00",
  ("Sanjay Shrestha", "sanjay.shrestha@polibatam.ac.id"),
  "Changing the key myself?",
  """Namaste,

How do I change the enrolment key of my course on e-learning myself? I would rather not bother you every semester. Where is it in the settings?

Dhanyabad,
Sanjay""", "elearning_support", "en", client="thunderbird",
  note="A Nepali colleague asks how to change a key himself: support.")

M("bengkalis-rencana-ganti-nama-semester-depan", "2028-08-11 08:15:00",
  ("Zulkarnain Bengkalis", "zulkarnain@polibatam.ac.id"),
  "rencana perubahan nama MK",
  """Assalamualaikum,

Kami dari prodi berencana mengganti nama mata kuliah Gambar Teknik (MS1102) menjadi Gambar Teknik Digital mulai semester depan. Surat resminya akan kami kirim setelah disahkan senat. Ini hanya pemberitahuan awal.

Wassalam,
Zulkarnain""", "other", "id",
  note="Bengkalis: a rename planned for a later term, its request to come (issue 17).")

if BATCH >= 2:
    # ================================================================ batch 2

    # ------------------------------------------------------------ sharing and form services, other services and layouts

    E.RAW("gdocs-invited-to-edit", "2028-08-14 08:10:00", """From: "Ahmed Hassan (via Google Docs)" <drive-shares-noreply@google.com>
Reply-To: Ahmed Hassan <ahmed.hassan@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Document shared with you: "Course outline - Fluid Power"
Date: Mon, 14 Aug 2028 08:10:00 +0700
Message-ID: <0000000000004c1de2b05b19@google.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Ahmed Hassan has invited you to edit the following document:

Course outline - Fluid Power

Please check the new weekly topics before I send the change request.

Open in Docs: https://docs.google.com/document/d/1FluidPowerOutline/edit

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because ahmed.hassan@polibatam.ac.id shared a document with you from Google Docs.
""", "auto", "en",
      note="An Egyptian colleague's Docs invitation to edit, with his note: machine mail.")

    E.RAW("gdocs-disebut-dalam-komentar", "2028-08-14 09:30:00", """From: "Sitti Hardianti (Google Dokumen)" <comments-noreply@docs.google.com>
Reply-To: "Sitti Hardianti" <sitti.hardianti@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Sitti Hardianti menyebut Anda dalam dokumen berikut: "RPS Kimia Dasar"
Date: Mon, 14 Aug 2028 09:30:00 +0700
Message-ID: <comments-8e21f0a3b7@docs.google.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Sitti Hardianti menyebut Anda dalam komentar di dokumen berikut

RPS Kimia Dasar

Sitti Hardianti
@helpdesk-p4m@polibatam.ac.id tolong cek bagian deskripsi ini ya

Buka: https://docs.google.com/document/d/1RpsKimia/edit?disco=AAAA

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Anda menerima email ini karena Anda disebut dalam rangkaian komentar ini.
""", "auto", "id",
      note="Docs' comment notice in Indonesian naming the commenter in Reply-To and in its text.")

    E.RAW("dropbox-membagikan-folder", "2028-08-14 11:00:00", """From: Dropbox <no-reply@dropboxmail.com>
Reply-To: Yulianti Rahim <yulianti.rahim@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Yulianti Rahim membagikan "Video Praktikum Kimia" dengan Anda
Date: Mon, 14 Aug 2028 11:00:00 +0700
Message-ID: <20280814040000.aa71c3@dropboxmail.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Halo,

Yulianti Rahim mengundang Anda untuk melihat folder "Video Praktikum Kimia".

Buka folder: https://www.dropbox.com/scl/fo/videoprak

Selamat menikmati!
Tim Dropbox
""", "auto", "id",
      note="Dropbox's folder invitation in Indonesian (mengundang Anda untuk melihat).")

    E.RAW("canva-shared-design", "2028-08-14 13:15:00", """From: Canva <no-reply@canva.com>
Reply-To: Kwame Mensah <kwame.mensah@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Kwame Mensah shared a design with you
Date: Mon, 14 Aug 2028 13:15:00 +0700
Message-ID: <canva-5512e0b1c7@canva.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Kwame Mensah shared a design with you

"Banner for the e-learning welcome page"

Open design: https://www.canva.com/design/DAFbanner/edit

You're receiving this because someone shared a design with you on Canva.
Canva, 110 Kippax St, Surry Hills NSW 2010, Australia
""", "auto", "en",
      note="A design service's share notice naming the sharer: a kind of item the corpora had not named.")

    E.RAW("sharepoint-html-shared-the-folder", "2028-08-14 14:40:00", """From: "Lingga Pratama via SharePoint Online" <no-reply@sharepointonline.com>
Reply-To: lingga.pratama@polibatam.ac.id
To: helpdesk-p4m@polibatam.ac.id
Subject: Lingga Pratama shared the folder "Soal UAS Ganjil" with you
Date: Mon, 14 Aug 2028 14:40:00 +0700
Message-ID: <spo-2028081407400-41@sharepointonline.com>
MIME-Version: 1.0
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: 8bit

<html><body><table><tr><td><p>Lingga Pratama shared the folder &quot;Soal UAS Ganjil&quot; with you.</p><p><b>Soal UAS Ganjil</b></p><p><a href="https://polibatam.sharepoint.com/sites/TI/Soal">Open</a></p><p>lingga.pratama@polibatam.ac.id</p><p style="font-size:10px">Microsoft respects your privacy.</p></td></tr></table></body></html>
""", "auto", "en",
      note="SharePoint's HTML-only share notice; the sharer's address in Reply-To and in the text.")

    E.RAW("msforms-new-response", "2028-08-14 16:00:00", """From: Microsoft Forms <noreply@forms.office.com>
To: helpdesk-p4m@polibatam.ac.id
Subject: Respons baru untuk "Evaluasi Pelatihan Moodle Dosen Baru"
Date: Mon, 14 Aug 2028 16:00:00 +0700
Message-ID: <msforms-1d4e2a@forms.office.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Anda memiliki respons baru untuk formulir Evaluasi Pelatihan Moodle Dosen Baru.

Lihat hasil: https://forms.office.com/r/EvalMoodle

Anda menerima pemberitahuan ini karena Anda mengaktifkan notifikasi email untuk formulir ini.
""", "auto", "id",
      note="Microsoft Forms' response notice from a no-reply sender.")

    E.RAW("bounce-delivery-failure-en", "2028-08-15 07:45:00", """From: Mail Delivery Subsystem <mailer@mx.umi.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Delivery Failure: Your e-learning account for the guest lecture
Date: Tue, 15 Aug 2028 07:45:00 +0700
Message-ID: <dsn-20280815-0745-umi@mx.umi.ac.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Your message could not be delivered to one or more recipients.

      andi.makkawaru@umi.ac.id
      550 5.1.1 The email account that you tried to reach does not exist.

Reporting-MTA: dns; mx.umi.ac.id
""", "auto", "en",
      note="A bounce with no machine header and an ordinary sender, English.")

    E.RAW("bounce-surel-tidak-terkirim-alamat", "2028-08-15 08:20:00", """From: Admin Surel <admin-surel@uho.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Gagal kirim: Akun e-learning Anda sudah aktif
Date: Tue, 15 Aug 2028 08:20:00 +0700
Message-ID: <gagal-uho-20280815-0820@uho.ac.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Surel Anda tidak berhasil dikirim ke alamat berikut:

  wa.ode.sitti@uho.ac.id  (kotak surat penuh)

Server membalas: 552 5.2.2 Mailbox full

Jangan membalas pesan ini.
""", "auto", "id",
      note="An Indonesian bounce in other words, with a mailbox-full status.")

    M("typeform-relay-ganti-key", "2028-08-15 09:00:00",
      ("Typeform", "notifications@followups.typeform.io"),
      "Submission baru: Permintaan Layanan P4M",
      """Ada submission baru pada formulir Permintaan Layanan P4M.

Nama: Wa Ode Harlina
Email: waode.harlina@polibatam.ac.id
Mata kuliah: Statistika Bisnis (BM2204)
Permintaan: Mohon enrolment key diganti menjadi STATBIS-28 karena key lama tersebar di grup angkatan.

Lihat semua submission: https://admin.typeform.com/form/P4Mlayanan/results""", "course_data", "id",
      cd("BM2204", "Statistika Bisnis", enrolment_key="STATBIS-28"),
      hdr={"Reply-To": "Wa Ode Harlina <waode.harlina@polibatam.ac.id>"}, client="plain",
      note="Near-miss: a form that relays a person's request, her answers as rows: her request (tune16-relays).")

    # ------------------------------------------------------------ a course whose name holds another office's word

    M("karimun-mk-konferensi-ringkasan", "2028-08-15 10:30:00",
      ("Syamsul Bahri", "syamsul.bahri@polibatam.ac.id"),
      "Deskripsi MK Manajemen Konferensi dan Event",
      """Assalamualaikum,

Deskripsi mata kuliah Manajemen Konferensi dan Event (PW3205) di e-learning mohon diganti menjadi: Mata kuliah ini membahas perencanaan dan pelaksanaan konferensi serta event berskala nasional.

Terima kasih,
Syamsul Bahri""", "course_data", "id",
      cd("PW3205", "Manajemen Konferensi dan Event",
         summary="Mata kuliah ini membahas perencanaan dan pelaksanaan konferensi serta event berskala nasional."),
      note="Karimun: a description for a course named after conferences (konferensi).")

    M("egyptian-code-first-internship-replace", "2028-08-15 13:00:00",
      ("Dr. Mona Abdelrahman", "mona.abdelrahman@polibatam.ac.id"),
      "INT3301 Internship Seminar II: lecturer",
      """Dear P4M,

INT3301 - Internship Seminar II: please replace Mr. Tarek Samir with Dr. Mona Abdelrahman as the lecturer on e-learning. Mr. Samir's contract ended in July.

Best regards,
Dr. Mona Abdelrahman""", "course_data", "en",
      cd("INT3301", "Internship Seminar II", lecturer="Dr. Mona Abdelrahman"), client="outlook",
      note="An Egyptian colleague: the code before a course name that holds 'internship'.")

    M("lingga-mk-magang-huruf-kecil", "2028-08-15 14:30:00",
      ("Raja Hamidah", "raja.hamidah@polibatam.ac.id"),
      "pengampu mk magang",
      """Slmt siang P4M,

pengampu mk magang industri (TM4802) tolong diganti jadi Pak Hendri Saputra, S.T., M.T. ya, saya cuti melahirkan mulai minggu depan.

mksh,
Raja Hamidah""", "course_data", "id",
      cd("TM4802", "magang industri", lecturer="Hendri Saputra, S.T., M.T."), client="iphone",
      note="Lingga: a course named after internships written in lower case, in a hurried phone mail.")

    M("near-kenyan-internship-placement-letter", "2028-08-15 15:10:00",
      ("Brian Otieno", "brian.otieno@students.polibatam.ac.id"),
      "Internship placement letter",
      """Hello,

I need an official letter for my internship placement at PT Batam Shipyard. Which office issues it, and how long does it take?

Thanks,
Brian Otieno""", "other", "en",
      note="Near-miss: an internship letter is another office's matter.")

    # ------------------------------------------------------------ a student asking to be moved to another class

    M("bengkalis-salah-kelas-pindahin", "2028-08-16 08:00:00",
      ("Nur Aisyah", "nur.aisyah@students.polibatam.ac.id"),
      "salah kelas di elearning",
      """kak maaf, aku di e-learning masuknya ke course Akuntansi Dasar kelas pagi, padahal aku kelas malam (karyawan). tolong pindahin aku ke course yg kelas malam ya kak, tugasnya beda soalnya

makasih kak
Aisyah""", "elearning_support", "id", client="iphone",
      note="Bengkalis: a student in the wrong class's course asks to be moved: enrolment.")

    M("uzbek-student-group-change", "2028-08-16 09:20:00",
      ("Jasur Tursunov", "jasur.tursunov@students.polibatam.ac.id"),
      "Group change - Physics 1",
      """Hello,

The programme office moved me from group MK-1B to group MK-1A. Could you please enrol me in the MK-1A course of Physics 1 and remove me from MK-1B?

Thank you,
Jasur Tursunov""", "elearning_support", "en",
      note="An Uzbek student moved to another group asks his enrolment changed.")

    # ------------------------------------------------------------ a change reported already made

    M("flemish-shortname-did-it-myself", "2028-08-16 10:40:00",
      ("Dr. Jan Peeters", "jan.peeters@polibatam.ac.id"),
      "Short name - sorted",
      """Hi,

The short name of Power Electronics (EL3301) is now PE-EL3301: I found the field under Edit settings and updated it myself. You can ignore my ticket from Monday.

Groeten,
Jan""", "other", "en", client="thunderbird",
      note="A Flemish colleague: the change made himself; the ticket withdrawn.")

    M("kendari-key-sudah-kami-ganti", "2028-08-16 13:00:00",
      ("Asrul Sani", "asrul.sani@polibatam.ac.id"),
      "enrol key sudah diganti",
      """Siang P4M,

Enrol key MK Pemrograman Web (IF2203) sudah kami ganti sendiri jadi WEB-IF28 lewat pengaturan course. Jadi tidak usah dikerjakan lagi ya.

Terima kasih,
Asrul""", "other", "id",
      note="Kendari: a key the writers changed themselves; nothing to do.")

    # ------------------------------------------------------------ a question how; a plan

    M("ternate-cara-ganti-singkatan-sendiri", "2028-08-16 14:30:00",
      ("Irwan Abdullah", "irwan.abdullah@polibatam.ac.id"),
      "cara ganti nama singkat course",
      """Selamat sore,

Bagaimana caranya saya mengganti nama singkat course saya sendiri di e-learning? Menunya ada di mana ya?

Terima kasih,
Irwan""", "elearning_support", "id",
      note="Ternate: how to change a short name oneself: support.")

    M("scottish-plan-split-course-next-year", "2028-08-16 15:45:00",
      ("Prof. Alasdair Grant", "alasdair.grant@polibatam.ac.id"),
      "Heads-up: Materials Science split next year",
      """Dear colleagues,

A heads-up only: next academic year we intend to split Materials Science (MS2101) into two courses, and the credits will change from 4 to 2 each. Nothing needs doing yet; the programme will send the formal request once the senate approves.

Best,
Alasdair""", "other", "en", client="outlook",
      note="A Scottish professor tells a plan ahead, its request to come: not a request yet (issue 17).")


if BATCH >= 3:
    # ================================================================ batch 3

    # ------------------------------------------------------------ services: other verbs, a relay in English

    E.RAW("gdrive-meminta-akses", "2028-08-21 08:05:00", """From: "Andi Makkasau (melalui Google Spreadsheet)" <drive-shares-dm-noreply@google.com>
Reply-To: andi.makkasau@polibatam.ac.id
To: helpdesk-p4m@polibatam.ac.id
Subject: Permintaan berbagi untuk "Rekap Course Semester Ganjil"
Date: Mon, 21 Aug 2028 08:05:00 +0700
Message-ID: <0000000000009a7b3c05c1d2@google.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

andi.makkasau@polibatam.ac.id meminta akses ke spreadsheet berikut:

Rekap Course Semester Ganjil

"Mohon akses edit, mau isi data course TI"

Bagikan: https://docs.google.com/spreadsheets/d/1RekapCourse/share

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Anda menerima email ini karena Anda adalah pemilik dokumen ini.
""", "auto", "id",
      note="Drive's access-request notice naming the asker by address in Reply-To and text, with his note.")

    E.RAW("wetransfer-sent-you-files", "2028-08-21 09:30:00", """From: WeTransfer <noreply@wetransfer.com>
Reply-To: Wayan Sudarsana <wayan.sudarsana@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Wayan Sudarsana sent you Video Pembelajaran Minggu 1-4
Date: Mon, 21 Aug 2028 09:30:00 +0700
Message-ID: <wt-20280821-0930-b2e1@wetransfer.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Wayan Sudarsana sent you some files

"Video pembelajaran untuk course Dasar Pemrograman, tolong diunggah ya"

4 files, 1.2 GB
Expires in 7 days

Get your files: https://we.tl/t-VidPemrog

To make sure our emails arrive, please add noreply@wetransfer.com to your contacts.
""", "auto", "en",
      note="A file-transfer service's notice naming the sender, with his note.")

    E.RAW("bounce-pesan-tidak-terkirim", "2028-08-21 10:15:00", """From: Sistem Pos <sistem-pos@mail.unsrat.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Pesan tidak terkirim
Date: Mon, 21 Aug 2028 10:15:00 +0700
Message-ID: <pos-20280821-1015-88@mail.unsrat.ac.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Pesan Anda tidak terkirim ke grace.lumowa@unsrat.ac.id karena alamat tersebut tidak ditemukan.

Status: 5.1.1
Diagnostik: smtp; 550 5.1.1 user unknown
""", "auto", "id",
      note="A bounce with a bare subject and its Indonesian sentence in other words.")

    M("jotform-relay-en-credits", "2028-08-21 11:00:00",
      ("Jotform", "noreply@jotform.com"),
      "New submission: P4M Course Change Form",
      """Grace Lumowa submitted a new response to P4M Course Change Form.

Name: Grace Lumowa
Email: grace.lumowa@polibatam.ac.id
Course: Mechanics of Materials (ME2203)
Requested change: Credits should be 3, not 2. Please update it.

View submission: https://www.jotform.com/inbox/P4McourseChange""", "course_data", "en",
      cd("ME2203", "Mechanics of Materials", credits="3"),
      hdr={"Reply-To": "Grace Lumowa <grace.lumowa@polibatam.ac.id>"}, client="plain",
      note="Near-miss: a form relaying a person's request with her answers; its first line says she submitted a response.")

    # ------------------------------------------------------------ a course whose name holds another office's word

    M("palu-pembayaran-tagihan-shortname", "2028-08-21 13:20:00",
      ("Nurhayati Lasahido", "nurhayati.lasahido@polibatam.ac.id"),
      "short name MK Manajemen Pembayaran dan Tagihan",
      """Selamat siang Bapak/Ibu,

Mohon short name mata kuliah Manajemen Pembayaran dan Tagihan (AK2210) diubah menjadi MPT-AK2210, karena yang sekarang terpotong di aplikasi mobile.

Hormat saya,
Nurhayati Lasahido""", "course_data", "id",
      cd("AK2210", "Manajemen Pembayaran dan Tagihan", shortname="MPT-AK2210"),
      note="Palu: a short name for a course named after payments and bills (pembayaran, tagihan).")

    M("nepali-conference-interpreting-semester", "2028-08-21 14:00:00",
      ("Anita Gurung", "anita.gurung@polibatam.ac.id"),
      "Conference Interpreting - wrong semester",
      """Hello,

Conference Interpreting (EN4105) is listed under the odd semester on e-learning, but it runs in the even one. Please move it to Genap 2028/2029.

Thank you,
Anita Gurung""", "course_data", "en",
      cd("EN4105", "Conference Interpreting", semester="Genap 2028/2029"), client="thunderbird",
      note="A Nepali colleague: a course named after conferences moved to another term.")

    M("ternate-quoted-internship-name", "2028-08-22 08:30:00",
      ("Dr. Sukri Abdurrahman", "sukri.abdurrahman@polibatam.ac.id"),
      "Internship course lecturer",
      """Yth. Tim P4M,

Untuk course "Internship Project Management" (IPM2201), dosen pengampunya mohon diganti menjadi Dr. Nirwana Kader, M.M. mulai semester ini.

Terima kasih,
Sukri""", "course_data", "mixed",
      cd("IPM2201", "Internship Project Management", lecturer="Dr. Nirwana Kader, M.M."), client="outlook",
      note="Ternate: the course's name in quotes before its code; the subject names it only by 'Internship'.")

    M("near-lombok-beasiswa-info", "2028-08-22 09:40:00",
      ("Lalu Ahmad Zaini", "lalu.zaini@students.polibatam.ac.id"),
      "info beasiswa",
      """Permisi,

Saya mau tanya, pendaftaran beasiswa KIP semester ini dibuka kapan dan berkasnya dikumpulkan ke mana?

Terima kasih
Lalu Ahmad Zaini""", "other", "id", client="iphone",
      note="Near-miss: a scholarship question, another office's matter.")

    # ------------------------------------------------------------ a student asking to be moved

    M("jawa-kulo-pindah-kelas", "2028-08-22 10:30:00",
      ("Bagus Wicaksono", "bagus.wicaksono@students.polibatam.ac.id"),
      "nyuwun pindah course",
      """Sugeng enjang Mas/Mbak,

Kulo sampun pindah kelas saking TI-1A dhateng TI-1C, nanging wonten e-learning kulo taksih mlebet course Algoritma kelas TI-1A. Nyuwun tulung kulo dipun pindah dhateng course kelas TI-1C.

Matur nuwun,
Bagus""", "elearning_support", "id",
      note="A Javanese (krama) student asks to be moved to his new class's course.")

    M("kenyan-student-transfer-section", "2028-08-22 11:15:00",
      ("Faith Njeri", "faith.njeri@students.polibatam.ac.id"),
      "Transfer to Section 2 - Digital Logic",
      """Good morning,

Kindly transfer me to Section 2 of Digital Logic on the LMS. My timetable changed and I now attend the Thursday section.

Regards,
Faith Njeri""", "elearning_support", "en",
      note="A Kenyan student asks to be transferred to another section's course.")

    # ------------------------------------------------------------ a change reported already made

    M("gorontalo-sudah-diperbarui-admin-jurusan", "2028-08-22 13:00:00",
      ("Hasnah Mohamad", "hasnah.mohamad@polibatam.ac.id"),
      "Re: ganti dosen Kimia Analitik",
      """Siang P4M,

Fyi, dosen pengampu Kimia Analitik (KI2104) sudah diperbarui oleh admin jurusan tadi pagi, jadi tidak perlu ditindaklanjuti lagi. Terima kasih.

Hasnah""", "other", "id",
      note="Gorontalo: a lecturer change already made by the department's admin.")

    M("egyptian-no-longer-needed-sync", "2028-08-22 14:20:00",
      ("Dr. Youssef Farid", "youssef.farid@polibatam.ac.id"),
      "Lecturer change for ME3102 - no longer needed",
      """Dear team,

No longer needed: the lecturer of Heat Engines (ME3102) already shows as Dr. Youssef Farid after this morning's sync from the academic system. Thanks anyway.

Youssef""", "other", "en", client="outlook",
      note="An Egyptian colleague: the change went through by itself; nothing asked.")

    # ------------------------------------------------------------ a question how; a plan

    M("chilean-is-there-a-way-fullname", "2028-08-22 15:00:00",
      ("Ignacio Rojas", "ignacio.rojas@polibatam.ac.id"),
      "Editing the course full name",
      """Hi P4M,

Is there a way for me to change the full name of my course myself, or do only administrators have that permission? I could not find it in the settings.

Thanks,
Ignacio""", "elearning_support", "en",
      note="A Chilean colleague asks whether he can change a full name himself: support.")

    M("kendari-rencana-sks-tahun-depan", "2028-08-23 08:10:00",
      ("La Ode Muh. Rusli", "laode.rusli@polibatam.ac.id"),
      "rencana perubahan SKS",
      """Assalamualaikum,

Sekadar pemberitahuan, tahun depan prodi berencana menaikkan SKS Praktikum Elektronika (EL1205) dari 1 menjadi 2 SKS. Permohonan resminya akan menyusul setelah kurikulum disahkan.

Wassalam,
La Ode Muh. Rusli""", "other", "id",
      note="Kendari: a credits change planned for next year, its request to come.")

if BATCH >= 4:
    # ================================================================ batch 4: near-misses of batches 1-3's rules

    M("near-egyptian-transfer-me-siakad", "2028-08-28 08:00:00",
      ("Omar Saleh", "omar.saleh@students.polibatam.ac.id"),
      "Class transfer in SIAKAD",
      """Hello,

Could you transfer me to class TI-2B in SIAKAD? My study plan still shows TI-2A although the programme approved the move last week.

Thanks,
Omar Saleh""", "other", "en",
      note="Near-miss: a student asks to be moved in the academic system, another office's record.")

    M("near-palu-pindah-kelas-siakad-ke-siapa", "2028-08-28 09:10:00",
      ("Siti Masyita", "siti.masyita@students.polibatam.ac.id"),
      "pindah kelas",
      """Permisi, saya mau pindah ke kelas malam karena sudah bekerja. Pengajuannya ke bagian mana ya, ke BAAK atau ke prodi?

Terima kasih
Siti Masyita""", "other", "id", client="iphone",
      note="Near-miss: a student asks where to ask a class move; nothing of e-learning.")

    M("karimun-sudah-share-drive-key", "2028-08-28 10:20:00",
      ("Dra. Maimunah", "maimunah@polibatam.ac.id"),
      "key Fisika Dasar",
      """Assalamualaikum,

Saya sudah share folder Google Drive berisi materi ke tim P4M kemarin. Sekalian, enrol key course Fisika Dasar (FI1101) tolong diganti jadi FISDAS-28.

Terima kasih,
Maimunah""", "course_data", "id",
      cd("FI1101", "Fisika Dasar", enrolment_key="FISDAS-28"),
      note="A person who shared a folder herself, from her own address, asks a key change.")

    M("kenyan-how-upload-internship-rubric", "2028-08-28 11:30:00",
      ("Peter Mwangi", "peter.mwangi@polibatam.ac.id"),
      "Uploading a rubric",
      """Hi,

How do I upload the marking rubric to Internship Report Writing (IR4410) myself? The Add an activity menu does not show a rubric option.

Thanks,
Peter""", "elearning_support", "en",
      note="A how-to question for a course named after internships: support.")

    M("scottish-supervising-internship-change-lecturer", "2028-08-28 13:00:00",
      ("Dr. Morag Campbell", "morag.campbell@polibatam.ac.id"),
      "Robotics lecturer from September",
      """Dear P4M,

As I will be supervising our students' internship in Osaka from September, please change the lecturer of Robotics (RB2201) to Dr. Ewan Fraser.

Many thanks,
Morag""", "course_data", "en",
      cd("RB2201", "Robotics", lecturer="Dr. Ewan Fraser"), client="outlook",
      note="An internship named only as why the lecturer changes: course data.")

    M("lingga-terima-kasih-nama-sudah-berubah", "2028-08-28 14:15:00",
      ("Tengku Fadhil", "tengku.fadhil@polibatam.ac.id"),
      "nama MK sudah berubah",
      """Selamat sore P4M,

Nama mata kuliah Kunjungan Industri (ME2107) di e-learning sudah berubah sesuai permintaan saya. Terima kasih banyak atas bantuannya.

Tengku Fadhil""", "other", "id",
      note="Thanks for a change made, for a course named after industry visits: other.")

E.PLAN = {}
for m in E.MAILS:
    E.PLAN[m["type"]] = E.PLAN.get(m["type"], 0) + 1

if __name__ == "__main__":
    sys.exit(E.main())

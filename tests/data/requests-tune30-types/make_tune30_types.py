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
Run:  python3 make_tune30_types.py   (BATCH=1 or BATCH=2 writes only the first batches)
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
    pass

E.PLAN = {}
for m in E.MAILS:
    E.PLAN[m["type"]] = E.PLAN.get(m["type"], 0) + 1

if __name__ == "__main__":
    sys.exit(E.main())

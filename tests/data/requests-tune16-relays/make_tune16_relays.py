#!/usr/bin/env python3
"""Generate the sixteenth P4M helpdesk TUNING corpus, about requests relayed by a system (labelled e-mails).

A person's request can reach the helpdesk through a machine: the campus service form, a web contact form or another
unit's ticket system sends it from a no-reply address (sometimes marked Auto-Submitted: auto-generated) and names the
person in Reply-To and in the text. Those are requests. Beside them, machine mail that also carries a person in
Reply-To and must stay screened: an out-of-office, another helpdesk's receipt answering our mail, a system notice
whose Reply-To is an office that the text never names, a list mail.

Written by the integrator before the screening rule it tests, without reading any held-out mail. The message engine
is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py.
Run:  python3 make_tune16_relays.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 3, "elearning_support": 3, "document_request": 1, "announcement": 1, "auto": 6}
M = E.M

# ---------------------------------------------------------------- relayed requests

M("formulir-layanan-php-bantuan-login", "2027-02-01 09:12:00",
  ("Layanan Polibatam", "no-reply@layanan.polibatam.ac.id"),
  "[Formulir Layanan] Permintaan baru dari Siti Rahmawati",
  """Permintaan layanan baru masuk melalui formulir layanan.polibatam.ac.id

Nama          : Siti Rahmawati
NIM/NIK       : 4312201044
Email         : siti.rahmawati@students.polibatam.ac.id
Unit tujuan   : P4M
Jenis layanan : E-learning
Uraian        :
Saya tidak bisa masuk ke e-learning sejak kemarin, setiap login muncul tulisan
"Invalid login, please try again" padahal password sudah saya reset di SSO.

--
Email ini dikirim otomatis oleh sistem formulir layanan. Balas email ini untuk menjawab pemohon.
""", "elearning_support", "id", client="plain",
  hdr={"Reply-To": "Siti Rahmawati <siti.rahmawati@students.polibatam.ac.id>", "X-Mailer": "PHPMailer 6.9.1"})

M("wp-contact-form-rename-course", "2027-02-02 14:40:00",
  ("WordPress", "wordpress@p4m.polibatam.ac.id"),
  "Pesan dari situs P4M: ganti nama course",
  """Dari: Hendra Kurniawan <hendra.k@polibatam.ac.id>
Subjek: ganti nama course

Isi pesan:
Mohon nama course Basis Data Terapan (RKS2203) di e-learning diganti jadi Basis Data Terdistribusi, sesuai kurikulum baru.

--
Pesan ini dikirim melalui formulir kontak di situs P4M (https://p4m.polibatam.ac.id)
""", "course_data", "id",
  {"course_code": "RKS2203", "course_name": "Basis Data Terapan",
   "changes": {"fullname": "Basis Data Terdistribusi"}}, client="plain",
  hdr={"Reply-To": "hendra.k@polibatam.ac.id"})

M("servicedesk-auto-generated-announcement-en", "2027-02-03 10:05:00",
  ("Campus Service Desk", "servicedesk-noreply@polibatam.ac.id"),
  "Request SD-20931 forwarded to P4M: announcement for Robotics students",
  """This request was submitted through the campus service desk and is forwarded to your unit.

Requester: Dr. Marcus Lindqvist (marcus.lindqvist@polibatam.ac.id)
Category: E-learning / Announcement

Description:
Please post an announcement titled "Robotics Lab Closed on Friday" in the Robotics Systems course
(EL3302) on the e-learning, so that the students see it before the weekend.

Reply to this e-mail to answer the requester directly.
""", "announcement", "en",
  {"course_code": "EL3302", "course_name": "Robotics Systems", "title": "Robotics Lab Closed on Friday",
   "scope": "course"}, client="plain",
  hdr={"Reply-To": "Marcus Lindqvist <marcus.lindqvist@polibatam.ac.id>", "Auto-Submitted": "auto-generated"})

M("tiket-upt-tik-diteruskan-sop", "2027-02-04 08:30:00",
  ("Helpdesk UPT TIK", "tik-noreply@polibatam.ac.id"),
  "Tiket #4411 diteruskan ke P4M",
  """Tiket berikut diteruskan oleh UPT TIK karena berada di luar layanan kami.

Pemohon : Dewi Lestari (dewi.lestari@polibatam.ac.id)
Judul   : minta SOP
Isi     :
Selamat pagi, saya butuh SOP pengajuan kelas baru di e-learning beserta formulirnya untuk
akreditasi prodi. Terima kasih.

Silakan balas email ini; balasan Anda langsung diterima pemohon.
""", "document_request", "id", client="plain",
  hdr={"Reply-To": "dewi.lestari@polibatam.ac.id", "Auto-Submitted": "auto-generated"})

M("contact-form-en-exchange-student-quiz", "2027-02-05 19:22:00",
  ("Polibatam Website", "noreply@polibatam.ac.id"),
  "Contact form: quiz closed early",
  """New message from the contact form on www.polibatam.ac.id

Name: Park Ji-won
Email: jiwon.park@students.polibatam.ac.id
Message: Hello, my quiz in Mobile Programming closed after 5 minutes although it says 60 minutes.
I am an exchange student from Korea. Can someone check the quiz settings? Thank you.
""", "elearning_support", "en", client="plain",
  hdr={"Reply-To": "jiwon.park@students.polibatam.ac.id"})

M("formulir-layanan-ganti-dosen", "2027-02-06 11:00:00",
  ("Formulir Layanan Akademik", "formulir-noreply@polibatam.ac.id"),
  "[Formulir] Perubahan pengampu",
  """Pengirim: Rudi Hartono <rudi.hartono@polibatam.ac.id>
Prodi: Teknik Mesin

Permintaan:
Mohon dosen pengampu course Mekanika Teknik (MES1201) di e-learning diganti menjadi Ir. Yusuf Maulana, M.T.
karena saya tugas belajar mulai semester ini.
""", "course_data", "id",
  {"course_code": "MES1201", "course_name": "Mekanika Teknik",
   "changes": {"lecturer": "Ir. Yusuf Maulana, M.T."}}, client="plain",
  hdr={"Reply-To": "Rudi Hartono <rudi.hartono@polibatam.ac.id>"})

M("google-sites-form-short-name", "2027-02-08 13:15:00",
  ("Form Notifier", "form-notifier-noreply@polibatam.ac.id"),
  "Respons baru: Permintaan perubahan data course",
  """Respons baru pada formulir "Permintaan perubahan data course"

Alamat email: fitri.ayu@polibatam.ac.id
Kode mata kuliah: AK2105
Nama mata kuliah: Akuntansi Biaya
Data yang diubah: short name
Nilai baru: AKBIAYA-2B
""", "course_data", "id",
  {"course_code": "AK2105", "course_name": "Akuntansi Biaya", "changes": {"shortname": "AKBIAYA-2B"}},
  client="plain", hdr={"Reply-To": "fitri.ayu@polibatam.ac.id"})

M("form-mailer-mobile-app-support", "2027-02-09 07:45:00",
  ("no-reply", "no-reply@layanan.polibatam.ac.id"),
  "[Formulir Layanan] Aplikasi Moodle di HP",
  """Nama: Yohana Wenda
Email: yohana.wenda@students.polibatam.ac.id
Uraian: Selamat pagi, aplikasi Moodle di HP saya selalu keluar sendiri waktu membuka tugas. Mohon bantuannya.
""", "elearning_support", "id", client="plain",
  hdr={"Reply-To": "yohana.wenda@students.polibatam.ac.id"})

# ---------------------------------------------------------------- machine mail with a person in Reply-To

M("cuti-auto-replied-reply-to", "2027-02-02 16:00:00",
  ("Agus Salim", "agus.salim@polibatam.ac.id"),
  "Re: [P4M #812] Perubahan nama MK",
  """Terima kasih atas email Anda. Saya sedang cuti sampai 15 Februari 2027 dan akan membalas setelah kembali.
Untuk urusan mendesak silakan hubungi agus.salim@polibatam.ac.id melalui sekretariat prodi.
""", "auto", "id", client="plain",
  hdr={"Reply-To": "agus.salim@polibatam.ac.id", "Auto-Submitted": "auto-replied"},
  reply="<ack-812@helpdesk-p4m.polibatam.ac.id>")

M("helpdesk-lain-tanda-terima", "2027-02-03 09:00:00",
  ("Helpdesk Universitas Mitra", "no-reply@helpdesk.unimitra.ac.id"),
  "[Ticket #55120] Re: [P4M #815] Undangan pelatihan",
  """Terima kasih, permintaan Anda telah kami terima dengan nomor tiket #55120.
Petugas kami akan menghubungi Anda melalui support@helpdesk.unimitra.ac.id.
""", "auto", "id", client="plain",
  hdr={"Reply-To": "support@helpdesk.unimitra.ac.id", "Auto-Submitted": "auto-generated"},
  reply="<notice-815@helpdesk-p4m.polibatam.ac.id>")

M("siakad-notifikasi-reply-to-baak", "2027-02-04 06:00:00",
  ("SIAKAD Polibatam", "siakad-noreply@polibatam.ac.id"),
  "Kata sandi SIAKAD Anda telah diubah",
  """Kata sandi akun SIAKAD Anda telah diubah pada 4 Februari 2027 pukul 05.58 WIB.
Jika Anda tidak melakukan perubahan ini, segera hubungi bagian akademik.
""", "auto", "id", client="plain",
  hdr={"Reply-To": "baak@polibatam.ac.id"})

M("newsletter-reply-to-editor", "2027-02-05 08:00:00",
  ("Buletin Polibatam", "no-reply@news.polibatam.ac.id"),
  "Buletin Polibatam Edisi Februari 2027",
  """Buletin Polibatam edisi Februari 2027 telah terbit. Kirim tulisan Anda ke redaksi@polibatam.ac.id.
Berhenti berlangganan: https://news.polibatam.ac.id/unsubscribe
""", "auto", "id", client="plain",
  hdr={"Reply-To": "redaksi@polibatam.ac.id", "List-Unsubscribe": "<https://news.polibatam.ac.id/unsubscribe>"})

M("lms-notification-auto-generated-reply-to-person", "2027-02-06 21:10:00",
  ("E-Learning Polibatam", "noreply@elearning.polibatam.ac.id"),
  "Pengingat tenggat: Tugas 2 Basis Data",
  """Tenggat Tugas 2 pada course Basis Data adalah besok pukul 23.59 WIB.
Pertanyaan tentang tugas dapat dikirim ke dosen pengampu.
""", "auto", "id", client="plain",
  hdr={"Reply-To": "hendra.k@polibatam.ac.id", "Auto-Submitted": "auto-generated"})

E.RAW("undangan-kalender-sistem-reply-to-penyelenggara", "2027-02-07 08:00:00", """\
Return-Path: <calendar-noreply@rapat.polibatam.ac.id>
From: Kalender Rapat <calendar-noreply@rapat.polibatam.ac.id>
Reply-To: Nur Aini <nur.aini@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Undangan: Rapat koordinasi e-learning @ Senin, 8 Februari 2027 09.00 WIB
Date: Sun, 07 Feb 2027 08:00:00 +0700
Message-ID: <inv-20270208-0900@rapat.polibatam.ac.id>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="inv-b1"

--inv-b1
Content-Type: text/plain; charset=utf-8

Anda diundang ke Rapat koordinasi e-learning.
Penyelenggara: Nur Aini <nur.aini@polibatam.ac.id>
Waktu: Senin, 8 Februari 2027 pukul 09.00 WIB, Ruang Rapat P4M.

--inv-b1
Content-Type: text/calendar; charset=utf-8; method=REQUEST

BEGIN:VCALENDAR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:inv-20270208-0900@rapat.polibatam.ac.id
DTSTART:20270208T020000Z
SUMMARY:Rapat koordinasi e-learning
ORGANIZER:mailto:nur.aini@polibatam.ac.id
END:VEVENT
END:VCALENDAR

--inv-b1--
""", "auto", "id", note="a calendar system's invitation names its organiser in Reply-To and in the text")

if __name__ == "__main__":
    sys.exit(E.main())

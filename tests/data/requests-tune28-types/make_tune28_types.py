#!/usr/bin/env python3
"""Generate the twenty-eighth P4M helpdesk TUNING corpus for the request type (labelled e-mails).

Written before any rule for it, in voices no corpus has (Estonian, Lithuanian, Serbian, Icelandic, Samoan, Slovak,
Romanian, Croatian, Lao and Cambodian colleagues and students; Jambi, Bima, Kei, Bangka, Belitung, Tegal and Sorong
Indonesian): a change asked beside the words of a fault (a dashboard, a screen), a change still asked though its value
is not final, a question how to do something oneself beside "only curious", a change asked again because it was never
done, asking whether a change is possible before asking it; and machine mail that names documents, forms, meetings or
courses (signature services, exports, calendar invitations, digests, other units' ticket systems, e-learning's own
notices in Indonesian) beside a person passing one on with a question of their own.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py.
Run:  python3 make_tune28_types.py   (BATCH=1 writes only the first batch)
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

# ---------------------------------------------------------------- a change asked beside the words of a fault

M("estonian-dashboard-shortname", "2028-07-03 08:40:00",
  ("Dr. Kadri Tamm", "kadri.tamm@polibatam.ac.id"),
  "Short name on the dashboard",
  """Tere,

On the students' dashboard my course Embedded Linux (EL3204) appears only as "EL-X", and half of the class thought it was a different course. Could you set its short name to EMBLINUX-3204?

Aitäh,
Kadri Tamm""", "course_data", "en",
  cd("EL3204", "Embedded Linux", shortname="EMBLINUX-3204"), client="thunderbird",
  note="An Estonian colleague: the dashboard is where the short name confuses students; the change is asked with its value.")

M("jambi-mahasiswa-nama-mk-layar", "2028-07-03 10:15:00",
  ("Rizki Ananda", "rizki.ananda@students.polibatam.ac.id"),
  "nama mk di e-learning beda",
  """Assalamualaikum kak,

Di layar e-learning saya mata kuliah RK2203 namonyo "Rekayasa Perangkat Lunak 1", padahal di KRS dan kurikulum baru namonyo "Rekayasa Perangkat Lunak Lanjut". Kawan-kawan sekelas jugo samo. Mohon dibetulkan kak namo course-nyo.

Terima kasih kak,
Rizki""", "course_data", "id",
  cd("RK2203", "Rekayasa Perangkat Lunak 1", fullname="Rekayasa Perangkat Lunak Lanjut"), client="iphone",
  note="Jambi Malay: a student reports the name on her screen wrong against the curriculum and asks it set right.")

M("lithuanian-student-which-course", "2028-07-03 13:05:00",
  ("Lukas Kazlauskas", "lukas.kazlauskas@students.polibatam.ac.id"),
  "Strange course name on my screen",
  """Hello,

I am an exchange student. On my e-learning screen I see a course called "MK Pilihan 3 (Kelas Internasional)" and I cannot tell which of my subjects it is. I signed up for Cloud Computing. Am I in the right course, or was I enrolled in the wrong one?

Thank you,
Lukas""", "elearning_support", "en",
  note="A Lithuanian exchange student asks what a course on his screen is and whether he is enrolled right: support.")

# ---------------------------------------------------------------- a change still asked though its value is not final

M("bima-toppost-belum-fix-tetap", "2028-07-04 09:20:00",
  ("Nurhayati", "nurhayati@polibatam.ac.id"),
  "Re: Pergantian dosen MK Kewirausahaan",
  """Iya tetap diganti ya mas, cuma nama dosen penggantinya belum pasti, masih nunggu SK dari jurusan. Nanti saya kabari lagi.

Nurhayati

Pada Sen, 3 Jul 2028 pukul 14.02 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
> Baik Bu, mohon info nama dosen pengganti untuk MK Kewirausahaan (MB2106).
>
> Pada Sen, 3 Jul 2028 pukul 10.11 Nurhayati <nurhayati@polibatam.ac.id> menulis:
>> Selamat pagi, dosen MK Kewirausahaan (MB2106) semester ini diganti ya,
>> Pak Anwar pindah tugas ke Politeknik lain.
>>
>> Nurhayati""", "course_data", "id",
  cd("MB2106", "Kewirausahaan"), reply="<q-bima-mb2106@polibatam.ac.id>",
  note="Bima Indonesian: a top-posted reply keeps the lecturer change asked in the history; its value is not fixed yet.")

M("samoan-toppost-not-final-go-ahead", "2028-07-04 11:00:00",
  ("Dr. Sione Faleolo", "sione.faleolo@polibatam.ac.id"),
  "Re: Rename of Pacific Studies course",
  """Talofa,

The new title is still not final, the senate meets next week. But yes, the course does need to be renamed, so please keep the request open and I will send you the final title as soon as I have it.

Fa'afetai,
Sione

On Mon, 3 Jul 2028 at 15:20, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> Dear Dr. Faleolo, what should the new full name of PS2101 be?
>
> On Mon, 3 Jul 2028 at 09:02, Sione Faleolo wrote:
>> Hello, please rename PS2101 Pacific Studies, the programme has a new
>> title for it this year.""", "course_data", "en",
  cd("PS2101", "Pacific Studies"), reply="<q-samoa-ps2101@polibatam.ac.id>", client="gmail",
  note="A Samoan colleague tops a thread: the rename is still wanted, its title to follow.")

M("kei-toppost-batal", "2028-07-04 14:30:00",
  ("Maria Rahanubun", "maria.rahanubun@polibatam.ac.id"),
  "Re: Ganti nama course Biologi Laut",
  """Selamat sore,

Tidak jadi diganti ee, jurusan putuskan nama Biologi Laut tetap dipakai. Jadi permintaan kemarin dibatalkan saja.

Maria

Pada Sen, 3 Jul 2028 pukul 16.30 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
> Ibu Maria, nama baru untuk course Biologi Laut (BL2201) apa ya?
>
>> Tolong nama course Biologi Laut (BL2201) diganti, nanti nama barunya
>> saya kirim.""", "course_data", "id",
  cd("BL2201", "Biologi Laut"), reply="<q-kei-bl2201@polibatam.ac.id>",
  note="Kei Indonesian: a top-posted reply calls off the rename the helpdesk asked about; a withdrawal keeps the "
       "ticket's type and names no change (the convention of tune14-changes and tune16-replies).")

# ---------------------------------------------------------------- how to do it oneself, only curious

M("tegal-penasaran-cara-ganti-nama", "2028-07-05 08:10:00",
  ("Tri Wahyuningsih", "tri.wahyuningsih@polibatam.ac.id"),
  "cara ganti nama course dewek",
  """Punten mas,

Penasaran bae, dosen bisa ngganti nama lengkap course dewek apa ora sih? Nang menu Settings kolom nama-ne ora bisa diklik. Belum arep ngganti apa-apa kok, mung pengin ngerti.

Suwun,
Tri""", "elearning_support", "id",
  note="Tegal Javanese: how a lecturer renames a course herself, the field greyed out; nothing to change yet.")

M("icelandic-out-of-curiosity-shortname", "2028-07-05 10:40:00",
  ("Dr. Gudrun Sigurdardottir", "gudrun.sigurdardottir@polibatam.ac.id"),
  "Where do I change the short name?",
  """Hi,

Out of curiosity: where in the course settings can a teacher change the short name of her course? I could not find it. No change is needed right now, I just like to know my way around.

Takk,
Gudrun""", "elearning_support", "en", client="thunderbird",
  note="An Icelandic colleague asks where a short name is changed, nothing to change now: a how-to question.")

# ---------------------------------------------------------------- asking whether a change is possible, before asking it

M("serbian-possible-then-asks", "2028-07-05 13:15:00",
  ("Dr. Milan Jovanovic", "milan.jovanovic@polibatam.ac.id"),
  "Is a rename possible mid-semester?",
  """Dear P4M,

Is it possible to change a course's full name in the middle of the semester? If so, I would like Operating Systems (IF2205) to be called "Operating Systems and Virtualisation" from now on, as the syllabus now covers both.

Best regards,
Milan Jovanovic""", "course_data", "en",
  cd("IF2205", "Operating Systems", fullname="Operating Systems and Virtualisation"),
  note="A Serbian colleague asks whether a rename is possible, then asks it with its value.")

M("slovak-possible-details-later", "2028-07-05 15:00:00",
  ("Dr. Peter Horvath", "peter.horvath@polibatam.ac.id"),
  "Question before a request",
  """Hello,

Before I send you a proper request: is it possible at all to change the enrolment key of a course once students are already enrolled? I have not decided whether I want to, I only want to know if it would lock anyone out.

Thanks,
Peter Horvath""", "other", "en",
  note="A Slovak colleague asks whether a key change is possible once students are in, undecided: to be told (as "
       "tune26's 'is it possible in principle ... not decided anything').")

# ---------------------------------------------------------------- a change asked before and never done

M("bangka-sudah-minta-belum-berubah", "2028-07-06 08:30:00",
  ("Hendra Saputra", "hendra.saputra@polibatam.ac.id"),
  "Nama MK belum berubah",
  """Pagi P4M,

Minggu lalu saya sudah minta nama MK Statistika Industri (TI2201) diganti jadi Statistika Industri Terapan, tapi sampai hari ini di e-learning masih nama lama. Mohon segera diproses, mahasiswa sudah mulai bingung.

Terima kasih,
Hendra""", "course_data", "id",
  cd("TI2201", "Statistika Industri", fullname="Statistika Industri Terapan"),
  note="Bangka Malay: a rename asked last week, never done, asked again with its value.")

M("romanian-still-old-key-asked", "2028-07-06 10:50:00",
  ("Dr. Andrei Popescu", "andrei.popescu@polibatam.ac.id"),
  "Enrolment key still not changed",
  """Hello,

Last Tuesday I asked you to change the enrolment key of Power Electronics (EE3105) to PWR-ganjil28. It is still the old one today. Is something wrong with my request?

Andrei Popescu""", "course_data", "en",
  cd("EE3105", "Power Electronics", enrolment_key="PWR-ganjil28"), client="outlook",
  note="A Romanian colleague: a key change asked a week ago and not done, its value given again.")

# ---------------------------------------------------------------- staff of another unit: a document, against a course's wrong name

M("belitung-unit-minta-sop", "2028-07-06 13:40:00",
  ("Sekretariat UPT Perpustakaan", "perpustakaan@polibatam.ac.id"),
  "Permintaan SOP unggah materi e-learning",
  """Yth. Tim P4M,

Kami dari UPT Perpustakaan hendak menyusun panduan repositori. Mohon dapatnya kami dikirimi dokumen SOP unggah materi e-learning yang berlaku sekarang.

Terima kasih atas bantuannya.

Sekretariat UPT Perpustakaan""", "document_request", "id", client="outlook",
  note="Belitung: another unit's secretariat asks the unit's SOP document.")

M("croatian-sop-course-wrong-name", "2028-07-06 15:20:00",
  ("Ivana Kovacevic", "ivana.kovacevic@polibatam.ac.id"),
  "Wrong name of the lab safety course",
  """Dear P4M,

The laboratory office's e-learning course LAB-K3 is still named "SOP Keselamatan Lab 2023". The SOP was revised this year, so the course should be named "SOP Keselamatan Laboratorium 2028". Please update its name.

Regards,
Ivana Kovacevic
Laboratory Office""", "course_data", "en",
  cd("LAB-K3", "SOP Keselamatan Lab 2023", fullname="SOP Keselamatan Laboratorium 2028"),
  note="A Croatian colleague of another unit: an SOP course's name on e-learning is wrong; a rename, not a document.")

# ---------------------------------------------------------------- machine mail naming documents, forms, meetings

E.RAW("tte-dokumen-ditandatangani", "2028-07-03 07:05:00", """From: TTE Polibatam <tte@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Dokumen telah ditandatangani: Surat Tugas Pengelola E-learning 2028
Date: Mon, 03 Jul 2028 07:05:00 +0700
Message-ID: <tte-20280703-070500-5512@polibatam.ac.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Yth. Helpdesk P4M,

Dokumen "Surat Tugas Pengelola E-learning 2028" telah ditandatangani secara elektronik oleh seluruh penandatangan.

Nomor dokumen : 118/PL29/TTE/2028
Penandatangan : Direktur Politeknik Negeri Batam
Waktu         : 03-07-2028 07:04 WIB

Unduh dokumen yang telah ditandatangani:
https://tte.polibatam.ac.id/d/118-2028

Layanan Tanda Tangan Elektronik Politeknik Negeri Batam
""", "auto", "id",
      note="The campus e-signature service: a document signed, no machine header, no 'sent automatically' line.")

E.RAW("siakad-ekspor-selesai", "2028-07-03 09:30:00", """From: SIAKAD Polibatam <siakad@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: [SIAKAD] Ekspor data peserta kelas selesai
Date: Mon, 03 Jul 2028 09:30:00 +0700
Message-ID: <siakad-export-88213@polibatam.ac.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Permintaan ekspor Anda telah selesai diproses.

Jenis ekspor : Data peserta kelas (format XLSX)
Semester     : Ganjil 2028/2029
Jumlah baris : 4.812

Berkas dapat diunduh melalui menu Laporan > Riwayat Ekspor sampai 10 Juli 2028.

--
SIAKAD Politeknik Negeri Batam
""", "auto", "id",
      note="The academic system's export finished: a file to download, no machine header.")

E.RAW("outlook-meeting-invitation", "2028-07-04 08:00:00", """From: Bagian Akademik <akademik@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Rapat koordinasi jadwal UAS ganjil
Date: Tue, 04 Jul 2028 08:00:00 +0700
Message-ID: <inv-akad-20280704@polibatam.ac.id>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="inv-b1"

--inv-b1
Content-Type: text/plain; charset="UTF-8"

Rapat koordinasi jadwal UAS ganjil
Kapan: Kamis, 6 Juli 2028 09.00-11.00 (UTC+07:00) Jakarta
Di mana: Ruang Rapat Gedung Utama lt. 3

________________________________________________________________________________
Rapat Microsoft Teams
Bergabung di komputer, aplikasi seluler, atau perangkat ruangan
Klik di sini untuk bergabung dengan rapat
ID Rapat: 451 882 190 33
________________________________________________________________________________

--inv-b1
Content-Type: text/calendar; charset="UTF-8"; method=REQUEST

BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VEVENT
ORGANIZER;CN=Bagian Akademik:mailto:akademik@polibatam.ac.id
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:helpdesk-p4m@polibatam.ac.id
SUMMARY:Rapat koordinasi jadwal UAS ganjil
DTSTART;TZID=SE Asia Standard Time:20280706T090000
DTEND;TZID=SE Asia Standard Time:20280706T110000
UID:040000008200E00074C5B7101A82E00800000000A1B2C3
LOCATION:Ruang Rapat Gedung Utama lt. 3
END:VEVENT
END:VCALENDAR

--inv-b1--
""", "other", "id",
      note="A calendar invitation sent from an office's own address: a person's mail with nothing asked of the unit "
           "(as tune13-reading's invitation), not machine mail.")

E.RAW("mailman-digest-elearning-forum", "2028-07-04 12:00:00", """From: dosen-elearning-request@lists.polibatam.ac.id
To: helpdesk-p4m@polibatam.ac.id
Subject: Dosen-elearning Digest, Vol 41, Issue 7
Date: Tue, 04 Jul 2028 12:00:00 +0700
Message-ID: <mailman.41.7.1688446800@lists.polibatam.ac.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Send Dosen-elearning mailing list submissions to
	dosen-elearning@lists.polibatam.ac.id

To subscribe or unsubscribe via the World Wide Web, visit
	https://lists.polibatam.ac.id/mailman/listinfo/dosen-elearning

Today's Topics:

   1. Mohon ganti nama course Fisika Terapan (Rina Marlina)
   2. Re: Template RPS terbaru (Agus Salim)

----------------------------------------------------------------------

Message: 1
Date: Tue, 4 Jul 2028 08:12:44 +0700
From: Rina Marlina <rina.marlina@polibatam.ac.id>
Subject: Mohon ganti nama course Fisika Terapan

Rekan-rekan, ada yang tahu cara minta ganti nama course Fisika Terapan?

------------------------------

Message: 2
Date: Tue, 4 Jul 2028 09:40:02 +0700
From: Agus Salim <agus.salim@polibatam.ac.id>
Subject: Re: Template RPS terbaru

Template RPS terbaru ada di laman P4M, bagian Dokumen.

------------------------------

End of Dosen-elearning Digest, Vol 41, Issue 7
**********************************************
""", "auto", "id",
      note="A mailing list's digest that lost its list headers on the way: a rename and a template named inside.")

E.RAW("elearning-tugas-dikumpulkan", "2028-07-05 21:14:00", """From: E-learning Polibatam <elearning@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Pengumpulan tugas: Laporan Praktikum 3
Date: Wed, 05 Jul 2028 21:14:00 +0700
Message-ID: <elearning-assign-991245@polibatam.ac.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Mahasiswa Dewi Lestari telah mengumpulkan tugas "Laporan Praktikum 3" pada mata kuliah Kimia Dasar (KM1101).

Lihat pengumpulan:
https://elearning.polibatam.ac.id/mod/assign/view.php?id=44120&action=grading

Anda menerima pesan ini karena Anda terdaftar sebagai pengajar di mata kuliah ini.
Ubah preferensi notifikasi Anda: https://elearning.polibatam.ac.id/message/notificationpreferences.php
""", "auto", "id",
      note="E-learning's own notice in Indonesian: an assignment submitted, a course named, no machine header.")

E.RAW("upt-tik-tiket-selesai", "2028-07-06 11:00:00", """From: Layanan UPT TIK <layanan.tik@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Tiket UPT-TIK-2028-07-0142 telah diselesaikan
Date: Thu, 06 Jul 2028 11:00:00 +0700
Message-ID: <tik-0142-resolved@polibatam.ac.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Yth. Pelapor,

Status tiket Anda telah berubah menjadi SELESAI.

Nomor tiket : UPT-TIK-2028-07-0142
Judul       : Permohonan dokumen formulir akun e-mail dosen baru
Petugas     : Yudi Pratama

Jika masalah belum teratasi, silakan buka kembali tiket melalui https://layanan.tik.polibatam.ac.id/tiket/0142

Layanan UPT TIK Politeknik Negeri Batam
""", "auto", "id",
      note="Another unit's ticket system: a ticket resolved whose title asks a form document.")

# ---------------------------------------------------------------- people passing such mail on with a question

M("sorong-terus-tte-minta-salinan", "2028-07-06 14:10:00",
  ("Yulianus Kambu", "yulianus.kambu@polibatam.ac.id"),
  "Fwd: Dokumen telah ditandatangani: Surat Tugas Pengelola E-learning 2028",
  """Selamat siang P4M,

Sa dapat email ini dari TTE tapi link-nya sonde bisa dibuka dari luar kampus. Boleh kirim sa salinan surat tugas yang sudah ditandatangani itu?

Terima kasih,
Yulianus

---------- Forwarded message ---------
From: TTE Polibatam <tte@polibatam.ac.id>
Date: Mon, 3 Jul 2028 at 07:05
Subject: Dokumen telah ditandatangani: Surat Tugas Pengelola E-learning 2028
To: <yulianus.kambu@polibatam.ac.id>

Dokumen "Surat Tugas Pengelola E-learning 2028" telah ditandatangani secara elektronik oleh seluruh penandatangan.

Unduh dokumen yang telah ditandatangani:
https://tte.polibatam.ac.id/d/118-2028""", "document_request", "id",
  note="Sorong Papuan Malay: a person forwards the signature notice and asks a copy of the signed letter.")

M("lao-forward-submission-missing", "2028-07-06 16:00:00",
  ("Dr. Souksavanh Phommachanh", "souksavanh.p@polibatam.ac.id"),
  "Fwd: Pengumpulan tugas: Laporan Praktikum 3",
  """Hello P4M,

I got the notice below saying Dewi submitted her report, but when I open the grading page her submission is not in the list. Could you check?

Souksavanh

-------- Forwarded Message --------
Subject: Pengumpulan tugas: Laporan Praktikum 3
Date: Wed, 05 Jul 2028 21:14:00 +0700
From: E-learning Polibatam <elearning@polibatam.ac.id>

Mahasiswa Dewi Lestari telah mengumpulkan tugas "Laporan Praktikum 3" pada mata kuliah Kimia Dasar (KM1101).

Anda menerima pesan ini karena Anda terdaftar sebagai pengajar di mata kuliah ini.""", "elearning_support", "en",
  client="thunderbird",
  note="A Lao colleague forwards e-learning's notice: the submission it names is missing from the grading page.")

if BATCH >= 2:
    # ============================================================ batch 2 (written before any rule for it)

    M("cambodian-home-tile-wrong-code", "2028-07-10 08:15:00",
      ("Dr. Sokha Chan", "sokha.chan@polibatam.ac.id"),
      "Students confused by the course tile",
      """Good morning,

The tile of my course Water Treatment (TL2207) on the e-learning home page shows "TL-OLD-2019", so my students keep asking me whether they joined an old course. Please change its short name to WATER-TL2207.

Thank you,
Sokha Chan""", "course_data", "en",
      cd("TL2207", "Water Treatment", shortname="WATER-TL2207"), client="outlook",
      note="A Cambodian colleague: students' confusion on the home page, then the short name asked with its value.")

    M("natuna-toppost-tunggu-rapat-tetap", "2028-07-10 10:30:00",
      ("Syahrul Amri", "syahrul.amri@polibatam.ac.id"),
      "Re: Pindah kelas MK Oseanografi",
      """Masih nunggu hasil rapat jurusan bang, jadi nama dosennya belum bisa saya kasih. Tapi permintaannya jangan ditutup ya, dosen MK Oseanografi tetap harus diganti.

Syahrul

Pada Jum, 7 Jul 2028 pukul 15.40 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
> Pak Syahrul, siapa dosen pengganti untuk MK Oseanografi (OS2104)?
>
> Pada Jum, 7 Jul 2028 pukul 08.05 Syahrul Amri menulis:
>> Pagi, dosen MK Oseanografi (OS2104) mohon diganti, Bu Fitri cuti
>> melahirkan.""", "course_data", "id",
      cd("OS2104", "Oseanografi"), reply="<q-natuna-os2104@polibatam.ac.id>",
      note="Natuna Malay: a top-posted reply, the value awaited, the lecturer change kept asked.")

    M("maltese-disregard-earlier", "2028-07-10 13:00:00",
      ("Dr. Maria Borg", "maria.borg@polibatam.ac.id"),
      "Re: Full name of Marine Biology",
      """Hi,

Please disregard my earlier message, the programme decided to keep the current name of Marine Biology after all.

Maria

On Fri, 7 Jul 2028 at 11:00, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> Dear Dr. Borg, what should the new full name of MB2103 be?
>
>> Please rename MB2103 Marine Biology; I will send the new name.""", "course_data", "en",
      cd("MB2103", "Marine Biology"), reply="<q-malta-mb2103@polibatam.ac.id>", client="thunderbird",
      note="A Maltese colleague's reply withdraws the rename the helpdesk asked about: the ticket's type, no change.")

    M("georgian-how-would-i-myself", "2028-07-10 15:10:00",
      ("Dr. Nino Beridze", "nino.beridze@polibatam.ac.id"),
      "Renaming a course myself?",
      """Hello P4M,

How would I go about renaming one of my courses myself, if I ever needed to? Just curious, there is nothing to change at the moment.

Best,
Nino""", "elearning_support", "en",
      note="A Georgian colleague asks how she would rename a course herself, only curious: a how-to question.")

    M("anambas-menu-mana-key", "2028-07-11 08:20:00",
      ("Zulkifli", "zulkifli@polibatam.ac.id"),
      "tanya menu enrolment key",
      """Assalamualaikum,

Di menu mana ya dosen bisa ubah enrolment key course-nya? Cuma ingin tahu, key saya sekarang belum perlu diubah.

Wassalam,
Zulkifli""", "elearning_support", "id", client="iphone",
      note="Anambas Malay: where a lecturer changes a key, only to know: a how-to question.")

    M("muna-bisakah-sks-kalau-bisa", "2028-07-11 10:00:00",
      ("La Ode Hamdan", "laode.hamdan@polibatam.ac.id"),
      "SKS MK Mekanika Tanah",
      """Selamat pagi P4M,

Bisakah jumlah SKS course di e-learning diubah oleh P4M? Kalau bisa, tolong SKS MK Mekanika Tanah (TS2203) dijadikan 3 SKS, sekarang masih tertulis 2 SKS.

Terima kasih,
La Ode Hamdan""", "course_data", "id",
      cd("TS2203", "Mekanika Tanah", credits="3 SKS"),
      note="Muna Indonesian: whether credits can be changed, then the change asked with its value.")

    M("alor-memungkinkan-detail-menyusul", "2028-07-11 13:30:00",
      ("Yakobus Maure", "yakobus.maure@polibatam.ac.id"),
      "Ganti nama course tengah semester",
      """Selamat siang,

Apakah memungkinkan nama course diganti di tengah semester? Kalau memungkinkan, kami dari prodi akan mengajukan permohonan resmi minggu depan beserta daftar nama barunya.

Salam,
Yakobus Maure""", "other", "id",
      note="Alor Indonesian: whether a rename is possible, the formal request and its names to come: nothing yet.")

    M("sambas-dua-minggu-belum-juga", "2028-07-12 08:45:00",
      ("Nurul Aini", "nurul.aini@polibatam.ac.id"),
      "enrolment key belum juga diganti",
      """Pagi,

Dua minggu lalu saye sudah minta enrolment key MK Akuntansi Biaya (AK2204) diganti jadi AKB-ganjil28, kenape sampai sekarang belum juga? Mahasiswa baru tak bisa masuk.

Nurul""", "course_data", "id",
      cd("AK2204", "Akuntansi Biaya", enrolment_key="AKB-ganjil28"),
      note="Sambas Malay: a key change asked two weeks ago, never done; its value said again in a complaint.")

    M("armenian-rename-still-not-done", "2028-07-12 10:20:00",
      ("Dr. Armen Petrosyan", "armen.petrosyan@polibatam.ac.id"),
      "Second request: rename of Fluid Mechanics",
      """Dear P4M,

This is my second request. On 30 June I asked that ME2205 Fluid Mechanics be renamed to "Fluid Mechanics and Machinery", and the old name is still shown. Kindly make the change this week.

Regards,
Armen Petrosyan""", "course_data", "en",
      cd("ME2205", "Fluid Mechanics", fullname="Fluid Mechanics and Machinery"), client="outlook",
      note="An Armenian colleague asks a second time a rename never done, with its value.")

    M("bhutan-unit-sop-online-exam", "2028-07-12 13:50:00",
      ("Quality Assurance Office", "qa.office@polibatam.ac.id"),
      "SOP for online examinations",
      """Dear P4M team,

Could you send us the current SOP for online examinations on e-learning, with its forms? We need it for the accreditation file of our unit.

Kind regards,
Tshering Dorji
Quality Assurance Office""", "document_request", "en", client="outlook",
      note="A Bhutanese colleague of another unit asks the unit's SOP and forms: a document.")

    E.RAW("acrobat-sign-agreement-signed", "2028-07-10 07:30:00", """From: Acrobat Sign <echosign@echosign.com>
To: helpdesk-p4m@polibatam.ac.id
Subject: Agreement completed: MoU P4M - Fakultas Teknik 2028
Date: Mon, 10 Jul 2028 07:30:00 +0700
Message-ID: <echo-agr-77120@echosign.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Your agreement "MoU P4M - Fakultas Teknik 2028" has been signed by all parties.

A final copy of the signed document is attached to this message and stored in your account.

View document: https://secure.echosign.com/public/view?tsid=CBFCIBAA3

Adobe Acrobat Sign
""", "auto", "en",
          note="A signature service's completion in English: a signed document, no machine header.")

    E.RAW("gcal-updated-invitation", "2028-07-10 09:00:00", """From: Rudi Hartono <rudi.hartono@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Updated invitation: Pelatihan e-learning dosen baru @ Kam 13 Jul 2028 09:00 - 12:00 (WIB)
Date: Mon, 10 Jul 2028 09:00:00 +0700
Message-ID: <gcal-upd-33a1@google.com>
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="gc-b1"

--gc-b1
Content-Type: text/plain; charset="UTF-8"

This event has been changed.

Pelatihan e-learning dosen baru
When: Thursday 13 Jul 2028 09:00 - 12:00 (WIB) (changed)
Where: Lab Komputer 2
Joining info: meet.google.com/xbq-upwe-kdt

Invitation from Google Calendar

You are receiving this email because you are an attendee of the event. To stop receiving future updates for this event, decline this event.

--gc-b1
Content-Type: text/calendar; charset="UTF-8"; method=REQUEST

BEGIN:VCALENDAR
METHOD:REQUEST
BEGIN:VEVENT
SUMMARY:Pelatihan e-learning dosen baru
DTSTART:20280713T020000Z
DTEND:20280713T050000Z
ORGANIZER:mailto:rudi.hartono@polibatam.ac.id
END:VEVENT
END:VCALENDAR

--gc-b1--
""", "auto", "en",
          note="A calendar's updated invitation sent under the organiser's own address.")

    E.RAW("outlook-meeting-cancelled", "2028-07-11 07:45:00", """From: Bagian Akademik <akademik@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Dibatalkan: Rapat koordinasi jadwal UAS ganjil
Date: Tue, 11 Jul 2028 07:45:00 +0700
Message-ID: <cancel-akad-20280711@polibatam.ac.id>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="cx-b1"

--cx-b1
Content-Type: text/plain; charset="UTF-8"

Rapat koordinasi jadwal UAS ganjil

--cx-b1
Content-Type: text/calendar; charset="UTF-8"; method=CANCEL

BEGIN:VCALENDAR
METHOD:CANCEL
BEGIN:VEVENT
SUMMARY:Dibatalkan: Rapat koordinasi jadwal UAS ganjil
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR

--cx-b1--
""", "other", "id",
          note="A calendar's cancellation sent from the organiser's own address: a person's mail, nothing asked.")

    E.RAW("elearning-ringkasan-forum", "2028-07-11 17:00:00", """From: E-learning Polibatam <elearning@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Ringkasan forum Pemrograman Web (IF2104)
Date: Tue, 11 Jul 2028 17:00:00 +0700
Message-ID: <elearning-digest-20280711@polibatam.ac.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Pemrograman Web (IF2104) -> Forum -> Tanya jawab UTS

Re: Materi UTS sampai pertemuan berapa?
oleh Andi Pratama - Selasa, 11 Juli 2028, 10:12

Sampai pertemuan 7 ya, termasuk materi routing.

---------------------------------------------------------------------
Berhenti berlangganan forum ini: https://elearning.polibatam.ac.id/mod/forum/subscribe.php?id=881
Ubah preferensi digest forum Anda: https://elearning.polibatam.ac.id/user/forum.php
""", "auto", "id",
          note="E-learning's forum digest in Indonesian, a student's question inside, no machine header.")

    E.RAW("servicedesk-request-in-progress", "2028-07-12 09:10:00", """From: BAAK Service Desk <servicedesk.baak@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Request REQ-4471 updated: Dokumen template transkrip
Date: Wed, 12 Jul 2028 09:10:00 +0700
Message-ID: <req-4471-upd-2@polibatam.ac.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Hello,

Your request REQ-4471 "Dokumen template transkrip" is now In Progress.

Assigned to: Sri Wahyuni
Last comment: Template sedang direvisi, dokumen akan dikirim setelah disahkan.

Track your request: https://servicedesk.baak.polibatam.ac.id/req/4471

BAAK Service Desk
""", "auto", "en",
          note="Another office's service desk: a request about a document moved to In Progress.")

    E.RAW("siakad-khs-tersedia", "2028-07-12 06:00:00", """From: SIAKAD Polibatam <siakad@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: [SIAKAD] Dokumen KHS semester genap tersedia
Date: Wed, 12 Jul 2028 06:00:00 +0700
Message-ID: <siakad-khs-20280712@polibatam.ac.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Yth. Pengguna SIAKAD,

Dokumen KHS semester genap 2027/2028 telah tersedia dan dapat diunduh melalui menu Dokumen > KHS.

--
SIAKAD Politeknik Negeri Batam
""", "auto", "id",
          note="The academic system tells a results document is ready to download.")

    E.RAW("googlegroups-ringkasan", "2028-07-12 18:00:00", """From: p4m-dosen@googlegroups.com
To: helpdesk-p4m@polibatam.ac.id
Subject: [p4m-dosen] Ringkasan untuk p4m-dosen@googlegroups.com - 2 pembaruan dalam 2 topik
Date: Wed, 12 Jul 2028 18:00:00 +0700
Message-ID: <0000000000003c1a@google.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

p4m-dosen@googlegroups.com
Ringkasan topik

- Mohon info formulir permohonan course baru - 1 pembaruan
- Jadwal pelatihan Moodle - 1 pembaruan

Mohon info formulir permohonan course baru
Dewi Kartika: Formulir permohonan course baru di mana ya Bapak/Ibu?

Jadwal pelatihan Moodle
Agus Salim: Pelatihan diundur ke Kamis.

Anda menerima ringkasan ini karena Anda berlangganan pembaruan untuk grup ini. Untuk berhenti berlangganan, kunjungi halaman grup.
""", "auto", "id",
          note="A Google Groups digest in Indonesian with no list header: a form asked for inside.")

    M("tonga-fwd-invitation-question", "2028-07-12 11:30:00",
      ("Dr. Viliami Tupou", "viliami.tupou@polibatam.ac.id"),
      "Fwd: Updated invitation: Pelatihan e-learning dosen baru",
      """Hi helpdesk,

I was forwarded this invitation. Is the training also for guest lecturers like me, or only for new permanent staff?

Viliami

---------- Forwarded message ---------
From: Rudi Hartono <rudi.hartono@polibatam.ac.id>
Date: Mon, 10 Jul 2028 at 09:00
Subject: Updated invitation: Pelatihan e-learning dosen baru @ Kam 13 Jul 2028 09:00 - 12:00 (WIB)

This event has been changed.
You are receiving this email because you are an attendee of the event.""", "other", "en",
      note="A Tongan guest lecturer forwards an invitation to ask whether the training is for him: a person, other.")

    M("selayar-fwd-digest-rename", "2028-07-13 08:30:00",
      ("Rina Marlina", "rina.marlina@polibatam.ac.id"),
      "Fwd: Dosen-elearning Digest, Vol 41, Issue 7",
      """Pagi P4M,

Pesan pertama di digest di bawah itu dari saya. Daripada tanya di milis, langsung saja: mohon nama course Fisika Terapan (FT1102) diganti menjadi Fisika Terapan Teknik.

Terima kasih,
Rina

-------- Forwarded Message --------
Subject: Dosen-elearning Digest, Vol 41, Issue 7
From: dosen-elearning-request@lists.polibatam.ac.id

Today's Topics:

   1. Mohon ganti nama course Fisika Terapan (Rina Marlina)""", "course_data", "id",
      cd("FT1102", "Fisika Terapan", fullname="Fisika Terapan Teknik"),
      note="Selayar: a person forwards a digest and asks the rename herself: a course change, human.")

    M("banggai-tempel-notifikasi-tugas", "2028-07-13 19:40:00",
      ("Putri Ayu Lestari", "putri.lestari@students.polibatam.ac.id"),
      "kak tugas saya tidak ada",
      """Kak saya dapat email begini:

"Anda telah mengumpulkan tugas "Laporan Praktikum 4" pada mata kuliah Kimia Dasar (KM1101). Anda menerima pesan ini karena Anda terdaftar sebagai mahasiswa di mata kuliah ini."

Tapi waktu saya buka course-nya, tugasnya tidak ada, status masih belum dikumpulkan. Kenapa ya kak?

Putri""", "elearning_support", "id", client="iphone",
      note="Banggai: a student pastes e-learning's notice (its footer too) and asks why her submission is missing.")


if BATCH >= 3:
    # ============================================================ batch 3 (written before any rule for it)

    M("latvian-app-untitled-course", "2028-07-17 08:00:00",
      ("Dr. Ilze Berzina", "ilze.berzina@polibatam.ac.id"),
      "MB3102 shows as Untitled course",
      """Labdien,

My students tell me that in the mobile app course MB3102 appears as "Untitled course 3". It should be called "Digital Marketing", as in the curriculum.

Paldies,
Ilze Berzina""", "course_data", "en",
      cd("MB3102", "Untitled course 3", fullname="Digital Marketing"),
      note="A Latvian colleague: the app shows a placeholder name; what it should be called, no verb of asking.")

    M("bulgarian-only-wondering-image", "2028-07-17 10:30:00",
      ("Dr. Georgi Dimitrov", "georgi.dimitrov@polibatam.ac.id"),
      "Course image",
      """Hello,

Is there a way for lecturers to change the course image without asking you each time? Only wondering, I have nothing to change at the moment.

Georgi""", "elearning_support", "en", client="thunderbird",
      note="A Bulgarian colleague asks whether lecturers can change a course image themselves, only wondering.")

    M("bajo-ganti-dosen-belum-dikerjakan", "2028-07-17 13:20:00",
      ("Hasniah", "hasniah@polibatam.ac.id"),
      "permintaan ganti dosen belum dikerjakan",
      """Selamat siang,

Permintaan saya tanggal 5 Juli supaya dosen MK Navigasi Pelayaran (NP2105) diganti ke Capt. Rahmat Hidayat, M.Mar. sampai sekarang belum dikerjakan juga. Tolong dicek ya, kuliah sudah jalan dua minggu.

Hasniah""", "course_data", "id",
      cd("NP2105", "Navigasi Pelayaran", lecturer="Capt. Rahmat Hidayat, M.Mar."),
      note="Bajo Indonesian: a lecturer change asked on the 5th and not done, its value said again.")

    M("irish-toppost-remove-anyway", "2028-07-18 09:00:00",
      ("Dr. Siobhan Murphy", "siobhan.murphy@polibatam.ac.id"),
      "Re: Lecturer of Research Methods",
      """Not decided yet who will take it over, the head of department is still asking around. But Dr. Kelly must be taken off RM3101 in any case, he left us last month, so please do not close this.

Siobhan

On Mon, 17 Jul 2028 at 14:00, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> Dear Dr. Murphy, who will be the new lecturer of RM3101 Research Methods?
>
>> Please replace the lecturer of RM3101 Research Methods.""", "course_data", "en",
      cd("RM3101", "Research Methods"), reply="<q-irish-rm3101@polibatam.ac.id>",
      note="A top-posted reply: the successor undecided, the old lecturer's removal still asked.")

    E.RAW("elearning-kursus-baru-dibuat", "2028-07-18 06:30:00", """From: E-learning Polibatam <elearning@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Kursus baru dibuat: Praktikum Fisika Dasar (FD1101-B)
Date: Tue, 18 Jul 2028 06:30:00 +0700
Message-ID: <elearning-course-created-5521@polibatam.ac.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Kursus baru telah dibuat oleh Admin Prodi Fisika:

Nama lengkap : Praktikum Fisika Dasar
Nama singkat : FD1101-B
Kategori     : Semester Ganjil 2028/2029

Anda mendapat notifikasi ini sebagai administrator situs.
https://elearning.polibatam.ac.id/course/view.php?id=7781
""", "auto", "id",
          note="E-learning's notice of a course created, its name and short name listed, no machine header.")

    E.RAW("privy-ditandatangani-semua-pihak", "2028-07-18 08:10:00", """From: PrivyID <notifikasi@privy.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Dokumen selesai ditandatangani - Perjanjian Kerja Sama Lisensi LMS
Date: Tue, 18 Jul 2028 08:10:00 +0700
Message-ID: <privy-doc-992013@privy.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Halo Helpdesk P4M,

Dokumen "Perjanjian Kerja Sama Lisensi LMS" telah selesai ditandatangani oleh semua pihak.

Lihat dokumen: https://app.privy.id/doc/992013

Salam,
PrivyID
""", "auto", "id",
          note="A commercial e-signature service in Indonesian: a document signed by all parties.")

    E.RAW("zendesk-baak-diperbarui", "2028-07-18 10:45:00", """From: Helpdesk BAAK <helpdesk.baak@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Tiket #88123 diperbarui: Permintaan formulir cuti akademik
Date: Tue, 18 Jul 2028 10:45:00 +0700
Message-ID: <zd-88123-3@polibatam.ac.id>
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

##- Silakan ketik balasan Anda di atas baris ini -##

Tiket Anda (88123) telah diperbarui.

Sri Wahyuni (BAAK)
18 Jul 2028 10.44

Formulir cuti akademik terbaru sudah kami lampirkan di tiket.

Lihat tiket: https://helpdesk-baak.polibatam.ac.id/tiket/88123
""", "auto", "id",
          note="Another office's ticket system in Indonesian: a ticket updated, a form named, a reply-above line.")

    E.RAW("calendar-diterima-rapat", "2028-07-18 11:00:00", """From: Dedi Kurniawan <dedi.kurniawan@polibatam.ac.id>
To: helpdesk-p4m@polibatam.ac.id
Subject: Diterima: Klinik e-learning dosen baru
Date: Tue, 18 Jul 2028 11:00:00 +0700
Message-ID: <accept-dedi-20280718@polibatam.ac.id>
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="acc-b1"

--acc-b1
Content-Type: text/plain; charset="UTF-8"


--acc-b1
Content-Type: text/calendar; charset="UTF-8"; method=REPLY

BEGIN:VCALENDAR
METHOD:REPLY
BEGIN:VEVENT
ATTENDEE;PARTSTAT=ACCEPTED:mailto:dedi.kurniawan@polibatam.ac.id
SUMMARY:Klinik e-learning dosen baru
END:VEVENT
END:VCALENDAR

--acc-b1--
""", "auto", "id",
          note="A calendar's acceptance with no comment (METHOD:REPLY).")

    M("kupang-tempel-tte-minta-pdf", "2028-07-18 14:00:00",
      ("Yosua Ndun", "yosua.ndun@polibatam.ac.id"),
      "surat tugas sudah ttd",
      """Siang P4M,

Beta dapat pemberitahuan dari TTE: 'Dokumen "Surat Tugas Tim Pengembang Course Daring" telah ditandatangani secara elektronik oleh seluruh penandatangan.' Tapi link unduhnya sudah kadaluarsa. Mohon dikirimkan file PDF surat tugas itu ke email beta.

Makasih,
Yosua""", "document_request", "id",
      note="Kupang: a person pastes the signature notice inside his own sentence and asks the signed letter's PDF.")

    M("aussie-unit-form-new-course", "2028-07-18 15:30:00",
      ("Jack Wilson", "jack.wilson@polibatam.ac.id"),
      "form for a new course?",
      """hey P4M,

do you guys have the form for requesting a new e-learning course? need it for our language centre's short courses, cheers

Jack
Language Centre""", "document_request", "en", client="iphone",
      note="An Australian colleague of another unit asks the unit's form, casually.")

E.PLAN = {}
for m in E.MAILS:
    E.PLAN[m["type"]] = E.PLAN.get(m["type"], 0) + 1

if __name__ == "__main__":
    sys.exit(E.main())

#!/usr/bin/env python3
"""Generate the twenty-fourth P4M helpdesk TUNING corpus for announcements (labelled e-mails).

Written in round 12 before any rule for it, for the publish times, titles and scopes people write and the blind parts
miss: English and Indonesian clock times in words and 12-hour forms ("7.30 p.m.", "at noon", "jam 7 malam WIT"),
abbreviated and Roman-numeral months ("Dec. 7", "7/XII/2026"), a day of the month alone ("tanggal 5 pukul 10"),
weekday phrases ("Jumat pekan depan", "this Thursday at noon", "next Wednesday noon"), moments counted from an event
("H-1 sebelum UAS", "two days before the exam"), a range of hours, a corrected hour, a moment in a table or only in the
subject, a publish time beside the event's and the deadline's; titles in capitals, after "Hal"/"Perihal"/"Title", in
bold, only in the subject; scope for one class, one programme, one intake, everyone. Near-misses give a date only,
"ASAP" or only an event's time or a deadline, and claim no publish time.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py.
Run:  python3 make_tune24_announce.py   (BATCH=1 writes only the first batch)
"""

import datetime as dt
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
BATCH = int(os.environ.get("BATCH", "3"))
WITA = dt.timezone(dt.timedelta(hours=8))
WIT = dt.timezone(dt.timedelta(hours=9))


def zoned(slug, date, sender, subject, body, fields, lang="id", note="", zone=WIT):
    """Mail whose Date header is in the sender's own zone (the moment itself is given in WIB)."""
    msg = EmailMessage(policy=DEFAULT)
    name, addr = sender
    msg["From"] = formataddr((name, addr))
    msg["To"] = "Helpdesk P4M <%s>" % E.HELPDESK
    msg["Subject"] = subject
    msg["Date"] = format_datetime(E.when(date).astimezone(zone))
    msg["Message-ID"] = "<%s@%s>" % (E.H(slug, "mid", 20), addr.split("@")[1])
    msg.set_content(body)
    E.MAILS.append(dict(slug=slug, date=date, raw=msg.as_string(policy=E.POLICY), type="announcement", lang=lang,
                        fields=fields, note=note, att=[], subject=subject))


def ann(title, scope, publish=None, code=None, name=None):
    fields = {}
    if code:
        fields["course_code"] = code
    if name:
        fields["course_name"] = name
    fields["scope"] = scope
    fields["title"] = title
    if publish:
        fields["publish_at"] = publish + ":00+07:00"
    return fields


# ================================================================ batch 1

M("en-ph-pm-dots-programme", "2026-12-03 10:15:00",
  ("Ma. Cristina Dela Cruz", "cristina.delacruz@polibatam.ac.id"),
  "Notice for the Hospitality students",
  """Good morning po!

Kindly post the notice below for all students of the Hospitality programme on Monday, Dec. 7, at 7.30 p.m. so they can read it after their hotel duty.

Title: Homestay Placement Results Released
The placement list for the January homestay programme is now available at the Tourism department office. Students without a placement should see Ms. Dela Cruz before 11 December.

Salamat po,
Tina""", "announcement", "en",
  ann("Homestay Placement Results Released", "site", "2026-12-07T19:30"),
  note="A Filipino coordinator: 'Dec. 7, at 7.30 p.m.'; a whole programme is the site.")

zoned("wit-jam-tujuh-malam-hal", "2026-12-08 07:20:00",
      ("Yakobus Mandowen", "yakobus.mandowen@polibatam.ac.id"),
      "titip pengumuman Kimia Dasar",
      """Selamat pagi Bapa Ibu P4M,

Sa titip pengumuman untuk kelas Kimia Dasar (KI1101). Tolong tayangkan Kamis 10 Des jam 7 malam WIT, karena anak-anak baru pulang praktikum sore.

Hal: Laporan Praktikum Kimia Dasar Dikumpulkan Daring
Laporan praktikum minggu ke-12 dikumpul lewat e-learning, tidak perlu dicetak. Batas Senin 14 Desember 2026 pukul 12.00 WIT.

Terima kasih banyak,
Yakobus""",
      ann("Laporan Praktikum Kimia Dasar Dikumpulkan Daring", "course", "2026-12-10T17:00", "KI1101", "Kimia Dasar"),
      note="Papuan lecturer (+0900): 'Kamis 10 Des jam 7 malam WIT' is 17.00 WIB; title after 'Hal:'.")

M("surat-romawi-perihal-kapital", "2026-12-02 13:00:00",
  ("Bagian Akademik Polibatam", "akademik@polibatam.ac.id"),
  "Permohonan penayangan pengumuman",
  """Dengan hormat,

Bersama ini kami mohon bantuan Tim P4M untuk menayangkan pengumuman di bawah ini pada halaman depan e-learning, pada hari Senin tanggal 7/XII/2026 pukul 08.00 WIB.

Perihal : PERPANJANGAN MASA PENGISIAN KRS SEMESTER GENAP
Diberitahukan kepada seluruh mahasiswa bahwa masa pengisian KRS semester genap 2026/2027 diperpanjang sampai dengan 18/XII/2026. Mahasiswa yang belum mengisi KRS agar segera menghubungi dosen wali masing-masing.

Atas perhatian dan kerja samanya kami ucapkan terima kasih.

Hormat kami,
Kepala Bagian Akademik""", "announcement", "id",
  ann("PERPANJANGAN MASA PENGISIAN KRS SEMESTER GENAP", "site", "2026-12-07T08:00"),
  client="outlook",
  note="A letter's Roman-numeral month ('7/XII/2026 pukul 08.00'); the title in capitals after 'Perihal :'.")

M("tanggal-lima-pukul-sepuluh-satu-kelas", "2026-12-01 15:40:00",
  ("Rahmi Chaniago", "rahmi.chaniago@polibatam.ac.id"),
  "Pengumuman kelas TI-2B",
  """Assalamualaikum,

Ambo titip pengumuman untuk kelas TI-2B saja di MK Pemrograman Web (IF2204), tolong tayangkan tanggal 5 pukul 10 pagi.

*Kuis Pemrograman Web TI-2B Diundur*
Kuis 3 untuk kelas TI-2B diundur ke pertemuan berikutnya karena ruang lab dipakai ujian sertifikasi.

Tarimo kasih,
Rahmi""", "announcement", "id",
  ann("Kuis Pemrograman Web TI-2B Diundur", "course", "2026-12-05T10:00", "IF2204", "Pemrograman Web"),
  note="A day of the month alone ('tanggal 5 pukul 10 pagi'); one class; the title in WhatsApp bold.")

M("jumat-pekan-depan-angkatan", "2026-12-02 16:00:00",
  ("Subbag Kemahasiswaan", "kemahasiswaan@polibatam.ac.id"),
  "Mohon tayang: pengambilan jaket almamater",
  """Selamat sore,

Mohon ditayangkan Jumat pekan depan pukul 06.30 untuk mahasiswa angkatan 2025 dari semua prodi.

Judul pengumuman: Pengambilan Jaket Almamater Angkatan 2025
Jaket almamater angkatan 2025 dapat diambil di Gedung Utama lantai 1 dengan menunjukkan KTM. Pengambilan tidak dapat diwakilkan.

Salam,
Kemahasiswaan""", "announcement", "id",
  ann("Pengambilan Jaket Almamater Angkatan 2025", "site", "2026-12-11T06:30"),
  note="'Jumat pekan depan pukul 06.30': Friday of the coming week; one intake of every programme is the site.")

M("en-this-thursday-noon", "2026-12-07 09:00:00",
  ("Dr. Jennifer Walsh", "jennifer.walsh@polibatam.ac.id"),
  "Technical Writing - peer review notice",
  """Hey folks,

Could you get this up on my Technical Writing course (EN2103) this Thursday at noon? Thanks a bunch.

Heading: Peer Review Pairs Are Posted
Your peer review partner for the final report is listed in the course files. Exchange drafts by Saturday and return comments within a week.

Jen""", "announcement", "en",
  ann("Peer Review Pairs Are Posted", "course", "2026-12-10T12:00", "EN2103", "Technical Writing"),
  note="An American visiting lecturer: 'this Thursday at noon'.")

M("en-next-wednesday-noon-subject-title", "2026-12-04 14:00:00",
  ("Callum Fraser", "callum.fraser@polibatam.ac.id"),
  "Safety Induction for Workshop B",
  """Hiya,

Would you be able to put the wee notice below on the site next Wednesday noon? It's for every first-year student in the Marine Engineering programme.

All first-year Marine Engineering students must attend the safety induction in Workshop B before their first practical session. Bring safety boots and overalls; nobody without them will be let in.

Cheers,
Callum""", "announcement", "en",
  ann("Safety Induction for Workshop B", "site", "2026-12-09T12:00"),
  note="A Scottish lecturer: 'next Wednesday noon' (no 'at'); the title only in the subject; one programme's first years.")

M("h-min-satu-jam-tujuh-malam", "2026-12-03 11:00:00",
  ("Bambang Wicaksono", "bambang.w@polibatam.ac.id"),
  "Kisi-kisi UAS Mekanika Fluida",
  """Selamat siang tim P4M,

Tolong umumkan H-1 sebelum UAS di course Mekanika Fluida (ME2105), jam 7 malam. UAS-nya dilaksanakan Selasa, 15 Desember 2026 pukul 08.00 di ruang 301.

Judul: Kisi-kisi UAS Mekanika Fluida
Isi: Materi UAS meliputi bab 5 sampai 8. Boleh membawa satu lembar rumus tulisan tangan.

Terima kasih,
Bambang""", "announcement", "id",
  ann("Kisi-kisi UAS Mekanika Fluida", "course", "2026-12-14T19:00", "ME2105", "Mekanika Fluida"),
  note="'H-1 sebelum UAS ..., jam 7 malam': the day before the exam's date, at 19.00; the exam's own hour is not it.")

M("en-two-days-before-exam", "2026-12-02 10:00:00",
  ("Dr. Chukwuemeka Obi", "c.obi@polibatam.ac.id"),
  "Power Systems Analysis exam notice",
  """Good day,

Kindly publish the notice below on the Power Systems Analysis course (EE3201) two days before the exam, at 9 a.m. The exam holds on Friday, 11 December 2026 at 10:00 in Hall B.

Title of the notice: Power Systems Analysis Exam Guidelines
Bring your student card and a non-programmable calculator. Phones stay in your bags, switched off.

Regards,
Dr. Obi""", "announcement", "en",
  ann("Power Systems Analysis Exam Guidelines", "course", "2026-12-09T09:00", "EE3201", "Power Systems Analysis"),
  note="A Nigerian guest lecturer: 'two days before the exam, at 9 a.m.' counted from the exam's date.")

M("rentang-antara-jam-tujuh-delapan", "2026-12-09 20:00:00",
  ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "pengumuman akuntansi keuangan",
  """malam kak, tlg tayangkan besok antara jam 7-8 pagi ya di kelas Akuntansi Keuangan (AK2101)

judulnya: Latihan Soal Konsolidasi
isinya: latihan soal konsolidasi sudah diunggah, dikerjakan sebelum pertemuan Senin.

makasih kak""", "announcement", "id",
  ann("Latihan Soal Konsolidasi", "course", "2026-12-10T07:00", "AK2101", "Akuntansi Keuangan"),
  note="A range of hours ('antara jam 7-8 pagi'): it goes out at its start.")

M("en-corrected-should-be", "2026-12-10 13:00:00",
  ("Arjun Mehta", "arjun.mehta@polibatam.ac.id"),
  "Data Mining - project notice",
  """Hi team,

Please schedule the post below for Monday 14 December at 12 pm on the Data Mining course (IF3105).

Title: Project Groups Finalised
The final project groups are in the course files. Each group books a consultation slot before the holidays.

Oops, I wrote 12 pm above; it should be 2 pm, after the lecture ends.

Thanks,
Arjun""", "announcement", "en",
  ann("Project Groups Finalised", "course", "2026-12-14T14:00", "IF3105", "Data Mining"),
  note="The hour corrected under the text without a correction word ('I wrote 12 pm above; it should be 2 pm').")

M("tabel-tayang-konsultasi", "2026-12-04 09:00:00",
  ("Koordinator TA Teknik Elektro", "ta.elektro@polibatam.ac.id"),
  "Pengumuman konsultasi TA",
  """Selamat pagi,

Mohon bantu tayangkan pengumuman sesuai tabel berikut.

| Judul | Jadwal Konsultasi Tugas Akhir Gelombang 2 |
| Tayang | Senin, 7 Des 2026, 07.00 WIB |
| Konsultasi | 8-11 Desember 2026, 13.00-15.00 |
| Untuk | Mahasiswa tingkat akhir Prodi Teknik Elektro |
| Isi | Mahasiswa mendaftar slot konsultasi melalui formulir di e-learning paling lambat Senin pukul 12.00. |

Terima kasih,
Koordinator TA""", "announcement", "id",
  ann("Jadwal Konsultasi Tugas Akhir Gelombang 2", "site", "2026-12-07T07:00"),
  note="A two-column table: the publish row, the event's row with its own hours, a whole programme's students.")

M("subjek-saja-jam-tayang", "2026-12-07 08:00:00",
  ("Hendrik Sitorus", "hendrik.sitorus@polibatam.ac.id"),
  "Tayangkan Rabu 9/12 jam 13.00: Kelas Robotika Pindah ke Lab Mekatronika",
  """Horas tim P4M,

Mohon dipasang di course Robotika Industri (MK3107) sesuai subjek.

Isi: Mulai pertemuan ke-14, kuliah Robotika Industri diadakan di Lab Mekatronika lantai 3. Bawa laptop yang sudah terpasang ROS.

Hendrik""", "announcement", "id",
  ann("Kelas Robotika Pindah ke Lab Mekatronika", "course", "2026-12-09T13:00", "MK3107", "Robotika Industri"),
  note="The publish moment and the title only in the subject ('Tayangkan Rabu 9/12 jam 13.00: X').")

M("tiga-waktu-satu-surel-kapital", "2026-12-03 10:00:00",
  ("Lestari Wulandari, M.Ak.", "lestari.w@polibatam.ac.id"),
  "Kuliah tamu prodi Akuntansi",
  """Selamat pagi,

Kuliah tamu diadakan hari Rabu, 9 Desember 2026 pukul 13.00 di Auditorium. Pendaftaran ditutup Selasa 8 Desember jam 23.59. Pengumumannya tolong naik Senin 7 Desember jam 8 pagi, untuk semua mahasiswa Prodi Akuntansi.

JUDUL : KULIAH TAMU AUDIT BERBASIS DATA
Isi : Prodi Akuntansi mengundang mahasiswa mengikuti kuliah tamu bersama praktisi audit dari KAP mitra. Daftar lewat tautan di e-learning.

Salam,
Lestari""", "announcement", "id",
  ann("KULIAH TAMU AUDIT BERBASIS DATA", "site", "2026-12-07T08:00"),
  note="The event's, the deadline's and the publish moment in one paragraph; the title in capitals after 'JUDUL :'.")

M("near-tanggal-saja-acara-jam", "2026-12-02 11:30:00",
  ("Irwansyah", "irwansyah@polibatam.ac.id"),
  "Praktikum lapangan Biologi Laut",
  """Siang,

Tolong ditayangkan tanggal 4 Desember di course Biologi Laut (BL2102). Praktikum lapangan berangkat pukul 06.00.

Judul: Praktikum Lapangan ke Pulau Abang
Isi: Peserta berkumpul di dermaga Telaga Punggur, membawa alat snorkeling dan bekal makan siang.

Irwansyah""", "announcement", "id",
  ann("Praktikum Lapangan ke Pulau Abang", "course", None, "BL2102", "Biologi Laut"),
  note="NEAR-MISS: a publish date alone; the hour is the trip's own departure.")

M("near-en-asap-concert-pm", "2026-12-05 09:45:00",
  ("Fr. Thomas Aquino", "thomas.aquino@polibatam.ac.id"),
  "Christmas concert",
  """Dear team,

Please post this ASAP on the front page:

**Christmas Choir Concert in the Main Hall**
The campus choir performs on Friday, 18 December at 7.30 p.m. in the main hall. Everyone is welcome; entry is free.

God bless,
Fr. Thomas""", "announcement", "en",
  ann("Christmas Choir Concert in the Main Hall", "site", None),
  note="NEAR-MISS: 'ASAP'; '18 December at 7.30 p.m.' is the concert's; the title in Markdown bold.")

M("near-deadline-jam-tujuh-malam", "2026-12-08 10:30:00",
  ("Siti Maemunah", "siti.maemunah@polibatam.ac.id"),
  "Tugas Statistika kelas B",
  """Pagi,

Mohon diumumkan secepatnya di kelas B Statistika (ST1201): tugas 4 dikumpulkan paling lambat Kamis 10 Desember jam 7 malam.

Perihal: Batas Pengumpulan Tugas 4 Statistika
Tugas 4 dikumpulkan dalam bentuk PDF melalui e-learning. Keterlambatan mengurangi nilai.

Siti""", "announcement", "id",
  ann("Batas Pengumpulan Tugas 4 Statistika", "course", None, "ST1201", "Statistika"),
  note="NEAR-MISS: 'secepatnya'; 'Kamis ... jam 7 malam' is the deadline.")

M("near-pekan-depan-acara-jam-kapital", "2026-12-02 14:10:00",
  ("Unit Kegiatan Mahasiswa PMI", "ksr.pmi@polibatam.ac.id"),
  "Donor darah",
  """Halo admin,

Tolong tayangkan Jumat pekan depan ya, untuk semua mahasiswa angkatan 2026. Acaranya jam 9 pagi di Aula.

DONOR DARAH BERSAMA PMI KOTA BATAM
Mahasiswa yang sehat dan berat badan minimal 45 kg diundang mendonorkan darah. Peserta mendapat sertifikat dan makan siang.

Salam kemanusiaan,
KSR PMI Polibatam""", "announcement", "id",
  ann("DONOR DARAH BERSAMA PMI KOTA BATAM", "site", None),
  note="NEAR-MISS: a publish day without an hour; 'jam 9 pagi' is the event's. One intake; a title line in capitals.")

M("near-en-midnight-deadline-section", "2026-12-09 16:20:00",
  ("Grace Tan", "grace.tan@polibatam.ac.id"),
  "Section C reminder",
  """Hello,

Please post this on English for Business (EN2201), for Section C only, tomorrow morning.

Title: Section C Essay Deadline
Essays for Section C close at midnight on Sunday, 13 December. Late essays lose ten percent a day.

Thanks,
Grace""", "announcement", "en",
  ann("Section C Essay Deadline", "course", None, "EN2201", "English for Business"),
  note="NEAR-MISS: 'tomorrow morning' without an hour; midnight is the essays' deadline. One section of a course.")

M("scope-dosen-prodi-satu-kelas", "2026-12-09 10:00:00",
  ("Dedi Kurniawan", "dedi.kurniawan@polibatam.ac.id"),
  "Pengumuman Pengantar Bisnis kelas malam",
  """Selamat pagi,

Saya dosen Prodi Manajemen Bisnis. Mohon tayangkan di kelas Pengantar Bisnis (MB1103) kelas malam saja, besok pukul 16.30.

Judul: Presentasi Kelompok Kelas Malam Dimajukan
Isi: Presentasi kelompok kelas malam dimajukan ke pertemuan Senin. Siapkan slide maksimal 10 halaman.

Terima kasih,
Dedi""", "announcement", "id",
  ann("Presentasi Kelompok Kelas Malam Dimajukan", "course", "2026-12-10T16:30", "MB1103", "Pengantar Bisnis"),
  note="One class of one course, the writer's programme named beside it.")


# ================================================================ batch 2 (written after batch 1's rules, scored before any more)
if BATCH >= 2:
    pass

E.PLAN = {"announcement": len(E.MAILS)}

if __name__ == "__main__":
    sys.exit(E.main())

#!/usr/bin/env python3
"""Generate the twenty-fourth P4M helpdesk TUNING corpus for announcements (labelled e-mails).

Written in round 12 before any rule for it (batches 1-3; batch 4 after probing), for the publish times, titles and
scopes people write and the blind parts miss: English and Indonesian clock times in words and 12-hour forms ("7.30 p.m.", "at noon", "jam 7 malam WIT"),
abbreviated and Roman-numeral months ("Dec. 7", "7/XII/2026"), a day of the month alone ("tanggal 5 pukul 10"),
weekday phrases ("Jumat pekan depan", "this Thursday at noon", "next Wednesday noon"), moments counted from an event
("H-1 sebelum UAS", "two days before the exam"), a range of hours, a corrected hour, a moment in a table or only in the
subject, a publish time beside the event's and the deadline's; titles in capitals, after "Hal"/"Perihal"/"Title", in
bold, only in the subject; scope for one class, one programme, one intake, everyone. Near-misses give a date only,
"ASAP" or only an event's time or a deadline, and claim no publish time. Batch 4: Roman months in another month than
the mail's, "on Friday next week", hours in English words, an hour taken back after "eh"/"sorry". Batch 5: an intake,
a level or a department as the audience beside a course named in passing.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py.
Run:  python3 make_tune24_announce.py   (BATCH=1 to 4 write only the first batches)
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
BATCH = int(os.environ.get("BATCH", "5"))
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
    zoned("ambon-wit-pukul-sembilan-belas-tiga-puluh", "2027-01-04 10:00:00",
          ("Marthen Latuconsina", "marthen.latuconsina@polibatam.ac.id"),
          "Pengumuman Oseanografi Fisika",
          """Selamat siang Bapak/Ibu,

Beta minta tolong tayangkan pengumuman ini di kelas Oseanografi Fisika (OF2103) hari Rabu 6 Januari pukul 19.30 WIT.

**Judul:** Pengambilan Data CTD Ditunda
Pengambilan data CTD di Teluk Tering ditunda satu minggu karena gelombang tinggi. Jadwal baru menyusul.

Danke,
Marthen""",
          ann("Pengambilan Data CTD Ditunda", "course", "2027-01-06T17:30", "OF2103", "Oseanografi Fisika"),
          note="An Ambonese lecturer (+0900): 'Rabu 6 Januari pukul 19.30 WIT' is 17.30 WIB; a bold label.")

    M("jawa-nanti-malam-jam-tujuh-kata", "2026-12-14 13:00:00",
      ("Sri Rahayu Ningsih", "sri.rahayu@polibatam.ac.id"),
      "Nyuwun tulung pengumuman DG",
      """Sugeng siang,

Nyuwun tulung, pengumuman di bawah dipasang nanti malam jam tujuh di MK Desain Grafis (DG1102) nggih.

REVISI TUGAS POSTER DIPERPANJANG

Batas revisi tugas poster diperpanjang sampai Jumat. Unggah ulang file dalam format PDF dan sertakan file sumber.

Matur nuwun,
Sri""", "announcement", "id",
      ann("REVISI TUGAS POSTER DIPERPANJANG", "course", "2026-12-14T19:00", "DG1102", "Desain Grafis"),
      note="A Javanese lecturer: 'nanti malam jam tujuh' (the hour in words); a title line in capitals.")

    M("des-singkat-tahun-apostrof", "2026-12-01 09:00:00",
      ("UPT Perpustakaan", "perpustakaan@polibatam.ac.id"),
      "Mohon tayang pengumuman perpustakaan",
      """Yth. Tim P4M,

Mohon pengumuman berikut tayang Kamis, 3 Des '26 pkl. 07.15 untuk seluruh civitas akademika.

Hal : Perpustakaan Tutup untuk Stock Opname
Perpustakaan tutup tanggal 7 sampai 11 Desember 2026 untuk stock opname. Peminjaman diperpanjang otomatis.

Terima kasih,
UPT Perpustakaan""", "announcement", "id",
      ann("Perpustakaan Tutup untuk Stock Opname", "site", "2026-12-03T07:15"), client="outlook",
      note="An abbreviated month with a short year ('3 Des \'26 pkl. 07.15'); title after 'Hal :'.")

    M("en-dec-dot-5-45pm-front-page", "2026-12-10 11:00:00",
      ("Bronwyn Kelly", "bronwyn.kelly@polibatam.ac.id"),
      "Library summer hours",
      """G'day,

Can you whack this on the front page on Thu Dec. 17th at 5:45pm? Cheers.

Title - Library Summer Hours
Over the semester break the library opens 8 am to 2 pm on weekdays and closes on weekends.

Bron""", "announcement", "en",
      ann("Library Summer Hours", "site", "2026-12-17T17:45"),
      note="An Australian: 'Thu Dec. 17th at 5:45pm'; the title after 'Title -'.")

    M("romawi-spasi-rabu-jurusan", "2026-12-11 14:00:00",
      ("Sekretariat Jurusan Teknik Informatika", "sekjur.if@polibatam.ac.id"),
      "Pengumuman ujian susulan",
      """Dengan hormat,

Mohon ditayangkan pengumuman kepada seluruh mahasiswa Jurusan Teknik Informatika pada Rabu, 16 XII 2026 pukul 07.00 WIB.

Perihal: Pelaksanaan Ujian Susulan Semester Ganjil
Ujian susulan dilaksanakan tanggal 21 dan 22 Desember 2026. Mahasiswa mendaftar ke sekretariat jurusan dengan membawa surat keterangan.

Hormat kami,
Sekretariat Jurusan""", "announcement", "id",
      ann("Pelaksanaan Ujian Susulan Semester Ganjil", "site", "2026-12-16T07:00"), client="zimbra",
      note="A Roman month between spaces ('16 XII 2026 pukul 07.00'); a whole department.")

    M("en-the-14th-half-past-seven", "2027-01-05 09:30:00",
      ("Siobhan Gallagher", "siobhan.gallagher@polibatam.ac.id"),
      "Hydraulics lab manual",
      """Hi there,

Could you post the notice below on the 14th at half past seven in the morning, on the Hydraulics course (CE2204)?

Subject line for the post: Hydraulics Lab Manual Updated
The updated lab manual is in the course files. Print the pages for experiments 4 to 6 before your next session.

Many thanks,
Siobhan""", "announcement", "en",
      ann("Hydraulics Lab Manual Updated", "course", "2027-01-14T07:30", "CE2204", "Hydraulics"),
      note="An Irish lecturer: a day of the month alone with the hour in words ('the 14th at half past seven in the morning').")

    M("tgl-sebelas-jam-satu-siang-satu-kelas", "2027-01-04 10:00:00",
      ("Fajar Nugroho", "fajar.nugroho@polibatam.ac.id"),
      "fisika terapan mj-1b",
      """pagi min, tlg dipasang tgl. 11 jam 1 siang di kelas Fisika Terapan (FT1103) kelas MJ-1B aja ya

judul: Asistensi Fisika MJ-1B Pindah Ruang
isi: asistensi pindah ke ruang 507 mulai pertemuan depan.

tq""", "announcement", "id",
      ann("Asistensi Fisika MJ-1B Pindah Ruang", "course", "2027-01-11T13:00", "FT1103", "Fisika Terapan"),
      note="A day of the month alone ('tgl. 11 jam 1 siang'); one class.")

    M("kamis-minggu-depan-jam-delapan-tingkat", "2027-01-06 15:00:00",
      ("Pusat Bahasa Polibatam", "pusatbahasa@polibatam.ac.id"),
      "Tes TOEIC tingkat 1",
      """Selamat sore,

Kami mohon bantuan menayangkan pengumuman berikut untuk seluruh mahasiswa tingkat 1, Kamis minggu depan jam 8 pagi.

Pengumuman: Tes TOEIC Gratis Mahasiswa Tingkat 1
Seluruh mahasiswa tingkat 1 wajib mengikuti tes TOEIC gratis. Jadwal per kelas ada di laman Pusat Bahasa.

Salam,
Pusat Bahasa""", "announcement", "id",
      ann("Tes TOEIC Gratis Mahasiswa Tingkat 1", "site", "2027-01-14T08:00"),
      note="'Kamis minggu depan jam 8 pagi'; one year of every programme; the title after 'Pengumuman:'.")

    M("en-sg-this-coming-friday-3pm", "2027-01-05 08:30:00",
      ("Lim Wei Ling", "weiling.lim@polibatam.ac.id"),
      "Post for LG3102",
      """Hi P4M,

Can help to post this coming Friday 3pm on my Supply Chain Management class (LG3102)? Thanks ah.

TITLE: GUEST SPEAKER FROM PSA CANCELLED
The guest talk by PSA is cancelled as the speaker is overseas. We will have a normal lecture instead.

Wei Ling""", "announcement", "en",
      ann("GUEST SPEAKER FROM PSA CANCELLED", "course", "2027-01-08T15:00", "LG3102", "Supply Chain Management"),
      note="A Singaporean lecturer: 'this coming Friday 3pm'; the title in capitals after 'TITLE:'.")

    M("rabu-besok-prodi-angkatan-subjek", "2026-12-14 09:00:00",
      ("Koordinator Magang Teknik Mesin", "magang.mesin@polibatam.ac.id"),
      "Jadwal Pembekalan Magang Industri Teknik Mesin",
      """Selamat pagi,

Mohon bantuan tayangkan pengumuman di bawah Rabu besok pukul 10.00, untuk mahasiswa Teknik Mesin angkatan 2024.

Pembekalan magang industri dilaksanakan Jumat, 18 Desember 2026 pukul 08.00 di Aula Gedung Utama. Mahasiswa wajib hadir dan membawa surat penempatan.

Terima kasih,
Koordinator Magang""", "announcement", "id",
      ann("Jadwal Pembekalan Magang Industri Teknik Mesin", "site", "2026-12-16T10:00"),
      note="'Rabu besok pukul 10.00': the coming Wednesday; the title only in the subject; one programme's intake.")

    M("sehari-sebelum-seminar-blok-acara", "2027-01-04 11:00:00",
      ("LPPM Polibatam", "lppm@polibatam.ac.id"),
      "Undangan seminar hasil penelitian",
      """Yth. Admin P4M,

Tolong tayangkan sehari sebelum seminar, pukul 16.00, untuk semua dosen dan mahasiswa.

Judul: Undangan Seminar Hasil Penelitian Dosen
Acara: Seminar Hasil Penelitian Dosen
Hari/Tanggal: Kamis, 14 Januari 2027
Waktu: 09.00-12.00 WIB
Tempat: Auditorium

Salam,
LPPM""", "announcement", "id",
      ann("Undangan Seminar Hasil Penelitian Dosen", "site", "2027-01-13T16:00"),
      note="'sehari sebelum seminar, pukul 16.00', the seminar dated in its block below.")

    M("en-evening-before-quiz-8pm", "2026-12-15 10:00:00",
      ("Dr. Hassan Al-Farsi", "hassan.alfarsi@polibatam.ac.id"),
      "Organic Chemistry quiz notice",
      """Dear helpdesk,

Please put it up the evening before the quiz at 8 p.m. on Organic Chemistry (KI2203). The quiz runs on Friday 18 December, 10:00-11:00.

Title: Quiz 3 Coverage
Quiz 3 covers chapters 9 and 10, including reaction mechanisms. Bring a pencil and eraser.

With thanks,
Hassan""", "announcement", "en",
      ann("Quiz 3 Coverage", "course", "2026-12-17T20:00", "KI2203", "Organic Chemistry"),
      note="'the evening before the quiz at 8 p.m.', the quiz's date in the next sentence.")

    M("en-between-seven-and-eight-campus", "2027-01-06 18:00:00",
      ("Facilities Office", "facilities@polibatam.ac.id"),
      "Water supply notice",
      """Hello,

We need the announcement "Water Supply Interruption on Friday" on the site for the whole campus. Could it go live tomorrow between 7 and 8 am?

Water will be off in all buildings on Friday from 9 am to 1 pm while the main tank is cleaned. Please store water beforehand.

Facilities Office""", "announcement", "en",
      ann("Water Supply Interruption on Friday", "site", "2027-01-07T07:00"),
      note="A range of hours in words ('tomorrow between 7 and 8 am'): its start; the outage's own hours in the text.")

    M("pukul-enam-sampai-tujuh-bold", "2027-01-07 20:30:00",
      ("Yudi Hartono", "yudi.hartono@polibatam.ac.id"),
      "Pengumuman Manajemen Proyek",
      """Malam,

Minta tolong pengumuman ini dipasang di course Manajemen Proyek (MP3101), Senin 11 Januari pukul 06.00-07.00 WIB.

**Tugas Besar Manajemen Proyek: Pembagian Kelompok**
Pembagian kelompok tugas besar sudah ada di e-learning. Setiap kelompok memilih ketua dan mengisi lembar rencana kerja.

Makasih,
Yudi""", "announcement", "id",
      ann("Tugas Besar Manajemen Proyek: Pembagian Kelompok", "course", "2027-01-11T06:00", "MP3101", "Manajemen Proyek"),
      note="A window of hours ('pukul 06.00-07.00 WIB'): its start; the title in Markdown bold with a colon.")

    M("bukan-jam-delapan-tapi-sembilan", "2027-01-07 16:00:00",
      ("Made Ayu Lestari", "made.ayu@polibatam.ac.id"),
      "pengumuman sosiologi pariwisata",
      """Sore kak,

Tolong tayang besok jam 8 pagi di kelas Sosiologi Pariwisata (PR1204). Eh, bukan jam 8, tapi jam 9 ya, biar setelah kelas pagi.

judul: Kunjungan Desa Wisata Nongsa
isi: kunjungan ke desa wisata Nongsa hari Sabtu, kumpul di lobi jam 7.

Suksma,
Ayu""", "announcement", "id",
      ann("Kunjungan Desa Wisata Nongsa", "course", "2027-01-08T09:00", "PR1204", "Sosiologi Pariwisata"),
      note="The hour taken back in the next sentence ('bukan jam 8, tapi jam 9').")

    M("en-subject-bracket-publish-pm", "2026-12-10 12:00:00",
      ("Kevin O'Brien", "kevin.obrien@polibatam.ac.id"),
      "[Publish Mon 14 Dec, 6 p.m.] Lab Safety Quiz Results",
      """Hi,

Please put the text below on the Lab Safety course (LS1001) as per the subject line.

Results of the lab safety quiz are in the gradebook. Anyone under 70 must retake it before working in the lab.

Kevin""", "announcement", "en",
      ann("Lab Safety Quiz Results", "course", "2026-12-14T18:00", "LS1001", "Lab Safety"),
      note="The publish moment in the subject's brackets ('[Publish Mon 14 Dec, 6 p.m.]'), the title after them.")

    M("en-three-moments-career-fair", "2027-01-05 14:00:00",
      ("Career Development Centre", "cdc@polibatam.ac.id"),
      "Career fair announcement",
      """Dear P4M team,

The career fair is on Thursday 21 January from 9 am to 3 pm, and CV uploads close on Monday 18 January at 11.59 p.m. Could the notice go out on Monday 11 January at 10 a.m. for all final-year students?

Title: Polibatam Career Fair 2027
Over forty companies from Batam and Singapore will be recruiting. Upload your CV to the career portal to be matched with employers.

Kind regards,
CDC""", "announcement", "en",
      ann("Polibatam Career Fair 2027", "site", "2027-01-11T10:00"),
      note="The event's, the deadline's and the publish moment in one paragraph, English.")

    M("near-3-des-saja-kerja-bakti", "2026-12-01 08:00:00",
      ("BEM Polibatam", "bem@polibatam.ac.id"),
      "kerja bakti",
      """Halo min,

Mohon tayang 3 Des ya, untuk semua warga kampus. Kerja bakti mulai pukul 07.00.

Judul: Kerja Bakti Lingkungan Kampus
Isi: Ayo ikut kerja bakti membersihkan lingkungan kampus Sabtu ini. Alat kebersihan disediakan.

Salam,
BEM""", "announcement", "id",
      ann("Kerja Bakti Lingkungan Kampus", "site", None),
      note="NEAR-MISS: a publish date alone ('3 Des'); 07.00 is the event's start.")

    M("near-en-today-noon-homework", "2026-12-16 09:00:00",
      ("Ir. Peter Vos", "peter.vos@polibatam.ac.id"),
      "Statics homework 6",
      """Good morning,

Please publish this today on Statics (CE1102).

Title: Statics Homework 6
Homework 6 is due by noon on Friday. Show all free-body diagrams.

Peter""", "announcement", "en",
      ann("Statics Homework 6", "course", None, "CE1102", "Statics"),
      note="NEAR-MISS: 'today' without an hour; 'by noon on Friday' is the homework's deadline.")

    M("near-h-min-satu-tanpa-jam", "2027-01-06 10:00:00",
      ("Rudi Hermawan", "rudi.hermawan@polibatam.ac.id"),
      "Praktikum Elektronika Dasar",
      """Pagi,

Tayang H-1 sebelum praktikum ya di Praktikum Elektronika Dasar (EL1104). Praktikumnya Senin 11 Januari jam 13.00.

Judul: Persiapan Praktikum Modul 5
Isi: Baca modul 5 dan kerjakan tugas pendahuluan sebelum masuk lab.

Rudi""", "announcement", "id",
      ann("Persiapan Praktikum Modul 5", "course", None, "EL1104", "Praktikum Elektronika Dasar"),
      note="NEAR-MISS: 'H-1 sebelum praktikum' without an hour; 13.00 is the practical's.")

    M("near-secepatnya-nobar-malam-kapital", "2026-12-16 14:00:00",
      ("Himpunan Mahasiswa Elektro", "hme@polibatam.ac.id"),
      "Nobar final",
      """Min, secepatnya ya untuk seluruh mahasiswa, nobar final jam 7 malam di aula.

NOBAR FINAL LIGA KAMPUS

Final liga futsal kampus disiarkan langsung di aula Gedung Utama malam ini. Gratis, terbuka untuk semua mahasiswa.

HME""", "announcement", "id",
      ann("NOBAR FINAL LIGA KAMPUS", "site", None),
      note="NEAR-MISS: 'secepatnya'; 'jam 7 malam' is the screening's.")

    M("en-course-students-any-programme-seven-morning", "2027-01-08 11:00:00",
      ("Dr. Anand Krishnan", "anand.krishnan@polibatam.ac.id"),
      "Engineering Mathematics notice",
      """Dear team,

Please publish the notice below for all students taking Engineering Mathematics (MA2101), whichever programme they are in, on Tuesday, 12 Jan at 7 in the morning.

Title: Engineering Mathematics Tutorial Groups
Tutorial groups are now mixed across programmes. Check your group in the course page before Wednesday.

Regards,
Anand""", "announcement", "en",
      ann("Engineering Mathematics Tutorial Groups", "course", "2027-01-12T07:00", "MA2101", "Engineering Mathematics"),
      note="One course's students from every programme is the course; 'at 7 in the morning'.")

# ================================================================ batch 3 (written after batch 2's rules, scored before any more)
if BATCH >= 3:
    M("en-korean-twelve-noon-next-monday", "2027-01-13 10:00:00",
      ("Park Ji-hoon", "jihoon.park@polibatam.ac.id"),
      "notice for Embedded Systems",
      """Hello.

I am Park Ji-hoon, exchange lecturer. Please upload notice to my class Embedded Systems (EL3204) next Monday 12 noon.

Notice title: Lab Report Format Change
From lab 5, lab report use the new template in course files. Old template is not accepted.

Thank you very much.
Park""", "announcement", "en",
      ann("Lab Report Format Change", "course", "2027-01-18T12:00", "EL3204", "Embedded Systems"),
      note="A Korean exchange lecturer: 'next Monday 12 noon'.")

    zoned("malaysia-jam-tiga-petang-tajuk", "2027-01-11 09:00:00",
          ("Nurul Ain binti Hashim", "nurulain@utm.my"),
          "Hebahan Program Pertukaran Pelajar",
          """Assalamualaikum dan salam sejahtera,

Mohon jasa baik pihak tuan untuk menyiarkan hebahan berikut pada hari Khamis, 14 Januari 2027, jam 3 petang (waktu Malaysia) kepada semua pelajar Politeknik Negeri Batam.

Tajuk: Program Pertukaran Pelajar UTM 2027
Permohonan program pertukaran pelajar semester pendek kini dibuka. Maklumat lanjut di laman sesawang Pejabat Antarabangsa UTM.

Sekian, terima kasih.
Nurul Ain""",
          ann("Program Pertukaran Pelajar UTM 2027", "site", "2027-01-14T14:00"), lang="mixed", zone=WITA,
          note="A Malaysian partner: 'jam 3 petang (waktu Malaysia)' is 15.00 MYT, 14.00 WIB; 'Khamis', 'Tajuk'.")

    M("outlook-html-tabel-wita", "2027-01-18 10:00:00",
      ("Andi Baso Tenri", "andi.baso@polibatam.ac.id"),
      "Pengumuman kuis Manajemen Keuangan",
      "",
      "announcement", "id",
      ann("Kuis Daring Bab 6", "course", "2027-01-20T07:00", "AK2203", "Manajemen Keuangan"),
      client="outlook",
      html_body="""<p class="MsoNormal">Selamat pagi tim P4M,<o:p></o:p></p>
<p class="MsoNormal">Saya sedang di Makassar. Mohon pengumuman berikut dipasang sesuai tabel.<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal">Mata kuliah</p></td><td><p class="MsoNormal">Manajemen Keuangan (AK2203)</p></td></tr>
<tr><td><p class="MsoNormal">Judul</p></td><td><p class="MsoNormal">Kuis Daring Bab 6</p></td></tr>
<tr><td><p class="MsoNormal">Tanggal tayang</p></td><td><p class="MsoNormal">Rabu, 20 Jan 2027</p></td></tr>
<tr><td><p class="MsoNormal">Jam tayang</p></td><td><p class="MsoNormal">08.00 WITA</p></td></tr>
<tr><td><p class="MsoNormal">Isi</p></td><td><p class="MsoNormal">Kuis daring bab 6 dibuka Jumat pukul 19.00 sampai 21.00 WIB.</p></td></tr>
</table>
<p class="MsoNormal">Terima kasih,<o:p></o:p></p>
<p class="MsoNormal">Andi Baso<o:p></o:p></p>""",
      note="An Outlook HTML table, the publish day and hour in rows of their own, the hour in WITA.")

    M("tgl-romawi-tanpa-tahun-pegawai", "2027-01-04 13:00:00",
      ("Bagian Umum dan Kepegawaian", "kepegawaian@polibatam.ac.id"),
      "Mohon penayangan pengumuman apel",
      """Dengan hormat,

Mohon ditayangkan tgl 8/I pkl. 09.00 untuk seluruh pegawai dan dosen di halaman depan e-learning.

Hal: Apel Pagi Awal Tahun 2027
Seluruh pegawai dan dosen diharapkan hadir pada apel pagi awal tahun di lapangan utama, Senin 11 Januari 2027 pukul 07.30.

Hormat kami,
Bagian Umum""", "announcement", "id",
      ann("Apel Pagi Awal Tahun 2027", "site", "2027-01-08T09:00"), client="zimbra",
      note="A Roman month without its year ('tgl 8/I pkl. 09.00'); all staff; the event's own moment below.")

    M("en-tues-15th-dec-415pm-group", "2026-12-10 09:00:00",
      ("Rachel Goh", "rachel.goh@polibatam.ac.id"),
      "Business Statistics Group B",
      """Hi,

Could you post this on Tues 15th Dec, 4.15pm, for Group B of Business Statistics (BS2102) only?

**Group B Tutorial Moved to Room 204**
From next week the Group B tutorial meets in Room 204, same time.

Thanks!
Rachel""", "announcement", "en",
      ann("Group B Tutorial Moved to Room 204", "course", "2026-12-15T16:15", "BS2102", "Business Statistics"),
      note="'Tues 15th Dec, 4.15pm'; one group of one course; a bold title line.")

    M("jumat-ini-jam-dua-belas-siang-prodi", "2027-01-12 08:00:00",
      ("Kaprodi Logistik", "kaprodi.logistik@polibatam.ac.id"),
      "Sosialisasi Sertifikasi Logistik Internasional",
      """Pagi tim P4M,

Tolong tayangkan Jumat ini jam 12 siang, untuk mahasiswa prodi Logistik semua angkatan.

Prodi Logistik mengadakan sosialisasi sertifikasi logistik internasional bagi mahasiswa. Informasi biaya dan jadwal ujian akan disampaikan saat sosialisasi.

Salam,
Kaprodi Logistik""", "announcement", "id",
      ann("Sosialisasi Sertifikasi Logistik Internasional", "site", "2027-01-15T12:00"),
      note="'Jumat ini jam 12 siang'; a whole programme; the title only in the subject.")

    M("en-next-monday-morning-630-intake", "2027-01-14 15:00:00",
      ("Student Affairs Office", "studentaffairs@polibatam.ac.id"),
      "Welcome back briefing",
      """Dear P4M,

Please publish it next Monday morning at 6:30, for the 2026 intake.

Title: Welcome Back Briefing for the 2026 Intake
All students of the 2026 intake meet in the main hall on Wednesday at 9 am for the semester briefing.

Student Affairs""", "announcement", "en",
      ann("Welcome Back Briefing for the 2026 Intake", "site", "2027-01-18T06:30"),
      note="'next Monday morning at 6:30'; one intake of every programme.")

    M("tiga-hari-sebelum-wisuda", "2027-01-05 10:00:00",
      ("Panitia Wisuda", "wisuda@polibatam.ac.id"),
      "Gladi bersih wisuda",
      """Selamat pagi,

Mohon ditayangkan 3 hari sebelum wisuda, pukul 09.00, untuk seluruh mahasiswa calon wisudawan. Wisuda dilaksanakan Sabtu, 23 Januari 2027 di Gedung Serbaguna.

Judul: Gladi Bersih Wisuda Periode I 2027
Isi: Calon wisudawan wajib mengikuti gladi bersih sehari sebelum wisuda dengan membawa toga.

Panitia Wisuda""", "announcement", "id",
      ann("Gladi Bersih Wisuda Periode I 2027", "site", "2027-01-20T09:00"),
      note="'3 hari sebelum wisuda, pukul 09.00', the graduation dated in the next sentence.")

    M("en-a-week-before-deadline-noon", "2027-01-06 14:00:00",
      ("International Office", "international@polibatam.ac.id"),
      "Scholarship notice",
      """Hello team,

Could you run this for everyone one week before the deadline, at noon? The scholarship deadline is Friday 29 January 2027.

Title: Scholarship Applications Now Open
Applications for the 2027 exchange scholarship are open. Forms are on the International Office page.

International Office""", "announcement", "en",
      ann("Scholarship Applications Now Open", "site", "2027-01-22T12:00"),
      note="'one week before the deadline, at noon', the deadline dated in the next sentence.")

    M("jam-tujuh-sd-delapan-kelas-rpl", "2027-01-19 19:00:00",
      ("Taufik Hidayat", "taufik.h@polibatam.ac.id"),
      "responsi pbo",
      """malam kak, tayangkan besok jam 7 s.d. 8 pagi ya di kelas RPL-2A Pemrograman Berorientasi Objek (IF2206)

judulnya: Responsi PBO RPL-2A
isinya: responsi pekan ini diganti tugas mandiri, soal ada di e-learning.

makasih""", "announcement", "id",
      ann("Responsi PBO RPL-2A", "course", "2027-01-20T07:00", "IF2206", "Pemrograman Berorientasi Objek"),
      note="A window 'jam 7 s.d. 8 pagi': its start; one class.")

    M("ralat-jam-label-bawah", "2027-01-11 10:00:00",
      ("Novita Sari", "novita.sari@polibatam.ac.id"),
      "Pengumuman Jaringan Komputer",
      """Pagi,

Tolong tayang Rabu 13 Jan jam 10.00 di course Jaringan Komputer (IF2301).

Judul: Praktikum Subnetting Online
Isi: Praktikum subnetting minggu ini dikerjakan online melalui Packet Tracer.

Ralat jam: 14.00 ya, jam 10 masih ada kelas.

Novita""", "announcement", "id",
      ann("Praktikum Subnetting Online", "course", "2027-01-13T14:00", "IF2301", "Jaringan Komputer"),
      note="The hour corrected as a label under the text ('Ralat jam: 14.00').")

    M("en-meant-3pm-not-2pm", "2027-01-12 11:00:00",
      ("Dr. Samuel Mensah", "samuel.mensah@polibatam.ac.id"),
      "Thermodynamics notice",
      """Dear helpdesk,

Please post the notice below on Thermodynamics (ME2203) on Thursday 14 Jan at 2 pm.

Title: Thermodynamics Midterm Solutions
Worked solutions for the midterm are in the course files. Bring questions to Friday's tutorial.

P.S. Sorry, meant 3 pm not 2 pm.

Samuel""", "announcement", "en",
      ann("Thermodynamics Midterm Solutions", "course", "2027-01-14T15:00", "ME2203", "Thermodynamics"),
      note="A postscript that swaps the hour ('meant 3 pm not 2 pm').")

    M("subjek-mohon-tayang-dash-yudisium", "2026-12-11 15:00:00",
      ("Bagian Akademik Jurusan Manajemen Bisnis", "akademik.mb@polibatam.ac.id"),
      "Mohon tayang Selasa 15/12 pkl 07.00 - Jadwal Yudisium Semester Ganjil",
      """Selamat sore,

Mohon dipasang di beranda e-learning untuk seluruh mahasiswa tingkat akhir, judul dan waktu sesuai subjek.

Yudisium semester ganjil dilaksanakan Jumat, 18 Desember 2026 pukul 09.00 di Aula. Mahasiswa wajib berpakaian hitam putih.

Terima kasih""", "announcement", "id",
      ann("Jadwal Yudisium Semester Ganjil", "site", "2026-12-15T07:00"),
      note="The publish moment and the title in the subject ('Mohon tayang Selasa 15/12 pkl 07.00 - X').")

    M("tiga-waktu-urutan-terbalik-kutip", "2027-01-08 09:00:00",
      ("UKM Penalaran", "penalaran@polibatam.ac.id"),
      "Lomba karya tulis",
      """Halo tim P4M,

Tolong pasang pengumuman "Lomba Karya Tulis Ilmiah Mahasiswa 2027" untuk semua mahasiswa. Tayang Senin 11 Januari jam 7 ya. Batas daftar Rabu 13 Januari jam 12 siang, lombanya Jumat 15 Januari jam 8 pagi.

Mahasiswa dari semua prodi dapat mendaftar secara tim beranggotakan tiga orang. Formulir ada di e-learning UKM Penalaran.

Salam,
UKM Penalaran""", "announcement", "id",
      ann("Lomba Karya Tulis Ilmiah Mahasiswa 2027", "site", "2027-01-11T07:00"),
      note="The publish moment first, then the deadline's and the contest's in their own sentence; a quoted title.")

    M("near-en-asap-open-house-noon", "2027-01-11 14:00:00",
      ("Marketing and Public Relations", "humas@polibatam.ac.id"),
      "Open house",
      """Hi,

Please put this on the front page as soon as you can. The open house starts at noon on Saturday 16 January.

Title: Polibatam Open House 2027
Prospective students and parents can tour the labs and meet lecturers. Current students are welcome to volunteer.

Humas""", "announcement", "en",
      ann("Polibatam Open House 2027", "site", None),
      note="NEAR-MISS: 'as soon as you can'; noon on Saturday is the open house's start.")

    M("near-tanggal-saja-jam-tutup-kelas", "2027-01-13 09:00:00",
      ("Herlina Simanjuntak", "herlina.s@polibatam.ac.id"),
      "Proyek akhir MI-2C",
      """Pagi,

Mohon tayang tanggal 15 ya, untuk kelas MI-2C di Basis Data Lanjut (IF2208). Pengumpulan ditutup pukul 23.59.

Perihal: Pengumpulan Proyek Akhir MI-2C
Proyek akhir dikumpulkan dalam satu file ZIP berisi laporan dan skrip basis data.

Herlina""", "announcement", "id",
      ann("Pengumpulan Proyek Akhir MI-2C", "course", None, "IF2208", "Basis Data Lanjut"),
      note="NEAR-MISS: a day of the month alone ('tanggal 15'); 23.59 is the submission's close.")

    M("near-en-three-days-before-quiz-no-hour", "2027-01-11 16:00:00",
      ("Olivia Hartmann", "olivia.hartmann@polibatam.ac.id"),
      "Quiz reminder",
      """Hi team,

Post it 3 days before the quiz, please, on Control Systems (EL3102). The quiz is on Friday 22 January at 10 am.

Title: Control Systems Quiz 2 Reminder
Quiz 2 covers root locus and Bode plots. Calculators allowed.

Olivia""", "announcement", "en",
      ann("Control Systems Quiz 2 Reminder", "course", None, "EL3102", "Control Systems"),
      note="NEAR-MISS: '3 days before the quiz' without an hour; 10 am is the quiz's.")

    M("near-umumin-sekarang-deadline-malam", "2027-01-14 13:00:00",
      ("Joko Susilo", "joko.susilo@polibatam.ac.id"),
      "tugas algoritma",
      """min umumin sekarang aja ya di kelas TRPL-1A aja, Algoritma (IF1101). tugas 5 dikumpul paling lambat besok jam 8 malam.

judul: Tugas 5 Algoritma TRPL-1A
isi: kerjakan soal 1-5 di modul, kumpulkan dalam bentuk PDF.

tq""", "announcement", "id",
      ann("Tugas 5 Algoritma TRPL-1A", "course", None, "IF1101", "Algoritma"),
      note="NEAR-MISS: 'sekarang'; 'besok jam 8 malam' is the deadline; one class.")

    M("en-two-programmes-0800-hrs-caps", "2027-01-15 10:00:00",
      ("Capt. Harun Rasyid", "harun.rasyid@polibatam.ac.id"),
      "Dry dock visit",
      """Good morning,

Request to publish on 20 Jan at 0800 hrs, for everyone in the Marine Engineering and Shipbuilding programmes.

NOTICE: DRY DOCK VISIT POSTPONED
The dry dock visit planned for next week is postponed until the shipyard confirms a new date.

Capt. Harun""", "announcement", "en",
      ann("DRY DOCK VISIT POSTPONED", "site", "2027-01-20T08:00"),
      note="'20 Jan at 0800 hrs'; two programmes; a title in capitals after 'NOTICE:'.")

# ================================================================ batch 4 (written after batch 3's rules, for kinds found by probing)
if BATCH >= 4:
    M("romawi-strip-bulan-depan-perihal", "2026-12-02 10:00:00",
      ("Bagian Kerja Sama", "kerjasama@polibatam.ac.id"),
      "Penayangan pengumuman kuliah tamu mitra",
      """Dengan hormat,

Mohon pengumuman berikut ditayangkan tgl 14-I-2027 jam 09.00 WIB di halaman depan e-learning.

Perihal: Kuliah Tamu Mitra Industri Semester Genap
Kuliah tamu dari mitra industri akan dimulai pada minggu kedua semester genap. Jadwal lengkap diumumkan oleh masing-masing prodi.

Hormat kami,
Bagian Kerja Sama""", "announcement", "id",
      ann("Kuliah Tamu Mitra Industri Semester Genap", "site", "2027-01-14T09:00"), client="outlook",
      note="A Roman month in another month than the mail's ('tgl 14-I-2027 jam 09.00'): January, not December.")

    M("romawi-spasi-hari-kamis-januari", "2026-12-21 09:00:00",
      ("Sekretariat Direktur", "sekdir@polibatam.ac.id"),
      "Pengumuman halalbihalal",
      """Yth. Tim P4M,

Mohon ditayangkan Kamis, 7 I 2027 pukul 13.00 untuk seluruh sivitas akademika.

Judul: Ramah Tamah Awal Tahun 2027
Isi: Seluruh sivitas akademika diundang pada ramah tamah awal tahun di Gedung Utama.

Terima kasih,
Sekretariat Direktur""", "announcement", "id",
      ann("Ramah Tamah Awal Tahun 2027", "site", "2027-01-07T13:00"), client="zimbra",
      note="A Roman month between spaces after the weekday ('Kamis, 7 I 2027 pukul 13.00'), not this week's Thursday.")

    M("en-on-friday-next-week-1030", "2027-01-12 09:00:00",
      ("Dr. Fiona McAllister", "fiona.mcallister@polibatam.ac.id"),
      "Geotechnics field notice",
      """Hello,

Could you post the notice below on Friday next week at 10.30 a.m., on Geotechnical Engineering (CE3105)?

Title: Soil Sampling Field Day
Bring boots, gloves and your lab book. We leave from the car park at 8 am sharp.

Fiona""", "announcement", "en",
      ann("Soil Sampling Field Day", "course", "2027-01-22T10:30", "CE3105", "Geotechnical Engineering"),
      note="'on Friday next week at 10.30 a.m.': the Friday of the coming week, not this one.")

    M("en-at-nine-tonight", "2027-01-13 19:00:00",
      ("Hannah Okafor", "hannah.okafor@polibatam.ac.id"),
      "quick one for Marketing",
      """Hi team,

Please post it at nine tonight on Digital Marketing (MB3104), after the evening class.

Title: Campaign Brief Released
The campaign brief for the group project is in the course files. Read it before Friday.

Hannah""", "announcement", "en",
      ann("Campaign Brief Released", "course", "2027-01-13T21:00", "MB3104", "Digital Marketing"),
      note="An hour in English words ('at nine tonight').")

    M("en-sunday-seven-in-the-evening", "2027-01-14 10:00:00",
      ("Rev. Daniel Kiprono", "daniel.kiprono@polibatam.ac.id"),
      "Chaplaincy notice",
      """Dear P4M,

Kindly publish this for everyone on Sunday at seven in the evening.

Title: Interfaith Prayer Room Reopens
The prayer room on the second floor of the main building reopens on Monday after renovation.

Blessings,
Daniel""", "announcement", "en",
      ann("Interfaith Prayer Room Reopens", "site", "2027-01-17T19:00"),
      note="'on Sunday at seven in the evening': the hour in words with its part of the day.")

    M("eh-jam-sebelas-aja", "2027-01-12 14:00:00",
      ("Dewi Kartika", "dewi.kartika@polibatam.ac.id"),
      "pengumuman kewirausahaan",
      """Siang kak,

Tolong tayang Kamis jam 10, eh jam 11 aja, di kelas Kewirausahaan (KW2101).

judul: Pitching Ide Bisnis Diundur
isi: pitching ide bisnis diundur ke pekan depan, siapkan slide maksimal lima halaman.

makasih kak""", "announcement", "id",
      ann("Pitching Ide Bisnis Diundur", "course", "2027-01-14T11:00", "KW2101", "Kewirausahaan"),
      note="An hour taken back in the same breath ('jam 10, eh jam 11 aja').")

    M("en-sorry-seven-thirty", "2027-01-13 16:00:00",
      ("Tom Whitaker", "tom.whitaker@polibatam.ac.id"),
      "Surveying notice",
      """Hi,

Put it up Monday 18 Jan at 7 am, sorry, 7.30 am, on Surveying (CE1204) please.

Title: Total Station Training Groups
Training groups for the total station are in the course files. Come to the survey lab at your group's time.

Tom""", "announcement", "en",
      ann("Total Station Training Groups", "course", "2027-01-18T07:30", "CE1204", "Surveying"),
      note="An hour taken back after 'sorry,'.")

    M("near-maaf-jam-sembilan-masuk-kelas", "2027-01-11 15:00:00",
      ("Rina Marlina", "rina.marlina@polibatam.ac.id"),
      "pengumuman akuntansi pajak",
      """Sore,

Tolong tayang besok jam 8 di kelas Akuntansi Pajak (AK3102). Maaf kalau mendadak, jam 9 saya sudah masuk kelas.

Judul: Kuis Akuntansi Pajak Dibatalkan
Isi: Kuis hari Rabu dibatalkan, diganti latihan soal di kelas.

Rina""", "announcement", "id",
      ann("Kuis Akuntansi Pajak Dibatalkan", "course", "2027-01-12T08:00", "AK3102", "Akuntansi Pajak"),
      note="NEAR-MISS for a taken-back hour: 'Maaf ..., jam 9 saya sudah masuk kelas' says why, the hour stays 08.00.")

    M("near-romawi-tanggal-saja", "2026-12-07 10:00:00",
      ("Bagian Akademik Politeknik", "akademik@polibatam.ac.id"),
      "Pengumuman registrasi ulang",
      """Dengan hormat,

Mohon ditayangkan 20/I/2027 di halaman depan e-learning. Layanan registrasi dibuka pukul 08.00 sampai 15.00.

Perihal: Registrasi Ulang Semester Genap
Mahasiswa melakukan registrasi ulang di Bagian Akademik dengan membawa bukti pembayaran UKT.

Hormat kami,
Bagian Akademik""", "announcement", "id",
      ann("Registrasi Ulang Semester Genap", "site", None), client="outlook",
      note="NEAR-MISS: a Roman-month date alone; the hours are the service's.")

    M("near-en-kick-off-seven-in-the-evening", "2027-01-14 11:00:00",
      ("Sports Club", "sports@polibatam.ac.id"),
      "Futsal final",
      """Hey P4M,

Post it tomorrow morning please, for everyone. The final kicks off at seven in the evening.

Title: Futsal League Final
Come and support your programme's team in the sports hall. Free entry.

Sports Club""", "announcement", "en",
      ann("Futsal League Final", "site", None),
      note="NEAR-MISS: 'tomorrow morning' without an hour; 'at seven in the evening' is the match's.")

# ================================================================ batch 5 (written after batch 4's rules, before any rule for it)
if BATCH >= 5:
    M("untuk-angkatan-kode-disebut", "2027-01-14 10:00:00",
      ("Laboran Fisika", "lab.fisika@polibatam.ac.id"),
      "Jadwal ulang praktikum fisika",
      """Pagi,

Mohon ditayangkan besok pukul 07.00 untuk angkatan 2025, terkait jadwal ulang praktikum Fisika Dasar (FI1101).

Judul: Jadwal Ulang Praktikum Fisika Dasar Angkatan 2025
Isi: Praktikum modul 3 dan 4 dipindah ke pekan depan. Jadwal per kelompok ada di papan pengumuman lab.

Salam,
Laboran Fisika""", "announcement", "id",
      ann("Jadwal Ulang Praktikum Fisika Dasar Angkatan 2025", "site", "2027-01-15T07:00"),
      note="An intake ('untuk angkatan 2025') with a course named in passing: the site.")

    M("mahasiswa-tingkat-akhir-kode-disebut", "2027-01-13 13:00:00",
      ("Koordinator Tugas Akhir", "koord.ta@polibatam.ac.id"),
      "Seminar proposal TA",
      """Siang,

Tolong pasang pengumuman ini Senin 18 Januari jam 8 pagi untuk mahasiswa tingkat akhir. Seminar proposal mata kuliah Tugas Akhir (TA4901) dimulai minggu depan.

Judul: Jadwal Seminar Proposal Tugas Akhir
Isi: Jadwal seminar per mahasiswa ada di lampiran e-learning. Unggah draf proposal dua hari sebelum seminar.

Terima kasih""", "announcement", "id",
      ann("Jadwal Seminar Proposal Tugas Akhir", "site", "2027-01-18T08:00"),
      note="Final-year students ('mahasiswa tingkat akhir') with a course named in passing: the site.")

    M("semester-tujuh-jurusan-kode-disebut", "2027-01-11 09:00:00",
      ("Sekretariat Jurusan Teknik Elektro", "sekjur.elektro@polibatam.ac.id"),
      "Pembekalan kerja praktik",
      """Dengan hormat,

Mohon ditayangkan Rabu 13 Januari pukul 10.00 untuk mahasiswa semester 7 Jurusan Teknik Elektro, terkait MK Kerja Praktik (EL4102).

Perihal: Pembekalan Kerja Praktik Semester Genap
Pembekalan kerja praktik wajib diikuti sebelum berangkat ke tempat KP.

Hormat kami,
Sekretariat Jurusan""", "announcement", "id",
      ann("Pembekalan Kerja Praktik Semester Genap", "site", "2027-01-13T10:00"),
      note="One semester of a whole department, a course named in passing: the site.")

    M("en-2026-intake-code-in-passing", "2027-01-14 15:00:00",
      ("Language Centre", "languagecentre@polibatam.ac.id"),
      "Placement test",
      """Hello P4M,

Please post this for the 2026 intake on Monday at 9 am; it concerns the Academic English (EN1101) placement test.

Title: Academic English Placement Test
The placement test is compulsory for the 2026 intake. Check your room in the student portal.

Language Centre""", "announcement", "en",
      ann("Academic English Placement Test", "site", "2027-01-18T09:00"),
      note="'for the 2026 intake', a course named in passing: the site.")

    M("en-whole-named-department", "2027-01-15 09:00:00",
      ("Dr. Yusuf Hakim", "yusuf.hakim@polibatam.ac.id"),
      "Exam venue change",
      """Dear team,

Please publish on Thursday 21 January at 2 pm for the whole Electrical Engineering department: the Circuit Analysis (EL1102) exam venue changes.

Title: Circuit Analysis Exam Moves to the Sports Hall
The Circuit Analysis exam will be held in the sports hall instead of rooms 301-305.

Yusuf""", "announcement", "en",
      ann("Circuit Analysis Exam Moves to the Sports Hall", "site", "2027-01-21T14:00"),
      note="'the whole Electrical Engineering department': the site, whatever course the news is about.")

    M("near-angkatan-di-kelas-course", "2027-01-14 16:00:00",
      ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
      "basis data mengulang",
      """Sore,

Tolong tayangkan di kelas Basis Data (IF2201) besok jam 7, untuk angkatan 2025 yang mengulang.

Judul: Kelas Tambahan Peserta Mengulang
Isi: Peserta mengulang angkatan 2025 ikut kelas tambahan Sabtu pagi di lab 2.

Rahmat""", "announcement", "id",
      ann("Kelas Tambahan Peserta Mengulang", "course", "2027-01-15T07:00", "IF2201", "Basis Data"),
      note="NEAR-MISS for an intake: the course is named as the place, so its repeating students are the course's.")

E.PLAN = {"announcement": len(E.MAILS)}

if __name__ == "__main__":
    sys.exit(E.main())

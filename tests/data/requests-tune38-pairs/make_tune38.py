#!/usr/bin/env python3
"""Generate corpus requests-tune38-pairs: every change pair, and nothing but the pairs.

Standard library only (email, datetime, json) and deterministic: fixed dates and Message-IDs, no randomness,
no current time; two runs write identical bytes. It writes the .eml files and labels.json into its own folder.
Run from the repository root:  .venv/bin/python tests/data/requests-tune38-pairs/make_tune38.py
"""
import json
from datetime import datetime, timedelta, timezone
from email import base64mime, message_from_bytes, policy, quoprimime
from email.message import EmailMessage, MIMEPart
from email.utils import formataddr

POLICY = policy.default     # how the checks read the mail
BUILD = policy.compat32     # how the mail is written: headers kept exactly as the client writes them
HELPDESK = "helpdesk-p4m@polibatam.ac.id"
HELPDESK_NAME = "Helpdesk P4M"
OUT = __file__.rpartition("/")[0] or "."

FIELDS = ("fullname", "shortname", "lecturer", "class", "enrolment_key", "summary", "credits", "semester")
SPECS = []


def M(slug, client, quirk, lang, typ, sender, subject, when, tz, body, fields, note, decoys=(), **extra):
    """One mail. when = (y, mo, d, h, mi, s) local time; tz = UTC offset in hours (int) or (hours, minutes)."""
    spec = dict(slug=slug, client=client, quirk=quirk, lang=lang, type=typ, sender=sender, subject=subject,
                when=when, tz=tz, body=body, fields=fields, note=note, decoys=list(decoys))
    spec.update(extra)
    SPECS.append(spec)


def CD(code, name, changes, missing=None):
    f = {"course_code": code, "course_name": name, "changes": dict(changes)}
    if missing:
        f["_missing"] = missing  # not written to labels.json; the field asked for without a new value
    return f


def C(code=None, name=None):
    f = {}
    if code:
        f["course_code"] = code
    if name:
        f["course_name"] = name
    return f


def ANN(title, scope, publish_at, code=None, name=None):
    f = C(code, name)
    f.update({"title": title, "scope": scope, "publish_at": publish_at})
    return f


# =================================================================================================================
# course_data (40)
# =================================================================================================================

M("lecturer-jawa-bdl-two", "gmail", "alt", "id", "course_data",
  ("Sri Rahayu Widodo", "sri.rahayu@polibatam.ac.id"),
  "Mohon ganti nama MK Basis Data II", (2026, 10, 1, 8, 12, 41), 7,
  """Assalamu'alaikum, sugeng enjing tim P4M,

Nyuwun sewu, saya mau minta tolong untuk course Basis Data II (IF3104) kelas IF 3A.
Mulai semester ini namanya di kurikulum sudah Basis Data Lanjut, jadi mohon nama course-nya diganti jadi Basis Data Lanjut.
Sekalian nama singkatnya. Kemarin Mas Dimas usul BASDAT2-IF, tapi kok mirip sekali sama yang lama. Jadi bukan BASDAT2-IF nggih, tapi BDL-IF3A.

Kelas IF 3B punya course sendiri, itu nanti Pak Wisnu yang urus.

Matur nuwun sanget.

Wassalamu'alaikum,
Sri Rahayu Widodo, S.Kom., M.Eng.
NIP 198503172015042002
Dosen Teknik Informatika, GU 702
WA 0813-6422-1907
""",
  CD("IF3104", "Basis Data II", {"fullname": "Basis Data Lanjut", "shortname": "BDL-IF3A"}),
  "two changes; shortname told as 'bukan X nggih, tapi Y' after a colleague's rejected proposal; other class named in passing",
  decoys=["BASDAT2-IF", "IF 3B", "198503172015042002", "0813-6422-1907"])

M("admin-table-akm-two", "outlook", "htmlonly", "id", "course_data",
  ("Rosmawati Siregar", "admin.akuntansi@polibatam.ac.id"),
  "Koreksi data MK AK3201 di e-learning", (2026, 10, 2, 10, 5, 12), 7,
  """Yth. Tim Helpdesk P4M,

Bersama ini kami sampaikan koreksi data mata kuliah AK3201 di e-learning sesuai SK pembagian tugas mengajar No. 1457/PL29/KP/2026 tanggal 28 September 2026:

§Data§Tertulis di e-learning§Seharusnya
§Nama MK§Akuntansi Keuangan Menengah II§Akuntansi Keuangan Menengah II
§Dosen pengampu§Dra. Yusnaini, M.Si.§Dr. Hj. Nurhayati Lubis, S.E., M.Ak.
§Kelas§AK 3 Pagi A§AK 3 Malam B
§SKS§3§3

Nama MK dan SKS sudah sesuai, hanya dicantumkan untuk kelengkapan.

Demikian, atas bantuannya kami ucapkan terima kasih.

Salam,
Rosmawati Siregar, A.Md.
Admin Prodi Akuntansi
Ext. 1204
""",
  CD("AK3201", "Akuntansi Keuangan Menengah II",
     {"lecturer": "Dr. Hj. Nurhayati Lubis, S.E., M.Ak.", "class": "AK 3 Malam B"}),
  "Outlook HTML-only table 'tertulis | seharusnya'; two rows change, two rows repeat the same value and are no change",
  decoys=["Dra. Yusnaini, M.Si.", "AK 3 Pagi A", "1457/PL29/KP/2026", "28 September 2026"], enc="qp")

M("lecturer-summary-dsp", "thunderbird", "flowed", "en", "course_data",
  ("Andreas Wibisono", "andreas.wibisono@polibatam.ac.id"),
  "Summary of EL2204 Digital Signal Processing", (2026, 10, 5, 9, 30, 7), 7,
  """Dear P4M team,

The summary on the Digital Signal Processing course page (EL2204) is the one from 2021 and still mentions MATLAB, which we no longer use. At the moment it reads:

"This course introduces discrete-time signals and systems using MATLAB."

Kindly amend it to the following paragraph:

This course covers discrete-time signals and systems, the z-transform, the discrete Fourier transform and the design of FIR and IIR filters. Students implement filters in Python on low-cost microcontroller boards and test them on audio and sensor data collected in the laboratory.

Please leave the course name and the enrolment key (DSP-EL2) as they are.

Best regards,
--
Andreas Wibisono, Ph.D.
Electronics Engineering, Room TA 9.12
Ext. 3312
""",
  CD("EL2204", "Digital Signal Processing",
     {"summary": "This course covers discrete-time signals and systems, the z-transform, the discrete Fourier transform and the design of FIR and IIR filters. Students implement filters in Python on low-cost microcontroller boards and test them on audio and sensor data collected in the laboratory."}),
  "new summary after 'Kindly amend it to'; the old summary is quoted above it; format=flowed splits the paragraph; key named as unchanged",
  decoys=["This course introduces discrete-time signals and systems using MATLAB.", "DSP-EL2"], enc="8bit")

M("deaf-student-kelas-ptik", "iphone", "qp", "id", "course_data",
  ("Nadia Kusuma", "nadiakusuma.03@gmail.com"),
  "kelas salah", (2026, 10, 3, 21, 14, 55), 7,
  """Kak admin.
Saya tuli. Saya lebih mudah lewat email.
MK Pengantar Teknologi Informasi.
Kode IF1102.
Di elearning kelas tertulis IF 1 Malam A.
Itu salah.
Kami semua IF 1 Malam B.
Dosen sudah benar. Pak Arif.
Mohon diganti.
Terima kasih kak.

Nadia Kusuma
NIM 3312611028

Dikirim dari iPhone saya
""",
  CD("IF1102", "Pengantar Teknologi Informasi", {"class": "IF 1 Malam B"}),
  "deaf student in very short lines; new class stated as 'Kami semua <X>'; old class and an already-correct lecturer named",
  decoys=["IF 1 Malam A", "Pak Arif", "3312611028"])

M("bem-wa-lecturer-team", "android", "alt", "id", "course_data",
  ("Dinda Aprilia", "dinda.aprilia.bem@gmail.com"),
  "Aspirasi kelas TRPL 2B - dosen MK Pemrograman Web Lanjut", (2026, 10, 5, 19, 48, 3), 7,
  """Assalamualaikum min 🙏
Izin menyampaikan aspirasi dr kelas TRPL 2B ya min

*MK:* Pemrograman Web Lanjut (TRPL2203)
*Masalah:* nama dosen di e-learning msh Pak Budi Santoso aja, padahal dr pertemuan 1 diajar tim
*Mohon diganti jd:* Rahmat Hidayat, S.Kom., M.Kom. (koordinator), Sri Wahyuni, S.T., M.T.

Kelas TRPL 2A udh bener kok min, cuma 2B 🙏🙏
Tks min

Hormat kami,
Dinda Aprilia
Sekretaris Bidang Akademik BEM Polibatam
WA 0822-8801-4456
""",
  CD("TRPL2203", "Pemrograman Web Lanjut",
     {"lecturer": "Rahmat Hidayat, S.Kom., M.Kom. (koordinator), Sri Wahyuni, S.T., M.T."}),
  "student council officer in WhatsApp style (*bold* labels); lecturer team 'X (koordinator), Y' kept whole; old lecturer and another class named",
  decoys=["Budi Santoso", "TRPL 2A", "0822-8801-4456"])

M("secretary-dictated-smm-title", "yahoo", "b64", "id", "course_data",
  ("Yuliana Sembiring", "yuliana.sembiring@yahoo.co.id"),
  "Perubahan nama mata kuliah Manajemen Mutu Terpadu", (2026, 10, 6, 11, 20, 38), 7,
  """Kepada Yth.
Tim Helpdesk P4M Politeknik Negeri Batam
di tempat

Dengan hormat,

Atas arahan Bapak Prof. Dr. Ir. H. Sutan Malik Nasution, M.Sc., yang saat ini sedang dinas di Medan, bersama ini saya sampaikan pesan beliau sebagaimana didiktekan melalui telepon:

"Mata kuliah Manajemen Mutu Terpadu (MB3102) di e-learning supaya namanya diganti menjadi Sistem Manajemen Mutu & Audit Internal, sesuai kurikulum yang disahkan tanggal 14 Agustus 2026. Nama pengampu sudah benar, tidak perlu diubah. Usulan Saudara Hendra untuk nama Manajemen Kualitas dan Audit tidak kami pakai."

Demikian, atas perhatian Bapak/Ibu kami ucapkan terima kasih.

Hormat saya,
a.n. Prof. Dr. Ir. H. Sutan Malik Nasution, M.Sc.
Sekretaris,

Yuliana Sembiring
Jurusan Manajemen Bisnis
Telp. (0778) 469856 ext. 1102
""",
  CD("MB3102", "Manajemen Mutu Terpadu", {"fullname": "Sistem Manajemen Mutu & Audit Internal"}),
  "old professor dictating to a secretary, quoted dictation; new name with '&'; a colleague's rejected name and the professor's titles are not values",
  decoys=["Manajemen Kualitas dan Audit", "Prof. Dr. Ir. H. Sutan Malik Nasution, M.Sc.", "14 Agustus 2026"])

M("korean-partner-lecturer-key", "gmail", "alt", "en", "course_data",
  ("Jang Hye-rin", "hyerin.jang@dit-partner.ac.kr"),
  "Request: instructor and enrolment key for Smart Factory Automation (MK4107)", (2026, 10, 7, 10, 2, 19), 9,
  """Dear Sir or Madam,

I am Jang Hye-rin from the Office of International Affairs, Dong-eui Institute of Technology. We are co-teaching the course Smart Factory Automation (MK4107) with the Mechatronics department of Politeknik Negeri Batam this semester.

Please kindly change two items on the course page.

First, the instructor. Professor Lee Seung-woo had to withdraw because of his sabbatical, but he is still listed now. The new instructor is Dr. Choi Eun-ji (Department of Mechanical Engineering).

Second, the enrolment key. Our students are using the key SFA2025 from last year and it is not accepted. Please set a new key: DIT-BTM-SFA26

For your reference, Dr. Choi's office phone is +82-51-860-3321.

Thank you very much for your help.

Best regards,
Jang Hye-rin
Manager, Office of International Affairs
Dong-eui Institute of Technology, Busan, Korea
""",
  CD("MK4107", "Smart Factory Automation", {"lecturer": "Dr. Choi Eun-ji", "enrolment_key": "DIT-BTM-SFA26"}),
  "Korean partner in formal English, +0900; two changes as 'First'/'Second'; old instructor and old key named; the bracketed department is not part of the value",
  decoys=["Lee Seung-woo", "SFA2025", "+82-51-860-3321"])

M("filipino-partner-credits-semester", "outlook", "alt", "en", "course_data",
  ("Maria Cristina Dela Cruz", "mcdelacruz@plm-partner.edu.ph"),
  "Discrepancies in course details - Logistics Information Systems (LPI2205)", (2026, 10, 7, 14, 35, 50), 8,
  """Good day po!

I am Maria Cristina Dela Cruz, the exchange coordinator of the BS Customs Administration program of our university in Manila. Our students enrolled in Logistics Information Systems (LPI2205) under Polibatam noticed two discrepancies in the course details.

1. Credits: the course page shows 2 units. Kindly amend to 3 units, as stated in our signed learning agreement. (In our home curriculum it is a 4-unit course, but for Polibatam the agreed load is 3.)
2. Semester: it is listed under Genap. Please be guided that the course runs in the Ganjil semester, which is the current one.

The instructor and the class section are correct, no changes needed there.

Thank you and God bless.

Respectfully yours,
Maria Cristina P. Dela Cruz, MBA
Exchange Coordinator
+63 917 845 2290
""",
  CD("LPI2205", "Logistics Information Systems", {"credits": "3", "semester": "Ganjil"}),
  "Filipino partner English ('po', 'please be guided'), +0800; numbered two changes; old credits, a home-curriculum credit value and the old semester named",
  decoys=["2 units", "4-unit", "Genap", "+63 917 845 2290"])

M("batak-lecturer-proposal-rejected", "roundcube", "qp", "id", "course_data",
  ("Hotman Simanjuntak", "hotman.simanjuntak@polibatam.ac.id"),
  "Dosen MK Mekanika Teknik ME 1", (2026, 10, 8, 13, 47, 26), 7,
  """Horas, selamat siang tim P4M.

Mau minta tolong. Di e-learning mata kuliah Mekanika Teknik (ME1204) untuk kelas ME 1A dan ME 1B, dosennya masih tertulis Drs. Poltak Simbolon, M.T. Amang itu sudah pensiun bulan lalu.

Kemarin lae saya Tigor Hutapea usul supaya ditulis saja "Tim Dosen Teknik Mesin", tapi janganlah begitu, nanti mahasiswa bingung mau tanya sama siapa. Tulis saja lengkap nama saya: Ir. Hotman Simanjuntak, M.T.

Kelas ME 1A dan ME 1B itu sudah betul, tidak usah diubah.

Mauliate godang.

Hotman Simanjuntak
Teknik Mesin, Gedung Teaching Factory lt. 2
HP 0812-6677-3045
""",
  CD("ME1204", "Mekanika Teknik", {"lecturer": "Ir. Hotman Simanjuntak, M.T."}),
  "Batak-flavoured Indonesian; sender names himself as the new lecturer after a colleague's rejected team name; classes stated as already correct",
  decoys=["Tim Dosen Teknik Mesin", "Drs. Poltak Simbolon, M.T.", "Tigor Hutapea", "ME 1A"])

M("minang-lecturer-key-example", "gmail", "alt", "id", "course_data",
  ("Yulia Fitri", "yulia.fitri@polibatam.ac.id"),
  "kode enrol Gambar Teknik", (2026, 10, 9, 7, 55, 14), 7,
  """Assalamualaikum Uda/Uni di P4M,

Ambo Yulia dari Teknik Mesin. Untuak course Gambar Teknik (ME1103) kelas ME 1B, kode enrol nan lamo masih "gambar123", alah tasebar ka angkatan lalu.

Tolong dibuek baru jadi GT-ME1B-2026

Kalau untuak kelas ME 1A beko formatnyo samo, contohnyo GT-ME1A-2026, tapi itu biar Pak Yusuf surang nan mintak.

Tarimo kasih banyak.

Yulia Fitri, S.T., M.T.
NIP 199007212019032011
""",
  CD("ME1103", "Gambar Teknik", {"enrolment_key": "GT-ME1B-2026"}),
  "Minang-flavoured Indonesian; new key on a line without punctuation; old key and an example key for another class named",
  decoys=["gambar123", "GT-ME1A-2026", "199007212019032011"])

M("malaysia-pensyarah-tukar", "outlook", "alt", "id", "course_data",
  ("Noraini binti Hashim", "noraini.hashim@psp-partner.edu.my"),
  "Permohonan tukar nama pensyarah kursus Rangkaian Komputer", (2026, 10, 9, 16, 10, 9), 8,
  """Assalamualaikum dan salam sejahtera,

Tuan/Puan,

Saya Noraini binti Hashim, penyelaras program pertukaran di politeknik kami di Pulau Pinang.

Untuk kursus Rangkaian Komputer (RKS2101) yang diikuti oleh pelajar kami secara dalam talian, nama pensyarah yang tertera masih Encik Khairul Anuar bin Salleh. Beliau telah bertukar ke Jabatan Kejuruteraan Awam mulai 1 Oktober 2026.

Sila tukar nama pensyarah kepada Ts. Dr. Mohd Faizal bin Ahmad. Beliau akan mengendalikan kursus ini bersama rakan-rakan dari Polibatam.

Untuk makluman, kod kursus dan nama kursus kekal seperti sedia ada.

Terima kasih banyak-banyak atas kerjasama pihak tuan/puan.

Sekian, terima kasih.

"BERKHIDMAT UNTUK NEGARA"

Noraini binti Hashim
Penyelaras Program Pertukaran
Jabatan Teknologi Maklumat dan Komunikasi
No. Tel: +604-538 3020
""",
  CD("RKS2101", "Rangkaian Komputer", {"lecturer": "Ts. Dr. Mohd Faizal bin Ahmad"}),
  "Malaysian Malay ('sila tukar ... kepada', 'pensyarah', 'kursus'), +0800; old lecturer with 'Encik' and a transfer date named; code and name kept",
  decoys=["Khairul Anuar bin Salleh", "1 Oktober 2026", "+604-538 3020"])

M("brunei-shortname-semester", "gmail", "alt", "id", "course_data",
  ("Dayang Siti Hajar binti Haji Osman", "sitihajar.osman@pb-partner.edu.bn"),
  "Pindaan maklumat kursus LPI3102", (2026, 10, 12, 8, 40, 33), 8,
  """Assalamualaikum warahmatullahi wabarakatuh,

Dengan hormatnya saya merujuk kepada kursus Manajemen Rantai Pasok (LPI3102), atau Pengurusan Rantaian Bekalan dalam istilah kami, yang diikuti oleh pelajar-pelajar Politeknik Brunei di bawah program mobiliti.

Mohon jasa baik pihak tuan/puan untuk meminda dua perkara:

a) Nama ringkas kursus: sekarang LPI3102-A. Sila tukar kepada SCM-BN26 supaya senang dicari oleh pelajar kami.
b) Semester: kursus ini ditawarkan pada Semester 5, bukan Semester 3 seperti yang tertera.

Nama kursus dalam Bahasa Indonesia tidak perlu ditukar.

Sekian, terima kasih banyak-banyak.

Yang benar,
Dayang Siti Hajar binti Haji Osman
Unit Hubungan Antarabangsa
Politeknik Brunei
Tel: +673 223 4466
""",
  CD("LPI3102", "Manajemen Rantai Pasok", {"shortname": "SCM-BN26", "semester": "5"}),
  "Brunei Malay ('meminda', 'sila tukar kepada'), +0800; lettered two changes; old short name, old semester and a Malay translation of the name named",
  decoys=["LPI3102-A", "Semester 3", "Pengurusan Rantaian Bekalan"])

M("singapore-malay-key-class", "android", "alt", "mixed", "course_data",
  ("Nurul Huda Rahmat", "nurulhuda.r@sdm-partner.edu.sg"),
  "Kursus Animasi 3D - enrolment key & kelas", (2026, 10, 13, 15, 22, 47), 8,
  """Salam team P4M,

Saya Nurul Huda from the School of Design & Media, Singapore. Our students join Animasi 3D (ANM2105) dengan kelas Polibatam this term.

Boleh tolong tukar enrolment key kepada ANM3D-SG26? Yang sekarang ANM2105 saja, our students keep guessing it 😅 And the class should read ANM 2 Internasional, not ANM 2A. ANM 2A tu kelas local punya.

Terima kasih banyak-banyak!

Nurul Huda Rahmat
Senior Executive, International Relations
+65 9123 4870
""",
  CD("ANM2105", "Animasi 3D", {"enrolment_key": "ANM3D-SG26", "class": "ANM 2 Internasional"}),
  "Singapore Malay/English code-switching, +0800; key after 'tukar ... kepada' ends in '?'; the old key equals the course code; old class named twice",
  decoys=["ANM 2A", "+65 9123 4870"])

M("batam-chinese-admin-bilingual-name", "outlook", "alt", "id", "course_data",
  ("Lina Wijaya", "lina.wijaya@polibatam.ac.id"),
  "Nama MK Perpajakan mau diganti", (2026, 10, 14, 9, 15, 2), 7,
  """Pagi ko/ci P4M,

Saya Lina dari admin Akuntansi. Itu course Perpajakan (AK2105) di e-learning namanya masih pendek sekali, cuma "Perpajakan". Kaprodi minta semua MK kita pakai dua bahasa, jadi tolong diganti jadi persis begini ya:

Perpajakan Internasional (International Taxation)

Kemarin Ko Hendra bilang pakai "Pajak Internasional" saja, tapi gak jadi, kaprodi maunya yang di atas. Nama dosen gak usah diubah, sudah betul Pak Ferry Tanoto.

Makasih banyak ya, kamsia 🙏

Salam,
Lina Wijaya
Admin Prodi Akuntansi
Ext. 1211 / HP 0811-7790-238
""",
  CD("AK2105", "Perpajakan", {"fullname": "Perpajakan Internasional (International Taxation)"}),
  "Batam Chinese-Indonesian admin ('ko/ci', 'kamsia'); new bilingual name on its own line, brackets part of the name; colleague's rejected name and an already-correct lecturer named",
  decoys=["Pajak Internasional", "Ferry Tanoto", "0811-7790-238"])

M("admin-excel-paste-three", "gmail", "table", "id", "course_data",
  ("Fitriani", "admin.elektro@polibatam.ac.id"),
  "Koreksi data MK Rangkaian Listrik II (EL2105)", (2026, 10, 15, 13, 58, 21), 7,
  """Selamat siang,

Berikut koreksi data untuk e-learning, saya copy dari rekap Excel prodi. Baris pertama yang sekarang tampil, baris kedua yang benar:

§Kode§Nama MK§Kelas§Dosen§SKS§Semester
§EL2105§Rangkaian Listrik II§EL 2A§Ir. Suparman, M.T.§3§3
§EL2105§Rangkaian Listrik II§EL 2 Malam§Hj. Ratna Sari Dewi, S.T., M.Eng.§4§3

Nama MK dan semester tetap. Yang berubah kelas, dosen dan SKS.

Terima kasih,
Fitriani
Admin Prodi Teknik Elektronika
(0778) 469858 ext. 1302
""",
  CD("EL2105", "Rangkaian Listrik II",
     {"class": "EL 2 Malam", "lecturer": "Hj. Ratna Sari Dewi, S.T., M.Eng.", "credits": "4"}),
  "programme admin pasting two spreadsheet rows (tab-separated in text, a table in HTML): old row then new row; three cells differ, name and semester repeat",
  decoys=["EL 2A", "Ir. Suparman, M.T.", "(0778) 469858"])

M("reply-on-ack-correct-misread", "gmail", "reply", "id", "course_data",
  ("Ahmad Fauzi", "ahmad.fauzi@polibatam.ac.id"),
  "Re: [P4M #3107] Permintaan perubahan data mata kuliah", (2026, 10, 13, 8, 5, 44), 7,
  """Mohon maaf, ada yang keliru untuk MK Struktur Data (IF2106). Nama dosen yang baru bukan Eko Prasetyo. Pak Eko itu dosen lama yang saya sebut di email sebelumnya. Yang benar: Dr. Ahmad Fauzi, S.Kom., M.Kom.

Untuk kelasnya sudah benar IF 2C, tidak perlu diubah.

Terima kasih,
Ahmad Fauzi

Pada Sen, 12 Okt 2026 pukul 09.41 Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> menulis:
> Yth. Bapak/Ibu,
>
> Permintaan Anda telah kami terima dengan nomor tiket [P4M #3107].
> Jenis permintaan: Perubahan data mata kuliah
> Mata kuliah: IF2106 Struktur Data
> Perubahan yang kami pahami:
> - Dosen pengampu: Eko Prasetyo
>
> Staf kami akan menindaklanjuti permintaan ini. Balas email ini bila ada yang keliru.
>
> Salam,
> Helpdesk P4M Politeknik Negeri Batam
""",
  CD("IF2106", "Struktur Data", {"lecturer": "Dr. Ahmad Fauzi, S.Kom., M.Kom."}),
  "reply on top of the helpdesk acknowledgement, which misread the old lecturer as the new one; the new text corrects it; class named as already right",
  decoys=["Eko Prasetyo", "IF 2C"], reply_to="ack-3107")

M("kajur-fwd-only-title", "gmail", "fwd", "id", "course_data",
  ("Indra Gunawan", "indra@polibatam.ac.id"),
  "Fwd: Perubahan MK Keamanan Jaringan", (2026, 10, 14, 7, 30, 16), 7,
  """Tim P4M, mohon dibantu yang nama MK saja. Kelasnya sudah saya cek, RKS 3B memang benar, jadi permintaan kelas di bawah abaikan.

Salam,
Dr. Indra Gunawan, S.T., M.Sc.
Ketua Jurusan Teknik Informatika

---------- Forwarded message ---------
Dari: Benny Saputra <benny.saputra@polibatam.ac.id>
Date: Sel, 13 Okt 2026 pukul 16.20
Subject: Perubahan MK Keamanan Jaringan
To: Indra Gunawan <indra@polibatam.ac.id>


Pak Indra, mohon izin, untuk MK Keamanan Jaringan (RKS3102) saya usul namanya jadi Keamanan Jaringan & Sistem Terdistribusi, sesuai RPS baru. Kelasnya juga kayaknya RKS 3A, bukan RKS 3B.

Terima kasih Pak.
Benny
""",
  CD("RKS3102", "Keamanan Jaringan", {"fullname": "Keamanan Jaringan & Sistem Terdistribusi"}),
  "head of department forwards with one line on top that keeps only the name change and cancels the forwarded class change",
  decoys=["RKS 3A", "RKS 3B"])

M("secretary-fwd-attached-short-key", "thunderbird", "rfc822", "id", "course_data",
  ("Wulan Sari", "sekjur.elektro@polibatam.ac.id"),
  "Fwd: shortname dan kode enrol Robotika Industri", (2026, 10, 15, 10, 44, 5), 7,
  """Yth. P4M,

Terlampir email dari Bapak Galih untuk ditindaklanjuti. Terima kasih.

--
Wulan, Sekretariat Jurusan Teknik Elektro
""",
  CD("RBT3201", "Robotika Industri", {"shortname": "ROBIND-RBT3", "enrolment_key": "robind#ganjil26"}),
  "forward as attachment (message/rfc822) with one line on top; two changes inside the attached mail; old short name and the lecturer's phone named",
  decoys=["RBT3201-2025", "0812-7000-4521"],
  inner=dict(sender=("Galih Permana", "galih@polibatam.ac.id"), to="sekjur.elektro@polibatam.ac.id",
             subject="shortname dan kode enrol Robotika Industri", when=(2026, 10, 14, 20, 11, 37), tz=7,
             body="""Mbak Wulan, tolong diteruskan ke P4M ya.

Course Robotika Industri (RBT3201): nama singkatnya yang sekarang RBT3201-2025, mohon jadi ROBIND-RBT3. Lalu kode enrol mau dibikin robind#ganjil26 (huruf kecil semua).

Kalau ada pertanyaan bisa telepon saya di 0812-7000-4521.

Galih Permana, S.T., M.Eng.
"""))

M("lecturer-credit-next-year", "iphone", "qp", "id", "course_data",
  ("Agustina Manurung", "agustina.manurung@polibatam.ac.id"),
  "SKS Kalkulus II", (2026, 10, 16, 20, 40, 29), 7,
  """Selamat malam,
Course Kalkulus II (MS1201) di e-learning tertulis 2 SKS. Yang benar 3 SKS untuk semester ini. Tahun depan memang rencananya jadi 4 SKS, tapi itu nanti saja, jangan sekarang.
Terima kasih.
Agustina Manurung, M.Pd.

Dikirim dari iPhone saya
""",
  CD("MS1201", "Kalkulus II", {"credits": "3"}),
  "credits told as 'Yang benar 3 SKS'; the old value and next year's value are named",
  decoys=["2 SKS", "4 SKS"])

M("lecturer-summary-key-numbered", "roundcube", "b64", "id", "course_data",
  ("Dian Permatasari", "dian.permatasari@polibatam.ac.id"),
  "Ringkasan dan kode enrol IMK", (2026, 10, 19, 10, 12, 58), 7,
  """Dengan hormat,

Untuk course Interaksi Manusia dan Komputer (IF2208) saya mohon dua perubahan:

1. Ringkasan course diganti dengan paragraf berikut:
Mata kuliah ini mempelajari prinsip perancangan antarmuka yang berpusat pada pengguna, mulai dari riset pengguna, pembuatan prototipe, hingga evaluasi kegunaan. Mahasiswa mengerjakan proyek kelompok merancang aplikasi layanan publik di Kota Batam dan mengujinya langsung dengan calon pengguna.

2. Kode pendaftaran (enrolment key) diganti menjadi IMK-2026-ganjil

Kode yang dipakai kelas lain, misalnya IMK-2025-genap, jangan dipakai lagi karena sudah bocor.

Terima kasih.

Hormat saya,
Dian Permatasari, S.Kom., M.T.
NIP 198911052018032001
Ruang GU 705
""",
  CD("IF2208", "Interaksi Manusia dan Komputer",
     {"summary": "Mata kuliah ini mempelajari prinsip perancangan antarmuka yang berpusat pada pengguna, mulai dari riset pengguna, pembuatan prototipe, hingga evaluasi kegunaan. Mahasiswa mengerjakan proyek kelompok merancang aplikasi layanan publik di Kota Batam dan mengujinya langsung dengan calon pengguna.",
      "enrolment_key": "IMK-2026-ganjil"}),
  "numbered two changes: a summary paragraph and a key at the end of a line; a leaked key of another class given as an example",
  decoys=["IMK-2025-genap", "198911052018032001"], enc="b64")

M("en-lecturer-pls-make-it-shortname", "outlook", "alt", "en", "course_data",
  ("Reza Alfarizi", "reza.alfarizi@polibatam.ac.id"),
  "short name of TRPL3207", (2026, 10, 19, 14, 3, 11), 7,
  """Hi P4M,

Quick one: the short name of my Cloud Computing course (TRPL3207) shows as TRPL3207-COPY1 because I duplicated it from last year's shell. pls make it CLOUD-TRPL3. I first thought of CC-TRPL3 but that clashes with the Creative Coding course.

Class TRPL 3A is already right, no need to touch.

thx!
Reza
--
Reza Alfarizi, S.Kom., M.Sc.
Software Engineering Technology
Office GU 806 | ext. 2207
""",
  CD("TRPL3207", "Cloud Computing", {"shortname": "CLOUD-TRPL3"}),
  "casual English 'pls make it <X>.'; old short name, a considered-and-rejected short name and an already-right class named",
  decoys=["TRPL3207-COPY1", "CC-TRPL3", "TRPL 3A"])

M("expat-lecturer-team-bilingual-name", "thunderbird", "flowed", "en", "course_data",
  ("Sarah Mitchell", "sarah.mitchell@polibatam.ac.id"),
  "Energi Terbarukan (TRPE3104): lecturers and course name", (2026, 10, 21, 11, 11, 40), 7,
  """Hello,

I'm a visiting lecturer in the Power Plant Engineering Technology programme until December. Pak Joko and I co-teach Energi Terbarukan (TRPE3104), but the Moodle page lists only Pak Rudi Hartanto, who taught it last year.

Could you please update two things:

- lecturer: Dr. Sarah Mitchell and Ir. Joko Susilo, M.T.
- course name: Sistem Energi Terbarukan / Renewable Energy Systems

(The programme also discussed "Green Energy Technology" as a name but decided against it.)

Many thanks,
Sarah

--
Dr. Sarah Mitchell
Visiting Lecturer (Australian Volunteers Program)
sarah.mitchell@polibatam.ac.id | +62 811-6020-7781
""",
  CD("TRPE3104", "Energi Terbarukan",
     {"lecturer": "Dr. Sarah Mitchell and Ir. Joko Susilo, M.T.",
      "fullname": "Sistem Energi Terbarukan / Renewable Energy Systems"}),
  "two changes as a dash list; lecturer team 'X and Y'; Indonesian/English name pair with a slash; old lecturer and a rejected name named",
  decoys=["Rudi Hartanto", "Green Energy Technology", "+62 811-6020-7781"], enc="8bit")

M("en-student-kindly-amend-class", "yahoo", "b64", "en", "course_data",
  ("Joaquim da Costa Soares", "joaquim.soares@yahoo.com"),
  "Wrong class in Business Communication", (2026, 10, 21, 16, 50, 3), 7,
  """Dear Sir/Madam,

I am an international student from Timor-Leste in the Applied Business Administration programme. In the course Business Communication (ABT1203), the class is shown as Morning class A, but our group is the working students' group. Kindly amend to Evening class B so that we can see the correct schedule.

My classmate suggested writing to Pak Dedi directly, but he said the helpdesk handles this.

Thank you for your kind assistance.

Yours sincerely,
Joaquim da Costa Soares
Student ID 4312501033
Phone +62 813-7215-6640
""",
  CD("ABT1203", "Business Communication", {"class": "Evening class B"}),
  "class written in words ('Kindly amend to Evening class B'); old class also in words; a lecturer and the student ID named",
  decoys=["Morning class A", "Pak Dedi", "4312501033"])

M("en-lecturer-old-new-pipes", "android", "alt", "en", "course_data",
  ("Bayu Aji Nugraha", "bayu.aji@polibatam.ac.id"),
  "IF3208 semester and credits", (2026, 10, 22, 21, 5, 36), 7,
  """Hi team,

For Machine Learning (IF3208), could you fix these on the course page:

semester: 6 | 5
credits: 2 | 3

(old | new). The name stays Machine Learning, not "Pembelajaran Mesin" - we keep the English title on purpose.

Thanks,
Bayu
""",
  CD("IF3208", "Machine Learning", {"semester": "5", "credits": "3"}),
  "two changes as 'old | new' pairs explained only after the lines; an Indonesian name explicitly not wanted",
  decoys=["Pembelajaran Mesin"])

M("sg-partner-table-three", "outlook", "htmlonly", "en", "course_data",
  ("Tan Boon Hock", "boonhock.tan@sgpoly-partner.edu.sg"),
  "Course details update - Data Analytics for Business (ABT3105)", (2026, 10, 23, 15, 30, 18), 8,
  """Dear P4M colleagues,

Following our joint programme review on 20 October, please update the course Data Analytics for Business (ABT3105) on your Moodle as in the table below.

§Field§Current§Requested
§Course name§Data Analytics for Business§Business Data Analytics
§Short name§ABT3105§BDA-SG
§Lecturer§Mr Lim Boon Keng§Dr Ong Mei Ling
§Enrolment key§(none)§(none, please keep it open)

Mr Lim will stay on as our Singapore-side tutor, so please do not remove him from the participants.

Best regards,
Tan Boon Hock
Deputy Director, Industry & International Partnerships
DID +65 6550 1187
""",
  CD("ABT3105", "Data Analytics for Business",
     {"fullname": "Business Data Analytics", "shortname": "BDA-SG", "lecturer": "Dr Ong Mei Ling"}),
  "Singapore partner, Outlook HTML-only table 'current | requested' with three changes and one row that asks nothing; +0800",
  decoys=["Lim Boon Keng", "20 October", "+65 6550 1187"], enc="b64")

M("en-lecturer-phone-key", "iphone", "qp", "en", "course_data",
  ("Linda Hasibuan", "linda.hasibuan@polibatam.ac.id"),
  "Enrolment key MS2103", (2026, 10, 24, 7, 12, 52), 7,
  """Hi, can you change the enrolment key for Statistics for Engineers (MS2103) to STAT-ENG-26? The old one (stat2025) was shared on Instagram by a student. The key for my other course, Numerical Methods, is fine.
Thanks
Dr. Linda Hasibuan

Sent from my iPhone
""",
  CD("MS2103", "Statistics for Engineers", {"enrolment_key": "STAT-ENG-26"}),
  "short phone mail; key before '?'; old key in brackets and another course named",
  decoys=["stat2025", "Numerical Methods"])

M("en-title-pending-semester", "roundcube", "qp", "en", "course_data",
  ("Hendri Wijaya", "hendri.wijaya@polibatam.ac.id"),
  "Embedded Linux (EL3208) - semester now, title later", (2026, 10, 26, 8, 55, 4), 7,
  """Dear P4M,

The Electronics programme is renaming Embedded Linux (EL3208) for the 2026 curriculum, but the new title is still being finalised by the curriculum board, so I will send it once it is approved. Please do not change the name yet.

What can be done now: the course should be listed under semester 4, not semester 6.

Regards,
Hendri Wijaya, M.Sc.
Curriculum Team, Electronics Engineering
""",
  CD("EL3208", "Embedded Linux", {"semester": "4"}, missing="fullname"),
  "rename announced without the new title (to follow); only the semester change is given; old semester named",
  decoys=["semester 6"])

M("batam-young-lecturer-biar-jadi", "android", "alt", "mixed", "course_data",
  ("Kevin Tanjaya", "kevin.tanjaya@polibatam.ac.id"),
  "course Game Programming ANM3106", (2026, 10, 27, 10, 40, 27), 7,
  """Halo min P4M,

Course Game Programming aku (ANM3106) namanya mau dibikin Pemrograman Game & Simulasi Interaktif, biar sama kayak di SIAKAD. Tolong juga kelasnya diubah biar jadi kelas karyawan malam, soalnya ini course for the evening students only. Yang pagi (ANM 3A) pakai course lain.

Btw nama Game Programming itu masih dipakai di slide lama, so mahasiswa mungkin masih nyebut gitu.

Thanks a lot!
Kevin Tanjaya
Animasi, Lab Motion Capture TA 11.4
""",
  CD("ANM3106", "Game Programming",
     {"fullname": "Pemrograman Game & Simulasi Interaktif", "class": "kelas karyawan malam"}),
  "code-switching young lecturer; 'mau dibikin <name>' and 'biar jadi <class in words>'; another class named in brackets",
  decoys=["ANM 3A"])

M("kaprodi-summary-mixed", "outlook", "alt", "mixed", "course_data",
  ("Siti Aminah Harahap", "siti.aminah@polibatam.ac.id"),
  "Ringkasan course Etika Profesi IF4101", (2026, 10, 28, 9, 10, 31), 7,
  """Dear tim P4M,

Untuk course Etika Profesi (IF4101), the summary is still the placeholder from Moodle ("Deskripsi mata kuliah belum tersedia"). Mohon diganti dengan ringkasan berikut, as approved in the prodi meeting on 7 October:

Mata kuliah ini membahas tanggung jawab profesional seorang insinyur perangkat lunak, termasuk kode etik profesi, perlindungan data pribadi, hak kekayaan intelektual, dan dampak sosial teknologi. Mahasiswa menganalisis kasus nyata dan menyusun esai reflektif secara berkelompok.

The summary for Etika Profesi in the TRPL programme is different and should stay as it is.

Best regards,
Dr. Siti Aminah Harahap, S.Kom., M.T.
Ketua Program Studi Teknik Informatika
NIP 198207142008122003
""",
  CD("IF4101", "Etika Profesi",
     {"summary": "Mata kuliah ini membahas tanggung jawab profesional seorang insinyur perangkat lunak, termasuk kode etik profesi, perlindungan data pribadi, hak kekayaan intelektual, dan dampak sosial teknologi. Mahasiswa menganalisis kasus nyata dan menyusun esai reflektif secara berkelompok."}),
  "Indonesian summary paragraph in a code-switched mail; the current placeholder text and a meeting date named; same course of another programme kept",
  decoys=["Deskripsi mata kuliah belum tersedia", "7 October", "198207142008122003"])

M("admin-lecturer-pending-class", "gmail", "alt", "id", "course_data",
  ("Eka Putri", "admin.mesin@polibatam.ac.id"),
  "Termodinamika Teknik ME2103 - kelas dan dosen", (2026, 10, 29, 8, 20, 50), 7,
  """Selamat pagi,

Bu Anisa Rahmawati, dosen Termodinamika Teknik (ME2103), mulai cuti melahirkan tanggal 2 November 2026. Dosen penggantinya belum ditetapkan oleh jurusan, nanti kami kabari setelah SK keluar.

Sementara itu ada yang bisa dibetulkan sekarang: kelas di course tersebut tertulis ME 2B, seharusnya ME 2A.

Terima kasih.

Salam,
Eka Putri
Admin Jurusan Teknik Mesin
Ext. 1406
""",
  CD("ME2103", "Termodinamika Teknik", {"class": "ME 2A"}, missing="lecturer"),
  "replacement lecturer not yet decided ('belum ditetapkan'), so no lecturer value; class given as 'seharusnya <X>'; current lecturer and a date named",
  decoys=["Anisa Rahmawati", "ME 2B", "2 November 2026"])

M("admin-form-placeholder", "outlook", "htmlonly", "id", "course_data",
  ("Muhammad Rizki", "muhammad.rizki@polibatam.ac.id"),
  "Formulir perubahan data MK EL1201", (2026, 10, 29, 14, 15, 9), 7,
  """Yth. Helpdesk P4M,

Berikut formulir perubahan data mata kuliah:

§Kode MK§EL1201
§Nama MK saat ini§Elektronika Analog
§Nama MK baru§[nama baru]
§Nama singkat baru§ELKA-AN1
§Dosen pengampu§(tidak berubah)
§Kelas§(tidak berubah)

Keterangan: nama MK baru masih menunggu keputusan rapat kurikulum, mohon diproses nama singkatnya dulu.

Pemohon,
Muhammad Rizki, S.T., M.T.
NIP 198702152014041001
""",
  CD("EL1201", "Elektronika Analog", {"shortname": "ELKA-AN1"}, missing="fullname"),
  "form in an Outlook HTML-only table with the placeholder '[nama baru]' left in; only the short name is a change",
  decoys=["[nama baru]", "198702152014041001"], enc="qp")

M("student-class-later", "android", "alt", "id", "course_data",
  ("Rina Marpaung", "rinamarpaung27@gmail.com"),
  "kelas Statistika Bisnis salah", (2026, 10, 30, 22, 48, 15), 7,
  """Min, course Statistika Bisnis (ABT2101) kelasnya salah, ditulis AB 2 Pagi. Tapi aku belum tau kelas yg bener apa, soalnya kelas kami baru dipecah jadi dua. Nanti aku kabari lagi ya min kalau udah ada pengumuman dari prodi 🙏

Rina, NIM 4312401077
""",
  CD("ABT2101", "Statistika Bisnis", {}, missing="class"),
  "class change asked but the new class is not known yet ('nanti aku kabari'); changes left empty; the old class is not a value",
  decoys=["AB 2 Pagi", "4312401077"])

M("mixed-summary-follows-credits", "gmail", "alt", "mixed", "course_data",
  ("Nanda Putri Ramadhani", "nanda.putri@polibatam.ac.id"),
  "TRPL3203 SKS + summary", (2026, 11, 2, 9, 35, 42), 7,
  """Hi P4M team,

Untuk course Pemrograman Mobile Lanjut (TRPL3203), the SKS should be 4, karena praktikum 2 SKS yang dulu terpisah sekarang digabung. The new course summary will follow next week setelah tim selesai review, so please don't replace the current summary yet.

Thanks!
Nanda Putri Ramadhani, M.Kom.
ext. 2209
""",
  CD("TRPL3203", "Pemrograman Mobile Lanjut", {"credits": "4"}, missing="summary"),
  "code-switched; credits 'should be 4' next to a '2 SKS' practical; the new summary is announced but not given",
  decoys=["2 SKS"])

M("senior-roman-numeral-title", "yahoo", "b64", "id", "course_data",
  ("Sumarno", "sumarno_mtk@yahoo.co.id"),
  "Penulisan nama mata kuliah Matematika Teknik", (2026, 11, 3, 7, 40, 13), 7,
  """Yth. Bapak/Ibu Pengelola E-Learning,

Dengan hormat, saya ingin menyampaikan bahwa penulisan nama mata kuliah Matematika Teknik 1 (MS1101) di e-learning kurang tepat. Sesuai buku kurikulum, penulisannya memakai angka Romawi, yaitu Matematika Teknik I. Untuk Matematika Teknik 2 semester depan nanti tentu menjadi Matematika Teknik II, tetapi course itu belum dibuka, jadi biarkan saja dahulu.

Atas perhatiannya saya ucapkan terima kasih.

Hormat saya,
Drs. H. Sumarno, M.Pd.
Dosen Matematika, Jurusan Teknik Mesin
HP 0813-7261-0045
""",
  CD("MS1101", "Matematika Teknik 1", {"fullname": "Matematika Teknik I"}),
  "Roman numeral rename told as 'yaitu <X>'; next semester's course and its future name (which contains the value) named",
  decoys=["Matematika Teknik II", "Matematika Teknik 2", "0813-7261-0045"])

M("sekjur-lecturer-hj-phd-nip", "roundcube", "qp", "id", "course_data",
  ("Arif Budiman", "sekjur.if@polibatam.ac.id"),
  "Pengalihan pengampu Kecerdasan Buatan", (2026, 11, 4, 9, 50, 22), 7,
  """Dengan hormat,

Sehubungan dengan tugas belajar Sdr. Rudi Hermawan, M.Kom. ke Universitas Indonesia, pengampu mata kuliah Kecerdasan Buatan (IF3201) kelas IF 3A dan IF 3B mulai 19 Oktober 2026 dialihkan kepada Hj. Rosmiati, S.Kom., M.T., Ph.D. (NIP 197811232005012004).

Mohon nama pengampu di e-learning disesuaikan. Nama course dan kelas tidak berubah.

Terima kasih.

Sekretaris Jurusan Teknik Informatika,
Arif Budiman, S.T., M.T.
""",
  CD("IF3201", "Kecerdasan Buatan", {"lecturer": "Hj. Rosmiati, S.Kom., M.T., Ph.D."}),
  "formal reassignment 'dialihkan kepada <X> (NIP ...)'; the bracketed NIP is not part of the value; old lecturer, classes and a date named",
  decoys=["Rudi Hermawan, M.Kom.", "19 Oktober 2026", "197811232005012004", "IF 3B"])

M("lecturer-summary-final-draft", "thunderbird", "flowed", "id", "course_data",
  ("Tommy Sihombing", "tommy.sihombing@polibatam.ac.id"),
  "Ringkasan final Sistem Operasi", (2026, 11, 5, 13, 10, 57), 7,
  """Selamat siang Bapak/Ibu,

Minggu lalu saya sudah kirim draf ringkasan untuk Sistem Operasi (IF2105), yang diawali "Mata kuliah ini mengenalkan Linux kepada mahasiswa". Draf itu tidak jadi dipakai. Mohon ringkasan course diganti dengan versi final di bawah ini:

Mata kuliah ini membahas konsep dasar sistem operasi, meliputi manajemen proses dan thread, penjadwalan CPU, sinkronisasi, manajemen memori, sistem berkas, serta keamanan. Praktikum dilakukan pada mesin virtual Linux sehingga mahasiswa dapat mengamati langsung perilaku kernel dan menulis program sistem sederhana.

Terima kasih banyak.

Salam,
--
Tommy Sihombing, S.T., M.Cs.
Lab Sistem Komputer, GU 803
""",
  CD("IF2105", "Sistem Operasi",
     {"summary": "Mata kuliah ini membahas konsep dasar sistem operasi, meliputi manajemen proses dan thread, penjadwalan CPU, sinkronisasi, manajemen memori, sistem berkas, serta keamanan. Praktikum dilakukan pada mesin virtual Linux sehingga mahasiswa dapat mengamati langsung perilaku kernel dan menulis program sistem sederhana."}),
  "final summary after a withdrawn draft whose opening is quoted; format=flowed wraps the paragraph",
  decoys=["Mata kuliah ini mengenalkan Linux kepada mahasiswa"], enc="8bit")

M("lecturer-class-corrects-own-ticket", "gmail", "alt", "id", "course_data",
  ("Hendra Kurniawan", "hendra.kurniawan@polibatam.ac.id"),
  "Kelas course Pemrograman Web", (2026, 11, 9, 16, 5, 34), 7,
  """Selamat sore P4M,

Course Pemrograman Web (IF2202) yang saya ampu mulai 26 Oktober dipakai untuk kelas IF-2B Malam. Tadinya saya minta untuk IF-2A Malam (tiket minggu lalu), mohon maaf ternyata saya keliru baca jadwal. Jadi yang benar IF-2B Malam ya.

Terima kasih,
Hendra Kurniawan, S.Kom., M.T.
0812-7788-5120
""",
  CD("IF2202", "Pemrograman Web", {"class": "IF-2B Malam"}),
  "class code 'IF-2B Malam' stated twice; the writer's own earlier wrong value and a date named",
  decoys=["IF-2A Malam", "26 Oktober", "0812-7788-5120"])

M("lecturer-new-doctorate", "iphone", "qp", "id", "course_data",
  ("Rina Oktaviani", "rina.oktaviani@polibatam.ac.id"),
  "Update gelar di course Fisika Terapan", (2026, 11, 10, 6, 50, 8), 7,
  """Selamat pagi P4M,
Alhamdulillah saya baru lulus S3 bulan lalu. Di course Fisika Terapan (MS1104) nama saya masih Rina Oktaviani, S.T., M.T. Mohon diperbarui jadi Dr. Rina Oktaviani, S.T., M.T.
Untuk course Mekanika Fluida biar saya ubah sendiri lewat profil.
Terima kasih 🙏
Rina

Dikirim dari iPhone saya
""",
  CD("MS1104", "Fisika Terapan", {"lecturer": "Dr. Rina Oktaviani, S.T., M.T."}),
  "lecturer's own name gains 'Dr.': the old value is a substring of the new one; another course named",
  decoys=["Mekanika Fluida"])

M("student-semester-pindah", "android", "alt", "id", "course_data",
  ("Ayu Lestari", "ayulestari.ak@gmail.com"),
  "course ASP salah semester", (2026, 11, 13, 21, 30, 46), 7,
  """kak min, course Akuntansi Sektor Publik (AK2204) di dashboard masuk ke semester 2, padahal kami yg ambil semester 4 kak. yg semester 2 itu Pengantar Akuntansi II. tolong dipindah ke semester 4 ya kak🙏

- Ayu (AK 2A), NIM 4322401019
""",
  CD("AK2204", "Akuntansi Sektor Publik", {"semester": "4"}),
  "student, lower-case chat style; 'dipindah ke semester 4'; old semester and the course that belongs there named",
  decoys=["semester 2", "Pengantar Akuntansi II", "AK 2A"])

M("lab-admin-numbered-three", "outlook", "htmlonly", "id", "course_data",
  ("Lisa Marlina", "lab.dasar@polibatam.ac.id"),
  "Permohonan perubahan data course Praktikum Fisika 1", (2026, 11, 17, 10, 10, 25), 7,
  """Yth. Tim Helpdesk P4M,

Dengan hormat, menindaklanjuti rapat koordinasi laboratorium tanggal 12 November 2026, mohon perubahan data course Praktikum Fisika 1 (MS1106) sebagai berikut:

1. Nama course: dari Praktikum Fisika 1 menjadi Praktikum Fisika Dasar I
2. Pengampu: Dr. Eng. Ahmad Riyadi, S.T., M.Eng. dan Putri Lestari, S.Si., M.Sc. (sebelumnya hanya Putri Lestari, S.Si., M.Sc.)
3. Ringkasan: Praktikum ini melatih mahasiswa melakukan pengukuran besaran fisika dasar, mengolah data percobaan dengan analisis ketidakpastian, dan menyusun laporan ilmiah. Percobaan meliputi mekanika, getaran dan gelombang, kalor, serta listrik dan magnet.

Kelas MS 1A sampai MS 1D tetap memakai course yang sama, tidak perlu dipisah.

Atas bantuannya kami ucapkan terima kasih.

Hormat kami,
Lisa Marlina, A.Md.
Koordinator Administrasi Laboratorium Dasar
Ext. 1510
""",
  CD("MS1106", "Praktikum Fisika 1",
     {"fullname": "Praktikum Fisika Dasar I",
      "lecturer": "Dr. Eng. Ahmad Riyadi, S.T., M.Eng. dan Putri Lestari, S.Si., M.Sc.",
      "summary": "Praktikum ini melatih mahasiswa melakukan pengukuran besaran fisika dasar, mengolah data percobaan dengan analisis ketidakpastian, dan menyusun laporan ilmiah. Percobaan meliputi mekanika, getaran dan gelombang, kalor, serta listrik dan magnet."}),
  "Outlook HTML-only numbered list (MsoListParagraph) with three changes; 'dari X menjadi Y'; the team's old single lecturer in brackets is not part of the value",
  decoys=["12 November 2026", "MS 1D"], enc="qp")

# =================================================================================================================
# announcement (6)
# =================================================================================================================

M("akademik-uts-site", "outlook", "alt", "id", "announcement",
  ("Nurul Aini", "akademik@polibatam.ac.id"),
  "Mohon publikasi pengumuman jadwal UTS di e-learning", (2026, 10, 16, 9, 0, 37), 7,
  """Yth. Tim P4M,

Mohon bantuan untuk menayangkan pengumuman berikut di halaman depan e-learning (untuk seluruh mahasiswa), tayang hari Senin, 19 Oktober 2026 pukul 07.00 WIB.

Judul: Jadwal Ujian Tengah Semester Ganjil 2026/2027

Isi:
Ujian Tengah Semester (UTS) Ganjil 2026/2027 dilaksanakan pada 26 Oktober - 6 November 2026. Jadwal per program studi dapat diunduh di SIAKAD. Mahasiswa wajib membawa kartu ujian dan KTM. Batas pelunasan UKT untuk mengikuti UTS adalah 23 Oktober 2026.

Terima kasih.

Salam,
Nurul Aini
Bagian Akademik dan Kemahasiswaan
Ext. 1001
""",
  ANN("Jadwal Ujian Tengah Semester Ganjil 2026/2027", "site", "2026-10-19T07:00:00+07:00"),
  "site announcement with 'Judul:' and a publish time in WIB; the exam period and a payment deadline are other dates",
  decoys=["26 Oktober - 6 November 2026", "23 Oktober 2026"])

M("lecturer-kuis-besok-pagi", "gmail", "alt", "id", "announcement",
  ("Yohanes Sitorus", "yohanes@polibatam.ac.id"),
  "Pengumuman di course Basis Data IF 2B", (2026, 10, 20, 19, 25, 6), 7,
  """Malam tim P4M,

Mohon tolong dipasang pengumuman di course Basis Data (IF2103) kelas IF 2B saja, tayang besok pagi jam 06.30 supaya mahasiswa baca sebelum kuliah jam 08.00.

Judulnya: Kuis 2 Basis Data Diundur

Isinya: Kuis 2 yang semula Kamis, 22 Oktober 2026 diundur ke Kamis, 29 Oktober 2026 di Lab GU 805. Materi tetap normalisasi sampai BCNF.

Terima kasih.

Yohanes Sitorus, S.T., M.Kom.
Lab Basis Data, GU 805
""",
  ANN("Kuis 2 Basis Data Diundur", "course", "2026-10-21T06:30:00+07:00", "IF2103", "Basis Data"),
  "course announcement published 'besok pagi jam 06.30' (relative to the Date header); class time and both quiz dates are other times",
  decoys=["22 Oktober 2026", "29 Oktober 2026", "08.00"])

M("malaysia-kuliah-jemputan", "outlook", "alt", "id", "announcement",
  ("Noraini binti Hashim", "noraini.hashim@psp-partner.edu.my"),
  "Mohon siarkan pengumuman kuliah jemputan - kursus Rangkaian Komputer", (2026, 10, 27, 11, 5, 48), 8,
  """Assalamualaikum dan salam sejahtera,

Tuan/Puan,

Sukacita dimaklumkan bahawa pihak kami akan mengadakan kuliah jemputan secara dalam talian untuk pelajar kursus Rangkaian Komputer (RKS2101). Mohon jasa baik pihak tuan/puan untuk menyiarkan pengumuman di halaman kursus tersebut sahaja.

Tajuk pengumuman: Kuliah Jemputan: Keselamatan Rangkaian 5G

Butiran:
Tarikh: Khamis, 5 November 2026
Masa: 3.00 petang waktu Malaysia (2.00 petang WIB)
Platform: Microsoft Teams (pautan akan dikongsi dalam kursus)

Sila siarkan pada 2 November 2026, jam 9.00 pagi waktu Malaysia.

Terima kasih banyak-banyak.

Sekian.
Noraini binti Hashim
Penyelaras Program Pertukaran
""",
  ANN("Kuliah Jemputan: Keselamatan Rangkaian 5G", "course", "2026-11-02T09:00:00+08:00", "RKS2101",
      "Rangkaian Komputer"),
  "Malaysian Malay ('Tajuk', 'sila siarkan'); publish time in Malaysian time (+08:00); the lecture's own date and times are not the publish time",
  decoys=["5 November 2026", "2.00 petang WIB"])

M("intl-office-exchange-site", "outlook", "htmlonly", "en", "announcement",
  ("Yosephine Hutagalung", "international@polibatam.ac.id"),
  "Announcement request: Student Exchange to Korea 2027", (2026, 11, 2, 13, 0, 15), 7,
  """Dear P4M Helpdesk,

Please publish the following announcement on the e-learning front page for all users on Monday, 9 November 2026 at 08:00 WIB.

Title: Call for Applications: Student Exchange to Korea 2027

Text:
Polibatam invites students in semesters 3 and 5 to apply for the spring 2027 exchange with our partner institutes in Busan and Daejeon. Applications close on 30 November 2026. Information session: Thursday, 12 November 2026, 13:00 WIB, Main Hall.

Please do not publish it before the 9th, as the Director's office will announce the programme on 8 November.

Kind regards,
Yosephine Hutagalung
International Office, Politeknik Negeri Batam
Ext. 1050
""",
  ANN("Call for Applications: Student Exchange to Korea 2027", "site", "2026-11-09T08:00:00+07:00"),
  "site announcement, title containing a colon; three other dates (deadline, information session, the office's own announcement)",
  decoys=["30 November 2026", "12 November 2026", "8 November"], enc="qp")

M("lecturer-guest-lecture-mixed", "android", "alt", "mixed", "announcement",
  ("Reza Alfarizi", "reza.alfarizi@polibatam.ac.id"),
  "pengumuman guest lecture Cloud Computing", (2026, 11, 5, 8, 45, 20), 7,
  """Hi min,

Tolong post announcement ini di course Cloud Computing (TRPL3207) ya, not site-wide, cuma buat anak TRPL 3A.

Title: Guest Lecture: Cloud Security in Practice
Body: Kuliah tamu bersama praktisi dari AWS User Group Batam, Selasa 10 November 2026 jam 13.00 di Auditorium. Attendance counts as pertemuan 11.

Please publish it Friday 6 Nov at 10 am WIB. Thanks!

Reza
""",
  ANN("Guest Lecture: Cloud Security in Practice", "course", "2026-11-06T10:00:00+07:00", "TRPL3207",
      "Cloud Computing"),
  "code-switched course announcement; 'not site-wide'; publish 'Friday 6 Nov at 10 am WIB' next to the event's own date and hour",
  decoys=["10 November 2026", "13.00"])

M("upt-bahasa-toeic-site", "iphone", "qp", "id", "announcement",
  ("Elfrida Panjaitan", "upt.bahasa@polibatam.ac.id"),
  "Pengumuman TOEIC gratis", (2026, 11, 12, 14, 0, 3), 7,
  """Selamat siang P4M,
Mohon dibantu pasang pengumuman di beranda e-learning untuk semua pengguna:
Judul: Pendaftaran Tes TOEIC Gratis Gelombang 2
Isi: UPT Bahasa membuka pendaftaran tes TOEIC gratis bagi mahasiswa tingkat akhir. Pendaftaran 16-21 November 2026 melalui tautan di SIAKAD. Tes dilaksanakan Sabtu, 28 November 2026. Kuota 200 peserta.
Tayang Senin, 16 November 2026 jam 08.00 WIB ya. Gelombang 1 kemarin tayang jam 10, kesiangan.
Terima kasih.
Dra. Elfrida Panjaitan, M.Hum.
Kepala UPT Bahasa

Dikirim dari iPhone saya
""",
  ANN("Pendaftaran Tes TOEIC Gratis Gelombang 2", "site", "2026-11-16T08:00:00+07:00"),
  "phone mail, site announcement; the publish time follows the text; registration and test dates and the previous wave's time are other times",
  decoys=["16-21 November 2026", "28 November 2026", "jam 10"])

# =================================================================================================================
# elearning_support (6 + 1 near-miss below)
# =================================================================================================================

M("student-quiz-timer", "android", "alt", "mixed", "elearning_support",
  ("Bagas Prakoso", "bagas.prakoso01@gmail.com"),
  "kuis AI ketutup sebelum waktunya", (2026, 10, 24, 22, 30, 12), 7,
  """Halo kak min,

Tadi kuis 1 di course Kecerdasan Buatan (IF3201) kelas IF 3A, timernya harusnya 60 menit tapi ketutup otomatis di menit 30. Like 20 orang kena, jawaban kami ga ke-save. Dosennya Bu Rosmiati udah tau, beliau suruh lapor ke helpdesk.

Screenshot ada kalau perlu. Thanks kak 🙏

Bagas, IF 3A
NIM 3312301044
""",
  C("IF3201", "Kecerdasan Buatan"),
  "support: quiz closed early; a class, a lecturer and durations are named but nothing is to be changed")

M("lecturer-video-too-large", "gmail", "alt", "id", "elearning_support",
  ("Ahmad Yani Lubis", "ahmadyani.lubis@polibatam.ac.id"),
  "Gagal upload video ke course Animasi 3D", (2026, 10, 22, 10, 20, 59), 7,
  """Selamat pagi P4M,

Saya mau upload video tutorial rigging (ukuran 250 MB) ke course Animasi 3D (ANM2105) kelas ANM 2A, tapi muncul pesan "The file is too large", batasnya katanya 100 MB. Apakah batas upload bisa dinaikkan, atau sebaiknya saya pakai link YouTube saja?

Terima kasih,
Ahmad Yani Lubis, S.Sn., M.Ds.
Prodi Animasi
""",
  C("ANM2105", "Animasi 3D"),
  "support: upload size limit; sizes and a class named, no course field to change")

M("exchange-student-login", "yahoo", "b64", "en", "elearning_support",
  ("Park Seo-yeon", "seoyeon.park@yahoo.com"),
  "Cannot log in to e-learning", (2026, 10, 28, 18, 45, 31), 7,
  """Dear Helpdesk,

I am an exchange student from Korea in the Business Communication class (ABT1203). Since Monday I cannot log in to learning.polibatam.ac.id. My username is 4312601101 and the page says "Invalid login, please try again". I already reset my password twice with the link sent to my Yahoo e-mail.

My classmate Joaquim can log in normally.

Thank you,
Park Seo-yeon
""",
  C("ABT1203", "Business Communication"),
  "support: login failure; a username and a classmate named")

M("admin-teacher-role-missing", "outlook", "htmlonly", "id", "elearning_support",
  ("Rosmawati Siregar", "admin.akuntansi@polibatam.ac.id"),
  "Dosen tidak bisa masuk course AK3201", (2026, 11, 3, 10, 25, 40), 7,
  """Yth. Tim P4M,

Nama Dr. Hj. Nurhayati Lubis, S.E., M.Ak. sudah tampil sebagai pengampu di course Akuntansi Keuangan Menengah II (AK3201) kelas AK 3 Malam B, terima kasih atas perubahannya. Namun ketika beliau login, course tersebut tidak muncul di dashboard beliau dan beliau tidak bisa mengunggah materi. Apakah peran beliau di course belum diatur sebagai teacher?

Mohon bantuannya.

Salam,
Rosmawati Siregar, A.Md.
Admin Prodi Akuntansi
Ext. 1204
""",
  C("AK3201", "Akuntansi Keuangan Menengah II"),
  "support: the lecturer's displayed name is already right but her role is missing; lecturer and class named, nothing to change in course data",
  enc="b64")

M("lecturer-forum-mail-en", "thunderbird", "plain", "en", "elearning_support",
  ("Reza Alfarizi", "reza.alfarizi@polibatam.ac.id"),
  "Forum notifications not sent in CLOUD-TRPL3", (2026, 11, 6, 15, 40, 2), 7,
  """Hi,

Since the short name of my Cloud Computing course (TRPL3207) was changed to CLOUD-TRPL3 last month (thanks!), students tell me they no longer receive e-mail from the Announcements forum. I posted two notices on 2 November and 4 November; both show up on the course page but nobody got an e-mail. Subscription mode is "Forced subscription".

Is something wrong with the mail queue, or with the course settings?

Regards,
--
Reza Alfarizi, S.Kom., M.Sc.
Software Engineering Technology
Office GU 806 | ext. 2207
""",
  C("TRPL3207", "Cloud Computing"),
  "support: forum mail not delivered; an earlier short-name change and dates are named, nothing to change", enc="7bit")

M("lecturer-import-backup", "roundcube", "qp", "id", "elearning_support",
  ("Bambang Sutrisno", "bambang.s@polibatam.ac.id"),
  "Minta bantuan impor materi Sistem Kendali", (2026, 11, 11, 11, 15, 28), 7,
  """Dengan hormat,

Course Sistem Kendali (MK3105) semester ini masih kosong. Mohon bantuan mengimpor materi dan bank soal dari course tahun lalu yang nama singkatnya MK3105-2025 (dosen waktu itu almarhum Bapak Sudirman). Pengaturan kelas MK 3 Malam dan nama pengampu sudah benar, tidak perlu diubah.

Terima kasih.

Ir. Bambang Sutrisno, M.T.
Teknik Mekatronika
""",
  C("MK3105", "Sistem Kendali"),
  "support: import last year's content; an old short name, a class and a former lecturer named, all stated as not to be changed")

# =================================================================================================================
# near-misses (8): name values, ask no change
# =================================================================================================================

M("student-who-teaches", "android", "alt", "id", "other",
  ("Tiara Anggraini", "tiaraanggr.0502@gmail.com"),
  "dosen Matematika Diskrit", (2026, 10, 8, 20, 10, 44), 7,
  """Kak min mau tanya, course Matematika Diskrit (IF1203) kelas IF 1C di e-learning belum ada nama dosennya. Yang ngajar kita semester ini siapa ya kak? Soalnya kita mau kumpul tugas tapi gatau ke siapa. Kelas IF 1A katanya Pak Yusuf, tapi kita beda dosen.

Makasih kak
Tiara, NIM 3312501088
""",
  C("IF1203", "Matematika Diskrit"),
  "near-miss: a student asks who teaches the course; another class's lecturer named; no change requested")

M("colleague-proposal-wait-meeting", "gmail", "alt", "id", "other",
  ("Maya Sari Dewi", "maya.sari@polibatam.ac.id"),
  "Usulan nama MK Kewirausahaan - belum final", (2026, 10, 23, 9, 45, 17), 7,
  """Selamat pagi,

Sekadar info dulu ya, belum permintaan. Di prodi ada usulan dari Pak Darmawan supaya mata kuliah Kewirausahaan (UM2101) namanya jadi Technopreneurship, dan nama singkatnya TECHNOPRENEUR. Tapi ini baru usulan, masih harus dibahas di rapat prodi tanggal 5 November 2026. Jadi jangan diubah dulu. Kalau sudah diputuskan, saya kirim permintaan resmi.

Terima kasih.

Salam,
Maya Sari Dewi, S.E., M.M.
Sekretaris Prodi Administrasi Bisnis Terapan
""",
  C("UM2101", "Kewirausahaan"),
  "near-miss: a colleague's proposed name and short name, explicitly not a request yet ('jangan diubah dulu')")

M("lecturer-changed-key-herself", "outlook", "alt", "id", "other",
  ("Wahyuni Hasibuan", "wahyuni.hasibuan@polibatam.ac.id"),
  "FYI kode enrol Statistika sudah saya ganti", (2026, 10, 26, 13, 20, 53), 7,
  """Selamat siang,

Sekadar pemberitahuan, kode enrol course Statistika (IF1204) kelas IF 1A sudah saya ganti sendiri menjadi STAT-IF1A-26 lewat menu Edit settings, karena kode lama stat-if1 bocor ke angkatan atas. Jadi tidak perlu ada tindakan dari P4M.

Terima kasih.

Wahyuni Hasibuan, S.Si., M.Stat.
Dosen Statistika, GU 708
""",
  C("IF1204", "Statistika"),
  "near-miss: the lecturer already changed the key herself; 'sudah saya ganti sendiri menjadi <X>' is no request")

M("kurikulum-next-year-dont-change", "thunderbird", "flowed", "id", "other",
  ("Tim Kurikulum TI", "kurikulum.if@polibatam.ac.id"),
  "Rencana perubahan MK Algoritma dan Pemrograman 2027/2028", (2026, 10, 30, 10, 5, 39), 7,
  """Yth. Tim P4M,

Sebagai informasi awal: mulai tahun akademik 2027/2028, mata kuliah Algoritma dan Pemrograman (IF1101) akan berganti nama menjadi Dasar-Dasar Pemrograman dengan bobot 4 SKS (sekarang 3 SKS), sesuai draf kurikulum baru.

Mohon jangan diubah dulu di e-learning. Semester ini dan semester depan masih berjalan dengan nama dan bobot lama. Kami akan mengirim permintaan resmi sekitar Juli 2027.

Terima kasih.

Salam,
--
Tim Kurikulum Prodi Teknik Informatika
a.n. Dr. Siti Aminah Harahap, S.Kom., M.T.
""",
  C("IF1101", "Algoritma dan Pemrograman"),
  "near-miss: next year's name and credits announced with 'jangan diubah dulu'; nothing to change now", enc="8bit")

M("en-key-not-accepted", "gmail", "alt", "en", "elearning_support",
  ("Linda Hasibuan", "linda.hasibuan@polibatam.ac.id"),
  "Enrolment key not accepted - Statistics for Engineers", (2026, 11, 4, 16, 30, 9), 7,
  """Hello,

Thank you for changing the enrolment key of Statistics for Engineers (MS2103) to STAT-ENG-26 at the end of October. Unfortunately several students tell me Moodle answers "Incorrect enrolment key, please try again" when they type it. I tried it myself with a test student account (mhs.uji01) and got the same message. The old key stat2025 doesn't work either, which is expected.

Could you check whether self enrolment is actually enabled for the course?

Best,
Dr. Linda Hasibuan
Mathematics Group, Mechanical Engineering
""",
  C("MS2103", "Statistics for Engineers"),
  "near-miss: an enrolment key that was set does not work; the key is named after 'changing ... to' but nothing new is asked")

M("senior-surat-mengajar", "yahoo", "b64", "id", "document_request",
  ("Sumarno", "sumarno_mtk@yahoo.co.id"),
  "Permohonan surat keterangan mengajar", (2026, 11, 6, 9, 0, 26), 7,
  """Yth. P4M,

Dengan hormat, untuk kelengkapan berkas sertifikasi dosen saya memohon surat keterangan bahwa saya mengampu mata kuliah Matematika Teknik I (MS1101) kelas ME 1A pada semester ganjil 2026/2027 melalui e-learning Polibatam, lengkap dengan jumlah aktivitas dan peserta.

Atas nama: Drs. H. Sumarno, M.Pd.
NIDN 0012036504

Terima kasih.

Hormat saya,
Sumarno
""",
  C("MS1101", "Matematika Teknik I"),
  "near-miss: a teaching certificate naming the course, a class, a semester and the lecturer with titles")

M("malaysia-rps-credit-transfer", "outlook", "alt", "id", "document_request",
  ("Noraini binti Hashim", "noraini.hashim@psp-partner.edu.my"),
  "Permohonan rancangan kursus untuk pemindahan kredit", (2026, 11, 10, 10, 30, 45), 8,
  """Assalamualaikum dan salam sejahtera,

Tuan/Puan,

Pelajar kami, Muhammad Haziq bin Rosli, telah mengikuti kursus Rangkaian Komputer (RKS2101) di Polibatam pada semester ini. Bagi tujuan pemindahan kredit, sila kirimkan rancangan pengajaran kursus (RPS) serta ringkasan jam pembelajaran. Di pihak kami kursus ini bernilai 3 kredit.

Terima kasih banyak-banyak.

Sekian.
Noraini binti Hashim
Penyelaras Program Pertukaran
""",
  C("RKS2101", "Rangkaian Komputer"),
  "near-miss: Malaysian Malay request for a course document (RPS) naming a student and a credit value")

M("filipino-thanks-after-change", "gmail", "reply", "en", "other",
  ("Maria Cristina Dela Cruz", "mcdelacruz@plm-partner.edu.ph"),
  "Re: [P4M #3131] Resolved: course details Logistics Information Systems", (2026, 10, 12, 8, 15, 30), 8,
  """Thank you po! The course page of Logistics Information Systems now shows 3 units and the Ganjil semester. Our students can see it already. God bless your team.

Maria Cristina

On Fri, 9 Oct 2026 at 15:12, Helpdesk P4M <helpdesk-p4m@polibatam.ac.id> wrote:
> Dear Ms. Dela Cruz,
>
> Your request [P4M #3131] has been completed:
> Course: LPI2205 Logistics Information Systems
> - Credits: 3
> - Semester: Ganjil
>
> Please rate our service from 1 (poor) to 5 (excellent) by replying to this e-mail.
>
> Helpdesk P4M Politeknik Negeri Batam
""",
  C(None, "Logistics Information Systems"),
  "near-miss: thanks after a change, repeating the values now shown; the code is only in the quoted resolution, so it is not labelled",
  reply_to="res-3131")


# =================================================================================================================
# rendering
# =================================================================================================================

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
HEX = "0123456789abcdef"
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def tok(seed, n, alphabet=B62):
    """Deterministic token: FNV-1a of the seed, then a linear congruential walk (no randomness)."""
    x = 14695981039346656037
    for b in seed.encode("utf-8"):
        x = ((x ^ b) * 1099511628211) % (1 << 64)
    out = []
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out.append(alphabet[(x >> 33) % len(alphabet)])
    return "".join(out)


def zone(tz):
    h, m = (tz, 0) if isinstance(tz, int) else tz
    return timezone(timedelta(hours=h, minutes=m))


def local_dt(when, tz):
    return datetime(*when, tzinfo=zone(tz))


def date_header(dt, pad=True):
    off = dt.utcoffset()
    mins = int(off.total_seconds()) // 60
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    day = f"{dt.day:02d}" if pad else str(dt.day)
    return (f"{DAYS[dt.weekday()]}, {day} {MONTHS[dt.month - 1]} {dt.year} "
            f"{dt.hour:02d}:{dt.minute:02d}:{dt.second:02d} {sign}{mins // 60:02d}{mins % 60:02d}")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unesc(s):
    for a, b in (("&nbsp;", " "), ("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&#39;", "'"), ("&amp;", "&")):
        s = s.replace(a, b)
    return s


def is_row(line):
    return line.startswith("§")


def cells(line):
    return line[1:].split("§")


def is_numbered(line):
    head = line.split(". ", 1)[0]
    return ". " in line and head.isdigit() and len(head) <= 2


def plain_text(body):
    """What the writer's client puts in text/plain: spreadsheet rows become tab-separated lines."""
    return "\n".join("\t".join(cells(ln)) if is_row(ln) else ln for ln in body.split("\n"))


def flow(text, width=72):
    """RFC 3676 format=flowed: soft breaks end in a space; space-stuff lines that need it."""
    out = []
    for line in text.split("\n"):
        if line == "--":
            out.append("-- ")
            continue
        line = line.rstrip(" ")
        if line.startswith(">"):
            out.append(line)
            continue
        if line.startswith(" ") or line.startswith("From "):
            line = " " + line
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                cut = line.find(" ", width)
                if cut < 0:
                    break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def unflow(text):
    out, cur = [], ""
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]
        if line.endswith(" ") and line != "-- ":
            cur += line
        else:
            out.append(cur + line)
            cur = ""
    if cur:
        out.append(cur)
    return "\n".join(out)


def split_blocks(body):
    """Group consecutive spreadsheet rows into one block; other lines stay single."""
    blocks, rows = [], []
    for ln in body.rstrip("\n").split("\n"):
        if is_row(ln):
            rows.append(cells(ln))
            continue
        if rows:
            blocks.append(("table", rows))
            rows = []
        blocks.append(("line", ln))
    if rows:
        blocks.append(("table", rows))
    return blocks


def split_reply(body):
    """Return (new text, attribution line, quoted lines) for a reply; (body, None, []) otherwise."""
    lines = body.rstrip("\n").split("\n")
    for i in range(len(lines) - 1):
        if (lines[i].endswith("menulis:") or lines[i].endswith("wrote:")) and lines[i + 1].startswith(">"):
            quoted = [q[1:].lstrip(" ") if q.startswith(">") else q for q in lines[i + 1:]]
            return "\n".join(lines[:i]).rstrip("\n"), lines[i], quoted
    return body, None, []


def html_gmail(body, android=False):
    d = "auto" if android else "ltr"
    new, attr, quoted = split_reply(body)
    fwd_at = new.find("---------- Forwarded message ---------")
    fwd = None
    if fwd_at >= 0:
        new, fwd = new[:fwd_at].rstrip("\n"), new[fwd_at:]

    def divs(text):
        out = []
        for kind, item in split_blocks(text):
            if kind == "table":
                rows = "".join(
                    '<tr style="height:15pt">' + "".join(
                        '<td style="padding:0px 5px;font-family:Calibri,sans-serif;font-size:11pt;'
                        f'white-space:nowrap">{esc(c)}</td>' for c in r) + "</tr>\n" for r in item)
                out.append('<table border="0" cellpadding="0" cellspacing="0" style="border-collapse:collapse">'
                           f"<tbody>\n{rows}</tbody></table>")
            elif item == "":
                out.append("<div><br></div>")
            else:
                out.append(f"<div>{esc(item)}</div>")
        return "\n".join(out)

    html = f'<div dir="{d}">' + divs(new) + "</div>\n"
    if fwd is not None:
        head, _, inner = fwd.partition("\n\n")
        hl = head.split("\n")
        attr_html = esc(hl[0]) + "<br>\n"
        for h in hl[1:]:
            key, _, val = h.partition(": ")
            if key in ("Dari", "From") and "<" in val:
                name, _, addr = val.partition(" <")
                attr_html += (f'{key}: <strong class="gmail_sendername" dir="auto">{esc(name)}</strong> '
                              f'<span dir="auto">&lt;{esc(addr.rstrip(">"))}&gt;</span><br>\n')
            else:
                attr_html += esc(h) + "<br>\n"
        html = (html[:-len("</div>\n")] + '<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
                + attr_html + '</div><br><br><div dir="ltr">' + divs(inner.strip("\n")) + "</div></div></div>\n")
    if attr:
        html += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + esc(attr) + "<br></div>"
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                 'rgb(204,204,204);padding-left:1ex">' + "<br>\n".join(esc(q) for q in quoted) + "</blockquote></div>\n")
    return html


def html_outlook(body):
    paras = []
    blocks = split_blocks(body)
    for n, (kind, item) in enumerate(blocks):
        if kind == "table":
            rows = []
            for r, row in enumerate(item):
                tds = []
                for c in row:
                    text = f'<span lang="IN">{esc(c)}</span>'
                    if r == 0 and len(row) > 2:  # a header row; a two-column form has none
                        text = f"<b>{text}</b>"
                    tds.append('<td width="200" valign="top" style="width:150.0pt;border:solid windowtext 1.0pt;'
                               f'padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">{text}</p></td>')
                rows.append("<tr>" + "".join(tds) + "</tr>")
            paras.append('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                         'style="border-collapse:collapse;border:none">\n' + "\n".join(rows) + "\n</table>")
        elif item == "":
            paras.append('<p class="MsoNormal"><span lang="IN">&nbsp;</span></p>')
        elif is_numbered(item):
            num, _, text = item.partition(". ")
            prev_num = n > 0 and blocks[n - 1][0] == "line" and is_numbered(blocks[n - 1][1])
            next_num = n + 1 < len(blocks) and blocks[n + 1][0] == "line" and is_numbered(blocks[n + 1][1])
            cls = ("MsoListParagraphCxSpMiddle" if prev_num and next_num else
                   "MsoListParagraphCxSpLast" if prev_num else
                   "MsoListParagraphCxSpFirst" if next_num else "MsoListParagraph")
            paras.append(f'<p class="{cls}" style="margin-left:18.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1">'
                         f'<![if !supportLists]><span lang="IN">{num}.<span style="font:7.0pt &quot;Times New '
                         'Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>'
                         f'<span lang="IN">{esc(text)}</span></p>')
        else:
            paras.append(f'<p class="MsoNormal"><span lang="IN">{esc(item)}</span></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",'
            'sans-serif;}\np.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph\n\t{margin-top:0cm;\n\t'
            'margin-right:0cm;\n\tmargin-bottom:0cm;\n\tmargin-left:36.0pt;\n\tfont-size:11.0pt;\n\tfont-family:'
            '"Calibri",sans-serif;}\n--></style>\n</head>\n<body lang="EN-ID" link="#0563C1" vlink="#954F72" '
            'style="word-wrap:break-word">\n<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def html_yahoo(body):
    lines = body.rstrip("\n").split("\n")
    inner = "".join('<div dir="ltr" data-setdir="false"><br></div>' if not ln else
                    f'<div dir="ltr" data-setdir="false">{esc(ln)}</div>' for ln in lines)
    return ('<html><head></head><body><div class="yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
            f'Arial, sans-serif;font-size:13px;">{inner}</div></body></html>\n')


def encode(text, cte):
    data = text.encode("utf-8")
    if cte == "quoted-printable":
        out = quoprimime.body_encode(data.decode("latin-1"), 76)
    elif cte == "base64":
        out = base64mime.body_encode(data, 76)
    elif cte == "7bit":
        out = data.decode("ascii")
    else:
        out = data.decode("ascii", "surrogateescape")
    return out if out.endswith("\n") else out + "\n"


def leaf(ctype, text, cte):
    if cte == "8bit" and text.isascii():
        cte = "7bit"
    p = MIMEPart(policy=BUILD)
    p["Content-Type"] = ctype
    p["Content-Transfer-Encoding"] = cte
    p.set_payload(encode(text, cte))
    return p


CTE = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def message_id(client, seed, domain, dt):
    if client in ("gmail", "android"):
        return f"<CA{tok(seed, 44)}@mail.gmail.com>"
    if client == "outlook":
        box = tok(seed + "box", 4, "0123456789")
        return f"<SEZPR06MB{box}{tok(seed, 32, HEX).upper()}@SEZPR06MB{box}.apcprd06.prod.outlook.com>"
    if client in ("iphone", "thunderbird"):
        u = tok(seed, 32, HEX)
        u = f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"
        return f"<{u.upper() if client == 'iphone' else u}@{domain}>"
    if client == "roundcube":
        return f"<{tok(seed, 32, HEX)}@polibatam.ac.id>"
    if client == "yahoo":
        return (f"<{tok(seed, 10, '0123456789')}.{tok(seed + 'y', 7, '0123456789')}."
                f"{int(dt.timestamp()) * 1000 + int(tok(seed + 'ms', 3, '0123456789'))}@mail.yahoo.com>")
    raise ValueError(client)


def helpdesk_ref(name):
    return f"<{name}.{tok(name, 12, HEX)}@polibatam.ac.id>"


def build(spec, seed, client=None, to=None):
    """Render one mail to an EmailMessage; headers in the order the client writes them."""
    client = client or spec["client"]
    quirk, enc = spec["quirk"], spec.get("enc", "qp")
    dt = local_dt(spec["when"], spec["tz"])
    name, addr = spec["sender"]
    domain = addr.split("@")[1]
    frm = formataddr((name, addr))
    to = to or (HELPDESK if client in ("gmail", "android", "iphone", "yahoo") else f"{HELPDESK_NAME} <{HELPDESK}>")
    mid = message_id(client, seed, domain, dt)
    subject = spec["subject"]
    body = spec["body"]
    ref = helpdesk_ref(spec["reply_to"]) if spec.get("reply_to") else None

    msg = EmailMessage(policy=BUILD)
    if client in ("gmail", "android"):
        msg["MIME-Version"] = "1.0"
        if ref:
            msg["References"] = ref
            msg["In-Reply-To"] = ref
        msg["From"] = frm
        msg["Date"] = date_header(dt, pad=False)
        msg["Message-ID"] = mid
        msg["Subject"] = subject
        msg["To"] = to
        boundary = "0000000000" + tok(seed + "b", 18, HEX)
        msg["Content-Type"] = f'multipart/alternative; boundary="{boundary}"'
        msg.attach(leaf('text/plain; charset="UTF-8"', plain_text(body), "quoted-printable"))
        msg.attach(leaf('text/html; charset="UTF-8"', html_gmail(body, client == "android"), "quoted-printable"))
    elif client == "outlook":
        msg["From"] = frm
        msg["To"] = to
        msg["Subject"] = subject
        msg["Thread-Topic"] = subject.split(": ", 1)[-1] if subject.startswith(("Re: ", "RE: ")) else subject
        msg["Thread-Index"] = "Ad" + tok(seed + "ti", 30) + "=="
        msg["Date"] = date_header(dt)
        msg["Message-ID"] = mid
        if ref:
            msg["References"] = ref
            msg["In-Reply-To"] = ref
        msg["Accept-Language"] = "en-US, id-ID" if spec["lang"] == "en" else "id-ID, en-US"
        msg["Content-Language"] = "en-US" if spec["lang"] == "en" else ("ms-MY" if domain.endswith(".my") else "id-ID")
        msg["X-MS-Has-Attach"] = ""
        msg["X-MS-TNEF-Correlator"] = ""
        if quirk == "htmlonly":
            msg["Content-Type"] = 'text/html; charset="utf-8"'
            msg["Content-Transfer-Encoding"] = CTE[enc]
            msg.set_payload(encode(html_outlook(body), CTE[enc]))
        else:
            boundary = "_000_" + tok(seed + "b", 40, HEX).upper() + "_"
            msg["Content-Type"] = f'multipart/alternative; boundary="{boundary}"'
            msg.attach(leaf('text/plain; charset="utf-8"', plain_text(body), "quoted-printable"))
            msg.attach(leaf('text/html; charset="utf-8"', html_outlook(body), "quoted-printable"))
        msg["MIME-Version"] = "1.0"
    elif client == "iphone":
        msg["Content-Type"] = "text/plain; charset=utf-8"
        msg["Content-Transfer-Encoding"] = "quoted-printable"
        msg["From"] = frm
        msg["Mime-Version"] = "1.0 (1.0)"
        msg["Date"] = date_header(dt, pad=False)
        msg["Subject"] = subject
        msg["Message-Id"] = mid
        msg["To"] = to
        msg["X-Mailer"] = "iPhone Mail (22B91)"
        msg.set_payload(encode(body, "quoted-printable"))
    elif client == "thunderbird":
        msg["Message-ID"] = mid
        msg["Date"] = date_header(dt, pad=False)
        msg["MIME-Version"] = "1.0"
        msg["User-Agent"] = "Mozilla Thunderbird"
        msg["Content-Language"] = "en-US" if spec["lang"] == "en" else "id"
        msg["To"] = to
        msg["From"] = frm
        msg["Subject"] = subject
        text = flow(body) if quirk in ("flowed", "rfc822") else body.replace("\n--\n", "\n-- \n")
        params = "; format=flowed" if quirk in ("flowed", "rfc822") else ""
        cs = "UTF-8"
        if quirk == "rfc822":
            inner = build(spec["inner"] | {"quirk": "alt", "lang": spec["lang"]}, seed + "inner", client="gmail",
                          to=spec["inner"]["to"])
            boundary = "------------" + tok(seed + "b", 24, B62)
            msg["Content-Type"] = f'multipart/mixed; boundary="{boundary}"'
            msg.attach(leaf(f"text/plain; charset={cs}{params}", text, "8bit"))
            att = MIMEPart(policy=BUILD)
            fname = spec["inner"]["subject"] + ".eml"
            att["Content-Type"] = f'message/rfc822; name="{fname}"'
            att["Content-Disposition"] = f'attachment; filename="{fname}"'
            att.set_payload([inner])
            msg.attach(att)
        else:
            cte = CTE[enc]
            if cte == "8bit" and text.isascii():
                cte = "7bit"
            msg["Content-Type"] = f"text/plain; charset={cs}{params}"
            msg["Content-Transfer-Encoding"] = cte
            msg.set_payload(encode(text, cte))
    elif client == "roundcube":
        msg["MIME-Version"] = "1.0"
        msg["Date"] = date_header(dt)
        msg["From"] = frm
        msg["To"] = to
        msg["Subject"] = subject
        msg["Message-ID"] = mid
        msg["X-Sender"] = addr
        msg["User-Agent"] = "Roundcube Webmail/1.6.9"
        msg["Content-Type"] = "text/plain; charset=UTF-8; format=flowed"
        msg["Content-Transfer-Encoding"] = CTE[enc]
        msg.set_payload(encode(flow(body), CTE[enc]))
    elif client == "yahoo":
        msg["Date"] = date_header(dt)
        msg["From"] = frm
        msg["To"] = to
        msg["Message-ID"] = mid
        msg["Subject"] = subject
        msg["MIME-Version"] = "1.0"
        boundary = "----=_Part_" + tok(seed + "b", 7, "0123456789") + "_" + tok(seed + "c", 9, "0123456789") + "." + \
            str(int(dt.timestamp()) * 1000)
        msg["Content-Type"] = f'multipart/alternative; boundary="{boundary}"'
        msg.attach(leaf("text/plain; charset=UTF-8", body, "base64"))
        msg.attach(leaf("text/html; charset=UTF-8", html_yahoo(body), "base64"))
        msg["X-Mailer"] = "WebService/1.1.22806 YMailNorrin"
    else:
        raise ValueError(client)
    return msg


# =================================================================================================================
# checks and output
# =================================================================================================================

def norm(s):
    return " ".join(s.replace("\u00a0", " ").split())


def strip_tags(s):
    out, intag = [], False
    for ch in s:
        if ch == "<":
            intag = True
            out.append(" ")
        elif ch == ">" and intag:
            intag = False
        elif not intag:
            out.append(ch)
    return unesc("".join(out))


def readable_parts(msg):
    """Decoded text of every non-empty text part, as a reader sees it (flowed joined, HTML without tags)."""
    out = []
    for p in msg.walk():
        assert not p.defects, p.defects
        if p.get_content_maintype() != "text":
            continue
        t = p.get_content()
        if p.get_content_subtype() == "html":
            t = strip_tags(t)
        elif p.get_param("format") == "flowed":
            t = unflow(t)
        if t.strip():
            out.append((p.get_content_type(), norm(t)))
    return out


def count(items):
    c = {}
    for i in items:
        c[i] = c.get(i, 0) + 1
    return dict(sorted(c.items()))


def main():
    order = sorted(range(len(SPECS)), key=lambda i: (local_dt(SPECS[i]["when"], SPECS[i]["tz"]).astimezone(timezone.utc),
                                                        SPECS[i]["slug"]))
    files, labels, mids = {}, {}, set()
    for n, i in enumerate(order, 1):
        s = SPECS[i]
        fname = f"{n:03d}-{s['client']}-{s['quirk']}-{s['slug']}.eml"
        raw = build(s, f"tune38/{s['slug']}").as_bytes(policy=BUILD)
        msg = message_from_bytes(raw, policy=POLICY)
        assert not msg.defects, (fname, msg.defects)
        assert HELPDESK in str(msg["To"]), fname
        mid = str(msg["Message-ID"]).strip()
        assert mid.startswith("<") and mid not in mids, fname
        mids.add(mid)
        dt = msg["Date"].datetime
        assert dt.tzinfo is not None and dt.utcoffset() == local_dt(s["when"], s["tz"]).utcoffset(), fname
        assert (dt.year, dt.month) in ((2026, 10), (2026, 11)), fname
        assert str(msg["Date"]).split(",")[0] == DAYS[dt.weekday()], fname
        target = msg
        if s["quirk"] == "rfc822":
            att = [p for p in msg.walk() if p.get_content_type() == "message/rfc822"]
            assert len(att) == 1, fname
            target = att[0].get_payload()[0]
        parts = readable_parts(target)
        assert parts, fname
        f = {k: v for k, v in s["fields"].items() if not k.startswith("_")}
        shown = []  # strings that must appear in every readable part
        if s["type"] == "course_data":
            assert set(f) == {"course_code", "course_name", "changes"}, fname
            for field, value in f["changes"].items():
                assert field in FIELDS, (fname, field)
                assert value == value.strip() and value[-1] not in ",;", (fname, value)
                shown.append(value)
            if s["fields"].get("_missing"):
                assert s["fields"]["_missing"] not in f["changes"], fname
        elif s["type"] == "announcement":
            assert f["scope"] in ("course", "site"), fname
            assert (f["scope"] == "course") == ("course_code" in f), fname
            pub = datetime.fromisoformat(f["publish_at"])
            assert pub.tzinfo is not None and pub > dt, (fname, pub, dt)
            shown.append(f["title"])
        else:
            assert s["type"] in ("other", "elearning_support", "document_request"), fname
            assert "changes" not in f, fname
        shown += [v for k, v in f.items() if k in ("course_code", "course_name") and v]
        values = {norm(v) for v in f.get("changes", {}).values()}
        for d in s["decoys"]:
            assert norm(d) not in values, (fname, "decoy equals a value", d)
            shown.append(d)
        for ct, text in parts:
            for v in shown:
                assert norm(v) in text, (fname, ct, v)
        assert s["lang"] in ("id", "en", "mixed"), fname
        files[fname] = raw
        labels[fname] = {"type": s["type"], "lang": s["lang"], "fields": f, "note": s["note"]}

    # the plan
    types = count(v["type"] for v in labels.values())
    langs = count(v["lang"] for v in labels.values())
    clients = count(s["client"] + "/" + s["quirk"] for s in SPECS)
    cd = [v for v in labels.values() if v["type"] == "course_data"]
    per_field = count(k for v in cd for k in v["fields"]["changes"])
    multi = sum(1 for v in cd if len(v["fields"]["changes"]) >= 2)
    missing = sum(1 for s in SPECS if s["fields"].get("_missing"))
    assert len(labels) == 60, len(labels)
    assert types == {"announcement": 6, "course_data": 40, "document_request": 2, "elearning_support": 7,
                     "other": 5}, types
    assert langs == {"en": 15, "id": 39, "mixed": 6}, langs
    assert per_field == {"class": 8, "credits": 5, "enrolment_key": 6, "fullname": 9, "lecturer": 12,
                         "semester": 5, "shortname": 6, "summary": 5}, per_field
    assert multi == 14 and missing == 5, (multi, missing)

    for fname, raw in files.items():
        with open(f"{OUT}/{fname}", "wb") as fh:
            fh.write(raw)
    with open(f"{OUT}/labels.json", "w", encoding="utf-8") as fh:
        fh.write(json.dumps(labels, ensure_ascii=False, indent=2) + "\n")
    print(f"wrote {len(files)} mails")
    print(f"types {types}\nlangs {langs}\nfields {per_field} ({sum(per_field.values())} values); "
          f"{multi} mails with 2-3 changes; {missing} with a value still to come\nclients {clients}")


if __name__ == "__main__":
    main()

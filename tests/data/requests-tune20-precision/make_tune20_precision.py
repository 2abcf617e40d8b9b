#!/usr/bin/env python3
"""Generate the twentieth P4M helpdesk TUNING corpus, about wrong change values and full names (labelled requests).

Written blind (no held-out mail read), in two batches, for the kinds of value a reader may claim wrongly: where a
value ends (a reason, a date, a particle "ya/nggih/dong/deh/pak/bu", an emoji, a bracketed remark, a second
sentence without its full stop, "dst", a line break into the signature), a value with a dot of its own ("Prof. Dr.",
"Kep. Riau"), values in typographic quotes („ “ « ‘ ') and in capitals, a correction mail whose earlier value is
quoted below it, a value someone else proposed and nobody agreed, two alternatives, a change told through what the
e-learning still shows, a new full name only in the subject, a new description and where it ends. Near-misses that
must not be read: the old value taken for the new, a value in a quoted earlier mail the writer withdraws.

Voices no corpus had: a Batak senior lecturer, a Sundanese lab assistant, a German guest lecturer, a librarian, a
quality-assurance auditor, a part-time practitioner lecturer, a student class leader on a phone, a Bugis
administrator, a French-speaking exchange coordinator.
The message engine is the first tuning corpus's generator (../requests-tune/make_tune.py).
Run:  python3 make_tune20_precision.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
M = E.M
DESK = "Helpdesk P4M <helpdesk.p4m@polibatam.ac.id>"


def cd(code=None, name=None, **changes):
    fields = {}
    if code:
        fields["course_code"] = code
    if name:
        fields["course_name"] = name
    if changes:
        fields["changes"] = changes
    return fields


def quoted(text):
    return "".join(("> " + line).rstrip() + "\n" for line in text.splitlines())


# ================================================================ batch 1

# ---------------------------------------------------------------- where a value ends

M("dong-lalu-keluhan-setelah-nama", "2027-09-06 07:40:00",
  ("Rizky Maulana", "rizky.maulana@students.polibatam.ac.id"),
  "nama mk statika",
  """kak nama MK Statika (TS1102) di elearning ganti jadi Statika dan Dinamika Struktur dong, soalnya di KRS udah beda
""", "course_data", "id",
  cd("TS1102", "Statika", fullname="Statika dan Dinamika Struktur"), client="android")

M("en-key-then-deadline-date", "2027-09-06 08:55:00",
  ("Annika Vogel", "annika.vogel@polibatam.ac.id"),
  "Enrolment key Marine Biology",
  """Dear P4M,

Please set the enrolment key of Marine Biology (BK2301) to Coral-Reef27 by 14 September, when the first cohort arrives.

Mit freundlichen Grüßen / kind regards,
Annika Vogel
Guest Lecturer
""", "course_data", "en", cd("BK2301", "Marine Biology", enrolment_key="Coral-Reef27"), client="thunderbird")

M("nama-baru-lalu-emoji-doa", "2027-09-06 10:10:00",
  ("Putri Ayuningtyas", "putri.ayu@students.polibatam.ac.id"),
  "tolong min",
  """min nama course Teknik Pengelasan (MS2105) tolong diganti Teknik Pengelasan Lanjut 🙏🙏 makasih
""", "course_data", "id",
  cd("MS2105", "Teknik Pengelasan", fullname="Teknik Pengelasan Lanjut"), client="iphone")

M("singkatan-lalu-kurung-huruf-besar", "2027-09-06 13:30:00",
  ("Asep Saepudin", "asep.saepudin@polibatam.ac.id"),
  "Short name Robotika",
  """Punten Bapak/Ibu,

Short name course Robotika Industri (MK3308) mohon diganti menjadi RO3-PAGI (huruf besar semua, mangga dicek) supaya tidak tertukar dengan kelas malam.

Hatur nuhun,
Asep Saepudin
Asisten Lab Robotika
""", "course_data", "id",
  cd("MK3308", "Robotika Industri", shortname="RO3-PAGI"), client="gmail")

M("nama-baru-lalu-kalimat-tanpa-titik", "2027-09-07 07:15:00",
  ("Dimas Anggara", "dimas.anggara@students.polibatam.ac.id"),
  "ganti nama mk",
  """Pagi pak, nama mk Fisika Terapan (TM1101) tolong diubah ke Fisika Teknik Mahasiswa baru pada bingung pak
""", "course_data", "id", cd("TM1101", "Fisika Terapan"), client="android",
  note="Near-miss: the next sentence starts without a full stop; the boundary is in doubt, nothing is claimed.")

M("singkatan-lalu-dst", "2027-09-07 09:20:00",
  ("Hotma Sitompul", "hotma.sitompul@polibatam.ac.id"),
  "Penyesuaian course Kimia Organik",
  """Horas Bapak/Ibu,

Untuk course Kimia Organik (KI2203) mohon short name diganti menjadi KIMOR-2A dst. sesuai format prodi yang baru.

Mauliate,
Dr. Hotma Sitompul, M.Si.
""", "course_data", "id",
  cd("KI2203", "Kimia Organik", shortname="KIMOR-2A"), client="outlook")

M("nama-baru-baris-lalu-tanda-tangan", "2027-09-07 11:45:00",
  ("Hendra Gunawan", "hendra.gunawan@polibatam.ac.id"),
  "nama course",
  """tolong ganti nama course Basis Data Lanjut (IF3204) menjadi
Basis Data Terdistribusi
Hendra Gunawan
Dosen Teknik Informatika
""", "course_data", "id",
  cd("IF3204", "Basis Data Lanjut", fullname="Basis Data Terdistribusi"), client="iphone")

# ---------------------------------------------------------------- a value with a dot of its own

M("dosen-prof-dr-lalu-karena", "2027-09-08 08:05:00",
  ("Tiurma Simanjuntak", "tiurma.s@polibatam.ac.id"),
  "Pengampu Metalurgi Fisik",
  """Yth. Tim P4M,

Dosen pengampu Metalurgi Fisik (MS3201) mohon diganti menjadi Prof. Dr. Ir. Bambang Sutejo, M.Sc. karena beliau ditugaskan sebagai dosen tamu semester ini.

Salam hormat,
Tiurma Simanjuntak
Koordinator Prodi Teknik Mesin
""", "course_data", "id",
  cd("MS3201", "Metalurgi Fisik", lecturer="Prof. Dr. Ir. Bambang Sutejo, M.Sc."), client="outlook")

M("nama-baru-singkatan-kep-riau", "2027-09-08 10:30:00",
  ("Andi Tenri Ajeng", "andi.tenri@polibatam.ac.id"),
  "Nama MK Budaya Melayu",
  """Assalamualaikum,

Mohon nama mata kuliah Budaya Melayu (UM1102) diubah menjadi Budaya Melayu Kep. Riau agar sesuai dengan RPS terbaru.

Wassalam,
Andi Tenri Ajeng
Bagian Akademik
""", "course_data", "id",
  cd("UM1102", "Budaya Melayu", fullname="Budaya Melayu Kep. Riau"), client="gmail")

# ---------------------------------------------------------------- typographic quotes and capitals

M("en-german-low-high-quotes", "2027-09-08 13:10:00",
  ("Jonas Hoffmann", "jonas.hoffmann@polibatam.ac.id"),
  "Course title",
  """Dear colleagues,

please rename the course Production Engineering (ME3302) to „Production Engineering and Automation“ – the German partner school uses this title in the double-degree agreement.

Best wishes,
Jonas Hoffmann
""", "course_data", "en",
  cd("ME3302", "Production Engineering", fullname="Production Engineering and Automation"), client="thunderbird")

M("guillemet-nama-baru", "2027-09-09 08:25:00",
  ("Camille Dubois", "camille.dubois@polibatam.ac.id"),
  "Nama course Manajemen Proyek",
  """Bonjour / Selamat pagi,

Mohon nama course Manajemen Proyek (TS3306) diganti menjadi «Manajemen Proyek Konstruksi» untuk program pertukaran tahun ini.

Merci, terima kasih,
Camille Dubois
Kantor Urusan Internasional
""", "course_data", "id",
  cd("TS3306", "Manajemen Proyek", fullname="Manajemen Proyek Konstruksi"), client="outlook")

M("kutip-tunggal-lengkung-nama", "2027-09-09 10:40:00",
  ("Ratna Sari Dewi", "ratna.dewi@polibatam.ac.id"),
  "Perubahan nama MK AK3204",
  """Selamat siang,

Nama MK Akuntansi Pemerintahan (AK3204) mohon diperbarui menjadi ‘Akuntansi Sektor Publik’, sesuai surat Kaprodi.

Terima kasih,
Ratna
""", "course_data", "id",
  cd("AK3204", "Akuntansi Pemerintahan", fullname="Akuntansi Sektor Publik"), client="iphone")

M("kutip-tunggal-lurus-singkatan-nya", "2027-09-09 14:00:00",
  ("Bayu Kurniawan", "bayu.k@students.polibatam.ac.id"),
  "short name aksp",
  """permisi bu, short name nya tolong jadi 'AKSP-2B' nya bu, biar sama kayak di siakad
""", "course_data", "id", cd(shortname="AKSP-2B"), client="android")

M("huruf-kapital-semua-sesuai-kurikulum", "2027-09-10 07:55:00",
  ("TATA USAHA JURUSAN MB", "tu.manajemen@polibatam.ac.id"),
  "PERUBAHAN NAMA MATA KULIAH",
  """KEPADA YTH. TIM P4M

MOHON NAMA MATA KULIAH PENGANTAR EKONOMI (MB1101) DIUBAH MENJADI EKONOMI MIKRO TERAPAN TERIMA KASIH

TATA USAHA JURUSAN MANAJEMEN BISNIS
""", "course_data", "id",
  cd("MB1101", "PENGANTAR EKONOMI", fullname="EKONOMI MIKRO TERAPAN"), client="outlook")

# ---------------------------------------------------------------- a correction whose earlier value is quoted below

EARLIER_GEO = """Yth. Tim P4M,

Mohon short name course Geodesi (TS2207) diubah menjadi GEO-3A.

Terima kasih,
Lukas Panjaitan
"""

M("ralat-singkatan-email-sebelumnya-dikutip", "2027-09-10 09:35:00",
  ("Lukas Panjaitan", "lukas.panjaitan@polibatam.ac.id"),
  "Ralat: short name Geodesi",
  """Ralat Bapak/Ibu, short name yang benar GEO-3B, bukan seperti di email saya sebelumnya. Mohon maaf merepotkan.

Lukas

Pada Sen, 6 Sep 2027 pukul 09.10 Lukas Panjaitan <lukas.panjaitan@polibatam.ac.id> menulis:
""" + quoted(EARLIER_GEO), "course_data", "id",
  cd("TS2207", "Geodesi", shortname="GEO-3B"), client="gmail",
  note="A correction: the value in the quoted earlier mail is withdrawn.")

EARLIER_THERMO = """Dear P4M team,

Please rename Thermodynamics (ME2106) to Thermodynamics II.

Regards,
Oliver Bennett
"""

M("en-correction-earlier-title-quoted", "2027-09-10 11:20:00",
  ("Oliver Bennett", "oliver.bennett@polibatam.ac.id"),
  "RE: Rename Thermodynamics",
  """Sorry, a correction to my message below: the new title should be Applied Thermodynamics. Please ignore the earlier one.

Oliver

-----Original Message-----
From: Oliver Bennett <oliver.bennett@polibatam.ac.id>
Sent: Monday, 6 September 2027 14:02
To: """ + DESK + """
Subject: Rename Thermodynamics

""" + EARLIER_THERMO, "course_data", "en",
  cd("ME2106", "Thermodynamics", fullname="Applied Thermodynamics"), client="outlook")

# ---------------------------------------------------------------- someone else's proposal, alternatives, answers

M("usulan-rekan-belum-disetujui", "2027-09-13 08:10:00",
  ("Nurhayati Lubis", "nurhayati.lubis@polibatam.ac.id"),
  "Course Logistik",
  """Bapak/Ibu P4M,

Untuk course Manajemen Logistik (LG2202), Pak Joko sempat mengusulkan nama baru Logistik Halal dan Rantai Pasok, tetapi usulan itu belum disetujui rapat prodi. Jadi nama course mohon jangan diubah dulu. Yang perlu diubah sekarang hanya enrolment key menjadi Logis-2027.

Terima kasih,
Nurhayati Lubis
""", "course_data", "id",
  cd("LG2202", "Manajemen Logistik", enrolment_key="Logis-2027"), client="gmail",
  note="Near-miss: the new name is someone else's proposal that was not agreed.")

M("dua-alternatif-mana-yang-bisa", "2027-09-13 10:00:00",
  ("Yohanes Manurung", "yohanes.m@polibatam.ac.id"),
  "short name PKN",
  """Siang P4M,

Short name course Pendidikan Kewarganegaraan (UM1204) boleh diganti PKN-1 ataupun PKN-A, mana yang tersedia saja di sistem.

Yohanes
""", "course_data", "id", cd("UM1204", "Pendidikan Kewarganegaraan"), client="iphone",
  note="Near-miss: two alternatives; nothing is claimed.")

M("balasan-ya-yang-itu", "2027-09-13 13:40:00",
  ("Siti Khadijah", "siti.khadijah@polibatam.ac.id"),
  "Re: [P4M #2871] Nama course Etika Profesi",
  """Ya, yang itu Pak.

Pada Sen, 13 Sep 2027 pukul 11.02 """ + DESK + """ menulis:
> Yth. Ibu Siti Khadijah,
>
> Apakah maksud Ibu nama baru course Etika Profesi (UM2301) adalah "Etika Profesi dan Hukum Siber"?
>
> Salam,
> Helpdesk P4M
""", "course_data", "id",
  cd("UM2301", "Etika Profesi", fullname="Etika Profesi dan Hukum Siber"), client="gmail",
  reply="<tkt-2027-2871.ask@helpdesk.polibatam.ac.id>",
  note="A reply that only agrees; the value is in the desk's quoted question.")

# ---------------------------------------------------------------- a change told indirectly; a name only in the subject

M("masih-tertulis-padahal-kurikulum-baru", "2027-09-14 08:30:00",
  ("Wahyu Hidayat", "wahyu.hidayat@polibatam.ac.id"),
  "Nama course EL2208",
  """Dengan hormat,

Di e-learning course EL2208 masih tertulis Teknik Tenaga Listrik, padahal di kurikulum baru namanya sudah Sistem Tenaga Listrik. Mohon disesuaikan.

Hormat saya,
Wahyu Hidayat
""", "course_data", "id",
  cd("EL2208", "Teknik Tenaga Listrik", fullname="Sistem Tenaga Listrik"), client="outlook")

M("nama-baru-hanya-di-subjek", "2027-09-14 10:15:00",
  ("Agustina Br Ginting", "agustina.ginting@polibatam.ac.id"),
  "Ganti nama MK EL2104 menjadi Elektronika Daya Terapan",
  """Mohon bantuannya sesuai subjek ya Pak/Bu.

Terima kasih,
Agustina
""", "course_data", "id", cd("EL2104", fullname="Elektronika Daya Terapan"), client="gmail")

# ---------------------------------------------------------------- a new description and where it ends

M("deskripsi-lalu-kalimat-berlaku-mulai", "2027-09-14 13:20:00",
  ("Perpustakaan Polibatam", "perpustakaan@polibatam.ac.id"),
  "Deskripsi course Literasi Informasi",
  """Yth. Tim P4M,

Mohon deskripsi course Literasi Informasi (UM1105) diganti dengan teks berikut:

Mata kuliah ini melatih mahasiswa menelusuri, menilai dan mengutip sumber ilmiah secara etis, termasuk memakai basis data jurnal yang dilanggan perpustakaan.

Perubahan ini berlaku mulai semester ganjil 2027/2028.

Salam,
Perpustakaan Polibatam
""", "course_data", "id",
  cd("UM1105", "Literasi Informasi",
     summary="Mata kuliah ini melatih mahasiswa menelusuri, menilai dan mengutip sumber ilmiah secara etis, "
     "termasuk memakai basis data jurnal yang dilanggan perpustakaan."), client="outlook")

# ---------------------------------------------------------------- near-misses: the old value taken for the new

M("nama-lama-disebut-sesudahnya", "2027-09-15 08:00:00",
  ("Fransiska Tamba", "fransiska.tamba@polibatam.ac.id"),
  "Nama course IF2301",
  """Bapak/Ibu,

Mohon nama course IF2301 diubah menjadi Rekayasa Perangkat Lunak. Nama lama, Analisis dan Desain Sistem, sudah tidak dipakai sejak kurikulum 2026.

Terima kasih,
Fransiska
""", "course_data", "id", cd("IF2301", "Analisis dan Desain Sistem", fullname="Rekayasa Perangkat Lunak"),
  client="gmail")

M("en-old-key-said-last", "2027-09-15 09:45:00",
  ("Grace Villanueva", "grace.villanueva@polibatam.ac.id"),
  "Key for Hospitality English",
  """Hi P4M,

The enrolment key for Hospitality English (BI2202) needs to become Welcome-Batam27; the current one, Hotel2026, has been shared on social media.

Thanks po,
Grace
""", "course_data", "en",
  cd("BI2202", "Hospitality English", enrolment_key="Welcome-Batam27"), client="gmail")

M("audit-mutu-nama-lama-setelah-dari", "2027-09-15 11:30:00",
  ("Tim Audit Mutu Internal", "ami@polibatam.ac.id"),
  "Temuan AMI: nama course tidak sesuai",
  """Kepada Yth. P4M,

Dalam audit mutu internal ditemukan bahwa course MK2210 di e-learning masih bernama Gambar Teknik Manual. Nama yang benar menurut kurikulum adalah Gambar Teknik Berbantuan Komputer. Mohon diperbaiki sebelum visitasi.

Tim AMI
""", "course_data", "id",
  cd("MK2210", "Gambar Teknik Manual", fullname="Gambar Teknik Berbantuan Komputer"), client="outlook")

M("praktisi-nama-baru-tanggal-berlaku", "2027-09-15 14:10:00",
  ("Benny Tanoto", "benny.tanoto@gmail.com"),
  "Nama kelas e-learning",
  """Sore Mas/Mbak P4M,

Saya dosen praktisi untuk Kewirausahaan Digital (MB3310). Nama course-nya tolong diganti jadi Bisnis Digital dan Startup per 1 Oktober 2027 ya mas.

Thanks,
Benny
""", "course_data", "id",
  cd("MB3310", "Kewirausahaan Digital", fullname="Bisnis Digital dan Startup"), client="iphone")


# ================================================================ batch 2 (written after batch 1's rules, scored before any further rule)

M("dosen-nggih-suwun-setelah-gelar", "2027-10-04 07:30:00",
  ("Sugeng Riyadi", "sugeng.riyadi@polibatam.ac.id"),
  "Dosen Akuntansi Biaya",
  """Sugeng enjing Bapak/Ibu,

Dosen pengampu Akuntansi Biaya (AK2306) kagem semester puniki mohon diganti Dr. Ratih Purnamasari, M.Ak. nggih, suwun sanget.

Sugeng Riyadi
""", "course_data", "id",
  cd("AK2306", "Akuntansi Biaya", lecturer="Dr. Ratih Purnamasari, M.Ak."), client="gmail")

M("en-rename-then-bracketed-remark", "2027-10-04 09:10:00",
  ("Siobhan Murphy", "siobhan.murphy@polibatam.ac.id"),
  "Course rename TS4102",
  """Hello,

Could you rename Port Structures (TS4102) to Coastal and Port Engineering (the title used in our MoU with the Rotterdam partner)? Students will see it from week 1.

Thank you,
Siobhan
""", "course_data", "en",
  cd("TS4102", "Port Structures", fullname="Coastal and Port Engineering"), client="outlook")

M("kunci-baris-sendiri-lalu-nama-tanpa-penutup", "2027-10-04 11:00:00",
  ("Rahmat Hidayatullah", "rahmat.h@polibatam.ac.id"),
  "enrol key",
  """Mohon key enrol Navigasi Kapal (NK2201) diganti, key baru:
Berlabuh#88
Rahmat Hidayatullah
""", "course_data", "id",
  cd("NK2201", "Navigasi Kapal", enrolment_key="Berlabuh#88"), client="iphone")

M("nama-baru-vol-2-buku-ajar", "2027-10-05 08:20:00",
  ("Yuki Tanaka Sari", "yuki.sari@polibatam.ac.id"),
  "Nama course Bahasa Jepang",
  """Yth. P4M,

Karena buku ajarnya berganti, nama course Bahasa Jepang Dasar (BJ1101) mohon diubah menjadi Bahasa Jepang Dasar Vol. 2 mulai minggu depan.

Arigatou gozaimasu,
Yuki
""", "course_data", "id",
  cd("BJ1101", "Bahasa Jepang Dasar", fullname="Bahasa Jepang Dasar Vol. 2"), client="gmail")

M("label-nama-baru-kapital-surat-resmi", "2027-10-05 10:45:00",
  ("Bagian Administrasi Akademik", "baak@polibatam.ac.id"),
  "Pemutakhiran nama mata kuliah",
  """Dengan hormat,

Bersama ini kami sampaikan pemutakhiran data mata kuliah sebagai berikut.
Kode MK     : TL3305
Nama lama   : Mitigasi Bencana
Nama baru   : MANAJEMEN RISIKO BENCANA

Atas perhatiannya kami ucapkan terima kasih.

BAAK Polibatam
""", "course_data", "id",
  cd("TL3305", "Mitigasi Bencana", fullname="MANAJEMEN RISIKO BENCANA"), client="outlook")

M("en-curly-quotes-comma-inside", "2027-10-05 13:30:00",
  ("Derek Thompson", "derek.thompson@polibatam.ac.id"),
  "Rename Naval Architecture 2",
  """Hi team,

Please rename Naval Architecture 2 (NK3203) to “Ship Stability,” as the syllabus now covers stability only.

Thanks,
Derek
""", "course_data", "en",
  cd("NK3203", "Naval Architecture 2", fullname="Ship Stability"), client="gmail")

EARLIER_RINA = """Dengan hormat,

Mohon dosen pengganti untuk Keperawatan Dasar (KP1103) diganti menjadi Ns. Rina Octavia.

Terima kasih,
Koordinator Prodi Keperawatan
"""

M("koreksi-email-sebelumnya-dosen-outlook", "2027-10-06 08:00:00",
  ("Koordinator Prodi Keperawatan", "prodi.keperawatan@polibatam.ac.id"),
  "RE: Dosen pengganti Keperawatan Dasar",
  """Koreksi email sebelumnya: dosen pengganti adalah Ns. Rina Oktaviani, S.Kep., M.Kep. Mohon maaf atas kekeliruan nama.

Koordinator Prodi Keperawatan

________________________________
Dari: Koordinator Prodi Keperawatan <prodi.keperawatan@polibatam.ac.id>
Dikirim: Senin, 4 Oktober 2027 14.10
Kepada: """ + DESK + """
Subjek: Dosen pengganti Keperawatan Dasar

""" + EARLIER_RINA, "course_data", "id",
  cd("KP1103", "Keperawatan Dasar", lecturer="Ns. Rina Oktaviani, S.Kep., M.Kep."), client="outlook")

M("eh-maaf-yang-benar-dalam-kalimat", "2027-10-06 10:20:00",
  ("Yosua Sembiring", "yosua.s@students.polibatam.ac.id"),
  "short name agro",
  """kak short name Agribisnis (AG1102) tolong jadi AGR-1A, eh maaf yang benar AGR-1B kak, kelas kami B
""", "course_data", "id", cd("AG1102", "Agribisnis", shortname="AGR-1B"), client="android")

M("en-hod-suggested-not-agreed", "2027-10-06 13:15:00",
  ("Priya Raman", "priya.raman@polibatam.ac.id"),
  "About the Data Analytics course",
  """Dear P4M,

Regarding Data Analytics (DS2101): the head of department suggested "Data Science Foundations" as a new title, but the programme board has not agreed on it, so please leave the title as it is for now. I will write again once it is decided.

Best,
Priya
""", "other", "en", client="thunderbird",
  note="Near-miss: someone else's proposal, not agreed; nothing to change (other, as tune14-changes labels it).")

M("en-either-or-is-fine", "2027-10-07 08:40:00",
  ("Tomasz Kowalski", "tomasz.kowalski@polibatam.ac.id"),
  "short name Geotechnics",
  """Hi,

For Geotechnics (TS2303) the short name can be either GEO-2A or GEO-A2, whichever your system accepts.

Tomasz
""", "course_data", "en", cd("TS2303", "Geotechnics"), client="gmail",
  note="Near-miss: two alternatives; nothing is claimed.")

M("en-reply-yes-that-one", "2027-10-07 10:05:00",
  ("Amelia Watson", "amelia.watson@polibatam.ac.id"),
  "Re: [P4M #3012] Short name Physics",
  """Yes, that one. Thanks!

Amelia

On Thu, 7 Oct 2027 at 09:40, """ + DESK + """ wrote:
> Dear Ms Watson,
>
> Did you mean the new short name of Applied Physics (FI1201) to be "PHY-1C"?
>
> Kind regards,
> Helpdesk P4M
""", "course_data", "en", cd("FI1201", "Applied Physics", shortname="PHY-1C"), client="gmail",
  reply="<tkt-2027-3012.ask@helpdesk.polibatam.ac.id>")

M("balasan-ya-pak-atas-dua-pilihan", "2027-10-07 13:50:00",
  ("Irwan Syahputra", "irwan.syahputra@polibatam.ac.id"),
  "Re: [P4M #3020] Nama course Statistika",
  """Ya pak.

Irwan

Pada Kam, 7 Okt 2027 pukul 11.30 """ + DESK + """ menulis:
> Yth. Bapak Irwan,
>
> Nama baru course Statistika (MA2104) yang Bapak maksud "Statistika Industri" atau "Statistika Terapan"?
>
> Salam,
> Helpdesk P4M
""", "course_data", "id", cd("MA2104", "Statistika"), client="gmail",
  reply="<tkt-2027-3020.ask@helpdesk.polibatam.ac.id>",
  note="Near-miss: a bare yes to a question with two options chooses nothing.")

M("en-still-says-whereas-curriculum", "2027-10-08 08:15:00",
  ("Hannah Schmidt", "hannah.schmidt@polibatam.ac.id"),
  "CH1101 title",
  """Dear P4M team,

The e-learning page of CH1101 still says Basic Chemistry, whereas the new curriculum calls it General Chemistry. Could you align it?

Regards,
Hannah Schmidt
""", "course_data", "en", cd("CH1101", "Basic Chemistry", fullname="General Chemistry"), client="thunderbird")

M("en-new-name-only-in-subject", "2027-10-08 10:30:00",
  ("Rafael Santos", "rafael.santos@polibatam.ac.id"),
  "Please rename CH1202 to Analytical Chemistry Laboratory",
  """As per subject. Thanks a lot!

Rafael
""", "course_data", "en", cd("CH1202", fullname="Analytical Chemistry Laboratory"), client="iphone")

M("en-summary-then-approved-on", "2027-10-08 13:10:00",
  ("Programme Office Mechatronics", "mechatronics@polibatam.ac.id"),
  "New summary Mechatronics Design",
  """Dear P4M,

Please replace the summary of Mechatronics Design (MK4101) with the text below.

Students design, build and test a small mechatronic product in teams, from the requirements to a working prototype and its technical report.

This wording was approved by the programme board on 3 October.

Kind regards,
Programme Office Mechatronics
""", "course_data", "en",
  cd("MK4101", "Mechatronics Design",
     summary="Students design, build and test a small mechatronic product in teams, from the requirements to a "
     "working prototype and its technical report."), client="outlook")

M("nama-baru-dulu-baris-nama-lama-sesudah", "2027-10-11 08:00:00",
  ("Sekretariat Jurusan Elektro", "elektro@polibatam.ac.id"),
  "Perubahan nama MK EL1203",
  """Mohon perubahan nama mata kuliah:
Nama baru: Sistem Digital
Nama lama: Teknik Digital
Kode: EL1203

Terima kasih.
""", "course_data", "id", cd("EL1203", "Teknik Digital", fullname="Sistem Digital"), client="gmail")

EARLIER_WITHDRAWN = """Selamat pagi,

Mohon nama course Kalkulus 1 (MA1101) diganti menjadi Kalkulus Teknik.

Terima kasih,
Dedi
"""

M("abaikan-email-di-bawah-tidak-jadi", "2027-10-11 10:30:00",
  ("Dedi Kurniadi", "dedi.kurniadi@polibatam.ac.id"),
  "Re: Nama course Kalkulus 1",
  """Mohon abaikan email saya di bawah, nama course Kalkulus 1 tidak jadi diganti. Maaf merepotkan.

Dedi

Pada Sen, 11 Okt 2027 pukul 08.12 Dedi Kurniadi <dedi.kurniadi@polibatam.ac.id> menulis:
""" + quoted(EARLIER_WITHDRAWN), "other", "id", client="gmail",
  note="Near-miss: the value in the quoted earlier mail is withdrawn; nothing to change (other).")

M("kunci-lalu-mulai-hari-tanggal", "2027-10-11 13:00:00",
  ("Muhammad Arief", "m.arief@polibatam.ac.id"),
  "key enrol Oseanografi",
  """Assalamualaikum, key baru course Oseanografi (KL2102) Samudra-01 mulai Senin 18 Oktober ya Pak. Jazakallah.
""", "course_data", "id", cd("KL2102", "Oseanografi", enrolment_key="Samudra-01"), client="android")

M("nama-lalu-partikel-lalu-emoji", "2027-10-12 08:30:00",
  ("Nabila Zahra", "nabila.zahra@students.polibatam.ac.id"),
  "nama mk kombis",
  """kak nama mk Komunikasi Bisnis (MB1205) ganti jadi Komunikasi Bisnis Digital ya kak 😊😊
""", "course_data", "id",
  cd("MB1205", "Komunikasi Bisnis", fullname="Komunikasi Bisnis Digital"), client="iphone")


if __name__ == "__main__":
    E.PLAN = {"course_data": len(E.MAILS) - 2, "other": 2}
    sys.exit(E.main())

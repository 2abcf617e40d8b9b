#!/usr/bin/env python3
"""Generate the eleventh P4M helpdesk TUNING corpus, about requested changes (labelled request e-mails).

Written after the held-out part7 was opened as requests-tune10, in other words, voices and layouts than its
mails, for the kinds of change it showed: a numbered list in a letter (copies to, steps, attachments) that is
not a value of a field named above it; an enrolment key whose own symbol ends the sentence ("Lab#27!"); a bare
"kode" that corrects the writer's own typo of the course code while a specific cue ("shortname", "nama
singkat") asks for the change; who teaches now, in spoken verbs ("yang ngajar sekarang X", "yg pegang skrg
X"); a class code with a cohort year ("EXC-2027"); answers typed between the quoted questions of the
helpdesk's mail; a word of address or a particle typed after the value ("... Terapan kak, makasih"); and
near-misses that must claim nothing.

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py;
every body here was written by hand, and the batch was scored before any rule was changed for it.
Run:  python3 make_tune11_changes.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # noqa: E402

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 24, "other": 1}
M = E.M


def cd(code=None, name=None, **changes):
    fields = {}
    if code:
        fields["course_code"] = code
    if name:
        fields["course_name"] = name
    if changes:
        fields["changes"] = changes
    return fields


# ---------------------------------------------------------------- a numbered list is not a value

M("zimbra-surat-kaprodi-tembusan-bernomor", "2027-04-05 08:10:00",
  ("Ketua Program Studi Teknik Elektronika", "kaprodi.elka@polibatam.ac.id"),
  "Permohonan penggantian pengajar MK Sistem Tertanam",
  """Yth. Kepala P4M,

Sehubungan dengan pembagian tugas mengajar semester genap tahun akademik 2026/2027, kami mohon
pengajar pada e-learning mata kuliah Sistem Tertanam (EL3204) diganti menjadi Ir. Bonifasius Siregar, M.T.

Atas bantuannya kami ucapkan terima kasih.

Ketua Program Studi,
Dr. Meiliana Tanjung, M.T.

Tembusan:
1. Ketua Jurusan Teknik Elektro
2. Arsip
""", "course_data", "id", cd("EL3204", "Sistem Tertanam", lecturer="Ir. Bonifasius Siregar, M.T."), client="zimbra")

M("en-letter-cc-numbered-credits", "2027-04-05 09:30:00",
  ("Academic Affairs Office", "akademik@polibatam.ac.id"),
  "Credit load of Technical Writing",
  """Dear P4M team,

Following the curriculum review for the odd semester, the course Technical Writing (EN2101) now carries
3 credits instead of 2. Please change the credits on the e-learning site to 3.

Yours faithfully,
Academic Affairs Office

cc:
1. Head of the Language Centre
2. Curriculum Committee
""", "course_data", "en", cd("EN2101", "Technical Writing", credits="3"), client="outlook")

M("hp-semester-lalu-langkah-bernomor", "2027-04-06 19:45:00",
  ("Rizky Ramadhan", "rizky.ramadhan@polibatam.ac.id"),
  "kelas salah semester",
  """Malam min, course Grafika Komputer (IF3302) kok masih di kategori semester ganjil ya. Mohon dipindah ke
Genap 2026/2027.

Yg sudah saya coba:
1. logout login lagi
2. clear cache
tetap sama min. Makasih
""", "course_data", "id", cd("IF3302", "Grafika Komputer", semester="Genap 2026/2027"), client="iphone")

M("lampiran-bernomor-tanpa-perubahan", "2027-04-06 10:00:00",
  ("Bagian Akademik Jurusan Manajemen Bisnis", "akademik.mb@polibatam.ac.id"),
  "Dokumen pendukung semester genap",
  """Yth. Tim P4M,

Bersama ini kami kirimkan dokumen pendukung untuk semester genap:
1. Jadwal kuliah
2. Daftar dosen pengampu
3. Kalender akademik

Dokumen tersebut hanya untuk arsip P4M, tidak ada data course yang perlu diubah.

Salam,
Bagian Akademik Jurusan Manajemen Bisnis
""", "other", "id", {}, client="outlook")

# ---------------------------------------------------------------- a key whose own symbol ends the sentence

M("en-key-ends-with-bang", "2027-04-07 08:05:00",
  ("Marta Kowalska", "marta.kowalska@polibatam.ac.id"),
  "New enrolment key needed",
  """Hi helpdesk,

the key for Applied Statistics (MA2203) leaked to last year's cohort. Could you change the enrolment key to
Stat$Genap27!

Best,
Marta
""", "course_data", "en", cd("MA2203", "Applied Statistics", enrolment_key="Stat$Genap27!"), client="thunderbird")

M("kunci-baru-tanda-seru-di-akhir", "2027-04-07 13:20:00",
  ("Yohana Simanjuntak", "yohana.simanjuntak@polibatam.ac.id"),
  "kunci enrol Akuntansi Biaya",
  """Selamat siang,

Mohon kunci enrol MK Akuntansi Biaya (AK2206) diganti jadi Biaya@2027!

Terima kasih, Bu Yohana
""", "course_data", "id", cd("AK2206", "Akuntansi Biaya", enrolment_key="Biaya@2027!"), client="gmail")

M("key-titik-lalu-seru-di-kalimat-lain", "2027-04-07 15:00:00",
  ("Dimas Anggara", "dimas.anggara@polibatam.ac.id"),
  "enrolment key",
  """Halo P4M, enrolment key MK Jaringan Nirkabel (RKS3201) tolong diganti ke nirkabel-27. Makasih banyak!
""", "course_data", "id", cd("RKS3201", "Jaringan Nirkabel", enrolment_key="nirkabel-27"), client="iphone")

# ---------------------------------------------------------------- a bare "kode" corrects the writer's typo

M("ralat-kode-ketik-shortname-tetap", "2027-04-08 07:50:00",
  ("Nadia Putri", "nadia.putri@polibatam.ac.id"),
  "Re: [Tiket #2027-0112] nama singkat Basis Data",
  """Maaf Pak, kode yang saya tulis kemarin keliru, bukan IF2103 melainkan IF2130. Permintaannya sama:
nama singkat course diganti menjadi BASDAT-B.

Terima kasih,
Nadia
""", "course_data", "id", cd("IF2130", "Basis Data", shortname="BASDAT-B"), client="gmail")

M("en-typo-code-short-name-still", "2027-04-08 09:15:00",
  ("Tom Hendricks", "tom.hendricks@polibatam.ac.id"),
  "Re: short name change",
  """Apologies, I mistyped the code in my first mail: it is not EL2201 but EL2210. The short name should
still become ELDAS-B.

Tom
""", "course_data", "en", cd("EL2210", shortname="ELDAS-B"), client="outlook")

M("kode-dikoreksi-dalam-kurung-shortname", "2027-04-08 11:40:00",
  ("Sri Wahyuni", "sri.wahyuni@polibatam.ac.id"),
  "ganti shortname",
  """Siang min. Kodenya IF1101 ya (sebelumnya sy tulis IF1110, salah). Shortname course-nya mohon diubah jadi
ALPRO-A. Tks
""", "course_data", "id", cd("IF1101", shortname="ALPRO-A"), client="iphone")

# ---------------------------------------------------------------- who teaches now, in spoken verbs

M("medan-yang-pegang-sekarang", "2027-04-09 20:10:00",
  ("Rudolf Manurung", "rudolf.manurung@polibatam.ac.id"),
  "dosen di elearning masih nama saya",
  """Sore P4M. Di e-learning Statika Struktur masih tertulis saya sebagai dosennya, padahal semester ini
bukan saya lagi. Yg pegang sekarang Ir. Togar Nainggolan, M.T. Tolong diganti ya.

Rudolf
""", "course_data", "id", cd(name="Statika Struktur", lecturer="Ir. Togar Nainggolan, M.T."), client="gmail")

M("jawa-sing-ngajar-saiki", "2027-04-09 21:00:00",
  ("Sri Lestari", "sri.lestari@polibatam.ac.id"),
  "ganti nama pengajar",
  """Nuwun sewu P4M, mohon nama pengajar di course Kimia Dasar (TK1101) diganti. Yang mengajar sekarang
Bu Endah Kurniasih, M.Si., saya sudah pindah tugas.

Matur nuwun,
Sri
""", "course_data", "id", cd("TK1101", "Kimia Dasar", lecturer="Endah Kurniasih, M.Si."), client="gmail")

M("yang-ngajar-sekarang-masih-sama", "2027-04-10 08:30:00",
  ("Andi Saputra", "andi.saputra@polibatam.ac.id"),
  "pertanyaan dosen di elearning",
  """Pagi P4M, mau tanya saja: di course Fisika Terapan (TM1203) yang ngajar sekarang masih Pak Joko Susilo,
M.T., dan itu sudah benar. Kelasnya saja yang mohon diganti jadi TM-1B.

Terima kasih
""", "course_data", "id", cd("TM1203", "Fisika Terapan", **{"class": "TM-1B"}), client="gmail")

# ---------------------------------------------------------------- a class code with a cohort year

M("en-class-cohort-year-bullets", "2027-04-11 09:00:00",
  ("Global Engagement Office", "global@polibatam.ac.id"),
  "Exchange course setup",
  """Dear colleagues,

please update the course Indonesian Culture and Society (BIPA102) as follows:
- Class: EXC-2027
- Credits: 3

Kind regards,
Global Engagement Office
""", "course_data", "en", cd("BIPA102", "Indonesian Culture and Society", credits="3", **{"class": "EXC-2027"}),
  client="outlook")

M("kelas-angkatan-tahun-prosa", "2027-04-11 10:30:00",
  ("Hendra Gunawan", "hendra.gunawan@polibatam.ac.id"),
  "kelas kerjasama industri",
  """Yth. P4M, untuk MK Praktik Industri (MK4101) mohon kelasnya diubah menjadi IND-2026, karena pesertanya
mahasiswa kelas kerjasama angkatan 2026. Terima kasih.
""", "course_data", "id", cd("MK4101", "Praktik Industri", **{"class": "IND-2026"}), client="gmail")

M("tahun-bukan-kelas", "2027-04-11 13:00:00",
  ("Fitri Handayani", "fitri.handayani@polibatam.ac.id"),
  "semester MK Etika Profesi",
  """Halo, MK Etika Profesi (IF4102) kelas IF-4A mohon dipindah ke semester Genap 2026/2027 ya. Course ini
dipakai sejak 2026. Makasih.
""", "course_data", "id", cd("IF4102", "Etika Profesi", semester="Genap 2026/2027"), client="gmail")

# ---------------------------------------------------------------- other voices of the kinds above

M("outlook-nomor-surat-dan-sks", "2027-04-12 08:00:00",
  ("Sekretaris Jurusan Teknik Mesin", "sekjur.mesin@polibatam.ac.id"),
  "Perubahan SKS Gambar Teknik",
  """Nomor : 0456/PL29/TM/2027
Hal   : Perubahan SKS

Yth. Kepala P4M,

Mohon jumlah SKS mata kuliah Gambar Teknik (TM1104) pada e-learning diubah menjadi 2 SKS sesuai kurikulum
2026.

Hormat kami,
Sekretaris Jurusan Teknik Mesin

Lampiran:
1. Salinan kurikulum
""", "course_data", "id", cd("TM1104", "Gambar Teknik", credits="2"), client="outlook")

M("en-steps-numbered-then-key", "2027-04-12 14:20:00",
  ("Grace Liu", "grace.liu@polibatam.ac.id"),
  "Key for Data Visualisation",
  """Hello,

students of Data Visualisation (IF3307) cannot enrol. What they did:
1. open the course page
2. type the key from the syllabus
Please reset the enrolment key to DataVis-27 so I can share the new one.

Thanks,
Grace
""", "course_data", "en", cd("IF3307", "Data Visualisation", enrolment_key="DataVis-27"), client="gmail")

M("medan-ngajar-skrg-singkat", "2027-04-12 21:40:00",
  ("Benny Sitompul", "benny.sitompul@polibatam.ac.id"),
  "dosen MK Termodinamika",
  """min tlg ganti dosen MK Termodinamika (TM2201) di elearning, yg ngajar skrg Pak Hotman Siahaan, S.T., M.T.
mksh
""", "course_data", "id", cd("TM2201", "Termodinamika", lecturer="Hotman Siahaan, S.T., M.T."), client="iphone")

# ---------------------------------------------------------------- answers between the quoted questions

M("thunderbird-en-answers-between-quotes", "2027-04-13 09:00:00",
  ("Peter Nowak", "peter.nowak@polibatam.ac.id"),
  "Re: [Tiket #2027-0140] Course data Robotics Lab",
  """Hello, see my answers inline.

On 12/04/2027 16:00, Helpdesk P4M wrote:
> Dear Mr Nowak, to process your request we need:
> - The course code:

ME3305

> - Which lecturer should be shown on the course?

Dr. Agnieszka Wrobel, M.Sc.

> Kind regards, Helpdesk P4M

Peter
""", "course_data", "en", cd("ME3305", lecturer="Dr. Agnieszka Wrobel, M.Sc."), client="thunderbird")

M("hp-jawab-di-sela-kutipan-kelas", "2027-04-13 20:15:00",
  ("Yusuf Hamzah", "yusuf.hamzah@polibatam.ac.id"),
  "Re: [Tiket #2027-0151] Kelas Praktikum Elektronika",
  """Sdh sy jawab di bawah pak

-----Pesan Asli-----
Dari: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>
Perihal: [Tiket #2027-0151] Kelas Praktikum Elektronika

> Mohon dilengkapi:
> Kode MK:

EL2102

> Kelas baru yang diinginkan:

EL-2B Malam

> Terima kasih.
""", "course_data", "id", cd("EL2102", **{"class": "EL-2B Malam"}), client="iphone")

M("jawab-di-sela-kutipan-tanpa-perubahan", "2027-04-13 21:00:00",
  ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
  "Re: [Tiket #2027-0152] Nama dosen Akuntansi Dasar",
  """Pak, jawaban sy di bawah

-------- Pesan asli --------
Dari: Helpdesk P4M <helpdesk-p4m@polibatam.ac.id>

> Apakah nama dosen di course Akuntansi Dasar (AK1101) sudah tampil benar sekarang?

Sudah pak, sudah benar. Tidak ada yang perlu diubah lagi.

> Salam, Helpdesk P4M
""", "course_data", "id", cd("AK1101", "Akuntansi Dasar"), client="iphone")

# ---------------------------------------------------------------- a word of address after the value

M("hp-nama-matkul-lalu-kak", "2027-04-14 19:00:00",
  ("Aulia Rahman", "aulia.rahman@polibatam.ac.id"),
  "nama matkul",
  """kak tolong nama matkul Logistik (MB2304) di elearning diubah jd Manajemen Rantai Pasok kak, makasih
""", "course_data", "id", cd("MB2304", "Logistik", fullname="Manajemen Rantai Pasok"), client="iphone")

M("wa-style-ganti-nama-mas", "2027-04-14 20:30:00",
  ("Dedi Kurniadi", "dedi.kurniadi@polibatam.ac.id"),
  "ganti nama course",
  """Mas, nama course Jaringan Dasar (RKS1102) minta diganti jadi Fundamental Jaringan Komputer mas. Suwun
""", "course_data", "id", cd("RKS1102", "Jaringan Dasar", fullname="Fundamental Jaringan Komputer"), client="iphone")

M("nama-mk-berakhir-ibu-tetap", "2027-04-15 08:00:00",
  ("Prodi Kebidanan", "prodi.kebidanan@polibatam.ac.id"),
  "Perubahan nama MK",
  """Yth. P4M, mohon nama MK KB2201 pada e-learning diubah menjadi Asuhan Kesehatan Ibu. Terima kasih.
""", "course_data", "id", cd("KB2201", fullname="Asuhan Kesehatan Ibu"), client="outlook")


if __name__ == "__main__":
    sys.exit(E.main())

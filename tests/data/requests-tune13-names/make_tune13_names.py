#!/usr/bin/env python3
"""Generate the thirteenth P4M helpdesk TUNING corpus for the current course name (47 labelled request e-mails).

Kinds of current course name that the opened part8 (requests-tune12) lost, written in other words, voices and
layouts than its samples, with near-misses that must not be read:
- a class or cohort glued after the name ("Sistem Operasi TI 2B", "Digital Marketing MB-2C Evening"), also after
  the code ("Mekanika Tanah TSP2104 utk kelas TS-2A"); near-miss: a class with its time of day alone is no name;
- a capitalised word opening the next sentence after a course word ("... in the course.\\nAnytime today") is no
  name; the writer's own class in apposition without a closing comma ("di course online saya, X untuk TI-2B?");
- a person greeted in a forwarded approval (message/rfc822 or inline) right after the code of its subject is no
  name; the course named in the approval is;
- a name only in the subject, the body empty but for a phone signature ("Perkuliahan X MB-1C ... ditiadakan");
- a name only in a PDF or DOCX form whose label marks the current one in brackets ("Nama Mata Kuliah (lama) :");
  near-miss: a form with only the new name;
- the name as it stands now after "namanya"/"judulnya"/"its name" or right after a name cue in quotes ("the
  course full name "Fisika Dasar 1"", kept as written even when the new name writes the number as a numeral);
  near-miss: "the new course name "X"" is the new value;
- a new lecturer naming the course in words of uncertainty, without its code ("diminta mengajar kuliah X").

The message engine is the first tuning corpus's generator, imported from ../requests-tune/make_tune.py; every body
here was written by hand and scored before any rule was changed for it.
Run:  python3 make_tune13_names.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # type: ignore[import-not-found]  # noqa: E402, N812

E.MAILS.clear()
E.OUT_DIR = HERE
E.PLAN = {"course_data": 39, "announcement": 8}
M = E.M

# ---------------------------------------------------------------- a class or cohort glued after the name

M(
    "hp-kelas-spasi-setelah-nama",
    "2027-08-02 06:50:00",
    ("Wulan Sari", "wulan.sari@polibatam.ac.id"),
    "enrol key",
    """Pagi min, enrol key course Sistem Operasi TI 2B tolong diganti jadi sisop-2b27 ya, yg lama sdh kesebar di grup angkatan lain.

Makasih
""",
    "course_data",
    "id",
    fields={"course_name": "Sistem Operasi", "changes": {"enrolment_key": "sisop-2b27"}},
    client="iphone",
)

M(
    "en-cohort-evening-after-name",
    "2027-08-02 09:15:00",
    ("Hannah Becker", "hannah.becker@polibatam.ac.id"),
    "Lecturer change",
    """Dear P4M team,

Please replace the lecturer of Digital Marketing MB-2C Evening on the LMS with Reza Fahlevi, S.E., M.M. from
this week on. I will keep the morning group.

Kind regards,
Hannah Becker
Visiting lecturer, Business Management
""",
    "course_data",
    "en",
    fields={"course_name": "Digital Marketing", "changes": {"lecturer": "Reza Fahlevi, S.E., M.M."}},
    client="thunderbird",
)

M(
    "mk-nama-kode-kelas-malam-sks",
    "2027-08-03 10:05:00",
    ("Admin Prodi Akuntansi", "prodi.akuntansi@polibatam.ac.id"),
    "Koreksi SKS",
    """Yth. Tim P4M,

SKS untuk MK Akuntansi Keuangan AKT2102 kelas AK-2 Malam di e-learning tertulis 2, mohon dikoreksi menjadi 3
sesuai kurikulum.

Terima kasih,
Admin Prodi Akuntansi
""",
    "course_data",
    "id",
    fields={"course_code": "AKT2102", "course_name": "Akuntansi Keuangan", "changes": {"credits": "3"}},
    client="zimbra",
)

M(
    "subjek-kelas-pagi-bukan-nama",
    "2027-08-03 13:40:00",
    ("Dedi Kurniawan", "dedi.kurniawan@polibatam.ac.id"),
    "Enrol key kelas TI-3A Pagi",
    """Siang,

Kode MK TIF3105, enrol key baru: ti3a-pagi27

Dedi
""",
    "course_data",
    "id",
    fields={"course_code": "TIF3105", "changes": {"enrolment_key": "ti3a-pagi27"}},
)

M(
    "en-class-morning-before-code-no-name",
    "2027-08-04 08:20:00",
    ("Grace Lim", "grace.lim@polibatam.ac.id"),
    "New enrolment key",
    """Hi,

The enrolment key for class MB 1A Morning (MBS1102) has leaked; please set it to mb1a-aug27.

Thanks,
Grace
""",
    "course_data",
    "en",
    fields={"course_code": "MBS1102", "changes": {"enrolment_key": "mb1a-aug27"}},
    client="outlook",
)

M(
    "matkul-nama-kode-utk-kelas",
    "2027-08-04 20:30:00",
    ("Fajar Hidayat", "fajar.hidayat@polibatam.ac.id"),
    "key matkul",
    """malam pak, Matkul Mekanika Tanah TSP2104 utk kelas TS-2A msh pakai key yg lama. tolong diganti jd tanah-2a ya pak
""",
    "course_data",
    "id",
    fields={
        "course_code": "TSP2104",
        "course_name": "Mekanika Tanah",
        "changes": {"enrolment_key": "tanah-2a"},
    },
    client="iphone",
)

M(
    "en-course-name-code-for-class-credits",
    "2027-08-05 11:00:00",
    ("Daniel Ortiz", "daniel.ortiz@polibatam.ac.id"),
    "Credits wrong",
    """Hello,

Course Fluid Power Systems MES3204 for ME-3B still shows 2 credits; it should be 3.

Best,
Daniel Ortiz
""",
    "course_data",
    "en",
    fields={"course_code": "MES3204", "course_name": "Fluid Power Systems", "changes": {"credits": "3"}},
)

# ---------------------------------------------------------------- a sentence after a course word; apposition

M(
    "pengumuman-course-online-saya-untuk-kelas",
    "2027-08-06 19:10:00",
    ("Putri Anggraini", "putri.anggraini@polibatam.ac.id"),
    "minta tolong pasang pengumuman",
    """Halo tim P4M,

Saya dosen baru di TI. Boleh minta tolong pasang pengumuman di course online saya, Jaringan Komputer untuk TI-2B?

Judul: Praktikum Minggu Ini Daring
Isi: Praktikum minggu ini dilakukan daring, modul sudah saya unggah di course.

Urgent ya, praktikumnya besok.

Terima kasih!
Putri
""",
    "announcement",
    "id",
    fields={"course_name": "Jaringan Komputer", "title": "Praktikum Minggu Ini Daring", "scope": "course"},
)

M(
    "en-key-leaked-outside-course-next-sentence",
    "2027-08-07 07:45:00",
    ("Oliver Grant", "oliver.grant@polibatam.ac.id"),
    "Enrolment key SIF2203",
    """Hi P4M,

Please reset the enrolment key of SIF2203 to sif-2203x; students shared the old one outside the course.
Anytime today is fine.

Oliver
""",
    "course_data",
    "en",
    fields={"course_code": "SIF2203", "changes": {"enrolment_key": "sif-2203x"}},
)

M(
    "campur-kelas-daring-kami-untuk-mb",
    "2027-08-07 16:00:00",
    ("Yusuf Maulana", "yusuf.maulana@polibatam.ac.id"),
    "announcement request",
    """Dear tim P4M,

Could you post an announcement di kelas daring kami, Kewirausahaan untuk MB 1A? I cannot find the button in
Moodle yet.

Title: Tugas Business Plan
Text: Tugas business plan dikumpulkan paling lambat akhir bulan lewat course.

Thanks a lot,
Yusuf
""",
    "announcement",
    "mixed",
    fields={"course_name": "Kewirausahaan", "title": "Tugas Business Plan", "scope": "course"},
)

# ---------------------------------------------------------------- approval chains forwarded

M(
    "fw-rfc822-persetujuan-sapaan-pak",
    "2027-08-09 09:30:00",
    ("Sekretariat Teknik Kimia", "sekjur.tekkim@polibatam.ac.id"),
    "FW: Approval ganti dosen TKM2205",
    """Yth. Tim P4M,

Bersama ini kami teruskan persetujuan Kaprodi (terlampir). Mohon ditindaklanjuti.

Hormat kami,
Sekretariat Jurusan Teknik Kimia
""",
    "course_data",
    "id",
    fields={
        "course_code": "TKM2205",
        "course_name": "Kimia Organik",
        "changes": {"lecturer": "Sri Mulyani, M.Si."},
    },
    client="outlook",
    att=[
        (
            "eml",
            {
                "sender": ("Dr. Agus Setiawan", "agus.setiawan@polibatam.ac.id"),
                "to": "sekjur.tekkim@polibatam.ac.id",
                "date": "2027-08-08 15:20:00",
                "subject": "Approval ganti dosen TKM2205",
                "body": """Pak Dimas,

Saya setujui pergantian dosen TKM2205 Kimia Organik kelas TK-2A menjadi Sri Mulyani, M.Si. mulai minggu
depan, karena dosen sebelumnya cuti melahirkan.

Agus Setiawan
Ketua Program Studi Teknik Kimia
""",
            },
        )
    ],
)

M(
    "en-rfc822-approved-greeting-ms",
    "2027-08-09 14:10:00",
    ("Laura Chen", "laura.chen@polibatam.ac.id"),
    "Fwd: Lecturer change approved - MBS2206",
    """Hello P4M,

Forwarding the approval below; please update the LMS accordingly.

Laura Chen
Programme Office, Business Management
""",
    "course_data",
    "en",
    fields={
        "course_code": "MBS2206",
        "course_name": "Business Ethics",
        "changes": {"lecturer": "Arif Budiman, M.B.A."},
    },
    client="thunderbird",
    att=[
        (
            "eml",
            {
                "sender": ("Prof. Michael Tan", "michael.tan@polibatam.ac.id"),
                "to": "laura.chen@polibatam.ac.id",
                "date": "2027-08-09 10:00:00",
                "subject": "Lecturer change approved - MBS2206",
                "body": """Ms Laura,

Approved. Business Ethics (MBS2206) will be taught by Arif Budiman, M.B.A. for the rest of the term.

Michael Tan
Head of Programme
""",
            },
        )
    ],
)

M(
    "gmail-inline-forward-sks-sapaan",
    "2027-08-10 08:05:00",
    ("Rika Amelia", "rika.amelia@polibatam.ac.id"),
    "Fwd: Persetujuan SKS ELK2106",
    """mohon bantuannya

---------- Forwarded message ---------
Dari: Hasan Basri <hasan.basri@polibatam.ac.id>
Date: Sen, 9 Agu 2027 pukul 16.12
Subject: Persetujuan SKS ELK2106
To: Rika Amelia <rika.amelia@polibatam.ac.id>

Bu Rika,

SKS ELK2106 Medan Elektromagnetik di e-learning silakan diubah menjadi 3, sesuai kurikulum baru.

Hasan Basri
Kaprodi Teknik Elektro
""",
    "course_data",
    "id",
    fields={"course_code": "ELK2106", "course_name": "Medan Elektromagnetik", "changes": {"credits": "3"}},
)

# ---------------------------------------------------------------- a name only in the subject

M(
    "subjek-saja-perkuliahan-ditiadakan",
    "2027-08-11 06:05:00",
    ("Nur Aini", "nur.aini@polibatam.ac.id"),
    'Mohon umumkan "Perkuliahan Ekonomi Mikro MB-1C Senin ini ditiadakan"',
    """

Dikirim dari Samsung Galaxy saya
""",
    "announcement",
    "id",
    fields={
        "course_name": "Ekonomi Mikro",
        "title": "Perkuliahan Ekonomi Mikro MB-1C Senin ini ditiadakan",
        "scope": "course",
    },
)

M(
    "en-subject-only-lecture-moves-online",
    "2027-08-11 21:40:00",
    ("Samuel Wong", "samuel.wong@polibatam.ac.id"),
    'Please post: "Lecture Strength of Materials ME-2A moves online this Friday"',
    """
Sent from my iPhone
""",
    "announcement",
    "en",
    fields={
        "course_name": "Strength of Materials",
        "title": "Lecture Strength of Materials ME-2A moves online this Friday",
        "scope": "course",
    },
    client="iphone",
)

# ---------------------------------------------------------------- a name only in a form attached

M(
    "pdf-formulir-nama-lama-dalam-kurung",
    "2027-08-12 10:30:00",
    ("Siska Wijaya", "siska.wijaya@polibatam.ac.id"),
    "Formulir perubahan MK",
    """Selamat pagi,

Terlampir formulir perubahan data mata kuliah yang sudah ditandatangani Kaprodi.

Salam,
Siska
""",
    "course_data",
    "id",
    fields={
        "course_code": "MBS1104",
        "course_name": "Pengantar Ekonomi",
        "changes": {"fullname": "Pengantar Ilmu Ekonomi"},
    },
    att=[
        (
            "pdf",
            "formulir_perubahan_MBS1104.pdf",
            [
                "FORMULIR PERUBAHAN DATA MATA KULIAH E-LEARNING",
                "Kode MK : MBS1104",
                "Nama Mata Kuliah (lama) : Pengantar Ekonomi",
                "Nama Mata Kuliah (baru) : Pengantar Ilmu Ekonomi",
                "Alasan : penyesuaian kurikulum 2027",
                "Pemohon : Siska Wijaya        Disetujui : Kaprodi",
            ],
        )
    ],
)

M(
    "docx-en-title-current-proposed",
    "2027-08-12 14:00:00",
    ("Ahmad Fauzi", "ahmad.fauzi@polibatam.ac.id"),
    "Course title change form",
    """Dear P4M,

Attached is the filled-in form for a title change.

Regards,
Ahmad Fauzi
""",
    "course_data",
    "en",
    fields={
        "course_code": "TSP1103",
        "course_name": "Ilmu Ukur Tanah 1",
        "changes": {"fullname": "Ilmu Ukur Tanah Dasar"},
    },
    client="outlook",
    att=[
        (
            "docx",
            "title_change_TSP1103.docx",
            [
                "**Course Data Change Form",
                "Course code: TSP1103",
                "Course title (current): Ilmu Ukur Tanah 1",
                "Course title (proposed): Ilmu Ukur Tanah Dasar",
                "Reason: curriculum 2027",
            ],
        )
    ],
)

M(
    "pdf-hanya-nama-baru",
    "2027-08-13 09:00:00",
    ("Bambang Susilo", "bambang.susilo@polibatam.ac.id"),
    "Perubahan nama MK RPL2201",
    """Pagi,

Detail di lampiran.

Bambang
""",
    "course_data",
    "id",
    fields={"course_code": "RPL2201", "changes": {"fullname": "Pengujian Perangkat Lunak Lanjut"}},
    att=[
        (
            "pdf",
            "perubahan_RPL2201.pdf",
            [
                "PERMOHONAN PERUBAHAN NAMA MATA KULIAH",
                "Kode MK : RPL2201",
                "Nama Mata Kuliah (baru) : Pengujian Perangkat Lunak Lanjut",
            ],
        )
    ],
)

# ---------------------------------------------------------------- the name as it stands now, said

M(
    "judulnya-masih-kutip-padahal",
    "2027-08-16 08:10:00",
    ("Indah Permatasari", "indah.permatasari@polibatam.ac.id"),
    "judul matkul",
    """Pagi tim P4M,

Di e-learning matkul TIF2203 judulnya masih 'Struktur Data', padahal di kurikulum baru seharusnya
'Struktur Data dan Algoritma'. Mohon dibantu ubah ya.

Indah
""",
    "course_data",
    "id",
    fields={
        "course_code": "TIF2203",
        "course_name": "Struktur Data",
        "changes": {"fullname": "Struktur Data dan Algoritma"},
    },
)

M(
    "en-full-name-quoted-then-list-numeral",
    "2027-08-16 13:25:00",
    ("Kenji Sato", "kenji.sato@polibatam.ac.id"),
    "Fullname FIS1101",
    """Hello,

Moodle still lists the course full name "Fisika Dasar 1" for FIS1101. Could you change it as follows:

- Full name: Fisika Dasar I

Thank you,
Kenji Sato
""",
    "course_data",
    "en",
    fields={"course_code": "FIS1101", "course_name": "Fisika Dasar 1", "changes": {"fullname": "Fisika Dasar I"}},
    client="thunderbird",
)

M(
    "en-its-name-still-says",
    "2027-08-17 10:00:00",
    ("Rachel Adams", "rachel.adams@polibatam.ac.id"),
    "Course name on LMS",
    """Hi team,

My course MES1101 is fine, but its name on the LMS still says "Engineering Drawing". Since the curriculum
update it is "Technical Drawing and CAD". Could you update it?

Rachel
""",
    "course_data",
    "en",
    fields={
        "course_code": "MES1101",
        "course_name": "Engineering Drawing",
        "changes": {"fullname": "Technical Drawing and CAD"},
    },
)

M(
    "en-new-course-name-quoted-no-current",
    "2027-08-17 15:30:00",
    ("Victor Hugo Silva", "victor.silva@polibatam.ac.id"),
    "Name for MES2201",
    """Dear P4M,

Please set the new course name "Applied Thermodynamics" for MES2201 before the term starts.

Regards,
Victor
""",
    "course_data",
    "en",
    fields={"course_code": "MES2201", "changes": {"fullname": "Applied Thermodynamics"}},
)

M(
    "namanya-masih-tanpa-kutip",
    "2027-08-18 19:45:00",
    ("Joko Santoso", "joko.santoso@polibatam.ac.id"),
    "ganti nama course",
    """Malam,

Course saya MTK1202 namanya di elearning masih Kalkulus 2, tolong diganti jadi Kalkulus II biar sama dengan
SIAKAD.

Tks, Joko
""",
    "course_data",
    "id",
    fields={"course_code": "MTK1202", "course_name": "Kalkulus 2", "changes": {"fullname": "Kalkulus II"}},
)

# ---------------------------------------------------------------- a new lecturer, unsure, without a code

M(
    "dosen-baru-diminta-mengajar-kuliah",
    "2027-08-19 20:00:00",
    ("Rudi Hartono", "rudi.hartono@polibatam.ac.id"),
    "mohon ditambahkan sebagai pengampu",
    """Selamat malam,

Saya dosen baru di Teknik Mesin dan semester ini diminta mengajar kuliah Kekuatan Material (kodenya saya belum
tahu, maaf). Mohon nama saya, Rudi Hartono, S.T., M.T., dicantumkan sebagai dosen pengampu di e-learning.

Terima kasih,
Rudi
""",
    "course_data",
    "id",
    fields={"course_name": "Kekuatan Material", "changes": {"lecturer": "Rudi Hartono, S.T., M.T."}},
)

M(
    "kuliah-hari-bukan-nama",
    "2027-08-20 07:30:00",
    ("Tika Rahayu", "tika.rahayu@polibatam.ac.id"),
    "enrol key",
    """Pagi,

Mohon enrol key kuliah Senin Pagi kelas TI-1A diganti jadi senin-1a27, kode TIF1102.

Tika
""",
    "course_data",
    "id",
    fields={"course_code": "TIF1102", "changes": {"enrolment_key": "senin-1a27"}},
)

# ---------------------------------------------------------------- second batch, written after the first rules

M(
    "en-old-new-lines-under-code-class-subject",
    "2027-08-23 09:40:00",
    ("Programme Office Mechanical", "prodi.mesin@polibatam.ac.id"),
    "Name change MES2108 class ME-2B Evening",
    """Dear P4M,

Following the curriculum meeting, please rename the course below on the LMS.

Course code: MES2108
Old: Mesin Konversi Energi
New: Konversi Energi Terapan

Regards,
Programme Office, Mechanical Engineering
""",
    "course_data",
    "en",
    fields={
        "course_code": "MES2108",
        "course_name": "Mesin Konversi Energi",
        "changes": {"fullname": "Konversi Energi Terapan"},
    },
    client="outlook",
)

M(
    "praktikum-nama-kelas-bukan-kuliah",
    "2027-08-23 14:15:00",
    ("Laboran Fisika", "lab.fisika@polibatam.ac.id"),
    "enrol key praktikum",
    """Siang tim P4M,

Enrol key course Praktikum Fisika Dasar TM-1A mohon diganti jadi pfd-1a-27. Terima kasih.

Laboran Fisika
""",
    "course_data",
    "id",
    fields={"course_name": "Praktikum Fisika Dasar", "changes": {"enrolment_key": "pfd-1a-27"}},
)

M(
    "en-my-students-of-course-caps",
    "2027-08-24 08:00:00",
    ("Peter Novak", "peter.novak@polibatam.ac.id"),
    "SHORT NAME",
    """Hello,

For ENGINEERING MATHEMATICS II (MTK2101) the short name on Moodle should be EM2-2027 instead of the old one.

Thanks,
Peter
""",
    "course_data",
    "en",
    fields={
        "course_code": "MTK2101",
        "course_name": "ENGINEERING MATHEMATICS II",
        "changes": {"shortname": "EM2-2027"},
    },
)

M(
    "pengumuman-untuk-mahasiswa-mk-kelas",
    "2027-08-24 16:30:00",
    ("Dewi Lestari", "dewi.lestari@polibatam.ac.id"),
    "Pengumuman kuis",
    """Sore,

Mohon dipasang pengumuman untuk mahasiswa MK Etika & Hukum Bisnis kelas MB-3A:

Judul: Kuis 1 Dipindah
Isi: Kuis 1 dipindah ke pertemuan berikutnya karena ada rapat jurusan.

Terima kasih,
Dewi
""",
    "announcement",
    "id",
    fields={"course_name": "Etika & Hukum Bisnis", "title": "Kuis 1 Dipindah", "scope": "course"},
)

M(
    "tanda-tangan-koordinator-mk",
    "2027-08-25 10:20:00",
    ("Arif Rahman", "arif.rahman@polibatam.ac.id"),
    "SKS salah",
    """Yth. P4M,

SKS di e-learning tertulis 2, seharusnya 4 (teori dan praktik digabung). Mohon dikoreksi.

Salam,
Arif Rahman, M.T.
Koordinator MK Sistem Pneumatik dan Hidrolik
""",
    "course_data",
    "id",
    fields={"course_name": "Sistem Pneumatik dan Hidrolik", "changes": {"credits": "4"}},
    client="zimbra",
)

M(
    "en-quoted-single-name-then-person-greeting",
    "2027-08-25 13:50:00",
    ("Sofia Rossi", "sofia.rossi@polibatam.ac.id"),
    "Re: Lecturer for 'Marine Biology'",
    """Hi Budi,

Yes, for 'Marine Biology' please also add Dr. Made Wirawan as a second lecturer on the LMS.

Sofia
""",
    "course_data",
    "en",
    fields={"course_name": "Marine Biology", "changes": {"lecturer": "Dr. Made Wirawan"}},
)

M(
    "hp-kuliah-senin-pengganti-bukan-nama",
    "2027-08-26 06:40:00",
    ("Rahmat Hidayat", "rahmat.hidayat@polibatam.ac.id"),
    "pengumuman",
    """min tolong umumkan di course TIF2106: Kuliah Pengganti TI-2C hari Sabtu jam 08.00 di GU 702

judul: Kuliah Pengganti Sabtu
""",
    "announcement",
    "id",
    fields={"course_code": "TIF2106", "title": "Kuliah Pengganti Sabtu", "scope": "course"},
    client="iphone",
)

M(
    "en-greeting-name-then-code-subject",
    "2027-08-26 11:10:00",
    ("Linda Hartono", "linda.hartono@polibatam.ac.id"),
    "Credits ELK3102",
    """Dear Mr Yusuf,

ELK3102
Sistem Komunikasi Digital
Credits on the LMS: 2, should be 3.

Thank you,
Linda
""",
    "course_data",
    "en",
    fields={"course_code": "ELK3102", "course_name": "Sistem Komunikasi Digital", "changes": {"credits": "3"}},
)

# ---------------------------------------------------------------- third batch, written before its rules

M(
    "nama-ditutup-kelas-tanpa-kode",
    "2027-08-30 08:30:00",
    ("Staf Prodi Sipil", "prodi.sipil@polibatam.ac.id"),
    "Dosen pengampu",
    """Dengan hormat,

Sesuai SK pembagian mengajar, mohon Struktur Baja kelas TS-3B diganti dosennya menjadi Ir. Wahyudi, M.T.

Hormat kami,
Staf Prodi Teknik Sipil
""",
    "course_data",
    "id",
    fields={"course_name": "Struktur Baja", "changes": {"lecturer": "Ir. Wahyudi, M.T."}},
    client="zimbra",
)

M(
    "mahasiswa-kelas-bukan-nama",
    "2027-08-30 10:00:00",
    ("Ketua Kelas TI-1B", "kelas.ti1b@students.polibatam.ac.id"),
    "Enrol key",
    """Selamat pagi,

Mahasiswa kelas TI-1B belum bisa masuk course TIF1104. Mohon enrol key-nya diganti jadi ti1b-2027.

Terima kasih
""",
    "course_data",
    "id",
    fields={"course_code": "TIF1104", "changes": {"enrolment_key": "ti1b-2027"}},
)

M(
    "yang-saya-ampu-tanpa-koma",
    "2027-08-31 19:20:00",
    ("Melati Kusuma", "melati.kusuma@polibatam.ac.id"),
    "key belum ada",
    """Malam pak,

Course yang saya ampu Akuntansi Sektor Publik belum ada enrol key-nya. Mohon dibuatkan asp-2027.

Melati
""",
    "course_data",
    "id",
    fields={"course_name": "Akuntansi Sektor Publik", "changes": {"enrolment_key": "asp-2027"}},
    client="iphone",
)

M(
    "en-the-course-i-teach-apposition",
    "2027-09-01 09:00:00",
    ("Thomas Muller", "thomas.muller@polibatam.ac.id"),
    "Summary",
    """Hello,

The course I teach, Renewable Energy Systems, still has last year's summary. Please replace it with:
Solar, wind and storage systems for small grids.

Thomas
""",
    "course_data",
    "en",
    fields={
        "course_name": "Renewable Energy Systems",
        "changes": {"summary": "Solar, wind and storage systems for small grids."},
    },
)

M(
    "dosen-baru-kuliah-nama-saya-tanpa-kode",
    "2027-09-01 20:45:00",
    ("Aldi Firmansyah", "aldi.firmansyah@polibatam.ac.id"),
    "mohon bantuan",
    """Selamat malam,

Saya dosen baru (baru dua minggu). Untuk kuliah Mekanika Getaran saya, mahasiswa belum bisa enrol, katanya
perlu enrol key. Kalau boleh key-nya getaran27 saja. Maaf kalau istilahnya kurang tepat.

Terima kasih,
Aldi
""",
    "course_data",
    "id",
    fields={"course_name": "Mekanika Getaran", "changes": {"enrolment_key": "getaran27"}},
)

M(
    "kuliah-pak-nama-orang-bukan-mk",
    "2027-09-02 07:10:00",
    ("Sinta Maharani", "sinta.maharani@polibatam.ac.id"),
    "key",
    """Pagi,

Enrol key untuk kuliah Pak Hendra di course MES2202 mohon diganti jadi hendra-27.

Sinta
""",
    "course_data",
    "id",
    fields={"course_code": "MES2202", "changes": {"enrolment_key": "hendra-27"}},
)

# ---------------------------------------------------------------- fourth batch, written before its rules

M(
    "en-name-before-field-compound",
    "2027-09-03 08:15:00",
    ("Emily Clarke", "emily.clarke@polibatam.ac.id"),
    "Key leaked",
    """Hi,

Could you change the Water Resources Engineering enrolment key to wre-sept27? The old one was posted online.

Emily
""",
    "course_data",
    "en",
    fields={"course_name": "Water Resources Engineering", "changes": {"enrolment_key": "wre-sept27"}},
)

M(
    "field-lalu-nama-lalu-mohon",
    "2027-09-03 13:00:00",
    ("Yoga Pratama", "yoga.pratama@polibatam.ac.id"),
    "short name",
    """Siang min,

Short name Rekayasa Trafik tolong diganti jadi RT-2027 ya, biar sama dengan kelas lain.

Yoga
""",
    "course_data",
    "id",
    fields={"course_name": "Rekayasa Trafik", "changes": {"shortname": "RT-2027"}},
    client="iphone",
)

M(
    "en-i-coordinate-course",
    "2027-09-04 10:30:00",
    ("Dr. Aisha Rahman", "aisha.rahman@polibatam.ac.id"),
    "Second lecturer",
    """Dear P4M,

I coordinate Supply Chain Analytics this term. Please add Budi Gunawan, M.B.A. as a lecturer on the LMS.

Best regards,
Aisha
""",
    "course_data",
    "en",
    fields={"course_name": "Supply Chain Analytics", "changes": {"lecturer": "Budi Gunawan, M.B.A."}},
    client="outlook",
)

M(
    "dosen-lalu-nama-orang-bukan-mk",
    "2027-09-04 15:45:00",
    ("Admin Prodi Elektro", "prodi.elektro@polibatam.ac.id"),
    "Dosen pengampu ELK2201",
    """Siang,

Dosen Hendra Wijaya mohon ditambahkan sebagai pengampu di course ELK2201.

Terima kasih
""",
    "course_data",
    "id",
    fields={"course_code": "ELK2201", "changes": {"lecturer": "Hendra Wijaya"}},
)

M(
    "uts-nama-kelas-di-subjek",
    "2027-09-06 07:30:00",
    ("Budi Setiawan", "budi.setiawan@polibatam.ac.id"),
    "Pengumuman UTS Hidrologi Terapan TS-2A",
    """Pagi P4M, tolong pasang pengumuman ini di e-learning:

Judul: Ruang UTS Pindah
Isi: UTS minggu depan pindah ke ruang GU 601.

Budi
""",
    "announcement",
    "id",
    fields={"course_name": "Hidrologi Terapan", "title": "Ruang UTS Pindah", "scope": "course"},
)

M(
    "kuis-susulan-kelas-bukan-nama",
    "2027-09-06 11:00:00",
    ("Nia Ramadhani", "nia.ramadhani@polibatam.ac.id"),
    "Pengumuman Kuis Susulan TI-2A",
    """Siang, mohon umumkan di course TIF2107:

Judul: Kuis Susulan Jumat
Isi: Kuis susulan diadakan Jumat ini di lab 3.

Nia
""",
    "announcement",
    "id",
    fields={"course_code": "TIF2107", "title": "Kuis Susulan Jumat", "scope": "course"},
)

# ---------------------------------------------------------------- fifth batch, written before its rules

M(
    "dosen-baru-matkulnya-ragu",
    "2027-09-07 21:15:00",
    ("Galih Saputra", "galih.saputra@polibatam.ac.id"),
    "mau tanya",
    """Malam pak/bu, sy dosen baru di elektro. Mata kuliahnya Teknik Instalasi Listrik kalau tidak salah, tapi
di elearning belum ada nama sy sbg pengampu. Mohon dibantu tambahkan Galih Saputra, S.T.

Makasih
""",
    "course_data",
    "id",
    fields={"course_name": "Teknik Instalasi Listrik", "changes": {"lecturer": "Galih Saputra, S.T."}},
    client="iphone",
)

M(
    "en-new-lecturer-course-is-called",
    "2027-09-08 08:40:00",
    ("Lucas Moreau", "lucas.moreau@polibatam.ac.id"),
    "Access to my course",
    """Hello,

I joined last week. I believe the course is called Industrial Automation, but I don't know its code yet.
Could you add me, Lucas Moreau, as its lecturer on Moodle?

Thank you,
Lucas
""",
    "course_data",
    "en",
    fields={"course_name": "Industrial Automation", "changes": {"lecturer": "Lucas Moreau"}},
)


if __name__ == "__main__":
    sys.exit(E.main())

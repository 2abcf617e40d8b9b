"""The change-request grammar on short texts in voices the corpora lack: field cue x connector x value shape."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes
from parsers.automail import ScreeningContext
from tests.conftest import TEST_DATA
from tests.corpus_reports import corpus_report

CONTEXT = ScreeningContext(frozenset({"helpdesk-p4m@polibatam.ac.id"}), "helpdesk-p4m@polibatam.ac.id")


def pairs(text: str, code: str | None = None, subject: str = "") -> dict[str, str]:
    return {change.field: change.value for change in find_changes(text, code, subject)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # prose, Indonesian, formal and casual
        (
            "mohon nama mata kuliah IF302 (Pemrograman Web) di e-learning diubah menjadi Pemrograman Web Lanjut",
            {"fullname": "Pemrograman Web Lanjut"},
        ),
        ("tolong nama matkulnya diganti jd Statistika Terapan ya pak, makasih", {"fullname": "Statistika Terapan"}),
        (
            "Nama MK-nya salah. Mohon diubah menjadi Mekanika Fluida II. Terima kasih.",
            {"fullname": "Mekanika Fluida II"},
        ),
        ("nama course seharusnya Fisika Dasar 1, bukan Fisika 1", {"fullname": "Fisika Dasar 1"}),
        ("Nama mata kuliah yang benar adalah Etika Profesi Teknik.", {"fullname": "Etika Profesi Teknik"}),
        ("namanya bukan Basis Data tapi Sistem Basis Data", {"fullname": "Sistem Basis Data"}),
        ("nama MK dari Kalkulus ke Kalkulus Lanjut mulai semester ini", {"fullname": "Kalkulus Lanjut"}),
        ('nama course: "Jaringan Komputer Lanjut"', {"fullname": "Jaringan Komputer Lanjut"}),
        # English
        (
            "Could you rename the course to Software Testing and Quality Assurance?",
            {"fullname": "Software Testing and Quality Assurance"},
        ),
        ("The course name should be Applied Thermodynamics. Thanks!", {"fullname": "Applied Thermodynamics"}),
        (
            "The course title is wrong, please change it to Renewable Energy Systems.",
            {"fullname": "Renewable Energy Systems"},
        ),
        ("course name: Data Mining -> Data Mining and Analytics", {"fullname": "Data Mining and Analytics"}),
        # lecturers, with titles kept whole
        (
            "dosen pengampu mohon diganti menjadi Dian Permata Sari, S.Kom., M.Kom. Terima kasih.",
            {"lecturer": "Dian Permata Sari, S.Kom., M.Kom."},
        ),
        (
            "Pengampunya Prof. Dr. Ir. Agus Salim, M.Sc. mulai minggu depan.",
            {"lecturer": "Prof. Dr. Ir. Agus Salim, M.Sc."},
        ),
        ("The lecturer should be Dr. Maria Santos, Ph.D.", {"lecturer": "Dr. Maria Santos, Ph.D."}),
        ("lecturer: Old: Rudi Hartono, S.T. / New: Hana Putri, M.T.", {"lecturer": "Hana Putri, M.T."}),
        # classes, with suffixes and hyphens
        ("kelasnya msh IF-2A, hrsnya IF-2C Malam", {"class": "IF-2C Malam"}),
        ("Kelas: KJ-RKS3B", {"class": "KJ-RKS3B"}),
        ("please move the course to class MB-3A", {"class": "MB-3A"}),
        # credits, semester, keys, short names
        ("sks nya tolong jadi 4", {"credits": "4"}),
        # a credit count in words is the value as written (labels keep every value verbatim)
        ("SKS seharusnya tiga, bukan dua", {"credits": "tiga"}),
        ("bobotnya diubah menjadi 2 SKS", {"credits": "2"}),
        ("tahun ajaran diubah ke Genap 2026/2027", {"semester": "Genap 2026/2027"}),
        (
            "enrolment key menjadi Kimia#2026 dan short name jadi KIM1101-A",
            {
                "enrolment_key": "Kimia#2026",
                "shortname": "KIM1101-A",
            },
        ),
        ("Short name should be ME2201-TD, not ME2201.", {"shortname": "ME2201-TD"}),
        ("set the enrolment key to thermo-25 please", {"enrolment_key": "thermo-25"}),
        # a whole paragraph
        (
            "Deskripsi course mohon diganti menjadi:\n\nMata kuliah ini membahas dasar-dasar termodinamika,\n"
            "hukum pertama dan kedua, serta siklus daya.\n\nTerima kasih.",
            {
                "summary": "Mata kuliah ini membahas dasar-dasar termodinamika, hukum pertama dan kedua, "
                "serta siklus daya."
            },
        ),
        # a field named as the place where the old value shows is not the field asked to change
        (
            "The old lecturer's name is still shown in the course description. Please change it to Ir. Bambang "
            "Sutrisno, M.T. so that students can reach him.",
            {"lecturer": "Ir. Bambang Sutrisno, M.T."},
        ),
        (
            "Nama dosen lama masih tercantum di bagian deskripsi MK. Mohon diganti dengan Dr. Sri Wahyuni, M.Kom. "
            "agar mahasiswa tidak bingung.",
            {"lecturer": "Dr. Sri Wahyuni, M.Kom."},
        ),
        (
            "Mohon deskripsi di halaman course diubah menjadi: Mata kuliah ini membahas perancangan basis data.",
            {"summary": "Mata kuliah ini membahas perancangan basis data."},
        ),
        # phone abbreviations of "yang benar" and "bukan", and "harusnya udah X"
        ("sks yg bnr 4 bkn 3 ya min", {"credits": "4"}),
        ("kelasnya bkn RB-1A tp RB-1C pak", {"class": "RB-1C"}),
        ("smtnya kok msh Gasal 2025/2026, hrsnya udah Genap 2025/2026", {"semester": "Genap 2025/2026"}),
        # "dibuat", "dijadikan", "diset" followed by the value itself
        ("Kode singkat MK ini tolong dijadikan MS2104-B ya.", {"shortname": "MS2104-B"}),
        ("kunci enrol kelas saya mohon diset Fluida#77", {"enrolment_key": "Fluida#77"}),
        # a name's own abbreviation in brackets belongs to it; a code in brackets does not
        (
            "Nama MK baru: Pendidikan Jasmani dan Olahraga (PJOK).",
            {"fullname": "Pendidikan Jasmani dan Olahraga (PJOK)"},
        ),
        ("nama MK diganti jadi Gambar Teknik Mesin (ME1203).", {"fullname": "Gambar Teknik Mesin"}),
        # the signature under the closing is not a change, the request above it is
        (
            "Bobot MK ini mohon dijadikan 4 SKS.\n\nBest regards,\nLecturer: Dr. Tomas Novak, Ph.D.",
            {"credits": "4"},
        ),
        # when the change takes effect is not part of the value
        (
            "Nama course diganti jadi Teknologi Bahan Bangunan mulai tahun depan.",
            {"fullname": "Teknologi Bahan Bangunan"},
        ),
        ("Please rename the course to Renewable Energy Policy next semester.", {"fullname": "Renewable Energy Policy"}),
        ("Nama MK menjadi Metode Numerik Terapan per semester berikutnya.", {"fullname": "Metode Numerik Terapan"}),
        # a cue on a line of its own over old/new, from/to lines
        ("Nama mata kuliah\nLama: Gambar Teknik\nBaru: Gambar Teknik Mesin", {"fullname": "Gambar Teknik Mesin"}),
        (
            "Dosen pengampu\nsemula: Drs. Heru Prasetyo\nmenjadi: Dr. Wening Ayu, M.Pd.",
            {"lecturer": "Dr. Wening Ayu, M.Pd."},
        ),
        (
            "The course title has to change.\nFrom: Intro to Robotics\nTo: Introduction to Mobile Robotics",
            {"fullname": "Introduction to Mobile Robotics"},
        ),
        # the writer names themself as the new lecturer
        (
            "Pengampu MK ini masih tertulis Bu Yanti, seharusnya saya sendiri, Agus Salim, S.Pd., M.Pd.",
            {"lecturer": "Agus Salim, S.Pd., M.Pd."},
        ),
        (
            "The lecturer shown is my predecessor; it should be me, Dr. Elena Petrova.",
            {"lecturer": "Dr. Elena Petrova"},
        ),
        # whole values: a list of capitalised words, a subtitle after a colon, titles of other traditions
        (
            "Nama MK diganti jadi Kesehatan, Keselamatan dan Lingkungan.",
            {"fullname": "Kesehatan, Keselamatan dan Lingkungan"},
        ),
        (
            "Please rename the course to Special Topics in Energy: Hydrogen Systems",
            {"fullname": "Special Topics in Energy: Hydrogen Systems"},
        ),
        ("Dosen pengampu diganti menjadi dr. Ratna Sari, M.Kes.", {"lecturer": "dr. Ratna Sari, M.Kes."}),
        ("New lecturer: Assoc. Prof. Dr. Tan Boon Hock", {"lecturer": "Assoc. Prof. Dr. Tan Boon Hock"}),
        # "Requested:", "Yang diminta:" label the new value
        ("Short name now: EL2101. Requested: EL2101-RL", {"shortname": "EL2101-RL"}),
        ("Bobot SKS saat ini: 2. Yang diminta: 3", {"credits": "3"}),
        # "should become", and a bare "key" named as the new one
        ("The course's short name should become CH1101-GC.", {"shortname": "CH1101-GC"}),
        ("We had a leak, so please change the enrolment key. New key: Bio#7731", {"enrolment_key": "Bio#7731"}),
        # a person put in the lecturer's place, the cue after the name
        ("Could you list Prof. Mei Ling Chan as the lecturer of this course?", {"lecturer": "Prof. Mei Ling Chan"}),
        ("Mohon cantumkan Dr. Yoga Pratama, M.Eng. sebagai dosen pengampu.", {"lecturer": "Dr. Yoga Pratama, M.Eng."}),
        ("Please assign the course to Dr. Tariq Mahmood from next week.", {"lecturer": "Dr. Tariq Mahmood"}),
        # "is now": the field's new value
        (
            "Heads-up: the instructor of CE2201 is now Ir. Wayan Suarjana, M.T.",
            {"lecturer": "Ir. Wayan Suarjana, M.T."},
        ),
        # "X out, Y in": the one who leaves is the old value
        ("Lecturer change: Mr. Ben Carter out, Dr. Aisha Rahman in.", {"lecturer": "Dr. Aisha Rahman"}),
        # a value that opens with a person's title is a person, never a course's name or description
        (
            "The teacher shown on the course page is still my predecessor. "
            "Kindly replace the name with Dr. Priya Nair.",
            {"lecturer": "Dr. Priya Nair"},
        ),
        # "the title of" a course or its code is its name
        (
            "The title of ME3104 should be Advanced Manufacturing Processes.",
            {"fullname": "Advanced Manufacturing Processes"},
        ),
        (
            "Please change the title of our course to Sustainable Building Design.",
            {"fullname": "Sustainable Building Design"},
        ),
        (
            "the title of CE2201 is revised as below:\n\nOld: Soil Mechanics\nNew: Geotechnical Engineering 1",
            {"fullname": "Geotechnical Engineering 1"},
        ),
        # a table rendered from HTML
        (
            "Data| Lama| Baru\n---|---|---\nNama MK| Fisika| Fisika Terapan\nSKS| 2| 3\n",
            {"fullname": "Fisika Terapan", "credits": "3"},
        ),
    ],
)
def test_values_are_read_where_people_put_them(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nama mata kuliah perlu diganti, nanti saya kabari nama barunya.",
        "Please change the lecturer of Thermodynamics; the new name will follow.",
        "jadi mohon dibantu ya pak",
        "Saya dosen pengampu Kalkulus, mohon bantuannya.",
        "kelas saya tidak muncul di dashboard",
        "Nama lama: Basis Data",
        # a change already done, said as what happened after or since it
        "Setelah diubah menjadi 4 SKS, rekap nilai di e-learning jadi kosong. Mohon dicek.",
        "The gradebook broke since the class was moved to MB-3C last week.",
        "Minggu lalu sudah saya ganti nama course menjadi Kimia Analitik, tapi di dashboard belum berubah.",
        # the name of a person, not of the course
        "Nama saya di e-learning salah ketik, seharusnya Rahmat Hidayat, bukan Rachmat Hidayat.",
        "My name is misspelled in the course; it should be Ana Lucia Pereira.",
        "The class is now full, could you open a second section?",
        # an open decision, a change waiting on approval, a change that befell the course asked about
        "Jurusan belum memutuskan apakah SKS MK ini akan menjadi 4.",
        "We are considering changing the lecturer to Dr. Imran Qureshi next year.",
        "Once approved by the dean, the course name will change to Marine Engineering Design.",
        "Kenapa kelas saya tiba-tiba berubah jadi MB-2C?",
        "Students ask why the short name became EE3101-OLD.",
        "The key points of the new syllabus are attached.",
        # a labelled line under the closing signs the mail
        "Mohon bantuannya untuk akses course saya.\n\nSalam hormat,\nKoordinator Kelas: RB-2A\nDosen: Ir. Made Arsana",
        # adding someone is not replacing the lecturer; a hedged assignment is not asked
        "Please enrol Dr. Paulo Mendes as a teacher in my course.",
        "Maybe we could assign the course to Dr. Lisa Ho next year.",
        # two values of one shape are a list the field cannot hold
        "Please set the semester to Ganjil 2026/2027 and Genap 2026/2027.",
        # a person where a course's name or description would stand
        "The course summary still mentions Mr. Tan. Please replace him with Ms. Linda Wong, M.Sc.",
        "Ringkasan MK masih menyebut dosen lama. Mohon diganti: Bapak Hendra Gunawan akan mengampu mulai pekan depan.",
        # supposed values, and values the writer asks not to apply yet
        "Seandainya nama course diganti jadi Fisika Terapan, apakah nilai mahasiswa ikut hilang?",
        "If we wanted to change the short name to PHY-101X, who would approve it?",
        "Nama MK mungkin diganti menjadi Mekanika Lanjut, tapi jangan diubah dulu sebelum rapat prodi.",
    ],
)
def test_no_value_is_claimed_without_one(text: str) -> None:
    assert pairs(text) == {}


def test_the_course_code_itself_is_not_a_new_short_name() -> None:
    assert pairs("Kode MK: IF201\nNama baru: Sistem Basis Data", "IF201") == {"fullname": "Sistem Basis Data"}


def test_each_value_says_where_it_came_from() -> None:
    text = "mohon nama MK diubah menjadi Robotika Industri"
    (change,) = find_changes(text)
    assert text[change.start : change.end] == "Robotika Industri"
    assert "menjadi" in change.cue and "nama MK" in change.cue
    assert change.reason().startswith("changes.fullname = 'Robotika Industri' from ")


def test_the_subject_completes_what_the_text_leaves_out() -> None:
    found = pairs("Mohon bantuannya, terima kasih.", subject="Course Fisika dipindah ke semester Genap 2026/2027")
    assert found == {"semester": "Genap 2026/2027"}


# Letters, phone messages and English mail from staff abroad: quotes after a bare verb, "from X to Y", courtesy
# words before a name, labelled lines under "sebagai berikut:", a label after a typo note.
MORE_VOICES = [
    ("Kunci barunya SO-genap26 ya.", {"enrolment_key": "SO-genap26"}),
    ("Mohon ubah nama MK dari 'Basis Data' menjadi 'Sistem Basis Data'.", {"fullname": "Sistem Basis Data"}),
    ("tolong ganti enrollment key-nya ke: abc123", {"enrolment_key": "abc123"}),
    ("SKS MK ini harusnya 3 bukan 2", {"credits": "3"}),
    ("pls change shortname to IF302-B thx", {"shortname": "IF302-B"}),
    ("Dosen pengampu: Budi Santoso, S.T., M.T. (menggantikan Ibu Ani)", {"lecturer": "Budi Santoso, S.T., M.T."}),
    ("Ganti dosen pengampu dari Pak Budi ke Bu Ani Lestari, M.Kom. ya", {"lecturer": "Ani Lestari, M.Kom."}),
    ("jumlah SKS dari 2 menjadi 3", {"credits": "3"}),
    ("the enrolment key should be changed to Net@2026", {"enrolment_key": "Net@2026"}),
    ("Could you update the course's short name from IF302 to IF302-B?", {"shortname": "IF302-B"}),
    (
        "Nama course di e-learning masih 'Basis Data', mohon diganti 'Sistem Basis Data'",
        {"fullname": "Sistem Basis Data"},
    ),
    (
        "Yth. Bapak/Ibu,\nBersama ini kami mohon perubahan nama mata kuliah sebagai berikut:\n"
        "Nama Lama: Fisika\nNama Baru: Fisika Terapan\nDemikian.",
        {"fullname": "Fisika Terapan"},
    ),
    (
        "Hi, the course name on Moodle says 'Intro to Programing' (typo). Correct name: Introduction to Programming.",
        {"fullname": "Introduction to Programming"},
    ),
    ("kelas TI-2A dan TI-2B digabung jadi satu course ya min, namanya TI-2A/2B", {}),
    ("mohon short name IF205 diganti IF205-P karena bentrok", {"shortname": "IF205-P"}),
    ("Tolong ubah SKS menjadi 4 SKS.", {"credits": "4"}),
    ('Key enrol course saya ganti jadi "kalkulus#1" ya', {"enrolment_key": "kalkulus#1"}),
    ("Mohon pengampu MK Fisika ditambah Dr. Rina Wati, M.Si.", {}),
    ("The new lecturer is Mr. John Smith, M.Sc.", {"lecturer": "John Smith, M.Sc."}),
    ("Judul course tolong jadi Manajemen Proyek TI", {"fullname": "Manajemen Proyek TI"}),
    ("tahun ajarannya salah, harusnya 2026/2027 Ganjil", {"semester": "2026/2027 Ganjil"}),
]


@pytest.mark.parametrize(("text", "expected"), MORE_VOICES)
def test_more_voices(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Enrolment key: old Kimia2025 -> new Kimia-Genap26", {"enrolment_key": "Kimia-Genap26"}),
        (
            "Enrolment key kelas Praktikum CNC mohon diganti: mesin2027 (huruf kecil semua).",
            {"enrolment_key": "mesin2027"},
        ),
        ("The short name is wrong, it says PH101. Please make it PH1101-2026.", {"shortname": "PH1101-2026"}),
        ("the semester of Web Programming should be 3, not 4.", {"semester": "3"}),
        (
            "the lecturer for Manufacturing will be Ir. Bambang Setiawan, M.T., replacing Mr. Arif",
            {"lecturer": "Ir. Bambang Setiawan, M.T."},
        ),
        ("Kelas: lama TI-2A, baru TI-2B Malam", {"class": "TI-2B Malam"}),
        ("di e-learning tertulis 2 SKS, padahal jumlah SKS-nya 4", {"credits": "4"}),
        ("- semester menjadi 6", {"semester": "6"}),
        ("mohon nama singkatnya diubah menjadi STAT2-B26", {"shortname": "STAT2-B26"}),
    ],
)
def test_side_words_suffixes_and_numbers(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


# The grammar's kinds read this round: cue variants and typos, names in any Latin script, a sentence end after a
# name, a correction right after a value, a cue naming the current value read on to the new one, coordinated cues,
# tables whose field is not in the first cell.
GRAMMAR_KINDS = [
    ("smt utk MK Fisika Terapan tlg diubah dari 3 ke 2. Mksh", {"semester": "2"}),
    ("kelas = TRK-2B\nsmt = 4", {"class": "TRK-2B", "semester": "4"}),
    ("Please change the lecturer to Dr. Anna Schäfer. She arrived last week.", {"lecturer": "Dr. Anna Schäfer"}),
    (
        "nama matkul salah ketik, harusnya Pemrograman Berorientasi Objek bukan Pemograman Berorientasi Objek.",
        {"fullname": "Pemrograman Berorientasi Objek"},
    ),
    ("Nama singkat MK saat ini: AN2201-3D. Mohon diperbaiki menjadi AN2201-ANIM3D", {"shortname": "AN2201-ANIM3D"}),
    ("No| Data| Semula| Menjadi\n---|---|---|---\n1| Kelas| TM-3A| TM-3A/3B\n", {"class": "TM-3A/3B"}),
    ("SKS: 2 (seharusnya 3)", {"credits": "3"}),
    (
        "mohon diganti nama dosennya, yang sebelumnya Bapak Rudi Hartono, sekarang Ibu Dewi Kartika, M.Pd.",
        {"lecturer": "Dewi Kartika, M.Pd."},
    ),
    ("Nama MK sudah diganti jadi Fisika 2 tapi seharusnya Fisika Dasar 2.", {"fullname": "Fisika Dasar 2"}),
    (
        "please change the full name to Advanced Mechatronics and the short name to TM4101-ADV.",
        {"fullname": "Advanced Mechatronics", "shortname": "TM4101-ADV"},
    ),
    ("Mohon semester diset ke Genap 2026/2027 dan SKS ke 3", {"semester": "Genap 2026/2027", "credits": "3"}),
    ("dosennya ganti jadi pak Yudi Prasetyo ya", {"lecturer": "Yudi Prasetyo"}),
    ("Dosen pengganti untuk MK ini adalah Arif Rahman, M.T.", {"lecturer": "Arif Rahman, M.T."}),
    ("semester tolong dipindah ke Genap, sekarang masih tercatat Ganjil", {"semester": "Genap"}),
    ("kelas kami tolong diubah jadi kelas C ya", {"class": "C"}),
    ("Mohon ubah nama singkat jadi pbo-2027", {"shortname": "pbo-2027"}),
    ("Could you update the lecturer name to Mr. John Doe, M.A.?", {"lecturer": "John Doe, M.A."}),
    ("Apakah mungkin nama MK diganti jadi Analisis Data?", {"fullname": "Analisis Data"}),
    ("Dosen Pengganti Akuntansi\nBu Rina,", {}),
]


GRAMMAR_KINDS += [
    # verbs, qualified labels, a labelled value replaced right after it
    ('Kindly amend the course title to read "Fluid Mechanics II".', {"fullname": "Fluid Mechanics II"}),
    (
        "Nama MK di e-learning: Kewarganegaraan. Nama MK sesuai kurikulum: Pendidikan Kewarganegaraan.",
        {"fullname": "Pendidikan Kewarganegaraan"},
    ),
    ("Nama MK: Basis Data menjadi Sistem Basis Data", {"fullname": "Sistem Basis Data"}),
    ("Dosen: Budi Santoso, S.T., M.T. diganti Ani Lestari, M.T.", {"lecturer": "Ani Lestari, M.T."}),
    ("Could the enrolment key be reset to Robot#2027?", {"enrolment_key": "Robot#2027"}),
    ("Short name kami minta disesuaikan: TM1101-FIS", {"shortname": "TM1101-FIS"}),
    ("The lecturer listed (Mr. Budi) is wrong; it should read Ms. Clara Wu, M.Sc.", {"lecturer": "Clara Wu, M.Sc."}),
    # academic titles and names as a grammar
    ("Dosen pengampu mohon diganti menjadi Budi Santoso, S.Kom., M.T.I.", {"lecturer": "Budi Santoso, S.Kom., M.T.I."}),
    ("dosen diganti menjadi Agus Salim, S.Tr.T. Terima kasih.", {"lecturer": "Agus Salim, S.Tr.T."}),
    ("dosen diganti menjadi Rina Wati, A.Md. Terima kasih.", {"lecturer": "Rina Wati, A.Md."}),
    ("dosen diganti menjadi Hj. Siti Aminah, S.Pd.I., M.Pd.", {"lecturer": "Hj. Siti Aminah, S.Pd.I., M.Pd."}),
    ("dosen diganti menjadi Dr.Eng. Ahmad Rizal", {"lecturer": "Dr.Eng. Ahmad Rizal"}),
    ("dosen diganti menjadi I Made Wirawan, S.T., M.T.", {"lecturer": "I Made Wirawan, S.T., M.T."}),
    ("dosen diganti menjadi M. Ikhsan, S.T.", {"lecturer": "M. Ikhsan, S.T."}),
    ("dosen diganti menjadi Ahmad Fauzi, S.E., M.M., CFP. Terima kasih.", {"lecturer": "Ahmad Fauzi, S.E., M.M., CFP"}),
    ("Dosen pengampu diganti menjadi Budi Santoso, Mulai minggu depan.", {"lecturer": "Budi Santoso"}),
    # where a course name ends
    ("Mohon nama MK diubah menjadi Basis Data Lanjut pada semester genap.", {"fullname": "Basis Data Lanjut"}),
    (
        "Mohon nama MK diubah menjadi Bahasa Inggris untuk Komunikasi Bisnis.",
        {"fullname": "Bahasa Inggris untuk Komunikasi Bisnis"},
    ),
    ("Mohon nama MK diubah menjadi e-Business agar sama dengan SIAKAD.", {"fullname": "e-Business"}),
    ("Mohon nama MK diubah menjadi Praktikum Jaringan (Lanjutan).", {"fullname": "Praktikum Jaringan (Lanjutan)"}),
    ("Mohon nama MK diubah menjadi Basis Data Lanjut (TI2203).", {"fullname": "Basis Data Lanjut"}),
    (
        "nama MK diubah menjadi Auditing Berbasis Risiko - Lanjutan.",
        {"fullname": "Auditing Berbasis Risiko - Lanjutan"},
    ),
    ("nama MK diubah menjadi Auditing Lanjut - Terima kasih.", {"fullname": "Auditing Lanjut"}),
    # a description whose lines Outlook made paragraphs; a courtesy word before a name
    (
        "Deskripsi mohon diganti menjadi:\n\nMata kuliah ini membahas prinsip animasi, penyusunan storyboard,\n\n"
        "teknik tweening dan produksi film pendek.\n\nTerima kasih,",
        {
            "summary": "Mata kuliah ini membahas prinsip animasi, penyusunan storyboard, teknik tweening dan "
            "produksi film pendek."
        },
    ),
    ("Pengampu mohon diganti menjadi Saudara Ilham Maulana, S.T.", {"lecturer": "Ilham Maulana, S.T."}),
    # typed on a phone
    ("mhn pngampu diubh mnjd Sari Dewi, M.T.", {"lecturer": "Sari Dewi, M.T."}),
    ("kls nya ubh k TI-2B ya min", {"class": "TI-2B"}),
    ("nm matkul sy tlg dganti Basis Data Lanjut", {"fullname": "Basis Data Lanjut"}),
    ("pw enrol ganti jd bdl2027", {"enrolment_key": "bdl2027"}),
    ("sks nya hrs 3 min bkn 2", {"credits": "3"}),
    ("dosen pengajarnya diganti sm Pak Hendra Gunawan", {"lecturer": "Hendra Gunawan"}),
    # English modal requests; a name's sentence-final dot is not a title's
    ("I'd like the lecturer to be Dr. Hannah Lee.", {"lecturer": "Dr. Hannah Lee"}),
    ("We need the class to be EE-2A.", {"class": "EE-2A"}),
    ("The credit value ought to be 3.", {"credits": "3"}),
    ("New enrolment key please: Robo_2027", {"enrolment_key": "Robo_2027"}),
    ("Please rename it Applied Robotics.", {"fullname": "Applied Robotics"}),
    # a no-break space from Gmail's plain text
    (
        "Dosen pengampu mohon diganti menjadi Dr.\u00a0Ani\u00a0Lestari,\u00a0M.Kom.",
        {"lecturer": "Dr. Ani Lestari, M.Kom."},
    ),
    # a verb as the cue, a qualified label
    (
        "Mulai semester ini, MK Sistem Cerdas diampu oleh Dr. Rina Wati, M.T.",
        {"lecturer": "Dr. Rina Wati, M.T."},
    ),
    ("Dosen yang akan mengajar: Dr. Rina Wati, M.T.", {"lecturer": "Dr. Rina Wati, M.T."}),
    ("MK ini sebelumnya diampu oleh Pak Budi Santoso, sekarang belum ada dosennya.", {}),
    # when and why after a name: never part of it
    ("Please change the course name to Principles of Marketing by Friday.", {"fullname": "Principles of Marketing"}),
    ("Please change the course name to Basis Data Lanjut as agreed.", {"fullname": "Basis Data Lanjut"}),
    ("Mohon nama MK diubah menjadi Basis Data Lanjut per 1 Maret 2027.", {"fullname": "Basis Data Lanjut"}),
    ("Mohon nama MK diubah menjadi Basis Data Lanjut dan dosennya tetap.", {"fullname": "Basis Data Lanjut"}),
    ("Please change the course name to Software as a Service.", {"fullname": "Software as a Service"}),
    # academic years and counts
    ("Semester MK ini mohon diubah menjadi Genap 2026-2027.", {"semester": "Genap 2026-2027"}),
    ("Semester mohon diubah jadi Gasal 2026/27", {"semester": "Gasal 2026/27"}),
    ("jumlah sks jd 2sks", {"credits": "2"}),
]


@pytest.mark.parametrize(("text", "expected"), GRAMMAR_KINDS)
def test_grammar_kinds(text: str, expected: dict[str, str]) -> None:
    assert pairs(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "mungkin dosennya nanti Pak Budi Hartono, S.T., M.T., tapi belum pasti.",
        "semester depan prodi berencana mengganti nama MK menjadi Dasar-Dasar Logistik.",
        "SKS MK ini kemungkinan akan jadi 3 tahun depan.",
        "the lecturer might need to change next month, possibly to Dr. Maria Gomez.",
        "Nama MK-nya sudah diganti menjadi Pemrograman Berorientasi Objek, terima kasih banyak!",
        "Thanks, the course name has been changed to Cloud Computing Fundamentals correctly.",
        "bagaimana cara mengganti nama MK menjadi yang baru?",
        "How do I change the enrolment key to something new myself?",
        "Kelasnya tidak usah diubah menjadi TI-2B, tetap TI-2A.",
        "Nama dosen tertulis Drs. Ahmad Yani, M.Si.; nama yang benar akan dikirim kaprodi.",
        "Kelas saya (TI-2A) tidak bisa diakses mahasiswa sejak pagi.",
        "Dosen pengampu MK ini adalah saya sendiri, tetapi di e-learning tertulis Budi Santoso.",
        "Tolong ganti password saya jadi Abc12345",
        "Mohon nama MK di e-learning disamakan dengan SIAKAD.",
    ],
)
def test_hedges_plans_done_changes_and_questions_claim_nothing(text: str) -> None:
    assert pairs(text) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a block of labelled lines that names the course by its code identifies it; the change is asked below
        (
            "Kode MK : EL2105\nNama MK : Rangkaian Listrik 2\nDosen : Andi Wijaya, S.T., M.T.\n\n"
            "Nama mata kuliah tersebut mohon diubah menjadi Analisis Rangkaian Listrik.",
            {"fullname": "Analisis Rangkaian Listrik"},
        ),
        (
            "Nama Mata Kuliah : Logika Informatika (EL2105)\nJumlah SKS : 2\n\nJumlah SKS seharusnya 3.",
            {"credits": "3"},
        ),
        (
            "- Short name: EL2105 -> EL2105-RL\n- Kunci pendaftaran: rl2027",
            {"shortname": "EL2105-RL", "enrolment_key": "rl2027"},
        ),
        # tables rendered from HTML: a row per field, a column per field, key-value rows
        (
            "Field| Current value| Requested value\n---|---|---\nLecturer| Hendra Gunawan, S.T.| Yusuf Hamdani, M.T.\n",
            {"lecturer": "Yusuf Hamdani, M.T."},
        ),
        (
            "Kode MK| Nama MK Lama| Nama MK Baru| Dosen Baru\n---|---|---|---\n"
            "EL2105| Grafika Komputer| Grafika dan Visualisasi| Rina Oktaviani, M.Kom.\n",
            {"fullname": "Grafika dan Visualisasi", "lecturer": "Rina Oktaviani, M.Kom."},
        ),
        (
            "Kode MK| EL2105\n---|---\nNama MK saat ini| Manajemen Risiko\nNama MK baru| Manajemen Risiko Perusahaan\n",
            {"fullname": "Manajemen Risiko Perusahaan"},
        ),
        (
            "Data| Semula| Menjadi\n---|---|---\nNama MK| Sistem Basis Data| Tetap\n"
            "Dosen pengampu| Budi Santoso, S.T.| Ratna Dewi, M.Kom. (dosen baru)\nSKS| 3| tidak berubah\n",
            {"lecturer": "Ratna Dewi, M.Kom."},
        ),
        (
            " | Course name| Lecturer\n---|---|---\nOld| Project Management| Agus Pratama, S.E.\n"
            "New| Agile Project Management| Dr. Maya Sari, M.M.\n",
            {"fullname": "Agile Project Management", "lecturer": "Dr. Maya Sari, M.M."},
        ),
        (
            "PERUBAHAN DATA\n---\nData| Lama| Baru\nMata Kuliah| Teknik Tenaga Listrik| Teknik Tenaga Listrik\n"
            "dan Energi Terbarukan\nKelas| EL-3A| EL-3A/3B\n",
            {"fullname": "Teknik Tenaga Listrik dan Energi Terbarukan", "class": "EL-3A/3B"},
        ),
        (
            "Course: Entrepreneurship (EL2105)\n\nNew lecturer: Dra. Sri Wahyuni, M.M.",
            {"lecturer": "Dra. Sri Wahyuni, M.M."},
        ),
        (
            "Kode/Nama MK: EL2105/Sistem Kendali Digital\nSemester mohon diubah menjadi Genap 2026/2027.",
            {"semester": "Genap 2026/2027"},
        ),
        (
            "Could you change the short name of my course Renewable Energy Systems Engineering (EL2105) to "
            "EL2105-RESE?",
            {"shortname": "EL2105-RESE"},
        ),
    ],
)
def test_labelled_blocks_and_tables(text: str, expected: dict[str, str]) -> None:
    assert pairs(text, "EL2105") == expected


def test_the_changes_corpus_meets_the_targets() -> None:
    """The fifth tuning corpus, written for the change grammar: the issue's targets for change pairs."""
    report = corpus_report(TEST_DATA / "requests-tune5-changes")
    assert report.change_pairs.pair_recall >= 0.85
    assert report.change_pairs.wrong_value_claimed <= 0.03, report.change_pairs.wrong_claims


def test_the_ninth_changes_corpus_meets_the_targets() -> None:
    """The ninth tuning corpus, written in other voices after the held-out part3 was opened (a semester with its
    word, merged classes, later corrections, old values named first, forms, attachments, near-misses): the issue's
    targets for change pairs, the course code and the course name."""
    report = corpus_report(TEST_DATA / "requests-tune9-changes")
    assert report.change_pairs.pair_recall >= 0.85
    assert report.change_pairs.wrong_value_claimed <= 0.03, report.change_pairs.wrong_claims
    fields = report.field_accuracy
    assert fields["course_code"] >= 0.95 and fields["course_name"] >= 0.9, report.field_mistakes

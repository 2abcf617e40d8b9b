"""Change values found when held-out part32 and part30 were opened (as tune51 and tune52), in voices they do not use:
a list item's current value then its "correct value"; a teaching team of three with a coordinator's bracket; a particle
inside a Batak woman's name; a plain word as the key with how to type it; a practical's shift as its class; a
lower-case name with an apostrophe; the writer's own "dosen" as no field; a form's receipt in question and answer
lines; a subtitle after a dash; a name in two languages across a slash; old/new lines of the field a form names; a
value picked after two offered; a group told of after "padahal"; the writer's own idea, asked back unless picked."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.form_answers import answers_as_labelled_lines
from daemon.classify.memory import NO_EXAMPLES
from daemon.classify.model import RequestType
from tests.change_reading import changes_asked

AT = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)


CHANGES = (
    pytest.param(
        "Two fixes",
        "Dear team, for Power Electronics (EE3301) two values are wrong:\n- credits: currently 2, correct value 3\n"
        "- semester: currently 4, correct value 5\nPlease fix. Regards",
        {"credits": "3", "semester": "5"},
        id="current-then-correct-value",
    ),
    pytest.param(
        "Lecturers",
        "For Fluid Power (MEC3104) please set the lecturers to the teaching team: Ir. Joko Santoso, M.T. "
        "(coordinator), Dewi Anggraini, S.T., M.Eng., and Feri Gunawan, S.Tr.T.",
        {"lecturer": "Ir. Joko Santoso, M.T. (coordinator), Dewi Anggraini, S.T., M.Eng., and Feri Gunawan, S.Tr.T."},
        id="team-of-three-with-coordinator",
    ),
    pytest.param(
        "Dosen",
        "Dosen MK Kimia Dasar (KI1101) mohon diganti menjadi Rosdiana Br. Tarigan, S.Pd., M.Pd. Terima kasih.",
        {"lecturer": "Rosdiana Br. Tarigan, S.Pd., M.Pd."},
        id="batak-boru-particle",
    ),
    pytest.param(
        "Dosen Fisika",
        "Untuk MK Fisika Dasar (FI1101) kelas TM-1A, dosennya di e-learning tolong diganti jadi tim berdua: Dr. Hotma "
        "Siahaan, M.Si. dan Rosdiana Br. Tarigan, S.Pd., M.Pd. Mereka berdua yang mengajar sekarang.",
        {"lecturer": "Dr. Hotma Siahaan, M.Si. dan Rosdiana Br. Tarigan, S.Pd., M.Pd."},
        id="team-of-two-with-particle",
    ),
    pytest.param(
        "Enrol key",
        "Tolong enrolment key MK Kimia Dasar (KI1101) diganti menjadi melati, huruf kecil semua. Terima kasih.",
        {"enrolment_key": "melati"},
        id="word-key-how-typed-id",
    ),
    pytest.param(
        "Key",
        "Please change the enrolment key of Cost Accounting (AC2201) to harbour, all lower case. Thanks.",
        {"enrolment_key": "harbour"},
        id="word-key-how-typed-en",
    ),
    pytest.param(
        "class",
        "Please change the class of Welding Lab (WE1201) to 1-Shift 2. Thanks.",
        {"class": "1-Shift 2"},
        id="practical-shift-class",
    ),
    pytest.param(
        "dosen",
        "dosen MK kalkulus 2 (MA1202) tolong diganti jadi nur'aini lubis s.si m.si ya, makasih",
        {"lecturer": "nur'aini lubis s.si m.si"},
        id="lower-case-name-with-apostrophe",
    ),
    pytest.param(
        "Ganti nama matakuliah",
        "Selamat malam. Nama mata kuliah saya di e-learning tolong diganti:\n\nEL2203 Elektronika Analog  -->  "
        "Elektronika Analog – Rangkaian & Aplikasi\n\nTerima kasih.",
        {"fullname": "Elektronika Analog – Rangkaian & Aplikasi"},
        id="subtitle-after-a-dash",
    ),
    pytest.param(
        "Full name",
        "Dear Helpdesk, the course TI-3104 Software Engineering / Rekayasa Perangkat Lunak now covers agile methods. "
        "Please change the full name to:\n\nAgile Software Engineering / Rekayasa Perangkat Lunak Agile\n\nRegards",
        {"fullname": "Agile Software Engineering / Rekayasa Perangkat Lunak Agile"},
        id="name-in-two-languages-across-a-slash",
    ),
    pytest.param(
        "form",
        "Terlampir formnya.\n\nFORMULIR PERUBAHAN DATA MATA KULIAH\nKode Mata Kuliah: TM2201\n"
        "Nama Mata Kuliah: Mekanika Teknik\nData yang diubah: Kelas\nSemula: TM-2A\nMenjadi: TM-2A Malam\n"
        "Alasan: pindah ke malam",
        {"class": "TM-2A Malam"},
        id="form-old-new-lines-of-the-field-named",
    ),
)


@pytest.mark.parametrize(("subject", "text", "expected"), CHANGES)
def test_the_change_is_read_as_written(subject: str, text: str, expected: dict[str, str]) -> None:
    assert changes_asked(subject, text, AT) == expected


def test_a_team_named_without_a_plural_cue_is_not_joined() -> None:
    text = "Dosen MK Robotika (TR3101) tolong diganti jadi Dr. Ahmad Fauzi, S.T., M.T., dan mohon kelasnya TR-3A."
    changes = changes_asked("Dosen", text, AT)
    assert isinstance(changes, dict) and changes["lecturer"] == "Dr. Ahmad Fauzi, S.T., M.T."


def test_the_writer_s_own_dosen_names_no_field() -> None:
    text = (
        "Selamat pagi, saya Rahmi Yulianti, dosen Prodi Akuntansi Manajerial. Apa kabar? Saya mau minta tolong "
        "sedikit. MK Sistem Informasi Akuntansi (AK2204) di e-learning tolong diubah jadi Sistem Informasi dan "
        "Pengendalian Internal Akuntansi, sesuai kurikulum baru."
    )
    changes = changes_asked("Mohon bantuan", text, AT)
    assert not isinstance(changes, dict) or "lecturer" not in changes


def test_a_word_said_of_the_key_is_still_no_key() -> None:
    text = "Tolong enrolment key MK Kimia Dasar (KI1101) diganti menjadi lain, huruf kecil semua. Terima kasih."
    assert changes_asked("Enrol key", text, AT) is None


FORM_RECEIPT = (
    "Mohon diproses dari salinan ini ya.\n\nPertanyaan: Kode mata kuliah\nJawaban: TS2105\n\n"
    "Pertanyaan: Nama mata kuliah saat ini\nJawaban: Mekanika Tanah\n\nPertanyaan: Data yang ingin diubah\n"
    "Jawaban: Nama lengkap mata kuliah\n\nPertanyaan: Data baru\nJawaban: Mekanika Tanah dan Fondasi\n"
)


def test_a_form_receipt_s_answers_keep_their_offsets() -> None:
    written = answers_as_labelled_lines(FORM_RECEIPT)
    assert len(written) == len(FORM_RECEIPT)
    start = FORM_RECEIPT.index("Mekanika Tanah dan Fondasi")
    assert written[start:].startswith("Mekanika Tanah dan Fondasi")
    assert "Data baru:" in written and "Pertanyaan" not in written


def test_a_form_receipt_in_question_and_answer_lines_is_read() -> None:
    result = classify(
        ClassifierInput("Fwd: Formulir Perubahan Data Mata Kuliah", FORM_RECEIPT, AT, False, "", NO_EXAMPLES)
    )
    fields = result.fields.as_json_dict()
    assert (result.type, fields["course_code"], fields["course_name"], fields["changes"]) == (
        RequestType.COURSE_DATA,
        "TS2105",
        "Mekanika Tanah",
        {"fullname": "Mekanika Tanah dan Fondasi"},
    )


CHAT = (
    "Pagi P4M, saya teruskan chat WA dengan Kaprodi, mohon diubah sesuai keputusan beliau.\n\n"
    "[09.02, 2/12/2026] Rudi Hartono: Pak, kelas Basis Data (IF2105) di e-learning masih IF-2B, padahal kelas B kan "
    "sudah pindah ke malam\n[09.05, 2/12/2026] Pak Joko Kaprodi: Iya\n"
    "[09.06, 2/12/2026] Rudi Hartono: Jadi ditulis IF-2B Malam atau IF-2 Malam Pak?\n"
)


def test_the_value_picked_after_two_offered_is_the_change() -> None:
    text = CHAT + "[09.10, 2/12/2026] Pak Joko Kaprodi: Pakai IF-2B-Malam saja, biar sama dengan SIAKAD\n"
    assert changes_asked("Kelas Basis Data - sesuai chat WA", text, AT) == {"class": "IF-2B-Malam"}


def test_two_values_offered_and_none_picked_are_asked_back() -> None:
    text = CHAT + "[09.10, 2/12/2026] Pak Joko Kaprodi: Nanti saya cek dulu ke jurusan\n"
    assert changes_asked("Kelas Basis Data - sesuai chat WA", text, AT) == {"class": ""}


def test_a_group_told_of_after_whereas_is_no_value() -> None:
    text = "Pak, kelas Basis Data (IF2105) di e-learning masih IF-2B, padahal kelas B kan sudah pindah ke malam. Tks"
    changes = changes_asked("Kelas", text, AT)
    assert not isinstance(changes, dict) or changes.get("class") != "B"


def test_two_names_offered_across_a_slash_for_a_course_named_once_are_asked_back() -> None:
    text = "Nama MK Mekanika Teknik (TM2201) mohon diganti menjadi Statika Struktur / Mekanika Struktur, terserah P4M."
    changes = changes_asked("Nama MK", text, AT)
    assert not isinstance(changes, dict) or changes.get("fullname") in (None, "")


def test_a_stiff_translated_title_label_is_read_without_its_connector() -> None:
    text = (
        "Mohon dipasang pengumuman di course EL2203 Elektronika Analog besok jam 8.\n\n"
        "Judul dari pengumuman ini adalah: Perubahan Jadwal Praktikum Minggu Depan\n\n"
        "Isi: Praktikum minggu depan pindah ke hari Kamis."
    )
    result = classify(ClassifierInput("Pengumuman", text, AT, False, "", NO_EXAMPLES))
    assert result.fields.as_json_dict()["title"] == "Perubahan Jadwal Praktikum Minggu Depan"


IDEA = (
    "Hi, could the short name of AC2204 Cost Accounting be changed? I was thinking either AC2204-CA-A or "
    "AC2204-COST-A, whichever suits your scheme.\n\n"
)


def test_an_idea_picked_later_in_another_paragraph_is_the_change() -> None:
    text = IDEA + "Actually my coordinator prefers the second, so please use AC2204-COST-A.\n\nThanks"
    assert changes_asked("Short name", text, AT) == {"shortname": "AC2204-COST-A"}


def test_an_idea_nobody_picks_is_asked_back() -> None:
    assert changes_asked("Short name", IDEA + "Thanks", AT) == {"shortname": ""}

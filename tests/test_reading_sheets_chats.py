"""The request read where the sixteenth reading corpus puts it: spreadsheets (CSV, tab-separated, XLSX) as label:
value lines, RTF letters, text files in other charsets, old Word files named and left, chats pasted into mail, a
screenshot with one sentence; each reader on a hand-made file and within its limits (the corpus itself is held to
the targets in test_classification.py)."""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Sequence
from datetime import UTC, datetime
from datetime import time as clock_time
from pathlib import Path

import openpyxl
import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.message_text import classify_message
from daemon.classify.model import RequestType
from parsers.attachment_kinds import document_kind
from parsers.attachments import AttachmentLimits, read_attachment
from parsers.chat_lines import without_chat_stamps
from parsers.message import AttachmentInfo, parse_message
from parsers.spreadsheets import MAX_ROWS, csv_rows, rows_as_lines
from parsers.text_files import decode_text

CORPUS = Path(__file__).resolve().parent / "data" / "requests-tune16-reading"
RECEIVED = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def attached(filename: str, content_type: str, content: bytes, charset: str = "") -> AttachmentInfo:
    return AttachmentInfo(filename, content_type, len(content), "0" * 64, content, charset)


def workbook(rows: Sequence[Sequence[object]]) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_semicolon_csv_from_indonesian_excel_is_read_as_label_value_lines() -> None:
    content = "Kode MK;Nama MK Lama;Nama MK Baru\r\nAK3109;Akuntansi Biaya;Biaya – Manajemen\r\n".encode("cp1252")
    read = read_attachment(attached("rekap.csv", "application/vnd.ms-excel", content))
    assert read.kind == "csv" and read.note == ""
    assert read.text.split("\n") == [
        "Kode MK: AK3109",
        "Nama MK Lama: Akuntansi Biaya",
        "Nama MK Baru: Biaya – Manajemen",
    ]


def test_a_quoted_comma_csv_keeps_a_value_with_commas_whole() -> None:
    content = b'\xef\xbb\xbfCourse code,New lecturer\r\nEL3206,"Dian Sari, S.Kom., M.Kom."\r\n'
    read = read_attachment(attached("x.csv", "text/csv", content))
    assert "New lecturer: Dian Sari, S.Kom., M.Kom." in read.text
    assert "\ufeff" not in read.text


def test_a_tab_separated_export_names_its_columns_in_words() -> None:
    content = b"kode\tnama_mk\tshortname_baru\nMS2110\tMekanika Fluida\tMEKFLU-MS2B\n"
    read = read_attachment(attached("export.tsv", "text/tab-separated-values", content))
    assert "shortname baru: MEKFLU-MS2B" in read.text and "nama mk: Mekanika Fluida" in read.text


def test_rows_under_a_header_are_records_and_a_two_cell_row_is_a_label() -> None:
    rows = (("FORMULIR",), ("Kode MK", "TE1107"), ("NIM", "Nama", "Nilai"), ("4312", "Adi", "80"), ("4313", "Bella"))
    assert list(rows_as_lines(rows)) == [
        "FORMULIR",
        "Kode MK: TE1107",
        "NIM: 4312",
        "Nama: Adi",
        "Nilai: 80",
        "",
        "NIM: 4313",
        "Nama: Bella",
        "",
    ]


def test_a_table_with_a_row_per_field_is_read_as_a_table() -> None:
    rows = (("Field", "Current value", "New value"), ("Full name", "Ethics", "Ethics"), ("Short name", "A", "BE-4"))
    lines = list(rows_as_lines(rows))
    assert lines == [
        "Field | Current value | New value",
        "---|---|---",
        "Full name | Ethics | Ethics",
        "Short name | A | BE-4",
    ]
    result = classify(ClassifierInput("course MB4102", "\n".join(lines), RECEIVED, False, ""))
    assert dict(result.fields.changes) == {"shortname": "BE-4"}, "a row whose new value is the current one is no change"


def test_an_xlsx_shows_dates_day_first_and_times_with_a_dot() -> None:
    content = workbook(
        [["Judul", "Tanggal tayang", "Jam", "SKS"], ["Libur", datetime(2026, 12, 4), clock_time(7, 0), 3.0]]
    )
    read = read_attachment(attached("jadwal.xlsx", XLSX, content))
    assert read.kind == "xlsx" and read.note == ""
    assert read.text.split("\n") == ["Judul: Libur", "Tanggal tayang: 04/12/2026", "Jam: 07.00", "SKS: 3"]


def test_a_long_sheet_is_read_to_the_row_limit_quickly() -> None:
    content = workbook([["NIM", "Nama"]] + [[str(4312000 + n), f"Mahasiswa {n}"] for n in range(5_000)])
    started = time.process_time()
    read = read_attachment(attached("nilai.xlsx", XLSX, content))
    assert time.process_time() - started < 2.0
    assert read.note == f"read the first {MAX_ROWS} rows"
    assert "Mahasiswa 50" in read.text and "Mahasiswa 100" not in read.text


def test_excels_separator_hint_names_the_separator_and_is_no_row() -> None:
    rows = csv_rows("sep=;\nKode MK;Nama MK, baru\nIF1105;Logika, Lanjut\n")
    assert rows.rows == (("Kode MK", "Nama MK, baru"), ("IF1105", "Logika, Lanjut"))


def test_a_long_csv_is_read_to_the_row_limit() -> None:
    rows = csv_rows("\n".join(f"{n};Nama {n}" for n in range(MAX_ROWS + 50)))
    assert len(rows.rows) == MAX_ROWS and rows.note == f"read the first {MAX_ROWS} rows"


def test_an_xlsx_that_unpacks_past_the_limit_is_not_opened() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * 30_000_000 + b"</a>")
    started = time.process_time()
    read = read_attachment(attached("bom.xlsx", XLSX, out.getvalue()))
    assert time.process_time() - started < 1.0
    assert read.text == "" and read.note.startswith("not read: unpacks to")


def test_an_xlsx_stops_when_the_time_budget_is_spent() -> None:
    ticks = iter(range(1_000_000))
    content = workbook([["NIM", "Nama"]] + [[str(n), f"M {n}"] for n in range(100)])
    read = read_attachment(attached("x.xlsx", XLSX, content), AttachmentLimits(seconds=30), clock=lambda: next(ticks))
    assert read.note.startswith("time limit") and "M 90" not in read.text


def test_a_broken_xlsx_is_noted_not_raised() -> None:
    read = read_attachment(attached("x.xlsx", XLSX, b"PK\x03\x04 not really a zip"))
    assert read.text == "" and read.note.startswith("not read: ")


def test_an_rtf_letter_is_read_with_its_code_page() -> None:
    content = (
        rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Calibri;}}\f0 Judul: Ruang UAS \'96 Jos\'e9\par Isi baris dua\par}"
    )
    read = read_attachment(attached("surat.rtf", "application/octet-stream", content))
    assert read.kind == "rtf"
    assert read.text.split("\n")[:2] == ["Judul: Ruang UAS – José", "Isi baris dua"]


def test_a_hostile_rtf_is_read_from_its_start_within_time() -> None:
    content = b"{\\rtf1 " + b"{\\b x}" * 200_000 + b"}"
    started = time.process_time()
    read = read_attachment(attached("x.rtf", "text/rtf", content))
    assert time.process_time() - started < 2.0
    assert read.note == f"read the first 100000 of {len(content)} bytes"


def test_an_old_word_or_excel_file_is_named_not_read() -> None:
    ole = bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 504
    for name, content_type in (("surat.doc", "application/msword"), ("rekap.xls", "application/vnd.ms-excel")):
        read = read_attachment(attached(name, content_type, ole))
        assert (read.kind, read.text) == ("ole", "") and read.note == "not read: an old Word or Excel file (.doc, .xls)"


def test_a_csv_sent_as_excel_is_read_as_csv_and_pictures_are_no_document() -> None:
    assert document_kind(attached("data.xls", "application/vnd.ms-excel", b"a;b\n1;2\n")) == "csv"
    assert document_kind(attached("x", "application/vnd.ms-excel", b"a;b\n1;2\n")) == "csv"
    assert document_kind(attached("gambar.png", "image/png", b"\x89PNG")) is None


@pytest.mark.parametrize(
    ("content", "declared"),
    [
        ("\ufeffMohon diganti – José".encode("utf-16-le"), ""),
        ("\ufeffMohon diganti – José".encode("utf-16-be"), "utf-8"),
        ("Mohon diganti – José".encode("utf-16-le"), ""),
        ("Mohon diganti – José".encode(), "iso-8859-1"),
        ("Mohon diganti – José".encode("cp1252"), "utf-8"),
        ("Mohon diganti – José".encode("cp1252"), "windows-1252"),
    ],
)
def test_a_text_file_is_decoded_as_it_was_saved(content: bytes, declared: str) -> None:
    assert decode_text(content, declared).lstrip("\ufeff") == "Mohon diganti – José"


def test_a_latin1_text_file_is_read_by_its_declared_charset() -> None:
    content = "Lecturer: José Fernández, MBA\r\n".encode("latin-1")
    read = read_attachment(attached("request.txt", "text/plain", content, "iso-8859-1"))
    assert read.text == "Lecturer: José Fernández, MBA"


@pytest.mark.parametrize(
    "stamps",
    [
        ("12/11/26 08.15 - ", "12/11/26 08.16 - "),
        ("[08.15, 12/11/2026] ", "[08.16, 12/11/2026] "),
        ("12/11/2026, 8:15 PM - ", "12/11/2026, 8:16 PM - "),
        ("[12/11/26, 08:15:02] ", "[12/11/26, 08:16:40] "),
    ],
)
def test_a_chats_stamps_and_senders_are_left_out(stamps: tuple[str, str]) -> None:
    chat = f"{stamps[0]}Pak Joko: tolong ya\n{stamps[1]}Pak Joko: MK TI3105 diganti jadi Komputasi Awan\n"
    assert without_chat_stamps(f"Dari grup:\n\n{chat}") == (
        "Dari grup:\n\ntolong ya\nMK TI3105 diganti jadi Komputasi Awan\n"
    )


def test_one_dated_line_is_the_writers_own_text_but_one_copied_message_is_a_chat() -> None:
    text = "12/11/26 08.15 - rapat prodi: hasilnya di bawah\nMohon diganti."
    assert without_chat_stamps(text) == text
    copied = "Dari Kaprodi:\n[08.15, 12/11/2026] Pak Joko: short name IF2208 jadi PM-2B\n"
    assert without_chat_stamps(copied) == "Dari Kaprodi:\nshort name IF2208 jadi PM-2B\n"
    assert without_chat_stamps("[08.15, 12/11/2026] rapat") == "[08.15, 12/11/2026] rapat"


def corpus_mail(name: str) -> bytes:
    [path] = CORPUS.glob(f"*-{name}.eml")
    return path.read_bytes()


def test_a_chats_stamp_is_no_publish_time_and_its_sender_no_value() -> None:
    result, _ = classify_message(parse_message(corpus_mail("wa-pengumuman-tanpa-jam-tayang")), "P4M", RECEIVED)
    assert result.type is RequestType.ANNOUNCEMENT and result.fields.publish_at is None
    assert result.fields.title == "Batas Unggah Laporan PKL"
    result, _ = classify_message(parse_message(corpus_mail("wa-android-kaprodi-ganti-nama")), "P4M", RECEIVED)
    assert dict(result.fields.changes) == {"fullname": "Komputasi Awan"}


def test_a_screenshot_with_one_sentence_is_read_from_its_subject_and_sentence() -> None:
    result, _ = classify_message(parse_message(corpus_mail("screenshot-subjek-ganti-nama")), "P4M", RECEIVED)
    assert result.type is RequestType.COURSE_DATA and result.fields.course_code == "IF3301"
    assert dict(result.fields.changes) == {"fullname": "Jaringan Komputer Lanjut"}

"""Outlook writes each line the writer typed as a paragraph of its own (Word's "MsoNormal", with no space between):
a sentence that runs on to the next such paragraph is one sentence, as the reader sees it. Written before the rule,
in voices the corpora lack. The test of lines that end a sentence or a label held before the rule: a guard."""

from __future__ import annotations

from datetime import UTC, datetime

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from parsers.text_form import html_to_text

REFERENCE = datetime(2026, 10, 8, 2, 0, tzinfo=UTC)
_SPAN = "<span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>"


def _word(*lines: str) -> str:
    """A Word-made body: one MsoNormal paragraph a line, an empty one ("&nbsp;") a blank line."""
    paragraphs = "\n".join(f"<p class=MsoNormal>{_SPAN}{line or '&nbsp;'}</span></p>" for line in lines)
    return f"<html><body lang=EN-US><div class=WordSection1>\n{paragraphs}\n</div></body></html>"


def test_a_sentence_running_on_to_the_next_word_paragraph_is_one_line() -> None:
    text = html_to_text(
        _word(
            "Dengan hormat,",
            "",
            "Bersama ini kami mohon bantuan P4M agar nama mata kuliah TMK2104 Gambar Teknik di e-learning",
            "diganti menjadi Gambar Teknik Manufaktur mulai semester ini.",
        )
    )
    assert (
        "Bersama ini kami mohon bantuan P4M agar nama mata kuliah TMK2104 Gambar Teknik di e-learning diganti "
        "menjadi Gambar Teknik Manufaktur mulai semester ini." in text
    )


def test_word_paragraphs_that_end_a_sentence_or_a_label_keep_their_break() -> None:
    lines = [
        line
        for line in html_to_text(
            _word("Nomor   : 112/PL29/TM/2026", "Perihal : Perubahan Nama", "Terima kasih.", "salam dari kami")
        ).split("\n")
        if line.strip()
    ]
    assert lines == ["Nomor : 112/PL29/TM/2026", "Perihal : Perubahan Nama", "Terima kasih.", "salam dari kami"]


def test_a_publish_time_and_its_date_on_two_word_lines_are_one_moment() -> None:
    body = _word(
        "Dear P4M team,",
        "",
        'On behalf of the International Office, kindly post the announcement "Call for Exchange Applicants"',
        "for all students at 9.00 am WIB on Monday, 12 October 2026, as the application window",
        "closes on 30 October 2026.",
        "",
        "Best regards,",
    )
    result = classify(ClassifierInput("Announcement request", html_to_text(body), REFERENCE))
    assert result.fields.publish_at == "2026-10-12T09:00:00+07:00"


def test_a_rename_whose_new_name_is_on_the_next_word_line_is_read() -> None:
    body = _word(
        "Yth. Tim P4M,",
        "",
        "Sesuai hasil rapat jurusan, kami mohon nama mata kuliah RKS3104 Keamanan Jaringan pada e-learning",
        "diubah menjadi Keamanan Jaringan dan Sistem.",
        "",
        "Hormat kami,",
    )
    result = classify(ClassifierInput("Perubahan nama mata kuliah", html_to_text(body), REFERENCE))
    assert dict(result.fields.changes) == {"fullname": "Keamanan Jaringan dan Sistem"}


def test_a_quote_left_open_at_a_word_lines_end_goes_on_below() -> None:
    text = html_to_text(
        _word(
            "Good afternoon,",
            "",
            "The title of LG3106 is currently &quot;Port Operations&quot;; please change it to &quot;Port Terminal",
            "Operations Management&quot;.",
            "",
            "Regards,",
        )
    )
    assert 'please change it to "Port Terminal Operations Management".' in text


def test_a_quote_closed_on_its_line_keeps_the_break() -> None:
    lines = [
        line
        for line in html_to_text(_word("Judul: &ldquo;Libur Nasional&rdquo;", "Tayang Senin pukul 08.00")).split("\n")
        if line.strip()
    ]
    assert lines == ["Judul: “Libur Nasional”", "Tayang Senin pukul 08.00"]

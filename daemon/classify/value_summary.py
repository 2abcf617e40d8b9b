"""The new description of a course read where a request puts it: quoted, after a colon, or as the paragraphs below
the request, up to the writer's closing."""

from __future__ import annotations

import re

from daemon.classify.value_basics import PERSON_FIRST, SOURCE_FIRST, quoted_value, skip_to_value
from daemon.classify.wording import LIST_MARK
from parsers.sign_off import CLOSING

# "Deskripsi baru: ... objek.\nTerima kasih.": a closing after the text (or on the next line, the text's full stop
# left out) is not part of it, nor the writer's own
# sentence to the helpdesk ("... cycles. Please replace the current one", "... testing. Let me know if ...").
# A formal letter closes with "Demikian (permohonan ini) ...", set apart by a dash in flowed text ("... sejawat. --
# demikian permohonan ini saya sampaikan").
_CLOSING_AFTER = re.compile(
    rf"(?:(?<=[.!?])\s+|[ \t]*\n\s*)(?:(?:--?|\u2014|\u2013)[ \t]*)?(?:{CLOSING}|demikian|sekian|"
    r"mohon|tolong|please|pls|kindly|let\sme\sknow|(?:could|can|would)\syou|"
    r"if\s(?:anything|you|there)|jika\sada|kalau\sada|ditunggu|semoga|hope|sorry|maaf)\b",
    re.IGNORECASE,
)

# "... praktik usaha. Deskripsi ini sudah disetujui rapat prodi", "... audiences. The current one still mentions ...",
# "... praktikumnya. Yang lain tidak perlu diubah": a later sentence about the text, the old one or the other fields is
# the writer's again.
# "... yang lazim di apotek Terima kasih": a line without its full stop joined to the closing under it; a closing
# word with its capital after a lower-case word starts the writer's sentence.
_CAPITAL_CLOSING = re.compile(rf"(?<=[a-z0-9])[ \t]+(?=[A-Z])(?i:{CLOSING})\b")
_ABOUT_THE_TEXT = re.compile(
    r"(?<=[.!?])\s+(?:(?:deskripsi|description|summary|ringkasan|teks|text|isi|versi|version|wording)(?:nya)?\s+"
    r"(?:ini|itu|tersebut|lama|baru|di\s?atas|sebelumnya|yang\s+lama|above|below|is|was|has|should|sudah|masih)|"
    r"(?:the|this|that|its|my)\s+(?:(?:current|old|previous|existing|new|above)\s+)?(?:one|description|summary|"
    r"text|version|wording)\b|(?:yang|bagian|data|field|kolom)\s+(?:lain|lainnya)|(?:all\s+)?(?:the\s+)?other\s+"
    r"(?:fields|settings|data)|everything\s+else|nothing\s+else|no\s+(?:other\s+)?change|selain\s+itu|sisanya|"
    r"(?:sumber|source|referensi|ref)\s*:)",
    re.IGNORECASE,
)

# "Deskripsi: Mohon diperbarui sesuai RPS terbaru": a text that asks the helpdesk is the request, not the course's.
_ASKS_FIRST = re.compile(
    r"(?:mohon|tolong|minta|harap|please|pls|kindly|could|can|would|saya|kami|aku|I|we|terlampir|attached|"
    r"sudah|already|belum|not\syet)\b",
    re.IGNORECASE,
)


# A paragraph below the text that is the writer's again: a closing, a request, a note, a signature, a quoted reply,
# or a sentence about the text, the old one, the writer or the helpdesk ("Deskripsi lama masih mengacu pada kurikulum
# 2019", "No change to anything else").
_WRITERS_PARAGRAPH = re.compile(
    r"(?:terima\s?kasih|makasih|(?:many\s|thanks?\s)?thanks?|thank\s?you|thx|tks|trims|(?:best|kind|warm)?\s?regards|salam|"
    r"hormat|wassalam\w*|demikian|sekian|atas\s(?:perhatian|bantuan|kerja)|mohon|tolong|please|pls|kindly|let\sme|"
    r"if\s|jika|kalau|apabila|bila|ditunggu|semoga|hope|sorry|maaf|cheers|note|catatan|n\.?b\.?|p\.?s\.?|sincerely|"
    r"yours|matur|nuwun|suksma|best|on\s.+wrote|pada\s.+menulis|sent\sfrom|dikirim\sdari|>|-{2,}|_{2,})(?!\w)|"
    # (the one asked for, "beliau", and the course's code are the writer's talk: "Kode mata kuliahnya beliau lupa")
    r".*\b(?:saya|kami|aku|I|we|my|our|anda|you|beliau|e-?learning|moodle|deskripsi\s(?:ini|tersebut|di\satas)|"
    r"(?:kode|code)\s(?:of\s(?:the\s)?)?(?:mata\s?kuliah|mk|matkul|course)\w*|"
    r"deskripsi|description|summary|ringkasan|teks|text|lama|old|(?:di)?(?:ubah|ganti|update|revisi)\w*|change[sd]?|"
    r"perubahan|nothing|else|lainnya)\b",
    re.IGNORECASE,
)
# The text's own next paragraph: a sentence of some length, a lead-in to a list ("Pokok bahasan meliputi:"), or a list.
_TEXTS_PARAGRAPH = re.compile(
    r"(?:[A-Z][^\n]{39,}|[A-Z][^\n]{4,}:[ \t]*\n[ \t]*(?:[-•*]|\d{1,2}[.)])|(?:[-•*]|\d{1,2}[.)])[ \t]+\S)"
)
_MORE_PARAGRAPHS = 4
# "Deskripsi baru: ...\nSKS baru : 3", "- Summary: ...\n- Short name: X": a text written after its label on the
# label's line ends where the next labelled line or list item starts.
_NEXT_LABEL = re.compile(r"\n[ \t]*(?:(?:[-•*]|\d{1,2}[.)])[ \t]+|[A-Z][\w /().-]{0,30}?[ \t]*:[ \t]*\S)")


def _whole_text_end(text: str, end: int, limit: int) -> int:
    """ "menjadi:\n\nMata kuliah ini ...\n\nPokok bahasan meliputi:\n- ...": a text set out under the request runs
    over its paragraphs up to the writer's closing or signature."""
    for _ in range(_MORE_PARAGRAPHS):
        following = text[end:limit].lstrip("\n \t")
        start = limit - len(following)
        if not following or not _TEXTS_PARAGRAPH.match(following) or _WRITERS_PARAGRAPH.match(following):
            break
        end = _paragraph_end(text, start, limit)
    return end


# "... untuk teknik.\n--\nBudi Santoso", "... untuk teknik.\nBudi Santoso\nDosen Fisika": the signature's delimiter, or
# short lines of capitalised words under the text's last full stop, sign the mail; the text ends before them.
# The mail client may have joined a short line under a long one ("... untuk teknik. Budi Santoso"): one to three
# capitalised words without a full stop after the text's last one end the mail, not the text.
_SIGNATURE_UNDER = re.compile(
    r"[ \t\n](?:--|_{3,})[ \t]*(?:\n|$)|(?<=[.!?])[ \t]*(?:\n[ \t]*(?:[A-Z][\w'’.-]*,?[ \t]*){1,6}){1,3}$|"
    r"(?<=[.!?])[ \t]+(?:[A-Z][a-z'’-]+[ \t]*){1,3}$"
)
_ATTACHED = re.compile(r"\b(?:terlampir|lampiran\w*|(?:di|ter)?lampirkan|attached|attachment)\b", re.IGNORECASE)


_POINT = re.compile(rf"{LIST_MARK}[ \t]+")
# "- Short name: KIM-2A": a point that labels another field's value is no point of a description.
_FIELD_POINT = re.compile(r"[^\n:]{1,30}:")


_FORM_LINE = re.compile(r"(?m)^[ \t]*[A-Z][\w /().-]{0,30}?[ \t]+:[ \t]*\S[^\n]*$")


def read_summary(text: str, start: int, limit: int) -> tuple[str, int] | None:
    start = skip_to_value(text, start, limit)
    # "dengan teks berikut.\n\nMata kuliah ini ...": the text starts after the lead-in's full stop.
    if text[start : start + 1] == ".":
        start = skip_to_value(text, start + 1, limit)
    if quoted := quoted_value(text, start, limit):
        return quoted if len(quoted[0]) >= 20 and not PERSON_FIRST.match(quoted[0].strip()) else None
    start = _after_remark(text, start, limit)
    end = _paragraph_end(text, start, limit)
    # Outlook writes each line the writer typed as a paragraph: a sentence that breaks off ("..., penyusunan
    # storyboard," / "teknik frame-by-frame ...") goes on in the next one.
    for _ in range(6):
        following = text[end:limit].lstrip("\n \t")
        if end >= limit or re.search(r"[.!?:\"”)]\s*$", text[start:end]) or not re.match(r"[a-z]", following):
            break
        end = _paragraph_end(text, limit - len(following), limit)
    # The text stands on lines of its own below the request, not after the cue on its line.
    if text[:start].rstrip(" \t").endswith("\n"):
        end = _whole_text_end(text, end, limit)
        # a text set under a form's labelled lines ("Kode : TRE-1106", "Perubahan : ... menjadi:") ends at the
        # form's next labelled line ("Penanggung jawab : Kaprodi")
        if _FORM_LINE.search(text, 0, start) and (next_form_line := _FORM_LINE.search(text, start, end)):
            end = next_form_line.start()
    elif next_label := _NEXT_LABEL.search(text, start, end):
        end = next_label.start()
    for writers in (_CLOSING_AFTER, _CAPITAL_CLOSING, _ABOUT_THE_TEXT):
        if closing := writers.search(text, start, end):
            end = closing.start()
    if signed := _SIGNATURE_UNDER.search(text, start, end):
        end = signed.start()
    value = text[start:end].strip()
    # "- Membahas ...\n- Kuliah tamu ...": a description written as points opens with its first point's mark.
    point = _POINT.match(value)
    opening = value[point.end() :] if point else value
    if len(value) < 20 or not opening[:1].isupper() or PERSON_FIRST.match(opening) or _ASKS_FIRST.match(opening):
        return None
    if point and _FIELD_POINT.match(opening):
        return None
    if point:
        value, end = _points(text, start, end)
    # "... disesuaikan dengan RPS terbaru yang kami lampirkan": the document the text is in, not the text.
    if SOURCE_FIRST.match(value) or _ATTACHED.search(value):
        return None
    return value, end


def _points(text: str, start: int, end: int) -> tuple[str, int]:
    """A list's points, one per line (an HTML mail's blank lines between them dropped), a point's wrapped lines kept
    with it; a paragraph after the list ("Nama kursus tak perlu tukar.") is no part of it."""
    kept: list[str] = []
    position = last_end = skip_to_value(text, start, end)
    blank_before = False
    for line in text[position:end].split("\n"):
        line_end = position + len(line)
        position = line_end + 1
        if not line.strip():
            blank_before = True
            continue
        if not _POINT.match(line.strip()) and (blank_before or not kept):
            break
        kept.append(line.strip())
        last_end, blank_before = line_end, False
    return "\n".join(kept).strip(), last_end


# "... with the text below? It is three sentences and should appear as one paragraph.\n\n<the text>": a short remark on
# the text beside the request is the writer's; the text is the paragraph under it.
# "This course ..." opens a description; "This is ...", "It is ..." speak of one.
_REMARK_ON_IT = re.compile(
    r"(?:it|they|these|isinya|teksnya|panjangnya|this\s+(?:is|text|one|version|paragraph)|"
    r"ini\s+(?:sudah|hanya|cuma|terdiri))\b",
    re.IGNORECASE,
)
_REMARK_LENGTH = 120


def _after_remark(text: str, start: int, limit: int) -> int:
    end = _paragraph_end(text, start, limit)
    following = text[end:limit].lstrip("\n \t")
    if (
        _REMARK_ON_IT.match(text, start)
        and end - start <= _REMARK_LENGTH
        and _TEXTS_PARAGRAPH.match(following)
        and not _WRITERS_PARAGRAPH.match(following)
    ):
        return limit - len(following)
    return start


def _paragraph_end(text: str, start: int, limit: int) -> int:
    paragraph_end = text.find("\n\n", start, limit)
    return limit if paragraph_end < 0 else paragraph_end

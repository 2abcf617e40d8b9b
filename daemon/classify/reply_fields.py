"""Read what a requester's reply supplies for the fields their request lacked (pure): the classifier's own field
extraction on the reply's new text, or, when the reply is only a value, that value for the one missing field."""

from __future__ import annotations

import re
from datetime import datetime

from daemon.classify.casual_words import normalise
from daemon.classify.completeness import missing_items
from daemon.classify.effective_fields import FieldValue
from daemon.classify.fields import extract_fields
from daemon.classify.intent import thanks_without_asking
from daemon.classify.model import RequestFields, RequestType
from daemon.classify.signed_off import ADDRESS, GREETING
from daemon.classify.value_alone import value_shaped
from parsers.sign_off import CLOSING

# Precision first: a reply that hedges ("mungkin ...", "nanti saya kabari") fills nothing at all.
_HEDGE = re.compile(
    r"\b(?:mungkin|sepertinya|kayaknya|kelihatannya|kira-kira|kurang\s(?:tahu|tau|yakin)|belum\s(?:tahu|tau|pasti|"
    r"yakin|fix|final)|(?:tidak|tdk|gak|ga|nggak|belum)\s(?:yakin|pasti)|masih\s(?:dikonfirmasi|dipastikan|menunggu|"
    r"dicek|ditanyakan)|nanti\s(?:saya|sy|kami|aku)|(?:saya|sy|kami)\s(?:cek|tanyakan|pastikan|konfirmasi)\sdulu|"
    r"akan\s(?:saya|kami)\s(?:kabari|kabarkan|konfirmasi|pastikan|kirim)|menyusul|maybe|perhaps|probably|"
    r"not\ssure|i\sthink|i\sguess|will\s(?:confirm|let\syou\sknow|check|send)|let\sme\scheck|to\sbe\sconfirmed|tbc)\b",
    re.IGNORECASE,
)
# A question asks; it does not answer. Each question sentence is left out before anything is read.
_QUESTION = re.compile(r"[^.!?\n]*\?+")
_ASKING_LINE = re.compile(
    r"^\s*(?:apakah|apa|bagaimana|gimana|kapan|kenapa|mengapa|bisakah|bolehkah|what|how|when|why|"
    r"(?:can|could|would|should)\s(?:you|i|we))\b[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)
_POLITE = rf"baik|oke|okay|ok|siap|sip|{GREETING}|{ADDRESS}|sir|madam|tim\sp4m|admin|min|noted|mantap"
_LEADING_COURTESY = re.compile(rf"^(?:(?:{_POLITE})\b[\s,.!:;-]*)+", re.IGNORECASE)
_TRAILING_COURTESY = re.compile(
    rf"(?:[\s,.;!:-]+|^)(?:(?:terima\s?kasih|terimakasih|makasih|trims|tks|thx|thanks|thank\syou|banyak|sebelumnya|"
    rf"atas\sbantuannya|ya|yah|yaa|nggih|{_POLITE})\b[\s,.!]*)+$",
    re.IGNORECASE,
)
# A sign-off line ends what was written; the writer's name follows it.
_SIGN_OFF = re.compile(
    rf"^\s*(?:{CLOSING}|best|sincerely)\b[^\n]{{0,20}}$",
    re.IGNORECASE,
)
# Words of a sentence, not of a course name, a lecturer's name or a key: such a line is not a bare value.
_SENTENCE_WORDS = re.compile(
    r"\b(?:saya|sy|kami|aku|anda|kamu|mohon|tolong|bisa|sudah|sdh|belum|blm|akan|nanti|ingin|mau|tidak|bukan|"
    r"please|i|we|you|my|our|will|can|could|would|thanks|thank|sorry|maaf|terlampir|lampiran|dilampirkan|"
    r"attached|attachment|berikut|below)\b",
    re.IGNORECASE,
)
# An announcement's text is a sentence; it still does not speak of the writer or of the request itself.
_ABOUT_THE_REQUEST = re.compile(
    r"\b(?:saya|sy|kami|aku|anda|mohon|tolong|please|i|we|you|my|our|thanks|thank|sorry|maaf|terlampir|lampiran|"
    r"dilampirkan|attached|attachment|berikut|below)\b",
    re.IGNORECASE,
)
_LONGEST_BARE_VALUE = 12  # words, of a name or a key
_COURSE_CODE = re.compile(r"[A-Z]{2,4}\d{3,4}")


def fillable_fields(request_type: RequestType, classified: RequestFields, set_by_staff: frozenset[str]) -> set[str]:
    """The fields a requester may still give: those the request lacked, less those staff set. "changes.*" stands
    for any change when the request named none."""
    fields: set[str] = set()
    for key in missing_items(request_type, classified):
        fields |= {"course_code", "course_name"} if key == "course" else {"changes.*" if key == "changes" else key}
    return {field for field in fields if field not in set_by_staff}


def _may_fill(field: str, fillable: set[str], set_by_staff: frozenset[str]) -> bool:
    if field in set_by_staff:
        return False
    return field in fillable or (field.startswith("changes.") and "changes.*" in fillable)


def answer_text(text: str) -> str:
    """The reply without its question sentences."""
    return _ASKING_LINE.sub(" ", _QUESTION.sub(" ", text)).strip()


def _extracted(request_type: RequestType, subject: str, text: str, reference: datetime) -> list[FieldValue]:
    # The grammar alone: a reply's bare value belongs to the field we asked for (_bare_field), and the tagger,
    # trained on answers to our questions, would name a field for a value the reply never names.
    fields, _ = extract_fields(request_type, subject, text, reference, tagged=False)
    found = [FieldValue("course_code", fields.course_code or ""), FieldValue("course_name", fields.course_name or "")]
    found += [FieldValue(f"changes.{name}", value) for name, value in fields.changes]
    found.append(FieldValue("text", fields.text or ""))
    return [item for item in found if item.value.strip()]


def hedged_reply(text: str) -> bool:
    """Whether the reply says its value is not decided yet ("mungkin ...", "nanti saya kabari")."""
    return bool(_HEDGE.search(text))


def answer_lines(text: str) -> list[str]:
    """The reply's lines up to its sign-off, each without greeting and thanks; empty lines left out."""
    lines: list[str] = []
    for line in text.splitlines():
        if _SIGN_OFF.match(line) and lines:
            break
        kept = _TRAILING_COURTESY.sub("", _LEADING_COURTESY.sub("", line.strip())).strip().strip("\"“”'").strip()
        if kept:
            lines.append(kept)
    return lines


def bare_value(text: str, *, sentence: bool = False) -> str | None:
    """The reply's one line when that line is only a value ("Pemrograman Web Lanjut, terima kasih" ->
    "Pemrograman Web Lanjut"); None when it is a courtesy, says more than one thing, or reads as a sentence (a
    `sentence` such as an announcement's text may, as long as it does not speak of the writer or the request)."""
    lines = answer_lines(text)
    if len(lines) != 1:
        return None
    value = " ".join(lines[0].split())
    if sentence and _ABOUT_THE_REQUEST.search(value):
        return None
    if not sentence and (len(value.split()) > _LONGEST_BARE_VALUE or _SENTENCE_WORDS.search(value)):
        return None
    if len(value) < 2:
        return None
    return None if thanks_without_asking("", normalise(value)) else value


def _bare_field(
    request_type: RequestType, missing: tuple[str, ...], subject: str, answer: str, reference: datetime
) -> FieldValue | None:
    """The one missing field a reply of a bare value answers. A request that named no change learns which one
    from its subject, the way the classifier reads "jadi <value>" on a reply ("Re: Ganti nama MK IF302")."""
    if len(missing) != 1:
        return None
    (key,) = missing
    value = bare_value(answer, sentence=key == "text")
    if value is None:
        return None
    if key == "course":
        return FieldValue("course_code" if _COURSE_CODE.fullmatch(value.replace(" ", "")) else "course_name", value)
    if key == "changes":
        changes = extract_fields(request_type, subject, f"jadi {value}", reference, tagged=False)[0].changes
        if len(changes) != 1 or not value_shaped(changes[0][0], changes[0][1]):
            return None
        return FieldValue(f"changes.{changes[0][0]}", changes[0][1])
    if key.startswith("changes.") and not value_shaped(key.removeprefix("changes."), value):
        return None
    return FieldValue(key, value)


def read_reply(
    request_type: RequestType,
    classified: RequestFields,
    effective: RequestFields,
    set_by_staff: frozenset[str],
    subject: str,
    text: str,
    reference: datetime,
) -> tuple[FieldValue, ...]:
    """The values a requester's reply (its new text, quotes stripped; the subject without tag and prefixes) gives
    for fields their request lacked. `classified` is what the request said, `effective` what the ticket knows now
    (staff #set and earlier replies included)."""
    fillable = fillable_fields(request_type, classified, set_by_staff)
    if not fillable or hedged_reply(text):
        return ()
    answer = answer_text(text)
    if not answer:
        return ()
    found = [
        item
        for item in _extracted(request_type, subject, answer, reference)
        if _may_fill(item.field, fillable, set_by_staff)
        # One line read whole as an announcement's text must read like one, not like a word about the request.
        and not (item.field == "text" and "\n" not in answer and bare_value(answer, sentence=True) is None)
    ]
    if found:
        return tuple(found)
    item = _bare_field(request_type, missing_items(request_type, effective), subject, answer, reference)
    return (item,) if item is not None and _may_fill(item.field, fillable, set_by_staff) else ()

"""Read a reply as the answer to what the helpdesk asked (pure): the values it gives for the items asked, or that the
request is no longer wanted. A value is taken only for an item that was asked, or under a label that names it."""

from __future__ import annotations

import re

from daemon.classify.change_words import cues
from daemon.classify.changes import find_changes
from daemon.classify.code_answered import code_given
from daemon.classify.course_code import find_course_code
from daemon.classify.effective_fields import FieldValue
from daemon.classify.keyword_rule import NOT
from daemon.classify.our_question import Asked
from daemon.classify.reply_fields import answer_lines, answer_text, bare_value, hedged_reply
from daemon.classify.value_alone import value_shaped
from daemon.classify.wording import TITLE_SUFFIX

# "Tidak jadi pak", "sudah tidak perlu", "dibatalkan saja", "please cancel this request", "no longer needed".
_WITHDRAWN = re.compile(
    rf"\b(?:(?:{NOT}|tdk|gak|ga|nggak|ngga|enggak|gk)\s(?:jadi|usah(?:\slagi)?|perlu(?:\slagi)?|diperlukan(?:\slagi)?|"
    # Sundanese "teu kedah" (need not), Minang "indak paralu"
    r"kedah|paralu)|"
    r"(?:sudah|sdh|udah|udh)\s(?:tidak|tdk|gak|ga|nggak|ngga|gk)\s(?:perlu|usah|jadi|diperlukan)|"
    r"(?:di)?batal(?:kan)?|cancel(?:led|ed)?|withdraw\w*|no\slonger\s(?:needed|necessary|required)|"
    r"not\s(?:needed|necessary|required)\s(?:any\s?more|after\sall)|never\s?mind|disregard|"
    r"(?:please\s)?ignore\s(?:this|my|the)\s(?:request|ticket|e-?mail))\b",
    re.IGNORECASE,
)
# An announcement's text may itself say something is off ("Kuis tidak jadi hari ini"): there the request or the
# post must be what is withdrawn.
_THE_REQUEST = re.compile(
    r"\b(?:permintaan|permohonan|request|tiket|ticket|pengumuman(?:nya)?|announcement|posting(?:an)?)\b",
    re.IGNORECASE,
)
# A labelled line's label, for the course: "Kode MK: IF302", "Course: EE2105 Digital Systems".
_COURSE_LABEL = re.compile(
    r"^(?:kode(?:\s(?:mk|mata\s?kuliah|matkul|course))?|course(?:\scode)?|mata\s?kuliah|matkul|mk|code)$", re.IGNORECASE
)
_NEW_LABEL = re.compile(r"^(?:(?:yang|yg)\s)?(?:baru|benar|bener|new(?:\sone)?|correct(?:\sone)?)$", re.IGNORECASE)
_LABELLED = re.compile(r"^(?P<label>[^:\n]{2,30}?)\s*(?::|->|→|=)\s*(?P<value>\S.*)$")
_CODE = re.compile(r"^(?P<code>[A-Z]{2,4}[-\s]?\d{3,4})\b[\s,()-]*(?P<name>.*?)\)?$")
# What stands before a value that answers one asked item: "yang 2A malam", "pakai X saja", "should be X".
_LEAD = re.compile(
    r"^(?:(?:yang|yg)(?:\s(?:baru|benar|bener))?(?:nya)?|pakai|pake|gunakan|pakailah|use|"
    r"(?:it\s)?should\sbe|(?:se)?harusnya|mestinya|(?:di)?ganti(?:\s(?:jadi|ke|dengan|menjadi))?|(?:men)?jadi|"
    r"the\snew\sone\sis|it'?s|it\sis)\b[\s:]*",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r"(?:[\s,]+(?:itu|saja|aja|ajah|ya|yah|dong|deh|nggih|please|pls|mas|min|pak|bu|kak|sir|madam|thanks|thx|makasih))+"
    r"[\s.!]*$",
    re.IGNORECASE,
)
# "Oh iya lupa. X", "Sorry, forgot that: X", "Maaf ketinggalan, X": owning up to the missing value before giving it.
_FORGOT = re.compile(
    r"^(?:(?:oh|eh|ah|aduh|waduh|oops|sorry|maaf|ya|iya|iya+h?)[\s,!.]+)*(?:(?:lupa|kelupaan|ketinggalan|terlewat|"
    r"forgot(?:\s(?:that|it|to\s(?:say|mention)))?)(?:\s(?:pak|bu|min|kak|mas|ya))?[\s,!.:;-]+)?(?=\S)",
    re.IGNORECASE,
)
# "Semester 4, bukan 2": what follows the value's correction is the value it replaces.
_NOT_THE_OLD = re.compile(r"[\s,;]+(?:bukan|not|instead\sof)\b.*$", re.IGNORECASE)
_COURSE_CODE = re.compile(r"[A-Z]{2,4}-?\d{3,4}")
# The writer's name alone in the last paragraph ("Pieter", "Bu Rina"), under a value, signs it.
_NAME_ONLY = re.compile(r"(?:(?:pak|bu|bpk|ibu|mr|ms|dr)\.?\s)?[A-Z][a-z]+(?:\s[A-Z][a-z]*\.?){0,2}")
_ENDS_IN_TITLE = re.compile(rf"(?:^|[\s,]){TITLE_SUFFIX}$")


# "SKS tidak perlu diubah, hanya namanya": a part is let go, the rest still asked.
_ONLY_PART = re.compile(r"\b(?:hanya|cuma|cukup|saja\syang|only|just)\b", re.IGNORECASE)


def withdraws(text: str, *, announcement: bool = False) -> bool:
    """Whether the reply says the request is no longer wanted (and gives no value: the caller reads those first)."""
    first = " ".join(answer_text(text).split())[:200]
    if _WITHDRAWN.search(first) is None or _ONLY_PART.search(first):
        return False
    return not announcement or bool(_THE_REQUEST.search(first))


def _without_cue(line: str, field: str) -> str:
    """ "sks nya 3" -> "3": the asked field's own cue at the start of the line, and a lead word after it."""
    for name, match in cues(line):
        if name == field and not line[: match.start()].strip():
            return _LEAD.sub("", line[match.end() :].lstrip(" :-")).strip()
    return line


def _taken(value: str) -> str | None:
    """The value without a closing full stop (an academic title keeps its dot); a number may be one digit."""
    value = value.strip()
    if value.endswith(".") and not _ENDS_IN_TITLE.search(value):
        value = value[:-1].rstrip()
    return value if value.isdigit() else bare_value(value)


def _value_of(line: str, field: str) -> str | None:
    line = _NOT_THE_OLD.sub("", _TAIL.sub("", _LEAD.sub("", _FORGOT.sub("", line.strip())))).strip()
    value = _taken(_TAIL.sub("", _without_cue(line, field.removeprefix("changes."))))
    return value if value is not None and value_shaped(field.removeprefix("changes."), value) else None


def _signed(answer: str) -> str:
    """The answer without a last paragraph that is only the writer's name."""
    paragraphs = [part for part in re.split(r"\n[ \t]*\n", answer.strip()) if part.strip()]
    if len(paragraphs) > 1 and _NAME_ONLY.fullmatch(paragraphs[-1].strip()):
        return "\n\n".join(paragraphs[:-1])
    return answer


def _labelled(label: str, value: str, wanted: set[str]) -> list[FieldValue]:
    """A "label: value" line: the course, the one new value asked, or the asked change its cue names."""
    label = label.strip()
    if _COURSE_LABEL.match(label) and (shaped := _CODE.match(value)):
        found = [FieldValue("course_code", shaped.group("code"))]
        name = _TAIL.sub("", shaped.group("name")).strip()
        return found + ([FieldValue("course_name", name)] if name and bare_value(name) == name else [])
    changes = [item for item in wanted if item.startswith("changes.")]
    if _NEW_LABEL.match(label) and len(changes) == 1:
        field = changes[0]
    else:
        named = {f"changes.{name}" for name, match in cues(label) if match.end() - match.start() >= len(label) / 2}
        field = next(iter(named)) if len(named) == 1 else ""
    if not field or not (field in wanted or "changes" in wanted):
        return []
    taken = _taken(_NOT_THE_OLD.sub("", _TAIL.sub("", value)))
    return [FieldValue(field, taken)] if taken else []


def read_answer(asked: Asked, text: str, course_code: str | None, subject: str = "") -> tuple[FieldValue, ...]:
    """The values the reply gives for what was asked; () for a hedge, a withdrawal, thanks or a question."""
    if hedged_reply(text):
        return ()
    answer = _signed(answer_text(text))
    wanted = set(asked.wanted)
    # A request that named no change was asked "what, and to what": its subject may name the field ("Ganti nama MK").
    named = {name for name, _ in cues(subject)}
    if "changes" in wanted and len(named) == 1:
        wanted = (wanted - {"changes"}) | {f"changes.{named.pop()}"}
    if not answer or not wanted:
        return ()
    found: dict[str, FieldValue] = {}
    bare: list[str] = []
    # A labelled line says which item it gives; the grammar reads the rest.
    for line in answer_lines(answer):
        line = _FORGOT.sub("", line)
        if labelled := _LABELLED.match(line):
            for item in _labelled(labelled.group("label"), labelled.group("value"), wanted):
                found.setdefault(item.field, item)
        elif "course" in wanted and _COURSE_CODE.fullmatch(line.replace(" ", "")):
            found.setdefault("course_code", FieldValue("course_code", line))
        else:
            bare.append(line)
    for change in find_changes(answer, course_code, subject):
        field = f"changes.{change.field}"
        if (field in wanted or "changes" in wanted) and not change.weak:
            found.setdefault(field, FieldValue(field, change.value))
    open_changes = [item for item in wanted if item.startswith("changes.") and item not in found]
    # A value alone answers the one change still asked; two lines of values could be either.
    if (
        len(bare) == 1
        and len(open_changes) == 1
        and not any(key.startswith("changes.") for key in found)
        and (value := _value_of(bare[0], open_changes[0])) is not None
    ):
        found[open_changes[0]] = FieldValue(open_changes[0], value)
    if (
        "course" in wanted
        and "course_code" not in found
        and (code := find_course_code("", answer) or code_given(answer))
    ):
        found["course_code"] = FieldValue("course_code", code)
    return tuple(found.values())

"""Read one requested change at a field cue: the connector after the cue, then a value of that field's shape."""

from __future__ import annotations

import re

from daemon.classify.asking import unsure
from daemon.classify.change_words import (
    BY_VERB,
    CHANGE_VERB,
    COUNT_BEFORE,
    COUNT_WORD,
    CUES,
    NEW_SIDE,
    OUGHT,
    STRONG_TO,
    THEN_TO,
    cue_field_name,
    cue_field_start,
)
from daemon.classify.connector_value import (
    OLD_BEFORE,
    SHAPED,
    VERB_IN_SENTENCE,
    describe,
    line_of,
    value_after_connectors,
)
from daemon.classify.done_but_behind import page_still_behind, without_done_words
from daemon.classify.found_change import FoundChange
from daemon.classify.lower_case_values import lower_case_person
from daemon.classify.value_at import value_at
from daemon.classify.value_shapes import SHAPE_READERS
from daemon.classify.wording import sentence_around, sentence_end

REACH = 160


_NAMED_AS = re.compile(r"\b(?:be|been)\s(?=re-?title|rename)", re.IGNORECASE)
_VERB_CUE = re.compile(r"rename[ds]?|re-?title[ds]?|ganti\snama|ubah\snama", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;!?\n]|\.(?:\s|$)")
# "rename it to X", and "rename it X" without the "to"; Malay "tukar pensyarah kursus X kepada Y".
_TO = re.compile(r"(?<!\S)(?:ke|kepada|to|as|into|dengan|with)\b|(?<!\S)it\b(?!\s+(?:to|as|into)\b)", re.IGNORECASE)
_NAME_THEN_CODE = re.compile(r"(?:[ \t]+[A-Z][\w&-]*){1,5}[ \t]*\([A-Z]{2,4}[ -]?\d{3,4}[A-Z]?\)")
_VERB_LEAD = re.compile(r"\b(?:" + CHANGE_VERB + r")(?:kan|lah)?\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
# "change the full name to X and the short name to Y", "semester diset ke X dan SKS ke 3": a cue coordinated after
# an earlier change in its sentence shares that change's verb.
_COORDINATED = re.compile(r"(?:\b(?:dan|and|serta|juga|also)|,)\s+(?:(?:the|its|juga|also)\s+)?$", re.IGNORECASE)
_ANOTHER_VERB = re.compile(
    r"\b(?:dan|and|serta|lalu|kemudian|terus|then|juga|also)\s+(?:\S+\s+){0,2}?(?:" + CHANGE_VERB + r")(?:kan)?\b",
    re.IGNORECASE,
)
# "dipindah ke semester Genap 2025/2026", "diubah jadi kelas IF-2C": the verb comes before the cue.
# "Can you make the short name X?" too.
_VERB_BEFORE = re.compile(
    r"\b(?:(?:" + CHANGE_VERB + r")(?:kan)?(?:\s+\S+){0,3}?\s+(?:ke|to|into|jadi|menjadi)|make|" + STRONG_TO + r")\s+"
    r"(?:(?:the|kategori|category)\s+)?$",
    re.IGNORECASE,
)

# "tolong masukin ke smt 5", "dimasukkan ke semester Genap": a course is put into a semester; never a class, where
# "masukkan saya ke kelas X" asks to enrol a person.
_PUT_INTO = re.compile(r"\b(?:di)?masuk(?:kan|in)\s+(?:\S+\s+){0,2}?ke\s+(?:(?:kategori|category)\s+)?$", re.I)

SAYS_NEW_VALUE = frozenset(
    {"should be", "changed to", "not X but Y", "from X to Y", "was X, now Y", "arrow", "make it", "new:"}
)


_CORRECT_BEFORE = re.compile(
    r"\b(?:(?:yang|yg)\s(?:benar|betul|bener|bnr)(?:nya)?|" + OUGHT + r")\s+$",
    re.IGNORECASE,
)
_COPULA_WORD = re.compile(r"[ \t]*(?:adalah|adlh|yaitu|itu|:)(?=[ \t])", re.IGNORECASE)
_NOT_THE_OTHER = re.compile(
    r"[ \t]*+,?[ \t]*(?:bukan|bkn|not|instead\s+of)[ \t]+(?:(?:kelas|class|semester)[ \t]+)?", re.I
)
_SET_RIGHT = re.compile(
    r"\b(?:sebenarnya|seharusnya|harusnya|mestinya|salah|keliru|koreksi|diperbaiki|perbaiki|dibetulkan|betulkan|"
    r"benerin|wrong|mistake|correct|fix)\w*",
    re.IGNORECASE,
)
_BARE_COUNT = re.compile(rf"\b({COUNT_WORD})[ \t]*$", re.IGNORECASE)
_OTHER_COUNT = re.compile(rf"[ \t]*+,?[ \t]*(?:bukan|bkn|not|instead[ \t]+of)[ \t]+(?:{COUNT_WORD})\b", re.IGNORECASE)
_NOT_BEFORE = re.compile(r"\b(?:bukan|bkn|not|of)[ \t]*$", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?:yang|yg|which\s+is|that\s+is)\s+$", re.IGNORECASE)
# "tidak lagi diampu oleh X", "no longer taught by X": the teacher named is the one who goes.
_NO_LONGER = re.compile(r"\b(?:(?:tidak|tak|bukan)\s+lagi|sudah\s+(?:tidak|bukan)|no\s+longer|not)\s+$", re.IGNORECASE)


_CLOSING_QUOTE = re.compile(r'["”]')


def _closing_quote(text: str, start: int, position: int) -> int:
    """Past the quote that closes one left open between start and position, or -1 when none is open there."""
    between = text[start:position]
    if between.count('"') % 2 == 0 and between.rfind("“") <= between.rfind("”"):
        return -1
    closing = _CLOSING_QUOTE.search(text, position)
    return closing.end() if closing else -1


def find_change_at(text: str, field: str, cue: re.Match[str]) -> FoundChange | None:
    """The first connector after the cue (same paragraph, within reach) followed by a value of the field's shape,
    in a clause that asks for it ("sudah diganti jadi X tapi seharusnya Y" is Y)."""
    cue_start = cue_field_start(cue)

    def asked(change: FoundChange, connector_start: int) -> FoundChange | None:
        if not unsure(text, cue_start, connector_start, change.span):
            return change
        # told as made, while the page still shows the old value: made in a decision, still to be made here
        undone = without_done_words(text, min(cue_start, connector_start), change.start)
        if not unsure(undone, cue_start, connector_start, change.span) and page_still_behind(text, field, change.start):
            return change
        return None

    # "ubah 3 SKS jadi 4 SKS": a count before the cue that goes on to another is the current one.
    if (
        field == "credits"
        and (count := COUNT_BEFORE.search(text, max(0, cue_start - 40), cue_start))
        and not THEN_TO.match(text, cue.end())
    ):
        # "jadi 3 sks (1-2)": the count read with the split written after its unit.
        whole = SHAPE_READERS["credits"](text, count.start(1), min(len(text), cue.end() + 60))
        value, end = whole if whole and whole[1] > cue.end() else (count.group(1), count.end(1))
        change = FoundChange(
            field, value, f"count before cue: {count.group(0).strip()} {cue.group(0)}", count.start(1), end
        )
        return asked(change, count.start())
    # "MK ini 3 SKS, bukan 2 SKS": a count set against another right after its unit is the right one.
    if (
        field == "credits"
        and (count := _BARE_COUNT.search(text, max(0, cue_start - 8), cue_start))
        and _OTHER_COUNT.match(text, cue.end())
        and not _NOT_BEFORE.search(text, max(0, count.start() - 8), count.start())
    ):
        change = FoundChange(
            field,
            count.group(1),
            f"count not the other: {text[count.start() : cue.end()]}",
            count.start(1),
            count.end(1),
        )
        return asked(change, count.start())
    verb = _VERB_BEFORE.search(text, max(0, cue_start - 40), cue_start) if field in SHAPED else None
    if field == "semester" and not verb:
        verb = _PUT_INTO.search(text, max(0, cue_start - 40), cue_start)
    if verb and (read := value_at(text, field, cue.end(), len(text))):
        source = f"verb before cue: {verb.group(0).strip()} {cue.group(0)}"
        return asked(FoundChange(field, read.value, source, read.start, read.end), verb.start())
    # "Maaf, yang benar shortname-nya X, bukan Y", "harusnya pengampunya Dr. X": the correcting word before the
    # field says the value right after it is the right one; a question ("yang benar nama MK-nya apa?") names none.
    correct = _CORRECT_BEFORE.search(text, max(0, cue_start - 30), cue_start)
    if correct and text[sentence_around(text, cue_start)[1] : sentence_around(text, cue_start)[1] + 1] != "?":
        after = _COPULA_WORD.match(text, cue.end())
        if read := value_at(text, field, after.end() if after else cue.end(), len(text)):
            source = f"correct before cue: {correct.group(0).strip()} {cue.group(0).strip()}"
            if found := asked(FoundChange(field, read.value, source, read.start, read.end), correct.start()):
                return found
    # "Kunci barunya SO-genap26", "the new key abc123": a cue that names the new value is followed by it.
    says_new = NEW_SIDE.search(cue.group("after") or "") or BY_VERB.fullmatch(cue.group(cue_field_name(cue)))
    # A new description is handed over under its label or on lines of its own; in running prose ("Attached ringkasan
    # baru MK X utk e-learning, pls replace") the words after the cue say what comes, not what it says.
    # Nor does a cue that closes a letter's subject line ("Perihal : ... Dosen Baru") name the paragraph below it
    # ("Yth. Kepala P4M"): past a blank line, only a label's colon leads on.
    read = value_at(text, field, cue.end(), len(text)) if says_new else None
    between = text[cue.end() : read.start] if read else ""
    if read and ":" not in between and ("\n\n" in between or (field == "summary" and "\n" not in between)):
        read = None
    if read:
        if OLD_BEFORE.search(text, max(0, cue_start - 30), cue_start):
            return None
        # "Mata kuliah X yang diampu Bu Melati, ...": a relative clause says who teaches it now, not who should.
        if BY_VERB.fullmatch(cue.group(cue_field_name(cue))) and (
            _RELATIVE_BEFORE.search(text, 0, cue_start) or _NO_LONGER.search(text, max(0, cue_start - 20), cue_start)
        ):
            return None
        source = f"new value named: {cue.group(0).strip()}"
        return asked(FoundChange(field, read.value, source, read.start, read.end), cue_start)
    # "Course ini sebenarnya untuk kelas MJ-2B, bukan MJ-2A. Mohon diperbaiki": a shaped value set against another of
    # its shape, in a mail that says something is wrong, is the right one.
    if (
        field in SHAPED
        and (read := value_at(text, field, cue.end(), min(len(text), cue.end() + 40)))
        and read.start <= cue.end() + 1
    ):
        other = _NOT_THE_OTHER.match(text, read.end)
        wrong = other and _SET_RIGHT.search(
            text, sentence_around(text, cue_start)[0], sentence_end(text, other.end()) + 80
        )
        if (
            other
            and wrong
            and (then := value_at(text, field, other.end(), min(len(text), other.end() + 40)))
            and then.value != read.value
        ):
            source = f"not the other: {cue.group(0).strip()} {read.value}{other.group(0)}"
            if found := asked(FoundChange(field, read.value, source, read.start, read.end), cue_start):
                return found
    paragraph_end = text.find("\n\n", cue.end())
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    window_end = min(len(text), cue.end() + REACH, paragraph_end)
    rest_of_line = line_of(text, cue.end())[cue.end() - text.rfind("\n", 0, cue.end()) - 1 :].strip()
    if text[cue.end() : paragraph_end].rstrip().endswith(":") or rest_of_line in ("", ":"):
        # "Please update the lecturer ...:\n\nOld: X\n\nNew: Y", a field as a heading ("Enrolment key\n\nOld: X\n
        # New: Y", "Field to change: Short name\nNew value: Y"): the values follow in the next lines and paragraphs.
        window_end = min(len(text), paragraph_end + REACH)
    # "rename it to X", "change the semester to X", "ganti nama MK IF302 ke X": the verb leads, "to" follows.
    verb_leads = (
        _VERB_CUE.fullmatch(cue.group(f"f{len(CUES) - 1}") or "")
        or _VERB_LEAD.search(text, max(0, cue_start - 30), cue_start)
        or (
            _COORDINATED.search(text, max(0, cue_start - 12), cue_start)
            and VERB_IN_SENTENCE.search(text, sentence_around(text, cue_start)[0], cue_start)
        )
    )
    labelled = re.match(r"\s*[:=]", text[cue.end() :])
    # "change the short name of my course Renewable Energy Systems Engineering (EL4103) to X": "to" within the
    # clause, which may be longer than a few words.
    clause = _CLAUSE_END.search(text, cue.end(), window_end)
    to_end = clause.start() if clause else window_end
    to = _TO.search(text, cue.end(), min(window_end, to_end)) if verb_leads and not labelled else None
    # "rename Introduction to Programming (IF1101) to X": a "to" inside the course's name, which its code in brackets
    # closes, is not the connector; the one after the code is.
    if to and (named := _NAME_THEN_CODE.match(text, to.end())):
        to = _TO.search(text, named.end(), min(window_end, to_end))
    # 'rename "Intro to Programming" (IF1101) as "X"': a "to" inside the quoted name is the name's own.
    if to and (closing := _closing_quote(text, cue.end(), to.start())) > 0:
        to = _TO.search(text, closing, min(window_end, to_end))
    # "diganti namanya saja dan dipindah ke X": a "to" after another, coordinated verb is that verb's.
    if to and _ANOTHER_VERB.search(text, cue.end(), to.start()):
        to = None
    if to and (
        read := value_at(text, field, to.end(), len(text))
        or (lower_case_person(text, to.end()) if field == "lecturer" else None)
    ):
        description = describe(text, cue, to.end(), to.group(0))
        if found := asked(
            FoundChange(field, read.value, f"changed to: {description}", read.start, read.end), cue_start
        ):
            return found
    # "the course should be re-titled Internal Quality Audit", "to be renamed X": the name right after the verb.
    if (
        not to
        and _NAMED_AS.search(text, max(0, cue_start - 12), cue.end())
        and (read := value_at(text, field, cue.end(), len(text)))
        and read.start == cue.end() + 1
    ):
        source = f"named: {cue.group(0).strip()}"
        if found := asked(FoundChange(field, read.value, source, read.start, read.end), cue_start):
            return found
    return value_after_connectors(text, field, cue, window_end, asked)

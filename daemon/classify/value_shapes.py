"""The values recognisable by their shape: a class code, a semester, a credit count, a short name or key token."""

from __future__ import annotations

import re

from daemon.classify.class_named_freely import class_after_class, free_class_in_cell
from daemon.classify.value_basics import FILLER_WORDS, TIME_START, Reader, quoted_value, skip_to_value
from daemon.classify.value_word_key import NOT_A_KEY, word_key
from daemon.classify.wording import LIST_MARK

# When a class meets or whom it is for, written after it: "TI-2A Malam", "MP-2C Weekend", "AK-3A Night".
SHIFT = "Pagi|Siang|Sore|Malam|Reguler|Karyawan|Ekstensi|Eksekutif|Executive|Evening|Morning|Afternoon|Night|Weekend"
_CLASS = re.compile(
    # "IF-2C", "TI 3A", "KJ-RKS3B"; never three digits in a row ("GU 702" is a room, "IF302" a course code); a
    # cohort's year after a hyphen ("INT-2026", "EXC-2027").
    # "Malam-2B", "Karyawan-1A": the time of day or the kind of class before the group.
    r"(?:(?:Pagi|Siang|Sore|Malam|Reguler|Karyawan|Ekstensi)-\d{1,2}[A-Z]{1,2}(?![\w-])|"
    # "IUP-ME-3", "RPL-KJ-2B": the programme, the study line and the year apart by hyphens.
    r"[A-Z]{2,5}-[A-Z]{2,5}-\d{1,2}[A-Z]{0,2}(?![\w-])|"
    r"[A-Z]{1,5}(?:-20\d{2}(?![\d/-])|"
    r"[- ]?\d{1,2}(?:[A-Z]{1,2}\d?)?|-[A-Z]{1,5}\d[A-Z0-9]{0,3})(?:/(?:[A-Z]{1,5}-?)?\d{1,2}[A-Z]{0,2})*"
    # The shift as typed, "TI-2A malam" and "IF-1C-Sore" too; a programme's kind then its time of day, "MB-2B Reguler
    # Malam".
    # The working students' day after their kind: "EL-1B Karyawan Sabtu".
    rf"(?:[\s-](?i:{SHIFT}|Internasional|International|Gabungan|Merged|Joint)"
    rf"(?:\s(?i:{SHIFT}|Sabtu|Minggu|Saturday|Sunday)(?![\w-]))?"
    r"(?![ \t]+(?:ini|nanti|tadi|besok|hari|depan|lalu|kemarin|this|today|next|last)\b)(?:\s(?i:Shift)(?![\w-]))?"
    # "MB 2 Malam C": the group's letter said after the time of day.
    r"(?:\s[A-H](?![\w-]))?)?"
    # "KA-2A Grup 1", "TI-1B Shift 2": a practical group or a shift of the class, numbered.
    r"(?:\s(?i:Grup|Group|Kelompok|Shift|Sesi|Session)\s?\d{1,2}(?![\w-]))?"
    r"(?:\s\((?:gabungan|gabung|merged|joint)\))?"
    # "MB 2C (karyawan)", "TI-1A (malam)": the shift or the kind of class in parentheses belongs to the class.
    rf"(?:\s\((?i:{SHIFT}|internasional|international)\))?|"
    # "2B Pagi", "3A Malam": a year and a group with its shift, no programme before it.
    rf"[1-8][A-F]\s(?:{SHIFT})(?![\w-])|"
    # "1-Shift 2", "2A-Grup 1": a practical's year (and group) split into numbered shifts.
    r"[1-8][A-H]?-(?i:Shift|Grup|Group|Kelompok|Sesi)[ -]?\d{1,2}(?![\w-]))"
)
NUMBER_WORD = r"(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|one|two|three|four|five|six|seven|eight)"
# An academic year: "2026/2027", "2026-2027", "2026/27".
_YEAR = r"\d{4}\s?[/-]\s?(?:\d{4}|\d{2})(?![\d/-])"
# "Semester 5" with a capital is the category's own name, written as the value; "semester 5" is the number.
_SEMESTER = re.compile(
    # ... with its term and year when the writer gives them: "Semester 3 Ganjil 2026/2027"
    rf"((?-i:Semester)\s[1-8](?:\s(?:Ganjil|Genap|Gasal|Odd|Even)(?:\s(?:TA\s|T\.A\.\s)?{_YEAR})?)?(?![\d/:-]|[.,]\d))|"
    # "dipindahkan ke semester V", "harusnya smt VI": a Roman number only after the word, in capitals.
    # "dipindahkan ke semester lima", "semester six": a number in words, only after the word too ("jadi satu" is
    # no semester).
    r"(?:semester|smt|smstr|sem\.?)\s((?-i:VIII|VII|VI|IV|V|III|II|I)|"
    rf"{NUMBER_WORD})(?![\w/-]|\.\w)|(?:the\s)?(?:semester\s)?((?:Ganjil|Genap|Gasal|Odd|Even|Pendek|Antara|Short)(?:\s(?:semester|sem\.?))?"
    rf"(?:\s(?:TA|T\.A\.|tahun\s(?:ajaran|akademik))?\s?){_YEAR}|{_YEAR}\s(?:Ganjil|Genap|Gasal|Odd|Even)|"
    r"[1-8](?![\d/:-]|[.,]\d)|"
    # The term alone, when no year follows: "diubah menjadi Genap".
    r"(?:Ganjil|Genap|Gasal)(?!\s*(?:semester|sem\b|TA\b|T\.A\.|tahun|\d)))",
    re.IGNORECASE,
)
_SEMESTER_WORD = re.compile(r"(?<![\w-])Semester[ \t]$")
_ROMAN = re.compile(rf"(?:VIII|VII|VI|IV|V|III|II|I|(?i:{NUMBER_WORD}))(?![\w/-]|\.\w)")
_ROMAN_CUE = re.compile(r"(?<![\w-])(?:semester|smt|smstr|sem\.?)[ \t]$", re.IGNORECASE)
# Credits written as a word: a course weighs one to six.
CREDIT_WORDS = {
    "satu": "1",
    "dua": "2",
    "tiga": "3",
    "empat": "4",
    "lima": "5",
    "enam": "6",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
}
_CREDITS = re.compile(
    r"(\d{1,2}|" + "|".join(CREDIT_WORDS) + r")(?:\b|(?=sks\b))(?!\s*[/.:]\d)(?:\s*\((?:(\d{1,2})|\w+)\))?",
    re.IGNORECASE,
)
_SPLIT_PART = r"(?:[A-Za-z]{1,12}[ \t]?:?[ \t]?\d{1,2}|\d{1,2}[ \t]?[A-Za-z]{0,12})"
_SPLIT = re.compile(
    rf"[ \t]?(?:(?i:sks|credits?)[ \t]?)?\(({_SPLIT_PART}(?:[ \t]?(?:[,;+/&-]|dan|and)[ \t]?{_SPLIT_PART}){{1,3}})\)"
)
_BRACKETED = re.compile(r"\([ \t]*([^()\n]{1,40}?)[ \t]*\)")
_TOKEN = re.compile(r"[^\s\"“”'‘’,;()]+")


def _pattern_reader(pattern: re.Pattern[str]) -> Reader:
    """The whole match, or the first group that matched (a value inside the words around it)."""

    def read(text: str, start: int, limit: int) -> tuple[str, int] | None:
        start = skip_to_value(text, start, limit)
        # "dipindah ke Semester 2": the capitalised word before the number, read as the cue, is the value's own;
        # "tercatat smt IV, harusnya smt VI": a Roman number is read with the word before it, which the cue was.
        if pattern is _SEMESTER and (
            (word := _SEMESTER_WORD.search(text, max(0, start - 9), start))
            or (_ROMAN.match(text, start) and (word := _ROMAN_CUE.search(text, max(0, start - 12), start)))
        ):
            start = word.start()
        quoted = quoted_value(text, start, limit)
        if quoted and pattern.fullmatch(quoted[0].strip()):
            return quoted
        # "dipindah ke kelas baru (TRPL-3A Pagi), supaya ...": the value in brackets right after its cue.
        inside = _BRACKETED.match(text, start, limit) if text[start : start + 1] == "(" else None
        if inside and pattern.fullmatch(inside.group(1)):
            return inside.group(1), inside.end(1)
        match = pattern.match(text, start + (1 if quoted else 0), limit)
        if not match or (match.end() < len(text) and re.match(r"[\w-]", text[match.end()])):
            return None
        return next((group for group in match.groups() if group), match.group(0)), match.end()

    return read


# "... I meant Blue-River8! Thanks": an exclamation the sentence goes on after is the writer's.
_GOES_ON = re.compile(r"[ \t]+\S")


# The line ends after the token, or after the writer's note on it in brackets: "Metta-2026! (diakhiri tanda seru)".
_LINE_ENDS = re.compile(r"[ \t]*(?:\([^()\n]{1,80}\)[ \t]*)?(?:\n|$)")
_ALONE_ON_LINE = re.compile(r"[ \t]*\S+" + _LINE_ENDS.pattern)
_LIST_ITEM = re.compile(rf"[ \t]*{LIST_MARK}[ \t]")


def _token(shape: re.Pattern[str], sentence_marks: str = ".!?:") -> Reader:
    """A token of the shape; the marks that may end the sentence after it are not the token's own. A closing "!"
    outside `sentence_marks` is the writer's when the line goes on, and may be either at a line's end
    ("set the key to Automation2026!"): keys take symbols, so that value is not claimed (precision first)."""

    def read(text: str, start: int, limit: int) -> tuple[str, int] | None:
        start = skip_to_value(text, start, limit)
        quoted = quoted_value(text, start, limit)
        if quoted:
            value = quoted[0].strip()
            return (value, quoted[1]) if shape.fullmatch(value) else None
        match = _TOKEN.match(text, start, limit)
        if not match:
            return None
        value = match.group(0).rstrip(sentence_marks)
        # A token alone on its line ("pakai ini saja:\n\nJarkom@2026!") is set apart whole: its "!" is no exclamation.
        line_start = text.rfind("\n", 0, start) + 1
        # So is one that ends a list item ("3) Enrolment key menjadi wira2026!"): an item states, it does not shout.
        on_its_own = _ALONE_ON_LINE.match(text, line_start)
        alone = (on_its_own or _LIST_ITEM.match(text, line_start)) and _LINE_ENDS.match(text, start + len(value))
        # Alone on its line, a key's closing "?" asks nothing either ("Volt#2027?"); in a list item it may ask.
        whole = match.group(0).rstrip(".:")
        if whole.endswith("?") and on_its_own and _LINE_ENDS.match(text, match.end()) and shape.fullmatch(whole):
            value = whole
        if value.endswith("!") and "!" not in sentence_marks and not alone:
            if not _GOES_ON.match(text, start + len(value)):
                return None
            value = value.rstrip("!")
        if FILLER_WORDS.match(value) or not shape.fullmatch(value) or TIME_START.fullmatch(value):
            return None
        # "Data baru: Pemrograman Web Lanjut": a capitalised word that words in capitals follow begins a name.
        if _WORD_OF_A_NAME.fullmatch(value) and _NEXT_NAME_WORD.match(text, start + len(value)):
            return None
        return value, start + len(value)

    return read


_WORD_OF_A_NAME = re.compile(r"[A-Z][a-z]+")
_NEXT_NAME_WORD = re.compile(r"[ \t]+[A-Z][a-z]")
_ONLY = re.compile(r"(?:cuma|hanya|only|just)[ \t]+", re.IGNORECASE)


def _credits(text: str, start: int, limit: int) -> tuple[str, int] | None:
    start = skip_to_value(text, start, limit)
    # "harusnya cuma 2", "should be only 2"
    if only := _ONLY.match(text, start, limit):
        start = only.end()
    match = _CREDITS.match(text, start, limit)
    if not match:
        return None
    number = CREDIT_WORDS.get(match.group(1).lower(), match.group(1))
    if not 1 <= int(number) <= 12:
        return None
    # "tiga SKS" is the value as written; "tiga (3) SKS" has the number written too, and that is the value.
    if match.group(2):
        return match.group(2), match.end()
    # "3 (T: 2, P: 1)", "4 SKS (2 teori + 2 praktik)": the count's split into its parts, which add up to it, is
    # written as part of the value.
    split = _SPLIT.match(text, match.end(), limit)
    if split and sum(int(part) for part in re.findall(r"\d+", split.group(1))) == int(number):
        return text[match.start(1) : split.end()], split.end()
    return match.group(1), match.end()


# After the word "kelas"/"class" a class may be a letter alone: "diganti jadi kelas B", "class C (evening)".
_CLASS_AFTER_WORD = re.compile(rf"(?:kelas|class)\s+([A-H]\d?(?:\s(?i:{SHIFT}))?)(?![\w-])")


# A class said in words for when it meets or whom it is for: "Evening class B", "kelas karyawan malam".
_CLASS_IN_WORDS = re.compile(
    rf"((?i:kelas\s(?:{SHIFT})(?:\s(?:{SHIFT}))?)(?:\s[A-H])?|(?i:(?:{SHIFT})\s(?:class|kelas))(?:\s[A-H])?)(?![\w-])"
)


_FOR_CLASS = re.compile(r"(?:untuk|utk|buat|for)[ \t]+(?:(?:the[ \t]+)?(?:kelas|kls|class)[ \t]+)?", re.IGNORECASE)


def _class(text: str, start: int, limit: int) -> tuple[str, int] | None:
    # 'jadi "TI-5A & MBKM Inbound"': the writer's quotes bound a class name that goes on after the class's code.
    if quoted := quoted_value(text, skip_to_value(text, start, limit), limit):
        value = quoted[0].strip()
        opening = _CLASS.match(value)
        if opening and value[opening.end() : opening.end() + 1] == " " and len(value) <= 40 and "\n" not in value:
            return value, quoted[1]
    if read := _pattern_reader(_CLASS)(text, start, limit):
        return read
    at = skip_to_value(text, start, limit)
    # "Seharusnya untuk kelas MI-1B", "it should be for ME-3B": whom the course is for, the class by its code.
    if (whom := _FOR_CLASS.match(text, at, limit)) and (read := _pattern_reader(_CLASS)(text, whom.end(), limit)):
        return read
    match = _CLASS_AFTER_WORD.match(text, at, limit) or _CLASS_IN_WORDS.match(text, at, limit)
    if match:
        return match.group(1), match.end()
    return free_class_in_cell(text, at, limit) or class_after_class(text, at, limit, _CLASS)


_SHORTNAME = _token(
    re.compile(
        # ("BEPL-2104/26", "IF101/2026": a year or a part after one slash belongs to it)
        # ("TNLA/SCA-26": the digit may come after the slash)
        r"(?=[\w.-]*[A-Za-z])(?=[\w./-]*[\d-])[A-Za-z0-9][\w.-]{1,29}(?:/[A-Za-z0-9][\w.-]{0,9}(?![\w/]))?|"
        # "KIMDAS.A", "B.IND": capitals joined by dots.
        r"(?-i:[A-Z][A-Z0-9]*(?:\.[A-Z0-9]+)+)|"
        # "KOMBIS", "MPK": an abbreviation in capitals, not one of the words of the academic world ("SKS", "RPS").
        r"(?!(?:SKS|UTS|UAS|RPS|BAP|SOP|KRS|KHS|NIM|NIDN|SIAKAD|LMS|PDF|URL|OK|MK|TI|WA|HP|WIB|CPMK|CPL)\b)"
        r"(?-i:[A-Z]{3,10})"
    )
)


# 'short name jadi "ALPRO 1A"': in quotes, a short name may have a space or two, with a digit or in capitals.
_QUOTED_SHORTNAME = re.compile(r"(?=[^\n]*\d|[A-Z0-9 .-]+$)[A-Za-z0-9][\w.-]*(?: [\w.-]+){1,2}")


def _shortname(text: str, start: int, limit: int) -> tuple[str, int] | None:
    quoted = quoted_value(text, skip_to_value(text, start, limit), limit)
    if quoted and _QUOTED_SHORTNAME.fullmatch(quoted[0].strip()):
        return quoted[0].strip(), quoted[1]
    read = _SHORTNAME(text, start, limit)
    # "TRPL 3104": letters before a number are a course code written with a space, not a short name.
    if read and read[0].isalpha() and re.match(r"[ \t]?\d", text[read[1] : read[1] + 2]):
        return None
    return read


_KEY_TOKEN = _token(re.compile(r"(?=.*[\d\W_A-Z])[^\s]{4,40}"), ".?:")


def _key(text: str, start: int, limit: int) -> tuple[str, int] | None:
    """A key with digits, symbols or capitals as a token; a plain word only where the writer set it apart."""
    read = _KEY_TOKEN(text, start, limit)
    # "Enrolment key: Belum", "Key: Terlampir": a capitalised word said of the key is no key either.
    if read and read[0].isalpha() and NOT_A_KEY.fullmatch(read[0]):
        return None
    return read or word_key(text, start, limit)


SHAPE_READERS: dict[str, Reader] = {
    # A short name or code has letters and a digit or a hyphen: "IF302-B", "KJ-RKS3B", "TRE3102".
    "shortname": _shortname,
    "class": _class,
    "semester": _pattern_reader(_SEMESTER),
    "credits": _credits,
    "enrolment_key": _key,
}

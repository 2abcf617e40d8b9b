"""The shape of each course field's value, read from where a change request puts it, and tables of old/new values."""

from __future__ import annotations

import re
from collections.abc import Callable

from daemon.classify.wording import TITLE_PREFIX, TITLE_SUFFIX, sentence_end

# A reader gets the text, where the value may start and where it must stop; it returns (value, end) or None.
Reader = Callable[[str, int, int], "tuple[str, int] | None"]

_QUOTES = {'"': '"', "“": "”", "'": "'", "‘": "’", "«": "»", "„": "“"}
_NEXT_VERB = (
    r"(?:di)?(?:pindah|ubah|ganti|rubah|set|update|reset)(?:kan)?|move[ds]?|change[ds]?|set|update[ds]?|reset|"
    r"switch(?:es)?|rename[ds]?"
)
_PHRASE_STOP = re.compile(
    # "the full name to X and the short name to Y": a coordinated field cue ends the value.
    r"\s(?:and|dan|serta|&)\s(?:the\s|its\s|juga\s)?(?:short|full|nama|name|kode|code|kelas|class|sks|credits?|"
    r"semester|dosen|lecturer|enrol|kunci|deskripsi|description|summary)\b|"
    r"\s*(?:[,;(]|\s[-–—]\s|\s(?:->|-->|→|=>|⇒|>>)|\s*\[|\s(?:menjadi|mjd|diganti|diubah|dirubah|replaced\sby|should\sbe|seharusnya|harusnya|bukan|not|instead\sof|rather\sthan|karena|krn|soalnya|sebab|because|since|as\sper|agar|supaya|biar|so\sthat|"
    r"sesuai|mulai|starting|effective|untuk\s(?:semester|kelas|tahun|mahasiswa|prodi)|for\s(?:the|this|next|all)|"
    r"di\s(?:e-?learning|elearning|moodle|sistem|lms|course|kelas)|pada\s(?:e-?learning|elearning|moodle|sistem)|"
    r"(?:on|in)\s(?:the\s)?(?:e-?learning|elearning|moodle|lms|system)|ya|yah|yaa|ya{2,}|yg|pak|bu|bapak|ibu|mohon|"
    r"tolong|please|pls|plz|terima\skasih|makasih|thanks|thank\syou|tks|thx|trims|dan\s(?:juga|tolong|mohon|minta|"
    r"sekalian|sekaligus)|and\s(?:also|please)|sekaligus|sekalian|serta|also|lagi|saja|aja|dong|deh|nggih|"
    r"sir|ma'?am|instead|as\swell|asap|segera|secepatnya|if\spossible|kalau\sbisa|jika\sbisa|bila\sbisa|"
    # when and why, which no course name holds: "X per 1 Maret", "X sebelum UTS", "X by Friday", "X as agreed"
    r"per\s\d|per\s(?:semester|tahun|tanggal|tgl|bulan|minggu|pekan|hari)|"
    r"(?:semester|tahun|minggu|pekan|bulan)\s(?:depan|ini|berikutnya|mendatang)|(?:next|this|coming)\s(?:semester|term|year|week|month)|"
    r"sebelum|paling\slambat|sampai|hingga|selambat|by\s(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|next|this|tomorrow|today|the\send)|"
    r"before|after\sthe|until|today|tomorrow|tonight|now|right\saway|hari\sini|besok|lusa|sekarang|minggu\sini|"
    r"as\s(?:soon|discussed|agreed|requested|mentioned|noted|instructed|approved|decided|in)|"
    r"(?:and|dan)\s(?:keep|leave|the\srest|dosen\w*|kelas\w*|yang|lainnya|sisanya|tetap)|"
    # "X dan dipindah ke Genap", "X and move it to Y": a coordinated change verb starts another change.
    r"(?:and|dan|lalu|kemudian|then)(?:\s(?:then|lalu|kemudian|also|juga|please|tolong|mohon))?\s(?:"
    + _NEXT_VERB
    + r"))\b)",
    re.IGNORECASE,
)
_NOT_A_NAME_START = re.compile(
    r"(?:mohon|tolong|saya|kami|ini|itu|yang|yg|dan|atau|di|ke|dari|untuk|agar|karena|sudah|belum|bisa|jadi|the|a|an|"
    r"it|this|that|please|is|are|be|to|of|and|or|so|we|i(?![ \t]+[A-Z][a-z])|you|sesuai|apa|kapan|dengan)\b",
    re.IGNORECASE,
)
# Names are written in any Latin script: "Anna Schäfer", "José Núñez".
_UPPER = r"[A-ZÀ-ÖØ-Þ]"
_LETTER = r"[^\W\d_]"
# Only a short word takes a dot ("Muh.", "A."): "Anna Schäfer. She arrived" ends the name at the sentence end.
_WORD = rf"(?:{_UPPER}{_LETTER}{{0,2}}\.(?!\w)|{_UPPER}(?:{_LETTER}|['’-])+)"
_NAME_WORD = rf"(?:{_WORD}|bin|binti|van|de|al|el|d'|da|di)"
_PERSON = (
    # Balinese "I Made", "Ni Luh"; an initial before a name ("M. Ikhsan").
    rf"(?:{TITLE_PREFIX}[ \t]+)*(?:(?:I|Ni)[ \t]+(?={_UPPER}))?(?:{_UPPER}{_LETTER}{{0,2}}\.(?=[ \t]+{_UPPER})|"
    rf"{_UPPER}(?:{_LETTER}|['’-])+)"
    rf"(?:[ \t]+{_NAME_WORD}){{0,5}}"
    rf"(?:,?[ \t]*(?<=[ \t,]){TITLE_SUFFIX}(?=[\s,;)?!]|$))*"
)
# A name never runs over a line break: the writer ended the line (wrapped lines are joined before reading).
# Several people: "A dan B", "A, M.T. and B"; after a bare comma only a titled name ("A, Dr. B"), never "A, Mulai".
_PEOPLE = re.compile(
    rf"{_PERSON}(?:(?:[ \t]*,?[ \t]*(?:dan|and|&|serta)|[ \t]*,(?=[ \t]+{TITLE_PREFIX}[ \t]))[ \t]+{_PERSON})*"
)
_CLASS = re.compile(
    r"[A-Z]{1,5}(?:[- ]?\d{1,2}[A-Z]{0,2}\d?|-[A-Z]{1,5}\d[A-Z0-9]{0,3})(?:/(?:[A-Z]{1,5}-?)?\d{1,2}[A-Z]{0,2})*"
    r"(?:\s(?:Pagi|Siang|Sore|Malam|Reguler|Karyawan|Ekstensi|Internasional|International|Evening|Morning|"
    r"Gabungan|Merged|Joint))?"
    r"(?:\s\((?:gabungan|gabung|merged|joint)\))?"
)
# An academic year: "2026/2027", "2026-2027", "2026/27".
_YEAR = r"\d{4}\s?[/-]\s?(?:\d{4}|\d{2})(?![\d/-])"
_SEMESTER = re.compile(
    r"(?:semester\s)?((?:Ganjil|Genap|Gasal|Odd|Even|Pendek|Antara|Short)(?:\s(?:semester|sem\.?))?"
    rf"(?:\s(?:TA|T\.A\.|tahun\s(?:ajaran|akademik))?\s?){_YEAR}|{_YEAR}\s(?:Ganjil|Genap|Gasal|Odd|Even)|"
    r"[1-8](?![\d/:-]|[.,]\d)|"
    # The term alone, when no year follows: "diubah menjadi Genap".
    r"(?:Ganjil|Genap|Gasal)(?!\s*(?:semester|sem\b|TA\b|T\.A\.|tahun|\d)))",
    re.IGNORECASE,
)
_NUMBER_WORDS = {
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
    r"(\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")(?:\b|(?=sks\b))(?!\s*[/.:]\d)(?:\s*\(\w+\))?", re.IGNORECASE
)
_TOKEN = re.compile(r"[^\s\"“”'‘’,;()]+")
_FILLER_WORDS = re.compile(
    r"^(?:saja|aja|ya|yah|dong|deh|lagi|juga|the|a|an|it|itu|ini|yang|yg|baru|new|mohon|please|tolong|dan|and|"
    r"semester|sks|kelas|class|kode|code|course|mk|nya|di|ke|to|from|dari|menjadi|jadi|oleh|by|adalah|is|untuk|for)$",
    re.IGNORECASE,
)


def clean_value(value: str) -> str:
    value = re.sub(r"\s+", " ", value).strip().strip("\"“”'‘’«»").strip()
    return value.rstrip(",;:").strip()


def _skip_to_value(text: str, start: int, limit: int) -> int:
    """Past spaces and a table's cell bar; past the line break when the value stands on the next line(s)
    ("menjadi:\n\n  X")."""
    position = start
    while position < limit and text[position] in " \t:|":
        position += 1
    newlines = 0
    while position < limit and text[position] in " \t\n" and newlines <= 2:
        newlines += text[position] == "\n"
        position += 1
    return position if newlines <= 2 else limit


def _quoted(text: str, start: int, limit: int) -> tuple[str, int] | None:
    opener = text[start : start + 1]
    if opener not in _QUOTES:
        return None
    close = text.find(_QUOTES[opener], start + 1, min(limit, start + 300))
    if close < 0 or "\n\n" in text[start:close]:
        return None
    return text[start + 1 : close], close + 1


# A name starts with a capital or a digit, or is "e-Business"; a lower-case tail after a preposition is the writer's
# comment, not the name ("Basis Data Lanjut pada semester genap"; "Bahasa Inggris untuk Komunikasi" keeps "untuk").
_NAME_START = re.compile(r"[A-Z0-9À-ÖØ-Þ]|[a-z]-[A-Z]")
_LOWER_TAIL = re.compile(
    r"\s+(?:pada|di|untuk|mulai|sejak|dalam|for|in|on|from|starting|at|dengan|sesuai|agar|supaya|yang|karena)"
    r"(?:\s+[a-z0-9][\w/.-]*)+$"
)


# "Auditing Berbasis Risiko - Lanjutan." too: capitalised words after a dash up to the sentence end, not a greeting.
_NAME_PART = re.compile(
    r"\s\((?:[A-Z][a-z][\w&-]*)(?:\s(?:[A-Z][a-z][\w&-]*|dan|and|&|of|untuk))*\)|"
    # "Health, Safety and Environment": a list of capitalised words that ends the sentence is one name.
    r",\s(?:[A-Z][a-z][\w-]*\s){1,3}(?:and|dan|&)\s[A-Z][a-z][\w-]*(?:\s[A-Z][\w-]*){0,2}(?=\s*(?:[.!?]|$))|"
    # "Keselamatan dan Kesehatan Kerja (K3)": the name's abbreviation, never a code "(TI2203)".
    r"\s\((?![A-Z]{2,4}\d{3,4}\))[A-Z][A-Z0-9&]{1,5}\)(?=\s*(?:[.,;!?]|$|[-–—]\s[A-Z]))|"
    r"\s[-–—]\s(?!(?:Pak|Bu|Bapak|Ibu|Mr|Mrs|Ms|Terima|Thanks?|Salam|Regards|Best|Tks|Trims)\b)"
    r"[A-Z][a-z][\w&-]*(?:\s[A-Z][\w&-]*){0,2}(?=\s*(?:[.!?]|$))"
)


_TITLE_CASE = re.compile(r"[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|[IVX]+|\d+|in|of|and|for|the|to|on|dan|untuk|di|&))*")


def _phrase(text: str, start: int, limit: int) -> tuple[str, int] | None:
    start = _skip_to_value(text, start, limit)
    if quoted := _quoted(text, start, limit):
        return quoted
    end = min(sentence_end(text, start), limit)
    # "ke English version: "Software Project Management"": what stands before a colon introduces the value.
    lead_in = re.match(r"[^:\n\"“]{1,40}:\s*(?=\S)", text[start:end])
    # "Advanced Topics in AI: Large Language Models": a title-case lead-in without a quote after it is the name's
    # own first part, its subtitle follows.
    if (
        lead_in
        and text[start + lead_in.end()] not in _QUOTES
        and _TITLE_CASE.fullmatch(lead_in.group(0)[:-1].strip(": "))
    ):
        lead_in = None
    if lead_in:
        return _phrase(text, start + lead_in.end(), limit)
    stop = _PHRASE_STOP.search(text, start, end)
    # "Praktikum Jaringan (Lanjutan)": a parenthesis of capitalised words belongs to the name; a code "(TI2203)" or
    # a comment "(sesuai kurikulum)" does not.
    while stop and (part := _NAME_PART.match(text, stop.start(), end)):
        stop = _PHRASE_STOP.search(text, part.end(), end)
    if stop and stop.start() > start:
        end = stop.start()
    raw = text[start:end].rstrip(" .!?")
    raw = raw[: tail.start()] if (tail := _LOWER_TAIL.search(raw)) else raw
    words = raw.split()
    while words and _FILLER_WORDS.match(words[-1]):
        words.pop()
    value = " ".join(words)
    if not value or not _NAME_START.match(value) or _NOT_A_NAME_START.match(value):
        return None
    if len(words) > 12 or len(value) > 100 or not re.search(r"[A-Za-z]{2}", value):
        return None
    return value, start + len(raw)


# "Kindly replace the name with Dr. Priya Nair", "the summary still mentions Mr. Tan; replace him with Ms. Linda
# Wong": a value that opens with a person's title or courtesy word is a person, never a course's name or description.
_PERSON_FIRST = re.compile(rf"(?:{TITLE_PREFIX}|Bapak|Sdr|Sdri|Miss)[ \t]+{_UPPER}")


def _fullname(text: str, start: int, limit: int) -> tuple[str, int] | None:
    read = _phrase(text, start, limit)
    return None if read and _PERSON_FIRST.match(read[0].strip()) else read


_COURTESY = re.compile(r"(?:(?:Pak|Bu|Bapak|Ibu|Bpk|Bp|Mr|Mrs|Ms|Miss|Sdr|Sdri|Saudara|Saudari)\.?\s+)+")
_COURTESY_TYPED = re.compile(_COURTESY.pattern, re.IGNORECASE)
_WRITER_SELF = re.compile(r"(?:saya(?:\s+sendiri)?|sy\s+sendiri|myself|me)[ \t]*[,(:–-][ \t]*", re.IGNORECASE)


def _lecturer(text: str, start: int, limit: int) -> tuple[str, int] | None:
    start = _skip_to_value(text, start, limit)
    if quoted := _quoted(text, start, limit):
        return quoted
    # "harusnya saya sendiri, Dewi Anggraini, M.Kom.", "it should be me, Dr. Ortiz": the writer names themself.
    if writer := _WRITER_SELF.match(text, start, limit):
        start = writer.end()
    # "jadi pak Yudi Prasetyo": a courtesy word in lower case, typed on a phone, still stands before a name.
    if lower := _COURTESY_TYPED.match(text, start, limit):
        start = lower.end()
    match = _PEOPLE.match(text, start, limit)
    if not match or _NOT_A_NAME_START.match(match.group(0)) or re.match(r"[\w-]", text[match.end() : match.end() + 1]):
        return None
    # Courtesy words are not part of the name ("Bu Ani Lestari, M.Kom."); academic titles are.
    courtesy = _COURTESY.match(match.group(0))
    if courtesy:
        start += courtesy.end()
    value = match.group(0)[courtesy.end() if courtesy else 0 :].rstrip(" ,")
    if not value:
        return None
    # "Ir. Bambang Sutrisno, M.T." keeps the closing dot of its last title; a plain name ends before the period.
    # "Dr. Hannah Lee." ends the sentence; "M.Kom." and "S.T." end with their own dot.
    titled = re.search(r",\s*" + TITLE_SUFFIX + r"$|\s(?:[A-Z][a-z]{0,3}\.){2,}$|\b[A-Z]\.$", value)
    if value.endswith(".") and (re.search(r"\b[A-Z]{2,4}\.$", value) or not titled):
        value = value[:-1]
    return value, start + len(value)


def _pattern_reader(pattern: re.Pattern[str], group: int = 0) -> Reader:
    def read(text: str, start: int, limit: int) -> tuple[str, int] | None:
        start = _skip_to_value(text, start, limit)
        quoted = _quoted(text, start, limit)
        if quoted and pattern.fullmatch(quoted[0].strip()):
            return quoted
        match = pattern.match(text, start + (1 if quoted else 0), limit)
        if not match or (match.end() < len(text) and re.match(r"[\w-]", text[match.end()])):
            return None
        return match.group(group), match.end()

    return read


def _token(shape: re.Pattern[str]) -> Reader:
    def read(text: str, start: int, limit: int) -> tuple[str, int] | None:
        start = _skip_to_value(text, start, limit)
        quoted = _quoted(text, start, limit)
        if quoted:
            value = quoted[0].strip()
            return (value, quoted[1]) if shape.fullmatch(value) else None
        match = _TOKEN.match(text, start, limit)
        if not match:
            return None
        value = match.group(0).rstrip(".!?:")
        if _FILLER_WORDS.match(value) or not shape.fullmatch(value):
            return None
        return value, start + len(value)

    return read


def _credits(text: str, start: int, limit: int) -> tuple[str, int] | None:
    start = _skip_to_value(text, start, limit)
    match = _CREDITS.match(text, start, limit)
    if not match:
        return None
    number = _NUMBER_WORDS.get(match.group(1).lower(), match.group(1))
    return (number, match.end()) if 1 <= int(number) <= 12 else None


def _summary(text: str, start: int, limit: int) -> tuple[str, int] | None:
    start = _skip_to_value(text, start, limit)
    if quoted := _quoted(text, start, limit):
        return quoted if len(quoted[0]) >= 20 and not _PERSON_FIRST.match(quoted[0].strip()) else None
    end = _paragraph_end(text, start, limit)
    # Outlook writes each line the writer typed as a paragraph: a sentence that breaks off ("..., penyusunan
    # storyboard," / "teknik frame-by-frame ...") goes on in the next one.
    for _ in range(6):
        following = text[end:limit].lstrip("\n \t")
        if end >= limit or re.search(r"[.!?:\"”)]\s*$", text[start:end]) or not re.match(r"[a-z]", following):
            break
        end = _paragraph_end(text, limit - len(following), limit)
    value = text[start:end].strip()
    if len(value) < 20 or not value[0].isupper() or _PERSON_FIRST.match(value):
        return None
    return value, end


def _paragraph_end(text: str, start: int, limit: int) -> int:
    paragraph_end = text.find("\n\n", start, limit)
    return limit if paragraph_end < 0 else paragraph_end


# After the word "kelas"/"class" a class may be a letter alone: "diganti jadi kelas B", "class C (evening)".
_CLASS_AFTER_WORD = re.compile(
    r"(?:kelas|class)\s+([A-H]\d?(?:\s(?:Pagi|Siang|Sore|Malam|Reguler|Karyawan|Evening|Morning))?)(?![\w-])"
)


def _class(text: str, start: int, limit: int) -> tuple[str, int] | None:
    if read := _pattern_reader(_CLASS)(text, start, limit):
        return read
    match = _CLASS_AFTER_WORD.match(text, _skip_to_value(text, start, limit), limit)
    return (match.group(1), match.end()) if match else None


VALUE_READERS: dict[str, Reader] = {
    "fullname": _fullname,
    "lecturer": _lecturer,
    # A short name or code has letters and a digit or a hyphen: "IF302-B", "KJ-RKS3B", "TRE3102".
    "shortname": _token(re.compile(r"(?=[\w.-]*[A-Za-z])(?=[\w.-]*[\d-])[A-Za-z0-9][\w.-]{1,29}")),
    "class": _class,
    "semester": _pattern_reader(_SEMESTER, 1),
    "credits": _credits,
    "enrolment_key": _token(re.compile(r"(?=.*[\d\W_A-Z])[^\s]{4,40}")),
    "summary": _summary,
}

"""Shared reading of how requests are written: lines wrapped by the mail client, sentence ends, academic titles."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

# A line the mail client broke is long; a line the writer ended is short, a list item, a label or a greeting.
WRAP_WIDTH = 55
# The mark that opens a list item: a bullet ("- normalisasi", "• transaksi") or a number or letter ("2) praktikum",
# "b. evaluasi"). The reader, eval's comparison and the Moodle HTML all read items by this one mark.
LIST_BULLETS = "-*•◦▪"
LIST_MARK = r"(?:[-*•◦▪]|\d{1,2}[.)]|[a-z][.)])"
# The words that set a clause against the one before ("masih X, padahal ...", "still X, whereas ...", "..., tapi
# sekarang ..."): every reader that looks for where a clause turns uses this one lexicon, or a named part of it.
CONTRAST_WORDS = (
    "padahal",
    "pdhl",
    "sedangkan",
    "sementara",
    "whereas",
    "while",
    "tapi",
    "tetapi",
    "tp",
    "namun",
    "but",
    "however",
    "melainkan",
)
CONTRAST = "|".join(CONTRAST_WORDS)
# "masih X, sedangkan di SIAKAD sudah Y": the words that set two facts side by side, never a "but" that turns to a new
# point ("..., tapi saya mau mencarinya"): the rule that weighs a value still shown against the right one reads these.
WHEREAS = "|".join(word for word in CONTRAST_WORDS if word in ("padahal", "sedangkan", "whereas", "while"))
# "bukan X tapi Y", "not X but Y": the words that lead from what a value is not to what it is.
# What a course's record still says against what its own record elsewhere says, with no verb of change ("MK X di
# e-learning masih Termodinamika Teknik, padahal di kurikulum 2027 namanya Termodinamika Teknik I"): the value it is
# to take. The lecturer is left out: "padahal dosennya sudah input nilai" tells a fault.
STILL_WHEREAS_NAMED = (
    r"\b(?:masih|still)(?! (?:belum|tidak|kosong|error|loading|not|empty|blank|missing)\b)(?: [a-z0-9-]+){1,8}? "
    rf"(?:{WHEREAS})(?: [a-z0-9-]+){{0,6}}? (?:nama|judul|kode|sks|name|title|code|credits?)(?:nya|-nya)? "
    r"(?:adalah |sudah |menjadi |jadi |is |are )?[a-z0-9]"
)
RATHER = "|".join(word for word in CONTRAST_WORDS if word in ("tapi", "tetapi", "tp", "melainkan", "but"))
_LIST_ITEM = re.compile(rf"^\s*{LIST_MARK}\s+")
# A clock time's colon ("on\nMonday 2 March at 9:00") is not a label's: the line still continues the sentence. A
# label in Markdown bold ("**Alasan Perubahan:** ...", "**Alasan**: ...") is a label all the same.
_LABEL_LINE = re.compile(r"^\s*(?:\*\*|__)?[A-Z][\w /()-]{1,40}\s*(?:\*\*|__)?:(?!(?<=\d:)\d)\s*\S")
# The months as written in dates ("Januari", "Oct", "Agustus").
MONTH_WORD = (
    r"jan(?:uari|uary)?|feb(?:ruari|ruary)?|mar(?:et|ch)?|apr(?:il)?|mei|may|jun[ei]?|jul[iy]?|agu(?:stus)?|aug(?:ust)?|"
    r"sep(?:tember)?|okt(?:ober)?|oct(?:ober)?|nov(?:ember)?|des(?:ember)?|dec(?:ember)?"
)
# The days of the week written out ("Kamis", "Friday").
FULL_WEEKDAY = r"senin|selasa|rabu|kamis|jum'?at|jumaat|sabtu|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_PLACE_WORD = r"[A-Z][a-z'’.-]++"
# "Medan, 19 October 2026", "Batam, Kamis 6 Januari 2028", "Tanjung Pinang, 05/01/2028", "Johor Bahru, January 18,
# 2028": the line a letter signs under its text (above the signer's office); the writer ended the line before it.
PLACE_AND_DATE_LINE = re.compile(
    rf"[ \t]*+(?:{_PLACE_WORD}[ \t]){{0,2}}{_PLACE_WORD}[ \t]*+,[ \t]*+(?:(?i:{FULL_WEEKDAY})[ \t]*+,?[ \t]*+)?"
    rf"(?:\d{{1,2}}[ \t]+(?i:{MONTH_WORD})[a-z]*+\.?[ \t]+\d{{4}}|"
    rf"(?i:{MONTH_WORD})[a-z]*+\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}}|"
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})[ \t]*+$"
)

# Academic and honorific titles keep their dots: "Dr. Ir. Dian Permata Sari, S.Kom., M.Kom." is one value.
TITLE_SUFFIX = (
    r"(?:Ph\.\s?D\.?|(?:[SMDB]|A\.?Md|Sp)\.(?:[A-Z][A-Za-z]{0,5}\.?|\s[A-Z][A-Za-z]{0,4}\.)|CA|CPA|Ak\.?|CFA|CMA|PMP|CISA|IPM\.?|IPU\.?|IPP\.?|(?:ASEAN|APEC)\sEng\.?|"
    r"S\.?T\.?|M\.?T\.?|S\.?E\.?|M\.?M\.?|M\.?Si\.?|S\.?Si\.?|S\.?Pd\.?|M\.?Pd\.?|M\.?Kom\.?|S\.?Kom\.?|"
    r"M\.?Eng\.?|M\.?Sc\.?|B\.?Sc\.?|MBA|MSc|PhD|MT|ST|SE|MM|Dipl\.-Ing\.?|"
    # Any degree written as short dotted chunks ("M.T.I.", "S.Tr.T.", "A.Md.", "S.Pd.I.", "M.Cs.", "M.Sc.Eng") or
    # in capitals ("CFP", "CWI", "M.A. TESOL"), but never a title that opens the next name ("Dr. X").
    r"(?!(?:Prof|Dr|Ir|Drs|Dra|Hj?|Capt|Kapt)\.?[ \t]+[A-Z])(?:[A-Z][A-Za-z]{0,3}\.){1,4}(?:[A-Z][A-Za-z]{0,3}\b\.?)?|"
    # Capitals the writer adds after the name ("Ph.D. ASAP", "M.T. FYI"), a decree ("SK Direktur nomor ..."), a credit
    # count ("SKS") or a course ("MK") after a name are no degree.
    r"(?!(?:ASAP|PLS|PLZ|THX|TKS|TQ|FYI|BTW|OK|OKE|OKAY|NB|PS|CC|TIA|URGENT|SKS?|MK)\b)[A-Z]{2,5}\b)"
)
# "Assoc. Prof.", and the physician's and dentist's lower-case "dr." and "drg." ("dr. Siti Rahma, Sp.A."); the
# engineer's lower-case "ir." of Dutch and older Indonesian degrees ("Prof. Dr. ir. X") and the "Engr." of Ghana,
# Nigeria and the Philippines; the Indonesian captain's "Kapt." of ship and aircraft officers.
TITLE_PREFIX = (
    # Malay "Prof. Madya" (associate professor) is one title.
    r"(?:Prof\.?[ \t]+Madya|Prof|Dr|Ir|ir|Engr|Drs|Dra|Hj?|Bpk|Bp|Ibu|Bu|Pak|Mr|Mrs|Ms|Capt|Kapt|Assoc|Asst|dr|drg|apt|"
    r"Ns|Ts)\.?"
    r"(?:-?(?:Eng|Ing)\.)?"
    # German doctorates: "Dr. rer. nat.", "Dr. techn.", "Dr. phil."
    r"(?:[ \t]+(?:rer|techn|phil|med|sc|oec|agr|nat|pol|soc|paed|h\.c)\.)*"
)
# Before a dot, these never end a sentence; other abbreviations ("S.Kom.", "dll.") do when a capitalised word follows.
_NEVER_ENDS = re.compile(
    r"(?:^|[\s(,])(?:"
    + TITLE_PREFIX.removesuffix(r"\.?")
    # "Budaya Melayu Kep. Riau", "Modul Vol. 2": a place's or a volume's short word goes on into the value.
    + r"|[A-Z]|No|Jl|Jln|Sdr|Sdri|Yth|St|Kep|Kab|Kec|Prov|Vol|pkl|Pkl|tgl|Tgl|hlm|ext|Ext)$"
)
_ABBREVIATION = re.compile(r"(?:^|[\s(,])(?:(?:[A-Za-z]{1,4}\.){1,3}[A-Za-z]{0,5}|dll|dsb|dst|tsb|dkk|etc|vs)$")


# "at 9 a.m. The exam holds ...": the clock's "a.m."/"p.m." ends a sentence before a capitalised word, unless that word
# goes on naming the moment ("7 p.m. Friday", "9 a.m. Jakarta time")
_CLOCK_SUFFIX = re.compile(r"(?:^|[\s\d])[ap]\.m$")
_SENTENCE_MARK = re.compile(r"\n|[.!?](?=[\s\"'”)]|$)")
_CAPITALISED = re.compile(r"[A-Z][a-z]*\b")
_OPENS_SENTENCE = re.compile(r"[A-Z][a-z]{2,}\b(?!\.)|MK\b")
_MOMENT_GOES_ON = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+time\b"
)


_ALIGNED_CELLS = re.compile(r"\S {3,}\S")
# A table's ruled line ("----------  --------", "=====") is no wrapped text.
_RULE = re.compile(r"[-=+| \t]*[-=]{3,}[-=+| \t]*")


def unwrap(text: str) -> str:
    """Join the lines a mail client wrapped inside a paragraph, one character for one, so offsets stay.

    Short lines, list items and "Label: value" lines keep their break: the writer meant it."""
    lines = text.split("\n")
    joined: list[str] = []
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        keep = (
            len(line.rstrip()) < WRAP_WIDTH
            or not following.strip()
            or line.rstrip().endswith(":")
            or _LIST_ITEM.match(following) is not None
            or _LABEL_LINE.match(following) is not None
            or PLACE_AND_DATE_LINE.match(following) is not None
            # A row of a table (bars, or the tabs of cells pasted from a sheet) ends where its line does.
            or "|" in line
            or "|" in following
            or "\t" in line.strip()
            or "\t" in following.strip()
            # ... or cells aligned with runs of spaces over two lines (a table pasted into a plain-text client).
            or (_ALIGNED_CELLS.search(line) is not None and _ALIGNED_CELLS.search(following) is not None)
            or _RULE.fullmatch(line.strip()) is not None
        )
        joined.append(line + ("\n" if keep else " "))
    return "".join(joined)[: len(text)]


def sentence_end(text: str, start: int = 0, stop: int | None = None) -> int:
    """Where the sentence that runs from `start` ends: at ".", "!" or "?" before a space or the end, but not
    after an abbreviation or title ("S.Kom.", "Dr.", "dll.") unless a capitalised word follows a closing
    abbreviation ("M.Kom. Terima kasih"); at a line break; or at the end of the text. A caller asking only whether
    it ends before `stop` gets some position at or after `stop` when it does not, without the rest being read."""
    # Matched in place, never on a copy of the rest: a text of many dots would be copied once per dot.
    window = len(text) if stop is None else min(len(text), stop + 2)
    for match in _SENTENCE_MARK.finditer(text, start, window):
        position = match.start()
        if match.group(0) != ".":
            return position
        before = text[max(start, position - 12) : position]
        after = position + 1
        while text.startswith(" ", after):
            after += 1
        if _CLOCK_SUFFIX.search(before):
            if _CAPITALISED.match(text, after) and not _MOMENT_GOES_ON.match(text, after):
                return position + 1
            continue
        if _NEVER_ENDS.search(before):
            continue
        if _ABBREVIATION.search(before):
            # "..., M.T. MK prasyaratnya tetap": a course's word in capitals opens a sentence too.
            if _OPENS_SENTENCE.match(text, after):
                return position + 1
            continue
        return position
    return len(text)


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence and line of the text, in order, blank ones left out."""
    spans = []
    position = 0
    while position < len(text):
        end = sentence_end(text, position)
        if text[position:end].strip():
            spans.append((position, end))
        position = end + 1
    return spans


def sentence_around(text: str, position: int) -> tuple[int, int]:
    """(start, end) of the sentence that holds `position`, read from the start of its line."""
    start = text.rfind("\n", 0, position) + 1
    ends = _sentence_ends_from(text, start)
    while not ends or ends[-1] < position:
        ends.append(sentence_end(text, ends[-1] + 1 if ends else start))
    index = bisect_left(ends, position)
    return (ends[index - 1] + 1 if index else start), ends[index]


# Readers ask for the sentence around each cue of a text: a long line that never ends a sentence was read to its end
# once per cue. The ends found from a line's start are kept, per text, and only read on past the last one.
@lru_cache(maxsize=64)
def _sentence_ends_from(text: str, line_start: int) -> list[int]:
    return []

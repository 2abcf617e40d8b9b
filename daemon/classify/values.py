"""The value reader of each course field, a course's name read here from where a change request puts it (a person in
value_lecturer, a description in value_summary, the values with a shape of their own in value_shapes)."""

from __future__ import annotations

import re

from daemon.classify.change_connectors import ARROW
from daemon.classify.value_basics import (
    FILLER_WORDS,
    NOT_A_NAME_START,
    PERSON_FIRST,
    QUOTES,
    SOURCE_FIRST,
    TIME_START,
    Reader,
    quoted_value,
    skip_to_value,
)
from daemon.classify.value_lecturer import read_lecturer
from daemon.classify.value_shapes import SHAPE_READERS
from daemon.classify.value_summary import read_summary
from daemon.classify.wording import sentence_end

_NEXT_VERB = (
    r"(?:di)?(?:pindah|ubah|ganti|rubah|set|update|reset)(?:kan)?|move[ds]?|change[ds]?|set|update[ds]?|reset|"
    r"switch(?:es)?|rename[ds]?"
)
_PHRASE_STOP = re.compile(
    # "the full name to X and the short name to Y": a coordinated field cue ends the value.
    r"\s(?:and|dan|serta|&)\s(?:the\s|its\s|juga\s)?(?:short(?:[\s-]?name)?|full(?:[\s-]?name)?|nama|name|kode|code|kelas|class|sks|credits?|"
    r"semester|dosen|lecturer|enrol|kunci|deskripsi|description|summary)\b|"
    # Only from the first blank of a run: trying every blank of a long run as a start was quadratic.
    r"(?<!\s)\s*(?:[,;(]|\s[-–—]\s|\s(?:"
    + ARROW
    + r")|\[|\s(?:menjadi|mjd|diganti|diubah|dirubah|replaced\sby|should\sbe|seharusnya|harusnya|bukan|not|"
    r"instead\sof|rather\sthan|karena|krn|soalnya|sebab|because|since|as\sper|agar|supaya|biar|so\sthat|"
    r"sesuai|mulai|starting|effective|untuk\s(?:semester|kelas|tahun|mahasiswa|prodi)|for\s(?:the|this|next|all)|"
    r"di\s(?:e-?learning|elearning|moodle|sistem|lms|course|kelas)|pada\s(?:e-?learning|elearning|moodle|sistem)|"
    r"(?:on|in)\s(?:the\s)?(?:e-?learning|elearning|moodle|lms|system)|ya|yah|yaa|ya{2,}|yg|mohon|"
    # A word of address after the value ("jd X kak, makasih"); "Ibu" and "Bapak" with a capital may end a course's
    # name ("Asuhan Kesehatan Ibu").
    r"(?-i:pak|bu|bapak|ibu|kak|kakak|min|admin|mas|mbak|mba|bang|gan|Pak|Bu|Kak|Min|Mas|Mbak)|"
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
# A name starts with a capital or a digit, or is "e-Business"; a lower-case tail after a preposition is the writer's
# comment, not the name ("Basis Data Lanjut pada semester genap"; "Bahasa Inggris untuk Komunikasi" keeps "untuk").
_NAME_START = re.compile(r"[A-Z0-9À-ÖØ-Þ]|[a-z]-[A-Z]")
_LOWER_TAIL = re.compile(
    r"(?<!\s)\s+(?:pada|di|untuk|mulai|sejak|dalam|for|in|on|from|starting|at|dengan|sesuai|agar|supaya|yang|karena)"
    r"(?:\s+[a-z0-9][\w/.-]*)+$"
)


# "Auditing Berbasis Risiko - Lanjutan." too: capitalised words after a dash up to the sentence end, not a greeting.
_NAME_PART = re.compile(
    # "(TOEIC Preparation)": an acronym that opens title-case words too; "(SMAW & GTAW)", "(ARM & RISC-V)": acronyms
    # joined are the name's part as well.
    r"\s\((?:[A-Z][a-z][\w&-]*|[A-Z]{2,6}(?=\s[A-Z][a-z]))(?:\s(?:[A-Z][a-z][\w&-]*|dan|and|&|of|untuk))*\)|"
    r"\s\([A-Z][A-Z-]{1,7}(?:\s(?:&|dan|and|/)\s[A-Z][A-Z-]{1,7})+\)|"
    # "Health, Safety and Environment": a list of capitalised words that ends the sentence is one name.
    r",\s(?:[A-Z][a-z][\w-]*\s){1,3}(?:and|dan|&)\s[A-Z][a-z][\w-]*(?:\s[A-Z][\w-]*){0,2}(?=\s*(?:[.!?]|$))|"
    # "Keselamatan dan Kesehatan Kerja (K3)": the name's abbreviation, never a code "(TI2203)".
    r"\s\((?![A-Z]{2,4}\d{3,4}\))[A-Z][A-Z0-9&]{1,5}\)(?=\s*(?:[.,;!?]|$|[-–—]\s[A-Z]|"
    # "... (K3) agar sama dengan RPS", "(RPL) supaya beda": a reason or a place after the name.
    r"(?:ya|yah|yaa|min|kak|pak|bu|please|pls|thanks|thank\syou|terima\skasih|makasih|agar|supaya|biar|sesuai|"
    r"karena|krn|soalnya|sebab|because|since|so|to\smatch|as\sper|di|pada|on|in|mulai|starting)\b|"
    r"(?i:please|pls|thanks|thank\syou|terima\skasih|makasih|mohon|tolong)\b|"
    # "Computer Aided Design (CAD) Practice": the name goes on after its abbreviation, on the same line.
    r"(?<=\)[ \t])(?!(?i:ya|thanks?|terima|makasih|mohon|please|pls|tolong|regards|salam|best|trims|tks|sekian)\b)"
    r"[A-Z][a-z]))|"
    r"\s[-–—]\s(?!(?:Pak|Bu|Bapak|Ibu|Mr|Mrs|Ms|Terima|Thanks?|Salam|Regards|Best|Tks|Trims)\b)"
    # "Manajemen Proyek – Kontrak & Estimasi Biaya": a subtitle after a dash, its joining words in lower case.
    r"[A-Z][a-z][\w&-]*(?:\s(?:(?:&|dan|and|of|untuk|for|the|di|in)\s)?[A-Z][\w&-]*){0,3}(?=\s*(?:[.!?]|$))"
)


_JOINING = re.compile(
    r"dan|di|untuk|of|and|for|the|in|to|on|with|dengan|pada|dalam|atau|or|bagi|ke|serta|a|an|at|by|from|dari|as|"
    r"via|vs|versus|per|into|without|through|between|across|under|over|about|among|towards?|melalui|tentang|antara|"
    r"terhadap|berbasis|sebagai|&",
    re.IGNORECASE,
)
_WRITERS_WORD = re.compile(r"(?!(?:" + _JOINING.pattern + r")\b)[a-z]+[,.;:!?]?")
# ("CAD/CAM", "HSE/K3": two abbreviations apart by a slash are one word of a title)
_TITLE_CASE = re.compile(r"[A-Z][\w&'/-]*(?:\s+(?:[A-Z][\w&'/-]*|[IVX]+|\d+|in|of|and|for|the|to|on|dan|untuk|di|&))*")
# "Nama baru MK IF3304: ...": a course word with its code before the colon says which course, never the name's part.
_COURSE_LEAD_IN = re.compile(r"(?i:mk|matkul|mata\s*kuliah|course|module)\s+[A-Z]{2,5}[ -]?\d")


def _phrase(text: str, start: int, limit: int) -> tuple[str, int] | None:
    start = skip_to_value(text, start, limit)
    if quoted := quoted_value(text, start, limit):
        return quoted
    end = min(sentence_end(text, start), limit)
    # "ke English version: "Software Project Management"": what stands before a colon introduces the value.
    # Never past a clause ("Kimia Fisik; short name: X" is a name, then another field's label).
    # Nor inside a bracketed remark ("Fisika Terapan (dulu: Fisika Dasar)" names the old one there).
    lead_in = re.match(r"[^:;,\n\"“(]{1,40}:\s*(?=\S)", text[start:end])
    # "Advanced Topics in AI: Large Language Models": a title-case lead-in without a quote after it is the name's
    # own first part, its subtitle follows.
    if (
        lead_in
        and text[start + lead_in.end()] not in QUOTES
        and _TITLE_CASE.fullmatch(lead_in.group(0)[:-1].strip(": "))
        and not _COURSE_LEAD_IN.match(lead_in.group(0))
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
    # "Pemrograman Web Lanjut khusus kelas TI-2A", "Web Programming II so students can find it": a course's name is
    # written in capitals but for its short joining words; the first other lower-case word is the writer's again.
    # A name that leaves fewer than two words is not claimed: it may be a name written in lower case.
    if (cut := next((index for index, word in enumerate(words) if _WRITERS_WORD.fullmatch(word)), None)) is not None:
        words = words[:cut]
        while words and _JOINING.fullmatch(words[-1]):
            words.pop()
        if len(words) < 2:
            return None
    while words and FILLER_WORDS.match(words[-1]):
        words.pop()
    value = " ".join(words)
    if not value or not _NAME_START.match(value) or NOT_A_NAME_START.match(value) or TIME_START.match(value):
        return None
    if len(words) > 12 or len(value) > 100 or not re.search(r"[A-Za-z]{2}", value):
        return None
    return value, start + len(raw)


# "changed into English", "diganti ke bahasa Inggris": a language to translate into, the name in it still to come.
_LANGUAGE = re.compile(
    r"(?:(?:bahasa|the)[ \t]+)?(?:English|Inggris|Indonesia|Indonesian|Melayu|Malay|Arab|Arabic|Mandarin|Chinese|"
    r"Jepang|Japanese|Jerman|German|Korea|Korean|Perancis|French)(?:[ \t]+(?:language|version|versi))?",
    re.IGNORECASE,
)


_CODE_ALONE = re.compile(r"[A-Za-z]{1,6}[ -]?\d{2,5}[A-Za-z]?")


def _fullname(text: str, start: int, limit: int) -> tuple[str, int] | None:
    read = _phrase(text, start, limit)
    # "IF2102", "TI 1104": a course code is the course's code or short name, never its name.
    if read is None or _LANGUAGE.fullmatch(value := read[0].strip()) or _CODE_ALONE.fullmatch(value):
        return None
    return None if PERSON_FIRST.match(value) or SOURCE_FIRST.match(value) else read


VALUE_READERS: dict[str, Reader] = {
    "fullname": _fullname,
    "lecturer": read_lecturer,
    **SHAPE_READERS,
    "summary": read_summary,
}

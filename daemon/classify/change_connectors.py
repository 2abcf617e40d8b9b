"""The connectors that stand between a field cue and its new value, each a named way of writing it (kept as the
value's source)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from daemon.classify.change_words import CHANGE_VERB, OUGHT, REGIONAL_NEW, STRONG_TO
from daemon.classify.wording import RATHER, sentence_end

# The arrows typed between a field or its old value and the new one.
ARROW = r"->|-->|→|=>|⇒|>>|[➜➔➙➛➝➞➟➡⟶⇨]"
# The connector of the writer's own idea ("I was thinking X"): its value is asked back unless picked later.
THINKING_OF = "thinking of"
# A guillemet too, where a line's connector or a key's delimiter is read: "Kelas » TI-2A".
POINTER = ARROW + r"|»"

# "To: Helpdesk P4M\nFrom: Ketua Jurusan\nDate: ...": the header of a memo, a letter or a forwarded mail addresses the
# paper; its "To:" line names no new value (a change's "From: X\nTo: Y" has no header line after it).
_HEADER_FOLLOWS = (
    r"[ \t]*:[^\n]*\n[ \t]*(?i:from|dari|cc|date|tanggal|tgl|subject|perihal|hal|sent|dikirim|re|nomor|no)[ \t]*:"
)

CONNECTORS: tuple[tuple[str, str], ...] = (
    ("arrow", rf"(?:{POINTER})"),
    ("colon at line end", r":[ \t]*(?=\n)"),
    # "the lecturer for EL3201 is now Dr. X": a field said to be something now has a new value.
    # "dosennya ganti, sekarang Bu X": the change told, then who it is now.
    (
        "is now",
        r"\b(?:is|are)\s(?:now|from\snow\son|as\sof\snow)\b|"
        r"\b(?:ganti|berganti|diganti|changed)[ \t]*[,;][ \t]*(?:sekarang|skrg|kini|now)\b",
    ),
    # Spaces before a label are read only from the first of them, each taken once: "\s*(...)?\s*" tried from every
    # space of a long run splits the run every way (cubic time).
    (
        "label",
        # "Oh iya, kelasnya juga: RPL 3A Pagi": a second field added after the first, its value under a colon.
        r"(?:(?<!\s)\s++(?:\([^)\n]{0,20}\)(?:\s(?:please|pls|ya))?\s*+|(?<=\s)(?:please|pls|ya|juga|also|too)\s*+)?|"
        # "New name - Manufacturing Processes II": a dash set apart by spaces, as a colon.
        r"\([^)\n]{0,20}\)(?:\s(?:please|pls|ya))?\s*+)?(?:[:=|]|(?<=[ \t])[-–—](?=[ \t])|adalah\b|yaitu\b|is\b)",
    ),
    (
        "should be",
        rf"\b(?:{OUGHT}|hrs\snya|hrusnya|harus|hrs|(?:(?:needs?|has|have|ought)\s)?to\sbe|sharusnya|sepatutnya|patutnya|"
        r"seyogyanya|yang\sbenar(?:nya)?|"
        # Sundanese "nu leres mah", Javanese "sing bener": "yang benar" in the writer's own language
        r"(?:nu|sing)\s(?:leres|bener)(?:\smah)?|"
        r"(?:yg|yang)\s(?:benar|bener|bnr|betul|btl)(?:nya)?|benarnya|betulnya|sebenarnya|(?:should|must|shall)\s(?:(?:now|actually|really|instead|therefore|then|still|also|rather|simply|from\snow\son|of\scourse|obviously|clearly)\s)?(?:be|read|say|become|show|list|display)|to\s(?:read|say)|"
        r"is\ssupposed\sto\sbe|correct\s(?:[\w-]+\s){0,4}?(?:is|would\sbe)|"
        # "credits: currently 3, correct value 4": a list item's current value, then the right one.
        r"(?<=,\s)(?:correct|right|proper)\s(?:value|one|number|figure|entry))\b"
        # "Nama yang benar menurut kurikulum adalah X": the authority between the cue and its copula.
        r"(?:\s(?:menurut|sesuai|berdasarkan|according\sto|as\sper)(?:\s[\w/-]+){1,4}?(?=\s(?:adalah|adlh|yaitu|is)\b))?"
        r"(?:\s(?:adalah|adlh|yaitu|itu|is))?(?:\s(?:sudah|udah|sdh|already))?"
        # "yang benar tentunya X", "the correct one is obviously X": the writer's certainty before the value.
        r"(?:\s(?:tentu\ssaja|tentunya|tentu|pastinya|pasti|jelas|of\scourse|obviously|clearly|naturally)\b)?",
    ),
    (
        "as follows",
        r"\b(?:(?:dengan|dgn|with|menjadi|to|as|sbb|seperti)\s)?(?:(?:teks|text|kalimat|isi|versi|bunyi|yang|"
        r"paragraf|paragraph|deskripsi|description|ringkasan|summary)\s)?"
        r"(?:berikut(?:\sini)?|below|as\sfollows|the\sfollowing|sebagai\sberikut|sbb|di\s?bawah\sini)(?:\s*\([^)\n]{0,120}\))?"
        # "... with the points below?": a request asked as a question hands the text over too.
        r"(?:\s(?:ya|yah|ini|please|pls))?\s*[:?]?|"
        # "diganti sama ini ya: ...", "replace it with this:"
        r"\b(?:dengan|dgn|sama|sm|with|to|jadi|menjadi)\s(?:ini|this)(?:\s(?:ya|yah|aja|saja|please|pls))?\s*:",
    ),
    (
        "new:",
        rf"(?<![\w-])(?:new|baru|{REGIONAL_NEW}|yang\sbaru|yg\sbaru|menjadi|sesudah|after|usulan|correct|benar|seharusnya|"
        rf"(?<=\n)(?:to|ke)(?!{_HEADER_FOLLOWS})|"
        r"requested|proposed|diminta|yang\sdiminta|yg\sdiminta|diusulkan|"
        r"(?:sesuai|menurut|according\sto|as\sper)\s[^:\n]{1,30}|(?:yang|yg)\s(?:akan|baru)\s\w+|"
        # "Nama yang diinginkan:", "Desired name:"
        r"(?:yang\s|yg\s)?diinginkan|(?:desired|wanted|preferred)(?:\s(?:value|name|text))?)"
        # "New value:", "Nilai baru:", "Data baru:"
        r"(?:\s(?:value|name|text|entry|one))?\s*:|(?<![\w-])(?:nilai|data|isian|value)\s(?:baru|yang\sbaru|yg\sbaru)\s*:|"
        # "Could you change the enrolment key? The new one is X.", "Yang barunya adalah X."
        r"\b(?:the\s)?new\sone\s(?:is|will\sbe|should\sbe)\b|\b(?:yang|yg)\sbaru(?:nya)?\s(?:adalah|yaitu|ialah)\b",
    ),
    (
        "written as",
        r"(?<!masih\s)(?<!still\s)\b(?:ditulis|dituliskan|dinamai|dinamakan|diberi\snama|named|labell?ed|"
        r"called)\b",
    ),
    ("not X but Y", r"\b(?:bukan|bkn|bukannya|not|instead\sof)\b[^\n]{1,80}?\b(?:" + RATHER + r")\b"),
    # Not "From: X\nTo: Y", whose "To:" line is read as a label, nor the "to" of "Intro to Programming".
    ("from X to Y", r"\b(?:dari|from)\b(?!\s*:)[^\n]{1,80}?\b(?:ke|kepada|to|" + STRONG_TO + r")\b"),
    (
        "was X, now Y",
        r"\b(?:sebelumnya|semula|dulunya|dulu|previously|formerly)\b[^\n]{1,60}?[,;]?\s(?:sekarang|kini|now)\b",
    ),
    # "diganti ya min: X": words of address between the verb and its colon (before "changed to", which would take
    # the verb for itself).
    (
        "verb colon",
        r"\b(?:" + CHANGE_VERB + r")(?:kan)?(?:\s(?:ya|yah|min|kak|pak|bu|dong|please|pls))+\s*:[ \t]*(?=\S)",
    ),
    ("changed to", r"\b(?:" + STRONG_TO + r")\b"),
    # "diubah ... dengan X", but never past a "menjadi" of its own ("diubah menjadi X agar sama dengan Y").
    (
        "changed to",
        r"\b(?:"
        + CHANGE_VERB
        + r")\b(?:\s+(?!(?:"
        + STRONG_TO
        # Malay "ditukar kepada X", Betawi "diganti ame X", Sundanese "diganti ku X"
        # "regenerate it as X": "as" only after the pronoun, never "as discussed".
        + r")\b)\S+){0,4}?\s+(?:ke|k|to|dengan|dgn|with|by|oleh|sama|sm|kepada|ame|ama|ku|(?<=\bit\s)as)\b",
    ),
    # "koordinator MK X berganti ke Ir. Y", "the coordinator changes effective now to Y": the field changes by itself,
    # the verb without an object, then where it goes (a "from" first is "from X to Y"'s).
    (
        "changed to",
        r"\b(?:berganti|changes|switches)(?:\s++(?!(?:dari|from|ke|kepada|to|menjadi|jadi)\b)\S++){0,3}?\s++"
        r"(?:ke|kepada|to|menjadi|jadi)\b",
    ),
    (
        "changed to",
        r"\b(?:diganti|diubah|dirubah|ganti|ubah|dganti|diubh|ubh|replace[d]?|rename(?:\s(?:it|this|the\scourse))?|"
        r"dibuat|dijadikan|jadikan|diset|di-set)"
        r"(?:\s(?:saja|aja|juga|please|pls))?\s+"
        r"(?=[\"“'‘A-Z])",
    ),
    # "SKS-nya dijadikan 3", "tolong dibikin 4 sks": a verb of making into, with a count or a name after it.
    (
        "changed to",
        # "key-nya dibikin robotik2027 aja": a word with a digit in it is a code or a key, in any case.
        r"\b(?:di)?(?:jadikan|jadiin|bikin)\s+(?=[\"“'‘A-Z]|[a-z][\w#@-]*\d|\d{1,2}(?:\s*sks)?\b"
        r"(?!\s*(?!(?:ya|yah|aja|saja|sks|kak|pak|bu|min|dong|deh|mulai|untuk|utk)\b)[a-z]))",
    ),
    (
        "taken over by",
        r"\b(?:digantikan|diganti|replaced|taken\sover|diampu|diajar|dipegang|taught|handled|"
        # Sundanese "diganti ku X", Javanese "dipunampu dening X"
        r"dialihkan|dilanjutkan|diserahkan|diserahterimakan|beralih|handed\sover|passed\son|transferred|dipunampu|digantos)\s+"
        r"(?:oleh|by|ke|kepada|to|ku|dening)\b",
    ),
    # "masih Pak Ahmad, padahal pengampunya sudah X": what the field already is, against what is shown.
    ("already is", r"(?<=nya)\s+(?:sudah|udah|sdh|kini|sekarang|skrg)(?=\s+[\"“'A-Z])"),
    ("copula", r"(?<=nya)\s+(?=[\"“'A-Z0-9])"),
    ("verb colon", r"\b(?:" + CHANGE_VERB + r")(?:kan)?\s*:[ \t]*(?=\S)"),
    # "Also, the short name needs updating: X"
    ("verb colon", r"\b(?:needs?|requires?)\s(?:updating|changing|to\sbe\s(?:updated|changed))\s*:[ \t]*(?=\S)"),
    ("make it", r"\bmake\s(?:it|that|them)\b"),
    # "Could the short name of EL2201 read EL2201-B instead?": read only in a sentence that asks.
    ("read as", r"(?<=\s)(?<!\bI\s)(?<!\bwe\s)(?<!\bthey\s)(?<!\bto\s)read(?:\s(?:as|like))?\b[ \t]*:?"),
    # "Could the short name of TI3105 be OR-TI3-2027?": a question that asks for a value of a field's own shape.
    ("could be", r"(?<=\s)(?<!\bto\s)be\b(?:\s(?:changed|set|updated)\s(?:to|into))?"),
    # "For the enrolment key, please use "harbor-2027"", "Kode enrol yang ingin saya gunakan: SIG-2027".
    # "padahal sekarang kami pakai Python", "whereas we now use X": what a group uses tells how things are, and so
    # does an aside on the old text ("masih yang lama (pakai MS Access)"), and what someone already or still uses
    # ("mahasiswa sudah menggunakan e-learning", "the students already use Moodle").
    (
        "use",
        r"(?<!\()(?<!\bkami\s)(?<!\bkita\s)(?<!\bmereka\s)(?<!\bwe\s)(?<!\bthey\s)"
        r"(?<!\bsudah\s)(?<!\budah\s)(?<!\bsdh\s)(?<!\btelah\s)(?<!\bmasih\s)(?<!\balready\s)(?<!\bstill\s)"
        r"\b(?:use|gunakan|gunakanlah|pakai|pake|menggunakan|memakai)\b[ \t]*:?",
    ),
    # "adjusted to the timetable, namely TRM-2A" (and "yaitu", which the label reads): only after a change verb.
    ("namely", r"\bnamely\b[ \t]*:?"),
    # "Could the short name be changed? I was thinking either X or Y": the writer's own idea, read so that two ideas
    # are asked back and a later pick ("so please use Y") is taken.
    (
        THINKING_OF,
        r"\b(?:i\s+was\s+thinking|i'?m\s+thinking|i\s+thought|saya\s+kepikiran|kepikiran)"
        r"(?:\s+(?:of|about))?(?:\s+(?:either|antara))?\b",
    ),
    # "tertulis Genap 2025/2026 padahal Ganjil 2026/2027": "whereas" leads to the right value, read only for a
    # field whose value has a shape of its own.
    # "says Odd 2026/2027 but it is Even 2026/2027": what it is, against what is shown; "listed under semester 5 but it
    # belongs in semester 6", "tercatat di semester 5 padahal termasuk semester 6": where it belongs, likewise.
    (
        "whereas",
        r"\b(?:padahal|pdhl|whereas|but\s(?:it\s(?:is|'s)|actually(?:\sit\sis)?|it\sbelongs\s(?:in|to)))\b(?:\s(?:seharusnya|"
        r"harusnya|mestinya|it\sshould\sbe|actually|termasuk|masuk))?",
    ),
    ("will be", r"\b(?:will\sbe|akan\sdiampu\soleh)\s+(?=[A-Z])"),
    # "padahal mulai semester ini yang mengajar Dra. X", "skrg yg ngajar Ir. Y": the one who teaches, named.
    (
        "who teaches",
        r"\b(?:yang|yg)\s+(?:mengajar|ngajar|ngajarin|mengampu|ngampu|memegang|megang|pegang)"
        r"(?:\s+(?:full|penuh|sekarang|skrg|kini|semester\s+ini))?\s+",
    ),
)
CONNECTOR = re.compile("|".join(f"(?P<c{index}>{pattern})" for index, (_, pattern) in enumerate(CONNECTORS)), re.I)


# "masih ter-set di semester 4 (copy dari tahun lalu). It should be semester 5, karena ... ke semester ganjil": a
# connector of two parts never spans a sentence end; its parts belong to two sentences.
_TWO_PARTS = frozenset({"not X but Y", "from X to Y", "was X, now Y"})


def connectors(text: str, start: int, end: int) -> Iterator[tuple[str, re.Match[str]]]:
    """Every connector from `start`, overlapping ones too: when "diperbaiki ... dengan" leads to no value, the
    "menjadi" inside it may."""
    while connector := CONNECTOR.search(text, start, end):
        kind = next(CONNECTORS[int(name[1:])][0] for name, value in connector.groupdict().items() if value)
        if kind not in _TWO_PARTS or sentence_end(text, connector.start()) >= connector.end():
            yield kind, connector
        start = connector.start() + 1

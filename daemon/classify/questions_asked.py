"""Questions a mail asks or answers: how to do something, what a course's data is, the helpdesk's questions answered."""

from __future__ import annotations

import re

from daemon.classify.casual_words import normalise
from daemon.classify.keyword_rule import CHANGE
from parsers.body import answered_between_quotes

# A question how to do something ("bagaimana cara mengganti nama MK?", "how do I change the enrolment key?", "apakah
# dosen bisa mengubahnya sendiri?") asks to be shown the way: the field and the change it names are its topic, not
# work asked of the unit. The whole clause, up to its question mark or full stop, is the question.
# Where a file is fetched asks for the file ("where can I download the lesson plan template?"): a document request.
_FILE_FETCHED = r"(?:download|get|obtain|request|unduh|mengunduh|dapatkan|mendapatkan|minta|meminta)\b"
_HOW_TO_OPENING = (
    r"(?:bagaimana(?:kah)?|gimana|gmn|bgmn|bgm) (?:cara|langkah)\w*|"
    r"cara(?:nya)? (?:untuk )?(?:me[a-z]+|ganti|ubah|rubah|upload|unggah|buat|atur|set|reset|tambah|hapus|"
    r"login|masuk|daftar|enrol\w*)|"
    r"how (?:do|can|could|should|would) (?:i|we|one|you|lecturers?|a lecturer|students?)|how to|"
    # whether the writer's role may do it ("am I as a teacher allowed to edit ...?", "apakah dosen diizinkan ...?")
    r"(?:am i|are we|are (?:lecturers|teachers)|is (?:a|the) (?:lecturer|teacher))"
    r"(?: as (?:a|the) (?:teacher|lecturer))? (?:allowed|able|permitted) to|"
    r"apakah (?:dosen|saya|kami|pengajar)(?: [a-z]+)? (?:diizinkan|diperbolehkan|berhak)|"
    # (Javanese "carane piye", "dosen iso ... dewe ora?")
    r"carane (?:piye|kepiye|pripun)|"
    # "is there a way for lecturers to change ...?", "apakah ada cara untuk ..."
    r"is there a way (?:for (?:a |the )?(?:lecturers?|teachers?|students?|staff|us|me|dosen) )?to|"
    r"(?:apakah )?ada cara(?:nya)? (?:untuk|supaya|agar)|"
    # where the way is: "where in the settings can a teacher change ...?", "di menu mana dosen bisa ..."
    r"(?:where|di ?mana|di menu mana)(?: in [^?.!\n]{0,40}?)? (?:can|could|do|should|bisa|dapat|boleh) "
    r"(?:i|we|one|you|(?:a |the )?(?:teacher|lecturer|student|tutor|assistant)s?|saya|kami|dosen|mahasiswa) "
    r"(?!" + _FILE_FETCHED + ")|"
    r"(?:di ?mana|di menu mana|menu(?:nya)? (?:di ?)?mana)(?: ya| sih|kah)? (?:saya|kami|kita|dosen|mahasiswa) "
    r"(?:bisa|dapat|boleh|harus) (?!" + _FILE_FETCHED + ")|"
    # where a setting is ("pengaturannya di menu mana?", "where do I find that setting?"), or only the way wanted, the
    # work kept for oneself ("cukup diberi tahu caranya", "just tell us how")
    r"(?:pengaturan|setting|setelan|settingan|opsi)(?:-?nya)?(?: (?:itu|tsb|tersebut))? (?:ada )?"
    r"(?:di ?mana|di menu mana|di menu apa)|"
    r"where (?:do|can|could|would|should) (?:i|we) find (?:it|this|that|the (?:setting|option|menu)s?)|"
    r"(?:cukup|just|only) (?:diberi ?tahu|dikasih ?tau|dikasih ?tahu|dikasi ?tau|diajari|tell (?:me|us)|"
    r"show (?:me|us)) (?:cara|how)|"
    # wanting to do it oneself but not finding where ("saya mau update ringkasan, tapi tidak ketemu menunya", "I tried
    # to change the summary but could not find the setting"); with the new value written the unit can make it
    r"(?:saya|sy|aku|i|we|kami) (?:mau|ingin|pengen|pingin|pgn|want to|wanted to|would like to|tried to|coba|mencoba)"
    r"(?=[^?.!\n]*\b(?:tapi|tetapi|namun|but)\b[^?.!\n]*\b(?:tidak|tdk|gak|nggak|ngga|ga|g|can ?not|can't|could ?not|"
    r"couldn't|don't|do not) (?:ketemu|menemukan|nemu|find|see|lihat|melihat)\b)"
    r"(?![^?.!\n]*\b(?:menjadi|jadi|jd|to|into)[ \t]+[\"'“‘]?(?-i:[A-Z0-9]))"
)
# "apakah dosen bisa mengubahnya sendiri?": whether one may do it oneself, in a clause that asks.
_MAY_ONESELF = (
    r"(?:apakah|apa|bisakah|dapatkah|(?:bisa|boleh)(?= (?:saya|kami|dosen|kita)\b)|can|could|may|is it possible|"
    r"(?:dosen|saya|kami|aku) (?:bisa|iso|isa|boleh|dapat|saged))"
)
_ONESELF = r"sendiri|dewe|dewek|dhewe|piyambak|myself|ourselves|themselves|on (?:my|our|their) own"
_ASKED_ONESELF = r"\b(?=[^?.!\n]*\b(?:" + _ONESELF + r")\b[^.!\n]*\?)"
_REST_OF_CLAUSE = r"[^?.!\n]*[?.!]?"
_HOW_TO = re.compile(
    r"\b(?:" + _HOW_TO_OPENING + "|" + _MAY_ONESELF + _ASKED_ONESELF + ")" + _REST_OF_CLAUSE, re.IGNORECASE
)
_HOW_TO_OPENED = re.compile(r"\b(?:" + _HOW_TO_OPENING + ")" + _REST_OF_CLAUSE, re.IGNORECASE)
_MAY_ONESELF_ASKED = re.compile(r"\b" + _MAY_ONESELF + _ASKED_ONESELF, re.IGNORECASE)
_ONESELF_WORD = re.compile(r"\b(?:" + _ONESELF + r")\b", re.IGNORECASE)


# "Saya belum tahu caranya membuat pengumuman, jadi mohon dipasangkan", "I don't know how to post it, so please do":
# not knowing the way, said and not asked, is why the unit is asked to do the work.
_NOT_KNOWING = re.compile(
    r"\b(?:(?:belum|tidak|tdk|gak|nggak|ngga|kurang|masih\sbelum)\s(?:tahu|tau|paham|mengerti|ngerti)|"
    r"(?:do\s?n[o']?t|did\s?n[o']?t|do\snot|not\ssure)\s(?:know|understand))\s*$",
    re.IGNORECASE,
)


def _not_knowing_said(text: str, question: re.Match[str]) -> bool:
    return not question.group(0).rstrip().endswith("?") and bool(
        _NOT_KNOWING.search(text, max(0, question.start() - 30), question.start())
    )


def _how_to_found(text: str) -> list[re.Match[str]]:
    """What `_HOW_TO.finditer(text)` finds, in linear time: searched whole, every "apakah"/"can" of a long clause read
    on to the clause's end for "sendiri" (seconds at 20 000 characters). A question runs to its clause's end, so each
    clause holds at most one: the earliest opening, or the earliest asking leave before the clause's last "sendiri"."""
    found = []
    for clause in _CLAUSE.finditer(text):
        start, end = clause.span()
        opened = _HOW_TO_OPENED.search(text, start, end)
        starts = [opened.start()] if opened else []
        selves = [*_ONESELF_WORD.finditer(text, start, end)] if clause.group(0).endswith("?") else []
        oneself = selves[-1] if selves else None
        # Up to the last "sendiri", then the clause's question mark: every asking leave there is the question.
        if oneself and (asked := _MAY_ONESELF_ASKED.search(text[start : oneself.end()] + "?")):
            starts.append(start + asked.start())
        if starts and (question := _HOW_TO.match(text, min(starts))) and not _not_knowing_said(text, question):
            found.append(question)
    return found


# "Are we able to change the full name of X to Applied Robotics?", "apakah dosen diperbolehkan mengganti ... menjadi
# Basis Data Lanjut?": asking leave with the new value written asks politely for the change itself.
_MAY_WE = re.compile(
    r"(?:am i|are we|are (?:lecturers|teachers)|is (?:a|the) (?:lecturer|teacher)|"
    r"apakah (?:dosen|saya|kami|pengajar))\b",
    re.IGNORECASE,
)
_NEW_VALUE_WRITTEN = re.compile(r"\b(?:menjadi|jadi|jd|to|into)[ \t]+[\"'“‘]?[A-Z0-9]")
_ASKED_AS_QUESTION = re.compile(r"\b(?:question|pertanyaan|tanya|bertanya|nanya|cara|how)\b", re.IGNORECASE)


def how_to_questions(subject: str, text: str) -> tuple[str, str, str | None]:
    """The subject and text with their how-to questions taken out, and the first such question's opening words.

    A subject that says it is a question ("enrolment key question", "cara ganti nama MK"), or names a field with no
    change ("enrolment key"), names the topic of the question in the text, so it is taken out too."""
    text = unwrapped(text)
    questions = [found for found in _how_to_found(text) if not _asks_leave_for_a_value(found.group(0))]
    if not questions:
        return subject, text, None
    opening = " ".join(questions[0].group(0).split()[:4])
    # a subject that asks the same ("Apakah nama course bisa saya ubah sendiri?", "Ubah key sendiri?") is its topic
    asks_oneself = subject.rstrip().endswith("?") and _ONESELF_WORD.search(subject) is not None
    topic = _ASKED_AS_QUESTION.search(subject) or asks_oneself or not _CHANGE_WORD.search(normalise(subject))
    subject = " " if topic else subject
    return subject, _without(text, [(found.start(), found.end(), found.group(0)) for found in questions]), opening


def _asks_leave_for_a_value(question: str) -> bool:
    return _MAY_WE.match(question) is not None and _NEW_VALUE_WRITTEN.search(question) is not None


# A line the mail client wrapped: it ends inside a sentence and the next goes on in lower case. Lists, greetings and
# sentences that end keep their lines.
_WRAPPED = re.compile(r"(?<=[a-z0-9,])[ \t]*\n[ \t]*(?=[a-z])")


def unwrapped(text: str) -> str:
    """The raw text with its wrapped lines joined, so that a question the client wrapped is one question."""
    return _WRAPPED.sub(" ", text)


# A question what a course's data is ("siapa dosen pengampu Kalkulus TI-1A?", "berapa SKS Proyek Akhir?", "who
# teaches Fluid Mechanics?") asks to be told, not to change it: the field it names is its topic. Only the clause up
# to its question mark is the question; a complaint ("kenapa masih 2 SKS?") or what follows it still counts.
_FIELD_QUESTION = re.compile(
    # ... or how to reach its lecturer ("mau tanya email dosen pengampu X apa ya?", "what is the lecturer's contact?")
    # ... or asks to be told it ("could you tell me the credit value of X?", "mohon info berapa SKS ...?")
    r"\b(?:siapa(?:kah)?|berapa(?:kah)?|who|how many|what s|what is|email|e-mail|kontak|contact|nomor|whatsapp|"
    r"tell me|let me know)\b"
    r"[^?.!\n]*?"
    r"\b(?:pengampu\w*|dosen\w*|lecturers?|teach(?:es|ing)?|sks|credits?|kode|code|nama)\b[^?.!\n]*\?|"
    # A question what would follow if a value changed ("seandainya SKS-nya nanti jadi 4, apakah bobot tugas ikut
    # berubah?", "what if the course were renamed, would ...?") supposes the change: it does not ask for it.
    r"\b(?:seandainya|andaikan|andaikata|andai|umpamanya|misalkan|what if|"
    r"suppose|supposing|hypothetically)\b[^?.!\n]*\?|"
    # A question when something will be announced ("kapan pengumuman hasil seleksi keluar?", "when will the results
    # be announced?") awaits a notice; it asks none to be posted.
    r"\b(?:kapan(?:kah)?|when)\b[^?.!\n]*?\b(?:pengumuman\w*|diumumkan|announced|announcement)\b[^?.!\n]*\?|"
    # ... or whether one is out ("apakah ada pengumuman libur?", "is there an announcement about the exam?"); "apakah
    # bisa dibuatkan pengumuman?" asks politely for one.
    r"\b(?:apakah|apa|adakah|is there|are there|was there|has there been)\b"
    r"(?![^?.!\n]*\b(?:bisa|boleh|dapat|could|can|mohon|please|tolong|minta|dibuatkan|buatkan|tayangkan|ditayangkan|"
    r"umumkan|post)\b)[^?.!\n]*?\b(?:pengumuman\w*|announcements?)\b[^?.!\n]*\?|"
    # A question where to take a matter ("which office should I ask to ...?", "ke mana saya harus mengajukan ...?")
    # asks to be told where; what it would take there is its topic.
    r"\b(?:which (?:office|unit|department)|who (?:handles|should i ask|do i ask)|(?:ke|kepada) (?:mana|siapa))\b"
    r"[^?.!\n]*\?|"
    # A question whether a course's data will change ("apakah nama MK X akan diganti setelah ...?", "will the credits
    # be changed when ...?") asks to be told; "apakah bisa diganti menjadi X?" asks politely for the change.
    r"\b(?:(?:apakah|apa)\b[^?.!\n]*?\bakan|will|(?:is|are)\b[^?.!\n]*?\bgoing\sto)\b"
    r"(?![^?.!\n]*\b(?:bisa|boleh|dapat|could|can|mohon|please|tolong)\b)"
    r"[^?.!\n]*?\b(?:" + CHANGE[3:-1] + r"|berubah)\b[^?.!\n]*\?|"
    # A question why a course's data changed asks to be told why ("Kenapa diganti ya?", "why was it renamed?").
    r"\b(?:kenapa|mengapa|why)\b[^?.!\n]*?\b(?:diganti|diubah|dirubah|berubah|changed|renamed)\b[^?.!\n]*\?|"
    r"\bwhy (?:did|does|do|has|have|would)\b[^?.!\n]*?\b(?:change|rename)\b[^?.!\n]*\?",
    re.IGNORECASE,
)


_CHANGE_WORD = re.compile(r"\b" + CHANGE + r"\b")


# Each of these questions lies inside one clause that ends in its question mark. Searched clause by clause, a long text
# without one costs a single pass; searched whole, every opening word scanned on for every field word (cubic).
_CLAUSE = re.compile(r"[^?.!\n]*+[?.!\n]?")


def _in_questions(pattern: re.Pattern[str], text: str) -> list[tuple[int, int, str]]:
    """Where the pattern matches inside the text's clauses that end in a question mark."""
    return [
        (clause.start() + found.start(), clause.start() + found.end(), found.group(0))
        for clause in _CLAUSE.finditer(text)
        if clause.group(0).endswith("?")
        for found in pattern.finditer(clause.group(0))
    ]


def _without(text: str, spans: list[tuple[int, int, str]]) -> str:
    for start, end, _ in reversed(spans):
        text = text[:start] + " " + text[end:]
    return text


def field_questions(subject: str, text: str) -> tuple[str, str, str | None]:
    """The subject and raw text with the text's questions about what a course's data is taken out, and the first
    one's opening words. A subject that asks no change ("Pengampu Kalkulus") names the question's topic."""
    questions = _in_questions(_FIELD_QUESTION, text)
    if not questions:
        return subject, text, None
    subject = subject if _CHANGE_WORD.search(normalise(subject)) else " "
    return subject, _without(text, questions), " ".join(questions[0][2].split()[:5])


_QUOTED_LINE = re.compile(r"^[ \t]*>[ \t]?(.*)$")


def questions_answered(context: str) -> str:
    """The quoted lines of a reply that answers between them ("> Judul?" then the title, "> Kode MK:" then the code),
    joined: the questions asked of the writer name what the ticket asks, though the answers alone do not."""
    if not answered_between_quotes(context):
        return ""
    quoted = (_QUOTED_LINE.match(line) for line in context.splitlines())
    return "\n".join(found.group(1) for found in quoted if found)

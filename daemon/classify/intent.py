"""Readings of a whole mail's intent beside the rules: thanks, work done, hedges, nothing asked, topics."""

from __future__ import annotations

import re

from daemon.classify.casual_words import normalise
from daemon.classify.change_words import CORRECTION
from daemon.classify.keyword_rule import CHANGE, HEDGE
from daemon.classify.rules_change import STILL_WANTED
from daemon.classify.wording import CONTRAST, STILL_WHEREAS_NAMED

# What every request to the unit is about: e-learning, a course, its people, or a document. Mail about none of
# them (the parking, the air conditioning, an invitation to a meeting) is other mail, whatever words it shares.
_ABOUT_THE_UNIT = re.compile(
    r"\b(?:e-learning|moodle|lms|course|courses|matakuliah|kelas|class|classes|login|password|kata sandi|sandi|akun|"
    r"account|kuis|quiz|tugas|assignment|upload\w*|unggah|lecturer of|tutor|instructor|instruktur|enrol\w*|pengumuman|"
    r"announcement|announce|notice|dashboard|short ?name|sks|pengampu|nilai|grades?|ujian|exam|materi|video|"
    r"praktikum|kuliah|"
    r"sop|formulir|form|template|dokumen|document|manual|laporan|report|instrumen|standar|panduan|pedoman|sk|rps|"
    r"bap|kurikulum|curriculum|syllabus|silabus|daring|online|website|situs|site|homepage|halaman|tests?|tes|score|"
    r"skor|feedback|settings?|pengaturan|results?|lesson plan|format|permissions?|akses|access|folder|username|"
    r"credentials|platform|app|aplikasi|kata sandi)\b"
)
# The English words of a polite ask: "please", "kindly", and a modal that opens a question ("could you ..."). One
# lexicon: the asks below, and connector_value's "Could the short name read X?" (read only in a sentence that asks).
POLITE_ASK = r"please|pls|kindly"
ASK_MODAL = r"could|can|would"
# A request asks; a note of thanks only thanks.
_ASKS = re.compile(
    rf"\b(?:mohon|tolong|{POLITE_ASK}|minta|(?:{ASK_MODAL}) you|bisa|bisakah|boleh|perlu|butuh|need|"
    r"ingin|mau|harap|dimohon|request|permohonan|would like|want|appreciate (?:a|any|some|your) (?:hand|help)|"
    r"help me|dibantu|"
    # a value corrected asks for the correction ("maaf salah ketik, yang benar: ...; terima kasih")
    rf"ralat|{CORRECTION}|correction)\b"
)
# Words of asking that ask no work: a question about how things work, wanting to say something, passing on thanks.
_NOT_AN_ASK = re.compile(
    r"\b(?:(?:boleh|mau|ingin|numpang) (?:tanya|bertanya)|may i ask|"
    r"(?:just |hanya |cuma )?(?:want(?:ed)?|would like|ingin|mau) (?:to )?(?:say|bilang|menyampaikan|mengucapkan|"
    r"share|let you know|memberi tahu)|tidak (?:perlu|usah)|no need|"
    r"(?:please |mohon |tolong )?(?:pass|send|give|convey|extend|sampaikan|salam) (?:on )?(?:my|our|saya|kami)? ?"
    r"(?:compliments|thanks|regards|gratitude|appreciation|terima kasih|apresiasi|salam)(?: saya| kami)?)\b"
)
# Thanks, or praise that thanks without the word ("the clinic was brilliant", "pelatihannya sangat bermanfaat").
_THANKS = re.compile(
    r"\b(?:thank you|thanks|terima kasih|cheers|(?:really |very |so |sangat )?(?:helpful|bermanfaat)|"
    r"sangat membantu|membantu sekali|brilliant|compliments|kudos|apresiasi|keren|mantap)\b"
)


# "Teman-teman sudah bisa" says what works for others: the contrast that makes a problem, not thanks.
_OTHERS_FINE = re.compile(
    r"\b((?:teman(?:-teman)?|yang lain|mahasiswa lain|orang lain|others|other students|my friends|classmates)"
    r"(?: [a-z0-9-]+){0,2}?) (?:sudah|got|can)\b"
)


# "Sudah beres, tapi sekarang ...": what was done is the old request; the mail brings a new one.
# A second matter after the first is closed: "sekalian ...", "satu hal lagi (beda urusan)", "on another note".
_SECOND_MATTER = re.compile(
    r"\b(?:sekalian|satu hal lagi|(?:ada )?(?:satu )?(?:hal|urusan|permintaan) lain|beda urusan|lain hal|"
    r"on another note|separately|one more (?:request|question|favou?r)|another (?:request|question|thing)|"
    r"(?:also|and),? (?:could|can|would) you)\b"
)
_ANOTHER_MATTER = re.compile(
    r"\b(?:one more thing|another (?:problem|issue)|different problem|masalah (?:lain|baru)|satu lagi)\b|"
    + _SECOND_MATTER.pattern
)
_NEW_PROBLEM = re.compile(
    # what was changed is not what was asked: "tapi yang berubah kelas B", "but the wrong class was changed"
    rf"\b(?:{CONTRAST}) (?:sekarang|now|kok|malah|masih|still|there s|ada|the wrong|yang (?:di|ber)?(?:ganti|ubah|"
    r"rubah|pindah)\w*)\b|" + _ANOTHER_MATTER.pattern
)


def after_closed_matter(text: str) -> str | None:
    """The normalised text from its second matter on, when the words before it thank for the first ("akun saya sudah
    normal, terima kasih. Sekalian ..."): in a reply, what names the closed matter asks nothing now."""
    found = _SECOND_MATTER.search(text)
    if found is None or not _THANKS.search(text[: found.start()]):
        return None
    return text[found.start() :]


def new_problem(text: str) -> bool:
    """Whether the normalised text brings a new problem or matter after what it says is done ("tapi sekarang ...")."""
    return bool(_NEW_PROBLEM.search(text))


def done_counts(text: str, is_reply: bool) -> bool:
    """Whether words saying the work is done mean it: in a reply or beside thanks, and with no new problem after
    them ("sudah bisa dikerjakan sejak jam 6" in a new mail reports a fault; "sudah beres, tapi sekarang ..." brings
    a new one)."""
    return (is_reply or bool(_THANKS.search(text))) and not new_problem(text)


def others_fine(text: str) -> str:
    """The normalised text with what works for other people said without the words of a done confirmation."""
    return _OTHERS_FINE.sub(r"\1 also", text)


def about_the_unit(subject: str, text: str) -> bool:
    """Whether a mail (both texts normalised) speaks of e-learning, a course, its people or a document."""
    return bool(_ABOUT_THE_UNIT.search(f"{subject} {text}"))


# A change said as what is to be ("nm MK X mjd Y ya", "pengajar MK X digantikan oleh Bpk Y", "kodenya diganti ke Z")
# asks for it as surely as "mohon"; the same words after "sudah" or "already" report a change that was made.
CHANGE_STATED = re.compile(
    # ... its old value between ("must be changed from semester 3 to semester 4", "diubah dari 2 sks ke 3 sks")
    r"\b(?:" + CHANGE[3:-1] + r")(?: [a-z0-9-]+){0,2}?(?: (?:from|dari)(?: [a-z0-9/-]+){1,4}?)? "
    r"(?:menjadi|jadi|ke|oleh|dengan|to|into|with|by)\b|"
    r"\bmenjadi\b|" + STILL_WHEREAS_NAMED
)
_DONE_BEFORE = re.compile(r"\b(?:sudah|telah|udah|already|been|was|were|berhasil|sempat)\b")
_WORDS_BEFORE = 4


def states_a_change(text: str) -> bool:
    """Whether the normalised text says a change is to be made, not that it was made."""
    for match in CHANGE_STATED.finditer(text):
        before = " ".join(text[: match.start()].split()[-_WORDS_BEFORE:])
        if not _DONE_BEFORE.search(before):
            return True
    return False


# The writer says nothing at all is to be changed or done, or that no change is asked ("tidak ada yang perlu diubah",
# "belum perlu ada yang diganti", "nothing needs to be done on e-learning for now", "please do not change anything",
# "tidak minta diubah kok"): a complaint about a post already up, a plan told ahead or a question asked only to know
# names fields and announcements without asking for them. A part kept as it is ("selain nama, tidak ada yang perlu
# diubah", "nothing else needs to change") limits a request instead.
_NOTHING_TO_DO = re.compile(
    r"\b(?:(?:tidak|tak|belum) (?:(?:perlu|usah) ada|ada(?: [a-z0-9-]+){0,3}? yang "
    r"(?:perlu|harus|usah|mau|akan|ingin))|"
    r"(?:tidak|tak|belum) (?:perlu|usah|mau|arep|ingin) (?:di)?[a-z]+ (?:apa-apa|apapun)|"
    r"nothing (?:is )?(?:(?:needs?|has|have) to (?:be )?|needs? )(?:changed|changing|done|doing|fixed|updated)|"
    r"(?:do not|don t|need not|no need to) (?:need to )?(?:change|do|update|fix) anything|"
    r"no (?:changes?|action) (?:is |are )?(?:needed|required|necessary)|nothing (?:is )?(?:needed|required|necessary)|"
    # not wanted on e-learning, being out elsewhere: "sudah saya sebar di grup WA, jadi tidak perlu di e-learning"
    r"(?:tidak|tak|gak) (?:perlu|usah) (?:lagi )?(?:di(?:pasang|tayangkan|umumkan|posting|upload)\w* )?"
    r"(?:di|ke|lewat|via) (?:e-learning|moodle|lms)|no need to (?:post|put|publish) (?:it|this|that) (?:on|in|to) "
    r"(?:e-learning|moodle|the lms)|"
    # the request withdrawn: "permintaan saya yang kemarin tidak usah diproses lagi"
    r"(?:tidak|tak) (?:perlu|usah) (?:di)?(?:proses|tindaklanjuti|lanjutkan|kerjakan)\w*|"
    # the whole ticket withdrawn: "you can ignore my ticket from Monday", "please close the ticket"
    r"(?<!jangan )(?<!not )(?<!don t )(?<!belum )(?:ignore|disregard|close|tutup) (?:my|the|this|tiket) "
    r"(?:ticket|tiket|saya|ini)\b(?! (?:and|dan|but|tapi)\b)|"
    # no change asked, said outright: "tidak minta diubah kok", "I'm not asking for a change"
    r"(?:tidak|bukan|tak) (?:minta|meminta|mohon)(?: untuk)? (?:di)?(?:ubah|ganti|rubah|perubahan|penggantian)\w*|"
    r"(?:not|i m not|am not) (?:asking|requesting) (?:for )?(?:you )?(?:to )?(?:an? )?(?:new )?"
    r"(?:change|changes|rename|name)|"
    # asked only to know, or what is there is fine: "just curious", "hanya ingin tahu dasarnya", "saya tidak
    # keberatan", "it is fine as it is", "we are not planning anything for this term"
    r"(?:just|only|merely) curious|(?:hanya|cuma|sekadar|sekedar) ingin tahu|tidak keberatan|no objection|"
    # "I only want to know", "mung pengin ngerti" (Javanese), "I have not decided whether I want to"
    r"(?:only|just|merely) (?:want|wanted|d like|would like) to know|(?:mung|cuma|hanya) (?:pengin|kepengin|pingin) "
    r"(?:ngerti|weruh|tahu)|(?:have not|haven t|not yet|have not yet) decided (?:anything|whether|if|yet)|"
    # asked only to understand: "I ask only to understand the policy", "tanya sekadar supaya paham"
    r"(?:ask|asking|tanya|bertanya|menanyakan)(?: (?:only|just|merely|hanya|cuma|sekadar|sekedar))? (?:to|untuk|"
    r"supaya|agar|biar) (?:understand|know|tahu|paham|memahami|mengerti)|"
    r"(?:it|that|this) (?:is|s) fine as it is|(?:hanya|cuma|sekadar|sekedar) (?:bertanya|tanya|menanyakan)|"
    r"(?:just|only) asking|(?:asking|ask|tanya|bertanya|menanyakan) (?:(?:for|about|tentang|soal|mengenai) )?"
    r"(?:our |the |a )?(?:[a-z]+ ){0,2}?(?:policy|policies|rules|aturan|kebijakan|ketentuan)(?:nya)?|"
    r"(?:not|aren t|are not|am not|i m not|we re not) planning (?:anything|any changes?)|"
    r"tidak (?:sedang )?(?:berencana|merencanakan) (?:apa-apa|apapun|perubahan))\b"
)
_LIMITED = re.compile(r"\b(?:selain|lain|lainnya|sisanya|else|other than|apart from|besides|except|kecuali)\b")
# ...or pointed at the parts just named, right after: "no changes needed there", "tidak perlu diubah di situ".
_POINTED = re.compile(
    r"^(?:[a-z]+ )?(?:there|for those|for them|for that|on those|on that|di situ|di sana|di sini|untuk itu|yang itu)\b"
)
# What the writer asks instead, right after: "tidak ada yang perlu diubah, saya cuma minta ...", "... I only need ...".
_ASKS_INSTEAD = re.compile(
    r"\b(?:cuma|hanya|only|just|tinggal) (?:mau |ingin )?(?:minta|mohon|perlu|butuh|need|ask|request)\w*\b"
)


# A newcomer introducing themselves names the course they teach ("dosen pengampu baru Manajemen Perawatan"): without
# an ask it is a greeting, and the course's fields are its topic.
_INTRODUCTION = re.compile(
    r"\b(?:perkenalkan|memperkenalkan diri|salam kenal|introduce myself|nice to meet you|"
    r"looking forward to working with)\b"
)


# E-learning said already right, the wrong value another office's record ("di KHS tertulis 2 SKS, di e-learning sudah
# benar 3 SKS", "on e-learning it is correct"): nothing to change here when the mail asks for nothing else ("di
# e-learning sesuai kurikulum" says what to follow; "sudah sesuai, saya cuma minta ..." asks another thing; "sudah
# benar namanya, tapi kodenya ..." sets a part apart).
_ELEARNING_RIGHT = re.compile(
    r"\b(?:di|on|in) (?:the )?(?:e-learning|moodle|lms)(?:"
    r"(?: (?:sudah|sih|kok|semua|semuanya|already|it s|it is|is|all))* (?:benar|betul|bener|correct|right)|"
    r"(?: [a-z]+)? (?:sudah|already) sesuai)\b"
    # a part set apart after it: "sudah benar namanya, tapi kodenya ..."
    r"(?!(?: [a-z0-9-]+){0,4} (?:tapi|tetapi|namun|but|however|except|kecuali)\b)"
)


# A polite ask of the unit, which a value told wrong elsewhere ("seharusnya 3 SKS") is not.
PLEASE = re.compile(
    rf"\b(?:(?:mohon|minta)(?! maaf)|tolong|{POLITE_ASK}|(?:{ASK_MODAL}) you|dibantu|help me|request|permohonan)\b"
)


def nothing_to_do(text: str) -> str | None:
    """The words of the normalised text that say nothing at all is to be changed, unless they keep only a part, or
    those that say e-learning is right or introduce the writer in a mail that asks for nothing."""
    for match in _NOTHING_TO_DO.finditer(text):
        before = " ".join(text[: match.start()].split()[-5:])
        after = " ".join(text[match.end() :].split()[:12])
        limited = _LIMITED.search(f"{before} {match.group(0)}") or _POINTED.search(after)
        if not limited and not _ASKS_INSTEAD.search(after):
            return match.group(0)
    if (right := _ELEARNING_RIGHT.search(text)) is not None and not PLEASE.search(text):
        return right.group(0)
    introduced = _INTRODUCTION.search(text)
    if introduced and not _ASKS.search(_NOT_AN_ASK.sub(" ", text)):
        return introduced.group(0)
    return None


# The writer posts on e-learning themselves ("saya posting pengumuman di forum", "the announcement I posted", "tombol
# Add a new announcement hilang"): trouble with their own post or its button is support; the announcement it names
# is its topic, not a text the unit is asked to publish.
_OWN_POST = re.compile(
    r"\b(?:(?:saya|kami|i|we)(?: [a-z0-9-]+){0,2}? (?:posting|memposting|posted|post|memasang|membuat|made|created|"
    r"put up)(?: (?:an?|sebuah|the|my|our))? (?:pengumuman|announcement|notice)|"
    r"(?:pengumuman|announcement|notice)(?: yang)? (?:saya|kami|i|we)(?: [a-z0-9-]+)? (?:posting|posted|buat|made|"
    r"pasang|put up)|"
    r"(?:tombol|button|menu)(?: [a-z0-9-]+){0,3}? (?:pengumuman|announcement))\b"
)


def posts_it_themselves(text: str) -> str | None:
    """The words of the normalised text that say the writer posts an announcement on e-learning themselves."""
    found = _OWN_POST.search(text)
    return found.group(0) if found else None


def hedged(text: str) -> bool:
    """Whether the normalised text says a change is not decided yet ("belum pasti", "nanti kami kabari")."""
    return bool(re.search(HEDGE, text))


# (its value may wait: "iya tetap diganti ya, cuma namanya belum pasti" still asks the change)
_STILL = re.compile(STILL_WANTED)
# Sentences end at their stop or at a blank line; a line the mail client wrapped stays inside its sentence.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n[ \t]*\n")


def said_for_later(text: str) -> tuple[str, str]:
    """The raw text of a reply without its remarks for later, and those remarks.

    A sentence of a reply that says a change is not decided yet and neither asks nor states a change ("semester
    depan kemungkinan ada perubahan SKS, tapi masih menunggu rapat") tells of a request to come: the fields it names
    are not asked now."""
    kept: list[str] = []
    later: list[str] = []
    for sentence in SENTENCE_END.split(text):
        words = normalise(sentence)
        if hedged(words) and not _ASKS.search(words) and not states_a_change(words) and not _STILL.search(words):
            later.append(sentence)
        else:
            kept.append(sentence)
    return "\n".join(kept), " ".join(later)


# What e-learning shows told as behind what is right ("di e-learning belum diperbarui", "nama dosennya masih kosong",
# "students still see it as X", "muncul sebagai AK-1A, padahal ...", "di e-learning masih X padahal ..."): the
# writer asks for it to be set right without a word of asking, and the thanks that close it are for that. A mismatch
# told as mended since ("kemarin belum berubah, sekarang sudah benar") asks nothing.
_PAGE_BEHIND = re.compile(
    r"\b(?:belum|blm|not yet|has not been|hasn t been|have not been|haven t been) (?:ber|di|ter)?(?:ubah|berubah|ganti|"
    r"perbarui|diperbarui|update|updated|changed|corrected)\b|"
    r"\b(?:masih|still) (?:kosong|empty|blank)\b|"
    r"\bstill (?:see|sees|shows?|lists?|says?|reads?|displays?)\b|"
    r"\b(?:muncul|terbaca|tampil|tertulis|listed|appears?|shows? up|displayed) (?:sebagai|as)\b|"
    r"\b(?:e-?learning|moodle|lms|halaman|laman|page|site)\b(?: \S+){0,3}? (?:masih|msh|still)\b(?: \S+){1,8}? "
    r"(?:padahal|sedangkan|whereas|but|tapi|tetapi)\b"
)
_MENDED = re.compile(
    r"\b(?:sudah|sdh|udah|telah|already|now|is now)(?: it is| it s| is)? "
    r"(?:benar|betul|bener|berubah|diganti|diubah|diperbarui|correct|right|fixed|updated|changed)\b"
)


def page_behind(text: str) -> bool:
    """Whether the normalised text tells what e-learning shows as behind what is right, and not as mended since."""
    return bool(_PAGE_BEHIND.search(text)) and not _MENDED.search(text)


def thanks_without_asking(subject: str, text: str) -> bool:
    """A note of thanks that asks for nothing (a question about how things work is not an ask for work); thanks
    before "one more thing" bring a new matter."""
    if not _THANKS.search(text) or states_a_change(text) or page_behind(text) or _ANOTHER_MATTER.search(text):
        return False
    return not _ASKS.search(_NOT_AN_ASK.sub(" ", f"{subject} {text}"))

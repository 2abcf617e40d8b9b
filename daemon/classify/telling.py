"""Mail that tells rather than asks: a notice for information, a plan told ahead, a complaint, praise, an invitation,
a farewell. The course data and announcements it names are its topic unless it also states a change."""

from __future__ import annotations

import re
from dataclasses import dataclass

from daemon.classify.keyword_rule import CHANGE, HEDGE
from daemon.classify.made_change import change_reported_made
from daemon.classify.revert_words import REVERT
from daemon.classify.rules_change import STILL_WANTED
from daemon.classify.wrong_change import change_made_wrongly

# Each reading is a kind of telling, said in Indonesian or English, casual or formal.
_TELLING = re.compile(
    # for information only: "info saja", "sekadar memberitahukan", "just a heads-up", "FYI"
    r"\b(?:info(?:rmasi)? saja|(?:sekadar|sekedar|hanya|cuma) (?:info\w*|memberi ?tahu\w*|mengabarkan|kabar\w*)|"
    r"sebagai informasi|untuk informasi|fyi|heads-up|heads up|for your information|just (?:to )?let(?:ting)? you know|"
    r"just so you know|"
    # a formal notice to the units: "bersama ini kami sampaikan bahwa", "surat edaran", "this is to inform you that"
    r"(?:dengan|bersama) ini (?:kami )?(?:sampaikan|beritahukan|informasikan) bahwa|surat edaran|"
    r"(?:this is to|we hereby|we wish to) inform|please be informed|"
    # a plan told ahead, its request promised later: "rencananya dipindah", "akan kami kirim setelah SK terbit"
    r"rencana(?:nya)?|direncanakan|agreed in principle|(?:akan|nanti) (?:kami|saya) (?:kirim\w*|ajukan|sampaikan)"
    r"(?: [a-z0-9-]+){0,4}? (?:setelah|sesudah|kalau|jika|begitu)|(?:i ll|we ll|i will|we will) (?:write|send|get back)"
    r"(?: [a-z0-9-]+){0,4}? (?:once|when|after)|"
    # a complaint, praise, an invitation or a farewell
    r"keberatan|kecewa|complain\w*|disappointed|not happy|protes|protest|menyesalkan|apresiasi|kudos|well done|"
    r"great job|salut|(?:kami |we )?mengundang|undangan|(?:are|is|be) (?:warmly |cordially )?invited|invitation|pamit|"
    r"berpamitan|farewell|pindah tugas)\b|" + HEDGE
)


# A change planned or weighed for later, in a clause of its own: "prodi berencana", "we are considering",
# "semester depan", "next term", "ada wacana".
_PLANNED = re.compile(
    r"\b(?:berencana|direncanakan|rencana(?:nya)?|mempertimbangkan|dipertimbangkan|wacana|kemungkinan(?: besar)?|"
    r"sepertinya|kayaknya|considering|planning|plan(?:s|ned)? to|intend(?:s|ing)? to|may|might|"
    r"(?:semester|tahun|tahun ajaran|tahun akademik|sem) depan|semester (?:ganjil|genap) (?:mendatang|depan)|"
    r"next (?:term|semester|sem|year|academic year)|coming (?:term|semester|year)|"
    # whether it may be done, asked before the request: "kalau memungkinkan, ...", "if it is possible, ..."
    r"(?:kalau|jika|bila|apabila) memungkinkan|if (?:it is|it s) (?:possible|allowed))\b"
)
# ...told for information, its request to come or nothing settled: "sekadar informasi", "permohonan resmi
# menyusul", "nothing is confirmed", "I will write again", "no action is needed".
_AHEAD = re.compile(
    r"\b(?:(?:sekadar|sekedar|hanya|cuma) info\w*|(?:sebagai|untuk) (?:informasi|gambaran)|"
    r"info(?:rmasi)? (?:saja|aja|awal)|kabar awal|fyi|heads[- ]?up|for your information|just so you (?:are aware|know)|"
    r"nothing (?:is |has been )?(?:yet )?(?:confirmed|decided|final)|not (?:yet )?(?:final|confirmed|decided)|"
    r"belum (?:pasti|final|fix|ada keputusan|diputuskan)|masih wacana|"
    r"(?:permohonan|surat|pengajuan)(?: \w+){0,3}? (?:resmi\w*)(?: \w+){0,3}? (?:menyusul|akan (?:kami|saya) "
    r"(?:kirim\w*|ajukan|sampaikan))|menyusul|(?:will|ll|shall) (?:write|get back|follow up|confirm)|"
    r"(?:formal|official) request will follow|"
    # the request to come: "kami akan mengajukan permohonan resmi minggu depan", "I will send the formal request"
    r"(?:akan|will|ll) (?:mengajukan|mengirim(?:kan)?|send|submit)(?: \w+){0,2}? "
    r"(?:permohonan|pengajuan|surat|request)|"
    r"no action (?:is )?(?:needed|required)|no need to do anything|"
    r"(?:belum|tidak) perlu (?:ditindaklanjuti|diubah|diproses|diganti))\b"
)


def plan_told_ahead(text: str) -> str | None:
    """The words of the normalised text telling of a change planned for later, for information only, or None."""
    planned = _PLANNED.search(text)
    ahead = _AHEAD.search(text) if planned else None
    return f"{planned.group(0)} ... {ahead.group(0)}" if planned and ahead else None


@dataclass(frozen=True)
class Told:
    """What a mail that asks for no work tells instead: its kind, its words, and whether it is told so surely that a
    request's own words are only its topic (a plan told ahead, a complaint of a change made wrongly, a change reported
    made)."""

    kind: str
    words: str
    sure: bool


def told_instead(text: str) -> Told | None:
    """What the normalised text of a mail that asks for no work tells: a plan told ahead, a complaint that a change
    already made went wrong, a change reported made, or another telling; None when it tells nothing."""
    if (planned := plan_told_ahead(text)) is not None:
        return Told("a plan told ahead", planned, sure=True)
    if (wrong := change_made_wrongly(text)) is not None:
        return Told("a change made wrongly, complained of", wrong, sure=True)
    if (made := change_reported_made(text)) is not None:
        return Told("a change reported made", made, sure=True)
    if (telling := tells_only(text)) is not None:
        return Told("tells rather than asks", telling, sure=False)
    return None


def tells_only(text: str) -> str | None:
    """The words of the normalised text that tell of something (for information, a plan, a complaint, praise, an
    invitation, a farewell)."""
    found = _TELLING.search(text)
    return found.group(0) if found else None


# A word of asking that governs a verb of change or of publishing in the same clause ("mohon nama MK ... diganti",
# "please publish it"): the mail asks, whatever else it tells; asked later ("akan saya minta") it does not.
_ASKS_FOR_WORK = re.compile(
    r"\b(?<!akan saya )(?<!akan kami )(?<!nanti saya )(?<!nanti kami )(?<!will )"
    # "mohon maaf", "minta maaf": an apology asks nothing
    r"(?:(?:mohon|minta)(?! maaf)|tolong|please|could you|can you|would you|bisa|bisakah|kindly|harap|dimohon|"
    r"would like|permohonan|request)"
    # a value set back is a change asked: "mohon dikembalikan seperti semula", "please change it back"
    r"(?: [a-z0-9-]+){0,10}? (?:" + CHANGE[3:-1] + r"|" + REVERT + r"|publish\w*|post\w*|(?:di|meng)?umumkan|"
    r"(?:di|me)?nayangkan|(?:di)?tayangkan|(?:di|mem)?publikasikan|(?:di|me)?masang\w*|(?:di)?pasang\w*|(?:di|me)?nyebar\w*|sebarkan|"
    r"disebar\w*|share|relay|notice|pengumuman|announcement)\b"
)


# Changes handed over as a list: "Berikut perubahan untuk mata kuliah X: - pengampu baru: ...", "the following
# changes", "perubahan datanya sebagai berikut".
_CHANGES_LISTED = re.compile(
    r"\b(?:berikut(?: ini)? (?:data )?perubahan|perubahan(?: data(?:nya)?)? (?:berikut|sebagai berikut)|"
    r"(?:the )?following changes?|(?:the )?changes? (?:below|as follows))\b"
)
# A change said to be needed governs its verb as an ask does, its value may follow later: "namanya perlu diganti",
# "dosennya harus diganti", "the title needs to be changed"; said not to be needed it asks nothing.
_NEEDED = re.compile(
    r"(?<!tidak )(?<!tak )(?<!belum )(?<!gak )(?<!nggak )(?<!ndak )(?<!not )(?<!doesn t )(?<!don t )"
    r"\b(?:perlu|harus|wajib|mesti|needs? to be|has to be|have to be|must be)(?: [a-z0-9-]+)?? "
    r"(?:(?:di)?(?:ganti|ubah|rubah|perbarui|update)\w*|changed|renamed|replaced|updated)\b"
)
# ...unless the writer wonders whether it is: "apakah nama MK ini perlu diganti?", "whether it has to be renamed".
_WONDERED = re.compile(r"\b(?:apakah|whether|do we|does it|should we)\b[^.!?\n]{0,60}$")
_STILL = re.compile(STILL_WANTED)
# The writer's own ask put off in its sentence: "nanti kalau sudah pasti saya minta", "once it is decided we will ask".
_LATER_ASKER = re.compile(
    r"\b(?:nanti|kelak|once|setelah|sesudah|begitu)\b[^.!?\n]{0,60}\b(?:saya|kami|aku|i|we)(?: akan| will| ll)? $"
)


def asks_for_work(text: str) -> bool:
    """Whether the normalised text asks the unit to change or publish something now (a change still wanted, or said
    to be needed, while its value is awaited too)."""
    return (
        _STILL.search(text) is not None or _said_needed(text) or _asked_now(text) or bool(_CHANGES_LISTED.search(text))
    )


def _said_needed(text: str) -> bool:
    return any(
        not _WONDERED.search(text[max(0, found.start() - 60) : found.start()]) for found in _NEEDED.finditer(text)
    )


def _asked_now(text: str) -> bool:
    return any(
        not _LATER_ASKER.search(text[max(0, found.start() - 80) : found.start()])
        for found in _ASKS_FOR_WORK.finditer(text)
    )

"""Checks of what surrounds a claimed change value: a closing glued to its end, an opinion asked about it, a
sentence of the writer's run into a description, a course named where a value was read."""

from __future__ import annotations

import re
from dataclasses import replace

from daemon.classify.course_code_shapes import CODE
from daemon.classify.found_change import FoundChange
from daemon.classify.wording import sentence_around

# "Manajemen Proyek Konstruksi Tarimo kasih", "Dr. Armando da Costa Obrigadu barak", "Ratna Sari Hatur nuhun": a
# thank-you in any language the writer grew up with, typed after the value without a full stop, is never a course's
# or a person's name. "Salam" and "Hormat" may be a person's name ("Abdul Salam") and are left to the readers.
_THANKS = (
    r"terima[ \t]?kasih|trima[ \t]?kasih|terimakasih|trimakasih|terime[ \t]?kasih|tarima[ \t]?kasih?|makasih|makasi|"
    r"makaseh|tarimo[ \t]+kasih|tarimokasih|hatur[ \t]+nuhun|nuhun|matur[ \t]*(?:nuwun|suwun|sembah[ \t]+nuwun)|"
    r"maturnuwun|suwun|suksma|mauliate|teurimong[ \t]+geunaseh|kurru[ \t]+sumanga'?|sakalangkong|danke|"
    r"vielen[ \t]+dank|bedankt|dank[ \t]+(?:je|u)|merci|gracias|grazie|obrigad[oau]|arigat[ou]u?|kamsahamnida|"
    r"khob[ \t]+khun|kop[ \t]+khun|c[aả]m[ \t]+[oơ]n|dhanyawa+d|shukriya|kamsia|xie[ \t]?xie|duo[ \t]+xie|salamat|"
    r"syukron|shukran|jazakallah\w*|jazakumullah\w*|thanks|thank[ \t]+you|thankyou|thx|tks|trims|tengkyu|"
    r"regards|cheers|wassalam\w*"
)
# The reader may have stopped before the thank-you's lower-case second word: "Ratna Sari Hatur".
_THANKS_FIRST_WORD = (
    r"(?:terima|trima|terime|tarima|tarimo|hatur|matur|teurimong|kurru|thank|vielen|khob|kop|dank|duo)(?=[ \t]*$)"
)
_GLUED_THANKS = re.compile(rf"[ \t,]+(?:{_THANKS}|{_THANKS_FIRST_WORD})(?![\w'])", re.IGNORECASE)

# "..., bagaimana menurut Bapak/Ibu?", "Menurut Ibu, apakah panjangnya sudah pas?", "what do you think?": the
# writer puts the value forward for the helpdesk's opinion; nothing is decided yet, so it is asked back.
_OPINION = re.compile(
    r"\b(?:bagaimana|gimana|bgmn)[ \t]+menurut|menurut[ \t]+(?:bapak|ibu|bpk|bu|pak|anda|kakak|kak|p4m|tim|"
    r"panjenengan|njenengan|sampeyan|antum)\b|(?:mohon|minta|butuh|perlu)[ \t]+(?:pendapat|masukan|saran|"
    r"pertimbangan)\w*|what[ \t]+do[ \t]+you[ \t]+think|do[ \t]+you[ \t]+think|(?:any|your)[ \t]+(?:thoughts|"
    r"opinion|views|advice|feedback|suggestions?)\b|what[ \t]+would[ \t]+you[ \t]+(?:suggest|recommend|advise)",
    re.IGNORECASE,
)
_OPINION_REACH = 160

# "... produktivitas. Seandainya terlalu panjang, boleh dipotong ...", "... labs. If it is too long, feel free to cut
# the last sentence": a condition that gives the helpdesk leave to edit is the writer's, not the description's.
_LEAVE_TO_EDIT = re.compile(
    r"(?<=[.!?])[ \t\n]+(?:seandainya|jika|jikalau|kalau|kalo|apabila|bila|andai(?:kan)?|if|in[ \t]+case|should)\b"
    r"[^.!?\n]{0,120}?\b(?:boleh|silakan|silahkan|dipotong|disingkat|diringkas|diedit|dipendekkan|terlalu[ \t]+"
    r"panjang|kepanjangan|too[ \t]+long|feel[ \t]+free|you[ \t]+(?:may|can)|shorten|trim)\b",
    re.IGNORECASE,
)

# "Deskripsi yang sekarang:", "Current short name:", "Nama lama:": a label that names the field's value as it is
# now; the value under it is the old one, whatever follows ("Deskripsi yang benar:" is read on its own).
_OLD_LABEL = re.compile(
    r"^(?:colon[\w ]*|label[\w ]*):.*\b(?:lama|old|current|currently|existing|semula|sebelumnya|previous|"
    r"(?:yang|yg)[ \t]+(?:sekarang|skrg|ada|tertulis|terpasang|tampil)|saat[ \t]+ini|tertulis|as[ \t]+is)\b",
    re.IGNORECASE,
)
_NEW_LABEL = re.compile(
    r"\b(?:baru|new|benar|correct|revisi|revised|usulan|seharusnya|should|pengganti|menjadi|updated)\b", re.IGNORECASE
)

# "Kalau saya jadi cuti semester depan, pengampu ... diganti X", "If the senate approves it, rename ... to X": a
# change that waits on something still to happen is asked back; "Kalau bisa, ...", "If possible, ..." only ask
# politely.
_CONDITION = re.compile(
    # Written in lower case or with its first capital only: "IF-2A" is a class.
    r"(?<![\w-])(?:[Kk]alau|[Kk]alo|[Kk]lo|[Jj]ika|[Jj]ikalau|[Bb]ila|[Aa]pabila|[Aa]ndai(?:kan|nya)?|[Ss]eandainya|"
    r"[Ii]f|[Ii]n[ \t]+case|[Oo]nce|[Aa]ssuming|[Pp]rovided|[Uu]nless)[ \t](?P<condition>[^,;:\n]{3,80}),"
)
_POLITE_CONDITION = re.compile(
    r"\b(?:bisa|memungkinkan|mungkin|possible|berkenan|boleh|sempat|keberatan|merepotkan|repot|ada[ \t]+waktu|"
    r"have[ \t]+(?:the[ \t]+)?time|convenient|mind|can|could|would|may|terlambat|too[ \t]+late|perlu|needed|"
    r"necessary|ada[ \t]+(?:yang|pertanyaan|kendala|masalah)|any|there|anything|ok(?:e|ay)?|setuju|agree|sudah|"
    r"already|done|selesai|berkenan)\b",
    re.IGNORECASE,
)

# "Deskripsi baru MK Optik (FT2103):\nMata kuliah ini ...": the reader may start inside the label's line, at the
# course it names; the description starts after the label's colon.
_LABEL_REST = re.compile(r"[^:\n.!?]{0,60}?\b[A-Z]{2,5}[ -]?\d{3,4}[A-Z]?\b\)?[ \t]*:\s*")
_SHORTEST_TEXT = 20


def without_glued_thanks(change: FoundChange) -> FoundChange | None:
    """A name or a person's name up to a thank-you typed onto it; None when nothing of the value is left."""
    if change.field not in ("fullname", "lecturer"):
        return change
    glued = _GLUED_THANKS.search(change.value, 1)
    if glued is None:
        return change
    kept = change.value[: glued.start()].rstrip(" \t,;:-")
    return replace(change, value=kept, end=change.start + len(kept)) if kept else None


def opinion_asked(flat: str, change: FoundChange) -> bool:
    """Whether the writer asks the helpdesk's opinion about the value, in its sentence or right after it."""
    sentence_start = sentence_around(flat, change.start)[0]
    paragraph_end = flat.find("\n\n", change.end)
    reach = min(change.end + _OPINION_REACH, len(flat) if paragraph_end < 0 else paragraph_end)
    return bool(_OPINION.search(flat, sentence_start, max(reach, change.end)))


def without_leave_to_edit(change: FoundChange) -> FoundChange:
    """A description without the rest of its label line before it and a leave-to-edit sentence after it."""
    if change.field != "summary":
        return change
    if (lead := _LABEL_REST.match(change.value)) and len(change.value) - lead.end() >= _SHORTEST_TEXT:
        change = replace(change, value=change.value[lead.end() :], start=change.start + lead.end())
    if not (leave := _LEAVE_TO_EDIT.search(change.value)):
        return change
    kept = change.value[: leave.start()].rstrip()
    return replace(change, value=kept, end=change.start + len(kept))


def says_old_value(change: FoundChange) -> bool:
    """Whether the value stands under a label that names the field as it is now, not as it should become."""
    return bool(_OLD_LABEL.search(change.cue)) and not _NEW_LABEL.search(change.cue)


def waits_on_condition(flat: str, change: FoundChange) -> bool:
    """Whether the change's sentence opens on a condition still to happen, before the value."""
    sentence_start = sentence_around(flat, change.start)[0]
    return any(
        not _POLITE_CONDITION.search(condition.group("condition"))
        for condition in _CONDITION.finditer(flat, sentence_start, change.start)
    )


# "Short name: TBD", "- Short name: xxx", "Dosen: idem", "Key: N/A": a form's placeholder stands where no value is
# given; the field is asked back.
_PLACEHOLDER = re.compile(
    r"tbd|tba|tbc|n/?a|nil|null|none|kosong|idem|sda|dto|xx+|…|-+|\?+|menyusul|nanti|tetap|sama|no[ \t]+change|"
    r"unchanged|tidak[ \t]+berubah|to[ \t]+be[ \t]+(?:decided|announced|confirmed)",
    re.IGNORECASE,
)
# "diganti jadi Kaprodi Teknik Tekstil", "to Coordinator Maritime Studies": a role names an office, not the person
# who teaches; the lecturer is asked back.
_ROLE_FIRST = re.compile(
    r"(?:Kaprodi|Kajur|Sekprodi|Sekjur|Kalab|Ketua|Sekretaris|Dekan|Direktur|Wadir|Wakil|Koordinator|Kepala|"
    # "Dean" and "Tim" are given names too: only "Dean of ..." and "Tim pengajar" name an office or a group.
    r"Pimpinan|Head|Dean[ \t]+of|Director|Coordinator|Chair(?:person|man|woman)?|Manager|Manajer|Team|"
    r"Tim[ \t]+(?:pengajar|dosen|teaching)|Panitia)\b"
)


def placeholder_or_role(change: FoundChange) -> bool:
    """Whether the value is a form's placeholder, or an office named where the lecturer's name belongs."""
    # "...", "TBD.": dots alone, or after the placeholder, are the form's too.
    value = change.value.strip().rstrip(" \t.")
    return (
        not value
        or bool(_PLACEHOLDER.fullmatch(value))
        or (change.field == "lecturer" and bool(_ROLE_FIRST.match(value)))
    )


# "Yang diganti Kalkulus 2 (MA1202): key jadi ...": a word read as a key, a short name or a class that opens a
# course's name written with its code in brackets names the course the change is for, not the field's new value.
_WORD_VALUE = re.compile(r"[A-Z][a-z]+")
_REST_OF_COURSE = re.compile(r"(?:[ \t]++[\w&-]++){0,5}+[ \t]*+\(")


def opens_a_course_mention(flat: str, change: FoundChange) -> bool:
    """Whether a shaped value is the first word of a course's name that its bracketed code follows."""
    if change.field not in ("shortname", "enrolment_key", "class") or not _WORD_VALUE.fullmatch(change.value):
        return False
    rest = _REST_OF_COURSE.match(flat, change.end)
    return rest is not None and CODE.match(flat, rest.end()) is not None


# "berganti ke Pak X untuk pertemuan minggu ini saja", "Dr. X takes it for one session": a substitute for a meeting or
# two, said after the person, replaces nobody on the course ("mulai pertemuan ke-5" is from when, and is asked).
_FOR_A_MEETING = re.compile(
    r"\b(?:(?:untuk|utk|hanya|cuma|selama)[ \t]+(?:(?:satu|1|dua|2)[ \t]+(?:kali[ \t]+)?pertemuan|"
    r"(?:pertemuan[ \t]+)?(?:hari|minggu)[ \t]+ini|pertemuan[ \t]+(?:ini|besok|ke-?\d{1,2})|hari[ \t]+besok|sekali)|"
    r"for[ \t]+(?:one|two|this|today'?s|tomorrow'?s|a[ \t]+single)[ \t]+(?:session|meeting|class|lecture|week)s?)\b",
    re.IGNORECASE,
)
_MEETING_REACH = 60


def for_a_meeting(flat: str, change: FoundChange) -> bool:
    """Whether the rest of the person's sentence says they stand in for a meeting or two only."""
    reach = min(sentence_around(flat, change.start)[1], change.end + _MEETING_REACH)
    return bool(_FOR_A_MEETING.search(flat, change.end, max(change.end, reach)))

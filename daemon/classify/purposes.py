"""Readings of what a whole mail is for (a request withdrawn, a decision still to come, a document named by its work).

Each is a named object returning the words that show it, beside the keyword rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from daemon.classify.intent import states_a_change
from daemon.classify.keyword_rule import CHANGE
from daemon.classify.model import RequestType

_CD, _AN, _DR, _ES, _OT = (
    RequestType.COURSE_DATA,
    RequestType.ANNOUNCEMENT,
    RequestType.DOCUMENT_REQUEST,
    RequestType.ELEARNING_SUPPORT,
    RequestType.OTHER,
)


@dataclass(frozen=True)
class Purpose:
    """What a mail is for, read from the whole normalised text: a vote for one type, and the types whose words are
    then only the mail's topic (they count only beside a rule that asks for them outright)."""

    name: str
    votes_for: RequestType
    weight: float
    topic_only: frozenset[RequestType]
    find: Callable[[str], str | None]

    def reason(self, text: str) -> str | None:
        found = self.find(text)
        return f"{self.name} ({found!r})" if found else None


# The writer takes back what was asked ("batal saja", "tidak jadi ya", "diurungkan", "sudah tidak perlu lagi",
# "scratch that", "kindly cancel this request", "we won't need the rename after all"). "Tidak jadi" withdraws only when
# it stands alone or governs the asked change or the asking: "kuliah tidak jadi dilaksanakan" is news for students.
_WITHDRAWN = re.compile(
    r"\b(?:(?:tidak|ndak|nda) jadi(?= (?:sudah|ya|yah|deh|saja|aja|kok|dulu|kak|pak|bu|mas|min|maaf|karena|soalnya|"
    r"minta|mengajukan|diproses|dipakai|pakai|" + CHANGE + r")\b|$)|"
    r"(?:di|mem)?batal(?:kan)? (?:saja|aja|ya|deh)|(?:pembatalan|membatalkan|batalkan|menarik|mencabut)"
    r"(?: kembali)? (?:permohonan|permintaan|pengajuan|request)|(?:di|meng)urungkan|"
    r"(?:sudah )?tidak (?:di)?perlu(?:kan)? lagi|sudah tidak (?:di)?perlu(?:kan)?|"
    r"no longer (?:need(?:ed)?|necessary|required|wanted)|not (?:needed|necessary|required) (?:any ?more|after all)|"
    r"(?:do not|don t|won t|will not) need (?:it|this|that|the [a-z]+)(?: [a-z]+)? (?:any ?more|after all)|"
    r"scratch (?:that|this)|call (?:it|this|that) off|"
    r"(?:cancel|withdraw|retract)(?:ing)? (?:my |the |this |our |that )?(?:request|application|ticket))\b"
)
# What the mail asks after taking something back ("tidak jadi ganti nama, tapi tolong SKS ...", "what we do need is
# ..."): only a part was let go.
_ASKS_AFTER = re.compile(
    r"\b(?:mohon|tolong|please|kindly|could you|can you|would you|minta|what (?:we|i) (?:do |still )?need|"
    r"yang (?:perlu|masih perlu) (?:di)?[a-z]+)\b"
)


def _withdrawn(text: str) -> str | None:
    for found in _WITHDRAWN.finditer(text):
        if not _ASKS_AFTER.search(text, found.end()):
            return found.group(0)
    return None


# A change weighed for a later term or asked only "if possible", whose decision or value the writer will bring later
# ("masih saya bicarakan dengan Kajur", "I still need to run it past the committee", "nnt kukabarin", "setelah ada
# keputusan"): nothing is asked now, however its sentence is worded. A change asked now from next term on, already
# approved, has no such words.
_LATER_OR_IF = re.compile(
    r"\b(?:(?:semester|tahun|tahun ajaran|tahun akademik|sem) depan|semester (?:ganjil|genap) (?:mendatang|depan)|"
    r"next (?:term|semester|sem|year|academic year)|(?:from|starting) next|coming (?:term|semester|year)|"
    r"kalau (?:bisa|memungkinkan)|jika (?:bisa|memungkinkan)|bila memungkinkan|if possible|"
    r"(?:it )?would be (?:good|nice|great) if)\b"
)
_DECISION_TO_COME = re.compile(
    r"\b(?:(?:masih|still|perlu|need to|harus|have to|must)(?: [a-z]+){0,2}? (?:saya |kami |i |we )?"
    r"(?:diskusikan|bicarakan|rapatkan|konsultasikan|bahas|dibahas|dibicarakan|didiskusikan|run it past|discuss|"
    r"check with|consult|talk (?:to|with))|"
    r"(?:nanti|baru|later|akan|will|ll|i ll|we ll) (?:saya |kami |i |we )?(?:kabari|kabarkan|kabarin|kukabarin|"
    r"kukabari|informasikan|menghubungi kembali|hubungi kembali|confirm|come back to you|get back to you|"
    r"let you know)|setelah ada keputusan|once (?:it is|it s|we have|we ve) (?:settled|decided|confirmed|agreed)|"
    r"belum (?:pasti|fix|final|diputuskan|ada keputusan))\b"
)


def _decision_to_come(text: str) -> str | None:
    later = _LATER_OR_IF.search(text)
    coming = _DECISION_TO_COME.search(text) if later else None
    return f"{later.group(0)} ... {coming.group(0)}" if later and coming else None


# A form, template or procedure named by the work it serves ("template surat permohonan perubahan data MK", "an
# official form for requesting course name changes", "SOP pemasangan pengumuman"): the document is asked for, the
# change or the post is its topic. A form sent filled in, or beside a change stated with its value, asks the change.
_DOCUMENT_FOR = re.compile(
    r"\b(?:formulir|form|template|templat|format|blanko|blangko|contoh surat|surat permohonan|sop|prosedur|"
    r"procedure|panduan|pedoman|guideline)(?: [a-z]+){0,3}? (?:untuk |for |of |bagi )?"
    r"(?:(?:request(?:ing)?|permohonan|pengajuan|mengajukan|submitting|the|a|course|data)(?: |$)){0,3}"
    r"(?:[a-z]+ ){0,2}?(?:perubahan|penggantian|pergantian|ganti|ubah|changes?|changing|rename|renaming|"
    r"pemasangan|pengumuman|announcements?|posting)\b"
)
# A form sent filled in, by its writer or relayed by the form's system ("Respons baru pada formulir ...").
_SENT_FILLED = re.compile(
    r"\b(?:berikut|terlampir|saya lampirkan|kami lampirkan|attached|enclosed|sudah (?:saya |kami )?(?:isi|diisi)|"
    r"(?:sudah|telah) ditandatangani|filled (?:in|out)|signed|respons|response|submission|nilai baru|new value|"
    r"(?:pada|melalui|lewat|via|from|through) (?:the )?(?:formulir|form)\b)"
)


def _document_for(text: str) -> str | None:
    found = _DOCUMENT_FOR.search(text)
    if found is None or _SENT_FILLED.search(text) or states_a_change(text):
        return None
    return found.group(0)


# A complaint or a wish told for the record, nothing asked to be fixed ("sekadar menyampaikan keluhan", "semoga ke
# depan lebih baik", "just a suggestion", "no problem if it is not possible"): the fault it tells is its topic.
_FOR_THE_RECORD = re.compile(
    r"\b(?:(?:sekadar|sekedar|hanya|cuma|just|only)(?: ingin| mau| want(?:ed)? to)? (?:menyampaikan|sampaikan|"
    r"memberi|share|sharing|voice|a|my|some)? ?(?:keluhan|komplain|complaint|feedback|masukan|saran|suggestion|"
    r"uneg-uneg)|semoga (?:ke depan|kedepan|ke depannya)(?: [a-z]+){0,2}? lebih baik|"
    r"hope (?:it|things|this) (?:will |can )?(?:improve|get better)|no problem if (?:it is|it s) not possible)\b"
)
_ASKS_A_FIX = re.compile(
    r"\b(?:mohon|tolong|please|minta|could you|can you|would you|kindly|dibantu|bantuannya|help|dicek|check)\b"
)


def _for_the_record(text: str) -> str | None:
    found = _FOR_THE_RECORD.search(text)
    return found.group(0) if found and not _ASKS_A_FIX.search(text) else None


# The writer's own account data corrected ("nama saya di akun e-learning tertulis X, seharusnya Y", "my name in my
# profile is misspelled"): their profile, not a course's field. Their name as a course's lecturer is that course's.
_OWN_ACCOUNT = re.compile(
    r"\b(?:(?:nama|email|e-mail|nim|nip|foto|username)(?: lengkap)? (?:saya|ku|aku)(?: [a-z0-9-]+){0,2}? "
    r"(?:di |pada |dalam )?(?:akun|profil)|my (?:full )?(?:name|email|e-mail|photo|student id|username)"
    r"(?: [a-z]+){0,2}? (?:on|in) my (?:account|profile))\b"
)
_CORRECTED = re.compile(
    r"\b(?:salah|keliru|typo|seharusnya|harusnya|yang benar|should (?:be|read)|misspel\w*|wrong|incorrect)\b"
)
_TEACHING = re.compile(r"\b(?:pengampu\w*|pengajar|lecturer|teacher|coordinator|koordinator)\b")


def _own_account(text: str) -> str | None:
    found = _OWN_ACCOUNT.search(text)
    return found.group(0) if found and _CORRECTED.search(text) and not _TEACHING.search(text) else None


# The campus e-mail itself in trouble ("password email kampus saya lupa", "my campus email inbox is full"): the ICT
# office's system, not e-learning, unless the mail names e-learning (a login to Moodle with the campus address).
_CAMPUS_MAIL = re.compile(
    r"\b(?:(?:password|kata sandi|akun|login|inbox|mailbox|kuota|quota)(?: [a-z]+){0,2}? (?:e-?mail|surel) "
    r"(?:kampus|campus|polibatam|institusi|dinas)|(?:e-?mail|surel) (?:kampus|campus|polibatam|dinas)(?: saya| my)? "
    r"(?:tidak bisa|tidak dapat|error|penuh|full|lupa|locked|terkunci|diblokir|blocked))\b|"
    r"\bmy (?:campus|university|polibatam|work) e-?mail(?: [a-z]+){0,3}? (?:password|inbox|account|is full|locked)\b"
)
_ELEARNING = re.compile(r"\b(?:e-learning|moodle|lms|course|courses|kuis|quiz)\b")


def _campus_mail(text: str) -> str | None:
    found = _CAMPUS_MAIL.search(text)
    return found.group(0) if found and not _ELEARNING.search(text) else None


PURPOSES: tuple[Purpose, ...] = (
    Purpose("the request withdrawn", _OT, 4.0, frozenset({_CD, _AN, _DR, _ES}), _withdrawn),
    Purpose("a change weighed for later, its decision to come", _OT, 3.5, frozenset({_CD, _AN}), _decision_to_come),
    Purpose("a document named by the work it serves", _DR, 2.5, frozenset({_CD, _AN}), _document_for),
    Purpose("a complaint or a wish told for the record", _OT, 3.0, frozenset({_ES}), _for_the_record),
    Purpose("the writer's own account data corrected", _ES, 3.0, frozenset({_CD}), _own_account),
    Purpose("the campus e-mail, another office's system", _OT, 3.0, frozenset({_ES}), _campus_mail),
)

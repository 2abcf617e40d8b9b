"""Readings of what a whole mail is for (a request withdrawn, a decision still to come, a document named by its work).

Each is a named object returning the words that show it, beside the keyword rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from daemon.classify.change_words import CORRECTION
from daemon.classify.chasing import chases_the_helpdesk
from daemon.classify.intent import states_a_change
from daemon.classify.keyword_rule import ABLE, CHANGE, NOT
from daemon.classify.model import RequestType
from daemon.classify.own_grade import asks_for_own_grade

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
WITHDRAWN = re.compile(
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
    r"yang (?:perlu|masih perlu) (?:di)?[a-z]+|"
    # or says the value it meant instead: "scratch that, make it X", "eh batal saja, yang benar X"
    r"make (?:it|that)|should be|yang benar|harusnya|seharusnya|maksud (?:saya|nya)|i meant)\b"
)


def _withdrawn(text: str) -> str | None:
    for found in WITHDRAWN.finditer(text):
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
    r"(?:pada|melalui|lewat|via|from|through) (?:the )?(?:formulir|form)|"
    # the writer sending it ("bersama ini kami kirimkan form ...", "I'm sending the change form"); "mohon kirimkan
    # form" asks for one
    r"(?:saya|kami|sy|aku|tak|i|i m|we|we re) (?:kirim|kirimkan|mengirim|mengirimkan|teruskan|meneruskan|send|"
    r"sending|forward|forwarding)\b)"
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
ASKS_A_FIX = re.compile(
    r"\b(?:mohon|tolong|please|minta|could you|can you|would you|kindly|dibantu|bantuannya|help|dicek|check)\b"
)


def _for_the_record(text: str) -> str | None:
    found = _FOR_THE_RECORD.search(text)
    return found.group(0) if found and not ASKS_A_FIX.search(text) else None


# The writer's own account data corrected ("nama saya di akun e-learning tertulis X, seharusnya Y", "my name in my
# profile is misspelled"): their profile, not a course's field. Their name as a course's lecturer is that course's.
_OWN_ACCOUNT = re.compile(
    r"\b(?:(?:nama|email|e-mail|nim|nip|foto|username)(?: lengkap)? (?:saya|ku|aku)(?: [a-z0-9-]+){0,2}? "
    r"(?:di |pada |dalam )?(?:akun|profil)|my (?:full )?(?:name|email|e-mail|photo|student id|username)"
    r"(?: [a-z]+){0,2}? (?:on|in) my (?:account|profile))\b"
)
_CORRECTED = re.compile(rf"\b(?:salah|keliru|typo|{CORRECTION}|misspel\w*|wrong|incorrect)\b")
_TEACHING = re.compile(r"\b(?:pengampu\w*|pengajar|lecturer|teacher|coordinator|koordinator)\b")


def _own_account(text: str) -> str | None:
    found = _OWN_ACCOUNT.search(text)
    return found.group(0) if found and _CORRECTED.search(text) and not _TEACHING.search(text) else None


# Another office's system in trouble ("tidak bisa login ke sistem informasi akademik", "my laptop won't connect to
# eduroam", "email kampus (Outlook 365) diblokir", "gagal unggah ke repository perpustakaan", "portal pendaftaran PMB"):
# the ICT office's, the library's or the academic office's, told in the words of e-learning's support, unless the mail
# names e-learning other than as what works ("akun e-learning aman kok").
_OTHER_SYSTEM = re.compile(
    r"\b(?:sistem informasi (?:akademik|kepegawaian|keuangan|perpustakaan)|siakad|simpeg|"
    r"portal (?:akademik|mahasiswa|siakad|pendaftaran|pmb|penerimaan)|pmb|penerimaan mahasiswa baru|"
    r"(?:student|academic|admissions?|application|applicant) portal|eduroam|wi-?fi|hotspot|vpn|"
    r"(?:jaringan|koneksi) (?:internet|kampus|wifi|wi-fi)|internet (?:kampus|di kampus|di gedung|di lab)|"
    r"campus (?:network|internet|wi-?fi)|(?:e-?mail|surel) (?:kampus|campus|polibatam|institusi|dinas)|"
    r"(?:campus|university|polibatam|work) e-?mail|(?:office|outlook|microsoft) 365|webmail|"
    r"repositor(?:y|i)(?: perpustakaan| kampus| institusi)?|(?:akun|sistem|website|situs|portal|katalog) perpustakaan|"
    r"library (?:account|system|website|portal|catalog(?:ue)?|login)|e-?journals?|"
    # "sister" and "sinta" are names too: only the system a writer logs in to or puts data in
    r"(?:di|ke|in|on|into|to|data|akun|aplikasi|account|login|portal) (?:sister|sinta)|pddikti|e-?office|"
    # the campus account's cloud storage, and the fee payment channels of the finance office
    r"google (?:drive|workspace)|onedrive|virtual account|va (?:pembayaran|ukt|bank)|m-?banking|mobile banking|"
    r"internet banking|pembayaran (?:ukt|spp|semester|kuliah)|payment (?:portal|system|page)|"
    # the office's own devices, kept by the ICT office or the general services
    r"(?:laptop|komputer|pc) (?:kantor|inventaris|dinas)|office (?:laptop|computer|pc))\b"
)
TROUBLE = re.compile(
    r"\b(?:tidak (?:bisa|dapat|mau|muncul|ditemukan|terhubung|tersambung|masuk)|gagal|error|diblokir|terblokir|"
    r"blocked|locked|terkunci|lupa|forgot|cannot|can t|won t|unable|not (?:found|working|connect\w*)|kosong|empty|"
    r"putus|drops?|lambat|lemot|slow|penuh|is full|bermasalah|problem|issue)\b"
)
ELEARNING_NAMED = re.compile(
    r"\b(?:e-learning|elearning|moodle|lms|course|courses|kursus|kuis|quiz|dashboard|dasbor|enrol\w*|participants?|"
    r"learning portal|forum|assignments?|gradebook|kelas online|tugas(?! akhir))\b"
)
# E-learning said to work beside the other system's trouble: "akun e-learning aku aman kok", "Moodle works fine".
_WORKS = r"(?: [a-z]+){0,2}? (?:aman|normal|lancar|baik-baik saja|bisa|works|is fine|is working|fine|ok|oke)\b"
_ELEARNING_FINE = re.compile(r"\b(?:e-learning|elearning|moodle|lms)" + _WORKS)
# E-learning named only as what the other thing keeps the writer from: "layarnya mati, jadi tidak bisa dipakai buka
# e-learning", "the VPN drops, so I cannot reach Moodle".
_ELEARNING_KEPT_FROM = re.compile(
    r"\b(?:jadi|sehingga|makanya|akibatnya|so|hence)(?: [a-z0-9-]+){0,2}? (?:(?:" + NOT + r"|gak|ga) (?:" + ABLE + r")|"
    r"can t|cannot|unable to|couldn t|could not)(?: [a-z0-9-]+){0,3}? (?:e-learning|elearning|moodle|lms)\b"
)


@cache
def _fine(system: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(system.pattern + _WORKS)


def _another_system(text: str) -> str | None:
    # the other system said to work is the writer's contrast: "padahal wifi kampus lancar", "campus mail works fine"
    found = _OTHER_SYSTEM.search(_fine(_OTHER_SYSTEM).sub(" ", text))
    others = _ELEARNING_KEPT_FROM.sub(" ", _ELEARNING_FINE.sub(" ", text))
    if found is None or not TROUBLE.search(text) or ELEARNING_NAMED.search(others):
        return None
    return found.group(0)


# The writer uses no e-learning of their own: a student's parent or guardian, an applicant, a graduate ("saya orang
# tua dari ...", "ibu dari ... mahasiswa", "nilai anak saya", "calon mahasiswa baru", "I graduated in 2022"). What
# they ask about a student's results, admission or old courses is the academic office's to answer.
_NO_USER = re.compile(
    r"\b(?:(?:saya|kami|aku)(?: adalah| ini)? (?:orang ?tua|ortu|ibu|ayah|ibunda|ayahanda)(?: kandung)? "
    r"(?:dari|mahasiswa|mhs|mahasiswi)|(?:orang ?tua|ortu|(?<!dosen )wali) (?:dari |mahasiswa|mhs|mahasiswi)|"
    # a parent's child studies here ("anak saya kuliah di prodi ..."); "anak saya sakit" is any writer's life
    r"(?<!-)anak (?:saya|kami)(?: yang)? (?:kuliah|mahasiswa|mhs|mahasiswi|di prodi|di jurusan|semester|angkatan|"
    r"bernama)|(?:nilai|ipk|khs|krs|ukt|akun|absen|absensi|jadwal|kehadiran) anak (?:saya|kami)|"
    r"(?:i am|i m|as) (?:the |a )?(?:parent|mother|father|guardian) of|(?:my|our) (?:son|daughter)\b|"
    r"(?:saya|aku|kami)(?: adalah| ini)? (?:seorang )?calon mahasiswa|(?:i am|i m) (?:a |an )?(?:prospective student|"
    r"applicant)|(?:saya|aku) (?:seorang |adalah )?(?:alumni|alumnus|alumna|lulusan)|i (?:am an? )?(?:alumn(?:us|a|i)|"
    r"graduated))\b"
)


def _no_user(text: str) -> str | None:
    found = _NO_USER.search(text)
    return found.group(0) if found else None


# A question put before any request is made ("saya mau bertanya dulu sebelum mengajukan apa-apa", "before we submit a
# request: ..."): how e-learning would take a change, not the change; its fields are its topic ("sudah bertanya dulu
# ke prodi sebelum mengajukan ini" asked elsewhere first).
_ASKED_FIRST = re.compile(
    r"\b(?<!sudah )(?<!telah )(?:(?:mau|ingin|hendak|izin|ijin) )?(?:bertanya|tanya|menanyakan|nanya) "
    r"(?:dulu|terlebih dahulu|lebih dulu) sebelum (?:mengajukan|ajukan|meminta|minta|mengirim)|"
    r"\bbefore (?:we|i) (?:submit|send|make|file|put in) (?:a |an |any |the )?(?:formal |official )?"
    r"(?:request|anything|application)\b"
)


def _asked_first(text: str) -> str | None:
    found = _ASKED_FIRST.search(text)
    return found.group(0) if found else None


PURPOSES: tuple[Purpose, ...] = (
    Purpose("the request withdrawn", _OT, 4.0, frozenset({_CD, _AN, _DR, _ES}), _withdrawn),
    Purpose("a change weighed for later, its decision to come", _OT, 3.5, frozenset({_CD, _AN}), _decision_to_come),
    Purpose("a document named by the work it serves", _DR, 2.5, frozenset({_CD, _AN}), _document_for),
    Purpose("a complaint or a wish told for the record", _OT, 3.0, frozenset({_ES}), _for_the_record),
    Purpose("the writer's own account data corrected", _ES, 3.0, frozenset({_CD}), _own_account),
    Purpose("another office's system in trouble", _OT, 3.0, frozenset({_ES}), _another_system),
    # (above a how-to question, 3.0, by more than the learned model's tie-break: "saya calon mahasiswa baru, bagaimana
    # cara masuk ke e-learning?" is the admissions office's to answer)
    Purpose("a writer with no e-learning of their own", _OT, 5.0, frozenset({_ES}), _no_user),
    Purpose("the helpdesk chased about an earlier mail", _OT, 3.5, frozenset({_CD, _AN, _DR}), chases_the_helpdesk),
    Purpose("a better mark asked for oneself", _OT, 4.0, frozenset({_CD, _ES}), asks_for_own_grade),
    Purpose("a question asked before any request", _ES, 3.0, frozenset({_CD, _AN}), _asked_first),
)

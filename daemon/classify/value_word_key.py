"""An enrolment key that is a plain word ("samudra", "konsensus"), claimed only where the writer set it apart."""

from __future__ import annotations

import re

from daemon.classify.change_words import CHANGE_VERB
from daemon.classify.value_basics import FILLER_WORDS, quoted_value, skip_to_value

# One word of letters, capitalised or not: digits and symbols are the token reader's.
_WORD = re.compile(r"[A-Za-z][a-z]{3,29}")
# A label or an arrow sets the value apart on its own ("Enrolment key baru: torsi", "password enrol = arus").
_LABELLED = re.compile(r"(?:[:=]|->|→|=>)[ \t]*$")
# "diganti jadi X", "change it to X", "becomes X": a "to" word, with a change verb before it in its sentence.
_TO_WORD = re.compile(r"\b(?:menjadi|mnjadi|jadi|jd|mjd|to|into|becomes?|ke|with|dengan)[ \t]+$", re.IGNORECASE)
_CHANGED = re.compile(rf"\b(?:{CHANGE_VERB}|becomes?)\b", re.IGNORECASE)
_SENTENCE_START = re.compile(r"[.!?\n][^.!?\n]*$")
# The word ends its line or its sentence: "jadi: konsensus\n", "the key becomes riverbank. Cheers"; a comment in
# parentheses, words of address and a reason may follow ("jadi mangga ya min", "jadi samudra, soalnya ..."), or how
# the word is to be typed ("jadi kenanga, semua huruf kecil", "to harbour, all lower case").
_ENDS = re.compile(
    r"(?:[ \t]+\([^()\n]{1,40}\))?(?:[ \t]+(?:ya|yah|yaa|min|kak|pak|bu|dong|aja|saja|nggih|sir|please|thanks|thx|"
    r"tks|makasih|ok|oke))*[ \t]*(?:(?:[.!][ \t]*)?(?:\n|$)|[.!][ \t]+(?=[A-Z])|[,;][ \t]*(?:karena|krn|soalnya|"
    r"sebab|since|because|biar|agar|supaya|so|thanks|thank|terima|makasih|tks|thx|trims|ya|min|kak|pak|bu|"
    r"(?:semua[ \t]+|pakai[ \t]+|dengan[ \t]+)?huruf[ \t]+(?:kecil|besar)|"
    r"(?:all[ \t]+|in[ \t]+)?(?:lower|upper)[ \t-]?case|"
    r"tanpa[ \t]+(?:spasi|huruf[ \t]+besar)|no[ \t]+(?:spaces|capitals))\b)",
    re.IGNORECASE,
)
# Words that end "jadi ..." or "to ..." without being a key: what the key should be like, when, or the writer's.
NOT_A_KEY = re.compile(
    r"lama|lain|lainnya|kosong|aman|sama|beda|berbeda|acak|unik|rahasia|otomatis|default|semula|sebelumnya|dulu|"
    r"kemarin|sekarang|segera|secepatnya|besok|nanti|tadi|tersebut|berikut|apapun|bebas|terserah|bocor|salah|"
    r"rusak|hilang|berlaku|aktif|nonaktif|kadaluarsa|random|blank|empty|none|null|something|anything|nothing|"
    r"another|different|secure|unique|private|public|leaked|compromised|expired|invalid|wrong|broken|known|"
    r"again|them|this|that|what|mine|ours|yours|theirs|students|mahasiswa|admin|dosen|lecturer|password|"
    r"terima|thanks|makasih|kasih|please|mohon|tolong|segitu|begitu|gitu|begini|gini|menyusul|later|soon|"
    # "Enrolment key: terlampir", "Key: belum ada", "key: dihapus": what is said about the key in place of one.
    r"ada|tidak|belum|sudah|bisa|hapus|dihapus|hilangkan|kosongkan|nonaktifkan|disable|disabled|enabled|remove|"
    r"removed|delete|deleted|terlampir|dilampirkan|attached|below|above|diatas|dibawah|idem|same|unchanged|tetap|"
    r"sesuai|seperti|biasa|standar|standard|umum|general|nanti|dulu",
    re.IGNORECASE,
)


def _set_apart_before(text: str, start: int) -> bool:
    before = text[max(0, start - 120) : start].rstrip(" \t\n")
    if _LABELLED.search(before):
        return True
    if not _TO_WORD.search(before + " "):
        return False
    sentence = before[(m.start() + 1) if (m := _SENTENCE_START.search(before)) else 0 :]
    return bool(_CHANGED.search(sentence))


def word_key(text: str, start: int, limit: int) -> tuple[str, int] | None:
    """A plain word as the new key: in quotes or in bold, or alone after a label or a change "to" at the end of its
    line or sentence; never a word that says what the key is like or when."""
    value_start = skip_to_value(text, start, limit)
    quoted = quoted_value(text, value_start, limit)
    if quoted:
        word, end = quoted[0].strip(), quoted[1]
        found = _WORD.fullmatch(word) is not None
    else:
        match = _WORD.match(text, value_start, limit)
        if not match:
            return None
        word, end = match.group(0), match.end()
        ends = _ENDS.match(text, end)
        # A cell or a value handed over alone is the word and nothing else ("karang" under "Diubah menjadi").
        alone = start == 0 and not text[end:limit].strip(" \t.!")
        found = alone or (ends is not None and _set_apart_before(text, value_start))
    if not found or FILLER_WORDS.match(word) or NOT_A_KEY.fullmatch(word):
        return None
    return word, end

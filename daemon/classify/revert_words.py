"""The one lexicon of the words that ask for a value to be set back as it was, for each form of text it is read in."""

from __future__ import annotations

# Written for the type rules' normalised text (lower case, words of [a-z0-9-] joined by single spaces): "dikembalikan",
# "ngembaliin", "kembali ke", "dibalikin", ngapak "dibalikna", "dipulihkan", "revert", "restore", "roll back", "undo",
# "change it back", "set the course name back", "go back", "back to the original".
_FORMS = (
    r"(?:di|me|meng)?kembali(?:kan|in)|ngembaliin|kembali ke",
    r"(?:di)?balik(?:in|kan|na|ke)",
    r"(?:di)?pulihkan",
    r"revert(?:ed|ing)?",
    r"restore[d]?",
    r"rollback|roll(?:ed)? back",
    r"undo",
    # A few words may stand between the verb and "back": "change it back", "set the course name back".
    r"(?:change|set|put|turn|switch|rename)(?:d|ed|s)? (?:[a-z0-9-]+ ){0,3}?back",
    r"go back",
    r"back to (?:the |its )?(?:old|original|previous|former|earlier)",
)

# In the type rules' normalised text.
REVERT = "|".join(_FORMS)
# In raw mail text, any run of blanks between the words and any word between a verb and "back"; read with
# re.IGNORECASE.
REVERT_IN_RAW_TEXT = REVERT.replace(" ", r"\s+").replace("[a-z0-9-]", r"[\w-]")

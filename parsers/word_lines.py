"""Join the Word paragraphs that one sentence runs over, so that Outlook's HTML reads as its writer typed it."""

from __future__ import annotations

import html as entities
import re

# Outlook makes every line typed in its editor a paragraph of style MsoNormal, shown with no space between; html2text
# would part each from the next by a blank line, and a sentence wrapped by its writer (or pasted from a letter) would
# fall into pieces whose publish time sits in one and its date in the next.
_BETWEEN = re.compile(r"(?i)</p>\s*<p\b[^>]*\bclass=[\"']?MsoNormal\b[^>]*>")
_TAG = re.compile(r"<[^>]*>")
_LOOK = 300
# a line ending in a word that cannot end a sentence runs on, whatever the next one starts with
_OPEN_END = re.compile(
    r"(?i)\b(?:untuk|dan|atau|yang|di|ke|dari|pada|dengan|menjadi|jadi|oleh|bagi|agar|the|to|of|for|and|or|at|on|in|"
    r"with|as|into)$"
)


def _visible(fragment: str) -> str:
    return " ".join(entities.unescape(_TAG.sub(" ", fragment)).split())


def _runs_on(before: str, after: str, line: str) -> bool:
    if not before or not after or before[-1] in ".!?:;":
        return False
    # 'it should read "Keselamatan dan Keamanan' over 'Pelayaran".': a quote the line leaves open goes on below.
    open_quote = line.count('"') % 2 == 1 or line.count("“") > line.count("”")
    return after[0].islower() or open_quote or _OPEN_END.search(before) is not None


def joined_word_lines(html: str) -> str:
    """The HTML with each paragraph break that falls inside a sentence made a space."""
    if "msonormal" not in html.lower():
        return html
    pieces: list[str] = []
    last = 0
    for match in _BETWEEN.finditer(html):
        before = _visible(html[max(last, match.start() - _LOOK) : match.start()])
        after = _visible(html[match.end() : match.end() + _LOOK])
        opened = html.rfind("<p", max(last, match.start() - _LOOK), match.start())
        line = _visible(html[opened if opened >= 0 else max(last, match.start() - _LOOK) : match.start()])
        if _runs_on(before, after, line):
            pieces.append(html[last : match.start()])
            pieces.append(" ")
            last = match.end()
    pieces.append(html[last:])
    return "".join(pieces)

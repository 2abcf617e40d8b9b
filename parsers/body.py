"""Separate the new text of a reply from its quotes, signature and forwarded part."""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.sign_off import cut_signature
from parsers.text_form import html_to_text

_HEADER_WORDS = r"(?:from|dari|sent|dikirim|terkirim|date|tanggal|to|kepada|ke|cc|bcc|subject|subjek|perihal)"

# Each marker starts the quoted (or forwarded) part of a message.
_GMAIL_ID = re.compile(r"^[ \t]*Pada (?:tanggal )?[^\n]{0,200}?(?:\n[^\n]{0,200}?){0,2}menulis\s*:\s*$", re.M)
_GMAIL_EN = re.compile(r"^[ \t]*On [^\n]{0,200}?(?:\n[^\n]{0,200}?){0,2}wrote\s*:\s*$", re.M)
# Other clients' attribution lines: Lotus Notes ("X wrote on 03/12/2026 16:05:12:"), German and French clients
# ("Am 12.12.2026 um 10:05 schrieb X:", "Le ... a écrit :"), a bare "X wrote:"; the line names an address or a time,
# so a sentence of the request ending in "menulis:" is not taken for one.
_ATTRIBUTION = re.compile(
    r"^(?=[^\n]{0,300}?[@\d])[^\n]{0,200}?\b(?:wrote|menulis|schrieb|a\s[ée]crit|escribi[óo])\b(?:\s(?:on|pada)\b"
    r"[^\n]{0,60})?\s*:\s*$",
    re.M | re.I,
)
_ORIGINAL = re.compile(
    r"^[ \t]*-{2,}\s*(?:original message|pesan asli|pesan awal|pesan sebelumnya)\s*-{2,}\s*$", re.M | re.I
)
_FORWARD_MARK = re.compile(
    r"^[ \t]*(?:-{2,}\s*(?:forwarded message|pesan (?:yang )?diteruskan|pesan terusan)\s*-{2,}|"
    r"-{2,}\s*(?:forwarded by|diteruskan oleh)\b[^\n]{0,200}?-{2,}|"
    r"begin forwarded message:|awal pesan yang diteruskan:)\s*$",
    re.M | re.I,
)
_OUTLOOK_BLOCK = re.compile(
    r"^(?:_{10,}[ \t]*\n(?:[ \t]*\n)?)?[ \t]*\**(?:from|dari)\s*:\**[^\n]*\n(?:\s*\**"
    + _HEADER_WORDS
    + r"\s*:\**[^\n]*\n){1,6}",
    re.M | re.I,
)
_HEADER_LINE = re.compile(r"^\s*\**" + _HEADER_WORDS + r"\s*:\**.*$", re.I)
_SUBJECT_LINE = re.compile(r"^\s*\**(?:subject|subjek|perihal)\s*:\**(.*)$", re.I)


@dataclass(frozen=True)
class BodyParts:
    """new: what the sender wrote now; forwarded: the content they passed on; quoted: the rest; attached: the
    text of their document attachments, each under a line naming the file."""

    new: str
    forwarded: str
    quoted: str
    attached: str = ""

    @property
    def for_classification(self) -> str:
        return "\n\n".join(part for part in (f"{self.new}\n{self.forwarded}".strip(), self.attached) if part)


def _tidy(text: str) -> str:
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def _drop_quote_lines(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if not line.lstrip().startswith(">"))


# A mail's header block names an address or the time it was sent; a letter's own heading ("Dari : Ketua Jurusan",
# "Tanggal : 12 Oktober 2026", "Hal : ...") names neither, and what follows it is the letter, not a quoted mail.
_ADDRESS_OR_TIME = re.compile(r"@|\b\d{1,2}[:.]\d{2}\b|\b[ap]\.?m\b", re.I)


def _search(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    if pattern is not _OUTLOOK_BLOCK:
        return pattern.search(text)
    return next((block for block in pattern.finditer(text) if _ADDRESS_OR_TIME.search(block.group(0))), None)


def _first_marker(text: str, patterns: tuple[re.Pattern[str], ...]) -> re.Match[str] | None:
    found = [match for pattern in patterns if (match := _search(pattern, text))]
    return min(found, key=lambda match: match.start()) if found else None


# A chain forwarded several times (a secretary passing on what the head of department passed on) is read down to
# the first level that says more than a one-line note; a few levels at most, so hostile nesting stays cheap.
MAX_FORWARD_LEVELS = 5
_PASSED_ON = (_FORWARD_MARK, _ORIGINAL, _OUTLOOK_BLOCK)


def _forwarded_content(block: str, level: int = 1, subject: str = "") -> str:
    """The forwarded message's subject and text, without its other header lines, quotes and signature (the
    subject of the passed-on request often says what it is about; the forwarder's own says "mohon bantuannya").

    A passed-on message that is only a note ("Setuju, silakan diteruskan") above a quoted reply passes that reply
    on: the request is the quote. A message quoted whole with "> " (Apple Mail on a phone) is read unquoted."""
    written = [line for line in block.split("\n") if line.strip()]
    if written and all(line.lstrip().startswith(">") for line in written):
        block = _unquote(block)
    lines = block.split("\n")
    start = 0
    while start < len(lines) and (
        _HEADER_LINE.match(lines[start]) or not lines[start].strip() or set(lines[start].strip()) <= {"_", "-"}
    ):
        if found := _SUBJECT_LINE.match(lines[start]):
            subject = found.group(1).strip()
        start += 1
    body = "\n".join(lines[start:])
    # Its header lines plain and its text quoted whole under them ("Subject: ...\n\n> BATAS AKHIR KRS"): the text.
    if (body_lines := [line for line in body.split("\n") if line.strip()]) and all(
        line.lstrip().startswith(">") for line in body_lines
    ):
        body = _unquote(body)
    nested = _first_marker(body, (_GMAIL_ID, _GMAIL_EN, _ATTRIBUTION, *_PASSED_ON))
    if nested:
        note = _tidy(cut_signature(_drop_quote_lines(body[: nested.start()])))
        if _is_one_liner(note) and level < MAX_FORWARD_LEVELS:
            if nested.re in _PASSED_ON:
                deeper = body[nested.end() :] if nested.re is not _OUTLOOK_BLOCK else body[nested.start() :]
                return _forwarded_content(deeper, level + 1, subject)
            if quoted := _unquote(body[nested.end() :]).strip():
                return _forwarded_content(quoted, level + 1, subject)
        body = body[: nested.start()]
    return _tidy(f"{subject}\n\n{_drop_quote_lines(cut_signature(body))}")


def passed_on_message(subject: str, text: str) -> str:
    """A message passed on whole (a message/rfc822 part), read as an inline forward is: its subject and text without
    quotes and signature; a one-line note ("Setuju, silakan diteruskan") above a quote passes the quote on."""
    return _forwarded_content(text.replace("\r\n", "\n").replace("\r", "\n"), subject=subject)


def _is_one_liner(new: str) -> bool:
    """A note like "mohon bantuannya" above a passed-on message: the message below is the request."""
    return len(new) <= 160 and len([line for line in new.split("\n") if line.strip()]) <= 2


_INTRODUCTION = re.compile(
    r"(?i)\b(?:berikut|sebagai berikut|sbb|di ?bawah(?: ini)?|following|below|as follows)\b|:[ \t]*\n?[ \t\n]*$"
)


def _introduced_quote(text: str) -> str:
    """A new message that introduces a quote ("please post the following:", "pengumuman berikut") sets off the
    writer's own material with "> " marks (or a plain blockquote): that is the request's text, marks removed."""
    first = re.search(r"(?m)^[ \t]*>", text)
    head = text[: first.start()] if first else ""
    if not head.strip() or not _INTRODUCTION.search(head):
        return text
    return head + re.sub(r"(?m)^[ \t]*> ?", "", text[first.start() :] if first else "")


def _unquote(text: str) -> str:
    return "\n".join(re.sub(r"^\s*> ?", "", line) for line in text.split("\n") if line.lstrip().startswith(">"))


def _below_quote(after: str) -> str:
    """Text written under or between the quoted lines (bottom-posting, Thunderbird's default).

    Only when the attribution is followed by '>' lines: some clients quote without them, and then everything
    below the attribution is the old message."""
    attribution = _first_marker(after, (_GMAIL_ID, _GMAIL_EN, _ATTRIBUTION))
    if attribution is not None and not after[: attribution.start()].strip():
        after = after[attribution.end() :]
    first = next((line for line in after.split("\n") if line.strip()), "")
    if not first.lstrip().startswith(">"):
        return ""
    later = _first_marker(after, (_ORIGINAL, _OUTLOOK_BLOCK, _FORWARD_MARK))
    if later is not None:
        after = after[: later.start()]
    return _tidy(cut_signature(_drop_quote_lines(after)))


def answered_between_quotes(text: str) -> bool:
    """Whether the writer answered between the quoted lines: a line of their own with quoted lines above and below."""
    marks = "".join(">" if line.lstrip().startswith(">") else "a" for line in text.split("\n") if line.strip())
    return re.search(r">a+>", marks) is not None


# A client's rule ("-----Original Message-----", "-------- Pesan asli --------") or attribution ("On ... wrote:").
_RULE_OR_ATTRIBUTION = re.compile(r"(?i)^\s*(?:[-_=]{4,}.*|.*\b(?:wrote|menulis|schrieb)\s*:)\s*$")
_SENDER_LINE = re.compile(r"(?i)^\s*\**(?:from|dari)\s*:")


def opens_earlier_message(line: str) -> bool:
    """A client's rule ("-----Original Message-----") or attribution ("On ... wrote:") above a quoted message."""
    return bool(_RULE_OR_ATTRIBUTION.match(line))


def _quoted_groups(context: str) -> list[list[str]]:
    """The quoted thread's lines without the quote marks, the clients' rules and the header blocks, one group per
    earlier message."""
    groups: list[list[str]] = [[]]
    in_header = False
    for line in (re.sub(r"^(?:\s*>)+ ?", "", line) for line in context.split("\n")):
        # a header block opens with its sender ("From:", "Dari:") and ends at the first line that is no field (an
        # HTML client puts a blank line under each)
        in_header = bool(_SENDER_LINE.match(line)) or (
            in_header and (not line.strip() or bool(_HEADER_LINE.match(line)))
        )
        if not in_header and not _RULE_OR_ATTRIBUTION.match(line):
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return groups


def thread_text(context: str) -> str:
    """The quoted thread's own words, without the quote marks, the clients' rules and the header blocks: the earlier
    request as it was written ("> " lines, or under "-----Original Message-----"), and answers written between the
    quoted questions."""
    return "\n".join(line for group in _quoted_groups(context) for line in group)


def quoted_messages(context: str) -> tuple[str, ...]:
    """The quoted thread's earlier messages, nearest first, each as its own words."""
    return tuple(text for group in _quoted_groups(context) if (text := "\n".join(group).strip()))


def split_body(text: str, *, is_forward: bool = False, is_reply: bool = False) -> BodyParts:
    """Split a plain-text body; a forward keeps the forwarded message as content.

    A message that is not a reply, with a one-line note above an "Original Message" block or a quote, passes
    that message on even without "Fwd:" in its subject."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    forward = _FORWARD_MARK.search(text)
    reply_markers = (_GMAIL_ID, _GMAIL_EN, _ATTRIBUTION, _ORIGINAL, _OUTLOOK_BLOCK)
    marker = _first_marker(text, reply_markers)
    if forward and (marker is None or forward.start() <= marker.start()):
        head, rest = text[: forward.start()], text[forward.end() :]
        return BodyParts(_tidy(cut_signature(_drop_quote_lines(head))), _forwarded_content(rest), "")
    if marker is None:
        own = text if is_reply or is_forward else _introduced_quote(text)
        return BodyParts(_tidy(cut_signature(_drop_quote_lines(own))), "", "")
    head, rest = text[: marker.start()], text[marker.start() :]
    new = _tidy(cut_signature(_drop_quote_lines(head)))
    passed_on = is_forward or (not is_reply and _is_one_liner(new))
    if passed_on and marker.re in (_OUTLOOK_BLOCK, _ORIGINAL):
        return BodyParts(new, _forwarded_content(text[marker.end() :] if marker.re is _ORIGINAL else rest), "")
    # Text under the quote counts when nothing was written above it, or only a lead-in ("jawaban saya di sela-sela")
    # above answers written between the quoted lines: a top-posted reply's tail is old.
    after = text[marker.end() :]
    below = _below_quote(after) if not new or (_is_one_liner(new) and answered_between_quotes(after)) else ""
    if passed_on and not below:
        return BodyParts(new, _forwarded_content(_unquote(text[marker.end() :])), "")
    return BodyParts(_tidy(f"{new}\n\n{below}"), "", _tidy(rest))


# Where HTML clients start the quoted message: Gmail, Thunderbird/Apple (cite), Outlook, Yahoo, Zimbra.
_HTML_QUOTE_START = re.compile(
    r"<div[^>]*class=[\"'][^\"']*gmail_quote|<blockquote[^>]*type=[\"']?cite|<div[^>]*id=[\"']?divRplyFwdMsg|"
    r"<div[^>]*id=[\"']?appendonsend|<hr[^>]*id=[\"']?stopSpelling|<div[^>]*class=[\"'][^\"']*yahoo_quoted|"
    r"<div[^>]*data-marker=[\"']__QUOTED_TEXT__|<blockquote[^>]*class=[\"'][^\"']*gmail_quote",
    re.IGNORECASE,
)


def split_html(html: str, *, is_forward: bool = False, is_reply: bool = False) -> BodyParts:
    """Split an HTML-only body: quote containers are cut before converting to text; text written below a
    blockquote (Thunderbird, Gmail) is kept."""
    marker = _HTML_QUOTE_START.search(html)
    if marker is None or is_forward:
        return split_body(html_to_text(html), is_forward=is_forward, is_reply=is_reply)
    new = split_body(html_to_text(html[: marker.start()]), is_reply=True).new
    quoted_with_marks = "blockquote" in marker.group(0).lower() or "gmail_quote" in marker.group(0).lower()
    if not quoted_with_marks and not is_reply and _is_one_liner(new):
        # A note above a message in an Outlook or Yahoo header block, under a subject without "FW:": the message
        # is passed on, read from its header block as in plain text.
        passed_on = split_body(html_to_text(html))
        if passed_on.forwarded:
            return passed_on
    rest = html_to_text(html[marker.start() :])
    answered_between = _is_one_liner(new) and answered_between_quotes(rest)
    below = _below_quote(rest) if quoted_with_marks and (not new or answered_between) else ""
    return BodyParts(_tidy(f"{new}\n\n{below}"), "", _tidy(rest))

"""Read a parsed message the way the classifier needs it: new, forwarded and attached text, prefix-free subject."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.memory import NO_EXAMPLES, ExampleMemory
from daemon.classify.model import Classification
from parsers.attachments import read_attachments
from parsers.body import BodyParts, split_body, split_html
from parsers.chat_lines import without_chat_stamps
from parsers.message import ParsedMessage
from parsers.subject import clean_subject, is_forward, strip_prefixes


def is_reply(message: ParsedMessage) -> bool:
    return strip_prefixes(message.subject) != message.subject.strip() and not is_forward(message.subject)


def body_parts(message: ParsedMessage) -> BodyParts:
    forward, reply = is_forward(message.subject), is_reply(message)
    parts = (
        split_html(message.html, is_forward=forward, is_reply=reply)
        if message.text_from_html
        else split_body(message.text, is_forward=forward, is_reply=reply)
    )
    if message.forwarded_text and not parts.forwarded:
        return BodyParts(parts.new, message.forwarded_text, parts.quoted)
    return parts


def with_attachments(parts: BodyParts, message: ParsedMessage) -> BodyParts:
    """The parts with each document attachment's text under a line naming the file (read within the limits)."""
    reads = read_attachments(message.attachments)
    # A text part some clients name and also show inline is the body already: not read twice.
    body = " ".join(message.text.split())
    attached = "\n\n".join(
        f"[attachment: {read.filename}]\n{read.text}"
        for read in reads
        if read.text and " ".join(read.text.split()) not in body
    )
    return replace(parts, attached=attached)


# What the rules read of a mail: a request is a few thousand characters, and they take about a second per 40 000, so
# a pasted log or a hostile megabyte of text would hold intake for minutes.
MAX_TEXT_CHARS = 30_000


def classify_message(
    message: ParsedMessage, tag: str, received_at: datetime, examples: ExampleMemory = NO_EXAMPLES
) -> tuple[Classification, BodyParts]:
    """The classification, and the parts it read (attachments included: they are the request's text too)."""
    parts = with_attachments(body_parts(message), message)
    subject = clean_subject(message.subject, tag)
    reference = message.date or received_at
    # A mail whose body says nothing (empty, or only "Dikirim dari iPhone saya") asks in its subject: that is its text;
    # a reply's subject is the earlier mail's.
    text = (parts.for_classification or ("" if is_reply(message) else subject))[:MAX_TEXT_CHARS]
    # A chat pasted in (or attached as an export) asks in its messages: their stamps are not moments asked for and
    # their senders' names are not values.
    text = without_chat_stamps(text)
    request = ClassifierInput(subject, text, reference, is_reply(message), parts.quoted, examples)
    return classify(request), parts

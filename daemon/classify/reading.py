"""Read a parsed message the way the classifier needs it: new or forwarded text, attachments, prefix-free subject."""

from __future__ import annotations

from datetime import datetime

from daemon.classify.classifier import ClassifierInput, classify
from daemon.classify.memory import NO_EXAMPLES, ExampleMemory
from daemon.classify.model import Classification
from parsers.attachments import read_attachments
from parsers.body import BodyParts, split_body, split_html
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


def request_text(message: ParsedMessage, parts: BodyParts) -> str:
    """The new and forwarded text, then each document attachment's text under a line naming the file."""
    pieces = [parts.for_classification]
    pieces.extend(
        f"[attachment: {read.filename}]\n{read.text}" for read in read_attachments(message.attachments) if read.text
    )
    return "\n\n".join(piece for piece in pieces if piece.strip())


def classify_message(
    message: ParsedMessage, tag: str, received_at: datetime, examples: ExampleMemory = NO_EXAMPLES
) -> tuple[Classification, BodyParts]:
    parts = body_parts(message)
    subject = clean_subject(message.subject, tag)
    reference = message.date or received_at
    text = request_text(message, parts)
    request = ClassifierInput(subject, text, reference, is_reply(message), parts.quoted, examples)
    return classify(request), parts

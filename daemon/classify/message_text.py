"""Read a parsed message the way the classifier needs it: new or forwarded text, prefix-free subject."""

from __future__ import annotations

from datetime import datetime

from daemon.classify.classifier import ClassifierInput, classify
from daemon.classify.memory import NO_EXAMPLES, ExampleMemory
from daemon.classify.model import Classification
from parsers.body import BodyParts, split_body, split_html
from parsers.message import ParsedMessage
from parsers.subject import clean_subject, is_forward, strip_prefixes


def body_parts(message: ParsedMessage) -> BodyParts:
    forward = is_forward(message.subject)
    parts = (
        split_html(message.html, is_forward=forward)
        if message.text_from_html
        else split_body(message.text, is_forward=forward)
    )
    if message.forwarded_text and not parts.forwarded:
        return BodyParts(parts.new, message.forwarded_text, parts.quoted)
    return parts


def classify_message(
    message: ParsedMessage, tag: str, received_at: datetime, examples: ExampleMemory = NO_EXAMPLES
) -> tuple[Classification, BodyParts]:
    parts = body_parts(message)
    subject = clean_subject(message.subject, tag)
    is_reply = strip_prefixes(message.subject) != message.subject.strip() and not is_forward(message.subject)
    reference = message.date or received_at
    request = ClassifierInput(subject, parts.for_classification, reference, is_reply, parts.quoted, examples)
    return classify(request), parts

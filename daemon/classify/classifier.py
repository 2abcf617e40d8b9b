"""Combine the keyword rules' votes into one classification with confidence and reasons."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from daemon.classify.model import Classification, RequestFields, RequestType
from daemon.classify.rules import RULES, normalise

SUBJECT_WEIGHT = 1.5
MIN_SCORE = 2.5


@dataclass(frozen=True)
class ClassifierInput:
    """The parts of a message the classifier reads: subject and the sender's new text only."""

    subject: str
    text: str


def score(request: ClassifierInput) -> tuple[dict[RequestType, float], dict[RequestType, list[str]]]:
    subject = normalise(request.subject)
    body = normalise(request.text)
    scores: dict[RequestType, float] = defaultdict(float)
    reasons: dict[RequestType, list[str]] = defaultdict(list)
    for rule in RULES:
        in_subject = rule.reason(subject)
        in_body = rule.reason(body)
        if in_subject:
            scores[rule.votes_for] += rule.weight * SUBJECT_WEIGHT
            reasons[rule.votes_for].append(f"subject: {in_subject}")
        if in_body:
            scores[rule.votes_for] += rule.weight
            reasons[rule.votes_for].append(f"text: {in_body}")
    return dict(scores), dict(reasons)


def classify(request: ClassifierInput, threshold: float = 0.45) -> Classification:
    """The best-supported type; `other` flagged for triage when the support is weak."""
    scores, reasons = score(request)
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    if not ranked or ranked[0][1] < MIN_SCORE:
        return Classification(RequestType.OTHER, 0.0, ("no rule matched strongly",), RequestFields(), True)
    best_type, best = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    confidence = round(best / (best + second + 1.0), 3)
    chosen_reasons = tuple(reasons.get(best_type, ()))
    if confidence < threshold and best_type is not RequestType.OTHER:
        return Classification(
            RequestType.OTHER,
            confidence,
            (f"unsure between {best_type.value} and {ranked[1][0].value}", *chosen_reasons),
            RequestFields(),
            True,
        )
    return Classification(best_type, confidence, chosen_reasons, RequestFields(), False)

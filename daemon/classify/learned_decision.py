"""Decide a type by the learned model: where it is sure and the grammar read no act, or where no rule spoke."""

from __future__ import annotations

from daemon.classify.change_tagger import Reading
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.fields import extract_fields
from daemon.classify.learned import LearnedGuess
from daemon.classify.model import Classification, RequestFields, RequestType

# The learned model decides the type where it is this sure of one and the grammar read no act of the mail (a question
# how, thanks, a plan told, a fault reported, a text to publish): fitted on every labelled tuning corpus, it reads what
# a mail is about better than the keyword rules. On the seven parts opened for diagnosis in rounds 9 to 15, each with
# the rules of the day it was opened and a model fitted only on the corpora older than it, the rules alone had a mean
# type macro-F1 of 0.956 and the model deciding from 0.6 had 0.973 (0.968 from 0.5, 0.969 from 0.8; issue 17, round 16).
MODEL_DECIDES = 0.6
NOTHING_ABOUT_THE_UNIT = "nothing about e-learning, a course or a document"


def overruled(rules_choice: RequestType) -> str:
    """The reason saying which type the keyword rules had chosen where the model decided otherwise."""
    return f"over the keyword rules' choice ({rules_choice.value})"


def model_decides(
    request: ClassifierInput,
    distribution: dict[RequestType, float],
    rules_choice: RequestType,
    reasons: dict[RequestType, list[str]],
) -> Classification | None:
    """The learned model's type where it is sure of one the rules did not choose, unless it is a course change the
    grammar read no change of, or the rules chose a course change the grammar read: None where the rules decide. The
    caller asks only where the grammar read no act of the mail and no staff-taught example resembles it."""
    if not distribution:
        return None
    top = max(distribution, key=lambda kind: distribution[kind])
    if top is rules_choice or distribution[top] < MODEL_DECIDES:
        return None
    # A course change the rules chose and the grammar read with its new value is an act the model's topics cannot
    # outweigh (one of the model's three wrong overrulings on the seven parts opened in rounds 9 to 15 was one).
    if rules_choice is RequestType.COURSE_DATA and any(value for _, value in _grammar_changes(request)):
        return None
    guess = LearnedGuess(top, distribution[top])
    said = (guess.reason(request.examples.learned.size), overruled(rules_choice), *reasons.get(top, ()))
    if top is RequestType.OTHER:
        return Classification(RequestType.OTHER, round(guess.probability, 3), said, RequestFields(), True)
    # Course words fill support mail too (a lecturer without access to a course): a course change is taken from the
    # model only with a change the grammar read.
    if top is RequestType.COURSE_DATA and not _grammar_changes(request):
        return None
    fields, sources = extract_fields(top, request.subject, request.text, request.reference, request.context)
    return Classification(top, round(guess.probability, 3), (*said[:3], *sources, *said[3:]), fields, False)


def _grammar_changes(request: ClassifierInput) -> tuple[tuple[str, str], ...]:
    """The changes the grammar read, a field named without its value included (a proposal or a plan names one too).
    The change tagger's values are left out: it fills values once a mail is a course change, and was never taught
    to tell a request from a proposal."""
    fields, _ = extract_fields(
        RequestType.COURSE_DATA,
        request.subject,
        request.text,
        request.reference,
        request.context,
        reading=Reading("grammar"),
    )
    return fields.changes


def learned_only(request: ClassifierInput, threshold: float, other_prior: float) -> Classification:
    """No rule matched strongly: the learned model decides, and staff triage other mail and what it is unsure of."""
    distribution = request.examples.learned.distribution(f"{request.subject}\n{request.text}")
    if not distribution:
        return Classification(RequestType.OTHER, 0.0, ("no rule matched strongly",), RequestFields(), True)
    prior = (NOTHING_ABOUT_THE_UNIT,) if other_prior else ()
    distribution[RequestType.OTHER] = distribution.get(RequestType.OTHER, 0.0) + other_prior
    total = sum(distribution.values())
    best = max(distribution, key=lambda kind: distribution[kind])
    guess = LearnedGuess(best, distribution[best] / total)
    reasons = ("no rule matched strongly", *prior, guess.reason(request.examples.learned.size))
    if guess.type is RequestType.OTHER:
        return Classification(RequestType.OTHER, round(guess.probability, 3), reasons, RequestFields(), True)
    if guess.probability < threshold:
        unsure = (f"needs triage: the learned model is unsure ({guess.type.value} {guess.probability:.2f})",)
        return Classification(
            RequestType.OTHER, round(guess.probability, 3), (*unsure, *reasons), RequestFields(), True
        )
    fields, sources = extract_fields(guess.type, request.subject, request.text, request.reference, request.context)
    return Classification(guess.type, round(guess.probability, 3), (*reasons, *sources), fields, False)

"""Combine the keyword rules' votes, staff-taught examples and the learned model into one classification."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from daemon.classify.answer_to_us import answer_to_us
from daemon.classify.casual_words import normalise
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.course_named import only_in_course_names
from daemon.classify.dictated_marks import spoken_marks_written
from daemon.classify.fields import extract_fields
from daemon.classify.form_answers import answers_as_labelled_lines
from daemon.classify.in_passing import said_in_passing
from daemon.classify.intent import (
    about_the_unit,
    after_closed_matter,
    done_counts,
    hedged,
    nothing_to_do,
    others_fine,
    posts_it_themselves,
    said_for_later,
    thanks_without_asking,
)
from daemon.classify.learned import LearnedGuess
from daemon.classify.learned_decision import NOTHING_ABOUT_THE_UNIT, learned_only, model_decides
from daemon.classify.model import Classification, RequestFields, RequestType
from daemon.classify.pointed_below import request_pointed_below
from daemon.classify.publishing_asked import NOT_PUBLISHED, asks_to_publish
from daemon.classify.purposes import PURPOSES
from daemon.classify.questions_asked import field_questions, how_to_questions, questions_answered
from daemon.classify.rules import RULES
from daemon.classify.taken_back import asked_anew, handled_below
from daemon.classify.telling import asks_for_work, told_instead
from daemon.classify.value_arrow import field_to_value

SUBJECT_WEIGHT = 1.5
REPLY_SUBJECT_WEIGHT = 0.5
# The helpdesk's questions a reply answers between ("> Judul?", "> Kode MK:") ask for the ticket's own fields: they
# name its type as surely as its text would, but never vote for other mail.
QUESTIONS_WEIGHT = 1.0
MIN_SCORE = 2.5
DEFAULT_THRESHOLD = 0.45
EXAMPLE_WEIGHT = 8.0
# The learned model's probabilities join the rules' votes: a keyword that also fits another kind of mail (a
# "workshop" in a thank-you note) does not decide alone when the whole text reads like that other kind.
LEARNED_WEIGHT = 2.0
# A reply on a ticket that says the work is done closes the thread; it asks for nothing new.
DONE_IN_REPLY_WEIGHT = 2.5
THANKS_WEIGHT = 3.0
# As much as the rule "not yet a request", which the remark taken out of the text no longer meets.
LATER_IN_REPLY_WEIGHT = 2.0
# A question how to do something on e-learning is a support request; what it names is only its topic.
HOW_TO_WEIGHT = 3.0
# A question who teaches a course or how many credits it has asks to be told; what it names is only its topic.
FIELD_QUESTION_WEIGHT = 2.5
# Mail about nothing the unit does (the parking, the air conditioning, an invitation) is other mail: a vote beside
# the rules, and when no rule speaks, a prior added to the learned model's probability of `other`: a request type
# then wins only with a lead of more than half over other mail.
NOTHING_ABOUT_THE_UNIT_WEIGHT = 2.5
NOTHING_ABOUT_THE_UNIT_PRIOR = 0.5
# A mail saying nothing at all is to be changed asks for no course change and no post: their words are its topic.
NOTHING_TO_DO_WEIGHT = 3.5
# A writer who posts an announcement themselves asks for help with e-learning, not for a post.
OWN_POST_WEIGHT = 2.5
# A course field and its new value joined by an arrow state the change as surely as a verb of asking.
ARROW_WEIGHT = 3.0
# Mail that tells (a notice for information, a plan, a complaint, praise, an invitation) asks for no change.
TELLING_WEIGHT = 2.0
# A change planned for later and told for information, its request to come, is not a request yet (issue 17), nor is a
# complaint that a change already made went wrong: more than telling alone, as much as "nothing is to be changed".
PLAN_AHEAD_WEIGHT = 3.5
# The rule that asks for a course change with the value it is to take; beside it, a fault's words are a quarter.
STRONG_CHANGE = "field changed to a value"
SYMPTOM_SHARE = 0.25


@dataclass(frozen=True)
class Votes:
    """The rules' votes by type, their reasons, and the acts the grammar read: what the mail does (asks how, asks to be
    told, thanks, tells of a plan, reports a fault, hands over a text to publish) rather than what it is about. The
    learned model overrules the votes only where no act was read and no taught example resembles the mail
    (learned_decision)."""

    scores: dict[RequestType, float]
    reasons: dict[RequestType, list[str]]
    acts: frozenset[str]
    # A staff-taught example resembles the mail: the rules weigh it (a vote, by likeness), the model would need many.
    taught: bool


def score(request: ClassifierInput) -> Votes:
    raw_subject, raw_text, how_to = how_to_questions(request.subject, request.text)
    raw_subject, raw_text, field_question = field_questions(raw_subject, raw_text)
    # What a reply says for later is not asked now; what is left decides, beside one vote that it was said.
    raw_text, later = said_for_later(raw_text) if request.is_reply else (raw_text, "")
    subject = normalise(raw_subject)
    body = others_fine(normalise(raw_text))
    if request.is_reply and (second := after_closed_matter(body)):
        body = second
    elif (anew := asked_anew(raw_text)) is not None:
        # An earlier request taken back, a new one asked after it: the taking-back concerns the earlier one.
        body = others_fine(normalise(anew))
    # A reply's subject names the earlier request, not what this message asks.
    subject_weight = REPLY_SUBJECT_WEIGHT if request.is_reply else SUBJECT_WEIGHT
    questions = normalise(questions_answered(request.context)) if request.is_reply else ""
    scores: dict[RequestType, float] = defaultdict(float)
    reasons: dict[RequestType, list[str]] = defaultdict(list)
    acts: set[str] = set()
    done_means_it = done_counts(f"{subject} {body}", request.is_reply)
    asked: set[RequestType] = set()
    if how_to is not None:
        scores[RequestType.ELEARNING_SUPPORT] += HOW_TO_WEIGHT
        reasons[RequestType.ELEARNING_SUPPORT].append(f"a question how to do something ({how_to!r})")
        acts.add("how-to question")
    if field_question is not None:
        scores[RequestType.OTHER] += FIELD_QUESTION_WEIGHT
        reasons[RequestType.OTHER].append(f"a question asking to be told ({field_question!r})")
        acts.add("question asking to be told")
    # Types whose words are only the mail's topic: they vote beside a rule that asks for them explicitly.
    only_topic: set[RequestType] = set()
    # A mail asking to publish a text: the matter the text is about is its topic, not the mail's, and what the text
    # says ("no action is needed", "tidak perlu membawa apa-apa", "cancelled") is not said to the unit.
    # The helpdesk's questions about an announcement ("Judul pengumuman?", "Kapan tayang?") ask what to publish too.
    publishing = asks_to_publish(subject, body, questions)
    if publishing:
        acts.add("asks to publish")
    # Beside a question how e-learning works, "nothing is to be changed" ("cuma ingin tahu caranya") says only that the
    # question asks no change: the question is still asked.
    if not publishing and (nothing_asked := nothing_to_do(body)) is not None:
        if how_to is None:
            scores[RequestType.OTHER] += NOTHING_TO_DO_WEIGHT
            reasons[RequestType.OTHER].append(f"nothing is to be changed ({nothing_asked!r})")
            acts.add("nothing to change")
        only_topic |= {RequestType.COURSE_DATA, RequestType.ANNOUNCEMENT}
    if (below := handled_below(raw_text)) is not None:
        scores[RequestType.OTHER] += NOTHING_TO_DO_WEIGHT
        reasons[RequestType.OTHER].append(f"the request forwarded {below!r} is said to be handled")
        acts.add("forwarded request handled")
        only_topic |= {RequestType.COURSE_DATA, RequestType.ANNOUNCEMENT, RequestType.ELEARNING_SUPPORT}
    if (own_post := posts_it_themselves(body)) is not None:
        scores[RequestType.ELEARNING_SUPPORT] += OWN_POST_WEIGHT
        reasons[RequestType.ELEARNING_SUPPORT].append(f"the writer posts on e-learning themselves ({own_post!r})")
        acts.add("posts it themselves")
        only_topic.add(RequestType.ANNOUNCEMENT)
    if (arrow := field_to_value(raw_text)) is not None:
        scores[RequestType.COURSE_DATA] += ARROW_WEIGHT
        reasons[RequestType.COURSE_DATA].append(f"a field and its new value after an arrow ({arrow!r})")
        asked.add(RequestType.COURSE_DATA)
    topics: list[tuple[RequestType, float, str]] = []
    fields_named: list[tuple[RequestType, float, str]] = []
    for purpose in () if publishing or arrow else PURPOSES:
        if (found := purpose.reason(body)) is not None:
            scores[purpose.votes_for] += purpose.weight
            reasons[purpose.votes_for].append(found)
            acts.add(purpose.name)
            only_topic |= purpose.topic_only
    asks = bool(arrow or publishing or asks_for_work(body))
    told = None if asks else told_instead(body)
    # thanks for an invitation, then a fault of e-learning asked about: the telling was in passing
    if told and not told.sure and said_in_passing(raw_text, re.compile(rf"\b{re.escape(told.words)}\b")):
        told = None
    if told is not None:
        scores[RequestType.OTHER] += PLAN_AHEAD_WEIGHT if told.sure else TELLING_WEIGHT
        reasons[RequestType.OTHER].append(f"{told.kind} ({told.words!r})")
        acts.add(told.kind)
        only_topic |= {RequestType.COURSE_DATA, RequestType.ANNOUNCEMENT}
    # what is said not to be published is not voted for as asked ("no need to post it on Moodle")
    body_said = NOT_PUBLISHED.sub(" ", body)
    for rule in RULES:
        if (rule.says_done and not done_means_it) or (rule.in_reply and not request.is_reply):
            continue
        if publishing and (rule.outside or rule.votes_for is RequestType.OTHER):
            continue
        # a meeting where the writer heard of it, the Wi-Fi the quiz was tried on: not what the mail asks about
        if rule.outside and rule.reason(body) and said_in_passing(raw_text, rule.pattern):
            continue
        places = [("subject", subject, rule.weight * subject_weight), ("text", body_said, rule.weight)]
        if questions and rule.votes_for is not RequestType.OTHER:
            places.append(("questions answered", questions, rule.weight * QUESTIONS_WEIGHT))
        for where, text, weight in places:
            found = rule.reason(text)
            # another office's word in a course's name ("Internship Seminar (INT490)") names the unit's matter
            if not found or (rule.outside and only_in_course_names(where, raw_subject, raw_text, rule.pattern)):
                continue
            if rule.topic or (rule.votes_for in only_topic and not rule.asks_to_publish):
                topics.append((rule.votes_for, weight, f"{where}: {found}"))
                continue
            if rule.course_field:
                fields_named.append((rule.votes_for, weight, f"{where}: {found}"))
                continue
            asked.add(rule.votes_for)
            if rule.fault:
                acts.add("reports a fault")
            if rule.act:
                acts.add(rule.name)
            scores[rule.votes_for] += weight
            reasons[rule.votes_for].append(f"{where}: {found}")
    # A course field named in a mail that reports a fault (the lecturer who cannot see the course) is only its topic,
    # unless another rule says a change is asked; in other mail it asks as before.
    reports_a_fault = RequestType.ELEARNING_SUPPORT in asked
    # A fault told as the reason for a course change asked with its value ("students cannot enrol because the key is
    # still the old one, please make it X"): the fault is the change's symptom, its words count for less.
    if reports_a_fault and (arrow or any(STRONG_CHANGE in reason for reason in reasons[RequestType.COURSE_DATA])):
        scores[RequestType.ELEARNING_SUPPORT] *= SYMPTOM_SHARE
        reasons[RequestType.ELEARNING_SUPPORT].append("a fault told as the symptom of a change asked with its value")
    for kind, weight, reason in fields_named:
        if kind in asked or not reports_a_fault:
            asked.add(kind)
            scores[kind] += weight
            reasons[kind].append(reason)
    for kind, weight, reason in topics:
        if kind in asked:
            scores[kind] += weight
            reasons[kind].append(reason)
    if request.is_reply and done_means_it and any(rule.says_done and rule.reason(body) for rule in RULES):
        scores[RequestType.OTHER] += DONE_IN_REPLY_WEIGHT
        reasons[RequestType.OTHER].append("a reply saying the work is done")
        acts.add("work done")
    if later:
        scores[RequestType.OTHER] += LATER_IN_REPLY_WEIGHT
        reasons[RequestType.OTHER].append(f"a reply telling of a change not decided yet ({later[:60]!r})")
        acts.add("change for later")
    # A question asks too ("Any idea? Thanks").
    # A new mail announcing a change not decided yet ends with thanks for reading: it is a notice, not a thank-you.
    new_notice = not request.is_reply and hedged(body)
    # A reply answering the helpdesk's questions goes on with its request, whatever thanks close it.
    answering = bool(questions)
    # A reply with no new text of its own says in its subject what it has to say ("... diganti, terima kasih"); with
    # text of its own, its subject's ask is the earlier mail's ("Re: Request to change ...").
    own_text = body if body.strip() or not request.is_reply else subject
    asked_in_subject = "" if request.is_reply and body.strip() else subject
    if (
        "?" not in request.text
        and arrow is None
        and not new_notice
        and not answering
        # A text handed over to be published closes with thanks for the favour.
        and not publishing
        and thanks_without_asking(asked_in_subject, own_text)
    ):
        scores[RequestType.OTHER] += THANKS_WEIGHT
        reasons[RequestType.OTHER].append("thanks without asking for anything")
        acts.add("thanks")
    taught = request.examples.closest(f"{subject} {body}")
    for example, similarity in taught:
        scores[example.type] += EXAMPLE_WEIGHT * similarity
        reasons[example.type].insert(0, f"like staff-corrected {example.source} ({similarity:.2f})")
    return Votes(dict(scores), dict(reasons), frozenset(acts), bool(taught))


def classify(request: ClassifierInput, threshold: float = DEFAULT_THRESHOLD) -> Classification:
    """The best-supported type with its fields; `other` flagged for triage when the support is weak."""
    request = replace(request, text=answers_as_labelled_lines(spoken_marks_written(request.text)))
    # A reply answering the helpdesk's own question goes on with the request that question was about.
    if request.is_reply and (answer := answer_to_us(request.subject, request.text, request.context, request.reference)):
        return answer
    if pointed := request_pointed_below(request, classify):
        return pointed
    votes = score(request)
    scores, reasons = votes.scores, votes.reasons
    subject, text = normalise(request.subject), normalise(request.text)
    # A text to publish is the unit's work, whatever it is about (the clinic's hours, the library).
    about_the_work = about_the_unit(subject, text) or asks_to_publish(subject, text, "")
    if not scores or max(scores.values()) < MIN_SCORE:
        return learned_only(request, threshold, 0.0 if about_the_work else NOTHING_ABOUT_THE_UNIT_PRIOR)
    if not about_the_work:
        # Rules matched words that other mail shares with requests ("workshop", "pelatihan").
        scores[RequestType.OTHER] = scores.get(RequestType.OTHER, 0.0) + NOTHING_ABOUT_THE_UNIT_WEIGHT
        reasons.setdefault(RequestType.OTHER, []).append(NOTHING_ABOUT_THE_UNIT)
    learned = request.examples.learned
    top_two = [*sorted(scores.values(), reverse=True)[:2], 0.0]
    near_tie = top_two[0] - top_two[1] < LEARNED_WEIGHT
    # Where the grammar read an act or staff taught a like example, the model can only break a near-tie: elsewhere its
    # milliseconds are saved.
    may_decide = not votes.acts and not votes.taught
    distribution = learned.distribution(f"{request.subject}\n{request.text}") if near_tie or may_decide else {}
    rules_choice = max(scores, key=lambda kind: scores[kind])
    if may_decide and (decided := model_decides(request, distribution, rules_choice, reasons)) is not None:
        return decided
    # Where the model is unsure it only breaks the rules' near-ties.
    if not near_tie:
        distribution = {}
    for kind, probability in distribution.items():
        scores[kind] = scores.get(kind, 0.0) + LEARNED_WEIGHT * probability
    if distribution:
        top = max(distribution, key=lambda kind: distribution[kind])
        said = LearnedGuess(top, distribution[top]).reason(learned.size)
        # Which part decided: the model's reason leads where it turned the rules' choice, and follows the rules'
        # reasons where it only agreed.
        turned = top != rules_choice and max(scores, key=lambda kind: scores[kind]) == top
        said_for_top = reasons.setdefault(top, [])
        said_for_top.insert(0 if turned else len(said_for_top), said)
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    best_type, best = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    confidence = round(best / (best + second + 1.0), 3)
    chosen_reasons = tuple(reasons.get(best_type, ()))
    if confidence < threshold and best_type is not RequestType.OTHER:
        return Classification(
            RequestType.OTHER,
            confidence,
            (f"needs triage: unsure between {best_type.value} and {ranked[1][0].value}", *chosen_reasons),
            RequestFields(),
            True,
        )
    if best_type is RequestType.OTHER and all(reason == NOTHING_ABOUT_THE_UNIT for reason in chosen_reasons[:1]):
        # Other mail known only by what it does not say (a greeting, a question about the office) gets a look.
        return Classification(RequestType.OTHER, confidence, chosen_reasons, RequestFields(), True)
    fields, sources = extract_fields(best_type, request.subject, request.text, request.reference, request.context)
    # Where each value was read comes right after the rules that decided, so the staff notice (which shows the
    # first few reasons) shows it too.
    return Classification(best_type, confidence, (*chosen_reasons[:2], *sources, *chosen_reasons[2:]), fields, False)

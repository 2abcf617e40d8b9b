"""Each labelled corpus evaluated once per test session, however many tests judge its figures."""

from __future__ import annotations

import functools
from pathlib import Path

from daemon.classify.evaluation import evaluate
from daemon.classify.evaluation_figures import Evaluation
from parsers.automail import ScreeningContext

HELPDESK_ADDRESS = "helpdesk-p4m@polibatam.ac.id"
CONTEXT = ScreeningContext(frozenset({HELPDESK_ADDRESS}), HELPDESK_ADDRESS)


def corpus_report(directory: Path, context: ScreeningContext = CONTEXT) -> Evaluation:
    """The evaluation of `directory`: a pure function of the corpus and the shipped rules and models, so the
    tests that read different figures of one corpus share a single run of the classifier over it."""
    return _evaluated(directory.resolve(), context)


@functools.cache
def _evaluated(directory: Path, context: ScreeningContext) -> Evaluation:
    return evaluate(directory, "P4M", context)

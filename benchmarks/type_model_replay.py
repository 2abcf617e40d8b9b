"""Replay the learned type model on the parts opened for diagnosis, each fitted only on the corpora older than it.

Usage: .venv/bin/python -m benchmarks.type_model_replay [--parts 17 19 ...]
Each opened part (tests/data/requests-tuneN, a held-out part until it was opened) is scored by a model fitted on the
examples of data/type_examples.jsonl from corpora numbered below N, so the model has never seen it nor anything written
after it: an honest figure for a change to the model (learned.py) without spending the blind parts. It prints the
model-only macro-F1 of the human types per part and their mean (round 16: 0.970 as shipped), in about 30 s.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import tempfile
import time
from collections import Counter
from importlib import resources

from daemon.classify.learned import LearnedTypes
from daemon.classify.model import RequestType

# The parts opened at the start of rounds 9 to 15, by the number of the corpus they became.
OPENED = (17, 19, 21, 23, 25, 27, 29)
_NUMBER = re.compile(r"requests-tune(\d*)")


def corpus_number(source: str) -> int:
    """requests-tune → 1, requests-tune23 and requests-tune24-codes → 23 and 24; the reference corpus → 0."""
    found = _NUMBER.match(source)
    return 0 if found is None else int(found.group(1) or 1)


def macro_f1(expected: list[str], got: list[str]) -> float:
    scores = []
    for kind in set(expected):
        hits = sum(1 for want, have in zip(expected, got, strict=True) if want == have == kind)
        claimed, wanted = Counter(got)[kind], Counter(expected)[kind]
        precision = hits / claimed if claimed else 0.0
        recall = hits / wanted if wanted else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", type=int, nargs="+", default=list(OPENED), help="opened corpora by number")
    args = parser.parse_args()
    lines = resources.files("daemon.classify").joinpath("data/type_examples.jsonl").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in lines.splitlines() if line.strip()]
    examples = [(row["text"], RequestType(row["type"]), row["source"].split("/")[0]) for row in rows]
    figures = []
    # Fits of the replay go to a store of their own: they would push the shipped model's fit out of the user's.
    with tempfile.TemporaryDirectory() as store:
        os.environ["CACHE_DIRECTORY"] = store
        for number in args.parts:
            started = time.monotonic()
            model = LearnedTypes((text, kind) for text, kind, source in examples if corpus_number(source) < number)
            part = [(text, kind.value) for text, kind, source in examples if source == f"requests-tune{number}"]
            got = []
            for text, _ in part:
                distribution = model.distribution(text)
                got.append(max(distribution, key=lambda kind: distribution[kind]).value)
            figures.append(macro_f1([kind for _, kind in part], got))
            print(
                f"requests-tune{number:<4} {len(part):>3} requests  model-only macro-F1 {figures[-1]:.3f}"
                f"  ({model.size} examples, {time.monotonic() - started:.0f} s)",
                flush=True,
            )
    print(f"mean of {len(figures)} opened parts: {sum(figures) / len(figures):.3f}")


if __name__ == "__main__":
    main()

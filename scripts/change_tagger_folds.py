"""Choose the change tagger's thresholds by leaving corpora out, over the tuning corpora only (never held-out parts).

Run after scripts/build_change_spans.py:  .venv/bin/python scripts/change_tagger_folds.py [--folds N] [--reuse]
The tuning corpora are dealt round-robin into N folds (default 5; N = the number of corpora leaves one corpus out);
for each fold, a model trained on the other folds' corpora tags its requests; every reader (grammar, tagger, veto,
recall, both) is then scored at each threshold on the pairs of all corpora together, as `helpdesk eval` counts them
(right pairs of those asked, wrong of those claimed)."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

import pycrfsuite

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_change_spans import Row, load_rows, train

from daemon.classify.change_tagger import Reading, read_changes
from daemon.classify.evaluation import same_change_value
from daemon.classify.found_change import FoundChange

# One model per fold; `--reuse` scores again with the models of the last run (features unchanged).
BUILD = Path(__file__).resolve().parent.parent / "build"
VETOES = (0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5)
CLAIMS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98)


def _score(rows: list[Row], readings: dict[str, tuple[FoundChange, ...]]) -> tuple[int, int, int, int]:
    """(right, asked, wrong, claimed) over the rows."""
    right = asked = wrong = claimed = 0
    for row in rows:
        expected = dict(row.expected)
        asked += len(expected)
        for change in readings[row.source]:
            claimed += 1
            if same_change_value(change.field, expected.get(change.field), change.value):
                right += 1
            else:
                wrong += 1
    return right, asked, wrong, claimed


def _line(name: str, score: tuple[int, int, int, int]) -> str:
    right, asked, wrong, claimed = score
    share = wrong / max(claimed, 1)
    return f"{name:<22} pairs {right / asked:.3f} ({right}/{asked})  wrong {share:.3f} ({wrong}/{claimed})"


def main() -> None:
    rows = load_rows()
    names = sorted({row.source.split("/")[0] for row in rows})
    count = int(sys.argv[sys.argv.index("--folds") + 1]) if "--folds" in sys.argv else 5
    fold_of = {name: f"fold{index % count}" for index, name in enumerate(names)}
    by_corpus: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by_corpus[fold_of[row.source.split("/")[0]]].append(row)
    readings: dict[str, dict[str, tuple[FoundChange, ...]]] = defaultdict(dict)
    folds = BUILD / f"folds{count}"
    folds.mkdir(parents=True, exist_ok=True)
    for corpus, held in sorted(by_corpus.items()):
        model = folds / f"{corpus}.crfsuite"
        if "--reuse" not in sys.argv or not model.exists():
            train([row for row in rows if fold_of[row.source.split("/")[0]] != corpus], model)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        for row in held:
            grammar = tuple(FoundChange(*found) for found in row.grammar)
            readings["grammar"][row.source] = grammar
            for veto in VETOES:
                for reader in ("veto", "both"):
                    reading = Reading(reader, veto=veto, claim=0.9)
                    found = read_changes(row.text, grammar, row.course_code, reading, tagger)
                    readings[f"{reader} {veto}"][row.source] = found
            for claim in CLAIMS:
                for reader in ("tagger", "recall", "fill"):
                    reading = Reading(reader, claim=claim)
                    found = read_changes(row.text, grammar, row.course_code, reading, tagger)
                    readings[f"{reader} {claim}"][row.source] = found
        print(f"{corpus}: {_line('grammar', _score(held, readings['grammar']))}", flush=True)
        for name in ("veto 0.05", "recall 0.9", "both 0.05", "tagger 0.5", "fill 0.5"):
            print(f"{'':>4}{_line(name, _score(held, readings[name]))}", flush=True)
    print("all tuning corpora, each read by a model that did not see it:")
    for name in readings:
        print(_line(name, _score(rows, readings[name])))


if __name__ == "__main__":
    main()

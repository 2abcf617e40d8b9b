"""Compare the course-name readers by leaving corpora out, over the tuning corpora only (never held-out parts).

Run after scripts/build_name_spans.py:  .venv/bin/python scripts/course_name_folds.py [--folds N] [--reuse]
The tuning corpora are dealt round-robin into N folds (default 10; N = the number of corpora leaves one corpus out),
so a fold's requests are read by a model that never saw their writer's voice. Every reader (grammar, tagger, fill,
veto, both) is scored at each threshold on all corpora together, as `helpdesk eval` counts the course name: right of
the requests labelled course_data or announcement, and the names read where none is labelled ("not asked").
The grammar was tuned on these corpora: its figures here are in-sample and flattered; the tagger's are not."""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_name_spans import NameRow, examples, load_rows, train

from daemon.classify.name_tagger import CLAIM_THRESHOLD as CLAIM
from daemon.classify.name_tagger import judged, tag_name

BUILD = Path(__file__).resolve().parent.parent / "build"
VETOES = (0.01, 0.05, 0.1, 0.2, 0.3, 0.5)
CLAIMS = (0.3, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99)
_NAMED = ("course_data", "announcement")


@dataclass(frozen=True)
class OutOfFold:
    """What a model that did not see the row's corpus says of it: its best name and its support for the grammar's."""

    best: tuple[float, str] | None
    grammar_support: float | None


def _reader(row: NameRow, seen: OutOfFold, reader: str, threshold: float) -> str | None:
    """The name the reader gives, as read_name combines them (with the row's tagging computed once)."""
    if not row.reads_name:
        return None
    tagged = seen.best[1] if seen.best and seen.best[0] >= threshold else None
    if reader == "grammar":
        return row.grammar
    if reader == "tagger":
        return tagged
    if reader == "fill":
        return row.grammar or tagged
    if reader == "veto":
        support = seen.grammar_support
        return None if row.grammar and support is not None and support < threshold else row.grammar
    raise ValueError(reader)


def _both(row: NameRow, seen: OutOfFold, veto: float, claim: float) -> str | None:
    vetoed = _reader(row, seen, "veto", veto)
    return vetoed if row.grammar else _reader(row, seen, "tagger", claim)


def _score(rows: list[NameRow], read: dict[str, str | None]) -> Counter[str]:
    score: Counter[str] = Counter()
    for row in rows:
        if row.label_type not in _NAMED:
            continue
        got = read[row.source]
        score["asked"] += 1
        if got == row.expected:
            score["right"] += 1
        else:
            score["missed" if got is None else "not asked" if row.expected is None else "other value"] += 1
    return score


def _line(name: str, score: Counter[str]) -> str:
    return (
        f"{name:<16} name {score['right'] / max(score['asked'], 1):.3f} ({score['right']}/{score['asked']})"
        f"  missed {score['missed']:>3}  not asked {score['not asked']:>3}  other value {score['other value']:>3}"
    )


def main() -> None:
    rows = load_rows()
    names = sorted({row.source.split("/")[0] for row in rows})
    count = int(sys.argv[sys.argv.index("--folds") + 1]) if "--folds" in sys.argv else 10
    fold_of = {name: f"fold{index % count}" for index, name in enumerate(names)}
    held_by: dict[str, list[NameRow]] = defaultdict(list)
    for row in rows:
        held_by[fold_of[row.source.split("/")[0]]].append(row)
    folds = BUILD / f"name_folds{count}"
    folds.mkdir(parents=True, exist_ok=True)
    ready = None
    seen: dict[str, OutOfFold] = {}
    for fold, held in sorted(held_by.items()):
        model = folds / f"{fold}.crfsuite"
        if "--reuse" not in sys.argv or not model.exists():
            ready = ready if ready is not None else examples(rows)
            train([row for row in rows if fold_of[row.source.split("/")[0]] != fold], model, ready)
        tagger = pycrfsuite.Tagger()
        tagger.open(str(model))
        for row in held:
            tagging = tag_name(row.subject, row.text, tagger, (row.grammar,) if row.grammar else ())
            seen[row.source] = OutOfFold(tagging.best(), judged(tagging, row.grammar) if row.grammar else None)
        grammar = _score(held, {row.source: _reader(row, seen[row.source], "grammar", 0) for row in held})
        alone = _score(held, {row.source: _reader(row, seen[row.source], "tagger", 0.5) for row in held})
        filled = _score(held, {row.source: _reader(row, seen[row.source], "fill", CLAIM) for row in held})
        print(f"{fold} ({', '.join(sorted({row.source.split('/')[0] for row in held}))})", flush=True)
        print(f"    {_line('grammar', grammar)}\n    {_line('tagger 0.5', alone)}", flush=True)
        print(f"    {_line(f'fill {CLAIM}', filled)}", flush=True)
    print(f"all tuning corpora, each read by a model that did not see it ({count} folds by corpus):")
    print(_line("grammar", _score(rows, {row.source: _reader(row, seen[row.source], "grammar", 0) for row in rows})))
    for reader, thresholds in (("tagger", CLAIMS), ("fill", CLAIMS), ("veto", VETOES)):
        for threshold in thresholds:
            read = {row.source: _reader(row, seen[row.source], reader, threshold) for row in rows}
            print(_line(f"{reader} {threshold}", _score(rows, read)))
    for veto in (0.05, 0.2):
        for claim in (0.9, 0.98):
            read = {row.source: _both(row, seen[row.source], veto, claim) for row in rows}
            print(_line(f"both {veto}/{claim}", _score(rows, read)))


if __name__ == "__main__":
    main()

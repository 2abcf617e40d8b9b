"""Print how much a tagger's readings of the other corpora move when one tuning corpus is added to its training.

Run after scripts/build_change_spans.py and scripts/build_name_spans.py (it reads their build/*.jsonl rows):
    .venv/bin/python scripts/tagger_stability.py --tagger change --corpus requests-tune53 --iterations 120 400
For each iteration cap, two models are trained, without and with the corpus; on every row of the other corpora it
prints the rows tagged differently, the rows where a token's probability of being a value moved by more than 0.1 (the
tagger's readings are claimed or vetoed at thresholds of that probability), and the rows whose tags do not match their
labelled spans, without and with. Figures only; nothing is written outside a temporary directory."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import pycrfsuite

sys.path.insert(0, str(Path(__file__).resolve().parent))

import build_change_spans
import build_name_spans

from daemon.classify.change_tagger_features import features, labels, tokens

Example = tuple[str, pycrfsuite.ItemSequence, list[str]]
_MOVED = 0.1


def _change_examples() -> tuple[list[Example], dict[str, object]]:
    found = []
    for row in build_change_spans.load_rows():
        items = tokens(row.text)
        tags = labels(items, list(row.spans))
        if items and tags:
            found.append((row.source, pycrfsuite.ItemSequence(features(row.text, items)), tags))
    return found, dict(build_change_spans.TRAINING)


def _name_examples() -> tuple[list[Example], dict[str, object]]:
    ready = build_name_spans.examples(build_name_spans.load_rows())
    return [(source, items, tags) for source, (items, tags) in ready.items()], dict(build_name_spans.TRAINING)


def _train(examples: Iterable[Example], params: dict[str, object], path: Path) -> float:
    trainer = pycrfsuite.Trainer(verbose=False)
    for _, items, tags in examples:
        trainer.append(items, tags)
    trainer.set_params(params)
    started = time.perf_counter()
    trainer.train(str(path))
    return time.perf_counter() - started


def _value_chances(tagger: pycrfsuite.Tagger, items: pycrfsuite.ItemSequence, size: int) -> list[float]:
    tagger.set(items)
    return [1.0 - tagger.marginal("O", position) for position in range(size)]


def compare(examples: list[Example], params: dict[str, object], corpus: str, cap: int, folder: Path) -> str:
    def inside(source: str) -> bool:
        return source.startswith(corpus + "/")

    settings = {**params, "max_iterations": cap}
    without, with_it = folder / f"without-{cap}.crfsuite", folder / f"with-{cap}.crfsuite"
    seconds = (
        _train((e for e in examples if not inside(e[0])), settings, without),
        _train(examples, settings, with_it),
    )
    taggers: list[pycrfsuite.Tagger] = []
    for path in (without, with_it):
        tagger = pycrfsuite.Tagger()
        tagger.open(str(path))
        taggers.append(tagger)
    others = [example for example in examples if not inside(example[0])]
    tagged_apart = moved = 0
    unlike_spans = [0, 0]
    for _, items, tags in others:
        readings = [tagger.tag(items) for tagger in taggers]
        tagged_apart += readings[0] != readings[1]
        for index, reading in enumerate(readings):
            unlike_spans[index] += reading != tags
        before, after = (_value_chances(tagger, items, len(tags)) for tagger in taggers)
        moved += any(abs(a - b) > _MOVED for a, b in zip(before, after, strict=True))
    return (
        f"cap {cap}: trained in {seconds[0]:.0f} s / {seconds[1]:.0f} s; of {len(others)} rows of the other corpora, "
        f"{tagged_apart} tagged differently, {moved} with a value probability moved > {_MOVED}; "
        f"rows unlike their spans without / with: {unlike_spans[0]} / {unlike_spans[1]}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tagger", choices=("change", "name"), default="change")
    parser.add_argument("--corpus", required=True, help="a tuning corpus's folder name, e.g. requests-tune53")
    parser.add_argument("--iterations", type=int, nargs="+", default=[120])
    arguments = parser.parse_args()
    load: Callable[[], tuple[list[Example], dict[str, object]]] = (
        _change_examples if arguments.tagger == "change" else _name_examples
    )
    examples, params = load()
    with tempfile.TemporaryDirectory() as folder:
        for cap in arguments.iterations:
            print(compare(examples, params, arguments.corpus, cap, Path(folder)), flush=True)


if __name__ == "__main__":
    main()

"""Understanding figures for several labelled corpora side by side, aggregates only (no file names or texts).

Usage: .venv/bin/python -m benchmarks.understanding [DIR ...]
Without DIR: every labelled corpus in tests/data (tuning corpora and the held-out parts).
Targets (issue 17): macro-F1 >= 0.95, course code >= 0.95, course name >= 0.9, change pairs >= 0.85,
wrong value claimed <= 0.03, title >= 0.85, scope >= 0.95, publish time >= 0.9, no human taken for machine.
"""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from daemon.classify.evaluation import evaluate
from daemon.classify.evaluation_figures import Evaluation
from daemon.config import Config
from parsers.automail import ScreeningContext

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
ROWS: tuple[tuple[str, str, float, bool], ...] = (
    ("type macro-F1", "macro_f1", 0.95, True),
    ("course code", "course_code", 0.95, True),
    ("course name", "course_name", 0.9, True),
    ("change pairs", "pair_recall", 0.85, True),
    ("wrong value claimed", "wrong_value_claimed", 0.03, False),
    ("title", "title", 0.85, True),
    ("scope", "scope", 0.95, True),
    ("publish time", "publish_at", 0.9, True),
    ("human taken for machine", "human_taken_for_machine", 0, False),
    ("classify median ms", "median_ms", 20.0, False),
)


def figures(report: Evaluation) -> dict[str, float]:
    pairs = report.change_pairs
    return {
        "macro_f1": report.macro_f1,
        **report.field_accuracy,
        "pair_recall": pairs.pair_recall,
        "wrong_value_claimed": pairs.wrong_value_claimed,
        "human_taken_for_machine": report.human_taken_for_machine,
        "median_ms": report.classify_ms.median,
        "p95_ms": report.classify_ms.p95,
    }


def corpora() -> list[Path]:
    found = sorted(path.parent for path in DATA.glob("requests*/labels.json"))
    return found + sorted(path.parent for path in DATA.glob("heldout/*/labels.json"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directories", nargs="*", type=Path)
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # mail-parser warns about every rfc822-headers part
    directories: list[Path] = args.directories or corpora()
    config = Config()
    context = ScreeningContext(config.own_addresses(), config.helpdesk.address)
    columns = {directory: figures(evaluate(directory, config.helpdesk.tag, context)) for directory in directories}
    names = [f"{d.parent.name}/{d.name}" if d.parent.name == "heldout" else d.name for d in directories]
    print(f"{'measure':<26}{'target':>8}" + "".join(f"{name[-18:]:>20}" for name in names))
    for label, key, target, higher_is_better in ROWS:
        cells = []
        for directory in directories:
            value = columns[directory].get(key)
            if value is None:
                cells.append(f"{'-':>20}")
                continue
            met = value >= target if higher_is_better else value <= target
            cells.append(f"{value:>19.3f}{' ' if met else '!'}")
        sign = ">=" if higher_is_better else "<="
        print(f"{label:<26}{sign + ' ' + format(target, 'g'):>8}" + "".join(cells))
    # The slowest requests (attachments, long threads) have no target of their own, but a reader that stalls shows here.
    print(f"{'classify p95 ms':<34}" + "".join(f"{columns[d]['p95_ms']:>19.3f} " for d in directories))
    print(f"messages{'':<26}" + "".join(f"{sum(1 for _ in d.glob('*.eml')):>20}" for d in directories))
    print("! = target not met")


if __name__ == "__main__":
    main()

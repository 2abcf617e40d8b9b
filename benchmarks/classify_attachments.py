"""Classification time per request whose request is in an attachment or a forward (median, from raw bytes).

Usage: .venv/bin/python -m benchmarks.classify_attachments [--rounds 20]
Reads the sample mails of tests/data/reading (DOCX, ODT and PDF attachments, a 60-page PDF cut at the page
limit, a zip bomb refused, forwards in four forms) and times parse + classify of each, as intake does it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from daemon.classify.message_text import classify_message
from parsers.attachments import DEFAULT_LIMITS
from parsers.message import parse_message

SAMPLES = Path(__file__).resolve().parent.parent / "tests" / "data" / "reading"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    received = datetime.now(UTC)
    raws = {path.stem: path.read_bytes() for path in sorted(SAMPLES.glob("*.eml"))}
    with_attachments = [name for name, raw in raws.items() if parse_message(raw).attachments]
    parsed = {name: parse_message(raw) for name, raw in raws.items()}
    whole: dict[str, list[float]] = {name: [] for name in raws}
    classify_only: dict[str, list[float]] = {name: [] for name in raws}
    for _ in range(args.rounds):
        for name, raw in raws.items():
            started = time.perf_counter()
            classify_message(parse_message(raw), "P4M", received)
            whole[name].append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            classify_message(parsed[name], "P4M", received)
            classify_only[name].append((time.perf_counter() - started) * 1000)
    print(f"limits: {DEFAULT_LIMITS}")
    print("classify ms (attachments read inside)   parse + classify ms   mail")
    for name in raws:
        print(f"{statistics.median(classify_only[name]):8.2f} {statistics.median(whole[name]):32.2f}   {name}")
    for label, timings in (("classify", classify_only), ("parse + classify", whole)):
        attached = [value for name in with_attachments for value in timings[name]]
        print(
            f"{label}, median over requests with attachments ({len(with_attachments)} mails x {args.rounds}): "
            f"{statistics.median(attached):.2f} ms; slowest {max(attached):.2f} ms"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

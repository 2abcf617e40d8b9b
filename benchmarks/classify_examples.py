"""Classification time per request as staff-taught examples pile up, to the example cache's limit.

Usage: .venv/bin/python -m benchmarks.classify_examples [--requests 200] [--examples 0 500 2000]
Each staff #type correction becomes an example that every later request is compared with; over five years
they reach the cache's limit (daemon/classify/corrections.py ExampleCache, 2,000), so this must stay flat.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import UTC, datetime

from daemon.classify.memory import Example, ExampleMemory
from daemon.classify.message_text import classify_message
from daemon.classify.model import RequestType
from parsers.message import parse_message
from tests.conftest import CORPUS
from tests.mailgen import generated_requests


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--examples", type=int, nargs="+", default=[0, 500, 2000])
    args = parser.parse_args()
    messages = [parse_message(raw) for _, raw in generated_requests(CORPUS, args.requests)]
    # Examples are request texts themselves: as alike as staff corrections get, the worst case for the index.
    texts = [f"{message.subject}\n{message.text}" for message in messages]
    chosen = random.Random(1)
    received = datetime.now(UTC)
    for count in args.examples:
        examples = [
            Example(f"{chosen.choice(texts)} {number}", chosen.choice(list(RequestType)), f"ticket #{number}")
            for number in range(count)
        ]
        started = time.perf_counter()
        memory = ExampleMemory(examples)
        built = time.perf_counter() - started
        started = time.perf_counter()
        for message in messages:
            classify_message(message, "P4M", received, memory)
        per_request = (time.perf_counter() - started) / len(messages)
        print(
            f"{count} staff-taught examples: {per_request * 1000:.2f} ms per request "
            f"(index built once per change, in {built * 1000:.0f} ms)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

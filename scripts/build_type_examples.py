"""Write daemon/classify/data/type_examples.jsonl, what the learned type model starts from, from the labelled corpora.

Run after a labelled corpus under tests/data changes:  .venv/bin/python scripts/build_type_examples.py
Each line is {"type", "text", "source"}: the text the classifier reads (prefix-free subject and the sender's text)."""

from __future__ import annotations

import json
from pathlib import Path

from daemon.classify.message_text import body_parts, with_attachments
from parsers.automail import ScreeningContext, screen
from parsers.errors import MalformedMessageError
from parsers.message import parse_message
from parsers.subject import clean_subject

ROOT = Path(__file__).resolve().parent.parent
# Every labelled corpus beside tests/data/requests is tuning material; the held-out parts (tests/data/heldout) never.
CORPORA = tuple(
    sorted(str(path.parent.relative_to(ROOT)) for path in (ROOT / "tests/data").glob("requests*/labels.json"))
)
OUT = ROOT / "daemon/classify/data/type_examples.jsonl"
HELPDESK = "helpdesk-p4m@polibatam.ac.id"


def main() -> None:
    context = ScreeningContext(frozenset({HELPDESK}), HELPDESK)
    rows = []
    for corpus in CORPORA:
        directory = ROOT / corpus
        labels = json.loads((directory / "labels.json").read_text(encoding="utf-8"))
        for name, label in sorted(labels.items()):
            if label["type"] == "auto":
                continue
            try:
                message = parse_message((directory / name).read_bytes())
            except MalformedMessageError:
                continue
            if screen(message, context).is_machine:
                continue
            parts = with_attachments(body_parts(message), message)
            text = f"{clean_subject(message.subject, 'P4M')}\n{parts.for_classification}"
            rows.append({"type": label["type"], "text": text, "source": f"{corpus.split('/')[-1]}/{name}"})
    OUT.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(rows)} examples written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()

"""The `helpdesk` commands that try the classifier: classify message files, eval against a labelled folder."""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Callable
from pathlib import Path

from daemon.classify.evaluation import evaluate, predict
from daemon.classify.evaluation_text import format_report
from daemon.cli.arguments import UsageError, load_args_config
from daemon.config import CONFIG_ENV, Config
from parsers.automail import ScreeningContext


def _screening(config: Config) -> ScreeningContext:
    return ScreeningContext(config.own_addresses(), config.helpdesk.address)


def cmd_classify(args: argparse.Namespace) -> int:
    config = load_args_config(args)
    context = _screening(config)
    predictions = [predict(Path(name), config.helpdesk.tag, context) for name in args.files]
    if args.json:
        rows = [
            {
                "file": p.file,
                "type": p.type,
                "confidence": p.confidence,
                "reasons": list(p.reasons),
                "fields": p.fields,
            }
            for p in predictions
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for p in predictions:
            print(f"{p.file}: {p.type} ({p.confidence:.2f}) {json.dumps(p.fields, ensure_ascii=False)}")
            print(f"    {'; '.join(p.reasons[:3])}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    config = load_args_config(args) if args.config or os.environ.get(CONFIG_ENV) else Config()
    directory = Path(args.directory)
    if not (directory / "labels.json").exists():
        raise UsageError(f"eval: no labels.json in {directory}")
    report = evaluate(directory, config.helpdesk.tag, _screening(config))
    if args.summary:
        report = report.without_details()
    print(json.dumps(report.as_json(), ensure_ascii=False, indent=2) if args.json else format_report(report))
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "classify": cmd_classify,
    "eval": cmd_eval,
}

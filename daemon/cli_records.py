"""The `helpdesk` commands about the record: classify, eval, digest, report, export, purge."""

from __future__ import annotations

import argparse
import base64
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlmodel import Session

from daemon.app import build_app, moodle_client
from daemon.config import CONFIG_ENV, Config, config_path_from, load_config
from daemon.digest import CHART_CID, build_digest, queue_digest
from daemon.errors import HelpdeskError
from daemon.evaluation import evaluate, format_report, predict
from daemon.export import ExportError, export_register, export_thread
from daemon.led_document import build_report
from daemon.led_figures import year_figures
from daemon.led_narrative import load_narrative
from daemon.led_render import ReportFormatError, to_docx, to_html, to_markdown, to_pdf
from daemon.moodle.client import MoodleError, MoodleTransportError
from daemon.retention import execute_purge, plan_purge
from parsers.automail import ScreeningContext

NEEDED_FUNCTIONS = (
    "core_webservice_get_site_info",
    "core_course_get_courses_by_field",
    "core_course_update_courses",
    "mod_forum_get_forums_by_courses",
    "mod_forum_get_forum_discussions",
    "mod_forum_add_discussion",
)


class UsageError(HelpdeskError):
    """Bad arguments: exit 2."""


def load_args_config(args: argparse.Namespace) -> Config:
    return load_config(config_path_from(args.config))


def add_record_commands(commands: Any) -> None:
    classify_cmd = commands.add_parser("classify", help="type, confidence, reasons and fields of message files")
    classify_cmd.add_argument("files", nargs="+")
    classify_cmd.add_argument("--json", action="store_true")
    evaluation = commands.add_parser("eval", help="classifier quality against DIR/labels.json")
    evaluation.add_argument("directory")
    evaluation.add_argument("--json", action="store_true")
    digest = commands.add_parser("digest", help="the monthly digest: print, write, send or show as JSON")
    digest.add_argument("--month", required=True, help="YYYY-MM")
    digest_mode = digest.add_mutually_exclusive_group()
    digest_mode.add_argument("--send", action="store_true", help="mail it to digest.recipients now")
    digest_mode.add_argument("--out", help="write the HTML (chart embedded) to this file")
    digest_mode.add_argument("--json", action="store_true", help="print the figures as JSON")
    report = commands.add_parser("report", help="the yearly LED report (Laporan Evaluasi Diri)")
    report.add_argument("--year", type=int, required=True)
    report.add_argument("--format", choices=("docx", "pdf", "html", "md"), default="docx")
    report.add_argument("--out", required=True)
    export = commands.add_parser("export", help="a thread as .eml/.mbox, or a year's register as .xlsx/.csv")
    export.add_argument("number", nargs="?", type=int, help="ticket number")
    export.add_argument("--year", type=int, help="the register of requests of this year")
    export.add_argument("--out", required=True, help="FILE.eml | FILE.mbox | FILE.xlsx | FILE.csv")
    moodle = commands.add_parser("moodle", help="the e-learning site(s) used by #approve")
    moodle.add_subparsers(dest="moodle_command", required=True, metavar="ACTION").add_parser(
        "check", help="site info, the functions the token may call, what is missing"
    )
    purge = commands.add_parser("purge", help="retention: delete tickets done before storage.retention_years")
    purge.add_argument("--dry-run", action="store_true", help="list what would go, delete nothing")


def _screening(config: Config) -> ScreeningContext:
    return ScreeningContext(frozenset({config.helpdesk.address}), config.helpdesk.address)


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
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else format_report(report))
    return 0


def cmd_digest(args: argparse.Namespace) -> int:
    try:
        year, month = (int(part) for part in args.month.split("-"))
        if not 1 <= month <= 12:
            raise ValueError
    except ValueError:
        raise UsageError(f"digest --month: expected YYYY-MM, not {args.month!r}") from None
    config = load_args_config(args)
    app = build_app(config, mail=args.send)
    planner = app.pipeline.planner
    with Session(app.engine) as session:
        digest = build_digest(session, config, config.calendar(), planner.renderer, year, month, app.clock.now())
        if args.send:
            if not config.digest.recipients:
                raise UsageError("digest --send: digest.recipients is empty in the config")
            queue_digest(session, planner, digest, config.digest.recipients)
            session.commit()
    if args.json:
        print(json.dumps(digest.figures.as_json(), ensure_ascii=False, indent=2))
    elif args.out:
        picture = base64.b64encode(digest.chart_png).decode()
        html = digest.html.replace(f"cid:{CHART_CID}", f"data:image/png;base64,{picture}")
        Path(args.out).write_text(html, encoding="utf-8")
        print(f"digest {args.month} written to {args.out}")
    elif args.send:
        report = app.outbox.run_pass()
        print(f"digest {args.month} queued to {', '.join(config.digest.recipients)}; sent {report.sent}")
    else:
        print(digest.text)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    if (args.number is None) == (args.year is None):
        raise UsageError("export: give a ticket number or --year YYYY")
    config = load_args_config(args)
    app = build_app(config, mail=False)
    out = Path(args.out)
    try:
        with Session(app.engine) as session:
            if args.number is not None:
                count = export_thread(session, args.number, out)
                print(f"ticket #{args.number}: {count} message(s) written to {out}")
            else:
                count = export_register(session, args.year, config.helpdesk.zone, out)
                print(f"register {args.year}: {count} request(s) written to {out}")
    except ExportError as error:
        raise UsageError(str(error)) from None
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    config = load_args_config(args)
    app = build_app(config, mail=False)
    narrative = load_narrative(config)
    with Session(app.engine) as session:
        figures = year_figures(session, config, config.calendar(), args.year, app.clock.now())
    blocks = build_report(config, figures, narrative)
    out = Path(args.out)
    try:
        if args.format == "docx":
            to_docx(blocks, out)
        elif args.format == "pdf":
            to_pdf(blocks, out)
        elif args.format == "html":
            title = f"LED Layanan Helpdesk P4M {args.year}"
            out.write_text(to_html(blocks, app.pipeline.planner.renderer, title), encoding="utf-8")
        else:
            out.write_text(to_markdown(blocks), encoding="utf-8")
    except ReportFormatError as error:
        raise UsageError(str(error)) from None
    print(
        f"LED report {args.year} ({figures.overall.total} requests, IKU "
        f"{figures.overall.first_response_within_target_pct}%) written to {out}"
    )
    return 0


def cmd_purge(args: argparse.Namespace) -> int:
    config = load_args_config(args)
    app = build_app(config, mail=False)
    now = app.clock.now()
    with Session(app.engine) as session:
        plan = plan_purge(session, now, config.storage.retention_years)
        numbers = ", ".join(f"#{number}" for number in plan.ticket_numbers) or "none"
        if args.dry_run:
            print(f"would purge {len(plan.ticket_numbers)} ticket(s) done before {plan.cutoff:%Y-%m-%d}: {numbers}")
            print(f"and {plan.loose_messages} message(s) outside tickets (machine or quarantined mail)")
            return 0
        report = execute_purge(session, plan, now)
        session.commit()
    print(f"purged {report.tickets} ticket(s) and {report.messages} message(s) done before {plan.cutoff:%Y-%m-%d}")
    return 0


def cmd_moodle(args: argparse.Namespace) -> int:
    config = load_args_config(args)
    sites = config.moodle.all_sites()
    if not sites:
        raise UsageError("moodle check: no [moodle] url in the config")
    failures = 0
    for name in sites:
        try:
            info = moodle_client(config, name).site_info()
        except (MoodleError, MoodleTransportError) as error:
            failures += 1
            print(f"FAIL  {name}: {error}")
            continue
        granted = {item["name"] for item in info.get("functions", [])}
        missing = sorted(set(NEEDED_FUNCTIONS) - granted)
        failures += bool(missing)
        print(
            f"{'ok  ' if not missing else 'FAIL'}  {name}: {info.get('sitename')} (Moodle {info.get('release')}), "
            f"user {info.get('username')}; {len(granted)} function(s) allowed"
            + (f"; missing: {', '.join(missing)}" if missing else "")
        )
    return 1 if failures else 0


RECORD_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "moodle": cmd_moodle,
    "classify": cmd_classify,
    "eval": cmd_eval,
    "digest": cmd_digest,
    "report": cmd_report,
    "export": cmd_export,
    "purge": cmd_purge,
}

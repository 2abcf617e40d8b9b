"""The `helpdesk` commands that write reports: the monthly digest and the yearly LED report."""

from __future__ import annotations

import argparse
import base64
import json
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlmodel import Session

from daemon.cli.arguments import UsageError, load_args_config
from daemon.progress import Progress
from daemon.reports.digest import build_digest, queue_digest
from daemon.reports.led.document import build_report
from daemon.reports.led.docx import to_docx
from daemon.reports.led.narrative import load_narrative
from daemon.reports.led.render import ReportFormatError, to_html, to_markdown, to_pdf
from daemon.reports.led.year_figures import year_figures
from daemon.wiring.app import build_app


def cmd_digest(args: argparse.Namespace) -> int:
    try:
        year, month = (int(part) for part in args.month.split("-"))
        if not 1 <= month <= 12:
            raise ValueError
    except ValueError:
        raise UsageError(f"digest --month: expected YYYY-MM, not {args.month!r}") from None
    config = load_args_config(args)
    app = build_app(config, mail=args.send)
    with Session(app.engine) as session:
        digest = build_digest(session, config, config.calendar(), app.outgoing.renderer, year, month, app.clock.now())
        if args.send:
            if not config.digest.recipients:
                raise UsageError("digest --send: digest.recipients is empty in the config")
            queue_digest(session, app.outgoing.writer, digest, config.digest.recipients)
            session.commit()
    if args.json:
        print(json.dumps(digest.figures.as_json(), ensure_ascii=False, indent=2))
    elif args.out:
        html = digest.html
        for image in digest.charts:
            picture = base64.b64encode(image.content).decode()
            html = html.replace(f"cid:{image.content_id}", f"data:image/png;base64,{picture}")
        Path(args.out).write_text(html, encoding="utf-8")
        print(f"digest {args.month} written to {args.out}")
    elif args.send:
        report = app.outbox.run_pass()
        print(f"digest {args.month} queued to {', '.join(config.digest.recipients)}; sent {report.sent}")
    else:
        print(digest.text)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    config = load_args_config(args)
    app = build_app(config, mail=False)
    narrative = load_narrative(config)
    try:
        today = app.clock.now().astimezone(config.helpdesk.zone).date()
        signed_on = date.fromisoformat(args.signed_on) if args.signed_on else today
    except ValueError:
        raise UsageError(f"report --signed-on: expected YYYY-MM-DD, not {args.signed_on!r}") from None
    out = Path(args.out)
    with Progress(f"report {args.year}", 3, "step") as progress:
        with Session(app.engine) as session:
            figures = year_figures(session, config, config.calendar(), args.year, app.clock.now())
        progress.advance(note="figures")
        blocks = build_report(config, figures, narrative, signed_on)
        progress.advance(note="document")
        try:
            if args.format == "docx":
                to_docx(blocks, out)
            elif args.format == "pdf":
                to_pdf(blocks, out)
            elif args.format == "html":
                title = f"LED Layanan Helpdesk P4M {args.year}"
                out.write_text(to_html(blocks, app.outgoing.renderer, title), encoding="utf-8")
            else:
                out.write_text(to_markdown(blocks, out), encoding="utf-8")
        except ReportFormatError as error:
            raise UsageError(str(error)) from None
        progress.advance(note=args.format)
    share = figures.overall.first_response_within_target_pct
    iku = "no first response recorded yet" if share is None else f"{share}% answered within the target"
    print(f"LED report {args.year} ({figures.overall.total} requests, IKU: {iku}) written to {out}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "digest": cmd_digest,
    "report": cmd_report,
}

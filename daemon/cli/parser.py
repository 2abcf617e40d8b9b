"""The `helpdesk` argument parser: every command and its options, built without importing what the commands run.

Each command's module imports its work (SQLAlchemy, the classifier, scikit-learn, the report writers: seconds of
CPU) only when main runs it, so that `helpdesk --help`, a mistyped option and every command that needs little start
in a fraction of a second.
"""

from __future__ import annotations

import argparse
from importlib import metadata
from typing import Any

# The values of enums that live with the work (storage.models.TicketStatus, daemon.records.export.CSV_DIALECTS,
# oauth2_authorize.Provider and Flow), written out so that the parser imports none of it; test_cli_parser checks they
# agree.
TICKET_STATUSES = ("open", "resolved", "closed", "spam")
CSV_DIALECTS = ("excel-id", "excel", "plain")
OAUTH2_PROVIDERS = ("google", "microsoft", "generic")
OAUTH2_FLOWS = ("code", "device")


class _PrintVersion(argparse.Action):
    """argparse's own version action needs the text while the parser is built: reading the installed package's
    metadata then would cost every command that never asks for it."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(f"{parser.prog} {metadata.version('p4m-helpdesk')}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="helpdesk", description="P4M Helpdesk: e-mail ticketing daemon.")
    parser.add_argument("--version", action=_PrintVersion, help="print the installed version and exit")
    parser.add_argument("--config", help="config file (default: $HELPDESK_CONFIG)")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug lines")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    commands.add_parser("run", help="the daemon: intake loop and jobs until SIGTERM")
    poll = commands.add_parser("poll", help="one intake pass and one outbox pass, then exit")
    poll.add_argument("--once", action="store_true", help="run one pass (the only mode)")
    _ingest(commands)
    _tickets(commands)
    db = commands.add_parser("db", help="database schema")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_commands.add_parser("upgrade", help="apply migrations")
    commands.add_parser("check", help="validate config, reach storage, mailbox and mail server")
    for group in (_classifier, _reports, _archive, _moodle, _oauth2, _mail, _availability):
        group(commands)
    return parser


def _ingest(commands: Any) -> None:
    ingest = commands.add_parser("ingest", help="store raw messages as if they had arrived")
    ingest.add_argument("files", nargs="*", default=["-"], metavar="FILE", help="message files, or - for stdin")
    ingest.add_argument("--channel", default="email", help="email, whatsapp, phone, walk-in, ...")
    ingest.add_argument("--received-at", help="ISO 8601 arrival time (default: now)")
    mailing = ingest.add_mutually_exclusive_group()
    mailing.add_argument(
        "--no-mail", action="store_true", help="record the replies this would send without sending them"
    )
    mailing.add_argument(
        "--send-mail",
        action="store_true",
        help="send the replies even for a message received more than a day ago (withheld by default)",
    )
    ingest.add_argument("--from", dest="sender", help="a plain note's requester: phone number or e-mail address")
    ingest.add_argument("--name", default="", help="a plain note's requester's name")
    ingest.add_argument("--subject", default="", help="a plain note's subject (default: its first line)")


def _tickets(commands: Any) -> None:
    tickets = commands.add_parser("tickets", help="what is in the record")
    ticket_commands = tickets.add_subparsers(dest="tickets_command", required=True, metavar="ACTION")
    listing = ticket_commands.add_parser("list", help="all tickets, or those with one status")
    listing.add_argument("--status", choices=TICKET_STATUSES)
    listing.add_argument("--json", action="store_true")
    show = ticket_commands.add_parser("show", help="one ticket with its messages and events")
    show.add_argument("number", type=int)
    show.add_argument("--json", action="store_true")
    respond = ticket_commands.add_parser("respond", help="record a first response given outside mail")
    respond.add_argument("number", type=int)
    respond.add_argument("--at", required=True, help="ISO 8601 time of the response")
    respond.add_argument("--channel", required=True, help="phone, whatsapp, desk, ...")
    respond.add_argument("--by", default="", help="who responded")


def _classifier(commands: Any) -> None:
    classify_cmd = commands.add_parser("classify", help="type, confidence, reasons and fields of message files")
    classify_cmd.add_argument("files", nargs="+")
    classify_cmd.add_argument("--json", action="store_true")
    evaluation = commands.add_parser("eval", help="classifier quality against DIR/labels.json")
    evaluation.add_argument("directory")
    evaluation.add_argument("--json", action="store_true")
    evaluation.add_argument(
        "--summary",
        action="store_true",
        help="figures only, no file names or texts (for corpora kept unread while tuning)",
    )
    examples = commands.add_parser("examples", help="what staff taught the classifier with #type and #set")
    actions = examples.add_subparsers(dest="examples_command", required=True, metavar="ACTION")
    export = actions.add_parser(
        "export", help="each corrected request as DIR/NNNN-<ticket>.eml with DIR/labels.json, a corpus for eval"
    )
    export.add_argument("directory", metavar="DIR", help="a new or empty directory")


def _reports(commands: Any) -> None:
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
    report.add_argument("--signed-on", help="date on the approval page, YYYY-MM-DD (default: today)")


def _archive(commands: Any) -> None:
    export = commands.add_parser("export", help="a thread as .eml/.mbox, or a year's register as .xlsx/.csv")
    export.add_argument("number", nargs="?", type=int, help="ticket number")
    export.add_argument("--year", type=int, help="the register of requests of this year")
    export.add_argument("--out", required=True, help="FILE.eml | FILE.mbox | FILE.xlsx | FILE.csv")
    export.add_argument("--lang", choices=("id", "en"), default="id", help="the register's headers and words")
    export.add_argument(
        "--csv-dialect",
        choices=CSV_DIALECTS,
        default="excel-id",
        help="excel-id: ';' and a BOM (Excel in an Indonesian locale); excel: ',' and a BOM; plain: ','",
    )
    purge = commands.add_parser("purge", help="retention: delete tickets done before storage.retention_years")
    purge.add_argument("--dry-run", action="store_true", help="count what would go by year, delete nothing")
    purge.add_argument("--list", action="store_true", help="with --dry-run: every ticket, not only the first")


def _moodle(commands: Any) -> None:
    moodle = commands.add_parser("moodle", help="the e-learning site(s) used by #approve")
    moodle.add_subparsers(dest="moodle_command", required=True, metavar="ACTION").add_parser(
        "check", help="site info, the functions the token may call, what is missing"
    )


def _oauth2(commands: Any) -> None:
    oauth2 = commands.add_parser("oauth2", help="OAuth2 consent for a Google Workspace or Microsoft 365 mailbox")
    oauth2_commands = oauth2.add_subparsers(dest="oauth2_command", required=True, metavar="ACTION")
    consent = oauth2_commands.add_parser("authorize", help="ask for consent once; store the refresh token")
    consent.add_argument("--provider", required=True, choices=OAUTH2_PROVIDERS)
    consent.add_argument("--flow", choices=OAUTH2_FLOWS, help="default: device for microsoft")
    consent.add_argument("--section", choices=["intake", "outgoing"], help="default: every oauth2 section")
    consent.add_argument("--authorize-url", default="", help="authorization endpoint (generic provider)")
    consent.add_argument("--device-url", default="", help="device authorization endpoint (generic provider)")
    consent.add_argument("--port", type=int, default=0, help="loopback port for the redirect (default: any free)")


def _mail(commands: Any) -> None:
    quarantine = commands.add_parser("quarantine", help="mail that could not be processed, and processing it again")
    quarantine_commands = quarantine.add_subparsers(dest="quarantine_command", required=True, metavar="ACTION")
    listing = quarantine_commands.add_parser("list", help="quarantined mail with the reason")
    listing.add_argument("--json", action="store_true")
    retry = quarantine_commands.add_parser("retry", help="put quarantined mail through the pipeline again")
    _target(retry)
    outbox = commands.add_parser("outbox", help="outgoing mail not sent yet, and sending failed mail again")
    outbox_commands = outbox.add_subparsers(dest="outbox_command", required=True, metavar="ACTION")
    listing = outbox_commands.add_parser("list", help="mail waiting to be sent (or retried) and mail that failed")
    listing.add_argument("--failed", action="store_true", help="only mail that failed for good")
    listing.add_argument("--json", action="store_true")
    _target(outbox_commands.add_parser("retry", help="send failed (or waiting) outgoing mail again now"))


def _target(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("id", nargs="?", type=int, help="the ID shown by list")
    parser.add_argument("--all", action="store_true", help="every one of them")


def _availability(commands: Any) -> None:
    availability = commands.add_parser("availability", help="service availability per month or year (probes)")
    period = availability.add_mutually_exclusive_group()
    period.add_argument("--month", help="YYYY-MM (default: this month)")
    period.add_argument("--year", type=int, help="YYYY")
    availability.add_argument("--json", action="store_true")
    maintenance = commands.add_parser("maintenance", help="planned maintenance windows (not counted as downtime)")
    actions = maintenance.add_subparsers(dest="maintenance_command", required=True, metavar="ACTION")
    add = actions.add_parser("add", help="record a planned window for one service")
    add.add_argument("--service", required=True, help="a probe name from [[availability.probe]]")
    add.add_argument("--start", required=True, help="ISO 8601, e.g. 2026-12-07T22:00 (helpdesk.timezone if no offset)")
    add.add_argument("--end", required=True, help="ISO 8601")
    add.add_argument("--note", default="", help="what the work is")

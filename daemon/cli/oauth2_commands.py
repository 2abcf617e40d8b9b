"""`helpdesk oauth2 authorize --provider google|microsoft|generic`: ask a person for consent once."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from daemon.cli.arguments import load_args_config
from daemon.cli.oauth2_authorize import Flow, Provider, authorize, consent_for


def add_commands(commands: Any) -> None:
    oauth2 = commands.add_parser("oauth2", help="OAuth2 consent for a Google Workspace or Microsoft 365 mailbox")
    oauth2_commands = oauth2.add_subparsers(dest="oauth2_command", required=True, metavar="ACTION")
    consent = oauth2_commands.add_parser("authorize", help="ask for consent once; store the refresh token")
    consent.add_argument("--provider", required=True, choices=[item.value for item in Provider])
    consent.add_argument("--flow", choices=[item.value for item in Flow], help="default: device for microsoft")
    consent.add_argument("--section", choices=["intake", "outgoing"], help="default: every oauth2 section")
    consent.add_argument("--authorize-url", default="", help="authorization endpoint (generic provider)")
    consent.add_argument("--device-url", default="", help="device authorization endpoint (generic provider)")
    consent.add_argument("--port", type=int, default=0, help="loopback port for the redirect (default: any free)")


def cmd_oauth2(args: argparse.Namespace) -> int:
    config = load_args_config(args)
    consent = consent_for(
        config,
        Provider(args.provider),
        args.section,
        Flow(args.flow) if args.flow else None,
        args.authorize_url,
        args.device_url,
    )
    authorize(consent, port=args.port)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "oauth2": cmd_oauth2,
}

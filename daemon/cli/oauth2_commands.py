"""`helpdesk oauth2 authorize --provider google|microsoft|generic`: ask a person for consent once."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from daemon.cli.arguments import load_args_config
from daemon.cli.oauth2_authorize import Flow, Provider, authorize, consent_for


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

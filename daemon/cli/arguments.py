"""What every `helpdesk` command shares: the usage error (exit 2), loading the config, reading a time argument."""

from __future__ import annotations

import argparse
from datetime import datetime

from daemon.config import Config, config_path_from, load_config
from daemon.errors import HelpdeskError


class UsageError(HelpdeskError):
    """Bad arguments: exit 2."""


def load_args_config(args: argparse.Namespace) -> Config:
    return load_config(config_path_from(args.config))


def moment_argument(text: str, option: str, config: Config) -> datetime:
    """An ISO 8601 time given on the command line; one without a zone is in the helpdesk's time zone."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option}: not an ISO 8601 time: {text!r}") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=config.helpdesk.zone)

"""What every `helpdesk` command shares: the usage error (exit 2) and loading the config the arguments name."""

from __future__ import annotations

import argparse

from daemon.config import Config, config_path_from, load_config
from daemon.errors import HelpdeskError


class UsageError(HelpdeskError):
    """Bad arguments: exit 2."""


def load_args_config(args: argparse.Namespace) -> Config:
    return load_config(config_path_from(args.config))

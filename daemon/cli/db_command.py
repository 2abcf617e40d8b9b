"""`helpdesk db upgrade`: bring the database schema to the one this code needs."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from daemon.cli.arguments import load_args_config
from storage.engine import make_engine, upgrade


def cmd_db(args: argparse.Namespace) -> int:
    config = load_args_config(args)
    before, after = upgrade(make_engine(config.database_url))
    print(f"schema {before or 'empty'} -> {after}")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {"db": cmd_db}

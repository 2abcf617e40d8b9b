"""The program's entry point (`helpdesk`, `python -m daemon`), which imports the command line only when it runs.

Processes started with spawn (the parsing worker) import the main module again: were the command line imported
here at the top, every worker would load the whole daemon (SQLAlchemy, Jinja2, Alembic, ...), about 1 s of CPU
and 50 MB it never uses. Python's spawn does not re-run a package's __main__, and the console script imports
only this module.
"""

from __future__ import annotations

import sys


def run() -> int:
    from daemon.cli.main import main  # here, not above: see the module's docstring

    return main()


if __name__ == "__main__":
    sys.exit(run())

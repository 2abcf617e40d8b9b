"""`helpdesk moodle check`: whether each configured Moodle site answers and lets the token call what #approve needs."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from daemon.cli.arguments import UsageError, load_args_config
from daemon.moodle.client import MoodleError, MoodleTransportError
from daemon.wiring.app import moodle_client

NEEDED_FUNCTIONS = (
    "core_webservice_get_site_info",
    "core_course_get_courses_by_field",
    "core_course_update_courses",
    "mod_forum_get_forums_by_courses",
    "mod_forum_get_forum_discussions",
    "mod_forum_add_discussion",
)


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


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "moodle": cmd_moodle,
}

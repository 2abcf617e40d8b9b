"""Recognise the reports a server's own programs mail: job output, alerts, log summaries, upgrade and build results."""

from __future__ import annotations

import re

from parsers.message import ParsedMessage

# cron mails a job's output under "Cron <user@host> command" (Vixie cron and cronie alike), and Debian's cron adds
# its environment as X-Cron-Env headers; anacron writes "Anacron job 'cron.daily' on host". A person forwarding it
# writes "Fwd:" first.
_SCHEDULER_SUBJECT = re.compile(r"^\s*(?:Cron\s<[^<>\s@]+@[^<>\s]+>\s|Anacron job\s'[^']+'\son\s)")
# The subjects these programs write, each in its own fixed form: Nagios and Icinga ("** PROBLEM Service Alert: ...
# **"), Prometheus Alertmanager and Grafana ("[FIRING:1] ...", "[RESOLVED] ..."), Logwatch ("Logwatch for host
# (Linux)"), sudo ("*** SECURITY information for host ***"), unattended-upgrades ("[host] unattended-upgrades result
# for ..."), Jenkins ("Build failed in Jenkins: job #42"), Monit ("monit alert --"), Fail2Ban ("[Fail2Ban] ..."). A
# person writing about one of them writes their own words around it, or "Fwd:" first.
_REPORT_SUBJECT = re.compile(
    r"^\s*(?:\*\*\s(?:PROBLEM|RECOVERY|ACKNOWLEDGEMENT|FLAPPING\w*)\s(?:Service|Host)\sAlert:|"
    r"\[(?:FIRING:\d+|RESOLVED)\]|Logwatch\sfor\s\S+\s\(|\*\*\*\sSECURITY\sinformation\sfor\s|"
    r"(?:\[[^\]\n]{1,60}\]\s)?unattended-upgrades\sresult\sfor\s|(?:Build\s(?:failed|fixed|still\sfailing|unstable)|"
    r"Jenkins\sbuild\s\w+)\sin\sJenkins:|monit\salert\s--|\[Fail2Ban\]\s)"
)
# Headers these programs stamp: Jenkins's job, Alertmanager's and Grafana's own.
_REPORT_HEADERS = ("X-Jenkins-Job", "X-Grafana-Alert", "X-Alertmanager", "X-Zabbix-Trigger")


def server_report(message: ParsedMessage) -> str | None:
    for name in _REPORT_HEADERS:
        if message.header(name) is not None:
            return f"{name} header"
    if _REPORT_SUBJECT.match(message.subject):
        return f"a server program's report ({message.subject[:60]!r})"
    return None


def scheduled_job(message: ParsedMessage) -> str | None:
    if message.header("X-Cron-Env") is not None:
        return "X-Cron-Env header"
    if _SCHEDULER_SUBJECT.match(message.subject):
        return f"a scheduled job's output ({message.subject[:60]!r})"
    return None

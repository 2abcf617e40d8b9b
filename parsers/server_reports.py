"""Recognise the reports a server's own programs mail: monitoring alerts, log summaries, upgrade and build results."""

from __future__ import annotations

import re

from parsers.message import ParsedMessage

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

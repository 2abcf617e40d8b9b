"""Recognise mail that a scheduled job or a mass-mailing service sent, by what those programs stamp on it."""

from __future__ import annotations

import re

from parsers.message import ParsedMessage

# cron mails a job's output under "Cron <user@host> command" (Vixie cron and cronie alike), and Debian's cron adds
# its environment as X-Cron-Env headers; anacron writes "Anacron job 'cron.daily' on host". A person forwarding it
# writes "Fwd:" first.
_SCHEDULER_SUBJECT = re.compile(r"^\s*(?:Cron\s<[^<>\s@]+@[^<>\s]+>\s|Anacron job\s'[^']+'\son\s)")
# Headers only a mass-mailing service stamps on its campaigns and newsletters (Mailchimp, SendGrid, Brevo, Mailjet,
# Mailgun's campaigns, Campaign Monitor).
_CAMPAIGN_HEADERS = (
    "X-MC-User",
    "X-Campaign",
    "X-CampaignID",
    "X-SG-EID",
    "X-Mailin-Campaign",
    "X-sib-id",
    "X-MJ-Mid",
    "X-Mailgun-Campaign-Id",
    "X-CMAE-Envelope",
)
# The mailers of newsletters and campaigns, as they name themselves in X-Mailer.
_CAMPAIGN_MAILER = re.compile(
    r"\b(?:mailchimp|sendgrid|phplist|mautic|sendy|mailpoet|sendinblue|brevo|mailerlite|mailjet|acymailing|"
    r"constant\s?contact|campaign\s?monitor|getresponse|moosend|listmonk)\b",
    re.IGNORECASE,
)


def scheduled_job(message: ParsedMessage) -> str | None:
    if message.header("X-Cron-Env") is not None:
        return "X-Cron-Env header"
    if _SCHEDULER_SUBJECT.match(message.subject):
        return f"a scheduled job's output ({message.subject[:60]!r})"
    return None


def mass_mailer(message: ParsedMessage) -> str | None:
    for name in _CAMPAIGN_HEADERS:
        if message.header(name) is not None:
            return f"mass-mailing header {name}"
    mailer = message.header("X-Mailer") or ""
    if _CAMPAIGN_MAILER.search(mailer):
        return f"X-Mailer: {mailer[:60]}"
    return None

"""Recognise mail a mass-mailing service sent (newsletters, campaigns), by the headers it stamps on it."""

from __future__ import annotations

import re

from parsers.message import ParsedMessage

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


def mass_mailer(message: ParsedMessage) -> str | None:
    for name in _CAMPAIGN_HEADERS:
        if message.header(name) is not None:
            return f"mass-mailing header {name}"
    mailer = message.header("X-Mailer") or ""
    if _CAMPAIGN_MAILER.search(mailer):
        return f"X-Mailer: {mailer[:60]}"
    return None

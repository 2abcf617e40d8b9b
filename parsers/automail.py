"""Recognise machine mail (auto-replies, bounces, bulk, loops) that must never get a reply."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parseaddr

from parsers.device_mail import scanned_by_device
from parsers.machine_receipts import (
    away_subject,
    calendar_reply,
    client_receipt,
    mail_report,
    system_notice,
    ticket_system_receipt,
)
from parsers.mass_mail import mass_mailer
from parsers.message import ParsedMessage
from parsers.server_reports import scheduled_job, server_report
from parsers.service_notices import service_notice
from parsers.system_wording import system_wording

LOOP_HEADER = "X-Helpdesk-Loop"

_MACHINE_LOCAL_PARTS = re.compile(
    r"^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|donotreply|noreply-[\w.-]+|bounces?(\+.*)?|"
    # a system's own no-reply sender: "forms-receipts-noreply", "siakad-no-reply", "calendar-notification.noreply"
    r"mail-daemon|daemon|auto-?reply|autoresponder|[\w.-]+[-_.]no-?reply|"
    # report robots: "dmarcreport", "noreply-dmarc-support", "tlsrpt-noreply", "dmarc_rua"
    r"[\w.-]*(?:dmarc|tlsrpt)[\w.-]*|"
    # notifiers and Exchange's own bounce sender: "calendar-notification", "notifications", "MicrosoftExchange329e..."
    r"(?:[\w.-]+[-_.])?notifications?|(?:[\w.-]+[-_.])?notify|microsoftexchange[0-9a-f]*)$",
    re.IGNORECASE,
)
# An away reply marks the subject it answers ("Balasan Otomatis: Jadwal UAS", "Out of Office - Re: ...") or is the
# whole subject; a person may open a subject with the same words ("Balasan otomatis tidak kunjung datang"). "OOO"
# opens no request.
_AWAY_MARK = (
    r"(?:automatic reply|auto(?:matic)?[- ]?reply|autoreply|balasan otomatis|balasan automatis|pesan otomatis|"
    r"out of (?:the )?office(?: autoreply)?|di luar kantor|sedang cuti|away from (?:the )?office|"
    r"on annual leave|abwesenheitsnotiz|r[ée]ponse automatique)(?=\s*(?::|$|[-\u2013|]\s|\(|\[))"
    # "Otomatis: [P4M #2360] ...", "Otomatis: Re: ...": the bare word only before a reply's mark or a ticket's tag.
    r"|(?:otomatis|automatis)(?=\s*:\s*(?:re\s*:|aw\s*:|\[[^\]\n]{1,20}#\d+\]))"
)
_AUTO_SUBJECT = re.compile(
    rf"^\s*({_AWAY_MARK}|ooo|undeliverable|undelivered mail|"
    r"delivery status notification|mail delivery (?:failed|failure|subsystem)|returned mail|"
    r"delayed mail|tidak dapat dikirim|tidak terkirim|pemberitahuan status pengiriman|pesan gagal (?:di)?kirim|"
    r"pengiriman (?:pesan )?gagal|warning: could not send|warning: message [^\n]{0,80}?delayed|pesan tertunda)\b",
    re.IGNORECASE,
)

# Outlook turns a recall into plain mail for recipients outside the sender's Exchange: a "Recall:" subject and
# a generated first sentence. Both must be there, so a person writing about a recall is still read.
_RECALL_SUBJECT = re.compile(r"^\s*(?:recall|penarikan(?: kembali)?|tarik kembali|menarik kembali)\s*:", re.IGNORECASE)
_RECALL_SENTENCE = re.compile(
    r"\A\s*[^\n]{0,160}?\b(would like to recall the message|ingin menarik(?: kembali)? pesan)", re.IGNORECASE
)


@dataclass(frozen=True)
class ScreeningContext:
    """What the rules need to know about us."""

    own_addresses: frozenset[str]
    loop_value: str


@dataclass(frozen=True)
class Rule:
    """A named check returning the reason it fired, or None."""

    name: str
    check: Callable[[ParsedMessage, ScreeningContext], str | None]


def relayed_for_person(message: ParsedMessage, context: ScreeningContext) -> bool:
    """A system (a service form, a contact form, another unit's ticket system) passing on a person's new request.

    It names the person in Reply-To and again in the text it relays (by address, or by the full name a form shows); a
    notice, an auto-reply or a receipt answering our mail does neither both nor starts a conversation, so it stays
    screened.
    """
    person = message.reply_to.lower()
    if not person or person == message.from_addr.lower() or message.in_reply_to or message.references:
        return False
    if any(item.content_type == "text/calendar" for item in message.attachments):
        return False  # an invitation a calendar system sent names its organiser the same way
    if service_notice(message):
        return False  # a sharing or form service names the person whose action it notifies the same way
    if _MACHINE_LOCAL_PARTS.match(person.split("@", 1)[0]) or without_tag(person) in {
        without_tag(own) for own in context.own_addresses
    }:
        return False
    return person in message.text.lower() or _names(message, parseaddr(message.header("Reply-To") or "")[0])


def _names(message: ParsedMessage, name: str) -> bool:
    """A form that shows the person by name only ("Nama Pemohon : Yulia Hartati"): a name of two words or more."""
    words = name.split()
    if len(words) < 2 or any(character.isdigit() for character in name):
        return False
    written = re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)
    return bool(written.search(message.text))


def _auto_submitted(message: ParsedMessage, context: ScreeningContext) -> str | None:
    value = message.header("Auto-Submitted")
    if value is None:
        return None
    kind = value.split(";")[0].strip().lower()
    if kind == "no" or (kind == "auto-generated" and relayed_for_person(message, context)):
        return None
    return f"Auto-Submitted: {value}"


def _autoreply_headers(message: ParsedMessage, _: ScreeningContext) -> str | None:
    for name in ("X-Autoreply", "X-Autorespond", "X-Auto-Response-Suppress", "X-Autogenerated"):
        value = message.header(name)
        if value is not None:
            return f"{name}: {value}"
    return None


def _precedence(message: ParsedMessage, _: ScreeningContext) -> str | None:
    value = (message.header("Precedence") or "").strip().lower()
    return f"Precedence: {value}" if value in ("bulk", "junk", "list", "auto_reply") else None


def _mailing_list(message: ParsedMessage, _: ScreeningContext) -> str | None:
    for name in ("List-Id", "List-Unsubscribe", "List-Post"):
        if message.header(name) is not None:
            return f"mailing-list header {name}"
    return None


def _delivery_report(message: ParsedMessage, _: ScreeningContext) -> str | None:
    content_type = (message.header("Content-Type") or "").lower()
    if "multipart/report" in content_type:
        return "delivery or disposition report (multipart/report)"
    if any(item.content_type == "message/delivery-status" for item in message.attachments):
        return "delivery-status part"
    return None


def _null_return_path(message: ParsedMessage, _: ScreeningContext) -> str | None:
    value = message.header("Return-Path")
    if value is not None and value.replace(" ", "") == "<>":
        return "null Return-Path (bounce or auto-reply)"
    return None


def _machine_sender(message: ParsedMessage, context: ScreeningContext) -> str | None:
    local_part = message.from_addr.split("@", 1)[0]
    if not message.from_addr:
        # An unclear From goes to staff as a flagged ticket instead (see sender_problem).
        return None if message.sender_problem else "no sender address"
    if _MACHINE_LOCAL_PARTS.match(local_part) and not relayed_for_person(message, context):
        return f"machine sender {message.from_addr}"
    return None


def without_tag(address: str) -> str:
    """`helpdesk-p4m+12-ab12@x` -> `helpdesk-p4m@x`: a plus-address is still the same mailbox."""
    local, at, domain = address.lower().rpartition("@")
    return f"{local.split('+', 1)[0]}{at}{domain}" if at else address.lower()


def _own_address(message: ParsedMessage, context: ScreeningContext) -> str | None:
    if message.from_addr and without_tag(message.from_addr) in {without_tag(own) for own in context.own_addresses}:
        return f"sent from our own address {message.from_addr}"
    return None


def _own_loop_header(message: ParsedMessage, context: ScreeningContext) -> str | None:
    for value in message.header_values(LOOP_HEADER):
        if value.strip().lower() == context.loop_value.lower():
            return f"carries our loop header {LOOP_HEADER}"
    return None


def _auto_subject(message: ParsedMessage, _: ScreeningContext) -> str | None:
    match = _AUTO_SUBJECT.match(message.subject)
    return f"auto-reply subject {match.group(1)!r}" if match else None


def _ticket_system(message: ParsedMessage, context: ScreeningContext) -> str | None:
    return None if relayed_for_person(message, context) else ticket_system_receipt(message)


def _system_notice(message: ParsedMessage, context: ScreeningContext) -> str | None:
    # a form that relays a person's request says it was sent automatically too
    return None if relayed_for_person(message, context) else system_notice(message)


def _outlook_recall(message: ParsedMessage, _: ScreeningContext) -> str | None:
    if not _RECALL_SUBJECT.match(message.subject):
        return None
    match = _RECALL_SENTENCE.match(message.text)
    return f"Outlook recall of an earlier message ({match.group(1)!r})" if match else None


RULES: tuple[Rule, ...] = (
    Rule("own-loop-header", _own_loop_header),
    Rule("own-address", _own_address),
    Rule("auto-submitted", _auto_submitted),
    Rule("autoreply-header", _autoreply_headers),
    Rule("delivery-report", _delivery_report),
    Rule("null-return-path", _null_return_path),
    Rule("machine-sender", _machine_sender),
    Rule("precedence", _precedence),
    Rule("mailing-list", _mailing_list),
    Rule("auto-subject", _auto_subject),
    Rule("outlook-recall", _outlook_recall),
    Rule("scheduled-job", lambda message, _: scheduled_job(message)),
    Rule("server-report", lambda message, _: server_report(message)),
    Rule("scanned-by-device", lambda message, _: scanned_by_device(message)),
    Rule(
        "mass-mailer",
        lambda message, context: None if relayed_for_person(message, context) else mass_mailer(message),
    ),
    Rule("away-subject", lambda message, _: away_subject(message)),
    Rule("mail-report", lambda message, _: mail_report(message)),
    Rule("calendar-reply", lambda message, _: calendar_reply(message)),
    Rule("client-receipt", lambda message, _: client_receipt(message)),
    Rule("ticket-system", _ticket_system),
    Rule("system-notice", _system_notice),
    Rule(
        "system-wording",
        lambda message, context: None if relayed_for_person(message, context) else system_wording(message),
    ),
)


@dataclass(frozen=True)
class ScreeningVerdict:
    reasons: tuple[str, ...]

    @property
    def is_machine(self) -> bool:
        return bool(self.reasons)

    @property
    def summary(self) -> str:
        return "; ".join(self.reasons)


def screen(message: ParsedMessage, context: ScreeningContext) -> ScreeningVerdict:
    """Every rule that fires, with its reason; no reasons means a human wrote it."""
    reasons = []
    for rule in RULES:
        reason = rule.check(message, context)
        if reason is not None:
            reasons.append(f"{rule.name}: {reason}")
    return ScreeningVerdict(tuple(reasons))

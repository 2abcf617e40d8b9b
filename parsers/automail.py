"""Recognise machine mail (auto-replies, bounces, bulk, loops) that must never get a reply."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import parseaddr

from parsers.message import ParsedMessage

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
_AUTO_SUBJECT = re.compile(
    r"^\s*(automatic reply|auto(?:matic)?[- ]?reply|autoreply|balasan otomatis|balasan automatis|"
    r"pesan otomatis|out of (?:the )?office|di luar kantor|sedang cuti|undeliverable|undelivered mail|"
    r"delivery status notification|mail delivery (?:failed|failure|subsystem)|returned mail|"
    r"delayed mail|tidak dapat dikirim|tidak terkirim|pemberitahuan status pengiriman|pesan gagal (?:di)?kirim|"
    r"pengiriman (?:pesan )?gagal|warning: could not send|warning: message [^\n]{0,80}?delayed|pesan tertunda|ooo|away from (?:the )?office|on annual leave|abwesenheitsnotiz|r[ée]ponse automatique)\b",
    re.IGNORECASE,
)

# A vacation reply that sets no header still marks its subject before the one it answers: "[Cuti] Re: ...",
# "(Out of Office) RE: ...", "Sedang dinas luar: Re: ...". A person's own subject does not go on with "Re:".
_AWAY_WORDS = (
    r"cuti|sedang cuti|cuti melahirkan|on leave|out of (?:the )?office|ooo|away|vacation|on holiday|holiday|libur|"
    r"dinas luar|sedang dinas|tidak di kantor|di luar kantor|auto(?:matic)?[- ]?reply|balasan otomatis|otomatis"
)
_AWAY_SUBJECT = re.compile(
    rf"^\s*(?:\[(?:{_AWAY_WORDS})[^\]\n]{{0,40}}\]|\((?:{_AWAY_WORDS})[^)\n]{{0,40}}\)|(?:{_AWAY_WORDS})\s*[:|\-\u2013])"
    r"\s*(?:re|aw|balas|bls|fw|fwd|tr|sv|antw)\s*:"
    # Notes: "AUTO: Robert Tan is out of the office (returning 13/12/2027)"
    r"|^\s*auto\s*:[^\n]{0,80}?\b(?:out of (?:the )?office|is away|on leave|on vacation|cuti|di luar kantor|"
    r"tidak (?:berada )?di kantor)\b",
    re.IGNORECASE,
)
# A mail server's aggregate or TLS report: "Report Domain: x.ac.id Submitter: google.com Report-ID: ...".
_REPORT_SUBJECT = re.compile(
    r"^\s*(?:report domain:\s*\S+\s+submitter:|dmarc aggregate report\b|\[?dmarc\]? report\b|report-id:|"
    r"tls(?:-rpt)? report\b)",
    re.IGNORECASE,
)
# A calendar's answer to an invitation ("Accepted:", "Diterima:", "Ditolak:"): its calendar part says METHOD:REPLY.
_CALENDAR_REPLY = re.compile(rb"^METHOD:[ \t]*(?:REPLY|COUNTER|DECLINECOUNTER)[ \t]*\r?$", re.IGNORECASE | re.MULTILINE)
# A receipt a mail client writes for its user: "Read: X" over "was read on ...", "Delivered: X" over "has been
# delivered", "Diterima: X" with an empty text (a meeting answered without a comment).
_RECEIPT_SUBJECT = re.compile(
    r"^\s*(?:read|not read|dibaca|telah dibaca|tidak dibaca|delivered|terkirim|accepted|declined|tentative|"
    r"tentatively accepted|diterima|ditolak|tentatif|menerima|menolak)\s*:",
    re.IGNORECASE,
)
_RECEIPT_TEXT = re.compile(
    r"\A\W*(?:\Z|[\s\S]{0,400}?\b(?:was read on|was deleted without being read|telah dibaca pada|dihapus tanpa dibaca|"
    r"has been delivered to|telah (?:berhasil )?(?:dikirim|disampaikan) ke(?:pada)?|has (?:accepted|declined|"
    r"tentatively accepted) (?:this|the|your) (?:meeting|invitation)|telah (?:menerima|menolak) (?:rapat|undangan)))",
    re.IGNORECASE,
)
# Another unit's ticket system acknowledging our mail: its own loop headers, or its tag opening a fresh subject
# ("[Ticket#2027111610000214] ...") over a receipt ("telah tercatat", "has been received").
_TICKET_HEADERS = ("X-OTRS-Loop", "X-Znuny-Loop", "X-RT-Loop-Prevention", "RT-Ticket", "X-Zammad-Ticket-Number")
_TICKET_SUBJECT = re.compile(
    r"\[(?:(?:ticket|tiket|case|kasus|request|req|incident|insiden|sr|laporan)\s*(?:#|no\.?|nomor|:)?|#)\s*\d{3,}\]|"
    r"\[jira\]",
    re.IGNORECASE,
)
# A system that keeps the subject it answers ("RE: [P4M #4110] ... [Ticket#123]") says it is one.
_AUTOMATED = re.compile(
    r"\b(?:otomatis|automated|automatic(?:ally)?|do not reply|jangan membalas|tidak membalas|no-?reply)\b",
    re.IGNORECASE,
)
_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|balas|bls|fw|fwd|tr|sv|antw)\s*:", re.IGNORECASE)
_RECEIPT = re.compile(
    r"\b(?:(?:telah|sudah) (?:kami )?(?:terima|diterima|tercatat|dicatat|terdaftar)|"
    r"(?:has|have) been (?:received|logged|recorded|created|registered)|we (?:have )?received your|"
    r"(?:mohon|harap) (?:tidak|jangan) membalas|do not reply)\b",
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


def _away_subject(message: ParsedMessage, _: ScreeningContext) -> str | None:
    match = _AWAY_SUBJECT.match(message.subject)
    return f"away notice before the answered subject {match.group(0).strip()!r}" if match else None


def _client_receipt(message: ParsedMessage, _: ScreeningContext) -> str | None:
    # (a person's file sent under such a subject, with no text, is theirs)
    files = any(item.content_type != "text/calendar" for item in message.attachments)
    if _RECEIPT_SUBJECT.match(message.subject) and _RECEIPT_TEXT.match(message.text) and not files:
        return f"a mail client's receipt ({message.subject[:60]!r})"
    return None


def _mail_report(message: ParsedMessage, _: ScreeningContext) -> str | None:
    return "a mail server's report (DMARC or TLS)" if _REPORT_SUBJECT.match(message.subject) else None


def _calendar_reply(message: ParsedMessage, _: ScreeningContext) -> str | None:
    for item in message.attachments:
        if item.content_type == "text/calendar" and _CALENDAR_REPLY.search(item.content[:8192]):
            return "a calendar's answer to an invitation (METHOD:REPLY)"
    return None


def _ticket_system(message: ParsedMessage, context: ScreeningContext) -> str | None:
    if relayed_for_person(message, context):
        return None
    for name in _TICKET_HEADERS:
        if message.header(name) is not None:
            return f"another ticket system's header {name}"
    # (a person answering such a receipt writes "Re:" before its tag)
    tagged = _TICKET_SUBJECT.search(message.subject)
    said = not _REPLY_PREFIX.match(message.subject) or _AUTOMATED.search(message.text[:2000])
    if tagged and said and _RECEIPT.search(message.text[:2000]):
        return "another ticket system's receipt"
    return None


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
    Rule("away-subject", _away_subject),
    Rule("mail-report", _mail_report),
    Rule("calendar-reply", _calendar_reply),
    Rule("client-receipt", _client_receipt),
    Rule("ticket-system", _ticket_system),
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

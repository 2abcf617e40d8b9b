"""Decide whether mail from a staff address really comes from that staff member."""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

from parsers.message import ParsedMessage

_RESULT = re.compile(r"\b(dkim|dmarc)\s*=\s*(\w+)([^;]*)", re.IGNORECASE)
_PROPERTY = re.compile(r"\b(header\.(?:d|i|from))\s*=\s*([^\s;]+)", re.IGNORECASE)
_ADDRESS_HEADERS = ("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To")


@dataclass(frozen=True)
class StaffCheck:
    is_staff_address: bool
    authenticated: bool
    how: str


def reply_signature(key: bytes, ticket_id: int) -> str:
    return hmac.new(key, f"ticket:{ticket_id}".encode(), hashlib.sha256).hexdigest()[:16]


def signed_reply_address(address: str, key: bytes, ticket_id: int) -> str:
    """`helpdesk-p4m+12-<hmac>@polibatam.ac.id`: proof that a reply came through our notice."""
    local, domain = address.rsplit("@", 1)
    return f"{local}+{ticket_id}-{reply_signature(key, ticket_id)}@{domain}"


def signed_ticket(message: ParsedMessage, address: str, key: bytes) -> int | None:
    """The ticket of a correctly signed reply address among the recipients, if any."""
    local, domain = address.lower().rsplit("@", 1)
    pattern = re.compile(rf"\b{re.escape(local)}\+(\d+)-([0-9a-f]{{16}})@{re.escape(domain)}\b", re.IGNORECASE)
    for header in _ADDRESS_HEADERS:
        for value in message.header_values(header):
            for match in pattern.finditer(value):
                ticket_id = int(match.group(1))
                if hmac.compare_digest(match.group(2).lower(), reply_signature(key, ticket_id)):
                    return ticket_id
    return None


def authentication_passes(message: ParsedMessage, trusted_ids: tuple[str, ...]) -> str | None:
    """ "dkim=pass"/"dmarc=pass" for the From domain, as said by a trusted receiving server; else None."""
    domain = message.from_addr.rsplit("@", 1)[-1].lower()
    trusted = {item.lower() for item in trusted_ids}
    for value in message.header_values("Authentication-Results"):
        authserv_id = value.split(";", 1)[0].strip().split()[0].lower() if value.strip() else ""
        if authserv_id not in trusted:
            continue
        for method, result, properties in _RESULT.findall(value):
            if result.lower() != "pass":
                continue
            for name, prop_value in _PROPERTY.findall(properties):
                aligned = prop_value.lower().rsplit("@", 1)[-1]
                if name.lower() in ("header.d", "header.i", "header.from") and aligned == domain:
                    return f"{method.lower()}=pass from {authserv_id}"
    return None


def check_staff(
    message: ParsedMessage,
    staff: tuple[str, ...],
    trusted_ids: tuple[str, ...],
    helpdesk: str,
    key: bytes | None,
    ticket_id: int | None,
) -> StaffCheck:
    if message.from_addr not in {address.lower() for address in staff}:
        return StaffCheck(False, False, "not a staff address")
    if message.sender_problem:  # a staff address among several authors proves nothing
        return StaffCheck(True, False, f"unclear sender: {message.sender_problem}")
    passed = authentication_passes(message, trusted_ids)
    if passed:
        return StaffCheck(True, True, passed)
    if key is not None and ticket_id is not None and signed_ticket(message, helpdesk, key) == ticket_id:
        return StaffCheck(True, True, "signed reply address")
    return StaffCheck(True, False, "no trusted dkim/dmarc pass and no signed reply address")

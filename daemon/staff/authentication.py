"""Decide whether mail from a staff address really comes from that staff member."""

from __future__ import annotations

import re
from dataclasses import dataclass

from daemon.outgoing.reply_address import signed_ticket
from parsers.message import ParsedMessage

_RESULT = re.compile(r"\b(dkim|dmarc)\s*=\s*(\w+)([^;]*)", re.IGNORECASE)
_PROPERTY = re.compile(r"\b(header\.(?:d|i|from))\s*=\s*([^\s;]+)", re.IGNORECASE)


@dataclass(frozen=True)
class StaffCheck:
    is_staff_address: bool
    authenticated: bool
    how: str


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

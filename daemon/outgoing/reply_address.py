"""Sign the reply address of a staff notice, and recognise a correctly signed one among a reply's recipients."""

from __future__ import annotations

import hashlib
import hmac
import re

from parsers.message import ParsedMessage

_ADDRESS_HEADERS = ("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To")


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

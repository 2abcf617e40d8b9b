"""Find who wrote a message, reading address headers strictly before any encoded word is decoded."""

from __future__ import annotations

from dataclasses import dataclass, replace
from email._header_value_parser import get_address_list
from email.errors import HeaderParseError
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from parsers.header_values import raw_values, single_line

if TYPE_CHECKING:
    from parsers.message import ParsedMessage


@dataclass(frozen=True)
class AddressField:
    """What the strict parser found in every instance of one address header."""

    addresses: tuple[tuple[str, str], ...]  # (display name, address) of each well-formed mailbox
    mailboxes: int  # every mailbox written, well-formed or not

    @property
    def one(self) -> bool:
        return self.mailboxes == 1 and len(self.addresses) == 1


def strict_addresses(values: tuple[str, ...]) -> AddressField:
    """The standard library's RFC 5322 parser on the raw values: the structure (which address, how many) is read
    before encoded words are decoded, so nothing inside a display name can add, remove or change an address."""
    if sum(map(len, values)) > _CACHED_LENGTH:
        return _parsed(values)
    return _cached(values)


# The parser is slow (a tree of tokens per header), and most mail is addressed to the same few addresses by the same
# few people: their headers' readings are kept, never a hostile header's megabytes.
_CACHED_LENGTH = 2_000


@lru_cache(maxsize=256)
def _cached(values: tuple[str, ...]) -> AddressField:
    return _parsed(values)


def _parsed(values: tuple[str, ...]) -> AddressField:
    found: list[tuple[str, str]] = []
    written = 0
    for value in values:
        try:
            address_list, _ = get_address_list(value)
        except (HeaderParseError, IndexError, ValueError):  # hostile input can trip the parser itself
            written += 1
            continue
        written += len(address_list.all_mailboxes)
        for mailbox in address_list.mailboxes:
            # Each of the parser's properties walks the header's tokens anew: the address is read once.
            if mailbox.local_part and mailbox.domain and "@" in (spec := mailbox.addr_spec):
                found.append((single_line(mailbox.display_name or ""), single_line(spec).lower()))
    return AddressField(tuple(found), written)


def requester_of(message: Any) -> tuple[str, str, str]:
    """(display name, address, problem): the one clear author, else the first address seen and why it is unclear."""
    authors = strict_addresses(raw_values(message, "From"))
    sender = strict_addresses(raw_values(message, "Sender"))
    if authors.one:
        return (*authors.addresses[0], "")
    if authors.mailboxes > 1 and sender.one:
        return (*sender.addresses[0], "")  # several authors: RFC 5322 names the one who sent it in Sender
    if authors.mailboxes == 0 and not raw_values(message, "From"):
        fallback = sender if sender.one else strict_addresses(raw_values(message, "Return-Path"))
        if fallback.one:
            return (*fallback.addresses[0], "")
    first = authors.addresses[0] if authors.addresses else ("", "")
    if authors.mailboxes > 1:
        return (*first, f"From names {authors.mailboxes} mailboxes and there is no single Sender")
    return (*first, "From holds no well-formed address")


def as_sent_by_reply_to(message: ParsedMessage) -> ParsedMessage:
    """A relayed request (a service form, another unit's ticket system) as the person in its Reply-To wrote it."""
    named = strict_addresses(message.header_values("Reply-To"))
    name = named.addresses[0][0] if named.one else ""
    return replace(message, from_addr=message.reply_to, from_name=name, sender_problem="")

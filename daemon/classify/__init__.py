"""Decide what a request asks for: its type, confidence, reasons and fields.

Place in the flow: mailbox → intake → pipeline (parse, screen, thread, **classify**, store + plan) → outgoing.
Also the message text the classifier reads (message_text), staff corrections kept as examples (corrections) and
`helpdesk eval` (evaluation).
May import: the core at daemon/ top (config, clock, errors, ...), parsers/, storage/. Nothing else in daemon/.
"""

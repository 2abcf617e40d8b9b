"""Decide what a request asks for: its type, confidence, reasons and fields.

Place in the flow: mailbox → intake → pipeline (parse, screen, thread, **classify**, store + plan) → outgoing.
Also the message text the classifier reads (message_text: new, forwarded and attached text), staff corrections
kept as examples (corrections), the fields a ticket is acted on with once staff #set some (effective_fields), what
a request still lacks (completeness) and `helpdesk eval` (evaluation).
May import: the core at daemon/ top (config, clock, errors, ...), parsers/, storage/. Nothing else in daemon/.
"""

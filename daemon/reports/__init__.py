"""What the head of P4M and the assessors read: ticket facts (also of purged tickets), period figures,
charts, the monthly digest, shared number and month formatting, and the yearly LED report (led/).

Place in the flow: off the stored record; the digest leaves through outgoing. Run by jobs and the cli.
May import: outgoing, classify, the core at daemon/ top, parsers/, storage/ (not the intake or pipeline).
"""

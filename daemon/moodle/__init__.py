"""Fulfilment on Moodle: a Web Services client, course update plans, the worker that applies approved
operations outside the intake transaction, and the mail that tells staff what it proposes or why it failed.

Place in the flow: after staff #approve (staff/moodle_approval records the operation) → **moodle** → outgoing.
May import: outgoing, classify, the core at daemon/ top, parsers/, storage/ (not staff or pipeline).
"""

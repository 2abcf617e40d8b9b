"""Outgoing mail: plan it (planner, staff_action_mail), render it (renderer), build its bytes (composer),
store and queue it (staged_mail, outbox), and send it from a thread of its own (sending_thread, mailers).

Place in the flow: mailbox → intake → pipeline (… store + plan) → **outgoing** → SMTP server or Maildir.
May import: classify, the core at daemon/ top, parsers/, storage/.
"""

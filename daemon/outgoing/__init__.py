"""Outgoing mail, split by audience: mail to the requester (to_requester) and to staff (to_staff), each given a
renderer (renderer), the outbox writer (outbox_writer: bytes by composer, rows by staged_mail) and the few settings
it needs (mail_settings), built together once (mail_layer); subjects and labels come from templates/labels via
daemon/wording.py. The outbox sends what was queued, from a thread of its own (outbox, sending_thread, mailers).

Place in the flow: mailbox → intake → pipeline (… store + plan) → **outgoing** → SMTP server or Maildir.
May import: classify, the core at daemon/ top, parsers/, storage/.
"""

"""The `helpdesk` command line (main): run, poll, ingest, tickets (ticket_json), db, check (check_command),
and the command groups for the classifier, reports, the archive and Moodle.

Place in the flow: the top; `daemon/__main__.py` starts it.
May import: every package.
"""

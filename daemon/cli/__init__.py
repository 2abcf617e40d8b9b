"""The `helpdesk` command line (main): run, poll, ingest, tickets (ticket_json), db, check (check_command),
and the command groups for the classifier, reports, the archive, Moodle and the OAuth2 consent
(oauth2_commands, oauth2_authorize).

Place in the flow: the top; `daemon/__main__.py` starts it.
May import: every package.
"""

"""The `helpdesk` command line (main, its parser built by parser without importing any command's work): run and
poll (service_commands), ingest, tickets (ticket_json), db (db_command), check (check_command), and the command
groups for the classifier, reports, the archive, Moodle and the OAuth2 consent (oauth2_commands, oauth2_authorize).

Place in the flow: the top; `daemon/__main__.py` starts it.
May import: every package.
"""

"""The running P4M Helpdesk program.

The flow, each package importing only from those below it (tests/test_layers.py checks this):
mailbox → intake → pipeline (parse, screen, thread, classify, store + plan) → staff / moodle → outgoing;
reports and records read the stored record; wiring assembles the parts; jobs and runtime run them; cli on top.
The core at this level (config, clock, errors, credentials, work_calendar, sla, ticket_record, and the logins:
oauth2_settings, oauth2, logins, redaction) imports no package.
"""

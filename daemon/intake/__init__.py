"""Take mail in: the mail sources (sources/: IMAP, Maildir), the intake pass that hands each waiting
message to the pipeline and moves it out of the intake folder (runner), the Sent-folder watcher (sent_folder),
and the stop-aware sleep every wait uses (pause).

Place in the flow: mailbox → **intake** → pipeline → outgoing.
May import: pipeline and everything below it (staff, moodle, outgoing, classify, the core), parsers/, storage/.
"""

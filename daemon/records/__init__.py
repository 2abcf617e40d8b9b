"""The institution's archive: retention (purge tickets done long ago in short batches, in a thread of its own
in the daemon, keep anonymous facts, delete the mailbox and outgoing copies of purged mail) and export (a thread
as .eml/.mbox, a year's register as .xlsx/.csv).

Place in the flow: off the stored record; run by jobs (daily purge) and the cli.
May import: reports (ticket facts), intake (the IMAP connection that deletes mailbox copies), the core at daemon/
top, parsers/, storage/.
"""

"""The institution's archive: retention (purge tickets done long ago, keep anonymous facts) and export
(a thread as .eml/.mbox, a year's register as .xlsx/.csv).

Place in the flow: off the stored record; run by jobs (daily purge) and the cli.
May import: reports (ticket facts), the core at daemon/ top, parsers/, storage/.
"""

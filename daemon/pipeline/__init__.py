"""One raw message through parse (parse_worker), screen, thread (conversation), classify and store + plan
(ingest, new_tickets, follow_up, rating, quarantine), in one transaction; what became of it (outcome).

Place in the flow: mailbox → intake → **pipeline** → staff (mail from staff) / outgoing (receipts, notices).
May import: staff, moodle, outgoing, classify, the core at daemon/ top, parsers/, storage/.
"""

"""The running P4M Helpdesk program."""

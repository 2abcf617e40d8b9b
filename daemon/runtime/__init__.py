"""The running daemon: the loop that waits for mail and takes it in, runs due jobs and starts the
sending thread (service), the leadership that lets only one of two daemons poll (leader), and the mail that
tells the staff when it stops on a configuration fault (config_fault).

Place in the flow: drives mailbox → intake → pipeline → outgoing, and the jobs, until SIGTERM.
May import: every package but cli.
"""

"""Scheduled jobs inside `run` (scheduler): SLA watch, monthly digest, retention purge, the daily roll-up of
probe results; each catches up after downtime.

Place in the flow: beside the intake loop; the runtime runs the due jobs after each intake pass.
May import: wiring, records, reports, outgoing and everything below them; never runtime or cli.
"""

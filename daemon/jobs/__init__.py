"""Scheduled jobs inside `run` (scheduler): SLA watch, heartbeat, monthly digest, retention purge; each
catches up after downtime.

Place in the flow: beside the intake loop; the runtime runs the due jobs after each intake pass.
May import: wiring, records, reports, outgoing and everything below them; never runtime or cli.
"""

"""Wire the parts the config names into one application object (app): storage engine, mail source,
mailer (mailer, also used alone), pipeline, outbox, Sent-folder watcher, Moodle worker.

Place in the flow: not a stage; it assembles intake → pipeline → outgoing (and moodle) for jobs, runtime, cli.
May import: intake, pipeline, moodle, outgoing and everything below them; never jobs, runtime or cli.
"""

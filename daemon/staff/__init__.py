"""Staff replies: who really sent them (authentication), their #commands (commands), carrying them out
(desk), #set <field> <value> (field_set), and turning #approve into a Moodle operation record (moodle_approval).

Place in the flow: a step of the pipeline for mail from staff: pipeline → **staff** → outgoing.
May import: outgoing, classify, the core at daemon/ top, parsers/, storage/.
"""

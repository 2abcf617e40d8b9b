"""Course codes written in a department's variant form: a year suffix, an underscore, dots between its parts."""

from __future__ import annotations

import re

# "MNJ-2104-2027", "RPL-3201-2026": the curriculum's year after the code; "IF_214", "ak_2103": an underscore where
# a hyphen would stand; "TRPE.3.04", "TRPL.2.11": the programme, the semester and the number between dots. Each is
# also a file's, a version's or a batch's name, so it is the course only where the writer says so (a course word or
# a code's label before it, brackets, a name beside it).
VARIANT_CODE = re.compile(
    r"(?<![\w.-])((?:[A-Za-z]{2,4}-?\d{3,4}-20[2-4]\d|[A-Za-z]{2,4}_\d{3,4}[A-Z]?|[A-Z]{2,4}\.\d\.\d{2}))"
    r"(?![\w-]|[.,]\d)"
)

# The helpdesk's own ticket number ("[P4M-3187]", "tiket P4M-3201") is never a course's code.
OWN_TICKET_PREFIX = "p4m"

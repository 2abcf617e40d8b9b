"""The shapes a course code is written in, from a department's "IF2204" to the loose and the unit's own ones."""

from __future__ import annotations

import re

# Course codes as departments write them: IF201, TRE3201, RPL2102, a practicum's RPL3104P. A code followed by "-XX"
# is a short name (MK3207-IA), and a code right after "menjadi"/"seharusnya"/"to" is the new value, not the course.
# A code glued to a slash after a word ("No. 45/PL29/TI2027", ".../course/IF2204") is a letter number or a path.
# "IF2204-Basis Data" (a Moodle full name) glues the name to its code with a hyphen; "MK3207-IA" is a short name.
# A class glued after the code ("IF2105-TI1B", "MB2203-AK-2A") is no part of it: the code is read without the class.
CODE = re.compile(r"(?<![\w-])(?<!\w/)([A-Z]{2,4}\d{3,4}[A-Z]?)(?!\w|-(?![A-Z][a-z]|[A-Z]{2,3}-?\d[A-Z](?![\w-])))")
# The same code written loosely: "IF 204", "IF-2204", "IF - 2206", "if204", "MES.2203", capitals with a digit inside
# ("K3L 2101", "K3 1201"), the suffix of a class session or a programme ("MB2104-M", "rks3102-kk", "TRE.3201.P").
# Such a shape is also a room ("GU 702"), a shortname or a phone prefix, so it is the course only where the writer
# says so: after a course cue, in brackets, beside a name or in a column of codes. The value is kept as written, like
# every label value.
# The semester and the course's number apart: "TE 2.201", "TRPL 3-208", "MKU 2.02", "FIS-1.01", "IF 2.207P".
LOOSE_CODE = re.compile(
    r"(?<![\w.-])((?:[A-Za-z]{2,4}|[A-Z]{1,2}\d[A-Z]{1,2}|[A-Z]{1,2}\d(?=[ -]))"
    r"(?:[ ]?[-\u2013][ ]?|[ ]|\.(?=\d))?\d{3,4}[A-Z]?(?:-[A-Za-z]{1,3}|\.[A-Z](?![\w-]))?"
    r"|[A-Z]{2,4}[ ]\d-\d{3}|[A-Z]{2,4}[ -]?\d\.\d{2,3}[A-Z]?)(?![\w-]|[.,]\d)"
)
# A service unit's code: its initials, a hyphen, a course's letters and a short number ("UPB-TF02", "CDC-SS3",
# "ELC-WW1"). A sensor or a chip is written alike ("HC-SR04"), so it too is the course only where the writer says so.
# Typed in lower case ("mk elc-tp01") it needs the same evidence.
UNIT_CODE = re.compile(
    r"(?<![\w.-])([A-Z]{2,4}-[A-Z]{1,3}\d{1,2}[A-Z]?|[a-z]{2,4}-[a-z]{1,3}\d{1,2}[a-z]?)(?![\w-]|[.,]\d)"
)
# A code with five digits ("IF20101") is also an account or a postcode: the course only under a label for a code.
FIVE_DIGIT_CODE = re.compile(r"(?<![\w.-])([A-Za-z]{2,4}[ -]?\d{5})(?![\w-]|[.,]\d)")
# A programme before the code or a cohort's digits first ("D3-MES2201", "TI-IF2204", "21EL2104") is also a batch, a
# serial or an order number: the course only under a label for a code.
PREFIXED_CODE = re.compile(r"(?<![\w.-])((?:[A-Z]{1,4}\d?-[A-Z]{2,4}|\d{2}[A-Z]{2,4})\d{3,4}[A-Z]?)(?![\w-]|[.,]\d)")
# A joint course's code with a partner: initials, maybe the partner's, and a two-digit number ("JIAS-01", "SFP-JNT 01",
# "MEP-03"). A device or an illness is written alike ("HC-05", "COVID-19"): the course only under a label for a code,
# in brackets beside its name, or after a course word beside it.
JOINT_CODE = re.compile(r"(?<![\w.-])([A-Z]{2,5}-(?:[A-Z]{2,4}[ -])?\d{2})(?![\w-]|[.,]\d)")


def compact(code: str) -> str:
    """A code as compared: "ME 3.118", "ME-3118" and "me3118" are one code."""
    return re.sub(r"[\s.-]", "", code).upper()

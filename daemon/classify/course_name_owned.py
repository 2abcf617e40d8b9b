"""The writer's own course told with its code: "My course on the e-learning site is MKT3302 Automation Systems
Design", "mata kuliah saya di e-learning adalah TEL3104 Teknik Tenaga Listrik"."""

from __future__ import annotations

import re

from daemon.classify.course_name_shape import NAME, SHAPE, is_code, trim_name

# Where the course is may stand between the owner and the verb ("on the e-learning site", "di elearning"), in a few
# words of the same clause.
_WHERE = r"(?:[ \t]+(?i:on|in|at|di|pada)[ \t]+[^.,;\n]{1,30}?)?"
_OWN_COURSE_IS = re.compile(
    rf"\b(?i:my|our)[ \t]+(?i:course|class|module|subject){_WHERE}[ \t]+(?i:is)"
    rf"|\b(?i:mata[ \t]*kuliah|matakuliah|matkul|mk|course|kursus)[ \t]+(?i:saya|sy|kami){_WHERE}[ \t]+"
    r"(?i:adalah|yaitu|yakni|ialah)"
)
# The name may wrap onto the next line, as a client breaks a long line.
_CODE_THEN_NAME = re.compile(rf"[ \t]*+:?[ \t]*+({SHAPE})[ \t]*+[-–:]?[ \t]*+\n?[ \t]*+({NAME})")


def own_course(text: str, code: str | None) -> str | None:
    """The name after the code the writer says their course is."""
    for match in _OWN_COURSE_IS.finditer(text):
        told = _CODE_THEN_NAME.match(text, match.end())
        if told and is_code(told.group(1), code) and (name := trim_name(told.group(2).split())):
            return name
    return None

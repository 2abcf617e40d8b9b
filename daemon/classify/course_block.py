"""A block of labelled lines that names the course by its code ("Kode MK : EL2105 / Nama MK : ... / Dosen : X"):
it identifies the course and asks for nothing, unless a line above or in it asks for a change."""

from __future__ import annotations

import re

from daemon.classify.found_change import FoundChange

_LABEL_LINE = re.compile(r"[ \t]*(?:[-•*]|\d{1,2}[.)])?[ \t]*[A-Za-z][\w ./()-]{0,40}?[ \t]*[:=|]")


_ASKS_BELOW = re.compile(
    r"^(?=.*\b(?:update|ubah|diubah|ganti|diganti|perbarui|diperbarui|perubahan|change[sd]?|amend|revisi|koreksi|"
    r"perbaiki|diperbaiki|sesuaikan|disesuaikan|as\sfollows|berikut|sbb)\b)[^:\n]*:[ \t]*$",
    re.IGNORECASE,
)


def identifies_the_course(flat: str, change: FoundChange, course_code: str, asked_elsewhere: bool) -> bool:
    """Whether a labelled value stands in a block of labelled lines that names the course by its code ("Kode MK :
    EL2105 / Nama MK : Rangkaian Listrik 2 / Dosen : X"): the block identifies the course, it asks for nothing."""
    lines = flat.split("\n")
    index = flat.count("\n", 0, change.start)
    if not _LABEL_LINE.match(lines[index]):
        return False
    block = [index]
    for step in (-1, 1):
        position, blanks = index + step, 0
        while 0 <= position < len(lines) and blanks <= 1:
            if not lines[position].strip():
                blanks += 1
            elif _LABEL_LINE.match(lines[position]):
                blanks = 0
                block.append(position)
            else:
                break
            position += step
    # "Kode MK : EL2105" on a line of its own, or "Nama Mata Kuliah : Logika Informatika (TI1104)"; not a line that
    # changes the code ("Short name: GM3101 -> GM3101-SIG").
    # The code as written: "TI 1104", "TI-1104" for TI1104; "Kode/Nama MK: TI 1104 / Matematika Diskrit".
    written = r"[ -]?".join(re.escape(part) for part in re.findall(r"[A-Za-z]+|[^A-Za-z]+", course_code))
    code = re.compile(
        rf"[^:=|\n]*[:=|]\s*(?:{written}(?:\s*$|\s*[/ ]\s*[A-Z])|[^\n]*\({written}\)\s*$)",
        re.IGNORECASE,
    )
    # "Mohon data berikut diperbarui:", "Please update the course as follows:": a block under a line that asks for a
    # change holds the new values, even with the course's code among them, unless the change is asked elsewhere
    # ("... dengan identitas:\nKode MK : X\nDosen : Y\nNama MK tersebut mohon diubah menjadi Z").
    top = min(block)
    above = next((lines[line] for line in range(top - 1, max(-1, top - 3), -1) if lines[line].strip()), "")
    if not asked_elsewhere and any(_ASKS_BELOW.search(line) for line in [above, *(lines[line] for line in block)]):
        return False
    return any(code.match(lines[line]) for line in block)

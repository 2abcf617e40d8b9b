#!/usr/bin/env python3
"""Generate the twentieth P4M helpdesk TUNING corpus for the current course name.

Written in round 10, in two batches, each before any rule for it, when the blind parts lost course names in two
equal ways: a name missed, and a name read where the mail gives none or gives another span. Each mail tests where a
course's current name is (or is not) in voices no earlier corpus used:
- the name as the students see it, unquoted, up to the end of its clause ("Judul course di aplikasi mahasiswa masih
  X.", "the course title in the app still says X, which ...");
- a rename said in lower case ("ubah nama matkul x jadi y"), names in capitals, with "&", roman numerals, numbers and
  a slash, English names in Indonesian mail, new cue words ("mata ajar", "my subject, X, ...");
- near-misses that must not be read as the current name: the new name alone, a study programme, an event, a
  signature's laboratory, a cohort, a document, the course of a quoted earlier mail.

Voices: a hotel-school instructor, a shipyard engineer teaching part-time, a Korean exchange lecturer, a librarian
who also teaches, a student assistant, a quality auditor, the international office, a sports lecturer.
The message engine is the first tuning corpus's generator.
Run:  python3 make_tune20_names.py
"""

import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "requests-tune"))
import make_tune as E  # type: ignore[import-not-found]  # noqa: E402, N812

sys.path.insert(0, HERE)
import make_tune20_names_mails  # type: ignore[import-not-found]  # noqa: E402, F401

E.MAILS.clear()
E.OUT_DIR = HERE
make_tune20_names_mails.add(E)
E.PLAN = {"course_data": len(E.MAILS)}

if __name__ == "__main__":
    sys.exit(E.main())

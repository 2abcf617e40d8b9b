"""Clock times said in words that ended a sentence were lost: "jam setengah delapan." (07.30), "jam setengah 8.",
and the hour written as one word ("duabelas")."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from daemon.classify.dates import find_moment

WIB = ZoneInfo("Asia/Jakarta")
AT = datetime(2026, 12, 3, 9, 0, tzinfo=WIB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mohon ditayangkan Rabu pagi (9/12) jam setengah delapan.", datetime(2026, 12, 9, 7, 30, tzinfo=WIB)),
        ("Tayang besok jam setengah 8.", datetime(2026, 12, 4, 7, 30, tzinfo=WIB)),
        ("Tayang besok jam setengah duabelas siang", datetime(2026, 12, 4, 11, 30, tzinfo=WIB)),
        ("Tolong dipasang Jumat 11/12 pukul duabelas siang", datetime(2026, 12, 11, 12, 0, tzinfo=WIB)),
        # a clock after "setengah" with its minutes is that clock, not half before it
        ("Tayang besok jam setengah 8.30", datetime(2026, 12, 4, 8, 30, tzinfo=WIB)),
    ],
)
def test_a_clock_said_in_words_at_a_sentence_end(text: str, expected: datetime) -> None:
    moment = find_moment(text, AT)
    assert moment is not None and moment.at == expected

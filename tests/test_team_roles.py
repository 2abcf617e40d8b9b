"""A teaching team written with each person's role in brackets ("Dr. A (koordinator) & B") is one value, the roles
between its people kept as written; a role after the last person, or after a lone one, is the writer's note. Written
before the rule, in voices tune37 (where the kind was found: an iPhone mail mixing Indonesian and English) does not
use."""

from __future__ import annotations

import pytest

from daemon.classify.changes import find_changes

TEAMS = (
    (
        "Mohon dosen pengampu MK TE3104 Sistem Tenaga diganti menjadi Ir. Hasan Basri, M.T. (ketua) dan Nurul "
        "Aini, S.T., M.Eng. (anggota). Terima kasih.",
        "TE3104",
        "Ir. Hasan Basri, M.T. (ketua) dan Nurul Aini, S.T., M.Eng.",
    ),
    (
        "Please change the lecturer of AB2210 to Dr. Grace Lim, MBA (coordinator) and Samuel Tan, M.M.",
        "AB2210",
        "Dr. Grace Lim, MBA (coordinator) and Samuel Tan, M.M.",
    ),
    (
        "Pengampu MK IF2204 mohon diubah jadi Dr. Sari Dewi, M.Kom. (koordinator)",
        "IF2204",
        "Dr. Sari Dewi, M.Kom.",
    ),
)


@pytest.mark.parametrize(("body", "code", "team"), TEAMS, ids=("ketua-anggota", "coordinator", "alone"))
def test_a_team_with_roles_is_one_value(body: str, code: str, team: str) -> None:
    assert [(change.field, change.value) for change in find_changes(body, code)] == [("lecturer", team)]

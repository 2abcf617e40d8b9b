"""Kinds of request read when held-out part37 was opened (as tune53), in voices it does not use: a reply in a ticket's
thread that withdraws the request in a regional voice is no request of its own; a press release goes out when its
embargo lifts, under its headline, and its text ends at the rule drawn under it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from daemon.classify.classifier import classify
from daemon.classify.classifier_input import ClassifierInput
from daemon.classify.memory import NO_EXAMPLES
from daemon.classify.model import RequestType

# Thursday 3 December 2026, 09.00 WIB.
AT = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)

WITHDRAWN = (
    pytest.param(
        "Re: Ganti nama MK Termodinamika",
        "Sugeng enjing, nama MK Termodinamika sampun kula gantos piyambak. Dados permintaan wingi mboten usah diproses "
        "malih nggih.\n\nMatur nuwun",
        id="javanese-krama",
    ),
    pytest.param(
        "Re: Ganti nama course Statistika",
        "Punten, nami course Statistika parantos abdi robih nyalira. Permintaan kamari teu kedah diproses deui.\n\n"
        "Hatur nuhun",
        id="sundanese",
    ),
    pytest.param(
        "Re: Ganti nama course Mekanika",
        "Sore, kita so ganti sandiri tu nama course Mekanika. Jadi permintaan kemarin nyanda usah diproses lagi.\n\n"
        "Makase",
        id="manado",
    ),
)


@pytest.mark.parametrize(("subject", "text"), WITHDRAWN)
def test_a_reply_withdrawing_the_request_is_no_change_request(subject: str, text: str) -> None:
    result = classify(ClassifierInput(subject, text, AT, True, "", NO_EXAMPLES))
    assert result.type is RequestType.OTHER


RELEASES = (
    pytest.param(
        "Site announcement request",
        "Dear P4M, please post the statement below site-wide.\n\nEMBARGOED UNTIL 09:00 SGT (UTC+8), TUESDAY 8 "
        "DECEMBER 2026\n\nPolibatam and Partner Launch Joint Programme\n\nBatam - Politeknik Negeri Batam and its "
        "partner will offer a joint programme in robotics for final-year students.\n----------------------------\n\n"
        "Many thanks,",
        "Polibatam and Partner Launch Joint Programme",
        "2026-12-08T08:00:00+07:00",
        id="embargoed-until-in-singapore-time",
    ),
    pytest.param(
        "Siaran pers",
        "Mohon siaran pers di bawah dipasang di halaman depan e-learning.\n\nSIARAN PERS - EMBARGO HINGGA SENIN, 7 "
        "DESEMBER 2026 PUKUL 10.00 WIB\n\nPolibatam Raih Juara Umum Lomba Robotik Nasional\n\nBatam - Tim robotik "
        "Politeknik Negeri Batam meraih juara umum pada lomba robotik tingkat nasional pekan lalu.",
        "Polibatam Raih Juara Umum Lomba Robotik Nasional",
        "2026-12-07T10:00:00+07:00",
        id="siaran-pers-embargo-hingga",
    ),
)


@pytest.mark.parametrize(("subject", "text", "title", "publish_at"), RELEASES)
def test_a_press_release_goes_out_when_its_embargo_lifts_under_its_headline(
    subject: str, text: str, title: str, publish_at: str
) -> None:
    fields = classify(ClassifierInput(subject, text, AT, False, "", NO_EXAMPLES)).fields.as_json_dict()
    assert (fields["title"], fields["publish_at"]) == (title, publish_at)
    # the rule drawn under the release closes its text
    assert not fields["text"].rstrip().endswith(("-", "thanks,"))

"""Kinds of request read when held-out part37 was opened (as tune53), in voices it does not use: a reply in a ticket's
thread that withdraws the request in a regional voice is no request of its own."""

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

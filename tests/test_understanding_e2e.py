"""A rename written in plain prose, as lecturers write it, goes from request to Moodle and back to the requester."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fake_moodle import TOKEN, MoodleState, start_fake_moodle
from tests.moodle_desk import REQUESTER, add_courses, configure, mail_to, poll, previews, request, show, staff_reply
from tests.servers import Dovecot, SmtpServer, TlsMaterial

PROSE = "mohon nama mata kuliah IF302 (Pemrograman Web) di e-learning diubah menjadi Pemrograman Web Lanjut"


@pytest.fixture
def moodle() -> Iterator[tuple[str, MoodleState]]:
    server, state = start_fake_moodle()
    add_courses(state)
    yield server.url, state
    server.shutdown()


@pytest.fixture
def desk(
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    tls: TlsMaterial,
    server_env: None,
    moodle: tuple[str, MoodleState],
    monkeypatch: pytest.MonkeyPatch,
) -> Path:
    monkeypatch.setenv("TEST_MOODLE_TOKEN", TOKEN)
    return configure(tmp_path, dovecot, imap_user, smtp, tls, moodle[0])


@pytest.mark.slow
def test_a_rename_in_prose_is_previewed_approved_applied_and_reported(
    desk: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    moodle: tuple[str, MoodleState],
    capsys: pytest.CaptureFixture[str],
) -> None:
    dovecot.append(imap_user, request("Perubahan nama mata kuliah", f"Yth. Tim P4M,\n\n{PROSE}.\n\nTerima kasih."))
    poll(desk)
    (ack,) = mail_to(smtp, REQUESTER)
    assert "Pemrograman Web Lanjut" in ack.get_content() and "Mohon lengkapi" not in ack.get_content()
    (preview,) = previews(smtp)
    assert "Pemrograman Web  ->  Pemrograman Web Lanjut" in preview.get_content()
    dovecot.append(imap_user, staff_reply(preview, "#approve", 1))
    poll(desk)
    assert moodle[1].courses[302]["fullname"] == "Pemrograman Web Lanjut"
    done = mail_to(smtp, REQUESTER)[-1].get_content()
    assert "Pemrograman Web -> Pemrograman Web Lanjut" in done
    assert show(desk, 1, capsys)["status"] == "resolved"

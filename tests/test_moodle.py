"""Fulfilment on Moodle after one authenticated #approve, against a fake Moodle that answers like the real one."""

from __future__ import annotations

import json
import urllib.parse
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from daemon.cli.main import main
from daemon.moodle.client import MoodleClient, MoodleError, MoodleTransportError, php_params
from tests.conftest import CASES, SAMPLES, server_sections, write_config
from tests.fake_moodle import TOKEN, MoodleState, start_fake_moodle
from tests.servers import Dovecot, SmtpServer, TlsMaterial, free_port

PASS = "mx.polibatam.ac.id; dkim=pass header.d=polibatam.ac.id"


@pytest.fixture
def moodle() -> Iterator[tuple[str, MoodleState]]:
    server, state = start_fake_moodle()
    yield server.url, state
    server.shutdown()


def test_parameters_are_encoded_like_the_recorded_request() -> None:
    fields = [("wstoken", "<TOKEN>"), ("wsfunction", "core_course_update_courses"), ("moodlewsrestformat", "json")]
    fields += php_params("courses", [{"id": 3, "fullname": "Helpdesk peer test 20261123212042 (renamed)"}])
    assert urllib.parse.urlencode(fields) == (
        "wstoken=%3CTOKEN%3E&wsfunction=core_course_update_courses&moodlewsrestformat=json&courses%5B0%5D%5Bid%5D=3"
        "&courses%5B0%5D%5Bfullname%5D=Helpdesk+peer+test+20261123212042+%28renamed%29"
    )


def test_client_turns_answers_into_typed_errors(moodle: tuple[str, MoodleState]) -> None:
    url, state = moodle
    client = MoodleClient(url, TOKEN, timeout=5)
    assert client.site_info()["release"].startswith("5.0.6")
    with pytest.raises(MoodleError, match="invalidtoken"):
        MoodleClient(url, "0" * 32).site_info()
    with pytest.raises(MoodleError, match="invalidparameter"):
        client.courses_by_field("nosuchfield", "1")
    assert client.courses_by_field("id", 999999) == []
    with pytest.raises(MoodleError, match="invalidrecordunknown: Can't find data record"):
        client.update_course(999999, {"fullname": "x"})  # a per-item warning is a failure
    with pytest.raises(MoodleError, match="invalidrecordunknown"):
        client.add_discussion(999999, "x", "y")
    state.webservices_enabled = False
    with pytest.raises(MoodleError, match="webservicesdisabled"):
        client.site_info()
    with pytest.raises(MoodleTransportError):
        MoodleClient(f"http://127.0.0.1:{free_port()}", TOKEN, timeout=2, read_retries=1).site_info()


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
    url, state = moodle
    monkeypatch.setenv("TEST_MOODLE_TOKEN", TOKEN)
    state.add_course(7, "IF201-TI", "Basis Data", idnumber="IF201", summary="<p>Lama</p>")
    state.add_course(8, "IF2206", "Jaringan Komputer", idnumber="IF2206")
    state.add_course(1, "polibatam", "E-Learning Polibatam")
    sections = server_sections(dovecot, imap_user, smtp, tls)
    config = write_config(tmp_path, **sections, moodle={"url": url, "token_env": "TEST_MOODLE_TOKEN"})
    assert main(["--config", str(config), "db", "upgrade"]) == 0
    return config


def poll(config: Path) -> None:
    assert main(["--config", str(config), "poll", "--once"]) == 0


def approve_reply(notice: EmailMessage, body: str, number: int) -> bytes:
    reply = EmailMessage()
    reply["From"] = "Rina <rina.staf@polibatam.ac.id>"
    reply["To"] = "helpdesk-p4m@polibatam.ac.id"
    reply["Subject"] = f"Re: {notice['Subject']}"
    reply["Message-ID"] = f"<approve-{number}@polibatam.ac.id>"
    reply["In-Reply-To"] = str(notice["Message-ID"]).strip()
    reply["Authentication-Results"] = PASS
    reply.set_content(body)
    return reply.as_bytes()


def operations(config: Path, number: int, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["--config", str(config), "tickets", "show", str(number), "--json"]) == 0
    return list(json.loads(capsys.readouterr().out)["operations"])


@pytest.mark.slow
def test_course_rename_from_request_to_resolution_and_a_second_approve_does_nothing(
    desk: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    corpus: Path,
    moodle: tuple[str, MoodleState],
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, state = moodle
    dovecot.append(imap_user, (SAMPLES / "001-ubah-nama-mk-basis-data.eml").read_bytes())
    poll(desk)
    preview = next(m for m in smtp.handler.parsed() if "usulan" in str(m["Subject"]))
    text = preview.get_content()
    assert "Basis Data  ->  Sistem Basis Data" in text and "#approve" in text and "id 7" in text
    dovecot.append(imap_user, approve_reply(preview, "#approve", 1))
    poll(desk)
    assert state.courses[7]["fullname"] == "Sistem Basis Data"
    # Requesters' mail and staff mail go out on connections of their own: look for the requester's last one.
    done = [m for m in smtp.handler.parsed() if m["To"] == "budi.santoso@polibatam.ac.id"][-1]
    assert "course/view.php?id=7" in done.get_content() and "Basis Data -> Sistem Basis Data" in done.get_content()
    [operation] = operations(desk, 1, capsys)
    assert operation["state"] == "applied" and operation["approved_by"] == "rina.staf@polibatam.ac.id"
    updates = sum(1 for name, _ in state.calls if name == "core_course_update_courses")
    dovecot.append(imap_user, approve_reply(preview, "#approve", 2))
    poll(desk)
    assert sum(1 for name, _ in state.calls if name == "core_course_update_courses") == updates == 1
    capsys.readouterr()
    assert main(["--config", str(desk), "tickets", "show", "1", "--json"]) == 0
    ticket = json.loads(capsys.readouterr().out)
    assert ticket["status"] == "resolved"
    assert any(event["kind"] == "approve_repeated" for event in ticket["events"])


@pytest.mark.slow
def test_announcement_is_posted_once_in_the_course_news_forum(
    desk: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    corpus: Path,
    moodle: tuple[str, MoodleState],
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, state = moodle
    dovecot.append(imap_user, (CASES / "kuis-jarkom-diundur.eml").read_bytes())
    poll(desk)
    preview = next(m for m in smtp.handler.parsed() if "usulan" in str(m["Subject"]))
    assert "Kuis 2 Diundur" in preview.get_content()
    dovecot.append(imap_user, approve_reply(preview, "#approve\n#text\nKuis 2 diundur ke Rabu depan.", 3))
    poll(desk)
    [discussion] = state.discussions.values()
    assert discussion["forum"] == 108 and discussion["subject"] == "Kuis 2 Diundur"
    assert discussion["message"] == "<p>Kuis 2 diundur ke Rabu depan.</p>"
    done = [m for m in smtp.handler.parsed() if m["To"] == "reza.pahlevi@polibatam.ac.id"][-1]
    assert f"discuss.php?d={discussion['id']}" in done.get_content()
    assert operations(desk, 1, capsys)[0]["state"] == "applied"


@pytest.mark.slow
def test_ambiguous_course_asks_staff_to_choose(
    desk: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    corpus: Path,
    moodle: tuple[str, MoodleState],
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, state = moodle
    state.add_course(9, "IF201-TRPL", "Basis Data (TRPL)", idnumber="IF201")
    dovecot.append(imap_user, (SAMPLES / "001-ubah-nama-mk-basis-data.eml").read_bytes())
    poll(desk)
    preview = next(m for m in smtp.handler.parsed() if "usulan" in str(m["Subject"]))
    assert "beberapa course" in preview.get_content() and "id 9" in preview.get_content()
    dovecot.append(imap_user, approve_reply(preview, "#approve course=9", 4))
    poll(desk)
    assert state.courses[9]["fullname"] == "Sistem Basis Data"
    assert state.courses[7]["fullname"] == "Basis Data"


def written_request(code: str) -> bytes:
    request = EmailMessage()
    request["From"] = "Dewi Lestari <dewi.lestari@polibatam.ac.id>"
    request["To"] = "helpdesk-p4m@polibatam.ac.id"
    request["Subject"] = "Ganti nama MK"
    request["Message-ID"] = "<kode-berstrip@polibatam.ac.id>"
    request["Authentication-Results"] = PASS
    request.set_content(
        f"Yth. Tim P4M,\n\nMohon nama mata kuliah Jaringan Komputer (kode {code}) di e-learning diubah menjadi "
        "Jaringan Komputer Lanjut.\n\nTerima kasih,\nDewi"
    )
    return request.as_bytes()


@pytest.mark.slow
def test_a_code_written_with_a_hyphen_finds_the_course_stored_without_it(
    desk: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    moodle: tuple[str, MoodleState],
) -> None:
    _, state = moodle
    dovecot.append(imap_user, written_request("if-2206"))
    poll(desk)
    preview = next(m for m in smtp.handler.parsed() if "usulan" in str(m["Subject"]))
    assert (
        "Jaringan Komputer  ->  Jaringan Komputer Lanjut" in preview.get_content() and "id 8" in preview.get_content()
    )
    dovecot.append(imap_user, approve_reply(preview, "#approve", 5))
    poll(desk)
    assert state.courses[8]["fullname"] == "Jaringan Komputer Lanjut"


@pytest.mark.slow
def test_moodle_warning_reaches_staff_and_changes_nothing(
    desk: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    corpus: Path,
    moodle: tuple[str, MoodleState],
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, state = moodle
    dovecot.append(imap_user, (SAMPLES / "001-ubah-nama-mk-basis-data.eml").read_bytes())
    poll(desk)
    preview = next(m for m in smtp.handler.parsed() if "usulan" in str(m["Subject"]))
    state.fail_next_update_with_warning = True
    dovecot.append(imap_user, approve_reply(preview, "#approve", 5))
    poll(desk)
    failure = [m for m in smtp.handler.parsed() if m["To"] == "rina.staf@polibatam.ac.id"][-1]
    assert "invalidrecordunknown: Can't find data record in database." in failure.get_content()
    assert state.courses[7]["fullname"] == "Basis Data"
    capsys.readouterr()
    assert main(["--config", str(desk), "tickets", "show", "1", "--json"]) == 0
    ticket = json.loads(capsys.readouterr().out)
    assert ticket["status"] == "open" and ticket["operations"][0]["state"] == "failed"
    # Fixed on the Moodle side: the same #approve now goes through.
    dovecot.append(imap_user, approve_reply(preview, "#approve", 6))
    poll(desk)
    assert state.courses[7]["fullname"] == "Sistem Basis Data"


@pytest.mark.slow
def test_moodle_check_reports_site_and_functions(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["--config", str(desk), "moodle", "check"]) == 0
    assert "Moodle Peer (Moodle 5.0.6+" in capsys.readouterr().out

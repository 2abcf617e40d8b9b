"""After `quarantine retry` handles a message, its mailbox copy leaves Quarantine for Processed (real Dovecot, real
Maildir); a mailbox that cannot be reached leaves it there without failing the retry."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from daemon.cli.main import main
from daemon.intake.sources.mail_copy import StoredCopy
from tests.conftest import server_sections, write_config
from tests.servers import Dovecot, SmtpServer, TlsMaterial, free_port

LIMIT = 1024


def _too_large(raw: bytes, filler: bytes = b"Terima kasih banyak atas bantuannya. ") -> bytes:
    big = raw.rstrip(b"\r\n") + b"\r\n\r\n" + filler * 40 + b"\r\n"
    assert len(big) > LIMIT
    return big


def _without_message_id(raw: bytes) -> bytes:
    head, body = raw.split(b"\r\n\r\n", 1) if b"\r\n\r\n" in raw else raw.split(b"\n\n", 1)
    kept = [line for line in re.split(rb"\r?\n", head) if not line.lower().startswith(b"message-id:")]
    assert len(kept) < len(re.split(rb"\r?\n", head))
    return b"\r\n".join(kept) + b"\r\n\r\n" + body


def _quarantined(config: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    capsys.readouterr()
    assert main(["--config", str(config), "quarantine", "list", "--json"]) == 0
    return list(json.loads(capsys.readouterr().out))


def _raise_the_limit(config: Path) -> None:
    config.write_text(config.read_text().replace(f"max_message_bytes = {LIMIT}", "max_message_bytes = 1048576"))


def _imap_config(tmp_path: Path, dovecot: Dovecot, user: str, smtp: SmtpServer, tls: TlsMaterial) -> Path:
    sections = server_sections(dovecot, user, smtp, tls)
    sections["intake"]["max_message_bytes"] = LIMIT
    path = write_config(tmp_path, **sections)
    assert main(["--config", str(path), "db", "upgrade"]) == 0
    return path


@pytest.mark.slow
def test_retry_moves_the_imap_copy_from_quarantine_to_processed(
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    tls: TlsMaterial,
    server_env: None,
    corpus: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = _imap_config(tmp_path, dovecot, imap_user, smtp, tls)
    with_id = _too_large((corpus / "typo-heavy-casual-sks.eml").read_bytes())
    without_id = _without_message_id(_too_large((corpus / "document-form-english.eml").read_bytes()))
    dovecot.append(imap_user, with_id)
    dovecot.append(imap_user, without_id)
    dovecot.append(imap_user, b"\x00\x01\x02 not mail at all \xff\xfe")  # unreadable: stays in quarantine
    assert main(["--config", str(config), "poll", "--once"]) == 0
    assert dovecot.count(imap_user, "Quarantine") == 3
    assert len(_quarantined(config, capsys)) == 3

    _raise_the_limit(config)
    assert main(["--config", str(config), "quarantine", "retry", "--all"]) == 1  # the unreadable one still fails
    out = capsys.readouterr().out
    assert out.count("new_ticket #") == 2, out
    moved = [line for line in out.splitlines() if "mailbox copy moved from Quarantine to Processed" in line]
    assert len(moved) == 2, out
    assert sum("(no Message-ID: found by its exact bytes)" in line for line in moved) == 1, out
    assert "3 message(s) retried, 1 still in quarantine" in out

    assert dovecot.count(imap_user, "Quarantine") == 1
    assert dovecot.count(imap_user, "Processed") == 2
    client = dovecot.client(imap_user)
    try:
        client.select_folder("Quarantine", readonly=True)
        (left,) = client.fetch(client.search(["ALL"]), ["BODY.PEEK[]"]).values()
        client.select_folder("Processed", readonly=True)
        processed = {bytes(data[b"BODY[]"]) for data in client.fetch(client.search(["ALL"]), ["BODY.PEEK[]"]).values()}
    finally:
        client.logout()
    assert b" not mail at all " in bytes(left[b"BODY[]"])
    assert processed == {with_id, without_id}
    assert [row["size"] for row in _quarantined(config, capsys)] == [len(bytes(left[b"BODY[]"]))]


@pytest.mark.slow
def test_retry_with_the_imap_server_down_makes_the_ticket_and_says_the_copy_stayed(
    tmp_path: Path,
    dovecot: Dovecot,
    imap_user: str,
    smtp: SmtpServer,
    tls: TlsMaterial,
    server_env: None,
    corpus: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = _imap_config(tmp_path, dovecot, imap_user, smtp, tls)
    dovecot.append(imap_user, _too_large((corpus / "typo-heavy-casual-sks.eml").read_bytes()))
    assert main(["--config", str(config), "poll", "--once"]) == 0
    (row,) = _quarantined(config, capsys)

    _raise_the_limit(config)
    # Nothing listens on this port any more: the mailbox cannot be reached, the database can.
    config.write_text(config.read_text().replace(f"port = {dovecot.port}\n", f"port = {free_port()}\n", 1))
    assert main(["--config", str(config), "quarantine", "retry", str(row["id"])]) == 0
    out = capsys.readouterr().out
    assert "new_ticket #1" in out
    assert re.search(
        rf"^\s+{row['id']}  mailbox copy still in Quarantine \(the mailbox could not be reached: ", out, re.M
    )
    assert "1 message(s) retried, 0 still in quarantine" in out
    assert _quarantined(config, capsys) == []
    assert dovecot.count(imap_user, "Quarantine") == 1
    assert dovecot.count(imap_user, "Processed") == 0


def test_retry_moves_the_maildir_copy_from_quarantine_to_processed(
    tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path, intake={"kind": "maildir", "path": "inbox", "max_message_bytes": LIMIT})
    assert main(["--config", str(config), "db", "upgrade"]) == 0
    maildir = tmp_path / "inbox"
    (maildir / "new").mkdir(parents=True)
    big = _too_large((corpus / "typo-heavy-casual-sks.eml").read_bytes())
    (maildir / "new" / "1764400000.M1P1.host").write_bytes(big)
    (maildir / "new" / "1764400001.M2P1.host").write_bytes(b"\x00\x01\x02 not mail at all \xff\xfe")
    assert main(["--config", str(config), "poll", "--once"]) == 0
    assert len(list((maildir / ".Quarantine" / "cur").iterdir())) == 2
    rows = _quarantined(config, capsys)
    (wanted,) = [row for row in rows if row["size"] == len(big)]

    _raise_the_limit(config)
    assert main(["--config", str(config), "quarantine", "retry", str(wanted["id"])]) == 0
    out = capsys.readouterr().out
    assert "new_ticket #1" in out
    assert f"{wanted['id']:>6}  mailbox copy moved from Quarantine to Processed\n" in out
    assert [file.name for file in (maildir / ".Processed" / "cur").iterdir()] == ["1764400000.M1P1.host"]
    assert (maildir / ".Processed" / "cur" / "1764400000.M1P1.host").read_bytes() == big
    assert [file.name for file in (maildir / ".Quarantine" / "cur").iterdir()] == ["1764400001.M2P1.host"]


def test_a_copy_is_its_message_id_narrowed_to_identical_bytes_and_without_one_only_identical_bytes() -> None:
    mail = b"Message-ID: <a@x>\r\nSubject: s\r\n\r\nbody\r\n"
    other_with_same_id = b"Message-ID: <a@x>\r\nSubject: t\r\n\r\nanother body\r\n"
    rewritten = b"Message-ID:\r\n <a@x>\r\nSubject: s\r\n\r\nbody\r\n"  # a server that re-folds headers
    longer_id = b"Message-ID: <a@x.y>\r\n\r\nbody\r\n"  # IMAP HEADER search matches substrings
    copy = StoredCopy.of(mail)
    assert copy.message_id == "<a@x>"
    assert copy.pick({1: mail, 2: other_with_same_id, 3: longer_id}) == [1]
    assert copy.pick({3: rewritten, 4: longer_id}) == [3]
    assert copy.pick({2: other_with_same_id, 3: rewritten, 4: longer_id}) == []  # which one? leave both
    no_id = b"Subject: s\r\n\r\nbody\r\n"
    assert StoredCopy.of(no_id).pick({1: no_id + b" ", 2: no_id, 3: mail}) == [2]

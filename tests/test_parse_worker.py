"""The read-ahead worker: same readings as in-process parsing, survives its own death, dies with the daemon."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from daemon.pipeline.parse_worker import ReadAhead, Unreadable, read_all
from parsers.message import ParsedMessage
from tests.conftest import CORPUS
from tests.processes import wait_until

pytestmark = pytest.mark.slow  # parse worker processes, killed and replaced


HOSTILE = Path(__file__).parent / "data" / "hostile"


def sample_raws() -> list[bytes]:
    paths = sorted(CORPUS.glob("*.eml"))[:20] + sorted(HOSTILE.iterdir())
    return [path.read_bytes() for path in paths]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_worker_reads_exactly_what_the_daemon_would() -> None:
    raws = sample_raws()
    read_ahead = ReadAhead(min_batch=1)
    try:
        readings = read_ahead.submit(raws).result()
    finally:
        read_ahead.close()
    assert readings == read_all(raws)
    assert any(isinstance(item, Unreadable) for item in readings)  # the hostile ones that cannot be read
    assert any(isinstance(item, ParsedMessage) for item in readings)


def test_small_batches_are_read_in_the_daemon_itself() -> None:
    read_ahead = ReadAhead(min_batch=20)
    assert read_ahead.submit(sample_raws()[:3]).result() is None
    assert read_ahead.pool is None


def test_a_killed_worker_is_replaced_and_its_batch_read_in_process() -> None:
    raws = sample_raws()[:5]
    read_ahead = ReadAhead(min_batch=1)
    try:
        assert read_ahead.submit(raws).result() is not None
        assert read_ahead.pool is not None
        (worker,) = read_ahead.pool._processes  # private, but the only way to reach the worker
        os.kill(worker, signal.SIGKILL)
        assert wait_until(lambda: not alive(worker), 10)
        # The batch in flight (if any) falls back to None; the next submission gets a new worker.
        read_ahead.submit(raws).result()
        assert read_ahead.submit(raws).result() == read_all(raws)
    finally:
        read_ahead.close()


def test_worker_exits_when_the_daemon_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "daemon_stand_in.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import sys, time
            sys.path.insert(0, {str(Path(__file__).parent.parent)!r})
            from daemon.pipeline.parse_worker import ReadAhead

            if __name__ == "__main__":
                read_ahead = ReadAhead(min_batch=1)
                read_ahead.submit([b"Subject: x\\r\\n\\r\\nbody\\r\\n"]).result()
                print(*read_ahead.pool._processes, flush=True)
                time.sleep(60)
            """
        )
    )
    stand_in = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    assert stand_in.stdout is not None
    worker = int(stand_in.stdout.readline())
    assert alive(worker)
    stand_in.kill()
    stand_in.wait()
    assert wait_until(lambda: not alive(worker), 10)


def test_no_worker_can_be_started_means_parsing_in_the_daemon(tmp_path: Path) -> None:
    """Out of file descriptors (or processes): the batch comes back unread, for the daemon to parse itself."""
    script = tmp_path / "no_room_for_a_worker.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import os, resource, sys
            sys.path.insert(0, {str(Path(__file__).parent.parent)!r})
            from daemon.pipeline.parse_worker import ReadAhead

            open_now = len(os.listdir("/proc/self/fd"))
            resource.setrlimit(resource.RLIMIT_NOFILE, (open_now + 1, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
            read_ahead = ReadAhead(min_batch=1)
            for _ in range(2):
                print(read_ahead.submit([b"Subject: x\\r\\n\\r\\nbody\\r\\n"]).result(), read_ahead.pool, flush=True)
            read_ahead.close()
            """
        )
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["None None", "None None"]
    assert "parsing worker unavailable ([Errno 24] Too many open files); parsing in the daemon" in done.stderr

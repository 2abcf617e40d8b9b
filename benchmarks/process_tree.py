"""Sample a process and its children while they run: CPU time by part, and the memory of all of them together."""

from __future__ import annotations

import os
import threading
from collections import Counter
from pathlib import Path

from tests.servers import child_processes, proc_stat

TICK = os.sysconf("SC_CLK_TCK")


def _ticks(fields: list[str]) -> int:
    return int(fields[11]) + int(fields[12])  # utime + stime


def _pss(pid: int) -> int:
    """Proportional set size: pages shared between the processes (the interpreter, libraries) count once."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return 0  # ended while we looked
    return next((int(line.split()[1]) * 1024 for line in text.splitlines() if line.startswith("Pss:")), 0)


class ProcessTree:
    """Last CPU time seen per thread (kept after the thread ends), and the peak of the processes' memory together."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        self.pid = pid
        self.every = every
        self._seen: dict[tuple[int, int], tuple[str, int]] = {}
        self.peak_memory_bytes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="process-tree", daemon=True)

    def __enter__(self) -> ProcessTree:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _processes(self) -> list[int]:
        return [self.pid, *(pid for pid, _, _ in child_processes(self.pid))]

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            processes = self._processes()
            self.peak_memory_bytes = max(self.peak_memory_bytes, sum(_pss(pid) for pid in processes))
            for pid in processes:
                for task in Path(f"/proc/{pid}/task").glob("*"):
                    stat = proc_stat(task / "stat")
                    if stat is not None:
                        self._seen[(pid, int(task.name))] = (self._role(pid, int(task.name)), _ticks(stat[1]))

    def _role(self, pid: int, tid: int) -> str:
        # Python does not name OS threads: the main thread is the one whose id is the process's.
        if pid != self.pid:
            return "child processes"
        return "main thread" if tid == pid else "other threads"

    def by_role(self) -> list[tuple[str, float]]:
        """CPU seconds of the main thread, the other threads and the child processes, most first."""
        totals: Counter[str] = Counter()
        for name, ticks in self._seen.values():
            totals[name] += ticks
        return [(name, ticks / TICK) for name, ticks in totals.most_common()]

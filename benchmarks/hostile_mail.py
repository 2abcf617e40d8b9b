"""Seconds of CPU the whole prediction path takes on long mail made of one cue family repeated, to find slow readers.

Usage: .venv/bin/python -m benchmarks.hostile_mail [--sizes 20000 50000 100000] [--limit 60] [--only NAME ...]
Not a test: it prints a table (one row per case, one column per body size); a case that outlives --limit CPU seconds
is stopped and shown as ">limit". Each case runs in a child process so a stuck one cannot hold the others.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import resource
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from daemon.classify.evaluation import predict
from daemon.config import Config
from parsers.automail import ScreeningContext


@dataclass(frozen=True)
class Case:
    name: str
    subject: str
    unit: str


# One family of the words the rules look for, repeated; each unit reads as a sentence of a request, not noise.
CASES = (
    Case("field-words", "Ubah data MK", "nama MK sks kelas semester dosen pengampu enrolment key short name "),
    Case("change-verbs", "Ubah data MK", "mohon diganti jadi diubah menjadi changed to ganti ubah tolong update "),
    Case("field-changes", "Ubah data MK", "Nama MK IF2204 diganti jadi Basis Data Lanjut, sks 3 jadi 4. "),
    Case("lecturer-words", "Pengampu MK", "dosen pengampu MK Fisika adalah Dr. Ani Susanti, M.T. "),
    Case("lecturer-replaces", "Pengampu MK", "Ibu Ani Susanti menggantikan Bapak Budi sebagai pengampu, "),
    Case("decree-words", "Pengampu MK", "Sesuai SK terbaru, pengampu MK Fisika adalah Dr. Ani "),
    Case("who-teaches", "Pengampu MK", "yang mengajar MK ini sekarang pak Budi yg pegang "),
    Case("question-words", "Pertanyaan", "bagaimana cara ganti nama MK dan siapa dosen pengampu serta berapa sks "),
    Case("how-to-clause", "Pertanyaan", "apakah dosen bisa mengubah nama course sendiri dan "),
    Case("question-marks", "Pertanyaan", "siapa dosen? berapa sks? kapan diumumkan? "),
    Case("dates-hours", "Pengumuman", "tayang Senin 4 Desember 2026 jam 08.00 WIB s.d. 10:30, "),
    Case("announcement", "Pengumuman", "Mohon ditayangkan pengumuman untuk mahasiswa TI besok jam 8. Judul: Ujian. "),
    Case("codes", "Ubah data MK", "IF2204 TRE-3110 MKW104-D EE 2104 "),
    Case("titled-names", "Pengampu MK", "Dr. Ani Susanti, M.T., Prof. Budi Hartono, Ph.D., bu Yuliana Sari "),
    Case("quotes", "Ubah data MK", "nama \"Basis Data\" jadi 'Basis Data Lanjut' “Fisika” "),
    Case("bullets", "Ubah data MK", "- sks: 3 menjadi 4\n* nama MK: Fisika\n1. kelas TI-2A\n"),
    Case("table", "Ubah data MK", "| Kode | Nama MK | SKS | Dosen |\n| IF2204 | Basis Data | 3 | Dr. Ani |\n"),
    Case("question-run", "Pertanyaan", "?"),
    Case("blank-lines", "Ubah data MK", "\n"),
    Case("e-learning", "Tidak bisa login", "tidak bisa login e-learning error kuis forum gagal upload tugas "),
    Case("documents", "Surat", "mohon surat keterangan aktif kuliah transkrip nilai legalisir ijazah "),
)
_THREAD_REPLY = (
    "Baik Pak, terima kasih. Untuk MK IF2204 Basis Data mohon sks diubah jadi 3 dan dosen pengampu Dr. Ani, M.T.\n"
    "Apakah kelas TI-2A juga ikut? Jadwal tayang Senin jam 08.00.\n\nSalam,\nBudi\n"
)


def _quoted_thread(size: int) -> str:
    """Many replies, each quoting the whole thread before it ("On ... wrote:" then "> " lines), up to size."""
    thread = _THREAD_REPLY
    number = 0
    while len(thread) < size:
        number += 1
        quoted = "\n".join(f"> {line}" for line in thread.splitlines())
        said = f"Pada Sen, {number} Des 2026 pukul 08.{number % 60:02d}, Budi <b@x.id> menulis:"
        thread = f"{_THREAD_REPLY}\n{said}\n{quoted}\n"
    return thread[:size]


def body(case: Case, size: int) -> str:
    if case.name == "thread":
        return _quoted_thread(size)
    return (case.unit * (size // len(case.unit) + 1))[:size]


def raw_mail(subject: str, text: str) -> bytes:
    head = (
        "From: Budi <budi@polibatam.ac.id>\r\nTo: p4m@polibatam.ac.id\r\n"
        f"Subject: {subject}\r\nDate: Mon, 30 Nov 2026 08:00:00 +0700\r\nMessage-ID: <hostile@polibatam.ac.id>\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
    )
    return (head + text.replace("\n", "\r\n") + "\r\n").encode()


def _timed_predict(subject: str, text: str, limit: float, answer: multiprocessing.Queue[float]) -> None:
    logging.disable(logging.WARNING)
    config = Config()
    context = ScreeningContext(config.own_addresses(), config.helpdesk.address)
    with tempfile.TemporaryDirectory() as folder:
        # A first mail loads the models and compiles the patterns: that cost is paid once per daemon, not per mail.
        warm = Path(folder) / "warm.eml"
        warm.write_bytes(raw_mail("Ubah data MK", "Mohon sks MK IF2204 diganti jadi 3."))
        predict(warm, config.helpdesk.tag, context)
        path = Path(folder) / "hostile.eml"
        path.write_bytes(raw_mail(subject, text))
        # Stopped by its CPU time, not the clock: on a busy machine a fast case can wait long for a core.
        spent = int(time.process_time() + limit)
        resource.setrlimit(resource.RLIMIT_CPU, (spent, spent + 1))
        started = time.process_time()
        predict(path, config.helpdesk.tag, context)
        answer.put(time.process_time() - started)


def seconds(subject: str, text: str, limit: float) -> float | None:
    """CPU seconds of one prediction in a child process, or None when it outlived the limit of CPU seconds."""
    answer: multiprocessing.Queue[float] = multiprocessing.Queue()
    child = multiprocessing.Process(target=_timed_predict, args=(subject, text, limit, answer))
    child.start()
    child.join()
    return answer.get() if child.exitcode == 0 else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 50_000, 100_000])
    parser.add_argument("--limit", type=float, default=60.0)
    parser.add_argument("--only", nargs="*", default=[])
    args = parser.parse_args()
    cases = [*CASES, Case("thread", "Re: Ubah data MK", "")]
    print(f"{'case':<20}" + "".join(f"{size:>10}" for size in args.sizes), flush=True)
    for case in cases:
        if args.only and case.name not in args.only:
            continue
        row = []
        for size in args.sizes:
            spent = seconds(case.subject, body(case, size), args.limit)
            row.append(f"{'>' + str(int(args.limit)) if spent is None else f'{spent:.2f}':>10}")
        print(f"{case.name:<20}" + "".join(row), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

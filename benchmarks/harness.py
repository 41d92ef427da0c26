"""Running child processes and summarising repeated measurements."""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
T = TypeVar("T")


@dataclass(frozen=True)
class ChildRun:
    """What one child process printed and used."""

    stdout: str
    stderr: str
    returncode: int
    max_rss_mib: float  # peak resident memory of the child alone (ru_maxrss from wait4)
    cpu_seconds: float  # user + system time of the child alone
    line_ms: dict[str, float]  # when each printed line's first word arrived, ms after spawn

    def value(self, key: str) -> float:
        """The number printed on a line `key N` (e.g. first-paint-ms 123)."""
        for line in self.stdout.splitlines():
            parts = line.split()
            if len(parts) == 2 and parts[0] == key:
                return float(parts[1])
        raise RuntimeError(f"child printed no '{key}' line:\n{self.stdout}\n{self.stderr}")


def compile_sources() -> None:
    """Byte-compile reader/ and benchmarks/, as an installed build would be."""
    # The reader itself never writes .pyc files, and no measured side should pay for compiling
    # source on every start.
    compileall.compile_dir(REPO / "reader", quiet=1)
    compileall.compile_dir(REPO / "benchmarks", quiet=1)


def child_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment for every child: offscreen Qt, no bytecode written, repo importable."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    env.update(extra or {})
    return env


def run_child(
    args: Sequence[str], env: Mapping[str, str] | None = None, timeout: float = 300
) -> ChildRun:
    """Run `python args...` to completion and collect its output, peak memory and CPU time."""
    arrived: dict[str, float] = {}
    with tempfile.TemporaryFile(mode="w+", encoding="utf-8") as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            [PYTHON, *args],
            cwd=REPO,
            env=child_env(env),
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
        )
        killer = threading.Timer(timeout, process.kill)
        killer.start()
        try:
            assert process.stdout is not None
            lines = []
            for line in process.stdout:
                arrived[line.split(" ", 1)[0].strip()] = (time.perf_counter() - started) * 1000
                lines.append(line)
            process.stdout.close()
            # wait4 reports this child's own peak memory and CPU time, unlike RUSAGE_CHILDREN,
            # which folds every child so far into one maximum.
            _, status, usage = os.wait4(process.pid, 0)
        finally:
            killer.cancel()
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        stderr = errors.read()
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} exited {process.returncode}:\n{stderr}")
    cpu = usage.ru_utime + usage.ru_stime
    stdout = "".join(lines)
    return ChildRun(stdout, stderr, process.returncode, usage.ru_maxrss / 1024, cpu, arrived)


def median(values: Sequence[float]) -> float:
    """The median of the measurements."""
    return float(statistics.median(values))


def alternate(
    runs: int, first: Callable[[], T], second: Callable[[], T]
) -> tuple[list[T], list[T]]:
    """Measure two things alternately, `runs` times each, so drift affects both alike."""
    a, b = rotate(runs, first, second)
    return a, b


def rotate(runs: int, *actions: Callable[[], T]) -> list[list[T]]:
    """Measure several things in turn, `runs` times each, starting each round one further on.

    Each thing goes first in turn, so none always runs on the warmer caches.
    """
    results: list[list[T]] = [[] for _ in actions]
    for index in range(runs):
        for step in range(len(actions)):
            which = (index + step) % len(actions)
            results[which].append(actions[which]())
    return results


@dataclass(frozen=True)
class Result:
    """One benchmark's outcome: the two medians, what they give, and the budget."""

    name: str
    lantern: str
    baseline: str
    measured: str
    budget: str
    passed: bool
    note: str = ""


def table(results: Sequence[Result]) -> str:
    """The results as a Markdown table."""
    rows = [
        "| benchmark | Lantern (median) | baseline (median) | measured | budget | met |",
        "|---|---|---|---|---|---|",
    ]
    for r in results:
        met = "yes" if r.passed else "**no**"
        rows.append(
            f"| {r.name} | {r.lantern} | {r.baseline} | {r.measured} | {r.budget} | {met} |"
        )
    notes = [f"- {r.name}: {r.note}" for r in results if r.note]
    return "\n".join(rows + ([""] + notes if notes else []))

"""python -m benchmarks --count: start-up measured in instructions, with valgrind's callgrind.

Timings on a shared machine move by tens of percent from minute to minute; the number of
instructions a start executes does not depend on the load, so a change in it is a change in
the code. This is a report only: it has no budgets and --check never uses it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks import start
from benchmarks.harness import PYTHON, REPO, child_env, median

COUNTED = ("start", "pack")
MISSING = "valgrind is not installed (it counts the instructions): apt-get install valgrind"
TIMEOUT = 900.0  # seconds; one start under callgrind takes 15-60 s on the 2-CPU machine
# A fixed hash seed: with random ones, set and dict orders (and so the counts) vary a little.
FIXED = {"QT_QPA_PLATFORM": "offscreen", "PYTHONHASHSEED": "0"}


class CountError(RuntimeError):
    """A counted program failed, timed out, or left no total to read."""


@dataclass(frozen=True)
class Program:
    """One program to count: a label, its Python arguments, extra environment, its baseline."""

    benchmark: str
    label: str
    args: Sequence[str]
    env: Mapping[str, str] = field(default_factory=dict)
    baseline: str = ""  # the label of the row it is compared with; empty for a baseline


@dataclass(frozen=True)
class Count:
    """A program's instruction counts, one per run."""

    program: Program
    instructions: Sequence[int]

    @property
    def millions(self) -> float:
        """The median count in millions of instructions."""
        return median(self.instructions) / 1e6


def valgrind() -> str | None:
    """The valgrind executable, or None when it is not installed."""
    return shutil.which("valgrind")


def callgrind_total(lines: Iterable[str]) -> int:
    """The total from callgrind's output file ("summary:"/"totals:") or stderr ("Collected :")."""
    for line in lines:
        key, colon, value = line.partition(":")
        if not colon:
            continue
        if key.strip() in ("summary", "totals") or key.endswith("Collected "):
            return int(value.split()[0])
    raise ValueError("no 'summary:', 'totals:' or 'Collected :' line in callgrind's output")


def count_once(program: Program, folder: Path, tool: str) -> int:
    """Run the program once under callgrind, writing into folder; its instructions executed."""
    out = folder / "callgrind.out"
    command = [tool, "--tool=callgrind", f"--callgrind-out-file={out}", PYTHON, *program.args]
    try:
        done = subprocess.run(
            command,
            cwd=REPO,
            env=child_env({**FIXED, **program.env}),
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired as error:
        raise CountError(f"{program.label}: no exit within {TIMEOUT:.0f} s") from error
    try:
        if done.returncode != 0 or start.PROBE not in done.stdout:
            tail = "\n".join(done.stderr.splitlines()[-15:])
            raise CountError(f"{program.label} exited {done.returncode} under valgrind:\n{tail}")
        if out.exists():
            with out.open(encoding="utf-8", errors="replace") as text:
                try:
                    return callgrind_total(text)
                except ValueError:
                    pass
        try:
            return callgrind_total(done.stderr.splitlines())
        except ValueError as error:
            raise CountError(f"{program.label}: {error}") from error
    finally:
        out.unlink(missing_ok=True)


def programs(names: Iterable[str], pack: Path) -> list[Program]:
    """What --count runs for the chosen benchmarks (start, pack), each after its baseline."""
    chosen: list[Program] = []
    if "start" in names:
        bare = "bare window (bare_qt.py)"
        chosen += [
            Program("start", bare, start.BARE),
            Program("start", "floor (floor_qt.py)", start.FLOOR, start.floor_env(), bare),
            Program("start", "Lantern (--startup-probe)", start.LANTERN, baseline=bare),
        ]
    if "pack" in names:
        synthetic, bundled = start.pack_starts(pack)
        label = "Lantern, bundled pack (with_pack.py)"
        chosen += [
            Program("pack", label, bundled),
            Program("pack", "Lantern, 2,000 synthetic articles", synthetic, baseline=label),
        ]
    return chosen


def count_table(counts: Sequence[Count]) -> str:
    """The counts as a Markdown table: program, million instructions, ratio to its baseline."""
    by_label = {c.program.label: c for c in counts}
    rows = [
        "| benchmark | program | million instructions | ratio to its baseline |",
        "|---|---|---|---|",
    ]
    for c in counts:
        base = by_label.get(c.program.baseline)
        ratio = f"{c.millions / base.millions:.2f}× {base.program.label}" if base else "baseline"
        rows.append(f"| {c.program.benchmark} | {c.program.label} | {c.millions:,.1f} | {ratio} |")
    return "\n".join(rows)


def spread(count: Count) -> float:
    """How far apart the runs were, as a share of the median."""
    return (max(count.instructions) - min(count.instructions)) / median(count.instructions)


def report(names: Sequence[str], runs: int, tool: str) -> int:
    """Count each chosen program `runs` times, print the table; 1 if a run failed, else 0."""
    with tempfile.TemporaryDirectory(prefix="lantern-count-") as temporary:
        folder = Path(temporary)
        pack = folder / "pack"
        if "pack" in names:
            from benchmarks.synthetic import generate_pack

            generate_pack(pack)
        counts: list[Count] = []
        try:
            for program in programs(names, pack):
                started = time.perf_counter()
                found = [count_once(program, folder, tool) for _ in range(runs)]
                counts.append(Count(program, found))
                seconds = time.perf_counter() - started
                print(f"counted {program.label}: {counts[-1].millions:,.1f} M ({seconds:.0f} s)")
        except CountError as error:
            print(f"counting failed: {error}", file=sys.stderr)
            return 1
    print()
    print(count_table(counts))
    print(
        f"\nInstructions executed (callgrind's Ir) by the whole process, start to exit after the "
        f"first paint; {runs} run(s) each, median; QT_QPA_PLATFORM=offscreen, PYTHONHASHSEED=0."
    )
    if runs > 1:
        widest = max(spread(c) for c in counts)
        print(f"Largest spread between runs of one program: {widest:.3%} of its median.")
    return 0

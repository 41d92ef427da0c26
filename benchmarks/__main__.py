"""python -m benchmarks [--check] [--runs N] [--only NAME ...]: Lantern against its baselines."""

from __future__ import annotations

import argparse
import compileall
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.harness import REPO, Result, table

NAMES = ("start", "pack", "article", "search", "idle", "growth", "reset")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 when a budget is missed")
    parser.add_argument("--runs", type=int, default=9, help="repetitions of each side (9)")
    parser.add_argument("--only", nargs="+", choices=NAMES, help="run only these benchmarks")
    return parser


def machine() -> str:
    """One line describing where the numbers came from."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next(line.split(":", 1)[1].strip() for line in info if "model name" in line)
    except (OSError, StopIteration):
        pass
    from PySide6 import __version__ as pyside

    return (
        f"{platform.system()} {platform.release()}, {cpu}, {_cpus()} CPUs, "
        f"Python {platform.python_version()}, PySide6 {pyside}, QT_QPA_PLATFORM=offscreen"
    )


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _plan(runs: int, pack: Callable[[], Path]) -> dict[str, Callable[[], list[Result]]]:
    from benchmarks import growth, idle, reading, reset, searching, start

    return {
        "start": lambda: start.first_paint_and_memory(runs),
        "pack": lambda: [start.synthetic_pack_start(runs, pack())],
        "article": lambda: [reading.article_open(runs)],
        "search": lambda: [searching.search_speed(runs, pack())],
        "idle": lambda: [idle.kiosk_idle()],
        "growth": lambda: [growth.growth()],
        "reset": lambda: [reset.reset_time()],
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmarks, print a Markdown table, and with --check fail on a missed budget."""
    args = _parser().parse_args(argv)
    # Byte-compile first, as an installed build would be: the reader itself never writes .pyc
    # files, and neither side should pay for compiling source on every start.
    compileall.compile_dir(REPO / "reader", quiet=1)
    compileall.compile_dir(REPO / "benchmarks", quiet=1)
    print(f"machine: {machine()}", flush=True)
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="lantern-synthetic-") as folder:
        made: list[Path] = []

        def pack() -> Path:
            if not made:
                from benchmarks.synthetic import generate_pack

                made.append(generate_pack(Path(folder) / "pack"))
            return made[0]

        for name, run in _plan(args.runs, pack).items():
            if args.only and name not in args.only:
                continue
            started = time.perf_counter()
            for result in run():
                results.append(result)
                mark = "ok  " if result.passed else "MISS"
                print(f"{mark} {result.name}: {result.measured} (budget {result.budget})")
            print(f"     ({time.perf_counter() - started:.0f} s)", flush=True)
    print()
    print(table(results))
    missed = [r.name for r in results if not r.passed]
    if missed:
        print(f"\nbudgets missed: {', '.join(missed)}")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())

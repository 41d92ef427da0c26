"""python -m benchmarks [--check | --count] [--runs N] [--only NAME ...]: against baselines."""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.harness import Result, compile_sources, table

NAMES = ("start", "pack", "article", "search", "idle", "growth", "reset")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 when a budget is missed")
    parser.add_argument(
        "--count",
        action="store_true",
        help="count instructions with valgrind's callgrind instead of timing (start, pack); "
        "a report only, with no budgets",
    )
    parser.add_argument(
        "--runs", type=int, help="repetitions of each side (9; 1 with --count: counts repeat)"
    )
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
    parser = _parser()
    args = parser.parse_args(argv)  # --help works everywhere
    if not sys.platform.startswith("linux"):
        # os.wait4, /proc and ru_maxrss in KiB are Linux's: elsewhere the numbers would be wrong
        # or the run would stop with a traceback.
        print(
            f"python -m benchmarks runs on Linux only (this is {sys.platform}); "
            "see docs/PERFORMANCE.md.",
            file=sys.stderr,
        )
        return 1
    if args.runs is not None and args.runs < 1:
        parser.error("--runs needs at least 1")
    if args.count:
        return _count(parser, args)
    compile_sources()
    print(f"machine: {machine()}", flush=True)
    runs = 9 if args.runs is None else args.runs
    results: list[Result] = []
    with tempfile.TemporaryDirectory(prefix="lantern-synthetic-") as folder:
        made: list[Path] = []

        def pack() -> Path:
            if not made:
                from benchmarks.synthetic import generate_pack

                made.append(generate_pack(Path(folder) / "pack"))
            return made[0]

        for name, run in _plan(runs, pack).items():
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


def _count(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    """--count: instructions of the start-up benchmarks under callgrind, as a table."""
    from benchmarks import counting

    if args.check:
        parser.error("--count is a report only: it has no budgets for --check")
    other = sorted(set(args.only or ()) - set(counting.COUNTED))
    if other:
        parser.error(
            f"--count counts only {' and '.join(counting.COUNTED)}, not {', '.join(other)}"
        )
    tool = counting.valgrind()
    if tool is None:
        print(counting.MISSING, file=sys.stderr)
        return 2
    compile_sources()  # as the timed benchmarks do, so neither side compiles source
    print(f"machine: {machine()}", flush=True)
    names = args.only or counting.COUNTED
    return counting.report(names, 1 if args.runs is None else args.runs, tool)


if __name__ == "__main__":
    sys.exit(main())

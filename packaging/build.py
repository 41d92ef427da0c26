"""Build the standalone Lantern folder, check it, measure it against a bare Qt build, archive it.

    python packaging/build.py              build dist/lantern, self-test, archive, validate
    python packaging/build.py --measure    also build a bare baseline; compare size and start-up

Run it with the build environment's Python (PySide6-Essentials, the project and PyInstaller;
see packaging/README.md). Exit status 1 means a check failed; the reason is printed.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINUX_DIR = ROOT / "packaging" / "linux"
# The one app icon: the window uses it too, so it lives with the bundled resources.
ICON = ROOT / "resources" / "icons" / "io.github.lantern.Reader.svg"
APP_ID = "io.github.lantern.Reader"
DIST = ROOT / "dist"
LANTERN_EXE = DIST / "lantern" / "lantern"
BASELINE = ROOT / "build" / "baseline"
BARE_EXE = BASELINE / "dist" / "bare_qt" / "bare_qt"
SIZE_BUDGET = 0.8  # dist/lantern at most 0.8x the bare build made the default way
STARTUP_BUDGET = 1.3  # first paint at most 1.3x the frozen bare window
_FIRST_PAINT = re.compile(r"^first-paint-ms (\d+)$", re.M)


class CheckFailed(Exception):
    """A build step or a check did not pass."""


def version() -> str:
    """Lantern's version, read from reader/__init__.py without importing it."""
    text = (ROOT / "reader" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not found:
        raise CheckFailed("no __version__ in reader/__init__.py")
    return found.group(1)


def pyinstaller(*args: str) -> None:
    """Run PyInstaller from this Python, in the repository root."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", *args]
    if subprocess.run(command, cwd=ROOT, check=False).returncode != 0:
        raise CheckFailed(f"PyInstaller failed: {' '.join(args)}")


def build_lantern() -> None:
    """The one documented build command: dist/lantern/lantern."""
    pyinstaller("packaging/lantern.spec")


def build_baseline() -> None:
    """A bare QTextBrowser window frozen the default way, with the same PySide6 and PyInstaller."""
    shutil.rmtree(BASELINE, ignore_errors=True)
    pyinstaller(
        "benchmarks/bare_qt.py",
        "--distpath",
        str(BASELINE / "dist"),
        "--workpath",
        str(BASELINE / "work"),
        "--specpath",
        str(BASELINE),
        "--paths",
        str(ROOT),  # bare_qt.py imports benchmarks.first_paint and reader.process_clock
    )


def offscreen_env() -> dict[str, str]:
    """The current environment with Qt drawing offscreen (CI has no display).

    A UTF-8 locale is supplied when none is set: under plain "C", Qt itself warns on stderr.
    """
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if not (env.get("LC_ALL") or env.get("LANG")):
        env["LANG"] = "C.UTF-8"
    return env


def check_self_test(exe: Path = LANTERN_EXE) -> str:
    """The frozen self-test exits 0 and prints nothing on standard error."""
    result = subprocess.run(
        [str(exe), "--self-test"],
        env=offscreen_env(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if result.returncode != 0 or result.stderr:
        raise CheckFailed(
            f"frozen self-test: exit {result.returncode}\n{result.stdout}\nstderr:\n{result.stderr}"
        )
    return result.stdout.strip().splitlines()[-1]


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes (apparent size, symlinks not followed) and number of files under folder."""
    sizes = [p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(sizes), len(sizes)


def first_paint_ms(command: list[str]) -> int:
    """One start-up: launch with --startup-probe semantics and read first-paint-ms N."""
    result = subprocess.run(
        command, env=offscreen_env(), capture_output=True, text=True, timeout=120, check=False
    )
    found = _FIRST_PAINT.search(result.stdout)
    if result.returncode != 0 or not found:
        raise CheckFailed(f"{command[0]}: no first-paint-ms line (exit {result.returncode})")
    return int(found.group(1))


@dataclass
class Startup:
    """Start-to-first-paint samples for Lantern and the bare window, in milliseconds."""

    lantern: list[int]
    bare: list[int]

    @property
    def ratio(self) -> float:
        """Median Lantern time over median bare time."""
        return statistics.median(self.lantern) / statistics.median(self.bare)


def measure_startup(runs: int) -> Startup:
    """Alternate the two programs (order swapped each round), after one warm-up start each."""
    lantern = [str(LANTERN_EXE), "--startup-probe"]
    bare = [str(BARE_EXE)]
    first_paint_ms(lantern), first_paint_ms(bare)  # warm the disk cache for both
    samples = Startup(lantern=[], bare=[])
    for round_number in range(runs):
        pair = [(samples.lantern, lantern), (samples.bare, bare)]
        for store, command in pair if round_number % 2 else reversed(pair):
            store.append(first_paint_ms(command))
    return samples


def archive_name() -> Path:
    """dist/lantern-<version>-linux-x86_64.tar.gz (named after this machine's OS and CPU)."""
    system = platform.system().lower()
    return DIST / f"lantern-{version()}-{system}-{platform.machine()}.tar.gz"


def _normalised(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    return info


def write_archive() -> Path:
    """The folder as lantern/, plus desktop integration files under lantern/share/."""
    target = archive_name()
    extras = {
        LINUX_DIR / f"{APP_ID}.desktop": f"share/applications/{APP_ID}.desktop",
        LINUX_DIR / f"{APP_ID}.metainfo.xml": f"share/metainfo/{APP_ID}.metainfo.xml",
        ICON: f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
    }
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(LANTERN_EXE.parent, arcname="lantern", filter=_normalised)
        for source, name in extras.items():
            tar.add(source, arcname=f"lantern/{name}", filter=_normalised)
    return target


def _run_validator(command: list[str]) -> str:
    if not shutil.which(command[0]):
        return f"{command[0]}: not installed, skipped"
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise CheckFailed(f"{' '.join(command)}:\n{result.stdout}{result.stderr}")
    return f"{command[0]}: passed"


def validate_linux_files() -> list[str]:
    """Desktop entry and AppStream metainfo pass their validators; the release matches."""
    metainfo = LINUX_DIR / f"{APP_ID}.metainfo.xml"
    release = re.search(r'<release version="([^"]+)"', metainfo.read_text(encoding="utf-8"))
    if not release or release.group(1) != version():
        raise CheckFailed(f"{metainfo.name}: the newest <release> must be version {version()}")
    return [
        _run_validator(["desktop-file-validate", str(LINUX_DIR / f"{APP_ID}.desktop")]),
        _run_validator(["appstreamcli", "validate", "--no-net", str(metainfo)]),
    ]


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def size_report() -> tuple[list[str], float]:
    """Table rows for the two folders, and the size ratio."""
    lantern, lantern_files = folder_size(LANTERN_EXE.parent)
    bare, bare_files = folder_size(BARE_EXE.parent)
    ratio = lantern / bare
    return [
        f"| bare window, default build | {_mb(bare)} | {bare_files} files |",
        f"| dist/lantern | {_mb(lantern)} | {lantern_files} files |",
        f"| ratio (budget {SIZE_BUDGET}) | {ratio:.2f} | |",
    ], ratio


def startup_report(samples: Startup) -> list[str]:
    """Table rows for the start-up medians and every sample."""
    rows = []
    for name, values in (("bare window", samples.bare), ("Lantern", samples.lantern)):
        rows.append(
            f"| {name} | {statistics.median(values):.0f} ms | {', '.join(map(str, values))} |"
        )
    rows.append(f"| ratio (budget {STARTUP_BUDGET}) | {samples.ratio:.2f} | |")
    return rows


def step(name: str, action: Callable[[], object]) -> object:
    """Run one step, printing its name and how long it took."""
    started = time.monotonic()
    print(f"== {name}", flush=True)
    result = action()
    print(f"   done in {time.monotonic() - started:.1f} s", flush=True)
    return result


def measure(runs: int, strict_startup: bool) -> None:
    """Build the baseline, compare sizes and start-up, enforce the size budget."""
    step("bare baseline build", build_baseline)
    rows, size_ratio = size_report()
    samples = step(f"start-up, {runs} alternating runs each", lambda: measure_startup(runs))
    assert isinstance(samples, Startup)
    print("\n| folder | size | |\n|---|---|---|\n" + "\n".join(rows))
    print("\n| start to first paint | median | samples |\n|---|---|---|")
    print("\n".join(startup_report(samples)))
    if size_ratio > SIZE_BUDGET:
        raise CheckFailed(
            f"dist/lantern is {size_ratio:.2f}x the bare build (budget {SIZE_BUDGET})"
        )
    if samples.ratio > STARTUP_BUDGET:
        message = f"start-up is {samples.ratio:.2f}x the bare window (budget {STARTUP_BUDGET})"
        if strict_startup:
            raise CheckFailed(message)
        print(f"NOTE: {message}; reported, not enforced (use --strict-startup)")


def main(argv: list[str] | None = None) -> int:
    """Build, check, optionally measure, archive and validate; 1 on any failed check."""
    if not sys.platform.startswith("linux"):
        # The paths, the self-test and the archive are Linux's; Windows and macOS build by hand.
        print(
            f"build.py runs on Linux only (this is {sys.platform}); "
            "see packaging/README.md for building on Windows and macOS.",
            file=sys.stderr,
        )
        return 1
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", action="store_true", help="compare with a bare Qt build")
    parser.add_argument("--runs", type=int, default=7, help="start-ups per program (default 7)")
    parser.add_argument("--strict-startup", action="store_true", help="fail over start-up budget")
    parser.add_argument("--skip-build", action="store_true", help="reuse the existing dist/lantern")
    args = parser.parse_args(argv)
    try:
        if not args.skip_build:
            step("PyInstaller: packaging/lantern.spec", build_lantern)
        print("   " + str(step("frozen self-test", check_self_test)))
        if args.measure:
            measure(args.runs, args.strict_startup)
        print("   " + str(step("archive", write_archive)))
        for line in validate_linux_files():
            print("   " + line)
    except CheckFailed as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

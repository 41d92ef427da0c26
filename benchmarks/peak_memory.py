"""Benchmark-only entry point: peak memory at the moment of the first paint.

    python -m benchmarks.peak_memory lantern [lantern options...]
    python -m benchmarks.peak_memory bare

Runs Lantern's --startup-probe (or the bare window) unchanged, except that the report also
prints `peak-rss-mib N`: the process's peak resident memory up to the first paint, before
anything deferred until after the paint has run.
"""

from __future__ import annotations

import resource
import sys
from typing import Any


def _print_peak() -> None:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"peak-rss-mib {peak:.1f}", flush=True)


def main(argv: list[str]) -> int:
    """Run the chosen side with the extra line in its first-paint report."""
    if argv[:1] == ["bare"]:
        from benchmarks import bare_qt

        bare_report = bare_qt._report

        def bare_peak() -> None:
            _print_peak()
            bare_report()

        bare_qt._report = bare_peak
        return bare_qt.main()
    from reader import app
    from reader.ui import probe

    lantern_report = probe.FirstPaint._report

    def report(self: Any) -> None:
        _print_peak()
        lantern_report(self)

    probe.FirstPaint._report = report  # type: ignore[method-assign]
    return app.main(["--startup-probe", *argv[1:]])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Benchmark-only entry point: peak memory at the moment of the first paint.

    python -m benchmarks.peak_memory lantern [lantern options...]
    python -m benchmarks.peak_memory bare

Runs Lantern's --startup-probe (or the bare window) unchanged, except for its report: at the
first paint it prints `peak-rss-mib N`, the peak resident memory so far, before anything
deferred until after the paint has run; then, SETTLE_MS later, `settled-rss-mib N`, the peak
once that deferred work is done too, and quits.
"""

from __future__ import annotations

import resource
import sys

SETTLE_MS = 1500


def _print_peak(key: str = "peak-rss-mib") -> None:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"{key} {peak:.1f}", flush=True)


def _settled() -> None:
    from PySide6.QtWidgets import QApplication

    _print_peak("settled-rss-mib")
    QApplication.quit()


def main(argv: list[str]) -> int:
    """Run the chosen side with the extra line in its first-paint report."""
    if argv[:1] == ["bare"]:
        from benchmarks import bare_qt, first_paint

        bare_report = first_paint.report

        def bare_peak() -> None:
            _print_peak()
            _print_peak("settled-rss-mib")  # the bare window defers nothing
            bare_report()

        first_paint.report = bare_peak
        return bare_qt.main()
    from PySide6.QtCore import QTimer

    from reader import app
    from reader.ui import probe

    def report() -> None:
        _print_peak()
        QTimer.singleShot(SETTLE_MS, _settled)

    probe.print_first_paint = report
    return app.main(["--startup-probe", *argv[1:]])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

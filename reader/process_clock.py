"""The process's clocks: milliseconds since it started (for the start-up probe), and a clock
that goes on while the computer sleeps (for the kiosk's idle wait and the timed exercises)."""

from __future__ import annotations

import os
import sys
import time

_IMPORTED_AT = time.perf_counter()


def _linux_start_ms() -> float | None:
    """Process age from /proc (10 ms resolution), or None where /proc is missing."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        with open("/proc/uptime", encoding="ascii") as uptime:
            up_seconds = float(uptime.read().split()[0])
    except (OSError, IndexError, ValueError):
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    started = int(fields[19]) / ticks  # field 22 of stat: start time in clock ticks after boot
    return (up_seconds - started) * 1000


def ms_since_process_start() -> float:
    """Time since the process began; falls back to time since this module was imported."""
    measured = _linux_start_ms()
    if measured is not None:
        return measured
    return (time.perf_counter() - _IMPORTED_AT) * 1000


def clock_counting_sleep() -> float:
    """Seconds on a clock that goes on while the computer sleeps.

    time.monotonic stops while Linux and macOS sleep: a kiosk put to sleep with a reader's
    page on screen woke as if no time had passed, page and all, and an urge timer woke with
    the minutes it had when the lid closed an hour before.
    """
    if sys.platform.startswith("linux"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    if sys.platform == "darwin":  # macOS's CLOCK_MONOTONIC goes on while asleep
        return time.clock_gettime(time.CLOCK_MONOTONIC)
    return time.monotonic()  # Windows: the steadiest clock Python offers there

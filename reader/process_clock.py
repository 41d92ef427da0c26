"""Milliseconds since this process started, for the start-up probe and its baseline."""

from __future__ import annotations

import os
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

"""A computer's two clocks, for tests of what happens across its sleep (a closed lid).

time.monotonic stops while Linux and macOS sleep; the clock Lantern keeps time on where that
matters (reader.process_clock.clock_counting_sleep) goes on.
"""

from __future__ import annotations

import time

import pytest


class Machine:
    """The computer's two clocks: time awake, and time since start-up including sleep."""

    def __init__(self) -> None:
        self.awake = 5000.0
        self.slept = 0.0

    def monotonic(self) -> float:
        return self.awake

    def clock_gettime(self, _which: int) -> float:
        return self.awake + self.slept

    def run(self, seconds: float) -> None:
        self.awake += seconds

    def sleep(self, seconds: float) -> None:
        self.slept += seconds


def patched_machine(monkeypatch: pytest.MonkeyPatch) -> Machine:
    """The clocks Lantern reads when no test clock is given, moved by the test."""
    fake = Machine()
    monkeypatch.setattr(time, "monotonic", fake.monotonic)
    monkeypatch.setattr(time, "clock_gettime", fake.clock_gettime)
    return fake

"""Test doubles shared by the suites."""

from __future__ import annotations


class FakeClock:
    """Monotonic seconds that only move when a test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        """Move time forward."""
        self.now += seconds


class TickingClock(FakeClock):
    """A clock that moves on a little every time it is read, as a real one does."""

    def __init__(self, start: float = 1000.0, tick: float = 0.01) -> None:
        super().__init__(start)
        self.tick = tick

    def __call__(self) -> float:
        self.now += self.tick
        return self.now


class Recorder:
    """Collects (first, second) argument pairs from a callback, such as print or export."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def __call__(self, first: str, second: str) -> None:
        self.calls.append((first, second))

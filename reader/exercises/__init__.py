"""Coping exercises as pure-Python state machines, driven by an injected clock."""

from __future__ import annotations

from collections.abc import Callable

Clock = Callable[[], float]
"""Steady seconds: in the app a clock that goes on while asleep; a fake in tests."""


def format_clock(seconds: float) -> str:
    """Seconds left as m:ss, rounded up so a countdown shows 5:00 first and 0:01 last."""
    whole = max(0, -int(-seconds // 1))
    return f"{whole // 60}:{whole % 60:02d}"

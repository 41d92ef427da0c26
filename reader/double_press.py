"""Esc pressed twice quickly means "leave now": plain timing logic with an injected clock."""

from __future__ import annotations

from collections.abc import Callable

from reader.process_clock import clock_counting_sleep

DOUBLE_PRESS_SECONDS = 1.5


class DoublePress:
    """Reports True when a key is pressed twice within a short window."""

    # A clock that goes on while the computer sleeps: on time.monotonic, Esc before the lid
    # closed and Esc on waking an hour later were a double press, and the window closed.
    def __init__(self, clock: Callable[[], float] = clock_counting_sleep) -> None:
        self._clock = clock
        self._last: float | None = None

    def press(self) -> bool:
        """Record a press; True when it completes a double press."""
        now = self._clock()
        if self._last is not None and now - self._last <= DOUBLE_PRESS_SECONDS:
            self._last = None
            return True
        self._last = now
        return False

"""Esc pressed twice quickly means "leave now": plain timing logic with an injected clock."""

from __future__ import annotations

import time
from collections.abc import Callable

DOUBLE_PRESS_SECONDS = 1.5


class DoublePress:
    """Reports True when a key is pressed twice within a short window."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
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

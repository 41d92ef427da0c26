"""Kiosk policy: idle timing, what a reset must do and the admin chord."""

from __future__ import annotations

import enum
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from reader.process_clock import clock_counting_sleep


class Phase(enum.Enum):
    """Where the idle cycle is."""

    ACTIVE = "active"
    WARNING = "warning"  # the "Are you still here?" notice is counting down
    RESET_DUE = "reset due"


@dataclass(frozen=True)
class KioskState:
    """The current phase and, while warning, the whole seconds left before the reset."""

    phase: Phase
    seconds_left: int = 0


class KioskPolicy:
    """Decides when the idle notice shows and when everything must be reset."""

    def __init__(
        self,
        idle_timeout: float,
        warning_seconds: float,
        clock: Callable[[], float] = clock_counting_sleep,
    ) -> None:
        self.idle_timeout = idle_timeout
        self.warning_seconds = warning_seconds
        self._clock = clock
        self._last_activity = clock()
        self._finished = False
        self._used = False  # nobody has done anything yet, so there is nothing to clear

    @property
    def used(self) -> bool:
        """Whether anyone did anything since the kiosk started or was last reset."""
        return self._used

    def record_activity(self) -> None:
        """The reader did something (key, click, touch, "I'm still here"): start the wait again."""
        self._last_activity = self._clock()
        self._finished = False
        self._used = True

    def rest(self) -> None:
        """Nobody has used the kiosk since it was reset: the wait starts again, nothing to clear."""
        self._last_activity = self._clock()

    def busy_for(self, seconds: float) -> None:
        """The reader is busy with something timed for so many seconds more (a breathing
        session, an urge timer): the idle wait starts again when it ends, not before."""
        # Later input still counts from its own moment (record_activity), so pausing or
        # leaving an exercise brings the wait back to the usual idle timeout from then.
        if seconds > 0:
            self._last_activity = max(self._last_activity, self._clock() + seconds)

    def count_down_again(self) -> None:
        """Someone busy over the countdown with what shows nothing of the reader's (staff typing
        the PIN): it starts again from its full length, and the notice stays."""
        if self.state().phase is Phase.WARNING:
            self._last_activity = self._clock() - self.idle_timeout

    def finish(self) -> None:
        """The reader pressed "I'm finished": a reset is due now."""
        self._finished = True

    def reset_done(self) -> None:
        """The UI has applied every reset step: a fresh session starts now, used by no one."""
        self.record_activity()
        self._used = False

    def _reset_at(self) -> float:
        return self._last_activity + self.idle_timeout + self.warning_seconds

    def state(self, now: float | None = None) -> KioskState:
        """ACTIVE, WARNING with whole seconds left, or RESET_DUE at the given time."""
        now = self._clock() if now is None else now
        if self._finished:
            return KioskState(Phase.RESET_DUE)
        idle = now - self._last_activity
        if idle < self.idle_timeout:
            return KioskState(Phase.ACTIVE)
        left = self._reset_at() - now
        if left > 0:
            return KioskState(Phase.WARNING, math.ceil(left))
        return KioskState(Phase.RESET_DUE)

    def seconds_until_change(self, now: float | None = None) -> float:
        """How long the UI may sleep before the state (or the countdown's number) can change."""
        now = self._clock() if now is None else now
        current = self.state(now)
        if current.phase is Phase.RESET_DUE:
            return 0.0
        if current.phase is Phase.ACTIVE:
            return max(0.0, self._last_activity + self.idle_timeout - now)
        # While warning, wake when the displayed whole number of seconds drops.
        left = self._reset_at() - now
        return max(0.0, left - (math.ceil(left) - 1))


class ResetStep(enum.Enum):
    """One thing a kiosk reset must do; the value is how CLINICS.md describes it."""

    CLOSE_DIALOGS = "close every dialog, menu and notice"
    CLEAR_TEXT = "empty every text box, including its undo history"
    CLEAR_SEARCH = "clear the search box and its results"
    CLEAR_CLIPBOARD = "clear the clipboard and the text selection of anything from Lantern"
    DROP_HISTORY = "drop the back and forward history"
    RESTORE_DISPLAY = "return zoom, theme and easier reading to the clinic's settings"
    SHOW_HOME = "show the home screen"


RESET_STEPS: tuple[ResetStep, ...] = tuple(ResetStep)


def missing_reset_steps(done: Iterable[ResetStep]) -> tuple[ResetStep, ...]:
    """The reset steps not in `done`, in order; empty when the reset was complete."""
    finished = set(done)
    return tuple(step for step in RESET_STEPS if step not in finished)


@dataclass(frozen=True)
class KeyChord:
    """A key combination, written the way Qt's QKeySequence reads it."""

    modifiers: tuple[str, ...]
    key: str

    @property
    def portable_text(self) -> str:
        """Text such as "Ctrl+Alt+Shift+L" (on a Mac, Qt reads Ctrl as the Command key)."""
        return "+".join((*self.modifiers, self.key))


# Three modifiers make it hard to hit by accident and unlike any common shortcut.
ADMIN_CHORD = KeyChord(("Ctrl", "Alt", "Shift"), "L")

"""Ride the wave: a delay timer for an urge, with gentle check-ins along the way."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from reader.exercises import Clock

# Delay / "15-minute rule" from LifeSIGNS, SIOS and SpunOut: wait, then wait again if needed.
DELAY_MINUTES = (5, 10, 15)
DEFAULT_MINUTES = 10
CHECK_INS_PER_ROUND = 3  # at the start, a third of the way and two thirds of the way
MAX_LEVEL = 10


class UrgeState(enum.Enum):
    """Where a round is."""

    IDLE = "idle"
    RUNNING = "running"
    FINISHED = "finished"


@dataclass(frozen=True)
class UrgeFrame:
    """A snapshot of the round for the view."""

    state: UrgeState
    remaining: float
    elapsed: float
    check_in_due: bool
    levels: tuple[int, ...]  # answers so far this round, memory only


def check_in_times(minutes: int) -> tuple[float, ...]:
    """Seconds into a round when to ask how strong the urge is."""
    step = minutes * 60 / CHECK_INS_PER_ROUND
    return tuple(step * i for i in range(CHECK_INS_PER_ROUND))


class UrgeTimer:
    """One round of waiting; answers live only as long as the round."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self.minutes = DEFAULT_MINUTES
        self._started: float | None = None
        self._ended_early = False
        self._answered = 0  # check-ins answered or passed over
        self._levels: list[int] = []

    @property
    def total(self) -> float:
        """Round length in seconds."""
        return self.minutes * 60.0

    def elapsed(self) -> float:
        """Seconds since the round started, capped at its length."""
        if self._started is None:
            return 0.0
        if self._ended_early:
            return self.total
        return min(self.total, max(0.0, self._clock() - self._started))

    @property
    def state(self) -> UrgeState:
        """Idle before starting, finished once the time is up or the reader ended it."""
        return self._state_at(self.elapsed())

    def _state_at(self, elapsed: float) -> UrgeState:
        if self._started is None:
            return UrgeState.IDLE
        if self._ended_early or elapsed >= self.total:
            return UrgeState.FINISHED
        return UrgeState.RUNNING

    def running_seconds_left(self) -> float:
        """Seconds until a running round ends by itself; 0 before it starts and once it ends."""
        if self.state is not UrgeState.RUNNING:
            return 0.0
        return self.total - self.elapsed()

    def start(self, minutes: int) -> None:
        """Start a new round; earlier answers are forgotten."""
        if minutes not in DELAY_MINUTES:
            raise ValueError(f"choose one of {DELAY_MINUTES} minutes")
        self.minutes = minutes
        self._started = self._clock()
        self._ended_early = False
        self._answered = 0
        self._levels.clear()

    def _due_count(self, elapsed: float | None = None) -> int:
        elapsed = self.elapsed() if elapsed is None else elapsed
        return sum(1 for t in check_in_times(self.minutes) if t <= elapsed)

    @property
    def check_in_due(self) -> bool:
        """True while a check-in is waiting for an answer (missed ones merge into one)."""
        return self.state is UrgeState.RUNNING and self._due_count() > self._answered

    def answer(self, level: int) -> None:
        """Note how strong the urge is now (0-10) and close the check-in."""
        if not 0 <= level <= MAX_LEVEL:
            raise ValueError(f"level must be between 0 and {MAX_LEVEL}")
        if self.check_in_due:
            self._levels.append(level)
            self._answered = self._due_count()

    def skip_check_in(self) -> None:
        """Close the check-in without an answer."""
        if self.check_in_due:
            self._answered = self._due_count()

    def end_now(self) -> None:
        """Finish the round early (the reader chose to stop)."""
        if self.state is UrgeState.RUNNING:
            self._ended_early = True

    def reset(self) -> None:
        """Back to idle with nothing remembered."""
        self._started = None
        self._ended_early = False
        self._answered = 0
        self._levels.clear()

    def frame(self) -> UrgeFrame:
        """What to show right now, from one reading of the clock."""
        elapsed = self.elapsed()
        state = self._state_at(elapsed)
        due = state is UrgeState.RUNNING and self._due_count(elapsed) > self._answered
        return UrgeFrame(state, self.total - elapsed, elapsed, due, tuple(self._levels))

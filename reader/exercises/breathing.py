"""Paced breathing: a session of in- and out-breaths for a chosen number of minutes."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from reader.exercises import Clock


class BreathState(enum.Enum):
    """Where a breathing session is."""

    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class Phase(enum.Enum):
    """The half of a breath being taken."""

    IN = "in"
    OUT = "out"


@dataclass(frozen=True)
class Rhythm:
    """Seconds breathing in and out; no holds, as the sources describe."""

    key: str
    inhale: int
    exhale: int

    @property
    def cycle(self) -> int:
        """Seconds for one whole breath."""
        return self.inhale + self.exhale


# NHS guidance counts 5 in and 5 out; DBT paced breathing uses a longer out-breath (6-8).
RHYTHMS = (Rhythm("4-6", 4, 6), Rhythm("5-5", 5, 5))
MINUTES = (1, 3, 5)
DEFAULT_MINUTES = 3


@dataclass(frozen=True)
class BreathFrame:
    """A snapshot of the session, enough to draw the circle and write the words."""

    state: BreathState
    phase: Phase | None  # None before starting and after finishing
    count: int  # whole seconds left in this phase: 4, 3, 2, 1
    phase_seconds: int  # length of this phase, so a view can list the counts so far
    fullness: float  # 0 = empty lungs, 1 = full, eased so the circle moves smoothly
    breaths_done: int
    remaining: float  # seconds left in the session


def ease(progress: float) -> float:
    """Sine ease-in-out on 0..1, so growth starts and ends gently."""
    progress = min(1.0, max(0.0, progress))
    return (1 - math.cos(math.pi * progress)) / 2


def rhythm_by_key(key: str) -> Rhythm:
    """The rhythm with this key; ValueError for an unknown one."""
    for rhythm in RHYTHMS:
        if rhythm.key == key:
            return rhythm
    raise ValueError(f"unknown breathing rhythm {key!r}")


class BreathingSession:
    """Start, pause, resume and stop a timed breathing session; time comes from the clock."""

    def __init__(
        self, clock: Clock, rhythm: Rhythm = RHYTHMS[0], minutes: int = DEFAULT_MINUTES
    ) -> None:
        if minutes <= 0:
            raise ValueError("minutes must be positive")
        self._clock = clock
        self.rhythm = rhythm
        self.minutes = minutes
        self._state = BreathState.IDLE
        self._banked = 0.0  # active seconds before the latest resume
        self._since: float | None = None  # clock reading at the latest start/resume

    @property
    def breaths(self) -> int:
        """Whole breaths in the session; rounded up so it never ends mid-breath."""
        return math.ceil(self.minutes * 60 / self.rhythm.cycle)

    @property
    def total(self) -> float:
        """Session length in seconds."""
        return float(self.breaths * self.rhythm.cycle)

    @property
    def state(self) -> BreathState:
        """The current state, finishing the session if its time is up."""
        return self._state_at(self.elapsed())

    def _state_at(self, elapsed: float) -> BreathState:
        """The state with this much time gone, finishing the session if it is up."""
        if self._state is BreathState.RUNNING and elapsed >= self.total:
            self._banked, self._since = self.total, None
            self._state = BreathState.FINISHED
        return self._state

    def elapsed(self) -> float:
        """Active (unpaused) seconds so far."""
        running = 0.0 if self._since is None else self._clock() - self._since
        return min(self.total, self._banked + max(0.0, running))

    def running_seconds_left(self) -> float:
        """Seconds until a running session ends by itself; 0 when paused, stopped or over."""
        if self.state is not BreathState.RUNNING:
            return 0.0
        return self.total - self.elapsed()

    def start(self) -> None:
        """Begin from the first in-breath (also after finishing or stopping)."""
        self._banked, self._since = 0.0, self._clock()
        self._state = BreathState.RUNNING

    def pause(self) -> None:
        """Hold the session where it is; ignored unless running."""
        if self.state is BreathState.RUNNING:
            self._banked, self._since = self.elapsed(), None
            self._state = BreathState.PAUSED

    def resume(self) -> None:
        """Carry on from where it paused; ignored unless paused."""
        if self._state is BreathState.PAUSED:
            self._since = self._clock()
            self._state = BreathState.RUNNING

    def stop(self) -> None:
        """Go back to the start, ready for another session."""
        self._banked, self._since = 0.0, None
        self._state = BreathState.IDLE

    def frame(self) -> BreathFrame:
        """What to show right now."""
        # One reading of the clock: the state and the time read apart showed "Breathe in...
        # 4" with 0:00 left at the very end.
        elapsed = self.elapsed()
        state = self._state_at(elapsed)
        if state in (BreathState.IDLE, BreathState.FINISHED):
            done = self.breaths if state is BreathState.FINISHED else 0
            return BreathFrame(state, None, 0, 0, 0.0, done, self.total - elapsed)
        breaths_done, into = divmod(elapsed, self.rhythm.cycle)
        if into < self.rhythm.inhale:
            phase, length, into_phase = Phase.IN, self.rhythm.inhale, into
            fullness = ease(into_phase / length)
        else:
            phase, length, into_phase = Phase.OUT, self.rhythm.exhale, into - self.rhythm.inhale
            fullness = 1 - ease(into_phase / length)
        count = max(1, math.ceil(length - into_phase))
        return BreathFrame(
            state, phase, count, length, fullness, int(breaths_done), self.total - elapsed
        )


def counts_so_far(frame: BreathFrame) -> list[int]:
    """The counts spoken so far in this phase, e.g. [4, 3] for 'Breathe in... 4, 3'."""
    if frame.phase is None:
        return []
    return list(range(frame.phase_seconds, frame.count - 1, -1))

"""5-4-3-2-1 grounding: five senses, one step at a time, then a finish screen."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GroundingStep:
    """Name `count` things for one sense."""

    sense: str
    count: int


STEPS = (
    GroundingStep("see", 5),
    GroundingStep("touch", 4),
    GroundingStep("hear", 3),
    GroundingStep("smell", 2),
    GroundingStep("taste", 1),
)


class GroundingWalk:
    """Moves back and forth through the steps; position len(STEPS) is the finish screen."""

    def __init__(self) -> None:
        self.position = 0

    @property
    def finished(self) -> bool:
        """True on the finish screen."""
        return self.position >= len(STEPS)

    @property
    def step(self) -> GroundingStep | None:
        """The current step, or None on the finish screen."""
        return None if self.finished else STEPS[self.position]

    @property
    def can_go_back(self) -> bool:
        """True unless on the first step."""
        return self.position > 0

    def next(self) -> None:
        """Go to the next step, or to the finish screen after the last one."""
        self.position = min(len(STEPS), self.position + 1)

    def back(self) -> None:
        """Go to the previous step; stays on the first."""
        self.position = max(0, self.position - 1)

    def restart(self) -> None:
        """Back to the first step."""
        self.position = 0

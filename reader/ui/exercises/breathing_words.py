"""What slow breathing says: the introduction, the length choices, the words and the time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from reader.exercises import format_clock
from reader.exercises.breathing import BreathFrame, BreathState, Phase, counts_so_far

# Looked up under the screen's own context, so translations made for it still apply.
translate = QCoreApplication.translate


def intro_text(reduce_motion: bool) -> str:
    """How to breathe along: with the words, or with the circle."""
    if reduce_motion:
        return translate(
            "BreathingView",
            "Breathe along with the words below. They tell you when to breathe in and out, "
            "and count the seconds. Breathe in through your nose and out through your mouth. "
            "There is no need to hold your breath. If you feel dizzy or unwell, stop and "
            "breathe normally.",
        )
    return translate(
        "BreathingView",
        "Breathe along with the circle: in as it grows, out as it shrinks. Breathe in "
        "through your nose and out through your mouth. There is no need to hold your breath. "
        "If you feel dizzy or unwell, stop and breathe normally.",
    )


def minutes_text(minutes: int) -> str:
    """A session length, as a choice reads it."""
    if minutes == 1:
        return translate("BreathingView", "1 minute")
    return translate("BreathingView", "{n} minutes").format(n=minutes)


def words(frame: BreathFrame) -> str:
    """The words under the circle: what to do now, with the seconds counted."""
    if frame.state is BreathState.IDLE:
        return translate("BreathingView", "Press Start when you are ready.")
    if frame.state is BreathState.FINISHED:
        return translate("BreathingView", "Well done. Notice how you feel now.")
    if frame.state is BreathState.PAUSED:
        return translate("BreathingView", "Paused. Press Resume when you are ready.")
    counts = ", ".join(str(n) for n in counts_so_far(frame))
    if frame.phase is Phase.IN:
        return translate("BreathingView", "Breathe in… {counts}").format(counts=counts)
    return translate("BreathingView", "Breathe out… {counts}").format(counts=counts)


def step_text(frame: BreathFrame) -> str:
    """What a screen reader is told: each breath, and each pause or ending, not every count."""
    if frame.state is BreathState.RUNNING:
        if frame.phase is Phase.IN:
            return translate("BreathingView", "Breathe in")
        return translate("BreathingView", "Breathe out")
    if frame.state is BreathState.IDLE:
        return ""
    return words(frame)


def time_text(frame: BreathFrame) -> str:
    """The time left, or what comes after the end."""
    if frame.state is BreathState.IDLE:
        return ""
    if frame.state is BreathState.FINISHED:
        return translate("BreathingView", "You can start again whenever you like.")
    return translate("BreathingView", "{time} left").format(time=format_clock(frame.remaining))

"""Ride out an urge's check-in: how strong is the urge now, from 0 to 10, or not now."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QSlider

from reader.exercises.urge import MAX_LEVEL, UrgeState
from reader.ui.exercises.common import Question, button, button_row, label

# Looked up under the screen's own context, so translations made for it still apply.
translate = QCoreApplication.translate


class LevelSlider(QSlider):
    """A 0-10 slider that leaves the mouse wheel to the page around it."""

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        """The page scrolls (or, with Ctrl, sizes the text): Qt's slider took the wheel, so
        scrolling past it with the pointer changed how strong the urge was said to be. A
        click, a drag or the arrow keys still set it."""
        event.ignore()


class CheckInBox(Question):
    """The question, a 0-10 slider with its value in words, and Done or Not now (or Esc)."""

    def __init__(self) -> None:
        super().__init__(translate("UrgeView", "How strong is the urge now?"))
        self.slider = LevelSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, MAX_LEVEL)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setAccessibleName(
            translate("UrgeView", "How strong is the urge now, from 0 to 10")
        )
        self.slider_value = label("")
        self.slider.valueChanged.connect(self._show_value)
        # Named by their words, so "click Done" works by voice; what they do is their
        # description (WCAG 2.5.3: the name was "Use this answer").
        self.answer_button = button(translate("UrgeView", "Done"), role="primary")
        self.answer_button.setAccessibleDescription(translate("UrgeView", "Use this answer"))
        self.skip_button = button(translate("UrgeView", "Not now"))
        self.skip_button.setAccessibleDescription(translate("UrgeView", "Skip this check-in"))
        scale = translate("UrgeView", "0 means no urge at all. 10 means the strongest it gets.")
        self.add(label(scale, "muted"))
        self.add(self.slider)
        self.add(self.slider_value)
        self.add(button_row(self.answer_button, self.skip_button))
        self.start_over()
        self._show_value(self.slider.value())

    def start_over(self) -> None:
        """Put the slider back in the middle, where a new round's first check-in starts."""
        self.slider.setValue(MAX_LEVEL // 2)

    def _show_value(self, value: int) -> None:
        self.slider_value.setText(translate("UrgeView", "{value} out of 10").format(value=value))


def step_text(state: UrgeState, remaining: float, check_in: bool) -> str:
    """What a screen reader is told: each whole minute, each check-in and the end."""
    if state is UrgeState.FINISHED:
        return translate("UrgeView", "The timer has ended")
    if state is UrgeState.IDLE:
        return ""
    if check_in:
        return translate("UrgeView", "How strong is the urge now?")
    minutes = math.ceil(remaining / 60)
    if minutes == 1:
        return translate("UrgeView", "1 minute left")
    return translate("UrgeView", "{n} minutes left").format(n=minutes)


def levels_text(levels: tuple[int, ...]) -> str:
    """The answers given this round, or nothing before the first."""
    if not levels:
        return ""
    answers = ", ".join(str(level) for level in levels)
    return translate("UrgeView", "Your check-ins this round (not saved): {answers}").format(
        answers=answers
    )

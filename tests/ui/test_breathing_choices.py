"""The breathing screen's choices: what a screen reader hears of them, and words only kept in
step with Reading settings' Reduce motion."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from reader.ui.exercises.breathing_view import BreathingView
from tests.fakes import FakeClock


def test_each_group_of_radio_buttons_is_named_by_its_row_label(
    qtbot: QtBot, clock: FakeClock
) -> None:
    """A screen reader says "Length" with "1 minute", as a sighted reader sees (WCAG 1.3.1)."""
    view = BreathingView(clock=clock)
    qtbot.addWidget(view)
    view.show()
    groups = {"Rhythm": view.rhythm_buttons, "Length": view.minutes_buttons}
    for name, group in groups.items():
        assert len(group.buttons()) > 1
        for radio in group.buttons():
            face = QAccessible.queryAccessibleInterface(radio)
            assert face.text(QAccessible.Text.Name) == radio.text()
            parent = face.parent()
            assert parent.role() == QAccessible.Role.Grouping
            assert parent.text(QAccessible.Text.Name) == name

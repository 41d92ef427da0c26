"""The breathing screen's choices: what a screen reader hears of them, and words only kept in
step with Reading settings' Reduce motion."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from reader.ui.exercises.breathing_view import BreathingView
from reader.ui.main_window import MainWindow
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


def breathing_in(window: MainWindow) -> BreathingView:
    assert window.open_screen("exercise/breathing")
    view = window.screens["exercise/breathing"]
    assert isinstance(view, BreathingView)
    return view


def menu_ticks_reduce_motion(window: MainWindow) -> bool:
    """Whether Reduce motion is ticked when the Reading settings menu opens."""
    window.settings_button.menu().aboutToShow.emit()  # what opening it does first
    return window.settings_button.reduce_motion.isChecked()


def test_reduce_motion_in_the_menu_ticks_words_only(window: MainWindow) -> None:
    view = breathing_in(window)
    item = window.settings_button.reduce_motion
    item.trigger()
    assert view.reduce_motion_box.isChecked()
    assert not view.circle.isVisibleTo(view)
    item.trigger()
    assert not view.reduce_motion_box.isChecked()
    assert view.circle.isVisibleTo(view)


def test_words_only_ticks_reduce_motion_in_the_menu(window: MainWindow) -> None:
    """One setting, two places to change it: each shows what the other was set to."""
    view = breathing_in(window)
    view.reduce_motion_box.click()
    assert menu_ticks_reduce_motion(window)
    view.reduce_motion_box.click()
    assert not menu_ticks_reduce_motion(window)
    view.reduce_motion_box.click()
    window.open_screen("home")
    assert breathing_in(window).reduce_motion_box.isChecked()  # still so on the way back

"""Tab into a row of radio buttons lands on the one chosen, as on every desktop and the web."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QButtonGroup, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.exercises.breathing_view import BreathingView
from reader.ui.exercises.urge_view import UrgeView
from tests.fakes import FakeClock

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _shown(qtbot: QtBot, view: QWidget) -> None:
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.show()


def _tab_until_in(
    qtbot: QtBot, start: QWidget, group: QButtonGroup, shift: bool = False
) -> QWidget:
    """Press Tab (or Shift+Tab) from start until the focus is on one of the group's buttons."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(20):
        focus = QApplication.focusWidget()
        assert focus is not None
        qtbot.keyClick(focus, Qt.Key.Key_Tab, SHIFT if shift else Qt.KeyboardModifier.NoModifier)
        focus = QApplication.focusWidget()
        if focus in group.buttons():
            return focus
    raise AssertionError("Tab never reached the group")


def _checked(group: QButtonGroup) -> QRadioButton:
    button = group.checkedButton()
    assert isinstance(button, QRadioButton)
    return button


def test_tab_into_the_breathing_length_lands_on_the_length_chosen(
    qtbot: QtBot, clock: FakeClock
) -> None:
    """It landed on "1 minute, not checked" while 3 minutes was chosen: a screen reader heard
    nothing chosen, and Space there changed the length."""
    view = BreathingView(clock=clock)
    _shown(qtbot, view)
    for group in (view.minutes_buttons, view.rhythm_buttons):
        assert _tab_until_in(qtbot, view, group) is _checked(group)
        assert _tab_until_in(qtbot, view.start_button, group, shift=True) is _checked(group)


def test_tab_into_the_urge_timer_lands_on_the_wait_chosen(qtbot: QtBot, clock: FakeClock) -> None:
    view = UrgeView(lambda: None, None, clock=clock)
    _shown(qtbot, view)
    group = view.minute_buttons
    assert _tab_until_in(qtbot, view, group) is _checked(group)
    assert _tab_until_in(qtbot, view.start_button, group, shift=True) is _checked(group)


def test_after_a_reset_tab_lands_on_the_default_again(qtbot: QtBot, clock: FakeClock) -> None:
    """A kiosk's next reader finds the default chosen, and the keyboard on it."""
    view = UrgeView(lambda: None, None, clock=clock)
    _shown(qtbot, view)
    group = view.minute_buttons
    first = _tab_until_in(qtbot, view, group)
    qtbot.keyClick(first, Qt.Key.Key_Down)  # the arrows move the choice, as they should
    moved = QApplication.focusWidget()
    assert moved is not first
    assert _checked(group) is moved
    view.reset()
    assert _checked(group) is not moved
    assert _tab_until_in(qtbot, view, group) is _checked(group)

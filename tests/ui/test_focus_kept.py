"""When the control with the keyboard focus disappears, the focus stays on the same screen.

Qt passes it along the window's tab chain instead, which wrapped to the toolbar's Back
button: the reader's next Space left the exercise.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.exercises.breathing_view import BreathingView
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.a11y_screens import bundled_window_fixture  # noqa: F401 - a fixture

Press = Callable[..., None]


def space_on(qtbot: QtBot, press: Press, button: QWidget) -> None:
    """Put the focus on a button and press Space, as a keyboard user does."""
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    press(Qt.Key.Key_Space)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def assert_focus_shown_in(view: QWidget) -> None:
    assert view.isAncestorOf(focused())
    assert focused().isVisible()


def screen(window: MainWindow, name: str) -> QWidget:
    assert window.open_screen(name)
    return window.screens[name]


def test_starting_ride_the_wave_focuses_the_check_in(
    bundled_window: MainWindow, qtbot: QtBot, press: Press
) -> None:
    view = screen(bundled_window, "exercise/ride-the-wave")
    space_on(qtbot, press, view.start_button)  # type: ignore[attr-defined]
    assert focused() is view.slider  # type: ignore[attr-defined]
    press(Qt.Key.Key_Space)  # what used to press Back
    assert bundled_window.location == "exercise/ride-the-wave"


def test_ending_and_repeating_a_round_keeps_focus_on_the_exercise(
    bundled_window: MainWindow, qtbot: QtBot, press: Press
) -> None:
    view = screen(bundled_window, "exercise/ride-the-wave")
    view.start()  # type: ignore[attr-defined]
    space_on(qtbot, press, view.end_now_button)  # type: ignore[attr-defined]
    assert focused() is view.again_button  # type: ignore[attr-defined]
    press(Qt.Key.Key_Space)  # Another round
    assert view.current_page is view.wait_page  # type: ignore[attr-defined]
    assert_focus_shown_in(view)


def test_a_breathing_session_that_ends_by_itself_leaves_focus_on_start_again(
    qtbot: QtBot, press: Press
) -> None:
    clock = FakeClock()
    view = BreathingView(clock=clock)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    space_on(qtbot, press, view.start_button)
    assert focused() is view.pause_button
    clock.advance(60 * 60)  # longer than any session
    view.refresh()
    assert view.start_button.text() == "Start again"
    assert focused() is view.start_button  # before: the "Words only" check box


def test_finishing_grounding_focuses_its_end_choices(
    bundled_window: MainWindow, qtbot: QtBot, press: Press
) -> None:
    view = screen(bundled_window, "exercise/grounding")
    for _ in range(5):
        space_on(qtbot, press, view.next_button)  # type: ignore[attr-defined]
    assert focused() is view.again_button  # type: ignore[attr-defined]
    press(Qt.Key.Key_Space)  # Start again
    assert bundled_window.location == "exercise/grounding"


@pytest.mark.parametrize("name", ["safety-plan", "reflections"])
def test_keep_it_returns_focus_to_clear(
    bundled_window: MainWindow, qtbot: QtBot, press: Press, name: str
) -> None:
    actions = screen(bundled_window, name).document_actions  # type: ignore[attr-defined]
    space_on(qtbot, press, actions.clear_button)
    assert focused() is actions.keep_button
    press(Qt.Key.Key_Space)
    assert focused() is actions.clear_button
    assert bundled_window.location == name


@pytest.mark.parametrize("name", ["safety-plan", "reflections"])
def test_yes_clear_it_keeps_focus_on_the_page(
    bundled_window: MainWindow, qtbot: QtBot, press: Press, name: str
) -> None:
    view = screen(bundled_window, name)
    space_on(qtbot, press, view.document_actions.clear_button)  # type: ignore[attr-defined]
    press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)  # Keep it -> Yes, clear it
    assert focused() is view.document_actions.confirm_button  # type: ignore[attr-defined]
    press(Qt.Key.Key_Space)
    assert_focus_shown_in(view)

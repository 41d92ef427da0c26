"""The timed exercises across a computer's sleep (a closed lid, a sleep key).

time.monotonic stops while Linux and macOS sleep. The exercises kept time on it: an urge timer
woke with the minutes it had when the lid closed, an hour before, and asked again how strong the
urge was; in a kiosk, a breathing session still "running" kept the last reader's session (their
safety plan, their answers) past the first touch of the next person.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.exercises.urge import UrgeState
from reader.ui import app_filters
from reader.ui.exercises.breathing_view import BreathingView
from reader.ui.exercises.urge_view import UrgeView
from reader.ui.main_window import MainWindow
from tests.sleep_clocks import Machine, patched_machine

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="Windows' monotonic clock goes on while it sleeps"
)


@pytest.fixture
def machine(monkeypatch: pytest.MonkeyPatch) -> Machine:
    return patched_machine(monkeypatch)


@pytest.fixture
def own_clock_window(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    """Windows made as the app makes them (no test clock); a kiosk's guard is dropped after."""
    made: list[MainWindow] = []
    yield made
    for window in made:
        guard = getattr(window, "kiosk_guard", None)
        if guard is not None and shiboken6.isValid(window):
            guard.unlocked = True
            guard.timer.stop()
            app_filters.remove(guard)
            window.close()


def _show(qtbot: QtBot, made: list[MainWindow], context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    made.append(window)
    window.resize(1100, 780)
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_an_urge_round_slept_through_has_ended_on_waking(
    qtbot: QtBot,
    machine: Machine,
    own_clock_window: list[MainWindow],
    small_context: AppContext,
) -> None:
    window = _show(qtbot, own_clock_window, small_context)
    assert window.open_screen("exercise/ride-the-wave")
    view = window.stack.currentWidget()
    assert isinstance(view, UrgeView)
    view.minute_buttons.button(10).click()
    view.start_button.click()
    view.skip_check_in()
    machine.run(3 * 60)
    machine.sleep(60 * 60)  # the lid closed for an hour, three minutes in
    view.timer.timeout.emit()  # the first tick on waking
    assert view.urge.state is UrgeState.FINISHED
    assert view.current_page is view.end_page
    assert not view.check_in_box.isVisible()


def test_a_kiosk_asleep_with_breathing_running_clears_at_the_first_touch(
    qtbot: QtBot,
    machine: Machine,
    own_clock_window: list[MainWindow],
    small_context: AppContext,
) -> None:
    context = AppContext(
        library=small_context.library,
        contacts=small_context.contacts,
        region="GB",
        kiosk=True,
        idle_timeout=120,
        warning_seconds=30,
    )
    window = _show(qtbot, own_clock_window, context)
    assert window.open_screen("safety-plan")
    plan = window.stack.currentWidget()
    plan.edits["warning_signs"].setPlainText("my private plan")  # type: ignore[attr-defined]
    assert window.open_screen("exercise/breathing")
    view = window.stack.currentWidget()
    assert isinstance(view, BreathingView)
    view.minutes_buttons.button(5).click()
    view.start_button.click()
    machine.run(30)
    machine.sleep(60 * 60)  # the next person comes an hour later
    assert window.kiosk_guard.check_idle()  # what the first touch on waking asks
    assert window.location == "home"
    boxes = [b for b in window.findChildren(QPlainTextEdit) if shiboken6.isValid(b)]
    assert all(b.toPlainText() == "" for b in boxes)

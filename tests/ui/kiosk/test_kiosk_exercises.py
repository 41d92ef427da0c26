"""A reader breathing along or waiting out an urge touches nothing, and is not idle.

The idle notice must not cover a running breathing session or urge timer, nor the reset clear
it. Once the exercise ends (by itself, paused, stopped, or left), the usual idle wait counts
from that moment, so a kiosk someone walked away from still clears itself.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from reader.exercises.breathing import BreathState
from reader.exercises.urge import UrgeState
from reader.ui.exercises.breathing_view import BreathingView
from reader.ui.exercises.urge_view import UrgeView
from reader.ui.in_view import reveal
from reader.ui.kiosk_guard import LOOK_SECONDS, KioskGuard
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import IDLE, WARNING, assert_fresh_home

BREATHING, URGE = "exercise/breathing", "exercise/ride-the-wave"


def _wait(guard: KioskGuard, clock: FakeClock, seconds: float) -> None:
    """Time passes untouched, and the idle timer fires."""
    clock.advance(seconds)
    guard.check_idle()


def _open(window: MainWindow, name: str) -> QWidget:
    assert window.open_screen(name)
    return window.stack.currentWidget()


def _breathe(window: MainWindow, minutes: int) -> BreathingView:
    view = _open(window, BREATHING)
    assert isinstance(view, BreathingView)
    view.minutes_buttons.button(minutes).click()
    view.start_button.click()
    assert view.session.state is BreathState.RUNNING
    return view


def _ride_out(window: MainWindow, minutes: int) -> UrgeView:
    view = _open(window, URGE)
    assert isinstance(view, UrgeView)
    view.minute_buttons.button(minutes).click()
    view.start_button.click()
    assert view.urge.state is UrgeState.RUNNING
    return view


def _press(qtbot: QtBot, window: MainWindow, button: QAbstractButton) -> None:
    """Click as a person does, through the window, so the kiosk guard sees the press."""
    reveal(button)  # scrolled to, as the reader would (scrolling by hand is activity too)
    handle = window.windowHandle()
    assert handle is not None
    spot = button.mapTo(window, button.rect().center())
    assert window.rect().contains(spot)
    qtbot.mouseClick(handle, Qt.MouseButton.LeftButton, pos=spot)


def _notice_only_after_the_usual_wait(guard: KioskGuard, clock: FakeClock) -> None:
    """From now, the notice shows after the idle timeout, not a second sooner."""
    _wait(guard, clock, IDLE - 1)
    assert not guard.notice.isVisible()
    _wait(guard, clock, 1)
    assert guard.notice.isVisible()


@pytest.mark.parametrize("minutes", [3, 5])
def test_a_breathing_session_runs_to_its_end_and_then_the_wait_starts(
    window: MainWindow, guard: KioskGuard, clock: FakeClock, minutes: int
) -> None:
    view = _breathe(window, minutes)
    length = view.session.total
    assert length > IDLE
    _wait(guard, clock, IDLE)
    assert not guard.notice.isVisible()
    assert view.session.state is BreathState.RUNNING  # neither covered nor paused
    # Not until the session's end plus the idle wait: the timer only looks again soon.
    assert 0 < guard.timer.remainingTime() <= LOOK_SECONDS * 1050  # a coarse timer's 5%
    _wait(guard, clock, length - IDLE)
    assert view.session.state is BreathState.FINISHED  # it ended by itself, untouched
    assert not guard.notice.isVisible()
    _notice_only_after_the_usual_wait(guard, clock)
    _wait(guard, clock, WARNING)  # the reader walked away: the kiosk still clears itself
    assert_fresh_home(window)


@pytest.mark.parametrize("minutes", [5, 10, 15])
def test_an_urge_round_runs_through_its_check_ins_to_its_end(
    window: MainWindow, guard: KioskGuard, clock: FakeClock, minutes: int
) -> None:
    view = _ride_out(window, minutes)
    waits = (minutes * 60 - 1) // IDLE  # each idle timeout that passes while it runs
    for _ in range(waits):
        _wait(guard, clock, IDLE)
        assert not guard.notice.isVisible()
        assert view.urge.state is UrgeState.RUNNING
    _wait(guard, clock, minutes * 60 - waits * IDLE)
    assert view.urge.state is UrgeState.FINISHED
    assert not guard.notice.isVisible()
    _notice_only_after_the_usual_wait(guard, clock)
    _wait(guard, clock, WARNING)
    assert_fresh_home(window)


@pytest.mark.parametrize("which", ["pause", "stop"])
def test_pausing_or_stopping_the_breathing_starts_the_usual_wait(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock, which: str
) -> None:
    view = _breathe(window, 3)
    _wait(guard, clock, IDLE)
    assert not guard.notice.isVisible()
    _press(qtbot, window, view.pause_button if which == "pause" else view.stop_button)
    assert view.session.state is (BreathState.PAUSED if which == "pause" else BreathState.IDLE)
    _notice_only_after_the_usual_wait(guard, clock)


def test_a_session_paused_without_a_touch_does_not_hold_the_kiosk(
    window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    view = _breathe(window, 5)
    clock.advance(10)
    view.toggle_pause()  # as a screen reader's action would: no key or click seen
    assert view.session.state is BreathState.PAUSED
    _wait(guard, clock, IDLE - 10)
    assert guard.notice.isVisible()  # the wait counted from Start, as for any other screen


def test_ending_the_urge_timer_early_starts_the_usual_wait(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    view = _ride_out(window, 15)
    _wait(guard, clock, IDLE * 2)
    assert not guard.notice.isVisible()
    _press(qtbot, window, view.end_now_button)
    assert view.urge.state is UrgeState.FINISHED
    _notice_only_after_the_usual_wait(guard, clock)


def test_a_round_still_running_on_a_screen_left_behind_does_not_hold_the_kiosk(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    view = _ride_out(window, 15)
    clock.advance(30)
    _press(qtbot, window, window.home_button)
    assert window.location == "home"
    assert view.urge.state is UrgeState.RUNNING  # the round keeps time out of view
    assert view.running_seconds_left() == 0
    _notice_only_after_the_usual_wait(guard, clock)
    _wait(guard, clock, WARNING)
    assert_fresh_home(window)


def test_i_m_finished_clears_a_running_exercise_at_once(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    _breathe(window, 5)
    clock.advance(20)
    _press(qtbot, window, window.leave_button)  # I'm finished
    assert_fresh_home(window)
    assert BREATHING not in window.screens  # dropped, with its session

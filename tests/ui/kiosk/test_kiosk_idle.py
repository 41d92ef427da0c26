"""Kiosk idle timing: the notice counts down, activity restarts the wait, time out resets."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.ui.card import Card
from reader.ui.kiosk_guard import LOOK_SECONDS, KioskGuard
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import (
    IDLE,
    WARNING,
    assert_fresh_home,
    prompt_box,
    show_notice,
    type_into,
    typed_session,
)

CLEARED_IN = "Everything will be cleared in"

# --- idle timing ----------------------------------------------------------------------------


def test_idle_notice_counts_down_and_keep_reading_restarts_the_wait(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    box = prompt_box(window)
    type_into(qtbot, box, "still here")
    clock.advance(IDLE - 1)
    guard.check_idle()
    assert not guard.notice.isVisible()
    clock.advance(1)
    guard.check_idle()
    assert guard.notice.isVisible()
    assert guard.notice.countdown.text() == f"{CLEARED_IN} {WARNING} seconds."
    # It covers the page, and leaves the toolbar (Get help now, I'm finished) in view.
    assert guard.notice.geometry() == window.centralWidget().geometry()
    assert not guard.notice.geometry().intersects(window.toolbar.geometry())
    clock.advance(WARNING - 1)
    guard.check_idle()
    assert guard.notice.countdown.text() == f"{CLEARED_IN} 1 second."
    guard.notice.button.click()  # I'm still here
    assert not guard.notice.isVisible()
    assert box.toPlainText() == "still here"
    clock.advance(IDLE - 1)
    guard.check_idle()
    assert not guard.notice.isVisible()  # the wait started again from I'm still here
    assert box.toPlainText() == "still here"


def test_idle_then_warning_runs_out_and_resets(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    typed_session(qtbot, window)
    clock.advance(IDLE)
    guard.check_idle()
    assert guard.notice.isVisible()
    clock.advance(WARNING)
    guard.check_idle()
    assert not guard.notice.isVisible()
    assert window.search_box.text() == ""
    assert_fresh_home(window)
    clock.advance(IDLE - 1)
    guard.check_idle()
    assert not guard.notice.isVisible()  # a fresh session gets the full wait


def test_a_key_press_counts_as_activity(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    clock.advance(IDLE - 1)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    clock.advance(IDLE - 1)
    guard.check_idle()
    assert not guard.notice.isVisible()  # the key started the wait again
    clock.advance(1)
    guard.check_idle()
    assert guard.notice.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Space)  # once it shows, only its buttons answer it
    assert guard.notice.isVisible()


def test_the_idle_timer_is_scheduled_and_wired(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    assert guard.timer.isActive()
    assert guard.timer.isSingleShot()
    assert within_a_look(guard.timer.remainingTime())
    typed_session(qtbot, window)
    assert within_a_look(guard.timer.remainingTime())  # typing started it again
    clock.advance(IDLE)
    guard.timer.timeout.emit()  # what the timer does when it fires
    assert guard.notice.isVisible()
    assert 0 < guard.timer.remainingTime() <= 1100  # wakes again to update the countdown
    clock.advance(WARNING)
    guard.timer.timeout.emit()
    assert window.search_box.text() == ""
    assert_fresh_home(window)
    assert guard.timer.isActive()
    assert within_a_look(guard.timer.remainingTime())


def test_a_kiosk_woken_from_sleep_clears_within_a_look_without_a_touch(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    """Timers stop while the computer sleeps: one set for the whole wait left the last
    reader's page on screen after waking, until a touch or the rest of the wait (up to an
    hour with idle_timeout = 3600). The timer now looks again every few seconds awake."""
    typed_session(qtbot, window)
    assert within_a_look(guard.timer.remainingTime())
    clock.advance(8 * 60 * 60)  # asleep all night; the idle clock goes on, the timer does not
    guard.timer.timeout.emit()  # its next look, a few seconds after waking
    assert window.search_box.text() == ""
    assert_fresh_home(window)


def within_a_look(milliseconds: int) -> bool:
    """The timer's next look: soon (a few seconds, within a coarse timer's 5%), never the
    whole idle wait."""
    return 0 < milliseconds <= LOOK_SECONDS * 1050 < IDLE * 1000


def _spot(window: MainWindow, widget: QWidget) -> QPoint:
    """The widget's centre in the window, where a real pointer would be."""
    return widget.mapTo(window, widget.rect().center())


def _through_window(window: MainWindow) -> QWindow:
    # Pointer events sent to the window, as real ones arrive, so Qt itself picks the widget
    # under the point (sent to a widget, they would skip the idle notice's handling).
    handle = window.windowHandle()
    assert handle is not None
    return handle


def test_get_help_now_stays_in_view_and_works_during_the_notice(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    show_notice(guard, clock)
    assert window.help_button.isVisible()
    help_spot = _spot(window, window.help_button)
    qtbot.mouseMove(_through_window(window), help_spot)  # on the way to the button
    qtbot.mouseClick(_through_window(window), Qt.MouseButton.LeftButton, pos=help_spot)
    assert window.location == "help"
    assert not guard.notice.isVisible()


def test_a_tap_on_the_notice_opens_nothing_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    # What lies under the notice (here the home page's cards) must not open by that tap, and
    # the tap is not "I'm still here": it may be the next person's.
    window.go_home()
    card_spot = _spot(window, window.home.findChildren(Card)[0])
    show_notice(guard, clock)
    assert guard.notice.geometry().contains(card_spot)  # the card is under the notice
    qtbot.mouseClick(_through_window(window), Qt.MouseButton.LeftButton, pos=card_spot)
    assert guard.notice.isVisible()
    assert window.location == "home"
    clock.advance(WARNING)
    guard.check_idle()
    assert not guard.notice.isVisible()  # the countdown went on, and ran out
    assert_fresh_home(window)


def test_moving_the_pointer_keeps_the_notice_and_the_countdown_goes_on(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    box = prompt_box(window)
    type_into(qtbot, box, "half a thought")
    show_notice(guard, clock)
    qtbot.mouseMove(_through_window(window), _spot(window, window.help_button))
    assert guard.notice.isVisible()  # still there, so a click cannot land on what it covers
    assert guard.notice.countdown.text() == f"{CLEARED_IN} {WARNING} seconds."
    clock.advance(WARNING)
    guard.check_idle()
    assert not guard.notice.isVisible()  # a move may be the next person's: it keeps nothing
    assert box.toPlainText() == ""
    assert_fresh_home(window)

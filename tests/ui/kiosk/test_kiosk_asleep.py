"""A kiosk put to sleep mid-session (a sleep key, a closed lid, the power button).

The idle timer does not fire while the computer sleeps, and on waking it fires only as late
as the time awake says: the next person found the last reader's page, and their first touch
counted as that reader's activity, keeping it for another whole wait.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import IDLE, WARNING, assert_fresh_home, prompt_box, type_into
from tests.ui.reading_tools import POPUP_NOISE
from tests.ui.test_leave_through_a_menu import open_reading_settings, press_through


def _through_window(window: MainWindow) -> QWindow:
    # Sent to the window, as real pointer events arrive, so they pass the guard as theirs do.
    handle = window.windowHandle()
    assert handle is not None
    return handle


def _spot(window: MainWindow, widget: QWidget) -> QPoint:
    return widget.mapTo(window, widget.rect().center())


def test_the_first_touch_after_the_wait_ran_out_asleep_clears_everything(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    type_into(qtbot, prompt_box(window), "my private answer")
    clock.advance(IDLE + WARNING + 60)  # asleep: the time passed, and the timer never fired
    qtbot.mouseMove(_through_window(window), _spot(window, window.help_button))
    assert_fresh_home(window)
    boxes = [b for b in window.findChildren(QPlainTextEdit) if shiboken6.isValid(b)]
    assert all(b.toPlainText() == "" for b in boxes)
    assert not guard.notice.isVisible()


def test_a_click_that_wakes_it_opens_nothing_of_the_page_it_cleared(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    window.open_screen("exercise/breathing")
    start = window.screens["exercise/breathing"].start_button  # type: ignore[attr-defined]
    spot = _spot(window, start)
    qtbot.mouseMove(_through_window(window), spot)  # where the last reader left the pointer
    clock.advance(IDLE + WARNING + 60)
    # Aimed at what was on the screen before the reset, it lands on nothing after it.
    qtbot.mouseClick(_through_window(window), Qt.MouseButton.LeftButton, pos=spot)
    assert_fresh_home(window)
    assert "exercise/breathing" not in window.screens


def test_a_tap_on_get_help_now_that_wakes_it_clears_everything_and_shows_help(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    """A touch screen sends no pointer move before the tap: the tap cleared the last reader's
    session and was taken with it, so the person who asked for help got the home screen."""
    type_into(qtbot, prompt_box(window), "my private answer")
    spot = _spot(window, window.help_button)
    qtbot.mouseMove(_through_window(window), spot)  # where the last reader left the pointer
    clock.advance(IDLE + WARNING + 60)
    qtbot.mouseClick(_through_window(window), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.waitUntil(lambda: window.location == "help")
    window.go_back()
    assert window.location == "home"  # nothing from before the reset
    assert not window.history.can_go_back()
    boxes = [b for b in window.findChildren(QPlainTextEdit) if shiboken6.isValid(b)]
    assert all(b.toPlainText() == "" for b in boxes)
    assert not guard.notice.isVisible()


def test_the_first_touch_in_a_countdown_missed_asleep_shows_the_notice(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    box = prompt_box(window)
    type_into(qtbot, box, "my private answer")
    clock.advance(IDLE + 5)
    qtbot.keyClick(box, Qt.Key.Key_A)  # not theirs: it may be the next person's
    assert guard.notice.isVisible()
    assert guard.notice.countdown.text() == f"Everything will be cleared in {WARNING - 5} seconds."
    assert box.toPlainText() == "my private answer"  # I'm still here still gives it back
    guard.notice.button.click()
    assert box.toPlainText() == "my private answer"


def test_a_touch_before_the_wait_is_up_is_the_reader_s_as_ever(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    box = prompt_box(window)
    type_into(qtbot, box, "my private answer")
    clock.advance(IDLE - 1)
    qtbot.keyClick(box, Qt.Key.Key_A)
    assert not guard.notice.isVisible()
    assert box.toPlainText() == "my private answera"


def test_i_m_still_here_after_the_countdown_ran_out_asleep_gives_nothing_back(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    type_into(qtbot, prompt_box(window), "my private answer")
    clock.advance(IDLE)
    guard.check_idle()
    still_here = guard.notice.button
    spot = _spot(window, still_here)
    qtbot.mouseMove(_through_window(window), spot)
    clock.advance(WARNING + 60)  # asleep with the notice on screen, its countdown stopped
    qtbot.mouseClick(_through_window(window), Qt.MouseButton.LeftButton, pos=spot)
    assert not guard.notice.isVisible()
    assert_fresh_home(window)
    boxes = [b for b in window.findChildren(QPlainTextEdit) if shiboken6.isValid(b)]
    assert all(b.toPlainText() == "" for b in boxes)


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_get_help_now_pressed_through_a_menu_left_open_asleep_clears_everything_first(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    """The menu takes that press and presses the button for it, so the kiosk never saw it:
    help opened over the last reader's session, Back and all."""
    window.finish_start()  # the window's key and press watchers
    type_into(qtbot, prompt_box(window), "my private answer")
    menu = open_reading_settings(window, qtbot)
    clock.advance(IDLE + WARNING + 60)  # asleep with the menu open
    press_through(menu, window.help_button)
    qtbot.waitUntil(lambda: window.location == "help")  # as asked for, in a fresh session
    window.go_back()
    assert window.location == "home"  # as after any reset on help: nothing from before it
    assert not window.history.can_go_back()
    boxes = [b for b in window.findChildren(QPlainTextEdit) if shiboken6.isValid(b)]
    assert all(b.toPlainText() == "" for b in boxes)
    assert not guard.notice.isVisible()

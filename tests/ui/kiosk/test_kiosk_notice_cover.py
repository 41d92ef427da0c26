"""The idle notice hides the reader's search from passers-by, and I'm still here gives it back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import WARNING, prompt_box, show_notice, type_into
from tests.ui.window_helpers import click_through_window

SEARCH = "suicidal thoughts"


def _keep_reading(qtbot: QtBot, guard: KioskGuard) -> None:
    """Press I'm still here with the keyboard: Tab from the notice reaches it first."""
    if QApplication.focusWidget() is guard.notice:
        qtbot.keyClick(guard.notice, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is guard.notice.button
    qtbot.keyClick(guard.notice.button, Qt.Key.Key_Space)
    assert not guard.notice.isVisible()


def _search(qtbot: QtBot, window: MainWindow) -> None:
    type_into(qtbot, window.search_box, SEARCH)
    window.search_box.setCursorPosition(4)  # the reader went back to fix a word
    assert window.location == "search"


def test_the_notice_hides_the_search_and_keep_reading_gives_it_back(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    _search(qtbot, window)
    show_notice(guard, clock)
    assert window.search_box.isVisible()  # the toolbar stays in view for Get help now
    assert window.search_box.text() == ""
    assert window.search_box.displayText() == ""
    clock.advance(WARNING - 5)
    guard.timer.timeout.emit()  # the countdown goes on; the search stays hidden
    assert window.search_box.text() == ""
    _keep_reading(qtbot, guard)
    assert window.search_box.text() == SEARCH
    assert window.search_box.cursorPosition() == 4
    assert window.location == "search"


def test_a_tap_on_the_search_box_gives_nothing_back(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    # The next person may tap the search box to start: only I'm still here gives it back.
    _search(qtbot, window)
    show_notice(guard, clock)
    click_through_window(qtbot, window.search_box)
    assert guard.notice.isVisible()
    assert window.search_box.text() == ""
    assert not window.search_box.hasFocus()
    guard.notice.button.setFocus()
    _keep_reading(qtbot, guard)
    assert window.search_box.text() == SEARCH
    assert window.search_box.cursorPosition() == 4


def test_after_the_reset_the_search_never_comes_back(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    _search(qtbot, window)
    show_notice(guard, clock)
    clock.advance(WARNING)
    guard.timer.timeout.emit()  # no one came back: everything is cleared
    assert not guard.notice.isVisible()
    assert window.search_box.text() == ""
    assert window.location == "home"
    show_notice(guard, clock)
    _keep_reading(qtbot, guard)
    assert window.search_box.text() == ""  # the next reader never sees it


def test_i_m_finished_during_the_notice_clears_the_search_for_good(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    _search(qtbot, window)
    show_notice(guard, clock)
    click_through_window(qtbot, window.leave_button)  # I'm finished
    assert not guard.notice.isVisible()
    assert window.search_box.text() == ""
    assert window.location == "home"


def test_keep_reading_puts_the_focus_back_where_the_reader_was(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    box = prompt_box(window)
    type_into(qtbot, box, "half a thought")
    assert box.hasFocus()
    show_notice(guard, clock)
    _keep_reading(qtbot, guard)
    assert QApplication.focusWidget() is box
    assert box.toPlainText() == "half a thought"


def test_keep_reading_puts_the_focus_back_in_the_search_box(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    _search(qtbot, window)
    assert window.search_box.hasFocus()
    show_notice(guard, clock)
    _keep_reading(qtbot, guard)
    assert QApplication.focusWidget() is window.search_box
    assert window.search_box.cursorPosition() == 4  # typing carries on where it stopped


def test_focus_is_not_given_back_to_a_control_that_went_away(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    box = prompt_box(window)
    type_into(qtbot, box, "half a thought")
    show_notice(guard, clock)
    click_through_window(qtbot, window.help_button)  # Get help now, from the notice
    assert window.location == "help"
    assert not box.isVisible()
    assert QApplication.focusWidget() is not box
    assert window.screens["help"].isAncestorOf(QApplication.focusWidget())

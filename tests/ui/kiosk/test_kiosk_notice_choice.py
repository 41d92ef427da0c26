"""The idle notice asks who is there: only "I'm still here" gives the last reader's screen back.

The person who touches a waiting-room kiosk showing "Are you still here?" is as likely to be the
next patient as the last reader. "I'm someone new" clears everything at once; a tap anywhere
else on the notice, or a key that is not for its buttons, does nothing and the countdown goes on.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.card import Card
from reader.ui.kiosk_guard import KioskGuard
from reader.ui.kiosk_pin import PinPrompt
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.a11y_tools import accessible_name
from tests.ui.kiosk.kiosk_helpers import (
    IDLE,
    WARNING,
    assert_fresh_home,
    show_notice,
    type_into,
    typed_session,
)

PLAN_WORDS = "call my sister"


def _private_session(qtbot: QtBot, window: MainWindow) -> QPlainTextEdit:
    """A safety plan typed, then a prompt answer and a search; returns the prompt box."""
    assert window.open_screen("safety-plan")
    plan = window.stack.currentWidget()
    boxes = plan.findChildren(QPlainTextEdit)
    assert boxes
    type_into(qtbot, boxes[0], PLAN_WORDS)
    box = typed_session(qtbot, window)
    assert window.history.can_go_back()
    return box


def _handle(window: MainWindow) -> QWindow:
    # Clicks sent to the window, as real ones arrive, so the kiosk guard sees them first and
    # Qt itself picks the widget under the point.
    handle = window.windowHandle()
    assert handle is not None
    return handle


def _spot(window: MainWindow, widget: QWidget, where: QPoint | None = None) -> QPoint:
    """A point on the widget (its centre unless given), in the window."""
    return widget.mapTo(window, widget.rect().center() if where is None else where)


def _click(qtbot: QtBot, window: MainWindow, spot: QPoint) -> None:
    qtbot.mouseClick(_handle(window), Qt.MouseButton.LeftButton, pos=spot)


def _key(
    qtbot: QtBot,
    window: MainWindow,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press a key as the keyboard does: to the window, which hands it to the focus widget."""
    qtbot.keyClick(_handle(window), key, modifier)


def _nothing_was_given_back(window: MainWindow, guard: KioskGuard) -> None:
    assert guard.notice.isVisible()
    assert window.search_box.text() == ""  # still put away
    assert window.location == "search"  # the page under the notice did not move


def _all_cleared(window: MainWindow, guard: KioskGuard, box: QPlainTextEdit) -> None:
    assert not guard.notice.isVisible()
    assert window.search_box.text() == ""
    assert not shiboken6.isValid(box) or box.toPlainText() == ""
    assert PLAN_WORDS not in _typed_text(window)
    assert_fresh_home(window)  # home, and no Back to the last reader's pages


def _typed_text(window: MainWindow) -> str:
    return " ".join(b.toPlainText() for b in window.findChildren(QPlainTextEdit))


# --- I'm someone new ------------------------------------------------------------------------


def test_someone_new_clears_text_search_and_history_at_once(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    box = _private_session(qtbot, window)
    show_notice(guard, clock)
    new = guard.notice.new_button
    assert new.text() == "I'm someone new – clear it"
    _click(qtbot, window, _spot(window, new))  # through the window, past the kiosk guard
    _all_cleared(window, guard, box)
    # The last reader's search is forgotten: a later "I'm still here" has nothing to give back.
    show_notice(guard, clock)
    guard.notice.button.click()
    assert window.search_box.text() == ""
    clock.advance(IDLE - 1)
    guard.check_idle()
    assert not guard.notice.isVisible()  # a fresh session has the whole wait


def test_someone_new_with_the_keyboard(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    box = _private_session(qtbot, window)
    show_notice(guard, clock)
    _key(qtbot, window, Qt.Key.Key_Tab)  # I'm still here
    _key(qtbot, window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is guard.notice.new_button
    _key(qtbot, window, Qt.Key.Key_Space)
    _all_cleared(window, guard, box)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_Enter])
def test_a_key_that_wakes_the_computer_gives_nothing_back(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock, key: Qt.Key
) -> None:
    _private_session(qtbot, window)
    show_notice(guard, clock)
    window.finish_start()  # Enter presses buttons once the window has first painted
    assert QApplication.focusWidget() is guard.notice  # not "I'm still here"
    _key(qtbot, window, key)
    _nothing_was_given_back(window, guard)


def test_i_m_still_here_still_gives_the_page_back(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    box = _private_session(qtbot, window)
    show_notice(guard, clock)
    _click(qtbot, window, _spot(window, guard.notice.button))
    assert not guard.notice.isVisible()
    assert window.search_box.text() == "breathing"
    assert window.location == "search"
    assert box.toPlainText() == "my private answer"
    assert window.history.can_go_back()
    clock.advance(IDLE - 1)
    guard.check_idle()
    assert not guard.notice.isVisible()  # the wait started again


# --- nothing else on the notice counts --------------------------------------------------------


def test_a_tap_on_the_notice_is_not_i_m_still_here(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    box = _private_session(qtbot, window)
    window.go_home()  # home's cards lie under the notice: a tap must not open one either
    card_spot = _spot(window, window.home.findChildren(Card)[0])
    window.go_back()
    assert window.location == "search"
    show_notice(guard, clock)
    notice = guard.notice
    title = notice.findChildren(QWidget, "pageTitle")[0]
    assert notice.geometry().contains(card_spot)
    for spot in (card_spot, _spot(window, title), _spot(window, notice, QPoint(5, 5))):
        _click(qtbot, window, spot)
        _nothing_was_given_back(window, guard)
    qtbot.mouseDClick(_handle(window), Qt.MouseButton.LeftButton, pos=card_spot)
    _nothing_was_given_back(window, guard)
    clock.advance(WARNING)  # the taps did not stop the countdown
    guard.timer.timeout.emit()
    _all_cleared(window, guard, box)


def test_the_toolbar_s_back_home_and_search_wait_while_the_notice_shows(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    _private_session(qtbot, window)
    show_notice(guard, clock)
    for control in (window.back_button, window.home_button, window.search_box):
        _click(qtbot, window, _spot(window, control))
        _nothing_was_given_back(window, guard)
    assert not window.search_box.hasFocus()


def test_keys_not_for_the_buttons_do_nothing(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    _private_session(qtbot, window)
    show_notice(guard, clock)
    assert QApplication.focusWidget() is guard.notice
    for letter in (Qt.Key.Key_H, Qt.Key.Key_I, Qt.Key.Key_PageDown, Qt.Key.Key_Home):
        _key(qtbot, window, letter)
    _key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Back
    _key(qtbot, window, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)  # Home
    _key(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Find
    qtbot.keyClick(window, Qt.Key.Key_Space)  # a key for the page, not for a button
    _nothing_was_given_back(window, guard)
    assert QApplication.focusWidget() is guard.notice


# --- keyboard and screen readers ------------------------------------------------------------


def test_tab_goes_round_the_notice_s_buttons_and_the_toolbar_s_help_and_finish(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    _private_session(qtbot, window)
    show_notice(guard, clock)
    notice = guard.notice
    _key(qtbot, window, Qt.Key.Key_Tab)  # from the notice itself to its first button
    assert QApplication.focusWidget() is notice.button
    expected = [notice.new_button, window.leave_button, window.help_button, notice.button]
    for target in expected:
        _key(qtbot, window, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is target  # never a page under the notice
    for target in reversed(expected[:-1]):
        _key(qtbot, window, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        assert QApplication.focusWidget() is target
    _key(qtbot, window, Qt.Key.Key_Left)  # the arrows go along the buttons too
    assert QApplication.focusWidget() is notice.button
    _key(qtbot, window, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is notice.new_button
    _nothing_was_given_back(window, guard)
    assert accessible_name(notice.button) == "I'm still here"
    assert accessible_name(notice.new_button) == "I'm someone new – clear it"
    assert notice.new_button.accessibleDescription()


def test_enter_on_i_m_still_here_gives_the_page_back(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    box = _private_session(qtbot, window)
    show_notice(guard, clock)
    window.finish_start()  # Enter presses buttons once the window has first painted
    _key(qtbot, window, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is guard.notice.button
    _key(qtbot, window, Qt.Key.Key_Return)
    assert not guard.notice.isVisible()
    assert window.search_box.text() == "breathing"
    assert box.toPlainText() == "my private answer"


def test_esc_twice_over_the_notice_clears_everything(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    box = _private_session(qtbot, window)
    show_notice(guard, clock)
    window.finish_start()  # Esc twice is watched once the window has first painted
    _key(qtbot, window, Qt.Key.Key_Escape)
    _nothing_was_given_back(window, guard)  # one Esc does nothing
    _key(qtbot, window, Qt.Key.Key_Escape)
    _all_cleared(window, guard, box)


def test_f1_over_the_notice_shows_help_in_front(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    _private_session(qtbot, window)
    show_notice(guard, clock)
    _key(qtbot, window, Qt.Key.Key_F1)
    assert window.location == "help"
    assert not guard.notice.isVisible()  # help is never hidden behind the notice
    assert window.screens["help"].isAncestorOf(QApplication.focusWidget())
    assert window.search_box.text() == ""  # the search stays off the help screen
    window.go_back()
    assert window.location == "search"
    assert window.search_box.text() == "breathing"  # and comes back with the search screen


def test_the_admin_chord_and_the_zoom_keys_still_work_over_the_notice(
    qtbot: QtBot,
    window: MainWindow,
    guard: KioskGuard,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _private_session(qtbot, window)
    show_notice(guard, clock)
    asked: list[PinPrompt] = []

    def cancel(prompt: PinPrompt) -> int:
        asked.append(prompt)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(PinPrompt, "exec", cancel)
    chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    _key(qtbot, window, Qt.Key.Key_L, chord | Qt.KeyboardModifier.ShiftModifier)
    assert len(asked) == 1  # the administrator can still be let in
    zoom = window.theming.zoom
    _key(qtbot, window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.theming.zoom > zoom  # larger text, to read the notice
    _nothing_was_given_back(window, guard)

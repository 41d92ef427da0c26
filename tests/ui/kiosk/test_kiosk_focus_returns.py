"""The kiosk window gets the keyboard back when nothing of Lantern's has it.

With no window manager (a kiosk started from xinit), closing a dialog left the keyboard with
the bare screen: F1, Esc twice and typing did nothing until someone clicked. The offscreen
platform ends in the same state, with no window holding the keyboard, so it is tested here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.kiosk_guard import KioskGuard
from reader.ui.kiosk_pin import PinPrompt
from reader.ui.main_window import MainWindow
from reader.ui.web_address import WebAddressDialog
from reader.ui.widgets import qapp
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import WARNING, WEB_URL, show_notice


def _has_keyboard(widget: QWidget) -> Callable[[], bool]:
    return lambda: QGuiApplication.focusWindow() is widget.windowHandle()


def _while_open(action: Callable[[QDialog], None]) -> list[QDialog]:
    """Run action on the dialog the next exec() shows, once it has the keyboard."""
    seen: list[QDialog] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or QGuiApplication.focusWindow() is not (
            dialog.windowHandle()
        ):
            QTimer.singleShot(10, act)  # not shown and given the keyboard yet
            return
        seen.append(dialog)
        try:
            action(dialog)
        finally:
            if dialog.isVisible():  # a failed check must not leave exec() waiting for ever
                dialog.close()

    QTimer.singleShot(0, act)
    return seen


def _lose_the_keyboard(qtbot: QtBot) -> None:
    """Something else takes the keyboard, then goes, leaving it with no window of Lantern's.

    Then the platform says so, as X does when the keyboard goes to another program or the
    bare screen.
    """
    other = QWindow()
    other.show()
    other.requestActivate()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is other)
    other.destroy()  # Qt forgets the focus window without a word, as a destroyed dialog does
    assert QGuiApplication.focusWindow() is None
    qapp().focusWindowChanged.emit(None)


def test_the_window_has_the_keyboard_again_after_the_pin_prompt_is_cancelled(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard
) -> None:
    seen = _while_open(lambda prompt: prompt.reject())  # Esc, or Cancel
    assert guard.ask_pin() is False
    assert len(seen) == 1
    assert isinstance(seen[0], PinPrompt)
    qtbot.waitUntil(_has_keyboard(window))  # F1 and Esc twice work again
    assert QApplication.activeWindow() is window


def test_the_window_has_the_keyboard_again_after_the_web_address_closes(
    qtbot: QtBot, window: MainWindow
) -> None:
    def close(dialog: QDialog) -> None:
        assert isinstance(dialog, WebAddressDialog)
        dialog.close_button.click()

    seen = _while_open(close)
    window.handle_link(WEB_URL)
    assert len(seen) == 1
    qtbot.waitUntil(_has_keyboard(window))


def test_the_next_person_has_the_keyboard_after_a_reset_closed_a_dialog(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    show_notice(guard, clock)

    def time_out(_prompt: QDialog) -> None:
        clock.advance(WARNING)
        guard.check_idle()  # the countdown runs out with the PIN prompt left open

    seen = _while_open(time_out)
    assert guard.ask_pin() is False
    assert len(seen) == 1
    assert not seen[0].isVisible()
    assert window.location == "home"
    qtbot.waitUntil(_has_keyboard(window))


def test_the_window_takes_the_keyboard_back_when_the_platform_says_nothing_has_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    _lose_the_keyboard(qtbot)
    qtbot.waitUntil(_has_keyboard(window))


def test_a_dialog_still_open_gets_the_keyboard_back_before_the_window(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard
) -> None:
    had_it: list[bool] = []

    def lose_and_check(prompt: QDialog) -> None:
        _lose_the_keyboard(qtbot)
        qtbot.waitUntil(_has_keyboard(prompt))  # the administrator's typing goes on in it
        had_it.append(True)

    seen = _while_open(lose_and_check)
    guard.ask_pin()
    assert len(seen) == 1
    assert had_it == [True]
    qtbot.waitUntil(_has_keyboard(window))

"""What counts as a reader's activity in kiosk mode, so the idle notice waits for them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QInputMethodEvent, QInputMethodQueryEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.ui import app_filters
from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import IDLE, WARNING, prompt_box, show_notice, typed_session
from tests.ui.reading_tools import POPUP_NOISE
from tests.ui.test_leave_through_a_menu import open_reading_settings, press_through

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def _compose(widget: QWidget, reading: str, text: str) -> None:
    """What an input method (ibus, a Windows IME) sends: the reading, then the chosen text."""
    QApplication.sendEvent(widget, QInputMethodEvent(reading, []))
    commit = QInputMethodEvent("", [])
    commit.setCommitString(text)
    QApplication.sendEvent(widget, commit)


def test_typing_through_an_input_method_counts_as_activity(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    # A reader writing Chinese or Japanese sends no key presses the window sees, only these.
    box = prompt_box(window)
    box.setFocus()
    for _ in range(4):
        clock.advance(IDLE / 2)
        _compose(box, "ni", "你")
        guard.check_idle()
        assert not guard.notice.isVisible()
    assert box.toPlainText() == "你" * 4
    clock.advance(IDLE - 1)
    # Qt asks the box about the input method by itself, all the time: that is not the reader.
    QApplication.sendEvent(box, QInputMethodQueryEvent(Qt.InputMethodQuery.ImQueryAll))
    clock.advance(1)
    guard.check_idle()
    assert guard.notice.isVisible()


def test_an_input_method_over_the_notice_is_not_i_m_still_here(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    box = prompt_box(window)
    box.setFocus()
    _compose(box, "ni", "你")
    show_notice(guard, clock)
    focus = QApplication.focusWidget()
    assert focus is not None
    _compose(focus, "ni", "好")  # perhaps the next person's: the countdown goes on
    assert guard.notice.isVisible()
    clock.advance(WARNING)
    guard.check_idle()
    assert not guard.notice.isVisible()
    assert box.toPlainText() == ""


def _went_back(window: MainWindow) -> bool:
    return window.location == "home" and window.forward_button.isEnabled()


def _went_forward(window: MainWindow) -> bool:
    return window.location.startswith("article") and window.back_button.isEnabled()


# Each shortcut, and what it does. A shortcut reaches the window as a shortcut, not as a key
# press: F1 alone, or Ctrl+= pressed again with Ctrl still held, sends no key press at all.
SHORTCUTS: list[tuple[Qt.Key, Qt.KeyboardModifier, Callable[[MainWindow], bool]]] = [
    (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier, lambda w: w.location == "help"),
    (Qt.Key.Key_Left, ALT, _went_back),
    (Qt.Key.Key_Right, ALT, _went_forward),
    (Qt.Key.Key_F, CTRL, lambda w: w.search_box.hasFocus()),
    (Qt.Key.Key_Equal, CTRL, lambda w: w.theming.zoom > w.context.zoom),
    (Qt.Key.Key_Minus, CTRL, lambda w: w.theming.zoom < w.context.zoom),
]


@pytest.mark.parametrize(
    ("key", "modifier", "done"),
    SHORTCUTS,
    ids=["F1", "Alt+Left", "Alt+Right", "Ctrl+F", "Ctrl+=", "Ctrl+-"],
)
def test_a_shortcut_key_counts_as_activity(
    qtbot: QtBot,
    window: MainWindow,
    guard: KioskGuard,
    clock: FakeClock,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier,
    done: Callable[[MainWindow], bool],
) -> None:
    assert window.open_article("calm-start")
    if key == Qt.Key.Key_Right:
        window.go_back()  # somewhere to go forward to
    clock.advance(IDLE - 1)
    handle = window.windowHandle()
    assert handle is not None
    # What the platform sends for the key with its modifier already held: only the shortcut.
    QTest.sendKeyEvent(QTest.KeyAction.Shortcut, handle, key, "", modifier)
    assert done(window)
    clock.advance(2)
    guard.check_idle()
    assert not guard.notice.isVisible()  # the key started the wait again
    clock.advance(IDLE - 2)
    guard.check_idle()
    assert guard.notice.isVisible()


def test_over_the_notice_a_shortcut_is_still_not_i_m_still_here(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    """The notice decides what a key does while it shows: Back stays taken, zoom works."""
    assert window.open_article("calm-start")
    show_notice(guard, clock)
    handle = window.windowHandle()
    assert handle is not None
    QTest.sendKeyEvent(QTest.KeyAction.Shortcut, handle, Qt.Key.Key_Left, "", ALT)
    assert window.location.startswith("article")  # Back would show the last reader's page
    QTest.sendKeyEvent(QTest.KeyAction.Shortcut, handle, Qt.Key.Key_Equal, "", CTRL)
    assert window.theming.zoom > window.context.zoom  # larger text, to read the notice
    assert guard.notice.isVisible()
    clock.advance(WARNING)
    guard.check_idle()
    assert not guard.notice.isVisible()  # the countdown went on, and ran out
    assert window.location == "home"


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_get_help_now_pressed_through_an_open_menu_counts_as_activity(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    """The press goes to the open menu, which presses the button for it: the idle notice,
    seeing no press, came over help a second after the reader asked for it."""
    window.finish_start()  # the window's key and press watchers
    typed_session(qtbot, window)
    menu = open_reading_settings(window, qtbot)
    clock.advance(IDLE - 1)  # a touch screen: no pointer moves while the reader thinks
    press_through(menu, window.help_button)
    assert window.location == "help"
    clock.advance(2)
    guard.check_idle()
    assert not guard.notice.isVisible()
    clock.advance(IDLE - 3)
    guard.check_idle()
    assert not guard.notice.isVisible()  # the whole wait, from the press


class _EatsKeys(QObject):
    """An application-wide filter that takes every key, as Esc twice or F1 take some."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        return event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)


def test_a_key_another_filter_takes_still_counts_as_activity(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    """Qt asks the filter installed last first: each one installed after the guard (Esc
    twice, after the first paint) could take input the guard then never counted."""
    box = prompt_box(window)
    eater = _EatsKeys()
    app_filters.install(eater)
    try:
        clock.advance(IDLE - 1)
        qtbot.keyClick(box, Qt.Key.Key_A)
        assert box.toPlainText() == ""  # taken before the box saw it
        clock.advance(2)
        guard.check_idle()
        assert not guard.notice.isVisible()  # the key started the wait again
    finally:
        app_filters.remove(eater)

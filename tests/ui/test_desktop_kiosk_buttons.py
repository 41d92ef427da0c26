"""The mouse's back and forward buttons cannot show a kiosk's last reader again.

Over the idle notice ("Are you still here?") the toolbar's Back is greyed: the next person in
the waiting room may be the one who touches it. The mouse's Back button and a keyboard's Back
key, which do what the toolbar's Back does, wait as it does, wherever the pointer is.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.ui import app_filters
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import IDLE, WARNING, show_notice, typed_session
from tests.ui.window_helpers import MakeWindow


@pytest.fixture
def kiosk_window(make_window: MakeWindow, small_context: AppContext) -> Iterator[MainWindow]:
    """A kiosk window over the small pack; afterwards it lets itself be closed, and stops
    guarding the application (or it would guard the tests after it)."""
    small_context.kiosk = True
    small_context.idle_timeout, small_context.warning_seconds = IDLE, WARNING
    window = make_window(small_context)
    window.finish_start()
    yield window
    guard = window.kiosk_guard
    guard.unlocked = True
    guard.timer.stop()
    app_filters.remove(guard)
    window.close()


def handle(window: MainWindow) -> QWindow:
    """The window's QWindow, where real clicks and keys arrive (the kiosk guard sees them)."""
    found = window.windowHandle()
    assert found is not None
    return found


def press_over(qtbot: QtBot, widget: QWidget, button: Qt.MouseButton) -> None:
    """Press and release a mouse button with the pointer over the middle of widget."""
    window = widget.window()
    assert isinstance(window, MainWindow)
    qtbot.mouseClick(handle(window), button, pos=widget.mapTo(window, widget.rect().center()))


def test_back_on_the_mouse_or_keyboard_waits_while_the_notice_shows(
    qtbot: QtBot, kiosk_window: MainWindow, clock: FakeClock
) -> None:
    window, guard = kiosk_window, kiosk_window.kiosk_guard
    typed_session(qtbot, window)  # an article, then a search
    press_over(qtbot, window.search_box, Qt.MouseButton.BackButton)
    assert window.location.startswith("article:")  # it works in a kiosk, as Back does
    press_over(qtbot, window.article_view, Qt.MouseButton.ForwardButton)
    assert window.location == "search"
    show_notice(guard, clock)
    for spot in (*guard.notice.choices(), guard.notice, window.back_button, window.help_button):
        press_over(qtbot, spot, Qt.MouseButton.BackButton)
        qtbot.keyClick(handle(window), Qt.Key.Key_Back)
        assert window.location == "search", spot
        assert guard.notice.isVisible()

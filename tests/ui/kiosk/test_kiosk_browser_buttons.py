"""The mouse's back and forward buttons cannot show a kiosk's last reader again.

Over the idle notice ("Are you still here?") the toolbar's Back is greyed: the next person in
the waiting room may be the one who touches it. The mouse's Back button and a keyboard's Back
key, which do what the toolbar's Back does, wait as it does, wherever the pointer is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import show_notice, typed_session
from tests.ui.window_helpers import click_through_window


def test_back_on_the_mouse_or_keyboard_waits_while_the_notice_shows(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    window.finish_start()  # the buttons are watched once the window has painted
    typed_session(qtbot, window)  # an article, then a search
    click_through_window(qtbot, window.search_box, Qt.MouseButton.BackButton)
    assert window.location.startswith("article:")  # it works in a kiosk, as Back does
    click_through_window(qtbot, window.article_view, Qt.MouseButton.ForwardButton)
    assert window.location == "search"
    show_notice(guard, clock)
    handle = window.windowHandle()
    assert handle is not None
    for spot in (*guard.notice.choices(), guard.notice, window.back_button, window.help_button):
        click_through_window(qtbot, spot, Qt.MouseButton.BackButton)
        qtbot.keyClick(handle, Qt.Key.Key_Back)
        assert window.location == "search", spot
        assert guard.notice.isVisible()

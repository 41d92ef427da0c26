"""The idle notice covers the whole page at once when the page moves or grows under it.

Smaller text (Ctrl+-, which works over the notice) makes the toolbar shorter and the page starts
higher: a strip of the last reader's page showed above the notice until its next second.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import show_notice


def _covers_the_page(window: MainWindow, guard: KioskGuard) -> bool:
    page = window.centralWidget()
    assert page is not None
    return guard.notice.geometry().contains(page.geometry())


def _page_top(window: MainWindow) -> int:
    page = window.centralWidget()
    assert page is not None
    return page.geometry().top()


def test_smaller_text_over_the_notice_shows_none_of_the_page(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    window.finish_start()  # the key watchers, as after the first paint
    assert window.open_article("calm-start")
    for _ in range(10):
        window.theming.zoom_in()
    show_notice(guard, clock)
    top = _page_top(window)
    for _ in range(10):
        qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _page_top(window) < top)
    assert _covers_the_page(window, guard)  # no second of the countdown has passed


def test_a_larger_screen_under_the_notice_shows_none_of_the_page(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    show_notice(guard, clock)
    window.resize(1600, 1000)  # a larger monitor plugged in: the kiosk fills it
    qtbot.waitUntil(lambda: window.geometry().width() == 1600)
    assert _covers_the_page(window, guard)

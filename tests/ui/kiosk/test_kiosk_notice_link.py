"""I'm still here puts the keyboard back on the link it was on, in an article or the results.

The notice taking the focus unmarks the link the keyboard is on. I'm still here gave the focus
back to the page or the search results with no link marked, and the next Tab went to the first
link again: at 200% a screen or more up the page from where the reader was.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.kiosk_guard import KioskGuard
from reader.ui.link_browser import LinkBrowser
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import article_view, show_notice, type_into


def on_second_link(qtbot: QtBot, text: LinkBrowser) -> tuple[int, int]:
    """Tab to the text's second link, as a keyboard user does; returns where it is."""
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_Tab)
    first = text.focused_link()
    qtbot.keyClick(text, Qt.Key.Key_Tab)
    second = text.focused_link()
    assert first is not None
    assert second is not None
    assert second != first
    return second


def test_i_m_still_here_gives_back_the_search_result_the_keyboard_was_on(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    type_into(qtbot, window.search_box, "help")
    results = window.search_view.results
    assert len(window.search_view.hits) >= 2
    link = on_second_link(qtbot, results)
    show_notice(guard, clock)
    assert results.focused_link() is None  # the notice has the focus now
    guard.notice.button.click()
    assert QApplication.focusWidget() is results
    assert results.focused_link() == link


def test_i_m_still_here_gives_back_the_article_link_the_keyboard_was_on(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    assert window.open_article("web-help")  # Samaritans on the web, then Get help now
    body = article_view(window).findChild(LinkBrowser, "articleBody")
    assert isinstance(body, LinkBrowser)
    link = on_second_link(qtbot, body)
    show_notice(guard, clock)
    guard.notice.button.click()
    assert QApplication.focusWidget() is body
    assert body.focused_link() == link

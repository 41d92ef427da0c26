"""Back to an article after following one of its links by keyboard: the keyboard is on it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.in_view import settle_layout
from reader.ui.main_window import MainWindow
from tests.ui.window_helpers import open_article

FOLLOWED = "lantern:article/talking-to-someone"  # the third link in the article's text


def tab_to(qtbot: QtBot, window: MainWindow, href: str) -> list[str]:
    """Tab through the article's text until the keyboard is on the link to href."""
    body = window.article_view.body_view
    body.setFocus()
    seen: list[str] = []
    while href not in seen and len(seen) < 50:
        qtbot.keyClick(body, Qt.Key.Key_Tab)
        assert body.hasFocus(), seen
        seen.append(body.focused_href() or "")
    return seen


def test_back_puts_the_keyboard_on_the_link_that_was_followed(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    """It went to the start of the text: the next Tab jumped up the page to the first link."""
    window = started_window
    view = open_article(window, qtbot, "understanding-self-harm")
    settle_layout()
    before = tab_to(qtbot, window, FOLLOWED)
    assert len(before) == 3
    place = view.verticalScrollBar().value()
    qtbot.keyClick(view.body_view, Qt.Key.Key_Return)
    assert window.location == "article:talking-to-someone"
    qtbot.keyClick(view.body_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.location == "article:understanding-self-harm"
    assert QApplication.focusWidget() is view.body_view
    assert view.body_view.focused_href() == FOLLOWED
    assert view.verticalScrollBar().value() == place
    qtbot.keyClick(view.body_view, Qt.Key.Key_Tab)
    assert view.body_view.focused_href() not in before  # on to the next link, not back up

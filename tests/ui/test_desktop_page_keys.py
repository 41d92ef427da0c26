"""The reading keys of a browser or a PDF viewer scroll every page that has the focus, and
the page around an article's text when the text has it: the same keys, the same way.

After an article opens, the focus is on its page (so a screen reader says its title), and
there Page Down and the arrows scrolled, but Space, Shift+Space, Home and End did nothing:
they worked only once the reader had clicked or tabbed into the article's text.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from reader.ui import a11y
from reader.ui.article_view import ArticleView
from reader.ui.main_window import MainWindow
from tests.ui.window_helpers import current_screen, open_article

K, M = Qt.Key, Qt.KeyboardModifier
DOWN_KEYS = [
    ("Space", K.Key_Space, M.NoModifier),
    ("End", K.Key_End, M.NoModifier),
    ("Ctrl+End", K.Key_End, M.ControlModifier),
]
UP_KEYS = [
    ("Shift+Space", K.Key_Space, M.ShiftModifier),
    ("Home", K.Key_Home, M.NoModifier),
    ("Ctrl+Home", K.Key_Home, M.ControlModifier),
]


# Where the focus is: an article's page as it opens, another screen's page, the article's text.
PLACES = ["article", "privacy", "article text"]


def focused_page(window: MainWindow, qtbot: QtBot, place: str) -> tuple[QScrollArea, QWidget]:
    """A screen opened as a reader opens it, and the widget the keys go to: the page itself,
    where navigation puts the focus, or the article's text, clicked or tabbed into."""
    window.resize(900, 400)
    if place.startswith("article"):
        open_article(window, qtbot, "calm-start")
    else:
        assert window.open_screen(place)
    a11y.focus_current_screen(window)
    page = current_screen(window)
    assert isinstance(page, QScrollArea)
    assert QApplication.focusWidget() is page  # the page itself, not a control on it
    qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() > page.viewport().height())
    if place != "article text":
        return page, page
    assert isinstance(page, ArticleView)
    text = page.body_view
    text.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(text.hasFocus)
    return page, text


@pytest.mark.parametrize("place", PLACES)
def test_space_end_and_ctrl_end_scroll_a_focused_page_down(
    window: MainWindow, qtbot: QtBot, place: str
) -> None:
    page, focused = focused_page(window, qtbot, place)
    bar = page.verticalScrollBar()
    for name, key, modifier in DOWN_KEYS:
        bar.setValue(0)
        qtbot.keyClick(focused, key, modifier)
        expected = bar.pageStep() if name == "Space" else bar.maximum()
        assert bar.value() == expected, name


@pytest.mark.parametrize("place", PLACES)
def test_shift_space_home_and_ctrl_home_scroll_a_focused_page_up(
    window: MainWindow, qtbot: QtBot, place: str
) -> None:
    page, focused = focused_page(window, qtbot, place)
    bar = page.verticalScrollBar()
    for name, key, modifier in UP_KEYS:
        bar.setValue(bar.maximum())
        qtbot.keyClick(focused, key, modifier)
        expected = bar.maximum() - bar.pageStep() if name == "Shift+Space" else 0
        assert bar.value() == expected, name
    assert focused.hasFocus()  # the keys scroll; they do not move the focus

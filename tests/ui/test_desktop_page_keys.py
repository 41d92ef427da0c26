"""The reading keys of a browser or a PDF viewer scroll every page that has the focus.

After an article opens, the focus is on its page (so a screen reader says its title), and
there Page Down and the arrows scrolled, but Space, Shift+Space, Home and End did nothing:
they worked only once the reader had clicked or tabbed into the article's text.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from reader.ui import a11y
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


def focused_page(window: MainWindow, qtbot: QtBot, screen: str) -> QScrollArea:
    """A screen opened as a reader opens it, with the focus where navigation puts it."""
    window.resize(900, 400)
    if screen == "article":
        open_article(window, qtbot, "calm-start")
    else:
        assert window.open_screen(screen)
    a11y.focus_current_screen(window)
    page = current_screen(window)
    assert isinstance(page, QScrollArea)
    assert QApplication.focusWidget() is page  # the page itself, not a control on it
    qtbot.waitUntil(lambda: page.verticalScrollBar().maximum() > page.viewport().height())
    return page


@pytest.mark.parametrize("screen", ["article", "privacy"])
def test_space_end_and_ctrl_end_scroll_a_focused_page_down(
    window: MainWindow, qtbot: QtBot, screen: str
) -> None:
    page = focused_page(window, qtbot, screen)
    bar = page.verticalScrollBar()
    for name, key, modifier in DOWN_KEYS:
        bar.setValue(0)
        qtbot.keyClick(page, key, modifier)
        expected = bar.pageStep() if name == "Space" else bar.maximum()
        assert bar.value() == expected, name


@pytest.mark.parametrize("screen", ["article", "privacy"])
def test_shift_space_home_and_ctrl_home_scroll_a_focused_page_up(
    window: MainWindow, qtbot: QtBot, screen: str
) -> None:
    page = focused_page(window, qtbot, screen)
    bar = page.verticalScrollBar()
    for name, key, modifier in UP_KEYS:
        bar.setValue(bar.maximum())
        qtbot.keyClick(page, key, modifier)
        expected = bar.maximum() - bar.pageStep() if name == "Shift+Space" else 0
        assert bar.value() == expected, name
    assert page.hasFocus()  # the keys scroll; they do not move the focus

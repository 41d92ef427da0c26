"""The mouse's back and forward buttons (and a keyboard's Back and Forward keys) do what the
toolbar's Back and Forward do, as in a browser, an e-book reader or a file manager.

They did nothing: someone used to them pressed Back on the mouse and stayed where they were.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QWindow
from pytestqt.qtbot import QtBot

from reader.ui.card import Card
from reader.ui.main_window import MainWindow
from tests.ui.window_helpers import click_through_window, open_article

BACK, FORWARD = Qt.MouseButton.BackButton, Qt.MouseButton.ForwardButton


def handle(window: MainWindow) -> QWindow:
    """The window's QWindow, where real clicks and keys arrive before Qt picks a widget."""
    found = window.windowHandle()
    assert found is not None
    return found


def read_articles(window: MainWindow, qtbot: QtBot, *article_ids: str) -> None:
    """Home, then these articles in turn: there is somewhere to go back to."""
    window.finish_start()  # the buttons are watched once the window has painted
    for article_id in article_ids:
        open_article(window, qtbot, article_id)


def test_the_mouse_s_back_and_forward_buttons_move_through_the_history(
    window: MainWindow, qtbot: QtBot
) -> None:
    read_articles(window, qtbot, "calm-start", "second-step")
    text = window.article_view.body_view
    click_through_window(qtbot, text, BACK)
    assert window.location == "article:calm-start"
    click_through_window(qtbot, window.article_view, BACK)
    assert window.location == "home"
    click_through_window(qtbot, window.home, FORWARD)
    assert window.location == "article:calm-start"
    click_through_window(qtbot, window.search_box, FORWARD)  # over a control of the toolbar too
    assert window.location == "article:second-step"
    click_through_window(qtbot, text, FORWARD)  # at the end of the history: nothing happens
    assert window.location == "article:second-step"


def test_each_press_is_one_step_back_whatever_is_under_the_pointer(
    window: MainWindow, qtbot: QtBot
) -> None:
    read_articles(window, qtbot, "calm-start", "second-step", "third-way")
    window.go_home()
    card = next(c for c in window.home.findChildren(Card) if c.isVisible())
    click_through_window(qtbot, card, BACK)
    assert window.location == "article:third-way"  # back, not the card's article
    qtbot.mouseDClick(handle(window), BACK, pos=QPoint(5, 200))
    assert window.location == "article:calm-start"  # a step for each press, two in all


def test_the_keyboard_s_back_and_forward_keys_move_through_the_history(
    window: MainWindow, qtbot: QtBot
) -> None:
    read_articles(window, qtbot, "calm-start", "second-step")
    qtbot.keyClick(handle(window), Qt.Key.Key_Back)
    assert window.location == "article:calm-start"
    qtbot.keyClick(handle(window), Qt.Key.Key_Forward)
    assert window.location == "article:second-step"

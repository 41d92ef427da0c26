"""Keys that change the screen move the focus to it, from the search box and on the home page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.a11y_tools import accessible_name


def type_in_search_box(window: MainWindow, qtbot: QtBot, words: str) -> None:
    """Put the cursor in the search box and type, as a reader does."""
    window.focus_search()
    qtbot.waitUntil(window.search_box.hasFocus)
    qtbot.keyClicks(window.search_box, words)


def test_f1_from_the_empty_search_box_lands_on_the_contacts(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    """The focus stayed in the box, now empty, and a screen reader said nothing of help."""
    window = started_window
    window.open_article("understanding-self-harm")
    window.focus_search()
    qtbot.waitUntil(window.search_box.hasFocus)
    qtbot.keyClick(window.search_box, Qt.Key.Key_F1)
    assert window.location == "help"
    contacts = window.screens["help"].findChild(QTextBrowser, "helpText")
    assert contacts is not None
    qtbot.waitUntil(contacts.hasFocus)
    assert accessible_name(contacts) == "Crisis contacts"


def test_f1_after_typing_a_search_lands_on_the_contacts(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    window = started_window
    type_in_search_box(window, qtbot, "sleep")
    assert window.location == "search"
    assert window.search_box.hasFocus()  # typing keeps the focus in the box
    qtbot.keyClick(window.search_box, Qt.Key.Key_F1)
    contacts = window.screens["help"].findChild(QTextBrowser, "helpText")
    assert contacts is not None
    qtbot.waitUntil(contacts.hasFocus)
    assert window.search_box.text() == ""


@pytest.mark.parametrize("keys", ["Alt+Home", "Back"])
def test_home_or_back_from_the_search_box_moves_focus_to_the_home_page(
    started_window: MainWindow, qtbot: QtBot, keys: str
) -> None:
    window = started_window
    type_in_search_box(window, qtbot, "sleep")
    assert window.location == "search"
    # The platform's Back key (Alt+Left here, Cmd+[ on macOS); made once Qt has started.
    sequence = QKeySequence(QKeySequence.StandardKey.Back if keys == "Back" else keys)[0]
    qtbot.keyClick(window.search_box, sequence.key(), sequence.keyboardModifiers())
    assert window.location == "home"
    qtbot.waitUntil(window.home.hasFocus)
    assert accessible_name(window.home) == "Welcome to Lantern"


def test_typing_still_keeps_the_focus_in_the_search_box(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    """Negative control: the search screen opening under the box leaves the reader typing."""
    window = started_window
    window.open_article("understanding-self-harm")
    type_in_search_box(window, qtbot, "urge")
    assert window.location == "search"
    qtbot.keyClicks(window.search_box, "s")
    assert window.search_box.hasFocus()
    assert window.search_box.text() == "urges"


def focused_card_far_down(window: MainWindow, qtbot: QtBot) -> QWidget:
    """The home page's last card, focused and scrolled into view."""
    card = list(window.home.cards.values())[-1]
    card.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(card.hasFocus)
    window.home.ensureWidgetVisible(card)
    qtbot.waitUntil(lambda: window.home.verticalScrollBar().value() > 0)
    return card


def test_alt_home_on_the_home_page_takes_the_focus_to_its_top(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    """The page scrolled to its top, but the focus stayed on a card far below the window."""
    window = started_window
    card = focused_card_far_down(window, qtbot)
    qtbot.keyClick(card, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert window.home.verticalScrollBar().value() == 0
    qtbot.waitUntil(window.home.hasFocus)
    focus = QApplication.focusWidget()
    assert focus is window.home
    # Tab goes on from the top of the page, not from the card far below.
    qtbot.keyClick(window.home, Qt.Key.Key_Tab)
    first_tool = window.home.findChild(QWidget, "tool:exercise/breathing")
    assert QApplication.focusWidget() is first_tool


def test_the_home_button_keeps_its_focus_on_the_home_page(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    """Negative control: a toolbar button just pressed keeps the focus, as everywhere."""
    window = started_window
    focused_card_far_down(window, qtbot)
    window.home_button.setFocus()
    qtbot.waitUntil(window.home_button.hasFocus)
    qtbot.keyClick(window.home_button, Qt.Key.Key_Space)
    assert window.home.verticalScrollBar().value() == 0
    assert window.home_button.hasFocus()

"""A search that finds nothing leaves ways on: browse, Get help now, and the coping tools.

Before, the page held one sentence and nothing to press: a dead end for someone who came
looking for something.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.layout_tools import settle_layout

TOOLS = {
    "Slow breathing": "exercise/breathing",
    "5-4-3-2-1 grounding": "exercise/grounding",
    "Ride out an urge": "exercise/ride-the-wave",
    "My safety plan": "safety-plan",
    "My reflections": "reflections",
}


def shown_buttons(window: MainWindow) -> dict[str, QAbstractButton]:
    """The buttons on the search screen that can be seen, by their words."""
    view = window.search_view
    return {b.text(): b for b in view.findChildren(QAbstractButton) if b.isVisibleTo(view)}


def nothing_found(window: MainWindow, qtbot: QtBot) -> dict[str, QAbstractButton]:
    """Search for a word no article has, and return the buttons the page offers."""
    assert window.search("zzqxv") == 0
    qtbot.waitUntil(window.search_view.isVisible)
    settle_layout()
    return shown_buttons(window)


def test_nothing_found_offers_browsing_help_and_the_tools(window: MainWindow, qtbot: QtBot) -> None:
    buttons = nothing_found(window, qtbot)
    assert {"Browse all articles", "Get help now", *TOOLS} <= set(buttons)
    # The words still suggest another word, and say where help is.
    status = window.search_view.status.text()
    assert "different word" in status
    assert "F1" in status


@pytest.mark.parametrize(
    ("words", "location"),
    [("Browse all articles", "home"), ("Get help now", "help"), *TOOLS.items()],
)
def test_each_way_on_goes_where_it_says(
    window: MainWindow, qtbot: QtBot, words: str, location: str
) -> None:
    button = nothing_found(window, qtbot)[words]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.location == location


def test_tab_goes_through_the_ways_on_in_the_order_they_are_read(
    window: MainWindow, qtbot: QtBot
) -> None:
    buttons = nothing_found(window, qtbot)
    order = ["Browse all articles", "Get help now", *TOOLS]
    buttons[order[0]].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(buttons[order[0]].hasFocus)
    for words in order[1:]:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(buttons[words].hasFocus)


def test_results_and_crisis_searches_show_no_ways_on(window: MainWindow, qtbot: QtBot) -> None:
    nothing_found(window, qtbot)
    assert window.search("calm") > 0
    assert "Browse all articles" not in shown_buttons(window)
    window.search("kill myself")  # help comes first there, in its own words
    assert window.search_view.offers_help
    assert "Browse all articles" not in shown_buttons(window)
    window.search("zzqxv")
    window.search_view.reset()
    assert "Browse all articles" not in shown_buttons(window)


def test_the_ways_on_fit_the_narrowest_window_at_200_percent(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.theming.set_zoom(200)
    window.resize(300, 700)
    qtbot.waitUntil(lambda: window.width() == window.minimumWidth())
    buttons = nothing_found(window, qtbot)
    page = window.search_view
    assert page.horizontalScrollBar().maximum() == 0
    right = page.viewport().width()
    for words in ("Browse all articles", "Get help now", *TOOLS):
        button = buttons[words]
        assert button.mapTo(page.viewport(), button.rect().topRight()).x() < right, words

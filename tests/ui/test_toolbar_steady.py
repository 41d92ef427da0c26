"""The toolbar: typing a search moves nothing, and its hints name the keys really bound."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from reader.ui.toolbar import SEARCH_BOX_BORDER, SEARCH_BOX_PADDING
from tests.ui.layout_tools import settle_layout
from tests.ui.shortcut_keys import window_key_texts
from tests.ui.window_helpers import sized


def settled_geometry(window: MainWindow) -> tuple[int, int]:
    """The search box's left edge and width once every pending layout has been done."""
    settle_layout()
    box = window.search_box
    return box.x(), box.width()


def test_typing_in_the_search_box_keeps_its_size(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.search_box.width() > 0)
    before = settled_geometry(window)
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "sleep")  # the clear button appears with the text
    qtbot.waitUntil(lambda: window.location == "search")
    assert settled_geometry(window) == before  # before: about 28 pixels wider, to the left


def test_toolbar_hints_name_keys_the_window_really_binds(window: MainWindow) -> None:
    """Written as this platform writes them: 'Alt+Left' would be wrong on macOS (Cmd+[)."""
    bound = window_key_texts(window)
    hints = {
        window.back_button.toolTip(),
        window.forward_button.toolTip(),
        window.home_button.toolTip(),
        window.search_box.placeholderText(),
        window.search_box.toolTip(),
    }
    for hint in hints:
        keys = hint[hint.rindex("(") + 1 : hint.rindex(")")]
        assert keys in bound, hint


@pytest.mark.parametrize(("width", "zoom"), [(1280, 100), (900, 100), (1280, 200), (800, 200)])
def test_the_search_hint_is_never_cut_short(
    window: MainWindow, qtbot: QtBot, width: int, zoom: int
) -> None:
    """A narrow box showed "Search (…"; it now says "Search" where the keys do not fit."""
    sized(window, qtbot, width, zoom)
    box = window.search_box
    hint = box.placeholderText()
    room = box.width() - 2 * (SEARCH_BOX_PADDING + SEARCH_BOX_BORDER)
    assert hint.startswith("Search")
    assert QFontMetrics(box.font()).horizontalAdvance(hint) <= room, (hint, room)

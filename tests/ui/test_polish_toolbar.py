"""The toolbar's second row: the search box fills it, and what was typed shows whole.

In the narrowest window at 200% text the row below was ragged (Home, a small box, Reading
settings, then empty room), and the box showed "want to die" as "nt to die".
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolButton, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from reader.ui.toolbar import FULL_SEARCH_LINES, SEARCH_BOX_BORDER, SEARCH_BOX_PADDING
from tests.ui.layout_tools import settle_layout
from tests.ui.window_helpers import sized


def narrowest(window: MainWindow, qtbot: QtBot, zoom: int) -> None:
    """The window as narrow as it goes, at a text size, with its toolbar laid out."""
    window.theming.set_zoom(zoom)
    window.resize(300, 700)
    qtbot.waitUntil(lambda: window.width() == window.minimumWidth())
    settle_layout()


def right_edge(widget: QWidget) -> int:
    """The widget's right edge in its window."""
    return widget.mapTo(widget.window(), QPoint(widget.width(), 0)).x()


def test_in_the_narrowest_window_the_search_box_fills_its_row(
    window: MainWindow, qtbot: QtBot
) -> None:
    for zoom in (100, 200):
        narrowest(window, qtbot, zoom)
        box, settings, help_button = window.search_box, window.settings_button, window.help_button
        assert window.toolbar.arrangement == "narrow"
        # Both rows end at one edge: the row below is not ragged.
        assert abs(right_edge(settings) - right_edge(help_button)) <= 1, zoom
        # Home, the box and Reading settings with no gap but the row's spacing.
        spacing = window.toolbar._second.spacing()
        assert box.x() + box.width() + spacing == settings.x(), zoom
        line = box.fontMetrics().height()
        assert box.width() >= FULL_SEARCH_LINES * line, (zoom, box.width())


def test_what_was_typed_shows_whole_in_the_narrowest_window(
    window: MainWindow, qtbot: QtBot
) -> None:
    narrowest(window, qtbot, 200)
    box = window.search_box
    box.setFocus()
    qtbot.keyClicks(box, "want to die")
    qtbot.waitUntil(lambda: window.location == "search")
    settle_layout()
    # The text starts where a caret after it stands, less its width: inside the box, not
    # scrolled off to the left ("nt to die"); and it ends before the clear button.
    caret = box.cursorRect().center().x()
    start = caret - box.fontMetrics().horizontalAdvance(box.text())
    assert start >= SEARCH_BOX_PADDING + SEARCH_BOX_BORDER, start
    clear = [button for button in box.findChildren(QToolButton) if button.isVisible()]
    assert clear
    assert caret <= min(button.x() for button in clear), (caret, clear[0].geometry())


def test_a_search_box_on_a_row_of_its_own_takes_the_row(window: MainWindow, qtbot: QtBot) -> None:
    sized(window, qtbot, 900, 150)
    settle_layout()
    assert window.toolbar.arrangement == "search below"
    box = window.search_box
    assert box.x() == window.back_button.x()
    assert abs(right_edge(box) - right_edge(window.help_button)) <= 1
    assert box.placeholderText() == f"Search ({native_find()})"  # room for the whole hint


def test_the_search_hint_reads_with_one_space(window: MainWindow, qtbot: QtBot) -> None:
    sized(window, qtbot, 1280, 100)
    settle_layout()
    hint = window.search_box.placeholderText()
    assert hint == f"Search ({native_find()})"
    assert "  " not in hint


def test_a_box_widened_again_keeps_a_steady_width_in_one_row(
    window: MainWindow, qtbot: QtBot
) -> None:
    narrowest(window, qtbot, 100)
    sized(window, qtbot, 1280, 100)
    settle_layout()
    assert window.toolbar.arrangement == "one row"
    box = window.search_box
    assert box.minimumWidth() == box.maximumWidth() == box.width()


def native_find() -> str:
    """Find's key as this platform writes it (Ctrl+F here)."""
    return QKeySequence(QKeySequence.StandardKey.Find).toString(
        QKeySequence.SequenceFormat.NativeText
    )

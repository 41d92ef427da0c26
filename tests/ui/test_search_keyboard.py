"""Search results from the keyboard: Shift+Tab leaves them, the focused result link stands
out, and the "nothing matched" line wraps rather than running off the edge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.ui.main_window import MainWindow
from tests.ui.reading_tools import (
    POPUP_NOISE,
    choose_in_reading_settings,
    focused_link_box,
    ring_left,
    ringed,
)
from tests.ui.window_helpers import Click, MakeWindow, Press

K = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier


def type_a_search(window: MainWindow, qtbot: QtBot, text: str) -> None:
    """Type into the toolbar's search box, key by key."""
    window.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(window.search_box.hasFocus)
    qtbot.keyClicks(window.search_box, text)
    assert window.location == "search"


def focus_results(window: MainWindow, qtbot: QtBot) -> None:
    results = window.search_view.results
    results.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(results.hasFocus)


@pytest.mark.parametrize("query", ["calm", "a"])
def test_shift_tab_from_the_first_result_leaves_the_results(
    window: MainWindow, qtbot: QtBot, press: Press, query: str
) -> None:
    type_a_search(window, qtbot, query)
    results = window.search_view.results
    titles = [hit.title for hit in window.search_view.hits]
    focus_results(window, qtbot)
    for title in titles:
        press(K.Key_Tab)
        assert results.textCursor().selectedText() == title
    for title in reversed(titles[:-1]):
        press(K.Key_Backtab, SHIFT)
        assert results.textCursor().selectedText() == title
    # The first result link starts the text: before, Shift+Tab found it again, for ever.
    press(K.Key_Backtab, SHIFT)
    assert not results.hasFocus()
    press(K.Key_Tab)  # back in, and on to the first result again
    press(K.Key_Tab)
    assert results.hasFocus()
    assert results.textCursor().selectedText() == titles[0]


def test_tab_from_the_last_result_still_leaves_the_results(
    window: MainWindow, qtbot: QtBot, press: Press
) -> None:
    type_a_search(window, qtbot, "a")
    results = window.search_view.results
    focus_results(window, qtbot)
    for _ in window.search_view.hits:
        press(K.Key_Tab)
    press(K.Key_Tab)
    assert not results.hasFocus()
    press(K.Key_Backtab, SHIFT)  # back in from below: the results, then the last result
    assert results.hasFocus()
    press(K.Key_Backtab, SHIFT)
    assert results.textCursor().selectedText() == window.search_view.hits[-1].title


def test_the_focused_result_stands_out_with_a_ring(
    window: MainWindow, qtbot: QtBot, press: Press
) -> None:
    type_a_search(window, qtbot, "a")
    results = window.search_view.results
    focus_results(window, qtbot)
    press(K.Key_Tab)
    first = focused_link_box(results)
    # Before: Qt's one-pixel dotted line in the text colour.
    assert ringed(results, first)
    press(K.Key_Tab)
    assert ring_left(results, first) == 0
    assert ringed(results, focused_link_box(results))


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_a_theme_change_keeps_the_focused_result(
    window: MainWindow, qtbot: QtBot, press: Press, click: Click
) -> None:
    type_a_search(window, qtbot, "a")
    results = window.search_view.results
    focus_results(window, qtbot)
    press(K.Key_Tab)
    press(K.Key_Tab)
    second = window.search_view.hits[1].title
    assert results.textCursor().selectedText() == second
    choose_in_reading_settings(qtbot, click, window, "Dark")
    assert window.theming.choice == "dark"
    # Before: the results were written again and the keyboard went back to the top.
    assert results.hasFocus()
    assert results.textCursor().selectedText() == second
    press(K.Key_Return)
    assert window.location == f"article:{window.search_view.hits[1].article_id}"


def shows_all_of(label: QLabel) -> bool:
    """Whether the label's whole text fits inside it, wrapped as the label wraps it."""
    area = label.contentsRect()
    flags = Qt.TextFlag.TextWordWrap if label.wordWrap() else Qt.TextFlag(0)
    tall = QRect(area.left(), area.top(), area.width(), 100_000)
    needed = label.fontMetrics().boundingRect(tall, flags, label.text())
    return needed.width() <= area.width() and needed.height() <= area.height()


@pytest.fixture
def bundled(make_window: MakeWindow, bundled_context: AppContext) -> MainWindow:
    """A window over the bundled articles, its start-up work done."""
    shown = make_window(bundled_context)
    shown.finish_start()
    return shown


@pytest.mark.parametrize("zoom", [100, 150, 200])
@pytest.mark.parametrize("width", [860, 1280])
@pytest.mark.parametrize("query", ["quarterly invoice from accountant", "x" * 70])
def test_nothing_matched_wraps_at_every_width_and_text_size(
    bundled: MainWindow, qtbot: QtBot, width: int, zoom: int, query: str
) -> None:
    bundled.resize(width, 800)
    bundled.theming.set_zoom(zoom)
    qtbot.waitUntil(lambda: bundled.width() == width)
    type_a_search(bundled, qtbot, query)
    status = bundled.search_view.status
    assert status.text().startswith("Nothing matched")
    assert "F1" in status.text()
    # Before: one line, cut off on the right ("...Try a shorter or different word. If y").
    # Both at once: while the page is still being laid out, the label can briefly be wider
    # than the window and show all of its text on fewer lines.
    qtbot.waitUntil(
        lambda: (
            shows_all_of(status)
            and status.mapTo(bundled, status.rect().topRight()).x() < bundled.width()
        )
    )

"""The keyboard shortcuts table: keys level with their words, and the words get the width.

At 200% text in a narrow window the keys took two thirds of the width and each description
wrapped one word to a line; at 100% the bold, larger keys stood 3 pixels below their words.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.info_pages import ShortcutsView
from reader.ui.main_window import MainWindow
from tests.ui.layout_tools import settle_layout
from tests.ui.window_helpers import sized

MOST_KEY_SHARE = 0.4  # of the table's width, for the keys' column


def shortcuts_at(window: MainWindow, qtbot: QtBot, width: int, zoom: int) -> ShortcutsView:
    """The shortcuts screen in a window this wide (1: the narrowest allowed) at a text size."""
    sized(window, qtbot, width, zoom)
    assert window.open_screen("shortcuts")
    page = window.screens["shortcuts"]
    assert isinstance(page, ShortcutsView)
    qtbot.waitUntil(lambda: page.findChildren(QLabel)[-1].width() > 0)
    settle_layout()
    return page


def pairs(page: ShortcutsView) -> list[tuple[QLabel, QLabel]]:
    """Each shortcut's key label and description label, found by their words."""
    labels = {label.text(): label for label in page.findChildren(QLabel)}
    return [(labels[keys], labels[action]) for keys, action in page.rows]


def table_of(page: ShortcutsView) -> QWidget:
    """The widget that holds the keys and their words."""
    table = pairs(page)[0][0].parentWidget()
    assert table is not None
    return table


def baseline(label: QLabel) -> int:
    """Where the label's first line of text stands, in its window's coordinates."""
    top = label.contentsRect().top() + label.fontMetrics().ascent()
    return label.mapTo(label.window(), QPoint(0, top)).y()


def one_line(label: QLabel) -> bool:
    """Whether the label's text takes a single line."""
    return label.height() < 1.5 * label.fontMetrics().lineSpacing()


def test_keys_stand_on_the_baseline_of_their_words(window: MainWindow, qtbot: QtBot) -> None:
    page = shortcuts_at(window, qtbot, 1100, 100)
    for keys, action in pairs(page):
        assert keys.font().pointSizeF() == action.font().pointSizeF()
        assert keys.font().weight() > QFont.Weight.Normal  # bold is what sets them apart
        assert abs(baseline(keys) - baseline(action)) <= 1, keys.text()


def test_a_wide_table_keeps_keys_beside_their_words(window: MainWindow, qtbot: QtBot) -> None:
    page = shortcuts_at(window, qtbot, 1100, 100)
    table = table_of(page)
    for keys, action in pairs(page):
        assert keys.width() <= MOST_KEY_SHARE * table.width() + 1
        assert action.x() >= keys.x() + keys.width()
        assert action.width() > keys.width()


def test_at_200_percent_in_a_narrow_window_the_words_get_the_width(
    window: MainWindow, qtbot: QtBot
) -> None:
    page = shortcuts_at(window, qtbot, 1, 200)
    table = table_of(page)
    words = {action.text(): action for _, action in pairs(page)}
    for name in ("Get help now", "Leave quickly", "Scroll the page", "Default text size"):
        assert one_line(words[name]), name  # one word to a line before
    for keys, action in pairs(page):
        assert action.width() >= keys.width(), action.text()
        assert action.width() >= table.width() // 2, action.text()


def test_a_narrow_table_puts_each_key_above_its_words(window: MainWindow, qtbot: QtBot) -> None:
    page = shortcuts_at(window, qtbot, 1, 200)
    for keys, action in pairs(page):
        assert action.x() == keys.x()
        assert action.y() >= keys.y() + keys.height()
    # Wider again, side by side again.
    sized(window, qtbot, 1280, 100)
    settle_layout()
    for keys, action in pairs(page):
        assert action.x() > keys.x() + keys.width()
        assert action.y() == keys.y()


def test_long_key_lists_wrap_within_their_column(window: MainWindow, qtbot: QtBot) -> None:
    page = shortcuts_at(window, qtbot, 1, 100)
    table = table_of(page)
    wrapped = [keys for keys, _ in pairs(page) if not one_line(keys)]
    assert wrapped  # "Up or Down or PgUp or PgDown" takes two lines rather than the width
    for keys in wrapped:
        assert keys.width() <= MOST_KEY_SHARE * table.width() + 1

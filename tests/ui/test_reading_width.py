"""The reading column holds about as many words a line at every text size."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from reader.ui.widgets import GUTTER, Page


def text_width(page: QWidget) -> int:
    """The widest the page's column of text may grow."""
    assert isinstance(page, Page)
    return page.column.maximumWidth() - 2 * GUTTER


def test_the_column_grows_with_the_text_size_on_every_screen(window: MainWindow) -> None:
    window.open_help()
    assert text_width(window.home) == text_width(window.screens["help"]) == 760
    window.theming.set_zoom(200)
    window.open_screen("privacy")  # made after the change
    for name in ("home", "help", "privacy"):
        assert text_width(window.screens[name]) == 1520, name
    window.theming.set_zoom(100)
    assert text_width(window.screens["privacy"]) == 760


def test_articles_keep_easier_readings_shorter_lines_at_every_size(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.theming.set_easier_reading(True)
    window.theming.set_zoom(150)
    assert window.open_article(next(iter(window.context.library.articles)))
    assert text_width(window.article_view) == 900
    assert text_width(window.home) == 1140


def test_at_200_percent_a_wide_window_gives_the_text_its_room(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.resize(1366, 768)
    window.theming.set_zoom(200)
    qtbot.waitUntil(lambda: window.home.column.width() > 1100)

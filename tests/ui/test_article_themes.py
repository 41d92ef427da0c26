"""Themes: the article, help and search are recoloured in each theme's own colours."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.themes import THEMES
from reader.ui.main_window import MainWindow
from tests.ui.window_helpers import open_article

# --- themes ------------------------------------------------------------------------------


def char_colour(document: QTextDocument, text: str) -> str:
    """The colour a piece of text's character format asks for."""
    cursor = document.find(text)
    assert not cursor.isNull(), text
    cursor.setPosition(cursor.selectionStart() + 1, QTextCursor.MoveMode.MoveAnchor)
    return cursor.charFormat().foreground().color().name()


def drawn_colours(widget: QWidget) -> Counter[str]:
    """How often each colour appears when the widget is painted."""
    image = widget.grab().toImage()
    return Counter(
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, min(image.height(), 600), 2)
    )


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_theme_switching_changes_the_article_colours(
    window: MainWindow, qtbot: QtBot, name: str
) -> None:
    theme = THEMES[name]
    open_article(window, qtbot, "calm-start")
    window.theming.set_theme(name)
    css = window.theming.article_css()
    for colour in (theme.text, theme.background, theme.link):
        assert colour in css
    body = window.article_view.body_view
    assert theme.text in body.document().defaultStyleSheet()
    assert char_colour(body.document(), "Get help now") == theme.link
    drawn = drawn_colours(body)
    assert drawn.most_common(1)[0][0] == theme.background
    assert drawn[theme.text] > 0  # glyphs are painted in the theme's text colour


def test_themes_differ_from_one_another(window: MainWindow, qtbot: QtBot) -> None:
    open_article(window, qtbot, "calm-start")
    seen = set()
    for name in ("light", "dark", "high-contrast"):
        window.theming.set_theme(name)
        body = window.article_view.body_view
        drawn = drawn_colours(body)
        seen.add((body.document().defaultStyleSheet(), drawn.most_common(1)[0][0]))
    assert len(seen) == 3


@pytest.mark.parametrize("name", ["dark", "high-contrast"])
def test_theme_switch_also_recolours_help_and_search(window: MainWindow, name: str) -> None:
    window.open_help()
    window.search("calm")
    window.theming.set_theme(name)
    theme = THEMES[name]
    help_document = window.screens["help"].view.document()  # type: ignore[attr-defined]
    assert theme.text in help_document.defaultStyleSheet()
    results = window.search_view.results
    assert theme.text in results.document().defaultStyleSheet()
    # The result titles are links: they must be drawn in this theme's link colour.
    assert char_colour(results.document(), "A calm start") == theme.link

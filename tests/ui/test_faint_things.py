"""Hints in empty boxes can be read, and boxes stay visible in high contrast."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFrame

from reader.themes import THEMES, contrast_ratio
from reader.ui.main_window import MainWindow
from tests.ui.pixels import colours_in


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_the_search_box_hint_reads_at_4_5_to_1(window: MainWindow, theme: str) -> None:
    """It was the palette's pale grey, 3.2:1 on white: the style sheet's colour won."""
    window.theming.set_theme(theme)
    colours = THEMES[theme]
    box = window.search_box
    assert box.text() == ""
    best = max(contrast_ratio(c, colours.surface) for c in colours_in(box.grab().toImage(), step=2))
    assert best >= 4.5


def test_in_high_contrast_the_content_note_box_has_an_outline(
    started_window: MainWindow,
) -> None:
    """Its shade is the page's own black there: without a border it vanished."""
    window = started_window
    window.theming.set_theme("high-contrast")
    window.open_article("in-crisis-right-now")
    boxes = [f for f in window.article_view.findChildren(QFrame, "callout") if f.isVisible()]
    assert boxes
    image = boxes[0].grab().toImage()
    middle = image.height() // 2
    edge = {image.pixelColor(x, middle).name() for x in range(3)}
    assert THEMES["high-contrast"].border in edge


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_article_cards_are_outlined_at_3_to_1(started_window: MainWindow, theme: str) -> None:
    """The home page's cards are its main buttons; their outline was 1.4:1 in light."""
    window = started_window
    window.theming.set_theme(theme)
    colours = THEMES[theme]
    cards = [c for c in window.home.findChildren(QFrame, "card") if c.isVisible()]
    assert cards
    image = cards[0].grab().toImage()
    middle = image.height() // 2
    edge = {image.pixelColor(x, middle).name() for x in range(2)}
    assert max(contrast_ratio(c, colours.background) for c in edge) >= 3.0

"""A home card draws its own title and lines: whole at every width and text size, in the
theme's colours, and it still acts like a button."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics, QImage
from pytestqt.qtbot import QtBot

from reader.themes import DARK, LIGHT
from reader.ui.card import MARGINS, SPACING, Card
from reader.ui.main_window import MainWindow
from tests.ui.layout_tools import cut_short, settle_layout
from tests.ui.pixels import as_seen, colour_share
from tests.ui.window_helpers import sized

TITLE = "Understanding self-harm"
SUMMARY = "What self-harm is and is not, some common myths, and why you deserve care."


def a_card(qtbot: QtBot, width: int = 360) -> Card:
    card = Card(TITLE, [SUMMARY, "5 min read"])
    qtbot.addWidget(card)
    card.resize(width, card.heightForWidth(width))
    card.show()
    qtbot.waitExposed(card)
    return card


def test_the_card_shows_its_words_and_says_them_to_a_screen_reader(qtbot: QtBot) -> None:
    card = a_card(qtbot)
    assert card.texts() == [TITLE, SUMMARY, "5 min read"]
    assert card.accessibleName() == TITLE
    assert card.accessibleDescription() == f"{SUMMARY} 5 min read"
    image = card.grab().toImage()
    # Ink in the title's band and in the lines' band, on an otherwise plain card.
    title_band = image.copy(0, 0, image.width(), MARGINS[1] + card.fontMetrics().height())
    lines_band = image.copy(0, image.height() // 2, image.width(), image.height() // 2)
    for band in (title_band, lines_band):
        assert colour_share(band, "#000000", tolerance=300) > 0.01


def test_narrower_is_taller_and_never_narrower_than_the_longest_word(qtbot: QtBot) -> None:
    card = a_card(qtbot)
    wide, narrow = card.heightForWidth(600), card.heightForWidth(200)
    assert narrow > wide
    longest = max(QFontMetrics(card.font()).horizontalAdvance(w) for w in SUMMARY.split())
    title_font = QFontMetrics(card.title_font())
    longest = max(longest, *(title_font.horizontalAdvance(w) for w in TITLE.split()))
    assert card.minimumSizeHint().width() >= longest + MARGINS[0] + MARGINS[2]


def test_the_height_follows_the_text_size_and_comes_back_with_it(qtbot: QtBot) -> None:
    card = a_card(qtbot)
    before = card.heightForWidth(300)
    font = card.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    card.setFont(font)
    larger = card.heightForWidth(300)
    assert larger > before
    font.setPointSizeF(font.pointSizeF() / 2)
    card.setFont(font)
    assert card.heightForWidth(300) == before  # measured for that font before, and still right


def test_every_line_fits_inside_the_card_at_its_height(qtbot: QtBot) -> None:
    card = a_card(qtbot, width=220)
    inner = card.width() - MARGINS[0] - MARGINS[2] - 2 * card.frameWidth()
    area = QRect(0, 0, inner, 10_000)
    wrap = Qt.TextFlag.TextWordWrap
    blocks = [(card.title_font(), TITLE), (card.font(), SUMMARY), (card.font(), "5 min read")]
    heights = [QFontMetrics(font).boundingRect(area, wrap, text).height() for font, text in blocks]
    needed = sum(heights) + SPACING * (len(heights) - 1) + MARGINS[1] + MARGINS[3]
    assert card.height() >= needed
    # And the words are drawn inside it: the last ink is above the bottom margin.
    image = card.grab().toImage()
    inked = [y for y in range(image.height()) if _has_ink(image, y)]
    assert inked
    assert inked[-1] < card.height() - MARGINS[3]


def _has_ink(image: QImage, y: int) -> bool:
    # Skip the rounded border at either side; text is dark on a light card.
    return any(
        image.pixelColor(x, y).lightness() < 120
        for x in range(MARGINS[0], image.width() - MARGINS[2])
    )


def test_right_to_left_words_start_at_the_right_edge(qtbot: QtBot) -> None:
    """An Arabic title in an English window is set against the right, as a label sets it."""
    card = Card("الشعور بالوحدة", ["English line"])
    qtbot.addWidget(card)
    card.resize(500, card.heightForWidth(500))
    card.show()
    qtbot.waitExposed(card)
    image = card.grab().toImage()
    title_rows = range(MARGINS[1], MARGINS[1] + QFontMetrics(card.title_font()).height())
    inked_x = [
        x
        for y in title_rows
        for x in range(MARGINS[0], image.width() - MARGINS[2])
        if image.pixelColor(x, y).lightness() < 120
    ]
    assert inked_x
    assert min(inked_x) > image.width() // 2


def test_measurements_kept_are_bounded(qtbot: QtBot) -> None:
    """A window resized all day, or every text size tried, must not grow memory without end."""
    card = a_card(qtbot)
    font = card.font()
    for size in range(8, 40):
        font.setPointSize(size)
        card.setFont(font)
        for width in range(100, 1100, 5):
            card.heightForWidth(width)
    kept = card.measured_sizes()
    assert kept.fonts <= 3
    assert kept.widths <= 3 * 64


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_the_lines_are_drawn_in_the_theme_s_muted_colour(
    started_window: MainWindow, qtbot: QtBot, theme: object
) -> None:
    window = started_window
    window.theming.set_theme(theme.name)  # type: ignore[attr-defined]
    card = next(c for c in window.home.findChildren(Card) if c.isVisible())
    assert card.mutedColor.name() == theme.muted  # type: ignore[attr-defined]
    settle_layout()
    image = as_seen(card)
    lines_band = image.copy(0, image.height() // 2, image.width(), image.height() // 2)
    assert colour_share(lines_band, theme.muted, tolerance=30) > 0.002  # type: ignore[attr-defined]


@pytest.mark.parametrize("zoom", [80, 200])
def test_home_cards_are_whole_at_every_text_size(
    started_window: MainWindow, qtbot: QtBot, zoom: int
) -> None:
    window = sized(started_window, qtbot, 700, zoom)
    qtbot.waitUntil(lambda: window.home.complete)
    settle_layout()
    assert cut_short(window.home) == []


def test_enter_space_and_a_click_open_it(qtbot: QtBot) -> None:
    card = a_card(qtbot)
    opened: list[str] = []
    card.activated.connect(lambda: opened.append("opened"))
    qtbot.keyClick(card, Qt.Key.Key_Return)
    qtbot.keyClick(card, Qt.Key.Key_Space)
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card, Qt.MouseButton.RightButton)  # not a way to open it
    assert opened == ["opened"] * 3

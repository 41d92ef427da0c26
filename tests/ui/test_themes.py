"""Themes on screen: contrast as drawn, following the desktop, zoom and easier reading."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from reader.themes import BODY_TEXT, DARK, HIGH_CONTRAST, LIGHT, THEMES, contrast_ratio
from reader.ui.main_window import MainWindow
from reader.ui.theming import ThemeController
from tests.ui.theme_tools import (
    THEME_NAMES,
    started_bundled_window_fixture,  # noqa: F401 - a fixture
)


def css_rule(css: str, selector: str) -> dict[str, str]:
    """The declarations of the first rule for exactly this selector, in a style sheet."""
    match = re.search(r"(?:^|[}\s])" + re.escape(selector) + r"\s*\{([^}]*)\}", css)
    assert match, f"no rule for {selector}"
    pairs = (d.split(":", 1) for d in match.group(1).split(";") if ":" in d)
    return {key.strip(): value.strip() for key, value in pairs}


def hex_of(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb)


def strongest_contrast(image: QImage, background: str) -> float:
    """The highest contrast of any pixel against the background: the text as drawn."""
    best = 1.0
    for y in range(0, image.height(), 2):
        for x in range(image.width()):
            best = max(best, contrast_ratio(hex_of(image.pixelColor(x, y)), background))
    return best


# --- contrast, computed from what the window really uses ---------------------------------


@pytest.mark.parametrize("name", THEME_NAMES)
def test_body_text_contrast_in_palette_style_sheet_and_article_css(
    bundled_window: MainWindow, name: str
) -> None:
    window = bundled_window
    window.theming.set_theme(name)
    palette = window.palette()
    pairs = [
        (palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)),
        (palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)),
    ]
    for text, ground in pairs:
        assert contrast_ratio(hex_of(text), hex_of(ground)) >= BODY_TEXT
    sheet = css_rule(window.styleSheet(), "QWidget")
    assert contrast_ratio(sheet["color"], sheet["background"]) >= BODY_TEXT
    muted = css_rule(window.styleSheet(), "QLabel#muted")["color"]
    assert contrast_ratio(muted, sheet["background"]) >= BODY_TEXT
    body = css_rule(window.theming.article_css(), "body")
    assert contrast_ratio(body["color"], body["background"]) >= BODY_TEXT
    link = css_rule(window.theming.article_css(), "a")["color"]
    assert contrast_ratio(link, body["background"]) >= BODY_TEXT


@pytest.mark.parametrize("name", THEME_NAMES)
def test_article_text_as_drawn_reaches_seven_to_one(
    bundled_window: MainWindow, qtbot: QtBot, name: str
) -> None:
    window = bundled_window
    window.theming.set_theme(name)
    window.open_article("understanding-self-harm")
    body = window.article_view.body_view
    qtbot.waitUntil(body.isVisible)
    theme = THEMES[name]
    text = hex_of(body.palette().color(QPalette.ColorRole.Text))
    ground = hex_of(body.palette().color(QPalette.ColorRole.Base))
    assert (text, ground) == (theme.text, theme.background)
    # The first lines of the article as painted: some glyph pixels reach the full text colour.
    image = body.grab().toImage().copy(0, 0, body.width(), 60)
    assert hex_of(image.pixelColor(0, 0)) == theme.background
    assert strongest_contrast(image, theme.background) >= BODY_TEXT


@pytest.mark.parametrize("name", THEME_NAMES)
def test_theme_reaches_article_help_and_search(bundled_window: MainWindow, name: str) -> None:
    window = bundled_window
    window.open_help()
    window.search("help")
    window.open_article("understanding-self-harm")
    window.theming.set_theme(name)
    theme = THEMES[name]
    help_text = window.screens["help"].findChild(QTextBrowser, "helpText")
    assert help_text is not None
    for sheet in (
        window.article_view.body_view.document().defaultStyleSheet(),
        help_text.document().defaultStyleSheet(),
        window.search_view.results.document().defaultStyleSheet(),
    ):
        assert css_rule(sheet, "body")["color"] == theme.text
        assert css_rule(sheet, "a")["color"] == theme.link


class DesktopHints(QObject):
    """Stands in for the desktop's style hints: a colour scheme and a contrast preference."""

    colorSchemeChanged = Signal(object)  # noqa: N815 - Qt's name
    contrastPreferenceChanged = Signal(object)  # noqa: N815 - Qt's name

    def __init__(self) -> None:
        super().__init__()
        self.scheme = Qt.ColorScheme.Light
        self.contrast = Qt.ContrastPreference.NoPreference

    def colorScheme(self) -> Qt.ColorScheme:  # noqa: N802 - Qt's name
        return self.scheme

    def accessibility(self) -> DesktopHints:
        return self

    def contrastPreference(self) -> Qt.ContrastPreference:  # noqa: N802 - Qt's name
        return self.contrast

    def change_scheme(self, scheme: Qt.ColorScheme) -> None:
        """The desktop switches to light or dark, and says so."""
        self.scheme = scheme
        self.colorSchemeChanged.emit(scheme)

    def change_contrast(self, contrast: Qt.ContrastPreference) -> None:
        """The desktop asks for more contrast (or no longer does), and says so."""
        self.contrast = contrast
        self.contrastPreferenceChanged.emit(contrast)


def test_follow_the_system_light_dark_and_high_contrast(bundled_window: MainWindow) -> None:
    hints = DesktopHints()
    theming = ThemeController(bundled_window, bundled_window.context, hints)
    assert theming.choice == "system"  # the default
    assert theming.theme is LIGHT
    hints.change_scheme(Qt.ColorScheme.Dark)
    assert theming.theme is DARK
    assert css_rule(bundled_window.styleSheet(), "QWidget")["background"] == DARK.background
    hints.change_contrast(Qt.ContrastPreference.HighContrast)
    assert theming.theme is HIGH_CONTRAST
    assert css_rule(bundled_window.styleSheet(), "QWidget")["background"] == (
        HIGH_CONTRAST.background
    )
    theming.set_theme("light")  # a choice made in the menu wins over the system
    hints.change_scheme(Qt.ColorScheme.Dark)
    assert theming.theme is LIGHT
    assert css_rule(bundled_window.styleSheet(), "QWidget")["background"] == LIGHT.background


# --- text size and easier reading ---------------------------------------------------------


@pytest.mark.parametrize("zoom", [80, 200])
def test_articles_fit_1280_pixels_without_sideways_scrolling(
    bundled_window: MainWindow, qtbot: QtBot, zoom: int
) -> None:
    window = bundled_window
    window.theming.set_zoom(zoom)
    view = window.article_view
    for article in window.context.library.in_order():
        window.open_article(article.id)
        body = view.body_view

        def laid_out(b: QWidget = body) -> bool:
            # Its text as wide as the column's (its border and padding hang out either side).
            return b.isVisible() and b.contentsRect().width() == view.body.contentsRect().width()

        qtbot.waitUntil(laid_out)
        content = view.widget()
        assert content is not None
        assert content.width() <= view.viewport().width()
        assert content.minimumSizeHint().width() <= view.viewport().width(), article.id
        document = view.body_view.document()
        assert document.idealWidth() <= view.body_view.viewport().width() + 1, article.id
        for child in view.column.findChildren(QWidget):
            if child.isVisible():
                right = child.mapTo(view.viewport(), child.rect().topRight()).x()
                assert right <= view.viewport().width(), (article.id, child)
        font = view.body_view.document().defaultFont().pointSizeF()
        assert font == pytest.approx(12.0 * zoom / 100)


def test_easier_reading_really_changes_the_article(
    bundled_window: MainWindow, qtbot: QtBot
) -> None:
    window = bundled_window
    window.open_article("understanding-self-harm")

    def first_paragraph() -> tuple[float, float, Qt.AlignmentFlag, float]:
        body = window.article_view.body_view
        block = body.document().begin()
        while block.blockFormat().headingLevel() or not block.text().strip():
            block = block.next()
        fragment = block.begin().fragment().charFormat()
        spacing = fragment.fontWordSpacing()
        return block.blockFormat().lineHeight(), spacing, block.blockFormat().alignment(), 0.0

    normal_height, normal_spacing, alignment, _ = first_paragraph()
    normal_width = window.article_view.column.maximumWidth()
    assert not alignment & Qt.AlignmentFlag.AlignJustify
    window.theming.set_easier_reading(True)
    easy_height, easy_spacing, easy_alignment, _ = first_paragraph()
    assert easy_height > normal_height  # more space between lines
    assert easy_spacing > normal_spacing  # and between words
    assert not easy_alignment & Qt.AlignmentFlag.AlignJustify
    assert window.article_view.column.maximumWidth() < normal_width  # shorter lines
    # Lines no wider than 600 pixels: the text's width, inside the body's border and padding.
    qtbot.waitUntil(lambda: 0 < window.article_view.body_view.contentsRect().width() <= 600)
    window.theming.restore_defaults()  # a kiosk reset; closing Lantern forgets it anyway
    assert window.theming.easier_reading is False
    assert first_paragraph()[0] == normal_height

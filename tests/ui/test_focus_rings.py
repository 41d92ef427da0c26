"""Focus on a filled button (Get help now, primary buttons) is a clear change in every theme.

A ring in the focus colour alone hardly changes a filled button: blue on dark red is 1.3:1.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.themes import THEMES, contrast_ratio
from reader.ui.main_window import MainWindow
from tests.ui.a11y_screens import bundled_window_fixture  # noqa: F401 - a fixture


def ring_colours(image: QImage, depth: int) -> list[str]:
    """Colours along the middle of the top and bottom edges, `depth` pixels in."""
    middle = range(image.width() // 4, 3 * image.width() // 4)
    rows = (depth, image.height() - 1 - depth)
    return [image.pixelColor(x, y).name() for y in rows for x in middle]


def as_seen(button: QWidget) -> QImage:
    """The button as drawn in its window, with what is behind it (a grab of it alone is not)."""
    window = button.window()
    area = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
    return window.grab(area).toImage()


def focus_change(qtbot: QtBot, button: QWidget, depth: int) -> float:
    """The least contrast between a ring pixel before and after the button takes focus."""
    button.clearFocus()
    before = ring_colours(as_seen(button), depth)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    after = ring_colours(as_seen(button), depth)
    return min(contrast_ratio(a, b) for a, b in zip(before, after, strict=True))


@pytest.mark.parametrize("name", sorted(THEMES))
def test_get_help_now_shows_focus_with_the_page_colour_inside_its_ring(
    bundled_window: MainWindow, qtbot: QtBot, name: str
) -> None:
    bundled_window.theming.set_theme(name)
    theme = THEMES[name]
    button = bundled_window.help_button
    assert focus_change(qtbot, button, depth=0) > 1.0  # the outer ring changes...
    outer = ring_colours(as_seen(button), depth=0)
    assert {QColor(c).name() for c in outer} == {QColor(theme.focus).name()}  # ...to focus
    # Between the rings what is behind the button shows where its fill was: at least 3:1.
    assert focus_change(qtbot, button, depth=2) >= 3.0
    inner = ring_colours(as_seen(button), depth=2)
    assert {QColor(c).name() for c in inner} == {QColor(theme.background).name()}

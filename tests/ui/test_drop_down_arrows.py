"""Drop-down lists show an arrow in the theme's text colour, and open as a plain list below."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from reader.themes import THEMES
from reader.ui.main_window import MainWindow
from tests.ui.pixels import colours_in
from tests.ui.reading_tools import POPUP_NOISE


def _near(colour: QColor, target: QColor) -> bool:
    return (
        abs(colour.red() - target.red())
        + abs(colour.green() - target.green())
        + abs(colour.blue() - target.blue())
        < 60
    )


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_the_region_list_has_a_visible_arrow(window: MainWindow, name: str) -> None:
    window.finish_start()
    window.theming.set_theme(name)
    window.open_help()
    box = window.screens["help"].region_box  # type: ignore[attr-defined]
    image = box.grab().toImage()
    text = QColor(THEMES[name].text)
    arrow_area = [
        image.pixelColor(x, y)
        for x in range(image.width() - 28, image.width() - 4)
        for y in range(4, image.height() - 4)
    ]
    # Enough pixels in the text colour to be an arrow, not a stray anti-aliased edge.
    assert sum(_near(colour, text) for colour in arrow_area) >= 12


def _opened_region_list(window: MainWindow, qtbot: QtBot, theme: str = "light") -> Any:
    window.finish_start()
    window.theming.set_theme(theme)
    window.open_help()
    box = window.screens["help"].region_box  # type: ignore[attr-defined]
    qtbot.waitUntil(box.isVisible)
    box.showPopup()
    qtbot.waitUntil(box.view().isVisible)
    return box


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_the_region_list_drops_below_its_box_with_every_region_in_view(
    window: MainWindow, qtbot: QtBot
) -> None:
    """The style sheet's popup opened over the box, the chosen region on top of it: with a
    mouse, Australia (first) was hidden behind a scroll arrow, an empty row below the list."""
    box = _opened_region_list(window, qtbot)
    view = box.view()
    popup = view.window().geometry()
    assert popup.top() >= box.mapToGlobal(box.rect().bottomLeft()).y()
    shown = view.viewport().rect()
    rows = [view.visualRect(box.model().index(row, 0)) for row in range(box.count())]
    assert [box.itemText(r) for r, item in enumerate(rows) if item.top() < shown.top()] == []
    assert [box.itemText(r) for r, item in enumerate(rows) if item.bottom() > shown.bottom()] == []
    box.hidePopup()


@pytest.mark.qt_log_ignore(POPUP_NOISE)
@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_the_open_region_list_has_a_plain_outline_not_a_focus_ring(
    window: MainWindow, qtbot: QtBot, name: str
) -> None:
    """The list takes the focus as it opens: a focus ring inside the popup's own frame."""
    box = _opened_region_list(window, qtbot, name)
    view = box.view()
    image = view.grab().toImage()
    left_edge = colours_in(image, QRect(0, 4, 1, image.height() - 8))
    assert THEMES[name].focus not in left_edge
    assert THEMES[name].control_border in left_edge
    box.hidePopup()

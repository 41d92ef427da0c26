"""Drop-down lists show an arrow in the theme's text colour, in every theme."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from reader.themes import THEMES
from reader.ui.main_window import MainWindow


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

"""The breathing guide's ring stands out from the page in every theme (3:1, WCAG 1.4.11)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from reader.themes import THEMES, contrast_ratio
from reader.ui.exercises.breathing_circle import BreathingCircle


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_the_full_breath_ring_has_3_to_1_contrast(qtbot: QtBot, theme: str) -> None:
    colours = THEMES[theme]
    circle = BreathingCircle()
    qtbot.addWidget(circle)
    palette = circle.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colours.background))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(colours.accent))
    circle.setPalette(palette)
    circle.setAutoFillBackground(True)
    circle.resize(300, 300)
    image = circle.grab().toImage()
    centre_x, centre_y = 150, 150
    largest = 150 - 6
    # Along the radius to the right, past the breath's disc: the strongest pixel is the ring.
    ring = [
        image.pixelColor(x, centre_y).name()
        for x in range(centre_x + largest - 3, centre_x + largest + 4)
    ]
    best = max(contrast_ratio(colour, colours.background) for colour in ring)
    assert best >= 3.0, (theme, ring)

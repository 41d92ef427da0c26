"""Reading colours off widgets as they are drawn, for tests of how things look."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget


def as_seen(widget: QWidget) -> QImage:
    """The widget as drawn in its window, with what is behind it."""
    window = widget.window()
    return window.grab(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())).toImage()


def colours_in(image: QImage, area: QRect | None = None, step: int = 1) -> set[str]:
    """Every colour in part of an image (all of it by default), every step-th pixel."""
    area = image.rect() if area is None else area
    return {
        image.pixelColor(x, y).name()
        for x in range(area.left(), area.right() + 1, step)
        for y in range(area.top(), area.bottom() + 1, step)
    }


def colour_share(image: QImage, colour: str, tolerance: int = 40) -> float:
    """The share of pixels within tolerance of a colour."""
    target = QColor(colour)
    hits = 0
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            distance = (
                abs(pixel.red() - target.red())
                + abs(pixel.green() - target.green())
                + abs(pixel.blue() - target.blue())
            )
            hits += distance <= tolerance
    return hits / (image.width() * image.height())

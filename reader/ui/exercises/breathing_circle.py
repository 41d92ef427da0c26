"""The breathing circle: a soft disc that grows with the in-breath and shrinks with the out."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QRadialGradient
from PySide6.QtWidgets import QSizePolicy, QWidget

SMALLEST = 0.3  # the circle's radius at empty lungs, as a share of the largest


class BreathingCircle(QWidget):
    """Draws the breath as a soft circle; fullness 0 is smallest, 1 is largest."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("breathingCircle")
        self.setMinimumSize(240, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.fullness = 0.0

    def set_fullness(self, value: float) -> None:
        """Redraw only when the size really changes."""
        if abs(value - self.fullness) > 1e-4:
            self.fullness = value
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """A thin ring for a full breath and a filled circle for the breath now."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        centre = QPointF(self.width() / 2, self.height() / 2)
        largest = min(self.width(), self.height()) / 2 - 6
        accent = self.palette().highlight().color()
        # Opaque: the ring shows how full a breath is, so it needs 3:1 against the page, which
        # the themes check for the accent. A see-through one was 2.9:1 in high contrast.
        painter.setPen(QPen(accent, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, largest, largest)
        radius = largest * (SMALLEST + (1 - SMALLEST) * self.fullness)
        gradient = QRadialGradient(centre, radius)
        inner, outer = QColor(accent), QColor(accent)
        inner.setAlpha(110)
        outer.setAlpha(200)
        gradient.setColorAt(0.0, inner)
        gradient.setColorAt(1.0, outer)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(gradient)
        painter.drawEllipse(centre, radius, radius)
        painter.end()

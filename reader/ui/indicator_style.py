"""Check boxes and radio buttons drawn clearly in every theme, at every text size."""

from __future__ import annotations

import atexit

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

_CHECK = QStyle.PrimitiveElement.PE_IndicatorCheckBox
_RADIO = QStyle.PrimitiveElement.PE_IndicatorRadioButton
_ARROW_DOWN = QStyle.PrimitiveElement.PE_IndicatorArrowDown
_SIZES = {
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
}


def install_indicator_style(app: QApplication) -> None:
    """Use IndicatorStyle for the whole application (once), until the interpreter exits."""
    if isinstance(app.style(), IndicatorStyle):
        return
    platform = app.style().name()
    app.setStyle(IndicatorStyle())
    # Python must not be asked to draw while it shuts down: hand drawing back to Qt first.
    atexit.register(lambda: _restore(platform))


def _restore(platform: str) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication) and isinstance(app.style(), IndicatorStyle):
        app.setStyle(QStyleFactory.create(platform))


class IndicatorStyle(QProxyStyle):
    """The platform style, except for indicators: a text-coloured outline, an accent fill.

    The platform's own indicators take their outline from the window colour, which all but
    vanishes on a dark or black background; these use the text colour (at least 7:1 in every
    theme) and grow with the text size.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("lanternIndicatorStyle")

    def pixelMetric(  # noqa: N802 - Qt override
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        """Indicators as tall as a line of the widget's text (so they follow the zoom)."""
        if metric in _SIZES and widget is not None:
            return max(14, round(widget.fontMetrics().height() * 0.85))
        return super().pixelMetric(metric, option, widget)

    def drawPrimitive(  # noqa: N802 - Qt override
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Draw check boxes and radio buttons ourselves; everything else as the platform does."""
        if element == _CHECK:
            draw_check_box(option, painter)
        elif element == _RADIO:
            draw_radio(option, painter)
        elif element == _ARROW_DOWN:
            draw_arrow_down(option, painter)
        else:
            super().drawPrimitive(element, option, painter, widget)


def _colours(option: QStyleOption) -> tuple[QColor, QColor, QColor, QColor]:
    """Outline, empty fill, checked fill and mark colours for this option's state."""
    palette = option.palette
    enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
    group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
    outline = palette.color(group, QPalette.ColorRole.Text)
    fill = palette.color(group, QPalette.ColorRole.Base)
    checked = palette.color(group, QPalette.ColorRole.Highlight)
    mark = palette.color(group, QPalette.ColorRole.HighlightedText)
    if not enabled:
        outline.setAlphaF(0.5)
    return outline, fill, checked, mark


def _square(option: QStyleOption) -> QRectF:
    rect = QRectF(option.rect)
    side = min(rect.width(), rect.height())
    square = QRectF(0, 0, side, side)
    square.moveCenter(rect.center())
    return square


def _outlined_area(option: QStyleOption) -> tuple[float, QRectF]:
    """The outline's pen width and the square inside it, so the outline is drawn whole."""
    box = _square(option)
    pen_width = max(2.0, box.width() / 9)
    return pen_width, box.adjusted(pen_width / 2, pen_width / 2, -pen_width / 2, -pen_width / 2)


def draw_check_box(option: QStyleOption, painter: QPainter) -> None:
    """A rounded box; checked: filled with the accent and ticked in the accent's text colour."""
    on = bool(option.state & QStyle.StateFlag.State_On)
    partly = bool(option.state & QStyle.StateFlag.State_NoChange)
    outline, fill, checked, mark = _colours(option)
    pen_width, inner = _outlined_area(option)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(checked if on or partly else outline, pen_width))
    painter.setBrush(checked if on or partly else fill)
    corner = (inner.width() + pen_width) / 6  # a sixth of the whole square, as before
    painter.drawRoundedRect(inner, corner, corner)
    painter.setPen(QPen(mark, pen_width * 1.2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    w, x, y = inner.width(), inner.left(), inner.top()
    if on:
        tick = QPainterPath(QPointF(x + w * 0.22, y + w * 0.52))
        tick.lineTo(QPointF(x + w * 0.42, y + w * 0.72))
        tick.lineTo(QPointF(x + w * 0.78, y + w * 0.30))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(tick)
    elif partly:
        painter.drawLine(QPointF(x + w * 0.25, y + w / 2), QPointF(x + w * 0.75, y + w / 2))
    painter.restore()


def draw_radio(option: QStyleOption, painter: QPainter) -> None:
    """A ring in the text colour; chosen: an accent ring around a filled accent dot."""
    on = bool(option.state & QStyle.StateFlag.State_On)
    outline, fill, checked, _ = _colours(option)
    pen_width, inner = _outlined_area(option)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(checked if on else outline, pen_width))
    painter.setBrush(fill)
    painter.drawEllipse(inner)
    if on:
        dot = inner.width() * 0.28
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(checked)
        painter.drawEllipse(inner.center(), dot, dot)
    painter.restore()


def draw_arrow_down(option: QStyleOption, painter: QPainter) -> None:
    """A small solid triangle in the text colour, centred in the arrow's rectangle."""
    outline = _colours(option)[0]
    rect = QRectF(option.rect)
    # As wide as about half a letter, whatever room the arrow's rectangle has.
    half = min(min(rect.width(), rect.height()) / 2.5, option.fontMetrics.height() * 0.25)
    half = max(3.0, half)
    centre = rect.center()
    triangle = QPainterPath(QPointF(centre.x() - half, centre.y() - half / 2))
    triangle.lineTo(QPointF(centre.x() + half, centre.y() - half / 2))
    triangle.lineTo(QPointF(centre.x(), centre.y() + half / 2))
    triangle.closeSubpath()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(outline)
    painter.drawPath(triangle)
    painter.restore()

"""The mouse wheel turned over a widget, as the UI tests turn it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

NO_KEYS = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def turn_wheel(
    widget: QWidget,
    notches: float,
    modifiers: Qt.KeyboardModifier = NO_KEYS,
    over: QWidget | None = None,
) -> bool:
    """Turn the wheel over widget (at the centre of `over`, inside it), up for notches above
    0 and by parts of a notch as a touchpad does; whether the widget took it.

    Qt passes on to the parent only wheel events the system sends, so a test sends this one
    to the widget that would get it (a page's viewport, say, for a card on the page).
    """
    spot = over if over is not None else widget
    centre = (
        QPointF(spot.mapTo(widget, spot.rect().center()))
        if over
        else QPointF(widget.rect().center())
    )
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, round(120 * notches)),
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)
    return event.isAccepted()

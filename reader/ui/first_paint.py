"""Run something once, just after a widget has painted for the first time."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls back once, on the first turn of the event loop after the widget has painted."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """On the first paint, schedule the callback and stop watching."""
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Not now: the paint is still being handled, and the callback may quit or build.
            QTimer.singleShot(0, self, self._callback)
        return False

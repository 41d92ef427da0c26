"""Layout as it will be drawn: every posted layout request delivered, however many rounds."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

# Only a guard against a layout that never settles (each pass changing the next): ordinary
# screens settle in a handful of rounds (the end of grounding at 200% text took five).
MOST_ROUNDS = 100


class _LayoutRequestCount(QObject):
    """Counts the layout requests delivered to any object in the application."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def settle_layout() -> None:
    """Deliver posted layout requests until a round delivers none, so geometry is final.

    One round can post the next (a row of buttons wraps, so its box grows, so the page
    grows), so the rounds go on until nothing is left to lay out, rather than a fixed number
    of times. Synchronous: nothing else (timers, input) runs in between.
    """
    app = QApplication.instance()
    assert app is not None
    counter = _LayoutRequestCount()
    app.installEventFilter(counter)
    try:
        for _ in range(MOST_ROUNDS):
            counter.count = 0
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
            if counter.count == 0:
                return
    finally:
        app.removeEventFilter(counter)
    raise AssertionError(f"the layout was still changing after {MOST_ROUNDS} rounds")

"""The first-paint report the baseline windows share: `first-paint-ms N`, then quit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from reader.process_clock import ms_since_process_start


class FirstPaint(QObject):
    """Installed as an event filter on a window: reports after its first paint, then quits."""

    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """On the first paint, report on the next turn of the event loop (once it is drawn)."""
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, report)
        return False


def report() -> None:
    """Print first-paint-ms N (since the process started) and quit."""
    print(f"first-paint-ms {round(ms_since_process_start())}", flush=True)
    QApplication.quit()

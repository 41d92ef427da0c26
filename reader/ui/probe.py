"""`lantern --startup-probe`: report when the first window paint happened, then quit."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from reader.process_clock import ms_since_process_start
from reader.ui.widgets import qapp


class FirstPaint(QObject):
    """Waits for a widget's first paint event, prints the time, and quits the application."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.milliseconds: float | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """After the first paint has been handled, report and quit."""
        if event.type() == QEvent.Type.Paint and self.milliseconds is None:
            self.milliseconds = -1.0
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        self.milliseconds = ms_since_process_start()
        print(f"first-paint-ms {round(self.milliseconds)}", flush=True)
        qapp().quit()


def report_first_paint(window: QWidget) -> FirstPaint:
    """Arm the probe on the window before it is shown."""
    return FirstPaint(window)

"""`lantern --startup-probe`: report when the first window paint happened, then quit."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from reader.process_clock import ms_since_process_start
from reader.ui.first_paint import AfterFirstPaint
from reader.ui.widgets import qapp


def print_first_paint() -> None:
    """Print first-paint-ms N (milliseconds since the process started) and quit."""
    print(f"first-paint-ms {round(ms_since_process_start())}", flush=True)
    # exit(), not quit(): quit() asks the windows to close, and a kiosk window refuses.
    qapp().exit(0)


def report_first_paint(window: QWidget) -> AfterFirstPaint:
    """Arm the probe on the window before it is shown."""
    return AfterFirstPaint(window, print_first_paint)

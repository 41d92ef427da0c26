"""`lantern --startup-probe`: report when the first window paint happened, then quit."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget

from reader.process_clock import ms_since_process_start
from reader.tool_output import write_report
from reader.ui.first_paint import AfterFirstPaint
from reader.ui.widgets import qapp


def print_first_paint() -> None:
    """Print first-paint-ms N (milliseconds since the process started) and quit."""
    line = f"first-paint-ms {round(ms_since_process_start())}\n"
    # A write that fails (> /dev/full) is said on stderr; raised here, in Qt's event loop,
    # it was a traceback and the probe never quit.
    written = sys.stdout is None or write_report(line, sys.stdout, sys.stderr)
    # exit(), not quit(): quit() asks the windows to close, and a kiosk window refuses.
    qapp().exit(0 if written else 1)


def report_first_paint(window: QWidget) -> AfterFirstPaint:
    """Arm the probe on the window before it is shown."""
    return AfterFirstPaint(window, print_first_paint)

"""Printing goes through this computer's print service, never over an internet socket."""

from __future__ import annotations

import ctypes.util
import sys
from pathlib import Path

import pytest

from tests.privacy.tracing import run_traced

# What pressing Print does up to the dialog the reader sees, with Lantern's environment.
CHILD = """
from reader import privacy
privacy.apply_environment()
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
from PySide6.QtWidgets import QApplication
from reader.ui.paper import print_dialog

app = QApplication([])
dialog = print_dialog(QPrinter(), None)
print("printers", len(QPrinterInfo.availablePrinterNames()))
"""


@pytest.mark.usefixtures("tracer")
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="CUPS on Linux")
def test_the_print_dialog_opens_no_internet_socket(tmp_path: Path) -> None:
    """With no print service, the system's CUPS library tried port 631 over TCP instead."""
    # Without the library Qt has no print system to ask, and this would prove nothing.
    assert ctypes.util.find_library("cups"), "libcups2 is needed (.ci/run installs it)"
    report = run_traced([sys.executable, "-B", "-c", CHILD], tmp_path)
    assert report.returncode == 0, report.stderr
    assert report.stdout.startswith("printers ")
    assert report.sockets == []
    assert report.writes == []

"""Lantern's own small dialogs, shown and answered, leave no trace and open no socket.

The self-test tour never opens a dialog; Save a copy and printing have traced tests of
their own. These are the browser question and the kiosk's web address (its QR code).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.privacy.tracing import run_traced

CHILD = """
from reader import privacy
privacy.apply_environment()
privacy.install_guards()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from reader.ui.web_address import BrowserQuestion, WebAddressDialog

app = QApplication([])
for make in (BrowserQuestion, WebAddressDialog):
    dialog = make("https://example.org/help")
    QTimer.singleShot(0, dialog.reject)  # answered as Escape would
    print(type(dialog).__name__, dialog.exec(), flush=True)
"""


@pytest.mark.usefixtures("tracer", "compiled_package")
def test_the_browser_question_and_the_web_address_leave_no_trace(tmp_path: Path) -> None:
    report = run_traced([sys.executable, "-B", "-c", CHILD], tmp_path)
    assert report.returncode == 0, report.stderr
    assert report.stdout.split() == ["BrowserQuestion", "0", "WebAddressDialog", "0"]
    assert report.clean, (report.writes, report.sockets, report.leftovers)

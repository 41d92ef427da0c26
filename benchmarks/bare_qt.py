"""The floor: a QApplication with one QTextBrowser shown and painted once, then quit."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QTextBrowser

from benchmarks.first_paint import FirstPaint


def main() -> int:
    """Show a bare text browser, print first-paint-ms N after its first paint, exit."""
    app = QApplication(sys.argv[:1])
    browser = QTextBrowser()
    browser.setHtml("<h1>Bare window</h1><p>The baseline for Lantern's start-up.</p>")
    probe = FirstPaint()
    browser.installEventFilter(probe)
    # As Lantern's window: its usual size, but never larger than the screen.
    browser.resize(QSize(1100, 780).boundedTo(browser.screen().availableGeometry().size() * 0.95))
    browser.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

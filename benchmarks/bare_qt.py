"""The floor: a QApplication with one QTextBrowser shown and painted once, then quit."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QTextBrowser

from reader.process_clock import ms_since_process_start


class _FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            QTimer.singleShot(0, _report)
        return False


def _report() -> None:
    print(f"first-paint-ms {round(ms_since_process_start())}", flush=True)
    QApplication.quit()


def main() -> int:
    """Show a bare text browser, print first-paint-ms N after its first paint, exit."""
    app = QApplication(sys.argv[:1])
    browser = QTextBrowser()
    browser.setHtml("<h1>Bare window</h1><p>The baseline for Lantern's start-up.</p>")
    probe = _FirstPaint()
    browser.installEventFilter(probe)
    browser.resize(1100, 780)
    browser.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())

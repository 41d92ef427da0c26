"""Web addresses: asked about before the browser opens, or shown as a QR code in kiosk mode."""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QWidget

from reader.ui.dialog_parts import add_button_row, dialog_layout
from reader.ui.widgets import fit_to_text, label

QUIET_ZONE = 4  # modules of light margin around a QR code, as its standard (ISO 18004) asks


def qr_pixmap(url: str, scale: int = 6) -> QPixmap:
    """A QR code for the address, drawn in memory (never written to disk)."""
    buffer = io.BytesIO()
    # With less light margin a phone may not find the code, above all on a dark theme.
    segno.make(url, error="m").save(buffer, kind="png", scale=scale, border=QUIET_ZONE)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class WebAddressDialog(QDialog):
    """Shows a web address and its QR code so the reader can open it on their own phone."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Web address"))
        self.setObjectName("webAddressDialog")
        layout = dialog_layout(self)
        layout.addWidget(
            label(
                self.tr(
                    "This computer does not open web pages. "
                    "Scan the code with your own phone, or note the address:"
                )
            )
        )
        self.address = label(url, "cardTitle")
        layout.addWidget(self.address)
        self.code = QLabel()
        self.code.setPixmap(qr_pixmap(url))
        #: What a screen reader says for the QR code picture; %1 is the web address.
        self.code.setAccessibleName(self.tr("QR code for %1").replace("%1", url))
        layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        # Words only: the style's close icon was a faint cross, nearly invisible when dark.
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        add_button_row(layout, self.close_button)
        fit_to_text(self, lines_wide=21)


class BrowserQuestion(QDialog):
    """Asks, in plain words, before a web page opens in the system's browser.

    Staying is the default and what Escape does: a reader who presses Enter without reading
    stays in Lantern, where nothing is kept.
    """

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open your web browser?"))
        self.setObjectName("browserQuestion")
        layout = dialog_layout(self)
        layout.addWidget(label(self.tr("Open this page in your web browser?"), "cardTitle"))
        self.address = label(url)
        layout.addWidget(self.address)
        note = self.tr(
            "Your web browser may keep a record of the pages you visit. "
            "Other people who use this computer could see it."
        )
        layout.addWidget(label(note, "muted"))
        self.open_button = QPushButton(self.tr("Open in browser"))
        self.open_button.clicked.connect(self.accept)
        self.stay_button = QPushButton(self.tr("Stay in Lantern"))
        self.stay_button.clicked.connect(self.reject)
        add_button_row(layout, self.open_button, self.stay_button)
        self.stay_button.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_to_text(self, lines_wide=24)


def ask_open_browser(parent: QWidget, url: str) -> bool:
    """Ask before the browser opens the address; True only when the reader chose to open it.

    The one place the question is asked: tests replace this function.
    """
    question = BrowserQuestion(url, parent)
    try:
        return question.exec() == QDialog.DialogCode.Accepted
    finally:
        question.deleteLater()  # the address it showed goes with it

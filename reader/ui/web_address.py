"""In kiosk mode a web link is never followed: show the address and a QR code instead."""

from __future__ import annotations

import io

import segno
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from reader.ui.widgets import fit_to_text, label


def qr_pixmap(url: str, scale: int = 6) -> QPixmap:
    """A QR code for the address, drawn in memory (never written to disk)."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class WebAddressDialog(QDialog):
    """Shows a web address and its QR code so the reader can open it on their own phone."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Web address"))
        self.setObjectName("webAddressDialog")
        layout = QVBoxLayout(self)
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
        self.code.setAccessibleName(self.tr("QR code for ") + url)
        layout.addWidget(self.code)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_text(self, lines_wide=21)

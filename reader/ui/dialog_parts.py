"""The parts Lantern's own small dialogs share: room around the content, a row of buttons."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout

DIALOG_MARGIN = 20  # pixels around a dialog's content: Qt's 11 looked cramped


def dialog_layout(dialog: QDialog) -> QVBoxLayout:
    """A dialog's column of content with room around it."""
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(DIALOG_MARGIN, DIALOG_MARGIN, DIALOG_MARGIN, DIALOG_MARGIN)
    layout.setSpacing(12)
    return layout


def add_button_row(layout: QVBoxLayout, *buttons: QPushButton) -> None:
    """Buttons side by side at the bottom right, a little apart from the text; the last one is
    the dialog's default, so it sits where the eye ends, as on most desktops."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 8, 0, 0)
    row.setSpacing(8)
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    buttons[-1].setDefault(True)
    layout.addLayout(row)

"""Small helpers shared by the exercise screens: buttons, callouts, memory-only text boxes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reader.ui import widgets
from reader.ui.escape_twice import TAKES_ESCAPE
from reader.ui.flow import FlowRow
from reader.ui.focus import tab_stop_on_choice
from reader.ui.text_box import MemoryTextEdit as MemoryTextEdit  # the exercises' boxes
from reader.ui.text_size import give_role
from reader.ui.wrapping_button import WrappingButton

# Inside a callout, plain containers and labels let the callout's colour show through. A slider
# styled at all must be styled whole, so it gets a calm groove and a round handle here.
_CALLOUT_STYLE = """
QWidget#buttonRow, QWidget#bulletList, QLabel { background: transparent; }
QSlider { background: transparent; min-height: 28px; }
QSlider::groove:horizontal { height: 6px; border-radius: 3px; background: palette(mid); }
QSlider::sub-page:horizontal { height: 6px; border-radius: 3px; background: palette(highlight); }
QSlider::handle:horizontal { width: 20px; margin: -8px 0; border-radius: 11px;
    background: palette(base); border: 2px solid palette(highlight); }
"""

# What a typed-in document hands over to be printed (title, text), or saved (file name,
# text): the saved file's path comes back, or None when nothing was saved.
PrintCallback = Callable[[str, str], str]  # returns what happened, for the reader
ExportCallback = Callable[[str, str], Path | None]


def label(text: str, role: str = "") -> QLabel:
    """A wrapped plain-text label with a style role and no automatic indent."""
    widget = widgets.label(text, role)
    # A style-sheet margin gives QLabel a frame width, and with it a stray half-'x' indent.
    widget.setIndent(0)
    return widget


def button(text: str, accessible: str = "", *, role: str = "") -> QPushButton:
    """A push button with an accessible name (defaults to its text) and a style role."""
    widget = WrappingButton(text)
    widget.setAccessibleName(accessible or text)
    widget.setAutoDefault(False)
    if role:
        give_role(widget, role)
    return widget


def button_row(*widgets: QWidget, centred: bool = False) -> QWidget:
    """Widgets side by side with comfortable spacing, left-aligned or centred, wrapping."""
    return FlowRow(list(widgets), centred=centred)


class Callout(QFrame):
    """A softly coloured box of short paragraphs (style role 'callout')."""

    def __init__(self, *texts: str) -> None:
        super().__init__()
        self.setObjectName("callout")
        self.setStyleSheet(_CALLOUT_STYLE)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(18, 14, 18, 14)
        self.column.setSpacing(8)
        for text in texts:
            self.column.addWidget(label(text))

    def add(self, widget: QWidget) -> None:
        """Add a widget below the paragraphs."""
        self.column.addWidget(widget)


def callout(*texts: str) -> Callout:
    """A callout box holding these paragraphs."""
    return Callout(*texts)


class Question(Callout):
    """An inline question in a callout that Esc cancels, as Esc cancels a dialog."""

    cancelled = Signal()

    def __init__(self, text: str) -> None:
        super().__init__(text)
        # Esc twice leaves Lantern: the Esc spent cancelling this must not be the first of two.
        self.setProperty(TAKES_ESCAPE, True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Esc, with the focus on one of the answers, cancels the question."""
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return  # taken here, not passed on up to the page
        super().keyPressEvent(event)


def choice_row(
    owner: QWidget, choices: list[tuple[int, str, str]], *, stacked: bool = False
) -> tuple[QButtonGroup, QWidget]:
    """Radio buttons from (id, text, accessible name), side by side or stacked for long texts."""
    group = QButtonGroup(owner)
    radios: list[QWidget] = []
    for ident, text, accessible in choices:
        radio = QRadioButton(text)
        radio.setAccessibleName(accessible)
        radio.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        group.addButton(radio, ident)
        radios.append(radio)
    tab_stop_on_choice(group)
    if not stacked:
        return group, FlowRow(radios, spacing=18, margin=0)
    row = QWidget()
    row.setObjectName("buttonRow")
    layout = QVBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(8)
    for item in radios:
        layout.addWidget(item)
    layout.addStretch(1)
    return group, row


def examples(text: str) -> QLabel:
    """A muted line of examples under an explanation."""
    return label(text, "muted")


def align_centre(widget: QLabel) -> QLabel:
    """Centre a label's text and return it."""
    widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return widget

"""A wrapped label whose lines are as far apart as an article's (160%, not Qt's 120% or so).

On an article's page the notes, the prompts and the help footer sat beside text spaced at
160%, and the spacing jumped where they met. A QLabel spaces plain text only by its font, so
this one shows its words through rich text with a line height; the words are escaped, so a
content note or a prompt can never bring markup in.
"""

from __future__ import annotations

import html
import math

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QWidget

from reader.breakable import joined_hyphens
from reader.ui.measured_label import MeasuredLabel
from reader.ui.style import READING_LINE_HEIGHT, reading_line_height
from reader.ui.widgets import dress_label


def spaced_html(words: str, line_height: int) -> str:
    """Plain words as rich text with this line height (percent), shown exactly as written."""
    # pre-wrap: spaces and line breaks stay as a plain-text label shows them.
    style = f"margin: 0; line-height: {line_height}%; white-space: pre-wrap"
    return f'<p style="{style}">{html.escape(words)}</p>' if words else ""


class SpacedLabel(MeasuredLabel):
    """A label of plain words whose wrapped lines are spaced like an article's paragraphs.

    Rich text gives every line its share of the spacing below it, the last one too. With
    room_below a label keeps that share, as a paragraph of the article does before the next;
    without it the label ends at its text, as a plain one does (a question over its box).
    """

    def __init__(self, *, room_below: bool = True) -> None:
        super().__init__()
        self._words = ""
        self._line_height = READING_LINE_HEIGHT
        self._room_below = room_below
        # As a plain label: no selecting, no links, never a Tab stop.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def text(self) -> str:
        """The words shown, without the markup that spaces them."""
        return self._words

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        """Show these words (plain text: markup in them is shown as it is written)."""
        self._words = text
        super().setText(spaced_html(joined_hyphens(text), self._line_height))
        # Shown with "self-harm" kept on one line; named with the hyphen as written.
        self.setAccessibleName(text if joined_hyphens(text) != text else "")

    def line_height(self) -> int:
        """The line height, as a percentage of the font's height."""
        return self._line_height

    def set_line_height(self, percent: int) -> None:
        """Space the lines anew (easier reading spaces an article's text further)."""
        if percent != self._line_height:
            self._line_height = percent
            super().setText(spaced_html(joined_hyphens(self._words), percent))

    def measure_height(self, width: int) -> int:
        """As QLabel's, less the room under the last line where the label has none."""
        return self._less_room(super().measure_height(width))

    def measure_hint(self, natural: bool) -> QSize:
        """As QLabel's, less the room under the last line where the label has none."""
        size = super().measure_hint(natural)
        return QSize(size.width(), self._less_room(size.height()))

    def _less_room(self, height: int) -> int:
        box = self.contentsMargins()
        text = height - box.top() - box.bottom()
        if self._room_below or not self._words or text <= 0:
            return height
        # As Qt's rich text spaces lines: the font's height, rounded up, times the percentage;
        # the last line keeps its font's height only.
        metrics = QFontMetricsF(self.font())
        line = math.ceil(metrics.ascent() + metrics.descent() + metrics.leading())
        pitch = line * self._line_height / 100
        lines = max(1, round(text / pitch))
        return height - text + math.ceil((lines - 1) * pitch + line)


def spaced_label(text: str, role: str = "", *, room_below: bool = True) -> SpacedLabel:
    """A wrapped label with a role, as widgets.label makes, its lines spaced like an article's."""
    widget = SpacedLabel(room_below=room_below)
    return dress_label(widget, text, role, text_format=Qt.TextFormat.RichText)


def space_lines(page: QWidget, css: str) -> None:
    """Space every such label on a page as the text styled by css (an article's) is spaced."""
    line_height = reading_line_height(css)  # 185% for easier reading
    for widget in page.findChildren(SpacedLabel):
        widget.set_line_height(line_height)

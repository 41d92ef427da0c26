"""A wrapped label that remembers its heights: the home page's titles and longer lines.

Qt lays a word-wrapped label's text out afresh each time a layout asks its height for a
width, and a kiosk reset's restyle, column change and layout ask the home page's labels
hundreds of times, at the same few widths in the same two text sizes each reset.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

from reader.ui.a11y_roles import HEADING_NAMES, install_roles
from reader.ui.text_size import give_role

# A reset goes between the clinic's text size and the reader's (two fonts), and a layout
# asks about a few widths: enough for those, bounded for a window resized all day.
_MOST_KINDS = 4
_MOST_WIDTHS = 32
_CHANGES = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange)


class MeasuredLabel(QLabel):
    """A QLabel whose height for each width is measured once for each font and box."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Heights by width, for each font and box (the style sheet's padding) met so far.
        self._heights: dict[tuple[str, int, int, int, int], dict[int, int]] = {}
        self._kind: tuple[str, int, int, int, int] | None = None  # until the look changes

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """As QLabel's, remembered."""
        heights = self._heights_now()
        height = heights.get(width)
        if height is None:
            if len(heights) >= _MOST_WIDTHS:
                del heights[next(iter(heights))]  # the width measured first
            height = heights[width] = super().heightForWidth(width)
        return height

    def _heights_now(self) -> dict[int, int]:
        kind = self._kind
        if kind is None:
            box = self.contentsMargins()
            kind = (self.font().key(), box.left(), box.top(), box.right(), box.bottom())
            self._kind = kind
        heights = self._heights.get(kind)
        if heights is None:
            if len(self._heights) >= _MOST_KINDS:
                del self._heights[next(iter(self._heights))]  # the kind met first
            heights = self._heights[kind] = {}
        return heights

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A new font, style or margins may change the heights: look at them again."""
        if event.type() in _CHANGES:
            self._kind = None
        super().changeEvent(event)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        """New words: nothing measured holds."""
        self._heights.clear()
        self._kind = None
        super().setText(text)


def measured_label(text: str, role: str = "") -> MeasuredLabel:
    """A wrapped plain-text label with a role, as widgets.label makes, that remembers heights."""
    widget = MeasuredLabel()
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setIndent(0)
    if role:
        if role in HEADING_NAMES:
            install_roles()
        give_role(widget, role)
    # Words last: a screen reader asks what a label is as soon as it has them (widgets.label).
    widget.setText(text)
    return widget

"""A wrapped label that remembers its sizes: the home page's titles and longer lines, and the
labels beside an article's text (spaced_label), whose rich text is slower to measure still.

Qt lays a word-wrapped label's text out afresh each time a layout asks its height for a
width, and again for its size hints after every change of font or style; a kiosk reset's
restyle, column change and layout ask the home page's labels hundreds of times, at the same
few widths in the same two text sizes each reset.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel, QWidget

from reader.ui.widgets import dress_label

# A reset goes between the clinic's text size and the reader's (two fonts), and a layout
# asks about a few widths: enough for those, bounded for a window resized all day.
_MOST_KINDS = 4
_MOST_WIDTHS = 32
_CHANGES = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange)


class _Measures(NamedTuple):
    """What is known of the label in one font and box: heights by width, and size hints."""

    heights: dict[int, int]
    hints: dict[bool, QSize]  # True: the natural size; False: the smallest


class MeasuredLabel(QLabel):
    """A QLabel whose height for each width, and size hints, are measured once for each font
    and box (QLabel measures them again after every change of look)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # For each font and box (the style sheet's padding) met so far.
        self._measures: dict[tuple[str, int, int, int, int], _Measures] = {}
        self._kind: tuple[str, int, int, int, int] | None = None  # until the look changes

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """As QLabel's, remembered."""
        heights = self._measured().heights
        height = heights.get(width)
        if height is None:
            if len(heights) >= _MOST_WIDTHS:
                del heights[next(iter(heights))]  # the width measured first
            height = heights[width] = self.measure_height(width)
        return height

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As QLabel's, remembered."""
        return self._hint(True)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As QLabel's, remembered."""
        return self._hint(False)

    def measure_height(self, width: int) -> int:
        """The height QLabel gives for a width, measured now (a subclass may adjust it)."""
        return super().heightForWidth(width)

    def measure_hint(self, natural: bool) -> QSize:
        """QLabel's natural (or smallest) size, measured now (a subclass may adjust it)."""
        return super().sizeHint() if natural else super().minimumSizeHint()

    def _hint(self, natural: bool) -> QSize:
        hints = self._measured().hints
        size = hints.get(natural)
        if size is None:
            size = hints[natural] = self.measure_hint(natural)
        return QSize(size)

    def _measured(self) -> _Measures:
        kind = self._kind
        if kind is None:
            box = self.contentsMargins()
            kind = (self.font().key(), box.left(), box.top(), box.right(), box.bottom())
            self._kind = kind
        measures = self._measures.get(kind)
        if measures is None:
            if len(self._measures) >= _MOST_KINDS:
                del self._measures[next(iter(self._measures))]  # the kind met first
            measures = self._measures[kind] = _Measures({}, {})
        return measures

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """A new font, style or margins may change the sizes: look at them again."""
        if event.type() in _CHANGES:
            self._kind = None
        super().changeEvent(event)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        """New words: nothing measured holds."""
        self._measures.clear()
        self._kind = None
        super().setText(text)


def measured_label(text: str, role: str = "") -> MeasuredLabel:
    """A wrapped plain-text label with a role, as widgets.label makes, that remembers heights."""
    return dress_label(MeasuredLabel(), text, role)

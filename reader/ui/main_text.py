"""A page's main text box, placed so that its text, not its frame, lines up with the titles."""

from __future__ import annotations

import math

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtWidgets import QTextEdit, QVBoxLayout

# Pixels of the page margin, each side, that a page's column takes as a gutter: a main
# text's border and padding hang out into it (see HangingText), so its first letter lines up
# with the titles and its focus ring is drawn in the margin. As wide as the widest such inset
# (the search results': border 2, padding 6 and a document margin of 4).
GUTTER = 12


def text_inset(text: QTextEdit) -> QMargins:
    """How far inside a text box its text starts, each side: frame, border and padding (the
    style sheet's), viewport margins and the document's margin."""
    margin = math.ceil(text.document().documentMargin())
    return text.contentsMargins() + text.viewportMargins() + QMargins(margin, 0, margin, 0)


class HangingText(QVBoxLayout):
    """A place in a page's column for a text box whose border and padding hang out into the
    column's gutter, so that its first letter starts where the titles' do.

    A text browser keeps a transparent border and padding for its focus ring: in the column
    as is, its text started 8 pixels (search results: 12) to the right of the title above it.
    Widened here, before the box layout places it, the text is placed once, at its final width.
    (A layout, not a QWidgetItem subclass: Qt deletes the items it takes out of a layout, and
    a Python one crashed there.)
    """

    def __init__(self, text: QTextEdit) -> None:
        super().__init__()
        self.setContentsMargins(0, 0, 0, 0)
        self.text = text
        self.addWidget(text)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        """Place the text box wider than its place by its own inset, at most the gutter."""
        inset = text_inset(self.text)
        left, right = min(inset.left(), GUTTER), min(inset.right(), GUTTER)
        super().setGeometry(rect.adjusted(-left, 0, right, 0))

    # The text box's own sizes, never this layout's cached ones: a text box that grows to fit
    # its text invalidates the column's layout, not this one, and a page shown before the
    # column was laid out again was sized for the text as it was (the search page did not
    # scroll at first: sized for no results).
    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The text box's size hint, as it is now."""
        item = self.itemAt(0)
        return item.sizeHint() if item is not None else super().sizeHint()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """The text box's least size, as it is now."""
        item = self.itemAt(0)
        return item.minimumSize() if item is not None else super().minimumSize()

    def maximumSize(self) -> QSize:  # noqa: N802 - Qt override
        """The text box's greatest size, as it is now."""
        item = self.itemAt(0)
        return item.maximumSize() if item is not None else super().maximumSize()

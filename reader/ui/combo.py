"""A drop-down list whose arrow matches the theme, as the other controls do."""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOption, QStyleOptionComboBox

from reader.ui.indicator_style import draw_arrow_down


class ComboBox(QComboBox):
    """A QComboBox that draws its own arrow in the text colour, and leaves the wheel alone.

    The style sheet gives combo boxes the rounded border every control has; once it does, Qt
    draws the platform's square arrow button over that border, or no arrow at all once the
    drop-down part is styled. So the style sheet hides the button and this draws the arrow.
    """

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Paint the box as usual, then the arrow in its drop-down area."""
        super().paintEvent(event)
        combo = QStyleOptionComboBox()
        self.initStyleOption(combo)
        arrow = QStyleOption()
        arrow.initFrom(self)
        arrow.rect = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, combo, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        painter = QPainter(self)
        draw_arrow_down(arrow, painter)
        painter.end()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        """Left to the page around, which scrolls (or, with Ctrl, sizes the text).

        Qt's box took the next choice: scrolling Get help now with the pointer over "Showing
        help for" put another country's numbers on screen, without a word. A click or the
        arrow keys still choose.
        """
        event.ignore()

"""A drop-down list whose arrow matches the theme, as the other controls do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOption, QStyleOptionComboBox

from reader.ui.indicator_style import draw_arrow_down

# Keys a closed box would take as a jump to its first, last or a far choice.
_JUMP_KEYS = frozenset({Qt.Key.Key_Home, Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})


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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Home, End, Page Up and Page Down are left to the page; the arrow keys still choose.

        Qt's closed box jumped with them: Home on "Showing help for", pressed to go to the top
        of the page as it does on any page, put Australia's numbers on screen without a word.
        """
        if Qt.Key(event.key()) in _JUMP_KEYS:
            event.ignore()
            return
        super().keyPressEvent(event)

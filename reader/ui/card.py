"""A home-screen card: one focusable widget that draws its own title and lines of text.

A card was a frame with a label for each line. With a card for every article, those labels
were most of the home screen's widgets, and a kiosk reset that puts back the clinic's theme
and text size spent about half its time polishing and measuring them. One widget that keeps
its words' measurements for the last few fonts and widths does the same job for far less.
"""

from __future__ import annotations

import re
import unicodedata
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import NamedTuple

from PySide6.QtCore import Property, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget

from reader.breakable import breakable_titles, joined_hyphens
from reader.ui.a11y_roles import install_roles
from reader.ui.text_size import role_font

MARGINS = (18, 14, 18, 14)  # left, top, right, bottom, inside the border
SPACING = 6  # between the title and each line
_WRAP = Qt.TextFlag.TextWordWrap
_TALL = 1_000_000  # a height no card reaches, to measure wrapped text in
_NICE_CHARACTERS = 80  # a card's preferred width, in average characters (as a label's)
# What is remembered: a kiosk reset goes back to the clinic's text size from the reader's
# (two fonts), and a layout asks about a few widths; a window resized all day, or every text
# size tried in turn, must not grow it without end.
_MOST_FONTS = 3
_LEFT = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignAbsolute)
_RIGHT = int(Qt.AlignmentFlag.AlignRight) | int(Qt.AlignmentFlag.AlignAbsolute)
_MOST_WIDTHS = 64
_BREAKS = re.compile(r"[\s\u200b]+")


class MeasuredSizes(NamedTuple):
    """How much a card remembers: fonts, and widths across them."""

    fonts: int
    widths: int


class _Block(NamedTuple):
    """One piece of a card's text: its words, font, colour and how they are laid out."""

    text: str
    font: QFont
    muted: bool
    flags: int  # word wrap, alignment and direction, for measuring and drawing alike


@dataclass
class _Measures:
    """A card's text in one font: its pieces, and the sizes measured so far."""

    blocks: list[_Block]
    widths: tuple[int, int] | None = None  # the longest word, the longest line
    heights: dict[int, int] = field(default_factory=dict)  # text height at each inner width


def _layout_flags(text: str) -> int:
    """Wrap, and start on the side the text's own direction starts on, as a label does.

    An Arabic or Hebrew title in an English window is laid out right to left and set
    against the right edge; drawn from the left, its punctuation landed in the wrong place.
    """
    for character in text:
        direction = unicodedata.bidirectional(character)
        if direction in ("R", "AL"):
            return int(_WRAP) | int(Qt.TextFlag.TextForceRightToLeft) | _RIGHT
        if direction == "L":
            break
    return int(_WRAP) | _LEFT


class Card(QFrame):
    """A focusable card that acts like a button (click, Enter or Space).

    Its title and lines are its accessible name and description; the style sheet gives it its
    box, border and focus ring, and the colour of its lines (the mutedColor property).
    """

    activated = Signal()

    def __init__(self, title: str, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)  # the style sheet's :hover border
        self.title = title
        self.lines = list(lines)
        install_roles()  # a button to a screen reader, not a "panel" (see a11y_roles)
        self.setAccessibleName(title)
        self.setAccessibleDescription(" ".join(lines))
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._muted = QColor()
        # Qt asks for sizes many times a layout: the words are measured once for each font
        # (a kiosk reset goes back to a text size measured before) and each width.
        self._measures: OrderedDict[str, _Measures] = OrderedDict()
        # The measures for the font asked about last, and that font. A new font is noticed
        # here, not in changeEvent: a restyle sends each card seven palette and style changes,
        # and each one handed to Python cost more than comparing the font at every question.
        self._current: _Measures | None = None
        self._current_font = QFont()

    def activate(self) -> None:
        """Open it, as a click, Enter or Space does (and a screen reader's Press)."""
        self.activated.emit()

    def texts(self) -> list[str]:
        """What the card shows, top to bottom."""
        return [self.title, *self.lines]

    def title_font(self) -> QFont:
        """The title's font: the card's, bolder and a little larger (see text_size)."""
        return role_font("cardTitle").resolve(self.font())

    def _get_muted(self) -> QColor:
        return self._muted

    def _set_muted(self, colour: QColor) -> None:
        self._muted = QColor(colour)
        self.update()

    mutedColor = Property(QColor, _get_muted, _set_muted)  # noqa: N815 - a Qt property name

    # --- size ----------------------------------------------------------------------------

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        """Taller when narrower: the words wrap."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """The height that shows every line whole at this width."""
        left, top, right, bottom = self._edges()
        return top + self._text_height(max(1, width - left - right)) + bottom

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As wide as the longest line (up to about 80 characters), as tall as that needs."""
        left, _, right, _ = self._edges()
        natural = min(
            self._text_widths()[1], self.fontMetrics().averageCharWidth() * _NICE_CHARACTERS
        )
        width = natural + left + right
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the longest word, so the words never have to be cut."""
        left, _, right, _ = self._edges()
        width = self._text_widths()[0] + left + right
        return QSize(width, self.heightForWidth(width))

    def measured_sizes(self) -> MeasuredSizes:
        """How many fonts and widths the card remembers sizes for (bounded; see _MOST_FONTS)."""
        widths = sum(len(m.heights) for m in self._measures.values())
        return MeasuredSizes(len(self._measures), widths)

    def _text_widths(self) -> tuple[int, int]:
        """The widths of the longest word and of the longest unwrapped line."""
        measures = self._measured()
        if measures.widths is None:
            blocks = measures.blocks
            words = max(self._longest_word(b.text, b.font) for b in blocks)
            lines = max(self._line_width(b.text, b.font) for b in blocks)
            measures.widths = (words, lines)
        return measures.widths

    def _measured(self) -> _Measures:
        """What is known about the words in the current font."""
        font = self.font()
        measures = self._current
        if measures is None or font != self._current_font:
            key = font.key()
            measures = self._measures.get(key)
            if measures is None:
                measures = self._measures[key] = _Measures(self._blocks())
                if len(self._measures) > _MOST_FONTS:
                    self._measures.popitem(last=False)  # the font used longest ago
            self._measures.move_to_end(key)
            self._current, self._current_font = measures, font
        return measures

    def _edges(self) -> tuple[int, int, int, int]:
        frame = self.frameWidth()
        left, top, right, bottom = MARGINS
        return left + frame, top + frame, right + frame, bottom + frame

    def _blocks(self) -> list[_Block]:
        """Each piece of text with its font, whether it is muted, and how it is laid out."""
        body = self.font()
        # "self-harm" is never parted at its hyphen at the end of a line (its name keeps "-").
        # A very long word wraps rather than widening the card past its column.
        title = breakable_titles(joined_hyphens(self.title))
        lines = [breakable_titles(joined_hyphens(line)) for line in self.lines]
        title_block = _Block(title, self.title_font(), False, _layout_flags(title))
        return [title_block, *(_Block(t, body, True, _layout_flags(t)) for t in lines)]

    def _text_height(self, inner: int) -> int:
        measures = self._measured()
        heights = measures.heights
        height = heights.get(inner)
        if height is None:
            if len(heights) >= _MOST_WIDTHS:
                del heights[next(iter(heights))]  # the width measured first
            sizes = [self._wrapped(block, inner).height() for block in measures.blocks]
            height = heights[inner] = sum(sizes) + SPACING * (len(sizes) - 1)
        return height

    @staticmethod
    def _wrapped(block: _Block, inner: int) -> QRect:
        return QFontMetrics(block.font).boundingRect(
            QRect(0, 0, inner, _TALL), block.flags, block.text
        )

    @staticmethod
    def _line_width(text: str, font: QFont) -> int:
        return QFontMetrics(font).horizontalAdvance(text)

    @staticmethod
    def _longest_word(text: str, font: QFont) -> int:
        metrics = QFontMetrics(font)
        words = _BREAKS.split(text)  # a zero-width space is a place to break, as a space is
        return max((metrics.horizontalAdvance(word) for word in words), default=0)

    # --- drawing and input ----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """The box (from the style sheet), then the title and the lines inside it."""
        super().paintEvent(event)
        left, top, right, _ = self._edges()
        inner = max(1, self.width() - left - right)
        painter = QPainter(self)
        text_colour = self.palette().color(self.foregroundRole())
        y = top
        for block in self._measured().blocks:
            area = self._wrapped(block, inner)
            painter.setFont(block.font)
            muted = block.muted and self._muted.isValid()
            painter.setPen(self._muted if muted else text_colour)
            painter.drawText(QRect(left, y, inner, area.height()), block.flags, block.text)
            y += area.height() + SPACING
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """Activate on a left click."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.activate()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Activate on Enter, Return or Space, like a button."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate()
            return
        super().keyPressEvent(event)

"""A push button whose words go on to more lines, rather than off the edge, when it is narrow."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize
from PySide6.QtGui import QFontMetrics, QPaintEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QStylePainter


def wrapped_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """The text in lines no wider than width, broken between words (a longer word stays whole)."""
    lines: list[str] = []
    for word in text.split():
        joined = f"{lines[-1]} {word}" if lines else word
        if lines and metrics.horizontalAdvance(joined) <= width:
            lines[-1] = joined
        else:
            lines.append(word)
    return lines or [""]


class WrappingButton(QPushButton):
    """A QPushButton on one line when there is room, and on as many as it needs when not.

    Its text() and accessible name stay the whole label; only the painting breaks it. At 200%
    text in a narrow window, one-line buttons ("Supporting someone you care about") made a
    page wider than the window, so the reader had to scroll sideways to read it.
    """

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        # Never wider than its one line; narrower when the row is, down to its longest word.
        policy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        # Layouts ask for sizes many times a pass: each answer is kept until the text, the
        # font or the style changes (measuring every time made opening an article 15% slower).
        self._sizes: dict[tuple[str, int], QSize] = {}
        self._border = -1  # the style's border and padding, across

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Measure again in a new font or style."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._sizes.clear()
            self._border = -1
        super().changeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As narrow as the longest word; one line high, as a wrapping QLabel says.

        The height for a width comes from heightForWidth. A minimum as tall as the lines at
        the least width made a page's least height, and so its length, grow by a line or two.
        """
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(w) for w in self.text().split()), default=0)
        return QSize(self._size_for(longest).width(), self.sizeHint().height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        """Narrower means taller."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """The height of the button with its words wrapped at this width."""
        one_line = self.sizeHint()  # Qt keeps this one
        if width >= one_line.width():
            return one_line.height()
        return self._size_for(self._text_width(width)).height()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Paint as a push button does, with the label broken into the lines that fit."""
        option = QStyleOptionButton()
        self.initStyleOption(option)
        if self.width() < self.sizeHint().width():
            lines = wrapped_lines(self.text(), self.fontMetrics(), self._text_width(self.width()))
            option.text = "\n".join(lines)
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)

    def _text_width(self, width: int) -> int:
        # The style's own room for the label: the width less its border and padding.
        if self._border < 0:
            option = QStyleOptionButton()
            self.initStyleOption(option)
            option.rect = QRect(0, 0, 1000, 100)
            contents = self.style().subElementRect(
                QStyle.SubElement.SE_PushButtonContents, option, self
            )
            self._border = 1000 - contents.width()
        return max(1, width - self._border)

    def _size_for(self, text_width: int) -> QSize:
        key = (self.text(), text_width)
        known = self._sizes.get(key)
        if known is not None:
            return known
        metrics = self.fontMetrics()
        lines = wrapped_lines(self.text(), metrics, text_width)
        text = QSize(max(metrics.horizontalAdvance(line) for line in lines), 0)
        text.setHeight(metrics.lineSpacing() * len(lines))
        option = QStyleOptionButton()
        self.initStyleOption(option)
        size = self.style().sizeFromContents(QStyle.ContentsType.CT_PushButton, option, text, self)
        if len(self._sizes) > 64:  # a window dragged narrower and wider: keep a few widths
            self._sizes.clear()
        self._sizes[key] = size
        return size

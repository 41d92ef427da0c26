"""A read-only text browser whose links the keyboard can reach, see and leave, both ways."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextCursor,
    QTextLine,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QTextBrowser, QTextEdit, QWidget

from reader.ui.in_view import page_of
from reader.ui.style import FOCUS_COLOUR_PROPERTY
from reader.ui.wheel_zoom import take_ctrl_wheel

RING_WIDTH = 2  # pixels, as the focus ring on every other control (docs/ACCESSIBILITY.md)


class LinkBrowser(QTextBrowser):
    """A QTextBrowser whose focused link stands out, and which never keeps Tab or Shift+Tab.

    Qt marks the link Tab reaches with a 1-pixel dotted line in the text colour; here it is
    drawn in the selection colours (the theme's accent behind the accent's text colour) with
    a 2-pixel ring in the focus colour around it, like every other control's focus ring.
    Qt's Shift+Tab from a link at the very start of the text finds that same link again, for
    ever; here it passes the focus on instead, as Tab does from the last link. A link Tab
    reaches below the fold of an enclosing page is scrolled into view there (a body that
    grows to fit its text never scrolls itself).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ring_colour: QColor | None = None  # None: the theme's focus colour
        self._tab_from: int | None = None  # where the next Tab goes on from, if set
        self._back_to: tuple[int, int] | None = None  # the link for the focus given back
        # The ring reaches a little outside the text Qt repaints when the focus moves on.
        self.selectionChanged.connect(self.viewport().update)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        """Ctrl+wheel sizes the whole app's text (not this view's font); else it scrolls."""
        if not take_ctrl_wheel(self, event):
            super().wheelEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt override
        """Move to the next or previous link; past the first or last one, leave the text."""
        before = self.focused_link()
        caret = self._start_from_caret()
        moved = super().focusNextPrevChild(next)
        if caret is not None and self.focused_link() is None:
            self.setTextCursor(caret)  # no link that way: the caret stays, unselected
        if not self.hasFocus():
            return moved
        after = self.focused_link()
        if after is not None and after == before:
            return self._leave(next)
        if after is not None:
            # As an ordinary selection, not Qt's focus mark: drawn in the selection colours.
            self.setTextCursor(self.textCursor())
            self.reveal_focused_link()
        return moved

    def start_tabbing_from(self, position: int) -> None:
        """Put the caret here, and let the next Tab or Shift+Tab go on from it.

        Qt starts again from the top of the text whenever no link is selected.
        """
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        self.setTextCursor(cursor)
        self._tab_from = position

    def _start_from_caret(self) -> QTextCursor | None:
        """Select the character before the caret set by start_tabbing_from, for Qt to go on
        from; returns the caret as it was, or None when Tab starts as Qt would."""
        caret = self.textCursor()
        position, self._tab_from = self._tab_from, None
        if position is None or position == 0 or caret.hasSelection():
            return None
        if caret.position() != position:  # the caret moved since (a click in the text)
            return None
        start = QTextCursor(caret)
        start.movePosition(
            QTextCursor.MoveOperation.PreviousCharacter, QTextCursor.MoveMode.KeepAnchor
        )
        self.setTextCursor(start)
        return caret

    def _leave(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        # From the start, the next time Tab comes in it stops on the first link again.
        self.setTextCursor(QTextCursor(self.document()))
        return QTextEdit.focusNextPrevChild(self, next)

    def select_link(self, span: tuple[int, int]) -> None:
        """Put the keyboard back on a link, given where it starts and ends (same text shown)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        if self._is_link(cursor):
            self.setTextCursor(cursor)

    def focused_href(self) -> str | None:
        """The address of the link the keyboard is on, or None."""
        span = self.focused_link()
        if span is None:
            return None
        probe = QTextCursor(self.document())
        probe.setPosition(span[0] + 1)
        return probe.charFormat().anchorHref()

    def select_href(self, href: str) -> bool:
        """Put the keyboard on the first link to this address; False if there is none."""
        block = self.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().anchorHref() == href:
                    self.select_link((fragment.position(), fragment.position() + fragment.length()))
                    return True
                fragments += 1
            block = block.next()
        return False

    def focused_link(self) -> tuple[int, int] | None:
        """Where the link the keyboard is on starts and ends, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or not self._is_link(cursor):
            return None
        return cursor.selectionStart(), cursor.selectionEnd()

    def _is_link(self, cursor: QTextCursor) -> bool:
        # A cursor's format is that of the character before it: here, the selection's first.
        probe = QTextCursor(self.document())
        probe.setPosition(cursor.selectionStart() + 1)
        return probe.charFormat().isAnchor() and bool(probe.charFormat().anchorHref())

    def link_rects(self) -> list[QRectF]:
        """The focused link's box on each line it takes, in viewport coordinates."""
        span = self.focused_link()
        if span is None:
            return []
        return list(_line_boxes(self, *span))

    def reveal_focused_link(self) -> None:
        """Scroll the enclosing page, if any, so the focused link is on screen."""
        rects = self.link_rects()
        area = page_of(self)
        content = area.widget() if area is not None else None
        if not rects or area is None or content is None:
            return
        box = rects[0].united(rects[-1]).toRect()
        centre = self.viewport().mapTo(content, box.center())
        margin = max(box.height(), self.fontMetrics().height()) * 2
        area.ensureVisible(centre.x(), centre.y(), 0, box.height() // 2 + margin)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Draw the text, then a ring around the focused link."""
        super().paintEvent(event)
        if not self.hasFocus():
            return
        rects = self.link_rects()
        if not rects:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = (
            self.ring_colour
            or _focus_colour()
            or self.palette().color(QPalette.ColorRole.Highlight)
        )
        painter.setPen(QPen(colour, RING_WIDTH))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = RING_WIDTH / 2
        # Kept inside the viewport: a link at the start of a line would lose its left side.
        inside = QRectF(self.viewport().rect()).adjusted(half, half, -half, -half)
        for rect in rects:
            ring = rect.adjusted(-half, -half, half, half)
            ring.setLeft(max(ring.left(), inside.left()))
            ring.setRight(min(ring.right(), inside.right()))
            painter.drawRoundedRect(ring, 3, 3)
        painter.end()

    def come_back_to(self, span: tuple[int, int] | None) -> None:
        """Put the keyboard on this link when the focus is next given back here (by Back).

        Not at once: a link marked in a text without the focus looked like a second focus
        (the toolbar's Back button keeps its own). Tab or a click coming in forgets it.
        """
        self._back_to = span

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """Repaint, so the ring appears with the focus; on the link kept for it, if any."""
        span, self._back_to = self._back_to, None
        if span is not None and event.reason() == Qt.FocusReason.OtherFocusReason:
            self.select_link(span)
        super().focusInEvent(event)
        if span is not None and self.focused_link() is not None:
            self.reveal_focused_link()
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        """The link is no longer marked once the focus has gone (not for a menu, though)."""
        super().focusOutEvent(event)
        kept = (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason)
        if event.reason() not in kept and self.focused_link() is not None:
            cursor = self.textCursor()
            cursor.clearSelection()  # where it was stays: Shift+Tab back in comes back here
            self.setTextCursor(cursor)
        self.viewport().update()


def _focus_colour() -> QColor | None:
    """The theme's focus-ring colour, as the application's palette was last set."""
    app = QApplication.instance()
    value = app.property(FOCUS_COLOUR_PROPERTY) if app is not None else None
    return QColor(value) if isinstance(value, str) else None


def _line_boxes(browser: QTextEdit, start: int, end: int) -> Iterator[QRectF]:
    """The boxes of the text from start to end, one per line, in viewport coordinates."""
    document = browser.document()
    block = document.findBlock(start)
    while block.isValid() and block.position() < end:
        # A block in a table cell is laid out relative to its cell: place it by where Qt
        # puts a cursor at its start (which also allows for scrolling, and lays it out).
        cursor = QTextCursor(document)
        cursor.setPosition(block.position())
        real = QPointF(browser.cursorRect(cursor).topLeft())
        layout = block.layout()
        if layout.lineCount() == 0:  # not laid out (yet): nothing of it is on screen
            block = block.next()
            continue
        first_line = layout.lineAt(0)
        text = block.text()
        shift = real - layout.position() - QPointF(_x(first_line, 0), first_line.y())
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            first = max(start - block.position(), line.textStart())
            last = min(end - block.position(), line.textStart() + line.textLength())
            # Not the space the line breaks at: the ring reached past the last word to it.
            while last > first and text[last - 1].isspace():
                last -= 1
            if first < last:
                left, right = _x(line, first), _x(line, last)
                box = QRectF(min(left, right), line.y(), abs(right - left), line.height())
                yield box.translated(layout.position() + shift)
        block = block.next()


def _x(line: QTextLine, position: int) -> float:
    # PySide returns the x and the position (the C++ in/out argument) as a pair.
    x: Any = line.cursorToX(position)
    return float(x[0] if isinstance(x, tuple) else x)

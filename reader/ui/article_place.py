"""The reader's place on a scrolling page, kept while its text is laid out again.

A new text size, theme or line spacing changes the height of everything above the line being
read, so the same scroll position in pixels would show another part of the article.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QScrollArea, QTextEdit, QWidget

from reader.ui.focus import focus_is_in
from reader.ui.in_view import settle_layout
from reader.ui.link_browser import LinkBrowser


@dataclass(frozen=True)
class Place:
    """What was at the top of the page: a spot in the body text, or a part of a widget."""

    widget: QWidget | None  # None: the very top of the page
    position: int = -1  # in the body text: the character at the top
    fraction: float = 0.0  # how far down that line (in the body) or that widget (elsewhere)
    link: tuple[int, int] | None = None  # where the link the keyboard was on starts and ends


def place_of(page: QScrollArea, body: QTextEdit) -> Place:
    """Where the reader is on this page now."""
    content = page.widget()
    top = page.verticalScrollBar().value()
    if content is None or top <= 0:
        return Place(None)
    if body.isVisible() and _top_of(body, content) <= top < _top_of(body, content) + body.height():
        y = body.viewport().mapFrom(content, QPoint(0, top)).y()
        layout = body.document().documentLayout()
        position = layout.hitTest(QPointF(0, y), Qt.HitTestAccuracy.FuzzyHit)
        line = _line_rect(body, position)
        fraction = (y - line[0]) / line[1] if line[1] > 0 else 0.0
        return Place(body, position, fraction)
    for child in _rows(page):
        start = _top_of(child, content)
        if start <= top < start + child.height():
            return Place(child, fraction=(top - start) / max(1, child.height()))
    return Place(None, fraction=top / max(1, content.height()))


def go_to(page: QScrollArea, body: QTextEdit, place: Place) -> None:
    """Scroll back to a place, once the page has been laid out at its new size."""
    settle_layout()
    content = page.widget()
    if content is None:
        return
    if place.widget is body and place.position >= 0:
        line_top, line_height = _line_rect(body, place.position)
        y = body.viewport().mapTo(content, QPoint(0, line_top)).y()
        target = y + round(place.fraction * line_height)
    elif place.widget is not None and not place.widget.isHidden():
        start = _top_of(place.widget, content)
        target = start + round(place.fraction * place.widget.height())
    else:
        target = round(place.fraction * content.height())
    page.verticalScrollBar().setValue(target)
    keep_focus_in_view(page)


def history_place(page: QScrollArea, body: LinkBrowser) -> Place:
    """Where the reader is, as Back and Forward keep it: a spot in the text or how far down
    the page, and the link the keyboard is on.

    Never a widget: the articles read in between reuse, reorder or delete the boxes and
    buttons around the text.
    """
    place = place_of(page, body)
    link = body.focused_link() if body.hasFocus() else None
    if place.widget is body:
        return Place(None, place.position, place.fraction, link)
    content = page.widget()
    height = content.height() if content is not None else 1
    return Place(None, fraction=page.verticalScrollBar().value() / max(1, height), link=link)


def back_to_history_place(page: QScrollArea, body: LinkBrowser, kept: Place) -> None:
    """Scroll back to a place history_place kept, with the keyboard on its link."""
    # The keyboard goes back to a link followed, as in a browser: the text was shown anew,
    # the caret at its start, and the next Tab went up to the first link.
    if kept.link is not None and focus_is_in(page):
        body.select_link(kept.link)
        body.setFocus(Qt.FocusReason.OtherFocusReason)
    in_text = kept.position >= 0
    go_to(page, body, Place(body, kept.position, kept.fraction) if in_text else kept)


def keep_focus_in_view(page: QScrollArea) -> None:
    """The control being used stays on screen (a prompt box near the bottom, say)."""
    focused = QApplication.focusWidget()
    if focused is None or focused is page or not focus_is_in(page):
        return
    reveal = getattr(focused, "reveal_focused_link", None)
    if reveal is not None and getattr(focused, "focused_link", lambda: None)() is not None:
        reveal()
    elif focused.height() < page.viewport().height():
        page.ensureWidgetVisible(focused)
    # A control taller than the screen (the article text itself) is on screen already, and
    # ensureWidgetVisible would scroll to its top: the reader would lose their place.


def _rows(page: QScrollArea) -> list[QWidget]:
    """The visible widgets of the page's column, top to bottom."""
    layout = getattr(page, "body", None)
    if layout is None:
        return []
    items = (layout.itemAt(index) for index in range(layout.count()))
    return [w for w in (item.widget() for item in items if item) if w and w.isVisible()]


def _top_of(widget: QWidget, content: QWidget) -> int:
    return widget.mapTo(content, QPoint(0, 0)).y()


def _line_rect(body: QTextEdit, position: int) -> tuple[int, int]:
    """The top and height of the line that holds this character, in viewport coordinates."""
    cursor = QTextCursor(body.document())
    cursor.setPosition(max(0, min(position, body.document().characterCount() - 1)))
    rect = body.cursorRect(cursor)
    return rect.top(), rect.height()

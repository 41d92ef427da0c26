"""Keeping what matters in view: a page laid out now, and a widget scrolled onto the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from reader.ui.widgets import PAGE_MARGIN, Page

LAYOUT_PASSES = 8  # enough for the deepest nesting of wrapping rows on any screen


def settle_layout() -> None:
    """Lay the window out now, with every round of layout requests that a change posts.

    Until then widgets have the sizes and places of before. Each round settles one level (a
    row of buttons wraps, its box grows, the page grows): at 200% text the end of grounding
    took five. Synchronous, so no input can arrive in between.
    """
    for _ in range(LAYOUT_PASSES):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)


def reveal(widget: QWidget) -> None:
    """Scroll a widget that has just appeared into view on its page, laid out anew first."""
    page = page_of(widget)
    if page is None:
        return
    settle_layout()
    page.ensureWidgetVisible(widget, 0, PAGE_MARGIN)


def page_of(widget: QWidget) -> Page | None:
    """The scrolling page that holds this widget, if any."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, Page):
        parent = parent.parentWidget()
    return parent

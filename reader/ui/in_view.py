"""Keeping what matters in view: a page laid out now, and a widget scrolled onto the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from reader.ui.widgets import PAGE_MARGIN, Page

# Only a guard against a layout that never settles (each round changing the next): screens
# settle in a handful of rounds (the end of grounding at 200% text took five).
MOST_ROUNDS = 20


class _LayoutRequests(QObject):
    """Counts the layout requests delivered to any object in the application."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Count a layout request; never stop one."""
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def settle_layout() -> bool:
    """Lay the window out now, with every round of layout requests that a change posts.

    Until then widgets have the sizes and places of before. Each round settles one level (a
    row of buttons wraps, its box grows, the page grows), so rounds go on until one delivers
    nothing. Synchronous, so no input can arrive in between. False if it never settled.
    """
    app = QApplication.instance()
    if app is None:
        return True
    requests = _LayoutRequests()
    app.installEventFilter(requests)
    try:
        for _ in range(MOST_ROUNDS):
            requests.count = 0
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
            if requests.count == 0:
                return True
        return False
    finally:
        app.removeEventFilter(requests)


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

"""Helpers for the accessibility tests: find controls, read what assistive technology reads."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QRadioButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.ui import a11y
from tests.ui.layout_tools import settle_layout


def takes_tab(widget: QWidget) -> bool:
    """Whether Tab can land on the widget (its focus policy includes tab focus)."""
    return bool(widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def controls(root: QWidget) -> list[QWidget]:
    """Every visible, enabled widget under root (root included) that a person can use."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isEnabled() or widget.focusProxy() is not None:
            continue
        if takes_tab(widget) or isinstance(widget, QAbstractButton):
            found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader hears, from Qt's own accessibility interface."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def describe(widget: QWidget) -> str:
    """A short description of a widget for failure messages."""
    text = getattr(widget, "text", lambda: "")()
    return f"{type(widget).__name__}#{widget.objectName()} {str(text)[:40]!r}"


def unnamed(root: QWidget) -> list[str]:
    """Controls under root that have no accessible name."""
    return [describe(w) for w in controls(root) if not accessible_name(w)]


def tab_cycle(qtbot: QtBot, start: QWidget, limit: int = 400) -> list[QWidget]:
    """Press Tab from start until focus comes back to it; every widget focused, in order."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    seen = [start]
    for _ in range(limit):
        focus = QApplication.focusWidget()
        assert focus is not None, "focus was lost"
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is start:
            return seen
        assert now is not None, "focus was lost"
        if now is not seen[-1]:  # a text browser stops on each of its links
            seen.append(now)
    raise AssertionError(f"Tab never came back to {describe(start)}: {[describe(w) for w in seen]}")


def unreached(root: QWidget, reached: list[QWidget]) -> list[str]:
    """Tab-able controls under root that the Tab cycle never reached.

    A group of radio buttons is one stop for Tab (the arrow keys move inside it, as on every
    desktop), so a group counts as reached when any of its buttons was.
    """
    missing = []
    for widget in controls(root):
        if not takes_tab(widget) or widget in reached:
            continue
        if isinstance(widget, QRadioButton) and _sibling_radio_reached(widget, reached):
            continue
        missing.append(describe(widget))
    return missing


def _sibling_radio_reached(radio: QRadioButton, reached: list[QWidget]) -> bool:
    group, parent = radio.group(), radio.parentWidget()
    if group is not None:
        siblings = group.buttons()
    else:
        siblings = parent.findChildren(QRadioButton) if parent is not None else [radio]
    return any(s in reached for s in siblings)


def page_rect(widget: QWidget) -> QRect:
    """Where the widget sits on its page, whatever the page is scrolled to.

    Widgets inside a scrolling page are placed by the page's content, below everything
    outside it (the toolbar), so the order does not depend on where Tab scrolled to.
    """
    area = widget.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    content = area.widget() if isinstance(area, QScrollArea) else None
    if area is None or content is None or not content.isAncestorOf(widget):
        return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())
    top = area.mapTo(area.window(), QPoint(0, 0))
    return QRect(widget.mapTo(content, QPoint(0, 0)) + top, widget.size())


def out_of_reading_order(widgets: list[QWidget], skip: Callable[[QWidget], bool]) -> list[str]:
    """Pairs where Tab goes up the page, or left along one line.

    Reading order is left to right along a line, then top to bottom. skip() leaves out
    containers such as a scrolling page, which hold the controls around them.
    """
    settle_layout()  # widgets shown since the last layout pass are still in their old places
    steps = [w for w in widgets if not skip(w)]
    wrong = []
    for first, second in zip(steps, steps[1:], strict=False):
        a, b = page_rect(first), page_rect(second)
        same_line = b.top() < a.bottom() and b.bottom() > a.top()
        ok = b.left() >= a.right() - 4 if same_line else b.top() >= a.bottom() - 4
        if not ok:
            wrong.append(f"{describe(first)} {a.getRect()} -> {describe(second)} {b.getRect()}")
    return wrong


class Announcements:
    """Records what would be announced to a screen reader (installed with monkeypatch)."""

    def __init__(self) -> None:
        self.events: list[tuple[str, bool]] = []

    def __call__(self, event: QAccessibleEvent) -> None:
        message = getattr(event, "message", None)
        if message is not None:
            politeness = event.politeness()  # type: ignore[attr-defined]
            assertive = politeness == QAccessible.AnnouncementPoliteness.Assertive
            self.events.append((message(), assertive))

    @property
    def texts(self) -> list[str]:
        """Every announced text, in order."""
        return [text for text, _ in self.events]


def watch_announcements(monkeypatch: object) -> Announcements:
    """Capture announcements instead of handing them to Qt."""
    recorder = Announcements()
    monkeypatch.setattr(a11y, "post_event", recorder)  # type: ignore[attr-defined]
    return recorder

"""Keeping the keyboard focus on the screen when the control that had it disappears.

When a focused widget is hidden, Qt passes the focus along the window's tab chain. From the
end of a page that chain wraps to the toolbar's Back button, so a keyboard user who pressed
"Start" or "Keep it" and then Space again would leave the screen without meaning to.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

_TAB = Qt.FocusPolicy.TabFocus.value


def focus_is_in(widget: QWidget) -> bool:
    """True if the keyboard focus is on this widget or inside it."""
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def pass_focus(hiding: QWidget, target: QWidget) -> None:
    """Before hiding a widget: if the focus is in it, give the focus to target (shown)."""
    if focus_is_in(hiding):
        target.setFocus(Qt.FocusReason.OtherFocusReason)


def takes_tab(widget: QWidget) -> bool:
    """True if Tab can stop on this widget now: visible, enabled and tab-focusable."""
    return widget.isVisible() and widget.isEnabled() and bool(widget.focusPolicy().value & _TAB)


def next_focusable_in(container: QWidget, after: QWidget) -> QWidget | None:
    """The first widget after `after` in the tab chain, inside container, that takes Tab."""
    widget = after.nextInFocusChain()
    while widget is not after and widget is not None:
        if widget is not container and container.isAncestorOf(widget) and takes_tab(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None

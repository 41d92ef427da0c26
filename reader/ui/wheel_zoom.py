"""Ctrl+wheel sizes the whole window's text, as Ctrl+plus and Ctrl+minus do, from anywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QWidget


def take_ctrl_wheel(widget: QWidget, event: QWheelEvent) -> bool:
    """Step the window's text size for a Ctrl+wheel over widget; True when it was one.

    Taken, never passed on: Qt's own Ctrl+wheel zoomed a text view's font alone (and nothing
    reset it), and a page scrolled a whole screen instead.
    """
    if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        return False
    event.accept()
    # The window's text size, which the zoom keys change (shortcuts.size_actions); a widget
    # in a window without one (a dialog, a test's bare view) stays as it is.
    theming = getattr(widget.window(), "theming", None)
    if theming is not None:
        theming.turn_wheel(event.angleDelta().y())
    return True

"""Enter presses the focused button, as Space does, on every screen and not only in dialogs.

Qt's buttons take Enter only as a dialog's default button; elsewhere Enter did nothing, yet
people who use the keyboard press Enter far more often than Space to "press" something.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class EnterClicks(QObject):
    """A filter on one window's QWindow: Enter on its focused push or tool button clicks it.

    Every key pressed in the window reaches its QWindow first, and little else does, so this
    costs nothing while pages are built and painted (an application-wide Python filter is
    called for each of their thousands of events). Dialogs take Enter themselves.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Click the focused button Enter was pressed on; let every other event through."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        button = QApplication.focusWidget()
        if not isinstance(button, QPushButton | QToolButton) or not _is_enter(event):
            return False
        if not button.isEnabled():
            return True
        if isinstance(button, QToolButton) and button.menu() is not None:
            button.showMenu()  # Reading settings: its menu, as a click would open it
        else:
            button.click()
        return True


def _is_enter(event: QKeyEvent) -> bool:
    """Return or the keypad's Enter, with no other modifier, not auto-repeated."""
    return event.key() in _ENTER_KEYS and event.modifiers() in _PLAIN and not event.isAutoRepeat()


def watch_enter(window: QWidget) -> EnterClicks | None:
    """Make Enter press buttons in this (shown) window; None if it has no QWindow yet."""
    handle = window.windowHandle()
    if handle is None:
        return None
    clicks = EnterClicks(window)
    handle.installEventFilter(clicks)
    return clicks

"""Enter presses the focused button, as Space does, on every screen and not only in dialogs.

Qt's buttons take Enter only as a dialog's default button; elsewhere Enter did nothing, yet
people who use the keyboard press Enter far more often than Space to "press" something.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QPushButton, QToolButton

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class EnterClicks(QObject):
    """An application-wide event filter: Enter on a focused push or tool button clicks it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Click the button Enter was pressed on; let every other event through."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QAbstractButton):
            return False
        if not isinstance(event, QKeyEvent) or not _is_enter(event):
            return False
        if not isinstance(watched, QPushButton | QToolButton) or not watched.hasFocus():
            return False
        if not watched.isEnabled():
            return True
        if isinstance(watched, QToolButton) and watched.menu() is not None:
            watched.showMenu()  # Reading settings: its menu, as a click would open it
        else:
            watched.click()
        return True


def _is_enter(event: QKeyEvent) -> bool:
    """Return or the keypad's Enter, with no other modifier, not auto-repeated."""
    return event.key() in _ENTER_KEYS and event.modifiers() in _PLAIN and not event.isAutoRepeat()

"""F1 opens Get help now even while a dialog or a menu is open (help is one key away).

The window's F1 shortcut does not fire while a modal dialog (Save a copy, Print, "Open your
web browser?", a kiosk's web address or PIN prompt) or a menu has the keyboard: Qt keeps
shortcuts from reaching a window behind a modal one. HelpKey, handed every key press first by
the window's application-wide key filter, closes what is in the way and opens Get help now.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu


class HelpKey:
    """Takes F1 (or the platform's help key) while a dialog or menu is in the way.

    Called with every key press by the window's application-wide key filter (EscapeTwice).
    """

    def __init__(self, open_help: Callable[[], object]) -> None:
        self._open_help = open_help

    def __call__(self, event: QKeyEvent) -> bool:
        """Close what blocks the window and open help; True when the key was taken."""
        if not is_help_key(event) or not _something_in_the_way():
            return False  # with nothing in the way, the window's own shortcut does it
        close_dialogs_and_menus()
        # After the dialog's exec() has returned and its caller has put the focus back.
        QTimer.singleShot(0, self._open_help)
        return True


def is_help_key(event: QKeyEvent) -> bool:
    """F1 with no modifier, or the platform's standard help key."""
    plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
    return (event.key() == Qt.Key.Key_F1 and plain) or event.matches(
        QKeySequence.StandardKey.HelpContents
    )


def _something_in_the_way() -> bool:
    return (
        QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None
    )


MAX_POPUPS = 10  # popups stack (a submenu over its menu); more would be one refusing to close


def close_dialogs_and_menus() -> None:
    """Cancel every open dialog, and close every open menu and list, as Cancel or Esc would."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
        elif isinstance(widget, QMenu) and widget.isVisible():
            widget.close()
    # A drop-down list (the help panel's countries) is a popup of its own, neither a dialog
    # nor a menu: F1 with one open showed help under the list still open.
    for _ in range(MAX_POPUPS):
        popup = QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()

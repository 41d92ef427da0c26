"""Which events a kiosk counts as a reader's activity, and which it refuses."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from reader.ui.help_key import is_help_key
from reader.ui.kiosk_notice_input import NOTICE_INPUT, PRESSES, press_point, under

ACTIVITY = {
    QEvent.Type.KeyPress,
    # Typing through an input method (Chinese, Japanese) sends these and no key presses. Not
    # InputMethodQuery: Qt sends those by itself, the reader or not.
    QEvent.Type.InputMethod,
    # A shortcut (F1, Alt+Left, Ctrl+= with Ctrl held) arrives as this, with no key press.
    # While the idle notice shows, the notice decides about it instead (eventFilter).
    QEvent.Type.ShortcutOverride,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
}
INPUT = ACTIVITY | NOTICE_INPUT
RELEASES = {QEvent.Type.MouseButtonRelease, QEvent.Type.TouchEnd}
# Input sent to a control chosen before it arrived: the one under the pointer, or with the focus.
AIMED = PRESSES | {QEvent.Type.KeyPress, QEvent.Type.InputMethod}
BLOCKED = {
    QEvent.Type.ContextMenu,
    QEvent.Type.DragEnter,
    QEvent.Type.DragMove,
    QEvent.Type.Drop,
}
QUIT_KEYS = (QKeySequence.StandardKey.Quit, QKeySequence.StandardKey.Close)


def is_quit_key(event: QKeyEvent) -> bool:
    """Ctrl+Q, Ctrl+W (and the platform's equivalents) or Alt+F4."""
    if any(event.matches(k) for k in QUIT_KEYS):
        return True
    # Some key schemes bind no Quit at all (Windows, and so the offscreen platform): name them.
    ctrl = event.modifiers() == Qt.KeyboardModifier.ControlModifier
    if ctrl and event.key() in (Qt.Key.Key_Q, Qt.Key.Key_W):
        return True
    alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
    return event.key() == Qt.Key.Key_F4 and alt


def asks_for_help(event: QEvent, help_button: QWidget) -> bool:
    """A press on Get help now (through a menu too: the point decides) or the help key."""
    if isinstance(event, QKeyEvent):
        return event.type() == QEvent.Type.KeyPress and is_help_key(event)
    if event.type() not in PRESSES:
        return False
    where = press_point(event)
    return where is not None and help_button.isEnabled() and under(help_button, where)

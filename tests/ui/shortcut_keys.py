"""The keys a window binds: its QShortcuts' and its actions' (the zoom keys are actions)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def window_keys(window: QWidget) -> list[QKeySequence]:
    """Every key the window itself binds, once for each shortcut or action that binds it."""
    shortcuts = [s.key() for s in window.findChildren(QShortcut) if s.parent() is window]
    actions = [key for action in window.actions() for key in action.shortcuts()]
    return shortcuts + actions


def window_key_texts(window: QWidget) -> set[str]:
    """The window's keys as this platform writes them (Cmd+[ for Back on macOS)."""
    native = QKeySequence.SequenceFormat.NativeText
    return {key.toString(native) for key in window_keys(window)}

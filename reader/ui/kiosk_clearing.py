"""What a kiosk reset takes out of the window: the screens a reader opened, and typed text."""

from __future__ import annotations

from collections.abc import Container
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from reader.ui import app_filters

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


def drop_screens(window: MainWindow, keep: Container[str]) -> None:
    """Take out every screen but those kept; a fresh one is built next time, with nothing in it."""
    dropped: list[QWidget] = []
    for name in [n for n in window.screens if n not in keep]:
        screen = window.screens.pop(name)
        getattr(screen, "reset", lambda: None)()  # stops its timers before it goes
        window.stack.removeWidget(screen)
        dropped.append(screen)
    _free_later(window, dropped)  # their text is emptied meanwhile, with the rest


def empty_text_boxes(window: MainWindow) -> None:
    """Empty every text box in the window, and its undo and redo history."""
    for box in window.findChildren(QPlainTextEdit) + window.findChildren(QTextEdit):
        document = box.document()
        if box.isReadOnly() or _holds_nothing(document):
            continue  # nothing typed to take back (most of a dropped screen's boxes)
        box.clear()
        document.clearUndoRedoStacks()
    for line in window.findChildren(QLineEdit):
        line.setText("")  # setText also empties the line's undo history


def _free_later(parent: QObject, screens: list[QWidget]) -> None:
    """Free the screens on the next turn of the event loop, as deleteLater would.

    Not now: the input that asked for the reset may be on its way to one of their widgets.
    A marker deleted later says when: deleting the screens themselves later sent the
    hundreds of events of their widgets' ends through the Python input filters.
    """
    marker = QObject(parent)
    marker.destroyed.connect(lambda: _free(screens, parent))
    marker.deleteLater()


def _free(screens: list[QWidget], owner: QObject) -> None:
    # No input can arrive while they go: deleting never runs the event loop.
    with app_filters.paused():
        for screen in screens:
            if shiboken6.isValid(screen):
                shiboken6.delete(screen)
        # The rest the reset let go of with deleteLater (the reading view's text, its answer
        # boxes) was due on this same turn, after the filters were back: its hundreds of
        # events went through them, a tenth of a reset's work. Not while the window itself
        # is being deleted (the marker goes with it): nothing may be deleted inside that.
        if shiboken6.isValid(owner):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _holds_nothing(document: QTextDocument) -> bool:
    """Whether a text box's document is empty, with nothing to undo or redo."""
    return document.isEmpty() and not document.isUndoAvailable() and not document.isRedoAvailable()

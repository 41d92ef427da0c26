"""Kiosk guard: the frameless window refuses every way to close, quit keys, menus and drops."""

from __future__ import annotations

import warnings

import pytest
from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QCloseEvent, QContextMenuEvent, QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.kiosk.kiosk_helpers import REPO, prompt_box, type_into, visible_popups

MODIFIER_KEYS = {Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Shift, Qt.Key.Key_Meta}


class KeyRecorder(QObject):
    """Records the key presses that reach the object it watches."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[tuple[int, Qt.KeyboardModifier]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Note each key press except bare modifiers; never swallow anything."""
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return False
        if event.key() not in MODIFIER_KEYS:
            self.keys.append((event.key(), event.modifiers()))
        return False


# --- every quit path is refused -------------------------------------------------------------


def test_kiosk_window_is_frameless_and_says_im_finished(window: MainWindow) -> None:
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.leave_button.text() == "I'm finished"
    assert window.leave_button.accessibleName() == "I'm finished"


def test_close_is_refused_and_the_window_stays(window: MainWindow) -> None:
    assert window.close() is False
    assert window.isVisible()
    event = QCloseEvent()
    QApplication.sendEvent(window, event)  # what the window system sends for its close button
    assert not event.isAccepted()
    window.windowHandle().close()
    QApplication.closeAllWindows()
    assert window.isVisible()
    assert not window.kiosk_guard.may_close()


@pytest.mark.parametrize(
    ("key", "modifiers"),
    [
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    ],
    ids=["ctrl-q", "ctrl-w", "ctrl-f4", "alt-f4"],
)
def test_quit_keys_are_swallowed(
    qtbot: QtBot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    recorder = KeyRecorder()
    window.installEventFilter(recorder)  # object filters run after the guard's application one
    qtbot.keyClick(window, Qt.Key.Key_A)
    qtbot.keyClick(window, key, modifiers)
    window.removeEventFilter(recorder)
    assert [k for k, _ in recorder.keys] == [Qt.Key.Key_A]  # the quit key never arrived
    assert window.isVisible()
    guard_says = window.kiosk_guard.eventFilter(
        window, QKeyEvent(QEvent.Type.KeyPress, key, modifiers)
    )
    assert guard_says is True


def test_quit_keys_in_a_text_box_are_swallowed_too(qtbot: QtBot, window: MainWindow) -> None:
    box = prompt_box(window)
    recorder = KeyRecorder()
    box.installEventFilter(recorder)
    type_into(qtbot, box, "hi")
    qtbot.keyClick(box, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    box.removeEventFilter(recorder)
    assert [k for k, _ in recorder.keys] == [Qt.Key.Key_H, Qt.Key.Key_I]
    assert box.toPlainText() == "hi"
    assert window.isVisible()


def test_context_menus_are_blocked(qtbot: QtBot, window: MainWindow) -> None:
    box = prompt_box(window)
    type_into(qtbot, box, "some words")
    for target in (box.viewport(), window, window.home):
        point = QPoint(5, 5)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, target.mapToGlobal(point))
        assert QApplication.sendEvent(target, event) is True  # the guard took it
        assert not event.isAccepted()
    # Nothing is awaited (a menu nobody blocked would already show): this only delivers
    # whatever the events posted for later, so a menu shown that way is counted too.
    QApplication.sendPostedEvents()
    assert visible_popups() == []  # a text box would otherwise pop up Cut/Copy/Paste


def test_dropped_files_and_text_do_nothing(window: MainWindow) -> None:
    assert not window.acceptDrops()
    box = prompt_box(window)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(REPO / "README.md"))])
    mime.setText("dropped words")
    position = QPointF(box.viewport().rect().center())
    with warnings.catch_warnings():
        # PySide 6.12 deprecates the QPoint form in favour of QPointF, which 6.11 lacks.
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            position.toPoint(),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(box.viewport(), enter)
    assert not enter.isAccepted()
    drop = QDropEvent(
        position,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(box.viewport(), drop)
    assert not drop.isAccepted()
    assert box.toPlainText() == ""  # a plain text box would have taken the dropped text
    assert window.location == "article:calm-start"


def test_the_guard_still_swallows_quit_keys_after_a_restyle(
    qtbot: QtBot, window: MainWindow
) -> None:
    # A restyle takes the application's event filters out for a moment and puts them back.
    window.theming.set_theme("dark")
    window.theming.zoom_in()
    recorder = KeyRecorder()
    window.installEventFilter(recorder)
    qtbot.keyClick(window, Qt.Key.Key_A)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    window.removeEventFilter(recorder)
    assert [k for k, _ in recorder.keys] == [Qt.Key.Key_A]
    assert window.isVisible()

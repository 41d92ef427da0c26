"""The toolbar: typing a search moves nothing, and its hints name the keys really bound."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow


def settled_geometry(window: MainWindow) -> tuple[int, int]:
    """The search box's left edge and width once every pending layout has been done."""
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)
    box = window.search_box
    return box.x(), box.width()


def test_typing_in_the_search_box_keeps_its_size(window: MainWindow, qtbot: QtBot) -> None:
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.search_box.width() > 0)
    before = settled_geometry(window)
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "sleep")  # the clear button appears with the text
    qtbot.waitUntil(lambda: window.location == "search")
    assert settled_geometry(window) == before  # before: about 28 pixels wider, to the left


def test_toolbar_hints_name_keys_the_window_really_binds(window: MainWindow) -> None:
    """Written as this platform writes them: 'Alt+Left' would be wrong on macOS (Cmd+[)."""
    bound = {
        s.key().toString(QKeySequence.SequenceFormat.NativeText)
        for s in window.findChildren(QShortcut)
    }
    hints = {
        window.back_button.toolTip(),
        window.forward_button.toolTip(),
        window.home_button.toolTip(),
        window.search_box.placeholderText(),
    }
    for hint in hints:
        keys = hint[hint.rindex("(") + 1 : hint.rindex(")")]
        assert keys in bound, hint

"""Typing a search does not change the search box's size, so nothing in the toolbar moves."""

from __future__ import annotations

from PySide6.QtCore import QEvent
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

"""The words searched for stay in the toolbar's box only while the search screen shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow


def _type_search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, text)
    assert window.location == "search"


def test_leaving_the_search_empties_the_box(window: MainWindow, qtbot: QtBot) -> None:
    _type_search(qtbot, window, "hurt")
    assert window.open_article("second-step")
    assert window.search_box.text() == ""
    assert not window.search_box.isUndoAvailable()  # Ctrl+Z cannot bring the words back
    window.go_home()
    assert window.search_box.text() == ""


def test_back_to_the_search_shows_its_words_again(window: MainWindow, qtbot: QtBot) -> None:
    _type_search(qtbot, window, "calm")
    window.open_article("second-step")
    window.go_back()
    assert window.location == "search"
    assert window.search_box.text() == "calm"


def test_enter_opens_the_top_result_and_empties_the_box(window: MainWindow, qtbot: QtBot) -> None:
    _type_search(qtbot, window, "calm")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.location.startswith("article:")
    assert window.search_box.text() == ""

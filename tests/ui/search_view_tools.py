"""Shared by the search screen's test files: typing a search and reading its results."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow


def hit_ids(window: MainWindow) -> list[str]:
    """The ids of the results the search screen shows, in order."""
    return [hit.article_id for hit in window.search_view.hits]


def type_in_search(window: MainWindow, qtbot: QtBot, text: str) -> list[tuple[str, list[str]]]:
    """Type into the toolbar's search box; return the hits seen after each key."""
    seen: list[tuple[str, list[str]]] = []
    window.search_box.textEdited.connect(lambda typed: seen.append((typed, hit_ids(window))))
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, text)
    return seen

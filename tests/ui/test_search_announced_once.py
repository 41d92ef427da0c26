"""A screen reader hears the search's count once typing pauses, not after every key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.a11y_screens import bundled_window_fixture  # noqa: F401 - provides bundled_window
from tests.ui.a11y_tools import watch_announcements
from tests.ui.search_view_tools import type_in_search

NOTHING = "Nothing matched “zqxv”."


def test_typing_a_word_says_its_count_once(
    bundled_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typing "breathing" said "20 articles found" nine times, once after every letter."""
    heard = watch_announcements(monkeypatch)
    type_in_search(bundled_window, qtbot, "brea")
    type_in_search(bundled_window, qtbot, "thing")
    view = bundled_window.search_view
    assert heard.texts == []  # still typing: the results show, nothing is said yet
    assert view.hits  # the visible results kept up with every key
    qtbot.waitUntil(lambda: heard.texts != [])
    assert heard.texts == [view.status.text()]
    assert not view.count_said.pending  # and nothing more will be said


def test_enter_says_nothing_matched_at_once(
    bundled_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard = watch_announcements(monkeypatch)
    type_in_search(bundled_window, qtbot, "zqxv")
    qtbot.keyClick(bundled_window.search_box, Qt.Key.Key_Return)
    assert bundled_window.location == "search"
    [said] = heard.texts
    assert said.startswith(NOTHING)
    assert not bundled_window.search_view.count_said.pending  # not said a second time


def test_enter_opening_a_result_says_no_count_over_it(
    bundled_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The article opened is read next: "20 articles found" said over it would mislead."""
    heard = watch_announcements(monkeypatch)
    type_in_search(bundled_window, qtbot, "breathing")
    qtbot.keyClick(bundled_window.search_box, Qt.Key.Key_Return)
    assert bundled_window.location.startswith("article:")
    assert heard.texts == []
    assert not bundled_window.search_view.count_said.pending


def test_help_opened_while_typing_hears_no_search_count(
    bundled_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F1 before the pause: the count of the search screen left behind is not said on help."""
    heard = watch_announcements(monkeypatch)
    type_in_search(bundled_window, qtbot, "sleep")
    qtbot.keyClick(bundled_window.search_box, Qt.Key.Key_F1)
    assert bundled_window.location == "help"
    assert heard.texts == []
    assert not bundled_window.search_view.count_said.pending


def test_a_cleared_search_forgets_the_count_it_had_to_say(
    bundled_window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kiosk reset just after typing: the next person must not hear the last one's search."""
    heard = watch_announcements(monkeypatch)
    type_in_search(bundled_window, qtbot, "zqxv")
    bundled_window.search_view.reset()
    assert heard.texts == []
    assert not bundled_window.search_view.count_said.pending

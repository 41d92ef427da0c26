"""A screen reader hears the search's count once typing pauses, not after every key."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.a11y import AfterPause
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
    # A longer pause than the reader's: on a busy machine a key's search can take 700 ms.
    monkeypatch.setattr(AfterPause, "PAUSE_MS", 2000)
    type_in_search(bundled_window, qtbot, "b")
    for letter in "reathing":
        # Between two keys the event loop runs, and a count already due would be said.
        QApplication.processEvents()
        qtbot.keyClicks(bundled_window.search_box, letter)
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


def press(key: Qt.Key) -> Callable[[MainWindow, QtBot], None]:
    """A key pressed in the search box."""
    return lambda window, qtbot: qtbot.keyClick(window.search_box, key)


# Ways the search is left or cleared before typing pauses: typed, done, where the reader is.
LEFT_BEFORE_THE_PAUSE = {
    # The article opened is read next: "20 articles found" said over it would mislead.
    "enter opens a result": ("breathing", press(Qt.Key.Key_Return), "article:"),
    # F1: the count of the search screen left behind is not said on help.
    "f1 opens help": ("sleep", press(Qt.Key.Key_F1), "help"),
    # A kiosk reset just after typing: the next person must not hear the last one's search.
    "search cleared": ("zqxv", lambda window, _qtbot: window.search_view.reset(), "search"),
}


@pytest.mark.parametrize(
    ("typed", "leave", "then_at"), LEFT_BEFORE_THE_PAUSE.values(), ids=LEFT_BEFORE_THE_PAUSE.keys()
)
def test_a_count_not_yet_said_is_dropped_when_the_search_is_left(
    bundled_window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    typed: str,
    leave: Callable[[MainWindow, QtBot], None],
    then_at: str,
) -> None:
    heard = watch_announcements(monkeypatch)
    type_in_search(bundled_window, qtbot, typed)
    leave(bundled_window, qtbot)
    assert bundled_window.location.startswith(then_at)
    assert heard.texts == []
    assert not bundled_window.search_view.count_said.pending  # nor will it be said later

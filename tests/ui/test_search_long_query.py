"""A long pasted search is repeated only in part, so the ways on stay near the top."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from reader.search import SearchIndex
from reader.ui.search_view import SearchView
from tests.ui.a11y_tools import watch_announcements

PASTED = "i copied this whole message from my notes because i did not know what to type " * 40


def _view(qtbot: QtBot) -> SearchView:
    index = SearchIndex()
    view = SearchView(lambda: index, lambda _link: None, str)
    qtbot.addWidget(view)
    return view


def test_a_long_search_is_repeated_only_in_part(qtbot: QtBot) -> None:
    """Pasted, the whole text filled the screen and pushed Get help now far below it."""
    view = _view(qtbot)
    view.set_query(PASTED)
    shown = view.status.text().replace("\u200b", "")
    assert shown.startswith("Nothing matched “i copied this whole message")
    assert "…”" in shown
    assert len(shown) < 250
    assert shown.endswith("If you need someone now, press F1 for Get help now.")


def test_a_long_search_is_announced_only_in_part(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A screen reader read out the whole pasted text before the way to help."""
    heard = watch_announcements(monkeypatch)
    view = _view(qtbot)
    view.set_query(PASTED)
    qtbot.waitUntil(lambda: heard.texts != [])  # said once typing pauses
    [said] = heard.texts
    assert len(said) < 250
    assert said.endswith("press F1 for Get help now.")


def test_a_short_search_is_repeated_whole(qtbot: QtBot) -> None:
    view = _view(qtbot)
    typed = "what do i do when everything feels too much"  # no article here: nothing matches
    view.set_query(typed)
    assert f"“{typed}”" in view.status.text().replace("\u200b", "")

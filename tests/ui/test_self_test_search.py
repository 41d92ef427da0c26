"""The self-test's search check: it finds each article, and nothing found offers ways on."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.packs import load_library
from reader.ui.main_window import MainWindow
from reader.ui.self_test import check_search
from tests.ui.window_helpers import MakeWindow


def test_the_bundled_articles_pass(started_window: MainWindow) -> None:
    assert check_search(started_window) is None
    assert started_window.search_view.ways_on is not None  # the tour built and showed it


def test_a_search_that_should_find_nothing_but_finds_something_fails(
    make_window: MakeWindow, write_article: Callable[..., Path], tmp_path: Path, qtbot: QtBot
) -> None:
    """The check cannot pass without seeing the nothing-found screen."""
    write_article("odd-word", title="Calm words", body="A word never seen: zzqxv.")
    window = make_window(AppContext(library=load_library([tmp_path / "pack"])))
    window.finish_start()
    assert check_search(window) == "a search that found nothing offered no way on"

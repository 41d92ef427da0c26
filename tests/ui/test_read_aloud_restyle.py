"""Read aloud: a new theme, Easier reading or text size while reading keeps the sentence marked.

A restyle builds the article's text again, which used to drop the mark until the next sentence
(for the whole pause when paused), and the mark's colours were the old theme's.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from reader.articles import Library
from reader.context import AppContext
from reader.themes import THEMES
from reader.ui import article_view
from reader.ui.article_view import ArticleView
from reader.ui.main_window import MainWindow
from reader.ui.read_aloud import ReadAloudBar
from tests.ui.speech_fakes import FakeSpeech, FakeSupport, bar_of


def marked(view: ArticleView) -> list[str]:
    """The text of each read-aloud mark in the article body."""
    return [m.cursor.selectedText() for m in view.body_view.extraSelections()]


def start_reading(view: ArticleView) -> tuple[ReadAloudBar, FakeSpeech]:
    """Read the article aloud (the speech-service note already agreed to), at sentence 3."""
    bar = bar_of(view)
    assert bar is not None
    view.read_aloud.agreed = True
    bar.read()
    engine = view.read_aloud.speech
    assert isinstance(engine, FakeSpeech)
    engine.sentence_started.emit(3)
    assert marked(view) == [engine.spoken[3]]
    return bar, engine


@pytest.mark.parametrize("paused", [False, True])
def test_a_new_style_sheet_keeps_the_sentence_marked(
    qtbot: QtBot, small_library: Library, paused: bool
) -> None:
    view = ArticleView(small_library, lambda url: None, lambda: "", speech=FakeSupport())
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.show_article("calm-start")
    bar, engine = start_reading(view)
    if paused:
        bar.pause_button.click()
    view._css = lambda: "p { margin-bottom: 30px; }"
    view.refresh_style()
    assert marked(view) == [engine.spoken[3]]
    bar.stop_button.click()
    view._css = lambda: "p { margin-bottom: 10px; }"
    view.refresh_style()
    assert marked(view) == []  # stopped: nothing comes back


@pytest.fixture
def window(
    make_window: Callable[[AppContext], MainWindow],
    small_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> MainWindow:
    """A window in the light theme showing calm-start, its read-aloud engine the fake."""
    monkeypatch.setattr(article_view, "QtSpeechSupport", FakeSupport)
    shown = make_window(small_context)
    shown.theming.set_theme("light")
    shown.open_article("calm-start")
    return shown


@pytest.mark.parametrize("name", ["dark", "high-contrast"])
def test_theme_change_while_reading_marks_the_sentence_in_the_new_colours(
    window: MainWindow, name: str
) -> None:
    _, engine = start_reading(window.article_view)
    window.theming.set_theme(name)
    marks = window.article_view.body_view.extraSelections()
    assert [m.cursor.selectedText() for m in marks] == [engine.spoken[3]]
    assert marks[0].format.background().color().name() == THEMES[name].accent
    assert marks[0].format.foreground().color().name() == THEMES[name].accent_text


def test_easier_reading_and_text_size_while_paused_keep_the_mark(window: MainWindow) -> None:
    view = window.article_view
    bar, engine = start_reading(view)
    bar.pause_button.click()  # paused: no next sentence would mark it again
    for easier in (True, False):
        window.theming.set_easier_reading(easier)
        assert marked(view) == [engine.spoken[3]]
    window.theming.set_zoom(150)
    assert marked(view) == [engine.spoken[3]]
    bar.pause_button.click()
    engine.sentence_started.emit(4)
    assert marked(view) == [engine.spoken[4]]

"""Read aloud: hidden without an offline voice, speaks and marks sentences, never starts alone."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from reader.articles import Library
from reader.context import AppContext
from reader.packs import load_library
from reader.ui import article_view
from reader.ui.article_view import ArticleView
from reader.ui.main_window import MainWindow
from reader.ui.speech import QtSpeechSupport
from tests.ui.a11y_tools import unnamed, watch_announcements
from tests.ui.speech_fakes import FakeSupport, bar_of


@pytest.fixture(autouse=True)
def reader_agrees(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer the once-a-session speech-service question with Yes, and record that it asked."""
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[1]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


@pytest.fixture
def support() -> FakeSupport:
    return FakeSupport()


@pytest.fixture
def view(qtbot: QtBot, small_library: Library, support: FakeSupport) -> ArticleView:
    """A shown reading view whose read-aloud engine is the fake."""
    page = ArticleView(small_library, lambda url: None, lambda: "", speech=support)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    page.show_article("calm-start")
    return page


# --- hidden when there is no offline voice -------------------------------------------------


def test_no_control_without_the_speech_module(
    qtbot: QtBot, small_library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)  # import fails
    assert QtSpeechSupport().available() is False
    page = ArticleView(small_library, lambda url: None, lambda: "")
    qtbot.addWidget(page)
    page.show()
    page.show_article("calm-start")
    assert bar_of(page) is None
    assert "Read aloud" not in [b.text() for b in page.findChildren(QWidget) if hasattr(b, "text")]


def test_no_control_in_this_environment_unless_speech_is_installed(
    qtbot: QtBot, small_library: Library
) -> None:
    page = ArticleView(small_library, lambda url: None, lambda: "")
    qtbot.addWidget(page)
    page.show()
    page.show_article("calm-start")
    assert (bar_of(page) is not None) == QtSpeechSupport().available()


# --- reading, pausing, stopping -----------------------------------------------------------


def test_read_aloud_speaks_title_then_sentences_and_marks_each(
    view: ArticleView, support: FakeSupport, qtbot: QtBot
) -> None:
    bar = bar_of(view)
    assert bar is not None
    assert support.created == []  # nothing starts before the reader asks
    assert unnamed(bar) == []
    bar.read_button.click()
    engine = support.created[0]
    assert engine.spoken[0] == "A calm start"
    assert engine.spoken[1] == "First part"  # the first heading is a sentence of its own
    assert engine.spoken[2].startswith("Paragraph 0 is a calm sentence")
    body = view.body_view
    qtbot.waitUntil(lambda: view.verticalScrollBar().maximum() > 0)  # laid out
    engine.sentence_started.emit(2)
    marks = body.extraSelections()
    assert len(marks) == 1
    assert marks[0].cursor.selectedText() == engine.spoken[2]
    assert body.toPlainText().count(engine.spoken[2]) == 1  # the document itself is untouched
    engine.sentence_started.emit(30)
    assert body.extraSelections()[0].cursor.selectedText() == engine.spoken[30]
    assert view.verticalScrollBar().value() > 0  # the page follows the voice


def test_read_aloud_says_plain_hyphens_and_still_marks_the_sentence(
    qtbot: QtBot, write_article: Callable[..., Path], tmp_path: Path, support: FakeSupport
) -> None:
    # The page shows 'self-harm' with a hyphen that does not break; a voice is sent plain '-'.
    write_article("words", title="Self-harm and you", body="Self-harm is common. It can ease.")
    page = ArticleView(
        load_library([tmp_path / "pack"]), lambda url: None, lambda: "", speech=support
    )
    qtbot.addWidget(page)
    page.show()
    page.show_article("words")
    bar = bar_of(page)
    assert bar is not None
    bar.read_button.click()
    engine = support.created[0]
    assert engine.spoken[0] == "Self-harm and you"
    said = next(i for i, words in enumerate(engine.spoken) if "common" in words)
    assert engine.spoken[said].startswith("Self-harm is common.")
    engine.sentence_started.emit(said)
    marks = page.body_view.extraSelections()
    assert marks[0].cursor.selectedText().replace("\u2011", "-") == engine.spoken[said]


def test_pause_resume_and_stop(view: ArticleView, support: FakeSupport) -> None:
    bar = bar_of(view)
    assert bar is not None
    bar.read()
    engine = support.created[0]
    assert bar.pause_button.isVisible()
    assert bar.stop_button.isVisible()
    assert not bar.read_button.isVisible()
    bar.pause_button.click()
    assert view.read_aloud.state == "paused"
    assert bar.pause_button.text() == "Resume"
    bar.pause_button.click()
    assert view.read_aloud.state == "speaking"
    engine.sentence_started.emit(1)
    bar.stop_button.click()
    assert engine.calls == ["speak", "pause", "resume", "stop"]
    assert view.body_view.extraSelections() == []
    assert bar.read_button.isVisible()
    bar.read()
    engine.finished.emit()  # the end of the article
    assert view.read_aloud.state == "idle"
    assert len(support.created) == 1  # one engine for the whole session


def test_going_elsewhere_stops_reading(view: ArticleView, support: FakeSupport) -> None:
    bar = bar_of(view)
    assert bar is not None
    bar.read()
    view.show_article("second-step")
    assert support.created[0].calls[-1] == "stop"
    assert view.read_aloud.state == "idle"
    new_bar = bar_of(view)
    assert new_bar is not None
    new_bar.read()
    view.hide()  # another screen took its place
    assert view.read_aloud.state == "idle"
    view.show()
    new_bar.read()
    view.reset()  # a kiosk reset
    assert view.read_aloud.state == "idle"


def test_an_engine_that_fails_hides_the_control_calmly(
    view: ArticleView, support: FakeSupport, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard = watch_announcements(monkeypatch)
    bar = bar_of(view)
    assert bar is not None
    bar.read()
    support.created[0].failed.emit("speech-dispatcher is not running")
    assert not bar.read_button.isVisible()
    assert not bar.pause_button.isVisible()
    assert bar.note.isVisible()
    assert heard.texts == ["Read aloud is not available on this computer."]
    view.show_article("third-way")
    assert bar_of(view) is None  # not offered again this session


# --- the self-test never starts a voice ---------------------------------------------------


def test_the_self_test_tour_never_starts_speech(
    make_window: Callable[[AppContext], MainWindow],
    bundled_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from reader.ui.self_test import CHECKS, run_checks

    supports: list[FakeSupport] = []

    def counting_support() -> FakeSupport:
        supports.append(FakeSupport())
        return supports[-1]

    monkeypatch.setattr(article_view, "QtSpeechSupport", counting_support)
    window = make_window(bundled_context)
    assert run_checks(window, CHECKS) == []
    assert supports, "the tour opened no article"
    assert bar_of(window.article_view) is not None  # offered...
    assert all(s.created == [] for s in supports)  # ...but never started


# --- asking once before the system speech service starts ---------------------------------


def test_first_read_aloud_asks_once_about_the_speech_service(
    view: ArticleView, support: FakeSupport, reader_agrees: list[str]
) -> None:
    """The system speech service may keep a log, so the reader is told once before it starts."""
    bar = bar_of(view)
    assert bar is not None
    bar.read()
    bar.read()
    assert reader_agrees == ["Read aloud?"]


def test_saying_no_starts_no_speech(
    view: ArticleView, support: FakeSupport, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Declining the note leaves the engine unstarted."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    bar = bar_of(view)
    assert bar is not None
    bar.read()
    assert view.read_aloud.speech is None

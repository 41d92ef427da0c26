"""The reflections screen: prompts grouped by article, memory-only answers, print/export."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.exercises.reflections import EXPORT_NAME
from reader.ui.exercises.reflections_view import ReflectionsView
from tests.fakes import Recorder

PROMPTS = [
    ("urges", "Riding out an urge", "What does an urge feel like in your body?"),
    ("grounding", "Grounding and breathing", "Which exercise felt most comfortable?"),
    ("urges", "Riding out an urge", "Who could you message when an urge is strong?"),
]


@pytest.fixture
def view(qtbot: QtBot, printed: Recorder, exported: Recorder) -> ReflectionsView:
    widget = ReflectionsView(PROMPTS, printed, exported)
    qtbot.addWidget(widget)
    widget.resize(800, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_prompts_are_grouped_by_article(view: ReflectionsView) -> None:
    labels = [label.text() for label in view.findChildren(QLabel)]
    urge = labels.index("Riding out an urge")
    grounding = labels.index("Grounding and breathing")
    assert urge < labels.index(PROMPTS[0][2]) < labels.index(PROMPTS[2][2]) < grounding
    expected = [PROMPTS[0], PROMPTS[2], PROMPTS[1]]
    assert [(a, p) for a, p, _ in view.edits] == [(a, p) for a, _, p in expected]
    assert view.edits[0][2].accessibleName() == PROMPTS[0][2]


def test_plain_text_and_callbacks(
    view: ReflectionsView, printed: Recorder, exported: Recorder
) -> None:
    assert PROMPTS[1][2] in view.plain_text()  # nothing typed: every question shown, to write on
    QTest.keyClicks(view.edits[0][2], "Tight chest")
    text = view.plain_text()
    assert text.startswith("Riding out an urge\n------------------\n")  # title goes separately
    assert f"{PROMPTS[0][2]}\nTight chest\n" in text
    assert f"{PROMPTS[2][2]}\n____" in text  # the answered article's other question
    # Only the articles answered: every article's questions were some 20 printed pages.
    assert "Grounding and breathing" not in text
    assert text.endswith(
        "\n\nQuestions from the other articles are in Lantern, under My reflections.\n"
    )
    view.document_actions.print_button.click()
    view.document_actions.export_button.click()
    assert printed.calls == [("My reflections", text)]
    assert exported.calls == [(EXPORT_NAME, text)]
    assert EXPORT_NAME == "reflections"


def test_buttons_hidden_when_callbacks_are_none(qtbot: QtBot) -> None:
    widget = ReflectionsView(PROMPTS, None, None)
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.document_actions.print_button.isVisible()
    assert not widget.document_actions.export_button.isVisible()
    assert widget.document_actions.clear_button.isVisible()


def test_clear_wipes_answers_and_undo(view: ReflectionsView) -> None:
    for _, _, edit in view.edits:
        QTest.keyClicks(edit, "private words")
    assert view.has_typed_text()
    view.document_actions.clear_button.click()
    view.document_actions.confirm_button.click()
    for _, _, edit in view.edits:
        edit.undo()
        assert edit.toPlainText() == ""
        assert not edit.document().isUndoAvailable()
    assert not view.has_typed_text()


def test_reset_wipes_answers_and_undo(view: ReflectionsView) -> None:
    QTest.keyClicks(view.edits[1][2], "secret")
    view.reset()
    view.edits[1][2].undo()
    assert view.edits[1][2].toPlainText() == ""
    assert "secret" not in view.plain_text()


def test_no_prompts_shows_a_message_and_no_actions(qtbot: QtBot) -> None:
    widget = ReflectionsView([], lambda t, x: None, lambda n, x: None)
    qtbot.addWidget(widget)
    widget.show()
    texts = [label.text() for label in widget.findChildren(QLabel)]
    assert "There are no reflection questions to show." in texts
    assert not any("Write as much" in text for text in texts)  # no invitation to write
    assert not widget.document_actions.isVisible()
    assert widget.edits == []


MANY = [(f"article-{n}", f"Article {n}", f"Question {n}?") for n in range(1, 9)]


@pytest.fixture
def long_view(qtbot: QtBot) -> ReflectionsView:
    """Reflections over eight articles: long enough for an "On this page" list, laid out."""
    widget = ReflectionsView(MANY)
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.verticalScrollBar().maximum() > 0)  # laid out, as when seen
    return widget


def test_a_short_page_has_no_contents_list(view: ReflectionsView) -> None:
    assert view.contents_links == []
    assert "On this page" not in [label.text() for label in view.findChildren(QLabel)]


def test_on_this_page_takes_the_reader_to_an_articles_questions(
    qtbot: QtBot, long_view: ReflectionsView
) -> None:
    """With many articles, a link jumps to one article's questions, cursor in its first box."""
    view = long_view
    assert [link.accessibleName() for link in view.contents_links] == [t for _, t, _ in MANY]
    link = view.contents_links[4]
    link.setFocus()
    QTest.keyClick(link, Qt.Key.Key_Return)
    box = view.edits[4][2]
    qtbot.waitUntil(box.hasFocus)
    title = next(label for label in view.findChildren(QLabel) if label.text() == "Article 5")
    top = title.mapTo(view.viewport(), QPoint(0, 0)).y()
    assert 0 <= top < 10  # the article's heading is at the top of the page
    assert view.verticalScrollBar().value() > 0


def test_contents_links_are_as_wide_as_their_words(
    qtbot: QtBot, long_view: ReflectionsView
) -> None:
    """A focused link's ring hugs its words, not the whole width of the page."""
    link = long_view.contents_links[0]
    qtbot.waitUntil(lambda: link.width() > 0)
    words = link.fontMetrics().horizontalAdvance("Article 1")
    assert link.width() < words + 40  # before: the width of the whole reading column

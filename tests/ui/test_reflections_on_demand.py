"""My reflections with many articles: each article's questions are built once it is chosen.

Every article's questions at once were nearly 200 text boxes (1,500 widgets): the page took
about a second to open, and a kiosk reset a tenth of one to free it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from reader.exercises.reflections import answer_key
from reader.ui.exercises.reflections_view import ReflectionsView

MANY = [(f"article-{n}", f"Article {n}", f"Question {n}?") for n in range(1, 41)]


@pytest.fixture
def answers() -> dict[tuple[str, str], str]:
    """Answers typed under the articles, shared with the page."""
    return {answer_key("article-6", "Question 6?"): "written under article six"}


@pytest.fixture
def view(qtbot: QtBot, answers: dict[tuple[str, str], str]) -> ReflectionsView:
    widget = ReflectionsView(MANY, answers=answers, on_demand=True)
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def boxes(view: ReflectionsView) -> list[QPlainTextEdit]:
    """The text boxes the page has now."""
    return view.findChildren(QPlainTextEdit)


def test_only_the_questions_answered_under_an_article_are_there_at_first(
    view: ReflectionsView,
) -> None:
    assert [box.accessibleName() for box in boxes(view)] == ["Question 6?"]
    assert boxes(view)[0].toPlainText() == "written under article six"
    assert view.has_typed_text()


def test_choosing_an_article_shows_its_questions_with_the_cursor_in_the_first(
    qtbot: QtBot, view: ReflectionsView
) -> None:
    link = view.contents_links[30]
    link.setFocus()
    QTest.keyClick(link, Qt.Key.Key_Return)
    box = next(b for b in boxes(view) if b.accessibleName() == "Question 31?")
    qtbot.waitUntil(box.hasFocus)
    assert box.isVisible()
    assert len(boxes(view)) == 2
    # On screen, not below it: the page scrolled once the new questions made it longer.
    top = box.mapTo(view.viewport(), QPoint(0, 0)).y()
    assert top >= 0
    assert top + box.height() <= view.viewport().height()
    # The articles between the two shown (6, answered, and 31) take no room: 31 follows 6.
    heading = next(label for label in view.findChildren(QLabel) if label.text() == "Article 31")
    sixth = next(b for b in boxes(view) if b.accessibleName() == "Question 6?").parentWidget()
    below_sixth = sixth.mapTo(view.widget(), QPoint(0, sixth.height())).y()
    gap = heading.parentWidget().mapTo(view.widget(), QPoint(0, 0)).y() - below_sixth
    assert gap < 60


def test_tab_goes_from_the_last_box_to_the_page_s_buttons_in_page_order(
    qtbot: QtBot, view: ReflectionsView
) -> None:
    view.go_to_group(7)
    view.go_to_group(1)
    chosen = [b.accessibleName() for b in boxes(view)]
    first = next(b for b in boxes(view) if b.accessibleName() == "Question 2?")
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    heard = []
    for _ in range(3):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        heard.append(QApplication.focusWidget().accessibleName())
    assert sorted(chosen) == ["Question 2?", "Question 6?", "Question 8?"]
    assert heard[:2] == ["Question 6?", "Question 8?"]
    assert heard[2] == view.document_actions.clear_button.accessibleName()


def test_the_printable_copy_and_clear_cover_questions_not_yet_shown(
    view: ReflectionsView, answers: dict[tuple[str, str], str]
) -> None:
    answers[answer_key("article-8", "Question 8?")] = "typed under article eight later"
    text = view.plain_text()
    assert (
        "Question 1?" not in text
    )  # the articles answered only (tests/ui/test_reflections_copy.py)
    assert "written under article six" in text
    assert "typed under article eight later" in text
    assert len(boxes(view)) == 1  # printing built nothing
    view.reset()
    assert not view.has_typed_text()
    assert not any(answers.values())
    assert "typed under article eight" not in view.plain_text()


def test_an_answer_typed_under_an_article_while_the_page_is_away_is_in_the_copy(
    view: ReflectionsView, answers: dict[tuple[str, str], str]
) -> None:
    """Its box was built and then left: the answer typed under the article since is the one."""
    view.go_to_group(1)
    view.hide()
    answers[answer_key("article-2", "Question 2?")] = "typed under article two since"
    assert "typed under article two since" in view.plain_text()
    assert view.has_typed_text()

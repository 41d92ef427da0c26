"""What My reflections prints and saves: the articles answered, not every article's questions.

Every article's questions went into the copy: with one answer typed it was 969 lines, about 20
printed pages mostly of blank lines, with one private answer somewhere in it; on a clinic's
kiosk, a stack of paper at the shared printer.
"""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from reader.exercises.reflections import EXPORT_NAME, answer_key
from reader.ui.exercises.reflections_view import ReflectionsView
from tests.fakes import Recorder

MANY = [(f"article-{n}", f"Article {n}", f"Question {n}?") for n in range(1, 41)]
MANY.append(("article-5", "Article 5", "Another question 5?"))  # article 5 asks two
OTHERS = "Questions from the other articles are in Lantern, under My reflections."


@pytest.fixture
def answers() -> dict[tuple[str, str], str]:
    """Answers typed under the articles, shared with the page (none yet)."""
    return {}


@pytest.fixture
def view(
    qtbot: QtBot, answers: dict[tuple[str, str], str], printed: Recorder, exported: Recorder
) -> ReflectionsView:
    widget = ReflectionsView(MANY, printed, exported, answers=answers, on_demand=True)
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def headings(text: str) -> list[str]:
    """The article titles in a copy (each underlined)."""
    lines = text.splitlines()
    pairs = zip(lines, lines[1:], strict=False)  # each line with the one below it
    return [line for line, below in pairs if below and set(below) == {"-"}]


def box(view: ReflectionsView, prompt: str) -> QPlainTextEdit:
    """The text box of one question, once its article is shown."""
    return next(b for b in view.findChildren(QPlainTextEdit) if b.accessibleName() == prompt)


def test_with_an_answer_the_copy_holds_only_the_articles_answered(
    view: ReflectionsView,
    answers: dict[tuple[str, str], str],
    printed: Recorder,
    exported: Recorder,
) -> None:
    answers[answer_key("article-9", "Question 9?")] = "typed under article nine"
    view.go_to_group(2)  # shown, not answered: not in the copy
    view.go_to_group(4)
    QTest.keyClicks(box(view, "Another question 5?"), "a walk")
    view.document_actions.print_button.click()
    view.document_actions.export_button.click()
    text = view.plain_text()
    assert printed.calls == [("My reflections", text)]
    assert exported.calls == [(EXPORT_NAME, text)]
    assert headings(text) == ["Article 5", "Article 9"]  # in page order, not as answered
    assert "Question 5?\n____" in text  # the answered article's other question, to write on
    assert "Another question 5?\na walk\n" in text
    assert "Question 9?\ntyped under article nine\n" in text
    assert text.endswith(f"\n\n{OTHERS}\n")  # where the rest are
    assert len(text.splitlines()) < 25  # before: over 300 lines for these 40 articles


def test_with_nothing_typed_the_copy_holds_the_articles_shown_to_write_on(
    view: ReflectionsView, printed: Recorder
) -> None:
    view.go_to_group(6)
    view.go_to_group(1)
    view.document_actions.print_button.click()
    text = view.plain_text()
    assert printed.calls == [("My reflections", text)]
    assert headings(text) == ["Article 2", "Article 7"]
    assert "Question 2?\n____" in text
    assert text.endswith(f"\n\n{OTHERS}\n")


def test_with_nothing_typed_or_shown_print_and_save_say_to_choose_an_article(
    view: ReflectionsView, printed: Recorder, exported: Recorder
) -> None:
    """Forty articles' blank questions were the same stack of paper as before."""
    actions = view.document_actions
    actions.print_button.click()
    assert printed.calls == []
    assert actions.printed_label.isVisible()
    said = actions.printed_label.text().replace("\u200b", "")  # long words may break anywhere
    assert said.startswith("Nothing to print yet.")
    assert "Choose an article above" in said
    actions.export_button.click()
    assert exported.calls == []
    # Save says so in its own words: Print's line, still there, passed for it.
    said = actions.printed_label.text().replace("\u200b", "")
    assert said.startswith("Nothing to save yet.")
    assert "Choose an article above" in said
    view.go_to_group(3)  # what it said is no longer so
    assert not actions.printed_label.isVisible()
    actions.print_button.click()
    assert headings(printed.calls[0][1]) == ["Article 4"]


def test_a_short_page_with_nothing_typed_copies_every_article(
    qtbot: QtBot, printed: Recorder
) -> None:
    """Two articles' questions are all shown at once: the copy is the page, to write on."""
    widget = ReflectionsView(MANY[:2], printed)
    qtbot.addWidget(widget)
    widget.show()
    widget.document_actions.print_button.click()
    text = printed.calls[0][1]
    assert headings(text) == ["Article 1", "Article 2"]
    assert OTHERS not in text

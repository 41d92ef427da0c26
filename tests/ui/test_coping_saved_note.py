"""'Saved a copy as ...' and 'Sent to the printer.' under the safety plan and My reflections
say when the text changed since: they stayed as they were under a plan changed after saving or
printing, read as the change kept, and the change went at exit."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.exercises.reflections import answer_key
from reader.ui.exercises.reflections_view import ReflectionsView
from reader.ui.exercises.safety_plan_view import SafetyPlanView
from reader.ui.paper_words import SENT_TO_PRINTER

CHANGED = "changed it since"
MANY = [(f"article-{n}", f"Article {n}", f"Question {n}?") for n in range(1, 6)]


def _note(label_text: str) -> str:
    return label_text.replace("\u200b", "")  # long names may break anywhere


def _plan_saved_with(qtbot: QtBot, tmp_path: Path, reasons: str) -> SafetyPlanView:
    """A shown safety plan with its reasons typed, and a copy of it saved."""
    saved = tmp_path / "safety-plan.txt"
    plan = SafetyPlanView(lambda: ["Samaritans: Call 116 123"], on_export=lambda _n, _t: saved)
    qtbot.addWidget(plan)
    plan.show()
    plan.edits["reasons"].setPlainText(reasons)
    plan.document_actions.export_button.click()
    return plan


def test_a_plan_changed_after_saving_says_the_copy_does_not_have_the_change(
    qtbot: QtBot, tmp_path: Path
) -> None:
    plan = _plan_saved_with(qtbot, tmp_path, "my dog")
    actions = plan.document_actions
    assert CHANGED not in _note(actions.saved_label.text())
    plan.edits["people_to_ask"].setPlainText("my sister, 07700 900123")
    note = _note(actions.saved_label.text())
    assert actions.saved_label.isVisible()  # where the first copy went is still said
    assert "safety-plan.txt" in note
    assert CHANGED in note
    plan.edits["people_to_ask"].setPlainText("")  # back as it was saved
    assert CHANGED not in _note(actions.saved_label.text())
    plan.edits["reasons"].setPlainText("my dog and the sea")
    actions.export_button.click()  # saved again: this copy has it
    assert CHANGED not in _note(actions.saved_label.text())


SENT = SENT_TO_PRINTER  # the words paper.py says, as the view compares them
NO_PRINTER = "Nothing was printed: this computer has no printer set up."


def test_a_plan_changed_after_printing_says_the_printed_copy_does_not_have_the_change(
    qtbot: QtBot,
) -> None:
    """'Sent to the printer.' stayed as it was under a plan changed since: it read as the
    change printed, and the reader left with a plan on paper without it."""
    plan = SafetyPlanView(lambda: ["Samaritans: Call 116 123"], on_print=lambda _t, _x: SENT)
    qtbot.addWidget(plan)
    plan.show()
    actions = plan.document_actions
    plan.edits["reasons"].setPlainText("my dog")
    actions.print_button.click()
    assert actions.printed_label.text() == SENT
    plan.edits["people_to_ask"].setPlainText("my sister, 07700 900123")
    assert actions.printed_label.text() == (
        f"{SENT} You have changed it since: print again to include the changes."
    )
    plan.edits["people_to_ask"].setPlainText("")  # back as it was printed
    assert actions.printed_label.text() == SENT
    plan.edits["reasons"].setPlainText("my dog and the sea")
    actions.print_button.click()  # printed again: this copy has it
    assert actions.printed_label.text() == SENT


def test_nothing_printed_stays_as_it_was_said_under_a_changed_plan(qtbot: QtBot) -> None:
    """Nothing went to the printer: there is no printed copy for the change to be missing from."""
    plan = SafetyPlanView(lambda: [], on_print=lambda _t, _x: NO_PRINTER)
    qtbot.addWidget(plan)
    plan.show()
    plan.document_actions.print_button.click()
    plan.edits["reasons"].setPlainText("my dog")
    assert plan.document_actions.printed_label.text() == NO_PRINTER


@pytest.mark.parametrize("kept", ["saved", "printed"])
def test_reflections_say_so_of_an_answer_typed_under_an_article_since(
    qtbot: QtBot, tmp_path: Path, kept: str
) -> None:
    answers: dict[tuple[str, str], str] = {answer_key("article-1", "Question 1?"): "music"}
    view = ReflectionsView(
        MANY,
        on_export=lambda _n, _t: tmp_path / "reflections.txt",
        on_print=lambda _t, _x: SENT,
        answers=answers,
    )
    qtbot.addWidget(view)
    view.show()
    actions = view.document_actions
    button, note = (
        (actions.export_button, actions.saved_label)
        if kept == "saved"
        else (actions.print_button, actions.printed_label)
    )
    button.click()
    assert CHANGED not in _note(note.text())
    view.hide()  # the reader went to an article and answered its question there
    answers[answer_key("article-2", "Question 2?")] = "a walk helps"
    view.show()
    assert CHANGED in _note(note.text())


def test_a_reset_page_says_nothing_of_the_last_readers_copies(qtbot: QtBot, tmp_path: Path) -> None:
    plan = _plan_saved_with(qtbot, tmp_path, "my dog")
    actions = plan.document_actions
    actions.show_printed("Sent to the printer.")
    plan.reset()  # a kiosk's next reader, or the page started again
    assert not actions.saved_label.isVisible()  # the last reader's file name went with them
    assert not actions.printed_label.isVisible()
    plan.edits["reasons"].setPlainText("the sea")
    assert not actions.saved_label.isVisible()  # and typing does not bring the note back

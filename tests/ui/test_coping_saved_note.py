"""'Saved a copy as ...' under the safety plan and My reflections says when the text changed
since: it stayed as it was under a plan changed after saving, read as the change kept, and the
change went at exit."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.exercises.reflections import answer_key
from reader.ui.exercises.reflections_view import ReflectionsView
from reader.ui.exercises.safety_plan_view import SafetyPlanView

CHANGED = "changed it since"
MANY = [(f"article-{n}", f"Article {n}", f"Question {n}?") for n in range(1, 6)]


def _note(label_text: str) -> str:
    return label_text.replace("\u200b", "")  # long names may break anywhere


def test_a_plan_changed_after_saving_says_the_copy_does_not_have_the_change(
    qtbot: QtBot, tmp_path: Path
) -> None:
    saved = tmp_path / "safety-plan.txt"
    plan = SafetyPlanView(lambda: ["Samaritans: Call 116 123"], on_export=lambda _n, _t: saved)
    qtbot.addWidget(plan)
    plan.show()
    actions = plan.document_actions
    plan.edits["reasons"].setPlainText("my dog")
    actions.export_button.click()
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


def test_reflections_say_so_of_an_answer_typed_under_an_article_since(
    qtbot: QtBot, tmp_path: Path
) -> None:
    answers: dict[tuple[str, str], str] = {}
    view = ReflectionsView(
        MANY, on_export=lambda _n, _t: tmp_path / "reflections.txt", answers=answers
    )
    qtbot.addWidget(view)
    view.show()
    actions = view.document_actions
    actions.export_button.click()
    view.hide()  # the reader went to an article and answered its question there
    answers[answer_key("article-2", "Question 2?")] = "a walk helps"
    view.show()
    assert CHANGED in _note(actions.saved_label.text())

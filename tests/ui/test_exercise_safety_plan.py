"""The safety plan screen: sections, filled-in contacts, print/export callbacks, clearing."""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.exercises.document import WRITE_IN
from reader.exercises.safety_plan import EXPORT_NAME
from reader.ui.exercises.safety_plan_view import SafetyPlanView
from tests.fakes import Recorder

CONTACTS = [
    "Samaritans — phone 116 123 — open 24 hours",
    "Shout — text SHOUT to 85258 — open 24 hours",
]
# Safe-messaging L9: method, means or substance words must never appear on this screen.
METHOD_WORDS = re.compile(
    r"\b(cut\w*|blade\w*|razor\w*|knife|knives|burn\w*|ligature|rope|hang\w*|firearm\w*|gun\w*|"
    r"jump\w*|overdose\w*|tablet\w*|pill\w*|medication\w*|medicine\w*|paracetamol|poison\w*|"
    r"lethal|bridge|cliff|rooftop|railway)\b",
    re.IGNORECASE,
)


@pytest.fixture
def view(qtbot: QtBot, printed: Recorder, exported: Recorder) -> SafetyPlanView:
    widget = SafetyPlanView(lambda: list(CONTACTS), printed, exported)
    qtbot.addWidget(widget)
    widget.resize(800, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def screen_text(view: SafetyPlanView) -> str:
    return "\n".join(label.text() for label in view.findChildren(QLabel))


def test_sections_follow_the_steps_then_what_matters_to_me(view: SafetyPlanView) -> None:
    text = screen_text(view)
    headings = [
        "Step 1: Warning signs",
        "Step 2: Things I can do on my own",
        "Step 3: People and places that take my mind off things",
        "Step 4: People I can ask for help",
        "Step 5: Professionals and services I can contact",
        "Step 6: Making my space safer",
        "What matters to me",
    ]
    positions = [text.index(h) for h in headings]
    assert positions == sorted(positions)
    assert list(view.edits) == [
        "warning_signs",
        "coping_alone",
        "people_places",
        "people_to_ask",
        "professionals",
        "safer_space",
        "reasons",
    ]


def test_note_says_make_it_with_someone_trained_and_not_a_contract(view: SafetyPlanView) -> None:
    text = screen_text(view)
    assert "with someone trained to help, like a doctor, nurse or therapist" in text
    assert "not a promise or a contract" in text
    assert "If you feel in danger right now, you can go straight to step 5." in text
    assert "Reasons for living" not in text


def test_no_method_detail_anywhere_on_the_screen(view: SafetyPlanView) -> None:
    text = screen_text(view) + "\n" + view.plain_text()
    assert METHOD_WORDS.findall(text) == []


def test_professional_step_is_filled_from_the_contacts(view: SafetyPlanView) -> None:
    edit = view.edits["professionals"]
    assert edit.toPlainText() == "\n".join(CONTACTS)
    edit.undo()
    assert edit.toPlainText() == "\n".join(CONTACTS)  # undo cannot remove the filled-in lines
    assert not view.has_typed_text()


def test_plain_text_has_every_heading_and_what_was_typed(view: SafetyPlanView) -> None:
    QTest.keyClicks(view.edits["warning_signs"], "Not sleeping")
    view.edits["reasons"].setPlainText("My dog\nSeeing the sea")
    text = view.plain_text()
    assert text.startswith("A safety plan is a short list")  # the title goes separately
    assert "My safety plan" not in text
    assert "not a promise or a contract" in text
    assert "Step 1: Warning signs\n---------------------\nNot sleeping\n" in text
    assert "Samaritans — phone 116 123 — open 24 hours" in text
    assert "What matters to me\n------------------\nMy dog\nSeeing the sea\n" in text
    assert f"Step 6: Making my space safer\n-----------------------------\n{WRITE_IN}" in text
    assert view.has_typed_text()


def test_print_and_export_call_back_with_the_plan(
    view: SafetyPlanView, printed: Recorder, exported: Recorder
) -> None:
    view.edits["coping_alone"].setPlainText("Music")
    view.document_actions.print_button.click()
    view.document_actions.export_button.click()
    assert printed.calls == [("My safety plan", view.plain_text())]
    assert exported.calls == [(EXPORT_NAME, view.plain_text())]
    assert EXPORT_NAME == "safety-plan"
    assert "Music" in printed.calls[0][1]


@pytest.mark.parametrize(
    ("with_print", "with_export", "keeping"),
    [
        (True, False, "print it with the button"),
        (False, True, "Leave quickly closes Lantern, and the plan goes with it."),
        (False, False, "write it down or copy it into your phone"),
    ],
)
def test_buttons_hidden_when_callbacks_are_missing(
    qtbot: QtBot, with_print: bool, with_export: bool, keeping: str
) -> None:
    widget = SafetyPlanView(
        lambda: [], Recorder() if with_print else None, Recorder() if with_export else None
    )
    qtbot.addWidget(widget)
    widget.show()
    actions = widget.document_actions
    assert actions.print_button.isVisible() is with_print
    assert actions.export_button.isVisible() is with_export
    assert actions.clear_button.isVisible()
    assert keeping in screen_text(widget)


def test_clear_asks_first_and_keep_it_keeps_the_text(view: SafetyPlanView) -> None:
    view.edits["warning_signs"].setPlainText("Staying in")
    view.document_actions.clear_button.click()
    assert view.document_actions.confirm_box.isVisible()
    assert view.edits["warning_signs"].toPlainText() == "Staying in"
    # The safe choice stands out, not the one that cannot be undone.
    assert view.document_actions.keep_button.objectName() == "primary"
    assert view.document_actions.confirm_button.objectName() != "primary"
    view.document_actions.keep_button.click()
    assert not view.document_actions.confirm_box.isVisible()
    assert view.edits["warning_signs"].toPlainText() == "Staying in"


def test_confirmed_clear_wipes_text_and_undo_and_refills_contacts(view: SafetyPlanView) -> None:
    QTest.keyClicks(view.edits["people_to_ask"], "my sister")
    QTest.keyClicks(view.edits["professionals"], " my GP")
    view.document_actions.clear_button.click()
    view.document_actions.confirm_button.click()
    for key, edit in view.edits.items():
        edit.undo()
        expected = "\n".join(CONTACTS) if key == "professionals" else ""
        assert edit.toPlainText() == expected
        assert not edit.document().isUndoAvailable()
    assert not view.has_typed_text()
    assert not view.document_actions.confirm_box.isVisible()


def test_reset_asks_for_fresh_contacts(qtbot: QtBot) -> None:
    supplied = [["First line"], ["Second line"]]
    widget = SafetyPlanView(lambda: supplied.pop(0))
    qtbot.addWidget(widget)
    assert widget.edits["professionals"].toPlainText() == "First line"
    widget.reset()
    assert widget.edits["professionals"].toPlainText() == "Second line"


def test_step_5_says_services_are_filled_in_only_when_they_are(
    qtbot: QtBot, view: SafetyPlanView
) -> None:
    explanation = (
        "People whose job is to help: your doctor, therapist or care team, and crisis lines. "
        "If you are in danger now, call your local emergency number."
    )
    assert view.explanations["professionals"].text() == (
        f"{explanation} Some numbers are filled in for you. Add your own."
    )
    no_numbers: list[list[str]] = [[], ["In an emergency, call your local emergency number."]]
    for lines in no_numbers:
        # No country known: no numbers to speak of, only the line about emergencies.
        plan = SafetyPlanView(partial(list, lines))
        qtbot.addWidget(plan)
        text = plan.explanations["professionals"].text()
        assert "filled in" not in text
        assert text == (
            f"{explanation} Write down the ones you would contact. Get help now lists crisis "
            "lines for some countries."
        )


def test_a_saved_copy_says_where_it_went_until_the_plan_is_cleared(
    qtbot: QtBot, tmp_path: Path
) -> None:
    saved = tmp_path / "Documents" / "my-safety-plan.pdf"
    widget = SafetyPlanView(lambda: list(CONTACTS), on_export=lambda _name, _text: saved)
    qtbot.addWidget(widget)
    widget.show()
    actions = widget.document_actions
    assert not actions.saved_label.isVisible()  # nothing said before anything is saved
    actions.export_button.click()
    # Nothing said where the file went, or that it was saved at all.
    assert actions.saved_label.isVisible()
    shown = actions.saved_label.text().replace("\u200b", "")  # long names may break anywhere
    assert "my-safety-plan.pdf" in shown
    assert str(saved.parent) in shown
    actions.clear_button.click()
    actions.confirm_button.click()
    assert not actions.saved_label.isVisible()


def test_a_copy_not_saved_says_nothing(qtbot: QtBot) -> None:
    widget = SafetyPlanView(lambda: list(CONTACTS), on_export=lambda _name, _text: None)
    qtbot.addWidget(widget)
    widget.show()
    widget.document_actions.export_button.click()  # the person cancelled the chooser
    assert not widget.document_actions.saved_label.isVisible()


def test_a_save_cancelled_after_a_change_no_longer_says_the_plan_was_saved(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """'Saved a copy as ...' stayed under a plan changed and saved again, but cancelled: it
    read as the new plan kept, and the change was lost at exit (as print's note did)."""
    answers: list[Path | None] = [tmp_path / "safety-plan.txt", None]
    widget = SafetyPlanView(lambda: list(CONTACTS), on_export=lambda _n, _t: answers.pop(0))
    qtbot.addWidget(widget)
    widget.show()
    actions = widget.document_actions
    actions.export_button.click()
    assert actions.saved_label.isVisible()
    widget.edits["reasons"].setPlainText("my dog")
    actions.export_button.click()  # the person changed their mind in the chooser
    assert not actions.saved_label.isVisible()

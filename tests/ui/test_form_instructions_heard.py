"""A screen reader hears what each box is for when Tab reaches it, as a sighted reader reads
the lines above it: the safety plan's explanations and examples, grounding's guidance."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from reader.exercises.safety_plan import PROFESSIONALS, SECTIONS
from reader.ui.exercises.grounding_view import GroundingView
from reader.ui.exercises.safety_plan_view import SafetyPlanView

NUMBERS = ["Samaritans — phone 116 123 — open 24 hours"]


def _description(box: QPlainTextEdit) -> str:
    face = QAccessible.queryAccessibleInterface(box)
    assert face is not None
    return face.text(QAccessible.Text.Description)


def _lines_above(box: QWidget) -> list[str]:
    """The words shown between a box and the section title above it, in order."""
    layout = box.parentWidget().layout()
    widgets = [layout.itemAt(i).widget() for i in range(layout.count())]
    lines: list[str] = []
    for widget in widgets[: widgets.index(box)]:
        if isinstance(widget, QLabel):
            heading = widget.objectName() == "sectionTitle"
            lines = [] if heading else [*lines, widget.text()]
    return lines


def test_each_safety_plan_box_is_described_by_its_explanation_and_example(qtbot: QtBot) -> None:
    """Tab from box to box said "Step 1: Warning signs, edit" and no more: what a warning
    sign is, and the examples, were heard only by reading the page line by line."""
    view = SafetyPlanView(lambda: list(NUMBERS))
    qtbot.addWidget(view)
    for section in SECTIONS:
        box = view.edits[section.key]
        lines = _lines_above(box)
        assert len(lines) == 2, section.key  # what to write, then examples
        assert _description(box) == " ".join(lines), section.key


def test_the_professionals_box_says_what_was_filled_in(qtbot: QtBot) -> None:
    """The explanation there changes with the numbers filled in; the description follows."""
    lines = list(NUMBERS)
    view = SafetyPlanView(lambda: list(lines))
    qtbot.addWidget(view)
    box = view.edits[PROFESSIONALS]
    assert "Some numbers are filled in for you" in _description(box)
    lines.clear()  # another region, with no lines known
    view.refill_contacts()
    described = _description(box)
    assert "Some numbers are filled in for you" not in described
    assert view.explanations[PROFESSIONALS].text() in described


def test_each_grounding_notes_box_is_described_by_its_guidance(qtbot: QtBot) -> None:
    """Tab to a step's notes said its title alone, not what to look, listen or feel for."""
    view = GroundingView()
    qtbot.addWidget(view)
    assert len(view.notes) == 5
    for box in view.notes:
        [guidance] = _lines_above(box)
        assert _description(box) == guidance

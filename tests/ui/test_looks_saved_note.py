"""The line under Save a copy wraps a folder's path between its folders, not inside a name.

Before, every run of twelve letters got a break, so at 200% in a narrow window the note read
"Saved a copy as my-safety-plan.txt, in /home/sam/Do" with "cuments." on the next line.
"""

from __future__ import annotations

from pathlib import Path, PureWindowsPath

import pytest
from pytestqt.qtbot import QtBot

from reader.ui.exercises.safety_plan_view import SafetyPlanView

BREAK = "\u200b"  # where a line may wrap inside what has no space


@pytest.mark.parametrize(
    ("folder", "names"),
    [
        ("/home/sam/Documents", ["home", "sam", "Documents"]),
        (r"C:\Users\Samantha\OneDrive\Documents", ["Users", "Samantha", "OneDrive", "Documents"]),
    ],
)
def test_a_folder_name_is_never_broken_inside(qtbot: QtBot, folder: str, names: list[str]) -> None:
    widget = SafetyPlanView(list)
    qtbot.addWidget(widget)
    widget.show()
    actions = widget.document_actions
    path = PureWindowsPath(folder) if "\\" in folder else Path(folder)
    actions.show_saved(path / "my-safety-plan.txt")  # type: ignore[arg-type]
    shown = actions.saved_label.text()
    assert shown.replace(BREAK, "") == f"Saved a copy as my-safety-plan.txt, in {folder}."
    # Each name whole, and a place to wrap after each separator.
    assert [name for name in names if name not in shown] == []
    assert shown.count(BREAK) >= len(names)


def test_a_name_too_long_for_a_line_can_still_wrap(qtbot: QtBot) -> None:
    widget = SafetyPlanView(list)
    qtbot.addWidget(widget)
    widget.show()
    long_name = "A_very_long_folder_name_with_no_spaces_in_it_at_all"
    widget.document_actions.show_saved(Path("/home") / long_name / "plan.txt")
    shown = widget.document_actions.saved_label.text()
    inside = shown.split("/")[2].removesuffix(".")
    assert inside.replace(BREAK, "") == long_name
    assert BREAK in inside  # it wraps, rather than widen the page past the window

"""A copy saved as plain text: the title, a blank line, the text, and one newline at the end."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.exercises.document import Section, format_document
from reader.ui.export import write_export


def test_a_saved_document_ends_with_one_newline(tmp_path: Path) -> None:
    """The plan and reflections end with a newline of their own: the file ended with two."""
    text = format_document([], [Section("Reasons to stay safe", "my dog")])
    assert text.endswith("my dog\n")
    chosen = tmp_path / "my plan.txt"
    write_export(chosen, "My safety plan", text)
    written = chosen.read_text(encoding="utf-8")
    assert written == f"My safety plan\n\n{text}"
    assert written.endswith("my dog\n")


@pytest.mark.parametrize("text", ["Warning signs: tired, alone.", "Warning signs: tired.\n\n\n"])
def test_any_text_saved_ends_with_one_newline(tmp_path: Path, text: str) -> None:
    chosen = tmp_path / "my plan.txt"
    write_export(chosen, "My safety plan", text)
    written = chosen.read_text(encoding="utf-8")
    assert written.startswith("My safety plan\n\nWarning signs: tired")
    assert written.endswith(".\n")
    assert not written.endswith("\n\n")

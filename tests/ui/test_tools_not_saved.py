"""Save a copy that fails: its advice offers printing only where there is a printer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from reader.ui import export, paper


@pytest.mark.parametrize("printer", [True, False])
def test_not_saved_says_print_it_instead_only_with_a_printer(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, printer: bool
) -> None:
    """With none, "print it instead" led to Print's "Nothing was printed" after a failed save."""
    parent = QWidget()
    qtbot.addWidget(parent)
    gone = tmp_path / "stick pulled out" / "my plan.txt"
    monkeypatch.setattr(paper, "has_printer", lambda: printer)
    monkeypatch.setattr(export.SaveChooser, "exec", lambda _c: QDialog.DialogCode.Accepted.value)
    monkeypatch.setattr(export.SaveChooser, "chosen_path", lambda _c: gone)
    warned: list[str] = []
    monkeypatch.setattr(export.QMessageBox, "warning", lambda _p, _title, text: warned.append(text))
    assert export.save_a_copy(parent, "my plan", "My safety plan", "Text") is None
    [text] = warned
    assert "What you wrote is still here." in text
    assert ("print it instead" in text) is printer
    assert "Try another folder" in text

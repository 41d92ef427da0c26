"""Print says what happened: a reader must not go to collect a plan that was never printed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from reader.ui import paper
from reader.ui.exercises.document_actions import DocumentActions
from reader.ui.main_window import MainWindow

NOTHING = "Nothing was printed: this computer has no printer set up."


class _Dialog:
    """Qt's print dialog, answered at once."""

    def __init__(self, printer: QPrinter, answer: QDialog.DialogCode, system: bool) -> None:
        self.answer = answer
        if not system:  # what Qt's dialog leaves when no printer of the system's was chosen
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)

    def exec(self) -> QDialog.DialogCode:
        return self.answer

    def deleteLater(self) -> None:  # noqa: N802 - Qt's name; print_text deletes its dialog
        pass


def _actions(window: MainWindow, screen: str) -> DocumentActions:
    window.open_screen(screen)
    actions = window.screens[screen].findChild(QWidget, "documentActions")
    assert isinstance(actions, DocumentActions)
    return actions


@pytest.mark.parametrize("screen", ["safety-plan", "reflections"])
def test_with_no_printer_print_says_nothing_was_printed(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, screen: str
) -> None:
    monkeypatch.setattr(paper, "has_printer", lambda: False)
    monkeypatch.setattr(paper, "print_dialog", pytest.fail)  # no dialog that cannot print
    window.open_article("calm-start")  # an answer under it: My reflections has a copy to print
    window.article_view.prompt_boxes[0].setPlainText("something private")
    actions = _actions(window, screen)
    actions.print_button.click()
    assert actions.printed_label.isVisibleTo(actions)
    assert actions.printed_label.text() == NOTHING


def test_a_dialog_left_with_no_system_printer_prints_nothing_and_says_so(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before: Print in the dialog "printed" to nowhere (QPainter::begin(): Returned false).
    monkeypatch.setattr(paper, "has_printer", lambda: True)
    monkeypatch.setattr(
        paper,
        "print_dialog",
        lambda printer, parent: _Dialog(printer, QDialog.DialogCode.Accepted, system=False),
    )
    actions = _actions(window, "safety-plan")
    actions.print_button.click()
    assert actions.printed_label.text() == NOTHING


def test_print_cancelled_says_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paper, "has_printer", lambda: True)
    monkeypatch.setattr(
        paper,
        "print_dialog",
        lambda printer, parent: _Dialog(printer, QDialog.DialogCode.Rejected, system=True),
    )
    actions = _actions(window, "safety-plan")
    actions.print_button.click()
    assert not actions.printed_label.isVisibleTo(actions)


def _shown(actions: DocumentActions) -> list[str]:
    """The notes under the buttons that a reader can see now, top to bottom."""
    notes = [actions.saved_label, actions.printed_label]
    return [note.text().replace("\u200b", "") for note in notes if note.isVisibleTo(actions)]


def test_a_print_keeps_where_the_saved_copy_went(qtbot: QtBot, tmp_path: Path) -> None:
    """The print's note took the place of 'Saved a copy as ...': a reader who saved the plan,
    then found there was no printer, no longer saw where the one copy they had went."""
    saved = tmp_path / "my-safety-plan.txt"
    actions = DocumentActions(on_print=lambda: NOTHING, on_export=lambda: saved)
    qtbot.addWidget(actions)
    actions.show()
    actions.export_button.click()
    actions.print_button.click()
    assert _shown(actions) == [f"Saved a copy as {saved.name}, in {saved.parent}.", NOTHING]
    actions.clear_button.click()
    actions.confirm_button.click()
    assert _shown(actions) == []  # a fresh page: neither is its own


def test_a_print_cancelled_later_takes_back_the_last_one_s_note(qtbot: QtBot) -> None:
    """'Sent to the printer.' stayed under a plan changed since and printed again, but
    cancelled: the reader (or a screen reader, finding the line) took the new plan as sent."""
    answers = iter(["Sent to the printer.", ""])
    actions = DocumentActions(on_print=lambda: next(answers), on_export=None)
    qtbot.addWidget(actions)
    actions.show()
    actions.print_button.click()
    assert _shown(actions) == ["Sent to the printer."]
    actions.print_button.click()  # the dialog cancelled
    assert _shown(actions) == []

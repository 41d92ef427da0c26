"""The Save a copy chooser shows the folder it will save into, not the top of the disk."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reader.ui import export
from reader.ui.export import SaveChooser


def test_the_chosen_folder_is_in_view_once_the_tree_is_read(qtbot: QtBot, tmp_path: Path) -> None:
    for n in range(30):  # folders listed above the chosen one, far more than the tree shows
        (tmp_path / f"a{n:02}").mkdir()
    start = tmp_path / "zz kept here"
    start.mkdir()
    chooser = SaveChooser("my-plan", start=start)
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.waitExposed(chooser)
    tree, model = chooser.folders, chooser.model

    def chosen_row_in_view() -> bool:
        row = tree.visualRect(tree.currentIndex())
        return chooser.folder() == start and tree.viewport().rect().contains(row)

    # The folders are read in the background, and push the chosen one down as they arrive.
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(tmp_path))) == 31, timeout=5000)
    # Before: the tree stayed where it was scrolled before they came, the folder out of view.
    qtbot.waitUntil(lambda: chosen_row_in_view() and tree.verticalScrollBar().value() > 0)


def test_a_failed_save_says_nothing_was_lost(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'Could not save: Permission denied' alone read as if the plan were gone."""
    parent = QWidget()
    qtbot.addWidget(parent)

    def choose(chooser: export.SaveChooser) -> int:
        chooser.set_folder(tmp_path)
        return QDialog.DialogCode.Accepted.value

    def refuse(path: Path, title: str, text: str) -> None:
        raise PermissionError(13, "Permission denied")

    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(export.SaveChooser, "exec", choose)
    monkeypatch.setattr(export, "write_export", refuse)
    monkeypatch.setattr(
        export.QMessageBox, "warning", lambda _p, title, text: warned.append((title, text))
    )
    assert export.save_a_copy(parent, "my plan", "My safety plan", "Text") is None
    [(title, text)] = warned
    assert title == "Not saved"
    assert "What you wrote is still here." in text
    assert "Permission denied" in text  # for whoever helps


@pytest.mark.parametrize("suffix", [".pdf", ".txt"])
def test_a_copy_that_could_not_be_written_is_never_reported_saved(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    """A PDF for a folder gone (a memory stick pulled out) was reported saved, and was not."""
    parent = QWidget()
    qtbot.addWidget(parent)
    gone = tmp_path / "stick pulled out" / f"my plan{suffix}"
    monkeypatch.setattr(export.SaveChooser, "exec", lambda _c: QDialog.DialogCode.Accepted.value)
    monkeypatch.setattr(export.SaveChooser, "chosen_path", lambda _c: gone)
    warned: list[str] = []
    monkeypatch.setattr(export.QMessageBox, "warning", lambda _p, title, _t: warned.append(title))
    assert export.save_a_copy(parent, "my plan", "My safety plan", "Text") is None
    assert warned == ["Not saved"]
    assert not gone.parent.exists()


def test_a_name_the_system_refuses_to_look_up_says_not_saved(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asking whether a file of that name was there raised: Save did nothing, without a word."""
    parent = QWidget()
    qtbot.addWidget(parent)
    too_long = tmp_path / ("计划" * 50 + ".txt")  # 304 bytes: the system will not look it up
    monkeypatch.setattr(export.SaveChooser, "exec", lambda _c: QDialog.DialogCode.Accepted.value)
    monkeypatch.setattr(export.SaveChooser, "chosen_path", lambda _c: too_long)
    warned: list[str] = []
    monkeypatch.setattr(export.QMessageBox, "warning", lambda _p, title, _t: warned.append(title))
    assert export.save_a_copy(parent, "my plan", "My safety plan", "Text") is None
    assert warned == ["Not saved"]


@pytest.mark.parametrize(
    ("name", "says", "focus"),
    [
        ("   ", "Type a name for the file.", "name"),
        ("plans/mine", "A file name cannot have a slash (/ or \\) in it.", "name"),
        ("plans\\mine", "A file name cannot have a slash (/ or \\) in it.", "name"),
        ("Plan: Monday", 'A file name cannot have any of these in it: < > : " | ? *', "name"),
        ("why?", 'A file name cannot have any of these in it: < > : " | ? *', "name"),
        (
            "tab\there",
            "A file name cannot have a tab, a line break or another hidden character in it.",
            "name",
        ),
        ("COM0", "Computers keep that name for their own use. Try another.", "name"),
        ("lpt¹.txt", "Computers keep that name for their own use. Try another.", "name"),
        ("nul", "Computers keep that name for their own use. Try another.", "name"),
        ("Com1.txt", "Computers keep that name for their own use. Try another.", "name"),
        # 86 characters, yet 262 bytes with ".txt": most file systems take 255 at most.
        pytest.param("计划" * 43, "That name is too long. Try a shorter one.", "name", id="long"),
    ],
)
def test_save_with_an_unusable_name_says_why_and_stays_open(
    qtbot: QtBot, tmp_path: Path, name: str, says: str, focus: str
) -> None:
    """It used to close and save nothing, without a word: the plan seemed saved."""
    chooser = SaveChooser("my-plan", start=tmp_path)
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.waitExposed(chooser)
    chooser.name.setText(name)
    qtbot.keyClick(chooser.name, Qt.Key.Key_Return)
    assert chooser.isVisible()
    assert chooser.result() != QDialog.DialogCode.Accepted
    assert chooser.problem.isVisible()
    assert chooser.problem.text() == says
    assert chooser.focusWidget() is getattr(chooser, focus)
    chooser.name.setText("my-plan")
    qtbot.keyClick(chooser.name, Qt.Key.Key_Return)
    assert chooser.result() == QDialog.DialogCode.Accepted
    assert chooser.chosen_path() == tmp_path / "my-plan.txt"


def test_save_with_no_folder_chosen_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    chooser = SaveChooser("my-plan", start=tmp_path)
    qtbot.addWidget(chooser)
    chooser.folders.setCurrentIndex(QModelIndex())
    chooser.accept()
    assert chooser.result() != QDialog.DialogCode.Accepted
    assert chooser.problem.text() == "Choose a folder to save in."


def test_a_usual_place_is_one_click_away(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    places = {
        QStandardPaths.StandardLocation.HomeLocation: tmp_path,
        QStandardPaths.StandardLocation.DocumentsLocation: documents,
        QStandardPaths.StandardLocation.DesktopLocation: tmp_path / "no such folder",
    }
    monkeypatch.setattr(
        QStandardPaths, "writableLocation", staticmethod(lambda where: str(places[where]))
    )
    chooser = SaveChooser("my-plan", start=tmp_path / "Documents")
    qtbot.addWidget(chooser)
    buttons = {b.text(): b for b in chooser.findChildren(QPushButton) if b.text() != ""}
    assert "Desktop" not in buttons  # not on this computer: not offered
    buttons["Home folder"].click()
    assert chooser.folder() == tmp_path
    buttons["Documents"].click()
    assert chooser.folder() == documents


def test_the_chooser_starts_in_the_name_and_lists_folders_by_name_only(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A screen reader began at Save, and read each folder's size, type and date."""
    chooser = SaveChooser("my-plan", start=tmp_path)
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.waitExposed(chooser)
    qtbot.waitUntil(lambda: chooser.focusWidget() is chooser.name)
    assert chooser.name.selectedText() == "my-plan"
    assert chooser.model.columnCount() == 1


def test_the_message_goes_once_the_name_is_changed(qtbot: QtBot, tmp_path: Path) -> None:
    chooser = SaveChooser("", start=tmp_path)
    qtbot.addWidget(chooser)
    chooser.show()
    chooser.accept()
    assert chooser.problem.isVisible()
    qtbot.keyClicks(chooser.name, "plan")
    assert not chooser.problem.isVisible()


def test_a_cancelled_chooser_does_not_stay_behind(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each Save a copy left its dialog, with the name typed, among the window's children."""
    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(export.SaveChooser, "exec", lambda _self: 0)
    assert export.save_a_copy(parent, "my plan", "My safety plan", "Text") is None
    qtbot.waitUntil(lambda: parent.findChildren(SaveChooser) == [])

"""Save a copy onto a file already there: asked first, over the chooser, which No keeps open."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from reader.ui import export
from reader.ui.export import SaveChooser
from reader.ui.main_window import MainWindow
from tests.ui.a11y_tools import watch_announcements

EARLIER = "the plan made last month"


def when_up(kind: type[QWidget], then: Callable[[QWidget], object]) -> None:
    """Once a modal window of this kind is up, do this to it (from inside its event loop)."""
    shown = QApplication.activeModalWidget()
    if not isinstance(shown, kind) or not shown.isVisible():
        QTimer.singleShot(10, lambda: when_up(kind, then))
        return
    then(shown)


def earlier_plan(tmp_path: Path) -> Path:
    earlier = tmp_path / "my plan.txt"
    earlier.write_text(EARLIER)
    return earlier


def shown_chooser(qtbot: QtBot, tmp_path: Path) -> SaveChooser:
    chooser = SaveChooser("my plan", start=tmp_path)
    qtbot.addWidget(chooser)
    chooser.show()
    qtbot.waitExposed(chooser)
    return chooser


def test_enter_at_replace_file_keeps_the_file_and_the_chooser(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Yes was the default: Enter pressed without reading wrote over an earlier plan. No then
    ended Save a copy without a word, as if it were done: the chooser stays, to choose again."""
    heard = watch_announcements(monkeypatch)
    earlier = earlier_plan(tmp_path)
    chooser = shown_chooser(qtbot, tmp_path)
    asked: list[str] = []

    def enter(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        QTest.keyClick(box.focusWidget() or box, Qt.Key.Key_Return)

    QTimer.singleShot(0, lambda: when_up(QMessageBox, enter))
    chooser.accept()  # Save: the question is asked over the chooser
    assert asked == ["my plan.txt already exists. Replace it?"]
    assert chooser.isVisible()
    assert chooser.result() != QDialog.DialogCode.Accepted
    assert chooser.focusWidget() is chooser.name
    assert earlier.read_text() == EARLIER
    # Back in the chooser, a screen reader heard only "File name" again.
    assert heard.texts == ["Nothing was replaced. Choose another name or folder."]


def save_onto_the_earlier_plan(
    parent: QWidget, folder: Path, at_question: Callable[[QWidget], object]
) -> Path | None:
    """Save a copy as "my plan" in folder, doing this at "Replace file?"; what it returned."""

    def save(chooser: QWidget) -> None:
        assert isinstance(chooser, SaveChooser)
        chooser.set_folder(folder)
        chooser.name.setText("my plan")
        QTimer.singleShot(0, lambda: when_up(QMessageBox, at_question))
        chooser.accept()

    QTimer.singleShot(0, lambda: when_up(SaveChooser, save))
    return export.save_a_copy(parent, "my plan", "My safety plan", "Text")


def test_yes_at_replace_file_writes_the_new_copy(qtbot: QtBot, tmp_path: Path) -> None:
    earlier = earlier_plan(tmp_path)
    parent = QWidget()
    qtbot.addWidget(parent)

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Yes).click()

    assert save_onto_the_earlier_plan(parent, tmp_path, yes) == earlier
    assert earlier.read_text() == "My safety plan\n\nText\n"


def test_a_folder_with_that_name_is_said_before_asking(qtbot: QtBot, tmp_path: Path) -> None:
    """It asked "Replace it?", and Yes gave "Not saved (Is a directory)"."""
    (tmp_path / "my plan.txt").mkdir()
    chooser = shown_chooser(qtbot, tmp_path)
    chooser.accept()
    assert chooser.isVisible()
    assert chooser.problem.text() == "A folder there has that name. Try another."


def replace_file_answered_with(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, answer: Callable[[QWidget], object]
) -> list[QWidget]:
    """Save a copy onto an earlier plan, doing this at "Replace file?"; the choosers that came
    back after it (closed at once, so that the test fails rather than waits for ever)."""
    earlier = earlier_plan(tmp_path)
    came_back: list[QWidget] = []
    looked: list[bool] = []

    def close_if_back() -> None:
        looked.append(True)
        shown = QApplication.activeModalWidget()
        if isinstance(shown, SaveChooser):
            came_back.append(shown)
            shown.reject()

    def at_question(box: QWidget) -> None:
        answer(box)
        QTimer.singleShot(300, window, close_if_back)  # not after the window is gone

    assert save_onto_the_earlier_plan(window, tmp_path, at_question) is None
    qtbot.waitUntil(lambda: bool(looked))  # a chooser coming back would have shown by then
    assert earlier.read_text() == EARLIER
    return came_back


def test_f1_at_replace_file_closes_it_and_the_chooser_and_opens_help(
    started_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """F1 closed the question, which counted as No, and the chooser came back over help."""
    window = started_window
    press_f1 = lambda box: QTest.keyClick(box, Qt.Key.Key_F1)  # noqa: E731
    assert replace_file_answered_with(window, qtbot, tmp_path, press_f1) == []
    qtbot.waitUntil(lambda: window.location == "help")
    assert QApplication.activeModalWidget() is None


def test_leave_quickly_at_replace_file_closes_everything(
    started_window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """Closing the question counted as No, and the chooser came back with Lantern gone."""
    window = started_window
    leave = lambda _box: window.leave_quickly()  # noqa: E731
    assert replace_file_answered_with(window, qtbot, tmp_path, leave) == []
    assert not window.isVisible()
    assert QApplication.activeModalWidget() is None

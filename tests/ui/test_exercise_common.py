"""Rules every exercise screen keeps: accessible controls, Qt modules used, no file I/O."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QAbstractSlider, QPlainTextEdit, QScrollBar, QWidget
from pytestqt.qtbot import QtBot

import reader.exercises
import reader.ui.exercises
from reader.context import AppContext
from reader.ui.exercises import (
    BreathingView,
    GroundingView,
    ReflectionsView,
    SafetyPlanView,
    UrgeView,
)
from reader.ui.exercises.common import MemoryTextEdit
from reader.ui.main_window import MainWindow
from tests.ui.a11y_tools import watch_announcements

ALLOWED_QT = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"}


def make_views() -> list[QWidget]:
    prompts = [("an-article", "An article", "A question?")]
    return [
        BreathingView(),
        GroundingView(),
        UrgeView(lambda: None, lambda _: None),
        SafetyPlanView(lambda: ["A line"], lambda t, x: None, lambda n, x: None),
        ReflectionsView(prompts, lambda t, x: None, lambda n, x: None),
    ]


def test_every_control_has_an_accessible_name(qtbot: QtBot) -> None:
    for view in make_views():
        qtbot.addWidget(view)
        controls = [
            *view.findChildren(QAbstractButton),
            *(s for s in view.findChildren(QAbstractSlider) if not isinstance(s, QScrollBar)),
            *view.findChildren(QPlainTextEdit),
        ]
        assert controls
        unnamed = [c for c in controls if not c.accessibleName().strip()]
        assert unnamed == [], type(view).__name__


def _running_timers(view: QWidget) -> list[QTimer]:
    return [t for t in view.findChildren(QTimer) if t.isActive()]


def _started_views(qtbot: QtBot) -> list[QWidget]:
    """Every view that has a timer, shown and started, with its timer seen running."""
    started = []
    for view in make_views():
        if not hasattr(view, "start"):
            continue
        qtbot.addWidget(view)
        view.show()
        view.start()
        assert _running_timers(view), type(view).__name__
        started.append(view)
    assert started
    return started


def test_every_view_stops_its_timer_on_reset(qtbot: QtBot) -> None:
    for view in _started_views(qtbot):
        view.reset()  # type: ignore[attr-defined]
        assert _running_timers(view) == [], type(view).__name__


def test_every_view_stops_its_timer_when_hidden(qtbot: QtBot) -> None:
    for view in _started_views(qtbot):
        view.hide()
        assert _running_timers(view) == [], type(view).__name__


def test_memory_text_edit_wipe_leaves_nothing_to_undo(qtbot: QtBot) -> None:
    edit = MemoryTextEdit("Notes")
    qtbot.addWidget(edit)
    edit.insertPlainText("first")
    edit.insertPlainText(" second")
    assert edit.document().isUndoAvailable()
    edit.wipe()
    edit.undo()
    edit.redo()
    assert edit.toPlainText() == ""
    assert not edit.document().isUndoAvailable()
    assert not edit.document().isRedoAvailable()
    edit.insertPlainText("again")
    assert edit.document().isUndoAvailable()  # undo still works for new typing
    assert edit.tabChangesFocus()


def _sources() -> list[Path]:
    folders = [Path(reader.exercises.__file__).parent, Path(reader.ui.exercises.__file__).parent]
    return sorted(p for folder in folders for p in folder.glob("*.py"))


@pytest.mark.parametrize("path", _sources(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_only_core_qt_modules_and_no_file_io(path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
        elif isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
    qt = {name for name in imported if name.startswith("PySide6")}
    assert qt <= ALLOWED_QT
    if "ui" not in path.parts[-3:-1]:
        assert qt == set()  # the core never imports Qt
    assert not re.search(r"\bopen\(|QFile|QSettings|write_text|write_bytes|QSaveFile", source)


IN_USE = {  # a reader part-way through each screen
    "exercise/breathing": lambda view: view.start(),
    "exercise/grounding": lambda view: view.next(),
    "exercise/ride-the-wave": lambda view: view.start(),
    "safety-plan": lambda view: view.edits["warning_signs"].setPlainText("Not sleeping"),
    "reflections": lambda view: None,
}


@pytest.mark.parametrize("name", sorted(IN_USE))
def test_a_kiosk_reset_on_a_screen_says_only_that_all_was_cleared(
    make_window: Callable[[AppContext], MainWindow],
    small_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    """Grounding said "Step 1 of 5: 5 things you can see" as the kiosk cleared it on show, over
    the clearing, of an exercise no one was doing any more."""
    small_context.kiosk = True
    window = make_window(small_context)
    assert window.open_screen(name)
    IN_USE[name](window.stack.currentWidget())
    heard = watch_announcements(monkeypatch)
    window.leave_quickly()  # I'm finished
    assert window.location == "home"
    assert heard.texts == ["Everything was cleared for the next person."]

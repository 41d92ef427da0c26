"""The 5-4-3-2-1 grounding screen: steps, notes in memory, finish, reset."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.ui.exercises.grounding_view import GroundingView


@pytest.fixture
def view(qtbot: QtBot) -> GroundingView:
    widget = GroundingView()
    qtbot.addWidget(widget)
    widget.resize(800, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def current_title(view: GroundingView) -> str:
    page = view.pages.currentWidget()
    return page.objectName()


def test_one_step_at_a_time(view: GroundingView) -> None:
    assert view.progress_label.text() == "Step 1 of 5"
    assert current_title(view) == "groundingStep_see"
    assert not view.back_button.isVisible()
    senses = []
    for _ in range(4):
        view.next_button.click()
        senses.append(current_title(view))
    assert senses == [f"groundingStep_{s}" for s in ("touch", "hear", "smell", "taste")]
    assert view.progress_label.text() == "Step 5 of 5"
    assert view.next_button.text() == "Finish"
    view.back_button.click()
    assert current_title(view) == "groundingStep_smell"
    assert view.next_button.text() == "Next"


def test_finish_screen_and_start_again(qtbot: QtBot, view: GroundingView) -> None:
    for _ in range(4):
        view.next()
    with qtbot.waitSignal(view.finished):
        view.next_button.click()
    assert current_title(view) == "groundingFinish"
    assert not view.nav.isVisible()
    assert view.progress_label.text() == "All five steps done"
    view.again_button.click()
    assert current_title(view) == "groundingStep_see"
    assert view.nav.isVisible()


def test_notes_stay_while_moving_and_show_in_plain_text(view: GroundingView) -> None:
    QTest.keyClicks(view.notes[0], "a blue mug")
    view.next()
    view.notes[1].setPlainText("the chair")
    view.back()
    assert view.notes[0].toPlainText() == "a blue mug"
    assert (
        view.plain_text() == "5 things you can see\na blue mug\n\n4 things you can touch\nthe chair"
    )


def test_reset_wipes_notes_and_their_undo_history(view: GroundingView) -> None:
    QTest.keyClicks(view.notes[2], "traffic")
    view.next()
    view.next()
    view.reset()
    assert view.progress_label.text() == "Step 1 of 5"
    for note in view.notes:
        note.undo()
        assert note.toPlainText() == ""
        assert not note.document().isUndoAvailable()
    assert view.plain_text() == ""


def test_no_timers_on_this_screen(view: GroundingView) -> None:
    assert view.findChildren(QTimer) == []

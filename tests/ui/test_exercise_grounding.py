"""The 5-4-3-2-1 grounding screen: steps, notes in memory, finish, reset."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from reader import paths
from reader.packs import load_library
from reader.ui.exercises.grounding_view import GROUNDING_ARTICLE, GroundingView


@pytest.fixture
def view(qtbot: QtBot) -> GroundingView:
    widget = GroundingView()
    qtbot.addWidget(widget)
    widget.resize(800, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def wired(qtbot: QtBot) -> tuple[GroundingView, list[str], list[str]]:
    """The view as the window builds it: with Get help now and article callbacks."""
    helped: list[str] = []
    read: list[str] = []
    widget = GroundingView(lambda: helped.append("help"), read.append)
    qtbot.addWidget(widget)
    widget.resize(800, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget, helped, read


def current_title(view: GroundingView) -> str:
    page = view.pages.currentWidget()
    assert page is not None
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


def test_the_step_button_is_not_a_second_back(qtbot: QtBot, view: GroundingView) -> None:
    """The toolbar's Back leaves the screen; the step's own button only goes one step back."""
    view.next()
    assert view.back_button.isVisible()
    assert view.back_button.text() == "Previous step"
    assert view.back_button.accessibleName() == "Previous step"
    texts = [b.text() for b in view.findChildren(QPushButton) if b.isVisible()]
    assert not any("Back" in text for text in texts)
    view.back_button.setFocus()
    qtbot.waitUntil(view.back_button.hasFocus)
    QTest.keyClick(view.back_button, Qt.Key.Key_Space)
    assert current_title(view) == "groundingStep_see"


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


def finish(view: GroundingView) -> None:
    for _ in range(5):
        view.next()
    assert current_title(view) == "groundingFinish"


def test_the_finish_screen_offers_help_and_more(
    wired: tuple[GroundingView, list[str], list[str]],
) -> None:
    """Like the end of Ride the wave: start again, read more, or Get help now; no dead end."""
    view, helped, read = wired
    finish(view)
    for control in (view.again_button, view.read_button, view.help_button):
        assert control.isVisible()
    assert view.help_button.text() == "Get help now"
    assert view.help_button.accessibleName() == "Get help now"
    assert view.help_button.objectName() == "helpButton"  # the help colours, as everywhere
    view.help_button.click()
    assert helped == ["help"]
    view.read_button.click()
    assert read == [GROUNDING_ARTICLE]


def test_the_finish_screen_article_is_a_bundled_one() -> None:
    library = load_library([paths.content_dir()])
    assert library.get(GROUNDING_ARTICLE) is not None


def test_without_callbacks_only_start_again_shows(view: GroundingView) -> None:
    finish(view)
    assert view.again_button.isVisible()
    assert view.read_button.isHidden()
    assert view.help_button.isHidden()


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


def test_start_again_by_keyboard_leaves_the_focus_on_next(
    qtbot: QtBot, view: GroundingView
) -> None:
    """Space on every step goes on to the next; after Start again the focus fell into the first
    step's notes, and the next press typed there instead of going on."""
    finish(view)
    view.again_button.setFocus()
    qtbot.waitUntil(view.again_button.hasFocus)
    QTest.keyClick(view.again_button, Qt.Key.Key_Space)
    assert current_title(view) == "groundingStep_see"
    focused = QApplication.focusWidget()
    assert focused is not None
    QTest.keyClick(focused, Qt.Key.Key_Space)
    assert current_title(view) == "groundingStep_touch"
    assert view.notes[0].toPlainText() == ""

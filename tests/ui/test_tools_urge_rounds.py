"""Ride out an urge, round after round: a new round remembers nothing of the last one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.exercises.urge import MAX_LEVEL
from reader.ui.exercises.urge_view import UrgeView
from tests.fakes import FakeClock


def _view(qtbot: QtBot, clock: FakeClock) -> UrgeView:
    view = UrgeView(lambda: None, None, clock=clock)
    qtbot.addWidget(view)
    view.resize(800, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def _space(qtbot: QtBot, button: QWidget) -> None:
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)


def test_another_round_asks_from_the_middle_not_from_the_last_answer(
    qtbot: QtBot, clock: FakeClock
) -> None:
    """A 9 said in the last round was the new round's first answer, if Done came at once."""
    view = _view(qtbot, clock)
    _space(qtbot, view.start_button)
    view.slider.setFocus()
    for _ in range(4):
        qtbot.keyClick(view.slider, Qt.Key.Key_Right)
    assert view.slider.value() == 9
    _space(qtbot, view.answer_button)
    _space(qtbot, view.end_now_button)
    _space(qtbot, view.again_button)
    assert view.check_in_box.isVisible()
    assert view.slider.value() == MAX_LEVEL // 2
    assert view.slider_value.text() == "5 out of 10"
    _space(qtbot, view.answer_button)
    assert view.urge.frame().levels == (5,)

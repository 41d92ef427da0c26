"""Slow breathing's choices: each row's label level with its first choice, all rows alike.

Before, the labels stood 3 to 10 pixels below the words of the first choice beside them, and
at 200% in a narrow window "Motion" went above its check box while Rhythm and Length stayed
beside their radio buttons.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QLabel,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.ui.exercises.breathing_view import BreathingView
from reader.ui.main_window import MainWindow
from tests.ui.layout_tools import settle_layout
from tests.ui.window_helpers import sized


def breathing_at(window: MainWindow, qtbot: QtBot, width: int, zoom: int) -> BreathingView:
    """The breathing screen in a window this wide (1: the narrowest allowed) at a text size."""
    sized(window, qtbot, width, zoom)
    assert window.open_screen("exercise/breathing")
    view = window.screens["exercise/breathing"]
    assert isinstance(view, BreathingView)
    qtbot.waitUntil(view.isVisible)
    settle_layout()
    return view


def rows(view: BreathingView) -> list[tuple[QLabel, QAbstractButton]]:
    """Each row's label and its first choice."""
    labels = {label.text(): label for label in view.options.findChildren(QLabel)}
    return [
        (labels["Rhythm"], view.rhythm_buttons.buttons()[0]),
        (labels["Length"], view.minutes_buttons.buttons()[0]),
        (labels["Motion"], view.reduce_motion_box),
    ]


def top_in_window(widget: QWidget, y: int) -> int:
    """A y inside the widget, in its window's coordinates."""
    return widget.mapTo(widget.window(), QPoint(0, y)).y()


def label_words_top(label: QLabel) -> int:
    """Where the label's first line of words starts (its text stands at the top)."""
    return top_in_window(label, label.contentsRect().top())


def choice_words_top(choice: QAbstractButton) -> int:
    """Where the choice's words start, as its style places them (centred in its label area)."""
    option = QStyleOptionButton()
    choice.initStyleOption(option)  # type: ignore[attr-defined]
    element = (
        QStyle.SubElement.SE_CheckBoxContents
        if isinstance(choice, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonContents
    )
    area = choice.style().subElementRect(element, option, choice)
    return top_in_window(choice, area.top() + (area.height() - choice.fontMetrics().height()) // 2)


@pytest.mark.parametrize(("width", "zoom"), [(1280, 100), (1280, 200), (1, 100)])
def test_each_label_stands_level_with_its_first_choice(
    window: MainWindow, qtbot: QtBot, width: int, zoom: int
) -> None:
    view = breathing_at(window, qtbot, width, zoom)
    for label, choice in rows(view):
        # Beside it, on the same line.
        assert label.mapTo(view, QPoint(label.width(), 0)).x() < choice.mapTo(view, QPoint()).x()
        assert abs(label_words_top(label) - choice_words_top(choice)) <= 1, label.text()


def test_at_200_percent_in_a_narrow_window_every_label_goes_above_its_choices(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = breathing_at(window, qtbot, 1, 200)
    lefts = set()
    for label, choice in rows(view):
        label_bottom = top_in_window(label, label.height())
        assert label_bottom <= top_in_window(choice, 0), label.text()
        lefts.add(label.mapTo(view, QPoint()).x())
    assert len(lefts) == 1  # every label at one edge, none left beside its choices
    assert view.horizontalScrollBar().maximum() == 0


def test_wider_again_the_labels_go_back_beside_their_choices(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = breathing_at(window, qtbot, 1, 200)
    view = breathing_at(window, qtbot, 1280, 100)
    for label, choice in rows(view):
        assert abs(label_words_top(label) - choice_words_top(choice)) <= 1, label.text()

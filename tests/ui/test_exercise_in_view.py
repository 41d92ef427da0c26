"""What slow breathing and ride out an urge show next is in view, with the focus on it.

Driven through the window by keyboard at large text sizes: before, the focused Pause and the
end choices fell below the window, and the urge timer's focus jumped to "End the timer now".
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.exercises.urge import check_in_times
from reader.ui.exercises.breathing_view import BreathingView
from reader.ui.exercises.urge_view import UrgeView
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.window_helpers import in_view, sized, space_on

Size = tuple[int, int, int]  # window width, height, text size


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def breathing(window: MainWindow, clock: FakeClock, words_only: bool) -> BreathingView:
    assert window.open_screen("exercise/breathing")
    view = window.stack.currentWidget()
    assert isinstance(view, BreathingView)
    view.set_reduce_motion(words_only)
    return view


BREATHING_SIZES = [
    ((1280, 800, 200), False),
    ((1280, 800, 200), True),
    ((1024, 700, 100), False),
    ((1024, 700, 200), False),
]


@pytest.mark.parametrize(("size", "words_only"), BREATHING_SIZES)
def test_breathing_keeps_its_buttons_in_view_from_start_to_end(
    started_window: MainWindow,
    qtbot: QtBot,
    clock: FakeClock,
    size: Size,
    words_only: bool,
) -> None:
    view = breathing(
        sized(started_window, qtbot, size[0], size[2], height=size[1]), clock, words_only
    )
    space_on(qtbot, view, view.start_button)
    # The time line appeared above the buttons: Pause had the focus below the window.
    assert focused() is view.pause_button
    assert in_view(view, view.pause_button)
    assert in_view(view, view.prompt_label)
    assert in_view(view, view.time_label)
    qtbot.keyClick(view.pause_button, Qt.Key.Key_Space)  # Pause: the words wrap
    assert view.pause_button.text() == "Resume"
    assert focused() is view.pause_button
    assert in_view(view, view.pause_button)
    qtbot.keyClick(view.pause_button, Qt.Key.Key_Space)  # Resume
    assert in_view(view, view.pause_button)
    clock.advance(60 * 60)  # longer than any session
    with qtbot.waitSignal(view.finished):  # the frame timer notices
        pass
    # The end choices wrapped to rows of their own; Get help now stayed below the window.
    assert focused() is view.start_button
    for choice in (view.start_button, view.read_button, view.help_button):
        assert choice.isVisible()
        assert in_view(view, choice)


def test_breathing_stop_leaves_start_in_view(
    started_window: MainWindow,
    qtbot: QtBot,
    clock: FakeClock,
) -> None:
    view = breathing(sized(started_window, qtbot, 1024, 200, height=700), clock, False)
    space_on(qtbot, view, view.start_button)
    view.verticalScrollBar().setValue(0)  # the reader scrolls up to read the introduction
    space_on(qtbot, view, view.stop_button)
    assert focused() is view.start_button
    assert in_view(view, view.start_button)
    assert in_view(view, view.prompt_label)


def test_breathing_words_that_wrap_mid_breath_leave_pause_in_view(
    started_window: MainWindow,
    qtbot: QtBot,
    clock: FakeClock,
) -> None:
    view = breathing(sized(started_window, qtbot, 1024, 200, height=700), clock, True)
    space_on(qtbot, view, view.start_button)
    # The longest counts take a second line: each breath pushed Pause down, out of view.
    out_of_view = []
    for step in range(24):  # two whole breaths, half a second at a time
        clock.advance(0.5)
        view.refresh()
        if not in_view(view, view.pause_button):
            out_of_view.append((step, view.prompt_label.text()))
    assert out_of_view == []
    assert focused() is view.pause_button


def ride_the_wave(window: MainWindow, clock: FakeClock) -> UrgeView:
    assert window.open_screen("exercise/ride-the-wave")
    view = window.stack.currentWidget()
    assert isinstance(view, UrgeView)
    return view


def answer_with(qtbot: QtBot, view: UrgeView, level: int) -> None:
    """Move the slider by keyboard to a level, then press Done."""
    view.slider.setFocus(Qt.FocusReason.TabFocusReason)
    key = Qt.Key.Key_Right if level > view.slider.value() else Qt.Key.Key_Left
    while view.slider.value() != level:
        qtbot.keyClick(view.slider, key)
    space_on(qtbot, view, view.answer_button)


def test_the_check_in_after_a_strong_answer_takes_the_focus_in_view(
    started_window: MainWindow,
    qtbot: QtBot,
    clock: FakeClock,
) -> None:
    view = ride_the_wave(sized(started_window, qtbot, 1280, 200, height=800), clock)
    space_on(qtbot, view, view.start_button)  # ten minutes; the first check-in opens
    answer_with(qtbot, view, 8)
    assert focused() is view.response_help_button
    assert in_view(view, view.response_help_button)
    clock.advance(check_in_times(10)[1] + 1)
    qtbot.waitUntil(view.check_in_box.isVisible)  # on the next tick
    # The reply's Get help now hid with the focus: it went to "End the timer now", below the
    # window, with the question above the view.
    assert focused() is view.slider
    assert in_view(view, view.check_in_box)
    qtbot.keyClick(view.slider, Qt.Key.Key_Space)  # which used to end the timer
    assert view.current_page is view.wait_page


@pytest.mark.parametrize("how", ["mild answer", "not now"])
def test_after_a_check_in_the_reply_and_time_stay_in_view(
    started_window: MainWindow,
    qtbot: QtBot,
    clock: FakeClock,
    how: str,
) -> None:
    view = ride_the_wave(sized(started_window, qtbot, 1024, 200, height=700), clock)
    space_on(qtbot, view, view.start_button)
    if how == "mild answer":
        answer_with(qtbot, view, 3)
        assert view.response_label.text().startswith("Thank you.")
        assert in_view(view, view.response_label)
    else:
        space_on(qtbot, view, view.skip_button)
    # The focus jumped to "End the timer now" and the page scrolled there, the reply above.
    assert focused() is view
    assert focused() is not view.end_now_button
    assert in_view(view, view.time_label)
    qtbot.keyClick(view, Qt.Key.Key_Space)  # which used to end the timer
    assert view.current_page is view.wait_page
    clock.advance(check_in_times(10)[1] + 1)  # the next check-in comes to the slider, in view
    qtbot.waitUntil(view.check_in_box.isVisible)
    assert focused() is view.slider
    assert in_view(view, view.check_in_box)

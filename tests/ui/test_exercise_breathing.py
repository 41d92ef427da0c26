"""The breathing screen: words, circle, start/pause/stop, reduce motion, timers."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from reader.exercises.breathing import BreathState
from reader.ui.exercises.breathing_view import ANIMATION_MS, TEXT_ONLY_MS, BreathingView


@pytest.fixture
def view(qtbot: QtBot, clock) -> BreathingView:
    widget = BreathingView(clock=clock)
    qtbot.addWidget(widget)
    widget.resize(800, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_idle_screen_invites_to_start(view: BreathingView) -> None:
    assert view.prompt_label.text() == "Press Start when you are ready."
    assert view.start_button.isVisible()
    assert not view.pause_button.isVisible()
    assert not view.stop_button.isVisible()
    assert not view.timer.isActive()
    assert view.rhythm_buttons.checkedId() == 0
    assert view.minutes_buttons.checkedId() == 3


def test_start_counts_the_in_breath_in_words(view: BreathingView, clock) -> None:
    view.start_button.click()
    assert view.timer.isActive()
    assert view.timer.interval() == ANIMATION_MS
    assert view.prompt_label.text() == "Breathe in… 4"
    assert view.time_label.text() == "3:00 left"
    clock.advance(1.5)
    view.refresh()
    assert view.prompt_label.text() == "Breathe in… 4, 3"
    assert view.time_label.text() == "2:59 left"
    assert not view.options.isVisible()  # choices step aside while breathing


def test_the_frame_timer_drives_the_words(qtbot: QtBot, view: BreathingView, clock) -> None:
    view.start()
    clock.advance(4.5)
    with qtbot.waitSignal(view.timer.timeout, timeout=1000):
        pass
    assert view.prompt_label.text() == "Breathe out… 6"


def test_phase_changed_and_circle_follow_the_breath(
    qtbot: QtBot, view: BreathingView, clock
) -> None:
    with qtbot.waitSignal(view.phase_changed, check_params_cb=lambda p: p == "in"):
        view.start()
    small = view.circle.fullness
    clock.advance(3.9)
    view.refresh()
    assert view.circle.fullness > small
    full = view.circle.fullness
    with qtbot.waitSignal(view.phase_changed, check_params_cb=lambda p: p == "out"):
        clock.advance(2)
        view.refresh()
    clock.advance(3)
    view.refresh()
    assert view.circle.fullness < full


def test_chosen_rhythm_and_length_are_used(view: BreathingView, clock) -> None:
    view.rhythm_buttons.button(1).click()
    view.minutes_buttons.button(1).click()
    view.start()
    assert view.session.rhythm.key == "5-5"
    assert view.session.total == 60
    assert view.prompt_label.text() == "Breathe in… 5"
    clock.advance(5)
    view.refresh()
    assert view.prompt_label.text() == "Breathe out… 5"


def test_pause_stops_the_timer_and_resume_carries_on(view: BreathingView, clock) -> None:
    view.start()
    clock.advance(2.2)
    view.pause_button.click()
    assert not view.timer.isActive()
    assert view.session.state is BreathState.PAUSED
    assert view.prompt_label.text() == "Paused. Press Resume when you are ready."
    assert view.pause_button.text() == "Resume"
    assert view.pause_button.accessibleName() == "Resume"
    clock.advance(60)
    view.pause_button.click()
    assert view.timer.isActive()
    assert view.prompt_label.text() == "Breathe in… 4, 3, 2"


def test_stop_goes_back_to_the_start(view: BreathingView, clock) -> None:
    view.start()
    clock.advance(10)
    view.stop_button.click()
    assert not view.timer.isActive()
    assert view.session.state is BreathState.IDLE
    assert view.start_button.isVisible()
    assert view.options.isVisible()
    assert view.prompt_label.text() == "Press Start when you are ready."


def test_session_finishes_after_the_chosen_minutes(
    qtbot: QtBot, view: BreathingView, clock
) -> None:
    view.minutes_buttons.button(1).click()
    view.start()
    clock.advance(60)
    with qtbot.waitSignal(view.finished):
        view.refresh()
    assert not view.timer.isActive()
    assert view.prompt_label.text() == "Well done. Notice how you feel now."
    assert view.start_button.text() == "Start again"
    assert view.start_button.isVisible()


def test_reduce_motion_swaps_the_circle_for_a_text_countdown(view: BreathingView) -> None:
    view.reduce_motion_box.click()
    assert view.reduce_motion
    assert not view.circle.isVisible()
    assert view.timer.interval() == TEXT_ONLY_MS
    view.start()
    assert view.prompt_label.text() == "Breathe in… 4"
    assert view.prompt_label.isVisible()


def test_reduce_motion_from_the_constructor(qtbot: QtBot, clock) -> None:
    widget = BreathingView(reduce_motion=True, clock=clock)
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.circle.isVisible()
    widget.set_reduce_motion(False)
    assert widget.circle.isVisible()
    widget.reset()
    assert widget.reduce_motion  # reset goes back to the configured choice


def test_hiding_pauses_and_stops_every_timer(view: BreathingView, clock) -> None:
    view.start()
    assert view.timer.isActive()
    view.hide()
    assert not view.timer.isActive()
    assert view.session.state is BreathState.PAUSED
    view.show()
    assert not view.timer.isActive()  # the reader resumes when ready


def test_reset_returns_to_the_initial_state(view: BreathingView, clock) -> None:
    view.rhythm_buttons.button(1).click()
    view.minutes_buttons.button(5).click()
    view.reduce_motion_box.click()
    view.start()
    view.reset()
    assert not view.timer.isActive()
    assert view.session.state is BreathState.IDLE
    assert view.rhythm_buttons.checkedId() == 0
    assert view.minutes_buttons.checkedId() == 3
    assert not view.reduce_motion
    assert view.circle.isVisible()


def test_circle_paints_offscreen(view: BreathingView) -> None:
    image = view.circle.grab().toImage()
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    corner = image.pixelColor(2, 2)
    assert centre != corner  # something was drawn in the middle

"""The breathing screen: words, circle, start/pause/stop, reduce motion, timers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from reader.exercises.breathing import BreathState
from reader.themes import THEMES
from reader.ui.exercises.breathing_view import ANIMATION_MS, TEXT_ONLY_MS, BreathingView
from reader.ui.main_window import MainWindow
from tests.ui.layout_tools import settle_layout


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
    assert all(w.isEnabled() for w in view.locked_while_breathing)
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
    assert all(radio.isEnabled() for radio in view.rhythm_buttons.buttons())  # choices back


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


def left_in(view: QWidget, widget: QWidget) -> QPoint:
    """A widget's top-left corner in the view's coordinates, once pending layouts are done."""
    settle_layout()  # a wrapped label's second layout pass may still be queued
    return widget.mapTo(view, QPoint(0, 0))


def test_the_choices_stay_in_place_and_grey_while_breathing(view: BreathingView) -> None:
    """Starting does not make the circle jump: the choices stay, greyed until Stop."""
    circle_at = left_in(view, view.circle)
    options_height = view.options.height()
    view.start()
    assert view.options.isVisible()
    assert left_in(view, view.circle) == circle_at
    assert view.options.height() == options_height
    radios = view.rhythm_buttons.buttons() + view.minutes_buttons.buttons()
    assert not any(radio.isEnabled() for radio in radios)
    row_labels = [w for w in view.locked_while_breathing if isinstance(w, QLabel)]
    assert [lab.text() for lab in row_labels] == ["Rhythm", "Length"]
    assert not any(lab.isEnabled() for lab in row_labels)
    assert view.reduce_motion_box.isEnabled()  # words only can change at any time
    view.toggle_pause()
    assert not any(radio.isEnabled() for radio in radios)  # paused is still mid-session
    view.stop()
    assert all(radio.isEnabled() for radio in radios)
    assert left_in(view, view.circle) == circle_at


def test_words_only_lines_up_with_the_other_choices(view: BreathingView) -> None:
    """The check box starts where the radio buttons start, not a few pixels off."""
    box_x = left_in(view, view.reduce_motion_box).x()
    for radio in (view.rhythm_buttons.button(0), view.minutes_buttons.button(1)):
        assert left_in(view, radio).x() == box_x


def test_the_intro_follows_the_words_only_choice(qtbot: QtBot, view: BreathingView, clock) -> None:
    assert view.intro_label.text().startswith("Breathe along with the circle")
    view.reduce_motion_box.click()
    assert "circle" not in view.intro_label.text()
    assert view.intro_label.text().startswith("Breathe along with the words")
    assert "If you feel dizzy or unwell, stop and breathe normally." in view.intro_label.text()
    view.set_reduce_motion(False)
    assert view.intro_label.text().startswith("Breathe along with the circle")
    words_first = BreathingView(reduce_motion=True, clock=clock)
    qtbot.addWidget(words_first)
    assert "circle" not in words_first.intro_label.text()


def pixels_of(widget: QWidget, colour: str) -> int:
    """How many pixels of a widget are drawn in exactly this colour (solid parts of its text)."""
    image = widget.grab().toImage()
    wanted = QColor(colour).rgb()
    return sum(
        image.pixel(x, y) == wanted for x in range(image.width()) for y in range(image.height())
    )


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_greyed_choices_look_greyed_in_the_window(window: MainWindow, theme: str) -> None:
    """The window's style sheet colours all text; the locked rows still take the grey."""
    assert window.open_screen("exercise/breathing")
    view = window.screens["exercise/breathing"]
    assert isinstance(view, BreathingView)
    window.theming.set_theme(theme)  # after the screen was built: the grey follows the theme
    radio = view.rhythm_buttons.button(1)
    label = view.locked_while_breathing[0]
    colours = THEMES[theme]
    assert pixels_of(radio, colours.text) > 0
    view.start()
    for widget in (radio, label):
        assert pixels_of(widget, colours.text) == 0
        assert pixels_of(widget, colours.disabled) > 0
    view.stop()
    assert pixels_of(radio, colours.text) > 0

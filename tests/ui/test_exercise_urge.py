"""The ride-the-wave screen: timer, check-ins, ideas, end choices, timers stopped when hidden."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessibleEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from reader.exercises.urge import UrgeState
from reader.ui import a11y
from reader.ui.exercises.urge_view import STRONG, URGE_ARTICLE, UrgeView
from reader.ui.main_window import MainWindow
from tests.ui.wheel_tools import turn_wheel


class Calls:
    """Records the help and article callbacks."""

    def __init__(self) -> None:
        self.help = 0
        self.articles: list[str] = []

    def open_help(self) -> None:
        self.help += 1

    def open_article(self, article_id: str) -> None:
        self.articles.append(article_id)


@pytest.fixture
def calls() -> Calls:
    return Calls()


@pytest.fixture
def view(qtbot: QtBot, clock, calls: Calls) -> UrgeView:
    widget = UrgeView(calls.open_help, calls.open_article, clock=clock)
    qtbot.addWidget(widget)
    widget.resize(800, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def all_text(view: UrgeView) -> str:
    return "\n".join(label.text() for label in view.findChildren(QLabel))


def test_starts_on_the_choice_of_minutes(view: UrgeView) -> None:
    assert view.current_page is view.choose_page
    assert view.minute_buttons.checkedId() == 10
    assert not view.timer.isActive()
    assert "like a wave" in all_text(view)


def test_start_runs_the_timer_and_asks_first(view: UrgeView, clock) -> None:
    view.minute_buttons.button(5).click()
    view.start_button.click()
    assert view.current_page is view.wait_page
    assert view.timer.isActive()
    assert view.time_label.text() == "5:00 left"
    assert view.check_in_box.isVisible()
    clock.advance(61)
    view.refresh()
    assert view.time_label.text() == "3:59 left"


def test_answering_closes_the_check_in_and_shows_answers(view: UrgeView) -> None:
    view.start()
    view.slider.setValue(6)
    assert view.slider_value.text() == "6 out of 10"
    view.answer_button.click()
    assert not view.check_in_box.isVisible()
    assert view.levels_label.text() == "Your check-ins this round (not saved): 6"
    assert view.response_label.text().startswith("Thank you.")
    assert not view.response_help_button.isVisible()


def test_a_strong_urge_offers_help(view: UrgeView, calls: Calls) -> None:
    view.start()
    view.slider.setValue(9)
    view.answer()
    assert view.response_help_button.isVisible()
    view.response_help_button.click()
    assert calls.help == 1


@pytest.mark.parametrize(("level", "offers_help"), [(6, False), (7, True), (10, True)])
def test_from_seven_out_of_ten_the_reply_points_to_get_help_now(
    view: UrgeView, level: int, offers_help: bool
) -> None:
    assert STRONG == 7
    view.start()
    view.slider.setValue(level)
    view.answer()
    assert view.response_help_button.isVisible() is offers_help
    reply = view.response_label.text()
    assert ("Get help now" in reply) is offers_help
    if offers_help:
        assert "not giving up" in reply
    else:
        assert reply.startswith("Thank you.")


def test_the_round_end_says_some_urges_last_and_reaching_out_is_not_giving_up(
    view: UrgeView,
) -> None:
    view.start()
    view.end_now()
    text = all_text(view)
    assert "Most urges ease, but some last a long time." in text
    assert "message someone you trust, or open Get help now" in text
    assert "Reaching out is a good next step, not giving up." in text


def test_check_ins_come_back_every_few_minutes(view: UrgeView, clock) -> None:
    view.minute_buttons.button(15).click()
    view.start()
    view.skip_button.click()
    assert not view.check_in_box.isVisible()
    assert not view.levels_label.isVisible()
    clock.advance(299)
    view.refresh()
    assert not view.check_in_box.isVisible()
    clock.advance(1)
    view.refresh()
    assert view.check_in_box.isVisible()
    view.slider.setValue(4)
    view.answer()
    clock.advance(300)
    view.refresh()
    view.slider.setValue(2)
    view.answer()
    assert view.levels_label.text().endswith(": 4, 2")


def test_round_end_offers_three_choices(qtbot: QtBot, view: UrgeView, clock, calls: Calls) -> None:
    view.start()
    view.answer()
    clock.advance(600)
    with qtbot.waitSignal(view.round_finished):
        view.refresh()
    assert view.current_page is view.end_page
    assert not view.timer.isActive()
    assert view.end_levels_label.text().endswith(": 5")
    view.read_button.click()
    assert calls.articles == [URGE_ARTICLE] == ["riding-out-an-urge"]
    view.help_button.click()
    assert calls.help == 1
    view.again_button.click()
    assert view.current_page is view.wait_page
    assert view.urge.frame().levels == ()
    assert view.timer.isActive()


@pytest.mark.parametrize("ending", ["time runs out", "end now"])
def test_every_announcement_comes_from_a_widget_on_show(
    view: UrgeView, clock, monkeypatch: pytest.MonkeyPatch, ending: str
) -> None:
    """The end was announced from the time left, on the page just hidden: a screen reader may
    drop what a hidden widget says, or place it where nothing is shown."""
    heard: list[tuple[str, bool]] = []

    def post(event: QAccessibleEvent) -> None:
        source = event.object()
        assert isinstance(source, QWidget)
        heard.append((event.message(), source.isVisible()))  # type: ignore[attr-defined]

    monkeypatch.setattr(a11y, "post_event", post)
    view.start()
    view.skip_check_in()
    clock.advance(5 * 60)
    view.refresh()
    if ending == "end now":
        view.end_now_button.click()
    else:
        clock.advance(5 * 60)
        view.refresh()
    assert view.current_page is view.end_page
    assert [text for text, _ in heard][-1] == "The timer has ended"
    assert [text for text, shown in heard if not shown] == []
    assert len(heard) >= 4  # the check-in, whole minutes and the end were all heard


def test_end_now_goes_to_the_choices(view: UrgeView) -> None:
    view.start()
    view.end_now_button.click()
    assert view.current_page is view.end_page
    assert not view.timer.isActive()


def test_the_tick_timer_updates_the_countdown(qtbot: QtBot, view: UrgeView, clock) -> None:
    view.start()
    clock.advance(30)
    with qtbot.waitSignal(view.timer.timeout, timeout=2000):
        pass
    assert view.time_label.text() == "9:30 left"


def test_hidden_screen_runs_no_timer_but_keeps_time(view: UrgeView, clock) -> None:
    view.start()
    view.hide()
    assert not view.timer.isActive()
    clock.advance(120)
    view.show()
    assert view.timer.isActive()
    assert view.time_label.text() == "8:00 left"
    view.hide()
    clock.advance(600)
    view.show()
    assert view.current_page is view.end_page
    assert not view.timer.isActive()


def test_reset_forgets_the_round(view: UrgeView) -> None:
    view.minute_buttons.button(15).click()
    view.start()
    view.slider.setValue(8)
    view.answer()
    view.reset()
    assert view.current_page is view.choose_page
    assert view.urge.state is UrgeState.IDLE
    assert view.urge.frame().levels == ()
    assert not view.timer.isActive()
    assert view.minute_buttons.checkedId() == 10
    assert view.slider.value() == 5
    assert view.response_label.text() == ""


def test_ideas_are_distraction_and_soothing_with_the_cold_water_caution(view: UrgeView) -> None:
    text = all_text(view).lower()
    assert "cool water" in text
    for caution in (
        "heart problem",
        "medicine that affects your heart",
        "eating disorder",
        "unwell in the cold",
    ):
        assert caution in text
    # L9: no drug names on the screen, as in the articles; and no promise of a quick fix.
    for banned in ("beta-blocker", "quickly"):
        assert banned not in text
    # The caution is read before the ideas it is about.
    assert text.index("heart problem") < text.index("cool water")
    assert text.index("heart problem") < text.index("move hard")
    # L17: never pain-based "substitutes".
    for banned in ("rubber band", "elastic band", "red pen", "marker", "ice cube", "pain"):
        assert banned not in text


def test_esc_on_the_check_in_means_not_now_and_is_not_the_first_of_two(
    window: MainWindow, qtbot: QtBot, clock
) -> None:
    """Esc on "How strong is the urge now?" did nothing, and a second Esc to try again closed
    Lantern mid-urge; like the Clear question, Esc on it now means its Not now."""
    assert window.open_screen("exercise/ride-the-wave")
    view = window.stack.currentWidget()
    assert isinstance(view, UrgeView)
    view.start()
    view.slider.setFocus()
    qtbot.waitUntil(view.slider.hasFocus)
    qtbot.keyClick(view.slider, Qt.Key.Key_Escape)
    assert not view.check_in_box.isVisible()
    assert view.urge.state is UrgeState.RUNNING
    clock.advance(0.4)
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_Escape)  # only the first Esc after the question
    assert window.isVisible()
    assert window.location == "exercise/ride-the-wave"


@pytest.mark.parametrize("ctrl", [False, True])
def test_the_wheel_over_the_urge_slider_leaves_its_level_alone(view: UrgeView, ctrl: bool) -> None:
    # Scrolling past it with the pointer changed how strong the urge was said to be; with
    # Ctrl the page sizes the text instead, as everywhere else.
    view.start()
    view.slider.setValue(3)
    modifiers = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    assert not turn_wheel(view.slider, 1, modifiers)  # left to the page around it
    assert view.slider.value() == 3

"""Ride the wave: the delay timer and its check-ins, driven by a fake clock."""

from __future__ import annotations

import pytest

from reader.exercises.urge import DELAY_MINUTES, UrgeState, UrgeTimer, check_in_times
from tests.fakes import FakeClock, TickingClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(50.0)


@pytest.fixture
def timer(clock: FakeClock) -> UrgeTimer:
    return UrgeTimer(clock)


def test_delay_choices_follow_the_sources() -> None:
    assert DELAY_MINUTES == (5, 10, 15)


@pytest.mark.parametrize(
    ("minutes", "expected"),
    [(5, (0, 100, 200)), (10, (0, 200, 400)), (15, (0, 300, 600))],
)
def test_check_ins_every_few_minutes(minutes: int, expected: tuple[float, ...]) -> None:
    assert check_in_times(minutes) == expected


def test_idle_until_started(timer: UrgeTimer, clock: FakeClock) -> None:
    clock.advance(1000)
    frame = timer.frame()
    assert frame.state is UrgeState.IDLE
    assert not frame.check_in_due
    assert frame.elapsed == 0


@pytest.mark.parametrize("minutes", DELAY_MINUTES)
def test_round_lasts_the_chosen_minutes(timer: UrgeTimer, clock: FakeClock, minutes: int) -> None:
    timer.start(minutes)
    assert timer.frame().remaining == minutes * 60
    clock.advance(minutes * 60 - 1)
    assert timer.state is UrgeState.RUNNING
    assert timer.frame().remaining == pytest.approx(1)
    clock.advance(1)
    frame = timer.frame()
    assert frame.state is UrgeState.FINISHED
    assert frame.remaining == 0
    assert not frame.check_in_due


def test_only_known_delays(timer: UrgeTimer) -> None:
    with pytest.raises(ValueError, match="choose one of"):
        timer.start(7)


def test_check_ins_come_due_and_close_when_answered(timer: UrgeTimer, clock: FakeClock) -> None:
    timer.start(15)
    assert timer.check_in_due  # a first check-in at the start gives a baseline
    timer.answer(8)
    assert not timer.check_in_due
    clock.advance(299)
    assert not timer.check_in_due
    clock.advance(1)
    assert timer.check_in_due
    timer.answer(6)
    clock.advance(300)
    timer.answer(3)
    assert timer.frame().levels == (8, 6, 3)
    clock.advance(299)
    assert not timer.check_in_due  # no check-in at the very end: the end screen takes over


def test_missed_check_ins_merge_into_one(timer: UrgeTimer, clock: FakeClock) -> None:
    timer.start(5)
    clock.advance(250)
    assert timer.check_in_due
    timer.answer(4)
    assert not timer.check_in_due
    assert timer.frame().levels == (4,)


def test_skip_closes_a_check_in_without_an_answer(timer: UrgeTimer, clock: FakeClock) -> None:
    timer.start(5)
    timer.skip_check_in()
    assert not timer.check_in_due
    assert timer.frame().levels == ()
    timer.answer(5)  # nothing is due, so nothing is noted
    assert timer.frame().levels == ()
    timer.skip_check_in()
    assert timer.frame().levels == ()


def test_levels_must_be_zero_to_ten(timer: UrgeTimer) -> None:
    timer.start(5)
    with pytest.raises(ValueError, match="between 0 and 10"):
        timer.answer(11)
    with pytest.raises(ValueError, match="between 0 and 10"):
        timer.answer(-1)
    timer.answer(0)
    assert timer.frame().levels == (0,)


def test_end_now_finishes_early(timer: UrgeTimer, clock: FakeClock) -> None:
    timer.start(10)
    clock.advance(60)
    timer.end_now()
    frame = timer.frame()
    assert frame.state is UrgeState.FINISHED
    assert frame.remaining == 0
    timer.end_now()
    assert timer.state is UrgeState.FINISHED


def test_end_now_before_starting_does_nothing(timer: UrgeTimer) -> None:
    timer.end_now()
    assert timer.state is UrgeState.IDLE


def test_another_round_forgets_the_last(timer: UrgeTimer, clock: FakeClock) -> None:
    timer.start(5)
    timer.answer(9)
    clock.advance(400)
    assert timer.state is UrgeState.FINISHED
    timer.start(10)
    frame = timer.frame()
    assert frame.state is UrgeState.RUNNING
    assert frame.levels == ()
    assert frame.check_in_due
    assert frame.remaining == 600


def test_reset_forgets_everything(timer: UrgeTimer, clock: FakeClock) -> None:
    timer.start(5)
    timer.answer(7)
    timer.end_now()
    timer.reset()
    frame = timer.frame()
    assert frame.state is UrgeState.IDLE
    assert frame.levels == ()
    assert not frame.check_in_due


def test_clock_going_backwards_does_not_break_the_round(timer: UrgeTimer, clock: FakeClock) -> None:
    timer.start(5)
    clock.advance(-10)
    assert timer.elapsed() == 0
    assert timer.state is UrgeState.RUNNING


def test_a_frame_at_the_last_moment_is_one_moment() -> None:
    """The state and the time were read apart: a round "running" with nothing left."""
    for before_end in (0.005, 0.015, 0.025):
        clock = TickingClock(tick=0.01)
        timer = UrgeTimer(clock)
        timer.start(DELAY_MINUTES[0])
        clock.now += timer.total - before_end
        frame = timer.frame()
        assert (frame.state is UrgeState.FINISHED) == (frame.remaining == 0), before_end

"""How long a running breathing session or urge round still runs by itself (kiosk idle timing)."""

from __future__ import annotations

import pytest

from reader.exercises.breathing import RHYTHMS, BreathingSession
from reader.exercises.urge import UrgeTimer
from tests.fakes import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(100.0)


def test_breathing_runs_for_its_whole_length_and_not_when_paused(clock: FakeClock) -> None:
    session = BreathingSession(clock, RHYTHMS[0], minutes=3)
    assert session.running_seconds_left() == 0  # not started
    session.start()
    assert session.running_seconds_left() == pytest.approx(180)
    clock.advance(50)
    assert session.running_seconds_left() == pytest.approx(130)
    session.pause()
    assert session.running_seconds_left() == 0  # paused: the reader may have walked away
    clock.advance(500)
    session.resume()
    assert session.running_seconds_left() == pytest.approx(130)
    session.stop()
    assert session.running_seconds_left() == 0


def test_breathing_that_ended_by_itself_runs_no_more(clock: FakeClock) -> None:
    session = BreathingSession(clock, RHYTHMS[1], minutes=5)
    session.start()
    clock.advance(299)
    assert session.running_seconds_left() == pytest.approx(1)
    clock.advance(1)
    assert session.running_seconds_left() == 0


@pytest.mark.parametrize("minutes", [5, 10, 15])
def test_an_urge_round_runs_through_its_check_ins_to_the_end(
    clock: FakeClock, minutes: int
) -> None:
    urge = UrgeTimer(clock)
    assert urge.running_seconds_left() == 0
    urge.start(minutes)
    assert urge.running_seconds_left() == pytest.approx(minutes * 60)
    clock.advance(minutes * 20)  # a check-in is waiting, unanswered: the round goes on
    assert urge.check_in_due
    assert urge.running_seconds_left() == pytest.approx(minutes * 40)
    clock.advance(minutes * 40)
    assert urge.running_seconds_left() == 0


def test_an_urge_round_ended_early_runs_no_more(clock: FakeClock) -> None:
    urge = UrgeTimer(clock)
    urge.start(10)
    clock.advance(60)
    urge.end_now()
    assert urge.running_seconds_left() == 0

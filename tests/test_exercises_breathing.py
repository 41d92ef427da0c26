"""Paced breathing state machine, driven by a fake clock."""

from __future__ import annotations

import pytest

from reader.exercises import format_clock
from reader.exercises.breathing import (
    MINUTES,
    RHYTHMS,
    BreathingSession,
    BreathState,
    Phase,
    counts_so_far,
    ease,
    rhythm_by_key,
)
from tests.fakes import FakeClock, TickingClock


def test_rhythms_stay_within_the_sources() -> None:
    # NHS: about 5 in, 5 out; DBT: a longer out-breath. No holds, nothing faster.
    assert {(r.inhale, r.exhale) for r in RHYTHMS} == {(4, 6), (5, 5)}
    assert all(r.exhale >= r.inhale for r in RHYTHMS)
    assert MINUTES == (1, 3, 5)
    assert rhythm_by_key("5-5").cycle == 10
    with pytest.raises(ValueError, match="unknown"):
        rhythm_by_key("3-3")


def test_idle_before_start(clock: FakeClock) -> None:
    session = BreathingSession(clock, RHYTHMS[0], 1)
    frame = session.frame()
    assert frame.state is BreathState.IDLE
    assert frame.phase is None
    assert frame.fullness == 0.0
    assert frame.remaining == 60.0
    clock.advance(30)
    assert session.frame().remaining == 60.0  # time passing before Start does not count


def test_phases_and_counts_follow_the_rhythm(clock: FakeClock) -> None:
    session = BreathingSession(clock, rhythm_by_key("4-6"), 1)
    session.start()
    seen = []
    for _ in range(10):
        frame = session.frame()
        seen.append((frame.phase, frame.count))
        clock.advance(1)
    assert seen == [(Phase.IN, n) for n in (4, 3, 2, 1)] + [(Phase.OUT, n) for n in range(6, 0, -1)]
    frame = session.frame()
    assert (frame.phase, frame.count, frame.breaths_done) == (Phase.IN, 4, 1)


def test_fullness_grows_on_the_in_breath_and_shrinks_on_the_out_breath(clock: FakeClock) -> None:
    session = BreathingSession(clock, rhythm_by_key("5-5"), 1)
    session.start()
    values = []
    for _ in range(21):
        values.append(session.frame().fullness)
        clock.advance(0.5)
    rising, falling = values[:10], values[10:20]
    assert rising == sorted(rising)
    assert falling == sorted(falling, reverse=True)
    assert values[0] == pytest.approx(0.0)
    assert values[10] == pytest.approx(1.0)
    assert values[20] == pytest.approx(0.0)


def test_ease_is_gentle_at_both_ends() -> None:
    assert ease(0) == 0
    assert ease(1) == pytest.approx(1)
    assert ease(0.5) == pytest.approx(0.5)
    assert ease(0.05) < 0.05  # slow start
    assert ease(-1) == 0
    assert ease(2) == pytest.approx(1)


def test_counts_so_far_lists_the_spoken_numbers(clock: FakeClock) -> None:
    session = BreathingSession(clock, rhythm_by_key("4-6"), 1)
    assert counts_so_far(session.frame()) == []
    session.start()
    clock.advance(1.2)
    assert counts_so_far(session.frame()) == [4, 3]
    clock.advance(3)
    assert counts_so_far(session.frame()) == [6]


def test_pause_holds_time_and_resume_carries_on(clock: FakeClock) -> None:
    session = BreathingSession(clock, rhythm_by_key("4-6"), 1)
    session.start()
    clock.advance(2.5)
    session.pause()
    paused = session.frame()
    assert paused.state is BreathState.PAUSED
    clock.advance(100)
    assert session.frame() == paused
    session.resume()
    assert session.state is BreathState.RUNNING
    clock.advance(0.5)
    assert session.elapsed() == pytest.approx(3.0)
    assert session.frame().count == 1


def test_pause_and_resume_are_ignored_in_the_wrong_state(clock: FakeClock) -> None:
    session = BreathingSession(clock)
    session.pause()
    assert session.state is BreathState.IDLE
    session.resume()
    assert session.state is BreathState.IDLE
    session.start()
    session.resume()
    assert session.state is BreathState.RUNNING


@pytest.mark.parametrize("minutes", MINUTES)
@pytest.mark.parametrize("rhythm", RHYTHMS)
def test_session_runs_for_the_chosen_minutes(clock: FakeClock, rhythm, minutes: int) -> None:
    session = BreathingSession(clock, rhythm, minutes)
    session.start()
    assert session.total == minutes * 60  # both rhythms fit a minute exactly
    clock.advance(minutes * 60 - 0.01)
    assert session.state is BreathState.RUNNING
    clock.advance(0.02)
    frame = session.frame()
    assert frame.state is BreathState.FINISHED
    assert frame.remaining == 0
    assert frame.breaths_done == session.breaths == minutes * 60 // rhythm.cycle
    clock.advance(50)
    assert session.frame() == frame  # stays finished


def test_session_ends_on_a_whole_breath() -> None:
    from reader.exercises.breathing import Rhythm

    session = BreathingSession(FakeClock(), Rhythm("odd", 4, 7), 1)
    assert session.breaths == 6  # 60 / 11 rounded up
    assert session.total == 66


def test_stop_goes_back_to_idle_and_start_begins_again(clock: FakeClock) -> None:
    session = BreathingSession(clock, minutes=1)
    session.start()
    clock.advance(20)
    session.stop()
    assert session.frame().state is BreathState.IDLE
    assert session.elapsed() == 0
    session.start()
    clock.advance(1)
    assert session.elapsed() == pytest.approx(1)
    clock.advance(100)
    assert session.state is BreathState.FINISHED
    session.start()
    assert session.state is BreathState.RUNNING
    assert session.elapsed() == 0


def test_pause_after_time_is_up_finishes(clock: FakeClock) -> None:
    session = BreathingSession(clock, minutes=1)
    session.start()
    clock.advance(61)
    session.pause()
    assert session.state is BreathState.FINISHED


def test_minutes_must_be_positive(clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="positive"):
        BreathingSession(clock, minutes=0)


def test_format_clock_rounds_up() -> None:
    assert format_clock(300) == "5:00"
    assert format_clock(299.2) == "5:00"
    assert format_clock(61) == "1:01"
    assert format_clock(0.3) == "0:01"
    assert format_clock(0) == "0:00"
    assert format_clock(-4) == "0:00"


def test_a_frame_at_the_last_moment_is_one_moment() -> None:
    """The state and the time were read apart: "Breathe in... 4" with 0:00 left."""
    for before_end in (0.005, 0.015, 0.025):
        clock = TickingClock(tick=0.01)
        session = BreathingSession(clock, RHYTHMS[0], minutes=1)
        session.start()
        clock.now += session.total - before_end
        frame = session.frame()
        finished = frame.state is BreathState.FINISHED
        assert finished == (frame.remaining == 0) == (frame.phase is None), before_end

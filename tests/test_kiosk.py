"""Kiosk policy: idle timing with a fake clock, reset steps and the admin chord."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.kiosk import (
    ADMIN_CHORD,
    RESET_STEPS,
    KioskPolicy,
    KioskState,
    Phase,
    ResetStep,
    clock_counting_sleep,
    missing_reset_steps,
)
from tests.fakes import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(500.0)


@pytest.fixture
def policy(clock: FakeClock) -> KioskPolicy:
    return KioskPolicy(idle_timeout=120, warning_seconds=30, clock=clock)


def test_active_until_the_idle_timeout(policy: KioskPolicy, clock: FakeClock) -> None:
    clock.now += 119.9
    assert policy.state() == KioskState(Phase.ACTIVE)


def test_warning_counts_down_in_whole_seconds(policy: KioskPolicy, clock: FakeClock) -> None:
    clock.now += 120
    assert policy.state() == KioskState(Phase.WARNING, 30)
    clock.now += 0.5
    assert policy.state() == KioskState(Phase.WARNING, 30)
    clock.now += 0.5
    assert policy.state() == KioskState(Phase.WARNING, 29)
    clock.now += 28.9
    assert policy.state() == KioskState(Phase.WARNING, 1)


def test_reset_due_when_the_countdown_ends(policy: KioskPolicy, clock: FakeClock) -> None:
    clock.now += 150
    assert policy.state().phase is Phase.RESET_DUE
    clock.now += 10_000
    assert policy.state().phase is Phase.RESET_DUE


def test_activity_restarts_the_wait(policy: KioskPolicy, clock: FakeClock) -> None:
    clock.now += 100
    policy.record_activity()
    clock.now += 100
    assert policy.state().phase is Phase.ACTIVE
    clock.now += 20
    assert policy.state().phase is Phase.WARNING


def test_keep_reading_during_the_warning(policy: KioskPolicy, clock: FakeClock) -> None:
    clock.now += 140
    assert policy.state().phase is Phase.WARNING
    policy.record_activity()
    assert policy.state().phase is Phase.ACTIVE


def test_count_down_again_restarts_only_a_countdown(policy: KioskPolicy, clock: FakeClock) -> None:
    clock.advance(50)
    policy.count_down_again()  # nothing is counting down: the wait goes on as it was
    clock.advance(70)
    assert policy.state() == KioskState(Phase.WARNING, 30)
    clock.advance(25)
    policy.count_down_again()
    assert policy.state() == KioskState(Phase.WARNING, 30)  # the whole countdown again
    clock.advance(30)
    assert policy.state().phase is Phase.RESET_DUE


def test_state_at_an_explicit_time(policy: KioskPolicy, clock: FakeClock) -> None:
    start = clock.now
    assert policy.state(start + 125) == KioskState(Phase.WARNING, 25)
    assert policy.state(start + 150).phase is Phase.RESET_DUE
    assert policy.state(start - 5).phase is Phase.ACTIVE  # a clock that went back


def test_finished_button_makes_reset_due_at_once(policy: KioskPolicy) -> None:
    policy.finish()
    assert policy.state().phase is Phase.RESET_DUE
    assert policy.seconds_until_change() == 0


def test_after_reset_back_to_active(policy: KioskPolicy, clock: FakeClock) -> None:
    clock.now += 200
    assert policy.state().phase is Phase.RESET_DUE
    policy.reset_done()
    assert policy.state().phase is Phase.ACTIVE
    clock.now += 119
    assert policy.state().phase is Phase.ACTIVE
    clock.now += 1
    assert policy.state().phase is Phase.WARNING


def test_finish_then_reset_starts_fresh(policy: KioskPolicy) -> None:
    policy.finish()
    policy.reset_done()
    assert policy.state().phase is Phase.ACTIVE


def test_seconds_until_change_while_active(policy: KioskPolicy, clock: FakeClock) -> None:
    clock.now += 20
    assert policy.seconds_until_change() == pytest.approx(100)


def test_seconds_until_change_follows_the_countdown(policy: KioskPolicy, clock: FakeClock) -> None:
    clock.now += 120.25
    wait = policy.seconds_until_change()
    assert wait == pytest.approx(0.75)  # 29.75 s left shows "30" until 29 s are left
    before = policy.state().seconds_left
    clock.now += wait
    assert policy.state().seconds_left == before - 1


def test_busy_for_starts_the_wait_when_the_exercise_ends(
    policy: KioskPolicy, clock: FakeClock
) -> None:
    clock.now += 120  # the wait is up, but a breathing session has a minute left
    policy.busy_for(60)
    assert policy.state().phase is Phase.ACTIVE
    assert policy.seconds_until_change() == pytest.approx(180)  # one wake-up, no ticking
    clock.now += 60 + 119  # the session ended a minute later; the usual wait from then
    assert policy.state().phase is Phase.ACTIVE
    clock.now += 1
    assert policy.state() == KioskState(Phase.WARNING, 30)


def test_activity_after_busy_for_counts_from_its_own_moment(
    policy: KioskPolicy, clock: FakeClock
) -> None:
    clock.now += 120
    policy.busy_for(600)  # a ten-minute urge timer
    clock.now += 30
    policy.record_activity()  # the reader pressed "End the timer now"
    clock.now += 120
    assert policy.state().phase is Phase.WARNING


def test_busy_for_never_shortens_the_wait(policy: KioskPolicy, clock: FakeClock) -> None:
    clock.now += 120
    policy.busy_for(300)
    policy.busy_for(10)  # asked again: an earlier end does not undo the later one
    policy.busy_for(0)  # nothing running: nothing changes
    clock.now += 300 + 119.9
    assert policy.state().phase is Phase.ACTIVE
    clock.now += 0.1
    assert policy.state().phase is Phase.WARNING


def test_i_m_finished_still_resets_at_once_while_busy(policy: KioskPolicy) -> None:
    policy.busy_for(300)
    policy.finish()
    assert policy.state().phase is Phase.RESET_DUE


def test_used_from_the_first_activity_until_the_reset(policy: KioskPolicy) -> None:
    assert not policy.used  # just started: nobody has done anything
    policy.record_activity()
    assert policy.used
    policy.reset_done()
    assert not policy.used


def test_rest_starts_the_wait_again_and_uses_nothing(policy: KioskPolicy, clock: FakeClock) -> None:
    clock.now += 150
    policy.rest()
    assert policy.state() == KioskState(Phase.ACTIVE)
    assert not policy.used
    clock.now += 120
    assert policy.state() == KioskState(Phase.WARNING, 30)


def test_i_m_finished_still_resets_at_once_after_a_rest(policy: KioskPolicy) -> None:
    policy.finish()
    policy.rest()
    assert policy.state().phase is Phase.RESET_DUE


@given(
    idle=st.integers(30, 3600),
    warning=st.integers(10, 300),
    elapsed=st.floats(0, 10_000, allow_nan=False),
)
def test_phases_follow_the_timeline(idle: int, warning: int, elapsed: float) -> None:
    clock = FakeClock()
    policy = KioskPolicy(idle, warning, clock)
    state = policy.state(clock.now + elapsed)
    if elapsed < idle:
        assert state.phase is Phase.ACTIVE
    elif elapsed < idle + warning:
        assert state.phase is Phase.WARNING
        assert 1 <= state.seconds_left <= warning
    else:
        assert state.phase is Phase.RESET_DUE
    assert policy.seconds_until_change(clock.now + elapsed) >= 0


def test_reset_steps_cover_what_the_issue_asks() -> None:
    assert set(RESET_STEPS) == set(ResetStep)
    assert RESET_STEPS[0] is ResetStep.CLOSE_DIALOGS
    assert RESET_STEPS[-1] is ResetStep.SHOW_HOME
    assert "undo" in ResetStep.CLEAR_TEXT.value
    assert "clipboard" in ResetStep.CLEAR_CLIPBOARD.value


def test_missing_reset_steps() -> None:
    assert missing_reset_steps(RESET_STEPS) == ()
    done = [step for step in RESET_STEPS if step is not ResetStep.DROP_HISTORY]
    assert missing_reset_steps(done) == (ResetStep.DROP_HISTORY,)
    assert missing_reset_steps([]) == RESET_STEPS


def test_admin_chord_is_three_modifiers_and_a_letter() -> None:
    assert ADMIN_CHORD.portable_text == "Ctrl+Alt+Shift+L"
    assert len(ADMIN_CHORD.modifiers) == 3


@pytest.mark.skipif(not hasattr(time, "CLOCK_BOOTTIME"), reason="Linux's clock counting sleep")
def test_the_kiosk_s_clock_counts_the_time_the_computer_slept() -> None:
    # time.monotonic stops while Linux sleeps (CLOCK_MONOTONIC): asleep an hour with a reader's
    # page on screen, the kiosk woke a minute into its wait, page and all.
    assert clock_counting_sleep() == pytest.approx(time.clock_gettime(time.CLOCK_BOOTTIME), abs=1)

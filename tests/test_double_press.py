"""Esc twice leaves quickly: the timing rule, driven by a fake clock."""

from __future__ import annotations

import sys

import pytest

from reader.double_press import DOUBLE_PRESS_SECONDS, DoublePress
from tests.fakes import FakeClock
from tests.sleep_clocks import patched_machine


@pytest.fixture
def esc(clock: FakeClock) -> DoublePress:
    return DoublePress(clock)


def test_one_press_is_not_enough(esc: DoublePress) -> None:
    assert esc.press() is False


def test_two_quick_presses_complete_a_double_press(esc: DoublePress, clock: FakeClock) -> None:
    esc.press()
    clock.advance(0.3)
    assert esc.press() is True


def test_two_presses_at_the_same_instant_count(esc: DoublePress) -> None:
    esc.press()
    assert esc.press() is True


def test_the_window_edge_still_counts(esc: DoublePress, clock: FakeClock) -> None:
    esc.press()
    clock.advance(DOUBLE_PRESS_SECONDS)
    assert esc.press() is True


def test_a_slow_second_press_starts_again(esc: DoublePress, clock: FakeClock) -> None:
    esc.press()
    clock.advance(DOUBLE_PRESS_SECONDS + 0.01)
    assert esc.press() is False
    clock.advance(0.5)  # ...but it counts as the first press of a new pair
    assert esc.press() is True


def test_a_third_press_starts_a_new_pair(esc: DoublePress, clock: FakeClock) -> None:
    esc.press()
    clock.advance(0.2)
    assert esc.press() is True
    clock.advance(0.2)
    assert esc.press() is False
    clock.advance(0.2)
    assert esc.press() is True


def test_window_is_short_but_humane() -> None:
    assert 0.5 <= DOUBLE_PRESS_SECONDS <= 2.0


def test_default_clock_works_without_injection() -> None:
    esc = DoublePress()
    assert esc.press() is False
    assert esc.press() is True  # two calls in a row are well inside the window


@pytest.mark.skipif(sys.platform == "win32", reason="Windows' monotonic clock goes on asleep")
def test_a_press_before_the_computer_slept_and_one_after_are_not_a_double_press(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Esc, the lid closed for an hour, Esc on waking: not "leave now" (the window closed)."""
    machine = patched_machine(monkeypatch)
    esc = DoublePress()
    esc.press()
    machine.run(0.2)
    machine.sleep(60 * 60)
    assert esc.press() is False

"""A kiosk nobody has used since its reset (or its start) has nothing to clear: no notice.

The notice came back after every idle wait, all day: over the fresh home screen, where the
next person's first taps did nothing until they chose "I'm someone new", and over Get help now
kept on screen after an idle reset for someone on the phone, whose number it covered again.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import IDLE, WARNING, assert_fresh_home, typed_session


def wait_out(guard: KioskGuard, clock: FakeClock, seconds: float) -> None:
    """Let the time pass and the idle timer look, as it does every few seconds."""
    clock.advance(seconds)
    guard.check_idle()


def test_a_kiosk_nobody_used_since_its_reset_shows_no_notice(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    typed_session(qtbot, window)
    guard.finish_session()
    for _ in range(3):  # all day, not only the first wait
        for seconds in (IDLE, WARNING):
            wait_out(guard, clock, seconds)
            assert not guard.notice.isVisible()
            assert_fresh_home(window)


def test_help_kept_after_an_idle_reset_is_not_covered_again(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    typed_session(qtbot, window)
    window.open_help()
    wait_out(guard, clock, IDLE)
    wait_out(guard, clock, WARNING)  # cleared, and help shown again for whoever is calling
    assert window.location == "help"
    wait_out(guard, clock, IDLE)
    assert not guard.notice.isVisible()  # the numbers stay in view
    assert window.location == "help"


def test_a_key_after_the_reset_brings_the_notice_back(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    guard.finish_session()
    qtbot.keyClick(window.home, Qt.Key.Key_Down)  # the next person scrolls the home page
    wait_out(guard, clock, IDLE)
    assert guard.notice.isVisible()


def _zoomed(window: MainWindow) -> None:
    window.theming.set_zoom(150)


@pytest.mark.parametrize(
    "change",
    [
        lambda window: window.open_article("calm-start"),
        lambda window: window.open_help(),
        lambda window: window.search_box.setText("my words"),
        _zoomed,
    ],
    ids=["article", "help", "search box", "text size"],
)
def test_what_changes_with_no_input_still_brings_the_notice(
    window: MainWindow,
    guard: KioskGuard,
    clock: FakeClock,
    change: Callable[[MainWindow], object],
) -> None:
    # A screen reader's or voice control's actions send no key or click, yet open pages,
    # fill boxes and change settings: what they did is cleared as ever.
    guard.finish_session()
    change(window)
    wait_out(guard, clock, IDLE)
    assert guard.notice.isVisible()


def test_a_kiosk_nobody_used_since_it_started_shows_no_notice(
    window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    for seconds in (IDLE, WARNING, IDLE):
        wait_out(guard, clock, seconds)
        assert not guard.notice.isVisible()
        assert_fresh_home(window)

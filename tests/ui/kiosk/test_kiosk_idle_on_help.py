"""A reader left on Get help now (perhaps on the phone to a number there) finds it again."""

from __future__ import annotations

import shiboken6
from pytestqt.qtbot import QtBot

from reader.ui.help_panel import HelpPanel
from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import WARNING, show_notice, typed_session


def _time_out(guard: KioskGuard, clock: FakeClock) -> None:
    show_notice(guard, clock)
    clock.advance(WARNING)
    guard.check_idle()  # the countdown has run out: the reset


def test_the_idle_reset_shows_help_again_after_clearing_everything(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    box = typed_session(qtbot, window)
    window.open_help()
    old_panel = window.screens["help"]
    assert isinstance(old_panel, HelpPanel)
    old_panel.set_region("AU")
    _time_out(guard, clock)
    assert window.location == "help"
    panel = window.screens["help"]
    assert isinstance(panel, HelpPanel)
    assert panel is not old_panel
    assert panel.region == "GB"  # the clinic's region again
    assert not shiboken6.isValid(box) or box.toPlainText() == ""
    assert window.search_box.text() == ""
    window.go_back()
    assert window.location == "home"  # nothing of the last reader's behind it
    assert not window.back_button.isEnabled()


def test_the_idle_reset_elsewhere_still_shows_home(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    window.open_article("calm-start")
    _time_out(guard, clock)
    assert window.location == "home"


def test_i_m_finished_on_help_shows_home(window: MainWindow, guard: KioskGuard) -> None:
    """Pressed, not timed out: the reader is done, and the next person starts at home."""
    window.open_help()
    guard.finish_session()
    assert window.location == "home"

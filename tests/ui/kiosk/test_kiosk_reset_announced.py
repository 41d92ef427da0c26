"""A kiosk reset tells a screen reader that everything was cleared for the next person."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.a11y_tools import watch_announcements
from tests.ui.kiosk.kiosk_helpers import WARNING, assert_fresh_home, show_notice, typed_session

CLEARED = "Everything was cleared for the next person."


def test_idle_reset_is_announced(
    qtbot: QtBot,
    window: MainWindow,
    guard: KioskGuard,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Only the home page's name was said when the wait ran out: nothing of the clearing."""
    typed_session(qtbot, window)
    show_notice(guard, clock)
    heard = watch_announcements(monkeypatch)
    clock.advance(WARNING)
    guard.check_idle()
    assert_fresh_home(window)
    assert heard.texts[-1:] == [CLEARED]
    assert heard.texts.count(CLEARED) == 1


def test_im_finished_is_announced(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    typed_session(qtbot, window)
    heard = watch_announcements(monkeypatch)
    window.leave_button.setFocus()
    qtbot.waitUntil(window.leave_button.hasFocus)
    qtbot.keyClick(window.leave_button, Qt.Key.Key_Space)  # I'm finished
    assert_fresh_home(window)
    assert heard.texts == [CLEARED]


def test_someone_new_is_announced(
    qtbot: QtBot,
    window: MainWindow,
    guard: KioskGuard,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    typed_session(qtbot, window)
    show_notice(guard, clock)
    heard = watch_announcements(monkeypatch)
    guard.notice.new_button.click()  # I'm someone new – clear it
    assert_fresh_home(window)
    assert heard.texts == [CLEARED]


def test_im_still_here_clears_nothing_and_says_so(
    qtbot: QtBot,
    window: MainWindow,
    guard: KioskGuard,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Negative control: "I'm still here" keeps everything, and nothing says it was cleared."""
    typed_session(qtbot, window)
    show_notice(guard, clock)
    heard = watch_announcements(monkeypatch)
    guard.notice.button.click()
    assert window.location == "search"
    assert CLEARED not in heard.texts

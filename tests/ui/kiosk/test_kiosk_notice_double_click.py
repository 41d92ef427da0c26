"""A double click on one of the idle notice's choices is one choice, not a click on what follows.

Many people double-click every button. The first click chooses; the notice goes, and the
second press landed on whatever was now under the pointer: on the fresh home screen "I'm someone
new – clear it" sat over an article's card, which opened for the next person.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import assert_fresh_home, show_notice


def _spot(window: MainWindow, button: QPushButton) -> QPoint:
    return button.mapTo(window, button.rect().center())


def _double_click(qtbot: QtBot, window: MainWindow, spot: QPoint) -> None:
    # To the window, as real clicks arrive: Qt finds the widget under the point.
    qtbot.mouseDClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=spot)


def test_double_clicking_someone_new_leaves_a_fresh_home_screen(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    """The second click does not open the card that the fresh home screen has under it."""
    assert window.open_article("calm-start")
    show_notice(guard, clock)
    spot = _spot(window, guard.notice.new_button)
    _double_click(qtbot, window, spot)
    assert_fresh_home(window)
    # A click of its own, later, on the same spot opens what is there: the spot is live.
    qtbot.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=spot)
    assert window.location.startswith("article:")


def test_double_clicking_i_m_still_here_leaves_the_reader_where_they_were(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    """Back on their page, the second click does not open what lies under the button."""
    show_notice(guard, clock)  # over the home screen, whose cards are under the buttons
    spot = _spot(window, guard.notice.button)
    _double_click(qtbot, window, spot)
    assert not guard.notice.isVisible()
    assert window.location == "home"
    qtbot.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=spot)
    assert window.location.startswith("article:")

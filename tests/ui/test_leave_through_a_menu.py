"""Leave quickly and Get help now work with one press while a menu or a list is open.

On X11 and macOS a press outside an open menu or list goes to that menu or list, which
closes, and the press goes no further (Qt replays it only on other systems). The reader who
pressed Leave quickly with Reading settings open saw the menu close and the page stay.
Here the press is sent to the open popup, as those systems deliver it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.reading_tools import POPUP_NOISE


def open_reading_settings(window: MainWindow, qtbot: QtBot) -> QWidget:
    """Open the Reading settings menu without waiting in its own event loop."""
    menu = window.settings_button.menu()
    assert isinstance(menu, QMenu)
    button = window.settings_button
    menu.popup(button.mapToGlobal(QPoint(0, button.height())))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    return menu


def open_country_list(window: MainWindow, qtbot: QtBot) -> QWidget:
    """Open the help panel's list of countries."""
    window.open_help()
    window.screens["help"].region_box.showPopup()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    popup = QApplication.activePopupWidget()
    assert popup is not None
    return popup


def press_through(popup: QWidget, target: QWidget) -> None:
    """A left press on target's middle, delivered to the open popup as X11 and macOS do."""
    where = QPointF(target.mapToGlobal(target.rect().center()))
    inside = QPointF(popup.mapFromGlobal(where.toPoint()))
    pressed = Qt.MouseButton.LeftButton
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(
            kind,
            inside,
            where,
            pressed,
            pressed if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
        )
        if QApplication.activePopupWidget() is popup:
            QApplication.sendEvent(popup, event)


OPENERS = {"reading settings": open_reading_settings, "country list": open_country_list}


@pytest.mark.qt_log_ignore(POPUP_NOISE)
@pytest.mark.parametrize("opener", OPENERS.values(), ids=OPENERS.keys())
def test_one_press_on_leave_quickly_leaves_with_a_popup_open(
    started_window: MainWindow, qtbot: QtBot, opener: Callable[[MainWindow, QtBot], QWidget]
) -> None:
    window = started_window
    popup = opener(window, qtbot)
    with qtbot.waitSignal(window.left_quickly, timeout=1000):
        press_through(popup, window.leave_button)
    assert not window.isVisible()
    assert QApplication.activePopupWidget() is None


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_one_press_on_get_help_now_opens_help_with_a_menu_open(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    window = started_window
    window.open_article("understanding-self-harm")
    popup = open_reading_settings(window, qtbot)
    press_through(popup, window.help_button)
    assert QApplication.activePopupWidget() is None
    assert window.location == "help"


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_a_press_elsewhere_only_closes_the_menu(started_window: MainWindow, qtbot: QtBot) -> None:
    window = started_window
    window.open_article("understanding-self-harm")  # away from home, so Home pressed would show
    popup = open_reading_settings(window, qtbot)
    press_through(popup, window.home_button)
    assert QApplication.activePopupWidget() is None
    assert window.isVisible()
    assert window.location == "article:understanding-self-harm"

"""Every toolbar control that shows a picture or an arrow instead of words has a tooltip of
its own, as on any desktop, naming what it does.

The search box's clear button (a circled cross) had none, so the box's own tooltip showed
over it: pointing at the cross said "Search articles (Ctrl+F)".
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolButton, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.reading_tools import POPUP_NOISE
from tests.ui.window_helpers import sized


def clear_button(window: MainWindow) -> QToolButton:
    """The cross inside the search box that empties it (shown once something is typed)."""
    buttons = window.search_box.findChildren(QToolButton)
    assert len(buttons) == 1
    return buttons[0]


def tooltip_shown_over(qtbot: QtBot, widget: QWidget) -> str:
    """The tooltip that shows when the pointer rests over the middle of widget."""
    middle = widget.rect().center()
    event = QHelpEvent(QEvent.Type.ToolTip, middle, widget.mapToGlobal(middle))
    QApplication.sendEvent(widget, event)
    qtbot.waitUntil(QToolTip.isVisible)
    text = QToolTip.text()
    QToolTip.hideText()
    return text


@pytest.mark.qt_log_ignore(POPUP_NOISE)  # a tooltip is a window the platform cannot raise
def test_the_search_box_s_clear_button_says_what_it_does(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search_box, "calm")
    cross = clear_button(window)
    qtbot.waitUntil(cross.isVisible)
    assert tooltip_shown_over(qtbot, cross) == "Clear search"
    assert cross.accessibleName() == "Clear search"  # the words a screen reader says too


@pytest.mark.qt_log_ignore(POPUP_NOISE)  # a tooltip is a window the platform cannot raise
def test_the_arrows_of_a_narrow_toolbar_say_what_they_do(window: MainWindow, qtbot: QtBot) -> None:
    sized(window, qtbot, 1, 100)  # the narrowest window: Back and Forward are arrows alone
    window.open_article("calm-start")
    window.go_back()  # Forward and Back can both be pressed: a disabled button shows no tip
    window.open_article("calm-start")
    window.go_back()
    for button, name in ((window.back_button, "Back"), (window.forward_button, "Forward")):
        assert button.text() in ("←", "→")
        assert tooltip_shown_over(qtbot, button).startswith(f"{name} (")

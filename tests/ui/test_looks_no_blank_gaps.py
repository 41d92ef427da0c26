"""No screen shows an empty label: one takes a line's height and leaves a blank gap.

Before, Ride out an urge's last page kept its "Your check-ins this round" line on screen with
nothing in it when no check-in was given, and "What would you like to do now?" stood a
whole blank line further down than every other heading.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.a11y_screens import SCREENS, open_screen
from tests.ui.layout_tools import settle_layout


@pytest.mark.parametrize("key", SCREENS)
def test_no_screen_shows_an_empty_label(started_window: MainWindow, qtbot: QtBot, key: str) -> None:
    screen = open_screen(started_window, qtbot, key)
    settle_layout()
    shown = [found for found in screen.findChildren(QLabel) if found.isVisible()]
    assert shown
    blank = [
        found.objectName() or type(found.parent()).__name__
        for found in shown
        if not found.text() and found.pixmap().isNull() and found.height() > 0
    ]
    assert blank == []

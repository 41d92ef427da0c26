"""Get help now opened again starts at its top, where the emergency number is."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.ui.help_panel import HelpPanel
from tests.ui.layout_tools import settle_layout
from tests.ui.window_helpers import MakeWindow, Press

CHAT = "https://988lifeline.org"


@pytest.mark.parametrize("how", ["f1", "button"])
def test_help_opened_again_shows_the_emergency_number_not_where_it_was_left(
    make_window: MakeWindow, small_context: AppContext, qtbot: QtBot, press: Press, how: str
) -> None:
    """Read to its end (or left on a link far down), help opened again in a crisis showed its
    foot, "Numbers checked", with the emergency number and the lines above the window."""
    window = make_window(replace(small_context, region="US"))
    window.resize(800, 600)
    window.theming.set_zoom(200)
    window.open_help()
    panel = window.screens["help"]
    assert isinstance(panel, HelpPanel)
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    assert panel.view.select_href(CHAT)  # the keyboard on the chat address
    press(Qt.Key.Key_End)  # and the page read to its end
    settle_layout()
    assert panel.verticalScrollBar().value() > 0
    window.go_home()
    if how == "f1":
        press(Qt.Key.Key_F1)
    else:
        window.help_button.click()
    assert window.location == "help"
    settle_layout()
    assert panel.verticalScrollBar().value() == 0
    # A screen reader starts at the text's cursor: at its start, on no link.
    assert panel.view.hasFocus()
    assert panel.view.focused_href() is None
    assert panel.view.textCursor().position() == 0

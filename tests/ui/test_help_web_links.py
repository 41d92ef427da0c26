"""A web or chat address in Get help now goes through the window's web-link rules."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.ui import web_address
from reader.ui.help_panel import HelpPanel
from tests.ui.window_helpers import MakeWindow, web_address_dialogs

CHAT = "https://988lifeline.org"  # the US Lifeline's chat, in the bundled contacts


def never(*_args: object) -> object:
    raise AssertionError("nothing may open without the reader's say-so")


def _click_chat(make_window: MakeWindow, context: AppContext) -> None:
    window = make_window(replace(context, region="US"))
    window.open_help()
    panel = window.screens["help"]
    assert isinstance(panel, HelpPanel)
    assert f'href="{CHAT}"' in panel.panel_html()
    panel.view.anchorClicked.emit(QUrl(CHAT))  # the reader clicks the chat address


def test_at_home_the_chat_address_asks_before_the_browser_opens(
    make_window: MakeWindow, small_context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def ask(_parent: QWidget, url: str) -> bool:
        asked.append(url)
        return False

    monkeypatch.setattr(web_address, "ask_open_browser", ask)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(never))
    _click_chat(make_window, small_context)
    assert asked == [CHAT]


def test_in_a_kiosk_the_chat_address_is_a_code_to_scan(
    make_window: MakeWindow,
    small_context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    shown = web_address_dialogs(monkeypatch, qtbot)
    _click_chat(make_window, replace(small_context, kiosk=True))
    assert [dialog.address.text() for dialog in shown] == [CHAT]


@pytest.mark.parametrize("change", ["text size", "theme"])
def test_a_new_text_size_or_theme_keeps_the_keyboard_on_the_chat_address(
    make_window: MakeWindow, small_context: AppContext, qtbot: QtBot, change: str
) -> None:
    """Ctrl+= with the keyboard on the chat address sent it back to the top of the contacts."""
    window = make_window(replace(small_context, region="US"))
    window.open_help()
    panel = window.screens["help"]
    assert isinstance(panel, HelpPanel)
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    assert panel.view.select_href(CHAT)
    if change == "text size":
        window.theming.zoom_in()
    else:
        window.theming.set_theme("dark")
    assert panel.view.hasFocus()
    assert panel.view.focused_href() == CHAT

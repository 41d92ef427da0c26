"""Shared by the accessibility tests: every screen and state to check, and a bundled window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.ui.main_window import MainWindow

# Every screen, and the states of a screen that show other controls.
SCREENS = [
    "home",
    "article",
    "search",
    "help",
    "privacy",
    "shortcuts",
    "exercise/breathing",
    "exercise/breathing:running",
    "exercise/grounding",
    "exercise/grounding:finished",
    "exercise/ride-the-wave",
    "exercise/ride-the-wave:check-in",
    "exercise/ride-the-wave:ended",
    "safety-plan",
    "safety-plan:clear",
    "reflections",
]


def open_screen(window: MainWindow, qtbot: QtBot, key: str) -> Any:
    """Open a screen (in a given state) and return it once it is on screen."""
    name, _, state = key.partition(":")
    if name == "article":
        window.open_article("understanding-self-harm")
    elif name == "search":
        window.search_box.setText("help")
        window.search("help")
    elif name != "home":
        assert window.open_screen(name)
    screen: Any = window.stack.currentWidget()
    qtbot.waitUntil(screen.isVisible)
    if state == "running":
        screen.start()
    elif state == "finished":
        for _ in range(5):
            screen.next()
    elif state == "check-in":
        screen.start()
        screen.check_in_box.setVisible(True)
    elif state == "ended":
        screen.start()
        screen.end_now()
    elif state == "clear":
        screen.document_actions.ask_to_clear()
    return screen


# Test modules import this under its own name and pytest offers it as "bundled_window"; the
# different name keeps the import from being shadowed by each test's bundled_window argument.
@pytest.fixture(name="bundled_window")
def bundled_window_fixture(
    make_window: Callable[[AppContext], MainWindow], bundled_context: AppContext
) -> MainWindow:
    """A shown window over the bundled articles."""
    window = make_window(bundled_context)
    window.resize(1280, 800)
    return window

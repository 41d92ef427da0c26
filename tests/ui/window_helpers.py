"""Shared helpers for the window's UI tests: fixture types and going to each screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from reader.context import AppContext
from reader.ui.main_window import MainWindow

MakeWindow = Callable[[AppContext], MainWindow]
Click = Callable[..., None]
Press = Callable[..., None]

SCREENS = ["home", "article", "search", "help", "privacy", "shortcuts"]


def go_to(window: MainWindow, screen: str) -> QWidget:
    """Open one of the screens the help button must appear on, and focus something on it."""
    if screen == "article":
        window.open_article("calm-start")
        focus: QWidget = window.article_view.prompt_boxes[0]
    elif screen == "search":
        window.search("calm")
        focus = window.search_box
    else:
        assert window.open_screen(screen) or screen == "home"
        focus = current_screen(window)
    focus.setFocus()
    return current_screen(window)


def current_screen(window: MainWindow) -> QWidget:
    """The screen the window shows now."""
    widget = window.stack.currentWidget()
    assert widget is not None
    return widget

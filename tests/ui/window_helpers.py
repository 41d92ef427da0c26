"""Shared helpers for the window's UI tests: fixture types, going to screens, opening articles."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.ui import web_address
from reader.ui.article_view import ArticleView
from reader.ui.main_window import MainWindow
from reader.ui.web_address import WebAddressDialog
from tests.ui.a11y_screens import SCREENS as EVERY_SCREEN_AND_STATE
from tests.ui.layout_tools import settle_layout

MakeWindow = Callable[[AppContext], MainWindow]
Click = Callable[..., None]
Press = Callable[..., None]

# Every screen a reader can be on, each once (F1 was once tested on six of the eleven).
SCREENS = [key for key in EVERY_SCREEN_AND_STATE if ":" not in key]


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
        boxes = current_screen(window).findChildren(QPlainTextEdit)  # the safety plan's, say
        focus = boxes[0] if boxes else current_screen(window)
    focus.setFocus()
    return current_screen(window)


def current_screen(window: MainWindow) -> QWidget:
    """The screen the window shows now."""
    widget = window.stack.currentWidget()
    assert widget is not None
    return widget


def texts(widget: QWidget) -> list[str]:
    """Every label's text in a widget, in creation order."""
    return [lab.text() for lab in widget.findChildren(QLabel)]


def open_article(window: MainWindow, qtbot: QtBot, article_id: str) -> ArticleView:
    """Open an article and wait until the reading column has been laid out."""
    assert window.open_article(article_id)
    view = window.article_view
    qtbot.waitUntil(lambda: view.body_view.height() > 100 and view.column.height() > 0)
    return view


def in_view(page: QScrollArea, widget: QWidget) -> bool:
    """Whether the whole widget is inside the page's visible part, once laid out for good."""
    settle_layout()  # a fresh widget's place is stale until every layout pass has run
    top = widget.mapTo(page.viewport(), QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= page.viewport().height()


def sized(window: MainWindow, qtbot: QtBot, width: int, zoom: int, height: int = 760) -> MainWindow:
    """The window at a width and height (the least allowed, if less) and a text size."""
    window.resize(width, height)
    window.theming.set_zoom(zoom)
    qtbot.waitUntil(
        lambda: (
            (window.width(), window.height())
            == (max(width, window.minimumWidth()), max(height, window.minimumHeight()))
        )
    )
    return window


def space_on(qtbot: QtBot, page: QScrollArea, control: QWidget) -> None:
    """Tab to a control on a page (which scrolls it into view), and press Space on it."""
    control.setFocus(Qt.FocusReason.TabFocusReason)
    page.ensureWidgetVisible(control)
    qtbot.waitUntil(control.hasFocus)
    qtbot.keyClick(control, Qt.Key.Key_Space)


def click_through_window(
    qtbot: QtBot, widget: QWidget, button: Qt.MouseButton = Qt.MouseButton.LeftButton
) -> None:
    """Click a mouse button over the middle of widget as a real click arrives: at its window's
    QWindow, where Qt finds the widget under the point, and the kiosk guard sees it first."""
    window = widget.window()
    handle = window.windowHandle()
    assert handle is not None
    qtbot.mouseClick(handle, button, pos=widget.mapTo(window, widget.rect().center()))


def web_address_dialogs(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> list[WebAddressDialog]:
    """Record each web-address dialog (QR code) shown; the browser and its question must not."""

    def never(*_args: object) -> object:
        raise AssertionError("nothing may open a browser here")

    shown: list[WebAddressDialog] = []

    def record(dialog: WebAddressDialog) -> int:
        qtbot.addWidget(dialog)
        shown.append(dialog)
        return 0

    monkeypatch.setattr(web_address, "ask_open_browser", never)
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(never))
    monkeypatch.setattr(WebAddressDialog, "exec", record)
    return shown

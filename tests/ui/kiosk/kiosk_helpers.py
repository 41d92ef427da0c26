"""Constants and helpers shared by the kiosk-mode window tests in this folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QMenu, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.article_view import ArticleView
from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock

PIN = "2468"
WEB_URL = "https://www.samaritans.org"
IDLE, WARNING = 120, 30
REPO = Path(__file__).resolve().parents[3]

MakeWindow = Callable[..., MainWindow]


def article_view(window: MainWindow) -> ArticleView:
    """The window's reading view."""
    view = window.article_view
    assert isinstance(view, ArticleView)
    return view


def prompt_box(window: MainWindow) -> QPlainTextEdit:
    """Open the article with a prompt and return its first prompt box."""
    assert window.open_article("calm-start")
    boxes = article_view(window).prompt_boxes
    assert boxes
    return boxes[0]


def type_into(qtbot: QtBot, box: QWidget, text: str) -> None:
    """Type like a person, so the box builds an undo history."""
    box.setFocus()
    qtbot.keyClicks(box, text)


def visible_popups() -> list[QWidget]:
    """Dialogs and menus showing anywhere in the application."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog | QMenu) and w.isVisible()
    ]


def assert_fresh_home(window: MainWindow) -> None:
    """The window shows home with no history to go back or forward to."""
    assert window.location == "home"
    assert window.stack.currentWidget() is window.home
    assert not window.history.can_go_back()
    assert not window.history.can_go_forward()
    assert not window.back_button.isEnabled()
    assert not window.forward_button.isEnabled()


def typed_session(qtbot: QtBot, window: MainWindow) -> QPlainTextEdit:
    """Type a prompt answer and a search; returns the prompt box."""
    box = prompt_box(window)
    type_into(qtbot, box, "my private answer")
    type_into(qtbot, window.search_box, "breathing")
    assert window.location == "search"
    return box


def show_notice(guard: KioskGuard, clock: FakeClock) -> None:
    """Someone used the kiosk, then the idle time passes and the guard notices it: the "Are
    you still here?" notice shows (a kiosk nobody used since its reset has nothing to clear)."""
    guard.record_activity()
    clock.advance(IDLE)
    guard.check_idle()  # what the idle timer does when it fires
    assert guard.notice.isVisible()

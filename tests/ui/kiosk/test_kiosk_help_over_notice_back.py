"""Back after Get help now opened over the idle notice: the reader's place and focus, as ever.

The notice held the focus when help opened, so the screen left was noted with no control
focused: Back put the keyboard at the top of the safety plan instead of the box being typed
in, and on the article's text with no link marked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from reader.ui.kiosk_guard import KioskGuard
from reader.ui.link_browser import LinkBrowser
from reader.ui.main_window import MainWindow
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import article_view, show_notice, type_into
from tests.ui.kiosk.test_kiosk_notice_link import on_second_link


def test_back_after_get_help_now_over_the_notice_gives_back_the_box_typed_in(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    assert window.open_screen("safety-plan")
    plan = window.screens["safety-plan"]
    box = [b for b in plan.findChildren(QPlainTextEdit) if b.isVisible()][-1]
    type_into(qtbot, box, "call my sister")
    show_notice(guard, clock)
    window.help_button.click()
    assert window.location == "help"
    assert not guard.notice.isVisible()
    focus = QApplication.focusWidget()
    assert focus is not None
    assert window.screens["help"].isAncestorOf(focus)  # help in front, with the keyboard
    window.go_back()
    assert window.location == "safety-plan"
    assert QApplication.focusWidget() is box
    assert box.toPlainText() == "call my sister"


def test_back_after_f1_over_the_notice_gives_back_the_link_the_keyboard_was_on(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    assert window.open_article("web-help")
    body = article_view(window).findChild(LinkBrowser, "articleBody")
    assert isinstance(body, LinkBrowser)
    link = on_second_link(qtbot, body)
    show_notice(guard, clock)
    handle = window.windowHandle()
    assert handle is not None
    qtbot.keyClick(handle, Qt.Key.Key_F1)
    assert window.location == "help"
    assert not guard.notice.isVisible()
    window.go_back()
    assert window.location == "article:web-help"
    assert QApplication.focusWidget() is body
    assert body.focused_link() == link

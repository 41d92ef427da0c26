"""Nothing stays over "Are you still here?": dialogs, menus and open lists close when it shows.

The web address dialog stayed above the notice for the whole countdown, showing the last
reader's address and taking input, and the help panel's open region list took the keys meant
for the notice. "I'm still here" still gives the reader their page back.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.help_panel import HelpPanel
from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from reader.ui.web_address import WebAddressDialog
from tests.fakes import FakeClock
from tests.ui.kiosk.kiosk_helpers import IDLE, WEB_URL, article_view, show_notice, type_into

# Popups on the offscreen platform; one marker replaces the folder's size-hint one.
POPUP_LOGS = r"This plugin does not support (raise|grabbing|propagateSizeHints)"


def _key(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    """Press a key as the keyboard does: to the window, which hands it on (to an open list)."""
    handle = window.windowHandle()
    assert handle is not None
    qtbot.keyClick(handle, key)


def test_the_notice_closes_the_web_address_and_i_m_still_here_gives_the_page_back(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    type_into(qtbot, window.search_box, "breathing")
    assert window.open_article("web-help")
    reading = article_view(window).body_view
    reading.setFocus()  # where the reader followed the link from
    seen: list[tuple[QWidget | None, bool, bool]] = []

    def walk_away() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or QGuiApplication.focusWindow() is not dialog.windowHandle():
            QTimer.singleShot(10, walk_away)  # not shown and given the keyboard yet
            return
        clock.advance(IDLE)
        guard.check_idle()  # the wait runs out while the web address shows
        shown = dialog is not None and dialog.isVisible()
        seen.append((dialog, guard.notice.isVisible(), shown))
        if isinstance(dialog, QDialog) and shown:
            dialog.reject()  # or exec() would never return

    QTimer.singleShot(0, walk_away)
    window.handle_link(WEB_URL)
    assert len(seen) == 1
    dialog, notice_shown, dialog_shown = seen[0]
    assert isinstance(dialog, WebAddressDialog)
    assert notice_shown
    assert not dialog_shown  # the last reader's address is not shown over the notice
    qtbot.waitUntil(lambda: QApplication.focusWidget() is guard.notice)  # the keys are its
    guard.notice.button.click()  # I'm still here
    assert not guard.notice.isVisible()
    assert window.location == "article:web-help"  # the page they were reading
    assert QApplication.focusWidget() is reading
    window.go_back()
    assert window.location == "search"
    assert window.search_box.text() == "breathing"  # and their search


@pytest.mark.qt_log_ignore(POPUP_LOGS)
def test_the_notice_closes_the_region_list_and_takes_the_keys(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    window.open_help()
    panel = window.screens["help"]
    assert isinstance(panel, HelpPanel)
    box = panel.region_box
    box.setFocus()
    box.showPopup()
    popup = QApplication.activePopupWidget()
    assert popup is not None
    # The list has the keyboard (the offscreen platform gives it a little later).
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is popup.windowHandle())
    show_notice(guard, clock)
    assert QApplication.activePopupWidget() is None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is guard.notice)
    _key(qtbot, window, Qt.Key.Key_Tab)  # the list took this, and Down, Enter and Space
    assert QApplication.focusWidget() is guard.notice.button
    _key(qtbot, window, Qt.Key.Key_Space)  # I'm still here
    assert not guard.notice.isVisible()
    assert window.location == "help"
    assert panel.region == "GB"  # no region was picked by the keys meant for the notice
    assert QApplication.focusWidget() is box


@pytest.mark.qt_log_ignore(POPUP_LOGS)
def test_the_notice_closes_an_open_menu(
    qtbot: QtBot, window: MainWindow, guard: KioskGuard, clock: FakeClock
) -> None:
    menu = window.settings_button.menu()
    menu.popup(window.mapToGlobal(QPoint(20, 20)))
    qtbot.waitUntil(menu.isVisible)
    show_notice(guard, clock)
    assert not menu.isVisible()
    assert QApplication.activePopupWidget() is None

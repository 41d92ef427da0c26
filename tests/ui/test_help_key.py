"""F1 opens Get help now even while a dialog or a menu is open: help is always one key away."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.export import SaveChooser
from reader.ui.main_window import MainWindow
from reader.ui.paper import print_dialog
from tests.ui.reading_tools import POPUP_NOISE


def press_f1_in(find: Callable[[], QWidget | None], pressed: list[QWidget | None]) -> None:
    """Once the dialog or menu is up, press F1 in it (from inside its own event loop)."""
    target = find()
    if target is None or not target.isVisible():
        QTimer.singleShot(10, lambda: press_f1_in(find, pressed))
        return
    QTest.keyClick(target, Qt.Key.Key_F1)
    pressed.append(target)
    if target.isVisible():  # F1 must close it at once; mark it as left open
        pressed.append(None)
    # Had F1 left it open, close it a second later so the test fails instead of hanging.
    QTimer.singleShot(1000, lambda: target.close() if shiboken6.isValid(target) else None)


def never(*_args: object) -> object:
    raise AssertionError("the browser must not open")


@pytest.fixture(autouse=True)
def no_browser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(never))


def test_f1_in_the_open_your_browser_question_opens_help(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    window = started_window
    window.open_article("understanding-self-harm")
    pressed: list[QWidget | None] = []
    QTimer.singleShot(0, lambda: press_f1_in(QApplication.activeModalWidget, pressed))
    window.handle_link("https://example.org/help")  # asks first; returns when it closes
    assert len(pressed) == 1  # the question was up, and F1 closed it (Qt then deleted it)
    qtbot.waitUntil(lambda: window.location == "help")
    assert QApplication.activeModalWidget() is None


@pytest.mark.parametrize("make", ["save", "print"])
def test_f1_in_save_a_copy_or_print_cancels_it_and_opens_help(
    started_window: MainWindow, qtbot: QtBot, make: str
) -> None:
    window = started_window
    window.open_screen("safety-plan")
    dialog: QDialog
    if make == "save":
        dialog = SaveChooser("my-safety-plan", window)
    else:
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter()  # kept: the dialog only points at it
        dialog = print_dialog(printer, window)
    pressed: list[QWidget | None] = []
    QTimer.singleShot(0, lambda: press_f1_in(QApplication.activeModalWidget, pressed))
    assert dialog.exec() == QDialog.DialogCode.Rejected  # cancelled: nothing saved or printed
    assert pressed == [dialog]
    qtbot.waitUntil(lambda: window.location == "help")
    focused = window.focusWidget()
    assert focused is not None
    assert window.screens["help"].isAncestorOf(focused)


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_f1_in_the_settings_menu_closes_it_and_opens_help(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    window = started_window
    menu = window.settings_button.menu()
    pressed: list[QWidget | None] = []
    QTimer.singleShot(0, lambda: press_f1_in(QApplication.activePopupWidget, pressed))
    menu.exec(window.settings_button.mapToGlobal(window.settings_button.rect().bottomLeft()))
    assert pressed == [menu]
    assert not menu.isVisible()
    qtbot.waitUntil(lambda: window.location == "help")


def test_f1_with_nothing_in_the_way_is_left_to_the_window(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    window = started_window
    window.open_article("understanding-self-harm")
    QTest.keyClick(window.search_box, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.location == "help")


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_f1_with_a_drop_down_list_open_closes_it_and_opens_help(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    """The help panel's list of countries stayed open over the page F1 showed."""
    window = started_window
    window.open_help()
    window.screens["help"].region_box.showPopup()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    popup = QApplication.activePopupWidget()
    QTest.keyClick(popup, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert not popup.isVisible()
    qtbot.waitUntil(lambda: window.location == "help")

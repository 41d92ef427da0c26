"""Enter presses the focused button on every screen, as Space does (docs/ACCESSIBILITY.md)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow

Press = Callable[..., None]


@pytest.fixture
def ready(window: MainWindow) -> MainWindow:
    """The window with its after-first-paint work done (the key filters among it)."""
    window.finish_start()
    return window


def focus(qtbot: QtBot, button: QAbstractButton) -> None:
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)


@pytest.fixture
def press(qtbot: QtBot, ready: MainWindow) -> Press:
    """Press a key as the keyboard does: to the window, which hands it to the focus widget."""

    def do_press(
        key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        handle = ready.windowHandle()
        assert handle is not None
        qtbot.keyClick(handle, key, modifier)

    return do_press


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_on_get_help_now_opens_help(
    ready: MainWindow, qtbot: QtBot, press: Press, key: Qt.Key
) -> None:
    focus(qtbot, ready.help_button)
    press(key)
    assert ready.location == "help"


def test_enter_on_a_home_tool_button_opens_the_tool(
    ready: MainWindow, qtbot: QtBot, press: Press
) -> None:
    breathing = next(
        b for b in ready.home.findChildren(QPushButton) if "breathing" in b.text().lower()
    )
    focus(qtbot, breathing)
    press(Qt.Key.Key_Return)
    assert ready.location == "exercise/breathing"


def test_enter_on_a_toolbar_tool_button_presses_it(
    ready: MainWindow, qtbot: QtBot, press: Press
) -> None:
    ready.open_screen("help")
    focus(qtbot, ready.home_button)
    press(Qt.Key.Key_Return)
    assert ready.location == "home"


@pytest.mark.qt_log_ignore(r"This plugin does not support (raise|grabbing|propagateSizeHints)")
def test_enter_on_reading_settings_opens_its_menu(
    ready: MainWindow, qtbot: QtBot, press: Press
) -> None:
    focus(qtbot, ready.settings_button)
    seen: list[QWidget | None] = []

    def close_the_popup() -> None:
        # The menu runs its own event loop, as it does after a click; close it from inside.
        popup = QApplication.activePopupWidget()
        seen.append(popup)
        if popup is None:
            QTimer.singleShot(10, close_the_popup)
        else:
            popup.close()

    QTimer.singleShot(0, close_the_popup)
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen) and seen[-1] is not None)
    assert seen[-1] is ready.settings_button.menu()


def test_enter_with_a_modifier_is_left_alone(ready: MainWindow, qtbot: QtBot, press: Press) -> None:
    focus(qtbot, ready.help_button)
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ready.location == "home"

"""After a reset, Reading settings shows the clinic's choices and keeps working."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from reader.ui.kiosk_guard import KioskGuard
from reader.ui.main_window import MainWindow
from tests.ui.kiosk.kiosk_helpers import prompt_box


def ticked(window: MainWindow) -> list[str]:
    """The checked items of the Reading settings menu, as the menu would show them."""
    window.settings_button.sync()  # what opening the menu runs
    menu = window.settings_button.menu()
    return [a.text() for a in menu.actions() if a.isCheckable() and a.isChecked()]


def test_the_menu_shows_the_clinics_look_after_the_last_reader_changed_it(
    window: MainWindow, guard: KioskGuard, qtbot: QtBot
) -> None:
    """Found by a random walk: after these steps every opening of the menu raised an error
    (its actions' Python objects were gone), and it still ticked the last reader's Dark."""
    window.settings_button.theme_actions["dark"].trigger()
    window.settings_button.easier.trigger()
    prompt_box(window).setFocus()  # an article with a prompt and one "Read next"
    assert window.open_article("web-help")  # one with no "Read next"
    guard.finish_session()
    qtbot.waitUntil(lambda: window.theming.choice != "dark")
    shown = ticked(window)
    assert "Dark" not in shown
    assert not any(text.startswith("Easier reading") for text in shown)
    window.settings_button.easier.trigger()  # and the next reader's choice is theirs
    assert window.theming.easier_reading is True

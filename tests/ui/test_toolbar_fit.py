"""The toolbar keeps its labels whole at every width and text size, and never pushes help off."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolButton, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from tests.ui.layout_tools import whole
from tests.ui.window_helpers import sized


def toolbar_buttons(window: MainWindow) -> list[QToolButton]:
    """The toolbar's buttons, left to right."""
    return [
        window.back_button,
        window.forward_button,
        window.home_button,
        window.settings_button,
        window.leave_button,
        window.help_button,
    ]


@pytest.mark.parametrize("zoom", [100, 150, 200])
@pytest.mark.parametrize("width", [860, 1024, 1100, 1366])
def test_the_toolbar_keeps_every_label_whole(
    started_window: MainWindow, qtbot: QtBot, width: int, zoom: int
) -> None:
    window = sized(started_window, qtbot, width, zoom)
    qtbot.waitUntil(lambda: all(whole(b) for b in toolbar_buttons(window)))
    assert window.help_button.text() == "Get help now"
    assert window.leave_button.text() == "Leave quickly"
    right = window.help_button.mapTo(window, window.help_button.rect().topRight()).x()
    assert right < window.width()
    assert window.search_box.width() >= window.search_box.minimumWidth()


def test_the_toolbar_shortens_labels_only_when_the_row_does_not_fit(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    window = sized(started_window, qtbot, 1366, 100)
    qtbot.waitUntil(lambda: window.back_button.text() == "←  Back")
    assert window.settings_button.text() == "Reading settings"
    sized(window, qtbot, 1024, 150)
    qtbot.waitUntil(lambda: window.back_button.text() == "←")
    assert window.forward_button.text() == "→"
    assert window.settings_button.text() == "Settings"
    # What a screen reader says does not change with the width.
    assert window.settings_button.accessibleName() == "Reading settings"
    assert "Back" in window.back_button.accessibleName()
    sized(window, qtbot, 1366, 100)
    qtbot.waitUntil(lambda: window.back_button.text() == "←  Back")


def below(upper: QWidget, lower: QWidget) -> bool:
    """Whether lower starts under the bottom of upper, in the window."""
    window = upper.window()
    return (
        lower.mapTo(window, lower.rect().topLeft()).y()
        >= upper.mapTo(window, upper.rect().bottomLeft()).y()
    )


def test_a_narrow_window_puts_the_search_box_on_a_row_of_its_own(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    window = sized(started_window, qtbot, 900, 150)
    qtbot.waitUntil(lambda: below(window.help_button, window.search_box))
    assert all(whole(b) for b in toolbar_buttons(window))
    assert window.search_box.isVisible()
    sized(window, qtbot, 1366, 150)
    qtbot.waitUntil(lambda: not below(window.help_button, window.search_box))


@pytest.mark.parametrize("zoom", [100, 200])
@pytest.mark.parametrize("width", [700, 560, 300])
def test_in_a_very_narrow_window_get_help_now_keeps_its_words(
    started_window: MainWindow, qtbot: QtBot, width: int, zoom: int
) -> None:
    """At 200% in a 700-pixel window the button read "Get…now"."""
    window = started_window
    sized(window, qtbot, width, zoom, height=700)
    qtbot.waitUntil(lambda: all(whole(b) for b in toolbar_buttons(window)))
    for button in (window.help_button, window.leave_button):
        assert button.width() >= button.sizeHint().width()
        right = button.mapTo(window, button.rect().topRight()).x()
        assert right < window.width()
    assert window.search_box.isVisible()


@pytest.mark.parametrize("zoom", [125, 150, 200])
def test_a_1280_pixel_window_keeps_the_toolbar_s_whole_labels_at_large_text(
    started_window: MainWindow, qtbot: QtBot, zoom: int
) -> None:
    """The toolbar stops growing where its whole labels still fit the most common width."""
    window = sized(started_window, qtbot, 1280, zoom)
    qtbot.waitUntil(lambda: window.toolbar.arrangement == "one row")
    assert window.back_button.text() == "←  Back"
    assert window.settings_button.text() == "Reading settings"

"""The Reading settings menu shows which items can be switched on, and which are on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.paths import resources_dir
from reader.themes import THEMES
from reader.ui.main_window import MainWindow
from reader.ui.text_size import BASE_POINT_SIZE as BODY_POINTS
from tests.ui.pixels import colour_share
from tests.ui.reading_tools import POPUP_NOISE
from tests.ui.window_helpers import MakeWindow


@pytest.fixture
def window(
    make_window: MakeWindow, bundled_context: AppContext, qtbot: QtBot
) -> Iterator[MainWindow]:
    """A started window with its Reading settings menu open."""
    started = make_window(bundled_context)
    started.finish_start()  # as after the first paint
    _open(started, qtbot)
    yield started
    started.settings_button.menu().close()


def _open(window: MainWindow, qtbot: QtBot) -> None:
    button = window.settings_button
    menu = button.menu()
    menu.aboutToShow.emit()  # ticks the current choices, as a click does
    menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
    qtbot.waitUntil(menu.isVisible)


def indicator(menu: QMenu, action: QAction) -> QImage:
    """The part of an item's row left of its text, where its indicator is drawn."""
    row = menu.actionGeometry(action)
    width = round(menu.fontMetrics().height() * 2)
    return menu.grab(row.adjusted(0, 0, width - row.width(), 0)).toImage()


@pytest.mark.qt_log_ignore(POPUP_NOISE)
@pytest.mark.parametrize("name", sorted(THEMES))
def test_toggles_show_a_box_even_when_off_and_the_chosen_theme_stands_out(
    window: MainWindow, name: str
) -> None:
    menu = window.settings_button.menu()
    window.theming.set_theme(name)
    theme = THEMES[name]
    button = window.settings_button
    off = button.reduce_motion
    assert not off.isChecked()
    # An unticked toggle still has its outline, so it reads as something to switch on.
    assert colour_share(indicator(menu, off), theme.text) > 0.02
    chosen = button.theme_actions[name]
    other = next(a for n, a in button.theme_actions.items() if n != name)
    menu.aboutToShow.emit()
    assert chosen.isChecked()
    assert colour_share(indicator(menu, chosen), theme.accent) > 0.02
    assert colour_share(indicator(menu, other), theme.accent) == 0.0
    assert colour_share(indicator(menu, other), theme.text) > 0.02  # an empty ring


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_a_ticked_toggle_is_filled_and_grows_with_the_text(
    window: MainWindow, qtbot: QtBot
) -> None:
    menu = window.settings_button.menu()
    theme = THEMES["light"]
    window.theming.set_theme("light")
    easier = window.settings_button.easier
    before = colour_share(indicator(menu, easier), theme.accent)
    easier.setChecked(True)
    qtbot.waitUntil(lambda: colour_share(indicator(menu, easier), theme.accent) > before + 0.03)
    small = _accent_pixels(indicator(menu, easier), theme.accent)
    menu.close()
    window.theming.set_zoom(200)
    _open(window, qtbot)
    assert _accent_pixels(indicator(menu, easier), theme.accent) > 2 * small


def _accent_pixels(image: QImage, colour: str) -> float:
    return colour_share(image, colour) * image.width() * image.height()


@pytest.mark.parametrize("name", sorted(THEMES))
def test_each_theme_ticks_in_the_colour_of_text_on_its_accent(name: str) -> None:
    tick = resources_dir() / "icons" / f"menu-tick-{name}.svg"
    assert f'stroke="{THEMES[name].accent_text}"' in tick.read_text(encoding="utf-8")


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_after_a_new_text_size_the_menu_is_placed_for_its_new_width(
    window: MainWindow, qtbot: QtBot
) -> None:
    menu = window.settings_button.menu()
    menu.close()
    window.theming.set_zoom(200)
    # Qt sizes and places a menu before it opens: when it grew only as it opened, it ran off
    # the screen's right edge, its shortcuts cut off.
    placed_for = menu.sizeHint()
    _open(window, qtbot)
    assert menu.sizeHint() == placed_for


@pytest.mark.qt_log_ignore(POPUP_NOISE)
def test_at_200_percent_the_whole_menu_fits_a_small_screen(
    window: MainWindow, qtbot: QtBot
) -> None:
    """At 200% the menu was 940 pixels wide: on an 800-pixel screen (the test platform's) its
    keys ("Ctrl++") were cut off at the right edge. Its text shrinks to fit, no further."""
    menu = window.settings_button.menu()
    menu.close()
    window.theming.set_zoom(200)
    _open(window, qtbot)
    room = menu.screen().availableGeometry()
    assert menu.sizeHint().width() <= room.width()
    assert room.contains(menu.geometry())
    assert menu.font().pointSizeF() > BODY_POINTS  # still larger than at 100%
    menu.close()
    window.theming.set_zoom(100)
    _open(window, qtbot)
    assert menu.font().pointSizeF() == BODY_POINTS  # back to the reader's size

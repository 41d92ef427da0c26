"""Check boxes, radio buttons and the keyboard focus are clearly drawn in every theme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QCheckBox, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from reader.themes import THEMES
from reader.ui.main_window import MainWindow
from tests.ui.a11y_tools import controls
from tests.ui.pixels import colour_share
from tests.ui.theme_tools import (
    THEME_NAMES,
    started_bundled_window_fixture,  # noqa: F401 - a fixture
)


def edge(image: QImage, width: int = 2) -> QImage:
    """The outermost pixels of an image, as one strip (where a focus ring is drawn)."""
    w, h = image.width(), image.height()
    strip = QImage(2 * (w + h) * width, 1, QImage.Format.Format_RGB32)
    x = 0
    for depth in range(width):
        points = [(i, depth) for i in range(w)] + [(i, h - 1 - depth) for i in range(w)]
        points += [(depth, j) for j in range(h)] + [(w - 1 - depth, j) for j in range(h)]
        for px, py in points:
            strip.setPixelColor(x, 0, image.pixelColor(px, py))
            x += 1
    return strip


def indicator_image(widget: QWidget) -> QImage:
    """The indicator square at the left of a check box or radio button."""
    side = widget.height()
    return widget.grab().toImage().copy(0, 0, side, side)


@pytest.mark.parametrize("name", THEME_NAMES)
def test_check_boxes_and_radio_buttons_are_clearly_drawn(
    bundled_window: MainWindow, qtbot: QtBot, name: str
) -> None:
    window = bundled_window
    window.theming.set_theme(name)
    window.open_screen("exercise/breathing")
    view = window.screens["exercise/breathing"]
    qtbot.waitUntil(view.isVisible)
    theme = THEMES[name]
    box = view.findChild(QCheckBox)
    assert box is not None
    radios = view.findChildren(QRadioButton)
    chosen = next(r for r in radios if r.isChecked())
    empty = next(r for r in radios if not r.isChecked())
    box.setChecked(False)
    assert colour_share(indicator_image(box), theme.text) > 0.05  # a visible outline
    assert colour_share(indicator_image(empty), theme.text) > 0.05
    assert colour_share(indicator_image(chosen), theme.accent) > 0.05  # the chosen one stands out
    box.setChecked(True)
    assert colour_share(indicator_image(box), theme.accent) > 0.15  # filled when ticked


@pytest.mark.parametrize("name", THEME_NAMES)
@pytest.mark.parametrize("screen", ["home", "exercise/breathing", "safety-plan", "article"])
def test_keyboard_focus_is_visible_on_every_control(
    bundled_window: MainWindow, qtbot: QtBot, name: str, screen: str
) -> None:
    window = bundled_window
    window.theming.set_theme(name)
    if screen == "article":
        window.open_article("understanding-self-harm")
    else:
        window.go_home() if screen == "home" else window.open_screen(screen)
    focus = THEMES[name].focus
    checked = 0
    # Laid out, as before anything is painted (a new page's layout runs on the next event).
    qtbot.waitUntil(lambda: all(c.height() > 2 for c in controls(window)[:25]))
    for control in controls(window)[:25]:
        control.clearFocus()
        before = edge(control.grab().toImage())
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus)
        after = edge(control.grab().toImage())
        assert before != after, f"no focus change on {control}"
        # A ring in the focus colour around most of the edge.
        assert colour_share(after, focus, tolerance=60) > 0.3, f"no focus ring on {control}"
        checked += 1
    assert checked >= 5

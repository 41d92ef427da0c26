"""A page shows its focus ring when the keyboard brought the focus, not after a click.

Pages take the focus on every new screen, so that a screen reader starts reading there; with
a ring, the whole screen was framed in blue after an ordinary click and at start-up.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QFrame, QWidget
from pytestqt.qtbot import QtBot

from reader.themes import THEMES
from reader.ui.main_window import MainWindow
from reader.ui.style import QUIET_FOCUS_PROPERTY
from tests.ui.pixels import as_seen


def ring_share(widget: QWidget, colour: str) -> float:
    """The share of the widget's outermost pixels, as drawn in its window, in this colour."""
    image = as_seen(widget)
    w, h = image.width(), image.height()
    points = [(x, 0) for x in range(w)] + [(x, h - 1) for x in range(w)]
    points += [(0, y) for y in range(h)] + [(w - 1, y) for y in range(h)]
    return sum(image.pixelColor(x, y).name() == colour for x, y in points) / len(points)


def ring_on_shown_edges(widget: QWidget, colour: str) -> list[float]:
    """The share of the top, left and right edges of what the window shows of the widget that
    is in this colour (a widget taller than the window has its foot out of sight)."""
    window = widget.window()
    shown = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()).intersected(window.rect())
    image = window.grab(shown).toImage()
    w, h = image.width(), image.height()
    edges = [[(x, 0) for x in range(w)], [(0, y) for y in range(h)]]
    edges.append([(w - 1, y) for y in range(h)])
    return [sum(image.pixelColor(x, y).name() == colour for x, y in e) / len(e) for e in edges]


def press_in_window(qtbot: QtBot, window: QWidget, key: Qt.Key, shift: bool = False) -> None:
    """A key pressed as a person presses it: through the window, to the focused widget."""
    handle = window.windowHandle()
    assert handle is not None
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(handle, key, modifier)


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_a_card_clicked_opens_its_article_without_a_frame_round_the_page(
    started_window: MainWindow, click: Callable[[QWidget], None], qtbot: QtBot, theme: str
) -> None:
    window = started_window
    window.theming.set_theme(theme)
    cards = [c for c in window.home.findChildren(QFrame, "card") if c.isVisible()]
    click(cards[0])
    page = window.article_view
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page and page.hasFocus())
    assert page.property(QUIET_FOCUS_PROPERTY) is True
    assert ring_share(page, THEMES[theme].focus) == 0


def test_tab_away_and_back_shows_the_ring_on_the_page(
    started_window: MainWindow, click: Callable[[QWidget], None], qtbot: QtBot
) -> None:
    window = started_window
    cards = [c for c in window.home.findChildren(QFrame, "card") if c.isVisible()]
    click(cards[0])
    page = window.article_view
    qtbot.waitUntil(page.hasFocus)
    press_in_window(qtbot, window, Qt.Key.Key_Tab)
    assert not page.hasFocus()
    assert not page.property(QUIET_FOCUS_PROPERTY)
    press_in_window(qtbot, window, Qt.Key.Key_Backtab, shift=True)
    assert QApplication.focusWidget() is page
    assert ring_share(page, THEMES[window.theming.theme.name].focus) > 0.9


def test_at_start_up_the_home_page_has_the_focus_but_no_frame(started_window: MainWindow) -> None:
    window = started_window
    home = window.home
    assert home.hasFocus()
    assert ring_share(home, window.theming.theme.focus) == 0


def test_a_click_on_the_page_s_margin_gives_it_the_focus_without_a_frame(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    window = started_window
    window.open_article("understanding-self-harm")
    page = window.article_view
    press_in_window(qtbot, window, Qt.Key.Key_Tab)  # into the page: the focus leaves it
    assert not page.hasFocus()
    handle = window.windowHandle()
    assert handle is not None
    margin = page.viewport().mapTo(window, QPoint(8, page.viewport().height() // 2))
    qtbot.mouseClick(handle, Qt.MouseButton.LeftButton, pos=margin)
    assert QApplication.focusWidget() is page
    assert ring_share(page, window.theming.theme.focus) == 0


def test_help_opened_with_a_click_has_no_frame_round_its_text(
    started_window: MainWindow, click: Callable[[QWidget], None]
) -> None:
    window = started_window
    click(window.help_button)
    text = QApplication.focusWidget()
    assert window.location == "help"
    assert text is not None
    assert window.screens["help"].isAncestorOf(text)
    assert text.property(QUIET_FOCUS_PROPERTY) is True
    assert ring_share(text, window.theming.theme.focus) == 0


def test_help_opened_with_f1_rings_its_text(started_window: MainWindow, qtbot: QtBot) -> None:
    """A keyboard user sees where the focus went."""
    window = started_window
    press_in_window(qtbot, window, Qt.Key.Key_F1)
    text = QApplication.focusWidget()
    assert window.location == "help"
    assert text is not None
    assert window.screens["help"].isAncestorOf(text)
    # Its foot is below the window, more or less far as the contacts change: what shows of it
    # is ringed on every side (a share of the whole outline fell below 0.3 with one more line).
    assert min(ring_on_shown_edges(text, window.theming.theme.focus)) > 0.9


def test_a_control_given_the_focus_keeps_its_ring(started_window: MainWindow) -> None:
    """Only whole pages and texts go quiet: a clicked button still shows where the focus is."""
    window = started_window
    window.home_button.setFocus(Qt.FocusReason.MouseFocusReason)
    assert ring_share(window.home_button, window.theming.theme.focus) > 0.5

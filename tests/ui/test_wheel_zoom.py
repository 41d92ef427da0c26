"""Ctrl+wheel over a text view sizes the whole app's text, as Ctrl+plus and Ctrl+minus do.

Qt's own Ctrl+wheel zoomed one view's font alone, and nothing put it back: the crisis
numbers shrank to 0.2 pt for every reader after, search results came up at 3.2 pt for the
next person, and an article body cut its text off below.
"""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.article_body import ArticleBody
from reader.ui.card import Card
from reader.ui.main_window import MainWindow
from reader.ui.theming import ZOOM_STEPS
from tests.ui.wheel_tools import turn_wheel
from tests.ui.window_helpers import open_article

Ctrl = Qt.KeyboardModifier.ControlModifier


def wheel(view: ArticleBody, notches: float, modifiers: Qt.KeyboardModifier = Ctrl) -> bool:
    """Turn the wheel over the view's text; whether it took it (else Qt passes it to the page)."""
    return turn_wheel(view.viewport(), notches, modifiers)


def help_view(window: MainWindow, qtbot: QtBot) -> ArticleBody:
    window.open_help()
    view = window.screens["help"].view  # type: ignore[attr-defined]
    assert isinstance(view, ArticleBody)
    return view


def search_results(window: MainWindow, qtbot: QtBot) -> ArticleBody:
    window.search("calm")
    return window.search_view.results


def article_body(window: MainWindow, qtbot: QtBot) -> ArticleBody:
    return open_article(window, qtbot, "calm-start").body_view


VIEWS = {"help contacts": help_view, "search results": search_results, "article": article_body}


def steps_from(zoom: int, steps: int) -> int:
    """The text size this many zoom steps away (the keys' steps)."""
    return ZOOM_STEPS[ZOOM_STEPS.index(zoom) + steps]


def keeps_the_apps_font(view: QWidget) -> bool:
    """The view has no font of its own: it follows the application's text size."""
    return not view.testAttribute(Qt.WidgetAttribute.WA_SetFont)


@pytest.mark.parametrize("name", VIEWS)
def test_ctrl_wheel_steps_the_apps_text_size_and_never_the_views_own(
    window: MainWindow, qtbot: QtBot, name: str
) -> None:
    view = VIEWS[name](window, qtbot)
    start = window.theming.zoom
    before = view.font().pointSizeF()
    wheel(view, -1)
    wheel(view, -1)
    assert window.theming.zoom == steps_from(start, -2)
    assert keeps_the_apps_font(view)
    assert view.font().pointSizeF() == QApplication.font().pointSizeF() < before
    wheel(view, 12)  # far up: it stops at the largest size, as the keys do
    assert window.theming.zoom == ZOOM_STEPS[-1]
    window.theming.reset_zoom()  # Ctrl+0 (and a kiosk reset) bring the text back
    assert window.theming.zoom == start
    assert view.font().pointSizeF() == before


def test_the_article_body_fits_its_text_after_ctrl_wheel(window: MainWindow, qtbot: QtBot) -> None:
    body = article_body(window, qtbot)
    wheel(body, 3)
    margins = body.contentsMargins()
    needed = math.ceil(body.document().size().height()) + margins.top() + margins.bottom()
    assert window.theming.zoom == steps_from(100, 3)
    assert body.height() == needed  # nothing cut off below


def test_a_touchpad_steps_once_per_whole_notch_and_a_plain_wheel_still_scrolls(
    window: MainWindow, qtbot: QtBot
) -> None:
    body = article_body(window, qtbot)
    start = window.theming.zoom
    for _ in range(2):
        assert wheel(body, 1 / 3)  # taken, so the page around does not scroll a screen
    assert window.theming.zoom == start  # two thirds of a notch: not yet
    assert wheel(body, 1 / 3)
    assert window.theming.zoom == steps_from(start, 1)
    assert keeps_the_apps_font(body)
    # Without Ctrl the body (as tall as its text) leaves the wheel to the page, which scrolls.
    assert not wheel(body, -1, Qt.KeyboardModifier.NoModifier)
    assert window.theming.zoom == steps_from(start, 1)


def test_search_results_come_back_at_the_apps_size_after_a_reset(
    window: MainWindow, qtbot: QtBot
) -> None:
    results = search_results(window, qtbot)
    before = results.font().pointSizeF()
    for _ in range(10):
        wheel(results, -1)
    window.theming.restore_defaults()  # what a kiosk reset does
    window.search_view.reset()
    window.search("calm")  # the next person's search
    assert keeps_the_apps_font(results)
    assert results.font().pointSizeF() == before


def test_ctrl_wheel_over_a_view_with_no_text_size_to_step_changes_nothing(
    qtbot: QtBot,
) -> None:
    body = ArticleBody(on_link=lambda _url: None)
    qtbot.addWidget(body)
    body.set_article_html("<p>Call 999 in an emergency.</p>", "", pack_folder=None)
    body.show()
    before = body.font().pointSizeF()
    for notches in (-5, 5, -1):
        wheel(body, notches)
        assert body.font().pointSizeF() == before
        assert body.document().defaultFont().pointSizeF() == before
    assert keeps_the_apps_font(body)


def test_ctrl_wheel_over_a_home_card_sizes_the_text_and_does_not_scroll_the_page(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.go_home()
    card = window.home.findChild(Card)
    assert card is not None
    viewport = window.home.viewport()
    page = window.home.verticalScrollBar()
    start, top = window.theming.zoom, page.value()
    # A person's wheel over a card goes on to the page's viewport, as the card does not take
    # it; Qt passes on only the wheel events the system sends, so this one goes there.
    for _ in range(2):
        assert turn_wheel(viewport, -1, Ctrl, over=card)
    assert window.theming.zoom == steps_from(start, -2)
    assert page.value() == top  # it sized the text; it did not scroll a screen


def test_part_of_a_notch_turned_back_counts_for_nothing(window: MainWindow, qtbot: QtBot) -> None:
    # Two thirds of a notch up, then a whole notch down: the text gets smaller at once, not
    # after a third more (it kept the part-notch, and the first notch back did nothing).
    start = window.theming.zoom
    window.theming.turn_wheel(80)
    window.theming.turn_wheel(-120)
    assert window.theming.zoom == steps_from(start, -1)
    window.theming.turn_wheel(80)  # and a kiosk reset forgets a part-notch
    window.theming.restore_defaults()
    window.theming.turn_wheel(40)
    assert window.theming.zoom == start

"""Tab follows the reading order where widgets are reused or made later than the toolbar."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from reader.articles import Library
from reader.context import AppContext
from reader.ui.article_view import ArticleView
from reader.ui.link_label import LinkLabel
from reader.ui.main_window import MainWindow
from tests.ui.a11y_tools import describe, out_of_reading_order, tab_cycle, unreached
from tests.ui.speech_fakes import FakeSupport, bar_of

TOOLBAR_CONTROLS = ("back", "forward", "home", "search_box", "settings", "leave", "help")


def names(widgets: list[QWidget]) -> list[str]:
    """Short descriptions, so a failure shows the order Tab really took (boxes have no text,
    but each is named by its prompt)."""
    return [f"{describe(w)} {w.accessibleName()[:30]!r}" for w in widgets]


@pytest.fixture
def support_for_bar() -> FakeSupport:
    """An offline voice, so the article shows its Read aloud bar."""
    return FakeSupport()


def article_stops(view: ArticleView) -> list[QWidget]:
    """The page, then its controls from the top down, as the reader sees them."""
    links = [w for w in view.findChildren(LinkLabel) if w.isVisible()]
    related = [b for b in view.findChildren(QWidget, "relatedLink") if b.isVisible()]
    footer = [b for b in view.findChildren(QWidget, "helpButton") if b.isVisible()]
    top = sorted(links, key=lambda w: w.mapTo(view, w.rect().topLeft()).y())
    return [view, *top, view.body_view, *view.prompt_boxes, *related, *footer]


def test_article_tab_order_survives_reused_boxes_and_buttons(
    started_window: MainWindow, qtbot: QtBot
) -> None:
    """Three prompts, then two, then three again: the boxes come back from the spares in
    another order than they were made, and Tab skipped the second box (s8 of the review)."""
    window = started_window
    for article_id in ("understanding-self-harm", "in-crisis-right-now"):
        window.open_article(article_id)
    window.open_article("understanding-self-harm")
    view = window.article_view
    qtbot.waitUntil(view.isVisible)
    assert len(view.prompt_boxes) == 3
    cycle = tab_cycle(qtbot, window.home_button)
    on_page = [w for w in cycle if view.isAncestorOf(w)]  # the page itself included
    assert names(on_page) == names(article_stops(view))
    # The toolbar keeps its place: it comes just before the page, and Tab starts at Home.
    assert cycle[cycle.index(window.help_button) + 1] is view


def test_read_aloud_bar_is_reached_where_it_shows(
    qtbot: QtBot, small_library: Library, support_for_bar: FakeSupport
) -> None:
    """The bar is made anew for each article, after everything else on the page: Tab reached
    it last, after Get help now, though it sits above the contents."""
    view = ArticleView(small_library, lambda url: None, lambda: "", speech=support_for_bar)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    view.show_article("calm-start")
    view.show_article("second-step")
    view.show_article("calm-start")
    bar = bar_of(view)
    assert bar is not None
    cycle = tab_cycle(qtbot, view)
    assert names(cycle) == names([view, bar.read_button, *article_stops(view)[1:]])


def test_article_tab_order_after_a_kiosk_reset(
    make_window: Callable[[AppContext], MainWindow], bundled_context: AppContext, qtbot: QtBot
) -> None:
    """A reset gives the next reader a new text and new boxes, made after the old buttons."""
    bundled_context.kiosk = True
    window = make_window(bundled_context)
    window.finish_start()
    window.open_article("understanding-self-harm")
    window.kiosk_guard.finish_session()
    window.open_article("understanding-self-harm")
    view = window.article_view
    qtbot.waitUntil(view.isVisible)
    cycle = tab_cycle(qtbot, window.home_button)
    assert names([w for w in cycle if view.isAncestorOf(w)]) == names(article_stops(view))


def test_home_cards_built_after_the_first_paint_come_before_the_toolbar_again(
    make_window: Callable[[AppContext], MainWindow], bundled_context: AppContext, qtbot: QtBot
) -> None:
    """Cards added after the first paint were made after the toolbar: Tab went from the ninth
    card to the toolbar, and only then to the rest of the cards (s3 of the review)."""
    window = make_window(bundled_context)
    assert not window.home.complete  # some cards wait for the first paint
    window.finish_start()
    home = window.home
    footer = home.findChild(QWidget, "privacyLink")
    assert footer is not None
    # A layout shows the widgets added to it on the next turn of the event loop.
    qtbot.waitUntil(lambda: footer.isVisible() and all(c.isVisible() for c in home.cards.values()))
    cycle = tab_cycle(qtbot, home)
    assert unreached(home, cycle) == []
    on_page = [w for w in cycle if home.isAncestorOf(w)]
    # The whole page, top to bottom, then the toolbar (Back is disabled on a first screen).
    toolbar = [window.home_button, window.search_box, window.settings_button]
    toolbar += [window.leave_button, window.help_button]
    assert names(cycle) == names(on_page + toolbar)
    assert out_of_reading_order(on_page, skip=lambda w: isinstance(w, QScrollArea)) == []
    assert on_page[-2] is footer  # then Keyboard shortcuts, beside it


@pytest.mark.parametrize(
    ("width", "zoom", "arrangement"),
    [(1366, 100, "one row"), (900, 150, "search below"), (600, 100, "narrow")],
)
def test_toolbar_tab_follows_its_rows_and_leads_to_the_screen(
    started_window: MainWindow, qtbot: QtBot, width: int, zoom: int, arrangement: str
) -> None:
    """Narrow, the first row is Back, Forward, Leave quickly, Get help now; Tab went from
    Forward down to Home, Search and Settings, then back up (s11 of the review)."""
    window = started_window
    window.open_article("understanding-self-harm")
    window.open_article("in-crisis-right-now")
    window.go_back()  # Back and Forward both work, so Tab stops on them
    window.theming.set_zoom(zoom)
    window.resize(width, 700)
    qtbot.waitUntil(lambda: window.toolbar.arrangement == arrangement)
    view = window.article_view
    cycle = tab_cycle(qtbot, window.back_button)
    toolbar = cycle[: cycle.index(view)]
    # Along each row, then down to the next: reading order, as the rows are drawn.
    assert out_of_reading_order(toolbar, skip=lambda w: False) == []
    assert set(toolbar) == {getattr(window.toolbar, n) for n in TOOLBAR_CONTROLS}
    # The screen follows the toolbar's last control, and Shift+Tab from it goes back there.
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is toolbar[-1]

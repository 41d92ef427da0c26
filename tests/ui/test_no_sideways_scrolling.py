"""At 200% text in the narrowest window Lantern allows, no screen scrolls sideways."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from reader.ui.flow import CardGrid
from reader.ui.link_label import ContentsList, LinkLabel
from reader.ui.main_window import MainWindow
from reader.ui.text_size import BASE_POINT_SIZE
from reader.ui.wrapping_button import WrappingButton, wrapped_lines
from tests.ui.a11y_screens import SCREENS, open_screen
from tests.ui.layout_tools import settle_layout


def narrowest_at_200(window: MainWindow, qtbot: QtBot) -> None:
    """200% text, and the window as narrow as it goes (400 is less than it allows)."""
    window.theming.set_zoom(200)
    window.resize(400, 700)
    qtbot.waitUntil(lambda: window.width() == window.minimumWidth())


def sideways(window: MainWindow) -> int:
    """How far the current screen scrolls sideways, once its rows have re-flowed."""
    page = window.stack.currentWidget()
    assert isinstance(page, QScrollArea)
    settle_layout()  # re-flowing rows ask for more layout passes
    return page.horizontalScrollBar().maximum()


def test_no_screen_scrolls_sideways(started_window: MainWindow, qtbot: QtBot) -> None:
    """Home (two columns of cards), My reflections (long links), breathing (its options)..."""
    window = started_window
    narrowest_at_200(window, qtbot)
    overflow = {}
    for key in SCREENS:
        window.go_home()
        open_screen(window, qtbot, key)
        overflow[key] = sideways(window)
    assert {key: px for key, px in overflow.items() if px} == {}


def test_no_article_scrolls_sideways(started_window: MainWindow, qtbot: QtBot) -> None:
    """Long titles and "Read next" buttons wrap rather than widen the page."""
    window = started_window
    narrowest_at_200(window, qtbot)
    overflow = {}
    for article in window.context.library.in_order():
        window.open_article(article.id)
        overflow[article.id] = sideways(window)
    assert len(overflow) > 10
    assert {key: px for key, px in overflow.items() if px} == {}


def in_row(widget: QWidget, width: int, qtbot: QtBot) -> QWidget:
    """The widget alone in a shown row of the given width, spare height below, as on a page."""
    host = QFrame()
    qtbot.addWidget(host)
    column = QVBoxLayout(host)
    row = QHBoxLayout()
    row.addWidget(widget)
    column.addLayout(row)
    column.addStretch(1)
    host.resize(width, 400)
    host.show()
    qtbot.waitExposed(host)
    return host


def test_a_wrapping_button_keeps_one_line_when_it_fits(qtbot: QtBot) -> None:
    button = WrappingButton("Supporting someone you care about")
    host = in_row(button, 900, qtbot)
    assert host.width() > button.width() == button.sizeHint().width()
    assert button.width() == button.sizeHint().width()
    assert button.height() == button.sizeHint().height()


def test_a_wrapping_button_goes_on_to_more_lines_when_narrow(qtbot: QtBot) -> None:
    button = WrappingButton("Supporting someone you care about")
    one_line = button.sizeHint()
    host = in_row(button, 900, qtbot)
    host.resize(one_line.width() // 2, 400)
    qtbot.waitUntil(lambda: button.width() < one_line.width())
    assert button.height() > one_line.height()
    assert button.text() == "Supporting someone you care about"  # its name stays whole
    longest = button.fontMetrics().horizontalAdvance("Supporting")
    assert longest < button.minimumSizeHint().width() < one_line.width()


def test_lines_break_between_words_and_keep_a_long_word_whole(qtbot: QtBot) -> None:
    metrics = QLabel().fontMetrics()
    width = metrics.horizontalAdvance("Read: Grounding")
    assert wrapped_lines("Read: Grounding and breathing", metrics, width) == [
        "Read: Grounding",
        "and breathing",
    ]
    assert wrapped_lines("Understanding", metrics, 5) == ["Understanding"]


def card(title: str) -> QLabel:
    widget = QLabel(title)
    widget.setWordWrap(True)
    return widget


def test_cards_take_one_column_when_two_would_not_fit(qtbot: QtBot) -> None:
    grid = CardGrid()
    cards = [card("Understanding self-harm"), card("Getting through the night")]
    for each in cards:
        grid.add(each)
    host = in_row(grid, 900, qtbot)
    qtbot.waitUntil(lambda: cards[0].y() == cards[1].y())  # side by side
    host.resize(grid.minimumSizeHint().width() + 20, 400)
    qtbot.waitUntil(lambda: cards[1].y() > cards[0].y())  # one above the other
    assert cards[1].x() == cards[0].x()


def test_a_long_link_in_a_list_wraps_and_shows_both_lines(qtbot: QtBot) -> None:
    contents = ContentsList("On this page")
    link = contents.add_link(LinkLabel("Thoughts of not wanting to be here", "#1"))
    host = in_row(contents, 900, qtbot)
    assert link.width() == link.sizeHint().width()  # as wide as its words, on one line
    one_line = link.height()
    host.resize(link.sizeHint().width() // 2, 400)
    qtbot.waitUntil(lambda: link.width() < link.sizeHint().width())
    assert link.height() == link.heightForWidth(link.width()) > one_line


def test_titles_grow_by_the_same_points_as_body_text(started_window: MainWindow) -> None:
    """At 200% a page title is 12 points over 24-point text, not 48 points."""
    window = started_window
    window.theming.set_zoom(200)
    title = window.findChild(QLabel, "pageTitle")
    assert title is not None
    assert title.font().pointSizeF() == pytest.approx(2 * BASE_POINT_SIZE + BASE_POINT_SIZE)

"""An article's "On this page" links start where their heading and the page title start.

Each link keeps a transparent border for its focus ring, so its words stood 2 pixels to the
right of the heading above them.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.link_label import ContentsList, LinkLabel
from reader.ui.main_window import MainWindow
from tests.ui.layout_tools import settle_layout
from tests.ui.window_helpers import open_article, sized


def words_left(label: QLabel) -> int:
    """Where a left-aligned label's words start, in its window's coordinates."""
    assert label.alignment() & Qt.AlignmentFlag.AlignLeft
    inside = label.contentsRect().left() + label.margin() + max(label.indent(), 0)
    return label.mapTo(label.window(), QPoint(inside, 0)).x()


def contents_of(window: MainWindow) -> tuple[QLabel, list[LinkLabel], ContentsList]:
    """The shown "On this page" heading, its links, and the list holding them."""
    lists = [c for c in window.article_view.findChildren(ContentsList) if c.isVisible()]
    assert len(lists) == 1
    heading = lists[0].findChild(QLabel, "cardTitle")
    assert heading is not None
    links = [link for link in lists[0].findChildren(LinkLabel) if link.isVisible()]
    assert len(links) > 1
    return heading, links, lists[0]


@pytest.mark.parametrize(("width", "zoom"), [(1280, 100), (1, 200)])
def test_the_links_start_where_their_heading_and_the_title_do(
    started_window: MainWindow, qtbot: QtBot, width: int, zoom: int
) -> None:
    window = started_window
    sized(window, qtbot, width, zoom)
    for article in ("understanding-self-harm", "riding-out-an-urge"):  # the list is reused
        open_article(window, qtbot, article)
        settle_layout()
        heading, links, _ = contents_of(window)
        title = next(t for t in window.article_view.findChildren(QLabel, "pageTitle"))
        assert words_left(heading) == words_left(title), article
        for link in links:
            assert words_left(link) == words_left(heading), (article, link.text())


def test_a_focused_link_s_ring_is_drawn_whole(started_window: MainWindow, qtbot: QtBot) -> None:
    window = started_window
    open_article(window, qtbot, "understanding-self-harm")
    settle_layout()
    _, links, host = contents_of(window)
    parent = host.parentWidget()
    assert isinstance(parent, QWidget)
    # The list stays inside the page's column (in its gutter), and each link inside the list.
    assert parent.rect().contains(host.geometry())
    for link in links:
        assert host.rect().contains(link.geometry()), link.text()
    links[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(links[0].hasFocus)
    assert host.rect().contains(links[0].geometry())

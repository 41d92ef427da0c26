"""A screen's main text starts where its title does, and its focus ring still shows whole.

The text bodies of the article, Get help now and search screens keep a transparent border
and padding for their focus ring: their first letter stood 8 pixels (search: 12) to the right
of the title's.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtWidgets import QLabel, QTextBrowser
from pytestqt.qtbot import QtBot

from reader.themes import THEMES
from reader.ui.help_panel import HelpPanel
from reader.ui.main_window import MainWindow
from reader.ui.widgets import Page
from tests.ui.layout_tools import settle_layout
from tests.ui.window_helpers import sized

TEXT_SCREENS = ["article", "help", "search"]


def open_text_screen(window: MainWindow, qtbot: QtBot, name: str) -> tuple[Page, QTextBrowser]:
    """Open a screen whose main text is a text browser; the page and that text, laid out."""
    if name == "article":
        assert window.open_article("understanding-self-harm")
        page: Page = window.article_view
        body: QTextBrowser = window.article_view.body_view
    elif name == "help":
        window.open_help()
        panel = window.screens["help"]
        assert isinstance(panel, HelpPanel)
        page, body = panel, panel.view
    else:
        window.search("calm")
        page, body = window.search_view, window.search_view.results
    qtbot.waitUntil(lambda: body.isVisible() and body.height() > 50)
    settle_layout()
    page.verticalScrollBar().setValue(0)
    return page, body


def title_text_left(window: MainWindow, page: Page) -> int:
    """Where the first letter of the page's title starts, in window coordinates."""
    title = next(t for t in page.findChildren(QLabel, "pageTitle") if t.isVisible())
    assert title.alignment() & Qt.AlignmentFlag.AlignLeft
    inside = title.contentsRect().left() + title.margin() + max(title.indent(), 0)
    return title.mapTo(window, QPoint(inside, 0)).x()


def body_text_left(window: MainWindow, body: QTextBrowser) -> int:
    """Where the first letter of the text starts (where a caret before it stands)."""
    cursor = QTextCursor(body.document())
    cursor.setPosition(0)
    return body.viewport().mapTo(window, body.cursorRect(cursor).topLeft()).x()


def body_rect(window: MainWindow, body: QTextBrowser) -> QRect:
    """The body's whole rectangle (its focus ring is drawn on its edge), in window coordinates."""
    return QRect(body.mapTo(window, QPoint(0, 0)), body.size())


def assert_text_under_title(window: MainWindow, qtbot: QtBot, name: str, case: str) -> None:
    """The screen's first letter of text is within a pixel of its title's."""
    page, body = open_text_screen(window, qtbot, name)
    title, text = title_text_left(window, page), body_text_left(window, body)
    assert abs(text - title) <= 1, (case, f"title at {title}, text at {text}")


@pytest.mark.parametrize("zoom", [100, 200])
@pytest.mark.parametrize("name", TEXT_SCREENS)
def test_the_main_text_starts_where_the_title_does(
    started_window: MainWindow, qtbot: QtBot, name: str, zoom: int
) -> None:
    window = sized(started_window, qtbot, 1280, zoom)
    for theme in sorted(THEMES):
        window.theming.set_theme(theme)
        assert_text_under_title(window, qtbot, name, theme)


@pytest.mark.parametrize("easier", [False, True])
@pytest.mark.parametrize("width", [860, 1280])
def test_the_main_text_lines_up_in_a_narrow_window_and_a_narrow_column(
    started_window: MainWindow, qtbot: QtBot, width: int, easier: bool
) -> None:
    window = sized(started_window, qtbot, width, 200)
    window.theming.set_easier_reading(easier)  # a narrower column
    for name in TEXT_SCREENS:
        assert_text_under_title(window, qtbot, name, name)


def seen(window: MainWindow, points: list[QPoint]) -> list[str]:
    """The colours the window shows at some points."""
    image: QImage = window.grab().toImage()
    return [image.pixelColor(point).name() for point in points]


@pytest.mark.parametrize("zoom", [100, 200])
@pytest.mark.parametrize("name", TEXT_SCREENS)
def test_the_focus_ring_around_the_main_text_shows_whole(
    started_window: MainWindow, qtbot: QtBot, name: str, zoom: int
) -> None:
    window = sized(started_window, qtbot, 1280, zoom)
    for theme in sorted(THEMES):
        window.theming.set_theme(theme)
        page, body = open_text_screen(window, qtbot, name)
        body.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(body.hasFocus)
        content = page.widget()
        assert content is not None
        # The top of the ring a little below the top of the page's visible part.
        page.verticalScrollBar().setValue(body.mapTo(content, QPoint(0, 0)).y() - 40)
        ring = body_rect(window, body)
        shown = QRect(page.viewport().mapTo(window, QPoint(0, 0)), page.viewport().size())
        # Sideways the whole ring is inside the page's visible part (nothing clips it there).
        assert shown.left() <= ring.left(), theme
        assert ring.right() <= shown.right(), theme
        focus = QColor(THEMES[theme].focus).name()
        middle_y = (ring.top() + min(ring.bottom(), shown.bottom())) // 2
        assert shown.top() < ring.top() < middle_y
        edges = [QPoint(ring.left(), middle_y), QPoint(ring.right(), middle_y)]
        edges.append(QPoint(ring.center().x(), ring.top()))
        assert seen(window, edges) == [focus] * 3, (theme, name)

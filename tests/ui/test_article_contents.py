"""The reading view's contents list and in-page links: each goes to its own heading."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.packs import load_library
from reader.ui.article_view import ArticleView
from reader.ui.link_label import ContentsList, LinkLabel
from reader.ui.main_window import MainWindow
from tests.ui.layout_tools import settle_layout
from tests.ui.window_helpers import Click, MakeWindow, open_article, texts


def contents_links(view: ArticleView) -> dict[str, QLabel]:
    return {
        lab.accessibleName(): lab
        for lab in view.column.findChildren(QLabel)
        if "href" in lab.text()
    }


def heading_is_at_top(view: ArticleView, title: str, occurrence: int = 0) -> bool:
    """The heading (the occurrence-th with this text) sits at the top of the viewport, or the
    page is scrolled as far as it goes."""
    offset = view.body_view.heading_offset(title, occurrence)
    assert offset is not None
    content = view.widget()  # the scrolling content: scroll bar values are in its coordinates
    assert content is not None
    heading_y = view.body_view.mapTo(content, QPoint(0, offset)).y()
    bar = view.verticalScrollBar()
    return bar.value() == min(heading_y, bar.maximum())


def click_link(qtbot: QtBot, link: QLabel) -> None:
    """Click a link label's words through its window, as a person does."""
    with qtbot.waitSignal(link.linkActivated):
        top = link.window()
        qtbot.mouseClick(
            top.windowHandle(),
            Qt.MouseButton.LeftButton,
            pos=link.mapTo(top, QPoint(8, link.height() // 2)),
        )


def test_contents_list_every_second_level_heading(window: MainWindow, qtbot: QtBot) -> None:
    view = open_article(window, qtbot, "calm-start")
    assert list(contents_links(view)) == ["First part", "Second part"]
    assert "On this page" in texts(view.column)


def test_contents_entry_scrolls_to_its_heading(
    window: MainWindow, qtbot: QtBot, click: Click
) -> None:
    view = open_article(window, qtbot, "calm-start")
    bar = view.verticalScrollBar()
    assert bar.value() == 0
    click_link(qtbot, contents_links(view)["Second part"])
    assert bar.value() > 0
    assert heading_is_at_top(view, "Second part")

    view.scroll_to("First part")
    assert heading_is_at_top(view, "First part")
    assert view.scroll_to("Not a heading") is False


OpenBody = Callable[[str, str], tuple[MainWindow, ArticleView]]


@pytest.fixture
def open_body(
    make_window: MakeWindow, write_article: Callable[..., Path], tmp_path: Path, qtbot: QtBot
) -> OpenBody:
    """Open, in a window of its own, an article of this id with this body."""

    def opened(article_id: str, body: str) -> tuple[MainWindow, ArticleView]:
        folder = tmp_path / f"{article_id}-pack"
        write_article(article_id, body=body, folder=folder)
        window = make_window(AppContext(library=load_library([folder])))
        return window, open_article(window, qtbot, article_id)

    return opened


def paragraphs(count: int) -> str:
    return "\n\n".join(f"Line {n} of calm text." for n in range(count))


def test_in_page_anchor_link_scrolls_to_its_heading(
    open_body: OpenBody,
) -> None:
    window, view = open_body("anchors", "[Skip to the end](#second-part)\n\n" + paragraphs(60))
    view.body_view.anchorClicked.emit(QUrl("#second-part"))
    assert view.verticalScrollBar().value() > 0
    assert heading_is_at_top(view, "Second part")
    assert window.location == "article:anchors"


def test_anchor_to_a_repeated_heading_goes_to_that_heading(
    open_body: OpenBody,
) -> None:
    # "#try-this_1" names the second "Try this": it went to the first, found by its text.
    body = f"## Part A\n\n### Try this\n\n{paragraphs(30)}\n\n## Part B\n\n### Try this\n\n"
    _, view = open_body("repeats", body + paragraphs(30))
    first = view.body_view.heading_offset("Try this")
    second = view.body_view.heading_offset("Try this", 1)
    assert first is not None
    assert second is not None
    assert second > first
    assert view.scroll_to("#try-this_1")
    assert heading_is_at_top(view, "Try this", 1)
    assert not heading_is_at_top(view, "Try this")
    view.body_view.anchorClicked.emit(QUrl("#try-this"))  # as a link in the text does
    assert heading_is_at_top(view, "Try this")
    view.body_view.anchorClicked.emit(QUrl("#try-this_1"))
    assert heading_is_at_top(view, "Try this", 1)


def test_an_empty_heading_before_does_not_shift_which_heading_an_anchor_names(
    open_body: OpenBody,
) -> None:
    # The text view lays out no block for an empty "##": counting every heading would be one off.
    body = f"##\n\n## Steps\n\n{paragraphs(30)}\n\n## Steps\n\n{paragraphs(30)}"
    _, view = open_body("empty-heading", body)
    assert view.scroll_to("#steps_1")
    assert heading_is_at_top(view, "Steps", 1)
    assert view.scroll_to("#steps")
    assert heading_is_at_top(view, "Steps")


def test_contents_entry_for_a_repeated_heading_goes_to_that_heading(
    open_body: OpenBody, qtbot: QtBot
) -> None:
    body = f"## Steps\n\n{paragraphs(30)}\n\n## Steps\n\n{paragraphs(30)}"
    window, view = open_body("repeats", body)
    settle_layout()  # the list's links take a few layout rounds: the body moves down
    links = [lab for lab in view.column.findChildren(LinkLabel) if lab.isVisible()]
    assert [link.accessibleName() for link in links] == [
        "First part",
        "Steps",
        "Steps",
        "Second part",
    ]
    click_link(qtbot, links[2])
    assert heading_is_at_top(view, "Steps", 1)
    assert not heading_is_at_top(view, "Steps")
    assert view.body_view.hasFocus()


def test_article_with_one_heading_has_no_contents(
    make_window: MakeWindow, write_article: Callable[..., Path], tmp_path: Path, qtbot: QtBot
) -> None:
    folder = tmp_path / "plain-pack"
    path = write_article("plain", folder=folder)
    path.write_text(path.read_text().replace("## Second part", "Still the first part."))
    window = make_window(AppContext(library=load_library([folder])))
    view = open_article(window, qtbot, "plain")
    assert "On this page" not in texts(view.column)


@pytest.mark.parametrize(
    ("first", "second"),
    [("### First part", "### Second part"), ("## First part", "### Second part")],
    ids=["only-third-level", "one-second-level"],
)
def test_contents_shows_only_with_two_second_level_headings(
    make_window: MakeWindow,
    write_article: Callable[..., Path],
    tmp_path: Path,
    qtbot: QtBot,
    first: str,
    second: str,
) -> None:
    # The box counted headings of every level but lists only "##" ones: with "###" headings
    # alone it showed "On this page" over nothing, and with one "##" a list of one.
    folder = tmp_path / "levels-pack"
    path = write_article("levels", folder=folder)
    text = path.read_text().replace("## First part", first).replace("## Second part", second)
    path.write_text(text)
    window = make_window(AppContext(library=load_library([folder])))
    view = open_article(window, qtbot, "levels")
    assert "On this page" not in texts(view.column)
    assert not [c for c in view.findChildren(ContentsList) if c.isVisible()]
    assert not [link for link in view.findChildren(LinkLabel) if link.isVisible()]

"""The reading view: title, content note first, body, contents and related articles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reader.articles import Library
from reader.context import AppContext
from reader.packs import load_library
from reader.ui.article_view import ArticleView
from reader.ui.link_label import ContentsList, LinkLabel
from reader.ui.main_window import MainWindow
from tests.ui.layout_tools import settle_layout
from tests.ui.window_helpers import Click, MakeWindow, open_article, texts


def column_index(view: ArticleView, widget: QWidget) -> int:
    """Where a widget (or the column item holding it: a box, or the body's own slot) sits in
    the reading column; -1 when it is not there."""
    while widget.parentWidget() is not view.column:
        parent = widget.parentWidget()
        assert parent is not None
        widget = parent
    for index in range(view.body.count()):
        item = view.body.itemAt(index)
        inner = item.layout() if item is not None else None
        if item is not None and item.widget() is widget:
            return index
        if inner is not None and inner.indexOf(widget) >= 0:
            return index
    return -1


# --- what the reading view shows ---------------------------------------------------------


def test_title_reading_time_and_content_note(window: MainWindow, qtbot: QtBot) -> None:
    view = open_article(window, qtbot, "calm-start")
    article = window.context.library.articles["calm-start"]
    shown = texts(view.column)
    assert shown[0] == "A calm start"
    assert any(t.startswith(f"{article.reading_minutes} min read") for t in shown)
    assert any("Reviewed 26 November 2026" in t for t in shown)
    note = view.column.findChild(QLabel, "contentNote")
    assert note is not None
    assert note.text() == "Talks about hard feelings in general terms."
    assert note.isVisible()


def test_content_note_comes_before_the_body(window: MainWindow, qtbot: QtBot) -> None:
    view = open_article(window, qtbot, "calm-start")
    note = view.column.findChild(QLabel, "contentNote")
    assert note is not None
    assert column_index(view, note) < column_index(view, view.body_view)
    assert note.mapTo(view.column, QPoint(0, 0)).y() < view.body_view.y()


def test_body_text_is_shown(window: MainWindow, qtbot: QtBot) -> None:
    view = open_article(window, qtbot, "calm-start")
    text = view.body_view.toPlainText()
    assert "First part" in text
    assert "Paragraph 39 is a calm sentence" in text
    # The body grows to fit its text: the page scrolls, not the body.
    # Inside its border and padding too: it was a few pixels short, so a mouse wheel over the
    # body first scrolled the text inside it, under its top edge.
    assert view.body_view.viewport().height() >= view.body_view.document().size().height()
    assert view.verticalScrollBar().maximum() > 0


def test_unknown_article_is_refused(window: MainWindow) -> None:
    assert window.article_view.show_article("no-such-article") is False
    assert window.article_view.article is None


def test_raw_html_in_a_body_is_shown_as_text(
    make_window: MakeWindow, write_article: Callable[..., Path], tmp_path: Path, qtbot: QtBot
) -> None:
    folder = tmp_path / "html-pack"
    write_article("raw-html", body='<b>bold?</b> <img src="x.png">', folder=folder)
    window = make_window(AppContext(library=load_library([folder])))
    view = open_article(window, qtbot, "raw-html")
    assert '<b>bold?</b> <img src="x.png">' in view.body_view.toPlainText()


# --- table of contents -------------------------------------------------------------------


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


def test_in_page_anchor_link_scrolls_to_its_heading(
    make_window: MakeWindow, write_article: Callable[..., Path], tmp_path: Path, qtbot: QtBot
) -> None:
    folder = tmp_path / "anchor-pack"
    long_body = "\n\n".join(f"Line {n} of calm text." for n in range(60))
    write_article("anchors", body="[Skip to the end](#second-part)\n\n" + long_body, folder=folder)
    window = make_window(AppContext(library=load_library([folder])))
    view = open_article(window, qtbot, "anchors")
    view.body_view.anchorClicked.emit(QUrl("#second-part"))
    assert view.verticalScrollBar().value() > 0
    assert heading_is_at_top(view, "Second part")
    assert window.location == "article:anchors"


def paragraphs(count: int) -> str:
    return "\n\n".join(f"Line {n} of calm text." for n in range(count))


def test_anchor_to_a_repeated_heading_goes_to_that_heading(
    make_window: MakeWindow, write_article: Callable[..., Path], tmp_path: Path, qtbot: QtBot
) -> None:
    # "#try-this_1" names the second "Try this": it went to the first, found by its text.
    folder = tmp_path / "repeat-pack"
    body = f"## Part A\n\n### Try this\n\n{paragraphs(30)}\n\n## Part B\n\n### Try this\n\n"
    write_article("repeats", body=body + paragraphs(30), folder=folder)
    window = make_window(AppContext(library=load_library([folder])))
    view = open_article(window, qtbot, "repeats")
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
    make_window: MakeWindow, write_article: Callable[..., Path], tmp_path: Path, qtbot: QtBot
) -> None:
    # The text view lays out no block for an empty "##": counting every heading would be one off.
    folder = tmp_path / "empty-heading-pack"
    body = f"##\n\n## Steps\n\n{paragraphs(30)}\n\n## Steps\n\n{paragraphs(30)}"
    write_article("empty-heading", body=body, folder=folder)
    window = make_window(AppContext(library=load_library([folder])))
    view = open_article(window, qtbot, "empty-heading")
    assert view.scroll_to("#steps_1")
    assert heading_is_at_top(view, "Steps", 1)
    assert view.scroll_to("#steps")
    assert heading_is_at_top(view, "Steps")


def test_contents_entry_for_a_repeated_heading_goes_to_that_heading(
    make_window: MakeWindow, write_article: Callable[..., Path], tmp_path: Path, qtbot: QtBot
) -> None:
    folder = tmp_path / "repeat-contents-pack"
    body = f"## Steps\n\n{paragraphs(30)}\n\n## Steps\n\n{paragraphs(30)}"
    write_article("repeats", body=body, folder=folder)
    window = make_window(AppContext(library=load_library([folder])))
    view = open_article(window, qtbot, "repeats")
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


# --- related articles --------------------------------------------------------------------


def related_buttons(view: ArticleView) -> dict[str, QPushButton]:
    return {b.text(): b for b in view.column.findChildren(QPushButton, "relatedLink")}


def test_related_articles_are_listed_and_navigate(
    window: MainWindow, qtbot: QtBot, click: Click
) -> None:
    view = open_article(window, qtbot, "calm-start")
    buttons = related_buttons(view)
    assert list(buttons) == ["The second step", "A third way"]
    button = buttons["A third way"]
    view.ensureWidgetVisible(button)
    with qtbot.waitSignal(window.location_changed) as blocker:
        click(button)
    assert blocker.args == ["article:third-way"]
    assert texts(window.article_view.column)[0] == "A third way"
    window.go_back()
    assert window.article_view.article is not None
    assert window.article_view.article.id == "calm-start"


def test_article_without_related_has_no_read_next(window: MainWindow, qtbot: QtBot) -> None:
    view = open_article(window, qtbot, "second-step")
    assert related_buttons(view) == {}
    assert "Read next" not in texts(view.column)


def test_get_help_now_at_the_end_of_an_article_opens_help(
    window: MainWindow, qtbot: QtBot, click: Click
) -> None:
    view = open_article(window, qtbot, "calm-start")
    footer = view.column.findChild(QPushButton, "helpButton")
    assert footer is not None
    view.ensureWidgetVisible(footer)
    click(footer)
    assert window.location == "help"


def test_library_fixture_is_the_small_pack(small_library: Library) -> None:
    # The reading-view tests above depend on these fixture facts.
    article = small_library.articles["calm-start"]
    assert article.related == ("second-step", "third-way")
    assert article.reading_minutes >= 2


def test_an_article_with_lists_nested_too_deeply_opens_and_help_still_works(
    make_window: MakeWindow,
    write_article: Callable[..., Path],
    tmp_path: Path,
    qtbot: QtBot,
    click: Click,
) -> None:
    # Rendering raised RecursionError at 300 levels: a traceback, and the reader left on Home.
    folder = tmp_path / "deep-pack"
    deep = "".join("    " * level + f"- step {level}\n" for level in range(300))
    write_article("deep", body="Some calm words.\n\n" + deep, folder=folder)
    window = make_window(AppContext(library=load_library([folder])))
    view = open_article(window, qtbot, "deep")
    assert window.location == "article:deep"
    assert "step 299" in view.body_view.toPlainText()
    footer = view.column.findChild(QPushButton, "helpButton")
    assert footer is not None
    view.ensureWidgetVisible(footer)
    click(footer)
    assert window.location == "help"

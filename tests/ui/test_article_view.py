"""The reading view: title, content note first, body, contents and related articles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reader.articles import Library
from reader.context import AppContext
from reader.packs import load_library
from reader.ui.article_view import ArticleView
from reader.ui.main_window import MainWindow
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

"""The reading view: title, content note first, contents, related articles, prompts, themes,
and the article body's refusal to read anything but images from its own pack."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from reader.articles import Library
from reader.context import AppContext
from reader.packs import load_library
from reader.themes import THEMES
from reader.ui.article_body import ArticleBody
from reader.ui.article_view import ArticleView
from reader.ui.main_window import MainWindow

MakeWindow = Callable[[AppContext], MainWindow]
Click = Callable[..., None]
IMAGE = QTextDocument.ResourceType.ImageResource.value


def texts(widget: QWidget) -> list[str]:
    """Every label's text in a widget, in creation order."""
    return [lab.text() for lab in widget.findChildren(QLabel)]


def column_index(view: ArticleView, widget: QWidget) -> int:
    """Where a widget (or the column item holding it) sits in the reading column."""
    while widget.parentWidget() is not view.column:
        parent = widget.parentWidget()
        assert parent is not None
        widget = parent
    return view.body.indexOf(widget)


def open_article(window: MainWindow, qtbot: QtBot, article_id: str) -> ArticleView:
    """Open an article and wait until the reading column has been laid out."""
    assert window.open_article(article_id)
    view = window.article_view
    qtbot.waitUntil(lambda: view.body_view.height() > 100 and view.column.height() > 0)
    return view


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
    assert view.body_view.height() >= view.body_view.document().size().height()
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


def heading_is_at_top(view: ArticleView, title: str) -> bool:
    """The heading sits at the top of the viewport, or the page is scrolled as far as it goes."""
    offset = view.body_view.heading_offset(title)
    assert offset is not None
    content = view.widget()  # the scrolling content: scroll bar values are in its coordinates
    assert content is not None
    heading_y = view.body_view.mapTo(content, QPoint(0, offset)).y()
    bar = view.verticalScrollBar()
    return bar.value() == min(heading_y, bar.maximum())


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
    link = contents_links(view)["Second part"]
    with qtbot.waitSignal(link.linkActivated):
        top = link.window()
        qtbot.mouseClick(
            top.windowHandle(),
            Qt.MouseButton.LeftButton,
            pos=link.mapTo(top, QPoint(8, link.height() // 2)),
        )
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


def test_article_with_one_heading_has_no_contents(
    make_window: MakeWindow, write_article: Callable[..., Path], tmp_path: Path, qtbot: QtBot
) -> None:
    folder = tmp_path / "plain-pack"
    path = write_article("plain", folder=folder)
    path.write_text(path.read_text().replace("## Second part", "Still the first part."))
    window = make_window(AppContext(library=load_library([folder])))
    view = open_article(window, qtbot, "plain")
    assert "On this page" not in texts(view.column)


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


# --- prompts -----------------------------------------------------------------------------


def type_into_prompt(view: ArticleView, qtbot: QtBot, text: str) -> None:
    box = view.prompt_boxes[0]
    box.setFocus()
    qtbot.keyClicks(box, text)
    assert box.toPlainText() == text


def test_each_prompt_has_a_private_box(window: MainWindow, qtbot: QtBot) -> None:
    view = open_article(window, qtbot, "calm-start")
    article = window.context.library.articles["calm-start"]
    assert len(view.prompt_boxes) == len(article.prompts) == 1
    assert view.prompt_boxes[0].accessibleName() == "What helps you most?"
    assert "What helps you most?" in texts(view.column)
    assert view.prompt_boxes[0].toPlainText() == ""


def test_typing_is_kept_when_navigating_away_and_back(window: MainWindow, qtbot: QtBot) -> None:
    view = open_article(window, qtbot, "calm-start")
    type_into_prompt(view, qtbot, "a walk helps")
    window.open_article("second-step")
    type_into_prompt(window.article_view, qtbot, "music")
    window.open_help()
    window.go_home()
    window.open_article("calm-start")
    assert window.article_view.prompt_boxes[0].toPlainText() == "a walk helps"
    window.go_back()  # home
    window.go_back()  # help
    window.go_back()  # second-step
    assert window.location == "article:second-step"
    assert window.article_view.prompt_boxes[0].toPlainText() == "music"


def test_typing_survives_a_theme_change(window: MainWindow, qtbot: QtBot) -> None:
    view = open_article(window, qtbot, "calm-start")
    type_into_prompt(view, qtbot, "slow breaths")
    window.theming.set_theme("dark")
    assert window.article_view.prompt_boxes[0].toPlainText() == "slow breaths"


def test_reset_clears_prompts_and_undo_cannot_bring_them_back(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = open_article(window, qtbot, "calm-start")
    type_into_prompt(view, qtbot, "private words")
    box = view.prompt_boxes[0]
    assert box.document().isUndoAvailable()  # typing really did build an undo history
    window.open_article("second-step")
    type_into_prompt(window.article_view, qtbot, "more words")
    window.open_article("calm-start")
    box = window.article_view.prompt_boxes[0]
    box.setFocus()
    qtbot.keyClicks(box, " here")
    assert box.document().isUndoAvailable()

    view.reset()
    assert box.toPlainText() == ""
    assert box.document().isUndoAvailable() is False
    box.undo()
    assert box.toPlainText() == ""
    assert view.prompt_boxes == []
    assert view.article is None

    for article_id in ("calm-start", "second-step"):
        reopened = open_article(window, qtbot, article_id)
        fresh = reopened.prompt_boxes[0]
        assert fresh.toPlainText() == ""
        assert fresh.document().isUndoAvailable() is False


# --- themes ------------------------------------------------------------------------------


def char_colour(document: QTextDocument, text: str) -> str:
    """The colour a piece of text's character format asks for."""
    cursor = document.find(text)
    assert not cursor.isNull(), text
    cursor.setPosition(cursor.selectionStart() + 1, QTextCursor.MoveMode.MoveAnchor)
    return cursor.charFormat().foreground().color().name()


def drawn_colours(widget: QWidget) -> Counter[str]:
    """How often each colour appears when the widget is painted."""
    image = widget.grab().toImage()
    return Counter(
        image.pixelColor(x, y).name()
        for x in range(0, image.width(), 2)
        for y in range(0, min(image.height(), 600), 2)
    )


@pytest.mark.parametrize("name", ["light", "dark", "high-contrast"])
def test_theme_switching_changes_the_article_colours(
    window: MainWindow, qtbot: QtBot, name: str
) -> None:
    theme = THEMES[name]
    open_article(window, qtbot, "calm-start")
    window.theming.set_theme(name)
    css = window.theming.article_css()
    for colour in (theme.text, theme.background, theme.link):
        assert colour in css
    body = window.article_view.body_view
    assert theme.text in body.document().defaultStyleSheet()
    assert char_colour(body.document(), "Get help now") == theme.link
    drawn = drawn_colours(body)
    assert drawn.most_common(1)[0][0] == theme.background
    assert drawn[theme.text] > 0  # glyphs are painted in the theme's text colour


def test_themes_differ_from_one_another(window: MainWindow, qtbot: QtBot) -> None:
    open_article(window, qtbot, "calm-start")
    seen = set()
    for name in ("light", "dark", "high-contrast"):
        window.theming.set_theme(name)
        body = window.article_view.body_view
        drawn = drawn_colours(body)
        seen.add((body.document().defaultStyleSheet(), drawn.most_common(1)[0][0]))
    assert len(seen) == 3


@pytest.mark.parametrize("name", ["dark", "high-contrast"])
def test_theme_switch_also_recolours_help_and_search(window: MainWindow, name: str) -> None:
    window.open_help()
    window.search("calm")
    window.theming.set_theme(name)
    theme = THEMES[name]
    help_document = window.screens["help"].view.document()  # type: ignore[attr-defined]
    assert theme.text in help_document.defaultStyleSheet()
    results = window.search_view.results
    assert theme.text in results.document().defaultStyleSheet()
    # The result titles are links: they must be drawn in this theme's link colour.
    assert char_colour(results.document(), "A calm start") == theme.link


# --- article body: only images from the pack ---------------------------------------------


def write_png(path: Path, size: int = 4) -> Path:
    """A tiny real PNG."""
    path.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("#1d5f66"))
    assert image.save(str(path))  # PNG, from the suffix
    return path


@pytest.fixture
def body(qtbot: QtBot, tmp_path: Path) -> ArticleBody:
    """An article body whose pack folder is tmp_path/pack, with an image inside and outside."""
    write_png(tmp_path / "pack" / "lake.png", size=6)
    write_png(tmp_path / "pack" / "images" / "tree.png", size=3)
    write_png(tmp_path / "secret.png")
    (tmp_path / "pack" / "notes.txt").write_text("not an image")
    widget = ArticleBody(lambda url: None)
    qtbot.addWidget(widget)
    widget.set_article_html("<p>Text</p>", "", tmp_path / "pack")
    return widget


@pytest.mark.parametrize(
    "name",
    [
        "file:///etc/hostname",
        "/etc/hostname",
        "\\etc\\hostname",
        "../secret.png",
        "images/../../secret.png",
        "http://example.org/lake.png",
        "https://example.org/lake.png",
        "file:lake.png",
        "notes.txt",
        "missing.png",
    ],
)
def test_load_resource_refuses_anything_outside_the_pack(body: ArticleBody, name: str) -> None:
    assert body.loadResource(IMAGE, QUrl(name)) is None


def test_load_resource_refuses_a_symlink_that_leaves_the_pack(
    body: ArticleBody, tmp_path: Path
) -> None:
    (tmp_path / "pack" / "link.png").symlink_to(tmp_path / "secret.png")
    assert body.loadResource(IMAGE, QUrl("link.png")) is None


def test_load_resource_refuses_non_image_kinds(body: ArticleBody) -> None:
    style = QTextDocument.ResourceType.StyleSheetResource.value
    assert body.loadResource(style, QUrl("lake.png")) is None


def test_load_resource_serves_a_png_from_the_pack(body: ArticleBody) -> None:
    image = body.loadResource(IMAGE, QUrl("lake.png"))
    assert isinstance(image, QImage)
    assert (image.width(), image.height()) == (6, 6)
    nested = body.loadResource(IMAGE, QUrl("images/tree.png"))
    assert isinstance(nested, QImage)
    assert nested.width() == 3


def test_without_a_pack_folder_nothing_loads(qtbot: QtBot) -> None:
    widget = ArticleBody(lambda url: None)
    qtbot.addWidget(widget)
    assert widget.loadResource(IMAGE, QUrl("lake.png")) is None


def test_article_shows_its_own_image_but_not_one_outside(
    make_window: MakeWindow, write_article: Callable[..., Path], tmp_path: Path, qtbot: QtBot
) -> None:
    folder = tmp_path / "picture-pack"
    write_png(folder / "lake.png", size=5)
    write_png(tmp_path / "outside.png")
    body = "![A calm lake](lake.png)\n\n![Outside](../outside.png)"
    write_article("pictures", body=body, folder=folder)
    window = make_window(AppContext(library=load_library([folder])))
    view = open_article(window, qtbot, "pictures")
    document = view.body_view.document()
    inside = document.resource(IMAGE, QUrl("lake.png"))
    assert isinstance(inside, QImage)
    assert inside.width() == 5
    assert document.resource(IMAGE, QUrl("../outside.png")) is None


def test_library_fixture_is_the_small_pack(small_library: Library) -> None:
    # The reading-view tests above depend on these fixture facts.
    article = small_library.articles["calm-start"]
    assert article.related == ("second-step", "third-way")
    assert article.reading_minutes >= 2

"""A line never ends in "self-" with "harm" on the next; copying still gives "self-harm"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAccessible, QFontMetrics, QTextDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.context import AppContext
from reader.packs import load_library
from reader.ui.article_body import ArticleBody
from reader.ui.exercises.reflections_view import ReflectionsView
from tests.ui.a11y_tools import accessible_name
from tests.ui.window_helpers import MakeWindow, open_article

WORDS = "Many people who self-harm keep it to themselves."


def lines_of(document: QTextDocument) -> list[str]:
    """The text of each line as the document lays it out."""
    document.size()  # lays the whole document out
    lines = []
    block = document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            lines.append(text[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return lines


def ends_mid_word(lines: list[str]) -> list[str]:
    """Each line that ends at a hyphen with the rest of its word on the next line."""
    return [
        f"{line} / {after}"
        for line, after in zip(lines, lines[1:], strict=False)
        if line.rstrip().endswith(("-", "\u2011")) and after[:1].isalpha()
    ]


def test_the_body_keeps_self_harm_on_one_line(qtbot: QtBot) -> None:
    body = ArticleBody(lambda url: None)
    qtbot.addWidget(body)
    body.set_article_html(f"<p>{WORDS}</p>", "", None)
    metrics = QFontMetrics(body.document().defaultFont())
    # Wide enough for "Many people who self-" but not for "...self-harm": Qt broke there.
    width = metrics.horizontalAdvance("Many people who self-") + metrics.horizontalAdvance("h")
    body.resize(width + body.contentsMargins().left() + body.contentsMargins().right(), 50)
    with qtbot.waitExposed(body):
        body.show()
    qtbot.waitUntil(lambda: body.document().textWidth() == width)
    lines = lines_of(body.document())
    assert len(lines) > 1  # it wraps
    assert ends_mid_word(lines) == []
    assert any(line.startswith("self") for line in lines)  # the whole word went down


def test_copying_the_body_gives_plain_hyphens(qtbot: QtBot) -> None:
    body = ArticleBody(lambda url: None)
    qtbot.addWidget(body)
    body.set_article_html(f"<p>{WORDS}</p>", "", None)
    body.selectAll()
    copied = body.createMimeDataFromSelection()
    assert copied.text() == WORDS  # "self-harm" as typed, found again by a search
    assert "\u2011" not in copied.html()


def test_a_link_to_a_hyphenated_id_keeps_its_address(qtbot: QtBot) -> None:
    body = ArticleBody(lambda url: None)
    qtbot.addWidget(body)
    link = '<a href="lantern:article/self-harm-as-an-adult">Self-harm as an adult</a>'
    body.set_article_html(f"<p>{link}</p>", "", None)
    body.selectAll()
    assert (
        'href="lantern:article/self-harm-as-an-adult"' in body.createMimeDataFromSelection().html()
    )


def test_a_page_title_keeps_self_harm_whole(
    make_window: MakeWindow, write_article: Callable[..., Path], tmp_path: Path, qtbot: QtBot
) -> None:
    folder = tmp_path / "pack"
    write_article("adults", title="Living with self-harm", folder=folder)
    window = make_window(AppContext(library=load_library([folder])))
    view = open_article(window, qtbot, "adults")
    title = next(found for found in view.findChildren(QLabel) if "Living" in found.text())
    metrics = QFontMetrics(title.font())
    # As the label lays its words out on a line that holds "...self-" but not "...self-harm".
    document = QTextDocument()
    document.setDefaultFont(title.font())
    document.setDocumentMargin(0)
    document.setPlainText(title.text())
    document.setTextWidth(metrics.horizontalAdvance("Living with self-h"))
    assert ends_mid_word(lines_of(document)) == []
    # A screen reader is given the title with its plain hyphen.
    name = QAccessible.queryAccessibleInterface(title).text(QAccessible.Text.Name)
    assert name == "Living with self-harm"


def test_a_content_note_keeps_self_harm_whole(
    make_window: MakeWindow, bundled_context: AppContext, qtbot: QtBot
) -> None:
    """The gambling page's note broke after "self-" at 150% ("...low mood, self-" over
    "harm and thoughts of suicide"), as the title and the text below it never do."""
    window = make_window(bundled_context)
    view = open_article(window, qtbot, "when-gambling-is-hard-to-stop")
    (note,) = view.findChildren(QLabel, "contentNote")
    assert "low mood, self-harm and" in note.text()  # the words as written, for a reader
    # As the label lays its words out on a line that holds "...self-" but not "...self-harm".
    document = QTextDocument()
    document.setDefaultFont(note.font())
    document.setDocumentMargin(0)
    document.setHtml(QLabel.text(note))  # what the label draws
    shown = document.toPlainText()
    start = shown.index("self")
    document.setTextWidth(QFontMetrics(note.font()).horizontalAdvance(shown[: start + 6]))
    assert ends_mid_word(lines_of(document)) == []
    # A screen reader is given the note with its plain hyphen.
    assert "low mood, self-harm and" in accessible_name(note)


def test_my_reflections_keeps_self_harm_whole(qtbot: QtBot) -> None:
    """At 200% in a 1100-pixel window a heading broke after "self-" ("When the past still
    hurts: trauma and self-" over "harm"), as an article's own title never does."""
    title, question = "Trauma and self-harm", "What would you say to a friend who self-harms?"
    view = ReflectionsView([("trauma", title, question)])
    qtbot.addWidget(view)
    for words in (title, question):
        labels = view.findChildren(QLabel)
        (shown,) = [found for found in labels if found.text().replace("\u2011", "-") == words]
        # As the label lays its words out on a line that holds "...self-" but not "...self-harm".
        document = QTextDocument()
        document.setDefaultFont(shown.font())
        document.setDocumentMargin(0)
        document.setPlainText(shown.text())
        cut = shown.text().index("self") + 6
        document.setTextWidth(QFontMetrics(shown.font()).horizontalAdvance(shown.text()[:cut]))
        assert ends_mid_word(lines_of(document)) == [], words
        assert accessible_name(shown) == words  # a screen reader hears the plain hyphen

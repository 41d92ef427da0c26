"""Callout boxes and tables in rich text: room inside, an edge in every theme, ruled rows.

Qt's rich text reads a subset of CSS; these tests read what the document itself took from it,
so a rule Qt ignores fails here rather than only looking wrong.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlock,
    QTextDocument,
    QTextFrame,
    QTextTable,
    QTextTableCellFormat,
)
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from reader.themes import THEMES
from reader.ui.help_panel import HelpPanel
from reader.ui.main_window import MainWindow
from reader.ui.style import CALLOUT_LINE_ROOM, CALLOUT_PADDING

BODY = """Some calm words to start.

!!! tip "Try this now"
    Put both feet flat on the floor and notice five things you can see.

| When | What you could do |
| --- | --- |
| In the morning | Open a window and breathe |
| Any time | Use the breathing exercise |

> A quoted line from someone who has been there: it does get easier.

A last paragraph.
"""


def tables(document: QTextDocument) -> Iterator[QTextTable]:
    """Every table in a document, in order."""

    def walk(frame: QTextFrame) -> Iterator[QTextTable]:
        for child in frame.childFrames():
            if isinstance(child, QTextTable):
                yield child
            yield from walk(child)

    yield from walk(document.rootFrame())


def callout_cells(browser: QTextBrowser) -> list[QTextTableCellFormat]:
    """The cell format of each one-cell callout table (a shaded box) in a text browser."""
    return [
        table.cellAt(0, 0).format().toTableCellFormat()
        for table in tables(browser.document())
        if table.rows() == 1 and table.columns() == 1
    ]


@pytest.fixture
def article(
    window_over_pack: Callable[..., MainWindow], write_article: Callable[..., Path]
) -> Callable[[str], MainWindow]:
    """A window showing an article with a callout, a table and a quotation, in a theme."""

    def show(theme: str) -> MainWindow:
        write_article("every-part", title="Every part", body=BODY)
        window = window_over_pack()
        window.theming.set_theme(theme)
        assert window.open_article("every-part")
        return window

    return show


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_an_article_callout_has_room_inside_and_a_visible_edge(
    article: Callable[[str], MainWindow], theme: str
) -> None:
    """Text sat 6 pixels from the edge (th, td padding won over cellpadding), and the light
    fill was 1.05:1 against the page: the box hardly showed."""
    window = article(theme)
    (cell,) = callout_cells(window.article_view.body_view)
    vertical, horizontal = CALLOUT_PADDING
    # Below, the last line's own spacing makes up the rest.
    assert (cell.topPadding(), cell.bottomPadding()) == (vertical, vertical - CALLOUT_LINE_ROOM)
    assert (cell.leftPadding(), cell.rightPadding()) == (horizontal, horizontal)
    colours = THEMES[theme]
    for width, brush in (
        (cell.topBorder(), cell.topBorderBrush()),
        (cell.bottomBorder(), cell.bottomBorderBrush()),
        (cell.leftBorder(), cell.leftBorderBrush()),
        (cell.rightBorder(), cell.rightBorderBrush()),
    ):
        assert width == 1
        assert brush.color() == QColor(colours.border)
    assert cell.background().color() == QColor(colours.callout)


def test_a_callout_title_sits_close_to_its_text(article: Callable[[str], MainWindow]) -> None:
    window = article("light")
    document = window.article_view.body_view.document()
    title = next(b for b in _blocks(document) if b.text() == "Try this now")
    assert title.blockFormat().bottomMargin() == 6  # not the 14 of a paragraph


def _blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_an_article_table_has_left_headers_and_ruled_rows(
    article: Callable[[str], MainWindow], theme: str
) -> None:
    window = article(theme)
    colours = THEMES[theme]
    (table,) = [t for t in tables(window.article_view.body_view.document()) if t.columns() == 2]
    assert table.format().borderCollapse()
    header = table.cellAt(0, 0)
    align = header.firstCursorPosition().block().blockFormat().alignment()
    assert align & Qt.AlignmentFlag.AlignLeft  # centred over left-aligned cells, it looked adrift
    header_format = header.format().toTableCellFormat()
    assert header_format.bottomBorder() >= 1
    assert header_format.bottomBorderBrush().color() == QColor(colours.control_border)
    for row in (1, 2):
        cell = table.cellAt(row, 1).format().toTableCellFormat()
        assert cell.bottomBorder() == 1
        assert cell.bottomBorderBrush().color() == QColor(colours.border)
        assert cell.topPadding() == 6  # the callout's padding is the callout's only


def test_a_quotation_is_set_apart_in_italic_and_secondary_colour(
    article: Callable[[str], MainWindow],
) -> None:
    """Qt draws no border-left: an indent alone did not say "quoted"."""
    window = article("light")
    document = window.article_view.body_view.document()
    quote = next(b for b in _blocks(document) if b.text().startswith("A quoted line"))
    assert quote.blockFormat().leftMargin() > 0
    char = quote.begin().fragment().charFormat()
    assert char.fontItalic()
    assert char.foreground().color() == QColor(THEMES["light"].muted)
    plain = next(b for b in _blocks(document) if b.text() == "A last paragraph.")
    assert not plain.begin().fragment().charFormat().fontItalic()
    assert plain.begin().fragment().charFormat().fontWeight() == QFont.Weight.Normal


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_the_help_panel_s_service_boxes_have_room_and_an_edge(
    started_window: MainWindow, qtbot: QtBot, theme: str
) -> None:
    window = started_window
    window.theming.set_theme(theme)
    window.open_help()
    panel = window.screens["help"]
    assert isinstance(panel, HelpPanel)
    cells = callout_cells(panel.view)
    assert cells
    for cell in cells:
        assert (cell.topPadding(), cell.leftPadding()) == CALLOUT_PADDING
        assert cell.leftBorder() == 1
        assert cell.leftBorderBrush().color() == QColor(THEMES[theme].border)


def test_the_crisis_search_box_has_room_and_an_edge(started_window: MainWindow) -> None:
    window = started_window
    window.search("want to die")
    cells = callout_cells(window.search_view.results)
    assert cells
    assert (cells[0].topPadding(), cells[0].leftPadding()) == CALLOUT_PADDING
    assert cells[0].topBorder() == 1

"""A pack in a right-to-left language: its reading page starts every line on the right."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWidget

from reader.contact_model import RegionContacts
from reader.context import AppContext
from reader.packs import load_library
from reader.ui.article_view import ArticleView
from reader.ui.main_window import MainWindow
from tests.ui.layout_tools import settle_layout

ARABIC = "نص هادئ قصير عن المشاعر.\n\n- بند أول\n- بند ثان\n\nSamaritans خط للاستماع."
RIGHT = Qt.LayoutDirection.RightToLeft


def _pack(write_article: Callable[..., Path], folder: Path, language: str, words: str) -> None:
    title, name = words.split(".")[0], language.lower()
    write_article(f"{name}-one", title=f"{title} 1", body=words, related=(f"{name}-two",))
    write_article(f"{name}-two", title=f"{title} 2", body=words)
    (folder / "pack.toml").write_text(f'[pack]\nlanguage = "{language}"\n', "utf-8")


@pytest.fixture
def two_packs(
    write_article: Callable[..., Path],
    tmp_path: Path,
    make_window: Callable[[AppContext], MainWindow],
    regions: dict[str, RegionContacts],
) -> MainWindow:
    """A window over an Arabic pack and an English one beside it."""
    _pack(write_article, tmp_path / "pack", "ar-EG", ARABIC)

    def english(article_id: str, **kwargs: object) -> Path:
        return write_article(article_id, folder=tmp_path / "en", **kwargs)

    _pack(english, tmp_path / "en", "en", "Calm words.")
    library = load_library([tmp_path / "pack", tmp_path / "en"])
    assert library.problems == []
    return make_window(AppContext(library=library, contacts=regions, region="GB"))


def _view(window: MainWindow, article_id: str) -> ArticleView:
    assert window.open_article(article_id)
    view = window.stack.currentWidget()
    assert isinstance(view, ArticleView)
    settle_layout()
    return view


def _centre_x(widget: QWidget, view: ArticleView) -> float:
    """Where a widget's middle is across the column, from 0 (left edge) to 1 (right edge)."""
    middle = widget.mapTo(view.column, widget.rect().center()).x()
    return middle / view.column.width()


def _starts_right(text: QLabel) -> bool:
    """Whether a label's lines start on the right as it draws them."""
    # Qt sets a plain label's lines in its words' own direction (its first strong letter).
    way = text.layoutDirection()
    if text.textFormat() == Qt.TextFormat.PlainText:
        kinds = (unicodedata.bidirectional(c) for c in text.text())
        strong = next((k for k in kinds if k in ("L", "R", "AL")), "L")
        way = Qt.LayoutDirection.LeftToRight if strong == "L" else RIGHT
    side = text.style().visualAlignment(way, text.alignment())
    return bool(side & Qt.AlignmentFlag.AlignRight)


def _labels(view: ArticleView, text: str) -> list[QLabel]:
    found = [w for w in view.column.findChildren(QLabel) if w.text() == text and w.isVisible()]
    assert found, text
    return found


def test_an_arabic_page_puts_its_contents_and_read_next_on_the_right(
    two_packs: MainWindow,
) -> None:
    view = _view(two_packs, "ar-eg-one")
    links = view._contents_links
    assert len(links) == 2
    assert all(_centre_x(link, view) > 0.5 for link in links), "contents links on the right"
    button = view.read_next.buttons[0]
    assert _centre_x(button, view) > 0.5, "Read next on the right"
    for heading in ("On this page", "Read next", "Before you read"):
        assert all(_starts_right(h) for h in _labels(view, heading)), heading


def test_an_arabic_paragraph_that_starts_with_an_english_name_reads_right_to_left(
    two_packs: MainWindow,
) -> None:
    view = _view(two_packs, "ar-eg-one")
    document = view.body_view.document()
    block = document.begin()
    while block.isValid() and not block.text().startswith("Samaritans"):
        block = block.next()
    assert block.isValid()
    assert block.textDirection() == RIGHT
    # The words' place on screen: the last Arabic word is left of the English name.
    name_at = view.body_view.cursorRect(_cursor_at(view, block.position())).x()
    assert name_at > view.body_view.width() / 2


def _cursor_at(view: ArticleView, position: int):  # noqa: ANN202 - a QTextCursor
    cursor = view.body_view.textCursor()
    cursor.setPosition(position)
    return cursor


def test_an_english_article_after_an_arabic_one_is_left_to_right_again(
    two_packs: MainWindow,
) -> None:
    _view(two_packs, "ar-eg-one")
    view = _view(two_packs, "en-one")
    assert all(_centre_x(link, view) < 0.5 for link in view._contents_links)
    assert _centre_x(view.read_next.buttons[0], view) < 0.5
    assert not any(_starts_right(h) for h in _labels(view, "Read next"))
    first = view.body_view.document().begin()
    assert first.textDirection() == Qt.LayoutDirection.LeftToRight
    # Nothing on the page was left the other way round.
    assert view.body_view.mapTo(view, QPoint(0, 0)).x() >= 0


@pytest.mark.parametrize("language", ["he", "ar"])
def test_a_hebrew_or_arabic_page_follows_after_a_kiosk_reset(
    write_article: Callable[..., Path],
    tmp_path: Path,
    window_over_pack: Callable[..., MainWindow],
    language: str,
) -> None:
    words = "טקסט רגוע וקצר." if language == "he" else ARABIC
    _pack(write_article, tmp_path / "pack", language, words)
    window = window_over_pack()
    view = _view(window, f"{language}-one")
    view.reset()  # a new text body is made, and must read the same way
    view = _view(window, f"{language}-two")
    assert view.body_view.document().begin().textDirection() == RIGHT

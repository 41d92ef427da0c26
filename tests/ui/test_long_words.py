"""A very long word in a title (a Welsh place name, a German compound) wraps, not cut off."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.articles import Library
from reader.context import AppContext
from reader.packs import load_library
from reader.ui.card import Card
from reader.ui.main_window import MainWindow

PLACE = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"
TITLE = f"Feeling at home in {PLACE}"


def _library(tmp_path: Path, write_article: Callable[..., Path]) -> Library:
    write_article("long-word", title=TITLE, body="Some calm words, and a way to get help.")
    library = load_library([tmp_path / "pack"])
    assert library.problems == []
    return library


def _fits(label: QLabel) -> bool:
    """Whether the label's text, wrapped as it draws it, fits the label's width."""
    metrics = QFontMetrics(label.font())
    area = QRect(0, 0, label.contentsRect().width(), 100_000)
    return metrics.boundingRect(area, int(Qt.TextFlag.TextWordWrap), label.text()).width() <= (
        area.width()
    )


def test_a_long_word_in_an_article_title_wraps(
    tmp_path: Path,
    write_article: Callable[..., Path],
    make_window: Callable[[AppContext], MainWindow],
    qtbot: QtBot,
) -> None:
    window = make_window(AppContext(library=_library(tmp_path, write_article)))
    window.resize(480, 700)
    window.open_article("long-word")
    title = next(
        lb for lb in window.article_view.findChildren(QLabel) if lb.objectName() == "pageTitle"
    )
    qtbot.waitUntil(lambda: title.isVisible())
    assert _fits(title), title.width()
    assert title.accessibleName() == TITLE  # read as written, with no break marks


def test_a_long_word_in_a_card_title_wraps(qtbot: QtBot) -> None:
    """Its least width was the whole word's: wider than a narrow column, so cut off."""
    card = Card(TITLE, [f"Life in {PLACE} and near it."])
    qtbot.addWidget(card)
    assert card.minimumSizeHint().width() <= 260
    assert card.heightForWidth(260) > card.heightForWidth(2000)  # it wraps instead
    assert card.accessibleName() == TITLE

"""A label spaced like an article's text: its lines, its words, its height."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.themes import LIGHT
from reader.ui.spaced_label import SpacedLabel, spaced_label
from reader.ui.style import article_css, reading_line_height
from reader.ui.widgets import label

WIDTH = 400
SIZES = (9.6, 10.8, 12.0, 15.0, 18.0, 24.0)  # 80% to 200%


def sized(widget: QLabel, points: float) -> QLabel:
    font = QFont(widget.font())
    font.setPointSizeF(points)
    widget.setFont(font)
    return widget


def height(widget: QLabel, words: str) -> int:
    widget.setText(words)
    return widget.heightForWidth(WIDTH)


@pytest.mark.parametrize("points", SIZES)
def test_lines_are_spaced_at_the_line_height_at_every_text_size(
    qtbot: QtBot, points: float
) -> None:
    for percent in (160, 185):
        spaced = spaced_label("", room_below=False)
        qtbot.addWidget(spaced)
        spaced.set_line_height(percent)
        sized(spaced, points)
        tight = spaced_label("", room_below=False)
        qtbot.addWidget(tight)
        tight.set_line_height(100)
        sized(tight, points)
        one, pitch = height(tight, "One"), height(tight, "One\nTwo") - height(tight, "One")
        # One line ends at its text, as a label with no extra spacing does; each line more adds
        # the line height (Qt rounds heights up to whole pixels).
        assert height(spaced, "One") == one
        assert height(spaced, "One\nTwo\nThree") == pytest.approx(
            one + 2 * pitch * percent / 100, abs=1
        )
        one_line = height(spaced, "One")
        assert spaced.sizeHint().height() == one_line


def test_a_paragraph_keeps_the_room_under_its_last_line(qtbot: QtBot) -> None:
    paragraph, caption = spaced_label("One"), spaced_label("One", room_below=False)
    qtbot.addWidget(paragraph)
    qtbot.addWidget(caption)
    line = caption.heightForWidth(WIDTH)
    assert paragraph.heightForWidth(WIDTH) == pytest.approx(line * 1.6, abs=1)
    assert paragraph.minimumSizeHint().height() >= caption.minimumSizeHint().height()


def test_no_words_take_no_room_as_a_plain_label(qtbot: QtBot) -> None:
    for spaced in (spaced_label(""), spaced_label("", room_below=False)):
        plain = label("")
        qtbot.addWidget(spaced)
        qtbot.addWidget(plain)
        assert spaced.heightForWidth(WIDTH) == plain.heightForWidth(WIDTH)
        assert spaced.sizeHint() == plain.sizeHint()


def test_its_words_are_plain_text_and_stay_as_written(qtbot: QtBot) -> None:
    words = '<b>x</b> &amp; <a href="lantern:help">y</a>\n  two spaces'
    spaced = spaced_label(words, "muted")
    qtbot.addWidget(spaced)
    assert isinstance(spaced, SpacedLabel)
    assert spaced.text() == words
    assert spaced.objectName() == "muted"
    spaced.set_line_height(185)
    assert spaced.text() == words


def test_the_line_height_is_the_articles() -> None:
    assert reading_line_height(article_css(LIGHT)) == 160
    assert reading_line_height(article_css(LIGHT, easier_reading=True)) == 185
    assert reading_line_height("") == 160

"""The home page's remembered label heights are a QLabel's, whatever its font or words."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.ui.measured_label import measured_label
from reader.ui.widgets import label

WORDS = (
    "Calm, plain information about self-harm, hard feelings and getting help. "
    "Take your time. You can stop whenever you like."
)
WIDTHS = (60, 120, 240, 480, 1000)


def _heights(widget: QLabel) -> list[int]:
    return [widget.heightForWidth(width) for width in WIDTHS]


def test_heights_match_a_plain_label(qtbot: QtBot) -> None:
    remembered, plain = measured_label(WORDS, "muted"), label(WORDS, "muted")
    qtbot.addWidget(remembered)
    qtbot.addWidget(plain)
    assert _heights(remembered) == _heights(plain)
    assert _heights(remembered) == _heights(plain)  # asked again: the same, from memory


def test_a_larger_font_is_measured_again_and_the_old_one_remembered(qtbot: QtBot) -> None:
    remembered, plain = measured_label(WORDS), label(WORDS)
    qtbot.addWidget(remembered)
    qtbot.addWidget(plain)
    small = _heights(remembered)
    for widget in (remembered, plain):
        font = QFont(widget.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        widget.setFont(font)
    assert _heights(remembered) == _heights(plain)
    assert _heights(remembered) != small  # taller at twice the size
    for widget in (remembered, plain):
        widget.setFont(QFont())
    assert _heights(remembered) == _heights(plain) == small


def test_new_words_and_new_margins_are_measured_again(qtbot: QtBot) -> None:
    remembered, plain = measured_label(WORDS), label(WORDS)
    qtbot.addWidget(remembered)
    qtbot.addWidget(plain)
    _heights(remembered)
    for widget in (remembered, plain):
        widget.setText(WORDS * 3)
    assert _heights(remembered) == _heights(plain)
    for widget in (remembered, plain):
        widget.setContentsMargins(0, 10, 0, 10)
    assert _heights(remembered) == _heights(plain)


def test_size_hints_match_a_plain_label_in_each_font(qtbot: QtBot) -> None:
    remembered, plain = measured_label(WORDS, "sectionTitle"), label(WORDS, "sectionTitle")
    qtbot.addWidget(remembered)
    qtbot.addWidget(plain)
    for size in (12.0, 24.0, 12.0):
        for widget in (remembered, plain):
            font = QFont(widget.font())
            font.setPointSizeF(size)
            widget.setFont(font)
        assert remembered.sizeHint() == plain.sizeHint()
        assert remembered.minimumSizeHint() == plain.minimumSizeHint()

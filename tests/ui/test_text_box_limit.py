"""A text box's limit counts emoji and other astral characters the way it cuts them.

The room was counted in UTF-16 units (Qt's count, an emoji is two) but a paste was cut in
Python characters (an emoji is one), so 10,000 pasted emoji stored 20,000 units in a box that
holds 10,000. Now the limit is in UTF-16 units throughout, and a cut never splits a character.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.text_box import MAX_CHARACTERS, MemoryTextEdit, cut_to_fit, qt_length

SMILE = "\U0001f600"  # 😀: two UTF-16 units
CLEF = "\U0001d11e"  # 𝄞: two units
# One, two, one, two and one unit: Latin, an emoji, an accented letter, a music sign, Chinese.
MIXED = "a" + SMILE + "é" + CLEF + "中"


pytestmark = pytest.mark.usefixtures("clipboard_emptied")


@pytest.fixture
def box(qtbot: QtBot) -> MemoryTextEdit:
    """An empty box."""
    widget = MemoryTextEdit("Notes")
    qtbot.addWidget(widget)
    return widget


def holding(box: MemoryTextEdit, text: str) -> MemoryTextEdit:
    """The box with this text and the cursor at its end."""
    box.setPlainText(text)
    box.moveCursor(QTextCursor.MoveOperation.End)
    return box


def stored(box: MemoryTextEdit) -> int:
    """How many UTF-16 units the box's document holds (Qt's own count)."""
    return box.document().characterCount() - 1


def paste(box: MemoryTextEdit, text: str) -> None:
    """Paste text the way a reader does, through the clipboard."""
    QApplication.clipboard().setText(text)
    box.paste()


def type_text(box: MemoryTextEdit, text: str) -> None:
    """One key press whose text is this (as a keyboard or emoji picker sends an emoji)."""
    QApplication.sendEvent(
        box, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier(0), text)
    )


def commit(box: MemoryTextEdit, text: str) -> None:
    """Text an input method commits."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(box, event)


def whole(text: str) -> bool:
    """No half of a surrogate pair in the text."""
    return not any("\ud800" <= c <= "\udfff" for c in text)


def test_pasting_emoji_fills_the_box_and_no_more(box: MemoryTextEdit) -> None:
    paste(box, SMILE * MAX_CHARACTERS)
    assert box.toPlainText() == SMILE * (MAX_CHARACTERS // 2)
    assert stored(box) == MAX_CHARACTERS
    paste(box, "a")  # full
    assert stored(box) == MAX_CHARACTERS


def test_a_paste_never_cuts_an_emoji_in_half(box: MemoryTextEdit) -> None:
    holding(box, "x" * (MAX_CHARACTERS - 3))
    paste(box, SMILE * 2)
    assert box.toPlainText().endswith("x" + SMILE)  # room for one, and a unit to spare
    paste(box, SMILE)  # one unit is not room for it
    assert stored(box) == MAX_CHARACTERS - 1
    assert whole(box.toPlainText())
    paste(box, "é")
    assert stored(box) == MAX_CHARACTERS


def test_pasting_a_mix_of_one_and_two_unit_characters(box: MemoryTextEdit) -> None:
    pasted = MIXED * MAX_CHARACTERS
    paste(box, pasted)
    text = box.toPlainText()
    assert pasted.startswith(text)
    assert whole(text)
    assert qt_length(text) == stored(box)
    # As much as fits: MIXED is seven units, and its first character is one.
    assert MAX_CHARACTERS - 1 <= stored(box) <= MAX_CHARACTERS
    assert len(text) < MAX_CHARACTERS  # fewer characters than units: the pairs count two


def test_a_paste_over_a_selection_of_emoji_has_their_room(box: MemoryTextEdit) -> None:
    holding(box, SMILE * (MAX_CHARACTERS // 2))
    box.moveCursor(QTextCursor.MoveOperation.Start)
    box.moveCursor(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor)
    assert box.textCursor().selectedText() == SMILE
    paste(box, "abc")  # the emoji's two units make room for two letters
    assert box.toPlainText().startswith("ab" + SMILE)
    assert stored(box) == MAX_CHARACTERS


def test_typing_an_emoji_needs_room_for_both_its_units(box: MemoryTextEdit) -> None:
    holding(box, "x" * (MAX_CHARACTERS - 1))
    type_text(box, SMILE)
    assert stored(box) == MAX_CHARACTERS - 1  # refused: it would go one over
    type_text(box, "中")
    assert box.toPlainText().endswith("x中")
    holding(box, MIXED * 1000 + "x" * (MAX_CHARACTERS - 7002))
    type_text(box, CLEF)
    assert box.toPlainText().endswith(CLEF)
    assert stored(box) == MAX_CHARACTERS


def test_an_input_method_commit_is_cut_between_characters(box: MemoryTextEdit) -> None:
    holding(box, "x" * (MAX_CHARACTERS - 3))
    commit(box, SMILE + SMILE)
    assert box.toPlainText().endswith("x" + SMILE)
    assert stored(box) == MAX_CHARACTERS - 1
    commit(box, MIXED)  # "a" fits, the emoji after it does not
    assert box.toPlainText().endswith(SMILE + "a")
    assert whole(box.toPlainText())


def test_a_cut_keeps_what_a_person_sees_as_one_character_whole(box: MemoryTextEdit) -> None:
    flags = "\U0001f1ec\U0001f1e7\U0001f1eb\U0001f1f7"  # 🇬🇧🇫🇷: two letters each
    holding(box, "x" * (MAX_CHARACTERS - 6))
    paste(box, flags)  # not the British flag and half the French one
    assert box.toPlainText().endswith("x" + flags[:2])
    holding(box, "x" * (MAX_CHARACTERS - 4))
    paste(box, "cafe\u0301s")  # not an e whose accent was cut off
    assert box.toPlainText().endswith("xcaf")
    assert cut_to_fit(MIXED, 3) == "a" + SMILE
    assert cut_to_fit(MIXED, 2) == "a"
    assert cut_to_fit(MIXED, 7) == MIXED
    assert cut_to_fit(SMILE, 0) == ""

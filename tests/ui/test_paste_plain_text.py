"""Copy and paste in a text box carry plain text only, and a box holds a sane amount.

Qt's own copy offered the selection as HTML and Markdown too, and a paste built the Markdown
in a time that grew with the square of the paragraph: 700,000 characters on one line froze
the whole app, Get help now included, for 144 s.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from pytestqt.qtbot import QtBot

from reader.ui.main_window import MainWindow
from reader.ui.text_box import MAX_CHARACTERS, MemoryTextEdit
from tests.run_apart import run_apart
from tests.ui.window_helpers import current_screen, open_article

# The reviewer's keys, through the box's own copy() and paste(): select all, copy, go to the
# end, paste three times; nine rounds. Then a box already holding a million characters on
# one line (say from before the limit) is copied whole and pasted into a fresh box.
COPY_AND_PASTE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
app = QApplication([])
from reader.ui.exercises.common import MemoryTextEdit
box = MemoryTextEdit("What helps you most?")
box.setPlainText("I feel so bad today and ")
for _ in range(9):
    box.selectAll()
    box.copy()
    box.moveCursor(QTextCursor.MoveOperation.End)
    for _ in range(3):
        box.paste()
print(len(box.toPlainText()))
full = MemoryTextEdit("Notes")
full.setPlainText("I feel so bad today and " * 42000)
full.selectAll()
full.copy()
fresh = MemoryTextEdit("Notes")
for _ in range(3):
    fresh.paste()
print(len(fresh.toPlainText()))
"""


pytestmark = pytest.mark.usefixtures("clipboard_emptied")


def test_copying_and_pasting_a_long_line_again_and_again_stays_quick() -> None:
    # Seconds now; without the fix the last rounds take minutes each (and a crash at exit,
    # with the clipboard still holding what was copied, would fail it too).
    lengths = run_apart(COPY_AND_PASTE, timeout=120).split()
    assert lengths == [str(MAX_CHARACTERS), str(MAX_CHARACTERS)]


def prompt_box(window: MainWindow, qtbot: QtBot) -> QPlainTextEdit:
    """The first prompt box of an article with a prompt."""
    box = open_article(window, qtbot, "calm-start").prompt_boxes[0]
    box.setFocus()
    return box


def test_every_box_a_reader_types_in_is_the_one_plain_text_box(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert isinstance(prompt_box(window, qtbot), MemoryTextEdit)
    for screen in ("safety-plan", "reflections", "exercise/grounding"):
        assert window.open_screen(screen)
        if screen == "reflections":  # an article's questions show once it is chosen
            current_screen(window).go_to_group(0)
        boxes = current_screen(window).findChildren(QPlainTextEdit)
        assert boxes, screen
        assert all(isinstance(box, MemoryTextEdit) for box in boxes), screen


def test_a_copy_is_plain_text_and_nothing_else(window: MainWindow, qtbot: QtBot) -> None:
    box = prompt_box(window, qtbot)
    qtbot.keyClicks(box, "a walk")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "music")
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(box, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().mimeData()
    assert copied.formats() == ["text/plain"]  # no text/html, no text/markdown
    assert copied.text() == "a walk\nmusic"  # Qt's paragraph separator made a line break


def test_a_paste_takes_only_what_fits(window: MainWindow, qtbot: QtBot) -> None:
    box = prompt_box(window, qtbot)
    box.setPlainText("x" * (MAX_CHARACTERS - 5))
    box.moveCursor(QTextCursor.MoveOperation.End)
    QApplication.clipboard().setText("abcdefghij" * 10_000)
    box.paste()
    assert box.toPlainText() == "x" * (MAX_CHARACTERS - 5) + "abcde"
    box.paste()  # full: nothing more comes in
    assert len(box.toPlainText()) == MAX_CHARACTERS
    # A paste over a selection has the selection's room too.
    box.moveCursor(QTextCursor.MoveOperation.Start)
    box.moveCursor(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor)
    box.moveCursor(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor)
    box.paste()
    assert box.toPlainText().startswith("abx")
    assert len(box.toPlainText()) == MAX_CHARACTERS


def test_typing_stops_when_the_box_is_full(window: MainWindow, qtbot: QtBot) -> None:
    box = prompt_box(window, qtbot)
    box.setPlainText("x" * MAX_CHARACTERS)
    box.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(box, "more")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.toPlainText() == "x" * MAX_CHARACTERS
    qtbot.keyClick(box, Qt.Key.Key_Backspace)  # deleting still works, and frees room
    qtbot.keyClicks(box, "ab")
    assert box.toPlainText() == "x" * (MAX_CHARACTERS - 1) + "a"
    # An input method's text (accented or Chinese characters, say) stops there too.
    box.setPlainText("x" * (MAX_CHARACTERS - 1))
    box.moveCursor(QTextCursor.MoveOperation.End)
    event = QInputMethodEvent()
    event.setCommitString("éàü")
    QApplication.sendEvent(box, event)
    assert box.toPlainText() == "x" * (MAX_CHARACTERS - 1) + "é"

"""The text box every typed answer goes in: memory only, plain text in and out, a sane size."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QSize, QTextBoundaryFinder
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

from reader.ui.widgets import not_for_input_methods

# The most a box holds. A safety-plan step or a reflection is a few hundred characters; this is
# room for pages of them. Without a limit, pasting a box's own text into itself a few times
# made one line of 700,000 characters, and every copy and paste of it took longer.
# Counted as Qt counts (UTF-16 units): most characters are one, an emoji or a character from
# beyond the Basic Multilingual Plane is two. The count and every cut use this one measure; a
# paste measured in Python characters once stored 20,000 units of emoji in a 10,000 box.
MAX_CHARACTERS = 10_000
# How Qt's selectedText() ends a paragraph and a line inside one.
_SEPARATORS = str.maketrans({"\u2029": "\n", "\u2028": "\n"})


class MemoryTextEdit(QPlainTextEdit):
    """A plain text box whose contents live only in memory and can be wiped with their undo.

    Copy and paste carry plain text only. Qt's own copy also offers HTML and Markdown, and
    building the Markdown takes time that grows with the square of a paragraph's length: a
    paste of 700,000 characters froze the whole app, Get help now included, for 144 s.
    """

    def __init__(
        self,
        accessible_name: str = "",
        placeholder: str = "",
        lines: int = 3,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(placeholder)
        # Tab moves to the next control, so keyboard users are never trapped in a box.
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        not_for_input_methods(self)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Tall enough for a few lines in the current (style-sheet) font."""
        extra = 2 * self.frameWidth() + 2 * int(self.document().documentMargin()) + 16
        return QSize(
            super().sizeHint().width(), self.fontMetrics().lineSpacing() * self._lines + extra
        )

    def wipe(self) -> None:
        """Remove the text and the undo history, so nothing typed can be brought back."""
        self.clear()
        self.setUndoRedoEnabled(False)
        self.setUndoRedoEnabled(True)

    def set_initial_text(self, text: str) -> None:
        """Replace the contents with text that undo cannot remove or reveal past."""
        self.setPlainText(text)
        self.setUndoRedoEnabled(False)
        self.setUndoRedoEnabled(True)

    def text(self) -> str:
        """The current text."""
        return self.toPlainText()

    def room(self) -> int:
        """How many UTF-16 units fit in place of the selection (typing or pasting replaces it)."""
        used = self.document().characterCount() - 1  # less the document's closing separator
        cursor = self.textCursor()  # its positions count UTF-16 units, like characterCount
        return max(0, MAX_CHARACTERS - used + cursor.selectionEnd() - cursor.selectionStart())

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        """The selection as plain text, and nothing else."""
        # Made by Qt (what it makes for an empty selection), not by Python: a QMimeData made
        # in Python crashed the app as it exited if the clipboard still held it, because Qt
        # deletes the clipboard's data after Python has shut down.
        data = QPlainTextEdit().createMimeDataFromSelection()
        data.setText(self.textCursor().selectedText().translate(_SEPARATORS))
        return data

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt override
        """Only text can be pasted or dropped here."""
        return source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt override
        """Paste (or drop) the plain text, as much of it as fits."""
        text = cut_to_fit(source.text(), self.room()) if source.hasText() else ""
        cursor = self.textCursor()
        if text or cursor.hasSelection():  # nothing fits: no empty step to undo
            cursor.insertText(text)
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Typing stops when the box is full; keys that move, delete or copy still work."""
        typed = event.text()
        if typed and (typed.isprintable() or typed in "\r\n") and qt_length(typed) > self.room():
            event.accept()
            return
        super().keyPressEvent(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 - Qt override
        """Text from an input method (accented or Chinese characters, say) stops when full."""
        commit = event.commitString()
        room = self.room() + max(0, event.replacementLength())
        if qt_length(commit) > room:
            cut = QInputMethodEvent(event.preeditString(), event.attributes())
            cut.setCommitString(
                cut_to_fit(commit, room), event.replacementStart(), event.replacementLength()
            )
            event = cut
        super().inputMethodEvent(event)


def qt_length(text: str) -> int:
    """The length of text as Qt counts it: UTF-16 units (an emoji is two)."""
    return len(_utf16(text)) // 2


def cut_to_fit(text: str, room: int) -> str:
    """The start of text that fits in room UTF-16 units, never ending inside a character."""
    # The cut is at a grapheme boundary, so neither half of a surrogate pair nor part of an
    # emoji sequence (a flag, a family) or an accent without its letter is left at the end.
    if qt_length(text) <= room:
        return text
    encoded = _utf16(text)
    # Enough after the cut to tell whether it falls inside a character, not the whole paste.
    window = encoded[: 2 * (room + 64)].decode("utf-16-le", "surrogatepass")
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, window)
    finder.setPosition(room)
    end = room if finder.isAtBoundary() else max(0, finder.toPreviousBoundary())
    return encoded[: 2 * end].decode("utf-16-le", "surrogatepass")


def _utf16(text: str) -> bytes:
    # A stray half of a pair (from a broken clipboard, say) counts one unit, as in Qt, rather
    # than stopping the paste with an error.
    return text.encode("utf-16-le", "surrogatepass")

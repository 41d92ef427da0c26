"""Read aloud: speak an article with an offline voice and mark the sentence being read.

Optional. It needs PySide6's QtTextToSpeech (the `speech` extra, PySide6-Addons) and an
offline engine. Nothing about speech is touched until the reader presses Read aloud: on Linux
the speech-dispatcher engine starts a background service that writes its own files (see
docs/ACCESSIBILITY.md), so the self-test and a reader who never asks for speech never start it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from reader.breakable import plain_hyphens
from reader.ui.a11y import announce
from reader.ui.article_body import ArticleBody
from reader.ui.speech import Speech, SpeechSupport, sentence_spans
from reader.ui.widgets import label


class ReadAloud(QObject):
    """Reads one article at a time; the engine starts on the first Read aloud, never before."""

    state_changed = Signal(str)  # "idle", "speaking", "paused" or "unavailable"

    def __init__(self, support: SpeechSupport, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._support = support
        self._speech: Speech | None = None
        self._failed = False
        self.agreed = False  # the reader accepted the speech-service note this session
        self.state = "idle"
        self._body: QTextEdit | None = None
        self._spans: list[tuple[int, int]] = []
        self._span: tuple[int, int] | None = None  # the sentence marked now
        self._watched: ArticleBody | None = None  # the body whose restyling we follow

    @property
    def speech(self) -> Speech | None:
        """The engine, once started."""
        return self._speech

    def available(self) -> bool:
        """Whether to show the Read aloud control at all."""
        return not self._failed and self._support.available()

    def read(self, body: QTextEdit, title: str) -> bool:
        """Speak the title, then the body sentence by sentence; False if speech cannot start."""
        speech = self._engine()
        if speech is None:
            return False
        self.stop()
        text = body.document().toRawText()
        self._body = body
        self._watch(body)
        self._spans = sentence_spans(text)
        # The page joins 'self-harm' with a hyphen that does not break; a voice gets plain '-'
        # (same length, so the spans still mark the right sentence).
        speech.speak([title, *(plain_hyphens(text[a:b]) for a, b in self._spans)])
        self._set_state("speaking")
        return True

    def pause_or_resume(self) -> None:
        """Pause while speaking, resume while paused."""
        if self._speech is None:
            return
        if self.state == "speaking":
            self._speech.pause()
            self._set_state("paused")
        elif self.state == "paused":
            self._speech.resume()
            self._set_state("speaking")

    def stop(self) -> None:
        """Stop speaking and remove the mark (going to another screen does this too)."""
        if self._speech is not None and self.state in ("speaking", "paused"):
            self._speech.stop()
        self._mark(None)
        self._body = None
        if self.state != "unavailable":
            self._set_state("idle")

    def _engine(self) -> Speech | None:
        if self._speech is None and self.available():
            self._speech = self._support.create(self)
            if self._speech is None:
                self._fail("")
                return None
            self._speech.sentence_started.connect(self._on_sentence)
            self._speech.finished.connect(self.stop)
            self._speech.failed.connect(self._fail)
        return self._speech

    def _watch(self, body: QTextEdit) -> None:
        # A theme change (or Easier reading) builds the body's text again, which drops the
        # mark: without marking it again it stayed gone until the next sentence, or for the
        # whole pause when paused.
        if body is self._watched or not isinstance(body, ArticleBody):
            return
        if self._watched is not None:
            self._watched.restyled.disconnect(self._mark_again)
        body.restyled.connect(self._mark_again)
        self._watched = body

    def _on_sentence(self, index: int) -> None:
        # Index 0 is the title, which is not part of the body text.
        span = self._spans[index - 1] if 0 < index <= len(self._spans) else None
        self._mark(span)

    def _mark_again(self) -> None:
        # In the new theme's colours. No scrolling: the view keeps the reader's place itself.
        if self._span is not None:
            self._mark(self._span, reveal=False)

    def _mark(self, span: tuple[int, int] | None, *, reveal: bool = True) -> None:
        self._span = span
        body = self._body
        if body is None:
            return
        if span is None:
            body.setExtraSelections([])
            return
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(body.document())
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor  # type: ignore[attr-defined]
        selection.format = _mark_format(body)  # type: ignore[attr-defined]
        body.setExtraSelections([selection])
        if reveal:
            _reveal(body, cursor)

    def _fail(self, message: str) -> None:
        self._failed = True
        self._mark(None)
        self._set_state("unavailable")

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)


def _mark_format(body: QTextEdit) -> QTextCharFormat:
    """The sentence being read: the theme's accent behind it, its own text colour on top."""
    palette = body.palette()
    mark = QTextCharFormat()
    mark.setBackground(QColor(palette.color(palette.ColorRole.Highlight)))
    mark.setForeground(QColor(palette.color(palette.ColorRole.HighlightedText)))
    return mark


def _reveal(body: QTextEdit, cursor: QTextCursor) -> None:
    """Scroll the page that holds the body so the marked sentence is on screen."""
    area: QWidget | None = body.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    content = area.widget() if isinstance(area, QScrollArea) else None
    if area is None or content is None:
        return
    rect = body.cursorRect(cursor)
    point = body.viewport().mapTo(content, rect.center())
    area.ensureVisible(point.x(), point.y(), 0, rect.height() * 3)


class ReadAloudBar(QWidget):
    """Read aloud, Pause/Resume and Stop for the article on screen."""

    def __init__(self, reader: ReadAloud, body: QTextEdit, title: str) -> None:
        super().__init__()
        self.setObjectName("readAloudBar")
        self._reader = reader
        self._body = body
        self._title = title
        self.read_button = _button(self.tr("Read aloud"), self.tr("Read this article aloud"))
        self.pause_button = _button(self.tr("Pause"), self.tr("Pause"))
        self.stop_button = _button(self.tr("Stop"), self.tr("Stop reading aloud"))
        self.read_button.setToolTip(self.tr("Uses a voice installed on this computer"))
        self.read_button.clicked.connect(self.read)
        self.pause_button.clicked.connect(reader.pause_or_resume)
        self.stop_button.clicked.connect(reader.stop)
        self.note = label("", "muted")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        for widget in (self.read_button, self.pause_button, self.stop_button, self.note):
            layout.addWidget(widget)
        layout.addStretch(1)
        reader.state_changed.connect(self._show_state)
        self._show_state(reader.state)

    def read(self) -> None:
        """Start reading this article from the top (after one warning per session)."""
        if not self._reader.agreed and not self._ask():
            return
        self._reader.agreed = True
        if self._reader.read(self._body, self._title):
            self.pause_button.setFocus()

    def _ask(self) -> bool:
        # Promise 2 is Lantern's own: the system's speech service (speech-dispatcher on Linux)
        # may write its own log. Like a web link, the reader decides with that in view.
        answer = QMessageBox.question(
            self,
            self.tr("Read aloud?"),
            self.tr(
                "Your computer will read this article out loud. People nearby may hear it, so "
                "you might want headphones. Lantern keeps nothing, but some computers keep a "
                "record of what they read out. Read it aloud?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_state(self, state: str) -> None:
        active = state in ("speaking", "paused")
        self.read_button.setVisible(state != "unavailable" and not active)
        self.pause_button.setVisible(active)
        self.stop_button.setVisible(active)
        text = self.tr("Resume") if state == "paused" else self.tr("Pause")
        self.pause_button.setText(text)
        self.pause_button.setAccessibleName(text)
        if state == "idle" and self.stop_button.hasFocus():
            self.read_button.setFocus()
        unavailable = self.tr("Read aloud is not available on this computer.")
        self.note.setText(unavailable if state == "unavailable" else "")
        self.note.setVisible(state == "unavailable")
        if state == "unavailable":
            announce(self, unavailable)


def _button(text: str, accessible: str) -> QPushButton:
    widget = QPushButton(text)
    widget.setAccessibleName(accessible)
    widget.setAutoDefault(False)
    return widget

"""Speech engines for read-aloud: the offline QtTextToSpeech engines, found without starting one.

QtTextToSpeech comes with PySide6-Addons (the optional `speech` extra). Listing the engine
plugins starts nothing; creating a QTextToSpeech does (speech-dispatcher on Linux), so that
happens only in QtSpeechSupport.create(), when the reader presses Read aloud.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence

from PySide6.QtCore import QLoggingCategory, QObject, Signal

# Engines that speak with voices installed on this computer. Others (a cloud voice, Qt's
# "mock" test engine) are never used.
OFFLINE_ENGINES = ("flite", "speechd", "sapi", "winrt", "darwin", "macos")
# A sentence ends at . ! ? or … (with any closing quotes or brackets), or at a paragraph end.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|[\n\u2028\u2029\ufffc]")
_WORDS = re.compile(r"\w")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of each sentence in text, without surrounding spaces."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.end()))
        start = match.end()
    spans.append((start, len(text)))
    trimmed = []
    for begin, end in spans:
        piece = text[begin:end]
        if not _WORDS.search(piece):
            continue
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip(" \t\n\u2028\u2029\ufffc"))
        trimmed.append((begin + left, begin + right))
    return trimmed


class Speech(QObject):
    """What read-aloud needs from a speech engine: queue sentences, pause, resume, stop."""

    sentence_started = Signal(int)  # index into the sentences given to speak()
    finished = Signal()
    failed = Signal(str)

    def speak(self, sentences: Sequence[str]) -> None:
        """Queue the sentences and start speaking the first."""
        raise NotImplementedError

    def pause(self) -> None:
        """Stop speaking for now; resume carries on from the interrupted sentence."""
        raise NotImplementedError

    def resume(self) -> None:
        """Carry on where speech paused."""
        raise NotImplementedError

    def stop(self) -> None:
        """Stop at once and forget the queue."""
        raise NotImplementedError


class SpeechSupport:
    """Whether read-aloud can be offered here, and the engine to use when it is."""

    def available(self) -> bool:
        """True when an offline speech engine is installed (checked without starting it)."""
        return False

    def create(self, parent: QObject) -> Speech | None:
        """Start the engine; only ever called when the reader asks for speech."""
        return None


class QtSpeechSupport(SpeechSupport):
    """Looks for QtTextToSpeech and an offline engine, once per session."""

    def __init__(self) -> None:
        self._engine: str | None = None
        self._checked = False

    def available(self) -> bool:
        """Listing the engine plugins loads no engine and starts no service."""
        if not self._checked:
            self._checked = True
            self._engine = _offline_engine()
        return self._engine is not None

    def create(self, parent: QObject) -> Speech | None:
        """A QtSpeech on the first offline engine, or None without one."""
        if not self.available() or self._engine is None:
            return None
        from reader.ui.qt_speech import QtSpeech

        return QtSpeech(self._engine, parent)


def _speech_leaves_no_trace() -> bool:
    """Whether speech can run here without leaving files in the home folder.

    On Linux, speech-dispatcher and the sound server keep their logs, pid files and runtime
    links in $XDG_RUNTIME_DIR, a memory file system emptied at logout. Without one (a bare X
    session, a service) they write them under ~/.cache and ~/.config, and at a verbose log
    level speech-dispatcher's log held the article's text.
    """
    return not sys.platform.startswith("linux") or bool(os.environ.get("XDG_RUNTIME_DIR"))


def _offline_engine() -> str | None:
    if not _speech_leaves_no_trace():
        return None
    # Without PipeWire, Qt Multimedia warns while loading; that is not Lantern's business.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false")
    try:
        from PySide6.QtTextToSpeech import QTextToSpeech
    except (ImportError, OSError):  # no PySide6-Addons, or a system library is missing
        return None
    engines = QTextToSpeech.availableEngines()
    return next((name for name in OFFLINE_ENGINES if name in engines), None)

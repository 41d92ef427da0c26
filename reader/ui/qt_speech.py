"""Speech through QTextToSpeech, on a thread of its own so a stuck engine never freezes Lantern.

With speech-dispatcher but no working sound output, the engine's stop() waited forever for
the service to answer. Called on the window's thread, that froze the window: leaving the
article, and then Esc twice, did nothing. The engine now lives on its own thread; the window
only posts requests to it and hears back through queued signals.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, Signal, Slot

from reader.ui.speech import Speech

SHUTDOWN_WAIT_MS = 1000  # how long closing waits for the engine before giving up on it


class _Voice(QObject):
    """The engine's side: owns the QTextToSpeech, on the speech thread."""

    sentence_started = Signal(int)
    finished = Signal()
    failed = Signal(str)

    def __init__(self, engine: str) -> None:
        super().__init__()
        self._engine = engine
        self._tts: Any = None
        self._ids: dict[int, int] = {}

    @Slot()
    def start(self) -> None:
        """Create the engine on this thread (it starts speech-dispatcher on Linux)."""
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._states = QTextToSpeech.State
        self._hint = QTextToSpeech.BoundaryHint
        self._tts = QTextToSpeech(self._engine, self)
        self._tts.aboutToSynthesize.connect(self._on_next)
        self._tts.stateChanged.connect(self._on_state)

    @Slot(list)
    def speak(self, sentences: list[str]) -> None:
        """Queue every sentence; the engine reports each as it starts."""
        if self._tts is None:
            return
        self._tts.stop(self._hint.Immediate)
        self._ids = {self._tts.enqueue(text): index for index, text in enumerate(sentences)}

    @Slot()
    def pause(self) -> None:
        """Pause at the end of the word being spoken."""
        if self._tts is not None:
            self._tts.pause(self._hint.Word)

    @Slot()
    def resume(self) -> None:
        """Carry on speaking."""
        if self._tts is not None:
            self._tts.resume()

    @Slot()
    def stop(self) -> None:
        """Stop now and forget the queue."""
        self._ids = {}
        if self._tts is not None:
            self._tts.stop(self._hint.Immediate)

    def _on_next(self, ident: int) -> None:
        if ident in self._ids:
            self.sentence_started.emit(self._ids[ident])

    def _on_state(self, state: Any) -> None:
        if state == self._states.Error:
            self.failed.emit(self._tts.errorString())
        elif state == self._states.Ready and self._ids:
            self._ids = {}
            self.finished.emit()


class QtSpeech(Speech):
    """Speech through QTextToSpeech with one offline engine, run on its own thread."""

    _speak = Signal(list)
    _pause = Signal()
    _resume = Signal()
    _stop = Signal()

    def __init__(self, engine: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("speech")
        self._voice = _Voice(engine)
        self._voice.moveToThread(self._thread)
        self._thread.started.connect(self._voice.start)
        for request, slot in (
            (self._speak, self._voice.speak),
            (self._pause, self._voice.pause),
            (self._resume, self._voice.resume),
            (self._stop, self._voice.stop),
        ):
            request.connect(slot)
        self._voice.sentence_started.connect(self.sentence_started)
        self._voice.finished.connect(self.finished)
        self._voice.failed.connect(self.failed)
        thread, voice = self._thread, self._voice
        # Not a method of self: by the time destroyed is emitted, self is half gone.
        self.destroyed.connect(lambda: _shut_down(thread, voice))
        self._thread.start()

    def speak(self, sentences: Sequence[str]) -> None:
        """Queue every sentence (the engine stops what it was saying first)."""
        self._speak.emit(list(sentences))

    def pause(self) -> None:
        """Pause at the end of the word being spoken."""
        self._pause.emit()

    def resume(self) -> None:
        """Carry on speaking."""
        self._resume.emit()

    def stop(self) -> None:
        """Stop now; returns at once even if the engine is slow to answer."""
        self._stop.emit()

    def shut_down(self) -> bool:
        """Stop speaking and end the speech thread; False if the engine had to be abandoned."""
        return _shut_down(self._thread, self._voice)


def _shut_down(thread: QThread, voice: QObject) -> bool:
    if not thread.isRunning():
        return True
    # In order on the speech thread: stop speaking, then go (deleted as the thread finishes).
    QMetaObject.invokeMethod(voice, "stop", Qt.ConnectionType.QueuedConnection)
    voice.deleteLater()
    thread.quit()
    if thread.wait(SHUTDOWN_WAIT_MS):
        return True
    # The engine is stuck in a call to its service (speech-dispatcher with no sound output).
    # Deleting a running thread stops the whole process, so it is ended by force: only ever
    # as Lantern closes, its window already gone. Qt may print a warning as it unwinds.
    thread.terminate()
    thread.wait(SHUTDOWN_WAIT_MS)
    return False

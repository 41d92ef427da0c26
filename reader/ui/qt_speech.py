"""Speech through QTextToSpeech, on a thread of its own so a stuck engine never freezes Lantern.

With speech-dispatcher but no working sound output, the engine's calls could wait forever for
the service to answer. The engine lives on its own thread, and every call of it that talks to
the service (starting it, say, stop) reaches it as a queued call, run by that thread's event
loop in C++ alone. Called from Python, it would hold Python's lock while it waited, and the
window, whose code is Python too, froze all the same (seen with the real engine).

Sentences go to the engine one at a time, the next when it is done with the last: the engine
learns late that speech-dispatcher started, so a queue handed over at once was spoken in a
lump, and the marked sentence lagged behind. Pause stops, and resume says that sentence
again: speech-dispatcher never reported its pause, so the engine never sent it the resume.
"""

from __future__ import annotations

import atexit
import os
import sys
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Q_ARG, QCoreApplication, QMetaObject, QObject, Qt, QThread, Signal, Slot
from shiboken6 import Shiboken

from reader.ui.speech import Speech

SHUTDOWN_WAIT_MS = 1000  # how long closing waits for the engine before giving up on it
_QUEUED = Qt.ConnectionType.QueuedConnection


class _Voice(QObject):
    """The engine's side, on the speech thread: says one sentence after another."""

    sentence_started = Signal(int)
    finished = Signal()
    failed = Signal(str)
    _say = Signal(str)  # to the engine's own slots, always queued (see the module's note)
    _halt = Signal()

    def __init__(self, engine: str) -> None:
        super().__init__()
        self._engine = engine
        self._tts: Any = None
        self._sentences: list[str] = []
        self._next = 0  # the sentence to say next
        self._wanted = False  # speaking: neither paused nor stopped
        self._begun = False  # the engine began the sentence last sent

    @Slot()
    def start(self) -> None:
        """Make the engine; speech-dispatcher starts from the event loop (it takes seconds)."""
        from PySide6.QtTextToSpeech import QTextToSpeech

        self._states = QTextToSpeech.State
        self._tts = QTextToSpeech("none", self)  # "none": no engine loaded yet, so no wait
        self._tts.stateChanged.connect(self._on_state)
        self._say.connect(self._tts.say, _QUEUED)
        self._halt.connect(self._tts.stop, _QUEUED)
        QMetaObject.invokeMethod(self._tts, "setEngine", _QUEUED, Q_ARG(str, self._engine))

    @Slot(list)
    def speak(self, sentences: list[str]) -> None:
        """Say these sentences from the first (the engine stops what it was saying)."""
        self._sentences = list(sentences)
        self._next = 0
        self._wanted = True
        self._say_next()

    @Slot()
    def pause(self) -> None:
        """Stop now; resume says the interrupted sentence again."""
        if self._wanted:
            self._wanted = False
            self._next = max(0, self._next - 1)
            self._halt.emit()

    @Slot()
    def resume(self) -> None:
        """Carry on from the interrupted sentence."""
        if not self._wanted and self._next < len(self._sentences):
            self._wanted = True
            self._say_next()

    @Slot()
    def stop(self) -> None:
        """Stop now and forget the sentences."""
        self._wanted = False
        self._sentences = []
        self._next = 0
        if self._tts is not None:
            self._halt.emit()

    def _say_next(self) -> None:
        if self._next >= len(self._sentences):
            self._wanted = False
            self.finished.emit()
            return
        self._begun = False
        self._say.emit(self._sentences[self._next])
        self._next += 1

    def _on_state(self, state: Any) -> None:
        if state == self._states.Error:
            self._wanted = False
            self.failed.emit(self._tts.errorString())
        elif state == self._states.Speaking and self._wanted and not self._begun:
            self._begun = True
            self.sentence_started.emit(self._next - 1)
        elif state == self._states.Ready and self._wanted and self._begun:
            self._say_next()  # a Ready before the sentence began ends what came before it


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
        # Before the window goes: at exit PySide deletes its objects in no set order, the
        # engine's among them, and a thread deleted while it runs stops the whole process.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shut_down)
        thread, voice = self._thread, self._voice
        # Not a method of self: by the time destroyed is emitted, self is half gone.
        self.destroyed.connect(lambda: _shut_down(thread, voice))
        self._thread.start()

    def speak(self, sentences: Sequence[str]) -> None:
        """Say the sentences from the first (the engine stops what it was saying first)."""
        self._speak.emit(list(sentences))

    def pause(self) -> None:
        """Stop speaking; resume starts the interrupted sentence again."""
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


_ABANDONED: list[tuple[QThread, QObject]] = []


def _shut_down(thread: QThread, voice: QObject) -> bool:
    if any(item[0] is thread for item in _ABANDONED):
        return False
    if not Shiboken.isValid(thread) or not thread.isRunning():
        return True
    if Shiboken.isValid(voice):
        # In order on the speech thread: stop speaking, then go (deleted as the thread ends).
        QMetaObject.invokeMethod(voice, "stop", _QUEUED)
        voice.deleteLater()
    thread.quit()
    if thread.wait(SHUTDOWN_WAIT_MS):
        return True
    _abandon(thread, voice)
    return False


def _abandon(thread: QThread, voice: QObject) -> None:
    """Leave an engine stuck in a call to its service, and end Lantern without tearing it down.

    Ending the thread by force left the service's lock taken, and the thread, cleaning up,
    then waited for it forever; so did the engine's destructor as PySide deleted its objects
    at exit. Deleting the thread while it runs stops the process. So the thread and engine are
    kept, and the process ends at exit before that teardown: only ever as Lantern closes,
    its window gone, with nothing of the reader's to save or close.
    """
    if not _ABANDONED:
        atexit.register(_end_now)  # runs before PySide's own exit handler, registered earlier
    _ABANDONED.append((thread, voice))


def _end_now() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)

"""Speech support: which engines count as offline, the QtTextToSpeech adapter, sentences."""

from __future__ import annotations

import enum
import sys
import threading
import types
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject, QTimer, Signal, Slot
from pytestqt.qtbot import QtBot

from reader.ui.qt_speech import QtSpeech
from reader.ui.speech import QtSpeechSupport, sentence_spans

# --- only an offline engine counts ---------------------------------------------------------


@pytest.fixture
def fake_tts_module(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Pretend PySide6.QtTextToSpeech is installed with these engines."""
    engines: list[str] = []
    module = types.ModuleType("PySide6.QtTextToSpeech")
    module.QTextToSpeech = type(  # type: ignore[attr-defined]
        "QTextToSpeech", (), {"availableEngines": staticmethod(lambda: list(engines))}
    )
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", module)
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/run/user/1000")  # a normal desktop session
    return engines


def test_only_offline_engines_count(fake_tts_module: list[str]) -> None:
    fake_tts_module[:] = ["mock"]  # Qt's test engine speaks nothing
    assert QtSpeechSupport().available() is False
    fake_tts_module[:] = ["mock", "speechd"]
    support = QtSpeechSupport()
    assert support.available() is True
    fake_tts_module[:] = []  # checked once per session: no engine is loaded to check again
    assert support.available() is True


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a Linux session's folder")
def test_speech_is_not_offered_on_linux_without_a_runtime_folder(
    fake_tts_module: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Speech-dispatcher's log and the sound server's files would go to the home folder."""
    fake_tts_module[:] = ["speechd", "flite"]
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert QtSpeechSupport().available() is False
    monkeypatch.setenv("XDG_RUNTIME_DIR", "")
    assert QtSpeechSupport().available() is False


# --- the QtTextToSpeech adapter and sentence splitting -----------------------------------


class FakeTextToSpeech(QObject):
    """Stands in for QTextToSpeech: the same states, signal and slots."""

    class State(enum.Enum):
        Ready = 0
        Speaking = 1
        Paused = 2
        Error = 3

    stateChanged = Signal(object)  # noqa: N815 - Qt's name

    def __init__(self, engine: str, parent: QObject) -> None:
        super().__init__(parent)
        self.engine = engine
        self.log: list[str] = []
        self.called_from_python: list[str] = []  # calls made by Python code, not the event loop

    def _record(self, entry: str) -> None:
        self.log.append(entry)
        caller = sys._getframe(1).f_back  # whoever called the slot: None for the event loop
        if caller is not None:
            self.called_from_python.append(f"{entry} from {caller.f_code.co_name}")

    @Slot(str)
    def setEngine(self, engine: str) -> None:  # noqa: N802 - Qt's name
        self._record(f"engine {engine}")
        self.engine = engine
        self.stateChanged.emit(self.State.Ready)

    @Slot(str)
    def say(self, text: str) -> None:
        self._record(f"say {text}")

    @Slot()
    def stop(self) -> None:
        self._record("stop")

    def errorString(self) -> str:  # noqa: N802 - Qt's name
        return "no voice"


@pytest.fixture
def owner() -> Iterator[QObject]:
    """A parent for the adapters; their threads end with the test, even a failed one."""
    parent = QObject()
    yield parent
    for adapter in parent.findChildren(QtSpeech):
        adapter.shut_down()


@pytest.fixture
def made(fake_tts_module: list[str]) -> list[FakeTextToSpeech]:
    """Each fake engine a QtSpeech makes, in order."""
    engines: list[FakeTextToSpeech] = []

    class Recorded(FakeTextToSpeech):
        def __init__(self, engine: str, parent: QObject) -> None:
            super().__init__(engine, parent)
            engines.append(self)

    sys.modules["PySide6.QtTextToSpeech"].QTextToSpeech = Recorded  # type: ignore[attr-defined]
    return engines


def test_qt_speech_says_one_sentence_at_a_time_and_marks_each(
    qtbot: QtBot, made: list[FakeTextToSpeech], owner: QObject
) -> None:
    """speech-dispatcher reports Speaking late: sentences queued at once came out in a lump."""
    state = FakeTextToSpeech.State
    adapter = QtSpeech("speechd", owner)
    qtbot.waitUntil(lambda: len(made) == 1 and made[0].engine == "speechd")
    [tts] = made
    assert tts.log == ["engine speechd"]  # set from the event loop, the engine made without one
    adapter.speak(["Title", "One.", "Two."])
    qtbot.waitUntil(lambda: tts.log[-1] == "say Title")
    tts.stateChanged.emit(state.Ready)  # the end of what came before: not this sentence's
    with qtbot.waitSignal(adapter.sentence_started) as started:
        tts.stateChanged.emit(state.Speaking)
    assert started.args == [0]
    assert tts.log[-1] == "say Title"
    tts.stateChanged.emit(state.Ready)
    qtbot.waitUntil(lambda: tts.log[-1] == "say One.")
    with qtbot.waitSignal(adapter.sentence_started) as started:
        tts.stateChanged.emit(state.Speaking)
    assert started.args == [1]
    tts.stateChanged.emit(state.Ready)
    qtbot.waitUntil(lambda: tts.log[-1] == "say Two.")
    tts.stateChanged.emit(state.Speaking)
    with qtbot.waitSignal(adapter.finished):
        tts.stateChanged.emit(state.Ready)
    assert tts.called_from_python == []  # every call came from the thread's event loop
    assert adapter.shut_down() is True


def test_qt_speech_pause_stops_and_resume_says_that_sentence_again(
    qtbot: QtBot, made: list[FakeTextToSpeech], owner: QObject
) -> None:
    """speech-dispatcher never reported its pause, so the engine never sent it the resume."""
    state = FakeTextToSpeech.State
    adapter = QtSpeech("speechd", owner)
    qtbot.waitUntil(lambda: len(made) == 1)
    [tts] = made
    adapter.speak(["Title", "One.", "Two."])
    qtbot.waitUntil(lambda: tts.log[-1] == "say Title")
    tts.stateChanged.emit(state.Speaking)
    tts.stateChanged.emit(state.Ready)
    qtbot.waitUntil(lambda: tts.log[-1] == "say One.")
    tts.stateChanged.emit(state.Speaking)
    adapter.pause()
    qtbot.waitUntil(lambda: tts.log[-1] == "stop")
    tts.stateChanged.emit(state.Ready)  # stopped: paused, so nothing more is said
    adapter.resume()
    qtbot.waitUntil(lambda: tts.log[-1] == "say One.")
    assert tts.log[1:] == ["say Title", "say One.", "stop", "say One."]
    with qtbot.waitSignal(adapter.sentence_started) as started:
        tts.stateChanged.emit(state.Speaking)
    assert started.args == [1]
    adapter.stop()
    qtbot.waitUntil(lambda: tts.log[-1] == "stop")
    tts.stateChanged.emit(state.Ready)
    adapter.resume()  # after stop there is nothing to resume
    with qtbot.waitSignal(adapter.failed) as failed:
        tts.stateChanged.emit(state.Error)
    assert failed.args == ["no voice"]
    assert tts.log[-1] == "stop"
    assert tts.called_from_python == []
    assert adapter.shut_down() is True


def test_an_engine_stuck_in_stop_does_not_freeze_the_window(
    qtbot: QtBot, fake_tts_module: list[str], owner: QObject
) -> None:
    """speech-dispatcher with no sound output never answered stop(): the window froze."""
    stuck, released, answered = threading.Event(), threading.Event(), threading.Event()

    class Stuck(FakeTextToSpeech):
        @Slot()
        def stop(self) -> None:
            stuck.set()
            released.wait(5)
            answered.set()

    sys.modules["PySide6.QtTextToSpeech"].QTextToSpeech = Stuck  # type: ignore[attr-defined]
    adapter = QtSpeech("speechd", owner)
    adapter.speak(["Title"])
    adapter.stop()
    assert not answered.is_set()  # the window went on without waiting for the engine
    qtbot.waitUntil(stuck.is_set)
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))  # and its own events still run
    qtbot.waitUntil(lambda: ticks == [1])
    released.set()
    assert adapter.shut_down() is True
    assert answered.is_set()


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("One. Two! Three?", ["One.", "Two!", "Three?"]),
        ("Heading\u2029A line\u2029", ["Heading", "A line"]),
        ('She said "stop." Then left.', ['She said "stop."', "Then left."]),
        ("Wait… then go", ["Wait…", "then go"]),
        ("  \u2029 . \u2029", []),
        ("3.5 is a number. Yes.", ["3.5 is a number.", "Yes."]),
    ],
)
def test_sentence_spans(text: str, sentences: list[str]) -> None:
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == sentences

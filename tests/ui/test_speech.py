"""Speech support: which engines count as offline, the QtTextToSpeech adapter, sentences."""

from __future__ import annotations

import enum
import os
import subprocess
import sys
import threading
import types
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from pytestqt.qtbot import QtBot

from reader.ui.qt_speech import QtSpeech
from reader.ui.speech import QtSpeechSupport, sentence_spans

REPO = Path(__file__).resolve().parents[2]

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
    """Stands in for QTextToSpeech: the same signals and calls."""

    class State(enum.Enum):
        Ready = 0
        Speaking = 1
        Paused = 2
        Error = 3

    class BoundaryHint(enum.Enum):
        Immediate = 1
        Word = 2

    aboutToSynthesize = Signal(int)  # noqa: N815 - Qt's name
    stateChanged = Signal(object)  # noqa: N815 - Qt's name

    def __init__(self, engine: str, parent: QObject) -> None:
        super().__init__(parent)
        self.engine = engine
        self.queue: list[str] = []
        self.log: list[str] = []

    def enqueue(self, text: str) -> int:
        self.queue.append(text)
        return len(self.queue) + 100

    def pause(self, hint: object) -> None:
        self.log.append(f"pause {hint}")

    def resume(self) -> None:
        self.log.append("resume")

    def stop(self, hint: object) -> None:
        self.log.append(f"stop {hint}")

    def errorString(self) -> str:  # noqa: N802 - Qt's name
        return "no voice"


def test_qt_speech_adapter_maps_queue_ids_to_sentences(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, fake_tts_module: list[str]
) -> None:
    made: list[FakeTextToSpeech] = []  # each engine the adapter starts

    class Recorded(FakeTextToSpeech):
        def __init__(self, engine: str, parent: QObject) -> None:
            super().__init__(engine, parent)
            made.append(self)

    sys.modules["PySide6.QtTextToSpeech"].QTextToSpeech = Recorded  # type: ignore[attr-defined]
    owner = QObject()
    adapter = QtSpeech("speechd", owner)
    qtbot.waitUntil(lambda: len(made) == 1)  # made on the speech thread
    [tts] = made
    assert tts.engine == "speechd"
    adapter.speak(["Title", "One.", "Two."])
    qtbot.waitUntil(lambda: tts.queue == ["Title", "One.", "Two."])
    with qtbot.waitSignal(adapter.sentence_started) as started:
        tts.aboutToSynthesize.emit(102)
    assert started.args == [1]
    with qtbot.waitSignal(adapter.finished):
        tts.stateChanged.emit(FakeTextToSpeech.State.Ready)
    with qtbot.waitSignal(adapter.failed) as failed:
        tts.stateChanged.emit(FakeTextToSpeech.State.Error)
    assert failed.args == ["no voice"]
    adapter.pause()
    adapter.resume()
    adapter.stop()
    expected = ["pause BoundaryHint.Word", "resume", "stop BoundaryHint.Immediate"]
    qtbot.waitUntil(lambda: tts.log[-3:] == expected)
    assert adapter.shut_down() is True


def test_an_engine_stuck_in_stop_does_not_freeze_the_window(
    qtbot: QtBot, fake_tts_module: list[str]
) -> None:
    """speech-dispatcher with no sound output never answered stop(): the window froze."""
    stuck, released, answered = threading.Event(), threading.Event(), threading.Event()

    class Stuck(FakeTextToSpeech):
        def stop(self, hint: object) -> None:
            stuck.set()
            released.wait(5)
            answered.set()

    sys.modules["PySide6.QtTextToSpeech"].QTextToSpeech = Stuck  # type: ignore[attr-defined]
    owner = QObject()
    adapter = QtSpeech("speechd", owner)
    adapter.stop()
    assert not answered.is_set()  # the window went on without waiting for the engine
    qtbot.waitUntil(stuck.is_set)
    ticks: list[int] = []
    QTimer.singleShot(0, lambda: ticks.append(1))  # and its own events still run
    qtbot.waitUntil(lambda: ticks == [1])
    released.set()
    assert adapter.shut_down() is True
    assert answered.is_set()


STUCK_ENGINE = """
import enum, sys, threading, types
from PySide6.QtCore import QCoreApplication, QObject, Signal

stuck = threading.Event()

class Stuck(QObject):
    aboutToSynthesize = Signal(int)
    stateChanged = Signal(object)
    State = enum.Enum("State", "Ready Speaking Paused Error")
    BoundaryHint = enum.Enum("BoundaryHint", "Immediate Word")

    def __init__(self, engine, parent):
        super().__init__(parent)

    def stop(self, hint):
        stuck.set()
        threading.Event().wait()  # for good

module = types.ModuleType("PySide6.QtTextToSpeech")
module.QTextToSpeech = Stuck
sys.modules["PySide6.QtTextToSpeech"] = module
app = QCoreApplication([])
from reader.ui.qt_speech import QtSpeech

owner = QObject()
speech = QtSpeech("speechd", owner)
speech.stop()
stuck.wait(30)
print("stuck", flush=True)
print("ended cleanly" if speech.shut_down() else "abandoned", flush=True)
print("ended", flush=True)
"""


def test_closing_with_an_engine_stuck_for_good_still_ends(tmp_path: Path) -> None:
    """A thread deleted while it runs stops the process; a stuck one is ended by force."""
    script = tmp_path / "stuck.py"
    script.write_text(STUCK_ENGINE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["stuck", "abandoned", "ended"]


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


def test_speech_module_imports_no_speech_at_import_time() -> None:
    # A fresh interpreter: this test process may have loaded the speech module already.
    check = "import sys, reader.ui.speech; print('PySide6.QtTextToSpeech' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"

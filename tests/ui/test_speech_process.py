"""Speech in a fresh process: its thread ends at quit; importing it loads no speech engine."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

ENGINE_SCRIPT = """
import enum, sys, threading, types
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

stuck = threading.Event()

class Engine(QObject):
    stateChanged = Signal(object)
    State = enum.Enum("State", "Ready Speaking Paused Error")

    def __init__(self, engine, parent):
        super().__init__(parent)

    @Slot(str)
    def setEngine(self, engine):
        pass

    @Slot(str)
    def say(self, text):
        pass

    @Slot()
    def stop(self):
        if STUCK:
            stuck.set()
            threading.Event().wait()  # for good

module = types.ModuleType("PySide6.QtTextToSpeech")
module.QTextToSpeech = Engine
sys.modules["PySide6.QtTextToSpeech"] = module
app = QCoreApplication([])
from reader.ui.qt_speech import QtSpeech

owner = QObject()
speech = QtSpeech("speechd", owner)
owner.speech = speech  # alive until PySide's own teardown at exit, as in Lantern
speech.speak(["Title"])
speech.stop()
if STUCK:
    stuck.wait(30)
    print("stuck", flush=True)
QTimer.singleShot(0, app.quit)
app.exec()
print("running after quit:", speech._thread.isRunning(), flush=True)
print("ended cleanly" if speech.shut_down() else "abandoned", flush=True)
print("ended", flush=True)
"""


@pytest.mark.parametrize(
    ("stuck", "said"),
    [
        (False, ["running after quit: False", "ended cleanly", "ended"]),
        (True, ["stuck", "running after quit: True", "abandoned", "ended"]),
    ],
)
def test_quitting_ends_the_speech_thread_even_with_an_engine_stuck_for_good(
    tmp_path: Path, stuck: bool, said: list[str]
) -> None:
    """At exit PySide deleted the engine before the thread: the running thread stopped Lantern.

    The thread now ends as the application quits. A stuck engine is left on its thread, and
    the process ends before PySide's teardown, which would wait for the engine forever.
    """
    script = tmp_path / "engine.py"
    script.write_text(f"STUCK = {stuck}\n{ENGINE_SCRIPT}", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert done.stdout.splitlines() == said


def test_speech_module_imports_no_speech_at_import_time() -> None:
    # A fresh interpreter: this test process may have loaded the speech module already.
    check = "import sys, reader.ui.speech; print('PySide6.QtTextToSpeech' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", check], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"

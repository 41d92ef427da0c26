"""Ctrl+C in the terminal ends Lantern, even a kiosk locked by a mistyped --config path.

Python's own Ctrl+C handler runs only when Python code does, which Qt's event loop seldom
allows: Ctrl+C seemed ignored once the window was up.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

# Lantern as `lantern --config MISSING`, saying "running" once Qt's event loop has started.
CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from reader import app

exec_ = QApplication.exec

def exec_and_say(*args):
    QTimer.singleShot(0, lambda: print("running", flush=True))
    return exec_()

QApplication.exec = exec_and_say
sys.argv = ["lantern", "--config", sys.argv[1]]
sys.exit(app.main())
"""


def test_ctrl_c_ends_a_kiosk_locked_by_a_missing_config(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    missing = tmp_path / "lantern.tml"
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(missing)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as app:
        try:
            assert app.stdout is not None
            assert app.stdout.readline() == "running\n"  # the window is up, the loop runs
            app.send_signal(signal.SIGINT)
            assert app.wait(timeout=20) == -signal.SIGINT
            assert app.stderr is not None
            assert "kiosk mode is turned on" in app.stderr.read()  # it really was locked
        finally:
            if app.poll() is None:
                app.kill()

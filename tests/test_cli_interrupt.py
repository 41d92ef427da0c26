"""Ctrl+C while a tool works, or before the window is up, ends Lantern with no traceback.

The window itself is covered by test_ctrl_c.py; there Qt's event loop runs and Ctrl+C ends
the process at once. Before that point Python's handler raised KeyboardInterrupt, and a
clinic's administrator who stopped a slow `check-content` saw thirty lines of traceback.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

# Lantern with one step made slow: it says "busy" (past the capture of a tool's report) and
# waits, so that Ctrl+C comes while that step runs.
CHILD = """
import sys, time
import {module} as slow_module

def busy(*args, **kwargs):
    print("busy", file=sys.__stdout__, flush=True)
    time.sleep(60)  # the test's Ctrl+C ends this wait

slow_module.{name} = busy
from reader import app
sys.exit(app.main(sys.argv[1:]))
"""


def _interrupt(tmp_path: Path, module: str, name: str, *argv: str) -> tuple[int, str]:
    """Run Lantern, press Ctrl+C while the named step runs; its exit status and stderr."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    script = CHILD.format(module=module, name=name)
    with subprocess.Popen(
        [sys.executable, "-c", script, *argv],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stderr is not None
            assert child.stdout.readline() == "busy\n"
            child.send_signal(signal.SIGINT)
            code = child.wait(timeout=20)
            return code, child.stderr.read()
        finally:
            if child.poll() is None:
                child.kill()


@pytest.mark.skipif(sys.platform == "win32", reason="Ctrl+C is a console event on Windows")
def test_ctrl_c_during_check_content_stops_it_without_a_traceback(tmp_path: Path) -> None:
    content = Path(__file__).resolve().parents[1] / "content" / "en"
    argv = ("check-content", str(content))
    code, stderr = _interrupt(tmp_path, "reader.lint.cli", "check_content", *argv)
    # Ended as Ctrl+C ends any program, so a shell loop over many packs stops too.
    assert code == -signal.SIGINT
    assert stderr == ""  # no traceback, no KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []  # nothing written where it was run


@pytest.mark.skipif(sys.platform == "win32", reason="Ctrl+C is a console event on Windows")
def test_ctrl_c_while_lantern_starts_stops_it_without_a_traceback(tmp_path: Path) -> None:
    # The first step of every start; loading Qt, just after it, takes the longest.
    code, stderr = _interrupt(tmp_path, "reader.privacy", "install_guards", "--region", "GB")
    assert code == -signal.SIGINT
    assert stderr == ""  # no traceback, no KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []

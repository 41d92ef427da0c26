"""The running app refuses, from Python, a file write and an internet socket.

The strace proof watches the self-test tour; these guards cover every other path too (a
write added to Leave quickly, say, which no tour visits).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.run_apart import run_python

# `lantern` as started from the command line; once its window is up, just before the event
# loop, it tries what the guards must refuse, reports each outcome and ends.
CHILD = """
import socket
import sys
from PySide6.QtWidgets import QApplication
from reader import app

def attempt(what, action):
    try:
        action()
    except PermissionError:
        print(what, "refused", flush=True)
    else:
        print(what, "allowed", flush=True)

def exec_and_try(*args):
    attempt("write", lambda: open(sys.argv[1], "w").close())
    attempt("socket", lambda: socket.socket(socket.AF_INET, socket.SOCK_STREAM).close())
    return 0

QApplication.exec = exec_and_try
sys.exit(app.main([]))
"""


def run_child(script: str, home: Path, *args: str) -> str:
    """Run a script that starts Lantern, offscreen, in an empty home; its standard output."""
    env = {"QT_QPA_PLATFORM": "offscreen"}
    done = run_python(home, "-c", script, *args, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_a_running_lantern_refuses_writes_and_internet_sockets(tmp_path: Path) -> None:
    target = tmp_path / "left-behind.txt"
    stdout = run_child(CHILD, tmp_path, str(target))
    assert stdout.split("\n")[:2] == ["write refused", "socket refused"]
    assert not target.exists()


# `lantern --startup-probe` as started from the command line, then what the kernel would do
# with a crash of this process: write a core file or hand it to a crash handler.
CRASH_CHILD = """
import ctypes
import resource
import sys
from reader import app

code = app.main(["--startup-probe"])
get_dumpable = 3  # PR_GET_DUMPABLE
print("dumpable", ctypes.CDLL(None).prctl(get_dumpable, 0, 0, 0, 0), flush=True)
print("core limit", *resource.getrlimit(resource.RLIMIT_CORE), flush=True)
sys.exit(code)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl is Linux's")
def test_a_crash_after_the_window_is_up_leaves_no_core_dump(tmp_path: Path) -> None:
    """A core file or a crash report held every word typed into Lantern."""
    stdout = run_child(CRASH_CHILD, tmp_path)
    assert stdout.split("\n")[1:3] == ["dumpable 0", "core limit 0 0"]

"""Started where Qt can open no window (no desktop, a wrong DISPLAY), Lantern says so and ends.

Qt's own answer was to abort the process: exit 134, a core dump where the system keeps them
(a record, with the time, that Lantern was run), and advice that "reinstalling the
application may fix this problem", under a line about a missing xcb-cursor library.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.run_apart import run_lantern

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_SOCKET")


def _start(tmp_path: Path, **display: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    home.mkdir()
    runtime = {"XDG_RUNTIME_DIR": str(tmp_path / "no-runtime")}
    return run_lantern(home, env={**runtime, **display}, drop=DISPLAY_VARIABLES)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Wayland are Linux's")
@pytest.mark.parametrize(
    "display",
    [{}, {"DISPLAY": ":4242"}, {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":4242"}],
    ids=["no display at all", "a display that is not there", "xcb asked for by name"],
)
def test_without_a_display_lantern_says_so_and_ends(
    tmp_path: Path, display: dict[str, str]
) -> None:
    result = _start(tmp_path, **display)
    assert result.returncode == 1  # not an abort (-6)
    first = result.stderr.splitlines()[0]
    assert first.startswith("lantern: could not open a window: no display could be used.")
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert list((tmp_path / "home").iterdir()) == []  # no core file where it was started

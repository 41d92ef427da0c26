"""Run Python code in a process of its own, with a time limit, for tests on huge input."""

from __future__ import annotations

import subprocess
import sys


def run_apart(script: str, stdin: str = "", timeout: float = 300) -> str:
    """The script's standard output; it fails the test, rather than hangs it, if too slow.

    Generous limits: these inputs take milliseconds to a few seconds now, and took minutes or
    hours when reading them grew with the square of their length.
    """
    done = subprocess.run(
        [sys.executable, "-c", script],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=True,
    )
    return done.stdout

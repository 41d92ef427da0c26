"""Run Python code, or Lantern itself, in a process of its own, with a time limit."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]  # the tree under test


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


def run_lantern(
    home: Path, *args: str, env: Mapping[str, str] | None = None, drop: Iterable[str] = ()
) -> subprocess.CompletedProcess[str]:
    """Lantern from the tree under test, started in home as its HOME, with no configuration.

    env adds or changes variables; drop takes this machine's own out (a display, say).
    """
    return run_python(home, "-B", "-m", "reader", *args, env=env, drop=drop)


def run_python(
    home: Path,
    *args: str,
    env: Mapping[str, str] | None = None,
    drop: Iterable[str] = (),
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Python with these arguments, the tree under test first on its path, in home as HOME."""
    left_out = {*drop, "LANTERN_CONFIG"}
    environ = {k: v for k, v in os.environ.items() if k not in left_out}
    environ.update(env or {}, HOME=str(home))
    environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), environ.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, *args],
        cwd=home,
        env=environ,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )

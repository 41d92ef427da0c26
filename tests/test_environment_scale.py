"""A QT_SCALE_FACTOR that Qt cannot use is left out, and Lantern opens at its own size."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("scale", ["-1", "0", "nan", "inf", "0.01"])
def test_an_unusable_scale_factor_still_opens_the_window(tmp_path: Path, scale: str) -> None:
    """With -1 the window never appeared: the first paint never came, and Lantern hung."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale, HOME=str(tmp_path))
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    env.pop("LANTERN_CONFIG", None)
    probe = subprocess.run(
        [sys.executable, "-B", "-m", "reader", "--startup-probe"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.startswith("first-paint-ms ")

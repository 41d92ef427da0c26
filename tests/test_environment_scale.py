"""A QT_SCALE_FACTOR that Qt cannot use is left out, and Lantern opens at its own size."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.run_apart import run_lantern


@pytest.mark.parametrize("scale", ["-1", "0", "nan", "inf", "0.01"])
def test_an_unusable_scale_factor_still_opens_the_window(tmp_path: Path, scale: str) -> None:
    """With -1 the window never appeared: the first paint never came, and Lantern hung."""
    env = {"QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
    probe = run_lantern(tmp_path, "--startup-probe", env=env)
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.startswith("first-paint-ms ")

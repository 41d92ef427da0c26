"""Promises 1 and 2 for the standalone build: the frozen self-test leaves no trace either.

Runs only when LANTERN_FROZEN_EXE names a built executable (CI's packaging step sets it after
`python -m PyInstaller packaging/lantern.spec`); the normal test run has no frozen build.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.privacy.tracing import run_traced

FROZEN_EXE = os.environ.get("LANTERN_FROZEN_EXE", "")

pytestmark = [
    pytest.mark.privacy,
    pytest.mark.skipif(
        not FROZEN_EXE,
        reason="no frozen build to check: set LANTERN_FROZEN_EXE=dist/lantern/lantern",
    ),
]


@pytest.fixture(scope="module")
def frozen_exe() -> Path:
    """The frozen executable; a name that points nowhere is a failure, not a skip."""
    exe = Path(FROZEN_EXE).resolve()
    assert exe.is_file(), f"LANTERN_FROZEN_EXE={FROZEN_EXE} is not a file"
    assert os.access(exe, os.X_OK), f"{exe} is not executable"
    return exe


@pytest.mark.parametrize("mode", [[], ["--kiosk"]], ids=["home-use", "kiosk"])
@pytest.mark.usefixtures("tracer")
def test_frozen_self_test_leaves_no_trace(
    frozen_exe: Path, tmp_path: Path, mode: list[str]
) -> None:
    """The frozen tour writes nothing, opens no internet socket, leaves nothing, prints no error."""
    report = run_traced([str(frozen_exe), "--self-test", *mode], tmp_path)
    assert report.returncode == 0, report.stdout + report.stderr
    assert "checks passed" in report.stdout
    assert report.stderr == ""
    assert report.writes == []
    assert report.sockets == []
    assert report.leftovers == []


def test_frozen_build_is_one_folder(frozen_exe: Path) -> None:
    """One-folder mode: content and resources sit beside the executable, nothing is unpacked."""
    internal = frozen_exe.parent / "_internal"
    assert (internal / "content" / "en" / "pack.toml").is_file()
    assert any((internal / "resources" / "contacts").glob("*.toml"))


def test_frozen_build_has_no_network_module(frozen_exe: Path) -> None:
    """QtNetwork, its TLS and network-information plugins are not in the folder at all."""
    bundled = [p.name for p in frozen_exe.parent.rglob("*")]
    assert not [name for name in bundled if "QtNetwork" in name or "Qt6Network" in name]
    plugins = {p.name for p in frozen_exe.parent.rglob("plugins/*") if p.is_dir()}
    assert plugins.isdisjoint({"tls", "networkinformation"})

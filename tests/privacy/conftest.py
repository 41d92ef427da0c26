"""The privacy proof needs strace and unshare; in CI their absence is a failure, not a skip."""

from __future__ import annotations

import compileall
import os
import shutil
import subprocess
from pathlib import Path

import pytest

import reader
from tests.privacy.tracing import tools_available

PACKAGE_DIR = Path(reader.__file__).parent


@pytest.fixture(scope="session")
def tracer() -> None:
    """Skip when strace/unshare are missing on a developer machine; fail in CI."""
    if tools_available():
        _update_font_cache()
        return
    if os.environ.get("LANTERN_REQUIRE_STRACE") or os.environ.get("CI"):
        pytest.fail("strace and `unshare -rn` are required for the privacy proof")
    pytest.skip("strace or unshare -rn is not available on this machine")


@pytest.fixture(scope="session")
def compiled_package() -> None:
    """Compile the package first, as pip does at install, so a source run matches an install."""
    compileall.compile_dir(str(PACKAGE_DIR), quiet=1)


def _update_font_cache() -> None:
    """Bring fontconfig's cache up to date, as the first program to show text would.

    On a machine whose cache is missing or stale (a new machine's image held none), fontconfig
    writes it inside whichever program shows text first; README says so. Left to a traced
    Lantern, that machine-wide write was charged to Lantern, though it holds only font names.
    """
    fc_cache = shutil.which("fc-cache")
    if fc_cache:
        subprocess.run([fc_cache], capture_output=True, check=False, timeout=300)

"""The privacy proof needs strace and unshare; in CI their absence is a failure, not a skip."""

from __future__ import annotations

import compileall
import os
from pathlib import Path

import pytest

import reader
from tests.privacy.tracing import tools_available

PACKAGE_DIR = Path(reader.__file__).parent


@pytest.fixture(scope="session")
def tracer() -> None:
    """Skip when strace/unshare are missing on a developer machine; fail in CI."""
    if tools_available():
        return
    if os.environ.get("LANTERN_REQUIRE_STRACE") or os.environ.get("CI"):
        pytest.fail("strace and `unshare -rn` are required for the privacy proof")
    pytest.skip("strace or unshare -rn is not available on this machine")


@pytest.fixture(scope="session")
def compiled_package() -> None:
    """Compile the package first, as pip does at install, so a source run matches an install."""
    compileall.compile_dir(str(PACKAGE_DIR), quiet=1)

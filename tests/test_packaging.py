"""The installed package must carry every sub-package and the bundled content."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _declared_packages() -> set[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return set(data["tool"]["setuptools"]["packages"])


def test_every_python_package_is_declared() -> None:
    """pyproject lists packages by hand (for the data mapping), so none may be forgotten."""
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "reader").rglob("__init__.py")
    }
    assert found <= _declared_packages()


def test_content_and_resources_are_mapped_into_the_package() -> None:
    """content/ and resources/ travel with an installed package as reader._content/_resources."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mapping = data["tool"]["setuptools"]["package-dir"]
    assert mapping == {"reader._content": "content", "reader._resources": "resources"}

"""Where the bundled content/ and resources/ folders are."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundle_root() -> Path | None:
    """The PyInstaller bundle folder when running frozen, else None."""
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) if getattr(sys, "frozen", False) and meipass else None


def _find(name: str) -> Path:
    """Locate a bundled top-level folder: frozen bundle, source tree, or installed package."""
    bundle = _bundle_root()
    candidates = [bundle / name] if bundle else []
    candidates += [_PACKAGE_DIR / f"_{name}", _PACKAGE_DIR.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def content_dir(language: str = "en") -> Path:
    """Folder holding the bundled articles for one language."""
    return _find("content") / language


def resources_dir() -> Path:
    """Folder holding contacts, styles and other bundled resources."""
    return _find("resources")


def contacts_dir() -> Path:
    """Folder holding one crisis-contacts TOML file per region."""
    return resources_dir() / "contacts"

"""Every interface string, as Qt's translation tools extract them from the sources."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

REPO = Path(__file__).resolve().parents[2]


def extracted_catalogue(tmp_path: Path) -> set[tuple[str, str]]:
    """(context, text) for every string `lupdate` finds in the interface's sources."""
    return {(context, text) for context, text, _ in extracted_messages(tmp_path)}


def extracted_messages(tmp_path: Path) -> list[tuple[str, str, bool]]:
    """(context, text, has plural forms) for every string `lupdate` finds."""
    sources = sorted(str(p) for p in (REPO / "reader" / "ui").rglob("*.py"))
    catalogue = tmp_path / "lantern.ts"
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(catalogue)], check=True, capture_output=True)
    found = []
    for context in ET.parse(catalogue).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            plural = message.get("numerus") == "yes"
            found.append((name, message.findtext("source") or "", plural))
    return found

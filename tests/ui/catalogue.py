"""Every interface string, as Qt's translation tools extract them from the sources."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

REPO = Path(__file__).resolve().parents[2]


def extracted_catalogue(tmp_path: Path) -> set[tuple[str, str]]:
    """(context, text) for every string `lupdate` finds in the interface's sources."""
    sources = sorted(str(p) for p in (REPO / "reader" / "ui").rglob("*.py"))
    catalogue = tmp_path / "lantern.ts"
    lupdate = Path(PySide6.__file__).parent / "lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(catalogue)], check=True, capture_output=True)
    found = set()
    for context in ET.parse(catalogue).getroot().iter("context"):
        name = context.findtext("name") or ""
        found |= {(name, m.findtext("source") or "") for m in context.iter("message")}
    return found

"""Modules imported after Lantern's UI are not read again from source by PySide6's hook."""

from __future__ import annotations

import importlib.util
import py_compile
from pathlib import Path

from tests.run_apart import run_apart

_OPENS_OF_SOURCE = """
import sys
sys.path.insert(0, {folder!r})
import {first}
opened = []
sys.addaudithook(lambda event, args: event == "open" and opened.append(str(args[0])))
import calm_module
print(sum(path.endswith("calm_module.py") for path in opened))
"""


def _opens_of_source(tmp_path: Path, first: str) -> int:
    """How often the source of a module (compiled already) is opened when it is imported."""
    source = tmp_path / "calm_module.py"
    source.write_text("GREETING = 'hello'\n", encoding="utf-8")
    py_compile.compile(str(source), cfile=str(_cached(source)))
    script = _OPENS_OF_SOURCE.format(folder=str(tmp_path), first=first)
    return int(run_apart(script, timeout=120).strip())


def _cached(source: Path) -> Path:
    return Path(importlib.util.cache_from_source(str(source)))


def test_pyside6_alone_reads_a_later_modules_source(tmp_path: Path) -> None:
    # The cost the UI package removes: without it, PySide6's hook reads the whole file.
    assert _opens_of_source(tmp_path, "PySide6.QtWidgets") >= 1


def test_after_lantern_ui_a_later_module_is_imported_from_its_compiled_file(
    tmp_path: Path,
) -> None:
    assert _opens_of_source(tmp_path, "reader.ui.widgets") == 0

"""Spare every module imported after PySide6 its import hook's re-reading of the source."""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads the import hook this module changes)


def _uses_pyside(module: ModuleType) -> bool:
    """Say yes without reading the module's source: the default feature set for all."""
    # True gives a module the default feature set, which is what every module runs with in
    # a program that never imports __feature__; one that does still gets its own, as that
    # import records it before this is asked.
    return True


def skip_source_scan() -> None:
    """Stop PySide6 reading each later module's whole source to look for "PySide6" in it."""
    # After PySide6 is loaded, its import hook asks of every module imported whether it uses
    # PySide6, by reading its source (inspect.getsource): about 40 million instructions, 3% of
    # Lantern's start, for the 130 modules the first screen imports. The answer only matters
    # to `from __feature__ import ...` (snake_case, true_property), which Lantern never uses.
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _uses_pyside  # type: ignore[attr-defined]

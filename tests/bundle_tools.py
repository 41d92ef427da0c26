"""packaging/bundle_rules.py, loaded for the test files that check the build's rules."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _load_rules() -> ModuleType:
    """packaging/ is not a package (the name would shadow PyPI's "packaging"): load by path."""
    path = ROOT / "packaging" / "bundle_rules.py"
    spec = importlib.util.spec_from_file_location("bundle_rules", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


rules = _load_rules()

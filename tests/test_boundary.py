"""The Qt boundary: only reader/ui/ may import PySide6; nothing imports QtNetwork or QSettings."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
READER = ROOT / "reader"
UI = READER / "ui"
# Folders whose Python code ships or runs as part of Lantern (tests are checked separately).
CODE_FOLDERS = ("reader", "scripts", "benchmarks")
QSETTINGS = "Q" + "Settings"  # spelled apart so this file does not trip its own check


def python_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.py") if "__pycache__" not in p.parts)


def core_files() -> list[Path]:
    return [p for p in python_files(READER) if UI not in p.parents]


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """Every module a file imports, anywhere in it (inside functions too), with its line."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found += [(node.lineno, node.module)]
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
        elif isinstance(node, ast.Call) and _is_dynamic_import(node):
            argument = node.args[0]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                found.append((node.lineno, argument.value))
    return found


def _is_dynamic_import(node: ast.Call) -> bool:
    func = node.func
    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
    return name in ("import_module", "__import__") and bool(node.args)


def is_pyside(module: str) -> bool:
    return module == "PySide6" or module.startswith("PySide6.")


def where(path: Path, line: int) -> str:
    return f"{path.relative_to(ROOT)}:{line}"


# --- the parser itself works on known cases -----------------------------------------------


def test_import_finder_sees_every_kind_of_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os\n"
        "def later():\n"
        "    from PySide6 import QtWidgets\n"
        "    import importlib\n"
        "    importlib.import_module('PySide6.QtNetwork')\n"
        "    __import__('PySide6')\n"
        "from . import sibling\n",
        encoding="utf-8",
    )
    modules = [name for _, name in imported_modules(sample)]
    assert "os" in modules
    assert "PySide6" in modules
    assert "PySide6.QtWidgets" in modules
    assert "PySide6.QtNetwork" in modules
    assert "sibling" not in modules


def test_there_are_core_modules_to_check() -> None:
    names = {module_name(p) for p in core_files()}
    assert {"reader.articles", "reader.search", "reader.privacy", "reader.paths"} <= names
    assert not any(name.startswith("reader.ui") for name in names)


# --- static checks ------------------------------------------------------------------------


def test_no_core_file_imports_pyside6() -> None:
    offenders = [
        f"{where(path, line)} imports {module}"
        for path in core_files()
        for line, module in imported_modules(path)
        if is_pyside(module)
    ]
    assert offenders == []


def test_nothing_imports_qtnetwork() -> None:
    files = [p for folder in (*CODE_FOLDERS, "tests") for p in python_files(ROOT / folder)]
    offenders = [
        f"{where(path, line)} imports {module}"
        for path in files
        for line, module in imported_modules(path)
        if "QtNetwork" in module.split(".")
    ]
    assert offenders == []


def test_no_code_mentions_qsettings() -> None:
    files = [p for folder in CODE_FOLDERS for p in python_files(ROOT / folder)]
    offenders = [
        where(path, number)
        for path in files
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if QSETTINGS in line
    ]
    assert offenders == []


def test_no_test_uses_qsettings() -> None:
    # Tests may name it in a string (to check for it), but never import or call it.
    offenders = []
    for path in python_files(ROOT / "tests"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [getattr(node, "id", None), getattr(node, "attr", None)]
            if isinstance(node, ast.alias):
                names.append(node.name.rsplit(".", 1)[-1])
            if QSETTINGS in names:
                offenders.append(where(path, getattr(node, "lineno", 0)))
    assert offenders == []


# --- dynamic check: importing each core module really leaves Qt out -----------------------

CHECK = (
    "import sys\n"
    "sys.argv = ['lantern', '--version']\n"
    "try:\n"
    "    import {module}\n"
    "except SystemExit:\n"  # reader.__main__ runs the command line, which exits
    "    pass\n"
    "loaded = sorted(m for m in sys.modules if m == 'PySide6' or m.startswith('PySide6.'))\n"
    "print('QT-MODULES', loaded)\n"
    "sys.exit(1 if loaded else 0)\n"
)


def import_in_fresh_python(module: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-B", "-c", CHECK.format(module=module)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_import_check_catches_qt() -> None:
    result = import_in_fresh_python("PySide6.QtCore")
    assert "'PySide6.QtCore'" in result.stdout
    assert result.returncode == 1


@pytest.mark.parametrize("module", [module_name(p) for p in core_files()])
def test_importing_core_module_does_not_load_pyside6(module: str) -> None:
    result = import_in_fresh_python(module)
    assert "QT-MODULES []" in result.stdout, result.stdout + result.stderr
    assert result.returncode == 0, result.stderr

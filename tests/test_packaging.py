"""The installed package must carry every sub-package and the bundled content."""

from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

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


def _load_build(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """packaging/ is not a package (the name would shadow PyPI's "packaging"): load by path.

    The module is registered while the test runs: @dataclass looks its module up there.
    """
    path = ROOT / "packaging" / "build.py"
    spec = importlib.util.spec_from_file_location("lantern_build", path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("system", ["win32", "darwin"])
def test_build_script_refuses_other_systems_with_one_line(
    system: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No traceback and no build: one line on stderr pointing to the manual steps."""
    build = _load_build(monkeypatch)

    def must_not_run(*_: object) -> None:
        raise AssertionError("build.py started a step on a system it does not support")

    stages = ("build_lantern", "check_self_test", "measure", "write_archive")
    for stage in (*stages, "validate_linux_files"):
        monkeypatch.setattr(build, stage, must_not_run)
    monkeypatch.setattr(sys, "platform", system)
    assert build.main([]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "packaging/README.md" in captured.err
    assert system in captured.err

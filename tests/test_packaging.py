"""The installed package must carry every sub-package and the bundled content."""

from __future__ import annotations

import ast
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


def _spec_tree() -> ast.Module:
    return ast.parse((ROOT / "packaging" / "lantern.spec").read_text(encoding="utf-8"))


def _assigned(tree: ast.Module, name: str) -> ast.expr:
    """The value first assigned to a plain name in the spec."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            return node.value
    raise AssertionError(f"the spec never assigns {name}")


def test_frozen_program_runs_in_python_utf8_mode() -> None:
    """`X utf8` is the name the bootloader reads; `X utf8_mode=1` would be silently ignored."""
    tree = _spec_tree()
    assert ast.literal_eval(_assigned(tree, "PYTHON_OPTIONS")) == [("X utf8", None, "OPTION")]
    exes = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "EXE"
    ]
    assert len(exes) == 2  # the reader, and the Windows console twin for the tools
    for exe in exes:
        assert any(isinstance(arg, ast.Name) and arg.id == "PYTHON_OPTIONS" for arg in exe.args)


@pytest.mark.parametrize(
    "key",
    [
        "NSDocumentsFolderUsageDescription",
        "NSDesktopFolderUsageDescription",
        "NSRemovableVolumesUsageDescription",
    ],
)
def test_mac_bundle_explains_each_folder_save_a_copy_opens(key: str) -> None:
    """macOS shows this line when Save a copy's chooser first lists the folder or drive."""
    plist = _assigned(_spec_tree(), "info_plist")
    assert isinstance(plist, ast.Dict)
    pairs = zip(plist.keys, plist.values, strict=True)
    entries = {ast.literal_eval(k): v for k, v in pairs if k is not None}
    text = ast.literal_eval(entries[key])
    assert isinstance(text, str)
    assert "Save a copy" in text
    assert "\n" not in text

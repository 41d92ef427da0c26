"""A number too long for Python in any file Lantern reads is a clear problem, never a traceback.

Python refuses to read a whole number of more than 4,300 digits; tomllib then raised a plain
ValueError, which ended `lantern` (even --self-test), check-content and check-config in a
traceback: the help panel was never shown.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from reader.config_cli import check_config_main
from reader.contacts import load_all
from reader.context import AppContext
from reader.lint.cli import main as check_content_main
from reader.startup import build_context

LONG = "9" * 4301
TOO_LONG = "a number is too long: it has more than 4,300 digits"
ROOT = Path(__file__).resolve().parent.parent


def _clinic_config(tmp_path: Path, extra: Path) -> Path:
    config = tmp_path / "clinic.toml"
    config.write_text(f'[content]\nextra_folders = ["{extra.as_posix()}"]\n', encoding="utf-8")
    return config


def _context(config: Path) -> AppContext:
    return build_context(argparse.Namespace(config=str(config), region="GB", kiosk=False), env={})


def _check_content(folder: Path) -> tuple[int, str]:
    out = io.StringIO()
    sys_stdout, sys.stdout = sys.stdout, out
    try:
        code = check_content_main([str(folder)])
    finally:
        sys.stdout = sys_stdout
    return code, out.getvalue()


def _long_article(tmp_path: Path, write_article: Callable[..., Path]) -> Path:
    extra = tmp_path / "extra"
    write_article("clinic-welcome", title="Welcome to the clinic", folder=extra)
    path = write_article("clinic-long", folder=extra)
    text = path.read_text(encoding="utf-8").replace('title = "A title"', f"n = {LONG}", 1)
    path.write_text(text, encoding="utf-8")  # n is on the front matter's third line
    return path


def test_a_long_number_in_an_article_leaves_it_out_and_says_where(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    path = _long_article(tmp_path, write_article)
    context = _context(_clinic_config(tmp_path, path.parent))
    assert context.library.get("clinic-welcome") is not None
    assert context.library.get("clinic-long") is None
    found = [str(p) for p in context.problems if "clinic-long.md" in str(p.path)]
    assert len(found) == 1
    assert found[0].startswith(f"{path}:3: error: the front matter is not valid TOML: {TOO_LONG}")
    context.ensure_contacts()
    assert context.contacts  # the help panel has its contacts


def test_check_content_names_the_article_line(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    path = _long_article(tmp_path, write_article)
    code, text = _check_content(path.parent)
    assert code == 1
    assert f"{path}:3:5: F1 error: the front matter is not valid TOML: {TOO_LONG}" in text


def test_a_long_number_in_a_pack_manifest_is_a_problem(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    extra = tmp_path / "extra"
    write_article("clinic-welcome", title="Welcome to the clinic", folder=extra)
    manifest = extra / "pack.toml"
    manifest.write_text(f"[pack]\nn = {LONG}\n", encoding="utf-8")
    code, text = _check_content(extra)
    assert code == 1
    assert f"{manifest}:2:5: F4 error: not valid TOML: {TOO_LONG}" in text
    context = _context(_clinic_config(tmp_path, extra))
    assert context.library.get("clinic-welcome") is not None
    found = [str(p) for p in context.problems]
    assert any(p.startswith(f"{manifest}:2: error: ") and TOO_LONG in p for p in found)


def test_a_long_number_in_a_contacts_file_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "GB.toml"
    path.write_text(f'# United Kingdom\nregion = "GB"\nn = {LONG}\n', encoding="utf-8")
    regions, problems = load_all(tmp_path)
    assert "GB" not in regions
    assert [str(p) for p in problems] == [f"{path}:3: error: is not valid TOML: {TOO_LONG}"]


def test_check_config_names_the_line(tmp_path: Path) -> None:
    config = tmp_path / "lantern.toml"
    config.write_text(f'[clinic]\nname = "Riverside"\nn = {LONG}\n', encoding="utf-8")
    out = io.StringIO()
    assert check_config_main([str(config)], stdout=out, env={}) == 1
    assert f"{config}:3: error: the file is not valid TOML: {TOO_LONG}" in out.getvalue()
    context = _context(config)
    assert any(TOO_LONG in str(p) for p in context.problems)


def test_the_app_still_starts_with_help_when_the_configuration_has_one(tmp_path: Path) -> None:
    config = tmp_path / "lantern.toml"
    config.write_text(f'[clinic]\nname = "Riverside"\nn = {LONG}\n', encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.pop("LANTERN_CONFIG", None)
    done = subprocess.run(
        [sys.executable, "-m", "reader", "--self-test", "--config", str(config)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert "Traceback" not in done.stderr
    assert f"{config}:3: error: the file is not valid TOML: {TOO_LONG}" in done.stderr
    assert done.returncode == 0, done.stdout + done.stderr  # every screen, help among them

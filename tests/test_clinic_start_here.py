"""A clinic pack's start_here (CONTENT.md) sets the home's "Start here"; the configuration's wins.

It was ignored: only the bundled pack.toml was read, though check-content checked it.
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable
from pathlib import Path

from reader import paths
from reader.config_cli import check_config_main
from reader.context import AppContext
from reader.startup import build_context, pack_start_here

BUNDLED = pack_start_here(paths.content_dir() / "pack.toml")


def _folder(tmp_path: Path, write_article: Callable[..., Path], name: str, pack: str) -> Path:
    folder = tmp_path / name
    write_article(f"{name}-welcome", title=f"Welcome from {name}", folder=folder)
    if pack:
        (folder / "pack.toml").write_text(pack, encoding="utf-8")
    return folder


def _config(tmp_path: Path, folders: list[Path], more: str = "") -> Path:
    config = tmp_path / "clinic.toml"
    listed = ", ".join(f'"{folder.as_posix()}"' for folder in folders)
    config.write_text(f"[content]\nextra_folders = [{listed}]\n{more}", encoding="utf-8")
    return config


def _context(config: Path) -> AppContext:
    return build_context(argparse.Namespace(config=str(config), region="GB", kiosk=False), env={})


def test_the_bundled_pack_has_a_start_here() -> None:
    assert len(BUNDLED) >= 2  # so that each test below shows a change


def test_a_clinic_pack_sets_start_here(tmp_path: Path, write_article: Callable[..., Path]) -> None:
    pack = '[pack]\ntitle = "Riverside"\nstart_here = ["ours-welcome", "talking-to-someone"]\n'
    context = _context(_config(tmp_path, [_folder(tmp_path, write_article, "ours", pack)]))
    assert context.start_here == ("ours-welcome", "talking-to-someone")
    assert context.problems == []


def test_without_one_lantern_s_own_is_shown(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    folders = [
        _folder(tmp_path, write_article, "plain", ""),
        _folder(tmp_path, write_article, "titled", '[pack]\ntitle = "Riverside"\n'),
    ]
    assert _context(_config(tmp_path, folders)).start_here == BUNDLED


def test_the_first_clinic_pack_with_one_wins(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    folders = [
        _folder(tmp_path, write_article, "none", ""),
        _folder(tmp_path, write_article, "first", '[pack]\nstart_here = ["first-welcome"]\n'),
        _folder(tmp_path, write_article, "second", '[pack]\nstart_here = ["second-welcome"]\n'),
    ]
    assert _context(_config(tmp_path, folders)).start_here == ("first-welcome",)


def test_the_configuration_s_start_here_wins(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    folder = _folder(tmp_path, write_article, "ours", '[pack]\nstart_here = ["ours-welcome"]\n')
    config = _config(tmp_path, [folder], '\nstart_here = ["riding-out-an-urge"]\n')
    assert _context(config).start_here == ("riding-out-an-urge",)


def test_ids_not_shown_are_left_out_and_one_that_did_not_load_is_said(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    pack = (
        "[pack]\nstart_here = [\n"
        '  "ours-welcome",\n  "no-such-page",\n  "riding-out-an-urge",\n  "ours-welcome",\n]\n'
    )
    folder = _folder(tmp_path, write_article, "ours", pack)
    config = _config(tmp_path, [folder], 'hidden = ["riding-out-an-urge"]\n')
    context = _context(config)
    assert context.start_here == ("ours-welcome",)  # hidden on purpose: left out unsaid
    assert [str(p) for p in context.problems] == [
        f"{folder / 'pack.toml'}:4: warning: start_here lists 'no-such-page', which did not load;"
        " left out"
    ]
    out = io.StringIO()
    assert check_config_main([str(config)], stdout=out, env={}) == 0  # a warning, no error
    assert "start_here lists 'no-such-page', which did not load" in out.getvalue()


def test_a_clinic_start_here_with_nothing_shown_leaves_lantern_s_own(
    tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    folder = _folder(tmp_path, write_article, "ours", '[pack]\nstart_here = ["no-such-page"]\n')
    context = _context(_config(tmp_path, [folder]))
    assert context.start_here == BUNDLED
    assert len(context.problems) == 1

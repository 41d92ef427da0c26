"""Thousands of bad entries cost one reading of the file and one listing of the folders.

Each problem used to read the configuration file again, and each unknown id listed the
extra folders again, so check-config and the app's start-up grew with the square of the
number of entries. These count the readings instead of timing them.
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from reader import clinic_content
from reader.config import loader
from reader.config_cli import check_config_main
from reader.startup import build_context

UNSAFE = "Some people committed suicide."
BROKEN = '+++\nid = "our-broken-page"\ntitle = "Broken"\ntopics = "feelings"\n+++\nHello.\n'


def _counted(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[object]:
    """Count calls to module.name, which still does its work."""
    calls: list[object] = []
    real = getattr(module, name)

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return calls


def _config(tmp_path: Path, extra: list[str], hidden: list[str], start: list[str]) -> Path:
    def toml_list(items: list[str]) -> str:
        return "[" + ", ".join(f'"{item}"' for item in items) + "]"

    path = tmp_path / "clinic.toml"
    path.write_text(
        f"[content]\nextra_folders = {toml_list(extra)}\nhidden = {toml_list(hidden)}\n"
        f"start_here = {toml_list(start)}\n",
        encoding="utf-8",
    )
    return path


def _check(config: Path) -> list[str]:
    out = io.StringIO()
    check_config_main([str(config)], stdout=out, env={})
    return out.getvalue().splitlines()


@pytest.fixture
def clinic(tmp_path: Path, write_article: Callable[..., Path]) -> Path:
    """A clinic folder with a good article and one the checker refuses."""
    folder = tmp_path / "extra"
    write_article("clinic-welcome", title="Welcome to the clinic", folder=folder)
    write_article("our-drop-in-service", title="Our drop-in", body=UNSAFE, folder=folder)
    (folder / "broken.md").write_text(BROKEN, encoding="utf-8")
    return folder


def test_many_unusable_folders_read_the_file_once(
    tmp_path: Path, clinic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = [f"/nonexistent/folder-{index}" for index in range(300)]
    config = _config(tmp_path, [clinic.as_posix(), *missing], [], [])
    reads = _counted(monkeypatch, loader, "read_config_text")
    lines = _check(config)
    assert len([line for line in lines if "does not exist" in line]) == 300
    assert all(line.startswith(f"{config}:2: error: ") for line in lines if "does not" in line)
    assert len(reads) == 1


def test_many_unknown_ids_list_the_folders_once(
    tmp_path: Path, clinic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hidden = [f"no-such-{index}" for index in range(300)] + ["our-broken-page"]
    start = [f"not-here-{index}" for index in range(300)] + ["our-drop-in-service"]
    missing = [f"/nonexistent/folder-{index}" for index in range(50)]
    config = _config(tmp_path, [clinic.as_posix(), *missing], hidden, start)
    listings = _counted(monkeypatch, clinic_content, "article_paths")
    reads = _counted(monkeypatch, loader, "read_config_text")
    lines = _check(config)
    assert len([line for line in lines if "nothing is hidden for it" in line]) == 300
    assert len([line for line in lines if "; left out" in line and "not-here-" in line]) == 300
    errors = [line for line in lines if "has errors (" in line]
    assert errors == [
        f"{config}:3: warning: content.hidden: 'our-broken-page' has errors "
        f"({clinic / 'broken.md'}:1), so it is not shown anyway",
        f"{config}:4: warning: content.start_here: 'our-drop-in-service' has errors "
        f"({clinic / 'our-drop-in-service.md'}:14) and is not shown",
    ]
    # A few times in all (loading, then finding errors), not once for each of the 600 ids,
    # nor once for each problem (it was 1,205 readings of the file).
    assert len(listings) <= 4
    assert len(reads) <= 4


def test_the_app_reads_the_file_once_for_many_bad_folders(
    tmp_path: Path, clinic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = [f"/nonexistent/folder-{index}" for index in range(300)]
    config = _config(tmp_path, [clinic.as_posix(), *missing], [], [])
    reads = _counted(monkeypatch, loader, "read_config_text")
    args = argparse.Namespace(config=str(config), region="GB", kiosk=False)
    problems = build_context(args, env={}).problems
    assert len([p for p in problems if "does not exist" in p.message]) == 300
    assert len(reads) == 1

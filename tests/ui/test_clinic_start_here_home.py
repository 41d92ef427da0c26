"""The home's "Start here" cards are a clinic pack's start_here when it sets one (CONTENT.md)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.startup import build_context
from tests.ui.window_helpers import MakeWindow


def test_a_clinic_pack_s_start_here_is_what_home_starts_with(
    qtbot: QtBot, make_window: MakeWindow, tmp_path: Path, write_article: Callable[..., Path]
) -> None:
    folder = tmp_path / "riverside"
    write_article("our-drop-in", title="Our drop-in", folder=folder)
    (folder / "pack.toml").write_text(
        '[pack]\nstart_here = ["our-drop-in", "talking-to-someone"]\n', encoding="utf-8"
    )
    config = tmp_path / "clinic.toml"
    config.write_text(f'[content]\nextra_folders = ["{folder.as_posix()}"]\n', encoding="utf-8")
    args = argparse.Namespace(config=str(config), region="GB", kiosk=False)
    window = make_window(build_context(args, env={}))
    qtbot.waitUntil(lambda: window.home.complete)
    starters = [key for key in window.home.cards if key.startswith("start:")]
    assert starters == ["start:our-drop-in", "start:talking-to-someone"]

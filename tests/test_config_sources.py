"""Configuration sources: missing or unreadable files, and the order files and flags merge in."""

from __future__ import annotations

import argparse
import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.config import ENV_VAR, Config, config_files, load_config, system_config_path
from reader.region import LOCALE_VARIABLES
from reader.startup import build_context
from tests.config_helpers import assert_locked, load_text, only

# --- missing and unreadable files ------------------------------------------------------------


@pytest.mark.parametrize("source", ["env", "option"])
def test_a_named_file_that_is_not_there_locks(tmp_path: Path, source: str) -> None:
    """A typo in --config or LANTERN_CONFIG must not start an autostarted kiosk unlocked."""
    system = tmp_path / "system.toml"
    system.write_text("[kiosk]\nenabled = false\nallow_printing = true\n")
    missing = tmp_path / "lantern.tml"
    env = {ENV_VAR: str(missing)} if source == "env" else {}
    config, problems = load_config(
        missing if source == "option" else None, env=env, system_path=system
    )
    assert_locked(config)
    lock = only(problems, "kiosk.enabled")
    assert lock.path == str(missing)
    named_by = "LANTERN_CONFIG" if source == "env" else "--config"
    assert f"the configuration file named by {named_by} was not found" in lock.message
    assert "kiosk mode is turned on" in lock.message
    assert "no exit from inside the app" in lock.message
    assert len(problems) == 1


def test_empty_lantern_config_is_ignored(tmp_path: Path) -> None:
    _, problems = load_config(env={"LANTERN_CONFIG": ""}, system_path=tmp_path / "absent.toml")
    assert problems == []


def test_a_folder_instead_of_a_file_locks(tmp_path: Path) -> None:
    config, problems = load_config(tmp_path, env={}, system_path=tmp_path / "absent.toml")
    assert_locked(config)  # something is there, and it may be what locks this machine
    assert len(problems) == 1
    assert "could not be read: this is a folder" in problems[0].message
    assert "kiosk mode is turned on" in problems[0].message


def _dangling(tmp_path: Path) -> Path:
    link = tmp_path / "lantern.toml"
    link.symlink_to(tmp_path / "share-not-mounted" / "lantern.toml")
    return link


def _loop(tmp_path: Path) -> Path:
    link = tmp_path / "loop.toml"
    link.symlink_to(link)
    return link


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    return folder


UNUSABLE = [
    (_dangling, "a link to something that does not exist"),
    (_loop, "could not be read"),
    (_folder, "this is a folder"),
]


@pytest.mark.parametrize(("make", "said"), UNUSABLE)
@pytest.mark.parametrize("source", ["system", "env", "option"])
def test_a_path_that_exists_but_cannot_be_used_locks_from_every_source(
    tmp_path: Path, make: Callable[[Path], Path], said: str, source: str
) -> None:
    path = make(tmp_path)
    system = path if source == "system" else tmp_path / "absent.toml"
    env = {ENV_VAR: str(path)} if source == "env" else {}
    config, problems = load_config(
        path if source == "option" else None, env=env, system_path=system
    )
    assert_locked(config)
    lock = only(problems, "kiosk.enabled")
    assert said in lock.message
    assert str(path) == lock.path


def test_an_io_error_locks(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "lantern.toml"
    path.write_text("[kiosk]\nenabled = false\n")
    original = os.open

    def fail(target, *args, **kwargs):
        if Path(target) == path:
            raise OSError(errno.EIO, "Input/output error")
        return original(target, *args, **kwargs)

    monkeypatch.setattr(os, "open", fail)
    config, problems = load_config(env={}, system_path=path)
    assert_locked(config)
    assert "Input/output error" in only(problems, "kiosk.enabled").message


def test_a_system_path_where_nothing_exists_is_no_file(tmp_path: Path) -> None:
    (tmp_path / "etc").write_text("not a folder")  # .../etc/lantern.toml cannot exist
    for absent in (tmp_path / "absent.toml", tmp_path / "etc" / "lantern.toml"):
        config, problems = load_config(env={}, system_path=absent)
        assert problems == []
        assert config == Config.defaults()


def test_broken_toml_without_kiosk_is_ignored(tmp_path: Path) -> None:
    config, problems = load_text(tmp_path, "[display]\nzoom = \n")
    assert config == Config.defaults()
    assert len(problems) == 1
    assert "not valid TOML" in problems[0].message
    assert problems[0].line == 2


def test_empty_file_is_fine(tmp_path: Path) -> None:
    config, problems = load_text(tmp_path, "")
    assert problems == []
    assert config == Config.defaults()


# --- merge order -----------------------------------------------------------------------------


def test_merge_order_later_wins(tmp_path: Path) -> None:
    system = tmp_path / "system.toml"
    system.write_text(
        '[display]\nzoom = 110\ntheme = "dark"\neasier_reading = true\n[clinic]\nname = "S"\n'
    )
    env_file = tmp_path / "env.toml"
    env_file.write_text('[display]\nzoom = 120\ntheme = "light"\n[clinic]\nname = "E"\n')
    explicit = tmp_path / "explicit.toml"
    explicit.write_text('[display]\nzoom = 130\n[clinic]\nname = "X"\n')
    config, problems = load_config(
        explicit,
        env={"LANTERN_CONFIG": str(env_file)},
        overrides={"display.zoom": 140},
        system_path=system,
    )
    assert problems == []
    assert config.display.zoom == 140
    assert config.origins["display.zoom"] == "command line"
    assert config.clinic.name == "X"
    assert config.origins["clinic.name"] == str(explicit)
    assert config.display.theme == "light"
    assert config.origins["display.theme"] == str(env_file)
    assert config.display.easier_reading is True
    assert config.origins["display.easier_reading"] == str(system)
    assert config.origins["region"] == "built-in default"


def test_a_later_file_replaces_a_list(tmp_path: Path) -> None:
    system = tmp_path / "system.toml"
    system.write_text('[content]\nhidden = ["a", "b"]\n')
    config, _ = load_text(tmp_path, '[content]\nhidden = ["c"]\n', system_path=system)
    assert config.content.hidden == ("c",)


def test_kiosk_flag_override(tmp_path: Path) -> None:
    config, problems = load_text(tmp_path, "", overrides={"kiosk.enabled": True})
    assert problems == []
    assert config.kiosk.enabled is True
    assert config.origins["kiosk.enabled"] == "command line"


def test_bad_overrides_are_reported(tmp_path: Path) -> None:
    config, problems = load_text(tmp_path, "", overrides={"region": "Narnia", "kiosk.on": True})
    assert config.region == "anywhere"  # --region GBR: general guidance, not the computer's
    assert {p.path for p in problems} == {"command line"}
    assert {p.key for p in problems} == {"region", "kiosk.on"}
    assert all(p.line == 0 for p in problems)
    assert str(only(problems, "region")).startswith("command line: error: region")


@pytest.mark.parametrize("typed", ["GBR", "G B", "uk!"])
def test_a_mistyped_region_never_shows_the_computers_country(
    typed: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """--region GBR on a computer set to en_US showed the US lines (988, 911) to a UK reader."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    context = build_context(argparse.Namespace(config=None, region=typed, kiosk=False), env={})
    context.ensure_contacts()
    assert context.region == "anywhere"


def test_a_config_path_starting_with_a_tilde_is_in_the_home_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The shell leaves ~ in --config=~/lantern.toml: the file was "not found", and the kiosk
    # started locked with no way out.
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "lantern.toml").write_text('[clinic]\nname = "Oak Street"\n', encoding="utf-8")
    system = tmp_path / "none.toml"
    named = load_config("~/lantern.toml", env={}, system_path=system)
    from_env = load_config(env={ENV_VAR: "~/lantern.toml"}, system_path=system)
    for config, problems in (named, from_env):
        assert (config.clinic.name, problems) == ("Oak Street", [])


def test_system_path_default_is_the_platform_path(tmp_path: Path, monkeypatch) -> None:
    # Which path that is on each platform is test_config's; here, that it is the one read.
    assert config_files(env={}) == [(system_config_path(env={}), False, "system-wide")]
    system = tmp_path / "system.toml"
    system.write_text('[clinic]\nname = "From system"\n', encoding="utf-8")
    monkeypatch.setattr("reader.config.loader.system_config_path", lambda env: system)
    config, problems = load_config(env={})
    assert problems == []
    assert config.clinic.name == "From system"
    assert config.origins["clinic.name"] == str(system)

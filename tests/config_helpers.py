"""Helpers shared by the configuration test files: load one TOML text, pick a problem."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reader.config import Config, ConfigProblem, load_config


def load_text(tmp_path: Path, text: str, name: str = "clinic.toml", **kwargs: Any):
    """Write one file and load it as --config, with no system file and no environment."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    kwargs.setdefault("env", {})
    kwargs.setdefault("system_path", tmp_path / "no-system.toml")
    return load_config(path, **kwargs)


def only(problems: list[ConfigProblem], key: str) -> ConfigProblem:
    """The one problem about key; fails if there is none or more than one."""
    matching = [p for p in problems if p.key == key]
    assert len(matching) == 1, problems
    return matching[0]


def assert_locked(config: Config, pin: str = "") -> None:
    """Kiosk mode is on, with no way out (or only pin) and no printing."""
    assert config.kiosk.enabled is True
    assert config.kiosk.admin_pin_hash == pin
    assert config.kiosk.allow_printing is False


def one_local_contact(kind: str, value: str) -> str:
    """A configuration with one clinic service and one way to reach it (value as TOML text)."""
    return (
        '[[contacts.local]]\nname = "X"\ndescription = "d"\naudience = "a"\n'
        'languages = ["English"]\nsource = "s"\nhours = { always_open = true }\n'
        f'[[contacts.local.contact]]\ntype = "{kind}"\nvalue = "{value}"\n'
    )

"""The effective configuration as typed, frozen settings, and configuration problems."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from reader.config.schema import SETTINGS
from reader.problems import Problem


def system_config_path(platform: str = sys.platform, env: Mapping[str, str] = os.environ) -> Path:
    """Where the system-wide file lives on this operating system."""
    if platform.startswith("win"):
        base = env.get("PROGRAMDATA") or r"C:\ProgramData"
        return Path(base) / "Lantern" / "lantern.toml"
    if platform == "darwin":
        return Path("/Library/Application Support/Lantern/lantern.toml")
    return Path("/etc/lantern/lantern.toml")


@dataclass(frozen=True)
class ConfigProblem(Problem):
    """A configuration problem: which key, what is wrong and the value used instead."""

    key: str = ""
    used: str = ""

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else f"{self.path}"
        return f"{where}: {self.severity}: {self.message}"


# The sections are named tuples, not dataclasses: made on every start, where a frozen
# dataclass compiles six methods from source (about 3 million instructions each class).
class ClinicSettings(NamedTuple):
    """[clinic]: who runs this machine."""

    name: str
    welcome: str


class KioskSettings(NamedTuple):
    """[kiosk]: the waiting-room lock-down."""

    enabled: bool
    idle_timeout: int
    warning_seconds: int
    admin_pin_hash: str
    allow_printing: bool


class ContactSettings(NamedTuple):
    """[contacts]: the clinic's own services as raw tables for reader.contacts to read."""

    local: tuple[dict[str, Any], ...]


class ContentSettings(NamedTuple):
    """[content]: extra articles, hidden articles and the start-here path."""

    extra_folders: tuple[str, ...]
    hidden: tuple[str, ...]
    start_here: tuple[str, ...]


class DisplaySettings(NamedTuple):
    """[display]: the look a session starts with and a kiosk reset returns to."""

    zoom: int
    theme: str
    easier_reading: bool


_SECTION_TYPES: dict[str, type] = {
    "clinic": ClinicSettings,
    "kiosk": KioskSettings,
    "contacts": ContactSettings,
    "content": ContentSettings,
    "display": DisplaySettings,
}


@dataclass(frozen=True)
class Config:
    """The effective settings; `origins` says where each value came from."""

    clinic: ClinicSettings
    kiosk: KioskSettings
    region: str
    contacts: ContactSettings
    content: ContentSettings
    display: DisplaySettings
    origins: Mapping[str, str] = field(default_factory=dict, compare=False)

    @classmethod
    def from_values(
        cls, values: Mapping[str, Any], origins: Mapping[str, str] | None = None
    ) -> Config:
        """Build a Config from a complete {dotted name: value} mapping."""
        parts: dict[str, Any] = {}
        for section, kind in _SECTION_TYPES.items():
            prefix = section + "."
            leaves = {k[len(prefix) :]: v for k, v in values.items() if k.startswith(prefix)}
            parts[section] = kind(**leaves)
        return cls(region=values["region"], origins=dict(origins or {}), **parts)

    @classmethod
    def defaults(cls) -> Config:
        """The built-in defaults: no kiosk, automatic region, nothing extra."""
        return cls.from_values({s.name: s.default for s in SETTINGS})

    def get(self, name: str) -> Any:
        """A setting's value by its dotted name, such as "kiosk.idle_timeout"."""
        section, _, leaf = name.rpartition(".")
        return getattr(getattr(self, section) if section else self, leaf)

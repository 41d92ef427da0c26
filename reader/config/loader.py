"""Read the TOML sources in order and merge them over the defaults, reporting every problem."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.config.model import Config, ConfigProblem, system_config_path
from reader.config.reading import (
    FileRefused,
    NotUtf8,
    home_expanded,
    in_quotes,
    read_config_bytes,
    read_config_text,
    saved_as_txt,
    txt_beside_may_lock,
)
from reader.config.schema import SETTINGS

if TYPE_CHECKING:
    from reader.config.keylines import KeyLines

ENV_VAR = "LANTERN_CONFIG"
COMMAND_LINE = "command line"
DEFAULT_ORIGIN = "built-in default"
# `--config ""`: Path("") would be the current folder, and its message would name "."
EMPTY_PATH = "named by --config, but empty"


class Merge:
    """The values merged so far, where each came from, and every problem found."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {s.name: s.default for s in SETTINGS}
        self.origins: dict[str, str] = dict.fromkeys(self.values, DEFAULT_ORIGIN)
        self.problems: list[ConfigProblem] = []
        self.unknown = 0  # unknown keys seen in the file being read

    def report(self, where: str, line: int, key: str, message: str, used: str = "") -> None:
        self.problems.append(ConfigProblem(where, line, message, key=key, used=used))

    def set(self, name: str, value: Any, origin: str) -> None:
        self.values[name] = value
        self.origins[name] = origin

    def lock(self, where: str, line: int, reason: str, section_lost: bool) -> None:
        """Fail closed: kiosk on; when the section was unreadable, also no printing and no exit."""
        origin = f"{where} (locked: {reason})"
        self.set("kiosk.enabled", True, origin)
        note = ""
        if section_lost:
            self.set("kiosk.allow_printing", False, origin)
            self.set("kiosk.admin_pin_hash", "", origin)
            note = "; the admin PIN could not be read, so there is no exit from inside the app"
        # "Turned on", not "stays on": the author of a misspelt `enable = false` wanted it off.
        message = f"{reason}, so kiosk mode is turned on to keep the machine locked{note}"
        self.report(where, line, "kiosk.enabled", message, "true")


def _read(state: Merge, path: Path, required: bool, named_by: str) -> bytes | None:
    """The file's bytes, or None after reporting why it could not be read.

    Only where nothing exists is there no file, and only for the system-wide path. Anything
    else that is there but cannot be used (a folder, a pipe, a link to a share not mounted yet,
    a read error) has unknown contents: it may be what locks this kiosk, so it locks, whichever
    source names it. So does a file named on purpose (LANTERN_CONFIG, --config) that is not
    there: a typo in the path must not start an autostarted kiosk unlocked.
    """
    where = str(path)
    if named_by == EMPTY_PATH:
        why = "the path is empty (is the configuration file's name missing?)"
        state.lock('--config ""', 0, why, True)
        return None
    try:
        return read_config_bytes(path)
    except (FileNotFoundError, NotADirectoryError):
        if os.path.lexists(path):  # a link to nothing
            why = "it is a link to something that does not exist (a share not mounted yet?)"
            state.lock(where, 0, f"the file could not be read: {why}", True)
        elif required:
            why = f"the configuration file {named_by} was not found (is the path mistyped?)"
            misnamed = in_quotes(path) or saved_as_txt(path)
            state.lock(where, 0, f"{why}; {misnamed}" if misnamed else why, True)
        elif misnamed := saved_as_txt(path):  # else the clinic's settings are silently unused
            why = f"there is no file here, but {misnamed}; until then it is not read"
            if txt_beside_may_lock(path):  # it may be the clinic's kiosk settings: fail closed
                state.lock(where, 0, why, True)
            else:
                state.report(where, 0, "", why)
    except PermissionError:
        state.lock(where, 0, "the file could not be read (permission denied)", True)
    except FileRefused as refused:
        if refused.contents_unknown:
            state.lock(where, 0, str(refused), True)
            return None
        state.report(where, 0, "", f"{refused}; nothing in it was used")
        if refused.mentions_kiosk:
            state.lock(where, 0, "the file mentions kiosk but was not read", True)
    except OSError as error:
        why = f"the file could not be read: {error.strerror or error}"
        state.lock(where, 0, f"{why}; {in_quotes(path)}" if in_quotes(path) else why, True)
    return None


def load_files(
    files: list[tuple[Path, bool, str]], overrides: Mapping[str, Any] | None = None
) -> tuple[Config, list[ConfigProblem]]:
    """Merge (path, required, named_by) files in order, then overrides, over the defaults."""
    state = Merge()
    for path, required, named_by in files:
        raw = _read(state, path, required, named_by)
        if raw is not None:
            # Only now: checking a file's values takes its parser, line finder and hints,
            # about 20 million instructions to import, and most starts have no file at all.
            from reader.config.merging import merge_file

            merge_file(state, path, raw)
    if overrides:
        from reader.config.merging import merge_overrides  # the same, for command-line flags

        merge_overrides(state, overrides)
    return Config.from_values(state.values, state.origins), state.problems


def config_files(
    explicit_path: str | Path | None = None,
    env: Mapping[str, str] = os.environ,
    system_path: str | Path | None = None,
) -> list[tuple[Path, bool, str]]:
    """The files to read, in merge order, as (path, required, named_by)."""
    system = Path(system_path) if system_path is not None else system_config_path(env=env)
    files = [(system, False, "system-wide")]
    if env.get(ENV_VAR):
        files.append((home_expanded(env[ENV_VAR]), True, f"named by {ENV_VAR}"))
    if explicit_path is not None:
        named_by = "named by --config" if str(explicit_path) else EMPTY_PATH
        files.append((home_expanded(explicit_path), True, named_by))
    return files


def load_config(
    explicit_path: str | Path | None = None,
    env: Mapping[str, str] = os.environ,
    overrides: Mapping[str, Any] | None = None,
    system_path: str | Path | None = None,
) -> tuple[Config, list[ConfigProblem]]:
    """Defaults, system file, LANTERN_CONFIG, --config FILE, then flags: later wins."""
    return load_files(config_files(explicit_path, env, system_path), overrides)


def setting_line(path: Path, name: str) -> int:
    """The line where a readable file sets name (for checks made later); 0 if not found."""
    lines = key_lines(path)
    return lines.line_of(name) if lines else 0


def key_lines(path: Path) -> KeyLines | None:
    """Where a readable file sets each key and list item; None if it cannot be read."""
    from reader.config.keylines import KeyLines  # only for a file that exists

    try:
        return KeyLines(read_config_text(path))
    except (OSError, FileRefused, NotUtf8):
        return None


class SettingPlaces:
    """(file, line) where a setting, or one item of its list, was written; each file read once."""

    def __init__(self, config: Config) -> None:
        self._config = config
        self._read: dict[str, KeyLines | None] = {}

    def of(self, name: str, index: int | None = None) -> tuple[str, int]:
        """Where name (or its index-th item) is set; line 0 if not in a readable file."""
        origin = self._config.origins.get(name, "configuration")
        # The origin is a file's path, or words such as "built-in default" (no such file: 0).
        if origin not in self._read:
            self._read[origin] = key_lines(Path(origin))
        lines = self._read[origin]
        return origin, lines.line_of(name, index) if lines else 0

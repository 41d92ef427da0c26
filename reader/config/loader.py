"""Read the TOML sources in order and merge them over the defaults, reporting every problem."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reader.config.checks import SettingError, check_value, toml_text
from reader.config.model import Config, ConfigProblem, system_config_path
from reader.config.schema import BY_NAME, SECTIONS, SETTINGS, Setting, suggest

ENV_VAR = "LANTERN_CONFIG"
COMMAND_LINE = "command line"
DEFAULT_ORIGIN = "built-in default"


class KeyLines:
    """Finds the line where a dotted key is written, by scanning the TOML text."""

    _HEADER = re.compile(r"^\s*(\[\[?)\s*([^\[\]]+?)\s*\]\]?\s*(?:#.*)?$")
    _KEY = re.compile(r"^\s*([A-Za-z0-9_\-\"'. ]+?)\s*=")

    def __init__(self, text: str) -> None:
        self.keys: dict[str, int] = {}
        self.arrays: dict[str, list[int]] = {}
        table, in_string = "", False
        for number, line in enumerate(text.splitlines(), start=1):
            quotes = line.count('"""') + line.count("'''")
            if in_string or quotes % 2:
                in_string = in_string != bool(quotes % 2)
                continue  # inside a multi-line string nothing is a key
            header = self._HEADER.match(line)
            if header:
                table = _dotted(header.group(2))
                self.keys.setdefault(table, number)
                if header.group(1) == "[[":
                    self.arrays.setdefault(table, []).append(number)
                continue
            key = self._KEY.match(line)
            if key:
                name = _dotted(key.group(1))
                self.keys.setdefault(f"{table}.{name}" if table else name, number)

    def line_of(self, name: str, index: int | None = None) -> int:
        """The line of a key (or of the index-th [[array]] entry); its table's line; else 0."""
        if index is not None and index < len(self.arrays.get(name, [])):
            return self.arrays[name][index]
        while name:
            if name in self.keys:
                return self.keys[name]
            name = name.rpartition(".")[0]
        return 0


def _dotted(text: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in text.split("."))


class _Merge:
    """The values merged so far, where each came from, and every problem found."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {s.name: s.default for s in SETTINGS}
        self.origins: dict[str, str] = dict.fromkeys(self.values, DEFAULT_ORIGIN)
        self.problems: list[ConfigProblem] = []

    def report(self, where: str, line: int, key: str, message: str, used: str = "") -> None:
        self.problems.append(ConfigProblem(where, line, message, key=key, used=used))

    def set(self, name: str, value: Any, origin: str) -> None:
        self.values[name] = value
        self.origins[name] = origin

    def apply(self, setting: Setting, value: Any, where: str, lines: KeyLines | None) -> bool:
        """Merge one value; report and fall back when it is unusable. True if fully valid."""
        line = lines.line_of(setting.name) if lines else 0
        try:
            checked = check_value(setting, value)
        except SettingError as error:
            self._fall_back(setting, str(error), where, line)
            return False
        self.set(setting.name, checked.value, where)
        for index, message in checked.item_errors:
            item_line = lines.line_of(setting.name, index) if lines else 0
            note = f"{setting.name}: {message}; left out"
            self.report(where, item_line, setting.name, note, toml_text(checked.value))
        return not checked.item_errors

    def _fall_back(self, setting: Setting, error: str, where: str, line: int) -> None:
        if setting.safe is not None:
            self.set(setting.name, setting.safe, f"{where} (safe value after an error)")
        used = self.values[setting.name]
        origin = self.origins[setting.name]
        note = _SAFE_NOTES.get(setting.name, f"using {toml_text(used)} ({origin})")
        self.report(where, line, setting.name, f"{setting.name} {error}; {note}", toml_text(used))

    def lock(self, where: str, line: int, reason: str, section_lost: bool) -> None:
        """Fail closed: kiosk on; when the section was unreadable, also no printing and no exit."""
        origin = f"{where} (locked: {reason})"
        self.set("kiosk.enabled", True, origin)
        note = ""
        if section_lost:
            self.set("kiosk.allow_printing", False, origin)
            self.set("kiosk.admin_pin_hash", "", origin)
            note = "; the admin PIN could not be read, so there is no exit from inside the app"
        message = f"{reason}, so kiosk mode stays on to keep the machine locked{note}"
        self.report(where, line, "kiosk.enabled", message, "true")


_SAFE_NOTES = {
    "kiosk.enabled": "using true: kiosk mode stays on while its setting is unclear",
    "kiosk.admin_pin_hash": 'using "": there is no exit from inside the app until it is fixed',
    "kiosk.allow_printing": "using false: printing stays off",
}


def _read(state: _Merge, path: Path, required: bool, named_by: str) -> bytes | None:
    """The file's bytes, or None after reporting why it could not be read."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        if required:
            state.report(str(path), 0, "", f"the configuration file {named_by} does not exist")
    except PermissionError:
        # The file exists but its contents are unknown: it may be what locks this kiosk.
        state.lock(str(path), 0, "the file could not be read (permission denied)", True)
    except OSError as error:
        state.report(str(path), 0, "", f"the file could not be read: {error.strerror or error}")
    return None


def _parse(state: _Merge, path: Path, raw: bytes) -> tuple[dict[str, Any], KeyLines] | None:
    """The file's TOML tables, or None after reporting (and locking if it mentions kiosk)."""
    import tomllib  # only when there is a configuration file; most starts have none

    try:
        text = raw.decode("utf-8")
        return tomllib.loads(text), KeyLines(text)
    except UnicodeDecodeError:
        line, message = 0, "the file is not UTF-8 text"
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"line (\d+)", str(error))
        line, message = int(found.group(1)) if found else 0, f"the file is not valid TOML: {error}"
    except RecursionError:
        line, message = 0, "the file is not valid TOML: it is nested too deeply"
    state.report(str(path), line, "", message + "; nothing in it was used")
    if b"kiosk" in raw.lower():
        state.lock(str(path), line, "the file mentions kiosk but could not be read", True)
    return None


def _unknown(state: _Merge, where: str, line: int, key: str) -> None:
    guess = suggest(key)
    hint = f"; did you mean {guess}?" if guess else ""
    if guess and "." not in guess and not guess.startswith("["):
        hint += " (top-level settings go before the first [section] line)"
    state.report(where, line, key, f"{key} is not a Lantern setting and was ignored{hint}")


def _apply_section(state: _Merge, section: str, table: Any, where: str, lines: KeyLines) -> bool:
    """Merge one [section]; True when everything in it was valid."""
    if not isinstance(table, dict):
        message = f"{section} should be a table (a [{section}] line followed by its settings)"
        state.report(where, lines.line_of(section), section, message + "; it was ignored")
        return False
    valid = True
    for leaf, value in table.items():
        name = f"{section}.{leaf}"
        if name in BY_NAME:
            valid = state.apply(BY_NAME[name], value, where, lines) and valid
        else:
            _unknown(state, where, lines.line_of(name), name)
            valid = False
    return valid


def _apply_file(state: _Merge, path: Path, required: bool, named_by: str) -> None:
    raw = _read(state, path, required, named_by)
    parsed = _parse(state, path, raw) if raw is not None else None
    if parsed is None:
        return
    data, lines = parsed
    where = str(path)
    for key, value in data.items():
        if key in BY_NAME:
            state.apply(BY_NAME[key], value, where, lines)
        elif key in SECTIONS:
            valid = _apply_section(state, key, value, where, lines)
            if key == "kiosk" and not valid:
                _lock_if_unclear(state, value, where, lines.line_of("kiosk"))
        else:
            _unknown(state, where, lines.line_of(key), key)
            if suggest(key) == "[kiosk]":
                # "[Kiosk]" or "[kiosks]" was surely meant to lock this machine.
                reason = f"[{key}] looks like a misspelt [kiosk] section"
                state.lock(where, lines.line_of(key), reason, section_lost=True)


def _lock_if_unclear(state: _Merge, kiosk: Any, where: str, line: int) -> None:
    """A [kiosk] section with problems locks, unless it validly says whether kiosk is on."""
    if not isinstance(kiosk, dict):
        state.lock(where, line, "[kiosk] is not a table", section_lost=True)
    elif "enabled" not in kiosk:  # an invalid value was already replaced by its safe value
        state.lock(where, line, "the [kiosk] section has problems", section_lost=False)


def _apply_overrides(state: _Merge, overrides: Mapping[str, Any]) -> None:
    for name, value in overrides.items():
        if name in BY_NAME:
            state.apply(BY_NAME[name], value, COMMAND_LINE, None)
        else:
            _unknown(state, COMMAND_LINE, 0, name)


def load_files(
    files: list[tuple[Path, bool, str]], overrides: Mapping[str, Any] | None = None
) -> tuple[Config, list[ConfigProblem]]:
    """Merge (path, required, named_by) files in order, then overrides, over the defaults."""
    state = _Merge()
    for path, required, named_by in files:
        _apply_file(state, path, required, named_by)
    _apply_overrides(state, overrides or {})
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
        files.append((Path(env[ENV_VAR]), True, f"named by {ENV_VAR}"))
    if explicit_path is not None:
        files.append((Path(explicit_path), True, "named by --config"))
    return files


def load_config(
    explicit_path: str | Path | None = None,
    env: Mapping[str, str] = os.environ,
    overrides: Mapping[str, Any] | None = None,
    system_path: str | Path | None = None,
) -> tuple[Config, list[ConfigProblem]]:
    """Defaults, system file, LANTERN_CONFIG, --config FILE, then flags: later wins."""
    return load_files(config_files(explicit_path, env, system_path), overrides)

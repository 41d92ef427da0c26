"""Read the TOML sources in order and merge them over the defaults, reporting every problem."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reader.config.checks import SettingError, check_value, toml_text
from reader.config.keylines import MAX_PARTS, KeyLines
from reader.config.kiosk_names import Miss, kiosk_key, near_miss
from reader.config.model import Config, ConfigProblem, system_config_path
from reader.config.reading import (
    FileRefused,
    NotUtf8,
    decode_config,
    home_expanded,
    mentions_kiosk,
    read_config_bytes,
    read_config_text,
    saved_as_txt,
    txt_beside_may_lock,
)
from reader.config.schema import BY_NAME, SECTIONS, SETTINGS, Setting, suggest
from reader.config.toml_hints import toml_hint
from reader.problems import key_text
from reader.toml_lines import toml_error_line

ENV_VAR = "LANTERN_CONFIG"
COMMAND_LINE = "command line"
DEFAULT_ORIGIN = "built-in default"
MAX_UNKNOWN = 50  # unknown keys listed per file; thousands more would hide everything else
# `--config ""`: Path("") would be the current folder, and its message would name "."
EMPTY_PATH = "named by --config, but empty"


class _Merge:
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
        # "Turned on", not "stays on": the author of a misspelt `enable = false` wanted it off.
        message = f"{reason}, so kiosk mode is turned on to keep the machine locked{note}"
        self.report(where, line, "kiosk.enabled", message, "true")


_SAFE_NOTES = {
    "region": 'using "anywhere": general guidance, not the computer\'s country, until it is fixed',
    "kiosk.enabled": "using true: kiosk mode is turned on while its setting is unclear",
    "kiosk.admin_pin_hash": 'using "": there is no exit from inside the app until it is fixed',
    "kiosk.allow_printing": "using false: printing stays off",
}


def _read(state: _Merge, path: Path, required: bool, named_by: str) -> bytes | None:
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
            misnamed = saved_as_txt(path)
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
        state.lock(where, 0, f"the file could not be read: {error.strerror or error}", True)
    return None


def _parse(state: _Merge, path: Path, raw: bytes) -> tuple[dict[str, Any], KeyLines] | None:
    """The file's TOML tables, or None after reporting (and locking if it mentions kiosk)."""
    import tomllib  # only when there is a configuration file; most starts have none

    from reader import safe_toml  # nesting too deep is a TOML error naming its line

    line, text, hint, hidden = 0, "", "", False
    try:
        text = decode_config(raw)
        lines = KeyLines(text)
        if not lines.too_deep:
            return safe_toml.loads(text), lines
        line, message = (
            lines.too_deep,
            f"a name on this line has more than {MAX_PARTS} dotted parts",
        )
    except NotUtf8 as error:
        line, message, hidden = error.line, str(error), error.hidden
    except tomllib.TOMLDecodeError as error:
        line, message = toml_error_line(str(error), text), f"the file is not valid TOML: {error}"
        hint = toml_hint(str(error), text)  # tomllib's words are jargon to most people
    message += "; nothing in it was used" + (f". Hint: {hint}" if hint else "")
    state.report(str(path), line, "", message)
    # Also in UTF-16, which PowerShell 5.1 writes by default; a Word file's text is zipped, so
    # it may say kiosk where no search can see it.
    if mentions_kiosk(raw) or hidden:
        why = "the file mentions kiosk but could not be read"
        if hidden:
            why = "the file's text is compressed and could not be read; it may mention kiosk"
        state.lock(str(path), line, why, True)
    return None


def _unknown(state: _Merge, where: str, line: int, key: str) -> None:
    state.unknown += 1
    if state.unknown > MAX_UNKNOWN:
        return  # counted and summed up at the end of the file
    guess, note = suggest(key), ""
    if kiosk_key(key) and not key.lower().startswith("kiosk."):
        guess, note = f"kiosk.{kiosk_key(key)}", " (kiosk settings go under [kiosk])"
    elif guess is None and "kiosk" in key.lower():
        guess = "[kiosk]"
    elif guess and "." not in guess and not guess.startswith("["):
        note = " (top-level settings go before the first [section] line)"
    hint = f"; did you mean {guess}?{note}" if guess else ""
    state.report(
        where, line, key, f"{key_text(key)} is not a Lantern setting and was ignored{hint}"
    )


def _apply_section(
    state: _Merge, section: str, table: Any, where: str, lines: KeyLines, misses: list[Miss]
) -> bool:
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
            continue
        _unknown(state, where, lines.line_of(name), name)
        valid = False
        if section != "kiosk":  # inside [kiosk], _lock_if_unclear decides
            misses.append(near_miss(name, value, top_level=False))
    return valid


def _apply_file(state: _Merge, path: Path, required: bool, named_by: str) -> None:
    raw = _read(state, path, required, named_by)
    parsed = _parse(state, path, raw) if raw is not None else None
    if parsed is None:
        return
    data, lines = parsed
    where, misses = str(path), list[Miss]()
    state.unknown = 0
    for key, value in data.items():
        if key in BY_NAME:
            state.apply(BY_NAME[key], value, where, lines)
        elif key in SECTIONS:
            valid = _apply_section(state, key, value, where, lines, misses)
            if key == "kiosk" and not valid:
                _lock_if_unclear(state, value, where, lines.line_of("kiosk"))
        else:
            _unknown(state, where, lines.line_of(key), key)
            misses.append(near_miss(key, value, top_level=True))
    if state.unknown > MAX_UNKNOWN:
        more = state.unknown - MAX_UNKNOWN
        state.report(where, 0, "", f"… and {more} more keys that are not Lantern settings")
    found = next((miss for miss in misses if miss), None)
    if found:
        # After the whole file, so that its own [kiosk] section cannot undo the lock.
        state.lock(where, lines.line_of(found[0]), found[1], section_lost=True)


def _lock_if_unclear(state: _Merge, kiosk: Any, where: str, line: int) -> None:
    """A [kiosk] section with problems locks, unless it validly says whether kiosk is on."""
    if not isinstance(kiosk, dict):
        state.lock(where, line, "[kiosk] is not a table", section_lost=True)
    elif "enabled" not in kiosk:  # an invalid value was already replaced by its safe value
        why = "the [kiosk] section has problems and does not say enabled = true or false"
        state.lock(where, line, why, section_lost=False)


def _apply_overrides(state: _Merge, overrides: Mapping[str, Any]) -> None:
    state.unknown = 0
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
    try:
        return KeyLines(read_config_text(path)).line_of(name)
    except (OSError, FileRefused, NotUtf8):
        return 0

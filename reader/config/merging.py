"""Check a configuration file's values (or the command line's) and merge them, naming lines.

Imported only when there is a file or a flag to merge: most starts have neither, and what this
needs (tomllib, the key-line finder, the checks and the hints) is much of the configuration's
start-up work.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from reader.config.checks import SettingError, check_value, toml_text
from reader.config.keylines import MAX_PARTS, KeyLines
from reader.config.kiosk_names import Miss, kiosk_key, near_miss
from reader.config.loader import COMMAND_LINE, Merge
from reader.config.reading import NotUtf8, decode_config, mentions_kiosk, names_kiosk_setting
from reader.config.schema import BY_NAME, SECTIONS, SETTINGS, Setting, suggest
from reader.config.toml_hints import toml_hint
from reader.problems import MOST_LISTED, key_text
from reader.toml_lines import toml_error_line

MAX_UNKNOWN = MOST_LISTED  # unknown keys listed per file


_SAFE_NOTES = {
    "region": 'using "anywhere": general guidance, not the computer\'s country, until it is fixed',
    "kiosk.enabled": "using true: kiosk mode is turned on while its setting is unclear",
    "kiosk.admin_pin_hash": 'using "": there is no exit from inside the app until it is fixed',
    "kiosk.allow_printing": "using false: printing stays off",
}


def _apply(state: Merge, setting: Setting, value: Any, where: str, lines: KeyLines | None) -> bool:
    """Merge one value; report and fall back when it is unusable. True if fully valid."""
    line = lines.line_of(setting.name) if lines else 0
    try:
        checked = check_value(setting, value)
    except SettingError as error:
        _fall_back(state, setting, str(error), where, line)
        return False
    state.set(setting.name, checked.value, where)
    for index, message in checked.item_errors:
        item_line = lines.line_of(setting.name, index) if lines else 0
        note = f"{setting.name}: {message}; left out"
        state.report(where, item_line, setting.name, note, toml_text(checked.value))
    return not checked.item_errors


def _fall_back(state: Merge, setting: Setting, error: str, where: str, line: int) -> None:
    if setting.safe is not None:
        state.set(setting.name, setting.safe, f"{where} (safe value after an error)")
    used = state.values[setting.name]
    origin = state.origins[setting.name]
    note = _SAFE_NOTES.get(setting.name, f"using {toml_text(used)} ({origin})")
    state.report(where, line, setting.name, f"{setting.name} {error}; {note}", toml_text(used))


def _parse(state: Merge, path: Path, raw: bytes) -> tuple[dict[str, Any], KeyLines] | None:
    """The file's TOML tables, or None after reporting (and locking if it mentions kiosk)."""
    import tomllib  # only when there is a configuration file; most starts have none

    from reader import safe_toml  # nesting too deep is a TOML error naming its line

    line, text, hint, hidden = 0, "", "", False
    try:
        text = decode_config(raw)
        lines = KeyLines(text)
        hidden_line = _break_in_comment(text)
        if not lines.too_deep and not hidden_line:
            return safe_toml.loads(text), lines
        line, message = (
            (lines.too_deep, f"a name on this line has more than {MAX_PARTS} dotted parts")
            if lines.too_deep
            else (hidden_line, _HIDDEN_BY_COMMENT)
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
    # A kiosk setting named with its [kiosk] line missing locks a file that can be read; so
    # must it one that cannot, or one more mistake would unlock the machine.
    named = not mentions_kiosk(raw) and names_kiosk_setting(raw)
    if mentions_kiosk(raw) or hidden or named:
        why = "the file mentions kiosk but could not be read"
        if named:
            why = "the file names a kiosk setting but could not be read"
        if hidden:
            why = "the file's text is compressed and could not be read; it may mention kiosk"
        state.lock(str(path), line, why, True)
    return None


# TOML ends a comment only at "\n": after one of these, the rest of the file could be one long
# comment, its kiosk settings unseen and the waiting-room machine left unlocked.
_ODD_BREAK = re.compile(r"#[^\n\"']*[\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
_HIDDEN_BY_COMMENT = (
    "a comment on this line holds a line break that TOML does not count (from a word "
    "processor or a web page), so what follows it on the line was read as part of the "
    "comment; save the file as plain text with normal line endings"
)


def _break_in_comment(text: str) -> int:
    """The line of a comment with a line break TOML does not see in it; 0 if none."""
    found = _ODD_BREAK.search(text)
    return text.count("\n", 0, found.start()) + 1 if found else 0


def _unknown(state: Merge, where: str, line: int, key: str) -> None:
    state.unknown += 1
    if state.unknown > MAX_UNKNOWN:
        return  # counted and summed up at the end of the file
    guess, note = suggest(key), ""
    if kiosk_key(key) and not key.lower().startswith("kiosk."):
        guess, note = f"kiosk.{kiosk_key(key)}", " (kiosk settings go under [kiosk])"
    elif guess is None and "kiosk" in key.lower() and not key.startswith("kiosk."):
        guess = "[kiosk]"  # inside [kiosk] already, that hint only puzzled
    elif guess and "." not in guess and not guess.startswith("["):
        note = " (top-level settings go before the first [section] line)"
    hint = f"; did you mean {guess}?{note}" if guess else _section_hint(key)
    state.report(
        where, line, key, f"{key_text(key)} is not a Lantern setting and was ignored{hint}"
    )


# Words for the exit PIN, whole: "typing_sound" and "shopping" have "pin" inside them.
_PIN_WORDS = frozenset("pin pins pincode password passcode".split())  # noqa: SIM905


def _section_hint(key: str) -> str:
    """For an unknown key in a known section: the PIN's setting, or what the section holds."""
    section, _, leaf = key.partition(".")
    if section not in SECTIONS:
        return ""
    if section == "kiosk" and _PIN_WORDS & set(re.split(r"[^a-z]+", leaf.lower())):
        return "; did you mean kiosk.admin_pin_hash? (make it with `lantern hash-pin`)"
    leaves = [setting.leaf for setting in SETTINGS if setting.section == section]
    listed = ", ".join(leaves[:-1]) + " and " + leaves[-1] if len(leaves) > 1 else leaves[0]
    return f"; [{section}] has {listed}"


def _apply_section(
    state: Merge, section: str, table: Any, where: str, lines: KeyLines, misses: list[Miss]
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
            valid = _apply(state, BY_NAME[name], value, where, lines) and valid
            continue
        _unknown(state, where, lines.line_of(name), name)
        valid = False
        if section != "kiosk":  # inside [kiosk], _lock_if_unclear decides
            misses.append(near_miss(name, value, top_level=False))
    return valid


def merge_file(state: Merge, path: Path, raw: bytes) -> None:
    """Merge the settings of a file's bytes, reporting (and locking for) what is wrong."""
    parsed = _parse(state, path, raw)
    if parsed is None:
        return
    data, lines = parsed
    where, misses = str(path), list[Miss]()
    state.unknown = 0
    for key, value in data.items():
        if key in BY_NAME:
            _apply(state, BY_NAME[key], value, where, lines)
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


def _lock_if_unclear(state: Merge, kiosk: Any, where: str, line: int) -> None:
    """A [kiosk] section with problems locks, unless it validly says whether kiosk is on."""
    if not isinstance(kiosk, dict):
        state.lock(where, line, "[kiosk] is not a table", section_lost=True)
    elif "enabled" not in kiosk:  # an invalid value was already replaced by its safe value
        why = "the [kiosk] section has problems and does not say enabled = true or false"
        state.lock(where, line, why, section_lost=False)


def merge_overrides(state: Merge, overrides: Mapping[str, Any]) -> None:
    """Merge command-line values (`--kiosk`, `--region`), the last and strongest source."""
    state.unknown = 0
    for name, value in overrides.items():
        if name in BY_NAME:
            _apply(state, BY_NAME[name], value, COMMAND_LINE, None)
        else:
            _unknown(state, COMMAND_LINE, 0, name)

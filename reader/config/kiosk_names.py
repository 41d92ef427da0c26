"""Unknown keys that were surely meant for [kiosk]: they lock the kiosk rather than be ignored."""

from __future__ import annotations

from typing import Any

from reader.config.schema import SETTINGS, suggest
from reader.problems import printable

Miss = tuple[str, str] | None  # (the name, why it locks), or None for an ordinary typo
# The names of the kiosk settings, from the schema: "enabled = true" written anywhere but
# under [kiosk] (at the top, or after [clinic]) was surely meant for it.
KIOSK_KEYS = frozenset(setting.leaf for setting in SETTINGS if setting.section == "kiosk")


def kiosk_key(name: str) -> str:
    """The kiosk setting a dotted name ends with, in any case ("" if none)."""
    leaf = name.rpartition(".")[2].lower()
    return leaf if leaf in KIOSK_KEYS else ""


def _kiosk_name(name: str, value: Any) -> str:
    """The first dotted name, at or inside an unknown key, about kiosk mode; else "".

    It is about kiosk mode if it mentions kiosk or ends with the name of a kiosk setting.
    """
    # Each entry is (its parent entry, its key, its value): the dotted name is only built for
    # the one found, as tables may be nested very deeply (a loop, not recursion, for that).
    pending: list[tuple[Any, str, Any]] = [(None, name, value)]
    while pending:
        entry = pending.pop()
        parent, key, value = entry
        if "kiosk" in key.lower() or kiosk_key(key):
            return _entry_name(entry)
        if isinstance(value, list):
            pending.extend((parent, key, item) for item in reversed(value))
        elif isinstance(value, dict):
            pending.extend((entry, child, item) for child, item in reversed(value.items()))
    return ""


def _entry_name(entry: tuple[Any, str, Any]) -> str:
    keys = []
    while entry is not None:
        keys.append(entry[1])
        entry = entry[0]
    return ".".join(reversed(keys))


def _could_be_kiosk(name: str) -> bool:
    """A quick test before difflib (slow for thousands of keys): close enough to "kiosk"?"""
    # suggest() needs 75% similarity: at most 8 characters, and 3 letters of "kiosk".
    lowered = name.lower()
    shared = sum(min(lowered.count(letter), "kiosk".count(letter)) for letter in "kios")
    return len(name) <= 8 and shared >= 3


def near_miss(name: str, value: Any, top_level: bool) -> Miss:
    """(name, why) when an unknown key was surely meant for the [kiosk] section."""
    if top_level and _could_be_kiosk(name) and suggest(name) == "[kiosk]":
        return name, f"[{printable(name)}] looks like a misspelt [kiosk] section"
    found = _kiosk_name(name, value)
    if found:
        why = f"{printable(found)} looks like a kiosk setting, but kiosk settings go in [kiosk]"
        return found, why
    return None

"""The clinic's own [[contacts.local]]: which ones the help panel shows, and why the rest are not.

Configuration keeps the entries that are tables; here each one gets the full check a service in
a contacts file gets. An entry that fails is left out whole; one whose only problem is an
unknown key is shown without it. Every problem is reported at its own line of the configuration
file, numbered as the file numbers its entries.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from reader import safe_toml
from reader.config import BY_NAME, ConfigProblem
from reader.config.checks import check_value, toml_text
from reader.config.keylines import deepest_name_line
from reader.config.reading import FileRefused, NotUtf8, read_config_text
from reader.contact_model import Service
from reader.contacts import format_key, service_problems
from reader.toml_lines import KeyPath, line_for, toml_key_lines

SETTING = "contacts.local"
_ARRAY: KeyPath = ("contacts", "local")
Entry = Mapping[str, Any]


def shown_entries(entries: Sequence[Entry]) -> list[Entry]:
    """The entries the help panel will show: those that pass the full contacts check."""
    return [entry for entry in entries if service_problems(entry)[0] is not None]


def local_services(
    entries: Sequence[Entry], origin: str
) -> tuple[list[Service], list[ConfigProblem]]:
    """The clinic's services to show, and every problem in each entry, with its line."""
    services: list[Service] = []
    problems: list[ConfigProblem] = []
    places: tuple[list[int], dict[KeyPath, int]] | None = None
    for index, entry in enumerate(entries):
        service, found = service_problems(entry)
        if service is not None:
            services.append(service)
        if not found:
            continue
        if places is None:  # the file is read again only when there is a problem to point at
            places = _places_in_file(origin, entries)
        numbers, lines = places
        number = numbers[index] if numbers else None
        found_here = []
        for key_path, problem in found:
            line = line_for(lines, (*_ARRAY, number, *key_path)) if number else None
            message = _message(entry, number, format_key(key_path), problem, service is not None)
            found_here.append(ConfigProblem(origin, line or 0, message, key=SETTING))
        problems += sorted(found_here, key=lambda found: found.line)  # in the file's order
    return services, problems


def _message(entry: Entry, number: int | None, key: str, problem: str, shown: bool) -> str:
    # Worded like the configuration's own messages about [[contacts.local]] entries.
    name = entry.get("name")
    # Only a usable name labels the entry: `name = 5` would read as "entry 1 5".
    called = toml_text(name, limit=60) if isinstance(name, str) and name.strip() else ""
    label = " ".join(part for part in (f"entry {number}" if number else "", called) if part)
    label = label or "an entry"
    result = "ignored, and the rest of this contact is shown" if shown else "left out"
    return f"{SETTING}: {label}: {key + ': ' if key else ''}{problem}; {result}"


def _places_in_file(origin: str, entries: Sequence[Entry]) -> tuple[list[int], dict[KeyPath, int]]:
    """The file's own number for each kept entry, and its key lines; empty if they cannot be told.

    Configuration keeps only some entries, and not where they were written, so the file is read
    again and the same configuration check tells which of its entries were kept.
    """
    try:
        # Read as configuration reads it: a BOM is fine; pipes, folders and huge files are not.
        text = read_config_text(Path(origin))
        if deepest_name_line(text):
            return [], {}  # refused when it was loaded too (tomllib would be slow with it)
        data = safe_toml.loads(text)  # too deep is a TOMLDecodeError, a ValueError
    except (OSError, FileRefused, NotUtf8, ValueError):
        return [], {}
    contacts = data.get("contacts")
    raw = contacts.get("local") if isinstance(contacts, dict) else None
    if not isinstance(raw, list):
        return [], {}
    left_out = {index for index, _ in check_value(BY_NAME[SETTING], raw).item_errors}
    numbers = [index + 1 for index in range(len(raw)) if index not in left_out]
    kept_names = [raw[number - 1].get("name") for number in numbers]
    if kept_names != [entry.get("name") for entry in entries]:
        return [], {}  # the file changed since it was loaded: better no line than a wrong one
    return numbers, toml_key_lines(text)

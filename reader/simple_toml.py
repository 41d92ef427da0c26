"""Plain TOML as content packs write it, read without tomllib (about five times faster).

Only what article front matter and pack manifests use: `key = "text"`, `key = 2026-11-26`
and `key = ["text", ...]` (arrays may span lines), `[table]` and `[[array]]` headers, blank
lines and whole-line comments, with no escapes and only "\\n" line breaks. Anything else gives
None, and the caller uses tomllib, which also words the error messages.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

ODD_BREAK = re.compile(r"[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")  # line breaks besides "\n"
_CHARS = r'[^"\\\x00-\x08\x0a-\x1f\x7f]*'  # inside a TOML basic string with no escapes
_ITEM = re.compile(f'"({_CHARS})"')
_SPACE = r"[ \t\n]*"  # TOML's whitespace between array items
_ENTRY = re.compile(
    rf"[ \t]*([A-Za-z0-9_-]+)[ \t]*=[ \t]*(?:{_ITEM.pattern}|(\d{{4}})-(\d{{2}})-(\d{{2}})"
    rf'|\[((?:{_SPACE}"{_CHARS}"{_SPACE},)*{_SPACE}(?:"{_CHARS}"{_SPACE})?)\])[ \t]*(?:\n|\Z)'
)
_SKIP = re.compile(r"[ \t]*(?:#[^\x00-\x08\x0a-\x1f\x7f]*)?\n")  # a blank or comment line
_HEADER = re.compile(r"[ \t]*\[(\[)?[ \t]*([A-Za-z0-9_-]+)[ \t]*\](\])?[ \t]*(?:\n|\Z)")

Parsed = tuple[dict[str, Any], dict[str, int]]


def _value(entry: re.Match[str]) -> Any:
    _, text, year, month, day, items = entry.groups()
    if text is not None:
        return text
    if items is not None:
        return _ITEM.findall(items)
    return dt.date(int(year), int(month), int(day))  # ValueError for a date that is not real


class _Document:
    """The tables made so far, and where the next keys go."""

    def __init__(self) -> None:
        self.root: dict[str, Any] = {}
        self.table = self.root
        self.arrays: set[str] = set()

    def header(self, match: re.Match[str]) -> bool:
        """Start a [table] or [[array]] entry; False where tomllib would refuse it."""
        opened, name, closed = match.groups()
        if bool(opened) != bool(closed):
            return False
        if opened:
            if name in self.root and name not in self.arrays:
                return False
            self.arrays.add(name)
            self.table = {}
            self.root.setdefault(name, []).append(self.table)
            return True
        if name in self.root:
            return False
        self.table = self.root[name] = {}
        return True


def loads(text: str, *, tables: bool = True) -> Parsed | None:
    """(data, line of each top-level key) for plain TOML; None for anything else."""
    if ODD_BREAK.search(text):
        return None
    document = _Document()
    lines: dict[str, int] = {}
    position, line = 0, 1
    while position < len(text):
        match = _SKIP.match(text, position) or _ENTRY.match(text, position)
        if match is None:
            header = _HEADER.match(text, position) if tables else None
            if header is None or not document.header(header):
                return None
            match = header
        elif match.re is _ENTRY:
            key = match.group(1)
            if key in document.table:
                return None
            try:
                document.table[key] = _value(match)
            except ValueError:
                return None
            if document.table is document.root:
                lines[key] = line
        line += text.count("\n", position, match.end())
        position = match.end()
    return document.root, lines

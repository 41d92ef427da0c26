"""simple_toml's reading of plain TOML in any form (odd spacing, say), with regular expressions.

The same subset as simple_toml.loads() reads, and None for anything else; see simple_toml.
"""

from __future__ import annotations

import datetime as dt
import re

from reader.simple_toml import Document, Parsed

ODD_BREAK = re.compile(r"[\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")  # line breaks besides "\n"
_CHARS = r'[^"\\\x00-\x08\x0a-\x1f\x7f]*'  # inside a TOML basic string with no escapes
_ITEM = re.compile(f'"({_CHARS})"')
_SPACE = r"[ \t\n]*"  # TOML's whitespace between array items
_ENTRY = re.compile(
    rf"[ \t]*([A-Za-z0-9_-]+)[ \t]*=[ \t]*(?:{_ITEM.pattern}|([0-9]{{4}})-([0-9]{{2}})-([0-9]{{2}})"
    rf'|\[((?:{_SPACE}"{_CHARS}"{_SPACE},)*{_SPACE}(?:"{_CHARS}"{_SPACE})?)\])[ \t]*(?:\n|\Z)'
)
_SKIP = re.compile(r"[ \t]*(?:#[^\x00-\x08\x0a-\x1f\x7f]*)?\n")  # a blank or comment line
_HEADER = re.compile(r"[ \t]*\[(\[)?[ \t]*([A-Za-z0-9_-]+)[ \t]*\](\])?[ \t]*(?:\n|\Z)")


def any_form(text: str, first_line: int, tables: bool) -> Parsed | None:
    """What loads() gives, read with regular expressions: any form it takes."""
    if ODD_BREAK.search(text):
        return None
    document = Document()
    table = document.root
    lines: dict[str, int] = {}
    position, line, end = 0, first_line, len(text)
    # Local names and one groups() call per entry: a pack of 2,000 articles parses ~20,000
    # lines before the first paint, so the loop's own overhead counts.
    entry_match, skip_match, findall = _ENTRY.match, _SKIP.match, _ITEM.findall
    while position < end:
        # Entries first: most lines are one, and no entry is ever a blank or comment line.
        match = entry_match(text, position)
        if match is not None:
            key, string, year, month, day, items = match.groups()
            if key in table:
                return None
            if string is not None:
                table[key] = string
            elif items is not None:
                table[key] = findall(items)
            else:
                try:
                    table[key] = dt.date(int(year), int(month), int(day))
                except ValueError:  # a date that is not real
                    return None
            if table is document.root:
                lines[key] = line
        else:
            match = skip_match(text, position)
            if match is None:
                header = _HEADER.match(text, position) if tables else None
                if header is None or not _read_header(document, header):
                    return None
                match = header
                table = document.table
        stop = match.end()
        line += text.count("\n", position, stop)
        position = stop
    return document.root, lines


def _read_header(document: Document, match: re.Match[str]) -> bool:
    opened, name, closed = match.groups()
    return bool(opened) == bool(closed) and document.header(name, bool(opened))

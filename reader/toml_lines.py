"""Line numbers for keys in TOML text, so a problem can point at the line to fix."""

from __future__ import annotations

import re

KeyPath = tuple[str | int, ...]  # e.g. ("services", 2, "contact", 1, "type"); counts start at 1


_PART = r"""(?:[\w-]+|"[^"]*"|'[^']*')"""  # a bare or quoted key
_DOTTED = rf"{_PART}(?:\s*\.\s*{_PART})*"
_ARRAY = re.compile(rf"\s*\[\[\s*({_DOTTED})\s*\]\]")
_TABLE = re.compile(rf"\s*\[\s*({_DOTTED})\s*\]")
_KEY = re.compile(rf"\s*({_DOTTED})\s*=")
_ERROR_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


def toml_lines(text: str) -> list[str]:
    """The lines of TOML text as tomllib numbers them: split at "\\n" only.

    str.splitlines() also splits at U+2028, U+0085 and others, which may sit inside a value:
    every line number after one would be off.
    """
    return text.split("\n")


def toml_error_line(message: str, text: str) -> int:
    """The line a tomllib error names: "(at line N, column M)", else the last line of text."""
    found = _ERROR_AT.search(message)
    if found:
        return int(found.group(1))
    # tomllib reports some errors only "at end of document": the last line with text on it.
    return len(toml_lines(text.removesuffix("\n")))


def toml_error_column(message: str) -> int:
    """The column a tomllib error names, else 1."""
    found = _ERROR_AT.search(message)
    return int(found.group(2)) if found else 1


def toml_error_text(message: str) -> str:
    """A tomllib error without its "(at line N, column M)": the caller gives the file's line."""
    return _ERROR_AT.sub("", message).rstrip()


def _parts(dotted: str) -> list[str]:
    return [part.strip("\"'") for part in re.findall(_PART, dotted)]


def toml_key_lines(text: str) -> dict[KeyPath, int]:
    """Map each table header and key in TOML text to its first line (a light scan, not a parser)."""
    lines: dict[KeyPath, int] = {}
    counts: dict[KeyPath, int] = {}
    current: KeyPath = ()
    in_string = False
    for number, line in enumerate(toml_lines(text), 1):
        quotes = line.count('"""') + line.count("'''")
        if in_string:
            in_string = quotes % 2 == 0
            continue
        in_string = quotes % 2 == 1
        if match := _ARRAY.match(line):
            *parent, last = _parts(match.group(1))
            base = _resolve(parent, counts) + (last,)
            counts[base] = counts.get(base, 0) + 1
            current = base + (counts[base],)
        elif match := _TABLE.match(line):
            current = _resolve(_parts(match.group(1)), counts)
        elif match := _KEY.match(line):
            # A dotted key (hours.time_zone = ...) also names the tables it passes through.
            parts = tuple(_parts(match.group(1)))
            for end in range(1, len(parts) + 1):
                lines.setdefault(current + parts[:end], number)
            continue
        else:
            continue
        lines.setdefault(current, number)
    return lines


def _resolve(parts: list[str], counts: dict[KeyPath, int]) -> KeyPath:
    path: KeyPath = ()
    for part in parts:
        path += (part,)
        if path in counts:  # an array of tables: the name means its latest entry
            path += (counts[path],)
    return path


def line_for(lines: dict[KeyPath, int], path: KeyPath) -> int | None:
    """The line of this key path, or of the nearest enclosing key or table that has one."""
    for end in range(len(path), -1, -1):
        if path[:end] in lines:
            return lines[path[:end]]
    return None

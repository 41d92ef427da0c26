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
    in_string, offset, read_to = False, 0, 0
    for number, line in enumerate(toml_lines(text), 1):
        offset, start = offset + len(line) + 1, offset
        if number <= read_to:
            continue  # inside an array or inline table already read
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
            after = len(line) - len(line[match.end() :].lstrip(" \t"))
            if line[after : after + 1] in ("[", "{"):
                # Each item's own line, for an array or table written over several lines.
                found, read_to = value_lines(text, start + after, number)
                for path, item_line in found.items():
                    lines.setdefault(current + parts + path, item_line)
                in_string = False  # value_lines read any multi-line string in it
            continue
        else:
            continue
        # A header also names the tables it passes through: [[servics]] or [notes.extra],
        # misspelt, are problems about "servics" and "notes", which had no line.
        for end in range(1, len(current) + 1):
            lines.setdefault(current[:end], number)
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


# What an array or inline table may hold, for value_lines. Strings first: they may hold brackets,
# commas, "#" and (the multi-line ones) newlines; a """ string ends in up to five quotes.
_STRING = re.compile(
    r'"""(?:[^"\\]|\\[\s\S]|"(?!""))*+"{3,5}|\'\'\'[\s\S]*?\'{3,5}'
    r"""|"(?:[^"\\\n]|\\.)*+"|'[^'\n]*'"""
)
_BARE = re.compile(r"[^\s,\[\]{}#\"']+")  # a number, a date, true or false
_INLINE_KEY = re.compile(rf"[ \t]*({_DOTTED})[ \t]*=")


def value_lines(text: str, start: int, line: int) -> tuple[dict[KeyPath, int], int]:
    """The line of each item and key in the array or inline table at text[start], and its end.

    Paths are relative to the value: (2,) for its second item, (2, "type") for a key in it.
    A light scan, not a parser, that gives up quietly (with what it found) at anything odd.
    """
    found: dict[KeyPath, int] = {}
    first = line
    frames: list[tuple[str, KeyPath]] = []  # the closing bracket and path of each one open
    counts: list[int] = []  # the items of each open array (or table) so far
    expect = "value"  # what comes next: "value", "key" or "separator"
    here: KeyPath = ()  # the path of the value being read
    while start < len(text):
        char = text[start]
        if char in " \t\r\n":
            line, start = line + (char == "\n"), start + 1
        elif char == "#":
            start = _line_end(text, start)
        elif frames and char == frames[-1][0]:  # also [] and {}, and a comma before ]
            frames.pop(), counts.pop()
            expect, start = "separator", start + 1
            if not frames:
                return found, line  # the whole value has been read
        elif char == "," and frames and expect == "separator":
            expect, start = ("value" if frames[-1][0] == "]" else "key"), start + 1
        elif expect == "key" and (key := _INLINE_KEY.match(text, start)):
            parts = _parts(key.group(1))
            for end in range(1, len(parts) + 1):  # b.c = 1 names the table b too
                here = (*frames[-1][1], *parts[:end])
                found.setdefault(here, line)
            expect, start = "value", key.end()
        elif expect == "value" and char in "[{":
            here = _item(found, frames, counts, here, line)
            frames.append(("]" if char == "[" else "}", here))
            counts.append(0)
            expect, start = ("value" if char == "[" else "key"), start + 1
        elif expect == "value" and (
            value := _STRING.match(text, start) or _BARE.match(text, start)
        ):
            _item(found, frames, counts, here, line)
            line += text.count("\n", start, value.end())
            expect, start = "separator", value.end()
        else:
            break
    return found, first  # not closed (not TOML): no line is taken as read


def _item(
    found: dict[KeyPath, int],
    frames: list[tuple[str, KeyPath]],
    counts: list[int],
    here: KeyPath,
    line: int,
) -> KeyPath:
    """The path of a value starting on line: the next item of an open array, else here."""
    if not frames or frames[-1][0] != "]":
        return here  # a value after a key, whose path was set by the key
    counts[-1] += 1
    path = (*frames[-1][1], counts[-1])
    found.setdefault(path, line)
    return path


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end

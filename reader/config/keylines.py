"""Find the line where each key or table of a TOML text is written, for problem messages."""

from __future__ import annotations

import re

from reader.toml_lines import KeyPath, toml_lines, value_lines

# One part of a dotted key: bare, "basic" (with escapes) or 'literal'.
_PART = r"""[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*'"""
_NAME = rf"(?:{_PART})(?:\s*\.\s*(?:{_PART}))*"
_HEADER = re.compile(rf"^\s*(\[\[?)\s*({_NAME})\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(rf"^\s*({_NAME})\s*=")
_PARTS = re.compile(_PART)
_MULTI = ('"""', "'''")
# Lantern's names have at most two parts. tomllib takes time growing with the square of a
# name's parts (a 50,000-part header takes seconds), so longer names refuse the file.
MAX_PARTS = 100
# For deepest_name_line: one-line parts, and names joined by dots on one line only.
_LINE_PART = r"""[A-Za-z0-9_-]+|"(?:[^"\\\n]|\\.)*"|'[^'\n]*'"""
# Outside strings and comments, the next thing is a multi-line string, a (dotted) name, a
# comment, or a run of anything else, undotted words included (runs, so big files pass quickly).
_SCAN = re.compile(
    r"""(?P<multi>"{3}|'{3})"""
    rf"|(?P<name>(?:{_LINE_PART})(?:[ \t]*\.[ \t]*(?:{_LINE_PART}))*)"
    r"""|#[^\n]*|(?:[^"'#A-Za-z0-9_\-]++|[A-Za-z0-9_-]++(?![ \t]*\.))++|[\s\S]"""
)
# The rest of a multi-line basic string, up to its closing quotes (escapes skipped).
_BASIC_END = re.compile(r'(?:[^"\\]|\\[\s\S]|"(?!""))*+"""')


class KeyLines:
    """Finds the line where a dotted key is written, by scanning the TOML text."""

    def __init__(self, text: str) -> None:
        self.keys: dict[str, int] = {}
        self.arrays: dict[str, list[int]] = {}
        self.items: dict[str, dict[KeyPath, int]] = {}  # in arrays written over several lines
        self.too_deep = deepest_name_line(text)  # a line with too long a name, or 0
        table, open_string, offset, read_to = "", "", 0, 0
        for number, line in enumerate(toml_lines(text), start=1):
            offset, start = offset + len(line) + 1, offset
            if number <= read_to:
                continue  # inside an array or inline table already read
            started_inside = bool(open_string)
            open_string = _open_string_after(line, open_string)
            if started_inside:
                continue  # inside a multi-line string nothing is a key
            header = _HEADER.match(line)
            if header:
                table = _dotted(header.group(2))
                self._add(table, number)
                if header.group(1) == "[[":
                    self.arrays.setdefault(table, []).append(number)
                continue
            key = _KEY.match(line)
            if key:
                name = _dotted(key.group(1))
                name = f"{table}.{name}" if table else name
                self._add(name, number)
                after = len(line) - len(line[key.end() :].lstrip(" \t"))
                if line[after : after + 1] in ("[", "{") and not self.too_deep:
                    self.items[name], read_to = value_lines(text, start + after, number)
                    open_string = ""  # value_lines read any multi-line string in it

    def _add(self, name: str, number: int) -> None:
        # "[lantern.kiosk]" or "a.b = 1" also define "lantern" and "a": give them this line.
        for prefix in _prefixes(name):
            self.keys.setdefault(prefix, number)
        self.keys.setdefault(name, number)

    def line_of(self, name: str, index: int | None = None) -> int:
        """The line of a key (or of its index-th [[array]] entry or item), its table's, or 0."""
        if index is not None and index < len(self.arrays.get(name, [])):
            return self.arrays[name][index]
        if index is not None and (index + 1,) in self.items.get(name, {}):
            return self.items[name][(index + 1,)]
        if name in self.keys:
            return self.keys[name]
        for prefix in reversed(_prefixes(name)):
            if prefix in self.keys:
                return self.keys[prefix]
        return 0


def _prefixes(name: str) -> list[str]:
    """ "a" and "a.b" for "a.b.c"; for absurdly deep names only the first part (no n² work)."""
    parts = name.split(".")
    if len(parts) > MAX_PARTS:
        return parts[:1]
    return [".".join(parts[:end]) for end in range(1, len(parts))]


def deepest_name_line(text: str) -> int:
    """The first line with a name of more than MAX_PARTS dotted parts, else 0.

    Dots in strings and comments do not count. Outside them, only a key can be a run of
    names joined by dots (a number has one dot at most), so every such run is counted
    wherever it is: a [table] header, before "=", or inside an inline table {a.b = 1}.
    """
    if text.count(".") < MAX_PARTS:
        return 0  # the usual file: too few dots for any such name
    index = 0
    while index < len(text):
        found = _SCAN.match(text, index)  # always matches: its last choice is any character
        assert found is not None
        if found.lastgroup == "multi":
            index = _after_multi(text, found.end(), found.group())
            continue
        name = found.group()
        # Counting dots first is quick; parts are counted only for a long run of them.
        dotted = found.lastgroup == "name" and name.count(".") >= MAX_PARTS
        if dotted and len(_PARTS.findall(name)) > MAX_PARTS:
            return text.count("\n", 0, found.start()) + 1
        index = found.end()
    return 0


def _after_multi(text: str, start: int, delimiter: str) -> int:
    """The index after the multi-line string opened before start; len(text) if never closed."""
    if delimiter == '"""':
        found = _BASIC_END.match(text, start)
        end = found.end() if found else -1
    else:
        end = text.find(delimiter, start)
        end = end + 3 if end >= 0 else -1
    if end < 0:
        return len(text)  # tomllib stops at an unclosed string with an error
    # Up to two more quotes just before the end belong to the string: """a""""
    for _ in range(2):
        if text.startswith(delimiter[0], end):
            end += 1
    return end


def _dotted(text: str) -> str:
    return ".".join(_unquote(part) for part in _PARTS.findall(text))


def _unquote(part: str) -> str:
    if part[:1] == "'":
        return part[1:-1]
    if part[:1] != '"':
        return part
    if "\\" not in part:
        return part[1:-1]
    import tomllib  # already loaded: KeyLines is only made for a file tomllib has read

    try:
        return str(tomllib.loads(f"k = {part}")["k"])  # TOML's own escapes
    except tomllib.TOMLDecodeError:
        return part[1:-1]


def _open_string_after(line: str, open_string: str) -> str:
    """The multi-line string delimiter still open at the end of line ("" if none)."""
    if not open_string and '"' not in line and "'" not in line:
        return ""  # the usual line: nothing to scan
    index, end = 0, len(line)
    while index < end:
        if open_string:
            index = _close_multi(line, index, open_string)
            if index < 0:
                return open_string
            open_string = ""
            continue
        char = line[index]
        if char == "#":
            return ""  # a comment: quotes in it mean nothing
        if line.startswith(_MULTI, index):
            open_string, index = line[index : index + 3], index + 3
        elif char == '"':
            index = _close_basic(line, index + 1)
        elif char == "'":
            close = line.find("'", index + 1)
            index = end if close < 0 else close + 1
        else:
            index += 1
    return open_string


def _close_basic(line: str, index: int) -> int:
    """The index after the closing quote of a one-line "basic" string starting at index."""
    while index < len(line) and line[index] != '"':
        index += 2 if line[index] == "\\" else 1
    return index + 1


def _close_multi(line: str, index: int, delimiter: str) -> int:
    """The index after delimiter closes a multi-line string on this line, or -1."""
    while index < len(line):
        if delimiter == '"""' and line[index] == "\\":
            index += 2
        elif line.startswith(delimiter, index):
            index += 3
            # Up to two more quotes just before the end belong to the string: """a""""
            for _ in range(2):
                if index < len(line) and line[index] == delimiter[0]:
                    index += 1
            return index
        else:
            index += 1
    return -1

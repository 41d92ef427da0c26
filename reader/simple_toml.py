"""Plain TOML as content packs write it, read without tomllib (about five times faster).

Only what article front matter and pack manifests use: `key = "text"`, `key = 2026-11-26`
and `key = ["text", ...]` (arrays may span lines), `[table]` and `[[array]]` headers, blank
lines and whole-line comments, with no escapes and only "\\n" line breaks. Anything else gives
None, and the caller uses tomllib, which also words the error messages.

Text written the usual way (`key = value` with single spaces; a list on its key's line with
", " between items, or one item to a line; headers with no spaces inside) is read with string
methods first: the regular expressions' cost of about 40 machine instructions a character made
them the largest part of loading a big pack. Anything else, such as odd spacing, goes to the
regular expressions (simple_toml_any.py, imported only then).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterator
from typing import Any

_KEY = re.compile(r"[A-Za-z0-9_-]+")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
# Bytes the usual form never has: controls but tab and "\n" (and so "\r"), DEL, backslash.
_UNUSUAL_BYTES = bytes([*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F, ord("\\")])

Parsed = tuple[dict[str, Any], dict[str, int]]


class Document:
    """The tables made so far, and where the next keys go."""

    def __init__(self) -> None:
        self.root: dict[str, Any] = {}
        self.table = self.root
        self.arrays: set[str] = set()

    def header(self, name: str, array: bool) -> bool:
        """Start a [table] or [[array]] entry; False where tomllib would refuse it."""
        if array:
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


def loads(text: str, *, tables: bool = True, first_line: int = 1) -> Parsed | None:
    """(data, line of each top-level key) for plain TOML; None for anything else.

    Lines are numbered from first_line (front matter starts on a file's second line).
    """
    usual = _usual_form(text, first_line, tables)
    return usual if usual is not None else _any_form(text, first_line, tables)


def _any_form(text: str, first_line: int, tables: bool) -> Parsed | None:
    """What loads() gives, read with regular expressions: any form it takes."""
    # Imported only for text in another form: compiling its expressions took about 6 million
    # instructions on every start, and the bundled articles and pack are all in the usual form.
    from reader.simple_toml_any import any_form

    return any_form(text, first_line, tables)


def _usual_form(text: str, first_line: int, tables: bool) -> Parsed | None:
    """What loads() gives for TOML in the usual form; None if it is not in that form.

    None only means "not sure": loads() then reads the text as before, and decides.
    """
    if not text.endswith("\n") or not _usual_characters(text):
        return None
    document = Document() if tables else None  # front matter has no tables: none to make
    table = root = document.root if document else {}
    lines: dict[str, int] = {}
    inner_keys: list[str] = []  # keys inside tables; the tables' names are keys of root
    numbered = enumerate(text.split("\n"), first_line)
    # Text values, the most common, are read inline: a call for each line would add a tenth.
    for number, line in numbered:
        key, equals, written = line.partition(" = ")
        kind = written[:1]  # "" when the line has no " = "
        value: str | list[str] | dt.date | None
        if kind == '"':
            if written.count('"') != 2 or written[-1] != '"':
                return None
            value = written[1:-1]
        elif kind == "[":
            value = _usual_list(written) if written != "[" else _usual_long_list(numbered)
        elif equals:
            value = _usual_date(written)
        elif line.lstrip(" \t")[:1] in ("", "#"):  # a blank line or a comment
            continue
        elif document and (header := _usual_header(line)) is not None:
            if not document.header(*header):
                return None
            table = document.table
            continue
        else:
            return None
        if value is None or key in table:
            return None
        table[key] = value
        if table is root:
            lines[key] = number
        else:
            inner_keys.append(key)
    # Names are checked in one go at the end, far cheaper than one at a time.
    if not _bare_keys(root) or inner_keys and not _bare_keys(inner_keys):
        return None
    return root, lines


def _usual_characters(text: str) -> bool:
    """No control characters but tab and "\n", no DEL, backslash or line break besides "\n"."""
    # Bytes, because bytes.translate drops a set of them in C at a few instructions each.
    data = text.encode("utf-8", "surrogatepass")  # a lone surrogate is text to the regexes too
    if len(data.translate(None, _UNUSUAL_BYTES)) != len(data):
        return False
    return text.isascii() or not any(mark in text for mark in "\x85\u2028\u2029")


def _usual_list(value: str) -> list[str] | None:
    """The items of ["a", "b"], written with ", " between them; None for other forms."""
    inner = value[1:-1]
    if value[-1] != "]" or not inner:
        return [] if value == "[]" else None
    items = inner[1:-1].split('", "')
    # Every quote is one that starts or ends an item: no item holds a quote or a ", ".
    if inner[0] != '"' or inner[-1] != '"' or inner.count('"') != 2 * len(items):
        return None
    return items


def _usual_long_list(numbered: Iterator[tuple[int, str]]) -> list[str] | None:
    """The items of a list written one to a line, `  "text",`, taken up to its line `]`."""
    items: list[str] = []
    ended = False  # the last item had no comma after it, so only the "]" may follow
    for _, line in numbered:
        item = line.strip(" \t")
        if item == "]":
            return items
        if ended:
            return None
        if item[-1:] == ",":
            item = item[:-1]
        else:
            ended = True
        if item.count('"') != 2 or item[0] != '"' or item[-1] != '"':
            return None
        items.append(item[1:-1])
    return None  # never closed


def _usual_header(line: str) -> tuple[str, bool] | None:
    """The name in a [table] or [[array]] header written without spaces, and if it is [[ ]]."""
    if line[:2] == "[[" and line[-2:] == "]]":
        return line[2:-2], True
    if line[:1] == "[" and line[-1:] == "]":
        return line[1:-1], False
    return None


def _usual_date(value: str) -> dt.date | None:
    """A date like 2026-11-26 in ASCII digits, if it is a real one."""
    if _DATE.fullmatch(value) is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _bare_keys(keys: Collection[str]) -> bool:
    """Whether every key is a bare TOML key, [A-Za-z0-9_-]+: checked once for all of them."""
    joined = "".join(keys)
    if "" in keys:
        return False
    # ASCII identifier characters are all bare-key ones; "-" or a leading digit needs a look.
    return joined.isascii() and joined.isidentifier() or all(map(_KEY.fullmatch, keys))

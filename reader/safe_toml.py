"""tomllib.loads for files people write: values Python cannot read are TOML errors, not crashes.

tomllib reads each nested array or inline table with a recursive call, so a value such as
`x = [[[[...]]]]` a few hundred levels deep raises RecursionError. And Python refuses to turn a
decimal integer of more than 4,300 digits into a number (sys.get_int_max_str_digits), so tomllib
raises a plain ValueError for `n = 9999...`. Every reader of TOML files (articles, pack
manifests, crisis contacts, the configuration, the content checker) reads through `loads` here
and already handles TOMLDecodeError, which then names the line of the value.
"""

from __future__ import annotations

import re
import sys
import tomllib
from typing import Any

# What the scans step over: strings (which may hold brackets or digits) and comments.
_SKIP = r'"""(?:[^\\]|\\.)*?"""|\'\'\'.*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*'
_TOKEN = re.compile(_SKIP + r"|[\[\]{}]", re.DOTALL)  # brackets: the deep value
_WORD = re.compile(_SKIP + r"|[\w.+:-]+", re.DOTALL)  # bare words: the long number
_DECIMAL = re.compile(r"[+-]?[0-9][0-9_]*")
_KEY_AFTER = re.compile(r"[ \t]*=")  # a word followed by "=" is a key, which is never a number


class NestedTooDeeply(tomllib.TOMLDecodeError):
    """TOML nested deeper than can be read; the message ends "(at line N, column M)" as usual."""

    def __init__(self, line: int, column: int) -> None:
        # ValueError's own constructor: TOMLDecodeError's takes other arguments from Python 3.14.
        ValueError.__init__(self, f"it is nested too deeply (at line {line}, column {column})")
        self.line, self.column = line, column


class NumberTooLong(tomllib.TOMLDecodeError):
    """A whole number with more digits than Python reads; "(at line N, column M)" if found."""

    def __init__(self, where: tuple[int, int] | None) -> None:
        limit = sys.get_int_max_str_digits()
        message = f"a number is too long: it has more than {limit:,} digits"
        if where is not None:
            message += f" (at line {where[0]}, column {where[1]})"
        ValueError.__init__(self, message)
        self.line, self.column = where or (0, 0)


def loads(text: str) -> dict[str, Any]:
    """tomllib.loads; TOMLDecodeError (NestedTooDeeply, NumberTooLong) for what Python can't read.

    RecursionError is nesting too deep; a ValueError that is not a TOMLDecodeError is a number
    past Python's digit limit (the only one tomllib lets through).
    """
    try:
        return tomllib.loads(text)
    except RecursionError:
        line, column = deepest_value(text)
        raise NestedTooDeeply(line, column) from None
    except tomllib.TOMLDecodeError:
        raise
    except ValueError:
        raise NumberTooLong(too_long_number(text)) from None


def too_long_number(text: str) -> tuple[int, int] | None:
    """Line and column (1-based) of the first decimal integer past Python's digit limit."""
    limit = sys.get_int_max_str_digits()
    for word in _WORD.finditer(text):
        found = word.group()
        if not _DECIMAL.fullmatch(found) or _KEY_AFTER.match(text, word.end()):
            continue
        if limit and sum(char.isdigit() for char in found) > limit:
            line_start = text.rfind("\n", 0, word.start()) + 1
            return text.count("\n", 0, word.start()) + 1, word.start() - line_start + 1
    return None


def deepest_value(text: str) -> tuple[int, int]:
    """Line and column where the most deeply nested array or inline table begins (1-based)."""
    depth = deepest = start = found = 0
    for token in _TOKEN.finditer(text):
        char = token.group()
        if char in "[{":
            if depth == 0:
                start = token.start()  # the outermost bracket: where the value is written
            depth += 1
            if depth > deepest:
                deepest, found = depth, start
        elif char in "]}":
            depth = max(depth - 1, 0)
    line_start = text.rfind("\n", 0, found) + 1
    return text.count("\n", 0, found) + 1, found - line_start + 1

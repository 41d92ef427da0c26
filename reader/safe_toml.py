"""tomllib.loads for files people write: nesting too deep for Python is a TOML error, not a crash.

tomllib reads each nested array or inline table with a recursive call, so a value such as
`x = [[[[...]]]]` a few hundred levels deep raises RecursionError. Every reader of TOML files
(articles, pack manifests, crisis contacts, the content checker) reads through `loads` here and
already handles TOMLDecodeError, which then names the line of the value nested too deeply.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any

# What the scan for the deep value steps over: strings (which may hold brackets) and comments.
_TOKEN = re.compile(
    r'"""(?:[^\\]|\\.)*?"""|\'\'\'.*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'[^\'\n]*\'|#[^\n]*|[\[\]{}]',
    re.DOTALL,
)


class NestedTooDeeply(tomllib.TOMLDecodeError):
    """TOML nested deeper than can be read; the message ends "(at line N, column M)" as usual."""

    def __init__(self, line: int, column: int) -> None:
        # ValueError's own constructor: TOMLDecodeError's takes other arguments from Python 3.14.
        ValueError.__init__(self, f"it is nested too deeply (at line {line}, column {column})")
        self.line, self.column = line, column


def loads(text: str) -> dict[str, Any]:
    """tomllib.loads; TOMLDecodeError (NestedTooDeeply) instead of RecursionError."""
    try:
        return tomllib.loads(text)
    except RecursionError:
        line, column = deepest_value(text)
        raise NestedTooDeeply(line, column) from None


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

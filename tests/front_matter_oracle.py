"""The front-matter tests' independent oracle: tomllib, and a plain scan for each key's line."""

from __future__ import annotations

import re
import tomllib
from typing import Any

from reader.articles import ArticleError, read_front_matter

_NAME = r"""([A-Za-z0-9_-]+|"[^"]*"|'[^']*')"""  # a bare or quoted key


def key_lines(front: str) -> dict[str, int]:
    """The rule, written plainly: a key's line is the first line that sets it (the fence is 1).

    A dotted key sets its first part; a [table] header sets its name, and the keys under it
    are the table's, not top-level ones.
    """
    lines: dict[str, int] = {}
    in_table = False
    for number, line in enumerate(front.split("\n"), start=2):
        header = re.match(rf"\s*\[\[?\s*{_NAME}", line)
        match = header or (None if in_table else re.match(rf"\s*{_NAME}\s*[=.]", line))
        in_table = in_table or header is not None
        if match:
            lines.setdefault(match.group(1).strip("\"'"), number)
    return lines


def as_tomllib_reads(front: str) -> tuple[dict[str, Any], dict[str, int]] | None:
    """What tomllib makes of front matter, with the key lines; None where it refuses it."""
    try:
        return tomllib.loads(front), key_lines(front)
    except tomllib.TOMLDecodeError:
        return None


def as_lantern_reads(front: str) -> tuple[dict[str, Any], dict[str, int]] | None:
    """What Lantern's reader makes of it; None where it reports an error."""
    try:
        return read_front_matter(front)
    except ArticleError:
        return None

"""The front-matter tests' independent oracle: tomllib, and a plain scan for each key's line."""

from __future__ import annotations

import re
import tomllib
from typing import Any

from reader.articles import ArticleError, read_front_matter


def key_lines(front: str) -> dict[str, int]:
    """The rule, written plainly: a key's line is the first line that sets it (the fence is 1)."""
    lines: dict[str, int] = {}
    for number, line in enumerate(front.split("\n"), start=2):
        match = re.match(r"\s*([A-Za-z0-9_-]+)\s*=", line)
        if match:
            lines.setdefault(match.group(1), number)
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

"""Marking interface text for Qt's translation tools where it cannot be translated at once."""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%([1-9])")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt's tools read
    """Mark text in a table for translation under context; it is translated where it is shown.

    PySide6's own returns `object` to a type checker; this one keeps the table's strings `str`.
    """
    return text


def fill(template: str, *values: str) -> str:
    """Put values in for %1, %2...; in one pass, so a '%2' inside a value stays as written."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return values[index] if index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(value, template)

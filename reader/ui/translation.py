"""Marking interface text for Qt's translation tools where it cannot be translated at once."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name Qt's tools read
    """Mark text in a table for translation under context; it is translated where it is shown.

    PySide6's own returns `object` to a type checker; this one keeps the table's strings `str`.
    """
    return text

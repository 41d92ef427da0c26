"""A problem found in a user-supplied file, reported without a traceback."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MOST_LISTED = 50  # problems of one kind listed per file; thousands more would hide the rest


@dataclass(frozen=True)
class Problem:
    """Something wrong in a file, with where it is and what was done about it."""

    path: Path | str
    line: int
    message: str
    column: int = 1
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.severity}: {self.message}"


def printable(text: str) -> str:
    """Text safe to print: control and format characters as escapes, the way repr() shows them."""
    if text.isprintable():
        return text  # the usual case, and fast
    return "".join(char if char.isprintable() else repr(char)[1:-1] for char in text)


def quoted(value: str, limit: int = 60) -> str:
    """A value a file gave, for a message: quoted, escaped, and a long one cut short."""
    text = printable(value)
    return f"'{text}'" if len(text) <= limit else f"'{text[: limit - 1]}…'"


def key_text(key: str) -> str:
    """A key as a message shows it: escaped, shortened, and quoted if it is empty or spaced."""
    text = printable(key)
    text = text if len(text) <= 60 else text[:59] + "…"
    if all(key.split(".")) and not any(char.isspace() or char == '"' for char in key):
        return text
    return '"' + text.replace('"', '\\"') + '"'  # `"" = 1` must not read as a blank name

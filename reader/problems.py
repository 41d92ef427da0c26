"""A problem found in a user-supplied file, reported without a traceback."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


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

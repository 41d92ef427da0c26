"""One lint finding, and a helper that places text offsets at real file lines and columns."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from reader.problems import Problem

ERROR = "error"
WARNING = "warning"
# A review finding needs a human: it becomes an error unless the article accepts the term.
REVIEW = "review"


@dataclass(frozen=True, order=True)
class Finding:
    """A problem found in a content file, at a 1-based line and column."""

    path: str
    line: int
    column: int
    rule: str
    severity: str
    message: str
    term: str = field(default="", compare=False)  # the term a reviewer may accept
    matched: str = field(default="", compare=False)  # the text that matched, as written

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.rule} {self.severity}: {self.message}"

    @property
    def is_error(self) -> bool:
        """True when this finding blocks the article (unaccepted reviews count as errors)."""
        return self.severity in (ERROR, REVIEW)

    def to_dict(self) -> dict[str, object]:
        """A plain dictionary for JSON output."""
        data: dict[str, object] = {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
        }
        if self.term:
            data["term"] = self.term
            data["matched"] = self.matched
        return data

    def to_problem(self) -> Problem:
        """The same finding as a reader.problems.Problem, for the app's problem list."""
        message = f"{self.rule}: {self.message}"
        return Problem(self.path, self.line, message, self.column, self.severity)


def has_errors(findings: list[Finding]) -> bool:
    """True when any finding is an error."""
    return any(finding.is_error for finding in findings)


def count(findings: list[Finding]) -> tuple[int, int]:
    """(errors, warnings) among the findings."""
    errors = sum(1 for finding in findings if finding.is_error)
    return errors, len(findings) - errors


class LineMap:
    """Turns offsets into a block of text into 1-based file lines and columns."""

    def __init__(self, text: str, first_line: int = 1) -> None:
        self._starts = [0] + [index + 1 for index, char in enumerate(text) if char == "\n"]
        self._first_line = first_line

    def position(self, offset: int) -> tuple[int, int]:
        """(line, column) of a character offset."""
        row = bisect_right(self._starts, offset) - 1
        return self._first_line + row, offset - self._starts[row] + 1

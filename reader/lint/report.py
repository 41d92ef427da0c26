"""Output for the checker: one line per finding and a summary, or JSON for tools."""

from __future__ import annotations

import json

from reader.lint.packs import CheckResult
from reader.problems import printable


def _plural(number: int, word: str) -> str:
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


def summary(result: CheckResult) -> str:
    """A line like '3 files checked: 1 error, 2 warnings'."""
    return (
        f"{_plural(result.files_checked, 'file')} checked: "
        f"{_plural(result.errors, 'error')}, {_plural(result.warnings, 'warning')}"
    )


def as_text(result: CheckResult) -> str:
    """Each finding as 'path:line:col: RULE severity: message', then the summary."""
    # Escaped as check-config and the app escape: an ESC quoted from a file would act on the
    # terminal, and a zero-width space in an id would make it look right.
    lines = (printable(str(finding)) for finding in result.findings)
    return "\n".join([*lines, summary(result)]) + "\n"


def as_json(result: CheckResult) -> str:
    """The findings and counts as a JSON document."""
    document = {
        "files_checked": result.files_checked,
        "errors": result.errors,
        "warnings": result.warnings,
        "findings": [finding.to_dict() for finding in result.findings],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

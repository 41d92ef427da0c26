"""Builders for small articles used by the content-checker tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from reader.lint import Finding

FIXTURES = Path(__file__).parent / "fixtures"

CLEAN_BODY = """If this feels like a lot, [Get help now](lantern:help) is one step away.

## A calm start

It is okay to feel this way. Take a slow breath in and out.

Help is available. These feelings can pass.
"""

FRONT: dict[str, object] = {
    "id": "calm-article",
    "title": "Feeling calmer",
    "summary": "Small steps that can help when things feel hard.",
    "topics": ["feelings"],
    "content_note": "Talks about hard feelings in general terms.",
    "reviewed": dt.date(2026, 11, 26),
    "sources": ["Mind: Self-harm information"],
    "related": [],
    "prompts": ["What helps you feel a little calmer?"],
}


def _toml(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_toml(item) for item in value) + "]"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)


def article_text(body: str = CLEAN_BODY, **front: object) -> str:
    """A whole article file; keyword arguments replace front-matter keys (None removes one)."""
    data = {**FRONT, **front}
    lines = [f"{key} = {_toml(value)}" for key, value in data.items() if value is not None]
    return "+++\n" + "\n".join(lines) + "\n+++\n" + body


def rules(findings: list[Finding]) -> set[tuple[str, str]]:
    """(rule, severity) pairs, for compact assertions."""
    return {(finding.rule, finding.severity) for finding in findings}


def rule_ids(findings: list[Finding]) -> set[str]:
    """Just the rule ids."""
    return {finding.rule for finding in findings}

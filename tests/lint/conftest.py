"""Builders for small articles and packs used by the content-checker tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.lint import Finding, check_paths

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


@pytest.fixture
def pack(tmp_path: Path) -> Path:
    """An empty pack folder."""
    folder = tmp_path / "pack"
    folder.mkdir()
    return folder


@pytest.fixture
def check_one(pack: Path) -> Callable[..., list[Finding]]:
    """Write one article (body and front-matter overrides) into the pack and check the pack."""

    def check(body: str = CLEAN_BODY, **front: object) -> list[Finding]:
        (pack / "article.md").write_text(article_text(body, **front), encoding="utf-8")
        return check_paths([pack])

    return check

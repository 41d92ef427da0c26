"""Fixtures for the content-checker tests: a pack folder and a one-article check."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reader.lint import Finding, check_paths
from tests.lint.helpers import CLEAN_BODY, article_text


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

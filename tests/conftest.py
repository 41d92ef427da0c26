"""Shared fixtures; every Qt test runs offscreen."""

from __future__ import annotations

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from hypothesis import settings  # noqa: E402

from reader import privacy  # noqa: E402
from reader.search import SearchIndex  # noqa: E402
from tests.fakes import FakeClock  # noqa: E402
from tests.search_tools import bundled_index  # noqa: E402

# No property test is timed: Hypothesis' default 200 ms deadline failed them on a busy machine
# ("Unreliable test timings"), which says nothing about Lantern. Slowness has its benchmarks.
settings.register_profile("lantern", deadline=None)
settings.load_profile("lantern")

ARTICLE_TEMPLATE = """+++
id = "{id}"
title = "{title}"
summary = "A short summary."
topics = ["feelings"]
content_note = "Talks about hard feelings in general terms."
reviewed = 2026-11-26
sources = ["NICE guideline NG225"]
related = {related}
prompts = ["What helps you most?"]
+++
## First part

{body}

## Second part

Help is available. [Get help now](lantern:help)
"""


@pytest.fixture(autouse=True)
def guards_left_off() -> Iterator[None]:
    """Each test leaves the privacy guards as it found them: off, so later tests may write."""
    yield
    left_on = privacy.guards_active()
    privacy.suspend_guards()  # so the tests after it can still write their temporary files
    assert not left_on, "this test left the privacy guards on"


@pytest.fixture
def write_article(tmp_path: Path) -> Callable[..., Path]:
    """Write a small valid article into a temporary pack folder."""

    def write(
        article_id: str,
        title: str = "A title",
        body: str = "Some calm words.",
        related: tuple[str, ...] = (),
        folder: Path | None = None,
    ) -> Path:
        target = folder or tmp_path / "pack"
        target.mkdir(parents=True, exist_ok=True)
        related_toml = "[" + ", ".join(f'"{r}"' for r in related) + "]"
        path = target / f"{article_id}.md"
        text = ARTICLE_TEMPLATE.format(id=article_id, title=title, body=body, related=related_toml)
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def clock() -> FakeClock:
    """A fake monotonic clock, for any timing rule (Esc twice, exercises, idle)."""
    return FakeClock()


@pytest.fixture
def no_tomllib(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make `import tomllib` fail (a module that has it keeps it): what is read then took a
    path without it."""
    monkeypatch.setitem(sys.modules, "tomllib", None)


@pytest.fixture(scope="session")
def bundled() -> Iterator[SearchIndex]:
    """One index over the bundled articles for every search test (built once: it is read only)."""
    yield from bundled_index()

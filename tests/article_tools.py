"""Article texts built from one valid front matter, shared by the article test files."""

from __future__ import annotations

import pytest

from reader.articles import ArticleError, parse_article

FIELDS = {
    "id": '"calm-words"',
    "title": '"  Calm words  "',
    "summary": '"A short summary."',
    "topics": '["feelings", "coping"]',
    "content_note": '"Talks about hard feelings in general terms."',
    "reviewed": "2026-11-26",
    "sources": '["NICE guideline NG225"]',
    "related": '["other-article"]',
    "prompts": '["What helps you most?", "Who could you tell?"]',
}
BODY = "## First part\n\nSome calm words.\n"


def article_text(
    body: str = BODY,
    drop: tuple[str, ...] = (),
    extra: dict[str, str] | None = None,
    **overrides: str,
) -> str:
    """A whole article file: front matter built from FIELDS, then the body."""
    fields = {**FIELDS, **(extra or {}), **overrides}
    lines = [f"{key} = {value}" for key, value in fields.items() if key not in drop]
    return "+++\n" + "\n".join(lines) + "\n+++\n" + body


def line_of(text: str, start: str) -> int:
    """The 1-based file line that starts with this text."""
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def parse_error(text: str) -> ArticleError:
    """The error parse_article raises for this text."""
    with pytest.raises(ArticleError) as caught:
        parse_article(text)
    return caught.value

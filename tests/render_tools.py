"""Shared by the rendering test files."""

from __future__ import annotations

from reader.render import render_markdown


def html_of(body: str) -> str:
    """The HTML an article body renders to."""
    return render_markdown(body).html

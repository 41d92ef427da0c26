"""Markdown body to plain prose, for reading level, search and word counts."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_ADMONITION = re.compile(r'^\s*!!!\s+\w+(?:\s+"([^"]*)")?\s*$')
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<[a-z]+:[^>]*>")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)")
# One run of spaces, then the rule: two runs side by side (\s*\|?\s*) backtracked, and a
# line of many spaces took seconds (16,000: 2.6 s, growing with the square).
_TABLE_RULE = re.compile(r"^[ \t]*(?:\|[ \t]*)?:?-{3,}")


def _clean_inline(line: str) -> str:
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _AUTOLINK.sub("", line)
    line = _EMPHASIS.sub("", line)
    return line.replace("|", " ").strip()


def paragraphs(markdown: str, *, keep_headings: bool = False) -> list[str]:
    """Prose paragraphs (list items count as their own paragraph), headings dropped by default."""
    result: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            result.append(" ".join(current))
            current.clear()

    for raw in markdown.splitlines():
        if not raw.strip() or _TABLE_RULE.match(raw) or _ADMONITION.match(raw):
            flush()
            continue
        if _HEADING.match(raw):
            flush()
            if keep_headings:
                result.append(_clean_inline(_HEADING.sub("", raw)))
            continue
        if _LIST_MARKER.match(raw):
            flush()
            raw = _LIST_MARKER.sub("", raw)
        text = _clean_inline(raw)
        if text:
            current.append(text)
    flush()
    return result


def plain_text(markdown: str, *, keep_headings: bool = False) -> str:
    """The body as plain text, one paragraph per line."""
    return "\n".join(paragraphs(markdown, keep_headings=keep_headings))

"""Markdown body to plain prose, for reading level, search and word counts."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s")
_ADMONITION = re.compile(r'^\s*!!!\s+\w+(?:\s+"([^"]*)")?\s*$')
_LIST_MARKER = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_AUTOLINK = re.compile(r"<[a-z]+:[^>]*>")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)")
# One run of spaces, then the rule: two runs side by side (\s*\|?\s*) backtracked, and a
# line of many spaces took seconds (16,000: 2.6 s, growing with the square).
_TABLE_RULE = re.compile(r"^[ \t]*(?:\|[ \t]*)?:?-{3,}")


def _links_replaced(line: str, opener: str, keep_text: bool) -> str:
    """Each opener + text](target) in line dropped, or replaced by its text if keep_text.

    As the regex re.escape(opener) + r"([^\\]]*)\\]\\([^)]*\\)" substitutes, but reading
    the line once: the regex read to the same ']' again from every '[' before it, and a
    line of 150,000 brackets took hours.
    """
    pieces: list[str] = []
    done = position = 0
    while (start := line.find(opener, position)) >= 0:
        close = line.find("]", start + len(opener))
        if close < 0:
            break  # no '[' from here on has a ']' after it
        if not line.startswith("(", close + 1):
            position = close + 1  # every opener before close fails the same way
            continue
        end = line.find(")", close + 2)
        if end < 0:
            break  # nor any later one a ')'
        pieces += [line[done:start], line[start + len(opener) : close] if keep_text else ""]
        done = position = end + 1
    pieces.append(line[done:])
    return "".join(pieces)


def _clean_inline(line: str) -> str:
    line = _links_replaced(line, "![", keep_text=False)
    line = _links_replaced(line, "[", keep_text=True)
    # Nothing after the last '>' can be an autolink; without it each '<a:' would read on
    # to the end of the line.
    cut = line.rfind(">") + 1
    line = _AUTOLINK.sub("", line[:cut]) + line[cut:]
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
